"""Find dates and resolve them to a ``start``..``end`` range of days, reading tense, anchors and quotations.

``value``: ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "form": ...}`` where ``form`` is
``absolute`` (a year is written: "November 16, 2019", "in 2026", "June 2019"), ``month`` (a month
or month-day without a year: "in June", "early in October", "Nov. 20"), ``weekday`` ("Friday",
"on Wednesday", "next Monday"), ``relative`` ("last month", "this year", "in January next year",
"two years ago", "the previous year", "two days later") or ``range`` ("from 2014 to 2018"). A date
that cannot be resolved has ``"start": None, "end": None`` and says why in ``"unresolved"``.

Rules. Tense: a bare weekday or a month (or month-day) without a year is the most recent such day or
month on or before publication, unless its clause is in the future tense ("will", "is set to", "plans
to", "is expected to", "is due to", "could", "upcoming", "a potential ...", "who takes office" ...: the
nearest tense word before the date, else after it, in the same clause: see :func:`clause_tense`); then
it is the first such day or month on or after publication. "last Friday": strictly before; "next
Friday": the first after; "this Friday": in publication's Monday-Sunday week; "Monday and Tuesday" one
span. Copy datelined in East Asia with no date in the dateline reads a bare past weekday from the day
after publication (a US clock dated it). A dated dateline opening a paragraph ("SEOUL, Nov. 20 (Yonhap) --") within
a week of publication is the story's own day: relative dates count from it, from that paragraph on (rolling spans
end on it too). A bare past weekday reported in speech dated to a day ("said on Friday that they met on
Saturday") is on or before that day. "last week" is the previous Monday-Sunday week ("this week"
on a Sunday: the one starting next day); "earlier this month" ends the day before publication, "later
this month" starts the day after; "past year" is the 365 days up to publication; "the end of X" is X's
last day; "in January next year", "the first half of next year", "last summer" are one span each.
"since 2004" gives 2004 (the date the period starts). Month parts: early = days 1-10, mid = 11-20,
late = 21-end. "At the weekend" is the last weekend begun on or before publication (future tense: the
first one ending on or after it). "Would" is the future of a past report ("said they would meet in late
February"); "was/were scheduled to" a plan told in the past. A month in a clause with no tense word is the
nearest one (as a month-day is); after "any" ("before any November election") one still to come. "On the
4th" is a day of the month, read by the tense. "In two weeks": told in the past, the span up to publication;
in the future, the day that far ahead. "From 2026 onwards" runs to the end of the one term its sentence
states ("for five years"); with none, the year alone. A date after "since", or in a phrase naming the news's
source ("according to an announcement on Tuesday", "as reported by ... on Thursday"), is past whatever the
tense; one in an "ahead of <event>" phrase points forward. "To" before a determiner ("a speech to the UN")
is no infinitive; "held" after "be" is a passive, not a past. "This past August", "this coming March";
"a July trade deal": the nearest July. "The early 1990s": 1990-1993 (mid: 4-6, late: 7-9). "During his
first term (in office)": the term's days in data/entities.csv, of the one person with terms its sentence names;
"during his presidency" (no ordinal): the latest term begun by publication, a running one to its end by law; "since
taking office": that term's first day. "His previous (prior, earlier, former) term": the latest ended by
publication; "his current (present) term": the one running then. The holder is the one a possessive names ("Trump's
first term"), else the one its sentence names, else (a pronoun, or "my" in a quotation) the one in office at
publication whom the sentence names by office ("the US leader"), else the one last named in the 600 characters
before. "Trump's three years in office": the term the count fits to within one unit, as served by publication (a
running term ends there); "his first 100 days in office": counted from the latest term's first day. A bare date
after "the possibility of", "the prospect of", "front-runner in" points forward. "The day before yesterday", "the
year before last": two steps back. A present verb after "if",
"unless", "once", "when", "whoever" or "no matter who" tells of the future ("if he wins the election in November").
"This past week" told on a weekend is the week that weekend ends. "March of 2021" is one month; "by 2019-end",
"end-2020" a year's last day; "Feb. 27 and 28" (two days in a row), "from Monday, June 10, to Thursday, June 13"
one span; "for five years from 2026" the term; "09-07-2025" a day, either way round, the reading nearest
publication; "from 2026 to 2023" (a printed range that ends before it starts) unresolved. "The weekend of March 3"
(a Friday, Saturday or Sunday) is that Saturday-Sunday; "the week beginning (ending) Nov. 25" its seven days; "by
week's end" the Sunday of publication's week; "on January the 3rd" a day (dates55).

Anchors: "the previous year", "the following four years", "that year", "a day later", "two days
earlier", "the next day" count from the last date before them in their paragraph, on the same side of
the quote marks; with none they are unresolved ("earlier in the day": publication day). "A day after
the vote", "a week ahead of the visit" name an event: the value is the event's date, its own date if
the sentence gives one, else counted back (after) or forward (before, ahead of) from the date before
it, or from publication when the clause is not in the past tense (read before the words: what follows
"after" is the event's clause); its own date may sit at the end of a long clause ("a day before the tariffs on
..., took effect on Wednesday"), not after "starting"/"by" nor before the noun its verb acts on ("confirming his Aug.
25 summit": that dates something the event names); a fronted "Just a day after X, Lee spoke on Friday" counts back
from the main clause's date (past X's clause, not a plan it reports) and takes its tense. A count over one ("11 months
after talks began in March 2018") names the day it comes to: the event's own date moved by the count, else the
main clause's time (the corpus convention; see tests/corpus/README.md). "46 days after the inauguration", "two
weeks before the summit" (an event noun of ``_EVENT_NOUNS``) mean the event's date moved by the count, and a count
of one ("a week before the summit", "one day after Trump's inauguration") the event's own date, as for any event: the
event is dated by a date beside it in its sentence, else by the data/events.csv row its words name ("of Joe
Biden", "Trump's"), the latest on or before the date it is told from (the president in office then); an event
that cannot be dated leaves it unresolved. "The previous year" counted from a year that opens a period with no
end ("from next year") or in a sentence that says "each year"/"annually" belongs to a rule for every year:
unresolved. A bare date after "starting"/"beginning"/"effective" in a clause with no tense points forward;
participles that describe a noun ("called", "known as", "employed by") carry no tense. Quotations: a date inside quote
marks that depends on when it was said ("next year", "in June", "yesterday") is read from the day the
words were said when the text dates them to a day before publication ("said on Tuesday"), or to a year whose
every day reads it alike ("next year," he said in 2019: 2020; README `dates` bullet), and is unresolved when the
text dates them less precisely (a year, a month) and reading it from that time would change its range ("next
month", "on Monday", "in March" said in 2019; in a reported "would" clause too), or when the quotation reports
earlier speech ("I said next year ..."). Indirect speech dated before the story's present (more than a week back:
"said in 2019 that Seoul will pay more next year", "told reporters last March that talks resume next month") reads
its relative words from that time too, whatever its clause's tense (mendd70). The date
of the words is the nearest date beside the quote in its sentence, else a date with a written year that
opens its paragraph ("In 2019, ..."), else the single day the paragraph right before ends on ("In a statement
released on June 2, ..." then '"Today's decision ...," the statement noted').

News English at large (dates15): the present of a trip or meeting after its subject ("The president heads to Tokyo
on Sunday"), the present progressive ("are meeting on Friday") and "is" right before the day ("The deadline is
Friday") point forward; a deadline after "failed to" or "were unable to" has passed. "The last decade", "over the
last year" are spans up to publication (as "the past ..."). A whole month moved by months stays whole ("a month
later" after September: October). "This summer" told after it ended in publication's year, not about the future, is
that one. Months listed after one preposition ("in January and February") are each a month read by the list's
tense; after a bound ("as early as March", "no later than June", "around May") the whole month. "Q3 2019", "the
April-June quarter", "the week of Nov. 18", "the six years through 2025", "the latter half of the year", "from the
1st" are dates; "Resolution 2094", "Flight 2019" (a number after a noun of numbered things) and a weekday in a
paper's or show's title ("the Sunday Times") are not. "Since taking office" with two holders named: the subject's.
The article's line 1 is its headline (``find_dates(..., headline=True)``): its simple present of a trip or meeting
with a weekday reports news ("Envoy visits Seoul Monday": the Monday before), whatever its case.

Holidays and schedules (dfix41): Korea's Independence Movement Day, National Foundation Day, Easter (computus), "the
Christmas holiday", "the Labor Day weekend"; a holiday with no preposition as a keeping verb's object ("marked
Samiljeol"), a weekday's apposition ("Monday, New Year's Day") or a roundup label; a date set right beside it picks
its year; "the Monday after Thanksgiving". A vote in the simple present ("Korea votes Wednesday") is a timetable; a
participle joined by "and" to a passive takes its tense; a plan's or a prospect's end ("agreed to fund wages through
the end of the year", "a deal before Christmas looked unlikely") is the current one; "leaving ... in 17 days" counts
forward; a timeline told in the present runs in time order.

The date finder's three modules, each importing only the ones before it (issue 12: each under 1 MiB, so that
``duplicates`` reads it; the code moved as it was):

1. :mod:`analysis.extract.date_tense`: what a reading is (``Range``, ``Period``, ``Anchored``), the words and
   patterns dates are read by, and the tense of a date's clause (``clause_tense``, ``points_forward``);
2. :mod:`analysis.extract.date_rules`: the rules (handlers) that read one matched date into a range, and what they
   call;
3. this module: the table of rules (``_PATTERNS``: each rule's pattern and trigger), :func:`find_dates`, and the
   passes over the whole text (quotations and speech, anchors, datelines, the story's day).

>>> import datetime as dt
>>> pub = dt.date(2019, 11, 16)
>>> [(e, v["start"], v["end"]) for _, _, e, v in find_dates("Esper urged Friday, last month", pub)]
[('Friday', '2019-11-15', '2019-11-15'), ('last month', '2019-10-01', '2019-10-31')]
>>> [(e, v["start"]) for _, _, e, v in find_dates("Lee will visit on Friday, in January next year.", pub)]
[('on Friday', '2019-11-22'), ('in January next year', '2020-01-01')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import chain, islice, pairwise, takewhile
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import MONTHS
from analysis.article import PARAGRAPH_BREAK as _PARA_BREAK
from analysis.article import QUOTE_MARK as _QUOTE_MARK
from analysis.extract import windows as win
from analysis.extract.date_rules import (
    _A_WEEKEND_NOUN,
    _ADMIN_MORE,
    _ADMIN_ORD_TERM,
    _ADMIN_TERM,
    _AFTER_COUNT,
    _APPROXIMATE,
    _BARE_DAYS_OF_MONTH,
    _BARE_QUARTER_CODE,
    _BOUND_THE_NTH,
    _BY_BOUND,
    _CAP,
    _CAP_WORD,
    _COUNT_BEFORE_AFTER,
    _COUNT_BY_HOLIDAY,
    _COUNT_FROM_EXPIRY,
    _COUNT_FROM_LAUNCH,
    _COUNT_FROM_OFFICE,
    _COUNT_SINCE_TERM,
    _COUNTED,
    _DATEISH,
    _DAY_BY_HOLIDAY,
    _DAY_OF_NAMED_MONTH,
    _DAY_PART,
    _DAY_SPAN,
    _DAYS_LASTING,
    _DAYS_LASTING_DOM,
    _DAYS_LASTING_WD,
    _DAYS_OF_MONTH,
    _DEADLINE_WORDS,
    _DOTTED_DATE,
    _EDGE_MONTHS,
    _ELECTED,
    _ELECTION_NEAR,
    _ELECTION_YEAR,
    _ERA_TERM,
    _EVE_OF,
    _EVENT_DAY,
    _EVENT_EDGE,
    _EVENT_NOUN_ALT,
    _EVENT_NOUNS,
    _FISCAL_PART,
    _FROM_DAY_WORD_TO,
    _FRONTED_DAY_PART,
    _HALF_CODE,
    _HALF_OF_MONTH,
    _HOLIDAY_AFTER,
    _HOLIDAY_BARE,
    _HOLIDAY_NAME,
    _HOLIDAY_OF_YEAR,
    _HOLIDAY_OFF,
    _HOLIDAY_RELATIVE_YEAR,
    _HOURS_COUNTED,
    _IN_COUNT,
    _KIN,
    _KOREAN_VOTE,
    _LOOKING_BACK,
    _MOD_MONTH_DAYWORD,
    _MODS_FIRST,
    _MON,
    _MON_I,
    _MONTH_BESIDE,
    _MONTH_BESIDE_COUNT,
    _MONTH_DASH_SPAN,
    _MONTH_DAY,
    _MONTH_DEADLINE,
    _MONTH_EVENT_YEAR,
    _MONTH_MODS,
    _MONTH_NAME,
    _MONTH_VOTE,
    _MONTH_YEARS_DASH,
    _MONTHS_TO,
    _NAME_WORD,
    _NEAR_BACK,
    _NEAR_EVENT,
    _NEAR_SENTENCES,
    _NEW_CLAUSE,
    _NEW_YEAR,
    _NO_VAGUE_COUNT,
    _NUM,
    _OFFICE_LEFT,
    _OFFICE_TAKEN,
    _ON_THE_DAY,
    _ON_THE_DAY_BE,
    _ON_THE_NTH,
    _OVERNIGHT,
    _PART_ADJACENT,
    _PART_OF_YEAR,
    _PLACE,
    _QUARTER_CODE,
    _RANK_CHANGE,
    _REST_OF,
    _SAID_BACK,
    _SAID_BEFORE,
    _SAME_DAY,
    _SAYS,
    _SEASON,
    _SEASON_BESIDE,
    _SEASON_EDGE,
    _SINCE_OFFICE,
    _SINCE_WORD,
    _SPANS_AND_TERMS,
    _SPEECH_VERB,
    _SUBJECT_PRONOUNS,
    _T_ADJ_DIR,
    _T_ADJACENT,
    _T_ADMIN,
    _T_AFTER_COUNT,
    _T_AGO,
    _T_ANY_WEEKEND,
    _T_COUNTED,
    _T_COUNTED_NOUN,
    _T_DAY_MONTH,
    _T_DAY_ORDINAL,
    _T_DAY_PART,
    _T_DAY_UNIT,
    _T_DECADE,
    _T_DECADE_APOSTROPHE,
    _T_DECADE_WORD,
    _T_DECADES,
    _T_DEICTIC,
    _T_DOTTED,
    _T_ELECTED,
    _T_ELECTION,
    _T_ELECTION_WORD,
    _T_ELECTION_YEAR,
    _T_END_OF,
    _T_EVENT_NOUN,
    _T_EXPIRY,
    _T_FISCAL,
    _T_FORTNIGHT,
    _T_FROM_DAY_WORD,
    _T_FROM_NOW,
    _T_FRONTED_DAY_PART,
    _T_HALF_OF,
    _T_HOLIDAY,
    _T_HOURS,
    _T_IN_COUNT_HALF,
    _T_ISO,
    _T_MID_UNIT,
    _T_MOD_MONTH,
    _T_MONTH,
    _T_MONTH_AS,
    _T_MONTH_BESIDE,
    _T_MONTH_DASH,
    _T_MONTH_DAY,
    _T_MONTH_END,
    _T_MONTH_EVENT,
    _T_MONTH_VOTE,
    _T_MONTHS_TO,
    _T_N_PERIODS,
    _T_NAMED_MONTH,
    _T_NEAR_EVENT_NAMED,
    _T_NEW_YEAR,
    _T_NUMERIC,
    _T_OFFICE,
    _T_OFFICE_LEFT,
    _T_OFFICE_TAKEN,
    _T_ON_THE,
    _T_ON_THE_DAY,
    _T_ONWARD,
    _T_OVERNIGHT,
    _T_PART,
    _T_QUARTER_CODE,
    _T_RELATIVE,
    _T_REST_OF,
    _T_SAME_DAY,
    _T_SEASON,
    _T_SEASON_BESIDE,
    _T_SINCE,
    _T_TAKING,
    _T_TERM,
    _T_TERM_WORDED,
    _T_THAT_TIME,
    _T_THAT_WEEKDAY,
    _T_THROUGHOUT_THE,
    _T_TOLD_PERIOD,
    _T_TWO_OFF,
    _T_TWO_STEPS,
    _T_US_DAY,
    _T_US_ELECTION,
    _T_WAR,
    _T_WEEKDAY,
    _T_WEEKDAY_BESIDE,
    _T_WEEKEND,
    _T_WITHIN_THE,
    _T_YEAR,
    _T_YEAR_END,
    _T_YEAR_END_WORD,
    _T_YEAR_IN_MONTH,
    _T_YEAR_SPAN,
    _T_YEARS_FROM,
    _T_YEARS_STARTING,
    _T_YEARS_TO,
    _TERM_WORDED,
    _THAT_TIME,
    _THAT_WEEKDAY,
    _TO_MONTH,
    _TOLD,
    _TOLD_PERIOD,
    _TRANSITION,
    _TWO_STEPS_AWAY,
    _UNDER_PRESIDENT,
    _UNTIL_WORDS,
    _US,
    _US_DAY,
    _WAR_END,
    _WD,
    _WEEK_OF_DAY,
    _WEEK_OF_MONTH,
    _WEEKDAY_BESIDE,
    _WEEKEND_BEFORE_AFTER,
    _WEEKEND_BESIDE,
    _WEEKEND_OF_DAY,
    _YEAR_ALONE,
    _YEAR_ELECTION,
    _YEAR_OR_REL,
    _YEAR_SPAN,
    _YEAR_THEN_MONTH,
    _YEAR_TO_YEAR,
    _YEARS_LASTING,
    _YEARS_STARTING,
    _YEARS_THROUGH,
    Handler,
    _a_year_back,
    _act_on_day,
    _add,
    _adjacent,
    _after_count,
    _ago,
    _at_inauguration,
    _bare_quarter_code,
    _count_by_holiday,
    _count_since_term,
    _counted,
    _counted_event,
    _day_by_election,
    _day_by_holiday,
    _day_of_month,
    _day_of_named_month,
    _day_part,
    _day_told_past,
    _days_lasting,
    _days_lasting_dom,
    _days_lasting_wd,
    _days_of_month,
    _decade,
    _deictic,
    _Either,
    _elected,
    _election_named,
    _election_year,
    _end_of,
    _end_told_past,
    _eve_of,
    _event_day,
    _event_row,
    _fiscal,
    _fiscal_end,
    _fiscal_marks,
    _fiscal_part,
    _fiscal_told,
    _fiscal_years,
    _from_day_word_to,
    _from_expiry,
    _from_now,
    _fronted_day_part,
    _half_code,
    _half_of_month,
    _Hit,
    _holiday,
    _holiday_days,
    _holiday_key,
    _holiday_of_year,
    _hours_counted,
    _in_count,
    _in_office,
    _in_paragraph,
    _inner_quote_said,
    _iso,
    _kept_looking_back,
    _korean_us_day,
    _mid_unit,
    _month_beside,
    _month_deadline,
    _month_end,
    _month_span,
    _month_to,
    _month_vote,
    _month_years_dash,
    _months,
    _months_to,
    _moved,
    _moved_later,
    _n_periods,
    _Narrowed,
    _nearly_step,
    _new_year,
    _NoRow,
    _numeric,
    _office_left,
    _office_participle,
    _office_taken,
    _on_side,
    _on_the_day,
    _onwards,
    _opening,
    _overnight,
    _part_adjacent,
    _part_of_year,
    _PerText,
    _placed,
    _present_clause,
    _quarter_code,
    _quarter_not_calendar,
    _quote_stretches,
    _range,
    _relative,
    _rest_of_unit,
    _rok_presidential_votes,
    _same_day,
    _season,
    _season_beside,
    _season_edge,
    _second_adjacent,
    _sentence_before,
    _sequence_forward,
    _short_by_a_day,
    _since_office,
    _step_back,
    _term,
    _that_time,
    _that_weekday,
    _this_weekday_written,
    _throughout_the,
    _told_earlier,
    _told_key,
    _told_period,
    _two_off,
    _unit_period,
    _unmoved,
    _us_day_by,
    _us_day_told,
    _us_days,
    _us_election,
    _us_election_day,
    _walks_of,
    _war_end,
    _week_of_day,
    _week_of_month,
    _weekday,
    _weekday_beside,
    _weekend,
    _weekend_before_after,
    _weekend_beside,
    _weekend_of_day,
    _whole_months,
    _within_the,
    _written_year_end,
    _year,
    _year_election,
    _year_end,
    _year_span,
    _years_from,
    _years_in_office,
    _years_lasting,
    _years_starting,
)
from analysis.extract.date_rules import (
    CLAUSE_MARKS as CLAUSE_MARKS,
)
from analysis.extract.date_rules import (
    PLACE_STOP as PLACE_STOP,
)
from analysis.extract.date_tense import (
    _ABBR_MONTHS,
    _BACK,
    _BOUNDARY,
    _CLAUSE_WORDS,
    _DEADLINE,
    _DETERMINERS,
    _END_MARKS,
    _FINITE_AUX,
    _FORWARD,
    _FULL_MONTHS,
    _HAD,
    _IRREGULAR_STEMS,
    _LINKS_BACK,
    _MODALS,
    _MONTH_DAYS,
    _NOT_VERB_ED,
    _PAST,
    _PLAN_TOLD,
    _PLANNED_PRESENT,
    _PLANS,
    _POSSESSIVE_BEFORE,
    _PREPOSITIONS,
    _RELATIVE_WORDS,
    _SAID,
    _SCHEDULED,
    _SCHEDULED_BASE,
    _SENTENCE_END,
    _SPEAKING,
    _TENSE_WORDS,
    _TIME_CLAUSE,
    _TOKEN,
    _WARNED_START,
    _WAS,
    _WEEKDAY_ALT,
    _WEEKDAY_NAMED,
    _WILL,
    _WILL_HAVE,
    _WINDOW,
    _YEAR,
    WEEKDAYS,
    Anchored,
    Period,
    Range,
    _ahead,
    _attributive,
    _clause_words,
    _count,
    _day_span,
    _first_tense,
    _full,
    _group,
    _listed_month,
    _local_day,
    _month,
    _month_range,
    _moved_from_to,
    _outcome_after,
    _past_plan_before,
    _plural_subject,
    _promised,
    _rel_year,
    _sentence_span,
    _span_start,
    _start_just_passed,
    _Stretch,
    _tense_of,
    _Tokens,
    _untensed_month,
    _warned_ahead,
    _years_on,
    clause_tense,
    points_forward,
)
from analysis.extract.numbers import CARDINALS
from analysis.extract.scan import Trigger, last_match, line_breaks, literal_places, scan, word_trie
from analysis.extract.spans import Found
from analysis.schema import check_table

__all__ = ["WEEKDAYS", "Anchored", "find_dates", "points_forward"]


# the first characters of a weekday pattern's match: its words before the day (on|last|next|this|since|by|until|
# early|late, either case, or a count of _NUM) or the day's name
_WD_FIRST = r"(?=[\dABEFLMNOSTUWabeflnostuſ])"
#: A number that names a unit of a count ("year two", "year 3"), not the article "a" of "the end of the year a deal
#: is due" (review16).
_UNIT_NO = "(?:" + "|".join(w for w, n in CARDINALS.items() if n <= 10) + ")"
_OPENING = 40  # characters: a date this near a paragraph's start sets the time of the whole paragraph
_QUOTED_STOP = re.compile(r'[.!?]["”]\Z')  # a quotation that ends its sentence


# adverbs of habit between a plural subject and its timetable verb ("Talks usually run in March"): a habit names no
# one month, as a season in a habitual clause is none (lead decision, session 50): read unresolved
# (:func:`_habit_month`)
_HABIT_ADVERBS = frozenset({"usually", "normally", "typically", "generally", "traditionally", "often", "always"})
_HABIT_BEFORE = re.compile(r"\b([A-Za-z]{2,20})[ \t]{1,3}([a-z]{5,13})[ \t]{1,3}([a-z]{2,12})[ \t]{1,3}\Z")
_BARE_MONTH50 = re.compile(r"(?i:in)[ \t]{1,3}[A-Z][a-z]{2,8}\Z")


def _habit_month(text: str, h: _Hit) -> bool:
    """Return whether ``h`` is a bare month ("in March") right after a plural subject (:func:`_plural_subject`, "who"
    and "which" too), an adverb of habit and a timetable verb in the present ("Audits usually begin in March"): a
    habit, no one month.

    >>> t = "Audits usually begin in March. Audits begin in March. Audits usually began in March."
    >>> [_habit_month(t, h) for h in _candidates(t, dt.date(2023, 5, 18), 0, len(t))]
    [True, False, False]
    """
    if h.handler is not _month or not _BARE_MONTH50.match(h.match.group()):
        return False
    m = _HABIT_BEFORE.search(text, max(0, h.start - 60), h.start)
    if m is not None and m.group(2) in _HABIT_ADVERBS:
        return _timetable_present(m.group(1), m.group(3))  # singular subjects too (fix51d)
    return _yearly_habit_month(text, h)


# A habit with a singular subject ("The audit usually begins in March"), or a present of a timetable marked habitual
# by "every year", "each year", "annually", "every spring" right beside its month ("The audit begins in March every
# year", "Talks open each year in March"): no one month either (lead decision, session 51; fix51d). Not the past
# ("began in March every year"), nor a verb of no timetable ("Costs rise in March every year"), nor a marker in
# another clause ("begins in March, and fees rise every year"), nor "this/next year" (read with the month).
_YEARLY_MARK = r"(?:(?:every|each)[ \t]{1,3}(?:year|spring|summer|autumn|fall|winter)|annually|yearly)"
_VERB_BEFORE_MONTH = re.compile(r"\b([A-Za-z]{2,20})[ \t]{1,3}([a-z]{3,13})[ \t]{1,3}\Z")
_YEARLY_MARK_BEFORE = re.compile(
    r"\b([A-Za-z]{2,20})[ \t]{1,3}([a-z]{3,13})[ \t]{1,3}" + _YEARLY_MARK + r"[ \t]{1,3}\Z")
_YEARLY_MARK_AFTER = re.compile(r"[ \t]{1,3}" + _YEARLY_MARK + r"\b(?![’'])")  # not "each year's cycle"


def _timetable_present(subject: str, verb: str) -> bool:
    """Return whether ``verb`` is the present of a timetable verb agreeing with the word ``subject`` before it: its
    base after a plural subject (:func:`_plural_subject`), or its "-s" form after any word ("the audit begins").

    >>> [_timetable_present(*c.split()) for c in ("Audits begin", "audit begins", "audit begin", "costs rises")]
    [True, True, False, False]
    """
    if verb in _SCHEDULED_BASE:
        return _plural_subject(subject.lower(), verb)
    stems = {verb[:-1], verb[:-2], verb[:-3] + "y"} if verb.endswith("s") else set()  # "begins", "goes", "flies"
    return verb in _SCHEDULED or bool(stems & _SCHEDULED_BASE)


def _yearly_habit_month(text: str, h: _Hit) -> bool:
    """Return whether the bare month ``h`` ("in March") follows a timetable present (:func:`_timetable_present`)
    with "every year" (:data:`_YEARLY_MARK`) right before or after it: a habit, no one month.

    >>> t = "The audit begins in March every year. Talks open each year in March. The audit begins in March."
    >>> [_yearly_habit_month(t, h) for h in _candidates(t, dt.date(2023, 5, 18), 0, len(t))]
    [True, True, False]
    """
    if _YEARLY_MARK_AFTER.match(text, h.end):
        m = _VERB_BEFORE_MONTH.search(text, max(0, h.start - 60), h.start)
    else:
        m = _YEARLY_MARK_BEFORE.search(text, max(0, h.start - 80), h.start)
    return m is not None and _timetable_present(m.group(1), m.group(2))


# The end of a quarter or half of a year (fix51d): "by the end of the first quarter", "at the end of the second
# quarter", "by the end of the first half of next year": its last day ("the end of X is X's last day", README), read
# only in two known shapes (mend51d): the year written ("of 2024", "of next year", "this year"); or a clause plainly
# ahead (`_ahead_mood`: "will", "is due", "plans to", "has until", a timetable present read as ahead), the first
# such end still to come ("of the year": this year's, if still to come; "was to be signed": this year's too). Any
# other clause (the past, "trailed", "led", an unknown verb: often a game's quarter or half) reads no date, as main.
# Not "the last quarter" (the one before, or the fourth), nor "the first half of the game" (an "of" after it).
_QUARTER_HALF_END = re.compile(
    r"\b(?P<prep>at|by|before|until|till|through|toward|towards|around|near|from)[ \t]{1,3}the[ \t]{1,3}"
    r"(?P<pos>end|close)[ \t]{1,3}of[ \t]{1,3}the[ \t]{1,3}(?P<eord>first|second|third|fourth)[ \t]{1,3}"
    r"(?P<epart>half|quarter)\b"
    rf"(?:[ \t]{{1,3}}of[ \t]{{1,3}}(?:(?P<eyear>{_YEAR})\b|(?P<ewhich>this|next|last)[ \t]{{1,3}}year\b"
    r"|(?P<ethe>the)[ \t]{1,3}year\b)"
    r"|[ \t]{1,3}(?P<ewhich2>this|next|last)[ \t]{1,3}year\b)?"
    r"(?![’'-]|[ \t]{1,3}of\b)", re.IGNORECASE)


def _quarter_half_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of the quarter or half of a year :data:`_QUARTER_HALF_END` matched: of the year written, else
    in a clause plainly ahead (:func:`_ahead_mood`) the first such end still to come; else None (mend51d).

    >>> ranges("Seoul will finish by the end of the first quarter.", dt.date(2023, 11, 16))
    [('by the end of the first quarter', '2024-03-31', '2024-03-31')]
    >>> ranges("Sales rose at the end of the third quarter. Hawks trailed at the end of the first half.",
    ...        dt.date(2023, 5, 16))
    []
    """
    n = 6 if m["epart"].lower() == "half" else 3
    first = {"first": 0, "second": 1, "third": 2, "fourth": 3}[m["eord"].lower()] * n + 1
    if first > 12:
        return None  # "the fourth half"
    which = m["ewhich"] or m["ewhich2"]
    if m["eyear"] or which:
        y = int(m["eyear"]) if m["eyear"] else pub.year + (_rel_year(which) or 0)
        end = _months(y, first, n).hi
        return Range(end, end, "absolute" if m["eyear"] else "relative")
    text, a = m.string, max(0, m.start() - _BACK)
    way = _ahead_mood([*_clause_words(text, a, m.start(), True, None), m["prep"]])
    if way is None and not future and not _participle_ahead(text, m.start(), m.end()):
        return None  # the past, no tense told: often a game's half ("trailed at the end of the first half")
    end = next(e for e in (_months(y, first, n).hi for y in (pub.year, pub.year + 1)) if e >= pub)
    if (m["ethe"] or way == "was to") and end.year != pub.year:
        return None  # "of the year", "was to be signed by": this year's end, if still to come
    return Range(end, end, "relative")


# prepositions that open a fronted participle clause ("Before leaving Seoul at the end of the quarter, Kim will ...")
_PARTICIPLE_OPENERS = frozenset({"before", "after", "while", "when", "upon", "on", "since"})


def _participle_ahead(text: str, start: int, end: int) -> bool:
    """Return whether the date at ``text[start:end]`` closes a participle clause that opens its sentence ("Before
    leaving Seoul by the end of the quarter, Kim will meet Lee"), whose main clause after the comma is told ahead
    (:func:`clause_tense`): the clause's words before the date hold no tense of their own, the main clause's is
    the date's (dates56, the dates55 battery's open rows).

    >>> t = "Before leaving Seoul by the end of the quarter, Kim will meet Lee. After leaving by then, Kim met Lee."
    >>> _participle_ahead(t, 21, 46), _participle_ahead(t, t.index("by then"), t.index(", Kim met"))
    (True, False)
    """
    if text[end : end + 1] != ",":
        return False
    begin = _sentence_span(text, start, end).start
    head = _TOKEN.findall(text, begin, min(start, begin + 40))  # its first two words: the opener and a participle
    if len(head) < 2 or head[0].lower() not in _PARTICIPLE_OPENERS or not head[1].lower().endswith("ing"):
        return False
    return clause_tense(text, start, end) == "future"


_AHEAD_MODALS = frozenset({"will", "shall", "would", "must"})
_AHEAD_TO_VERBS = frozenset({"expected", "aims", "plans", "hopes", "aim", "plan", "hope"})  # "plans to finish by ..."


def _ahead_mood(words: list[str]) -> str | None:
    """Return how the clause ``words`` before a quarter's end (its preposition last) put it ahead: "was to" for "was
    (were) to" ("The accord was to be signed by"), "future" for "will", "would", "shall", "must", "is (are) to", "is
    due", "is expected to", "plans (aims, hopes) to", "has until", "deadline", or the nearest tensed word read as
    ahead (a timetable present, "The plant reopens by"); else None: the nearest tensed word (the verb that governs
    it) is no such word (the past "rose", "trailed", "had fallen") or there is none (mend51d).

    >>> [_ahead_mood(c.split()) for c in ("The accord was to be signed by", "Seoul has until", "Talks resume at",
    ...  "Seoul said it would close it by", "Sales rose by", "The Hawks trailed by nine at", "Kim had hoped to end by",
    ...  "Sales are expected to have fallen by")]
    ['was to', 'future', 'future', 'future', None, None, None, None]
    """
    low = [w.lower().replace("’", "'") for w in words]
    for i in range(len(low) - 2, -1, -1):
        w, nxt = low[i], low[i + 1]
        if w in {"was", "were"} and nxt == "to":
            return "was to"
        if w == "have" and i and low[i - 1] == "to":
            return None  # "are expected to have fallen by": a past told as an estimate
        if w in _AHEAD_MODALS or w.endswith("'ll") or w in {"deadline", "deadlines"} or (
                w in {"is", "are"} and nxt in {"to", "due"}) or (w in _AHEAD_TO_VERBS and nxt == "to") or (
                w in {"has", "have"} and nxt == "until"):
            told = (w in _AHEAD_TO_VERBS and i and low[i - 1] in {"had", "was", "were"}) or nxt in {"have", "not've"}
            return None if told else "future"  # not "had hoped to", "was expected to", "must have"
        if (tense := _tense_of(words, i)) is not None:
            return "future" if tense == "future" else None
    return None


# A quarter told from publication (fix51d3): "this quarter", "the current quarter" (the calendar quarter holding
# publication), "last quarter" (the one before it), "next quarter" (the one after); and, as a deadline ahead ("will
# pay by the end of the quarter", "is due before the end of this quarter": :func:`_ahead_mood`), the last day of
# the quarter holding publication. Not "the last (next) quarter" (a game's, or one after a quarter told before), not
# one "of" something ("this quarter of the city", "last quarter of 2024": other rows), "last quarter-century", a
# source ("criticism from this quarter"), a comparison ("up from (than, over) last quarter": which quarter it is
# measured against is the reported one's neighbour), nor "at the end of the quarter" (a time, not a deadline: as
# main); and none after an ordinal or coded quarter told earlier in its sentence ("profit in the third quarter beat
# last quarter", "Q3 sales topped last quarter": ``_QUARTER_WORD_BEFORE``)
_QUARTER_WORD_BEFORE = re.compile(
    r"\b(?i:first|second|third|fourth|final)[ \t-]{1,3}(?i:quarter)|\b[Qq][1-4]\b|\b[1-4]Q\b")
_CALENDAR_QUARTER = re.compile(
    r"(?:\b(?<!\b[Tt]he )(?<!\bfrom )(?<!\bthan )(?<!\bover )(?P<qwhich>[Tt]his|[Ll]ast|[Nn]ext)"
    r"|\b(?P<qcur>[Tt]he)[ \t]{1,3}current)[ \t]{1,3}"
    r"quarter\b(?![-–]|[ \t]{1,3}(?:of|moon|century|mile|hour|point|final)\b)"
    r"|\b(?P<qby>[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Tt]hrough)[ \t]{1,3}the[ \t]{1,3}end[ \t]{1,3}of[ \t]{1,3}"
    r"(?:the|this)[ \t]{1,3}(?:current[ \t]{1,3})?quarter\b(?![-–]|[ \t]{1,3}of\b)")


def _calendar_quarter(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the calendar quarter :data:`_CALENDAR_QUARTER` names from publication ``pub``: "this (the current)
    quarter" its own, "last quarter" the one before, "next quarter" the one after; "by the end of the quarter" in a
    clause plainly ahead (:func:`_ahead_mood`) the last day of the quarter holding publication, else None (fix51d3).

    >>> ranges("Orders rose last quarter and will rise next quarter.", dt.date(2025, 1, 20))
    [('last quarter', '2024-10-01', '2024-12-31'), ('next quarter', '2025-04-01', '2025-06-30')]
    >>> ranges("Seoul will pay by the end of the quarter. Sales rose by the end of the quarter.", dt.date(2024, 11, 28))
    [('by the end of the quarter', '2024-12-31', '2024-12-31')]
    """
    if _quarter_not_calendar(m):
        return None  # "this quarter last year", "the moon's last quarter" (mend of fix51d3)
    first = (pub.month - 1) // 3 * 3 + 1  # the first month of publication's quarter
    lo = max(m.string.rfind(". ", 0, m.start()), m.string.rfind("\n", 0, m.start()), m.start() - _BACK)
    if _QUARTER_WORD_BEFORE.search(m.string, max(0, lo), m.start()):
        return None  # "profit in the third quarter beat last quarter": the one before the quarter told
    if m["qby"]:
        text, a = m.string, max(0, m.start() - _BACK)
        if _ahead_mood([*_clause_words(text, a, m.start(), True, None), m["qby"].lower()]) != "future" \
                and not future and not _participle_ahead(text, m.start(), m.end()):
            return None  # "Sales rose by the end of the quarter": a past told with no year
        end = _months(pub.year, first, 3).hi
        return Range(end, end, "relative")
    step = {"this": 0, "last": -1, "next": 1}[(m["qwhich"] or "this").lower()]
    lo = _add(dt.date(pub.year, first, 1), "month", 3 * step)
    return Range(*_months(lo.year, lo.month, 3), "relative")


def _election_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a bare "election day" as the day of the US federal election nearest publication when it lies within
    ``_ELECTION_NEAR`` days of it (as a bare "election" is read, dates42); else None (no other country's vote is
    meant to be guessed).

    >>> [(x, v["start"]) for *_, x, v in find_dates("Votes rise as election day approaches.", dt.date(2020, 10, 30))]
    [('election day', '2020-11-03')]
    >>> find_dates("Votes rise as election day approaches.", dt.date(2020, 4, 2))
    []
    """
    election = min((_us_election_day(y) for y in range(pub.year - 1, pub.year + 2) if y % 2 == 0),
                   key=lambda e: abs((e - pub).days))
    if abs((election - pub).days) <= _ELECTION_NEAR:
        return Range(election, election, "relative")
    return _event_dated(m, pub, "election", False)  # the vote the text dates ("Voters went to the polls on June 3")


_election_day = _kept_looking_back(_election_day)


def _at_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "before the election", "ahead of the U.S. elections", "after the presidential election", "since the
    midterm elections" (no count): "before X"/"after X" resolve to X itself (tests/corpus/README.md), a US federal
    election day. Which one: within ``_ELECTION_NEAR`` days of publication, that one; else the one nearest
    publication on the side the clause's tense points to (past: held by then). A US word ("U.S.", "American") or
    "midterm" names the US vote; a bare "presidential election" is the US one only when no South Korean presidential
    election lies nearer publication; a bare "election" only within ``_ELECTION_NEAR`` days of a US one (dates42).

    >>> [(x, v["start"]) for *_, x, v in find_dates("Seoul signed Before Presidential Election", dt.date(2024, 11, 5))]
    [('Presidential Election', '2024-11-05')]
    >>> [v["start"] for *_, v in find_dates("He left after the presidential election.", dt.date(2021, 1, 13))]
    ['2020-11-03']
    >>> find_dates("He left after the presidential election.", dt.date(2022, 4, 1))
    []
    """
    kind, rel = (m["kind"] or "").lower(), (m["rel"] or "").lower()
    if rel:  # "before the next US election", "after the last presidential election": the side the word names
        return _election_named(m, pub, rel in {"next", "upcoming", "coming"})
    step_years = 4 if kind == "presidential" else 2
    near = [_us_election_day(y) for y in range(pub.year - 4, pub.year + 5) if y % step_years == 0
            and (kind != "midterm" or y % 4 == 2)]
    election = min(near, key=lambda e: abs((e - pub).days))
    gap = abs((election - pub).days)
    if gap > _ELECTION_NEAR:
        tense = "past" if m["mod"].lower() == "since" else "future" if future else clause_tense(
            m.string, m.start(), m.end())
        side = [e for e in near if not tense or _on_side(e, pub, tense == "future")]
        election = min(side or near, key=lambda e: abs((e - pub).days))
        gap = abs((election - pub).days)
    if m["us"] or kind == "midterm" or gap <= _ELECTION_NEAR:
        return Range(election, election, "relative")
    if kind == "presidential" and all(abs((k - pub).days) > gap for k in _rok_presidential_votes()):
        return Range(election, election, "relative")
    return _event_dated(m, pub, "election", False)  # "Lee won the June 3 election. Since the election" (dother52)


_at_election = _kept_looking_back(_at_election)


def _near_event(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "Shortly before the talks": the talks' own date, from their sentence (after the words) or from the
    latest sentence before (at most ``_NEAR_SENTENCES``, ``_NEAR_BACK`` characters) that names them with a date; None
    when the text dates them nowhere.

    >>> ranges("Talks ran from Tuesday to Thursday. Shortly before the talks, Han spoke.", dt.date(2024, 4, 27))[1]
    ('Shortly before the talks', '2024-04-23', '2024-04-25')

    With no adverb the event's own date is read in its clause only ("After the talks, Han said on Friday": not
    Friday); an event the text does not date is dated by data/events.csv when its place names one row (dother52).

    >>> ranges("Kim met Lee at a summit on Feb. 27. Since the summit, talks stalled.", dt.date(2019, 6, 1))[1]
    ('Since the summit', '2019-02-27', '2019-02-27')
    >>> ranges("After the Hanoi summit, talks stalled.", dt.date(2019, 6, 1))
    [('After the Hanoi summit', '2019-02-27', '2019-02-28')]
    >>> ranges("Before the summit, Kim traveled by train.", dt.date(2019, 6, 1))
    []
    """
    found = _event_dated(m, pub, m["noun"].lower(), bool(m["adv"]))
    return found if found is not None or not m["place"] else _event_row(m["place"], m["noun"].lower())


def _event_dated(m: re.Match[str], pub: dt.date, noun: str, near: bool) -> Range | None:
    """Return the days the text gives the event ``noun`` the words ``m`` name ("after the talks", "since the
    election"): a date in their own clause (``near``, after "shortly"/"just": their sentence), else in the latest
    sentence before that names the event with a date (:func:`_near_event`); None when the text dates it nowhere.

    >>> t = "Lee won the June 3 election. Since the election, Seoul waited."
    >>> _event_dated(re.search("Since the election", t), dt.date(2025, 7, 1), "election", False).lo
    datetime.date(2025, 6, 3)
    """
    if _LOOKING_BACK[0]:
        return None
    text, kin = m.string, re.compile(_KIN[noun], re.IGNORECASE)
    last = "after" in m.group().lower()  # "after the talks": their last day told ("began yesterday ... through today")
    own = _sentence_span(text, m.start(), m.end())
    own_end = _in_paragraph(text, m.end(), own.end)
    if not near and (comma := text.find(",", m.end(), own_end)) >= 0:
        own_end = comma  # "After the talks, Han said on Friday": Friday is the saying's, not the talks'
    found = _date_told(text, pub, m.end(), own_end, m.end(), last)
    if found is not None:
        return found
    outcome = _walk_back(text, pub, kin, own.start, max(0, m.start() - _NEAR_BACK))
    return None if outcome is None else _date_told(text, pub, *outcome[2:], last)


def _walk_back(text: str, pub: dt.date, kin: re.Pattern[str], start: int, limit: int) -> tuple[int, ...] | None:
    """Return where the latest sentence before ``start`` (at most ``_NEAR_SENTENCES`` of them, none before ``limit``)
    that names the event (``kin``) tells a date is: (sentences read, where the walk stood before it, its start, its
    end, where it names the event); None when none does. A walk that comes to where an earlier walk of ``kin`` in
    the same text started takes that walk's outcome from there (:data:`_WALKS`: each sentence read once, dlin52).

    >>> t = "Talks opened on May 2. Han spoke. Then Kim left."
    >>> _walk_back(t, dt.date(2023, 5, 9), re.compile("talks", re.I), t.index("Then"), 0)
    (2, 22, 0, 22, 0)
    """
    starts, walks = _walks_of(text, pub, kin.pattern)
    pos, prev, steps, outcome = start, start, 0, None
    while steps < _NEAR_SENTENCES and pos > limit:
        i = bisect.bisect_right(starts, prev) - 1
        if i >= 0 and starts[i] >= pos:  # an earlier walk started in the sentence just read: it read on from there
            seen = walks[starts[i]]
            if seen is not None and steps + seen[0] <= _NEAR_SENTENCES and seen[1] > limit:
                outcome = (steps + seen[0], *seen[1:])
            break
        told_start, end = _step_back(text, pos, limit)
        named = kin.search(text, told_start, end)
        if named and _date_told(text, pub, told_start, end, named.start()) is not None:
            outcome = (steps + 1, pos, told_start, end, named.start())
            break
        prev, pos, steps = pos, told_start, steps + 1
    if start not in walks:
        bisect.insort(starts, start)
    walks[start] = outcome
    return outcome


def _date_told(text: str, pub: dt.date, start: int, end: int, at: int, last: bool = False) -> Range | None:
    """Return the first resolved date of ``text[start:end]`` that begins after ``at`` (the ``last`` one), else the
    last one before it. Each answer is kept for the text (:data:`_TOLD`) by :func:`_told_key`: the rows of one place
    ask it again, and a run of one event word reads stretches whose surroundings are alike (speed57).

    >>> t = "Talks began on Monday and ended on Tuesday."
    >>> _date_told(t, dt.date(2023, 3, 10), 0, len(t), 0).lo, _date_told(t, dt.date(2023, 3, 10), 0, len(t), 0, True).lo
    (datetime.date(2023, 3, 6), datetime.date(2023, 3, 7))
    """
    if not _DATEISH.search(text, start, end):
        return None  # no digit, day, month or unit word: no date to read (cheap test before reading the sentence)
    # the whole text's months cased once, not once a look (dlin53: 32x for 10x the text)
    cased, answers, breaks = _TOLD.of(text, lambda: (cased_months(text), {}, line_breaks(text)))
    if (key := _told_key(text, pub, start, end, at, last, breaks)) in answers:
        return answers[key]
    _LOOKING_BACK[0] = True
    try:
        found = find_dates(text, pub, start, end, cased=cased)
    finally:
        _LOOKING_BACK[0] = False
    values = [(s, v) for s, _, _, v in found if v.get("start")]
    after = [v for s, v in values if s >= at]
    chosen = after[-1 if last else 0] if after else values[-1][1] if values else None
    told = None if chosen is None else Range(dt.date.fromisoformat(chosen["start"]),
                                             dt.date.fromisoformat(chosen["end"]), "range")
    answers[key] = told
    return told


def _us_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "on Inauguration Day", "before Election Day": with a year, that year's (none when it holds no such day);
    else read as a holiday with no year is (README, lead decisions on date59's and date62's questions): a future, a
    deadline or a present clause, the first on or after publication; a past one, counted from the date before it in
    its paragraph (the first on or after it; in reported words, the latest on or before it), else the latest on or
    before publication; "since" points back. An "Election Day" near a US one, or whose vote the text dates, is read
    as :func:`_election_day` reads it; one whose sentence names South Korea's vote is only the vote the text dates.

    >>> ranges("Seoul wants a deal before Inauguration Day.", dt.date(2024, 12, 10))
    [('before Inauguration Day', '2025-01-20', '2025-01-20')]
    >>> ranges("Trump won on Election Day. He took office on Inauguration Day.", dt.date(2025, 3, 1))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('on Election Day', '2024-11-05', '2024-11-05'), ('on Inauguration Day', '2025-01-20', '2025-01-20')]
    """
    kind, text = m["name"].lower(), m.string
    if m["year"]:
        days = _us_days(kind, int(m["year"]), int(m["year"]))
        return Range(days[0], days[0], "absolute") if days else None
    word = m["prep"].split()[0].lower()
    tense = "future" if future else clause_tense(text, m.start(), m.end())
    if (korean := _korean_us_day(m, pub, tense == "past")) is not False:
        return korean
    span = _sentence_span(text, m.start(), m.end())
    if kind == "election" and _KOREAN_VOTE.search(text, span.start, span.end):
        return _event_dated(m, pub, "election", False)
    if kind == "election" and (near := _election_day(m, pub, future)) is not None:
        return near  # near a US vote, or the vote the text dates ("Lee won the June 3 election. On Election Day")
    past = tense == "past"
    ahead = word != "since" and (tense == "future" or (not past and (
        word in _DEADLINE_WORDS or _present_clause(text, m.start(), word))))
    if ahead:
        return Range(*_us_day_told(kind, True, pub), "relative")
    back = past and word not in _UNTIL_WORDS and _told_earlier(text, m.start())
    return Anchored(partial(_us_day_by, kind, back, pub), published=partial(_us_day_told, kind, False))


_us_day = _kept_looking_back(_us_day)

_PATTERNS: list[tuple[re.Pattern[str], Handler, Trigger, int, int]] = [
    *_SPANS_AND_TERMS,
    # a month tied to an act: a vote, a deadline
    (_MONTH_VOTE, _month_vote, _T_MONTH_VOTE, 8, 48),
    (_MONTH_DEADLINE, _month_deadline, _T_MONTH_AS, 2, 56),
    # ("last Wednesday, Sept. 6": the day the text writes, not the weekday's own reading; date48b)
    (_MONTH_DAY, _full, _T_MONTH_DAY, 40, 40),
    (re.compile(rf"(?:\bon\s+)?(?<![\d])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:{_YEAR_OR_REL})?"),
     _full, _T_DAY_MONTH, 14, 30),
    (_MOD_MONTH_DAYWORD, _full, _T_MOD_MONTH, 10, 40),
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), _iso, _T_ISO, 1, 12),
    (_DOTTED_DATE, _iso, _T_DOTTED, 1, 12),
    (re.compile(r"(?<![\w$.,/-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>20\d\d)(?![\w%]|[-/.]\d)"),
     _numeric, _T_NUMERIC, 6, 6),
    (_ON_THE_NTH, _day_of_month, _T_ON_THE, 1, 40),
    (_ON_THE_DAY_BE, _day_of_month, _T_ON_THE, 1, 40),
    (_DAYS_OF_MONTH, _days_of_month, _T_DAY_ORDINAL, 16, 56),
    (_BARE_DAYS_OF_MONTH, _days_of_month, _T_DAY_ORDINAL, 12, 16),
    (_BOUND_THE_NTH, _day_of_month, _T_DAY_ORDINAL, 40, 40),
    (_DAY_OF_NAMED_MONTH, _day_of_named_month, _T_NAMED_MONTH, 32, 8),
    # (not the first month of a span by a dash, "in January-March": the span's row reads it)
    (re.compile(rf"(?:\b{_MODS_FIRST}(?P<mod>{_MONTH_MODS})(?:\s+|(?<=-))|){_MON_I}(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:])"
                rf"|\.?[-–]{_MONTH_NAME}\b)(?:{_YEAR_OR_REL})?",
                re.IGNORECASE), _month, _T_MONTH, 40, 30),
    (_MONTH_EVENT_YEAR, _month, _T_MONTH_EVENT, 2, 64),
    (_TO_MONTH, _month_to, _T_MONTH, 40, 30),
    (_YEAR_THEN_MONTH, _month, _T_YEAR_IN_MONTH, 32, 2),
    (re.compile(rf"{_WD_FIRST}(?:\b(?P<mod>(?i:on|last|next|this\s+past|this\s+coming|this|since|by|until|early|late|later|earlier))\s+"
                rf"|\b(?P<ndays>(?i:{_NUM}))\s+(?i:days)\s+(?i:through|until|till|ending(?:\s+on)?)\s+|){_WD}"
                r"(?:\s+(?:morning|afternoon|evening|night))?"
                rf"(?:\s+(?:and|or|to|through)\s+(?P<wd2>{_WEEKDAY_ALT})\b)?"
                r"(?:\s+(?:of\s+)?(?P<wk>(?i:last|next|this))\s+(?i:week)\b(?!['’]))?"), _weekday, _T_WEEKDAY, 25, 40),
    (re.compile(r"\b(?=[celmnpt])(?:(?P<pre>early|late|earlier|later)\s+|(?P<mid>mid)(?:-|\s+)?|)(?P<which>last|this\s+past|this\s+coming|this|next|past|the\s+past|the\s+coming|coming"
                r"|the\s+current)"
                r"\s+(?P<unit>week|weekend|month|year|decade)\b", re.IGNORECASE), _relative, _T_RELATIVE, 30, 4),
    (_WEEKEND_OF_DAY, _weekend_of_day, _T_WEEKEND, 16, 48),
    # (not "the weekend of Nov. 6", a weekday's: no weekend told from publication; dates55)
    (re.compile(r"\b(?:(?:at|over|during|on|for)\s+)?the\s+weekend\b"
                rf"(?![ \t]{{1,3}}(?i:of)[ \t]{{1,3}}(?-i:{_FULL_MONTHS}|{_ABBR_MONTHS})\b)", re.IGNORECASE), _weekend,
     _T_WEEKEND, 16, 2),
    # "Trump Demands More Over Weekend": a headline's "over weekend" with no article, not before a noun (dother52)
    (re.compile(r"\b(?i:over|during)[ \t]{1,3}(?i:weekend)\b(?![ \t]{1,3}[A-Za-z])"), _weekend, _T_ANY_WEEKEND, 8, 2),
    (_A_WEEKEND_NOUN, _weekend, _T_WEEKEND, 4, 20),
    (_WEEKEND_BESIDE, _weekend_beside, _T_WEEKEND, 32, 2),
    (_WEEKEND_BEFORE_AFTER, _weekend_before_after, _T_WEEKEND, 32, 24),
    # ("by end of year", "the end of year deadline": no article before the unit, the current one; not "year two")
    (re.compile(rf"\b(?=[bcemst])(?:the\s+|)(?P<pos>end|beginning|start|middle|close|turn)\s+of\s+(?:(?:(?:the|(?P<which>this|last|next))"
                rf"\s+)?(?P<unit>year|month|week|decade)\b(?!-|\s*+(?:\d|{_UNIT_NO}\b))|(?P<year>{_YEAR})\b"
                r"|(?P<anch>that|the\s+(?:same|following|next|previous|preceding))\s+(?P<aunit>year|month|week)\b)",
                re.IGNORECASE), _end_of, _T_END_OF, 8, 40),
    (_HALF_OF_MONTH, _half_of_month, _T_HALF_OF, 16, 24),  # "the first half of next month" (dates52)
    (_MONTH_BESIDE, _month_beside, _T_MONTH_BESIDE, 24, 4), (_MONTH_BESIDE_COUNT, _month_beside, _T_MONTH, 24, 12),
    (_MONTHS_TO, _months_to, _T_MONTHS_TO, 48, 8), (_THAT_WEEKDAY, _that_weekday, _T_THAT_WEEKDAY, 16, 2),
    (_WEEKDAY_BESIDE, _weekday_beside, _T_WEEKDAY_BESIDE, 20, 20),
    (_SEASON_BESIDE, _season_beside, _T_SEASON_BESIDE, 20, 4),
    (re.compile(r"\b(?:the\s+)?(?:(?P<unit>year|month|week(?=['’]s[ \t]))(?:'s|’s)?[\s-]end"
                r"|end-of-(?:the-)?(?P<unit2>year|month))\b",
                re.IGNORECASE), _year_end,
     _T_YEAR_END, 16, 12),
    (_HOLIDAY_AFTER, _holiday, _T_HOLIDAY, 36, 24),
    (_HOLIDAY_BARE, _holiday, _T_HOLIDAY, 16, 40),  # 16: "marking the 69th Memorial Day" (dates52)
    (_HOLIDAY_OFF, _holiday, _T_HOLIDAY, 4, 40),  # "will get Thanksgiving off" (fix51d3)
    (_HOLIDAY_OF_YEAR, _holiday_of_year, _T_HOLIDAY, 24, 40),  # "last year's Chuseok" (dates52)
    (_DAY_BY_HOLIDAY, _day_by_holiday, _T_HOLIDAY, 32, 40),
    (_COUNT_BY_HOLIDAY, _count_by_holiday, _T_HOLIDAY, 32, 40),
    (re.compile(r"\b(?i:by|until|till|at|around|before|after|from|since|in)\s+(?i:mid)-?(?P<unit>(?i:month|year))\b"),
     _mid_unit, _T_MID_UNIT, 12, 5),
    (re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
                re.IGNORECASE), _deictic, _T_DEICTIC, 8, 4),
    (_IN_COUNT, _in_count, _T_IN_COUNT_HALF, 48, 2),
    (_IN_COUNT, _in_count, _T_FORTNIGHT, 48, 2),  # "within a fortnight": its unit is no word of _T_DAY_UNIT
    (_NEW_YEAR, _new_year, _T_NEW_YEAR, 24, 4),
    (_OVERNIGHT, _overnight, _T_OVERNIGHT, 4, 4),
    (re.compile(rf"\b(?:(?P<halfof>half)\s+)?(?<![\d.,-])(?P<n>a[ \t]{{1,3}}couple[ \t]{{1,3}}of|{_NUM})"
                r"(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
                r"(?P<half2>\s+and\s+a\s+half)?\s+ago\b"
                r"(?:(?:(?<=years\sago)|(?<=year\sago)|(?<=decades\sago)|(?<=decade\sago))"  # "... this month"
                r"[ \t]{1,3}(?P<this>this[ \t]{1,3}(?:month|week)|today)\b)?", re.IGNORECASE),
     _ago, _T_AGO, 40, 16),
    (re.compile(rf"\b(?<![\d.,])(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+from\s+"
                r"(?:now|today|(?P<tomorrow>tomorrow))\b",
                re.IGNORECASE), _from_now, _T_FROM_NOW, 30, 16),
    (_FROM_DAY_WORD_TO, _from_day_word_to, _T_FROM_DAY_WORD, 2, 40),  # "from today until Saturday" (hist58d)
    (re.compile(rf"{_COUNT_BEFORE_AFTER}\s+(?:(?i:the)\s+|{_CAP}(?:'s|’s)\s+)(?:{_CAP}\s+){{0,2}}"
                rf"(?P<noun>{_EVENT_NOUN_ALT})\b"), _counted_event, _T_COUNTED_NOUN, 160, 2),
    (_COUNT_FROM_EXPIRY, _from_expiry, _T_EXPIRY, 120, 72),
    (_COUNT_FROM_LAUNCH, _counted_event, _T_ADMIN, 200, 2),
    # "46 days after Trump's successor Joe Biden took office": the inauguration of the president its words name
    (_COUNT_FROM_OFFICE, _counted_event, _T_COUNTED, 12, 160),
    (re.compile(rf"\b(?P<dir>(?i:before|after|until|till|following|ahead\s+of|by))\s+(?:(?i:his|her)|{_CAP}(?:'s|’s))"
                r"\s+inauguration\b"), _at_inauguration, _T_EVENT_NOUN, 48, 2),
    (re.compile(rf"(?:\b(?i:on|in|during)\s+)?\b(?:(?i:his|her)|(?i:the)\s+president(?:'s|’s)|{_CAP}(?:'s|’s))"
                r"\s+first\s+(?P<unit>day|week|month|year)\s+in\s+office\b"), _in_office, _T_OFFICE, 48, 2),
    (_OFFICE_TAKEN, _office_taken, _T_OFFICE_TAKEN, 110, 60),
    # "After taking office, Trump ...": a participle of office after a word of time (not "as defense minister")
    (re.compile(rf"{_NO_VAGUE_COUNT}\b(?P<mod>(?i:after|before|upon)|On)\s+(?:taking|assuming|entering|returning\s+to"
                rf"|coming\s+into)\s+{_PLACE}\b(?![ \t]+as\b)"), _office_participle, _T_TAKING, 8, 40),
    (_SINCE_OFFICE, _since_office, _T_SINCE, 2, 72),
    (_COUNT_SINCE_TERM, _count_since_term, _T_SINCE, 40, 100),
    (_ELECTED, _elected, _T_ELECTED, 110, 30),
    (_OFFICE_LEFT, _office_left, _T_OFFICE_LEFT, 100, 40),
    (re.compile(rf"(?:\b(?i:during|in|over|throughout|under|after)\s+)?\b(?:(?i:his|her)|(?i:the)\s+president(?:'s|’s)|(?P<owner>(?:{_NAME_WORD}\s+){{0,2}}{_CAP})(?:'s|’s))\s+"
                rf"(?P<first>first\s+)?(?P<n>{_NUM})\s+(?P<unit>days|weeks|months|years)\s+in\s+office\b"),
     _years_in_office, _T_OFFICE, 80, 2),
    (_COUNTED, _counted, _T_COUNTED, 12, 28),
    (_COUNTED, _counted, _T_FORTNIGHT, 12, 16),  # "a fortnight later": its unit is no word of _T_DAY_UNIT
    (_COUNTED, _counted, _T_DECADE_WORD, 12, 28),  # "a decade earlier" (dfix50)
    (_EVE_OF, _eve_of, _opening(r"eve[ \t]{1,3}of\b", "eve"), 16, 40),
    (_EVENT_DAY, _event_day, _opening(r"day[ \t]{1,3}of\b", "day"), 28, 64),
    (_EVENT_EDGE, _event_day, _T_END_OF, 24, 64),
    (_PART_ADJACENT, _part_adjacent, _T_DAY_UNIT, 36, 2),
    (_HOURS_COUNTED, _hours_counted, _T_HOURS, 24, 16),
    # ("more than it did previous year": "previous" and "preceding" also without their article, in non-native English)
    (re.compile(r"\b(?=[diopwt])(?:(?P<pre>over|within|during|in)\s+|)(?:(?:the\s+|that\s+(?=same\s)|(?=(?:previous|preceding)\s+year\b(?!['’])))"
                r"(?P<which>next|following|subsequent|previous|preceding|prior"
                r"|same)|that|(?<=on\s)this(?=\s+day\b))\s+(?P<unit>day|week|month|year)\b(?P<dir>)", re.IGNORECASE),
     _adjacent, _T_ADJACENT, 36, 2),
    (re.compile(r"\b(?P<pre>)(?P<which>)(?:the|that)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier"
                r"|later|prior(?!\s+to\b))\b(?!\s+(?:last|next|tomorrow|yesterday)\b)", re.IGNORECASE),  # "year prior"
     _adjacent, _T_ADJ_DIR, 6, 30),
    (re.compile(r"\bthe\s+(?:(?P<day>day)\s+(?P<dd>before\s+yesterday|after\s+tomorrow)|(?P<unit>week|month|year)\s+"
                r"(?P<dir>before\s+last|after\s+next))\b", re.IGNORECASE), _two_off, _T_TWO_OFF, 6, 20),
    (_TWO_STEPS_AWAY, _second_adjacent, _T_TWO_STEPS, 16, 24),
    (_DAY_PART, _day_part, _T_DAY_PART, 40, 12),
    (_FRONTED_DAY_PART, _fronted_day_part, _T_FRONTED_DAY_PART, 8, 2),
    (_THAT_TIME, _that_time, _T_THAT_TIME, 20, 2),
    (re.compile(r"\b(?i:within)\s+(?i:the)\s+(?P<unit>(?i:week|month|year))\b(?!['’]|\s+(?i:of|before|after)\b"
                rf"|\s+(?i:to)\s+(?:{_MON}|{_WD}|\d|(?i:the|end|date)\b))"),  # "within the year to March": a span
     _within_the, _T_WITHIN_THE, 16, 24),
    # "would pay the wages throughout the year": publication's year, in a clause told of what is still to come
    (re.compile(r"\b(?i:throughout)\s+(?i:the)\s+(?P<unit>(?i:week|month|year))\b(?!['’]|-|\s+\d|\s+(?i:of|before|after|ahead"
                r"|to|that|when|in|which)\b)"), _throughout_the, _T_THROUGHOUT_THE, 20, 24),
    (re.compile(rf"\b(?:(?P<art>(?i:the|a|one))\s+|(?P<n>(?i:{_NUM}))\s+(?=(?i:days|weeks|months)\b))?(?P<unit>(?i:day|week|month))(?(n)s)\s+"
                r"(?P<dir>(?i:before|after|ahead\s+of))\s+"
                rf"(?:the\s+)?(?P<us>{_US}\s+)?(?:(?:presidential|midterm|general)\s+)?elections?\b"),
     _day_by_election, _T_ELECTION, 64, 2),
    # "before the election", "ahead of the U.S. elections", "After Presidential Election" (no count): the vote's day;
    # not one the next words name ("of a new speaker", "in South Korea") nor its campaign, results, commission
    (re.compile(rf"{_NO_VAGUE_COUNT}\b(?P<mod>(?i:before|after|ahead\s+of|since|following))\s+(?:(?i:the)\s+)?"
                rf"(?:(?P<rel>(?i:next|upcoming|coming|last|previous))\s+)?(?P<us>{_US}\s+)?"
                r"(?:(?P<kind>(?i:presidential|midterm|general))\s+)?(?i:elections?)\b"
                r"(?![ \t]+(?i:campaigns?|cycles?|seasons?|years?|races?|results?|commissions?|laws?|outcomes?|of|in"
                r"|to|as|for|on|at)\b)"),
     _at_election, _T_ELECTION_WORD, 48, 2),
    # "as election day approaches", "on Election Day": a bare election day near a US one (see _election_day)
    (re.compile(r"\b[Ee]lection[ \t]+[Dd]ay\b(?!['’])"), _election_day, _T_ELECTION_WORD, 2, 8),
    (_YEAR_ELECTION, _year_election, _T_ELECTION_WORD, 64, 2), (_SAME_DAY, _same_day, _T_SAME_DAY, 24, 2),
    (_ON_THE_DAY, _on_the_day, _T_ON_THE_DAY, 12, 24), (_REST_OF, _rest_of_unit, _T_REST_OF, 24, 2),
    (_AFTER_COUNT, _after_count, _T_AFTER_COUNT, 28, 2), (_NEAR_EVENT, _near_event, _T_NEAR_EVENT_NAMED, 64, 14),
    (_TOLD_PERIOD, _told_period, _T_TOLD_PERIOD, 32, 16), (_SEASON, _season, _T_SEASON, 30, 64),  # real52c: 64
    (_PART_OF_YEAR, _part_of_year, _T_PART, 24, 30),
    (re.compile(rf"\bthe\s+(?P<which>following|subsequent|next|coming|previous|preceding|past|last)\s+(?P<n>{_NUM})"
                r"\s+(?P<unit>years|months|weeks|days)\b", re.IGNORECASE), _n_periods, _T_N_PERIODS, 40, 2),
    # "the past two decades", "over the last three decades" (not "the last two decades of the war": its final ones)
    (re.compile(rf"\bthe\s+(?P<which>past|last|next|coming)\s+(?P<n>{_NUM})\s+(?P<unit>decades)\b(?![ \t]+of\b)",
                re.IGNORECASE), _n_periods, _T_DECADES, 40, 2),
    (re.compile(rf"\bthe\s+(?:next|following|coming)\s+(?P<n>{_NUM})\s+years\s+(?:starting|beginning|from)(?:\s+in)?\s+"
                rf"(?:(?P<y>{_YEAR})\b|(?P<rel>this|next|last)\s+year\b)", re.IGNORECASE),
     _years_starting, _T_N_PERIODS, 40, 40),
    (re.compile(rf"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?P<y>{_YEAR})\s+onwards?\b", re.IGNORECASE),
     _onwards, _T_ONWARD, 32, 2),
    (re.compile(rf"\b(?P<mod>for|over|the|an?)\s+(?P<n>{_NUM})(?:\s+years|-year\s+(?:period|term|span|deal|agreement|pact"
                rf"|plan))\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?P<y>{_YEAR})\b"
                r"(?!\s*(?:to|through|until|-|–)\s*\d)", re.IGNORECASE), _years_from, _T_YEARS_FROM, 56, 16),
    (_YEARS_STARTING, _years_from, _T_YEARS_STARTING, 48, 16),
    (_YEAR_SPAN, _year_span, _T_YEAR_SPAN, 30, 30),
    (_YEAR_TO_YEAR, _range, _T_YEAR, 16, 24),
    (re.compile(rf"{_BY_BOUND}(?:(?<![\w$.,/-])(?P<y>{_YEAR})-(?i:end)\b|\b(?i:end)-(?P<y2>{_YEAR})\b)"),
     _written_year_end, _T_YEAR_END_WORD, 16, 8),
    (re.compile(rf"{_BY_BOUND}(?:\b(?P<mon>{_FULL_MONTHS}|{_ABBR_MONTHS})-(?i:end)\b"
                rf"|\b(?i:end)-(?P<mon2>{_FULL_MONTHS}|{_ABBR_MONTHS})\b)(?:,?\s+(?P<year>{_YEAR})\b)?"),
     _month_end, _T_MONTH_END, 16, 16),
    (re.compile(rf"\bthe\s+(?:(?P<y>{_YEAR})\s+{_US}|{_US}\s+(?P<y2>{_YEAR}))\s+(?:(?:presidential|midterm|general"
                r"|congressional)\s+)?elections?\b(?!\s+(?:campaigns?|cycles?|seasons?|years?|races?)\b)"),
     _us_election, _T_US_ELECTION, 16, 48),  # not "the 2024 US election campaign": months, not its day
    (re.compile(rf"\b(?:(?i:fiscal)(?:\s+(?i:years?))?\s+|FY\s?)(?P<y>{_YEAR})(?:[-–](?P<y2>{_YEAR}))?\b"
                r"(?![\w%]|[-–/]\d)"), _fiscal, _T_YEAR, 16, 8),
    (re.compile(rf"\b(?i:the)\s+(?P<y>{_YEAR})\s+(?i:fiscal)\s+(?i:year)\b"), _fiscal, _T_YEAR, 4, 20),
    # a possessive in the place of "the" ("the Senate's 2022 fiscal year NDAA": mend54d); the span is the year's words
    (re.compile(rf"(?<=\w['’]s )(?P<y>{_YEAR})[ \t]{{1,3}}(?i:fiscal)[ \t]{{1,3}}(?i:year)\b"), _fiscal, _T_YEAR,
     4, 20),
    (_FISCAL_PART, _fiscal_part, _T_YEAR, 40, 20),  # "the first quarter of fiscal year 2026" (dates52)
    # "the 2019-2021 fiscal years", "fiscal years 2019 through 2021": one range, as "fiscal years 2019-2021" (dfix51)
    (re.compile(rf"\b(?i:the)\s+(?P<y>{_YEAR})[-–](?P<y2>{_YEAR})\s+(?i:fiscal)\s+(?i:years)\b"), _fiscal, _T_YEAR, 4,
     24),
    (re.compile(rf"\b(?i:fiscal)\s+(?i:years)\s+(?P<y>{_YEAR})\s+(?i:to|through)\s+(?P<y2>{_YEAR})\b(?![\w%]|[-–/]\d)"),
     _fiscal, _T_YEAR, 16, 16),
    # "between fiscal 2019 and fiscal 2021", "from fiscal year 2020 to fiscal year 2022": one range (README, dfix43)
    (re.compile(rf"\b(?i:between|from)\s+(?i:fiscal)(?:\s+(?i:years?))?\s+(?P<y>{_YEAR})\s+(?i:and|to|through)\s+"
                rf"(?i:fiscal)(?:\s+(?i:years?))?\s+(?P<y2>{_YEAR})\b"), _fiscal, _T_YEAR, 28, 28),
    (re.compile(r"\b(?:(?i:the)\s+(?P<rel>(?i:upcoming|next|coming|current|present|previous|last|past|prior))"
                r"|(?P<rel2>(?i:this|last|next)))\s+(?i:fiscal)\s+(?i:year)\b(?![\w'’-]|\s+(?i:ending|starting|beginning"
                r"|ended|started|began|to|through|from)\b)"), _fiscal_told, _T_FISCAL, 24, 12),
    (re.compile(r"\b(?i:by|before|until|till|through)\s+the\s+end\s+of\s+(?:the|this|the\s+current)\s+(?i:fiscal)\s+"
                r"year\b(?![\w'’-])"), _fiscal_end, _T_FISCAL, 40, 12),
    (_YEAR_ALONE, _year, _T_YEAR, 16, 40),
    (re.compile(r"(?:\bthe\s+)?(?:\b(?P<mod>(?i:early|mid|late))(?:\s+|-))?(?<![\w$])(?P<d>1[89]\d0|20\d0)s\b"),
     _decade, _T_DECADE, 20, 2),
    # "the 1960's", "the 1980’s": a decade with an apostrophe, after "the" only ("1980's Olympics" is the year's)
    (re.compile(r"\bthe\s+(?:(?P<mod>(?i:early|mid|late))(?:\s+|-))?(?<![\w$])(?P<d>1[89]\d0|20\d0)['’]s\b"),
     _decade, _T_DECADE_APOSTROPHE, 20, 2),
    (_MONTH_YEARS_DASH, _month_years_dash, _T_MONTH, 2, 40),  # "October 2025 – September 2026" (real52d)
    (_MONTH_DASH_SPAN, _month_span, _T_MONTH_DASH, 20, 40), (_QUARTER_CODE, _quarter_code, _T_YEAR, 8, 4),
    (_BARE_QUARTER_CODE, _bare_quarter_code, _T_QUARTER_CODE, 8, 8),  # "in Q1" (xd59)
    (_HALF_CODE, _half_code, _T_YEAR, 8, 4),  # "H1 2023", "1Q 2023" (fix50g)
    (_YEARS_LASTING, _years_lasting, _T_YEARS_FROM, 32, 8), (_DAYS_LASTING, _days_lasting, _T_MONTH_DAY, 40, 24),
    (_DAYS_LASTING_DOM, _days_lasting_dom, _T_DAY_ORDINAL, 40, 8),  # "for two days from the 14th" (dates52)
    (_DAYS_LASTING_WD, _days_lasting_wd, _T_WEEKDAY, 40, 2),  # "for two days from Tuesday" (real52d)
    (_WEEK_OF_DAY, _week_of_day, _T_MONTH_DAY, 40, 24), (_YEARS_THROUGH, _years_from, _T_YEARS_TO, 56, 4),
    # "before Inauguration Day", "on Election Day"; "at the end of the summer" (dates53)
    (_US_DAY, _us_day, _T_US_DAY, 24, 24), (_SEASON_EDGE, _season_edge, _T_SEASON, 40, 24),
    (_QUARTER_HALF_END, _quarter_half_end, _T_PART, 56, 24),  # "by the end of the first quarter" (fix51d)
    (_CALENDAR_QUARTER, _calendar_quarter, _T_PART, 48, 12),  # "last quarter", "by the end of the quarter" (fix51d3)
    # "during his single term"; "under the liberal Moon government" (dates53)
    (_TERM_WORDED, _term, _T_TERM_WORDED, 80, 40), (_ADMIN_MORE, _term, _T_ADMIN, 120, 2),
    # "during the Trump administration's first term"; "since the end of World War II" (dates53)
    (_ADMIN_ORD_TERM, _term, _T_TERM, 120, 2), (_WAR_END, _war_end, _T_WAR, 48, 4),
    # "in the election year" (dates53)
    (_ELECTION_YEAR, _election_year, _T_ELECTION_YEAR, 8, 8),
]  # fmt: skip


def _trigger_literals(t: Trigger) -> tuple[str, ...]:
    """Return the literals of the anchors of ``t`` and of the triggers it is made of (a narrowing's base, the parts of
    an either): ``t`` has a hit only where one of them is.

    >>> _trigger_literals(_T_YEARS_TO), _trigger_literals(_T_ON_THE)
    (('1', '2'), ('n the ',))
    """
    found = [lit for lit, _ in t.anchors]
    if isinstance(t, _Narrowed) and t.base is not None:
        found += _trigger_literals(t.base)
    for part in t.parts if isinstance(t, _Either) else ():
        found += _trigger_literals(part)
    return tuple(dict.fromkeys(found))


# A row's need (``scan``'s ``need``): a part every match of the row's pattern holds (or a looser form of it), searched
# for in a window of trigger hits before the pattern is, for rows whose trigger words are common and whose matches are
# rare: most windows hold none, and the pattern, led by ``\b``, is tried at each place of the window. Each need starts
# with a character or set in exact case (``re`` skips to it, where an IGNORECASE start is tried at every place): the
# letters as IGNORECASE folds them ("s" also "ſ"; these others only themselves in either case), the rest IGNORECASE
# where the pattern is. A window without a need's match holds no match of its row.
_NEEDS = {
    _DAY_SPAN: re.compile(r"\d(?:st|nd|rd|th)?(?:\s*[-–~～]|\s+(?i:to|through|until|till|and)\s)"),
    _WEEK_OF_MONTH: re.compile(r"[wWdD](?i:eek|ay)\s+(?i:of)\s"),
    _EDGE_MONTHS: re.compile(r"[mM](?i:onths)\s+(?i:of)\s"),
    _DAYS_OF_MONTH: re.compile(r"\d(?:st|nd|rd|th)\s*(?:[-–~～]|\s(?:and|to|through|until|till)\s)"),
    _DAY_OF_NAMED_MONTH: re.compile(r"\d(?i:st|nd|rd|th)\s"),
    _COUNT_FROM_LAUNCH: re.compile(r"the\s+(?i:launch|start|beginning|inauguration|birth)\s+of\s+the\s"),
    _COUNT_FROM_OFFICE: re.compile(r"(?:took|assumed)[ \t]{1,3}office"),
    _COUNT_SINCE_TERM: re.compile(r"[sSſ](?i:ince)[ \t]{1,3}(?i:the)[ \t]{1,3}"
                                  r"(?i:launch|start|beginning|outset|inauguration)[ \t]{1,3}of[ \t]"),
    _REST_OF: re.compile(r"[rR](?i:est)[ \t]{1,3}(?i:of)[ \t]"),
    _PART_ADJACENT: re.compile(r"[tT](?i:he)[ \t]{1,3}(?i:next|following|subsequent|previous|preceding)[ \t]"),
    _TOLD_PERIOD: re.compile(r"-(?i:year|month)\s+(?i:period|span|stretch)"),
    _TO_MONTH: re.compile(r"[tT](?i:o)\s+(?i:[JFMASOND][ACEOPU])"),
    _UNDER_PRESIDENT: re.compile(r"[uU](?i:nder)[ \t]{1,3}(?:(?i:former|then)[ \t-]{1,3})?"
                                 r"(?:(?:South[ \t]{1,3}Korean|U\.S\.|US|American)[ \t]{1,3})?President"),
    _ERA_TERM: re.compile(r"[tT](?i:he)[ \t]{1,3}[A-Z]"),
    _PART_OF_YEAR: re.compile(r"[fFsStTlLſ](?i:irst|econd|hird|ourth|ast|atter|inal)\s+(?i:half|quarter)"),
    _AFTER_COUNT: re.compile(r"[aA](?i:fter)[ \t]"),
    _OFFICE_TAKEN: re.compile(r"[sSſaAbBuUtTfFwW](?i:ince|fter|efore|ntil|ill|ollowing|head|hen)\s"),
    _ADMIN_TERM: re.compile(r"[dDuUtTeElL](?i:uring|nder|hroughout|arly|ate|arlier|ater)[ \t]"),
    _SINCE_OFFICE: re.compile(r"[sSſ](?i:ince)\s"),
    _SAME_DAY: re.compile(r"[eElL](?i:arlier|ater|arly|ate)\s"),
    _NEAR_EVENT: re.compile(r"[bBaAsSdDfFuUtT](?i:efore|fter|head[ \t]{1,3}of|ince|uring|ollowing|ntil|ill|t)[ \t]{1,3}"
                            r"(?i:the)[ \t]"),
    _YEAR_SPAN: re.compile(r"[tTuU](?i:o|hrough|ntil)\s+(?i:this\s+year|next\s+year|1[89]\d\d|20\d\d)"),
}
_ROW_NEEDS = [_NEEDS[rx].search if rx in _NEEDS else None for rx, _, _, _, _ in _PATTERNS]  # in the order of the rows
# the literals of each row's trigger: a stretch that holds none of them (a title, a byline) is not scanned for the row
_LITERALS_OF = {t: _trigger_literals(t) for _, _, t, _, _ in _PATTERNS}
_ROW_LITERALS = [frozenset(_LITERALS_OF[t]) for _, _, t, _, _ in _PATTERNS]  # in the order of the rows
_ALL_LITERALS = tuple(dict.fromkeys(lit for _, _, t, _, _ in _PATTERNS for lit in _LITERALS_OF[t]))  # found at once
TRIGGER_LITERALS = frozenset(_ALL_LITERALS)  # for the annotator's one shared pass (speed58, ``scan.share_places``)
# the rows (indices into _PATTERNS) whose trigger has each literal: the rows a stretch is scanned for are those of the
# literals it holds (a short stretch holds few), not a test of every row
_ROWS_OF = {lit: tuple(i for i, lits in enumerate(_ROW_LITERALS) if lit in lits) for lit in _ALL_LITERALS}
_ROWS = list(zip(_PATTERNS, _ROW_NEEDS, strict=True))
_TENSED = frozenset({_full, _day_span, _month, _month_to, _weekday, _weekend, _season, _day_of_month, _days_of_month,
                     _days_lasting_dom,  # dates52
                     _days_lasting_wd,  # real52d
                     _in_count, _month_vote, _month_end, _month_span, _week_of_month, _day_by_election, _part_of_year,
                     _week_of_day, _holiday, _day_by_holiday, _count_by_holiday, _bare_quarter_code})
_ENDS_OF = frozenset({_end_of, _year_end})  # read back when told in the past (`_end_told_past`)
_UNTENSED_MODS = frozenset({"last", "next", "this", "this past", "this coming", "since", "any", "a", "an",
                            "later", "earlier"})
# "Black Friday" (a name), "every Wednesday", "each Monday" (a habit, no one day: dfix44)
_NOT_A_DAY = re.compile(r"(?:Black|Good|Ash|Super|Cyber|Holy|Maundy|Easter|Palm|\b[Ee]very|\b[Ee]ach)\s+\Z")
# Forms that count from the time of writing (or speaking): a quotation of earlier words changes them.
_DEICTIC_FORMS = frozenset({"weekday", "month", "relative"})
_REPORTING = frozenset({"said", "told", "asked", "promised", "warned"})  # "I said next year ..."


def find_dates(text: str, published: dt.date, start: int = 0, end: int | None = None, *,
               headline: bool = False, lead: Sequence[Found] = (), cased: str | None = None,
               breaks: re.Pattern[str] = _PARA_BREAK) -> list[Found]:
    """Return ``(start, end, exact, value)`` for each date in ``text[start:end]`` (see the module's rules);
    ``headline``: the stretch is line 1 of the article format, its headline (whatever its case), whose present with a
    weekday reports news (:func:`_headline_present`); ``lead``: the dates of line 1, read before the body's, whose one
    written day of the news a body's "that day" with no day before it counts from (:func:`_lead_day`); ``cased``:
    :func:`cased_months` of ``text``, when a caller reading several stretches of one text computed it once;
    ``breaks``: what parts the paragraphs (a blank line; any line break in a body pasted one line a paragraph, as
    ``analysis.article`` parts it).

    >>> import datetime as dt
    >>> pub = dt.date(2019, 11, 16)
    >>> [(e, v["start"], v["end"], v["form"]) for _, _, e, v in find_dates(
    ...     "early in October, on Wednesday, from 2014 to 2018, the end of this year", pub)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('early in October', '2019-10-01', '2019-10-10', 'month'), ('on Wednesday', '2019-11-13', '2019-11-13', 'weekday'),
     ('from 2014 to 2018', '2014-01-01', '2018-12-31', 'range'),
     ('the end of this year', '2019-12-31', '2019-12-31', 'relative')]
    """
    end = len(text) if end is None else end
    printed, text = text, cased_months(text) if cased is None else cased  # "FEB. 28" read as "Feb. 28", exact kept
    whole = literal_places(text, start, end, _ALL_LITERALS)  # the literals' places, cut for each story day's stretch
    hits = _candidates(text, published, start, end, headline=headline, kept=whole)
    by_line = breaks is not _PARA_BREAK
    lines = _datelines(text, hits, start, end, by_line)  # the dated datelines, by the paragraph each opens
    days = _story_days(lines, start, published)  # where the day relative dates count from changes, and to what
    if days != [_StoryDay(start, published)]:  # read again, each stretch from its own day
        hits = _by_story_day(text, days, end, published, headline, whole[0])
    out: list[Found] = []
    last: _Told | None = None  # the last date told outside quotes in the paragraph before
    day = _lead_day(text, lead, published)  # the last single day told outside quotes in the paragraphs before
    again = [day] if day else []  # line 1's news day, then the counts of days told outside quotes ("that day")
    k = 0  # days[k]: the story's day of the paragraph read
    for ps, pe, whole in _by_paragraph(text, hits, start, end, breaks):
        while k + 1 < len(days) and days[k + 1].at <= ps:
            k += 1
        now = days[k].day
        before = last if last is not None and _quotes_between(text, last.para_end, ps, breaks) else None
        lead = whole[:1] if _wire_dateline(lines, whole[0], ps) else []
        group = whole[len(lead):]  # a dateline's date is no date a later one counts from
        lead_values = _resolve_paragraph(text, lead, now, ps, pe) if lead else []
        quotes = _quotations(text, group, ps, pe)  # read once: by the values and by the dates told below
        values = _resolve_paragraph(text, group, now, ps, pe, before, day, published, again, quotes)
        if now < published:
            _earlier_to_story_day(group, values, now, published)
        _periods_told(group, values, out)
        _weekday_owners_told(text, group, values, out, now)
        _holidays_beside(text, group, values)
        _beside_and_told50(text, group, values)
        for h, value in zip(whole, [*lead_values, *values], strict=True):
            out.append(Found(h.start, h.end, printed[h.start : h.end], value))
        if not group:
            continue
        inside = _quote_of_each(group, quotes)  # (_quotes_of_each)
        last, told_day = _last_told(text, group, values, ps, pe, inside)
        day = told_day or day
        again += _day_counts_told(text, group, values, inside, pe)
        del again[1 if again and again[0].line_one else 0 : -_AGAIN]  # line 1's day and the last read: bounded
    return _year_end_told(text, _timeline_in_order(text, _day_words_named(text, _unmerged50(out)), published))


def _by_story_day(text: str, days: list[_StoryDay], end: int, published: dt.date, headline: bool,
                  whole: dict[Any, Any]) -> list[_Hit]:
    """Return the date expressions of each stretch of ``days`` (to ``end``), each read against its own day
    (:func:`_candidates`); ``whole``: the literals' places of a stretch holding them all (``literal_places`` of
    ``_ALL_LITERALS``), cut for each stretch, not searched again.

    >>> t = "Han left on Monday.\\n\\nVORNA, Nov. 20 (AP) -- Kim left on Monday."
    >>> pub, whole = dt.date(2019, 11, 22), literal_places(t, 0, len(t), _ALL_LITERALS)[0]
    >>> days = [_StoryDay(0, pub), _StoryDay(t.index("VORNA"), dt.date(2019, 11, 20))]
    >>> [(h.match.group(), h.value.lo.isoformat()) for h in _by_story_day(t, days, len(t), pub, False, whole)]
    [('on Monday', '2019-11-18'), ('Nov. 20', '2019-11-20'), ('on Monday', '2019-11-18')]
    """
    return [h for s, nxt in pairwise([*days, _StoryDay(end, published)])
            for h in _candidates(text, s.day, s.at, nxt.at, published, line=s.line, headline=headline,
                                 kept=literal_places(text, s.at, nxt.at, _ALL_LITERALS, whole))]


# "the end of the year" with no "this"/"next"/"last" (the words :func:`_year_end_told` rereads)
_BARE_YEAR_END = re.compile(r"(?i:\bend[ \t]+of[ \t]+the[ \t]+year)\Z")
# a sentence's end between two dates: a stop, then a capital or a quote mark; or a line break
_SENTENCE_GAP = re.compile(r"[.!?][\"”’']?\s+[\"“A-Z]|\n")


def _year_end_told(text: str, out: list[Found]) -> list[Found]:
    """Return ``out`` with "the end of the year" (no "this", "next", "last": read from publication) set in the year
    told before it in its sentence: the nearest date there that is a year or a month of one ("In 2021, Seoul agreed
    to cover their pay through the end of the year", "The deal, signed last April, keeps the rate through the end of
    the year"), when its clause is not told ahead (a "will" keeps publication's year: "Seoul, which paid in 2021,
    will pay more by the end of the year"). A plan's end is that of the year the sentence is about (dfix42).

    >>> t = "In 2021, Seoul agreed to cover their pay through the end of the year."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2025, 2, 10))]
    ['2021-01-01', '2021-12-31']
    >>> t = "In 2021, Seoul paid more, and it will pay less by the end of the year."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2025, 2, 10))]
    ['2021-01-01', '2025-12-31']
    """
    for k, f in enumerate(out):
        if f.value.get("form") != "relative" or not f.value.get("start") or not _BARE_YEAR_END.search(f.exact):
            continue
        told = next((out[j] for j in range(k - 1, -1, -1) if out[j].end <= f.start), None)  # no copy of out[:k]
        if told is None or _SENTENCE_GAP.search(text, told.end, f.start) or not _year_or_month(told.value):
            continue
        year = told.value["start"][:4]
        if year != f.value["start"][:4] and clause_tense(text, f.start, f.end) != "future":
            out[k] = f._replace(value={**f.value, "start": f"{year}-12-31", "end": f"{year}-12-31"})
    return out


def _year_or_month(value: dict[str, Any]) -> bool:
    """Return whether a date value is a year or a month of one (form "absolute" or "month", at least 28 days, within
    one calendar year): a time a sentence can be about, whose year "the end of the year" after it means.

    >>> _year_or_month({"form": "month", "start": "2024-04-01", "end": "2024-04-30"})
    True
    >>> _year_or_month({"form": "month", "start": "2024-04-03", "end": "2024-04-03"})
    False
    """
    lo, hi = value.get("start"), value.get("end")
    if value.get("form") not in {"absolute", "month"} or not lo or not hi or lo[:4] != hi[:4]:
        return False
    return (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days >= 27


# a timeline's entry: a date opening its line, then a dash or a colon ("Jan. 1 -- The deal lapses.")
_ENTRY_MARK = re.compile(r"[ \t]{0,3}(?:--|—|–|:)[ \t]")


def _timeline_in_order(text: str, out: list[Found], pub: dt.date) -> list[Found]:
    """Return ``out`` with the days of a timeline read in its order: of two or more lines each opening with a day and a
    dash or colon (``_ENTRY_MARK``), each day with no year written (form "month") is the latest on or before the
    next entry's day; the last, told in the present (no word of a plan on its line, ``_ENTRY_AHEAD``), is the nearest
    such day to publication ``pub``, as a day in a clause with no tense is. A timeline's present ("Jan. 1 -- The deal
    lapses.", "Sept. 19 -- Moon visits Pyongyang") tells no time; its order does (dfix41). A list told newest first
    (:func:`_newest_first`) looks back: :func:`_timeline_back` reads it (dfix42).

    >>> t = "Jan. 1 -- The deal lapses.\\n\\nMarch 31 -- Envoys meet.\\n\\nNov. 7 -- Biden visits Seoul."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2020, 12, 31))]
    [('Jan. 1', '2020-01-01'), ('March 31', '2020-03-31'), ('Nov. 7', '2020-11-07')]
    """
    entries = [k for k, f in enumerate(out) if (f.start == 0 or text[f.start - 1] == "\n")
               and _ENTRY_MARK.match(text, f.end) and f.value.get("start") and f.value["start"] == f.value["end"]]
    if len(entries) < 2:
        return out  # most texts: no timeline
    if _newest_first([out[k].value for k in entries]):
        return _timeline_back(out, entries, pub)
    last = out[entries[-1]]
    line_end = text.find("\n", last.end) % (len(text) + 1)
    if last.value.get("form") == "month" and not _ENTRY_AHEAD.search(text, last.end, line_end):
        day = dt.date.fromisoformat(last.value["start"])
        near = min((d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _on_year(day, y))),
                   key=lambda d: abs((d - pub).days), default=day)
        out[entries[-1]] = last._replace(value={**last.value, "start": near.isoformat(), "end": near.isoformat()})
    for k, nxt in reversed(list(pairwise(entries))):
        f, later = out[k], dt.date.fromisoformat(out[nxt].value["start"])
        day = dt.date.fromisoformat(f.value["start"])
        if f.value.get("form") != "month" or day <= later:
            continue
        day = _on_year(day, later.year if (day.month, day.day) <= (later.month, later.day) else later.year - 1)
        if day is not None:  # (not Feb. 29 in a year with none)
            out[k] = f._replace(value={**f.value, "start": day.isoformat(), "end": day.isoformat()})
    return out


def _newest_first(values: list[dict[str, Any]]) -> bool:
    """Return whether a timeline's entries (their date values, in the order told) run newest first: all of them
    weekdays or days of a month with no year (a year written is no order to read), and going back entry by entry
    covers less time than going forward (each step counted round the week, or round the year), as a list looking back
    ("Monday: ... Sunday: ... Saturday: ...", "Nov. 20 -- ... Nov. 12 -- ... Oct. 30 -- ...") does (dfix42).

    >>> v = [{"form": "month", "start": d} for d in ("2019-11-20", "2019-11-12", "2019-10-30")]
    >>> _newest_first(v), _newest_first(v[::-1])
    (True, False)
    >>> _newest_first([{"form": "weekday", "start": d} for d in ("2022-11-28", "2022-11-27")])
    True
    >>> _newest_first([{"form": "month", "start": "2019-12-31"}, {"form": "month", "start": "2020-01-15"}])
    False
    """
    forms = {v.get("form") for v in values}
    if len(forms) != 1 or not forms <= {"month", "weekday"}:
        return False
    period = 7 if forms == {"weekday"} else 366
    days = [dt.date.fromisoformat(v["start"]) for v in values]
    keys = [d.weekday() if period == 7 else d.timetuple().tm_yday for d in days]
    ahead = sum((b - a) % period for a, b in pairwise(keys))
    back = sum((a - b) % period for a, b in pairwise(keys))
    return back < ahead


def _timeline_back(out: list[Found], entries: list[int], pub: dt.date) -> list[Found]:
    """Return ``out`` with a newest-first timeline's days read back (:func:`_newest_first`): the first entry the latest
    such day on or before publication ``pub``, each next the latest before the one above it (a weekday: strictly
    before; a month's day: on or before). A list told newest first looks back, whatever its verbs' present (dfix42).

    >>> f = [Found(0, 6, "Monday", {"form": "weekday", "start": "2022-12-05", "end": "2022-12-05"}),
    ...      Found(9, 15, "Sunday", {"form": "weekday", "start": "2022-12-04", "end": "2022-12-04"})]
    >>> [x.value["start"] for x in _timeline_back(f, [0, 1], dt.date(2022, 11, 29))]
    ['2022-11-28', '2022-11-27']
    """
    above = pub + dt.timedelta(days=1)  # the first entry may be publication's own day
    for k in entries:
        f = out[k]
        day = dt.date.fromisoformat(f.value["start"])
        if f.value["form"] == "weekday":
            day = above - dt.timedelta(days=(above.weekday() - day.weekday() - 1) % 7 + 1)
        else:
            on = _on_year(day, above.year)
            day = on if on is not None and on < above else _on_year(day, above.year - 1) or day
        out[k] = f._replace(value={**f.value, "start": day.isoformat(), "end": day.isoformat()})
        above = day + dt.timedelta(days=1) if f.value["form"] == "month" else day
    return out


# a word of a plan on a timeline's line: its present then tells the future ("Jan. 15 -- Talks will resume")
_ENTRY_AHEAD = re.compile(r"\b(?:will|shall|set[ \t]to|due[ \t]to|scheduled|expected|plans?[ \t]to|is[ \t]to"
                          r"|are[ \t]to)\b|['’]ll\b")


def _on_year(day: dt.date, y: int) -> dt.date | None:
    """Return ``day``'s month and day in year ``y``, None when there is none (Feb. 29).

    >>> _on_year(dt.date(2020, 3, 8), 2019), _on_year(dt.date(2020, 2, 29), 2019)
    (datetime.date(2019, 3, 8), None)
    """
    try:
        return day.replace(year=y)
    except ValueError:
        return None


# a month name in capitals right before a day number ("FEB. 28, 2019", "MARCH 5"): transcripts and wire captions; not
# a number that counts ("MAY 4,000 TROOPS", "MAY 10 TIMES", "MAY 2.5 PERCENT") or after a word that numbers a part
# ("SECTION MAR 3") (review100 finding 7)
# The pattern opens with the month's first letter, a class the regex engine scans for in C (a pattern opening with
# \b or a lookbehind is tried at every position): the word boundary and the four part words are then looked behind
# that letter, and each month after it checks its own first letter (same matches, 4x less time over a long text).
_CAPS_MONTH = re.compile(r"[JFMASOND](?=[A-Z])(?<!\w.)(?<!SECTION .)(?<!ARTICLE .)(?<!CHAPTER .)(?<!CLAUSE .)"
                         r"(?:(?<=J)AN(?:UARY)?|(?<=F)EB(?:RUARY)?|(?<=M)AR(?:CH)?|(?<=A)PR(?:IL)?|(?<=M)AY|(?<=J)UNE?"
                         r"|(?<=J)ULY?|(?<=A)UG(?:UST)?|(?<=S)EP(?:T(?:EMBER)?)?|(?<=O)CT(?:OBER)?|(?<=N)OV(?:EMBER)?"
                         r"|(?<=D)EC(?:EMBER)?)(?=\.?[ \t]{1,3}\d{1,2}\b"
                         r"(?![.,]\d|[ \t]{0,3}(?:%|X\b|(?:TIMES|PERCENT|PER|TROOPS|SOLDIERS|PEOPLE|DAYS|WEEKS|MONTHS"
                         r"|YEARS|HOURS|MILLION|BILLION|TRILLION|DOLLARS|WON|TONS|UNITS|MILES)\b)))")


def cased_months(text: str) -> str:
    """Return ``text`` with each month name printed in capitals before a day number ("FEB. 28, 2019") in title case,
    as the month patterns read it, every offset kept (dat28b); a capital word with no day after it ("MAY BE") stays.

    >>> cased_months("KIM (FEB. 28, 2019): MAY BE; SEPTEMBER 3")
    'KIM (Feb. 28, 2019): MAY BE; September 3'
    >>> cased_months("U.S. MAY 4,000 TROOPS LEAVE? THE ALLIES MAY 10 TIMES RAISE IT")  # counts, no days
    'U.S. MAY 4,000 TROOPS LEAVE? THE ALLIES MAY 10 TIMES RAISE IT'
    >>> ranges("SPEECH OF KIM JONG-UN (FEB. 28, 2019)", dt.date(2020, 6, 22))
    [('FEB. 28, 2019', '2019-02-28', '2019-02-28')]
    """
    return _CAPS_MONTH.sub(lambda m: m.group().capitalize(), text)


def headline_days(head: list[Found], body: Iterable[Found], text: str = "") -> list[Found]:
    """Return the headline's dates ``head`` with each bare weekday the body names again read as the body reads it:
    the body's first single day on that weekday whose words name it ("US envoy visits Seoul Monday" over "will
    arrive in Seoul on Monday": the coming Monday). The body is the authority; the headline's present reads news
    (:func:`_headline_present`) only when the body does not name that weekday (README, lead decisions on date62's
    questions, lead, eighteenth session).

    >>> pub = dt.date(2019, 11, 15)
    >>> t = "Envoy visits Tamsk Monday\\nKim will arrive on Monday; he met Lee on Tuesday."
    >>> head, body = find_dates(t, pub, 0, 25, headline=True), find_dates(t, pub, 26)
    >>> [(x, v["start"]) for *_, x, v in head], [(x, v["start"]) for *_, x, v in headline_days(head, body)]
    ([('Monday', '2019-11-11')], [('Monday', '2019-11-18')])

    A holiday the body names again is read as the body reads it too ("Talks pause for Chuseok" over "will not meet
    during Chuseok": the coming one, dfix41).

    >>> t = "Talks pause for Chuseok\\nThey will not meet during Chuseok."
    >>> head, body = find_dates(t, dt.date(2024, 9, 15), 0, 23, headline=True), find_dates(t, dt.date(2024, 9, 15), 24)
    >>> [(x, v["start"]) for *_, x, v in head], [(x, v["start"]) for *_, x, v in headline_days(head, body)]
    ([('for Chuseok', '2023-09-28')], [('for Chuseok', '2024-09-16')])
    """
    named: dict[str, dict[str, Any]] = {}  # a weekday's name: the body's first single day on it, by its value
    asked = any(_WEEKDAY_NAMED.search(f.exact) or _HOLIDAY_NAMED.search(f.exact) for f in head)
    for f in body if asked else ():  # (no headline date names a weekday or a holiday: no body date is looked up)
        day, v = _WEEKDAY_NAMED.search(f.exact), f.value
        single = day is not None and v["start"] is not None and v["start"] == v["end"]
        if single and dt.date.fromisoformat(v["start"]).weekday() == WEEKDAYS.index(day.group()):
            named.setdefault(day.group(), v)
        if v["start"] is not None and (hol := _HOLIDAY_NAMED.search(f.exact)) is not None:
            named.setdefault(_holiday_key(hol), v)  # a holiday the body names: its reading (dfix41)
    body = list(body)
    out = []
    for f in head:
        if _EVENT_COUNT.fullmatch(f.exact) and (again := _event_count_again(text, f, body)) is not None:
            out.append(f._replace(value=again))  # "Seoul stays firm a day after negotiators walked out" (dfix41)
            continue
        day, hol = _WEEKDAY_NAMED.search(f.exact), _HOLIDAY_NAMED.search(f.exact)
        told = day and f.value.get("form") == "weekday" and not _said_on(text, f.start)  # "said Wednesday": its own
        v = named.get(day.group()) if told else None
        v = named.get(_holiday_key(hol)) if hol and f.value.get("form") == "relative" \
            and "day" not in f.exact[: hol.start()].lower() else v  # not "the Monday after Thanksgiving"
        out.append(f._replace(value={**f.value, "start": v["start"], "end": v["end"]}) if v else f)
    return out


def _said_on(text: str, at: int) -> bool:
    """Return whether the weekday at ``at`` follows a past speech verb (``_SAID_BEFORE``: "..., the ministries said
    Wednesday", "told reporters on Monday"): the day of the saying, told past, which a headline keeps whatever day of
    that name the body tells of (a headline that is its lede's sentence: "Kim will visit Seoul next week, the ministry
    said Wednesday" over the body's "are set to arrive on Wednesday"; dfix42).

    >>> t = "Kim will visit next week, the ministry said Wednesday"
    >>> _said_on(t, t.index("Wednesday")), _said_on("Kim visits Seoul Wednesday", 17)
    (True, False)
    """
    return bool(text) and _SAID_BEFORE.search(text, max(0, at - _SAID_BACK), at) is not None
_HOLIDAY_NAMED = re.compile(_HOLIDAY_NAME)  # a holiday's name in a date's words (its key: :func:`_holiday_key`)
# a count before or after an event, as a headline tells it ("a day after", "two days before")
_EVENT_COUNT = re.compile(rf"(?i:(?:a|one|{_NUM})[ \t]+(?:days?|weeks?)[ \t]+(?:after|before))")
_EVENT_WORD = re.compile(r"\b[a-z]{4,}\b")  # a word of the event after the count (lower case: no name, no "U.S.")
_EVENT_WORDS_REACH = 40  # characters after a count read for the words of its event


def _event_count_again(text: str, f: Found, body: list[Found]) -> dict[str, Any] | None:
    """Return the value of the body's first count told in the same words as the headline's ``f`` ("a day after")
    whose event shares a word with the headline's ("negotiators walked out" / "American negotiators walked out"):
    the body dates the event from the day it tells (the body is the authority, as for a weekday); else None.

    >>> t = "Seoul firm a day after envoys walked out\\nSeoul said Wednesday it is firm, a day after envoys walked out."
    >>> pub = dt.date(2019, 11, 20)
    >>> head, body = find_dates(t, pub, 0, 40, headline=True), find_dates(t, pub, 41)
    >>> [v["start"] for *_, v in head], [v["start"] for *_, v in headline_days(head, body, t)]
    (['2019-11-18'], ['2019-11-19'])
    """
    words = set(_EVENT_WORD.findall(text, f.end, f.end + _EVENT_WORDS_REACH))
    for b in body:
        if b.exact.lower() == f.exact.lower() and b.value.get("start") is not None \
                and words & set(_EVENT_WORD.findall(text, b.end, b.end + _EVENT_WORDS_REACH)):
            return b.value
    return None


# A day word whose day the text sets beside it (README, "The story's day in copy with no dated dateline"): "today
# (Tuesday)", "yesterday, Nov. 18,", "Tuesday (today)": the words between the two, and what closes the one after.
_DAY_WORDS_ALONE = frozenset({"today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon",
                              "this evening", "last night"})
_BESIDE_GAPS = {" (": ")", ", ": ",.;"}  # the opening between a day word and its day, and what may close the second


def _day_words_named(text: str, out: list[Found]) -> list[Found]:
    """Return ``out`` with each day word ("today", "yesterday", ...) whose day the text names right beside it
    ("today (Tuesday)", "yesterday, Nov. 18,", "Tuesday (today)") read as that day; a weekday of another clause
    ("today, and on Tuesday"), a possessive ("yesterday, Tuesday's talks") or a date that opens a clause of its own
    ("yesterday, Nov. 18 being the deadline") leaves it as read.

    >>> pub = dt.date(2019, 11, 20)
    >>> [(x, v["start"]) for *_, x, v in find_dates("They met today (Tuesday), and yesterday, Nov. 17.", pub)]
    [('today', '2019-11-19'), ('Tuesday', '2019-11-19'), ('yesterday', '2019-11-17'), ('Nov. 17', '2019-11-17')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("They met today, and on Tuesday Kim left.", pub)]
    [('today', '2019-11-20'), ('on Tuesday', '2019-11-19')]
    """
    for i, f in enumerate(out):
        if f.exact.lower() not in _DAY_WORDS_ALONE and not _anchored_day_word(f.exact):
            continue
        for other, first, second in ((out[i + 1:i + 2], f, None), (out[i - 1:i] if i else [], None, f)):
            named = other[0] if other else None
            if named is not None and _set_beside(text, first or named, second or named):
                kept = {k: v for k, v in f.value.items() if k != "unresolved"}  # "the day before (Nov. 13)": dates52
                out[i] = f._replace(value={**kept, "start": named.value["start"], "end": named.value["end"]})
    return out


# a day counted from a day told before ("the day before", "the previous day", "the next day"), which Korean copy often
# dates beside it: "the day before (Nov. 13)" names its day as "yesterday (the 14th)" does (dates52)
_ANCHORED_DAY_WORDS = frozenset({"the day before", "the previous day", "the following day", "the next day",
                                 "the same day", "that day", "a day earlier", "a day later", "the day after"})


def _anchored_day_word(exact: str) -> bool:
    """Return whether ``exact`` is a day counted from a day told before (:data:`_ANCHORED_DAY_WORDS`; "On the previous
    day" too), which a day set beside it names as it does a day word (:func:`_day_words_named`; dates52).

    >>> _anchored_day_word("On the previous day"), _anchored_day_word("the day before the vote")
    (True, False)
    """
    low = " ".join(exact.lower().split())
    return low.removeprefix("on ") in _ANCHORED_DAY_WORDS


LIST_AFTER = 40  # characters after a day set beside a day word read for a list of days ("today, and Tuesday")


def _set_beside(text: str, first: Found, second: Found) -> bool:
    """Return whether ``second`` is set right beside ``first`` as its apposition ("today (Tuesday)", "yesterday,
    Nov. 18,") and one of the two is a single day the other is not (a day word and a weekday or date); not items of
    a list ("on Monday, today, and tomorrow": "and"/"or" and a day's word after the second).

    >>> t = "met yesterday, Nov. 18, in Porvik; yesterday, Nov. 18 being"
    >>> one, day = Found(4, 13, "yesterday", {}), Found(15, 22, "Nov. 18", {"start": "x", "end": "x"})
    >>> _set_beside(t, one, day), _set_beside(t, Found(35, 44, "yesterday", {}), Found(46, 53, "Nov. 18", day.value))
    (True, False)
    >>> monday = Found(4, 10, "Monday", day.value)
    >>> [_set_beside(t, monday, Found(12, 17, "today", {})) for t in ("met Monday, today, and Tuesday", "met Monday, "
    ...  "today, and left")]
    [False, True]
    """
    gap, close = text[first.end : second.start], text[second.end : second.end + 1]
    closes = _BESIDE_GAPS.get(gap)
    if closes is None or not close or close not in closes:
        return False
    after = text[second.end + 1 : second.end + LIST_AFTER].split(None, 2)
    if len(after) > 1 and after[0] in ("and", "or") and _names_a_day(after[1]):
        return False  # a list of days
    named = second if first.exact.lower() in _DAY_WORDS_ALONE or _anchored_day_word(first.exact) else first
    counted = _anchored_day_word(first.exact) or _anchored_day_word(second.exact)
    if counted and not any(c.isdigit() for c in named.exact):
        return False  # a counted day takes a date beside it, never a weekday ("the next day, Wednesday,"; mend52d)
    return named.value.get("start") is not None and named.value.get("start") == named.value.get("end")


def _names_a_day(word: str) -> bool:
    """Return whether ``word`` opens a day's name: a weekday, a month, a day word ("today", "this", "last").

    >>> [_names_a_day(w) for w in ("Tuesday", "Nov.", "tomorrow", "left")]
    [True, True, True, False]
    """
    word = word.strip(".,;:").lower()
    return word.title() in WEEKDAYS or word in MONTHS or any(d.split()[0] == word for d in _DAY_WORDS_ALONE)


# A dated wire dateline opening a paragraph ("SEOUL, Nov. 20 (Yonhap) --", "Daeyang, May 9, 2023 (AP) -", "TOKYO,
# Aug 3 (AP) —", "SEOUL, Feb 10 (AP):"): a place of one to four words in capitals or Title case (and its country:
# "SEOUL, South Korea, Nov. 20 (UPI) --"), a comma, the month
# and the day, a year if written, an agency in brackets if named, then a dash or a colon. It is only ever tried with
# ``match`` at the opening of a paragraph (:func:`_datelines`), once each. Its first word is no preposition or day
# ("On Tuesday, Nov. 19 — a day before the deadline — ...": a date, no place).
_PLACE_WORD = r"(?:[A-Z][A-Z.'’-]{0,20}|[A-Z][a-z.'’-]{1,20})"
_NOT_A_PLACE = (
    rf"(?!(?:On|In|At|By|From|Since|Until|Till|Through|Before|After|Early|Late|Last|Next|This|{_WEEKDAY_ALT})\b)"
)
# probed36: two places of a joint dateline, "TOKYO/SEOUL, Aug. 7 (Reuters) -"
_DATELINE_PLACE_OPENING = (rf"\s{{0,4}}{_NOT_A_PLACE}{_PLACE_WORD}(?:[ \t/]{_PLACE_WORD}){{0,3}}"
                           rf"(?:,[ \t]{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?)?,[ \t]{{1,3}}")
# after the date: an agency in brackets, or its name bare ("TOKYO, Sept. 13 Kyodo -"), then a dash or a colon; or
# TASS's ". /TASS/." ("SEOUL, September 13. /TASS/.") (date48b)
_DATELINE_TAG = (r"(?:,?[ \t]{1,3}(?P<year>" + _YEAR + r")\b)?[ \t]{0,3}"
                 r"(?:(?:\([A-Za-z][^()\n]{0,30}\)[ \t]{0,3}|[A-Z][A-Za-z]{1,15}[ \t]{1,3})?(?:--|—|–|-|:)"
                 r"|\.[ \t]{0,3}/[A-Z]{2,12}/)")
_DATED_DATELINE = re.compile(rf"{_DATELINE_PLACE_OPENING}{_MON}[ \t]{{0,3}}(?P<day>\d{{1,2}})\b{_DATELINE_TAG}")
# the day before the month ("SEOUL, 13 September (AFP) -"), as British copy writes it (date48b)
_DAY_FIRST_DATELINE = re.compile(rf"{_DATELINE_PLACE_OPENING}(?P<day>\d{{1,2}})[ \t]{{1,3}}{_MON}{_DATELINE_TAG}")
_DATELINE_WEEK = 7  # days at most between a dateline and publication, either way, for the dateline to date the story


class _StoryDay(NamedTuple):
    """From offset ``at`` on, the day a story's relative dates count from (a dated dateline's, or publication), and
    the dated dateline ``line`` that gives it (its parse, read again by :func:`_clock_not_behind`)."""

    at: int
    day: dt.date
    line: re.Match[str] | None = None


def _dateline_day(m: re.Match[str], pub: dt.date) -> dt.date | None:
    """Return the day of dated dateline ``m`` (None: its day is no day, "Feb. 30"): the year written, else the one
    that puts the day nearest publication (a "Dec. 31" dateline printed on 2 January is of the year before).

    >>> _dateline_day(_DATED_DATELINE.match("PORVIK, Dec. 31 (Tamsk News) -- Talks ended."), dt.date(2020, 1, 2))
    datetime.date(2019, 12, 31)
    >>> _dateline_day(_DATED_DATELINE.match("Daeyang, May 9, 2023 (AP) - Talks ended."), dt.date(2024, 1, 2))
    datetime.date(2023, 5, 9)
    >>> _DATED_DATELINE.match("Asked about Nov. 20 - the deadline - Han left.") is None
    True
    """
    mon, day = MONTHS[m["mon"].rstrip(".").lower()], int(m["day"])
    years = [int(m["year"])] if m["year"] else [pub.year - 1, pub.year, pub.year + 1]
    found = []
    for year in years:
        try:
            found.append(dt.date(year, mon, day))
        except ValueError:  # "Feb. 30", "Feb. 29" of a common year
            continue
    return min(found, key=lambda d: abs((d - pub).days), default=None)


def _datelines(text: str, hits: list[_Hit], start: int, end: int, by_line: bool = False,
               ) -> dict[int, re.Match[str]]:
    """Return the dated datelines of ``text[start:end]`` by the opening of the paragraph each opens, found from the
    dates ``hits`` read there: a dateline's date is one of them, near its paragraph's opening (:func:`_opening_of`),
    and that opening is tried once, with ``match`` (a dateline-like stretch inside a paragraph is none); ``by_line``:
    every line break parts paragraphs (see :func:`find_dates`).

    >>> t = "PORVIK, Nov. 20 (Tamsk News) -- Han left. TAMSK, Nov. 21 (AP) -- no.\\n\\nTAMSK, Nov. 21 (AP) -- Kim left."
    >>> {at: m["day"] for at, m in _datelines(t, _candidates(t, dt.date(2019, 11, 22), 0, len(t)), 0, len(t)).items()}
    {0: '20', 70: '21'}
    """
    out: dict[int, re.Match[str]] = {}
    for h in hits:
        ps = _opening_of(text, h.start, start, by_line)
        if ps is None or ps in out:
            continue
        m = _dateline_match(text, ps, end)
        if m is not None and _dateline_date_at(m) == h.start and not _aside_after_date(m):
            out[ps] = m
    return out


def _aside_after_date(m: re.Match[str]) -> bool:
    """Return whether the dateline-shaped opening ``m`` ("Washington, March 3 —") names no agency and is followed by
    a lower-case word: a story's first sentence opens with a capital, so the dash or colon opens an aside or a
    timeline's entry ("Washington, March 3 — the day the talks collapsed — is remembered", "Seoul, March 3: the talks
    resumed."), not the copy's dateline. An agency named ("(AP) -- the") or a place in capitals, as wire copy sets
    it ("SEOUL, May 2 -- iPhone sales ..."), keeps the dateline (xd59, mend59d).

    >>> [_aside_after_date(_DATED_DATELINE.match(t)) for t in ("Porvik, May 2 — the day it fell — is kept.",
    ...  "Porvik, May 2: the talks ended.", "PORVIK, May 2 — The talks ended.", "PORVIK, May 2 (AP) -- the end.",
    ...  "PORVIK, May 2 — envoys met.", "NEW PORVIK, May 2 -- iPads sold.")]
    [True, True, False, False, False, False]
    """
    text, end = m.string, m.end()
    after = text[end : end + 4].lstrip(" \t")
    if not after[:1].islower():
        return False
    place = text[m.start() : text.find(",", m.start(), end)]
    if sum(c.isupper() for c in place) > 1 and not any(c.islower() for c in place):
        return False  # a place in capitals: a wire dateline, whatever its first word
    tag = text[max(m.end("day"), m.end("mon")) : end]
    return not any(c.isalpha() or c == "(" for c in tag)


_DATELINE_REACH = 80  # characters at most from a paragraph's opening to the month of its dateline
_BLANKS = " \t\u00a0\ufeff"  # what a paragraph break holds beside its line ends (``_PARA_BREAK``)


def _opening_of(text: str, at: int, start: int, by_line: bool = False, after_byline: bool = True) -> int | None:
    """Return the opening of the paragraph of ``text[start:]`` that ``at`` lies in, as :func:`_by_paragraph` gives
    it, when it is at most ``_DATELINE_REACH`` characters before ``at`` on the same line, or on the line after a
    byline line opening the paragraph (:func:`_byline_opening`, when ``after_byline``); else None. ``by_line``: every
    line break parts paragraphs.

    >>> t = "A.\\n\\n  SEOUL, Nov. 20 -- B.\\nTOKYO, Nov. 20 -- C."
    >>> _opening_of(t, 13, 0), _opening_of(t, 35, 0), _opening_of(t, 1, 0), _opening_of(t, 35, 0, by_line=True)
    (6, None, 0, 27)
    >>> _opening_of("A.\\n\\nBy Ana Volk\\nSEOUL, Nov. 20 -- B.", 23, 0)
    4
    """
    nl = text.rfind("\n", max(start, at - _DATELINE_REACH), at)
    if nl < 0:
        return start if at - start <= _DATELINE_REACH else None
    lo = max(start, nl - _DATELINE_REACH)
    before = text[lo:nl].rstrip(_BLANKS + "\r")  # a line end here: a blank line, a paragraph break
    if not before and lo == start:
        return start  # the stretch's first paragraph, after blank lines
    if before[-1:] != "\n" and not by_line:
        return _byline_opening(text, nl, start) if after_byline else None  # a line break inside a paragraph
    ps = nl + 1
    while ps < at and text[ps] in _BLANKS:
        ps += 1
    return ps


# a byline's own line ("By Ana Volk", "By Ana Volk and Al Roe, Tamsk News", "By José Núñez"), read whole (xd59); a
# weekday or a month that is no given name after "By" opens a title-case headline ("By Friday Seoul Had Paid": mend59d)
_BYLINE_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’-]){0,20}"
_BYLINE_LINE = re.compile(
    rf"[ \t]{{0,3}}By[ \t]{{1,3}}(?!(?:{_WEEKDAY_ALT}|January|February|March|July|August|September|October|November"
    rf"|December)\b){_BYLINE_WORD}(?:,?[ \t]{{1,3}}(?:and[ \t]{{1,3}})?{_BYLINE_WORD}){{0,5}}[ \t]{{0,3}}\r?")


def _byline_opening(text: str, nl: int, start: int) -> int | None:
    """Return the opening of the paragraph whose first line, ending at line break ``nl``, is a byline line alone
    (:data:`_BYLINE_LINE`): the dateline on the line after it opens the copy (xd59); else None.

    >>> t = "By Ana Volk\\nSEOUL, Nov. 20 -- B."
    >>> _byline_opening(t, 11, 0), _byline_opening("Talks went on\\nSEOUL, Nov. 20 -- B.", 13, 0)
    (0, None)
    >>> _byline_opening("By José Núñez\\nSEOUL, Nov. 20 -- B.", 13, 0), _byline_opening("By Monday It Ended\\nB", 18, 0)
    (0, None)
    """
    j = text.rfind("\n", max(start, nl - _DATELINE_REACH), nl)
    if j < 0 and nl - start > _DATELINE_REACH:
        return None
    ls = j + 1 if j >= 0 else start
    if _BYLINE_LINE.fullmatch(text, ls, nl) is None:
        return None
    return start if j < 0 else _opening_of(text, ls, start, after_byline=False)


def _dateline_match(text: str, ps: int, end: int) -> re.Match[str] | None:
    """Return the dated dateline opening the paragraph at ``ps`` (:data:`_DATED_DATELINE`, day first or not), on its
    first line or on the line after a byline line (:data:`_BYLINE_LINE`); else None.

    >>> _dateline_match("By Ana Volk\\nSEOUL, Nov. 20 (AP) -- B.", 0, 34)["day"]
    '20'
    """
    for at in (ps, *(b.end() for b in [_BYLINE_LINE.match(text, ps, end)] if b and text.startswith("\n", b.end()))):
        if m := _DATED_DATELINE.match(text, at, end) or _DAY_FIRST_DATELINE.match(text, at, end):
            return m
    return None


def _story_days(lines: dict[int, re.Match[str]], start: int, pub: dt.date) -> list[_StoryDay]:
    """Return where the day that relative dates count from changes, and to what, given the dated datelines ``lines``
    of a text read from ``start`` (README "A dated dateline is the story's own day"): from a paragraph that opens with
    a dated dateline within ``_DATELINE_WEEK`` days of publication, that dateline's day; from one whose dateline lies
    further off (a slip), publication again; from the start, publication.

    >>> t = "Talks.\\n\\nPORVIK, Nov. 20 (Tamsk News) -- Han left.\\n\\nTAMSK, Oct. 3 (AP) -- Kim left."
    >>> lines = _datelines(t, _candidates(t, dt.date(2019, 11, 22), 0, len(t)), 0, len(t))
    >>> [(s.at, s.day.isoformat()) for s in _story_days(lines, 0, dt.date(2019, 11, 22))]
    [(0, '2019-11-22'), (8, '2019-11-20'), (51, '2019-11-22')]
    """
    out = [_StoryDay(start, pub)]
    for ps, m in lines.items():
        day = _dateline_day(m, pub)
        if day is None:
            continue
        day = day if abs((day - pub).days) <= _DATELINE_WEEK else pub
        if day == out[-1].day:
            continue
        if out[-1].at == ps:
            out[-1] = _StoryDay(ps, day, m)
        else:
            out.append(_StoryDay(ps, day, m))
    return out


def _earlier_to_story_day(group: list[_Hit], values: list[dict[str, Any]], now: dt.date, printed: dt.date) -> None:
    """Set in place the end of each "earlier this month" ("earlier in the month", "earlier this week") of ``group``
    counted from story day ``now``, a dated dateline's before publication ``printed``, to the day before publication,
    but not past ``now``: the README Convention reads "earlier in the month" under "WASHINGTON, Aug. 20" printed on
    the 21st as 1-20 August (the dateline's own day may hold what its copy tells as earlier).

    >>> ranges("WASHINGTON, Aug. 20 (Yonhap) -- Lee was named earlier in the month.", dt.date(2020, 8, 21))[1]
    ('earlier in the month', '2020-08-01', '2020-08-20')
    """
    eve = (now - dt.timedelta(days=1)).isoformat()
    for h, v in zip(group, values, strict=True):
        if v.get("end") != eve or v.get("start") is None or v["start"] > eve:
            continue
        shift = h.value.shift if isinstance(h.value, Anchored) else None
        pre = shift.keywords.get("pre") if isinstance(shift, partial) else h.match.groupdict().get("pre")
        if (pre or "").lower() == "earlier":
            v["end"] = min(now, printed - dt.timedelta(days=1)).isoformat()


def _wire_dateline(lines: dict[int, re.Match[str]], h: _Hit, ps: int) -> bool:
    """Return whether ``h`` is the date of the dated dateline (of ``lines``, by paragraph opening) that opens its
    paragraph ("SEOUL, Nov. 20 (Yonhap) --"): the day the copy is filed, not a date the story tells, so no later "the
    same day" counts from it.

    >>> t = "SEOUL, Nov. 20 (Yonhap) -- Talks resumed."
    >>> hits = _candidates(t, dt.date(2019, 11, 20), 0, len(t))
    >>> _wire_dateline(_datelines(t, hits, 0, len(t)), hits[0], 0)
    True
    """
    m = lines.get(ps)
    return m is not None and _dateline_date_at(m) == h.start


def _dateline_date_at(m: re.Match[str]) -> int:
    """Return where the date of dated dateline ``m`` opens: at its month, or at its day written first.

    >>> [_dateline_date_at(rx.match(t)) for rx, t in ((_DATED_DATELINE, "SEOUL, Nov. 20 (AP) -"),
    ...                                                (_DAY_FIRST_DATELINE, "SEOUL, 20 November (AFP) -"))]
    [7, 7]
    """
    return min(m.start("mon"), m.start("day"))


def ranges(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """Return ``(exact, start, end)`` of each date in ``text``: the reader's view of :func:`find_dates`, as the
    examples of this module show it.

    >>> ranges("Talks resumed on Friday, after the 2018 deal.", dt.date(2019, 11, 18))
    [('on Friday', '2019-11-15', '2019-11-15'), ('2018', '2018-01-01', '2018-12-31')]
    """
    return [(x, v["start"], v["end"]) for *_, x, v in find_dates(text, published)]


_TOLD_BACK = 20  # dates read back from "that four-year period" for the span it names


def _periods_told(group: list[_Hit], values: list[dict[str, Any]], earlier: list[Found]) -> None:
    """Give each "that four-year period" of ``group`` (its ``values``, set in place) the range of the nearest date
    before it, in its paragraph or in the last ``_TOLD_BACK`` of ``earlier`` (the dates found before the paragraph,
    read only when the paragraph holds such a period), that spans exactly that many whole years (months): the period
    it points back to. With none, it stays unresolved.

    >>> t = "Seoul paid more from 2015 to 2018, and most in March. Over that four-year period, Tokyo paid less."
    >>> ranges(t, dt.date(2021, 3, 1))[-1]
    ('that four-year period', '2015-01-01', '2018-12-31')
    """
    if not any(isinstance(h.value, Anchored) and h.value.told for h in group):
        return
    last: dict[tuple[str, int], dict[str, Any]] = {}  # the latest value spanning (unit, count) whole units

    def note(v: dict[str, Any]) -> None:
        for unit in ("year", "month"):
            if n := _whole_units(v, unit):
                last[unit, n] = v

    for f in earlier[-_TOLD_BACK:]:
        note(f.value)
    for i, h in enumerate(group):  # one pass: each value is looked at once, however long the paragraph
        if isinstance(h.value, Anchored) and h.value.told and (v := last.get((h.value.unit, h.value.told))):
            values[i] = {"start": v["start"], "end": v["end"], "form": "relative"}
        note(values[i])


_OWNER_BACK = 40  # dates told before read for the weekday a possessive weekday names again
# what may stand between a holiday and the date set right beside it: "the Chuseok holiday Wednesday", "Independence
# Movement Day on Monday", "the Lunar New Year holiday next week", "Thursday, New Year's Day" (its apposition)
_BESIDE_HOLIDAY = re.compile(r"[ \t]{1,3}(?:on[ \t]{1,3})?|,[ \t]{1,3}")
_BESIDE_REACH = 7  # days at most between a holiday and the date beside it for that date to pick the holiday's year


def _holidays_beside(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Give each holiday of ``group`` (its ``values`` set in place) with a resolved date set right beside it, after or
    before (``_BESIDE_HOLIDAY``), the holiday's days nearest that date, when they lie within ``_BESIDE_REACH`` days
    of it: the date tells which year's holiday is meant ("marks Independence Movement Day on Monday", "after the
    Lunar New Year holiday next week"), as the weekday or week beside it was read by its own rule (dfix41).

    >>> ranges("Seoul marks Independence Movement Day on Monday, and talks resume Wednesday.", dt.date(2021, 2, 28))[0]
    ('Independence Movement Day', '2021-03-01', '2021-03-01')
    >>> ranges("They will meet in February, after the Lunar New Year holiday next week.", dt.date(2020, 1, 17))[1]
    ('after the Lunar New Year holiday', '2020-01-24', '2020-01-26')
    """
    for i, h in enumerate(group):
        if h.handler is not _holiday or _group(h.match, "which") or _group(h.match, "which2") \
                or _HOLIDAY_RELATIVE_YEAR.match(text, h.match.end()):  # "on Christmas last year": its year (fix51d3)
            continue
        key = _holiday_key(h.match)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(group) or not values[j].get("start") or group[j].handler is _holiday:
                continue
            a, b = (h, group[j]) if j > i else (group[j], h)
            if _BESIDE_HOLIDAY.fullmatch(text, a.end, b.start) is None:
                continue
            lo, hi = (dt.date.fromisoformat(values[j][k] or values[j]["start"]) for k in ("start", "end"))
            if (days := _holiday_near(key, lo, hi)) is not None:
                values[i] = _value(Range(days.lo, days.hi, "relative"))
                break


_AGO_APPOSED = re.compile(r",[ \t]{1,3}(?:on[ \t]{1,3})?")  # "four years ago, on Feb. 29, 2020": its apposition


def _ago_beside(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Give each count back ("Exactly four years ago") of ``group`` (its ``values`` set in place) the day set right
    after it as its apposition (", on Feb. 29, 2020"), when that day lies within the count's span: the day is the
    one meant, the year only the count's unit (dfix41).

    >>> ranges("Exactly four years ago, on Feb. 29, 2020, USFK spoke.", dt.date(2024, 2, 29))[0]
    ('four years ago', '2020-02-29', '2020-02-29')
    >>> ranges("Four years ago, in 2020, USFK spoke.", dt.date(2024, 2, 29))[0]
    ('Four years ago', '2020-01-01', '2020-12-31')
    """
    for i in range(len(group) - 1):
        v, w = values[i], values[i + 1]
        if group[i].handler is not _ago or not v.get("start") or not w.get("start") or w["start"] != w["end"]:
            continue
        if _AGO_APPOSED.fullmatch(text, group[i].end, group[i + 1].start) and v["start"] <= w["start"] <= v["end"]:
            values[i] = {**v, "start": w["start"], "end": w["end"]}
    for i in range(1, len(group)):
        if group[i].handler is _ago and _ago_after_date(text, group[i - 1], group[i], values[i - 1], values[i]):
            values[i] = {**values[i], "start": values[i - 1]["start"], "end": values[i - 1]["end"]}


# --- dates50: a past "the next N years" after a past year; a month in a habitual clause -------------------------
# A past "the next N years" after a past year told in the sentence right before it ("The deal took effect in 2014.
# Over the next five years, Seoul paid ...") runs from that year or the one after (the text does not say which):
# unresolved, not the years after publication. (The narrative reading of a past clause's "on the 15th" or "the end of
# the month/week" from the date told before was removed after review50d2: background and news pairs such as "Min
# joined the ministry in March 1988. He was named chief negotiator on the 2nd." keep main's reading.)
_SENTENCE_END50 = re.compile(r"[.!?][\"”’']?[ \t\n]{1,3}(?=[A-Z\"“])")


def _beside_and_told50(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Run :func:`_ago_beside`, :func:`_next_years_told` and :func:`_habit_month` on one paragraph's ``group``
    (``values`` set in place).

    >>> ranges("Seoul paid 5 million in 2021. Audits usually begin in March.", dt.date(2023, 5, 18))[1]
    ('in March', None, None)
    """
    _ago_beside(text, group, values)
    _next_years_told(text, group, values)
    _week_offsets50(text, group, values)
    _weekdays_ordered50(text, group, values)
    for j, h in enumerate(group):
        if _habit_month(text, h) and values[j].get("start"):
            why = "a month in a habitual clause ('usually begin in March'): a habit, no one month"
            values[j] = {"start": None, "end": None, "form": values[j].get("form", "relative"), "unresolved": why}


# a count of weeks just before a weekday: "a week from Tuesday", "two weeks from Monday", "a week ago Wednesday"
_WEEKS_OFF50 = re.compile(r"\b(?i:(?P<n>a|one|two|three|four)[ \t]{1,3}weeks?[ \t]{1,3}(?P<how>from|ago))[ \t]{1,3}\Z")


def _week_offsets50(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Move each weekday of ``group`` told right after "N weeks from" (or "N weeks ago") by that many weeks: "a week
    from Tuesday" is the Tuesday read plus seven days, "a week ago Wednesday" the Wednesday read minus seven, one date
    (its "a week ago" item marked ``merged50``, dropped by :func:`find_dates`). A possessive weekday ("a week from
    Tuesday's vote") names the event's day, kept; only a weekday read to one day is moved.

    >>> ranges("They vote a week from Tuesday, not a week from Friday's vote.", dt.date(2024, 6, 12))
    [('Tuesday', '2024-06-25', '2024-06-25'), ('Friday', '2024-06-14', '2024-06-14')]
    >>> ranges("We met a week ago Wednesday.", dt.date(2024, 6, 12))
    [('Wednesday', '2024-06-05', '2024-06-05')]
    """
    for j, h in enumerate(group):
        v = values[j]
        if v.get("form") != "weekday" or not v.get("start") or v["start"] != v.get("end"):
            continue
        m = _WEEKS_OFF50.search(text, max(0, h.start - 24), h.start)
        if m is None or text.startswith("'", h.end) or text.startswith("\u2019", h.end) or _from_kept50(text, m, h):
            continue
        n = _count(m["n"]) * (1 if m["how"].lower() == "from" else -1)
        day = (dt.date.fromisoformat(v["start"]) + dt.timedelta(days=7 * n)).isoformat()
        values[j] = {**v, "start": day, "end": day}
        for i in range(j):
            if m["how"].lower() == "ago" and group[i].start >= m.start() and group[i].end <= h.start:
                values[i] = {**values[i], "merged50": True}


# a duration frame right before a count of weeks ("run for a week from Tuesday", "lasts two weeks from Monday"),
# unless "for" follows a word that sets a date ("set for a week from Tuesday")
_WEEKS_FRAME50 = re.compile(r"(?i:(?<!set )(?<!due )(?<!slated )(?<!scheduled )(?<!planned )\bfor|\bthrough"
                            r"|\b(?:last|lasts|lasted|lasting|run|runs|ran|running))[ \t]{1,3}\Z")
_DAY_NAME50 = re.compile(rf"\b(?i:{_WEEKDAY_ALT})\b")


def _from_kept50(text: str, m: re.Match[str], h: _Hit) -> bool:
    """Return True when the weekday ``h`` after "N weeks from" (``m``) keeps its own reading: a duration frame
    stands before the count ("run for a week from Tuesday": from that Tuesday, :data:`_WEEKS_FRAME50`), or the same
    weekday was named earlier in the sentence or the one before ("met on Tuesday; a week from Tuesday": that week
    is told from the Tuesday past). "a week ago" is not kept here.

    >>> d = dt.date(2024, 6, 12)
    >>> ranges("They run for a week from Tuesday.", d) + ranges("It is set for a week from Tuesday.", d)
    [('Tuesday', '2024-06-18', '2024-06-18'), ('Tuesday', '2024-06-25', '2024-06-25')]
    >>> ranges("Talks stalled on Monday. A vote is due a week from Monday.", d)[1]
    ('Monday', '2024-06-17', '2024-06-17')
    """
    if m["how"].lower() != "from":
        return False
    if _WEEKS_FRAME50.search(text, max(0, m.start() - 16), m.start()):
        return True
    span = _sentence_span(text, m.start(), m.start())
    before = _sentence_before(text, span.start)
    day = _DAY_NAME50.search(text, h.start, h.end)
    named = {d.group().lower() for d in _DAY_NAME50.finditer(text, before.start if before else span.start, m.start())}
    return day is not None and day.group().lower() in named


# what joins two weekdays of one plan in order: "on Monday and again on Thursday" (the second after the first),
# "on Thursday, after meeting on Monday" (before it), "on Monday before voting on Thursday" (after it)
_ORDER_LINK50 = re.compile(r"(?i:,?[ \t]{1,3}(?:(?P<again>and[ \t]{1,3}again)|(?P<link>after|before)"
                           r"(?:[ \t]{1,3}[a-z]{1,20}ing)?)(?:[ \t]{1,3}on)?[ \t]{1,3})\Z")


def _unmerged50(out: list[Found]) -> list[Found]:
    """Return ``out`` without the items :func:`_week_offsets50` read into a weekday ("a week ago" of "a week ago
    Wednesday").

    >>> _unmerged50([Found(0, 1, "x", {"merged50": True}), Found(2, 3, "y", {})])
    [Found(start=2, end=3, exact='y', value={})]
    """
    return [f for f in out if not f.value.get("merged50")]


def _weekdays_ordered50(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Read the second of two weekdays joined as one plan in order ("on Monday and again on Thursday": after the
    first; "on Thursday, after meeting on Monday": before it; "before ...ing on": after it) as the nearest such day
    on the side of the first that the link names, when read alone it fell on the other side.

    >>> pub = dt.date(2024, 6, 12)  # a Wednesday
    >>> for text in ("The board will meet on Monday and again on Thursday.",
    ...              "The board will vote on Thursday, after meeting on Monday.",
    ...              "The board met Monday, and will meet again Thursday."):
    ...     print(ranges(text, pub)[1])
    ('on Thursday', '2024-06-20', '2024-06-20')
    ('on Monday', '2024-06-10', '2024-06-10')
    ('Thursday', '2024-06-13', '2024-06-13')

    Only a second day read ahead is moved later:

    >>> ranges("They met on Monday before voting on Thursday.", pub)[1]
    ('on Thursday', '2024-06-06', '2024-06-06')
    """
    for j in range(1, len(group)):
        a, b = values[j - 1], values[j]
        if not all(v.get("form") == "weekday" and v.get("start") and v["start"] == v.get("end") for v in (a, b)):
            continue
        m = _ORDER_LINK50.match(text, group[j - 1].end, group[j].start)
        if m is None or m.end() != group[j].start:
            continue
        if (m["again"] is not None or m["link"].lower() == "before") and not group[j].future:
            continue  # a past second day is not moved past publication ("met on Monday before voting on Thursday")
        first, second = dt.date.fromisoformat(a["start"]), dt.date.fromisoformat(b["start"])
        later = m["again"] is not None or m["link"].lower() == "before"
        step = 7 if later else -7
        while (second <= first) if later else (second >= first):
            second += dt.timedelta(days=step)
        values[j] = {**b, "start": second.isoformat(), "end": second.isoformat()}


def _next_years_told(text: str, group: list[_Hit], values: list[dict[str, Any]]) -> None:
    """Read unresolved each past "the next N years" of ``group`` that goes on from a past year told in the sentence
    before (:func:`_narrative_anchor`, :func:`_next_years_after`): from it or the year after, the text does not say.

    >>> t = "The fund opened in 2010. Over the next three years, it lost 40 million."
    >>> ranges(t, dt.date(2023, 5, 18))[1]
    ('the next three years', None, None)
    """
    for j in range(1, len(group)):
        h, w = group[j], values[j - 1]
        if h.handler is not _n_periods or not w.get("start") or not values[j].get("start"):
            continue
        lo, hi = dt.date.fromisoformat(w["start"]), dt.date.fromisoformat(w["end"])
        if _narrative_anchor(text, group[j - 1], h) and _next_years_after(h.match, lo, hi):
            why = f"a past 'next years' after a past year ({w['start'][:4]}): from it or the year after, not said"
            values[j] = {"start": None, "end": None, "form": values[j].get("form", "relative"), "unresolved": why}


def _narrative_anchor(text: str, told: _Hit, h: _Hit) -> bool:
    """Return whether ``h`` opens on the sentence right after the one holding ``told`` (one sentence end between, no
    quotation mark), and both clauses are past (:func:`clause_tense`).

    >>> t = "Kim met Lee on May 2. He left on the 15th. He will leave on the 20th."
    >>> hits = _candidates(t, dt.date(2019, 10, 10), 0, len(t))
    >>> _narrative_anchor(t, hits[0], hits[1]), _narrative_anchor(t, hits[1], hits[2])
    (True, False)
    """
    between = text[told.end : h.start]
    if len(_SENTENCE_END50.findall(between)) != 1 or any(q in text[told.start : h.end] for q in "\"“”"):
        return False
    return clause_tense(text, told.start, told.end) == "past" and clause_tense(text, h.start, h.end) == "past"


def _next_years_after(m: re.Match[str], lo: dt.date, hi: dt.date) -> bool:
    """Return whether ``m`` is "the next N years" and the told date ``lo..hi`` one whole year.

    >>> m = re.match(r"the (?P<which>next) (?P<n>[a-z]+) (?P<unit>years)", "the next five years")
    >>> day = dt.date(2014, 3, 1)
    >>> _next_years_after(m, dt.date(2014, 1, 1), dt.date(2014, 12, 31)), _next_years_after(m, day, day)
    (True, False)
    """
    g = m.groupdict()
    n = _count(g.get("n") or "") if (g.get("which") or "").lower() == "next" else None
    whole_year = (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year
    return bool(n) and (g.get("unit") or "").lower() == "years" and whole_year


# a hedge between a date's comma and the count back set after it ("in 2002, more than 10 years ago")
_AGO_HEDGES = frozenset({"", "more than", "over", "nearly", "almost", "about", "some", "roughly", "around", "exactly",
                         "just", "less than", "well over"})


def _ago_after_date(text: str, date: _Hit, ago: _Hit, w: dict[str, Any], v: dict[str, Any]) -> bool:
    """Return whether the count back ``ago`` (value ``v``) is set right after ``date`` (value ``w``) as its
    apposition, a comma and at most a hedge between ("in 2002, more than 10 years ago"), and the date lies within one
    of the count's units of its span (the hedge's room): the count describes that date (tests/corpus/README.md: a
    count of time placed right after a date resolves to it; dfix49). A date further off is another time, kept apart.

    >>> [x for x in ranges("Seoul paid less in 2002, more than 10 years ago.", dt.date(2013, 7, 24))]
    [('in 2002', '2002-01-01', '2002-12-31'), ('10 years ago', '2002-01-01', '2002-12-31')]
    >>> ranges("Seoul paid less in 1995, 10 years ago.", dt.date(2013, 7, 24))[1]
    ('10 years ago', '2003-01-01', '2003-12-31')
    >>> ranges("The club sold the stadium in 2006, more than 12 years ago.", dt.date(2020, 8, 15))[1]
    ('12 years ago', '2006-01-01', '2006-12-31')
    >>> ranges("The club sold the stadium in 1990, more than 12 years ago.", dt.date(2020, 8, 15))[1]
    ('12 years ago', '2008-01-01', '2008-12-31')
    """
    gap = text[date.end : ago.start]
    if not v.get("start") or not w.get("start") or not gap.startswith(",") or \
            " ".join(gap[1:].split()).lower() not in _AGO_HEDGES:
        return False
    lo, hi = dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])
    w_lo, w_hi = dt.date.fromisoformat(w["start"]), dt.date.fromisoformat(w["end"])
    room = hi - lo + dt.timedelta(days=1)  # one unit of the count: a year, a month, a week, a day
    back = room * max(1, (_count(text[ago.start : ago.end].split()[0]) or 0) // 2) if " ".join(
        gap[1:].split()).lower() in _AGO_MORE_THAN else room  # "in 2006, more than 12 years ago" told in 2020
    return lo - back <= w_lo and w_hi <= hi + room and w_hi - w_lo <= room


# hedges of a count that is a floor ("more than 10 years ago"): the date may lie further back, up to half the count
# again (hist58d: "in 2006, more than 12 years ago" told in 2020 is 2006; dfix49's one year of room read 2002 in 2013)
_AGO_MORE_THAN = frozenset({"more than", "over", "well over"})


def _holiday_near(key: str, day: dt.date, last: dt.date | None = None) -> Period | None:
    """Return the days of holiday ``key`` (of ``day``'s year or one beside it) nearest the span told from ``day`` to
    ``last`` (``day`` alone when None), None when none lies within ``_BESIDE_REACH`` days of it (or no source dates
    them). A holiday inside the span is nearest: "Christmas Day 2024" is the one of 2024, not the one a week before
    its first day (xd59).

    >>> _holiday_near("chuseok", dt.date(2020, 9, 30)), _holiday_near("christmas", dt.date(2020, 6, 1))
    (Period(lo=datetime.date(2020, 9, 30), hi=datetime.date(2020, 10, 2)), None)
    >>> _holiday_near("christmas", dt.date(2024, 1, 1), dt.date(2024, 12, 31)).lo
    datetime.date(2024, 12, 25)
    """
    last = day if last is None else last
    best: tuple[int, Period] | None = None
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            days = _holiday_days(key, y)
        except _NoRow:
            continue
        gap = max((days.lo - last).days, (day - days.hi).days, 0)
        if gap <= _BESIDE_REACH and (best is None or gap < best[0]):
            best = (gap, days)
    return best and best[1]


def _weekday_owners_told(text: str, group: list[_Hit], values: list[dict[str, Any]], earlier: list[Found],
                         now: dt.date) -> None:
    """Give each possessive weekday of ``group`` ("Monday’s meeting", its ``values`` set in place) not told in the
    future the day the text last named on that weekday, within ``_ECHO_REACH`` days of the story's day (``now``):
    the event it owns is the one told of that day before ("talks are expected Monday ... Monday’s meeting").
    With none, it keeps its reading by the tense (fresh81q).

    >>> t = "Talks are expected Monday. The issue hangs over Monday’s meeting, which comes after talks broke."
    >>> ranges(t, dt.date(2020, 2, 23))
    [('Monday', '2020-02-24', '2020-02-24'), ('Monday', '2020-02-24', '2020-02-24')]
    """
    if not any(h.handler is _weekday and not h.future for h in group):
        return  # most paragraphs: no weekday read as past, none to give a day (the dates told are not read)
    read: list[tuple[str, dict[str, Any]]] = []  # the group's dates read so far (the dates told before: made on need)
    for i, h in enumerate(group):
        m = h.match
        if h.handler is _weekday and not (h.future or m["mod"] or m["wd2"] or m["wk"] or m.groupdict().get("ndays")) \
                and _DAY_OWNS.match(text, h.start):
            told = [(f.exact, f.value) for f in earlier[-_OWNER_BACK:]] + read[-_OWNER_BACK:]  # its last are read
            if (day := _weekday_told(m["wd"], told, now)) is not None:
                values[i] = _value(Range(day, day, "weekday"))
        read.append((text[h.start : h.end], values[i]))


def _weekday_told(wd: str, told: list[tuple[str, dict[str, Any]]], now: dt.date) -> dt.date | None:
    """Return the day of the last of the dates ``told`` (exact words, value) that names the weekday ``wd`` as one
    day within ``_ECHO_REACH`` days of ``now``, else None.

    >>> _weekday_told("Monday", [("on Monday", {"start": "2020-02-24", "end": "2020-02-24"})], dt.date(2020, 2, 23))
    datetime.date(2020, 2, 24)
    """
    for exact, v in reversed(told[-_OWNER_BACK:]):  # bounded: a paragraph of many weekdays is read linearly
        if exact.split()[-1:] != [wd] or not v.get("start") or v["start"] != v["end"]:
            continue
        day = dt.date.fromisoformat(v["start"])
        return day if day.weekday() == WEEKDAYS.index(wd) and abs((day - now).days) <= _ECHO_REACH else None
    return None


def _whole_units(v: dict[str, Any], unit: str) -> int:
    """Return how many whole calendar years (``unit`` "year") or months a resolved value spans (0: not whole ones).

    >>> _whole_units({"start": "2016-01-01", "end": "2019-12-31"}, "year"), _whole_units({"start": None}, "year")
    (4, 0)
    >>> _whole_units({"start": "2019-03-01", "end": "2019-05-31"}, "month")
    3
    """
    if not v.get("start") or not v.get("end"):
        return 0
    lo, hi = dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])
    after = hi + dt.timedelta(days=1)
    if lo.day != 1 or after.day != 1 or (unit == "year" and (lo.month, after.month) != (1, 1)):
        return 0
    months = (after.year - lo.year) * 12 + after.month - lo.month
    return months // 12 if unit == "year" else months


@dataclass(frozen=True, slots=True)
class _Told:
    """A resolved date told outside quotes: its words, value, the end of its paragraph, and where it starts."""

    exact: str
    value: dict[str, Any]
    para_end: int
    at: int = -1
    line_one: bool = False  # told in line 1 (the headline, or a lead sentence standing as it): not in a quotation's
    # a day told ahead ("leave starting April 1"): the last single day told before it in its paragraph that was not,
    # which "the same day" in a past clause counts from (:func:`_same_day_told`)
    not_ahead: _Told | None = None


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)
_LEAD_FORMS = frozenset({"absolute", "month", "weekday"})  # a day written in line 1: "on the 6th", "Friday", a date
# words before a line-1 day that make it another event's than the news's ("since the 6th", "ahead of Friday")
_NOT_LEAD = frozenset({"since", "after", "before", "until", "till", "by", "from", "ahead", "of", "through", "to"})
_LEAD_LABEL = 40  # characters before a line-1 day read for a label's determiner ("after the March 3 vote")
_LEAD_RELATIVE = 60  # characters before a line-1 day read for a relative pronoun ("Kim, who took office on the 2nd")
_LEAD_WORD = 24  # characters before a line-1 day read for the word right before it ("since", "ahead of")
_KICKER_LOOK = 24  # characters at the end of line 1 read for a closing report's kicker ("... - report")
# line 1 a report's kicker opens or closes: it tells the day of the event reported, not the news's day
_KICKER_OPEN = re.compile(r"[ \t]{0,3}(?i:reports?|sources?|media)[ \t]{0,3}:")
_KICKER_CLOSE = re.compile(r"(?:[-–—:|][ \t]{0,3}|,[ \t]{1,3})(?i:reports?|sources?|media)(?:[ \t]{1,3}(?i:says?))?"
                           r"[ \t.]{0,3}\Z")
_REPORT_BODY_LOOK = 400  # characters after a kicker's line 1 read for a verb that tells the report of the event
# a body under a kicker that tells the report of the event ("The ministry confirmed the meeting"): its counts count
# from the report's day, not from line 1's (the event's)
_REPORTS_EVENT = re.compile(r"(?<![A-Za-z])(?i:disclos|confirm|reveal|report|announc|acknowledg|leak|den)(?i:ed|ied)"
                            r"(?![A-Za-z])")


class _Line(NamedTuple):
    """A line of line 1's stretch: where it starts and ends, its quotations (sorted) and their starts, and whether a
    report's kicker opens or closes it."""

    start: int
    end: int
    quotes: list[_Stretch]
    starts: list[int]
    reported: bool


def _line_at(text: str, at: int, lo: int = 0) -> _Line:
    """Return the line that holds offset ``at`` (it starts at or after ``lo``), its quotations found once.

    >>> line = _line_at('T\\nReport: Kim said "no" on Dec. 1\\nBody', 20, 2)
    >>> line.start, line.end, line.starts, line.reported
    (2, 33, [19], True)
    """
    ls = max(lo, text.rfind("\n", lo, at) + 1)
    le = text.find("\n", at) % (len(text) + 1)  # -1 (no line break): the text's end
    quotes = _quote_stretches(text, ls, le)
    reported = _KICKER_OPEN.match(text, ls) or _KICKER_CLOSE.search(text, max(ls, le - _KICKER_LOOK), le)
    return _Line(ls, le, quotes, [q.start for q in quotes], reported is not None)


def _lead_day(text: str, lead: Sequence[Found], published: dt.date) -> _Told | None:
    """Return the one day line 1 writes for its news (``lead``: its dates), which the body's counts of days with no
    day before them count from ("Kim on the 6th urged ..." then "Kim attended the forum that day"): a single day on
    or before publication, written as a day of the month, a weekday or a date, outside quote marks, not after
    "since", "after", "by" ... nor a label ("the March 3 vote", "Kim’s Dec. 1 speech"), in a line no report's kicker
    opens or closes ("Report: ...") over a body that tells the report (:func:`_body_reports`: a kicker alone keeps
    line 1's day, "Report: Kim on Dec. 6 urged ..." then "Lee replied the following day"); None when line 1 writes
    none, or two days. Each line's quotations are found
    once (linear in the line, whatever the number of its dates).

    >>> t = "Kim on the 6th (local time) urged allies to pay.\\nKim spoke that day."
    >>> day = _lead_day(t, find_dates(t, dt.date(2025, 12, 7), 0, 48, headline=True), dt.date(2025, 12, 7))
    >>> day.exact, day.value["start"], day.line_one
    ('on the 6th', '2025-12-06', True)
    """
    days: dict[str, Found] = {}
    line: _Line | None = None
    for f in sorted(lead, key=lambda f: f.start):
        if line is None or f.start > line.end:
            line = _line_at(text, f.start, 0 if line is None else line.end)
        if not (line.reported and _body_reports(text, line.end)) and _written_news_day(text, f, published, line):
            days[f.value["start"]] = f
    if len(days) != 1:
        return None
    f = next(iter(days.values()))
    return _Told(f.exact, dict(f.value), f.end, f.start, line_one=True)


def _body_reports(text: str, end: int) -> bool:
    """Return whether the body after line 1 (ending at ``end``) tells, within ``_REPORT_BODY_LOOK`` characters, the
    report of line 1's event under its kicker ("The ministry confirmed the meeting ..."): its counts of days then
    count from the report's day, which line 1 does not write.

    >>> _body_reports("Report: Kim met Lee on Dec. 1\\n\\nThe ministry disclosed the meeting", 29)
    True
    >>> _body_reports("Report: Kim on Dec. 6 urged allies\\n\\nLee replied the following day.", 34)
    False
    """
    return _REPORTS_EVENT.search(text, end, end + _REPORT_BODY_LOOK) is not None


def _written_news_day(text: str, f: Found, published: dt.date, line: _Line) -> bool:
    """Return whether line-1 date ``f`` is a day it writes for the news (see :func:`_lead_day`; ``line``: its line).

    >>> def news(t): return [_written_news_day(t, f, dt.date(2025, 3, 9), _line_at(t, 0))
    ...                      for f in find_dates(t, dt.date(2025, 3, 9), headline=True)]
    >>> news("Kim will visit Tamsk on March 20, after the March 3 vote, who quit on Friday")
    [False, False, False]
    >>> news("Kim on March 8 urged allies to pay"), news("Kim’s March 8 speech draws fire")
    ([True], [False])
    """
    v = f.value
    if v.get("start") is None or v["start"] != v["end"] or v["form"] not in _LEAD_FORMS:
        return False
    if dt.date.fromisoformat(v["end"]) > published:  # a plan ("Kim to visit Tamsk on the 20th"): no news told
        return False
    k = bisect.bisect_right(line.starts, f.start) - 1
    if k >= 0 and f.start < line.quotes[k].end:  # inside a quotation
        return False
    ls = line.start
    label = _LABEL_DETERMINER.search(text, max(ls, f.start - _LEAD_LABEL), f.start) or _POSSESSIVE_BEFORE.search(
        text, max(ls, f.start - _LEAD_LABEL), f.start)
    if label and _LOWER_WORD_AFTER.match(text, f.end):
        return False  # "after the March 3 vote", "Kim’s Dec. 1 speech": the date labels a noun
    near = max(ls, f.start - _LEAD_RELATIVE)
    if _RELATIVE.search(text, max(near, text.rfind(",", near, f.start) + 1), f.start):
        return False  # "Kim, who took office on the 2nd, urges ...": a relative clause's day, not the news's
    prev = _LAST_WORD.search(text, max(ls, f.start - _LEAD_WORD), f.start)
    return prev is None or prev["mark"] is not None or prev["word"].lower() not in _NOT_LEAD


_THAT_DAY = re.compile(r"\b(?i:that)[ \t]{1,3}(?i:day)\Z")


def _story_day_again(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], ij: tuple[int, int],
    again: Sequence[_Told],
) -> dict[str, Any] | None:
    """Return line 1's news day (``again[0]``, see :func:`_lead_day`) for "that day" ``group[i]`` told outside quotes in
    a sentence after a step of one day back from that day (``group[j]``: "the NSS released the previous day. His
    remarks that day ..."): the step tells the day before the story's of a thing its sentence names
    (:func:`_dates_named_thing`) or told again of a thing dated before (:func:`_told_again`: "specified in the NSS the
    previous day"), and "that day" returns to the story's day. None otherwise: no such line 1, another
    step, another day, a step that dates its sentence's own verb ("Lee arrived in Tamsk the previous day": the story
    moved to that day), or "that day" in the step's own sentence.

    >>> t = "Kim spoke that day. He cited a report released the previous day. His remarks that day drew fire."
    >>> lead = [Found(0, 0, "on the 6th", {"start": "2025-12-06", "end": "2025-12-06", "form": "month"})]
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 12, 7), lead=lead)]
    [('that day', '2025-12-06'), ('the previous day', '2025-12-05'), ('that day', '2025-12-06')]
    >>> t = "Kim spoke that day. A report came out the previous day. Lee read it that day."  # the step's own verb
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 12, 7), lead=lead)][2]
    ('that day', '2025-12-05')
    """
    i, j = ij
    h, g, v = group[i], group[j], values[j]
    if not (again and again[0].line_one and inside[i] is None and inside[j] is None and v.get("start")):
        return None
    if not (_THAT_DAY.search(text, h.start, h.end) and _counts_days(g) and _one_day_back(g.value)):
        return None
    if not (_dates_named_thing(text, g) or _told_again(text, g, again)):  # "Lee arrived in Tamsk the previous
        return None  # day": the story moved to that day
    if _sentence_span(text, h.start, h.end).start <= g.start:  # "the previous day, and that day too": the step's
        return None
    story = again[0].value
    after = (dt.date.fromisoformat(v["end"]) + dt.timedelta(days=1)).isoformat()
    return {**story, "form": "relative"} if v["start"] == v["end"] and after == story["start"] else None


_NAMED_THING_LOOK = 100  # characters before a step of days read for the thing it dates ("cited the NSS released ")
_AUXILIARY = r"(?:was|were|is|are|be|been|being|had|has|have)[ \t]"
# a step of days that dates a thing its sentence names after its verb, not the verb ("He cited the Porvik Review
# released the previous day"): a lower-case word (the verb: no sentence's first word), a determiner, a few words
# (no auxiliary: "the report was released" is the sentence's verb) and a past participle right before the step
_COORDINATOR = r"(?:and|or|but)[ \t]"  # a second verb after it ("toured the base and rested"): no participle
_NAMED_THING_STEP = re.compile(
    r"(?<![A-Za-z])[a-z]{2,20}[ \t]{1,3}(?P<det>the|a|an|its|his|her|their|this|that)[ \t]{1,3}"
    rf"(?:(?!{_AUXILIARY}|{_COORDINATOR})[A-Za-z()’'-]{{1,30}}[ \t]{{1,3}}){{1,5}}"
    r"(?:[a-z]{2,20}ed|made|held|written|drawn|given|shown|taken|put[ \t]out|set[ \t]out)[ \t]{1,3}\Z")


# a word of its sentence before the thing's determiner that opens a reported clause, whose own verb a participle-like
# word then is ("Officials said the meeting ended the previous day"): a verb of saying or knowing, or "that"
_REPORTED_CLAUSE_WORDS = ("said", "says", "say", "told", "tells", "tell", "added", "noted", "stated", "claimed",
                          "argued", "insisted", "explained", "believed", "thought", "knew", "heard", "learned", "that")
_REPORTED_CLAUSE = re.compile(rf"(?<![A-Za-z])(?i:{word_trie(_REPORTED_CLAUSE_WORDS)})(?![A-Za-z])")


def _dates_named_thing(text: str, g: _Hit) -> bool:
    """Return whether step of days ``g`` dates a thing its sentence names after its verb (``_NAMED_THING_STEP``), so
    that the sentence's own event keeps the story's day.

    >>> t = "He cited the Porvik Review released the previous day. Lee arrived in Tamsk the previous day."
    >>> [_dates_named_thing(t, h) for h in _candidates(t, dt.date(2025, 12, 7), 0, len(t))]
    [True, False]
    >>> t = "He said the report was released the previous day."
    >>> [_dates_named_thing(t, h) for h in _candidates(t, dt.date(2025, 12, 7), 0, len(t))]
    [False]
    >>> t = "Lee toured the base and rested the previous day. Officials said the meeting ended the previous day."
    >>> [_dates_named_thing(t, h) for h in _candidates(t, dt.date(2025, 12, 7), 0, len(t))]
    [False, False]
    """
    lo = max(0, g.start - _NAMED_THING_LOOK)
    m = _NAMED_THING_STEP.search(text, lo, g.start)
    if m is None:
        return False  # "said the meeting ended", "told reporters the talks stalled": a reported clause's own verb
    return _REPORTED_CLAUSE.search(text, max(lo, text.rfind(".", lo, m.start()) + 1), m.start("det")) is None


def _one_day_back(a: Anchored | Range) -> bool:
    """Return whether count ``a`` steps one day back from the day it counts from ("the previous day", "a day
    earlier").

    >>> t = "the previous day, a day earlier, the next day"
    >>> [_one_day_back(h.value) for h in _candidates(t, dt.date(2025, 12, 7), 0, len(t))]
    [True, True, False]
    """
    x = dt.date(2001, 1, 10)
    y = x - dt.timedelta(days=1)
    return isinstance(a, Anchored) and a.shift(x, x) == Period(y, y)


_AGAIN = 8  # counts of days told before that a count told again is matched with (a bound: each is a few words read)


def _day_counts_told(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], pe: int
) -> list[_Told]:
    """Return the resolved counts of days of a paragraph told outside quotes ("released the previous day", "that
    day"), which the same words told again of the same thing in a later paragraph mean (:func:`_told_again`).

    >>> t = "Lee met Kim on Friday. The NSS came out the previous day."
    >>> g = _candidates(t, dt.date(2025, 12, 7), 0, len(t))
    >>> v = [{"start": "2025-12-05", "end": "2025-12-05"}, {"start": "2025-12-04", "end": "2025-12-04"}]
    >>> [(x.exact, x.at) for x in _day_counts_told(t, g, v, [None, None], len(t))]
    [('the previous day', 40)]
    """
    return [_Told(text[h.start : h.end], v, pe, h.start) for h, v, q in zip(group, values, inside, strict=True)
            if q is None and v.get("start") and _counts_days(h)]


def _counts_days(h: _Hit) -> bool:
    """Return whether ``h`` is a count of days from the day told before it, no event's ("the previous day", "that
    day", "a day earlier"; not "a day after the vote").

    >>> t = "the previous day, a day after the vote"
    >>> [_counts_days(h) for h in _candidates(t, dt.date(2025, 12, 7), 0, len(t))]
    [True, False]
    """
    a = h.value
    return isinstance(a, Anchored) and a.unit == "day" and not a.event and not a.noun and not a.told and not a.why


def _told_again(text: str, h: _Hit, again: Sequence[_Told]) -> dict[str, Any] | None:
    """Return the value of count of days ``h`` told again, in the same words, of the same thing as one told in an
    earlier paragraph (``again``): the same named thing right before each, which the earlier count dates by a past
    participle (:func:`_thing_before`: "the NSS released the previous day" ... "specified in the NSS the previous day"
    is one day, whatever date was written between; a place named a few words before, "The talks in Tamsk ended", or
    a place with no participle, "met at the Blue House the previous day", is no such thing); else None.

    >>> t = ("Lee cited the NSS released the previous day.\\n\\nIt met on the 13th.\\n\\n"
    ...      "It is in the NSS the previous day.")
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 12, 7), lead=[Found(0, 0, "on the 6th",
    ...     {"start": "2025-12-06", "end": "2025-12-06", "form": "month"})])]
    [('the previous day', '2025-12-05'), ('on the 13th', '2025-11-13'), ('the previous day', '2025-12-05')]
    """
    if not _counts_days(h):
        return None
    words, names = text[h.start : h.end].lower(), _thing_before(text, h.start)
    for t in reversed(again[-_AGAIN:]):
        if names and not t.line_one and t.exact.lower() == words and names & _thing_before(text, t.at, dated=True):
            return {**t.value, "form": "relative"}
    return None


_THING_LOOK = 80  # characters before a count of days read for the named thing right before it
# the named thing right before a count of days, after "the" ("the Porvik Review (PRV) released ", "in the PRV "):
# its last name word and its abbreviation, then at most a past participle
_THING_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:the)[ \t]{1,3}(?:[A-Z][\w’'-]{0,30}[ \t]{1,3}){0,3}(?P<name>[A-Z][\w’'-]{1,30})"
    r"(?:[ \t]{1,3}\((?P<abbr>[A-Z][A-Za-z]{1,10})\))?(?P<dated>[ \t]{1,3}[a-z]{2,20}ed)?[ \t]{1,3}\Z")


def _thing_before(text: str, at: int, dated: bool = False) -> set[str]:
    """Return the named thing right before a count of days at ``at`` (``_THING_BEFORE``: its last name word and its
    abbreviation), which the count dates; empty when a place or subject is named only a few words before ("The talks
    in Tamsk ended", "Officials in Tamsk briefed reporters"), or, with ``dated``, when no past participle dates the
    thing ("met at the Blue House the previous day": a place, not "the NSS released the previous day").

    >>> t = "Lee cited the National Security Strategy (NSS) released the previous"
    >>> sorted(_thing_before(t, t.rindex("the"))), _thing_before("It is in the NSS the", 17)
    (['NSS', 'Strategy'], {'NSS'})
    >>> _thing_before("The talks in Tamsk ended the", 25), _thing_before("Officials in Tamsk briefed reporters the", 37)
    (set(), set())
    >>> _thing_before("Lee met Park at the Blue House the", 31, True), _thing_before("the NSS issued the", 15, True)
    (set(), {'NSS'})
    """
    m = _THING_BEFORE.search(text, max(0, at - _THING_LOOK), at)
    if m is None or (dated and m["dated"] is None):
        return set()
    return {x for x in (m["name"], m["abbr"]) if x}


_QUOTE_OPENERS = frozenset('"“')  # what a paragraph of quoted speech opens with
_QUOTE_RUN = 3  # paragraphs at most of a speech quoted on, after the one that dates it, before a date counts from it


def _quotes_between(text: str, prev_end: int, ps: int, breaks: re.Pattern[str] = _PARA_BREAK) -> bool:
    """Return whether the paragraph that starts at ``ps`` comes right after the one that ends at ``prev_end``, or
    after at most ``_QUOTE_RUN`` paragraphs between that each open with a quotation mark (and, read by the caller,
    tell no date): a speech quoted on ("Lee said on Tuesday ...\\n\\n“...,” he said.\\n\\n“We met yesterday,” ..."),
    whose date the paragraph after still counts from.

    >>> t = "A.\\n\\n“B,” he said.\\n\\nC.\\n\\nD."
    >>> _quotes_between(t, 2, 4), _quotes_between(t, 2, 19), _quotes_between(t, 2, 23)
    (True, True, False)
    """
    at = prev_end
    for _ in range(_QUOTE_RUN + 1):
        brk = breaks.match(text, at)
        if brk is None:
            return False
        if brk.end() == ps:
            return True
        if text[brk.end() : brk.end() + 1] not in _QUOTE_OPENERS:  # the break took the indent
            return False
        nl = text.find("\n", brk.end(), ps)
        if nl < 0:
            return False
        at = nl if text[nl - 1] != "\r" else nl - 1
    return False


def _last_told(
    text: str, group: list[_Hit], values: list[dict[str, Any]], ps: int, pe: int, inside: list[_Stretch | None],
) -> tuple[_Told | None, _Told | None]:
    """Return the last resolved date of a paragraph outside quotes and the last single day so told (None: none), read
    back once (``inside``: the quotation each date sits in, see :func:`_quotes_of_each`). A date right after
    "<source> reported" is the day of a report, not of an event a later date points to: it is passed over.

    >>> t = 'Lee left on Friday in 2019. "We meet on Monday."'
    >>> g = _candidates(t, dt.date(2019, 11, 16), 0, len(t))
    >>> v = [{"start": "2019-11-15", "end": "2019-11-15"}, {"start": "2019-01-01", "end": "2019-12-31"}, {}]
    >>> [(x.exact, x.at) for x in _last_told(t, g, v, 0, len(t), _quotes_of_each(t, g, 0, len(t)))]
    [('in 2019', 19), ('on Friday', 9)]
    """
    last: _Told | None = None
    quoted: _Told | None = None  # a quotation's "today" after the last single day told outside quotes
    for k in range(len(group) - 1, -1, -1):
        h, v, q = group[k], values[k], inside[k]
        if q is not None and quoted is None:  # (the event's phrase read only for a quoted "today")
            quoted = today if (today := _quoted_today(text, h, v, pe)) and not _said_at_event(text, q, ps, pe) else None
        if not _told_outside(text, h, v, q, ps):
            continue
        single = v["start"] == v["end"]
        if last is not None and not single:
            continue  # the last date is kept: one before it matters only as the last single day
        told = _Told(text[h.start : h.end], v, pe, h.start)
        last = last or told
        if single and h.future:  # a day told ahead: the single day told before it that was not, for "the same day"
            earlier = next((j for j in range(k - 1, -1, -1) if _told_outside(text, group[j], values[j], inside[j], ps)
                            and values[j]["start"] == values[j]["end"] and not group[j].future), None)
            if earlier is not None:
                e = group[earlier]
                told = replace(told, not_ahead=_Told(text[e.start : e.end], values[earlier], pe, e.start))
        if single:
            return last, quoted or told
    return last, quoted


def _told_outside(text: str, h: _Hit, v: dict[str, Any], q: _Stretch | None, ps: int) -> bool:
    """Return whether date ``h`` (value ``v``, in quotation ``q``) of the paragraph starting at ``ps`` is a resolved
    date told outside quotes that a later paragraph may count from: not a report's own date ("<source> reported
    Wednesday", read in ``win.REPORTED_DATE_BACK`` characters before it) nor another event's day
    (:func:`_names_other_event`); read by :func:`_last_told`.

    >>> t = "Talks ended on March 3. Yonhap reported Wednesday that talks ended."
    >>> hits = _candidates(t, dt.date(2020, 3, 6), 0, len(t))
    >>> [(t[h.start : h.end], _told_outside(t, h, {"start": "x"}, None, 0)) for h in hits]
    [('on March 3', True), ('Wednesday', False)]
    >>> _told_outside(t, hits[0], {"start": None}, None, 0)
    False
    """
    if q is not None or not v.get("start"):
        return False
    if _reported_before(text, max(ps, h.start - win.REPORTED_DATE_BACK), h.start):
        return False
    return not _names_other_event(h)


# the day words of a speaker's own day ("We will have to wait until this afternoon"): the day the words were said
_TODAY_WORDS = re.compile(r"(?i:today|tonight|this[ \t]+(?:morning|afternoon|evening))")


def _quoted_today(text: str, h: _Hit, v: dict[str, Any], pe: int) -> _Told | None:
    """Return quoted date ``h`` (value ``v``, in the paragraph ending at ``pe``) as the last single day told when it is
    a speaker's "today", "tonight", "this afternoon" ... resolved to one day: the day the words were said, which a
    later paragraph's "the previous afternoon" or "the same day" counts from as from a day the writer told ('"We wait
    until this afternoon," a source said.\\n\\nIn a briefing the previous afternoon, ...': the day before); else
    None.
    Only as the day counted from: an event told in the past still counts from the writer's dates. date90d.

    >>> t = 'Talks began on the 24th.\\n\\n"We wait until this afternoon," an aide said.\\n\\nIn a call the ' \\
    ...     'previous afternoon, Lee spoke.'
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2020, 4, 1))]
    [('on the 24th', '2020-03-24'), ('this afternoon', '2020-04-01'), ('the previous afternoon', '2020-03-31')]
    >>> t = 'Talks began on the 24th.\\n\\n"We wait until May," an aide said.\\n\\nIn a call the previous ' \\
    ...     'afternoon, Lee spoke.'
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2020, 4, 1))][-1]
    ('the previous afternoon', '2020-03-23')
    """
    if not v.get("start") or v["start"] != v["end"] or _TODAY_WORDS.fullmatch(text, h.start, h.end) is None:
        return None
    return _Told(text[h.start : h.end], v, pe, h.start)


# a time phrase of an event in a quotation's tag ("told reporters before the session", "said ahead of the talks"): the
# words were said at that event, which the text may have dated earlier, not on the writer's day
_AT_EVENT = re.compile(
    r"\b(?i:before|after|ahead[ \t]+of|following|during)[ \t]+(?i:the|a|an|this|that|their|its|his|her)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?i:sessions?|talks|meetings?|rounds?|negotiations|summits?|briefings?|hearings?|conferences?"
    r"|visits?|votes?|ceremony|dinner|signing)\b")


def _said_at_event(text: str, q: _Stretch, ps: int, pe: int) -> bool:
    """Return whether the sentence of quotation ``q`` (in the paragraph ``text[ps:pe]``) ties the words to an event by
    a time phrase outside the quotation, within ``win.QUOTE_EVENT_TAG_REACH`` characters either side ("Jeong told
    reporters before the session", "Before the talks, an aide said:"): then a quoted "today" is the event's day, not
    one a later "the previous day" counts from (review90 finding 8: the writer's last day told counts).

    >>> t = '"We hope to narrow the gap today," Jeong told reporters before the session. Lee left.'
    >>> u = '"We hope to narrow the gap today," Jeong told reporters. Before the session, Lee left.'
    >>> [_said_at_event(x, _Stretch(0, 34), 0, len(x)) for x in (t, u)]  # u: the phrase is the next sentence's
    [True, False]
    """
    stop = text.find(". ", q.end, pe)
    after = min(pe if stop < 0 else stop, q.end + win.QUOTE_EVENT_TAG_REACH)
    start = text.rfind(". ", max(ps, q.start - win.QUOTE_EVENT_TAG_REACH), q.start)
    before = max(ps, q.start - win.QUOTE_EVENT_TAG_REACH) if start < 0 else start
    return _AT_EVENT.search(text, q.end, after) is not None or _AT_EVENT.search(text, before, q.start) is not None


def _names_other_event(h: _Hit) -> bool:
    """Return whether date ``h`` is the day of an event its clause's act is told against ("signed ahead of the U.S.
    elections": the election's day, README "before X" is X), not the act's own time: no later count moves from it
    ("The signing came a month after the deal": a month before the signing, not before the election).

    >>> t = "They signed the pact Monday ahead of the U.S. elections. It came a month after the deal."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 11, 5))]  # doctest: +NORMALIZE_WHITESPACE
    [('Monday', '2024-11-04'), ('ahead of the U.S. elections', '2024-11-05'), ('a month after', '2024-10-04')]
    """
    return h.handler in (_at_election, _election_year) or _since_event(h)  # "in the election year came four days
    # before" the vote: the year the vote names is no act's time a count of days moves from (dates53)


# "<det> first <noun> since the" right before a date that names an event by its day, told of an act its sentence
# dates before it ("on Wednesday, their first trip since the Jan. 20 inauguration", "as part of their first ...")
_FIRST_SINCE_THE = re.compile(r"\b(?i:the|their|his|her|its|our)[ \t]{1,3}first\b[^,.;:!?\n]{0,40}"
                              r"\b(?i:since)[ \t]{1,3}the[ \t]{1,3}\Z")
_NOUN_NEXT = re.compile(r"[ \t]{1,3}[a-z]")
# a single day the act before the comma is told on ("on Wednesday", "on Feb. 3", "today")
_DAY_TOLD = re.compile(rf"\b(?:{_WEEKDAY_ALT}|(?i:today|yesterday|tomorrow))\b|{_MON}[ \t]{{1,3}}\d{{1,2}}\b")


def _since_event(h: _Hit) -> bool:
    """Return whether date ``h`` names an event by its day after "<det> first <noun> since the", told of an act its
    sentence dates to a single day before it ("They arrive on Wednesday, their first trip since the Jan. 20
    inauguration"): the start of a span the act is told against, not its time, so no later count ("A day later")
    moves from it (dat28b). With no such act ("Talks have stalled since the Feb. 28 summit. Two days later, ..."),
    the date is the last told and stays the anchor (review100 finding 1); "since Jan. 20" alone never skips.

    >>> t = "They will arrive on Wednesday, their first trip since the Jan. 20 inauguration. A day later, they meet."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2021, 3, 11))][-1]
    ('A day later', '2021-03-18')
    >>> t = "Talks have stalled since the Feb. 28 summit in Hanoi. Two days later, Kim left Vietnam."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 4, 10))][-1]
    ('Two days later', '2019-03-02')
    """
    text = h.match.string
    if _NOUN_NEXT.match(text, h.end) is None or text.find("the", max(0, h.start - 6), h.start) < 0:
        return False  # (no "the" in the six characters before the date: no "since the ", cheap test first)
    app = _FIRST_SINCE_THE.search(text, max(0, h.start - win.SINCE_EVENT_BACK), h.start)
    if app is None:
        return False
    return _DAY_TOLD.search(text, _sentence_span(text, h.start, h.end).start, app.start()) is not None


def _reported_before(text: str, a: int, b: int) -> bool:
    """Return whether ``text[a:b]`` ends with "reported" and blanks (``_REPORT_DATE``), searched only when it holds
    the word at all.

    >>> _reported_before("Yonhap reported ", 0, 16), _reported_before("Yonhap said ", 0, 12)
    (True, False)
    """
    return text.find("reported", a, b) >= 0 and _REPORT_DATE.search(text, a, b) is not None


_REPORT_DATE = re.compile(r"\breported\s+\Z")  # "<source> reported Wednesday": the date of the news source's report


# a plan's verb and "for" right before a month: the month the plan aims at ("had been penciled in for December");
# its own verbs, not _PLAN_TOLD's: those take "to", these "for" ("earmarked for", not "due for")
_AIMED_AT = re.compile(r"\b(?:scheduled|slated|set|penciled|pencilled|planned|earmarked|pegged)(?:[ \t]+in)?"
                       r"[ \t]+for[ \t]+(?:(?i:early|mid|late)[ \t-]?)?\Z")
_AIM_WINDOW = 32  # characters read before a month for the plan that aims at it
_AIM_AHEAD = 45  # days at most from publication to a month a past plan aims at ("were planned for March" in November)


def _aimed_month(text: str, m: re.Match[str], r: Range | None, pub: dt.date) -> Range | None:
    """Return the reading ``r`` of a month read as past, moved a year on when a plan aims at it ("The round had been
    penciled in for early December") and that month a year on is nearer publication than the one gone: a plan told in
    the past may aim at a month still ahead. Other months keep ``r``.

    >>> t = "The round had been penciled in for early December."
    >>> ranges(t, dt.date(2021, 11, 19))
    [('early December', '2021-12-01', '2021-12-10')]
    >>> ranges("The round had been held in early December.", dt.date(2021, 11, 19))
    [('in early December', '2020-12-01', '2020-12-10')]
    """
    at = m.start("mon")
    if r is None or m["year"] or m["rel"] or not _AIMED_AT.search(text, max(0, at - _AIM_WINDOW), at):
        return r
    on = _years_on(r, 1)
    if on is None:  # 29 February
        return r
    near = r.hi < pub and (on.lo - pub).days < min((pub - r.hi).days, _AIM_AHEAD)
    return on if near else r


def _candidates(text: str, pub: dt.date, start: int, end: int, printed: dt.date | None = None, *,
                line: re.Match[str] | None = None, headline: bool = False,
                kept: tuple[dict[Any, Any], set[str]] | None = None) -> list[_Hit]:
    """Return the date expressions of ``text[start:end]``, read against ``pub``: leftmost-longest, in order. Under a
    dated dateline ``pub`` is its day, which rolling spans ("over the last five months", "in two weeks") end or start
    at too (README "A dated dateline is the story's own day"), ``printed`` the publication date and ``line`` the
    dateline's parse (:func:`_local_day`); ``headline``: the stretch is the article's line 1 (see
    :func:`find_dates`); ``kept``: ``literal_places`` of the stretch and ``_ALL_LITERALS``, when the caller found
    them.

    >>> [h.match.group() for h in _candidates("in January next year, on Friday", dt.date(2019, 11, 16), 0, 32)]
    ['in January next year', 'on Friday']
    """
    places, present = kept or literal_places(text, start, end, _ALL_LITERALS)  # and trigger hits, shared below
    local = _local_day(text, start, pub, printed, line)
    tokens = _Tokens(text, start, end)  # the words the tense of each bare date is read from
    matched = (_rows_matched_back if _LOOKING_BACK[0] else _rows_matched)(text, start, end, places, present)
    out: list[_Hit] = []
    last_end = -1
    for at, _, _, m, handler in matched:  # read in that order: a match inside a kept hit is never read (speed51)
        if at < last_end or _not_a_date(text, m, handler, start):
            continue
        if (h := _hit_read(text, m, handler, (at, pub, local), tokens, headline)) is not None:
            out.append(h)
            last_end = h.end
    hits = _joined(text, _dated_weekdays(text, _restated_weekdays(text, out)))
    hits = _deictic_from_speech(text, _past_after_said(text, _would_after_said(text, hits, pub), pub), pub)
    hits = _marked_weekday_from_speech(text, _past_this_from_speech(text, hits, pub), pub)
    hits = _other_zone_weekdays(text, hits)
    hits = _lone_parts_told(text, _in_year_told(text, _planned_after_dated_act(text, hits, pub), pub))
    hits = _moved_later(text, _fiscal_joined(text, _fiscal_ellipsis(
        text, _attribution_weekday(text, _past_plan_month_near(text, hits, pub, tokens), pub))))
    return _sequence_forward(text, _this_weekday_written(text, hits), pub)


def _rows_matched(text: str, start: int, end: int, places: dict[Any, Any],
                  present: set[str]) -> list[tuple[int, int, int, re.Match[str], Handler]]:
    """Return the matches of the rows whose trigger holds one of the literals ``present`` in ``text[start:end]``
    (``places``: ``literal_places`` of the stretch) as (where each starts (:func:`_span_start`), -its end, the order
    found, the match, its row's handler), leftmost-longest, the first row's first: the order :func:`_candidates` reads.

    >>> t = "Kim left on Friday."
    >>> [(m.group(), h.__name__) for *_, m, h in _rows_matched(t, 0, 19, *literal_places(t, 0, 19, _ALL_LITERALS))]
    [('on Friday', '_weekday')]
    """
    matched: list[tuple[int, int, int, re.Match[str], Handler]] = []  # (start, -end, order found, match, handler)
    for (rx, handler, trigger, back, ahead), need in _rows_with(present):
        if _unmatched_whole(rx, text, start, end, ahead) or not trigger.spans(text, start, end, places).starts:
            continue  # no hit of the trigger (none of its literals is there), or no match at all: none to scan for
        matched += [(_span_start(text, m), -m.end(), len(matched) + k, m, handler)
                     for k, m in enumerate(scan(rx, trigger, text, start, end, back, ahead, places, need))]
    matched.sort(key=lambda x: x[:3])  # leftmost-longest, the first row's first: the order the hits are kept in
    return matched


# The rows' matches of the stretches ``_date_told`` read (speed52b), by the text of each stretch with the
# ``_SCAN_REACH`` characters before it: [(pattern, handler, start, end, end of the search, order found)], each place
# counted from the stretch's start. At most ``_SCANNED_MAX`` stretches (cleared when full): a run of one event word
# repeats a few stretch texts (a read of "election day" a stretch 13 characters on has the same text)
_SCANNED: dict[str, list[tuple[Any, ...]]] = {}
_SCANNED_MAX = 512
# characters before a window's start the rows' scan may read at most: the widest look-behind of a row's pattern,
# trigger, narrowing test or need, with what it reads back itself (15 in session 52; tests/test_speed52c.py computes it)
_SCAN_REACH = 32


def _rows_matched_back(text: str, start: int, end: int, places: dict[Any, Any],
                       present: set[str]) -> list[tuple[int, int, int, re.Match[str], Handler]]:
    """Return :func:`_rows_matched` of a stretch ``_date_told`` reads. The rows' scan reads no character at or after
    ``end`` (every search ends there) nor more than ``_SCAN_REACH`` before ``start`` (each window starts at or
    after it; a look-behind or a word boundary reads back from there), and no place is counted from the text's start
    (``start`` is past the reach): so a stretch of the same text there has the same matches at the same places from
    its start, each found again by its pattern's ``match`` where it was, searched to where it was (every match
    checked; a stretch whose match moved, were there one, is scanned afresh).

    >>> t = "Kim left on Friday. Lee left on Friday."
    >>> a, b = (_rows_matched_back(t, s, s + 19, *literal_places(t, s, s + 19, _ALL_LITERALS)) for s in (0, 20))
    >>> [(m.span(), h.__name__) for *_, m, h in a + b]
    [((9, 18), '_weekday'), ((29, 38), '_weekday')]
    """
    if start <= _SCAN_REACH or end - start > win.SCANNED_STRETCH_MOST:
        return _rows_matched(text, start, end, places, present)
    key = text[start - _SCAN_REACH : end]
    seen = _SCANNED.get(key)
    if seen is not None:
        again = [(rx.match(text, start + s, start + hi), handler, order, s, e) for rx, handler, s, e, hi, order in seen]
        if all(m is not None and m.span() == (start + s, start + e) for m, _, _, s, e in again):
            matched = [(_span_start(text, m), -m.end(), order, m, handler) for m, handler, order, _, _ in again]
            matched.sort(key=lambda x: x[:3])
            return matched
    matched = _rows_matched(text, start, end, places, present)
    if len(_SCANNED) >= _SCANNED_MAX:
        _SCANNED.clear()
    _SCANNED[key] = [(m.re, handler, m.start() - start, m.end() - start, m.endpos - start, order)
                     for _, _, order, m, handler in matched]
    return matched

def _hit_read(text: str, m: re.Match[str], handler: Handler, where: tuple[int, dt.date, dt.date], tokens: _Tokens,
              headline: bool) -> _Hit | None:
    """Return the hit of the match ``m`` of ``handler``'s row as :func:`_candidates` reads it (its clause's way,
    the handler's value and the readings after it), None when it is no date; ``where``: the hit's start
    (:func:`_span_start`), the day read against and the local day.

    >>> t, d = "It rose in 2019.", dt.date(2021, 5, 3)
    >>> _hit_read(t, _YEAR_ALONE.search(t), _year, (8, d, d), _Tokens(t, 0, len(t)), False).value.lo
    datetime.date(2019, 1, 1)
    """
    at, pub, local = where
    way = _ahead(text, m, tokens, headline and handler is _weekday, handler is _in_count) \
        if _tense_matters(handler, m) else None
    future = way in _FORWARD
    try:
        r = handler(m, _weekday_from(text, m, local, pub, future) if handler is _weekday else pub, future)
        r = _untensed_month(m, pub) if r is not None and way == "untensed" and handler is _month else r
        r = _day_told_past(r, local) if way is None and handler in _MONTH_DAYS and _tense_matters(handler, m) \
            else r
        r = _end_told_past(text, m, r, pub, tokens) if handler in _ENDS_OF else r
        r = _aimed_month(text, m, r, pub) if handler is _month and not future else r
        r = _started_by(r, pub) if way == "since" else r
        r = _warned_ahead(r, pub) if way == "warned" else r
        r = _start_just_passed(m, handler, r, pub) if way == _WARNED_START else r
    except (ValueError, OverflowError):
        r = None
    return None if r is None else _Hit(at, m.end(), m, handler, future, r, way in _PLANS)


# "..., while in 2018", "than in 2019": a bare year set against the fiscal year right before it in its sentence
_SET_AGAINST = re.compile(r"\b(?:while|whereas|than|versus|vs\.|against|compared[ \t]{1,3}(?:with|to))[ \t,]{1,3}\Z",
                          re.IGNORECASE)
_SET_AGAINST_BACK = 24  # characters read before the bare year for the word that sets it against the fiscal year


def _fiscal_ellipsis(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a bare year ("in 2018") that its sentence sets against a fiscal year of the US (Japan)
    right before it ("In fiscal year 2019, it was $4.43 billion, while in 2018, it was $4.32 billion", "more in fiscal
    2020 than in 2019") read as that government's fiscal year of the same name: the elliptical "in [fiscal year]
    2018" (README Conventions, a fiscal year; fresh78q). A year joined otherwise ("... in fiscal 2019 for troops sent
    in 2018") stays the calendar year.

    The same bare year, set against the fiscal year, then joined to it otherwise:

    >>> [ranges(t, dt.date(2019, 11, 28))[1] for t in (
    ...     "The Pentagon spent $4.43 billion in fiscal 2019, while in 2018, it spent $4.32 billion.",
    ...     "The Pentagon spent it in fiscal 2019 for troops sent in 2018.")]
    [('in 2018', '2017-10-01', '2018-09-30'), ('in 2018', '2018-01-01', '2018-12-31')]
    """
    for k in range(1, len(hits)):
        s, h = hits[k - 1], hits[k]
        if s.handler is not _fiscal or h.handler is not _year or not isinstance(s.value, Range):
            continue
        kind = {10: "us", 4: "japan"}.get(s.value.lo.month)
        if kind is None or s.value.lo.year + 1 != s.value.hi.year or _SENTENCE_END.search(text, s.end, h.start):
            continue  # the calendar's, a range of fiscal years, or another sentence
        if _SET_AGAINST.search(text, max(s.end, h.start - _SET_AGAINST_BACK), h.start) is None:
            continue
        if _korean_side_after(text, h.start, h.end):
            continue  # "while in 2018 Seoul paid ...": Korea's year, not the elided fiscal one (mend80q)
        y = int(h.match["y"])
        if h.value.lo == dt.date(y, 1, 1) and h.value.hi == dt.date(y, 12, 31):  # a whole year, not "early 2018"
            hits[k] = replace(h, value=_fiscal_years(kind, y, y))
    return hits


# "fiscal years 2026 and 2027", "fiscal years 2025, 2026 and 2027": the plural "years" and a year, then a bare year
# joined to it by "and", "or" or a comma (dates54c)
_FISCAL_PLURAL = re.compile(r"\b[Ff]iscal[ \t]{1,3}[Yy]ears[ \t]{1,3}(?:19|20)\d\d\b")
_YEAR_JOIN = re.compile(r"[ \t]{0,2}(?:,[ \t]{1,3}(?:and[ \t]{1,3}|or[ \t]{1,3})?|(?:and|or)[ \t]{1,3})\Z")


def _fiscal_joined(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a bare year joined by "and", "or" or a comma to the fiscal year right before it that
    "fiscal years" (plural) names ("fiscal years 2026 and 2027", "fiscal years 2025, 2026 and 2027") read as that
    government's fiscal year of its name, as the plural says; a year after a singular "fiscal year 2026 and 2027" or
    after a calendar year stays as it was (dates54c).

    >>> ranges("Congress funded it for fiscal years 2026 and 2027.", dt.date(2025, 11, 14))[1]
    ('2027', '2026-10-01', '2027-09-30')
    >>> ranges("Congress funded it in fiscal year 2026 and 2027.", dt.date(2025, 11, 14))[1]
    ('2027', '2027-01-01', '2027-12-31')
    """
    chained = False  # the hit before was a bare year read so: the plural still holds
    for k in range(1, len(hits)):
        s, h = hits[k - 1], hits[k]
        plural = chained or _FISCAL_PLURAL.search(text, max(0, s.start - 2), s.end) is not None
        chained = False
        if h.handler is not _year or not isinstance(s.value, Range) or not isinstance(h.value, Range) or not plural:
            continue
        kind = {10: "us", 4: "japan"}.get(s.value.lo.month)
        if kind is None or s.value.lo.year + 1 != s.value.hi.year or not _YEAR_JOIN.fullmatch(text, s.end, h.start):
            continue  # the calendar's, a range of fiscal years, or not joined right after it
        y = int(h.match["y"])
        if h.value.lo == dt.date(y, 1, 1) and h.value.hi == dt.date(y, 12, 31):
            hits[k] = replace(h, value=_fiscal_years(kind, y, y))
            chained = True
    return hits


def _korean_side_after(text: str, start: int, end: int) -> bool:
    """Return whether a Korean side that is no mere place (``_placed`` false: "Seoul paid", not "troops in Korea")
    stands between the bare year ``text[start:end]`` and its sentence's end: the year is Korea's, not a fiscal one.

    >>> t = "In fiscal 2019 the US spent $4 billion, while in 2018 Seoul paid 960 billion won."
    >>> _korean_side_after(t, t.index("in 2018"), t.index("in 2018") + 7)
    True
    >>> t = "In fiscal 2019 the US spent $4 billion, while in 2018 it spent $3 billion on troops in Korea."
    >>> _korean_side_after(t, t.index("in 2018"), t.index("in 2018") + 7)
    False
    """
    stop = _sentence_span(text, start, end).end
    return any(k["calendar"] and not _placed(text, k) for k in _fiscal_marks(text, end, stop))


def _lone_parts_told(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` without a lone lower-case "that morning" (afternoon, evening, night) whose date right before it
    is no single day told in its sentence or the one before (review78: "Every winter Bo dreads that morning in
    January", "He warned that night for the troops would be long": no day is meant, or "that" is a conjunction).

    >>> [h.match.group() for h in _candidates("Bo spoke on Dec. 3. He met Al that night.", dt.date(2019, 12, 4), 0, 42)]
    ['on Dec. 3', 'that night']
    >>> t = "Bo spoke on Dec. 3. Al left. Bo met Al that night."  # a sentence between
    >>> [h.match.group() for h in _candidates(t, dt.date(2019, 12, 4), 0, len(t))]
    ['on Dec. 3']
    >>> t = "Bo spoke in December. He warned that night for the troops would be long."  # no single day
    >>> [h.match.group() for h in _candidates(t, dt.date(2019, 12, 4), 0, len(t))]
    ['in December']
    """
    out: list[_Hit] = []
    for h in hits:
        m = h.match
        lone = h.handler is _day_part and m["that"] == "that" and not (m["which"] or m["pre"] or m["same"])
        if lone and not (out and _day_just_before(text, out[-1], h)):
            continue
        out.append(h)
    return out


def _day_just_before(text: str, before: _Hit, h: _Hit) -> bool:
    """Return whether ``before`` is a single day (or a count of days) told in ``h``'s sentence or the one before it.

    >>> t = "Bo spoke on Dec. 3. He met Al that night."
    >>> _day_just_before(t, *_candidates(t, dt.date(2019, 12, 4), 0, len(t)))
    True
    """
    v = before.value
    day = v.unit == "day" if isinstance(v, Anchored) else v.lo == v.hi
    stops = _SENTENCE_END.finditer(text, before.end, h.start)
    return day and sum(1 for _ in zip(range(2), stops, strict=False)) <= 1


def _rows_with(present: set[str]) -> list[tuple[tuple[re.Pattern[str], Handler, Trigger, int, int], Any]]:
    """Return the rows of :data:`_PATTERNS` (with their needs) whose trigger has one of the literals ``present``, in
    the order of the rows.

    >>> rows = _rows_with({"Nov", "week"})
    >>> len(rows) == sum(not lits.isdisjoint({"Nov", "week"}) for lits in _ROW_LITERALS)
    True
    >>> rows == sorted(rows, key=_ROWS.index)  # in the order of the rows
    True
    >>> _rows_with(set())
    []
    """
    return [_ROWS[i] for i in sorted({i for lit in present for i in _ROWS_OF[lit]})]


def _unmatched_whole(rx: re.Pattern[str], text: str, start: int, end: int, ahead: int) -> bool:
    """Return whether ``text[start:end]`` is no longer than ``ahead`` (each window of ``scan`` then runs to ``end``: a
    date line, a short title) and ``rx`` has no match in it: no window, which starts at or after ``start``, holds one,
    so the row's scan would yield nothing; one search costs less than its trigger's hits.

    >>> rx = re.compile(r"\\d+ days")
    >>> [_unmatched_whole(rx, "in 2019", 0, 7, 40), _unmatched_whole(rx, "2 days", 0, 6, 40)]
    [True, False]
    >>> _unmatched_whole(rx, "in 2019", 0, 7, 2)  # a window may end before the stretch does: not searched whole
    False
    """
    return end - start <= ahead and rx.search(text, start, end) is None


def _in_year_told(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare month or month-day of a past narrative read in the year its sentence tells, when
    the date right before it in the sentence has a written year ("In 2023, the talks began in March and ended in
    May", "began in March 2023 and ended in May"): the first such month or day on or after that date (a story of
    2023 goes on in 2023), unless it would come after publication. The date before must open the sentence or be
    joined to it by no comma (not "Trump, who asked for more in 2019, said in March ...": a clause of its own), and
    no "had" may come between (a time told before it).

    >>> ranges("In 2023, the talks began in March and ended in May.", dt.date(2025, 3, 3))[1:]
    [('in March', '2023-03-01', '2023-03-31'), ('in May', '2023-05-01', '2023-05-31')]
    >>> ranges("The talks began in November 2018 and ended in March.", dt.date(2025, 3, 3))[1]
    ('in March', '2019-03-01', '2019-03-31')
    >>> ranges("Trump, who asked for more in 2019, said in March it was a deal.", dt.date(2020, 6, 3))[1]
    ('in March', '2020-03-01', '2020-03-31')
    """
    told: set[int] = set()  # hits read in a year told: the next one may count from them
    for k in range(1, len(hits)):
        s, h = hits[k - 1], hits[k]
        if not _bare_past_month(h) or isinstance(s.value, Anchored) or s.value.hi >= pub:
            continue
        if k - 1 not in told and not _written_year(s):
            continue
        step = not _same_story_clause(text, s, h)
        if step and not _next_sentence_told(text, s, h):
            continue
        if (r := _read_from_told(text, s, h, step, pub)) is not None:
            hits[k] = replace(h, value=r)
            told.add(k)
    return hits


def _read_from_told(text: str, s: _Hit, h: _Hit, step: bool, pub: dt.date) -> Range | None:
    """Return bare month ``h`` read from the date ``s`` told before it (:func:`_in_year_told`; ``step``: in the
    sentence after ``s``'s): the first such month on or after ``s``, before publication and a step of its story; or,
    in the sentence after, when its words say its event came first (:func:`_told_as_before`), the latest such month
    before ``s`` (date48b); None when the reading does not hold.

    >>> t = "Talks began in January 2020. The previous round, in March, failed."
    >>> s, h = _candidates(t, dt.date(2023, 9, 14), 0, len(t))
    >>> _read_from_told(t, s, h, True, dt.date(2023, 9, 14))
    Range(lo=datetime.date(2019, 3, 1), hi=datetime.date(2019, 3, 31), form='month')
    """
    back = step and _told_as_before(text, h)  # "... in January 2020. The previous round, in December, ..."
    try:
        r = h.handler(h.match, s.value.lo - dt.timedelta(days=1), False) if back else \
            h.handler(h.match, s.value.lo, True)
    except (ValueError, OverflowError):
        return None
    if not isinstance(r, Range):
        return None
    return r if (r.hi < s.value.lo if back else r.hi < pub and not (step and _not_a_step(s, r))) else None


_BEFORE_WORD = re.compile(r"\b(?i:previous|preceding|prior|earlier)\b")


def _told_as_before(text: str, h: _Hit) -> bool:
    """Return whether the sentence of bare month ``h`` says, before it, that its event came before the one told in
    the sentence before ("The tenth round was held in January 2020. The previous round, in December, ended without a
    deal"): the latest such month before that date, not the first after it (date48b).

    >>> t = "It met in January 2020. The previous round, in December, failed. It met in May 2020. Talks in June failed."
    >>> [x[1] for x in ranges(t, dt.date(2023, 9, 14))]
    ['2020-01-01', '2019-12-01', '2020-05-01', '2020-06-01']
    """
    begin = _sentence_span(text, h.start, h.end).start
    found = list(_BEFORE_WORD.finditer(text, begin, h.start))  # the last such word before the month tells
    if not found:
        return False
    between = text[found[-1].end() : h.start]
    if found[-1].group().lower() == "earlier" and between.strip() in (",", ", in", ", on"):
        return True  # "Earlier, in December, the envoys met", "had met earlier, in December" (mendr48)
    return _before_noun_phrase(between)


_NOUN_PHRASE_WORD = re.compile(r"[A-Za-z0-9-]{1,30}|,")
# what may stand between a "previous X" noun phrase and its month, read from the month back, each stripped in turn
# ("in", "took place", "which", ","; "held"; a past verb of ending: "The previous deal expired in December", mendr48)
_LINK_BACK = (("in",), ("on",), ("during",), (",",), ("took", "place"), ("held",), ("was",), ("were",), ("which",),
              ("that",), ("ended",), ("expired",), ("lapsed",), ("failed",))
_NOUN_PHRASE_MOST = 5  # words at most in the noun phrase after "previous" ("round", "10th round of talks")
_NOUN_PHRASE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})  # only after "of" inside


def _before_noun_phrase(between: str) -> bool:
    """Return whether ``between`` (the text after a word of before, "previous"/"earlier", up to a bare month) closes
    the noun phrase that word opens, the month in apposition to it, told by a link verb, a participle or relative
    clause of holding, or a past verb of its ending ("The previous round, in December,", "the previous round was in
    December", "The previous round, held in December,", "The previous deal expired in December"): the month is that
    earlier event's own; not a clause's own verb and more ("the previous round returned to the table in March",
    "Earlier talks collapsed in March", "Its prior manager quit the firm in September"; mendd48, mendr48).

    >>> [_before_noun_phrase(b) for b in (" round, ", " round of talks ", " round was held ", " talks collapsed ",
    ...                                   " round returned to the table ", " to the summit ", " round, held in ",
    ...                                   " deal expired in ", " 10th round of talks in ",
    ...                                   " manager quit the firm in ")]
    [True, True, True, False, False, False, True, True, True, False]
    """
    words = [w.lower() for w in _NOUN_PHRASE_WORD.findall(between[:120])]
    for _ in range(8):  # the links stripped from the end in turn, the month's preposition first
        link = next((k for k in _LINK_BACK if len(words) > len(k) and tuple(words[-len(k) :]) == k), None)
        if link is None:
            break
        words = words[: -len(link)]
    return 0 < len(words) <= _NOUN_PHRASE_MOST and not any(
        w in {",", "to"} or w.endswith("ed") or w in _TENSE_WORDS  # "prior to the summit": no noun
        or (w in _NOUN_PHRASE_DETERMINERS and (k == 0 or words[k - 1] != "of")) for k, w in enumerate(words))


def _next_sentence_told(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether ``h`` opens the dates of the sentence right after the one whose last date is ``s``, in one
    paragraph, with no quote mark between: a narrative's next step, which a bare month takes the year of
    ("submitted in January 2014 ... It was reported after the agreement was approved in April": April 2014;
    tests/corpus/README.md, lead decisions of the thirty-eighth session; dfix50).

    >>> t = "In 2019, Washington asked for more. In December, talks broke down."
    >>> ranges(t, dt.date(2023, 11, 22))[1]
    ('In December', '2019-12-01', '2019-12-31')
    """
    between = text[s.end : h.start]
    if "\n" in between or _QUOTE_MARK.search(between):
        return False
    return sum(1 for _ in zip(range(2), _SENTENCE_END.finditer(between), strict=False)) == 1


def _not_a_step(s: _Hit, r: Range) -> bool:
    """Return whether reading ``r`` of a bare month in the sentence after date ``s`` (:func:`_next_sentence_told`)
    is no next step of a story told in ``s``'s year: ``s`` opens a span running to now ("have been at odds since
    2018. The deal expired on Dec. 31"), or ``s`` is finer than a year and ``r`` falls in its month ("On June 12,
    2018, ... at Panmunjom in June": a writer naming the same month again says "that month").

    >>> t = "On June 12, 2018, they met"
    >>> _not_a_step(_candidates(t, dt.date(2019, 12, 10), 0, len(t))[0], Range(dt.date(2018, 6, 1),
    ...                                                                      dt.date(2018, 6, 30), "month"))
    True
    """
    if _SINCE_WORD.search(s.match.string, max(0, s.start - 6), s.end):
        return True
    return not _whole_year(s.value.lo, s.value.hi) and r.lo <= s.value.hi


def _bare_past_month(h: _Hit) -> bool:
    """Return whether hit ``h`` is a month or month-day with no year and no "last"/"next"/"this", read in a
    clause not told ahead (see :func:`_in_year_told`); or a part of a year with no year ("in the third quarter").

    >>> t = "In 2018, growth slowed in the third quarter, not in the third quarter last year."
    >>> [_bare_past_month(h) for h in _candidates(t, dt.date(2019, 11, 20), 0, len(t))]
    [False, True, False]
    """
    if h.handler is _part_of_year and not h.future:
        return bool(h.match["bpart"]) and not h.match["bwhich"]
    if h.handler is _bare_quarter_code:  # "in Q3" (xd59)
        return not h.future
    if h.handler not in (_month, _full) or h.future or isinstance(h.value, Anchored):
        return False
    groups = h.match.groupdict()
    mod = (groups.get("mod") or "").lower()
    return not groups.get("year") and not groups.get("rel") and not any(map(mod.__contains__, ("last", "next", "this")))


def _written_year(h: _Hit) -> bool:
    """Return whether hit ``h`` writes a year in its words ("in 2023", "March 2023", "a 2023 deal").

    >>> t = "in 2023 and in May"
    >>> [_written_year(h) for h in _candidates(t, dt.date(2025, 3, 3), 0, len(t))]
    [True, False]
    """
    return isinstance(h.value, Range) and h.value.form == "absolute" and bool(re.search(r"\d{4}", h.match.group()))


_DAY_YEAR_END = re.compile(r"\d,[ \t]*\d{4}\Z")  # "March 3, 2023": a comma follows the year in news style


def _same_story_clause(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether dates ``s`` and ``h`` (after it) tell one story in one sentence: no sentence end, quote mark,
    "had" or comma between them (but the comma after a date that opens the sentence, "In 2023, ...", or after a
    written year, "On March 3, 2023, and ...").

    >>> t = "In 2023, the talks began in March. Lee, who left in 2019, said in May"
    >>> h = _candidates(t, dt.date(2025, 3, 3), 0, len(t))
    >>> _same_story_clause(t, h[0], h[1]), _same_story_clause(t, h[2], h[3])
    (True, False)
    """
    between = text[s.end : h.start]
    if _SENTENCE_END.search(between) or _QUOTE_MARK.search(between) or "\n" in between:
        return False
    if "had" in {w.lower() for w in _TOKEN.findall(between)}:
        return False
    opener = text[_sentence_span(text, s.start, s.end).start : s.start].split()
    if (len(opener) <= 1 and all(w.lower() in _OPENING_PREPOSITIONS for w in opener)) or _DAY_YEAR_END.search(
            s.match.group()):
        between = between.lstrip(" ,")  # "In 2023, the talks ...", "On March 3, 2023, and ...": the year's comma
    return "," not in between


def _planned_after_dated_act(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare weekday, month or month-day after the infinitive of a past verb of deciding that
    has its own date before the infinitive ("agreed Monday to begin talks in April", "decided last week to raise
    spending in July") read as the first such time after that date: the date of the act is told, so the one after
    the infinitive is the plan's, still ahead of the act.

    >>> ranges("They agreed Monday to begin talks in April.", dt.date(2026, 2, 17))[1]
    ('in April', '2026-04-01', '2026-04-30')
    """
    for k in range(1, len(hits)):
        s, h = hits[k - 1], hits[k]
        if h.handler not in (_weekday, _month, _full) or isinstance(h.value, Anchored) or h.future:
            continue
        if isinstance(s.value, Anchored) or s.value.lo > pub or not _tense_matters(h.handler, h.match):
            continue
        if _act_then_infinitive(text, s, h):
            r = h.handler(h.match, s.value.lo + dt.timedelta(days=1), True)
            hits[k] = h if r is None or isinstance(r, Anchored) else replace(h, value=r)
    return hits


_PLAN_MONTH_AHEAD = 3  # months at most from publication's to a planned month read ahead (:func:`_past_plan_month_near`)
# a past time earlier in the sentence ("Last year,", "In 2018,", "A year ago,"): a plan of that past (mend52r)
_PAST_TIME_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d|(?i:last|previous|prior)[ \t]{1,3}year|(?i:ago))\b")


def _past_plan_month_near(text: str, hits: list[_Hit], pub: dt.date, tokens: _Tokens) -> list[_Hit]:
    """Return ``hits`` with a bare month after a plan told in the simple past ("was set to be held in January", "were
    scheduled to resume in March"; :func:`_past_plan_before`) read as the month ahead when that one is the nearer and
    at most :data:`_PLAN_MONTH_AHEAD` months on: the plan still stands at the telling (real52d); the month behind stays
    when it is the nearer, or when an outcome follows ("... but collapsed": :func:`_outcome_after`), or a past time
    ("Last year,", "In 2018,") stands before it in the sentence, or main read it other than plainly (mend52r).

    >>> ranges("The next round was set to be held in January.", dt.date(2019, 12, 18))
    [('in January', '2020-01-01', '2020-01-31')]
    >>> ranges("The talks were scheduled to resume in October.", dt.date(2019, 12, 18))
    [('in October', '2019-10-01', '2019-10-31')]
    >>> ranges("Last year, the round was set to be held in January.", dt.date(2019, 12, 18))
    [('Last year', '2018-01-01', '2018-12-31'), ('in January', '2019-01-01', '2019-01-31')]
    """
    for k, h in enumerate(hits):
        if h.handler is not _month or h.future or isinstance(h.value, Anchored) or h.value.hi >= pub \
                or not _tense_matters(h.handler, h.match):
            continue
        start = _span_start(text, h.match)
        back = tokens.clause(max(tokens.lo, start - _BACK), start, True)
        if not _past_plan_before(back, simple=True) or _outcome_after(text, h.end, min(tokens.hi, h.end + _WINDOW)) \
                or h.value != _month(h.match, pub, False) or _PAST_TIME_BEFORE.search(
                    text, _sentence_open(text, start), start):
            continue  # main's month moved by a year told, or a past time before it: that past's plan (mend52r)
        r = _month(h.match, pub, True)
        if not isinstance(r, Range):
            continue
        ahead = (r.lo.year - pub.year) * 12 + r.lo.month - pub.month
        behind = (pub.year - h.value.lo.year) * 12 + pub.month - h.value.lo.month
        if 0 < ahead <= _PLAN_MONTH_AHEAD and ahead < behind:
            hits[k] = replace(h, value=r, future=True)
    return hits


# "..., according to the Ministry of Foreign Affairs, Wednesday.": a bare weekday closing a sentence after an
# attribution, the day the source told it (Korean wire style), not a day of the reported clause (real52d)
_ACCORDING_TO = re.compile(r"\b(?i:according)[ \t]{1,3}to[ \t]")
_ATTRIBUTION_WORDS = 10  # words at most of the source between them
_ATTRIBUTION_END = re.compile(r"[ \t]{0,3}(?:[.;]|\Z)")
_ATTRIBUTION_DAYS = 3  # days at most back from publication to the source's day (mend52r)
# a future or a plan told in the sentence ("will meet", "is set to land"): its closing weekday may be the event's
_PLAN_AHEAD_WORDS = re.compile(r"\b(?i:will|would|shall|(?:is|are)[ \t]{1,3}(?:set[ \t]{1,3})?to|plans?[ \t]{1,3}to"
                               r"|expected[ \t]{1,3}to)\b|['’]ll\b")


def _attribution_weekday(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare weekday read ahead that closes its sentence right after "according to <source>,"
    read back instead: the day the source told it, on or before publication (real52d), when no future is told in the
    sentence and that day is at most :data:`_ATTRIBUTION_DAYS` back (mend52r).

    >>> ranges("Talks resume, according to the ministry, Wednesday.", dt.date(2020, 3, 19))
    [('Wednesday', '2020-03-18', '2020-03-18')]
    >>> ranges("Talks will resume, according to the ministry, Wednesday.", dt.date(2020, 3, 19))
    [('Wednesday', '2020-03-25', '2020-03-25')]
    """
    for k, h in enumerate(hits):
        m = h.match
        if h.handler is not _weekday or not h.future or m.group() != m["wd"] \
                or _ATTRIBUTION_END.match(text, h.end) is None:
            continue
        lo = max(0, h.start - win.ATTRIBUTION_WEEKDAY_BACK)
        at = [a.end() for a in _ACCORDING_TO.finditer(text, lo, h.start)]
        source = text[at[-1]:h.start].rstrip() if at else ""
        if not source.endswith(",") or any(c in source[:-1] for c in ',;:.!?"“”()') \
                or len(source.split()) > _ATTRIBUTION_WORDS:
            continue
        r = _weekday(m, pub, False)
        if r is None or (pub - r.lo).days > _ATTRIBUTION_DAYS or _PLAN_AHEAD_WORDS.search(
                text, _sentence_open(text, h.start), h.start):
            continue  # a future told, or the day back far: the reported clause's day ahead, as main reads it (mend52r)
        hits[k] = replace(h, value=r, future=False)
    return hits


def _sentence_open(text: str, at: int) -> int:
    """Return where the sentence holding ``text[at]`` starts, looked for at most ``win.SENTENCE_OPEN_BACK`` back
    (mend52r).

    >>> _sentence_open("Kim left. Lee will stay Monday.", 24)
    10
    """
    lo = max(0, at - win.SENTENCE_OPEN_BACK)
    return max((e.end() for e in _SENTENCE_END50.finditer(text, lo, at)), default=lo)


_DECIDING = frozenset({"agreed", "decided", "promised", "pledged", "vowed", "arranged", "resolved", "planned",
                       "proposed", "offered", "threatened", "voted"})


def _act_then_infinitive(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether hit ``s`` dates a past verb of deciding right before it and an infinitive follows it, with no
    clause mark before ``h`` ("agreed Monday to begin talks in", "decided last week to raise spending in").

    >>> t = "They agreed Monday to begin talks in April."
    >>> hits = _candidates(t, dt.date(2026, 2, 17), 0, len(t))
    >>> _act_then_infinitive(t, hits[0], hits[1])
    True
    >>> t = "They agreed in June to reopen talks that have stalled since a summit in February."
    >>> hits = _candidates(t, dt.date(2019, 11, 16), 0, len(t))
    >>> _act_then_infinitive(t, hits[0], hits[1])
    False
    """
    verb = _TOKEN.findall(text, max(0, s.start - 16), s.start)[-1:]
    if not verb or verb[0].lower() not in _DECIDING:
        return False  # most pairs: no verb of deciding, and the words between (maybe paragraphs) are not read
    between = _TOKEN.findall(text, s.end, h.start)
    if len(between) < 2 or between[0] != "to":
        return False
    if not between[1].islower() or between[1] in _DETERMINERS:
        return False  # "agreed Monday to a deal"
    # one clause: not "agreed in June to reopen talks that have stalled since a summit in February"
    return not any(w in _BOUNDARY or w.lower() in _CLAUSE_WORDS or _tense_of(between, j)
                   for j, w in enumerate(between) if j > 1)


def _would_after_said(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare weekday or month in a "would" clause of speech reported on a past day or month
    ("Lee said on Monday that the envoys would meet on Tuesday", told on Wednesday) read as the first such day
    (month) on or after the time it was said, as the reader counts it, not the first after publication.

    >>> ranges("Lee said on Monday that the envoys would meet on Tuesday.", dt.date(2019, 12, 11))[1]
    ('on Tuesday', '2019-12-10', '2019-12-10')
    >>> t = "Lee said on Monday they had met on Friday and would meet on Tuesday."
    >>> ranges(t, dt.date(2019, 12, 11))[2]
    ('on Tuesday', '2019-12-10', '2019-12-10')
    >>> ranges("Trump said on Friday he would decide over the weekend.", dt.date(2019, 11, 18))[1]
    ('over the weekend', '2019-11-16', '2019-11-17')
    """
    for k in range(1, len(hits)):
        h = hits[k]
        if isinstance(h.value, Anchored) or not _read_from_speech(h):
            continue
        s = _said_hit(text, hits, k, pub)
        if s is None and k >= 2:  # "said on Monday the team had met on Friday and would meet on Tuesday"
            s = _said_hit(text, [hits[k - 2], h], 1, pub)  # past a date inside the same speech
        if s is None or _writers_report(text, hits, k, s, pub) or not _ago_told_in(text, s, h):
            continue  # mendfd72: "said in 2019 that Seoul will pay more this year and ... next year": the writer's
        said = s.value.lo
        if _deictic_period(h):  # "said on April 3 that talks would resume next week": the week after April 3's
            if _writers_this(h, said, pub) or (said >= pub - dt.timedelta(days=_STORY_PRESENT)
                                               and "next" in h.match.group().lower()):
                continue  # speech of the story's present ("said Friday ... next week", told Monday): the writer's
            r = h.handler(h.match, said, h.future)
            hits[k] = replace(h, value=r) if isinstance(r, Range) else h
        else:
            hits[k] = replace(h, value=_back_to(h.value, said, h.handler in (_weekday, _weekend)))
    return hits


def _writers_this(h: _Hit, said: dt.date, pub: dt.date) -> bool:
    """Return whether ``h`` is a "this" period ("this week", "later this month") of the writer's now (``pub``) that
    the day of the speech falls outside: "this" anchors it to the writer even in reported speech ("said last week
    that talks would resume this week" is the week of writing), while inside it the speech's day still counts ("said
    on Monday that talks would resume later this week": after that Monday) (review42).

    >>> t = "Lee said last week that talks would resume this week."
    >>> ranges(t, dt.date(2019, 11, 20))[1]
    ('this week', '2019-11-18', '2019-11-24')
    """
    low = h.match.group().lower()
    if "this" not in low:
        return False  # (most dates: no word is cut and stripped)
    words = [w.strip(".,;:") for w in low.split()]
    if "this" not in words[:-1]:
        return False
    unit = words[words.index("this") + 1]
    if unit not in ("week", "month", "year"):
        return False
    own = _unit_period(pub, unit)
    return not own.lo <= said <= own.hi


# handlers whose "relative" reading counts a period from the writer's day by a word of year or month beside another
# word ("the end of next year", "in January next year", "the second half of last year", "Dec. 31 last year", "next
# spring"): in dated speech they count from the speech's time, as "next year" does (dfix50)
_SPEECH_COMPOUNDS = frozenset({_end_of, _month, _part_of_year, _full, _season})


def _deictic_period(h: _Hit) -> bool:
    """Return whether hit ``h`` is a period counted from the writer's day ("next week", "later this month", "the end
    of next year", "in March last year"), which a dated speech counts from its own time instead.

    >>> t = "Lee said in 2018 that the deal would be signed by the end of next year."
    >>> _deictic_period(_candidates(t, dt.date(2022, 9, 14), 0, len(t))[1]), ranges(t, dt.date(2022, 9, 14))[1]
    (True, ('the end of next year', '2019-12-31', '2019-12-31'))
    """
    if h.handler is _relative or h.handler is _ago:  # ("said in 2019 that talks began two years ago": dates55)
        return True
    return h.handler in _SPEECH_COMPOUNDS and isinstance(h.value, Range) and h.value.form == "relative"


def _read_from_speech(h: _Hit) -> bool:
    """Return whether hit ``h`` is read from the time of the speech its "would" clause reports: a bare weekday or
    month read ahead, or a deictic period ("next week", "later this month", "the end of next year")."""
    if _deictic_period(h):
        return True
    if not h.future or h.handler not in (_weekday, _month, _weekend) or not _tense_matters(h.handler, h.match):
        return False  # (a weekend: "said on Friday he would decide over the weekend", dother52)
    return not (h.handler is _weekday and h.match["wk"])


def _back_to(r: Range, said: dt.date, weekly: bool) -> Range:
    """Return ``r`` moved back by whole weeks (``weekly``) or years while it still starts on or after ``said``.

    >>> _back_to(Range(dt.date(2019, 12, 17), dt.date(2019, 12, 17), "weekday"), dt.date(2019, 12, 9), True)[0]
    datetime.date(2019, 12, 10)
    """
    while True:
        back = Range(r.lo - dt.timedelta(days=7), r.hi - dt.timedelta(days=7), r.form) if weekly else _a_year_back(r)
        if back.lo < said or back.lo == r.lo:
            return r
        r = back


# words right before the date of a speech ("speaking on Monday", "in an interview aired on Monday", "told reporters on")
_SPEECH_WORDS = _SAID | {"speaking", "interview", "statement", "briefing", "conference", "hearing", "remarks", "speech",
                         "address", "post", "tweet", "message", "letter", "announcement", "aired", "published",
                         "released"}
_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "by"})  # before a date that opens its sentence
_SAID_REACH = 5  # words between a word of speech and the date of the speech ("said in an interview aired on Monday")


def _said_hit(text: str, hits: list[_Hit], k: int, pub: dt.date) -> _Hit | None:
    """Return the date of the speech a clause holding ``hits[k]`` reports (a "would" clause, :func:`_speech_hit`, or
    indirect speech of the past, :func:`_past_speech_hit`), when the sentence dates it before publication right
    beside its verb ("said on Monday that ... would", "On Monday, Lee said ... would"); else None. The clause must be
    outside quotation marks; a speech more than 400 days back dates only the words it fixes (:func:`_fixed_by_speech`).

    >>> t = "Lee said on Monday that they would meet on Tuesday."
    >>> _said_hit(t, _candidates(t, dt.date(2019, 12, 11), 0, len(t)), 1, dt.date(2019, 12, 11)).value.lo
    datetime.date(2019, 12, 9)
    """
    s = _speech_hit(text, hits, k, pub) or _past_speech_hit(text, hits, k, pub)
    if s is None or (s.value.lo < pub - dt.timedelta(days=400) and not _fixed_by_speech(hits[k], s.value)):
        return None
    return s


def _in_report(text: str, s: _Hit, h: _Hit, pub: dt.date) -> bool:
    """Return whether ``h`` lies in the clause of the speech dated by ``s`` (as :func:`_said_hit` reads it).

    >>> t = "Lee said in 2019 that Seoul will pay more this year."
    >>> hits = _candidates(t, dt.date(2021, 3, 10), 0, len(t))
    >>> _in_report(t, hits[0], hits[1], dt.date(2021, 3, 10))
    True
    """
    pair = [s, h]
    return (_speech_hit(text, pair, 1, pub) or _past_speech_hit(text, pair, 1, pub)) is s


def _writers_report(text: str, hits: list[_Hit], k: int, s: _Hit, pub: dt.date) -> bool:
    """Return whether the reported clause of the speech dated by ``s`` holds, beside ``hits[k]``, a "this" period of
    the writer's now (:func:`_writers_this`: "said in 2019 that Seoul will pay more this year and that the deal
    expires next year"): the clause is told in the writer's time, so all its relative words read from publication
    (one speech, one time; mendfd72, review72 finding 6).

    >>> t = "Lee said in 2019 that Seoul will pay more this year and that the deal expires next year."
    >>> hits = _candidates(t, dt.date(2021, 3, 10), 0, len(t))
    >>> _writers_report(t, hits, 2, hits[0], dt.date(2021, 3, 10)), ranges(t, dt.date(2021, 3, 10))[2][1]
    (True, '2022-01-01')
    """
    end = _sentence_span(text, s.start, s.end).end
    before = takewhile(lambda j: hits[j].start >= s.end, range(k - 1, -1, -1))  # the sentence's hits only
    after = takewhile(lambda j: hits[j].start < end, range(k + 1, len(hits)))
    return any(hits[j].handler is _relative and _writers_this(hits[j], s.value.lo, pub)
               and _in_report(text, s, hits[j], pub) for j in chain(before, after))


def _speech_hit(text: str, hits: list[_Hit], k: int, pub: dt.date) -> _Hit | None:
    """Return the hit before ``hits[k]`` that dates the speech a "would" clause holding ``hits[k]`` reports (see
    :func:`_said_time`), however long before publication; None if there is none.

    >>> t = "Lee said in 2019 that they would meet in March."
    >>> _speech_hit(t, _candidates(t, dt.date(2025, 3, 3), 0, len(t)), 1, dt.date(2025, 3, 3)).value.lo
    datetime.date(2019, 1, 1)
    """
    s, h = hits[k - 1], hits[k]
    if isinstance(s.value, Anchored) or s.value.hi >= pub:
        return None
    if text.find("would", s.end, h.start) < 0:
        return None  # most pairs: no "would" between them, and their words are not read
    between = _TOKEN.findall(text, s.end, h.start)
    if any(w in _BOUNDARY for w in between) or "would" not in between:
        return None
    after = between[between.index("would") :]
    if any(w.lower() in _WILL or w.lower() in {"is", "are"} for w in after) or _narrator_joined(between):
        return None
    if _relative_aside_closed(text, s, h):
        return None  # "Voss, who said in March that talks would fail, arrived yesterday": the main clause's
    return s if _dates_speech(text, s, between, between.index("would")) else None


def _relative_aside_closed(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether the speech dated by ``s`` is told in a relative aside on the subject (", who said in March
    that ...", opened by a comma and :data:`_RELATIVE_OPEN`) that a comma or dash closes before hit ``h``: ``h`` is
    then in the main clause, told in the writer's time, not in the aside's report ("Voss, who said in March that talks
    would fail, arrived in Seoul yesterday": the writer's yesterday; datebat60). An aside still open ("Voss, who said
    in 2019 that Seoul would pay more next year, retired") or a speech in the main clause keeps the report's reading.

    >>> t = "Voss, who said in March that talks would fail, arrived in Seoul yesterday."
    >>> hits = _candidates(t, dt.date(2024, 4, 20), 0, len(t))
    >>> _relative_aside_closed(t, hits[0], hits[1]), ranges(t, dt.date(2024, 4, 20))[1]
    (True, ('yesterday', '2024-04-19', '2024-04-19'))
    >>> t = "Voss said in March that talks would, in the end, fail on Friday."
    >>> _relative_aside_closed(t, *_candidates(t, dt.date(2024, 4, 20), 0, len(t)))
    False

    Only the last comma before ``h`` counts, and only when the main clause's verb follows it, with no "would"
    still waiting for its verb (mend60e):

    >>> t = "Voss, who said in March that Seoul would, if pressed, quit the talks on Friday, left."
    >>> _relative_aside_closed(t, *_candidates(t, dt.date(2024, 4, 20), 0, len(t))[:2])
    False
    >>> t = "Voss, who said in March that the deal, as drafted, would collapse tomorrow, left."
    >>> _relative_aside_closed(t, *_candidates(t, dt.date(2024, 4, 20), 0, len(t))[:2])
    False
    """
    last = max((m.end() for m in _CLAUSE_CLOSE.finditer(text, s.end, h.start)), default=-1)
    if last < 0 or not _opens_main_clause(_TOKEN.findall(text, last, h.start)[:2]):
        return False  # only the last comma counts, and the main clause's verb must follow it (mend60e)
    would = text.rfind("would", s.end, last)
    if would >= 0 and _HANGING_PAUSE.match(text, would + 5):
        return False  # "would, if pressed, quit the talks on Friday": the "would" clause runs on past the comma
    lo = _sentence_span(text, s.start, s.end).start
    comma = text.rfind(",", lo, s.start)
    first = _TOKEN.findall(text, comma + 1, s.start)[:1] if comma >= 0 else []
    return bool(first) and first[0].lower() in _RELATIVE_OPEN


_HANGING_PAUSE = re.compile(r"[ \t]{0,3}(?:,|—|–|[ \t]-[ \t])")  # a pause right after a modal: its verb comes later
_MAIN_ADVERBS = frozenset({"then", "also", "later", "again", "finally", "now", "still"})  # before a main verb


def _opens_main_clause(words: list[str]) -> bool:
    """Return whether ``words`` (the first after the comma closing a relative aside) open the main clause: a finite
    verb of the sentence's subject, past, present or "will" (after at most one adverb), not a modal or a participle
    still running in the aside's report ("as drafted, would collapse", "if pressed, walk out"; mend60e).

    >>> [_opens_main_clause(s.split()) for s in ("arrived in", "flew to", "will meet", "arrives tomorrow",
    ...                                       "then left", "would collapse", "walk out", "as drafted", "in her")]
    [True, True, True, True, True, False, False, False, False]
    """
    w = [x.lower() for x in words]
    if len(w) > 1 and w[0] in _MAIN_ADVERBS:
        w = w[1:]
    if not w or w[0] in _MODALS:
        return False
    v = w[0]
    return v in _OWN_VERBS or v in _WILL_HAVE or v in _FINITE_AUX or v.endswith("ed") or \
        (v.endswith("es") and len(v) > 4)


def _past_speech_hit(text: str, hits: list[_Hit], k: int, pub: dt.date, told_past: bool = False,
                     marked: bool = False, present: int | None = None) -> _Hit | None:
    """Return the hit right before ``hits[k]`` that dates the indirect speech holding it in a clause of any tense but
    "would" (that is :func:`_speech_hit`'s: "said in 2019 that Seoul will pay more next year", "told reporters last
    March that talks resume next month"), when the speech lies before the story's present (ends more than
    ``_STORY_PRESENT`` days before publication): its relative words read from the speech's time, as a quotation's do
    (mendd70). Only words read from a speech (:func:`_read_from_speech`), in one clause: no comma between (but the
    one after a date that opens the sentence), no dash, sentence end or quote mark, and no other speech verb (a later
    speech: "told Reuters last year that they say Seoul agreed to pay last year"). None if there is none.

    >>> t = "Park said in 2019 that Seoul will pay more next year."
    >>> _past_speech_hit(t, _candidates(t, dt.date(2025, 3, 3), 0, len(t)), 1, dt.date(2025, 3, 3)).value.lo
    datetime.date(2019, 1, 1)
    >>> t = "Park said on Friday that talks resume next week."  # the story's present: read from publication
    >>> _past_speech_hit(t, _candidates(t, dt.date(2025, 3, 3), 0, len(t)), 1, dt.date(2025, 3, 3))

    ``told_past``: a bare weekday or a day word told in the past counts too ("told lawmakers in 2021 that he had met
    Lee on Friday", "said in March that they met yesterday": a word finer than the speech's time,
    :func:`_year_dated_report`; dates54, datebat60). ``marked``: any word counts
    (a "next/last/this" weekday, :func:`_marked_weekday_from_speech`). ``present``: the days before publication a
    speech must end before (None: ``_STORY_PRESENT``; 0: any speech ended before publication,
    :func:`_past_beyond_speech`).
    """
    s, h = hits[k - 1], hits[k]
    gap = _STORY_PRESENT if present is None else present
    if isinstance(s.value, Anchored) or s.value.hi >= pub - dt.timedelta(days=gap):
        return None
    if not (_read_from_speech(h) or (told_past and (_bare_weekday(h) or _day_word(h))) or marked) or \
            text.find("\n", s.end, h.start) >= 0:
        return None
    between = _TOKEN.findall(text, s.end, h.start)
    if any(w in _BOUNDARY or w.lower() == "would" for w in between):
        return None  # a sentence apart, a quotation, or a "would" clause (:func:`_speech_hit` reads it)
    if not _SPEECH_OR_SAID.search(text, max(0, s.start - _SPEECH_NEAR), h.start):
        return None  # no word of speech near them (searched only for a pair in one clause: a case-blind search)
    verbs = [w for w in between if w.lower() in _SPEAKING]
    # the opening is read only when an answer needs it: a comma or dash between, or a verb of speech (datebat60)
    opens = bool(verbs or _CLAUSE_CLOSE.search(text, s.end, h.start)) and _date_opens_speech(text, s)
    if _speech_clause_closed(text, s, h, opens):
        return None  # "Park, who said in 2019 that ..., will visit next year": the speech's clause has closed
    if len(verbs) > opens or _narrator_joined(between):
        return None  # "told Reuters last year that they say Seoul agreed last year": a later speech, undated
    return s if _dates_speech(text, s, between, len(between)) else None


_CLAUSE_CLOSE = re.compile(r",|—|–|[ \t]-[ \t]")  # a comma or dash between a speech's date and a date after it
_JOINERS = frozenset({"and", "but", "while", "whereas", "yet"})  # words that may join the narrator's clause to a report
# verbs in the present or past that show a clause of its own (not "will"/"would"/a modal: a report goes on with them)
_OWN_VERBS = _PAST | _SCHEDULED | _PLANNED_PRESENT | frozenset(
    {"is", "are", "has", "have", "does", "do", "expects", "expect", "says", "say", "wants", "want", "hopes", "hope",
     "plans", "thinks", "believes", "sees", "predicts", "estimates", "forecasts", "reports", "insists", "argues",
     "remains", "seems", "appears", "pays", "pay", "needs", "seeks", "aims", "intends"})  # fmt: skip
_OWN_VERB_REACH = 4  # words after a joiner read for its clause's verb ("and the foreign ministry expects")


def _narrator_joined(between: list[str]) -> bool:
    """Return whether the words ``between`` a speech's date and a later date join, after a reported clause that has
    its verb, a clause of the narrator's own: "and"/"but" (not "and that"), a subject, and within a few words a verb
    of its own in the present or past, not a modal ("said in 2019 that Seoul will pay more and the ministry expects a
    deal next year": next year is the writer's; mendfd72, review72 finding 5). Not "Seoul and Washington will sign"
    (no verb before the joiner), "will pay more and spend less" (no subject), "and Washington will pay less" (a modal
    goes on with the report).

    >>> _narrator_joined("that Seoul will pay more and the ministry expects a deal".split())
    True
    >>> [_narrator_joined(s.split()) for s in ("that Seoul and Washington will sign a deal",
    ...     "that Seoul will pay more and that the deal expires", "that Seoul will pay more and Washington will pay")]
    [False, False, False]
    """
    start = next((i + 1 for i, w in enumerate(between) if w.lower() in _SPEAKING or w.lower() == "that"), 0)
    for i in range(start + 1, len(between) - 2):
        if between[i].lower() not in _JOINERS or not any(w.lower() in _OWN_VERBS | _WILL | _MODALS or
                                                         w.lower().endswith("ed") for w in between[start:i]):
            continue
        subject = between[i + 1]
        if subject.lower() == "that" or not (subject.lower() in _DETERMINERS or subject.lower() in _SUBJECT_PRONOUNS
                                             or subject[:1].isupper()):
            continue
        after = [w.lower() for w in between[i + 2 : i + 2 + _OWN_VERB_REACH]]
        verb = next((w for w in after if w in _OWN_VERBS | _WILL | _MODALS or w.endswith("ed")), None)
        if verb is not None and verb not in _WILL and verb not in _MODALS:
            return True
    return False
_SPEECH_NEAR = 40  # characters read before a speech's date for a word of speech (as :func:`_dates_speech` reads)
_STORY_PRESENT = 7  # days before publication within which a speech is the story's present ("said on Monday that")


# words in a sentence's fronted phrase that make it a clause, a time before or after what the main clause tells, or
# a circumstance of its own ("With the deal expiring on April 1, USFK warned ...": the deal's date, not the warning's)
_FRONT_CLAUSE = _TIME_CLAUSE | {"although", "though", "if", "as", "once", "unlike", "whereas", "following", "ahead",
                                "prior", "with", "without", "amid", "despite", "given"}
# a finite verb: the fronted phrase is a clause of its own (not "'s": _TOKEN keeps "Korea's" one word, review52)
_FRONT_FINITE = (_FINITE_AUX - {"'s"}) | _MODALS | _WILL_HAVE
# nouns a year before the fronted phrase's comma may modify for it to date a speech ("In a 2019 interview,")
_FRONT_EVENT = _SPEECH_WORDS | {"visit", "trip", "meeting", "summit", "talks", "testimony", "appearance", "session"}
_FRONT_TAIL = 4  # words at most between a date and its fronted phrase's comma ("a 2019 interview with Reuters,")


def _fronted_phrase(text: str, s: _Hit) -> bool:
    """Return whether date ``s`` lies in the phrase that opens its sentence before its comma, with no verb or clause
    of its own ("During a visit to Hanul in 2019, Bo told reporters", "Testifying in 2019, Bo said", "Back in 2019,
    Bo said", "In a 2019 interview, Bo said"): it dates what the main clause tells, as "In 2019, Bo said" does
    (dfix51), "before" after a participle a place ("Testifying before lawmakers in 2019,"). Not a clause or a time
    before or after it ("After talks collapsed in 2019,", "Since 2019,"), nor a year
    naming a thing that is no speech or event ("Under the 2019 deal, officials said ...").

    >>> t = "During a visit to Hanul in 2019, Bo said; Under the 2019 deal, Bo said; After talks collapsed in 2019, Bo"
    >>> [_fronted_phrase(t, h) for h in _candidates(t, dt.date(2025, 3, 3), 0, len(t))]
    [True, False, False]
    """
    begin = _sentence_span(text, s.start, s.end).start
    begin = max(begin, text.rfind(";", begin, s.start) + 1)
    comma = text.find(",", s.end, s.end + win.FRONT_PHRASE_AFTER)
    if s.start - begin > win.FRONT_PHRASE_BACK or comma < 0 or text.find(",", begin, s.start) >= 0:
        return False
    head, tail = _TOKEN.findall(text, begin, s.start), _TOKEN.findall(text, s.end, comma)
    if len(tail) > _FRONT_TAIL or (tail and not any(w.lower() in _FRONT_EVENT for w in tail)):
        return False  # "Under the 2019 deal,": the year names a thing, no time of the speech
    words = [w.lower() for w in head + tail]
    if any(w in _FRONT_CLAUSE and not (k and words[k - 1].endswith("ing")) for k, w in enumerate(words[: len(head)])):
        return False  # "After talks ended in 2019,"; not "Testifying before lawmakers in 2019,"
    return not any(w in _BOUNDARY or w in _FRONT_FINITE or w in _PAST or (k and w.endswith("ed"))
                   for k, w in enumerate(words))


def _dates_speech(text: str, s: _Hit, between: list[str], upto: int) -> bool:
    """Return whether date ``s`` is the time of a speech: beside a word of speech before it ("said on Monday", "in
    a statement released on Monday") with a verb of saying before it or in the words ``between`` it and a date it
    dates, or opening its sentence with such a verb in the first ``upto`` of those words ("On Monday, Lee said").

    >>> t = "On Monday, Lee said"
    >>> _dates_speech(t, _candidates(t, dt.date(2019, 12, 11), 0, len(t))[0], ["Lee", "said"], 2)
    True
    """
    before = _TOKEN.findall(text, max(0, s.start - 40), s.start)[-_SAID_REACH:]
    if any(w in _BOUNDARY for w in before):
        before = before[max(i for i, w in enumerate(before) if w in _BOUNDARY) + 1 :]
    if any(w.lower() in _SPEECH_WORDS for w in before) and any(w.lower() in _SAID for w in before + between):
        return True  # "said in March that ...": spoken; the sentence's opening is read only when this fails (mend60e)
    opens = all(w.lower() in _OPENING_PREPOSITIONS for w in before)  # "In 2019, Lee said ...": the sentence's opening
    opens = opens or _fronted_phrase(text, s)  # "During a visit in 2019, Lee said ..." (dfix51)
    ahead = between[:upto][: _SAID_REACH + 2] if opens else []
    return any(w.lower() in _SAID for w in ahead)



# speed52c: the answers of ``_dates_speech`` asked by ``_speech_of`` for the last text read, by the speech
# hit's start and end and the next hit's start: every overlapping stretch ``_date_told`` reads asks them again
_SPEECH_KEPT = _PerText()


def _dates_speech_kept(text: str, s: _Hit, h_start: int, between: list[str]) -> bool:
    """Return ``_dates_speech(text, s, between, len(between))``, where ``between`` is ``_TOKEN.findall(text, s.end,
    h_start)``, kept for the text: the answer reads only the whole text (no stretch's bounds) at ``s.start``,
    ``s.end`` and those words, so the key ``(s.start, s.end, h_start)`` with the text held fixes it (speed52c).

    >>> t = "On Monday, Lee said Kim left Friday"
    >>> s = _candidates(t, dt.date(2019, 12, 11), 0, len(t))[0]
    >>> w = _TOKEN.findall(t, s.end, t.index("Friday"))
    >>> _dates_speech_kept(t, s, t.index("Friday"), w), _dates_speech_kept(t, s, t.index("Friday"), w)
    (True, True)
    """
    kept, key = _SPEECH_KEPT.of(text, dict), (s.start, s.end, h_start)
    if key not in kept:
        kept[key] = _dates_speech(text, s, between, len(between))
    return bool(kept[key])

def _past_after_said(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare weekday told in the past in speech reported on a single earlier day ("Kim said on
    Friday that the envoys met on Saturday", told on Monday) read as the last such day on or before the speech's:
    what a speech reports came before it (:func:`_speech_of`).

    >>> ranges("Kim said on Friday that the envoys met on Saturday.", dt.date(2020, 4, 13))[1]
    ('on Saturday', '2020-04-04', '2020-04-04')
    """
    for k in range(1, len(hits)):
        h = hits[k]
        if h.handler is not _weekday or h.future or isinstance(h.value, Anchored) or h.match["wk"]:
            continue
        if (h.match["mod"] or "on").lower() not in {"on", "early", "late"} or (s := _speech_of(text, hits, k)) is None:
            continue
        if _second_past_act(_TOKEN.findall(text, s.end, h.start)) or _relative_act_date(text, s):
            continue  # "announced the cut Tuesday, then reversed it on Thursday": a later act, no speech's content
        said = s.value.lo
        if said < h.value.lo <= pub:
            back = dt.timedelta(days=((h.value.lo - said).days + 6) // 7 * 7)
            hits[k] = replace(h, value=Range(h.value.lo - back, h.value.hi - back, h.value.form))
    return hits


_ACT_DATE_SLOT = frozenset({"on", "early", "late", "last"})  # words between that verb and the date it dates


def _relative_act_date(text: str, s: _Hit) -> bool:
    """Return whether date ``s`` dates the past verb of a relative clause right before it ("the talks, which began
    Monday,", "the envoys who arrived on Sunday", "talks that opened early Monday"): an act the speech reports, not
    the speech's day, so a weekday after it is read as any past weekday is ("Voss said the talks, which began Monday,
    ended Tuesday", told on Wednesday: the Tuesday just gone, not the week before; datebat60). A verb of saying there
    ("Kim, who said on Monday ...") still dates a speech.

    >>> t = "Voss said the talks, which began Monday, ended Tuesday."
    >>> _relative_act_date(t, _candidates(t, dt.date(2024, 4, 3), 0, len(t))[0]), ranges(t, dt.date(2024, 4, 3))[1]
    (True, ('Tuesday', '2024-04-02', '2024-04-02'))
    >>> t = "Kim, who said on Monday that the envoys met Saturday, left."
    >>> _relative_act_date(t, _candidates(t, dt.date(2024, 4, 3), 0, len(t))[0])
    False

    A relative clause on a speech or publication ("in a statement that appeared Monday") dates the speech: False.

    >>> t = "Kim said in a statement that appeared Monday that the envoys met Tuesday."
    >>> _relative_act_date(t, _candidates(t, dt.date(2024, 4, 3), 0, len(t))[0])
    False
    """
    words = [w.lower() for w in _TOKEN.findall(text, max(0, s.start - 60), s.start)[-6:]]
    while words and words[-1] in _ACT_DATE_SLOT:
        words.pop()
    if words and words[-1] in _SPEECH_WORDS:  # "remarks that were published Monday": the speech's own day
        return False
    if len(words) < 2 or words[-2] not in _RELATIVE_WORDS or (len(words) > 2 and words[-3] in _SPEECH_WORDS):
        return False  # "a statement that appeared Monday": the speech's day (mend60e)
    verb = words[-1]
    return verb not in _SAID and verb not in _SPEECH_WORDS and (verb in _PAST or verb.endswith("ed"))


# a past verb joined to a dated act of speech by "and", "then", "but" ("Seoul announced the cut Tuesday, then reversed
# it on Thursday"): the same subject's next act, told in order, not what the speech reported (fix51d)
_ACT_JOINERS = frozenset({"and", "then", "but"})


def _second_past_act(between: list[str]) -> bool:
    """Return whether ``between`` (the words from a speech's date to a weekday after it) opens with "and", "then" or
    "but" (up to two of them) and a past verb that is no verb of saying nor a past perfect ("and had hinted at it",
    mend51d), with no "that" after: a second act of the speech's subject, which :func:`_past_after_said` leaves read
    from publication.

    >>> [_second_past_act(c.split()) for c in ("and reversed it", "then dropped it", "and then flew home",
    ...                                     "that the envoys met", "and added that the envoys met", "the envoys met",
    ...                                     "but had floated it")]
    [True, True, True, False, False, False, False]
    """
    words = [w.lower() for w in between]
    k = 0
    while k < min(2, len(words)) and words[k] in _ACT_JOINERS:
        k += 1
    if 0 < k < len(words) and words[k] in {"had", "hadn't"}:
        return False  # "and had hinted at it on Thursday": the past perfect, before the speech
    return 0 < k < len(words) and words[k] not in _SAID and "that" not in words and _tense_of(between, k) == "past"


def _deictic_from_speech(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a day word ("today", "tonight", "this morning", "yesterday", "last night", "tomorrow")
    in indirect speech dated to a day D before publication read from D when reading it from the writer's now (news
    English shifts deixis: the default) contradicts its clause's tense: a past event after D, a future before it
    ("Harris told reporters on Tuesday that he had met the minister this morning", told on Thursday: Tuesday). Quoted
    words are left to the quotation rules (:func:`_speech_day_before` stops at quote marks).

    >>> ranges("Kim said on Tuesday that the two sides met yesterday.", dt.date(2019, 11, 21))[1]
    ('yesterday', '2019-11-18', '2019-11-18')
    >>> ranges("Kim said on Tuesday that the team would fly home tonight.", dt.date(2019, 11, 21))[1]
    ('tonight', '2019-11-21', '2019-11-21')
    >>> ranges("The two sides met yesterday, Kim said on Tuesday.", dt.date(2019, 11, 21))[0]
    ('yesterday', '2019-11-18', '2019-11-18')

    Speech dated more than a week before publication, before the story's present, reads its day words from its day
    whatever their tense, as its other relative words are (README: indirect speech dated to a past time; datebat60):

    >>> ranges("Voss said on March 12 that the envoys would meet tomorrow.", dt.date(2024, 4, 3))[1]
    ('tomorrow', '2024-03-13', '2024-03-13')

    A count back ("two days ago") likewise (dates55):

    >>> ranges("Kim said on Dec. 28 that the talks had begun two days ago.", dt.date(2021, 1, 2))[1]
    ('two days ago', '2020-12-26', '2020-12-26')
    """
    for k, h in enumerate(hits):
        if (h.handler is not _deictic and h.handler is not _ago) or isinstance(h.value, Anchored):
            continue
        s = _speech_day_before(text, hits, k, pub) if k else None
        if s is not None:
            tense = _own_clause_tense(text, s.end, h.start) if _ago_told_in(text, s, h) else None
        elif (s := _speech_tag_after(text, hits, k, pub)) is not None:
            tense = _own_clause_tense(text, max(0, h.start - _BACK), h.start) if _ago_tagged(text, s, h) else None
        else:
            continue
        said = s.value.lo
        far = tense is not None and said < pub - dt.timedelta(days=_STORY_PRESENT) and \
            not _speech_clause_closed(text, s, h)  # before the story's present, in the speech's own clause
        if far or (tense == "past" and h.value.lo > said) or (tense == "future" and h.value.hi < said):
            hits[k] = replace(h, value=h.handler(h.match, said, h.future))
    return hits


def _ago_told_in(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether hit ``h`` may be read from the speech dated by ``s`` before it: any hit but an "ago" (its
    reading from a speech is dates55's), and an "ago" only inside the clause the verb of saying opens, with no comma or
    dash after the speech's date (but the one closing a date that opens the sentence: "In 2019, Kim said") and no
    clause of the narrator's own joined on (:func:`_narrator_joined`). Not "Kim, who said in 2019 that talks would
    end, joined two years ago" nor "Lee said on Nov. 5 that talks would resume, and Kim arrived three days ago"
    (mend55d, review55d).

    >>> t = "Kim, who said in 2019 that talks would end, joined two years ago."
    >>> hits = _candidates(t, dt.date(2021, 6, 10), 0, len(t))
    >>> _ago_told_in(t, hits[0], hits[1]), ranges(t, dt.date(2021, 6, 10))[1]
    (False, ('two years ago', '2019-01-01', '2019-12-31'))
    >>> ranges("In 2019, Kim said talks had begun two years ago.", dt.date(2021, 6, 10))[1]
    ('two years ago', '2017-01-01', '2017-12-31')
    """
    if h.handler is not _ago:
        return True
    return not (_speech_clause_closed(text, s, h) or _narrator_joined(_TOKEN.findall(text, s.end, h.start)))


def _date_opens_speech(text: str, s: _Hit) -> bool:
    """Return whether speech date ``s`` opens its sentence before the verb of saying: only opening prepositions
    before it ("In 2019, Kim said", the words of the hit left out), or a fronted phrase (:func:`_fronted_phrase`: "In a
    2019 interview, Kim said").

    >>> t = "Kim said in 2019 that talks had begun. In an interview in 2019, Kim said so."
    >>> [_date_opens_speech(t, h) for h in _candidates(t, dt.date(2021, 6, 10), 0, len(t))]
    [False, True]
    """
    opener = text[_sentence_span(text, s.start, s.end).start : s.start].split()
    return (bool(opener) and all(w.lower() in _OPENING_PREPOSITIONS for w in opener)) or _fronted_phrase(text, s)


def _speech_clause_closed(text: str, s: _Hit, h: _Hit, opens: bool | None = None) -> bool:
    """Return whether the clause that the speech dated by ``s`` opens has closed before hit ``h``: a comma or dash
    lies between them, past the comma that closes a date opening the sentence (``opens``, :func:`_date_opens_speech`,
    read only when a comma or dash lies between if not given): "Park, who said in 2019 that talks would end, joined
    two years ago", not "In 2019, Park said talks had begun two years ago" (shared by :func:`_past_speech_hit` and
    :func:`_ago_told_in`, dates56).

    >>> t = "Park, who said in 2019 that talks would end, joined two years ago."
    >>> hits = _candidates(t, dt.date(2021, 6, 10), 0, len(t))
    >>> _speech_clause_closed(t, hits[0], hits[1])
    True
    >>> t = "In 2019, Park said talks had begun two years ago."
    >>> hits = _candidates(t, dt.date(2021, 6, 10), 0, len(t))
    >>> _speech_clause_closed(t, hits[0], hits[1])
    False
    """
    gap = text[s.end : h.start]
    if not _CLAUSE_CLOSE.search(gap):  # most speech has none: the opening is read only when there is one
        return False
    if not (_date_opens_speech(text, s) if opens is None else opens):
        return True
    return bool(_CLAUSE_CLOSE.search(gap.split(",", 1)[-1]))  # past the opening's comma ("In 2019, Kim said ...")


_RELATIVE_OPEN = frozenset({"who", "which", "whose", "whom"})  # words opening a relative clause after a comma


def _ago_tagged(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether hit ``h`` before a dated speech tag ``s`` (:func:`_speech_tag_after`) may be read from the
    tag's day: any hit but an "ago", and an "ago" only when the tag closes its clause (no "that" or other words of its
    own after the date: "..., Kim said on Nov. 5.") and the "ago" is not in a relative clause of the subject ("Kim,
    who arrived three days ago, said on Nov. 5 that ..."; mend55d, review55d).

    >>> t = "Kim, who arrived three days ago, said on Nov. 5 that talks would resume."
    >>> hits = _candidates(t, dt.date(2019, 11, 18), 0, len(t))
    >>> _ago_tagged(t, hits[1], hits[0]), ranges(t, dt.date(2019, 11, 18))[0]
    (False, ('three days ago', '2019-11-15', '2019-11-15'))
    """
    if h.handler is not _ago:
        return True
    rest = text[s.end : s.end + 3].lstrip(" \t")
    if rest and rest[0] not in ".,;!?\n\"”":
        return False  # "said on Nov. 5 that ...": the tag's own clause goes on
    lo = _sentence_span(text, h.start, h.end).start
    comma = text.rfind(",", lo, h.start)
    first = _TOKEN.findall(text, comma + 1 if comma >= 0 else lo, h.start)[:1]
    return not (first and first[0].lower() in _RELATIVE_OPEN)


# fix50h: a past "this week"/"earlier this week"/"earlier this month" and a "next/last/this <weekday>" in dated speech
_PAST_THIS = frozenset({"this week", "earlier this week", "earlier this month"})  # read from a past speech's day
_MARKED_MODS = frozenset({"next", "last", "this"})  # words before a weekday that count from the speaker's day


_SAYING_SLOT = frozenset({"on", "in", "a", "an", "at", "late", "early", "statement", "interview", "briefing", "speech",
                          "remarks"})  # words that may stand between a verb of saying and the speech's date
_SAYING_AFTER = re.compile(r"\b(?:said|says|told|tells|announced|stated)\b|,[ \t]{1,3}(?:and|but)\b")  # a new clause


def _beside_saying(text: str, s: _Hit) -> bool:
    """Return whether date ``s`` dates a verb of saying itself: opening its sentence ("On Nov. 4, Kim said",
    :func:`_dates_speech`) or after the verb with at most a preposition, article, word of speech or the one told
    between ("said on Nov. 4", "said in a Nov. 4 statement", "told them on Nov. 4"); not a date inside what was said
    ("said the vote, first scheduled on Nov. 4,", "said the vote postponed on Nov. 4") nor in a relative aside
    ("The ministry, which said on Jan. 3 ...").

    >>> t = "Kim said on Nov. 4 that; Kim said the vote postponed on Nov. 4 would"
    >>> [_beside_saying(t, h) for h in _candidates(t, dt.date(2019, 12, 5), 0, len(t))]
    [True, False]
    """
    toks = list(_TOKEN.finditer(text, max(0, s.start - 80), s.start))
    cut = max((i + 1 for i, m in enumerate(toks) if m[0] in _BOUNDARY), default=0)
    words = [m[0].lower() for m in toks[cut:]]
    if (words and all(w in _OPENING_PREPOSITIONS for w in words)) or _fronted_phrase(text, s):
        return True
    verbs = [i for i, w in enumerate(words) if w in _SAYS]
    if not verbs or "," in text[toks[cut + verbs[-1]].end() : s.start]:
        return False
    i = verbs[-1]
    if i and words[i - 1] in {"who", "which", "that"}:
        return False
    rest = words[i + 1 :]
    if words[i] in {"told", "tells"} and rest and rest[0] not in _SAYING_SLOT:
        rest = rest[1:]
    return all(w in _SAYING_SLOT for w in rest)


def _past_this_from_speech(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with "this week", "earlier this week" or "earlier this month" in a past clause of indirect
    speech dated to a day D before publication (:func:`_speech_day_before`) read from D and ending by D when reading
    it from publication runs past D: what was done by the time it was told lies in the speaker's week or month, as
    the day words of :func:`_deictic_from_speech` do. A plan ("would continue this week") keeps the writer's reading.

    >>> ranges("Kim said on Friday that the envoys had met this week.", dt.date(2020, 1, 20))[1]
    ('this week', '2020-01-13', '2020-01-17')
    >>> ranges("Kim said on Friday that the envoys would meet this week.", dt.date(2020, 1, 20))[1]
    ('this week', '2020-01-20', '2020-01-26')
    """
    for k in range(1, len(hits)):
        h = hits[k]
        if h.handler is not _relative or isinstance(h.value, Anchored) or \
                " ".join(h.match.group().lower().split()) not in _PAST_THIS:
            continue
        s = _speech_day_before(text, hits, k, pub)
        if s is None or h.value.hi <= s.value.lo or _own_clause_tense(text, s.end, h.start) != "past":
            continue
        if not _beside_saying(text, s) or _SAYING_AFTER.search(text, s.end, h.start):
            continue  # a date inside what was said, or a second speech or clause between (review50h)
        r = _relative(h.match, s.value.lo, h.future)
        if isinstance(r, Range) and r.lo <= s.value.lo:
            hits[k] = replace(h, value=Range(r.lo, min(r.hi, s.value.lo), r.form))
    return hits


def _marked_weekday_from_speech(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with "next/last/this <weekday>" in indirect speech dated to a single day D more than
    ``_STORY_PRESENT`` days before publication (a "would" clause, :func:`_speech_hit`, or one of any other tense,
    :func:`_past_speech_hit`) read from D: the speaker's "next Monday", as "next week" in such speech is
    (:func:`_would_after_said`). Speech of the story's present keeps the writer's reading.

    >>> ranges("On Nov. 4, Kim said the vote would take place next Monday.", dt.date(2019, 12, 5))[1]
    ('next Monday', '2019-11-11', '2019-11-11')
    >>> ranges("On Dec. 2, Kim said the vote would take place next Monday.", dt.date(2019, 12, 5))[1]
    ('next Monday', '2019-12-09', '2019-12-09')
    """
    for k in range(1, len(hits)):
        h, s = hits[k], hits[k - 1]
        if h.handler is not _weekday or isinstance(h.value, Anchored) or h.match["wd2"] or h.match["wk"] or \
                (h.match["mod"] or "").lower() not in _MARKED_MODS:
            continue
        if not _one_day(s) or s.value.hi >= pub - dt.timedelta(days=_STORY_PRESENT):
            continue
        if (_speech_hit(text, hits, k, pub) or _past_speech_hit(text, hits, k, pub, marked=True)) is not s or \
                not _beside_saying(text, s):
            continue
        r = _weekday(h.match, s.value.lo, h.future)
        hits[k] = replace(h, value=r) if isinstance(r, Range) else h
    return hits


_SPEECH_BACK = 3  # dates at most back in its sentence to the one dating the speech that reports a day word


def _speech_day_before(text: str, hits: list[_Hit], k: int, pub: dt.date) -> _Hit | None:
    """Return the single day before publication that dates the speech reporting ``hits[k]`` in its sentence, beside
    a word of saying (:func:`_dates_speech`; dates read from others, "that day", are passed over); None if there is
    none, or a sentence end, paragraph break or quote mark comes between.

    >>> t = "The talks that began on Tuesday ended yesterday."
    >>> _speech_day_before(t, _candidates(t, dt.date(2019, 11, 21), 0, len(t)), 1, dt.date(2019, 11, 21))
    >>> t = "The official said on the 19th that the talks that day had ended yesterday."
    >>> _speech_day_before(t, _candidates(t, dt.date(2019, 11, 21), 0, len(t)), 2, dt.date(2019, 11, 21)).match[0]
    'on the 19th'
    """
    for j in range(k - 1, max(-1, k - 1 - _SPEECH_BACK), -1):
        s = hits[j]
        between = _TOKEN.findall(text, s.end, hits[k].start)
        if any(w in _BOUNDARY for w in between):
            return None
        if isinstance(s.value, Anchored):
            continue
        if not _one_day(s) or s.value.hi >= pub:
            return None
        return s if _dates_speech(text, s, between, len(between)) else None
    return None


def _speech_tag_after(text: str, hits: list[_Hit], k: int, pub: dt.date) -> _Hit | None:
    """Return the single day before publication that dates a speech tag closing the sentence of ``hits[k]`` after
    a comma ("The two sides met yesterday, the official said on Tuesday", "..., Dolan told a news conference on
    Sunday"): the next date, with a verb of saying at most ``_SAID_REACH`` words before it in the words after the
    last comma (:func:`_dates_speech`); None if there is none, or a sentence end or quote mark comes between.

    >>> t = "Talks resume today, officials said, after a first round on Sunday."
    >>> _speech_tag_after(t, _candidates(t, dt.date(2021, 2, 9), 0, len(t)), 0, dt.date(2021, 2, 9))
    >>> t = "Talks ended today, officials said on Sunday."
    >>> _speech_tag_after(t, _candidates(t, dt.date(2021, 2, 9), 0, len(t)), 0, dt.date(2021, 2, 9)).match[0]
    'on Sunday'
    """
    if k + 1 >= len(hits) or not _one_day(s := hits[k + 1]) or s.value.hi >= pub:
        return None
    comma = text.rfind(",", hits[k].end, s.start)
    if comma < 0 or any(w in _BOUNDARY for w in _TOKEN.findall(text, hits[k].end, s.start)):
        return None
    tag = [w.lower() for w in _TOKEN.findall(text, comma + 1, s.start)]
    if not any(w in _SAID for w in tag[-_SAID_REACH - 1 :]):
        return None
    return s if _dates_speech(text, s, [], 0) else None


_CLAUSE_OPENERS = _LINKS_BACK | _SAID | {"and", "but", "or"}  # words after which a reported clause starts afresh


def _own_clause_tense(text: str, lo: int, hi: int) -> str | None:
    """Return the tense ("past", "future" or None) of the clause that ends at ``hi`` within ``text[lo:hi]``: the
    words after the last comma and the last word that opens a clause ("that", "and", "said"), so that a present
    joined to a past ("met last week and talk again today") or the main clause after a relative one ("Dolan, who
    said ... was wide, flies ... today") is not read as past.

    >>> t = "said on Tuesday that the sides met last week and talk again today"
    >>> _own_clause_tense(t, 15, t.index("today")), _own_clause_tense(t, 15, t.index("last"))
    (None, 'past')
    >>> t = "said that the deal was expected to be signed tomorrow"
    >>> _own_clause_tense(t, 0, t.index("tomorrow"))
    'future'
    """
    words = _TOKEN.findall(text, max(lo, text.rfind(",", lo, hi) + 1), hi)
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS or w in _BOUNDARY), default=0)
    own = words[cut:]
    if _PAST_FUTURE.search(" ".join(own)) or any(_promised(own, i) for i in range(len(own))):
        return "future"  # "was expected to be signed tomorrow", "agreed to meet tomorrow": a plan told in the past
    return _first_tense(own, back=True)


_REPORT_BACK = 4  # dates at most back in its paragraph to the report a sentence "<source> added ..." goes on with


def _speech_of(text: str, hits: list[_Hit], k: int) -> _Hit | None:
    """Return the single day that dates the speech reporting ``hits[k]`` (None: none): the date right before it in
    its sentence, beside a verb of saying, with no future word between (as a "would" clause's speech is dated,
    :func:`_dates_speech`); or, when its sentence opens with "<source> added", the day of that source's report told
    before in its paragraph ("According to Reuters on Friday, ... Reuters added that ...").

    >>> t = "According to Reuters on Friday, talks ended last year. Reuters added that Kim left Monday."
    >>> _speech_of(t, _candidates(t, dt.date(2020, 4, 13), 0, len(t)), 2).match.group()
    'on Friday'
    """
    h, s = hits[k], hits[k - 1]
    if text.find("\n", s.end, h.start) >= 0:
        return None
    between = _TOKEN.findall(text, s.end, h.start)
    if any(w in _BOUNDARY for w in between):
        return _report_continued(text, hits, k, between)
    if not _one_day(s) or any(w.lower() in _WILL or w.lower() == "would" for w in between):
        return None
    return s if _dates_speech_kept(text, s, h.start, between) else None


def _one_day(h: _Hit) -> bool:
    """Return whether hit ``h`` reads one day.

    >>> _one_day(_candidates("on Friday", dt.date(2020, 4, 13), 0, 9)[0])
    True
    """
    return not isinstance(h.value, Anchored) and h.value.lo == h.value.hi


_ACCORDING = re.compile(r"\b(?i:according)[ \t]+to[ \t]+")


def _report_continued(text: str, hits: list[_Hit], k: int, between: list[str]) -> _Hit | None:
    """Return the date of the report that the sentence of ``hits[k]`` goes on with, when it opens with "<source>
    added" (the last sentence of ``between``, the words after the date before it): the nearest single day of the
    ``_REPORT_BACK`` before it in its paragraph right after "According to <source>"; None if there is none.
    """
    words = between[max(i for i, w in enumerate(between) if w in _BOUNDARY) + 1 :]
    if "added" not in words[:_SAID_REACH] or not words[0][:1].isupper():
        return None
    who = " ".join(words[: words.index("added")])
    for j in range(k - 1, max(-1, k - 1 - _REPORT_BACK), -1):
        s = hits[j]
        if text.find("\n", s.end, hits[k].start) >= 0:
            return None
        m = last_match(_ACCORDING, text, max(0, s.start - 40 - len(who)), s.start)
        if _one_day(s) and m is not None and text.startswith(who + " ", m.end()) and m.end() + len(who) + 1 == s.start:
            return s
    return None


def _past_beyond_speech(text: str, group: list[_Hit], i: int, pub: dt.date) -> dict[str, Any] | None:
    """Return an unresolved value for a past day (a bare weekday, a day word, "<n> days ago") in indirect speech dated
    only to a month or a year that ended within the story's present, when reading it from publication puts it after
    the speech's time: a past the speaker told cannot follow the speech ("said in March that the envoys had met on
    Tuesday", told on 3 April: not 2 April), and the days of the month read it apart (README: a word finer than the
    speech's date is unresolved; from a speech dated to a day, :func:`_deictic_from_speech` reads it). None otherwise.

    >>> t = "Voss said in March that the envoys had met on Tuesday."
    >>> ranges(t, dt.date(2024, 4, 3))[1], ranges(t, dt.date(2024, 3, 28))[1]
    (('on Tuesday', None, None), ('on Tuesday', '2024-03-26', '2024-03-26'))
    """
    h = group[i]
    if i < 1 or h.future or not (_bare_weekday(h) or _day_word(h) or h.handler is _ago):
        return None
    t = group[i - 1].value  # the speech's date, if any: read first, as most dates have none before them to pass
    if isinstance(t, Anchored) or h.value.lo <= t.hi or not (_whole_year(t.lo, t.hi) or _whole_month(t.lo, t.hi)):
        return None
    if _past_speech_hit(text, group, i, pub, told_past=True, present=0) is None:
        return None
    s = group[i - 1]
    return _unresolved(h.value.form, f"a past told in speech of {text[s.start : s.end]!r} would fall after it")


def _year_dated_report(text: str, group: list[_Hit], i: int, pub: dt.date) -> dict[str, Any] | None:
    """Return an unresolved value for ``group[i]`` when it sits in reported speech dated only to a year or a month
    and the days of that year (month) read it differently ("said in 2019 that a deal would come in March": which
    March depends on the day; "said last month that talks resume next week": which week depends on the day, never
    the week after the month's first day, mendfd72; README, the `dates` bullet); None to keep its reading, as for a
    "this" period of the writer's or a clause that holds one (:func:`_writers_report`).

    >>> t = "Park said in 2019 that a deal would come in March, and would end next year."
    >>> [v.get("start") for *_, v in find_dates(t, dt.date(2025, 3, 3))]
    ['2019-01-01', None, '2020-01-01']
    >>> t = "Park said last month that talks resume next week."
    >>> [v.get("start") for *_, v in find_dates(t, dt.date(2021, 3, 10))]
    ['2021-02-01', None]
    """
    h = group[i]
    if isinstance(h.value, Anchored) or h.value.form not in _DEICTIC_FORMS:
        return None
    if (beyond := _past_beyond_speech(text, group, i, pub)) is not None:
        return beyond
    if (past := _reported_at_untold_time(text, h)) is not None:
        return _unresolved(h.value.form, f"reported speech told {past}, at a time the text does not date")
    if i < 1:
        return None
    s = _speech_hit(text, group, i, pub) or _past_speech_hit(text, group, i, pub, told_past=True)
    unit = None if s is None else "year" if _whole_year(s.value.lo, s.value.hi) else \
        "month" if _whole_month(s.value.lo, s.value.hi) else None
    if s is None or unit is None or (h.handler is _relative and _writers_this(h, s.value.lo, pub)) or \
            _writers_report(text, group, i, s, pub):
        return None
    try:
        readings = {h.handler(h.match, ref, h.future) for ref in (s.value.lo, s.value.hi)}
    except (ValueError, OverflowError):
        readings = {None}
    if len(readings) == 1 and None not in readings:
        return None
    why = f"reported speech dated only to a {unit} ({text[s.start : s.end]!r}): the days of that {unit} read it apart"
    return _unresolved(h.value.form, why)


_UNTOLD_REACH = 240  # characters read back from a date for the verb of a speech told at an undated past time
_UNTOLD_BACK = 64  # characters read back from the last word of such a time for its verb ("told the panel in the")
# the last words of ``_UNTOLD_PAST``'s times: "\b(?:ago|past)\b", each led by its first letter so the search skips to
# an "a" or a "p" in C; ``(?<!\w.)`` after that letter is the "\b" before it (no word character before the letter;
# speed58: 2.4 times as fast)
_UNTOLD_END = re.compile(r"(?:a(?<!\w.)go|p(?<!\w.)ast)\b")
# a verb of saying in the past; the lookahead at its first letter (inside the group: the same case folding, "ſaid")
# fails at once at a place no verb starts at, not after a try of each (speed57: half the time of the whole-text scan)
_SAID_WORD = re.compile(rf"\b(?i:(?=[{''.join(sorted({w[0] for w in _SAID}))}])(?:{'|'.join(sorted(_SAID))}))\b")
_SAID_LONGEST = max(map(len, _SAID))
# The last text :func:`_untold_places` read and its answer (the text is kept, so its identity is not reused).
_UNTOLD_READ = _PerText()


def _untold_places(text: str) -> array[int]:
    """Return where the last words of undated past times (``_UNTOLD_END``) start in ``text``, read once per text:
    every deictic date of a long text asks (:func:`_reported_at_untold_time`).

    >>> list(_untold_places("Kim said years ago that talks end in the past year."))
    [15, 41]
    """
    return _UNTOLD_READ.of(text, lambda: array("q", (m.start() for m in _UNTOLD_END.finditer(text))))


def _first_said(text: str, lo: int, hi: int) -> int:
    """Return where the first verb of saying (``_SAID_WORD``) that starts in ``text[lo:hi]`` starts, or -1: the first
    place of a whole-text ``finditer`` at or after ``lo`` (speed58: searched only near an undated past time, not over
    the whole text). Exact: a match is one whole word (``\\b`` at both ends), so no match of the whole text's
    ``finditer`` covers ``lo`` unless it starts there; ``\\b`` at ``lo`` reads the character before it (``re``'s ``pos``
    is not a start of the string); the search runs ``_SAID_LONGEST`` + 1 characters past ``hi``, so the ``\\b``
    after a verb that starts before ``hi`` reads the text's own next character, not an end of the search.

    >>> t = "Kim said years ago, saidx"
    >>> _first_said(t, 0, 25), _first_said(t, 5, 25), _first_said(t, 0, 3), _first_said(t, 5, 22)
    (4, -1, -1, -1)
    >>> _first_said("Lee told", 4, 5)
    4
    """
    m = _SAID_WORD.search(text, lo, min(len(text), hi + _SAID_LONGEST + 1))
    return m.start() if m is not None and m.start() < hi else -1


def _reported_at_untold_time(text: str, h: _Hit) -> str | None:
    """Return the words that set the indirect speech holding ``h`` at a past time the text does not date ("Kim said
    years ago that Seoul would pay more next year", "Lee told reporters in the past that talks resume next month"):
    its deictic words count from no known day (dates56); None when there are none, or ``h`` lies past the reported
    clause (a sentence's end, a comma or dash after the time, another verb of saying, a clause of the narrator's
    joined on: :func:`_narrator_joined`), or the time is no speech's ("Kim, who left years ago, said ..."). Only the
    last such time word before ``h`` is read.

    >>> t = "Kim said years ago that Seoul would pay more next year."
    >>> _reported_at_untold_time(t, _candidates(t, dt.date(2020, 5, 5), 0, len(t))[0])
    'years ago'
    >>> t = "Kim, who left the talks years ago, said Seoul would pay more next year."
    >>> _reported_at_untold_time(t, _candidates(t, dt.date(2020, 5, 5), 0, len(t))[0]) is None
    True
    """
    lo = max(0, h.start - _UNTOLD_REACH)
    ends = _untold_places(text)
    n = bisect.bisect_left(ends, h.start) - 1
    if n < 0 or ends[n] < lo:
        return None
    end = ends[n]
    verb_at = _first_said(text, max(lo, end - _UNTOLD_BACK), h.start)
    if verb_at < 0:
        return None  # no verb of saying near the time: no speech it dates
    after = _TOKEN.match(text, end)  # the time's last word, whole
    if after is None:
        return None
    # from the first verb of saying near it, or a few words before the time (which may open its sentence)
    toks = list(_UNTOLD_TOKEN.finditer(text, max(lo, min(verb_at, end - 24)), after.end()))
    words = [m.group().lower() for m in toks]
    nxt = _UNTOLD_TOKEN.search(text, after.end(), min(h.start, after.end() + 24))  # "in the past [two years]"
    if nxt is not None and _past_window([*words, nxt.group().lower()], len(words)):
        return None
    said = next((k for k in range(len(words) - 2, max(-1, len(words) - 8), -1)
                 if words[k] in _SAID and _untold_time_after(words, k) == len(words)), None)
    past = _untold_words(words, len(words)) if said is not None else _opening_time(text, toks, words)
    if past is None:
        return None
    if said is None:  # "Years ago, Kim said ...": the reported clause runs from the verb after the time
        verb = next((m for m in islice(_TOKEN.finditer(text, after.end(), h.start), 4)
                     if m.group().lower() in _SAID), None)
        if verb is None:
            return None
        after = verb
    rest = _TOKEN.findall(text, after.end(), h.start)
    if _CLAUSE_CLOSE.search(text, after.end(), h.start) or any(w in _BOUNDARY or w.lower() in _SPEAKING
                                                                for w in rest) or _narrator_joined(rest):
        return None
    return past


def _opening_time(text: str, toks: list[re.Match[str]], words: list[str]) -> str | None:
    """Return the words of ``_UNTOLD_PAST`` that end ``words`` (the lower-case ``toks``) when they open their
    sentence ("Years ago, Kim said", "In the past, Lee told"); else None.

    >>> t = "Talks ended. In the past, Kim said"
    >>> toks = list(_TOKEN.finditer(t, 0, 24))
    >>> _opening_time(t, toks, [m.group().lower() for m in toks]), _opening_time(t, toks[:3], ["talks", "ended", "."])
    ('in the past', None)
    """
    for marks in _UNTOLD_PAST:
        n = len(marks)
        if len(words) >= n and tuple(words[-n:]) == marks:
            first = toks[-n].start()
            gap = text[toks[-n - 1].end() : first] if len(toks) > n and toks[-n - 1].group()[:1].isalpha() else "."
            if not any(c in gap for c in ".!?"):
                return None  # a word before it in its sentence (no stop between): the sentence opens before the time
            begin = _sentence_span(text, first, toks[-1].end()).start
            return " ".join(marks) if not text[begin:first].strip() else None
    return None


def _whole_month(lo: dt.date, hi: dt.date) -> bool:
    """Return whether ``lo..hi`` is one calendar month: speech dated only to a month ("said last month that ...").

    >>> d = dt.date
    >>> _whole_month(d(2021, 2, 1), d(2021, 2, 28)), _whole_month(d(2021, 2, 1), d(2021, 2, 7))
    (True, False)
    """
    return (lo.year, lo.month) == (hi.year, hi.month) and lo.day == 1 and hi.day == calendar.monthrange(
        hi.year, hi.month)[1]


def _fixed_by_speech(h: _Hit, said: Range) -> bool:
    """Return whether deictic ``h`` ("next year", "the following month") or a bare month read ahead ("would be
    signed in December") reads the same from the first and the last day of the time ``said`` of its speech (a year,
    a month, a day), so that even a speech long before publication fixes it ("said in 2019 that the talks would end
    next year": 2020; "said in 2019 that the deal would be signed in December": December 2019).

    >>> t = "Park said in 2019 that the talks would end next year."
    >>> hits = _candidates(t, dt.date(2025, 3, 3), 0, len(t))
    >>> _fixed_by_speech(hits[1], hits[0].value), ranges(t, dt.date(2025, 3, 3))[1]
    (True, ('next year', '2020-01-01', '2020-12-31'))
    >>> t = "Park said in 2019 that they would meet next month."
    >>> hits = _candidates(t, dt.date(2025, 3, 3), 0, len(t))
    >>> _fixed_by_speech(hits[1], hits[0].value)
    False
    >>> t = "Park said in 2019 that the deal would be signed in December."
    >>> hits = _candidates(t, dt.date(2025, 3, 3), 0, len(t))
    >>> _fixed_by_speech(hits[1], hits[0].value), ranges(t, dt.date(2025, 3, 3))[1]
    (True, ('in December', '2019-12-01', '2019-12-31'))
    """
    if not _read_from_speech(h):
        return False
    readings = {h.handler(h.match, day, h.future) for day in (said.lo, said.hi)}
    return len(readings) == 1 and None not in readings


_IN_BRACKETS = re.compile(r"(?<![ \t])[ \t]*+\([ \t]*+")
_BRACKET_CLOSE = re.compile(r"(?<![ \t])[ \t]*+\)")


def _restated_weekdays(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a weekday in brackets right after a single day ("on Feb. 13 (Thursday)") read as that
    day when it is its weekday: the brackets restate the date, they tell no other day.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks were held on Feb. 13 (Thursday).", dt.date(2025, 7, 9))]
    [('on Feb. 13', '2025-02-13'), ('Thursday', '2025-02-13')]
    """
    for k in range(1, len(hits)):
        a, h = hits[k - 1], hits[k]
        if h.handler is not _weekday or isinstance(a.value, Anchored) or a.value.lo != a.value.hi:
            continue
        gap = _IN_BRACKETS.match(text, a.end)
        if gap is None or gap.end() != h.start or not _BRACKET_CLOSE.match(text, h.end) or h.match["mod"]:
            continue
        if h.match["wd2"] is None and WEEKDAYS.index(h.match["wd"].capitalize()) == a.value.lo.weekday():
            hits[k] = _Hit(h.start, h.end, h.match, h.handler, h.future, Range(a.value.lo, a.value.lo, "weekday"))
    return hits


# "Thursday night U.S. time, or Friday morning in Seoul": a weekday told again as the same moment in another zone,
# after ", or" and a zone on either side (dfix38)
_OR_GAP = re.compile(r"(?:[ \t]{1,3}(?:in[ \t]{1,3})?[A-Z][\w.’'-]{0,15}(?:[ \t]{1,3}[A-Z][\w.’'-]{0,15})?"
                     r"(?P<time>[ \t]{1,3}time)?)?,?[ \t]{1,3}or[ \t]{1,3}")
_ZONE_AFTER = re.compile(r"[ \t]{1,3}(?:in[ \t]{1,3}[A-Z]|[A-Z][\w.’'-]{0,15}[ \t]{1,3}time\b|\(?(?:local[ \t]+time"
                         r"|KST|JST|EST|EDT|ET)\b)")


def _other_zone_weekdays(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a bare weekday that tells again, in another time zone, the moment a weekday right before
    it tells ("announced Thursday night U.S. time, or Friday morning in Seoul") read as the day next to that one
    (after it or before it, whichever is that weekday): one moment, not a second event counted on its own.

    >>> ranges("The deal was announced Thursday night U.S. time, or Friday morning in Seoul.", dt.date(2020, 4, 4))
    [('Thursday night', '2020-04-02', '2020-04-02'), ('Friday morning', '2020-04-03', '2020-04-03')]
    >>> ranges("Kim spoke Friday morning in Seoul, or Thursday night in Washington.", dt.date(2020, 4, 4))[1]
    ('Thursday night', '2020-04-02', '2020-04-02')
    """
    for k in range(1, len(hits)):
        a, h = hits[k - 1], hits[k]
        if not (_bare_weekday(a) and _bare_weekday(h)) or a.value.lo != a.value.hi:
            continue
        gap = _OR_GAP.fullmatch(text, a.end, h.start)
        if gap is None or not (gap["time"] or " in" in gap.group() or _ZONE_AFTER.match(text, h.end)):
            continue
        wd = WEEKDAYS.index(h.match["wd"].capitalize())
        for step in (1, -1):
            day = a.value.lo + dt.timedelta(days=step)
            if day.weekday() == wd:
                hits[k] = replace(h, value=Range(day, day, h.value.form))
    return hits


def _day_word(h: _Hit) -> bool:
    """Return whether ``h`` is a day word of the speaker's now ("yesterday", "today", "this morning", "last night",
    "tonight", "tomorrow") or a period two steps from it ("the day before yesterday", "the week after next"): in speech
    dated only to a month or a year, a word the days of that month (year) may read apart, so it is unresolved as a
    bare weekday is when they do, not read from the writer's day (datebat60: "said in March that the envoys met
    yesterday", told in April, is no day of April; "the month before last" reads alike from every day of March).

    >>> t = "Voss said in March that the envoys met yesterday."
    >>> _day_word(_candidates(t, dt.date(2024, 4, 20), 0, len(t))[1]), ranges(t, dt.date(2024, 4, 20))[1]
    (True, ('yesterday', None, None))
    >>> ranges("Voss said on March 3 that the envoys met yesterday.", dt.date(2024, 4, 20))[1]
    ('yesterday', '2024-03-02', '2024-03-02')
    """
    return h.handler in (_deictic, _two_off) and not isinstance(h.value, Anchored)


def _bare_weekday(h: _Hit) -> bool:
    """Return whether ``h`` is one weekday read as a day ("Friday", "on Friday", "late Friday", "Friday morning"),
    not "last Friday", "Friday last week" or "Monday and Tuesday", whatever its tense (a past one in speech dated
    only to a month or year: :func:`_past_speech_hit`, dates54; a day told again in another zone).

    >>> [_bare_weekday(h) for h in _candidates("on Friday, last Friday", dt.date(2020, 4, 4), 0, 22)]
    [True, False]
    >>> _bare_weekday(_candidates("Kim met Lee on Friday.", dt.date(2024, 11, 13), 0, 22)[0])
    True
    """
    return h.handler is _weekday and not isinstance(h.value, Anchored) and not h.match["wd2"] \
        and not h.match["wk"] and (h.match["mod"] or "on").lower() in {"on", "early", "late"}


def _dated_weekdays(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a weekday that a month-day right after it restates ("on Friday 4 October", "on Friday,
    4 October 2024", "Friday (Oct. 4)") read as that day, in the year (of those next to its reading) in which the day
    falls on that weekday; the month-day takes that year too. A day that is not that weekday changes nothing.

    >>> ranges("Envoys will meet on Friday 4 October in Seoul.", dt.date(2024, 10, 14))
    [('on Friday', '2024-10-04', '2024-10-04'), ('4 October', '2024-10-04', '2024-10-04')]
    """
    for k in range(1, len(hits)):
        w, d = hits[k - 1], hits[k]
        day = _restating_day(text, w, d)
        if day is not None:
            hits[k - 1] = replace(w, value=Range(day, day, "weekday"))
            hits[k] = replace(d, value=Range(day, day, d.value.form))
    return hits


def _restating_day(text: str, w: _Hit, d: _Hit) -> dt.date | None:
    """Return the day the month-day hit ``d`` names when it restates the weekday hit ``w`` right before it."""
    if w.handler is not _weekday or w.match["wd2"] or w.match["wk"] or w.match["ndays"]:
        return None
    if (w.match["mod"] or "on").lower() != "on" or isinstance(d.value, Anchored) or d.value.lo != d.value.hi:
        return None
    gap = _WEEKDAY_DATE_GAP.match(text, w.end)
    if gap is None or gap.end() != d.start or d.value.form not in ("month", "absolute"):
        return None
    if "(" in gap.group() and not _BRACKET_CLOSE.match(text, d.end):
        return None
    if not _T_MONTH.pattern.search(text, d.start, d.end):
        return None
    wd, lo = WEEKDAYS.index(w.match["wd"].capitalize()), d.value.lo
    years = (lo.year,) if d.value.form == "absolute" else (lo.year, lo.year - 1, lo.year + 1)
    for y in years:
        try:
            day = lo.replace(year=y)
        except ValueError:  # Feb. 29
            continue
        if day.weekday() == wd:
            return day
    return None


_WEEKDAY_DATE_GAP = re.compile(r"(?<![ \t,(]),?[ \t]{1,3}(?:\([ \t]*)?")


_FROM = re.compile(r"\b(?i:from)\s+\Z")
# "from Monday, June 10, to Thursday, June 13", "from 2022 up until the end of 2025"
_TO = re.compile(r"(?<!\s),?\s+(?i:to|through|(?:up\s+)?until|(?:up\s+)?till)\s+\Z")
_SPAN_FORMS = frozenset({"month", "relative", "absolute"})


def _joined(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with "from <month> to <month>" made one range ("From last September to this March").

    >>> ranges("From last September to this March, they met.", dt.date(2020, 7, 30))
    [('From last September to this March', '2019-09-01', '2020-03-31')]
    """
    out: list[_Hit] = []
    for h in hits:
        a = out[-1] if out else None
        if (
            a is not None
            and not isinstance(a.value, Anchored)
            and not isinstance(h.value, Anchored)
            and {a.value.form, h.value.form} <= _SPAN_FORMS
            and a.value.lo <= h.value.hi
            and _TO.match(text, a.end, h.start) is not None
        ):
            f = _FROM.search(text, max(0, a.start - 8), a.start)
            if f is not None and not _moved_from_to(text, f.start()):
                out[-1] = _Hit(f.start(), h.end, a.match, a.handler, a.future, Range(a.value.lo, h.value.hi, "range"))
                continue
        out.append(h)
    return out

_LOCAL_TIME = re.compile(r"(?<![ \t])[ \t]*(?:\([ \t]*)?(?i:local[ \t]+time)\b")
# a time zone of East Asia after a weekday ("Thursday Seoul time", "on Friday (KST)"): a past weekday so marked is
# counted from the day after publication, as under an East Asian dateline (:func:`_local_day`): the writer marks the
# zone because the day there is not the writer's
_EAST_ASIA_TIME = re.compile(r"(?<![ \t]),?[ \t]*(?:\([ \t]*)?(?:(?:Seoul|Korea|Korean|Tokyo|Japan|Beijing|Pyongyang)"
                             r"[ \t]+(?i:time)\b|KST\b|JST\b)")


def _started_by(r: Range | Anchored | None, pub: dt.date) -> Range | Anchored | None:
    """Return a month-day read after "since" ("idle since April 1"), moved back a year if it falls after publication:
    what has gone on since a day started by the time of writing.

    >>> _started_by(Range(dt.date(2021, 1, 1), dt.date(2021, 1, 1), "month"), dt.date(2020, 12, 20)).lo
    datetime.date(2020, 1, 1)
    """
    if r is None or isinstance(r, Anchored) or r.lo <= pub or r.form != "month":
        return r
    return _a_year_back(r)


def _weekday_from(text: str, m: re.Match[str], local: dt.date, pub: dt.date, future: bool) -> dt.date:
    """Return the day a weekday match ``m`` is counted from: a bare one in the past from ``local`` (see
    :func:`_local_day`); a bare one ahead told "(local time)" from the day before publication, since the place it
    names may still be a day behind the writer's ("will open in Honolulu Tuesday (local time)" in a Seoul paper
    dated Wednesday is the Tuesday that is still under way there); a bare one in the past told in an East Asian time
    zone ("Thursday Seoul time") from the day after publication; else from publication.

    >>> t = "Talks will open Tuesday (local time)."
    >>> _weekday_from(t, re.search("(?P<mod>)Tuesday(?P<wk>)", t), dt.date(2024, 4, 24), dt.date(2024, 4, 24), True)
    datetime.date(2024, 4, 23)
    """
    bare = (m["mod"] or "on").lower() == "on" and not m["wk"]  # "Tuesday last week": from publication's week
    if bare and future and _LOCAL_TIME.match(text, m.end()):
        return pub - dt.timedelta(days=1)
    same_day = (m["mod"] or "on").lower() in {"on", "early", "late"} and not m["wk"]  # "early Thursday": that day
    if same_day and not future and _EAST_ASIA_TIME.match(text, m.end()):
        return pub + dt.timedelta(days=1)  # "Lee spoke early Thursday Seoul time" told on Wednesday: already there
    return local if bare and not future else pub


def _tense_matters(handler: Handler, m: re.Match[str]) -> bool:
    """Return whether the tense of its clause can change a match's reading (a bare weekday or month).

    >>> rx = re.compile(r"(?:(?P<mod>on|last) )?(?P<wd>Friday)")
    >>> _tense_matters(_weekday, rx.match("on Friday")), _tense_matters(_weekday, rx.match("last Friday"))
    (True, False)
    >>> _tense_matters(_month, re.match("(?P<mod>in )?(?P<mon>Jan[.])", "Jan."))  # a bare month is no date
    False
    """
    if handler not in _TENSED:
        return False
    mod = _group(m, "mod") or ""
    bare = handler is _month and not mod.strip() and not _attributive(m) and not _listed_month(m)
    if _group(m, "year") or _group(m, "rel") or bare:
        return False  # a bare month ("Jan."): `_month` reads no date from it whatever the tense
    return " ".join(mod.lower().split()) not in _UNTENSED_MODS


def _not_a_date(text: str, m: re.Match[str], handler: Handler, start: int) -> bool:
    """Return whether a match is a name or verb rather than a date ("Black Friday", "may", "march").

    >>> find_dates("Black Friday sales may march on.", dt.date(2019, 11, 16))
    []
    >>> find_dates("They rally every Wednesday, 60 days ahead of any vote.", dt.date(2019, 11, 16))
    []
    >>> t = "Resolutions 2087 and 2094, and Flight 2019, date from 2013."
    >>> [x for *_, x, _ in find_dates(t, dt.date(2019, 11, 16))]
    ['2013']
    """
    if handler is _weekday:
        return (_NOT_A_DAY.search(text, max(start, m.start() - 8), m.start()) is not None
                or _press_title(text, m, start))
    if handler is _year:
        return _LABEL_NUMBER.search(text, max(start, m.start() - 40), m.start()) is not None
    if handler is _month:
        return (m["mon"] == "May" and not (m["mod"] or m["year"] or m["rel"]) and not _may_ends_month_list(m)) \
            or m["mon"][0].islower()
    if m.re.pattern == _ON_THE_DAY_BE.pattern:  # "The putt he missed on the 18th was": a hole, not a day (fix51d2)
        return not _act_on_day(text, m.start(), start)
    if m.re.pattern == _BARE_DAYS_OF_MONTH.pattern:  # "Korea falls from 25th to 27th": a rank, not days
        return _RANK_CHANGE.search(text, max(start, m.start() - 24), m.start()) is not None
    return False


# what may follow a listed "May" that is the month: a stop, a comma, a clause's end ("in April or May.", "in April or
# May, officials said"); not a word ("in January and May said no", "May Kim", "May be": a name or a modal), nor "'s"
_MAY_LIST_END = re.compile(r"[.,;:!?)]|\Z")


def _may_ends_month_list(m: re.Match[str]) -> bool:
    """Return whether a bare "May" ends a list of months after a preposition ("in April or May", "during March
    and May."): the month, read as the list's other months are (:func:`_listed_month`); not before a possessive or a
    word ("in April or May's successor", "in January and May said no", "in June and May be"): a clause's end
    only (:data:`_MAY_LIST_END`). fix51d3.

    >>> [x for *_, x, _ in find_dates("The round could come in April or May.", dt.date(2020, 3, 19))]
    ['in April', 'May']
    >>> [x for *_, x, _ in find_dates("They met in April and May's aide left.", dt.date(2020, 3, 19))]
    ['in April']
    """
    return _MAY_LIST_END.match(m.string, m.end()) is not None and _listed_month(m)


# a number that names a thing after a noun of numbered things ("Resolution 2094", "resolutions 2087 and 2094",
# "Flight 2019"): a label, not a year
_LABEL_NUMBER = re.compile(
    r"\b(?i:resolutions?|flights?|routes?|rooms?|sections?|chapters?|articles?|highway|interstate|gates?|exits?"
    r"|platforms?|bills?|items?|paragraphs?|clauses?|suites?|no\.|nos\.)[ \t]++"
    r"(?:\d{1,5}+,?+[ \t]++(?:(?:and|or)[ \t]++)?+){0,4}+\Z")
# a paper's name word, and the shows' and sports' words named after a weekday ("the Sunday Times", "Sunday Sport")
_PAPER_WORDS = "Times|Telegraph|Herald|Post|Express|Mirror|Mail|Star|Journal|Independent|Observer|Tribune"
_PRESS_WORDS = rf"(?:{_PAPER_WORDS}|Sport|People|Night[ \t]++Live)\b"
_PRESS_AFTER = re.compile(rf"(?<![ \t])[ \t]++{_PRESS_WORDS}")
# "the Sunday Mirelund Herald": one capitalised word (a place) between the weekday after "the" and the paper (xd59);
# not "People" ("the Sunday Unity People's rally": a people, a party, mend59d) nor the shows' and sports' words
_PRESS_NAMED_AFTER = re.compile(rf"(?<![ \t])[ \t]++[A-Z][a-z]{{1,20}}+[ \t]++(?:{_PAPER_WORDS})\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]++\Z")
_PRESS_BEFORE = re.compile(r"\b(?:Mail|Independent|Post)[ \t]++(?:on[ \t]++)?\Z")


def _press_title(text: str, m: re.Match[str], start: int) -> bool:
    """Return whether a weekday is a word of a newspaper's or a show's title ("the Sunday Times", "The Mail on
    Sunday", "Saturday Night Live"), not a day.

    >>> [x for *_, x, _ in find_dates("Lee told the Sunday Times and The Mail on Sunday, then left on Sunday.",
    ...                               dt.date(2019, 11, 13))]
    ['on Sunday']
    >>> [x for *_, x, _ in find_dates("Lee told the Sunday Tamsk Herald.", dt.date(2019, 11, 13))]
    []
    >>> [x for *_, x, _ in find_dates("Lee spoke at the Sunday Unity People's rally.", dt.date(2019, 11, 13))]
    ['Sunday']
    """
    return (_PRESS_AFTER.match(text, m.end()) is not None
            or _PRESS_BEFORE.search(text, max(start, m.start() - 16), m.start()) is not None
            or (_PRESS_NAMED_AFTER.match(text, m.end()) is not None
                and _THE_BEFORE.search(text, max(start, m.start() - 8), m.start()) is not None))


def _by_paragraph(text: str, hits: list[_Hit], start: int, end: int, breaks: re.Pattern[str] = _PARA_BREAK,
                  ) -> Iterator[tuple[int, int, list[_Hit]]]:
    """Yield ``(paragraph start, paragraph end, hits)`` for each paragraph of ``text[start:end]`` with hits
    (``breaks`` parts them: see :func:`find_dates`).

    >>> t = "On Friday.\\n\\nOn Monday, then Tuesday."
    >>> [(s, e, len(g)) for s, e, g in _by_paragraph(t, _candidates(t, dt.date(2019, 11, 16), 0, len(t)), 0, len(t))]
    [(0, 10, 1), (12, 36, 2)]
    """
    if not hits:
        return
    found = breaks.finditer(text, start, end)
    ps, nxt = start, next(found, None)
    group: list[_Hit] = []
    for h in hits:
        while nxt is not None and nxt.start() < h.start:
            if group:
                yield ps, nxt.start(), group
                group = []
            ps, nxt = nxt.end(), next(found, None)
        group.append(h)
    if group:
        yield ps, (nxt.start() if nxt is not None else end), group


def _value(r: Range) -> dict[str, Any]:
    """Return the JSON value of a reading.

    >>> _value(Range(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "absolute"))
    {'start': '2019-01-01', 'end': '2019-12-31', 'form': 'absolute'}
    """
    lo, hi, form = r
    if lo > hi:  # a range printed backwards ("from 2026 to 2023")
        return _unresolved(form, "the range as printed ends before it starts")
    return {"start": lo.isoformat(), "end": hi.isoformat(), "form": form}


def _unresolved(form: str, why: str) -> dict[str, Any]:
    """Return the JSON value of a date that cannot be resolved, with the reason.

    >>> _unresolved("relative", "no earlier date")["start"] is None
    True
    """
    return {"start": None, "end": None, "form": form, "unresolved": why}


def _resolve_paragraph(
    text: str, group: list[_Hit], pub: dt.date, ps: int, pe: int, before: _Told | None = None, day: _Told | None = None,
    printed: dt.date | None = None, again: Sequence[_Told] = (), quotes: list[_Stretch] | None = None,
) -> list[dict[str, Any]]:
    """Return the values of one paragraph's dates: quotations of earlier words first, then anchored dates
    (``before``: the last date told in the paragraph before, which an event in the past can count from;
    ``day``: the last single day told in the paragraphs before, which "the same day" can count from; ``printed``: the
    publication date, when ``pub`` is the day of a dated dateline; ``again``: the counts of days told before, see
    :func:`_from_anchor`; ``quotes``: :func:`_quotations` of the paragraph, when the caller has read them).

    >>> t = 'In 2019 Lee said: "We sign next month." A year later, talks ended.'
    >>> [v.get("start") for v in _resolve_paragraph(t, _candidates(t, dt.date(2024, 5, 4), 0, len(t)),
    ...                                              dt.date(2024, 5, 4), 0, len(t))]
    ['2019-01-01', None, '2020-01-01']
    """
    quotes = _quotations(text, group, ps, pe) if quotes is None else quotes
    inside = _quote_of_each(group, quotes)
    said: dict[tuple[int, int], _Hit | None] = {}  # quotation -> the date it was spoken
    last_abs, last_out = _last_absolute(group, inside, ps), _last_outside(inside)
    values: list[dict[str, Any]] = []
    for i, h in enumerate(group):
        if isinstance(h.value, Anchored):
            values.append({})  # filled in below, once the dates before it are known
            continue
        values.append(_value(h.value))
        if h.plan:
            values[i] = _plan_value(text, group, inside, i, pub) or values[i]
        if h.handler in _TOLD_BESIDE and inside[i] is None:
            values[i] = _TOLD_BESIDE[h.handler](text, group, inside, i, pub, before) or values[i]
        if h.handler is _in_count and h.future:
            told = _counted_from_report(text, group, inside, i, pub)
            values[i] = told or _counted_from_past_plan(text, group, inside, i, pub, before) or values[i]
        q = inside[i]
        if q is None and (unread := _year_dated_report(text, group, i, pub)) is not None:
            values[i] = unread
            continue
        if q is not None and h.value.form in _DEICTIC_FORMS:
            if _reported_in_quote(text, q, h):
                values[i] = _unresolved(h.value.form, "reported speech inside a quotation ('I said ...'): its time is "
                                        "not known")  # fmt: skip
                continue
            if q not in said:
                said[q] = _speech_time(text, group, inside, i, (ps, pe), last_abs[i])
            when = _inner_quote_said(text, group, inside, i) or said[q]
            if when is None and (untold := _quote_time_untold(text, q)):
                values[i] = _unresolved(h.value.form, untold)
                continue
            if when is None:
                told = _as_said_after_act(text, group, inside, i, pub, last_out[i])
                values[i] = told or _as_said_the_day_before(text, h, before, pub) or values[i]
                continue
            values[i] = _as_said(text, h, when, pub) or values[i]
    for i, h in enumerate(group):
        if isinstance(h.value, Anchored):
            try:
                values[i] = _own_year_after(text, group, values, inside, i) or \
                    _from_anchor(text, group, values, i, pub, inside, before, day, printed, again)
            except _NoRow as none:  # a lunar holiday in a year no source dates
                values[i] = _unresolved("relative", str(none))
    return values


_CLAUSE_JOIN = re.compile(r";|,[ \t]{1,3}(?:and|but|while|whereas|as|when|after|before|although|though|which|who)\b")
# a count of one year back ("a year earlier", "one year before"), stepped back from a year as "the previous year" is
# a year set right after a date as its apposition ("The previous year, in 2019, ...", "a year earlier (2019)")
_APPOSED = re.compile(r"[ \t]{0,2}[,(][ \t]{0,2}")
_ONE_YEAR_BACK = re.compile(r"(?i:a|one)[ \t]{1,3}year[ \t]{1,3}(?:earlier|before|prior)")
# a year told as the time of its clause ("in 2023", "to X by 2023", "for 2022"), not one set before a noun ("a 2014
# deal", "its 2019 budget"): a preposition of time opens it (within the year's hit or right before it; mend54d)
_YEAR_ADVERBIAL = re.compile(r"(?i:in|by|to|for|during|through|throughout|until|till)[ \t]")
_YEAR_ADVERBIAL_BEFORE = re.compile(r"\b(?i:in|by|to|for|during|through|throughout|until|till)[ \t]{1,3}\Z")
_ADVERBIAL_REACH = 14  # characters read before a bare year for its preposition ("throughout " and spaces)


def _own_year_after(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int,
) -> dict[str, Any] | None:
    """Return the value of "the previous year" (``group[i]``, a year's step back) whose sentence names no date before
    it but a year after it ("The share rose 5 percent from the previous year to 1.1 trillion won in 2023": 2022):
    counted from that year, the period its sentence fixes, not from a date of an earlier sentence; None when a date
    before it in its sentence, or none after, leaves it to :func:`_from_anchor` (dates54). A count of one year back
    ("from a year earlier to X in 2023") is read so too (dates54b). Only a year told as the clause's time counts
    (:func:`_clause_time_year`), not one set before a noun ("paid it under a 2014 deal"; mend54d).

    >>> t = "Talks began in 2021. The share rose 5 percent from the previous year to 1.1 trillion won in 2023."
    >>> ranges(t, dt.date(2024, 3, 10))[1]
    ('the previous year', '2022-01-01', '2022-12-31')
    """
    h = group[i]
    if not isinstance(h.value, Anchored) or inside[i] is not None or h.value.event or not (
            h.value.year_step or _ONE_YEAR_BACK.fullmatch(text, h.start, h.end)):
        return None
    own = _sentence_span(text, h.start, h.end)
    if i and group[i - 1].start >= own.start:
        return None  # "In 2023, the share rose from the previous year": the date before counts
    for k in range(i + 1, len(group)):
        g, v = group[k], values[k]
        if g.start >= own.end or isinstance(g.value, Anchored) or inside[k] is not None or \
                _CLAUSE_JOIN.search(text, h.end, g.start):
            return None  # (another clause's year: "rose from the previous year, and talks resume in 2025")
        if v.get("start") and _whole_year(lo := dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])):
            step = h.value.shift(lo, dt.date.fromisoformat(v["end"]))
            if step.hi >= lo:
                return None  # not "the following year"
            if _APPOSED.fullmatch(text, h.end, g.start):  # "A year earlier, in 2019, ...": that year, named again
                return _value(Range(lo, dt.date.fromisoformat(v["end"]), "relative"))
            if _clause_time_year(text, g):
                return _value(Range(*step, "relative"))
    return None


def _clause_time_year(text: str, g: _Hit) -> bool:
    """Return whether the year ``g`` is told as the time of its clause ("to 1.1 trillion won in 2023", "by 2023"),
    opened by a preposition of time, and not set before a noun ("paid it under a 2014 deal", "its 2019 budget"):
    only such a year fixes a year's step back told before it (:func:`_own_year_after`; mend54d).

    >>> t = "It rose to 1.1 trillion won in 2023 under a 2014 deal."
    >>> [_clause_time_year(t, g) for g in _candidates(t, dt.date(2024, 3, 10), 0, len(t))]
    [True, False]
    """
    return bool(_YEAR_ADVERBIAL.match(text, g.start) or _YEAR_ADVERBIAL_BEFORE.search(
        text, max(0, g.start - _ADVERBIAL_REACH), g.start))


def _told_before_in(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, ends: int) -> Range | None:
    """Return the value of the date right before ``group[i]`` when both are outside quotes, it is no anchored date
    and exactly ``ends`` sentence ends stand between them (0: the same sentence, 1: the sentence before); else None.

    >>> t = "Lee met Kim on March 3. They met again on the 9th."
    >>> g = _candidates(t, dt.date(2021, 6, 16), 0, len(t))
    >>> _told_before_in(t, g, [None, None], 1, 1)[:2], _told_before_in(t, g, [None, None], 1, 0)
    ((datetime.date(2021, 3, 3), datetime.date(2021, 3, 3)), None)
    """
    k = i - 1
    if k < 0 or inside[k] is not None or isinstance(group[k].value, Anchored):
        return None
    stops = _SENTENCE_END.finditer(text, group[k].end, group[i].start)
    seen = sum(1 for _ in zip(range(ends + 1), stops, strict=False))  # at most ends + 1 read
    return group[k].value if seen == ends else None


def _day_in_month_told(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date, before: _Told | None = None
) -> dict[str, Any] | None:
    """Return the value of a day of the month with no month ("on the 9th", ``group[i]``) in the month of the date
    right before it in its sentence, a month or a day of one written out ("on March 3 and again on the 9th", "In
    March, Lee met Kim on the 9th"), when the day is on or after that date's first day (date64); else None, keeping
    the reading from publication.

    >>> ranges("Lee met Kim on March 3, 2021, and again on the 9th.", dt.date(2021, 6, 16))[1]
    ('on the 9th', '2021-03-09', '2021-03-09')
    """
    if (beside := _in_period_beside(text, group, i, "month")) is not None:
        return beside
    told = _told_before_in(text, group, inside, i, 0)
    if told is None or group[i - 1].handler not in _MONTH_WRITTEN:
        return None
    lo, hi, _ = told
    day = int(group[i].match["dom"])
    if (lo.year, lo.month) != (hi.year, hi.month) or day < lo.day:
        return None
    if day > calendar.monthrange(lo.year, lo.month)[1]:
        return None
    d = lo.replace(day=day)
    return _value(Range(d, d, "absolute"))


_WEEK_SPAN = 6  # days from the first to the last day of a span a week long at most: a weekday or a weekend is read
# from such a span told before it ("June 14-20 ... Saturday"), not from a longer one
_ECHO_REACH = 6  # days from publication within which a weekday may name a date the text told just before it
_WRITTEN_DAYS = frozenset({"absolute", "month"})  # a date written as days of a month: "June 19"


def _weekday_of_date_told(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date, before: _Told | None = None
) -> dict[str, Any] | None:
    """Return the value of a bare weekday (``group[i]``: "Saturday", "on Saturday") as the day of the dates written
    in the sentence before it (:func:`_days_told_before`) that falls on that weekday, when that day is within
    ``_ECHO_REACH`` days of publication: the text names the day ("Lee will visit Tokyo on Aug. 23-24. The meeting
    Saturday ...", date64); else None, keeping the weekday's reading by its tense (in the date's own sentence a
    weekday is another day: "On Mar. 25, the command said leave starts as of Wednesday").

    >>> t = "Lee will visit Tokyo on June 19. The talks Saturday are about trade."
    >>> ranges(t, dt.date(2021, 6, 16))[1]
    ('Saturday', '2021-06-19', '2021-06-19')
    """
    m = group[i].match
    if (m["mod"] or "on").lower() != "on" or m.groupdict().get("ndays") or m["wk"]:
        return None
    if (beside := _in_period_beside(text, group, i, "week")) is not None:
        return beside
    if m["wd2"]:
        return None
    if (ahead := _planned_after_told(text, group, inside, i, pub)) is not None:
        return ahead
    told = _days_told_before(text, group, inside, i, before)
    if told is None or (told[1] - told[0]).days > _WEEK_SPAN:
        return None
    wd = WEEKDAYS.index(m["wd"])
    d = told[0] + dt.timedelta(days=(wd - told[0].weekday()) % 7)
    if d > told[1] or abs((d - pub).days) > _ECHO_REACH or not _tense_fits(text, group[i].start, group[i].end, d, pub):
        return None
    return _value(Range(d, d, "weekday"))


# "were set to take effect": a plan ahead of its past. Narrower than _PLAN_TOLD on purpose: not "expected",
# "poised", "going", "supposed", "planned" (a forecast or a wish, not a fixed date the weekday can be moved to).
_PLANNED = frozenset({"set", "due", "scheduled", "slated"})


def _planned_after_told(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date
) -> dict[str, Any] | None:
    """Return the value of a weekday ``group[i]`` in a clause opened by "before" that tells a plan in the past
    ("was/were set (due, scheduled, slated) to"), when its sentence tells a day before it ("Trump said on Wednesday he
    had a deal, two days before tariffs were set to take effect on Friday"): the plan is ahead of that day, so the
    weekday is the first one after it; None otherwise ("talks were set to start on Monday" alone stays past).

    >>> t = "Kim said on Monday it was done, a day before fees were set to rise on Tuesday."
    >>> ranges(t, dt.date(2025, 7, 9))[1:]
    [('a day before', '2025-07-08', '2025-07-08'), ('on Tuesday', '2025-07-08', '2025-07-08')]
    """
    h = group[i]
    start = max(text.rfind("\n", 0, h.start) + 1, h.start - 400)
    if "before" not in text[start : h.start].lower():
        return None  # no "before" in any case in the line before the date: no word of the sentence is one
    for m in _SENTENCE_END.finditer(text, start, h.start):
        start = m.end()
    words = [w.lower() for w in _TOKEN.findall(text, start, h.start)]
    if "before" not in words:
        return None
    clause = words[len(words) - 1 - words[::-1].index("before"):]
    plan = next((k for k in range(1, len(clause) - 1) if clause[k] in _PLANNED and clause[k - 1] in _WAS
                 and clause[k + 1] == "to"), None)
    if plan is None or any(w in _BOUNDARY for w in clause):
        return None
    days = [g.value for k, g in enumerate(group[:i]) if g.start >= start and inside[k] is None
            and isinstance(g.value, Range) and g.value[0] == g.value[1] and g.value[0] <= pub]
    if not days:
        return None
    d0 = days[-1][0]
    d = d0 + dt.timedelta(days=(WEEKDAYS.index(h.match["wd"]) - d0.weekday()) % 7 or 7)
    return _value(Range(d, d, "weekday"))


_CLAUSE_BREAK = re.compile(r"[,;–—]|[ \t]-[ \t]|\b(?:who|which|that)\b")  # where a clause read after a weekday ends


def _tense_fits(text: str, start: int, end: int, d: dt.date, pub: dt.date) -> bool:
    """Return whether the tense of the clause of ``text[start:end]`` (a weekday) allows it to name ``d``: a past
    verb cannot take a day after publication, a future verb a day before it (mendd65); a clause with no tense allows
    either. The clause ends at a comma, a dash or a relative pronoun after the weekday ("The talks Saturday are about
    trade, Kim said" and "The talks Saturday – which Kim called – are about trade" are present).

    >>> t, pub = "Kim announced the trip Saturday.", dt.date(2025, 8, 21)
    >>> _tense_fits(t, 23, 31, dt.date(2025, 8, 23), pub), _tense_fits(t, 23, 31, dt.date(2025, 8, 16), pub)
    (False, True)
    """
    stop = _CLAUSE_BREAK.search(text, end, end + _WINDOW)  # "..., Danne said", "– who met in June –": not its clause
    tense = clause_tense(text, start, end, 0, stop.start() if stop else None)
    if tense == "past" and d > pub and _aimed(text, start):
        return True  # mendd66: "Kim scheduled a vote for Saturday": the report is past, the day it aims at ahead
    return not ((tense == "past" and d > pub) or (tense == "future" and d < pub))


_AIM_BEFORE = re.compile(r"\b(for|until|till|to)[ \t]{1,3}\Z")  # "a vote for Saturday", "put off until Sunday"
_AIM_REACH = 12  # characters read before a weekday for the word of aim right before it
_DAY_OWNS = re.compile(r"(?:on[ \t]{1,3})?[A-Z][a-z]{2,8}day['’]s\b")  # "Saturday's deal": the day's, not an aim
_AIM_OBJECT = 6  # words read back from "for" for the determiner of the object the weekday is set for
# determiners opening the object a weekday is set for ("called a vote for Friday"), read by :func:`_set_for`
_OBJECT_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "another", "this", "that", "new"})
# past verbs of setting a day: their object's day is the one set, ahead of the report
_PLANNING = frozenset({"scheduled", "rescheduled", "planned", "slated", "booked", "arranged"})
# past verbs of moving a day: they aim at a day only "to/until" it ("moved the vote to Friday"), not "on" it
_MOVING = frozenset({"postponed", "delayed", "deferred", "moved", "pushed"})


def _aimed(text: str, start: int) -> bool:
    """Return whether the weekday at ``start`` is the day a plan aims at (mendd66, mendd67): its clause's nearest
    past verb one of setting a day (``_PLANNING``: "Osric planned a walkout on Friday"); one of moving a day
    (``_MOVING``) with "to/until" right before it ("moved the vote to Friday", not "moved quickly on Friday"); or
    "for" right before a bare weekday after an object (:func:`_set_for`: "set a vote for Saturday", not "fought for
    Saturday" nor "for Saturday's deal"). "Osric announced the trip Saturday" names one behind the report.

    >>> t = "Kim set a vote for Saturday. Osric planned a walkout on Friday. Danne, who planned it, spoke Sunday."
    >>> _aimed(t, t.index("Saturday")), _aimed(t, t.index("on Friday")), _aimed(t, t.index("Sunday"))
    (True, True, False)
    >>> u = "Kim moved quickly on Friday. Kim moved the vote to Friday. Kim fought for Saturday's deal."
    >>> _aimed(u, u.index("on Friday")), _aimed(u, u.index("to Friday") + 3), _aimed(u, u.index("Saturday"))
    (False, True, False)
    """
    aim = _AIM_BEFORE.search(text, max(0, start - _AIM_REACH), start)
    word = aim[1].lower() if aim else None
    words = _clause_words(text, max(0, start - _BACK), start, True, None)
    verb = _past_verb_before(words)
    if verb in _PLANNING:
        return True
    if verb in _MOVING:
        return word in {"to", "until", "till"}
    return word == "for" and not _DAY_OWNS.match(text, start) and _set_for(words)


def _past_verb_before(words: list[str]) -> str | None:
    """Return the nearest tensed verb of ``words`` (a clause's words before a date) in lower case if it is in the
    past, "" if it is not, None if none comes before the clause's start.

    >>> _past_verb_before(["Kim", "moved", "the", "vote", "to"]), _past_verb_before([".", "Kim", "at"])
    ('moved', None)
    """
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _BOUNDARY:
            return None
        tense = _tense_of(words, k)
        if tense is not None:
            return words[k].lower() if tense == "past" else ""
    return None


def _set_for(words: list[str]) -> bool:
    """Return whether ``words`` (a clause's words before a weekday, the last "for") set the weekday for an object:
    a determiner within ``_AIM_OBJECT`` words before "for", in its clause ("called a vote for", "booked the hall
    for"), not a verb right before it ("fought for", "argued for").

    >>> _set_for(["Osric", "called", "a", "vote", "for"]), _set_for(["Danne", "fought", "for"])
    (True, False)
    """
    for w in reversed(words[-1 - _AIM_OBJECT:-1]):
        if w in _BOUNDARY:
            return False
        if w.lower() in _OBJECT_DETERMINERS:
            return True
    return False


def _days_told_before(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, before: _Told | None
) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day of the date written as days of a month right before ``group[i]``, in the
    sentence before its own (in its paragraph; or, for a date in its paragraph's first sentence, the last sentence of
    the paragraph before: ``before``); else None.

    >>> t = "Lee will visit Tokyo on Aug. 23-24.\\n\\nThe meeting Saturday is about trade."
    >>> ranges(t, dt.date(2025, 8, 21))[1]
    ('Saturday', '2025-08-23', '2025-08-23')
    """
    if i > 0:
        told = _told_before_in(text, group, inside, i, 1)
        return (told.lo, told.hi) if told is not None and told.form in _WRITTEN_DAYS else None
    if before is None or before.at < 0 or before.value.get("form") not in _WRITTEN_DAYS or not before.value["start"]:
        return None
    ps = text.rfind("\n", 0, group[i].start) + 1
    if _SENTENCE_END.search(text, ps, group[i].start) or _SENTENCE_END.search(
            text, before.at + len(before.exact), before.para_end - 1):
        return None
    return dt.date.fromisoformat(before.value["start"]), dt.date.fromisoformat(before.value["end"])


_MONTH_WRITTEN = frozenset({_full, _month})  # dates that write their month out ("March 3", "in March")
# a date read again from the date right before it (date64): a day of the month, a bare weekday
_TOLD_BESIDE = {_day_of_month: _day_in_month_told, _weekday: _weekday_of_date_told}


def _in_period_beside(text: str, group: list[_Hit], i: int, unit: str) -> dict[str, Any] | None:
    """Return the value of a weekday (``unit`` "week": "on Thursday", "on Monday and Tuesday") or a day of the month
    ("month": "on the 20th") set right after a relative week (month) it belongs to ("next week on Thursday", "last
    week, on Monday and Tuesday", "next month on the 20th") as that day of that week (month), as "on Thursday next
    week" reads (dfix50); None when no such period stands right before it, keeping its reading by the tense.

    >>> ranges("The envoys will meet next week on Thursday.", dt.date(2022, 9, 14))[1]
    ('on Thursday', '2022-09-22', '2022-09-22')
    >>> ranges("The vote is next month on the 20th.", dt.date(2022, 9, 14))[1]
    ('on the 20th', '2022-10-20', '2022-10-20')
    """
    p, h = group[i - 1] if i else None, group[i]
    if p is None or p.handler is not _relative or not isinstance(p.value, Range) or \
            text[p.end : h.start].strip(" \t") not in ("", ",") or not p.match.group().lower().endswith(unit):
        return None
    lo, hi = p.value.lo, p.value.hi
    if unit == "week":
        if (hi - lo).days != 6 or lo.weekday() != 0:
            return None
        days = [lo + dt.timedelta(days=WEEKDAYS.index(w.capitalize())) for w in (h.match["wd"], h.match["wd2"]) if w]
        return _value(Range(days[0], days[-1], "weekday")) if days[0] <= days[-1] else None
    day = int(h.match["dom"])
    if not _whole_month(lo, hi) or not 1 <= day <= hi.day:
        return None
    return _value(Range(lo.replace(day=day), lo.replace(day=day), "relative"))


def _from_plan(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date
) -> dict[str, Any] | None:
    """Return the value of a plan's deadline ``group[i]`` read ahead from the plan's date: the date before it in
    its sentence, outside quotes, if that is before publication ("decided in January to cut troops by
    September"); None to keep its reading from publication.

    >>> t = "In January, Lee decided to cut troops by September."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 11, 16))]
    ['2019-01-01', '2019-09-01']
    """
    h = group[i]
    k = i - 1
    if k < 0 or inside[k] is not None or inside[i] is not None or isinstance(group[k].value, Anchored):
        return None
    lo = group[k].value.lo
    if lo >= pub or _SENTENCE_END.search(text, group[k].end, h.start):
        return None
    try:
        r = h.handler(h.match, lo, True)
    except (ValueError, OverflowError):
        return None
    return _value(r) if r is not None and not isinstance(r, Anchored) else None


def _plan_value(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date
) -> dict[str, Any] | None:
    """Return the value of the plan's deadline ``group[i]``, read ahead: from the plan's date before it
    (:func:`_from_plan`), else the month just gone that a plan told in the simple past aims at (:func:`_plan_just_gone`;
    not a reported plan's backshift, "..., officials said", which tests/test_dates75's MEND77 reads ahead); None to keep
    its reading (dates52).

    >>> t = "In January, Lee decided to cut troops by September."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 11, 16))]
    ['2019-01-01', '2019-09-01']
    """
    h = group[i]
    return (h.plan and _from_plan(text, group, inside, i, pub)) or _plan_just_gone(text, h, pub)


# a plan told in the simple past with its infinitive: "was expected to", "were supposed to", "was initially set to"
_WAS_PLANNED_TO = re.compile(
    r"\b(?:was|were)[ \t]{1,3}(?:(?:initially|originally|first|widely|also)[ \t]{1,3})?"
    r"(?:expected|supposed|scheduled|slated|set|due|planned)[ \t]{1,3}to[ \t]{1,3}[a-z]")


def _plan_just_gone(text: str, h: _Hit, pub: dt.date) -> dict[str, Any] | None:
    """Return the value of a bare month (or part of one) that a plan told in the simple past aims at ("The deal was
    expected to be finalized by the end of March", told on 2 April), read ahead from publication with no date of the
    plan before it, when the same month a year back ended at most ``_AIM_AHEAD`` days before publication: the
    deadline just gone, which the past tense tells (dates52), as :func:`_aimed_month` moves a past "planned for" the
    other way. None to keep the reading ahead.

    >>> ranges("The deal was expected to be finalized by the end of March.", dt.date(2020, 4, 2))
    [('the end of March', '2020-03-31', '2020-03-31')]
    >>> ranges("The deal was expected to be finalized by the end of May.", dt.date(2020, 4, 2))
    [('the end of May', '2020-05-31', '2020-05-31')]
    """
    r = h.value
    if h.handler is not _month or h.match["year"] or h.match["rel"] or not isinstance(r, Range) or r.lo <= pub:
        return None
    b = _sentence_span(text, h.start, h.end).start
    if _WAS_PLANNED_TO.search(text, max(b, h.start - _BACK), h.start) is None:
        return None
    lo, hi = (_month_range(d.year - 1, d.month)[1] if d == _month_range(d.year, d.month)[1] else _add(d, "year", -1)
              for d in (r.lo, r.hi))  # a month's last day stays its last (29 February)
    if hi >= pub or (pub - hi).days > _AIM_AHEAD:
        return None
    return _value(Range(lo, hi, r.form))


def _counted_from_report(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date
) -> dict[str, Any] | None:
    """Return the value of a future "in 30 days" ``group[i]`` told in a report dated before publication: counted
    from the date before it in its sentence when a past-tense verb stands between ("In late February, USFK
    notified workers that they may be furloughed in 30 days"); None to keep its reading from publication.

    >>> t = "In late February, USFK notified workers they may be furloughed in 30 days."
    >>> [(v["start"], v["end"]) for *_, v in find_dates(t, dt.date(2020, 4, 1))]
    [('2020-02-21', '2020-02-29'), ('2020-03-22', '2020-03-30')]

    "Within" ("in less than") N units bounds a span, from the report's day through the day the count comes to, as
    it does from publication (README, "A span counted from publication"; dfix51), not the one day counted to:

    >>> ranges("Bo said on Tuesday that Al would answer within two weeks.", dt.date(2025, 7, 31))[1]
    ('within two weeks', '2025-07-29', '2025-08-12')
    """
    h, k = group[i], i - 1
    if k < 0 or inside[k] is not None or inside[i] is not None or isinstance(group[k].value, Anchored):
        return None
    lo, hi, _ = group[k].value
    if hi >= pub or _SENTENCE_END.search(text, group[k].end, h.start):
        return None
    words = _TOKEN.findall(text, group[k].end, h.start)
    if not any(_tense_of(words, w) == "past" for w in range(len(words))):
        return None
    return _count_from_told(h.match, lo, hi)


# a plan told as past, or "would" (the future of a past report): a count after it counts from the plan
_PAST_FUTURE = re.compile(rf"\b(?:(?:was|were|had\s+been)\s+(?:{'|'.join(sorted(_PLAN_TOLD))})\s+to|would)\b")


def _counted_from_past_plan(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date, before: _Told | None
) -> dict[str, Any] | None:
    """Return the value of "in a year" ``group[i]`` in a future told from the past ("was due to expire in a
    year", "would end in two weeks"), with no date before it in its sentence: counted from the last date told
    before it (in its paragraph, else the paragraph before), if that is before publication; else None.

    >>> t = "They signed a deal in February.\\n\\nThe deal was due to expire in a year."
    >>> [(v["start"], v["end"]) for *_, v in find_dates(t, dt.date(2019, 8, 7))]
    [('2019-02-01', '2019-02-28'), ('2020-02-01', '2020-02-29')]
    """
    h = group[i]
    begin = max(0, h.start - 200)
    begin = max(begin, text.rfind("\n", begin, h.start) + 1)
    for m in _SENTENCE_END.finditer(text, begin, h.start):
        begin = m.end()
    if inside[i] is not None or not _PAST_FUTURE.search(text, begin, h.start):
        return None
    told = (k for k in range(i - 1, max(-1, i - 50), -1) if inside[k] is None)
    k = next((k for k in told if not isinstance(group[k].value, Anchored)), None)
    if k is not None:
        lo, hi, _ = group[k].value
    elif before is not None:
        lo, hi = dt.date.fromisoformat(before.value["start"]), dt.date.fromisoformat(before.value["end"])
    else:
        return None
    return None if hi >= pub else _count_from_told(h.match, lo, hi)


def _count_from_told(m: re.Match[str], lo: dt.date, hi: dt.date) -> dict[str, Any] | None:
    """Return the value of the count "in N units" ``m`` (:data:`_IN_COUNT`) read from the date ``lo..hi`` told before
    it: that date moved by the count; "within" ("in less than") N units bounds a span instead, from the date through
    the day the count comes to, as it does from publication (README, "A span counted from publication"; dfix51).

    >>> m = _IN_COUNT.search("They would answer within two weeks.")
    >>> _count_from_told(m, dt.date(2025, 7, 29), dt.date(2025, 7, 29))
    {'start': '2025-07-29', 'end': '2025-08-12', 'form': 'relative'}
    """
    n, unit = _count(m["n"]), m["unit"].lower().rstrip("s")
    if n is None:
        return None
    moved = _shift_span(lo, hi, unit, n)
    if m["prep"].lower() == "within" or m["less"]:
        return _value(Range(lo, moved.hi, "relative"))
    return _value(Range(*moved, "relative"))


def _shift_span(lo: dt.date, hi: dt.date, unit: str, n: int) -> Period:
    """Return ``lo..hi`` moved by ``n`` units; a span ending on a month's last day still does after it.

    >>> _shift_span(dt.date(2019, 2, 1), dt.date(2019, 2, 28), "year", 1)
    Period(lo=datetime.date(2020, 2, 1), hi=datetime.date(2020, 2, 29))
    """
    end = _add(hi, unit, n)
    if unit in {"month", "year"} and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return Period(_add(lo, unit, n), end)


_TELLING_TIME = re.compile(r",? that\b")  # a date between a speech verb and its "that" clause dates the telling


def _reported_in_quote(text: str, q: _Stretch, h: _Hit) -> bool:
    """Return whether date ``h`` in quotation ``q`` follows a speech verb in the past ("I said next year"); a date
    followed by the verb's "that" ("We were told in October that ...") is the telling's time, not the told words'.

    >>> t = '"But I said next year we have to talk," he said.'
    >>> h = _candidates(t, dt.date(2025, 7, 8), 0, len(t))[0]
    >>> _reported_in_quote(t, _Stretch(0, 39), h)
    True
    >>> t = '"They told us on May 2 that we were safe," he said.'
    >>> _reported_in_quote(t, _Stretch(0, 42), _candidates(t, dt.date(2025, 7, 8), 0, len(t))[0])
    False
    """
    if _TELLING_TIME.match(text, h.end):
        return False  # "We were told in October that ...": the date is the telling's, not the told words'
    words: list[str] = _TOKEN.findall(text, max(q.start + 1, h.start - 30), h.start)[-3:]
    for w in reversed(words):
        if w in _BOUNDARY:
            return False
        if w.lower() in _REPORTING:
            return True
    return False


def _quotes_of_each(text: str, group: list[_Hit], ps: int, pe: int) -> list[_Stretch | None]:
    """Return, for each hit of the paragraph ``text[ps:pe]``, the quotation it sits in (None if outside).

    >>> t = 'On Friday "on Monday"'
    >>> _quotes_of_each(t, _candidates(t, dt.date(2019, 11, 16), 0, len(t)), 0, len(t))
    [None, _Stretch(start=10, end=21)]
    """
    return _quote_of_each(group, _quotations(text, group, ps, pe))


def _quotations(text: str, group: list[_Hit], ps: int, pe: int) -> list[_Stretch]:
    """Return the quotations of the paragraph ``text[ps:pe]`` (its dates ``group``) in order: the double-marked ones,
    and the single-quote pairs the quote finder reads as quotations outside them that :func:`_said_on_day` keeps: a
    day word said at a day the sentence dates ("At Monday's hearing he said: 'today we ...'", review92 finding 7). Any
    other single-quoted words read as the narrator's, as before (review93 findings 6-8: a label's year, another event's
    date, apostrophes).

    >>> t = "At Monday's hearing Bo said: 'today we pay.' Seoul's “yes” and Al's ‘no’ for the 'deal of 2019'"
    >>> [t[q.start:q.end] for q in _quotations(t, _candidates(t, dt.date(2019, 11, 21), 0, len(t)), 0, len(t))]
    ["'today we pay.'", '“yes”']
    """
    double = _quote_stretches(text, ps, pe) if _QUOTE_MARK.search(text, ps, pe) else []
    if text.find("'", ps, pe) < 0 and text.find("‘", ps, pe) < 0:
        return double
    from analysis.extract.quotes import single_pairs  # the quote finder's reading of single marks

    starts = [d.start for d in double]

    def apart(q: _Stretch) -> bool:  # overlaps no double-marked quotation (the one before it, or the one after)
        k = bisect.bisect_right(starts, q.start)
        return (k == 0 or double[k - 1].end <= q.start) and (k == len(double) or q.end <= double[k].start)

    single = [_Stretch(q.start, q.end) for q in single_pairs(text, ps, pe) if apart(q)]
    if not single:
        return double
    every = sorted(double + single)
    inside = _quote_of_each(group, every)
    kept = [q for q in single if _said_on_day(text, group, inside, q, (ps, pe))]
    return sorted(double + kept) if kept else double


_ONE_DAY_FORMS = frozenset({"weekday", "relative"})  # a day word: "today", "yesterday", "this morning", "on Monday"


def _has_word(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds a letter or digit: a word beside the day word in its quote marks.

    >>> _has_word("'today, we'", 0, 7), _has_word("'today'", 7, 8)
    (True, False)
    """
    return any(c.isalnum() for c in text[start:end])


_RELATIVE_WHO = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)  # a relative clause: another event's date


def _said_on_day(text: str, group: list[_Hit], inside: list[_Stretch | None], q: _Stretch,
                 para: tuple[int, int]) -> bool:
    """Return whether single-quoted words ``q`` are dated as a quotation (review92 finding 7; review93 findings 6-8):
    they hold a day word and no other date, and the date :func:`_speech_time` takes for them is one day, not told in
    a relative clause between ("'Talks end today,' said Kang, who arrived on Monday": Monday is Kang's arrival).

    >>> t = "'Talks end today,' Kang said on Monday. 'Talks end today,' said Kang, who came on Monday."
    >>> g = _candidates(t, dt.date(2019, 11, 21), 0, len(t))
    >>> ins = _quote_of_each(g, [_Stretch(0, 18), _Stretch(40, 58)])
    >>> [_said_on_day(t, g, ins, q, (0, len(t))) for q in (_Stretch(0, 18), _Stretch(40, 58))]
    [True, False]
    >>> t = "Bo told NBC's 'Today' show on Monday that talks go on."
    >>> g = _candidates(t, dt.date(2019, 11, 21), 0, len(t))
    >>> _said_on_day(t, g, _quote_of_each(g, [_Stretch(14, 21)]), _Stretch(14, 21), (0, len(t)))
    False
    """
    held = [i for i, h in enumerate(group) if inside[i] == q]
    days = [i for i in held if isinstance(v := group[i].value, Range) and v.form in _ONE_DAY_FORMS and v[0] == v[1]]
    if not days or len(days) < len(held):
        return False
    if not _has_word(text, q.start, group[days[0]].start) and not _has_word(text, group[days[0]].end, q.end):
        return False  # NBC's 'Today' show: a title of the day word alone
    said = _speech_time(text, group, inside, days[0], para, None)
    if said is None or not isinstance(said.value, Range) or said.value[0] != said.value[1]:
        return False
    lo, hi = (said.end, q.start) if said.end <= q.start else (q.end, said.start)
    return _RELATIVE_WHO.search(text, lo, hi) is None


def _quote_of_each(group: list[_Hit], quotes: list[_Stretch]) -> list[_Stretch | None]:
    """Return, for each hit, the quotation it sits in (None if outside): one merge of two sorted lists.

    >>> t = 'On Friday "on Monday"'
    >>> _quote_of_each(_candidates(t, dt.date(2019, 11, 16), 0, len(t)), [_Stretch(10, 21)])
    [None, _Stretch(start=10, end=21)]
    """
    out: list[_Stretch | None] = []
    k = 0
    for h in group:
        while k < len(quotes) and quotes[k].end <= h.start:
            k += 1
        out.append(quotes[k] if k < len(quotes) and quotes[k].start < h.start else None)
    return out


def _as_said(text: str, h: _Hit, said: _Hit | None, pub: dt.date) -> dict[str, Any] | None:
    """Return the value of date ``h``, inside a quotation spoken at date ``said``, when that is not its
    reading from publication: read from the day it was said if the text gives that day, else unresolved
    (the words are dated before publication, and reading ``h`` from then would change it). None: keep it.

    >>> t = 'Lee said in 2019: "It ends next month." Park said on Friday: "We met yesterday."'
    >>> [v.get("unresolved", v["start"]) for *_, v in find_dates(t, dt.date(2024, 5, 4))]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['2019-01-01', "inside a quotation of words said before publication ('in 2019'): it counts from then",
     '2024-05-03', '2024-05-02']
    >>> [v["start"] for *_, v in find_dates('Lee said in 2019: "It ends next year."', dt.date(2024, 5, 4))]
    ['2019-01-01', '2020-01-01']
    """
    if said is None or isinstance(said.value, Anchored) or said.value.hi >= pub:
        return None
    lo, hi, _ = said.value
    try:
        readings = {h.handler(h.match, ref, h.future) for ref in (lo, hi)}
    except (ValueError, OverflowError):
        readings = set()
    if readings == {h.value}:
        return None
    if (lo == hi or _whole_year(lo, hi) or _year_word_told(lo, hi, readings)
            or (_month_word_told(lo, hi, h) and _month_dates_speech(text, said))) \
            and len(readings) == 1 and None not in readings:
        return _value(readings.pop())  # said on a day, or in a year every day of which reads it alike ("next year")
    why = f"inside a quotation of words said before publication ({text[said.start : said.end]!r}): it counts from then"
    return _unresolved(h.value.form, why)


# the parts of a month a quotation dated to a month reads from it ("early next month", "the end of this month")
_MONTH_WORD_PARTS = frozenset({None, "early", "late", "mid", "end", "beginning", "start", "middle"})


def _month_word_told(lo: dt.date, hi: dt.date, h: _Hit) -> bool:
    """Return whether speech dated ``lo..hi``, one whole calendar month ("said in October"), reads quoted date ``h``
    from that month: a month-wide word counted from the speaker's month — "this month", "next month", "last month",
    "early (mid-, late) next month", "the end (middle) of this month" — which every day of the month reads alike, as
    indirect speech reads it (lead, fifty-first session; tests/corpus/README.md). Not a finer word ("next week", a
    weekday, "later this month": days of the month apart read it apart) nor a month's name ("in June").

    >>> t = 'Lee said in October 2024: "We will decide next month." Bo said in May 2024: "We meet next week."'
    >>> [v.get("start") for *_, v in find_dates(t, dt.date(2025, 3, 3))]
    ['2024-10-01', '2024-11-01', '2024-05-01', None]
    """
    if lo.day != 1 or hi != _month_range(lo.year, lo.month).hi or h.handler not in (_relative, _end_of):
        return False
    which, unit = (_group(h.match, "which") or "").lower(), (_group(h.match, "unit") or "").lower()
    part = _group(h.match, "pre") or _group(h.match, "pos") or _group(h.match, "mid")
    return unit == "month" and which in {"this", "next", "last"} and (part and part.lower()) in _MONTH_WORD_PARTS


# the speech verbs a month right after dates ("said in May", "Asked in May", "wrote last May"; fix51d2, mended after
# review: the month dates the speech itself, not an office taken or an accord signed)
_SPEECH_AT = frozenset({"said", "says", "told", "added", "asked", "stated", "declared", "wrote", "insisted", "warned",
                        "predicted", "promised", "vowed", "pledged", "remarked", "noted", "explained", "testified"})
_NOT_SPEECH_OBJECT = frozenset({"who", "which", "that", "whom", "whose", "when", "where", "after", "before", "as"})
_SPEECH_EVENT = re.compile(r"[ \t]{1,3}(?:interview|speech|address|statement|briefing|letter|hearing|remarks)\b")
_ANOTHER_TIME = re.compile(r"[ \t]{0,3},?[ \t]{0,3}(?:and|or|as|to|through|until|till|then)\b|[ \t]{0,3}[-–]")


def _month_dates_speech(text: str, said: _Hit) -> bool:
    """Return whether the month ``said`` (the date :func:`_speech_time` found for a quotation) dates the speech verb
    itself, in a known shape: right after the verb ("said in May", "Asked in May", "told reporters in May": up to three
    words of its object), opening the sentence before a comma ("In May, Tovar said"), or "in a May interview"; and no
    other time beside it ("in May and June", "in May, as in April", "on May 10 and again in June"). Not a month of a
    clause on the speaker ("Tovar, who took office in May, said", "appointed in May", "the accord signed in May").

    >>> def told(t): return [(h.match.group(), _month_dates_speech(t, h)) for h in _candidates(t, dt.date(2024, 9, 2),
    ...                                                                                         0, len(t))]
    >>> told('Bo said in May: "Go." In May, Al said: "Go." Al, appointed in May, said: "Go."')
    [('in May', True), ('In May', True), ('in May', False)]
    >>> told('Al said in May and June: "Go."')
    [('in May', False), ('June', False)]
    """
    if _ANOTHER_TIME.match(text, said.end):
        return False
    sentence = _sentence_span(text, said.start, said.end)
    words = [w for w in text[max(sentence.start, said.start - 60) : said.start].split() if w.strip("\"“”‘’")]
    if not words:
        return text.startswith(",", said.end)  # "In May, Tovar said: ..."
    if words[-1].lower() in {"a", "an"}:  # "in a May interview"
        return words[-2:-1] in (["in"], ["In"], ["during"]) and _SPEECH_EVENT.match(text, said.end) is not None
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[k].lower()
        if w in _SPEECH_AT and (k == len(words) - 1 or w == "told"):
            return k == 0 or words[k - 1].lower().strip(",") not in _NOT_SPEECH_OBJECT
        if not words[k].isalpha() or w in _NOT_SPEECH_OBJECT or w.endswith("ed"):
            return False
    return False


def _year_word_told(lo: dt.date, hi: dt.date, readings: set[Any]) -> bool:
    """Return whether speech dated ``lo..hi`` within one calendar year (a month: "told parliament in March 2021")
    reads a quoted date as one whole year (``readings``: its readings from ``lo`` and ``hi``): "last year", "next
    year" said in March 2021 are 2020 and 2022 from every day of it, as from a speech dated to the year (the year is
    told; tests/corpus/README.md). A month-wide word ("next month") is :func:`_month_word_told`'s; finer stay open.

    >>> d, y = dt.date, Range(dt.date(2020, 1, 1), dt.date(2020, 12, 31), "relative")
    >>> _year_word_told(d(2021, 3, 1), d(2021, 3, 31), {y}), _year_word_told(d(2021, 3, 1), d(2021, 3, 31),
    ...     {Range(d(2021, 4, 1), d(2021, 4, 30), "relative")})
    (True, False)
    """
    return lo.year == hi.year and all(isinstance(r, Range) and _whole_year(r.lo, r.hi) for r in readings)


def _whole_year(lo: dt.date, hi: dt.date) -> bool:
    """Return whether ``lo..hi`` is one calendar year: speech dated only to a year, which resolves the expressions
    every day of that year reads alike ("this year", "next year", "last year"; tests/corpus/README.md).

    >>> d = dt.date
    >>> _whole_year(d(2019, 1, 1), d(2019, 12, 31)), _whole_year(d(2019, 11, 1), d(2019, 11, 30))
    (True, False)
    """
    return lo.year == hi.year and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31)


_SPEECH = re.compile(
    r"\b(?:said|says|told|stated|noted|added|announced|statement|remarks?|message|briefing|interview|speech|wrote"
    r"|tweeted|posted|address)\b",
    re.IGNORECASE,
)
# a word of speech, or any past verb of saying ("reported", "warned", "predicted": _SAID), near the date of a speech
# whose reported clause :func:`_past_speech_hit` reads from its time ("warned in 2018 that costs will rise next year")
_SPEECH_OR_SAID = re.compile(rf"{_SPEECH.pattern}|\b(?:{'|'.join(sorted(_SAID))})\b", re.IGNORECASE)


_NOT_NAMES = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "As",
                        "After", "Before", "When", "While", "This", "That", "Representative", "President", "Minister",
                        "Ambassador", "Secretary", "Envoy", "Chief", "Senator", "Mr", "Ms", "Dr"})


_ONCE_SAID = _SAID | {"put", "remarked", "quipped", "declared", "says"}  # "as Kim once put it", "Kim once quipped"


def _said_once(text: str, q: _Stretch) -> bool:
    """Return whether quotation ``q`` is credited, in its sentence outside the marks, to words said "once" ("Kim
    once said", "as Lee once put it"; not "said once the talks ended"): an old remark whose time the text does not
    tell, so a date in it counts from no known day.

    >>> t = '"Next year will be hard," Kim once said. "Next year will be hard," Kim said.'
    >>> _said_once(t, _Stretch(0, 27)), _said_once(t, _Stretch(41, 68))
    (True, False)
    """
    if "once" not in text[max(0, q.start - 200) : q.start].lower() and "once" not in \
            text[q.end : max(q.end, q.start + 201)].lower():
        return False  # no "once" in any case where the sentence can reach (200 characters each side): no word read
    begin, end = _sentence_span(text, q.start, q.start + 1)
    words = [w.lower() for w in _TOKEN.findall(text, begin, q.start) + _TOKEN.findall(text, q.end, max(end, q.end))]
    return any(w == "once" and words[k + 1] in _ONCE_SAID for k, w in enumerate(words[:-1]))


#: words that set a speech at a past time they do not date, right after its verb ("Kim said years ago", "Lee told
#: reporters in the past") or opening its sentence ("Years ago, Kim said"; dates56). Not "at the time", "back then":
#: they point to a time told before ("Seoul paid more in 2021. At the time, lawmakers said ..."), which dates it
_UNTOLD_PAST = (("years", "ago"), ("decades", "ago"), ("long", "ago"), ("in", "the", "past"))
# the words (``_TOKEN``) and numerals of a text read for such a time: "said 10 years ago" is a count, a told time
_UNTOLD_TOKEN = re.compile(rf"(?<![\d.,])\d++(?:[.,]\d++)*+|(?<![A-Za-z])[A-Za-z]++(?:['’][A-Za-z]++)?+|{_END_MARKS}")
# words after "in the past" that make it a window counted back from the news ("in the past two years", "in the
# past few days", "in the past week"): a told time, no untold one (mend56d)
_PAST_WINDOW = frozenset({"few", "several", "couple", "day", "days", "week", "weeks", "fortnight", "month", "months",
                          "quarter", "quarters", "year", "years", "decade", "decades", "hour", "hours"})


def _count_word(word: str) -> bool:
    """Return whether ``word`` (lower case) is a count: a numeral or a number word ("10", "ten", "two").

    >>> [_count_word(w) for w in ("10", "ten", "reporters")]
    [True, True, False]
    """
    return word[:1].isdigit() or word in CARDINALS


def _past_window(words: list[str], e: int) -> bool:
    """Return whether the undated past time that ends at ``words[e]`` is "in the past" opening a counted window
    ("in the past two years", "in the past week": :data:`_PAST_WINDOW`, a count): a told time (mend56d).

    >>> w = "kim said in the past two years that".split()
    >>> _past_window(w, 5), _past_window("kim said in the past that".split(), 5)
    (True, False)
    """
    return words[e - 1] == "past" and e < len(words) and (words[e] in _PAST_WINDOW or _count_word(words[e]))


_TOLD_TO = frozenset({"told", "assured", "informed", "reminded", "promised", "warned"})  # a verb that takes its hearer
_NOT_HEARER = frozenset({"that", "who", "which", "when", "what", "how", "whether"})  # words opening a clause instead


def _untold_time_after(words: list[str], k: int) -> int | None:
    """Return where the words of an undated past time (``_UNTOLD_PAST``) end, when they follow speech verb
    ``words[k]`` (lower-case words) right after it, or after at most two words of its hearer ("told reporters years
    ago"); else None. Not "said talks began years ago" (a clause of its own between).

    >>> w = "kim told the panel in the past that talks would end".split()
    >>> _untold_time_after(w, 1), _untold_time_after("kim said talks began years ago".split(), 1)
    (7, None)
    """
    for skip in (0, 1, 2) if words[k] in _TOLD_TO else (0,):
        at = k + 1 + skip
        if any(w in _NOT_HEARER or w in _SPEAKING or _count_word(w) for w in words[k + 1 : at]):
            return None  # "told reporters 3 decades ago": a count, no hearer
        for marks in _UNTOLD_PAST:
            if tuple(words[at : at + len(marks)]) == marks:
                return None if _past_window(words, at + len(marks)) else at + len(marks)
    return None


def _quote_time_untold(text: str, q: _Stretch) -> str | None:
    """Return why quotation ``q`` counts from no known day when its speech is said "once" (:func:`_said_once`) or at
    a past time the text does not date (:func:`_said_at_untold_time`); None otherwise.

    >>> _quote_time_untold('"Next year," Kim said long ago.', _Stretch(0, 12))
    'a quotation of words said long ago, at a time not told'
    """
    if _said_once(text, q):
        return "a quotation of words said once, at a time not told"
    past = _said_at_untold_time(text, q)
    return None if past is None else f"a quotation of words said {past}, at a time not told"


_TAG_WORDS_REACH = 64  # characters read each side of a quotation for the verb of its tag and a time after it


def _said_at_untold_time(text: str, q: _Stretch) -> str | None:
    """Return the words that set quotation ``q``'s speech at a past time the text does not date ("Kim said years
    ago", "Lee told reporters in the past", "Years ago, Kim said:"), read in its sentence outside the marks; None if
    there are none (dates56). Not a time in a clause of the speaker's ("said Kim, who left years ago").

    >>> t = '"Next year will be hard," Kim said years ago. "Next year will be hard," said Kim, who left years ago.'
    >>> _said_at_untold_time(t, _Stretch(0, 27)), _said_at_untold_time(t, _Stretch(46, 73))
    ('years ago', None)
    """
    begin, end = _sentence_span(text, q.start, q.start + 1)
    head = [w.lower() for w in _UNTOLD_TOKEN.findall(text, max(begin, q.start - _TAG_WORDS_REACH), q.start)]
    if q.start - begin <= _TAG_WORDS_REACH:  # "Years ago, Kim said:": the sentence opens with the time
        for marks in _UNTOLD_PAST:
            n = len(marks)
            if tuple(head[:n]) == marks and not _past_window(head, n) and any(w in _SAID for w in head[n : n + 4]):
                return " ".join(marks)
    tail = [w.lower() for w in _UNTOLD_TOKEN.findall(text, q.end, min(max(end, q.end), q.end + _TAG_WORDS_REACH))]
    # the verb that credits the quotation: the last before it, the first after it
    for words, ks in ((head, range(len(head) - 1, -1, -1)), (tail, range(len(tail)))):
        k = next((k for k in ks if words[k] in _SAID), None)
        if k is not None and (e := _untold_time_after(words, k)) is not None:
            return _untold_words(words, e)
    return None


def _untold_words(words: list[str], e: int) -> str:
    """Return the words of ``_UNTOLD_PAST`` that end at ``words[e]`` (:func:`_untold_time_after` found them).

    >>> _untold_words("kim said in the past that".split(), 5)
    'in the past'
    """
    return next(" ".join(m) for m in _UNTOLD_PAST if tuple(words[e - len(m) : e]) == m)


def _as_said_after_act(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date, k: int | None
) -> dict[str, Any] | None:
    """Return the value of date ``h`` (``group[i]``), in a quotation no date beside it dates, whose sentence comes
    right after the one (in its paragraph) that dates an act before publication, when the quotation is that act's own
    comment (``k``: the last hit before it outside quotations, :func:`_last_outside`): its speaker (a name outside
    the quotation in its sentence) is named in the sentence before ("On the 19th,
    envoy Bo Harlan walked out after 80 minutes. Harlan said that “we cut short the talks today”"), or it reports the
    act the sentence before dates ("On Monday the agency sent notices. “We began sending notices today,” it said":
    README, lead decisions on audit59h's questions). Read from that act's day as :func:`_as_said` reads a date in
    words said then (an act dated to a week leaves "today" unresolved). Not a quotation of the future ("“We will
    return today,” Harlan said": said later, perhaps). None: keep its reading.

    >>> t = "On Nov. 19, Bo Harlan walked out. Harlan said that “we cut short the talks today.”"
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 12, 4))]
    [('On Nov. 19', '2019-11-19'), ('today', '2019-11-19')]
    >>> t = "On Monday the agency sent notices. “We began sending notices today,” it said."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 20))]
    [('On Monday', '2019-11-18'), ('today', '2019-11-18')]
    """
    h, q = group[i], inside[i]
    if k is None or q is None or isinstance(group[k].value, Anchored) or h.future:
        return None
    this = _sentence_span(text, q.start, q.start + 1)
    prior = _sentence_span(text, group[k].start, group[k].end)
    if group[k].value.hi >= pub or prior.end > this.start or text[prior.end : this.start].strip():
        return None  # not a past act, or not told in the sentence right before the quotation's
    outside = text[this.start : q.start] + " " + text[q.end : this.end]
    speaker = set(_CAP_WORD.findall(outside)) - _NOT_NAMES
    named = bool(speaker & set(_CAP_WORD.findall(text, prior.start, prior.end)))
    if not (named and group[k].value.lo == group[k].value.hi) and not _reports_act(text, q, prior):
        return None  # someone else's words, or the day of an event told with no speaker
    if clause_tense(text, h.start, h.end) == "future":
        return None
    return _as_said(text, h, group[k], pub)


# the past forms that tell no act of their own (speech, being, having, doing), and the past of an act its word names
_NOT_ACTS = frozenset({"said", "says", "told", "was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't",
                       "ago", "became"})


_VERB_ENDINGS = (("ing", 6), ("ed", 5), ("es", 5), ("s", 4))  # an ending, and the shortest word it is cut from


def _stem(word: str) -> str:
    """Return the stem a verb's forms share ("sent", "sending", "sends" -> "send"; "signed", "signing" -> "sign";
    "closed", "close" -> "clos"; "stopped" -> "stop"): the words of one act, told and quoted.

    >>> [_stem(w) for w in ("sent", "Sending", "signed", "sign", "closed", "closing", "stopped", "agreed", "agreeing")]
    ['send', 'send', 'sign', 'sign', 'clos', 'clos', 'stop', 'agre', 'agre']
    """
    w = word.lower()
    if w in _IRREGULAR_STEMS:
        return _IRREGULAR_STEMS[w]
    cut = next((x for x, least in _VERB_ENDINGS if w.endswith(x) and len(w) >= least), "")
    w = w[: len(w) - len(cut)]
    w = w if cut == "ed" else w.removesuffix("e")  # "agreed" and "agree", "agreeing" share "agre"
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl" else w


def _reports_act(text: str, q: _Stretch, prior: _Stretch) -> bool:
    """Return whether quotation ``q`` tells, in a form of its verb, an act sentence ``prior`` tells in the past
    outside quotes ("the agency sent notices" / “we began sending notices today”): the quotation is the act's comment.

    >>> t = "On Monday the agency sent notices. “We began sending notices today,” it said."
    >>> _reports_act(t, _Stretch(35, 69), _Stretch(0, 34)), _reports_act(t, _Stretch(35, 69), _Stretch(0, 9))
    (True, False)
    """
    told = {_stem(w) for w in _TOKEN.findall(text, prior.start, prior.end)
            if (w in _PAST or (w.endswith("ed") and w.islower() and w not in _NOT_VERB_ED)) and w not in _NOT_ACTS}
    return bool(told) and any(_stem(w) in told for w in _TOKEN.findall(text, q.start, q.end))


def _as_said_the_day_before(text: str, h: _Hit, before: _Told | None, pub: dt.date) -> dict[str, Any] | None:
    """Return the value of date ``h``, in a quotation that no date beside it or opening its paragraph dates, read
    from the day the paragraph right before ends on (``before``, a single day before publication, in a sentence
    that tells of speech): the words quoted are those of that day ("In a statement released on June 2, ...
    \\n\\n“Today's decision ...,” the statement noted"). None: keep its reading from publication.

    >>> t = "Lee told Park on Tuesday that he agreed.\\n\\n“We met yesterday and talk today,” Lee said."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 16))]
    [('on Tuesday', '2019-11-12'), ('yesterday', '2019-11-11'), ('today', '2019-11-12')]
    >>> t = "The deal lapsed on Tuesday.\\n\\n“We talk today,” Lee said."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 16))]
    [('on Tuesday', '2019-11-12'), ('today', '2019-11-16')]
    """
    if before is None or before.value["start"] != before.value["end"] or before.value["start"] >= pub.isoformat():
        return None
    begin = max(0, before.at - 200, text.rfind("\n", 0, before.at) + 1)
    for stop in _SENTENCE_END.finditer(text, begin, before.at):
        begin = stop.end()
    end = _SENTENCE_END.search(text, before.at, min(len(text), before.at + 200))
    if not _SPEECH.search(text, begin, end.end() if end else min(len(text), before.at + 200)):
        return None  # the day of an event, not of words: the quotation may be later
    day = dt.date.fromisoformat(before.value["start"])
    try:
        r = h.handler(h.match, day, h.future)
    except (ValueError, OverflowError):
        return None
    return _value(r) if r is not None and not isinstance(r, Anchored) and r != h.value else None


def _last_outside(inside: list[_Stretch | None]) -> list[int | None]:
    """Return, for each hit, the index of the last hit before it outside quotations (None: no such hit); read once
    for the paragraph (lin59: a backward search for each hit read every earlier quoted hit of a long paragraph).

    >>> _last_outside([None, _Stretch(5, 9), _Stretch(12, 20), None, _Stretch(30, 40)])
    [None, 0, 0, 0, 3]
    """
    out: list[int | None] = []
    last = None
    for k, q in enumerate(inside):
        out.append(last)
        if q is None:
            last = k
    return out


def _last_absolute(group: list[_Hit], inside: list[_Stretch | None], ps: int) -> list[_Hit | None]:
    """Return, for each hit, the date with a written year that opens its paragraph (in its first 40
    characters, outside quotations: "In 2019, ..."), if it comes before the hit; else None.

    >>> t = 'In 2019, "on Monday" on Friday'
    >>> [h and h.match.group() for h in _last_absolute(_candidates(t, dt.date(2024, 1, 1), 0, len(t)), [None] * 3, 0)]
    [None, '2019', '2019']
    """
    out: list[_Hit | None] = []
    last = None
    for h, q in zip(group, inside, strict=True):
        out.append(last)
        opening = h.start - ps <= _OPENING and q is None and not isinstance(h.value, Anchored)
        if opening and h.value.form in {"absolute", "range"}:
            last = h
    return out


def _speech_time(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, para: tuple[int, int], fallback: _Hit | None
) -> _Hit | None:
    """Return the date that says when the quotation holding ``group[i]`` was spoken: the date outside
    quotations nearest to it in its sentence (at most 120 characters after it or 200 before), else
    ``fallback`` (the date with a written year that opens its paragraph).

    >>> t = '"We sign next year," Lee said on Friday.'
    >>> hits = _candidates(t, dt.date(2024, 5, 4), 0, len(t))
    >>> _speech_time(t, hits, [_Stretch(0, 20), None], 0, (0, len(t)), None).match.group()
    'on Friday'
    """
    q, (ps, pe) = inside[i], para
    assert q is not None  # the hit is inside a quotation
    after_end = min(pe, q.end + 120)
    stop = _SENTENCE_END.search(text, q.end, after_end)
    after_end = stop.end() if stop else after_end
    if _QUOTED_STOP.search(text, q.start, q.end):
        after_end = q.end  # 'He said: "We sign next year." A day later ...': the sentence ends in the quote
    before_start = max(ps, q.start - 200)
    for m in _SENTENCE_END.finditer(text, before_start, q.start):
        before_start = m.end()
    after = next((k for k in range(i + 1, len(group)) if inside[k] != q), None)
    before = next((k for k in range(i - 1, -1, -1) if inside[k] != q), None)
    near: list[tuple[int, _Hit]] = []
    if after is not None and inside[after] is None and group[after].start < after_end:
        near.append((group[after].start - q.end, group[after]))
    if before is not None and inside[before] is None and group[before].start >= before_start:
        near.append((q.start - group[before].end, group[before]))
    near = [(gap, g) for gap, g in near if not isinstance(g.value, Anchored)]  # not read yet
    if near:
        return min(near, key=lambda t: t[0])[1]
    return _told_the_sentence_before(text, group, inside, i, (ps, before_start)) or fallback


def _told_the_sentence_before(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, bounds: tuple[int, int]
) -> _Hit | None:
    """Return the date with a written year of the sentence before the quotation of ``group[i]`` (``bounds``: the
    paragraph's start, the start of the quotation's sentence) when that sentence tells a speech ("In 2018 he told aides
    the troops 'cost a fortune'. 'We'll see what they pay next year,' he added."): the quotation goes on from it.

    >>> t = 'It began in 2015. In 2017 he told staff so. "Pay next year," he added.'
    >>> hits = _candidates(t, dt.date(2024, 5, 4), 0, len(t))
    >>> _told_the_sentence_before(t, hits, [None, None, _Stretch(44, 61)], 2, (0, 44)).match.group()
    '2017'
    """
    ps, start = bounds
    prev = max(ps, start - 300)  # a sentence read back at most 300 characters: linear on a paragraph with no end
    for m in _SENTENCE_END.finditer(text, prev, max(ps, start - 2)):
        prev = m.end()
    if not _SPEECH_VERB.search(text, prev, start):
        return None
    lo = bisect.bisect_left(group, prev, 0, i, key=_start_of)
    hi = bisect.bisect_left(group, start, lo, i, key=_start_of)
    told = (g for k, g in ((k, group[k]) for k in range(hi - 1, lo - 1, -1)) if inside[k] is None
            and not isinstance(g.value, Anchored) and g.value.form in {"absolute", "range"})
    return next(told, None)


def _start_of(hit: _Hit) -> int:
    """Return where ``hit`` starts: the key hits are sorted by.

    >>> t = 'In 2019 and 2020'
    >>> [_start_of(h) for h in _candidates(t, dt.date(2024, 1, 1), 0, len(t))]
    [3, 12]
    """
    return hit.start


def _no_one_year(text: str, group: list[_Hit], j: int | None, h: _Hit, anchor: dict[str, Any], exact: str,
                 ) -> dict[str, Any] | None:
    """Return the unresolved value of "the previous year" ``h`` (anchored on ``anchor``, the words ``exact``, hit
    ``j`` of ``group`` or a paragraph before) when no one year is meant: a rule for every year (:func:`_every_year`)
    or a term of years (:func:`_several_odd_years`); None when one year is.

    >>> ranges("During his time in office Trump asked for more, and again the following year.", dt.date(2024, 10, 16))
    [('During his time in office', '2017-01-20', '2021-01-20'), ('the following year', None, None)]
    """
    if not isinstance(h.value, Anchored) or not h.value.year_step:
        return None
    if _every_year(text, group[j], h, anchor) if j is not None else _recurring(text, h):
        return _unresolved("relative", f"a rule for every year from {exact!r}: 'the previous year' of each one")
    if _several_odd_years(anchor):
        return _unresolved("relative", f"counts from {exact!r}, a span of years whose one year is not said")
    return None


def _several_odd_years(value: dict[str, Any]) -> bool:
    """Return whether a value spans more than a year and is no run of whole calendar years (a term of office,
    2017-01-20 to 2021-01-20): "the following year" after it ("demanded $5 billion during his time in office ... and
    again the following year") names no one year. A run of whole years ("from 2014 to 2018") is read as before.

    >>> _several_odd_years({"start": "2017-01-20", "end": "2021-01-20"})
    True
    >>> _several_odd_years({"start": "2014-01-01", "end": "2018-12-31"})
    False
    """
    lo, hi = dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"])
    return (hi - lo).days > 366 and (lo.timetuple().tm_yday != 1 or (hi.month, hi.day) != (12, 31))


def _unanchored(text: str, h: _Hit, stretch: _Stretch | None, pub: dt.date, printed: dt.date | None,
                again: Sequence[_Told]) -> dict[str, Any] | None:
    """Return the value of anchored date ``h`` that has no date before it to count from, when its words give one
    without it (the eve of publication of an undated report, publication for "or published" forms and events told
    now, a quotation's recalled day left unresolved, the same count told before); else None.

    >>> t = "Lee left Seoul a day after the talks ended, the ministry said."  # an undated report: its eve
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 11, 16))]
    ['2019-11-14']
    """
    assert isinstance(h.value, Anchored)
    # the clause's own tense is read before the words: what follows "after" is the event's clause
    now = h.value.event and _event_tense(text, h) != "past"
    if h.value.event and not h.value.or_published and _reported_undated(text, h):
        eve = min(pub, (printed or pub) - dt.timedelta(days=1))  # the eve of publication, or an earlier story day
        return _value(Range(*h.value.shift(eve, eve), "relative"))
    if h.value.or_published and _recalled(text, stretch):
        return _unresolved("relative", "inside a quotation told in the past perfect: the day recalled is not told")
    if h.value.or_published or now:
        return _value(Range(*h.value.shift(pub, pub), "relative"))
    if stretch is None:
        return _told_again(text, h, again)
    return None


def _from_anchor(
    text: str,
    group: list[_Hit],
    values: list[dict[str, Any]],
    i: int,
    pub: dt.date,
    inside: list[_Stretch | None],
    before: _Told | None = None,
    day: _Told | None = None,
    printed: dt.date | None = None,
    again: Sequence[_Told] = (),
) -> dict[str, Any]:
    """Return the value of anchored date ``group[i]``, counted from the date it refers to: the last one
    before it on the same side of the quote marks (a narrator's "a day later" skips a quoted "next year").
    An event told in the past with no date before it in its paragraph ("His remarks came a day after he
    wrote") counts from the last date told in the paragraph before (``before``: the remarks were dated there);
    a count of days from the last single day told before (``day``, line 1's news day outside quotes only), unless
    its words were told before of the same thing (``again``: :func:`_told_again`).

    >>> [v["start"] for *_, v in find_dates("Lee left on Friday, a day after the vote.", dt.date(2019, 11, 16))]
    ['2019-11-15', '2019-11-14']
    >>> [v["start"] for *_, v in find_dates("Lee spoke on Friday.\\n\\nHe spoke a day after he wrote.",
    ...                                     dt.date(2019, 11, 16))]
    ['2019-11-15', '2019-11-14']
    """
    h = group[i]
    assert isinstance(h.value, Anchored)
    if h.value.told or h.value.why:  # told: read by `_periods_told`, which sees the spans of the paragraphs before too
        return _unresolved("relative", h.value.why or f"no span of {h.value.told} {h.value.unit}s told before it")
    j = _anchor_of(text, group, values, inside, i)
    if j is not None and (story := _story_day_again(text, group, values, inside, (i, j), again)) is not None:
        return story
    if h.value.noun:
        return _event_or_apposed(text, group, values, i, j, pub)
    if h.value.event and (told_in_sentence := _event_or_joined(text, group, values, i, j, pub)) is not None:
        return told_in_sentence
    came = _words_came(text, h, before, day, pub)  # "The message came a day after ...": dated where it was told
    if j is None and not _day_told_before(h, inside[i], day, pub) and not came and (
            unanchored := _unanchored(text, h, inside[i], pub, printed, again)) is not None:
        return unanchored
    quoted_lead = day is not None and day.line_one and inside[i] is not None  # a quotation's day is the speaker's
    told = _earlier_paragraph_anchor(text, h, came or before, None if quoted_lead else day) if j is None else None
    if j is None and told is None:
        return _from_publication(h.value, pub)
    if told is not None:
        anchor, exact = told.value, told.exact
    elif j is not None:  # (both None returned above)
        anchor, exact = values[j], text[group[j].start : group[j].end]
    if anchor.get("start") is None:
        return _unresolved("relative", f"counts from {exact!r}, which is not resolved")
    if j is not None and (to_day := _told_day_within(text, h, group[j], anchor, day)) is not None:
        return to_day
    if (unread := _no_one_year(text, group, j, h, anchor, exact)) is not None:
        return unread
    main = _aside(text, group[j], h) if h.value.year_step and j is not None else None
    if main is not None and clause_tense(text, h.start, h.end, lo=main) != "past":
        return _value(Range(*h.value.shift(pub, pub), "relative"))
    event_told = j is not None and _event_told_before(text, group[j], h)
    anchor = values[_event_clause_hit(text, group, j, h, values)] if event_told and j is not None else anchor
    return _shifted_from(text, h, anchor, exact, pub, earlier_paragraph=told is not None, event_told=event_told)


# hedges that may stand between a date and a count set right after it ("in 2002, nearly a year after ...")
_APPOSED_HEDGES = frozenset({"about", "nearly", "almost", "some", "just", "only", "roughly", "around", "more", "less",
                             "than", "over", "under", "barely"})


def _event_or_apposed(
    text: str, group: list[_Hit], values: list[dict[str, Any]], i: int, j: int | None, pub: dt.date
) -> dict[str, Any]:
    """Return the value of event count ``group[i]`` from its event (:func:`_from_event`), or, when the text does not
    date the event and the count is set right after the date ``group[j]`` (:func:`_count_apposed`), from that date
    ("resigned in May 2022, two years after she took office", dfix50: :func:`_apposed_count`)."""
    event = _from_event(text, group, values, i, j, pub)
    if event.get("start") or j is None or not values[j].get("start") or not _count_apposed(text, group[j], group[i]):
        return event
    return _apposed_count(group[i], values[j])


def _apposed_count(h: _Hit, told: dict[str, Any]) -> dict[str, Any]:
    """Return the value of event count ``h`` set right after a date (``told``, :func:`_count_apposed`) whose event
    the text does not date, read as a count from any event is: a count over one describes that date ("in May 2022,
    two years after she took office": May 2022); a count of one names the event's own date, one unit from it ("in
    2022, a year after she took office": 2021), as "on Friday, a day after the vote" is Thursday (README).

    >>> t = "Kim quit in 2022, a year after she took office."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2023, 11, 22))][1]
    ('a year after', '2021-01-01')
    """
    lo, hi = dt.date.fromisoformat(told["start"]), dt.date.fromisoformat(told["end"])
    assert isinstance(h.value, Anchored)
    if h.value.shift is not _unmoved:
        return _value(Range(lo, hi, "relative"))
    way = (h.match.groupdict().get("dir") or "after").lower()
    return _value(Range(*_moved(lo, hi, h.value.unit, -1 if way == "after" else 1), "relative"))


def _count_apposed(text: str, s: _Hit, h: _Hit) -> bool:
    """Return whether count ``h`` is set right after date ``s`` as its apposition: a comma, at most a hedge between
    ("in May 2022, two years after she took office"); such a count is read from that date, as any count told from
    the date before it, when the event it names has no date (tests/corpus/README.md, "A count of time placed right
    after a date"; dfix50).

    >>> t = "Kim quit in May 2022, two years after she took office."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2023, 11, 22))][1]
    ('two years after', '2022-05-01')
    """
    between = text[s.end : h.start]
    return between.lstrip(" \t").startswith(",") and all(
        w.lower() in _APPOSED_HEDGES for w in between.replace(",", " ").split())


_CONJUNCTS = frozenset({"and", "or"})
_JOINED_GAP = 60  # characters between a date and an event count joined to it by "and"/"or", read at most
_JOINED_PHRASE_WORDS = 3  # words of the date's phrase after it, before "and"/"or" ("deadline", "round in Seoul")


def _event_or_joined(
    text: str, group: list[_Hit], values: list[dict[str, Any]], i: int, j: int | None, pub: dt.date,
) -> dict[str, Any] | None:
    """Return the value of event count ``group[i]`` from its event dated in its sentence (:func:`_event_value`), else
    unresolved when it is joined to the date before it (``group[j]``) by "and"/"or" (:func:`_joined_count`), else None.

    >>> t = "The trip comes ahead of the Nov. 23 deadline and two weeks after the envoy's visit."
    >>> [v["unresolved"] for *_, x, v in find_dates(t, dt.date(2019, 11, 15)) if x == "two weeks after"]
    ["joined by 'and'/'or' to the date before it: it places another time, from an event the text does not date"]
    """
    told = _event_value(text, group, values, i, pub)
    if told is None and j is not None and _joined_count(text, group[j].end, group[i].start):
        return _unresolved("relative", "joined by 'and'/'or' to the date before it: it places another time, from an "
                                       "event the text does not date")
    return told


def _joined_count(text: str, date_end: int, at: int) -> bool:
    """Return whether the event count at ``at`` ("two weeks after <event>") opens a conjunct joined by "and"/"or"
    to the phrase of the date ending at ``date_end`` ("comes ahead of the Nov. 23 deadline and two weeks after the
    envoy's trip", "is set for May 2 or three days after the panel reports"): a sibling of the date's phrase, so it
    places the clause's act from its own event, not the date before it as a count set right after a date does
    ("on Oct. 5, four months after ...": that date; tests/corpus/README.md) (dfix49).

    >>> t = ("It comes ahead of the Nov. 23 deadline and two weeks after the trip. It was signed on Oct. 5, two weeks "
    ...      "after the trip. They met on May 2 and left two days after the vote. In 2015, talks began, and a year "
    ...      "after")
    >>> pairs = ((" deadline", "two weeks"), (", two", "two weeks after the trip. They"), (" and left", "two d"),
    ...          (", talks", "a year"))
    >>> [_joined_count(t, t.find(a), t.find(b)) for a, b in pairs]
    [True, False, False, False]
    """
    gap = text[date_end:at]
    if len(gap) > _JOINED_GAP or any(c in gap for c in ".;:!?\n\"“”"):
        return False
    words = gap.split()
    if not words or words[-1].lower() not in _CONJUNCTS:
        return False
    phrase = " ".join(words[:-1]).removesuffix(",")  # the rest of the date's phrase ("deadline"), a comma at its end
    return "," not in phrase and len(words) - 1 <= _JOINED_PHRASE_WORDS  # not a clause between ("..., a round began,")


# "The message came" right before an event count: words told in an earlier paragraph, dated there
_WORDS_CAME = re.compile(
    r"\b(?i:message|remarks?|comments?|statement|words|warning|criticism|speech|pledge)[ \t]{1,3}+(?:came|comes)"
    r"(?:[ \t]{1,3}+(?:just|only|barely|exactly))?[ \t]{1,3}+\Z"  # "The remarks came just one day after"
)


def _words_came(text: str, h: _Hit, before: _Told | None, day: _Told | None, pub: dt.date) -> _Told | None:
    """Return ``before`` (the paragraph before's last date), or else ``day`` (the last single day told), when event
    count ``h`` follows "<words> came" ("The message came a day after Bo wrote ..."): the words are the ones told
    there, so the count moves from that date (:func:`_earlier_paragraph_anchor`), not from the eve of publication an
    undated report's would; after "<thing> came" (:func:`_thing_came`) only ``day`` when it is the story's own day
    (``pub``: publication or a dated dateline): the thing is the story's news, told that day (dfix48); else None.

    >>> t = "Lee spoke on Friday.\\n\\nHe added more.\\n\\nThe message came a day after Bo wrote that Seoul pays."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 8, 13))]
    ['2019-08-09', '2019-08-08']
    """
    if (before or day) is None or not isinstance(h.value, Anchored) or not h.value.event:
        return None
    if _WORDS_CAME.search(text, max(0, h.start - 40), h.start) is not None:
        return before or day
    if not _thing_came(text, h.start):
        return None
    story_day = pub.isoformat()
    return day if day is not None and day.value.get("start") == day.value.get("end") == story_day else None


_CAME = frozenset({"came", "comes", "come"})
_CAME_HEDGES = frozenset({"just", "only", "barely", "exactly", "nearly", "almost", "some", "about", "roughly"})
_CAME_PEOPLE = frozenset({"he", "she", "they", "we", "i", "you", "who", "one", "everyone", "nobody", "which", "that",
                          "what"})


def _thing_came(text: str, at: int) -> bool:
    """Return whether the count at ``at`` follows "<thing> came (comes, come)": a lower-case noun or "It" before
    the verb ("The meeting came a day after ...", "Details of the deal come three days after ...", "It comes two
    days after ..."). The count places the thing told before (its date is the one the story told last), not an
    undated report; not a person who came ("he came", "Kim came": an arrival, read as before) (dfix48).

    >>> t = "The meeting came a day after. Details of the deal come just three days after. Kim came a day after."
    >>> [_thing_came(t, t.find(w)) for w in ("a day after.", "three days", "a day after. ")][:2]
    [True, True]
    >>> _thing_came(t, t.rfind("a day")), _thing_came("He came a day after", 8), _thing_came("It comes a day", 9)
    (False, False, True)
    """
    words = text[max(0, at - 60) : at].split()
    if words and words[-1].lower() in _CAME_HEDGES:
        words.pop()
    if len(words) < 2 or words[-1] not in _CAME:
        return False
    subject = words[-2]
    return subject == "It" or (subject.isalpha() and subject.islower() and subject not in _CAME_PEOPLE)


def _day_told_before(h: _Hit, stretch: _Stretch | None, day: _Told | None, pub: dt.date) -> bool:
    """Return whether "earlier in the day" ("later that day") ``h``, told outside quotes with no date before it in its
    paragraph, counts from the last single day told in the paragraphs before (``day``, on or before publication): the
    day the story is about ("At an event on Tuesday, Trump said ...\\n\\nHe also cited a blast earlier in the day":
    Tuesday), not publication's, which it counts from only when no day was told (fresh78q).

    >>> t = "Lee spoke on Tuesday.\\n\\nEarlier in the day, Kim left."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2024, 10, 17))]
    ['2024-10-15', '2024-10-15']
    """
    if h.handler is not _same_day or stretch is not None or day is None or not isinstance(h.value, Anchored):
        return False
    return h.value.unit == "day" and day.value["start"] == day.value["end"] <= pub.isoformat()


def _from_publication(value: Anchored, pub: dt.date) -> dict[str, Any]:
    """Return the value of an anchored date with no date before it to count from: its reading from publication
    ``pub`` when it has one (a holiday by its clause's tense, :func:`_holiday`), else unresolved.

    >>> from analysis.extract.date_rules import _holiday_by_tense, _holiday_on_or_after
    >>> _from_publication(Anchored(partial(_holiday_on_or_after, "christmas"),
    ...                            published=partial(_holiday_by_tense, "christmas", False)), dt.date(2019, 11, 20))
    {'start': '2018-12-25', 'end': '2018-12-25', 'form': 'relative'}
    """
    if value.published is None:
        return _unresolved("relative", "no earlier date in its paragraph to count from")
    return _value(Range(*value.published(pub), "relative"))


def _event_tense(text: str, h: _Hit) -> str | None:
    """Return the tense of the clause event count ``h`` ("a day after X") is told in: read before the words (what
    follows "after" is X's clause), or, when the phrase opens its sentence ("A day after X, Lee left"), from the main
    clause after its first comma.

    >>> t = "A day after the talks, Lee left. Lee left a day after the talks. A day after the talks, Lee will go."
    >>> [_event_tense(t, h) for h in _candidates(t, dt.date(2025, 8, 21), 0, len(t))]
    ['past', 'past', 'future']
    """
    comma = text.find(",", h.end, min(len(text), h.end + 200)) if _fronted(text, h) else -1
    if comma < 0 or _SENTENCE_END.search(text, h.end, comma):
        return clause_tense(text, h.start, h.end, hi=h.end)
    return clause_tense(text, comma + 1, comma + 1)


_HAD_AFTER = frozenset({"just", "already", "only", "first", "never", "once", "not"})  # "had just laid"


def _recalled(text: str, q: _Stretch | None) -> bool:
    """Return whether quotation ``q`` tells in the past perfect ("I had just laid the wreath"): the words recall a day
    before the speech, so "earlier in the day" in it, with no date before it in the quotation, counts from a day the
    text does not tell (README: a quotation of a past day whose date is unknown is unresolved). Not "had to", "had a".

    >>> t = '"Earlier in the day, I had just laid a wreath," he said. "Earlier in the day we had talks," Kim said.'
    >>> _recalled(t, _Stretch(0, 45)), _recalled(t, _Stretch(56, 93)), _recalled(t, None)
    (True, False, False)
    """
    if q is None:
        return False
    words = [w.lower() for w in _TOKEN.findall(text, q.start, q.end)]
    for k, w in enumerate(words[:-1]):
        if w in _HAD or w.endswith(("'d", "’d")):
            nxt = words[k + 2] if words[k + 1] in _HAD_AFTER and k + 2 < len(words) else words[k + 1]
            if nxt in _PAST or nxt.endswith(("ed", "en", "wn", "ne", "id", "ught")):
                return True
    return False


def _told_day_within(text: str, h: _Hit, hj: _Hit, anchor: dict[str, Any], day: _Told | None) -> dict[str, Any] | None:
    """Return the main clause's time of a count told roughly ("He made the remarks earlier this month, less than two
    weeks after the deal") read to the day: the single day the paragraphs before told (``day``, "said on Tuesday")
    when it lies inside the span its sentence dates the clause by (``anchor``, of ``hj`` before ``h``); else None
    (README: a count over one is the day it comes to, the main clause's time).

    >>> t = "Lee said on Tuesday that Seoul must pay.\\n\\nHe said it earlier this month, less than two weeks after it."
    >>> [(x, v["start"], v["end"]) for *_, x, v in find_dates(t, dt.date(2024, 10, 16))][1:]
    [('earlier this month', '2024-10-01', '2024-10-15'), ('two weeks after', '2024-10-15', '2024-10-15')]
    """
    if day is None or not isinstance(h.value, Anchored) or not h.value.event or anchor["start"] == anchor["end"]:
        return None
    if not _APPROXIMATE.search(text, max(0, h.start - 16), h.start):
        return None
    if _sentence_span(text, h.start, h.end).start > hj.start:
        return None  # the span is not its sentence's: no main clause's time
    told = day.value
    if told.get("start") is None or not anchor["start"] <= told["start"] <= anchor["end"]:
        return None
    return {**told, "form": "relative"}


_ANCHOR_BACK = 50  # dates read back at most for the one an anchored date counts from


def _anchor_of(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int,
) -> int | None:
    """Return the index of the date anchored date ``group[i]`` counts from: the last before it on its side of the
    quote marks that is no other event's day (`_names_other_event`), else the writer's (a quoted count); "that year"
    past labels; a count of days past a long span (`_day_count_anchor`). None: none.

    >>> t = "Lee left on Friday. A day later he spoke."
    >>> g = _candidates(t, dt.date(2019, 11, 16), 0, len(t))
    >>> _anchor_of(t, g, [{"start": "2019-11-15", "end": "2019-11-15"}, {}], [None, None], 1)
    0
    """
    h = group[i]
    j = next((k for k in range(i - 1, max(-1, i - _ANCHOR_BACK), -1) if inside[k] == inside[i]
              and not _names_other_event(group[k])), None)
    if j is None and inside[i] is not None:
        j = _writer_anchor(text, group, inside, i)
    if j is not None and _THAT_YEAR.match(text, h.start, h.end):
        j = _past_labels(text, group, inside, i, j)
    if j is not None and h.handler is _adjacent and (_group(h.match, "which") or "").lower() == "same" \
            and isinstance(h.value, Anchored) and h.value.unit == "day":
        j = _same_day_anchor(text, group, values, inside, i, j)
    if j is not None and h.handler in (_event_day, _eve_of):  # review54c: the eve counts from the event as its days do
        j = _event_span_anchor(group, values, inside, i, j)
    if j is not None and h.handler is _that_time:
        j = _that_time_anchor(text, group, inside, i, j)
    return None if j is None else _day_count_anchor(text, group, values, inside, i, j)


def _that_time_anchor(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, j: int) -> int:
    """Return the date "at that time" (``group[i]``) refers to: from ``j`` back, the last date on its side of the quote
    marks that is no other event's day and does not date a speech tag ("..., Bo said on Monday. At that time": the
    time of the event the speech told, not the day it was told, :func:`_tag_date`); ``j`` when every one does, or when
    that date lies before the tag's own sentence (the speech told no time of its own: xd59, mend59d).

    >>> t = "Talks resumed in March 2018, Bo said on Monday. At that time, Seoul paid less."
    >>> ranges(t, dt.date(2019, 11, 20))[-1]
    ('At that time', '2018-03-01', '2018-03-31')
    >>> t = "Talks ended in 2016. Bo said on Monday they resume. At that time, he met Al."
    >>> ranges(t, dt.date(2019, 11, 20))[-1]
    ('At that time', '2019-11-18', '2019-11-18')
    """
    tag = None
    for k in range(j, max(-1, i - _ANCHOR_BACK), -1):
        if inside[k] != inside[i] or _names_other_event(group[k]):
            continue
        if not _tag_date(text, group[k]):
            told = tag is None or group[k].start >= _sentence_span(text, tag.start, tag.end).start
            return k if told else j
        tag = group[k]
    return j


_TAG_PREPOSITIONS = frozenset({"on", "in", "at", "late", "early", "last", "this"})
_AUDIENCES = frozenset({"reporters", "journalists", "lawmakers", "legislators", "parliament", "congress", "senators"})


def _tag_date(text: str, s: _Hit) -> bool:
    """Return whether date ``s`` right follows a verb of saying (``_SAID``), a preposition at most between: the day
    of a speech tag ("Bo said on Monday", "Bo told reporters on Monday": an audience between, ``_AUDIENCES``), not a
    time the speech told ("Bo said talks resumed in March").

    >>> t = "Bo said on Monday talks resumed in March."
    >>> [_tag_date(t, h) for h in _candidates(t, dt.date(2019, 11, 20), 0, len(t))]
    [True, False]
    """
    before = [w.lower() for w in _TOKEN.findall(text, max(0, s.start - 32), s.start)]
    while before and before[-1] in _TAG_PREPOSITIONS:
        before.pop()
    if len(before) > 1 and before[-1] in _AUDIENCES:
        before.pop()  # "told reporters on Wednesday": the tag's audience
    return bool(before) and before[-1] in _SAID


def _event_span_anchor(group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int,
                       j: int) -> int:
    """Return the date a day of an event ("on the opening day of the talks", ``group[i]``) counts from: past a single
    day told after a span of days but dated before the span's first day ("The talks run Nov. 18-19. The envoy arrived
    on Nov. 17. On the opening day of the talks ...": a day before the event, none of its days), the span; else
    ``j``, the last date told before it (dates54b).

    >>> t = "The talks run Nov. 18-19. He arrived on Nov. 17. On the opening day of the talks, he spoke."
    >>> ranges(t, dt.date(2019, 11, 20))[-1]
    ('On the opening day of the talks', '2019-11-18', '2019-11-18')
    """
    day = values[j].get("start")
    if day is None or day != values[j].get("end"):
        return j
    for k in range(j - 1, max(-1, i - _ANCHOR_BACK), -1):
        v = values[k]
        if inside[k] != inside[i] or _names_other_event(group[k]) or v.get("start") is None:
            continue
        return k if v["start"] != v["end"] and day < v["start"] else j
    return j


def _same_day_anchor(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int, j: int,
) -> int:
    """Return the date "the same day" (``group[i]``) is: the last single day told before it on its side of the quote
    marks, from ``j`` back, passing over spans of days ("talks on the 14th-15th", "this year") and, in a past clause,
    days told ahead ("leave starting April 1": "In a press release on the same day, USFK stated" is the day of the
    notice); ``j`` when there is none (dfix51).

    >>> t = "Bo said on Feb. 24 that it starts on April 1. On the same day, Al protested."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2026, 3, 4))]
    ['2026-02-24', '2026-04-01', '2026-02-24']
    """
    past = clause_tense(text, group[i].start, group[i].end) == "past"
    for k in range(j, max(-1, i - _ANCHOR_BACK), -1):
        v = values[k]
        if inside[k] != inside[i] or _names_other_event(group[k]) or v.get("start") is None:
            continue
        if v["start"] == v["end"] and not (past and group[k].future):
            return k
    return j


def _day_count_anchor(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int, j: int,
) -> int | None:
    """Return the date a count of days or weeks before or after an event (``group[i]``) moves from: ``j``, unless that
    is a span over a month ("endorsed on Wednesday a goal of 5% by 2035, a day after leaders met": a goal's year, no
    time of the act) and an earlier date of its sentence, on its side of the quote marks, is not (the main clause's).

    >>> t = "Allies on Wednesday set a goal for 2035, a day after leaders met."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 6, 27))]
    [('on Wednesday', '2025-06-25'), ('2035', '2035-01-01'), ('a day after', '2025-06-24')]
    """
    h = group[i]
    if isinstance(h.value, Anchored) and not h.value.event and h.value.unit in {"day", "week"} \
            and _longer_than_month(values[j]):  # "that day"; "that week" only to a day found (dfix41)
        k = _day_before_span(text, group, values, inside, i, j)
        return j if k is None and h.value.unit == "week" else k
    if not isinstance(h.value, Anchored) or not h.value.event or h.value.unit not in {"day", "week"}:
        return j
    if not _longer_than_month(values[j]):
        return j
    begin = _sentence_span(text, h.start, h.end).start
    for k in range(j - 1, -1, -1):
        if group[k].start < begin:
            break
        if inside[k] == inside[i] and values[k].get("start") is not None and not _longer_than_month(values[k]):
            return k
    return j


def _day_before_span(
    text: str, group: list[_Hit], values: list[dict[str, Any]], inside: list[_Stretch | None], i: int, j: int,
) -> int | None:
    """Return the date "that day" ("the same day", "the next day": ``group[i]``) counts from when the date right
    before it (``j``) spans more than a month and is told in an earlier sentence ("The 13% rise from last year brings it
    to X. Officials explained that day ..."): a year of comparison is no day; the last single day before it in its
    paragraph on its side of the quote marks, else None (the paragraphs before are read: the last single day told
    there). A span told in its own sentence ("In 2019 ... and that day") stays its anchor (fresh78q).

    >>> t = "Lee spoke on Apr. 22. It is up 13% from last year. Officials explained that day it was so."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2020, 4, 23))][1:]
    [('last year', '2019-01-01'), ('that day', '2020-04-22')]
    """
    h = group[i]
    if group[j].start >= _sentence_span(text, h.start, h.end).start:
        return j
    for k in range(j - 1, max(-1, i - _ANCHOR_BACK), -1):
        v = values[k]
        if inside[k] == inside[i] and v.get("start") is not None and v["start"] == v["end"]:
            return k
    return None


def _longer_than_month(value: dict[str, Any]) -> bool:
    """Return whether a resolved date spans more than 31 days (a year, a term), as a count of days cannot move from.

    >>> _longer_than_month({"start": "2035-01-01", "end": "2035-12-31"}), _longer_than_month({"start": None})
    (True, False)
    """
    if value.get("start") is None:
        return False
    return (dt.date.fromisoformat(value["end"]) - dt.date.fromisoformat(value["start"])).days > 31


def _event_told_before(text: str, hj: _Hit, h: _Hit) -> bool:
    """Return whether date ``hj``, in a sentence before that of "<count> after/before the <noun>" (``h``), is the
    date of that event: its sentence names the noun ("The vote was held on Oct. 1. ... two days after the vote"),
    so the count moves from the event's date, not from a main clause's ("Lee left on Friday, a day after the vote").

    >>> t = "The vote was held on Oct. 1. Lee left two days after the vote."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 15))]
    [('on Oct. 1', '2019-10-01'), ('two days after', '2019-10-03')]

    A count that opens its sentence is read from the date of the sentence before, whatever it names:

    >>> t = "The envoys met on Oct. 1. A day after the talks, Lee left."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 15))]
    [('on Oct. 1', '2019-10-01'), ('A day after', '2019-10-01')]
    """
    if not isinstance(h.value, Anchored) or not (h.value.event or h.value.noun):
        return False
    begin, end = _sentence_span(text, hj.start, hj.end)
    if end > h.start:
        end = _clause_before(text, hj, h)
        if end is None:
            return False
    if _opens_sentence(text, h):
        return True  # "The envoys met on March 10. A day after the talks, ...": the sentence before dated the event
    told = {w.lower() for w in _TOKEN.findall(text, begin, end)}
    return bool(_event_nouns(text, h) & told) or _subject_event_told(text, h.end, told)


def _event_nouns(text: str, h: _Hit) -> set[str]:
    """Return the words that name the event of count ``h`` ("a week before the summit": summit; "a week after the
    Tokyo talks": tokyo, talks), lower case; empty when no determiner follows.

    >>> t = "It came a week after the Tokyo talks."
    >>> sorted(_event_nouns(t, _candidates(t, dt.date(2025, 9, 6), 0, len(t))[0]))
    ['talks', 'tokyo']
    """
    assert isinstance(h.value, Anchored)
    if h.value.noun:
        return {h.value.noun}
    after = _EVENT_NOUN_AFTER.match(text, h.end)
    return {w.lower() for w in after.groups() if w} if after else set()


def _event_clause_hit(text: str, group: list[_Hit], j: int, h: _Hit, values: list[dict[str, Any]]) -> int:
    """Return the hit of the event count ``h``'s event among the dates of ``group[j]``'s sentence: the last of them
    (up to ``j``) resolved whose clause (parted by ";" or ", and") names the event ("formed at talks in Tokyo on
    Aug. 25; the previous week, they spoke. ... a week after the Tokyo talks": Aug. 25), else ``j`` (dfix43).

    >>> t = "Talks in Tokyo were on Aug. 25; the week before, they spoke. It came a week after the Tokyo talks."
    >>> g = _candidates(t, dt.date(2025, 9, 6), 0, len(t))
    >>> _event_clause_hit(t, g, 1, g[2], [{"start": "2025-08-25"}] * 3)
    0
    """
    nouns = _event_nouns(text, h)
    begin = _sentence_span(text, group[j].start, group[j].end).start
    for k in range(j, -1, -1):
        g = group[k]
        if g.start < begin:
            break
        cut = last_match(_NEW_CLAUSE, text, begin, g.start)
        stop = _NEW_CLAUSE.search(text, g.end, h.start)
        lo, hi = cut.end() if cut else begin, stop.start() if stop else h.start
        if values[k].get("start") is not None and nouns & {w.lower() for w in _TOKEN.findall(text, lo, hi)}:
            return k
    return j


_EVENT_SUBJECT = re.compile(r"[ \t]{1,3}(they|he|she|it|we|[a-z]{4,20}s)[ \t]{1,3}([a-z]{3,20})\b")
_BEGIN_WORDS = frozenset({"began", "begin", "begins", "beginning", "start", "started", "starts", "starting", "opened",
                          "opening", "launched", "launching"})


def _subject_event_told(text: str, at: int, told: set[str]) -> bool:
    """Return whether the event after a count's "after"/"before" (from ``at``) is a pronoun or a bare plural and its
    past verb ("11 months after they began", "a week after talks opened") that the words ``told`` of an earlier
    clause or sentence tell: its verb, or another verb of beginning ("starting in March 2018"), or the bare noun.

    >>> _subject_event_told(" they began.", 0, {"starting", "in", "march"})
    True
    >>> _subject_event_told(" he wrote.", 0, {"starting", "in", "march"})
    False
    """
    m = _EVENT_SUBJECT.match(text, at, min(len(text), at + 48))
    if m is None:
        return False
    verb = m[2]
    if verb in _BEGIN_WORDS and told & _BEGIN_WORDS:
        return True
    return verb in told or (m[1] not in {"they", "he", "she", "it", "we"} and m[1] in told)


def _clause_before(text: str, hj: _Hit, h: _Hit) -> int | None:
    """Return where the clause of date ``hj`` ends when a new clause (", and", "; ") stands between it and ``h`` in
    their sentence ("The vote was held on May 2, and the strike began a week after the vote"): that clause may date
    the event ``h`` counts from, as a sentence before does; None when no new clause stands between ("Lee left on
    Friday, a day after the vote": Friday is the main clause's).

    >>> t = "The vote was held on May 2, and the strike began a week after the vote."
    >>> hits = _candidates(t, dt.date(2025, 6, 10), 0, len(t))
    >>> _clause_before(t, hits[0], hits[1])
    26
    """
    stop = _NEW_CLAUSE.search(text, hj.end, h.start)
    return None if stop is None else stop.start()


def _opens_sentence(text: str, h: _Hit) -> bool:
    """Return whether hit ``h`` opens its sentence (after quotation marks or brackets at most).

    >>> t = "They met on May 2. A day after the talks, Lee left."
    >>> [_opens_sentence(t, x) for x in _candidates(t, dt.date(2019, 11, 15), 0, len(t))]
    [False, True]
    """
    return not text[_sentence_span(text, h.start, h.end).start : h.start].strip(" \t\n\"'“‘(")


_EVENT_NOUN_AFTER = re.compile(
    r"[ \t]{1,3}(?i:the|its|their|this|that)[ \t]{1,3}([a-z]{3,20}|[A-Z][a-z]{2,20})(?:[ \t]{1,3}([a-z]{3,20}))?\b")


def _from_event_dated(anchor: dict[str, Any], h: _Hit) -> dict[str, Any]:
    """Return "<count> after/before X" from X's own date ``anchor``: a count of one is X's date, a count over one
    the day it comes to (tests/corpus/README.md).

    >>> t = "The vote is set for Dec. 30. Envoys meet a week before the vote."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 15))][1]
    ('a week before', '2019-12-30')
    """
    assert isinstance(h.value, Anchored)
    if h.value.from_event is not None:
        return _count_from_event(anchor, h.value.from_event)
    return _value(Range(dt.date.fromisoformat(anchor["start"]), dt.date.fromisoformat(anchor["end"]), "relative"))


_THAT_YEAR = re.compile(r"(?:in[ \t]{1,3})?(?i:that|the[ \t]{1,3}same)[ \t]{1,3}year\b")
_LABEL_BEFORE = re.compile(r"\b(?i:the|its|their|his|her|our|this|that)[ \t]{1,3}\Z")
_LABEL_AFTER = re.compile(r"[ \t]{1,3}(?!(?i:and|or|to|through|until|till|when|as|after|before)\b)[A-Za-z]")


def _past_labels(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, j: int) -> int:
    """Return the hit "that year" (``group[i]``) refers to, from the last one before it (``j``): past years used
    as a label of a noun ("the 2019 level", "its 2020 budget"), which name no time the story is at, to the last
    year told as a time on the same side of the quote marks (at most 5 hits back); ``j`` if there is none.

    >>> t = "Talks failed in 2020 at the 2019 level, as in that year no deal was signed."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2021, 3, 10))][-1]
    ('in that year', '2020-01-01')
    """
    for k in range(j, max(-1, j - 5), -1):
        g = group[k]
        label = (text[g.start : g.end].isdigit() and _LABEL_BEFORE.search(text, max(0, g.start - 8), g.start)
                 and _LABEL_AFTER.match(text, g.end))
        if inside[k] == inside[i] and not label:
            return k
    return j


def _writer_anchor(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int) -> int | None:
    """Return the index of the date outside quotations that comes before quoted date ``group[i]`` in its sentence,
    when the quotation is a fragment woven into the writer's sentence (words of the writer open the sentence): the
    writer's date is the fragment's too ('Seoul "paid $900 million" last year, "up from the previous year"'); None
    if the quotation opens its sentence (a speaker's own words keep their own time) or no such date is before it.

    >>> t = 'Seoul “paid more” last year, “a rise from the previous year.”'
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2020, 1, 21))]
    ['2019-01-01', '2018-01-01']
    """
    q = inside[i]
    assert q is not None
    sentence = _sentence_span(text, q.start, q.start + 1)
    if not text[sentence.start : q.start].strip(' \t"“'):
        return None
    return next((k for k in range(i - 1, max(-1, i - 50), -1)
                 if inside[k] is None and group[k].start >= sentence.start), None)  # fmt: skip


_REPORTED = re.compile(r"\b(?:said|told|wrote|posted|stated|remarked)\b")


def _reported_undated(text: str, h: _Hit) -> bool:
    """Return whether event count ``h`` ("a day after he threatened tariffs") sits in a sentence whose news is a
    remark reported in the past with no date ("Trump said Seoul should pay, a day after ..."): a dated story tells
    such a remark as the day before publication's news (wire copy of a remark made the day before), and the event is
    counted back from that day.

    >>> t = "Trump said Seoul should pay, a day after he threatened tariffs."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2025, 7, 9))]
    ['2025-07-07']

    A verb of saying inside the event's own clause is read as the news' too ("three days after the agency said":
    fresh77q's rule reading it as the event's gained a dev date and lost a held-out one, and was taken out).
    """
    lo = max(0, h.start - 300)
    cut = last_match(_SENTENCE_END, text, lo, h.start)
    a = cut.end() if cut else lo
    m = _SENTENCE_END.search(text, h.end, min(len(text), h.end + 300))
    return _REPORTED.search(text, a, m.start() if m else min(len(text), h.end + 300)) is not None


def _from_each_day(value: Anchored, lo: dt.date, hi: dt.date) -> Range:
    """Return a count of days or weeks from a whole month with no day told ("In November 2019, the team walked out.
    The next day, ..."): the count from its first day to the count from its last, as "a week later" after "in March
    2017" is 8 March - 7 April (the day after the month's end alone, as "the next day" read it, is one day of many:
    probed38 narrative-17).

    >>> nxt = Anchored(lambda a, b: Period(b + dt.timedelta(days=1), b + dt.timedelta(days=1)), unit="day")
    >>> _from_each_day(nxt, dt.date(2019, 11, 1), dt.date(2019, 11, 30))[:2]
    (datetime.date(2019, 11, 2), datetime.date(2019, 12, 1))
    """
    return Range(value.shift(lo, lo)[0], value.shift(hi, hi)[1], "relative")


_SEASON_DAYS = 92  # the longest season (a quarter): "the following month" after one is the month after its last


def _shifted_from(
    text: str, h: _Hit, anchor: dict[str, Any], exact: str, pub: dt.date, earlier_paragraph: bool,
    event_told: bool = False,
) -> dict[str, Any]:
    """Return the value of anchored date ``h`` moved from the resolved date ``anchor`` (written ``exact``): none
    when days or weeks count from more than a month, past the calendar's first year, or from a date of an earlier
    paragraph (``earlier_paragraph``) to past publication in a clause told in the past; from the date of the event
    it names when ``anchor`` is that (``event_told``: :func:`_event_told_before`).

    >>> [v["start"] for *_, v in find_dates("Lee left in 2018. Two days later he spoke.", dt.date(2019, 11, 16))]
    ['2018-01-01', None]

    "The following month", "that month" after a year (a span longer than a season) name no month (dfix49).

    >>> [v["start"] for *_, v in find_dates("Lee left in 2018. The next month he spoke.", dt.date(2019, 11, 16))]
    ['2018-01-01', None]
    """
    assert isinstance(h.value, Anchored)
    if event_told:
        return _from_event_dated(anchor, h)
    a_lo, a_hi = dt.date.fromisoformat(anchor["start"]), dt.date.fromisoformat(anchor["end"])
    if h.value.unit in {"day", "week"} and (a_hi - a_lo).days > 31:
        return _unresolved("relative", f"counts in {h.value.unit}s from {exact!r}, which is longer than a month")
    if h.handler is _adjacent and h.value.unit == "month" and (a_hi - a_lo).days > _SEASON_DAYS:  # dfix49
        return _unresolved("relative", f"a month beside {exact!r}, which tells no one month")
    if h.value.unit in {"day", "week"} and not h.value.event and _whole_months(a_lo, a_hi):
        return _value(_from_each_day(h.value, a_lo, a_hi))  # "In November 2019, ... The next day": Nov. 2 - Dec. 1
    if h.value.unit == "weekend" and (a_hi - a_lo).days > _WEEK_SPAN:
        return _unresolved("relative", f"a weekend beside {exact!r}, which is longer than a week")
    try:
        lo, hi = h.value.shift(a_lo, a_hi)
    except _NoRow as none:  # a lunar holiday in a year no source dates
        return _unresolved("relative", str(none))
    except (ValueError, OverflowError):  # a chain of "the previous April" counted back past year 1
        return _unresolved("relative", f"counts from {exact!r} past the calendar's first year")
    if earlier_paragraph and lo > pub and clause_tense(text, h.start, h.end) == "past":
        return _unresolved("relative", f"counts from {exact!r} in an earlier paragraph past publication")
    return _value(Range(lo, hi, "relative"))


def _count_from_event(event: dict[str, Any], count: Callable[[dt.date, dt.date], Period]) -> dict[str, Any]:
    """Return the day a count over one comes to from the event's own date ``event`` ("11 months after talks began
    in March 2018": February 2019), as the corpus reads "N days/months after X" (a count of one names X's date).

    >>> m = re.match(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+)", "three weeks after they met")
    >>> a = _counted(m, dt.date(2019, 1, 1), False)
    >>> _count_from_event({"start": "2019-03-01", "end": "2019-03-01"}, a.from_event)["start"]
    '2019-03-22'
    """
    if event.get("start") is None:
        return _unresolved("relative", "counts from an event whose date is not resolved")
    lo, hi = _event_edge(dt.date.fromisoformat(event["start"]), dt.date.fromisoformat(event["end"]), count)
    lo, hi = count(lo, hi)
    return _value(Range(lo, hi, "relative"))


_SEVERAL_DAYS = 6  # the most days an event told by its days ("held from the 27th to the 29th") spans; a week is a unit


def _event_edge(lo: dt.date, hi: dt.date, count: Callable[[dt.date, dt.date], Period]) -> Period:
    """Return the day a count is told from when the event ``lo..hi`` lasted several days (a round "held from Aug. 27
    to 29"): its last day for a count after it, its first for one before it (the day the count comes to is one
    day); a one-day event, a week, a month or a year unchanged ("11 months after talks began in March": a month).

    >>> after = partial(_moved, unit="day", n=27)
    >>> _event_edge(dt.date(2024, 8, 27), dt.date(2024, 8, 29), after).lo
    datetime.date(2024, 8, 29)
    >>> _event_edge(dt.date(2024, 8, 1), dt.date(2024, 8, 31), after).lo
    datetime.date(2024, 8, 1)
    """
    if lo == hi or (hi - lo).days >= _SEVERAL_DAYS:
        return Period(lo, hi)
    day = hi if count(lo, lo).lo > lo else lo
    return Period(day, day)


def _event_value(
    text: str, group: list[_Hit], values: list[dict[str, Any]], i: int, pub: dt.date | None = None
) -> dict[str, Any] | None:
    """Return the value of "a day after X" ``group[i]`` from the dates of its sentence: X's own date, after it in
    X's clause ("a day after the vote on Monday"); else, when the phrase opens the sentence, the date of the main
    clause after its comma ("Just a day after X, Lee spoke on Friday": X is Thursday). A count over one is the day
    it comes to: X's date moved by it, or the main clause's date. None: not told after it in its sentence.

    >>> t = "Just a day after Lee wrote, he spoke on Friday. Lee quit 11 months after he took office in May 2019."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 7, 10))]  # doctest: +NORMALIZE_WHITESPACE
    [('a day after', '2025-07-03'), ('on Friday', '2025-07-04'), ('11 months after', '2020-04-01'),
     ('in May 2019', '2019-05-01')]
    """
    h = group[i]
    a = h.value
    assert isinstance(a, Anchored)
    fronted = _fronted(text, h)
    k = _next_in_sentence(text, group, i, _event_reach(text, h, fronted))
    if k is not None and (_DEADLINE.search(text, max(0, group[k].start - 24), group[k].start)
                          or _labels_object(text, group[k])):
        k = None  # "a letter threatening tariffs starting Aug. 1", "confirming his Aug. 25 summit": what X names
    if k is not None and a.from_event and _APPROXIMATE.search(text, max(0, h.start - 16), h.start):
        step = _nearly_step(text, h)  # "almost six weeks after X on Dec. 31": the day before the count's day
        if step and values[k].get("start") is not None:
            lo, hi = a.from_event(dt.date.fromisoformat(values[k]["start"]), dt.date.fromisoformat(values[k]["end"]))
            return _value(_short_by_a_day(Range(lo, hi, "relative"), step))
        return None  # "less than two months after they met in March": the main clause's own time, not the count
    if k is not None:  # "a day after the vote on Monday": the vote's own date
        return _count_from_event(values[k], a.from_event) if a.from_event else {**values[k], "form": "relative"}
    return _fronted_event_value(text, group, values, i, pub) if fronted else None


def _fronted_event_value(
    text: str, group: list[_Hit], values: list[dict[str, Any]], i: int, pub: dt.date | None
) -> dict[str, Any] | None:
    """Return the value of a fronted "A day before X <verb>, <main clause>" ``group[i]`` with no date in X's clause:
    from the main clause's date ("Just a day after Lee wrote, he spoke on Friday": Thursday), unless that date is
    longer than a month for a count in days or weeks ("One day before Varn visited, Kim pledged cash next year":
    "next year" dates the cash, no day of the event, as :func:`_shifted_from` reads a count from such a span); then
    the one day another sentence gives the event's named actor ("Tomorrow (9th), Secretary Varn."), as a count of
    one reads any dated event (README), else unresolved. None: no date to read it by.

    >>> t = "One day before Secretary Tom Varn visited, Kim pledged cash next year. Tomorrow (9th), Secretary Varn."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 8, 8))]  # doctest: +NORMALIZE_WHITESPACE
    [('One day before', '2019-08-09'), ('next year', '2020-01-01'), ('Tomorrow', '2019-08-09')]
    >>> find_dates("One day before Varn visited, Kim pledged cash next year.", dt.date(2019, 8, 8))[0][3]["start"]
    """
    a = group[i].value
    assert isinstance(a, Anchored)
    k = _main_clause_date(text, group, i)
    anchor = values[k] if k is not None else {}
    coarse = anchor.get("start") is not None and _longer_than_count(a, anchor)
    if anchor.get("start") is not None and not coarse:
        lo, hi = a.shift(dt.date.fromisoformat(anchor["start"]), dt.date.fromisoformat(anchor["end"]))
        return _value(Range(lo, hi, "relative"))
    actor = _event_actor(text, group[i])
    found = _actor_day(text, actor, group[i], pub) if actor and pub is not None else None
    if found is not None:
        return _count_from_event(found, a.from_event) if a.from_event else {**found, "form": "relative"}
    if coarse:
        return _unresolved("relative", f"counts in {a.unit}s from a span longer than a month, no day of the event")
    return None


def _longer_than_count(a: Anchored, anchor: dict[str, Any]) -> bool:
    """Return whether a count in days or weeks ``a`` would count from ``anchor``, a span longer than a month.

    >>> m = re.match(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+)", "one day before")
    >>> a = _counted(m, dt.date(2019, 1, 1), False)
    >>> _longer_than_count(a, {"start": "2020-01-01", "end": "2020-12-31"})
    True
    >>> _longer_than_count(a, {"start": "2020-01-06", "end": "2020-01-06"})
    False
    """
    lo, hi = dt.date.fromisoformat(anchor["start"]), dt.date.fromisoformat(anchor["end"])
    return a.unit in {"day", "week"} and (hi - lo).days > _COUNT_SPAN_DAYS


_COUNT_SPAN_DAYS = 31  # days and weeks are not counted from a span longer than a month (as `_shifted_from` reads)
_ACTOR_MENTIONS = 6  # mentions of an event's actor read for its one day (a bound: each is a sentence to scan)
_ACTOR_CLAUSE = 120  # characters of the event's clause read for its actor ("Defense Secretary Mark Esper visited")


def _event_actor(text: str, h: _Hit) -> str | None:
    """Return the surname acting in the event clause after "a day before" ``h``: the capitalised word right before
    the clause's first lower-case word after a name ("US Defense Secretary Mark Esper visited Trump": Esper).

    >>> t = "One day before US Defense Secretary Mark Esper visited Trump, he spoke."
    >>> _event_actor(t, _candidates(t, dt.date(2019, 8, 8), 0, len(t))[0])
    'Esper'
    >>> t = "A day before the vote, he spoke."
    >>> _event_actor(t, _candidates(t, dt.date(2019, 8, 8), 0, len(t))[0]) is None
    True
    """
    stop = _CLAUSE_END.search(text, h.end, min(len(text), h.end + _ACTOR_CLAUSE))
    words = _TOKEN.findall(text, h.end, stop.start() if stop else min(len(text), h.end + _ACTOR_CLAUSE))
    for prev, word in pairwise(words):
        if word[:1].islower():
            return prev if prev[:1].isupper() and len(prev) > 2 else None
    return None


def _actor_day(text: str, actor: str, h: _Hit, pub: dt.date) -> dict[str, Any] | None:
    """Return the one day the sentences naming ``actor`` (outside the sentence of ``h``) give, else None (no day,
    or more than one).

    >>> t = "A day before Varn visited, Kim spoke. Varn lands on Aug. 9. Lee left on Monday."
    >>> _actor_day(t, "Varn", _candidates(t, dt.date(2019, 8, 7), 0, len(t))[0], dt.date(2019, 8, 7))["start"]
    '2019-08-09'
    """
    own = _sentence_span(text, h.start, h.end)
    days: set[tuple[str, str]] = set()
    for n, m in enumerate(re.finditer(rf"\b{re.escape(actor)}\b", text)):
        if n >= _ACTOR_MENTIONS or len({d for d, _ in days}) > 1:
            return None  # too many mentions to tell which dates the event, or two days already
        if own.start <= m.start() < own.end:
            continue
        s = _sentence_span(text, m.start(), m.end())
        for g in _candidates(text, pub, s.start, s.end):
            v = _value(g.value) if isinstance(g.value, Range) else {}
            if v.get("start") is not None and v["start"] == v["end"]:
                days.add((v["start"], v["form"]))
    if len({d for d, _ in days}) != 1:
        return None
    day, form = days.pop()
    return {"start": day, "end": day, "form": form}


# a date that labels a noun after a determiner ("his Aug. 25 summit", "the March 3 talks", "Seoul's May 2 offer")
_LABEL_DETERMINER = re.compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]+)[ \t]{1,3}(?:(?i:the|his|her|its|their|our|this|that)"
                               r"|[A-Z][\w-]{0,30}['’]s)[ \t]{1,3}\Z")
_LOWER_WORD_AFTER = re.compile(r"[ \t]{1,3}[a-z]{3}")


def _labels_object(text: str, g: _Hit) -> bool:
    """Return whether date ``g`` in an event's clause labels the object of the event's verb ("a day after confirming
    his Aug. 25 summit", "after he announced the Aug. 30 election"): the date of the thing the event names, not the
    event's own (README: an event the text never dates stays unresolved). Not a date of the event noun itself ("a
    day after the Aug. 12 vote") nor one after a preposition ("in the Aug. 30 vote").

    >>> t = "after confirming his Aug. 25 summit, after the Aug. 12 vote, after he cast it in the Aug. 3 vote"
    >>> [_labels_object(t, h) for h in _candidates(t, dt.date(2025, 8, 21), 0, len(t))]
    [True, False, False]
    """
    m = _LABEL_DETERMINER.search(text, max(0, g.start - 48), g.start)
    return (m is not None and m["word"].lower() not in _PREPOSITIONS
            and _LOWER_WORD_AFTER.match(text, g.end) is not None)


_REPORTING_PAST = re.compile(r"\b(?:said|told|announced|stated|added|noted|confirmed|wrote|posted|remarked)\b")


def _main_clause_date(text: str, group: list[_Hit], i: int) -> int | None:
    """Return the index of the date of the main clause after a fronted "A day after X, ..." ``group[i]``: the first
    date of its sentence past X's clause (its first comma, within 200 characters); None when there is none, or when
    it dates a plan reported in the past ("..., Lee's office announced he will visit Japan on Aug. 23-24": the
    visit's day, no time of the news).

    >>> t = "A day after X met, Lee said he will go on Aug. 23. A day after Y met, Lee left on Aug. 20."
    >>> hs = _candidates(t, dt.date(2025, 8, 21), 0, len(t))
    >>> _main_clause_date(t, hs, 0), _main_clause_date(t, hs, 2)
    (None, 3)
    """
    h = group[i]
    comma = text.find(",", h.end, min(len(text), h.end + 200))
    k = _next_in_sentence(text, group, i, 200)
    while k is not None and group[k].start < comma:
        k = _next_in_sentence(text, group, k, 200 - (group[k].end - h.end))
    if k is None or comma < 0:
        return k
    g = group[k]
    return None if g.future and _REPORTING_PAST.search(text, comma, g.start) else k
_FRONTING = frozenset({"just", "only", "barely", "exactly", "nearly", "almost", "about", "some", "and", "but"})


def _event_reach(text: str, h: _Hit, fronted: bool) -> int:
    """Return how far after "a day before"/"a day after" ``h`` the event's own date may be: to the end of the
    event's clause, which runs to its sentence's end (up to 200 characters; a new clause after ", and" or ";"
    stops it) unless the phrase opens the sentence (``fronted``: "Just a day after X, Y ..."): to the first comma.

    >>> t = ("The call came a day before the tariffs on cars, parts and steel from most of its European and Asian "
    ...      "allies took effect on Monday.")
    >>> h = _candidates(t, dt.date(2025, 4, 10), 0, len(t))[0]
    >>> _event_reach(t, h, False) >= t.index("on Monday") - h.end > _WINDOW
    True
    """
    cap = min(len(text), h.end + 200)
    if fronted:
        comma = text.find(",", h.end, cap)
        return (comma if comma >= 0 else cap) - h.end
    stop = _NEW_CLAUSE.search(text, h.end, cap)
    return (stop.start() if stop else cap) - h.end


def _fronted(text: str, h: _Hit) -> bool:
    """Return whether date ``h`` opens its sentence (only "just", "only" ... before it): a fronted phrase.

    >>> t = "Just a day after it, Lee spoke. Lee spoke a day after it."
    >>> [_fronted(t, h) for h in _candidates(t, dt.date(2025, 4, 10), 0, len(t))]
    [True, False]
    """
    last = _LAST_WORD.search(text, max(0, h.start - 24), h.start)
    if last is not None and (last["mark"] or last["word"].lower() not in _FRONTING):
        return False  # most dates: a word or a comma right before that no fronted phrase starts with
    begin = max(0, h.start - 200, text.rfind("\n", max(0, h.start - 200), h.start) + 1)
    for m in _SENTENCE_END.finditer(text, begin, h.start):
        begin = m.end()
    return all(w.lower() in _FRONTING for w in _TOKEN.findall(text, begin, h.start))


_LAST_WORD = re.compile(r"(?:(?P<word>[A-Za-z]+)|(?P<mark>[,;:(–—-]))[ \t]*\Z")


def _earlier_paragraph_anchor(text: str, h: _Hit, before: _Told | None, day: _Told | None) -> _Told | None:
    """Return the date told in an earlier paragraph that anchored date ``h`` (none before it in its own) counts
    from: an event told in the past, a year step ("the previous year") in its paragraph's first sentence, or a step
    or count of weeks, months or years opening it ("The following month", "A year later"; ``_CARRIED_UNITS``),
    count from the last date of the paragraph before (``before``; "came the same day X ended" with none there, from
    ``day``: a count of one or more is not carried past a paragraph with no date); a count in days ("the same day",
    "the day before") or a weekend beside a day ("that weekend") from the last single day told before it (``day``);
    else None. A report's own date
    ("Hankyoreh reported Wednesday") is neither.

    >>> t = "Seoul pays 1 trillion won this year.\\n\\nIt is 8% more than the previous year."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 2, 10))]
    ['2019-01-01', '2018-01-01']
    >>> t = "Talks began in March 2018.\\n\\nTwo months later, they ended. They may resume a year later."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 2, 10))]
    ['2018-03-01', '2018-05-01', '2019-05-01']
    >>> t = "Trump spoke on the 15th (local time).\\n\\nAt a rally in 2024.\\n\\nHe repeated it the same day."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2024, 10, 16))]
    ['2024-10-15', '2024-01-01', '2024-10-15']
    """
    assert isinstance(h.value, Anchored)
    if h.value.unit in {"day", "weekend"} and not h.value.event:
        return _same_day_told(text, h, day)
    if h.value.event:
        return before or (day if "same" in text[h.start : h.end].lower() else None)  # "came the same day X ended"
    lo = max(0, h.start - 2000)  # bounded: a paragraph's first sentence is near its start
    para = max(lo, text.rfind("\n", lo, h.start) + 1)
    first = _SENTENCE_END.search(text, para, h.start) is None
    opens = h.value.unit in _CARRIED_UNITS and h.start - para <= _OPENER_REACH and \
        text[para : h.start].strip().lower() in _PARA_OPENERS and before is not None and \
        _carried_count_fits(text, h.value.unit, before, para)
    return before if (h.value.year_step or opens or _THAT_UNIT.search(text, h.start, h.end)) and first else None


# a word that tells a date of its own, read in the sentence of a count's anchor: a year, a month's or weekday's
# name, a deictic day or period ("last week"); the anchor must be the one date of its sentence (mend56d)
# (the months' and weekdays' own names, not any word they open: "Mark", "Mayor", "Junior", tidy56)
_DATE_WORD = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\.?|{_WEEKDAY_ALT}"
    r"|(?i:today|yesterday|tomorrow|ago|(?:last|next)[ \t]{1,3}(?:week|month|year)))\b")
# words of a clause that make its date no time of the news a count after it carries on from: a span's or list's
# ("from 2010 to 2014", "in 2014, 2019 and 2020", "until 2018"), a comparison's ("than in 2019", "versus 2019"), a
# subordinate clause's ("after the accord expired", "a year after they began"), past perfect's background ("had")
_NOT_CARRIED = frozenset({"from", "to", "through", "until", "till", "since", "between", "and", "or", "than",
                          "versus", "vs", "compared", "over", "after", "before", "when", "while", "as", "because",
                          "although", "though", "once", "if", "which", "who", "whom", "whose", "where", "that",
                          "had", "largest", "smallest", "highest", "lowest", "biggest", "first", "last", "most"})
# one pass over the anchor's sentence: a date word (``date``, first: "last year" is a date, not the word "last"), a
# quotation mark, or a word of ``_NOT_CARRIED``
_NOT_CARRIED_MARK = re.compile(rf"(?P<date>{_DATE_WORD.pattern})|[\"“”]|\b(?i:{'|'.join(sorted(_NOT_CARRIED))})\b")


def _carried_count_fits(text: str, unit: str, before: _Told, para: int) -> bool:
    """Return whether a step or count of ``unit`` opening the paragraph at ``para`` may count from ``before``, the
    last date of the paragraph before (mend56d): that date is told at least as finely as the count (a month's count
    needs a month or a day, a week's a day), in the last sentence of that paragraph, right before this one; it is
    the one date of its sentence, told outside quotes, not in a span, list, comparison, subordinate clause or past
    perfect (:data:`_NOT_CARRIED`, :data:`_DATE_WORD`). Else the count is left to its paragraph alone.

    >>> t = "Talks collapsed in November 2019.\\n\\nA year later, they met."
    >>> b = _Told("in November 2019", {"start": "2019-11-01", "end": "2019-11-30"}, 33, 16)
    >>> [_carried_count_fits(t, u, b, 35) for u in ("year", "month", "week")]
    [True, True, False]
    >>> t = "Seoul paid more in 2020 than in 2019.\\n\\nA year later, it paid less."
    >>> _carried_count_fits(t, "year", _Told("in 2019", {"start": "2019-01-01", "end": "2019-12-31"}, 37, 28), 39)
    False
    >>> t = "Hanul paid more in 2018, compared with 700 billion won in 2017.\\n\\nA year later, it paid less."
    >>> _carried_count_fits(t, "year", _Told("in 2017", {"start": "2017-01-01", "end": "2017-12-31"}, 63, 55), 65)
    False
    >>> t = "It rose 8 percent from 2017.\\n\\nA year later, it paid less."
    >>> _carried_count_fits(t, "year", _Told("2017", {"start": "2017-01-01", "end": "2017-12-31"}, 28, 23), 30)
    False
    """
    first, last = before.value["start"], before.value["end"]
    fine = unit == "year" or (first[:7] == last[:7] if unit == "month" else first == last)  # a month, a day
    if before.at < 0 or not fine or text[before.para_end : para].strip():
        return False
    end = before.at + len(before.exact)
    sent = _sentence_span(text, before.at, end)
    if text[sent.end : before.para_end].strip():
        return False  # not the paragraph's last sentence
    years = 0  # "2020-2024": a span of its own
    for m in _NOT_CARRIED_MARK.finditer(text, sent.start, sent.end):
        if m["date"] is None or m.start() < before.at or m.end() > end:
            return False  # a quotation mark, a word of :data:`_NOT_CARRIED`, another date in its sentence
        years += m["date"][:1].isdigit()
    return years <= 1


# the units of a step or count ("The following month", "Two months later", "A year earlier", "A week later") that
# opens a paragraph, after at most a conjunction, and counts from the last date of the paragraph before, as "the
# previous year" does anywhere in its first sentence (dates56; not "... be renegotiated a year later" inside it)
_CARRIED_UNITS = frozenset({"week", "month", "year"})
_PARA_OPENERS = frozenset({"", "but", "and", "then", "yet", "so"})
_OPENER_REACH = 12  # characters at most before such a step in its paragraph (an opener of ``_PARA_OPENERS``, blanks)


def _same_day_told(text: str, h: _Hit, day: _Told | None) -> _Told | None:
    """Return the day told in the paragraphs before that "the same day" (``h``) with none before it in its own counts
    from: the last single day told there (``day``), but in a past clause not a day told ahead; the one told before it
    in its paragraph (as :func:`_same_day_anchor` reads within a paragraph: "USFK said on the 29th that leave starts
    April 1.\\n\\nIn a press release on the same day, USFK stated": the 29th). Other counts of days: ``day``.

    >>> t = "Bo said on Feb. 24 that it starts on April 1.\\n\\nOn the same day, Al protested."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2026, 3, 4))]
    ['2026-02-24', '2026-04-01', '2026-02-24']
    """
    if day is None or day.not_ahead is None or not isinstance(h.value, Anchored) or h.value.unit != "day":
        return day
    if h.handler is not _adjacent or (_group(h.match, "which") or "").lower() != "same":
        return day
    return day.not_ahead if clause_tense(text, h.start, h.end) == "past" else day


# "that year", "the same month": a demonstrative period, the one told last (dfix38: in an earlier paragraph too)
_THAT_UNIT = re.compile(r"\b(?i:that|the[ \t]{1,3}same)[ \t]{1,3}(?i:year|month)\b")


_OPEN_START = re.compile(r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of)\s+\Z", re.IGNORECASE)
_CLOSED = re.compile(r"(?<!\s)(?:\s*(?:to|until|through|till|and)\b|\s*[-–]\s*\d)", re.IGNORECASE)
_RECURRING = re.compile(r"\b(?:each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\byear[- ]on[- ]year\b", re.IGNORECASE)


_CONCESSIVE = re.compile(r"\s{0,200}+[\"“]?(?:While|Although|Though|Whereas|Even\s+though|Even\s+as)\b")


def _aside(text: str, anchor: _Hit, h: _Hit) -> int | None:
    """Return where the main clause starts if ``anchor`` sits in a clause that opens its sentence with
    "While", "Although" ... and ``h`` in the main clause after its comma, else None: that date sets the time
    of the aside only, and "the previous year" of the main clause counts from the main clause's own time
    (publication, unless it is past).

    >>> t = "While the pact lapsed in 2019, Seoul now pays 8% more than the previous year."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2021, 3, 1))]
    ['2019-01-01', '2020-01-01']
    """
    begin = max(0, anchor.start - 200, text.rfind("\n", 0, anchor.start) + 1)
    for m in _SENTENCE_END.finditer(text, begin, anchor.start):
        begin = m.end()
    if not _CONCESSIVE.match(text, begin):
        return None
    comma = text.find(",", anchor.end, h.start)
    return comma + 1 if comma >= 0 and _SENTENCE_END.search(text, anchor.end, h.start) is None else None


def _every_year(text: str, anchor: _Hit, h: _Hit, value: dict[str, Any]) -> bool:
    """Return whether "the previous year" ``h`` belongs to a rule applied to every year: the year it counts from
    opens a period with no end ("from next year", "starting in 2027"), or its sentence says "each year",
    "annually" before it, or after it in a clause not told in the past ("... will be applied to the previous
    year's amount, with an annual cap"). Such a year has no one value. ``value``: the anchor's. An annual rule
    told after a step from one year ("a 13 percent rise for this year from the previous year and an annual
    rise after that") is another rule: that step has one value.

    >>> t = "From 2027, the rise will match inflation in the previous year."
    >>> [v.get("unresolved", v["start"])[:10] for *_, v in find_dates(t, dt.date(2024, 10, 4))]
    ['2027-01-01', 'a rule for']
    >>> t = "From 2027 to 2030, the rise will match inflation in the previous year, with an annual cap."
    >>> [v.get("unresolved", v["start"])[:10] for *_, v in find_dates(t, dt.date(2024, 10, 4))]
    ['2027-01-01', 'a rule for']
    >>> t = "Seoul plans a 5% rise for this year from the previous year and annual rises of 4% after that."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2024, 10, 4))]
    ['2024-01-01', '2023-01-01']
    """
    closed = value["form"] == "range"
    opens = _OPEN_START.search(text, max(0, anchor.start - 16), anchor.start) is not None
    if opens and not closed and not _CLOSED.match(text, anchor.end):
        return True
    one_year = value["start"][5:] == "01-01" and value["end"][5:] == "12-31" and value["start"][:4] == value["end"][:4]
    return _recurring(text, h, anchor.start, after=not one_year)


def _recurring(text: str, h: _Hit, lo: int = 0, after: bool = True) -> bool:
    """Return whether the sentence of ``h`` (from ``lo`` on) says "each year", "annually" before it, or (if
    ``after``) after it in a clause not told in the past: "the previous year" there is a rule's, not one year.

    >>> t = "The rise will match the previous year's inflation, with an annual cap."
    >>> _recurring(t, _candidates(t, dt.date(2024, 10, 4), 0, len(t))[0])
    True
    """
    begin = max(lo, h.start - 200)
    for m in _SENTENCE_END.finditer(text, begin, h.start):
        begin = m.end()
    if _RECURRING.search(text, begin, h.start) is not None:
        return True
    if not after:
        return False
    stop = _SENTENCE_END.search(text, h.end, min(len(text), h.end + 200))
    recurring = _RECURRING.search(text, h.end, stop.start() if stop else min(len(text), h.end + 200))
    return recurring is not None and clause_tense(text, h.start, h.end) != "past"


def _from_event(
    text: str, group: list[_Hit], values: list[dict[str, Any]], i: int, j: int | None, pub: dt.date
) -> dict[str, Any]:
    """Return the value of "46 days after the inauguration": the event's date, given beside it in its sentence
    or found in data/events.csv (named in the words around it, the latest one by the date before it or by
    publication), moved by a count over one (a count of one: the event's own date, all its days). Unresolved when
    the event cannot be dated.

    >>> t = "The deal came on March 8, 2021, 46 days after the inauguration of Joe Biden."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2024, 10, 17))]
    ['2021-03-08', '2021-03-07']
    >>> find_dates("It came a week after the summit.", dt.date(2024, 10, 17))[0][3]["unresolved"]
    'which summit is not said, and no date is given for it'

    A sentence before it that names the event dates it (:func:`_event_told_before`):

    >>> t = "The summit is set for Dec. 30. Envoys meet two weeks before the summit."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2019, 11, 15))][1]
    ('two weeks before the summit', '2019-12-16')
    """
    h = group[i]
    assert isinstance(h.value, Anchored)
    k = _next_in_sentence(text, group, i) if h.value.own_date else None
    if k is None and j is not None and values[j].get("start") and _event_told_before(text, group[j], h):
        k = j  # "The summit is set for Dec. 30. ... a week before the summit"
    if k is not None and values[k].get("start"):  # "a week after the summit on May 5"
        lo, hi = dt.date.fromisoformat(values[k]["start"]), dt.date.fromisoformat(values[k]["end"])
        if h.value.shift is _unmoved:  # a count of one: the event's own days ("a day before the summit on June 12-13")
            return _value(Range(lo, hi, "relative"))
        return _value(Range(*h.value.shift(*_event_edge(lo, hi, h.value.shift)), "relative"))
    ref = pub
    if j is not None and values[j].get("end"):
        ref = dt.date.fromisoformat(values[j]["end"])
    found = _dated_event(h.value.noun, _event_words(text, h), ref, nearest=not h.value.own_date)
    if found is None:
        return _unresolved("relative", f"which {h.value.noun} is not said, and no date is given for it")
    return _value(Range(*h.value.shift(found, found), "relative"))
_CLAUSE_END = re.compile(r"[,.;:!?\"“”()]")


def _event_words(text: str, h: _Hit) -> set[str]:
    """Return the capitalised words that name the event of ``h``: in its words and the phrase after them
    ("the inauguration of US President Joe Biden"), else in the rest of its sentence.

    >>> t = "It came a month after the inauguration of US President Joe Biden, who took office."
    >>> sorted(_event_words(t, _candidates(t, dt.date(2021, 3, 8), 0, len(t))[0]))
    ['Biden', 'Joe', 'President', 'US']
    """
    stop = _CLAUSE_END.search(text, h.end, min(len(text), h.end + 80))
    words = set(_CAP_WORD.findall(text, h.start, stop.start() if stop else min(len(text), h.end + 80)))
    if words & _event_names(_EVENT_NOUNS[h.value.noun]).keys():  # type: ignore[union-attr]
        return words
    begin = max(0, h.start - 200)
    for m in _SENTENCE_END.finditer(text, begin, h.start):
        begin = m.end()
    end = _SENTENCE_END.search(text, h.end, min(len(text), h.end + 200))
    return set(_CAP_WORD.findall(text, begin, end.start() if end else min(len(text), h.end + 200)))


def _dated_event(noun: str, words: set[str], ref: dt.date, nearest: bool = False) -> dt.date | None:
    """Return the day of the event of kind ``noun`` named by ``words``: of the events.csv rows whose names
    hold every one of the words any row of that kind knows (if none does, those that hold the most; words of
    two letters count only alone), the latest on or before ``ref`` (the president in office then, not an
    earlier or later term), or with ``nearest`` one at most ``_TRANSITION`` days after ``ref`` if there is one
    ("before Trump's inauguration" told in December 2024 is January 2025's; review18); None if the words name none.

    >>> _dated_event("inauguration", {"US", "President", "Donald", "Trump"}, dt.date(2025, 7, 8))
    datetime.date(2025, 1, 20)
    >>> _dated_event("inauguration", {"Trump"}, dt.date(2019, 11, 16))
    datetime.date(2017, 1, 20)
    >>> _dated_event("summit", {"Seoul"}, dt.date(2019, 3, 1)) is None  # no summit row names Seoul
    True
    >>> _dated_event("inauguration", {"In", "Biden"}, dt.date(2021, 3, 1)), _dated_event("inauguration", {"Yoon",
    ...     "Biden"}, dt.date(2023, 1, 1))
    (datetime.date(2021, 1, 20), datetime.date(2022, 5, 10))
    >>> _dated_event("inauguration", {"Trump"}, dt.date(2024, 12, 10), nearest=True)
    datetime.date(2025, 1, 20)
    >>> _dated_event("inauguration", {"Trump"}, dt.date(2024, 9, 10), nearest=True)  # before the election
    datetime.date(2017, 1, 20)
    """
    names = _event_names(_EVENT_NOUNS[noun])
    known = words & names.keys()
    known = {w for w in known if len(w) > 2} or known  # "In" (of "Moon Jae In") is mostly a preposition
    if not known:
        return None
    days = set.intersection(*(names[w] for w in known))
    if not days:  # the words name several events: those most of them name
        count: dict[dt.date, int] = {}
        for w in known:
            for d in names[w]:
                count[d] = count.get(d, 0) + 1
        days = {d for d, c in count.items() if c == max(count.values())}
    soon = [d for d in days if nearest and ref < d <= ref + dt.timedelta(days=_TRANSITION)]
    return min(soon) if soon else max((d for d in days if d <= ref), default=None)


@cache
def _event_names(kind: str) -> dict[str, set[dt.date]]:
    """Return, for the events of ``kind`` in data/events.csv, each capitalised word of their title, place
    and people (with aliases, from data/entities.csv) -> the days of the events it names.

    >>> sorted(_event_names("inauguration")["Biden"])
    [datetime.date(2021, 1, 20)]
    """
    entities = check_table("entities").dicts()
    people = {r["entity_id"]: f"{r['name']};{r['aliases']}" for r in entities if r["kind"] == "person"}
    out: dict[str, set[dt.date]] = {}
    for r in check_table("events").dicts():
        if r["kind"] != kind:
            continue
        said = " ".join([r["title"], r["place"], *(people.get(a.strip(), "") for a in r["actors"].split(";"))])
        for w in _CAP_WORD.findall(said):
            out.setdefault(w, set()).add(dt.date.fromisoformat(r["start"]))
    return out


def _next_in_sentence(text: str, group: list[_Hit], i: int, reach: int = _WINDOW) -> int | None:
    """Return the index of the first date after ``group[i]`` in its sentence (``reach`` characters on), else None.

    >>> t = "A day after the vote on Monday. On Friday."
    >>> _next_in_sentence(t, _candidates(t, dt.date(2019, 11, 16), 0, len(t)), 0)
    1
    """
    h = group[i]
    for k in range(i + 1, len(group)):
        g = group[k]
        if g.start - h.end > reach or _SENTENCE_END.search(text, h.end, g.start):
            break
        if not isinstance(g.value, Anchored):
            return k
    return None
