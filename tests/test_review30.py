"""Review of the tenth session's claims30, quotes30, speed30n and speed30d (review30): made-up sentences of general
news forms where a new rule reads a right figure or a speaker wrongly, each with controls the rule was written for.

Every row is written here, none taken from the corpus; the verdicts wanted follow from data/ (sma_contributions,
demands) by hand: Seoul's payment rose 13.9 % in 2021 (1,038.9 -> 1,183.3 bn won) and 5.8 % in 2014 (869.5 -> 920.0);
the highest yearly ask of Trump's on record in 2019 is $5 billion, so $5 billion a year for five years is $25 billion.
"""

from __future__ import annotations

import math
import random

import pytest
from conftest import read_claims
from test_quotes26 import _names

from analysis.evaluate import _speaker_ok, speaker_name
from analysis.extract import annotate
from analysis.extract.names import tokens
from analysis.extract.spans import _equal_key, shared

CAUGHT = ("contradicted", "misleading")

# ----- claims30's above_record: a demand's total over years is no year's ask -----
#: (text, published, exact, verdict wanted): a total over several years of the ask on record ($5 billion a year,
#: 2019) was `contradicted` by `above_record`, which compared any figure with the record's yearly asks.
DEMAND_TOTALS = [
    ("In 2019, Trump demanded $25 billion over five years from South Korea.", "2019-12-10", "$25 billion", None),
    ("In 2019, Trump demanded a total of $25 billion from Seoul.", "2019-12-10", "$25 billion", None),
    ("In 2019, Trump demanded $50 billion from Seoul for the next decade.", "2019-12-10", "$50 billion", None),
]
#: controls: a yearly ask far above the record stays caught; the ask on record stays supported.
DEMAND_YEARLY = [
    ("In 2019, Trump demanded $8 billion a year from Seoul.", "2019-12-10", "$8 billion", "contradicted"),
    ("In 2019, Trump asked Seoul for $8 billion annually.", "2019-12-10", "$8 billion annually", "contradicted"),
    ("In 2019, Trump demanded $5 billion a year from Seoul.", "2019-12-10", "$5 billion", "supported"),
    ("In 2019, Trump demanded $5 billion a year, or $25 billion over five years, from South Korea.", "2019-12-10",
     "$25 billion", None),
]

# ----- claims30's change_across_years: a deal's years are not the change's span -----
#: a right first-year rise told under a deal named by its years: `supported` before claims30, then `contradicted`
#: or `misleading` (read as the rise from the deal's first year to its last).
DEAL_YEARS = [
    ("Under the 2021-2025 deal, Seoul's payment rose 13.9 percent.", "2021-04-10", "rose 13.9 percent", "supported"),
    ("Under the 2014-2018 deal, Seoul's payment rose 5.8 percent in the first year.", "2014-04-10",
     "rose 5.8 percent", "supported"),
    ("Under the 2014-2018 accord, Seoul's payment rose 5.8 percent to 920 billion won.", "2014-04-10",
     "rose 5.8 percent", "supported"),
    # a superlative ranks the change among the span's years: the span is not the change's own
    ("Seoul's payment rose 13.9 percent, the biggest rise between 2014 and 2021.", "2021-04-10", "rose 13.9 percent",
     "supported"),
    ("Seoul's payment rose 13.9 percent, the largest increase between 2005 and 2025.", "2025-04-10",
     "rose 13.9 percent", None),
]
#: controls: the change's own span ("between Y0 and Y", "From Y0 to Y"), right and wrong.
SPAN_YEARS = [
    ("Seoul's payment rose 14.4 percent between 2009 and 2013.", "2014-03-10", "rose 14.4 percent", "supported"),
    ("Seoul's payment rose 4.4 percent between 2009 and 2013.", "2014-03-10", "rose 4.4 percent", "contradicted"),
    ("From 2021 to 2025, Seoul's payment grew 18.5 percent.", "2026-03-10", "grew 18.5 percent", "supported"),
]
#: pre-existing (not this session's, wrong on f8e8795 too): "The Y0-Y deal raised the payment P percent" was read as
#: the last year's own change, and a rise "after being frozen from Y0 to Y" as the change of Y: a right rise was called
#: wrong. Fixed by claims32 (rules.deal_years_change, rules.after_freeze_change; rows over every deal in
#: tests/test_claims32.py): no longer xfails.
DEAL_SUBJECT = [
    ("The 2014-2018 deal raised Seoul's payment 5.8 percent.", "2014-04-10", "5.8 percent", None),
    ("The 2009-2013 deal raised the payment 2.5 percent in its first year.", "2014-04-10", "2.5 percent", None),
    # a span that dates what came before the rise ("after being frozen from Y0 to Y"), read as the rise's own
    ("Seoul's payment rose 13.9 percent after being frozen from 2019 to 2020.", "2021-04-10", "rose 13.9 percent",
     None),
    ("Seoul's payment rose 13.9 percent after a freeze between 2019 and 2020.", "2021-04-10", "rose 13.9 percent",
     None),
]


