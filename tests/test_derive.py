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
