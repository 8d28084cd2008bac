"""The idle lock's watcher: any input at the laptop restarts the timer; silence locks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from collabdesk.ui.window_filters import window_filters

# Input that counts as "someone is at the laptop" for the idle lock.
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """A filter on every top-level window (``ui/window_filters.py``): any input restarts
    the idle timer."""

    sig_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Coarse timers may snap their deadline; a restart must really mean "from now".
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.sig_idle)

    def start(self, interval_ms: int) -> None:
        filters = window_filters()
        if interval_ms <= 0 or filters is None:
            self.stop()
            return
        self.timer.setInterval(interval_ms)
        filters.add(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        filters = window_filters()
        if filters is not None:
            filters.remove(self)

    def is_active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
