"""Check a data table's cells against its Table Schema with the standard library: the fast path, no pandas.

:func:`check_table` types every cell as the validated loader (:func:`analysis.data.read_table`, pandera)
coerces it (Python's ``int`` and ``float``, ``YYYY-MM-DD`` dates), then checks what ``data/datapackage.json``
declares: required, minimum and maximum, pattern (the whole value), enum, unique fields and composite
primary keys, foreign keys (every id of a ``list`` cell too). A bad cell raises
:class:`analysis.errors.DataError` with the one line the validated loader gives for the same file (the
loader builds its line from pandera's failure cases with :func:`describe`; ``tests/test_data_paths.py``
compares the two on every bad-cell case). ``report`` runs it on every table before pandas is imported, so a
bad cell fails in well under a second.

>>> check_table("sma_contributions").header[0]
'year'
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "rates.csv"
>>> _ = p.write_text("year,krw_per_usd,source_ids,note\\n2019,about 1166,fred-aexkous,\\n", encoding="utf-8")
>>> check_table("exchange_rates", p, where="rates.csv")
Traceback (most recent call last):
analysis.errors.DataError: rates.csv: line 2 (year=2019), column krw_per_usd: 'about 1166' is not a valid number; ...
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.csvfile import CsvTable, read_csv
from analysis.errors import DataError

__all__ = ["FIX", "Problem", "Reference", "check_all", "check_cells", "check_columns", "check_table", "data_file",
           "describe", "display", "known_ids", "name_cell", "references", "split_ids"]

#: Says what to do about a bad row of a table.
FIX = "fix the file so it matches the '{}' schema in data/datapackage.json"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INT64 = (-(2**63), 2**63 - 1)
#: The dates a ``datetime64[ns]`` column holds (what the loader's frames use).
_NS_DATES = (dt.date(1677, 9, 22), dt.date(2262, 4, 11))


@dataclass(frozen=True)
class Reference:
    """A column's ids point at ``resource.field``; ``is_list`` when the cell holds several, ``;``-separated."""

    resource: str
    field: str
    is_list: bool

    def ids(self, cell: Any) -> list[str]:
        """Return the ids a cell names.

        >>> Reference("sources", "source_id", True).ids("a; b"), Reference("sources", "source_id", False).ids("a; b")
        (['a', 'b'], ['a; b'])
        """
        if cell is None or (isinstance(cell, float) and cell != cell):
            return []
        return split_ids(cell) if self.is_list else [str(cell)]


def references(res: dict[str, Any]) -> dict[str, Reference]:
    """Return, for each column of ``res`` that holds ids of another table, what it refers to.

    ``foreignKeys`` are Table Schema's (one id per cell); ``listForeignKeys`` has the same shape for
    ``list`` fields, whose every item must be an id (frictionless 5 cannot check foreign keys on list
    fields, so the package declares them apart and this module checks them).

    >>> from analysis.data import resource
    >>> references(resource("events"))["actors"]
    Reference(resource='entities', field='entity_id', is_list=True)
    """
    out: dict[str, Reference] = {}
    for key, is_list in (("foreignKeys", False), ("listForeignKeys", True)):
        for fk in res["schema"].get(key, []):
            target = fk["reference"]
            out[fk["fields"][0]] = Reference(target["resource"], target["fields"][0], is_list)
    return out


def split_ids(cell: str) -> list[str]:
    """Return the ids in a semicolon-separated cell, stripped, empties dropped.

    >>> split_ids("fred-aexkous; mnd-white-paper-2018;")
    ['fred-aexkous', 'mnd-white-paper-2018']
    """
    return [part.strip() for part in str(cell).split(";") if part.strip()]


def display(path: Path) -> str:
    """Return ``path`` relative to the repository when it is inside it.

    >>> display(paths.DATA / "sources.csv"), display(Path("/tmp/x.csv"))
    ('data/sources.csv', '/tmp/x.csv')
    """
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(path)


