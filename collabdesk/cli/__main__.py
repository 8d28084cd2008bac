"""``python -m collabdesk.cli``: the headless subcommands, as ``collabdesk.cli.main``."""

import sys

from collabdesk.cli import main

sys.exit(main())
