"""Encrypted SQLCipher store: connection, pragmas, migrations and backups."""
