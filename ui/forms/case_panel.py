"""A case's "Assessments and screenings": start a form, the responses, scores and suggestions.

* Start: the newest active version of each assessment and screening form (one entry per
  form), filled in a :class:`~collabdesk.ui.forms.dialogs.FillDialog`.
* Responses: the current version of each response on the case, newest first; Enter opens
  it read-only with its history (and Amend); a draft opens to be finished.
* Scores: per instrument, the latest score and a small trend chart (:class:`Sparkline`).
* Suggestions: what completed screenings suggest; the worker confirms (the need is added to
  the case) or dismisses each, and the decision is recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.forms.answers import answers_from_response
from collabdesk.services.forms import (
    FormInfo,
    FormSuggestion,
    ResponseDetail,
    ResponseVersion,
    ScoreTrend,
)
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import ErrorBanner, label, make_table, selected_row
from collabdesk.ui.formats import fmt_moment
from collabdesk.ui.forms.dialogs import (
    FillDialog,
    ResponseDialog,
    fill_state,
    open_response,
    reopen_fill,
    score_text,
    status_text,
)
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import NUMBER_ALIGN, Column, DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import TaskHandle

CASE_USES = ("assessment", "screening")
FORM_KINDS = frozenset({"form", "form_response", "form_suggestion"})

RESPONSE_COLUMNS: list[Column[ResponseVersion]] = [
    Column("authored", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.authored_at,
           fmt=fmt_moment),
    Column("form", QT_TRANSLATE_NOOP("Columns", "Form"),
           lambda r: r.form_title or r.form_url),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), lambda r: r.form_version),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: _status_cell(r)),
    Column("score", QT_TRANSLATE_NOOP("Columns", "Score"),
           lambda r: None if r.hidden else r.score,
           fmt=lambda v: "" if v is None else score_text(v), align=NUMBER_ALIGN),
    Column("author", QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.author_name),
]
SUGGESTION_COLUMNS: list[Column[FormSuggestion]] = [
    Column("domain", QT_TRANSLATE_NOOP("Columns", "Need"), lambda s: s.domain, fmt=label),
    Column("severity", QT_TRANSLATE_NOOP("Columns", "Severity"), lambda s: s.severity,
           fmt=label),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "Why"), lambda s: s.reason),
]


def _status_cell(version: ResponseVersion) -> str:
    text = status_text(version.status)
    if version.conflict:  # amended on two laptops at once: settled in Conflicts
        text += QCoreApplication.translate("CaseFormsPanel", " (two versions: see Conflicts)")
    return text


@dataclass(frozen=True)
class CaseForms:
    """Everything the panel shows, loaded in one go on the db lane."""

    forms: list[FormInfo]
    responses: list[ResponseVersion]
    scores: list[ScoreTrend]
    suggestions: list[FormSuggestion]


def startable(forms: list[FormInfo], uses: tuple[str, ...]) -> list[FormInfo]:
    """The newest active version of each form of these uses (what a new response uses)."""
    newest: dict[str, FormInfo] = {}
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    for info in forms:
        if info.use not in uses or info.status != "active":
            continue
        held = newest.get(info.url)
        if held is None or (info.imported_at or floor, info.version) > (
                held.imported_at or floor, held.version):
            newest[info.url] = info
    return sorted(newest.values(), key=lambda f: (f.title or f.url).lower())


class Sparkline(QWidget):
    """A small line chart of scores, oldest to newest; the latest point is marked."""

    def __init__(self, values: list[float], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 28)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 24)

    def points(self) -> list[QPointF]:
        if not self.values:
            return []
        low, high = min(self.values), max(self.values)
        span = (high - low) or 1.0
        width, height = self.width() - 6, self.height() - 6
        step = width / max(1, len(self.values) - 1)
        return [QPointF(3 + n * step, 3 + height - (v - low) / span * height)
                for n, v in enumerate(self.values)]

    def paintEvent(self, event: QPaintEvent) -> None:
        points = self.points()
        if not points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().text().color(), 1.5)
        painter.setPen(pen)
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        painter.setBrush(self.palette().highlight())
        painter.drawEllipse(points[-1], 3, 3)
        painter.end()


class CaseFormsPanel(QWidget):
    """The "Assessments and screenings" tab of a case."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: str | None = None
        self.data: CaseForms | None = None
        self.open_dialog: FillDialog | None = None  # the form being filled, if any
        self._generation = 0
        self._stale = False  # a case opened while the tab was hidden: load when shown
        self._pending: TaskHandle | None = None  # the load a newer one makes stale
        session = context.session
        self.can_fill = session.allowed("form.fill")
        self.can_decide = session.allowed("case.edit")
        self.banner = ErrorBanner(self)

        self.start_combo = QComboBox(self)
        self.start_combo.setAccessibleName(self.tr("Form to start"))
        start_caption = QLabel(self.tr("Form:"), self)
        start_caption.setBuddy(self.start_combo)
        self.start_button = QPushButton(self.tr("St&art"), self)
        self.start_button.setAccessibleName(self.tr("Start the chosen form"))
        self.start_button.clicked.connect(self.start_form)
        start = QHBoxLayout()
        start.addWidget(start_caption)
        start.addWidget(self.start_combo, 1)
        start.addWidget(self.start_button)

        self.responses_model: DataclassTableModel[ResponseVersion] = DataclassTableModel(
            RESPONSE_COLUMNS, parent=self)
        self.responses_proxy = SearchFilterProxy(self)
        self.responses_proxy.setSourceModel(self.responses_model)
        self.responses_view = make_table(self, self.responses_proxy,
                                         self.tr("Responses on this case"), newest_first=True)
        self.responses_view.activated.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected response"))
        self.open_button.clicked.connect(self.open_selected)
        left = QVBoxLayout()
        left.addLayout(start)
        left.addWidget(self.responses_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        left.addLayout(row)
        left_widget = QWidget(self)
        left_widget.setLayout(left)

        self.scores_box = QGroupBox(self.tr("Latest scores"), self)
        self.scores_grid = QGridLayout(self.scores_box)
        self.sparklines: list[Sparkline] = []
        self.no_scores = QLabel(self.tr("No completed assessments yet."), self.scores_box)
        self.scores_grid.addWidget(self.no_scores, 0, 0)
        self.suggestions_box = QGroupBox(self.tr("Suggested needs"), self)
        self.suggestions_model: DataclassTableModel[FormSuggestion] = DataclassTableModel(
            SUGGESTION_COLUMNS, parent=self)
        self.suggestions_view = make_table(self.suggestions_box, self.suggestions_model,
                                           self.tr("Suggested needs"))
        self.confirm_button = QPushButton(self.tr("Conf&irm need"), self.suggestions_box)
        self.confirm_button.setAccessibleName(self.tr("Confirm the suggested need"))
        self.confirm_button.clicked.connect(lambda: self.decide(True))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self.suggestions_box)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the suggestion"))
        self.dismiss_button.clicked.connect(lambda: self.decide(False))
        suggestions = QVBoxLayout(self.suggestions_box)
        suggestions.addWidget(self.suggestions_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        suggestions.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.scores_box)
        right.addWidget(self.suggestions_box, 1)
        right_widget = QWidget(self)
        right_widget.setLayout(right)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def open_case(self, case_id: str | None) -> None:
        """Show ``case_id``'s forms, loaded when the tab is first shown: a case is opened far
        more often than its assessments are read, and loading them (and reading the forms
        with their expressions) would slow every case and hold their memory."""
        self.case_id = case_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        forms = self.context.session.forms

        def work(_ctx: Any) -> CaseForms:
            return CaseForms(forms.list_forms(include_retired=False),
                             forms.responses(case_id=case_id), forms.scores(case_id),
                             forms.suggestions(case_id=case_id))

        if self._pending is not None:  # another case opened first: never load that one
            self._pending.cancel()
        self._pending = (Op(self, work, label="load case forms")
                         .success(lambda data: self._loaded(generation, data))
                         .failure(self.banner.show_error)
                         .run(self.context.runner))

    def _loaded(self, generation: int, data: CaseForms) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.banner.clear_message()
        chosen = self.start_combo.currentData()
        self.start_combo.clear()
        for info in startable(data.forms, CASE_USES):
            kind = self.tr("screening") if info.use == "screening" else self.tr("assessment")
            self.start_combo.addItem(f"{info.title or info.url} ({kind})", info.id)
        if chosen:
            self.start_combo.setCurrentIndex(max(0, self.start_combo.findData(chosen)))
        self.responses_model.set_rows(data.responses)
        self.suggestions_model.set_rows(data.suggestions)
        self._show_scores(data.scores)
        self._update_buttons()

    def _show_scores(self, trends: list[ScoreTrend]) -> None:
        while self.scores_grid.count():
            taken = self.scores_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.no_scores:
                widget.deleteLater()
        self.no_scores.setVisible(not trends)
        self.scores_grid.addWidget(self.no_scores, 0, 0, 1, 3)
        self.sparklines = []
        for n, trend in enumerate(trends, start=1):
            title = QLabel(trend.title, self.scores_box)
            latest = QLabel(score_text(trend.latest), self.scores_box)
            latest.setAccessibleName(self.tr("Latest score: %1").replace("%1", trend.title))
            values = [p[1] for p in trend.points]
            chart = Sparkline(values, self.tr("Score trend: %1, %2").replace(
                "%1", trend.title).replace("%2", ", ".join(score_text(v) for v in values)),
                self.scores_box)
            chart.setToolTip(chart.accessibleName())
            self.sparklines.append(chart)
            self.scores_grid.addWidget(title, n, 0)
            self.scores_grid.addWidget(latest, n, 1)
            self.scores_grid.addWidget(chart, n, 2)
        self.scores_grid.setColumnStretch(2, 1)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.can_fill and self.start_combo.count() > 0)
        self.start_combo.setEnabled(self.start_combo.count() > 0)
        has = self.suggestions_model.rowCount() > 0 and self.can_decide
        self.confirm_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.open_button.setEnabled(self.responses_model.rowCount() > 0)

    # -- actions --------------------------------------------------------------------------

    def start_form(self) -> None:
        form_id = self.start_combo.currentData()
        case_id = self.case_id
        if not form_id or case_id is None:
            return
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.form(form_id), label="open form")
         .success(lambda form: self._fill(FillDialog(self.context, form_id, form,
                                                     case_id=case_id,
                                                     sensitive=self._sensitive(form_id),
                                                     parent=self)))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _sensitive(self, form_id: str) -> bool:
        return any(f.id == form_id and f.sensitive for f in (self.data.forms if self.data
                                                             else ()))

    def _fill(self, dialog: FillDialog) -> None:
        self.open_dialog = dialog
        try:
            saved = FillDialog.ask(dialog)
        finally:
            if self.open_dialog is dialog:
                self.open_dialog = None
        if saved is not None:
            self.reload()

    # -- a lock while a form is open ------------------------------------------------------

    def draft_state(self) -> dict[str, Any] | None:
        """What is typed in the open form, for the case's draft (see ``fill_state``)."""
        return fill_state(self.open_dialog)

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Open the form again with the answers kept by :meth:`draft_state`."""
        reopen_fill(self, self.context, state, self._fill)

    def open_selected(self) -> None:
        version = selected_row(self.responses_view)
        if version is None:
            return
        if version.hidden:
            self.banner.show_message(self.tr("This response is sensitive: only its author and "
                                             "supervisors can read it."))
            return
        if version.status == "in-progress" and version.form_here and self.can_fill:
            self._continue(version)
            return
        open_response(self, self.context, version.response_id, self._watch)

    def _watch(self, dialog: ResponseDialog) -> None:
        dialog.sig_amend.connect(self.amend)

    def _continue(self, version: ResponseVersion) -> None:
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.detail(version.response_id), label="open draft")
         .success(lambda detail: self._fill(self._fill_dialog(detail, completed=False)))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def amend(self, detail: ResponseDetail) -> None:
        self._fill(self._fill_dialog(detail, completed=detail.version.status != "in-progress"))

    def _fill_dialog(self, detail: ResponseDetail, *, completed: bool) -> FillDialog:
        assert detail.form is not None
        answers = detail.answers
        if not answers and detail.raw:
            answers = answers_from_response(detail.form, detail.raw.get("item"))[0]
        return FillDialog(self.context, detail.version.form_id, detail.form,
                          case_id=detail.version.case_id, response_id=detail.version.response_id,
                          answers=answers, completed=completed,
                          sensitive=detail.version.sensitive, parent=self)

    def decide(self, confirm: bool) -> None:
        suggestion = selected_row(self.suggestions_view)
        if suggestion is None and self.suggestions_model.rowCount() == 1:
            suggestion = self.suggestions_model.row_at(0)
        if suggestion is None:
            self.banner.show_message(self.tr("Choose a suggestion first."))
            return
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.decide(suggestion.id, confirm=confirm),
            label="decide suggestion")
         .success(lambda _s: self.reload())
         .failure(self._decide_failed)
         .run(self.context.runner))

    def _decide_failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self.reload()

