"""Words for readers: every sentence, label and number format the notebooks, charts and HTML show.

:mod:`analysis.derive` computes, :mod:`analysis.charts` draws and :mod:`analysis.render` builds HTML; the
text they show a reader is written here, from computed values, so a change of wording or of a number's
format is made in one place. Nothing here imports pandas or the data at import time (the annotator's
findings use :func:`shorten`); functions that need them import them when called.

>>> year_runs([1992, 1993, 1994, 1997]), shorten("a\\nb " * 40, 10)
('1992-1994, 1997', 'a b a b a…')
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from analysis.rules import Tolerances


class Text(str):
    """Plain text that a notebook shows as is, and as HTML (a list for lines that start with "- ")."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        """Return the text as escaped HTML paragraphs and lists.

        >>> print(Text("Two:\\n- <a>\\n- b")._repr_html_().split("</style>")[1].strip())
        <div class="sma-answer">
        <p>Two:</p>
        <ul><li>&lt;a&gt;</li><li>b</li></ul>
        </div>
        """
        from analysis.render import fragment

        blocks: list[dict[str, Any]] = []
        for line in self.splitlines():
            if line.startswith("- "):
                if not blocks or not blocks[-1]["bullets"]:
                    blocks.append({"bullets": [], "text": ""})
                blocks[-1]["bullets"].append(line[2:])
            else:
                blocks.append({"bullets": [], "text": line})
        return str(fragment("answer.html.j2", blocks=blocks))


# --- small formats ------------------------------------------------------------------------------------


def shorten(text: str, width: int = 90, mark: str = "…") -> str:
    """Return ``text`` on one line (runs of whitespace as one space), cut to ``width`` characters ending in ``mark``.

    >>> shorten("a\\nb " * 40, 10), shorten("abcdefghijkl", 8, "..."), shorten("short")
    ('a b a b a…', 'abcde...', 'short')
    """
    one = " ".join(str(text).split())
    return one if len(one) <= width else one[: width - len(mark)] + mark


def plural(n: int, word: str, many: str = "") -> str:
    """Return ``n`` and ``word``, in the plural (``many``, else ``word`` + "s") unless ``n`` is 1.

    >>> plural(1, "cut"), plural(2, "freeze"), plural(0, "match", "matches")
    ('1 cut', '2 freezes', '0 matches')
    """
    return f"{n} {word if n == 1 else many or word + 's'}"


def year_runs(years: Iterable[int]) -> str:
    """Return years as compact text, runs of consecutive years joined: ``[2023, 2024, 2026]`` -> ``'2023-2024, 2026'``.

    >>> year_runs([1992, 1993, 1994, 1997]), year_runs([])
    ('1992-1994, 1997', '')
    """
    runs: list[list[int]] = []
    for y in sorted(int(v) for v in years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


def is_blank(value: Any) -> bool:
    """Return True for a cell with nothing to show: None, NaN, an empty string or a dash.

    >>> [is_blank(v) for v in (None, float("nan"), " ", "—", "-", 0, "a")]
    [True, True, True, True, True, False, False]
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return isinstance(value, str) and value.strip() in ("", "—", "-")


def cell_text(value: Any) -> str:
    """Return a cell's text: numbers of five or more digits grouped by thousands, dates as ISO days, blanks as "—".

    Four-digit whole numbers stay ungrouped, so years read as years.

    >>> [cell_text(v) for v in (4700000000, 2019, 5.2741, float("nan"), None, "a")]
    ['4,700,000,000', '2019', '5.2741', '—', '—', 'a']
    """
    if is_blank(value):
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral) or (isinstance(value, float) and value.is_integer() and abs(value) >= 1000):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return str(value)


