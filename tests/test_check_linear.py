"""The claim check's frames read each figure a bounded number of times (thirty-first session, hunt31b; no clock).

``frames.superlatives`` reads, for each superlative of a yearly change ("the largest rise since 2004", "a record
high"), the rise its sentence states: the percent framed as a change nearest it. It found that rise by reading every
figure of the article at each superlative: quadratic in an article of many of both (superlatives alone on 80 KB of
'5% record high ' 9.0 s, 3.6 s at 40 KB). It now bisects the starts of the rises once listed
(``frames.nearest_start``). The test counts the figures read while the superlatives of a run are framed, and of one
twice as long: the count must grow like the text.

``frames.headline_frames`` gives a headline percent of no covered quantity the frame of the first body percent of the
same value. It listed the body's framed percents and read all of them for each headline percent: quadratic in a long
headline of percents over a long body of them (the function alone 0.025 s, 0.088 s, 0.334 s on 10, 20, 40 KB of a
headline of '5% ' over a body of 'Seoul paid 5% more in 2020. '). It now keeps the first body percent of each value
in a dict. The second test counts the values read.

``check.one_figure`` says whether the amounts of one demand (same side, years, currency, period) are one figure: it
compared every two of them, so a demand told again in every sentence of a long article was read in pairs
(``one_figure`` alone on 40, 80, 160 KB of 'The U.S. demanded $5 billion for 2020. ' 0.036, 0.125, 0.481 s). It now
compares each (amount, bound) once. The third test counts the comparisons of amounts.

``rules.pronoun_asker`` (a unit slip of an ask whose asker is "he") asks whether a person is named before the
figure's sentence: it listed every person from the text's start for each figure (the function alone on 20, 40, 80 KB
of 'Senator Dale Hoskins spoke. Then he tried to demand $5 million. ' 0.015, 0.043, 0.148 s). It now asks
``Reader.any_before``, one bisection. The fourth test counts the spans the reader hands it.

``frames.result_before`` (the amount a multiple counted from a base results in: "X, a fivefold hike from Y") took the
last amount of the multiple's sentence before it that does not restate the base, listing every amount from the
sentence's start for each multiple and asking each whether it restates the base: quadratic in a run-on sentence
('it rose fivefold from $1 billion, ' repeated: result_before alone 0.74, 2.97, 13.9 s at 10, 20, 40 KB). It now
reads back from the multiple (``Reader.last_in``) and stops at the first amount kept. The fifth test counts the
amounts asked.

Three rules searched a figure's whole sentence for a word at every figure: ``check.support_sum`` for a cost-sharing
word, ``rules.some_year_fits`` for "a year", ``frames.clause_anaphor`` ("..., and it is 12 percent higher") for a deal,
demand or offer word, and for another quantity's cue from the sentence's start to the clause. On a run-on sentence of
such figures each was quadratic (support_sum alone 0.6, 1.6, 6.3 s at 20, 40, 80 KB of 'it will provide full
support to US forces for $33 billion, '; some_year_fits 0.41, 2.6 s at 20, 40 KB of 'in the 1990s it paid $5 billion
for the troops, '; check_annotation of 'it will pay 1 trillion won, and it is 12 percent higher than in 2018, ' after
'Under the deal, ' 9.0, 27.8, 96.4 s at 20, 40, 80 KB). The sentence is now searched once per pattern
(``Reader.found``), the cue's search starts at the figure's window (``Reader.local``: the whole sentence in real
text) and the amount before the clause is read back (``Reader.last_in``). Those tests count the characters handed
to those patterns' searches.

A multiple's sentence opening on "This is" stands for the last amount of the sentence before that is no payment
(``frames.anaphoric_amount``), one that names no amount restates the last multiple of its factor in the sentence
before (``frames.restated_multiple``), and a multiple in a sentence opened by "Had ..." is under that condition when
no clause stop stands between (``frames.conditional_multiple``). Each read the sentence before, or its own from the
start, at every multiple: quadratic when the sentences are long (anaphoric_amount alone on 10, 20, 40 KB of 'Seoul
paid $1 billion, ...' then 'This is double the sum, ...' 0.032, 0.15, 0.64 s; restated_multiple of 'They sought
triple the sum, ...' then 'A double the sum, ...' 0.022, 0.081, 0.314 s; conditional_multiple of 'Had Seoul paid
double the sum double the sum ...' 0.19, 0.55 s at 20, 40 KB). Each is now found once per sentence (``Reader.before``,
``frames.first_stop``). Those tests count the amounts asked, the spans handed out and the characters searched.

``frames.president_named`` (whom a title before a demanded amount names: "The president's demands of X") listed the
people of the amount's sentence from its start at each amount (0.020, 0.069, 0.249 s at 20, 40, 80 KB of a run-on
sentence of "The president's demands of $4.7 billion angered Seoul, and "); it now lists the sentence's titles once
(``frames._title_before``, a bisection then). That test counts the spans handed out.

``rules.demand_ask`` (the ask a payment is the base of: "demanded $5 billion, up from $1 billion") listed the
amounts of the payment's sentence from its start, or to its end, at each payment (0.18, 0.89 s at 20, 40 KB of 'he
demanded $5 billion, up from $1 billion, ' in one sentence); it now reads from the payment (``Reader.last_in``,
``Reader.first_in``). That test counts the spans handed out.

``frames.payment_anaphor`` (a sentence opening "That is" whose only figure stands for the payment before) asked how
many figures the sentence holds by copying the list of them, at each figure: quadratic in a copy of a run-on sentence's
figures (0.093, 0.222, 0.497 s at 20, 40, 80 KB of 'That is ' then '$1 billion, ' repeated); it now counts them
(``Reader.figure_count``). That test counts the figures handed out.

``frames._with_head`` (the head of a list of yearly figures: "Seoul's payments: 2019, X; 2021, Y") copied the text
from its start to each item's separator to strip the blanks before it, and searched back to the paragraph's start for
a line break: quadratic in a paragraph of such items (_with_head alone 0.051, 0.095, 0.227 s at 40, 80, 160 KB of
'paid: 2019, $1 billion; '). It now steps back over the blanks and searches only the head's window. The last test
counts the characters of the text sliced or searched back.

``frames.title_ambiguous`` (a title opening its sentence that fits two people of the sentence before) and
``frames.elided_payment`` (a quoted figure opening its sentence right after an ellipsis) asked whether the title or
figure opens its sentence by copying the sentence from its start to it and stripping the copy: quadratic in a run-on
sentence of titles or figures (title_ambiguous's calls alone 0.0016, 0.0044, 0.0151 s at 40, 80, 160 KB of 'The
president's demands of $4.7 billion angered Seoul, and ', now 0.0009, 0.0016, 0.0029 s; elided_payment's 0.0118,
0.0299, 0.1006 s on as much of '$1 billion, ' after 'He said "they paid a lot. ', now 0.0080, 0.0162, 0.0324 s). They
now ask where the sentence's first word stands (``frames.first_other``, once per sentence start). The last tests
count the characters sliced (thirty-second session, hunt32).
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import CountedText

from analysis import check, frame_reader, frames, rules
from analysis.extract import Span, annotate


class _CountedList(list):
    """A list that counts the items its iterations hand out (in the class: one count for all of them)."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            type(self).reads += 1
            yield item


