"""The attacker model behind small-count suppression: every figure of a set of linked tables
as one linear system, and what an attacker who knows the published figures can pin down in it
(by a graph search where the tables form a network, else by an exact rational simplex)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from collabdesk.errors import ValidationError

if TYPE_CHECKING:
    from collabdesk.reports.suppression import CountTable, PublishedTable

_Number = int | Fraction


@dataclass(frozen=True)
class Disclosure:
    """A figure an attacker can learn although it should be protected."""

    table: str
    kind: str  # "cell", "row total", "column total" or "grand total"
    row: str | None
    column: str | None
    value: int
    reason: str  # "shown" (a small count was published) or "derivable"

    def __str__(self) -> str:
        where = {
            "cell": f"the cell ({self.row}, {self.column})",
            "row total": f"the total of row {self.row!r}",
            "column total": f"the total of column {self.column!r}",
        }.get(self.kind, "the grand total")
        if self.reason == "shown":
            return f"In '{self.table}', {where} shows a small count ({self.value})."
        return (
            f"In '{self.table}', {where} can be worked out exactly as {self.value} "
            "from the published figures."
        )


# --------------------------------------------------------------------------- linear system

_CELL, _ROW, _COL, _GRAND = "cell", "row total", "column total", "grand total"
_RANK = {_CELL: 0, _ROW: 1, _COL: 1, _GRAND: 2}


@dataclass
class _Spec:
    """One table in the joint system: values (``None`` = unknown) and what it shows."""

    name: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: list[list[int | None]]
    row_values: list[int | None]
    col_values: list[int | None]
    grand: int | None
    has_row: bool
    has_col: bool


def _spec_from_count(table: CountTable) -> _Spec:
    return _Spec(
        table.name, table.row_labels, table.col_labels,
        [list(row) for row in table.cells], list(table.row_sums()), list(table.col_sums()),
        table.grand_total(), table.row_totals, table.col_totals,
    )


def _spec_from_published(table: PublishedTable) -> _Spec:
    rows, cols = len(table.row_labels), len(table.col_labels)
    return _Spec(
        table.name, table.row_labels, table.col_labels,
        [list(row) for row in table.cells],
        list(table.row_totals) if table.row_totals is not None else [None] * rows,
        list(table.col_totals) if table.col_totals is not None else [None] * cols,
        table.grand_total if table.has_grand_total else None,
        table.row_totals is not None, table.col_totals is not None,
    )


class _System:
    """All figures of a set of linked tables as variables, plus the sums tying them together.

    Positions that are the same quantity (a one-column table's cell and its row total, a
    margin shared by two tables, the grand totals) become one variable.
    """

    def __init__(self, specs: Sequence[_Spec]) -> None:
        self.specs = list(specs)
        self.pos: list[tuple[int, str, int, int]] = []
        self.pos_id: dict[tuple[int, str, int, int], int] = {}
        self.pos_value: list[int | None] = []
        self.pos_shown: list[bool] = []
        for t, spec in enumerate(self.specs):
            shows_grand = spec.has_row or spec.has_col
            for i, row in enumerate(spec.cells):
                for j, value in enumerate(row):
                    self._add((t, _CELL, i, j), value, True)
            for i, value in enumerate(spec.row_values):
                self._add((t, _ROW, i, -1), value, spec.has_row)
            for j, value in enumerate(spec.col_values):
                self._add((t, _COL, -1, j), value, spec.has_col)
            self._add((t, _GRAND, -1, -1), spec.grand, shows_grand)
        self.parent = list(range(len(self.pos)))
        self._link()
        self._make_vars()
        self._make_constraints()

    def _add(self, key: tuple[int, str, int, int], value: int | None, shown: bool) -> None:
        self.pos_id[key] = len(self.pos)
        self.pos.append(key)
        self.pos_value.append(value)
        self.pos_shown.append(shown)

    def _find(self, p: int) -> int:
        while self.parent[p] != p:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        return p

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def _link(self) -> None:
        pid = self.pos_id
        margins: dict[frozenset[str], dict[str, int]] = {}
        for t, spec in enumerate(self.specs):
            rows, cols = len(spec.row_labels), len(spec.col_labels)
            if cols == 1:
                for i in range(rows):
                    self._union(pid[(t, _CELL, i, 0)], pid[(t, _ROW, i, -1)])
                self._union(pid[(t, _COL, -1, 0)], pid[(t, _GRAND, -1, -1)])
            if rows == 1:
                for j in range(cols):
                    self._union(pid[(t, _CELL, 0, j)], pid[(t, _COL, -1, j)])
                self._union(pid[(t, _ROW, 0, -1)], pid[(t, _GRAND, -1, -1)])
            self._union(pid[(0, _GRAND, -1, -1)], pid[(t, _GRAND, -1, -1)])
            vectors = (
                {label: pid[(t, _ROW, i, -1)] for i, label in enumerate(spec.row_labels)},
                {label: pid[(t, _COL, -1, j)] for j, label in enumerate(spec.col_labels)},
            )
            for vector in vectors:
                key = frozenset(vector)
                if key in margins:
                    for label, p in vector.items():
                        self._union(margins[key][label], p)
                else:
                    margins[key] = vector

    def _make_vars(self) -> None:
        root_var: dict[int, int] = {}
        self.var_of: list[int] = []
        self.members: list[list[int]] = []
        for p in range(len(self.pos)):
            root = self._find(p)
            if root not in root_var:
                root_var[root] = len(self.members)
                self.members.append([])
            self.var_of.append(root_var[root])
            self.members[root_var[root]].append(p)
        self.value: list[int | None] = []
        self.shown: list[bool] = []
        self.rank: list[int] = []
        for members in self.members:
            known = [p for p in members if self.pos_value[p] is not None]
            values = {self.pos_value[p] for p in known}
            if len(values) > 1:
                a = known[0]
                b = next(p for p in known if self.pos_value[p] != self.pos_value[a])
                raise ValidationError(
                    "suppression.linked-figures-disagree",
                    first=self.describe(a), first_value=self.pos_value[a], second=self.describe(b),
                    second_value=self.pos_value[b])
            self.value.append(self.pos_value[known[0]] if known else None)
            self.shown.append(any(self.pos_shown[p] for p in members))
            self.rank.append(max(_RANK[self.pos[p][1]] for p in members))

    def _make_constraints(self) -> None:
        pid, var = self.pos_id, self.var_of
        seen: set[tuple[tuple[int, int], ...]] = set()
        self.constraints: list[dict[int, int]] = []
        self.constraints_of: list[list[int]] = [[] for _ in self.members]

        def add(parts: list[int], whole: int) -> None:
            coefs: dict[int, int] = {}
            for p in parts:
                coefs[var[p]] = coefs.get(var[p], 0) + 1
            coefs[var[whole]] = coefs.get(var[whole], 0) - 1
            coefs = {v: c for v, c in coefs.items() if c}
            if not coefs:
                return
            if coefs[min(coefs)] < 0:  # one canonical sign so duplicates are recognised
                coefs = {v: -c for v, c in coefs.items()}
            key = tuple(sorted(coefs.items()))
            if key in seen:
                return
            seen.add(key)
            for v in coefs:
                self.constraints_of[v].append(len(self.constraints))
            self.constraints.append(coefs)

        for t, spec in enumerate(self.specs):
            rows, cols = range(len(spec.row_labels)), range(len(spec.col_labels))
            for i in rows:
                add([pid[(t, _CELL, i, j)] for j in cols], pid[(t, _ROW, i, -1)])
            for j in cols:
                add([pid[(t, _CELL, i, j)] for i in rows], pid[(t, _COL, -1, j)])
            add([pid[(t, _ROW, i, -1)] for i in rows], pid[(t, _GRAND, -1, -1)])
            add([pid[(t, _COL, -1, j)] for j in cols], pid[(t, _GRAND, -1, -1)])

    def describe(self, p: int) -> str:
        t, kind, i, j = self.pos[p]
        spec = self.specs[t]
        if kind == _CELL:
            return f"cell ({spec.row_labels[i]}, {spec.col_labels[j]}) of '{spec.name}'"
        if kind == _ROW:
            return f"the total of row {spec.row_labels[i]!r} of '{spec.name}'"
        if kind == _COL:
            return f"the total of column {spec.col_labels[j]!r} of '{spec.name}'"
        return f"the grand total of '{spec.name}'"

    def disclosure(self, v: int, value: int, reason: str) -> Disclosure:
        # Name the figure where a reader sees it: shown positions first, then table order.
        p = min(self.members[v], key=lambda q: (not self.pos_shown[q], q))
        t, kind, i, j = self.pos[p]
        spec = self.specs[t]
        return Disclosure(
            table=spec.name, kind=kind,
            row=spec.row_labels[i] if i >= 0 else None,
            column=spec.col_labels[j] if j >= 0 else None,
            value=value, reason=reason,
        )


# --------------------------------------------------------------------------- the attacker


class _Attack:
    """What an attacker knows: the sums restricted to the unknown figures, with lower bounds."""

    def __init__(self, system: _System, unknown: set[int], known: Sequence[_Number | None],
                 lower: dict[int, int]) -> None:
        self.unknown = sorted(unknown)
        self.lower = lower
        self.rows: list[dict[int, int]] = []
        self.rhs: list[_Number] = []
        self.var_rows: dict[int, list[tuple[int, int]]] = {v: [] for v in self.unknown}
        seen: dict[tuple[tuple[int, int], ...], _Number] = {}
        for coefs in system.constraints:
            part = {v: c for v, c in coefs.items() if v in unknown}
            rhs: _Number = 0
            for v, c in coefs.items():
                if v not in unknown:
                    value = known[v]
                    assert value is not None
                    rhs -= c * value
            if not part:
                if rhs != 0:
                    raise ValidationError(
                        "suppression.totals-disagree"
                    )
                continue
            if part[min(part)] < 0:
                part, rhs = {v: -c for v, c in part.items()}, -rhs
            key = tuple(sorted(part.items()))
            if key in seen:
                if seen[key] != rhs:
                    raise ValidationError(
                        "suppression.totals-disagree"
                    )
                continue
            seen[key] = rhs
            for v, c in part.items():
                self.var_rows[v].append((len(self.rows), c))
            self.rows.append(part)
            self.rhs.append(rhs)

    def _lp_matrix(self) -> tuple[list[list[int]], list[int]]:
        # Shift x = lower + z so that every LP variable is simply z >= 0.
        index = {v: k for k, v in enumerate(self.unknown)}
        a = [[0] * len(self.unknown) for _ in self.rows]
        b = []
        for r, (row, rhs) in enumerate(zip(self.rows, self.rhs, strict=True)):
            shifted = int(rhs)  # sums of published counts: always whole numbers
            for v, c in row.items():
                a[r][index[v]] = c
                shifted -= c * self.lower[v]
            b.append(shifted)
        return a, b

    def feasible_point(self) -> dict[int, _Number]:
        a, b = self._lp_matrix()
        status, z = _simplex(a, b, None, len(self.unknown))
        if status != "optimal" or z is None:
            raise ValidationError(
                "suppression.figures-impossible"
            )
        point: dict[int, _Number] = {}
        for k, v in enumerate(self.unknown):
            value = z[k] + self.lower[v]
            point[v] = int(value) if value.denominator == 1 else value
        return point

    def pinned(self, point: dict[int, _Number], targets: set[int]) -> set[int]:
        """The targets whose value is the same in every solution of the attacker's system."""
        ends = self._network()
        if ends is None:
            return self._pinned_lp(point, targets)
        ground = len(self.rows)
        adj: list[list[tuple[int, int]]] = [[] for _ in range(ground + 1)]
        free = {v for v in self.unknown if point[v] > self.lower[v]}
        for v, (head, tail) in ends.items():
            adj[tail].append((head, v))  # +1 on v: always possible, no upper bounds
            if v in free:
                adj[head].append((tail, v))  # -1 on v: only above its lower bound
        pinned = set()
        for v in sorted(targets):
            if v not in ends:
                continue  # in no sum at all: unbounded
            head, tail = ends[v]
            if _reach(adj, head, tail, v) or (v in free and _reach(adj, tail, head, v)):
                continue
            pinned.add(v)
        return pinned

    def _network(self) -> dict[int, tuple[int, int]] | None:
        """Orient the sums as a flow network, or ``None`` when they are not one.

        Returns each unknown's (head, tail) node: +1 on it is a unit of flow tail → head.
        The extra node ``len(rows)`` is the ground for figures that appear in one sum only.
        """
        sign = [0] * len(self.rows)
        for coefs in self.var_rows.values():
            if len(coefs) > 2 or any(abs(c) != 1 for _, c in coefs):
                return None
        for start in range(len(self.rows)):
            if sign[start]:
                continue
            sign[start] = 1
            queue = deque([start])
            while queue:
                r = queue.popleft()
                for v, c in self.rows[r].items():
                    for q, d in self.var_rows[v]:
                        if q == r:
                            continue
                        want = -sign[r] * c * d
                        if sign[q] == 0:
                            sign[q] = want
                            queue.append(q)
                        elif sign[q] != want:
                            return None
        ground = len(self.rows)
        ends: dict[int, tuple[int, int]] = {}
        for v, coefs in self.var_rows.items():
            if not coefs:
                continue
            p, c = coefs[0]
            other = coefs[1][0] if len(coefs) == 2 else ground
            ends[v] = (p, other) if sign[p] * c > 0 else (other, p)
        return ends

    def _pinned_lp(self, point: dict[int, _Number], targets: set[int]) -> set[int]:
        a, b = self._lp_matrix()
        index = {v: k for k, v in enumerate(self.unknown)}
        here = [Fraction(point[v]) - self.lower[v] for v in self.unknown]
        moves: set[int] = set()
        pinned = set()
        for v in sorted(targets):
            if v in moves:
                continue
            for direction in (1, -1):
                c = [0] * len(self.unknown)
                c[index[v]] = direction
                status, z = _simplex(a, b, c, len(self.unknown))
                if status == "unbounded" or z is None:
                    moves.add(v)
                    break
                # Every vertex we visit also proves other figures can move.
                moves.update(u for u, zu, hu in zip(self.unknown, z, here, strict=True)
                             if zu != hu)
                if v in moves:
                    break
            else:
                pinned.add(v)
        return pinned


