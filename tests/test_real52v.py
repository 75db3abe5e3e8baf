"""The verdict misses of the 149th dev batch, as classes (real52v, session 52): rows of my own wording (real agreements
and payments, whose figures are data; other sentences, verbs and years), each table's rows failing on main, its
``_CTRL`` table the near misses that keep main's answer. Every row opens with one lead paragraph on the talks.

- ``YEAR_FOR``: a won payment written "for <year>" right after it (a bracketed conversion between) is that year's,
  whatever act set it ("a deal agreed in February required Seoul to pay X for 2018"): the next year's payment told for
  it is contradicted (``rules.paid_for_year``; mendf70's act-year exemption kept for an amount with no "for <year>").
- ``PREV_PARA``: "the previous year" in a paragraph opening "That was", "This marked", "It is" is counted back from
  the year of the last sentence of the paragraph before (``frames.anaphor_across``): a change of another year told
  for it is contradicted, as within one paragraph.
- ``NOW_ASIDE``: a date of the clause before "now"/"currently" and the figure ("Under the pact, last revised in 2008,
  Seoul currently pays X") is not the figure's year (``frames.now_after``).
- ``AGREED_NEXT``: an agreed rise told in a year's last quarter may be the next year's, when that year starts an
  agreement the data do not date (``rules.undated_next_deal``).
- ``NEXT_RATE``: a conversion of next year's amount may be judged at next year's average rate, when the data hold it
  (``rules.next_year_rate``; the Conventions: the year written in or the one year of the amount, whichever fits).
- ``ASK_INCL``: a cost an ask counts in ("sought X by including funding for the deployment of bombers") is no other
  quantity of the ask (``frames.included_cost_cue``); a purchase or a sum with no verb of asking keeps its goods.
- ``OTHER_AID``: aid for a third country right after an amount ("provides 800 million USD over two years to support
  Ukraine's security") or a budget's excess over a request right before it ("exceeds the White House's request by X")
  is another quantity, not checkable (``frames.aid_or_excess``); the allies, the USFK, an offer keep main's answers.

mend52w (after review52w) narrowed five rules, its controls in the ``_CTRL`` tables: ``anaphor_across`` counts back
only from the year bound to an amount ("X for 2018", "X ($Y) in 2019"), not after "up from", "compared with", "began
in"; ``now_after`` only before a present verb of paying ("currently pays X", "is now paying X"); ``undated_next_deal``
not when the sentence names a deal by number or year; ``included_cost_cue`` only when the asking verb governs the
figure in its clause; ``aid_or_excess`` not for "Japan-based"; ``next_year_rate`` only within 10% of that rate.

Rows: tests/cases/test_real52v.csv (``want``: the verdict of the claim at ``exact``; "none" for no such claim).
"""

from __future__ import annotations

from conftest import case_tables, rows_test

TABLES = case_tables("test_real52v")


def check_real52v(published: str, text: str, exact: str, want: str) -> None:
    """The claim at the words ``exact`` of a one-title article has the verdict ``want`` ("none": no such claim).

    >>> check_real52v("2019-09-23", "A deal agreed in February required Seoul to pay 960.2 billion won for 2018.",
    ...               "960.2 billion won", "supported")
    """
    from analysis.check import check_text

    claims = check_text("T\n\n" + text, published).claims
    got = [c.verdict for c in claims if c.exact == exact]
    assert (got[0] if got else "none") == want, (got, text)


test_real52v_claims = rows_test(check_real52v, **TABLES)