def _superlative_reads(n: int) -> tuple[int, list[float]]:
    """Frame the superlatives of a run-on sentence of ``n`` rises each called a record; return how many figures it
    read and the rise each superlative took as its stated one."""
    text = "T\n\n" + "".join(f"it paid {k % 9 + 1}% more in 2020, a record high; " for k in range(n))
    ann = annotate(text, "2021-01-01")
    r = frames.Reader(ann)
    figures = _CountedList(f for f in frames.build_figures(ann, r) if f.span.kind != "superlative")
    _CountedList.reads = 0
    found = frames.superlatives(r, figures)
    assert len(found) == n
    return _CountedList.reads, [f.span.value.get("stated") for f in found]


def test_superlatives_read_each_figure_a_bounded_number_of_times():
    (small, stated), (large, _) = _superlative_reads(60), _superlative_reads(120)
    assert stated == [k % 9 + 1 for k in range(60)]  # each record is the rise told right before it
    assert large <= 2.2 * small, (small, large)  # the old code read every figure per superlative: four times as many


class _CountedValue(dict):
    """A span's value dict that counts the reads of its fields (in the class: one count for all of them)."""

    reads = 0

    def get(self, key, default=None):
        type(self).reads += 1
        return super().get(key, default)


def _headline_reads(n: int) -> int:
    """Frame ``n`` headline percents over ``n`` body percents of the same values; return how many values it read."""
    head = [Span(f"h{i}", "percent", 4 * i, 4 * i + 2, f"{i % 7}%", _CountedValue(percent=float(i % 7)))
            for i in range(n)]
    body = [Span(f"b{i}", "percent", 10_000 + 4 * i, 10_002 + 4 * i, f"{i % 7}%", _CountedValue(percent=float(i % 7)))
            for i in range(n)]
    frame = {"other": frames.Frame("other", (2020,), None, "reported"),
             "change": frames.Frame("sma_change", (2020,), None, "reported")}
    framed = {s.id: frame["other" if s.id.startswith("h") else "change"] for s in head + body}
    _CountedValue.reads = 0
    out = frames.headline_frames(SimpleNamespace(title_end=5_000), head + body, framed)
    assert out == {s.id: frame["change"] for s in head}  # each headline percent takes the body's frame
    return _CountedValue.reads


