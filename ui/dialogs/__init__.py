"""Dialogs. Each exposes a classmethod that opens it and returns the result, so tests can replace it."""
