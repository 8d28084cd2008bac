"""The admin's view of the network's measurement framework: what the network asks for, the
network key this laptop pinned (its fingerprint, to compare with the one the backbone reads
out), what changed since the previous version, and why a framework was refused, if one was.

A tab of the Admin page. It loads :meth:`collabdesk.services.measures.MeasureService.overview`
off the GUI thread whenever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from collabdesk import syncmeta
from collabdesk.errors import CollabDeskError
from collabdesk.measures.framework import Change
from collabdesk.services.measures import Overview
from collabdesk.ui.dialogs.forms import make_table
from collabdesk.ui.models import Column, DataclassTableModel, attr_column
from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.context import AppContext


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class MeasureRow:
    id: str
    title: str
    kind: str
    description: str


@dataclass(frozen=True)
class ChangeRow:
    id: str
    what: str
    change: str
    title: str


MEASURE_COLUMNS: tuple[Column[MeasureRow], ...] = (
    attr_column("title", QT_TRANSLATE_NOOP("Columns", "Measure")),
    attr_column("kind", QT_TRANSLATE_NOOP("Columns", "Kind")),
    attr_column("description", QT_TRANSLATE_NOOP("Columns", "Definition")),
)
CHANGE_COLUMNS: tuple[Column[ChangeRow], ...] = (
    attr_column("change", QT_TRANSLATE_NOOP("Columns", "Change")),
    attr_column("what", QT_TRANSLATE_NOOP("Columns", "Of")),
    attr_column("title", QT_TRANSLATE_NOOP("Columns", "Name")),
)


@dataclass(frozen=True)
class PanelData:
    overview: Overview
    refused: str


class MeasuresPanel(QWidget):
    """The "Network measures" tab."""

    sig_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Network measures"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Framework"))
        self.fingerprint = QLabel(self)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAccessibleName(self.tr("Network key fingerprint"))
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.setAccessibleName(self.tr("Refused framework"))
        self.refused.hide()
        self.measures: DataclassTableModel[MeasureRow] = DataclassTableModel(
            MEASURE_COLUMNS, parent=self)
        self.measure_table = make_table(self, self.measures, self.tr("What the network asks for"))
        self.changes: DataclassTableModel[ChangeRow] = DataclassTableModel(
            CHANGE_COLUMNS, parent=self)
        self.changes_label = QLabel(self.tr("What changed in this version"), self)
        self.change_table = make_table(self, self.changes, self.tr("What changed"))
        self.changes_label.setBuddy(self.change_table)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.fingerprint, self.refused, self.measure_table,
                       self.changes_label, self.change_table):
            layout.addWidget(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        session = self.context.session

        def work(_ctx: object) -> PanelData:
            return PanelData(session.measures.overview(),
                             session.store.get_meta(syncmeta.MEASURES_REFUSED) or "")

        (Op(self, work, label="load network measures")
         .success(self._loaded)
         .failure(self._failed)
         .run(self.context.runner))

    def _loaded(self, data: PanelData) -> None:
        overview = data.overview
        framework = overview.framework
        if framework is None:
            self.summary.setText(self.tr(
                "No measurement framework has arrived from the network yet. It comes with "
                "the next sync once the network's backbone publishes one."))
            self.measures.set_rows([])
            self.changes.set_rows([])
        else:
            self.summary.setText(self.tr("%1 — version %2, %3 measures.")
                                 .replace("%1", framework.network)
                                 .replace("%2", str(framework.version))
                                 .replace("%3", str(len(framework.measures))))
            self.measures.set_rows([MeasureRow(m.id, m.title, self._kind(m.kind),
                                               m.description) for m in framework.measures])
            self.changes.set_rows([self._change(c) for c in overview.changes])
        self.fingerprint.setText(
            self.tr("Network key fingerprint: %1").replace("%1", overview.fingerprint)
            if overview.fingerprint else self.tr("No network key pinned yet."))
        self.refused.setText(self.tr("A framework was refused: %1").replace("%1", data.refused))
        self.refused.setVisible(bool(data.refused))
        self.sig_loaded.emit()

    def _failed(self, error: CollabDeskError) -> None:
        self.context.sig_status_message.emit(str(error))

    def _kind(self, kind: str) -> str:
        return {"count": self.tr("count"), "proportion": self.tr("share"),
                "median": self.tr("median")}.get(kind, kind)

    def _change(self, c: Change) -> ChangeRow:
        change = {"added": self.tr("added"), "changed": self.tr("changed"),
                  "removed": self.tr("removed")}.get(c.change, c.change)
        what = self.tr("measure") if c.what == "measure" else self.tr("form")
        return ChangeRow(f"{c.what}:{c.id}", what, change, c.title)
