"""Charts of the burden-sharing numbers: each function returns a :class:`Chart` (figure + its data).

Every chart has a title that states the finding (computed from the data, not typed in), axis
labels with units, a source line naming the publishers of the rows it drew, and ``Chart.save``
writes the PNG and the CSV of exactly the numbers drawn side by side.

Figures are built with ``matplotlib.figure.Figure`` (no pyplot state), so nothing is shown
twice in a notebook and charts can be made from any thread.

>>> from analysis.data import load_sma
>>> chart = paid_in_won(load_sma())
>>> chart.name, list(chart.data.columns)[:3]
('01-paid-in-won', ['year', 'agreement', 'krw_billion'])
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis import derive, paths, views
from analysis.cache import package_digest, store
from analysis.data import load_sources, split_ids
from analysis.rules import TOLERANCES, Tolerances

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Colours (Okabe-Ito, colour-blind safe) used in turn for the agreements.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
PAID, DEMAND, MUTED = "#0072B2", "#D55E00", "#999999"
#: Bar colour of a year-on-year change by its kind (:func:`analysis.derive.change_kind`).
KIND_COLOURS = {"cut": DEMAND, "freeze": MUTED, "rise": PAID}


@dataclass(frozen=True)
class Chart:
    """A finished chart: its file stem, the finding as title, how to draw its figure and the numbers it draws.

    The figure is built on first use of :attr:`figure`: a notebook showing a chart whose PNG is in the
    cache (:func:`png_cache_dir`) neither builds it nor imports matplotlib's figure and axes modules.
    """

    name: str
    title: str
    #: Builds the figure (called once, by :attr:`figure`).
    draw: Callable[[], Figure] = field(repr=False, compare=False)
    data: pd.DataFrame
    source: str
    #: Digest of everything the PNG depends on (see :func:`render_key`), or None to draw every time.
    key: str | None = field(default=None, init=False, compare=False)

    @cached_property
    def figure(self) -> Figure:
        """Return the matplotlib figure, built on first use, with mathtext off in every text."""
        from matplotlib.text import Text

        fig = self.draw()
        for text in fig.findobj(Text):  # "$4.7 bn ... $5 bn" is money, not mathtext
            text.set_parse_math(False)
        return fig

    def save(self, out_dir: str | Path | None = None) -> Chart:
        """Write ``<name>.png`` and ``<name>.csv`` into ``out_dir`` (default: build/figures); return self.

        Returning the chart lets a notebook cell end with ``chart.save(OUTPUT_DIR)`` and show it.
        """
        out = paths.output_dir(out_dir)
        (out / f"{self.name}.png").write_bytes(self.png())
        self.data.to_csv(out / f"{self.name}.csv", index=False, float_format="%.4f", lineterminator="\n")
        return self

    def png(self) -> bytes:
        """Return the chart as PNG bytes (no timestamp or software tag, so builds are identical).

        The figure is drawn once: ``save`` and the notebook's display of the same chart share the bytes.
        """
        return self._png

    @cached_property
    def _png(self) -> bytes:
        cached = _cache_path(self.name, self.key)
        if cached is not None and cached.is_file():
            return cached.read_bytes()
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=110, metadata={"Software": None})
        if cached is not None:
            store(cached, buf.getvalue())
        return buf.getvalue()

    def _repr_png_(self) -> tuple[bytes, dict[str, str]]:
        """PNG for Jupyter, with the title and source as alt text (the report shows it to screen readers)."""
        return self.png(), {"alt": f"{self.title}. {self.source}"}

    def __repr__(self) -> str:
        return f"Chart {self.name}: {self.title}"


#: Set to "0" to draw every PNG afresh, neither reading nor writing :func:`png_cache_dir`.
CACHE_ENV = "SMA_CHART_CACHE"


def png_cache_dir() -> Path:
    """Return the folder of drawn chart PNGs, each named by its chart and :func:`render_key` (under build/).

    >>> png_cache_dir().relative_to(paths.ROOT).as_posix()
    'build/cache/charts'
    """
    return paths.CACHE / "charts"


@functools.cache
def _environment_digest() -> str:
    """Return a digest of what every chart's pixels depend on besides its arguments: code, data, libraries, fonts."""
    import matplotlib
    import numpy
    import PIL
    from matplotlib import font_manager, ft2font

    digest = hashlib.sha256(package_digest().encode())  # the package's files and data/, as a kept check's key
    libs = (matplotlib.__version__, ft2font.__freetype_version__, numpy.__version__, PIL.__version__, pd.__version__)
    digest.update(repr(libs).encode())
    digest.update(repr(sorted(font_manager.fontManager.ttflist, key=lambda f: f.fname)).encode())
    return digest.hexdigest()