def _reach(adj: list[list[tuple[int, int]]], start: int, goal: int, skip: int) -> bool:
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for nxt, v in adj[node]:
            if v != skip and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False


def _simplex(a: list[list[int]], b: list[int], c: list[int] | None,
             n: int) -> tuple[str, list[Fraction] | None]:
    """Maximise ``c·z`` subject to ``a z = b``, ``z >= 0`` in exact arithmetic.

    Two-phase tableau simplex with Bland's rule (no cycling). With ``c`` ``None`` it stops after
    phase one and returns a feasible vertex. Returns (status, z) with status ``"optimal"``,
    ``"unbounded"`` or ``"infeasible"``. Each stored row is a positive integer multiple of the
    true tableau row: signs and ratios are unchanged by that, and integers are much faster
    than fractions.
    """
    m = len(a)
    tab: list[list[int]] = []
    for i in range(m):
        flip = -1 if b[i] < 0 else 1
        row = [x * flip for x in a[i]] + [0] * m + [b[i] * flip]
        row[n + i] = 1
        tab.append(row)
    basis = [n + i for i in range(m)]
    obj = [sum(tab[i][j] for i in range(m)) for j in range(n)] + [0] * m
    obj.append(sum(tab[i][-1] for i in range(m)))
    _run(tab, obj, basis, range(n + m))
    if obj[-1] != 0:
        return "infeasible", None
    # Drive artificial variables out of the basis; a row where that is impossible is redundant.
    keep = []
    for i in range(len(tab)):
        if basis[i] >= n:
            col = next((j for j in range(n) if tab[i][j] != 0), None)
            if col is None:
                continue
            _pivot(tab, obj, i, col)
            basis[i] = col
        keep.append(i)
    tab = [tab[i] for i in keep]
    basis = [basis[i] for i in keep]
    if c is not None:
        # Reduced costs c - c_B B^-1 A, scaled by a common multiple of the rows' scales.
        scale = 1
        for i, bv in enumerate(basis):
            if c[bv]:
                scale = math.lcm(scale, tab[i][bv])
        obj = [c[j] * scale if j < n else 0 for j in range(n + m)] + [0]
        for i, bv in enumerate(basis):
            if c[bv]:
                factor = c[bv] * (scale // tab[i][bv])
                obj = [x - factor * y for x, y in zip(obj, tab[i], strict=True)]
        if not _run(tab, obj, basis, range(n)):
            return "unbounded", None
    z = [Fraction(0)] * n
    for i, bv in enumerate(basis):
        z[bv] = Fraction(tab[i][-1], tab[i][bv])
    return "optimal", z


def _run(tab: list[list[int]], obj: list[int], basis: list[int], columns: range) -> bool:
    """Pivot until optimal (True) or unbounded (False)."""
    while True:
        col = next((j for j in columns if obj[j] > 0), None)
        if col is None:
            return True
        best = -1
        for i, row in enumerate(tab):
            if row[col] > 0:
                if best < 0:
                    best = i
                    continue
                # Compare row[-1]/row[col] with the best ratio without dividing.
                lhs, rhs = row[-1] * tab[best][col], tab[best][-1] * row[col]
                if lhs < rhs or (lhs == rhs and basis[i] < basis[best]):
                    best = i
        if best < 0:
            return False
        _pivot(tab, obj, best, col)
        basis[best] = col


def _pivot(tab: list[list[int]], obj: list[int], row: int, col: int) -> None:
    pivot_row = tab[row]
    if pivot_row[col] < 0:  # keep every stored row a positive multiple of the true row
        pivot_row[:] = [-x for x in pivot_row]
    pv = pivot_row[col]
    nonzero = [k for k, x in enumerate(pivot_row) if x]
    for other in (*tab, obj):
        if other is pivot_row:
            continue
        factor = other[col]
        if factor:
            if pv != 1:
                other[:] = [x * pv for x in other]
            for k in nonzero:
                other[k] -= factor * pivot_row[k]
            divisor = math.gcd(*other)
            if divisor > 1:
                other[:] = [x // divisor for x in other]
