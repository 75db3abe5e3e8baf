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


def _break_a_rate(copy):
    path = copy / "exchange_rates.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("1165.8016", "abc", 1), encoding="utf-8")


def _break_sources(copy):
    with (copy / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("broken-row-without-cells\n")


@pytest.mark.parametrize(("table", "breaks", "said"), [
    ("exchange_rates", _break_a_rate, r"exchange_rates\.csv: line \d+ \(year=2019\), column krw_per_usd: 'abc'"),
    ("demands", _break_sources, r"sources\.csv: line \d+"),  # a table its ids point at
])
def test_a_file_broken_after_caching_changes_the_key_and_is_refused(fresh, table, breaks, said):
    copy, _ = fresh
    data.load_table(table)
    key = data.cache_key(table)
    breaks(copy)
    assert data.cache_key(table) != key
    data.load_table.cache_clear()
    with pytest.raises(DataError, match=said):
        data.load_table(table)


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
