"""The words readers see: computed from the tables and thresholds passed in, one module for all of them."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pandas as pd
import pytest

from analysis import charts, data, derive, render, views
from analysis.rules import TOLERANCES


@pytest.fixture(scope="module")
def tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return data.load_sma(), data.load_exchange_rates(), data.load_demands()


def _sma(values: dict[int, float]) -> pd.DataFrame:
    years = sorted(values)
    return pd.DataFrame({"year": years, "agreement": ["x"] * len(years), "krw_billion": [values[y] for y in years],
                         "usd_million": [None] * len(years), "source_ids": ["fred-aexkous"] * len(years),
                         "note": [""] * len(years), "term_start": years, "term_end": years})


def test_derive_no_longer_imports_presentation():
    code = ("import sys, analysis.derive; "
            "print(sorted(m for m in ('analysis.render', 'analysis.views') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_views_imports_neither_pandas_nor_the_data():
    code = "import sys, analysis.views; print(sorted(m for m in ('pandas', 'analysis.data') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_freeze_threshold_comes_from_the_tolerances_passed_in(tables):
    sma = _sma({2018: 1000.0, 2019: 1001.0, 2020: 900.0})  # +0.1 %, then -10.1 %
    _, rates, demands = tables
    rates = pd.concat([rates, pd.DataFrame({"year": [2018], "krw_per_usd": [1100.0], "source_ids": ["x"],
                                            "note": [""]})]).drop_duplicates("year")
    strict = views.headline_numbers(sma, rates, demands, 2019)
    loose = views.headline_numbers(sma, rates, demands, 2019, dataclasses.replace(TOLERANCES, freeze_pct=0.5))
    assert "Cuts: 2020 (-10.1% in won); freezes: none." in strict
    assert "Cuts: 2020 (-10.1% in won); freezes: 2019." in loose
    assert "1 freeze (2019)" in charts.year_on_year(sma, dataclasses.replace(TOLERANCES, freeze_pct=0.5)).title
    assert "freeze" not in charts.year_on_year(sma).title


def test_change_kind_matches_the_year_on_year_chart_colours():
    sma = _sma({2004: 746.9, 2005: 680.4, 2006: 680.4, 2007: 725.5})
    chart = charts.year_on_year(sma)
    kinds = [derive.change_kind(c, TOLERANCES.freeze_pct) for c in chart.data.change_pct]
    assert kinds == ["cut", "freeze", "rise"]
    colours = [p.get_facecolor() for p in chart.figure.axes[0].patches]
    from matplotlib.colors import to_rgba

    assert colours == [to_rgba(charts.KIND_COLOURS[k]) for k in kinds]
    assert chart.title.startswith("Year on year: 1 cut (2005: -8.9%) and 1 freeze (2006); the largest rise +6.6%")


def test_headline_numbers_follow_the_tables(tables):
    sma, rates, demands = tables
    lines = views.headline_numbers(sma, rates, demands).splitlines()
    paid = derive.payment_usd(2019, sma, rates)
    assert lines[0].startswith(f"- 2019 payment: 1,038.9 bn won = ${paid / 1e6:,.0f} M")
    doubled = sma.assign(krw_billion=sma.krw_billion * 2)
    assert views.headline_numbers(doubled, rates, demands).splitlines()[0].startswith("- 2019 payment: 2,077.8 bn won")


def test_sma_table_shows_a_dash_where_no_source_gives_a_figure(tables):
    table = views.sma_table(tables[0])
    assert table.loc[2019, "won (billion)"] == "1,038.9"
    missing = tables[0].loc[tables[0].krw_billion.isna(), "year"].astype(int)
    assert len(missing) and all(table.loc[y, "won (billion)"] == "—" for y in missing)


def test_one_shortener_for_html_charts_and_findings():
    long = "word " * 30
    assert views.shorten(long, 20) == "word word word word…"
    assert len(views.shorten(long, 20)) == 20
    assert views.shorten("a  \n b", 20) == "a b"
    assert views.shorten(long, 20, "...").endswith("...") and len(views.shorten(long, 20, "...")) == 20


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_article_paragraphs_split_in_any_line_end_style(newline):
    text = newline.join(["First paragraph.", "", "Second $5 here.", "  ", "Third."])
    start = text.index("$5")
    html = render.article_html(text, [{"id": "m1", "kind": "money", "start": start, "end": start + 2,
                                       "exact": "$5", "value": {"amount": 5.0, "currency": "USD"}}])
    body = html.split('<div class="sma-article">')[1]
    assert body.count("<p>") == 3 and "<p>Third.</p>" in body
    assert 'title="money: 5 USD"' in body


def test_chart_titles_are_computed_from_the_data(tables):
    sma = tables[0]
    chart = charts.paid_in_won(sma)
    known = sma.dropna(subset=["krw_billion"]).sort_values("year")
    assert chart.title == views.won_title(known.reset_index(drop=True))
    assert f"{known.krw_billion.iloc[-1]:,.1f} bn ({int(known.year.iloc[-1])})" in chart.title
    halved = charts.paid_in_won(sma.assign(krw_billion=sma.krw_billion / 2))
    assert f"{known.krw_billion.iloc[-1] / 2:,.1f} bn" in halved.title


def test_defects_line_names_each_kind_once_with_its_first_example():
    report = type("R", (), {"counts": lambda self: {}, "claims": [],
                            "findings": [{"kind": "unattributed_quote", "exact": "“a”"},
                                         {"kind": "unattributed_quote", "exact": "“b”"},
                                         {"kind": "new_kind", "exact": "x " * 50}]})()
    text = views.answer(report)
    assert "2 quotes with no speaker ('“a”', ...)" in text
    assert "1 new kind ('" + "x " * 19 + "x…')" in text