def render_key(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """Return a digest of a chart function's name, arguments and environment, or None if it cannot be made.

    Same digest, same pixels: it covers the arguments (pickled), the package's code, data/, the matplotlib,
    freetype, numpy, Pillow and pandas versions, the rcParams (but the backend) and the installed fonts.

    >>> from analysis.data import load_sma
    >>> key = render_key("paid_in_won", (load_sma(),), {})
    >>> len(key), key == render_key("paid_in_won", (load_sma(),), {}), key == render_key("x", (load_sma(),), {})
    (64, True, False)
    """
    import matplotlib

    if os.environ.get(CACHE_ENV) == "0":
        return None
    try:
        given = pickle.dumps((name, args, sorted(kwargs.items())), protocol=5)
        digest = hashlib.sha256(given + _environment_digest().encode())
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return None
    digest.update(_rc_settings(matplotlib.rcParams).encode())
    return digest.hexdigest()


def _rc_settings(rc: dict[str, Any]) -> str:
    """Return the rcParams as sorted text, read as stored, without the backend (a Figure's PNG is drawn by Agg).

    ``rc.items()`` would look the backend up, importing pyplot, and validate each key (40 ms a chart).

    >>> _rc_settings({"backend": "agg", "lines.linewidth": 1.5})
    "[('lines.linewidth', 1.5)]"
    """
    stored = dict.items(rc) if isinstance(rc, dict) and dict.__len__(rc) else rc.items()
    return repr(sorted(kv for kv in stored if kv[0] != "backend"))


def _cached(make: Callable[..., Chart]) -> Callable[..., Chart]:
    """Wrap a chart function so its chart carries the :func:`render_key` of its call (its PNG is drawn once)."""

    @functools.wraps(make)
    def wrapper(*args: Any, **kwargs: Any) -> Chart:
        chart = make(*args, **kwargs)
        # set on the frozen chart it was made with (dataclasses.replace would copy it)
        object.__setattr__(chart, "key", render_key(make.__name__, args, kwargs))
        return chart

    return wrapper


def _cache_path(name: str, key: str | None) -> Path | None:
    """Return where the PNG of chart ``name`` drawn under ``key`` is kept, or None if it is not to be kept."""
    return None if key is None or os.environ.get(CACHE_ENV) == "0" else png_cache_dir() / f"{name}-{key}.png"


def source_line(source_ids: pd.Series | list[str], extra: str = "") -> str:
    """Return "Source: ..." naming each publisher behind the given source id cells, in first-use order.

    >>> source_line(["fred-aexkous", "fred-aexkous"]).count("Federal Reserve Bank of St. Louis")
    1
    """
    sources = load_sources().set_index("source_id")
    names: list[str] = []
    for cell in source_ids:
        for sid in split_ids(cell):
            name = sources.loc[sid, "publisher"]
            if name not in names:
                names.append(name)
    text = "Source: " + "; ".join(names)
    return f"{text}. {extra}" if extra else text


def _figure(title: str, source: str, size: tuple[float, float] = (10, 5.2)) -> tuple[Figure, object]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(textwrap.fill(title, 92), loc="left", fontsize=12, fontweight="bold")
    # supxlabel takes part in the constrained layout, so a long source line never overlaps the axes.
    fig.supxlabel(textwrap.fill(source, 175), x=0.01, ha="left", fontsize=7.5, color="#444444")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return fig, ax


@_cached
def paid_in_won(sma: pd.DataFrame) -> Chart:
    """Return the bar chart of Seoul's contribution in billions of won per year, coloured by agreement.

    >>> paid_in_won(__import__("analysis.data", fromlist=["x"]).load_sma()).title.startswith("Seoul")
    True
    """
    data = sma[["year", "agreement", "krw_billion", "source_ids"]].sort_values("year").reset_index(drop=True)
    known = data.dropna(subset=["krw_billion"])
    title = views.won_title(known)
    missing = data.loc[data.krw_billion.isna(), "year"].astype(int).tolist()
    source = source_line(data.source_ids, views.missing_won_note(missing))

    def draw() -> Figure:
        fig, ax = _figure(title, source)
        top = float(known.krw_billion.max())
        for i, (agreement, rows) in enumerate(data.groupby("agreement", sort=False)):
            colour = PALETTE[i % 2]
            ax.bar(rows.year, rows.krw_billion.fillna(0), color=colour, width=0.8)
            ax.text((rows.year.min() + rows.year.max()) / 2, top * 1.04, agreement, ha="center", fontsize=7.5,
                    color=colour)
        for year in missing:
            ax.text(year, top * 0.01, "n/a", ha="center", va="bottom", fontsize=6.5, color=MUTED, rotation=90)
        ax.set_ylim(0, top * 1.1)
        ax.set_xlabel("Year (label above: which Special Measures Agreement)")
        ax.set_ylabel("Billion won, nominal")
        return fig

    return Chart("01-paid-in-won", title, draw, data, source)


@_cached
def paid_in_dollars(sma: pd.DataFrame, rates: pd.DataFrame) -> Chart:
    """Return the line of the payment in dollars at annual average rates beside dollars as reported.

    >>> from analysis.data import load_sma, load_exchange_rates
    >>> chart = paid_in_dollars(load_sma(), load_exchange_rates())
    >>> "usd_million_at_avg_rate" in chart.data.columns
    True
    """
    merged = derive.sma_in_usd(sma, rates)
    data = merged[["year", "krw_billion", "krw_per_usd", "usd_million_at_avg_rate", "usd_million", "source_ids"]]
    data = data.rename(columns={"usd_million": "usd_million_as_reported"})
    converted = data.dropna(subset=["usd_million_at_avg_rate"])
    reported = data.dropna(subset=["usd_million_as_reported"])
    title = views.dollars_title(converted)
    source = source_line(pd.concat([data.source_ids, rates.source_ids]), views.CHART_NOTES["02-paid-in-dollars"])

    def draw() -> Figure:
        fig, ax = _figure(title, source)
        line = data.set_index("year").usd_million_at_avg_rate  # NaN years break the line: no bridging of gaps
        ax.plot(line.index, line.values, marker="o", color=PAID,
                label="Won payment at the year's average rate")
        ax.scatter(reported.year, reported.usd_million_as_reported, marker="s", color=DEMAND, zorder=3,
                   label="Dollar figure as reported (Defense Ministry, 1991-2004)")
        ax.set_xlabel("Year")
        ax.set_ylabel("Million US dollars, nominal")
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=8, frameon=False, loc="upper left")
        return fig

    return Chart("02-paid-in-dollars", title, draw, data.reset_index(drop=True), source)


