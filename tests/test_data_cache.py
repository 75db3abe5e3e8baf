"""The cache of validated tables: a hit returns the same table, and nothing broken is ever served from it."""

from __future__ import annotations

import shutil

import pytest

from analysis import data, paths
from analysis.errors import DataError


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """Point the cache at an empty folder and data/ at a copy; clear the per-process caches before and after."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    monkeypatch.setattr(data, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(paths, "DATA", copy)
    data.load_table.cache_clear()
    yield copy, tmp_path / "cache"
    data.load_table.cache_clear()


def test_a_cached_table_equals_the_validated_one(fresh):
    _, cache = fresh
    validated = data.read_table("demands")
    first = data.load_table("demands")
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pkl")) == ["demands", "sources"]
    data.load_table.cache_clear()
    again = data.load_table("demands")
    assert again is not first
    assert again.equals(validated) and list(again.dtypes) == list(validated.dtypes)


def test_an_edited_file_is_validated_again_and_refused(fresh):
    copy, _ = fresh
    data.load_table("exchange_rates")
    key = data.cache_key("exchange_rates")
    path = copy / "exchange_rates.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("1165.8016", "abc", 1), encoding="utf-8")
    assert data.cache_key("exchange_rates") != key
    data.load_table.cache_clear()
    with pytest.raises(DataError, match=r"exchange_rates\.csv: line \d+ \(year=2019\), column krw_per_usd: 'abc'"):
        data.load_table("exchange_rates")


def test_a_broken_referenced_table_changes_the_key_of_tables_that_point_at_it(fresh):
    copy, _ = fresh
    data.load_table("demands")
    key = data.cache_key("demands")
    with (copy / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("broken-row-without-cells\n")
    assert data.cache_key("demands") != key
    data.load_table.cache_clear()
    with pytest.raises(DataError, match=r"sources\.csv"):
        data.load_table("demands")


def test_a_damaged_cache_file_is_ignored(fresh):
    _, cache = fresh
    expected = data.load_table("sources")
    (entry,) = cache.glob("sources-*.pkl")
    entry.write_bytes(b"not a pickle")
    data.load_table.cache_clear()
    assert data.load_table("sources").equals(expected)
    assert entry.read_bytes() != b"not a pickle"  # written again after validating


def test_an_unreadable_file_is_not_cached(fresh):
    copy, cache = fresh
    (copy / "price_index.csv").unlink()
    assert data.cache_key("price_index") is None
    with pytest.raises(DataError, match=r"price_index\.csv: file not found"):
        data.load_table("price_index")
    assert not list(cache.glob("price_index-*"))
