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

from conftest import assert_speaker, rows_test

_OPEN = "Esper spoke on Monday. "

CHARGED_CLAIM = [  # fail on 627f70da (the charging verb's subject), pass after
    (_OPEN + "Lee had attacked the “free riding” claim.", "free riding", "None"),
    (_OPEN + "Kim denounced the “extortion” charge.", "extortion", "None"),
    (_OPEN + "Lee has faulted the “free riding” claims.", "free riding", "None"),
    (_OPEN + "Aides said Lee would fault the “free riding” claim.", "free riding", "None"),
    (_OPEN + "Lee vowed to fault the “free riding” claim.", "free riding", "None"),
    (_OPEN + "Lee rejected the US “free riding” claims, calling them “false.”", "free riding", "None"),
    (_OPEN + "Kim scorned the “cheap ride” label on Monday.", "cheap ride", "None"),
]
CHARGED_CLAIM_KEPT = [  # controls: as on 627f70da
    (_OPEN + "Lee will fault the “free riding” claim.", "free riding", "None"),
    (_OPEN + "Kim deplored Trump's “extortion.”", "extortion", "Kim"),
    (_OPEN + "Lee attacked the plan as “free riding”.", "free riding", "Lee Jae-myung/Lee"),
    (_OPEN + "Lee attacked the “free riding”.", "free riding", "Lee Jae-myung/Lee"),
    (_OPEN + "Kim denounced the “exorbitant” demand.", "exorbitant", "Kim"),
    (_OPEN + "Lee rejected the US “free riding” claims, calling them “false.”", "false", "Lee Jae-myung/Lee"),
    (_OPEN + "Lee attacked the “unfair” burden, aides said.", "unfair", "Lee Jae-myung/Lee"),
    ("Esper called Seoul a “free rider.” Lee attacked the “free rider” claim.", "free rider", "Mark Esper/Esper"),
]

test_mend52_speakers = rows_test(assert_speaker, CHARGED_CLAIM=CHARGED_CLAIM, CHARGED_CLAIM_KEPT=CHARGED_CLAIM_KEPT)
