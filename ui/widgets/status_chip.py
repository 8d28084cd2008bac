"""A small rounded label that shows a status in words and colour."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ChipKind = Literal["neutral", "info", "ok", "warning", "overdue"]
CHIP_KINDS: tuple[ChipKind, ...] = ("neutral", "info", "ok", "warning", "overdue")


class StatusChip(QLabel):
    """Status such as "Overdue" or "Accepted"; ``kind`` picks the colours from the theme
    (``StatusChip[kind="…"]`` in app.qss). The text always states the status, so the
    colour is never the only signal."""

    def __init__(self, text: str = "", kind: ChipKind = "neutral",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._kind: ChipKind = "neutral"
        self.set_status(text, kind)

    def kind(self) -> ChipKind:
        return self._kind

    def set_status(self, text: str, kind: ChipKind = "neutral") -> None:
        """Show ``text`` (already translated) in the colours of ``kind``."""
        if kind not in CHIP_KINDS:
            raise ValueError(f"Unknown status kind {kind!r}; use one of {', '.join(CHIP_KINDS)}.")
        self.setText(text)
        if kind != self._kind or self.property("kind") != kind:
            self._kind = kind
            self.setProperty("kind", kind)
            # Property selectors are evaluated at polish time: re-polish to restyle.
            self.style().unpolish(self)
            self.style().polish(self)
        self._update_accessible()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_accessible()
        super().changeEvent(event)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Status: {status}").format(status=self.text()))
