"""Qt table models over the plain dataclasses that core services return.

* :class:`DataclassTableModel` — a list of (frozen) dataclasses shown through declared
  :class:`Column`s: translated header, display text, alignment, tooltip, colours for
  highlighting (for example overdue tasks) and accessible text. Rows are replaced all
  at once with :meth:`~DataclassTableModel.set_rows` or one by one by key with
  :meth:`~DataclassTableModel.update_row`. It sorts itself by each column's sort key.
  A column may hold a checkbox (``checked``): the person's tick is shown at once and
  reported by ``sig_check_changed``; the row itself changes when the caller saves it and
  sets the rows again.
* :class:`TextListModel` — the same model over plain lines of text (warnings, names),
  for a list view.
* :class:`SearchFilterProxy` — case- and accent-insensitive, multi-word filtering over
  chosen columns; sorting goes to the source model, which sorts by real keys (dates,
  numbers) rather than display text.
* :class:`LazyTableModel` — the same columns over a very large result set fetched a
  page at a time (``canFetchMore``/``fetchMore``), optionally on the db lane of a
  :class:`~collabdesk.ui.tasks.TaskRunner`; sorting asks the fetch callable for a
  new order.

Column headers are stored untranslated and translated when shown, so column lists can
be module constants: mark them with ``QT_TRANSLATE_NOOP("Columns", "Name")`` so that
lupdate extracts them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.tasks import TaskRunner

R = TypeVar("R")
ModelIndex = QModelIndex | QPersistentModelIndex

# Custom roles: Python values that must not be flattened to display text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1      # the row object itself
KEY_ROLE = Qt.ItemDataRole.UserRole + 2      # the row's key
SORT_ROLE = Qt.ItemDataRole.UserRole + 3     # the cell's sort key
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4   # the cell's folded search text
VALUE_ROLE = Qt.ItemDataRole.UserRole + 5    # the cell's raw value

DEFAULT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fold_text(text: str) -> str:
    """Lower-case, accent-free form for matching: "José Ñúñez" → "jose nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _default_format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Columns", "Yes") if value else \
            QCoreApplication.translate("Columns", "No")
    return str(value)


def _natural_key(value: Any) -> Any:
    # Strings sort the way people read them; everything else by its own order.
    if isinstance(value, str):
        return (fold_text(value), value)
    return value


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one attribute of a row is shown, sorted and searched.

    ``header`` is the untranslated source text, translated in ``context`` when shown.
    Callables receive the row object. ``foreground``/``background`` return a colour
    (or ``None``) — pass them theme-aware colours, for example from
    :func:`collabdesk.ui.theme.semantic_colors`. With ``checked`` the cell has a checkbox
    the person can tick (see :attr:`_ColumnTableModel.sig_check_changed`).
    """

    key: str
    header: str
    value: Callable[[R], Any]
    fmt: Callable[[Any], str] | None = None
    sort_key: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = DEFAULT_ALIGN
    tooltip: Callable[[R], str | None] | None = None
    foreground: Callable[[R], QColor | QBrush | None] | None = None
    background: Callable[[R], QColor | QBrush | None] | None = None
    accessible: Callable[[R], str] | None = None
    bold: Callable[[R], bool] | None = None  # e.g. a new incoming referral
    checked: Callable[[R], bool] | None = None  # a checkbox in the cell, e.g. a task done
    searchable: bool = True
    context: str = "Columns"
    header_tooltip: str | None = None

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)

    def display(self, row: R) -> str:
        value = self.value(row)
        return self.fmt(value) if self.fmt is not None else _default_format(value)

    def sort_value(self, row: R) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        return _natural_key(self.value(row))


def attr_column(key: str, header: str, **options: Any) -> Column[Any]:
    """A column showing the row's attribute ``key``."""
    def getter(row: Any) -> Any:
        return getattr(row, key)
    return Column(key, header, getter, **options)


