"""Choosing files, reading a chosen one, and looking at an attachment without writing it to
disk.

:class:`FileDialogs` wraps the native file pickers in classmethods so tests can answer
them. :func:`read_for_attaching` reads a file chosen to be kept inside the app (a case's
attachment, a form's file answer) on the io lane, or says why it cannot be kept.
:class:`AttachmentViewer` shows an image or a text attachment from memory: nothing
decrypted is written to a temporary file; to open it elsewhere the worker saves a copy on
purpose.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The folder each kind of file was last picked in, for this run of the app only: kept in
# memory, because a folder's name can say whose files are in it.
_last_folder: dict[str, Path] = {}


def last_folder(purpose: str, default: Path | None = None) -> Path:
    """Where the picker for ``purpose`` opens: the folder used last time, else ``default``
    (else the home folder)."""
    return _last_folder.get(purpose) or default or Path.home()


def _remember(purpose: str, path: str) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    _last_folder[purpose] = chosen if chosen.is_dir() else chosen.parent
    return chosen


def pick_open(parent: QWidget | None, title: str, purpose: str, filters: str = "", *,
              default: Path | None = None) -> Path | None:
    """A file to read, starting where the last ``purpose`` file was picked."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose, default)),
                                          filters)
    return _remember(purpose, path)


def file_slug(text: str, fallback: str) -> str:
    """``text`` made safe as part of a suggested file name ("Riverside Clinic" →
    "Riverside-Clinic")."""
    return "".join(c if c.isalnum() else "-" for c in text).strip("-") or fallback


def pick_save(parent: QWidget | None, title: str, purpose: str, suggested: str,
              filters: str = "", *, default: Path | None = None) -> Path | None:
    """Where to write ``suggested`` (a file name), starting in the last ``purpose`` folder."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(last_folder(purpose, default) / suggested), filters)
    return _remember(purpose, path)


def pick_folder(parent: QWidget | None, title: str, purpose: str, *,
                default: Path | None = None) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(last_folder(purpose, default)))
    return _remember(purpose, path)


class FileDialogs:
    @classmethod
    def open_attachment(cls, parent: QWidget | None) -> Path | None:
        return pick_open(parent, QCoreApplication.translate("FileDialogs", "Attach a file"),
                         "attachment")

    @classmethod
    def save_attachment(cls, parent: QWidget | None, suggested: str) -> Path | None:
        return pick_save(
            parent, QCoreApplication.translate("FileDialogs", "Save a copy of the attachment"),
            "attachment copy", suggested)

    @classmethod
    def open_questionnaire(cls, parent: QWidget | None) -> Path | None:
        """A FHIR Questionnaire to import as a form (JSON)."""
        return pick_open(
            parent, QCoreApplication.translate("FileDialogs", "Import a form (FHIR Questionnaire)"),
            "questionnaire", QCoreApplication.translate(
                "FileDialogs", "FHIR Questionnaires (*.json);;All files (*)"))

    @classmethod
    def open_hsds(cls, parent: QWidget | None) -> Path | None:
        """An HSDS package: a datapackage.json, a .zip or a .json file."""
        return pick_open(
            parent, QCoreApplication.translate("FileDialogs", "Import a partner directory (HSDS)"),
            "hsds", QCoreApplication.translate("FileDialogs",
                                               "HSDS packages (*.json *.zip);;All files (*)"))


    @classmethod
    def save_fhir(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to write a referral as a FHIR file (JSON)."""
        return pick_save(
            parent, QCoreApplication.translate("FileDialogs", "Save the referral as a FHIR file"),
            "fhir", suggested,
            QCoreApplication.translate("FileDialogs", "FHIR JSON (*.json);;All files (*)"))

    @classmethod
    def save_letter(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to write a referral letter (PDF) to print or hand over."""
        return pick_save(
            parent, QCoreApplication.translate("FileDialogs", "Save the referral letter"),
            "letter", suggested, QCoreApplication.translate("FileDialogs", "PDF (*.pdf)"))

    @classmethod
    def open_fhir(cls, parent: QWidget | None) -> Path | None:
        """A FHIR Bundle from a clinic: a referral, or the state of one."""
        return pick_open(
            parent, QCoreApplication.translate("FileDialogs", "Import a FHIR file"), "fhir",
            QCoreApplication.translate("FileDialogs", "FHIR JSON (*.json);;All files (*)"))


@dataclass(frozen=True)
class FileProblem:
    """Why a chosen file cannot be kept; nothing was stored."""

    kind: Literal["gone", "denied", "too-large", "unreadable"]
    size: int = 0        # too-large: the file's size in bytes
    reason: str = ""     # unreadable: the system's words for why


def read_for_attaching(path: Path, limit: int) -> bytes | FileProblem:
    """The bytes of ``path``, or why it cannot be kept (io lane: never on the GUI thread).

    Never reads more than ``limit`` + 1 bytes: a film picked by mistake is refused without
    being loaded into memory."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > limit:
                return FileProblem("too-large", size=size)
            data = file.read(limit + 1)  # + 1: a file that grew since the size was read
    except FileNotFoundError:
        return FileProblem("gone")
    except PermissionError:
        return FileProblem("denied")
    except OSError as exc:
        return FileProblem("unreadable", reason=exc.strerror or type(exc).__name__)
    if len(data) > limit:
        return FileProblem("too-large", size=len(data))
    return data


class AttachmentViewer(QDialog):
    """An in-memory view of an image or text attachment."""

    def __init__(self, filename: str, mime: str, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(filename)
        self.setAccessibleName(self.tr("Attachment {name}").format(name=filename))
        layout = QVBoxLayout(self)
        pixmap = QPixmap()
        if mime.startswith("image/") and pixmap.loadFromData(data):
            image = QLabel(self)
            image.setPixmap(pixmap)
            image.setAccessibleName(self.tr("Image {name}").format(name=filename))
            area = QScrollArea(self)
            area.setAccessibleName(image.accessibleName())  # it takes focus
            area.setWidget(image)
            layout.addWidget(area)
        else:
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setAccessibleName(self.tr("Text of {name}").format(name=filename))
            text.setPlainText(data.decode("utf-8", errors="replace"))
            layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    @staticmethod
    def can_show(mime: str, filename: str) -> bool:
        return mime.startswith(("image/", "text/")) or filename.lower().endswith(
            (".txt", ".csv", ".md", ".json"))

    @classmethod
    def show_data(cls, parent: QWidget | None, filename: str, mime: str, data: bytes) -> None:
        viewer = cls(filename, mime, data, parent)
        try:
            viewer.exec()
        finally:
            viewer.setParent(None)
