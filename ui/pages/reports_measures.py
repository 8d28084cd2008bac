"""The network's measures in the Reports preview: the figures exactly as they will leave with
the month's summary, and — when the month already left under an earlier framework version —
the choice to resubmit it under the current one (off by default: that month stays as it was).

A part of the Reports page; it loads :meth:`collabdesk.services.measures.MeasureService.preview`
off the GUI thread when the page previews a whole month.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from collabdesk.errors import CollabDeskError
from collabdesk.measures.compute import MonthFigures
from collabdesk.messages import render
from collabdesk.services.measures import Preview
from collabdesk.ui.dialogs.forms import make_table
from collabdesk.ui.formats import literal
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.context import AppContext


@dataclass(frozen=True)
class MeasureFigure:
    """One measure's line: its title, its figure in words, and why there is none."""

    id: str
    title: str
    figure: str
    why: str = ""


MEASURE_COLUMNS: list[Column[MeasureFigure]] = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "Measure"), lambda m: m.title),
    Column("figure", QT_TRANSLATE_NOOP("Columns", "Figure"), lambda m: m.figure,
           tooltip=lambda m: m.why or None),
]


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
        self.model: DataclassTableModel[MeasureFigure] = DataclassTableModel(MEASURE_COLUMNS,
                                                                             parent=self)
        # In the framework's order until the person sorts by a column.
        self.table = make_table(self, self.model, self.tr("Network measures as they will leave"),
                                sort_column=None)
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
            old=literal(str((p.earlier or {}).get("framework_version"))),
            new=literal(str(p.figures.framework_version))))
        titles = {m.id: m.title for m in p.framework.measures}
        threshold = int(leaving.get("threshold") or 5)
        self.model.set_rows(
            MeasureFigure(str(f.get("id")), titles.get(str(f.get("id")), str(f.get("id"))),
                          self._text(f, threshold),
                          # why there is no figure, in the user's language
                          render(str(f["reason"])) if f.get("reason") else "")
            for f in leaving.get("figures", []) if isinstance(f, dict))
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(self.model.rowCount()))
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
