"""Desktop application (PySide6). Talks only to core services; imported as collabdesk.ui."""
