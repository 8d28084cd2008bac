"""The network's measures in the Reports preview: the figures exactly as they will leave with
the month's summary, and — when the month already left under an earlier framework version —
the choice to resubmit it under the current one (off by default: that month stays as it was).

A part of the Reports page; it loads :meth:`collabdesk.services.measures.MeasureService.preview`
off the GUI thread when the page previews a whole month.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.measures.compute import MonthFigures
from collabdesk.messages import render
from collabdesk.services.measures import Preview
from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.context import AppContext


class NetworkMeasuresPreview(QWidget):
    sig_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: Preview | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Network measures"))
        self.resubmit = QCheckBox(self)
        self.resubmit.setAccessibleName(self.tr("Resubmit under the current framework"))
        self.resubmit.toggled.connect(lambda _on: self._show())
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Network measures as they will leave"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.resubmit, self.table):
            layout.addWidget(widget)
        self.hide()

    def load(self, month: str | None) -> None:
        """Show the network's figures for ``month`` (nothing for a range of dates)."""
        self.preview = None
        self.hide()
        if month is None or not self.context.session.allowed("report.view"):
            return
        session = self.context.session
        (Op(self, lambda ctx: session.measures.preview(month, cancelled=ctx.cancelled),
            label="preview network measures")
         .success(self._loaded)
         .failure(self._failed)
         .run(self.context.runner))

    def _loaded(self, preview: Preview | None) -> None:
        self.preview = preview
        self.resubmit.setChecked(False)
        self._show()
        self.sig_loaded.emit()

    def _failed(self, error: CollabDeskError) -> None:
        self.heading.setText(str(error))
        self.show()

    def to_submit(self) -> tuple[MonthFigures | None, bool]:
        """(figures, under the current framework on purpose) for ReportService.submit."""
        if self.preview is None:
            return None, False
        return self.preview.figures, self.resubmit.isChecked()

    def _show(self) -> None:
        p = self.preview
        if p is None:
            self.hide()
            return
        leaving = p.leaving(self.resubmit.isChecked())
        version = leaving.get("framework_version")
        self.heading.setText(self.tr("The network's measures ({network}, framework version "
                                     "{version}), exactly as they will leave:").format(
            network=p.framework.network, version=version))
        self.resubmit.setVisible(p.version_differs)
        self.resubmit.setText(self.tr("This month was submitted under framework version "
                                      "{old}; resubmit it under version {new}").format(
            old=(p.earlier or {}).get("framework_version"), new=p.figures.framework_version))
        titles = {m.id: m.title for m in p.framework.measures}
        rows = [f for f in leaving.get("figures", []) if isinstance(f, dict)]
        self.table.clear()
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Figure")])
        self.table.setRowCount(len(rows))
        threshold = int(leaving.get("threshold") or 5)
        for r, f in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(titles.get(str(f.get("id")),
                                                                 str(f.get("id")))))
            item = QTableWidgetItem(self._text(f, threshold))
            if f.get("reason"):  # why there is no figure, in the user's language
                item.setToolTip(render(str(f["reason"])))
            self.table.setItem(r, 1, item)
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)
        self.show()

    def _text(self, f: dict[str, Any], threshold: int) -> str:
        status, value, kind = f.get("status"), f.get("value"), f.get("kind")
        if status == "withheld":
            return f"<{threshold}" if kind == "count" else self.tr("withheld")
        if status != "shown" or value is None:
            return self.tr("no figure")
        if kind == "proportion":
            return self.tr("{share}% ({numerator} of {denominator})").format(
                share=round(float(value) * 100), numerator=f.get("numerator"),
                denominator=f.get("denominator"))
        if kind == "median":
            return self.tr("{value:g} (median of {n})").format(value=float(value), n=f.get("n"))
        return str(int(value))
