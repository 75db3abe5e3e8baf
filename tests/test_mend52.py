"""Quote speakers on review52 finding 1 (mend52): a verb of charging whose object is a noun of another's words that
the quote modifies ("Lee had attacked the “free riding” claim") gives no quote to its subject: the quoted words are
what the claim or charge says, left to whoever said them (``quotes._charged_words`` in ``quotes._writers_labels``).
Rows of my own wording; controls: an evaluative word before a noun of no words ("denounced the “exorbitant”
demand"), the subject's own naming ("attacked the plan as “...”"), a possessive owner ("deplored Trump's “...”", as
the possessive rules read it today), a quote with no noun after it, a verb of no charging.

Rows (body, the quote's words, the speakers accepted: "/" between names, "None" for nobody), each by
``conftest.assert_speaker``.
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table


def check_mend52(body: str, words: str, speakers: str | None) -> None:
    """Assert the speaker of the quote holding ``words`` in ``body`` after an opening sentence of another speaker
    (None: nobody)."""
    assert_speaker("Esper spoke on Monday. " + body, words, speakers or "None")


# fail on 627f70da (the charging verb's subject), pass after
CHARGED_CLAIM = table("""
body | words | speakers
Lee had attacked the “free riding” claim. | free riding | None
Kim denounced the “extortion” charge. | extortion | None
Lee has faulted the “free riding” claims. | free riding | None
Aides said Lee would fault the “free riding” claim. | free riding | None
Lee vowed to fault the “free riding” claim. | free riding | None
Lee rejected the US “free riding” claims, calling them “false.” | free riding | None
Kim scorned the “cheap ride” label on Monday. | cheap ride | None
""")
# controls: as on 627f70da (a modal with no saying before it reads no subject's words already)
CHARGED_CLAIM_KEPT = table("""
body | words | speakers
Lee will fault the “free riding” claim. | free riding | None
Kim deplored Trump's “extortion.” | extortion | Kim
Lee attacked the plan as “free riding”. | free riding | Lee Jae-myung/Lee
Lee attacked the “free riding”. | free riding | Lee Jae-myung/Lee
Kim denounced the “exorbitant” demand. | exorbitant | Kim
Lee rejected the US “free riding” claims, calling them “false.” | false | Lee Jae-myung/Lee
Lee attacked the “unfair” burden, aides said. | unfair | Lee Jae-myung/Lee
Dan Roe called Seoul a “free rider.” Lee attacked the “free rider” claim. | free rider | Dan Roe/Roe
""")

test_mend52_speakers = rows_test(check_mend52, CHARGED_CLAIM=CHARGED_CLAIM, CHARGED_CLAIM_KEPT=CHARGED_CLAIM_KEPT)
