"""The notebooks' kept checks (``check_path(..., cache=True)``): a hit is the same report, and any change to the
article, its date, the package's files or data/ checks afresh."""

from __future__ import annotations

import shutil

import pytest

from analysis import check, paths
from analysis.article import read_article


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """Point the kept checks at an empty folder and data/ at a copy; count the checks actually made."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    monkeypatch.setattr(paths, "DATA", copy)
    monkeypatch.setattr(paths, "DATAPACKAGE", copy / "datapackage.json")
    monkeypatch.setattr(check, "check_cache_dir", lambda: tmp_path / "checks")
    made = []
    real = check.check_annotation

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(check, "check_annotation", counted)
    monkeypatch.delenv(check.CACHE_ENV, raising=False)
    return copy, tmp_path / "checks", made


def test_a_kept_check_is_read_back_and_equals_a_fresh_one(kept):
    _, folder, made = kept
    first = check.check_path(cache=True)
    second = check.check_path(cache=True)
    assert len(made) == 1 and len(list(folder.glob("check-*.pkl"))) == 1
    assert second.to_dict() == first.to_dict() == check.check_path().to_dict()


def test_another_date_or_changed_data_is_checked_afresh(kept):
    copy, folder, made = kept
    check.check_path(cache=True)
    check.check_path(published="2019-11-18", cache=True)
    assert len(made) == 2
    rates = copy / "exchange_rates.csv"
    rates.write_bytes(rates.read_bytes() + b"\n")
    check.check_path(cache=True)
    assert len(made) == 3
    # one file per article and date: the changed data's report replaced the seed's older one
    assert len(list(folder.glob("check-*.pkl"))) == 2


def test_own_tables_or_the_switch_keep_nothing(kept, monkeypatch):
    _, folder, made = kept
    from analysis import rules

    check.check_path(tables=rules.default_tables(), cache=True)
    monkeypatch.setenv(check.CACHE_ENV, "0")
    check.check_path(cache=True)
    check.check_path(cache=True)
    assert len(made) == 3 and not folder.exists()


def test_a_broken_kept_file_is_checked_afresh(kept):
    _, folder, made = kept
    check.check_path(cache=True)
    (path,) = folder.glob("check-*.pkl")
    path.write_bytes(b"not a pickle")
    assert check.cached_check(read_article(paths.SEED_ARTICLE)).claims
    assert len(made) == 2
