"""The case tables (tests/cases/<test module>.csv, read by ``conftest.case_tables``) keep their rows: the number of
rows of each table of each file, strict xfails included, is the one tests/cases/index.csv records. A row lost in a
merge, or a table emptied by an edit, fails here; a change that adds or removes rows on purpose updates the index
in the same commit (``file,table,rows``).
"""

from __future__ import annotations

import collections
import csv

from conftest import CASES


def table_sizes() -> dict[tuple[str, str], int]:
    """Return the rows of each (file, table) of the case files as they are.

    >>> table_sizes()["test_claims42.csv", "DEAL_BASE"]
    4
    """
    sizes: dict[tuple[str, str], int] = {}
    for path in sorted(CASES.glob("test_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            counted = collections.Counter(row["table"] for row in csv.DictReader(f))
        sizes.update({(path.name, table): n for table, n in counted.items()})
    return sizes


def recorded_sizes() -> dict[tuple[str, str], int]:
    """Return the rows of each (file, table) as tests/cases/index.csv records them.

    >>> recorded_sizes()["test_claims42.csv", "DEAL_BASE"]
    4
    """
    with (CASES / "index.csv").open(encoding="utf-8", newline="") as f:
        return {(row["file"], row["table"]): int(row["rows"]) for row in csv.DictReader(f)}


def test_every_case_table_keeps_the_rows_the_index_records() -> None:
    """Each table of each case file has the rows the index records, and the index names no table that is gone."""
    got, want = table_sizes(), recorded_sizes()
    wrong = {key: (got.get(key), n) for key, n in want.items() if got.get(key) != n}
    wrong.update({key: (n, None) for key, n in got.items() if key not in want})
    assert not wrong, f"(file, table): (rows now, rows recorded) {wrong}"