def sorted_rows(rows: Sequence[R], column: Column[R], descending: bool = False) -> list[R]:
    """Stable sort by the column's key; rows whose key is ``None`` always go last."""
    present = [(column.sort_value(r), r) for r in rows]
    missing = [r for k, r in present if k is None]
    keyed = [(k, r) for k, r in present if k is not None]
    try:
        keyed.sort(key=lambda kr: kr[0], reverse=descending)
    except TypeError:
        # Mixed types in one column: still give a deterministic order.
        keyed.sort(key=lambda kr: (type(kr[0]).__name__, str(kr[0])), reverse=descending)
    return [r for _, r in keyed] + missing


class _ColumnTableModel(QAbstractTableModel, Generic[R]):
    """Rows + columns + key index; the part both concrete models share."""

    #: (row key, column key, checked): the person ticked or cleared a ``checked`` column's
    #: box. The tick shows until the rows are set again (or that row is updated), which
    #: is when the caller has saved it, or puts the stored state back.
    sig_check_changed = Signal(object, str, bool)

    def __init__(self, columns: Sequence[Column[R]], key: str | Callable[[R], Hashable],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not columns:
            raise ValueError("A table model needs at least one column.")
        self._columns: list[Column[R]] = list(columns)
        if isinstance(key, str):
            name = key

            def key_of(row: R) -> Hashable:
                return getattr(row, name)

            self._key: Callable[[R], Hashable] = key_of
        else:
            self._key = key
        self._rows: list[R] = []
        self._positions: dict[Hashable, int] = {}
        self._search_cache: dict[int, tuple[str, ...]] = {}
        # Combined once per column: views ask for every cell.
        self._flags = [_CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
                       if col.checked is not None else _CELL_FLAGS for col in self._columns]
        # Views ask every cell for its check state: only a table with boxes looks.
        has_boxes = any(col.checked is not None for col in self._columns)
        self._roles = _CELL_ROLES | {_CHECK} if has_boxes else _CELL_ROLES
        # Ticks the person made that the rows do not hold yet: (row key, column) → checked.
        self._ticks: dict[tuple[Hashable, int], bool] = {}

    # -- Python-side API ------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column[R], ...]:
        return tuple(self._columns)

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        raise KeyError(f"No column {key!r} in this table.")

    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_for_key(self, key: Hashable) -> R | None:
        pos = self._positions.get(key)
        return None if pos is None else self._rows[pos]

    def position_of(self, key: Hashable) -> int | None:
        return self._positions.get(key)

    def key_of(self, row: R) -> Hashable:
        return self._key(row)

    def sort_value(self, row: int, column: int) -> Any:
        return self._columns[column].sort_value(self._rows[row])

    def search_texts(self, row: int) -> tuple[str, ...]:
        """Folded text of every column for ``row`` ("" for unsearchable ones), cached."""
        cached = self._search_cache.get(row)
        if cached is None:
            obj = self._rows[row]
            cached = tuple(fold_text(col.display(obj)) if col.searchable else ""
                           for col in self._columns)
            self._search_cache[row] = cached
        return cached

    def retranslate(self) -> None:
        """Call after the language changed: headers (and Yes/No cells) are re-read."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self._emit_rows_changed(0, len(self._rows) - 1)

    def _reindex(self, start: int = 0) -> None:
        """Record the position of every row from ``start`` on (earlier ones are kept)."""
        if start == 0:
            positions: dict[Hashable, int] = {}
            for i, row in enumerate(self._rows):
                key = self._key(row)
                if key in positions:
                    raise ValueError(f"Two rows share the key {key!r}; keys must be unique.")
                positions[key] = i
            self._positions = positions
            return
        for i in range(start, len(self._rows)):
            key = self._key(self._rows[i])
            earlier = self._positions.get(key)
            if earlier is not None and earlier < start:
                raise ValueError(f"Two rows share the key {key!r}; keys must be unique.")
            self._positions[key] = i

    def update_row(self, row: R) -> bool:
        """Replace the row with the same key in place; False if no such row."""
        pos = self._positions.get(self._key(row))
        if pos is None:
            return False
        self._rows[pos] = row
        self._search_cache.pop(pos, None)
        self._forget_ticks(self._key(row))
        self._emit_rows_changed(pos, pos)
        return True

    def _forget_ticks(self, key: Hashable | None = None) -> None:
        """Drop the person's pending ticks: every one, or those of the row ``key``."""
        if key is None:
            self._ticks.clear()
        elif self._ticks:
            for k in [k for k in self._ticks if k[0] == key]:
                del self._ticks[k]

    def is_checked(self, row: int, column: int) -> bool | None:
        """The box as shown (a pending tick first); None if the column has no box."""
        col = self._columns[column]
        if col.checked is None:
            return None
        obj = self._rows[row]
        tick = self._ticks.get((self._key(obj), column)) if self._ticks else None
        return col.checked(obj) if tick is None else tick

    def _emit_rows_changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0),
                              self.index(last, len(self._columns) - 1), [])

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return self._flags[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title()
        if role == Qt.ItemDataRole.ToolTipRole and col.header_tooltip:
            return QCoreApplication.translate(col.context, col.header_tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask every cell for many roles (size hints, icons, check states …) that have
        # no answer here: those return before anything else is looked at.
        if role not in self._roles or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._columns)):
            return None
        row, col = self._rows[r], self._columns[c]
        if role == _DISPLAY:
            return col.display(row)
        if role == _ALIGNMENT:
            return col.align
        if role == _TOOLTIP:
            return col.tooltip(row) if col.tooltip is not None else None
        if role == _FOREGROUND:
            return col.foreground(row) if col.foreground is not None else None
        if role == _BACKGROUND:
            return col.background(row) if col.background is not None else None
        if role == _FONT:
            if col.bold is not None and col.bold(row):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _ACCESSIBLE:
            # Screen readers get "Due: 3 March (overdue)" rather than a bare colour.
            if col.accessible is not None:
                return col.accessible(row)
            return f"{col.title()}: {col.display(row)}"
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return self._key(row)
        if role == SORT_ROLE:
            return col.sort_value(row)
        if role == VALUE_ROLE:
            return col.value(row)
        if role == _CHECK:
            checked = self.is_checked(r, c)
            if checked is None:
                return None
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return self.search_texts(r)[c]  # SEARCH_ROLE

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Only a ``checked`` column's box can be set (by the view's click or Space)."""
        if role != _CHECK or not index.isValid():
            return False
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._columns)) \
                or self._columns[c].checked is None:
            return False
        checked = _check_state(value) == Qt.CheckState.Checked
        if checked == self.is_checked(r, c):
            return True
        key = self._key(self._rows[r])
        self._ticks[(key, c)] = checked
        cell = self.index(r, c)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])
        # Last: a slot may save and set the rows again at once.
        self.sig_check_changed.emit(key, self._columns[c].key, checked)
        return True


def _check_state(value: Any) -> Qt.CheckState:
    # Views pass the state as a plain int; Python callers pass the enum.
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked


_CELL_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
               | Qt.ItemFlag.ItemNeverHasChildren)  # combined once: views ask for every cell
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
# Every role a cell answers (and the check state, in a table with boxes); any other is
# None without looking at the row.
_CELL_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOREGROUND, _BACKGROUND, _FONT,
                         _ACCESSIBLE, int(ROW_ROLE), int(KEY_ROLE), int(SORT_ROLE),
                         int(VALUE_ROLE), int(SEARCH_ROLE)})


class DataclassTableModel(_ColumnTableModel[R]):
    """A table over an in-memory list of rows with unique keys.

    ``key`` is an attribute name (``"id"``) or a function of the row.
    """

    def __init__(self, columns: Sequence[Column[R]], *, key: str | Callable[[R], Hashable] = "id",
                 rows: Iterable[R] = (), parent: QObject | None = None) -> None:
        super().__init__(columns, key, parent)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        if rows:
            self.set_rows(rows)

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (one model reset, keeps the current sort order)."""
        new_rows = list(rows)
        if self._sort_column >= 0:
            new_rows = sorted_rows(new_rows, self._columns[self._sort_column],
                                   self._sort_order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        try:
            self._rows = new_rows
            self._search_cache.clear()
            self._forget_ticks()
            self._reindex()
        except ValueError:
            self._rows, self._positions = [], {}
            raise
        finally:
            self.endResetModel()

    def upsert_row(self, row: R) -> None:
        """Update the row with this key, or append it (unsorted) if it is new."""
        if self.update_row(row):
            return
        pos = len(self._rows)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.append(row)
        self._positions[self._key(row)] = pos
        self.endInsertRows()

    def remove_row(self, key: Hashable) -> bool:
        pos = self._positions.get(key)
        if pos is None:
            return False
        self.beginRemoveRows(QModelIndex(), pos, pos)
        del self._rows[pos]
        self._search_cache.clear()
        self._forget_ticks(key)
        del self._positions[key]
        self._reindex(pos)
        self.endRemoveRows()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's sort key; ``column < 0`` keeps the current order."""
        if not 0 <= column < len(self._columns):
            self._sort_column = -1
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (selection, the proxy's mapping) follow their rows by key.
        old = self.persistentIndexList()
        followed = [(self._key(self._rows[i.row()]), i.column()) for i in old]
        self._rows = sorted_rows(self._rows, self._columns[column],
                                 order == Qt.SortOrder.DescendingOrder)
        self._search_cache.clear()
        self._reindex()
        self.changePersistentIndexList(
            old, [self.index(self._positions[k], c) for k, c in followed])
        self.layoutChanged.emit()


@dataclass(frozen=True)
class TextLine:
    """One line of a :class:`TextListModel`; ``number`` tells repeated lines apart."""

    number: int
    text: str


# A line reads (and is read by a screen reader) as itself; a list view shows no header.
TEXT_LINE_COLUMN: Column[TextLine] = Column("text", "", lambda line: line.text,
                                            accessible=lambda line: line.text,
                                            sort_key=lambda line: line.number)


class TextListModel(DataclassTableModel[TextLine]):
    """Plain lines of text (warnings, names) in the order given, for a ``QListView``."""

    def __init__(self, lines: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__([TEXT_LINE_COLUMN], key="number", parent=parent)
        self.set_lines(lines)

    def set_lines(self, lines: Iterable[str]) -> None:
        self.set_rows(TextLine(n, text) for n, text in enumerate(lines))

    def lines(self) -> list[str]:
        return [line.text for line in self._rows]


@dataclass(frozen=True)
class PageRequest:
    """What :class:`LazyTableModel` asks its fetch callable for.

    ``sort_key`` is the :attr:`Column.key` to order by (``None``: the callable's own
    default order), so the store can sort with an index instead of the GUI.
    """

    offset: int
    limit: int
    sort_key: str | None = None
    descending: bool = False


class LazyTableModel(_ColumnTableModel[R]):
    """A table that loads ``page_size`` rows at a time as the view scrolls.

    ``fetch(PageRequest) -> Sequence[row]``; a page shorter than asked ends the data.
    With a ``runner`` the fetch runs on its db lane and rows arrive by signal;
    without one it runs inline (only for fast, in-memory sources).
    """

    sig_page_loaded = Signal(int)     # rows added
    sig_fetch_failed = Signal(object)  # CollabDeskError
    sig_loading_changed = Signal(bool)

    def __init__(self, columns: Sequence[Column[R]],
                 fetch: Callable[[PageRequest], Sequence[R]], *,
                 key: str | Callable[[R], Hashable] = "id", page_size: int = 500,
                 runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(columns, key, parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1.")
        self._fetch = fetch
        self._page_size = page_size
        self._runner = runner
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._sort_key: str | None = None
        self._descending = False

    @property
    def page_size(self) -> int:
        return self._page_size

    def is_exhausted(self) -> bool:
        return self._exhausted

    def is_loading(self) -> bool:
        return self._loading

    def reset(self, fetch: Callable[[PageRequest], Sequence[R]] | None = None) -> None:
        """Drop loaded rows (for a new query pass a new ``fetch``); loading restarts."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._generation += 1  # pages still in flight for the old query are ignored
        self._rows, self._positions = [], {}
        self._search_cache.clear()
        self._forget_ticks()
        self._exhausted = False
        self._set_loading(False)
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        request = PageRequest(len(self._rows), self._page_size, self._sort_key,
                              self._descending)
        generation = self._generation
        fetch = self._fetch
        self._set_loading(True)
        if self._runner is None:
            try:
                page = fetch(request)
            except Exception:
                self._set_loading(False)
                raise
            self._append_page(generation, page)
            return
        (Op(self, lambda ctx: list(fetch(request)), label="load table page")
         .success(lambda page: self._append_page(generation, page))
         .failure(lambda error: self._page_failed(generation, error))
         .cancelled(lambda: self._page_failed(generation, None))
         .run(self._runner))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reload from the start in the column's order (the fetch callable sorts)."""
        if not 0 <= column < len(self._columns):
            return
        self._sort_key = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reset()

    def _append_page(self, generation: int, page: Sequence[R]) -> None:
        if generation != self._generation:
            return
        rows = list(page)
        if len(rows) < self._page_size:
            self._exhausted = True
        # Offset paging over live data can repeat a row that moved between pages.
        seen = set(self._positions)
        fresh = []
        for row in rows:
            key = self._key(row)
            if key not in seen:
                seen.add(key)
                fresh.append(row)
        rows = fresh
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._reindex(first)
            # Still "loading" here, so a view reacting to rowsInserted cannot start a
            # nested fetch in the middle of this one.
            self.endInsertRows()
        self._set_loading(False)
        self.sig_page_loaded.emit(len(rows))

    def _page_failed(self, generation: int, error: Any) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        if error is not None:
            self.sig_fetch_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.sig_loading_changed.emit(loading)


class SearchFilterProxy(QSortFilterProxyModel):
    """Filters rows whose chosen columns contain every word of the query.

    Matching ignores case and accents ("jose" finds "José"); words may match in
    different columns. Sorting is delegated to the source model when it can sort
    itself by real keys (our models); otherwise the sort role is compared here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._query = ""
        self._columns: tuple[int, ...] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        terms = tuple(fold_text(text).split())
        self._query = text
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_columns(self, columns: Iterable[int] | None) -> None:
        """Source columns to search; ``None`` means every searchable column."""
        self.beginFilterChange()
        self._columns = None if columns is None else tuple(columns)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def row_object(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._terms:
            return True
        source = self.sourceModel()
        if isinstance(source, _ColumnTableModel):
            texts = source.search_texts(source_row)
            if self._columns is not None:
                texts = tuple(texts[c] for c in self._columns if 0 <= c < len(texts))
        else:
            cols = self._columns if self._columns is not None else \
                range(source.columnCount(source_parent))
            texts = tuple(fold_text(str(source.index(source_row, c, source_parent).data() or ""))
                          for c in cols)
        # A separator no query word can contain: words never match across columns.
        haystack = "\x1f".join(texts)
        return all(term in haystack for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, _ColumnTableModel):
            # Our models sort by Python keys much faster than per-pair lessThan calls,
            # and the lazy model must re-query anyway. Keep the proxy in source order.
            if self.sortColumn() != -1:
                super().sort(-1)
            source.sort(column, order)
            return
        super().sort(column, order)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if a is None or b is None:
            return a is not None and b is None  # missing values last
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
