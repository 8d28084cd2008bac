"""Sync: wire format, envelope crypto, client sync engine and the hub (collabdesk.sync)."""
