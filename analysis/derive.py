"""Numbers derived from the sourced tables: dollars at a year's average rate, changes, multiples.

All functions take the DataFrames of :mod:`analysis.data` (or any frames with the same columns),
so tests can hand them fixtures.

>>> from analysis.data import load_sma, load_exchange_rates
>>> sma, rates = load_sma(), load_exchange_rates()
>>> round(krw_to_usd(1038.9e9, 2019, rates) / 1e6, 1)
891.1
>>> round(times(4.7e9, krw_to_usd(1038.9e9, 2019, rates)), 2)
5.27
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from analysis.errors import InputError


def rate_for(year: int, rates: pd.DataFrame) -> float:
    """Return the annual average won per dollar for ``year``.

    >>> rate_for(2019, pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]}))
    1165.8016
    """
    hit = rates.loc[rates["year"] == year, "krw_per_usd"]
    if hit.empty:
        known = f"{int(rates['year'].min())}-{int(rates['year'].max())}" if len(rates) else "none"
        raise InputError(f"no annual exchange rate for {year}", where="data/exchange_rates.csv",
                         fix=f"add a sourced row for {year} (years present: {known})")
    return float(hit.iloc[0])


def krw_to_usd(krw: float, year: int, rates: pd.DataFrame) -> float:
    """Return ``krw`` won in US dollars at ``year``'s annual average rate.

    >>> krw_to_usd(1_165.8016e9, 2019, pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]}))
    1000000000.0
    """
    return krw / rate_for(year, rates)


def times(amount: float, base: float) -> float:
    """Return how many times ``base`` is contained in ``amount`` (NaN when base is 0 or missing).

    >>> times(4.7e9, 891.1e6) > 5
    True
    >>> math.isnan(times(1.0, 0.0))
    True
    """
    if not base or math.isnan(base):
        return math.nan
    return amount / base


def pct_change(new: float, old: float) -> float:
    """Return the change from ``old`` to ``new`` in percent.

    >>> round(pct_change(680.4, 746.9), 1)
    -8.9
    """
    return (new / old - 1.0) * 100.0 if old else math.nan


def change_kind(change_pct: float, freeze_pct: float) -> str:
    """Return "freeze" for a change within ``freeze_pct`` percent either way, else "cut" or "rise".

    The threshold is :attr:`analysis.rules.Tolerances.freeze_pct`, passed in by the caller.

    >>> [change_kind(c, 0.05) for c in (-8.9, -0.04, 0.0, 0.05, 13.9)]
    ['cut', 'freeze', 'freeze', 'freeze', 'rise']
    """
    if abs(change_pct) <= freeze_pct:
        return "freeze"
    return "cut" if change_pct < 0 else "rise"


def sma_in_usd(sma: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """Return ``sma`` with ``krw_per_usd`` and ``usd_million_at_avg_rate`` for years with both figures.

    >>> out = sma_in_usd(pd.DataFrame({"year": [2019], "krw_billion": [1038.9]}),
    ...                  pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]}))
    >>> round(float(out.usd_million_at_avg_rate.iloc[0]), 1)
    891.1
    """
    out = sma.merge(rates[["year", "krw_per_usd"]], on="year", how="left")
    out["usd_million_at_avg_rate"] = out["krw_billion"] * 1e3 / out["krw_per_usd"]
    return out


def year_on_year(sma: pd.DataFrame) -> pd.DataFrame:
    """Return ``year``, ``change_pct`` and ``basis`` for each year whose previous year is known.

    The change is computed in won where both years have a won figure, else in the dollars the
    Defense Ministry reported (1991-2004 are mostly dollar figures); ``basis`` says which.

    >>> sma = pd.DataFrame({"year": [2004, 2005], "krw_billion": [746.9, 680.4], "usd_million": [620.0, None]})
    >>> year_on_year(sma).round(1).to_dict("records")
    [{'year': 2005, 'change_pct': -8.9, 'basis': 'won'}]
    """
    frame = sma.sort_values("year").reset_index(drop=True)
    rows = []
    for prev, cur in zip(frame.itertuples(), frame.iloc[1:].itertuples(), strict=False):
        if cur.year != prev.year + 1:
            continue
        if pd.notna(cur.krw_billion) and pd.notna(prev.krw_billion):
            rows.append((int(cur.year), pct_change(cur.krw_billion, prev.krw_billion), "won"))
        elif pd.notna(cur.usd_million) and pd.notna(prev.usd_million):
            rows.append((int(cur.year), pct_change(cur.usd_million, prev.usd_million), "dollars as reported"))
    return pd.DataFrame(rows, columns=["year", "change_pct", "basis"])


def payment_usd(year: int, sma: pd.DataFrame, rates: pd.DataFrame) -> float:
    """Return Seoul's payment for ``year`` in dollars at that year's average rate.

    >>> payment_usd(2019, pd.DataFrame({"year": [2019], "krw_billion": [1165.8016]}),
    ...             pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]}))
    1000000000.0
    """
    row = sma.loc[sma["year"] == year, "krw_billion"]
    if row.empty or pd.isna(row.iloc[0]):
        raise InputError(f"no won figure for {year}", where="data/sma_contributions.csv",
                         fix=f"add a sourced krw_billion for {year}")
    return krw_to_usd(float(row.iloc[0]) * 1e9, year, rates)


def demand_multiples(demands: pd.DataFrame, sma: pd.DataFrame, rates: pd.DataFrame,
                     base_year: int = 2019) -> pd.DataFrame:
    """Return each yearly demand (not claims of what was paid) with ``base_usd`` and its ``multiple``.

    Won demands are compared with the won payment, dollar demands with the payment converted at
    ``base_year``'s average rate.

    >>> d = pd.DataFrame({"demand_id": ["a"], "amount": [4.7e9], "currency": ["USD"], "period": ["year"]})
    >>> s = pd.DataFrame({"year": [2019], "krw_billion": [1038.9]})
    >>> r = pd.DataFrame({"year": [2019], "krw_per_usd": [1165.8016]})
    >>> round(float(demand_multiples(d, s, r).multiple.iloc[0]), 2)
    5.27
    """
    base_krw = float(sma.loc[sma["year"] == base_year, "krw_billion"].iloc[0]) * 1e9
    base_usd = payment_usd(base_year, sma, rates)
    keep = demands["period"] == "year"
    if "kind" in demands.columns:
        keep &= demands["kind"] == "demand"
    out = demands.loc[keep].copy()
    out["base_year"] = base_year
    out["base_usd"] = base_usd
    out["multiple"] = [
        times(amount, base_krw if currency == "KRW" else base_usd) if currency in ("KRW", "USD") else math.nan
        for amount, currency in zip(out["amount"], out["currency"], strict=True)
    ]
    return out.reset_index(drop=True)


# --- asks against the payment of the year they address --------------------------------------------


def addressed_year(for_year: Any, date: pd.Timestamp) -> int:
    """Return the year an ask is for: its ``for_year``, else the year after it was made (asks are for the next deal).

    >>> addressed_year(2020, pd.Timestamp("2019-11-07")), addressed_year(None, pd.Timestamp("2024-10-15"))
    (2020, 2025)
    """
    return int(for_year) if pd.notna(for_year) else int(date.year) + 1


def asks_vs_payments(demands: pd.DataFrame, sma: pd.DataFrame, rates: pd.DataFrame,
                     names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Return each yearly dollar ask beside Seoul's payment for the year it addresses, grouped by the year asked.

    Columns: ``episode`` (the year the ask was made), ``demand_id``, ``date``, ``who`` (speaker's name, else
    the reporter), ``reported_by``, ``amount_usd``, ``addressed_year``, ``payment_usd`` (that year's won
    payment at that year's average rate; NaN if either is missing), ``multiple`` and ``source_ids``.

    >>> d = pd.DataFrame({"demand_id": ["a"], "kind": ["demand"], "date": [pd.Timestamp("2019-11-07")],
    ...                   "speaker": ["x"], "reported_by": ["R"], "amount": [4.7e9], "currency": ["USD"],
    ...                   "period": ["year"], "for_year": [2020], "source_ids": ["s"]})
    >>> s = pd.DataFrame({"year": [2020], "krw_billion": [1038.9]})
    >>> r = pd.DataFrame({"year": [2020], "krw_per_usd": [1180.5554]})
    >>> row = asks_vs_payments(d, s, r, {"x": "X Y"}).iloc[0]
    >>> row.who, int(row.addressed_year), round(float(row.multiple), 2)
    ('X Y', 2020, 5.34)
    """
    names = dict(names or {})
    keep = (demands["period"] == "year") & (demands["currency"] == "USD")
    if "kind" in demands.columns:
        keep &= demands["kind"] == "demand"
    rows = []
    for r in demands.loc[keep].sort_values(["date", "amount"]).itertuples():
        year = addressed_year(r.for_year, r.date)
        try:
            paid = payment_usd(year, sma, rates)
        except InputError:  # no won figure or no rate for that year: the ask is kept, the comparison is not
            paid = math.nan
        who = names.get(r.speaker, r.speaker) if isinstance(r.speaker, str) and r.speaker else r.reported_by
        rows.append({"episode": int(r.date.year), "demand_id": r.demand_id, "date": r.date.strftime("%Y-%m-%d"),
                     "who": who, "reported_by": r.reported_by, "amount_usd": float(r.amount), "addressed_year": year,
                     "payment_usd": paid, "multiple": times(float(r.amount), paid), "source_ids": r.source_ids})
    return pd.DataFrame(rows, columns=["episode", "demand_id", "date", "who", "reported_by", "amount_usd",
                                       "addressed_year", "payment_usd", "multiple", "source_ids"])


