"""Small-count suppression for the monthly summary.

Counts from 1 to ``threshold - 1`` are never published (*primary* suppression). Other cells
are then withheld as well (*complementary* suppression) until nobody can work a withheld count
out from what is published: the cells, the row, column and grand totals, and the other tables
published with it that share the same totals (``linked``).

Decisions:

* Zeros are published. A zero is never picked as a complementary cell: it protects nothing,
  and because zeros are always shown, every withheld count is known to be at least 1.
* Every withheld figure is shown with the same mark (``render`` gives ``"<5"``); the legend says
  it means "fewer than 5, or withheld so that such a count cannot be worked out". Primary and
  complementary cells therefore look alike, and the attacker model below gives a withheld
  figure no upper bound. (Marking them differently would tell a reader that a complementary
  cell is at least 5 and makes some all-small rows impossible to protect.)
* Attacker model used by :func:`audit` and by :func:`suppress`: published figures are exact;
  a withheld figure is an integer >= 1; a total the table does not show is an integer >= 0;
  every row, column and grand total adds up, inside each table and across linked tables.
  A **disclosure** is a withheld figure whose value is the same in every solution of that
  system (the attacker can pin it), a total the table does not show that can be pinned to a
  value from 1 to ``threshold - 1``, or a published figure from 1 to ``threshold - 1``.
* Complementary cells are chosen greedily: cells before totals, then the smallest non-zero
  figure, then table order; a candidate that removes the disclosure on its own wins.
  A final pass puts back (publishes again) complementary cells, largest first, that turned
  out not to be needed. Everything is deterministic.
* Linked tables are solved together. Two tables are linked through their grand total (they
  must count the same people) and through any margin with the same set of labels (the cells
  of a one-column table by age band are the row totals of an age band × gender table).
  Linked figures that disagree raise :class:`ValidationError`.
* The attacker's bounds are computed exactly. When the tables form a network (one table with
  its margins, plus one-dimensional tables of those margins) a withheld figure can move iff
  it lies on an alternating cycle of withheld figures, which is a graph search. Otherwise
  (two 2-D tables sharing a margin) an exact rational simplex is used; that is the linear
  relaxation, as in the usual statistical-disclosure tools. The linear system, the attacker
  and the simplex are in :mod:`collabdesk.reports.suppression_attacker`, with
  :class:`Disclosure`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from collabdesk.errors import ValidationError
from collabdesk.messages import msg
from collabdesk.reports.suppression_attacker import (
    _CELL,
    _COL,
    _GRAND,
    _ROW,
    Disclosure,
    _Attack,
    _Number,
    _spec_from_count,
    _spec_from_published,
    _System,
)

PRIMARY = "primary"
COMPLEMENTARY = "complementary"
DEFAULT_THRESHOLD = 5

_T = TypeVar("_T")


def _check_threshold(threshold: int) -> None:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 3:
        raise ValidationError(
            "suppression.threshold-too-low", threshold=threshold)


# --------------------------------------------------------------------------- public model


@dataclass(frozen=True)
class CountTable:
    """A table of counts; a one-dimensional list is a table with one column.

    Totals are computed here, never passed in. ``row_totals``/``col_totals`` say whether
    the published table shows them; the grand total is shown when either is.
    """

    name: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    row_totals: bool = True
    col_totals: bool = True

    def __post_init__(self) -> None:
        # Accept lists from callers but store tuples so tables are hashable and comparable.
        object.__setattr__(self, "row_labels", tuple(self.row_labels))
        object.__setattr__(self, "col_labels", tuple(self.col_labels))
        object.__setattr__(self, "cells", tuple(tuple(row) for row in self.cells))
        where = msg("suppression.table", name=self.name)
        if not self.row_labels or not self.col_labels:
            raise ValidationError("suppression.table-empty", where=where)
        for kind, labels in (("row", self.row_labels), ("column", self.col_labels)):
            if len(set(labels)) != len(labels):
                raise ValidationError("suppression.label-duplicated", where=where, kind=kind)
        if len(self.cells) != len(self.row_labels):
            raise ValidationError(
                "suppression.row-count-mismatch",
                where=where, labels=len(self.row_labels), rows=len(self.cells))
        for label, row in zip(self.row_labels, self.cells, strict=True):
            if len(row) != len(self.col_labels):
                raise ValidationError(
                    "suppression.row-width-mismatch",
                    where=where, label=label, counts=len(row), expected=len(self.col_labels))
            for value in row:
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValidationError(
                        "suppression.count-invalid", where=where, label=label, value=value)

    @classmethod
    def from_counts(
        cls, name: str, counts: Sequence[tuple[str, int]], *, column: str = "count",
        total: bool = True,
    ) -> CountTable:
        """A one-dimensional list (label, count) as a one-column table with a total."""
        return cls(
            name=name,
            row_labels=tuple(label for label, _ in counts),
            col_labels=(column,),
            cells=tuple((count,) for _, count in counts),
            row_totals=False,  # a one-column table's row totals are its cells
            col_totals=total,
        )

    def row_sums(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.cells)

    def col_sums(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.cells, strict=True))

    def grand_total(self) -> int:
        return sum(self.row_sums())


@dataclass(frozen=True)
class PublishedTable:
    """What leaves the agency: ``None`` is a withheld figure.

    ``row_totals``/``col_totals`` are ``None`` when the table does not show them;
    ``has_grand_total`` says whether the grand total is shown. ``flags`` give
    ``"primary"``, ``"complementary"`` or ``""`` for each cell (they stay with the
    supervisor's preview; the published mark does not distinguish them).
    """

    name: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    threshold: int
    cells: tuple[tuple[int | None, ...], ...]
    flags: tuple[tuple[str, ...], ...]
    row_totals: tuple[int | None, ...] | None
    row_total_flags: tuple[str, ...] | None
    col_totals: tuple[int | None, ...] | None
    col_total_flags: tuple[str, ...] | None
    grand_total: int | None
    grand_total_flag: str

    @property
    def has_grand_total(self) -> bool:
        return self.row_totals is not None or self.col_totals is not None

    @property
    def legend(self) -> str:
        t = self.threshold
        return (
            f"<{t}: fewer than {t}, or withheld so that a count below {t} "
            "cannot be worked out from the other figures."
        )

    def render(self, cell: int | None) -> str:
        """The text for one published figure: the number, or ``"<5"`` when withheld."""
        return f"<{self.threshold}" if cell is None else str(cell)

    def suppressed_count(self) -> int:
        """How many cells (not totals) are withheld."""
        return sum(value is None for row in self.cells for value in row)

    def as_rows(self, *, total_label: str = "Total") -> list[list[str]]:
        """The table as rendered text, header first, totals included where shown."""
        header = ["", *self.col_labels]
        if self.row_totals is not None:
            header.append(total_label)
        rows = [header]
        for i, label in enumerate(self.row_labels):
            line = [label, *(self.render(value) for value in self.cells[i])]
            if self.row_totals is not None:
                line.append(self.render(self.row_totals[i]))
            rows.append(line)
        if self.col_totals is not None:
            line = [total_label, *(self.render(value) for value in self.col_totals)]
            if self.row_totals is not None:
                line.append(self.render(self.grand_total))
            rows.append(line)
        elif self.row_totals is not None:
            rows.append([total_label, *([""] * len(self.col_labels)),
                         self.render(self.grand_total)])
        return rows


# --------------------------------------------------------------------------- suppression


def _protect(system: _System, threshold: int) -> tuple[set[int], set[int]]:
    """Choose (primary, complementary) variables so that the audit finds nothing."""
    values = system.value
    count = len(values)
    hidden = {v for v in range(count) if not system.shown[v]}
    primary = {v for v in range(count)
               if system.shown[v] and 0 < (values[v] or 0) < threshold}
    sensitive_hidden = {v for v in hidden if 0 < (values[v] or 0) < threshold}
    point: dict[int, _Number] = {v: values[v] or 0 for v in range(count)}

    def pinned(suppressed: set[int], targets: set[int]) -> set[int]:
        lower = {v: 1 if v in suppressed else 0 for v in suppressed | hidden}
        attack = _Attack(system, suppressed | hidden, values, lower)
        return attack.pinned(point, targets)

    def cost(v: int) -> tuple[int, int, int]:
        # Cells before totals (a withheld total costs every reader), then smallest, then order.
        return (system.rank[v], values[v] or 0, v)

    def open_candidates(constraints: Iterable[int], suppressed: set[int]) -> list[int]:
        found = {w for k in constraints for w in system.constraints[k]
                 if system.shown[w] and w not in suppressed and (values[w] or 0) > 0}
        return sorted(found, key=cost)

    suppressed = set(primary)
    complementary: set[int] = set()
    while True:
        exposed = pinned(suppressed, suppressed | sensitive_hidden)
        if not exposed:
            break
        v = min(exposed)
        near = open_candidates(system.constraints_of[v], suppressed)
        wide = [w for w in open_candidates(_component(system, v, suppressed), suppressed)
                if w not in near]
        choice = next((w for w in (*near, *wide) if v not in pinned(suppressed | {w}, {v})),
                      None)
        if choice is None:
            # No single figure protects v: withhold the cheapest nearby and look again.
            fallback = near or wide or open_candidates(range(len(system.constraints)),
                                                       suppressed)
            if not fallback:  # cannot happen: with every non-zero figure withheld, none is pinned
                raise RuntimeError("small-count suppression found no figure left to withhold")
            choice = fallback[0]
        suppressed.add(choice)
        complementary.add(choice)

    # Publish again any complementary figure the final pattern does not need, largest first.
    for v in sorted(complementary, key=cost, reverse=True):
        trial = suppressed - {v}
        if not pinned(trial, trial | sensitive_hidden):
            suppressed = trial
            complementary.discard(v)
    return primary, complementary


def _component(system: _System, v: int, suppressed: set[int]) -> list[int]:
    """The sums reachable from ``v`` through figures the attacker does not know."""
    seen, queue, constraints = {v}, deque([v]), []
    while queue:
        u = queue.popleft()
        for k in system.constraints_of[u]:
            constraints.append(k)
            for w in system.constraints[k]:
                if w not in seen and (w in suppressed or not system.shown[w]):
                    seen.add(w)
                    queue.append(w)
    return constraints


def _ordered(tables: Sequence[CountTable]) -> list[CountTable]:
    # One canonical order, so suppress(a, linked=[b]) and suppress(b, linked=[a]) agree.
    return sorted(tables, key=lambda t: (t.name, t.row_labels, t.col_labels, t.cells,
                                         t.row_totals, t.col_totals))


def _publish(system: _System, t: int, primary: set[int], complementary: set[int],
             threshold: int) -> PublishedTable:
    spec = system.specs[t]

    def figure(key: tuple[int, str, int, int]) -> tuple[int | None, str]:
        v = system.var_of[system.pos_id[key]]
        if v in primary:
            return None, PRIMARY
        if v in complementary:
            return None, COMPLEMENTARY
        return system.value[v], ""

    rows, cols = range(len(spec.row_labels)), range(len(spec.col_labels))
    cells = [[figure((t, _CELL, i, j)) for j in cols] for i in rows]
    row_tot = [figure((t, _ROW, i, -1)) for i in rows]
    col_tot = [figure((t, _COL, -1, j)) for j in cols]
    grand = figure((t, _GRAND, -1, -1))
    shows_grand = spec.has_row or spec.has_col
    return PublishedTable(
        name=spec.name, row_labels=spec.row_labels, col_labels=spec.col_labels,
        threshold=threshold,
        cells=tuple(tuple(value for value, _ in row) for row in cells),
        flags=tuple(tuple(flag for _, flag in row) for row in cells),
        row_totals=tuple(value for value, _ in row_tot) if spec.has_row else None,
        row_total_flags=tuple(flag for _, flag in row_tot) if spec.has_row else None,
        col_totals=tuple(value for value, _ in col_tot) if spec.has_col else None,
        col_total_flags=tuple(flag for _, flag in col_tot) if spec.has_col else None,
        grand_total=grand[0] if shows_grand else None,
        grand_total_flag=grand[1] if shows_grand else "",
    )


def suppress_linked(tables: Sequence[CountTable], *,
                    threshold: int = DEFAULT_THRESHOLD) -> tuple[PublishedTable, ...]:
    """Suppress tables that are published together, in one pass; results in input order."""
    _check_threshold(threshold)
    if not tables:
        return ()
    ordered = _ordered(tables)
    system = _System([_spec_from_count(t) for t in ordered])
    primary, complementary = _protect(system, threshold)
    published = [_publish(system, t, primary, complementary, threshold)
                 for t in range(len(ordered))]
    result = []
    for table in tables:
        t = next((k for k, other in enumerate(ordered) if other is table), None)
        if t is None:
            t = ordered.index(table)
        result.append(published[t])
    return tuple(result)


def suppress(table: CountTable, *, threshold: int = DEFAULT_THRESHOLD,
             linked: Sequence[CountTable] = ()) -> PublishedTable:
    """Publish ``table`` with small counts withheld so that none can be worked out.

    ``linked`` are the other tables published alongside that share its totals; they are
    protected together and the same figure is withheld in every table that shows it.
    """
    return suppress_linked([table, *linked], threshold=threshold)[0]


def audit(published: PublishedTable, threshold: int | None = None, *,
          linked: Sequence[PublishedTable] = ()) -> list[Disclosure]:
    """Everything an attacker can learn from ``published`` (and ``linked``) that they should not.

    Empty for anything :func:`suppress` returns. See the module docstring for the model.
    """
    threshold = published.threshold if threshold is None else threshold
    _check_threshold(threshold)
    system = _System([_spec_from_published(p) for p in (published, *linked)])
    values = system.value
    unknown = {v for v in range(len(values)) if values[v] is None}
    lower = {v: 1 if system.shown[v] else 0 for v in unknown}
    attack = _Attack(system, unknown, values, lower)
    point = attack.feasible_point()
    pinned = attack.pinned(point, unknown)
    found = []
    for v, value in enumerate(values):
        if value is not None:
            if system.shown[v] and 0 < value < threshold:
                found.append(system.disclosure(v, value, "shown"))
        elif v in pinned:
            derived = int(point[v])
            if system.shown[v] or 0 < derived < threshold:
                found.append(system.disclosure(v, derived, "derivable"))
    return found


# --------------------------------------------------------------------------- rates, statistics


def suppress_rate(numerator: int | None, denominator: int | None,
                  threshold: int = DEFAULT_THRESHOLD) -> float | None:
    """A proportion, or ``None`` when publishing it could reveal a small count.

    Withheld when either part is withheld, when the denominator is below the threshold, and
    when the numerator or what is left of the denominator (e.g. referrals not accepted) is a
    small count, since rate × denominator would give it back.
    """
    _check_threshold(threshold)
    if numerator is None or denominator is None:
        return None
    if numerator < 0 or denominator < 0 or numerator > denominator:
        raise ValidationError(
            "suppression.rate-out-of-range", numerator=numerator, denominator=denominator)
    if denominator < threshold:
        return None
    if 0 < numerator < threshold or 0 < denominator - numerator < threshold:
        return None
    return numerator / denominator


def suppress_statistic(value: _T | None, n: int | None,
                       threshold: int = DEFAULT_THRESHOLD) -> _T | None:
    """A median or percentile computed over ``n`` items; withheld when ``n`` is below threshold."""
    _check_threshold(threshold)
    if value is None or n is None or n < threshold:
        return None
    return value


__all__ = [
    "COMPLEMENTARY",
    "DEFAULT_THRESHOLD",
    "PRIMARY",
    "CountTable",
    "Disclosure",
    "PublishedTable",
    "audit",
    "suppress",
    "suppress_linked",
    "suppress_rate",
    "suppress_statistic",
]