def _entity_names() -> dict[str, str]:
    from analysis.data import load_entities

    entities = load_entities()
    return dict(zip(entities["entity_id"], entities["name"], strict=True))


@_cached
def demands_vs_payment(demands: pd.DataFrame, sma: pd.DataFrame, rates: pd.DataFrame,
                       names: dict[str, str] | None = None) -> Chart:
    """Return horizontal bars: each yearly dollar ask against Seoul's payment for the year it addresses, by episode.

    An ask is grouped by the year it was made; it addresses its ``for_year``, else the year after it was made.

    >>> from analysis.data import load_sma, load_exchange_rates, load_demands
    >>> chart = demands_vs_payment(load_demands(), load_sma(), load_exchange_rates())
    >>> bool((chart.data.multiple.dropna() > 1).all()), "(donald-trump)" in str(chart.data.who.tolist())
    (True, False)
    """
    data = derive.asks_vs_payments(demands, sma, rates, _entity_names() if names is None else names)
    known = data.dropna(subset=["multiple"])
    title = views.asks_title(known)
    paid_rows = sma.loc[sma.year.isin(data.addressed_year)]
    source = source_line(pd.concat([data.source_ids, paid_rows.source_ids, rates.source_ids]),
                         views.CHART_NOTES["03-demands-vs-payment"])
    labels, ys, y = [], [], 0.0
    for episode, rows in data.groupby("episode", sort=True):
        labels.append((y, f"Asks made in {episode}", True))
        y += 1
        for r in rows.itertuples():
            labels.append((y, f"{r.date}  {views.shorten(r.who, 40)}", False))
            ys.append(y)
            y += 1
        y += 0.4

    def draw() -> Figure:
        fig, ax = _figure(title, source, size=(10, 0.42 * y + 2.4))
        ax.barh(ys, data.amount_usd / 1e9, height=0.7, color=DEMAND, label="Ask, $ bn a year")
        ax.barh(ys, data.payment_usd.fillna(0) / 1e9, height=0.34, color=PAID,
                label="Seoul's payment for the year addressed, $ bn")
        for yy, r in zip(ys, data.itertuples(), strict=True):
            ax.text(r.amount_usd / 1e9, yy, views.ask_label(r), va="center", fontsize=8)
        ax.set_yticks([p for p, _, _ in labels], [t for _, t, _ in labels], fontsize=8)
        for tick, (_, _, header) in zip(ax.get_yticklabels(), labels, strict=True):
            if header:
                tick.set_fontweight("bold")
        ax.invert_yaxis()
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("Billion US dollars a year, nominal")
        ax.set_xlim(0, float(data.amount_usd.max()) / 1e9 * 1.8 if len(data) else 1)
        ax.legend(fontsize=8, frameon=False, loc="upper right")
        return fig

    return Chart("03-demands-vs-payment", title, draw, data, source)


