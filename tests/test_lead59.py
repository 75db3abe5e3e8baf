"""The claim checker stays linear on a run-on "sentence" (commas, no full stop) holding many percents (lead59; the
house standard: linear time on any input), counted without a clock.

``rules.change_in_dollars`` searched each percent's whole sentence for dollar words (``in dollar terms``) and asked
every one found whether it reaches the percent: in a hostile text with no sentence end that is the whole text, read
again for every percent (60 KB 4.4 s, 120 KB ~10 s). The sentence's dollar words are now found once
(``rules.dollar_words`` through ``Reader.once``) and only the nearest on each side is asked
(``rules.dollars_in_reach``); the check JSON of all 1,379 corpus articles is identical by hash.
"""

from __future__ import annotations

import cProfile

import pytest
from test_adversarial import counting

from analysis.check import check_text

SHAPES = ("Seoul's share, tied to the defense budget, rises 5 percent, ",
          "the levy, in dollar terms, fell 3 percent and ")


@pytest.mark.parametrize("unit", SHAPES)
def test_check_linear_on_run_on_sentence(unit: str) -> None:
    """The work of ``check_text`` (cProfile's call count plus the characters handed to the regex engine) on four times
    the text is at most about four times its work; on the previous code it grew with the square of the text."""
    texts = [unit * (size // len(unit) + 1) for size in (3_000, 12_000)]
    check_text(unit * 20, "2022-06-01")  # warm-up on another text (caches keyed on the text stay cold)

    def work(text: str, chars: list[int]) -> int:
        chars[0] = 0
        profile = cProfile.Profile(subcalls=False)
        profile.runcall(check_text, text, "2022-06-01")
        return sum(entry.callcount for entry in profile.getstats()) + chars[0]

    with counting() as chars:
        took = [work(text, chars) for text in texts]
    assert took[1] <= 4 * took[0] * 1.2, took  # now 4.2 and 4.5 times; the previous code 5.3 and 5.6
