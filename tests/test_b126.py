"""Misreadings the 126th dev batch (thirty-fourth session: 2005-2017 stories on the 9th SMA, Trump's 2016 claims,
THAAD and Camp Humphreys) showed, each a class these rows hold in sentences of my own (issues #9, #10).

- FRONT_RUNNER: "front-runner" is a noun of expectation only when the date is what the race is run in ("the front-runner
  in the 2020 race"); before a name ("front-runner Donald Trump on Monday repeated") the weekday is the act's, read
  from its verb's tense (``dates._prospect``, ``dates._RUNNER_COMPLEMENT``): it went to the Monday after publication.
- RAISED_COSTS_S (found by cfix37 reading ``frames.RAISE_VERB``): "boosts", "lifts", "pumps" were no raising verb, so
  a multiple of the costs they raise was judged as the payment's.
- PROGRESS: a percent of a work done ("86 percent complete") was framed as a forecast of the payment's change by the
  "by 2017" of the plan it measures (``frames.progress_share``).
"""

from __future__ import annotations

import pytest
from conftest import dates_test

#: (text, published, a date's exact words, its start, its end): the weekday after a front-runner's name is the act's
#: day, read from the verb's tense.
FRONT_RUNNER = [
    ("Republican front-runner Donald Trump on Monday repeated his claim.", "2016-03-22", "on Monday", "2016-03-21",
     "2016-03-21"),
    ("Democratic front-runner Joe Biden on Tuesday criticized the demand.", "2019-11-20", "on Tuesday", "2019-11-19",
     "2019-11-19"),
    ("The front-runner, Nikki Fry, on Wednesday called the deal a giveaway.", "2024-02-08", "on Wednesday",
     "2024-02-07", "2024-02-07"),
    # the near miss the rule keeps: the race a front-runner is in lies ahead
    ("Biden, the front-runner in the 2020 race, said so.", "2019-06-03", "2020", "2020-01-01", "2020-12-31"),
]

test_a_front_runner_named_acts_on_the_day_its_tense_gives = dates_test(FRONT_RUNNER=FRONT_RUNNER)


# RAISE_VERB, found by cfix37: the stems' endings lacked a bare "-s", so "boosts", "lifts", "pumps" were no raising
# verb and a multiple of the costs "of" something they raise was judged as the payment's (``frames.RAISE_VERB``)
RAISED_COSTS_S = [
    "The U.S. boosts the costs of various items in the talks by more than threefold, negotiators say.",
    "Washington lifts the prices of the rotational deployments by fivefold, the report says.",
]


@pytest.mark.parametrize("body", RAISED_COSTS_S)
def test_a_multiple_of_costs_a_verb_in_s_raises_is_not_the_payments(body: str) -> None:
    """The multiple is the costs', which the data never hold: not checkable, never judged as the payment's."""
    from analysis.check import check_text

    claims = check_text(f"Costs\n\n{body}", "2019-11-20").to_dict()["claims"]
    assert [(c["frame"]["quantity"], c["verdict"]) for c in claims] == [("other", "not_checkable")], claims


# PROGRESS: a percent of a work done ("86 percent complete") was framed as a forecast of the payment's change, by the
# "by 2017" of the plan it measures (``frames.progress_share``); a change of the payment beside it stays checked
PROGRESS = [
    ("The project, which will let most U.S. troops in Korea relocate there by 2018, is 75 percent complete, officials "
     "said.", "75 percent", "other", "not_checkable"),
    ("The base, where U.S. Forces Korea will move its units by 2017, is 80 percent completed, the Army said.",
     "80 percent", "other", "not_checkable"),
    ("The move is nearly 90 percent done, and Seoul's payment rose 8.2 percent in 2019.", "rose 8.2 percent",
     "sma_change", "supported"),
]


@pytest.mark.parametrize(("body", "exact", "quantity", "verdict"), PROGRESS)
def test_a_percent_of_work_done_is_no_change_of_the_payment(body: str, exact: str, quantity: str, verdict: str) -> None:
    """How far a work has got is a share the data never hold; the payment's change beside it is still checked."""
    from analysis.check import check_text

    claims = {c["exact"]: c for c in check_text(f"Base\n\n{body}", "2016-05-10").to_dict()["claims"]}
    assert (claims[exact]["frame"]["quantity"], claims[exact]["verdict"]) == (quantity, verdict), claims
