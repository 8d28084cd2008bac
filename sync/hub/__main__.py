"""``python -m collabdesk.sync.hub``: the same as the ``collabdesk-hub`` command."""

from __future__ import annotations

from collabdesk.sync.hub.cli import main

raise SystemExit(main())
