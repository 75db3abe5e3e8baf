"""Claim verdicts of money, percents and ratios on fresh text (claims45, thirteenth session).

The forty-third batch (dev, merged at 06:50) and the WRONG-FIGURE family of tests/claims41_variants.py gave these
classes; each has generic rows of made-up wording (figures from data/) with controls that must not change:

- SPENDING_UNDER_DEAL: a sentence that opens by placing its figures under the deal ("According to the new
  agreement, in 2026, South Korea's defense expenditure is X, an N% increase from 2025") names the payment by
  "defense expenditure / spending / cost": X is the payment and N% its rise, right or wrong (they were the defence
  budget: the amount ``supported`` only when it fitted, a wrong one ``not_checkable``, the rise ``not_checkable``).
  A sentence that names a budget, a share of GDP or an index, or an amount of a budget's order, keeps its reading.
- AVERAGE_PAST_YEARS: an average yearly change told "for / over the past N years" ("the average annual increase of
  6.2% for the past five years") is the compound yearly change over the N years up to its year, or, set against the
  change of a year ("The rise for 2026 compares with ..."), the N years before that year (it was read as the one
  year's change, ``unverifiable``, or as the total change over the span).
- FIGURELESS_RUN: a figure's context (the sentences before it read for what a pronoun subject pays) reached back
  across one figure-free sentence only; a speaker's aside of two or three short sentences ("South Korea was paying us
  X. I say, 'You got to do more. You got to give more.' Anyway, now they're up to almost $900 million") cut the
  payment sentence off, so "they're up to Y" was of no quantity (``not_checkable``). It now reaches back across up to
  three figure-free sentences of one paragraph to the last sentence with a figure.
- SAYING_PRONOUN: a demand told in a participial clause of speech with a pronoun subject ("Biden referred to the
  talks while in office, saying he had asked South Korea to pay $5 billion a year") had no asker (the clause's own
  words name none), so it was matched against every demand on record: the wrong asker was ``supported`` (the
  claims43 WRONG-FIGURE family's wrong-actor copy). "he" is now the person of the US side named first in the sentence
  before the clause, whose demands on record are those of his time in office.

The WRONG-FIGURE family of tests/claims41_variants.py gains ``wrong_average_variants`` (claims45): a right average
yearly rise over three or more years told as the total rise over them (the 11th SMA's 6.2 % a year as 35 %); its
four dev copies are all caught (three ``contradicted``, one withheld), checked by tests/test_claims43.py's ratchet.

Probe texts of my own (tests/claims45_probes/: Japan's host-nation support beside Seoul's new deal, NATO's spending
goal beside Seoul's payment; labelled before the tool was run) are checked below; two labels are left (see
:data:`PROBES_LEFT`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_claims43
from conftest import DEAL_LEAD, claims_test

_UNDER = "{O}, in 2026, South Korea's defense {N} is {X}, an {P} increase from 2025."
SPENDING_UNDER_DEAL = [
    ("2024-10-16", DEAL_LEAD + _UNDER.format(O="According to the new agreement", N="expenditure",
                                             X="1.5192 trillion won", P="8.3%"), "8.3% increase", "supported"),
    ("2024-10-16", DEAL_LEAD + _UNDER.format(O="Under the 12th SMA", N="spending", X="1.52 trillion won",
                                             P="8.3 percent"), "8.3 percent increase", "supported"),
    ("2024-10-16", DEAL_LEAD + _UNDER.format(O="According to the new agreement", N="expenditure",
                                             X="1.5192 billion won", P="8.3%"), "1.5192 billion won", "caught"),
    ("2024-10-16", DEAL_LEAD + _UNDER.format(O="According to the new deal", N="cost", X="$1.5192 billion",
                                             P="8.3%"), "$1.5192 billion", "caught"),
    ("2024-10-16", DEAL_LEAD + _UNDER.format(O="Under the new agreement", N="expenditure", X="1.5192 trillion won",
                                             P="12%"), "12% increase", "caught"),
    # controls: no opener placing it under the deal; a budget's order; a budget named; an index of rises
    ("2024-10-16", DEAL_LEAD + "In 2026, South Korea's defense spending will rise 7.5% to 66.3 trillion won.",
     "rise 7.5%", "not_checkable"),
    ("2024-10-16", DEAL_LEAD + "Under the new agreement, Seoul's defense spending will be 59 trillion won in 2026.",
     "59 trillion won", "not_checkable"),
    ("2024-10-16", DEAL_LEAD + "Under the new agreement, Seoul's defense budget will be 61 trillion won in 2026, "
     "up 7.5% from 2025.", "up 7.5%", "not_checkable"),
    ("2024-10-16", DEAL_LEAD + "Under the new agreement, Seoul's defense spending as a share of GDP will rise 2.5% "
     "in 2026.", "rise 2.5%", "not_checkable"),
    ("2024-10-16", DEAL_LEAD + "In 2026, South Korea's payment is 1.5192 trillion won, an 8.3% increase from 2025.",
     "8.3% increase", "supported"),
]

_AVG = "The cost-sharing rise for 2026 compares with the average annual increase of {P} for the past five years."
_ROSE = "Seoul's payment rose an average of {P} a year over the past five years."
AVERAGE_PAST_YEARS = [
    ("2024-10-04", DEAL_LEAD + _AVG.format(P="6.2%"), "increase of 6.2%", "supported"),
    ("2024-10-04", DEAL_LEAD + _AVG.format(P="6.2 percent"), "increase of 6.2 percent", "supported"),
    ("2025-10-04", DEAL_LEAD + _ROSE.format(P="6.2 percent"), "6.2 percent", "supported"),
    ("2025-10-04", DEAL_LEAD + "Seoul's payment has grown by an average of 6 percent over the last five years.",
     "6 percent", "supported"),
    ("2024-10-04", DEAL_LEAD + _AVG.format(P="9.5%"), "increase of 9.5%", "!supported"),
    # controls: a total over the past years; an average with its years named; the past years' end with no data
    ("2025-10-04", DEAL_LEAD + "Seoul's payment rose 46 percent over the past seven years.", "rose 46 percent",
     "supported"),
    ("2025-10-04", DEAL_LEAD + "Between 2020 and 2025 the payment grew an average of 6.2% a year.", "6.2%",
     "supported"),
    ("2024-10-04", DEAL_LEAD + _ROSE.format(P="6.2%"), "6.2%", "unverifiable"),
]

_ASIDE = ("\u201cSouth Korea was paying us $500 million a year. I say, \u2018{A}\u2019 Anyway, now they\u2019re up to "
          "{X}.\u201d")
FIGURELESS_RUN = [
    ("2019-02-25", DEAL_LEAD + _ASIDE.format(A="You got to do more. You got to give more.", X="almost $900 million"),
     "almost $900 million", "supported"),
    ("2019-02-25", DEAL_LEAD + _ASIDE.format(A="Do more. Give more. Pay more.", X="almost $900 million"),
     "almost $900 million", "supported"),
    ("2019-02-25", DEAL_LEAD + _ASIDE.format(A="You got to do more. You got to give more.", X="$1.5 billion"),
     "up to $1.5 billion", "!supported"),
    # controls: one figure-free sentence (read before); another payer's sum before the aside
    ("2019-02-25", DEAL_LEAD + _ASIDE.format(A="You got to give more.", X="almost $900 million"),
     "almost $900 million", "supported"),
    ("2019-02-25", DEAL_LEAD + "Japan pays $1.7 billion a year. Do more. Give more. Now they are up to $2 billion.",
     "up to $2 billion", "not_checkable"),
]

_SAYING = "{S} referred to the difficult talks with South Korea, {V} he had asked Seoul to pay $5 billion a year."
SAYING_PRONOUN = [
    ("2024-10-16", DEAL_LEAD + _SAYING.format(S="Biden", V="saying"), "$5 billion a year", "!supported"),
    ("2024-10-16", DEAL_LEAD + _SAYING.format(S="Former President Joe Biden", V="adding that"), "$5 billion a year",
     "!supported"),
    # controls: the asker in office; the asker named in the clause; no pronoun
    ("2024-10-16", DEAL_LEAD + _SAYING.format(S="Donald Trump", V="saying"), "$5 billion a year", "supported"),
    ("2024-10-16", DEAL_LEAD + "Biden spoke of the talks, saying Trump had asked Seoul to pay $5 billion a year.",
     "$5 billion a year", "supported"),
    ("2024-10-16", DEAL_LEAD + "Biden spoke of the talks, saying Washington had asked Seoul to pay $5 billion a year.",
     "$5 billion a year", "supported"),
]


#: Each row's claim gets its verdict ("!supported": caught or withheld), as tests/test_claims43.py checks.
test_claims45_verdicts = claims_test(test_claims43.check_claims43_verdicts, SPENDING_UNDER_DEAL=SPENDING_UNDER_DEAL,
                                     AVERAGE_PAST_YEARS=AVERAGE_PAST_YEARS, FIGURELESS_RUN=FIGURELESS_RUN,
                                     SAYING_PRONOUN=SAYING_PRONOUN)


PROBES = Path(__file__).with_name("claims45_probes")
#: Probe labels still missed (file, key): an official's "Now they are up to more than $1 billion" was labelled
#: not_checkable (of no year the data holds), but "they" are Seoul's payers in the sentence before and the year is
#: the publication's, with no row: ``unverifiable``, which is as defensible; "it has grown by an average of 9
#: percent a year over the past five years" is judged (6.2 % on record) but withheld (``unverifiable``: its clause's
#: subject is a pronoun, so the frame is not certain), not caught.
PROBES_LEFT = {("j_japan.txt", "more than $1 billion"), ("k_nato.txt", "9 percent")}


def test_probe_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every label of the claims45 probe texts fits, but those left (:data:`PROBES_LEFT`, which must stay missed)."""
    import test_claims43 as t43

    monkeypatch.setattr(t43, "PROBES", PROBES)
    missed = set().union(*(t43.probe_misses(name, lab) for name, lab in t43.probe_labels().items()))
    assert missed == PROBES_LEFT, sorted(missed ^ PROBES_LEFT)
