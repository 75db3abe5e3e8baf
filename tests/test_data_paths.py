"""The two ways a table is validated give the same one line for the same bad file.

``analysis.schema.check_table`` (the standard library: what ``report`` runs before any kernel, and what
``read_table`` runs first) and the pandera path of ``analysis.data.read_table`` (``fast=False``) must agree,
word for word, on every bad-cell case of the bad-input matrix, of the loader tests, on one value breaking
each constraint of each field of ``data/datapackage.json``, on files with several bad cells, and on
generated cells.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import merged, run_rows, table_rows, write_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bad_inputs import DATA_CASES
from test_data import BAD_CELLS

from analysis import data, schema
from analysis.errors import DataError


def _message(check: Any) -> str | None:
    try:
        check()
    except DataError as exc:
        return str(exc)
    return None


def assert_same_line(name: str, path: Path) -> str:
    """Both paths refuse the file at ``path`` as table ``name`` with the same line; return it."""
    fast = _message(lambda: schema.check_table(name, path))
    slow = _message(lambda: data.read_table(name, path, fast=False))
    assert fast == slow, f"\nfast: {fast}\nslow: {slow}"
    assert fast is not None, "neither path refused the file"
    return fast


def _write(tmp_path: Path, name: str, edits: list[tuple[int, str, str]]) -> Path:
    """A copy of table ``name`` with (row, column, value) edits ("=prev": the previous row's value)."""
    rows = table_rows(name)
    if len(rows) == 1:  # a second row, its unique ids made distinct
        unique = [f["name"] for f in data.resource(name)["schema"]["fields"] if f.get("constraints", {}).get("unique")]
        rows.append({k: f"{v}-copy" if k in unique else v for k, v in rows[0].items()})
    for row, column, value in edits:
        rows[row][column] = rows[row - 1][column] if value == "=prev" else value
    return write_rows(tmp_path / f"{name}.csv", rows)


# --- the bad-input matrix and the loader tests -----------------------------------------------------

MATRIX_CELLS = [name for name, case in DATA_CASES.items()
                if case.file.endswith(".csv") and name not in ("missing-column", "empty-csv", "binary-csv",
                                                               "non-utf8-csv")]


def test_the_matrix_has_bad_cell_cases():
    assert {"wrong-type", "duplicate-key", "unknown-source-id", "negative-amount", "bad-gazetteer-kind"} <= set(
        MATRIX_CELLS)


@pytest.mark.parametrize("case", MATRIX_CELLS)
def test_matrix_bad_cell_same_line(tmp_path, case):
    c = DATA_CASES[case]
    name = next(r["name"] for r in data.datapackage()["resources"] if r["path"] == c.file)
    path = tmp_path / c.file
    path.write_bytes((data.paths.DATA / c.file).read_bytes())
    c.breaker(path)
    line = assert_same_line(name, path)
    assert all(part in line for part in c.names if part != str(path)), line


@pytest.mark.parametrize(("name", "row", "column", "value", "said"), BAD_CELLS,
                         ids=[f"{c[0]}.{c[2]}" for c in BAD_CELLS])
def test_loader_bad_cell_same_line(tmp_path, name, row, column, value, said):
    line = assert_same_line(name, _write(tmp_path, name, [(row, column, value)]))
    assert all(part in line for part in said), line


# --- one value breaking each constraint of each field ----------------------------------------------


def _breaking(name: str, field: dict[str, Any]) -> list[tuple[str, str]]:
    """(constraint, a cell text that breaks it) for one field."""
    cons, kind = field.get("constraints", {}), field["type"]
    out = []
    if kind in ("integer", "number", "date"):
        out += [("type", "about 12"), ("type-float", "12.5" if kind == "integer" else "12,5")]
    if kind == "integer":
        out.append(("type-overflow", str(2**63)))
    if kind == "date":
        out += [("outside-ns", "1600-01-01"), ("impossible", "2019-02-30")]
    for bound, step in (("minimum", -1), ("maximum", 1)):
        if bound in cons:
            out.append((bound, str(int(cons[bound]) + step) if kind == "integer" else repr(cons[bound] + step / 2)))
    if kind == "number" and "maximum" in cons:
        out.append(("infinity", "inf"))
    if kind == "number" and cons.get("required"):
        out.append(("nan-required", "nan"))
    if "pattern" in cons:
        out += [("pattern", "Not An Id!"), ("pattern-newline", "2019\n")]
    if "enum" in cons:
        out.append(("enum", cons["enum"][0].upper() + "x"))
    if cons.get("required"):
        out.append(("required", ""))
    if field["name"] in schema.references(data.resource(name)):
        out.append(("foreign-key", "no-such-id; other-missing"))
    return out


EACH = [pytest.param(res["name"], f["name"], value, id=f"{res['name']}.{f['name']}-{constraint}")
        for res in data.datapackage()["resources"] for f in res["schema"]["fields"]
        for constraint, value in _breaking(res["name"], f)]


def check_each_constraint_same_line(name: str, column: str, value: str) -> None:
    """Both paths refuse a copy of table ``name`` whose ``column`` breaks its constraint (``value`` in row 1) with the
    same line, naming the column (a temporary folder per row)."""
    with tempfile.TemporaryDirectory() as tmp:
        line = assert_same_line(name, _write(Path(tmp), name, [(1, column, value)]))
    assert f"column {column}" in line, line


@pytest.mark.parametrize("rows", merged(EACH))
def test_each_constraint_same_line(rows: list[object]) -> None:
    run_rows(check_each_constraint_same_line, rows)


# --- several problems in one file ------------------------------------------------------------------

SEVERAL = {
    "type-and-range-in-one-column": ("sma_contributions", [(2, "krw_billion", "-3"), (6, "krw_billion", "x")]),
    "range-before-type-rows": ("sma_contributions", [(2, "year", "1900"), (8, "agreement_no", "one")]),
    "two-columns-one-row": ("demands", [(1, "currency", "EUR"), (1, "period", "month")]),
    "pattern-and-duplicate": ("sources", [(3, "source_id", "=prev"), (5, "url", "ftp://x")]),
    "duplicate-later-than-a-range": ("exchange_rates", [(1, "krw_per_usd", "99"), (6, "year", "=prev")]),
    "composite-key": ("sma_conflicts", [(1, "year", "=prev"), (1, "field", "=prev"), (1, "value", "=prev")]),
    "composite-key-as-typed": ("price_index", [(1, "series", "=prev"), (1, "year", "=prev"), (1, "value", "=prev"),
                                               (1, "base", "=prev")]),
    "empty-unique-twice": ("entities", [(2, "entity_id", ""), (3, "entity_id", "")]),
    "ids-in-two-columns": ("events", [(2, "actors", "nobody"), (1, "source_ids", "nowhere")]),
    "a-date-wins": ("events", [(1, "kind", "party"), (4, "end", "yesterday")]),
    "missing-and-wrong-type": ("sma_contributions", [(3, "year", ""), (9, "term_end", "soon")]),
}


@pytest.mark.parametrize("case", list(SEVERAL))
def test_several_problems_same_line(tmp_path, case):
    name, edits = SEVERAL[case]
    assert_same_line(name, _write(tmp_path, name, edits))


# --- generated cells -------------------------------------------------------------------------------

CELLS = [(res["name"], f["name"]) for res in data.datapackage()["resources"] for f in res["schema"]["fields"]]
TEXT = st.one_of(st.text(max_size=12), st.sampled_from(["", " ", "nan", "inf", "-0", "1_000", "1e3", "2019",
                                                         "2019-11-16", "١٢٣", " 7 ", "none", "today"]),
                 st.integers(-10**6, 10**6).map(str), st.floats(allow_nan=False).map(
                     lambda x: repr(x) if math.isfinite(x) else str(x)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cell=st.sampled_from(CELLS), value=TEXT, row=st.integers(0, 1))
def test_any_cell_same_verdict_and_line(tmp_path, cell, value, row):
    """Any text in any cell: both paths accept it, or both refuse it with the same line."""
    name, column = cell
    if "\x00" in value:
        return
    path = _write(tmp_path, name, [(row, column, value)])
    fast = _message(lambda: schema.check_table(name, path))
    slow = _message(lambda: data.read_table(name, path, fast=False))
    assert fast == slow, f"\nfast: {fast}\nslow: {slow}"