@_cached
def paid_in_constant_prices(sma: pd.DataFrame, rates: pd.DataFrame, prices: pd.DataFrame,
                            base_year: int = 2019) -> Chart:
    """Return the payment in constant ``base_year`` dollars (US CPI-U) and constant won (Korea's CPI), two panels.

    >>> from analysis.data import load_sma, load_exchange_rates, load_table
    >>> chart = paid_in_constant_prices(load_sma(), load_exchange_rates(), load_table("price_index"))
    >>> "2019" in chart.title, chart.name
    (True, '06-real-terms')
    """
    data = derive.constant_prices(sma, rates, prices, base_year)
    usd = data.dropna(subset=["usd_million_const"])
    krw = data.dropna(subset=["krw_billion_const"])
    title = views.real_terms_title(usd, krw, base_year)
    used = prices.loc[prices.year.isin(data.year)]
    missing_us = data.loc[data.usd_million_nominal.notna() & data.us_cpi_rel.isna(), "year"].astype(int).tolist()
    missing_kr = data.loc[data.krw_billion.notna() & data.kr_cpi_rel.isna(), "year"].astype(int).tolist()
    source = source_line(pd.concat([sma.source_ids, rates.source_ids, used.source_ids]),
                         views.real_terms_note(base_year, missing_us, missing_kr))

    def draw() -> Figure:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(10, 7.4), layout="constrained")
        top, bottom = fig.subplots(2, 1)
        fig.suptitle(textwrap.fill(title, 92), x=0.01, ha="left", fontsize=12, fontweight="bold")
        fig.supxlabel(textwrap.fill(source, 175), x=0.01, ha="left", fontsize=7.5, color="#444444")
        line = data.set_index("year")
        top.plot(line.index, line.usd_million_nominal, color=MUTED, marker=".", label="Nominal dollars")
        top.plot(line.index, line.usd_million_const, color=PAID, marker="o", label=f"Constant {base_year} dollars")
        top.set_ylabel("Million US dollars")
        bottom.plot(line.index, line.krw_billion, color=MUTED, marker=".", label="Nominal won")
        bottom.plot(line.index, line.krw_billion_const, color=DEMAND, marker="o", label=f"Constant {base_year} won")
        bottom.set_ylabel("Billion won")
        for ax in (top, bottom):
            ax.set_ylim(bottom=0)
            ax.set_xlabel("Year")
            ax.legend(fontsize=8, frameon=False, loc="upper left")
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        return fig

    return Chart("06-real-terms", title, draw, data, source)