def test_headline_percents_read_each_body_percent_a_bounded_number_of_times():
    small, large = _headline_reads(200), _headline_reads(400)
    assert large <= 2.2 * small, (small, large)  # the old code read every body percent per headline one


class _CountedAmount(float):
    """An amount that counts its comparisons for equality (in the class: one count for all of them)."""

    compared = 0
    __hash__ = float.__hash__

    def __eq__(self, other):
        type(self).compared += 1
        return float(self) == float(other)


def _one_figure_comparisons(n: int) -> int:
    """Ask whether ``n`` tellings of one demand (each its own amount object, one hedged) are one figure; return how
    many comparisons of amounts it made."""
    amounts = [(_CountedAmount(5e9), None) for _ in range(n)] + [(_CountedAmount(5e9), "approx")]
    _CountedAmount.compared = 0
    assert check.one_figure(amounts)
    assert not check.one_figure([*amounts, (_CountedAmount(6e9), None)])  # another figure still tells
    return _CountedAmount.compared


def test_one_demand_told_many_times_is_compared_once_per_telling():
    small, large = _one_figure_comparisons(200), _one_figure_comparisons(400)
    assert large <= 2.2 * small, (small, large)  # the old code compared every two: four times as many



def _count_spans_in(r: frames.Reader) -> list[int]:
    """Make ``r.spans_in`` count the spans it hands out, from now on: the count is the returned list's one item."""
    handed = [0]

    def counted(start, end, *kinds):
        found = frames.Reader.spans_in(r, start, end, *kinds)
        handed[0] += len(found)
        return found

    r.spans_in = counted
    return handed

def _pronoun_asker_spans(n: int) -> int:
    """Ask, for each ask of ``n`` sentences each naming a person and then "he" demanding a slip, whether a person is
    its asker; return how many spans the reader handed out meanwhile."""
    ann = annotate("T\n\n" + "Senator Dale Hoskins spoke. Then he tried to demand $5 million. " * n, "2019-12-10")
    r = frames.Reader(ann)
    money = r.spans_in(0, len(r.text), "money")
    handed = _count_spans_in(r)
    assert all(rules.pronoun_asker(r, m) for m in money)
    return handed[0]


def test_pronoun_asker_reads_a_bounded_stretch_per_figure():
    small, large = _pronoun_asker_spans(100), _pronoun_asker_spans(200)
    assert large <= 2.2 * small, (small, large)  # the old code listed every person before each figure


def _result_before_asks(n: int, monkeypatch) -> int:
    """Find the result of each multiple of a run-on sentence of ``n`` rises counted from an amount; return how many
    amounts were asked whether they restate a base."""
    ann = annotate("T\n\nSeoul said " + "it rose fivefold from $1 billion, " * n, "2019-12-10")
    r = frames.Reader(ann)
    multiples, money = r.spans_in(0, len(r.text), "multiplier"), r.spans_in(0, len(r.text), "money")
    asked = [0]
    restates = frames._restates

    def counted(reader, a, b):
        asked[0] += 1
        return restates(reader, a, b)

    for module in (frames, frame_reader):  # both read it (split60f)
        monkeypatch.setattr(module, "_restates", counted)
    found = [frames.result_before(r, fig, base) for fig, base in zip(multiples, money, strict=True)]
    assert found == [None, *money[:-1]]  # each multiple's result is the amount before it, the last one's base
    return asked[0]


def test_result_before_reads_back_a_bounded_stretch(monkeypatch):
    small, large = _result_before_asks(100, monkeypatch), _result_before_asks(200, monkeypatch)
    assert large <= 2.2 * small, (small, large)  # the old code asked every amount before each multiple


class _CountedPattern:
    """A pattern whose searches count the characters they are handed (in the class: one count for all of them)."""

    chars = 0

    def __init__(self, real):
        self.real = real

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        type(self).chars += max(0, end - pos)
        return self.real.search(text, pos, end)

    def __getattr__(self, name):
        return getattr(self.real, name)


