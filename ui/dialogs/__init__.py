"""Dialogs. Each exposes a classmethod that opens it and returns the result, so that tests
can replace it."""
