"""The caches checkspeed68 added follow the data (``use_data``): none serves what an earlier data folder gave.

- :meth:`analysis.rules.TableIndex.per_year` (the payments on record, once per tables and publication year);
- :attr:`analysis.extract.entities.Gazetteer.names` (each entity's name, once per gazetteer);
- :func:`analysis.frames.agreed_unsigned` (the default tables' agreement rows, once per loaded data).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from conftest import read_rows, use_data, write_rows

from analysis import paths, rules
from analysis.extract import annotate
from analysis.extract.entities import load_gazetteer
from analysis.frames import agreed_unsigned
from analysis.guards import largest_payment, payments_on_record


def _ctx() -> rules.Context:
    return rules.Context(annotate("T\n\nSeoul paid 1 trillion won in 2019.", "2019-12-01"), rules.default_tables())


def test_payments_on_record_follow_the_data(tmp_path: Path) -> None:
    before = payments_on_record(_ctx(), "KRW")
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    rows = read_rows(copy / "sma_contributions.csv")
    k = next(i for i, r in enumerate(rows) if r["year"] == "2019")
    rows[k]["krw_billion"] = "9876.5"
    write_rows(copy / "sma_contributions.csv", rows)
    with use_data(copy):
        assert largest_payment(_ctx(), "KRW") == 9876.5e9
        assert max(payments_on_record(_ctx(), "USD")) > 5e9  # the dollar list is the new data's too (data/: under 2e9)
    assert payments_on_record(_ctx(), "KRW") == before  # back to data/


def test_gazetteer_names_and_agreements_follow_the_data(tmp_path: Path) -> None:
    assert load_gazetteer().names["donald-trump"] == "Donald Trump"
    assert agreed_unsigned(dt.date(2021, 3, 20))
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    rows = read_rows(copy / "entities.csv")
    k = next(i for i, r in enumerate(rows) if r["entity_id"] == "donald-trump")
    rows[k]["name"] = "Donald John Trump"
    write_rows(copy / "entities.csv", rows)
    events = [r for r in read_rows(copy / "events.csv") if not ("11th SMA" in r["title"] and "signed" in r["title"])]
    write_rows(copy / "events.csv", events)
    with use_data(copy):
        assert load_gazetteer().names["donald-trump"] == "Donald John Trump"
        assert not agreed_unsigned(dt.date(2021, 3, 20))  # no signing on record: no agreed, unsigned deal
    assert load_gazetteer().names["donald-trump"] == "Donald Trump"
    assert agreed_unsigned(dt.date(2021, 3, 20))