def describe_value(kind: str, value: Mapping[str, Any] | None) -> str:
    """Return a span's normalised value in a few words, for a hover title.

    >>> describe_value("money", {"amount": 4.7e9, "currency": "USD", "per": "year", "bound": None})
    'money: 4,700,000,000 USD per year'
    >>> describe_value("date", {"start": "2019-11-15", "end": "2019-11-15", "form": "weekday"})
    'date: 2019-11-15 (weekday)'
    """
    value = dict(value or {})
    if kind == "money":
        return _describe_money(value)
    if kind == "date":
        start, end = value.get("start"), value.get("end")
        when = start if start == end else f"{start} to {end}"
        return f"date: {when} ({value.get('form', '')})"
    if kind == "multiplier":
        bound = f"{str(value['bound']).replace('_', ' ')} " if value.get("bound") else ""
        return f"multiplier: {bound}{value.get('factor')}x"
    if kind == "percent":
        return f"percent: {value.get('percent')}% {value.get('direction') or ''}".rstrip()
    if kind == "count":
        bound = f"{str(value['bound']).replace('_', ' ')} " if value.get("bound") else ""
        upto = f" to {value['count_to']:,}" if value.get("count_to") else ""
        return f"count: {bound}{value.get('count', 0):,}{upto} {value.get('unit', '')}".rstrip()
    if kind == "quote":
        who = value.get("speaker") or "no speaker found"
        return f"quote: {who}" + (f" ('{value['speaker_text']}')" if value.get("speaker_text") else "")
    if kind in ("person", "org", "place", "agreement"):
        if value.get("candidates"):
            return f"{kind}: one of {', '.join(map(str, value['candidates']))}"
        return f"{kind}: {value.get('name') or value.get('id')}"
    return kind


def _describe_money(value: Mapping[str, Any]) -> str:
    """Return a money value in words ("money: up to 5,000,000,000 USD per year").

    >>> _describe_money({"amount": None}), _describe_money({"amount": 5.5, "bound": "up_to"})
    ('money: implausible amount (null)', 'money: up to 5.5 (currency not stated)')
    """
    amount = value.get("amount")
    if amount is None:  # implausible: left null by the annotator
        return "money: implausible amount (null)"
    text = f"{amount:,.0f}" if isinstance(amount, int | float) and amount >= 100 else f"{amount:g}"
    parts = [text, value.get("currency") or "(currency not stated)"]
    if value.get("per"):
        parts.append(f"per {value['per']}")
    if value.get("bound"):
        parts.insert(0, str(value["bound"]).replace("_", " "))
    return f"money: {' '.join(parts)}"


def frame_label(claim: Any) -> str:
    """Return a claim's kind and frame in words, for the line under its card ("amount · sma payment, 2019").

    >>> from analysis.check import check_text
    >>> frame_label(check_text("T\\n\\nSeoul paid 1.0389 trillion won in 2019.", "2019-11-16").claims[0])
    'amount · sma payment (reported), 2019, South Korean government'
    """
    from analysis.extract.entities import load_gazetteer

    frame = getattr(claim, "frame", None)
    if frame is None:
        return claim.kind
    years = f"{min(frame.years)}-{max(frame.years)}" if len(frame.years) > 1 else "".join(map(str, frame.years))
    entity = load_gazetteer().entities.get(frame.actor) if frame.actor else None
    who = f", {entity.name if entity else frame.actor}" if frame.actor else ""
    return f"{claim.kind} · {frame.quantity.replace('_', ' ')} ({frame.modality}), {years}{who}"


# --- what a check found ---------------------------------------------------------------------------------

#: How each finding kind reads in a summary (singular, plural).
FINDING_WORDS = {
    "truncated_sentence": ("sentence cut off mid-phrase", "sentences cut off mid-phrase"),
    "unattributed_quote": ("quote with no speaker", "quotes with no speaker"),
    "ambiguous_speaker": ("quote whose 'he/she' points to the wrong person",
                          "quotes whose pronoun points to the wrong person"),
    "ambiguous_reference": ("name that fits several people", "names that fit several people"),
    "lost_referent": ("pronoun that lost its referent", "pronouns that lost their referents"),
    "date_after_publication": ("date after publication", "dates after publication"),
    "boilerplate": ("line of site text left in the copy", "lines of site text left in the copy"),
    "conflicting_figures": ("quantity given as different figures", "quantities given as different figures"),
    "inconsistent_dating": ("person's remarks dated to different days", "people's remarks dated to different days"),
    "date_matches_no_event": ("date that matches no event of its actor", "dates that match no event of their actors"),
}


