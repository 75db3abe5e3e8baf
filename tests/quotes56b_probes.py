"""A generated battery of partial quotes whose speaker is a body (speak56b, issue #9): short articles built from
templates of English news copy, each quote's speaker known by construction. Bodies are made up (ministries,
agencies, militaries, offices, parliaments, companies of invented places); nothing is read from the corpus.

Classes: BODY (a body's reported speech around a partial quote: full name, "the ministry" after it, "it"/"they"
after it), HEAD (a headline's partial quote the lede tells as a body's reported speech), and NEAR (scare quotes,
labels, titles, a headline's words the body never repeats or repeats unattributed: nobody's). Each row is
``(class, head, body, speakers)``; ``speakers`` as :func:`test_quotes40.accepted` reads them.

>>> rows = battery()
>>> len(rows) >= 200, sorted({c.split(":")[0] for c, _, _, _ in rows})
(True, ['BODY', 'HEAD', 'NEAR'])
"""

# ruff: noqa: E501

from __future__ import annotations

import random
from collections.abc import Iterator

PLACES = ["Norland", "Vestmark", "Calderia", "Ostrava Bay", "Marenthal", "Quillon"]
KINDS = [
    ("Fisheries Ministry", "the ministry"),
    ("Coastal Safety Agency", "the agency"),
    ("Transport Ministry", "the ministry"),
    ("Budget Office", "the office"),
    ("Parliament", "the parliament"),
    ("Army Command", "the command"),
]
COMPANIES = ["Corvane Industries", "Halbrook Logistics", "Tessary Motors"]
VERBS = ["said", "confirmed", "noted", "stressed", "warned", "added"]
MARKS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019")]
PHRASES = ["working closely", "fair and balanced", "on hold", "a sensible level", "deeply regrettable",
           "fully ready", "too costly", "home early"]


def _body(rng: random.Random, k: int) -> tuple[str, str]:
    """Return a made-up body's full name and its definite head ("the ministry").

    >>> _body(random.Random(1), 0)[1]
    'the ministry'
    """
    kind, head = KINDS[k % len(KINDS)]
    return f"{rng.choice(PLACES)} {kind}", head


def _rows(rng: random.Random, k: int, marks: tuple[str, str]) -> Iterator[tuple[str, str, str, str]]:
    """Yield one story's rows: each template with a new body, verb and phrase."""
    o, c = marks
    name, head = _body(rng, k)
    verb = VERBS[(k + k // len(KINDS)) % len(VERBS)]
    p = PHRASES[k % len(PHRASES)]
    ok = f"{name}/the {name}/{head}/{head.split()[-1]}"
    yield "BODY:full", "", f"The {name} {verb} the two sides were {o}{p}{c} on the plan.", ok
    yield "BODY:that", "", f"The {name} {verb} that the two sides were {o}{p}{c} on the plan.", ok
    yield "BODY:definite", "", f"The {name} met on Monday.\n\n{head.capitalize()} {verb} the plan was {o}{p}{c} now.", ok
    yield "BODY:it", "", f"The {name} met on Monday. It {verb} the plan was {o}{p}{c} now.", ok
    mark = rng.choice(["'", "\u2019"])
    own = f"{rng.choice(['Tokyo', 'Beijing'])}{mark}s {KINDS[k % len(KINDS)][0]}"
    yield "BODY:possessive_neg", "", f"While {own} didn{mark}t formally verify the dates, they {verb} that the sides are {o}{p}{c} on the plan.", f"{own}/{head}"
    co = COMPANIES[k % len(COMPANIES)]
    yield "BODY:company", "", f"{co} {verb} that prices were {o}{p}{c} for buyers.", f"{co}/the company"
    h = f"Allies vow pact {o}{p.replace(' and ', ', ')}{c} by spring"
    yield "HEAD:lede", h, f"The {name} {verb} on Monday the deal would be {p} by spring.", ok
    yield "HEAD:lede2", h, f"Talks resumed on Monday.\n\nThe {name} {verb} the deal would be {p} by spring.", ok
    yield "NEAR:scare", "", f"Critics mocked the so-called {o}{p}{c} plan of the {name}.", "None"
    yield "NEAR:label", "", f"The {o}{name} First{c} policy drew fire on Monday.", "None"
    yield "NEAR:head_unrepeated", h, f"The {name} {verb} on Monday the talks would go on.", "None"
    yield "NEAR:head_unattributed", h, f"Talks resumed on Monday. The deal would be {p} by spring.", "None"


def battery(seed: int = 562) -> list[tuple[str, str, str, str]]:
    """Return the battery's rows: every template under three kinds of quote mark, each story a new body.

    >>> len({r[2] for r in battery()}) > 150
    True
    """
    rng = random.Random(seed)
    out: list[tuple[str, str, str, str]] = []
    for k in range(24):
        out.extend(_rows(rng, k, MARKS[k % len(MARKS)]))
    return out
