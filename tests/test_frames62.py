"""A claim-frame grammar matrix (frames62, eighteenth session; issue #10: verdicts that hold on any article).

On the held-out articles the commonest verdict errors are a figure of a quantity the data does not cover called
``unverifiable`` where a careful reader says ``not_checkable``, and a right figure called ``unverifiable`` where it
should be ``supported`` (the frame did not bind its year, actor or quantity). This matrix measures both apart from the
corpus, as tests/test_dates59.py and tests/test_attrib59.py do for dates and quotes: each row a sentence (or two) of
my own in a made-up article (a publication date chosen for the row; made-up officials and lawmakers), labelled by
README's claims/``frame`` section and the Conventions of tests/corpus/README.md before the tool ran on it, with the
data's exact figures (data/sma_contributions.csv, data/exchange_rates.csv, data/demands.csv, data/offers.csv).

Axes (a row's ``cell`` names its value on each: ``wording|modality|year|form|figure``):

- wording: the SMA payment in its many names ("Seoul's share of the cost", "its contribution to the upkeep of U.S.
  forces", "the cost-sharing bill", "what South Korea pays for the 28,500 troops", "host-nation support", "footed X of
  the bill", "the sum Seoul hands Washington", ...), a demand, an offer, and the quantities the data does not cover
  (a defence budget, a total cost of stationing, wages, tariffs, arms purchases, all support with land and in-kind,
  another country's payment, a poll's figure, an investment pledge, a base's construction, a trade surplus);
- modality: reported fact, demand, offer, forecast, hypothetical, quotation;
- year: "in 2019", "for 2021", "this year", "last year", "the previous year" after a year in the sentence before, a
  range ("from 2021 to 2025"), a sentence-opening date, none (the publication's year);
- form: won, dollars, a won figure with its dollar conversion in brackets (``bracket_won`` judges the won figure,
  ``bracket_usd`` the conversion), a percent change, a multiple;
- figure: right, or wrong by a slip a wire desk makes (digits transposed, a unit slip, 25 % off, a won amount
  printed as dollars, another year's figure, a conversion a third off, a percent doubled); ``uncovered`` for a
  quantity the data does not cover.

Rows: tests/cases/test_frames62.csv (``table``, ``cell``, ``published``, ``text``, ``exact``, ``quantity``: the frame
quantity wanted, "/" between those a reader may take, "other" for any uncovered quantity; ``want``: a verdict or a
want of tests/test_review45.py's ``fits``; ``evidence``: for a wrong figure, the right figure as the evidence must
name it, "|" between alternatives; ``xfail``: the reason of a row main's code gets wrong, naming its cell; ``note``).
Each text is one paragraph after the lead sentence of tests/test_review45.py, under a headline.
"""

from __future__ import annotations

from conftest import read_claims, table_test
from test_review45 import LEAD, fits

from analysis.frames import OTHER_QUANTITIES


def quantity_fits(got: str, wanted: str) -> bool:
    """Return whether a frame's quantity is one a row allows: one of its "/"-separated names, any quantity the data
    does not cover for "other".

    >>> quantity_fits("sma_payment", "sma_payment/forecast"), quantity_fits("tariffs", "other")
    (True, True)
    >>> quantity_fits("demand", "other"), quantity_fits("other", "tariffs")
    (False, False)
    """
    return got in wanted.split("/") or (wanted == "other" and got in OTHER_QUANTITIES)


def check_frames62_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                          evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants (an uncovered figure may also go
    unread), and a caught wrong figure's evidence names the right one."""
    claim = next((c for words, c in read_claims(LEAD + text, published).items() if exact in words), None)
    got = (claim.frame.quantity, claim.verdict, claim.evidence) if claim else (None, None, None)
    if claim is None:
        assert fits(None, want), (cell, got)
        return
    assert quantity_fits(claim.frame.quantity, quantity), (cell, got)
    assert fits(claim.verdict, want), (cell, got)
    assert not evidence or any(e in claim.evidence for e in evidence.split("|")), (cell, got)


test_frames62_claims = table_test("test_frames62", check_frames62_claims)
