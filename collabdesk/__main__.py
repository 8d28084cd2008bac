"""``python -m collabdesk``: the same as the ``collabdesk`` command."""

import sys

from collabdesk.cli import main

sys.exit(main())
