"""What happened in a partner-directory (HSDS) import: where the file is wrong, or what
was added and updated, with any warnings.

The services no longer listed and the warnings are each a list view over a
:class:`~collabdesk.ui.models.TextListModel`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError, ImportFailed
from collabdesk.services.directory import ImportSummary
from collabdesk.ui.models import TextListModel


class ImportReportDialog(QDialog):
    def __init__(self, *, error: CollabDeskError | None = None,
                 summary: ImportSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        failed = error is not None
        title = self.tr("Import failed") if failed else self.tr("Import finished")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        headline = QLabel(self)
        headline.setWordWrap(True)
        headline.setAccessibleName(self.tr("Import result"))
        layout.addWidget(headline)
        details = QFormLayout()
        self.fields: dict[str, str] = {}

        def add(key: str, caption: str, value: object) -> None:
            text = "" if value is None else str(value)
            self.fields[key] = text
            shown = QLabel(text or "—", self)
            shown.setAccessibleName(caption)
            details.addRow(caption, shown)

        if error is not None:
            headline.setText(self.tr("Nothing was imported. {message}").format(message=error))
            if isinstance(error, ImportFailed):
                add("file", self.tr("File"), error.file)
                add("row", self.tr("Row"), error.row)
                add("column", self.tr("Column"), error.column)
        elif summary is not None:
            headline.setText(self.tr("The partner directory was updated from {source}.")
                             .format(source=summary.source))
            add("partners_added", self.tr("Partners added"), summary.partners_added)
            add("partners_updated", self.tr("Partners updated"), summary.partners_updated)
            add("services_added", self.tr("Services added"), summary.services_added)
            add("services_updated", self.tr("Services updated"), summary.services_updated)
            add("withdrawn", self.tr("Services no longer listed (now inactive)"),
                len(summary.withdrawn))
        layout.addLayout(details)
        withdrawn = summary.withdrawn if summary is not None else ()
        self.withdrawn = self._list(layout, self.tr("No longer listed by the source, now "
                                                    "inactive:"), withdrawn)
        warnings = summary.warnings if summary is not None else ()
        self.warnings = self._list(layout, self.tr("Warnings:"), warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _list(self, layout: QVBoxLayout, caption: str, lines: tuple[str, ...]) -> QListView:
        """A read-only list of ``lines`` under ``caption``; hidden when there are none."""
        shown = QListView(self)
        shown.setModel(TextListModel(lines, shown))
        shown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        shown.setAccessibleName(caption.rstrip(":"))
        shown.setVisible(bool(lines))
        if lines:
            layout.addWidget(QLabel(caption, self))
        layout.addWidget(shown)
        return shown

    @classmethod
    def show_report(cls, parent: QWidget | None, *, error: CollabDeskError | None = None,
                    summary: ImportSummary | None = None) -> None:
        dialog = cls(error=error, summary=summary, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.setParent(None)
