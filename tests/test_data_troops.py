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


def test_ndaa_floors_by_fiscal_year():
    """22,000 in FY2019, 28,500 in FY2020-FY2021 and FY2026; no floor in FY2022-FY2025 (sense of Congress only)."""
    floors = _troops().query("kind == 'floor_in_law'")
    by_year = {y: int(row.troops) for row in floors.itertuples() for y in range(row.from_year, row.to_year + 1)}
    assert by_year == {2019: 22000, 2020: 28500, 2021: 28500, 2026: 28500}


def test_as_of_falls_inside_the_rows_period():
    troops = _troops().dropna(subset=["as_of"])
    assert len(troops) > 0
    years = troops.as_of.dt.year
    assert bool(((years >= troops.from_year) & (years <= troops.to_year)).all())


def test_2004_levels_disagree_by_little():
    """The 2004 level is given as 37,000, 37,500 and 38,500: kept side by side, all within 5 % of 37,500."""
    levels = set(_troops().query("kind == 'stated_level' and from_year <= 2004 <= to_year").troops)
    assert {37000, 37500, 38500} <= levels
    assert all(abs(v - 37500) / 37500 < 0.05 for v in levels)
