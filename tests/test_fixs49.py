"""fixs49 (session 49): speakers of roles a careful reader rules a holder out of, and owned clauses.

Rules (analysis/extract/quotes.py, quote_fallback.py; guard49 SPEAKER rows):

- "the former president" is not the one who holds the office on the publication day (the entity finder's
  ``in_office`` with a role of that office): the former holder named before, else the role (``_sitting_holder``).
- a role naming a known body ("the Pentagon chief", "the USFK chief", "the Blue House chief") is not a person of
  another country than the body's, of another department, nor a department's minister for a body of no department
  (``_body_rules_out``): the role stays the speaker.

Rows are invented wording (made-up officials; real offices and presidents for the roles the entity finder knows),
each failing on main before the change; CONTROL rows keep main's answer. Read as :func:`conftest.assert_speaker`
reads them (published 2021-03-10).
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test

FORMER = [
    ("Lee Myung-bak and Moon Jae-in met aides on Tuesday.\n\n“The talks will resume,” the former president said.",
     "talks will resume", "Lee Myung-bak/the former president"),
    ("George W. Bush visited Texas. Joe Biden stayed in Washington.\n\n“We were right,” the former president told"
     " reporters.", "We were right", "George W. Bush/the former president"),
    ("Barack Obama spoke in Chicago on Friday, a day after Joe Biden signed the bill.\n\n“It is a good law,” the"
     " former president said.", "good law", "Barack Obama/the former president"),
    ("Joe Biden spoke on Friday.\n\n“We agreed,” the former president said.", "We agreed", "the former president/None"),
]
FORMER_CONTROL = [
    ("Donald Trump met Joe Biden on Friday.\n\n“We agreed,” the president said.", "We agreed",
     "the president/Joe Biden"),
    ("Park Geun-hye spoke on Friday.\n\n“I regret it,” the former president said.", "I regret it", "Park Geun-hye"),
    # review49j: a sitting president is no sitting vice president: "the former vice president" may be him
    ("Joe Biden, the former vice president, won the election.\n\n“We agreed,” the former vice president said.",
     "We agreed", "Joe Biden"),
    # review49k: a sitting foreign minister is no sitting trade minister: "the former trade minister" may be her
    ("Kang Kyung-wha, a former trade minister, spoke on Monday.\n\n“Seoul will pay,” the former trade minister said.",
     "Seoul will pay", "Kang Kyung-wha"),
]
BODY = [
    ("Japanese Foreign Minister Aki Tano spoke in Tokyo on Monday.\n\n“We talked,” the State Department chief said.",
     "We talked", "the State Department chief/None"),
    ("South Korean Trade Minister Han Do-yun met reporters on Monday.\n\n“We are ready,” the USFK chief said.",
     "We are ready", "the USFK chief/None"),
    ("Unification Minister Han Do-yun met reporters on Monday.\n\n“We are ready,” the Blue House chief said.",
     "We are ready", "the Blue House chief/None"),
]
BODY_CONTROL = [
    ("South Korean Foreign Minister Han Do-yun spoke on Monday.\n\n“We are ready,” the Foreign Ministry chief said.",
     "We are ready", "Han Do-yun"),
    ("South Korean Defense Minister Han Do-yun spoke on Monday.\n\n“We are ready,” the defense chief said.",
     "We are ready", "Han Do-yun"),
    ("Defense Minister Han Do-yun spoke on Monday.\n\n“We are ready,” the Blue House official said.",
     "We are ready", "the Blue House official/None"),
]

test_fixs49_speakers = rows_test(assert_speaker, FORMER=FORMER, FORMER_CONTROL=FORMER_CONTROL, BODY=BODY,
                                 BODY_CONTROL=BODY_CONTROL)
