"""Quote speakers and dates on wordings the thirteen articles of the sixty-sixth and sixty-seventh batches (held out
until the twenty-fourth session, then dev) were missed on at first contact (fresh78q): each class diagnosed from the
miss, then rows of my own (made-up people Lida Marsh, Oskel Tamm, Hanul Berrin; the place Torvia), written and
labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with controls the rules must not
fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_fresh78q.csv: (body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody, "no span" for words no quote holds; a note says what the row shows). Tables:

- VERB: "speculated (speculates) that ..." and a closing ", X reveals in a memoir" report the clause, whose partial
  quote is the reporter's; control: "records show";
- JOINED: a participle of saying after a quotation closed and "and" ('"...," and X smiled, saying, "..."') is the
  new clause's subject's, not the first quote's speaker's; controls: the first quote, no new subject, no quotation
  before "and";
- ON_MAKER: a programme's title told on ('said on “Face the Nation” on CBS') is its broadcaster's, a run of
  capitals or a name ending in "TV", "News" ...; controls: the speaker's own words, a day, a place-like name.

Dates, a row: (text, publication day, exact, start, end). Tables:

- STORY_DAY: "earlier in the day" ("later that day") told outside quotes with no date before it in its paragraph
  is the last single day told in the paragraphs before (on or before publication), not publication's; controls: no
  day told before, a day ahead, a date in its own paragraph;
- PAST_SPAN: "that day" ("the same day") whose date right before it is a span over a month told in an earlier
  sentence (a year of comparison) counts from the last single day told before it; control: the span in its own
  sentence;
- ON_THE_DAY: "on the day" right after a verb of saying ("reported on the day that ...") is "that day";
- FISCAL_PLACE: a Korean or Japanese name after a preposition ("troops in South Korea") is a place, no government
  owning the fiscal year, when another is named (the US's: October to September); controls: the place alone, Korea
  as the payer;
- FISCAL_ELLIPSIS: a bare year set against a US (Japanese) fiscal year right before it in its sentence (", while in
  2018", "than in 2019") is that government's fiscal year; controls: a year joined otherwise, another sentence, a
  Korean fiscal year;
- TENURE: "during his tenure" (term, presidency) after "former US President <name>" or "US President <name>" is the
  named person's term, not the term of the office's holder at publication (the office a title, or held before);
  control: the office alone ("The US leader said ...").

Terms come from data/entities.csv, so TENURE rows name real presidents (the one case of real names here).

ABSENT rows: words the date reader must not read as a date.
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

# rows: tests/cases/test_fresh78q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh78q_speakers = rows_test(assert_speaker, **case_tables("test_fresh78q"))

STORY_DAY = table(
    r"""
text | published | exact | start | end
Oskel Tamm spoke in Hanul on Tuesday.\n\nHe also cited a blast earlier in the day. | 2024-10-17 | earlier in the day | 2024-10-15 | 2024-10-15
Lida Marsh met reporters on Oct. 14.\n\nShe had seen the minister earlier that day. | 2024-10-16 | earlier that day | 2024-10-14 | 2024-10-14
Hanul Berrin said on Monday that Torvia must pay. The deal covers 2026.\n\nLater in the day, he met Lida Marsh. | 2025-03-05 | Later in the day | 2025-03-03 | 2025-03-03
# controls: no day told before; a day ahead of publication; a date in its own paragraph
Torvia's cabinet met in Hanul.\n\nEarlier in the day, Lida Marsh left. | 2024-10-16 | Earlier in the day | 2024-10-16 | 2024-10-16
Oskel Tamm will visit Hanul on Friday.\n\nEarlier in the day, Lida Marsh left. | 2024-10-16 | Earlier in the day | 2024-10-16 | 2024-10-16
Oskel Tamm spoke on Tuesday.\n\nLida Marsh arrived on Oct. 3. Earlier in the day, she met him. | 2024-10-17 | Earlier in the day | 2024-10-03 | 2024-10-03
"""  # noqa: E501
)

PAST_SPAN = table(
    r"""
text | published | exact | start | end
Lida Marsh testified on Apr. 22. The rise of 13% from last year brings it to 1 trillion won. Officials said that day that ministers approved it. | 2020-04-23 | that day | 2020-04-22 | 2020-04-22
Oskel Tamm briefed lawmakers on March 3.\n\nThe share will rise in 2026. Aides said that day that talks went well. | 2025-03-05 | that day | 2025-03-03 | 2025-03-03
Hanul Berrin landed on Nov. 5. Torvia paid more in 2019. Lida Marsh left the same day. | 2019-11-20 | the same day | 2019-11-05 | 2019-11-05
# control: the span in the sentence of "that day" stays its anchor (no day of it is told)
Oskel Tamm spoke on Nov. 5. In 2019 the talks collapsed, and that day he left. | 2019-11-20 | that day | None | None
"""  # noqa: E501
)

ON_THE_DAY = table(
    r"""
