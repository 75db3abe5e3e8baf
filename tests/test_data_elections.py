"""South Korea's presidential election days live in data/events.csv (kind ``election``), each with a source row;
dates.py reads them through the one loader, once per process, and refuses a broken table in one line."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from analysis import paths
from analysis.errors import DataError
from analysis.extract import date_rules, dates
from analysis.schema import check_table
from tests.conftest import read_rows, use_data, write_rows

#: The days the constant of dates.py held before they moved to the data (National Election Commission calendar).
ROK_VOTES = ("1987-12-16", "1992-12-18", "1997-12-18", "2002-12-19", "2007-12-19", "2012-12-19", "2017-05-09",
             "2022-03-09", "2025-06-03")


def _elections() -> list[dict[str, str]]:
    return [r for r in check_table("events").dicts() if r["kind"] == "election"]


def test_the_election_rows_are_the_nine_direct_votes_since_1987():
    rows = _elections()
    assert sorted(r["start"] for r in rows) == list(ROK_VOTES)
    assert all(r["end"] == r["start"] and r["actors"] == "south-korea" for r in rows)


def test_every_election_row_has_sources_read_with_an_address():
    sources = {r["source_id"]: r for r in check_table("sources").dicts()}
    for row in _elections():
        ids = row["source_ids"].split(";")
        assert ids and all(i in sources for i in ids), row["event_id"]
        for i in ids:
            assert sources[i]["url"].startswith("http") and sources[i]["note"].startswith("Read:"), i


def test_the_1997_conflict_keeps_both_sources_and_names_the_one_used():
    row = next(r for r in _elections() if r["start"].startswith("1997"))
    assert row["start"] == "1997-12-18"
    assert "19 December 1997" in row["description"] and "CONFLICT" in row["description"]
    assert len(row["source_ids"].split(";")) == 2


def test_dates_reads_the_days_from_the_data():
    assert date_rules._rok_presidential_votes() == tuple(dt.date.fromisoformat(d) for d in ROK_VOTES)


def test_the_days_are_cached_once_per_process(monkeypatch):
    date_rules._rok_presidential_votes.cache_clear()
    calls = []
    real = date_rules.check_table
    monkeypatch.setattr(date_rules, "check_table", lambda name: calls.append(name) or real(name))
    first = date_rules._rok_presidential_votes()
    assert date_rules._rok_presidential_votes() is first
    assert calls == ["events"]
    date_rules._rok_presidential_votes.cache_clear()


@pytest.mark.parametrize(("text", "published", "want"), [
    # a bare "presidential election" told near a South Korean one is not the US vote ...
    ("He spoke after the presidential election.", dt.date(2022, 4, 1), []),
    ("He spoke after the presidential election.", dt.date(2025, 6, 20), []),
    # ... nearer a US one it is (control)
    ("He left after the presidential election.", dt.date(2021, 1, 13), ["2020-11-03"]),
])
def test_a_bare_presidential_election_still_reads_as_before(text, published, want):
    assert [v["start"] for *_, v in dates.find_dates(text, published)] == want


def test_a_broken_election_row_fails_in_the_loaders_one_line(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    rows = read_rows(copy / "events.csv")
    k = next(i for i, r in enumerate(rows) if r["kind"] == "election")
    rows[k]["start"] = "1997-12-32"
    write_rows(copy / "events.csv", rows)
    with use_data(copy), pytest.raises(DataError) as info:
        date_rules._rok_presidential_votes()
    message = str(info.value)
    assert "\n" not in message
    for part in ("events.csv", f"line {k + 2}", "column start", "1997-12-32"):
        assert part in message, message
