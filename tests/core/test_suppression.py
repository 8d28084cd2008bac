"""Small-count suppression: hand-checked tables, linked tables, and an independent attacker.

The attacker in this file does not use the module's code: for every withheld figure it looks
for a second table, consistent with everything published, in which that figure differs (an
alternating cycle of withheld figures), and checks that table by plain arithmetic. If no such
table exists the figure can be pinned, and the test fails.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabdesk.errors import ValidationError
from collabdesk.reports import suppression_attacker as attacker
from collabdesk.reports.suppression import (
    COMPLEMENTARY,
    PRIMARY,
    CountTable,
    PublishedTable,
    audit,
    suppress,
    suppress_linked,
    suppress_rate,
    suppress_statistic,
)

# --------------------------------------------------------------------------- helpers


def grid(rows: list[list[int]], *, name: str = "t", row_totals: bool = True,
         col_totals: bool = True) -> CountTable:
    return CountTable(
        name=name,
        row_labels=tuple(f"r{i}" for i in range(len(rows))),
        col_labels=tuple(f"c{j}" for j in range(len(rows[0]))),
        cells=tuple(tuple(row) for row in rows),
        row_totals=row_totals, col_totals=col_totals,
    )


Grid = list[list[int]]


def extended(table: CountTable) -> Grid:
    """Cells plus a totals column and a totals row; grand total bottom right."""
    rows = [[*row, sum(row)] for row in table.cells]
    cols = [sum(row[j] for row in rows) for j in range(len(rows[0]))]
    return [*rows, cols]


def attacker_view(pub: PublishedTable) -> tuple[list[list[int | None]], list[list[int]]]:
    """(known values, lower bound) on the extended grid; None = unknown to the attacker.

    Withheld figures are at least 1 (zeros are always shown); totals the table does not show
    are at least 0.
    """
    r, c = len(pub.row_labels), len(pub.col_labels)
    known: list[list[int | None]] = [[None] * (c + 1) for _ in range(r + 1)]
    lower = [[0] * (c + 1) for _ in range(r + 1)]
    for i in range(r):
        for j in range(c):
            known[i][j] = pub.cells[i][j]
            lower[i][j] = 1
    if pub.row_totals is not None:
        for i in range(r):
            known[i][c] = pub.row_totals[i]
            lower[i][c] = 1
    if pub.col_totals is not None:
        for j in range(c):
            known[r][j] = pub.col_totals[j]
            lower[r][j] = 1
    if pub.has_grand_total:
        known[r][c] = pub.grand_total
        lower[r][c] = 1
    return known, lower


def consistent(x: Grid) -> bool:
    r, c = len(x) - 1, len(x[0]) - 1
    rows_ok = all(sum(x[i][:c]) == x[i][c] for i in range(r + 1))
    cols_ok = all(sum(x[i][j] for i in range(r)) == x[r][j] for j in range(c + 1))
    return rows_ok and cols_ok


def alternative(x: Grid, known: list[list[int | None]], lower: list[list[int]],
                target: tuple[int, int]) -> Grid | None:
    """A table matching every published figure whose value at ``target`` differs, or None.

    Works on the grid with the totals' signs flipped, where every row and column sums to
    zero: a change is then an alternating +1/-1 cycle over unknown positions.
    """
    r, c = len(x) - 1, len(x[0]) - 1

    def sign(i: int, j: int) -> int:
        return -1 if (i == r) != (j == c) else 1

    def can(i: int, j: int, e: int) -> bool:
        if known[i][j] is not None or (i, j) == target:
            return False
        return sign(i, j) * e >= 0 or x[i][j] > lower[i][j]

    ti, tj = target
    for e in (1, -1):
        if sign(ti, tj) * e < 0 and x[ti][tj] == lower[ti][tj]:
            continue
        # Row node ("r", i) -> column node ("c", j) puts +1 at (i, j); column -> row puts -1.
        start, goal = (("c", tj), ("r", ti)) if e == 1 else (("r", ti), ("c", tj))
        parent: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int], int]] = {}
        queue, seen = deque([start]), {start}
        while queue and goal not in seen:
            kind, n = queue.popleft()
            steps = ([(("c", j), (n, j), 1) for j in range(c + 1)] if kind == "r"
                     else [(("r", i), (i, n), -1) for i in range(r + 1)])
            for node, (i, j), step in steps:
                if node not in seen and can(i, j, step):
                    seen.add(node)
                    parent[node] = ((kind, n), (i, j), step)
                    queue.append(node)
        if goal not in seen:
            continue
        alt = [row[:] for row in x]
        alt[ti][tj] += sign(ti, tj) * e
        node = goal
        while node != start:
            node, (i, j), step = parent[node]
            alt[i][j] += sign(i, j) * step
        assert consistent(alt)
        for i in range(r + 1):
            for j in range(c + 1):
                if known[i][j] is not None:
                    assert alt[i][j] == known[i][j]
                else:
                    assert alt[i][j] >= lower[i][j]
        assert alt[ti][tj] != x[ti][tj]
        return alt
    return None


def protected_positions(table: CountTable, pub: PublishedTable) -> list[tuple[int, int]]:
    """Withheld figures, plus totals not shown that hold a small count."""
    x = extended(table)
    known, _ = attacker_view(pub)
    t = pub.threshold
    return [(i, j) for i, row in enumerate(known) for j, value in enumerate(row)
            if value is None and (pub_shows(pub, i, j) or 0 < x[i][j] < t)]


def pub_shows(pub: PublishedTable, i: int, j: int) -> bool:
    r, c = len(pub.row_labels), len(pub.col_labels)
    if i < r and j < c:
        return True
    if i < r:
        return pub.row_totals is not None
    if j < c:
        return pub.col_totals is not None
    return pub.has_grand_total


def assert_safe(table: CountTable, pub: PublishedTable) -> None:
    x = extended(table)
    known, lower = attacker_view(pub)
    t = pub.threshold
    for i, row in enumerate(known):
        for j, value in enumerate(row):
            if value is not None:
                assert value == x[i][j]
                assert not 0 < value < t, f"small count {value} published at {(i, j)}"
    for position in protected_positions(table, pub):
        assert alternative(x, known, lower, position) is not None, (
            f"withheld figure at {position} (value {x[position[0]][position[1]]}) can be pinned"
        )


# --------------------------------------------------------------------------- hand-checked


def test_one_small_cell_in_a_list_forces_a_second_cell():
    table = CountTable.from_counts(
        "needs by domain", [("housing", 3), ("food", 12), ("health", 20), ("legal", 0)])
    pub = suppress(table)
    assert pub.cells == ((None,), (None,), (20,), (0,))
    assert pub.flags == ((PRIMARY,), (COMPLEMENTARY,), ("",), ("",))
    assert pub.col_totals == (35,) and pub.grand_total == 35
    assert pub.row_totals is None
    assert [pub.render(v[0]) for v in pub.cells] == ["<5", "<5", "20", "0"]
    assert audit(pub) == []
    assert_safe(table, pub)


def test_two_dimensional_table_withholds_the_cheapest_rectangle():
    table = grid([[2, 8, 9], [7, 6, 12], [10, 15, 20]])
    pub = suppress(table)
    # 2 is primary; the cheapest cycle through it is 8, 6, 7 (cost 21, against 33 or more).
    assert pub.cells == ((None, None, 9), (None, None, 12), (10, 15, 20))
    assert pub.flags[0][0] == PRIMARY
    assert {pub.flags[0][1], pub.flags[1][0], pub.flags[1][1]} == {COMPLEMENTARY}
    assert pub.row_totals == (19, 25, 45) and pub.col_totals == (19, 29, 41)
    assert pub.grand_total == 89
    assert audit(pub) == []
    assert_safe(table, pub)


def test_only_other_nonzero_cell_in_the_row_is_large():
    table = grid([[3, 0, 100], [20, 30, 40]])
    pub = suppress(table)
    # By hand: x + y = 103, x + z = 23, y + w = 140, z + w = 60 leaves x anywhere in 1..22.
    assert pub.cells == ((None, 0, None), (None, 30, None))
    assert pub.row_totals == (103, 90) and pub.col_totals == (23, 30, 140)
    assert pub.flags[0][1] == ""  # the zero beside the small count is never withheld
    assert audit(pub) == []
    assert_safe(table, pub)


def test_all_small_table():
    table = grid([[1, 2], [1, 1]])
    pub = suppress(table)
    assert pub.cells == ((None, None), (None, None))
    assert pub.row_totals == (None, None) and pub.col_totals == (None, None)
    assert pub.row_total_flags == (PRIMARY, PRIMARY)
    assert pub.grand_total == 5  # not small, and gives nothing away on its own
    assert audit(pub) == []
    assert_safe(table, pub)


def test_totals_below_threshold_are_withheld():
    table = grid([[1, 2, 0], [10, 20, 30]])
    pub = suppress(table)
    assert pub.row_totals is not None and pub.row_totals[0] is None
    assert pub.row_total_flags is not None and pub.row_total_flags[0] == PRIMARY
    assert pub.cells[0][2] == 0
    assert audit(pub) == []
    assert_safe(table, pub)


def test_grand_total_below_threshold():
    table = grid([[1, 1], [1, 0]])
    pub = suppress(table)
    assert pub.grand_total is None and pub.grand_total_flag == PRIMARY
    assert pub.cells == ((None, None), (None, 0))
    assert pub.as_rows()[-1] == ["Total", "<5", "<5", "<5"]
    assert audit(pub) == []
    assert_safe(table, pub)


def test_zeros_are_published_and_never_complementary():
    assert suppress(grid([[0, 0], [0, 7]])).cells == ((0, 0), (0, 7))
    # 3's row and column totals are 3 too; the grand total would give them back (11 - 8).
    table = grid([[3, 0], [0, 8]])
    pub = suppress(table)
    assert pub.cells[0][1] == 0 and pub.cells[1][0] == 0
    assert pub.row_totals is not None and pub.row_totals[0] is None
    assert audit(pub) == []
    assert_safe(table, pub)


def test_threshold_is_configurable():
    table = CountTable.from_counts("services", [("a", 7), ("b", 30), ("c", 12), ("d", 40)])
    assert suppress(table).cells == ((7,), (30,), (12,), (40,))
    pub = suppress(table, threshold=10)
    assert pub.cells == ((None,), (30,), (None,), (40,))
    assert pub.render(None) == "<10"
    assert "fewer than 10" in pub.legend
    assert_safe(table, pub)


def test_one_column_table_with_row_totals_mirrors_its_cells():
    table = CountTable("by worker", ("ana", "ben", "cy"), ("clients",), ((2,), (9,), (30,)))
    pub = suppress(table)
    assert pub.row_totals == (None, None, 30)
    assert pub.cells == ((None,), (None,), (30,))
    assert_safe(table, pub)


def test_audit_finds_what_primary_suppression_alone_leaks():
    leaky = PublishedTable(
        name="x", row_labels=("a", "b"), col_labels=("c1", "c2", "c3"), threshold=5,
        cells=((None, 0, 100), (20, 30, 40)),
        flags=((PRIMARY, "", ""), ("", "", "")),
        row_totals=(103, 90), row_total_flags=("", ""),
        col_totals=(23, 30, 140), col_total_flags=("", "", ""),
        grand_total=193, grand_total_flag="",
    )
    found = audit(leaky)
    assert [(d.kind, d.row, d.column, d.value, d.reason) for d in found] == [
        ("cell", "a", "c1", 3, "derivable")]
    assert "worked out exactly as 3" in str(found[0])
    shown = replace(leaky, cells=((3, 0, 100), (20, 30, 40)))
    assert [(d.value, d.reason) for d in audit(shown)] == [(3, "shown")]


def test_audit_rejects_figures_that_do_not_add_up():
    pub = suppress(grid([[3, 10], [20, 30]]))
    broken = replace(pub, grand_total=(pub.grand_total or 0) + 1)
    with pytest.raises(ValidationError, match="do not add up"):
        audit(broken)


def test_suppression_is_deterministic():
    rows = [[1, 9, 4, 30], [6, 2, 0, 11], [3, 3, 50, 8]]
    first = suppress(grid(rows))
    again = suppress(grid([row[:] for row in rows]))
    assert first == again


# --------------------------------------------------------------------------- linked tables

AGES = ("0-17", "18-64", "65+")
GENDERS = ("female", "male")


def age_by_gender(*, row_totals: bool = True) -> CountTable:
    return CountTable("clients by age and gender", AGES, GENDERS,
                      ((3, 10), (20, 25), (30, 40)), row_totals=row_totals)


def by_age() -> CountTable:
    return CountTable.from_counts("clients by age", list(zip(AGES, (13, 45, 70), strict=True)))


def by_gender() -> CountTable:
    return CountTable.from_counts("clients by gender",
                                  list(zip(GENDERS, (53, 75), strict=True)))


def test_tables_suppressed_separately_leak_through_shared_totals():
    # The 2-D table hides its row totals, so alone it only needs a second cell in the
    # column; the age list then gives the row total back: 3 = 13 - 10.
    alone = suppress(age_by_gender(row_totals=False))
    assert alone.cells[0] == (None, 10)
    ages = suppress(by_age())
    found = audit(alone, linked=[ages])
    assert any(d.table == "clients by age and gender" and d.value == 3 for d in found)


def test_linked_tables_are_protected_together_and_agree():
    tables = [age_by_gender(row_totals=False), by_age(), by_gender()]
    grid_pub, ages_pub, genders_pub = suppress_linked(tables)
    assert audit(grid_pub, linked=[ages_pub, genders_pub]) == []
    # Row totals 13 and 45 stay published: the 2x2 block 3, 10, 20, 25 is a cycle.
    assert grid_pub.cells == ((None, None), (None, None), (30, 40))
    assert ages_pub.cells == ((13,), (45,), (70,))
    # Same answer whichever table is asked for first.
    assert suppress(tables[1], linked=[tables[2], tables[0]]) == ages_pub
    assert suppress(tables[0], linked=tables[1:]) == grid_pub


def test_a_shared_figure_is_withheld_wherever_it_is_shown():
    cross = CountTable("clients by age and gender", AGES, GENDERS, ((1, 2), (20, 25), (30, 40)))
    ages = CountTable.from_counts("clients by age", list(zip(AGES, (3, 45, 70), strict=True)))
    cross_pub, ages_pub = suppress_linked([cross, ages])
    assert cross_pub.row_totals is not None
    assert tuple(v for (v,) in ages_pub.cells) == cross_pub.row_totals
    assert cross_pub.row_totals[0] is None
    assert audit(ages_pub, linked=[cross_pub]) == []


def test_two_cross_tables_sharing_a_margin():
    # Two 2-D tables share the age margin: not a network, so the exact simplex is used.
    by_language = CountTable("clients by age and language", AGES, ("en", "es", "other"),
                             ((6, 4, 3), (30, 10, 5), (50, 12, 8)))
    pub_gender, pub_language = suppress_linked([age_by_gender(), by_language])
    assert audit(pub_gender, linked=[pub_language]) == []
    assert pub_gender.row_totals == pub_language.row_totals
    assert pub_language.cells[0][1] is None and pub_language.cells[0][2] is None


def test_a_small_total_that_is_not_shown_is_still_protected():
    # Neither table shows row totals, but row a1 totals 3 in both; the two tables together
    # must not let anyone work that 3 out.
    rows = ("a0", "a1")
    by_gender = CountTable("by gender", rows, ("f", "m"), ((0, 6), (1, 2)), row_totals=False)
    by_language = CountTable("by language", rows, ("en", "es", "other"),
                             ((1, 2, 3), (2, 0, 1)), row_totals=False)
    gender_pub, language_pub = suppress_linked([by_gender, by_language])
    assert audit(gender_pub, linked=[language_pub]) == []
    assert gender_pub.row_totals is None and language_pub.row_totals is None


def test_linked_tables_must_agree():
    wrong = CountTable.from_counts("clients by age", list(zip(AGES, (13, 45, 71), strict=True)))
    with pytest.raises(ValidationError, match="disagree"):
        suppress(age_by_gender(), linked=[wrong])


# --------------------------------------------------------------------------- rates, statistics


def test_rates():
    assert suppress_rate(20, 40) == 0.5
    assert suppress_rate(0, 40) == 0.0
    assert suppress_rate(3, 4) is None  # denominator below threshold
    assert suppress_rate(3, 40) is None  # rate x denominator gives 3 back
    assert suppress_rate(38, 40) is None  # ... or the 2 not accepted
    assert suppress_rate(None, 40) is None and suppress_rate(20, None) is None
    assert suppress_rate(7, 40, threshold=10) is None
    with pytest.raises(ValidationError):
        suppress_rate(5, 4)


def test_statistics():
    assert suppress_statistic(12.5, 5) == 12.5
    assert suppress_statistic(12.5, 4) is None
    assert suppress_statistic(12.5, 9, threshold=10) is None
    assert suppress_statistic(None, 50) is None


def test_bad_input_is_rejected():
    with pytest.raises(ValidationError, match="at least 3"):
        suppress(grid([[1, 2]]), threshold=2)
    with pytest.raises(ValidationError, match="whole numbers"):
        grid([[1, -2]])
    with pytest.raises(ValidationError, match="expected 2"):
        CountTable("t", ("a", "b"), ("x", "y"), ((1, 2), (3,)))
    with pytest.raises(ValidationError, match="same label"):
        CountTable("t", ("a", "a"), ("x",), ((1,), (3,)))


# --------------------------------------------------------------------------- properties

counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(1, 12), st.integers(0, 60))


@st.composite
def count_tables(draw: st.DrawFn, max_side: int = 8) -> tuple[CountTable, int]:
    r = draw(st.integers(1, max_side))
    c = draw(st.integers(1, max_side))
    rows = draw(st.lists(st.lists(counts, min_size=c, max_size=c), min_size=r, max_size=r))
    table = grid(rows, row_totals=draw(st.booleans()), col_totals=draw(st.booleans()))
    return table, draw(st.integers(3, 11))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count_tables())
def test_random_tables_cannot_be_attacked(case: tuple[CountTable, int]):
    table, threshold = case
    pub = suppress(table, threshold=threshold)
    assert_safe(table, pub)
    for i, row in enumerate(table.cells):
        for j, value in enumerate(row):
            assert (pub.flags[i][j] == PRIMARY) == (0 < value < threshold)
            assert pub.flags[i][j] != COMPLEMENTARY or value >= threshold
    copy = grid([list(row) for row in table.cells], row_totals=table.row_totals,
                col_totals=table.col_totals)
    assert suppress(copy, threshold=threshold) == pub


def primary_only(table: CountTable, threshold: int) -> PublishedTable:
    """The table with its small counts withheld and nothing else."""

    def hide(value: int) -> int | None:
        return None if 0 < value < threshold else value

    def flag(value: int) -> str:
        return PRIMARY if 0 < value < threshold else ""

    rows, cols = table.row_sums(), table.col_sums()
    shows_grand = table.row_totals or table.col_totals
    return PublishedTable(
        name=table.name, row_labels=table.row_labels, col_labels=table.col_labels,
        threshold=threshold,
        cells=tuple(tuple(hide(v) for v in row) for row in table.cells),
        flags=tuple(tuple(flag(v) for v in row) for row in table.cells),
        row_totals=tuple(hide(v) for v in rows) if table.row_totals else None,
        row_total_flags=tuple(flag(v) for v in rows) if table.row_totals else None,
        col_totals=tuple(hide(v) for v in cols) if table.col_totals else None,
        col_total_flags=tuple(flag(v) for v in cols) if table.col_totals else None,
        grand_total=hide(table.grand_total()) if shows_grand else None,
        grand_total_flag=flag(table.grand_total()) if shows_grand else "",
    )


@settings(max_examples=40, deadline=None)
@given(count_tables(max_side=5))
def test_audit_agrees_with_the_independent_attacker(case: tuple[CountTable, int]):
    table, threshold = case
    pub = suppress(table, threshold=threshold)
    assert audit(pub) == []
    # Withhold only the small counts: the audit must flag exactly what the attacker pins.
    naive = primary_only(table, threshold)
    r, c = len(table.row_labels), len(table.col_labels)

    def canon(i: int, j: int) -> tuple[int, int]:
        # A one-column table's row totals are its cells (and a one-row table's column totals).
        if c == 1 and j == c:
            j = 0
        if r == 1 and i == r:
            i = 0
        return i, j

    x = extended(table)
    known, lower = attacker_view(naive)
    pinned = {canon(i, j) for i, j in protected_positions(table, naive)
              if alternative(x, known, lower, (i, j)) is None}
    found = set()
    for d in audit(naive):
        i = table.row_labels.index(d.row) if d.row is not None else r
        j = table.col_labels.index(d.column) if d.column is not None else c
        found.add(canon(i, j))
    assert found == pinned


@settings(max_examples=40, deadline=None)
@given(count_tables(max_side=4), st.data())
def test_simplex_and_graph_search_agree(case: tuple[CountTable, int], data: st.DataObject):
    table, _ = case
    system = attacker._System([attacker._spec_from_count(table)])
    unknown = {v for v in range(len(system.value))
               if not system.shown[v] or data.draw(st.booleans())}
    unknown = {v for v in unknown if (system.value[v] or 0) > 0 or not system.shown[v]}
    lower = {v: 1 if system.shown[v] else 0 for v in unknown}
    attack = attacker._Attack(system, unknown, system.value, lower)
    point = {v: Fraction(system.value[v] or 0) for v in range(len(system.value))}
    assert attack._network() is not None
    assert attack.pinned(point, unknown) == attack._pinned_lp(point, unknown)