# --- one line about the first bad cell -------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One failed check: the data row (0 = the first after the header; None: the column as a whole), the
    column, whether it is a value of the wrong type (named first), and what is wrong (after "column C: ")."""

    row: int | None
    column: str
    is_type: bool
    text: str


def name_cell(res: dict[str, Any], table: CsvTable, row: int, column: str) -> str:
    """Return "line N (key=value), column C" for a cell (the key is left out when it is the bad column).

    >>> from analysis.data import resource
    >>> name_cell(resource("sources"), CsvTable(("source_id", "title"), (("a", "T"),), (2,)), 0, "title")
    'line 2 (source_id=a), column title'
    """
    key = (res["schema"].get("primaryKey") or [""])[0]
    value = table.rows[row][table.header.index(key)] if key in table.header and key != column else None
    return f"line {table.lines[row]}{f' ({key}={value})' if value is not None else ''}, column {column}"


def describe(res: dict[str, Any], table: CsvTable, problems: Iterable[Problem]) -> str:
    """Return one sentence about the first bad cell (a wrong type first, then the first row) and how many more.

    Each cell counts once, however many of its checks fail; a check that could not run on a whole column
    (after one of its values had the wrong type) does not count.

    >>> from analysis.data import resource
    >>> t = CsvTable(("source_id", "title"), (("a", "T"), ("b", "")), (2, 3))
    >>> describe(resource("sources"), t, [Problem(1, "title", False, "value is missing but required"),
    ...                                   Problem(0, "source_id", False, "'a' fails x"),
    ...                                   Problem(0, "source_id", False, "'a' fails y")])
    "line 2, column source_id: 'a' fails x (and 1 more problem)"
    """
    problems = list(problems)
    cells = sorted((p for p in problems if p.row is not None), key=lambda p: (not p.is_type, p.row))
    if not cells:
        return f"table fails {problems[0].text}"
    first = cells[0]
    more = len({(p.row, p.column) for p in cells}) - 1
    tail = f" (and {more} more problem{'s' * (more > 1)})" if more else ""
    return f"{name_cell(res, table, first.row or 0, first.column)}: {first.text}{tail}"


# --- the checks ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    """One column of a table: its field, its cells as text, and their values typed (None: missing)."""

    field: dict[str, Any]
    texts: tuple[str, ...]
    values: tuple[Any, ...]
    bad_type: tuple[int, ...]
    untyped: bool  # the loader cannot give the column its type (a bad value, or a missing one in int64)

    @property
    def name(self) -> str:
        """Return the column's name."""
        return self.field["name"]


def _typed(kind: str, text: str) -> tuple[Any, bool]:
    """Return a cell's value as the loader coerces it (None: missing) and whether the text fits the type.

    >>> _typed("integer", "1_000"), _typed("integer", "1.0"), _typed("number", "nan"), _typed("date", "2019-11-16")
    ((1000, True), (None, False), (None, True), (datetime.date(2019, 11, 16), True))
    """
    if kind in ("string", "list"):
        return text, True
    if text == "":
        return None, True
    try:
        if kind == "integer":
            value = int(text)
            return (value, True) if _INT64[0] <= value <= _INT64[1] else (None, False)
        if kind == "number":
            number = float(text)
            return (None if math.isnan(number) else number), True
        return dt.date.fromisoformat(text), True  # checked first by check_dates
    except ValueError:
        return None, False


def _column(field: dict[str, Any], texts: tuple[str, ...]) -> _Column:
    """Return a column with its values typed; an empty cell of a required or non-text field is missing."""
    kind, required = field["type"], bool(field.get("constraints", {}).get("required"))
    values, bad = [], []
    for i, text in enumerate(texts):
        value, fits = _typed(kind, text)
        if kind in ("string", "list") and required and text == "":
            value = None
        values.append(value)
        if not fits:
            bad.append(i)
    # A required integer column is int64, which cannot hold a missing value: the loader cannot type it either.
    untyped = bool(bad) or (kind == "integer" and required and None in values)
    return _Column(field, texts, tuple(values), tuple(bad), untyped)


def check_dates(res: dict[str, Any], table: CsvTable, where: str, fix: str) -> None:
    """Raise DataError for the first cell of a ``date`` column that is not a real ``YYYY-MM-DD`` date a table can
    hold (``datetime64[ns]``: 1677-09-22 to 2262-04-11), column by column; both paths check dates this way first
    (pandas would read "today" as the clock's date and fail a whole column on one foreign format).

    >>> from analysis.data import resource
    >>> t = CsvTable(("event_id", "start"), (("a", "2019-11-16"), ("b", "Nov 16, 2019")), (2, 3))
    >>> check_dates({"schema": {"fields": [{"name": "start", "type": "date"}]}}, t, "e.csv", "fix it")
    Traceback (most recent call last):
    analysis.errors.DataError: e.csv: line 3, column start: 'Nov 16, 2019' is not a date as YYYY-MM-DD; fix it
    """
    for field in res["schema"]["fields"]:
        if field["type"] != "date":
            continue
        at = table.header.index(field["name"])
        for row, cells in enumerate(table.rows):
            problem = _date_problem(cells[at])
            if problem:
                raise DataError(f"{name_cell(res, table, row, field['name'])}: {problem}", where=where, fix=fix)


