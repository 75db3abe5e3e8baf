"""clm28b's rules from the misses of the 80 articles moved from held-out to dev (second round), made-up rows with
near-miss controls in tests/cases/test_clm28b.csv:

- THREAT_RISE: the level a threat's condition asks a payment raised to ("if Seoul didn't raise its annual contribution
  to X") is an ask, as "if Seoul did not pay X" is (``frames._PAY_CONDITION``).
- PUT_AFTER: an amount the paid side names in a relative clause after it ("the X that former President Trump
  discussed", "the X Washington floated") is its ask (``frames.put_after``).
- TERM_FIRST: a change told over years that are a deal's term, its sentence naming the deal ("Under this agreement
  ... an 8.3% increase from 2026 to 2030"), is right when it is the deal's first-year rise (the Conventions: either
  reading of a change over a deal's term; ``rules.term_first_rise``).
- READY_TO_PAY: what the paying side "was ready (willing, prepared) to pay" is its offer ("Korea was ready to pay
  13% more"), not a change made; not after "be" ("should be willing to pay X": ``frames._OFFER``).
- KEEP_BELOW: "keeping the annual increase below X" is a ceiling agreed (``frames._KEEP_BELOW``), not a rise.

review98's fixes (mend98), with its near misses as control rows: put_after returns the subject's end (the actor is
found; an ask after a payer's verb stays the ask), leaves out "cited"/"named" and "mentioned as"; term_first_rise
needs a deal governing the figure's clause that may be the term's (``rules.names_the_deal``); "keep the increase
below" caps only the figure right after it; "was/were ready to pay" only after a Korea-side subject; a threat's
"if ... raise its share to X" only of the paying side. The rows' ``actor`` column, when given, is checked too.

review102's fixes (mend102): "Trump said Seoul was willing to pay X" stays Seoul's offer; the deal that makes a span
rise its first-year rise is searched in the figure's clause, not possessive ("in the deal's annex") nor signed after the
years ("the agreement signed last month"); "mentioned as his goal" is an ask; "keep the increase at or below X" a cap.
review103's fixes (mend103): a place or a full date after "signed in/on" is read as such ("signed in Seoul" tells no
date, "signed on Feb. 2, 2014" its year); "mentioned as the price Seoul pays" is no ask; "the Koreans" are the ROK side.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review92b import HEAD, check_claim  # the claim row check of the review rounds

from analysis.check import check_text


def check_claim_actor(published: str, text: str, exact: str, verdict: str, quantity: str, years: str,
                      actor: str) -> None:
    """As ``check_claim``, and the claim's actor when the row gives one (review98: a rule's cue that loses the actor,
    or turns an ask into the payer's offer, changes no verdict); "none" says no actor (review107)."""
    check_claim(published, text, exact, verdict, quantity, years)
    if actor:
        claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
        assert next(c for c in claims if c["exact"] == exact)["frame"]["actor"] == (None if actor == "none" else actor)


test_clm28b = rows_test(check_claim_actor, **case_tables("test_clm28b"))