@_cached
def share_of_defence_budget(sma: pd.DataFrame, budget: pd.DataFrame) -> Chart:
    """Return bars of the SMA payment as a percentage of Korea's defence budget, for years with both figures.

    >>> from analysis.data import load_sma, load_table
    >>> chart = share_of_defence_budget(load_sma(), load_table("defence_budget"))
    >>> chart.name, bool((chart.data.share_pct < 5).all())
    ('07-share-of-defence-budget', True)
    """
    data = derive.share_of_defence_budget(sma, budget)
    title = views.budget_title(data)
    source = source_line(data.source_ids, views.CHART_NOTES["07-share-of-defence-budget"])

    def draw() -> Figure:
        fig, ax = _figure(title, source, size=(10, 4.6))
        labels = [str(int(y)) for y in data.year]
        ax.bar(labels, data.share_pct, color=PAID, width=0.6)
        for x, r in enumerate(data.itertuples()):
            ax.text(x, r.share_pct, views.share_label(r),
                    ha="center", va="bottom", fontsize=7.5)
        ax.set_ylim(0, float(data.share_pct.max()) * 1.3)
        ax.set_xlabel("Year (only years with both figures)")
        ax.set_ylabel("Payment as % of the defence budget")
        return fig

    return Chart("07-share-of-defence-budget", title, draw, data, source)


@_cached
def year_on_year(sma: pd.DataFrame, tol: Tolerances = TOLERANCES, labelled_years: int = 8) -> Chart:
    """Return bars of the year-on-year change in percent: cuts, freezes (``tol.freeze_pct``), recent years labelled.

    >>> from analysis.data import load_sma
    >>> chart = year_on_year(load_sma())
    >>> round(float(chart.data.set_index("year").loc[2005, "change_pct"]), 1)
    -8.9
    """
    data = derive.year_on_year(sma)
    kinds = [derive.change_kind(c, tol.freeze_pct) for c in data.change_pct]
    title = views.year_on_year_title(data, kinds)
    used = sma.loc[sma.year.isin(data.year)]
    source = source_line(used.source_ids, views.CHART_NOTES["04-year-on-year"])

    def draw() -> Figure:
        fig, ax = _figure(title, source)
        ax.bar(data.year, data.change_pct, color=[KIND_COLOURS[k] for k in kinds], width=0.8)
        ax.axhline(0, color="#333333", linewidth=0.8)
        recent = int(data.year.max()) - labelled_years + 1 if len(data) else 0
        for r, kind in zip(data.itertuples(), kinds, strict=True):
            if kind != "rise" or r.year >= recent:
                ax.annotate(f"{r.change_pct:+.1f}%", (r.year, r.change_pct), textcoords="offset points",
                            xytext=(0, 3 if r.change_pct >= 0 else -10), ha="center", fontsize=7)
        ax.set_xlabel("Year")
        ax.set_ylabel("Change on the previous year, %")
        return fig

    return Chart("04-year-on-year", title, draw, data, source)


#: Colour of an article date expression by what the check found.
MARK_COLOURS = {"matches": "#1a7f37", "conflict": "#cf222e", "unchecked": "#6e7781"}
#: The most article dates the timeline draws, one row each (the first ones; the chart's data and the report's dates
#: table keep every one): an article of thousands of dates made a figure thousands of inches tall (hunt33).
TIMELINE_MARKS_MOST = 150