def _searched(module, names: tuple[str, ...], lead: str, unit: str, n: int, monkeypatch) -> int:
    """Check a run-on sentence of ``n`` units after ``lead``; return the characters the module's patterns ``names``
    were handed to search."""
    ann = annotate("T\n\n" + lead + unit * n, "2019-12-10")
    with monkeypatch.context() as patched:
        for name in names:
            for each in module if isinstance(module, tuple) else (module,):  # the modules that read the names
                patched.setattr(each, name, _CountedPattern(getattr(each, name)))
        _CountedPattern.chars = 0
        check.check_annotation(ann)
    return _CountedPattern.chars


def _grows_linearly(module, names: tuple[str, ...], lead: str, unit: str, monkeypatch) -> None:
    small = _searched(module, names, lead, unit, 60, monkeypatch)
    large = _searched(module, names, lead, unit, 120, monkeypatch)
    assert large <= 2.2 * small, (small, large)  # the old code searched the sentence at each figure: four times


def test_support_sum_searches_the_sentence_once(monkeypatch):
    unit = "it will provide full support to US forces for $33 billion, "
    _grows_linearly((frames, frame_reader), ("_SMA_WORDS",), "Seoul said ", unit, monkeypatch)


def test_some_year_fits_searches_the_sentence_once(monkeypatch):
    unit = "in the 1990s it paid $5 billion for the troops, "
    _grows_linearly(rules, ("_PER_YEAR",), "Seoul said ", unit, monkeypatch)


def test_clause_anaphor_searches_the_sentence_once(monkeypatch):
    unit = "it will pay 1 trillion won, and it is 12 percent higher than in 2018, "
    _grows_linearly((frames, frame_reader), ("_DEMAND", "_OFFER"), "Under the deal, Seoul said ", unit, monkeypatch)


class _CountedFrames(dict):
    """A frames dict that counts the membership tests made of it (in the class: one count for all of them)."""

    asked = 0

    def __contains__(self, key):
        type(self).asked += 1
        return super().__contains__(key)


def _two_sentences(first: str, unit: str, second: str, other: str, n: int) -> frames.Reader:
    """Return a reader of two sentences: ``first`` then ``unit`` n times, ``second`` then ``other`` n times."""
    return frames.Reader(annotate("T\n\n" + first + unit * n + second + other * n, "2019-11-16"))


def _anaphoric_asks(n: int) -> int:
    r = _two_sentences("Seoul paid ", "$1 billion, ", "and more. This is ", "double the sum, ", n)
    money = r.spans_in(0, len(r.text), "money")
    framed = _CountedFrames((m.id, frames.Frame("demand", (2020,), None, "demand")) for m in money)
    second = r.sentence_of(r.spans_in(0, len(r.text), "multiplier")[-1]).start
    multiples = r.spans_in(second, len(r.text), "multiplier")
    _CountedFrames.asked = 0
    assert [frames.anaphoric_amount(r, m, framed) for m in multiples] == [money[-1]] * n
    return _CountedFrames.asked


def test_anaphoric_amount_reads_the_sentence_before_once():
    small, large = _anaphoric_asks(100), _anaphoric_asks(200)
    assert large <= 2.2 * small, (small, large)  # the old code asked every amount before for each multiple


def _restated_spans(n: int) -> int:
    r = _two_sentences("They sought ", "triple the sum, ", "and more. A ", "double the sum, ", n)
    multiples = r.spans_in(0, len(r.text), "multiplier")
    handed = _count_spans_in(r)
    assert [frames.restated_multiple(r, m) for m in multiples[n:]] == [None] * n  # no double in the one before
    return handed[0]


def test_restated_multiple_reads_the_sentence_before_once():
    small, large = _restated_spans(100), _restated_spans(200)
    assert large <= 2.2 * small, (small, large)  # the old code listed the multiples before for each multiple


def _stop_chars(n: int, monkeypatch) -> int:
    r = frames.Reader(annotate("T\n\nHad Seoul paid " + "double the sum " * n, "2019-11-16"))
    multiples = r.spans_in(0, len(r.text), "multiplier")
    with monkeypatch.context() as patched:
        for module in (frames, frame_reader):  # both read it (split60f)
            patched.setattr(module, "_CLAUSE_STOP", _CountedPattern(frames._CLAUSE_STOP))
        _CountedPattern.chars = 0
        assert all(frames.conditional_multiple(r, m) for m in multiples)  # no stop: the condition holds them all
    return _CountedPattern.chars


def test_conditional_multiple_searches_the_sentence_once(monkeypatch):
    small, large = _stop_chars(100, monkeypatch), _stop_chars(200, monkeypatch)
    assert large <= 2.2 * small, (small, large)  # the old code searched from the sentence's start at each multiple


