"""Test-wide setup: Qt runs offscreen, and nothing here needs a display or standard input."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