@_cached
def timeline(events: pd.DataFrame, published: str, marks: pd.DataFrame | None = None,
             detail: tuple[str, str] | None = None) -> Chart:
    """Return the timeline: one row per event, the article's dates where they point, publication marked.

    ``marks`` has one row per date expression of the article: ``exact``, ``start``, ``end``
    (ISO dates) and ``status`` (``matches``, ``conflict`` or ``unchecked``) with an optional
    ``note``. The upper panel shows ``detail`` (default: the publication year up to its end);
    the lower panel every event, years apart, so later SMA milestones show too.

    >>> from analysis.data import load_events
    >>> chart = timeline(load_events(), "2019-11-16")
    >>> chart.name, sorted(set(chart.data.layer))
    ('05-timeline', ['event'])
    >>> "Wikipedia" in chart.source  # the 1987 election is a row of the data, not a drawn event: not credited
    False
    """
    pub = pd.Timestamp(published)
    # a copy: the figure is drawn later (on first use), from the marks as they were at this call
    marks = marks.copy() if marks is not None else pd.DataFrame(columns=["exact", "start", "end", "status", "note"])
    lo, hi = (pd.Timestamp(d) for d in detail or (f"{pub.year}-01-01", f"{pub.year}-12-31"))
    ev = events.sort_values(["start", "event_id"]).reset_index(drop=True)
    rows = [{"layer": "event", "label": r.title, "start": r.start.date().isoformat(), "end": r.end.date().isoformat(),
             "kind": r.kind, "status": "", "source_ids": r.source_ids} for r in ev.itertuples()]
    rows += [{"layer": "article", "label": r.exact, "start": r.start, "end": r.end, "kind": "date",
              "status": r.status, "source_ids": ""} for r in marks.itertuples()]
    data = pd.DataFrame(rows, columns=["layer", "label", "start", "end", "kind", "status", "source_ids"])
    title = views.timeline_title(marks, lo.year, ev.end.max().year)
    window = ev.loc[(ev.end >= lo) & (ev.start <= hi)].reset_index(drop=True)
    milestones = ev.loc[ev.kind == "sma"].reset_index(drop=True)
    # the sources of the events drawn (a table row no panel shows, e.g. a 1987 election, credits no publisher)
    source = source_line(pd.concat([window.source_ids, milestones.source_ids]), views.CHART_NOTES["05-timeline"])
    if len(marks) > TIMELINE_MARKS_MOST:
        source = (f"Drawn: the first {TIMELINE_MARKS_MOST} of the article's {len(marks)} dates (every one is in the "
                  f"dates table and this chart's data). {source}")
        marks = marks.head(TIMELINE_MARKS_MOST)
    n_top = len(window) + len(marks)

    def draw() -> Figure:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(11, 2.2 + 0.21 * (n_top + len(milestones))), layout="constrained")
        top, bottom = fig.subplots(2, 1, height_ratios=[max(n_top, 1), max(len(milestones), 1) + 1.5])
        fig.suptitle(textwrap.fill(title, 110), x=0.01, ha="left", fontsize=12, fontweight="bold")
        fig.supxlabel(textwrap.fill(source, 175), x=0.01, ha="left", fontsize=7.5, color="#444444")
        _draw_detail(top, marks, window, lo, hi)
        _draw_milestones(bottom, milestones)
        for ax in (top, bottom):
            ax.axvline(pub, color="#333333", linestyle="--", linewidth=1)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        return fig

    return Chart("05-timeline", title, draw, data, source)


def _draw_detail(top: Any, marks: pd.DataFrame, window: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp) -> None:
    """Draw the upper timeline panel: the article's dates, then the events between ``lo`` and ``hi``."""
    import matplotlib.dates as mdates

    labels, day = [], pd.Timedelta(hours=20)
    for y, r in enumerate(marks.itertuples()):
        colour = MARK_COLOURS.get(r.status, MARK_COLOURS["unchecked"])
        top.plot([pd.Timestamp(r.start), pd.Timestamp(r.end) + day], [y, y], color=colour, linewidth=6,
                 solid_capstyle="butt")
        labels.append(f'article: "{views.shorten(r.exact, 48)}" ({r.status})')
    for y, r in enumerate(window.itertuples(), start=len(marks)):
        top.plot([r.start, r.end + day], [y, y], color=PAID, linewidth=6, solid_capstyle="butt")
        labels.append(f"{r.start:%b %d}  {views.shorten(r.title, 48)} [{r.kind}]")
    top.set_yticks(range(len(labels)), labels, fontsize=7)
    for tick, text in zip(top.get_yticklabels(), labels, strict=True):
        if text.startswith("article:"):
            tick.set_color(MARK_COLOURS["conflict"] if "(conflict)" in text else "#333333")
            tick.set_fontweight("bold")
    top.invert_yaxis()
    top.set_xlim(lo, hi + pd.Timedelta(days=1))
    top.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    top.set_xlabel(f"Date, {lo.date().isoformat()} to {hi.date().isoformat()} (dashed: publication)")


def _draw_milestones(bottom: Any, milestones: pd.DataFrame) -> None:
    """Draw the lower timeline panel: one dot per SMA milestone, all years."""
    for y, r in enumerate(milestones.itertuples()):
        bottom.plot(r.start, y, marker="o", color=PAID, markersize=5)
    ticks = [f"{r.start:%Y-%m-%d}  {views.shorten(r.title, 48)}" for r in milestones.itertuples()]
    bottom.set_yticks(range(len(milestones)), ticks, fontsize=7)
    bottom.invert_yaxis()
    bottom.set_xlabel("Date (SMA milestones, all years)")

