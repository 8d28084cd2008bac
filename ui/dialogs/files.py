"""Choosing files, and looking at an attachment without writing it to disk.

:class:`FileDialogs` wraps the native file pickers in classmethods so tests can answer
them. :class:`AttachmentViewer` shows an image or a text attachment from memory: nothing
decrypted is written to a temporary file; to open it elsewhere the worker saves a copy on
purpose.
"""

from __future__ import annotations

from pathlib import Path

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


class FileDialogs:
    @classmethod
    def open_attachment(cls, parent: QWidget | None) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileDialogs", "Attach a file"), str(Path.home()))
        return Path(path) if path else None

    @classmethod
    def save_attachment(cls, parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FileDialogs", "Save a copy of the attachment"),
            str(Path.home() / suggested))
        return Path(path) if path else None

    @classmethod
    def open_hsds(cls, parent: QWidget | None) -> Path | None:
        """An HSDS package: a datapackage.json, a .zip or a .json file."""
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileDialogs", "Import a partner directory (HSDS)"),
            str(Path.home()),
            QCoreApplication.translate("FileDialogs",
                                       "HSDS packages (*.json *.zip);;All files (*)"))
        return Path(path) if path else None


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
