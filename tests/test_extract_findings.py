"""Findings: defects flagged, and no false alarms on ordinary sentences."""

from __future__ import annotations

import pytest

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def kinds(body: str) -> list[tuple[str, str]]:
    return [(f.kind, f.exact) for f in annotate(HEAD + body).findings]


FLAGGED = [
    ("The North brands such U.S.\n\nIt rained.", ("truncated_sentence", "The North brands such U.S.")),
    (
        "It followed statements expressing anger at planned U.S.",
        ("truncated_sentence", "It followed statements expressing anger at planned U.S."),
    ),
    (
        "The ministry said that the deal, which expires in December, would be extended and",
        ("truncated_sentence", "The ministry said that the deal, which expires in December, would be extended and"),
    ),
    ("Seoul rejected the demand for the.", ("truncated_sentence", "Seoul rejected the demand for the.")),
    (
        "Esper declined to detail the drills.  This year it was just less than a billion dollars.",
        ("lost_referent", "it"),
    ),
    (
        'Esper spoke.\n\n"In case of South Korea, which has provided a fair amount of support, it stays here".',
        ("unattributed_quote", '"In case of South Korea, which has provided a fair amount of support, it stays here"'),
    ),
    ("Kim and Biegun met.", ("ambiguous_reference", "Kim")),
    ("Seoul said on November 20, 2019 that it agreed.", ("date_after_publication", "on November 20, 2019")),
    (
        "The talks ended.\n\nReporting by Jo Min; editing by Al Roe",
        ("boilerplate", "Reporting by Jo Min; editing by Al Roe"),
    ),
    ("The talks ended.\n\nHe said more was needed.", ("lost_referent", "He")),
]


@pytest.mark.parametrize(("body", "expected"), FLAGGED)
def test_flagged(body, expected):
    assert expected in kinds(body)


ORDINARY = [
    "The deal was signed in the U.S.",
    "Seoul has long relied on the U.S. for its defence.",
    "Esper met Jeong Kyeong-doo in Seoul on Friday.",
    "Seoul paid 1.0389 trillion won this year, up 8.2 percent. It was the biggest rise in a decade.",
    '"We will not accept it," Esper said.',
    'Esper said the South is a "wealthy country".',
    "The talks resume next year, officials said.",
    "The agreement will expire on December 31, 2019.",
    "Gen. Robert Abrams, commander of U.S. Forces Korea, spoke in S. Korea on Monday.",
    "Mr. Kim Jong Un did not attend.",
    "Background",
    "Esper met his counterpart. He said the alliance was strong.",
]


@pytest.mark.parametrize("body", ORDINARY)
def test_no_false_alarms(body):
    assert kinds(body) == []
