"""The caches checkspeed68 added follow the data (``use_data``): none serves what an earlier data folder gave.

- :meth:`analysis.rules.TableIndex.per_year` (the payments on record, once per tables and publication year);
- :attr:`analysis.extract.entities.Gazetteer.names` (each entity's name, once per gazetteer);
- :func:`analysis.frames.agreed_unsigned` (the default tables' agreement rows, once per loaded data).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import read_rows, use_data, write_rows

from analysis import paths, rules
from analysis.extract import annotate
from analysis.extract.entities import load_gazetteer
from analysis.frame_reader import agreed_unsigned
from analysis.guards import largest_payment, payments_on_record

Rows = list[dict[str, str]]


def _ctx() -> rules.Context:
    return rules.Context(annotate("T\n\nSeoul paid 1 trillion won in 2019.", "2019-12-01"), rules.default_tables())


def _changed(tmp_path: Path, **edits: Callable[[Rows], Rows]) -> Path:
    """Return a copy of data/ whose file ``<name>.csv`` holds what each ``edits[name]`` makes of its rows."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    for name, edit in edits.items():
        write_rows(copy / f"{name}.csv", edit(read_rows(copy / f"{name}.csv")))
    return copy


def _set(key: str, value: str, column: str, new: str) -> Callable[[Rows], Rows]:
    return lambda rows: [{**r, column: new} if r[key] == value else r for r in rows]


def test_payments_on_record_follow_the_data(tmp_path: Path) -> None:
    before = payments_on_record(_ctx(), "KRW")
    with use_data(_changed(tmp_path, sma_contributions=_set("year", "2019", "krw_billion", "9876.5"))):
        assert largest_payment(_ctx(), "KRW") == 9876.5e9
        assert max(payments_on_record(_ctx(), "USD")) > 5e9  # the dollar list is the new data's too (data/: under 2e9)
    assert payments_on_record(_ctx(), "KRW") == before  # back to data/


def test_gazetteer_names_and_agreements_follow_the_data(tmp_path: Path) -> None:
    assert load_gazetteer().names["donald-trump"] == "Donald Trump"
    assert agreed_unsigned(dt.date(2021, 3, 20))
    unsigned = _changed(tmp_path, entities=_set("entity_id", "donald-trump", "name", "Donald John Trump"),
                        events=lambda rows: [r for r in rows if r["title"] != "11th SMA signed"])
    with use_data(unsigned):
        assert load_gazetteer().names["donald-trump"] == "Donald John Trump"
        assert not agreed_unsigned(dt.date(2021, 3, 20))  # no signing on record: no agreed, unsigned deal
    assert load_gazetteer().names["donald-trump"] == "Donald Trump"
    assert agreed_unsigned(dt.date(2021, 3, 20))
