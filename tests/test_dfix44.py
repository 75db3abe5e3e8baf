"""Classes of date misreadings a prober found in 60 whole stories of its own (probed44: /work/wt/probes/probed44; rows
written anew, in other words, years and names), each mended by a rule about the shape of the language, with near
misses that keep their reading:

- QUOTE_TIME: the time of a quotation. A date between a speech verb and its "that" inside a quotation ("We were told
  in October that ...", "They told us on March 25 that ...") dates the telling, not the told words
  (``dates._reported_in_quote``, ``dates._TELLING_TIME``): it reads as outside quotes. A quotation that is a sentence
  of its own takes its time from the sentence before when that one tells a speech with a written year ("In 2018 he
  told aides ... 'We'll see ... next year,' he added": 2019; ``dates._told_the_sentence_before``), not from the year
  opening the paragraph; a quotation inside a quotation was said in the year the outer one tells before it ("In 2019
  we heard the same thing: 'Pay up by next year'": 2020; ``dates._inner_quote_said``). Near misses: "I said next
  year we ..." and "told us on Friday we ..." stay unresolved; no speech told in the sentence before; no inner quote.
- TENSE_NEIGHBOUR: tense taken from a neighbouring word. A weekday in a "before" clause that tells a plan in the
  past ("two days before tariffs were set (due, scheduled) to take effect on Friday") is the first such weekday after
  the day its sentence tells ("said on Wednesday"), and a count before it counts from there
  (``dates._planned_after_told``); "next" in the topic of a preposition ("talks on the next cost-sharing deal") tells
  no event ahead (``dates._topic_next``). Near misses: "were due to start on Friday but were put off" stays past; a
  reported plan ("said ... were due to start on Friday") reads ahead as before; "discussed the next round in March"
  stays ahead.
- NOT_FOUND: dates not found. A clock time opening the next paragraph ("...before the end of November.\\n\\n3:00
  p.m. —") is no day of the month before it (the month patterns' look-ahead, ``dates._PATTERNS``); a month a plan's
  verb aims at ("had been penciled in for early December") is the one ahead when it is nearer publication than the
  one gone and within ``dates._AIM_AHEAD`` days ("Talks were planned for March" told in November stays past, as
  tests/test_dates8.py reads it; ``dates._aimed_month``); "by the end of the fiscal year" is the running fiscal
  year's last day, of the government named, "USFK" a US mark (``dates._fiscal_end``, ``dates._FISCAL_MARKS``); "the
  first (last) of the new year" is the new year as a time (``dates._NEW_YEAR``). Near misses: "Nov. 30" stays one
  date; a past event's month ("had been held in mid-November") stays the one gone; "the end of the year" stays the
  calendar year's; "the new year" told in June is no item.
- END_OF_MONTH (mended by the lead, forty-third session): "at the end of <month>" as the time of an event, ahead or
  past ("are due to meet again ... at the end of October", "met ... at the end of April"), is its last third, as the
  Conventions read "at the end of the month" and the dev label 2019-09-18 hankyoreh has it (``dates._edge_of_month``);
  the battery rows of tests/test_dates26.py and tests/test_dates42.py that read the last day were changed with it.
  Near misses kept: "will expire at the end of November", "is due at the end of November", "by the end of
  November" (the last day).
- STORY_PRESENT: "An official said Friday that talks would begin next week" told on Monday: speech of the story's
  present (within ``dates._STORY_PRESENT`` days of publication) reads its "next" period from publication, as the
  Conventions say ("Indirect speech dated to a past time"), not from the speech's day (``dates._would_after_said``).
  Near misses: speech dated more than a week back reads from its day; a weekday in a "would" clause keeps its
  reading; "later this week" after "said on Monday" stays after that Monday (tests/test_dates42.py).
- NO_ITEM: words that name no one date. "every Wednesday", "each Monday" (a habit: ``dates._NOT_A_DAY``); a count
  before "any"/"each"/"every" event ("60 days ahead of any furlough", "two weeks before each round": a rule,
  ``dates._ANY_EVENT``). Near misses: "on Thursday"; a count before a dated event.

Rows: tests/cases/test_dfix44.csv, read as tests/test_dfix38.py reads its rows (``start`` "none": no date overlaps the
words; "null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix44_rows = table_test("test_dfix44", check_dfix38)