def _defects(findings: Iterable[Mapping[str, Any]]) -> str:
    """Return the line about the text's defects: how many of each kind, with the first example.

    >>> _defects([{"kind": "boilerplate", "exact": "Subscribe"}, {"kind": "boilerplate", "exact": "Share"}])
    "Defects and inconsistencies: 2 lines of site text left in the copy ('Subscribe', ...)."
    """
    kinds: dict[str, list[str]] = {}
    for f in findings:
        kinds.setdefault(f["kind"], []).append(shorten(f["exact"], 40))
    if not kinds:
        return "Defects of the text: none found."
    said = []
    for kind, examples in kinds.items():
        one, many = FINDING_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
        said.append(f"{len(examples)} {one if len(examples) == 1 else many} ('{examples[0]}'"
                    + (", ..." if len(examples) > 1 else "") + ")")
    return "Defects and inconsistencies: " + "; ".join(said) + "."


def answer(report: Any) -> Text:
    """Return the finding first, as a reporter would: verdict counts, what fails, and the text's defects.

    >>> from analysis.check import check_text
    >>> print(answer(check_text("T\\n\\nSeoul paid 1.5 trillion won this year.", "2019-11-16")))
    ... # doctest: +NORMALIZE_WHITESPACE
    1 checkable claim: 1 contradicted.
    - Contradicted: '1.5 trillion won' (2019 payment 1,038.9 bn won; claimed 1,500 billion won: off by 44%.
      [Judged as sma_payment (reported), 2019; sma_contributions:2019.])
    Defects of the text: none found.
    """
    counts = report.counts()
    n = sum(c.verdict != "not_checkable" for c in report.claims)
    if n:
        parts = ", ".join(f"{k} {v}" for v, k in counts.items() if k and v != "not_checkable")
        lines = [f"{n} checkable claim{'s' * (n != 1)}: {parts}."]
        if counts.get("not_checkable"):
            lines.append(f"{counts['not_checkable']} figure(s) of quantities the data does not cover: not checkable.")
    else:
        lines = ["No checkable claims (no amounts, ratios, changes or dated events tied to an actor)."]
    for verdict in ("contradicted", "misleading"):
        for c in report.claims:
            if c.verdict == verdict:
                lines.append(f"- {verdict.capitalize()}: '{c.exact}' ({shorten(c.evidence, 200)})")
    lines.append(_defects(report.findings))
    return Text("\n".join(lines))


def dates_answer(marks: pd.DataFrame) -> Text:
    """Return what the article's dates come to, from :func:`analysis.check.date_marks`.

    >>> import pandas as pd
    >>> print(dates_answer(pd.DataFrame({"exact": ["Friday"], "status": ["matches"]})))
    1 date in the body: 1 matches a recorded event, 0 conflict with the record, 0 cannot be tied to one.
    """
    if len(marks) == 0:
        return Text("The article's body gives no dates.")
    counts = {k: int(v) for k, v in marks["status"].value_counts().items()}
    matches = counts.get("matches", 0)
    lines = [f"{len(marks)} date{'s' * (len(marks) != 1)} in the body: {matches} "
             f"match{'es' * (matches == 1)} a recorded event, {counts.get('conflict', 0)} "
             f"conflict with the record, {counts.get('unchecked', 0)} cannot be tied to one."]
    for r in marks.loc[marks["status"] == "conflict"].to_dict("records"):
        lines.append(f"- Conflict: '{r['exact']}': {shorten(r.get('note', ''), 220)}")
    return Text("\n".join(lines))


def timeline_title(marks: pd.DataFrame, first: int, last: int) -> str:
    """Return the timeline's title: how many of the article's dates match, conflict or cannot be tied.

    >>> import pandas as pd
    >>> timeline_title(pd.DataFrame({"exact": ["May 1"], "status": ["conflict"]}), 2019, 2021)[26:]
    "0 match a recorded event and 1 conflict with the record ('May 1'); 0 cannot be tied to one"
    >>> timeline_title(pd.DataFrame(columns=["exact", "status"]), 2019, 2021)
    'The article gives no dates to check; events around the story, 2019-2021'
    """
    if not len(marks):
        return f"The article gives no dates to check; events around the story, {first}-{last}"
    counts = marks.status.value_counts()
    conflicts = marks.loc[marks.status == "conflict"]
    bad = f" ({', '.join(repr(x) for x in conflicts.exact)})" if len(conflicts) else ""
    return (f"Of the article's {len(marks)} dates, {counts.get('matches', 0)} match a recorded event and "
            f"{counts.get('conflict', 0)} conflict with the record{bad}; "
            f"{counts.get('unchecked', 0)} cannot be tied to one")


# --- the burden-sharing numbers ------------------------------------------------------------------------


