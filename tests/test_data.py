"""Loaders: good data loads typed; each kind of bad file gives one line naming file, row and column."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from conftest import table_rows, write_rows
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


#: SHA-256 of the seed article as supplied to the project (shared/seed/article.txt), pinned here.
SUPPLIED_SEED_SHA256 = "410a2489760584b48212a4e44eb83a932dd5c17b5d48033b3c914e3b42ec6756"


def test_seed_article_is_unedited():
    """The seed is byte for byte the copy supplied, and articles.csv records that digest for it."""
    assert hashlib.sha256(paths.SEED_ARTICLE.read_bytes()).hexdigest() == SUPPLIED_SEED_SHA256
    articles = data.load_articles().set_index("path")
    seed = paths.SEED_ARTICLE.relative_to(paths.DATA).as_posix()
    assert articles.loc[seed, "sha256"] == SUPPLIED_SEED_SHA256


def test_loaders_return_copies():
    first = data.load_sma()
    first.loc[0, "krw_billion"] = -1
    assert data.load_sma().loc[0, "krw_billion"] != -1


# --- bad files ---------------------------------------------------------------------------------


def _write(tmp_path: Path, rows: list[dict[str, str]], name: str = "bad.csv") -> Path:
    return write_rows(tmp_path / name, rows)


def _error(name: str, path: Path) -> str:
    with pytest.raises(DataError) as info:
        data.read_table(name, path)
    message = str(info.value)
    assert "\n" not in message
    assert "datapackage.json" in message  # says what to do
    assert path.name in message  # says where
    return message


def test_missing_column(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "krw_billion"} for r in table_rows("sma_contributions")]
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
    ("events", 2, "actors", "donald-trump; no-such-actor",
     ["line 4", "column actors", "'no-such-actor'", "entities.csv"]),
    ("articles", 0, "url", "file:///home/me/story.txt", ["line 2", "column url", "pattern"]),  # optional: "" passes
]


@pytest.mark.parametrize(("name", "row", "column", "value", "said"), BAD_CELLS,
                         ids=["wrong-type", "duplicate-year", "unknown-source", "negative", "missing", "enum",
                              "unknown-list-item", "optional-pattern"])
def test_a_bad_cell_is_named_by_file_line_and_column(tmp_path, name, row, column, value, said):
    rows = table_rows(name)
    rows[row][column] = rows[row - 1][column] if value == "=prev" else value
    message = _error(name, _write(tmp_path, rows))
    assert all(part in message for part in said), message


def _entities_bytes() -> bytes:
    return (paths.DATA / "entities.csv").read_bytes()


def _cut_mid_row(data: bytes) -> bytes:
    """The file cut in the middle of its last row's cells (as a failed download or copy leaves it)."""
    body = data.rstrip(b"\n")
    return body[: body.rindex(b",", 0, body.rindex(b",", 0, body.rindex(b",")))]


#: The line a row appended to entities.csv stands on (the file's lines plus one); the last row's is one less.
_APPENDED = _entities_bytes().count(b"\n") + 1

# (case, bytes of a broken entities.csv (or None: no file), what the one-line error must say)
BROKEN_FILES = [
    ("missing", None, ["file not found", "restore it from git"]),
    ("empty", lambda: b"", ["file is empty"]),
    ("blank", lambda: b"\n\n  \n", ["file is empty"]),
    ("header-only", lambda: _entities_bytes().split(b"\n", 1)[0] + b"\n", ["header but no rows"]),
    ("latin-1", lambda: _entities_bytes() + "caf\xe9,org,Caf\xe9,,,,\n".encode("latin-1"),
     [f"line {_APPENDED}", "byte 0xe9 is not UTF-8", "save the file as UTF-8"]),
    ("unclosed-quote", lambda: _entities_bytes() + b'y,org,"Unclosed,,,,\n',
     [f"line {_APPENDED}", "quoted value starts here and is never closed"]),
    ("truncated", lambda: _cut_mid_row(_entities_bytes()), [f"line {_APPENDED - 1}", "where the header has 9"]),
    ("extra-cell", lambda: _entities_bytes() + b"z,org,Zed,,,,,extra\n", [f"line {_APPENDED}", "8 cells"]),
    ("repeated-column", lambda: _entities_bytes().replace(b",country,", b",name,", 1), ["name appears twice"]),
    ("blank-column", lambda: _entities_bytes().replace(b",country,", b",,", 1), ["column 6 of the header has no name"]),
]


def _broken(tmp_path: Path, make) -> Path:
    path = tmp_path / "entities.csv"
    if make is not None:
        path.write_bytes(make())
    return path


@pytest.mark.parametrize(("case", "make", "said"), BROKEN_FILES, ids=[c[0] for c in BROKEN_FILES])
def test_a_broken_file_is_one_line_naming_file_and_line(tmp_path, case, make, said):
    from analysis.extract.entities import load_gazetteer

    path = _broken(tmp_path, make)
    for load in (lambda: data.read_table("entities", path), lambda: load_gazetteer(path)):  # both readers
        with pytest.raises(DataError) as info:
            load()
        message = str(info.value)
        assert "\n" not in message and "entities.csv" in message, message
        assert all(part in message for part in said), message


def test_a_byte_order_mark_is_accepted(tmp_path):
    bom = tmp_path / "entities.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + _entities_bytes())
    assert data.read_table("entities", bom).equals(data.read_table("entities"))


def test_a_multi_line_cell_keeps_line_numbers_true(tmp_path):
    rows = table_rows("sources")
    rows[0]["note"] = "two\nlines"
    rows[3]["url"] = "not a url"  # file line 6 (the header, a two-line row, two rows), not row index + 2 = 5
    assert "line 6 " in _error("sources", _write(tmp_path, rows))


# (case, text of a broken datapackage.json (None: no file), what the one-line error must say)
BROKEN_PACKAGES = [
    ("missing", None, ["file not found"]),
    ("empty", "", ["file is empty"]),
    ("truncated", lambda: paths.DATAPACKAGE.read_text(encoding="utf-8")[:5000], ["not valid JSON", "line "]),
    ("not-a-package", lambda: "[1, 2]", ["not a data package"]),
    ("no-schema", lambda: '{"resources": [{"name": "sources", "path": "sources.csv"}]}', ["not a data package"]),
    ("no-such-resource", lambda: '{"resources": []}', ["no resource '"]),
]


@pytest.mark.parametrize(("case", "make", "said"), BROKEN_PACKAGES, ids=[c[0] for c in BROKEN_PACKAGES])
def test_a_broken_datapackage_is_one_line(tmp_path, monkeypatch, case, make, said):
    broken = tmp_path / "datapackage.json"
    if make is not None:
        broken.write_text(make() if callable(make) else make, encoding="utf-8")
    monkeypatch.setattr(paths, "DATAPACKAGE", broken)
    data.datapackage.cache_clear()
    try:
        with pytest.raises(DataError) as info:
            data.read_table("sources")
    finally:
        data.datapackage.cache_clear()
    message = str(info.value)
    assert "\n" not in message and "datapackage.json" in message and "restore" in message, message
    assert all(part in message for part in said), message


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
    rows = table_rows("exchange_rates")
    rows[0]["krw_per_usd"] = str(value)
    with pytest.raises(DataError, match=r"krw_per_usd|cannot read"):
        data.read_table("exchange_rates", write_rows(tmp_path / "rates.csv", rows))


def _not_a_number(text: str) -> bool:
    try:
        number = float(text)
    except ValueError:
        return "\x00" not in text
    return not (100.0 <= number <= 5000.0)
