"""The interpreter's ``re`` reads possessive quantifiers and atomic groups as the package's patterns need.

Every pattern of ``analysis`` is kept linear with possessive quantifiers (``*+``, ``{0,2}+``) and atomic groups
(tests/test_patterns_linear.py). CPython added both in 3.11 and fixed two matching bugs in them in 3.11.5
(python/cpython gh-100061, https://github.com/python/cpython/pull/108004, and gh-106052,
https://github.com/python/cpython/pull/107795, both merged into 3.11 in August 2023). On an earlier 3.11 the package
imports and runs, but reads wrong: Debian 12's Python 3.11.2 finds no troop count in "the union of nearly 9,000
members" and changes annotations in dozens of corpus articles (benchmarks/RESULTS.md, "interpreter"). Hence
``requires-python = ">=3.11.5"`` in pyproject.toml; these tests fail on an interpreter with the old engine, whatever
the installer let through.
"""

from __future__ import annotations

import re
import sys

import pytest

from analysis.extract.counts import find_counts


def test_the_interpreter_is_at_least_the_version_pyproject_asks() -> None:
    assert sys.version_info >= (3, 11, 5), f"Python {sys.version.split()[0]}: the package needs 3.11.5 or newer"


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        # gh-106052's reproducer: a possessive repeat matched where the greedy one does not.
        ("(?:ab?c)*+", "a", False),
        ("(?>(?:ab?c)*)", "a", False),
        ("(?:ab?c)*+", "abcac", True),
        # A possessive bounded repeat of an alternation, then a required word (the shape of the count pattern).
        (r"(?:[ \t]++(?:US|of[ \t]++the))?+[ \t]++members", " members", True),
        (r"(?:[ \t]++(?:US|of[ \t]++the)){0,2}+[ \t]++members", " of the members", True),
    ],
)
def test_possessive_repeats_match_as_the_atomic_groups_they_stand_for(pattern: str, text: str, matches: bool) -> None:
    assert (re.fullmatch(pattern, text) is not None) is matches


def test_a_troop_count_read_through_possessive_repeats() -> None:
    """The sentence whose reading differs on Python 3.11.2 (no count found there)."""
    found = find_counts("the union of nearly 9,000 members said on Friday.")
    assert [f.exact for f in found] == ["nearly 9,000 members"]
