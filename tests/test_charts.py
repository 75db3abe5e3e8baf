"""The data behind each chart, its title, source line and saved files."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import charts, data


@pytest.fixture(scope="module")
def made():
    sma, rates, demands = data.load_sma(), data.load_exchange_rates(), data.load_demands()
    return {
        "won": charts.paid_in_won(sma),
        "usd": charts.paid_in_dollars(sma, rates),
        "demands": charts.demands_vs_payment(demands, sma, rates),
        "yoy": charts.year_on_year(sma),
    }


def test_every_chart_has_title_units_source_and_saves_png_and_csv(made, tmp_path):
    for chart in made.values():
        ax = chart.figure.axes[0]
        assert ax.get_title(loc="left") == chart.title
        assert any(unit in (ax.get_ylabel() + ax.get_xlabel()) for unit in ("won", "dollars", "%"))
        assert chart.source.startswith("Source: ")
        assert chart.save(tmp_path) is chart
        png, csv = tmp_path / f"{chart.name}.png", tmp_path / f"{chart.name}.csv"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        saved = pd.read_csv(csv)
        assert list(saved.columns) == list(chart.data.columns)
        assert len(saved) == len(chart.data)


def test_png_is_deterministic(made):
    chart = made["won"]
    assert chart.png() == chart.png()


def test_won_chart_data_is_the_sma_table(made):
    won = made["won"].data
    assert won.year.tolist() == list(range(1991, 2027))
    assert won.set_index("year").loc[2019, "krw_billion"] == 1038.9


def test_dollar_chart_converts_2019_at_the_2019_rate(made):
    usd = made["usd"].data.set_index("year")
    assert usd.loc[2019, "usd_million_at_avg_rate"] == pytest.approx(1038.9e3 / 1165.8016)


def test_demand_chart_multiples_and_title(made):
    chart = made["demands"]
    row = chart.data.loc[chart.data.amount == 4.7e9].iloc[0]
    assert row.multiple == pytest.approx(5.27, abs=0.01)
    assert "times" in chart.title and "2019" in chart.title


def test_year_on_year_title_names_the_2005_cut(made):
    assert "2005: -8.9%" in made["yoy"].title


def test_titles_follow_the_data():
    sma = data.load_sma()
    sma.loc[sma.year == 2026, "krw_billion"] = 3038.4
    assert "3,038.4 bn (2026)" in charts.paid_in_won(sma).title
