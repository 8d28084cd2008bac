"""Typed errors raised by core services.

Every error carries a catalogue code and named parameters (see :mod:`collabdesk.messages`);
``str(error)`` renders the code's template in the current language, so the UI shows
``str(error)`` as-is and the CLI prints it as one line (English) with a non-zero exit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from collabdesk.messages import Message, msg, render


class CollabDeskError(Exception):
    """Base class: a failure the user can understand and act on.

    ``code`` names the message in the catalogue, ``params`` fill its placeholders;
    ``message`` is the sentence in the current language, as ``str(error)``.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self._message = Message(code, params)
        super().__init__(code)

    @property
    def code(self) -> str:
        return self._message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self._message.params

    @property
    def message(self) -> str:
        return str(self)

    def __str__(self) -> str:
        return str(self._message)


class WrongPassphrase(CollabDeskError):
    def __init__(self, code: str = "vault.wrong-passphrase", /, **params: Any) -> None:
        super().__init__(code, **params)


class TooManyAttempts(CollabDeskError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        wait = max(1, round(retry_after))
        if wait == 1:  # "1 seconds" reads wrong in every language
            super().__init__("vault.too-many-attempts-one")
        else:
            super().__init__("vault.too-many-attempts", seconds=wait)


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
    """Input failed validation; ``fields`` maps a field name to its message.

    Field messages are given as catalogue codes (or :class:`Message` with parameters) and
    read, like the error itself, in the current language.
    """

    def __init__(self, code: str, fields: Mapping[str, str | Message] | None = None,
                 /, **params: Any) -> None:
        self.field_messages = {name: text if isinstance(text, Message) else msg(text)
                               for name, text in (fields or {}).items()}
        super().__init__(code, **params)

    @property
    def fields(self) -> dict[str, str]:
        return {name: str(text) for name, text in self.field_messages.items()}


class InvalidTransition(CollabDeskError):
    """A status change that the entity's state machine does not allow."""


class ConsentRequired(CollabDeskError):
    """Sharing a client's data needs a consent that covers it."""


class ImportFailed(CollabDeskError):
    """A file to import is malformed; nothing was imported.

    ``file``, ``row``, ``column`` and ``at`` (a path inside a JSON document) name the place
    at fault where known; ``str()`` adds them to the message ("… at organizations[2]
    (file x.json, row 3, column name)").
    """

    def __init__(self, code: str, /, *, file: str | None = None, row: int | None = None,
                 column: str | None = None, at: str | None = None, **params: Any) -> None:
        self.file, self.row, self.column, self.at = file, row, column, at
        self.where = tuple(part for part in (
            msg("import.where.file", file=file) if file else None,
            msg("import.where.row", row=row) if row is not None else None,
            msg("import.where.column", column=column) if column else None,
        ) if part is not None)
        super().__init__(code, **params)

    def __str__(self) -> str:
        problem = str(self._message)
        if self.at:
            problem = render("import.at", {"problem": problem, "path": self.at})
        if not self.where:
            return problem
        return render("import.located",
                      {"problem": problem, "where": ", ".join(map(str, self.where))})


class BackupError(CollabDeskError):
    pass


class AuditTampered(CollabDeskError):
    pass


class StoreDamaged(StoreError):
    """The store file is missing, empty or damaged while its vault names it.

    CollabDesk never builds a new store over it: the only ways on are a backup or the hub.
    ``problem`` (a catalogue code with its parameters) says what is wrong; the message adds
    that nothing was changed and how to restore.
    """

    def __init__(self, problem: str, /, **params: Any) -> None:
        self.problem = msg(problem, **params)
        super().__init__("store.damaged", problem=self.problem)


class DiskProblem(CollabDeskError):
    """The disk refused a write: it is full, or the folder may not be written.

    Raised instead of the operating system's or SQLite's own words, by the one place that
    recognises them (:mod:`collabdesk.diskspace`). Whatever was being written was not kept
    and everything written before is intact, so the same action succeeds once the cause is
    gone; ``folder`` is where the write was going."""

    def __init__(self, code: str, /, *, folder: str, **params: Any) -> None:
        self.folder = folder
        super().__init__(code, folder=folder, **params)


class DiskFull(DiskProblem):
    """No room left on the disk holding ``folder``; ``needed`` more bytes would do."""

    def __init__(self, *, folder: str, needed: int, free: int, needed_text: Message | str,
                 free_text: Message | str) -> None:
        self.needed, self.free = needed, free
        super().__init__("disk.full", folder=folder, needed=needed_text, free=free_text)


class FolderNotWritable(DiskProblem):
    """The folder is on a read-only disk (a write-protected stick) or belongs to someone
    else; ``read_only`` tells which."""

    def __init__(self, *, folder: str, read_only: bool) -> None:
        self.read_only = read_only
        super().__init__("disk.read-only" if read_only else "disk.not-permitted", folder=folder)
