"""data/troops.csv: US military personnel in South Korea by year (stated levels, counts, NDAA floors)."""

from __future__ import annotations

import pandas as pd

from analysis import data


def _troops() -> pd.DataFrame:
    return data.load_table("troops")


def test_troops_loads_typed_with_sourced_rows():
    troops = _troops()
    assert len(troops) > 0
    assert pd.api.types.is_integer_dtype(troops.troops)
    assert set(troops.kind) <= {"stated_level", "personnel_count", "floor_in_law"}
    assert bool((troops.to_year >= troops.from_year).all())
    known = set(data.load_sources().source_id)
    assert {i for cell in troops.source_ids for i in data.split_ids(cell)} <= known


def test_every_year_2008_to_2026_has_a_stated_level_row():
    stated = _troops().query("kind == 'stated_level'")
    covered = {y for row in stated.itertuples() for y in range(row.from_year, row.to_year + 1)}
    assert set(range(2008, 2027)) - covered == set()


def test_every_year_2008_to_2026_has_the_stated_level_28500():
    """The 2008 decision kept 28,500 and every year since has a source stating it."""
    stated = _troops().query("kind == 'stated_level' and troops == 28500")
    covered = {y for row in stated.itertuples() for y in range(row.from_year, row.to_year + 1)}
    assert set(range(2008, 2027)) <= covered