def _date_problem(text: str) -> str | None:
    """Return what is wrong with a date cell, or None (an empty cell is missing, checked as such).

    >>> _date_problem("2019-02-30"), _date_problem("1600-01-01"), _date_problem("")
    ("'2019-02-30' is not a date as YYYY-MM-DD", "'1600-01-01' is outside 1677-09-22 to 2262-04-11, the dates a \
table can hold", None)
    """
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        return f"{text!r} is not a date as YYYY-MM-DD"
    if not _NS_DATES[0] <= day <= _NS_DATES[1]:
        return f"{text!r} is outside {_NS_DATES[0]} to {_NS_DATES[1]}, the dates a table can hold"
    return None


def _duplicates(keys: Sequence[Any]) -> list[int]:
    """Return the positions of keys that occur more than once (every occurrence), missing keys included.

    >>> _duplicates([1, 2, 1, None, None, 3])
    [0, 2, 3, 4]
    """
    counts = Counter(keys)
    return [i for i, k in enumerate(keys) if counts[k] > 1]


def _cell_checks(col: _Column) -> Iterator[tuple[str, Any]]:
    """Yield (name, test) for each check on the column's present values, in the loader's order."""
    cons = col.field.get("constraints", {})
    if "minimum" in cons and not col.untyped:  # on a column it cannot type the loader cannot compare
        yield f"greater_than_or_equal_to({cons['minimum']!r})", lambda v: v >= cons["minimum"]
    if "maximum" in cons and not col.untyped:
        yield f"less_than_or_equal_to({cons['maximum']!r})", lambda v: v <= cons["maximum"]
    blank = not cons.get("required")  # an optional text cell left empty is missing: no pattern or enum applies
    if "pattern" in cons:
        rx = re.compile(cons["pattern"])
        yield f"pattern {cons['pattern']}", lambda v: (blank and v == "") or rx.fullmatch(v) is not None
    if "enum" in cons:
        yield f"isin {cons['enum']}", lambda v: (blank and v == "") or v in cons["enum"]


def _column_problems(col: _Column, known: dict[str, tuple[Reference, frozenset[str]]]) -> Iterator[Problem]:
    """Yield the problems of one column: wrong types, then missing values, duplicates, failed checks."""
    cons = col.field.get("constraints", {})
    kind = col.field["type"]
    for i in col.bad_type:
        yield Problem(i, col.name, True, f"{col.texts[i]!r} is not a valid {kind}")
    bad = set(col.bad_type)
    present = [i for i, v in enumerate(col.values) if v is not None or i in bad]
    if cons.get("required"):
        for i, v in enumerate(col.values):
            if v is None and i not in bad:
                yield Problem(i, col.name, False, "value is missing but required")
    if cons.get("unique"):
        keys = [col.texts[i] if col.untyped else col.values[i] for i in present]
        for j in _duplicates(keys):
            yield Problem(present[j], col.name, False, f"{col.texts[present[j]]!r} is a duplicate key")
    for name, test in _cell_checks(col):
        for i in present:
            if i not in bad and not test(col.values[i]):
                yield Problem(i, col.name, False, f"{col.texts[i]!r} fails {name}")
    if col.name in known:
        ref, ids = known[col.name]
        for i in present:
            unknown = [x for x in ref.ids(col.values[i]) if x not in ids]
            if unknown:
                yield Problem(i, col.name, False, f"{', '.join(unknown)!r} is not an id in {ref.resource}.csv "
                                                  f"({ref.field})")


def _key_problems(res: dict[str, Any], columns: dict[str, _Column]) -> Iterator[Problem]:
    """Yield a problem for every cell of a composite primary key that repeats another row's key."""
    pkey = res["schema"].get("primaryKey", [])
    if len(pkey) < 2:
        return
    keys = list(zip(*(columns[k].texts if columns[k].untyped else columns[k].values for k in pkey), strict=True))
    rows = _duplicates(keys)
    for name in pkey:
        for i in rows:
            yield Problem(i, name, False, f"{columns[name].texts[i]!r} is a duplicate key")


def check_columns(res: dict[str, Any], path: Path, where: str, fix: str) -> CsvTable:
    """Return the file's header and rows as text, or raise DataError if it is not a CSV of the schema's columns.

    >>> from analysis.data import resource
    >>> check_columns(resource("sources"), paths.DATA / "sources.csv", "sources.csv", "fix it").header[0]
    'source_id'
    """
    table = read_csv(path, where=where, fix=fix)
    wanted = [f["name"] for f in res["schema"]["fields"]]
    missing = [c for c in wanted if c not in table.header]
    if missing:
        raise DataError(f"missing column {', '.join(missing)}", where=where, fix=fix)
    extra = [c for c in table.header if c not in wanted]
    if extra:
        raise DataError(f"unexpected column {', '.join(extra)}", where=where, fix=fix)
    return table


