"""Quote speakers and dates on wordings the fresh batches (sixty-first to sixty-fifth, dev since the twenty-third
session) were missed on at first contact (fresh77q): each class diagnosed from the miss, then rows of my own (made-up
people Lida Marsh, Oskel Tamm, Hanul Berrin; the place Torvia; US Forces in Korea and NATO as bodies that are no
government), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with
controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_fresh77q.csv: (body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody, "no span" for words no quote holds; a note says what the row shows). Tables:

- RELATIVE: a quote that is the object of a relative clause right after it whose verb asks for or says it ("the ‘50%
  increase’ that former President X initially requested"); controls: a verb of rejecting;
- TOPIC: a possessive's noun of speech, then "about"/"on"/"for", then the quote ("His remarks about “...”");
  controls: a noun that is no speech, an article before the quote;
- STANCE: "expressed hope (concern, doubts) that ..." reports its clause, whose partial quote is the holder's;
- GOVERNMENT: a bare "the government" never points back to a body that is no government (a military command, an
  alliance); control: a government named before;
- PERCENT: a single-quoted stretch opening on a percentage ('‘50% increase’') is a quote, an elided century ('08) not.

Dates, a row: (text, publication day, exact, start, end). Tables:

- EVENT_SAID: a verb of saying inside the event clause of "N days after X said ..." is the event's, not the news'
  (no eve-of-publication reading); controls: the news reported in the past before or after the event clause;
- THAT_PART: a lone "that morning" (afternoon, evening, night) before a stop, a comma, a possessive or a
  preposition is the day told before; control: "said that morning talks would ..." (a conjunction);
- UNTIL: "for N years until X" is a duration and "until X" (X, README); controls: "the N years through X";
- NEXT_YEARS: "the next N years" after a year of publication or later named in its sentence: the N years after it;
  controls: an earlier year, another sentence, "the coming N years".

ABSENT rows: words the date reader must not read as a date.
"""

from __future__ import annotations

import pytest
from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

# rows: tests/cases/test_fresh77q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh77q_speakers = rows_test(assert_speaker, **case_tables("test_fresh77q"))

EVENT_SAID = table(
    r"""
text | published | exact | start | end
# controls: the news itself reported in the past, before or after the event clause (the eve of publication)
Oskel Tamm said Torvia should pay, a day after he threatened tariffs. | 2025-07-09 | a day after | 2025-07-07 | 2025-07-07
A day after he threatened tariffs, Oskel Tamm said Torvia should pay. | 2025-07-09 | A day after | 2025-07-07 | 2025-07-07
Lida Marsh left Hanul a day after the talks ended, the ministry said. | 2019-11-16 | a day after | 2019-11-14 | 2019-11-14
"""  # noqa: E501
)

THAT_PART = table(
    r"""
text | published | exact | start | end
Oskel Tamm spoke on Dec. 3 after a breakfast meeting that morning with Lida Marsh. | 2019-12-04 | that morning | 2019-12-03 | 2019-12-03
Oskel Tamm spoke on Dec. 3. He met Hanul Berrin that afternoon. | 2019-12-04 | that afternoon | 2019-12-03 | 2019-12-03
Oskel Tamm spoke on Dec. 3. He met Hanul Berrin that night, aides said. | 2019-12-04 | that night | 2019-12-03 | 2019-12-03
Oskel Tamm landed on Dec. 3. He had planned to meet Lida Marsh that morning in Hanul. | 2019-12-04 | that morning | 2019-12-03 | 2019-12-03
Lida Marsh arrived on Dec. 3 and was in Hanul that evening for talks. | 2019-12-04 | that evening | 2019-12-03 | 2019-12-03
"""  # noqa: E501
)

UNTIL = table(
    r"""
text | published | exact | start | end
The new agreement is effective for six years until 2025, and also covers last year. | 2021-04-08 | 2025 | 2025-01-01 | 2025-12-31
The deal will hold for five years till 2026. | 2021-04-08 | 2026 | 2026-01-01 | 2026-12-31
# controls: a term named by its count and its last year
Torvia will pay more in the six years through 2025. | 2020-03-25 | the six years through 2025 | 2020-01-01 | 2025-12-31
Torvia will pay more for six years through 2025. | 2021-04-08 | for six years through 2025 | 2020-01-01 | 2025-12-31
"""  # noqa: E501
)

NEXT_YEARS = table(
    r"""
text | published | exact | start | end
The deal applies to 2021, with rises matching Torvia's defense budget the next four years. | 2021-03-10 | the next four years | 2022-01-01 | 2025-12-31
Torvia will pay 1.18 trillion won in 2021 and raise it by the budget's growth over the next four years. | 2021-03-10 | the next four years | 2022-01-01 | 2025-12-31
Hanul set the 2026 figure and will raise it in the next three years. | 2025-11-04 | the next three years | 2027-01-01 | 2029-12-31
# controls: an earlier year; a year in another sentence; "the coming N years"; no year
Torvia paid more in 2019 and will pay more the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
The budget for 2021 rose. Torvia will pay more over the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
The 2021 budget will rise in the coming four years. | 2021-03-10 | the coming four years | 2021-03-10 | 2025-03-10
Torvia will pay more over the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
"""  # noqa: E501
)

# A verb of saying inside the event clause: fresh77q read it as the event's, not the news' (these rows passed); the
# lead took the rule out when it gained one dev date and lost one held-out date (counts only), so they are strict
# xfails until a rule tells the two apart on text it was not written from.
_TAKEN_OUT = pytest.mark.xfail(strict=True, reason="rule taken out: cost a held-out date")
EVENT_SAID_OUT = [pytest.param(*row, marks=_TAKEN_OUT)
                  for row in table(
    r"""
text | published | exact | start | end
Details of the deal come three days after the Torvian bureau said an increase had been reached. | 2021-03-10 | three days after | 2021-03-10 | 2021-03-10
The reply comes two days after Hanul Berrin said Torvia would pay more. | 2025-07-09 | two days after | 2025-07-09 | 2025-07-09
The move comes a day after Lida Marsh told reporters the talks had failed. | 2025-07-09 | a day after | 2025-07-08 | 2025-07-08
"""  # noqa: E501
)]

test_fresh77q_dates = dates_test(EVENT_SAID=EVENT_SAID, EVENT_SAID_OUT=EVENT_SAID_OUT, THAT_PART=THAT_PART,
                                 UNTIL=UNTIL, NEXT_YEARS=NEXT_YEARS)

# (text, publication day, words no date may be read as): "that" a conjunction, "for N years" no term with "until"
ABSENT = [
    ("Oskel Tamm spoke on Dec. 3. He said that morning talks would resume.", "2019-12-04", "that morning"),
    ("Lida Marsh arrived on Dec. 3. She warned that night raids would go on.", "2019-12-04", "that night"),
    ("The new agreement is effective for six years until 2025.", "2021-04-08", "for six years"),
]


test_fresh77q_absent = rows_test(assert_no_date, ABSENT=ABSENT)
