"""CollabDesk core: encrypted store, vault, event log, services, reports and CLI.

The core never imports Qt. ``collabdesk.ui`` (the ``ui/`` folder) and
``collabdesk.sync`` (the ``sync/`` folder) are mapped into this import root by
``pyproject.toml``; when running straight from a checkout without installing,
the extension of ``__path__`` below gives the same mapping.
"""

from __future__ import annotations

import os as _os

__version__ = "0.1.0"

_checkout = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
if _os.path.isfile(_os.path.join(_checkout, "pyproject.toml")) and _os.path.isdir(
    _os.path.join(_checkout, "sync")
):
    # Only the two mapped folders become reachable: collabdesk.ui and collabdesk.sync.
    __path__.append(_checkout)