def known_ids(res: dict[str, Any]) -> dict[str, tuple[Reference, frozenset[str]]]:
    """Return, for each column of ``res`` holding ids of another table, the reference and the ids it may use.

    The other table is checked first (its own problem is raised, as the validated loader does).

    >>> from analysis.data import resource
    >>> ref, ids = known_ids(resource("events"))["actors"]
    >>> ref.resource, "mark-esper" in ids
    ('entities', True)
    """
    out = {}
    for column, ref in references(res).items():
        if ref.resource == res["name"]:
            continue
        other = check_table(ref.resource)
        at = other.header.index(ref.field)
        out[column] = (ref, frozenset(row[at] for row in other.rows))
    return out


def _problems(res: dict[str, Any], table: CsvTable, known: dict[str, tuple[Reference, frozenset[str]]]
              ) -> list[Problem]:
    """Return every problem of the table's cells, column by column in the schema's order, then the keys."""
    columns = {f["name"]: _column(f, tuple(row[table.header.index(f["name"])] for row in table.rows))
               for f in res["schema"]["fields"]}
    problems = [p for col in columns.values() for p in _column_problems(col, known)]
    return problems + list(_key_problems(res, columns))


def check_table(name: str, path: Path | None = None, *, where: str | None = None) -> CsvTable:
    """Return the table ``name`` read from ``path`` (default: its file in data/, cached) as text, after checking
    every cell against its schema; DataError (one line: file, CSV line, column, what to do) for the first problem.

    >>> len(check_table("sources").rows) > 10
    True
    """
    if path is None:
        return _check_data_table(name)
    from analysis.data import resource

    res = resource(name)
    where = where or display(path)
    fix = FIX.format(name)
    return check_cells(res, check_columns(res, path, where, fix), where, fix)


def check_cells(res: dict[str, Any], table: CsvTable, where: str, fix: str) -> CsvTable:
    """Return ``table`` (the file of resource ``res`` as read) once its dates, then all its cells, pass the schema.

    >>> from analysis.data import resource
    >>> t = CsvTable(("year", "krw_per_usd", "source_ids", "note"), (("2019", "-1", "fred-aexkous", ""),), (2,))
    >>> check_cells(resource("exchange_rates"), t, "rates.csv", "fix it")
    Traceback (most recent call last):
    analysis.errors.DataError: rates.csv: line 2 (year=2019), column krw_per_usd: '-1' fails greater_than...; fix it
    """
    check_dates(res, table, where, fix)
    problems = _problems(res, table, known_ids(res))
    if problems:
        raise DataError(describe(res, table, problems), where=where, fix=fix)
    return table


def data_file(name: str) -> CsvTable:
    """Return the file of table ``name`` in data/ as text with exactly its schema's columns (read once, and again
    only after the file changed); DataError if it is not a readable CSV of those columns.

    >>> data_file("sources").header[:2]
    ('source_id', 'publisher')
    """
    from analysis.data import resource

    path = paths.DATA / resource(name)["path"]
    return _data_file(name, path, _stamp(path))


def _stamp(path: Path) -> tuple[int, ...] | None:
    """Return what says a file changed (its time in ns, size and inode, as the import system uses), None if missing.

    >>> _stamp(Path("/no/such.csv")) is None
    True
    """
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


@lru_cache(maxsize=256)
def _data_file(name: str, path: Path, stamp: tuple[int, ...] | None) -> CsvTable:
    """Return data_file for the file at ``path`` as it is at ``stamp`` (kept: every check of the table reads it)."""
    from analysis.data import resource

    return check_columns(resource(name), path, display(path), FIX.format(name))


def _check_data_table(name: str) -> CsvTable:
    """Return check_table for the table's file in data/, checked again only after a file of data/ changed."""
    from analysis.data import datapackage

    stamps = tuple(_stamp(paths.DATA / res["path"]) for res in datapackage()["resources"])
    return _checked_data_table(name, paths.DATA, stamps)


@lru_cache(maxsize=256)
def _checked_data_table(name: str, folder: Path, stamps: tuple[Any, ...]) -> CsvTable:
    """Return check_table for the table's file in ``folder`` with its files at ``stamps`` (kept: the tables that
    refer to it check it once)."""
    from analysis.data import resource

    path = folder / resource(name)["path"]
    return check_cells(resource(name), data_file(name), display(path), FIX.format(name))


def check_all() -> None:
    """Check every table of the data package, in the package's order; DataError for the first problem.

    >>> check_all()
    """
    from analysis.data import datapackage

    for res in datapackage()["resources"]:
        check_table(res["name"])