# --- constant prices and the defence budget -------------------------------------------------------


def rebase(index: pd.DataFrame, series: str, base_year: int) -> pd.Series:
    """Return one price index series by year, rescaled so ``base_year`` = 1.0 (raises if that year is missing).

    >>> idx = pd.DataFrame({"series": ["k", "k"], "year": [2019, 2020], "value": [104.85412, 105.41749]})
    >>> rebase(idx, "k", 2019).round(4).tolist()
    [1.0, 1.0054]
    """
    values = index.loc[index["series"] == series].set_index("year")["value"].sort_index()
    if base_year not in values.index:
        raise InputError(f"no {series} value for the base year {base_year}", where="data/price_index.csv",
                         fix=f"add a sourced {series} row for {base_year} or choose another base year")
    return values / float(values.loc[base_year])


def constant_prices(sma: pd.DataFrame, rates: pd.DataFrame, prices: pd.DataFrame, base_year: int = 2019
                    ) -> pd.DataFrame:
    """Return each year's payment in nominal and in constant ``base_year`` dollars (US CPI-U) and won (Korea CPI).

    Nominal dollars are the won payment at the year's average rate where both exist, else the dollars the
    Defense Ministry reported (``usd_basis`` says which). A year without a price index stays NaN: no value
    is carried over from another year.

    >>> sma = pd.DataFrame({"year": [2019, 2020], "krw_billion": [1038.9, 1038.9], "usd_million": [None, None]})
    >>> rates = pd.DataFrame({"year": [2019, 2020], "krw_per_usd": [1165.8016, 1180.5554]})
    >>> p = pd.DataFrame({"series": ["us_cpi_u"] * 2 + ["kr_cpi"] * 2, "year": [2019, 2020] * 2,
    ...                   "value": [255.7, 258.8, 104.85412, 105.41749]})
    >>> out = constant_prices(sma, rates, p).set_index("year")
    >>> round(float(out.loc[2020, "krw_billion_const"]), 1), round(float(out.loc[2020, "usd_million_const"]), 1)
    (1033.3, 869.5)
    """
    out = sma_in_usd(sma, rates)[["year", "krw_billion", "usd_million", "usd_million_at_avg_rate"]].copy()
    at_rate = out["usd_million_at_avg_rate"].notna()
    out["usd_million_nominal"] = out["usd_million_at_avg_rate"].where(at_rate, out["usd_million"])
    out["usd_basis"] = ["won at the year's average rate" if a else "dollars as reported" if pd.notna(u) else ""
                        for a, u in zip(at_rate, out["usd_million"], strict=True)]
    us, kr = rebase(prices, "us_cpi_u", base_year), rebase(prices, "kr_cpi", base_year)
    out["us_cpi_rel"] = out["year"].map(us)
    out["kr_cpi_rel"] = out["year"].map(kr)
    out["usd_million_const"] = out["usd_million_nominal"] / out["us_cpi_rel"]
    out["krw_billion_const"] = out["krw_billion"] / out["kr_cpi_rel"]
    out["base_year"] = base_year
    return out[["year", "krw_billion", "usd_million_nominal", "usd_basis", "us_cpi_rel", "usd_million_const",
                "kr_cpi_rel", "krw_billion_const", "base_year"]].reset_index(drop=True)


def share_of_defence_budget(sma: pd.DataFrame, budget: pd.DataFrame) -> pd.DataFrame:
    """Return, for each year with both figures, the won payment as a percentage of Korea's defence budget.

    >>> out = share_of_defence_budget(pd.DataFrame({"year": [2019], "krw_billion": [1038.9], "source_ids": ["a"]}),
    ...                               pd.DataFrame({"year": [2019], "krw_trillion": [46.7], "source_ids": ["b"]}))
    >>> out[["year", "share_pct"]].round(2).to_dict("records")
    [{'year': 2019, 'share_pct': 2.22}]
    """
    both = sma[["year", "krw_billion", "source_ids"]].merge(
        budget[["year", "krw_trillion", "source_ids"]], on="year", suffixes=("", "_budget")).dropna(
        subset=["krw_billion", "krw_trillion"])
    both["share_pct"] = both["krw_billion"] / (both["krw_trillion"] * 1e3) * 100.0
    both["source_ids"] = both["source_ids"] + ";" + both.pop("source_ids_budget")
    return both[["year", "krw_billion", "krw_trillion", "share_pct", "source_ids"]].reset_index(drop=True)
