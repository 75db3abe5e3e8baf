"""Claim frames: what each figure of an article is about, read before any judgement.

A :class:`Frame` says, for one figure (an amount, a percent, a multiple), the **quantity** it measures
(``sma_payment``, ``sma_total``, ``demand``, ``offer``, ``forecast``, ``sma_change`` (a percent, or a
superlative "the largest rise since 2004"), ``sma_average_change``, ``ratio``, ``conversion``
or another
quantity the data does not cover: ``defence_budget``, ``wages``, ``tariffs``, ``troops``, ``weapons``,
``cap`` (a ceiling on future yearly rises, an agreement's term), ``other``), the **years** it refers to,
bound inside the figure's own phrase ("in 2027", "for 2021", "this year", "from 2015 to 2017", "the previous year"),
the **actor** (an entity id) and the **modality** (``reported``, ``demand``, ``offer``, ``forecast``,
``hypothetical``, ``quotation``).

Frames are built from the annotator's spans and the words around each figure; judging them is
:mod:`analysis.rules`' work. Nothing here knows an article, a name or a number of the seed.

The claim frames' two modules, the second importing the first (split for issue 12: every module under 1 MiB, so that
``duplicates`` reads it; the code moved as it was):

1. :mod:`analysis.frame_reader`: the values (:class:`~analysis.frame_reader.Frame`,
   :class:`~analysis.frame_reader.Figure`), the :class:`~analysis.frame_reader.Reader`, the words and patterns, and
   the readers no frame builder sits above;
2. this module: the readers that bind a figure's years, quantity and actor and call the frame builders
   (:func:`bind_years`, :func:`_read_money`, :func:`_percent_quantity`, :func:`find_actor`), :func:`frame_of`,
   :func:`build_figures` and the troop frames (:func:`troop_frame`). It imports from the first module every name it
   reads, so ``from analysis.frames import Reader, annotate_text`` still works; a test patches a name in the module
   whose code reads it (in both, for a name both read).

>>> from analysis.extract import annotate
>>> ann = annotate("T\\n\\nUnder a deal that runs until 2031, Seoul pays 1.6 trillion won in 2027.", "2024-10-16")
>>> [f.frame.to_dict() for f in build_figures(ann)]
[{'quantity': 'sma_payment', 'years': [2027], 'actor': 'rok-government', 'modality': 'reported'}]
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Iterable
from functools import cache
from typing import Any

from analysis import lazyre as re
from analysis.extract import TITLE_WORD as _CAPITALISED
from analysis.extract import Annotation, Span
from analysis.extract import windows as win
from analysis.extract.counts import BARE_YEAR as _BARE_YEAR
from analysis.extract.counts import TRUE_FIGURE, WEAK_NOUNS, WHOLE_OWNERS
from analysis.extract.dates import PLACE_STOP
from analysis.extract.names import REPORTING_VERBS
from analysis.extract.numbers import ARTICLES, CARDINALS
from analysis.extract.scan import last_match
from analysis.frame_reader import (
    _ADDED_NOUN,
    _ADMINISTRATION,
    _AGREEMENT_NAME,
    _AND_VERB,
    _ASK_CHANGED,
    _ASK_FROM,
    _BASE_YEAR_AFTER,
    _BEFORE_SMA,
    _BILL,
    _BRACKETED,
    _BUDGET_CUE,
    _BY_BEFORE,
    _CAP,
    _CHANGE,
    _CHANGE_OBJECT,
    _CLAUSE_OPENER,
    _CLAUSE_STOP,
    _CONSEQUENCE,
    _COPULA_BEFORE,
    _DATE_SERIES_GAP,
    _DEAL_BEFORE,
    _DEAL_BY_NO,
    _DEAL_NAMED,
    _DEAL_NOUN,
    _DEAL_OR_PLAIN,
    _DEAL_OWNS,
    _DEAL_TALK,
    _DEAL_TOLD,
    _DEAL_WORDS,
    _DEAL_YEAR,
    _DEMAND,
    _ECONOMY_NOUNS,
    _EVEN,
    _FIGURE_NOUN,
    _FOR_US,
    _FORECAST,
    _FORECAST_CLOSE,
    _FRACTION_OF_PAYMENT,
    _FRACTION_WORDS,
    _FROM_BEFORE,
    _FROM_ELSEWHERE,
    _FROM_KOREA,
    _FROM_WINDOW,
    _FROM_YEAR,
    _GET_BEFORE,
    _HEAD_BY_PAYER,
    _HEAD_CLAUSE,
    _HEAD_INTENTS,
    _HEAD_PLACE_PREPS,
    _HEDGE,
    _IF,
    _IF_BEFORE,
    _IN_KIND,
    _IN_OF_AFTER,
    _IN_PAY,
    _IN_TOTAL_COSTS,
    _INDEXED,
    _INVERTED_IF,
    _ITS_NTH,
    _JOINT_PAYER,
    _KEEP_BELOW,
    _KOREA_GETS,
    _KOREA_OWNED_SUM,
    _KOREAN_ADJECTIVE,
    _LIMIT,
    _MANDATIVE,
    _MORE_AFTER,
    _MORE_BEFORE,
    _NAMED_PLAN_AFTER,
    _NAMED_PLAN_OPENS,
    _NO_OWNER,
    _NOW_PAID,
    _NOW_PRESENT,
    _NTH_WORDS,
    _OBLIGED_FORM,
    _OF_THE,
    _OFFER,
    _ON_TABLE,
    _ONE_YEAR,
    _OR_GAP,
    _OTHER_CLAUSE_AFTER,
    _OTHER_CUES,
    _OTHER_PAYER,
    _OTHER_WORDS,
    _OUTSIDE_SMA,
    _OUTSIDE_SMA_OPENS,
    _OWN_FORCES,
    _OWN_YEAR,
    _OWNER_BEFORE,
    _PAID_BEFORE,
    _PAID_FORM,
    _PAID_PASSIVE,
    _PAID_RIGHT_AFTER,
    _PART_CUE,
    _PAY_CONDITION,
    _PAYER,
    _PAYER_OWNS_RISE,
    _PAYER_SUBJECT_BEFORE,
    _PAYMENT,
    _PAYS_PEOPLE,
    _PER_YEAR,
    _PERIOD_AFTER,
    _POSSESSIVE,
    _POSSESSIVE_GAP,
    _PRE_SMA_YEAR,
    _PREVIOUS_YEAR,
    _PRICE_TAG,
    _PROJECT_COST,
    _PRONOUN_VALUED,
    _PUT_AFTER_VERB,
    _PUT_BEFORE,
    _PUT_FORWARD_VERB,
    _PUT_GAP_STOP,
    _PUT_TAIL_STOP,
    _RAISED_TAG,
    _READY_TO_PAY_CUE,
    _RECALL,
    _REFUSE,
    _REJECT_VERB,
    _REJECTED,
    _RELATIVE,
    _RELATIVE_AFTER,
    _RELATIVE_IS,
    _RISE_NOUN_LAST,
    _RISE_OVER,
    _SENTENCE_END,
    _SERIES_GAP,
    _SEVERAL_DEALS,
    _SHARE,
    _SIDE_NOUN,
    _SIDE_WORDS,
    _SMA_NAME,
    _SMA_WORDS,
    _SPAN_COMPARATIVES,
    _STORY_NOW,
    _STRONG,
    _SUBJECT_COPULA,
    _SUBJECT_LEAD,
    _SUBJECT_YEARS,
    _SUM_HEAD_AFTER,
    _SUM_NOUN,
    _SUMMED,
    _SUPERLATIVE,
    _T,
    _TAG_OF_TROOPS,
    _TAILED_APPOSITION,
    _TARIFF_NOUNS,
    _TERMS_THAT,
    _THE_BEFORE,
    _TIMES_YEAR_PAYMENT,
    _TO_BEFORE,
    _TO_FIGURE,
    _TO_LEVEL_PERCENT,
    _TOTAL_BEFORE,
    _TOTAL_WORD,
    _UNDER_DEAL,
    _UNDER_PLAN,
    _UP_FROM,
    _VALUED_AT,
    _VALUED_PAYMENT,
    _WAGE_NOUNS,
    _WEAK,
    _WILL_WOULD,
    _WOULD,
    _WOULD_BEFORE,
    _WOULD_PAY,
    _YEAR_WORDS,
    _YEARLY_WORD,
    _YEARS_BACK,
    _YEARS_SPAN,
    ASK_FORMS,
    AVERAGE_WORD,
    BASE_HEDGES,
    CITED_WINDOW,
    DEAL_TOLD_AHEAD,
    DEAL_TOLD_BACK,
    DEAL_WORD,
    DOUBLE_DIGIT,
    FALL_FORMS,
    FIGURELESS_RUN,
    FIRST_SMA_YEAR,
    HEDGE_WORDS,
    KOREA_PAYER,
    OTHER_QUANTITIES,
    OUTSIDE_SMA_AHEAD,
    RISE_FORMS,
    RISE_NOUNS,
    SEMI_LEAD_BACK,
    SENTENCE_WINDOW,
    VALUED_PAYMENT_BACK,
    WINDOW,
    Bounds,
    Figure,
    Frame,
    Intent,
    ListItem,
    Quantity,
    Reader,
    _actor_id,
    _apposition_of_date,
    _Bound,
    _cited_by_us,
    _deal_concluded,
    _deal_terms,
    _deal_terms_of,
    _figures_between,
    _foreign_cue,
    _gazetteer_places,
    _how,
    _list_item,
    _paid_years,
    _person_roles,
    _rate_note,
    _restates,
    _words,
    adds_to_other_side,
    agreed_on,
    aid_or_excess,
    another_clause,
    answer_year,
    answered_payment,
    apposed_amount,
    apposed_ask,
    apposed_to_budget,
    asked_before_dash,
    base_date,
    base_year_of_multiple,
    between_years,
    bought,
    brought_to,
    change_aside_start,
    changed_from,
    clause_before,
    comma_dated,
    compared_after,
    compared_base,
    compared_payment,
    converts,
    cost_modifier,
    counted_support,
    counterfactual,
    counts_beside,
    covered_from,
    current_offer,
    current_share_base,
    dashed_aside_start,
    date_years,
    deadline_forecast,
    deal_base,
    deal_fixes,
    deal_governs,
    deal_number,
    deal_set_year,
    deal_term_span,
    demand_up_from,
    difference_of_sums,
    dollar_worth,
    ends_up_paying,
    entity_country,
    estimated_cost,
    fell_by,
    figure_label,
    fiscal_request,
    from_current_level,
    from_current_sum,
    fronted_date,
    funds_people,
    gap_to_position,
    head_noun,
    head_of_relative,
    headline_projection,
    held_balance,
    if_clause_figure,
    in_force_year,
    in_years,
    included_part,
    includes_sma,
    is_newsroom,
    it_year_before,
    joined_clause_at,
    kept_level,
    korea_named,
    korea_pays_us_forces,
    label_year,
    last_of_series,
    later_clause,
    list_head,
    listed,
    lowered_from,
    main_modal,
    most_able,
    multiple_apposition,
    multiple_of_payment,
    named_demand,
    names_side,
    one_year_in,
    opener_reaches,
    origin_aside,
    other_cued,
    other_purpose,
    others_budget_estimate,
    owed_part,
    own_forces,
    own_stretch,
    own_total_term,
    own_year_after,
    own_year_of_amount,
    owned_by_us_side,
    paid_as_sma,
    part_main,
    part_named_after,
    part_of_named_project,
    part_of_payment,
    part_relative,
    passive_ask_kept,
    past_aside,
    past_own_date,
    payment_words,
    phrase_about,
    possessed_share,
    present_own,
    previous_deal,
    priced_troops,
    project_outlay,
    project_relative,
    question_quantity,
    quote_opener,
    raised_base,
    raised_from,
    range_average_years,
    rate_or_part_subject,
    reduced_relative_head,
    refused_sum,
    relative_ask,
    relative_subject,
    restated_percent,
    restating_gap,
    sentence_before,
    set_not_paid,
    share_restated,
    side_aside,
    since_start,
    spending_under_deal,
    start_of_change,
    subject_aside,
    sum_of_deal,
    table_item,
    telling_date,
    that_fronted,
    thing_costs,
    thing_paid_for,
    unexecuted_part,
    unsigned_outside,
    when_date,
    whole_payment_told,
    with_sentence_before,
    year_before,
    yearly_outlay_for_us_troops,
)
from analysis.frame_reader import annotate_text as annotate_text  # doctests here and elsewhere
from analysis.frame_reader import figure_in as figure_in  # doctests here and elsewhere
from analysis.guards import (
    CHANGE_NOUN,
    PART_WORDS,
    TALKS_COUNTRIES,
    another_side,
    change_of_other_side,
    country_names,
    names_pattern,
    other_side_at,
    side_cost_end,
)


def years_back_base(r: Reader, fig: Span) -> int | None:
    """Return how many years back a percent's relative base counts when :func:`relative_base_years` gave the
    percent its amount's own year ("Under the 10th SMA, Seoul paid X, up 8.2 percent from two years earlier": 2),
    so the change is of that year over the one so many years before it, not over the year before; else None (a
    base of one year back, a base counted from publication such as "two years ago", or none) (verd50).

    >>> r = Reader(annotate_text("Under the 10th SMA, Seoul paid 1.04 trillion won, up 9.3 percent from two years "
    ...                          "earlier.", "2022-09-01"))
    >>> years_back_base(r, r.figures_in(0, len(r.text))[1])
    2
    >>> r = Reader(annotate_text("Under the 10th SMA, Seoul paid 1.04 trillion won, up 8.2 percent from a year "
    ...                          "earlier.", "2022-09-01"))
    >>> years_back_base(r, r.figures_in(0, len(r.text))[1]) is None
    True
    """
    dates = r.spans_in(fig.end, r.clause(fig)[1], "date") if fig.kind == "percent" else []
    m = _YEARS_BACK.fullmatch(dates[0].exact) if dates else None
    if m is None or relative_base_years(r, fig, dates[0]) is None:
        return None
    n = m.group("n").lower()
    return CARDINALS.get(n) or int(n)


def _bound_dates(r: Reader, fig: Span, start: int, end: int, whole_years: bool) -> list[_Bound]:
    """Return the dates in [start, end) that belong to ``fig``, nearest first: no other figure between
    them, and not a deal's limit ("until 2031")."""
    return list(r.once(_bound_dates_read, fig, start, end, whole_years))  # speed59: asked of a figure by many rules


def _bound_dates_read(r: Reader, fig: Span, start: int, end: int, whole_years: bool) -> list[_Bound]:
    """Return what :func:`_bound_dates` finds, read afresh."""
    # an amount's year is not taken by the percent beside it ("X won, up 13.9 percent in 2021"), and a
    # multiple's phrase holds its base amount ("five times the 1 trillion won paid in 2019")
    blockers = {"money": ("money",), "multiplier": ("percent", "multiplier")}.get(fig.kind, ("money", "percent",
                                                                                          "multiplier", "count"))
    same = {f.id for f in respective_list(r, fig)}  # "X and Y, respectively, in 2021": the list's date is X's too
    figures = [f for f in [*r.figures_in(start, end), *counts_beside(r, fig, start, end)] if f.id != fig.id
               and not fig.end <= f.start < r.restated_to(fig) and f.id not in same]
    out: list[_Bound] = []
    for d in r.spans_in(start, end, "date"):
        if not date_years(d, whole_years) or r.in_quote(d) != r.in_quote(fig):
            continue
        lo, hi = (d.end, fig.start) if d.end <= fig.start else (r.restated_to(fig), d.start)
        # before a multiple, its target amount does block ("pay X next year, five times ...")
        kinds = ("money", *blockers) if fig.kind == "multiplier" and d.end <= fig.start else blockers
        if fig.kind == "money" and d.start >= fig.end:
            kinds = (*kinds, "multiplier")  # "X is nine times the amount paid after 2026": the date is the base's
        others = [f for f in figures if f.kind in kinds]
        nearer = [o for o in others if min(abs(o.start - d.end), abs(d.start - o.end)) < hi - lo
                  or trailing_tie(o, d, fig, hi - lo) or series_tie(r, o, d, fig, hi - lo)]  # verd49, verd50
        if any(lo <= o.start < hi for o in others) or nearer or _LIMIT.search(r.text, max(0, d.start - 12), d.start):
            continue
        if r.ann.article.date_span and r.ann.article.date_span.start <= d.start < r.ann.article.date_span.end:
            continue
        if _apposition_of_date(r, d) or origin_aside(r, d) or start_of_change(r, d, fig) or deal_base(r, fig, d):
            continue
        out.append(_Bound(hi - lo, d))
    return sorted(out, key=lambda b: b.gap)


def relative_dated_first(r: Reader, fig: Span, near: list[_Bound]) -> list[_Bound]:
    """Return the dates bound to an amount, those after it first when a relative clause of paying follows it (past
    its restatement): "more this year than the 1.04 trillion won (US$914 million) it was responsible for in 2019" is
    of 2019, the relative clause's year, not of "this year" nearer before it (cfix42, dev: Hankyoreh 2021-03-11).

    >>> r, fig = figure_in("Seoul pays more this year than the 1.04 trillion won it was responsible for in 2019.")
    >>> [b.date.exact for b in relative_dated_first(r, fig, _bound_dates(r, fig, *r.clause(fig), True))]
    ['in 2019', 'this year']
    """
    if fig.kind != "money" or len(near) < 2 or not _PAID_RELATIVE.match(r.text, r.restated_to(fig)):
        return near
    return sorted(near, key=lambda b: b.date.start < fig.start)


def anchored_before(r: Reader, date: Span) -> bool:
    """Return whether a "the previous year" is counted back from the last year written out before it in its paragraph
    ("In 2021, it rose 13.9% from the previous year", "Seoul paid X in 2021. That was 5% more than the year
    before."): then as sure as that year, not a guess (claims26).

    >>> r = Reader(annotate_text("In 2021, Seoul's share rose 13.9% from the previous year."))
    >>> anchored_before(r, r.spans_in(0, len(r.text), "date")[-1])
    True
    >>> r = Reader(annotate_text("Seoul's share rose 13.9% from the previous year."))
    >>> anchored_before(r, r.spans_in(0, len(r.text), "date")[-1])
    False
    """
    if not year_before(date) or len(date_years(date)) != 1:
        return False
    written = [x for x in r.spans_in(max(0, date.start - WINDOW), date.start, "date")
               if x.value.get("form") == "absolute"]
    return bool(written) and ("\n" not in r.text[written[-1].end:date.start] or anaphor_across(r, written[-1], date)) \
        and date_years(written[-1]) == (date_years(date)[0] + 1,)


def anaphor_across(r: Reader, written: Span, date: Span) -> bool:
    """Return whether a "the previous year" in the paragraph after ``written`` is still counted back from it: the
    year is in the last sentence of the paragraph before, and the date's paragraph opens with a subject pointing
    back at that sentence ("... to pay X for 2018." then "That was an 8.2% increase from the previous year.", real52v).

    >>> head = "Seoul agreed to pay 1.2 trillion won for 2021.\\n\\n"
    >>> rs = [Reader(annotate_text(head + t)) for t in ("That was a 5% rise from the previous year.",
    ...                                                 "The share rose 5% from the previous year.")]
    >>> [anaphor_across(r, r.spans_in(0, len(r.text), "date")[0], r.spans_in(0, len(r.text), "date")[-1]) for r in rs]
    [True, False]
    """
    gap = r.text[written.end:date.start]
    brk = gap.find("\n")
    if brk < 0 or _SENTENCE_END.search(gap, 0, brk) or "\n" in gap[brk:].strip() or not own_year_of_amount(r, written):
        return False
    return _ANAPHOR_OPENING.match(gap[brk:].strip()) is not None


def bind_years(r: Reader, fig: Span, whole_years: bool = True) -> tuple[tuple[int, ...], str]:
    """Return (years, how) for a figure: a date in its own phrase, "the previous year", a date of its clause
    not bound to another figure, else the publication year.

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nA deal runs until 2031; Seoul pays 1 trillion won in 2027.", "2025-01-02"))
    >>> bind_years(r, r.figures_in(0, len(r.text))[0])
    ((2027,), 'phrase')
    >>> r = Reader(annotate("T\\n\\nIn 2021 it pays more than 1.039 trillion won ($910M) in 2020.", "2021-03-10"))
    >>> bind_years(r, r.figures_in(0, len(r.text))[0])
    ((2020,), 'phrase')
    >>> r = Reader(annotate("T\\n\\nHe settled for $925 million, which means talks resume next year.", "2019-03-12"))
    >>> bind_years(r, r.figures_in(0, len(r.text))[0])
    ((2019,), 'publication')
    """
    return r.once(_bind_years, fig, whole_years)  # speed59: asked of a figure by many rules


def _bind_years(r: Reader, fig: Span, whole_years: bool) -> tuple[tuple[int, ...], str]:
    """Return the (years, how) :func:`bind_years` finds, read afresh."""
    paired = ((item[0].year,) if (item := list_item(r, fig)) else label_year(r, fig) or deal_set_year(r, fig)) \
        or respective_years(r, fig) or endpoint_years(r, fig)  # frames65: a list item's own year; fix51v4
    if paired:  # "2019 payment: X" (cfix37); "X and Y in 2019 and 2021, respectively": X is of 2019; "from 2020 to
        return paired, "phrase"  # 2021, it rose from X to Y": X is of 2020
    p0, p1 = r.clause(fig)
    near = relative_dated_first(r, fig, _bound_dates(r, fig, p0, p1, whole_years))
    if not near and (when := when_date(r, fig)) is not None:  # claims18: "since 2002, when it rose X": X is of 2002
        return date_years(when, whole_years), "phrase"
    if near and changed_from(r, fig, near[0].date):  # "X, an 8 percent increase from 2018": X is of 2019
        return (date_years(near[0].date)[-1] + 1,), _how(r, near[0].date)
    if near:
        return between_years(r, near[0].date) or date_years(near[0].date, whole_years), _how(r, near[0].date)
    if deal_year := numbered_deal_year(r, fig):  # "in the 11th SMA's first year": 2021 (frames64), or 2020 (rules'
        return deal_year[:1], "phrase"  # ordinal_reading)
    head = head_of_relative(r, fig)
    dated = _bound_dates(r, fig, head, fig.start, whole_years) if head is not None else []
    if dated:  # "Korea's share in 2019, which stood at X": X is of the year of the noun the relative is on
        return date_years(dated[0].date, whole_years), _how(r, dated[0].date)
    if previous_deal(r, fig):  # "the previous agreement of X": the last year before the one written in
        return (r.published.year - 1,), "clause"
    if _PREVIOUS_YEAR.search(r.text, p0, p1):
        s, e = r.near(fig)
        anchors = [y for d in r.spans_in(s, e, "date") for y in date_years(d)[-1:]]
        return (((anchors[-1] if anchors else r.published.year) - 1),), "previous"
    c0, c1 = r.clause(fig, strong=True)
    wide = [w for w in _bound_dates(r, fig, c0, c1, whole_years) if not now_after(r, fig, w.date)
            and not (w.date.start > fig.end and _CONSEQUENCE.search(r.text, fig.end, w.date.start))]
    if wide:
        shift = 1 if changed_from(r, fig, wide[0].date) else 0
        fronted = fronted_date(r, wide[0].date) or that_fronted(r, wide[0].date)  # "During his first term, ... X"
        how = _how(r, wide[0].date) if fronted else "clause"
        between = between_years(r, wide[0].date) if not shift else ()  # claims26: "Between 2014 and 2016, ... X"
        return between or tuple(y + shift for y in date_years(wide[0].date, whole_years)[-1 if shift else 0:]), how
    opener = opener_reaches(r, fig)
    if opener is not None:  # claims43: "Back in 2019, Seoul offered X, but Trump wanted Y": Y is of 2019
        return date_years(opener, whole_years), "clause"
    opener = quote_opener(r, fig)
    if opener is not None:  # years47: 'In 2019, Trump said Seoul should pay "X"': X is of 2019, as sure as a fronted
        return date_years(opener, False), _how(r, opener)  # date of its own clause ("In early 2019": 2019)
    since = since_start(r, fig)
    if since is not None:  # "Since 1991 its share has grown from X to Y": X is of 1991
        return date_years(since, whole_years), "phrase"
    if before := it_year_before(r, fig) or answer_year(r, fig):  # b51v: "agreed to contribute in 2026. It is X"
        return before, "phrase" if answer_year(r, fig) else "clause"  # cfix37: "Q: Paid in 2019?\n\nA: X": 2019
    return (story, "clause") if (story := story_year_before(r, fig)) else ((r.published.year,), "publication")  # ctx54


def now_after(r: Reader, fig: Span, date: Span) -> bool:
    """Return whether a date of the figure's clause before it is followed, right before the figure, by a present-tense
    verb of paying with "now" or "currently" (:data:`_NOW_PRESENT`: "Under the pact, last revised in 2008, Seoul
    currently pays X"): the figure is told of now, and the date belongs to something else (real52v); not when a verb
    of saying stands between the date and "now" (the date times the saying, and "now" is its day).

    >>> rs = [Reader(annotate_text(t)) for t in ("Under the pact, last revised in 2008, Seoul currently pays 869.5 "
    ...       "billion won.", "In 2008 Seoul paid 741.5 billion won and now pays more.",
    ...       "By 2014, Seoul was now paying 920 billion won.", "In 2009, Seoul, now rich, paid 869.5 billion won.",
    ...       "In 2019, Tolvig said Seoul currently pays 1.04 trillion won.")]
    >>> [now_after(r, r.figures_in(0, len(r.text))[0], r.spans_in(0, len(r.text), "date")[0]) for r in rs]
    [True, False, False, False, False]
    """
    s, _ = r.sentence_of(fig)
    now = _NOW_PRESENT.search(r.text, max(date.end, s), fig.start) if date.end <= fig.start else None
    # "In 2019, X said Seoul currently pays Y": the date times the saying, and "currently" is that day's (frames68)
    return now is not None and _SAID.search(r.text, date.end, now.start()) is None


def numbered_deal_year(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the years a phrase of the figure's clause names as a year of an agreement by its number ("in the 11th
    SMA's first year", "the last year of the ninth SMA", "under the 10th SMA ... in its first and only year"): that
    year of the agreement's term (:func:`_deal_terms_of`) counted from its first set year (the convention, first),
    then, when the deal was concluded after its term began, counted from the term's start (a writer may count the
    frozen year: review65 finding 2); () when none is named or the data lack the term (frames64).

    >>> [numbered_deal_year(*figure_in(t)) for t in ("In the 11th SMA's first year, Seoul paid 1.04 trillion won.",
    ...     "In the last year of the ninth SMA, Seoul paid 960.2 billion won.",
    ...     "Under the 10th SMA, Seoul paid 1.04 trillion won in its first and only year.",
    ...     "In its first year, Seoul paid 1.04 trillion won.")]
    [(2021, 2020), (2018,), (2019,), ()]
    >>> r = Reader(annotate_text("In the 11th SMA's first year, Seoul paid 1.18 trillion won, up from 1.04 trillion."))
    >>> [numbered_deal_year(r, f) for f in r.figures_in(0, len(r.text))]
    [(2021, 2020), ()]
    """
    c0, c1 = r.clause(fig, strong=True)
    m = _DEAL_YEAR.search(r.text, c0, c1)
    if m is not None:
        no, k, at = m["no"] or m["no2"], m["k"] or m["k2"], m.span()
    else:
        its, deal = _ITS_NTH.search(r.text, c0, c1), _DEAL_NAMED.search(r.text, c0, c1)
        if its is None or deal is None:
            return deal_term_years(r, fig, (c0, c1))
        no, k, at = deal["no"], its["k"], its.span()
    if not phrase_about(r, fig, (c0, c1), at):
        return ()
    no = no.lower()
    number = int(no[:-2]) if no[0].isdigit() else _DEAL_WORDS.index(no) + 1
    term = _deal_terms_of().get(number)
    if term is None:
        return ()
    if k.lower() in ("last", "final"):
        return (term[2],)
    n = _NTH_WORDS.index(k.lower())
    return tuple(dict.fromkeys(y + n for y in (term[1], term[0]) if y + n <= term[2]))


def deal_term_years(r: Reader, fig: Span, clause: tuple[int, int]) -> tuple[int, ...]:
    """Return the years of an agreement the figure's clause names by its number ("Under the 10th SMA, Seoul paid
    1.04 trillion won", told in 2022) when the publication year is outside its term and it was concluded by
    publication: its first set year first, then the others of its term (rules.ordinal_reading keeps the reading
    the figure fits best), those with a payment on record; () when the publication year is in the term (the year in
    force is the writer's), the agreement was not yet concluded (its number then names talks), the clause names two
    agreements or a date (its own reading binds the figure), the agreement does not govern the clause
    (:func:`deal_governs`), or the figure is the level a change started from (probe81v: a right 2019 payment was
    judged against the publication year's payment and called misleading).

    >>> r = Reader(annotate_text("Under the 10th SMA, Seoul paid 1.04 trillion won.", "2022-01-20"))
    >>> deal_term_years(r, r.figures_in(0, len(r.text))[0], (0, len(r.text)))
    (2019,)
    >>> r = Reader(annotate_text("The 11th cost-sharing agreement raised it to 1.18 trillion won.", "2026-02-01"))
    >>> deal_term_years(r, r.figures_in(0, len(r.text))[0], r.clause(r.figures_in(0, len(r.text))[0], strong=True))
    (2021, 2020, 2022, 2025)
    >>> [deal_term_years(r, r.figures_in(0, len(r.text))[0], (0, len(r.text))) for r in (
    ...     Reader(annotate_text("Under the 11th SMA, Seoul pays 1.25 trillion won.", "2022-01-20")),
    ...     Reader(annotate_text("Under the 11th SMA, Seoul would pay 1.2 trillion won.", "2020-05-01")),
    ...     Reader(annotate_text("In the 11th SMA talks, the U.S. asked for $5 billion.", "2024-10-05")),
    ...     Reader(annotate_text("In negotiations on the 11th SMA, the U.S. asked for $5 billion.", "2024-10-05")),
    ...     Reader(annotate_text("Seoul offered a 13% rise from the 10th SMA.", "2020-04-23")),
    ...     Reader(annotate_text("The 11th SMA set 1.18 trillion won, up from the 10th SMA.", "2026-01-02")),
    ...     Reader(annotate_text("It rose from $150 million in 1991, the year the first cost-sharing deal was signed, "
    ...                          "to roughly $920 million today.", "2019-11-25")))]
    [(), (), (), (), (), (), ()]
    >>> r = Reader(annotate_text("Under the 9th SMA, Seoul's share rose 5.8% to 920 billion won.", "2024-10-05"))
    >>> [deal_term_years(r, f, (0, len(r.text)))[:1] for f in r.figures_in(0, len(r.text))]
    [(2014,), (2014,)]
    >>> r = Reader(annotate_text("The ninth deal raised it 5.8% to 920 billion won.", "2019-06-01"))  # fix50d
    >>> [deal_term_years(r, f, r.clause(f, strong=True))[:1] for f in r.figures_in(0, len(r.text))]
    [(2014,), ()]
    """
    found = list(itertools.islice((_DEAL_OR_PLAIN if fig.kind == "percent" else _DEAL_BY_NO).finditer(
        r.text, *clause), 2))  # fix50d: a percent's "the ninth deal" too
    if len(found) != 1 or _FROM_BEFORE.search(r.text, max(clause[0], fig.start - _FROM_WINDOW), fig.start) or \
            not deal_governs(r.text, clause[0], found[0].start()):
        return ()  # two agreements named, the figure the level a change started from ("up from X"), or the
        # agreement not what the clause is under ("1991, the year the first deal was signed")
    if another_clause(r.text, clause[0], found[0].span(), fig.start):
        return ()  # "The 8th SMA ran out and Seoul now pays X": the agreement governs another clause (review81)
    number = deal_number(found[0])
    term, concluded = _deal_terms_of().get(number), _deal_concluded().get(number)
    if term is None or term[0] <= r.published.year <= term[2] or (concluded is not None and concluded > r.published):
        return ()
    if any(term[0] != term[2] or not relative_change_base(r, fig, d) for d in r.spans_in(*clause, "date")
           if not telling_date(r, fig, d)):  # fix50j: not ", officials recalled on Monday"'s date
        return ()  # "Under the 12th SMA, the cost for 2026 is X": the clause's dates bind it; not "up 8.2% from a
        # year earlier" under a deal of one year (verd49), whose year that is; of a longer deal's years, which is X's
        # the text does not say here (review49j)
    paid = _paid_years()
    return tuple(dict.fromkeys([term[1], *(y for y in range(term[0], term[2] + 1) if y in paid)]))


def total_term_years(r: Reader, fig: Span, quantity: str, years: tuple[int, ...], how: str) -> tuple[tuple[int, ...],
                                                                                                    str]:
    """Return the years (and how they were found) of a total over several years that names none ("X over the five
    years of the eighth SMA"): its agreement's term (:func:`deal_term_span`), bound in its phrase; else ``years`` and
    ``how`` as they are (cfix40).

    >>> r, fig = figure_in("Seoul paid 1.36 trillion won in all over the two years of the sixth SMA.")
    >>> total_term_years(r, fig, "sma_total", (2020,), "publication"), total_term_years(r, fig, "demand", (2020,), "")
    (((2005, 2006), 'phrase'), ((2020,), ''))
    """
    if quantity == "sma_total" and len(years) < 2 and (term := deal_term_span(r, fig)):
        return term, "phrase"
    if quantity == "sma_total" and len(years) < 2 and (since := since_total_years(r, fig)):
        return since, "since"  # cfix44: "has paid $5 billion since 1991"
    if quantity == "sma_total" and len(years) < 2 and (before := total_years_before(r, fig)):
        return before, "previous"  # cfix44: "... from 2005 through 2008. The right total is X"
    return years, how


def told_in_force(r: Reader, fig: Span) -> int | None:
    """Return the year in force at publication (:func:`in_force_year`) for a figure its own stretch tells as the
    writer's present with no verb of saying ("Seoul currently pays X", "the X it pays at present", "now pays X":
    :func:`present_fixed`); else None. "Currently" in a dated story is the payment in force then, not the
    publication year's when that year's agreement was not yet signed, nor the year before's when it was (frames65).

    >>> r = Reader(annotate_text("Seoul currently pays 960.2 billion won. It paid 1.04 trillion won.", "2019-02-20"))
    >>> [told_in_force(r, f) for f in r.figures_in(0, len(r.text))]
    [2018, None]

    Not when the sentence names a deal or an agreeing up to the figure's clause's end ("Under the deal agreed this
    month, Seoul now pays X", "Seoul has now agreed to pay X": that deal's year, as other payments; mendf66):

    >>> r = Reader(annotate_text("Under the 11th SMA, Seoul now pays 1.18 trillion won.", "2021-03-20"))
    >>> told_in_force(r, r.figures_in(0, len(r.text))[0]) is None
    True
    """
    if fig.kind != "money" or not present_fixed(r, fig):
        return None
    _, c1 = r.clause(fig, strong=True)
    start = max(r.sentence_of(fig)[0], fig.start - DEAL_TOLD_BACK)
    told = _DEAL_TOLD.search(r.text, start, min(c1, fig.end + DEAL_TOLD_AHEAD))
    return None if told else in_force_year(r.published)


def story_year_before(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the one year, before publication, that the sentence right before names when the figure's sentence
    tells a payment in the past right before the amount ("Seoul paid X"), names no date and no present, and the
    sentence before, in the body, has no figure of its own: "In 2014, the allies signed a deal. Seoul paid X under
    it." is 2014's payment, not the publication year's (ctx54); else ().

    >>> [story_year_before(*figure_in(t, 0)) for t in (
    ...     "In 2014, the allies signed a deal. Seoul paid 920 billion won under it.",
    ...     "In 2014, the allies signed a deal. Today Seoul pays 1.5 trillion won.",
    ...     "In 2014, the allies signed a deal. Seoul paid 920 billion won in 2015.",
    ...     "The deal was signed in 2014. By its final year Seoul paid 960.2 billion won.",
    ...     "The deal was signed in 2014. Seoul paid 960.2 billion won, up 1 percent.",
    ...     "Kim joined the ministry in 1998. Seoul paid 1.4 trillion won.")]
    [(2014,), (), (), (), (), ()]

    Not when the figure's sentence holds a change beside the amount ("up 1 percent", which would take the year too),
    counts a year within a deal's term ("by its final year", "the second year"), or the sentence before speaks of no
    deal or talks (a career year: review54c).
    """
    s0, s1 = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 2
    if fig.kind != "money" or i < 0 or not _PAID_BEFORE.search(r.text, s0, fig.start) \
            or _STORY_NOW.search(r.text, s0, s1) or r.spans_in(s0, s1, "date") or r.figure_count(s0, s1) > 1 \
            or _TERM_YEAR.search(r.text, s0, s1):
        return ()  # review54c: a change beside the amount, or a year counted within a deal's term, is not read so
    p0, p1 = r.sentences[i].start, r.sentences[i].end
    if p0 < r.title_end or r.figures_in(p0, p1) or not _DEAL_TALK.search(r.text, p0, p1):
        return ()
    year = one_year_in(r, p0, p1)
    return year if year and year[0] < r.published.year else ()


def korea_owned_sum(r: Reader, fig: Span) -> bool:
    """Return whether an amount is Korea's own, with no noun after it ("Seoul's 1.1833 trillion won this year is nearly
    $1.1 billion", "South Korea's X for 2019 works out to Y a month"): what Seoul has to pay, its SMA payment in a story
    on the talks, as "its X share" is (cfix41, probec41 133, 150, 075); "Seoul's X defense budget" names its noun.

    >>> [korea_owned_sum(*figure_in(t)) for t in ("Seoul's 1.1833 trillion won this year is $1 billion.",
    ...     "Seoul's 50 trillion won defense budget grew.", "Seoul's about 1 trillion won is less.",
    ...     "Seoul's 300 billion won this year is for new barracks.")]
    [True, False, True, False]
    """
    return fig.kind == "money" and _SUM_HEAD_AFTER.match(r.text, r.restated_to(fig)) is not None and \
        _KOREA_OWNED_SUM.search(r.text, max(0, fig.start - win.SHARE_OWNER_BACK - 10), fig.start) is not None and \
        not purpose_other(r, fig)  # cfix42: "Seoul's X this year is for new barracks": a project's part


def subject_years(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the k-th of n years listed in a payment noun right before a list of n amounts, for the k-th amount
    ("Seoul's payments in 2021 and 2022 were X and Y": Y is of 2022), else () (verd50b).

    >>> r = Reader(annotate_text("Seoul's payments in 2021 and 2022 were 1.18 trillion won and 1.25 trillion won."))
    >>> [subject_years(r, f) for f in r.figures_in(0, len(r.text))]
    [(2021,), (2022,)]
    >>> r = Reader(annotate_text("Seoul's payments in 2021 and 2022 were 1.18 trillion won."))
    >>> [subject_years(r, f) for f in r.figures_in(0, len(r.text))]
    [()]
    """
    members = joined_figures(r, fig)
    if len(members) < 2 or fig.kind != "money":
        return ()
    head = _SUBJECT_YEARS.search(r.text, r.clause(members[0], strong=True).start, members[0].start)
    years = [int(y) for y in _BARE_YEAR.findall(head[1])] if head else []
    return (years[members.index(fig)],) if len(years) == len(members) else ()


def present_fixed(r: Reader, fig: Span) -> bool:
    """Return whether the figure's own stretch fixes its period as the writer's present (:func:`present_own`) with no
    verb of saying in it: "whereas it currently pays X" is told of now; "officials now say Seoul paid X" is a saying
    of now about a time it does not give (years47).

    >>> texts = ("Seoul paid 1 trillion won in 2019, whereas it currently pays 1.04 trillion won.",
    ...          "Officials now say Seoul paid 1.04 trillion won.")
    >>> [present_fixed(r, r.figures_in(0, len(r.text))[-1]) for r in map(Reader, map(annotate_text, texts))]
    [True, False]
    """
    return present_own(r, fig) and _SAID.search(r.text, *own_stretch(r, fig)) is None


def _change_years(r: Reader, fig: Span) -> tuple[tuple[int, ...], str]:
    """Return the year a percent change is of: "from <year>" means the year after, else its phrase's year,
    else the year of the amount it modifies; an amount restating a change, that change's year (dev131)."""
    restated = restated_change_years(r, fig) if fig.kind == "money" else None
    if restated is not None:
        return restated
    p0, p1 = r.clause(fig)
    d = base_date(r, fig)
    if d is not None and (own := relative_base_years(r, fig, d)):
        return own  # verd49: "Under the 10th SMA it paid X, up 8.2 percent from the previous year": X's year
    if d is not None:
        d = last_of_series(r, d)  # "up 13.9 percent from its payment in 2019 and 2020": the rise is of 2021
        own = _bound_dates(r, fig, p0, fig.start, True)
        subject = None if own else dated_subject_years(r, fig, d)
        if subject is not None:  # fix49c: "This year's payment of X is 13.9 percent more than in 2019": this year's
            return subject
        target = None if own else (change_target_year(r, fig, d) or modified_target_year(r, fig, d)
                                   or paid_in_target(r, fig, d))  # claims18; review93: "a sum to be paid in 2021"
        if target is not None:  # "by 13.9 percent from 2019 to $1.03 billion for 2021": the rise is to 2021
            return (target,), "phrase"
        how = "phrase" if not own and anchored_before(r, d) else _how(r, own[0].date if own else d)  # claims26
        return (date_years(own[0].date) if own else (date_years(d)[-1] + 1,)), how
    base = _modified_amount(r, fig)
    told_after = amount_after_years(r, fig, base is None)
    if told_after is not None:  # cfix40: "raised it 13.9 percent to X in 2021": 2021's, whatever amount came before
        return told_after
    own_after = own_year_after(r, fig)
    apposed = None if base is None else apposed_base_years(r, fig, base)
    if apposed is not None:  # cfix41: "X is 12 billion won more than the Y paid in 2014, a rise of 1.3 percent"
        return apposed
    if base is not None:  # the year of the amount it modifies; of an amount of change, that change's year
        years, how = (_change_years if _money_quantity(r, base).quantity == "sma_change" else bind_years)(r, base)
        years = range_average_years(r, fig, base, years)  # claims23: "from A in 2020 to B by 2025, averaging N%"
        if own_after and own_after != years:
            return own_after, "phrase"  # review18: "X won this year, after 8.2 percent growth in 2019": 2019's
        if how != "publication" or not _bound_dates(r, fig, p0, p1, True):
            return years, how
    m = _PREVIOUS_YEAR.search(r.text, fig.end, p1)
    # "up 8 percent from the previous year"
    if m and _FROM_YEAR.search(r.text, max(p0, m.start() - win.BASE_FROM_BACK), m.start()):
        s, e = r.near(fig)
        anchors = [y for d in r.spans_in(s, e, "date") for y in date_years(d)[-1:]]
        return ((anchors[-1] if anchors else r.published.year),), "previous"
    return bind_years(r, fig)


def apposed_base_years(r: Reader, fig: Span, base: Span) -> tuple[tuple[int, ...], str] | None:
    """Return the years of a percent change set after the amount a comparison counts from ("X is 12 billion won more
    than the Y paid in 2014, a rise of 1.3 percent"): the rise is of the amount compared, so of the year of the
    sentence's first amount when that is later than the base's, else of the year after the base's; None when the
    amount it follows is no base (cfix41, probec41 061).

    >>> r, fig = figure_in("Seoul paid 944.1 billion won in 2016, more than the 932 billion won paid in 2015, a rise "
    ...                    "of 1.3 percent.", 2)
    >>> apposed_base_years(r, fig, r.figures_in(0, fig.start)[-1])
    ((2016,), 'phrase')
    >>> r, fig = figure_in("Seoul paid 932 billion won in 2015, a rise of 1.3 percent.", 1)
    >>> apposed_base_years(r, fig, r.figures_in(0, fig.start)[-1]) is None
    True
    """
    if base.kind != "money" or not _FROM_YEAR.search(r.text, max(0, base.start - win.BASE_FROM_BACK), base.start):
        return None
    years, how = bind_years(r, base)
    if how not in ("phrase", "relative") or len(years) != 1:
        return None
    s, _ = r.sentence_of(fig)
    first = next((m for m in r.figures_in(s, base.start) if m.kind == "money"), None)
    own = bind_years(r, first) if first is not None else None
    if own is not None and own[1] in ("phrase", "relative") and len(own[0]) == 1 and own[0][0] > years[0]:
        return own
    return (years[0] + 1,), how


def amount_after_years(r: Reader, fig: Span, unmodified: bool) -> tuple[tuple[int, ...], str] | None:
    """Return the years of a percent change told by the payment right after it, dated in its own phrase: the amount
    it rose to ("raised it 13.9 percent to 1.1833 trillion won in 2021": 2021, not the year of the amount before it),
    or, when the percent modifies no amount before it (``unmodified``) and is told of an amount by a copula ("X. That
    was 5.8 percent above the 869.5 billion won paid the year before": :func:`subject_amount`), the amount it is
    counted from: that amount's own year, else the year after the base's; else None (cfix40).

    >>> t = "Seoul's payment, 1.0389 trillion won in 2020, rose 13.9 percent to 1.1833 trillion won in 2021."
    >>> r, fig = figure_in(t, 1)
    >>> amount_after_years(r, fig, False)
    ((2021,), 'phrase')
    >>> r, fig = figure_in("Seoul paid 920 billion won. That was 5.8 percent above the 869.5 billion won paid in "
    ...                    "2013.", 1)
    >>> amount_after_years(r, fig, True), amount_after_years(r, fig, False)
    (((2014,), 'phrase'), None)
    >>> amount_after_years(*figure_in("Its 2026 share is 58 percent more than the 960.2 billion won paid in 2018."),
    ...                    True)
    >>> [amount_after_years(*figure_in(t), True) for t in ("It rose 13.9 percent to 1.1833 trillion won.",
    ...     "Under the 2014-2018 accord, Seoul's payment rose 5.8 percent to 920 billion won.",
    ...     "It was 46 percent above the $5 billion Trump sought in 2019.",
    ...     "It rose 24 percent from 1.0389 trillion won in 2020 to 1.2896 trillion won in 2023.",
    ...     "Seoul agreed to raise it by 13 percent from the $870 million it paid in 2019.")]
    [None, None, None, None, None]
    """
    _, s1 = r.local(fig)
    after = r.figures_in(fig.end, s1)
    if not after or after[0].kind != "money" or after[0].value.get("currency") not in ("KRW", "USD"):
        return None
    reached = _TO_AMOUNT.fullmatch(r.text, fig.end, after[0].start) is not None
    last = fig.exact.rsplit(None, 1)[-1]  # the span may hold its comparative: "5.8 percent above", "5 percent more"
    gap = fig.end - len(last) - 1 if last.lower() in _SPAN_COMPARATIVES else fig.end
    if not reached and not (unmodified and _AMOUNT_BASE_GAP.fullmatch(r.text, gap, after[0].start)
                            and _COPULA_BEFORE.search(r.text, max(0, fig.start - win.CHANGE_VERB_BACK), fig.start)
                            and not r.figures_in(after[0].end, r.clause(fig, strong=True)[1])):
        return None  # "35% from X in 2017 to Y in 2023": a span; "agreed to raise it 13% from X paid in 2019": to when?
    years, how = bind_years(r, after[0])
    dated = reached and how == "clause" and comma_dated(r, after[0])  # cfix41: "cut it by P, to X, for 2005"
    how = "phrase" if dated else how
    if how not in ("phrase", "relative") or len(years) != 1 or not (dated or r.spans_in(
            after[0].end, r.clause(after[0])[1], "date")) \
            or _money_quantity(r, after[0]).quantity not in ("sma_payment", "other"):
        return None  # its year told after it ("Under the 2014-2018 accord, ... rose 5.8% to X": not so); "46 percent
        # above the $5 billion Trump sought in 2019": an ask is no payment
    if reached:
        return years, how
    subject = subject_amount(r, fig)
    if subject is None:
        return None  # "Seoul's share for 2026 is 58 percent more than the X it paid in 2018": its own reading
    own = bind_years(r, subject)  # "Seoul pays X this year. That is 20 percent more than the Y it paid in 2020"
    return own if own[1] != "publication" and len(own[0]) == 1 else ((years[0] + 1,), how)


def subject_amount(r: Reader, fig: Span) -> Span | None:
    """Return the amount a percent is said of: the last figure before it in its sentence when that is an amount, or,
    when it is its sentence's first figure and the sentence opens on a word standing for the amount before ("That
    is", "The figure was": :data:`_AMOUNT_ANAPHOR`), the last amount of the sentence before; else None (cfix40).

    >>> r, fig = figure_in("Seoul pays 1.25 trillion won this year. That is 20 percent more than in 2020.", 1)
    >>> subject_amount(r, fig).exact
    '1.25 trillion won'
    >>> subject_amount(*figure_in("Seoul pays more. It rose 20 percent.")) is None
    True
    """
    s, _ = r.sentence_of(fig)
    before = r.figures_in(s, fig.start)
    if before:
        return before[-1] if before[-1].kind == "money" else None
    i = bisect.bisect_right(r.sent_starts, s) - 2
    if i < 0 or not _AMOUNT_ANAPHOR.match(r.text, s):
        return None
    amounts = r.spans_in(r.sentences[i].start, r.sentences[i].end, "money")
    return amounts[-1] if amounts else None


def dated_subject_years(r: Reader, fig: Span, base: Span) -> tuple[tuple[int, ...], str] | None:
    """Return the years of a percent change whose subject is a payment of a named year ("This year's payment of X
    is 13.9 percent more than in 2019", "The 2026 payment, X, is 46 percent more than in 2020"): the amount's own
    date, bound in its phrase, fixes the change's later year when it is after the base's; else None (fix49c; without
    the subject's year the change is of the year after the base).

    >>> r = Reader(annotate_text("The 2026 payment of 1.5 trillion won is 46 percent more than in 2020."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> dated_subject_years(r, fig, base_date(r, fig))
    ((2026,), 'phrase')
    >>> r = Reader(annotate_text("A payment of 1.18 trillion won is 13.9 percent more than in 2020."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> dated_subject_years(r, fig, base_date(r, fig)) is None
    True
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if not before or before[-1].kind != "money" or not _SUBJECT_COPULA.fullmatch(r.text, r.restated_to(before[-1]),
                                                                                   fig.start):
        return None
    years, how = bind_years(r, before[-1])
    later = len(years) == 1 and how != "publication" and years[0] > date_years(base)[-1] + 1
    return (years, how) if later else None


def change_target_year(r: Reader, fig: Span, d: Span) -> int | None:
    """Return the year of the amount a change counted from the date ``d`` rises to, when the amount follows "to" right
    after the date and its own phrase names a later year ("by 13.9% from 2019 to $1.03 billion for 2021": 2021);
    else None.

    >>> r = Reader(annotate_text("Seoul raised it by 13.9 percent from 2019 to $1.03 billion for 2021."))
    >>> change_target_year(r, r.figures_in(0, len(r.text))[0], r.spans_in(0, len(r.text), "date")[0])
    2021
    """
    after = r.spans_in(d.end, r.clause(fig).end, "money")
    if not after or not _TO_FIGURE.fullmatch(r.text, d.end, after[0].start):
        return None
    years, how = bind_years(r, after[0])
    return years[-1] if how == "phrase" and years[-1] > date_years(d)[-1] else None


def modified_target_year(r: Reader, fig: Span, d: Span) -> int | None:
    """Return the year of the amount a percent counted from the date ``d`` modifies, written before it with its own
    later year ("X won in 2021, 13.9 percent more than in 2019": 2021, the rise spanning 2019 to 2021); else None.

    >>> r = Reader(annotate_text("Seoul will pay 1.18 trillion won in 2021, 13.9 percent more than in 2019."))
    >>> modified_target_year(r, r.spans_in(0, len(r.text), "percent")[0], r.spans_in(0, len(r.text), "date")[-1])
    2021
    >>> r = Reader(annotate_text("Seoul will pay 1.18 trillion won this year, a 13.9 percent rise from 2019.",
    ...                          "2021-03-10"))
    >>> modified_target_year(r, r.spans_in(0, len(r.text), "percent")[0], r.spans_in(0, len(r.text), "date")[-1])
    2021
    """
    base = _modified_amount(r, fig)
    if base is None:
        return None
    years, how = bind_years(r, base)  # a year the text writes or names relatively ("X won this year, a N% rise")
    return years[-1] if how in {"phrase", "relative"} and years[-1] > date_years(d)[-1] else None


def year_series(r: Reader, fig: Span, years: tuple[int, ...]) -> tuple[int, ...]:
    """Return every year of a listed series of years in the figure's clause that holds the one year it is bound to
    ("Over 2021 and 2022 Seoul paid X in total": 2021 and 2022), else ``years`` (claims18). Not for a list matched
    to its amounts by "respectively", nor for an end of a change over a period (:func:`endpoint_years`).

    >>> r = Reader(annotate_text("Over 2021 and 2022 Seoul paid 2.43 trillion won in total."))
    >>> year_series(r, r.figures_in(0, len(r.text))[0], (2022,))
    (2021, 2022)
    """
    c0, c1 = r.clause(fig, strong=True)
    if len(years) != 1 or _RESPECTIVELY.search(r.text, c0, c1) or endpoint_years(r, fig):
        return years
    for d in r.spans_in(c0, c1, "date"):
        series = [d]
        while len(series) < 12:  # a listed series is short; a run of thousands of years is read in bounded steps
            last = last_of_series(r, series[-1]) if len(date_years(series[-1])) == 1 else series[-1]
            nxt = [x for x in r.spans_in(series[-1].end, series[-1].end + win.SERIES_YEAR_NEXT, "date")
                   if x.start >= series[-1].end]
            if last is series[-1] or not nxt:
                break
            series.append(nxt[0])
        found = tuple(y for x in series for y in date_years(x)[:1] if len(date_years(x)) == 1)
        if len(found) == len(series) > 1 and years[0] in found:
            return found
    return years


def _modified_amount(r: Reader, fig: Span) -> Span | None:
    """Return the amount a percent modifies ("X won in 2026, up 8 percent"): the last amount of the
    previous phrase in the same clause, when the percent's phrase starts with it; not the amount before a percent a
    relative clause of asking names ("X won, against the 50 percent Washington sought": :func:`asked_relative`), nor
    one inside a relative aside before the percent's clause.

    >>> r, fig = figure_in("Trump, who last year demanded $5 billion, now wants Seoul to pay 50 percent more.", 1)
    >>> _modified_amount(r, fig) is None
    True
    """
    return r.once(_modified_amount_read, fig)  # speed59: asked of a figure by many rules


def _modified_amount_read(r: Reader, fig: Span) -> Span | None:
    """Return what :func:`_modified_amount` finds, read afresh."""
    if asked_relative(r, fig):
        return None
    p0, _ = r.clause(fig)
    c0, _ = r.clause(fig, strong=True)
    s, _ = r.local(fig)
    before = [m for m in r.figures_in(s, fig.start)]
    if before and before[-1].kind == "money" and _TAILED_APPOSITION.fullmatch(r.text, before[-1].end, fig.start):
        return before[-1]  # "X dollars -- a roughly 50 percent increase", "X a year from Seoul - a 400 percent rise"
    if r.figures_in(p0, fig.start) or p0 <= c0:
        return None
    figures = r.figures_in(c0, p0)  # "X won, up 5.8 percent, with rises capped at 4 percent": X is the first's
    if figures and subject_aside(r, c0, figures[-1]):
        return None  # conv54: "Trump, who last year demanded $5 billion, now wants 50 percent more": the aside's own
    return figures[-1] if figures and figures[-1].kind == "money" else None


# --- quantity, modality, actor -----------------------------------------------------------------------


def _own_cues(r: Reader, fig: Span, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """Return (distance, position) of the matches of ``pattern`` in [start, end) that belong to ``fig``: no
    other figure of its kind stands between them, unless it restates the sum ("$4.7 billion, or 5.5 trillion won")."""
    members: set[str] | None = None  # years47: "paid X, Y and Z in 2019, 2021 and 2022, respectively": Z shares
    out = []  # the list's cue (read when a figure stands between)
    for m in pattern.finditer(r.text, start, end):
        lo, hi = (m.end(), fig.start) if m.end() <= fig.start else (fig.end, m.start())
        between = _figures_between(r, fig, max(lo, start), min(hi, end))
        if between and members is None:
            members = {f.id for f in respective_list(r, fig)}
        if all(_restates(r, f, fig) or f.id in members for f in between) or listed(r, between, fig):
            out.append((hi - lo, m.start()))
    return out


def labelled_payment(r: Reader, fig: Span) -> bool:
    """Return whether a figure's label (:func:`figure_label`), or the label of the amount a percent modifies ("2021
    payment: X (+5.4%)"), names the cost-sharing payment ("2019 payment: X").

    >>> labelled_payment(*figure_in("2019 payment: 1.4 trillion won")), labelled_payment(*figure_in("Budget: $5"))
    (True, False)
    >>> labelled_payment(*figure_in("2021 payment: 1.18 trillion won (+5.4%)", 1))
    True
    """
    base = _modified_amount(r, fig) if fig.kind == "percent" else None
    label = figure_label(r, base or fig)
    return label is not None and bool(payment_words(r.text, *label))


def list_item(r: Reader, fig: Span) -> tuple[ListItem, Bounds] | None:
    """Return an amount as an item of a list of yearly figures, with the bounds of the list's head: the words before
    the colon or dash that opens the list ("Seoul's payments by year: 2019, X; 2021, Y", "Seoul paid the following:
    X in 2019, Y in 2021"), or the sentence before a list of lines ("Seoul's payments by year.\\n- 2019: X"); the
    items before it are walked back over. None when it is no such item (found once per amount and reader).

    >>> r = Reader(annotate_text("Seoul's payments by year: 2019, 1.04 trillion won; 2021, 1.18 trillion won."))
    >>> item, head = list_item(r, r.figures_in(0, len(r.text))[1])
    >>> item.year, r.text[slice(*head)]
    (2021, "Seoul's payments by year")
    >>> list_item(r, figure_in("Seoul paid 1.04 trillion won in 2019, 1.18 trillion won in 2021.", 1)[1]) is None
    True
    """
    if fig.id not in r.items:
        found = table_item(r, fig) or (_list_item(r, fig) if fig.kind == "money" else None)
        r.items[fig.id] = None if found and dashed_not_payment(r, fig, found) else found  # fix51v4
    return r.items[fig.id]


def dashed_not_payment(r: Reader, fig: Span, found: tuple[ListItem, Bounds]) -> bool:
    """Return whether an amount is an item "<year> -- X" (a double hyphen between year and amount) of a list whose
    head does not name Seoul's payment: only a list of payments is read by such items ("Seoul's payments: 2017 -- X;
    2018 -- Y"); a list of asks, budgets or spending keeps the reading it had before double hyphens were items
    (fix51v4).

    >>> r = Reader(annotate_text("Seoul's payments: 2017 -- 1 trillion won. U.S. asks: 2019 -- $5 billion."))
    >>> [dashed_not_payment(r, f, _list_item(r, f)) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    item, head = found
    if item.mark == "|" or "--" not in r.text[item.sep:fig.start]:
        return False
    return getattr(head_reading(r, head), "quantity", None) != "sma_payment"


def head_payer_korea(r: Reader, subject: Bounds, paid: int) -> bool:
    """Return whether a list head's subject names Korea as its payer anywhere ("Seoul's payments", "Payments by
    Seoul", "What the South paid"), or as the adjective of its payment word starting at ``paid`` ("Korean
    payments"), and no other payer; a side after "in", "to", "for" ... is a place or a recipient, not a payer
    (review67 finding 3).

    >>> r = Reader(annotate_text("Payments by Seoul. Korean payments. Payments by Seoul and Tokyo. Payments to Seoul. "
    ...                          "Korea's payments."))
    >>> [head_payer_korea(r, (m.start(), m.end()), r.text.index("ayments", m.start()) - 1)
    ...  for m in re.finditer(r"[^.]+", r.text)]
    [True, True, False, False, True]
    """
    sides = [c for pos, c in named_countries(r, *subject)
             if _prep_before(r.text, max(subject[0], pos - PARTNER_BACK), pos) not in _HEAD_PLACE_PREPS]
    if any(c != "KR" for c in sides):
        return False
    return bool(sides) or _KOREAN_ADJECTIVE.search(r.text, max(subject[0], paid - PARTNER_BACK), paid) is not None


def head_reading(r: Reader, head: Bounds) -> Quantity | None:
    """Return the quantity a list's head names for its items, read in the order of an amount's own words
    (:func:`_read_money`) on the head's subject, its words before a "than", "which", "what" or "how" clause: a
    quantity the data do not cover nearer the list than any cost-sharing word ("Defence budget requests by year";
    troop words name what is paid for), else the nearest cue of a demand, an offer or a forecast, else a payment word
    whose payer, named anywhere in the subject, is Korea and no other (:func:`head_payer_korea`; review67 finding 3);
    another's payment, or one only in the clause, is "other" (mendf66); None when it names none.

    >>> r = Reader(annotate_text("Seoul's payments by year. Defence budget requests by year. U.S. demands by year."))
    >>> [head_reading(r, h)[:2] for h in ((0, 24), (26, 57), (59, 78))]
    [('sma_payment', 'reported'), ('defence_budget', 'reported'), ('demand', 'demand')]
    >>> r = Reader(annotate_text("Tokyo pays its share. The U.S. spends more than Seoul pays. How much Seoul paid"))
    >>> [head_reading(r, h)[0] for h in ((3, 23), (25, 61), (63, 82))]
    ['other', 'other', 'sma_payment']

    A head that opens on the payment word and names no payer at all ("Payments by year") reads as the payment on the
    context cue only, never called contradicted (cfix37, probe35 li041):

    >>> r = Reader(annotate_text("Payments by year"))
    >>> head_reading(r, (3, 19))[::3]
    ('sma_payment', True)
    """
    cut = _HEAD_CLAUSE.search(r.text, *head)  # "What Seoul paid" at the start is the subject, "How ..." is none
    subject = Bounds(head[0], cut.start() if cut else head[1])
    others = [(m.start(), name) for name, p in _OTHER_CUES
              if name != "troops" and (m := last_match(p, r.text, *subject))]
    sma = last_match(_SMA_WORDS, r.text, *subject)
    if others and (sma is None or max(others)[0] > sma.start()):
        pos, name = max(others)
        return Quantity(name, "reported", pos)
    intents = [(m.start(), name) for name, p in _HEAD_INTENTS if (m := last_match(p, r.text, *subject))]
    if intents:
        pos, name = max(intents)
        return Quantity(name, name, pos)
    paid = payment_words(r.text, *subject)
    if paid and head_payer_korea(r, subject, paid.start()):  # Korea pays
        return Quantity("sma_payment", "reported", paid.start())
    if paid and paid.start() == subject[0] and not named_countries(r, *head) \
            and not _HEAD_BY_PAYER.search(r.text, *head):  # cfix37: "Payments by year", no payer ("by Korean firms")
        return Quantity("sma_payment", "reported", paid.start(), loose=True)  # named: a context cue, never contradicted
    return Quantity("other") if paid or _PAYMENT.search(r.text, *head) else None


def listed_reading(r: Reader, fig: Span) -> Quantity | None:
    """Return the quantity of an amount that is an item of a list whose head names it (:func:`list_item`,
    :func:`head_reading`): the head's words stand for each item's.

    >>> r = Reader(annotate_text("Seoul paid the following: 1.04 trillion won in 2019 and 1.18 trillion won in 2021."))
    >>> [listed_reading(r, f).quantity for f in r.figures_in(0, len(r.text))]
    ['sma_payment', 'sma_payment']
    """
    found = list_item(r, fig)
    return head_reading(r, found[1]) if found else None


def payer_subject_change(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the change of a verb right before it (or opening it: "rises 11 percent") whose
    own subject is Korea's payment (:data:`_PAYER_SUBJECT_BEFORE`), or that Korea's possessive owns as a rise
    (:data:`_PAYER_OWNS_RISE`: "Seoul's 11 percent increase"): the change is the payment's, whatever other
    quantity (the defence budget) the sentence named before (xv59).

    >>> t = "The 3.6 percent defense budget increase means Seoul's share rises 11 percent this year."
    >>> r, _ = figure_in(t)
    >>> [payer_subject_change(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    >>> r, _ = figure_in("The defense budget, which Seoul's share tracks, rose 3.6 percent.")
    >>> [payer_subject_change(r, f) for f in r.figures_in(0, len(r.text))]
    [False]
    >>> r, _ = figure_in("Seoul's 3.6 percent increase in defense spending gives Seoul's 11 percent increase.")
    >>> [payer_subject_change(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    >>> [payer_subject_change(*figure_in(t)) for t in ("Seoul's share, pegged to the defense budget, rose 6 percent.",
    ...     "Seoul's share, in real terms, rose 6 percent.", "North Korea's share rose 6 percent.",
    ...     "Japan and South Korea's share rose 6 percent.", "The labor portion of Seoul's share rose 6 percent.")]
    [True, False, False, False, False]
    """
    if fig.kind != "percent":
        return False
    s0, _ = r.sentence_of(fig)
    if _PAYER_OWNS_RISE.search(r.text, max(s0, fig.start - win.KOREA_OWNS_RISE_BACK), fig.start) \
            and _RISE_NOUN_LAST.search(fig.exact) and not _IN_OF_AFTER.match(r.text, fig.end):
        return True
    verb = fig.start if fig.exact[:1].isalpha() else None
    if verb is None:
        m = _CHANGE_VERB_END.search(r.text, max(s0, fig.start - win.PAYER_SUBJECT_BACK), fig.start)
        verb = m.start() if m is not None else None
    m = _PAYER_SUBJECT_BEFORE.search(r.text, max(s0, verb - win.PAYER_SUBJECT_BACK), verb) if verb is not None else None
    return m is not None and (m["aside"] is None or indexed_to_budget(r.text, m.start("aside"), m.end("aside")))


def _other_quantity(r: Reader, fig: Span) -> str | None:
    """Return the other quantity named in the figure's phrase, nearer to it than any SMA word; troop words
    count only where no SMA word is in the phrase (payments are "for the upkeep of troops"). A phrase that is a
    relative clause ("its defense budget, which grew 5.4 percent") is read with the noun it hangs on.

    >>> r = Reader(annotate_text("Payments follow the defense budget, which grew 5.4 percent this year."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0])
    'defence_budget'
    >>> r = Reader(annotate_text("Seoul pays its SMA share. Its defense budget rose 9.9 pecent, or $40 billion."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0])
    'defence_budget'
    >>> r = Reader(annotate_text("Seoul's defense budget, $43 billion, is larger than its cost-sharing payment."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0])
    'defence_budget'
    """
    return r.once(_other_quantity_read, fig)  # speed59: asked of a figure by many rules


def _other_quantity_read(r: Reader, fig: Span) -> str | None:
    """Return what :func:`_other_quantity` finds, read afresh."""
    if spending_under_deal(r, fig) or payer_subject_change(r, fig):  # xv59: "The X budget rise means Seoul's share
        return None  # rises Y"; claims45: "According to the new agreement, Seoul's defense expenditure is X"
    if apposed_to_budget(r, fig):
        return "defence_budget"  # defbud72: "tied to the growth of the defense budget, 5.4 percent in 2022"
    head = pronoun_quantity(r, fig) or reduced_relative_head(r, fig)  # cfix50: "The wage bill was out. It rose X"
    if head is not None:
        return head  # fresh77v: "its defense expenditure, budgeted at X this year and slated to grow by Y%"
    p0, p1 = r.clause(fig)
    if _RELATIVE.match(r.text, p0) or (fig.kind == "money" and _OR_GAP.fullmatch(r.text, max(0, p0 - 2), fig.start)) \
            or apposed_amount(r, fig, p0):
        s, _ = r.local(fig)  # "its budget, which grew 5.4 percent"; "the budget rose 9.9 pct, or $40 billion"
        p0 = max([s, *(m.end() for m in _WEAK.finditer(r.text, s, max(s, p0 - 2)))])
    p0 = past_aside(r, fig, min(p0, r.clause(list_head(r, fig)).start))  # "X in 2017, Y in 2018": Y with X's words
    if _PROJECT_COST.match(r.text, r.restated_to(fig)) or cost_modifier(r, fig):
        return "other"  # "the $10.7 billion cost of building the base"; cother52: "the annual cost of keeping troops"
    if part_relative(r, fig) or part_main(r, fig) or own_forces(r, fig) or aid_or_excess(r, fig):
        return "other"  # fix49c/fix50c: "the X Seoul pays Korean workers", "pays Korean workers X": a part; review81:
        # "the X Seoul spends on its own army", "pays X to maintain its own forces": the payer's own, no SMA payment
    p1 = min(p1, covered_from(r, fig), joined_clause_at(r, fig))  # fix50c: "the X Seoul pays this year covers wages":
    # the whole; cfix37: "demanded X and the defence budget was Y": the budget is the next clause's
    sma = _own_cues(r, fig, _SMA_WORDS, p0, p1)
    best: str | None = None  # the quantity of the nearest cue, ``best_dist`` away
    best_dist = 0
    for name, pattern in _OTHER_CUES:
        if name == "troops" and (fig.kind == "money" or sma or priced_troops(r, p0, p1)):
            continue  # fresh79v: "hiked the price tag for US forces roughly 400%": the forces' price, not their number
        for dist, pos in _own_cues(r, fig, pattern, p0, p1):
            if _foreign_cue(r, fig, name, dist, pos, p0):
                continue
            if best is None or dist < best_dist:
                best, best_dist = name, dist
    c0 = min(p0, r.clause(fig, strong=True).start)  # "Per capita, Seoul's payment is X": a fronted rate word
    if any(not _foreign_cue(r, fig, "other", d, pos, c0) for d, pos in [*joint_payer_cues(r, fig, c0, p1), *(
           hit for cue in (_PART_CUE, _OTHER_PAYER, _FRACTION_OF_PAYMENT) for hit in _own_cues(r, fig, cue, c0, p1))]):
        return "other"  # "contributions unused by the command reached X": a part of the payment
    if part_named_after(r, fig) or part_of_payment(r, fig) or unexecuted_part(r, fig) or owed_part(r, fig) \
            or held_balance(r, fig) or included_part(r, fig) or rate_or_part_subject(r, fig):
        return "other"  # "X, or 75 percent, of last year's unused contributions": a part; "X a soldier": a rate
    if best is None and bought(r, fig):
        return "other"  # memo56f: "will buy X of drones": what is bought is goods, never the payment
    if best is None and not sma:
        return relative_subject(r, fig)  # "the growth rate, which had held at X, could fall to Y"
    if best is None or any(dist < best_dist for dist, _ in sma):
        return None
    return best


def joint_payer_cues(r: Reader, fig: Span, start: int, end: int) -> list[tuple[int, int]]:
    """Return (distance, position) of the figure's own cues of :data:`_JOINT_PAYER` in [start, end) whose first member
    is a side (:func:`names_side`): "Japan and South Korea's payment rose 9 percent" is a joint sum, "took effect in
    April and Seoul's payment is X" Korea's own (tidy59a).

    >>> [len(joint_payer_cues(r, f, 0, len(r.text))) for r, f in (figure_in(t) for t in (
    ...     "Japan and South Korea's payment rose 9 percent.", "It began in April and Seoul's share rose 9 percent."))]
    [1, 0]
    """
    return [(d, pos) for d, pos in _own_cues(r, fig, _JOINT_PAYER, start, end)
            if names_side(r, pos, _JOINT_PAYER.match(r.text, pos).end("first"))]


def _intent(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return the nearest cue of a demand, an offer or a forecast that governs the figure: before it in its
    clause with no other sum of its kind between, nor a reported payment after the cue ("at the request of X,
    Seoul paid Y", "a rise in the payment, which last year was Y"); or a demand or offer after it in its own phrase
    ("the 50 percent rise Trump demanded"); or an amount charged ("a $5 billion bill").

    >>> r = Reader(annotate_text("They sought a rise in the payment, which was $830 million; a $5 billion bill."))
    >>> [(_intent(r, f) or ("none",))[0] for f in r.figures_in(0, len(r.text))]
    ['none', 'demand']
    """
    head = head_noun(r, fig)
    if head is not None:
        return head
    c0 = change_aside_start(r, fig, dashed_aside_start(r, fig, r.clause(fig, strong=True).start))
    best: Intent | None = None
    for name, pattern in (("demand", _DEMAND), ("offer", _OFFER), ("forecast", _FORECAST)):
        cues = [pos for _, pos in _own_cues(r, fig, pattern, c0, fig.start) if not _deal_terms(r, pos)
                and not compared_after(r, pos, fig) and not unsigned_outside(r, fig, pos)
                and not passive_ask_kept(r, fig, pos, c0)]
        if cues and (best is None or max(cues) > best.pos):
            best = Intent(name, max(cues))
    tag = us_price_tag(r, fig, c0)
    if tag is not None and (best is None or tag > best.pos):
        best = Intent("demand", tag)
    _, p1 = r.clause(fig)
    paid_end = min(p1, fig.end + win.PAID_FORM_AFTER)
    if best is not None and fig.kind == "money" and not _RISE_OVER.match(r.text, fig.end) \
            and (_PAID_FORM.search(r.text, fig.end, paid_end)
                                                     or _OBLIGED_FORM.search(r.text, fig.end, paid_end)
                                                     or paid_relative(r, fig)):  # caught50: "the X they pay"
        return None  # "far more than the X Seoul paid last year": X is what was paid (not a rise "from what it paid")
    if best is not None:
        return None if paid_after_cue(r, fig, best) else best
    got = to_get(r, fig)  # "we'll get $5 billion from Seoul": the paid side's aim
    if got is not None:
        return "demand", got
    named = asked_before_dash(r, fig)  # "less than what Washington demanded — X —"
    if named is not None:
        return "demand", named
    # "proposed by the US", "the X Trump floated"
    for asked in (_cited_by_us, pay_condition, put_forward, put_after, lowered_from, mandative_pay):
        cited = asked(r, fig)
        if cited is not None:
            return "demand", cited
    refused = refused_sum(r, fig)  # "refuses to pay $5 billion": the other side's demand
    if refused is not None:
        return refused
    for name, pattern in (("demand", _DEMAND), ("offer", _OFFER)):
        m = pattern.search(r.text, fig.end, p1)
        if m and not r.figures_in(fig.end, m.start()) and not later_clause(r.text, past_own_date(r, fig), m.start()) \
                and not compared_base(r.text, fig.end, m.start()):
            return name, m.start()
    if fig.kind == "money" and _BILL.match(r.text, fig.end):
        return "demand", fig.end  # "a $5 billion bill": what one side charges the other
    owner = owned_by_us_side(r, fig)  # memo56f: first "X, the same amount Washington quoted"
    return apposed_ask(r, fig) or relative_ask(r, fig) or (("demand", owner) if owner is not None else None)


def paid_after_cue(r: Reader, fig: Span, intent: Intent) -> bool:
    """Return whether the words between an intent's cue and the figure make the figure what was paid or got, not the
    ask: a payment told between ("sought a rise in the payment, which last year was X"), or a verb of getting right
    after a comma ("pressured Seoul to pay more, securing X": :func:`got_after`, frames76).

    >>> r, fig = figure_in("They sought a rise in the payment, which last year was $830 million.")
    >>> paid_after_cue(r, fig, Intent("demand", r.text.index("sought")))
    True
    >>> r, fig = figure_in("They sought a rise in the payment to $830 million.")
    >>> paid_after_cue(r, fig, Intent("demand", r.text.index("sought")))
    False
    """
    pattern = {"demand": _DEMAND, "offer": _OFFER, "forecast": _FORECAST}[intent.name]
    cue = pattern.match(r.text, intent.pos)
    start = cue.end() if cue else intent.pos
    paid = _PAID_FORM.search(r.text, start, fig.start)
    return bool(paid and not multiple_apposition(r.text, paid, fig)) or _RELATIVE_IS.search(
        r.text, start, fig.start) is not None or got_after(r, fig, start)


def us_price_tag(r: Reader, fig: Span, start: int) -> int | None:
    """Return where "<owner>'s price tag / tab / opening figure" opens before the figure in its clause (from
    ``start``, no other figure between) when its owner is on the US side (:func:`us_owner`; "the US side's", "the
    American team's": :data:`_SIDE_NOUN`, xv59): the price the paid side names is its demand; else None (frames52,
    memo56f).

    >>> r, fig = figure_in("Esper's price tag of $5 billion a year stunned Seoul.")
    >>> r.text[us_price_tag(r, fig, 0):fig.start]
    "'s price tag of "
    >>> r, fig = figure_in("Seoul's tab of $1 billion a year drew criticism.")
    >>> us_price_tag(r, fig, 0) is None
    True
    >>> [us_price_tag(*figure_in(t), 0) is not None for t in ("The US side's opening figure of $5 billion was high.",
    ...     "The Korean side's opening figure of $1 billion was low.", "The US side's figure of $1 billion was low.")]
    [True, False, False]
    """
    m = last_match(_PRICE_TAG, r.text, start, fig.start)
    if m is None or r.figures_in(m.end(), fig.start):
        return raised_tag(r, fig, start)
    space = r.text.rfind(" ", max(start, m.start() - win.SIDE_NOUN_BACK), m.start())
    side = _SIDE_NOUN.fullmatch(r.text, space, m.start()) if space >= 0 else None  # "the US side's"
    return m.start() if us_owner(r, side.start() if side else m.start()) else raised_tag(r, fig, start)


def raised_tag(r: Reader, fig: Span, start: int) -> int | None:
    """Return where a US subject's raising of "the price tag" ends before the figure in its clause (from ``start``, no
    other figure between): the side that raises the price it names asks it ("Trump hiked the price tag for US forces
    roughly 400% for 2020", fresh79v); else None.

    >>> r, fig = figure_in("Trump hiked the price tag for US forces roughly 400% for 2020.")
    >>> r.text[raised_tag(r, fig, 0):fig.start]
    ' hiked the price tag for US forces '
    >>> raised_tag(*figure_in("Seoul raised the price tag for the base by 10%."), 0) is None
    True

    A price tag of something else is no ask of the troops' cost (review80):

    >>> raised_tag(*figure_in("Trump raised the price tag for the new base by 10 percent."), 0) is None
    True
    """
    m = last_match(_RAISED_TAG, r.text, start, fig.start)
    if m is None or r.figures_in(m.end(), fig.start) or not us_owner(r, m.start()):
        return None
    if not _TAG_OF_TROOPS.match(r.text, m.end(), fig.start):
        return None
    return m.start()


def us_owner(r: Reader, end: int) -> bool:
    """Return whether the words ending at ``end`` name the US side: a person, body or place of data/entities.csv whose
    country is the US; a title that fits the role of the person it names or, when none is named, of a US person
    (:func:`title_fits`: "the president", "the defense secretary"); or "(the) <US name> administration".

    >>> r = Reader(annotate_text("Esper's aide spoke. The president's aide spoke. The administration's aide spoke."))
    >>> [us_owner(r, r.text.index(w) + len(w)) for w in ("Esper", "president", "administration")]
    [True, True, True]
    >>> r = Reader(annotate_text("Seoul's aide spoke. Moon's aide spoke. The Moon administration's aide spoke."))
    >>> [us_owner(r, r.text.index(w) + len(w)) for w in ("Seoul", "Moon", "administration")]
    [False, False, False]
    """
    owners = [p for p in r.spans_in(max(0, end - win.US_OWNER_BACK), end, "person", "org", "place") if p.end == end]
    if _ADMINISTRATION.search(r.text, max(0, end - win.ADMINISTRATION_BACK), end):
        before = [p for p in r.spans_in(max(0, end - win.US_OWNER_BACK), end, "person", "org", "place")
                  if _ADMINISTRATION.fullmatch(r.text[p.end:end].strip())]
        return not before or r.country.get(str(_actor_id(before[-1]))) == "US"
    if not owners:
        return False
    owner = owners[-1]
    if _actor_id(owner):
        return r.country.get(str(_actor_id(owner))) == "US"
    return bool(owner.value.get("descriptor")) and title_country(r, owner) == "US"


def title_country(r: Reader, title: Span) -> str | None:
    """Return the country of the person a title names: that of the last person named before it whose role it fits
    (:func:`title_fits`); when none is named, the US if the title fits the role of a US person of data/entities.csv
    (the side that names a price: "the president's price tag"), else None.

    >>> r = Reader(annotate_text("Moon spoke. The president's remarks and the defense secretary's came later."))
    >>> [title_country(r, p) for p in r.spans_in(0, len(r.text), "person") if not p.value.get("id")]
    ['KR', 'US']
    """
    named = named_for_title(r, title)
    if named is not None:
        return entity_country(named)
    return "US" if any(title_fits(title.exact, role) for role, country in _person_roles() if country == "US") else None


def to_get(r: Reader, fig: Span) -> int | None:
    """Return where "will/'ll/would/to get" starts when the figure (or the first of "X and Y") is its object: what
    one means to get from the payer is asked of it; a past "got X" is what was paid. Else None.

    >>> for t in ("He said they will get $5 billion; the way to get the $8 and $5 billion is pressure.",
    ...           "The U.S. got $900 million from Seoul; it was easy to get $1 billion.",
    ...           "Under the deal USFK will get $1 billion. Seoul would get $2 billion back."):
    ...     r = Reader(annotate_text(t))
    ...     print([to_get(r, f) is not None for f in r.figures_in(0, len(r.text))])
    [True, True, True]
    [False, False]
    [False, False]
    """
    head = fig
    prev = [f for f in r.figures_in(max(0, fig.start - win.JOINED_FIGURE_BACK), fig.start) if f.kind == fig.kind]
    if prev and _LIST_JOIN.fullmatch(r.text, r.restated_to(prev[-1]), fig.start):
        head = prev[-1]  # "to get the $8 and $5 billion payments"
    m = _GET_BEFORE.search(r.text, max(0, head.start - win.GET_BEFORE_BACK), head.start)
    if m is None:
        return None
    s, e = r.local(fig)
    c0, _ = r.clause(head, strong=True)
    back = max(c0, m.start() - win.KOREA_GETS_BACK)
    if DEAL_WORD.search(r.text, s, e) or _KOREA_GETS.search(r.text, back, m.start()):
        return None  # "USFK will get X under the new deal": the deal's payment; "Seoul would get X": not asked of it
    return m.start()


def others_ask(r: Reader, fig: Span, cue: int) -> bool:
    """Return whether a demand whose clause has the payer as subject is the other side's all the same: its noun's
    agent is American ("Seoul rejected the demand by Trump for X") or the figure modifies a demand noun
    (:func:`named_demand`).

    >>> r = Reader(annotate_text("Seoul weighs the $1.3 billion demand."))
    >>> others_ask(r, r.figures_in(0, len(r.text))[0], r.text.index("weighs"))
    True
    """
    return r.country.get(noun_agent(r, fig, cue) or "") == "US" or named_demand(r, fig)


def pay_condition(r: Reader, fig: Span) -> int | None:
    """Return where the condition starts when the figure is the sum a condition asks for ("threatened to pull troops
    if Seoul did not pay $5 billion", "unless they pay $5 billion"): a threat's condition on a sum is a demand; else
    None.

    >>> r = Reader(annotate_text("He threatened to pull troops if Seoul did not pay $5 billion, a memoir says."))
    >>> pay_condition(r, r.figures_in(0, len(r.text))[0]) is not None
    True
    >>> r = Reader(annotate_text("If Seoul pays $5 billion, the talks end."))
    >>> pay_condition(r, r.figures_in(0, len(r.text))[0]) is None
    True
    >>> [pay_condition(*figure_in(t)) is not None for t in (
    ...     "Troops would go if Seoul didn't raise its annual contribution to $5 billion.",
    ...     "Seoul would walk away if Washington did not raise its share to $5 billion.")]
    [True, False]
    >>> r = Reader(annotate_text("He threatened to pull troops if $5 billion was not received; unless $5 billion is "
    ...                          "paid, he leaves; if $6 billion is paid, he stays."))
    >>> [pay_condition(r, f) is not None for f in r.figures_in(0, len(r.text))]
    [True, True, False]
    """
    s, _ = r.local(fig)
    m = last_match(_PAY_CONDITION, r.text, max(s, fig.start - win.PAY_CONDITION_BACK), fig.start)
    # review98: a rise the condition asks of the paying side only ("if Seoul didn't raise ...", not "if Washington ...")
    if m is not None and m.end() == fig.start and (m["rise"] is None or [
            c for _, c in sides_named(r, m.start(), m.start("rise"))] == ["KR"]):
        return m.start()
    m = _IF_BEFORE.search(r.text, max(s, fig.start - 12), fig.start)  # "if X was not received" (claims16)
    if m is not None and _EVEN.search(r.text, max(0, m.start() - 6), m.start()):
        return None  # "the troops stay even if X is not paid": a concession, no condition (review16)
    after = _PAID_PASSIVE.match(r.text, r.restated_to(fig)) if m is not None else None
    if after is not None and (after["neg"] is not None) == (m["word"].lower() == "if"):
        return m.start()
    return None


def put_after(r: Reader, fig: Span) -> int | None:
    """Return where the subject of a relative clause right after the amount ends, when that subject is the side
    that is paid and its verb puts the amount forward ("the $5 billion that former President Trump discussed", "the
    $5 billion Trump floated", "the X Washington had sought"): the sum the paid side names is its ask, as when the verb
    comes first (:func:`put_forward`); else None (a subject of the paying side, "the X Seoul proposed", is no ask of
    the paid side's; a verb of paying, "the X Seoul paid", none of these).

    >>> [put_after(*figure_in(t)) is not None for t in (
    ...     "Compared with the $5 billion that former President Donald Trump discussed, the deal is small.",
    ...     "The $5 billion Washington floated was far above the deal.",
    ...     "The $1 billion that Seoul proposed was rejected.",
    ...     "The $1 billion that Washington received was spent.",
    ...     "The $920 million that the Pentagon cited covers a third of the cost.",
    ...     "The $920 million that Trump mentioned as Seoul's payment is too low.")]
    [True, True, False, False, False, False]

    A noun of a sum between (xv59), and then "set" too:

    >>> [put_after(*figure_in(t)) is not None for t in ("Seoul rejected the $5 billion figure Washington set.",
    ...     "The $6 billion annual bill Trump floated is high.", "The $1 billion Washington set aside is spent.",
    ...     "The $1 billion sum Seoul set is low.", "The $1 billion figure Washington set aside is spent.")]
    [True, True, False, False, False]
    """
    gap = _RELATIVE_AFTER.match(r.text, fig.end)
    if gap is None:
        return None
    _, c1 = r.clause(fig, strong=True)
    named = sides_named(r, gap.end(), min(c1, gap.end() + win.CITING_ACTOR_AFTER))
    if not named or named[0][1] != "US" or not _SUBJECT_LEAD.fullmatch(r.text, gap.end(), named[0][0]):
        return None
    at = named[0][0]
    actor = next((a for a in r.spans_in(at, c1, "person", "org", "place") if a.start == at), None)
    end = actor.end if actor is not None else r.text.find(" ", at)
    # review98: the subject's end, as :func:`_cited_by_us` returns, so that the actor before it is found
    put = _PUT_AFTER_VERB.match(r.text, end) or (gap["noun"] and set_not_paid(r, fig, end))
    return end if end > 0 and put else None


def mandative_pay(r: Reader, fig: Span) -> int | None:
    """Return where a mandative subjunctive asking the paying side to pay the amount opens ("that Seoul pay X": the
    verb in its base form after a singular subject is what someone asks, even where the copy lost the verb that asks:
    fresh77v, "The Trump administration that Seoul, a key ally, contribute around X"), else None; not after a verb
    or noun of terms or decision (:data:`_TERMS_THAT`: "the agreement requires that Seoul pay X", "the deal's terms
    state that"; a noun of terms held by the US side is its ask: "Washington's condition that"), nor when the side
    that asks is the paying side ("Trump rejected Seoul's condition that South Korea pay X": :func:`holder_side`,
    mendv78).

    >>> [mandative_pay(*figure_in(t)) is not None for t in ("The White House insisted that Seoul pay $5 billion.",
    ...     "Washington that Seoul, a key ally, contribute around $5 billion for next year.",
    ...     "The deal requires that Seoul pay $1 billion.", "Officials said that Seoul pays $1 billion.",
    ...     "Officials said that Seoul will pay $1 billion.")]
    [True, True, False, False, False]
    >>> [mandative_pay(*figure_in(t)) is not None for t in ("It was stipulated in the annex that Seoul pay $1 billion.",
    ...     "Trump rejected Seoul's condition that South Korea pay $1 billion.",
    ...     "Trump rejected Seoul's offer and insisted that South Korea pay $5 billion.",
    ...     "Washington's condition that Seoul pay $5 billion angered lawmakers.")]
    [False, False, True, True]
    """
    c0 = r.clause(fig, strong=True).start
    m = last_match(_MANDATIVE, r.text, max(c0, fig.start - win.MANDATIVE_BACK), fig.start)
    if m is None:
        return None
    terms = _TERMS_THAT.search(r.text, max(0, m.start() - win.TERMS_THAT_BACK), m.start())
    word = r.text.rfind(" ", c0, m.start() - 1) + 1  # the verb or noun right before "that": whose it is
    side = holder_side(r, fig, max(c0, word))  # a condition of the US side's ("Washington's condition that") is its ask
    return None if side == "KR" or (terms and (side != "US" or not terms.group("noun"))) else m.start()


def put_forward(r: Reader, fig: Span) -> int | None:
    """Return where the verb starts that puts an amount forward as the sum Seoul should pay, when the side that is
    paid does ("The White House has thrown around numbers as high as X", "U.S. negotiators floated a figure of X",
    "Washington mentioned a X increase", "put X on the table"): the sum that side names is its demand, whatever verb
    carries it. The holder is the nearest actor before the verb in its clause (or a title's person); with none named,
    an object that is "a figure / number / sum of" is still the ask. A clause of its own or a payment word between
    ("mentioned that Seoul paid X"), a possessive or "the" right before the amount, a paid form or what the sum is in
    after it ("X in spending", "the rise agreed", "X as this year's contribution": :data:`_PUT_TAIL_STOP`), or a holder
    of the paying side make it none (asks63).

    >>> [put_forward(*figure_in(t)) is not None for t in (
    ...     "U.S. negotiators floated a figure of $6 billion for Seoul's share.",
    ...     "The ministry mentioned that Seoul paid $900 million.",
    ...     "A South Korean official floated a figure of $1 billion.",
    ...     "Officials talked about a figure of $6 billion for the next deal.")]
    [True, False, False, True]
    """
    c0, c1 = r.clause(fig, strong=True)
    start = max(c0, fig.start - win.PUT_FORWARD_GAP)
    verb = last_match(_PUT_FORWARD_VERB, r.text, start, fig.end)  # "tossing around X": "around" opens the amount
    gap = min(verb.end(), fig.start) if verb is not None else fig.start
    if verb is not None and (verb.start() >= fig.start or _PUT_GAP_STOP.search(r.text, gap, fig.start)
                             or r.figures_in(gap, fig.start)):
        verb = None
    table = _PUT_BEFORE.search(r.text, start, fig.start)
    if verb is None and (table is None or not _ON_TABLE.match(r.text, r.restated_to(fig), c1)):
        return None
    pos = verb.start() if verb is not None else table.start()
    if (_OWNER_BEFORE.search(r.text, max(pos, fig.start - win.SHARE_OWNER_BACK), fig.start)
            or _THE_BEFORE.search(r.text, max(pos, fig.start - win.SHARE_OWNER_BACK), fig.start)
            or _PAID_FORM.search(r.text, fig.end, min(c1, fig.end + win.PAID_FORM_AFTER))
            or _PUT_TAIL_STOP.match(r.text, r.restated_to(fig), c1) or _PAID_RIGHT_AFTER.match(r.text, fig.end)):
        return None  # "mentioned South Korea's X payment", "cited the X Seoul paid", "X in spending": a known sum
    side = holder_side(r, fig, pos)
    if side == "US" or (side is None and verb is not None and _FIGURE_NOUN.search(r.text, gap, fig.start)):
        return pos
    return None


def holder_side(r: Reader, fig: Span, pos: int) -> str | None:
    """Return the country ("US", "KR") of who does what the word at ``pos`` says, in the figure's clause before it:
    the side named nearest before the word (:func:`sides_named`), or the first one of its clause when the word is a
    second verb after "and" ("Harris invited Lee to his residence and mentioned X"); None when none is (asks63). A
    side in an aside or named as an object (:func:`side_aside`) is skipped; after a clause opener ("told reporters
    that"), the first side after it, else the first before it, is the subject (mendr64).

    >>> [holder_side(*figure_in(t), t.index("floated")) for t in ("U.S. officials floated $6 billion.",
    ...     "A South Korean official floated $1 billion.", "The envoy floated $1 billion.",
    ...     "Washington hosted a South Korean envoy, who floated $1 billion.")]
    ['US', 'KR', None, 'KR']
    """
    c0, _ = r.clause(fig, strong=True)
    if _AND_VERB.search(r.text, max(c0, pos - win.AND_VERB_BACK), pos):  # "Harris invited Lee ... and mentioned X"
        c0 = max([c0, *(m.end() for m in _CLAUSE_OPENER.finditer(r.text, c0, pos))])
        named = sides_named(r, c0, pos)
        return named[0][1] if named else None
    named = [(at, side) for at, side in sides_named(r, c0, pos) if not side_aside(r.text, c0, at, pos)]
    opener = last_match(_CLAUSE_OPENER, r.text, c0, pos)  # "X told U.S. reporters that he floated": its subject
    if opener is not None:
        after = [side for at, side in named if at >= opener.end()]
        before = [side for at, side in named if at < opener.start()]
        return after[0] if after else before[0] if before else None
    return named[-1][1] if named else None


def sides_named(r: Reader, start: int, end: int) -> list[tuple[int, str]]:
    """Return (where, country) of each side of the talks named in [start, end), in text order: an actor of the
    gazetteer with its country, a title by the side word in it or by :func:`title_country` ("The U.S. envoy", "a
    South Korean official"), a side word outside them ("U.S. officials"); news outlets are no side (asks63).

    >>> r = Reader(annotate_text("Seoul said U.S. officials and a South Korean envoy met."))
    >>> [country for _, country in sides_named(r, 0, len(r.text))]
    ['KR', 'US', 'KR']
    """
    tagged = r.spans_in(start, end, "person", "org", "place")
    out = []
    for span in tagged:
        actor = _actor_id(span)
        if is_newsroom(span):
            continue
        if actor:
            country = r.country.get(str(actor))
        elif span.kind == "person" and span.value.get("descriptor"):
            own = [r.country[side] for side, pattern in _SIDE_WORDS if pattern.search(span.exact)]
            country = own[0] if own else title_country(r, span)
            country = None if inside_aside(r.text, span.start, start, end) else country
        else:
            country = None
        if country:
            out.append((span.start, country))
    for side, pattern in _SIDE_WORDS:
        out.extend((m.start(), r.country[side]) for m in pattern.finditer(r.text, start, end)
                   if not any(s.start <= m.start() < s.end for s in tagged)
                   and not inside_aside(r.text, m.start(), start, end))  # review65 finding 3
    return sorted(out)


def _context(r: Reader, fig: Span) -> tuple[int, int]:
    """Return the figure's sentence together with the sentence before it, and the one before that when the
    sentence between holds no figure and all three are one paragraph (``WINDOW`` characters back at most).

    >>> r = Reader(annotate_text("Talks on the troops' cost resumed. It dates to 1953. Seoul pays $1 billion."))
    >>> r.text[slice(*_context(r, r.figures_in(0, len(r.text))[0]))][:12]
    'Talks on the'
    """
    s, e = r.near(fig)
    i = bisect.bisect_right(r.sent_starts, s) - 1
    if i > 0 and r.sent_starts[i] <= s:
        j = i - 2 if (i > 1 and not r.figures_in(r.sentences[i - 1].start, r.sentences[i - 1].end)
                      and "\n" not in r.text[r.sentences[i - 2].end:s]) else i - 1  # one paragraph
        j = figureless_run_start(r, j, s)  # claims45: past a run of short figure-free sentences of one paragraph
        return max(r.sentences[j].start, s - WINDOW), e
    return s, e


def figureless_run_start(r: Reader, j: int, s: int) -> int:
    """Return the index of the sentence a context that starts at sentence ``j`` reaches back to, when sentence ``j``
    holds no figure: past up to :data:`FIGURELESS_RUN` figure-free sentences of the same paragraph to the sentence
    before them ("South Korea was paying us X. I say, 'Do more. Give more.' Now they're up to Y": Y's context
    reaches the sentence of X, so "they" are the payers there) (claims45); else ``j`` (also when that sentence names
    a third country and not Korea: "Japan pays X. ... Now they are up to Y" is Japan's).

    >>> r = Reader(annotate_text("Seoul paid $500 million. Do more. Give more. Now they pay $900 million."))
    >>> figureless_run_start(r, 2, r.sentences[3].start), figureless_run_start(r, 0, r.sentences[1].start)
    (0, 0)
    >>> r = Reader(annotate_text("Japan paid $500 million. Do more. Give more. Now they pay $900 million."))
    >>> figureless_run_start(r, 2, r.sentences[3].start)
    2
    """
    k = j
    while (k > 0 and j - k < FIGURELESS_RUN and not r.figures_in(r.sentences[k].start, r.sentences[k].end)
           and "\n" not in r.text[r.sentences[k - 1].end:s]):
        k -= 1
    if k == j or not r.figures_in(r.sentences[k].start, r.sentences[k].end):
        return j
    sides = {country for _, country in named_countries(r, r.sentences[k].start, r.sentences[k].end)}
    return k if "KR" in sides or not sides - {"US"} else j  # not a third country's sum ("Japan pays X. ...")


def _change_amount(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a difference between two years ("$70 million more", "an increase of X",
    "an additional X", "the additional cost Seoul will shoulder, which is X").

    >>> r = Reader(annotate_text("Seoul paid more. The additional cost Seoul will shoulder, which is $70 million."))
    >>> _change_amount(r, r.figures_in(0, len(r.text))[0])
    True
    >>> _change_amount(*figure_in("Seoul is to pay 80 billion won (around $70 million) more for the troops."))
    True
    """
    bracket = _BRACKETED.match(r.text, fig.end)  # b124: its restatement is a money span, not a figure of its own
    end = bracket.end() if bracket and r.spans_in(fig.end, bracket.end(), "money", "percent") else fig.end
    if adds_to_other_side(r, fig):
        return False  # claims19: "On top of what Washington spends, Seoul pays an additional X": X is all Seoul pays
    if yearly_outlay_for_us_troops(r, fig):
        return False  # xv59: "Seoul picks up X of the cost of the U.S. forces this year": a whole sum, not a rise
    return (bool(_MORE_AFTER.match(r.text, end))  # "X won ($Y, or 8%) more than last year"
            or bool(_MORE_BEFORE.search(r.text, max(0, fig.start - win.MORE_BEFORE_BACK), fig.start))
            or bool(_ADDED_NOUN.search(r.text, max(0, fig.start - win.ADDED_NOUN_BACK), fig.start))
            or changed_by(r, fig) or restated_change(r, fig) or fell_by(r, fig))


def total_over_span(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a total over a span of years its sentence names: a total word in its own phrase
    ("a total of X", "X in total") or the span fronted before it ("Over the six years of the deal, Seoul will pay
    X"); not when a word makes it yearly or its clause names one year (claims21).

    >>> [total_over_span(*figure_in(t)) for t in (
    ...     "Over the six years of the deal, Seoul will pay more than $7 billion.",
    ...     "Seoul will pay 7.4 trillion won in total over the six-year deal.",
    ...     "Over the past two years, Seoul paid a total of 2 trillion won.",
    ...     "Under the five-year deal, Seoul pays $1 billion a year.",
    ...     "Under the five-year deal, Seoul pays 1.52 trillion won in 2026.",
    ...     "Under the five-year deal, Seoul pays about $1.47 billion in the first year.",
    ...     "Over the past two years, Seoul's contribution rose to 1.04 trillion won.",
    ...     "Seoul will pay 4.7 trillion won over five years of the deal, starting with 920 billion won this year.")]
    [True, True, True, False, False, False, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if per_year(r, fig) or _YEARLY_WORD.search(r.text, c0, c1) or _ONE_YEAR.search(r.text, c0, c1) \
            or _OWN_YEAR.search(r.text, *r.clause(fig)):
        return False
    s0, s1 = r.local(fig)
    span = _YEARS_SPAN.search(r.text, s0, s1)
    if span is None:
        return False
    if _TOTAL_WORD.search(r.text, *r.clause(fig)):
        return True
    return span.end() <= fig.start and not r.figures_in(span.end(), fig.start) and not span.group().lower(
        ).startswith("under") and not _TO_BEFORE.search(r.text, max(0, fig.start - win.TO_LEVEL_BACK),
                                                        fig.start)  # a level reached


def range_total(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the sum of the payments of a range of years: a verb that sums in its clause and
    the years of a range bound to it ("came to X from 2019 to 2022", "payments for 2019 through 2022 totaled X"), no
    word making it yearly (frames63: README's ``sma_total``).

    >>> [range_total(*figure_in(t)) for t in ("Seoul's payments came to 4.5 trillion won from 2019 to 2022.",
    ...                                        "Seoul's payments from 2019 to 2022 came to 1.1 trillion won a year.",
    ...                                        "Seoul's payment came to 1.1 trillion won in 2021.")]
    [True, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if fig.kind != "money" or not _SUMMED.search(r.text, c0, c1) or per_year(r, fig) \
            or _YEARLY_WORD.search(r.text, c0, c1) or AVERAGE_WORD.search(r.text, c0, c1):
        return False
    return len(bind_years(r, fig)[0]) > 1


def total_of_no_span(r: Reader, fig: Span) -> bool:
    """Return whether an amount is called "a total of" with no span of years in its sentence and no yearly word in
    its clause ("Trump demanded a total of $5 billion from Seoul"): a one-off sum, which a yearly ask is not
    (claims22).

    >>> [total_of_no_span(*figure_in(t)) for t in ("Trump demanded a total of $5 billion from Seoul.",
    ...     "Trump demanded a total of $25 billion over five years.", "Trump demanded $5 billion a year.")]
    [True, False, False]
    """
    if not _TOTAL_BEFORE.search(r.text, max(0, fig.start - win.TOTAL_BACK), fig.start):
        return False
    c0, c1 = r.clause(fig, strong=True)
    s0, s1 = r.local(fig)
    return not (per_year(r, fig) or _YEARLY_WORD.search(r.text, c0, c1) or _YEARS_SPAN.search(r.text, s0, s1))


def changed_by(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what a sum rose or fell by: right after a verb of change ("rose by X", "climbed
    X"), or after "by" in a clause whose verb changes a sum ("raised its payment by X") (claims21); "rose to X" names
    the level reached.

    >>> [changed_by(*figure_in(t)) for t in ("Seoul's payment rose by 78.7 billion won this year.",
    ...                                      "Its contribution climbed 144 billion won from last year.",
    ...                                      "Seoul raised its payment by 78.7 billion won.",
    ...                                      "Seoul's payment rises by about 144 billion won this year.",
    ...                                      "Seoul's payment rose to 1.04 trillion won.",
    ...                                      "Seoul paid 1.04 trillion won.")]
    [True, True, True, True, False, False]
    """
    if _CHANGE_BEFORE.search(r.text, max(0, fig.start - win.CHANGE_VERB_BACK), fig.start):
        return True
    c0, _ = r.clause(fig, strong=True)
    return bool(_BY_BEFORE.search(r.text, max(c0, fig.start - 6), fig.start)) and bool(
        _CHANGE_OBJECT.search(r.text, c0, fig.start))


def _money_quantity(r: Reader, fig: Span) -> Quantity:
    """Return the quantity, modality and cue position of an amount; the cue is where its actor is looked for
    (remembered per amount: a later amount may ask about an earlier one)."""
    if fig.id not in r.memo:
        corrected = corrected_of(r, fig)  # mendf68: "the demand was not X but Y": Y is the demand told rightly
        r.memo[fig.id] = _money_quantity(r, corrected)._replace(loose=False) if corrected is not None else \
            _deal_or_read_money(r, fig)  # the context cue read the corrected amount, not this one
    return r.memo[fig.id]


def _deal_or_read_money(r: Reader, fig: Span) -> Quantity:
    """Return the payment for an amount a deal sets for a year (:func:`deal_set_year`: "The deal lifts 2021 to X"),
    else what :func:`_read_money` reads (fix51v4)."""
    return Quantity("sma_payment") if deal_set_year(r, fig) else _read_money(r, fig)


def restated_percent_quantity(r: Reader, fig: Span) -> str | None:
    """Return the quantity of the percent an amount restates ("the defense budget rose 9.9 percent, or $40 billion")
    when it is a quantity the data does not cover; else None.

    >>> r = Reader(annotate_text("Seoul's SMA share rose. Its defense budget rose 9.9 percent, or $40 billion."))
    >>> restated_percent_quantity(r, r.figures_in(0, len(r.text))[-1])
    'defence_budget'
    """
    before = [p for p in r.spans_in(max(0, fig.start - win.RESTATED_PERCENT_BACK), fig.start, "percent")
              if _OR_GAP.fullmatch(r.text, p.end, fig.start)]
    if not before or share_restated(r, fig):
        return None
    quantity = _percent_quantity(r, before[-1]).quantity
    return quantity if quantity in OTHER_QUANTITIES else None


def restated_change(r: Reader, fig: Span) -> bool:
    """Return whether an amount restates, after "or", a percent change right before it that is the payment's change
    ("Seoul's payment was cut by 8.9 percent, or 60.9 billion won, from last year"): the change in money, not a payment
    of the base year (dev131); a share restated ("about 50%, or $800 million, of the costs") and a level reached
    ("will increase to 13.9 percent, or $1.03 billion") are not.

    >>> [restated_change(*figure_in(t, 1)) for t in ("Seoul's payment was cut by 8.9 percent, or 60.9 billion won.",
    ...     "Seoul paid about 50%, or $800 million, of the total costs.",
    ...     "Seoul's contribution will increase to 13.9 percent, or $1.03 billion, in 2021.")]
    [True, False, False]
    """
    if fig.kind != "money" or share_restated(r, fig):
        return False
    percent = restated_percent(r, fig)
    if percent is None or _TO_LEVEL_PERCENT.search(r.text, max(0, percent.start - win.TO_LEVEL_BACK), percent.end):
        return False  # "will increase to 13.9 percent, or $1.03 billion": the amount is the level reached
    return _percent_quantity(r, percent).quantity == "sma_change"


def restated_change_years(r: Reader, fig: Span) -> tuple[tuple[int, ...], str] | None:
    """Return the years of the percent change an amount restates (:func:`restated_change`), read as that percent's
    ("cut by 8.9 percent, or 60.9 billion won, from last year": the cut's year, not the base year), else None.

    >>> from analysis.extract import annotate
    >>> t = "T\\n\\nSeoul's payment fell 8.9 percent, or 66.5 billion won, from last year."
    >>> r = Reader(annotate(t, "2005-04-04"))
    >>> restated_change_years(r, r.figures_in(0, len(r.text))[1])[0]
    (2005,)
    """
    percent = restated_percent(r, fig) if restated_change(r, fig) else None
    return None if percent is None else _change_years(r, percent)


def own_purpose(r: Reader, fig: Span) -> str | None:
    """Return the quantity an amount's own words make it, when not the cost-sharing payment: a kind of money named
    right after it ("$33 billion in comprehensive support": ``other``) or a count of workers it pays in its sentence
    ("a $200 million arrangement to pay for 4,000 Koreans who work for the U.S. forces": ``wages``); else None.

    >>> texts = ("Seoul will provide $33 billion in “comprehensive support” for U.S. forces.",
    ...          "They reached a $200 million cost-sharing deal to pay for 4,000 Korean workers this year.",
    ...          "Seoul pays 1 trillion won in support of U.S. forces.", "It paid $900 million in host-nation support.")
    >>> [own_purpose(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    ['other', 'wages', None, None]
    """
    if project_outlay(r, fig) or outside_sma(r, fig) or before_first_sma(r, fig) or partitive_part(r, fig) \
            or _IN_TOTAL_COSTS.match(r.text, r.restated_to(fig)) or part_of_named_project(r, fig):  # hist58v
        return "other"  # ofix44: "Seoul's contribution to the relocation reached X", "In 1977, ... came to X";
        # cother52: "Of the $10.8 billion, Seoul paid X": a part; "X in total costs for the forces": a wider total
    mine = other_purpose(r, fig)
    if mine:
        return mine  # other63: "$2 billion for the land", "workers were paid X", "asked Congress for X"
    kind = _IN_KIND.match(r.text, fig.end)
    if kind is not None and not _SMA_WORDS.search(kind.group()) and "host" not in kind.group().lower():
        return "other"  # not "$900 million in cost-sharing support", "in host-nation support"
    if funds_people(r.text, fig.end) or _IN_PAY.match(r.text, fig.end):
        return "wages"  # frames63: "lost X in pay"
    if counted_support(r, fig) or thing_paid_for(r, fig):
        return "other"  # other49: "counting free land", "$9.7 billion to relocate U.S. bases"
    _, e = r.local(fig)
    m = _PAYS_PEOPLE.search(r.text, fig.end, min(e, fig.end + r.tol.own_words_chars))
    return "wages" if m is not None and not r.figures_in(fig.end, m.start()) else None


def partitive_part(r: Reader, fig: Span) -> bool:
    """Return whether an amount follows a sentence-opening partitive on another amount ("Of the $10.8 billion, Seoul
    paid X", "Of the 1 trillion won, X went to wages"): a part of that sum, which the data never hold as a year's
    payment (cother52); not an amount inside the partitive itself.

    >>> [partitive_part(*figure_in(t, -1)) for t in ("Of the $10.8 billion, Seoul paid $9.7 billion.",
    ...     "Of the $10.8 billion cost, Seoul paid 92 percent.", "Seoul paid $9.7 billion of it.")]
    [True, False, False]
    """
    if fig.kind != "money":
        return False
    s, _ = r.local(fig)
    head = _PARTITIVE.match(r.text, s, fig.start)
    return head is not None and head.end() <= fig.start and any(
        f.kind == "money" and f.id != fig.id for f in r.figures_in(s, head.start("gap")))


def own_multiple_year(r: Reader, fig: Span, years: tuple[int, ...], how: str) -> tuple[tuple[int, ...], str]:
    """Return a multiple's own years and how they were bound: a multiple of one year's payment named after it ("1.13
    times its 2019 payment", :func:`base_year_of_multiple`) is not of that year, so when the binding took the base's
    year, its own is a single year dated before it in its clause ("In 2021 Seoul paid ..."), or named after its base
    (:func:`multiple_time_after`: "... in 2021", "... last year"; no year, ``()`` bound "period", when a period that
    is no year is named there: "... that year", mendfd72), else the publication's ("Seoul now pays 1.13 times its
    2019 payment") (frames69); any other binding as it is, and so when an amount in its sentence is what the multiple
    sets against the base ("paid X, almost twice the 2005 figure").

    >>> [own_multiple_year(r, f, *bind_years(r, f)) for r, f in (figure_in(t) for t in (
    ...     "In 2021 Seoul paid 1.13 times its 2019 payment.", "Seoul now pays 1.13 times its 2019 payment.",
    ...     "In 2021 Seoul paid 1.13 times what Tolvig asked."))]
    [((2021,), 'phrase'), ((2020,), 'publication'), ((2021,), 'phrase')]
    """
    base = base_year_of_multiple(r, fig)
    if base is None or years != (base,) or r.spans_in(*r.local(fig), "money"):
        return years, how  # "In 2021 Seoul paid X, almost twice the 2005 figure": X over the base year's payment
    c0, _ = r.clause(fig, strong=True)
    own = [y for d in r.spans_in(c0, fig.start, "date") if len(y := date_years(d)) == 1 and y[0] != base]
    if own:
        return own[-1], "phrase"
    after = multiple_time_after(r, fig, base)
    if after is None:
        return (r.published.year,), "publication"
    return ((after,), "phrase") if isinstance(after, int) else ((), "period")  # mendfd72: "in the first year"


def multiple_time_after(r: Reader, fig: Span, base: int) -> int | str | None:
    """Return the time a multiple of a year's payment ("1.14 times its 2019 payment") is of, named after its base and
    before another clause opens (source tails count: ", the ministry said in 2021", "according to a 2021 report"): a
    named year (written, or counted from the story's day: "last year") as an int; the text of a period that is no
    year ("that year", "in the first year of the deal"; any other relative year, "the following year", "a year
    later", points back to a time the sentence may not hold, the base's year nearest) as a str; None when nothing is
    named (mendfd72, review72 finding 1).

    >>> rs = [Reader(annotate_text(f"Seoul paid 1.14 times its 2019 payment{t}.", "2026-02-10")) for t in (
    ...     " in 2021", " last year", " that year", " in its first year", ", and talks resume in 2027")]
    >>> [multiple_time_after(r, r.spans_in(0, len(r.text), "multiplier")[0], 2019) for r in rs]
    [2021, 2025, 'that year', 'in its first year', None]
    """
    m = _TIMES_YEAR_PAYMENT.match(r.text, fig.end)
    _, c1 = r.clause(fig, strong=True)
    if m is None:
        return None
    end = min(c1, m.end() + win.OWN_YEAR_AHEAD)
    cut = _OTHER_CLAUSE_AFTER.search(r.text, m.end(), end)
    dates = [d for d in r.spans_in(m.end(), end, "date") if cut is None or d.start < cut.start()]  # "between X and Y"
    for d in dates:
        years = date_years(d, False)  # "in early 2021", "the ministry said in March 2021": 2021
        named = d.value.get("form") == "absolute" or _DEICTIC_YEAR.fullmatch(d.exact) is not None  # "last year"
        if named and len(years) == 1 and years[0] != base:
            return years[0]
    period = _PERIOD_AFTER.search(r.text, m.end(), cut.start() if cut is not None else end)
    dates = [d for d in dates if "year" in d.exact.lower() or len(date_years(d, False)) > 1]
    return period.group() if period is not None else (dates[0].exact if dates else None)  # not "officials said Monday"


def third_country(r: Reader, fig: Span, cue: int) -> bool:
    """Return whether the actor named before the cue at ``cue`` is of a country other than the two of the talks
    ("Tokyo offered to raise its host-nation support to X": Japan's offer, not the SMA's; frames63).

    >>> r, fig = figure_in("Tokyo offered to raise its host-nation support to $2 billion a year.")
    >>> third_country(r, fig, r.text.index("offered")), third_country(*figure_in("Seoul offered $1 billion."), 6)
    (True, False)
    """
    actor = find_actor(r, fig, cue)
    return actor is not None and r.country.get(actor) not in (None, "KR", "US")


def conditioned(r: Reader, fig: Span) -> bool:
    """Return whether a figure is told under a condition, so ``hypothetical``: in a clause with "if" and a modal of its
    consequence (:func:`main_modal`), a counterfactual (:func:`counterfactual`), what a payer could end up paying
    (:func:`ends_up_paying`) or inside an opening condition (:func:`if_clause_figure`): claims18, frames63, fresh92;
    money and percents alike (cfix39: "If Seoul agreed to a 50 percent increase, it would pay X" is no rise reported).

    >>> [conditioned(*figure_in(t)) for t in ("If Hanul agreed to a 50 percent increase, it would pay more.",
    ...                                       "If Hanul paid half, that would be $2.5 billion.",
    ...                                       "Hanul's payment rose 8.2 percent in 2019, if the ministry is right.")]
    [True, True, False]
    """
    return (_IF.search(r.text, *r.near(fig)) is not None and main_modal(r, fig, *r.clause(fig, strong=True))) or \
        counterfactual(r, fig) or ends_up_paying(r, fig) or if_clause_figure(r, fig) or under_plan(r, fig)


def under_plan(r: Reader, fig: Span) -> bool:
    """Return whether a figure follows a modal of consequence ("would", "could", "might") in its clause, which names a
    plan or idea the figure would follow (:data:`_UNDER_PLAN`: "Seoul's payment would rise 50 percent under the 'cost
    plus 50' idea"): what an idea would bring, not a figure reported (verd56). Not an agreement's ("Under the deal, the
    payment would rise 8.2 percent", "Under the plan, ...": news copy's "would" of a deal not yet in force), nor an idea
    with no modal.

    >>> [under_plan(*figure_in(t)) for t in ("Hanul's payment would rise 50 percent under the 'cost plus 50' idea.",
    ...     "Under Tolvig's scheme, Hanul would pay $4 billion.", "Under the deal, the payment would rise 8.2 percent.",
    ...     "Under the plan, Hanul's payment would rise 8.2 percent.",
    ...     "Under the idea, Hanul's payment rose 8.2 percent.")]
    [True, True, False, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    plan = _UNDER_PLAN.search(r.text, c0, c1)
    if plan is None or _WOULD.search(r.text, c0, fig.start) is None:
        return False
    return not plan["shared"] or not deal_scheme(r, fig, plan)


def deal_scheme(r: Reader, fig: Span, plan: re.Match[str]) -> bool:
    """Return whether a scheme, model, approach or option a figure "would" follow is the deal's (mend56v): a deal word
    owns or modifies it ("under the agreement's new approach", "under the new cost-sharing model"), or, unowned ("the
    new scheme"), the year the figure's phrase binds is one a deal concluded by publication covers. Not a person's
    ("under Tolvig's scheme": an idea of his).

    >>> texts = ("Under the agreement's new approach, Hanul would pay $4 billion.",
    ...          "Under the new scheme, Hanul would pay $4 billion in 2026.", "Under Tolvig's scheme, Hanul would pay "
    ...          "$4 billion in 2019.", "Under the new scheme, Hanul would pay $4 billion in 2019.",
    ...          "Under the senator's scheme, Hanul would pay $4 billion in 2019.")
    >>> [deal_scheme(r, f, _UNDER_PLAN.search(r.text)) for r, f in (figure_in(t) for t in texts)]
    [True, False, False, True, False]
    """
    if _DEAL_OWNS.search(plan["owner"]) or _DEAL_OWNS.search(plan["mods"]):
        return True
    if not _NO_OWNER.fullmatch(plan["owner"]) or _POSSESSIVE.search(plan["mods"]):
        return False  # "under Tolvig's scheme", "under the senator's scheme"
    years, how = bind_years(r, fig)
    return how in ("phrase", "relative") and len(years) == 1 and deal_fixes(r, years[0], escalated=False)


def outside_sma(r: Reader, fig: Span) -> bool:
    """Return whether an amount's own words put it outside the SMA payment (ofix44): paid under a plan or programme
    named in capitals that is not the SMA ("X under the Tamsk Partnership Plan", or opening its sentence), told as
    no part of the SMA after it ("X, a burden on top of the SMA", "X, not counted in the SMA"), or a worth set on a
    thing ("a golf course valued at about X"): another quantity, not the payment.

    >>> [outside_sma(*figure_in(t)) for t in ("Seoul had paid 1.1 trillion won under the Tamsk Partnership Plan.",
    ...     "Seoul paid 1.1 trillion won for bases, a burden on top of the SMA.", "Seoul gave a site valued at about "
    ...     "90 billion won.", "Seoul paid 1.04 trillion won under the SMA, on top of the land it gives.",
    ...     "The deal, valued at 1.04 trillion won, was signed.", "Seoul paid 1.04 trillion won, on top of the SMA's "
    ...     "2018 level.", "It was valued at $915 million.")]
    [True, True, True, False, False, False, False]
    """
    if fig.kind != "money":
        return False
    end = r.restated_to(fig)
    s, e = r.local(fig)  # bounded: a run-on sentence is not read whole for each amount
    ahead = min(e, end + OUTSIDE_SMA_AHEAD)
    stop = min([ahead, *(f.start for f in r.figures_in(end, ahead) if f.kind == "money")])
    opens = _NAMED_PLAN_OPENS.match(r.text, r.sentence_of(fig).start) is not None
    if _NAMED_PLAN_AFTER.match(r.text, end) or (opens and not paid_as_sma(r, fig, end, True)):
        return True
    out = _OUTSIDE_SMA.search(r.text, end, stop)
    if out is not None and not _SMA_NAME.search(r.text, end, out.start()):
        return True
    if several_deals(r, fig) or includes_sma(r, fig):
        return True  # cother52: "paid X under the last two deals", "X a year, including the SMA payment"
    lead = _OUTSIDE_SMA_OPENS.match(r.text, r.sentence_of(fig).start)
    if lead is not None and lead.end() <= fig.start:
        return True  # cother52: "Beyond its SMA payment, Seoul spends X on the troops"
    valued = _VALUED_AT.search(r.text, max(s, fig.start - win.COST_VERB_BACK), fig.start)
    c0, _ = r.clause(fig, strong=True)
    if valued is None or _PRONOUN_VALUED.search(r.text, max(s, valued.start() - VALUED_PAYMENT_BACK), valued.start()):
        return False
    return not _VALUED_PAYMENT.search(r.text, max(c0, valued.start() - VALUED_PAYMENT_BACK), valued.start())


def several_deals(r: Reader, fig: Span) -> bool:
    """Return whether an amount's sentence tells it as paid under several deals together ("Seoul paid 5.8 trillion won
    under the last two deals", "Under the ninth and tenth SMAs combined, Seoul paid X"), with no other amount between
    and no yearly word after it: their sum, another quantity than a year's payment (cother52).

    >>> [several_deals(*figure_in(t)) for t in ("Seoul paid 5.8 trillion won under the last two deals.",
    ...     "Under the ninth and tenth SMAs, Seoul paid about 5.8 trillion won.", "Seoul paid 1 trillion won under "
    ...     "the deal.", "Seoul paid 1 trillion won a year under both agreements.")]
    [True, True, False, False]
    """
    if fig.kind != "money" or YEARLY_AFTER.match(r.text, r.restated_to(fig)) or _YEARLY_WORD.search(fig.exact):
        return False  # "X a year under both deals": each year's
    c0, c1 = r.clause(fig, strong=True)
    s, e = r.local(fig)
    for m in _SEVERAL_DEALS.finditer(r.text, max(c0, s), min(c1, e)):
        lo, hi = (m.end(), fig.start) if m.end() <= fig.start else (fig.end, m.start())
        if not any(f.kind == "money" and f.id != fig.id for f in r.figures_in(lo, hi)):
            return True
    return False


def before_first_sma(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a sum paid before the first SMA (ofix44): its clause says "before the SMA", or
    every year its phrase binds is before :data:`FIRST_SMA_YEAR` ("In 1977, Seoul's support came to 52 billion
    won"): no SMA payment then, so another quantity (the data have no row to check it by).

    >>> [before_first_sma(*figure_in(t)) for t in ("In 1978, Seoul's support came to 61 billion won.",
    ...     "Before the SMA, Seoul paid $40 million a year.", "In 1991, Seoul paid $150 million.",
    ...     "Seoul paid $150 million in 1991, up from nothing in 1988.", "It began paying in 1989 and now pays "
    ...     "1 trillion won.")]
    [True, True, False, False, False]
    """
    if fig.kind != "money":
        return False
    s, e = r.local(fig)
    c0, _ = r.clause(fig, strong=True)
    if _BEFORE_SMA.search(r.text, max(s, c0 - win.COST_VERB_BACK), fig.start):
        return True
    if not any(int(m.group()) < FIRST_SMA_YEAR for m in _PRE_SMA_YEAR.finditer(r.text, s, e)) or \
            _NOW_PAID.search(r.text, max(s, fig.start - win.COST_VERB_BACK), fig.start):
        return False  # "Korea started sharing costs in 1989 and now pays X": X is of now
    years, how = bind_years(r, fig)
    return how not in ("publication", "relative") and bool(years) and all(y < FIRST_SMA_YEAR for y in years)


def later_intent(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return the intent of an amount that the cues before it in its clause do not give: an ask across a gap
    (:func:`gapped_ask`), the most the payer can pay (:func:`most_able`), a headline's level to reach
    (:func:`headline_projection`) or a forecast its sentence attributes (:func:`forecast_attributed`); else None.

    >>> later_intent(*figure_in("By 2025 the sum would top 1.5 trillion won, the ministry forecast."))[0]
    'forecast'
    """
    return gapped_ask(r, fig) or most_able(r, fig) or headline_projection(r, fig) or forecast_attributed(r, fig) \
        or deadline_forecast(r, fig) or unagreed_future(r, fig)


def unagreed_future(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("forecast", where the modal stands) for an amount after "will" or "would" in its clause that its own
    phrase binds to one year after the publication's, a year no agreement concluded by publication covers ("Seoul
    will pay X in 2019", told in May 2018, before the deal for 2019 was struck): no deal yet fixes that year's sum, so
    the figure is a projection, never judged by what was agreed later (Conventions; verd56); else None. A year a
    concluded deal covers stays a statement of it ("Seoul will pay X in 2026", told after the 2026-2030 deal), as
    does one of a deal whose day of conclusion the data lack.

    >>> readers = [Reader(annotate_text(t, p)) for t, p in (
    ...     ("Seoul will pay 1.3 trillion won in 2019.", "2018-05-02"),
    ...     ("Seoul will pay 1.3 trillion won in 2026.", "2025-02-01"),
    ...     ("Seoul paid 1.3 trillion won in 2017.", "2018-05-02"),
    ...     ("Seoul may pay 1.3 trillion won in 2019.", "2018-05-02"),
    ...     ("Seoul will contribute 1.3 trillion won next year.", "2018-12-01"),
    ...     ("Seoul will contribute 1.6 trillion won next year.", "2025-07-09"),
    ...     ("Seoul will have to pay 760 billion won next year.", "2008-12-03"),
    ...     ("Keeping the soldiers will cost the U.S. $4.2 billion in 2020.", "2019-12-03"))]
    >>> [unagreed_future(r, r.figures_in(0, len(r.text))[0]) is not None for r in readers]
    [True, False, False, False, True, False, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if fig.kind != "money" or payment_words(r.text, c0, c1) is None or other_cued(r, fig):
        return None  # only what Seoul pays: not "keeping the soldiers will cost the U.S. X in 2020"
    years, how = bind_years(r, fig)
    if how not in ("phrase", "relative") or len(years) != 1 or years[0] <= r.published.year:
        return None  # "in 2019", "next year"
    if deal_fixes(r, years[0]):
        return None  # a deal concluded by then, or one whose day the data lack (the 1st to 9th SMAs)
    modal = last_match(_WILL_WOULD, r.text, c0, fig.start)
    return ("forecast", modal.start()) if modal is not None else None


def forecast_attributed(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("forecast", where "would" or "will" stands) for an amount after "would" or "will" in a sentence that
    closes on its source's verb of forecasting ("By 2025, the sum would top X, the ministry forecast"; "... will rise to
    X, the ministry projected", verd56): a forecast, not a payment made (cfix44); else None.

    >>> [forecast_attributed(*figure_in(t)) is not None for t in ("By 2025 the sum would top 1.5 trillion won, the "
    ...     "ministry forecast.", "Seoul paid 1.5 trillion won, the ministry said.",
    ...     "By 2025 the sum will top 1.5 trillion won, the ministry projected.",
    ...     "Seoul will pay 1.5 trillion won, the ministry said.",
    ...     "“By 2025 we will be paying 1.5 trillion won,” lawmaker Ok Ji-won warned.",
    ...     "“By 2025 we will be paying 1.5 trillion won,” lawmaker Ok Ji-won said.",
    ...     "By 2025 the sum will top 1.5 trillion won, higher than expected.",
    ...     "By 2025 the sum would top 1.5 trillion won, as the ministry expected.",
    ...     "By 2025 the sum would top 1.5 trillion won, more than officials forecast.")]
    [True, False, True, False, True, False, False, False, False]
    >>> texts = ("Seoul will pay 1.5 trillion won this year, the ministry projected.",
    ...          "By 2025 the sum will top 1.5 trillion won, the ministry projected.")
    >>> [forecast_attributed(r, r.figures_in(0, len(r.text))[0]) is None
    ...  for r in (Reader(annotate_text(t, "2021-06-01")) for t in texts)]
    [True, False]
    """
    if fig.kind != "money":
        return None
    s0, s1 = r.local(fig)
    would = last_match(_WOULD_BEFORE, r.text, s0, fig.start)
    if would is None or _FORECAST_CLOSE.search(r.text, fig.end, s1) is None:
        return None
    years = bind_years(r, fig)[0] or (r.published.year,)
    if would.group().lower() == "will" and any(deal_fixes(r, y, escalated=False) for y in years):
        return None  # mend56v: "will" for a year a concluded deal fixes tells the deal's sum, whoever estimated it
    return "forecast", would.start()


def _read_money(r: Reader, fig: Span) -> Quantity:
    listed_as = Quantity("other") if _rate_note(r, fig) or dollar_worth(r, fig) else listed_reading(r, fig)
    if listed_as is not None:
        return listed_as  # frames65: "Seoul's payments by year: 2019, X; 2021, Y": the head's words are each item's
    other = _other_quantity(r, fig) or restated_percent_quantity(r, fig) or another_side(r, fig) \
        or ("other" if estimated_cost(r, fig) or project_relative(r, fig) or aside_subject(r, fig) else None)  # cfix50
    if other and not whole_payment_told(r, fig):  # verd50b: "wages come out of the X Seoul pays": the payment
        return Quantity(other)
    if thing_costs(r, fig) or difference_of_sums(r, fig) or gap_to_position(r, fig) or priced_facility(r, fig):
        return Quantity("other")  # "It cost some $10.7 billion", "a $4 billion gap": not what Seoul pays
    own = own_purpose(r, fig) or allotted_part(r, fig) or ("other" if part_of_other_cost(r, fig) else None)
    if own:
        return Quantity(own)  # "$33 billion in support", "$200 million to pay 4,000 workers"
    if _whole_of_share(r, fig):
        return Quantity("other")  # "92% of the $10.8 billion project": a whole, not what Seoul pays
    if (asked := question_quantity(r, fig)) is not None:
        return asked  # review92: "Asked whether Seoul would pay X, ...": a question; review93: "..., as Trump demanded"
    c0, c1 = r.clause(fig, strong=True)
    if _FROM_BEFORE.search(r.text, max(0, fig.start - 12), fig.start) and not _ASK_FROM.search(
            r.text, max(0, fig.start - win.ASK_FROM_BACK),
            fig.start):  # "cut its demand from X to Y": X was asked, not paid
        later = [m for m in r.figures_in(fig.end, c1) if m.kind == "money"]
        if later and _restates(r, fig, later[0]):
            return Quantity("sma_payment")  # the base of "from X to Y"
    if _base_of_change(r, fig) or payment_than_multiple(r, fig) or compared_payment(r, fig) or raised_base(r, fig) \
            or raised_from(r, fig) or ask_base_paid(r, fig) or multiple_of_payment(r, fig) or kept_level(r, fig) \
            or from_current_level(r, fig) or from_current_sum(r, fig):  # claims18, b52v, fresh81v, fresh92, dev126
        return Quantity("sma_payment")  # what a rise was counted from was paid, whoever asked for the rise
    if current_offer(r, fig):
        return Quantity("offer", "offer")  # review92: "from the current X offer": the standing offer, not the ask
    lowered = lowered_ask(r, fig) or us_came_up_with(r, fig)
    if lowered is not None:
        return lowered  # fresh80v: "requested X, but lowered that to Y": the ask moved to Y
    intent = _intent(r, fig) or _would_pay(r, fig) or _coordinated_intent(r, fig) or suggested_uncued(r, fig) \
        or later_intent(r, fig)  # fresh90v, cfix42, cfix43, cfix44
    if intent:
        name, pos = suggested_ask(r, fig, *intent)  # b51v: "Korea should pay more, suggesting X": an ask
        if us_offer(r, fig, name, pos):
            return Quantity("demand", "demand", pos)  # cfix39: "Washington offered X": the US side's ask (review93)
        if (name == "offer" and _proposed_by_us(r, fig, pos)) or paid_side_could(r, fig, name, pos):
            name = "demand"
        if name == "demand" and (fiscal_request(r, fig, pos) or gapped_host(r, fig)):
            return Quantity("other")  # frames76: "The Pentagon's request ... is X for fiscal 2021": a budget's
        if name == "forecast" and others_budget_estimate(r, fig, pos):
            return Quantity("other")  # fresh78v: "According to the Pentagon's budget estimate, ... X": its spending
        if name == "demand" and talks_story(r, fig) and outranked(
                r, fig, [p for _, p in _own_cues(r, fig, _PAYMENT, c0, fig.start)], None):
            return Quantity("other")  # weakev71: "demanded X for a new runway"; not "demanded Seoul pay X for ..."
        if name == "demand":
            return Quantity("demand", ("hypothetical" if conditioned(r, fig) else "demand"), pos)
        if name == "offer" and third_country(r, fig, pos):
            return Quantity("other")  # frames63: "Tokyo offered X": the data hold the SMA's offers only
        return Quantity(name, name, pos)
    # the payer is named before the payment word: "Seoul paid X", or "the X Seoul paid in 2019"
    before = [pos for _, pos in _own_cues(r, fig, _PAYMENT, c0, fig.start) if not talks_name(r, pos)]
    _, p1 = r.clause(fig)  # weakev70: not "the cost-sharing talks", a name of the talks
    after = next((m for m in _PAYMENT.finditer(r.text, fig.end, p1) if not talks_name(r, m.start())), None) or \
        _FROM_KOREA.search(r.text, fig.end, p1) or (
        _PROVIDED_RELATIVE.match(r.text, fig.end) if fig.kind == "money" else None)  # gen61f: "the X Seoul now gives"
    return _paid_quantity(r, fig, before, after, conditioned(r, fig))  # claims18, frames63, fresh92


def ask_base_paid(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment an ask or a rise is counted from: after ", up from" a demand
    (:func:`demand_up_from`), or with its own year (:func:`asked_up_from_year`), or right after "on last year's"
    with a rise before it (:func:`year_base_of_rise`) (fix51v3).

    >>> ask_base_paid(*figure_in("Tolvig wants $6 billion next year, up from $1.2 billion this year.", -1))
    True
    """
    return demand_up_from(r, fig) or asked_up_from_year(r, fig) or year_base_of_rise(r, fig)


def asked_up_from_year(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment of a year an ask rose from: the base after ", up from" with its own
    year closing its phrase ("Tolvig wants $6 billion next year, up from $1.2 billion this year"), the amount before
    it in its sentence read as a demand at least twice it, or an offer above it, in the same currency, the ask not
    told as changed (fix51v3). With no year of its own the base stays as read (:func:`demand_up_from`).

    >>> texts = ("Tolvig wants $6 billion next year, up from $1.2 billion this year.",
    ...          "Tolvig wants $6 billion next year, up from $1.2 billion.",
    ...          "Tolvig raised its demand to $6 billion, up from $4 billion last year.")
    >>> [asked_up_from_year(*figure_in(t, -1)) for t in texts]
    [True, False, False]
    """
    if fig.kind != "money" or not _UP_FROM.search(r.text, max(0, fig.start - win.UP_FROM_BACK), fig.start) \
            or not _BASE_YEAR_AFTER.match(r.text, fig.end):
        return False
    s, _ = r.near(fig)
    asked = [f for f in r.figures_in(s, fig.start) if f.kind == "money" and f.end <= fig.start]
    if not asked or asked[-1].end < fig.start - win.DEMAND_TO_BASE or _ASK_CHANGED.search(r.text, s, asked[-1].start):
        return False
    ask = asked[-1]
    a, b = ask.value.get("amount"), fig.value.get("amount")
    if not (a and b and ask.value.get("currency") == fig.value.get("currency")):
        return False
    quantity = _money_quantity(r, ask).quantity
    return (quantity == "demand" and b * 2 <= a) or (quantity == "offer" and b < a)


#: Right before an amount, the year's payment a rise is counted on: "on last year's", "more than this year's", "above
#: last year's payment of".
_YEARS_BASE_BEFORE = re.compile(r"\b(?:on|over|above|than|from)[ \t]{1,3}(?:last|this)[ \t]{1,3}year['’]s[ \t]{1,3}"
                                r"(?:(?:payment|contribution|share)[ \t]{1,3}of[ \t]{1,3})?$", re.I)


#: Right after an amount, the ask it names: "last year's $5 billion request" is an earlier ask, not a payment.
_ASK_AFTER_BASE = re.compile(r"[ \t]{1,3}(?:request|demand|ask|offer|proposal)s?\b", re.I)


def year_base_of_rise(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment of a year a percent rise before it is counted on ("Tolvig offered an
    8 percent rise on last year's 2.1 trillion won"): "last year's" or "this year's" (and "payment of") right before
    it, after "on", "over", "above", "than" or "from", a percent in its clause at most ``win.DEMAND_TO_BASE``
    characters before with no amount between, told as a rise ("up"; not a cut or a change of no direction), read as a
    change of the payment, an offer or a demand (fix51v3). The sum a rise brings it to is not its base; the base of
    another quantity's rise (spending, a budget) is not paid; nor is an amount told as an ask ("last year's $5 billion
    request").

    >>> texts = ("Tolvig offered an 8 percent rise on last year's 2.1 trillion won.",
    ...          "Tolvig offered last year's 2.1 trillion won again, an 8 percent rise on it.",
    ...          "Tolvig offered an 8 percent rise to last year's 2.1 trillion won.",
    ...          "Tolvig cut its offer by 8 percent from last year's 2.1 trillion won.",
    ...          "Tolvig offered an 8 percent rise on last year's 2.1 trillion won offer.")
    >>> [year_base_of_rise(*figure_in(t, -1)) for t in texts]
    [True, False, False, False, False]
    """
    lead = _YEARS_BASE_BEFORE.search(r.text, max(0, fig.start - win.UP_FROM_BACK), fig.start) \
        if fig.kind == "money" and not _ASK_AFTER_BASE.match(r.text, fig.end) else None
    if lead is None:
        return False
    c0, _ = r.clause(fig)
    before = r.figures_in(max(c0, lead.start() - win.DEMAND_TO_BASE), fig.start)
    return bool(before) and before[-1].kind == "percent" and before[-1].value.get("direction") == "up" \
        and _percent_quantity(r, before[-1]).quantity in ("sma_change", "offer", "demand")


#: Right before an amount, a verb that moved a sum named by a pronoun to it ("lowered that to X", "cut it down to X",
#: "scaled it back to X"): the sum's new level.
_MOVED_TO = re.compile(r"\b(?:lower(?:ed|s|ing)?|cut(?:s|ting)?|reduc(?:ed|es|ing)|trimm?(?:ed|s|ing)?|"
                       r"slash(?:ed|es|ing)?|scal(?:ed|es|ing)|drop(?:ped|s|ping)?)\s++(?:it|that|this)\s++"
                       r"(?:(?:down|back)\s++)?to\s++(?:" + _HEDGE + r")?$", re.I)


def lowered_ask(r: Reader, fig: Span) -> Quantity | None:
    """Return a demand when an amount is the level a pronoun's sum was moved to ("The U.S. requested $5 billion, but
    lowered that to $4 billion") and the amount before it in its sentence is asked: the same ask, moved (fresh80v);
    else None (not when the earlier amount is paid: "Seoul paid $1 billion, then cut it to $900 million").

    >>> r = Reader(annotate_text("Tolvig requested $5 billion, but lowered that to $4 billion. Hanul paid $1 billion, "
    ...                          "then cut it to $900 million."))
    >>> [lowered_ask(r, f) is not None for f in r.figures_in(0, len(r.text))]
    [False, True, False, False]
    """
    m = _MOVED_TO.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start)
    if m is None:
        return None
    s0, _ = r.local(fig)
    before = [f for f in r.figures_in(s0, m.start()) if f.kind == "money"]
    if not before:
        return None
    prior = _money_quantity(r, before[-1])
    return Quantity("demand", "demand", prior.cue) if prior.quantity == "demand" and prior.cue is not None else None


#: Right before an amount, a figure worked out: "came up with X", "come up with the X figure".
_CAME_UP_WITH = re.compile(r"\bc(?:ame|omes?|oming)\s++up\s++with\s++(?:the\s++)?(?:" + _HEDGE + r")?$", re.I)


def us_came_up_with(r: Reader, fig: Span) -> Quantity | None:
    """Return a demand when the US side "came up with" an amount ("the State Department came up with $1.3 billion by
    calculating what Seoul would pay"): the figure the paid side works out is its ask (fresh80v); else None (Seoul
    or a name of no side coming up with a sum is read as before).

    >>> r = Reader(annotate_text("The State Department came up with $1.3 billion. Seoul came up with $900 million."))
    >>> [us_came_up_with(r, f) is not None for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    m = _CAME_UP_WITH.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start)
    if m is None:
        return None
    actor = find_actor(r, fig, m.start(), skip_payer=True)
    return Quantity("demand", "demand", m.start()) if actor is not None and r.country.get(actor) == "US" else None


#: The quantities of Seoul's payment: a year's sum, its change, a total over years.
PAID_QUANTITIES = ("sma_payment", "sma_change", "sma_total")


def _paid_quantity(r: Reader, fig: Span, before: list[int], after: re.Match[str] | None,
                   hypothetical: bool) -> Quantity:
    """Return the reading of an amount that no ask and no other quantity took: Seoul's payment (or its change or a
    total) when a cue says so — a payment word before it in its clause (``before``: their positions) or after it
    (``after``) that does not only name the talks, the troops it pays for, a series or base it continues, a deal's sum
    or a total set at it, a word standing for the payment told just before ("That figure is X"), "got X", an amount it
    repeats (whose quantity it takes) — or, when only a payment word somewhere near it says so (the context cue,
    :func:`context_cue`), unless its own phrase names another quantity (:func:`own_phrase_other`; such a frame is
    marked :attr:`Quantity.loose` and never called contradicted, weakev70); else ``other``.

    >>> r, fig = figure_in("The SMA talks stalled. Seoul set aside $950 million for disaster relief.")
    >>> _paid_quantity(r, fig, [], None, False).quantity
    'other'
    >>> r, fig = figure_in("The SMA talks ended. The figure for this year is 1.1833 trillion won.")
    >>> _paid_quantity(r, fig, [], None, False)[::3]
    ('sma_payment', True)
    """
    c0, c1 = r.clause(fig, strong=True)
    p0, p1 = r.clause(fig)
    troops = None if before or after else fig.start if possessed_share(r, fig) or korea_owned_sum(r, fig) else \
        korea_pays_us_forces(r, fig)  # cfix41: "Seoul's X this year is ..."
    strong = (before or after or troops is not None or fig.id in r.lost or _follows_payment(r, fig)
              or _base_of_multiple(r, fig) or sum_of_deal(r, fig) or brought_to(r, fig) or agreed_on(r, fig)
              or obtained(r, fig) or sum_set_at(r, fig) or payment_anaphor(r, fig) or clause_anaphor(r, fig)
              or elided_payment(r, fig) or answered_payment(r, fig)  # cfix37: "Q: What did Seoul pay?" "A: X";
              or dated_gap_payment(r, fig) or labelled_payment(r, fig))  # "paid X; the year before, Y"; "Payment: X"
    echo = None if strong else echoed_quantity(r, fig)  # "X more toward their defense. X, with a couple of calls"
    loose = not strong and echo is None and (context_cue(r, fig, c0, c1)  # only a payment word near it says so
                                             or yearly_outlay_for_us_troops(r, fig))  # xv59
    if (loose and own_phrase_other(r, fig)) or not (strong or echo or loose) or echo not in (None, *PAID_QUANTITIES) \
            or spent_by_us(r, fig) or _part_of_other(r, fig) or (strong and outranked(r, fig, before, after)) \
            or split_with_us(r, fig) \
            or change_of_other(r, fig):
        return Quantity("other")  # "$70.5 million for a hangar", "a $1 billion fund", "X was earmarked for"
    quantity = echo or ("sma_change" if _change_amount(r, fig) else "sma_payment")
    if own_total_term(r, fig, p0, p1) or (quantity == "sma_payment" and (paid_since(r, fig) or total_over_span(r, fig)
                                                                       or range_total(r, fig) or in_years(r, fig)
                                                                       or total_years_before(r, fig))):
        quantity = "sma_total"
    cue = max(before) if before else after.start() if after else troops
    return Quantity(quantity, ("hypothetical" if hypothetical else "reported"), cue, loose)  # loose: never contradicted


#: Right after a payment word, a noun of the talks it names: "the cost-sharing talks", "SMA negotiations", "the
#: burden-sharing row", "the contribution talks" (weakev70).
_TALKS_NOUN = re.compile(r"(?<![\s-])(?:-?shar(?:e|es|ed|ing)?)?[\s-]++(?:(?:renewal|defen[cs]e|cost|negotiating|"
                         r"working[\s-]level|final|new|latest|next|stalled|ongoing|fresh|formal)\s++)?(?:talks|"
                         r"negotiations?|negotiators?|row|impasse|dispute|standoff|wrangling|debate|deadlock|round|"
                         r"meetings?)\b", re.I)


def talks_name(r: Reader, pos: int) -> bool:
    """Return whether the payment word at ``pos`` (:data:`_PAYMENT`) only names the talks ("the cost-sharing talks",
    "SMA negotiations", "the burden-sharing row") or is the noun "fund" ("a fund of X"): no cue that a sum near it is
    the payment (weakev70).

    >>> t = "Amid the cost-sharing talks, Seoul paid 1 trillion won under the SMA, to fund the troops; a fund of $2."
    >>> r = Reader(annotate_text(t))
    >>> [talks_name(r, r.text.index(w)) for w in ("cost-sharing", "paid", "SMA", "fund the", "fund of")]
    [True, False, False, False, True]
    """
    m = _PAYMENT.match(r.text, pos)
    if m is not None and m.group().lower() in ("fund", "funds"):  # "a fund of X", "a 1 trillion won fund": a noun
        return _NOUN_BEFORE.search(r.text, max(0, pos - win.BROUGHT_TO_BACK), pos) is not None
    return m is not None and _TALKS_NOUN.match(r.text, m.end()) is not None


#: Before a word that may be a verb or a noun ("fund"), a determiner and at most four words (a figure's among them,
#: none a modal or "to"): the word is then a noun ("a fund", "the $2 billion fund"), not "to fund" (weakev70).
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her|our|new)\s++(?:(?!(?:to|will|would|could|should|"
                          r"must|may|might|can|help(?:s|ed)?|and|or)\b)[\w.$,’'-]++\s++){0,4}$", re.I)


def context_cue(r: Reader, fig: Span, c0: int, c1: int) -> bool:
    """Return whether an amount alone in its phrase (or named by a sum noun in its clause ``c0``–``c1``) has a payment
    word or a name of the SMA in its context (:func:`_context`: its sentence and the one before), or a sum noun in an
    article about the SMA: the weakest cue of a payment, which says nothing of the amount's own phrase (weakev70).

    >>> r, fig = figure_in("The SMA talks ended. Seoul set aside $950 million for disaster relief.")
    >>> context_cue(r, fig, *r.clause(fig, strong=True))
    True
    """
    alone = not [m for m in r.figures_in(*r.near(fig)) if m.kind == "money" and m.id != fig.id
                 and not _restates(r, m, fig)]
    named = alone or bool(_SUM_NOUN.search(r.text, c0, c1))
    return named and bool(_SMA_WORDS.search(r.text, *_context(r, fig)) or _PAYMENT.search(r.text, *_context(r, fig))
                          or (r.about_sma and _SUM_NOUN.search(r.text, c0, c1)))


def echoed_quantity(r: Reader, fig: Span) -> str | None:
    """Return the quantity of the amount an amount repeats — the same sum in the sentence before (:func:`_said_before`),
    the nearest: "They agreed to pay $500 million more. Five hundred million, with a couple of phone calls"
    (weakev70); else None.

    >>> r, fig = figure_in("They agreed to pay $500 million more this year. Five hundred million, with two calls.", 1)
    >>> echoed_quantity(r, fig)
    'sma_change'
    >>> echoed_quantity(*figure_in("Seoul bought $3 billion worth of jets. Three billion dollars, he said.", 1))
    'other'
    """
    s0, _ = r.sentence_of(fig)
    said = [m for m in _said_before(r, fig) if m.end <= s0] if fig.kind == "money" and fig.value.get("amount") else []
    return _money_quantity(r, said[-1]).quantity if said else None


#: Right before an amount, a verb of getting a sum out of the payer: "I got three (billion) with a phone call",
#: "secured X", "extracted an extra X" (weakev70).
_OBTAINED = re.compile(r"\b(?:got|gotten|getting|secur(?:ed|ing)|extract(?:ed|ing)|obtain(?:ed|ing)|collected|"
                       r"received|squeezed)\s++"
                       r"(?:(?:an?\s++)?(?:extra|additional|further|another)\s++)?(?:" + _HEDGE + r")?$", re.I)


#: Right before a verb of getting, the comma that makes it the demand clause's result (", securing X", ", and got
#: X"); after a preposition or a word of intent ("intent on securing", "with the aim of securing") it is still the ask.
_RESULT_COMMA = re.compile(r",[ \t]*+(?:and[ \t]++)?$")


def got_after(r: Reader, fig: Span, pos: int) -> bool:
    """Return whether a verb of getting a sum out of the payer (:data:`_OBTAINED`) stands between ``pos`` (a demand
    word) and the amount, right after a comma: "pressured Seoul to pay more, securing X" — X is what the pressure got
    (frames76); not "pressed Seoul to pay more, intent on securing X", "insisting on getting X" (mendf77).

    >>> r, fig = figure_in("He pressured Seoul to pay more, securing $3 billion with a call.")
    >>> got_after(r, fig, r.text.index("pressured")), got_after(r, fig, r.text.index("call"))
    (True, False)
    >>> r, fig = figure_in("He pressured Seoul to pay more, bent on extracting $3 billion.")
    >>> got_after(r, fig, r.text.index("pressured"))
    False
    """
    got = _OBTAINED.search(r.text, max(pos, fig.start - win.BROUGHT_TO_BACK), fig.start) if pos < fig.start else None
    return got is not None and _RESULT_COMMA.search(r.text, max(pos, got.start() - 8), got.start()) is not None


def obtained(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what someone got out of the payer ("I got three billion with a phone call"), in an
    article about the cost-sharing deal, its own phrase naming nothing else (:func:`own_phrase_other`): the sum paid.

    >>> [obtained(*figure_in(t)) for t in ("Under the SMA talks, I got $3 billion with a phone call.",
    ...                                    "Under the SMA talks, Seoul got $3 billion for a new port.")]
    [True, False]
    """
    return fig.kind == "money" and r.about_sma and _OBTAINED.search(
        r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start) is not None and not own_phrase_other(r, fig)


#: Right before an amount, the deal's sum named by a sum noun and set at it: "The total was set at X", "the total
#: amount for the first year, 2026, has been set at X", "the sum was agreed at X" (weakev70).
_SUM_SET_AT = re.compile(r"\b(?:total|sum|amount)\b(?P<between>[^.;:!?\n]{0,60}?)\s(?:was|is|were|are|has\s++been|"
                         r"had\s++been|will\s++be|would\s++be)\s++(?:(?:finally|formally|initially)\s++)?(?:set|"
                         r"agreed|fixed|pegged|finali[sz]ed|settled)\s++at\s++(?:" + _HEDGE + r")?$", re.I)
#: Words between that make the sum another's: "the total cost of the base was set at X" (left to thing_costs).
_OTHER_SUM_WORD = re.compile(r"\b(?:costs?|budgets?|prices?|funds?|projects?|loans?|sales?|investments?|spending)\b",
                             re.I)


def sum_set_at(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what the total, sum or amount of a story about the cost-sharing deal (or a sentence
    naming the payment) was set at ("The total was set at 1.04 trillion won", "The total amount for the first year,
    2026, has been set at X"): the deal's sum; not a cost, budget or fund set at it (weakev70).

    >>> [sum_set_at(*figure_in(t)) for t in ("Under the SMA, the total was set at $900 million.",
    ...                                      "Under the SMA, the total cost of the base was set at $900 million.")]
    [True, False]
    """
    about = r.about_sma or names_payment(r, fig)  # "The total was set at X, which reflected Seoul's 2018 share ..."
    m = _SUM_SET_AT.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK * 2), fig.start) if about else None
    return m is not None and not _OTHER_SUM_WORD.search(m.group("between"))


#: Function words that may stand between an amount and the noun it modifies; none may ("X in 2019 budget").
_NOT_MODIFIER = (r"(?!(?:in|for|to|of|from|on|at|by|and|or|as|with|under|the|a|an|this|that|its|their|which|was|is|"
                 r"were|are|will|would|a\s++year)\b)")
#: Right after an amount (past its restatement and "a year"), its own phrase naming a quantity other than a payment
#: (weakev70): goods valued at it ("X worth of jets"), a thing it is the sum of ("a $720 million dredging project",
#: "a 1 trillion won fund"), a kind of money ("X in arms sales"), or a sum set apart for something ("X was earmarked
#: for road repairs", "X was allocated to a range"; not "X allocated in 2025" nor "for this year").
_OWN_OTHER_AFTER = re.compile(
    r"(?<!\s)(?:\s++(?:a|per)\s++year|\s++annually)?(?:\s++of\s++(?:it|that|this|them))?\s++(?:worth\s++of\b|"
    r"(?:" + _NOT_MODIFIER + r"[\w-]++\s++){0,2}?(?:funds?|projects?|programs?|programmes?|budgets?|loans?|"
    r"investments?|sales|contracts?|orders?|packages?|grants?|bonds?|stimulus)\b|"
    r"in\s++(?:[\w-]++\s++){0,2}?(?:sales|revenues?|exports|imports|orders|contracts|bonds|funds|investments?)\b|"
    r"in\s++budgets?\b|"  # fresh77v: "the diversion of some X in budget to building the wall": budget money
    r"of\s++(?:(?:the|its|their)\s++)?(?:" + _NOT_MODIFIER + r"[\w’'-]++\s++){1,2}?(?:money|funds|cash)\b|"
    r"(?:(?:has|have|had|will|would)\s++)?(?:(?:was|were|is|are|be|been|being)\s++)?"
    r"(?:(?:also|then|later|quietly|already|instead|now|since)\s++)?"
    r"(?:earmarked|allocated|diverted|set\s++aside|budgeted|reserved|redirected|invested|lent|loaned)\s++"
    r"(?:to|for|toward|towards|into|on|in)\s++(?!\d|(?:this|next|last|fiscal|the\s++(?:first|second|third|fourth|"
    r"fifth|current|next|coming|year))\b))", re.I)
#: Right before an amount, a noun of another sum with "of" ("a fund of X", "a budget of X", "at a cost of X"), a verb
#: setting a sum apart, lending, investing or selling ("budgeted X", "allocated X", "set aside X", "sold for X"), or a
#: noun valued at it ("gear worth X"; not "it is (now) worth X" nor "a deal worth X").
_SUM_NOUN_OF = (r"\b(?:funds?|budgets?|loans?|investments?|grants?|package|price|sales?|balances?)\s++of|"
                # frames75: an account's balance told by its verb ("the fund's balance stood at X")
                r"\bbalances?\s++(?:stood|stands|was|is|were|are|reached|fell|rose|dropped|grew)(?:\s++(?:at|to))?|"
                r"\bat\s++a\s++(?:total\s++)?(?:cost|price)\s++of")
_SETS_APART = (r"\b(?:budget(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set(?:s|ting)?\s++aside|"
               r"divert(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|invest(?:s|ed|ing)?|lent|lend(?:s|ing)?|"
               # frames75: money moved to or pulled from another use ("shifted X of construction funds to the wall")
               r"(?:shift|pull|siphon|drain|reprogram|redirect)(?:s|ed|ing)?|mov(?:e|es|ed|ing)|"
               r"(?:sold|sells?|selling)\s++for|fetch(?:ed|es)?)")
_NOT_GOODS = (r"(?:is|was|are|were|be|been|being|it|its|each|well|now|still|already|only|just|even|then|once|also|deal|"
              r"agreement|accord|contributions?|payments?|share|bill|troops|forces|military|support|protection|"
              r"defen[cs]e|security)\b|[a-z]{1,15}ly\b")  # weakev71: "support to U.S. forces worth X" is the payment's
_OWN_OTHER_BEFORE = re.compile(
    "(?:" + _SUM_NOUN_OF + "|" + _SETS_APART + r"|(?<![\w-])(?!" + _NOT_GOODS + r")[a-z][\w-]*+\s++worth)\s++"
    r"(?:(?:a\s++further|another|an\s++extra|an\s++additional|over|up\s++to|more\s++than)\s++)?(?:" + _HEDGE
    + r")?$", re.I)
#: Right after an amount, what it is for: the words after "for", "toward(s)" (read by :func:`purpose_other`); the
#: payer it is asked "from" may stand between ("demanded X from South Korea to cover the cost of ...", b122), and a
#: time ("Seoul's X this year is for new barracks", cfix42).
_FOR_WHAT = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year|\s++annually)?(?:\s++(?:this|last|next)\s++year|"
                       r"\s++in\s++(?:19|20)\d\d)?(?:\s++from\s++(?:the\s++)?"
                       r"(?-i:[A-Z])[\w.’'-]{0,30}+(?:\s++(?-i:[A-Z])[\w.’'-]{0,30}+){0,2}+(?=\s++to\b))?(?:\s++(?:will|would|has|have|had|was|were|is|"
                       r"are|be|been|also|then)){0,2}+(?:\s++(?P<went>went|go|goes|going|gone|moved|shifted|sent|"
                       r"steered|funnell?ed))?\s++(?:for|towards?|(?P<to>to|into))\s++"
                       r"(?P<what>(?:[^.,;:!?()\n]|(?<=\d)[.,](?=\d)){1,60}+)",
                       re.I)
#: Right before an amount, a verb moving a sum somewhere ("moved X to a bridge"): "to" after it names where (weakev71).
_MOVED_BEFORE = re.compile(r"\b(?:moved|moves|moving|shift(?:s|ed|ing)?|divert(?:s|ed|ing)?|redirect(?:s|ed|ing)?|"
                           r"steer(?:s|ed|ing)?|funnell?(?:s|ed|ing)?|"
                           # frames75: a sum given to something ("pledged X to a new NATO fund")
                           r"pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|commit(?:s|ted|ting)?)\s++(?:" + _HEDGE
                           + r")?$", re.I)
#: Words of a purpose's whole phrase that make it the payment's ("for the privilege of hosting U.S. troops", "for the
#: deployment of some 28,500 American troops"; weakev71).
_PAID_FOR_PHRASE = re.compile(r"\b(?:troops|forces|soldiers|servicemembers|usfk|stationing|hosting|presence|alliance|"
                              r"sma|cost-?sharing|burden-?sharing)\b", re.I)
#: A purpose's words that end its head ("the relocation | of the range", "barracks | at Camp X", "satellites | next").
_HEAD_END = frozenset(("of", "at", "in", "on", "near", "from", "to", "with", "by", "and", "or", "next", "last",
                       "this", "that", "each", "every", "which", "who", "so", "as", "over", "under", "across", "after",
                       "before"))
#: Determiners and light words skipped at a purpose's start.
_HEAD_SKIP = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "new", "more", "some"))
#: Words of a purpose that may be the payment's own (the troops, their upkeep, the alliance, a time): then no decision.
_PAID_FOR = re.compile(r"\b(?:troops?|forces?|soldiers?|servicemembers|service|military|upkeep|stationing|station|"
                       r"keep(?:ing)?|host(?:ing)?|maintain(?:ing)?|maintenance|operations?|operating|support(?:ing)?|"
                       r"defend(?:ing)?|protect(?:ing)?|"
                       r"presence|defen[cs]e|protection|security|alliance|sma|cost-?sharing|burden\w*+|costs?|share|"
                       r"payments?|contributions?|deal|agreement|accord|talks|negotiations|years?|annum|now|it|this|"
                       r"that|them|itself|example|instance|period|term|time|decades?|months?|weeks?|days?|nothing|free|"
                       r"first|second|whole|rest|period|usfk|workers?|labor|labour|wages?)", re.I)


def purpose_other(r: Reader, fig: Span) -> bool:
    """Return whether the purpose named right after an amount ("for", "toward") is a thing other than the payment's
    (the troops, their upkeep or support, the alliance, a year): its head's words — skipping determiners, up to a
    preposition or a time word — hold no such word (:data:`_PAID_FOR`), no capitalised name, no digit and no "$"
    ("for keeping 28,500 troops", "for $5 billion worth of protection" are the payment's purposes; weakev70).

    >>> [purpose_other(*figure_in(t)) for t in ("Seoul set $880 million for new barracks at Camp Dorrin.",
    ...     "Seoul set 1 trillion won for the upkeep of U.S. troops.", "Seoul set $1 billion for 2021.",
    ...     "Seoul set $1 billion for the relocation of the Dalmi range.", "Seoul set $1 billion for U.S. forces.",
    ...     "Seoul pays $1 billion for keeping 28,500 troops.", "Seoul pays $1 billion for the support of troops.",
    ...     "It asked $100 million from South Korea to cover the cost of deploying strategic assets.",
    ...     "It asked $900 million from Seoul to cover the cost of stationing the troops.",
    ...     "Seoul's $300 million this year is for new barracks.")]
    [True, False, False, True, False, False, False, True, False, True]
    """
    m = _FOR_WHAT.match(r.text, r.restated_to(fig)) if fig.kind == "money" else None
    cut = _OTHER_CLAUSE_AFTER.search(r.text, m.start("what"), m.end("what")) if m is not None else None
    what = r.text[m.start("what"):cut.start() if cut else m.end("what")] if m is not None else ""  # frames75: not
    cost = _COST_OF.match(what)  # b122: "to cover the cost of deploying strategic assets": what the cost is of
    if m is None or _PAID_FOR_PHRASE.search(what) or (m.group("to") and not cost and not (  # "... as the SMA talks"
            m.group("went") or _MOVED_BEFORE.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start))):
        return False  # "moved X to a bridge", "X went to a runway"; not "raised it to X", "X to 2021"
    head: list[str] = []
    for word in (what[cost.end():] if cost else m.group("what")).split()[:6]:
        if word.lower() in _HEAD_END and head:
            break
        if word.lower() not in _HEAD_SKIP or head:
            head.append(word)
    if fund_head(head):
        return True  # frames76: "pledged X to a new NATO support fund": a fund of its own, whoever's name it bears
    return bool(head) and not any(_PAID_FOR.fullmatch(w.strip("’'\"”“")) or w[:1].isupper() or w.lower() in _HEAD_END
                                  or any(c.isdigit() or c == "$" for c in w) for w in head)


#: At a purpose's start, a verb of meeting a cost and the cost's noun: the purpose is what the cost is "of" ("to cover
#: the cost of deploying strategic assets", "for the costs of the drills"; b122); "the cost of the troops" stays the
#: payment's (its head is read as any purpose's).
_COST_OF = re.compile(r"(?<![\w-])(?:(?:cover|meet|defray|offset|bear|foot|fund|pay\s++for)\s++)?(?:(?:the|its|their|"
                      r"part\s++of\s++the)\s++)?(?:(?<![\w-])[\w-]++\s++)?(?:costs?|expenses?|bills?)\s++(?:of|for)\s++",
                      re.I)


#: The last word of a purpose's head that makes it a fund or scheme of its own ("a new NATO support fund").
_FUND_HEAD = re.compile(r"(?:funds?|accounts?|trusts?|facilit(?:y|ies)|programs?|programmes?|initiatives?|schemes?|"
                        r"banks?|endowments?|reserves?)", re.I)
#: Words of a head that may name a fund's generic aim without making it the payment ("support", "defense").
_FUND_AIM = frozenset(("support", "defense", "defence", "security", "protection", "military", "new"))


def fund_head(head: list[str]) -> bool:
    """Return whether a purpose's head ends on a fund's or scheme's noun and holds no other word of the payment's
    (:data:`_PAID_FOR`, save a generic aim such as "support"): money put into a fund of its own (frames76).

    >>> [fund_head(h.split()) for h in ("NATO support fund", "flood relief fund", "cost-sharing fund",
    ...                                 "troops' upkeep fund", "support", "USFK fund")]
    [True, True, False, False, False, False]
    """
    words = [w.strip("’'\"”“,") for w in head]
    return bool(words) and _FUND_HEAD.fullmatch(words[-1]) is not None and not any(
        (_PAID_FOR.fullmatch(w) and w.lower() not in _FUND_AIM) or _PAID_FOR_PHRASE.search(w) for w in words[:-1])


#: Nouns of a building or facility a sum may be the price of (dev131).
_FACILITY_NOUNS = (r"(?:museums?|hospitals?|clinics?|schools?|librar(?:y|ies)|barracks|dormitor(?:y|ies)|housing|"
                   r"apartments?|runways?|hangars?|airfields?|buildings?|headquarters|facilit(?:y|ies)|complex(?:es)?|"
                   r"gym(?:nasium)?s?|cent(?:er|re)s?|churche?s?|chapels?|warehouses?|depots?|theat(?:er|re)s?|"
                   r"stadiums?|bridges?|roads?|piers?|towers?)\b")
#: Right after an amount, a building or facility it is the price of, a modifier or two between: "a $10 million museum",
#: "a $300 million barracks complex", "a $25 million fitness center" (dev131).
_FACILITY_AFTER = re.compile(r"(?<!\s)\s++(?:" + _NOT_MODIFIER + r"[\w-]++\s++){0,2}?" + _FACILITY_NOUNS, re.I)
#: Right before an amount, a cost noun set off by a comma and estimated: "and cover the cost, estimated at X".
_COST_ESTIMATED = re.compile(r"\bcosts?\s*+,\s*+(?:which\s++(?:is|was)\s++)?(?:estimated|put|valued|pegged)\s++at\s++"
                             r"(?:" + _HEDGE + r")?$", re.I)
_FACILITY_WORD = re.compile(r"\b" + _FACILITY_NOUNS, re.I)


def priced_facility(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the price of a building or facility it modifies ("calls for a $10 million museum",
    "Seoul paid for a $90 million school", "wants a $300 million barracks complex"): a project's cost, never a year's
    payment nor an ask of one (dev131); "a $900 million share", "a $1 billion payment" stay what they were.

    >>> [priced_facility(*figure_in(t)) for t in ("It calls for a $10 million museum.",
    ...     "Seoul paid for a $90 million school.", "Trump wants a $1 billion payment.")]
    [True, True, False]
    """
    return fig.kind == "money" and (_FACILITY_AFTER.match(r.text, r.restated_to(fig)) is not None
                                    or facility_cost_estimate(r, fig))


def facility_cost_estimate(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the estimate of a cost set off by a comma ("..., estimated at X") whose clause names
    a building or facility before it ("must provide the family housing and cover the cost, estimated at $7 billion"):
    that facility's cost (dev131); "Seoul will cover the cost, estimated at X" with no facility named is read as before.

    >>> [facility_cost_estimate(*figure_in(t)) for t in ("It must build the housing and cover the cost, estimated at "
    ...     "$7 billion.", "Seoul will cover the cost, estimated at $900 million.")]
    [True, False]
    """
    m = _COST_ESTIMATED.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start)
    if m is None:
        return False
    c0, _ = r.clause(fig, strong=True)
    s0, _ = r.sentence_of(fig)
    return _FACILITY_WORD.search(r.text, min(c0, s0), m.start()) is not None


def own_phrase_other(r: Reader, fig: Span) -> bool:
    """Return whether an amount's own phrase names a quantity other than Seoul's payment: a purpose other than the
    payment's (:func:`purpose_other`), goods it is the worth of, a thing or a kind of money it is the sum of, or a sum
    set apart, lent, invested or sold for (:data:`_OWN_OTHER_AFTER`, :data:`_OWN_OTHER_BEFORE`), with no name of the
    SMA in those words ("a 1 trillion won cost-sharing fund" is the SMA's). Read when only the context cue makes the
    amount a payment (weakev70).

    >>> [own_phrase_other(*figure_in(t)) for t in ("A fund of $2.2 billion was created.", "A $720 million dredging "
    ...     "project moves ahead.", "Some 130 billion won was earmarked for road repairs.", "Gear worth $450 million "
    ...     "arrived.", "It is now worth $450 million.", "About $1 billion worth of boats arrived.",
    ...     "Seoul pays 1 trillion won for the troops.", "The talks ended with a 1.5 trillion won contribution.",
    ...     "A 1 trillion won cost-sharing fund was set up.")]
    [True, True, True, True, False, True, False, False, False]
    """
    if fig.kind != "money":
        return False
    end = r.restated_to(fig)
    if _FOR_PAID.match(r.text, end):
        return False  # weakev71: "set aside X for the cost-sharing", "allocated X in its budget for the troop upkeep"
    c0, _ = r.clause(fig, strong=True)
    after = _OWN_OTHER_AFTER.match(r.text, end)
    before = _OWN_OTHER_BEFORE.search(r.text, max(c0, fig.start - win.BROUGHT_TO_BACK), fig.start)
    words = [r.text[after.start():after.end()]] if after else []
    words += [r.text[max(c0, before.start() - OWN_OTHER_NAME_BACK):before.end()]] if before else []
    return bool(words and not any(_SMA_NAME.search(w) for w in words)) or purpose_other(r, fig)


#: Right after an amount, within its phrase, "for" and the payment's purpose among the next words: "X for the
#: cost-sharing", "X in its 2025 budget for the troop upkeep", "X for the U.S. troops' upkeep" (weakev71).
_FOR_PAID = re.compile(r"(?<!\s)[^.,;:!?()\n]{0,40}?\bfor\s++(?:[\w.’'-]++\s++){0,3}?(?:troops?|forces|soldiers|usfk|"
                       r"upkeep|stationing|hosting|sma|cost-?sharing|burden-?sharing)\b", re.I)


def talks_story(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told in a story of the cost-sharing talks: the article is about them, or a name of
    the SMA or a payment word is in its sentence or the one before (weakev71).

    >>> talks_story(*figure_in("Amid the SMA talks, Trump demanded $450 million.")), talks_story(
    ...     *figure_in("She wanted $5 million for a new clinic."))
    (True, False)
    """
    c0, c1 = _context(r, fig)
    return bool(r.about_sma or _SMA_WORDS.search(r.text, c0, c1) or _PAYMENT.search(r.text, c0, c1))


#: Characters before a noun or verb of another sum in which a name of the SMA makes it the SMA's ("Seoul's SMA budget
#: of X", "Under the SMA, Seoul set aside X").
OWN_OTHER_NAME_BACK = 25


#: Between a payment word and the amount after it, the words of a phrase it governs: at most three words, none a
#: conjunction or a relative, no punctuation ("Seoul pays X", "pay South Korea about X", "its share of X"; weakev71).
_GOVERNS_GAP_BEFORE = re.compile(r"(?<!\s)(?:\s++(?!(?:and|but|or|as|while|though|although|when|whereas|because|so|yet|"
                                 r"which|that|who|after|before|since|until|if)\b)[\w.’'-]++){0,3}+\s*+$", re.I)
#: Between an amount and the payment word after it, the words of the phrase it heads: "X contribution", "X of the
#: cost-sharing budget", "X in contributions", "X under the SMA", "the X Seoul pays" (weakev71).
_GOVERNS_GAP_AFTER = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year|\s++annually)?(?:\s++(?:of|in|under|from|by)"
                                r"(?:\s++(?:the|its|their|this|that|Seoul['’]s|Korea['’]s|South\s++Korea['’]s))?|\s++(?:Seoul|"
                                r"(?:South\s++)?Korea)(?:\s++(?:now|still|already|also))?)?\s*+", re.I)


def payment_governs(r: Reader, fig: Span, before: list[int], after: re.Match[str] | None) -> bool:
    """Return whether a payment word of an amount's clause governs the amount itself — right before it, only a few
    words of its phrase between ("Seoul pays X for ...", "its share of X"), or right after it, heading its phrase
    ("Seoul's X contribution for ...", "X of the cost-sharing budget", "the X Seoul pays") — or another cue ties it
    to the payment (the deal's sum, a sum brought to or agreed on, a total set at it, "its X share", "That figure is
    X"): else the payment word names something else in the clause (weakev71).

    >>> t = "Seoul pays $1 billion for a hangar, and as Seoul paid more, $300 million went to a runway."
    >>> r = Reader(annotate_text(t)); a, b = r.figures_in(0, len(r.text))
    >>> pays, paid = (_PAYMENT.match(r.text, r.text.index(w)) for w in ("pays", "paid"))
    >>> payment_governs(r, a, [pays.start()], None), payment_governs(r, b, [paid.start()], None)
    (True, False)
    """
    for pos in before:
        m = _PAYMENT.match(r.text, pos)
        if m is not None and m.end() <= fig.start and fig.start - m.end() <= win.BROUGHT_TO_BACK \
                and _GOVERNS_GAP_BEFORE.match(r.text, m.end(), fig.start):
            return True
    end = r.restated_to(fig)
    if after is not None and after.start() >= end and _GOVERNS_GAP_AFTER.fullmatch(r.text, end, after.start()):
        return True
    return bool(possessed_share(r, fig) or sum_of_deal(r, fig) or brought_to(r, fig) or agreed_on(r, fig)
                or sum_set_at(r, fig) or payment_anaphor(r, fig) or clause_anaphor(r, fig) or _base_of_multiple(r, fig))


def outranked(r: Reader, fig: Span, before: list[int], after: re.Match[str] | None) -> bool:
    """Return whether an amount's own phrase names another quantity (:func:`own_phrase_other`) and no payment word
    governs it (:func:`payment_governs`): its own phrase outranks a payment word elsewhere in its clause ("As Seoul
    agreed to pay more, the Pentagon moved X of construction money to the wall": ``other``; a lead decision,
    weakev71).

    >>> r, fig = figure_in("Seoul's share rose, while $620 million went to a runway.")
    >>> outranked(r, fig, [r.text.index("'s share")], None)
    True
    >>> r, fig = figure_in("Seoul pays $620 million for a runway.")
    >>> outranked(r, fig, [r.text.index("pays")], None)
    False
    """
    return own_phrase_other(r, fig) and not payment_governs(r, fig, before, after)


#: A verb of paying or spending whose subject is the payer: "the U.S. spends X", "Washington pays X".
_SPEND_VERB = re.compile(r"\b(?:spends?|spent|spending|pays?|paid|paying|shells?\s+out|forks?\s+out)\b", re.I)


def spent_by_us(r: Reader, fig: Span) -> bool:
    """Return whether the amount is what the US side pays or spends: the subject of the paying verb before it, with
    no figure between, is of the US side ("The U.S. spends about $13 billion a year on its forces in Korea").

    >>> texts = ("Under the cost-sharing deal, the U.S. spends about $13 billion a year in Korea.",
    ...          "The U.S. says Seoul pays about $900 million a year under the cost-sharing deal.")
    >>> [spent_by_us(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False]
    """
    c0, _ = r.clause(fig, strong=True)
    m = last_match(_SPEND_VERB, r.text, c0, fig.start)
    if m is None or r.figures_in(m.end(), fig.start) or spent_relative_head(r, c0, m.start()) or paid_passive(r, m):
        return False
    named = [(a.end, str(_actor_id(a))) for a in r.spans_in(c0, m.start(), "person", "org", "place") if _actor_id(a)]
    named += [(w.end(), side) for side, pattern in _SIDE_WORDS for w in pattern.finditer(r.text, c0, m.start())]
    if not named:
        return False
    end, payer = max(named)
    return r.country.get(payer) == "US" and bool(_SUBJECT_GAP.fullmatch(r.text, end, m.start()))


#: Right before "paid", an auxiliary of the passive, an adverb allowed ("has been paid", "is paid", "gets paid",
#: "was only paid"): its subject is paid, not the payer.
_PASSIVE_AUX = re.compile(r"\b(?:been|is|was|are|were|be|being|gets?|got|getting)[ \t]++(?:[a-z]++ly[ \t]++)?$",
                          re.I)


def paid_passive(r: Reader, verb: re.Match[str]) -> bool:
    """Return whether the paying verb ``verb`` is "paid" in the passive ("the U.S. has been paid very little by South
    Korea"): its subject is the side paid, so it does not make a later amount what that side spends (fresh79v).

    >>> r = Reader(annotate_text("The U.S. has been paid very little by Seoul, and talks began on the $990 million "
    ...                          "it now pays. The U.S. paid $13 billion a year for its forces in Korea."))
    >>> [spent_by_us(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    return verb.group().lower() == "paid" and _PASSIVE_AUX.search(
        r.text, max(0, verb.start() - win.PASSIVE_AUX_BACK), verb.start()) is not None


#: Between an amount and the verb of a relative clause on it: its subject ("the $13 billion the U.S. spends").
_RELATIVE_HEAD_GAP = re.compile(r"(?<!\s)\s++(?:(?:that|which)\s++)?(?:[\w.’'-]++\s++){1,4}", re.I)


def spent_relative_head(r: Reader, c0: int, verb: int) -> bool:
    """Return whether the spending verb at ``verb`` is in a relative clause on an earlier amount of its clause ("The
    $13 billion the U.S. spends on its forces dwarfs the X Seoul pays": the verb is the first amount's, other49).

    >>> r, fig = figure_in("The $13 billion the U.S. spends on its forces dwarfs the 1.4 trillion won Seoul pays.", 1)
    >>> spent_relative_head(r, 0, r.text.index("spends")), spent_by_us(r, fig)
    (True, False)
    """
    return any(f.kind == "money" and _RELATIVE_HEAD_GAP.fullmatch(r.text, f.end, verb) is not None
               for f in r.figures_in(c0, verb))


#: Between a subject and its verb: at most two lower-case words ("the U.S. military alone spends"), not "to" or "that".
_SUBJECT_GAP = re.compile(r"(?:\s+(?!(?:to|that|who|which|is|was|would|will)\b)[a-z]+){0,2}\s+")


#: "X of the Y cost": X is a part of the whole that follows it.


#: After the amount in its sentence, a clause in which the American side bears a sum of its own ("..., while the U.S.
#: would bear 6.8 trillion won"): the two allies split a cost, which the SMA (paid by Seoul alone) is not.
_US_BEARS = re.compile(r",[ \t]*+(?:while|whereas|and)[ \t]++(?:the[ \t]++)?(?:U\.S\.|US|United[ \t]++States|"
                       r"Washington|Americans?(?:[ \t]++side)?)[ \t]++(?:(?:would|will|is[ \t]++to|was[ \t]++to|"
                       r"agreed[ \t]++to)[ \t]++)?(?:bear|pay|shoulder|cover|foot)s?\b", re.I)


def split_with_us(r: Reader, fig: Span) -> bool:
    """Return whether the amount is Seoul's part of a cost the American side shares with a sum of its own later in
    the sentence (:data:`_US_BEARS` with an amount after it): a project's split, not the payment (cfix44).

    >>> [split_with_us(*figure_in(t)) for t in ("Seoul would bear 4 trillion won of the costs, while the U.S. would "
    ...     "bear 5.9 trillion won.", "Seoul will pay 1 trillion won, while the U.S. keeps its troops.")]
    [True, False]
    """
    _, s1 = r.local(fig)
    m = _US_BEARS.search(r.text, fig.end, s1)
    return fig.kind == "money" and m is not None and any(f.kind == "money" for f in r.figures_in(m.end(), s1))


def _part_of_other(r: Reader, fig: Span) -> bool:
    """Return whether the amount is a part of the amount right after it ("X of the Y cost of building a base") and
    that whole is of a quantity the data does not cover (a project's cost, a budget).

    >>> r = Reader(annotate_text("Seoul covered $9.7 billion of the $10.7 billion cost of building the base under the "
    ...                          "cost-sharing deal."))
    >>> _part_of_other(r, r.figures_in(0, len(r.text))[0])
    True
    """
    _, e = r.local(fig)
    after = [m for m in r.figures_in(fig.end, e) if m.kind == "money"]
    if not after or not _OF_THE.fullmatch(r.text, fig.end, after[0].start):
        return False
    return _money_quantity(r, after[0]).quantity in OTHER_QUANTITIES


#: Right after an amount, "of the cost(s) of" a thing: the amount is a part of that cost (frames63).
_OF_COSTS_OF = re.compile(r"(?<!\s)\s++of\s++(?:the\s++|its\s++)?(?:[\w-]++\s++)?(?P<cost>costs?\s++(?:of|for)\s++)",
                          re.I)


#: Between an amount and a percent set off after it: ", or about ", ", ", " (".
_APPOSED_PERCENT_GAP = re.compile(r"(?<![ \t])[ \t]*+(?:,[ \t]*+(?:or[ \t]++)?|\([ \t]*+)(?:(?:" + HEDGE_WORDS
                                  + r")[ \t]++)?")
#: After that percent, the mark that closes it: ",", ")".
_APPOSED_PERCENT_END = re.compile(r"(?<![ \t])[ \t]*+[,)]")


def past_apposed_percent(r: Reader, fig: Span) -> int:
    """Return where the phrase of an amount goes on past a percent set off right after it ("X, or 92 percent, of the
    cost of ...", "X (92 percent) of ..."): after the percent's closing mark; else the amount's end (past a bracketed
    restatement) or right after the percent when no mark closes it ("X, or 92 percent of the cost of ..."): the same
    part's words (cother52).

    >>> r, fig = figure_in("Seoul paid $9.7 billion, or 92 percent, of the cost.")
    >>> r.text[past_apposed_percent(r, fig):]
    ' of the cost.'
    """
    end = r.restated_to(fig)
    gap = _APPOSED_PERCENT_GAP.match(r.text, end)
    nxt = r.figures_in(end, end + win.CHANGE_VERB_BACK)
    if gap is None or not nxt or nxt[0].kind != "percent" or nxt[0].start != gap.end():
        return end
    close = _APPOSED_PERCENT_END.match(r.text, nxt[0].end)  # "X, or 92 percent of the cost": the percent's own "of"
    return close.end() if close is not None else nxt[0].end


def part_of_other_cost(r: Reader, fig: Span) -> bool:
    """Return whether the amount is a part of the cost of something other than the US forces ("X of the costs of
    cleaning up returned bases", "X of the cost of moving U.S. troops to a new base"); not of their upkeep ("X of the
    cost of stationing U.S. soldiers", "X of the costs of the U.S. troops") or of the SMA (frames63).

    >>> [part_of_other_cost(*figure_in(t)) for t in ("Seoul bore $1 billion of the costs of cleaning up bases.",
    ...                                               "Seoul bore $1 billion of the cost of stationing U.S. troops.",
    ...                                               "Seoul bore $1 billion of the cost of the U.S. troops.")]
    [True, False, False]

    Past a percent set off after the amount (cother52):
    >>> [part_of_other_cost(*figure_in(t)) for t in ("Seoul paid $9.7 billion, or 92 percent, of the cost of building "
    ...     "the camp.", "Seoul paid 1 trillion won, or 41 percent, of the costs of stationing U.S. troops.")]
    [True, False]
    """
    if fig.kind != "money":
        return False
    m = _OF_COSTS_OF.match(r.text, r.restated_to(fig)) or _OF_COSTS_OF.match(r.text, past_apposed_percent(r, fig))
    if m is None:
        return False
    tail = r.text[m.end():m.end() + win.PART_CUE_AFTER]
    return not (_FOR_US.match(r.text, m.start("cost")) or _FOR_US.match(r.text, m.end()) or _SMA_WORDS.search(tail)
                or _PAYMENT.match(r.text, m.start("cost")))


#: "of Seoul's payment" right after an amount, or a fronted "Of Seoul's share this year," before it: a part of the
#: payment (frames63).
_PAYMENT_PART = (r"(?:the\s++|its\s++|their\s++|[A-Z][\w.]{0,20}+(?:\s++[A-Z]\w{0,20}+)?['’]s\s++)(?:[\w-]++\s++){0,2}?"
                 r"(?:payments?|contributions?|share|funds?|money|bill)\b")
_OF_PAYMENT_AFTER = re.compile(r"(?<!\s)\s++of\s++" + _PAYMENT_PART, re.I)
_OF_PAYMENT_BEFORE = re.compile(r"\bOf\s++" + _PAYMENT_PART + r"[^,.;:\n]{0,30}+,\s*+(?:" + _HEDGE + r")?$", re.I)
#: A verb that allots a part to its use: "goes to", "is spent on", "pays for", "covers".
_ALLOTTED = re.compile(r"[^.;:\n\d]{0,30}?\b(?:go(?:es)?|went|(?:is|was|are|were)\s++(?:spent|used|earmarked|allocated|"
                       r"set\s++aside)|pays?|paid|covers?|covered|funds?|funded)\s++(?:to|for|on|toward)?\b", re.I)


def allotted_part(r: Reader, fig: Span) -> str | None:
    """Return the quantity of what a part of the payment goes to ("X of Seoul's payment goes to the workers'
    salaries": ``wages``; "Of Seoul's share this year, X goes to military construction": ``other``), else None: the
    part is no yearly payment, and the cue words of the payment it is a part of do not make it one (frames63).

    >>> [allotted_part(*figure_in(t)) for t in ("Some $400 million of Seoul's payment goes to workers' salaries.",
    ...                                          "Of Seoul's share this year, $300 million goes to construction.",
    ...                                          "Seoul's payment goes to salaries; it was $900 million.")]
    ['wages', 'other', None]
    """
    if fig.kind != "money":
        return None
    if percent_part(r, fig):
        return "other"  # probe34: "About 40 percent of the contribution, or 400 billion won, funds construction"
    end = r.restated_to(fig)
    part = _OF_PAYMENT_AFTER.match(r.text, end)
    fronted = _OF_PAYMENT_BEFORE.search(r.text, max(0, fig.start - win.PART_CUE_AFTER * 2), fig.start)
    use = _ALLOTTED.match(r.text, part.end() if part else end) if part or fronted else None
    if use is None:
        return None
    _, c1 = r.clause(fig, strong=True)
    return next((name for name, p in _OTHER_CUES if name != "troops" and p.search(r.text, use.end(), c1)), "other")


#: Right before an amount, a percent "of" the payment the amount restates: "About 40 percent of the contribution, or
#: 400 billion won, funds construction" (probe34): a part of the payment, not the whole.
_PERCENT_OF = r"(?<![\d.])\d++(?:\.\d++)?+[ \t]*+(?:%|percent|per[ \t]++cent)[ \t]++of[ \t]++"
_OF_PAY_HEAD = (r"(?:(?:the|its|their|this\s++year['’]s|Seoul['’]s|Korea['’]s)[ \t]++)?"
                r"(?:(?<![\w-])[\w-]++[ \t]++){0,2}?(?:contributions?|payments?|share|budget|money|funds?|sum)")
_RESTATED_AS = rf"(?:[ \t]*+,)?[ \t]++(?:or|i\.e\.|that\s++is)(?:[ \t]++(?:{HEDGE_WORDS}))?[ \t]*+$"
_PERCENT_OF_PAYMENT = re.compile(_PERCENT_OF + _OF_PAY_HEAD + _RESTATED_AS, re.I)


def percent_part(r: Reader, fig: Span) -> bool:
    """Return whether an amount restates a percent of the payment right before it (:data:`_PERCENT_OF_PAYMENT`):
    the part's sum, not the payment (probe34).

    >>> [percent_part(*figure_in(t, -1)) for t in ("About 40 percent of the contribution, or 400 billion won, funds "
    ...     "construction.", "Seoul pays 1 trillion won, or about $900 million.")]
    [True, False]
    """
    return fig.kind == "money" and _PERCENT_OF_PAYMENT.search(
        r.text, max(0, fig.start - PERCENT_PART_BACK), fig.start) is not None


PERCENT_PART_BACK = 90  # characters before an amount read for :data:`_PERCENT_OF_PAYMENT`


#: "has paid", "have contributed": a perfect of paying, which with "since <year>" sums the years since.
_PAID_SO_FAR = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:paid|contributed|spent|provided|shouldered|borne)\b",
                          re.I)


def paid_since(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what was paid in all the years since one ("Seoul has paid more than 20 trillion
    won since 1991"): a perfect of paying before it and "since <year>" in its phrase, and not a yearly sum.

    >>> texts = ("Seoul has paid more than 20 trillion won since 1991.", "Seoul has paid $1 billion a year since 2019.")
    >>> [paid_since(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False]
    """
    c0, _ = r.clause(fig, strong=True)
    p0, p1 = r.clause(fig)
    if per_year(r, fig):
        return False
    if not _PAID_SO_FAR.search(r.text, c0, fig.start):  # cfix44: "Seoul paid $5 billion since 1991?" (a headline)
        return _PAID_RIGHT_BEFORE.search(r.text, c0, fig.start) is not None and _SINCE_YEAR.match(r.text, fig.end) \
            is not None
    return _SINCE_YEAR.search(r.text, p0, p1) is not None or since_opens(r, fig, c0, p1)


#: A paying verb right before the amount ("paid $5 billion"), which with "since <year>" right after it is a total.
_PAID_RIGHT_BEFORE = re.compile(r"\b(?:paid|contributed|spent)[ \t]++(?:(?:a[ \t]++total[ \t]++of|about|some|nearly|"
                                r"almost|over|more[ \t]++than)[ \t]++)?$", re.I)


#: A total named as the subject right before its amount: "The right total is X", "That total came to X".
_TOTAL_SUBJECT = re.compile(r"\b(?:the|that|this|its)[ \t]++(?:(?:right|correct|real|actual|true|whole|overall|"
                            r"combined)[ \t]++)?total[ \t]++(?:is|was|came[ \t]++to|stood[ \t]++at|amounted[ \t]++to)"
                            r"[ \t]++(?:" + _HEDGE + r")?$", re.I)
#: A range of years: "from 2005 through 2008", "between 2005 and 2008". Read on the text, not from the date spans:
#: the date finder does not always make it one span ("payments between 2009 and 2012 in dollars" gives 2012 alone).
_YEAR_RANGE = re.compile(r"\b(?:from|between)[ \t]++(?P<y0>(?:19|20)\d\d)[ \t]++(?:to|through|until|till|and)[ \t]++"
                         r"(?P<y1>(?:19|20)\d\d)\b", re.I)
#: The most years after the first a total's range may reach (cfix44's bound; narrower than ``_SPAN_YEARS``, kept).
_TOTAL_SPAN_YEARS = 12
#: Any year of four digits (1900-2099).
ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def total_years_before(r: Reader, fig: Span) -> tuple[int, ...] | None:
    """Return the years of a total named as its amount's subject ("The right total is X", :data:`_TOTAL_SUBJECT`)
    in a sentence with no year, from the one range of years the sentence before gives ("from 2005 through 2008"):
    the total of those years, not one year's payment (cfix44); else None.

    >>> r, fig = figure_in("A paper said Seoul paid $3 trillion from 2005 through 2008. The right total is 2.8 "
    ...                    "trillion won.", -1)
    >>> total_years_before(r, fig)
    (2005, 2006, 2007, 2008)
    """
    s0, s1 = r.sentence_of(fig)
    if _TOTAL_SUBJECT.search(r.text, max(s0, fig.start - win.TOTAL_SUBJECT_BACK), fig.start) is None \
            or ANY_YEAR.search(r.text, s0, s1):
        return None
    before = sentence_before(r, fig)
    found = list(_YEAR_RANGE.finditer(r.text, before.start, s0)) if before else []
    if len(found) != 1 or not int(found[0]["y0"]) < int(found[0]["y1"]) <= int(found[0]["y0"]) + _TOTAL_SPAN_YEARS:
        return None
    return tuple(range(int(found[0]["y0"]), int(found[0]["y1"]) + 1))


def since_total_years(r: Reader, fig: Span) -> tuple[int, ...] | None:
    """Return the years a total told "since <year>" adds up, that year to the one before publication (the years
    paid in full), when "since <year>" stands in the amount's phrase and that span holds two years or more (cfix44);
    else None.

    >>> r, fig = figure_in("Seoul has paid $5 billion since 1991.")
    >>> since_total_years(r, fig)[::len(since_total_years(r, fig)) - 1]
    (1991, 2019)
    """
    p0, p1 = r.clause(fig)
    m = _SINCE_YEAR.search(r.text, p0, p1)
    if m is None or r.published.year - int(m.group("year")) < 2:
        return None
    return tuple(range(int(m.group("year")), r.published.year))


#: A clause opening with "Since <year>", its comma or not: "Since 2019, Seoul has paid X" (mendo63).
_SINCE_OPENER = re.compile(r"[\s\"“‘'(]{0,4}+Since[ \t]++(?:19|20)\d\d\b(?![ \t]*+[-–])(?:[ \t]*+,)?")
#: Before the amount, a year's share or payment it is told as: "has paid its share in the X range" (mendo63).
_YEARLY_SHARE = re.compile(r"\b(?:its|their|his|her|the|an?)\s++(?:(?:annual|yearly)\s++)?(?:share|payments?|"
                           r"contributions?|bills?)\b", re.I)
_RANGE_AFTER = re.compile(r"(?<!\s)\s++range\b", re.I)


def since_opens(r: Reader, fig: Span, c0: int, p1: int) -> bool:
    """Return whether an amount's clause (from ``c0``) opens with "Since <year>" and goes on to it with no break of
    its phrase after the opener, nor a year's share or a year of its own ("Since 2019, Seoul has paid X": all it
    paid in the years since; not "Since 2019, talks stalled, and Seoul has paid X", "... paid X this year", "... paid
    its share in the X range").

    >>> texts = ("Since 2019, Seoul has paid 3 trillion won.", "Since 2019, talks stalled, and Seoul has paid 3 "
    ...          "trillion won.", "Since 2019, Seoul has paid 1 trillion won this year.",
    ...          "Since 2019, Seoul has paid its share in the 1 trillion won range.")
    >>> [since_opens(r, f, r.clause(f, strong=True)[0], r.clause(f)[1]) for r, f in map(figure_in, texts)]
    [True, False, False, False]
    """
    m = _SINCE_OPENER.match(r.text, c0)
    if m is None or _WEAK.search(r.text, m.end(), fig.start) or _YEARLY_SHARE.search(r.text, m.end(), fig.start) \
            or _RANGE_AFTER.match(r.text, fig.end):
        return False  # not "Since 2019, Korea has paid its share in the 1 trillion won range": a year's share
    return not [d for d in r.spans_in(fig.end, p1, "date") if not r.text[d.start:d.end].lower().startswith("since")]


def _proposed_by_us(r: Reader, fig: Span, cue: int) -> bool:
    """Return whether an offer word's proposer is of the US side: what the side that is paid proposes Seoul pay
    is a demand ("Trump has reportedly proposed $1.3 billion for South Korea's share").

    >>> r = Reader(annotate_text("President Donald Trump has proposed $1.3 billion for Seoul's share."))
    >>> fig = r.figures_in(0, len(r.text))[0]
    >>> _proposed_by_us(r, fig, r.text.index("proposed")), _money_quantity(r, fig).quantity
    (True, 'demand')
    """
    if payer_owns(r.text, cue):
        return False  # claims19: "Trump rejected Seoul's offer of X": the offer is the owner's, whoever rejected it
    if _READY_TO_PAY_CUE.match(r.text, cue):
        return False  # review102: "Trump said Seoul was willing to pay X": its own subject, the payer, offers it
    actor = find_actor(r, fig, cue, skip_payer=True)
    return actor is not None and r.country.get(actor) == "US"


#: An offer word of the paid side's cue ("offered", "an offer of"), or, before a demand noun, an offer to lower that
#: demand ("offered to lower its demand to X", "offers to scale back the ask to X").
_OFFER_WORD = re.compile(r"offer(?:s|ed|ing)?\b", re.I)
_OFFER_TO_LOWER = re.compile(r"\boffer(?:s|ed|ing)?[ \t]++to[ \t]++(?:lower|cut|reduce|trim|drop|ease|scale[ \t]++back)"
                             r"[ \t]++(?:its|their|the|his|her)[ \t]++(?:[\w-]++[ \t]++)?$", re.I)


def us_offer(r: Reader, fig: Span, name: str, cue: int) -> bool:
    """Return whether the US side offers a figure: its cue (at ``cue``, an intent called ``name``) is an offer word
    whose proposer is of the US side, or a demand noun the US side offered to lower ("Washington offered to lower its
    demand to X"): what that side offers Seoul pay is the level it asks, a demand, as a US proposal ("Trump has proposed
    X for Seoul's share", :func:`_proposed_by_us`) and "the current X American offer" are (review93; cfix39 had read
    it as an offer of the US side, which the data hold none of).

    >>> [_money_quantity(*figure_in(t))[:2] for t in ("Washington offered to lower its demand to $4 billion.",
    ...     "The United States offered a compromise of $1.3 billion a year.", "Seoul offered $1 billion.",
    ...     "President Trump has proposed $1.3 billion for Seoul's share.")]
    [('demand', 'demand'), ('demand', 'demand'), ('offer', 'offer'), ('demand', 'demand')]
    """
    if name == "demand":
        offered = _OFFER_TO_LOWER.search(r.text, max(0, cue - win.OFFER_TO_LOWER_BACK), cue)
        return offered is not None and _proposed_by_us(r, fig, offered.start())
    return name == "offer" and _OFFER_WORD.match(r.text, cue) is not None and _proposed_by_us(r, fig, cue)


#: The paying side as the owner of the noun that follows: "Seoul's offer", "South Korea's latest proposal", "the
#: South Korean offer".
_PAYER_OWNS = re.compile(rf"\b{KOREA_PAYER}['’]s?\s++"
                         r"(?:(?:own|new|latest|initial|first|final|revised|earlier|last|previous)\s++)?$|"
                         r"\bthe\s+(?:South\s+)?Korean\s++(?:(?:new|latest|initial|final|revised)\s++)?$", re.I)


def payer_owns(text: str, cue: int) -> bool:
    """Return whether the noun at ``cue`` is owned by the paying side ("Seoul's offer", "the South Korean proposal").

    >>> t = "Trump rejected Seoul's latest offer; the South Korean proposal; Trump's offer."
    >>> [payer_owns(t, t.index(w)) for w in ("offer", "proposal", "offer.")]
    [True, True, False]
    """
    return _PAYER_OWNS.search(text, max(0, cue - win.PAYER_OWNS_BACK), cue) is not None


#: A modal of what the payer could pay: "could pay", "might well pay", "may have to pay".
_MODAL_PAY = re.compile(r"(?:could|might|may)\s+(?:well\s+|easily\s+|afford\s+to\s+|have\s+to\s+)?(?:pay|foot|"
                        r"shoulder|bear|contribute|afford|spend|hand\s+over|cough\s+up)\b", re.I)  # frames76: "foot"


def paid_side_could(r: Reader, fig: Span, name: str, cue: int) -> bool:
    """Return whether a forecast's cue is "could pay" told by the side that is paid: what the US side says Seoul
    could pay is what it asks ("Trump remarked that South Korea could pay as much as $10 billion a year").

    >>> r = Reader(annotate_text("Trump said that South Korea could pay as much as $10 billion a year."))
    >>> fig = r.figures_in(0, len(r.text))[0]
    >>> paid_side_could(r, fig, "forecast", r.text.index("could"))
    True
    >>> q = _money_quantity(r, fig); q.quantity, q.modality
    ('demand', 'demand')
    >>> r = Reader(annotate_text("Analysts said that South Korea could pay as much as $2 billion a year."))
    >>> paid_side_could(r, r.figures_in(0, len(r.text))[0], "forecast", r.text.index("could"))
    False
    """
    return name == "forecast" and _MODAL_PAY.match(r.text, cue) is not None and _proposed_by_us(r, fig, cue)


def intent_before(r: Reader, fig: Span, start: int = 0) -> str | None:
    """Return the name of a demand, offer or forecast word before the figure in its clause, even where a payment
    verb follows the figure ("suggested a deal with X paid in the fifth year"), else None; only cues after
    ``start`` count.

    >>> r = Reader(annotate_text("Seoul suggested a deal with $1.3 billion paid in the fifth year."))
    >>> intent_before(r, r.figures_in(0, len(r.text))[0])
    'offer'
    >>> r = Reader(annotate_text("Washington demanded that Seoul double its contribution from $900 million."))
    >>> intent_before(r, r.figures_in(0, len(r.text))[-1]) is None
    True
    """
    if raised_from(r, fig):
        return None  # claims18: "demanded Seoul double its contribution from X": the demand governs the rise, not X
    c0 = max(r.clause(fig, strong=True).start, start)
    for name, pattern in (("demand", _DEMAND), ("offer", _OFFER), ("forecast", _FORECAST)):
        if [pos for _, pos in _own_cues(r, fig, pattern, c0, fig.start)
                if not _deal_terms(r, pos) and not compared_after(r, pos, fig) and not got_after(r, fig, pos)
                and not at_request(r, pos, fig) and not fact_clause_after(r, pos, fig)]:
            return name
    return None


#: An adverbial of cause naming a request: "at his request", "at the request of Washington", "at Trump's urging",
#: "upon the insistence of the U.S." (the cue's start is read from the match's end back); a possessive is a name's,
#: capitalised whatever the case of the rest ("at Trump's urging", not "at one's": mendv78, the lookahead case-bound).
_AT_REQUEST = re.compile(r"\b(?:at|on|upon)\s++(?:the|his|her|their|its|(?-i:(?=[A-Z]))[\w.]++['’]s?)\s++\Z", re.I)


def at_request(r: Reader, pos: int, fig: Span) -> bool:
    """Return whether the demand word at ``pos`` is the noun of an adverbial of cause ("at his request", "at the
    request of Washington") and a reported payment or agreement to pay follows it before the figure: the clause
    reports what was paid or agreed, at someone's request (fresh77v: "Trump said that, at his request, Seoul agreed
    to pay X more").

    >>> [at_request(r, r.text.index(w), f) for w, (r, f) in (
    ...     ("request", figure_in("At his request, Seoul agreed to pay $500 million more.")),
    ...     ("request", figure_in("At the request of Washington, Seoul paid 1.2 trillion won.")),
    ...     ("request", figure_in("At his request, Seoul must pay $5 billion.")),
    ...     ("request", figure_in("Washington's request, for Seoul to pay $5 billion, stands.")))]
    [True, True, False, False]
    >>> [_AT_REQUEST.search(t) is not None for t in ("at Trump's ", "AT TRUMP'S ", "at one's ")]
    [True, True, False]
    """
    return (_AT_REQUEST.search(r.text, max(0, pos - win.AT_REQUEST_BACK), pos) is not None
            and _PAID_FORM.search(r.text, pos, fig.start) is not None)


def _whole_of_share(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the whole a share is of ("pay 92% of the $10.8 billion project", "half of the
    costs, which total $2 billion"), not what Seoul pays.

    >>> texts = ("Seoul agreed to pay 92% of the $10.8 billion project.",
    ...          "Seoul pays half of the stationing costs, which total about $2 billion.",
    ...          "Seoul pays half of the costs, about $900 million.",
    ...          "Wages took half of the 1 trillion won it received from the Korean government.",
    ...          "Seoul pays two thirds of the $1.5 billion cost.")
    >>> [_whole_of_share(r, r.figures_in(0, len(r.text))[-1]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, True, False, False, True]
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if before and before[-1].kind == "percent" and _OF_THE.fullmatch(r.text, before[-1].end, fig.start):
        return True
    part = last_match(_PART_OF, r.text, before[-1].end if before else s, fig.start)
    return part is not None and part.end() == fig.start and not _PAYER_PAID_WHOLE.match(r.text, fig.end)


#: A whole named, in its own phrase, as what the payer paid ("half of the 1 trillion won it received from the Korean
#: government", "half of the X Seoul paid"): the whole is the payment itself.
_PAYER_PAID_WHOLE = re.compile(r"[^.;,:\d]{0,40}?(?:\b(?:received|got|collected|taken)\s+from\s+(?:the\s+)?"
                               r"(?:South\s+)?(?:Korea|Korean\s+government|Seoul)\b|\b(?:Seoul|South\s+Korea|Korea)\s+(?:\w+\s+)?"
                               r"(?:paid|pays|contributed|provided)\b)", re.I)
#: "half of the $2 billion cost", "about half of the costs, which total $2 billion": the amount is the whole.
_PART_OF = re.compile(r"\b(?:" + PART_WORDS + r"|a\s+(?:share|portion|fraction))\s+of\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[^.;\d]{0,60}?(?:,\s*which\s+(?:total(?:s|ed|led)?|amounts?\s+to|comes?\s+to|came\s+to)\s+|"
                      r"\b(?:totall?ing|worth)\s+))?$", re.I)


def _would_pay(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return a demand cue for "<US speaker> said Seoul would pay X", or "... that if he wins, Seoul will have to pay
    X" (a deal's "would pay" is a payment, and "will have to pay" is one unless a condition is set).

    >>> r = Reader(annotate_text("Trump said that if he wins, Seoul will have to pay $10 billion.", "2024-10-16"))
    >>> _would_pay(r, r.figures_in(0, len(r.text))[0])[0]
    'demand'
    >>> r = Reader(annotate_text("Trump said Seoul will have to pay $10 billion a year.", "2024-10-16"))
    >>> _would_pay(r, r.figures_in(0, len(r.text))[0]) is None
    True
    """
    c0, _ = r.clause(fig, strong=True)
    m = last_match(_WOULD_PAY, r.text, c0, fig.start)
    if m is None or DEAL_WORD.search(r.text, c0, fig.start) or r.figures_in(m.end(), fig.start):
        return None
    if m.group().lower().startswith("will") and not _IF.search(r.text, c0, m.start()):
        return None
    speaker = find_actor(r, fig, m.start(), skip_payer=True)
    if speaker is None and re.search(r"\bI\b", r.text[c0:m.start()]):
        speaker = lead_speaker(r, fig)  # "Trump: If I were there, I would have paid X"
    return ("demand", m.start()) if speaker and r.country.get(speaker) == "US" else None


_FIRST_COLON = re.compile(r"[^:\n]{0,160}?:\s")


def lead_speaker(r: Reader, fig: Span) -> str | None:
    """Return the person named before a colon that opens the figure's sentence ("Trump / in October: I would ..."),
    the speaker of first-person words in transcript form; else None.

    >>> r = Reader(annotate_text("[Donald Trump / In October: If I had been there, I would have paid $10 billion."))
    >>> lead_speaker(r, r.figures_in(0, len(r.text))[0])
    'donald-trump'
    """
    s, _ = r.local(fig)
    m = _FIRST_COLON.match(r.text, s, fig.start)
    if m is None:
        return None
    named = [str(_actor_id(p)) for p in r.spans_in(s, m.end(), "person") if _actor_id(p)]
    return named[0] if named else None


def _base_of_multiple(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the base of a multiple before it ("five times the current 1 trillion won")."""
    s, _ = r.near(fig)
    multiples = [m for m in r.spans_in(s, fig.start, "multiplier")]
    return bool(multiples) and bool(_MULTIPLE_BASE_GAP.fullmatch(r.text[multiples[-1].end:fig.start]))


#: "five times the current X", "about five times this year's X": the words between a multiple and its base amount.
_MULTIPLE_BASE_GAP = re.compile(r"(?<!\s)"  # not inside a run of blanks
                                r"\s*+(?:(?:the\s+current|the|what|of|its|current)\b)?(?:\s*+[\w’'-]++){0,2}\s*+")


#: "five times more than its current contributions of": a multiple's base named as a payment after "than".
_THAN_PAYMENT = re.compile(r"^[^.;\d]{0,20}?\bthan\b[^.;\d]{0,60}$", re.I)


def payment_than_multiple(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a multiple before it is counted from, named as a payment after
    "than" ("pay five times more than its current contributions of $900 million"), whoever asks for the multiple.

    >>> texts = ("The US demanded Seoul pay five times more than its contributions of $900 million.",
    ...          "The US demanded Seoul pay five times more than Japan, or $900 million.")
    >>> [payment_than_multiple(*figure_in(t, -1)) for t in texts]
    [True, False]
    """
    key = ("than", fig)  # asked of each amount by every multiple near it (multiple_frame): read once (speed57b)
    if key not in r.bases:
        s, _ = r.local(fig)
        last = r.last_of(s, fig.start, ("multiplier", "percent"), lambda m: (
            m.kind == "multiplier" or percent_more(r, m)) and not r.equivalent(m))  # the last multiple before it
        a, b = (last.end if last else 0), fig.start  # the gap between the multiple and the amount
        r.bases[key] = last is not None and bool(_THAN_PAYMENT.match(r.text[a:b])) and (
            _PAYMENT.search(r.text, a, b) is not None or _STANDING_DEAL.search(r.text, a, b) is not None)
    return r.bases[key]


#: The agreement in force named as what a multiple is counted from: "than the previous agreement of X".
_STANDING_DEAL = re.compile(r"\b(?:current|existing|previous|last|old|present)\s+(?:agreement|deal|level|accord)\b",
                            re.I)
#: Right after a percent, "more" or "higher" makes it a multiple of a base: "400 percent more than X".
_PERCENT_MORE = re.compile(r"(?<!\s)\s+(?:more|higher|above|over)\b", re.I)
_MORE_END = re.compile(r"\s(?:more|higher)$", re.I)


def percent_more(r: Reader, fig: Span) -> bool:
    """Return whether a percent is a rise over a base named after it ("pay 400 percent more than X"), as a multiple.

    >>> r = Reader(annotate_text("He wants Seoul to pay 400 percent more than the previous agreement of $920 million."))
    >>> fig = r.figures_in(0, len(r.text))[0]
    >>> percent_more(r, fig), payment_than_multiple(r, r.figures_in(0, len(r.text))[1])
    (True, True)
    """
    return fig.kind == "percent" and bool(_PERCENT_MORE.match(r.text, fig.end) or _MORE_END.search(fig.exact))


#: "a 13 percent increase from the 2019 share of X" (X is the base), not "... from the last deal to X" (the target).
_FROM_GAP = re.compile(r"^[^.;\d]{0,40}?\bfrom\b(?:(?!\bto\b)[^.;]){0,30}$", re.I)
#: The same with a longer base noun phrase and no comma in it ("a 13 percent hike from last year's cost-sharing accord
#: of X", fresh79v): a comma would open another clause, whose amount is not the base; the noun before "of" names a
#: deal or a payment (review80: "from last year's contribution for a total of X" is the total, not the base).
_FROM_NOUN_GAP = re.compile(
    r"^[^.;\d]{0,40}?\bfrom\b(?:(?!\bto\b)[^.;,]){0,55}"
    r"\b(?:accord|deal|agreement|pact|SMA|contribution|payment|share|level|figure|amount|cost|costs)\s++of\s++$", re.I)


def _base_of_change(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the base a rise is counted from, in an article about the cost-sharing deal
    ("a 13 percent increase from the 2019 share of $870 million").

    >>> _base_of_change(*figure_in("Seoul's payment: a 13 percent increase from the 2019 share of $870 million.", 1))
    True
    >>> _base_of_change(*figure_in("Seoul's payment: a 13 percent increase from the last deal to $1 billion.", 1))
    False
    >>> _base_of_change(*figure_in("Seoul offered a 13 percent hike from last year's cost-sharing accord of $870 "
    ...                            "million.", 1))
    True
    >>> _base_of_change(*figure_in("Seoul offered a 13 percent hike from last year's cost-sharing accord, which Trump "
    ...                            "rejected as too little, seeking $5 billion.", 1))
    False
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if not r.about_sma or not before or before[-1].kind != "percent":
        return False
    pct = before[-1]
    gap = r.text[pct.end:fig.start]
    return bool(pct.value.get("direction") or _CHANGE.search(r.text, pct.start, pct.end + 12)) and bool(
        _FROM_GAP.match(gap) or _FROM_NOUN_GAP.match(gap))


def _follows_payment(r: Reader, fig: Span) -> bool:
    """Return whether an amount continues a payment named just before it in its sentence ("X won in 2018 and
    Y won in 2019", "up 5 percent from Y"), with no demand, offer or forecast word between."""
    s, _ = r.near(fig)
    before = [m for m in r.figures_in(s, fig.start) if m.kind == "money"]
    if not before:
        return False
    prev = before[-1]
    gap = (prev.end, fig.start)
    joined = _SERIES_GAP.search(r.text, *gap) or _change_amount(r, fig)
    elsewhere = _FROM_ELSEWHERE.match(r.text, fig.end)
    if elsewhere:
        return False  # "X from a rent-controlled apartment": someone else pays
    if any(p.search(r.text, *gap) for p in (_DEMAND, _OFFER, _FORECAST)) or not joined \
            or whole_after(r.text, *gap):
        return False  # "X, or one-tenth, of the Y": Y is a whole of which X is a part
    return _money_quantity(r, prev).quantity in ("sma_payment", "sma_change", "sma_total")


_OF_THE_WORDS = re.compile(r"\bof\s+the\b", re.I)


def whole_after(text: str, start: int, end: int) -> bool:
    """Return whether the gap between two amounts makes the second a whole of which the first is a part ("X, or
    one-tenth, of the Y"): an "of the" after the gap's last word joining a series; an "of the" that only names what
    the first sum is for, before "up from" or "and" ("X for the operation of the USFK, up from Y"), does not (claims46).

    >>> t = "X, or one-tenth, of the Y; X for the operation of the USFK, up from Y"
    >>> whole_after(t, 1, t.index("Y")), whole_after(t, t.index("; X") + 3, len(t) - 1)
    (True, False)
    """
    of = [m.start() for m in _OF_THE_WORDS.finditer(text, start, end)]
    joins = [m.start() for m in _SERIES_GAP.finditer(text, start, end)]
    return bool(of) and (not joins or of[-1] > joins[-1])


#: Right after a percent, a verb of holding a view whose subject it is ("45 percent support it", "(26%) are in
#: favor", "83% disapproved of"): the share of people polled. Past forms that are also passive participles ("the 13
#: percent agreed/approved/backed/rejected by ...") are left out, and "by"/"to" after the verb rules it out.
_OPINION_AFTER = re.compile(r"\)?[ \t]{1,3}+(?:(?:are|were)[ \t]{1,3}+(?:(?:in[ \t]{1,3}+favou?r|against|undecided)\b|"
                            r"opposed\b(?![ \t]{1,3}+by\b))|(?:strongly[ \t]{1,3}+)?"
                            r"(?:support|oppose|favou?r(?:ed)?|say|said|think|"  # verd55: "96 percent said"
                            r"thought|believe[sd]?|agree|disagreed?|disapproved?|want|prefer|back)\b"
                            r"(?![ \t]{1,3}+(?:by|to)\b))", re.I)


def opinion_share(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the share of people holding a view, the subject of a verb of opinion right after
    it ("64 percent oppose paying more", "(26% are in favor)"): an opinion poll's figure, no payment or demand.

    >>> poll = "Some 64 percent oppose paying more, and 21 percent are in favor."
    >>> deal = "The payment rises by the 13.9 percent agreed in March."
    >>> [opinion_share(*figure_in(t, k)) for t, k in ((poll, 0), (poll, 1), (deal, 0))]
    [True, True, False]
    """
    return not fig.value.get("direction") and _OPINION_AFTER.match(r.text, fig.end) is not None


#: Right before a percent: the level it is set against or raised to ("raised to", "up from", "against", "versus"),
#: or a multiple of ("double the"); "the" may stand between ("down from the 25 percent", claims43).
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|against|versus|vs\.?|compared\s+(?:to|with)|double|triple|twice|half)\s+"
                           r"(?:the\s+)?(?:" + _HEDGE + r")?$", re.I)


def share_level(r: Reader, fig: Span) -> str | None:
    """Return the quantity of a percent that is the level of a share or rate another percent of its sentence names
    ("spends 2.8 percent of its GDP on defense, and Trump wants it raised to 5 percent"; "5 percent of GDP, up from
    2.3 percent"; "a 15 percent tariff, down from the 25 percent it threatened", claims43): a percent after
    "to"/"from"/"against" with no whole of its own is that share or rate at another time, not a change; else None.

    >>> gdp = "Seoul spends 2.8 percent of its GDP on defense; Trump wants it raised to 5 percent."
    >>> cost = "Seoul covers 40 percent of the cost, and its payment rose to 1.2 trillion won."
    >>> [share_level(*figure_in(t, k)) for t, k in ((gdp, 0), (gdp, 1), (cost, 0))]
    [None, 'other', None]
    >>> share_level(*figure_in("It set a 15 percent tariff, down from the 25 percent it threatened.", 1))
    'tariffs'
    """
    if fig.value.get("direction") or _SHARE.match(r.text, fig.end) or not _LEVEL_BEFORE.search(
            r.text, max(0, fig.start - win.LEVEL_WORD_BACK), fig.start):
        return None
    for m in r.figures_in(*r.near(fig)):
        if m.kind == "percent" and m.id != fig.id and not m.value.get("direction"):
            rate = "other" if _SHARE.match(r.text, m.end) or level_of_share(r, m, fig) else headed_other(r, m)
            if rate:
                return rate
    return None


def level_of_share(r: Reader, m: Span, fig: Span) -> bool:
    """Return whether a percent ``m`` told before ``fig`` ("Korea will pay roughly 50 percent, up from about 40
    percent") is a share or rate the frames read as another quantity, itself no level after "to"/"from" (read one
    step only): then ``fig`` is that share at another time, not a change (cother52).

    >>> r, fig = figure_in("The increase means Korea will pay roughly 50 percent, up from about 40 percent.", 1)
    >>> level_of_share(r, r.figures_in(0, fig.start)[-1], fig)
    True
    >>> r, fig = figure_in("Seoul's payment rose 8.2 percent in 2019, up from 5.4 percent.", 1)
    >>> level_of_share(r, r.figures_in(0, fig.start)[-1], fig)
    False
    """
    if m.start >= fig.start or _LEVEL_BEFORE.search(r.text, max(0, m.start - win.LEVEL_WORD_BACK), m.start):
        return False
    return _percent_quantity(r, m).quantity == "other"


#: A noun of a share or proportion: "the share of labor costs", "Seoul's portion", "the proportion paid by Seoul".
_SHARE_NOUN = _words(r"shares?", r"portions?", r"proportions?", r"percentages?", r"ratios?",  # cother52: "the
                     r"(?:cost|burden)[\s-]?sharing\s++rates?")  # burden-sharing ratio", "its cost-sharing rate"


def share_moved(r: Reader, fig: Span) -> bool:
    """Return whether a percent with no direction of its own is the level a share moved to or from, its clause's
    subject a share noun before it ("The share of wages in the payment rose to 42 percent from 35 percent"): the share
    at two times, not a change of the payment (cfix49); not across an amount ("its share rose to X won, or 8 percent").

    >>> t = "The share of wages in the payment rose to 42 percent from 35 percent, and the payment rose 8 percent."
    >>> [share_moved(*figure_in(t, k)) for k in range(3)]
    [True, True, False]
    >>> share_moved(*figure_in("Seoul's share rose to 1.04 trillion won, up 8 percent, from 2018.", 1))
    False
    >>> share_moved(*figure_in("In 2021 Seoul's share of the cost rose to 50 percent."))
    False
    >>> t = "Seoul will raise its share 13 percent, then at a rate of seven to eight percent a year."
    >>> share_moved(*figure_in(t, 1))
    False
    """
    share = share_level_named(r, fig)  # not the payer's own: "Seoul's share of the cost rose to 50 percent" is kept a
    return share is not None and not _SHARE_OWNER.search(  # change or a level, never called false (reached_level)
        r.text, max(r.clause(fig, strong=True).start, share.start() - win.LEVEL_WORD_BACK), share.start())


#: Right before a percent, a verb that tells a level ("stands at", "is now", "remains at about", "hovers around").
_LEVEL_VERB = re.compile(r"\b(?:stand(?:s|ing)?|stood|sits?|sat|remain(?:s|ed)?|hover(?:s|ed)?|is|was|are|were|"
                         r"has\s++been|had\s++been)\s++(?:(?:now|currently|still|already|just)\s++)?"
                         r"(?:(?:at|around|near)\s++)?(?:(?:" + HEDGE_WORDS + r"|only|just|over|under|more\s++than|"
                         r"less\s++than|nearly|close\s++to)\s++)?$", re.I)
#: Between a share noun and the verb of its level: no word of change right before the verb ("is 8 percent higher" has
#: its change in the percent's own words) and no clause mark of another subject.
_SHARE_LEVEL_GAP = re.compile(rf"[^.;:!?\d]{{0,{win.SHARE_NOUN_BACK}}}+")


def share_stands(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the level a share noun of its clause is told at ("Seoul's share has grown and now
    stands at 40 percent", "its portion is now 45 percent"): the share's level, however it moved, not a change of the
    payment (cother52); not a percent with a word of change of its own, nor across an amount.

    >>> [share_stands(*figure_in(t, -1)) for t in ("The US pays more, but Seoul's share has grown and now stands at 40 "
    ...     "percent.", "Seoul's share rose 8 percent.", "Seoul's share is 1 trillion won, up 8 percent.",
    ...     "The cost rose and Seoul's portion is now 45 percent.", "Seoul's share increase is 8 percent.",
    ...     "This year the rise in Seoul's share was 8 percent.", "The rise puts Korea's share at about 50 percent.",
    ...     "The deal sets the rise in Seoul's share at 8 percent.", "It pushes Korea's share above 45 percent.")]
    [True, False, False, True, False, False, True, False, True]
    """
    if fig.kind != "percent" or fig.value.get("direction") or _CHANGE_AFTER.match(r.text, fig.end):
        return False
    c0, _ = r.clause(fig, strong=True)
    verb = _LEVEL_VERB.search(r.text, max(0, fig.start - win.LEVEL_WORD_BACK), fig.start)
    lead = _BOUND_LEAD.match(fig.exact)  # "above 45 percent": the bound word inside the span
    end = fig.start + (lead.end() if lead else 0)
    put = None if verb is not None else _PUT_AT.search(r.text, max(c0, fig.start - win.SHARE_NOUN_BACK), end)
    if put is not None:  # "The rise puts Korea's share at about 50 percent": the share is the verb's object
        obj = "obj" if put["obj"] else "moved"  # "pushes Korea's share above 45 percent"
        share = last_match(_SHARE_NOUN, r.text, put.start(obj), put.end(obj))
        return share is not None and not _SHARE_CHANGE_AFTER.match(r.text, share.end()) \
            and not _CHANGE_OF_SHARE.search(r.text, put.start(obj), share.start())
    if verb is None:
        return False
    share = last_match(_SHARE_NOUN, r.text, max(c0, verb.start() - win.SHARE_NOUN_BACK), verb.start())
    if share is None or _SHARE_CHANGE_AFTER.match(r.text, share.end()) or _CHANGE_OF_SHARE.search(
            r.text, max(c0, share.start() - win.SHARE_CHANGE_BACK), share.start()):
        return False  # "Seoul's share increase is 8 percent", "the rise in Seoul's share was 8 percent": a change
    return _SHARE_LEVEL_GAP.fullmatch(r.text, share.end(), verb.start()) is not None \
        and not r.figures_in(share.end(), fig.start)


#: A bound word opening a percent's span ("above 45 percent").
_BOUND_LEAD = re.compile(r"(?:above|below|past|beyond|over|under)\s++", re.I)
#: Right before a percent, a verb that sets its object at a level ("puts Korea's share at about", "sets its ratio at")
#: or moves it past one ("pushes Korea's share above").
_PUT_AT = re.compile(r"\b(?:(?:puts?|putting|sets?|setting|places?|placed|placing|pegs?|pegged|pegging)\s++"
                     r"(?P<obj>[^.;:!?\d]{0,59}?[^\s.;:!?\d])\s++at|(?:push(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
                     r"keep(?:s|ing)?|kept|takes?|took|taking|brings?|brought|bringing)\s++"
                     r"(?P<moved>[^.;:!?\d]{0,59}?[^\s.;:!?\d])\s++(?:above|below|past|beyond|over|under))\s++"
                     r"(?:(?:" + HEDGE_WORDS + r"|only|just|over|under|nearly)\s++)?$", re.I)
#: Right after a share noun, a noun of its change ("share increase", "share hike"); before it, a change "of"/"in" it.
_SHARE_CHANGE_AFTER = re.compile(r"(?<![ \t-])[ \t-]++(?:" + RISE_NOUNS + r"|raise|growth|jump|cut|reduction|drop)s?\b",
                                 re.I)
_CHANGE_OF_SHARE = re.compile(r"\b(?:" + RISE_NOUNS + r"|raise|growth|jump|cut|reduction|drop)s?[ \t]++(?:in|of)"
                              r"[ \t]++(?:[\w’'-]++[ \t]++){0,2}$", re.I)


def share_level_named(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the share noun of a percent with no direction of its own told after "to"/"from"/"against" in a clause
    whose share noun stands before it, with no amount between and no ask governing it ("The share of wages rose to
    42 percent", "Seoul's share rose to 48 percent from 37 percent"), else None: the percent may be the share's level
    (cfix49; :func:`share_moved` when the share is not the payer's own).

    >>> share_level_named(*figure_in("Seoul's share of the cost rose to 48 percent from 37 percent.", 1)).group()
    'share'
    >>> share_level_named(*figure_in("Its share rose from 40 percent in 2014 to 50 percent in 2019.", 1)).group()
    'share'
    """
    level = None if fig.value.get("direction") else _LEVEL_BEFORE.search(
        r.text, max(0, fig.start - win.LEVEL_WORD_BACK), fig.start)
    if level is None or (_NUMBER_WORD_END.search(r.text, max(0, level.start() - 12), level.start())
                         and not _YEAR_END.search(r.text, max(0, level.start() - 12), level.start())):
        return None  # "a rate of seven to eight percent": a range; cfix51: "from 40 percent in 2014 to": a year
    c0, _ = r.clause(fig, strong=True)
    share = last_match(_SHARE_NOUN, r.text, c0, fig.start)
    if share is None or any(f.kind == "money" for f in r.figures_in(share.end(), fig.start)) \
            or _intent(r, fig) is not None:  # "called for Seoul to raise its share to 50 percent": an ask
        return None
    return share


#: Right before a share noun, the payer as its owner: "Seoul's ", "South Korea's ", "its ", "their ", "Korea's annual ".
_SHARE_OWNER = re.compile(r"(?:\b(?:Seoul|Korea|ROK)['’]s?|\b(?:its|their))\s++(?:(?:own|annual|yearly|current)\s++)?$",
                          re.I)


#: A year after a preposition ending right before a blank ("in 2014 to 50 percent"): no range's first number (cfix51).
_YEAR_END = re.compile(r"\b(?:in|of|since|by|for)\s++(?:19|20)\d\d\s++$", re.I)
#: A number, in digits or words, ending right before a blank: a range's first number ("seven to", "16 to").
_NUMBER_WORD_END = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                              r"twenty|thirty|forty|fifty|hundred))\s++$", re.I)


#: A sentence opening on a partitive "Of the X Seoul paid in 2021, " before a percent: a share of X (claims26).
_PARTITIVE = re.compile(r"[^\w\n]{0,3}Of\s++(?:the\s++|its\s++|this\s++|that\s++)?(?:[^,.;\n]|[.,](?=\d)){1,120},\s*+"
                        # cother52: a subject and verb between ("Of the $10.8 billion cost, Seoul paid 92 percent")
                        r"(?P<gap>(?:[A-Za-z’'-]++\s++){0,4})"
                        r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|less\s+than|only|just|"
                        r"at\s+least)\s++){0,2}", re.I)


#: After an amount, a relative clause saying the payer paid it: "the X Seoul paid in 2019", "the X that it paid", or
#: pays it ("the X Seoul pays this year", "the X it now pays": years47).
_PAID_RELATIVE = re.compile(rf"(?<!\s)\s++(?:(?:that|which)\s++)?(?:{KOREA_PAYER}|it|they)\s++(?:had\s++|has\s++|"
                            r"have\s++)?(?:(?:now|currently)\s++)?(?:paid|pays|pay|contributed|contributes|contribute|"
                            r"shouldered|shoulders|"
                            # claims43: "the X it was required to pay", "the X that it had to pay"
                            r"(?:(?:was|were|is)\s++(?:required|obliged|obligated)\s++)?to\s++pay|"
                            # cfix42: "the X it was responsible for in 2019", "the X it was on the hook for"
                            r"(?:was|were|is|are)\s++(?:responsible|liable|on\s++the\s++hook)\s++for)\b")


def paid_relative(r: Reader, fig: Span) -> bool:
    """Return whether an amount is named by a relative clause as what the payer paid ("Trump demanded a sharp
    increase from the X Seoul paid in 2019"): a payment stated as fact, whatever word governs the clause (claims26).

    >>> [paid_relative(*figure_in(t)) for t in ("Trump demanded a rise from the 1.04 trillion won Seoul paid in 2019.",
    ...                                          "Trump demanded 1.04 trillion won from Seoul in 2019.",
    ...                                          "Seoul offered more than the $870 million it was required to pay.")]
    [True, False, True]
    >>> paid_relative(*figure_in("The $5 billion ask is five times the $923 million Seoul pays now.", -1))
    True
    >>> paid_relative(*figure_in('"We want them to pay more than the $900 million they pay," he said.'))
    True
    """
    if provided_relative(r, fig):
        return True
    return bool(_PAID_RELATIVE.match(r.text, fig.end))


#: After an amount, a relative clause saying the payer provides it: "the X Seoul currently provides", "the X that South
#: Korea provided in 2019" (b51v); a present verb of paying in its place: "the X Seoul now gives", "pays",
#: "contributes", "spends", "hands over" (gen61f); not "the X in support Seoul provides" (the amount is no object then).
_PROVIDED_RELATIVE = re.compile(rf"(?<!\s)\s++(?:(?:that|which)\s++)?(?:{KOREA_PAYER}|it|they)\s++(?:(?:now|currently|"
                                r"already|still)\s++)?(?:provides|provided|gives|pays|contributes|spends|"
                                r"hands\s++over)\b")


def provided_relative(r: Reader, fig: Span) -> bool:
    """Return whether an amount is named by a relative clause as what the payer provides ("a major increase
    from the approximately $1 billion per year Seoul currently provides"): a payment stated as fact, as
    :func:`paid_relative` reads "the X Seoul paid" (b51v).

    >>> [provided_relative(*figure_in(t)) for t in ("Washington wants more than the $900 million Seoul now provides.",
    ...                                             "Washington wants more than the $900 million Seoul now gives.",
    ...                                             "Washington wants Seoul to provide $5 billion a year.")]
    [True, True, False]
    """
    return fig.kind == "money" and _PROVIDED_RELATIVE.match(r.text, fig.end) is not None


def partitive_share(r: Reader, fig: Span) -> bool:
    """Return whether a percent is a share of the amount its sentence opens on ("Of the 1.18 trillion won Seoul paid
    in 2021, about 90 percent was spent in Korea"): not the amount's change.

    >>> r = Reader(annotate_text("Of the 1,183.3 billion won Seoul paid in 2021, about 90 percent was spent in Korea."))
    >>> partitive_share(r, r.figures_in(0, len(r.text))[1])
    True
    >>> r = Reader(annotate_text("Seoul paid 1.18 trillion won in 2021, up 13.9 percent."))
    >>> partitive_share(r, r.figures_in(0, len(r.text))[1])
    False

    A subject and its verb may stand between (cother52), not a verb of change:
    >>> [partitive_share(*figure_in(t, 1)) for t in ("Of the $10.8 billion cost, Seoul paid 92 percent.",
    ...                                              "Of the $10.8 billion cost, Seoul's share rose 9 percent.")]
    [True, False]
    """
    s, _ = r.local(fig)
    m = None if fig.value.get("direction") else _PARTITIVE.fullmatch(r.text, s, fig.start)
    return m is not None and not _CHANGE.search(m["gap"])


#: A noun right after a percent that the percent is the rate of: "a 25 percent tariff", "a 10% stake" (claims26).
_HEAD_OTHER = re.compile(r"(?<![\s-])[\s-]++(?:(?P<tariffs>tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?)|stake|"
                         r"interest\s++rate|discount|approval\s++rating|turnout|"
                         r"(?P<norm>target|goal|guidelines?|benchmark|threshold))\b", re.I)  # a norm's rate (claims43)
#: After a norm noun, the change it is the aim of: "a 13.9 percent target for the rise" (review43).
_NORM_OF_CHANGE = re.compile(r"(?<!\s)\s++(?:for|of)\s++(?:the\s++|its\s++|an?\s++)?(?:" + RISE_NOUNS + r"|raise)\b",
                             re.I)


#: A state a percent measures the progress of, right after it: "86 percent complete", "90 percent finished".
_PROGRESS = re.compile(r"(?<![ \t])[ \t]++(?:complete|completed|finished|done|built|ready|constructed)\b", re.I)


def progress_share(r: Reader, fig: Span) -> bool:
    """Return whether a percent is how far a work has got ("the expansion project is 86 percent complete"): a share
    of the work done, which the data never hold, not a change of the payment nor a forecast of it (dev 126th batch).

    >>> [progress_share(*figure_in(t)) for t in ("The base's expansion is 86 percent complete, officials say.",
    ...                                          "Seoul's payment rose 8 percent, completed in March.")]
    [True, False]
    """
    return fig.kind == "percent" and _PROGRESS.match(r.text, fig.end) is not None


def headed_other(r: Reader, fig: Span) -> str | None:
    """Return the quantity of a percent whose own head noun follows it ("threatened a 25 percent tariff on cars":
    ``tariffs``), else None.

    >>> [headed_other(*figure_in(t, 1)) for t in ("Seoul paid 1.04 trillion won in 2019, up 8.2 percent.",
    ...      "Seoul paid 1.04 trillion won in 2019, as Washington threatened a 25 percent tariff.")]
    [None, 'tariffs']
    >>> r = Reader(annotate_text("It met the 2 percent guideline and a 13.9 percent target for the rise."))
    >>> [headed_other(r, f) for f in r.figures_in(0, len(r.text))]
    ['other', None]
    """
    m = _HEAD_OTHER.match(r.text, fig.end)
    if m is not None and m["norm"] and (fig.value.get("direction") or _NORM_OF_CHANGE.match(r.text, m.end())):
        return None  # review43: "an 8.3 percent increase target", "a 13.9 percent target for the rise": a rise's aim
    return None if m is None else "tariffs" if m.group("tariffs") else "other"


#: Right before a percent, the words of the level another percent came from: "down from the 25 percent", "from 10%".
_PERCENT_FROM = re.compile(r"\b(?:(?:down|up|lowered|reduced|cut|raised)\s++)?from\s++(?:the\s++|a\s++)?$", re.I)


def from_other_percent(r: Reader, fig: Span) -> str | None:
    """Return the quantity of the percent before a percent that is the level it came from ("agreed to a 15 percent
    U.S. tariff, down from the 25 percent Trump had threatened": ``tariffs``), when it is a quantity the data do not
    cover; else None: the rate it was lowered from is of the same thing, not the SMA's rise (cfix40).

    >>> [from_other_percent(*figure_in(t, 1)) for t in ("Seoul agreed to a 15 percent tariff, down from the 25 percent "
    ...     "Trump had threatened.", "Seoul's share rose 8.3 percent, up from 5 percent a year earlier.")]
    ['tariffs', None]
    """
    s0, _ = r.local(fig)
    if not _PERCENT_FROM.search(r.text, max(s0, fig.start - win.CHANGE_VERB_BACK), fig.start):
        return None
    before = r.last_in(s0, fig.start, "percent", lambda p: p.end <= fig.start)
    quantity = None if before is None else _percent_quantity(r, before).quantity
    return quantity if quantity in OTHER_QUANTITIES else None


#: Words that open a relative clause without naming its subject ("the 50 percent that Washington sought").
_RELATIVE_WORDS = frozenset(("that", "which"))
#: Most words a relative clause's subject takes before its verb ("the 50 percent U.S. negotiators sought").
_RELATIVE_SUBJECT_WORDS = 3


def asked_relative(r: Reader, fig: Span) -> bool:
    """Return whether a figure after "the" is the object of a relative clause of asking or offering right after it
    ("against the 50 percent Washington sought", "the 8 percent that Seoul offered"): the ask or offer, not a change
    of the amount before it (review43). A word scan: at most three subject words, none ending a phrase.

    >>> r = Reader(annotate_text("It paid X won, against the 50 percent Washington sought, and the 8 percent it won."))
    >>> [asked_relative(r, f) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    if not r.text[max(0, fig.start - 4):fig.start].lower().endswith("the "):
        return False
    _, p1 = r.clause(fig)
    words = r.text[fig.end:min(p1, fig.end + win.RELATIVE_ASK_AFTER)].split()[:_RELATIVE_SUBJECT_WORDS + 2]
    if words and words[0].lower() in _RELATIVE_WORDS:
        words = words[1:]
    for i, word in enumerate(words[1:_RELATIVE_SUBJECT_WORDS + 1], start=1):
        if any(w[-1] in ",;:." for w in words[:i]) or not words[0][0].isalpha():
            return False
        if _DEMAND.fullmatch(word.rstrip(".,;:")) or _OFFER.fullmatch(word.rstrip(".,;:")):
            return True
    return False


#: Right before a percent, the word that makes it a premium over a full cost: "the full cost ... plus (another) N%",
#: "a premium of (some) N percent", "'cost plus N percent'" (the "cost plus N" formula, README Conventions).
_PREMIUM_BEFORE = re.compile(r"\b(?:plus|premium\s++of)\s++(?:another\s++|an?\s++(?:additional\s++|extra\s++)?)?"
                             r"(?:(?:" + HEDGE_WORDS + r")\s++)?$", re.I)
#: A wish, plan or design before it in its sentence ("would like to see", "wants to add", "plans to", "is drawing up
#: demands"), or a noun of a plan right after it ("'cost plus 50 percent' overseas base plan").
_PREMIUM_GOAL = re.compile("|".join((
    r"\b(?:would|['’]d)\s++like\b",  # "would like to see"
    r"\bwants?\s++to\s++(?:add|charge|impose|see)\b",
    r"\b(?:hopes?|plans?|aims?)\s++to\b",
    r"\bsaid\s++to\s++want\b",
    r"\bdr(?:aw(?:s|n|ing)?|ew)\s++up\b",  # "is drawing up demands", "drew up"
    # mend55v: a plan being prepared or weighed ("is preparing a plan that would force hosts")
    r"\b(?:prepar|draft|consider|weigh)(?:e|es|ed|ing|s)?\s++(?:a\s++|the\s++|its\s++)?(?:[\w-]++\s++)?"
    r"(?:plan|proposal|formula|scheme)\b",
)), re.I)
#: Right after a percent, the noun that makes it a premium ("an additional 50% premium on that bill", mend55v).
_PREMIUM_AFTER = re.compile(r"(?<!\s)\s++(?:premium|surcharge|mark-?up)\b", re.I)
#: Right after a percent (whose span may close on "more"), the whole cost it is counted over: "50 percent more than the
#: cost of the troops", "20 percent above the full cost" — a premium over the cost, no change of the payment (verd56).
#: Not a cost a time names ("a rise of 7.1% over the cost of 2030": that year's payment), nor a whole cost
#: a clause of a year follows ("20 percent above the full cost it paid in 2025": what it paid that year, mend56v).
_OVER_COST = re.compile(r"(?<!\s)(?P<than>(?:[ \t]++more)?[ \t]++(?:than|above|over|on[ \t]++top[ \t]++of))?[ \t]++"
                        r"(?:the[ \t]++|its[ \t]++|their[ \t]++)?"
                        r"(?:(?:full|whole|total|actual|entire)[ \t]++costs?(?![\w-])"
                        r"(?![ \t]++(?:(?:that|which)[ \t]++)?(?:(?:it|they|Seoul|Korea|South[ \t]++Korea|"
                        r"the[ \t]++country)[ \t]++(?:[\w'’-]++[ \t]++){1,2}?)?(?:in|of|for|during)[ \t]++"
                        r"(?:(?:19|20)\d\d|last[ \t]++year|the[ \t]++previous[ \t]++year)\b)|"
                        r"costs?[ \t]++of[ \t]++(?:the[ \t]++)?(?:(?:U\.S\.|US|American)[ \t]++)?(?:troops|forces|"
                        r"soldiers|garrison|stationing|keeping|hosting|basing|them)\b)", re.I)
#: A percent span that closes on its comparison ("50 percent above", "30 percent more").
_COMPARED_END = re.compile(r"\b(?:more|above|over)$", re.I)
_PLAN_AFTER = re.compile(r"(?<!\s)[’'\"”]?\s++(?:[\w-]++\s++){0,3}?(?:plan|idea|formula|concept|scheme)s?\b", re.I)
#: The cost the premium is added to, in the percent's clause ("the full cost ..., plus", "above full reimbursement"):
#: with none, "plus N percent" is a rise told after a level ("the 2020 level plus 13.9 percent", mend90v).
_PREMIUM_COST = re.compile(r"\b(?:costs?(?![\w-])|prices?(?![\w-])|reimburs\w*+)", re.I)
#: What ends the stretch a wish is read in: a semicolon or a word of contrast ("would like more, but it paid ...").
#: Not the "but" of "not only ... but also" (mend55v).
_WISH_BREAK = re.compile(r";|\b(?:but(?!\s++also\b)|while|whereas|though|although|yet)\b", re.I)
_HEDGED_LEAD = re.compile(r"(?:(?:" + HEDGE_WORDS + r")\s++)?", re.I)


def premium_goal(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the premium of a "cost plus N" formula told as a wish, plan or design ("he'd like
    hosts to pay the full cost, plus another 50% above that", "wants to add a premium of some 50 percent", "the 'cost
    plus 50 percent' base plan"): no change of the payment and no ask made, ``other``/``hypothetical`` (README
    Conventions, the "cost plus N" formula; fresh90v). The same premium insisted on or demanded stays an ask.

    >>> [premium_goal(*figure_in(t)) for t in ("Vell would like hosts to pay the full cost, plus another 50% above it.",
    ...     "Vell wants to add a premium of some 50 percent to the full cost.",
    ...     "Vell insists hosts pay the full cost plus 50 percent.", "Vell would like Seoul to pay 50 percent more.")]
    [True, True, False, False]

    No cost in its clause, or the wish in another clause, and the "plus" is a rise's (mend90v):

    >>> [premium_goal(*figure_in(t)) for t in ("Vell plans to sign; its payment is the 2020 level plus 13.9 percent.",
    ...     "Vell would like more, but its cost rose 8 percent, plus 5 percent the year before.")]
    [False, False]

    A premium named after the percent, in a plan being prepared (mend55v):

    >>> [premium_goal(*figure_in(t)) for t in (
    ...     "Vell is drafting a plan to make hosts pay not only the full cost but also a 30% premium.",
    ...     "Vell demanded that hosts pay the full cost and a 30% premium.",
    ...     "Vell is drafting a plan; hosts paid a 30% premium over last year's sum.")]
    [True, False, False]
    """
    number = fig.start + _HEDGED_LEAD.match(fig.exact).end()  # "some 50 percent": the hedge may be in the span
    if not _PREMIUM_BEFORE.search(r.text, max(0, fig.start - win.PREMIUM_BACK), number) \
            and not _PREMIUM_AFTER.match(r.text, fig.end):
        return False
    s, e = r.local(fig)
    broken = last_match(_WISH_BREAK, r.text, s, fig.start)
    s = broken.end() if broken is not None else s
    if not (_PREMIUM_COST.search(r.text, s, fig.start) or _PREMIUM_COST.search(r.text, fig.end, e)):
        return False
    return (_PREMIUM_GOAL.search(r.text, s, fig.start) is not None or _PLAN_AFTER.match(r.text, fig.end) is not None
            or labelled_goal(r, fig))


#: Right after a premium, the colon that makes the formula a label of what follows ("'Cost Plus 50%:' Vell wants ...").
_LABEL_COLON = re.compile(r"[’'\"”]?:[’'\"”]?\s")
#: After such a label, the wish its sentence tells: "<someone> wants (hosts) to pay (a premium)", "would like ... to
#: charge", "hopes ... to add" (a few words between: whom the wish is of).
_GOAL_AFTER = re.compile(r"\b(?:wants?|would\s++like|hopes?|plans?|aims?)\s++(?:[\w’'-]++\s++){0,5}?to\s++"
                         r"(?:pay|add|charge|impose|collect)\b", re.I)


#: Before a premium in its sentence, a verb of asking that takes the formula as its object ("Vell demanded cost plus
#: 50%: ...", "insists on cost plus 50%"): an ask, not a label (review91 finding 12, mend91v).
_ASKED_BEFORE_LABEL = re.compile(rf"\b(?:{ASK_FORMS}|insist(?:s|ed|ing)?|(?:call|press|push)(?:s|es|ed|ing)?\s++for)"
                                 r"\b", re.I)


def labelled_goal(r: Reader, fig: Span) -> bool:
    """Return whether a premium is the label of a wish its sentence tells after a colon ("'Cost Plus 50%:' Vell Wants
    Hosts of US Troops to Pay a Premium", a headline's kicker): the formula named as what someone wants, a goal, not
    an ask made (README Conventions, the "cost plus N" formula; count93v).

    >>> [labelled_goal(*figure_in(t)) for t in ("'Cost plus 50%:' Vell wants hosts to pay a premium.",
    ...     "'Cost plus 50%:' Vell demands it of hosts.", "Vell wants hosts to pay cost plus 50%.")]
    [True, False, False]

    A formula a verb of asking takes before the colon is the ask, whatever wish follows (review91 finding 12):
    >>> labelled_goal(*figure_in("Vell demanded cost plus 50%: he wants hosts to pay the full cost and half again."))
    False
    """
    colon = _LABEL_COLON.match(r.text, fig.end)
    if colon is None:
        return False
    s, e = r.local(fig)
    if _ASKED_BEFORE_LABEL.search(r.text, max(s, fig.start - win.LABEL_ASK_BACK), fig.start):
        return False
    return _GOAL_AFTER.search(r.text, colon.end(), min(e, colon.end() + win.LABEL_GOAL_AHEAD)) is not None


def _percent_quantity(r: Reader, fig: Span) -> Quantity:
    """Return the quantity, modality and cue position of a percent."""
    headed = headed_other(r, fig) or from_other_percent(r, fig)
    if headed:
        return Quantity(headed)  # claims26: "a 25 percent tariff": the tariff's rate; cfix40: "down from the 25%"
    if progress_share(r, fig):
        return Quantity("other")  # "86 percent complete": how far a work has got
    if premium_goal(r, fig):
        return Quantity("other", "hypothetical")  # fresh90v: "would like hosts to pay the full cost, plus another 50%"
    if (over := _OVER_COST.match(r.text, fig.end)) and (over["than"] or _COMPARED_END.search(fig.exact)):
        return Quantity("other")  # verd56: "Seoul pays 50 percent more than the cost of the troops": a premium
    if (asked := question_quantity(r, fig)) is not None:
        return asked  # review92: "Asked whether allies should pay cost plus 50%, ..."
    if opinion_share(r, fig) or partitive_share(r, fig):  # claims26: "Of the X paid, 90 percent was spent ..."
        return Quantity("other")  # claims18: a poll's share of people, not a change of the payment
    level = share_level(r, fig) or ("other" if share_moved(r, fig) or share_stands(r, fig) else None)
    if level:  # claims18: "raised to 5 percent" after "2.8 percent of GDP": that share's level; cfix49: "the share of
        return Quantity(level)  # wages rose to 42 percent from 35 percent"
    if current_share_base(r, fig):
        return Quantity("other")  # dev129: "to 50 percent from the current 42 percent": the share now, not the ask
    p0, p1 = r.clause(fig)
    if _SHARE.match(r.text, fig.end) and not fig.value.get("direction"):
        return Quantity("other")  # "40 percent of the cost": a share, not a change ("an increase of" is)
    if other_subject(r, fig) or restated_share(r, fig) or covered_share(r, fig):
        return Quantity("other")  # cfix51: "the number of base workers fell 3 percent", "half the cost, or 45 percent"
    if change_of_other_side(r, fig):
        return Quantity("other")  # cfix49: "Washington's share of the cost fell 10 percent": that side's own
    if r.about_sma and deal_of(r, fig):
        return Quantity("sma_average_change")  # "6.2 percent under the previous agreement"
    other = _other_quantity(r, fig) or _coordinated_other(r, fig) or change_of_other_pair(r, fig)
    # "X won, with increases capped at 4 percent": a ceiling does not modify the amount before it
    base = _modified_amount(r, fig) if fig.value.get("bound") != "up_to" else None
    owned = other and (any(p.search(r.text, p0, fig.start) for _, p in _OTHER_CUES) or _IN_OTHER.match(r.text, fig.end)
                       or apposed_to_budget(r, fig))  # defbud72: "X won, the same as the budget's growth, Y%"
    if base is not None and not owned:
        q = _money_quantity(r, base)._replace(loose=False)  # "X won in 2026, up 8 percent": the amount's quantity (not
        # its cue: a loose amount's rise is judged as any)
        return q._replace(quantity="sma_change") if q.quantity == "sma_payment" else q
    if other:  # named in the figure's own phrase: "..., with increases capped at 5 percent"
        return Quantity(other)
    if most_a_year(r, fig, p0):
        return Quantity("cap")  # real52m: "The maximum it could grow in a year is 4 percent": a ceiling, no forecast
    intent = _intent(r, fig) or _coordinated_intent(r, fig) or gapped_ask(r, fig)
    if intent:
        name, pos = intent  # other49: "Germany's contribution is expected to grow 10 percent": another host's
        return Quantity("other" if other_host_clause(r, fig) else name, name, pos)
    if is_cap(r, fig):
        return Quantity("cap")
    c0, _ = r.clause(fig, strong=True)
    by = _BY_BEFORE.search(r.text, max(c0, fig.start - 6), fig.start)  # "raise it by "13 percent""
    s0, _ = r.local(fig)  # "raises it by 13.9 percent this year, and by 5.4 percent next year"
    changes = (fig.value.get("direction") or _CHANGE.search(r.text, p0, p1)
               or (by and _CHANGE.search(r.text, s0, fig.start)))
    context = _context(r, fig)
    indexed = indexed_to_budget(r.text, *context)  # "the annual rise, pegged to defense budget growth, was X"
    changes = changes or (indexed and _CHANGE.search(r.text, *r.local(fig)))
    if changes and (talks_story(r, fig) or indexed) and not other_host_clause(r, fig) and not change_of_other(r, fig):
        return Quantity("sma_change", "hypothetical" if conditioned(r, fig) else "forecast" if rise_over_term(r, fig)
                        else "reported")  # claims18, cfix39; cfix42: "will rise by 50% over the course of the deal"
    return Quantity("other")


#: A verb of change (with its "by", hedge) right before a percent, or opening its span ("fell 3 percent").
_CHANGE_VERB_END = re.compile(r"\b(?:" + RISE_FORMS + "|" + FALL_FORMS + r"|rise[sn]?|fall(?:s|en)?|grow(?:s|n)?|"
                              r"drops?|declined?|declines|increase|decreased?|decreases|jumps?|climbed|climbs?|"
                              r"shrank|shrinks?|shrunk|slipped|slips?|soared|surged|lost|gained|slumped|plunged)"
                              r"(?:[ \t]++(?:by|about|some|nearly|almost|roughly|around|over|just)){0,3}+[ \t]*+$",
                              re.I)
#: Nouns of quantities other than the payment that may be a change's subject ("the number of Korean workers",
#: "consumer prices", "exports to the US", "the won", "unemployment among base workers").
_OTHER_SUBJECT = _words("number", "workers", "employees", "staff", "jobs", "prices", "rents?", r"exchange\s++rates?",
                        "trade", r"the\s++won", "currency", "unemployment", "population", "ratings?", "output",
                        "production", "deficit", "surplus", "debt", "stocks?", "purchases", *_ECONOMY_NOUNS,
                        *_WAGE_NOUNS, *_TARIFF_NOUNS)
#: A payment to another body than the US forces ("contribution to UN peacekeeping", "dues to NATO", "payments to the
#: World Bank"): another quantity, though its noun is the payment's (cfix51).
_OTHER_RECIPIENT = re.compile(r"\b(?:contributions?|payments?|donations?|dues)[ \t]++to[ \t]++(?:the[ \t]++)?(?:UN\b|"
                              r"U\.N\.|United[ \t]++Nations|peacekeeping|NATO|WHO\b|World[ \t]++(?:Health|Bank|Food)|"
                              r"IMF|Green[ \t]++Climate|Ukraine|development[ \t]++aid|foreign[ \t]++aid)", re.I)
#: Words of the payment in a change's subject, or a pronoun that may stand for it ("it", "they").
_PAID_SUBJECT = _words("payments?", "contributions?", "share", "bill", "burden", "cost-sharing", "SMA", "amount",
                       "sum", "figure", "total", "it", "they", "deal", "agreement", "accord", "pact", "funding",
                       "money", "upkeep", "outlay", "costs?", "defen[cs]e", "budget", "spending")


def other_subject(r: Reader, fig: Span) -> str | None:
    """Return the subject of a percent's own clause when it names another quantity and no payment ("As Seoul's payment
    rose, the number of Korean workers at US bases fell 3 percent", "consumer prices rose 0.4 percent"): the percent
    is that quantity's change, whatever its sentence says of the payment; else None (cfix51).

    >>> [other_subject(*figure_in(t, k)) for t, k in (
    ...     ("As Seoul's payment rose to 1 trillion won, the number of base workers fell 3 percent.", 1),
    ...     ("In 2019 consumer prices rose 0.4 percent.", 0), ("In 2019 Seoul's payment rose 8.2 percent.", 0),
    ...     ("Its exports and its contribution both rose 8 percent.", 0),
    ...     ("Seoul's contribution to UN peacekeeping rose 20 percent.", 0))]
    ['the number of base workers', 'In 2019 consumer prices', None, None, "Seoul's contribution to UN peacekeeping"]
    """
    subject = change_subject(r, fig)
    if subject is None:
        return None
    if _OTHER_RECIPIENT.search(subject):
        return subject  # "Seoul's contribution to UN peacekeeping increased 20 percent"
    if _PAID_SUBJECT.search(subject) or not _OTHER_SUBJECT.search(subject):
        return None
    return subject


#: What opens an aside hung on a noun ("whose wages the payment covers", "which Seoul's payment helps maintain", "paid
#: from Seoul's contribution"): not the subject of the verb after it (cfix51).
_ASIDE_OPENER = re.compile(r"(?:which|whose|who|whom|where|paid|funded|covered|financed|backed|set|tied|linked)\b",
                           re.I)


def change_subject(r: Reader, fig: Span) -> str | None:
    """Return the words before a percent's verb of change in its own clause (its subject), or, when that clause opens on
    the verb or on a relative word, the last part of its clause before it that is no aside ("The number of workers,
    whose wages the payment covers, fell 4 percent": "The number of workers"); None with no verb of change right
    before it, or an amount in the subject (cfix51).

    >>> [change_subject(*figure_in(t)) for t in ("Wages for the workers, paid from Seoul's contribution, rose 6.5%.",
    ...     "The exchange rate, which jumped 10 percent in 2022, cut the payment.", "Seoul's share is 8 percent.")]
    ['Wages for the workers', 'The exchange rate', None]
    """
    c0, _ = r.clause(fig)
    verb = _CHANGE_VERB_END.search(r.text, max(c0, fig.start - win.CHANGE_VERB_BACK), fig.start)
    inner = _CHANGE_VERB_END.search(fig.exact.split(" ", 1)[0] + " ") if " " in fig.exact else None
    end = verb.start() if verb is not None else fig.start if inner is not None else None
    if end is None or end < c0 or r.spans_in(c0, end, "money"):
        return None
    subject = r.text[c0:end].strip(" ,")
    if not subject or _ASIDE_OPENER.match(subject):  # the subject stands before an aside
        s0 = r.clause(fig, strong=True).start
        if r.spans_in(s0, c0, "money"):
            return None  # "The 2021 defense budget, 42.8 trillion won, grew 8.4 percent": an amount apposed
        parts = [p.strip() for p in r.text[s0:c0].split(",")]
        subject = next((p for p in reversed(parts) if p and not _ASIDE_OPENER.match(p)), "")
    return subject or None


#: Words of a share before "or N percent" that restates it ("less than half of the cost, or about 45 percent").
_FRACTION = re.compile(r"\b(?:" + _FRACTION_WORDS + r"|of[ \t]++the[ \t]++(?:cost|costs|total|bill))\b", re.I)


def restated_share(r: Reader, fig: Span) -> bool:
    """Return whether a percent restates a share told just before it after "or" ("covers less than half of the cost,
    or about 45 percent") or a level amount with no word of change ("paid X, or 41 percent"): a share of a whole, not
    a change (cfix51, cother52).

    >>> [restated_share(*figure_in(t, 1)) for t in (
    ...     "Seoul's 1 trillion won covers less than half of the cost, or about 45 percent.",
    ...     "Seoul's 1 trillion won rose by a third, or about 33 percent.")]
    [True, False]

    A level amount restated after "or" with no word of change is a share too (cother52), not a rise's amount:
    >>> [restated_share(*figure_in(t, 1)) for t in ("In 2019 Seoul paid 1 trillion won, or about 41 percent.",
    ...     "The payment rose by 79 billion won, or 8.2 percent.",
    ...     "Seoul paid an extra 79 billion won, or 8.2 percent.")]
    [True, False, False]
    """
    c0, _ = r.clause(fig)
    if r.text[c0:fig.start].strip().lower() != "or" or fig.value.get("direction"):
        return False
    before = r.text[r.text.rfind(",", r.local(fig)[0], max(c0 - 2, 0)) + 1:c0]  # the phrase before "or"
    if _FRACTION.search(before) is not None and not _CHANGE_WORD_NEAR.search(before):
        return True
    level = [f for f in r.figures_in(r.local(fig)[0], c0) if f.kind in ("money", "percent")]
    if not level or level[-1].kind != "money" or not _OR_GAP.fullmatch(r.text, r.restated_to(level[-1]), fig.start):
        return False  # cother52: "Seoul pays X, or 41 percent": a level amount restated as a share, no change
    return not _CHANGE.search(r.text, r.clause(level[-1], strong=True).start, fig.start) \
        and not _ADDED_SUM.search(r.text, max(0, level[-1].start - win.CHANGE_VERB_BACK), level[-1].start)


#: Right before an amount, a word that makes it a sum added ("an additional X", "an extra X"): then "X, or N percent"
#: restates a rise, not a level.
_ADDED_SUM = re.compile(r"\b(?:additional|extra|added|further|another)\s++(?:" + _HEDGE + r")?$", re.I)
#: Right before a percent, a verb of covering or paying a part of a whole ("covers about 40 percent", "with Seoul
#: covering 50 percent", "will pay roughly 50 percent", "accounts for", "makes up", "bears", "shoulders", "equivalent
#: to"): the percent is the part, a share.
_COVER_BEFORE = re.compile(r"\b(?:(?P<pay>pa(?:y|ys|id|ying)|contribut(?:e|es|ed|ing))|cover(?:s|ed|ing)?|"
                           r"account(?:s|ed|ing)?[ \t]++for|(?:make|makes|made|making)[ \t]++"
                           r"up|represent(?:s|ed|ing)?|bear(?:s|ing)?|bore|borne|shoulder(?:s|ed|ing)?|"
                           r"foot(?:s|ed|ing)?|(?:equal|equivalent)[ \t]++to|the[ \t]++equivalent[ \t]++of)[ \t]++"
                           r"(?:(?:" + HEDGE_WORDS + r"|only|just|over|under|more[ \t]++than|less[ \t]++than|"
                           r"nearly|at[ \t]++least|close[ \t]++to)[ \t]++)?$", re.I)
#: Right after a percent set off by commas, the whole it is a part of: "X, or 92 percent, of the cost of ...".
_APPOSED_OF = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+of[ \t]++(?:the|its|their|all|total)\b", re.I)
#: Right after a percent, a word of change it is the size of ("50 percent more", "a 13.9 percent increase").
_CHANGE_AFTER = re.compile(r"(?<![ \t-])[ \t-]++(?:more|less|higher|lower|" + RISE_NOUNS + r"|raise|jump|cut|drop|"
                           r"reduction|boost)\b", re.I)


def covered_share(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the part of a whole its own words tell a payer covers: the object of a verb of
    covering ("with Seoul covering 50 percent", "equivalent to about 41 percent") or set off by commas before "of" the
    whole ("paid X, 92 percent, of the cost of the base"), with no word of change on it: a share, not a change of the
    payment (cother52).

    >>> [covered_share(*figure_in(t, -1)) for t in (
    ...     "Its payment rose to 1.04 trillion won, with Seoul covering 50 percent.",
    ...     "Seoul paid $9.7 billion, 92 percent, of the cost of the base.",
    ...     "Seoul will shoulder 13.9 percent more.", "Seoul's payment rose 8.2 percent, of course.",
    ...     "After the increase, Korea will pay roughly 50 percent.", "Trump wants Seoul to pay 100 percent.")]
    [True, True, False, False, True, False]
    """
    if fig.kind != "percent" or fig.value.get("direction") or _CHANGE_AFTER.match(r.text, fig.end):
        return False
    cover = _COVER_BEFORE.search(r.text, max(0, fig.start - win.CHANGE_VERB_BACK), fig.start)
    if cover is not None:  # "Trump wants Seoul to pay 100 percent": an ask of a share, read as asks are
        return not cover["pay"] or (_intent(r, fig) or _coordinated_intent(r, fig) or gapped_ask(r, fig)) is None
    return r.text[max(0, fig.start - 2):fig.start].strip() == "," and _APPOSED_OF.match(r.text, fig.end) is not None


#: Words of a change in the stretch before "or N percent" ("rose by a third, or 33 percent": a change restated; not
#: "less than half", a share's hedge).
_CHANGE_WORD_NEAR = re.compile(r"\b(?:" + RISE_FORMS + "|" + FALL_FORMS + r"|risen|rise|grown|increase|jump|up|"
                               r"fallen|cut|down|decrease[sd]?|by)\b", re.I)


#: Right after a percent, the term of an agreement or a run of years it is told over: "over the course of the
#: agreement", "over the life of the new deal", "over the six-year deal", "over the next five years" (cfix42).
_OVER_TERM = re.compile(r"(?<!\s)\s++(?:over|during|across|throughout)\s++(?:the\s++|its\s++)?(?:(?:(?:course|life|"
                        r"lifetime|term|duration|length)\s++of\s++(?:the|this|its|that)\s++)?(?:(?:new|current|[\w]+-year)"
                        r"\s++)?(?:agreement|deal|accord|pact|SMA|contract)\b|(?:next|coming|following)\s++(?:two|three|"
                        r"four|five|six|seven|\d)\s++years\b)", re.I)
#: Before a figure in its clause, a word of the future: "will", "would", "is set to", "is expected to" (the present
#: only, no "could"/"may": a time to come, not :data:`_OUTLOOK`'s outlook in any tense or mood).
_FUTURE_WORD = _words("will", "would", "shall", r"(?:is|are)\s++(?:set|expected|likely|projected|due|forecast)\s++to")


def rise_over_term(r: Reader, fig: Span) -> bool:
    """Return whether a percent change is told ahead over an agreement's term or a run of years ("Seoul's contribution
    will rise by 50% over the course of the agreement", "is set to grow 40% over the six-year deal"): a forecast of
    the change across the term, not the year of publication's change, and never contradicted by one year's data
    (cfix42); "rose 13.9% this year" and a past rise over a deal stay as they are.

    >>> [rise_over_term(*figure_in(t)) for t in ("Its share will rise by 50% over the course of the agreement.",
    ...     "Its share is set to grow 40% over the six-year deal.", "Its share will rise 13.9% this year.",
    ...     "Its share rose 40% over the course of the last agreement.")]
    [True, True, False, False]
    """
    c0, _ = r.clause(fig, strong=True)
    return _OVER_TERM.match(r.text, fig.end) is not None and _FUTURE_WORD.search(r.text, c0, fig.start) is not None


def term_forecast_target(r: Reader, fig: Span) -> tuple[Span, int] | None:
    """Return, for a rise told ahead over the term of the agreement in force at publication (:func:`rise_over_term`),
    the amount the article itself gives as the payment of the term's last year and the year before the term: the two
    ends of the rise by the article's own arithmetic ("will rise by 50% over the course of the agreement ... roughly
    1.5 trillion won by the time it elapses in 2025": 2019's payment to 2025's; cfix42); None when there is no such
    agreement or amount.

    >>> r = Reader(annotate_text("Seoul's share will rise by 50% over the course of the agreement. It will pay roughly "
    ...                          "1.5 trillion won in 2025.", "2021-03-11"))
    >>> target, year = term_forecast_target(r, r.figures_in(0, len(r.text))[0]); target.exact, year
    ('roughly 1.5 trillion won', 2019)
    """
    if not rise_over_term(r, fig):
        return None
    term = next((t for t in _deal_terms_of().values() if t[0] <= r.published.year <= t[2]), None)
    if term is None:
        return None
    key = ("term_target", term[2])
    if key not in r.before:  # the article's amount for the term's last year, read once
        r.before[key] = next((m for m in r.spans_in(0, len(r.text), "money") if (f := frame_of(r, m)).years == (
            term[2],) and f.quantity in ("sma_payment", "forecast")), None)
    return None if r.before[key] is None else (r.before[key], term[0] - 1)


#: Right after a change (its figure or its noun), what changed when it is a cost, price or budget of something named
#: by a word before it: "a 5 percent rise in construction costs", "a $40 million increase in housing costs", "a 7
#: percent hike in land rents" (weakev71); not "in the cost of stationing U.S. troops" nor "in its contribution". Its
#: nouns of change: :data:`analysis.guards.CHANGE_NOUN`.
_CHANGE_OF_OTHER = re.compile(
    r"(?<![\s-])(?P<noun>[\s-]++" + CHANGE_NOUN + r")?\s++(?:in|of)\s++"
    r"(?:(?:the|its|their|this|Seoul['’]s|Korea['’]s|South\s++Korea['’]s)\s++)?(?P<what>(?:[\w-]++\s++){1,2}?"
    r"(?:costs?|prices?|rents?|rates?|spending|budgets?|wages?|salaries|tariffs?|fees?|bills?|expenses|outlays?)\b"
    r"[^.,;:!?()\n]{0,40})", re.I)
#: Words of what changed that make it the payment or its costs ("defense costs", "the troops' costs").
_CHANGED_PAID = _words(r"troops?", "forces", "soldiers", "usfk", "stationing", "hosting", "keeping", r"defen[cs]e",
                       "sma", r"cost-?sharing", r"burden\w*+", r"contributions?", r"payments?", "share", "upkeep",
                       r"labou?r", r"workers?")


def change_of_other(r: Reader, fig: Span) -> bool:
    """Return whether a change (a percent or an amount with its change noun, "a 5 percent rise") is told of a cost,
    price, rate or budget of another thing, named right after it by a word before that noun ("a 5 percent rise in
    construction costs", "a 12 percent increase in fuel prices"): its own phrase outranks a payment word elsewhere
    in its clause, so not the payment's change (weakev71).

    >>> [change_of_other(*figure_in(t)) for t in ("Seoul paid more, and a 5 percent rise in construction costs hit.",
    ...     "Seoul accepted an 8.2 percent rise in the cost of stationing U.S. troops.",
    ...     "Seoul agreed to an 8.2 percent rise in its contribution.")]
    [True, False, False]
    >>> change_of_other(*figure_in("Seoul paid $1 billion in construction costs."))
    False
    """
    end = r.restated_to(fig) if fig.kind == "money" else fig.end
    m = _CHANGE_OF_OTHER.match(r.text, end)
    named = m is not None and (m.group("noun") or re.search(CHANGE_NOUN, r.text[fig.start:end], re.I))
    return bool(named) and not _CHANGED_PAID.search(m.group("what"))  # not "Seoul paid X in construction costs"


def indexed_to_budget(text: str, start: int, end: int) -> bool:
    """Return whether the words in [start, end) index something to the defence budget ("the annual rise, pegged to
    defense budget growth"): in the talks only the SMA payment is, so its change is the payment's (frames52).

    >>> t = "The annual rise, pegged to defense budget growth, was 5.4 percent."
    >>> indexed_to_budget(t, 0, len(t)), indexed_to_budget("The defense budget grew 5.4 percent.", 0, 36)
    (True, False)
    """
    budget = _BUDGET_CUE
    # audit53: the cue is searched to the words' end and must START within the reach, so that its lookahead ("national
    # defense", not "National Defense Ministry") sees the words after it wherever the reach ends
    return any((b := budget.search(text, m.end(), end)) is not None and b.start() - m.end() <= win.INDEX_CUE_REACH
               for m in _INDEXED.finditer(text, start, end))


#: A verb of change then "to" right before a percent: the level it reached ("rose to 50 percent").
_CHANGED_TO = re.compile(r"\b(?:" + RISE_FORMS + "|" + FALL_FORMS + r"|rise|risen|rising|increase|increasing|grow|"
                         r"grown|growing|climb(?:s|ed|ing)?|jump(?:s|ing)?|(?:go|goes|went|gone)\s+up|fall|falls|fallen|"
                         r"falling|drop(?:s|ping)?|declin(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+to\s+(?:(?:" + _HEDGE
                         + r"|over\s+|more\s+than\s+|at\s+least\s+|just\s+))?$", re.I)
#: A noun of a rate of change: what rises to a percent is then a change ("the rate of increase rose to 8.2%").
_RATE_NOUN = _words(rf"(?:{RISE_NOUNS})s?", "growth", r"rates?", r"raises?")


def level_reached(r: Reader, fig: Span) -> bool:
    """Return whether a percent with no direction of its own may be the level a quantity rose or fell to ("Seoul's
    share of the cost rose to 50 percent"): a share reached, or (loosely written) the change ("will increase to 13.9
    percent") — not when what rose is a rate of change ("the rate of increase rose to 8.2 percent").

    >>> r = Reader(annotate_text("Seoul's share of the cost rose to 50 percent; the rate of increase rose to 8%."))
    >>> [level_reached(r, f) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    if fig.value.get("direction"):
        return False
    m = _CHANGED_TO.search(r.text, max(0, fig.start - win.CHANGED_TO_BACK), fig.start)
    if m is None:
        return level_left(r, fig)
    c0, _ = r.clause(fig, strong=True)
    return _RATE_NOUN.search(r.text, c0, m.start()) is None


def level_left(r: Reader, fig: Span) -> bool:
    """Return whether a percent with no direction of its own is the level a quantity moved from, right after the level
    it moved to ("Seoul's share rose to 50 percent from 42 percent"): the share's other level, or loosely the change,
    as the level reached is (:func:`level_reached`, cfix49).

    >>> r = Reader(annotate_text("Seoul's share of the cost rose to 50 percent from 42 percent."))
    >>> [level_left(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    prior = [f for f in r.figures_in(max(0, fig.start - win.CHANGED_TO_BACK), fig.start) if f.kind == "percent"]
    return not fig.value.get("direction") and bool(prior) and _LEVEL_FROM_GAP.fullmatch(
        r.text, prior[-1].end, fig.start) is not None and level_reached(r, prior[-1])


#: Between two levels, "from" and a hedge: " from ", ", up from about ", " from the current ".
_LEVEL_FROM_GAP = re.compile(r"(?<!\s),?\s++(?:(?:up|down)\s++)?from\s++(?:the\s++(?:current\s++|previous\s++)?)?"
                             r"(?:(?:about|around|roughly|nearly|some|almost)\s++)?", re.I)


#: "an 8.2% increase in the defense budget": a change linked to the quantity after it by "in" or "of".
_IN_OTHER = re.compile(r"(?<!\s)(?:\s+(?:" + RISE_NOUNS + r"|growth|jump|gain|cut|fall|drop))?\s+(?:in|of)\s", re.I)

#: Two percents of one subject: "5.4% this year and more than 6% from then on".
_AND_GAP = re.compile(r"[^.;:%\d]{0,30}?\band\s+(?:by\s+|at\s+)?$", re.I)


def _coordinated_other(r: Reader, fig: Span) -> str | None:
    """Return the other quantity of the percent just before, joined to this one by "and" with no figure between
    ("defense spending rose 5.4% this year and more than 6% from then on"), else None.

    >>> r = Reader(annotate_text("The rise in defense expenditures is 5.4% this year and more than 6% later."))
    >>> _coordinated_other(r, r.spans_in(0, len(r.text), "percent")[1])
    'defence_budget'
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if not before or before[-1].kind != "percent" or not _AND_GAP.fullmatch(r.text, before[-1].end, fig.start):
        return None
    return _other_quantity(r, before[-1])


#: "raise it by 13 percent ... and apply an annual rate of seven to eight percent": one verb's two objects.
_AND_CLAUSE_GAP = re.compile(r"[^.;:%\d]{0,80}?\band\b[^.;:%\d]{0,60}")


#: A gapped conjunct's opening, its verb left out: ", and Seoul for a ..." after "asked Tokyo for X" (fresh90v): one to
#: three capitalised words of the addressee, then "for".
_GAPPED_FOR = re.compile(r"(?<!\s),?\s++and\s++(?:the\s++)?(?:(?=[A-Z])[\w.’'-]++\s++){1,3}?for\b")
#: The first conjunct of that gapping: a verb of asking, its addressee (one to three capitalised words) and "for".
_ASKED_FOR = re.compile(r"\b(?:ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|pressur(?:es|ed|ing))\s++"
                        r"(?:the\s++)?(?:(?=[A-Z])[\w.’'-]++\s++){1,3}?for\b")


#: Right after a gapped conjunct's "for", a time or adverbial phrase, not the object of a left-out verb of asking
#: ("and Seoul for years has paid", "for the first time agreed", "for its part paid", mend90v).
_FOR_ADVERBIAL = re.compile(r"(?<!\s)\s++(?:years|decades|months|weeks|now|(?:so\s++)?long|once|example|instance|"
                            r"(?:a|the)\s++(?:[\w-]++\s++)?(?:time|while|decade|moment)|(?:its|his|her|their|our)"
                            r"\s++part|all\s++that)\b", re.I)
#: A finite verb between the gap and the figure: the conjunct has its own verb ("and Seoul for all that agreed to pay").
_GAP_OWN_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall|should|did|"
                           r"does|pa(?:id|ys)|agreed|agrees|accept(?:s|ed)|signed|signs|gave|gives|spent|spends|"
                           r"contribut(?:es|ed)|offer(?:s|ed)|rais(?:es|ed)|settled)\b", re.I)


def gapped_conjunct(r: Reader, fig: Span) -> tuple[int, int] | None:
    """Return (the verb of asking, the gap's start) when a figure stands in a gapped conjunct whose verb of asking is
    left out ("Vell asked Tarvo for a 30 percent rise in its payment, from X to Y, and Ostria for a 40 percent rise":
    Ostria is asked too, for a rise of its payment), figures of the first conjunct between; else None (fresh90v).

    >>> r = Reader(annotate_text("Vell asked Tarvo for a 30 percent rise, from $2 billion to $3 billion, and Ostria "
    ...                          "for a 40 percent rise, from $1 billion to $1.4 billion."))
    >>> [gapped_conjunct(r, f) is not None for f in r.figures_in(0, len(r.text))]
    [False, False, False, True, True, True]
    >>> r = Reader(annotate_text("Vell paid Tarvo for a 30 percent rise, and Ostria for a 40 percent rise."))
    >>> [gapped_conjunct(r, f) for f in r.figures_in(0, len(r.text))]
    [None, None]

    A "for" opening a time or adverbial phrase, or a verb of the conjunct's own, leaves no gap (mend90v):

    >>> r = Reader(annotate_text("Vell asked Tarvo for $8 billion, and Ostria for years has paid $1 billion; Vell "
    ...                          "asked Tarvo for $8 billion, and Ostria for all that paid $1 billion."))
    >>> [gapped_conjunct(r, f) for f in r.figures_in(0, len(r.text))]
    [None, None, None, None]
    """
    s, _ = r.local(fig)
    start = max(s, fig.start - SENTENCE_WINDOW // 4)
    gap = last_match(_GAPPED_FOR, r.text, start, fig.start)
    if gap is None or _STRONG.search(r.text, gap.end(), fig.start) or _FOR_ADVERBIAL.match(r.text, gap.end()) \
            or _GAP_OWN_VERB.search(r.text, gap.end(), fig.start):
        return None
    asked = last_match(_ASKED_FOR, r.text, start, gap.start())
    if asked is None or not r.figures_in(asked.end(), gap.start()):
        return None
    return asked.start(), gap.start()


def gapped_ask(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return a demand cue, at the verb of the conjunct before, for a figure of a gapped conjunct of asking
    (:func:`gapped_conjunct`): the figures of the first conjunct stand between that verb and this figure, so no cue of
    its own reaches it (:func:`_own_cues`); else None.

    >>> r = Reader(annotate_text("Vell asked Tarvo for a 30 percent rise, and Ostria for a 40 percent rise."))
    >>> [gapped_ask(r, f) for f in r.figures_in(0, len(r.text))]
    [None, ('demand', 8)]
    """
    gapped = gapped_conjunct(r, fig)
    return ("demand", gapped[0]) if gapped is not None else None


def gapped_host(r: Reader, fig: Span) -> bool:
    """Return whether a figure's gapped conjunct (:func:`gapped_conjunct`) names another host as its addressee, not
    Korea ("..., and Seoul for a 400 percent rise, ..., and Ostria for a 20 percent rise, from X to Y": Y is asked of
    that host, another quantity; mend90v).

    >>> r = Reader(annotate_text("Vell asked Seoul for a 30 percent rise, from $1 billion to $1.3 billion, and Manila "
    ...                          "for a 20 percent rise, from $300 million to $360 million."))
    >>> [gapped_host(r, f) for f in r.figures_in(0, len(r.text))][3:]
    [True, True, True]
    """
    gapped = gapped_conjunct(r, fig)
    if gapped is None:
        return False
    sides = {country for _, country in named_countries(r, gapped[1], fig.start)}
    return "KR" not in sides and bool(sides - {"US"})


def gapped_payment(r: Reader, fig: Span) -> bool:
    """Return whether the first conjunct of a figure's gapped conjunct (:func:`gapped_conjunct`) names the payment
    ("asked Tarvo for a rise in its yearly payment, ..., and Ostria for a rise, from X to Y": the payment word is left
    out of Ostria's conjunct with the verb); not when it names none.

    >>> r = Reader(annotate_text("Vell asked Tarvo for a 30 percent rise in its payment, and Ostria for a rise, from "
    ...                          "$1 billion to $1.4 billion."))
    >>> [gapped_payment(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True, True]
    >>> r = Reader(annotate_text("Vell asked Tarvo for a 30 percent rise, and Ostria for a rise, from $1 billion."))
    >>> [gapped_payment(r, f) for f in r.figures_in(0, len(r.text))]
    [False, False]
    """
    gapped = gapped_conjunct(r, fig)
    return gapped is not None and bool(_PAYMENT.search(r.text, *gapped) or _SMA_WORDS.search(r.text, *gapped))


#: Between a date opening a clause of its own and the figure the clause is (the verb left out): a comma, a hedge.
_DATE_GAP = re.compile(r"(?<!\s)[ \t]*+,[ \t]*+(?:" + _HEDGE + r")?")


def dated_gap_payment(r: Reader, fig: Span) -> bool:
    """Return whether a figure is the whole of a clause after a semicolon but for a date opening it ("This year Seoul
    paid X; the year before, Y"), and the clause before the semicolon names the payment: the verb and payment word are
    left out of the second clause, which repeats them (cfix37, probe35 re137).

    >>> r = Reader(annotate_text("This year Seoul paid 1.52 trillion won; the year before, 1.04 trillion won."))
    >>> [dated_gap_payment(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    >>> r = Reader(annotate_text("The budget rose to 59 trillion won; the year before, 57 trillion won."))
    >>> [dated_gap_payment(r, f) for f in r.figures_in(0, len(r.text))]
    [False, False]
    """
    s, _ = r.local(fig)
    semi = r.text.rfind(";", max(s, fig.start - SEMI_LEAD_BACK), fig.start)
    dates = r.spans_in(semi + 1, fig.start, "date") if semi >= 0 else []
    if len(dates) != 1 or r.text[semi + 1:dates[0].start].strip() or not _DATE_GAP.fullmatch(r.text, dates[0].end,
                                                                                              fig.start):
        return False
    lo = max(s, semi - SENTENCE_WINDOW // 4)
    lo = r.text.rfind(";", lo, semi) + 1 or lo
    return bool(_PAYMENT.search(r.text, lo, semi) or _SMA_WORDS.search(r.text, lo, semi))


def _coordinated_intent(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return the demand, offer or forecast cue of the figure of its kind just before, when this one is joined to
    it by "and" in the same sentence with no figure and no payment verb between ("a plan to raise it by 13 percent
    and apply a yearly rate of seven to eight percent"; "have them pay $2 billion first and then $5 billion"), else
    None.

    >>> r = Reader(annotate_text("Seoul offered to raise it by 13 percent and apply a rate of 7 percent later."))
    >>> _coordinated_intent(r, r.spans_in(0, len(r.text), "percent")[1])[0]
    'offer'
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if not before or before[-1].kind != fig.kind or not _AND_CLAUSE_GAP.fullmatch(r.text, before[-1].end, fig.start):
        return None
    if _PAYMENT.search(r.text, before[-1].end, fig.start):
        return None  # "sought X and paid Y": Y has its own verb
    return _intent(r, before[-1])


def deal_of(r: Reader, fig: Span) -> str | None:
    """Return the agreement a percent is tied to (a word such as "previous", or an ordinal such as "11th"):
    "6.2 percent under the previous agreement", "13.9% at the time of the 11th agreement", or one agreement
    named by number before it in its own phrase ("growth in the 11th agreement averaged 4.3%"); else None.

    >>> r = Reader(annotate_text("Rises in the 11th agreement averaged 4.3%, after 13.9% at the time of the 10th SMA."))
    >>> [deal_of(r, f) for f in r.figures_in(0, len(r.text))]
    ['11th', '10th']
    """
    m = _UNDER_DEAL.match(r.text, fig.end)
    if m:
        return None if rise_over_deal(r, fig, m) else m.group("deal").lower()
    p0, _ = r.clause(fig)
    named = list(_DEAL_BEFORE.finditer(r.text, p0, fig.start))
    if len(named) != 1 or r.figures_in(named[0].end(), fig.start):
        return None
    return named[0].group("deal").lower()


#: A rise noun ending a percent's span or right after it: "an 8.2 percent increase", "8.2 percent hike".
_RISE_NOUN_END = re.compile(r"\b(?:" + RISE_NOUNS + r"|jump|raise)s?$", re.I)
_RISE_NOUN_AFTER = re.compile(r"(?<![ \t-])[ \t-]++(?:" + RISE_NOUNS + r"|jump|raise)s?\b", re.I)
_OVER_WORD = re.compile(r"\bover\b", re.I)


def rise_over_deal(r: Reader, fig: Span, deal: re.Match[str]) -> bool:
    """Return whether a percent's agreement after it is the base a rise is counted over ("an 8.2 percent increase over
    the previous agreement": the new deal's payment against the old one's, one change, fresh81v), not the term of an
    average ("rose 2 percent a year over the 9th SMA", "6.2 percent under the previous agreement").

    >>> [rise_over_deal(r, f, _UNDER_DEAL.match(r.text, f.end)) for r, f in (
    ...     figure_in("The sum is an 8.2 percent increase over the previous agreement."),
    ...     figure_in("It rose at an average annual rate of 2 percent over the 9th SMA."),
    ...     figure_in("It is an 8.2 percent increase under the previous agreement."))]
    [True, False, False]
    """
    if not _OVER_WORD.search(deal.group()) or _PER_YEAR.match(r.text, fig.end) or AVERAGE_WORD.search(
            r.text, r.clause(fig).start, fig.start):
        return False
    return bool(_RISE_NOUN_END.search(fig.exact) or _RISE_NOUN_AFTER.match(r.text, fig.end))


def is_cap(r: Reader, fig: Span) -> bool:
    """Return whether a percent is a ceiling on yearly rises, a term of an agreement rather than a rise that
    happened: a ceiling ("no more than", "does not exceed", "capped at") or a cap word in its own phrase.

    >>> r = Reader(annotate_text("Annual rises of the payment may not exceed 5%, and a 4 percent cap applies."))
    >>> [is_cap(r, f) for f in r.figures_in(0, len(r.text))]
    [True, True]
    >>> r = Reader(annotate_text("The payment rose 5% in 2019."))
    >>> is_cap(r, r.figures_in(0, len(r.text))[0])
    False
    >>> r = Reader(annotate_text("Both sides committed to keeping the annual increase below 5%."))
    >>> [is_cap(r, f) for f in r.figures_in(0, len(r.text))]
    [True]
    >>> r = Reader(annotate_text("Seoul's payment rose 13.9% in 2021 despite a pledge to keep the increase below 5%."))
    >>> [is_cap(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    p0, p1 = r.clause(fig)
    kept = any(m.start() < fig.start and not r.text[m.end():fig.start].strip()  # "keep the rise below X": X only
               for m in _KEEP_BELOW.finditer(r.text, p0, fig.end))
    capped = fig.value.get("bound") == "up_to" and not counted_from_amount(r, fig)
    return capped or bool(_CAP.search(r.text, p0, p1)) or kept


#: real52m: the most a sum may rise in a year, told as a superlative subject ("The maximum the contribution would grow
#: in a year is 4 percent"): a ceiling, the figure right after its copula.
_MOST_A_YEAR = re.compile(r"\b(?:maximum|most|largest|highest|biggest)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:(?:would|"
                          r"could|can|may|will|might|is\s+allowed\s+to|is\s+permitted\s+to)\s+)?(?:grow|rise|increase"
                          r"|go\s+up|climb)\s+(?:(?:in|during)\s+(?:a|any|one|each|a\s+single|any\s+(?:single|given|one))\s+|per\s+)"
                          r"year\s+(?:is|will\s+be|would\s+be)\s+$", re.I)
#: mend52m: a year right after the figure ("is 8.2 percent, in 2019") tells a rise that happened, not a ceiling.
_RISE_YEAR_AFTER = re.compile(r"(?<![ \t]),?[ \t]++in[ \t]++(?:19|20)\d\d\b")


def most_a_year(r: Reader, fig: Span, p0: int) -> bool:
    """Return whether a percent is the most a sum may rise in a year, told by a superlative subject before its
    copula (real52m: "The maximum the contribution would grow in a year is 4 percent"): a ceiling, not a rise.

    >>> r = Reader(annotate_text("The maximum the contribution would grow in a year is 4 percent."))
    >>> most_a_year(r, r.figures_in(0, len(r.text))[0], 0)
    True
    >>> r = Reader(annotate_text("The most the payment rose in a year was 8.9 percent, in 2002."))
    >>> most_a_year(r, r.figures_in(0, len(r.text))[0], 0)
    False
    """
    return (_MOST_A_YEAR.search(r.text, max(p0, fig.start - win.DEAL_SUBJECT_BACK), fig.start) is not None
            and _RISE_YEAR_AFTER.match(r.text, fig.end) is None)


#: Right after a percent, the amount it is counted from: "by up to 13 percent from the $870 million it paid".
_FROM_AMOUNT = re.compile(r"(?<!\s)\s++(?:from|over)\s++(?:(?:the|its|a|an|about|some|roughly)\s++){0,2}", re.I)


def counted_from_amount(r: Reader, fig: Span) -> bool:
    """Return whether a percent is counted from an amount right after it ("agreed to increase it by up to 13 percent
    from the $870 million it paid in 2019"): one rise over that sum, whose "up to" is no cap on yearly rises
    (claims22).

    >>> r = Reader(annotate_text("Seoul agreed to raise it by up to 13 percent from the $870 million it paid."))
    >>> counted_from_amount(r, r.spans_in(0, len(r.text), "percent")[0])
    True
    >>> r = Reader(annotate_text("Rises are capped at up to 4 percent from 2022, or $40 million."))
    >>> counted_from_amount(r, r.spans_in(0, len(r.text), "percent")[0])
    False
    """
    m = _FROM_AMOUNT.match(r.text, fig.end)
    return m is not None and any(s.start == m.end()
                                 for s in r.spans_in(m.end(), m.end() + win.FROM_AMOUNT_NEXT, "money"))


def find_actor(r: Reader, fig: Span, before: int | None = None, skip_payer: bool = False) -> str | None:
    """Return the entity id of the nearest person, organisation or country named before ``before`` (default:
    the figure) in the figure's clause; a bare "US officials" counts as the US government. With
    ``skip_payer`` (a demand), the side that pays (South Korea, the subject of "pay") is passed over, and a
    quoted figure belongs to the quotation's speaker.

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nUS officials asked Seoul to pay $5 billion.", "2019-12-01"))
    >>> find_actor(r, r.figures_in(0, len(r.text))[0], skip_payer=True)
    'us-government'
    """
    return r.once(_find_actor_read, fig, before, skip_payer)  # speed59: asked of a figure by many rules


def _find_actor_read(r: Reader, fig: Span, before: int | None, skip_payer: bool) -> str | None:
    """Return what :func:`find_actor` finds, read afresh."""
    quote = r.quote_of(fig)
    if quote is not None and skip_payer and quote.value.get("speaker"):
        return str(quote.value["speaker"])
    c0 = change_aside_start(r, fig, r.clause(fig, strong=True).start)  # fresh90v: "pressing Seoul for a rise -- from
    item = list_item(r, fig)  # X to Y --": the aside's asker is the rise's
    c0 = min(c0, item[1].start) if item else c0  # frames65: a list's head names its items' actor
    end = fig.start if before is None else before
    named = actors_named(r, c0, end)
    if skip_payer:
        named = [(pos, who) for pos, who in named if who not in _PAYER]
        named = addressees_passed(r, named)
    if not named:
        return None
    _, last = named[-1]
    return last


#: A phrase set off between a subject and its verb, around a side word: before it, from the comma that opens the
#: phrase, a word that is not its head ("wary of", "a big buyer of", "after meeting a", "which hosts"), and after it,
#: the comma that closes the phrase and a verb ("..., offered"), not "and"/"or" of a list nor a conjunction or
#: preposition opening another phrase (", with", ", while") (review65 finding 3);
#: how far each side is looked at, in characters.
_SET_OFF_OPENS = re.compile(r"\b(?!(?:a|an|the)\b)[a-z]")
_SET_OFF_CLOSES = re.compile(r",\s*+(?!(?:and|or|but|nor|so|yet|then|with|without|as|while|when|where|which|who|"
                             r"that|after|before|since|because|although|though|including|according|despite|amid)\b)"
                             r"[a-z]")
_SET_OFF_STOP = re.compile(r"[;:!?]|[a-z]{2}\.\s")
_SET_OFF_REACH = 80


def inside_aside(text: str, at: int, start: int, end: int) -> bool:
    """Return whether the word at ``at`` is inside a phrase set off by commas between a subject and its verb
    (:data:`_SET_OFF_OPENS`): a modifier or a phrase of its own, never who acts (review65 finding 3).

    >>> t = "Moon Jae-in, wary of U.S. pressure, offered 1.17 trillion won."
    >>> inside_aside(t, t.index("U.S."), 0, len(t)), inside_aside(t, t.index("Moon"), 0, len(t))
    (True, False)
    >>> t = "U.S. negotiators, citing costs, and a U.S. envoy asked for it."
    >>> inside_aside(t, t.index("a U.S.") + 2, 0, len(t))
    False
    """
    opens = text.rfind(",", max(start, at - _SET_OFF_REACH), at)
    closes = text.find(",", at, min(end, at + _SET_OFF_REACH))
    if opens < 0 or closes < 0 or _SET_OFF_STOP.search(text, opens, closes):
        return False
    return bool(_SET_OFF_OPENS.search(text, opens, at) and _SET_OFF_CLOSES.match(text, closes, closes + _SET_OFF_REACH))


def actors_named(r: Reader, start: int, end: int) -> list[tuple[int, str]]:
    """Return (where it ends, entity id) of each actor named in [start, end), in text order: a tagged person,
    organisation or place with its id; a person named by a title alone, by the side word in it ("a U.S. official");
    a side word outside them ("U.S. negotiators", :data:`_SIDE_WORDS`), unless a person of that side is named before
    it, who is the more specific actor ("Trump demanded ... for U.S. troops"; frames64). A side word, a person named
    by a title alone or a place inside a phrase set off between a subject and its verb is none (:func:`inside_aside`:
    "Seoul, wary of U.S. pressure, offered"; review65 finding 3).

    >>> r = Reader(annotate_text("Trump, citing U.S. officials, and a U.S. envoy asked Seoul for it."))
    >>> [who for _, who in actors_named(r, 0, len(r.text))]
    ['donald-trump', 'us-government', 'rok-government']
    >>> r = Reader(annotate_text("U.S. negotiators and a Seoul official met."))
    >>> [who for _, who in actors_named(r, 0, len(r.text))]
    ['us-government', 'rok-government']
    >>> r = Reader(annotate_text("Seoul, wary of U.S. pressure from Washington, offered it."))
    >>> [who for _, who in actors_named(r, 0, len(r.text))]
    ['rok-government']
    """
    return list(r.once(_actors_named_read, start, end))  # speed59: asked of a figure by many rules


def _actors_named_read(r: Reader, start: int, end: int) -> list[tuple[int, str]]:
    """Return what :func:`actors_named` finds, read afresh."""
    tagged = r.spans_in(start, end, "person", "org", "place")
    named = [(s.end, str(_actor_id(s))) for s in tagged if _actor_id(s) and not is_newsroom(s)
             and not (s.kind == "place" and inside_aside(r.text, s.start, start, end))]  # "pressed by Washington"
    people = [(s.end, r.country.get(str(_actor_id(s)))) for s in tagged if s.kind == "person" and _actor_id(s)]
    for s in tagged:  # "a U.S. official": the side its title names
        sides = [side for side, pattern in _SIDE_WORDS if s.kind == "person" and not _actor_id(s)
                 and s.value.get("descriptor") and pattern.search(s.exact)
                 and not inside_aside(r.text, s.start, start, end)]
        named += [(s.end, sides[0])] if sides else []
    for side, pattern in _SIDE_WORDS:
        named += [(m.end(), side) for m in pattern.finditer(r.text, start, end)
                  if not any(s.start <= m.start() < s.end for s in tagged) and not inside_aside(r.text, m.start(),
                                                                                              start, end)
                  and not any(at <= m.start() and country == r.country[side] for at, country in people)]
    return sorted(named)


def addressees_passed(r: Reader, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return the actors a demand may be asked by, in text order: the paying country's people (its president, its
    minister) are passed over when someone of the asking side is named before them ("Trump told Moon Jae-in that
    Seoul should pay X": Trump asks, Moon is asked) (claims22).

    >>> r = Reader(annotate_text("Donald Trump told Moon Jae-in that Seoul should pay $5 billion a year."))
    >>> addressees_passed(r, [(12, "donald-trump"), (25, "moon-jae-in")])
    [(12, 'donald-trump')]
    >>> addressees_passed(r, [(25, "moon-jae-in")])
    [(25, 'moon-jae-in')]
    """
    first_us = next((pos for pos, who in named if r.country.get(who) == "US"), None)
    if first_us is None:
        return named
    return [(pos, who) for pos, who in named if r.country.get(who) != "KR" or pos < first_us]


def _modality(r: Reader, fig: Span, modality: str) -> str:
    """Return the modality of a figure: a quotation, unless it is a hypothetical (which stays one when quoted)."""
    return "quotation" if r.in_quote(fig) and modality != "hypothetical" else modality


#: "using X as a baseline": a sum on the table now that another year's sum is counted from.
_AS_BASELINE = re.compile(r"(?<!\s)\s+as\s+(?:a|the)\s+(?:baseline|base|benchmark|starting\s+point)\b", re.I)

#: The verbs of saying, meeting or visiting whose "N times" counts how often, shared by :data:`_TIMES_VERB` (right
#: before the count) and :data:`_DONE_VERB` (before its object) (review69 finding 10).
_SAID_MET = (r"said|repeated|mentioned|tweeted|stated|asserted|boasted|complained|met|visited|"
             # b122: events done, counted ("a bomber flew near the South five to six times last year")
             r"flew|flown|sailed|landed|launched|fired|staged|conducted|held|deployed|dispatched")
#: "he said 186 times that ...", "repeated it 20 times": a verb of saying or doing just before "N times".
_TIMES_VERB = re.compile(rf"\b(?:{_SAID_MET}|says|say|claimed|claims|lied)\s+(?:it\s+|this\s+|so\s+)?$", re.I)


def _count_of_times(r: Reader, fig: Span) -> bool:
    """Return whether "N times" counts how often something was done ("he said 186 times that ...", "met him nine
    times this year"), not a multiple of a sum.

    >>> r = Reader(annotate_text("He said 186 times that the economy is the best in history."))
    >>> _count_of_times(r, r.spans_in(0, len(r.text), "multiplier")[0])
    True
    """
    return "times" in fig.exact.lower() and (bool(_TIMES_VERB.search(r.text, max(0, fig.start - win.TIMES_VERB_BACK),
                                                                     fig.start)) or done_times(r, fig))


#: A verb of saying, meeting or visiting whose object may stand before "N times" ("mentioned the sum at least 20
#: times", "met his counterpart nine times"); not a verb of asking or paying, whose "N times" may be a multiple.
_DONE_VERB = re.compile(rf"\b(?:{_SAID_MET}|cited|called|phoned|brought\s++up|referred\s++to)\b", re.I)
#: The word right before "N times" (past a hedge) that makes it a multiple after all: a verb of paying, changing or
#: being, a comparative, or "by" ("should pay five times", "rose five times", "is five times", "go up five times",
#: "grow by five times": review69 findings 1 and 8).
_MULTIPLE_BEFORE_WORDS = (
    r"pay|pays|paid|paying|spend|spends|spent|cost|costs|contribute[sd]?",  # paying
    RISE_FORMS + r"|increase|increasing|rise|risen|rising|grow|grown|growing",  # changing
    r"rais(?:e|es|ed|ing)|jump(?:s|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)",
    r"lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|(?:go|goes|went|gone|going)\s++up|multipl\w*",
    r"be|is|was|are|were|been",  # being
    r"more|larger|bigger|higher|by",  # a comparative, or "by"
)
_MULTIPLE_BEFORE = re.compile(r"\b(?:" + "|".join(_MULTIPLE_BEFORE_WORDS) + r")\s++(?:" + _HEDGE + r")?$", re.I)
#: What may follow a count of times to its clause's end: nothing, or a time ("this year", "in 2019", "during the
#: dinner", "a day"), never a base ("the", "what", "as much", "more").
_TIMES_TAIL = re.compile(r"(?<!\s)\s*+(?:(?:this|last|in|during|at|on|since|so\s++far|already|a|per|each|every)\b"
                         rf"[^.;:,!?—–―\d]{{0,{win.TIMES_TAIL_AHEAD}}}+(?:\d{{4}}\s*+)?)?(?:[.;:,!?—–―]|$)", re.I)


def done_times(r: Reader, fig: Span) -> bool:
    """Return whether "N times" closes its clause (but for a time) after a verb of saying, meeting or visiting and
    its object, with no verb of paying or changing (or "by") right before it and nothing of a payment between the
    verb and the count: a count of how often, not a multiple (frames68: "mentioned a $5 billion rise at least 20
    times", "met his counterpart nine times this year"; review69 finding 1: "said Korea should boost its payment
    five times" is a multiple of the payment).

    >>> texts = ("Kim met his counterpart nine times this year.", "Kim said the sum should increase five times.",
    ...          "Kim said Seoul pays five times the 1991 sum.", "Kim said Seoul should boost its payment five times.",
    ...          "A bomber flew near the South five to six times last year.")
    >>> [done_times(r, r.spans_in(0, len(r.text), "multiplier")[0]) for r in map(Reader, map(annotate_text, texts))]
    [True, False, False, False, True]
    """
    c0, _ = r.clause(fig, strong=True)
    back = max(c0, fig.start - win.DONE_VERB_BACK)
    verb = _DONE_VERB.search(r.text, back, fig.start)
    return (verb is not None and _TIMES_TAIL.match(r.text, fig.end) is not None
            and _MULTIPLE_BEFORE.search(r.text, max(back, fig.start - win.TIMES_VERB_BACK), fig.start) is None
            and not any(w.search(r.text, verb.end(), fig.start) for w in (_PAYMENT, _SMA_WORDS)))


#: Between a multiple and the amount that restates its sum: its own phrase, then ", or (about)" ("a five-fold
#: increase in contributions, or about $5 billion"); no figure, clause end or verb of its own between.
_MULTIPLE_OR = re.compile(r"[^.;:\d—–―]{0,60}?,\s*or\s+(?:" + _HEDGE + r")?", re.I)


def multiple_restated(r: Reader, fig: Span, amount: Span) -> bool:
    """Return whether an amount right after a multiple restates the multiple's sum after ", or" ("seeking a five-fold
    increase in Seoul's contributions, or about $5 billion"): the amount is what the multiple comes to, so the
    multiple keeps the reading of its clause (a demand word before it governs it).

    >>> r = Reader(annotate_text("They sought a five-fold increase in its share, or about $5 billion a year."))
    >>> multiple_restated(r, r.spans_in(0, len(r.text), "multiplier")[0], r.spans_in(0, len(r.text), "money")[0])
    True
    """
    return (amount.start > fig.end and _MULTIPLE_OR.fullmatch(r.text, fig.end, amount.start) is not None
            and not r.figures_in(fig.end, amount.start))  # the bounded gap first: not every amount's list (speed57b)


def conditional_multiple(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is under a condition: in an "if"/"unless" clause or an inverted condition opening
    its sentence ("Were the troops to double, Seoul would pay X"), or in a counterfactual clause (claims18).

    >>> texts = ("Were the troops to double, Seoul would pay some 2.5 trillion won a year.",
    ...          "Seoul's payment doubled from 2009 to 2019.")
    >>> [conditional_multiple(r, r.spans_in(0, len(r.text), "multiplier")[0])
    ...  for r in map(Reader, map(annotate_text, texts))]
    [True, False]
    """
    c0, _ = r.clause(fig, strong=True)
    s0, _ = r.sentence_of(fig)
    return (_IF.search(r.text, c0, fig.start) is not None or counterfactual(r, fig)
            or (_INVERTED_IF.match(r.text, s0) is not None and first_stop(r, s0) >= fig.start))


def first_stop(r: Reader, start: int) -> int:
    """Return where the first clause stop (:data:`_CLAUSE_STOP`, one character) at or after ``start`` stands, else the
    text's length: no stop stands in [start, x) exactly when it is ``x`` or more. Found once per start (each multiple
    of a run-on sentence opened by "Had ..." searched the sentence from its start: quadratic).

    >>> r = Reader(annotate_text("Had Seoul paid double, it would pay less."))
    >>> r.text[first_stop(r, r.text.index("Had")):], first_stop(r, r.text.index("less")) == len(r.text) - 1
    (', it would pay less.', True)
    """
    key = ("stop", start)
    if key not in r.before:
        m = _CLAUSE_STOP.search(r.text, start)
        r.before[key] = m.start() if m else len(r.text)
    return r.before[key]


def first_other(r: Reader, start: int, chars: str | None = None) -> int:
    """Return where the first character at or after ``start`` that is not a blank (``chars`` None: what
    ``str.strip()`` strips) nor one of ``chars`` stands, else the text's length: ``r.text[start:x].strip(chars)`` is
    empty exactly when it is ``x`` or more. Found once per start (each title or figure of a run-on sentence copied the
    sentence from its start to strip it: quadratic, hunt32); the scan stops at the sentence's first word.

    >>> r = Reader(annotate_text('He said: \u201c(Seoul paid.'))
    >>> at = r.text.index("\u201c") - 1
    >>> r.text[first_other(r, at):][:2], r.text[first_other(r, at, " \u201c("):][:2]
    ('\u201c(', 'Se')
    >>> first_other(r, len(r.text)) == len(r.text)
    True
    """
    key = ("other", start, chars)
    if key not in r.before:
        i, text = start, r.text
        while i < len(text) and (text[i] in chars if chars is not None else text[i].isspace()):
            i += 1
        r.before[key] = i
    return r.before[key]


_PAID_THEN_OPEN = frozenset(("what", "the", "than", "as"))
_PAID_WORDS = frozenset(("paid", "spent", "contributed", "gave"))


def paid_then_year(r: Reader, fig: Span) -> int | None:
    """Return the year of a past payment a multiple of the present is counted from ("Seoul now pays twice what it paid
    in 2009"): the multiple's stretch says "now" (:func:`present_own`), and within a few words after it, with no
    figure or clause mark between, "what"/"the"/"than"/"as", a verb of paying in the past and a date of one year; else
    None (years47).

    >>> r = Reader(annotate_text("Seoul now pays twice what it paid in 2009.", "2026-02-10"))
    >>> paid_then_year(r, r.spans_in(0, len(r.text), "multiplier")[0])
    2009
    >>> r = Reader(annotate_text("Seoul paid twice what it paid in 2009.", "2026-02-10"))
    >>> paid_then_year(r, r.spans_in(0, len(r.text), "multiplier")[0]) is None
    True
    """
    if not present_own(r, fig):
        return None
    year = paid_in_year(r, fig)
    return year if year is not None and year < r.published.year else None


def paid_in_year(r: Reader, fig: Span) -> int | None:
    """Return the year of the past payment named within a few words after a multiple ("twice what it paid in 2009",
    "the amount Seoul paid in 2019"), with no figure or clause mark between; else None (:func:`paid_then_year`).

    >>> r = Reader(annotate_text("It is twice what it paid in 2009; three times what it will pay.", "2026-02-10"))
    >>> [paid_in_year(r, m) for m in r.spans_in(0, len(r.text), "multiplier")]
    [2009, None]
    """
    _, s1 = r.local(fig)
    dates = [d for d in r.spans_in(fig.end, min(s1, fig.end + win.PAID_THEN_DATE), "date") if len(date_years(d)) == 1]
    if not dates or r.figures_in(fig.end, dates[0].start):
        return None
    gap = r.text[fig.end:dates[0].start]
    words = gap.lower().split()
    if not words or words[0] not in _PAID_THEN_OPEN or not _PAID_WORDS & set(words) or any(
            c in _THAN_STOP for c in gap):
        return None
    return date_years(dates[0])[0]


#: A year's payment as the subject a multiple is said of, up to the multiple: "Seoul's 2026 payment will be (about)",
#: "South Korea's 2021 contribution was", "the 2026 share is" (frames65); up to ``PAYMENT_MODIFIERS`` words between
#: the year and the noun ("the 2026 cost-sharing payment"), the government as owner, "outlay" (mendf66).
PAYMENT_MODIFIERS = 2
#: How far before a multiple its subject ("the Korean government's 2026 payment will be about") is looked for.
YEAR_PAYMENT_BACK = 80
_YEAR_PAYMENT_IS = re.compile(r"\b(?:(?:South\s++)?Korea['’]s|Seoul['’]s|Korean\s++government['’]s|its|the)\s++"
                              rf"(?P<year>(?:19|20)\d\d)\s++(?:[\w-]++\s++){{0,{PAYMENT_MODIFIERS}}}?"
                              r"(?:payment|contribution|share|bill|outlay)\s++(?:is|was|will\s++be|would\s++be|stands\s++at|"
                              r"came\s++to)\s++(?:(?:" + HEDGE_WORDS + r"|more\s++than|over|nearly|almost)\s++)?$",
                              re.I)


def year_payment_subject(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the match of a year's payment as the subject right before a multiple, within its clause and
    ``YEAR_PAYMENT_BACK`` characters (:data:`_YEAR_PAYMENT_IS`), else None (review67 finding 9: one search for
    :func:`payment_subject_year` and :func:`other_payer_multiple`).

    >>> r = Reader(annotate_text("Its 2026 payment will be twice that.", "2025-11-20"))
    >>> year_payment_subject(r, r.spans_in(0, len(r.text), "multiplier")[0])["year"]
    '2026'
    """
    c0, _ = r.clause(fig, strong=True)
    return _YEAR_PAYMENT_IS.search(r.text, max(c0, fig.start - YEAR_PAYMENT_BACK), fig.start)


def payment_subject_year(r: Reader, fig: Span) -> int | None:
    """Return the year of the payment a multiple is said of when the subject right before it names one ("Seoul's 2026
    payment will be about one and a half times what it paid in 2019": 2026), else None (frames65).

    >>> r = Reader(annotate_text("Seoul's 2026 payment will be about 1.5 times what it paid in 2019.", "2025-11-20"))
    >>> payment_subject_year(r, r.spans_in(0, len(r.text), "multiplier")[0])
    2026
    """
    m = year_payment_subject(r, fig)
    return int(m["year"]) if m else None


#: The preposition right before a side ("to the U.S.", "in Korea", "by Japan"): one pattern for the list heads and the
#: payers of a multiple, each reading its own set of prepositions.
PREP_BEFORE_SIDE = re.compile(r"\b(?P<prep>in|into|on|of|to|with|from|for|toward|towards|against|by)\s++(?:the\s++)?$",
                              re.I)
#: The prepositions that make a side the one paid or dealt with, not a payer ("paid to the U.S.", "a deal with
#: Washington", "a pact from Tokyo"); "by" after a verb of paying makes it the agent ("paid by Japan"; review67
#: finding 2).
_PARTNER_PREPS = frozenset({"to", "with", "from", "for", "toward", "towards", "against"})
#: How far before a side the preposition that makes it a partner or an agent is looked for.
PARTNER_BACK = 14


def payer_sides(r: Reader, sides: list[tuple[int, str]], verb: int | None = None) -> list[tuple[int, str]]:
    """Return the sides of ``sides`` that may be a payer: not after a preposition of a partner or a recipient ("to
    the U.S.", "with Washington"), and, when ``verb`` is the end of a verb of paying, not its object after it ("what
    it paid Washington") unless its agent ("paid by Japan"; review67 finding 2).

    >>> r = Reader(annotate_text("Seoul made a deal with Tokyo. It paid the U.S., as much as paid by Japan."))
    >>> [c for _, c in payer_sides(r, named_countries(r, 0, len(r.text)), r.text.index("paid") + 4)]
    ['KR', 'JP']
    """
    out = []
    for pos, country in sides:
        prep = _prep_before(r.text, max(0, pos - PARTNER_BACK), pos)
        if prep == "by" or (prep not in _PARTNER_PREPS and (verb is None or pos < verb)):
            out.append((pos, country))
    return out


def _prep_before(text: str, start: int, pos: int) -> str | None:
    """Return the preposition (lower case) right before a side at ``pos`` (read from ``start``), else None.

    >>> t = "paid to the U.S. and troops in Korea and Seoul"
    >>> [_prep_before(t, 0, t.index(w)) for w in ("U.S.", "Korea", "Seoul")]
    ['to', 'in', None]
    """
    m = PREP_BEFORE_SIDE.search(text, start, pos)
    return m["prep"].lower() if m else None


def _paid_verb_end(gap: str, at: int) -> int | None:
    """Return where the first verb of paying in ``gap`` (which starts at ``at`` in the text) ends, or None.

    >>> _paid_verb_end(" what it paid to Seoul in ", 10)
    23
    """
    m = re.search(r"\b(?:" + "|".join(sorted(_PAID_WORDS)) + r")\b", gap, re.I)
    return at + m.end() if m else None


def _korea_pays(r: Reader, sides: list[tuple[int, str]], start: int, verb: int) -> bool:
    """Return whether the subject of the verb of paying ending at ``verb`` is Korea: a Korean side named between
    ``start`` and the verb, or "it" right before it, with no other side there (review67 finding 2); an unknown
    subject ("what Italy paid to the U.S.") is not.

    >>> r = Reader(annotate_text("It is twice what it paid to the U.S. and what Italy paid to the U.S."))
    >>> [_korea_pays(r, named_countries(r, 0, len(r.text)), 0, r.text.index(w) + len(w)) for w in ("it paid",
    ...                                                                                              "Italy paid")]
    [True, False]
    """
    before = [c for pos, c in sides if start <= pos < verb]
    if any(c != "KR" for c in before):
        return False
    return bool(before) or re.search(r"\bit\s++\w++$", r.text[max(start, verb - PARTNER_BACK):verb]) is not None


def other_payer_multiple(r: Reader, fig: Span) -> bool:
    """Return whether a multiple of one year's payment over another's names a payer other than Korea on either side:
    a side named between the multiple and the year it counts from ("what Japan paid in 2019", "what the U.S. paid in
    2019"), or, for "its/the 2026 payment", the side named last before it in its sentence or the one before ("Japan
    signed a deal; its 2026 payment ..."): another's ratio, or Seoul's over another's, is not checkable (mendf66).

    >>> texts = ("Tokyo signed a deal; its 2026 payment will be three times what it paid in 2019.",
    ...          "Seoul's 2026 payment will be three times what Japan paid in 2019.",
    ...          "Seoul signed a deal; its 2026 payment will be 1.5 times what it paid in 2019.")
    >>> [other_payer_multiple(r, r.spans_in(0, len(r.text), "multiplier")[0])
    ...  for r in map(Reader, (annotate_text(t, "2025-11-20") for t in texts))]
    [True, True, False]
    """
    _, s1 = r.local(fig)
    dates = [d for d in r.spans_in(fig.end, min(s1, fig.end + win.PAID_THEN_DATE), "date") if len(date_years(d)) == 1]
    if dates:
        sides = named_countries(r, fig.end, dates[0].start)
        verb = _paid_verb_end(r.text[fig.end:dates[0].start], fig.end)
        if verb is not None and _korea_pays(r, sides, fig.end, verb):  # "what it paid to the U.S. in 2019"
            sides = payer_sides(r, sides, verb)
        if any(c != "KR" for _, c in sides):
            return True
    m = year_payment_subject(r, fig)
    if m is None or not re.match(r"its|the", m[0], re.I):
        return False
    sides = named_countries(r, with_sentence_before(r, fig)[0], m.start())
    payers = payer_sides(r, sides) or sides  # "Seoul reached a deal with Washington; its": Seoul's
    return bool(payers) and payers[-1][1] != "KR"


def multiple_frame(r: Reader, fig: Span) -> Frame:
    """Return the frame of a multiple: a count of times or a multiple of another country's payment is another
    quantity; else a ratio, asked when a demand word governs it and no amount in its sentence is its target.

    >>> r = Reader(annotate_text("In 2019 the US asked Tokyo to triple what it pays.", "2020-01-01"))
    >>> multiple_frame(r, r.spans_in(0, len(r.text), "multiplier")[0]).quantity
    'other'
    >>> f = multiple_frame(*figure_in("Seoul paid 1.14 times its 2019 payment that year."))
    >>> f.bound, f.period
    ('period', 'that year')
    """
    years, how = own_multiple_year(r, fig, *bind_years(r, fig))
    base = base_year_of_multiple(r, fig) if how == "period" else None
    after = multiple_time_after(r, fig, base) if base is not None else None  # mendfd72: "its 2019 payment that year"
    period = after if isinstance(after, str) else None
    if (_count_of_times(r, fig) or third_payer(r, fig) or other_base(r, fig) or counted_subject(r, fig)
            or area_base(r, fig) or rate_base(r, fig) or other_payer_multiple(r, fig) or quantity_subject(r, fig)
            or rise_of_other(r, fig) or generic_payers(r, fig) or own_forces_spending(r, fig)  # verd57
            or rise_base(r, fig) or raised_costs(r, fig)):
        return Frame("other", years, None, "reported", how, period=period)
    amounts = [m for m in r.spans_in(*r.local(fig), "money") if not payment_than_multiple(r, m)
               and not payment_of_base(r.text, fig.end, m.start)  # fix50i: "N times Seoul's payment of X"
               and not raised_base(r, m) and not clause_before(r, m, fig)  # "increase its payment of X by five-fold"
               and not multiple_restated(r, fig, m)]  # "a five-fold rise, or about $5 billion": the rise's own sum
    intent = _intent(r, fig) if not amounts else apposed_demand(r, fig, amounts) or asked_target(r, fig, amounts)
    # "demanded five times more than
    # its payment of X" (no intent); "insisted Seoul pay X, a fivefold increase": the ask's multiple
    asked = "demand" if intent and intent[0] == "demand" else "reported"  # "the five-fold rise it demands"
    if asked == "reported" and conditional_multiple(r, fig):
        asked = "hypothetical"  # claims18: "Were the troops to double, ...": no fact of a multiple
    since = since_year(r, fig, years) if asked == "reported" and not amounts else None  # "has tripled since 2014"
    then = paid_then_year(r, fig) if asked == "reported" and not amounts and since is None else None
    if then is not None:  # years47: "Seoul now pays twice what it paid in 2009": now on 2009
        years, how, since = (r.published.year,), "publication", then
    subject = payment_subject_year(r, fig) if asked == "reported" and not amounts and since is None else None
    then = paid_in_year(r, fig) if subject is not None else None
    if then is not None and then < subject:  # frames65: "Seoul's 2026 payment will be 1.5 times what it paid in 2019"
        years, how, since = (subject,), "phrase", then
    return Frame("ratio", years, find_actor(r, fig, skip_payer=True) if intent else None,
                 _modality(r, fig, asked), how, since=since, period=period if how == "period" else None)


#: Between an amount and a multiple in apposition to it: a few words of the amount's phrase, a comma, "a"/"an" ("pay
#: $5 billion more annually, a fivefold increase").
_APPOSED_MULTIPLE = re.compile(r"(?<![ \t])(?:[ \t]++[a-z]++){0,2}+,[ \t]++(?:a|an)[ \t]++")


def apposed_demand(r: Reader, fig: Span, amounts: list[Span]) -> Intent | None:
    """Return the demand a multiple restates when it stands in apposition right after an amount framed as asked
    ("Trump insisted Seoul pay $5 billion more annually, a fivefold increase from the $900 million it paid": the
    multiple is the ask's, fresh79v), else None.

    >>> r = Reader(annotate_text("Trump insisted Seoul pay $5 billion more, a fivefold increase. Seoul paid $1 billion,"
    ...                          " a fivefold increase."))
    >>> [apposed_demand(r, f, r.spans_in(*r.local(f), "money")) is not None for f in r.spans_in(0, len(r.text),
    ...  "multiplier")]
    [True, False]
    """
    before = [m for m in amounts if m.end <= fig.start]
    if not before or not _APPOSED_MULTIPLE.fullmatch(r.text, before[-1].end, fig.start):
        return None
    q = _money_quantity(r, before[-1])
    return Intent("demand", q.cue) if q.quantity == "demand" and q.cue is not None else None


#: Between a multiple and the level it brings a sum to: the sum's noun phrase (a few words) and "to", a hedge allowed
#: ("double its contribution to $1.6 billion", "triple the payment to about $3 billion").
_MULTIPLIED_TO = re.compile(rf"(?<![ \t])[ \t]++(?:[\w'’-]++[ \t]++){{0,{win.MULTIPLIED_TO_WORDS}}}?to[ \t]++"
                            rf"(?:(?:{BASE_HEDGES})[ \t]++)?")


def asked_target(r: Reader, fig: Span, amounts: list[Span]) -> Intent | None:
    """Return the demand of the level a multiple brings a sum to, when that level is framed as asked ("Trump
    demanded Seoul double its contribution to $1.6 billion": the multiple is asked as its target is), else None
    (verd90v); a target paid ("Seoul doubled its payment to $1.6 billion") leaves the multiple reported.

    >>> r = Reader(annotate_text("Trump demanded Seoul double its share to $1.6 billion. Seoul doubled its share to "
    ...                          "$1.6 billion."))
    >>> [asked_target(r, f, r.spans_in(*r.local(f), "money")) is not None for f in r.spans_in(0, len(r.text),
    ...  "multiplier")]
    [True, False]
    """
    after = [m for m in amounts if m.start >= fig.end]
    if not after or not _MULTIPLIED_TO.fullmatch(r.text, fig.end, after[0].start):
        return None
    q = _money_quantity(r, after[0])
    return Intent("demand", q.cue) if q.quantity == "demand" and q.cue is not None else None


#: What a multiple is set against: after it ("as much as X", "than X") or a comparison opening its sentence.
_BASE_AFTER = re.compile(r"[^.;:—–―]{0,30}?\b(?:as\s+(?:much|large|big|high)\s+as|than|compared\s+(?:to|with))\s"
                         r"[^.;:—–―]{1,80}", re.I)
_BASE_BEFORE = re.compile(r"[^\w]*+(?:compared\s+(?:to|with)|relative\s+to|against)\s[^,;:]{1,80},", re.I)
#: A base right after a multiple, its noun phrase to the clause's end ("double the current defence budget", "twice
#: its GDP"): read for another quantity only. It stops at a word that opens a circumstance or a source, not the
#: base ("the sum it gave in 2018 despite the slowing economy", "the current sum from its defense budget": review69
#: finding 6).
_BASE_RIGHT = re.compile(r"(?<!\s)\s++(?:the|its|their)\s++(?:(?!(?<!\w)(?:despite|amid|as|while|from)\b)[^.;:,—–―])"
                         rf"{{1,{win.BASE_RIGHT_AHEAD}}}+", re.I)
#: The words of another quantity that are too broad to make a base right after a multiple one ("the sum it gave …
#: despite the slowing economy", "… amid falling approval"), as :data:`_SUBJECT_QUANTITIES` leaves "other" out.
_BROAD_OTHER = (r"econom\w+", r"capped", r"cap\s+of", r"ceiling", r"approval", r"polls?", r"votes?", r"sales")
#: The cues of another quantity a base right after a multiple may name: a defence budget, tariffs, and the narrow
#: words of "other" ("twice its GDP", "double its exports").
_RIGHT_BASE_CUES = (*(p for q, p in _OTHER_CUES if q in ("defence_budget", "tariffs")),
                    re.compile(r"\b(?:" + "|".join(w for w in _OTHER_WORDS if w not in _BROAD_OTHER) + r")\b", re.I))
#: The verbs of handing money over that :data:`_PAYMENT` lacks: a base "the sum it gave in 2018" is the payment.
_GAVE = re.compile(r"\b(?:gave|giv(?:e|es|en|ing)|hand(?:s|ed|ing)?)\b", re.I)
#: A base that is a time or a condition ("as much as under Obama", "than in 2019"), not another party.
_TIME_BASE = re.compile(r"\b(?:as|than|to|with)\s+(?:under|during|in|since|before|after|at|when|while)\b", re.I)
#: Quantities a base of a multiple may name that the data do not hold (not troops or wages, which Seoul pays for).
_BASE_QUANTITIES = ("defence_budget", "tariffs", "other")


#: A count as a clause's subject: "the number of guards", "the total number of visits" (not "a number of ...").
_NUMBER_OF = re.compile(r"\bthe\s+(?:total\s+|overall\s+)?number\s+of\b", re.I)


def counted_subject(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is of a count named in its clause before it ("The number of guards more than
    tripled"), with no payment or cost-sharing word between: the data hold no counts.

    >>> texts = ("The number of guards more than tripled, to 110.", "A number of aides said the payment tripled.",
    ...          "The number of years aside, Seoul's payment tripled.")
    >>> readers = [Reader(annotate_text(t)) for t in texts]
    >>> [counted_subject(r, r.spans_in(0, len(r.text), "multiplier")[0]) for r in readers]
    [True, False, False]
    """
    c0, _ = r.clause(fig, strong=True)
    m = _NUMBER_OF.search(r.text, c0, fig.start)
    return m is not None and not (_SMA_WORDS.search(r.text, m.end(), fig.start)
                                  or _PAYMENT.search(r.text, m.end(), fig.start))


#: Quantities a multiple's subject may name that the data do not hold ("defense spending would double", "tariffs
#: could triple"); not "other", whose cues are too many to stand as a subject.
_SUBJECT_QUANTITIES = ("defence_budget", "tariffs", "wages")  # cfix50: "labor costs have doubled"


#: A relative aside open at a cue ("…, which comes out of its defense budget"): what it names is no subject of the
#: clause (review69 finding 7).
_ASIDE_OPEN = re.compile(r",\s*+(?:which|that|who|whose)\b", re.I)


def _in_aside(text: str, start: int, a: int, b: int, end: int) -> bool:
    """Return whether the words in [a, b) stand in a relative aside opened by a comma after ``start`` and closed by a
    comma before ``end`` (review69 finding 7).

    >>> t = "Seoul must raise its share, which comes out of its defense budget, fivefold."
    >>> _in_aside(t, 0, t.index("defense"), t.index(", five"), t.index("fivefold")), _in_aside(t, 0, 0, 5, 70)
    (True, False)
    """
    comma = text.rfind(",", start, a)
    return comma >= 0 and _ASIDE_OPEN.match(text, comma) is not None and "," in text[b:end]


def quantity_subject(r: Reader, fig: Span) -> bool:
    """Return whether a multiple's clause names another quantity before it ("defense expenditure should nearly
    double", "tariffs could triple", "labor costs have doubled", a cost another side owns: "the US cost of its garrison
    has tripled", cfix50) with no payment or cost-sharing word between, nor after it in its clause unless the multiple
    is a verb of its subject ("have doubled"): the multiple is of that quantity (frames68); not a quantity inside a
    relative aside that a comma closes before the multiple (review69 finding 7).

    >>> def of_multiple(text):  # the first multiple of the text
    ...     r = Reader(annotate_text(text))
    ...     return quantity_subject(r, r.spans_in(0, len(r.text), "multiplier")[0])
    >>> of_multiple("Korea's defense expenditure should nearly double.")
    True
    >>> of_multiple("Despite tariffs, Seoul's payment may double.")
    False
    >>> of_multiple("Seoul must raise its share, which comes out of its defense budget, fivefold.")
    False
    >>> of_multiple("Labor costs have doubled since 2009 and now make up half of Seoul's payment."), of_multiple(
    ...     "The US cost of its Korea garrison has tripled."), of_multiple("Wages will be twice what Seoul paid.")
    (True, True, False)
    """
    c0, c1 = r.clause(fig, strong=True)
    start = max(c0, fig.start - win.SUBJECT_QUANTITY_BACK)
    cues = [p for q, p in _OTHER_CUES if q in _SUBJECT_QUANTITIES]
    ends = [m.end() for p in cues for m in p.finditer(r.text, start, fig.start)
            if not _in_aside(r.text, start, m.start(), m.end(), fig.start)]
    side = side_cost_end(r, start, fig.start)
    ends += [] if side is None else [side]  # cfix50: "The US cost of keeping its troops there has tripled"
    after = fig.start if _MULTIPLE_VERB.fullmatch(fig.exact) else c1  # cfix50: "have doubled since 2009 and now
    # make up half of Seoul's payment": a verb's base is its subject's own earlier sum, not a payment named after it
    return bool(ends) and not any(w.search(r.text, max(ends), fig.start) or w.search(r.text, fig.end, after)
                                  for w in (_SMA_WORDS, _PAYMENT))  # mendf66: "1.5 times what it paid"


#: A multiple told as a verb of its subject: "doubled", "has tripled", "quadrupled" (its base is what the subject was).
_MULTIPLE_VERB = re.compile(r"(?:doubl|tripl|quadrupl|quintupl)(?:ed|es|ing)", re.I)


def other_base(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is set against another quantity or another country ("three times the 15% growth
    of GDP", "twice as much as Norway") with no payment word in that base: the data hold neither.

    >>> r = Reader(annotate_text("It spends more on defence, twice as much as Japan; twice as much as it paid."))
    >>> [other_base(r, m) for m in r.spans_in(0, len(r.text), "multiplier")]
    [True, False]
    """
    s, e = r.near(fig)
    right = _BASE_RIGHT.match(r.text, fig.end, e)  # frames68: "nearly double the current defense expenditure"
    if right is not None and not any(w.search(right.group()) for w in (_SMA_WORDS, _PAYMENT, _GAVE)) and any(
            p.search(right.group()) for p in _RIGHT_BASE_CUES):  # review69 finding 6: "the sum it gave"
        return True
    for m in (_BASE_AFTER.match(r.text, fig.end, e), _BASE_BEFORE.match(r.text, s, fig.start)):
        if m is None or _SMA_WORDS.search(m.group()) or _PAYMENT.search(m.group()):
            continue
        if any(p.search(m.group()) for q, p in _OTHER_CUES if q in _BASE_QUANTITIES):
            return True
        if any(c not in ("KR", "US") for _, c in named_countries(r, m.start(), m.end())):
            return True
        if not _TIME_BASE.search(m.group()) and unlisted_name(r, m.start(), m.end()):
            return True  # not "as much as under Obama": a time, not another party
    return False


# real52c (session 52, at the 148th batch's "five times the size of Yeouido"): a multiple of a place's size or area.

#: The nouns of a place or a ground whose size a multiple may be of ("Gimpo airport", "a football field").
_PLACE_NOUN = (r"(?:field|pitch|stadium|park|island|city|town|village|district|county|province|state|country|airport|"
               r"campus|neighbou?rhood|course)s?")
#: A word of a place's name: "Yeouido", "Ho", "D.C." (case-sensitive where it is used); not one capital ("S." of
#: "S. Korea's"), an initialism's own dot kept (mend52c: "the size of U.S. outlays" names no place).
_PLACE_WORD = r"[A-Z](?:[a-z0-9-]{1,30}+|(?:\.[A-Z]){1,3}+\.?+)"
#: Right after a multiple, the size or area of a place as its base: "the size of Yeouido", "the area of Central Park",
#: "the size of a football field" (a name ending its phrase, not a possessive: "the size of Seoul's payment").
_AREA_BASE = re.compile(
    r"(?<![ \t])[ \t]++(?:the[ \t]++)?(?:(?:land|total|surface)[ \t]++)?(?:size|area|acreage|footprint|landmass)"
    rf"[ \t]++of[ \t]++(?:(?-i:(?:{_PLACE_WORD}[ \t]++){{0,3}}{_PLACE_WORD})"
    rf"(?:[ \t]++{_PLACE_NOUN})?(?![\w'’])"
    rf"(?=[ \t]*+(?:[,;:)—–\n]|{PLACE_STOP}|$)|[ \t]++(?:and|or|in|on|at|with|which|where|while|but)\b)"
    rf"|an?[ \t]++(?:[\w-]++[ \t]++){{0,2}}?{_PLACE_NOUN}\b)", re.I)


def area_base(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is of a place's size or area, named right after it ("five times the size of
    Yeouido", "twice the area of a football field"): a land area, which the data never hold, so another quantity
    (tests/corpus/README.md: an area comparison is `other`, not_checkable); not a base with a payment, a cost-sharing
    word or an amount ("five times the size of Seoul's payment", "the size of the SMA").

    >>> [area_base(*figure_in(t)) for t in ("Camp Tolvig is five times the size of Yeouido.",
    ...     "The depot is about twice the area of a soccer field.",
    ...     "Washington wants five times the size of Seoul's payment.",
    ...     "The ask is three times the size of the 2019 SMA.")]
    [True, True, False, False]
    """
    m = _AREA_BASE.match(r.text, fig.end)
    return m is not None and not (_SMA_WORDS.search(m.group()) or _PAYMENT.search(m.group())
                                  or r.spans_in(m.start(), m.end(), "money"))


#: Between a multiple and the figure it multiplies: "double the 2 percent target", "twice its".
_RIGHT_AGAINST = re.compile(r"(?<!\s)\s*+(?:the\s++|its\s++|their\s++)?")


def rate_base(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is set right against a percent that is a share or rate of another quantity ("5
    percent of GDP, more than double the 2 percent target"; "double the 25 percent tariff"): the multiple is of that
    share or rate, not of the payment (claims43).

    >>> texts = ("It backed 5 percent of GDP, more than double the 2 percent target.",
    ...          "Its 13.9 percent rise was nearly double the 8.2 percent rise of 2019.")
    >>> [rate_base(r, r.spans_in(0, len(r.text), "multiplier")[0]) for r in map(Reader, map(annotate_text, texts))]
    [True, False]
    """
    gap = _RIGHT_AGAINST.match(r.text, fig.end)
    nxt = next((m for m in r.figures_in(*r.near(fig)) if gap and m.start == gap.end()), None)
    return (nxt is not None and nxt.kind == "percent" and not nxt.value.get("direction")
            and (_SHARE.match(r.text, nxt.end) is not None or bool(headed_other(r, nxt) or share_level(r, nxt))))




def unlisted_name(r: Reader, start: int, end: int) -> bool:
    """Return whether [start, end) holds a capitalised word that is no person, organisation, date or side of the
    talks, past its first word ("as much as Trump's ally, Norway": Norway), so names some other party.

    >>> r = Reader(annotate_text("It is as much as Trump's ally, Norway, and as much as Seoul in January."))
    >>> cut = r.text.index(", and")
    >>> unlisted_name(r, r.text.index("as much"), cut), unlisted_name(r, cut, len(r.text))
    (True, False)
    """
    for m in _CAPITALISED.finditer(r.text, start, end):
        near = r.spans_in(max(0, m.start() - win.CAPITALISED_NEAR), m.end() + win.CAPITALISED_NEAR,
                          "person", "org", "date", "place")
        if m.start() == start or any(x.start < m.end() and m.start() < x.end for x in near):
            continue
        if _TALKS_SIDE.search(m.group()) or any(p.search(r.text, max(0, m.start() - 6), m.end() + 10)
                                                for _, p in _SIDE_WORDS):
            continue
        return True
    return False


#: Right before an amount, "the pre-2019 figure of", "its pre-2019 level of": the sum of the year before that year.
_PRE_YEAR = re.compile(r"\bpre-(?P<year>(?:19|20)\d\d)[ \t]++(?:figure|level|sum|amount|payment|contribution|share)"
                       r"[ \t]++of[ \t]++$", re.I)


def pre_year(r: Reader, fig: Span, quantity: str) -> tuple[tuple[int, ...], str] | None:
    """Return the year of a payment named as the one before a year ("a fivefold increase from the pre-2019 figure of
    $900 million": 2018's, fresh79v), bound as its phrase's, else None.

    >>> r = Reader(annotate_text("Seoul pays more than the pre-2019 figure of $900 million.", "2024-12-22"))
    >>> [(f.exact, pre_year(r, f, "sma_payment")) for f in r.figures_in(0, len(r.text))]
    [('$900 million', ((2018,), 'phrase'))]
    """
    if quantity != "sma_payment":
        return None
    m = _PRE_YEAR.search(r.text, max(0, fig.start - win.PRE_YEAR_BACK), fig.start)
    return ((int(m.group("year")) - 1,), "phrase") if m else None


def asked_rise_from(r: Reader, fig: Span, quantity: str) -> bool:
    """Return whether a percent of an ask is counted from a dated base in its own phrase ("pressing Seoul to pay X, a
    49 percent increase from what it paid last year"): the ask is of the year after the base, as a rise of the
    payment is (:func:`_change_years`), not of the base's year (fresh90v).

    >>> r = Reader(annotate_text("Vell wants Ostria to pay $2 billion, a 40 percent rise from what it paid in 2019."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> asked_rise_from(r, fig, "demand"), frame_of(r, fig).years
    (True, (2020,))
    >>> r = Reader(annotate_text("Vell wants Ostria to pay 40 percent more in 2021."))
    >>> asked_rise_from(r, r.spans_in(0, len(r.text), "percent")[0], "demand")
    False

    A target year the sentence names ("for 2021", "in 2021") is the year the text fixes (mend90v):

    >>> r = Reader(annotate_text("Vell wants a 40 percent rise for 2021 from what Ostria paid in 2019."))
    >>> asked_rise_from(r, r.spans_in(0, len(r.text), "percent")[0], "demand")
    False
    """
    if quantity != "demand" or fig.kind != "percent":
        return False
    base = base_date(r, fig)
    return base is not None and (not target_year(r, fig, base) or paid_in_target(r, fig, base) is not None)


def target_year(r: Reader, fig: Span, base: Span) -> bool:
    """Return whether the figure's sentence names a whole year with "for" or "in" other than ``base``, the date a
    change is counted from ("pay $1.3 billion in 2021, a 25 percent increase from what it paid in 2019"): the year of
    an ask the text fixes (mend90v).

    >>> r = Reader(annotate_text("Vell wants a 40 percent rise for 2021 from what Ostria paid in 2019."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> target_year(r, fig, base_date(r, fig))
    True

    A year told as the time the sum is paid ("the sum to be paid in 2020") is the payment's year, which the ask is
    of, not a target apart from its base (review92 finding 3), when it is the year after the base, the asked rise's
    own; another paid-in year is a target like "for 2021" (review93 finding 3):

    >>> r = Reader(annotate_text("Vell wants a 40 percent rise from what Ostria paid in 2019, the sum due in 2020."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> target_year(r, fig, base_date(r, fig)), frame_of(r, fig).years
    (False, (2020,))
    >>> r = Reader(annotate_text("Vell wants a 40 percent rise from what Ostria paid in 2019, the sum due in 2021."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> target_year(r, fig, base_date(r, fig))
    True
    """
    s, e = r.local(fig)
    return any(d.start != base.start and date_years(d) and (d.exact.lower().startswith(("in ", "for "))
                                                            or r.text.endswith(("for ", "in "), s, d.start))
               and not (told_paid_in(r, d) and date_years(d) == tuple(y + 1 for y in date_years(base)))
               for d in r.spans_in(s, e, "date"))


#: Right before a year, the time an amount is paid: "(to be) paid in", "payable in", "due in" (review92 finding 3).
_PAID_IN = re.compile(r"\b(?:paid|payable|due)[ \t]++in[ \t]++$", re.I)


def told_paid_in(r: Reader, d: Span) -> bool:
    """Return whether a date is told as the time an amount is paid ("the sum to be paid in 2020", "payable in 2020"):
    the year of that payment (review92 finding 3).

    >>> r = Reader(annotate_text("The sum to be paid in 2020 rose; the talks resumed in 2020."))
    >>> [told_paid_in(r, d) for d in r.spans_in(0, len(r.text), "date")]
    [True, False]
    """
    end = d.start + 3 if d.exact.lower().startswith("in ") else d.start
    return _PAID_IN.search(r.text, max(0, d.start - win.PAID_IN_BACK), end) is not None


def paid_in_target(r: Reader, fig: Span, base: Span) -> int | None:
    """Return the year a sum is told as paid in (:func:`told_paid_in`) in a figure's sentence when it is later than the
    year after ``base``, the date a change is counted from ("a 49 percent rise from what Ostria paid in 2019, a sum to
    be paid in 2021": 2021, the target the text fixes, as "for 2021" is: review93 finding 3); else None.

    >>> r = Reader(annotate_text("Vell wants a 40 percent rise from what Ostria paid in 2019, the sum due in 2021."))
    >>> fig = r.spans_in(0, len(r.text), "percent")[0]
    >>> paid_in_target(r, fig, base_date(r, fig)), frame_of(r, fig).years
    (2021, (2021,))
    """
    last = (date_years(base) or (9999,))[-1]
    s, e = r.local(fig)
    return next((ys[0] for d in r.spans_in(s, e, "date") if d.start != base.start and len(ys := date_years(d)) == 1
                 and ys[0] > last + 1 and told_paid_in(r, d)), None)


def change_framed(r: Reader, fig: Span, quantity: str) -> bool:
    """Return whether a figure's years are read as a change's (:func:`_change_years`: "from <year>" means the year
    after): a change of the payment, a forecast or offered percent, or an ask counted from a dated base
    (:func:`asked_rise_from`).

    >>> r = Reader(annotate_text("Vell wants Ostria to pay 40 percent more than in 2019, and Ostria offers 5 percent."))
    >>> [change_framed(r, f, q) for f, q in zip(r.spans_in(0, len(r.text), "percent"), ("demand", "offer"))]
    [True, True]
    """
    return quantity == "sma_change" or (fig.kind == "percent" and quantity in ("forecast", "offer")) \
        or asked_rise_from(r, fig, quantity)


def frame_of(r: Reader, fig: Span) -> Frame:
    """Return the frame of one figure span (money, percent or multiplier).

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nTrump has said he would make Seoul pay $5 billion a year.", "2019-12-01"))
    >>> frame_of(r, r.figures_in(0, len(r.text))[0]).to_dict()
    {'quantity': 'demand', 'years': [2019], 'actor': 'donald-trump', 'modality': 'demand'}
    """
    if fig.kind == "multiplier":
        return multiple_frame(r, fig)
    quantity, modality, cue, loose = (_money_quantity if fig.kind == "money" else _percent_quantity)(r, fig)
    if quantity in ("sma_payment", "sma_change", "forecast") and (rejecter := _rejected_by(r, fig)) is not None:
        return _rejected_offer(r, fig, rejecter)
    # "should pay", "would have spent": the payer is its subject, not the one who asks ("Seoul must raise it to X" too)
    asks = cue is not None and "pay" not in r.text[cue:cue + win.CUE_PAY_WORD].lower() \
        and not _WOULD_PAY.match(r.text, cue) and not _DEONTIC.match(r.text, cue)
    asker = find_actor(r, fig, cue) if quantity == "demand" and asks else None
    if asker and r.country.get(asker) == "KR" and others_ask(r, fig, cue):
        asker = None  # "Seoul rejected the demand by Trump for X", "Seoul weighs the $X ask": the other side's
    if asker and r.country.get(asker) == "KR" and r.country.get(find_actor(r, fig, cue, skip_payer=True) or "") != "US":
        quantity, modality = "offer", "offer"  # what the paying side asks for is its offer (not "X demanded Seoul
        # raise it, asking for Y": there the US side asks)
    if change_framed(r, fig, quantity):
        years, how = _change_years(r, fig)
    else:
        years, how = bind_years(r, fig, whole_years=quantity not in ("demand", "offer"))
    years, how = pre_year(r, fig, quantity) or (((r.published.year,), "publication") if how == "relative" and (
        _AS_BASELINE.match(r.text, fig.end)) else (years, how))  # "next year's sum is set using X as a baseline"
    if quantity == "sma_payment" and how == "publication":
        years = (told_in_force(r, fig) or years[0],)  # frames65: "Seoul currently pays X": the payment in force
    if quantity == "sma_payment" and fig.kind == "money":
        years = listed_year(r, fig, year_series(r, fig, years))  # claims18: "in 2021 and 2022": both years; review18:
        # "X and Y in 2021 and 2022": one each
    if quantity == "sma_payment" and len(years) > 1 and _TOTAL_WORD.search(r.text, *r.clause(fig)):
        quantity = "sma_total"  # "a total of X from 2020 to 2021"
    years, how = total_term_years(r, fig, quantity, years, how)  # cfix40: "X over the five years of the eighth SMA"
    actor = find_actor(r, fig, cue, skip_payer=quantity == "demand")
    if actor is None and quantity == "demand":  # claims26: "the demand by Trump for X"
        actor = unnamed_asker(r, fig, cue)
    if quantity == "demand" and asked_of_other(r, fig, cue):
        quantity = "other"  # "asked Tokyo for X": another host's support, which the data do not hold
    respective = respective_country(r, fig)  # "Japan and Seoul paid X and Y, respectively": X is Japan's
    payer = ("KR" if respective == "KR" else "other") if respective else owner_country(r, fig) or (
        r.country.get(actor, "KR") if actor else (named_country(r, fig, cue) or "KR"))
    third = fig.kind == "money" and fig.value.get("currency") not in ("USD", "KRW", None)
    if others_outlook(r, fig, quantity, payer not in ("KR", "US") or third):
        quantity = "other"  # what another country pays its host-nation support (in yen, euros ...), or its rise
    seoul_pays = quantity in ("sma_payment", "sma_total", "sma_change")
    if (seoul_pays and (payer != "KR" or respective)) or (actor is None and (seoul_pays or quantity == "offer")):
        actor = "rok-government"  # under the SMA, Seoul pays
    elif respective:
        actor = None  # another payer of the list, which the gazetteer may not name
    s0, _ = r.local(fig)
    recalled = quantity == "demand" and (bool(_RECALL.search(r.text, s0, fig.start))
                                         or _past_demand(r, fig, years, how) or past_demand_noun(r, fig))
    deal = deal_of(r, fig) if fig.kind == "percent" else None
    if fig.kind == "percent" and quantity == "sma_change":
        years = average_span_years(r, fig, years) or since_yearly_years(r, fig, years) or years  # claims45, probe34
    since = base_year(r, fig, years) if fig.kind == "percent" and quantity == "sma_change" else None
    return Frame(quantity, years, actor, _modality(r, fig, modality), how, recalled, deal, since, loose=loose)


def others_outlook(r: Reader, fig: Span, quantity: str, foreign: bool) -> bool:
    """Return whether a payment, its total or its change is another country's (``foreign``: its payer is no side of
    the talks, or its currency a third one), or a forecast is another host's own sum, its possessive right before it
    or owning the payment noun its clause names ("Tokyo's host-nation support is expected to rise to $2.1 billion"):
    that host's, which the data do not hold (other54); a forecast of Seoul's payment, whoever foresees it, is none.

    >>> [others_outlook(*figure_in(t), "forecast", False) for t in ("Tokyo's host-nation support is expected to rise "
    ...     "to $2.1 billion.", "Japanese officials expect Seoul's payment to reach 1.5 trillion won.")]
    [True, False]
    """
    if quantity in ("sma_payment", "sma_total", "sma_change"):
        return foreign
    return quantity == "forecast" and owner_country(r, fig) not in (None, "KR", "US")


#: The paying side told it should pay more, before a suggestion of an amount: "Korea should cover more costs", "Seoul
#: must shoulder more of the cost", "Korea needs to pay more" (b51v).
_PAYER_SHOULD = re.compile(rf"\b{KOREA_PAYER}\s++(?P<should>should|must|ought\s++to|needs?\s++to|ha(?:s|d)\s++to)"
                           r"\s++(?:pay|cover|contribute|shoulder|bear|spend)\b", re.I)
#: A cue of suggesting an amount, whose subject may be either side: "suggesting" (b51v), "proposing", "floating",
#: "putting forward", "pitching" (gen61f).
_SUGGEST = re.compile(r"(?:suggest(?:ed|ing|s)?|propos(?:ed|ing|es|e)|float(?:ed|ing|s)?|pitch(?:ed|ing|es)?|"
                      r"put(?:s|ting)?\s++forward)\b", re.I)


def suggested_ask(r: Reader, fig: Span, name: str, pos: int) -> tuple[str, int]:
    """Return the intent (name, where its cue starts) of an amount: an offer cued by "suggest" after the payer is told
    in its clause it should pay more ("He claimed South Korea should cover more costs for U.S. troops, suggesting a
    $10 billion annual contribution") is the paid side's ask, cued where "should" stands (so the payer before it is
    not taken for the one who asks) (b51v); any other intent, and Seoul's own suggestion, as it is.

    >>> r = Reader(annotate_text("He said Seoul must shoulder more of the cost, suggesting $10 billion a year."))
    >>> suggested_ask(r, r.figures_in(0, len(r.text))[0], "offer", r.text.index("suggesting"))[0]
    'demand'
    >>> r = Reader(annotate_text("He said Korea should pay more, proposing a $10 billion annual contribution."))
    >>> suggested_ask(r, r.figures_in(0, len(r.text))[0], "offer", r.text.index("proposing"))[0]
    'demand'
    >>> r = Reader(annotate_text("Critics say Seoul should pay less; the government suggested 1.17 trillion won."))
    >>> suggested_ask(r, r.figures_in(0, len(r.text))[0], "offer", r.text.index("suggested"))[0]
    'offer'
    """
    if name != "offer" or not _SUGGEST.match(r.text, pos):
        return name, pos
    c0, _ = r.clause(fig, strong=True)
    should = _PAYER_SHOULD.search(r.text, c0, pos)
    return ("demand", should.start("should")) if should else (name, pos)


#: A word of suggesting at a word start, found in a clause (:func:`suggested_uncued`).
_SUGGEST_WORD = re.compile(r"\b" + _SUGGEST.pattern, re.I)


def suggested_uncued(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return the paid side's ask (name, where "should" stands) of an amount no intent word cues, when a word of
    suggesting that is no offer cue ("pitching", "floating") comes before it in its clause after the payer is told it
    should pay more ("Korea needs to pay more, pitching a $10 billion yearly payment") (gen61f); else None.

    >>> r = Reader(annotate_text("He said Korea needs to pay more, pitching a $10 billion yearly payment."))
    >>> suggested_uncued(r, r.figures_in(0, len(r.text))[0])[0]
    'demand'
    >>> r = Reader(annotate_text("Seoul pitched in 1.17 trillion won for 2020."))
    >>> suggested_uncued(r, r.figures_in(0, len(r.text))[0]) is None
    True
    """
    c0, _ = r.clause(fig, strong=True)
    cues = [m.start() for m in _SUGGEST_WORD.finditer(r.text, c0, fig.start)]
    if not cues:
        return None
    name, pos = suggested_ask(r, fig, "offer", cues[-1])
    return (name, pos) if name == "demand" else None


#: A participial clause of speech whose subject is a pronoun: ", saying (that) he had asked", ", adding she wanted".
_SAYING_PRONOUN = re.compile(r",\s*(?:saying|adding|claiming|noting|insisting|arguing|boasting|recalling)\s+"
                             r"(?:that\s+)?(?:he|she)\b", re.I)


def participle_subject(r: Reader, fig: Span) -> str | None:
    """Return who asks for a demanded amount told in a participial clause of speech with a pronoun subject ("Biden
    referred to the talks, saying he had asked South Korea to pay X"): the person of the US side named first in the
    figure's sentence before that clause, of whom "he" speaks (claims45); else None.

    >>> r = Reader(annotate_text("Joe Biden spoke of the talks, saying he had asked Seoul to pay $5 billion a year."))
    >>> participle_subject(r, r.figures_in(0, len(r.text))[0])
    'joe-biden'
    >>> r = Reader(annotate_text("Seoul spoke of the talks, saying he had asked it to pay $5 billion a year."))
    >>> participle_subject(r, r.figures_in(0, len(r.text))[0]) is None
    True
    """
    s, _ = r.local(fig)
    m = last_match(_SAYING_PRONOUN, r.text, s, fig.start)
    if m is None or r.spans_in(m.end(), fig.start, "person"):
        return None
    people = [str(_actor_id(p)) for p in r.spans_in(s, m.start(), "person") if _actor_id(p)]
    return people[0] if people and r.country.get(people[0]) == "US" else None


def unnamed_asker(r: Reader, fig: Span, cue: int | None) -> str | None:
    """Return who asks for a demanded amount when its clause names no actor: the agent of the demand noun ("the
    demand by Trump for X", claims26), a modifier, the lead's speaker, a title, the subject of a participle or of a
    pronoun ("..., though he had demanded X", clm28d), a correction's; else None.

    >>> r = Reader(annotate_text("Trump claimed he had pressed Seoul, though he had demanded $10 billion a year."))
    >>> unnamed_asker(r, r.figures_in(0, len(r.text))[0], r.text.index("demanded"))
    'donald-trump'
    """
    return (noun_agent(r, fig, cue) if cue is not None else None) or modified_asker(r, fig) or lead_speaker(
        r, fig) or president_named(r, fig) or participle_subject(r, fig) or corrected_actor(r, fig) \
        or pronoun_asker(r, fig, cue)


#: Right before a verb of asking, a pronoun subject: "though he had demanded X", "she then asked Seoul for X" (clm28d).
_PRONOUN_BEFORE_ASK = re.compile(r"\bhe\s++(?:(?:had|has|also|then|once|reportedly|repeatedly)\s++){0,2}$",
                                 re.I)


#: Right after a name, its possessive or a noun it modifies: the person is no subject ("Trump's negotiator", "the
#: Trump administration") (mend107).
_PERSON_MODIFIES = re.compile(r"['’]s?\b|(?<!\s)\s++(?:administration|government|team|campaign|camp|"
                              r"cabinet|White\s++House|era|aides?|officials?|envoys?|negotiators?)\b", re.I)
#: An unnamed person a later "he" may stand for, between the name and the pronoun ("Trump fired his defense secretary
#: because he had demanded X", "Seoul's envoy had resisted, though he") (mend107).
_ROLE_WORDS = ("negotiators?", "envoys?", "ambassadors?", "secretary", "secretaries", "officials?", "aides?",
               "ministers?", "diplomats?", "spokes(?:man|men|woman|person)", "advis[eo]rs?", "counterparts?",
               "delegates?", "representatives?", "generals?", "commanders?", "officers?", "lawmakers?", "senators?",
               "chiefs?", "predecessors?", "successors?", "son", "brother", "father")
_ROLE_NOUN = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS) + r")\b", re.I)


def pronoun_asker(r: Reader, fig: Span, cue: int | None) -> str | None:
    """Return who asks for a demanded amount whose verb of asking has "he" or "she" as its subject ("Trump claimed he
    had pressured Seoul, though he had demanded X"): the one person named before it in the figure's sentence, of the
    US side, of whom the pronoun speaks (clm28d, as :func:`participle_subject` reads ", saying he had asked"); else
    None: two people named before it, or none, leave the pronoun unbound.

    >>> r = Reader(annotate_text("Trump claimed he had pressured Seoul, though he had demanded $10 billion a year."))
    >>> f = r.figures_in(0, len(r.text))[0]
    >>> pronoun_asker(r, f, r.text.index("demanded"))
    'donald-trump'
    >>> r = Reader(annotate_text("Trump said Joe Biden had pressed Seoul, though he had demanded $10 billion a year."))
    >>> pronoun_asker(r, r.figures_in(0, len(r.text))[0], r.text.index("demanded")) is None
    True
    """
    if cue is None:
        return None
    s, _ = r.local(fig)
    m = _PRONOUN_BEFORE_ASK.search(r.text, max(s, cue - win.PRONOUN_ASKER_BACK), cue)
    if m is None:
        return None
    named = r.spans_in(s, m.start(), "person")
    people = {str(_actor_id(p)) for p in named if _actor_id(p)}
    if len(people) != 1 or len(named) != len([p for p in named if _actor_id(p)]) \
            or _PERSON_MODIFIES.match(r.text, named[-1].end) or _ROLE_NOUN.search(r.text, named[-1].end, m.start()):
        return None  # mend107: "Trump's negotiator ..., though he had", "Trump fired his secretary because he had"
    who = people.pop()
    return who if r.country.get(who) == "US" else None


def president_named(r: Reader, fig: Span) -> str | None:
    """Return who a title before a demanded amount in its sentence is ("The president's demands for ... $4.7 billion",
    "the defense secretary's demand"): the person last named before it in the article whose role in
    data/entities.csv the title fits (:func:`title_fits`), else None (claims30; memo56f: any title, not "president").

    >>> r = Reader(annotate_text("Trump spoke on Monday. The president's demands of $4.7 billion angered Seoul."))
    >>> president_named(r, r.spans_in(0, len(r.text), "money")[0])
    'donald-trump'
    >>> r = Reader(annotate_text("Esper spoke. The defense secretary's demand of $5 billion a year angered Seoul."))
    >>> president_named(r, r.spans_in(0, len(r.text), "money")[0])
    'mark-esper'
    >>> r = Reader(annotate_text("The president's demands of $4.7 billion angered Seoul."))
    >>> president_named(r, r.spans_in(0, len(r.text), "money")[0]) is None
    True
    """
    title = _title_before(r, fig)
    if title is None:
        return None
    key = ("ambiguous", title.start, title.end)  # asked once per title, not for each amount after it
    if key not in r.before:
        r.before[key] = title_ambiguous(r, title)
    if r.before[key]:
        return None  # b51v: "..., nullified by his successor, Joe Biden. The former president suggested X": no one
    return named_for_title(r, title)


def _title_before(r: Reader, fig: Span) -> Span | None:
    """Return the last person named by a title only (no id, a descriptor) in the figure's sentence before it, else
    None: the sentence's titles are listed once (a bisection then), not read from its start for each figure.

    >>> r = Reader(annotate_text("The president's demands of $4.7 billion angered Seoul."))
    >>> _title_before(r, r.spans_in(0, len(r.text), "money")[0]).exact
    'The president'
    """
    bounds = r.sentence_of(fig)
    key = ("titles", *bounds)
    if key not in r.before:
        titles = [p for p in r.spans_in(*bounds, "person") if not p.value.get("id") and p.value.get("descriptor")]
        r.before[key] = (titles, [p.start for p in titles])
    titles, starts = r.before[key]
    i = bisect.bisect_left(starts, fig.start) - 1  # the titles that start before the figure: the last ending by it
    while i >= 0 and titles[i].end > fig.start:
        i -= 1
    return titles[i] if i >= 0 else None


def title_ambiguous(r: Reader, title: Span) -> bool:
    """Return whether a title opening its sentence fits two different people named in the sentence before it (same
    paragraph): "Trump claimed ..., a deal later nullified by his successor, Joe Biden. The former president suggested
    Seoul should pay X" — the last named is no surer than the subject, so the title binds no one (b51v).

    >>> r = Reader(annotate_text("Trump said his successor, Joe Biden, undid it. The president wants $10 billion."))
    >>> title_ambiguous(r, next(p for p in r.spans_in(0, len(r.text), "person") if not p.value.get("id")))
    True
    >>> r = Reader(annotate_text("Joe Biden spoke in Seoul. The president wants $10 billion."))
    >>> title_ambiguous(r, next(p for p in r.spans_in(0, len(r.text), "person") if not p.value.get("id")))
    False
    """
    s0, _ = r.sentence_of(title)
    i = bisect.bisect_right(r.sent_starts, s0) - 2
    if i < 0 or first_other(r, s0) < title.start or r.text.find("\n", r.sentences[i].end, s0) >= 0:
        return False
    people = {str(p.value["id"]) for p in r.spans_in(r.sentences[i].start, s0, "person")
              if p.value.get("id") and title_fits(title.exact, str(p.value.get("role") or ""))}
    return len(people) > 1


def named_for_title(r: Reader, title: Span) -> str | None:
    """Return the id of the person last named before a title whose role in data/entities.csv it fits
    (:func:`title_fits`), else None; the people a title's words fit are found once per reader (a bisect after).

    >>> r = Reader(annotate_text("Harris met Esper. The defense secretary's demand of $5 billion angered Seoul."))
    >>> named_for_title(r, next(p for p in r.spans_in(0, len(r.text), "person") if not p.value.get("id")))
    'mark-esper'
    """
    key = tuple(title_words(title.exact))
    if key not in r.titled:
        people = [p for p in r.spans_in(0, len(r.text), "person")
                  if p.value.get("id") and title_fits(title.exact, str(p.value.get("role") or ""))]
        r.titled[key] = ([p.start for p in people], [str(p.value["id"]) for p in people])
    starts, ids = r.titled[key]
    i = bisect.bisect_left(starts, title.start)
    return ids[i - 1] if i else None


#: Words of a title or a role that name no office ("the", "of") or only its time ("the former president", "the
#: then-ambassador"): a title's words are matched without them.
_ROLE_FILLER = frozenset(("the", "of", "for", "to", "and", "a", "an", "in", "with", "former", "then", "ex", "acting",
                          "outgoing", "incoming", "new", "current", "late", "sitting"))


def title_words(title: str) -> list[str]:
    """Return the words of a title or a role, lower case, without filler words, "defence" spelt "defense".

    >>> title_words("US Secretary of Defence"), title_words("The defense secretary"), title_words("the ex-president")
    (['us', 'secretary', 'defense'], ['defense', 'secretary'], ['president'])
    """
    return [w for w in re.findall(r"[a-z]+", title.lower().replace("defence", "defense")) if w not in _ROLE_FILLER]


@cache
def _role_vocabulary() -> frozenset[str]:
    """Return every word of the roles of the people in data/entities.csv (:func:`title_words`)."""
    return frozenset(w for role, _ in _person_roles() for w in title_words(role))


def title_fits(title: str, role: str) -> bool:
    """Return whether a title ("the defense secretary") fits a role of data/entities.csv ("US Secretary of Defense"):
    its last word is a word of the role, and so is each of its other words that any person's role uses ("top" is
    none, so "the top negotiator" fits "US chief negotiator"; "defense" is, so "the defense secretary" fits no
    "Secretary of State").

    >>> title_fits("The defense secretary", "US Secretary of Defense"), title_fits("the top negotiator", "US envoy")
    (True, False)
    >>> title_fits("the top negotiator", "US chief negotiator")
    True
    >>> title_fits("The defense secretary", "US Ambassador to South Korea"), title_fits("The defense secretary", "")
    (False, False)
    """
    words, role_words = title_words(title), set(title_words(role))
    return bool(words) and words[-1] in role_words and all(
        w in role_words for w in words[:-1] if w in _role_vocabulary())


def modified_asker(r: Reader, fig: Span) -> str | None:
    """Return who asks for the amount a demanded percent modifies, past a dash that ends the percent's own clause
    ("Washington sought $4.7 billion a year from Seoul - an increase of 400 percent": Washington's) (claims22).

    >>> r = Reader(annotate_text("Washington sought $4.7 billion a year from Seoul - an increase of 400 percent."))
    >>> modified_asker(r, r.spans_in(0, len(r.text), "percent")[0])
    'us-government'
    """
    base = _modified_amount(r, fig) if fig.kind == "percent" else None
    return find_actor(r, base, skip_payer=True) if base is not None else None


#: A rise or fall written just before its percent ("it has increased by", "rose", "was cut by").
_CHANGE_BEFORE = re.compile(r"\b(?:" + RISE_FORMS + "|" + FALL_FORMS + r"|rise|risen|increase|grown|jumps?|"
                            r"climb(?:ed|s)?|falls|fallen|drops?|decrease[sd]?|cut)\s+(?:by\s+)?(?:" + _HEDGE + r")?$",
                            re.I)  # years47: the present "rises", "grows", "falls" too
#: After the percent, the amount it rose to: "by 46.1% to 1.4 trillion won".
_TO_AMOUNT = re.compile(r"(?<!\s),?\s*to\s+$", re.I)  # cfix41: "cut it by P, to X, for 2005"


#: "for / over / in the past five years" after an average rate (a "year" word between allowed): the years it spans.
_PAST_YEARS = re.compile(r"(?<![ \t])[ \t]+(?:(?:a|per)[ \t]+year[ \t]+|annually[ \t]+|on[ \t]+average[ \t]+)?"
                         r"(?:for|over|in|during)[ \t]+the[ \t]+(?:past|last|previous)[ \t]+"
                         r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+years\b(?!['’])", re.I)
#: A sentence setting one change against another ("The rise for 2026 compares with the average of ...").
_SET_AGAINST = re.compile(r"\b(?:compar\w+|against|versus|vs\.?|above|below|outpac\w+)\b", re.I)


def average_span_years(r: Reader, fig: Span, years: tuple[int, ...]) -> tuple[int, ...] | None:
    """Return the years of the payment an average yearly change "over the past N years" runs between (claims45):
    the N years up to its one year, or, when its sentence sets it against the change of that year ("The rise for
    2026 compares with the average annual increase of 6.2% for the past five years"), the N years before it; else
    None. The average is then the compound yearly change between the first and the last year's payments.

    >>> r, fig = figure_in("The rise compares with the average annual increase of 6.2% for the past five years.")
    >>> average_span_years(r, fig, (2026,))
    (2020, 2021, 2022, 2023, 2024, 2025)
    >>> r, fig = figure_in("Seoul's payment rose an average of 6.2% a year over the past five years.")
    >>> average_span_years(r, fig, (2024,))
    (2019, 2020, 2021, 2022, 2023, 2024)
    >>> r, fig = figure_in("Seoul's payment rose 46 percent over the past seven years.")  # a total, not an average
    >>> average_span_years(r, fig, (2026,)) is None
    True
    """
    s0, _ = r.local(fig)
    m = _PAST_YEARS.match(r.text, fig.end)
    if m is None or len(years) != 1 or not AVERAGE_WORD.search(r.text, max(s0, fig.start - win.AVERAGE_WORD_BACK),
                                                                m.end()):
        return None
    word = m["n"].lower()
    n = int(word) if word.isdigit() else CARDINALS[word]
    end = years[0] - 1 if _SET_AGAINST.search(r.text, s0, fig.start) else years[0]
    return tuple(range(end - n, end + 1)) if n >= 2 else None


def base_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the earlier year a percent change is counted from when its sentence names that year's amount before
    it and the amount it rose to after it ("In 2018 the payment was X, whereas this year it has increased by P% to
    Y": from 2018), else None (then the change is of one year on the year before).

    >>> r = Reader(annotate_text("In 2018 it paid 960.2 billion won, but this year it rose 46.1% to 1.4 trillion won.",
    ...                          "2025-04-09"))
    >>> base_year(r, r.spans_in(0, len(r.text), "percent")[0], (2025,))
    2018
    """
    since = since_year(r, fig, years)
    if since is None:
        since = span_year(r, fig, years) or than_year(r, fig, years)  # fix40c: "up 20 percent in two years"
    if since is None:
        since = amount_base_year(r, fig, years) or span_ends_year(r, fig, years)  # mendf68, cfix43
    if since is not None:
        return since  # claims21: "has risen 35 percent since 2020"
    d = base_date(r, fig)
    d = last_of_series(r, d) if d is not None else None
    if d is not None and len(years) == 1 and years[0] > date_years(d)[-1] + 1:
        return date_years(d)[-1]  # "by 13.9 percent from 2019 to $1.03 billion for 2021": 2021 on 2019; cfix44:
        # "Seoul's 2025 payment ... is up 12.5 percent from the 2022 payment": whatever gave the change its later year
    s0, s1 = r.local(fig)
    if len(years) != 1 or not (_CHANGE_BEFORE.search(r.text, max(s0, fig.start - win.CHANGE_VERB_BACK), fig.start)
                                or _CHANGE.match(fig.exact)):  # "rose 46.1%" is one span
        return None
    after = [m for m in r.spans_in(fig.end, s1, "money")]
    before = [m for m in r.figures_in(s0, fig.start)]
    if not after or not _TO_AMOUNT.fullmatch(r.text, fig.end, after[0].start) or not before or (
            before[-1].kind != "money" or not payment_cued(r, before[-1])):
        return None
    base_years, how = bind_years(r, before[-1])
    return base_years[-1] if how == "phrase" and base_years[-1] < years[0] - 1 else None



#: Between a change and the amount it is counted from: "up 46 percent from X", "46 percent more than the X", "a 46
#: percent jump on the X", "46 percent above Seoul's X" (mendf68, review68 findings 1-2).
_AMOUNT_BASE_GAP = re.compile(r"(?<![ \t])[ \t]++(?:(?:more|less|higher|lower|greater|bigger|larger|up|down)[ \t]++)?"
                              r"(?:from|than|on|over|above|below|against|compared[ \t]++(?:to|with)|versus)[ \t]++"
                              r"(?:(?:the|its|a|an|Seoul's|Korea's|what|" + HEDGE_WORDS + r")[ \t]++){0,3}", re.I)


def amount_base_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the year of the amount a percent change is counted from when that amount follows it with its own year
    bound in its phrase ("up 46 percent from 1.0389 trillion won in 2019", "46 percent more than the X it paid in
    2019", "a 46 percent jump on the X of 2019"), more than a year before the change's own one year; else None
    (mendf68, review68 finding 1: the year of the base amount is the base year of the change).

    >>> r, fig = figure_in("Seoul pays 1.5192 trillion won now, up 46 percent from 1.0389 trillion won in 2019.", 1)
    >>> amount_base_year(r, fig, (2026,)), amount_base_year(r, fig, (2020,))
    (2019, None)
    """
    _, s1 = r.local(fig)
    after = r.figures_in(fig.end, s1)
    if len(years) != 1 or not after or after[0].kind != "money" or after[0].value.get("currency") not in (
            "KRW", "USD") or not _AMOUNT_BASE_GAP.fullmatch(r.text, fig.end, after[0].start):
        return None
    base_years, how = bind_years(r, after[0])
    if how != "phrase" or base_years[-1] >= years[0] - 1:
        return None
    # "8 percent less than the $1 billion Washington sought in 2019": an ask is no base payment
    return base_years[-1] if _money_quantity(r, after[0]).quantity in ("sma_payment", "other") else None


#: Before a span's first end: "grew from X in 2013 ...".
_SPAN_FROM = re.compile(r"\bfrom[ \t]++(?:(?:" + HEDGE_WORDS + r"|just|some)[ \t]++)?$", re.I)
#: Between a span's two ends, with no clause mark: "X in 2013 to (about) Y".
_SPAN_TO = re.compile(r"[^.;:!?()\n]{0,40}?\bto[ \t]++(?:(?:" + HEDGE_WORDS + r"|nearly|over|just|some)[ \t]++)?", re.I)
#: Between a span's second end and the change it sums up: "Y in 2019, a rise of P".
_SPAN_SUM_GAP = re.compile(r"[^.;:!?()\n,]{0,30}+,[ \t]*+")


def span_ends_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the year of a span's first end when a percent change set off by a comma right after the span sums it
    up ("grew from X in 2013 to Y in 2019, a rise of about 19 percent": from 2013), the first end's year bound in its
    own phrase more than a year before the change's one year; else None (cfix43: the change was judged as the last
    year's on the year before).

    >>> r, fig = figure_in("Seoul's payment grew from 869.5 billion won in 2013 to 1.0389 trillion won in 2019, "
    ...                    "a rise of about 19 percent.", 2)
    >>> span_ends_year(r, fig, (2019,)), span_ends_year(r, fig, (2014,))
    (2013, None)
    >>> r, fig = figure_in("It paid 869.5 billion won in 2013 and 1.0389 trillion won in 2019, a rise of 19 percent "
    ...                    "in troop costs.", 2)
    >>> span_ends_year(r, fig, (2019,)) is None
    True
    """
    s0, _ = r.local(fig)
    before = r.figures_in(s0, fig.start)
    if len(years) != 1 or len(before) < 2 or any(b.kind != "money" for b in before[-2:]):
        return None
    first, last = before[-2:]
    head = summed_list_head(r, before, fig)  # verd52: "X in 1991, Y in 1995 and Z in 2004, a rise of 313 percent"
    if (head is None and not (_SPAN_FROM.search(r.text, max(s0, first.start - win.SPAN_FROM_BACK), first.start)
                              and _SPAN_TO.fullmatch(r.text, first.end, last.start)
                              and (_SPAN_SUM_GAP.fullmatch(r.text, last.end, fig.start) or span_sum_noun(r, last, fig)
                                   or fronted_span_sum(r, last, fig)))
            and not pair_sum(r, first, last, fig)) \
            or base_date(r, fig) is not None:  # fix51v2: "an increase of 8.2 percent over 2018" has its own base
        return None  # fix51v7: pair_sum, "X in 1991 and Y in 2004, a rise of 313 percent"
    base_years, how = bind_years(r, head or first)
    return base_years[-1] if how == "phrase" and base_years[-1] < years[0] - 1 else None


#: Between two dated amounts joined by "and": "X in 1991 and " (fix51v7).
_PAIR_AND = re.compile(r"[ \t]{1,3}+in[ \t]{1,3}+(?:19|20)\d\d[ \t]{1,3}+and[ \t]{1,3}+")
#: A change summing two dated amounts, set off by a comma: ", a rise of " / ", up " (fix51v7).
_PAIR_SUM_GAP = re.compile(r"[ \t]{1,3}+in[ \t]{1,3}+(?:19|20)\d\d,[ \t]{1,3}+")
#: The percent that sums the pair, ending its clause: "a rise of 313 percent", "up 107 percent" (fix51v7).
_PAIR_SUM_PCT = re.compile(r"(?:an?[ \t]{1,3}+(?:rise|increase|jump|gain)[ \t]{1,3}+of|up)[ \t]{1,3}+[^ \t]{1,12}+"
                           r"[ \t]{0,3}+(?:percent|per[ \t]cent|%)", re.I)


def pair_sum(r: Reader, first: Span, last: Span, fig: Span) -> bool:
    """Return whether a percent change sums two dollar amounts, each with its own year, joined by "and" ("Seoul paid
    $150 million in 1991 and $620 million in 2004, a rise of 313 percent."): the comma-set change right after them,
    ending its clause, is counted from the first amount's year (fix51v7, issue 10: it was judged as the last year's
    change on the year before). A percent of something else ("..., a rise of 5 percent in troop costs") is none; a
    won pair keeps the last year's reading (cfix43 control SPAN_ENDS_NEAR: "X won in 2004 and Y won in 2016, an
    increase of 2.4 percent" stays 2016 on 2015).

    >>> r, fig = figure_in("Seoul paid $150 million in 1991 and $620 million in 2004, a rise of 313 percent.", 2)
    >>> first, last = r.figures_in(0, fig.start)[-2:]
    >>> pair_sum(r, first, last, fig)
    True
    >>> r, fig = figure_in("Seoul paid $150 million in 1991 and $620 million in 2004, a rise of 5 percent in troop "
    ...                    "costs.", 2)
    >>> pair_sum(r, *r.figures_in(0, fig.start)[-2:], fig)
    False
    >>> r, fig = figure_in("Seoul paid $150 million in 1991, $300 million in 1995 and $620 million in 2004, a rise of "
    ...                    "107 percent.", 3)
    >>> pair_sum(r, *r.figures_in(0, fig.start)[-2:], fig)  # a list of three: not a pair (review51v7)
    False
    """
    listed = any(f.value.get("currency") for f in r.figures_in(max(0, first.start - win.PAIR_LIST_BACK), first.start))
    return bool(not listed and first.value.get("currency") == last.value.get("currency") == "USD"
                and _PAIR_AND.fullmatch(r.text, first.end, last.start)
                and _PAIR_SUM_GAP.fullmatch(r.text, last.end, fig.start) and _PAIR_SUM_PCT.fullmatch(fig.exact)
                and re.match(r"[ \t]{0,3}+(?:[.;]|\n|\Z)", r.text[fig.end:fig.end + 5]))


#: Before a list's last dated amount: " in 1995 and ", " in 1995, and " (a serial comma; verd52).
_LIST_AND = re.compile(r"[ \t]{1,3}+in[ \t]{1,3}+(?:19|20)\d\d,?+[ \t]{1,3}+and[ \t]{1,3}+")


def summed_list_head(r: Reader, before: list[Span], fig: Span) -> Span | None:
    """Return the first of three or more dollar amounts, each with its own year, listed with commas and a last "and"
    (or ", and") right before a comma-set change that sums them and ends its clause ("Seoul paid $150 million in 1991,
    $300 million in 1995 and $620 million in 2004, a rise of 313 percent."): the change is the whole list's, counted
    from the first amount's year (verd52; review51v7: a list of three is no pair, :func:`pair_sum`); else None.

    >>> r, fig = figure_in("Seoul paid $150 million in 1991, $300 million in 1995 and $620 million in 2004, a rise of "
    ...                    "313 percent.", 3)
    >>> summed_list_head(r, r.figures_in(0, fig.start), fig).exact
    '$150 million'
    >>> r, fig = figure_in("Seoul paid $150 million in 1991 and $620 million in 2004, a rise of 313 percent.", 2)
    >>> summed_list_head(r, r.figures_in(0, fig.start), fig) is None  # a pair: pair_sum's
    True
    >>> r, fig = figure_in("It paid $15 million in 1981, $30 million in 1985, and $62 million in 1994, up 313 "
    ...                    "percent.", 3)
    >>> summed_list_head(r, r.figures_in(0, fig.start), fig).exact
    '$15 million'
    """
    if len(before) < 3 or not _LIST_AND.fullmatch(r.text, before[-2].end, before[-1].start) \
            or not _PAIR_SUM_GAP.fullmatch(r.text, before[-1].end, fig.start) \
            or not _PAIR_SUM_PCT.fullmatch(fig.exact) \
            or not re.match(r"[ \t]{0,3}+(?:[.;]|\n|\Z)", r.text[fig.end:fig.end + 5]):
        return None
    items = before[-2:]
    for prev in reversed(before[:-2]):
        if not _PAIR_SUM_GAP.fullmatch(r.text, prev.end, items[0].start):
            break
        items = [prev, *items]
    return items[0] if len(items) >= 3 and all(f.value.get("currency") == "USD" for f in items) else None


#: After a fronted span's second end, the payment as the subject of its change: "Y in 2004, Seoul's payment "
#: (fix51v7).
_FRONTED_SUBJECT = re.compile(r"[ \t]{1,3}+in[ \t]{1,3}+(?:19|20)\d\d,[ \t]{1,3}+(?:(?:the|its|Seoul's|Korea's|"
                              r"South[ \t]Korea's)[ \t]{1,3}+)?(?:payment|contribution|share)[ \t]{1,3}+", re.I)
#: A change verb with its percent: "rose 107 percent", "grew by 107%" (fix51v7).
_FRONTED_CHANGE = re.compile(r"(?:rose|grew|increased|jumped|climbed)[ \t]{1,3}+(?:by[ \t]{1,3}+)?[^ \t]{1,12}+"
                             r"[ \t]{0,3}+(?:percent|per[ \t]cent|%)", re.I)


def fronted_span_sum(r: Reader, last: Span, fig: Span) -> bool:
    """Return whether a change sums a span fronted before its clause: the span's second end and its year, a comma,
    the payment as subject and its change verb with the percent, ending the clause ("From $300 million in 1995 to
    $620 million in 2004, Seoul's payment rose 107 percent."): counted from the span's first year (fix51v7, issue
    10: it was judged as the last year's change). Another subject ("troop costs rose 5 percent") is none.

    >>> for clause in ("Seoul's payment rose 107 percent.", "troop costs rose 5 percent."):
    ...     r, fig = figure_in("From $300 million in 1995 to $620 million in 2004, " + clause, 2)
    ...     print(fronted_span_sum(r, r.figures_in(0, fig.start)[-1], fig))
    True
    False
    """
    return bool(_FRONTED_SUBJECT.fullmatch(r.text, last.end, fig.start) and _FRONTED_CHANGE.fullmatch(fig.exact)
                and re.match(r"[ \t]{0,3}+(?:[.;]|\n|\Z)", r.text[fig.end:fig.end + 5]))


#: Between a span's second end and a change noun after its percent: "Y in 2019, a " (fix51v2).
_SPAN_SUM_ARTICLE = re.compile(r"[^.;:!?()\n,]{0,30}+,[ \t]{0,3}+an?[ \t]{1,3}+", re.I)
#: A percent whose change noun follows it, ending its clause: "12.9 percent increase." (fix51v2).
_PCT_NOUN_END = re.compile(r"[^\n]{0,40}?\b(?:" + RISE_NOUNS + r"|jump|gain)\Z", re.I)


def span_sum_noun(r: Reader, last: Span, fig: Span) -> bool:
    """Return whether a percent sums up a span the way "a 12.9 percent increase" does: set off by a comma and an
    article right after the span's second end, its change noun after it and its clause ending there ("from X in 2014
    to Y in 2019, a 12.9 percent increase."); a percent with a base of its own after it ("an 8.2 percent increase over
    2018") is no sum of the span (fix51v2, issue 10: the right figure was judged as the last year's change).

    >>> r, fig = figure_in("Seoul paid 920 billion won in 2014 to 1.0389 trillion won in 2019, a 12.9 percent rise.", 2)
    >>> span_sum_noun(r, r.figures_in(0, fig.start)[-1], fig)
    True
    >>> r, fig = figure_in("It went from 920 billion won in 2014 to 1.0389 trillion won in 2019, an 8.2 percent "
    ...                    "rise over 2018.", 2)
    >>> span_sum_noun(r, r.figures_in(0, fig.start)[-1], fig)
    False
    """
    return bool(_SPAN_SUM_ARTICLE.fullmatch(r.text, last.end, fig.start) and _PCT_NOUN_END.fullmatch(fig.exact)
                and re.match(r"[ \t]{0,3}+(?:[.;]|\n|\Z)", r.text[fig.end:fig.end + 5]))


_THAN_STOP = frozenset(",;:()—–")


def than_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the year of the base a percent is "more/less than" when its date follows within a few words, with no
    figure or clause mark between ("8.3 percent more than Seoul paid in 2021", "13.9 percent higher than in 2018"),
    more than a year before the change's own one year: the change is counted from that year, not from the year before
    (years47); else None.

    >>> r, fig = figure_in("The 2026 figure is 8.3 percent more than Seoul paid in 2021.")
    >>> than_year(r, fig, (2026,)), than_year(r, fig, (2022,))
    (2021, None)
    >>> r, fig = figure_in("The 2026 figure is 8.3 percent more, Seoul said in 2021.")
    >>> than_year(r, fig, (2026,)) is None
    True
    """
    base = than_base(r, fig)
    if len(years) != 1 or base is None:
        return None
    year = date_years(base)[0]
    return year if year < years[0] - 1 else None


def than_base(r: Reader, fig: Span) -> Span | None:
    """Return the date of the base a figure is "more/less than", within a few words after it with no figure or clause
    mark between ("50 percent more than Seoul paid in 2019"): that date is the base's, not the figure's; else None
    (years47).

    >>> r, fig = figure_in("Washington wants nearly 50 percent more than Seoul paid in 2019.")
    >>> than_base(r, fig).exact
    'in 2019'

    "above" / "below" right after the figure set it against a base as "more/less than" does, and a date starting
    within ``win.MORE_THAN_DATE`` characters counts (review90 aside B):

    >>> r, fig = figure_in("The 2019 payment was 9.3 percent above what the Moon government paid in 2017.")
    >>> than_base(r, fig).exact
    'in 2017'
    >>> r, fig = figure_in("The 2019 payment was 9.3 percent, above the cap, in 2017.")
    >>> than_base(r, fig) is None
    True
    """
    _, s1 = r.local(fig)
    dates = [d for d in r.spans_in(fig.end, min(s1, fig.end + win.MORE_THAN_DATE_END), "date")
             if len(date_years(d)) == 1 and d.start < fig.end + win.MORE_THAN_DATE]
    if not dates or r.figures_in(fig.end, dates[0].start):
        return None
    gap = r.text[fig.end:dates[0].start]
    words = gap.lower().split()
    than = "than" in words[:2] or (fig.exact.lower().split()[-1:] + words[:1])[0] in ("above", "below")
    return dates[0] if than and not any(c in _THAN_STOP for c in gap) else None


#: "since 2014" right after a change or a multiple: the earlier year it is counted from.
_SINCE_YEAR = re.compile(r"(?<![ \t])[ \t]+since[ \t]++(?P<year>(?:19|20)\d\d)\b")


def since_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the earlier year a change or a multiple is counted from when "since <year>" follows it ("has risen 35
    percent since 2020", "has more than tripled since 2014"), more than a year before its own one year; else None
    (a change on the year before is the year's own change) (claims21).

    >>> r, fig = figure_in("Seoul's payment has risen by about 35 percent since 2020.")
    >>> since_year(r, fig, (2025,)), since_year(r, fig, (2021,))
    (2020, None)
    """
    shut = fig.end + (r.text[fig.end:fig.end + 1] in "\"”’'")  # cfix44: 'rose "twentyfold" since 1991'
    m = _SINCE_YEAR.match(r.text, shut) or since_fronted(r, fig)
    if m is None or len(years) != 1:
        return None
    year = int(m["year"])
    return year if year < years[0] - 1 else None


#: "Since <year>" opening the clause of a change ("Since 2021 the payment has risen 28 percent", probe34), not "since
#: 2021-22" (a span) ...
_SINCE_OPENING = re.compile(r"\b[Ss]ince[ \t]++(?P<year>(?:19|20)\d\d)\b(?![ \t]*+[-–])")
#: ... nor a yearly rate after the change ("Since 2021 it has risen 5 percent a year"): a year's own change.
YEARLY_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:a|per|each|every)[ \t]++year\b|(?<![ \t])[ \t]++annually\b", re.I)


def since_yearly_years(r: Reader, fig: Span, years: tuple[int, ...]) -> tuple[int, ...] | None:
    """Return the years from "since <year>" to a change's own one year when the change is a yearly rate ("Since 2021
    the payment has risen about 5 percent a year", "risen 5 percent a year since 2021", probe34): the average yearly
    change over them is what it tells; else None.

    >>> [since_yearly_years(*figure_in(t, 0), (2026,)) for t in ("Since 2021 it has risen about 5 percent a year.",
    ...      "It has risen 5 percent a year since 2021.", "Since 2021 it has risen 28 percent.")]
    [(2021, 2022, 2023, 2024, 2025, 2026), (2021, 2022, 2023, 2024, 2025, 2026), None]
    """
    yearly = YEARLY_AFTER.match(r.text, fig.end)
    if yearly is None or len(years) != 1:
        return None
    s0, _ = r.sentence_of(fig)
    m = _SINCE_OPENING.match(r.text, s0, fig.start) or _SINCE_YEAR.match(r.text, yearly.end())  # "a year since 2021"
    if m is None or r.figures_in(m.end(), fig.start):
        return None
    year = int(m["year"])
    return tuple(range(year, years[0] + 1)) if year < years[0] - 1 else None


def since_fronted(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the "since <year>" that opens a change's sentence, with no other figure between it and the change, when
    no yearly word follows the change (:data:`_SINCE_OPENING`), else None.

    >>> [since_fronted(*figure_in(t, 0)) is not None for t in ("Since 2021 the payment has risen 28 percent.",
    ...      "Since 2021 it has risen 5 percent a year.", "It has risen 28 percent since its 2021 deal.",
    ...      "The SMA, in place since 1991, rose 8 percent this year.")]
    [True, False, False, False]
    """
    s0, _ = r.sentence_of(fig)
    m = _SINCE_OPENING.match(r.text, s0, fig.start)  # at the opening only: not "in place since 1991, and ..."
    if m is None or r.figures_in(m.end(), fig.start) or YEARLY_AFTER.match(r.text, fig.end):
        return None
    return m


#: "in two years", "over the past seven years" right after a change: the count of years it is told over.
_OVER_YEARS = re.compile(r"(?<![ \t])[ \t]+(?:in|over)[ \t]+(?:the[ \t]+(?:past|last)[ \t]+)?"
                         r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+years\b"
                         r"(?![ \t]+of\b|['’])", re.I)


def span_year(r: Reader, fig: Span, years: tuple[int, ...]) -> int | None:
    """Return the earlier year a change told over a count of years right after it is counted from ("up 20 percent
    in two years" of 2022: from 2020; "an increase of 46 percent over the past seven years" of 2026: from 2019),
    when that count is two or more years before its own one year; else None (fix40c, review40 findings 1 and 3).

    >>> r, fig = figure_in("Seoul's payment was up 20 percent in two years.")
    >>> span_year(r, fig, (2022,)), span_year(r, fig, (2022, 2023))
    (2020, None)
    >>> r, fig = figure_in("Seoul's payment rose 46 percent over the past seven years.")
    >>> span_year(r, fig, (2026,))
    2019

    Years "of" something else, or a time to come ("in two years' time"), count no span of the change (review41):

    >>> r, fig = figure_in("Seoul's payment was up 5.4 percent in two years of talks.")
    >>> span_year(r, fig, (2022,)) is None
    True
    """
    m = _OVER_YEARS.match(r.text, fig.end)
    if m is None or len(years) != 1:
        return None
    word = m["n"].lower()
    n = int(word) if word.isdigit() else CARDINALS[word]
    return years[0] - n if n >= 2 else None


#: "He said the US demanded X in 2019": a reporting verb, then a demand verb in the past tense.
#: A demand verb of the past tense (claims41: "pressed for", "pushed for", "called for", "wanted" report a demand as
#: "demanded" does).
_PAST_DEMAND_VERB = r"(?:demanded|asked\s+for|requested|sought|(?:press|push)ed\s+for|called\s+for|wanted)"
_SAID_DEMANDED = re.compile(r"\b(?:said|says|claimed|claims|insisted|boasted|told\s+\w+)\b[^;]{0,80}?\b"
                            + _PAST_DEMAND_VERB + r"\b", re.I)


def _past_demand(r: Reader, fig: Span, years: tuple[int, ...], how: str) -> bool:
    """Return whether a demanded amount is someone's account of a demand made in an earlier year, named in its own
    phrase ("he said the US demanded X in 2019"): a remark about the record, which the record can refute.

    >>> r = Reader(annotate_text("He said the US demanded $10 billion from Korea in 2019.", "2025-07-09"))
    >>> _past_demand(r, r.figures_in(0, len(r.text))[0], (2019,), "phrase")
    True
    """
    s0, _ = r.local(fig)
    said = last_match(_SAID_DEMANDED, r.text, s0, fig.start) or last_match(_DEMANDED, r.text, s0, fig.start)
    return how == "phrase" and bool(years) and max(years) < r.published.year and said is not None and not \
        r.figures_in(said.end(), fig.start) and not r.in_quote(fig)


#: A demand noun marked as past: "his past demands", "the previous request", "earlier calls".
_PAST_DEMAND_NOUN = re.compile(r"\b(?:past|previous|earlier|former|prior)[ \t]++(?:demands?|requests?|calls?|asks?)\b",
                               re.I)


def past_demand_noun(r: Reader, fig: Span) -> bool:
    """Return whether a demanded amount is of a demand the text names as past ("given his past demands for Seoul to
    contribute as much as $50 billion"): an account of the record, not a new ask (claims23).

    >>> r = Reader(annotate_text("It acted early, given his past demands for Seoul to pay $50 billion.", "2024-11-28"))
    >>> past_demand_noun(r, r.figures_in(0, len(r.text))[0])
    True
    >>> r = Reader(annotate_text("He now demands that Seoul pay $10 billion.", "2024-11-28"))
    >>> past_demand_noun(r, r.figures_in(0, len(r.text))[0])
    False
    """
    s0, _ = r.local(fig)
    m = last_match(_PAST_DEMAND_NOUN, r.text, s0, fig.start)
    return m is not None and not r.figures_in(m.end(), fig.start) and not r.in_quote(fig)


#: A demand verb in the past tense, whose period a date fixes: "During his first term, Trump demanded X".
_DEMANDED = re.compile(r"\b" + _PAST_DEMAND_VERB + r"\b", re.I)


def named_country(r: Reader, fig: Span, cue: int | None) -> str | None:
    """Return the country of the last gazetteer country, capital or government named in the figure's clause before its
    payment word (a sentence's first word is not tagged as a place: "Japan pays about $2 billion"), else None.

    >>> r = Reader(annotate_text("Japan pays about $2 billion a year to host U.S. troops."))
    >>> fig = r.figures_in(0, len(r.text))[0]
    >>> named_country(r, fig, r.text.index("pays")), build_figures(r.ann, r)[0].frame.quantity
    ('JP', 'other')
    """
    c0, _ = r.clause(fig, strong=True)
    pattern, names = _gazetteer_places()
    m = last_match(pattern, r.text, c0, fig.start if cue is None else min(cue, fig.start))
    return names.get(m.group().lower()) if m is not None else None


#: A Korea side named between a demand's cue and its figure: Seoul is then the one asked.
_KOREA_ASKED = re.compile(r"\b(?:Korea|Seoul|Koreans?)\b", re.I)
#: "X (a year) from Japan": the payer named right after a demanded amount.
_FROM_PAYER = re.compile(r"(?<!\s)(?:\s+(?:a|per|each)\s+year|\s+annually)?\s+from\s+(?:the\s+)?", re.I)
#: Korea as the payer right after :data:`_FROM_PAYER` ("X from South Korea", "from Seoul"), not its possessive.
_KOREA_PAYER = re.compile(r"(?:South[ \t]++)?(?:Korea|Seoul)\b(?!['’])", re.I)


def asked_of_other(r: Reader, fig: Span, cue: int | None) -> bool:
    """Return whether a demanded figure is asked of a country other than Korea: one named between the demand's cue
    and the figure with no Korea side there ("asked Tokyo for X", "wants Germany to pay X", "the amount he demanded
    from Japan was X"), or right after it ("X a year from Japan").

    >>> r = Reader(annotate_text("Washington asked Tokyo for $8 billion, and Seoul for $5 billion from South Korea."))
    >>> [asked_of_other(r, f, r.text.index("asked")) for f in r.figures_in(0, len(r.text))]
    [True, False]
    >>> r = Reader(annotate_text("He wants to get $8 billion from Japan and $5 billion from South Korea."))
    >>> [asked_of_other(r, f, r.text.index("get")) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    pattern, _ = _gazetteer_places()
    m = _FROM_PAYER.match(r.text, r.restated_to(fig))
    if m is not None and pattern.match(r.text, m.end()):
        return True
    if m is not None and _KOREA_PAYER.match(r.text, m.end()):
        return False  # "X from Japan and Y from South Korea": the payer right after a figure is its own (fresh80v)
    if cue is not None and cue < fig.start:
        between = r.text[cue:fig.start]
        if pattern.search(between) and not _KOREA_ASKED.search(between):
            return True
    return False


def owner_country(r: Reader, fig: Span) -> str | None:
    """Return the country whose possessive stands right before an amount ("compared with Japan's $2 billion"): that
    country pays it, whoever else the sentence names; else None.

    >>> r = Reader(annotate_text("Seoul must pay $5 billion, compared with Japan's $2 billion.", "2019-11-20"))
    >>> [owner_country(r, f) for f in r.figures_in(0, len(r.text))]
    [None, 'JP']
    >>> r = Reader(annotate_text("Japan's host-nation contribution rose 10 percent in 2019.", "2020-03-12"))
    >>> owner_country(r, r.figures_in(0, len(r.text))[0])
    'JP'
    >>> r = Reader(annotate_text("Korea pays $900 million, compared with $2 billion for Japan.", "2019-11-20"))
    >>> [owner_country(r, f) for f in r.figures_in(0, len(r.text))]
    [None, 'JP']
    """
    return r.once(_owner_country_read, fig)  # speed59: asked of a figure by many rules


def _owner_country_read(r: Reader, fig: Span) -> str | None:
    """Return what :func:`owner_country` finds, read afresh."""
    pattern, names = _gazetteer_places()
    m = last_match(pattern, r.text, max(0, fig.start - win.POSSESSIVE_COUNTRY_BACK), fig.start)
    if m is not None and _POSSESSIVE_GAP.fullmatch(r.text, m.end(), fig.start):
        return names.get(m.group().lower())
    c0, _ = r.clause(fig, strong=True)  # "Japan's contribution rose 10 percent": the payment's owner
    m = last_match(pattern, r.text, c0, fig.start)
    if m is not None and _OWNED_PAYMENT.match(r.text, m.end()) and not r.figures_in(m.end(), fig.start):
        return names.get(m.group().lower())
    after = _FOR_OWNER.match(r.text, r.restated_to(fig))  # cother52: "compared with $2 billion for Japan"
    m = pattern.match(r.text, after.end()) if after is not None else None
    if m is not None and names.get(m.group().lower()) not in (None, "KR", "US") and not _POSSESSIVE_AFTER.match(
            r.text, m.end()):
        return names.get(m.group().lower())
    return _unlisted_owner(r, fig, c0) or pronoun_country(r, fig) or joint_payers(r, fig)


#: Right after an amount (past "a year"), the preposition before the host it is told of: "X for Japan", "X by Germany".
_FOR_OWNER = re.compile(r"(?<!\s)(?:\s++(?:a|per|each)\s++year|\s++annually)?\s++(?:for|by)\s++(?:the\s++)?", re.I)
#: A possessive or a noun after that country, which then is no payer: "X for Japan's bases", "for Japan-based troops".
_POSSESSIVE_AFTER = re.compile(r"['’-]")


#: A word that makes a figure the sum of several payers: "together", "a combined X", "between them", "their total".
_JOINT_WORD = re.compile(r"\b(?:together|combined|jointly|collectively|between[ \t]++them|in[ \t]++total|"
                         r"a[ \t]++total[ \t]++of|their[ \t]++(?:total|joint|combined))\b", re.I)
#: A word that gives each payer of a list the figure, or one figure each: "each pay X", "X and Y, respectively".
_EACH_WORD = re.compile(r"\b(?:each|apiece|respectively|per[ \t]++country)\b", re.I)


def joint_payers(r: Reader, fig: Span) -> str | None:
    """Return "other" when an amount is the sum several payers give together, Korea and another country among them:
    a list of names joined by "and" is its clause's subject ("Japan and South Korea together pay X", "Seoul and Tokyo
    paid a combined X"), or the sentence's before the clause when the clause says the sum is theirs ("..., and their
    total payment reached X"); else None (cfix50). Their sum is no figure of Seoul's payment; "each pay X" and a list of
    figures ("X and Y, respectively") give each payer its own.

    >>> [joint_payers(*figure_in(t)) for t in ("Japan and South Korea together pay about $2.8 billion a year.",
    ...     "Seoul and Tokyo both pay, and their total payment reached $2.5 billion.",
    ...     "Japan and South Korea each pay about $1 billion a year.",
    ...     "South Korea and the US agreed Seoul pays $1 billion.")]
    ['other', 'other', None, None]
    """
    if fig.kind != "money":
        return None
    s, _ = r.local(fig)  # the sentence, cut to a window in a run-on sentence: linear time
    c0, c1 = r.clause(fig, strong=True)
    names = listed_names(r, s if _JOINT_WORD.search(r.text, c0, fig.start) else c0, fig.start)
    if not names or _EACH_WORD.search(r.text, names[0][0], c1) or len(r.spans_in(c0, c1, "money")) > 1:
        return None
    sides = {c for a, b in names for _, c in named_countries(r, a, b)}
    return "other" if "KR" in sides and sides - {"KR", "US"} else None


#: A sentence opening on a subject, an aside a comma closes ("which Seoul's payment supplements", "to which Seoul
#: contributes", "partly paid for by the SMA money") and a verb of amount right before the figure (cfix50).
_ASIDE_SUBJECT = re.compile(r"(?P<subject>[^,;:.!?\n]{1,80}+),[ \t]++(?:which|that|to[ \t]++which|for[ \t]++which|"
                            r"partly|largely|mostly|in[ \t]++part)\b[^,;:!?\n]{1,80}+,[ \t]++(?:(?:will|would|has|had|"
                            r"have)[ \t]++)?(?:reach(?:ed|es)?|c(?:a|o)me[ \t]++to|r(?:o|i)se[ \t]++to|grew[ \t]++to|"
                            r"climbed[ \t]++to|stood[ \t]++at|totall?ed|amounted[ \t]++to|was|is|were|are|hit|costs?|"
                            r"been)[ \t]++(?:(?:about|some|around|roughly|nearly|almost|over|more[ \t]++than)"
                            r"[ \t]++)?$")
#: A cost noun of a subject: what another side spends ("The Pentagon's spending in Korea", "USFK's operating costs").
_COST_NOUN = re.compile(r"\b(?:budgets?|spending|costs?|outlays?|expenditures?|expenses)\b", re.I)


def aside_subject(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told of its sentence's subject, another side's cost, past an aside that names the
    payment (:data:`_ASIDE_SUBJECT`): "The US military's Korea budget, which Seoul's payment supplements, reached X",
    "USFK's operating costs, which the cost-sharing deal helps cover, rose to X". The subject names a side other
    than the payer and a cost noun, and no Korea side: the figure is that cost, not the payment the aside names
    (cfix50).

    >>> aside_subject(*figure_in("The Pentagon's spending in Korea, to which Seoul contributes, came to $3.4 billion."))
    True
    >>> aside_subject(*figure_in("Seoul's payment, which the US sought to raise, reached $920 million."))
    False
    """
    s, _ = r.local(fig)
    m = _ASIDE_SUBJECT.match(r.text, s, fig.start)  # "$" at the figure: the verb right before it
    if m is None:
        return False
    a, b = m.span("subject")
    return bool(other_side_at(r, a, b)) and _COST_NOUN.search(r.text, a, b) is not None and not any(
        c == "KR" for _, c in named_countries(r, a, b))


def body_sentence_before(r: Reader, start: int) -> Bounds | None:
    """Return the bounds of the sentence before the one starting at ``start``, in the body, even across a paragraph
    break (news sets one sentence a paragraph, so a pronoun opening a paragraph stands for the one before's words);
    None for the first sentence of the body (cfix50).

    >>> r = Reader(annotate_text("T\\n\\nJapan hosts US troops.\\n\\nIt pays $1 billion."))
    >>> r.text[slice(*body_sentence_before(r, r.text.index("It")))], body_sentence_before(r, r.text.index("Japan"))
    ('Japan hosts US troops.', None)
    """
    i = bisect.bisect_right(r.sent_starts, start) - 2
    if i < 0 or r.sentences[i].start < r.title_end:
        return None
    return Bounds(r.sentences[i].start, r.sentences[i].end)


#: A sentence opening on a pronoun and a verb of change or of amount: "It rose 6 percent", "They came to X", "It was
#: X" (cfix50); not a verb of paying ("It pays X": :data:`_COUNTRY_ANAPHOR`'s).
_QUANTITY_ANAPHOR = re.compile(r"(?:It|They)[ \t]++(?:(?:has|have|had|also|then|again|only|since)[ \t]++){0,2}"
                               r"(?:rose|risen|grew|grown|climbed|jumped|increased|fell|fallen|dropped|declined|"
                               r"(?:went|gone)[ \t]++(?:up|down)|was|were|is|are|reached|stood[ \t]++at|came[ \t]++to|"
                               r"totall?ed|amounted[ \t]++to)(?:[ \t]++(?:by|to|at|about|some|around|roughly|nearly|"
                               r"almost|only|just|another|a|an|more[ \t]++than|less[ \t]++than|over|under)){0,3}"
                               r"[ \t]*+")


def pronoun_quantity(r: Reader, fig: Span) -> str | None:
    """Return the quantity a pronoun opening the figure's sentence with a verb of change or amount stands for
    (:data:`_QUANTITY_ANAPHOR`: "It rose 6.1 percent", the figure right after the verb, a hedge or "by" between): the
    first other quantity the sentence before names (a wage bill, a defence budget: :data:`_OTHER_CUES`), or "other"
    for a cost another side owns ("Washington's spending on its Korea garrison"), when that sentence names no word of
    the payment (:data:`_SMA_WORDS`); else None (cfix50). The pronoun can then stand for no payment.

    >>> [pronoun_quantity(*figure_in(t, -1)) for t in (
    ...     "The ministry released the wage bill for base workers. It rose 6.1 percent.",
    ...     "Washington's spending on its Korea garrison has climbed. It rose 9 percent last year.",
    ...     "Seoul's payment, set by the defense budget, has climbed. It rose 8.2 percent.",
    ...     "Inflation was 2.5 percent. It is far below the demand for 14.5-percent hikes.")]
    ['wages', 'other', None, None]
    """
    s, _ = r.sentence_of(fig)
    m = _QUANTITY_ANAPHOR.match(r.text, s)
    prev = body_sentence_before(r, s)
    if m is None or not s < fig.start <= m.end() or prev is None or r.found(_SMA_WORDS, *prev):
        return None  # the figure right after the verb, or its span holding it ("rose 6 percent"): "It is far below
        # the demand for X" is not the pronoun's
    cues = [(c.start(), name) for name, p in _OTHER_CUES if name != "troops" and (c := p.search(r.text, *prev))]
    if cues:
        return min(cues)[1]
    return "other" if side_cost_end(r, *prev) is not None else None


#: A sentence opening on a word standing for a country ("It pays X", "Its contribution is X", "The country pays X",
#: "They pay X"), after at most a short opener ("Now,", "By contrast,", "Last year it paid X"), cfix50.
_COUNTRY_ANAPHOR = re.compile(r"(?:(?:Now|Today|Currently|Meanwhile|By[ \t]++contrast|In[ \t]++turn|"
                              r"For[ \t]++its[ \t]++part|(?:Last|This)[ \t]++year|In[ \t]++(?:19|20)\d\d),?[ \t]++"
                              r"(?P<low>it|its|they|their)\b|(?P<who>It|Its|They|Their|"
                              r"(?:The|That|This)[ \t]++(?:[\w-]++[ \t]++)?(?:country|nation)|"
                              r"(?:The|That|This)[ \t]++government)\b)")


def pronoun_country(r: Reader, fig: Span) -> str | None:
    """Return the country a word opening the figure's sentence stands for (:data:`_COUNTRY_ANAPHOR`: "It pays X", "Its
    contribution is X", "The country pays X"): the one country other than the two sides of the talks that the sentence
    before names (the previous paragraph's last sentence too: news sets one sentence a paragraph), when that sentence
    names no Korea side and the figure's sentence names no side before the figure; else None (cfix50). A careful
    reader takes such a pronoun for the country the text has just spoken of: what Japan or Germany pays is no figure of
    Seoul's payment.

    >>> r = Reader(annotate_text("T\\n\\nJapan hosts 54,000 US troops.\\n\\nIt pays about $1.7 billion a year."))
    >>> pronoun_country(r, r.spans_in(0, len(r.text), "money")[0])
    'JP'
    >>> pronoun_country(*figure_in("Germany was criticised. Last year it paid about $1 billion.", -1))
    'DE'
    >>> [pronoun_country(*figure_in(t, -1)) for t in ("South Korea is a loyal ally. It pays $920 million a year.",
    ...     "Japan and South Korea host US troops. It pays $920 million.", "Japan hosts US troops. It wants Seoul to "
    ...     "pay $1 billion.")]
    [None, None, None]
    """
    s, _ = r.sentence_of(fig)
    m = _COUNTRY_ANAPHOR.match(r.text, s)
    prev = body_sentence_before(r, s)
    if m is None or prev is None or fig.start - s > win.ANAPHOR_REACH:
        return None
    if any(c != "US" for _, c in named_countries(r, m.end(), fig.start)):
        return None  # "It wants Seoul to pay X": the clause names its own payer
    sides = {c for _, c in named_countries(r, *prev)} - {"US"}
    plural = (m["who"] or m["low"]).lower() in ("they", "their")
    return next(iter(sides)) if sides and "KR" not in sides and (plural or len(sides) == 1) else None


def named_countries(r: Reader, start: int, end: int) -> list[tuple[int, str]]:
    """Return (position, country) of each side named in [start, end), in text order: a tagged person, organisation
    or place with a country, a side word ("US officials", "Seoul"), an untagged country or capital of the gazetteer
    (a sentence's first word); a side named twice in a row ("South Korea's foreign ministry") counts once.

    >>> r = Reader(annotate_text("Japan and South Korea paid it."))
    >>> [country for _, country in named_countries(r, 0, len(r.text))]
    ['JP', 'KR']
    """
    tagged = [s for s in r.spans_in(start, end, "person", "org", "place") if not is_newsroom(s)]
    found = [(s.start, str(s.value.get("country") or r.country.get(str(_actor_id(s)), ""))) for s in tagged]
    pattern, names = _gazetteer_places()
    words = [(m.start(), "US" if side == "us-government" else "KR") for side, p in _SIDE_WORDS
             for m in p.finditer(r.text, start, end)]
    words += [(m.start(), names[m.group().lower()]) for m in pattern.finditer(r.text, start, end)]
    found += [(pos, c) for pos, c in words if not any(s.start <= pos < s.end for s in tagged)]
    out: list[tuple[int, str]] = []
    last = ""  # the country of the last side kept
    for pos, country in sorted((pos, c) for pos, c in found if c):
        if country != last:
            out.append((pos, country))
            last = country
    return out


#: Between two figures or two names of one list: "X and Y", "X, Y and Z", "X, and Y".
_LIST_JOIN = re.compile(r"(?<!\s)\s*(?:,\s*(?:and\s+)?|and\s+)")
_RESPECTIVELY = re.compile(r"(?<!\s)\s*+,?\s*+respectively\b", re.I)
#: A proper name: capitalised words ("South Korea", "the U.S.", "Germany").
_PROPER = re.compile(r"(?:the\s+)?[A-Z][\w.’'-]*+(?:\s+[A-Z][\w.’'-]*+){0,3}")


def listed_names(r: Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each name of the last list of proper names joined by "and" in [start, end)
    ("The governments of Japan and South Korea also paid": Japan, South Korea), or [] when there is none.

    >>> r = Reader(annotate_text("The governments of Germany, Japan and Seoul paid it."))
    >>> [r.text[a:b] for a, b in listed_names(r, 0, len(r.text))]
    ['Germany', 'Japan', 'Seoul']
    """
    names = [(m.start(), m.end()) for m in _PROPER.finditer(r.text, start, end)]
    chain: list[tuple[int, int]] = []
    for a, b in reversed(names):
        if chain and not _LIST_JOIN.fullmatch(r.text, b, chain[0][0]):
            if len(chain) > 1:
                break
            chain = []
        chain.insert(0, (a, b))
    joined = len(chain) > 1 and "and" in r.text[chain[-2][1]:chain[-1][0]]
    return chain if joined else []


def respective_list(r: Reader, fig: Span) -> list[Span]:
    """Return the figures of the list that "respectively" closes and that holds the figure ("paid X and Y,
    respectively": X, Y; "paid X and Y in 2019 and 2021, respectively": X, Y), else [].

    >>> r = Reader(annotate_text("Japan and Seoul paid $9 billion and $4 billion, respectively, in 2021."))
    >>> [f.exact for f in respective_list(r, r.figures_in(0, len(r.text))[0])]
    ['$9 billion', '$4 billion']
    """
    return list(r.once(_respective_list_read, fig))  # speed59: asked of a figure by many rules


def _respective_list_read(r: Reader, fig: Span) -> list[Span]:
    """Return what :func:`respective_list` finds, read afresh."""
    s, e = r.near(fig)  # the sentence, cut to a window: linear on a run-on text
    if "respectively" not in r.text[s:e].lower():
        return []
    members = joined_figures(r, fig)
    if len(members) > 1 and (_RESPECTIVELY.match(r.text, r.restated_to(members[-1])) or listed_years(r, members)):
        return members
    return []


def joined_figures(r: Reader, fig: Span) -> list[Span]:
    """Return the figures of the figure's kind listed with it, joined by commas or "and" ("paid X and Y": X, Y); the
    figure alone when it is in no list.

    >>> r = Reader(annotate_text("Seoul paid $1 billion and $2 billion, and Tokyo $4 billion."))
    >>> [f.exact for f in joined_figures(r, r.figures_in(0, len(r.text))[0])]
    ['$1 billion', '$2 billion']

    A figure the window does not list (a troop count, which ``figures_in`` leaves out) is alone, not an error:

    >>> r = Reader(annotate_text("They host about 50,000 and 28,500 U.S. troops in Japan and Korea respectively."))
    >>> [f.exact for f in joined_figures(r, r.spans_in(0, len(r.text), "count")[0])]
    ['about 50,000 and 28,500 U.S. troops']
    """
    s, e = r.near(fig)
    figures = [f for f in r.figures_in(s, e) if f.kind == fig.kind]
    if fig not in figures:
        return [fig]
    joined = [bool(_LIST_JOIN.fullmatch(r.text, r.restated_to(a), b.start)) for a, b in itertools.pairwise(figures)]
    lo = hi = figures.index(fig)
    while lo > 0 and joined[lo - 1]:
        lo -= 1
    while hi < len(joined) and joined[hi]:
        hi += 1
    return figures[lo:hi + 1]


def listed_year(r: Reader, fig: Span, years: tuple[int, ...]) -> tuple[int, ...]:
    """Return the k-th of n years for the k-th of a list of n amounts bound to those n years, read in order with or
    without "respectively" ("Seoul paid X and Y in 2020 and 2021": Y is of 2021), else ``years`` (review18).

    >>> r = Reader(annotate_text("Seoul paid 1.04 trillion won and 1.18 trillion won in 2020 and 2021."))
    >>> listed_year(r, r.figures_in(0, len(r.text))[1], (2020, 2021))
    (2021,)
    """
    members = joined_figures(r, fig) if len(years) > 1 else [fig]
    return (years[members.index(fig)],) if len(members) == len(years) > 1 else years


#: Before a list of years that follows a list of figures: "X and Y in 2019 and 2021", "X and Y, respectively, for".
_YEARS_GAP = re.compile(r"(?:\s*+,?\s*+respectively)?\s*+,?\s*+(?:(?:in|for|during)\s++)?", re.I)


def listed_years(r: Reader, members: list[Span]) -> list[Span]:
    """Return the dates of one whole year each listed right after a list of figures, as many as the figures, with
    "respectively" before or after them ("X and Y in 2019 and 2021, respectively": 2019, 2021), else [].

    >>> r = Reader(annotate_text("Seoul paid $1 billion and $2 billion in 2019 and 2021, respectively."))
    >>> [d.exact for d in listed_years(r, r.figures_in(0, len(r.text)))]
    ['in 2019', '2021']
    >>> r = Reader(annotate_text("Seoul paid $1 billion and $2 billion in 2019 and 2021, 2022, respectively."))
    >>> listed_years(r, r.figures_in(0, len(r.text)))
    []
    """
    end = r.restated_to(members[-1])
    dates: list[Span] = []
    reach = win.LISTED_YEAR_CHARS * len(members) + win.LISTED_YEARS_LEAD
    for d in r.spans_in(end, min(len(r.text), end + reach), "date"):
        gap = _LIST_JOIN if dates else _YEARS_GAP
        if len(date_years(d)) != 1 or not gap.fullmatch(r.text, dates[-1].end if dates else end, d.start):
            break
        dates.append(d)
    closed = _RESPECTIVELY.match(r.text, end) or (dates and _RESPECTIVELY.match(r.text, dates[-1].end))
    return dates if closed and len(dates) == len(members) > 1 else []


def respective_years(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the year "respectively" matches a figure to: the k-th of n years listed after a list of n figures
    ("paid X and Y in 2019 and 2021, respectively": X is of 2019), else ().

    >>> r = Reader(annotate_text("Seoul paid $1 billion and $2 billion, respectively, in 2019 and 2021."))
    >>> [respective_years(r, f) for f in r.figures_in(0, len(r.text))]
    [(2019,), (2021,)]
    """
    members = respective_list(r, fig)
    dates = listed_years(r, members) if members else []
    return date_years(dates[members.index(fig)]) if dates else subject_years(r, fig)  # verd50b: the noun's years


#: The gap between the two ends of a change "from A to B" (claims26); the "from" before A.
_ENDS_GAP = re.compile(r"(?<!\s)\s++to\s++(?:" + _HEDGE + r")?")
_ENDS_FROM = re.compile(r"\bfrom\s++(?:" + _HEDGE + r")?$", re.I)
#: Two single years joined as a period: "between 2014 and 2018", "from 2014 to 2018".
_PERIOD_JOIN = re.compile(r"(?<!\s)\s++(?:and|to|through|until)\s++")
_PERIOD_OPEN = re.compile(r"\b(?:between|from)\s++$", re.I)


def endpoint_years(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the year of one end of a change "from A to B" over a period written once in its clause and in neither
    end's phrase ("From 2020 to 2021, the payment rose from A to B", "... went from A to B between 2014 and 2018"): A
    is of the first year, B of the last; else the end a change of the period came to (:func:`reached_end_year`), else
    ().

    >>> r = Reader(annotate_text("Between 2014 and 2018, the payment rose from 920 billion won to 960 billion won."))
    >>> [endpoint_years(r, f) for f in r.figures_in(0, len(r.text))]
    [(2014,), (2018,)]
    >>> r = Reader(annotate_text("The payment rose from 920 billion won in 2014 to 960 billion won in 2018."))
    >>> [endpoint_years(r, f) for f in r.figures_in(0, len(r.text))]
    [(), ()]
    """
    if fig.kind != "money":
        return ()
    c0, c1 = r.clause(fig, strong=True)
    money = [m for m in r.figures_in(c0, c1) if m.kind == "money"]
    pair = next(((a, b) for a, b in itertools.pairwise(money) if fig in (a, b) and _ENDS_GAP.fullmatch(
        r.text, a.end, b.start) and _ENDS_FROM.search(r.text, max(c0, a.start - win.ENDS_FROM_BACK), a.start)), None)
    if pair is None:
        return reached_end_year(r, fig)  # mendf68: "From 2021 to 2025, it rose 18.5 percent, to X": X is 2025's
    dates = r.spans_in(c0, c1, "date")
    if any(pair[0].start <= d.start < pair[1].end for d in dates):
        return ()
    years = period_years(r, dates)
    if len(years) < 2:
        return ()
    return (years[0],) if fig == pair[0] else (years[-1],)


#: A change's verb and the "to" of the level it came to, the amount right after ("rose about 18.5 percent, to X",
#: "grew to nearly X"); ``REACHED_BACK`` characters before the amount are read (mendf68, review68 finding 3).
_REACHED_VERB = re.compile(r"\b(?:" + RISE_FORMS + "|" + FALL_FORMS + r"|risen|rising|grown|growing|increasing|"
                           r"climb(?:ed|s|ing)|jump(?:s|ing)|soar(?:ed|s|ing)|went\s++up|gone\s++up|fallen|"
                           r"dropping|declin(?:ed|es|ing)|decreas(?:ed|es|ing))\b", re.I)
_REACHED_TO = re.compile(r"(?<![\w-])to\s++(?:" + _HEDGE + r")?$", re.I)
REACHED_BACK = 60


def reached_end_year(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the last year of a period its clause names once ("From 2021 to 2025, the payment rose 18.5 percent, to
    X") for the amount a change of that period came to ("rose ... to X", no amount between the verb and it, no
    "from" amount before it: :func:`endpoint_years` reads "from A to B"), not a yearly level ("paid X a year", "stood
    at X": every year of the period); else () (mendf68, review68 finding 3).

    >>> r = Reader(annotate_text("From 2021 to 2025, Seoul's payment rose about 18.5 percent, to 1.4 trillion won."))
    >>> [reached_end_year(r, f) for f in r.figures_in(0, len(r.text))]
    [(), (2025,)]
    >>> r = Reader(annotate_text("From 2021 to 2025, Seoul's payment stood at 1.4 trillion won."))
    >>> reached_end_year(r, r.figures_in(0, len(r.text))[0])
    ()
    """
    if fig.kind != "money" or per_year(r, fig):
        return ()
    c0, c1 = r.clause(fig, strong=True)
    w0 = max(c0, fig.start - REACHED_BACK)
    verbs = list(_REACHED_VERB.finditer(r.text, w0, fig.start))
    if not verbs or not _REACHED_TO.search(r.text, verbs[-1].end(), fig.start) or any(
            m.kind == "money" for m in r.figures_in(w0, fig.start)):
        return ()
    years = period_years(r, r.spans_in(c0, c1, "date"))
    return (years[-1],) if len(years) >= 2 else ()
def period_years(r: Reader, dates: list[Span]) -> tuple[int, ...]:
    """Return the years of the one period among ``dates``: one date of several years ("2020 to 2021"), or two
    single years joined after "between" / "from" ("between 2014 and 2018"); else ().

    >>> r = Reader(annotate_text("Between 2014 and 2018, the payment rose."))
    >>> period_years(r, r.spans_in(0, len(r.text), "date"))  # one span of five years (dates, fourteenth session)
    (2014, 2015, 2016, 2017, 2018)
    >>> r = Reader(annotate_text("In 2014 it rose, and in 2018 it fell."))
    >>> period_years(r, r.spans_in(0, len(r.text), "date"))
    ()
    """
    if len(dates) == 1:
        return date_years(dates[0])
    if len(dates) == 2 and _PERIOD_JOIN.fullmatch(r.text, dates[0].end, dates[1].start) and \
            _PERIOD_OPEN.search(r.text, max(0, dates[0].start - 10), dates[0].start):
        first, last = date_years(dates[0]), date_years(dates[1])
        return (first[0], last[-1]) if len(first) == len(last) == 1 else ()
    return ()


def respective_country(r: Reader, fig: Span) -> str | None:
    """Return the country of the payer "respectively" matches a figure to: the k-th of the n names listed before a
    list of n figures ("Japan and South Korea paid X and Y, respectively": X is Japan's; a name of no side of the
    talks is "other"), else None.

    >>> r = Reader(annotate_text("The governments of Germany and Seoul paid $9 billion and $4 billion, respectively."))
    >>> [respective_country(r, f) for f in r.figures_in(0, len(r.text))]
    ['DE', 'KR']
    >>> r = Reader(annotate_text("The governments of Hanul and Seoul paid $9 billion and $4 billion, respectively."))
    >>> [respective_country(r, f) for f in r.figures_in(0, len(r.text))]
    ['other', 'KR']
    """
    members = respective_list(r, fig)
    names = listed_names(r, r.clause(members[0], strong=True).start, members[0].start) if members else []
    if not members or len(names) != len(members):
        return None
    a, b = names[members.index(fig)]
    return next((c for _, c in named_countries(r, a, b)), "other")


def third_payer(r: Reader, fig: Span) -> bool:
    """Return whether a multiple multiplies another country's payment: its owner ("Japan's share would triple"), or
    the side named last before it in its clause ("asked Tokyo to triple the amount it pays"), is neither Korea nor
    the US.

    >>> texts = ("In 2019 the US asked Tokyo to triple what it pays.",
    ...          "Unlike Tokyo, Seoul was asked by the US to pay five times as much.")
    >>> [third_payer(r, r.spans_in(0, len(r.text), "multiplier")[0])
    ...  for r in map(Reader, map(annotate_text, texts))]
    [True, False]
    """
    owner = owner_country(r, fig)
    if owner is not None:
        return owner not in ("KR", "US")
    sides = named_countries(r, r.clause(fig, strong=True).start, fig.start)
    return bool(sides) and sides[-1][1] not in ("KR", "US")


#: A plural of payers that names no one, told by an indefinite quantifier or a host noun: "some countries", "several
#: wealthy allies", "other hosts", "host nations", or a bare plural opening its line or clause ("Nations would pay
#: ...": no article is the indefinite one; not "Allies", a headline's word for the two sides) (:func:`generic_payers`);
#: not a possessive ("allies'").
_PLURAL_PAYERS = re.compile(r"\b(?:(?:some|many|several|other|various|numerous|certain|most|few)[ \t]++(?:[a-z]{2,20}"
                            r"[ \t]++)?(?:countries|nations|allies|hosts|governments)|host[ \t-]++(?:countries|"
                            r"nations|governments)|(?:^|(?<=[\n:;,.]))[ \t]*+(?:nations|countries|hosts|governments))"
                            r"\b(?!['’])", re.I | re.M)
#: Right before such a plural, a word that makes it the two sides ("the other allies", "both", "their several"):
#: definite, so no generic payers.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|both|two|these|those|their|its|our)[ \t]++$", re.I)


def generic_payers(r: Reader, fig: Span) -> bool:
    """Return whether a multiple's clause has, before it, a plural of payers that names no one, told by an indefinite
    quantifier or a host noun ("several host governments may owe up to six times their present bill"), and names no
    Korea anywhere in it: the multiple is of many hosts' payments, none of them Seoul's on record; not when an ask is
    named between the two (the ask's multiple: an ask the data may hold), nor when "the", "both", "two" or a
    possessive makes the plural the two sides of the talks ("the two countries", "the allies' deal") (verd57, mend57v).

    >>> texts = ("If the rule passes, several host governments may owe up to six times their present bill.",
    ...          "Allies such as South Korea could owe six times their present bill under the rule.",
    ...          "Seoul, unlike other hosts, faces a bill six times its present one.",
    ...          "For several nations the fresh demand amounts to six times today's bill.",
    ...          "By 2030 the allies' pact puts the bill at 1.5 times its old size.",
    ...          "Under the pact both nations signed, the bill in 2030 is 1.5 times its old size.",
    ...          "Countries may owe up to four times their present bill.")
    >>> [generic_payers(r, r.spans_in(0, len(r.text), "multiplier")[0])
    ...  for r in map(Reader, map(annotate_text, texts))]
    [True, False, False, False, False, False, True]
    """
    c0, c1 = r.clause(fig, strong=True)
    plural = last_match(_PLURAL_PAYERS, r.text, c0, fig.start)
    if plural is not None and _DEFINITE_BEFORE.search(r.text, max(c0, plural.start() - 8), plural.start()):
        return False  # "the other host nations", "both nations": the sides of the talks, not many payers
    if plural is None or _DEMAND.search(r.text, plural.end(), fig.start):
        return False  # "for many countries, the demand is five times what they pay": the ask's multiple
    return not korea_named().search(r.text, c0, c1) and not any(c == "KR" for _, c in named_countries(r, c0, c1))


#: "N times as much on its own forces" (:func:`own_forces_spending`): a side's spending on its own military, not a
#: payment for the US troops.
_AS_MUCH_ON_OWN = re.compile(r"(?<![ \t])[ \t]++as[ \t]++much[ \t]++on[ \t]++(?:its|their|his|her)[ \t]++"
                             r"(?:own[ \t]++)?(?:military|armed[ \t]++forces|army|navy|defen[cs]e|arms|weapons)\b",
                             re.I)


def own_forces_spending(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is told "as much on its (own) military/armed forces/defense": a side's spending on
    its own forces against another's ("a study found the South pays 35 times as much on its armed forces as the
    North"), not the payment for the US troops (verd57).

    >>> texts = ("A study found the South pays 35 times as much on its armed forces as the North.",
    ...          "Tokyo now lays out three times as much on the US bases as it did in 2000.")
    >>> [own_forces_spending(r, r.spans_in(0, len(r.text), "multiplier")[0])
    ...  for r in map(Reader, map(annotate_text, texts))]
    [True, False]
    """
    return _AS_MUCH_ON_OWN.match(r.text, fig.end) is not None


#: A capitalised name owning a payment: "Germany's contribution", "Italy’s host-nation support".
_NAME_OWNS = re.compile(r"\b[A-Z][a-z]+(?=['’]s\s)")


def _unlisted_owner(r: Reader, fig: Span, c0: int) -> str | None:
    """Return "other" when a capitalised name that is neither a person nor a side of the talks owns the payment
    the figure is of, in its clause before it ("Germany's contribution rose 10 percent"), else None.

    >>> r = Reader(annotate_text("Germany's contribution rose 10 percent; Seoul's contribution rose 8.2 percent."))
    >>> [_unlisted_owner(r, f, 0 if f.start < 50 else 50) for f in r.figures_in(0, len(r.text))]
    ['other', None]
    """
    m = last_match(_NAME_OWNS, r.text, c0, fig.start)
    if m is None or not _OWNED_PAYMENT.match(r.text, m.end()) or r.figures_in(m.end(), fig.start):
        return None
    if r.spans_in(m.start(), m.end(), "person") or r.spans_in(m.start(), m.end(), "org") or _TALKS_SIDE.fullmatch(
            m.group()) or any(p.search(r.text, max(0, m.start() - 6), m.end()) for _, p in _SIDE_WORDS):
        return None
    return "other"


def other_host_clause(r: Reader, fig: Span) -> bool:
    """Return whether the figure's clause, up to it, names a country other than the two sides and not Korea: its
    change is that country's ("Japan will pay more to keep American troops ... raises its share by 10 percent").

    >>> texts = ("Japan will pay more to keep US troops under a deal that raises it by 10 percent.",
    ...          "Unlike Japan, Seoul will pay more under a deal that raises it by 10 percent.")
    >>> [other_host_clause(*figure_in(t)) for t in texts]
    [True, False]
    """
    sides = {country for _, country in named_countries(r, r.clause(fig, strong=True).start, fig.start)}
    return "KR" not in sides and bool(sides - {"US"})


#: Short names of the two sides of the talks that the side words leave out ("Korea's share", "America's bill").
_TALKS_SIDE = re.compile(r"Korea|America|Seoul|Washington|Pentagon|Congress")


#: After a country's name, a payment it owns: "'s contribution", "'s host-nation support".
_OWNED_PAYMENT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:contributions?|payments?|share|spending|support|"
                            r"burden)\b", re.I)


def _rejected_by(r: Reader, fig: Span) -> str | None:
    """Return who rejected the figure ("..., but Trump rejected the proposal"): the actor named before the
    rejection verb after the figure in its sentence ("" when none is named), or None when nothing was rejected.

    >>> r = Reader(annotate_text("The sides agreed on a 13 percent rise, but Trump turned it down."))
    >>> _rejected_by(r, r.figures_in(0, len(r.text))[0])
    'donald-trump'
    """
    passive = rejected_by_passive(r, fig)
    if passive is not None:
        return passive
    s, e = r.local(fig)
    m = _REJECTED.search(r.text, fig.end, e)
    if m is not None and not r.figures_in(fig.end, m.start()):
        lo, hi = fig.end, m.start()
    else:  # "Trump vetoed what was a done deal to raise it by 13 percent"
        m = last_match(_REJECT_VERB, r.text, s, fig.start)
        if m is None or r.figures_in(m.end(), fig.start) or not _DEAL_NOUN.search(r.text, m.end(), fig.start):
            return None
        lo, hi = s, m.start()
    named = [str(_actor_id(a)) for a in r.spans_in(lo, hi, "person", "org", "place") if _actor_id(a)]
    sides = [side for side, pattern in _SIDE_WORDS if pattern.search(r.text, lo, hi)]
    return (named or sides or [""])[-1]


def rejected_by_passive(r: Reader, fig: Span) -> str | None:
    """Return who rejected the figure in the passive ("..., but the agreement was rejected by Trump"): the first
    actor named in the phrase after "by" ("" when none is named), or None when no passive rejection follows it.

    >>> r = Reader(annotate_text("The sides agreed on a 13 percent rise, but the deal was rejected by Donald Trump."))
    >>> rejected_by_passive(r, r.figures_in(0, len(r.text))[0])
    'donald-trump'
    """
    _, e = r.local(fig)
    m = _REJECTED_PASSIVE.search(r.text, fig.end, e)
    if m is None or r.figures_in(fig.end, m.start()):
        return None
    agent = _AGENT.match(r.text, m.end())  # "by then-U.S. President Donald Trump, who ...": past a "U.S." stop
    end = agent.end() if agent else e
    named = [str(_actor_id(a)) for a in r.spans_in(m.end(), end, "person", "org", "place") if _actor_id(a)]
    sides = [side for side, pattern in _SIDE_WORDS if pattern.search(r.text, m.end(), end)]
    return (named or sides or [""])[-1]


#: The agent phrase after "by": up to a comma, semicolon or line end, at most 60 characters.
_AGENT = re.compile(r"[^,;\n]{1,60}")
#: "the agreement was rejected by", "it had been turned down by": a rejection whose rejecter follows "by".
_REJECTED_PASSIVE = re.compile(r"\b(?:it|that|the\s+(?:proposal|offer|deal|agreement|plan|compromise))\s+"
                               rf"(?:was|were|(?:had|has)\s+been)\s+{_REFUSE}\s+by\b", re.I)


#: A demand noun with its agent after it: "the demand by Trump for", "a request from Washington of" (claims26).
_NOUN_AGENT = re.compile(r"(?:demand|request|ask|call|bid|push)s?\s++(?:made\s++)?(?:by|from)\s", re.I)


def noun_agent(r: Reader, fig: Span, cue: int) -> str | None:
    """Return the actor named after a demand noun's "by" / "from" before the figure ("the demand by Trump for X"),
    else None.

    >>> r, fig = figure_in("Seoul rejected the demand by Donald Trump for $1.3 billion a year.")
    >>> noun_agent(r, fig, r.text.index("demand"))
    'donald-trump'
    >>> noun_agent(r, fig, r.text.index("rejected"))
    """
    m = _NOUN_AGENT.match(r.text, cue)
    if m is None or m.end() > fig.start:
        return None
    named = [str(_actor_id(a)) for a in r.spans_in(m.end(), fig.start, "person", "org", "place") if _actor_id(a)]
    sides = [side for side, pattern in _SIDE_WORDS if pattern.match(r.text, m.end())]
    return (named or sides or [None])[0]


def _rejected_offer(r: Reader, fig: Span, rejecter: str) -> Frame:
    """Return the frame of a rejected figure: an offer by the other side than the one that rejected it."""
    years, how = (_change_years if fig.kind == "percent" else bind_years)(r, fig)
    side = r.country.get(rejecter) or {"us-government": "US", "rok-government": "KR"}.get(rejecter)
    actor = {"US": "rok-government", "KR": "us-government"}.get(side or "")
    return Frame("offer", years, actor, _modality(r, fig, "offer"), how)


def names_payment(r: Reader, fig: Span) -> bool:
    """Return whether the figure's sentence names the cost-sharing payment itself (SMA, contribution, pay ...).

    >>> r = Reader(annotate_text("Wages of the staff rose 9 percent."))
    >>> names_payment(r, r.figures_in(0, len(r.text))[0])
    False
    """
    s, e = r.local(fig)
    return bool(_SMA_WORDS.search(r.text, s, e) or _PAYMENT.search(r.text, s, e))


def per_year(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a yearly sum ("a year", "annually", or the annotator's ``per``).

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nSeoul paid $1 billion a year.", "2019-12-01"))
    >>> per_year(r, r.figures_in(0, len(r.text))[0])
    True
    """
    return fig.value.get("per") == "year" or bool(_PER_YEAR.match(r.text, fig.end))


# --- what a figure's phrase says of asks refused and acts dated (read once into the frame) -------------------------

#: The Korean side refusing what follows ("Seoul balked at the", "South Korea has flatly rejected a", "Korean
#: negotiators resisted Washington's"), up to the end: at most two adverbs or auxiliaries before the verb, three
#: determiners or adjectives after it.
_KOREA_SIDE = r"(?<!North )\b(?:South[ \t]++Korea|Seoul|Korea|Korean[ \t]++(?:negotiators|officials|government))"
#: ... or its refusal told as a noun ("met with fierce resistance from Seoul to an exorbitant", "opposition by South
#: Korea to the", fresh80v).
_REFUSED_BY_KOREA = re.compile(
    rf"(?:{_KOREA_SIDE}[ \t]++"
    r"(?:(?:has|had|have|so[ \t]++far|flatly|firmly|strongly|repeatedly|also)[ \t]++){0,2}+"
    r"(?:ba[u]?lk(?:s|ed)?[ \t]++at|reject(?:s|ed)?|refus(?:es|ed)|resist(?:s|ed)?|oppos(?:es|ed)|"
    r"turn(?:s|ed)?[ \t]++down|push(?:es|ed)?[ \t]++back[ \t]++(?:on|against))"
    rf"|\b(?:resistance|opposition|objections?)[ \t]++(?:from|by)[ \t]++(?:the[ \t]++)?{_KOREA_SIDE}[ \t]++to)[ \t]++"
    r"(?:(?:the|a|an|any|such|U\.S\.|US|American|Washington['’]s|America['’]s|Trump['’]s|proposed|demanded|"
    r"requested|steep|huge|massive|sharp|whopping|exorbitant|excessive|hefty)[ \t]++){0,3}+$"
    # ... or its refusal to pay the multiple ("South Korea is not willing to pay 5 times more", b124)
    rf"|{_KOREA_SIDE}[ \t]++(?:(?:is|was|are|were|remains?|has[ \t]++been)[ \t]++)?(?:not[ \t]++willing|unwilling|"
    r"refus(?:es|ed|ing)|declin(?:es|ed|ing)|won['’]t|will[ \t]++not|cannot|can['’]t)[ \t]++(?:to[ \t]++)?pay[ \t]++$",
    re.I)
#: How far before a multiple :data:`_REFUSED_BY_KOREA` is looked for, in characters.
_REFUSED_BACK = 120


def refused_by_korea(r: Reader, span: Span) -> bool:
    """Return whether a multiple is the object of the Korean side refusing it ("Seoul balked at the fivefold
    increase", "South Korea rejected a five-fold hike"): what Seoul refuses is the other side's ask, a demand
    (unverif68; :attr:`Frame.refused`). The US side refusing (an offer) or a multiple told as a fact is not.

    >>> [refused_by_korea(*figure_in(t, -1)) for t in ("Seoul balked at the fivefold increase.",
    ...     "The US rejected a twofold increase.", "Seoul's payment has risen fivefold since 1991.",
    ...     "It met resistance from Seoul to an exorbitant five-fold increase.", "Resistance to a twofold rise grew.",
    ...     "South Korea is not willing to pay five times more for the troops.")]
    [True, False, False, True, False, True]
    """
    return _REFUSED_BY_KOREA.search(r.text, max(0, span.start - _REFUSED_BACK), span.start) is not None


#: What a multiple is a rise of, right after it ("fivefold increase in its defense budget", "twofold hike in the
#: number of troops"): a preposition, at most three determiners or adjectives, then the head noun (mendf70).
_MULTIPLE_OF_WHAT = re.compile(
    r"(?<![ \t-])[ \t-]*+(?:(?:" + RISE_NOUNS + r"|jump|boost|raise)s?[ \t]++)?(?:in|of|on)[ \t]++"
    r"(?:(?:its|the|their|this|Seoul['’]s|South[ \t]++Korea['’]s|Korea['’]s|annual|yearly|own|financial|Korean)"
    r"[ \t]++){0,3}+(?P<noun>[\w.-]++(?:[ \t]++[\w.'’-]++){0,2}+)", re.I)
#: Nouns among the first three words of :data:`_MULTIPLE_OF_WHAT` that name the payment itself ("in its share",
#: "in its defense cost-sharing", "in what it pays").
_PAYMENT_NOUN = re.compile(r"\b(?:share|contribution|payment|cost-sharing|cost|burden|bill|upkeep|what)s?\b", re.I)
#: How far after a multiple :data:`_MULTIPLE_OF_WHAT` is read, in characters.
_MULTIPLE_OF_AHEAD = 80


def multiple_of_other(r: Reader, span: Span) -> str | None:
    """Return the words of another thing than the payment that a multiple is a rise of ("a fivefold increase in
    its defense budget": ``defense budget proposed``; "in tariffs", "in the number of troops"), else None: no such
    words follow, or one of their first three names the payment ("in its share", "in its defense cost-sharing",
    "in what it pays"; mendf70; :attr:`Frame.rise_of`).

    >>> [multiple_of_other(*figure_in(t, -1)) for t in ("Seoul rejected a fivefold increase in tariffs.",
    ...     "Seoul rejected a fivefold increase in its share.", "Seoul balked at the fivefold increase.")]
    ['tariffs', None, None]
    >>> multiple_of_other(*figure_in("Seoul rejected a fivefold increase in its defense cost-sharing.", -1))
    """
    of = _MULTIPLE_OF_WHAT.match(r.text, span.end, min(len(r.text), span.end + _MULTIPLE_OF_AHEAD))
    if of is None or _PAYMENT_NOUN.search(of["noun"]) or paid_for_troops(r.text, of.start("noun")):
        return None
    return of["noun"].rstrip(".")


#: A relative clause that makes a noun the cost share ("the defense budget Seoul pays for U.S. troops", "the budget
#: that South Korea provides for the upkeep of American forces", "the sum paid by Seoul to station U.S. soldiers"):
#: Korea paying it (or its being paid by Korea) for the US troops or their upkeep.
_PAID_FOR_TROOPS = re.compile(
    r"\b(?:(?:that|which)[ \t]++)?(?:(?:Seoul|(?:South[ \t]++)?Korea|the[ \t]++(?:South[ \t]++)?Korean[ \t]++"
    r"government)[ \t]++(?:(?:has|have|had|will|would|must|should|now|currently|already|annually)[ \t]++){0,2}+"
    r"(?:pa(?:ys|id|y)|spends?|spent|contributes?|contributed|provides?|provided|gives?|gave|shoulders?|shouldered)|"
    r"(?:paid|spent|contributed|provided|shouldered)[ \t]++by[ \t]++(?:Seoul|(?:South[ \t]++)?Korea))[ \t]++"
    r"(?:(?:to|toward|towards)[ \t]++(?:Washington|the[ \t]++(?:U\.S\.|US|United[ \t]++States))[ \t]++)?"
    r"(?:for|on|to[ \t]++(?:station|keep|host|support)|toward|towards)[ \t]++(?:the[ \t]++)?"
    r"(?:(?:upkeep|stationing|presence|cost|costs)[ \t]++of[ \t]++(?:the[ \t]++)?)?"
    r"(?:(?:\d{1,3}(?:,\d{3})?+[ \t-]++(?:strong[ \t]++)?)?(?:U\.S\.|US|American|United[ \t]++States)[ \t]++"
    r"(?:troops|forces|soldiers|military|service[ \t]++members)|USFK|U\.S\.[ \t]++Forces[ \t]++Korea)(?!\w)", re.I)
#: How many characters after a rise's noun :data:`_PAID_FOR_TROOPS` may start (its noun's own words between), and
#: how far it is read.
_PAID_FOR_AHEAD, _PAID_FOR_READ = 40, 200


def paid_for_troops(text: str, at: int) -> bool:
    """Return whether the noun at ``at`` is followed, within a few words of its sentence, by a relative clause that
    makes it what Korea pays for the US troops ("the defense budget Seoul pays for U.S. troops": the cost share,
    review72 finding 8), so a multiple's rise of it is of the payment, not of another quantity.

    >>> t = "a fivefold increase in the defense budget Seoul pays for U.S. troops"
    >>> paid_for_troops(t, t.index("defense")), paid_for_troops("in the defense budget Seoul passed", 7)
    (True, False)
    >>> [paid_for_troops(f"in the defense budget, {w} Seoul pays for U.S. troops", 7) for w in ("which", "and")]
    [True, False]
    """
    m = _PAID_FOR_TROOPS.search(text, at, min(len(text), at + _PAID_FOR_READ))
    if m is None or m.start() - at > _PAID_FOR_AHEAD:
        return False
    gap = text[at:m.start()].rstrip()
    gap = gap[:-1] if gap.endswith(",") and m.group().lower().startswith("which") else gap  # ", which Seoul pays"
    return re.search(r"[.;:!?,(]", gap) is None


#: A count that a multiple's rise may be of, at the start of :func:`multiple_of_other`'s words ("the number of troops").
_COUNT_OF = re.compile(r"(?:total[ \t]++)?number[ \t]++of\b", re.I)


def rise_of_other(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is a rise of another quantity its words after it name (:func:`multiple_of_other`):
    a defence budget, tariffs, the narrow words of "other" (exports, GDP) or a count ("a fivefold increase in the
    defense budget", "a tenfold hike in tariffs on steel", "a twofold rise in the number of troops"), which the data
    never cover: not_checkable whoever asks or refuses it (frames69; not a payment noun: "in its share", nor a time:
    "a fivefold increase in 2020").

    >>> [rise_of_other(*figure_in(t, -1)) for t in ("Tolvig wants a fivefold increase in the defense budget.",
    ...     "Tolvig wants a fivefold increase in its share.", "Washington sought a fivefold increase in 2020.")]
    [True, False, False]
    """
    words = multiple_of_other(r, fig)
    return words is not None and (_COUNT_OF.match(words) is not None or any(p.search(words) for p in _RIGHT_BASE_CUES))


#: A rise right after a multiple as its base ("almost four times the increase Seoul offered", "double the hike it
#: proposed"): the multiple is of a rise's size, not of the payment (fresh80v).
_RISE_BASE = re.compile(r"(?<![ \t])[ \t]++(?:the|its|their|that)[ \t]++"
                        r"(?:(?:proposed|offered|planned|annual|yearly|first)[ \t]++)?"
                        r"(?:increase|rise|hike|raise)s?\b(?!-)", re.I)


def rise_base(r: Reader, fig: Span) -> bool:
    """Return whether a multiple's base right after it is a rise ("four times the increase Seoul offered"): a multiple
    of the size of a rise, which no payment the data hold is the base of (fresh80v; not "a fourfold increase", nor
    "four times the payment").

    >>> [rise_base(*figure_in(t, -1)) for t in ("The ask is almost four times the increase Seoul offered.",
    ...     "The ask is four times the payment.", "Tolvig wants a fourfold increase.")]
    [True, False, False]
    """
    return _RISE_BASE.match(r.text, fig.end) is not None


#: Right before a multiple, a verb of raising whose object is costs, prices or estimates "of" something, then "by"
#: ("hiked the costs of various elements in the talks by more than threefold", b122): what is multiplied is those costs,
#: not the payment (not "raised its share of the costs by"; "share", "payment", "contribution" head no such object).
#: The verbs of raising a sum, by stem ("raised", "hikes", "increasing", "boosted"): read here and by
#: ``analysis.rules`` (a payment "raised to" a sum).
RAISE_VERB = r"(?:rais|hik|increas|inflat|boost|pump|lift)(?:e|ed|es|ing|s)?"  # "boosts", "lifts": cfix37
_RAISED_COSTS = re.compile(r"\b" + RAISE_VERB + r"\s++(?:up\s++)?"
                           r"(?:(?:the|its|their)\s++)?(?:(?!(?:shares?|payments?|contributions?)\b)(?<![\w-])[\w-]++\s++)"
                           r"{0,2}?(?:costs?|expenses?|prices?|estimates?)\s++(?:of|for)\b[^.;:!?\n]{0,80}?\bby\s++[“\"‘']?$",
                           re.I)
RAISED_COSTS_BACK = 200  # characters before a multiple read for :data:`_RAISED_COSTS`


def raised_costs(r: Reader, fig: Span) -> bool:
    """Return whether a multiple is what costs "of" something were raised by (:data:`_RAISED_COSTS`): those costs'
    multiple, which the data never hold, not the payment's (b122).

    >>> [raised_costs(*figure_in(t, -1)) for t in ("The U.S. hiked the costs of various items in the talks by "
    ...     "more than threefold.", "The U.S. wants to raise Seoul's share of the costs by fivefold.",
    ...     "Trump wants a fivefold increase in the payment.", "It hiked the costs of items by “more than threefold”.")]
    [True, False, False, True]
    """
    s0, _ = r.sentence_of(fig)  # not its clause: a multiple in quotation marks is a clause of its own
    return _RAISED_COSTS.search(r.text, max(s0, fig.start - RAISED_COSTS_BACK), fig.start) is not None


def refused_ask(fig: Figure) -> Figure:
    """Return a figure the Korean side refuses (:attr:`Frame.refused`) framed as what it is, a demand, asked by the US
    government when its frame names no actor: the side whose multiples of the payment are on record (unverif68).

    >>> fig = build_figures(annotate_text("Seoul balked at the fivefold increase.", "2019-12-26"))[0]
    >>> fig.frame.refused, refused_ask(fig).frame.actor, refused_ask(fig).frame.modality
    (True, 'us-government', 'demand')
    """
    return dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, modality="demand",
                                                              actor=fig.frame.actor or "us-government"))


#: A year told from publication in a figure's own phrase: "this year", "next year", "last year" (mendf68).
_DEICTIC_YEAR = re.compile(r"(?:this|next|last)\s++year(?:['’]s)?", re.I)
#: A budget or deal act that a year told from publication may date instead of the payment (mendf70): "set aside",
#: "approved", "earmarked", "submitted", "passed", "allocated", a deal "agreed", "signed", "reached", "ratified".
_ACT = (r"(?:set(?:s|ting)?[ \t]++aside|approv(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|"
        r"budget(?:s|ed)|submit(?:s|ted|ting)?|pass(?:es|ed)|agreed|signed|reached|struck|concluded|ratified)")
#: An act right before or after a year told from publication ("this year approved", "a deal agreed last year").
_ACT_NEXT_BEFORE = re.compile(_ACT + r"(?:[ \t]++\w++)?+[ \t]++$", re.I)
_ACT_NEXT_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:\w++[ \t]++)?+" + _ACT + r"\b", re.I)
#: An act whose object is the figure ("approved 1.2 trillion won", "earmarks about 1.5 trillion won").
_ACT_ON_FIGURE = re.compile(r"\b" + _ACT + r"[ \t]++(?:(?:a|an|the|about|some|nearly|roughly)[ \t]++)?+$", re.I)
#: How far around a year or before a figure :data:`_ACT_NEXT_BEFORE` and :data:`_ACT_ON_FIGURE` look, in characters.
_ACT_WINDOW = 40


def dates_act(r: Reader, date: Span) -> bool:
    """Return whether a year told from publication dates a budget or deal act next to it ("this year approved",
    "submitted this year", "a deal agreed last year"), not the payment (mendf70).

    >>> [dates_act(r, r.spans_in(0, len(r.text), "date")[0]) for r, _ in (figure_in(t, 0) for t in (
    ...     "Seoul pays 1.2 trillion won under a deal agreed last year.",
    ...     "Seoul will pay 1.2 trillion won next year."))]
    [True, False]
    """
    return (_ACT_NEXT_BEFORE.search(r.text, max(0, date.start - _ACT_WINDOW), date.start) is not None
            or _ACT_NEXT_AFTER.match(r.text, date.end, date.end + _ACT_WINDOW) is not None)


def act_before(r: Reader, span: Span) -> bool:
    """Return whether a figure is the object of a budget or deal act ("Parliament approved 1.2 trillion won this
    year", "the bill earmarks X"): a year told from publication then dates the act (mendf70).

    >>> [act_before(*figure_in(t, 0)) for t in ("Parliament approved 1.2 trillion won this year.",
    ...                                         "Seoul will pay 1.2 trillion won this year.")]
    [True, False]
    """
    return _ACT_ON_FIGURE.search(r.text, max(0, span.start - _ACT_WINDOW), span.start) is not None


def year_reads(r: Reader, span: Span) -> dict[str, Any]:
    """Return what an amount's own phrase says of its year beside the year bound: whether a budget or deal act takes
    it (``act``: "object" when it is the act's object, "dated" when a date of its clause dates the act, else None),
    the years its "this/next/last year" tell when they date no act (``told``), and the years of its written-year
    dates (``written``) (mendf68, mendf70; :attr:`Frame.act`, :attr:`Frame.told`, :attr:`Frame.written`).

    >>> year_reads(*figure_in("Seoul will pay 1.5192 trillion won next year.", 0)) == {
    ...     "act": None, "told": ((2021,),), "written": ()}
    True
    >>> [year_reads(*figure_in(t, 0))["act"] for t in ("Parliament approved 1.2471 trillion won in 2021.",
    ...                                                 "Seoul pays 1.2 trillion won under a deal agreed last year.")]
    ['object', 'dated']
    """
    dates = r.spans_in(*r.clause(span), "date")
    act = "object" if act_before(r, span) else "dated" if any(dates_act(r, d) for d in dates) else None
    return {"act": act,
            "told": tuple(date_years(d) for d in dates if _DEICTIC_YEAR.fullmatch(d.exact) and not dates_act(r, d)),
            "written": tuple(date_years(d) for d in dates if re.search(r"\d{4}", d.exact))}


def with_reads(r: Reader, fig: Figure) -> Figure:
    """Return ``fig`` with what its phrase says beside its quantity and year read into its frame: for a multiple, the
    Korean side refusing it (:func:`refused_by_korea`) and what else it is a rise of (:func:`multiple_of_other`); for
    an amount, the acts and years of its clause (:func:`year_reads`). The judging rules read these off the frame.

    >>> fig = build_figures(annotate_text("Seoul rejected a fivefold increase in tariffs.", "2019-12-26"))[0]
    >>> fig.frame.refused, fig.frame.rise_of
    (True, 'tariffs')
    """
    if fig.span.kind == "multiplier":
        reads: dict[str, Any] = {"refused": refused_by_korea(r, fig.span), "rise_of": multiple_of_other(r, fig.span)}
    elif fig.span.kind == "money":
        reads = year_reads(r, fig.span)
    else:
        return fig
    return dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, **reads))


def build_figures(ann: Annotation, reader: Reader | None = None) -> list[Figure]:
    """Return every figure of the article with its frame, in text order (conversions after their amount).

    >>> from analysis.extract import annotate
    >>> ann = annotate("T\\n\\nSeoul paid 1.18 trillion won, or about $1 billion, in 2021.", "2021-06-01")
    >>> [(f.span.exact, f.frame.quantity) for f in build_figures(ann)]
    [('1.18 trillion won', 'sma_payment'), ('about $1 billion', 'conversion')]
    """
    r = reader or Reader(ann)
    spans = [s for s in r.spans if s.kind in ("money", "percent", "multiplier")]
    restated = _restatements(r, spans)
    frames = {s.id: frame_of(r, s) for s in spans if not r.equivalent(s) and s.id not in restated}
    frames.update(headline_frames(r, spans, frames))
    frames.update(repeated_frames(r, spans, frames))
    out: list[Figure] = []
    for span in spans:
        if span.id in frames:
            related = _related(r, span, frames)
            out.append(Figure(span, _ratio_frame(frames[span.id], related, frames), r.sentence_of(span), related))
            continue
        primary = r.by_id.get(str(r.equivalent(span) or restated.get(span.id)))
        if primary is not None and primary.id in frames:
            f = frames[primary.id]
            out.append(Figure(span, Frame("conversion", f.years, f.actor, f.modality, f.bound),
                              r.sentence_of(span), (primary,)))
    counts = [Figure(c, troop_frame(r, c), r.sentence_of(c)) for c in r.spans_in(0, len(r.text), "count")]
    read = [with_reads(r, f) for f in out + superlatives(r, out)]
    return sorted(read + counts, key=lambda f: f.span.start)


def headline_frames(r: Reader, spans: list[Span], frames: dict[str, Frame]) -> dict[str, Frame]:
    """Return {headline percent id: frame} for a headline percent of no covered quantity that the body restates
    (the same percent, in a framed sentence): the body figure's frame, for the headline only summarises it.

    >>> from analysis.extract import annotate
    >>> ann = annotate("Trump raises price tag almost 500%\\n\\nTrump demands Seoul pay roughly 500% more in 2020.",
    ...                "2019-11-14")
    >>> [(f.span.exact, f.frame.quantity) for f in build_figures(ann)][0]
    ('almost 500%', 'demand')

    A headline percent its own words tell as a goal ("'Cost plus 50%:' Vell wants hosts to pay a premium": ``other``,
    ``hypothetical``) keeps its frame: it names the wish, not the body's ask (count93v).

    >>> ann = annotate("'Cost Plus 50%:' Vell Wants Hosts to Pay a Premium\\n\\nVell insists on the full cost plus "
    ...                "another 50%.", "2019-03-08")
    >>> [(f.span.exact, f.frame.quantity) for f in build_figures(ann)][0]
    ('50%', 'other')
    """
    first: dict[Any, Span] = {}  # the first framed body percent of each value, found once (not per headline one)
    for b in spans:
        if b.kind == "percent" and b.start > r.title_end and b.id in frames and frames[b.id].quantity != "other" \
                and (v := b.value.get("percent")) == v:  # a NaN equals no percent, so it is never the same
            first.setdefault(v, b)
    out: dict[str, Frame] = {}
    for s in spans:
        if s.kind != "percent" or s.end > r.title_end or s.id not in frames or frames[s.id].quantity != "other" \
                or frames[s.id].modality == "hypothetical":
            continue
        same = first.get(s.value.get("percent"))
        if same is not None:
            out[s.id] = frames[same.id]
    return out


#: Modalities of a figure someone put forward (not a fact): a later mention of the same figure refers back to it.
_PUT_FORWARD = ("demand", "offer", "forecast", "hypothetical")


def repeated_frames(r: Reader, spans: list[Span], frames: dict[str, Frame]) -> dict[str, Frame]:
    """Return {figure id: frame} for a figure with no frame of its own (no year, no cue: read as a payment, a change
    or nothing from its context only) that repeats a figure the article framed earlier as a demand, an offer or a
    forecast — the same kind and value refers back to it ("the $4.7 billion figure", "a deal with a 10 percent
    increase" after "a 10 percent increase is likely").

    >>> ann = annotate_text("Trump demanded $4.7 billion for 2020. Aides doubt the $4.7 billion figure.", "2019-11-15")
    >>> [(f.span.exact, f.frame.quantity, f.frame.years) for f in build_figures(ann)]
    [('$4.7 billion', 'demand', (2020,)), ('$4.7 billion', 'demand', (2020,))]
    """
    first: dict[tuple[Any, ...], Frame] = {}
    seen: dict[tuple[Any, ...], Frame] = {}  # the first frame of each figure, put forward or not
    out: dict[str, Frame] = {}
    for s in spans:
        f = frames.get(s.id)
        if f is None or s.kind not in ("money", "percent"):
            continue
        key = (s.kind, s.value.get("amount"), s.value.get("currency"), s.value.get("percent"))
        prior = first.get(key) if _unframed(r, s, f) or named_as_earlier(r, s) else None
        prior = prior or (seen.get(key) if cited_again(r, s) else None)  # fresh81v: "Trump's X figure"
        if prior is not None:
            out[s.id] = Frame(prior.quantity, prior.years, prior.actor, _modality(r, s, prior.modality), prior.bound,
                              prior.recalled, loose=f.loose)  # its own reading's cue
        elif f.modality in _PUT_FORWARD and f.quantity in ("demand", "offer", "forecast", "sma_change"):
            first.setdefault(key, f)
        if f.quantity in _CITED_QUANTITIES:
            seen.setdefault(key, f)
    return out


#: Quantities a figure named again as someone's figure may take from its first mention.
_CITED_QUANTITIES = ("sma_payment", "sma_change", "demand", "offer")
#: Right after an amount, a noun naming it as a figure someone gave ("Trump's $500 million figure", "the $5 billion
#: number"), or a reduced relative of citing ("the "$500 million" President Trump mentioned", "the X he cited").
_CITED_NOUN = re.compile(r"(?<![ \t”\"’'])[”\"’']?+[ \t]++(?:figure|number|claim|remark)s?\b", re.I)
#: Before an amount a noun of citing names, what makes it a given figure: "the" or a possessive, a word or two
#: between ("Trump's $500 million figure", "the same $5 billion number"); not "a $500 million claim by a contractor"
#: (review81 item 2), read in ``windows.CITED_OWNER_BACK`` characters.
_CITED_OWNER = re.compile(r"(?:\b[Tt]he|['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat))[ \t]++"
                          r"(?:(?=[a-z])[\w-]++[ \t]++){0,2}[“\"‘']?+\Z")
#: Reduced relatives of citing ("the "$500 million" President Trump mentioned", "the X he cited"); not of giving ("the X
#: Seoul gave to the workers fund" names a sum given, not a figure: review81 item 2).
_CITED_RELATIVE = re.compile(r"(?<![ \t”\"’'])[”\"’']?+[ \t]++(?:(?:that|which)[ \t]++)?"
                             r"(?:(?:(?=[A-Z])[\w.’'-]++[ \t]++){1,4}|(?:he|she|they)[ \t]++)(?:had[ \t]++)?"
                             r"(?:mentioned|cited|claimed|quoted|named|floated|touted)\b")


def cited_again(r: Reader, fig: Span) -> bool:
    """Return whether an amount is named as a figure someone gave, by a noun or a relative of citing right after it
    ("Trump's US$500 million figure", "the "500 million dollars" President Trump mentioned"): it names that figure
    again, so it takes the frame of its first mention in the article (fresh81v), whatever its own phrase cues.

    >>> [cited_again(*figure_in(t)) for t in ("Aides doubt Trump's $500 million figure.",
    ...                                       'The "$500 million" President Trump mentioned was wrong.',
    ...                                       "Seoul paid $500 million last year.",
    ...                                       "The $500 million Seoul paid was spent.",
    ...                                       "A $500 million claim by a contractor is separate.",
    ...                                       "The $500 million Seoul gave to the fund is separate.",
    ...                                       "The $500 million Japan cited for its own bases is separate.")]
    [True, True, False, False, False, False, False]
    """
    noun = _CITED_NOUN.match(r.text, fig.end) is not None and \
        _CITED_OWNER.search(r.text[max(0, fig.start - win.CITED_OWNER_BACK):fig.start]) is not None
    cited = _CITED_RELATIVE.match(r.text, fig.end)
    return noun or (cited is not None and _OWN_FORCES.match(r.text, cited.end()) is None)


#: Before an amount, words naming it as one given before: "the earlier number of", "the same figure of".
_EARLIER_NAME = re.compile(r"\b(?:the|its|his|their)\s+(?:earlier|previous|original|initial|same|old|former)\s+"
                           r"(?:number|figure|sum|amount|demand|request|ask|price\s+tag)\s+of\s+(?:" + _HEDGE + r")?$",
                           re.I)


def named_as_earlier(r: Reader, fig: Span) -> bool:
    """Return whether an amount is named as one the article gave before ("could stick to the earlier number of
    $5 billion"), so it takes that figure's frame, whatever verb governs it.

    >>> r = Reader(annotate_text("He demanded $5 billion. He could stick to the earlier number of $5 billion."))
    >>> [named_as_earlier(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    return _EARLIER_NAME.search(r.text, max(0, fig.start - win.EARLIER_NAME_BACK), fig.start) is not None


def _unframed(r: Reader, fig: Span, frame: Frame) -> bool:
    """Return whether a figure's frame came from its context only: no year of its own, reported, a payment, a change
    or no quantity, with no cue of its own (a payment word or another quantity in its phrase)."""
    if frame.bound != "publication" or frame.modality not in ("reported", "quotation") or frame.recalled:
        return False
    if frame.quantity not in ("sma_payment", "sma_change", "other") or _other_quantity(r, fig):
        return False
    c0, _ = r.clause(fig, strong=True)
    if _COST_VERB.search(r.text, c0, fig.start) or _LOSS_BEFORE.search(
            r.text, max(c0, fig.start - win.BROUGHT_TO_BACK), fig.start):
        return False  # "troops would cost as much as X": an estimate of costs, framed by its own verb
    return fig.kind == "percent" or _money_quantity(r, fig).cue is None


#: Verbs of what something costs or is worth: a figure they govern is a cost estimate, not a sum asked or paid.
_COST_VERB = re.compile(r"\b(?:cost(?:s|ing)?|spen[dt]s?|spending|worth|valued|priced)\b", re.I)
#: A verb of loss right before an amount ("Washington was losing X for its bases", fresh80v): a sum lost is a cost,
#: not an ask told again (not "loses nothing from a deal with X").
_LOSS_BEFORE = re.compile(r"\blos(?:e|es|ing|t)\s++(?:" + _HEDGE + r")?$", re.I)


def superlatives(r: Reader, figures: list[Figure]) -> list[Figure]:
    """Return the superlatives of a yearly change ("the largest since 2004", "the biggest annual rise in nearly
    two decades") as figures: the span's value holds the first year of the window that no rise may reach; the
    frame takes the year of the change its sentence states, else its own year.

    >>> r = Reader(annotate_text("Seoul pays 13.9% more in 2021, the largest rise since 2004.", "2021-03-10"))
    >>> [(f.span.exact, f.span.value, f.frame.quantity, f.frame.years) for f in superlatives(r, [])]
    [('the largest rise since 2004', {'from_year': 2005}, 'sma_change', (2021,))]
    >>> [f.span.value for f in superlatives(r, build_figures(r.ann, r))]
    [{'stated': 13.9, 'from_year': 2005}]
    >>> r = Reader(annotate_text("Seoul's cost-sharing rose 13.9% in 2021 and reached record highs.", "2021-03-10"))
    >>> [(f.span.exact, f.span.value) for f in superlatives(r, build_figures(r.ann, r))]
    [('record highs', {'stated': 13.9, 'from_year': 0})]
    >>> r = Reader(annotate_text("Seoul pays 13.9% more, the first double-digit rise in 17 years.", "2021-03-10"))
    >>> [f.span.value for f in superlatives(r, build_figures(r.ann, r))]
    [{'stated': 13.9, 'from_year': 2005, 'threshold': 10.0}]
    """
    out = []
    # the stated rises, in text order (``figures`` is): each superlative finds its sentence's by bisection
    rises = [f for f in figures if f.span.kind == "percent" and f.frame.quantity in ("sma_change", "offer", "forecast")]
    starts = [f.span.start for f in rises]
    for i, m in enumerate(_SUPERLATIVE.finditer(r.text)):
        if m.group("whose") and superlative_owner(r, m.start("whose"), m.end("whose")) not in (None, "KR"):
            continue  # "the largest increase for Japan in 16 years": another payer's rise (mendv78)
        span = Span(f"superlative-{i + 1}", "superlative", m.start(), m.end(), m.group(), {})
        s, e = r.sentence_of(span)
        near = nearest_start(rises, starts, s, e, m.start())
        value: dict[str, float] = {}
        if near is not None:  # the rise the sentence states (the nearest) is the one called the largest
            years, how = near.frame.years, near.frame.bound
            value["stated"] = float(near.span.value["percent"])
        else:
            years, how = bind_years(r, span)
        own = m.groupdict().get("of")  # "the highest rate of share increase": the rise of the payment (claims22)
        quantity = "sma_change" if near is not None or own or names_payment(r, span) else "other"
        value["from_year"] = window_start(m.groupdict(), years[-1])
        if m.group("dd"):
            value["threshold"] = DOUBLE_DIGIT
        out.append(Figure(Span(span.id, span.kind, span.start, span.end, span.exact, value),
                          Frame(quantity, years, "rok-government", "reported", how), (s, e)))
    return out


def nearest_start(items: list[_T], starts: list[int], lo: int, hi: int, at: int) -> _T | None:
    """Return the item of ``items`` (``starts`` their starts, in order) that starts in [lo, hi) nearest ``at``, the
    earlier of two as near (as ``min`` over them by distance finds it), or None when none starts there: three
    bisections, not a read of every item (a superlative per figure of a long article read them all: quadratic).

    >>> starts = [0, 10, 20, 20, 40]
    >>> items = ["a", "b", "c", "d", "e"]
    >>> [nearest_start(items, starts, 0, 50, at) for at in (0, 5, 16, 30, 31, 99)]
    ['a', 'a', 'c', 'c', 'e', 'e']
    >>> nearest_start(items, starts, 11, 20, 15), nearest_start(items, starts, 5, 45, 0)
    (None, 'b')
    """
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    k = bisect.bisect_left(starts, at, i, j)
    left = bisect.bisect_left(starts, starts[k - 1], i, j) if k > i else None
    if left is not None and (k == j or at - starts[left] <= starts[k] - at):
        return items[left]
    return items[k] if k < j else None


def superlative_owner(r: Reader, start: int, end: int) -> str | None:
    """Return the country a superlative's "of / for X" names in [start, end) ("the largest increase for Japan in 16
    years"): a country, capital or government of the gazetteer or the world table (:func:`_gazetteer_places`), else
    the first side of the talks named there (:func:`sides_named`: "for Washington", "for Seoul"); None if none is.

    >>> r = Reader(annotate_text("Tokyo's rise was the largest for Japan in 16 years; Seoul's for Seoul in a decade."))
    >>> [superlative_owner(r, r.text.index(w), r.text.index(w) + len(w)) for w in ("Japan", "for Seoul", "decade")]
    ['JP', 'KR', None]
    """
    pattern, names = _gazetteer_places()
    m = pattern.search(r.text, start, end)
    if m is not None:
        return names.get(m.group().lower())
    sides = sides_named(r, start, end)
    return sides[0][1] if sides else None


def window_start(groups: dict[str, str | None], year: int) -> int:
    """Return the first year of a superlative's window (no rise of it may reach the one called the largest), from the
    groups of its match: the year after "since <year>", 0 for "ever" or "record" (every year), else ``year`` less the
    years counted ("in nearly two decades": 18).

    >>> window_start({"since": "2002"}, 2021), window_start({"record": "record high"}, 2021)
    (2003, 0)
    >>> window_start({"n": "two", "unit": "decades", "approx": "nearly"}, 2021)
    2004
    """
    if groups.get("since"):
        return int(groups["since"]) + 1
    if groups.get("ever") or groups.get("record"):
        return 0  # "the largest increase in history", "reached record highs": every year the data has
    word, unit = groups["n"] or "", groups["unit"] or ""
    n = int(word) if word.isdigit() else {**ARTICLES, **CARDINALS}[word.lower()]
    n *= 10 if unit.lower().startswith("decade") else 1
    n = round(n * 0.9) if (groups.get("approx") or "").lower() in ("nearly", "almost") else n  # "nearly two decades"
    return year - n + 1


def _restatements(r: Reader, spans: list[Span]) -> dict[str, str]:
    """Return {amount id: id of the amount it restates} for "X won, or (the equivalent of) about $Y"."""
    money = [s for s in spans if s.kind == "money" and not r.equivalent(s)]
    out: dict[str, str] = {}
    for a, b in itertools.pairwise(money):
        gap = r.text[a.end:b.start]
        if a.id not in out and restating_gap(gap, b.exact, r.text[b.end:b.end + win.RESTATEMENT_TAIL]) \
                and a.value.get("currency") != b.value.get("currency") \
                and converts(r, a, b):
            out[b.id] = a.id
    return out


def _ratio_frame(frame: Frame, related: tuple[Span, ...], frames: dict[str, Frame]) -> Frame:
    """Return a multiple's frame completed from its amount: the amount's quantity if the data does not cover
    it, and the amount's years when the multiple's own phrase names none; a multiple whose amount is a demand of a
    period of years ("during his term, demanded a fivefold rise to $5 billion") is a demanded one, of that period."""
    if frame.quantity != "ratio" or not related or related[0].id not in frames:
        return frame
    base = frames[related[0].id]
    if base.quantity in OTHER_QUANTITIES:
        return Frame(base.quantity, frame.years, base.actor, frame.modality, frame.bound)
    if base.quantity == "demand" and frame.bound == "publication" and base.bound == "publication":
        return Frame("ratio", frame.years, base.actor, "demand", frame.bound)  # "a fivefold rise to $5 billion"
    if base.quantity == "demand" and len(base.years) > 1 and (
            frame.bound in ("clause", "publication") or set(frame.years) <= set(base.years)):
        return Frame("ratio", base.years, base.actor, "demand", base.bound)  # review18: "under X's presidency, ..."
    if frame.bound in ("clause", "publication") and base.bound not in ("publication",):
        year = min(base.years[0], frame.years[0])  # a demand "for next year" is a multiple of this year's payment
        if base.quantity == "demand" and frame.years == base.years:  # verd57: an ask's multiple, however each was
            return Frame("ratio", (year,), base.actor, "demand", base.bound)  # dated (a report's day, an ask's year)
        return Frame("ratio", (year,), frame.actor, frame.modality, base.bound)
    return frame


def _related(r: Reader, fig: Span, frames: dict[str, Frame]) -> tuple[Span, ...]:
    """Return the amount a multiple is of: the nearest amount of its sentence that is not a payment (the
    payment is the base), else the nearest amount."""
    if fig.kind == "percent":
        base = _modified_amount(r, fig) or ask_of_percent(r, fig, frames)  # fix50i: "The $X ask is N% above ..."
        return (base,) if base is not None else ()
    if fig.kind != "multiplier":
        return ()
    own = _multiple_target(r, fig, frames)
    if own is not None and counted_from(r.text, fig.end, own.start):  # "This is a fivefold rise from X": X is the base
        if asked_base(r.text, fig, own, frames):
            return ()
        own = anaphoric_amount(r, fig, frames) or result_before(r, fig, own) or own
    earlier = restated_multiple(r, fig) if own is None else None
    target = own if earlier is None else _multiple_target(r, earlier, frames)
    if target is None:  # claims21: "The U.S. wants $5 billion. That is five times what Seoul pays."
        target = anaphoric_amount(r, fig, frames)
    return (target,) if target is not None else ()


def asked_base(text: str, fig: Span, base: Span, frames: dict[str, Frame]) -> bool:
    """Return whether a multiple's base right after it ("N times the $X") is an ask, not a payment ("That's twice
    the $5 billion he demanded in 2019"): the multiple compares two asks, so the payment of a year is not its base
    and no amount is its target (review43: it was divided by the payment, a right "twice" contradicted).

    >>> f = {"b": Frame("demand", (2019,), None, "demand"), "p": Frame("sma_payment", (2019,), None, "reported")}
    >>> t = "twice the $5 bn"
    >>> s, b, p = (Span(i, k, n, n + 5, "x", {}) for i, k, n in (("m", "multiplier", 0), ("b", "money", 10),
    ...                                                          ("p", "money", 10)))
    >>> asked_base(t, s, b, f), asked_base(t, s, p, f)
    (True, False)
    """
    frame = frames.get(base.id)
    return _THE_AMOUNT.fullmatch(text, fig.end, base.start) is not None and frame is not None \
        and frame.quantity in ("demand", "offer")


#: A word between a multiple and a later amount that makes the amount the base: "five times more than $X",
#: "ten times what Seoul paid", or "from" with no "to" after it ("a fivefold increase from this year's $X").
_BASE_GAP = re.compile(r"\b(?:than|what)\b|\b(?:from|over|above)\b(?:(?!\bto\b)[^.;\d]){0,40}$", re.I)


def counted_from(text: str, multiple_end: int, amount_start: int) -> bool:
    """Return whether an amount after a multiple is the base it is counted from, not its result.

    >>> t = "a fivefold increase from this year's $923 million"
    >>> counted_from(t, 10, t.index("$")), counted_from("a fivefold increase from 2019 to $5 billion", 10, 33)
    (True, False)
    >>> t = "rose to 1.13 times the amount of its share in 2019, which stood at $891 million"
    >>> counted_from(t, t.index(" the"), t.index("$"))
    True
    >>> t = "That's five times the roughly $800 million Seoul pays"
    >>> counted_from(t, t.index(" the"), t.index("roughly")), counted_from(t, t.index(" the"), t.index("$"))
    (True, True)

    A rise "over" or "above" an amount counts from it, as "from" does; "the current amount of" names it (probe81v:
    the base was divided by itself, 1.00×, and a right "fivefold" contradicted):

    >>> t = "a more than fivefold increase over the current 1.04 trillion won"
    >>> counted_from(t, t.index(" increase"), t.index("1.04")), counted_from(t.replace("over", "to"), 17, 42)
    (True, False)
    >>> t = "five times the current amount of 1.04 trillion won"
    >>> counted_from(t, t.index(" the"), t.index("1.04"))
    True
    >>> t = "a fivefold increase over five years to $5 billion"
    >>> counted_from(t, t.index(" increase"), t.index("$"))
    False
    """
    return amount_start >= multiple_end and (_BASE_GAP.search(text, multiple_end, amount_start) is not None
                                             or _TIMES_THE.match(text, multiple_end) is not None
                                             or _THE_AMOUNT.fullmatch(text, multiple_end, amount_start) is not None
                                             or level_of_multiplied(text, multiple_end, amount_start)
                                             or payment_of_base(text, multiple_end, amount_start))  # fix50i


#: "a fivefold increase in Seoul's share of the costs, which are about $1 billion": the thing a multiple raises, then
#: a relative clause in the present or past indicative ("which is", "which stood at") giving that thing's level.
_INCREASE_IN = re.compile(r"^\s*+(?:" + RISE_NOUNS + r"|jump|raise|boost)s?\s++(?:in|of)\s", re.I)
_WHICH_LEVEL = re.compile(r",\s*+which\s++(?:is|are|was|were|stands?|stood|totals?|totaled|totalled|amounts?|"
                          r"amounted)\b[^,;.\d]{0,40}$", re.I)


def level_of_multiplied(text: str, multiple_end: int, amount_start: int) -> bool:
    """Return whether an amount after a multiple is the current level of the thing the multiple raises, told in a
    relative clause on that thing ("a five-fold increase in Seoul's share of the costs, which are the equivalent of
    roughly $1 billion per year"): the base, not the ask (claims23). "which would be" (the ask) does not count.

    >>> def level(t): return level_of_multiplied(t, t.index(" increase"), t.index("$"))
    >>> level("a demand for a fivefold increase in Seoul's share, which is about $1 billion a year")
    True
    >>> level("a demand for a fivefold increase in Seoul's share, which would be about $5 billion a year")
    False
    """
    gap = text[multiple_end:amount_start]
    return len(gap) <= win.MULTIPLE_TO_LEVEL and bool(_INCREASE_IN.match(gap)) and bool(_WHICH_LEVEL.search(gap))


#: Right after a multiple, an amount it multiplies: "five times the (roughly) $800 million Seoul pays" (claims43).
_THE_AMOUNT = re.compile(r"(?<!\s)\s++(?:the|its|their)\s++(?:(?:" + HEDGE_WORDS + r")\s++)?", re.I)
#: Right after a multiple, the thing it multiplies: "1.13 times the amount of Korea's share in 2019, which was X".
_TIMES_THE = re.compile(r"(?<!\s)\s+the\s+(?:(?:current|present|existing|annual|yearly)\s+)?"
                        r"(?:amount|level|size|sum|value|total)\s+of\b", re.I)


#: A sentence opening on a word that stands for an amount of the sentence before: "This is ...", "The sum is ...".
_ANAPHOR_OPENING = re.compile(r"(?!(?<=\s)\s)"  # not inside a run of blanks
                              r"\s*+(?:This|That|It|The\s+(?:sum|figure|amount|demand|request))(?:['’]s\b|\s+(?:is|was|"
                              r"would\s+be|represents?|represented|marks?|marked|amounts?\s+to|amounted\s+to)\b)")


def anaphoric_amount(r: Reader, fig: Span, frames: dict[str, Frame]) -> Span | None:
    """Return the amount of the sentence before that a multiple's sentence stands for when it opens on "This is"
    (its last amount that is not a payment), else None.

    >>> r = Reader(annotate_text("Trump wants Seoul to pay $5 billion. This is a fivefold rise from its $900 million."))
    >>> frames = {s.id: frame_of(r, s) for s in r.figures_in(0, len(r.text))}
    >>> anaphoric_amount(r, r.spans_in(0, len(r.text), "multiplier")[0], frames).exact
    '$5 billion'
    """
    s, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    if i < 0 or not _ANAPHOR_OPENING.match(r.text, s):
        return None
    kept = r.before.get(("anaphoric", i))  # found once per sentence (and frames): not again for each multiple
    if kept is None or kept[0] is not frames:
        prev = r.sentences[i]
        last = r.last_in(prev.start, prev.end, "money",
                         lambda m: m.id in frames and frames[m.id].quantity not in ("sma_payment", "conversion"))
        kept = r.before["anaphoric", i] = (frames, last)
    return kept[1]


def result_before(r: Reader, fig: Span, base: Span) -> Span | None:
    """Return the amount a multiple with a base after it results in, when its sentence names one before it ("The
    figure, reportedly $4.7 billion, would be a fivefold hike from the 1.04 trillion won Seoul pays": $4.7 billion),
    the nearest, not a restatement of the base (claims43); else None.

    >>> r = Reader(annotate_text("The ask, $4.7 billion, is a fivefold hike from the $900 million Seoul pays."))
    >>> fig = r.spans_in(0, len(r.text), "multiplier")[0]
    >>> result_before(r, fig, r.spans_in(0, len(r.text), "money")[-1]).exact
    '$4.7 billion'
    """
    s, _ = r.sentence_of(fig)  # read back from the multiple: a run-on sentence's amounts are not all listed each time
    return r.last_in(s, fig.start, "money", lambda m: m.id != base.id and not _restates(r, m, base))


def past_other_multiple(r: Reader, fig: Span, amount: Span) -> bool:
    """Return whether another multiple stands between a multiple and an amount after it ("five times the $X it
    paid, and twice the $Y Seoul offered": $Y is the second multiple's, not the first's result) (fix44c).

    >>> r = Reader(annotate_text("It is five times the $900 million it paid, and twice the $2.4 billion offered."))
    >>> fig, (paid, offered) = r.spans_in(0, len(r.text), "multiplier")[0], r.spans_in(0, len(r.text), "money")
    >>> past_other_multiple(r, fig, paid), past_other_multiple(r, fig, offered)
    (False, True)
    """
    return amount.start > fig.end and bool(r.spans_in(fig.end, amount.start, "multiplier"))


def _multiple_target(r: Reader, fig: Span, frames: dict[str, Frame]) -> Span | None:
    """Return the nearest amount of a multiple's sentence that is not a payment, else the nearest amount; not an
    amount past another multiple (:func:`past_other_multiple`)."""
    money = [m for m in r.spans_in(*r.near(fig), "money") if m.id in frames and not clause_before(r, m, fig)
             and not past_other_multiple(r, fig, m)]
    targets = [m for m in money if frames[m.id].quantity not in ("sma_payment", "conversion")] or money
    return min(targets, key=lambda m: abs(m.start - fig.start)) if targets else None


def restated_multiple(r: Reader, fig: Span) -> Span | None:
    """Return the multiple of the sentence before that a multiple restates: the same factor, its own sentence
    naming no amount ("... raised by more than ten times to $10 billion. A more than tenfold increase is ...").

    >>> r = Reader(annotate_text("He wants ten times more, $10 billion. A tenfold rise is hard."))
    >>> [m.exact for m in r.spans if m.kind == "multiplier"], restated_multiple(r, r.spans[-1]).exact
    (['ten times', 'tenfold'], 'ten times')
    """
    s, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    if i < 0:
        return None
    last = r.before.get(("multiples", i))  # the last multiple of each factor, found once per sentence
    if last is None:
        prev = r.sentences[i]
        last = r.before["multiples", i] = {}
        for m in r.spans_in(prev.start, prev.end, "multiplier"):
            if (factor := m.value.get("factor")) == factor:  # a NaN equals no factor: never the same
                last[factor] = m
    return last.get(fig.value.get("factor"))


def years_text(years: Iterable[int]) -> str:
    """Return years for evidence text.

    >>> years_text((2015, 2016, 2017)), years_text((2019,))
    ('2015-2017', '2019')
    """
    ys = sorted(years)
    return f"{ys[0]}-{ys[-1]}" if len(ys) > 1 else str(ys[0]) if ys else "no year"



# --- how sure a frame is (a *contradicted* or *misleading* verdict needs a sure frame) ------------------------


#: A modal of obligation or wish: what someone says should be paid, not what is ("Seoul should pay X").
_DEONTIC = re.compile(r"\b(?:should|must|ought\s+to|ha(?:s|ve|d)\s+to|needs?\s+to|would\s+(?:like|want)\s+to)\b",
                      re.I)
#: A year counted inside a deal's term ("in the fifth year", "by its final year"), which is no calendar date.
_TERM_YEAR = re.compile(r"\b(?:in|for|by|during|until)\s+(?:the|its|their|a)\s+(?:first|second|third|fourth|fifth|"
                        r"sixth|seventh|final|last|\d(?:st|nd|rd|th))\s+year\b", re.I)


#: Conjunctions and relative words that open another clause: :data:`_OPENS_CLAUSE` and :data:`_WISH_STOP` read them.
_SUBORDINATORS = r"because|why|how|though|although|since|after|when|while|whereas"
#: A word that opens another clause between a cue and the figure: a mark, a complementiser or a conjunction.
_OPENS_CLAUSE = re.compile(r"[,;:]|\b(?:that|as|and|but|so|" + _SUBORDINATORS + r")\b", re.I)
#: Past verbs of paying or having: :data:`_PAST_FACT_VERB` and :data:`_FINITE` read them.
_PAST_PAID = r"paid|spent|gave|contributed|had"
#: The figure's own verb of the past indicative, right before it with at most a hedge ("Seoul paid just X").
_PAST_FACT_VERB = re.compile(r"\b(?:" + _PAST_PAID + r")[ \t]++(?:(?:just|only|about|around|roughly|"
                             r"nearly|some|over|almost|a[ \t]++total[ \t]++of)[ \t]++)?\Z", re.I)


def fact_clause_after(r: Reader, pos: int, fig: Span) -> bool:
    """Return whether a cue of demand, wish or modality at ``pos`` sits in another clause than the figure: a clause
    opens between them and the figure is the object of its own verb of the past indicative ("Though talks could drag
    on, Seoul paid X", "wants to know why Seoul paid X", "should remember that Seoul paid X"): a fact, which no
    modal of another clause governs (gate58). A demand's complement takes no past ("demanded that Seoul pay X").

    >>> t = "Though talks could drag on, Seoul paid $3 billion in 2019."
    >>> r = Reader(annotate_text(t)); f = r.spans_in(0, len(t), "money")[0]
    >>> fact_clause_after(r, r.text.index("could"), f), fact_clause_after(r, r.text.index("Seoul"), f)
    (True, False)
    """
    start = max(pos, fig.start - win.FACT_BEFORE_BACK)
    verb = _PAST_FACT_VERB.search(r.text[start:fig.start])
    if verb is None:
        return False
    return _OPENS_CLAUSE.search(r.text, pos, start + verb.start()) is not None


def deontic_before(r: Reader, fig: Span) -> str | None:
    """Return the modal of obligation or wish ("should", "must", "has to") before the figure in its clause, else
    None: a figure it governs is what someone wants paid, not a payment reported.

    >>> deontic_before(*figure_in("Washington says Seoul should raise its share to $3 billion."))
    'should'
    >>> deontic_before(*figure_in("Seoul paid $3 billion, which it had to borrow.")) is None
    True
    """
    c0, _ = r.clause(fig, strong=True)
    m = last_match(_DEONTIC, r.text, c0, fig.start)
    return m.group(0).lower() if m and not fact_clause_after(r, m.start(), fig) else None


#: A verb of wanting, hoping, planning, deciding or expecting whose complement may hold a figure, a conjunction of
#: condition, or a bare modal of the future: what follows it is a wish, plan, forecast or condition, not a fact
#: ("would love to see Seoul pay X", "hopes Seoul will contribute X", "intends to keep X", "is expected to house X",
#: "if Seoul paid X", "that will leave X"). Not "set to" (a deal's schedule). A past or perfect decision ("decided
#: to pay X", "has decided to") is a fact unless its sentence names a year after publication, and an adjective of
#: forecast between a determiner and the figure after a past verb ("paid an expected X") tells no forecast
#: (:func:`_no_cue`, mend58g).
_WISH_CUE = re.compile(r"(?:(?:\bwould|['’]d)[ \t]++(?:love|like|prefer)|\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|"
                       r"intend(?:s|ed|ing)?|(?:aim(?:s|ed|ing)?|plan(?:s|ned|ning)?)[ \t]++to|expect(?:s|ing)?|"
                       r"decid(?:e|es|ing)[ \t]++to|(?P<decided>decided)[ \t]++to|propos(?:e|es|ed|ing)[ \t]++to|"
                       r"seek(?:s|ing)?[ \t]++to|(?P<adj>projected|forecast|predicted|likely|expected)|"
                       r"want(?:s|ed|ing)?|if|unless|(?P<bare>will|would)))\b", re.I)
#: Words between such a cue and the figure that close its complement: a mark of a clause's end (not a comma or
#: "but" going on with "plus" or "also": "the full cost, plus 50%", "not only X but also Y"), a conjunction or
#: relative word that opens another clause, a comparison's base ("than"), or a verb of saying.
_WISH_STOP = re.compile(r"[;:\"“”—–]|,(?!\d)(?![ \t]++(?:plus|but[ \t]++also)\b)|\b(?:but(?![ \t]++also\b)|or|"
                        + _SUBORDINATORS + r"|before|which|who|whom|whose|where|what|whether|than|said|says|told)\b",
                        re.I)
#: A finite verb of the indicative: after a cue of wish or plan (not after "if" or "wish", whose past is the
#: subjunctive: "wishes it paid X") it is
#: the figure's own verb in another clause of fact ("wants everyone to know Seoul paid X").
_FINITE = re.compile(r"\b(?:" + _PAST_PAID + r"|has|have|is|are|was|were|pays|spends|gives|contributes|keeps|kept|"
                     r"stations|stationed)\b", re.I)
#: A determiner that makes the figure a thing already there, told as fact inside the wish ("to pay more for its
#: 40,000 troops", "from the current 30,000", "at the 2019 level of X", "the stationing of X troops").
_PRESUPPOSED = re.compile(r"\b(?:its|their|our|his|her|the|those|these)[ \t]++(?:[\w-]++[ \t]++|"
                          r"(?:[\w-]++[ \t]++){1,3}of[ \t]++)?$", re.I)
#: Before a troop count, words that tell the level as there: the troops a payment is for ("pay for X troops", "pay
#: more for X", "a bill for hosting X": fix58v), the whole a part is taken from ("withdraw 4,000 of X troops"), or
#: all of them ("all X troops") (mend58g).
_PRESUPPOSED_LEVEL = re.compile(r"(?:\b(?:pa(?:y|ys|id|ying)|cover(?:s|ed|ing)?|foot(?:s|ed|ing)?|fund(?:s|ed|ing)?|"
                                r"spen(?:d|ds|t|ding)|costs?|bills?|money)[ \t]++(?:[\w-]++[ \t]++){0,2}?for"
                                r"(?:[ \t]++(?:keeping|hosting|stationing|maintaining|housing|basing))?|"
                                r"\d[\d,.]{0,12}+(?:[ \t]++(?:troops|soldiers))?[ \t]++of|\ball)[ \t]++$", re.I)
#: Right before a figure, "from" (past a hedge): the level a change is counted from, told as there ("wants Seoul to
#: raise its payment from X", "to cut the force from X to Y"): a base, not the wish (fix58v).
_BASE_FROM = re.compile(r"\bfrom[ \t]++(?:" + _HEDGE + r")?$", re.I)
#: Right before "if", a verb of asking, wondering or doubting (past one object word): "asked if Seoul paid X",
#: "wondered if", "asked him if": an embedded question, which reports what is asked about, not a condition (fix58v).
_ASKED_IF = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?|inquir(?:e|es|ed|ing)|"
                       r"doubt(?:s|ed|ing)?)[ \t]++(?:[\w-]++[ \t]++)?$", re.I)
#: Right after a bare "will", a verb of change ("the payment will rise 5 percent"): with the payment its subject
#: (:data:`_PAYMENT_NOUN` just before) in a year a signed deal covers, the deal's yearly step (fix58v).
_WILL_CHANGE = re.compile(r"(?<![ \t])[ \t]++(?:rise|increase|grow|climb|go[ \t]++up)\b", re.I)
#: Verbs that report words without telling an ask, a pledge or a prediction of their own: the package's reporting
#: verbs (:data:`analysis.extract.names.REPORTING_VERBS`) less these ("Seoul vowed it would pay X" is a pledge).
_NOT_REPORT = frozenset(("asked", "asks", "urged", "demanded", "vowed", "promised", "threatened", "predicted",
                         "warned", "warns", "cautioned", "suggested", "called", "calls", "continued"))
#: In the sentence of a bare "will"/"would": a deal whose terms it tells ("an agreement under which Seoul would
#: pay X", "under the plan, Seoul would pay X", "a deal that would raise it to X", "as part of the 11th SMA") or a
#: verb of saying (indirect speech: "Seoul said it would pay X", "Lee noted", "according to the ministry") reports
#: the payer's word: no forecast of the writer's. The agreements' names and the verbs are the package's lists
#: (:data:`_AGREEMENT_NAME`, :data:`_NOT_REPORT`; mend58g).
_TERMS_OR_SAID = re.compile(r"\b(?:" + _AGREEMENT_NAME + r"s?|treaty|contracts?|terms|under|agreed|signed|"
                            r"according[ \t]++to|" + "|".join(sorted(REPORTING_VERBS - _NOT_REPORT)) + r")\b", re.I)
#: After a bare "will", the payer's own verb of paying; with a period word in its sentence ("Seoul will contribute
#: X annually", "means Seoul will pay X a year") and a deal signed for the publication's year it tells that deal's
#: standing rate, a schedule as a date does (mend58g).
_WILL_PAY = re.compile(r"(?<![ \t])[ \t]++(?:[\w-]++[ \t]++){0,2}?(?:pay|contribute|provide|give|cover|shoulder|"
                       r"bear|spend|hand)\b", re.I)
_PER_PERIOD = _words(_YEAR_WORDS)
#: Right before an adjective of forecast, a past verb and a determiner: "paid an expected X", "rose to a projected X"
#: (the adjective's estimate is of the amount; the verb tells it as done) (mend58g).
_PAST_DETERMINER = re.compile(r"\b(?:[a-z]{2,}ed|paid|spent|gave|got|took|rose|grew|hit|fell|came|made|was|were)"
                              r"[ \t]++(?:(?:to|at|just|only|about|some|around|roughly|nearly)[ \t]++){0,2}"
                              r"(?:an?|the|its|their)"
                              r"[ \t]++$", re.I)


def _closed(r: Reader, cue: re.Match[str], fig: Span) -> bool:
    """Return whether the cue's complement ends before the figure: a stop word or mark between (a bracket pair
    between is an aside: "if (Seoul) paid X"), or, after a cue of wish or plan, an indicative finite verb.

    >>> r = Reader(annotate_text("If (Seoul) paid $60 billion, it is a deal."))
    >>> _closed(r, _WISH_CUE.search(r.text), r.spans_in(0, len(r.text), "money")[0])
    False
    """
    between = re.sub(r"\([^()]{0,60}\)", "", r.text[cue.end():fig.start])
    if "(" in between or ")" in between or _WISH_STOP.search(between):
        return True
    subjunctive = cue.group(0).lower() in ("if", "unless") or cue.group(0).lower().startswith("wish")
    return not subjunctive and _FINITE.search(between) is not None


def wish_governs(r: Reader, fig: Span) -> str | None:
    """Return the cue of a wish, plan, forecast or condition whose complement the figure is in ("would love to see
    Seoul pay X", "hopes Seoul will contribute X", "intends to keep X", "if Seoul paid X", "that will leave X"), else
    None: the last cue before the figure in its sentence, within ``win.WISH_CUE_BACK`` characters, its complement
    not closed before the figure (:func:`_closed`) and no amount between, the figure not told as a thing already
    there ("its X troops"), and a bare "will" or "would" no deal's terms, report or schedule (:func:`_bare_told`).

    >>> def cue(t): r = Reader(annotate_text(t)); return wish_governs(r, r.spans_in(0, len(t), "money")[0])
    >>> [cue(t) for t in ("He would love to see Seoul pay $6 billion in 2020.",
    ...     "If Seoul paid $60 billion, it is a deal.", "She hopes Seoul will contribute $2 billion this year.",
    ...     "That would lift the sum to $2 billion in 2020.")]
    ['would love', 'If', 'hopes', 'would']
    >>> [cue(t) for t in ("Though talks could drag on, Seoul paid $3 billion in 2019.",
    ...     "He wants Seoul to raise its payment from $3 billion to $4 billion.",
    ...     "If you ask me, Seoul paid $3 billion in 2019.", "He wants everyone to know Seoul paid $3 billion in 2019.",
    ...     "He wants Seoul to pay more than the $3 billion it paid in 2019.",
    ...     "Under the deal, Seoul would pay $3 billion in 2019.")]
    [None, None, None, None, None, None]
    """
    s0, s1 = r.sentence_of(fig)
    cue, end = None, fig.start
    for _ in range(4):  # a bare modal of a deal, report or schedule is no cue; one before it may be ("hopes X will")
        cue = last_match(_WISH_CUE, r.text, max(s0, fig.start - win.WISH_CUE_BACK), end)
        if cue is None or not _no_cue(r, cue, fig, (s0, s1)):
            break
        cue, end = None, cue.start()
    if cue is None or _closed(r, cue, fig):
        return None
    back = max(cue.end(), fig.start - win.FACT_BEFORE_BACK)
    if _PRESUPPOSED.search(r.text, back, fig.start) or _BASE_FROM.search(r.text, back, fig.start) or (
            fig.kind == "count" and _PRESUPPOSED_LEVEL.search(r.text, back, fig.start)):
        return None
    if r.spans_in(cue.end(), fig.start, "money"):
        return None  # the cue governs the figure before ("wants $5 billion a year to keep 28,000 troops")
    return cue.group(0)


def _no_cue(r: Reader, cue: re.Match[str], fig: Span, sentence: tuple[int, int]) -> bool:
    """Return whether a match of :data:`_WISH_CUE` tells no wish, plan or forecast of the figure: a bare modal of a
    deal, report or schedule (:func:`_bare_told`), a past or perfect decision on an amount with no year after
    publication ("decided to pay X in 2021", "has decided to contribute X": the payment set, a fact; not "has
    decided to raise it to X in 2023", nor a troop level, which a decision only sets as a target: "decided to cut
    the force to X", "decided to withdraw X troops"), an adjective of forecast between a past verb's determiner
    and the figure ("paid an expected X") (mend58g), or an "if" after a verb of asking ("asked if Seoul paid X":
    an embedded question, :data:`_ASKED_IF`; fix58v).

    >>> def cue(t): r = Reader(annotate_text(t, "2021-06-15")); return wish_governs(r, r.figures_in(0, len(r.text))[0])
    >>> [cue(t) for t in ("Seoul decided to pay $3 billion in 2021.", "Seoul has decided to pay $3 billion in 2023.",
    ...     "Seoul paid an expected $3 billion in 2020.", "Seoul will pay an expected $3 billion.",
    ...     "She asked if Seoul paid $3 billion in 2020.", "She will ask for more if Seoul paid $3 billion in 2020.")]
    [None, 'decided to', None, 'expected', None, 'if']
    >>> r = Reader(annotate_text("Washington decided to cut the force to 20,000 troops in 2021.", "2021-06-15"))
    >>> wish_governs(r, r.spans_in(0, len(r.text), "count")[0])
    'decided to'
    """
    s0, s1 = sentence
    if cue["bare"]:
        return _bare_told(r, cue, s0, s1)
    if cue.group(0).lower() == "if":
        return _ASKED_IF.search(r.text, max(s0, cue.start() - win.FACT_BEFORE_BACK), cue.start()) is not None
    if cue["decided"]:
        return fig.kind == "money" and not any(
            max(date_years(d), default=0) > r.published.year for d in r.spans_in(s0, s1, "date"))
    return bool(cue["adj"]) and re.fullmatch(r"[ \t]++(?:[\w-]++[ \t]++)?", r.text[cue.end():fig.start]) is not None \
        and _PAST_DETERMINER.search(r.text, max(s0, cue.start() - win.PAST_DETERMINER_BACK), cue.start()) is not None


def _bare_told(r: Reader, cue: re.Match[str], s0: int, s1: int) -> bool:
    """Return whether a bare "will"/"would" tells no forecast of the writer's: its sentence names a deal's terms or
    a verb of saying ("an agreement under which Seoul would pay X", "Seoul will pay X more, the ministry announced",
    "Seoul would pay X, Lee noted"), or, for "will", a date (a schedule: "By 2026, Seoul will raise it by X") or the
    payer's verb of paying with a period word while a signed deal covers the publication's year (its standing rate:
    "Seoul will contribute X annually"; not in a year between deals, when it is the next deal's; mend58g), or, so
    too, a verb of change with the payment its subject ("the payment will rise X": the deal's yearly step; fix58v).

    >>> r = Reader(annotate_text("By 2026, Seoul will raise its payment by 8 percent. That will leave 9,000 troops."))
    >>> [wish_governs(r, f) for f in r.spans_in(0, len(r.text), "percent", "count")]
    [None, 'will']
    >>> t = "Seoul will pay $3 billion annually. That will cost Seoul $3 billion a year."
    >>> [[wish_governs(r, f) for f in r.spans_in(0, len(r.text), "money")]
    ...  for r in (Reader(annotate_text(t, "2021-06-15")), Reader(annotate_text(t, "2020-06-15")))]
    [[None, 'will'], ['will', 'will']]
    >>> t = "Seoul's payment will rise 4 percent. Its troop strength will rise 4 percent."
    >>> [[wish_governs(r, f) for f in r.spans_in(0, len(r.text), "percent")]
    ...  for r in (Reader(annotate_text(t, "2021-06-15")), Reader(annotate_text(t, "2020-06-15")))]
    [[None, 'will'], ['will', 'will']]
    """
    window = r.text[max(s0, cue.start() - win.BARE_MODAL_SIDE):min(s1, cue.end() + win.BARE_MODAL_SIDE)]
    if _TERMS_OR_SAID.search(window):
        return True
    if cue.group(0).lower() != "will" or r.spans_in(s0, s1, "date"):
        return cue.group(0).lower() == "will"
    if in_force_year(r.published) != r.published.year:
        return False
    if _WILL_PAY.match(r.text, cue.end()) is not None:
        return _PER_PERIOD.search(r.text, s0, s1) is not None
    return _WILL_CHANGE.match(r.text, cue.end()) is not None and _PAYMENT_NOUN.search(
        r.text, max(s0, cue.start() - win.FACT_BEFORE_BACK), cue.start()) is not None


def term_year(r: Reader, fig: Span) -> str | None:
    """Return a year counted inside a deal's term in the figure's phrase ("in the fifth year"), else None: the
    calendar year such a figure is of is not written, so any year bound to it is a guess.

    >>> r = Reader(annotate_text("Last year they agreed to reach $1.3 billion in the fifth year."))
    >>> term_year(r, r.figures_in(0, len(r.text))[0])
    'in the fifth year'
    """
    p0, p1 = r.clause(fig)
    m = _TERM_YEAR.search(r.text, p0, p1)
    return m.group(0) if m else None


def year_gap(r: Reader, fig: Span, whole_years: bool = True) -> int | None:
    """Return how many characters lie between a figure and the date of its own phrase its year is bound to, or
    None when no date of its phrase binds it.

    >>> r = Reader(annotate_text("Seoul paid 1 trillion won in 2019."))
    >>> year_gap(r, r.figures_in(0, len(r.text))[0])
    1
    """
    near = _bound_dates(r, fig, *r.clause(fig), whole_years)
    if not near:
        return None
    d = near[0].date
    return near[0].gap - names_slack(r, min(d.end, fig.end), max(d.start, fig.start))


#: The characters a name counts for in a gap between a figure and its date: one word, however many words it is spelt
#: in ("Seoul" and "the South Korean government" stand equally far from the date) (claims41).
NAME_WIDTH = 6


def names_slack(r: Reader, start: int, end: int) -> int:
    """Return how many characters the names (people, bodies, places) in [start, end) take beyond ``NAME_WIDTH`` each.

    >>> r = Reader(annotate_text("In 2019 the South Korean government and Seoul paid 1 trillion won."))
    >>> names_slack(r, 0, len(r.text))
    21
    """
    return sum(max(0, s.end - s.start - NAME_WIDTH) for s in r.spans_in(start, end, "person", "org", "place"))


#: A sentence opening on a word that stands for the amount of the sentence before: "That is", "The figure was".
_AMOUNT_ANAPHOR = re.compile(r"(?!(?<=\s)\s)\s*+(?:This|That|It|(?:The|That|This)\s+(?:sum|figure|amount|total))\s+"
                             r"(?:is|was|would\s+be|represents?|represented|marks?|marked|amounts?\s+to|"
                             r"amounted\s+to)\b")


def change_of_other_pair(r: Reader, fig: Span) -> str | None:
    """Return the quantity of the percents of the sentence before when the percent's sentence opens on an anaphor
    ("This is", "That is", "It is", "The figure is": ``_AMOUNT_ANAPHOR``; the percent its first figure, a few words
    on) and that sentence gives a pair of them (a level and the one it should reach), all of a quantity the data does
    not hold ("... raise defense spending from 2.6% of GDP to 3.8%. This is nearly a 50% increase."); else None
    (claims22).

    >>> r = Reader(annotate_text("It wants Seoul to raise its defense spending from 2.6% of GDP to 3.8%. "
    ...                          "This is a 46% rise."))
    >>> change_of_other_pair(r, r.spans_in(0, len(r.text), "percent")[-1])
    'defence_budget'
    >>> r = Reader(annotate_text("Seoul pays 8% more, and 5% more next year. This is a 13% rise."))
    >>> change_of_other_pair(r, r.spans_in(0, len(r.text), "percent")[-1]) is None
    True
    """
    s, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    if i < 0 or fig.start - s > win.ANAPHOR_REACH or not _AMOUNT_ANAPHOR.match(r.text, s):
        return None  # the percent stands near the anaphor that opens its sentence ("This is nearly a 50% rise")
    if r.figures_in(s, fig.start):
        return None  # the percent is the first figure of its sentence
    prev = r.sentences[i]
    pair = r.figures_in(prev.start, prev.end)
    kinds = {_other_quantity(r, p) or share_level(r, p) for p in pair}
    if len(pair) != 2 or any(p.kind != "percent" for p in pair) or None in kinds or not kinds <= set(OTHER_QUANTITIES):
        return None
    return sorted(kinds - {"other"} or kinds)[0]


def payment_anaphor(r: Reader, fig: Span) -> bool:
    """Return whether the figure's sentence opens on a word standing for the payment of the sentence before ("Seoul
    pays X this year. That is up 8.2 percent from last year."): its only figure, with no demand or offer word in it,
    is said of the payment the sentence before names in its own clause (claims21).

    >>> [payment_anaphor(*figure_in(t, -1)) for t in (
    ...     "Seoul pays 1.04 trillion won this year. That is up 8.2 percent from last year.",
    ...     "Seoul pays 1.04 trillion won this year. That figure is about $890 million.",
    ...     "Seoul pays 1.04 trillion won. That is 80 percent less than the U.S. demand.",
    ...     "The talks were on cost-sharing. The sum was $2 billion.")]
    [True, True, False, False]
    """
    s, e = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    if i < 0 or not _AMOUNT_ANAPHOR.match(r.text, s) or r.figure_count(s, e) != 1 or _DEMAND.search(
            r.text, s, e) or _OFFER.search(r.text, s, e):
        return False
    prev = r.sentences[i]
    return any(payment_cued(r, m) for m in r.spans_in(prev.start, prev.end, "money"))


#: A clause opening on a word that stands for the amount of the clause before in its sentence: "..., and it is",
#: "..., and the amount is", "..., but the figure was".
_CLAUSE_ANAPHOR = re.compile(r"(?:(?:and|but|so)[ \t]++)?(?:it|that|this|the[ \t]++(?:sum|figure|amount|total))"
                             r"[ \t]++(?:is|was|would[ \t]++be|represents?|represented|marks?|marked|amounts?[ \t]++to|"
                             r"amounted[ \t]++to)\b", re.I)


def clause_anaphor(r: Reader, fig: Span) -> bool:
    """Return whether the figure's clause opens on a word standing for the amount of the clause before it in the
    same sentence ("Under the deal, Seoul pays X, and it is 12 percent more than in 2018"): that amount is cued as the
    payment, the sentence names a deal or the cost-sharing payment, and nothing in it before the clause names another
    quantity (a defence budget, wages) nor a demand or an offer (conv54).

    >>> [clause_anaphor(*figure_in(t, -1)) for t in (
    ...     "Under the deal, Seoul will pay 1.0389 trillion won, and it is 12 percent higher than in 2018.",
    ...     "Seoul raised its defence budget to 46.7 trillion won, and it is 12 percent higher than in 2018.",
    ...     "Seoul will pay its base workers 500 billion won, and it is 12 percent more than in 2018.")]
    [True, False, False]
    """
    c0, _ = r.clause(fig)
    s, e = r.sentence_of(fig)
    opening = r.text[c0:fig.start]
    if c0 <= s or not _CLAUSE_ANAPHOR.match(r.text, c0 + len(opening) - len(opening.lstrip()), fig.start) or not (
            r.found(DEAL_WORD, s, e) or r.found(_SMA_WORDS, s, e)):  # the sentence's words: searched once for all
        return False
    lo = r.local(fig).start  # the sentence before the clause (cut to a window in a run-on sentence: linear time)
    if r.found(_DEMAND, s, e) or r.found(_OFFER, s, e) or any(p.search(r.text, lo, c0) for _, p in _OTHER_CUES):
        return False
    before = r.last_in(s, c0, "money", lambda m: m.end <= c0)  # read back from the clause, not listed from s
    return before is not None and payment_cued(r, before)


#: Before a deal word, what makes the deal a change's base ("up 20 percent from the previous deal", "more than
#: under the old deal"), not what changed.
_BASE_BEFORE_DEAL = re.compile(r"\b(?:from|than|over|since|on)\s++(?:[\w'’-]++\s++){0,3}$", re.I)


def deal_names_payment(r: Reader, fig: Span) -> bool:
    """Return whether a change's sentence, in an article on the cost-sharing talks, names the deal or Seoul's bill as
    what changed ("The new deal raised it by 12 percent", "The bill for Seoul rose 12 percent under the one-year
    deal", "The new deal sets a 12 percent rise for 2026") and nothing else a percent could be of: no other quantity's
    cue (a defence budget, wages, tariffs), no demand, no offer (conv54); the deal and a word of change are in the
    percent's own clause. The deal of the talks changes one thing, the payment.

    >>> [deal_names_payment(*figure_in("The cost-sharing talks ended. " + t)) for t in (
    ...     "The new deal raised it by 12 percent from 2018.", "Under the deal, wages rise 12 percent.",
    ...     "The figure was 1.2 trillion won, up 20 percent from the previous deal.")]
    [True, False, False]
    """
    s, e = r.local(fig)
    p0, p1 = r.clause(fig)  # the deal, and a word of change, in the percent's own clause
    named = [m for p in (DEAL_WORD, _BILL_WORD) for m in p.finditer(r.text, p0, p1)
             # not "from the old deal"
             if not _BASE_BEFORE_DEAL.search(r.text, max(p0, m.start() - win.OLD_DEAL_BACK), m.start())]
    if not r.about_sma or not named or not _CHANGE.search(r.text, p0, p1):
        return False
    return not (_DEMAND.search(r.text, s, e) or _OFFER.search(r.text, s, e)
                or any(p.search(r.text, s, e) for _, p in _OTHER_CUES))


#: Before a percent in its clause, a bare definite change noun standing for the change the sentence before told:
#: "put the rise at P", "gave the increase as P", "the hike was P".
_DEFINITE_CHANGE = re.compile(r"\bthe[ \t]++(?:rise|increase|hike|jump|cut|drop|fall|decrease|reduction)[ \t]++"
                              r"(?:(?:at|as|was|is|of|to)[ \t]++)?(?:(?:about|some|only|just|roughly|nearly|almost)"
                              r"[ \t]++)?$", re.I)


def definite_change(r: Reader, fig: Span) -> bool:
    """Return whether a percent follows a bare definite change noun ("A daily put the rise at P", :data:
    `_DEFINITE_CHANGE`) and the sentence before names the payment with a percent of its own: the same change, told
    again (cfix44).

    >>> [definite_change(*figure_in(t, -1)) for t in ("Seoul's payment rose 5 percent. A daily put the rise at 9 "
    ...     "percent.", "Wages went up 5 percent. A daily put the rise at 9 percent.")]
    [True, False]
    """
    s0, _ = r.sentence_of(fig)
    back = max(s0, fig.start - win.DEFINITE_CHANGE_BACK)
    if fig.kind != "percent" or _DEFINITE_CHANGE.search(r.text, back, fig.start) is None:
        return False
    before = sentence_before(r, fig)
    told = r.figures_in(before.start, s0) if before else []
    return any(names_payment(r, p) for p in told if p.kind == "percent")


def payment_cued(r: Reader, fig: Span) -> bool:
    """Return whether the figure's own clause names the cost-sharing payment (pay, contribution, share, SMA ...),
    so that reading it as the payment rests on its own words, not on what the article is about.

    >>> payment_cued(*figure_in("Seoul paid 1 trillion won in 2019."))
    True
    >>> payment_cued(*figure_in("The talks are about cost-sharing. The figure was $2 billion."))
    False
    >>> r = Reader(annotate_text("We got $2 billion, five times their current bill of $400 million."))
    >>> [payment_cued(r, f) for f in r.spans_in(0, len(r.text), "money")]
    [True, True]
    >>> r = Reader(annotate_text("They agreed to pay $500 million more. Five hundred million dollars, in a day."))
    >>> [payment_cued(r, f) for f in r.spans_in(0, len(r.text), "money")]
    [True, True]

    "Our share" names the payment as "Korea's share" does (caught50); a share of a market is read as another
    quantity by its own cue (``_OTHER_WORDS``), not here:

    >>> [payment_cued(*figure_in(t)) for t in ('"Our share goes up 12 percent," he said.',
    ...                                        "Korea's share of the stationing costs rose 12 percent.")]
    [True, True]
    """
    if fig.id in r.cued:
        return r.cued[fig.id]
    chain, todo = {}, [fig]  # the amounts it repeats, and those they repeat: read back without recursion (claims40)
    while todo:
        f = todo.pop()
        if f.id in r.cued or f.id in chain:
            continue
        chain[f.id] = f
        if not _cued_here(r, f):
            todo.extend(_said_before(r, f))
    for f in sorted(chain.values(), key=lambda x: x.start):  # earlier amounts first: each reads only earlier ones
        r.cued[f.id] = _cued_here(r, f) or any(r.cued.get(m.id, False) for m in _said_before(r, f))
    return r.cued[fig.id]


def _cued_here(r: Reader, fig: Span) -> bool:
    """Return whether the figure's own clause names the cost-sharing payment (:func:`payment_cued` without the
    amounts it repeats)."""
    c0, c1 = r.clause(fig, strong=True)
    return any(p.search(r.text, c0, c1) for p in (_SMA_WORDS, _PAYMENT, _BILL_WORD, _FROM_KOREA, _RECEIVED)) \
        or multiple_of_payment(r, fig) or provided_relative(r, fig) \
        or korea_pays_us_forces(r, fig) is not None or possessed_share(r, fig) \
        or getattr(listed_reading(r, fig), "quantity", None) == "sma_payment" \
        or gapped_payment(r, fig) or elided_payment(r, fig) or answered_payment(r, fig) \
        or dated_gap_payment(r, fig) or labelled_payment(r, fig) \
        or bool(deal_set_year(r, fig))  # b52v, gen61f, frames63; frames65; fresh90v; clm28d; cfix37 (three); fix51v4


#: A payment made or agreed, past, before an elision ("they agreed to pay ...", "Seoul paid …"): the verb the
#: figure after the dots is the object of (clm28d).
_ELIDED_PAID = re.compile(r"\b(?:paid|agreed\s++to\s++(?:pay|give|contribute|spend)|contributed|gave|handed\s++over)\b",
                          re.I)
#: A wish, a modal or an ask in the cut clause: the figure after the dots is no payment made ("we want them to pay
#: ...", "they should pay ...").
_ELIDED_INTENT = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must|ought|wants?|wanted|wish\w*|"
                            r"hop(?:e|es|ed|ing)|if|unless)\b|n['’]t\b|\b(?:not|never)\b", re.I)


#: Between the paid verb and the dots, nothing but an adverb of degree: the verb has no object of its own there ("they
#: paid ...", not "they paid us a visit ...", "they gave in ...", "gave us nothing ...") (mend107).
_ELIDED_GAP = re.compile(r"(?<!\s)\s*+(?:(?:already|just|roughly|nearly|almost|about|around|over|another)\s++){0,2}")
#: After the figure, in its own sentence, a wish or an ask ("X more, that's what we want", "X is the price"): the
#: figure is asked, not paid (mend107).
_ELIDED_ASK = re.compile(_ELIDED_INTENT.pattern + r"|\b(?:ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|"
                         r"price|wants?|need(?:s|ed)?)\b", re.I)
#: A first person in the cut clause ("we paid ...", "we gave them ..."): the speaker's side pays, which may be the US
#: (mend107).
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur|I)\b")


def elided_payment(r: Reader, fig: Span) -> bool:
    """Return whether a quoted figure that opens its sentence right after an elision ("...") goes on a quoted clause
    the elision cut, and that clause tells a payment made or agreed ("they agreed to pay ... $500 million more"): an
    ellipsis inside a quotation marks words left out, not the end of a sentence, so the figure is the object of the
    verb before the dots. Not after a full stop before the dots ("paid it.... X"), out of a quotation, nor when the
    cut clause holds a wish, a modal, an ask, a condition or a denial ("we want them to pay ... X", "should pay ...
    X": the figure's own clause would not carry that cue, so it stays unread). mend107: the paid verb stands within
    ``ELIDED_VERB_BACK`` of the dots with no object of its own ("paid us a visit ...", "gave in ..."), the cut clause
    names no first person and no country but Korea ("Japan paid ...", "we paid ..."), and no wish or ask follows the
    figure in its sentence ("X more, that's what we want").

    >>> r = Reader(annotate_text('He said "they agreed to pay ... $500 million more toward it," at a rally.'))
    >>> [elided_payment(r, f) for f in r.spans_in(0, len(r.text), "money")]
    [True]
    >>> r = Reader(annotate_text('He said "we want them to pay ... $500 million more toward it," at a rally.'))
    >>> [elided_payment(r, f) for f in r.spans_in(0, len(r.text), "money")]
    [False]
    >>> r = Reader(annotate_text('He said "Japan paid ... $2 billion this year," at a rally.'))
    >>> [elided_payment(r, f) for f in r.spans_in(0, len(r.text), "money")]
    [False]
    """
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 1
    q = r.quote_of(fig)
    if i < 1 or q is None or r.sentences[i].start != s0 or q.start >= r.sentences[i - 1].end \
            or first_other(r, s0, " \t\"“‘'(") < fig.start:
        return False  # not in a quotation that began before, or the figure does not open its sentence
    prev = r.sentences[i - 1]
    tail = r.text[prev.start:prev.end].rstrip()
    dots = 3 if tail.endswith("...") else 1 if tail.endswith("…") else 0
    if not dots or tail[:-dots].rstrip()[-1:] in (".", "!", "?"):
        return False
    c0 = max(prev.start, q.start)
    for m in _STRONG.finditer(r.text, c0, prev.end):
        c0 = m.end()
    cut = prev.start + len(tail) - dots  # where the dots start
    verb = last_match(_ELIDED_PAID, r.text, max(c0, cut - win.ELIDED_VERB_BACK), cut)
    return verb is not None and _ELIDED_GAP.fullmatch(r.text, verb.end(), cut) is not None \
        and _ELIDED_INTENT.search(r.text, c0, cut) is None \
        and not _ELIDED_ASK.search(r.text, fig.end, r.local(fig)[1]) and not _FIRST_PERSON.search(r.text, c0, cut) \
        and all(c == "KR" for _, c in named_countries(r, c0, cut))  # mend107: no other payer in the cut clause


#: What a payer is billed: "their current bill of X", "a $5 billion invoice".
_BILL_WORD = re.compile(r"\b(?:bill|invoice|price\s+tag|tab)\b", re.I)
#: What the paid side received: "I got X with a phone call", "they collected X".
_RECEIVED = re.compile(r"\b(?:got|gotten|received|collected|extracted|squeezed)\b", re.I)


def _said_before(r: Reader, fig: Span) -> list[Span]:
    """Return the amounts of the same value earlier in the figure's sentence or the sentence before it, which a
    figure repeats ("They agreed to pay $500 million more. Five-hundred million, with a phone call"); of a figure named
    again as someone's (:func:`cited_again`), those of the article before it."""
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 1
    start = max(r.sentences[i - 1].start if i >= 1 else s0, fig.start - SENTENCE_WINDOW)
    if cited_again(r, fig):  # fresh81v: "Trump's $500 million figure" repeats the amount wherever the article gave it
        start = max(0, fig.start - CITED_WINDOW)
    return [m for m in r.spans_in(start, fig.start, "money")
            if m.value.get("amount") == fig.value.get("amount") and m.end <= fig.start]


#: A denial before a figure in its clause: the clause says the figure is not so ("has never paid X", "is not paying
#: X", "it is false that ... X"); not a bound ("not more than X") nor "not only".
_DENIAL = re.compile(r"\b(?:not|never|no\s+longer|(?:is|was)\s+(?:false|untrue|wrong)\s+that|den(?:y|ies|ied))\b"
                     r"(?!\s+(?:only|just|least|more|less|over|under|above|below)\b)|n['’]t\b", re.I)


def denied_before(r: Reader, fig: Span) -> str | None:
    """Return the word of a denial before the figure in its clause ("never", "not", "isn't"), else None: the text
    then says the figure is not so, which no verdict on the figure as claimed can judge.

    >>> denied_before(*figure_in("South Korea has never paid $2 billion a year."))
    'never'
    >>> denied_before(*figure_in("Seoul paid not only $1 billion but also land.")) is None
    True
    >>> denied_before(*figure_in("Though the terms are not public, Seoul agreed to pay $1 billion.")) is None
    True
    """
    p0, _ = r.clause(fig)  # its own phrase: "Though details are not disclosed, Seoul paid X" denies nothing of X
    m = last_match(_DENIAL, r.text, p0, fig.start)
    return m.group(0).lower() if m else None



#: A denial of an ask governing the amount after it ("did not ask for X", "never demanded X", "denied seeking X",
#: "the demand was not X"), a few words between (none a word of keeping an ask: "has not dropped its demand for X" is
#: no denial); read in ``DENIED_ASK_BACK`` characters before the amount (mendf68, review68 finding 5).
_ASK_VERB = rf"(?:{ASK_FORMS}|want(?:ed|s)?|(?:press|push|call)(?:ed|ing|es|s)?[ \t]++for)\b"
_DENIED_ASK = re.compile(
    r"(?:(?:\b(?:not|never)|n['’]t)[ \t]++(?:(?:actually|ever|once|really|formally|officially|explicitly)[ \t]++)?"
    + _ASK_VERB + r"|\bden(?:y|ies|ied|ying)[ \t]++(?:(?:having|ever|that[ \t]++(?:it|they|Washington))[ \t]++)?"
    + _ASK_VERB + r"|\b(?:demand|ask|request)s?[ \t]++(?:was|is|were|(?:has|had)[ \t]++been)[ \t]++(?:not|never))"
    r"(?:[ \t]++(?!(?:drop|withdr|abandon|giv|back|retreat|budg|lower|reduc|cut|chang)\w)[\w'’.-]++){0,4}?"
    r"[ \t]++(?:(?:" + HEDGE_WORDS + r")[ \t]++)?$", re.I)
DENIED_ASK_BACK = 80
#: "not X but Y": the amount after "not" is denied and the one after "but" is the text's correction of it.
_NOT_BEFORE = re.compile(r"\bnot[ \t]++(?:(?:" + HEDGE_WORDS + r")[ \t]++)?$", re.I)
_BUT_BETWEEN = re.compile(r"(?<![ \t]),?[ \t]++but[ \t]++(?:rather[ \t]++)?(?:(?:" + HEDGE_WORDS + r")[ \t]++)?", re.I)


def corrected_of(r: Reader, fig: Span) -> Span | None:
    """Return the amount a figure corrects in "not X but Y" (Y's X: the same quantity and actor, told rightly),
    else None (mendf68, review68 finding 5).

    >>> r = Reader(annotate_text("The U.S. demand was not $5 billion but $4.7 billion, a lawmaker said."))
    >>> [getattr(corrected_of(r, f), "exact", None) for f in r.figures_in(0, len(r.text))]
    [None, '$5 billion']
    """
    s, _ = r.local(fig)
    before = r.figures_in(s, fig.start)
    if fig.kind != "money" or not before or before[-1].kind != "money":
        return None
    x = before[-1]
    back = max(s, x.start - win.NOT_BEFORE_BACK)
    if _BUT_BETWEEN.fullmatch(r.text, x.end, fig.start) and _NOT_BEFORE.search(r.text, back, x.start):
        return x
    return None


def corrected_actor(r: Reader, fig: Span) -> str | None:
    """Return the actor of the amount a figure corrects in "not X but Y" (:func:`corrected_of`), else None: Y is the
    same side's ask (mendf68).

    >>> r = Reader(annotate_text("The U.S. demand was not $5 billion but $4.7 billion, a lawmaker said."))
    >>> corrected_actor(r, r.figures_in(0, len(r.text))[1])
    'us-government'
    """
    corrected = corrected_of(r, fig)
    return frame_of(r, corrected).actor if corrected is not None else None


def denied_ask(r: Reader, fig: Span) -> str | None:
    """Return the words denying that an amount was asked ("did not ask for", "never demanded", "denied seeking", "was
    not" before a "but" that corrects it), else None: the text says this ask was not made (mendf68, review68 finding
    5).

    >>> [denied_ask(*figure_in(t)) for t in ("Washington did not ask for $5 billion.",
    ...     "Washington has not dropped its demand for $5 billion.", "Washington demanded $5 billion.")]
    ['not ask for', None, None]
    """
    p0, _ = r.clause(fig)
    m = _DENIED_ASK.search(r.text, max(p0, fig.start - DENIED_ASK_BACK), fig.start)
    if m is not None:
        return " ".join(m.group(0).split())
    after = r.figures_in(fig.end, r.local(fig)[1])
    return "not ... but" if after and corrected_of(r, after[0]) == fig else None
# --- troops: counts of people in uniform ------------------------------------------------------------------------

#: Places that host US forces other than Korea (a count told of them is not of US troops in Korea).
HOST_NAMES = ("Tokyo", "Okinawa", "Hawaii", "Europe", "Middle East", "Persian Gulf", "Indo-Pacific", "mainland", "NATO",
              "Gulf", *country_names(*TALKS_COUNTRIES))  # memo56f: every other country, not a hand list
#: Armies named by their country's adjective.
ARMY_ADJECTIVES = ("Japanese", "German", "European", "Vietnamese", "Ukrainian", "Russian", "Chinese", "North Korean")
_HOSTS = names_pattern(HOST_NAMES)
_ELSEWHERE = re.compile(rf"\b(?:{_HOSTS}|{'|'.join(a.replace(' ', r'[ ]+') for a in ARMY_ADJECTIVES)})\b")
#: A host place after a count, as its place: "54,000 troops in Japan", "troops stationed across Europe"; not a name's
#: first word ("to Jordan Smith": audit58, now that every country is a host name).
_IN_HOST = re.compile(rf"\b(?:in|on|at|across|throughout|to|into)\s+(?:the\s+)?(?:{_HOSTS})\b(?![ \t]+[A-Z])")
#: A host place before a count, in its clause ("Japan hosts 54,000", "In Japan, Washington has 55,000 troops"): a
#: country's name, but not inside a person's or a longer place's name ("Jordan Smith said", "New Jersey") nor as the
#: side a force stands against ("a hedge against China") (audit58, now that every country is a host name).
_HOST = re.compile(rf"(?<!New\s)(?<!against\s)(?<!counter\s)(?<!deter\s)\b(?:{_HOSTS})\b(?![ \t]+[A-Z])")
#: Whose a count is when the words right before it or inside it say so: the South Korean army, "Seoul's", "ROK"; not
#: the US command's own name ("U.S. Forces Korea's 28,500 troops", troops54).
_OTHER_ARMY = re.compile(r"\b(?:(?:South\s+|North\s+|(?<!Forces )(?<!Forces\n))Korea(?:n|['’]s)|Seoul['’]s|"
                         r"Pyongyang['’]s|ROK|its\s+own|USF(?!K)[A-Z](?:['’]s)?|"
                         r"their\s+own|local)\b")
#: Korea as the place of a count after it: "in South Korea", "on the peninsula", "of USFK".
_TROOPS_IN_KOREA = re.compile(r"\b(?:(?:in|on|at|across|throughout|to|into|of)\s+(?:the\s+)?(?:South\s+Korea|Korea|"
                       r"Korean\s+Peninsula|peninsula|South)\b|USFK\b|Forces\s+Korea\b)", re.I)
#: Stems of words that make a count a number to move, not the level there ("withdraw 4,500 troops", "cut to
#: 10,000", "pull out", "redeploy", "sent", "additional"), or people lost ("losing 5,000 soldiers", "sacrificed 9,000
#: men in that war"; the verb only: "the sacrifices of 40,000 troops stationed there" is the level).
#: The stems of a cut of a force (a pullout, a drawdown, a reduction): read by :func:`troops_left_by_cut`, and the first
#: of :data:`_MOVE_STEMS`.
_CUT_STEMS = ("withdr", "pull", "remov", "cut", "reduc", "redeploy", "relocat", "drawdown", "trim", "slash")
_MOVE_STEMS = (*_CUT_STEMS, "move", "moving", "send", "sent", "shrink", "shrank", "shrunk", "decreas", "downsiz",
               "bring", "brought", "dispatch", "los", "kill", "died", "dead",
               "sacrificed", "sacrificing", "casualt", "wound", "rotat", "shift", "down")
#: Words of a law's floor in the count's clause ("a law bars cutting below 28,500 troops", "a minimum of").
_FLOOR_WORDS = frozenset(("law", "laws", "bar", "bars", "barred", "prohibit", "prohibits", "prohibited", "ban",
                          "bans", "banned", "forbid", "forbids", "minimum", "floor", "below", "ndaa", "act",
                          "legislation", "statute"))
#: Words of a plan or condition right before a count ("could keep 10,000 soldiers", "a proposal of 20,000 troops",
#: "down to 25,000 soldiers").
_PLAN_WORDS = frozenset(("proposal", "proposed", "proposes", "propose", "option", "options", "plan", "plans",
                         "planned", "would", "could", "if", "unless", "consider", "considers", "considering",
                         "considered", "want", "wants", "wanted", "target", "cap", "capped"))
#: Words between a move verb and the count that make the count the whole level the move is from ("some of the
#: 28,500 troops", "the number of the 28,500 troops", "from the current 28,500").
_BASE_WORDS = frozenset(("of", *WHOLE_OWNERS, "america", "s", "all"))
#: "4,500 more troops", "2,000 additional soldiers" (not the bound "more than").
_ADDED_TROOPS = re.compile(r"\b(?:more|additional|extra)\s++(?!than\b)", re.I)
#: How many words before a count its verb is looked for (bounded: linear time).
_TROOP_WORDS_BEFORE = 6
#: After a count, passive words that make it a number to move ("4,500 troops would be withdrawn").
_MOVED_AFTER = ("withdrawn", "pulled", "removed", "relocated", "moved", "redeployed", "cut", "sent", "brought",
                "leave", "leaving", "killed", "lost", "died", "dispatched", "added", "rotated")


def troop_frame(r: Reader, fig: Span) -> Frame:
    """Return the frame of a count of people in uniform: quantity ``troops``; its years bound as a payment's (a date of
    its own phrase, else the publication year); actor ``us-government`` when it is the level of US forces in Korea,
    else None and ``level`` says why not (another country's troops, a number to move, a floor or a plan).

    >>> r = Reader(annotate_text('Some 28,500 U.S. troops are in South Korea. "We have 40,000 soldiers," Trump said.'))
    >>> [(troop_frame(r, c).modality, troop_frame(r, c).actor) for c in r.spans_in(0, len(r.text), "count")]
    [('reported', 'us-government'), ('quotation', 'us-government')]
    >>> r = Reader(annotate_text("The US may withdraw 4,500 troops from South Korea."))
    >>> troop_frame(r, r.spans_in(0, len(r.text), "count")[0]).level
    'a number to withdraw, move or add (withdraw), not the level there'
    """
    years, how = bind_years(r, fig)
    dated = how in ("phrase", "relative") or (how == "clause" and when_opening(r, fig))  # cfix50: "When ... in 1991,"
    if not dated or not own_troop_year(r, fig):
        years, how = (r.published.year,), "publication"
    before = _words_before(r, fig, 3)
    now = (("current" in before and not after_current_base(r, fig)) or before[-1:] in (["currently"], ["presently"])
           or current_apposition(r, fig))
    # "below the current level of 28,500": the level now, whatever moves; not the level "from the current X" goes to;
    # troops54: "withdraw American troops, currently 28,500, from Korea"
    why = (troops_denied(r, fig) or troops_elsewhere(r, fig) or troops_part(r, fig) or troops_exercise(r, fig)
           or troops_rough_year(r, fig) or troops_change_end(r, fig) or troops_planned(r, fig) or troops_former(r, fig)
           or troops_left_by_cut(r, fig)  # mend57v
           or (None if now else (None if named_numeral(r, fig) else troops_moved(r, fig)) or troops_floor(r, fig)))
    modality = _modality(r, fig, "hypothetical" if why and why.startswith("a level proposed") else "reported")
    return Frame("troops", years, None if why else "us-government", modality, how, level=why,
                 doubt=bare_doubt(r, fig))


def month_year(r: Reader, fig: Span) -> int | None:
    """Return the year of a date of part of one year that binds a count no whole year binds ("In October 1992, the
    U.S. kept 37,400 troops", "in late 1991"), else None. A payment is of a whole calendar year, so a month's date may
    be another event's (a signing) and binds no payment; a level is a count at a time, which a month may date
    (contra60: :func:`analysis.rules.month_level` reads it). A date of several years ("under the president's second
    term") is none.

    >>> r = Reader(annotate_text("In October 1992, the U.S. kept 37,400 troops in Korea."))
    >>> month_year(r, r.spans_in(0, len(r.text), "count")[0])
    1992
    >>> r = Reader(annotate_text("The U.S. keeps 28,500 troops in Korea."))
    >>> month_year(r, r.spans_in(0, len(r.text), "count")[0]) is None
    True
    """
    if bind_years(r, fig)[1] != "publication":
        return None
    part, how = bind_years(r, fig, False)
    if len(part) != 1 or how == "publication" or not level_told_past(r, fig):
        return None
    c0, c1 = r.clause(fig, strong=True)
    dates = [d for d in r.spans_in(max(c0, fig.start - MONTH_DATE_NEAR), min(c1, fig.end + MONTH_DATE_NEAR), "date")
             if date_years(d, False) == part]
    if not dates or any(_MODIFIER_DATE.search(r.text, max(0, d.start - MODIFIER_BACK), d.start) for d in dates):
        return None  # no such date near, or one that dates a modifier ("a level set in October 1992")
    return part[0]


#: How far from a count a month's date that dates it may stand (:func:`month_year`).
MONTH_DATE_NEAR = 90
#: How far before a date the participle of a modifier it dates is looked for ("a plan announced in").
MODIFIER_BACK = 24
#: Right before a date, the participle of a modifier it dates, not the level's verb ("a level set in October 1992",
#: "a plan announced in", "the drawdown that began in"): the date is of that act (mend60c).
_MODIFIER_DATE = re.compile(r"\b(?:set|announced|signed|agreed|reached|made|adopted|approved|unveiled|ordered|began|"
                            r"begun|started|planned|proposed|decided|launched|struck|drafted|introduced|declared)"
                            r"(?:[ \t]{1,3}(?:in|on|during|by|since|from))?[ \t]{0,3}$", re.I)
#: A verb that tells a level of troops, in the past ("had", "kept", "were stationed") or the present ("keeps", "has
#: kept", "now"); :func:`level_told_past` reads the nearest.
_TROOP_TENSE_VERB = re.compile(r"\b(?:(?P<past>had|kept|maintained|stationed|numbered|totall?ed|deployed|were|was|"
                               r"stood|fielded|housed)|(?P<now>has|have|keeps?|maintains?|stations|numbers|totals|"
                               r"deploys|is|are|stands|now|today|currently|still|will|would))\b", re.I)
#: Right before a verb of the past, the auxiliary that makes it present or future ("has kept", "will have kept").
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|will|would|to)[ \t]{1,3}(?:[a-z]{1,15}[ \t]{1,3})?$", re.I)
#: How far before a verb of the past its auxiliary (:data:`_PERFECT_BEFORE`) is looked for: one and a word between.
AUXILIARY_BACK = 24
#: How far before (and after) a count the verb that tells it is read (:func:`level_told_past`).
LEVEL_VERB_NEAR = 50


def level_told_past(r: Reader, fig: Span) -> bool:
    """Return whether the verb nearest a count of troops in its clause, before it ("the U.S. kept 37,400 troops") or
    else after it ("30,000 troops were stationed"), tells it in the past; a verb of the present ("keeps", "has kept",
    "now") or none is no past (mend60c: a month's date then dates another act, not the level).

    >>> r = Reader(annotate_text("In October 1992, the U.S. kept 37,400 troops in Korea."))
    >>> level_told_past(r, r.spans_in(0, len(r.text), "count")[0])
    True
    >>> r = Reader(annotate_text("Under a plan of October 1992, the U.S. keeps 37,400 troops in Korea."))
    >>> level_told_past(r, r.spans_in(0, len(r.text), "count")[0])
    False
    """
    c0, c1 = r.clause(fig, strong=True)
    before = list(_TROOP_TENSE_VERB.finditer(r.text, max(c0, fig.start - LEVEL_VERB_NEAR), fig.start))
    m = before[-1] if before else _TROOP_TENSE_VERB.search(r.text, fig.end, min(c1, fig.end + LEVEL_VERB_NEAR))
    if m is None or m.group("now"):
        return False
    return not _PERFECT_BEFORE.search(r.text, max(0, m.start() - AUXILIARY_BACK), m.start())


#: Right before a count, the present level a change goes from and "to": "from the current 30,000 to", "from its present
#: level of 28,500 to around" (dev129): "current" is that level's, not the count's after it.
_CURRENT_BASE_TO = re.compile(r"\b(?:current|present|existing)[ \t]++(?:(?:level|number|strength)[ \t]++of[ \t]++)?"
                              r"\d{1,3}(?:,\d{3})?(?:[ \t]++(?:troops|soldiers|personnel))?[ \t]++to[ \t]++(?:"
                              + _HEDGE + r")?$", re.I)


def after_current_base(r: Reader, fig: Span) -> bool:
    """Return whether a count is the level a change goes to from a present level told right before it ("reduce its
    troops from the current 30,000 to 25,000 by 2008"): the word "current" near it is the base's, so the count is
    the level to reach, not the level now (dev129).

    >>> r = Reader(annotate_text("The US will reduce its troops in Korea from the current 30,000 to 25,000 by 2008."))
    >>> [after_current_base(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [False, True]
    >>> r = Reader(annotate_text("The US troops in Korea stay at the current 28,500."))
    >>> [after_current_base(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [False]
    """
    return _CURRENT_BASE_TO.search(r.text, max(0, fig.start - win.COUNT_WORDS_BACK), fig.start) is not None


#: The quote marks that open a quoted figure ("'40,000' troops").
_QUOTE_OPEN = frozenset("'‘\"“")
#: Right after the level a change came to, a year of its own ("to 28,500 in 2008", "to 28,500 by 2008").
_OWN_YEAR_AFTER = re.compile(r"[\s,]{1,3}(?:in|by)\s(?:19|20)\d\d\b")


#: Right after a count, an appositive that names it the level now: "below 28,500 personnel, the current level stationed
#: there", "to 28,500, its present strength", "the current level of the force" — ending its clause or telling where the
#: troops are, never what else the level is of ("the current level set by Congress", "its present level under the
#: act", "the current number in the Army's plan", "the current level of the floor": a floor's or a plan's level;
#: review91 findings 1-2, mend91v); the troops it is of ("of the force", "of U.S. Forces Korea") keep it the level
#: now (review92 finding 5).
_CURRENT_APPOSITION = re.compile(
    # the appositive: ", the current level", ", its present troop strength"
    r",[ \t]++(?:the|its|their)[ \t]++(?:current|present|existing|actual)[ \t]++(?:troop[ \t]++)?"
    r"(?:level|number|strength|size|total|count)"
    # what it is the level of, when the troops: "of the force", "of US troops", "of U.S. Forces Korea" (review92)
    r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?(?:(?:U\.S\.|US|American|United[ \t]++States)[ \t]++)?(?:Forces[ \t]++Korea|"
    r"forces?|troops|soldiers|personnel|garrison|contingent|USFK)\b)?+"
    # then its clause's end, or where the troops are
    r"(?:[ \t]*+(?:[.;,!?)—–\n]|$)|[ \t]++(?:stationed|based|deployed|posted|there|here)\b"
    r"|[ \t]++(?:in[ \t]++(?:South[ \t]++)?Korea|on[ \t]++the[ \t]++(?:Korean[ \t]++)?[Pp]eninsula)\b)", re.I)


def current_apposition(r: Reader, fig: Span) -> bool:
    """Return whether an appositive right after a count names it the level now ("a bill bars cutting US troops in
    Korea below 28,500 personnel, the current level stationed there"): whatever floor or move the sentence tells, the
    text states the count as today's level, judged as one (count93v).

    >>> r = Reader(annotate_text("A bill bars reducing US troops in Korea below 26,500 personnel, the current level "
    ...                          "stationed there. A law bars cutting US troops in Korea below 22,000, a floor set "
    ...                          "long ago."))
    >>> [current_apposition(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    >>> [troop_frame(r, c).level is None for c in r.spans_in(0, len(r.text), "count")]
    [True, False]

    An appositive that goes on to tell what the level is of names a floor's or a plan's level (review91):
    >>> r = Reader(annotate_text("A law bars cutting US troops in Korea below 22,000, the current level set by law. "
    ...                          "The plan cuts US troops in Korea to 15,000, the current number in the plan."))
    >>> [current_apposition(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [False, False]

    The troops the level is of keep it the level now (review92 finding 5):
    >>> r = Reader(annotate_text("A law bars cutting US troops in Korea below 28,500, the current level of the force. "
    ...                          "A law bars cutting US troops in Korea below 22,000, the current level of the floor."))
    >>> [current_apposition(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    """
    return _CURRENT_APPOSITION.match(r.text, fig.end) is not None


#: In a count's sentence, a troop noun told as former ("former GIs", "ex-servicemen", "retired U.S. soldiers").
_FORMER_TROOPS = re.compile(r"\b(?:(?:former|retired|onetime|erstwhile)[ \t]++(?:[\w.’'-]++[ \t]++)?|ex-)(?:GIs|"
                            r"service(?:wo)?men|soldiers|troops|service[ \t]++members|servicemembers|marines)\b", re.I)
#: Between a former noun and a count, a verb of saying or its "that": the former soldiers speak of the count.
_FORMER_SAID = re.compile(r"\b(?:said|says?|told|tells?|noted|notes?|argued|claimed|that)\b", re.I)
#: Right after a count, a relative clause of service done ("20,000 GIs who served in the war", "who had fought").
_SERVED_AFTER = re.compile(r"(?<![ \t])[ \t]*+,?[ \t]*+(?:who|that)[ \t]++(?:had[ \t]++|once[ \t]++)?(?:served|"
                           r"fought)\b", re.I)


def troops_former(r: Reader, fig: Span) -> str | None:
    """Return why a count is of former soldiers — a relative clause of service done right after it ("Some 20,000 GIs
    who served in the war"), or a troop noun told as former in its sentence ("Thousands of former GIs, some 20,000 GIs
    in all, rallied") — not the level there (review91 finding 3, mend91v), else None. A former speaker ("the former
    president said 45,000 GIs are there") and troops who serve now keep the level.

    >>> r = Reader(annotate_text("Some 20,000 GIs who served in the war came back. Thousands of ex-GIs, some 9,000 "
    ...                          "GIs in all, rallied. The former president said 45,000 GIs who serve there stay."))
    >>> [troops_former(r, c) for c in r.spans_in(0, len(r.text), "count")]  # doctest: +NORMALIZE_WHITESPACE
    ["former soldiers ('who served'), not the level there", "former soldiers ('ex-GIs'), not the level there",
     None]

    Only a former noun before the count, with no verb of saying between (review92 finding 3: "28,500 troops are there,
    former GIs told the rally"; "Retired soldiers noted that 40,000 troops are there": the former ones speak).

    >>> r = Reader(annotate_text("About 28,500 U.S. troops are in Korea, former GIs told the rally. Retired U.S. "
    ...                          "soldiers noted that 40,000 American troops are in Korea."))
    >>> [troops_former(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None]
    """
    served = _SERVED_AFTER.match(r.text, fig.end)
    if served is None:
        served = _FORMER_TROOPS.search(r.text, r.local(fig)[0], fig.start)
        if served is not None and _FORMER_SAID.search(r.text, served.end(), fig.start):
            served = None  # "Retired soldiers noted that 40,000 troops are there": the former ones speak (review92)
    return f"former soldiers ({served.group().strip(' ,')!r}), not the level there" if served else None


#: The nouns that name a bare number as a numeral spoken of ("the number 42,000", "the figure 45,000").
_NUMERAL_NOUNS = frozenset(("number", "figure", "numbers", "figures"))


def named_numeral(r: Reader, fig: Span) -> bool:
    """Return whether a bare count is a numeral named as such ("using the number 42,000 which earlier brought
    criticism", "the figure 45,000"): the number is spoken of, so no verb after it moves troops (count93v); a count
    with its own noun ("the number 4,500 troops withdrawn") or after "of" keeps its reading.

    >>> r = Reader(annotate_text("Of US troops in Korea, he used the number 41,000 which brought criticism. The plan "
    ...                          "has 4,500 troops which were brought home."))
    >>> [named_numeral(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    >>> [troop_frame(r, c).level is None for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    """
    if fig.value.get("unit") != "":
        return False
    words = _words_before(r, fig, 2)
    return len(words) == 2 and words[0] == "the" and words[1] in _NUMERAL_NOUNS


def troops_change_end(r: Reader, fig: Span) -> str | None:
    """Return why the level a change came to ("fell from 37,500 in 2004 to 28,500") is not judged, when no year of
    its own follows it: the time it was reached is not told, and the year of the level it came from is not its year
    (review of troops46) — else None.

    >>> r = Reader(annotate_text("US troops in Korea fell from 37,500 in 2004 to 28,500."))
    >>> [troops_change_end(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, 'the level a change came to, at a time the text does not give']
    >>> r = Reader(annotate_text("US troops in Korea went from 37,500 in 2004 to 28,500 in 2008."))
    >>> [troops_change_end(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None]

    A count in quote marks is a figure quoted as someone's, not a level ("From his 'warmth' to '40,000' troops"):
    >>> r = Reader(annotate_text("From his 'warmth' to '40,000' U.S. troops, Kim erred."))
    >>> [troops_change_end(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None]

    A place "home to" a count is no change's end (troops54):
    >>> r = Reader(annotate_text("He may pull troops from Korea, home to 28,500 US troops."))
    >>> [troops_change_end(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None]
    """
    before = _words_before(r, fig, 12)
    if not before or before[-1] != "to" or "from" not in before[:-1] or r.text[fig.start - 1:fig.start] in _QUOTE_OPEN:
        return None
    if to_object(before):
        return None  # troops54: "withdrawing troops from Korea, home to 28,500 troops": the place's level, no change
    if _OWN_YEAR_AFTER.match(r.text, fig.end, min(len(r.text), fig.end + 16)):
        return None
    return "the level a change came to, at a time the text does not give"


#: Words of a time to come before the level a change is to ("will go ... to 25,000", "is expected to fall to").
_FUTURE_WORDS = frozenset(("will", "shall", "ll", "expected", "scheduled", "slated", "plans", "planned", "aims",
                           "intends", "would", "could"))  # troops54: "a plan would lower the number to 22,000"
_HEDGES = frozenset(HEDGE_WORDS.split("|"))
#: Verbs of keeping a level as it is ("will keep the level at 28,500", "will remain at 28,500"): no change planned.
_KEEP_WORDS = frozenset(("keep", "maintain", "remain", "stay", "hold", "retain", "sustain"))


#: Words whose "to" takes an object, not a level a change is to reach ("could point to 28,500 U.S. troops in Korea as
#: proof", "would refer to the 28,500", a place "home to 28,500"): the count after it is the level told as it is
#: (mend54t; "home" from troops54's two checks, now this one).
_TO_OBJECT_VERBS = frozenset(("point", "points", "pointed", "pointing", "refer", "refers", "referred", "referring",
                              "allude", "alludes", "alluded", "alluding", "attest", "attests", "attested", "attesting",
                              "home"))


def to_object(words: list[str]) -> bool:
    """Return whether the words before a count (lower case, hedges left out) end in a verb whose "to" takes an object
    (:data:`_TO_OBJECT_VERBS`): "could point to 28,500 troops" tells the level, "could fall to 20,000" a target.

    >>> [to_object(w) for w in (["could", "point", "to"], ["could", "fall", "to"], ["to"], ["pointed"], ["home", "to"])]
    [True, False, False, False, True]
    """
    return len(words) >= 2 and words[-1] == "to" and words[-2] in _TO_OBJECT_VERBS


def troops_planned(r: Reader, fig: Span) -> str | None:
    """Return why the level a change is to reach later is not judged ("will go from a previous 37,500 to around 25,000
    by 2008", told in 2006; "is expected to shrink to 25,000"): a target, not a level reported, when a word of a time
    to come stands in its clause before it or the year it is to be reached by is after publication (cfix40); else
    None.

    >>> def planned(text: str, published: str) -> list[str | None]:
    ...     r = Reader(annotate_text(text, published))
    ...     return [troops_planned(r, c) for c in r.spans_in(0, len(r.text), "count")]
    >>> planned("US troops in Korea will go from 37,500 to around 25,000 by 2008.", "2006-08-08")
    ["a level planned ('will'), not the level reported"]
    >>> planned("US troops in Korea are to fall to 25,000 troops by 2008.", "2006-08-08")
    ["a level planned ('by 2008'), not the level reported"]
    >>> planned("US troops in Korea went from 37,500 to 28,500 by 2008.", "2010-01-05")
    [None]
    >>> planned("The Pentagon will keep the US troop level in Korea at 28,500.", "2025-06-10")  # troops54
    [None]
    >>> planned("Seoul could point to 28,500 US troops in Korea.", "2025-06-10")  # mend54t: "to" takes an object
    [None]
    """
    c0, _ = r.clause(fig, strong=True)
    words = re.findall(r"[a-z]+", r.text[max(c0, fig.start - win.FLOOR_CLAUSE_BACK):fig.start].lower())
    while words and words[-1] in _HEDGES:
        words.pop()
    if not words or words[-1] not in ("to", "at", "reach") or to_object(words):  # "will go to 25,000"
        return None
    by = _OWN_YEAR_AFTER.match(r.text, fig.end, min(len(r.text), fig.end + 16))
    future = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _FUTURE_WORDS), None)
    if future is not None and _KEEP_WORDS.intersection(words[future:]):
        return None  # troops54: "will keep the troop level at 28,500": the level now, kept
    future = None if future is None else words[future]
    if future is None and (by is None or int(by.group()[-4:]) <= r.published.year):
        return None
    return f"a level planned ({future or by.group().strip(' ,')!r}), not the level reported"


#: Right before a count (its hedge allowed), a time to come and "leave": "that will leave", "would leave only", "is
#: expected to leave roughly" (:func:`troops_left_by_cut`).
#: A cut's word and, up to three words on, the number it takes away ("cut 4,500 from the force", "a pullout of about
#: 3,000", "trim the force by 3,000"): the size of a cut that is planned (:func:`troops_left_by_cut`); a year after
#: the word is read as a size too (the level then stays unjudged, as before tidy57).
_CUT_BY_NUMBER = re.compile(r"\b(?:" + "|".join(_CUT_STEMS) + r")[a-z]{0,10}(?:[ \t]++[a-z'’]{1,12}){0,3}[ \t]++\d",
                            re.I)
_WILL_LEAVE = re.compile(r"\b(?:will|would|shall|could|ll|(?:expected|set|going|due)[ \t]++to)[ \t]++(?:still[ \t]++|"
                         r"then[ \t]++)?leave[ \t]++(?:(?:only|just|some|about|around|roughly|nearly|approximately|"
                         r"an[ \t]++estimated|fewer[ \t]++than|more[ \t]++than|under|over)[ \t]++)?$", re.I)


def troops_left_by_cut(r: Reader, fig: Span) -> str | None:
    """Return why the level a planned cut "will leave" is not judged ("The pullout of 3,000 soldiers is due next year;
    it would leave about 24,000 in the country"): a level to come, not the level reported (README troops Convention),
    when a cut's word (:data:`_CUT_STEMS`: withdraw, pull, cut, reduce) and the cut's size (another count, or a number
    a few words after the word: :data:`_CUT_BY_NUMBER`) are in its sentence or the one before; else None (mend57v,
    tidy57). A level a cut left ("left 24,000"), a force kept where it is ("will leave its 28,500 troops in place") or
    a cut of no size ("Talks on a pullout failed. X will leave 28,500 ...": none planned) is no such level.

    >>> def left(text: str) -> list[str | None]:
    ...     r = Reader(annotate_text(text, "2025-06-10"))
    ...     return [troops_left_by_cut(r, c) for c in r.spans_in(0, len(r.text), "count")]
    >>> left("The pullout of 3,000 soldiers is due next year. It would leave about 24,000 US troops in Korea.")
    [None, "a level a planned cut is to leave ('would leave'), not the level reported"]
    >>> left("The pullout of 3,000 soldiers last year left about 24,000 US troops in Korea.")
    [None, None]
    >>> left("Officials say Washington will leave 28,500 US troops in Korea for now.")
    [None]
    >>> left("Talks on a pullout broke down. Washington will leave 28,500 US troops in Korea.")
    [None]
    >>> left("Officials plan to cut 4,500 from the force, which would leave 24,000 US troops in Korea.")[0][:32]
    'a level a planned cut is to leav'
    """
    m = _WILL_LEAVE.search(r.text, max(0, fig.start - win.LEAVE_VERB_BACK), fig.start)
    if m is None:
        return None
    s, e = with_sentence_before(r, fig)
    if not any(w.startswith(_CUT_STEMS) for w in re.findall(r"[a-z]+", r.text[s:e].lower())):
        return None  # "Washington will leave 28,500 troops in Korea": no cut, the level kept
    if not any(c.id != fig.id for c in r.spans_in(s, e, "count")) and not _CUT_BY_NUMBER.search(r.text, s, e):
        return None  # tidy57: a pullout talked of with no size ("talks on a pullout failed"): no cut planned
    return f"a level a planned cut is to leave ({m.group().strip()!r}), not the level reported"


#: Words of the military near a count whose noun counts anyone ("members"; a count of "people" or "Americans" is only
#: found when the finder ties it to a body of troops: ``counts.tied_to_forces``).
_MILITARY = re.compile(r"\b(?:troops?|soldiers|military|USFK|forces|stationed|deployed|based|service|garrison|"
                       r"contingent|army)\b", re.I)
#: Nouns whose "of" may take a bare count of troops ("a contingent of 28,500", "the current level of 28,500"); after
#: any other noun's "of" a bare number counts that noun ("a population of more than 30,000").
_TROOP_OF = frozenset(("contingent", "force", "forces", "level", "presence", "number", "total", "strength",
                       "garrison", "troops", "deployment", "personnel", "soldiers"))


#: Near a count, words of one base or unit, or of a population that is not only troops ("Camp X, home to 36,000
#: soldiers and family members"): the count is a part, or more than the troops.
_PART = re.compile(r"\b(?:base|camp|division|brigade|battalion|regiment|unit|installation|famil(?:y|ies)|"
                   r"dependents|civilians|population|residents|"
                   # probe34: "The Eighth Army's roughly 19,000 soldiers form the bulk of USFK": one command's
                   r"(?:eighth|8th)\s++army|(?:seventh|7th)\s++air\s++force|(?<!-)wing|squadron|fleet|"
                   r"bulk\s++of)\b", re.I)  # troops54: not "right-wing"
#: Right after a count's noun, other people listed under the same number ("45,000 troops, contractors and family
#: members", "30,000 soldiers, civilians and dependents"): the number counts them all, not the troops (cfix48).
_PEOPLE_LISTED = re.compile(r"(?<![\s,]),?+[ \t]++(?:and[ \t]++|or[ \t]++)?(?:civilian[ \t]++)?"
                            r"(?:contractors|civilians|dependents|spouses|employees)\b", re.I)
#: Right before a count, a number of troops (or "some", "part") taken "from the" count: "withdraw 4,500 troops from the
#: 28,500 in Korea", "4,500 from its 28,500" — the whole they are taken from, the level now (troops54); not "down from
#: 37,000", "cut troops from the 37,000" (no number taken).
_FROM_THE_WHOLE = re.compile(r"(?:(?<![\d,])\d[\d,]*+(?:[ \t]++(?:U\.S\.|US|American))?+(?:[ \t]++(?:troops|soldiers|"
                             r"forces|personnel|members|GIs))?+|\b(?:some|part|them))[ \t]++from[ \t]++(?:"
                             + "|".join(WHOLE_OWNERS) + r"|America['’]s|USFK['’]s)[ \t]++$", re.I)
#: Right before a count, words of a level that was ("down from 37,000", "once 40,000", "at its peak").
_PAST = frozenset(("from", "once", "peak", "formerly", "previously", "then"))


def troops_part(r: Reader, fig: Span) -> str | None:
    """Return why a count is a part of the US forces in Korea or more than its troops (one base, one unit, with their
    families: its words before the count in its clause, or right after it) or a level that was ("down from 37,000
    troops"), else None.

    >>> r = Reader(annotate_text("The base is home to 36,000 soldiers and family members. It cut from 37,000 troops."))
    >>> [troops_part(r, c) for c in r.spans_in(0, len(r.text), "count")]  # doctest: +NORMALIZE_WHITESPACE
    ["a count of one base or unit, or with others than troops ('base')", "a level that was ('from'), not the level
     now"]
    >>> r = Reader(annotate_text("The Eighth Army's roughly 19,000 soldiers form the bulk of USFK."))
    >>> troops_part(r, r.spans_in(0, len(r.text), "count")[0])
    "a count of one base or unit, or with others than troops ('eighth army')"
    >>> r = Reader(annotate_text("Seoul pays for US troops. Some 41,000 troops, contractors and kin live there. "
    ...                          "Korea hosts 28,500 troops, the ministry says."))
    >>> [troops_part(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ["a count of one base or unit, or with others than troops (', contractors')", None]
    >>> r = Reader(annotate_text("It may pull 4,500 troops from the 28,500 in Korea. It cut troops from the 37,000."))
    >>> [troops_part(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None, "a level that was ('from'), not the level now"]
    """
    c0, c1 = r.clause(fig, strong=True)
    part = part_before(r, fig, c0)
    if part is None:
        part = _PART.search(r.text, fig.end, min(c1, fig.end + win.TROOP_PART_AFTER))
        part = None if part is not None and (listed_beside(r, fig, part) or aside_place(r, fig, part)) else part
    part = part or _PEOPLE_LISTED.match(r.text, fig.end)  # cfix48: "45,000 troops, contractors and families"
    if part:
        return f"a count of one base or unit, or with others than troops ({part.group().lower()!r})"
    past = next((w for w in _words_before(r, fig, 2) if w in _PAST), None)
    if past == "from" and _FROM_THE_WHOLE.search(r.text, max(c0, fig.start - win.FROM_WHOLE_BACK), fig.start):
        return None  # troops54: "withdraw 4,500 troops from the 28,500 there": the whole they leave, the level now
    return f"a level that was ({past!r}), not the level now" if past and not troops_dated_past(r, fig) else None


#: Right after a part word before a count, words that make it no holder of the count: a base's or unit's cost or work
#: ("base upkeep for the 28,500 troops", "the unit cost of"), a division of opinion ("the division over the cost").
_NOT_HOLDER = re.compile(r"(?<![ \t])[ \t]++(?:upkeep|construction|costs?|fees?|rents?|maintenance|operations?|"
                         r"relocation|expansion|facilities|closures?|prices?|over|between|among|within)\b", re.I)
#: Right before a count, "of the" / "of its" / "of our" (counts.WHOLE_OWNERS): the count is the whole the words before
#: it are part of ("part of the 28,500 troops", "families of the 28,500 troops", "many of our 28,500 troops").
_OF_THE_WHOLE = re.compile(r"\bof[ \t]++(?:" + "|".join(WHOLE_OWNERS) + r")[ \t]++$", re.I)


def part_before(r: Reader, fig: Span, c0: int) -> re.Match[str] | None:
    """Return the word of one base or unit before a count in its clause (from ``c0``) that holds the count ("The base
    is home to 36,000 soldiers", "The Eighth Army's roughly 19,000 soldiers"), else None: not the verb "base", not a
    base's cost or a division of opinion (:data:`_NOT_HOLDER`), not people (families, residents: only a count's own
    words after it list them), and none when the count is the whole after "of the" (troops54).

    >>> r = Reader(annotate_text("The base is home to 36,000 soldiers. Seoul pays base upkeep for the 28,500 troops. "
    ...                          "Families of the 28,500 troops worry. Right-wing groups oppose the 28,500 troops."))
    >>> [(p.group() if (p := part_before(r, c, 0)) else None) for c in r.spans_in(0, len(r.text), "count")]
    ['base', None, None, None]
    >>> r = Reader(annotate_text("The base trains many of our 28,500 troops."))
    >>> part_before(r, r.spans_in(0, len(r.text), "count")[0], 0) is None
    True
    """
    if _OF_THE_WHOLE.search(r.text, max(c0, fig.start - win.FROM_WHOLE_BACK), fig.start):
        return None
    for part in _PART.finditer(r.text, max(c0, fig.start - win.MILITARY_NEAR), fig.start):
        if not (base_verb(r, part, fig) or _PEOPLE_PART.match(part.group()) or _NOT_HOLDER.match(r.text, part.end())):
            return part  # "the costs required to base 28,500 troops": the verb, no part (fresh79v)
    return None


#: Between a count and a base or unit word after it, a word that lists other things beside the troops ("for the 28,000
#: American troops, including military bases, and advanced weaponry"): what is paid for, not the count's base.
_LISTED_BESIDE = re.compile(r"\b(?:including|as[ \t]++well[ \t]++as|plus|besides|along[ \t]++with)\b", re.I)
#: Part words of people counted with the troops (families, civilians): a count "including" them is more than troops.
_PEOPLE_PART = re.compile(r"famil|dependents|civilians|population|residents", re.I)


def listed_beside(r: Reader, fig: Span, part: re.Match[str]) -> bool:
    """Return whether a base or unit word after a count is listed beside the troops ("Seoul pays X for the more than
    28,000 American troops, including military bases, and advanced weaponry systems"): things paid for with them, not
    the one base the count belongs to (dev131); people listed ("including their families") still make it more than
    troops.

    >>> r = Reader(annotate_text("Seoul pays for the 28,000 American troops, including military bases. The base "
    ...                          "holds 4,000 troops, including their families."))
    >>> [troops_part(r, c) is None for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    """
    return not _PEOPLE_PART.match(part.group()) and _LISTED_BESIDE.search(r.text, fig.end, part.start()) is not None


#: After a count, its own people listed with it: "and their families", "and their dependents" (troops54).
_THEIR_PEOPLE = re.compile(r"(?<![ \t])[ \t]++and[ \t]++(?:their|its)[ \t]++(?:famil|dependents)", re.I)


def aside_place(r: Reader, fig: Span, part: re.Match[str]) -> bool:
    """Return whether a part word after a count is no part of it: a base or camp after a comma, where the troops are
    ("28,500 troops in Korea, mostly at Camp Humphreys"), or the troops' own families named beside them ("the 28,500
    troops and their families"): the count stays the troops' (troops54); "at Camp Humphreys" with no comma, or "and
    family members" counted with them, keep the part.

    >>> r = Reader(annotate_text("It has 28,500 troops in Korea, mostly at Camp Humphreys. It has 28,500 troops and "
    ...                          "their families there. Camp X has 4,000 troops at Camp Y. 9,000 troops and family."))
    >>> [troops_part(r, c) is None for c in r.spans_in(0, len(r.text), "count")]
    [True, True, False, False]
    """
    if _THEIR_PEOPLE.match(r.text, fig.end):
        return True
    return not _PEOPLE_PART.match(part.group()) and "," in r.text[fig.end:part.start()]


#: Before "base", a word that makes it a verb ("to base", "will base"), and after it only the count's opening.
_BASE_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|must|should)[ \t]++$", re.I)
_BASE_VERB_GAP = re.compile(r"(?<![ \t])[ \t]++(?:(?:some|about|around|roughly|nearly|almost|over|the|its|all)"
                            r"[ \t]++)?")


def base_verb(r: Reader, part: re.Match[str], fig: Span) -> bool:
    """Return whether the part word ``part`` before a count is the verb "base" whose object the count is ("the costs
    required to base 28,500 U.S. troops in South Korea": the level stationed there, fresh79v), not a base's noun.

    >>> r = Reader(annotate_text("Seoul pays to base 28,500 U.S. troops in Korea. The base holds 4,000 troops."))
    >>> [troops_part(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, "a count of one base or unit, or with others than troops ('base')"]
    """
    if part.group().lower() != "base" or not _BASE_VERB_BEFORE.search(r.text, max(0, part.start() - 8),
                                                                         part.start()):
        return False
    return _BASE_VERB_GAP.fullmatch(r.text, part.end(), fig.start) is not None


#: Right after a count, a year of its own ("down from 37,500 in 2004"): a level that was, told for that year.
_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]++in[ \t]++(?P<year>(?:19|20)\d\d)\b")


def troops_dated_past(r: Reader, fig: Span) -> bool:
    """Return whether a count right after a word of a level that was ("from", "once") carries its own year right after
    it, the year its phrase binds ("fell from 37,500 in 2004 to 28,500 in 2008", "down from 37,500 in 2004"): it is
    the level of that year, judged for it (neither a level left aside nor a number to move).

    >>> r = Reader(annotate_text("US troops in Korea fell from 37,500 in 2004 to 28,500 in 2008. Once 40,000 in the "
    ...                          "1990s, US troops in Korea number 28,500 in 2025."))
    >>> [troops_dated_past(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [True, False, False, False]
    """
    if not set(_words_before(r, fig, 1)) & _PAST:
        return False
    m = _YEAR_AFTER.match(r.text, fig.end)
    return bool(m) and bind_years(r, fig) == ((int(m.group("year")),), "phrase")


#: Words of a military exercise near a count: its troops are those taking part, not the level stationed there (review45:
#: "drills involving some 40,000 troops from both sides", "40,000 troops took part in the exercise").
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|war[ -]games?|maneuvers|manoeuvres)\b", re.I)
#: Right after a count, a verb of taking part ("40,000 troops took part in the exercise", "19,000 troops will join
#: the drill"): only then is an exercise word after the count the drill the count is of ("28,500 troops are stationed
#: there, where they hold regular drills" is the level).
_TAKING_PART = re.compile(r"(?<![ \t])[ \t]*+(?:will[ \t]+|would[ \t]+|are[ \t]+|were[ \t]+)?(?:join|joined|joining|"
                          r"t(?:ook|ake|akes|aking)[ \t]+part|participat(?:e|ed|es|ing))\b", re.I)
#: A verb of saying between an exercise word and a count: the count is what the speaker said, not the drill's ("Trump,
#: who halted the war games, said the US has 32,000 soldiers there").
#: Between an exercise word and a count after it, a verb that makes the count the drill's ("drills involving 40,000
#: troops", "The drills will mobilize 40,000", "an exercise with 10,000 troops"), and no "and" that starts another
#: noun ("the cost of the drills and of the 40,000 soldiers").
_INVOLVING = re.compile(r"\b(?:involv|mobili[sz]|featur|gather)", re.I)
#: "will take part", "took part", "participated": a count of those taking part in one event, whatever its name (not
#: "join", nor the present "take part in the defense of the South", a standing force's task).
_PART_TAKEN = re.compile(r"\b(?:(?:will|would)[ \t]+(?:take[ \t]+part|participate)|took[ \t]+part|participated)\b",
                         re.I)
_AND = re.compile(r"\band\b")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|claimed|claims|insisted|complained|boasted|tweeted|wrote|added)\b",
                   re.I)


def troops_exercise(r: Reader, fig: Span) -> str | None:
    """Return why a count is of the troops in an exercise — words of a drill near it in its sentence, before it with a
    verb of involving between and no saying ("drills involving 40,000 troops"), or after it when a verb of taking part
    follows the count ("40,000 troops took part in the exercise") — else None.

    >>> r = Reader(annotate_text("The drills, involving 40,000 troops, began. 28,500 US troops are in South Korea. "
    ...                          "Trump, who halted the war games, said the US has 32,000 soldiers there."))
    >>> [troops_exercise(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ["the troops of an exercise ('drills'), not the level stationed there", None, None]
    >>> r = Reader(annotate_text("He decried the cost of the drills and of the 40,000 soldiers in South Korea. "
    ...                          "28,500 US troops are stationed there, where they hold drills. 10,000 troops took "
    ...                          "part in the exercise."))
    >>> [troops_exercise(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None, "the troops of an exercise ('exercise'), not the level stationed there"]
    >>> r = Reader(annotate_text("Some 17,500 US troops will take part in Freedom Shield."))  # troops54
    >>> [troops_exercise(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ["the troops of an exercise (' will take part'), not the level stationed there"]
    """
    s, e = r.sentence_of(fig)
    before = last_match(_EXERCISE, r.text, max(s, fig.start - win.EXERCISE_NEAR), fig.start)
    involving = _INVOLVING.search(r.text, before.end(), fig.start) if before is not None else None
    if involving is None or _SAID.search(r.text, before.end(), fig.start) or not _and_joins_counts(
            r, involving.end(), fig.start):
        before = None  # "the cost of the drills and of the 40,000 soldiers": the drill does not take the count
    taking = _TAKING_PART.match(r.text, fig.end)
    after = _EXERCISE.search(r.text, fig.end, min(e, fig.end + win.EXERCISE_NEAR)) if taking else None
    if taking and after is None and _PART_TAKEN.search(taking.group()):
        after = taking  # troops54: "17,500 US troops will take part in Freedom Shield": a drill by its name only
    m = before or after
    return f"the troops of an exercise ({m.group().lower()!r}), not the level stationed there" if m else None


def _and_joins_counts(r: Reader, lo: int, hi: int) -> bool:
    """Return whether every "and" in ``text[lo:hi]`` (the words between a verb of involving and a count) comes after
    a number, joining two counts ("involved 50,000 South Korean and 17,500 U.S. troops"), not another noun ("and of
    the 40,000 soldiers"); True with no "and".

    >>> r = Reader(annotate_text("It involved 50,000 Korean and 17,500 US troops. It involved jets and 17,500 troops."))
    >>> [_and_joins_counts(r, r.text.index(w) + len(w), c.start) for w, c in zip(("involved", "involved jets"),
    ...  [c for c in r.spans_in(0, len(r.text), "count") if c.start > 20])]
    [True, False]
    """
    return all(any(c.isdigit() for c in r.text[lo : m.start()]) for m in _AND.finditer(r.text, lo, hi))


#: A time of the sentence the text does not date ("at the time", "back then"): a level that was, of no year to judge.
_AT_THE_TIME = re.compile(r"\b(?:at[ \t]+(?:the|that)[ \t]+time|back[ \t]+then|in[ \t]+those[ \t]+days"
                          # troops54: an era or a peak with no year ("at the end of the Cold War", "at its peak")
                          r"|(?:(?:at|during)[ \t]+the[ \t]+(?:height|peak)[ \t]+of|during"
                          r"|at[ \t]+the[ \t]+end[ \t]+of)[ \t]+the[ \t]+(?:Cold[ \t]+|Korean[ \t]+|Vietnam[ \t]+)?"
                          r"War\b"
                          r"(?![ \t-]++(?:games|drills))|at[ \t]+(?:its|their|the)[ \t]+peak)\b", re.I)
#: A date told only roughly ("two decades ago", "20 years ago"): no one year's level to judge a count by (review45).
_ROUGH_DATE = re.compile(r"\b(?:decades?|(?:[1-9]0|twenty|thirty|forty|fifty|sixty|seventy)\s+years)\s+ago\b",
                         re.I)


def troops_rough_year(r: Reader, fig: Span) -> str | None:
    """Return why a count's time is told only roughly (a date before it in its sentence or in its clause: "two
    decades ago", "20 years ago") or not at all ("at the time" in its sentence), else None.

    >>> r = Reader(annotate_text("Two decades ago, the US had 37,000 troops in Korea. 15 years ago it had 28,500. "
    ...                          "37,000 troops were there at the time."))
    >>> [troops_rough_year(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ["a level of a time told only roughly ('Two decades ago')", None, "a level of a time told only roughly ('at the
     time')"]
    """
    s, e = r.sentence_of(fig)
    s, e = max(s, fig.start - WINDOW), min(e, fig.end + WINDOW)  # bounded: linear time in a long sentence
    _, p1 = r.clause(fig)
    rough = next((d.exact for d in r.spans_in(s, min(p1, e), "date") if _ROUGH_DATE.search(d.exact)), None)
    then = _AT_THE_TIME.search(r.text, s, e)
    rough = rough or (then.group() if then else None)
    return f"a level of a time told only roughly ({rough!r})" if rough else None


def troops_denied(r: Reader, fig: Span) -> str | None:
    """Return why a count is no claim of a level — a bare number after another noun's "of" ("a population of
    30,000"), or a noun that counts anyone with no military word near ("5,000 members of the union") — else None. A
    figure the text denies ("closer to 27,000, not 42,000") is still a claim: the lead's relabel45 decision.

    >>> r = Reader(annotate_text("USFK troops number closer to 27,000, not 42,000. 5,000 members of the union struck."))
    >>> [troops_denied(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None, 'a count of people the text does not tie to the military']
    >>> r = Reader(annotate_text("The troops live on a base with a population of 30,000, or a contingent of 28,500."))
    >>> [troops_denied(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ['a number of another noun (population of), not of troops', None]
    """
    before = _words_before(r, fig, 2)
    if fig.value.get("unit") == "" and before[-1:] == ["of"] and before[0] not in _TROOP_OF:
        return f"a number of another noun ({before[0]} of), not of troops"
    if fig.value.get("unit") in WEAK_NOUNS:  # its own words too: "28,500 US military members" (troops54)
        s, e = r.sentence_of(fig)
        if not _MILITARY.search(r.text, max(s, fig.start - win.MILITARY_NEAR), min(e, fig.end + win.MILITARY_NEAR)):
            return "a count of people the text does not tie to the military"
    return None


#: How far before a bare count a writer's correction of the level is read (:func:`level_corrected`).
CORRECTION_CHARS = 40
#: A troop noun right after a bare number's closing quote mark ('"about 45,000" troops').
_QUOTED_NOUN = re.compile(r"[\"”’'][ \t]*+(?:troops|soldiers|service[ \t]+members|personnel|forces)\b", re.I)


#: Searched in a bare count's clause before it, a force named as the US's or as one force ("keeps a force of 32,000",
#: "the US force stands at"): the troops named (troops54); not a labor, task, police or air force, nor a force a plan
#: "calls for". (The finder's trigger literal for the same word is ``counts._FORCE_AFTER_OWNER``; mend54t.)
_FORCE_NAMED_BEFORE = re.compile(r"(?:\bU\.S\.|\b(?:US|American|military|the|its|their|our)|\b(?:keeps?|kept|"
                                 r"maintain(?:s|ed)?|has|have|had|station(?:s|ed)?|hosts?|hosted|deploys?|deployed)"
                                 r"[ \t]++a)[ \t]++force\b", re.I)


def bare_doubt(r: Reader, fig: Span) -> str | None:
    """Return why a bare number (no noun of its own: "the actual number is 28,500") may not be the level although its
    sentence is about troops — its clause names no troops before it — else None (then it may be contradicted).

    >>> r = Reader(annotate_text("Troops in Korea number 42,000, he said; she put the number as 35,000."))
    >>> [bare_doubt(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, 'a bare number whose clause names no troops']
    >>> r = Reader(annotate_text('He said the US keeps "about 45,000" troops in Korea.'))
    >>> bare_doubt(r, r.spans_in(0, len(r.text), "count")[0]) is None
    True
    >>> r = Reader(annotate_text("He said the US keeps a force of 32,000 in Korea. A plan calls for a force of 20,000 "
    ...                          "in Korea."))  # troops54
    >>> [bare_doubt(r, c) is None for c in r.spans_in(0, len(r.text), "count")]
    [True, False]
    """
    if fig.value.get("unit") != "" or _QUOTED_NOUN.match(r.text, fig.end):
        return None  # review45: 'keeps "about 45,000" troops': the noun right after the quoted number
    c0, _ = r.clause(fig, strong=True)
    lo = max(c0, fig.start - WINDOW)
    if _MILITARY.search(r.text, lo, fig.start) or _FORCE_NAMED_BEFORE.search(r.text, lo, fig.start) \
            or troops_had(r, fig) or level_corrected(r, fig) or number_told_before(r, fig):
        return None
    return "a bare number whose clause names no troops"


#: Right before a bare count, "the number" it gives: "put the number at", "mentioned the number as", "the figure was".
_THE_NUMBER = re.compile(r"\bthe[ \t]++(?:number|figure|count|tally)(?:[ \t]++(?:as|at|was|is|of|to))?[ \t]++"
                         r"(?:(?:about|around|roughly|some|nearly|close[ \t]++to|over|more[ \t]++than)[ \t]++)?$", re.I)
#: "the number of (U.S.) troops (in Korea)": the noun a later "the number" stands for.
_NUMBER_OF_TROOPS = re.compile(r"\b(?:number|count|size|tally)[ \t]++of[ \t]++(?:[\w.’'-]++[ \t]++){0,3}?(?:troops|"
                               r"soldiers|service[ \t]++members|servicemembers|personnel|GIs|forces)\b", re.I)


def number_told_before(r: Reader, fig: Span) -> bool:
    """Return whether a bare count is given as "the number" right before it and its paragraph named "the number of
    ... troops" earlier ("He gave the number of U.S. troops in Korea as 40,000. Last year he put the number at
    35,000"): the definite noun stands for that number (frames76) — when named in the same sentence or the one
    before, with no new topic between ("Asked about the civilians near the border, he put the number at ...",
    :data:`_NEW_TOPIC`, mendf77).

    >>> r = Reader(annotate_text("He gave the number of U.S. troops as 40,000. Later he put the number at 35,000."))
    >>> [number_told_before(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [False, True]
    >>> r = Reader(annotate_text("Troops in Korea number 42,000, he said; she put the number as 35,000."))
    >>> number_told_before(r, r.spans_in(0, len(r.text), "count")[-1])
    False
    >>> r = Reader(annotate_text("The number of U.S. troops stayed flat. Asked about the civilians, he put the "
    ...                          "number at 40,000."))
    >>> number_told_before(r, r.spans_in(0, len(r.text), "count")[-1])
    False
    """
    m = _THE_NUMBER.search(r.text, max(0, fig.start - win.THE_NUMBER_BACK), fig.start)
    if m is None:
        return False
    back = max(0, m.start() - win.NUMBER_OF_BACK)
    para = r.text.rfind("\n", back, m.start()) + 1 or back
    i = bisect.bisect_right(r.sent_starts, m.start()) - 2  # mendf77: the sentence before, or this one
    named = last_match(_NUMBER_OF_TROOPS, r.text, max(para, r.sent_starts[i] if i >= 0 else 0), m.start())
    return named is not None and _NEW_TOPIC.search(r.text, named.end(), m.start()) is None


#: Words that open a new topic ("Asked about the civilians ...", "As for the workers", "Turning to"): a "the number"
#: after them stands for the new topic's number, not for one named before (mendf77).
_NEW_TOPIC = re.compile(r"\b(?:(?:when\s++)?asked\s++(?:about|on|whether|how)|as\s++(?:for|to|regards)|regarding|"
                        r"turning\s++to|on\s++the\s++(?:question|subject|issue|matter)\s++of)\b", re.I)


#: A writer's correction right before a bare number in a sentence about troops: "the actual number is", "the real
#: figure is", "the official number is", "the current level of", "it is actually", "it is in fact" (a hedge may follow)
#: (mut62; the class of adjectives of the true figure: mend62, review62 finding 14).
_CORRECTED = re.compile(r"\b(?:(?:" + "|".join(TRUE_FIGURE) + r")[ \t]++(?:"
                        r"number|figure|level|size|count|total|tally|strength)(?:[ \t]++(?:is|was|stands[ \t]++at|"
                        r"of))?|(?:is|was|are|were)[ \t]++(?:actually|really|in[ \t]++fact))"
                        r"[ \t]++(?:(?:about|around|roughly|some|nearly|close[ \t]++to|over|more[ \t]++than)[ \t]++)?$",
                        re.I)


def level_corrected(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the words of a writer's correction right before a bare count ("the actual number is 28,500", "when it
    is actually 28,500") when its sentence names troops before it: the count is the level the writer states, not a
    bare number of anything (mut62), else None.

    >>> r = Reader(annotate_text("He said 42,000 U.S. troops are in Korea, but the actual number is 28,500."))
    >>> level_corrected(r, r.spans_in(0, len(r.text), "count")[1]).group()
    'actual number is '
    >>> r = Reader(annotate_text("The actual number is 28,500, officials said of the troops."))
    >>> level_corrected(r, r.spans_in(0, len(r.text), "count")[0]) is None
    True
    >>> r = Reader(annotate_text("He put U.S. troops in Korea at 42,000, but the official number is 28,500."))
    >>> level_corrected(r, r.spans_in(0, len(r.text), "count")[1]).group()
    'official number is '
    """
    s, _ = r.near(fig)  # its sentence cut to a window: linear on a run-on sentence
    m = _CORRECTED.search(r.text, max(s, fig.start - CORRECTION_CHARS), fig.start)
    return m if m and _MILITARY.search(r.text, s, m.start()) else None


#: A speaker's "we have", "we've got", "we keep" right before a bare number (a hedge may come between).
_HAVE_BEFORE = re.compile(r"\b(?:we|you|they)(?:[ \t]++(?:have|keep|station|got)|['’]ve(?:[ \t]++got)?|[ \t]++have"
                          r"[ \t]++got)[ \t]++(?:(?:about|almost|nearly|over|some|roughly|more[ \t]++than)[ \t]++)?$",
                          re.I)


def troops_had(r: Reader, fig: Span) -> bool:
    """Return whether a bare number is what a speaker says "we have" there ("We have 40,000 there," he said) while its
    sentence or the one before names the troops: the speaker's count of them (conv54; the Conventions' "we have 40,000
    soldiers"), not a number of something else.

    >>> r = Reader(annotate_text('Trump spoke of the US troops in South Korea. "We have 40,000 there," he said.'))
    >>> troops_had(r, r.spans_in(0, len(r.text), "count")[0])
    True
    """
    if not _HAVE_BEFORE.search(r.text, max(0, fig.start - win.WE_HAVE_BACK), fig.start):
        return False
    return _MILITARY.search(r.text, *with_sentence_before(r, fig)) is not None


#: Between a count and a date after it: the date is a noun's ("a legacy of the 1950-53 war", "since 1953").
_NOUN_DATE_GAP = re.compile(r"\b(?:of|since|after|following|before)\b", re.I)


#: A sentence opening on a clause of time that ends at its comma: "When the first deal was signed in 1991,", "By the
#: time the deal expired in 2013,", "Back when Seoul first paid in 1991," (cfix50).
_WHEN_OPENING = re.compile(r"(?:When|Back[ \t]++when|By[ \t]++the[ \t]++time|Once)[ \t][^,;:.!?\n]{1,120}+,")


def when_opening(r: Reader, fig: Span) -> bool:
    """Return whether the count's sentence opens on a clause of time (:data:`_WHEN_OPENING`) that holds a date and
    ends before the count: "When the first deal was signed in 1991, 40,000 US troops were stationed in Korea" tells
    the level of 1991, as a careful reader takes it, not of the story's day (cfix50).

    >>> [when_opening(r, r.spans_in(0, len(r.text), "count")[0]) for r in map(Reader, map(annotate_text, (
    ...     "When the first deal was signed in 1991, 40,000 US troops were in Korea.",
    ...     "When asked, officials said 28,500 US troops were in Korea in 2019.")))]
    [True, False]
    """
    s, _ = r.sentence_of(fig)
    m = _WHEN_OPENING.match(r.text, s)
    return m is not None and m.end() <= fig.start and bool(r.spans_in(s, m.end(), "date"))


def own_troop_year(r: Reader, fig: Span) -> bool:
    """Return whether the date of a count's own phrase is the count's: before it, or after it with no "of", "since",
    "after" between ("a legacy of the 1950-1953 Korean War" is the war's).

    >>> r = Reader(annotate_text("Seoul hosts 28,500 US troops as a legacy of the 1950-1953 Korean War."))
    >>> own_troop_year(r, r.spans_in(0, len(r.text), "count")[0])
    False
    """
    p0, p1 = r.clause(fig)
    after = r.spans_in(fig.end, p1, "date")
    return not after or r.spans_in(p0, fig.start, "date") != [] or not _NOUN_DATE_GAP.search(
        r.text, fig.end, after[0].start)


def _words_before(r: Reader, fig: Span, n: int) -> list[str]:
    """Return the last ``n`` words of the count's sentence before it, in lower case (bounded: a window of 120
    characters).

    >>> r = Reader(annotate_text("The US may withdraw 4,500 troops."))
    >>> _words_before(r, r.spans_in(0, len(r.text), "count")[0], 3)
    ['us', 'may', 'withdraw']
    """
    s, _ = r.sentence_of(fig)
    return re.findall(r"[a-z]+", r.text[max(s, fig.start - win.COUNT_WORDS_BACK):fig.start].lower())[-n:]


#: Right before a won amount, a number with its scale word that the amount's digits run on from ("1 trillion 52 won":
#: a garbled "1.52 trillion won"; a right Korean-style figure has its own scale word, "1 trillion 38.9 billion won").
_SCALE_BEFORE = re.compile(r"\d[ \t]*+(?:trillion|billion|million)[ \t]++$", re.I)
#: Below this many won, an amount printed right after a number and its scale word has no scale of its own.
GARBLED_WON_BELOW = 1e6


def garbled_won(text: str, span: Span) -> bool:
    """Return whether a won amount is the tail of a garbled figure: a bare number with no scale word of its own printed
    right after a number and its scale word ("approximately 1 trillion 52 won", read as 52 won), so no value can be
    read from it (the Conventions: a won figure "garbled beyond a reading", adjud30's made-up "2 trillion 17 won").

    >>> t = "Seoul pays 1 trillion 52 won; it paid 1 trillion 38.9 billion won; a fee of 52 won."
    >>> [garbled_won(t, Span("m", "money", t.index(x), t.index(x) + len(x), x, {"amount": a, "currency": "KRW"}))
    ...  for x, a in (("52 won;", 52), ("38.9 billion won", 38.9e9), ("52 won.", 52))]
    [True, False, False]
    """
    return span.value.get("currency") == "KRW" and float(span.value["amount"]) < GARBLED_WON_BELOW \
        and _SCALE_BEFORE.search(text, max(0, span.start - win.GARBLED_SCALE_BACK), span.start) is not None


#: "respectively" after a list of counts: each count is the one of the place named in the same order before it.
_RESPECTIVELY_AFTER = re.compile(r"\brespectively\b", re.I)
#: What ends the list of places before a list of counts: a clause mark (the places are the nearest coordinated pair),
#: not the comma of a relative aside on them ("Japan and South Korea, which host X and Y": review95 finding 3).
_PLACE_LIST_END = re.compile(r"[;:()—–]|,(?!\s*+(?:which|that|who)\b)")
#: Two names joined by "and", each of up to four capitalised words ("Japan and South Korea", "The U.S. and South
#: Korea", "South Korea and the United States"): the places a list of counts is of, when they are places.
_NAME_PAIR = re.compile(r"(?-i:(?<![\w.’'-])((?:the[ \t]++)?(?=[A-Z])[\w.’'-]++(?:[ \t]++(?=[A-Z])[\w.’'-]++){0,3}+)"
                        r"[ \t]++and[ \t]++((?:the[ \t]++)?(?=[A-Z])[\w.’'-]++(?:[ \t]++(?=[A-Z])[\w.’'-]++){0,3}+))")
#: South Korea by name ("South Korea", "Korea", "Seoul", "ROK", "the Korean Peninsula": review102 finding 2), not the
#: North (review95 finding 2).
_SOUTH_KOREA_NAME = re.compile(r"\b(?:Korea|Seoul|ROK|Korean[ \t]++Peninsula)\b")
#: The US's forces in a place by name: "U.S. Forces Korea" / "USFK" is South Korea's side, "U.S. Forces Japan" /
#: "USFJ" another host's (review102 finding 1), not the US as an army.
_USFK_NAME = re.compile(r"\bUSFK\b|\bForces[ \t]++Korea\b")
_US_FORCES_ELSEWHERE = re.compile(r"\bUSF[A-Z]\b|\bU\.S\.[ \t]++Forces[ \t]++[A-Z]")
#: An attributive US phrase before a place's name, "U.S. ally Japan", "America's other Asian ally", "the U.S.
#: territory of Guam": the place is the name, the US only its modifier (review102 finding 1).
_US_ATTRIBUTIVE = re.compile(r"(?:\bU\.S\.|\bUS\b|\bAmerican?\b|\bAmerica['’]s|\bWashington['’]s)[ \t]++"
                             r"(?:(?:treaty|fellow|other|key|close|closest|Asian|Pacific|main|major|longtime|staunch|"
                             r"chief|regional|top|oldest)[ \t]++){0,3}+(?:ally|allies|partner|territory)\b"
                             r"(?:[ \t]++of\b)?+")
#: The same told with a pronoun before a capitalised name, "The U.S. and its ally South Korea": the name is the place
#: (review103 finding 4); not before "the" ("its ally the U.S.": no place word is made of it).
_ITS_ALLY = re.compile(r"\b(?:its|their)[ \t]++(?:(?:treaty|fellow|key|close|closest|Asian|Pacific|main|longtime|"
                       r"staunch|regional|oldest)[ \t]++){0,2}+(?:ally|partner)(?=[ \t]++[A-Z])")
#: The counts of a list told as US troops in the span itself ("28,500 and 54,000 U.S. troops"): no side of the pair
#: is then an army whose own count it is (review102 finding 1).
_US_TROOPS_SPAN = re.compile(r"(?:\bU\.S\.|\bUS\b|\bAmerican\b)[ \t]++(?:troops|forces|soldiers|service)", re.I)
_NORTH_KOREA_NAME = re.compile(r"\b(?:North|DPRK|Pyongyang|People['’]s)\b")
#: The US by name, the part the two patterns below share.
_US_BY_NAME = r"\bU\.S\.|\bUS\b|\bUSA\b|\bUnited[ \t]+States\b|\bWashington\b"
#: The US by name: then a list of counts is one of armies, the US's own count its troops (review95 finding 1).
_US_NAME = re.compile(rf"(?:{_US_BY_NAME}|\bAmerica\b)")
#: The army that keeps a list of counts in the places named after it ("The U.S. keeps X and Y troops in ...").
_US_KEEPER = re.compile(rf"(?:{_US_BY_NAME}|\bAmerican?\b|\bPentagon\b)")
#: Words telling the counts of a list as US troops hosted ("U.S. troops", "American", "host", "station", "keep"): a
#: pair naming South Korea is then of hosts, not of armies ("North Korea and South Korea have 1.2 million and 500,000
#: troops": review95 finding 1).
_HOSTED = re.compile(r"(?:\bU\.S\.|\bUS\b|\bUSF[A-Z]\b|\bAmerican\b|\b(?:host|station|keep|kept|house|base)\w*)")


def _pair_sides(pair: re.Match[str]) -> tuple[str, str] | None:
    """Return what each name of a pair is — "KR" (South Korea), "US", "host" (another place of US troops) or "" —
    when at least one is a place; else None (people, sources: "Trump and Lee").

    >>> [_pair_sides(_NAME_PAIR.search(t)) for t in ("Japan and North Korea", "The U.S. and South Korea",
    ...                                                 "Trump and Lee")]
    [('host', 'host'), ('US', 'KR'), None]
    """
    def side(name: str) -> str:
        if _USFK_NAME.search(name):
            return "KR"
        if _US_FORCES_ELSEWHERE.search(name):
            return "host"
        if _US_NAME.search(name):
            return "US"
        if _SOUTH_KOREA_NAME.search(name) and not _NORTH_KOREA_NAME.search(name):
            return "KR"
        return "host" if _HOST.search(name) or _NORTH_KOREA_NAME.search(name) else ""
    sides = (side(pair.group(1)), side(pair.group(2)))
    return sides if any(sides) else None


def _listed_pair(text: str, start: int, end: int, span: Span) -> tuple[str, str] | None:
    """Return the sides (:func:`_pair_sides`) of the pair of places a list of counts is of: the last pair before it in
    its clause (a relative aside's comma kept), else, when "respectively" follows, the pair between the counts and it
    ("28,500 and 54,000 troops in South Korea and Japan, respectively": review95 finding 3); else None.

    >>> from analysis.extract import Span
    >>> t = "The U.S. keeps 28,500 and 54,000 troops in South Korea and Japan, respectively."
    >>> _listed_pair(t, 0, len(t), Span("c", "count", 15, 39, t[15:39], {"count": 28500, "count_to": 54000}))
    ('KR', 'host')
    >>> t = "South Korea and U.S. ally Japan host 28,500 and 54,000 troops."
    >>> _listed_pair(t, 0, len(t), Span("c", "count", 37, 61, t[37:61], {"count": 28500, "count_to": 54000}))
    ('KR', 'host')
    >>> t = "They host 50,000 and 28,500 troops in Japan and Korea respectively."
    >>> _listed_pair(t, 0, len(t), Span("c", "count", 10, 34, t[10:34], {"count": 50000, "count_to": 28500}))
    """
    # review102: an attributive US phrase is read as a place word of no side ("U.S. ally Japan" is Japan)
    seg = _US_ATTRIBUTIVE.sub(lambda m: "Ally".ljust(len(m.group())), text[start:end])
    seg = _ITS_ALLY.sub(lambda m: "Ally".ljust(len(m.group())), seg)  # review103: "its ally South Korea"
    cut = max([0, *(m.end() for m in _PLACE_LIST_END.finditer(seg, 0, span.start - start))])
    pair = last_match(_NAME_PAIR, seg, cut, span.start - start)
    if pair is not None:
        return _pair_sides(pair)
    after = _RESPECTIVELY_AFTER.search(seg, span.end - start)
    # the places after the counts are where one army keeps them: only when that army is named before the counts
    # ("The U.S. keeps X and Y troops in South Korea and Japan"), not a host's own verb ("They host X and Y U.S.
    # troops in Japan and Korea": crash80's row, read as a list of no places)
    keeper = _US_KEEPER.search(seg, cut, span.start - start) is not None
    pair = _NAME_PAIR.search(seg, span.end - start, after.start()) if after is not None and keeper else None
    return _pair_sides(pair) if pair is not None else None


def respective_count(text: str, start: int, end: int, span: Span) -> dict[str, object] | str | None:
    """Return the value of South Korea's count when a count span is two counts joined by "and" that are not a range
    but a list, one per place of a pair named before it (or after it, before "respectively") in the same order
    ("Japan and South Korea host about 50,000 and 28,500 U.S. troops respectively": "respectively" after it in its
    sentence ``[start, end)``, or a second count below the first, which no range has); the US's count when the pair
    names the US (a list of armies: "South Korea and the U.S. field 500,000 and 28,500 troops"); "unplaced" when
    the pair is of places none of them South Korea; else None (one count, a range "4,000 to 5,000", "between 25,000
    and 30,000", a pair of years or of people, no pair: the count is read as any other, review95 findings 1-3), but
    "respective" when "respectively" follows such a count (a list of counts of things not places: "in 1990 and 2008,
    respectively", "the army and the air force").

    >>> from analysis.extract import Span
    >>> def read(t: str) -> object:
    ...     i = t.index("about")
    ...     j = t.index("troops") + 6
    ...     v = {"count": 50000, "count_to": 28500, "bound": "approx"}
    ...     return respective_count(t, 0, len(t), Span("c", "count", i, j, t[i:j], v))
    >>> read("Japan and South Korea host about 50,000 and 28,500 troops respectively.")
    {'count': 28500, 'count_to': None, 'bound': None}
    >>> read("South Korea and Japan host about 50,000 and 28,500 troops.")
    {'count': 50000, 'count_to': None, 'bound': 'approx'}
    >>> read("Japan and Germany host about 50,000 and 28,500 troops respectively.")
    'unplaced'
    >>> read("Japan and North Korea host about 50,000 and 28,500 troops respectively.")
    'unplaced'
    >>> read("Trump and Lee discussed about 50,000 and 28,500 troops.")
    >>> read("North Korea and South Korea have about 50,000 and 28,500 troops respectively.")
    >>> read("Seoul hosted about 50,000 and 28,500 troops in 1990 and 2008, respectively.")
    'respective'
    >>> t = "Korea hosts between 25,000 and 30,000 troops."
    >>> respective_count(t, 0, len(t), Span("c", "count", 20, 44, t[20:44], {"count": 25000, "count_to": 30000}))
    """
    value = span.value
    second = value.get("count_to")
    joint = span.exact.find(" and ")
    if not second or joint < 0 or span.exact[:joint].rstrip().endswith(("between", "Between")):
        return None
    if text[max(start, span.start - win.BETWEEN_BACK):span.start].strip().lower().endswith("between"):
        return None
    sides = _listed_pair(text, start, end, span)
    respectively = _RESPECTIVELY_AFTER.search(text, span.end, end) is not None
    if sides is None or not (respectively or float(second) < float(value["count"])):
        return "respective" if respectively else None
    if _US_TROOPS_SPAN.search(span.exact):  # review102: "X and Y U.S. troops": counts hosted, the US no army of them
        sides = tuple("" if side == "US" else side for side in sides)
    at = sides.index("US") if sides.count("US") == 1 else sides.index("KR") if sides.count("KR") == 1 and (
        _HOSTED.search(text, start, end)) else None
    if at == 1:
        return {**value, "count": second, "count_to": None, "bound": None}
    if at == 0:
        return {**value, "count_to": None}
    return "unplaced" if "" not in sides and "KR" not in sides else None


#: Between a count and a later "in Korea", words of a comparison: Korea's count is then the base compared with, not
#: the place of the count ("twice the number in South Korea", "more than in Korea", "compared with ... in Korea").
_COMPARED_WITH = re.compile(r"\b(?:than|twice|thrice|times|as\s++many|compared|versus|vs)\b", re.I)


def troops_elsewhere(r: Reader, fig: Span) -> str | None:
    """Return why a count is not of US troops in Korea — another army named in it or right before it ("1.2 million
    North Korean soldiers", "South Korea's 500,000"), a host place after it ("in Japan") or before it in its clause
    with no Korea between ("Japan hosts 54,000"), or no Korea at all in an article not about it — else None.

    >>> r = Reader(annotate_text("Japan hosts 54,000 US troops, and 1.2 million North Korean soldiers face them."))
    >>> [troops_elsewhere(r, c)[:22] for c in r.spans_in(0, len(r.text), "count")]
    ['troops of another plac', 'troops of another army']
    >>> r = Reader(annotate_text("About 28,500 US troops are in South Korea to deter North Korea."))
    >>> troops_elsewhere(r, r.spans_in(0, len(r.text), "count")[0]) is None
    True
    >>> r = Reader(annotate_text("Japan hosts about 54,000 U.S. troops, nearly twice the number in South Korea."))
    >>> troops_elsewhere(r, r.spans_in(0, len(r.text), "count")[0])
    'troops of another place (Japan), not US forces in Korea'
    """
    before = last_match(_OTHER_ARMY, r.text, max(r.sentence_of(fig).start, fig.start - win.OTHER_ARMY_BACK), fig.start)
    army = _OTHER_ARMY.search(fig.exact) or _ELSEWHERE.search(fig.exact) or (
        before if before is not None and not r.text[before.end():fig.start].strip() else None)
    if army:
        return f"troops of another army ({army.group()}), not US forces in Korea"
    listed = respective_count(r.text, *r.local(fig), fig)
    if listed == "unplaced":
        return "a list of counts, one per place named with it, none of them South Korea"
    if isinstance(listed, dict):
        return None  # clm28: "South Korea and Japan host 28,500 and 50,000 troops respectively": Korea's is its own
    c0, c1 = r.clause(fig, strong=True)
    reach = min(c1, fig.end + WINDOW)  # bounded: a clause may run on (a hostile text is one sentence)
    after = _IN_HOST.search(r.text, fig.end, reach)
    korea = _TROOPS_IN_KOREA.search(r.text, fig.end, reach)
    if korea is not None and _COMPARED_WITH.search(r.text, fig.end, korea.start()):
        korea = None  # probe33: "Japan hosts 54,000 U.S. troops, nearly twice the number in South Korea": the base
    if after and (korea is None or after.start() < korea.start()):
        return f"troops of another place ({after.group()}), not US forces in Korea"
    host = last_match(_HOST, r.text, max(c0, fig.start - WINDOW), fig.start)
    if korea is None and host is not None and not korea_named().search(r.text, host.end(), fig.start):
        return f"troops of another place ({host.group()}), not US forces in Korea"
    names_korea, names_host = sentence_places(r, fig)
    if not korea and not names_korea and names_host:
        return "the sentence names another host and not Korea"
    if not korea and not names_korea and not r.about_sma and not r.names_korea:
        return "no place is named and the article is not about Korea"
    return None


def sentence_places(r: Reader, fig: Span) -> tuple[bool, bool]:
    """Return whether the figure's sentence names Korea and whether it names another host of US troops (read once per
    sentence: many counts may share one).

    >>> r = Reader(annotate_text("Japan hosts 54,000 US troops and Korea 28,500 US troops."))
    >>> sentence_places(r, r.spans_in(0, len(r.text), "count")[0])
    (True, True)
    """
    s, e = r.sentence_of(fig)
    key = ("places", s, e)
    if key not in r.places:
        r.places[key] = (korea_named().search(r.text, s, e) is not None, _HOST.search(r.text, s, e) is not None)
    return r.places[key]


def troops_moved(r: Reader, fig: Span) -> str | None:
    """Return why a count is a number to move, add or lose ("withdraw 4,500 troops", "4,500 more troops", "4,500
    troops would be pulled out"), else None; "some of the 28,500 troops" is the level the move is from.

    >>> r = Reader(annotate_text("Trump threatened to remove some of the 28,500 troops; 4,500 troops would be moved."))
    >>> [troops_moved(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, 'a number to withdraw, move or add (moved), not the level there']
    >>> r = Reader(annotate_text("Reducing the force to 24,000 troops would save money. Plans call for reducing US "
    ...                          "troops in South Korea to 25,000 by 2008."))  # the level a move is to
    >>> [troops_moved(r, c) for c in r.spans_in(0, len(r.text), "count")]  # doctest: +NORMALIZE_WHITESPACE
    ['a number to withdraw, move or add (reducing), not the level there', 'a number to withdraw, move or add
     (reducing), not the level there']
    >>> r = Reader(annotate_text("It may pull troops from Korea, where 28,500 are based. It may cut 28,500-strong "
    ...                          "USFK. It may pull out a 4,500-strong brigade. It may pull troops from Korea, home to "
    ...                          "28,500 troops. It may shrink the force to 20,000 troops."))  # troops54
    >>> [troops_moved(r, c) for c in r.spans_in(0, len(r.text), "count")]  # doctest: +NORMALIZE_WHITESPACE
    [None, None, 'a number to withdraw, move or add (pull), not the level there', None, 'a number to withdraw, move
     or add (shrink), not the level there']
    """
    if troops_dated_past(r, fig):
        return None  # "down from 37,500 in 2004": the level of 2004, not a number to move
    target = _words_before(r, fig, 1) == ["to"]  # review45: "reducing the force to 24,000 troops": a move's target,
    # its verb up to twice as far ("reducing U.S. troops in South Korea to 25,000")
    words = _words_before(r, fig, _TROOP_WORDS_BEFORE * (2 if target else 1))
    if fig.value.get("unit") == "strong" and words[-1:] not in (["a"], ["an"]):
        words = []  # troops54: "Cutting 28,500-Strong Force": the size of the force named, not a number to move
    for i in range(len(words) - 1, -1, -1):
        if not target and _BASE_WORDS.intersection(words[i:]) - {"all"}:
            break  # "some of the", "from the current": the count is the level a move is from
        if words[i] in _MOVE_CLAUSE_OPENERS or to_object(words[i:]):
            break  # troops54: "withdraw troops from Korea, where 28,500 are based" (or "home to 28,500"): the move is
            # the other clause's
        if words[i].startswith(_MOVE_STEMS):
            if not target and "all" in words[i:] and not_moved(words, i):
                break  # "He can't pull out all 28,500": no move told, the count is the level
            return f"a number to withdraw, move or add ({words[i]}), not the level there"
    if _ADDED_TROOPS.search(fig.exact):
        return "a number to withdraw, move or add (more), not the level there"
    if _OF_THE_WHOLE.search(r.text, max(0, fig.start - win.FROM_WHOLE_BACK), fig.start):
        return None  # troops54: "4,000 of the 28,500 troops could be withdrawn": the whole, the level there
    _, c1 = r.clause(fig)
    after = re.findall(r"[a-z]+", r.text[fig.end:min(c1, fig.end + win.MOVED_AFTER_CHARS)].lower())[:4]
    moved = next((w for w in after if w in _MOVED_AFTER), None)
    return f"a number to withdraw, move or add ({moved}), not the level there" if moved else None


#: Words that open a clause of their own between a move verb and a count: the count is not the move's object ("pull
#: troops from Korea, where 28,500 are based", "troops, which number 28,500"; troops54).
_MOVE_CLAUSE_OPENERS = frozenset(("where", "which", "who", "whom", "whose", "while", "whereas"))
#: Words right before a move verb that deny the move ("can't pull out", "will not withdraw", "never removed").
_NOT_MOVED = frozenset(("t", "not", "cannot", "never", "no"))


def not_moved(words: list[str], i: int) -> bool:
    """Return whether the move verb ``words[i]`` before "all <count>" is denied by one of the two words before it:
    "He can't pull out all 28,500" tells the level, while "threatened to pull out all 28,500 troops" tells the number
    a move would take (fresh79v; README troops convention).

    >>> r = Reader(annotate_text("He can't pull out all 28,500. Trump threatened to pull out all 28,500 U.S. troops."))
    >>> [troops_moved(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, 'a number to withdraw, move or add (pull), not the level there']
    """
    return bool(_NOT_MOVED.intersection(words[max(0, i - 2):i]))


def troops_floor(r: Reader, fig: Span) -> str | None:
    """Return why a count is a floor in a law or a level proposed ("a law bars cutting below 28,500 troops", "down to
    10,000", "could keep 20,000 soldiers"), else None: floor words are looked for in its clause (120 characters at
    most), plan words among the few words right before it.

    >>> r = Reader(annotate_text("A law bars cutting below 28,500 troops. The US has 28,500 troops in Korea."))
    >>> [troops_floor(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ["a floor in a law ('bars'), not the level reported", None]
    >>> r = Reader(annotate_text("Trump said the US could keep 20,000 soldiers in Korea."))
    >>> troops_floor(r, r.spans_in(0, len(r.text), "count")[0])
    "a level proposed ('could'), not the level reported"

    A definite word right before the count makes it the troops there now, whatever a plan does to them (troops54):
    >>> r = Reader(annotate_text("Trump said he could cut the 28,500 troops in Korea; he could cut its 28,500 troops."))
    >>> [troops_floor(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None]
    """
    c0, _ = r.clause(fig, strong=True)
    clause = re.findall(r"[a-z]+", r.text[max(c0, fig.start - win.FLOOR_CLAUSE_BACK):fig.start].lower())
    floor = next((w for w in reversed(clause) if w in _FLOOR_WORDS), None) or cut_below(r, fig, clause)
    after = _FLOOR_AFTER.match(r.text, fig.end)  # troops54: "a 22,000-troop floor", "a 22,000 minimum"
    floor = floor or (after.group("word").lower() if after else None)
    if floor is not None:
        return f"a floor in a law ({floor!r}), not the level reported"
    before = _words_before(r, fig, 3)
    if before[-1:] and before[-1] in _DEFINITE:
        return None  # troops54: "he could cut the 28,500 troops", "could withdraw its 28,500": the troops there now
    plan = None if to_object(before) else next((w for w in reversed(before) if w in _PLAN_WORDS), None)
    plan = plan or troops_condition(r, fig) or modal_after(r, fig)  # mend54t: "could point to 28,500 troops" told
    return f"a level proposed ({plan!r}), not the level reported" if plan else None


#: Right after a count, a floor or cap it sizes: "a 22,000-troop floor", "a 22,000 minimum", "28,500 troops minimum".
_FLOOR_AFTER = re.compile(r"(?<![ \t])(?:[ \t]++troops)?+[ \t]++(?P<word>minimum|floor|threshold|limit|cap|ceiling)\b",
                          re.I)
#: A cut's verb in its base form (an act not yet done: "cannot be used to reduce", "must not cut"), before a count
#: told as a threshold ("below 28,500"): the count is the line the cut may not cross. Past forms ("reduced", "fell")
#: report a level and are not here (verd90v).
_CUT_BASE = frozenset(("reduce", "cut", "lower", "decrease", "shrink", "trim", "drop", "drawdown"))
_BELOW_OWN = re.compile(r"(?:below|under|beneath)\b", re.I)
#: The word right before such a verb that makes it a base form of an act not yet done: "to" or a modal ("to reduce",
#: "cannot cut", "may not lower", "can't cut"), "not"/"never" and the "t" of "n't" looked past (mend90v); "Trump cut
#: the force", "did not cut", "at a lower level" tell a level, not a threshold.
#: Adverbs that may stand between "to" or a modal and a cut verb ("to ever cut", "to further reduce").
_CUT_ADVERBS = frozenset(("ever", "further", "also", "then", "still", "even", "again", "soon"))
_CUT_LEAD = frozenset(("to", "can", "cannot", "may", "might", "must", "shall", "should", "will", "would", "could",
                       "won", "mustn", "shouldn", "couldn", "wouldn"))
_CUT_NEGATION = frozenset(("not", "never", "t"))


def cut_below(r: Reader, fig: Span, clause: list[str]) -> str | None:
    """Return the cut verb of a count told as a threshold a cut is measured against (its own phrase opens with
    "below"/"under" and a cut verb in its base form stands earlier in its clause, ``clause`` its words in lower
    case), else None: "cannot be used to reduce the level of US forces below 28,500 personnel" is a floor, not the
    level; "the force fell below 28,500" reports a level.

    >>> r = Reader(annotate_text("No funds may be used to reduce the US force in Korea below 28,500 personnel."))
    >>> c = r.spans_in(0, len(r.text), "count")[0]
    >>> cut_below(r, c, ["no", "funds", "may", "be", "used", "to", "reduce", "the", "us", "force"])
    'reduce'
    >>> r = Reader(annotate_text("The US force in Korea fell below 28,500 personnel in 2008."))
    >>> cut_below(r, r.spans_in(0, len(r.text), "count")[0], ["the", "us", "force", "in", "korea", "fell"])
    >>> cut_below(r, r.spans_in(0, len(r.text), "count")[0], ["trump", "did", "not", "cut", "the", "force"])
    >>> cut_below(r, r.spans_in(0, len(r.text), "count")[0], ["it", "can", "t", "cut", "the", "force"])
    'cut'
    """
    if not _BELOW_OWN.match(fig.exact):
        return None
    return next((w for i, w in reversed(list(enumerate(clause))) if w in _CUT_BASE and _cut_lead(clause[:i])), None)


def _cut_lead(before: list[str]) -> bool:
    """Return whether the words before a cut verb end in "to" or a modal (:data:`_CUT_LEAD`), a negation looked past.

    An adverb or two may stand between them ("to ever cut", "to further reduce", "must not quickly lower": review92
    finding 6).

    >>> [_cut_lead(w) for w in (["used", "to"], ["must", "not"], ["trump"], ["did", "not"], [])]
    [True, True, False, False, False]
    >>> [_cut_lead(w) for w in (["to", "ever"], ["to", "further"], ["must", "not", "quickly"], ["trump", "sharply"])]
    [True, True, True, False]
    """
    words = list(before)
    for _ in range(2):
        if words and (words[-1] in _CUT_NEGATION or words[-1] in _CUT_ADVERBS or words[-1].endswith("ly")):
            words.pop()
    return bool(words) and words[-1] in _CUT_LEAD


#: Right before a count, words that make it the troops there now, the ones a plan or move would act on ("could cut the
#: 28,500 troops", "could withdraw its 28,500", "America's 28,500"): not a level proposed (troops54).
_DEFINITE = frozenset((*WHOLE_OWNERS, "s"))
#: Right after a count, up to two nouns of a force and then a modal: "a 20,000-strong force would suffice", "a force of
#: 20,000 would be enough", "24,000 troops could remain" (troops54): a level supposed, not reported.
_MODAL_AFTER = re.compile(r"(?<![ \t])(?:[ \t]++(?:U\.S\.|US|American|troops|soldiers|force|forces|garrison|"
                          r"contingent|personnel|presence))?+(?:[ \t]++(?:troops|soldiers|force|forces|garrison|"
                          r"contingent|personnel|presence))?+[ \t]++(?P<modal>would|could|might|should)\b", re.I)


def modal_after(r: Reader, fig: Span) -> str | None:
    """Return the modal right after a count told as one force of a size ("a 20,000-strong force", "a force of 20,000";
    past up to two nouns of a force, :data:`_MODAL_AFTER`): the count is a level supposed ("analysts say a
    20,000-strong force would suffice"), else None (troops54).

    >>> r = Reader(annotate_text("A 20,000-strong force would suffice. A force of 20,000 troops could do. 28,500 "
    ...                          "troops are."))
    >>> [modal_after(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ['would', 'could', None]

    Only a count told as one force of a size ("a force of", "a 20,000-strong"): a count of the troops there keeps its
    reading ("the number 42,000 of the USFK troops might come from counting others", "About 28,500 troops would be in
    harm's way"):
    >>> r = Reader(annotate_text("He said the number 42,000 of the USFK troops might come from counting others. About "
    ...                          "28,500 troops would be in harm's way."))
    >>> [modal_after(r, c) for c in r.spans_in(0, len(r.text), "count")]
    [None, None]

    Whatever governs the force, a modal after it makes the size supposed (lead, forty-sixth session: "Housing a
    20,000-strong force would cost less" is no level told; a real level told so goes unjudged rather than a supposed
    one called wrong):
    >>> r = Reader(annotate_text("Housing a 28,500-strong force would cost billions."))
    >>> [modal_after(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ['would']
    """
    before = _words_before(r, fig, 3)
    if before[-1:] not in (["a"], ["an"]) and before[-3:] != ["a", "force", "of"]:
        return None  # "About 28,500 troops would be in harm's way": the level, its modal the sentence's
    m = _MODAL_AFTER.match(r.text, fig.end)
    return m.group("modal").lower() if m else None


#: A modal a few words before a count: with a condition right after it, the count is supposed ("should pay for 40,000
#: troops if the U.S. sent more"), not reported.
_MODALS = frozenset(("should", "would", "could", "might", "must", "shall"))
#: Words that may stand between a count and its condition ("40,000 U.S. troops if ..."), and the conditions.
_CONDITION_SKIP = frozenset(("u", "s", "us", "american", "more", "troops", "soldiers"))
_CONDITIONS = frozenset(("if", "unless"))


def troops_condition(r: Reader, fig: Span) -> str | None:
    """Return the modal of a count supposed under a condition (a modal among the six words before it, "if"/"unless"
    right after it, its noun and a "U.S." aside), else None.

    >>> r = Reader(annotate_text("Seoul should pay for 40,000 troops if asked. We have 40,000 troops if you count."))
    >>> [troops_condition(r, c) for c in r.spans_in(0, len(r.text), "count")]
    ['should', None]
    """
    _, c1 = r.clause(fig)
    words = re.findall(r"[a-z]+", r.text[fig.end:min(c1, fig.end + win.CONDITION_AFTER_CHARS)].lower())
    after = (w for w in words if w not in _CONDITION_SKIP)
    if next(after, None) not in _CONDITIONS:
        return None
    return next((w for w in reversed(_words_before(r, fig, 6)) if w in _MODALS), None)


def trailing_tie(other: Span, d: Span, fig: Span, gap: int) -> bool:
    """Return whether a date between two figures, as near to each, follows the other one (``other`` ends right
    ``gap`` characters before it and ``fig`` starts ``gap`` after it): a date after an amount is that amount's ("X for
    2021 and Y for 2022": 2021 is X's, not Y's) (verd49).

    >>> r = Reader(annotate_text("Seoul paid 1.18 trillion won for 2021 and 1.25 trillion won for 2022."))
    >>> x, y = r.figures_in(0, len(r.text)); d = r.spans_in(0, len(r.text), "date")[0]
    >>> trailing_tie(x, d, y, y.start - d.end), trailing_tie(y, d, x, d.start - x.end)
    (True, False)
    """
    return other.end <= d.start and d.end <= fig.start and d.start - other.end == gap


def first_of_series(r: Reader, d: Span) -> Span:
    """Return the first year of the series a year closes ("2019 and 2020": 2019), or the year itself: the mirror of
    :func:`last_of_series` (verd50).

    >>> r = Reader(annotate_text("Seoul paid 1.04 trillion won for 2019 and 2020."))
    >>> first_of_series(r, r.spans_in(0, len(r.text), "date")[1]).exact
    '2019'
    """
    while True:
        before = [x for x in r.spans_in(max(0, d.start - win.SERIES_YEAR_NEXT), d.start, "date") if date_years(x)]
        if not before or not _DATE_SERIES_GAP.fullmatch(r.text, before[-1].end, d.start):
            return d
        d = before[-1]


def series_tie(r: Reader, other: Span, d: Span, fig: Span, gap: int) -> bool:
    """Return whether ``d`` closes a series of years that follows the other figure as near as ``d`` stands before
    ``fig`` (:func:`trailing_tie` on the series' first year), and ``fig`` has a date of its own after it in its
    phrase: "X for 2019 and 2020 and Y for 2021" — the series is X's, 2021 Y's (verd50). Without a date after Y
    ("X for 2019 and 2020 and Y") the series stays as near to Y as it was.

    >>> r = Reader(annotate_text("Seoul paid 1.04 trillion won for 2019 and 2020 and 1.18 trillion won for 2021."))
    >>> x, y = r.figures_in(0, len(r.text)); d = r.spans_in(0, len(r.text), "date")[1]
    >>> series_tie(r, x, d, y, y.start - d.end)
    True
    >>> r = Reader(annotate_text("Seoul paid 1.04 trillion won for 2019 and 2020 and 1.18 trillion won."))
    >>> x, y = r.figures_in(0, len(r.text)); d = r.spans_in(0, len(r.text), "date")[1]
    >>> series_tie(r, x, d, y, y.start - d.end)
    False
    """
    first = first_of_series(r, d)
    if first is d or not trailing_tie(other, first, fig, gap):
        return False
    return bool(r.spans_in(fig.end, r.clause(fig)[1], "date"))


#: Right before the base of a change, after its percent: "from", "than", "over", "compared with" (the last words).
_RELATIVE_BASE_WORD = re.compile(r"\b(?:from|than|over|compared[ \t]++(?:with|to)|on)[ \t]++$", re.I)


def relative_change_base(r: Reader, fig: Span, d: Span) -> bool:
    """Return whether a date after an amount is a relative one ("a year earlier", "the year before", "the previous
    year") that is the base of a percent change told between them ("Seoul paid X, up 8.2 percent from a year
    earlier"): it counts back from the amount's own year and binds no year of it (verd49).

    >>> r = Reader(annotate_text("Under the 10th SMA, Seoul paid 1.04 trillion won, up 8.2 percent from a year earlier."
    ...                          " Seoul paid 1.04 trillion won in the year before.", "2022-09-01"))
    >>> dates = r.spans_in(0, len(r.text), "date")
    >>> [relative_change_base(r, f, d) for f, d in zip(r.spans_in(0, len(r.text), "money"), dates, strict=True)]
    [True, False]
    """
    if d.start < fig.end or d.value.get("form") != "relative":
        return False
    between = r.figures_in(fig.end, d.start)
    return bool(between) and between[-1].kind == "percent" and _RELATIVE_BASE_WORD.search(
        r.text, between[-1].end, d.start) is not None


def relative_base_years(r: Reader, fig: Span, d: Span) -> tuple[tuple[int, ...], str] | None:
    """Return the years of the amount a percent modifies when the percent's base ``d`` is a relative date counted
    from that amount's own time (:func:`relative_change_base`) and a numbered agreement binds the amount
    (:func:`numbered_deal_year`): "The 10th SMA set it at X, up 8.2 percent from the previous year" is a rise of
    X's year, not of the year after the one before publication; else None (verd49). Only for a deal of one year:
    the years of a longer deal are many, and which of them X is the text does not say here (review49j: "Under the
    9th SMA, Seoul paid 960.2 billion won, up 5.8 percent from a year earlier" is no rise of the deal's first year).

    >>> r = Reader(annotate_text("The 10th SMA set Seoul's share at 1.04 trillion won, up 8.2 percent from the "
    ...                          "previous year.", "2022-09-01"))
    >>> relative_base_years(r, r.figures_in(0, len(r.text))[1], r.spans_in(0, len(r.text), "date")[0])
    ((2019,), 'phrase')
    """
    base = _modified_amount(r, fig)
    if base is None or base.kind != "money" or not relative_change_base(r, base, d):
        return None
    years = numbered_deal_year(r, base)
    return (years, "phrase") if len(years) == 1 else None


# --- fix50i: an ask's own amount as what its percent or multiple is of --------------------------------------------

#: Between an ask's amount and its percent: the ask named as the subject, then its verb ("The $X ask is", "The $X
#: demand would be a"); the percent span may open on "up" or a hedge of its own.
_ASK_SUBJECT_GAP = re.compile(r"[ \t]{1,3}(?:ask|demand|request)[ \t]{1,3}(?:is|was|would[ \t]{1,3}be|represents|"
                              r"marks)(?:[ \t]{1,3}(?:an?))?[ \t]{1,3}", re.I)
#: The base a percent rise of an ask is counted from, named as the payment: "above what Seoul paid last year", "over
#: this year", "from last year's payment", "over the current payment".
_ASK_PAYMENT_BASE = re.compile(
    r"\b(?:above|over|from|on)[ \t]{1,3}(?:what[ \t]{1,3}(?:Seoul|South[ \t]Korea|Korea|it)[ \t]{1,3}"
    r"(?:paid|pays|now[ \t]pays|is[ \t]paying)\b|(?:this|last)[ \t]{1,3}year\b(?![ \t]*['’])|"
    r"(?:this|last)[ \t]{1,3}year['’]s[ \t]{1,3}(?:payment|share|contribution|level)\b|"
    r"(?:the[ \t]{1,3})?(?:current|present|existing)[ \t]{1,3}(?:payment|share|contribution|level)\b|"
    r"Seoul['’]s[ \t]{1,3}(?:(?:current|present)[ \t]{1,3})?(?:payment|share|contribution)\b)"
    r"(?![ \t]{1,3}of\b)", re.I)  # review50i: "the current level of U.S. spending" is another quantity
#: A fall in a percent's span or clause ("is down 74 percent from", "was cut 74 percent"): not a rise of the ask.
_ASK_FALL = re.compile(r"\b(?:down|cut|below|lower|fewer|less|fell|drop(?:s|ped)?)\b", re.I)
#: After a percent rise, "to" and the amount it brings the payment to: "an increase of 80 percent to $X".
_RISE_TO_GAP = re.compile(r"[ \t]{1,3}to[ \t]{1,3}")
#: Words of a rise in a percent's own span ("an increase of 80 percent", "a 50 percent rise").
_RISE_IN_SPAN = re.compile(rf"\b(?:{RISE_NOUNS})\b", re.I)
#: How far after a percent its base may be named.
_ASK_BASE_REACH = 60


def ask_of_percent(r: Reader, fig: Span, frames: dict[str, Frame]) -> Span | None:
    """Return the ask's own amount a demanded percent rise is of, when its clause names both the amount and what it
    is counted from: the amount as the subject ("The $1.3 billion ask is 80 percent above what Seoul paid last
    year") with the payment named as the base, or as the target of the rise ("an increase of 80 percent to $1.3
    billion"); else None (fix50i: the percent was judged against other asks only, and withheld).

    >>> r = Reader(annotate_text("The $1.3 billion ask is 80 percent above what Seoul paid last year.", "2020-05-08"))
    >>> frames = {s.id: frame_of(r, s) for s in r.figures_in(0, len(r.text))}
    >>> ask_of_percent(r, r.figures_in(0, len(r.text))[1], frames).exact
    '$1.3 billion'
    >>> r = Reader(annotate_text("The $1.3 billion ask is 80 percent above Tokyo's offer.", "2020-05-08"))
    >>> frames = {s.id: frame_of(r, s) for s in r.figures_in(0, len(r.text))}
    >>> ask_of_percent(r, r.figures_in(0, len(r.text))[1], frames) is None
    True
    """
    if fig.kind != "percent" or getattr(frames.get(fig.id), "quantity", None) != "demand":
        return None
    c0, c1 = r.clause(fig, strong=True)
    if _ASK_FALL.search(r.text, min(c0, fig.start), max(c1, fig.end)):  # review50i
        return None
    s, e = r.local(fig)
    before = r.figures_in(s, fig.start)
    if before and _asked(before[-1], frames) and len(before) == 1 \
            and _ASK_SUBJECT_GAP.fullmatch(r.text, before[-1].end, fig.start) \
            and _ASK_PAYMENT_BASE.search(r.text, fig.start, min(e, fig.end + _ASK_BASE_REACH)):
        return before[-1]
    after = r.figures_in(fig.end, e)
    if after and _asked(after[0], frames) and _RISE_IN_SPAN.search(fig.exact) \
            and _RISE_TO_GAP.fullmatch(r.text, fig.end, after[0].start):
        return after[0]
    return None


def _asked(m: Span, frames: dict[str, Frame]) -> bool:
    """Return whether a figure is an amount read as a demand."""
    return m.kind == "money" and getattr(frames.get(m.id), "quantity", None) == "demand"


#: Between a multiple and an amount: the payer's payment named, then "of" ("ten times Seoul's current payment of
#: about $890 million"): the amount is the base the multiple is counted from.
_PAYMENT_OF_GAP = re.compile(r"[ \t]{1,3}(?:Seoul['’]s|South[ \t]Korea['’]s|Korea['’]s|its|their)[ \t]{1,3}"
                             r"(?:(?:current|present|existing|annual|yearly)[ \t]{1,3})?"
                             r"(?:payment|share|contribution)s?[ \t]{1,3}of[ \t]{1,3}"
                             rf"(?:(?:{HEDGE_WORDS})[ \t]{{1,3}})?", re.I)


def payment_of_base(text: str, multiple_end: int, amount_start: int) -> bool:
    """Return whether the amount right after a multiple is the payment it is counted from, named as the payer's
    payment "of" that amount ("nearly ten times Seoul's current payment of about $890 million"), as after "than".

    >>> t = "The demand is nearly ten times Seoul's current payment of about $890 million."
    >>> payment_of_base(t, t.index(" Seoul"), t.index("about")), payment_of_base(t, t.index(" Seoul"), t.index("$"))
    (True, True)
    >>> t = "Seoul will pay twice the $890 million of 2019."
    >>> payment_of_base(t, t.index(" the"), t.index("$"))
    False
    """
    return amount_start >= multiple_end and _PAYMENT_OF_GAP.fullmatch(text, multiple_end, amount_start) is not None
