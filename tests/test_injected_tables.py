"""Tables injected with other dtypes than the loader's give the verdicts the loaded tables give (review64).

The judging rules read each table as plain rows (checkspeed63/64); a cell with no value may then be NaN, None,
pandas' NA or NaT depending on how a caller built the table, and each must read as missing, never raise.
"""

from __future__ import annotations

import dataclasses

import pytest

from analysis.check import check_text
from analysis.rules import default_tables


def _verdicts(text: str, published: str, **tables) -> list[tuple[str, str]]:
    t = dataclasses.replace(default_tables(), **tables)
    return [(c.exact, c.verdict) for c in check_text("T\n\n" + text, published, tables=t).claims]


@pytest.mark.parametrize("text, published, table", [
    ("In 2020 Seoul offered a 13 percent increase.", "2020-05-01", "offers"),
    ("Seoul paid 1.0389 trillion won in 2018.", "2019-12-01", "sma"),
    ("Washington demanded $5 billion a year in 2019.", "2019-12-01", "demands"),
])
def test_nullable_dtypes_read_as_the_loaded_tables(text, published, table):
    loaded = _verdicts(text, published)
    assert loaded and _verdicts(text, published, **{table: getattr(default_tables(), table).convert_dtypes()}) == loaded


def test_an_offers_column_of_none_is_missing_not_an_error():
    offers = default_tables().offers.copy()
    offers["percent"] = None
    assert _verdicts("In 2020 Seoul offered a 13 percent increase.", "2020-05-01", offers=offers) == [
        ("13 percent increase", "unverifiable")]