def _tolerances(tol: Tolerances | None) -> Tolerances:
    """Return ``tol``, else the project's :data:`analysis.rules.TOLERANCES` (imported only when needed)."""
    if tol is not None:
        return tol
    from analysis.rules import TOLERANCES

    return TOLERANCES


def changes_text(rows: pd.DataFrame) -> str:
    """Return year-on-year changes as "2005: -8.9%, 1999: -2.0% in dollars as reported".

    >>> import pandas as pd
    >>> changes_text(pd.DataFrame({"year": [2005, 1999], "change_pct": [-8.9, -2.0], "basis": ["won", "dollars"]}))
    '2005: -8.9%, 1999: -2.0% in dollars'
    """
    return ", ".join(f"{int(r.year)}: {r.change_pct:+.1f}%" + ("" if r.basis == "won" else f" in {r.basis}")
                     for r in rows.itertuples())


def headline_numbers(sma: pd.DataFrame, rates: pd.DataFrame, demands: pd.DataFrame, base_year: int = 2019,
                     tol: Tolerances | None = None) -> Text:
    """Return the key numbers of the burden-sharing story as short sentences, computed from the tables.

    >>> from analysis.data import load_sma, load_exchange_rates, load_demands
    >>> print(headline_numbers(load_sma(), load_exchange_rates(), load_demands()).splitlines()[0])
    - 2019 payment: 1,038.9 bn won = $891 M at 1,165.8 won/$ (2019 annual average).
    """
    from analysis import derive

    krw = float(sma.loc[sma["year"] == base_year, "krw_billion"].iloc[0])
    rate = derive.rate_for(base_year, rates)
    usd = derive.payment_usd(base_year, sma, rates)
    lines = [f"{base_year} payment: {krw:,.1f} bn won = ${usd / 1e6:,.0f} M at {rate:,.1f} won/$ "
             f"({base_year} annual average)."]
    mult = derive.demand_multiples(demands, sma, rates, base_year)
    asks = mult.loc[(mult["currency"] == "USD") & (mult["date"].dt.year == base_year)]
    for amount, group in asks.groupby("amount"):
        who = ", ".join(sorted(set(group["reported_by"])))
        lines.append(f"${amount / 1e9:g} bn a year ({who}) = {group['multiple'].iloc[0]:.2f} times the "
                     f"{base_year} payment.")
    change = derive.year_on_year(sma)
    kinds = [derive.change_kind(c, _tolerances(tol).freeze_pct) for c in change["change_pct"]]
    cuts, freezes = change.loc[[k == "cut" for k in kinds]], change.loc[[k == "freeze" for k in kinds]]
    cut_text = ", ".join(f"{int(r.year)} ({r.change_pct:+.1f}% in {r.basis})" for r in cuts.itertuples())
    lines.append(f"Cuts: {cut_text or 'none'}; "
                 f"freezes: {', '.join(str(int(y)) for y in freezes['year']) or 'none'}.")
    known = sma.dropna(subset=["krw_billion"])
    missing = sma.loc[sma["krw_billion"].isna(), "year"].astype(int).tolist()
    lines.append(f"Won figures for {len(known)} of {len(sma)} years; none in a source for "
                 f"{', '.join(map(str, missing))}.")
    return Text("\n".join(f"- {line}" for line in lines))


def sma_table(sma: pd.DataFrame) -> pd.DataFrame:
    """Return the SMA table for reading: one row per year, figures formatted, "—" where no source gives one.

    >>> import pandas as pd
    >>> t = sma_table(pd.DataFrame({"year": [2019], "agreement": ["10th"], "term_start": [2019], "term_end": [2019],
    ...                             "krw_billion": [1038.9], "usd_million": [None], "note": ["one-year deal"]}))
    >>> t.loc[2019].tolist()
    ['10th', '2019-2019', '1,038.9', '—', 'one-year deal']
    """
    import pandas as pd

    def fmt(values: pd.Series) -> list[str]:
        return ["—" if pd.isna(v) else f"{v:,.1f}" for v in values]

    return pd.DataFrame({
        "agreement": sma["agreement"].tolist(),
        "term": [f"{a}-{b}" for a, b in zip(sma["term_start"], sma["term_end"], strict=True)],
        "won (billion)": fmt(sma["krw_billion"]),
        "dollars as reported (million)": fmt(sma["usd_million"]),
        "note": sma["note"].tolist(),
    }, index=pd.Index(sma["year"].astype(int).tolist(), name="year"))


