"""Adversarial article bodies for the linear-time test and benchmark: runs of each punctuation mark, of
each trigger word, unclosed quotes and brackets, long whitespace and long sentences with no stop.

>>> body = make("run-of-.", 1_000)
>>> len(body.encode("utf-8")) >= 1_000 and body.startswith("Adversarial")
True
>>> make("headline-and-body-percents", 60).split("\\n")
['5% 5% ', 'November 16, 2019', '', 'Seoul paid 5% more in 2020. Seoul paid 5% more in 2020. ']
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

HEADER = "Adversarial input\nNovember 16, 2019\n\n"

PUNCTUATION = list(".,;:!?'\"“”‘’()[]{}-–—…/\\$%&*#@|~^_+=<>₩¥€£·")
TRIGGERS = [
    "$1 billion ", "$", "1 ", "1,", "1.", "billion ", "million won ", "percent ", "% ", "fold ", "five times ",
    "double ", "half ", "said ", "says: ", "he said ", "He said ", "Kim ", "Kim Jong Un ", "Seoul ", "U.S. ",
    "the U.S. ", "A South Korean official ", "according to ", "up to ", "more than ", "January ", "Jan. ",
    "Friday ", "on Friday ", "last ", "next ", "year ", "last year ", "the end of ", "ago ", "2019 ", "2019-",
    "1990s ", "today ", "it was ", "It was ", "Mr. ", "S. ", "by ", "of ", "the ", "a ", "an ",
    # dates after the header's day (each one checked against its sentence), and the dates7 rules' triggers
    "on Dec. 1, 2020 ", "the 2024 US election ", "fiscal 2020 ", "that four-year period ", "that March ",
    # times named by an event or a holiday (dother52): timed in benchmarks, never in tests
    "at the Hanoi summit ", "since the talks ", "Korea's ",
    # an event's day read from the stretch after or before each of its words (dlin53): the whole text's months were
    # cased again for each read (32x the time for 10x the text); in tests the work counts cased_months' pass
    "Election Day ", "before Election Day ",
]


def _repeat(unit: str, prefix: str = "", suffix: str = "") -> Callable[[int], str]:
    """Return a body maker: ``prefix``, then ``unit`` n times, then ``suffix``.

    >>> _repeat("ab", "<", ">")(2)
    '<abab>'
    """
    return lambda n: prefix + unit * n + suffix


def given_names(count: int) -> list[str]:
    """Return ``count`` distinct capitalised words of two syllables or more, in a fixed order.

    >>> given_names(3)
    ['Baba', 'Babe', 'Babi']
    """
    syllables = ["".join(s) for s in itertools.product("bdfgklmnprstvz", "aeiou")]
    words = ("".join(w) for n in itertools.count(2) for w in itertools.product(syllables, repeat=n))
    return [w[0].upper() + w[1:] for w in itertools.islice(words, count)]


def _named(unit: str) -> Callable[[int], str]:
    """Return a body maker: ``unit`` n times, its ``{}`` filled with another given name each time.

    >>> _named("Jo {} Bell. ")(2)
    'Jo Baba Bell. Jo Babe Bell. '
    """
    return lambda n: "".join(unit.format(g) for g in given_names(n))


def _then_named(first: str, unit: str) -> Callable[[int], str]:
    """Return a body maker: ``first`` n // 2 times, then ``unit`` the other times, filled as :func:`_named` fills it.

    >>> _then_named("Kim left. ", "{} Kim. ")(3)
    'Kim left. Babe Kim. Babi Kim. '
    """
    return lambda n: first * (n // 2) + "".join(unit.format(g) for g in given_names(n)[n // 2 :])


# An opener never closed, before a run of words.
UNCLOSED = {"quote": '"', "curly": "“", "paren": "(", "bracket": "["}
# A run of one kind of blank between two words.
BLANKS = {"spaces": " ", "tabs": "\t", "newlines": "\n", "blank-lines-with-spaces": "\n \n", "nbsp": "\u00a0"}
# One unit repeated.
RUNS = {
    "quote-word-pairs": '"a ', "long-sentence": "the talks went on ", "long-word": "a", "digits": "1",
    "capital-words": "Seoul Kim Jong ", "initials": "U.S. ", "dots-and-capitals": ". A", "paragraphs": "Hi.\n\n",
    "alternating-quotes": "“”‘’\"'", "numbers-and-commas": "1,000,",
    # short quote pairs: every pair a quotation, each looked at for a speaker
    "short-quote-pairs": "'a' ", "short-quote-pairs-curly": "‘a’ ", "short-quote-pairs-double": '"a" ',
    "short-quote-pairs-double-curly": "“a” ",
    # quotes attributed by looking back over the paragraph: each look must stay bounded in one long paragraph
    "officials-said-quotes": 'The officials said "x". ', "two-names-said-quotes": 'Jo Bell and Al Roe said "x". ',
    "office-said-quotes": 'the former president said "x". ', "ministry-said-quotes": 'The ministry said "x". ',
    "two-parties-quotes": 'Seoul and Washington agreed "x". The ministry said so. ',
    # a role before its verb and no comma after any name: the look for an appositive must not read to the text's end
    "role-said-colon-quotes": "“Yes” a senior official of the ministry said: “no” ",
    # words joined by hyphens with no space: each hyphen's joined word must be read near it, not from the run's start
    "hyphen-joined-words": "a-B",
    # names with middle initials and no stop between them (twenty-ninth session, review111): each start's run of name
    # words and initials must stop once it is too long to be one name, not read the chain to its end
    "initial-name-chain": "Ann B. Cole ", "initials-name-chain": "Jo J. Bell K. Lee ",
    # short quotes each closed by a stop (twenty-ninth session, hunt29): with no capital after the stop the run is one
    # sentence, and each quote's look back over its sentence (for a verb of charging) must stay bounded
    "quote-stop-pairs-double": '"a". ', "quote-stop-pairs-curly": "“a”. ", "quote-stop-pairs-single": "'a'. ",
    "quote-name-stops": '"a" Kim. ',
    # and with a comma after each quote: the look for a verb of saying before each must not read the sentence again
    "quote-comma-stops": '"a", b. ', "quote-comma-body-stops": '"a", the ministry. ',
    # "it said" quotes in one paragraph: each one's look back for the organisation that last reported (to the paragraph
    # before, and 600 characters) must search the verbs once, not the paragraph again at each
    "it-said-quotes": 'it said "a". ', "quote-it-added": "“a,” it added. ",
    # a role's quotes in one paragraph: each role's look for the person later quoted by name, and for the one who "made
    # the remarks" in the next sentence, must not read every later quote or every person named
    "definite-role-quotes": '"a," the official said. ', "definite-role-said-quotes": 'the minister said "a". ',
    "indefinite-role-quotes": '"a," an official said. ',
    # a role's quote whose words the next sentence says a person "made" (thirty-first session, hunt31a): whether that
    # person was quoted by name before must be looked up, not read from every quote of the text
    "remark-maker-quotes": '"a," a spokesman said. Jo Bell made the remarks. ',
    # superlatives of a change among many figures (thirty-first session, hunt31b): each one's look for the rise its
    # sentence states must not read every figure of the article
    "percent-record-highs": "5% record high ",
    # one demand told again in every sentence: its amounts must not be compared in pairs to find them one figure
    "demand-told-again": "The U.S. demanded $5 billion for 2020. ",
    # a unit slip of an ask by "he" in every sentence: each one's look for a person named before must not list them all
    "pronoun-ask-slips": "Senator Dale Hoskins spoke. Then he tried to demand $5 million. ",
    # rises counted from an amount in one run-on sentence: each multiple's look for the amount it results in must read
    # back from it, not list the sentence's amounts from its start
    "multiple-from-amount-runs": "it rose fivefold from $1 billion, ",
    # figures of one run-on sentence whose rules search the sentence for a word: once per sentence, not per figure
    "support-sum-runs": "it will provide full support to US forces for $33 billion, ",
    "decade-payment-runs": "in the 1990s it paid $5 billion for the troops, ",
    # payments a demand rises from, in one run-on sentence: each one's ask is read from it, not from the sentence start
    "demand-up-from-runs": "he demanded $5 billion, up from $1 billion, ",
    # list items each with its head in one paragraph: each head's start is found without the text before it
    "list-head-items": "paid: 2019, $1 billion; ",
    # (thirty-second session, hunt32) "he" taking office after a holder named in every sentence: each pronoun's look
    # for the sentence before must step back from it, not copy the text from its start
    "pronoun-took-office-runs": "Trump spoke. Since he took office, he paid. ",
    # years "onwards" in one paragraph: each one's look back for its sentence's start must stay within its window
    "onwards-years": "from 2026 onwards ",
    # a holder's term in every sentence: each one's look for the next sentence (a successor named) must not copy the
    # text after it
    "presidency-terms": "During his presidency, Trump paid. ",
}
# A lead sentence once, then a run (twenty-ninth session, hunt29): a label the lead calls so-called, then repeats of it
# in one run-on sentence; each repeat's look for the verb or possessive right before it must not read the sentence.
# A deal named, then clauses standing for the amount before them ("..., and it is 12 percent higher", thirty-first
# session, hunt31b): each clause's search of its sentence for a deal, demand or offer word must be made once
LEAD_RUNS = {"so-called-label-repeats": ('Bo said a so-called "x" plan. ', '"x" b. '),
             # one long quotation of years and inner quotes: each inner quote asks for the year told before it in
             # the quotation, which must be read back a bounded way, not from the quotation's start (review38)
             "inner-quote-years": ("“", "In 2018 we heard ‘pay by next year’ and "),
             "clause-anaphor-runs": ("Under the deal, Seoul said ",
                                     "it will pay 1 trillion won, and it is 12 percent higher than in 2018, "),
             # a sentence opened by an inverted condition, then its multiples: each asks for a clause stop between
             "inverted-if-multiples": ("Had Seoul paid ", "double the sum "),
             # a title's demands in one run-on sentence: each asks for the title before it, listed once
             "title-demand-runs": ("Trump spoke on Monday. ",
                                   "The president's demands of $4.7 billion angered Seoul, and "),
             # a sentence opening "That is" with many figures: each asks how many figures it holds, not by a copy
             "that-is-amounts": ("Seoul paid $1 billion. That is ", "$1 billion, "),
             # (thirty-second session, hunt32) figures of a quotation begun in the sentence before, in one run-on
             # sentence: each one's look at whether it opens its sentence (after an ellipsis) must not copy the sentence
             "quoted-run-figures": ('He said "they paid a lot. ', "$1 billion, ")}
# Two long sentences, each a lead then a unit repeated as often (thirty-first session, hunt31b): each figure of the
# second reads the sentence before (the amount "This is" stands for, the multiple of the same factor), once for all
TWO_RUNS = {"anaphor-after-amounts": ("Seoul paid ", "$1 billion, ", "and more. This is ", "double the sum, "),
            "multiples-after-multiples": ("They sought ", "triple the sum, ", "and more. A ", "double the sum, ")}
# One unit repeated with another given name each time (thirty-first session, hunt31a): thousands of people of one
# surname, each named once; each new name's look for the same person named before (names, entities) and a title's for
# the one person of its surname must not read every namesake. A lone surname after them listed every one of them as a
# candidate, in its value and its finding: output that grew with the square (1.1 MB of JSON for 10 KB, 16 MB for 40 KB);
# it now lists at most the first ``names.CANDIDATES_LISTED`` (lead, thirty-first session:
# "lone-surname-after-namesakes").
NAMESAKES = {"namesakes-said": "Jo {} Bell said. ", "namesakes-titled": "Ms. Bell and {} Bell met. ",
             "namesakes-titled-after": "Jo {} Bell met Ms. Bell. ",
             "namesakes-beside-known": "Kim Jong Un met {} Bell. ",
             "lone-surname-after-namesakes": "Gen. {} Kim spoke and Kim left. "}
# Half the units one way, then as many namesakes (thirty-first session, hunt31a): lone surnames before the text's full
# names of that surname, all in one paragraph; each must not read every namesake to find none before it
NAMESAKES_AFTER = {"lone-surnames-then-namesakes": ('Kim said "a". ', "{} Kim spoke. ")}
# A word that opens a pattern, then a long gap: each pattern's optional spaces must not backtrack.
GAP_WORDS = ["A", "The", "$", "US$", "said", "according to", "Published", "1", "5 billion", "Kim", "(", '"', "up to",
             "early", "on", "the end of", "from 2014", "He"]
SHAPES = (
    {f"unclosed-{name}": _repeat("word ", opener) for name, opener in UNCLOSED.items()}
    | {name: _repeat(blank, "x", "x.") for name, blank in BLANKS.items()}
    | {name: _repeat(unit) for name, unit in RUNS.items()}
    | {name: _repeat(unit, lead) for name, (lead, unit) in LEAD_RUNS.items()}
    | {name: _named(unit) for name, unit in NAMESAKES.items()}
    | {name: _then_named(first, unit) for name, (first, unit) in NAMESAKES_AFTER.items()}
    | {name: (lambda n, r=runs: r[0] + r[1] * n + r[2] + r[3] * n) for name, runs in TWO_RUNS.items()}
    | {"deep-brackets": lambda n: "(" * n + ")" * n}
    | {f"gap-after-{w}": _repeat(" ", w, "x.") for w in GAP_WORDS}
)


# A first line (the headline) that runs on: each headline quote's look for a role must stay near the quote, and
# (nineteenth session) each of its dates' look for quotations around it (review63 found that read quadratic)
HEADLINES = {"headline-run-quotes": "Officials met to reach a “fair deal” to seek a “deal” says envoy ",
             "headline-quoted-dates": 'Kim said "yes" on Dec. 6 and ',
             # a label before a colon, asked per quote for the people whose names hold its last word
             "headline-label-quotes": 'Report: Kim on the 6th said "no" and '}
# A headline that runs on over a body that runs on, each a unit repeated (thirty-first session, hunt31b): each headline
# percent's look for the body's percent of its value must not read every body percent
HEADLINE_BODY_RUNS = {"headline-and-body-percents": ("5% ", "Seoul paid 5% more in 2020. ")}


def families() -> list[str]:
    """Return the names of every adversarial family, in a fixed order.

    >>> "run-of-." in families() and "trigger-said " in families()
    True
    """
    return ([f"run-of-{c}" for c in PUNCTUATION] + [f"trigger-{w}" for w in TRIGGERS] + list(SHAPES) + list(HEADLINES)
            + list(HEADLINE_BODY_RUNS))


def make(family: str, n_bytes: int) -> str:
    """Return an article (header + one adversarial body) of at least ``n_bytes`` UTF-8 bytes.

    >>> make("trigger-said ", 100).count("said")
    13
    """
    if family.startswith("run-of-"):
        unit = family[len("run-of-"):]
        return _fill(lambda k: unit * k, n_bytes)
    if family.startswith("trigger-"):
        unit = family[len("trigger-"):]
        return _fill(lambda k: unit * k, n_bytes)
    if family in HEADLINES:  # the run is the headline itself: no header before it
        unit = HEADLINES[family]
        return _fill(lambda k: unit * k + "\nNovember 16, 2019\n\nBody.", n_bytes, header="")
    if family in HEADLINE_BODY_RUNS:  # the headline and the body, each its unit repeated as often
        head, body = HEADLINE_BODY_RUNS[family]
        return _fill(lambda k: head * k + "\nNovember 16, 2019\n\n" + body * k, n_bytes, header="")
    return _fill(SHAPES[family], n_bytes)


def _fill(body, n_bytes: int, header: str = HEADER) -> str:
    k = 1
    while len((header + body(k)).encode("utf-8")) < n_bytes:
        k *= 2
    lo, hi = k // 2, k
    while lo < hi:  # the smallest k that reaches n_bytes
        mid = (lo + hi) // 2
        if len((header + body(mid)).encode("utf-8")) >= n_bytes:
            hi = mid
        else:
            lo = mid + 1
    return header + body(lo)
