"""The post-quantum rollout on the Network page: a line saying which of the agency's laptops
have no post-quantum key yet, and the administrator's button that requires the post-quantum
suite once none is left (docs/sync-protocol.md, *Post-quantum suite*; docs/it-guide.md).

Kept beside the page rather than in it: the page is about enrolment and the agency's laptops;
this is the one step of the suite's rollout a person takes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from collabdesk.sync.engine import DeviceInfo
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.sync_controller import shared_engine
from collabdesk.ui.tasks import TaskContext

# The page's way to run engine work behind a progress dialog: (title, work, label, on_done).
Runner = Callable[[str, Callable[[TaskContext], Any], str, Callable[[Any], None]], None]


class PqRollout(QWidget):
    def __init__(self, context: AppContext, run: Runner, say: Callable[[str], None],
                 refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self._run, self._say, self._refresh = context, run, say, refresh
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Post-quantum suite"))
        self.button = QPushButton(self.tr("Require &post-quantum suite…"), self)
        self.button.setAccessibleName(self.tr("Require the post-quantum suite for this agency"))
        self.button.clicked.connect(self.require_pq)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def show_state(self, active: bool, devices: Sequence[DeviceInfo], required: bool) -> None:
        """``active``: this laptop is an active member (only then can it act)."""
        behind = [d.label for d in devices if d.active and not d.pq]
        if not active:
            text = ""
        elif required:
            text = self.tr("This agency requires the post-quantum suite.")
        elif behind:
            text = self.tr("Not upgraded yet: {labels}. Each gets its post-quantum key on its "
                           "next sync with this version.").format(labels=", ".join(behind))
        else:
            text = self.tr("Every laptop has a post-quantum key.")
        self.label.setText(text)
        self.button.setEnabled(active and not required and not behind and bool(devices))

    def require_pq(self) -> None:
        if not Dialogs.confirm(
                self, self.tr("Require post-quantum suite"),
                self.tr("From now on this agency takes only envelopes sealed with the "
                        "post-quantum suite; a new agency key is made and sent to every "
                        "laptop. Partner agencies that have not moved to it cannot exchange "
                        "referrals with this agency until they have. This cannot be undone."),
                ok_text=self.tr("Require"), destructive=True):
            return
        session = self.context.session

        def work(_ctx: TaskContext) -> None:
            shared_engine(session).require_pq()

        def done(_result: None) -> None:
            self._say(self.tr("This agency now requires the post-quantum suite."))
            self._refresh()

        self._run(self.tr("Requiring the post-quantum suite…"), work, "require pq", done)