def _verdict_ok(text: str, published: str, exact: str, want: str | None) -> tuple[bool, str]:
    """Whether the claim holding ``exact`` has verdict ``want`` (None: any verdict but a caught one)."""
    claims = read_claims(text, published)
    got = next((c.verdict for words, c in claims.items() if exact in words), "unfound")
    return (got not in CAUGHT if want is None else got == want), got


CLAIM_ROWS = DEMAND_TOTALS + DEMAND_YEARLY + DEAL_YEARS + SPAN_YEARS + DEAL_SUBJECT


@pytest.mark.parametrize(("text", "published", "exact", "want"), CLAIM_ROWS)
def test_review30_claims(text: str, published: str, exact: str, want: str | None) -> None:
    ok, got = _verdict_ok(text, published, exact, want)
    assert ok, f"{text!r}: {exact!r} got {got}, want {want or 'not caught'}"


# ----- quotes30: a role followed back 12 paragraphs -----
HEAD = "Allies stay apart on troop costs\nBy Sam Ortega\nNovember 16, 2019\n\n"
FILLER = "The weather in the city stayed cold, with snow in the hills and ice on the roads."


def _speaker(paragraphs: list[str]) -> str | None:
    """The speaker name of the one quote of an article of ``paragraphs`` (as ``evaluate`` names it)."""
    quote = annotate(HEAD + "\n\n".join(paragraphs) + "\n").of_kind("quote")[0]
    return speaker_name(quote.value, _names())


#: (paragraphs, a name the speaker must NOT be): an unnamed holder of the same office (an indefinite "a minister in
#: Tokyo", "Japan's foreign minister") told between the named holder and the role is who "the minister" is. The first
#: row is a regression of quotes30's 12-paragraph reach (before it, 3 paragraphs: the role stayed); the second was
#: wrong before quotes30 too. Were strict xfails; quotes31 fixed them.
UNNAMED_BETWEEN = [
    (["Foreign Minister Ana Volk arrived on Sunday.", *[FILLER] * 11,
      'On the trade front, a minister in Tokyo weighed in. "Tariffs will rise," the minister said.'], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", "In Tokyo, Japan's foreign minister also spoke.",
      '"We are watching closely," the minister said.'], "Ana Volk"),
]
#: (paragraphs, a name the speaker must NOT be): quotes30's `owned_holder` ("Seoul's chief negotiator") follows an
#: office owned by ANOTHER country, or by an owner it cannot read as a country ("Washington's": an organisation), back
#: to the one holder named, a South Korean; and "the vice president" to a president (a modifier that names another
#: office). All new in quotes30 (on f8e8795 the role stayed). Were strict xfails; quotes31 fixed them.
OWNED_OTHER = [
    (["Han Seung-woo, South Korea's chief negotiator, led the delegation on Sunday.",
      '"We are far apart," Washington\'s chief negotiator said.'], "Han Seung-woo"),
    (["Han Seung-woo, South Korea's chief negotiator, led the delegation on Sunday.",
      '"We are watching," Japan\'s chief negotiator said.'], "Han Seung-woo"),
    (["Jo Bell, the top U.S. negotiator, met Han Seung-woo, South Korea's chief negotiator.",
      '"We are close," Washington\'s chief negotiator said.'], "Han Seung-woo"),
    (["Vice President Ana Volk met President Rui Cano on Sunday.", '"We will pay," the vice president said.'],
     "Rui Cano"),
]


