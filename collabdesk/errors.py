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
        wait = max(1, round(retry_after))
        super().__init__(f"Too many wrong passphrases. Try again in {counted(wait, 'second')}.")


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


class StoreDamaged(StoreError):
    """The store file is missing, empty or damaged while its vault names it.

    CollabDesk never builds a new store over it: the only ways on are a backup or the hub.
    """

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(
            f"{problem} Nothing was changed. Restore the store from a backup ('collabdesk "
            "restore FILE'), or move this data folder aside and set the laptop up again to "
            "fetch the agency's records from the hub (see the IT guide)."
        )


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``1 second``, ``2 seconds``: a count with the noun form that reads right."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