# --- chart titles: each states the chart's finding, from the numbers drawn ---------------------------------

#: How each chart's numbers were made, said after its sources.
CHART_NOTES = {
    "02-paid-in-dollars": "Converted at each year's average won per dollar; years without a rate are not converted.",
    "03-demands-vs-payment": "Payment: the won amount for the year asked about, at that year's average rate. An ask "
                             "with no stated year is taken to address the year after it was made.",
    "04-year-on-year": "Change in won where both years have a won figure, else in dollars as reported.",
    "05-timeline": "Article dates resolved against the publication date (dashed line).",
    "07-share-of-defence-budget": "Only years for which a source gives both the payment and the budget as passed "
                                  "are shown.",
}


def share_label(row: Any) -> str:
    """Return the words above one year's bar of the defence-budget chart.

    >>> from types import SimpleNamespace as Row
    >>> print(share_label(Row(share_pct=2.2246, krw_billion=1038.9, krw_trillion=46.7)))
    2.22%
    1,039 bn of 46.7 tn won
    """
    return f"{row.share_pct:.2f}%\n{row.krw_billion:,.0f} bn of {row.krw_trillion:g} tn won"


def won_title(known: pd.DataFrame) -> str:
    """Return the title of the won chart from the years with a won figure (sorted by year).

    >>> import pandas as pd
    >>> won_title(pd.DataFrame({"year": [1991, 2019], "krw_billion": [107.3, 1038.9]}))
    "Seoul's payment grew 10-fold in won, from 107.3 bn (1991) to 1,038.9 bn (2019)"
    """
    first, last = known.iloc[0], known.iloc[-1]
    return (f"Seoul's payment grew {last.krw_billion / first.krw_billion:.0f}-fold in won, from "
            f"{first.krw_billion:,.1f} bn ({int(first.year)}) to {last.krw_billion:,.1f} bn ({int(last.year)})")


def missing_won_note(missing: list[int]) -> str:
    """Return the note naming the years with no won figure ("" when none is missing).

    >>> missing_won_note([1992, 1993, 1996]), missing_won_note([])
    ('No won figure in a source for 1992-1993, 1996.', '')
    """
    return f"No won figure in a source for {year_runs(missing)}." if missing else ""


def dollars_title(converted: pd.DataFrame) -> str:
    """Return the title of the dollar chart: first, last and peak payment at annual average rates.

    >>> import pandas as pd
    >>> dollars_title(pd.DataFrame({"year": [2000, 2010, 2019], "usd_million_at_avg_rate": [300.0, 900.0, 891.1]}))
    'At annual average rates Seoul paid $300 M in 2000 and $891 M in 2019, peaking at $900 M in 2010'
    """
    peak = converted.loc[converted.usd_million_at_avg_rate.idxmax()]
    first, last = converted.iloc[0], converted.iloc[-1]
    return (f"At annual average rates Seoul paid ${first.usd_million_at_avg_rate:,.0f} M in {int(first.year)} "
            f"and ${last.usd_million_at_avg_rate:,.0f} M in {int(last.year)}, peaking at "
            f"${peak.usd_million_at_avg_rate:,.0f} M in {int(peak.year)}")


def asks_title(known: pd.DataFrame) -> str:
    """Return the title of the asks chart from the asks set against a payment (``multiple`` known).

    >>> import pandas as pd
    >>> asks_title(pd.DataFrame({"multiple": [5.3, 1.4]})), asks_title(pd.DataFrame({"multiple": []}))
    ('Every reported ask was 1.4 to 5.3 times what Seoul paid in the year it addressed', \
'No ask could be set against a payment')
    """
    if not len(known):
        return "No ask could be set against a payment"
    return (f"Every reported ask was {known.multiple.min():.1f} to {known.multiple.max():.1f} times what Seoul "
            f"paid in the year it addressed")