text | published | exact | start | end
Oskel Tamm spoke on Thursday.\n\nTorvia's news agency reported on the day that Lida Marsh would visit. | 2021-03-05 | on the day | 2021-03-04 | 2021-03-04
Lida Marsh arrived in Hanul on Nov. 5. She told reporters on the day that talks would go on. | 2019-11-20 | on the day | 2019-11-05 | 2019-11-05
Hanul Berrin met Lida Marsh on Monday. Torvia's ministry confirmed on the day (local time) that they met. | 2025-03-05 | on the day | 2025-03-03 | 2025-03-03
"""  # noqa: E501
)

FISCAL_PLACE = table(
    r"""
text | published | exact | start | end
The U.S. Defense Department expects it to cost $4 billion to keep troops in South Korea in fiscal year 2021. | 2020-03-01 | fiscal year 2021 | 2020-10-01 | 2021-09-30
Congress set the cost of the forces stationed in Japan at $5 billion for fiscal 2022. | 2021-06-01 | fiscal 2022 | 2021-10-01 | 2022-09-30
The Pentagon put the bill at $4.4 billion.\n\nIts cost for the troops in Korea in fiscal 2020 rose. | 2019-11-28 | fiscal 2020 | 2019-10-01 | 2020-09-30
# controls: the place the only government named; Korea as the payer, no place
The troops in South Korea will cost more in fiscal year 2021. | 2020-03-01 | fiscal year 2021 | 2021-01-01 | 2021-12-31
South Korea will pay more in fiscal year 2021 for the troops it hosts. | 2020-03-01 | fiscal year 2021 | 2021-01-01 | 2021-12-31
The U.S. forces will pay less for their bases in Torvia, but Seoul's share rose in fiscal 2021. | 2021-06-01 | fiscal 2021 | 2021-01-01 | 2021-12-31
"""  # noqa: E501
)

FISCAL_ELLIPSIS = table(
    r"""
text | published | exact | start | end
In fiscal year 2019, the Pentagon's bill was $4.43 billion, while in 2018, it was $4.32 billion. | 2019-11-28 | in 2018 | 2017-10-01 | 2018-09-30
Congress gave more in fiscal 2020 than in 2019. | 2020-11-28 | in 2019 | 2018-10-01 | 2019-09-30
Tokyo budgeted more in fiscal 2021 than in 2020. | 2021-11-28 | in 2020 | 2020-04-01 | 2021-03-31
# controls: a year joined otherwise; another sentence; a Korean fiscal year
The Pentagon spent it in fiscal 2019 for troops sent in 2018. | 2019-11-28 | in 2018 | 2018-01-01 | 2018-12-31
In fiscal 2019 the Pentagon spent more. In 2018, Oskel Tamm met Lida Marsh. | 2019-11-28 | 2018 | 2018-01-01 | 2018-12-31
Seoul paid more in fiscal 2020 than in 2019. | 2020-11-28 | in 2019 | 2019-01-01 | 2019-12-31
"""  # noqa: E501
)

TENURE = table(
    r"""
text | published | exact | start | end
Former US President Barack Obama pressed Torvia during his presidency. | 2022-05-10 | during his presidency | 2009-01-20 | 2017-01-20
Then-US President Donald Trump asked Torvia for more during his tenure, aides said. | 2022-05-10 | during his tenure | 2017-01-20 | 2021-01-20
US President Joe Biden said that during his term Torvia paid more. | 2025-08-26 | during his term | 2021-01-20 | 2025-01-20
# control: the office alone stands for its holder at publication
The US leader said that during his previous term Torvia paid. | 2025-08-26 | during his previous term | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

test_fresh78q_dates = dates_test(STORY_DAY=STORY_DAY, PAST_SPAN=PAST_SPAN, ON_THE_DAY=ON_THE_DAY,
                                 FISCAL_PLACE=FISCAL_PLACE, FISCAL_ELLIPSIS=FISCAL_ELLIPSIS, TENURE=TENURE)

# (text, publication day, words no date may be read as): "on the day" of a thing the next words name, or after a
# verb that is no saying; the term of a former office named by no name
ABSENT = [
    ("Lida Marsh met Oskel Tamm on Monday. She will lunch with him on the day they hold the summit.", "2025-03-05",
     "on the day"),
    ("Oskel Tamm spoke on Monday. Lida Marsh resigned on the day that talks ended.", "2025-03-05", "on the day"),
    ("Oskel Tamm spoke on Monday. Lida Marsh said on the day-long trip that talks ended.", "2025-03-05", "on the day"),
    ("The former US president said during his term Torvia paid.", "2025-08-26", "during his term"),  # no holder now
]


test_fresh78q_absent = rows_test(assert_no_date, ABSENT=ABSENT)
