"""A one-line "Done. [Undo]" bar for one-click changes (ticking a task done, and the like).

A change made with one click has no confirmation, so it gets an undo instead: the bar says
what happened and offers Undo (or Ctrl+Z) for a few seconds, then hides itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from collabdesk.ui.icons import set_button_icon

UNDO_SECONDS = 10


class UndoBar(QFrame):
    """Hidden until :meth:`offer`; the undo callable runs at most once."""

    def __init__(self, parent: QWidget | None = None, *, seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("What was just done"))
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo what was just done"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        set_button_icon(self.undo_button, "undo")
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self.dismiss)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, parent or self, self.undo,
                             Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setEnabled(True)
        self._undo: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Say ``text`` (translated) and offer to undo it for a few seconds."""
        self._undo = undo
        self.message.setText(text)
        self.show()
        self._timer.start()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()

    def is_offering(self) -> bool:
        return self._undo is not None
