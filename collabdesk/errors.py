"""Typed errors raised by core services.

Every error carries a message a person can act on; the UI shows ``str(error)``
as-is and the CLI prints it as one line with a non-zero exit.
"""

from __future__ import annotations


class CollabDeskError(Exception):
    """Base class: a failure the user can understand and act on."""


class WrongPassphrase(CollabDeskError):
    def __init__(self, message: str = "That passphrase is not correct for this user.") -> None:
        super().__init__(message)


class TooManyAttempts(CollabDeskError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"Too many wrong passphrases. Try again in {max(1, round(retry_after))} seconds."
        )


class VaultError(CollabDeskError):
    """The vault file is missing, unreadable or damaged."""


class StoreError(CollabDeskError):
    """The store could not be opened, migrated or written."""


class MigrationError(StoreError):
    pass


class PermissionDenied(CollabDeskError):
    """The signed-in user's role does not allow this action."""


class NotFound(CollabDeskError):
    pass


class ValidationError(CollabDeskError):
    """Input failed validation; ``fields`` maps a field name to its message."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        self.fields = dict(fields or {})
        super().__init__(message)


class InvalidTransition(CollabDeskError):
    """A status change that the entity's state machine does not allow."""


class ConsentRequired(CollabDeskError):
    """Sharing a client's data needs a consent that covers it."""


class ImportFailed(CollabDeskError):
    """A file to import is malformed; nothing was imported.

    ``location`` names the file, row and column at fault where known.
    """

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 column: str | None = None) -> None:
        self.file, self.row, self.column = file, row, column
        where = ", ".join(
            part for part in (
                f"file {file}" if file else "",
                f"row {row}" if row is not None else "",
                f"column {column}" if column else "",
            ) if part
        )
        super().__init__(f"{message} ({where})" if where else message)


class BackupError(CollabDeskError):
    pass


class AuditTampered(CollabDeskError):
    pass
