"""A search field that waits for the user to pause typing before searching."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """Emits ``sig_search(text)`` once typing pauses for ``debounce_ms``.

    Enter searches at once; Esc clears the box (and searches for ""), or, when it is
    already empty, passes Esc on so a dialog can still close with it.
    """

    sig_search = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = 250,
                 placeholder: str | None = None, accessible_name: str | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._accessible_name = accessible_name
        self._last_emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5% late to batch wake-ups; results should follow
        # the last keystroke by the pause asked for, no more.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(0, debounce_ms))
        self._timer.timeout.connect(self._emit_if_changed)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.search_now)
        self.setClearButtonEnabled(True)
        self._retranslate()

    def debounce_ms(self) -> int:
        return self._timer.interval()

    def set_debounce_ms(self, ms: int) -> None:
        self._timer.setInterval(max(0, ms))

    def is_pending(self) -> bool:
        """True while a search is scheduled but not yet emitted."""
        return self._timer.isActive()

    def search_now(self) -> None:
        self._timer.stop()
        self._last_emitted = self.text()
        self.sig_search.emit(self._last_emitted)

    def clear_search(self) -> None:
        self.clear()
        self.search_now()

    def _emit_if_changed(self) -> None:
        if self.text() != self._last_emitted:
            self.search_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear_search()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # empty box: let the dialog or window have Esc

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setPlaceholderText(self._placeholder or self.tr("Search…"))
        self.setAccessibleName(self._accessible_name or self.tr("Search"))
        self.setAccessibleDescription(
            self.tr("Results update as you type. Press Escape to clear."))
