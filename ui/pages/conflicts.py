"""Conflicts (supervisors): edits made on two laptops without either seeing the other, and
status changes that were refused once every laptop's changes were put in order.

For a field, every version is shown with who made it and when; the reviewer keeps one or
types a merged value. For a refused status change, they dismiss it or apply it again now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collabdesk.changes import CONFLICT
from collabdesk.domain import ConflictItem
from collabdesk.errors import CollabDeskError
from collabdesk.forms.records import CONFLICT_ENTITY as RESPONSE_CONFLICT
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import (
    ErrorBanner,
    label,
    make_table,
    selected_row,
)
from collabdesk.ui.formats import fmt_moment, literal
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page


def _key(item: ConflictItem) -> tuple[str, str, str, str]:
    return (item.kind, item.entity_id, item.field,
            item.versions[0].event_id if item.kind != "field" and item.versions else "")


def _value_text(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


CONFLICT_COLUMNS: list[Column[ConflictItem]] = [
    Column("kind", QT_TRANSLATE_NOOP("Columns", "What happened"), lambda c: c.kind, fmt=label),
    Column("record", QT_TRANSLATE_NOOP("Columns", "Record"),
           lambda c: f"{label(c.entity)}: {c.label}"),
    Column("field", QT_TRANSLATE_NOOP("Columns", "Field"),
           lambda c: c.field.replace("_", " ")),
    Column("current", QT_TRANSLATE_NOOP("Columns", "Current value"),
           lambda c: _value_text(c.current)),
]


class ConflictsPage(Page):
    watches = frozenset({CONFLICT, "review"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Conflicts"))
        self._generation = 0
        self.banner = ErrorBanner(self)
        self.model: DataclassTableModel[ConflictItem] = DataclassTableModel(
            CONFLICT_COLUMNS, key=_key, parent=self)
        self.view = make_table(self, self.model, self.tr("Conflicts to review"))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_item())
        self.empty_label = QLabel(self.tr("Nothing to review."), self)
        self.empty_label.setAccessibleName(self.tr("Conflict count"))

        self.detail = QGroupBox(self.tr("Review"), self)
        self.detail.setAccessibleName(self.tr("Review the selected conflict"))
        self.explain = QLabel(self.detail)
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("What happened"))
        self.versions_box = QVBoxLayout()
        self.version_group = QButtonGroup(self)
        self.version_buttons: list[QRadioButton] = []
        self.merge_radio = QRadioButton(self.tr("&Type a merged value:"), self.detail)
        self.merge_radio.setAccessibleName(self.tr("Use a merged value"))
        self.merge_edit = QLineEdit(self.detail)
        self.merge_edit.setAccessibleName(self.tr("Merged value"))
        self.merge_edit.textEdited.connect(lambda _t: self.merge_radio.setChecked(True))
        self.resolve_button = QPushButton(self.tr("&Keep this value"), self.detail)
        self.resolve_button.setAccessibleName(self.tr("Resolve the conflict with the chosen "
                                                      "value"))
        self.resolve_button.clicked.connect(self.resolve)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self.detail)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the refused change"))
        self.dismiss_button.clicked.connect(lambda: self.review(reapply=False))
        self.reapply_button = QPushButton(self.tr("&Apply again now"), self.detail)
        self.reapply_button.setAccessibleName(self.tr("Apply the refused change again"))
        self.reapply_button.clicked.connect(lambda: self.review(reapply=True))
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_radio)
        merge_row.addWidget(self.merge_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.resolve_button, self.dismiss_button, self.reapply_button):
            buttons.addWidget(b)
        box = QVBoxLayout(self.detail)
        box.addWidget(self.explain)
        box.addLayout(self.versions_box)
        box.addLayout(merge_row)
        box.addStretch(1)
        box.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        if not context.session.allowed("conflict.resolve"):
            self.banner.show_message(self.tr("Only a supervisor can review conflicts."))
        self._show_item()

    def title(self) -> str:
        return self.tr("Conflicts")

    def refresh(self) -> None:
        if not self.context.session.allowed("conflict.resolve"):
            return
        self._generation += 1
        generation = self._generation
        conflicts = self.context.session.conflicts
        (Op(self, lambda _ctx: conflicts.items(), label="load conflicts")
         .success(lambda items: self._loaded(generation, items))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _loaded(self, generation: int, items: list[ConflictItem]) -> None:
        if generation != self._generation:
            return
        self.banner.clear_message()
        self.model.set_rows(items)
        self.empty_label.setText(self.tr("%n item(s) to review", "", len(items)) if items
                                 else self.tr("Nothing to review."))
        if items:
            self.view.selectRow(0)
        self._show_item()

    def selected(self) -> ConflictItem | None:
        row = selected_row(self.view)
        return row if isinstance(row, ConflictItem) else None

    def _show_item(self) -> None:
        item = self.selected()
        for button in self.version_buttons:
            self.version_group.removeButton(button)
            button.deleteLater()
        self.version_buttons = []
        is_field = item is not None and item.kind == "field"
        # A form response is kept whole, as one of its versions: there is nothing to merge.
        mergeable = is_field and item is not None and item.entity != RESPONSE_CONFLICT
        self.detail.setEnabled(item is not None)
        self.merge_radio.setVisible(mergeable)
        self.merge_edit.setVisible(mergeable)
        self.resolve_button.setVisible(is_field)
        self.dismiss_button.setVisible(item is not None and not is_field)
        self.reapply_button.setVisible(item is not None and not is_field
                                       and item.kind != "retracted")
        if item is None:
            self.explain.setText(self.tr("Select an item to review it."))
            return
        if item.kind == "retracted":
            self.explain.setText(self.tr(
                "{record} came in with a spreadsheet import that was undone, so the record is "
                "gone. These changes were made to it on another laptop before that laptop "
                "heard: {changes}. Enter what still matters by hand, then dismiss.").format(
                record=item.label, changes=" / ".join(
                    f"{v.value} ({v.user_name}, {fmt_moment(v.at)})" for v in item.versions)))
            return
        field = item.field.replace("_", " ")
        if is_field:
            self.explain.setText(self.tr(
                "“{field}” of {record} was changed on two laptops at about the same time. "
                "The latest change is shown now; choose the value to keep.").format(
                field=field, record=item.label))
        else:
            version = item.versions[0] if item.versions else None
            self.explain.setText(self.tr(
                "{who} changed “{field}” of {record} to “{value}” on {when}, but that change "
                "was refused when the laptops' changes were put in order. It is “{current}” "
                "now.").format(who=version.user_name if version else "?", field=field,
                               record=item.label,
                               value=label(str(version.value)) if version else "",
                               when=fmt_moment(version.at) if version else "",
                               current=label(str(item.current))))
            return
        for i, version in enumerate(item.versions):
            radio = QRadioButton(self.tr("“{value}” — {who}, {when}").format(
                value=literal(_value_text(version.value)),
                who=literal(version.user_name) if version.user_name else self.tr("unknown"),
                when=fmt_moment(version.at)), self.detail)
            radio.setAccessibleName(self.tr("Version {n}: {value}").format(
                n=i + 1, value=_value_text(version.value)))
            radio.setChecked((version.event_id if item.entity == RESPONSE_CONFLICT
                              else version.value) == item.current)
            self.version_group.addButton(radio, i)
            self.versions_box.addWidget(radio)
            self.version_buttons.append(radio)
        self.merge_edit.setText(_value_text(item.current) if item.current else "")

    def chosen_value(self) -> Any:
        item = self.selected()
        if item is None:
            return None
        if self.merge_radio.isChecked():
            return self.merge_edit.text()
        index = self.version_group.checkedId()
        if not 0 <= index < len(item.versions):
            return None
        version = item.versions[index]
        return version.event_id if item.entity == RESPONSE_CONFLICT else version.value

    def resolve(self) -> None:
        item = self.selected()
        if item is None or item.kind != "field":
            return
        if not self.merge_radio.isChecked() and self.version_group.checkedId() < 0:
            self.banner.show_message(self.tr("Choose a version or type a merged value."))
            return
        value = self.chosen_value()
        conflicts = self.context.session.conflicts
        (Op(self, lambda _ctx: conflicts.resolve_field(item.entity, item.entity_id, item.field,
                                                       value),
            label="resolve conflict")
         .success(lambda _r: self.refresh())
         .failure(self._failed)
         .run(self.context.runner))

    def review(self, *, reapply: bool) -> None:
        item = self.selected()
        if item is None or item.kind == "field" or not item.versions:
            return
        conflicts, event_id = self.context.session.conflicts, item.versions[0].event_id
        if item.kind == "retracted":
            entity, entity_id = item.entity, item.entity_id
            (Op(self, lambda _ctx: conflicts.dismiss_retracted(entity, entity_id),
                label="dismiss edits to a retracted record")
             .success(lambda _r: self.refresh())
             .failure(self._failed)
             .run(self.context.runner))
            return
        (Op(self, lambda _ctx: conflicts.review_transition(event_id, reapply=reapply),
            label="review status change")
         .success(lambda _r: self.refresh())
         .failure(self._failed)
         .run(self.context.runner))

    def _failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self.refresh()