#: controls: the named holder, the only one of the office, 1 or 12 paragraphs back, is the speaker.
HOLDER_ONLY = [
    (["Foreign Minister Ana Volk arrived on Sunday.", '"We will hold firm," the minister said.'], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", *[FILLER] * 11, '"Tariffs will rise," the minister said.'],
     "Ana Volk"),
    (["Foreign Minister Ana Volk met Defense Minister Rui Cano on Sunday.",
      '"We will hold firm," the defense minister said.'], "Rui Cano"),
    (["Han Seung-woo, South Korea's chief negotiator, led the delegation on Sunday.",
      '"We are far apart," Seoul\'s chief negotiator said.'], "Han Seung-woo"),
]


@pytest.mark.parametrize(("paragraphs", "not_who"), UNNAMED_BETWEEN + OWNED_OTHER)  # fixed by quotes31
def test_review30_not_that_holder(paragraphs: list[str], not_who: str) -> None:
    got = _speaker(paragraphs)
    assert not _speaker_ok(got, {"speaker": not_who, "aliases": []}), f"got {got!r}"


@pytest.mark.parametrize(("paragraphs", "who"), HOLDER_ONLY)
def test_review30_named_holder(paragraphs: list[str], who: str) -> None:
    got = _speaker(paragraphs)
    assert _speaker_ok(got, {"speaker": who, "aliases": [who.split()[-1]]}), f"got {got!r}"


# ----- speed30d: spans.shared keys by marshal bytes -----
#: values JSON prints differently must never share a key (one would be printed for the other).
DISTINCT = [{"n": 1}, {"n": 1.0}, {"n": True}, {"n": 0.0}, {"n": -0.0}, {"n": 0}, {"n": False}, {"n": None},
            {"n": "1"}, {"n": [1]}, {"n": [1.0]}, {"n": {"a": 1, "b": 2}}, {"n": {"b": 2, "a": 1}}, {"a": 1, "n": 1},
            {"n": 1, "a": 1}, {"n": 10**30}, {"n": 1e30}, {"n": "é"}, {"n": "e\u0301"}, {"n": math.inf}]


def test_review30_equal_key_tells_json_apart() -> None:
    keys = [_equal_key(v) for v in DISTINCT]
    assert len(set(keys)) == len(keys)


def test_review30_equal_key_shares_equal_values() -> None:
    """Equal values built apart (not the same objects, strings not interned) share one kept value; NaN too."""
    seen: dict = {}
    a = shared({"ids": ["".join(["x", "y"])], "v": float("nan"), "t": ("ref", 1)}, seen)
    b = shared({"ids": ["xy"], "v": float("nan"), "t": ("ref", 1)}, seen)
    c = shared({"ids": ["xy"], "v": float("nan"), "t": ["ref", 1]}, seen)  # a list, not a tuple: another key
    assert a is b and c is not a


# ----- speed30n: names' Tokens as parallel lists -----
def test_review30_tokens_columns_agree() -> None:
    """For texts of every shape (empty, blanks, one word, unicode, a 100,000-character word, windows), each token's
    text is its stretch of the text, its ``Token`` agrees with the columns, and slices agree with single items."""
    rnd = random.Random(30)
    parts = ["Jo", "O'Neil's", "Kim Sang-woo", "Müller", "문재인", ",", ".", "\n", "—", "“", "'", "Rep.", "U.S.",
             "$5", "1,000", "\u00a0", "\u200b", "e\u0301"]
    texts = ["", " ", "a", "\n\n", "x" * 100_000]
    texts += [" ".join(rnd.choice(parts) for _ in range(rnd.randint(1, 30))) for _ in range(100)]
    for text in texts:
        for start, end in ((0, None), (1, None), (0, 5)):
            tk = tokens(text, start, end)
            assert tk.n == len(tk.texts) == len(tk.words) == len(tk.starts) == len(tk.ends)
            assert all(text[s:e] == x for s, e, x in zip(tk.starts, tk.ends, tk.texts, strict=True))
            assert [(t.start, t.end, t.text, t.word) for t in tk] == [
                (t.start, t.end, t.text, t.word) for t in tk[0 : tk.n]]
            if tk.n:
                assert (tk[-1].start, tk[-1].word) == (tk.starts[-1], tk.words[-1])


def test_review30_kind_fits_sort_key() -> None:
    """``_Drafts._ordered_rows`` packs a kind's code in 4 bits of its sort key (start | ~end | kind): a 17th kind
    would sort into the end's bits silently."""
    from analysis.extract.spans import KINDS

    assert len(KINDS) <= 16
