"""Table models and the search proxy: accents, real sort keys, signals, lazy paging."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from collabdesk.errors import CollabDeskError, StoreError
from collabdesk.ui.models import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    DataclassTableModel,
    LazyTableModel,
    PageRequest,
    SearchFilterProxy,
    TextListModel,
    attr_column,
    fold_text,
)
from collabdesk.ui.tasks import TaskRunner
from tests.waits import WAIT_MS

OVERDUE = QColor("#b3261e")


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    need: str
    due: date | None
    visits: int


PEOPLE = [
    Person(1, "José Núñez", "Housing", date(2024, 3, 9), 10),
    Person(2, "Zoë Adams", "Food", None, 2),
    Person(3, "maria lopez", "Housing", date(2023, 12, 1), 1),
    Person(4, "Émile Zola", "Legal", date(2024, 1, 15), 33),
    Person(5, "Ana Maria Costa", "Health", date(2024, 2, 29), 7),
]


def make_columns() -> list[Column[Person]]:
    return [
        attr_column("name", "Name"),
        attr_column("need", "Need"),
        Column("due", "Due", lambda p: p.due,
               fmt=lambda d: d.strftime("%d/%m/%Y") if d else "—",
               foreground=lambda p: OVERDUE if p.due and p.due < date(2024, 1, 1) else None,
               accessible=lambda p: f"Due {p.due}" + (" (overdue)" if p.due and
                                                      p.due < date(2024, 1, 1) else ""),
               searchable=False),
        attr_column("visits", "Visits", align=Qt.AlignmentFlag.AlignRight, searchable=False),
    ]


@pytest.fixture
def model(qapp: Any) -> DataclassTableModel[Person]:
    return DataclassTableModel(make_columns(), key="id", rows=PEOPLE)


@pytest.fixture
def proxy(model: DataclassTableModel[Person]) -> SearchFilterProxy:
    p = SearchFilterProxy()
    p.setSourceModel(model)
    return p


def names(proxy: SearchFilterProxy) -> list[str]:
    return [proxy.row_object(r).name for r in range(proxy.rowCount())]


def failures_reported(qtlog: Any) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message]


def test_fold_text_drops_case_and_accents() -> None:
    assert fold_text("José NÚÑEZ") == "jose nunez"
    assert fold_text("Zoë Straße") == "zoe strasse"


@pytest.mark.parametrize(("query", "expected"), [
    ("jose", ["José Núñez"]),
    ("NUÑEZ", ["José Núñez"]),
    ("nunez jose", ["José Núñez"]),             # words in any order
    ("maria", ["maria lopez", "Ana Maria Costa"]),
    ("maria housing", ["maria lopez"]),         # words may match different columns
    ("emile", ["Émile Zola"]),
    ("zoe", ["Zoë Adams"]),
    ("  ", [p.name for p in PEOPLE]),
    ("maria legal", []),
])
def test_filter_is_case_and_accent_insensitive_multiword(
        proxy: SearchFilterProxy, query: str, expected: list[str]) -> None:
    proxy.set_query(query)
    assert names(proxy) == expected


def test_filter_only_searches_chosen_columns(proxy: SearchFilterProxy) -> None:
    proxy.set_query("housing")
    assert len(names(proxy)) == 2
    proxy.set_search_columns([0])
    assert names(proxy) == []
    proxy.set_search_columns(None)
    assert len(names(proxy)) == 2
    proxy.set_query("2024")  # the due column is not searchable
    assert names(proxy) == []


def test_sorting_uses_real_keys_for_dates_numbers_and_text(
        model: DataclassTableModel[Person], proxy: SearchFilterProxy) -> None:
    proxy.sort(model.column_index("due"), Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["maria lopez", "Émile Zola", "Ana Maria Costa", "José Núñez",
                            "Zoë Adams"]  # no date: last
    proxy.sort(model.column_index("due"), Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["José Núñez", "Ana Maria Costa", "Émile Zola", "maria lopez",
                            "Zoë Adams"]  # still last
    proxy.sort(model.column_index("visits"))
    assert [proxy.row_object(r).visits for r in range(5)] == [1, 2, 7, 10, 33]  # not "10"<"2"
    proxy.sort(model.column_index("name"))
    assert names(proxy) == ["Ana Maria Costa", "Émile Zola", "José Núñez", "maria lopez",
                            "Zoë Adams"]  # case and accents do not push names to the end


def test_clicking_a_header_in_a_view_sorts_by_the_real_key(
        qtbot: Any, model: DataclassTableModel[Person], proxy: SearchFilterProxy) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(model.column_index("visits"), Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 3).data() for r in range(5)] == ["33", "10", "7", "2", "1"]


def test_sort_and_filter_combine_and_new_rows_keep_the_order(
        model: DataclassTableModel[Person], proxy: SearchFilterProxy) -> None:
    proxy.set_query("a")
    proxy.sort(model.column_index("visits"), Qt.SortOrder.DescendingOrder)
    model.set_rows([*PEOPLE, Person(6, "Ada", "Food", None, 100)])
    assert names(proxy)[0] == "Ada"
    assert names(proxy) == sorted(names(proxy), key=lambda n: -next(
        p.visits for p in [*PEOPLE, Person(6, "Ada", "Food", None, 100)] if p.name == n))


def test_roles_give_display_colours_alignment_and_accessible_text(
        model: DataclassTableModel[Person]) -> None:
    maria = model.position_of(3)
    jose = model.position_of(1)
    assert maria is not None and jose is not None
    due = model.column_index("due")
    assert model.index(maria, due).data() == "01/12/2023"
    assert model.index(maria, due).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(jose, due).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(maria, due).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "Due 2023-12-01 (overdue)"
    assert model.index(jose, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Name: José Núñez"
    visits = model.column_index("visits")
    assert model.index(jose, visits).data(Qt.ItemDataRole.TextAlignmentRole) == \
        Qt.AlignmentFlag.AlignRight
    assert model.index(jose, visits).data(SORT_ROLE) == 10
    assert model.index(jose, 0).data(ROW_ROLE) is PEOPLE[0]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Need"
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table
    assert model.index(jose, 0).data(Qt.ItemDataRole.CheckStateRole) is None  # no boxes
    assert not model.flags(model.index(jose, 0)) & Qt.ItemFlag.ItemIsUserCheckable


def test_set_rows_resets_and_update_row_emits_data_changed_only(
        qtlog: Any, model: DataclassTableModel[Person]) -> None:
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    events: list[tuple[Any, ...]] = []
    model.modelAboutToBeReset.connect(lambda: events.append(("about_to_reset",)))
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.dataChanged.connect(lambda tl, br, roles: events.append(
        ("changed", tl.row(), tl.column(), br.row(), br.column())))
    model.rowsInserted.connect(lambda parent, a, b: events.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda parent, a, b: events.append(("removed", a, b)))

    model.set_rows(PEOPLE[:3])
    assert events == [("about_to_reset",), ("reset",)]
    assert model.rowCount() == 3

    events.clear()
    renamed = replace(PEOPLE[2], name="María López")
    assert model.update_row(renamed)
    assert events == [("changed", 2, 0, 2, 3)]
    assert model.row_for_key(3) is renamed
    assert model.index(2, 0).data() == "María López"

    events.clear()
    assert not model.update_row(PEOPLE[4])  # not in the table: nothing happens
    assert events == []
    model.upsert_row(PEOPLE[4])
    assert events == [("inserted", 3, 3)]
    assert model.remove_row(1)
    assert events[-1] == ("removed", 0, 0)
    assert [model.row_at(i).id for i in range(model.rowCount())] == [2, 3, 5]
    assert model.position_of(5) == 2
    model.sort(0)
    assert [model.row_at(i).id for i in range(3)] == [5, 3, 2]
    assert failures_reported(qtlog) == []
    del tester


@dataclass(frozen=True)
class Chore:
    id: str
    title: str
    done: bool


def test_a_checked_column_shows_the_persons_tick_until_the_rows_come_back(
        qtlog: Any, qapp: Any) -> None:
    chores = [Chore("a", "Call", False), Chore("b", "Write", True)]
    model: DataclassTableModel[Chore] = DataclassTableModel(
        [attr_column("title", "Chore", checked=lambda c: c.done), attr_column("done", "Done")],
        rows=chores)
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    check = Qt.ItemDataRole.CheckStateRole
    ticks: list[tuple[Any, ...]] = []
    model.sig_check_changed.connect(lambda *args: ticks.append(args))
    changed: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda tl, br, roles: changed.append(
        (tl.row(), tl.column(), list(roles))))

    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert [model.index(r, 0).data(check) for r in range(2)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert model.index(0, 1).data(check) is None  # no box in that column

    # A view sets the state as a plain int; the row itself stays as stored.
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, check)
    assert ticks == [("a", "title", True)]
    assert changed == [(0, 0, [int(check)])]
    assert model.index(0, 0).data(check) == Qt.CheckState.Checked
    assert model.row_for_key("a") is chores[0] and model.is_checked(0, 0)
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, check)  # already so
    assert len(ticks) == 1
    assert not model.setData(model.index(0, 1), Qt.CheckState.Checked, check)
    assert not model.setData(model.index(0, 0), "Renamed", Qt.ItemDataRole.EditRole)
    assert model.index(0, 0).data() == "Call"

    # The tick follows its row when the table is sorted, and goes when rows are set again.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.position_of("a") == 1
    assert model.index(1, 0).data(check) == Qt.CheckState.Checked
    model.set_rows(chores)
    assert model.index(model.position_of("a") or 0, 0).data(check) == Qt.CheckState.Unchecked
    assert model.setData(model.index(model.position_of("b") or 0, 0), 0, check)
    assert ticks[-1] == ("b", "title", False)
    assert model.update_row(Chore("b", "Write", False))  # saved: the row holds it now
    assert model.index(model.position_of("b") or 0, 0).data(check) == Qt.CheckState.Unchecked
    assert model.update_row(Chore("b", "Write", True))  # an updated row shows as it is
    assert model.index(model.position_of("b") or 0, 0).data(check) == Qt.CheckState.Checked
    assert failures_reported(qtlog) == []
    del tester


def test_text_list_model_shows_lines_in_order_repeats_included(qapp: Any) -> None:
    model = TextListModel(["b.csv: 2 rows skipped", "a.csv: odd date", "b.csv: 2 rows skipped"])
    assert model.columnCount() == 1 and model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == model.lines() == [
        "b.csv: 2 rows skipped", "a.csv: odd date", "b.csv: 2 rows skipped"]
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "a.csv: odd date"
    model.set_lines([])
    assert model.rowCount() == 0 and model.lines() == []


def test_search_cache_follows_updates(
        model: DataclassTableModel[Person], proxy: SearchFilterProxy) -> None:
    proxy.set_query("lopez")
    assert names(proxy) == ["maria lopez"]
    model.update_row(replace(PEOPLE[2], name="Maria Perez"))
    assert names(proxy) == []


def test_sort_keeps_persistent_indexes_on_their_rows(
        model: DataclassTableModel[Person]) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(model.position_of(4) or 0, 1))
    model.sort(model.column_index("visits"), Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0 and kept.column() == 1
    assert kept.data(ROW_ROLE).id == 4


def test_duplicate_keys_are_refused(model: DataclassTableModel[Person]) -> None:
    with pytest.raises(ValueError, match="key 1"):
        model.set_rows([PEOPLE[0], PEOPLE[0]])


def test_proxy_over_a_foreign_model_filters_and_sorts_by_sort_role(qapp: Any) -> None:
    source = QStandardItemModel()
    for text, n in [("Café Centro", 10), ("cafe norte", 2), ("Clinic", 33)]:
        item = QStandardItem(text)
        item.setData(n, SORT_ROLE)
        source.appendRow(item)
    proxy = SearchFilterProxy()
    proxy.setSourceModel(source)
    proxy.set_query("CAFE")
    assert proxy.rowCount() == 2
    proxy.set_query("")
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["cafe norte", "Café Centro",
                                                            "Clinic"]


# -- lazy model -----------------------------------------------------------------------

class Source:
    """A fake result set of ``total`` rows that records every page asked for."""

    def __init__(self, total: int, label: str = "row") -> None:
        self.total, self.label = total, label
        self.requests: list[PageRequest] = []

    def __call__(self, request: PageRequest) -> Sequence[Person]:
        self.requests.append(request)
        ids = range(self.total)
        if request.descending:
            ids = ids[::-1]
        ids = ids[request.offset:request.offset + request.limit]
        return [Person(i, f"{self.label} {i}", "Food", None, i) for i in ids]


def test_lazy_model_fetches_100k_rows_page_by_page(qapp: Any) -> None:
    source = Source(100_000)
    model = LazyTableModel(make_columns(), source, page_size=5_000)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    assert source.requests == []  # nothing is loaded before a view asks
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5_000
    assert source.requests == [PageRequest(0, 5_000)]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 100_000
    assert model.is_exhausted()
    assert [r.offset for r in source.requests] == list(range(0, 100_001, 5_000))
    assert model.index(99_999, 0).data() == "row 99999"
    assert model.position_of(99_999) == 99_999


def test_lazy_model_passes_the_qt_model_tester(qtlog: Any, qapp: Any) -> None:
    model = LazyTableModel(make_columns(), Source(1_000), page_size=100)
    # The tester calls fetchMore itself, as a view would.
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1_000
    assert model.update_row(Person(7, "renamed", "Food", None, 7))
    assert model.index(7, 0).data() == "renamed"
    assert failures_reported(qtlog) == []
    del tester


def test_lazy_model_is_driven_by_a_scrolling_view(qtbot: Any) -> None:
    source = Source(1_000)
    model = LazyTableModel(make_columns(), source, page_size=100)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() >= 100, timeout=WAIT_MS)
    loaded = model.rowCount()
    assert loaded < 1_000
    view.scrollToBottom()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > loaded, timeout=WAIT_MS)


def test_lazy_model_sort_asks_the_source_for_a_new_order(qapp: Any) -> None:
    source = Source(50)
    model = LazyTableModel(make_columns(), source, page_size=20)
    model.fetchMore(QModelIndex())
    proxy = SearchFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("visits"), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 0  # reloaded from the start
    model.fetchMore(QModelIndex())
    assert source.requests[-1] == PageRequest(0, 20, "visits", True)
    assert proxy.index(0, 0).data() == "row 49"


def test_lazy_model_loads_pages_on_the_db_lane(qtbot: Any, task_runner: TaskRunner) -> None:
    gate = threading.Event()
    old_source = Source(10, "old")

    def slow_old(request: PageRequest) -> Sequence[Person]:
        assert gate.wait(WAIT_MS / 1000)
        return old_source(request)

    model = LazyTableModel(make_columns(), slow_old, page_size=5, runner=task_runner)
    model.fetchMore(QModelIndex())
    assert model.is_loading() and not model.canFetchMore(QModelIndex())
    # A new query while the old page is in flight: the old page must be ignored.
    new_source = Source(3, "new")
    model.reset(new_source)
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.sig_page_loaded, timeout=WAIT_MS) as blocker:
        gate.set()
    assert blocker.args == [3]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == \
        ["new 0", "new 1", "new 2"]
    assert model.is_exhausted() and not model.is_loading()


def test_lazy_model_reports_fetch_errors_and_can_retry(
        qtbot: Any, task_runner: TaskRunner) -> None:
    attempts: list[int] = []

    def flaky(request: PageRequest) -> Sequence[Person]:
        attempts.append(request.offset)
        if len(attempts) == 1:
            raise StoreError("The store is busy; try again.")
        return Source(2)(request)

    model = LazyTableModel(make_columns(), flaky, page_size=5, runner=task_runner)
    with qtbot.waitSignal(model.sig_fetch_failed, timeout=WAIT_MS) as blocker:
        model.fetchMore(QModelIndex())
    error = blocker.args[0]
    assert isinstance(error, CollabDeskError) and "busy" in str(error)
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.sig_page_loaded, timeout=WAIT_MS):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