def ask_label(row: Any) -> str:
    """Return the words beside one ask's bar: the ask, and how many times the payment it addressed it is.

    >>> from types import SimpleNamespace as Row
    >>> ask_label(Row(amount_usd=5e9, multiple=5.6, addressed_year=2020, payment_usd=880e6))
    '  $5 bn = 5.6x the 2020 payment ($880 M)'
    >>> ask_label(Row(amount_usd=5e9, multiple=float("nan"), addressed_year=2027, payment_usd=float("nan")))
    '  $5 bn (no payment figure for 2027)'
    """
    if math.isnan(row.multiple):
        return f"  ${row.amount_usd / 1e9:g} bn (no payment figure for {row.addressed_year})"
    return (f"  ${row.amount_usd / 1e9:g} bn = {row.multiple:.1f}x the {row.addressed_year} payment "
            f"(${row.payment_usd / 1e6:,.0f} M)")


def real_terms_title(usd: pd.DataFrame, krw: pd.DataFrame, base_year: int) -> str:
    """Return the title of the constant-prices chart from the years with a constant dollar and won figure.

    >>> import pandas as pd
    >>> real_terms_title(pd.DataFrame({"year": [1991, 2019], "usd_million_const": [300.0, 891.1]}),
    ...                  pd.DataFrame({"year": [2000, 2019], "krw_billion_const": [600.0, 1038.9]}), 2019)[-62:]
    '3.0 times as much; in constant 2019 won +73% from 2000 to 2019'
    """
    first, last = usd.iloc[0], usd.iloc[-1]
    title = (f"In constant {base_year} dollars Seoul paid ${first.usd_million_const:,.0f} M in {int(first.year)} "
             f"and ${last.usd_million_const:,.0f} M in {int(last.year)}, "
             f"{last.usd_million_const / first.usd_million_const:.1f} times as much")
    if len(krw):
        k0, k1 = krw.iloc[0], krw.iloc[-1]
        title += (f"; in constant {base_year} won {k1.krw_billion_const / k0.krw_billion_const - 1:+.0%} from "
                  f"{int(k0.year)} to {int(k1.year)}")
    return title


def real_terms_note(base_year: int, missing_us: list[int], missing_kr: list[int]) -> str:
    """Return the note under the constant-prices chart: the deflators and the years with no index.

    >>> real_terms_note(2019, [], [1991, 1992])[-47:]
    'No sourced index for: US none; Korea 1991-1992.'
    """
    return (f"Deflated by each country's annual consumer price index, {base_year} = 100. No sourced index for: "
            f"US {year_runs(missing_us) or 'none'}; Korea {year_runs(missing_kr) or 'none'}.")


def budget_title(data: pd.DataFrame) -> str:
    """Return the title of the defence-budget chart: the share in the first and last year with both figures.

    >>> import pandas as pd
    >>> budget_title(pd.DataFrame({"year": [2019, 2020], "share_pct": [2.22, 2.07]}))
    "The SMA payment was 2.2% of Seoul's defence budget in 2019 and 2.1% in 2020"
    >>> budget_title(pd.DataFrame({"year": [2019], "share_pct": [2.22]}))
    "The SMA payment was 2.2% of Seoul's defence budget in 2019"
    """
    first, last = data.iloc[0], data.iloc[-1]
    title = f"The SMA payment was {first.share_pct:.1f}% of Seoul's defence budget in {int(first.year)}"
    return title if len(data) == 1 else f"{title} and {last.share_pct:.1f}% in {int(last.year)}"


def year_on_year_title(data: pd.DataFrame, kinds: list[str]) -> str:
    """Return the title of the year-on-year chart from :func:`analysis.derive.year_on_year` and each row's kind.

    >>> import pandas as pd
    >>> year_on_year_title(pd.DataFrame({"year": [2005, 2020, 2021], "change_pct": [-8.9, 0.0, 13.9],
    ...                                  "basis": ["won"] * 3}), ["cut", "freeze", "rise"])
    'Year on year: 1 cut (2005: -8.9%) and 1 freeze (2020); the largest rise +13.9% in 2021'
    """
    cuts, freezes = data.loc[[k == "cut" for k in kinds]], data.loc[[k == "freeze" for k in kinds]]
    biggest = data.loc[data.change_pct.idxmax()]
    parts = [f"{plural(len(cuts), 'cut')} ({changes_text(cuts)})"]
    if len(freezes):
        parts.append(f"{plural(len(freezes), 'freeze')} ({year_runs(freezes.year.tolist())})")
    return (f"Year on year: {' and '.join(parts)}; the largest rise {biggest.change_pct:+.1f}% in "
            f"{int(biggest.year)}")
