"""Wrong figures around a demand's or an offer's rise, caught without calling a right one wrong (fix51v3, session 51;
issue #10).

Rows of my own (tests/cases/test_fix51v3.csv, columns published, text, exact, want, xfail, note; each text one
paragraph after a lead sentence on the talks), with the data's real figures (the $1.3 billion ask of 2020, the $5
billion of 2019, the offer of 13 percent; the payments 1,038.9 bn won in 2019 and 2020). Each table's rows failed on
main; its ``_CTRL`` table holds near misses that keep main's answer:

- ``RISE`` (:func:`analysis.rules.rise_over_told_base`): a demand's percent rise told with its own ask, on record, and
  the year it rises from ("asked for $1.3 billion, up 30 percent from last year") is judged in points against the ask
  over that year's payment, within the ask's printed rounding and the rates of that year and of publication, by the
  package's hedge rules and percent bands; main held it to a multiple within ``factor_rel`` and called 30 and 65
  percent supported. Controls: the reported "nearly 50", "about 50", 47, a floor below the rise, a base that may be an
  earlier ask (named as the base, or later in the sentence), no base year, a rise of 100 percent or more (told as a
  multiple), a rise not in an appositive on the ask (a verb or a subject between: "saying its costs rose 30 percent";
  :func:`analysis.rules.apposed_rise`; mend after review51v3).
- ``UPFROM`` (:func:`analysis.frames.asked_up_from_year`): the base after ", up from" with its own year closing its
  phrase, after a demand at least twice it or an offer above it, is that year's payment; its quantity is sure (it may
  be called false) when the ask's own phrase names a later year (:func:`analysis.rules.ask_of_later_year`). Controls:
  no year, an ask of another quantity, an ask told as changed, a year that does not close the base's phrase, an ask
  with no year of its own (the base may be last year's ask: withheld). One UPFROM row is a strict xfail: "up from
  about $1 billion this year" (the right $891 M) falls in the package's band for an approximate payment (misleading).
- ``BASE`` (:func:`analysis.frames.year_base_of_rise`): the amount right after "on (over, above, than) last year's
  (payment of)" with a percent rise of the payment, an offer or a demand before it is that year's payment, not the
  offer. Controls: another quantity's rise, no rise before it, "last year's offer of", the sum a rise brings it to,
  a cut or a fall (not a rise), the amount told as an ask ("last year's $5 billion demand") (mend after review51v3)."""

from __future__ import annotations

import pytest
from conftest import table_test
from test_review45 import LEAD, fits

from analysis.check import check_text


def read_fix51v3(published: str, text: str, needle: str) -> tuple[str | None, str | None]:
    """Return the verdict and evidence of the first claim holding ``needle`` (None, None when none does).

    >>> read_fix51v3("2020-05-20", "Washington asked for $1.3 billion, up 30 percent from last year.", "30 percent")[0]
    'contradicted'
    """
    claims = [c for c in check_text("T\n\n" + LEAD + text, published).claims if needle in c.exact]
    return (claims[0].verdict, claims[0].evidence) if claims else (None, None)


def check_fix51v3_claims(published: str, text: str, needle: str, want: str) -> None:
    verdict, evidence = read_fix51v3(published, text, needle)
    assert fits(verdict, want), (verdict, evidence)


test_fix51v3_claims = table_test("test_fix51v3", check_fix51v3_claims)


@pytest.mark.parametrize(("text", "needle"), [
    ("Washington asked for $1.3 billion, up 30 percent from last year.", "30 percent"),
    ("Washington asked for $1.3 billion, up 65 percent from last year.", "65 percent"),
])
def test_the_rise_is_told_in_its_evidence(text: str, needle: str) -> None:
    """A caught rise names the ask, the base year's payment and the range the rise may take."""
    verdict, evidence = read_fix51v3("2020-05-08", text, needle)
    assert verdict == "contradicted"
    assert "2019 payment" in evidence and "+40.3% to +53.4%" in evidence, evidence
