"""Derived numbers: conversions at the annual rate, changes, multiples."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import data, derive
from analysis.errors import InputError


@pytest.fixture(scope="module")
def tables():
    return data.load_sma(), data.load_exchange_rates(), data.load_demands()


def test_2019_payment_in_dollars_at_2019_average_rate(tables):
    sma, rates, _ = tables
    usd = derive.payment_usd(2019, sma, rates)
    # 1,038.9 bn won / 1,165.8016 won per dollar (FRED AEXKOUS, 2019)
    assert usd == pytest.approx(1038.9e9 / 1165.8016)
    assert 891e6 < usd < 892e6


def test_multiple_of_the_4_7bn_ask(tables):
    sma, rates, demands = tables
    multiples = derive.demand_multiples(demands, sma, rates)
    ask = multiples.loc[(multiples.amount == 4.7e9) & (multiples.currency == "USD")]
    assert not ask.empty
    assert ask.multiple.iloc[0] == pytest.approx(5.274, abs=0.001)


def test_won_demand_is_compared_in_won(tables):
    sma, rates, demands = tables
    multiples = derive.demand_multiples(demands, sma, rates)
    won = multiples.loc[multiples.currency == "KRW"]
    for row in won.itertuples():
        assert row.multiple == pytest.approx(row.amount / 1038.9e9)


def test_year_on_year_landmarks(tables):
    sma, _, _ = tables
    change = derive.year_on_year(sma).set_index("year").change_pct
    assert change[2005] == pytest.approx(-8.9, abs=0.05)  # the 2005 cut
    assert change[2020] == pytest.approx(0.0, abs=1e-9)  # the 2020 freeze
    assert change[2021] == pytest.approx(13.9, abs=0.05)
    assert change[2026] == pytest.approx(8.3, abs=0.05)


def test_missing_rate_is_a_clear_error(tables):
    _, rates, _ = tables
    with pytest.raises(InputError, match=r"exchange_rates\.csv: no annual exchange rate for 1850"):
        derive.krw_to_usd(1.0, 1850, rates)


def test_times_of_zero_base_is_nan():
    assert math.isnan(derive.times(5.0, 0.0))


@given(st.floats(min_value=1, max_value=1e6), st.floats(min_value=1, max_value=1e6))
def test_pct_change_inverts(new, old):
    assert old * (1 + derive.pct_change(new, old) / 100) == pytest.approx(new, rel=1e-6)


def test_sma_in_usd_converts_only_years_with_a_rate():
    sma = pd.DataFrame({"year": [2018, 2019], "krw_billion": [960.2, 1038.9]})
    rates = pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]})
    out = derive.sma_in_usd(sma, rates)
    assert math.isnan(out.usd_million_at_avg_rate.iloc[0])
    assert out.usd_million_at_avg_rate.iloc[1] == pytest.approx(891.15, abs=0.01)


def test_addressed_year_prefers_the_stated_year():
    assert derive.addressed_year(2020, pd.Timestamp("2019-11-07")) == 2020
    assert derive.addressed_year(float("nan"), pd.Timestamp("2019-11-15")) == 2020


def test_ask_for_a_year_without_a_payment_figure_is_kept_without_a_multiple(tables):
    sma, rates, demands = tables
    one = demands.loc[demands.demand_id == "trump-10bn-2024"].assign(for_year=2024)  # 2024: no won figure
    out = derive.asks_vs_payments(one, sma, rates)
    assert len(out) == 1 and math.isnan(out.multiple.iloc[0])


def test_rebase_needs_the_base_year():
    prices = data.load_table("price_index")
    with pytest.raises(InputError, match=r"price_index\.csv: no kr_cpi value for the base year 2005"):
        derive.rebase(prices, "kr_cpi", 2005)


def test_constant_prices_follow_the_index_not_a_typed_number():
    sma = pd.DataFrame({"year": [2019, 2020], "krw_billion": [100.0, 100.0], "usd_million": [None, None]})
    rates = pd.DataFrame({"year": [2019, 2020], "krw_per_usd": [1000.0, 1000.0]})
    prices = pd.DataFrame({"series": ["us_cpi_u"] * 2 + ["kr_cpi"] * 2, "year": [2019, 2020] * 2,
                           "value": [100.0, 110.0, 50.0, 100.0]})
    out = derive.constant_prices(sma, rates, prices).set_index("year")
    assert out.loc[2020, "usd_million_const"] == pytest.approx(100.0 / 1.1)
    assert out.loc[2020, "krw_billion_const"] == pytest.approx(50.0)
