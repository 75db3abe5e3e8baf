"""speed59: the per-call cost of a check on short texts (issue #12), with the same output.

What a check asked again and again of one figure is now read once per article (``frames.Reader``): ``bind_years``,
``_bound_dates``, ``_other_quantity``, ``_apposition_of_date``, ``find_actor``, ``actors_named``,
``change_aside_start``, ``_modified_amount``, ``paid_relative_verb``, ``respective_list`` and ``owner_country``
through ``Reader.once``; ``sentence_of``, ``local`` and ``near`` by a span's bounds. ``check_annotation`` hands the
figures it built to the rules that read them (they built them again), and two demand rules sort rows in Python, not a
pandas frame per figure. These tests hold each memo to what the rule reads afresh, on sentences of our own.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import frame_reader, frames, rules
from analysis.check import check_text
from analysis.frames import Reader, annotate_text

TEXTS = [
    ("Daegu agreed to pay 1.2 trillion won in 2021, up 5.4 percent, Minister Ahn Jae-sun said on Monday.",
     "2021-03-10"),
    ("The Pentagon sought $3.1 billion a year from Seoul for 2022, an official told reporters.", "2021-11-02"),
    ('"We will not pay $2 billion," said Oh Min-jung. Seoul paid 980 billion won last year.', "2020-06-15"),
    ("In 2017, the third year of the deal, Seoul paid 940 billion won ($820 million), and in 2019 it paid more.",
     "2019-04-01"),
    ("Washington asked for $4.2 billion, but lowered that to $3.6 billion, while Seoul offered a 10 percent rise.",
     "2020-04-20"),
    ("Unused funds reached 11.5 billion won in 2016, 12.4 billion won in 2017 and 9.9 billion won in 2018.",
     "2019-02-11"),
]


@pytest.mark.parametrize(("text", "published"), TEXTS)
def test_the_memos_give_what_the_rules_read_afresh(text, published):
    r = Reader(annotate_text(text, published))
    figures = r.figures_in(0, len(r.text))
    assert figures
    for fig in figures:
        frames.frame_of(r, fig)  # fills the memos the way a check does
    for fig in figures:
        for whole in (True, False):
            assert frames.bind_years(r, fig, whole_years=whole) == frames._bind_years(r, fig, whole)
        assert frames._other_quantity(r, fig) == frames._other_quantity_read(r, fig)
        assert frames.find_actor(r, fig) == frames._find_actor_read(r, fig, None, False)
        assert frames.find_actor(r, fig, skip_payer=True) == frames._find_actor_read(r, fig, None, True)
        c0, c1 = r.clause(fig)
        assert frames._bound_dates(r, fig, c0, c1, True) == frames._bound_dates_read(r, fig, c0, c1, True)
        assert frames.actors_named(r, 0, fig.start) == frames._actors_named_read(r, 0, fig.start)
        assert r.sentence_of(fig) == r._sentence_of(fig)
        assert frame_reader.change_aside_start(r, fig, c0) == frame_reader._change_aside_start_read(r, fig, c0)
        assert frames._modified_amount(r, fig) == frames._modified_amount_read(r, fig)
        kept, fresh = frame_reader.paid_relative_verb(r, fig), frame_reader._paid_relative_verb_read(r, fig)
        assert (kept and kept.span()) == (fresh and fresh.span())
        assert frames.respective_list(r, fig) == frames._respective_list_read(r, fig)
        assert frames.owner_country(r, fig) == frames._owner_country_read(r, fig)
    for d in r.spans_in(0, len(r.text), "date"):
        assert frame_reader._apposition_of_date(r, d) == frame_reader._apposition_of_date_read(r, d)


def test_a_memo_list_is_a_copy_the_caller_may_change():
    r = Reader(annotate_text("Seoul paid 1.04 trillion won in 2019, Kim Jong-sik said.", "2019-12-01"))
    fig = r.figures_in(0, len(r.text))[0]
    c0, c1 = 0, len(r.text)
    first = frames._bound_dates(r, fig, c0, c1, True)
    first.clear()
    assert frames._bound_dates(r, fig, c0, c1, True) == frames._bound_dates_read(r, fig, c0, c1, True) != []
    named = frames.actors_named(r, 0, len(r.text))
    named.append((0, "x"))
    assert frames.actors_named(r, 0, len(r.text)) == frames._actors_named_read(r, 0, len(r.text))


@pytest.mark.parametrize(("text", "published"), TEXTS)
def test_the_bounds_of_a_span_are_those_read_afresh(text, published):
    r = Reader(annotate_text(text, published))
    for span in r.spans:
        for _ in range(2):  # the second read is the kept one
            s, e = r._sentence_of(span)
            assert r.sentence_of(span) == (s, e)
            wide = frames.SENTENCE_WINDOW
            assert r.local(span) == (max(s, span.start - wide), min(e, span.end + wide))
            assert r.near(span) == (max(s, span.start - frames.WINDOW), min(e, span.end + frames.WINDOW))


def test_the_rules_read_the_figures_the_check_built(monkeypatch):
    built = []

    def counted(ann, reader=None):
        built.append(1)
        return frames.build_figures(ann, reader)

    monkeypatch.setattr(rules, "build_figures", counted)
    for text, published in TEXTS:
        check_text("T\n\n" + text, published)
    assert built == []


def test_demand_rows_latest_first_as_the_frame_sorted_them():
    demands = rules.default_tables().demands
    rows = rules.frame_rows(demands)
    pool = [r for r in rows if not rules.missing(r.date)][::-1]  # an order of its own, with ties of a day
    want = rules.take(demands, pool).sort_values("date", ascending=False, kind="stable")
    assert [r.demand_id for r in sorted(pool, key=lambda row: row.date, reverse=True)] == want.demand_id.tolist()
    first = rules.take(demands, pool).sort_values("date", kind="stable").iloc[0]
    assert min(pool, key=lambda row: row.date).demand_id == first.demand_id
    assert isinstance(first.date, pd.Timestamp)
