"""Loaders: good data loads typed; each kind of bad file gives one line naming file, row and column."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import data, paths
from analysis.errors import DataError


def test_sma_has_one_row_per_year_1991_to_2026():
    sma = data.load_sma()
    assert sma.year.tolist() == list(range(1991, 2027))
    assert {"year", "krw_billion", "usd_million", "agreement", "source_ids"} <= set(sma.columns)
    assert pd.api.types.is_integer_dtype(sma.year)
    assert pd.api.types.is_float_dtype(sma.krw_billion)


def test_exchange_rates_cover_2015_to_2025():
    rates = data.load_exchange_rates()
    assert set(range(2015, 2026)) <= set(rates.year)
    assert pd.api.types.is_float_dtype(rates.krw_per_usd)


def test_every_table_loads_and_every_source_id_resolves():
    known = set(data.load_sources().source_id)
    for name in ("sma_contributions", "sma_conflicts", "exchange_rates", "demands", "events", "articles"):
        table = data.load_table(name)
        used = {i for cell in table.source_ids for i in data.split_ids(cell)}
        assert used <= known, name
        assert len(table) > 0, name


def test_events_actors_are_gazetteer_entities():
    ids = set(data.load_entities().entity_id)
    for cell in data.load_events().actors:
        assert set(data.split_ids(cell)) <= ids


def test_dates_are_parsed():
    events = data.load_events()
    assert pd.api.types.is_datetime64_any_dtype(events.start)
    assert pd.api.types.is_datetime64_any_dtype(data.load_demands().date)


def test_seed_article_is_unedited():
    articles = data.load_articles()
    assert (paths.DATA / articles.path.iloc[0]).read_bytes() == paths.SEED_ARTICLE.read_bytes()


def test_loaders_return_copies():
    first = data.load_sma()
    first.loc[0, "krw_billion"] = -1
    assert data.load_sma().loc[0, "krw_billion"] != -1


# --- bad files ---------------------------------------------------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    path = paths.DATA / data.resource(name)["path"]
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(tmp_path: Path, rows: list[dict[str, str]], name: str = "bad.csv") -> Path:
    out = tmp_path / name
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def _error(name: str, path: Path) -> str:
    with pytest.raises(DataError) as info:
        data.read_table(name, path)
    message = str(info.value)
    assert "\n" not in message
    assert "datapackage.json" in message  # says what to do
    return message


def test_missing_column(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "krw_billion"} for r in _rows("sma_contributions")]
    message = _error("sma_contributions", _write(tmp_path, rows))
    assert "bad.csv" in message and "missing column krw_billion" in message


# (table, row index, column, bad value, what the one-line error must say)
BAD_CELLS = [
    ("sma_contributions", 4, "krw_billion", "about 240", ["line 6", "column krw_billion", "'about 240'"]),
    ("sma_contributions", 5, "year", "=prev", ["column year", "duplicate"]),
    ("exchange_rates", 2, "source_ids", "no-such-source", ["line 4", "column source_ids", "no-such-source"]),
    ("demands", 0, "amount", "-5", ["line 2", "column amount", "greater_than_or_equal_to"]),
    ("events", 1, "start", "", ["line 3", "column start", "missing"]),
    ("demands", 1, "currency", "EUR", ["column currency"]),
]


@pytest.mark.parametrize(("name", "row", "column", "value", "said"), BAD_CELLS,
                         ids=["wrong-type", "duplicate-year", "unknown-source", "negative", "missing", "enum"])
def test_a_bad_cell_is_named_by_file_line_and_column(tmp_path, name, row, column, value, said):
    rows = _rows(name)
    rows[row][column] = rows[row - 1][column] if value == "=prev" else value
    message = _error(name, _write(tmp_path, rows))
    assert all(part in message for part in said), message


def test_not_utf8(tmp_path):
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("source_id,publisher\nx,Caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in _error("sources", bad)


def test_empty_file(tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    assert "cannot read" in _error("sources", bad)


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="file not found"):
        data.read_table("sources", tmp_path / "nope.csv")


def test_tampered_article_is_refused(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / paths.SEED_ARTICLE.relative_to(paths.DATA)).write_bytes(paths.SEED_ARTICLE.read_bytes() + b" ")
    monkeypatch.setattr(paths, "DATA", tmp_path)
    with pytest.raises(DataError, match="sha256"):
        data.load_articles()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.floats(max_value=-1e-9, allow_nan=False), st.text(min_size=1).filter(
    lambda s: _not_a_number(s))))
def test_rate_column_rejects_every_malformed_value(tmp_path, value):
    rows = _rows("exchange_rates")
    rows[0]["krw_per_usd"] = str(value)
    out = tmp_path / "rates.csv"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    with pytest.raises(DataError, match=r"krw_per_usd|cannot read"):
        data.read_table("exchange_rates", out)


def _not_a_number(text: str) -> bool:
    try:
        number = float(text)
    except ValueError:
        return "\x00" not in text
    return not (100.0 <= number <= 5000.0)
