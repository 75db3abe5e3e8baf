"""The data behind each chart, its title, source line and saved files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pandas as pd
import pytest

from analysis import charts, data, paths


@pytest.fixture(scope="module")
def made():
    sma, rates, demands = data.load_sma(), data.load_exchange_rates(), data.load_demands()
    return {
        "won": charts.paid_in_won(sma),
        "usd": charts.paid_in_dollars(sma, rates),
        "demands": charts.demands_vs_payment(demands, sma, rates),
        "yoy": charts.year_on_year(sma),
        "real": charts.paid_in_constant_prices(sma, rates, data.load_table("price_index")),
        "share": charts.share_of_defence_budget(sma, data.load_table("defence_budget")),
    }


def test_every_chart_has_title_units_source_and_saves_png_and_csv(made, tmp_path):
    for chart in made.values():
        ax = chart.figure.axes[0]
        shown = ax.get_title(loc="left") or chart.figure.get_suptitle()
        assert " ".join(shown.split()) == chart.title
        assert any(unit in (ax.get_ylabel() + ax.get_xlabel()) for unit in ("won", "dollars", "%"))
        assert chart.source.startswith("Source: ")
        assert chart.save(tmp_path) is chart
        png, csv = tmp_path / f"{chart.name}.png", tmp_path / f"{chart.name}.csv"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        saved = pd.read_csv(csv)
        assert list(saved.columns) == list(chart.data.columns)
        assert len(saved) == len(chart.data)


#: Makes the won chart in a fresh interpreter (another hash seed, nothing cached) and writes its PNG to stdout.
PNG_IN_A_NEW_PROCESS = ("import sys; from analysis import charts, data; "
                        "sys.stdout.buffer.write(charts.paid_in_won(data.load_sma()).png())")


def test_png_is_the_same_bytes_in_another_process(made):
    """Another interpreter (another PYTHONHASHSEED, its own matplotlib state, no PNG cache) draws the same bytes.

    Here the PNG may come from the cache of drawn charts: a cached PNG is what a fresh draw gives.
    """
    here = made["won"].png()
    env = {**os.environ, "PYTHONHASHSEED": "12345", "MPLBACKEND": "agg", charts.CACHE_ENV: "0"}
    there = subprocess.run([sys.executable, "-c", PNG_IN_A_NEW_PROCESS], capture_output=True, env=env,
                           cwd=paths.ROOT, timeout=120, check=True).stdout  # fmt: skip
    assert here[:8] == b"\x89PNG\r\n\x1a\n" and len(here) > 10_000
    assert hashlib.sha256(there).hexdigest() == hashlib.sha256(here).hexdigest()


def test_png_is_kept_under_its_render_key_and_read_back(monkeypatch, tmp_path):
    """The first PNG is drawn and kept under the chart's key; the next chart of the same call reads it back.

    A chart read back from the cache never builds its figure (a notebook showing it skips matplotlib's figures).
    """
    monkeypatch.delenv(charts.CACHE_ENV, raising=False)
    monkeypatch.setattr(charts, "png_cache_dir", lambda: tmp_path)
    sma = data.load_sma()
    first = charts.paid_in_won(sma)
    drawn = first.png()
    kept = tmp_path / f"{first.name}-{first.key}.png"
    assert kept.read_bytes() == drawn
    assert "figure" in vars(first)  # drawn: the figure was built
    kept.write_bytes(b"kept")
    again = charts.paid_in_won(sma)
    assert again.png() == b"kept"
    assert "figure" not in vars(again)  # read back: the figure is never built
    monkeypatch.setenv(charts.CACHE_ENV, "0")
    fresh = charts.paid_in_won(sma)
    assert fresh.key is None and fresh.png() == drawn


def test_render_key_changes_with_the_numbers_and_the_chart():
    sma = data.load_sma()
    changed = sma.copy()
    changed.loc[changed.index[0], "krw_billion"] += 1
    key = charts.paid_in_won(sma).key
    assert key == charts.paid_in_won(data.load_sma()).key
    assert key != charts.paid_in_won(changed).key
    assert key != charts.year_on_year(sma).key


def test_won_chart_data_is_the_sma_table(made):
    won = made["won"].data
    assert won.year.tolist() == list(range(1991, 2027))
    assert won.set_index("year").loc[2019, "krw_billion"] == 1038.9


def test_dollar_chart_converts_2019_at_the_2019_rate(made):
    usd = made["usd"].data.set_index("year")
    assert usd.loc[2019, "usd_million_at_avg_rate"] == pytest.approx(1038.9e3 / 1165.8016)


def test_each_ask_is_compared_with_the_payment_of_the_year_it_addresses(made):
    asks = made["demands"].data.set_index("demand_id")
    # a 2019 ask for 2020 is set against the 2020 payment (1,038.9 bn won at the 2020 average rate), not 2019's
    row = asks.loc["yoon-dehart-4-7bn-usd"]
    assert row.addressed_year == 2020 and row.episode == 2019
    assert row.payment_usd == pytest.approx(1038.9e9 / 1180.5554)
    assert row.multiple == pytest.approx(4.7e9 / (1038.9e9 / 1180.5554))
    # the 2024 remarks carry no year: they address the year after (2025: 1,402.8 bn won at the 2025 rate)
    assert asks.loc["trump-10bn-2024", "addressed_year"] == 2025
    # episodes are the years the asks were made, whatever the demands table holds
    assert list(asks.episode) == [pd.Timestamp(d).year for d in asks.date]
    assert {2019, 2020, 2024} <= set(asks.episode)


def test_demand_chart_is_labelled_with_names_and_its_title_follows_the_data(made):
    chart = made["demands"]
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert any("Donald Trump" in t for t in labels) and not any("donald-trump" in t for t in labels)
    episodes = sorted(set(chart.data.episode))
    assert [t for t in labels if t.startswith("Asks made in")] == [f"Asks made in {y}" for y in episodes]
    low, high = chart.data.multiple.min(), chart.data.multiple.max()
    assert f"{low:.1f} to {high:.1f} times" in chart.title and "November 2019" not in chart.title


def test_money_in_labels_is_not_read_as_mathtext(made):
    from matplotlib.text import Text

    assert all(not t.get_parse_math() for t in made["demands"].figure.findobj(Text))


def test_real_terms_deflates_by_each_countrys_cpi_with_the_base_year_in_the_title(made):
    chart = made["real"]
    rows = chart.data.set_index("year")
    assert "constant 2019 dollars" in chart.title and "constant 2019 won" in chart.title
    assert rows.loc[2019, "usd_million_const"] == pytest.approx(rows.loc[2019, "usd_million_nominal"])
    # 1991: USD 150 M as reported, at 1991 prices (CPI-U 136.2) in 2019 dollars (CPI-U 255.7)
    assert rows.loc[1991, "usd_million_const"] == pytest.approx(150 * 255.7 / 136.2)
    assert rows.loc[2022, "krw_billion_const"] == pytest.approx(1247.1 * 104.85412 / 113.54870)
    assert pd.isna(rows.loc[2005, "krw_billion_const"])  # no sourced Korean index for 2005: left out, not filled


def test_share_of_defence_budget_uses_only_years_with_both_figures(made):
    share = made["share"].data.set_index("year")
    assert share.loc[2019, "share_pct"] == pytest.approx(1038.9 / 46700 * 100)
    assert 2023 not in share.index  # a budget but no payment figure
    assert "2026" in made["share"].title


def test_year_on_year_title_names_the_2005_cut(made):
    assert "2005: -8.9%" in made["yoy"].title


def test_titles_follow_the_data():
    sma = data.load_sma()
    sma.loc[sma.year == 2026, "krw_billion"] = 3038.4
    assert "3,038.4 bn (2026)" in charts.paid_in_won(sma).title


def test_the_timeline_draws_a_bounded_number_of_article_dates():
    """An article of thousands of dates (hunt33) draws the first TIMELINE_MARKS_MOST, says so, and keeps all in its
    data: before, 3,000 dates made a figure 630 inches tall."""
    import pandas as pd

    from analysis.charts import TIMELINE_MARKS_MOST, timeline
    from analysis.data import load_events

    def chart(n):
        marks = pd.DataFrame({"exact": ["2019"] * n, "start": ["2019-01-01"] * n, "end": ["2019-12-31"] * n,
                              "status": ["unchecked"] * n, "note": [""] * n})
        return timeline(load_events(), "2019-11-16", marks)

    many, some = chart(3_000), chart(TIMELINE_MARKS_MOST)
    assert many.figure.get_size_inches()[1] == some.figure.get_size_inches()[1]
    assert (many.data.layer == "article").sum() == 3_000
    assert many.source.startswith(f"Drawn: the first {TIMELINE_MARKS_MOST} of the article's 3000 dates")
    assert not some.source.startswith("Drawn:")