def _president_spans(n: int) -> int:
    text = "T\n\nTrump spoke on Monday. " + "The president's demands of $4.7 billion angered Seoul, and " * n
    r = frames.Reader(annotate(text, "2019-11-16"))
    money = r.spans_in(0, len(r.text), "money")
    handed = _count_spans_in(r)
    assert [frames.president_named(r, m) for m in money] == ["donald-trump"] * n
    return handed[0]


def test_president_named_lists_a_sentence_once():
    small, large = _president_spans(100), _president_spans(200)
    assert large <= 2.2 * small, (small, large)  # the old code listed the people before each amount


def _demand_ask_spans(n: int) -> tuple[int, int]:
    ann = annotate("T\n\nTrump said " + "he demanded $5 billion, up from $1 billion, " * n, "2019-11-16")
    ctx = rules.Context(ann, rules.default_tables())
    figures = [f for f in frames.build_figures(ann, ctx.reader) if f.span.kind == "money"]
    r, handed = ctx.reader, [0]

    def counted(start, end, *kinds):
        found = frames.Reader.spans_in(r, start, end, *kinds)
        handed[0] += len(found)
        return found

    r.spans_in = counted
    asks = [rules.demand_ask(f, ctx) for f in figures]
    return handed[0], sum(a is not None and a.exact == "$5 billion" for a in asks)


def test_demand_ask_reads_from_the_payment():
    (small, asked), (large, _) = _demand_ask_spans(60), _demand_ask_spans(120)
    assert asked == 60  # each "$1 billion" is the base of the "$5 billion" asked before it
    assert large <= 2.2 * small, (small, large)  # the old code listed the amounts from the sentence's start each time


def _payment_anaphor_figures(n: int) -> int:
    r = frames.Reader(annotate("T\n\nSeoul paid $1 billion. That is " + "$1 billion, " * n, "2019-11-16"))
    money = r.spans_in(0, len(r.text), "money")
    handed = [0]

    def counted(start, end):
        found = frames.Reader.figures_in(r, start, end)
        handed[0] += len(found)
        return found

    r.figures_in = counted
    assert not any(frames.payment_anaphor(r, m) for m in money)  # a sentence of many figures stands for none
    return handed[0]


def test_payment_anaphor_counts_the_sentence_figures_without_a_copy():
    small, large = _payment_anaphor_figures(200), _payment_anaphor_figures(400)
    assert large <= 2.2 * small, (small, large)  # the old code copied the sentence's figures for each figure


def _list_head_reads(n: int) -> int:
    r = frames.Reader(annotate("T\n\n" + "paid: 2019, $1 billion; " * n, "2019-11-16"))
    money = r.spans_in(0, len(r.text), "money")
    r.text = CountedText(r.text)
    CountedText.read = 0
    heads = [frames._list_item(r, m) for m in money]
    assert r.text[slice(*heads[0][1])] == "paid" and heads[1:] == [None] * (n - 1)  # a head holds no amount
    return CountedText.read


def test_list_heads_read_a_bounded_stretch():
    small, large = _list_head_reads(50), _list_head_reads(100)
    assert large <= 2.2 * small, (small, large)  # the old code copied the text before each item


def _opening_reads(text: str, kind: str, rule) -> tuple[int, list[bool]]:
    """Return the characters of the text ``rule`` slices for every span of ``kind``, and its answers."""
    r = frames.Reader(annotate(text, "2019-11-16"))
    spans = [s for s in r.spans_in(0, len(r.text), kind) if kind != "person" or not s.value.get("id")]
    r.text = CountedText(r.text)
    CountedText.read = 0
    got = [rule(r, s) for s in spans]
    return CountedText.read, got


def test_title_ambiguous_reads_where_its_sentence_opens_once():
    unit = "The president's demands of $4.7 billion angered Seoul, and "
    (small, got), (large, _) = (_opening_reads("T\n\nTrump spoke on Monday. " + unit * n, "person",
                                               frames.title_ambiguous) for n in (50, 100))
    assert got == [False] * 50  # one person named before
    assert large <= 2.2 * small, (small, large)  # the old code copied the sentence up to each title


def test_elided_payment_reads_where_its_sentence_opens_once():
    (small, got), (large, _) = (_opening_reads('T\n\nHe said "they paid a lot. ' + "$1 billion, " * n, "money",
                                               frames.elided_payment) for n in (50, 100))
    assert got == [False] * 50  # no ellipsis
    assert large <= 2.2 * small, (small, large)  # the old code copied the sentence up to each figure
