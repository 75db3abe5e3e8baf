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
publication; "from 2026 to 2023" (a printed range that ends before it starts) unresolved.

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
from functools import cache, lru_cache, partial, wraps
from itertools import chain, pairwise, takewhile
from typing import TYPE_CHECKING, Any, NamedTuple

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from analysis import lazyre as re
from analysis.article import MONTHS, split_paragraphs
from analysis.article import PARAGRAPH_BREAK as _PARA_BREAK
from analysis.article import QUOTE_MARK as _QUOTE_MARK
from analysis.extract import windows as win
from analysis.extract.countries import EAST_ASIA_PACIFIC, PLACES
from analysis.extract.names import NOT_NAME_WORDS, TITLE_WORDS
from analysis.extract.numbers import ARTICLES, CARDINALS, TEENS, TENS, UNITS
from analysis.extract.scan import Hits, Trigger, last_match, literal_places, scan, word_trie
from analysis.extract.spans import Found
from analysis.schema import check_table

if TYPE_CHECKING:  # entities imports names, which dates must not wait for (see _terms_of)
    from analysis.extract.entities import Term

__all__ = ["WEEKDAYS", "Anchored", "find_dates", "points_forward"]



class Range(NamedTuple):
    """A reading of a date: its first and last day and its ``form`` (absolute, month, weekday, relative, range).

    >>> r = Range(dt.date(2019, 11, 15), dt.date(2019, 11, 15), "weekday")
    >>> r.lo == r.hi, r.form
    (True, 'weekday')
    """

    lo: dt.date
    hi: dt.date
    form: str


class _Stretch(NamedTuple):
    """Where a stretch of the text (a quotation, a sentence) starts and ends, as offsets.

    >>> _Stretch(8, 13).end
    13
    """

    start: int
    end: int


class Period(NamedTuple):
    """A stretch of days from ``lo`` to ``hi`` (both included): a month, a week, part of a year.

    >>> Period(dt.date(2019, 11, 11), dt.date(2019, 11, 17)).hi.day
    17
    """

    lo: dt.date
    hi: dt.date

WEEKDAYS = tuple(calendar.day_name)  # English names: the C locale (nothing here calls setlocale)
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_FULL_MONTHS = "|".join(calendar.month_name[1:])
# "May" is only a full name; "Sept" is written beside "Sep".
_ABBR_MONTHS = "|".join(sorted({*calendar.month_abbr[1:], "Sept"} - {"May"}, key=lambda a: (-len(a), a)))
# A month's or weekday's name, after a lookahead at its first letter (every name starts with one of them): a place
# that starts none fails at once, not after a try of each name (a pattern read at each place of a window).
_MON = rf"(?=[JFMASOND])(?P<mon>(?:{_FULL_MONTHS})\b|(?:{_ABBR_MONTHS})(?:\.|\b))"
_WD = rf"(?=[MTWFS])(?P<wd>{_WEEKDAY_ALT})\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A month's year: written ("June 2019", "March of 2021") or relative ("June next year", "June of the following year").
_YEAR_OR_REL = (
    rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b"
    r"|\s+(?:of\s+)?(?P<rel>(?i:next|last|this|the\s+following|the\s+previous|the\s+same|that))\s+(?i:year)\b)"
)
# the number words a count is spelled in, one to ninety-nine ("forty years ago", "twenty-one years ago", "ninety days
# since"; date60), and "a couple of" (two: "a couple of days ago")
_SPELLED = {**CARDINALS, **{f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in UNITS}}
_NUMWORDS: dict[str, int | None] = {**ARTICLES, **_SPELLED, "a couple of": 2, "several": None, "few": None}
# the spelled counts as one alternation, the longest of each start first ("seventy", "seventeen" before "seven")
_NUM_WORDS = (f"(?:{'|'.join(TENS)})(?:-(?:{'|'.join(UNITS)}))?|{'|'.join(TEENS)}|{'|'.join(UNITS)}")
_NUM = r"\d{1,3}|an?|" + _NUM_WORDS
# the first characters of _NUM's words, either case ("ſ" folds to "s" under re.IGNORECASE): a case-sensitive test
# before a case-folding alternation rejects most places of a window in one step
_NUM_FIRST = r"(?=[\dAEFNOSTaefnostſ])"
# the first characters of a weekday pattern's match: its words before the day (on|last|next|this|since|by|until|
# early|late, either case, or a count of _NUM) or the day's name
_WD_FIRST = r"(?=[\dABEFLMNOSTUWabeflnostuſ])"
#: A number that names a unit of a count ("year two", "year 3"), not the article "a" of "the end of the year a deal
#: is due" (review16).
_UNIT_NO = "(?:" + "|".join(w for w, n in CARDINALS.items() if n <= 10) + ")"
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
)  # fmt: skip
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINALS |= {f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_WORDS[:9], start=1)}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
_DAYWORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# Words that introduce a date but change its meaning ("by June"): they trigger, the span excludes them.
_TRIGGER_ONLY = {"since", "until", "till", "to", "through", "by", "from", "before", "after", "of", "for", "the", "any",
                 "a", "an"}
# A full stop that ends a sentence: not after an initial ("U.S.") or a title ("Mr."), and before a capital.
# (The stop is matched first and the look-behinds checked after it: cheap where there is no stop.)
_STOP = "[.!?]" + "".join(
    rf"(?<!\b{t}[.!?])" for t in ("[A-Z]", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr")
)
_SENTENCE_END = re.compile(rf"{_STOP}(?=[\"”’]?\s+[\"“‘]?[A-Z]|[\"”’]?\s*\Z)")
_OPENING = 40  # characters: a date this near a paragraph's start sets the time of the whole paragraph
_QUOTED_STOP = re.compile(r'[.!?]["”]\Z')  # a quotation that ends its sentence
# a word after "after"/"before": the event it names; not "to" of a stretch ("rose from a year before to X in 2023")
_OBJECT = re.compile(r"(?<![ \t])[ \t]++(?!to[ \t])[\w$“\"']")
# "that"/"this"/"then" closing its clause after "after"/"before" ("two days after that, ..."): the date told before
_ANAPHOR = re.compile(r"(?<![ \t])[ \t]++(?i:that|this|then)\b(?![ \t]*+[\w$“\"'(])")
# an event named by a demonstrative after "after"/"before" ("two days after that meeting", "a week before those
# talks"): the event dated just before, as "that" alone is
_THAT_EVENT = re.compile(r"(?<![ \t])[ \t]{1,3}(?i:that|those|the[ \t]{1,3}same)[ \t]{1,3}(?i:meetings?|talks"
                         r"|session|round|visit|trip|call|summit|vote|announcement|signing|ceremony|conference|speech"
                         r"|interview|negotiations|exchange|remarks)\b")


@dataclass(frozen=True, slots=True)
class Anchored:
    """A date counted from the date before it in its paragraph: ``shift(lo, hi)`` of that date's range.

    ``event``: the words name an event ("a day after the vote"): the value is the event's date, the
    event's own date in the sentence if it has one, and with no date before it counts from publication
    unless its clause is in the past tense. ``or_published``: with no date before it, it counts from
    publication ("earlier in the day")."""

    shift: Callable[[dt.date, dt.date], Period]
    event: bool = False
    or_published: bool = False
    unit: str = "year"  # what it counts in: days and weeks cannot be counted from a year or a month
    noun: str = ""  # "46 days after the inauguration": the event it counts from (dated by the text or events.csv)
    year_step: bool = False  # "the previous year": a year beside another, generic in a rule for every year
    own_date: bool = True  # a date after it in its sentence may be the event's own ("after the summit on May 5")
    # "11 months after <event>": a count over one names the day it comes to, the main clause's own time (``shift``
    # leaves it as it is); from the event's own date, when its sentence gives one, ``from_event`` counts forward
    from_event: Callable[[dt.date, dt.date], Period] | None = None
    # "that four-year period": the span of this many ``unit``s told before it (see :func:`_periods_told`)
    told: int = 0
    # with no date before it, in its paragraph or the one before, its value told from publication ("by Christmas":
    # the holiday by its clause's tense); None: unresolved
    published: Callable[[dt.date], Period] | None = None
    why: str = ""  # unresolved whatever it counts from, for this reason ("last Chuseok": no row for its year)


Handler = Callable[[re.Match[str], dt.date, bool], "Range | Anchored | None"]

# --- tense -------------------------------------------------------------------------------------------
_WINDOW = 80  # characters read after a date to decide its tense (and to find an event's own date)
_BACK = 120  # characters read before it: a reporting clause ("X said that the sides will ...") can be long
# the period of an abbreviated month before its day ("said on Feb. 20 that ..."): no clause's end
_MONTH_DOT = "".join(rf"(?<!\b{t}\.)" for t in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                                 "Nov", "Dec"))
# a colon between digits ("at 15:00 on Friday") is a clock's, no clause's end (dates54)
_TOKEN = re.compile(rf"[A-Za-z]+(?:['’][A-Za-z]+)?|{_STOP}(?=\s)(?:{_MONTH_DOT}|(?![ \t]\d))"
                    r"|[;\"“”\n\r]|(?<!\d):|:(?!\d)")
_BOUNDARY = frozenset('.!?;:"“”\n\r')
# "will" and words that put an event ahead ("a potential victory in November")
_WILL = frozenset(
    {"will", "shall", "won't", "upcoming", "coming", "next", "potential", "possible", "likely", "prospective",
     "unlikely"}  # "a deal is unlikely before March" (dfix50)
)
# present tense of a schedule: "Trump, who takes office in January", "the deal expires in December"
_SCHEDULED = frozenset(
    {"takes", "expires", "begins", "starts", "ends", "resumes", "opens", "closes", "arrives", "departs", "lapses",
     "convenes", "kicks", "runs", "falls",  # "the anniversary falls on Oct. 1": a calendar's present (dfix43)
     "goes", "enters"}  # "the rule goes into effect (enters into force) in January" (dfix50)
)  # fmt: skip
_BEFORE_TO = frozenset(
    {"set", "scheduled", "slated", "expected", "poised", "plans", "plan", "planning", "intends", "intend", "aims",
     "going", "about", "is", "are", "am", "hope", "hopes", "aim", "expect", "expects", "want", "wants", "seek",
     "seeks", "wish", "wishes"}
)  # fmt: skip
_BEFORE_FOR = frozenset({"set", "scheduled", "slated", "expected", "planned",  # "set for Friday", "expected on Monday"
                         "aims", "aim"})  # "aims for a deal in February" (dfix50)
# plan words whose "was"/"were" ("had been") tells a plan as past: "were due to start Monday", "was supposed to"
_PLAN_TOLD = _BEFORE_FOR | {"due", "poised", "going", "supposed"}
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_PAST = frozenset(
    {"said", "says", "told", "was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't", "met", "held",
     "made", "took", "gave", "came", "went", "began", "spoke", "wrote", "sent", "left", "rose", "fell", "saw",
     "won", "lost", "paid", "sought", "brought", "struck", "became", "broke", "led", "got", "flew", "ran", "fled",
     "stood", "shot", "chose", "drew", "grew", "threw", "hit", "cut", "quit", "ago",
     # more irregular past forms that are no present and no noun ("fought for", "kept", "knew"): mendd67's xfails
     "fought", "kept", "felt", "heard", "meant", "thought", "knew", "taught", "caught", "swore", "drove", "forgot",
     "understood", "withdrew", "froze", "shook", "woke", "sank", "stole", "blew", "dealt", "lent", "bent",
     # and more that are no present and no noun ("withheld its payment in March", "laid off 40 guards"): date69
     "withheld", "upheld", "laid", "bought", "oversaw", "overtook", "undertook", "foresaw", "arose", "slid", "swung",
     "sprang", "forgave", "slept"}
)  # fmt: skip
# past forms that are no participle ("was", "went", "took"): after "and" a finite verb of its own, which keeps its
# past ("will be reviewed by parliament and was rejected by the committee in October": dfix42), not a participle
# joined to a passive before it (:func:`_passive_before`)
_PRETERITES = frozenset(
    {"was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't", "took", "gave", "came", "went", "began",
     "spoke", "wrote", "rose", "fell", "saw", "became", "broke", "flew", "ran", "chose", "drew", "grew", "threw",
     "swore", "drove", "froze", "shook", "woke", "sank", "stole", "blew", "forgot", "withdrew", "arose", "sprang",
     "forgave", "oversaw", "overtook", "undertook", "foresaw", "knew"}
)  # fmt: skip
# the irregular past forms mendd67 and date69 added that are their past participles too: after a determiner an
# adjective ("the withheld payment", "the bought weapons", "a kept promise"), as a regular "-ed" is (mendfd72)
_PAST_ADJECTIVES = frozenset(
    {"withheld", "upheld", "laid", "bought", "slid", "swung", "slept", "fought", "kept", "felt", "heard", "meant",
     "thought", "taught", "caught", "dealt", "lent", "bent", "understood"}
)  # fmt: skip
_NOT_VERB_ED = frozenset(
    {"need", "feed", "speed", "seed", "indeed", "proceed", "exceed", "succeed", "breed", "bleed", "hundred",
     "embed", "red", "bed", "shed", "wed", "united", "related", "unrelated", "armed", "unprecedented",
     "sophisticated", "concerted", "heightened", "skilled"}
)  # fmt: skip
# Participles that name or describe a noun ("the deal, known as the SMA"): no tense of their own.
_PARTICIPLES = frozenset({"called", "named", "dubbed", "known", "titled", "labeled", "labelled", "termed"})
# a subject pronoun or "has"/"have" right before one of them makes it a past verb ("He called it a deal in March")
_FINITE_BEFORE = frozenset({"he", "she", "they", "we", "i", "who", "has", "have", "had"})
# "could be forced ... in April"; "would" is the future of a past report ("said they would meet in late February")
_MODALS = frozenset(
    {"could", "would", "may", "might", "should", "must", "can", "cannot", "couldn't", "wouldn't", "can't"}
)
_WAS = frozenset({"was", "were", "wasn't", "weren't"})
_WILL_HAVE = frozenset({"will", "shall", "won't", "won’t"})  # before "have" and a participle: the future perfect
_NON_FINITE_BE = frozenset({"be", "being"})  # "will be held", "is being paid": the tense is told before them
# a condition or time clause whose present tense means the future ("if he wins in November", "no matter who wins
# the election on Tuesday"); "who", "what", "whether" only after "no matter"
_CONDITIONAL = frozenset({"if", "unless", "once", "whoever", "whichever", "when", "who", "what", "whether"})
_AFTER_MATTER = frozenset({"who", "what", "whether"})
# the same verbs after a plural subject: "Talks resume Thursday", "they begin in March"
_SCHEDULED_BASE = frozenset({"take", "expire", "begin", "start", "end", "resume", "open", "close", "convene", "lapse",
                             "meet", "hold", "head", "leave", "visit", "travel", "fly", "host", "gather", "last",
                             "continue", "run", "vote", "elect", "come",  # "elections come on April 10" (dfix41)
                             # "The envoys arrive in Seoul on Monday", "Talks conclude Friday" (dfix50)
                             "arrive", "depart", "land", "conclude", "wrap", "reconvene", "testify", "attend", "kick",
                             "tour", "go", "enter", "await"})  # "rules go into effect in January" (dfix50)
# the present of a trip or meeting, a plan when a date follows ("The president heads to Tokyo on Sunday", "The
# ministry holds a briefing Friday"), after a subject: not after a determiner ("his visits in May": a noun)
_PLANNED_PRESENT = frozenset({"heads", "leaves", "holds", "meets", "visits", "flies", "travels", "hosts", "gathers",
                              "lasts", "continues", "returns", "votes", "elects",  # "Korea votes Wednesday": dfix41
                              # "The president lands in Busan on Thursday", "The minister testifies Monday" (dfix50)
                              "lands", "concludes", "wraps", "reconvenes", "testifies", "attends", "tours",
                              # "The bill awaits a vote in February", "Seoul mulls a visit in May" (dfix50)
                              "awaits", "mulls", "weighs", "considers", "proposes",
                              # "Kessel retires in March", "Kim steps down in May", "Seoul chairs the forum in June"
                              "retires", "resigns", "steps", "chairs", "presides"})  # (date48b)
_BE_PRESENT = frozenset({"is", "are", "am", "'s"})
_PRESENT_PASSIVE = frozenset({"held"})  # "elections are held Wednesday" (dfix43)
# a calendar's present participle after its noun ("with Christmas falling on Wednesday"): the date ahead (dfix43)
_CALENDAR_ING = frozenset({"falling"})
_NOT_PLURAL = frozenset(
    {"this", "thus", "was", "has", "does", "is", "its", "his", "hers", "yours", "ours", "theirs", "as", "us", "plus",
     "less", "unless", "across", "always", "perhaps", "sometimes", "news", "yes", "whereas", "nevertheless"}
)  # fmt: skip
_TENSE_WORDS = _WILL | _SCHEDULED | _BEFORE_TO | _PAST | _MODALS | _CONDITIONAL | _SCHEDULED_BASE | _PLANNED_PRESENT
_UNDER_WAY = frozenset({"underway", "ongoing", "open", "closed", "suspended", "running", "continuing"})
_SPAN_ENDS = frozenset({"until", "through", "till"})
# verbs after a reduced "due to" ("the deal, due to expire on Dec. 31"): a schedule, not a cause ("due to the storm")
_DUE_VERBS = frozenset({"expire", "end", "begin", "start", "take", "resume", "open", "close", "lapse", "meet", "hold",
                        "be", "conclude", "sign", "finish", "arrive", "return", "visit", "leave", "run", "vote",
                        "retire", "launch", "convene"})
_IMMINENT = frozenset({"verge", "brink"})  # "are on the verge of", "is on the brink of": see :func:`_imminent`
_TENSE_WORDS |= _IMMINENT
_TENSE_WORDS |= {"due", "won’t", "wasn’t", "weren’t", "hadn’t", "didn’t", "couldn’t", "wouldn’t", "can’t"}
_TENSE_ENDINGS = ("ed", "'ll", "’ll", "ing")
# the articles, possessives and demonstratives that open a noun phrase ("the deal", "its visits", "those talks")
_NOUN_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})
_DETERMINERS = _NOUN_OPENERS | {"newly", "long", "so", "well", "much", "more", "most", "any", "some"}


_NEXT_ADJ = frozenset({"next", "coming", "upcoming"})
_PERIOD_NOUNS = frozenset({"year", "month", "week", "decade", "quarter"})


_TOPIC_OF = frozenset({"on", "over", "about", "toward", "towards", "regarding"})  # "talks on the next deal": a topic


def _topic_next(words: list[str], i: int) -> bool:
    """Return whether "next"/"coming" ``words[i]`` opens the topic of a preposition ("opened talks on the next
    cost-sharing deal", "a dispute over the next accord"): an adjective of the noun talked about, which tells no
    event ahead for the clause's date.

    >>> _topic_next("talks on the next deal in".split(), 3), _topic_next("the next round in".split(), 1)
    (True, False)
    """
    return i >= 2 and words[i - 1].lower() == "the" and words[i - 2].lower() in _TOPIC_OF and \
        words[i].lower() in _NEXT_ADJ


def _names_period(words: list[str], i: int) -> bool:
    """Return whether "next"/"coming" ``words[i]``, after "the", names a calendar period ("the next fiscal year",
    "the coming year", a count of them: "over the next five years", date64): a noun phrase of time, which tells no
    event ahead for a date after it.

    >>> _names_period("for the next fiscal year in".split(), 2), _names_period("the next round in".split(), 1)
    (True, False)
    >>> _names_period("over the next five years to".split(), 2), _names_period("the next two rounds".split(), 1)
    (True, False)
    """
    if words[i].lower() not in _NEXT_ADJ or i == 0 or words[i - 1].lower() != "the":
        return False
    if _topic_next(words, i):
        return True  # "talks on the next deal": the topic, no time ahead
    nxt = [w.lower() for w in words[i + 1 : i + 3]]
    counted = len(nxt) == 2 and _count(nxt[0]) is not None and nxt[1].removesuffix("s") in _PERIOD_NOUNS
    return bool(nxt) and (nxt[0] in _PERIOD_NOUNS or (nxt[0] == "fiscal" and nxt[1:] == ["year"]) or counted)


def _prev_unnegated(words: list[str], i: int) -> str:
    """Return the word before ``words[i]``, lowercased, past a "not", a negated "be" as the "be" ("is not expected",
    "isn't expected until May": as "is expected", dfix50).

    >>> _prev_unnegated("it is not expected".split(), 3), _prev_unnegated("it isn't expected".split(), 2)
    ('is', 'is')
    """
    k = i - 2 if i >= 2 and words[i - 1].lower() == "not" else i - 1
    prev = words[k].lower().replace("’", "'") if k >= 0 else ""
    return _NEGATED_BE.get(prev, prev)


def _tense_of(words: list[str], i: int) -> str | None:
    """Return "future", "past" or None: what ``words[i]``, read with its neighbours, says of the tense.

    >>> _tense_of(["is", "set", "to"], 1), _tense_of(["Kim", "met"], 1), _tense_of(["the", "planned"], 1)
    ('future', 'past', None)
    >>> _tense_of(["were", "scheduled", "to"], 1), _tense_of(["they", "would", "meet"], 1)
    ('past', 'future')
    >>> _tense_of(["a", "deal", "is", "expected"], 3), _tense_of(["a", "deal", "was", "expected"], 3)  # a date next
    ('future', 'past')
    >>> _tense_of(["He", "called", "it"], 1), _tense_of(["the", "deal", "called", "the"], 2)
    ('past', None)
    >>> _tense_of(["Seoul", "bought", "jets"], 1), _tense_of(["The", "bought", "jets"], 1)
    ('past', None)
    """
    w = words[i].lower()
    if w not in _TENSE_WORDS and not w.endswith(_TENSE_ENDINGS):
        return None  # most words: no need to look at the neighbours
    w = w.replace("’", "'")
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    prev = _prev_unnegated(words, i)
    if (w in _WILL and not _names_period(words, i)) or w in _SCHEDULED or w.endswith("'ll") or _launch_ahead(words, i):
        return "future"  # not "approved the budget for the next fiscal year in December": a period, no event ahead
    if w in _SCHEDULED_BASE:
        if _adverb_last(w, nxt) or _aspect_verb(w, nxt):
            return None  # "the two sides last met in March": the adverb, not the verb "last"
        return "future" if _plural_subject(prev, words[i]) or _modified_subject(words, i) else None
    if w in _PLANNED_PRESENT or w.endswith("ing"):
        return _present_plan(words, i)
    if w in _IMMINENT:
        return _imminent(words, i)
    if (w in _BE_PRESENT or w in _STAYS) and _is_until(words[i + 1 :]):
        return "future"  # "The deadline is Friday", "The summit is on Friday", "Esper is in Seoul until Friday"
    if w in _CONDITIONAL:
        return "future" if (w not in _AFTER_MATTER or prev == "matter") and _present_after(words, i) else None
    if w in _MODALS and words[i] != "May":  # "could be forced ... in April"; not the month
        obliged = nxt == "have" and i + 2 < len(words) and words[i + 2] == "to"  # "would have to furlough": ahead
        return "past" if nxt in {"have", "not've"} and not obliged else "future"
    if _present_ahead(words, i, w, nxt):
        return "future"  # "is underway through Thursday", "is up for renewal", "Seoul signs the deal in March"
    if (planned := _plan_tense(words, i, w, nxt, prev)) is not None:
        return planned
    # "from being furloughed on April 1", "being placed on leave Wednesday", "wants the deal concluded in July": ahead
    if (prev == "being" and (_prevented(words, i) or _progressive_passive(words, i))) or _desired_result(words, i) \
            or _expected_or_done_ahead(words, i):
        return "future"
    if (w in _SAME_PAST and _base_form(prev)) or _joined_participle(words, i):
        return None  # "to put", "will cut": the base form; "will be signed ... and sent": the tense is told before it
    if w in _PAST or w in _SAME_PAST:
        if w in _PAST_ADJECTIVES and prev in _DETERMINERS:
            return None  # mendfd72: "the bought weapons arrive", "the withheld payment": an adjective, as "the planned"
        return None if prev in _NON_FINITE_BE or prev in _BE_PRESENT or _currency_won(w, prev) else "past"  # "be held"
    if (w in _PARTICIPLES and prev in _FINITE_BEFORE) or _fronted_participle(words, i):
        return "past"  # "He called it a fair deal in March"; "Submitted to parliament Friday, the bills ...": dfix42
    if w in _PARTICIPLES or (nxt == "by" and w not in _PAST):
        return None  # "the deal, called the SMA, ...", "workers employed by USFK": no tense of their own
    if len(w) > 3 and w.endswith("ed") and words[i].islower() and w not in _NOT_VERB_ED:
        if prev in _DETERMINERS or prev in _BE or _object_adjective(words, i) or _after_preposition(words, i):
            return None  # "the planned talks", "will be signed", "could face renewed pressure"
        return "past"
    return None


# --- dates50: verbs _tense_of read too little of (guard49's DATE xfails) -------------------------------------
# the present of a launch or a reopening told with no object, right before its date ("The rocket launches on
# Friday", "The base reopens in March"): a schedule, as "opens" is; with an object it may be a press release's own
# news ("The Society launches a campaign": see :data:`_ACT_PRESENT`), and "launches" may be a plural noun ("missile
# launches on Friday drew ...", "conducted missile launches on Friday"): read as the verb only with no verb before it
# in its clause (:func:`_verb_before`) and its date ending the sentence (:func:`_noun_verb_last` in `clause_tense`)
_LAUNCH_PRESENT = frozenset({"launches", "reopens"})
_NOUN_TOO_PRESENT = frozenset({"launches"})  # of them, those that are plural nouns too
_SENTENCE_CLOSE50 = re.compile(r"[ \t]{0,2}[.!?]")  # a date that ends its sentence ("The rocket launches on Friday.")
_TENSE_WORDS |= _LAUNCH_PRESENT


def _launch_ahead(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a present of :data:`_LAUNCH_PRESENT` after its subject and right before its
    date, with no object: a schedule ahead.

    >>> [_launch_ahead(s.split(), 2) for s in ("The rocket launches", "the base reopens", "Its new launches",
    ...                                        "Kim launches a")]
    [True, True, False, False]

    "launches" after a verb of its clause is a noun ("Seoul conducted missile launches on Friday"):

    >>> _launch_ahead("Seoul conducted missile launches".split(), 3)
    False
    """
    w = words[i].lower()
    if w not in _LAUNCH_PRESENT or not words[i].islower() or i + 1 != len(words) or i == 0:
        return False
    prev = words[i - 1].lower()
    if w in _NOUN_TOO_PRESENT and _verb_before(words, i):
        return False  # "North Korea conducted missile launches on Friday", "two failed launches": a noun
    return prev not in _DETERMINERS and prev not in _PREPOSITIONS and prev not in _BOUNDARY and \
        not prev.endswith(("'s", "’s")) and prev not in _ADJECTIVE_BEFORE_NOUN


def _verb_before(words: list[str], i: int) -> bool:
    """Return whether a word before ``words[i]``, back to a clause mark, tells a tense (:func:`_tense_of`), ends in
    "-ed", is a form of "be" or a present after a plural subject ("Tensions rise"), a preposition ("after", "amid"),
    a number or a determiner past the clause's first word (:func:`_noun_marks`): then ``words[i]`` is no verb of its
    clause's subject but a noun (an object, a noun after a participle or a preposition).

    >>> _verb_before("Seoul conducted missile launches".split(), 3), _verb_before(". The rocket launches".split(), 3)
    (True, False)
    >>> _verb_before("Tensions rise missile launches".split(), 3), _verb_before("Japan tracks the launches".split(), 3)
    (True, True)
    """
    for k in range(i - 1, -1, -1):
        if words[k] in _BOUNDARY:
            return False
        first = k == 0 or words[k - 1] in _BOUNDARY
        if words[k].lower().endswith("ed") or _tense_of(words, k) is not None or _noun_marks(words, k, first):
            return True
    return False


_NOUN_PREPOSITIONS50 = frozenset({"amid", "over", "despite", "among", "about"})  # with :data:`_PREPOSITIONS`


def _noun_marks(words: list[str], k: int, first: bool) -> bool:
    """Return whether ``words[k]`` (``first``: it opens its clause) marks a "launches" after it as a noun: a form of
    "be", a preposition, a number, a determiner not opening the clause, or a present verb after a plural subject.

    >>> [_noun_marks(w.split(), 1, False) for w in ("Seoul is", "with two", "Seoul the", "Tensions rise",
    ...                                             "Karvo ferry")]
    [True, True, True, True, False]
    """
    w = words[k].lower()
    if w in _BE or w in _PREPOSITIONS or w in _NOUN_PREPOSITIONS50 or _count(w) is not None:
        return True
    if w in _DETERMINERS and not first:
        return True
    return k > 0 and words[k].isalpha() and words[k].islower() and not w.endswith("s") \
        and _plural_subject(words[k - 1].lower(), words[k])


# adjectives that put a "launches" after them as a noun ("its new launches", "two recent launches")
_ADJECTIVE_BEFORE_NOUN = frozenset({"new", "recent", "latest", "last", "first", "next", "two", "three", "several",
                                    "many", "more", "repeated"})


def _noun_verb_last(before: list[str]) -> bool:
    """Return whether the last tense word of ``before`` (a date's clause read back) is a present that may be a plural
    noun (:data:`_NOUN_TOO_PRESENT`: "North Korea's missile launches on Friday drew ..."): unless the date ends the
    sentence, the words after it then tell the clause's time (`clause_tense`).

    >>> _noun_verb_last("The missile launches".split()), _noun_verb_last("The rocket opens".split())
    (True, False)
    """
    for j in range(len(before) - 1, -1, -1):
        if before[j] in _BOUNDARY or _tense_of(before, j) is not None:
            return before[j].lower() in _NOUN_TOO_PRESENT
    return False


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
    if way is None and not future:
        return None  # the past, no tense told: often a game's half ("trailed at the end of the first half")
    end = next(e for e in (_months(y, first, n).hi for y in (pub.year, pub.year + 1)) if e >= pub)
    if (m["ethe"] or way == "was to") and end.year != pub.year:
        return None  # "of the year", "was to be signed by": this year's end, if still to come
    return Range(end, end, "relative")


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
                and not future:
            return None  # "Sales rose by the end of the quarter": a past told with no year
        end = _months(pub.year, first, 3).hi
        return Range(end, end, "relative")
    step = {"this": 0, "last": -1, "next": 1}[(m["qwhich"] or "this").lower()]
    lo = _add(dt.date(pub.year, first, 1), "month", 3 * step)
    return Range(*_months(lo.year, lo.month, 3), "relative")


def _present_ahead(words: list[str], i: int, w: str, nxt: str) -> bool:
    """Return whether the present ``words[i]`` (``w``, lower case; ``nxt`` the word after it) tells of what lies
    ahead: "is underway through Thursday" (a span running to a day ahead), "is up for renewal in March" (date48b;
    :func:`_up_for_ahead`),
    the present of an act before its object ("Seoul signs the deal in March": :func:`_act_ahead`, date48b).

    >>> cases = ("the pact is up for renewal", "the talks is underway through", "Dravo Seoul signs the deal",
    ...          "he is up early", "imports are up for a second")
    >>> [_present_ahead(c.split(), 2, c.split()[2].lower(), c.split()[3]) for c in cases]
    [True, True, True, False, False]
    """
    if w in _BE_PRESENT:
        if nxt == "up":
            return _up_for_ahead(words[i + 2 : i + 6])
        return len(words) == i + 3 and nxt in _UNDER_WAY and words[i + 2] in _SPAN_ENDS
    return w in _ACT_PRESENT and _act_ahead(words, i, nxt)


# what a thing "is up for" that still lies ahead ("up for renewal", "up for a vote"); not a run of gains ("are up for
# a second straight month", "up for a third session": a rise told now, mendd48)
_UP_FOR_AHEAD = frozenset({"renewal", "re", "reelection", "election", "vote", "review", "negotiation",
                           "negotiations", "debate", "discussion", "grabs"})  # "re": "re-election", split at its hyphen


def _up_for_ahead(after: list[str]) -> bool:
    """Return whether ``after`` (the words after "is/are up") reads "for" a step still ahead ("for renewal", "for a
    vote"; :data:`_UP_FOR_AHEAD`), not "for a second straight month" (mendd48).

    >>> [_up_for_ahead(c.split()) for c in ("for renewal in", "for a vote", "for re election", "for a second", "early")]
    [True, True, True, False, False]
    >>> [_up_for_ahead(c.split()) for c in ("for a final vote", "for grabs in", "for a second straight month")]
    [True, True, False]
    """
    words = [w.lower() for w in after]
    k = 2 if words[1:2] in (["a"], ["an"]) else 1  # "for a vote": the noun after the article
    nouns = words[k : k + 2] if k == 2 else words[k : k + 1]  # "for a final vote": one adjective past the article
    return words[:1] == ["for"] and any(w in _UP_FOR_AHEAD for w in nouns)


def _fronted_participle(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a past participle opening its sentence before a preposition ("Submitted to the
    parliament Friday, the two bills aim ...", "Approved by the cabinet on Tuesday, the budget goes ..."): a phrase
    of what was done to the subject, past, though its capital hid the "-ed" (dfix42). Not a plan word ("Scheduled for
    Friday, the talks ...": ahead), nor a name ("Ted in Seoul").

    >>> _fronted_participle("Submitted to the".split(), 0), _fronted_participle(". Signed in Seoul".split(), 1)
    (True, True)
    >>> _fronted_participle("Scheduled for Friday".split(), 0), _fronted_participle("Kim submitted to".split(), 1)
    (False, False)
    """
    w, nxt = words[i].lower(), words[i + 1].lower() if i + 1 < len(words) else ""
    opening = words[i][:1].isupper() and (i == 0 or words[i - 1] in _BOUNDARY)
    return opening and len(w) > 5 and w.endswith("ed") and w not in _NOT_VERB_ED and w not in _PLAN_TOLD \
        and nxt in _PREPOSITIONS


def _joined_participle(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` after "and" is a participle joined to a passive before it (:func:`_passive_before`),
    with no tense of its own; a past form that is no participle (:data:`_PRETERITES`: "and was rejected", "and went")
    is a finite verb of its own, which keeps its past (dfix42).

    >>> _tense_of("It will be signed and was".split(), 5), _tense_of("It will be signed and sent".split(), 5)
    ('past', None)
    """
    return i > 0 and words[i - 1].lower() == "and" and words[i].lower() not in _PRETERITES and _passive_before(words, i)


def _passive_before(words: list[str], i: int) -> bool:
    """Return whether the verb ``words[i]`` after "and" is a participle joined to a passive before it in its clause
    ("will be signed in mid-January and sent to the Assembly in February"): it has no tense of its own, the first
    verb's auxiliary tells it (dfix41); looked for within ``_JOINED_BACK`` words, not past a clause's end.

    >>> w = "The deal will be signed in January and sent".split()
    >>> _passive_before(w, len(w) - 1), _passive_before("Kim met Lee in May and sent".split(), 5)
    (True, False)
    """
    for j in range(i - 2, max(0, i - _JOINED_BACK) - 1, -1):
        if words[j] in _BOUNDARY:
            return False
        if words[j].lower() in _BE and j + 2 < i and words[j + 1].islower() and _can_tell(words[j + 1]):
            return True
    return False


_JOINED_BACK = 12  # words read back from a verb after "and" for the passive it is joined to


def _after_preposition(words: list[str], i: int) -> bool:
    """Return whether the "-ed" word ``words[i]`` stands between a preposition and a lower-case noun ("concerns about
    prolonged tensions until the end of the year", "amid renewed pressure"): an adjective, no past verb.

    >>> [_after_preposition(s.split(), 2) for s in ("concerns about prolonged tensions", "fears of increased costs")]
    [True, True]
    >>> [_after_preposition(s.split(), 2) for s in ("the talks stalled in", "talks about ended the", "it about ended")]
    [False, False, False]
    """
    if i < 1 or i + 1 >= len(words) or words[i - 1].lower() not in _PREPOSITIONS | {"about", "amid"}:
        return False
    nxt = words[i + 1]
    return nxt.isalpha() and nxt.islower() and nxt not in _DETERMINERS and nxt not in _PREPOSITIONS


# words after which a verb is in its base form ("to furlough", "could face", "will hire"): the verb's object follows
_BASE_VERB_BEFORE = _MODALS | {"to", "will", "shall", "won't", "won’t"}
# base verbs after which an "-ed" word is a participle of their own ("to have signed", "will be held", "get paid")
_AUX_BASE = frozenset({"have", "be", "get", "become", "seem", "appear", "remain", "stay", "feel", "look", "sound"})


def _object_adjective(words: list[str], i: int) -> bool:
    """Return whether the "-ed" word ``words[i]`` opens the object of a verb in its base form right before it,
    after "to", "will" or a modal, and a noun follows it ("could face renewed pressure", "to furlough appropriated
    fund employees", "will hire trained staff"): an adjective, no past verb. Not after "have", "be" ("to have
    signed"), nor before a determiner or a preposition ("to leave, ended the talks", "to hand signed in March"), nor
    after a bare "to" when no finite verb stands before it in the clause (:func:`_finite_before`): then the "-ed"
    word is the clause's verb ("Workers hoping to return filed complaints", "Negotiators set to meet exchanged
    drafts"; mendd77).

    >>> [_object_adjective(s.split(), 2) for s in ("could face renewed pressure", "to have signed deals",
    ...                                             "to leave ended the", "Kim faced renewed pressure")]
    [True, False, False, False]
    >>> [_object_adjective(s.split(), 4) for s in ("Kim wants to sign revised terms", "Kim hoping to return filed it")]
    [True, False]
    """
    if i < 2 or i + 1 >= len(words) or words[i - 2].lower() not in _BASE_VERB_BEFORE:
        return False
    verb, nxt = words[i - 1], words[i + 1]
    if not (verb.isalpha() and verb.islower()) or verb in _AUX_BASE or verb in _BE:
        return False
    if words[i - 2].lower() == "to" and not _finite_before(words, i - 2):
        return False
    return nxt.isalpha() and nxt.islower() and nxt not in _DETERMINERS and nxt not in _PREPOSITIONS


# finite forms of "be", "have", "do": a finite verb wherever they stand ("Tarven is expected to sign revised terms")
_FINITE_AUX = frozenset({"is", "are", "am", "was", "were", "'s", "has", "have", "had", "does", "do", "did"})
_FINITE_REACH = 10  # words at most read back from a "to" for a finite verb of its clause


def _finite_before(words: list[str], k: int) -> bool:
    """Return whether a finite verb stands before ``words[k]`` in its clause: a finite "be", "have" or "do", a verb
    that tells a tense (:func:`_tense_of`) other than a reduced plan participle ("Negotiators set to meet", "talks
    due to start": no "be" before it), or a present in "-s" right before ``k`` ("Oskel needs to hire"). Not "hoping",
    "unable", "unwilling" (no verb at all).

    >>> [_finite_before(s.split(), 2) for s in ("Kim wants to", "Oskel needs to", "Officials hope to", "Kim is set")]
    [True, True, True, True]
    >>> [_finite_before(s.split(), 2) for s in ("Workers hoping to", "Negotiators set to", "Guards unable to")]
    [False, False, False]
    """
    prev = words[k - 1].lower() if k > 0 else ""
    if prev.endswith("s") and not prev.endswith(("ss", "us", "is")) and words[k - 1].islower() \
            and prev not in _NOT_PRESENT and _tense_of(words, k - 1) is None:
        return True  # "needs to", "tries to": a present that tells no tense of its own
    for j in range(k - 1, max(-1, k - 1 - _FINITE_REACH), -1):
        w = words[j].lower()
        if words[j] in _BOUNDARY:
            return False
        if w in _FINITE_AUX or w in _MODALS or w in _WILL:
            return True
        if w in _PLAN_TOLD and _aux_before(words, j) not in _BE:
            continue  # "Negotiators set to meet", "talks due to start": a participle
        if w.endswith("ed") and words[j].islower() and w not in _NOT_VERB_ED:
            if j > 0 and words[j - 1].lower() not in _DETERMINERS and words[j - 1].lower() not in _BE:
                return True  # "Workers who wanted to return": a past verb (not read by :func:`_tense_of`, which
            continue  # would ask this function again of the words before it)
        if _tense_of(words, j) is not None:
            return True
    return False


_EXPECTED_PLACE = frozenset({"in", "at", "back", "home"})  # "is expected in Seoul (on Tuesday)" (date48b)


def _plan_tense(words: list[str], i: int, w: str, nxt: str, prev: str) -> str | None:
    """Return the tense of a plan word ``words[i]`` (``w``; ``nxt`` and ``prev`` its neighbours, lower case) before
    "to"/"for"/"on" or a date ("were scheduled to meet", "is expected in March", "is due to", "due to expire"): a step
    of :func:`_tense_of`, None if ``w`` tells no plan there.

    >>> _plan_tense(["were", "scheduled", "to"], 1, "scheduled", "to", "were")
    'past'
    >>> _plan_tense(["is", "due", "to"], 1, "due", "to", "is"), _plan_tense(["due", "to", "rain"], 0, "due", "to", "")
    ('future', None)
    >>> _plan_tense("Kim is expected in Seoul".split(), 2, "expected", "in", "is")  # a place, then the date
    'future'
    """
    if _plans_object(words, i, nxt, prev) or (w in _PRESENT_PASSIVE and prev in _BE_PRESENT):
        return "future"  # "groups plan a march in May", "elections are held Wednesday": a timetable (dfix43)
    at_date = _right_before_date(words, i) and _aux_before(words, i) in _BE  # "is expected [in March]"
    # "is expected in Seoul on Tuesday", "are expected back in Hanul": a place between the plan word and its date
    at_date = at_date or (w == "expected" and nxt in _EXPECTED_PLACE and _aux_before(words, i) in _BE)
    # not "presented the plan to the president": the noun "plan", then a preposition, no infinitive
    to_verb = nxt == "to" and w in _BEFORE_TO and not _noun_to_someone(words, i)
    if to_verb or ((nxt in {"for", "on", "to"} or at_date) and w in _BEFORE_FOR):
        # "were scheduled to meet on Monday", "had been expected to end in January": a plan told as past, unless a
        # past speech verb reports it ("said the talks were set to resume Friday": the backshift of a plan ahead)
        return "past" if _plan_told_past(words, i) else "future"
    # "were due to start Monday" as "were scheduled to" (a count after it is the plan's: :func:`_past_plan_before`);
    # "struck in February and due to expire on Dec. 31": a reduced "is due to", not "due to rain"
    if w == "due" and (((nxt in {"to", "on", "in", "for", "by"} or at_date) and prev in _BE)
                       or (nxt == "to" and i + 2 < len(words) and words[i + 2] in _DUE_VERBS)):
        return "past" if _plan_told_past(words, i) else "future"
    if w in _BEFORE_FOR and prev in {"has", "have", "'s"} and words[-1].lower() == "for":
        return "future"  # "has scheduled the signing for Monday": a plan still ahead (dfix50)
    return "future" if _wanting_now(words, i, w, prev) else None


# the present of wanting with an object, after its subject ("Seoul wants a deal in March", "the envoy seeks an accord
# by May"): what is wanted lies ahead (dfix50; the base form after a plural subject already read so)
_WANTING_NOW = frozenset({"wants", "seeks"})


def _wanting_now(words: list[str], i: int, w: str, prev: str) -> bool:
    """Return whether ``words[i]`` (``w``, after ``prev``) is the present of a verb of wanting after its subject.

    >>> _wanting_now("Seoul wants a".split(), 1, "wants", "seoul"), _wanting_now("his wants".split(), 1, "wants", "his")
    (True, False)
    """
    if not words[i].islower() or prev in _DETERMINERS or prev in _PREPOSITIONS or prev in _BOUNDARY or not prev:
        return False
    return w in _WANTING_NOW


def _plan_told_past(words: list[str], i: int) -> bool:
    """Return whether the plan word ``words[i]`` is told as past: after "was"/"were" ("were due to start Monday"),
    unless a past speech verb reports it (:func:`_reported_plan`), or after "had been" ("had been set to").

    >>> _plan_told_past("talks were due".split(), 2), _plan_told_past("Kim said talks were due".split(), 4)
    (True, False)
    >>> _plan_told_past("talks had been due".split(), 3), _plan_told_past("talks are due".split(), 2)
    (True, False)
    """
    return (_aux_before(words, i) in _WAS and not _reported_plan(words, i)) or _pluperfect(words, i) \
        or _had_planned(words, i)


# the plans and hopes whose past perfect ("had planned to leave on Wednesday", "had aimed to finish by Friday") tells a
# plan made and then past, as "had hoped to", "had been scheduled to" do (fix51d2); not "has planned", "plans to"
_HAD_PLANNED = frozenset({"planned", "aimed", "scheduled", "expected", "hoped", "intended"})


def _had_planned(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a plan's past participle right after "had" ("had planned", "had originally
    aimed", "they'd expected") or a plan word after "had been" ("had been scheduled"): a plan told in the past
    perfect, its time read as past.

    >>> [_had_planned(s.split(), len(s.split()) - 1) for s in ("Kim had planned", "Kim has planned",
    ...  "Kim had originally aimed", "Kim had met", "talks had been scheduled", "talks had been told")]
    [True, False, True, False, True, False]
    """
    w, had = words[i].lower(), _aux_before(words, i)
    if w in _HAD_PLANNED and (had in _HAD or had.endswith(("'d", "’d"))):
        return True
    return (w in _HAD_PLANNED or w in _PLAN_TOLD) and _pluperfect(words, i)


# a clause after the date that revises a plan told in the past perfect, in the present or the future ("had planned to
# leave on Wednesday but will now stay", "...; he now leaves on Friday", "and still plans to"): the plan may still be
# ahead (fix51d2, mended after review)
_PLAN_REVISED = re.compile(
    r"\b(?:(?:will|would)[ \t]{1,3}(?:now|instead)|now[ \t]{1,3}(?!was\b|this\b|thus\b)[a-z]{1,15}s"
    r"|still[ \t]{1,3}(?:plans?|intends?|hopes?|expects?|aims?|wants?)|(?:is|are)[ \t]{1,3}now"
    r"|(?:has|have)[ \t]{1,3}been[ \t]{1,3}(?:put[ \t]{1,3}off|postponed|delayed|pushed[ \t]{1,3}back|moved))\b"
)


def _plan_revised(text: str, end: int) -> bool:
    """Return whether the sentence goes on, after ``end``, to revise a plan in the present or the future.

    >>> _plan_revised("Kim had planned to go on Monday but will now stay.", 34), _plan_revised("Kim went.", 3)
    (True, False)
    """
    stop = _SENTENCE_END.search(text, end, end + 160)
    return _PLAN_REVISED.search(text, end, stop.end() if stop else min(len(text), end + 160)) is not None


def _had_plan_kept(text: str, end: int, before: list[str], tense: str | None) -> str | None:
    """Return ``tense`` (the first tense of the clause's words ``before`` a date ending at ``end``), or "future" when
    it is "past" only because :func:`_had_planned` read a past-perfect plan and the sentence goes on to revise the plan
    in the present or the future (:data:`_PLAN_REVISED`): main's reading, the plan still ahead.

    >>> t = "Kim had planned to leave on Wednesday but will now stay."
    >>> _had_plan_kept(t, 37, "Kim had planned to leave on".split(), "past")
    'future'
    >>> _had_plan_kept("Kim had planned to leave on Wednesday.", 37, "Kim had planned to leave on".split(), "past")
    'past'
    """
    if tense != "past" or not _plan_revised(text, end):
        return tense
    for j in range(len(before) - 1, -1, -1):
        if before[j] in _BOUNDARY:
            return tense
        if (t := _tense_of(before, j)) is not None:
            main_past = (_aux_before(before, j) in _WAS and not _reported_plan(before, j)) or _pluperfect(before, j)
            w, nxt = before[j].lower(), before[j + 1].lower() if j + 1 < len(before) else ""
            told = t == "past" and _plan_tense(before, j, w, nxt, _prev_unnegated(before, j)) == "past"
            return "future" if told and _had_planned(before, j) and not main_past else tense
    return tense


# past speech verbs: a complement of one backshifts a present plan ("said the talks were set to resume Friday": they
# are, :func:`_reported_plan`, :func:`_trailing_tag`); "speaking on Monday" and the speech rules read them too
_SAID = frozenset({"said", "told", "announced", "stated", "added", "noted", "wrote", "tweeted", "confirmed",
                   "indicated", "revealed", "predicted", "promised", "pledged", "vowed", "warned", "insisted",
                   "claimed", "explained", "suggested", "reported"})
_BACKSHIFT_REACH = 12  # words at most from such a verb to the plan's "was"/"were" ("said that the next round ... were")


_TAG_REACH = 60  # characters at most from a date to the comma of a speech tag after it ("Friday in Hanul, Kim said")
_TAG_SUBJECT = 6  # words at most before a tag's verb ("a senior Oskel defense ministry official said")
_TAG_AFTER = 5  # words at most after it, to its sentence's end ("told reporters on Tuesday", "said Minister Tarven")
_TAG_END = re.compile(rf"{_STOP}(?=[\"”’]?(?:\s|\Z))|[;:\n\r\"“”]")  # where a tag stops (a quote mark: no tag)
# words that open a clause of their own: after the comma they make no tag ("..., but Kim said so", "officials who ...")
_NOT_TAG = frozenset({"and", "but", "or", "so", "then", "yet", "although", "though", "while", "as", "after", "before",
                      "since", "when", "because", "until", "that", "which", "who", "where", "if", "amid", "despite"})


def _trailing_tag(text: str, end: int, hi: int) -> bool:
    """Return whether a speech tag ends the clause of the date ending at ``end`` (``hi``: the end of the text read):
    a comma, a subject of at most ``_TAG_SUBJECT`` words with no tense word or linking word, a past speech verb that
    backshifts (:data:`_SAID`), at most ``_TAG_AFTER`` words with no tense word, then the sentence's end
    ("..., officials said.", "..., said Minister Tarven.", "..., Kim told reporters on Tuesday."). The tag reports the
    clause before it as a speech verb before it does (:func:`_reported_plan`).

    >>> t = "Talks were set to resume Friday, officials said. Talks were set to resume Friday, but Kim said so."
    >>> _trailing_tag(t, 31, len(t)), _trailing_tag(t, t.rindex("Friday") + 6, len(t))
    (True, False)
    >>> t = "Talks were set to resume Friday, officials said it would be delayed."
    >>> _trailing_tag(t, 31, len(t)), _trailing_tag("Talks resume Friday, said Kim.", 19, 30)
    (False, True)
    """
    comma = text.find(",", end, min(hi, end + _TAG_REACH))
    if comma < 0 or _TAG_END.search(text, end, comma):
        return False
    stop = _TAG_END.search(text, comma, min(hi, comma + _WINDOW))
    if stop is None and comma + _WINDOW < hi:
        return False  # the sentence runs on past the window: no tag that ends it
    close = stop.start() if stop is not None else hi
    if stop is not None and stop.group() in _QUOTE_MARKS:
        return False  # '..., officials said "we will see."': no tag
    words = _TOKEN.findall(text, comma + 1, close)
    k = next((j for j, w in enumerate(words[: _TAG_SUBJECT + 1]) if w.lower() in _SAID), None)
    if k is None or len(words) - k - 1 > _TAG_AFTER:
        return False
    return not any(w.lower() in _NOT_TAG or (j != k and _tense_of(words, j)) for j, w in enumerate(words))


def _reported_plan(words: list[str], i: int) -> bool:
    """Return whether the plan word ``words[i]``, told with "was"/"were" ("were scheduled to", "was due to"), is in
    the complement of a past speech verb before it in its clause ("Officials said the talks were scheduled to resume
    Friday"): news English backshifts the present of a plan still ahead there, so the plan keeps its future. The verb
    needs a subject before it (not "the reported talks": an adjective) and the complement one of its own (not "the
    talks, which Kim said were scheduled": a relative clause about the plan tells its own past; mendd77).

    >>> _reported_plan("Kim said the talks were scheduled".split(), 4)
    True
    >>> _reported_plan("the talks were scheduled".split(), 3), _reported_plan("Kim says talks were set".split(), 4)
    (False, False)
    >>> _reported_plan("The reported talks were set".split(), 4), _reported_plan("which Kim said were set".split(), 4)
    (False, False)
    """
    aux = i - 2 if i >= 2 and words[i - 1].lower().endswith("ly") else i - 1  # as :func:`_aux_before` reads it
    for j in range(i - 2, max(-1, i - 2 - _BACKSHIFT_REACH), -1):
        if words[j] in _BOUNDARY:
            return False
        if words[j].lower() in _SAID and j + 1 < aux and _has_subject(words, j):
            return True
    return False


_NO_SUBJECT = frozenset({"as", "and", "or", "but"})  # words right before a verb that leave it no subject of its own


def _has_subject(words: list[str], j: int) -> bool:
    """Return whether a word that can be a subject stands right before the verb ``words[j]``, past one adverb
    ("Kim said", "officials also said"): not a determiner ("the reported talks", "the widely reported talks": an
    adjective), a preposition, "as" or the clause's edge.

    >>> [_has_subject(s.split(), 2) for s in ("- Kim said", "officials also said", "the widely reported", "- as said")]
    [True, True, False, False]
    """
    k = j - 2 if j >= 2 and (words[j - 1].lower().endswith("ly") or words[j - 1].lower() == "also") else j - 1
    if k < 0 or words[k] in _BOUNDARY:
        return False
    w = words[k].lower()
    return w not in _DETERMINERS and w not in _PREPOSITIONS and w not in _NO_SUBJECT


_OUTCOME_JOINERS = frozenset({"and", "but", "yet", "then"})  # join an outcome to a plan ("... Monday but collapsed")


def _outcome_after(text: str, end: int, hi: int) -> bool:
    """Return whether the date ending at ``end`` is followed in its sentence (read to ``hi``, at most ``_WINDOW``
    characters) by a predicate or clause joined by "and"/"but" whose first tense word is a past verb ("... Monday and
    passed easily", "... Monday but collapsed within an hour", "..., and he did arrive that evening"): the outcome of
    a plan, told as past, so the plan's day is past too and no speech verb backshifts it (mendd77). A speech tag's
    verb is passed over ("..., lawmakers said"); after a speech verb in the joined clause only a past perfect tells
    an outcome ("but officials said they had collapsed"); a clause word ("after they stalled", "which") ends it.

    >>> t = "Kim said the vote was set for Monday and passed easily, aides said."
    >>> _outcome_after(t, t.index(" and"), len(t)), _outcome_after(t, t.index(" and"), t.index(" and") + 5)
    (True, False)
    >>> [_outcome_after(s, 0, len(s)) for s in (" with revised terms.", " and will last two days.", ", aides said.",
    ...                                          " and aides said it was near.", " after they stalled.")]
    [False, False, False, False, False]
    """
    words = _TOKEN.findall(text, end, min(hi, end + _WINDOW))
    joined = reported = False
    for j, w in enumerate(words):
        lw = w.lower()
        if w in _BOUNDARY or lw in _LINKS_BACK:
            return False
        if lw in _OUTCOME_JOINERS:
            joined = True
        elif lw in _SPEAKING:
            reported = True
        elif (tense := _tense_of(words, j)) is not None:
            return joined and tense == "past" and (not reported or lw in _HAD)
    return False


# verbs whose past is their base form ("the firm put workers on leave"): past after a subject, the base form after
# "to", a modal or "will"/"did" (:func:`_base_form`)
_SAME_PAST = frozenset({"put", "cut", "hit", "quit"})
# a present of staying before "until" as "is" is ("the pact remains in force until December": ahead; dfix50)
_STAYS = frozenset({"remains", "remain", "stays", "stay"})
_TENSE_WORDS |= _SAME_PAST | _STAYS


def _base_form(prev: str) -> bool:
    """Return whether a verb after ``prev`` (lower case) is its base form, not a past ("to put", "will cut", "did
    hit") or a participle after "be" ("are put on leave": the tense is the verb "be"'s), so that a verb whose past is
    its base form tells no tense of its own there.

    >>> _base_form("to"), _base_form("will"), _base_form("are"), _base_form("firm"), _base_form("has")
    (True, True, True, False, False)
    """
    return prev in _BASE_BEFORE or prev in _WILL or prev in _MODALS or prev in _BE


_BASE_BEFORE = frozenset({"to", "did", "didn't", "does", "doesn't", "do", "don't", "not", "and", "or"})


_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "mn", "bn", "tn"})


def _currency_won(w: str, prev: str) -> bool:
    """Return whether ``w`` is "won" after ``prev`` (both lower case) ending an amount ("84 trillion won", "500
    won"): the currency, no past of "win" (date57).

    >>> _currency_won("won", "trillion"), _currency_won("won", "1,000"), _currency_won("won", "team")
    (True, True, False)
    >>> _currency_won("lost", "trillion")
    False
    """
    return w == "won" and (prev in _SCALE_WORDS or prev[-1:].isdigit())


# present verbs of expecting whose object is an event ahead ("expects a deal in the fourth quarter", "the IMF
# predicts growth in 2026"): a date after the object is the time expected; "expects that ..." opens a clause of its own
_EXPECTING = frozenset({"expects", "expect", "anticipates", "anticipate", "predicts", "predict", "forecasts", "eyes",
                        "targets"})
_TENSE_WORDS |= _EXPECTING
# verbs of providing for a term ("has secured funding through March 31", "has guaranteed pay until June")
_PROVIDED = frozenset({"secured", "guaranteed", "extended", "funded", "approved", "budgeted", "allocated", "reserved",
                       "ensured", "renewed", "earmarked", "appropriated", "aside"})  # "aside": "has set/put aside"
_SETTING_ASIDE = frozenset({"set", "put"})  # "has set aside wages through March": a particle verb of providing
_TENSE_WORDS |= _SETTING_ASIDE


def _provided_ahead(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is the participle of the present perfect of providing for a term that ends the
    words ("has secured funding through", "has set aside wages through"): a provision runs on ahead.

    >>> ahead = _provided_ahead
    >>> ahead("has set aside wages through".split(), 1), ahead("has set up a fund through".split(), 1)
    (True, False)
    >>> ahead("has earmarked funds through".split(), 1), ahead("had paid through".split(), 1)
    (True, False)
    """
    w, prev = words[i].lower(), words[i - 1].lower() if i > 0 else ""
    if w in _SETTING_ASIDE and i + 1 < len(words) and words[i + 1].lower() == "aside":
        w = "aside"
    elif w == "aside":
        return False  # read at its verb
    return w in _PROVIDED and prev in {"has", "have", "'ve", "’ve"} and words[-1].lower() in _SPAN_ENDS


_DATE_PREPOSITIONS = frozenset({"in", "by", "during", "around",  # "is expected in [the fourth quarter]"
                                "until", "till", "before", "after"})  # "is not expected until [Friday]" (dfix50)


def _expected_or_done_ahead(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a present verb of expecting before its object ("The ministry expects a deal
    [in the fourth quarter]"), a participle of the future perfect ("will have met three times [by Friday]") or the
    present perfect of providing for a term ("has secured funding through [March 31]"; not "had paid the workers
    through", "has been closed through"): the date after it is ahead.

    >>> _expected_or_done_ahead("the ministry expects a deal".split(), 2)
    True
    >>> _expected_or_done_ahead("will have met".split(), 2)
    True
    >>> _expected_or_done_ahead("its forecasts".split(), 1), _expected_or_done_ahead("expects that".split(), 0)
    (False, False)
    >>> _expected_or_done_ahead("would have met".split(), 2)
    False
    >>> ahead = _expected_or_done_ahead
    >>> ahead("has secured funds through".split(), 1), ahead("had paid through".split(), 1)
    (True, False)
    """
    w, nxt = words[i].lower(), words[i + 1].lower() if i + 1 < len(words) else ""
    prev = words[i - 1].lower() if i > 0 else ""
    if prev == "have" and i >= 2 and words[i - 2].lower() in _WILL_HAVE:
        return True  # "will have met three times by Friday": done by a time ahead
    if _provided_ahead(words, i):
        return True  # "has secured funding through [March 31]": a term provided for, which runs on ahead
    return w in _EXPECTING and nxt not in {"to", "that"} and prev not in _DETERMINERS and prev not in _BE


_UNTIL_REACH = 4  # words at most between a present "is" and "until" ("is in Tokyo until", "is on hold until")


def _is_until(rest: list[str]) -> bool:
    """Return whether the words after a present "is"/"are" before a date (``rest``) make it a time ahead: none ("The
    deadline is Friday"), or a few words of place or state ending in "until"/"through" ("Esper is in Seoul until
    Friday", "the deal is valid through March") with no verb among them.

    >>> _is_until([]), _is_until("in Tokyo until".split()), _is_until("valid through".split())
    (True, True, True)
    >>> _is_until("the talks".split()), _is_until("said to last until".split())
    (False, False)
    """
    if not rest:
        return True
    head = rest[:-1]
    return rest[-1] in _SPAN_ENDS and len(head) <= _UNTIL_REACH and not any(
        w in _BOUNDARY or w.lower() in _TENSE_WORDS or w.lower().endswith(_TENSE_ENDINGS) for w in head)


def _right_before_date(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is the last word before the date, or before a preposition that the date's words
    leave out ("is expected in [the fourth quarter]"); after a passive, a time expected (not "paid as expected [in
    March]", where no "is" comes before).

    >>> _right_before_date("a deal is expected".split(), 3), _right_before_date("is expected in".split(), 1)
    (True, True)
    >>> _right_before_date("is expected for a".split(), 1)
    False
    """
    return i + 1 == len(words) or (i + 2 == len(words) and words[i + 1].lower() in _DATE_PREPOSITIONS)


_WANTING = frozenset({"want", "wants", "need", "needs", "expect", "expects", "prefer", "prefers", "wish", "wishes"})
_WANTED_OBJECT = 6  # words at most of the object between a verb of wanting and its participle


def _desired_result(words: list[str], i: int) -> bool:
    """Return whether the participle ``words[i]`` follows the object of a present verb of wanting ("Tokyo wants the
    deal concluded", "Seoul needs the budget approved"): a result wished for, not a past verb. The object is a few
    words with no verb or clause mark of their own; the past "wanted" tells a wish already past (no).

    >>> _desired_result("Tokyo wants the deal concluded".split(), 4), _desired_result("He wanted it signed".split(), 3)
    (True, False)
    >>> _desired_result("Seoul wants talks that ended".split(), 4)
    False
    """
    w = words[i].lower()
    if i < 2 or not (w in _PAST or (w.endswith(("ed", "en", "ne")) and words[i].islower())):
        return False
    if _WANTING.isdisjoint(map(str.lower, words[max(0, i - _WANTED_OBJECT - 1) : i - 1])):
        return False  # no verb of wanting where the loop below could take one (most words): a test in C
    for j in range(i - 1, max(-1, i - _WANTED_OBJECT - 2), -1):
        v = words[j].lower()
        if v in _WANTING:
            return j < i - 1
        if v in _BOUNDARY or v in _TENSE_WORDS or v in _BE or v in {"that", "which", "who", "and", "to"} or \
                v.endswith("ed"):
            return False
    return False


def _noun_to_someone(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` ("plan", "aim", "hope") is a noun after a determiner and the "to" after it a
    preposition before a name or a noun phrase ("gave the plan to Kim", "the plan to the president"), not the
    infinitive of "plans to" ("the plan to withdraw troops").

    >>> _noun_to_someone("gave the plan to the president".split(), 2), _noun_to_someone("the plan to cut".split(), 1)
    (True, False)
    """
    if i == 0 or words[i - 1].lower() not in _DETERMINERS or i + 2 >= len(words):
        return False
    after = words[i + 2]
    return after.lower() in _DETERMINERS or (after[:1].isupper() and after.lower() not in {"to", "be"})


def _progressive_passive(words: list[str], i: int) -> bool:
    """Return whether the participle ``words[i]`` closes a present progressive passive ("they're being placed",
    "the talks are being held"): an arrangement under way, whose date is ahead, as the active "are meeting" is.

    >>> _progressive_passive("they're being placed".split(), 2), _progressive_passive("were being held".split(), 2)
    (True, False)
    """
    if i < 2:
        return False
    be = words[i - 2].lower().replace("’", "'")
    pronoun, _, verb = be.partition("'")
    return be in _BE_PRESENT or (verb in {"re", "s"} and pronoun in _PRONOUN_BE)


_PRONOUN_BE = frozenset({"they", "we", "you", "he", "she", "it", "that", "there"})


def _prevented(words: list[str], i: int) -> bool:
    """Return whether the participle ``words[i]`` after "from being" is what an infinitive of prevention before it
    means to stop ("to keep thousands of workers from being furloughed"): an act still to come. A prevention told
    as done ("were spared from being furloughed") has no infinitive and is read as before.

    >>> _prevented("an effort to keep workers from being furloughed".split(), 7)
    True
    >>> _prevented("workers were spared from being furloughed".split(), 5)
    False
    """
    if i < 2 or words[i - 2].lower() != "from":
        return False
    back = [w.lower() for w in words[max(0, i - _PREVENT_REACH) : i - 2]]
    return any(a == "to" and b in _PREVENT for a, b in pairwise(back))


_PREVENT = frozenset({"keep", "stop", "prevent", "spare", "save", "shield", "protect", "bar", "block"})
_PREVENT_REACH = 20  # words read back from "from being ..." for the infinitive of prevention


def _adverb_last(w: str, nxt: str) -> bool:
    """Return whether "last" (``w``) before ``nxt`` is the adverb of a past verb ("the two sides last met", "last
    reached"), not the verb "last" of a plural subject ("the talks last three days").

    >>> _adverb_last("last", "met"), _adverb_last("last", "reached"), _adverb_last("last", "three")
    (True, True, False)

    Nor the adjective of a date: "last" before a singular unit of time, a weekday or a month ("passed the House of
    Representatives last week": dfix42), which names the time, no verb.

    >>> _adverb_last("last", "week"), _adverb_last("last", "wednesday"), _adverb_last("last", "weeks")
    (True, True, False)
    """
    if w != "last":
        return False
    return nxt in _PAST or (len(nxt) > 3 and nxt.endswith("ed") and nxt not in _NOT_VERB_ED) or nxt in _LAST_TIMES


# what "last" names as an adjective before it: a singular unit of time, a weekday, a month ("Representatives last week")
_LAST_TIMES = frozenset({"week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn", "winter",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         *(m.lower() for m in MONTHS)})


#: Verbs of aspect: before "to" and a verb they tell that an action starts or goes on ("the two sides continue to
#: wrangle"), now, not an event set for a date as "the talks continue on Friday" is.
_ASPECT_VERBS = frozenset({"continue", "begin", "start"})


def _aspect_verb(w: str, nxt: str) -> bool:
    """Return whether ``w`` before ``nxt`` is a verb of aspect before an infinitive: the present of an action going on,
    which tells no schedule for a date told before it ("Despite a deal in July, the sides continue to wrangle").

    >>> _aspect_verb("continue", "to"), _aspect_verb("continue", "on"), _aspect_verb("meet", "to")
    (True, False, False)
    """
    return w in _ASPECT_VERBS and nxt == "to"


def _imminent(words: list[str], i: int) -> str | None:
    """Return the tense of "on the verge of" / "on the brink of" at ``words[i]`` (its noun): what is on the verge is
    ahead of the time of the "be" before it ("workers are on the verge of being furloughed on Wednesday": future;
    "were on the brink of collapse in March": past); None without that "be".

    >>> _imminent("workers are on the verge".split(), 4), _imminent("it was on the brink".split(), 4)
    ('future', 'past')
    >>> _imminent("the verge".split(), 1) is None
    True
    """
    if i < 3 or [x.lower() for x in words[i - 2 : i]] != ["on", "the"]:
        return None
    be = words[i - 3].lower().replace("’", "'")
    return "future" if be in _BE_PRESENT else "past" if be in _WAS else None


def _plans_object(words: list[str], i: int, nxt: str, prev: str) -> bool:
    """Return whether ``words[i]`` is "plan"/"plans" with an object after its subject ("Worker groups plan a march
    in the fall", "The federation plans a strike in November"): a plan, the date ahead (dfix43). "plan to" is read as
    a verb before "to" is; "the plans", "Seoul's plans" are nouns.

    >>> _plans_object("Groups plan a march".split(), 1, "a", "groups"), _plans_object("The plans in".split(), 1, "in",
    ...                                                                                   "the")
    (True, False)
    """
    w = words[i].lower()
    if nxt == "to" or w not in {"plan", "plans"} or prev in _TENSE_WORDS or prev.endswith("ed"):
        return False  # "laid plans in March": a noun after a verb
    return _plural_subject(prev, words[i]) if w == "plan" else _present_plan(words, i) == "future"


def _present_plan(words: list[str], i: int) -> str | None:
    """Return "future" if ``words[i]`` is the present of a plan: a verb of a trip or meeting after its subject
    ("The president heads to Tokyo"), or the progressive ("are meeting", "is visiting"; not "is being paid"), else
    None.

    >>> _present_plan("The president heads".split(), 2), _present_plan("his visits".split(), 1)
    ('future', None)
    >>> _present_plan("they are meeting".split(), 2), _present_plan("is being".split(), 1)
    ('future', None)

    An indefinite pronoun or a short noun in -ing after "is" is no progressive ("what is something of a truce", "it
    is king"):

    >>> _present_plan("what is something".split(), 2), _present_plan("he is going".split(), 2)
    (None, 'future')

    "steps" is the verb only before "down"/"aside"/"up"/"back"/"forward", after no count, or before "in" after a name
    ("Kim steps down", "Orla steps in"; "took several steps", "took several steps in": a noun, mendd48, mendr48):

    >>> _present_plan("Kim steps down".split(), 1), _present_plan("took several steps".split(), 2)
    ('future', None)
    >>> _present_plan("Orla steps in".split(), 1), _present_plan("took several steps in".split(), 2)
    ('future', None)
    """
    w, prev = words[i].lower(), _aux_before(words, i)
    if w in _CALENDAR_ING and i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha():
        return "future"  # "with Christmas falling on Wednesday" (dfix43)
    if w.endswith("ing"):
        verb = w != "being" and len(w) > 4 and not w.endswith("thing")
        return "future" if prev in _BE_PRESENT and verb and words[i].islower() else None
    if not words[i].islower() or prev in _DETERMINERS or prev.endswith(("'s", "’s")) or prev in _BOUNDARY:
        return None
    if w == "steps" and not _steps_verb(words, i):
        return None  # "took several steps in March": a noun; "steps down/up/in" is the step a subject takes
    if prev in _PREPOSITIONS or prev == "under":
        return None  # "kept under wraps until Monday", "a ban on visits": a noun after a preposition (dfix50)
    return "future" if prev else None


# the present of an act a subject does to an object ("Seoul signs the deal in March", "the assembly ratifies the pact
# in May"): read ahead only before its object (an article or possessive), for most of these words are also plural
# nouns ("positive signs in March", "mixed reviews on Friday"); "becomes", "assumes" need no object (date48b)
# Not the verbs of a press release's own news ("The Society welcomes the Sunday announcement", "unveils", "releases",
# "launches", "introduces"): their present tells what is done now, about a day that may be past.
_ACT_PRESENT = frozenset({"signs", "submits", "sends", "debates", "reviews", "ratifies", "deploys", "dispatches",
                          "stages", "conducts", "completes", "finalizes", "delivers", "inaugurates", "becomes",
                          "assumes"})
_TENSE_WORDS |= _ACT_PRESENT
_OBJECT_OPENERS = _NOUN_OPENERS | {"another", "office", "power"}


def _act_ahead(words: list[str], i: int, nxt: str) -> bool:
    """Return whether ``words[i]`` (of :data:`_ACT_PRESENT`) is the present of an act after its subject and before
    its object ("Dravo signs the deal", "Kessel becomes minister"): a plan ahead, as "The president heads to Tokyo"
    is; not a noun ("positive signs in", "the reviews of").

    >>> cases = ("Dravo signs the deal", "positive signs in March", "Kessel becomes minister", "the reviews of")
    >>> [_act_ahead(c.split(), 1, c.split()[2].lower()) for c in cases]
    [True, False, True, False]
    """
    if words[i].lower() not in {"becomes", "assumes"} and nxt not in _OBJECT_OPENERS:
        return False
    return _present_plan(words, i) == "future"


def _plural_subject(prev: str, verb: str) -> bool:
    """Return whether ``prev`` (lower case) is a plural subject of the present ``verb`` right after it ("talks
    resume", "they begin"): with a verb of a timetable, the present of a plan ("Talks resume Thursday").

    >>> _plural_subject("talks", "resume"), _plural_subject("the", "end"), _plural_subject("this", "end")
    (True, False, False)
    >>> _plural_subject("which", "resume")
    True
    """
    if not verb.islower():
        return False
    # "the talks, which resume on Friday": a base form after "which"/"who" agrees with a plural antecedent (dfix50)
    return prev in {"they", "we", "which", "who"} or (
        len(prev) > 3 and prev.endswith("s") and prev.isalpha() and prev not in _NOT_PLURAL and not prev.endswith("ss"))


def _joined_subject(words: list[str], i: int) -> bool:
    """Return whether the present ``words[i]`` (a verb of a timetable) follows two names joined by "and" ("Seoul and
    Tokyo resume talks Monday", "Talks between Velsk and Karsk begin Monday"): a plural subject, as "talks" is.

    >>> _joined_subject("Velsk and Karsk resume".split(), 3), _joined_subject("Velsk and the US resume".split(), 4)
    (True, False)
    """
    return i >= 2 and words[i].islower() and words[i - 2].lower() == "and" and words[i - 1][:1].isupper() \
        and words[i - 1].isalpha()


# the timetable verbs seldom a noun, read after a plural subject and a phrase after it (`_modified_subject`); not
# "vote", "visit", "run", "head", "host", "tour" ...: "protests over the parliament vote in March" (a noun)
_VERB_AFTER_PHRASE = frozenset({"begin", "start", "end", "resume", "expire", "convene", "reconvene", "lapse", "meet",
                                "conclude", "arrive", "depart", "gather", "continue", "open", "close", "take"})
# the prepositions that open a phrase after a subject's noun ("talks on the deal", "drills with the navy")
_SUBJECT_PHRASE = frozenset({"on", "over", "with", "between", "for", "of", "from", "among", "about", "in", "at",
                             "to", "under", "toward", "towards"})
_PHRASE_WORDS = 6  # words at most read back from the verb for that phrase's preposition
_NOUN_AFTER_ONE = frozenset({"start", "end", "close"})  # nouns after "a" and one word: "a fresh start", "an abrupt end"


def _modified_subject(words: list[str], i: int) -> bool:
    """Return whether the present ``words[i]`` (a verb of a timetable) follows a plural subject and a short phrase
    after it opened by a preposition ("Talks on the new deal begin in March", "The drills with the navy begin
    Monday", "Talks for the twelfth accord open Friday"): a plural subject, as "talks" right before the verb is
    (date48), or two names joined by "and" (:func:`_joined_subject`). The word before the verb closes a noun phrase
    (no preposition, determiner, "to" or tense word but "start"/"end" after "a/an" and a word: a noun), and
    no tense word (but an adjective after a determiner: "the revised deal") stands in the phrase.

    >>> cases = ("Talks on the new deal begin", "The drills with the navy begin", "Talks on the deal to begin",
    ...          "Kim on the deal begin", "Protests over the parliament vote", "Talks on the revised deal begin",
    ...          "Talks on the deal signed then begin", "Calls for a fresh start", "Talks for a new start begin")
    >>> [_modified_subject(c.split(), len(c.split()) - 1) for c in cases]
    [True, True, False, False, False, True, False, False, True]
    """
    if _joined_subject(words, i):
        return True  # "Talks between Velsk and Karsk begin Monday"
    if i < 3 or not words[i].islower() or words[i] not in _VERB_AFTER_PHRASE:
        return False
    if words[i] in _NOUN_AFTER_ONE and words[i - 2].lower() in {"a", "an"}:
        return False  # "Calls for a fresh start in May grew": a noun after an article and its adjective (mendd48)
    last = words[i - 1].lower()
    noun = last in _NOUN_AFTER_ONE and words[i - 3].lower() in {"a", "an"}  # "Talks for a new start begin" (mendr48)
    if last in _SUBJECT_PHRASE or last in _DETERMINERS or (last in _TENSE_WORDS and not noun) \
            or not last.replace("-", "").isalnum():
        return False
    for k in range(i - 2, max(0, i - 2 - _PHRASE_WORDS), -1):
        w = words[k].lower()
        if w in _SUBJECT_PHRASE and _plural_subject(words[k - 1].lower(), words[i]) \
                and words[k - 1].lower() not in {"they", "we", "which", "who"}:
            return True
        if w in _BOUNDARY or w in {"that", "which", "who"} or ((w in _TENSE_WORDS or w.endswith("ed"))
                                                              and words[k - 1].lower() not in _DETERMINERS):
            return False  # a verb ends the phrase; "the revised deal": an adjective
    return False


_HAD = frozenset({"had", "hadn't", "hadn’t"})


# a negated "be" as the auxiliary it negates ("a ruling isn't expected until May": "is expected", dfix50)
_NEGATED_BE = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were"}


# nouns in "-ly" that are no adverb before a verb ("the assembly ratifies", "the ally signs"; date48b)
_LY_NOUNS = frozenset({"assembly", "ally", "family", "supply", "rally", "reply", "tally", "anomaly", "monopoly"})


_STEPS_PARTICLES = frozenset({"down", "aside", "up", "back", "forward"})
_STEPS_COUNTS = frozenset({"several", "few", "many", "two", "three", "four", "first", "next", "last", "further", "new",
                           "small", "big", "major", "concrete", "bold", "initial", "key", "such", "other", "these",
                           "take", "takes", "took", "taken", "taking", "its", "their", "his", "her", "the"})
# (a verb of taking or a determiner before "steps" makes it the noun: "took steps forward in March"; review48c)


def _steps_verb(words: list[str], i: int) -> bool:
    """Return whether "steps" at ``words[i]`` is the verb a subject takes: before "down"/"aside"/"up"/"back"/
    "forward" after no count or adjective of steps ("Seoul steps up patrols", not "took several steps up"), or before
    "in" after a name ("Kessel steps in as chair"); else a noun ("took concrete steps in March"; mendd48, mendr48).

    >>> [_steps_verb(t.split(), 1) for t in ("Seoul steps up", "Kessel steps in", "several steps in", "few steps",
    ...                                      "took steps forward")]
    [True, True, False, False, False]
    """
    nxt, before = (words[i + 1].lower() if i + 1 < len(words) else ""), (words[i - 1] if i else "")
    if nxt == "in":
        return before[:1].isupper() and before.isalpha()
    return nxt in _STEPS_PARTICLES and before.lower() not in _STEPS_COUNTS and not before[:1].isdigit()


def _aux_before(words: list[str], i: int) -> str:
    """Return the word before ``words[i]``, past one adverb in "-ly" ("were originally scheduled to") or a "not"
    ("is not expected until May", dfix50), lowercased; a negated "be" is the "be" it negates.

    >>> _aux_before("talks were originally scheduled".split(), 3), _aux_before("talks were set".split(), 2)
    ('were', 'were')
    >>> _aux_before("a ruling is not expected".split(), 4), _aux_before("a ruling isn't expected".split(), 3)
    ('is', 'is')
    >>> _aux_before("the assembly ratifies".split(), 2), _aux_before("Korea Daily reports".split(), 2)  # nouns
    ('assembly', 'daily')
    """
    before = words[i - 1] if i >= 1 else ""
    adverb = before.endswith("ly") and before.islower() and before not in _LY_NOUNS  # not "the assembly ratifies"
    skip = i >= 2 and before.isalpha() and (adverb or before.lower() == "not")
    k = i - 2 if skip else i - 1
    w = words[k].lower().replace("’", "'") if k >= 0 else ""
    return _NEGATED_BE.get(w, w)


def _pluperfect(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` follows "had been" ("had been expected to", "had originally been set to"): a plan
    told in the past perfect.

    >>> _pluperfect("talks had been expected to".split(), 3), _pluperfect("talks have been expected to".split(), 3)
    (True, False)
    """
    if _aux_before(words, i) != "been":
        return False
    had = _aux_before(words, i - 1 if words[i - 1].lower() == "been" else i - 2)  # "had (originally) been"
    return had in _HAD or had.endswith(("'d", "’d"))  # "they'd been"


_NOT_PRESENT = frozenset({"its", "his", "hers", "ours", "theirs", "yes", "news", "this", "thus", "was", "has"})


def _present_after(words: list[str], i: int) -> bool:
    """Return whether a verb in the present tense follows "if"/"when" ... ``words[i]`` within four words ("if he
    wins", "when the envoy arrives", "if talks fail"): such a clause tells of the future. A past verb stops it.

    >>> [_present_after(s.split(), 0) for s in ("if he wins", "when they arrive", "when the envoy arrives")]
    [True, True, True]
    >>> [_present_after(s.split(), 0) for s in ("if he won", "when necessary", "when the talks")]
    [False, False, False]

    A participle right after the word opens a clause with no subject of its own ("when speaking to reporters"): its
    time is the main clause's, not a present's.

    >>> _present_after("when speaking to reporters".split(), 0), _present_after("when the envoy speaks".split(), 0)
    (False, True)
    """
    if i + 1 < len(words) and words[i + 1].islower() and words[i + 1].endswith("ing") and len(words[i + 1]) > 4:
        return False
    for k in range(i + 1, _subject_reach(words, i)):
        w = words[k]
        lw = w.lower()
        if w in _BOUNDARY or lw in _CONDITIONAL or lw in _PAST or (lw.endswith("ed") and lw not in _NOT_VERB_ED):
            return False  # a past verb ("if he won"), or another clause
        if lw in {"is", "are", "am", "does", "do"}:
            return True
        after = words[k - 1].lower()
        if after in _DETERMINERS or after.endswith(("'s", "’s")):
            continue  # "when the talks on Friday ended": a noun after "the" or a possessive, not a verb
        if w.islower() and len(w) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")) \
                and lw not in _NOT_PRESENT:
            return True
        if k > i + 1 and w.islower() and words[k - 1].lower() in _PLURAL_SUBJECTS and not lw.endswith(("ed", "ing")):
            return True  # "if they agree"
    return False


_PLURAL_SUBJECTS = frozenset({"they", "we", "you", "i"})


def _subject_reach(words: list[str], i: int) -> int:
    """Return the index where the search for a verb after ``words[i]`` ends: four words on, a name not counted.

    Up to six capitalised words are not counted ("if former President Bo Jo is reelected": "is" is in reach).

    >>> _subject_reach("if former President Bo Jo is reelected in".split(), 0), _subject_reach("if he wins".split(), 0)
    (8, 3)
    """
    k, left, names = i + 1, 4, 6
    while k < len(words) and left:
        if words[k][:1].isupper() and words[k] not in _BOUNDARY and names:
            names -= 1
        else:
            left -= 1
        k += 1
    return k


def clause_tense(
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None, tokens: _Tokens | None = None,
    back: list[str] | None = None,
) -> str | None:
    """Return "future", "past" or None (no tense word) for the clause of ``text[start:end]``.

    The nearest tense word before it decides (back to the clause's start, at most 120 characters); if
    there is none, the nearest after it (to the clause's end, at most 80 characters). ``tokens``: the
    words of ``text[lo:hi]`` (a caller asking about many dates of one text passes one, read once);
    ``back``: the clause's words before it, if the caller has read them already (see :func:`_clause_words`).

    >>> clause_tense("It comes a day ahead of the vote.", 9, 23), clause_tense("It came a day ahead.", 8, 19)
    (None, 'past')
    """
    hi = len(text) if hi is None else hi
    a = max(lo, start - _BACK)
    before = _clause_words(text, a, start, True, tokens) if back is None else back
    if before and a > lo and text[a - 1].isalpha() and before[0] not in _BOUNDARY:
        before = before[1:]  # a word cut by the window
    if cut := _plan_cut(before):  # mendfd72: "have laid plans for talks in March": the plan's time, not the verb's
        before = [".", *before[cut:]]
    if _opens_coordinate(text, start, hi) or _reported_subject(text, end, before):
        before = ["."]  # "..., and on Tuesday he went further", "said Monday's talks would": the clause's own verb
    if _has_until(before):  # "(Bo said) Seoul has until Friday to answer": a deadline still ahead (dfix51)
        return "future"
    tense = _backshift(text, end, hi, before, _had_plan_kept(text, end, before, _first_tense(before, back=True)))
    if tense == "future" and _set_off_plan_past(text, start, end, hi, tokens):
        return None  # "The talks, originally planned for Nov. 18, were held a day later" (fix50g)
    if tense == "future" and (_timetable_link(before) or _phrase_verb_last(before)):
        b = _word_end(text, min(hi, end + _WINDOW), hi)
        comma = text.find(",", end, b)  # the date's own clause ends at a comma ("..., officials said")
        tense = "past" if _own_past(_clause_words(text, end, b if comma < 0 else comma, False, tokens)) else tense
    if tense == "future" and _noun_verb_last(before) and not _SENTENCE_CLOSE50.match(text, end):
        tense = None  # "Missile launches on Friday raise fears": a noun "launches" may be; read on after the date
    if tense is None and before and before[0] in _QUOTE_MARKS:
        opening = _partial_quote(text, a, start)
        if opening is not None:  # 'will be placed on "unpaid status" from April 1': the clause goes on before it
            tense = _first_tense(_clause_words(text, a, opening, True, tokens) + before[1:], back=True)
    open_clause = before and before[0] not in _BOUNDARY and _LINKS_BACK.isdisjoint(map(str.lower, before))
    if tense is None and a > lo and open_clause:
        tense = _long_clause_tense(text, start, lo, tokens)
    if tense is None:
        b = _word_end(text, min(hi, end + _WINDOW), hi)
        after = _clause_words(text, end, b, False, tokens)
        tense = None if _tag_tells_only(text, end, before, after) else _first_tense(after)
    if tense is None and _infinitive(before):
        tense = "future"  # "Esper to visit Seoul Friday", "Seoul wants the talks to end by May"
    if tense is None and _span_end(before) and _WEEKDAY_AT.match(text, start):
        tense = "future"  # "the two-day talks ending Thursday": the end of a span running at publication
    return tense


_NOUN_AFTER_DATE = re.compile(r"[ \t]{1,3}[a-z]{3,20}\b")  # "the October talks": the noun a month names the time of


def _reported_subject(text: str, end: int, before: list[str]) -> bool:
    """Return whether the date ending at ``end`` opens the subject of a clause that a speech verb right before it
    reports ("Kessel said Monday's talks would be decisive", "said the October talks will"; ``before``: the clause's
    words before the date): that clause's own verb, after it, tells its time, not the speech verb (date48b). The date
    names a noun's time: a possessive ("Monday's"), or a month after "the" before a noun.

    >>> t = "Kim said Monday's talks would be decisive. Kim said on Monday talks would resume."
    >>> [_reported_subject(t, e, "Kim said".split()) for e in (15, t.rindex("Monday") + 6)]
    [True, False]
    """
    k = len(before)
    while k and before[k - 1].lower() in {"that", "the"}:
        k -= 1
    if k == 0 or before[k - 1].lower() not in _SAID | {"says"}:
        return False
    return text.startswith(("'s", "’s"), end) or (
        k < len(before) and before[-1].lower() == "the" and _NOUN_AFTER_DATE.match(text, end) is not None)


# a date fronted in a clause joined by ", and"/", but", its subject and verb after it ("and on Tuesday he went")
_COORDINATE_BEFORE = re.compile(r",[ \t]{1,3}(?:and|but|yet)[ \t]{1,3}\Z")
_DATE_WORD_AFTER = re.compile(r"[ \t]{1,3}[A-Za-z.]{2,12}(?:[ \t]{1,3}\d{1,2}\b)?")
_SUBJECT_AFTER = re.compile(r"[ \t]{1,3}(?:he|she|they|we|it|I)[ \t]{1,3}[a-z]{2,20}\b")


def _opens_coordinate(text: str, start: int, hi: int) -> bool:
    """Return whether the date at ``start`` opens a clause joined by ", and" (", but", ", yet") and a pronoun subject
    and its verb follow it ("said in 2019 that Seoul would pay more next year, and on Tuesday he went further"): the
    tense is that clause's own, not the clause's before the comma (dfix43).

    >>> t = "He said Seoul would pay more, and on Tuesday he went further."
    >>> _opens_coordinate(t, t.find("on Tuesday"), len(t)), clause_tense(t, t.find("on Tuesday"), t.find(" he w"))
    (True, 'past')
    """
    if _COORDINATE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    end = _TOKEN.search(text, start, min(hi, start + 24))
    if end is None:
        return False
    nxt = _DATE_WORD_AFTER.match(text, end.end(), min(hi, end.end() + 24))  # "on Tuesday", "in March 5"
    at = nxt.end() if nxt else end.end()
    return _SUBJECT_AFTER.match(text, at, min(hi, at + 32)) is not None


# conjunctions that open a clause of its own after a timetable present ("The remarks come after talks ... ended")
_TIMETABLE_LINKS = frozenset({"after", "as", "since", "because", "following", "when", "while"})


def _timetable_link(before: list[str]) -> bool:
    """Return whether the last tense word of ``before`` (a date's clause read back) is a timetable present
    (:data:`_SCHEDULED_BASE`, :data:`_PLANNED_PRESENT`: "The remarks come", "elections come") followed by a
    conjunction that opens a clause of its own ("after", "as"): the date then belongs to that clause, whose own verb
    after the date (:func:`_own_past`) may tell its time (dfix42 COME).

    >>> _timetable_link("The remarks come after talks in Seoul".split()), _timetable_link("Elections come".split())
    (True, False)
    >>> _timetable_link("The remarks come after talks ended".split())
    False
    """
    for j in range(len(before) - 1, -1, -1):
        w = before[j].lower()
        if before[j] in _BOUNDARY or _tense_of(before, j) is not None:
            linked = any(x.lower() in _TIMETABLE_LINKS for x in before[j + 1 :])
            return w in _SCHEDULED_BASE | _PLANNED_PRESENT | {"comes"} and linked
    return False


def _phrase_verb_last(before: list[str]) -> bool:
    """Return whether the last tense word of ``before`` (a date's clause read back) is a timetable verb read so only
    after a subject and its phrase (:func:`_modified_subject`: "Calls for a fresh start", "Plans for the swift end"):
    such a word may be a noun, so a past verb after the date (:func:`_own_past`: "... in May grew louder") tells the
    clause's time (mendd48).

    >>> _phrase_verb_last("Plans for the swift end".split()), _phrase_verb_last("Talks end".split())
    (True, False)
    """
    for j in range(len(before) - 1, -1, -1):
        if before[j] in _BOUNDARY or _tense_of(before, j) is not None:
            return j > 0 and not _plural_subject(before[j - 1].lower(), before[j]) and _modified_subject(before, j)
    return False


def _own_past(after: list[str]) -> bool:
    """Return whether the first tense word of a date's clause after it (up to its first comma, cut by the caller),
    before any clause end, is past: the verb of the clause the date sits in ("talks on Tuesday | ended without a deal").

    >>> _own_past("ended without a deal .".split()), _own_past(". Officials said".split())
    (True, False)
    """
    for j, w in enumerate(after):
        if w in _BOUNDARY:
            return False
        if (tense := _tense_of(after, j)) is not None:
            return tense == "past"
    return False


#: The most characters a window's end moves on to finish the word it cuts (:func:`_word_end`).
_WORD_REACH = 24


def _word_end(text: str, b: int, hi: int) -> int:
    """Return ``b`` moved on to the end of the word it cuts (at most :data:`_WORD_REACH` characters, never past
    ``hi``): a window's last word read whole ("continue to", not "continue t").

    >>> t = "the sides continue to wrangle"; _word_end(t, 20, len(t)), _word_end(t, 18, len(t)), _word_end(t, 24, 26)
    (21, 18, 26)
    """
    if b <= 0 or b >= hi or not (text[b - 1].isalpha() and text[b].isalpha()):
        return b
    stop = min(hi, b + _WORD_REACH)
    while b < stop and text[b].isalpha():
        b += 1
    return b


_TAG_CLAUSE = 3  # words at least before a date in its clause for a speech tag after it to tell no tense of it
# prepositions opening a fronted phrase ("In a release on Monday, the command said"): the tag after is its main clause
_FRONTED_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "since", "by", "from", "for", "with",
                                   "following", "until", "amid", "over", "through", "throughout", "as", "upon"})


def _tag_tells_only(text: str, end: int, before: list[str], after: list[str]) -> bool:
    """Return whether the first tense word after a date (``after``: its clause's words after it, ``before`` those
    before it, which hold no tense word) is the past speech verb (:data:`_SAID`) of a tag set off by a comma right
    after the date ("Workers face furloughs as of April 1, the command said in a statement"): the tag tells when the
    words were said, not the time of the clause it reports, which keeps no tense of its own. Not a date that opens its
    clause ("On Friday, Kim said": fewer than ``_TAG_CLAUSE`` words before it; "In a release on the same day, the
    command stated": a fronted phrase, opened by a preposition, whose main clause the "tag" is). date90d.

    >>> t = "Crews at Varna face leave as of May 1, the Oskel command said."
    >>> e = t.index(",")
    >>> _tag_tells_only(t, e, "Crews at Varna face leave as of".split(), "the Oskel command said".split())
    True
    >>> _tag_tells_only("On Friday, Kim said.", 9, ["On"], ["Kim", "said"])
    False
    >>> _tag_tells_only(t, e, "Crews at Varna face leave as of".split(), "the command warned".split())
    True
    >>> _tag_tells_only(t, e, "Crews at Varna face leave as of".split(), "the command cut pay".split())
    False
    >>> _tag_tells_only(t, e, ". In a release on the".split(), "the command stated".split())
    False
    """
    words = [w for w in before if w not in _BOUNDARY]
    if not text.startswith(",", end) or len(words) < _TAG_CLAUSE or words[0].lower() in _FRONTED_PREPOSITIONS:
        return False
    for j, w in enumerate(after[: _TAG_SUBJECT + 1]):
        if w in _BOUNDARY:
            return False
        if _tense_of(after, j) is not None:
            return w.lower() in _SAID
    return False


def _backshift(text: str, end: int, hi: int, before: list[str], tense: str | None) -> str | None:
    """Return the tense of the clause of a date ending at ``end`` (``before``: its words before the date, which tell
    ``tense``) once a speech verb's backshift is weighed, for a plan told with "was"/"were" as the last tense word
    (:func:`_plan_tense`): a trailing speech tag reports it, as a leading speech verb does (:func:`_reported_plan`),
    so it keeps its future ("The talks were scheduled to resume Friday, officials said"), unless the sentence tells
    its outcome in the past after the date (:func:`_outcome_after`: "... Monday but collapsed, officials said";
    mendd77), which makes a reported plan's day past.

    >>> t = "Kim said talks were set to resume Monday but collapsed."
    >>> b = "Kim said talks were set to resume".split()
    >>> _backshift(t, t.index(" but"), len(t), b, "future"), _backshift(t, len(t) - 1, len(t), b, "future")
    ('past', 'future')
    """
    k = _last_teller(before)
    if tense is None or k is None or before[k] in _BOUNDARY or _aux_before(before, k) not in _WAS:
        return tense
    w, prev = before[k].lower(), before[k - 1].lower()
    nxt = before[k + 1].lower() if k + 1 < len(before) else ""
    if w not in _PLAN_TOLD or _plan_tense(before, k, w, nxt, prev) is None:
        return tense
    reported = tense == "future" or _trailing_tag(text, end, hi)
    return "past" if not reported or _outcome_after(text, end, hi) else "future"


# Nouns of a plan: an event named in its "for"/"of" phrase ("plans for talks in March", "the timetable for a summit in
# May") is the plan's, whatever the past tense of the verb that made, kept or upheld the plan (mendfd72, review72
# finding 4)
_PLAN_NOUNS = frozenset({"plan", "plans", "schedule", "schedules", "timetable", "timetables", "timeline", "timelines",
                         "arrangements", "preparations", "proposal", "proposals", "groundwork", "roadmap", "blueprint"})
# nouns of a planned event, one of which the plan's phrase must hold ("for the next round of talks", "for a summit")
_PLANNED_EVENTS = frozenset({"talks", "summit", "summits", "meeting", "meetings", "negotiations", "round", "visit",
                             "visits", "trip", "vote", "signing", "ceremony", "drills", "exercise", "exercises",
                             "conference", "session", "sessions", "election", "elections", "dialogue", "consultations"})
_PLAN_EVENT_WORDS = 5  # words at most between a plan noun's "for"/"of" and the date ("for the next round of talks")


def _plan_cut(before: list[str]) -> int:
    """Return the index in ``before`` (a clause's words before a date) of the "for"/"of" after a plan noun whose phrase
    names an event and runs to the date with no tense word or clause mark between, when the words before the plan
    tell the past ("Officials have laid plans for talks [in March]"): the date is the planned event's, not the past
    verb's, so those words tell the date no tense; 0 when there is none (a future verb keeps its reading: "will
    outline a plan for talks in May").

    >>> _plan_cut("Officials have laid plans for talks".split()), _plan_cut("Kim upheld the ban on talks".split())
    (4, 0)
    >>> _plan_cut("plans for talks that were held".split()), _plan_cut("Kim will lay plans for talks".split())
    (0, 0)
    """
    n = len(before)
    if _PLAN_NOUNS.isdisjoint(w.lower() for w in before[max(0, n - 2 - _PLAN_EVENT_WORDS) : n - 1]):
        return 0  # most clauses: no plan noun among the words read, and no word's tense is read
    for k in range(n - 2, max(-1, n - 3 - _PLAN_EVENT_WORDS), -1):
        w = before[k]
        if w in _BOUNDARY or w.lower() in _CLAUSE_WORDS or _tense_of(before, k) is not None:
            return 0
        if w.lower() in _PLAN_NOUNS and before[k + 1].lower() in {"for", "of"}:
            named = any(x.lower() in _PLANNED_EVENTS for x in before[k + 2 :])
            return k + 1 if named and _first_tense(before[:k], back=True) == "past" else 0
    return 0


_LONG_CLAUSE = 240  # characters read back for the tense of a clause still open ``_BACK`` characters before a date
# words that open a phrase or clause of their own: a date after one ("after a breakdown in talks in November") belongs
# to it, not to a verb read further back
_LINKS_BACK = frozenset({"after", "before", "since", "when", "while", "as", "because", "until", "that", "which", "who",
                         "where", "following", "amid", "despite", "than", "if"})


def _long_clause_tense(text: str, start: int, lo: int, tokens: _Tokens | None) -> str | None:
    """Return the tense of a clause whose start lies more than ``_BACK`` characters before the date at ``start`` (a
    verb, then a long object: "Hanul and Oskel will hold the 8th meeting for the conclusion of the 12th ... in Seoul
    for three days from the 25th"): its nearest tense word, read back at most ``_LONG_CLAUSE`` characters.

    >>> t = "Hanul will hold the 8th meeting for the conclusion of the 12th new pact on the cost of the bases and the"
    >>> t += " troops of the allies in Seoul for three days from the 25th"
    >>> _long_clause_tense(t, t.index("from"), 0, None), clause_tense(t, t.index("from"), len(t))
    ('future', 'future')
    """
    a = max(lo, start - _LONG_CLAUSE)
    before = _clause_words(text, a, start, True, tokens)
    if before and a > lo and text[a - 1].isalpha() and before[0] not in _BOUNDARY:
        before = before[1:]
    return _first_tense(before, back=True)


_ENDING = frozenset({"ending", "closing", "concluding", "wrapping"})  # "talks ending Thursday", "ending on Friday"
_RUNNING = frozenset({"running", "lasting", "continuing"})  # "a visit running through Friday"
_WEEKDAY_AT = re.compile(rf"(?:(?i:on|until|till|through)[ \t]{{1,3}})?(?:{_WEEKDAY_ALT})\b")


def _span_end(words: list[str]) -> bool:
    """Return whether the clause before a date ends with a participle of a span's end ("talks ending", "a visit
    ending on", "running through"), with no tense word of its own: the date is when a span told as running ends.

    >>> _span_end("the talks ending".split()), _span_end("a visit running through".split())
    (True, True)
    >>> _span_end("the fiscal year ending in".split()), _span_end("talks began".split())
    (False, False)
    """
    words = [w.lower() for w in words[-3:]]
    if words and words[-1] in {"on", "until", "till", "through"}:
        tail = words[:-1]
        return bool(tail) and (tail[-1] in _RUNNING or (tail[-1] in _ENDING and words[-1] == "on"))
    return bool(words) and words[-1] in _ENDING


_QUOTE_MARKS = frozenset('"“”')
_PARTIAL_QUOTE = 60  # characters at most in a partial quotation read through for its clause's tense


def _partial_quote(text: str, a: int, start: int) -> int | None:
    """Return where a short quotation inside a clause opens ('will be placed on "unpaid status" from April 1'), read
    back from a date at ``start`` (not before ``a``) whose clause the quotation's closing mark cut; None if there is
    none. A reporter quotes a few words inside his own sentence (no end mark, colon or line break in them, a word
    right before the opening mark): the sentence's verb still tells the date's tense, not the quoted words.

    >>> t = 'Staff will be placed on "unpaid status" from April 1.'
    >>> _partial_quote(t, 0, t.find("April")) == t.find('"')
    True
    >>> t = 'He said: "We met." Then, from April 1'
    >>> _partial_quote(t, 0, t.find("April")) is None
    True

    The date may stand in the quotation itself, opened after a word of the writer's clause ('would speak again "in
    two days."'; dfix37): the clause goes on before the opening mark, unless a speech verb opens the quotation ('Kim
    said "in two days ..."': the speaker's own clause).

    >>> t = 'They would speak again "in two days."'
    >>> _partial_quote(t, 0, t.find("in two")) == t.find('"'), _partial_quote('Kim said "in two days"', 0, 10)
    (True, None)
    """
    opened = _opened_before(text, a, start)
    if opened is not None:
        return opened
    close = max(text.rfind('"', a, start), text.rfind("”", a, start))
    if close < 0:
        return None
    lo = max(a, close - _PARTIAL_QUOTE)
    opening = max(text.rfind('"', lo, close), text.rfind("“", lo, close))
    if opening <= a or any(c in ".!?;:\n\r" for c in text[opening:close]):
        return None
    prev = text[max(a, opening - 3) : opening].rstrip()
    return opening if prev[-1:].isalpha() else None


def _opened_before(text: str, a: int, start: int) -> int | None:
    """Return where a quotation holding ``start`` opens, read back to ``a``, when its opening mark is the last quote
    mark before ``start``, follows a word of the writer's clause (no comma between) that is no speech verb
    (:data:`_SAID`), and no end mark, colon or line break stands between (see :func:`_partial_quote`); else None.
    ``a`` is at most ``_BACK`` characters before ``start``: the marks read are bounded.

    >>> t = 'They would meet again "in two days."'
    >>> _opened_before(t, 0, t.find("in two")) == t.find('"'), _opened_before('He said "soon" in May', 0, 18)
    (True, None)
    """
    mark = max(text.rfind('"', a, start), text.rfind("“", a, start), text.rfind("”", a, start))
    if mark <= a or text[mark] == "”" or text[mark + 1].isspace() or not text[mark - 1].isspace():
        return None  # none, or a closing mark ('"unpaid status" from April 1': the caller reads on)
    if any(c in ".!?;:\n\r" for c in text[mark:start]):
        return None
    if not text[max(a, mark - 3) : mark].rstrip()[-1:].isalpha():
        return None  # 'Kim told reporters, "...': a quotation set off by a comma is the speaker's own clause
    words = _TOKEN.findall(text, max(a, mark - _WORD_REACH), mark)
    return mark if words and words[-1].lower() not in _SAID else None


def _clause_words(text: str, a: int, b: int, back: bool, tokens: _Tokens | None) -> list[str]:
    """Return the tokens of ``text[a:b]`` a reader of the clause sees (see :class:`_Tokens`), from ``tokens`` if given.

    >>> t = "Lee left. He will go"
    >>> _clause_words(t, 0, 20, True, None), _clause_words(t, 0, 20, False, None)
    (['.', 'He', 'will', 'go'], ['Lee', 'left', '.'])
    """
    return tokens.clause(a, b, back) if tokens is not None else _clause_of(_TOKEN.findall(text, a, b), back)


class _Tokens:
    """The words and marks (``_TOKEN``) of ``text[lo:hi]``, read by windows around dates.

    ``clause(a, b, back)`` is the part of ``_TOKEN.findall(text, a, b)`` that a reader of the clause
    sees: read back from ``b``, from the last clause boundary (``.``, ``;``, a quote mark ...) on; read on
    from ``a``, up to the first. Once the windows asked for add up to the stretch's length, its tokens are
    found once and each window is cut from them (the words at a window's edges read as findall reads
    them), so many dates close together cost linear time, not a window each. Before and after that the
    words are the same: a date's tense does not depend on how many dates before it were read.

    >>> t = "Kim said: Lee will visit Seoul. He left"
    >>> _Tokens(t, 0, len(t)).clause(0, 30, back=True)  # read by the window alone (as for the first dates)
    [':', 'Lee', 'will', 'visit', 'Seoul']
    >>> tk = _Tokens(t, 0, len(t)); tk._index()  # found at once (as after many windows)
    >>> tk.clause(0, 30, back=True), tk.clause(5, 36, back=False)
    ([':', 'Lee', 'will', 'visit', 'Seoul'], ['aid', ':'])
    >>> all(_clause_of(_TOKEN.findall(t, a, b), back) == tk.clause(a, b, back) for a in range(len(t))
    ...     for b in range(a, len(t) + 1) for back in (True, False))
    True
    """

    __slots__ = ("_asked", "_bounds", "_ends", "_starts", "_words", "hi", "lo", "text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self._asked = 0  # characters read by windows so far
        self._starts: array[int] | None = None
        self._ends, self._bounds = array("q"), array("q")
        self._words: list[str] = []

    def clause(self, a: int, b: int, back: bool) -> list[str]:
        """Return the tokens of ``text[a:b]`` a reader of the clause sees (``lo <= a <= b <= hi``)."""
        if self._starts is None:
            self._asked += b - a
            if self._asked <= self.hi - self.lo:
                return _clause_of(_TOKEN.findall(self.text, a, b), back)
            self._index()
        return self._cut(a, b, back)

    def _index(self) -> None:
        self._starts = array("q")
        for m in _TOKEN.finditer(self.text, self.lo, self.hi):
            if m.group() in _BOUNDARY:
                self._bounds.append(len(self._words))
            self._starts.append(m.start())
            self._ends.append(m.end())
            self._words.append(m.group())

    def _cut(self, a: int, b: int, back: bool) -> list[str]:
        starts, ends, words, bounds, text = self._starts, self._ends, self._words, self._bounds, self.text
        assert starts is not None
        i = bisect.bisect_left(starts, a)  # the index's first token in the window
        j = bisect.bisect_right(ends, b, lo=i)  # the index's tokens that end by ``b``
        if j > i and ends[j - 1] == b and text[b - 1] in ".!?":
            j -= 1  # a full stop read as one needs the space after it: not in the window
        tail = _TOKEN.findall(text, starts[j], b) if j < len(starts) and starts[j] < b else []  # a word cut at b
        if back:  # a boundary is a mark no word holds: the window reads it too, and is in step after it
            x = bisect.bisect_left(bounds, j) - 1
            if x >= 0 and bounds[x] >= i:
                return words[bounds[x] : j] + tail
        head, k = self._head(a, b, i)
        if k < 0:
            return _clause_of(head, back)
        if back:
            return _clause_of(head, back) + words[k:j] + tail
        if any(w in _BOUNDARY for w in head):
            return _clause_of(head, back)
        y = bisect.bisect_left(bounds, k)
        if y < len(bounds) and bounds[y] < j:
            return head + words[k : bounds[y] + 1]
        return head + words[k:j] + tail

    def _head(self, a: int, b: int, i: int) -> tuple[list[str], int]:
        """Return the tokens the window reads from ``a`` before it is in step with the index, and the index of
        the token it is in step from (-1: never). A word the window's start cuts is read from the cut on."""
        starts, ends = self._starts, self._ends
        assert starts is not None
        if i == 0 or ends[i - 1] <= a:
            return [], i  # no word cut at ``a``: the window reads the index's tokens from the first one on
        head: list[str] = []
        for m in _TOKEN.finditer(self.text, a, b):
            head.append(m.group())
            k = bisect.bisect_left(starts, m.start())
            if k < len(starts) and starts[k] == m.start() and ends[k] == m.end():
                return head, k + 1
        return head, -1


def _clause_of(words: list[str], back: bool) -> list[str]:
    """Return the part of a window's tokens a reader of the clause sees: read back, from the last boundary on;
    read on, up to the first (see :class:`_Tokens`).

    >>> _clause_of(["a", ".", "b"], True), _clause_of(["a", ".", "b"], False)
    (['.', 'b'], ['a', '.'])
    """
    if _BOUNDARY.isdisjoint(words):
        return words  # most windows: no boundary (one test in C, not one a word)
    cut = [i for i, w in enumerate(words) if w in _BOUNDARY]
    return words[cut[-1] :] if back else words[: cut[0] + 1]


# words that open a clause of time or cause ("after talks ended", "until Seoul pays"): read as a clause's opening by
# _CLAUSE_WORDS and in a sentence's fronted phrase (_FRONT_CLAUSE)
_TIME_CLAUSE = frozenset({"since", "after", "before", "when", "while", "until", "till", "because"})
_CLAUSE_WORDS = _TIME_CLAUSE | {"that", "which", "who"}


_HAS_UNTIL_GAP = frozenset({"now", "only", "just", "time", "still"})  # "now has until", "has time until"


def _has_until(words: list[str]) -> bool:
    """Return whether the clause before a date ends "has (have) until": a present of having time up to a deadline,
    which lies ahead ("Seoul has until Friday to answer", "Workers now have until Sunday"), not a perfect ("has
    stayed until"; dfix51).

    >>> _has_until("Seoul has until".split()), _has_until("they now have time until".split())
    (True, True)
    >>> _has_until("he has stayed until".split()), _has_until("Seoul had until".split()), _has_until("until".split())
    (False, False, False)
    """
    if not words or words[-1].lower() not in {"until", "till"}:
        return False
    k = len(words) - 2
    while k >= 0 and words[k].lower() in _HAS_UNTIL_GAP:
        k -= 1
    return k >= 0 and words[k].lower() in {"has", "have"}


def _infinitive(words: list[str]) -> bool:
    """Return whether the clause before a date holds "to" and a verb ("Esper to visit Seoul"), with no other
    tense word: a headline's or a wish's infinitive points forward. "to Seoul", "to talks" are not verbs.

    >>> _infinitive("Esper to visit Seoul".split()), _infinitive("return to talks".split()), _infinitive(["a", "."])
    (True, False, False)
    >>> _infinitive("agreed to reopen talks stalled since a summit".split()), _infinitive("Talks To Resume In".split())
    (False, True)
    >>> _infinitive("Envoys fail to narrow gaps in talks".split())
    False
    """
    if "to" not in words and "To" not in words:
        return False  # most clauses: no infinitive to look for
    for k in range(len(words) - 2, -1, -1):
        if words[k] in _BOUNDARY or words[k].lower() in _CLAUSE_WORDS:
            return False  # "agreed to re-open talks stalled since a summit in February": another clause
        if words[k] in {"to", "To"} and k > 0 and words[k - 1].lower() in _FAIL:
            return False  # "Envoys fail to narrow gaps Thursday": a headline's present of an outcome, no plan
        if words[k] in {"to", "To"} and not _no_verb_after_to(words, k):
            verb = words[k + 1]  # a title-case headline's "To Resume" too, and "to Conclude" in a title-case line
            cased = verb.islower() or (verb.istitle() and (words[k] == "To" or _title_cased(words)))
            return verb.isalpha() and cased and (not verb.endswith("s") or verb.endswith("ss"))
    return False


_FAIL = frozenset({"fail", "fails"})
#: Words at least of four letters a clause must hold, every one capitalised, to be read as a title-case line.
_TITLE_WORDS = 3


def _title_cased(words: list[str]) -> bool:
    """Return whether a clause's words are a title-case line (a deck or a subhead: "Intention to Conclude Talks Before",
    with "to" kept in lower case as title style has it): every word of four letters or more capitalised, at least
    ``_TITLE_WORDS`` of them; then a capitalised word after "to" may be its verb (fresh95). Not a sentence ("Kim flew
    to Seoul before"), where a capital after "to" is a name.

    >>> _title_cased("Intention to Conclude Negotiations Before".split()), _title_cased("Kim flew to Seoul".split())
    (True, False)
    """
    long = [w for w in words if len(w) >= 4 and w.isalpha()]
    return len(long) >= _TITLE_WORDS and all(w[0].isupper() for w in long)


def _no_verb_after_to(words: list[str], k: int) -> bool:
    """Return whether "to" at ``words[k]`` is a preposition before a noun phrase: a determiner follows ("a speech
    to the UN") or "according" comes before it ("according to defense officials").

    >>> _no_verb_after_to("a speech to the UN".split(), 2), _no_verb_after_to("according to defense".split(), 1)
    (True, True)
    >>> _no_verb_after_to("Esper to visit".split(), 1)
    False
    """
    return words[k + 1].lower() in _DETERMINERS or (k > 0 and words[k - 1].lower() == "according")


def _first_tense(words: list[str], back: bool = False) -> str | None:
    """Return the tense said by the first tense word of ``words`` (read from the end if ``back``), up to a
    clause boundary. Only the words that can tell a tense or end a clause are looked at.

    >>> w = ["Kim", "will", "meet", "Lee", "."]
    >>> _first_tense(w), _first_tense(w, back=True)
    ('future', None)
    """
    marks = bytes(map(_can_tell, words))
    i = marks.rfind(1) if back else marks.find(1)
    while i >= 0:
        if words[i] in _BOUNDARY:
            return None
        tense = _tense_of(words, i)
        if tense:
            return tense
        i = marks.rfind(1, 0, i) if back else marks.find(1, i + 1)
    return None


def _promised(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a past verb of arranging with an event after it ("agreed to meet", "promised
    to return"): a date after the infinitive tells when the event comes, which is ahead (as "would" is the future of
    a past report). Not "agreed to a deal", "agreed to talks" (no verb after "to"), nor an act the date may be of
    ("agreed to extend the deal on Monday", "voted to approve it").

    >>> _promised("they agreed to meet again".split(), 1)
    True
    >>> [_promised(s.split(), 1) for s in ("they agreed to talks", "they agreed to the deal", "they met to talk",
    ...                                    "they agreed to extend it", "they voted to meet")]
    [False, False, False, False, False]
    """
    if words[i].lower() not in _PROMISES or i + 2 >= len(words) or words[i + 1] != "to":
        return False
    return words[i + 2] in _EVENT_VERBS


# A past verb of arranging an event, then the event: a date after it is the event's (ahead). Not "voted", "offered",
# "decided", "pledged", "vowed": news English dates their own act after the infinitive ("voted to approve it on
# Wednesday", "pledged to strengthen the alliance on Friday"), as it does "agreed to extend the deal on Monday".
_PROMISES = frozenset({"agreed", "arranged", "promised"})
_EVENT_VERBS = frozenset({"meet", "hold", "resume", "reconvene", "visit", "return", "gather"})


@lru_cache(maxsize=8192)
def _can_tell(word: str) -> bool:
    """Return whether a token can tell a tense (a tense word, "-ed", "-'ll") or ends a clause.

    >>> _can_tell("will"), _can_tell("agreed"), _can_tell(";"), _can_tell("Seoul")
    (True, True, True, False)
    """
    lw = word.lower()
    return word in _BOUNDARY or lw in _TENSE_WORDS or lw.endswith(_TENSE_ENDINGS)


# --- calendar helpers ----------------------------------------------------------------------------------
_TWO_PARTS = re.compile(r"(?P<a>early|mid)-?\s*to\s*-?(?P<b>mid|late)")
_TWO_PARTS_MOD = r"(?:in\s+|)(?:early|mid)(?:-\s*|\s+)to(?:\s+|-)(?:mid|late)-?"  # in _MONTH_MODS


_HALF_MOD = r"(?:(?:in|by|during|for|over)\s+|)the\s+(?:first|second|latter|last)\s+half\s+of"  # in _MONTH_MODS


def _half(lo: dt.date, hi: dt.date, mod: str) -> Period:
    """Return "the first half of February" (the 1st to the 15th) or "the second half of February" (the 16th to its
    end); of a year, its first or last six months.

    >>> ranges("Talks are set to resume in the second half of February.", dt.date(2020, 1, 15))
    [('in the second half of February', '2020-02-16', '2020-02-29')]
    >>> _half(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "the first half of")
    Period(lo=datetime.date(2019, 1, 1), hi=datetime.date(2019, 6, 30))
    """
    mid = dt.date(lo.year, 7, 1) if (hi - lo).days > 40 else lo.replace(day=16)
    return Period(lo, mid - dt.timedelta(days=1)) if "first" in mod else Period(mid, hi)


def _two_parts(lo: dt.date, hi: dt.date, two: re.Match[str]) -> Period:
    """Return "mid-to-late February", "early to mid-March": from the first part's start to the second part's end
    (a reporter who cannot name one third gives two in a row).

    >>> ranges("Talks are set for mid-to-late February.", dt.date(2020, 1, 15))
    [('mid-to-late February', '2020-02-11', '2020-02-29')]
    >>> _two_parts(dt.date(2019, 3, 1), dt.date(2019, 3, 31), _TWO_PARTS.search("early to mid-"))
    Period(lo=datetime.date(2019, 3, 1), hi=datetime.date(2019, 3, 20))
    """
    return Period(_part(lo, hi, two["a"]).lo, _part(lo, hi, two["b"]).hi)


def _month_range(y: int, m: int) -> Period:
    """Return the first and last day of month ``m`` of year ``y`` (the last by ``calendar.mdays`` and ``isleap``:
    ``calendar.monthrange`` also finds the month's first weekday, a date made and read each call; speed49).

    >>> _month_range(2024, 2).hi, _month_range(2023, 2).hi, _month_range(2019, 12).hi
    (datetime.date(2024, 2, 29), datetime.date(2023, 2, 28), datetime.date(2019, 12, 31))
    """
    first = dt.date(y, m, 1)  # (a month or year out of range raises here, as before)
    return Period(first, dt.date(y, m, calendar.mdays[m] + (m == 2 and calendar.isleap(y))))


def _late_part(mod: str) -> bool:
    """Return whether a month's modifier names its late part (the 21st to the end) in words: "the latter part of",
    "the closing (final, last) (few) days of" (README, lead decisions on date59's questions); "the first days of",
    "the final weeks of" leave the month whole.

    >>> [_late_part(m) for m in ("the latter part of", "the last few days of", "the final weeks of", "last")]
    [True, True, False, False]
    """
    return mod.endswith(("latter part of", " days of")) and not mod.endswith(("first days of", "opening days of"))


def _part(lo: dt.date, hi: dt.date, mod: str) -> Period:
    mod = mod.lower()
    two = _TWO_PARTS.search(mod)
    if two is not None:
        return _two_parts(lo, hi, two)
    if "half" in mod:
        return _half(lo, hi, mod)
    if "early" in mod or "beginning" in mod or "start" in mod:
        if "beginning" in mod or "start" in mod:
            return Period(lo, lo)
        return Period(lo, min(hi, lo + (hi - lo) * 10 // 31 if (hi - lo).days > 40 else lo.replace(day=10)))
    if "mid" in mod or "middle" in mod:
        if (hi - lo).days > 40:
            return Period(lo.replace(month=5), hi.replace(month=8, day=31))
        return Period(lo.replace(day=11), lo.replace(day=20))
    if "late" in mod or _late_part(mod):
        if (hi - lo).days > 40:
            return Period(lo.replace(month=9), hi)
        return Period(lo.replace(day=21), hi)
    if "end" in mod or "close" in mod or "turn" in mod:
        return Period(hi, hi)
    return Period(lo, hi)


def _year_part(y: int, mod: str) -> Period:
    lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    mod = mod.lower()
    if "early" in mod:
        return Period(lo, dt.date(y, 4, 30))
    return _part(lo, hi, mod)


def _resolve_month(mon: int, pub: dt.date, which: str) -> int:
    """Return the year of month ``mon`` read from ``pub``: ``which`` is last, next, this, ahead or "".

    >>> pub = dt.date(2019, 11, 16)
    >>> _resolve_month(3, pub, ""), _resolve_month(3, pub, "ahead"), _resolve_month(11, pub, "ahead")
    (2019, 2020, 2019)
    """
    if which == "next":
        return pub.year if mon > pub.month else pub.year + 1
    if which == "ahead":
        return pub.year if mon >= pub.month else pub.year + 1
    if which == "last":
        return pub.year if mon < pub.month else pub.year - 1
    if which == "this":
        return pub.year
    return pub.year if mon <= pub.month else pub.year - 1


def _nearest_year(mon: int, day: int, pub: dt.date) -> dt.date | None:
    """The publication year (wire copy omits the current year), unless that is > 60 days ahead
    (then the year before) or > 300 days back (then the year after)."""
    y = pub.year
    if (mon, day) > (pub.month, pub.day) and (dt.date(y, mon, 1) - pub).days > 60:
        y -= 1
    elif (pub - dt.date(y, mon, 1)).days > 300:
        y += 1
    try:
        return dt.date(y, mon, day)
    except ValueError:
        return None


def _add(d: dt.date, unit: str, n: int) -> dt.date:
    """Return ``d`` moved by ``n`` days, weeks, months or years (a day past a month's end is clipped).

    >>> _add(dt.date(2020, 1, 31), "month", 1), _add(dt.date(2020, 2, 29), "year", -1)
    (datetime.date(2020, 2, 29), datetime.date(2019, 2, 28))
    """
    if type(n) is int and unit in _ADD_DAYS:  # (speed52: relativedelta's own sum, without building one each call)
        return d + dt.timedelta(days=n * _ADD_DAYS[unit])  # OverflowError past the calendar's days, as relativedelta's
    if type(n) is int and unit in _ADD_MONTHS:
        y, m0 = divmod(d.year * 12 + d.month - 1 + n * _ADD_MONTHS[unit], 12)
        return d.replace(year=y, month=m0 + 1, day=min(d.day, calendar.monthrange(y, m0 + 1)[1]))  # ValueError: year
    return d + relativedelta(**{f"{unit}s": n})  # ValueError (OverflowError) past the calendar's years (days)


_ADD_DAYS = {"day": 1, "week": 7}  # days in a unit ``_add`` moves by
_ADD_MONTHS = {"month": 1, "year": 12}  # months in one


def _unit_period(d: dt.date, unit: str) -> Period:
    """Return the day, Monday-Sunday week, month or year that holds ``d``.

    >>> _unit_period(dt.date(2019, 11, 16), "week")
    Period(lo=datetime.date(2019, 11, 11), hi=datetime.date(2019, 11, 17))
    """
    if unit == "day":
        return Period(d, d)
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Period(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        return _month_range(d.year, d.month)
    return Period(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))


def _next_period(lo: dt.date, hi: dt.date, unit: str, k: int) -> Period:
    """Return the ``unit`` period ``k`` steps after the anchor ``lo..hi`` (before it if ``k`` < 0; 0: its own).

    >>> _next_period(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year", -1)
    Period(lo=datetime.date(2018, 1, 1), hi=datetime.date(2018, 12, 31))
    """
    if k == 0:
        return Period(_unit_period(lo, unit).lo, _unit_period(hi, unit).hi)
    base = _unit_period(hi if k > 0 else lo, unit).lo
    return _unit_period(_add(base, unit, k), unit)


def _moved(lo: dt.date, hi: dt.date, unit: str, n: int) -> Period:
    """Return the anchor ``lo..hi`` moved by ``n`` units ("two days later": n = 2).

    >>> _moved(dt.date(2019, 11, 15), dt.date(2019, 11, 15), "day", -3)
    Period(lo=datetime.date(2019, 11, 12), hi=datetime.date(2019, 11, 12))
    >>> _moved(dt.date(2019, 9, 1), dt.date(2019, 9, 30), "month", 1)  # a whole month moves to a whole month
    Period(lo=datetime.date(2019, 10, 1), hi=datetime.date(2019, 10, 31))
    """
    hi2 = _add(hi, unit, n)
    if unit in {"month", "year"} and _whole_months(lo, hi):  # "a month later" after September: all of October
        hi2 = _month_range(hi2.year, hi2.month).hi
    return Period(_add(lo, unit, n), hi2)


def _whole_months(lo: dt.date, hi: dt.date) -> bool:
    """Return whether ``lo..hi`` is one or more whole months (the 1st of one to the last day of one).

    >>> sep = dt.date(2019, 9, 1)
    >>> _whole_months(sep, dt.date(2019, 9, 30)), _whole_months(sep, dt.date(2019, 9, 29))
    (True, False)
    """
    return lo.day == 1 and (hi + dt.timedelta(days=1)).day == 1


def _month_of_year(mon: int, mod: str, k: int, lo: dt.date, hi: dt.date) -> Period:
    """Return month ``mon`` (part ``mod``) of the year ``k`` years from the anchor's ("March the following year").

    >>> _month_of_year(3, "", 1, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    Period(lo=datetime.date(2020, 3, 1), hi=datetime.date(2020, 3, 31))
    """
    y = (hi if k > 0 else lo).year + k
    return _part(*_month_range(y, mon), mod)


# --- handlers: (match, reference date, future tense) -> Range | Anchored | None --------------------------
def _rel_year(rel: str) -> int | None:
    """Return the year offset a relative year word names (next: 1, last: -1, this: 0), None for an anchored one.

    >>> _rel_year("next"), _rel_year("the  following") is None
    (1, True)
    """
    return {"next": 1, "last": -1, "this": 0}.get(" ".join(rel.lower().split()))


def _anchored_step(rel: str) -> int:
    """Return the year step of an anchored relative year ("the following": 1, "the previous": -1, else 0).

    >>> _anchored_step("the following"), _anchored_step("that")
    (1, 0)
    """
    rel = rel.lower()
    return 1 if "following" in rel else -1 if "previous" in rel else 0


def _full(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a month-day ("Nov. 20", "on December second", "March 5 next year"), or days ("Nov. 15-16").

    >>> [(v["start"], v["end"]) for *_, v in find_dates("They met Nov. 15-16, 2019.", dt.date(2019, 12, 1))]
    [('2019-11-15', '2019-11-16')]
    """
    r = _full_day(m, pub, future)
    day2 = m.groupdict().get("day2")
    if r is None or isinstance(r, Anchored) or not day2 or int(day2) <= r.lo.day:
        return r
    return Range(r.lo, r.lo.replace(day=int(day2)), r.form)


_NEAR_PAST = 7  # days: a day this near before publication, read ahead, is the day just past (see _full_day)


def _full_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return one month-day: its written year, a relative one, else ahead (future tense) or the nearest. Ahead,
    a day up to a week before publication is that day, not a year on (a writer a year ahead writes the year;
    a caption or a copy dated a day late tells the day just past as coming: "prepares to sign ... on April 9").

    >>> [v["start"] for *_, v in find_dates("It ends Jan. 5 next year; it starts on Nov. 2.", dt.date(2019, 11, 16))]
    ['2020-01-05', '2020-11-02']
    >>> [v["start"] for *_, v in find_dates("Lee prepares to sign the bill on Nov. 14.", dt.date(2019, 11, 16))]
    ['2019-11-14']
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    day = int(m["day"]) if m.groupdict().get("day") else _ORDINALS[m["dayword"].lower()]
    if m["year"]:
        d = dt.date(int(m["year"]), mon, day)
        return Range(d, d, "absolute")
    if m["rel"]:
        k = _rel_year(m["rel"])
        if k is None:
            return Anchored(partial(_day_of_year, mon, day, _anchored_step(m["rel"])))
        d = dt.date(pub.year + k, mon, day)
        return Range(d, d, "relative")
    if (k := _year_after_noun(m)) is not None:  # "the March 4 election last year": the year told after its noun
        d = dt.date(pub.year + k, mon, day)
        return Range(d, d, "relative")
    if future or _vote_day_ahead(m):  # ahead; a date before a noun may be days back ("after the April 15 election")
        d = dt.date(pub.year, mon, day)
        slack = _NEAR_PAST if m.group()[:3].lower() == "on " or not _before_noun(m) else 30
        d = d if d >= pub - dt.timedelta(days=slack) else dt.date(pub.year + 1, mon, day)
        return Range(d, d, "month")
    d2 = _nearest_year(mon, day, pub)
    if d2 and _set_off_far(m, d2, pub):
        return _full_day(m, pub, True)  # a set-off plan long past reads ahead, as before (review50g)
    return Range(d2, d2, "month") if d2 else None


_VOTE_BEFORE = re.compile(r"\b(?i:elections?|vote|polls)[ \t]{1,3}\Z")  # "the election on November 5"


def _vote_day_ahead(m: re.Match[str]) -> bool:
    """Return whether the month-day ``m`` is the day of a vote named right before it ("the election on November 5")
    in a clause not told in the past: a vote is told ahead until it is held, so its day is the coming one, not the
    nearest ("running in the election on November 5" told in January; dates46).

    >>> [v["start"] for *_, v in find_dates("He is running in the election on November 5.", dt.date(2024, 1, 17))]
    ['2024-11-05']
    >>> [v["start"] for *_, v in find_dates("He won the election on November 5.", dt.date(2025, 1, 17))]
    ['2024-11-05']
    """
    return bool(_VOTE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())) and \
        clause_tense(m.string, m.start(), m.end()) != "past"


def _day_told_past(r: Range | Anchored | None, local: dt.date) -> Range | Anchored | None:
    """Return a month-day (or days) with no year read in a clause whose tense points back (a past verb, "since", a
    source's phrase) whose nearest reading lies in the year after ``local`` (the day where the story happens): the
    day of ``local``'s year ("Kim met Lee on Jan. 5" told on 11 December is last January's, not next one's). A
    reading in ``local``'s year is kept, even ahead of it: a past verb before a day a few weeks on is more often a
    misread tense ("notices that they'll be furloughed as of April 1") than a day a year back.

    >>> r = Range(dt.date(2020, 1, 5), dt.date(2020, 1, 5), "month")
    >>> _day_told_past(r, dt.date(2019, 12, 11))
    Range(lo=datetime.date(2019, 1, 5), hi=datetime.date(2019, 1, 5), form='month')
    >>> _day_told_past(Range(dt.date(2019, 3, 5), dt.date(2019, 3, 6), "month"), dt.date(2019, 12, 11)).lo.year
    2019
    """
    if not isinstance(r, Range) or r.form != "month" or r.lo.year <= local.year:
        return r
    return _a_year_back(r)


def _before_noun(m: re.Match[str]) -> bool:
    """Return whether a month-day names the time of a word after it ("after the April 15 election", "Nov. 10 vote";
    not "will meet April 5," nor "April 5 to discuss"): such a date may be days back though its clause is ahead.

    >>> [_before_noun(re.search("April 5", t)) for t in ("after the April 5 vote", "meet April 5,", "April 5 to go")]
    [True, False, False]
    """
    nxt = _WORD_AFTER.match(m.string, m.end())
    return nxt is not None and nxt[1] not in _NOT_NOUNS


_WORD_AFTER = re.compile(r"[ \t]{1,3}([a-z]{2,20})\b")
_NOT_NOUNS = frozenset({"to", "and", "or", "at", "in", "on", "for", "with", "when", "after", "before", "until", "as",
                        "next", "last", "this", "that", "the", "a", "an", "by", "from", "through", "if", "but"})


_NOUN_GAP = 3  # spaces or tabs at most between a month-day, its noun and the year told after it
_NOUN_LETTERS = 20  # letters at most in the noun a month-day dates ("the March 4 election last year")
_LABEL_BACK = 40  # characters read back from a month-day for its determiner or possessive ("Seoul's March 4 vote")
# a month-day's noun (or a modifier and a word of voting), then a year told relative to publication ("the March 4
# election last year", "the June 3 local elections last year"); nothing else between (review69 finding 3)
_VOTE_OR_TALKS = re.compile(r"votes?|elections?|talks|polls?")  # the nouns a bare month-day dates alone
_NOUN_THEN_YEAR = re.compile(rf"[ \t]{{1,{_NOUN_GAP}}}+([a-z]{{3,{_NOUN_LETTERS}}}+)(?:[ \t]{{1,{_NOUN_GAP}}}+"
                             rf"({_VOTE_OR_TALKS.pattern}))?+"
                             rf"[ \t]{{1,{_NOUN_GAP}}}+(last|next|this)[ \t]++year\b(?!['’])")
_NOT_EVENT_WORDS = _NOT_NOUNS | {"of", "ahead", "during", "was", "were", "is", "are", "has", "had", "will", "would"}
# a determiner right before a month-day (or a possessive: _POSSESSIVE_BEFORE): it stands before the noun it dates
# ("the March 4 vote")
_DATE_LABEL_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:the|its|his|her|their|our)[ \t]{{1,{_NOUN_GAP}}}\Z")


def _year_after_noun(m: re.Match[str]) -> int | None:
    """Return the year offset (:func:`_rel_year`) told right after the noun a month-day with no year names ("the
    March 4 election last year", "Seoul's Dec. 1 deadline next year"), None if there is none. The month-day stands
    before one noun (or a modifier and a word of voting: "the March 4 general election") and after a determiner or
    a possessive, else that noun is a word of voting or talks ("said March 4 talks last year failed"), so "last
    year" dates it: not after a preposition ("on March 4 despite tensions last year", "by March 4 rather than last
    year"), nor after a participle ("the March 4 deadline set last year" dates the setting).

    >>> [_year_after_noun(re.search(r"March 4", t)) for t in ("the March 4 vote last year", "on March 4 and last year")]
    [-1, None]
    >>> [_year_after_noun(re.search(r"March 4", t)) for t in ("the March 4 deadline set last year",
    ...                                                         "the March 4 general election last year")]
    [None, -1]
    >>> [_year_after_noun(re.search(r"March 4", t)) for t in ("go March 4 unlike last year", "March 4 talks last year")]
    [None, -1]
    """
    n = _NOUN_THEN_YEAR.match(m.string, m.end())
    if n is None or n[1] in _NOT_EVENT_WORDS or m.group()[:3].lower() == "on ":
        return None
    start = m.start()
    back = max(0, start - _LABEL_BACK)
    labelled = any(rx.search(m.string, back, start) for rx in (_DATE_LABEL_BEFORE, _POSSESSIVE_BEFORE))
    return _rel_year(n[3]) if labelled or (not n[2] and _VOTE_OR_TALKS.fullmatch(n[1])) else None


def _day_span(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return days from one month-day to another ("from Dec. 17 to Dec. 18", "Nov. 30-Dec. 2", "between May 3
    and 5"): one span, the second day in the first's year (the next one if it falls before). "and" needs "between",
    or two days in a row ("a summit set for Feb. 27 and 28", "to meet on Feb. 27 and 28": the pair is the span;
    "May 3 and 10" is two days).

    >>> ranges("It ran from Dec. 30 to Jan. 2.", dt.date(2019, 12, 1))
    [('from Dec. 30 to Jan. 2', '2019-12-30', '2020-01-02')]
    >>> ranges("The pact is effective Jan. 1-Dec. 31, 2026.", dt.date(2025, 3, 6))
    [('Jan. 1-Dec. 31, 2026', '2026-01-01', '2026-12-31')]

    A longer span with both months named and no year is one span when it runs within one year ("The funds cover
    Jan. 1 through March 31"; dfix37), unless :func:`_no_bare_pair` rules it out:

    >>> ranges("The funds cover Jan. 1 through March 31.", dt.date(2020, 4, 10))
    [('Jan. 1 through March 31', '2020-01-01', '2020-03-31')]

    The day-first form has no second month (crash80: a second day not after the first asked for it):

    >>> ranges("They met 12 and 12 December.", dt.date(2019, 12, 20))
    [('12 December', '2019-12-12', '2019-12-12')]
    """
    pair = (m["sep"] or "").lower() == "and" and (m["from"] or "").lower() != "between"
    first = _full_day(m, pub, future)
    if first is None or isinstance(first, Anchored):
        return first
    lo, month2 = first.lo, m.groupdict().get("mon2")
    hi = dt.date(lo.year, MONTHS[month2.rstrip(".").lower()] if month2 else lo.month, int(m["dayb"]))
    if hi <= lo and month2:
        hi = hi.replace(year=lo.year + 1)
    if (pair and hi != lo + dt.timedelta(days=1)) or _moved_pair(m):
        return None  # "postponed from Oct. 3 to Oct. 10": the old day and the new (dfix50)
    if lo < hi <= lo + dt.timedelta(days=_DAY_SPAN_DAYS):
        return Range(lo, hi, first.form)
    joined = not _no_bare_pair(m.string, m.start(), m.end(), m["sep"])  # not "moved (from) Jan. 10 to April 2"
    if month2 and lo.year == hi.year and not m.groupdict().get("year") and joined:
        return Range(lo, hi, first.form)  # "Jan. 1 through March 31": both months named, in one year (dfix37)
    return _dated_term(lo, hi) if m.groupdict().get("year") and month2 else None


def _dated_term(lo: dt.date, hi: dt.date) -> Range | None:
    """Return a long span of days whose year is written after its end ("Jan. 1-Dec. 31, 2026", "from Oct. 1 to
    Sept. 30, 2026"): the year is the end's (``hi`` a year too late when the start was read in it), the start the
    last such day before the end; at most a year (a "range", as a span of years is).

    >>> _dated_term(dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    Range(lo=datetime.date(2025, 10, 1), hi=datetime.date(2026, 9, 30), form='range')
    """
    if hi.year > lo.year:
        lo, hi = lo.replace(year=lo.year - 1), hi.replace(year=hi.year - 1)
    return Range(lo, hi, "range") if lo < hi <= lo + dt.timedelta(days=_DAY_SPAN_DAYS_DATED) else None


_DAY_SPAN_DAYS = 62  # the longest span of days from one month-day to another with no year written
_DAY_SPAN_DAYS_DATED = 366  # with both months and a year written: a year's term ("Jan. 1-Dec. 31, 2026")


def _day_of_year(mon: int, day: int, k: int, lo: dt.date, hi: dt.date) -> Period:
    """Return day ``mon``/``day`` of the year ``k`` years from the anchor's ("March 5 the following year").

    >>> _day_of_year(3, 5, -1, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    Period(lo=datetime.date(2018, 3, 5), hi=datetime.date(2018, 3, 5))
    """
    d = dt.date((hi if k > 0 else lo).year + k, mon, day)
    return Period(d, d)


def _day_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "on the 4th" (a day of the month, no month named; also "on the afternoon of the 4th", "by the 4th",
    "as of the 4th"): the last such day on or before publication, or (future tense) the first on or after it; a
    month too short for the day is skipped.

    >>> [(x, v["start"]) for *_, x, v in find_dates("On the 4th, the ministry said.", dt.date(2024, 10, 4))]
    [('On the 4th', '2024-10-04')]
    >>> [v["start"] for *_, v in find_dates("Lee will visit on the 31st.", dt.date(2024, 10, 4))]
    ['2024-10-31']
    """
    day, step = int(m["dom"]), 1 if future else -1
    first = pub.replace(day=1)
    if (day < pub.day and future) or (day > pub.day and not future):
        first = _add(first, "month", step)
    for _ in range(3):
        if day <= calendar.monthrange(first.year, first.month)[1]:
            d = first.replace(day=day)
            return Range(d, d, "month")
        first = _add(first, "month", step)
    return None


def _day_of_named_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the 5th of next month" (a day of the month before, of, or after publication's); None if too short.

    >>> [(x, v["start"]) for *_, x, v in find_dates("The vote on the 5th of next month.", dt.date(2024, 10, 16))]
    [('on the 5th of next month', '2024-11-05')]
    """
    step = {"this": 0, "next": 1, "last": -1}[m["which"].lower()]
    first = _add(pub.replace(day=1), "month", step)
    day = int(m["dom"])
    if day > calendar.monthrange(first.year, first.month)[1]:
        return None
    d = first.replace(day=day)
    return Range(d, d, "relative")


# "scheduled for the 20th", "set for the 3rd": a day of the month a plan names (the word before "for": not in the span)
_PLANNED_FOR = r"(?:(?<=scheduled\s)|(?<=set\s)|(?<=slated\s)|(?<=planned\s)|(?<=due\s))for"
# a bound before a day of the month ("as early as the 1st", "no later than the 25th", "around the 10th"): the day,
# read by its clause's tense
_DAY_BOUND = r"(?i:as\s+(?:early|late|soon)\s+as|(?:no|not)\s+(?:later|earlier|sooner)\s+than|around)"
# what follows "on the 19th" when it is a day of the month: a clause mark, "that", "local time", or a preposition or
# conjunction opening the rest of the clause ("on the 19th in Seoul"; not "the 19th round", "the 4th of July")
_AFTER_DAY_OF_MONTH = (
    r"\s*[,;:()]|\.(?:\s|\Z)|\s+(?!(?:meeting|briefing|hearing|sitting|gathering|building|ruling|reading|wedding|evening"
    r"|morning|opening|offering|ceiling|setting|funding|filing|ranking|warning|bombing|shooting|killing|spring|string"
    r"|inning|landing|crossing|trading|working|voting|polling|negotiating|operating|closing)\b)[a-z]{2,20}ing\s+"
    r"(?!of\b|(?:day|round|session|week|month|year|time|period|table|team|party|group|hour)s?\b)"
    r"[\w“\"‘']"  # a participle: "on the 19th citing sources" (not "the 2nd trading day", "the 3rd voting round")
    r"|\s+(?:that|local\s+time|in|at|with|from|for|as|while|when|after|before|during"
    r"|amid|via|under|without|despite|because|but|until"  # "ended on the 19th without a deal" (dfix38)
    # a verb in the past: "Lee, the president, on the 24th addressed the ..." (not "the 2nd armored division"); an
    # "-ed" word only with its object after it (not "the 11th negotiated deal", "the 10th scheduled round": mend80q)
    r"|said|told|met|spoke|held|sent|made|gave|took|(?!(?:armed|armored|armoured|ranked|seeded|numbered)\b)[a-z]{2,20}ed"
    r"(?=\s+(?:the|a|an|his|her|its|their)\b|\s+[A-Z])"
    # not "the 10th and 11th rounds", "the 11th and final day": an ordinal of a series, not a day
    r"|(?:and|to)(?!\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|final|last|latest|next|following)\b))\b"
)
# "on the 19th, ...", "On the 3rd in Seoul": "on the <Nth>" before what may follow a day of the month
_ON_THE_NTH = re.compile(r"\b[Oo]n the (?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                         rf"(?={_AFTER_DAY_OF_MONTH})")
# "until the 19th", "as of the 1st", "on the morning of the 5th", "scheduled for the 20th", "no later than the 25th":
# "the <Nth>" after a bound, a time of day or a plan's "for" (``mod``: the bound's word)
_BOUND_THE_NTH = re.compile(
    r"\b(?:(?i:on|in)\s+the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of|(?i:as)\s+of"
    rf"|(?P<mod>(?i:until|till|through|by|since|before|after|from))|{_PLANNED_FOR}|{_DAY_BOUND})\s+the\s+"
    r"(?P<dom>[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)\b(?={_AFTER_DAY_OF_MONTH})"
)
# "The drills that began on the 10th were the first", "The missile fired on the 5th was ...": "on the <Nth>" right
# after a verb and right before its clause's "be"/"have" (a reduced clause ends at the date, and the main verb
# follows: the day of the month, fix51d2); only the shapes :func:`_act_on_day` admits (_not_a_date reads it), not
# "on the 10th floor", "Those on the 10th were", "The putt he missed on the 18th was" (a hole, a floor, a rank)
_ON_THE_DAY_BE = re.compile(r"(?<=[a-z][ \t])on the (?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                            r"(?=[ \t]{1,3}(?:was|were|is|are|has|had)\b)")
# the acts whose day "on the <Nth>" before "was/were" tells ("The drills held on the 5th were", "the ship seized on
# the 14th is"): events of the news, not a plan's words ("scheduled", "set": still ahead) nor a game's ("shot",
# "missed", "carded": a hole) or a place's ("rented", "stationed": a floor, a parallel); fix51d2, mended after review
_DAY_ACTS = frozenset({"fired", "test-fired", "launched", "held", "signed", "announced", "began", "begun", "opened",
                       "ended", "started", "reached", "concluded", "released", "conducted", "staged", "adopted",
                       "sent", "killed", "arrested", "seized", "detained", "died", "issued", "unveiled", "ratified"})
_WHO_THAT = frozenset({"that", "which", "who"})
# the words before a participle that make it no reduced clause of a noun ("The putt he missed", "the one I held")
_NOT_NOUN_BEFORE = frozenset({"he", "she", "it", "we", "they", "i", "you", "him", "her", "them", "us", "me", "not",
                              "was", "were", "is", "are", "be", "been", "has", "have", "had", "and", "or", "but"})


def _act_on_day(text: str, at: int, start: int) -> bool:
    """Return whether "on the <Nth>" at ``at`` (``start``: the stretch's) dates an act told just before it in a known
    shape: "that/which/who" and a verb of :data:`_DAY_ACTS` ("The drills that began on the 28th"), or a noun and
    such a verb's participle ("The soldier killed on the 25th"; a lower-case noun or an acronym, not a name or a
    pronoun: "The lead Kwon opened", "The putt he missed" tell a hole).

    >>> [_act_on_day(t, len(t), 0) for t in ("The drills that began ", "The ship seized ", "The SMA signed ")]
    [True, True, True]
    >>> [_act_on_day(t, len(t), 0) for t in ("The lead Kwon opened ", "The putt he missed ", "The talks scheduled ")]
    [False, False, False]
    """
    words = text[max(start, at - 60) : at].split()
    if len(words) < 2 or words[-1].lower() not in _DAY_ACTS:
        return False
    before = words[-2]
    if before.lower() in _WHO_THAT:
        return True
    noun = before.islower() or (before.isupper() and len(before) > 1)
    return before.isalpha() and noun and before.lower() not in _NOT_NOUN_BEFORE and before not in _DETERMINERS
# "on the 18th and 19th", "from the 18th to the 19th", "on the 3rd and 4th of next month" (or "... 4th next month"):
# days of one month
_DAYS_OF_MONTH = re.compile(
    rf"\b(?i:on|from|between)\s+the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s*(?:[-–~～]|\s(?:and|to|through|until"
    rf"|till)\s)\s*(?:the\s+)?(?P<dom2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    rf"(?:\s+(?:of\s+)?(?P<which>(?i:this|next|last))\s+month\b|(?={_AFTER_DAY_OF_MONTH}))"
)


# "from 25th to 27th" ending a line (a headline of translated Korean wire copy, which drops "the"): days of the
# month, as "from the 25th to the 27th"; only at a line's end, and not after a verb of a rank's change ("falls from
# 25th to 27th" is a ranking, see `_not_a_date`)
_BARE_DAYS_OF_MONTH = re.compile(
    r"\b(?i:from)[ \t]+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+(?i:to)[ \t]+(?P<dom2>[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th)(?P<which>)(?=[ \t]*(?:\n|\Z))"
)
_RANK_CHANGE = re.compile(
    r"\b(?i:ris|rose|fall|fell|climb|drop|slip|slid|jump|mov|improv|rank|sink|sank|leap|tumbl|plung|soar|advanc"
    r"|declin|rebound|recover)[a-z]{0,4}[ \t]+(?:[a-z]+[ \t]+)?\Z"
)


def _days_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return days of one month told by their ordinals ("on the 18th and 19th", "from the 3rd to the 5th of next
    month"): the first read as "on the 18th" (or "the 18th of next month") is, the second in the same month.

    >>> ranges("Talks were held on the 18th and 19th in Seoul.", dt.date(2019, 11, 20))
    [('on the 18th and 19th', '2019-11-18', '2019-11-19')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They meet on the 3rd and 4th of next month.",
    ...                                                dt.date(2019, 11, 20))]
    [('2019-12-03', '2019-12-04')]
    """
    r = _day_of_named_month(m, pub, future) if m["which"] else _day_of_month(m, pub, future)
    day2 = int(m["dom2"])
    if r is None or day2 <= r.lo.day or day2 > calendar.monthrange(r.lo.year, r.lo.month)[1]:
        return None
    return Range(r.lo, r.lo.replace(day=day2), r.form)


def _iso(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Range(d, d, "absolute")


def _numeric(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a date written in numbers, day and month either way round ("09-07-2025", "7/9/2025"): a field over
    12 is the day; else the reading nearest publication (a page's stamp is its own day, not two months off).

    >>> [v["start"] for *_, v in find_dates("Updated: 09-07-2025 14:09 IST; filed 7/30/2025", dt.date(2025, 7, 9))]
    ['2025-07-09', '2025-07-30']
    """
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    readings = []
    for day, mon in ((a, b), (b, a)):
        try:
            readings.append(dt.date(y, mon, day))
        except ValueError:
            continue
    if not readings:
        return None
    d = min(readings, key=lambda r: (abs((r - pub).days), r > pub))
    return Range(d, d, "absolute")


#: A verb of expiry or lapse beside "at the end of <month>" ("expired", "lapses", "runs out", "is due"): the term's
#: last day, not the month's last third (not the noun "end": "In the end, they agreed at the end of March").
_EXPIRY_VERB = re.compile(r"\b(?:expir\w*|laps\w*|ends|ended|ending|terminat\w*|run(?:s|ning)?[ \t]++out|ran[ \t]++out"
                          r"|due(?![ \t]++to\b))\b", re.IGNORECASE)


def _expiry_near(text: str, start: int, end: int) -> bool:
    """Return whether a verb of expiry or lapse stands in the same sentence right before ``text[start:end]``, or
    right after it when it is a fronted time ("At the end of March, the deal lapsed."), within
    ``windows.EDGE_EXPIRY_BACK`` characters.

    >>> t = "It expired at the end of May. We met at the end of May."
    >>> _expiry_near(t, 11, 28), _expiry_near(t, 37, 54)
    (True, False)
    """
    lo = max(0, start - win.EDGE_EXPIRY_BACK)
    for stop in _SENTENCE_END.finditer(text, lo, start):
        lo = stop.end()
    if _EXPIRY_VERB.search(text, lo, start):
        return True
    if not text.startswith(",", end):
        return False
    hi = min(len(text), end + win.EDGE_EXPIRY_BACK)
    stop = _SENTENCE_END.search(text, end, hi)
    return _EXPIRY_VERB.search(text, end, stop.start() if stop else hi) is not None


def _edge_of_month(m: re.Match[str], mod: str) -> str:
    """Return the modifier a named month is read with: "at the end (beginning) of <month>" as the time a thing
    happens is its last (first) third, as "late" ("early") is (README Conventions, :data:`_EDGE_THIRDS` as for "the
    month"); beside a verb of expiry or lapse (:func:`_expiry_near`) it stays the month's last (first) day.

    >>> ranges("The two sides agreed on the plan at the end of March.", dt.date(2020, 5, 15))
    [('at the end of March', '2020-03-21', '2020-03-31')]
    >>> ranges("The deal lapsed at the end of December.", dt.date(2020, 5, 15))
    [('at the end of December', '2019-12-31', '2019-12-31')]
    >>> ranges("At the end of March, the deal lapsed.", dt.date(2020, 5, 15))
    [('At the end of March', '2020-03-31', '2020-03-31')]
    """
    words = mod.split()
    if words[:2] != ["at", "the"] or len(words) != 4 or words[2] not in _EDGE_THIRDS:
        return mod
    return mod if _expiry_near(m.string, m.start(), m.end()) else _EDGE_THIRDS[words[2]]


def _month(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a month (or part of one) with its year: written, relative ("next year"), or by the tense.

    >>> [(x, v["start"]) for *_, x, v in find_dates("It was signed in March and ends in March next year.",
    ...                                            dt.date(2019, 11, 16))]
    [('in March', '2019-03-01'), ('in March next year', '2020-03-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("The aim was a deal before any November election.",
    ...                                            dt.date(2024, 4, 23))]
    [('November', '2024-11-01')]

    A month before a noun after "a"/"an" ("will follow a July trade deal") names one event: the nearest such
    month, whatever the tense of the clause it sits in (the event's own time is not told).

    >>> [(x, v["start"]) for *_, x, v in find_dates("The summit will follow a July deal.", dt.date(2025, 8, 12))]
    [('July', '2025-07-01')]
    >>> ranges("A deal could come as early as March.", dt.date(2019, 11, 13))
    [('as early as March', '2020-03-01', '2020-03-31')]
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    mod = _edge_of_month(m, " ".join((m["mod"] or "").lower().split()))
    bound, mod = mod in _BOUND_MODS, "" if mod in _BOUND_MODS else mod  # "as early as March": all of March
    if m["year"]:
        lo, hi = _part(*_month_range(int(m["year"]), mon), mod)
        return Range(lo, hi, "absolute")
    if m["rel"]:
        k = _rel_year(m["rel"])
        if k is None:
            return Anchored(partial(_month_of_year, mon, mod, _anchored_step(m["rel"])))
        lo, hi = _part(*_month_range(pub.year + k, mon), mod)
        return Range(lo, hi, "relative")
    if not (mod or bound) and not _attributive(m) and not _listed_month(m):
        return None
    if mod in {"a", "an"}:
        return _untensed_month(m, pub)
    mod = {"this past": "last", "this coming": "next"}.get(mod, mod)  # "this past August": the last one
    which = mod if mod in {"last", "next", "this"} else "ahead" if future and mod != "since" else ""
    which = "ahead" if mod == "any" else which  # "before any November election": one still to come
    lo, hi = _part(*_month_range(_resolve_month(mon, pub, which), mon), mod)
    if not which and _set_off_far(m, lo, pub):  # a set-off plan long past reads ahead, as before (review50g)
        lo, hi = _part(*_month_range(_resolve_month(mon, pub, "ahead"), mon), mod)
    return Range(lo, hi, "month")



def _month_to(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a month after "to" that a verb of deferral governs ("the talks were delayed to March", "pushed back to
    June"): the month, read as "postponed until March" is (a time after the act, ahead); None after any other "to"
    ("from January to March" is a span of its own).

    >>> ranges("The talks, once set for January, were delayed to March.", dt.date(2026, 2, 17))[-1]
    ('March', '2026-03-01', '2026-03-31')
    """
    if not _DEFERRED_TO.search(m.string, max(0, m.start() - 24), m.start()) and not _DEFERRED_FROM_TO.search(
            m.string, max(0, m.start() - win.DEFERRED_FROM_BACK), m.start()):
        return None  # and "postponed from October to December": the new month (dfix50)
    return _month(m, pub, future)


_DEFERRED_TO = re.compile(r"\b(?i:delayed|postponed|deferred|rescheduled|pushed[ \t]{1,3}back|put[ \t]{1,3}off|moved"
                          r"|brought[ \t]{1,3}forward)[ \t]{1,3}\Z")
_DEFERRED_FROM_TO = re.compile(_DEFERRED_TO.pattern.removesuffix(r"[ \t]{1,3}\Z")
                               + r"[ \t]{1,3}from[ \t]{1,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}\Z")


# an event noun a bare month names the time of ("ahead of June elections", "before November talks")
_EVENT_FORMS = (
    "elections?", "polls", "votes?", "summits?", "talks", "meetings?", "negotiations", "visits?", "deadlines?",
    "sessions?", "conferences?", "trips?", "hearings?", "referendums?", "deals?", "agreements?", "inaugurations?",
    "swearing-in", "ceremon(?:y|ies)", "rall(?:y|ies)", "speech(?:es)?", "announcements?",
)
_EVENT_WORDS = "|".join(_EVENT_FORMS)
# the same in a title-case headline ("Ahead Of November Talks"): every word capitalised
_TITLE_EVENT_WORDS = "|".join(f[0].upper() + f[1:] for f in _EVENT_FORMS)
_EVENT_AFTER_MONTH = re.compile(
    rf"(?<![ \t])(?:[ \t]+(?:[a-z]{{1,20}}[ \t]+)?(?:{_EVENT_WORDS})\b"
    rf"|[ \t]+(?:[A-Z][a-z]{{0,19}}[ \t]+)?(?:{_TITLE_EVENT_WORDS})\b)"
)
# a month, the event it dates and the year ("their April summit last year", "the June election next year"): one span
_MONTH_EVENT_YEAR = re.compile(
    rf"{_MON}(?P<mod>)(?P<year>)[ \t]+(?:[a-z]{{1,20}}[ \t]+)?(?:{_EVENT_WORDS})[ \t]+(?:of[ \t]+)?"
    r"(?P<rel>(?i:next|last|this|the\s+following|the\s+previous|that))\s+(?i:year)\b"
)
# a relative year, then the month in it ("last year in June", "next year in early March"): one span
_YEAR_THEN_MONTH = re.compile(
    rf"\b(?P<rel>(?i:last|next|this))\s+(?i:year)\s+in\s+(?:(?P<mod>(?i:early|late|mid))(?:\s+|-))?{_MON}(?P<year>)"
    r"(?!\.?\s*\d)"
)


def _attributive(m: re.Match[str]) -> bool:
    """Return whether a month with no preposition or article before it names the time of the event noun after it
    ("ahead of June elections", "amid November talks"): a date, read by the tense of its clause as "in June" is.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Seoul braces ahead of June elections.", dt.date(2025, 4, 17))]
    [('June', '2025-06-01')]
    >>> find_dates("June was hot; April showers came.", dt.date(2025, 4, 17))
    []
    """
    return not m["mod"] and _EVENT_AFTER_MONTH.match(m.string, m.end()) is not None


# months listed after a preposition: "in January and", "during May, June or": the next month shares it
_MONTH_LIST_BEFORE = re.compile(
    rf"\b(?i:in|during|by|until|till|through|since|for|before|after)[ \t]++"
    r"(?:(?:(?i:early|late|mid)(?:-|[ \t]++))?+"  # "in late January or February" (fix51d3)
    rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\.?+"
    r"(?:,[ \t]++(?:(?:and|or)[ \t]++)?+|[ \t]++(?:and|or)[ \t]++)){1,3}+\Z")


_LIST_GOES_ON = re.compile(r"(?<![ \t]),?+[ \t]++(?:and|or)[ \t]|,[ \t]")


def _listed_month(m: re.Match[str]) -> bool:
    """Return whether a bare month ends a list of months after a preposition ("in January and February", "in May,
    June or July"): it shares the preposition, read by the tense as the first is.

    >>> pub = dt.date(2020, 3, 25)
    >>> [(x, v["start"]) for *_, x, v in find_dates("Exports fell in January and February.", pub)]
    [('in January', '2020-01-01'), ('February', '2020-02-01')]
    >>> [x for *_, x, _ in find_dates("It was hot in January and February was cold; March came.", pub)][:2]
    ['in January', 'February']
    """
    return _list_start(m) is not None


def _list_start(m: re.Match[str]) -> int | None:
    """Return where the first month of the list a bare month ends starts ("in May and June": at "May"), so that the
    tense is read from there; None if the month ends no list.

    >>> t = "Talks will be held in May and June."
    >>> t[_list_start(re.search("(?P<mod>)(?P<mon>June)", t)):]
    'May and June.'
    """
    if not _group(m, "mon") or _group(m, "mod"):
        return None
    k = _MONTH_LIST_BEFORE.search(m.string, max(0, m.start() - 64), m.start())
    if k is None or (k.group().rstrip()[-1] == "," and not _LIST_GOES_ON.match(m.string, m.end())):
        return None  # "In January, April Kim left": a comma alone joins a month only inside a list that goes on
    return m.string.index(" ", k.start()) + 1


def _untensed_month(m: re.Match[str], pub: dt.date) -> Range | None:
    """Return a month with no year in a clause with no tense word ("face a furlough in April"): the nearest one,
    read as a month-day is (publication's year unless it starts over 60 days ahead: then the year before).

    >>> [v["start"] for *_, v in find_dates("Workers face a furlough in April.", dt.date(2020, 2, 19))]
    ['2020-04-01']
    >>> [v["start"] for *_, v in find_dates("Workers face a furlough in June.", dt.date(2020, 2, 19))]
    ['2019-06-01']
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    first = _nearest_year(mon, 1, pub)
    if first is None:
        return None
    lo, hi = _part(*_month_range(first.year, mon), " ".join((m["mod"] or "").lower().split()))
    return Range(lo, hi, "month")


def _weekday(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a weekday ("on Friday", "next Monday", "Tuesday last week"), or two ("Monday and Tuesday": the first
    to the second).

    >>> import re
    >>> rx = re.compile(r"(?P<mod>)(?P<wd>[A-Za-z]+) and (?P<wd2>[A-Za-z]+)(?P<wk>)")
    >>> _weekday(rx.match("Monday and Tuesday"), dt.date(2019, 11, 16), True)[:2]
    (datetime.date(2019, 11, 18), datetime.date(2019, 11, 19))
    """
    if m["wk"]:  # "on Tuesday last week", "Monday to Wednesday next week": the days of the week named
        monday = _period("week", _last_on_sunday(m["wk"].lower(), "week", pub), pub).lo
        lo, form = monday + dt.timedelta(days=WEEKDAYS.index(m["wd"])), "relative"
    else:
        lo, _, form = _one_weekday(m, pub, future)
    if not m["wd2"]:
        return Range(_days_ending(m, lo), lo, form)
    hi = lo + dt.timedelta(days=(WEEKDAYS.index(m["wd2"]) - lo.weekday()) % 7)
    return Range(lo, hi, form)


def _days_ending(m: re.Match[str], day: dt.date) -> dt.date:
    """Return the first day of "three days through (until, ending) Thursday": the count of days, ``day`` the last;
    ``day`` itself when no count stands before the weekday (or a count under two).

    >>> [v["start"] for *_, v in find_dates("They met for three days through Thursday.", dt.date(2024, 5, 23))]
    ['2024-05-21']
    """
    n = _count(m.groupdict().get("ndays") or "")
    return day - dt.timedelta(days=n - 1) if n is not None and n >= 2 else day


_NEWS_DAY_MODS = frozenset({"later", "earlier"})  # "later Wednesday": a time on the news day, in either tense


def _nearest_weekday(wd: int, day: dt.date) -> dt.date:
    """Return the weekday ``wd`` (0 = Monday) nearest ``day``, before or after it: the day "later Wednesday" or
    "earlier Friday" names, wire English for a time on the news day (or the day beside it), never a week away.

    >>> _nearest_weekday(2, dt.date(2020, 3, 19)), _nearest_weekday(3, dt.date(2019, 11, 20))  # Thu; Wed
    (datetime.date(2020, 3, 18), datetime.date(2019, 11, 21))
    """
    back = (day.weekday() - wd) % 7
    return day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)


def _one_weekday(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return the day a weekday names: last, next, this, or by the tense of its clause.

    >>> [v["start"] for *_, v in find_dates("Lee met Park Friday and will meet Kang Friday.", dt.date(2019, 11, 20))]
    ['2019-11-15', '2019-11-22']
    """
    wd = WEEKDAYS.index(m["wd"])
    mod = " ".join((m["mod"] or "").lower().split())
    back = (pub.weekday() - wd) % 7
    if mod in {"last", "this past"}:
        d = pub - dt.timedelta(days=back or 7)
    elif mod in {"next", "this coming", "coming"}:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif mod == "this":
        d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
    elif mod in _NEWS_DAY_MODS:
        d = _nearest_weekday(wd, pub)
    elif future and mod != "since":
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - dt.timedelta(days=back)
    return Range(d, d, "weekday")


@lru_cache(maxsize=1024)  # a pure function of few values: an article asks the same few periods again and again
def _period(unit: str, which: str, pub: dt.date) -> Period:
    """Return the period ``unit`` ("week", "month", "year" ...) that ``which`` ("last", "this", "next") names.

    >>> _period("month", "last", dt.date(2019, 11, 16))
    Period(lo=datetime.date(2019, 10, 1), hi=datetime.date(2019, 10, 31))
    """
    k = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "weekend":
        sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=k)
        return Period(sat, sat + dt.timedelta(days=1))
    if unit == "decade":
        d0 = pub.year // 10 * 10 + 10 * k
        return Period(dt.date(d0, 1, 1), dt.date(d0 + 9, 12, 31))
    return _unit_period(_add(pub, unit, k), unit)


def _relative(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "last month", "this week", "early next year", "earlier this month" read from publication. "This past
    week" told on a weekend is the week that weekend ends; on a weekday, the week before.

    >>> [v["start"] for *_, v in find_dates("This past week, envoys met.", dt.date(2019, 11, 24))]  # a Sunday
    ['2019-11-18']

    >>> ranges("this week, earlier this month", dt.date(2019, 11, 17))
    [('this week', '2019-11-18', '2019-11-24'), ('earlier this month', '2019-11-01', '2019-11-16')]
    >>> ranges("by mid-next month", dt.date(2019, 11, 17))
    [('mid-next month', '2019-12-11', '2019-12-20')]
    >>> ranges("Seoul pays more in the current year.", dt.date(2019, 11, 17))  # "the current" unit: this one
    [('the current year', '2019-01-01', '2019-12-31')]

    "This past year (month)" is the rolling span up to publication, as "the past year" is (README; dat28b).

    >>> ranges("Seoul paid more this past year.", dt.date(2019, 11, 16))
    [('this past year', '2018-11-17', '2019-11-16')]
    >>> ranges("The envoy visited Busan this weekend.", dt.date(2020, 3, 9))  # a Monday: the weekend just ended
    [('this weekend', '2020-03-07', '2020-03-08')]
    >>> ranges("Talks ran over the past weekend and resume over the coming weekend.", dt.date(2019, 11, 20))
    [('the past weekend', '2019-11-16', '2019-11-17'), ('the coming weekend', '2019-11-23', '2019-11-24')]
    """
    if _lone_capital(m["which"], m["unit"]):
        return None
    which = " ".join(m["which"].lower().split()).replace("the ", "")
    unit = m["unit"].lower()
    which = "this" if which == "this past" and unit == "week" and pub.weekday() >= 5 else which
    which = "past" if which == "this past" and _past_rolling(m, unit, pub) else which  # "this past year": rolling
    which = {"this past": "last", "this coming": "next", "current": "this"}.get(which, which)  # "the current year"
    pre = (m["pre"] or m["mid"] or "").lower()  # "mid-next month": the middle third, as "mid-December"
    if which == "last" and not pre and _final_of(m):
        return None  # "the last year of his term": the final one of something, no time counted from publication
    which = "past" if which == "last" and not pre and _the_last_span(m) else which
    if unit == "weekend" and which in {"past", "next", "coming"}:  # "the past weekend": the last one (dother52)
        which = "last" if which == "past" else "this" if "coming" in m["which"].lower() and pub.weekday() < 5 \
            else which  # "the coming weekend" told on a weekday: the one ahead that week
    if which == "next" and not pre and _next_decade_rolling(m, unit):
        return Range(pub, _add(pub, "year", 10), "relative")  # "over the next decade": ten years on (fix50g)
    if which == "past":
        return Range(_rolling_start(pub, unit), pub, "relative")
    if unit == "week" and which == "this" and pub.weekday() == 6 and pre != "earlier" and "past" not in m["which"]:
        which = "this" if _week_told_past(m) else "next"  # on a Sunday "this week" ahead starts tomorrow
    if unit == "weekend" and which == "this" and pub.weekday() < 5 and "coming" not in m["which"].lower() \
            and _week_told_past(m):
        which = "last"  # "visited Busan this weekend" told on a weekday: the weekend just ended (dother52)
    lo, hi = _period(unit, _last_on_sunday(which, unit, pub), pub)
    if pre in {"earlier", "later"} and which == "this":
        return Range(*_rest_of(lo, hi, pub, pre), "relative")
    if pre and unit == "year":
        lo, hi = _year_part(lo.year, pre)
    elif pre:
        lo, hi = _unit_part(lo, hi, unit, pre)  # "late last week": Thursday to Sunday
        hi = pub if _part_told_past(m, pre, which, unit, (lo, hi), pub) and not future else hi  # fix50g
    return Range(lo, hi, "relative")


def _past_rolling(m: re.Match[str], unit: str, pub: dt.date) -> bool:
    """Return whether "this past <unit>" (``m``) is the rolling span to publication (dat28b: a year or month): not
    told in January (a month: in a month's first ``win.PAST_UNIT_JUST_ENDED_DAYS`` days), when it is the calendar unit
    just ended,
    nor as a possessive ("this past year's deal", a thing of the calendar year) (review100 finding 5).

    >>> t = "Seoul paid more this past year."
    >>> m = re.search("this past (?P<unit>year)", t)
    >>> [_past_rolling(m, "year", dt.date(2019, d, 20)) for d in (11, 1)]
    [True, False]
    """
    if unit not in {"year", "month"} or m.string.startswith(("'s", "’s"), m.end()):
        return False
    return pub.month != 1 if unit == "year" else pub.day > win.PAST_UNIT_JUST_ENDED_DAYS


def _week_told_past(m: re.Match[str]) -> bool:
    """Return whether "this week" (``m``) sits in a clause told in the past ("held talks this week"): told on a
    Sunday, the week that Sunday ends, as "last week" and "this past week" told then are.

    A purpose after "for" ("arrived on Sunday for talks this week") tells an event the act was for, still ahead.

    >>> sunday = dt.date(2019, 12, 8)
    >>> ranges("Envoys met in Seoul this week.", sunday), ranges("Envoys arrived for talks this week.", sunday)
    ([('this week', '2019-12-02', '2019-12-08')], [('this week', '2019-12-09', '2019-12-15')])
    """
    words = _TOKEN.findall(m.string, max(0, m.start() - _BACK), m.start())
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() == "for" and not _counted_after(words, i):
            return False  # not "met for two days this week": a duration
        if words[i] in _BOUNDARY:
            break
        if (tense := _tense_of(words, i)) is not None:
            return tense == "past"
    return clause_tense(m.string, m.start(), m.end()) == "past"


_ROUGHLY = frozenset({"several", "about", "nearly", "some", "more", "over", "almost", "around", "roughly"})


def _counted_after(words: list[str], i: int) -> bool:
    """Return whether a count of time follows ``words[i]`` ("for two days", "for 90 minutes", "for about an hour").

    >>> _counted_after("met for two days".split(), 1), _counted_after("came for a round of talks".split(), 1)
    (True, False)
    """
    after = [w.lower() for w in words[i + 1 : i + 4]]
    if not after or not (after[0].isdigit() or after[0] in CARDINALS or after[0] in ARTICLES or after[0] in _ROUGHLY):
        return False
    return any(w.rstrip("s") in _TIME_UNITS for w in after[1:])


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


_THE_LAST = re.compile(r"(?:\b(?P<over>(?i:over|throughout|within|in|during))[ \t]++)?\b(?i:the)[ \t]++\Z")
_NOT_SPAN_AFTER = re.compile(r"['’]|(?<![ \t])[ \t]++(?:of|in)\b")  # "the last year of the deal", "the last decade's"


def _final_of(m: re.Match[str]) -> bool:
    """Return whether "last <unit>" (``m``) after "the" is followed by "of": the final week (month, year) of
    something ("in the last year of his term", "the last week of the session"), no time counted from publication.

    >>> ranges("Lee quit in the last year of his term. Kim quit last year.", dt.date(2024, 6, 21))
    [('last year', '2023-01-01', '2023-12-31')]
    """
    if m["unit"].lower() == "decade" or not re.match(r"[ \t]++of\b", m.string[m.end() : m.end() + 4]):
        return False
    return _THE_LAST.search(m.string, max(0, m.start() - 16), m.start()) is not None


def _rolling_start(pub: dt.date, unit: str) -> dt.date:
    """Return the first day of a rolling span of one ``unit`` ending at publication ("in the last month", "over the
    past year"): the day after the same date one unit before (README; a day past a month's end is clipped), a
    decade ten years, a weekend a week.

    >>> _rolling_start(dt.date(2024, 6, 21), "month"), _rolling_start(dt.date(2020, 6, 21), "year")
    (datetime.date(2024, 5, 22), datetime.date(2019, 6, 22))
    >>> _rolling_start(dt.date(2024, 3, 31), "month"), _rolling_start(dt.date(2019, 11, 13), "decade")
    (datetime.date(2024, 3, 1), datetime.date(2009, 11, 14))
    """
    step = {"weekend": ("week", 1), "decade": ("year", 10)}.get(unit, (unit, 1))
    return _add(pub, step[0], -step[1]) + dt.timedelta(days=1)


def _the_last_span(m: re.Match[str]) -> bool:
    """Return whether "last <unit>" after "the" is the span up to publication, as "the past <unit>": "the last
    decade", "over (throughout, within) the last year"; not "last year", "in the last year of his term".

    >>> pub = dt.date(2019, 11, 13)
    >>> told = ("in the last decade", "over the last year", "for the last year", "the last decade of the war")
    >>> [v["start"] for t in told for *_, v in find_dates(t, pub)]
    ['2009-11-14', '2018-11-14', '2018-01-01', '2000-01-01']
    """
    before = _THE_LAST.search(m.string, max(0, m.start() - 16), m.start())
    if before is None or _NOT_SPAN_AFTER.match(m.string, m.end()):
        return False
    return before["over"] is not None or m["unit"].lower() == "decade"


def _last_on_sunday(which: str, unit: str, pub: dt.date) -> str:
    """Return "this" for "last week" told on a Sunday (the week that Sunday ends), else ``which`` unchanged.

    As "this week" told on a Sunday is the one starting tomorrow.

    >>> _last_on_sunday("last", "week", dt.date(2020, 4, 26)), _last_on_sunday("last", "week", dt.date(2020, 4, 25))
    ('this', 'last')
    """
    return "this" if which == "last" and unit == "week" and pub.weekday() == 6 else which


def _lone_capital(which: str, unit: str) -> bool:
    """Return whether a unit is capitalised but the word before it is not ("next Week": a name, not a date); in a
    title-case headline both are ("Talks Resume Next Week").

    >>> _lone_capital("next", "Week"), _lone_capital("Next", "Week"), _lone_capital("next", "week")
    (True, False, False)
    """
    return unit[0].isupper() and not which[0].isupper()


def _rest_of(lo: dt.date, hi: dt.date, pub: dt.date, pre: str) -> Period:
    """Return the part of ``lo..hi`` before publication ("earlier this month") or after it ("later").

    >>> _rest_of(dt.date(2019, 11, 1), dt.date(2019, 11, 30), dt.date(2019, 11, 16), "earlier")
    Period(lo=datetime.date(2019, 11, 1), hi=datetime.date(2019, 11, 15))
    """
    if pre == "earlier":
        return Period(lo, max(lo, pub - dt.timedelta(days=1)))
    return Period(min(hi, pub + dt.timedelta(days=1)), hi)


# "a weekend ICBM launch", "a weekend rally": "weekend" before the noun of an event it dates (dat28b); not "a weekend of
# talks", "a weekend in Seoul", "a weekend away" (a stretch of time, any weekend), nor a noun of a thing or a habit
# that comes each weekend ("a weekend edition", "a weekend job", "a weekend tradition": review100 finding 2)
_A_WEEKEND_NOUN = re.compile(r"(?<=\b[Aa][ \t])weekend(?=[ \t]{1,3}(?!(?i:of|in|at|on|for|to|and|or|with|away|off"
                             r"|when|while|that|which|is|was|as|by|from|before|after|during"
                             r"|(?:edition|paper|newspaper|magazine|column|show|program|programme|broadcast|job|shift"
                             r"|class|course|school|tradition|routine|habit|schedule|pass|rate|market|warrior)s?)\b)"
                             r"[A-Za-z])")


_EVERY = re.compile(r"\b(?i:every|each)\b")
# a date of its own in the sentence of "a weekend <event>" ("held a weekend rally last month", "in March", "in 2019",
# "on Jan. 5"): the event is then of that time, not of the weekend by publication (review100 finding 2)
_OWN_DATE = re.compile(rf"\b(?:(?:19|20)\d\d|{_WEEKDAY_ALT}|(?i:today|yesterday|tomorrow|tonight))\b|{_MON}"
                       r"|\b(?i:last|next|this|past|coming|that)[ \t]{1,3}(?i:week|month|year|spring|summer|fall"
                       r"|autumn|winter)\b")
# an event told as a possibility ("a weekend deal was unlikely"): no time (review100 finding 2)
_MAYBE = re.compile(r"\b(?i:unlikely|likely|possible|impossible|doubtful|hoped|uncertain)\b")
_STOP_MARK = re.compile(rf"{_STOP}(?=[\"”’)]?\s)|;")  # a stop before any next word: "objecting to. (Trump has ..."


def _a_weekend_tense(m: re.Match[str]) -> str | None:
    """Return the tense "a weekend <event>" (``m``, `_A_WEEKEND_NOUN`) dates its event by: its clause's, or None (no
    date) in a clause with no tense word, of a habit ("each month"), told as a possibility ("was unlikely"), or in a
    sentence that names a time of its own ("held a weekend rally last month", "a weekend summit in 2019": review100
    finding 2).

    >>> [_a_weekend_tense(_A_WEEKEND_NOUN.search(t)) for t in ("Kim held a weekend rally.",
    ...  "Kim held a weekend rally in 2019.", "Kim will hold a weekend rally.")]
    ['past', None, 'future']
    """
    text, a, b = m.string, m.start(), m.end()
    tense = clause_tense(text, a, b)
    span = _sentence_span(text, a, b)
    if tense is None or _habitual(text, a, b) or _EVERY.search(text, *span):
        return None
    stop = _STOP_MARK.search(text, b, span.end)  # to the sentence's own stop: not "... to. (... as of Wednesday.)"
    end = stop.start() if stop else span.end
    if _OWN_DATE.search(text, span.start, a) or _OWN_DATE.search(text, b, end) or _MAYBE.search(text, b, end):
        return None
    return tense


def _weekend(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "at/over the weekend": the last weekend begun by publication, or (future) the next to end.

    >>> import re
    >>> _weekend(re.match("x", "x"), dt.date(2019, 11, 20), False)[:2]  # a Wednesday
    (datetime.date(2019, 11, 16), datetime.date(2019, 11, 17))
    >>> _weekend(re.match("x", "x"), dt.date(2019, 11, 20), True)[:2]
    (datetime.date(2019, 11, 23), datetime.date(2019, 11, 24))

    "A weekend <event>" dates the event by its clause's tense as "at the weekend" does (dat28b); in a clause with no
    tense word, of a habit ("held a weekend rally each month"), or with a time of its own, it is no date.

    >>> ranges("Kim held a weekend rally, which drew crowds.", dt.date(2023, 2, 22))
    [('weekend', '2023-02-18', '2023-02-19')]
    >>> ranges("Kim held a weekend rally each month.", dt.date(2023, 2, 22))
    []

    A habit ("He often golfs at the weekend") names no weekend (dother52).

    >>> ranges("He often golfs at the weekend.", dt.date(2020, 3, 4))
    []
    """
    if m.group() != "weekend" and m.string and _habitual(m.string, m.start(), m.end()):
        return None  # "usually meet at the weekend": any weekend (dother52)
    if m.group() == "weekend":  # "a weekend <event>" (_A_WEEKEND_NOUN)
        tense = _a_weekend_tense(m)
        if tense is None:
            return None
        future = tense == "future"
    if future:
        sat = pub + dt.timedelta(days=(6 - pub.weekday()) % 7 - 1)
    else:
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return Range(sat, sat + dt.timedelta(days=1), "relative")


def _end_of(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the end of this year", "the start of 2020", "the end of that year" (of the period beside the anchor's:
    "the end of the following year", "the start of the next month").

    >>> [(x, v["start"]) for *_, x, v in find_dates("It began in 2014 and ended at the end of the following year.",
    ...                                            dt.date(2020, 3, 18))]
    [('in 2014', '2014-01-01'), ('the end of the following year', '2015-12-31')]
    """
    pos = m["pos"].lower()
    if m["anch"]:
        k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)
        unit = m["aunit"].lower()
        return Anchored(partial(_pos_beside, unit=unit, k=k, pos=pos), unit=unit)
    if m["year"]:
        lo, hi, form = dt.date(int(m["year"]), 1, 1), dt.date(int(m["year"]), 12, 31), "absolute"
    else:
        lo, hi = _period(m["unit"].lower(), (m["which"] or "this").lower(), pub)
        form = "relative"
    return Range(*_pos_happened(m, lo, hi, pos), form)


# a half of a month told from publication's: "in the first half of next month", "the latter half of this month" (the
# 1st to the 15th, the 16th to the end, as "the second half of February" is: README, lead decisions on date59's
# questions; dates52). Not "the month" (one told before may be meant) nor a week's or a year's half (other rows); nor
# "last month's <noun>" but a measure's ("the first half of this month's exports"): a half of a thing (mend52d)
_HALF_OF_MONTH = re.compile(r"\b(?:(?i:the)[ \t]{1,3})?(?P<hord>(?i:first|second|latter|former))[ \t]{1,3}half"
                            r"[ \t]{1,3}of[ \t]{1,3}(?P<hw>(?i:this|next|last))[ \t]{1,3}month\b"
                            r"(?!['’]s\b(?![ \t]{1,3}(?i:exports|imports|sales|output|production|shipments|trade)\b))")
_T_HALF_OF = Trigger(re.compile(r"half[ \t]{1,3}of\b"), (("half", 0),))


def _half_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the first (second, latter) half of this (next, last) month": the 1st to the 15th, or the 16th to its
    end, of the month told from publication (:data:`_HALF_OF_MONTH`; dates52).

    >>> ranges("Talks resume in the first half of next month.", dt.date(2020, 1, 5))
    [('the first half of next month', '2020-02-01', '2020-02-15')]
    """
    lo, hi = _period("month", m["hw"].lower(), pub)
    if m["hord"].lower() in {"first", "former"}:
        return Range(lo, lo.replace(day=15), "relative")
    return Range(lo.replace(day=16), hi, "relative")


_AT_EDGE = re.compile(r"\bat\s++\Z", re.IGNORECASE)
_EDGE_THIRDS = {"beginning": "early", "start": "early", "end": "late"}


def _pos_happened(m: re.Match[str], lo: dt.date, hi: dt.date, pos: str) -> Period:
    """Return the part of month ``lo..hi`` that "at the beginning (end) of the month" names as the time a thing
    happened, told in the past: its first (last) third, as "early" ("late") is (README); any other use (a deadline,
    a start, another unit, a clause not in the past, a month named by "last"/"this"/"next", as the dev files read
    "at the end of last month") is :func:`_pos_in`'s day.

    >>> t = "At the beginning of the month, 30 left."
    >>> [(v["start"], v["end"]) for *_, v in find_dates(t, dt.date(2020, 4, 15))]
    [('2020-04-01', '2020-04-10')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They must pay by the end of the month.", dt.date(2020, 4, 15))]
    [('2020-04-30', '2020-04-30')]
    """
    text = m.string
    if pos not in _EDGE_THIRDS or (m["unit"] or "").lower() != "month" or m["which"]:
        return _pos_in(lo, hi, pos)
    if _AT_EDGE.search(text, max(0, m.start() - 4), m.start()) is None or clause_tense(
            text, m.start(), m.end()) != "past" or _expiry_near(text, m.start(), m.end()):
        return _pos_in(lo, hi, pos)
    return _part(lo, hi, _EDGE_THIRDS[pos])


def _end_told_past(text: str, m: re.Match[str], r: Range | Anchored | None, pub: dt.date, tokens: _Tokens,
                   ) -> Range | Anchored | None:
    """Return "the end of the year" (month, week; no "this") told in the past whose end lies after publication
    ("The Pentagon came up with ideas by the end of the year" told in July): the end of the last one before, the
    time a past verb can tell. A clause that points forward (a plan, a promise: "agreed to finish by the end of the
    year") or has no tense keeps it, as does a quotation, and an end told in the last third of its period (its end
    is at hand: "slowed toward the end of the month" told on the 30th); so does any other reading.

    >>> ranges("The deal was signed at the end of the year.", dt.date(2020, 7, 19))
    [('the end of the year', '2019-12-31', '2019-12-31')]
    >>> ranges("They agreed to finish by the end of the year.", dt.date(2020, 7, 19))
    [('the end of the year', '2020-12-31', '2020-12-31')]
    >>> ranges("The year-end deadline passed without a deal.", dt.date(2024, 1, 10))  # date48b
    [('The year-end', '2023-12-31', '2023-12-31')]
    """
    g = m.groupdict()
    unit = (g.get("unit") or g.get("unit2") or "").lower()  # "the year-end deadline" too (`_year_end`, date48b)
    if not isinstance(r, Range) or r.form != "relative" or g.get("which") or not unit or r.lo <= pub:
        return r
    lo, hi = _period(unit, "this", pub)
    if pub >= _part(lo, hi, "late").lo or _quoted(text, m.start()):
        return r  # "slowed toward the end of the month" told on the 30th: the end at hand; a quotation's own time
    if _ahead(text, m, tokens) is not None or clause_tense(text, m.start(), m.end()) != "past":
        return r
    if _hoping(tokens.clause(max(tokens.lo, m.start() - _BACK), m.start(), True)):
        return r  # "said they were hoping for a deal before the end of the year": a hope points ahead
    last = _period(unit, "last", pub)
    if "pos" not in g:  # "The year-end deadline passed" told in January: the last day of the year before
        return Range(last[1], last[1], r.form)
    return Range(*_pos_happened(m, *last, m["pos"].lower()), r.form)


# A hope or aim still held when told ("were hoping", "are aiming"), in a past report's backshift: what it is for is
# ahead, as a promise's is; not "hoped", "had hoped" (a hope that may have failed)
_HOPES = frozenset(["hoping", "hope", "hopes", "expecting", "expect", "expects", "aiming", "aim", "aims"])


def _hoping(back: list[str]) -> bool:
    """Return whether the clause's words before a date (``back``) hold a hope or aim still held ("they were hoping
    for a deal before", "they are aiming to finish by"), not one held before ("had been hoping", "hoped").

    >>> _hoping("they were hoping for a deal before".split()), _hoping("they had been hoping for a deal by".split())
    (True, False)
    >>> _hoping("they hoped for a deal by".split()), _hoping("the sides failed to reach a deal by".split())
    (False, False)
    """
    k = next((i for i in range(len(back) - 1, -1, -1) if back[i].lower() in _HOPES), None)
    return k is not None and [w.lower() for w in back[max(0, k - 2) : k]] != ["had", "been"]


def _pos_in(lo: dt.date, hi: dt.date, pos: str) -> Period:
    """Return the part of ``lo..hi`` that "the end (start, middle) of" names: its last day, first day, middle third.

    >>> _pos_in(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "end")
    Period(lo=datetime.date(2019, 12, 31), hi=datetime.date(2019, 12, 31))
    """
    if pos in {"end", "close", "turn"}:
        return Period(hi, hi)
    if pos in {"beginning", "start"}:
        return Period(lo, lo)
    return _part(lo, hi, "mid")


def _pos_beside(lo: dt.date, hi: dt.date, unit: str, k: int, pos: str) -> Period:
    """Return the end (start, middle) of the ``unit`` ``k`` steps from the anchor ``lo..hi`` (0: the anchor's own).

    >>> _pos_beside(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "month", 1, "start")
    Period(lo=datetime.date(2019, 4, 1), hi=datetime.date(2019, 4, 1))
    """
    return _pos_in(*_next_period(lo, hi, unit, k), pos)


def _month_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the following March", "the previous March", "that March": the month named, read from the anchor's
    date (the first such month after it, the last before it, or the one of its year). None for a "that" that opens
    a clause (see :func:`_points_back`).

    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks began in 2018; by the following March, they ended.",
    ...                                            dt.date(2020, 3, 18))]
    [('in 2018', '2018-01-01'), ('the following March', '2019-03-01')]
    """
    if not _points_back(m):
        return None
    k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)
    return Anchored(partial(_month_from, mon=MONTHS[m["mon"].rstrip(".").lower()], k=k), unit="month")


_BEFORE_THAT_MONTH = frozenset({"in", "by", "during", "until", "till", "through", "throughout", "since", "before",
                                "after", "of", "from", "for", "later", "earlier", "early", "late"})
_AFTER_THAT_MONTH = re.compile(r"[ \t]*+(?:[,.;:!?)—–]|\Z)")


def _points_back(m: re.Match[str]) -> bool:
    """Return whether "that" before a month points back to a time told ("in that March", "That March, they met",
    "They met that March."), rather than opening a clause whose subject the month is or modifies ("said that March
    talks would resume", "warned that March would be hard"). "the following March" always points back.

    >>> t = "in that March; said that March talks would resume; met that March."
    >>> [_points_back(x) for x in re.finditer(r"(?P<anch>that) March", t)]
    [True, False, True]
    """
    if m["anch"].lower() != "that" or m["anch"] == "That" or _AFTER_THAT_MONTH.match(m.string, m.end()):
        return True
    before = m.string[max(0, m.start() - 20) : m.start()].split()
    return bool(before) and before[-1].lower() in _BEFORE_THAT_MONTH


def _month_from(lo: dt.date, hi: dt.date, mon: int, k: int) -> Period:
    """Return month ``mon`` after the anchor ``lo..hi`` (``k`` 1), before it (-1), or in its year (0).

    >>> _month_from(dt.date(2018, 1, 1), dt.date(2018, 12, 31), 3, 1)
    Period(lo=datetime.date(2019, 3, 1), hi=datetime.date(2019, 3, 31))
    """
    if k > 0:
        return _month_range(hi.year if mon > hi.month else hi.year + 1, mon)
    if k < 0:
        return _month_range(lo.year if mon < lo.month else lo.year - 1, mon)
    return _month_range(lo.year, mon)


def _holiday_on_or_after(name: str, lo: dt.date, hi: dt.date) -> Period:
    """Return the days of holiday ``name`` (:func:`_holiday_days`) not over by ``lo``: that year's, else the next.

    >>> _holiday_on_or_after("thanksgiving", dt.date(1950, 6, 25), dt.date(1950, 6, 25))
    Period(lo=datetime.date(1950, 11, 23), hi=datetime.date(1950, 11, 23))
    >>> _holiday_on_or_after("chuseok", dt.date(2019, 9, 20), dt.date(2019, 9, 20)).lo
    datetime.date(2020, 9, 30)
    """
    days = _holiday_days(name, lo.year)
    return days if days.hi >= lo else _holiday_days(name, lo.year + 1)


def _holiday_just_passed(name: str, pub: dt.date) -> Period:
    """Return holiday ``name`` hoped for in a hope told past (:func:`_hope_told_past`) from publication ``pub``: the
    latest on or before it when that ended at most ``_JUST_PASSED`` days before (the hope faded as it came), else the
    coming one (as :func:`_start_just_passed` reads a month; dfix42).

    >>> _holiday_just_passed("christmas", dt.date(2023, 2, 10)).lo, _holiday_just_passed("christmas",
    ...                                                                                   dt.date(2022, 12, 10)).lo
    (datetime.date(2022, 12, 25), datetime.date(2022, 12, 25))
    """
    last = _holiday_by_tense(name, False, pub)
    return last if (pub - last.hi).days <= _JUST_PASSED else _holiday_by_tense(name, True, pub)


def _holiday_by_tense(name: str, future: bool, pub: dt.date) -> Period:
    """Return holiday ``name`` told with no year from publication ``pub``: the first on or after it in a clause
    about the future, else the latest on or before it (README, lead decisions on date59's questions).

    >>> _holiday_by_tense("christmas", True, dt.date(2019, 11, 20)).lo, _holiday_by_tense("christmas", False,
    ...                                                                                  dt.date(2019, 11, 20)).lo
    (datetime.date(2019, 12, 25), datetime.date(2018, 12, 25))
    """
    if future:
        return _holiday_on_or_after(name, pub, pub)
    days = _holiday_days(name, pub.year)
    return days if days.lo <= pub else _holiday_days(name, pub.year - 1)


def _nth_weekday(y: int, month: int, weekday: int, k: int) -> dt.date:
    """Return the ``k``-th ``weekday`` (0 Monday) of ``month`` in year ``y`` (``k`` -1: the last): Thanksgiving,
    Memorial Day, Labor Day.

    >>> _nth_weekday(2020, 9, 0, 1), _nth_weekday(2019, 5, 0, -1), _nth_weekday(2019, 11, 3, 4)
    (datetime.date(2020, 9, 7), datetime.date(2019, 5, 27), datetime.date(2019, 11, 28))
    """
    if k < 0:
        last = dt.date(y, month, calendar.monthrange(y, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (k - 1))


# The US federal election day is fixed by statute, 2 U.S.C. § 7 ("the Tuesday next after the 1st Monday in November,
# in every even numbered year"; presidential electors: 3 U.S.C. § 1), so it is computed here, not listed in
# data/events.csv (which lists South Korea's election days, read by `_rok_presidential_votes`).
def _us_election_day(y: int) -> dt.date:
    """Return the US federal election day of year ``y``: the Tuesday after the first Monday of November.

    >>> _us_election_day(2024), _us_election_day(2020)
    (datetime.date(2024, 11, 5), datetime.date(2020, 11, 3))
    """
    first = dt.date(y, 11, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)


def _us_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the day of "the 2024 US election", "the 2018 U.S. midterm elections": US federal elections fall on
    a day fixed by law in even years (an odd year names no such election: None, the year alone is read).

    >>> [(x, v["start"]) for *_, x, v in find_dates("It came before the 2020 U.S. election.", dt.date(2021, 3, 1))]
    [('the 2020 U.S. election', '2020-11-03')]
    """
    y = int(m["y"] or m["y2"])
    if y % 2:
        return None
    d = _us_election_day(y)
    return Range(d, d, "absolute")


def _month_vote(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the November election", "the April general election", "the November midterms": a vote held on a
    calendar, named by its month with "the" (the one the news is about), is the next such month unless its clause
    is in the past tense (then the last); "midterm" names a US midterm year (even, between presidential ones).
    In a clause told neither in the past nor ahead, a vote that ended at most ``_JUST_HELD`` days before
    publication is the one just held ("After the November midterms, Republicans control the House" in December;
    review18).

    >>> t = "Seoul wants a deal in case Trump returns after the November election."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 5, 24))]
    [('the November election', '2024-11-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It may shape the November midterms.", dt.date(2025, 7, 31))]
    [('the November midterms', '2026-11-01')]
    >>> t = "The ruling party's defeat in the April general election weighs on Yoon."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 5, 20))]
    [('the April general election', '2024-04-01')]
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    tense = None if future else clause_tense(m.string, m.start(), m.end())
    last = _resolve_month(mon, pub, "")
    past = tense == "past" or (tense != "future" and not future and mon != pub.month
                               and (pub - _month_range(last, mon)[1]).days <= _JUST_HELD)
    y = last if past else _resolve_month(mon, pub, "ahead")
    while (m["mid"] or m["mid2"]) and y % 4 != 2:  # a US midterm year: the nearest on the side the tense points to
        y += -1 if past else 1
    lo, hi = _month_range(y, mon)
    return Range(lo, hi, "month")


_JUST_HELD = 92  # days: a vote named by its month, ended at most this long before publication, is the one just held


def _month_deadline(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a bare month named as a deadline or target ("don't see November as a hard deadline", "June is the
    target"): a time set ahead, the next such month unless its clause before it is in the past tense (then the
    last; a reporting verb after it, "..., envoy says", tells no time of its own).

    >>> [(x, v["start"]) for *_, x, v in find_dates("November not a hard deadline", dt.date(2024, 3, 13))]
    [('November', '2024-11-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("November was the deadline.", dt.date(2024, 12, 13))]
    [('November', '2024-11-01')]
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    back = _clause_words(m.string, max(0, m.start() - _BACK), m.start(), True, None)
    past = _first_tense(back, back=True) == "past"  # the clause before it: "..., envoy says" after it tells no time
    past = past or _PAST_COPULA.match(m.string, m.end()) is not None  # review18: "November was the deadline"
    lo, hi = _month_range(_resolve_month(mon, pub, "" if past else "ahead"), mon)
    return Range(lo, hi, "month")


# "November was the deadline": told in the past (review18)
_PAST_COPULA = re.compile(r"[ \t]{1,3}+(?:was|wasn't|became|had[ \t]{1,3}+been)\b")


def _within_the(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "within the month" (week, year) told of what is still to be done ("hopes to conclude the deal within
    the year"): publication's month (week, year), as "within this month"; None in a clause in the past tense, where
    "the month" is one told before.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Seoul hopes to sign within the year.", dt.date(2019, 11, 20))]
    [('within the year', '2019-01-01')]
    >>> find_dates("They had signed within the year.", dt.date(2019, 11, 20))
    []
    >>> [(x, v["end"]) for *_, x, v in find_dates("Seoul Hopes to Sign Within the Month", dt.date(2019, 11, 20))]
    [('Within the Month', '2019-11-30')]
    """
    before = _TOKEN.findall(m.string, max(0, m.start() - _WINDOW), m.start())[-6:]  # "wanted to conclude it"
    if clause_tense(m.string, m.start(), m.end()) == "past" and not _infinitive(before):
        return None
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(lo, hi, "relative")


def _throughout_the(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "throughout the year" (month, week) in a clause told of what is still to come ("Seoul would pay the
    wages throughout the year"): publication's year (month, week), as "within the year" is; None in any other clause
    (past: "the year" is one told before; present: a habit, "prices rise throughout the year") (fresh81q).

    >>> ranges("Seoul announced that it would pay the wages throughout the year.", dt.date(2020, 6, 4))
    [('throughout the year', '2020-01-01', '2020-12-31')]
    >>> ranges("In 2019, talks dragged on throughout the year.", dt.date(2020, 6, 4))[1:]
    []
    """
    if clause_tense(m.string, m.start(), m.end()) != "future" or _told_before(m.string, m.start(), pub):
        return None
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(lo, hi, "relative")


_YEAR_TOLD = re.compile(r"(?<![\d,.$])\b(?:19|20)\d\d\b(?!,\d)")  # a year a sentence names ("in 2019")
_SENTENCE_CUT = re.compile(r"[.!?](?=\s)|[;\n\r]")


def _told_before(text: str, start: int, pub: dt.date) -> bool:
    """Return whether the clause before ``start`` is one of "would" (past reported speech) in a sentence that names a
    year before publication's ("In 2019, Seoul said it would pay", "in May 2018"), "last year", "years ago" or a month
    "last" after publication's (``pub``'s) month ("Last March" told in January): the time it reports is that one
    (review81).

    >>> t = "In 2019, Seoul said it would pay throughout"
    >>> _told_before(t, 33, dt.date(2020, 3, 10)), _told_before(t, 33, dt.date(2019, 3, 10))
    (True, False)
    >>> _told_before("Last March, Bo said it would pay", 32, dt.date(2020, 1, 15)), _told_before(
    ...     "Last March, Bo said it would pay", 32, dt.date(2020, 6, 4))
    (True, False)
    >>> _told_before("In 2019, Seoul said it will pay", 31, dt.date(2020, 3, 10))
    False
    """
    lo = max(0, start - win.THROUGHOUT_TOLD_BACK)
    words = [w.lower() for w in _clause_words(text, lo, start, True, None)]
    if "would" not in words:
        return False
    if any(a == "last" and (b == "year" or MONTHS.get(b, 0) > pub.month) for a, b in pairwise(words)):
        return True  # "last year", "Last March" told in January (read again from March's own days: not earlier)
    if any(a in {"year", "years"} and b == "ago" for a, b in pairwise(words)):
        return True  # "two years ago"
    cut = last_match(_SENTENCE_CUT, text, lo, start)
    return any(int(y[0]) < pub.year for y in _YEAR_TOLD.finditer(text, cut.end() if cut else lo, start))


_ELECTION_NEAR = 14  # days: a bare "election" this near a US election day, in news of the allies, is that one


_MONTH_SLACK = 7  # days a count of months may be off: "one month ahead of" the vote, told 32 or 28 days before it


def _on_side(day: dt.date, pub: dt.date, ahead: bool, slack: dt.timedelta = dt.timedelta(0)) -> bool:
    """Return whether ``day`` lies on the side of publication a tense points to (``ahead``: on or after it; else on
    or before it), or within ``slack`` of it.

    >>> day, pub = dt.date(2024, 10, 5), dt.date(2024, 10, 4)
    >>> _on_side(day, pub, False), _on_side(pub, pub, False), _on_side(day, pub, True)
    (False, True, True)
    """
    return (day >= pub) == ahead or abs(day - pub) <= slack


def _day_by_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the day a day, week or month (or a count of them) before or after a US election comes to ("day before
    election" in a headline, "the week after the U.S. presidential election", "two weeks before the US presidential
    election"); after "a" or "one", the election's own day, as a count of one
    from any event reads ("signed a day before the election": the time told is the election's). The election is the
    one nearest publication. A bare "election" is the
    US one only within two weeks of its day (no Korean national election falls in November); else None.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Allies sign deal day before election", dt.date(2024, 11, 4))]
    [('day before election', '2024-11-04')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("Lee won the week after the US election.", dt.date(2025, 2, 1))]
    [('the week after the US election', '2024-11-12')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("Lee won a week after the US election.", dt.date(2025, 2, 1))]
    [('a week after the US election', '2024-11-05')]
    >>> find_dates("Lee spoke a day before the election.", dt.date(2024, 4, 12))[0][2]
    'a day before'
    >>> [v["start"] for *_, v in find_dates("It quit two months after the US election.", dt.date(2025, 2, 1))]
    ['2025-01-05']
    """
    step_years = 4 if "presidential" in m.group() else 2
    n = _count(m["n"]) if m["n"] else 1
    if n is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower()
    near = [_us_election_day(y) for y in range(pub.year - 4, pub.year + 5) if y % step_years == 0]
    tense = "future" if future else clause_tense(m.string, m.start(), m.end())
    if tense:  # "will meet the day after the election": the day still ahead; "met ...": the day gone by
        slack = dt.timedelta(days=_MONTH_SLACK if unit == "month" else 0)  # "one month ahead" told 32 days before
        near = [e for e in near if _on_side(_add(e, unit, sign * n), pub, tense == "future", slack)]
    election = min(near, key=lambda e: abs((e - pub).days))
    if not m["us"] and abs((election - pub).days) > _ELECTION_NEAR:
        return None
    if (m["art"] or "").lower() in {"a", "one"}:
        return Range(election, election, "relative")  # "a day after the election": the election's own day (see above)
    return Range(_add(election, unit, sign * n), _add(election, unit, sign * n), "relative")


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


# The answers of the election handlers wrapped by :func:`_kept_looking_back`, given while a stretch is read for the
# date that tells an event (speed51): [the text, {(handler, pattern, span, groups, day, future): answer}]
_KEPT_BACK: list[Any] = [None, {}]


def _kept_looking_back(handler: Handler) -> Handler:
    """Return ``handler`` with its answers kept for the text while ``_date_told`` reads a stretch (``_LOOKING_BACK``
    set: no event is dated from other sentences, so the answer is the match's, whatever stretch holds it): an event
    word is read again by each overlapping stretch of the event words before it (speed51: 10 stretches a word on a
    run of "before Election Day"); outside those reads each call is the handler's own.

    >>> kept = _kept_looking_back(_election_day)
    >>> m = re.search("election day", "Votes rise as election day approaches.")
    >>> kept(m, dt.date(2020, 10, 30), False) == _election_day(m, dt.date(2020, 10, 30), False)
    True
    """
    @wraps(handler)
    def kept(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
        if not _LOOKING_BACK[0]:
            return handler(m, pub, future)
        if _KEPT_BACK[0] is not m.string:
            _KEPT_BACK[:] = [m.string, {}]
        key = (handler, m.re, m.span(), m.groups(), pub, future)
        if key not in _KEPT_BACK[1]:
            _KEPT_BACK[1][key] = handler(m, pub, future)
        return _KEPT_BACK[1][key]
    return kept


_election_day = _kept_looking_back(_election_day)
_day_by_election = _kept_looking_back(_day_by_election)


@cache
def _rok_presidential_votes() -> tuple[dt.date, ...]:
    """Return the polling days of South Korea's presidential elections, in order: the ``election`` rows of
    data/events.csv with actor ``south-korea`` and "presidential" in their title, read once per process. A bare
    "presidential election" nearer one of these than any US one is not read as the US vote (see `_at_election`).

    >>> _rok_presidential_votes()[0], dt.date(2022, 3, 9) in _rok_presidential_votes()
    (datetime.date(1987, 12, 16), True)
    """
    return tuple(sorted(dt.date.fromisoformat(r["start"]) for r in check_table("events").dicts()
                        if r["kind"] == "election" and "south-korea" in r["actors"].split(";")
                        and "presidential" in r["title"].lower()))


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


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}  # the year a year word names, from publication's


def _year_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "since last year's presidential election", "after last year's U.S. presidential election", "following
    this year's midterm elections": "since X"/"after X" is X (README), the one election of that kind the year
    holds: the US federal day of a presidential (every fourth) or midterm year, or South Korea's presidential vote
    (data/events.csv) when no US word is written; None when the year holds none or both (2012: which is not said).

    >>> [(x, v["start"]) for *_, x, v in find_dates("Harlan wants it since last year's presidential election.",
    ...                                             dt.date(2025, 7, 10))]
    [("last year's presidential election", '2024-11-05')]
    >>> [v["start"] for *_, v in find_dates("Lee led since last year's presidential election.", dt.date(2023, 2, 1))]
    ['2022-03-09']
    >>> [v["start"] for *_, v in find_dates("Lee led since last year's presidential election.", dt.date(2013, 3, 1))]
    ['2012-01-01']
    """
    year = pub.year + _YEAR_STEP[m["rel"].lower()]
    kind = m["kind"].lower()
    days = []
    if (kind == "presidential" and year % 4 == 0) or (kind == "midterm" and year % 4 == 2):
        days.append(_us_election_day(year))
    if kind == "presidential" and not m["us"]:
        days += [d for d in _rok_presidential_votes() if d.year == year]
    return Range(days[0], days[0], "relative") if len(days) == 1 else None


def _election_named(m: re.Match[str], pub: dt.date, ahead: bool) -> Range | None:
    """Return "before the next US election", "after the last presidential election": the first US federal election
    on or after publication (``ahead``), else the latest before it — presidential years only for "presidential";
    None for neither a US word nor "presidential" nor "midterm" (it may be any country's).

    >>> [(x, v["start"]) for *_, x, v in find_dates("Review before next US election", dt.date(2025, 6, 27))]
    [('next US election', '2026-11-03')]
    """
    kind = (m["kind"] or "").lower()
    if not (m["us"] or kind in {"presidential", "midterm"}):
        return None
    step_years = 4 if kind == "presidential" else 2
    years = range(pub.year - 4, pub.year + 5)
    days = [_us_election_day(y) for y in years if y % step_years == 0 and (kind != "midterm" or y % 4 == 2)]
    side = [d for d in days if (d >= pub if ahead else d < pub)]
    day = min(side, key=lambda d: abs((d - pub).days))
    return Range(day, day, "relative")


_FISCAL_MARKS = re.compile(
    r"(?P<us>U\.S\.|\b(?:US|USFK|American|Congress|congressional|Pentagon|NDAA|Washington|Senate|DoD)\b"
    r"|(?<!Blue )\bHouse\b"
    r"|\bDefense[ \t]Department\b|\bDepartment[ \t]of[ \t]Defense\b)"  # the US defence department's own name (dfix43)
    r"|(?P<law>\b(?:Authorization|Appropriations)[ \t]Act\b)"
    r"|(?P<japan>\b(?:Japan|Japanese|Tokyo)\b)|(?P<calendar>(?<!Forces )\b(?:Korea|Korean|Seoul)\b)"
)

# a literal every match of _FISCAL_MARKS holds, as written (case too): "U.S.", each word of its \b(?:...)\b groups
# ("Japanese" holds "Japan", "Korean" "Korea", each law's name its first word); its look-behinds hold no character
_FISCAL_LITERALS = ("U.S.", "US", "American", "Congress", "congressional", "Pentagon", "NDAA", "Washington", "Senate",
                    "House", "DoD", "Department", "Authorization", "Appropriations", "Japan", "Tokyo", "Korea", "Seoul")


def _fiscal_marks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Return the matches of :data:`_FISCAL_MARKS` in ``text[start:end]`` (as ``finditer(text, start, end)``), none
    read when no literal of :data:`_FISCAL_LITERALS` stands wholly in that stretch: a match lies wholly in it and
    holds one, so with none there is none (a few ``str.find`` instead of the pattern tried at each character).

    >>> [k.group() for k in _fiscal_marks("Tokyo and the US", 0, 16)], list(_fiscal_marks("in fiscal 2020", 0, 14))
    (['Tokyo', 'US'], [])
    >>> [k.group() for k in _fiscal_marks("the USA", 0, 6)]  # cut at the end, as finditer cuts it
    ['US']
    """
    if any(text.find(lit, start, end) >= 0 for lit in _FISCAL_LITERALS):
        return _FISCAL_MARKS.finditer(text, start, end)
    return iter(())


def _fiscal_owner(text: str, marks: list[re.Match[str]], start: int, end: int) -> re.Match[str] | None:
    """Return the mark of the government whose fiscal year ``text[start:end]`` is: the one named nearest, but a
    law's name (a US form: "Appropriations Act") that a government owns by a possessive is that government's
    ("Japan's Appropriations Act for fiscal 2020").

    >>> t = "Japan's Appropriations Act for fiscal 2020"
    >>> _fiscal_owner(t, list(_FISCAL_MARKS.finditer(t)), 31, 42).group()
    'Japan'
    >>> t = "The Senate passed the Appropriations Act for fiscal 2020, which Seoul watched"
    >>> _fiscal_owner(t, list(_FISCAL_MARKS.finditer(t)), 44, 55).group()
    'Appropriations Act'
    """
    near = min(marks, default=None, key=lambda k: min(abs(k.start() - end), abs(start - k.end())))
    if near is None or not near["law"]:
        return near
    owner = [k for k in marks if not k["law"] and text[k.end() : near.start()] in {"'s ", "’s "}]
    return owner[0] if owner else near


_FISCAL_BACK = 1000  # characters read back for the government of a fiscal year whose sentence names none
# a country named as a place after a preposition ("to station troops in South Korea", "seeks $5 billion from Seoul")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|into|across)[ \t]{1,3}(?:(?:South|North)[ \t]{1,3})?\Z")
_PLACE_BACK = 16  # characters read before a country's name for the preposition that makes it a place


def _placed(text: str, mark: re.Match[str]) -> bool:
    """Return whether a Korean or Japanese ``mark`` of :data:`_FISCAL_MARKS` names a place, after a preposition ("the
    cost to station troops in South Korea in fiscal year 2020", "the U.S. spent it in Japan"): no government whose
    budget is meant, so another government named in the sentence (or, with none there, before it) owns the fiscal
    year; with none, the place still does (fresh78q).

    >>> t = "The U.S. will spend it to station troops in South Korea in fiscal year 2020."
    >>> _fiscal_kind(re.search("fiscal", t)), _fiscal_kind(re.search("fiscal", "Troops in Korea cost X in fiscal 2020"))
    ('us', 'calendar')
    """
    if not (mark["calendar"] or mark["japan"]) or text.startswith(("'s", "’s"), mark.end()):
        return False  # not "rose from Seoul's share": a possessive names the government
    return _PLACE_BEFORE.search(text, max(0, mark.start() - _PLACE_BACK), mark.start()) is not None


# the US forces named as a thing paid for ("spend ¥58 billion on U.S. forces in fiscal 2019"): no government's
# budget; not the forces as the spender or an owner ("U.S. military spending", "U.S. forces' budget", review97)
_FORCES_AFTER = re.compile(
    r"[ \t]{1,3}(?:forces|troops|military|bases|soldiers|servicemembers|personnel)\b(?!['’])"
    r"(?![ \t]{1,3}(?:spending|spends?|spent|budgets?|budgeted|requested|requests?|asked|funding)\b)"
)
# a preposition of paying right before the US mark ("on U.S. forces", "for the U.S. troops", "toward U.S. bases")
_PAID_FOR_BEFORE = re.compile(r"\b(?:on|for|toward|towards|to)[ \t]{1,3}(?:the[ \t]{1,3})?\Z")


def _not_owner(text: str, mark: re.Match[str]) -> bool:
    """Return whether a mark of :data:`_FISCAL_MARKS` owns no fiscal year where it stands: a country named as a place
    (:func:`_placed`), or a US mark before the name of its forces ("Tokyo plans to spend ¥58 billion on U.S. forces in
    fiscal 2019": Japan's fiscal year), which another government named near it owns, as a place does.

    >>> t = "The Japanese government plans to spend ¥58 billion on U.S. forces in fiscal 2019."
    >>> u = "It spent X on U.S. forces in fiscal 2019."
    >>> _fiscal_kind(re.search("fiscal", t)), _fiscal_kind(re.search("fiscal", u))
    ('japan', 'us')
    >>> _fiscal_kind(re.search("fiscal", "Tokyo watched as the U.S. Congress funded fiscal 2019."))
    'us'
    >>> t = "Japan said the U.S. military requested $3 billion for its bases in fiscal 2020."  # the spender: its own
    >>> _fiscal_kind(re.search("fiscal", t))
    'us'
    """
    if _placed(text, mark):
        return True
    if mark["us"] is None or _FORCES_AFTER.match(text, mark.end()) is None:
        return False
    return _PAID_FOR_BEFORE.search(text, max(0, mark.start() - _PLACE_BACK), mark.start()) is not None


def _fiscal_kind(m: re.Match[str]) -> str:
    """Return whose fiscal year ``m`` is: "us", "japan" or "calendar" (Korea's, or none named), by the government
    named nearest to it in its sentence (:func:`_fiscal_owner`).

    >>> _fiscal_kind(re.search("fiscal", "The Senate passed the fiscal 2020 bill."))
    'us'
    >>> _fiscal_kind(re.search("fiscal", "Seoul set the budget. It is for the next fiscal year."))
    'calendar'
    """
    b, e = _sentence_span(m.string, m.start(), m.end())
    marks = list(_fiscal_marks(m.string, b, e))
    near = _fiscal_owner(m.string, [k for k in marks if not _not_owner(m.string, k)], m.start(), m.end())
    if near is None:  # none in its sentence: the one named last before it ("the NDAA. It funds the next fiscal year")
        back = _fiscal_marks(m.string, max(0, b - _FISCAL_BACK), b)
        near = max((k for k in back if not _not_owner(m.string, k)), default=None, key=lambda k: k.start())
    near = near or _fiscal_owner(m.string, marks, m.start(), m.end())  # a place the only one named: its own
    if near is not None and (near["us"] or near["law"]):
        return "us"
    return "japan" if near is not None and near["japan"] else "calendar"


def _fiscal_years(kind: str, y1: int, y2: int) -> Range:
    """Return the fiscal years named ``y1`` through ``y2`` of a ``kind`` of government (US: October to September,
    named by the year it ends; Japan: April to March, named by the year it starts; else the calendar years).

    >>> _fiscal_years("us", 2019, 2021)
    Range(lo=datetime.date(2018, 10, 1), hi=datetime.date(2021, 9, 30), form='absolute')
    """
    if kind == "us":
        return Range(dt.date(y1 - 1, 10, 1), dt.date(y2, 9, 30), "absolute")
    if kind == "japan":
        return Range(dt.date(y1, 4, 1), dt.date(y2 + 1, 3, 31), "absolute")
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "absolute")


def _fiscal(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a government's fiscal year ("fiscal 2020", "FY2022", "the 2026 fiscal year") or a range of them
    ("fiscal years 2019-2021": the first's first day to the last's last), of the government :func:`_fiscal_kind`
    reads.

    >>> ranges("Congress passed the fiscal 2020 bill.", dt.date(2021, 3, 1))
    [('fiscal 2020', '2019-10-01', '2020-09-30')]
    >>> ranges("The NDAA bills for fiscal year 2019-2021 held it.", dt.date(2025, 3, 1))
    [('fiscal year 2019-2021', '2018-10-01', '2021-09-30')]
    """
    y = int(m["y"])
    y2 = int(m["y2"]) if m.groupdict().get("y2") else y  # not "FY 2019-20", which may name one year (a range of years)
    return _fiscal_years(_fiscal_kind(m), y, y2) if y2 >= y else None


# a quarter or half of a named fiscal year: "the first quarter of fiscal year 2026", "the second half of fiscal 2025",
# "the third quarter of the 2025 fiscal year", "the fourth quarter of FY2024" (dates52; "the fiscal fourth quarter"
# with no year names none: a company's fiscal year is not told)
_FISCAL_PART = re.compile(
    rf"\b(?i:the)[ \t]{{1,3}}(?P<ford>(?i:first|second|third|fourth|latter|former))"
    rf"[ \t]{{1,3}}(?P<fpart>(?i:quarter|half))"
    rf"[ \t]{{1,3}}(?i:of)[ \t]{{1,3}}(?:(?:(?i:fiscal)(?:[ \t]{{1,3}}(?i:year))?[ \t]{{1,3}}|FY[ \t]?)(?P<y>{_YEAR})"
    rf"|(?i:the)[ \t]{{1,3}}(?P<y1>{_YEAR})[ \t]{{1,3}}(?i:fiscal)[ \t]{{1,3}}(?i:year))\b(?![\w%]|[-–/]\d)")
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_HALF_ORDINAL = {"former": 1, "latter": 2}  # a half's only: "the latter quarter" is none (mend52d)


def _fiscal_part(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a quarter or half of a fiscal year named by its year (:data:`_FISCAL_PART`): its months, counted from
    the first month of that government's fiscal year (:func:`_fiscal_years`; US October, Japan April, else January;
    dates52). None for a third or fourth half.

    >>> ranges("The Pentagon will pay in the first quarter of fiscal year 2026.", dt.date(2025, 3, 1))
    [('the first quarter of fiscal year 2026', '2025-10-01', '2025-12-31')]
    >>> ranges("The Pentagon will pay in the latter half of fiscal 2026.", dt.date(2025, 3, 1))
    [('the latter half of fiscal 2026', '2026-04-01', '2026-09-30')]
    """
    ford, size = m["ford"].lower(), 3 if m["fpart"].lower() == "quarter" else 6
    n = _HALF_ORDINAL.get(ford) or _ORDINAL_NUMBER[ford]  # "the latter half of fiscal 2026" (mend52d)
    if n * size > 12 or (ford in _HALF_ORDINAL and size != 6):
        return None
    y = int(m["y"] or m["y1"])
    lo = _add(_fiscal_years(_fiscal_kind(m), y, y).lo, "month", size * (n - 1))
    part = _months(lo.year, lo.month, size)
    return Range(part.lo, part.hi, "absolute")


_FISCAL_STEP = {"upcoming": 1, "next": 1, "coming": 1, "this": 0, "current": 0, "present": 0, "last": -1,
                "previous": -1, "past": -1, "prior": -1}


def _fiscal_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of the running fiscal year as a deadline ("restored by the end of the fiscal year", "before
    the end of this fiscal year"), of the government :func:`_fiscal_kind` reads (README "A fiscal year": "this/current"
    the running one; a deadline at the end of a term is its last day).

    >>> ranges("USFK said pay resumes by the end of the fiscal year.", dt.date(2026, 2, 3))
    [('by the end of the fiscal year', '2026-09-30', '2026-09-30')]
    >>> ranges("Seoul said pay resumes by the end of the fiscal year.", dt.date(2026, 2, 3))
    [('by the end of the fiscal year', '2026-12-31', '2026-12-31')]
    """
    kind = _fiscal_kind(m)
    y = _fiscal_year_named(kind, pub, 0)
    last = _fiscal_years(kind, y, y).hi
    return Range(last, last, "absolute")


def _fiscal_year_named(kind: str, pub: dt.date, step: int) -> int:
    """Return the year naming the fiscal year ``step`` years from the one running at ``pub``, of a ``kind`` of
    government (:func:`_fiscal_years`); for the US a step ahead counts from publication's year (:func:`_fiscal_told`).

    >>> [_fiscal_year_named(k, dt.date(2025, 12, 18), 0) for k in ("us", "japan", "korea")]
    [2026, 2025, 2025]
    >>> _fiscal_year_named("us", dt.date(2025, 12, 18), 1), _fiscal_year_named("japan", dt.date(2025, 3, 2), 1)
    (2026, 2025)
    """
    if kind == "us":
        return pub.year + step if step > 0 else pub.year + (pub.month >= 10) + step
    return pub.year + step - (kind == "japan" and pub.month < 4)


def _fiscal_told(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a fiscal year told from publication ("the upcoming fiscal year", "last fiscal year"): of the US, the
    one named by publication's year plus the step (the next one is named by the year after publication's, so that
    told in October to December it is the budget year Congress is still passing, already begun); of Japan, the one
    begun by publication plus the step; else the calendar year.

    >>> ranges("The US Senate voted funds for the upcoming fiscal year.", dt.date(2025, 12, 18))
    [('the upcoming fiscal year', '2025-10-01', '2026-09-30')]
    >>> ranges("Tokyo raised spending for the next fiscal year.", dt.date(2025, 3, 2))
    [('the next fiscal year', '2025-04-01', '2026-03-31')]
    """
    kind = _fiscal_kind(m)
    y = _fiscal_year_named(kind, pub, _FISCAL_STEP[(m["rel"] or m["rel2"]).lower()])
    return _fiscal_years(kind, y, y)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),  # the US one (the Canadian is told as "Canadian Thanksgiving")
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),  # the US one: the last Monday of May (5 U.S.C. 6103)
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),  # the first Monday of September
    "veterans day": lambda y: dt.date(y, 11, 11),
    "independence day": lambda y: dt.date(y, 7, 4),  # the US one
    "liberation day": lambda y: dt.date(y, 8, 15),  # Korea's (Gwangbokjeol)
    "independence movement day": lambda y: dt.date(y, 3, 1),  # Korea's Samiljeol (the 1919 uprising)
    "national foundation day": lambda y: dt.date(y, 10, 3),  # Korea's Gaecheonjeol
    "easter": easter,  # Western Easter Sunday (dateutil's computus)
    # fix51d3: the other US federal holidays of 5 U.S.C. 6103(a) ("Birthday of Martin Luther King, Jr., the third
    # Monday in January"; "Washington's Birthday, the third Monday in February", told "Presidents' Day"; "Juneteenth
    # National Independence Day, June 19"; "Columbus Day, the second Monday in October"), and Korea's fixed-date
    # public holidays of the Regulations on Holidays of Government Offices (Presidential Decree), art. 2: Memorial Day
    # (Hyeonchungil), June 6, read only when the text makes it Korea's; Hangeul Day, October 9
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "korea's memorial day": lambda y: dt.date(y, 6, 6),
    "hangeul day": lambda y: dt.date(y, 10, 9),
    "valentine's day": lambda y: dt.date(y, 2, 14),  # no public holiday, but a day of fixed date
}
# other names of the same days ("the Christmas holiday": the day; "Easter Sunday": Easter)
_HOLIDAY_NAMES = {"thanksgiving day": "thanksgiving", "christmas day": "christmas", "veterans' day": "veterans day",
                  "new year's": "new year's day",  # "over New Year's, talks paused": the day (dother52)
                  "veteran's day": "veterans day", "labour day": "labor day", "fourth of july": "independence day",
                  "the fourth of july": "independence day", "samiljeol": "independence movement day",
                  "gaecheonjeol": "national foundation day", "easter sunday": "easter",
                  # fix51d3: the spellings of the same days
                  "presidents day": "presidents' day", "president's day": "presidents' day",
                  "martin luther king day": "martin luther king jr. day", "mlk day": "martin luther king jr. day",
                  "martin luther king jr day": "martin luther king jr. day",
                  "martin luther king, jr. day": "martin luther king jr. day",
                  "juneteenth day": "juneteenth", "hangul day": "hangeul day"}
# the lunar holidays' names as told ("the Lunar New Year holiday"), by the key of data/lunar_holidays.csv; "<name>
# Day" is the holiday's own day, not its three public holidays
_LUNAR_NAMES = {"chuseok": "chuseok", "seollal": "seollal", "lunar new year": "seollal"}


class _NoRow(ValueError):
    """A lunar holiday in a year data/lunar_holidays.csv has no row for (no source was found): left unresolved."""


@cache
def _lunar_days() -> dict[tuple[str, int], tuple[dt.date, dt.date, dt.date]]:
    """Return data/lunar_holidays.csv as {(holiday, year): (first public holiday, the day, last)}, read once.

    >>> _lunar_days()[("chuseok", 2019)]
    (datetime.date(2019, 9, 12), datetime.date(2019, 9, 13), datetime.date(2019, 9, 14))
    """
    return {(r["holiday"], int(r["year"])): (dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["day"]),
                                             dt.date.fromisoformat(r["end"]))
            for r in check_table("lunar_holidays").dicts()}


def _holiday_days(name: str, y: int) -> Period:
    """Return the days of holiday ``name`` in year ``y``: a fixed-rule one's day (``_HOLIDAYS``); a lunar one's three
    public holidays ("chuseok"), or its own day ("chuseok day"), from data/lunar_holidays.csv (:class:`_NoRow` for a
    year with no row: no source gives it).

    >>> _holiday_days("chuseok", 2020), _holiday_days("seollal day", 2021).lo, _holiday_days("christmas", 2019).lo
    ... # doctest: +NORMALIZE_WHITESPACE
    (Period(lo=datetime.date(2020, 9, 30), hi=datetime.date(2020, 10, 2)), datetime.date(2021, 2, 12),
     datetime.date(2019, 12, 25))
    """
    if name.endswith(" weekend"):
        return _weekend_joined(_holiday_days(name.removesuffix(" weekend"), y))
    if name in _HOLIDAYS:
        day = _HOLIDAYS[name](y)
        return Period(day, day)
    lunar = name.removesuffix(" day")
    if (row := _lunar_days().get((lunar, y))) is None:
        raise _NoRow(f"no sourced date of {lunar.title()} in {y} in data/lunar_holidays.csv")
    return Period(row[1], row[1]) if name.endswith(" day") else Period(row[0], row[2])


def _weekend_joined(days: Period) -> Period:
    """Return a holiday's ``days`` with the weekend they join ("the Labor Day weekend": Saturday to the Monday;
    "the Thanksgiving weekend": the Thursday to Sunday); days that join none (a Tuesday, a Wednesday) stay as they are.

    >>> _weekend_joined(_holiday_days("labor day", 2019)), _weekend_joined(_holiday_days("thanksgiving", 2019)).hi
    (Period(lo=datetime.date(2019, 8, 31), hi=datetime.date(2019, 9, 2)), datetime.date(2019, 12, 1))
    """
    lo, hi = days
    if lo.weekday() in (0, 6):  # a Monday (Sunday) holiday: from the Saturday before
        lo -= dt.timedelta(days=lo.weekday() + 2 if lo.weekday() == 0 else 1)
    if hi.weekday() in (3, 4, 5):  # a Thursday to Saturday one: to the Sunday after
        hi += dt.timedelta(days=6 - hi.weekday())
    return Period(lo, hi)


def _lunar_key(words: str) -> str:
    """Return the key :func:`_holiday_days` reads for a lunar holiday's words.

    >>> _lunar_key("the Lunar New Year holiday"), _lunar_key("Chuseok"), _lunar_key("Lunar New Year's Day")
    ('seollal', 'chuseok', 'seollal day')
    """
    words = " ".join(words.lower().split()).removeprefix("the ")
    day = words.endswith(" day")
    name = words.removesuffix(" day").removesuffix(" holidays").removesuffix(" holiday")
    name = name.removesuffix("'s").removesuffix("’s")  # "Lunar New Year's Day": Seollal's own day (dates52)
    return _LUNAR_NAMES[name] + (" day" if day else "")


def _holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a holiday of fixed rule after a preposition ("by Thanksgiving"), counted from the paragraph's date.

    The first one on or after the date before it in its paragraph; with none, the one its clause's tense picks from
    publication (:func:`_holiday_by_tense`: a future, a deadline or a present clause, :func:`_present_clause`, ahead;
    a past one back). A lunar one ("on Chuseok", "over the Lunar New Year holiday") is its three public holidays of
    data/lunar_holidays.csv, unresolved in a year with no row there (:func:`_holiday_days`). Not a "Christmas
    card", nor a name ("at Christmas Island").

    >>> [(x, v["start"]) for *_, x, v in find_dates("Troops landed on June 25, 1950; by Thanksgiving, they won.",
    ...                                           dt.date(2020, 3, 12))]
    [('on June 25, 1950', '1950-06-25'), ('by Thanksgiving', '1950-11-23')]
    >>> ranges("Kim met Lee on Memorial Day and will meet him by Christmas, not on Chuseok.", dt.date(2019, 11, 20))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('on Memorial Day', '2019-05-27', '2019-05-27'), ('by Christmas', '2019-12-25', '2019-12-25'),
     ('on Chuseok', '2020-09-30', '2020-10-02')]
    >>> ranges("Troops landed in 1998; by Chuseok, they left.", dt.date(2019, 11, 20))[1]
    ('by Chuseok', None, None)
    >>> ranges("Kim met Lee during Chuseok in 2018 and on Thanksgiving 2017.", dt.date(2019, 11, 20))[::2]
    [('during Chuseok', '2018-09-23', '2018-09-25'), ('on Thanksgiving', '2017-11-23', '2017-11-23')]
    >>> ranges("Seoul wants a deal by Christmas.", dt.date(2022, 6, 8))
    [('by Christmas', '2022-12-25', '2022-12-25')]
    """
    key = _holiday_key(m)
    if _memorial_unclear(m, key):
        return _memorial_told(m, pub, future) or Anchored(partial(_holiday_on_or_after, key), why=MEMORIAL_WHY)
    which, year = _group(m, "which") or _group(m, "which2"), _holiday_year_after(m, pub)
    if _holiday_no_day(m, year) or (which and _this_holiday_past(m, which.lower(), key, pub, future)):
        return None  # "since Juneteenth became a holiday", "Do nurses get Christmas off?" (mend of fix51d3)
    try:
        if year is not None:  # "during Chuseok in 2018", "on Thanksgiving 2017", "on Labor Day last year": that year's
            return Range(*_holiday_days(key, year), "relative")
        if which:
            return _holiday_this_last(key, which.lower(), pub)
    except _NoRow as none:
        return Anchored(partial(_holiday_on_or_after, key), why=str(none))
    word = m.group().split()[0].lower()
    past = not future and clause_tense(m.string, m.start(), m.end()) == "past"
    ahead = future or (not past and (word in _DEADLINE_WORDS or _present_clause(m.string, m.start(), word))) \
        or _prospect_before(m.string, m.start()) or _prospect_after(m.string, m.end())
    back = past and word not in _UNTIL_WORDS and _told_earlier(m.string, m.start())
    done = pub if past and not ahead and word not in _DEADLINE_WORDS else None  # a past one: by publication (dfix41)
    told = partial(_holiday_just_passed, key) if ahead and _hope_told_past(m.string, m.start(), m.end()) \
        else partial(_holiday_by_tense, key, ahead)  # "Hopes of a deal before Christmas faded" (dfix42)
    if past and not ahead and word == "ahead":  # "The talks stalled ahead of Christmas" (dother52; not "before":
        # "They reached a deal before Christmas" told a week before it is the last one, dfix41's row)
        told = partial(_holiday_imminent, key)
    return Anchored(partial(_holiday_from_day, key, back, done), published=told)


_IMMINENT_HOLIDAY = 14  # days: a holiday this near ahead of publication is the one a past "ahead of" meant


def _holiday_imminent(name: str, pub: dt.date) -> Period:
    """Return holiday ``name`` after "ahead of" in a past clause told from publication ``pub``: the coming
    one when it is at most ``_IMMINENT_HOLIDAY`` days ahead ("Moon visited troops ahead of Chuseok" told two days
    before it: the act was done before the holiday still to come), else the latest on or before ``pub`` (dother52).

    >>> _holiday_imminent("christmas", dt.date(2019, 12, 20)).lo, _holiday_imminent("christmas", dt.date(2020, 1, 6)).lo
    (datetime.date(2019, 12, 25), datetime.date(2019, 12, 25))
    >>> _holiday_imminent("christmas", dt.date(2019, 11, 28)).lo
    datetime.date(2018, 12, 25)
    """
    coming = _holiday_on_or_after(name, pub, pub)
    if (coming.lo - pub).days <= _IMMINENT_HOLIDAY:
        return coming
    return _holiday_by_tense(name, False, pub)


def _hope_told_past(text: str, start: int, end: int, back: list[str] | None = None) -> bool:
    """Return whether the date ``text[start:end]`` is what a hope (a noun of expectation before it, :func:`_prospect`,
    or a verb weighing its chance after it, :func:`_prospect_after`) was held for, told past by the verb of that
    hope's own clause after the date, before any comma ("Hopes of a deal before Christmas faded", "Expectations of an
    agreement by March dimmed", "a deal by May looked unlikely"): the date of that time, which publication may have
    passed. Not a hope a verb before it holds ("braced for the possibility of ... in November"; ``back``: the
    clause's words before the date, if read). dfix42.

    >>> t = "Hopes of a deal before Christmas faded."
    >>> _hope_told_past(t, t.index("before"), t.index(" faded")), _hope_told_past(t.replace("faded", "fade"), 9, 32)
    (True, False)
    """
    cut = text.find(",", end, end + _WINDOW)
    after = _clause_words(text, end, min(len(text), end + _WINDOW) if cut < 0 else cut, False, None)
    if not _own_past(after):
        return False
    back = _clause_words(text, max(0, start - _BACK), start, True, None) if back is None else back
    return _prospect(back) or _prospect_after(text, end)


def _prospect_before(text: str, at: int) -> bool:
    """Return whether a noun of expectation stands before the date at ``at`` in its clause, before any tense word
    (:func:`_prospect`: "Hopes of a deal before Christmas faded"): the date is what is hoped for, ahead (dfix41).

    >>> t = "Hopes of a deal before Christmas faded."
    >>> _prospect_before(t, t.index("before")), _prospect_before("They met before Christmas.", 8)
    (True, False)
    """
    return _prospect(_clause_words(text, max(0, at - _BACK), at, True, None))


def _holiday_key(m: re.Match[str]) -> str:
    """Return the key of ``_HOLIDAYS`` (or of data/lunar_holidays.csv) a holiday match names: "the Christmas
    holiday" is Christmas, "Easter Sunday" Easter, "Samiljeol" Independence Movement Day.

    >>> _holiday_key(_HOLIDAY_AFTER.search("over the Christmas holiday")), _holiday_key(_HOLIDAY_AFTER.search(
    ...     "on Easter Sunday")), _holiday_key(_HOLIDAY_AFTER.search("after Chuseok"))
    ('christmas', 'easter', 'chuseok')
    """
    weekend = " weekend" if _group(m, "wkend") else ""
    if m["lunar"]:
        return _lunar_key(m["lunar"]) + weekend
    key = " ".join(m["hol"].lower().replace("’", "'").split())
    key = key.removeprefix("the ").removesuffix(" holidays").removesuffix(" holiday") if "holiday" in key else key
    key = key.removeprefix("the ").removesuffix(" break")  # "the Christmas break": the day, as its holiday (dother52)
    key = "memorial day" if _group(m, "nth") else key  # "the 69th Memorial Day": its cue is the count (dates52)
    key = "chuseok" if key in {"thanksgiving", "thanksgiving day"} and _korean_holiday(m) else key  # "Korea's
    # Thanksgiving holiday", "the Korean Thanksgiving holiday": Chuseok, as Korean copy glosses it (dates52)
    key = "korea's memorial day" if key == "memorial day" and (_korean_holiday(m) or _memorial_cue(m) == "korea") \
        else key  # fix51d3; its cues (dates52)
    return _HOLIDAY_NAMES.get(key, key) + weekend


# "Korea's " (or "Korean ": dates52) right before a name
_KOREA_POSSESSIVE = re.compile(r"\b(?:(?:South[ \t]{1,3})?Korea['’]s|Korean)[ \t]{1,3}\Z")


def _korean_holiday(m: re.Match[str]) -> bool:
    """Return whether the holiday's name of ``m`` follows "Korea's" ("on South Korea's Memorial Day"): Korea's day
    of that name (its Memorial Day is June 6), not the US one main reads for the name alone (fix51d3).

    >>> _korean_holiday(_HOLIDAY_AFTER.search("on Korea's Memorial Day")), _korean_holiday(_HOLIDAY_AFTER.search(
    ...     "on Memorial Day in Korea"))
    (True, False)
    """
    at = m.start("hol")
    return _KOREA_POSSESSIVE.search(m.string, max(0, at - 24), at) is not None


# what tells whose Memorial Day a bare "Memorial Day" is (dates52, issue 9: Korea's is June 6, the US one the last
# Monday of May, README "A holiday with no year"): the sentence names only the US side ("at Arlington", "U.S.
# troops") or only Korea's ("South Korea observed", "at the Seoul National Cemetery"; not a place alone: "veterans
# gathered on Memorial Day in Seoul" may be Americans, fix51d3's control); a count before it ("the 69th Memorial
# Day": Korea's are counted from 1956); a weekday set right after it that is no Monday ("marked Memorial Day on
# Thursday": the US one is always a Monday)
_MEMORIAL_US = re.compile(r"\b(?:U\.S\.|US|USA|American|Americans|Arlington|United[ \t]{1,3}States|Pentagon"
                          r"|Washington|White[ \t]{1,3}House)(?!\w)")  # the last three: mend52d
_MEMORIAL_KOREA = re.compile(r"\b(?:South[ \t]{1,3}Korea(?:n|ns)?|(?:Seoul|Daejeon)[ \t]{1,3}National[ \t]{1,3}Cemetery"
                             r"|national[ \t]{1,3}cemetery[ \t]{1,3}in[ \t]{1,3}(?:Seoul|Daejeon))\b")
_MEMORIAL_WEEKDAY = re.compile(rf"[ \t]{{1,3}}(?:on[ \t]{{1,3}})?(?P<wd>{_WEEKDAY_ALT})\b")
# a dateline from Seoul ("SEOUL, June 5 (Yonhap) --"): the copy is Korean, so a Memorial Day its sentence gives no
# cue for may be either (a Korean wire's copy from Washington is not: "WASHINGTON, May 27 (Yonhap)")
_KOREAN_DATELINE = re.compile(r"(?m)^[ \t]{0,3}SEOUL\b")
MEMORIAL_WHY = ("Memorial Day in Korean copy: Korea's (June 6) or the US one (last Monday of May), the text says "
                "not which")


def _memorial_cue(m: re.Match[str]) -> str:
    """Return whose Memorial Day the "Memorial Day" of ``m`` is by its sentence's cues: "korea", "us", or "" (none, or
    both sides named); "Korea's Memorial Day" is read by :func:`_korean_holiday` (dates52).

    >>> [_memorial_cue(_HOLIDAY_AFTER.search(t)) for t in ("South Korea paid tribute on Memorial Day.",
    ...  "Biden spoke at Arlington on Memorial Day.", "Moon marked it on Memorial Day on Thursday.",
    ...  "It opens after Memorial Day.", "Congress returns after Memorial Day on Monday.",
    ...  "U.S. troops rested on Memorial Day.")]
    ['korea', 'us', 'korea', '', '', 'us']
    """
    text = m.string
    if _group(m, "nth"):
        return "korea"
    b, e = _sentence_span(text, m.start(), m.end())
    us, korea = _MEMORIAL_US.search(text, b, e) is not None, _MEMORIAL_KOREA.search(text, b, e) is not None
    if us != korea:
        return "us" if us else "korea"
    wd = _MEMORIAL_WEEKDAY.match(text, m.end())
    return "korea" if wd and not us and wd["wd"] != "Monday" else ""


def _memorial_unclear(m: re.Match[str], key: str) -> bool:
    """Return whether holiday ``key`` of ``m`` is a bare "Memorial Day" in Korean copy (a Korean wire's dateline,
    :data:`_KOREAN_DATELINE`) whose sentence gives no cue to whose it is (:func:`_memorial_cue`): unresolved (dates52;
    in other copy main's reading, the US one, stays).

    >>> t = "SEOUL, May 30 (Yonhap) -- The ministry will act after Memorial Day."
    >>> _memorial_unclear(_HOLIDAY_AFTER.search(t), "memorial day"), _memorial_unclear(
    ...     _HOLIDAY_AFTER.search("The ministry will act after Memorial Day."), "memorial day")
    (True, False)
    """
    if key != "memorial day" or _memorial_cue(m):
        return False
    return _KOREAN_DATELINE.search(m.string) is not None


def _memorial_told(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the one Memorial Day a bare "Memorial Day" in Korean copy with no cue (:func:`_memorial_unclear`) can be
    by its clause's tense and publication ``pub``: told in the past from the US day up to Korea's June 6, the US day
    (Korea's is still ahead); told ahead after the US day and before June 6, Korea's; else None (unresolved; mend52d).

    >>> t = "SEOUL, May 28 (Yonhap) -- The minister visited troops on Memorial Day."
    >>> _memorial_told(_HOLIDAY_AFTER.search(t), dt.date(2024, 5, 28), False)
    Range(lo=datetime.date(2024, 5, 27), hi=datetime.date(2024, 5, 27), form='relative')
    >>> _memorial_told(_HOLIDAY_AFTER.search(t), dt.date(2024, 6, 7), False) is None  # both are past
    True
    """
    us, korea = _HOLIDAYS["memorial day"](pub.year), dt.date(pub.year, 6, 6)
    tense = "future" if future else clause_tense(m.string, m.start(), m.end())
    if tense == "past" and us <= pub < korea:
        return Range(us, us, "relative")
    if tense == "future" and us < pub < korea:
        return Range(korea, korea, "relative")
    return None


# mend of fix51d3 (after review51d3): a holiday told as no day, a year told after a holiday, a quarter told from
# another time. A holiday's founding ("since Juneteenth became a federal holiday", "after Hangul Day was declared a
# public holiday": the holiday, not one year's day); a birthday with no year ("was born on Valentine's Day"); time off
# asked about ("Do nurses get Thanksgiving off?", "asked if guards get Labor Day off") or had by habit ("staff who get
# Christmas off", "clerks usually get Labor Day off", a present "nurses get Columbus Day off" with no time after it)
_HOLIDAY_FOUNDED = re.compile(
    r"[ \t]{1,3}(?:became|was[ \t]{1,3}(?:made|declared|designated|established|proclaimed|recognized)"
    r"(?:[ \t]{1,3}as)?)[ \t]{1,3}(?:an?|the)[ \t]{1,3}[^.;!?\n]{0,40}?\bholiday\b")
_BORN_BEFORE = re.compile(r"\bborn[ \t]{1,3}\Z")
_ASKED_IF = re.compile(r"\b(?i:ask|asks|asked|asking|wonder|wonders|wondered)[ \t]{1,3}(?:if|whether)\b")
_OFF_HABIT = re.compile(
    r"(?:\b(?P<who>who|that)|\b(?i:usually|always|often|normally|typically|generally|traditionally|never|rarely"
    r"|seldom|sometimes)|(?P<prev>\b[\w'’]{1,30}))[ \t]{1,3}(?P<verb>\w{1,8})[ \t]{1,3}\Z")
_OFF_PRESENT_VERBS = ("get", "gets", "have", "has", "take", "takes", "give", "gives")  # also in _HOLIDAY_OFF_VERBS
_OFF_NOT_PRESENT_WORDS = ("will", "would", "to", "can", "could", "may", "might", "should", "must", "shall", "did",
                          "not", "never", "'ll", "’ll")
_OFF_THEN = re.compile(r"[ \t]{1,3}off[ \t]{1,3}(?:this|next|last|on|in|tomorrow|today|until|from)\b")


def _holiday_no_day(m: re.Match[str], year: int | None) -> bool:
    """Return whether the holiday of ``m`` (``year``: the year read after it, if any) names no one day: its founding,
    a birthday with no year, or time off asked about or had by habit (:func:`_time_off_no_day`). Mend of fix51d3.

    >>> [_holiday_no_day(_HOLIDAY_AFTER.search(t), None) for t in ("Since Juneteenth became a federal holiday, "
    ...  "banks shut.", "Talks since Christmas became tense.", "Lena Vask was born on Valentine's Day.")]
    [True, False, True]
    """
    text, at = m.string, m.start()
    if _HOLIDAY_FOUNDED.match(text, m.end()):
        return True  # "since Juneteenth became a federal holiday": the holiday itself
    if year is None and _BORN_BEFORE.search(text, max(0, at - 12), at):
        return True  # "was born on Valentine's Day": a birthday, of no year told
    return m.re.pattern == _HOLIDAY_OFF.pattern and _time_off_no_day(m)


def _time_off_no_day(m: re.Match[str]) -> bool:
    """Return whether a holiday given as time off (:data:`_HOLIDAY_OFF`) is asked about (its sentence ends in "?",
    or "asked if (whether)" comes before it) or had by habit ("who get", "usually get", a present "nurses get" with
    no time after "off"): no one day. Mend of fix51d3.

    >>> [_time_off_no_day(_HOLIDAY_OFF.search(t)) for t in ("Do clerks get Thanksgiving off?",
    ...  "Staff who get Christmas off, Vask said.", "Nurses get Labor Day off.", "Nurses get Labor Day off next week.",
    ...  "Nurses got Labor Day off.")]
    [True, True, True, False, False]
    """
    text, at = m.string, m.start()
    span = _sentence_span(text, at, m.end())
    if text[span.start:span.end].rstrip(" \t\"”’)").endswith("?") or _ASKED_IF.search(text, span.start, at):
        return True
    habit = _OFF_HABIT.search(text, max(span.start, at - 48), at)
    if habit is None or habit["who"] or not habit["prev"]:
        return habit is not None  # "who get", "usually get": a habit
    prev = habit["prev"].lower().replace("’", "'")
    return habit["verb"].lower() in _OFF_PRESENT_VERBS and prev not in _OFF_NOT_PRESENT_WORDS \
        and not prev.endswith("'ll") \
        and not _OFF_THEN.match(text, m.end())  # "nurses get Labor Day off": present, no time told


# a year told relative to publication right after a holiday (or after its "off"): "on Labor Day last year"
_HOLIDAY_RELATIVE_YEAR = re.compile(r"[ \t]{1,3}(?P<w>(?i:last|this|next))[ \t]{1,3}year\b(?!['’])")
_OFF_WORD = re.compile(r"[ \t]{1,3}off\b")


def _holiday_year_after(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the year told right after the holiday of ``m`` (after its "off" for time off, :data:`_HOLIDAY_OFF`):
    "in 2019", "2017" (:data:`_HOLIDAY_YEAR`), or "last (this, next) year" from publication ``pub``; else None.
    Mend of fix51d3.

    >>> [_holiday_year_after(_HOLIDAY_AFTER.search(t), dt.date(2024, 3, 5)) for t in ("on Labor Day last year.",
    ...  "on Labor Day in 2019.", "on Labor Day, last year's high.")]
    [2023, 2019, None]
    >>> _holiday_year_after(_HOLIDAY_OFF.search("Clerks had Memorial Day off in 2019."), dt.date(2021, 8, 1))
    2019
    """
    end = m.end()
    if m.re.pattern == _HOLIDAY_OFF.pattern and (off := _OFF_WORD.match(m.string, end)):
        end = off.end()
    if year := _HOLIDAY_YEAR.match(m.string, end):
        return int(year["y"])
    if rel := _HOLIDAY_RELATIVE_YEAR.match(m.string, end):
        return pub.year + {"last": -1, "this": 0, "next": 1}[rel["w"].lower()]
    return None


def _this_holiday_past(m: re.Match[str], which: str, key: str, pub: dt.date, future: bool) -> bool:
    """Return whether "this <holiday>" (``which`` "this", holiday ``key``) told in a past clause stands more than
    half a year ahead of publication ``pub`` in its year ("The office stayed shut this Columbus Day" told in
    January): the one just gone may be meant, so no date. Mend of fix51d3.

    >>> t = "The office stayed shut this Labor Day."
    >>> _this_holiday_past(_HOLIDAY_AFTER.search(t), "this", "labor day", dt.date(2026, 1, 5), False)
    True
    """
    if which != "this" or future or clause_tense(m.string, m.start(), m.end()) != "past":
        return False
    return (_holiday_days(key, pub.year).lo - pub).days > _HALF_YEAR_DAYS


_HALF_YEAR_DAYS = 183  # days


# a quarter told from another time (mend of fix51d3): a year or a year told from publication in its sentence ("this
# quarter last year", "told investors in March 2021 that ... next quarter", "..., Marrow said last year"), a fiscal
# year ("whose fiscal year ends in January": its quarters are not the calendar's); "last quarter" after "moon's",
# "entering" or "into" (the moon's phase, a game's last period)
_QUARTER_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?i:last|next|this|previous|coming)[ \t]{1,3}year\b"
                                   r"|\b(?i:fiscal)\b")
_MOON_GAME_QUARTER = re.compile(r"\b(?:(?i:the[ \t]{1,3})?moon['’]s|entering|into)[ \t]{1,3}\Z")


def _quarter_not_calendar(m: re.Match[str]) -> bool:
    """Return whether the quarter told at ``m`` (:data:`_CALENDAR_QUARTER`) is not publication's calendar one's
    neighbour: a year (or "last year") or "fiscal" told in its sentence, or "last quarter" of the moon or of a game
    ("entering last quarter"). Mend of fix51d3.

    >>> [_quarter_not_calendar(_CALENDAR_QUARTER.search(t)) for t in ("Exports rose this quarter last year.",
    ...  "The moon's last quarter rose.", "Sales rose last quarter from a year earlier.")]
    [True, True, False]
    """
    text, at = m.string, m.start()
    span = _sentence_span(text, at, m.end())
    if _QUARTER_OTHER_TIME.search(text, span.start, span.end):
        return True
    return bool(m["qwhich"]) and m["qwhich"].lower() == "last" \
        and _MOON_GAME_QUARTER.search(text, max(0, at - 16), at) is not None


# a year told right after a holiday: "during Chuseok in 2018", "on Thanksgiving 2017" (not "by Christmas 2019's deal")
_HOLIDAY_YEAR = re.compile(r"[ \t]{1,3}(?:(?:in|of)[ \t]{1,3})?(?P<y>(?:19|20)\d\d)\b(?!['’\d])")


def _holiday_this_last(key: str, which: str, pub: dt.date) -> Range:
    """Return "last Christmas" (the latest before publication ``pub``) or "this Christmas" (the one of its year), as
    "last <weekday>" and "this year" are read (dfix38).

    >>> _holiday_this_last("christmas", "last", dt.date(2020, 3, 10)), _holiday_this_last("christmas", "this",
    ...                                                                                  dt.date(2020, 3, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    (Range(lo=datetime.date(2019, 12, 25), hi=datetime.date(2019, 12, 25), form='relative'),
     Range(lo=datetime.date(2020, 12, 25), hi=datetime.date(2020, 12, 25), form='relative'))
    """
    days = _holiday_days(key, pub.year)
    if which == "last" and days.lo >= pub:
        days = _holiday_days(key, pub.year - 1)
    return Range(days.lo, days.hi, "relative")


def _holiday_of_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return a holiday told by a possessive year from publication ("last year's Chuseok holiday", "this year's
    Christmas", "next year's Lunar New Year holiday"): its days in that year (:func:`_holiday_days`; a lunar one's
    three public holidays, unresolved in a year data/lunar_holidays.csv has no row for), not the whole year (dates52).

    >>> ranges("Traffic rose during last year's Chuseok holiday.", dt.date(2024, 4, 25))
    [("last year's Chuseok holiday", '2023-09-28', '2023-09-30')]
    """
    if _noun_after(m.string, m.end()):
        return None  # "this year's Chuseok bonus": a thing, the year alone is read
    key = _holiday_key(m)
    y = pub.year + _YEAR_STEP[m["ry"].lower()]
    try:
        days = _holiday_days(key, y)
    except _NoRow as none:
        return Anchored(partial(_holiday_on_or_after, key), why=str(none))
    return Range(days.lo, days.hi, "relative")


_NEXT_WORD = re.compile(r"[ \t]{1,3}(?P<w>[a-z]{1,20})\b")
_VERB_NEXT = frozenset({"will", "would", "could", "may", "might", "is", "are", "was", "were", "has", "have", "had"})


def _noun_after(text: str, end: int) -> bool:
    """Return whether a lower-case word right after ``end`` may make the name before it a noun's qualifier ("this
    year's Chuseok bonus", "last year's Christmas season"): none of the words that may follow a holiday standing alone
    (``_HOLIDAY_BARE_NEXT``), no auxiliary, no past form ("went", "saw", "-ed"). dates52.

    >>> [_noun_after(t, 7) for t in ("Chuseok bonus", "Chuseok went", "Chuseok, it", "Chuseok ended", "Chuseok in")]
    [True, False, False, False, False]
    """
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    w = nxt["w"]
    return not (re.match(_HOLIDAY_BARE_NEXT, w) or w in _VERB_NEXT or w in _PAST or w.endswith("ed"))


def _told_earlier(text: str, at: int) -> bool:
    """Return whether a past holiday at ``at`` stands in reported words (a speech verb's complement holds it: "Kim
    said they met ...", :func:`_reports_into`) or in a clause of its own in the past perfect ("the two had met ..."):
    it then lies before the day told before it (the day the words were said), where a narrative's next step
    ("talks ended on New Year's Eve, and resumed after New Year's Day") comes after it. A "said" or "had" elsewhere
    in the sentence does not count: a parenthetical "officials said," or a relative "who had arrived" (README, lead
    decisions on date62's questions, lead, eighteenth session).

    >>> t = "On Tuesday, Kim said they met before Christmas. Talks ended in May and resumed after Christmas."
    >>> _told_earlier(t, t.index("before C")), _told_earlier(t, t.index("after C"))
    (True, False)
    >>> t = "Kim, who had come on Dec. 20, stayed over Christmas. On Dec. 27, the two had met on Christmas Day."
    >>> _told_earlier(t, t.index("over C")), _told_earlier(t, t.index("on Christmas"))
    (False, True)
    """
    begin = max(_sentence_span(text, at, at).start, at - _BACK)
    clause = max(begin, *(text.rfind(c, begin, at) + 1 for c in _CLAUSE_MARKS))  # the holiday's own clause
    return _PAST_PERFECT.search(text, clause, at) is not None or _reports_into(text, begin, at)


def _reports_into(text: str, begin: int, at: int) -> bool:
    """Return whether the last speech verb in ``text[begin:at]`` has its complement run on to ``at``: no comma right
    after the verb or its short object ("officials said," "Lee told reporters,": a parenthetical), and no ", and"
    (a clause of the narrative) or ";" between.

    >>> t = "Lee, officials said, left after"
    >>> _reports_into(t, 0, len(t)), _reports_into("Lee told reporters that they met after", 0, 38)
    (False, True)
    """
    verbs = list(_SPEECH_VERB.finditer(text, begin, at))  # a window of at most ``_BACK`` characters
    if not verbs:
        return False
    rest = text[verbs[-1].end() : at]
    head, comma, _ = rest.partition(",")
    if comma and len(head.split()) <= _SPEECH_OBJECT and "that" not in head.split():
        return False  # "officials said, and ...", "Lee told reporters, and ..."
    return ";" not in rest and _NEW_CLAUSE.search(rest) is None


_CLAUSE_MARKS = (",", ";", ":", "—", "–", "(")  # marks that end a clause before a holiday (its own clause starts on)
# words of a report before a past holiday after a dated day (see :func:`_reports_into`)
_INNER_OPEN = re.compile(r"(?:^|(?<=[\s:]))['‘](?=\w)")  # a single mark opening a quotation inside a quotation


#: Characters before a date read back for the inner quotation holding it and the date told before that quotation.
INNER_QUOTE_BACK = 400


def _inner_quote_said(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int) -> _Hit | None:
    """Return the date with a written year that the quotation holding ``group[i]`` tells before a quotation inside it
    that holds the hit ("In 2019 we heard the same thing: 'Pay up by next year'"): the inner words were said then.

    >>> t = '"In 2018 we heard it: ‘pay by next year,’" he said.'
    >>> hits = _candidates(t, dt.date(2026, 3, 2), 0, len(t))
    >>> _inner_quote_said(t, hits, [_Stretch(0, 42)] * 2, 1).match.group()
    '2018'
    """
    q, h = inside[i], group[i]
    if q is None:
        return None
    opened = last_match(_INNER_OPEN, text, max(q.start + 1, h.start - INNER_QUOTE_BACK), h.start)
    if opened is None:
        return None
    for k in range(i - 1, -1, -1):  # back from the hit: the nearest date of that quotation before the inner mark
        g = group[k]
        if g.start < q.start or h.start - g.start > INNER_QUOTE_BACK:
            return None
        if inside[k] == q and g.end <= opened.start() and not isinstance(g.value, Anchored) \
                and g.value.form in {"absolute", "range"}:
            return g
    return None


_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|asked|added|noted|recalled|explained)\b")
_SPEECH_OBJECT = 2  # words at most between a speech verb and a comma that makes it a parenthetical ("told them,")
# the past perfect in a holiday's own clause: "had" and no "had to" or "had <determiner>" (a main verb: "had talks")
_PAST_PERFECT = re.compile(r"\bhad(?:n['’]t)?\s+(?:(?:not|already|never|just|also|long|previously)\s+)?+"
                           r"(?!(?:to|a|an|the|no|its|their|his|her|our|talks|meetings)\b)[a-z]+\b")


def _present_clause(text: str, at: int, word: str) -> bool:
    """Return whether the holiday at ``at`` (after the preposition ``word``) stands in a clause of its own in the
    present ("Seoul wants a deal before Thanksgiving", "Kim is in Washington over Thanksgiving"): it reads forward,
    as the future does (README, lead decisions on date59's questions, lead, eighteenth session). Not after "since",
    which points back whatever the tense.

    >>> t = "Kim, the envoy, wants a deal before Christmas. Lee, who is here, left over Christmas."
    >>> _present_clause(t, t.index("before"), "before"), _present_clause(t, t.index("over"), "over")
    (True, False)
    >>> t = "Both sides want a deal before Christmas, officials said."
    >>> _present_clause(t, t.index("before"), "before")
    True
    """
    begin = max(_sentence_span(text, at, at).start, at - _BACK)
    clause = max(begin, *(text.rfind(c, begin, at) + 1 for c in _CLAUSE_MARKS))  # its own clause
    return word != "since" and _PRESENT_VERB.search(text, clause, at) is not None


# a present verb in a holiday's own clause: "is", "are", a verb of wanting or staying, or "he/she/it" and a verb in -s
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|am|wants|needs|expects|hopes|aims|plans|seeks|wishes|intends|prefers|remains|stays)\b"
    r"|\b(?:(?i:they|we|you)|(?!(?i:was|has|is|its|his|this|thus|us)\b)[A-Za-z]{1,20}s)\s+"  # "sides want": dfix38
    r"(?:want|need|expect|hope|aim|plan|seek|wish|intend|prefer|remain|stay)\b"
    r"|\b(?i:he|she|it)\s+(?!(?:was|has|does)\b)[a-z]{1,20}[^s\W]s\b")
_DEADLINE_WORDS = frozenset({"by", "until", "till", "ahead"})  # before a holiday in a clause with no past: one ahead
_UNTIL_WORDS = _DEADLINE_WORDS - {"ahead"}  # a deadline after a dated day, in any tense: the first after it


def _day_by_holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return "the Monday after Thanksgiving", "the Friday before Christmas", "the day after Chuseok": the weekday (or
    day) next beyond the holiday's days, the holiday read as :func:`_holiday` reads it (dfix41).

    >>> ranges("The envoys met again the Monday after Thanksgiving.", dt.date(2019, 12, 10))
    [('the Monday after Thanksgiving', '2019-12-02', '2019-12-02')]
    >>> ranges("They will meet the Friday before Christmas.", dt.date(2019, 12, 10))
    [('the Friday before Christmas', '2019-12-20', '2019-12-20')]
    """
    move = partial(_beside_days, m["wd"].lower(), m["dir"].lower() == "after")
    inner = _holiday(m, pub, future)
    if isinstance(inner, Range):
        return Range(*move(Period(inner.lo, inner.hi)), inner.form)
    published = partial(_then, inner.published, move) if inner.published else None
    return replace(inner, shift=partial(_then, inner.shift, move), published=published)


def _count_by_holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "a week after Thanksgiving", "three weeks before Christmas": a count of one is the holiday's own days,
    a count over one the day it comes to (tests/corpus/README.md, as "a day after X" and "46 days after X"), the
    holiday read as :func:`_holiday` reads it (dfix43).

    >>> ranges("The talks will come a week after Thanksgiving.", dt.date(2019, 11, 27))
    [('a week after Thanksgiving', '2019-11-28', '2019-11-28')]
    >>> ranges("They met three weeks before Christmas.", dt.date(2019, 12, 30))
    [('three weeks before Christmas', '2019-12-04', '2019-12-04')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    after = m["dir"] == "after"
    unit = m["unit"].lower().rstrip("s")

    def move(days: Period) -> Period:
        if n == 1:
            return days
        edge = days.hi if after else days.lo
        return _moved(edge, edge, unit, n if after else -n)

    inner = _holiday(m, pub, future)
    if isinstance(inner, Range):
        return Range(*move(Period(inner.lo, inner.hi)), inner.form)
    published = partial(_then, inner.published, move) if inner.published else None
    return replace(inner, shift=partial(_then, inner.shift, move), published=published)


def _then(first: Callable[..., Period], then: Callable[[Period], Period], *args: dt.date) -> Period:
    """Return ``then`` of ``first(*args)``: a holiday's days, then the day beside them.

    >>> _then(lambda d: Period(d, d), lambda p: Period(p.hi, p.hi), dt.date(2019, 1, 1))
    Period(lo=datetime.date(2019, 1, 1), hi=datetime.date(2019, 1, 1))
    """
    return then(first(*args))


def _beside_days(word: str, after: bool, days: Period) -> Period:
    """Return the day ``word`` ("day" or a weekday, lower case) next after (before) the holiday's ``days``.

    >>> _beside_days("monday", True, Period(dt.date(2019, 11, 28), dt.date(2019, 11, 28))).lo
    datetime.date(2019, 12, 2)
    >>> _beside_days("day", False, Period(dt.date(2019, 9, 12), dt.date(2019, 9, 14))).lo
    datetime.date(2019, 9, 11)
    """
    step = dt.timedelta(days=1 if after else -1)
    day = (days.hi if after else days.lo) + step
    if word != "day":
        while WEEKDAYS[day.weekday()].lower() != word:
            day += step
    return Period(day, day)


def _holiday_from_day(name: str, back: bool, done: dt.date | None, lo: dt.date, hi: dt.date) -> Period:
    """Return holiday ``name`` counted from the date before it in its paragraph (``lo``..``hi``): after a single day,
    in a past clause of reported words or the past perfect (``back``, :func:`_told_earlier`), the latest on or before
    that day ("On Tuesday, Kim said they met before Christmas"); else the first on or after ``lo`` (a future or a
    deadline; a narrative's next step; a year or month: its own; README, lead decisions on date62's questions). A
    holiday told in the past with no deadline word (``done``: publication) counted from a date still ahead of
    publication ("votes Wednesday. On Easter Sunday, chaplains held services") is the latest on or before publication
    (dfix41).

    >>> tue, f = dt.date(2019, 11, 19), _holiday_from_day
    >>> f("christmas", True, None, tue, tue).lo, f("christmas", False, None, tue, tue).lo
    (datetime.date(2018, 12, 25), datetime.date(2019, 12, 25))
    >>> _holiday_from_day("memorial day", True, None, dt.date(2018, 1, 1), dt.date(2018, 12, 31)).lo
    datetime.date(2018, 5, 28)
    >>> _holiday_from_day("easter", False, dt.date(2020, 4, 12), dt.date(2020, 4, 15), dt.date(2020, 4, 15)).lo
    datetime.date(2020, 4, 12)
    """
    days = _holiday_by_tense(name, False, lo) if back and lo == hi else _holiday_on_or_after(name, lo, hi)
    return _holiday_by_tense(name, False, done) if done is not None and lo > done and days.lo > done else days


def _mid_unit(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the middle of the month or year after a preposition ("by mid-month"), as "the middle of the month".

    A bare "mid-month payroll" is no time.

    >>> ranges("Staff return by mid-month.", dt.date(2020, 6, 3))
    [('by mid-month', '2020-06-11', '2020-06-20')]
    """
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(*_part(lo, hi, "mid"), "relative")


def _year_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of publication's year: "year-end", "the year's end", "an end-of-year deadline"; of its
    month: "by month's end", "month-end", as "the end of the month" is.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks missed the end-of-year deadline.", dt.date(2019, 12, 18))]
    [('the end-of-year', '2019-12-31')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("A deal is likely by month's end.", dt.date(2020, 2, 3))]
    [("month's end", '2020-02-29')]
    """
    if (m["unit"] or m["unit2"]).lower() == "month":
        d = _month_range(pub.year, pub.month).hi
        return Range(d, d, "relative")
    d = dt.date(pub.year, 12, 31)
    return Range(d, d, "relative")


def _written_year_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of a written year joined to "end" ("by 2019-end", "end-2020"), as "the end of 2019" is.

    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks end by 2019-end, or by end-2020.", dt.date(2019, 11, 1))]
    [('2019-end', '2019-12-31'), ('end-2020', '2020-12-31')]
    """
    d = dt.date(int(m["y"] or m["y2"]), 12, 31)
    return Range(d, d, "absolute")


def _month_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of a month joined to "end" ("by March-end", "end-June 2020"): of its written year, else
    the month read by the tense (ahead in the future, else the latest one begun by publication).

    >>> [(x, v["start"]) for *_, x, v in find_dates("It lapsed at end-June; a deal is due by March-end.",
    ...                                            dt.date(2019, 11, 15))]
    [('end-June', '2019-06-30'), ('March-end', '2020-03-31')]
    """
    mon = MONTHS[(m["mon"] or m["mon2"]).lower()]
    y = int(m["year"]) if m["year"] else _resolve_month(mon, pub, "ahead" if future else "")
    d = _month_range(y, mon).hi
    return Range(d, d, "absolute" if m["year"] else "month")


def _deictic(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    word = m.group().lower()
    k = -1 if "yesterday" in word or "last night" in word else 1 if "tomorrow" in word else 0
    d = pub + dt.timedelta(days=k)
    return Range(d, d, "relative")


def _count_and_unit(m: re.Match[str]) -> tuple[int, str] | None:
    """Return a counted span's count and its unit in the singular ("three years" -> (3, "year")), as a whole count
    of a unit :func:`_counted_to` reads: "half a year" is 6 months and "a year and a half" 18 (groups ``halfof``,
    ``half`` or ``half2``, where the pattern has them), a decade 10 years, a fortnight 14 days; None when the count
    is no number a reader can count ("several years") or its half no whole count ("half a week", "a day and a half").

    >>> _count_and_unit(re.match(r"(?P<n>\\w+) (?P<unit>\\w+)", "Three Years"))
    (3, 'year')
    >>> _count_and_unit(re.match(r"(?P<n>\\w+) (?P<unit>\\w+)(?P<half> and a half)?", "two decades and a half"))
    (25, 'year')
    """
    n = _count(m["n"])
    if n is None:
        return None
    unit, halves = m["unit"].lower().rstrip("s"), m.groupdict()
    if halves.get("halfof"):  # "half a year ago": six months, "half a decade ago": five years (half of one unit only)
        halved = _HALF_OF.get(unit) if n == 1 else None
        if halved is None:
            return None
        unit, n = halved
    if halves.get("half") or halves.get("half2"):
        halved = _and_a_half(unit, n)
        if halved is None:
            return None
        unit, n = halved
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "fortnight":  # "a fortnight ago": 14 days, as "two weeks ago" is read
        unit, n = "day", n * 14
    return n, unit


def _count(n_text: str) -> int | None:
    """Return the number a count word or numeral means (None for "several", "few" or over 200).

    >>> _count("two"), _count("12"), _count("several"), _count("Forty-one"), _count("a  couple of")
    (2, 12, None, 41, 2)
    """
    n_text = " ".join(n_text.lower().split())
    n = int(n_text) if n_text.isdigit() else _NUMWORDS.get(n_text)
    return n if n and n <= 200 else None


def _ago(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "three years ago" as the unit it counts in (the year 2016, told in 2019; "two months ago": that month;
    "two weeks ago": the Monday-Sunday week holding the day 14 days back; "five days ago", "a fortnight ago": that
    day): a reader counts whole years, months or weeks back, not to the day ("a pact reached three years ago" was
    reached some time in 2016; README, lead decisions on date59's questions).

    >>> ranges("It was signed three years ago. It fell two months ago.", dt.date(2019, 11, 16))
    [('three years ago', '2016-01-01', '2016-12-31'), ('two months ago', '2019-09-01', '2019-09-30')]
    >>> ranges("They met two weeks ago, not a fortnight ago.", dt.date(2019, 11, 20))
    [('two weeks ago', '2019-11-04', '2019-11-10'), ('a fortnight ago', '2019-11-06', '2019-11-06')]
    >>> ranges("It fell a year and a half ago.", dt.date(2019, 11, 16))
    [('a year and a half ago', '2018-05-01', '2018-05-31')]
    >>> ranges("Half a year ago it fell; half a decade ago it rose.", dt.date(2019, 11, 16))
    [('Half a year ago', '2019-05-01', '2019-05-31'), ('half a decade ago', '2014-01-01', '2014-12-31')]
    """
    counted = _count_and_unit(m)  # a whole count of days, weeks, months or years
    if counted is not None and counted[1] == "year" and m["this"]:
        return _years_ago_this(pub, counted[0], m["this"])
    return None if counted is None else _counted_to(pub, counted[1], -counted[0], whole=("year", "month", "week"))


def _years_ago_this(pub: dt.date, n: int, this: str) -> Range:
    """Return "ten years ago this month" ("this week", "today"): publication's month (Monday-Sunday week, day)
    ``n`` years back, not the whole year "ten years ago" is (dfix38).

    >>> ranges("Ten years ago this month, the sides signed the eighth SMA.", dt.date(2019, 11, 20))
    [('Ten years ago this month', '2009-11-01', '2009-11-30')]
    >>> ranges("A year ago this week, they met. Two years ago today, they met.", dt.date(2019, 11, 20))[1]
    ('Two years ago today', '2017-11-20', '2017-11-20')
    """
    back = _add(pub, "year", -n)
    unit = "day" if this.lower() == "today" else this.split()[-1].lower()
    return Range(*_unit_period(back, unit), "relative")


_HALF_OF = {"year": ("month", 6), "decade": ("year", 5)}  # half of one unit, as a whole count of the unit below


def _and_a_half(unit: str, n: int) -> tuple[str, int] | None:
    """Return "<n> and a half <unit>s" ("a year and a half", "two and a half decades") as a whole count of the unit
    below (months, years), which a reader counts back in; None for a unit whose half is no whole count of a
    calendar unit ("a day and a half", "a month and a half").

    >>> _and_a_half("year", 1), _and_a_half("decade", 2), _and_a_half("month", 1)
    (('month', 18), ('year', 25), None)
    """
    if unit == "year":
        return "month", n * 12 + 6
    if unit == "decade":
        return "year", n * 10 + 5
    return None


def _counted_to(pub: dt.date, unit: str, n: int, whole: tuple[str, ...] = ("month",)) -> Range:
    """Return the day ``n`` units from ``pub``, or the whole month (or year) it falls in when ``unit`` is in
    ``whole`` (a count of months names a month: "two months ago", "in two months").

    >>> _counted_to(dt.date(2019, 11, 16), "month", -2).lo, _counted_to(dt.date(2019, 11, 16), "week", 2).hi
    (datetime.date(2019, 9, 1), datetime.date(2019, 11, 30))
    """
    d = _add(pub, unit, n)
    return Range(*_unit_period(d, unit), "relative") if unit in whole else Range(d, d, "relative")


def _from_now(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "two weeks from now" (or "from today"): the day that many units after publication, a month's count
    naming the month it comes to.

    >>> ranges("It ends two weeks from now. Talks resume a month from today.", dt.date(2019, 11, 16))
    [('two weeks from now', '2019-11-30', '2019-11-30'), ('a month from today', '2019-12-01', '2019-12-31')]

    "From tomorrow" counts from the day after publication (dfix41):

    >>> ranges("He takes office three weeks from tomorrow.", dt.date(2024, 12, 29))
    [('three weeks from tomorrow', '2025-01-20', '2025-01-20')]
    """
    counted = _count_and_unit(m)
    if counted is None:
        return None
    n, unit = counted
    r = _counted_to(pub + dt.timedelta(days=1 if _group(m, "tomorrow") else 0), unit, n)
    return _short_by_a_day(r) if r is not None and _nearly(m.string, m.start(), unit, n) else r


_NEARLY = re.compile(r"\b(?i:nearly|almost|just[ \t]{1,3}under)[ \t]{1,3}\Z")


def _nearly(text: str, start: int, unit: str, n: int) -> bool:
    """Return whether a count of days or weeks over one at ``start`` is told as not quite reached ("nearly two weeks
    from now", "almost six weeks after"): the day it comes to is then the day before (a count of months or years, or
    of one, names too wide a time for a day less to tell).

    >>> t = "They meet nearly two weeks from now."
    >>> _nearly(t, t.index("two"), "week", 2), _nearly(t, t.index("two"), "month", 2)
    (True, False)
    """
    return unit in ("day", "week") and n > 1 and _NEARLY.search(text, max(0, start - 16), start) is not None


def _short_by_a_day(r: Range, step: int = -1) -> Range:
    """Return a one-day range moved a day back (``step`` 1: on; see :func:`_nearly`); a longer range is kept.

    >>> _short_by_a_day(Range(dt.date(2025, 8, 26), dt.date(2025, 8, 26), "relative")).lo
    datetime.date(2025, 8, 25)
    """
    if r.lo != r.hi:
        return r
    day = r.lo + dt.timedelta(days=step)
    return Range(day, day, r.form)


def _nearly_step(text: str, h: _Hit) -> int:
    """Return the day a count "nearly"/"almost" reached after (-1) or before (+1) an event moves the day it comes to
    toward the event ("almost six weeks after the deal lapsed on Dec. 31": Feb. 10, not 11); 0 for any other count.

    >>> t = "It was signed almost three weeks after the talks on June 1."
    >>> _nearly_step(t, _candidates(t, dt.date(2025, 8, 12), 0, len(t))[0])
    -1
    """
    groups = h.match.groupdict()
    n = _count(groups.get("n") or "")
    unit = (groups.get("unit") or "").lower().rstrip("s")
    if n is None or not _nearly(text, h.start, unit, n):
        return 0
    return 1 if (groups.get("dir") or "").lower().startswith(("before", "earlier", "prior", "ahead")) else -1


def _unmoved(lo: dt.date, hi: dt.date) -> Period:
    """Return the anchor's own range: a count over one after an event names the time it is told from.

    >>> _unmoved(dt.date(2019, 1, 1), dt.date(2019, 1, 31))
    Period(lo=datetime.date(2019, 1, 1), hi=datetime.date(2019, 1, 31))
    """
    return Period(lo, hi)


def _told_period(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "that four-year period", "the same three-month span": the span told before it (see
    :func:`_periods_told`), marked to be read from the dates before it.

    >>> _told_period(re.match(r"(?P<n>\\w+)-(?P<unit>\\w+)", "four-year"), dt.date(2021, 3, 1), False).told
    4
    """
    n = _count(m["n"])
    return None if n is None else Anchored(_unmoved, unit=m["unit"].lower(), told=n)


# after "ahead of", "behind", "earlier": "ahead of schedule", "ahead of time", "earlier than planned"
_AGAINST_PLAN = re.compile(r"[ \t]{1,3}(?:the[ \t]{1,3})?(?:schedule|time|than)\b")
# "60 days ahead of any furlough", "a week before each round": a rule for every such event, no one date (dfix44)
_ANY_EVENT = re.compile(r"[ \t]{1,3}(?i:any|each|every)\b")


def _counted(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "two days later", "a year earlier": the anchor moved by the count ("a day after the vote": back).

    >>> import re
    >>> a = _counted(re.match(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+)", "two days later"), dt.date(2019, 1, 1), 0)
    >>> a.shift(dt.date(2019, 11, 15), dt.date(2019, 11, 15)).lo, a.event
    (datetime.date(2019, 11, 17), False)
    >>> [(x, v["start"]) for *_, x, v in find_dates("It was signed on Jan. 6. Two days prior, talks stalled.",
    ...                                            dt.date(2020, 1, 15))][1]
    ('Two days prior', '2020-01-04')
    >>> ranges("It was signed on Jan. 6. Two days after that, talks stalled.", dt.date(2020, 1, 15))[1]
    ('Two days after', '2020-01-08', '2020-01-08')
    >>> ranges("It was signed on Jan. 6. A fortnight later, talks stalled.", dt.date(2020, 3, 15))[1]
    ('A fortnight later', '2020-01-20', '2020-01-20')
    """
    n = _count(m["n"])
    if n is None or _AGAINST_PLAN.match(m.string, m.end()) or _ANY_EVENT.match(m.string, m.end()):
        return None  # "two years ahead of schedule", "60 days ahead of any furlough": a lead on a plan or a rule
    way = " ".join(m["dir"].lower().split())
    if way in {"after", "before"} and _for_duration(m.string, m.start()):
        return None  # "failed to meet for almost a year after March 2020": how long, no date (dfix43)
    way = {"prior": "earlier", "prior to": "before"}.get(way, way)  # "two days prior (to the vote)"
    sign = -1 if way in {"earlier", "before", "previously"} else 1
    event = _names_event(m, way)
    unit = m["unit"].lower().rstrip("s")
    if unit == "fortnight":  # "a fortnight later": two weeks (README, lead decisions on date62's questions)
        unit, n = "week", 2 * n
    if unit == "decade":  # "a decade earlier": ten years, as "a decade ago" is (dfix50)
        unit, n = "year", 10 * n
    told = _ANAPHOR.match(m.string, m.end()) or _THAT_EVENT.match(m.string, m.end())  # "after that (meeting)"
    if event and way != "ahead of" and told:  # "two days after that": "two days later"
        return Anchored(partial(_moved, unit=unit, n=sign * n) if n > 1 else _unmoved, unit=unit)
    if event and n > 1 and way != "ahead of":  # "11 months after they began talks in March 2018": February 2019
        return Anchored(_unmoved, event=event, unit=unit, from_event=partial(_moved, unit=unit, n=sign * n))
    if event:  # "a day after the vote" is the vote's date: a day before the date it is told from
        sign = -sign if way != "ahead of" else 1
    return Anchored(partial(_moved, unit=unit, n=sign * n), event=event, unit=unit)


_FOR_DURATION = re.compile(
    r"\b(?i:for)[ \t]{1,3}(?:(?i:about|around|nearly|almost|roughly|some|over|more[ \t]than)[ \t]{1,3})?\Z")


def _for_duration(text: str, at: int) -> bool:
    """Return whether the count at ``at`` follows "for" (a hedge between): "for (almost) a year after X" tells how
    long a state lasted from X, no day of its own (tests/corpus/README.md: a duration is no item; dfix43).

    >>> t = "They did not meet for almost a year after May. They met a year after May."
    >>> _for_duration(t, t.find("a year")), _for_duration(t, t.rfind("a year"))
    (True, False)
    """
    return _FOR_DURATION.search(text, max(0, at - 24), at) is not None


def _eve_of(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on the eve of his visit", "the eve of the talks": the day before the date told before it (dfix38).

    >>> ranges("Esper arrived in Seoul on Nov. 14. On the eve of his visit, Seoul softened.", dt.date(2019, 11, 20))[-1]
    ('On the eve of his visit', '2019-11-13', '2019-11-13')

    Of talks told as a span, the day before their first day (dates54):

    >>> ranges("Talks ran from Nov. 5 to Nov. 7. On the eve of the talks, Han spoke.", dt.date(2024, 11, 13))[-1]
    ('On the eve of the talks', '2024-11-04', '2024-11-04')
    """
    return Anchored(partial(_day_of, nth=0), unit="day")


def _day_of(lo: dt.date, hi: dt.date, nth: int) -> Period:
    """Return the ``nth`` day of the event told as ``lo..hi`` (1: its first; -1: its last; 0: the day before it, its
    eve), no later than its last day (dates54).

    >>> d = dt.date
    >>> [_day_of(d(2024, 11, 5), d(2024, 11, 7), n).lo.day for n in (0, 1, 2, -1, 5)]
    [4, 5, 6, 7, 7]
    """
    day = hi if nth < 0 else min(hi, lo + dt.timedelta(days=nth - 1))
    return Period(day, day)


# "on the opening (second, final) day of the talks", "at the end (start, close) of the talks": a day of the event
# told before it in its paragraph (dates54); not before a date or a name after it ("the end of the talks on Friday")
_EVENT_NTH = {"opening": 1, "first": 1, "second": 2, "third": 3, "final": -1, "last": -1, "closing": -1,
              "end": -1, "close": -1, "conclusion": -1, "start": 1, "beginning": 1, "outset": 1}
_EVENT_OF = (r"[ \t]{1,3}of[ \t]{1,3}(?:the|this|that|his|her|their|its)[ \t]{1,3}(?:[a-z][a-z-]{1,20}[ \t]{1,3}){0,2}"
             r"(?:talks|negotiations|meetings?|summit|visit|trip|round|session|conference|exercises?|drills?"
             r"|hearings?|forum|dialogue)\b(?!['’]|[ \t]{1,3}(?:on|of|in|at|last|this|next)\b)")
_EVENT_DAY = re.compile(r"(?:\b(?i:on|at|by|until|since|from)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}"
                        r"(?P<nth>opening|first|second|third|final|last|closing)[ \t]{1,3}day" + _EVENT_OF)
_EVENT_EDGE = re.compile(r"(?:\b(?i:at|by|until|since|from|toward|towards)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}"
                         r"(?P<nth>end|close|start|beginning)" + _EVENT_OF)


def _event_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on the second day of the talks", "at the end of the talks": that day of the event told before it in
    its paragraph, from its first (or last) day (dates54).

    >>> [ranges(f"Talks ran from Nov. 5 to Nov. 7. {t}, Han left.", dt.date(2024, 11, 13))[1][1] for t in (
    ...     "On the second day of the talks", "At the end of the talks")]
    ['2024-11-06', '2024-11-07']
    """
    return Anchored(partial(_day_of, nth=_EVENT_NTH[m["nth"].lower()]), unit="day")


def _hours_counted(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "Hours later", "Forty-eight hours later", "minutes earlier": the day(s) the count of hours (minutes)
    comes to from the date told before it; a count under a day, or none, stays on that day (dfix38).

    >>> ranges("The U.S. team arrived on Nov. 18. Forty-eight hours later, it was gone.", dt.date(2019, 12, 2))[-1]
    ('Forty-eight hours later', '2019-11-20', '2019-11-20')
    >>> ranges("The talks opened on Nov. 19. Hours later, the U.S. side walked out.", dt.date(2019, 12, 2))[-1]
    ('Hours later', '2019-11-19', '2019-11-19')
    >>> ranges("Talks began on Nov. 19. Thirty hours later, they ended.", dt.date(2019, 12, 2))[-1]
    ('Thirty hours later', '2019-11-20', '2019-11-21')
    """
    n = _count(m["n"]) if m["n"] and not m["few"] else 0
    if n is None:
        return None
    per_day = 24 if m["unit"].lower().startswith("h") else 24 * 60
    sign = -1 if m["dir"].lower() == "earlier" else 1
    days = (n // per_day, -(-n // per_day)) if n >= per_day else (0, 0)  # under a day: that day
    first, last = sorted((sign * days[0], sign * days[1]))

    def shift(lo: dt.date, hi: dt.date) -> Period:
        return Period(lo + dt.timedelta(days=first), hi + dt.timedelta(days=last))

    return Anchored(shift, unit="day")


def _from_expiry(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "six weeks after the previous accord expired", "a month after the expiration of the agreement": the
    end of the cost-sharing agreement's term (31 December of its last year, data/sma_contributions.csv), the latest
    ended by publication ("expires", "the current agreement": the one running then; see :func:`_deal_ahead`), moved
    by a count over one (a count of one names the end itself, as "a day after the vote" names the vote's day);
    "almost six weeks": the day before (`_nearly`); "more than three months after": left to the main clause's time,
    as any rough count after an event is.

    >>> ranges("It was inked almost six weeks after the previous five-year accord expired.", dt.date(2019, 2, 13))
    [('six weeks after the previous five-year accord expired', '2019-02-10', '2019-02-10')]
    >>> ranges("Nearly a month after the expiration of the agreement, talks resumed.", dt.date(2020, 1, 31))
    [('a month after the expiration of the agreement', '2019-12-31', '2019-12-31')]
    """
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    rough = n != 1 and _APPROXIMATE.search(m.string, max(0, m.start() - 16), m.start()) and not _nearly(
        m.string, m.start(), unit, n or 0)  # a count of one names the end itself, however rough
    if n is None or rough or _OWN_DATE_AFTER.match(m.string, m.end()) or (
            m["verb"] is None and _others_deal(m.string, m.end())):
        return None  # "more than three months after ...": the main clause's time; "... expired on Dec. 31": its own
    end = _deal_end(pub, _deal_ahead(m))
    if end is None:
        return None
    if n == 1:
        return Range(end, end, "relative")
    sign = 1 if m["dir"].lower() == "after" else -1
    day = _add(end, unit, sign * n)
    return _short_by_a_day(Range(day, day, "relative"), -sign) if _nearly(m.string, m.start(), unit, n) else \
        Range(day, day, "relative")


_DEAL_OWNER_WORDS = frozenset(["between", "with", "of", "among"])  # "between Japan and the US", "of Japan"
# The words by which the cost-sharing deal's two parties are named in an owner phrase ("between Seoul and Washington")
_OWN_PARTIES = frozenset([
    "south", "korea", "korean", "the", "republic", "of", "rok", "seoul", "u.s.", "us", "united", "states", "america",
    "american", "washington", "and", "two", "allies", "countries", "sides", "nations"])
_OWNER_WORDS_MOST = 8  # words of "between the Republic of Korea and the United States" read at most


def _others_deal(text: str, end: int) -> bool:
    """Return whether the agreement ending at ``end`` is owned by another pair or party than Seoul and Washington
    ("the agreement between Japan and the US", "the agreement of Japan", "with Tokyo"): not the cost-sharing deal.

    >>> _others_deal("the agreement between Japan and the US.", 13), _others_deal("the deal with Tokyo", 8)
    (True, True)
    >>> _others_deal("the agreement between Seoul and Washington, talks", 13), _others_deal("the deal, talks", 8)
    (False, False)
    """
    words = text[end : end + 80].split()[: _OWNER_WORDS_MOST + 1]
    if not words or words[0].lower() not in _DEAL_OWNER_WORDS:
        return False
    for w in words[1:]:
        bare = w.rstrip(",.;:)")
        if bare.lower() not in _OWN_PARTIES:
            return True  # "Japan": another party
        if bare != w:
            break  # the owner phrase ends with its punctuation
    return False


_OWN_DATE_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?i:on|at|in|by)[ \t]{1,3}(?:(?i:the[ \t]{1,3})?(?i:end)\b|[A-Z][a-z]|\d)|\d)")


def _deal_ahead(m: re.Match[str]) -> bool:
    """Return whether the agreement of :func:`_from_expiry` is the one running at publication ("the current
    agreement", "the deal expires") rather than the last one ended ("the previous pact", "the deal expired"); with
    neither said, the last one ended unless the clause before it is in the future tense ("talks will resume a month
    after the expiration of the agreement"; a fronted phrase takes no tense from the main clause after it).

    >>> [_deal_ahead(_COUNT_FROM_EXPIRY.search(t)) for t in ("two years before the expiration of the current deal",
    ...     "a month after the previous deal expired", "a month after the expiration of the deal, talks resumed")]
    [True, False, False]
    """
    words = m.group().lower().split()
    if words[-1] in {"expires", "lapses"} or words[-2:] == ["runs", "out"]:
        return True
    if words[-1] in {"expired", "lapsed"} or words[-2:] == ["ran", "out"]:
        return False
    if _CURRENT_DEAL & set(words):
        return True
    return not _PREVIOUS_DEAL & set(words) and clause_tense(m.string, m.start(), m.end(), hi=m.end()) == "future"


_CURRENT_DEAL = frozenset({"current", "existing", "present"})
_PREVIOUS_DEAL = frozenset({"previous", "last", "old", "former", "prior"})


@cache
def _deal_ends() -> tuple[dt.date, ...]:
    """Return the last day of each cost-sharing agreement's term (data/sma_contributions.csv), in order.

    >>> dt.date(2018, 12, 31) in _deal_ends()
    True
    """
    return tuple(sorted({dt.date(int(r["term_end"]), 12, 31) for r in check_table("sma_contributions").dicts()
                         if r.get("term_end")}))


def _deal_end(pub: dt.date, ahead: bool) -> dt.date | None:
    """Return the end of the latest agreement term ended by ``pub`` (``ahead``: the first ending on or after it).

    >>> _deal_end(dt.date(2019, 2, 13), False), _deal_end(dt.date(2019, 2, 13), True)
    (datetime.date(2018, 12, 31), datetime.date(2019, 12, 31))
    """
    ends = _deal_ends()
    if ahead:
        return next((e for e in ends if e >= pub), None)
    return max((e for e in ends if e <= pub), default=None)


def _counted_event(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "46 days after the inauguration", "two weeks before the summit": the event's date moved by a count
    over one; "a week before the summit", "one day after the inauguration": a count of one names the event's own
    date (README, as "a day after the vote" does).

    >>> import re
    >>> rx = re.compile(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+) the (?P<noun>\\w+)")
    >>> a = _counted_event(rx.match("two weeks after the summit"), dt.date(2019, 1, 1), False)
    >>> a.noun, a.shift(dt.date(2019, 2, 28), dt.date(2019, 2, 28)).lo
    ('summit', datetime.date(2019, 3, 14))
    >>> _counted_event(rx.match("a week before the summit"), dt.date(2019, 1, 1), False).shift is _unmoved
    True
    """
    n = _count(m["n"])
    if n is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower().rstrip("s")
    noun = "inauguration" if m.groupdict().get("adm") else m["noun"].lower()  # "the launch of the X administration"
    return Anchored(partial(_moved, unit=unit, n=sign * n) if n > 1 else _unmoved, unit=unit, noun=noun)


def _at_inauguration(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "before his inauguration", "until Trump's inauguration": the inauguration's own day ("before X" is X,
    README), of the president its words or sentence name (data/events.csv), the latest by the date it is told from.

    >>> t = "Even before his inauguration, Trump attacked the deal."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 4, 11))]
    [('before his inauguration', '2025-01-20')]
    """
    return Anchored(_unmoved, unit="day", noun="inauguration", own_date=False)


def _names_event(m: re.Match[str], way: str) -> bool:
    """Return whether "after"/"before"/"ahead of" at the end of ``m`` takes an object ("a day after the vote").

    >>> import re
    >>> _names_event(re.match("a day after", "a day after the vote"), "after")
    True
    >>> _names_event(re.match("a day after", "a day after, he left"), "after")
    False
    """
    return way in {"after", "before", "ahead of"} and _OBJECT.match(m.string, m.end()) is not None


_FOLLOWING = frozenset({"next", "following", "subsequent"})  # "the following year", "the subsequent four years"


def _adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the previous year", "the next day", "the year before", "that month": a period beside the anchor's.

    "over/within/in the next year" is the year from publication instead.

    >>> import re
    >>> rx = re.compile(r"(?:(?P<pre>in) )?the (?P<which>\\w+) (?P<unit>\\w+)(?P<dir>)")
    >>> _adjacent(rx.match("the previous year"), dt.date(2019, 1, 1), False).shift(
    ...     dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    Period(lo=datetime.date(2018, 1, 1), hi=datetime.date(2018, 12, 31))
    >>> ranges("In 2019 Seoul paid more than it did previous year.", dt.date(2019, 2, 13))[-1]
    ('previous year', '2018-01-01', '2018-12-31')
    """
    which = (m["which"] or "").lower()
    unit = m["unit"].lower()
    way = {"prior": "earlier"}.get(way := (m["dir"] or "").lower(), way)  # "the year prior": no object (dfix49)
    if m["pre"] and which in {"next", "coming"} and not _particle_in(m):
        return Range(pub, _add(pub, unit, 1), "relative")
    k = 1 if which in _FOLLOWING or way in {"after", "later"} else 0
    k = -1 if which in {"previous", "preceding", "prior"} or way in {"before", "earlier"} else k
    event = _names_event(m, way)
    if event and _THAT_EVENT.match(m.string, m.end()):  # "the day after that meeting": the meeting's own day
        return Anchored(partial(_next_period, unit=unit, k=0), unit=unit)
    step = unit == "year" and k != 0 and not event
    return Anchored(partial(_next_period, unit=unit, k=-k if event else k), event=event, unit=unit, year_step=step,
                    or_published=_for_the_next(m, which),
                    published=_year_before if step and k < 0 and _compared_with_year(m, pub) else None)


# "early the next year", "late in the following year", "mid the previous month": a third of the year (month) beside
# the anchor's, as "early next year" is of the year after publication's (dfix50)
_PART_ADJACENT = re.compile(r"\b(?P<part>early|late|mid)(?:[ \t]{1,3}in)?[ \t]{1,3}the[ \t]{1,3}"
                            r"(?P<which>next|following|subsequent|previous|preceding)[ \t]{1,3}(?P<unit>year|month)\b",
                            re.IGNORECASE)


def _part_adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "early the next year", "late in the following year": the part of the period beside the anchor's.

    >>> ranges("Talks ended in November 2018. Early the next year, they resumed.", dt.date(2022, 3, 17))[1]
    ('Early the next year', '2019-01-01', '2019-04-30')
    """
    unit = m["unit"].lower()
    k = -1 if m["which"].lower() in {"previous", "preceding"} else 1
    return Anchored(partial(_part_of_next, unit=unit, k=k, part=m["part"].lower()), unit=unit)


def _part_of_next(lo: dt.date, hi: dt.date, unit: str, k: int, part: str) -> Period:
    """Return the ``part`` (early, mid, late) of the ``unit`` ``k`` steps from the anchor ``lo..hi``.

    >>> _part_of_next(dt.date(2018, 11, 1), dt.date(2018, 11, 30), "year", 1, "late")
    Period(lo=datetime.date(2019, 9, 1), hi=datetime.date(2019, 12, 31))
    """
    beside = _next_period(lo, hi, unit, k)
    return _year_part(beside.lo.year, part) if unit == "year" else _part(beside.lo, beside.hi, part)


def _year_before(pub: dt.date) -> Period:
    """Return the calendar year before publication's.

    >>> _year_before(dt.date(2020, 8, 20)).lo
    datetime.date(2019, 1, 1)
    """
    return _next_period(pub, pub, "year", -1)


# the words of a comparison right before "the previous year" ("up 8% from", "more than", "compared with")
_COMPARED_BEFORE = (" from", " over", " than", " compared with", " compared to", " on")
# words of a change or a share in the sentence: the comparison is of a figure ("a 16.1 percent increase from the prior
# year"), not of an act ("learned more than the previous year")
_CHANGE_WORDS = frozenset({"percent", "percentage", "increase", "increases", "rise", "rises", "hike", "hikes", "jump",
                           "decrease", "drop", "cut", "higher", "lower", "up", "down"})


def _compared_with_year(m: re.Match[str], pub: dt.date) -> bool:
    """Return whether "the previous (prior, preceding) year" (``m``) closes a comparison of a figure ("an increase of
    about 50 percent from the previous year", "a 16.1 percent cost increase from the prior year") in a clause not told
    in the past (the present perfect is the story's present: "has asked for ... an increase of 50 percent from the
    previous year"): with no date before it in its paragraph, the year compared with is the one before the story's (the
    figure is this year's; dfix49). Not a past clause ("paid 5% more than the previous year"), a rule for every year
    ("each year's rise must not exceed 4% over the previous year"), nor text whose two paragraphs before it name another
    year than publication's or the one before ("In 2014, ..."): those stay unresolved, as before.

    >>> t = "Seoul must bear a 16.1 percent increase from the prior year. Seoul paid 5% more than the previous year."
    >>> [_compared_with_year(x, dt.date(2019, 1, 22)) for x in re.finditer(r"the (?:prior|previous) year", t)]
    [True, False]
    >>> t = ("In 2014, a deal.\\n\\nSeoul must pay 5.8 percent more than the previous year. Each year's rise is 4% "
    ...      "over the prior year.")
    >>> [_compared_with_year(x, dt.date(2019, 1, 22)) for x in re.finditer(r"the (?:prior|previous) year", t)]
    [False, False]
    """
    before = m.string[max(0, m.start() - 16) : m.start()].rstrip().lower()
    if not before.endswith(_COMPARED_BEFORE) and (m["pre"] or "").lower() != "over":  # "a rise over the prior year"
        return False
    sentence = _sentence_span(m.string, m.start(), m.end())
    words = m.string[sentence.start : m.start()].replace("%", " percent ").lower().split()
    now = clause_tense(m.string, m.start(), m.end()) != "past" or not {"has", "have"}.isdisjoint(words)  # "has asked"
    return now and not _CHANGE_WORDS.isdisjoint(words) and _EVERY_YEAR.isdisjoint(words) and not _other_year_before(
        m.string, m.start(), pub)


_EVERY_YEAR = frozenset({"each", "every", "annual", "annually", "yearly"})  # a rule for every year, no one year
_YEARS_BACK_PARAGRAPHS = 2  # paragraphs before a compared "previous year" read for a year of another time


def _other_year_before(text: str, at: int, pub: dt.date) -> bool:
    """Return whether the text before ``at``, back to the start of the paragraph two before its own, names a year
    (1900-2099) other than publication's and the one before: the story tells of another time, whose "previous year"
    the words may count from.

    >>> t = "In 2014, a deal.\\n\\nTalks.\\n\\nSeoul pays more."
    >>> _other_year_before(t, len(t), dt.date(2019, 1, 1)), _other_year_before(t, len(t), dt.date(2015, 1, 1))
    (True, False)
    """
    begin = at
    for _ in range(_YEARS_BACK_PARAGRAPHS + 1):
        begin = text.rfind("\n\n", 0, max(0, begin - 1))
        if begin < 0:
            break
    for word in text[max(0, begin) : at].split():
        digits = word.strip("(),.;:'\"’s")
        if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) < 2100 and int(digits) not in (
                pub.year, pub.year - 1):
            return True
    return False


_FOR_BEFORE = re.compile(r"\b(?i:for)[ \t]{1,3}\Z")
# a verb whose particle is "in" ("was sworn in the next day", "stepped in the following week"): no span from now
_PARTICLE_IN_VERB = re.compile(r"\b(?i:sworn|swore|moved|checked|stepped|kicked|phased|handed|turned|pitched|chipped"
                               r"|weighed|filled|closed|zeroed|reined|locked)[ \t]{1,3}\Z")


def _particle_in(m: re.Match[str]) -> bool:
    """Return whether the "in" of "in the next day" (``m``) is the particle of the verb before it ("he was sworn in
    the next day"): the phrase is "the next day", counted from the date told before it, not the day from
    publication that "in the next day" (within it) is (dfix43).

    >>> t = "Lee won on June 3 and was sworn in the next day. A ruling is due in the next day."
    >>> [x for x in ranges(t, dt.date(2025, 6, 14))]  # doctest: +NORMALIZE_WHITESPACE
    [('on June 3', '2025-06-03', '2025-06-03'), ('in the next day', '2025-06-04', '2025-06-04'),
     ('in the next day', '2025-06-14', '2025-06-15')]
    """
    return m["pre"] is not None and m["pre"].lower() == "in" and _PARTICLE_IN_VERB.search(
        m.string, max(0, m.start() - 12), m.start()) is not None


def _for_the_next(m: re.Match[str], which: str) -> bool:
    """Return whether "the next year" (month, week) follows "for" ("a rise in defense funding for the next year"):
    with no date before it in its paragraph, the one after publication's, as "next year" is (a budget or a plan
    names a period of the calendar).

    >>> ranges("Lee urged lawmakers to approve a rise in funding for the next year.", dt.date(2025, 11, 4))
    [('the next year', '2026-01-01', '2026-12-31')]
    """
    return which in {"next", "coming"} and _FOR_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None


def _day_part(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the next morning", "later that night", "the same evening", "the previous night": a part of the day
    told before it (that day, the next, or the one before), as "the next day" is. A lone "that" needs a word of time
    before it, a capital or "same" ("said that morning talks ...": a conjunction).

    >>> ranges("Talks ended on Oct. 1, 2024. The next morning, Lee left.", dt.date(2025, 4, 9))[1]
    ('The next morning', '2024-10-02', '2024-10-02')
    >>> ranges("Talks ended on Oct. 1, 2024. The night before, Lee left.", dt.date(2025, 4, 9))[1]
    ('The night before', '2024-09-30', '2024-09-30')
    """
    which = (m["which"] or (m["dir"] or "").replace("before", "previous").replace("after", "next")).lower()
    if not (which or m["pre"] or m["same"] or m["that"] == "That" or (m["that"] and _part_phrase_ends(m))):
        return None
    k = 1 if which in _FOLLOWING else -1 if which in {"previous", "preceding"} else 0
    return Anchored(partial(_next_period, unit="day", k=k), unit="day")


# what may follow "that morning" used as a time ("a meeting that morning with Bo", "met that night."): a stop, a
# comma, a possessive or a preposition; never a noun and its verb ("said that morning talks would resume")
_PART_PHRASE_END = re.compile(
    r"(?<![ \t])[ \t]*+(?:[.,;:)]|['’]s\b|(?:with|in|at|to|for|before|after|as|when|while|on|from|near)\b)")


def _part_phrase_ends(m: re.Match[str]) -> bool:
    """Return whether a lone "that morning" (afternoon, evening, night) ends its phrase: a stop, a comma, a
    possessive or a preposition after it, as a time does ("a breakfast meeting that morning with Bo", fresh77q).

    >>> ranges("Bo spoke on Dec. 3 after a meeting that morning with Al.", dt.date(2019, 12, 4))[1]
    ('that morning', '2019-12-03', '2019-12-03')
    >>> ranges("Bo spoke on Dec. 3. He said that morning talks would resume.", dt.date(2019, 12, 4))[1:]
    []
    """
    return _PART_PHRASE_END.match(m.string, m.end()) is not None


def _fronted_day_part(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return a fronted "In the afternoon," (morning, evening) opening its sentence: the part of the day told before it
    in its paragraph ("On Monday, Bo met Al. In the afternoon, ..."), as "that afternoon" is; with no day before it, a
    future clause ("In the afternoon, Bo will meet Al") tells the story's own day, as "this afternoon" does, and a past
    one is left unresolved (fresh95: which day a past afternoon was, the text does not say).

    >>> ranges("In the afternoon, Bo will meet the envoy.", dt.date(2021, 5, 7))
    [('In the afternoon', '2021-05-07', '2021-05-07')]
    >>> ranges("Talks opened on Monday, May 3, 2021. In the afternoon, Bo left.", dt.date(2021, 5, 7))[1]
    ('In the afternoon', '2021-05-03', '2021-05-03')
    >>> [v.get("unresolved") is not None for *_, v in find_dates("In the evening, Bo left.", dt.date(2021, 5, 7))]
    [True]

    A future clause never takes a past day told before it: it tells the story's own day (review92 finding 2):

    >>> ranges("Talks opened on Monday, May 3, 2021. In the afternoon, Bo will meet Al.", dt.date(2021, 5, 7))[1]
    ('In the afternoon', '2021-05-07', '2021-05-07')
    """
    ahead = clause_tense(m.string, m.start(), m.end()) == "future"  # the clause it opens, read after it
    shift = partial(_day_not_before, pub=pub) if ahead else partial(_next_period, unit="day", k=0)
    return Anchored(shift, or_published=ahead, unit="day")


def _day_not_before(lo: dt.date, hi: dt.date, pub: dt.date) -> Period:
    """Return the day told before a future clause's part of a day (``lo..hi``), or the story's day ``pub`` when that
    day is already past: a future clause never takes a past day's date (review92 finding 2).

    >>> _day_not_before(dt.date(2021, 5, 3), dt.date(2021, 5, 3), dt.date(2021, 5, 7))
    Period(lo=datetime.date(2021, 5, 7), hi=datetime.date(2021, 5, 7))
    >>> _day_not_before(dt.date(2021, 5, 10), dt.date(2021, 5, 10), dt.date(2021, 5, 7))
    Period(lo=datetime.date(2021, 5, 10), hi=datetime.date(2021, 5, 10))
    """
    return Period(pub, pub) if hi < pub else _next_period(lo, hi, unit="day", k=0)


#: "In the afternoon," opening a sentence (a paragraph's start, or after a full stop): a time of the clause it opens;
#: never "at three in the morning" (a clock time) nor "in the afternoon session" (no comma after it).
_FRONTED_DAY_PART = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))In[ \t]the[ \t]"
                               r"(?:morning|afternoon|evening)(?=,)", re.M)
_T_FRONTED_DAY_PART = Trigger(re.compile(r"(?:morning|afternoon|evening),"),
                              (("morning", 0), ("afternoon", 0), ("evening", 0)))


_DAY_PART = re.compile(
    r"\b(?:(?P<pre>(?i:later|earlier|late|early|on|by|until))\s+)?(?:(?i:the)\s+(?P<which>(?i:next|following|previous"
    r"|preceding|same))|(?P<that>[Tt]hat)(?P<same>\s+(?i:same))?)\s+(?i:morning|afternoon|evening|night)\b"
    # "the night before", "the morning after" with no object after them (not "the night before the vote", nor its
    # object on the next line of wrapped text: review69 finding 11; a blank line ends the paragraph, no object)
    r"|\b(?i:the)\s+(?i:morning|afternoon|evening|night)\s+(?P<dir>(?i:before|after))\b"
    r"(?![ \t]*+(?:\r?\n[ \t]*+)?+(?<=[ \t\n])[\w$“\"'])"
)
_T_DAY_PART = Trigger(re.compile(r"(?:morning|afternoon|evening|night)\b"),
                      (("morning", 0), ("afternoon", 0), ("evening", 0), ("night", 0)))


def _weekend_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "that weekend", "the following (next) weekend", "the previous weekend" after a day told before it:
    the Saturday-Sunday of that day's Monday-Sunday week, the first weekend after it, the last one before it (as
    "the following <weekday>" is the first such day after the day told). Counted from a day or a week only.

    >>> ranges("Talks opened on March 3, 2021. That weekend, Lee left.", dt.date(2021, 6, 16))[1]
    ('That weekend', '2021-03-06', '2021-03-07')
    >>> ranges("Talks opened on March 3, 2021. The previous weekend, Lee left.", dt.date(2021, 6, 16))[1]
    ('The previous weekend', '2021-02-27', '2021-02-28')
    """
    which = (m["which"] or "").lower()
    k = 1 if which in _FOLLOWING else -1 if which in {"previous", "preceding", "prior"} else 0
    # "the next weekend" with no day before it (mendd65), unless its sentence tells a past (mendd66)
    published = _next_weekend if which == "next" and not _told_past(m.string, m.start(), m.end()) else None
    return Anchored(partial(_weekend_of, k=k), unit="weekend", published=published)


# "The weekend before, Kim met ...", "the weekend after." (a comma, a stop, "that" after it; not "the weekend before
# Christmas", "the weekend after the vote": the event's own rows read those): a weekend beside the day told before it,
# as "The Monday after," is (:data:`_WEEKDAY_BESIDE`; fix51d2)
_WEEKEND_BEFORE_AFTER = re.compile(
    r"\b(?:(?i:over|during|on|at|by|for)[ \t]{1,3})?(?i:the)[ \t]{1,3}(?i:weekend)[ \t]{1,3}(?P<dir>(?i:after|before))"
    r"(?=[ \t]{0,3}[,;:.)]|[ \t]{1,3}that\b)"
)


def _weekend_before_after(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the weekend before," ("after"): the last weekend before the day told before it (the first after it),
    as "The Monday after," counts from that day (:func:`_weekday_beside`). That day is the one :func:`_anchor_of`
    finds for any anchored date: the last date told before it on its side of the quote marks, which may stand in an
    earlier paragraph ("The round opened Dec. 3.<blank line>The weekend before, ..."); with no date told before it
    at all, the weekend its clause's tense reads from publication, as "the weekend" alone is read. None for a habit
    ("usually met the weekend before"), as :func:`_weekend` reads one.

    >>> ranges("The round opened Dec. 3, 2019. The weekend before, Bo met Al.", dt.date(2019, 12, 17))[1]
    ('The weekend before', '2019-11-30', '2019-12-01')
    >>> ranges("Bo met Al the weekend before.", dt.date(2019, 12, 17))
    [('the weekend before', '2019-12-14', '2019-12-15')]
    """
    told = _weekend(m, pub, clause_tense(m.string, m.start(), m.end()) == "future")
    if told is None:
        return None
    k = -1 if m["dir"].lower() == "before" else 1
    return Anchored(partial(_weekend_of, k=k), unit="weekend", published=lambda _day: Period(told.lo, told.hi))


def _told_past(text: str, start: int, end: int) -> bool:
    """Return whether the sentence of ``text[start:end]`` tells a past, its clause not the future: a past verb in
    the ``_BACK`` characters before it or the ``_WINDOW`` after it, up to the sentence's marks ("When the talks
    collapsed, protests followed the next weekend": the weekend after the collapse, no weekend from publication).

    >>> t = "When talks collapsed, protests followed the next weekend. Kim said Lee will go the next weekend."
    >>> _told_past(t, 40, 56), _told_past(t, 80, 96)
    (True, False)
    """
    if clause_tense(text, start, end) == "future":
        return False
    back = _clause_words(text, max(0, start - _BACK), start, True, None)
    after = _clause_words(text, end, min(len(text), end + _WINDOW), False, None)
    for words, order in ((back, range(len(back) - 1, -1, -1)), (after, range(len(after)))):
        for k in order:  # outward from the date, each word read with its own neighbours
            if words[k] in _BOUNDARY:
                break
            if _tense_of(words, k) == "past":
                return True
    return False


def _next_weekend(pub: dt.date) -> Period:
    """Return "next weekend" read from publication, as :func:`_relative` reads it: "the next weekend" with no day
    told before it (mendd65; "that weekend", "the following weekend" with none stay unresolved).

    >>> _next_weekend(dt.date(2021, 6, 16))
    Period(lo=datetime.date(2021, 6, 26), hi=datetime.date(2021, 6, 27))
    """
    return Period(*_period("weekend", _last_on_sunday("next", "weekend", pub), pub))


def _weekend_of(lo: dt.date, hi: dt.date, k: int) -> Period:
    """Return the weekend of the week of ``lo`` (``k`` = 0), the first after ``hi`` (1), the last before ``lo`` (-1).

    >>> _weekend_of(dt.date(2021, 6, 4), dt.date(2021, 6, 4), 1)  # a Friday: the next day's weekend
    Period(lo=datetime.date(2021, 6, 5), hi=datetime.date(2021, 6, 6))
    """
    if k > 0:
        sat = hi + dt.timedelta(days=(5 - hi.weekday()) % 7 or 7)
    elif k < 0:
        sat = lo - dt.timedelta(days=(lo.weekday() - 6) % 7 or 7) - dt.timedelta(days=1)
    else:
        sat = lo + dt.timedelta(days=5 - lo.weekday())
    return Period(sat, sat + dt.timedelta(days=1))


# "that weekend", "over the following weekend", "the previous weekend": a weekend beside a day told before it (date64);
# not "that weekend's rally" (a thing of the weekend)
_WEEKEND_BESIDE = re.compile(
    r"\b(?:(?i:over|during|on|at|by|for)[ \t]{1,3})?(?:[Tt]hat(?:[ \t]{1,3}(?i:same))?|(?i:the)[ \t]{1,3}"
    r"(?P<which>(?i:following|next|previous|preceding|prior|same)))[ \t]{1,3}(?i:weekend)\b(?![\'’-])"
)


def _that_time(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "at that time", "since that time", "by that time": the time told before it in its paragraph, as it is
    (a year, a month or a day; "since X" resolves to X); with none, unresolved.

    >>> ranges("Costs were $500 million in 2005, and have risen since that time.", dt.date(2019, 1, 22))[1]
    ('since that time', '2005-01-01', '2005-12-31')
    """
    return Anchored(_unmoved, unit="year")


_THAT_TIME = re.compile(r"\b(?i:at|since|by|until|till|from|before|after|around)[ \t]{1,3}(?i:that)[ \t]{1,3}"
                        r"(?i:time)\b(?![ \t]{0,3}(?i:frame|period|zone|limit|span|slot)\b)")
_T_THAT_TIME = Trigger(re.compile(r"(?i:that)[ \t]{1,3}(?i:time)\b"), (("hat", 1), ("HAT", 1)))


def _two_off(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the day before yesterday", "the year before last", "the week after next": the day, Monday-Sunday
    week, month or year two steps from publication's.

    >>> ranges("It was the year before last.", dt.date(2024, 10, 17))
    [('the year before last', '2022-01-01', '2022-12-31')]
    """
    unit = (m["day"] or m["unit"]).lower()
    step = -2 if (m["dd"] or m["dir"]).lower().startswith("before") else 2
    lo, hi = _unit_period(_add(pub, unit, step), unit)
    return Range(lo, hi, "relative")


def _second_adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the year before the previous year", "the day after the next day": two periods from the anchor's.

    >>> t = "In 2024 the fee rose by the inflation of the year before the previous year."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 10, 4))]
    [('2024', '2024-01-01'), ('the year before the previous year', '2022-01-01')]
    """
    way, which, unit = m["dir"].lower(), m["which"].lower(), m["unit"].lower()
    if (way == "before") != (which in {"previous", "preceding"}):
        return None  # "the year before the next year": not a count of two
    k = -2 if way == "before" else 2
    return Anchored(partial(_next_period, unit=unit, k=k), unit=unit, year_step=unit == "year")


# "from now", "from today" right after a count: counted forward from publication, whatever the clause's tense
_FROM_NOW = re.compile(r"[ \t]{1,3}(?i:from)[ \t]{1,3}(?i:now|today)\b")


def _in_count(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "in two weeks" by the tense of its clause: told in the past, the span that many units up to
    publication ("the fourth test in two weeks"); in the future, the day that many units after it ("will
    meet in two weeks"); with no tense, nothing.

    >>> [(v["start"], v["end"]) for *_, v in find_dates("It was the fourth test in two weeks.", dt.date(2019, 8, 7))]
    [('2019-07-24', '2019-08-07')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They will meet in two weeks.", dt.date(2019, 8, 7))]
    [('2019-08-21', '2019-08-21')]

    A present progressive tells a future too ("is leaving in two months"); a count of months names a month.

    >>> [(v["start"], v["end"]) for *_, v in find_dates("Lee is leaving in two months.", dt.date(2019, 8, 7))]
    [('2019-10-01', '2019-10-31')]

    "Within" bounds a span from publication (README): "will sign within two or three weeks" runs to the larger count.

    >>> [(v["start"], v["end"]) for *_, v in find_dates("They will sign within 2 or 3 weeks.", dt.date(2019, 9, 24))]
    [('2019-09-24', '2019-10-15')]

    "In less than" (fewer than, under) N units bounds the same way ("the fourth test in less than two weeks").

    >>> [(v["start"], v["end"]) for *_, v in find_dates("It was the third test in under 3 days.", dt.date(2019, 8, 7))]
    [('2019-08-04', '2019-08-07')]

    A hedge keeps the count told; a half year counts in months (dates48).

    >>> ranges("It was the first in about four and a half years.", dt.date(2021, 3, 18))
    [('in about four and a half years', '2016-09-18', '2021-03-18')]

    "From now" (today) after it counts forward whatever the tense (dfix42).

    >>> ranges("Seoul paid cash, but within three years from now it pays in kind.", dt.date(2009, 1, 18))[0][1:]
    ('2009-01-18', '2012-01-18')
    """
    n, n0 = _count(m["n"]), _count(m["n0"]) if m["n0"] else None
    unit = m["unit"].lower().rstrip("s")
    if unit == "fortnight" and n is not None:  # "within a fortnight": 14 days (README)
        unit, n, n0 = "day", n * 14, n0 and n0 * 14
    if n is None or (m["n0"] and (n0 is None or n0 >= n)):
        return None  # "in 5-2 weeks", "in a or two days": no count a reader can take
    if m["half"]:  # "in about four and a half years": 54 months; "in two and a half weeks": no whole count
        halved = None if m["n0"] else _and_a_half(unit, n)
        if halved is None:
            return None
        unit, n = halved
    # "within two (or three) weeks", "in less than two weeks": from publication to the (larger) count
    within = m["prep"].lower() == "within" or bool(m["less"])
    future = future or _FROM_NOW.match(m.string, m.end()) is not None  # "within three years from now": ahead (dfix42)
    if within and (future or clause_tense(m.string, m.start(), m.end()) != "past"):
        return Range(pub, _add(pub, unit, n), "relative")
    if within and m["prep"] == "Within" and m.string.startswith(",", m.end()) and not m["n0"]:
        return _within_past(unit, n)  # "The vote was held on May 2. Within a week, he had resigned"
    superlative = _ordinal_tally(m.string, m.start(), _SUPERLATIVE, _TENSE_WORDS)  # "the largest rise in 20 years"
    if not superlative and (future or _progressive(_TOKEN.findall(m.string, max(0, m.start() - _BACK), m.start()))):
        return Range(_counted_to(pub, unit, n0 or n).lo, _counted_to(pub, unit, n).hi, "relative")
    if clause_tense(m.string, m.start(), m.end()) != "past" and not superlative and not _ordinal_tally(
            m.string, m.start()):
        return None
    return Range(_add(pub, unit, -n), pub, "relative")


def _within_past(unit: str, n: int) -> Anchored:
    """Return a past "Within <n> <unit>s," opening its sentence: counted from the date told before it (the anchor to
    ``n`` units after it); with no date before it, the span ending at publication, as before (dfix50)."""
    return Anchored(partial(_within_after, unit=unit, n=n), unit=unit, published=partial(_span_back, unit=unit, n=n))


def _within_after(lo: dt.date, hi: dt.date, unit: str, n: int) -> Period:
    """Return the span from the anchor ``lo..hi`` to ``n`` units after it: a past "Within a week, ..." opening the
    sentence after a dated event (dfix50).

    >>> ranges("The vote was held on May 2. Within a week, he had resigned.", dt.date(2019, 6, 12))[1]
    ('Within a week', '2019-05-02', '2019-05-09')
    """
    return Period(lo, _add(hi, unit, n))


def _span_back(pub: dt.date, unit: str, n: int) -> Period:
    """Return the ``n`` ``unit``s up to publication ("within two years" told in the past with no date before it).

    >>> _span_back(dt.date(2019, 6, 12), "year", 2)
    Period(lo=datetime.date(2017, 6, 12), hi=datetime.date(2019, 6, 12))
    """
    return Period(_add(pub, unit, -n), pub)


def _new_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the new year" told as a time: the next calendar year told in October-December, the publication's
    told in January-March, else None; after "by" ("before", "until", "ahead of"), that year's 1 January (README,
    lead decisions on date59's questions).

    >>> ranges("Kim hopes to sign by the new year; talks resume in the new year.", dt.date(2019, 10, 20))
    [('by the new year', '2020-01-01', '2020-01-01'), ('the new year', '2020-01-01', '2020-12-31')]
    >>> ranges("Talks resumed in the new year.", dt.date(2020, 2, 12)), ranges("in the new year", dt.date(2020, 6, 1))
    ([('the new year', '2020-01-01', '2020-12-31')], [])

    "Early (late) in the new year" is that part of the year, as "early (late) next year" is read (README, lead
    decisions on date62's questions):

    >>> ranges("Kim expects a deal early in the new year.", dt.date(2019, 11, 20))
    [('early in the new year', '2020-01-01', '2020-04-30')]

    A headline's capitals ("Talks to Drag on into New Year") are the same time; not the holiday ("the Lunar New Year",
    "New Year's Day", "on New Year"; the holiday's own rule reads "for the Lunar New Year": :func:`_holiday`).

    >>> ranges("Talks to Drag on into New Year", dt.date(2019, 12, 17))
    [('New Year', '2020-01-01', '2020-12-31')]
    >>> ranges("Talks paused for the Lunar New Year and on New Year, into New Year Holiday", dt.date(2019, 12, 17))
    [('for the Lunar New Year', '2019-02-04', '2019-02-06')]
    """
    if 4 <= pub.month <= 9:
        return None
    y = pub.year + (pub.month >= 10)
    if m["part"]:
        return Range(*_year_part(y, m["part"]), "relative")
    return Range(dt.date(y, 1, 1), dt.date(y, 1, 1) if m["by"] else dt.date(y, 12, 31), "relative")


_NOT_OVERNIGHT = frozenset({"almost", "nearly", "virtually", "practically", "seemingly", "literally", "not", "never",
                            "cannot", "can't", "won't", "don't", "didn't", "isn't", "wasn't", "just", "happen"})


def _overnight(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "overnight" in a story of the day told in the past: the night before the story's day, that is the day
    before it through that day (README, lead decisions on date59's questions); None for "suddenly" ("almost
    overnight", "cannot be built overnight"), after a determiner ("the overnight"), or in a clause not in the past.

    >>> ranges("Porvik fired two missiles overnight.", dt.date(2019, 11, 20))
    [('overnight', '2019-11-19', '2019-11-20')]
    >>> ranges("Trust is not built overnight. It rose almost overnight. It will rise overnight.", dt.date(2019, 11, 2))
    []
    """
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(m.string, max(0, m.start() - 40), m.start())]
    cut = max((i for i, w in enumerate(words) if w in _BOUNDARY), default=-1)
    words = words[cut + 1 :]  # the clause before it
    if (words and words[-1] in _DETERMINERS) or not _NOT_OVERNIGHT.isdisjoint(words):
        return None
    if m.group()[0] == "O":  # "Overnight, ...": the main clause after the comma
        tense = clause_tense(m.string, m.end() + 1, m.end() + 1)
    else:
        tense = clause_tense(m.string, m.start(), m.end())
    if tense != "past":
        return None
    return Range(pub - dt.timedelta(days=1), pub, "relative")


_TALLY = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)}|latest|last)\b", re.IGNORECASE)
_TALLY_WORDS = 5  # words between a tally's ordinal and its "in N units" ("the third missile test by Oskel")


# a superlative ("the largest annual increase in nearly 20 years", "its biggest loss in two years"): a tally of the
# span up to publication, whatever the tense of its clause (dates48)
_SUPERLATIVE = re.compile(r"(?:larg|bigg|high|low|steep|sharp|great|fast|small|strong|weak|long)est|most|best|worst",
                          re.IGNORECASE)


def _ordinal_tally(text: str, at: int, tally: re.Pattern[str] = _TALLY, stop: frozenset[str] = frozenset()) -> bool:
    """Return whether the words just before ``at`` (a few, in one clause, none of them in ``stop``) hold an ordinal
    (or what ``tally`` reads, a superlative): a tally ("the 2nd incident in 13 months", "third test in two weeks")
    tells the span up to publication with no verb.

    >>> _ordinal_tally("2nd incident in 13 months", 13), _ordinal_tally("a study of 40 people in 2 months", 24)
    (True, False)
    >>> _ordinal_tally("the largest rise in 20 years", 19, _SUPERLATIVE, frozenset({"will"}))
    True
    >>> _ordinal_tally("the biggest plant will open in 2 years", 29, _SUPERLATIVE, frozenset({"will"}))
    False
    """
    words: list[str] = re.findall(r"[\w’'-]+|[.!?;:\"“”\n]", text[max(0, at - 60):at])[-_TALLY_WORDS:]
    for word in reversed(words):
        if not word[0].isalnum():
            return False
        if word.lower() in stop:
            return False
        if tally.fullmatch(word):
            return True
    return False


def _progressive(words: list[str]) -> bool:
    """Return whether the clause read back from a date (``words``) is in the present progressive ("is leaving").

    >>> _progressive("the envoy is leaving".split()), _progressive("he is leaving . Talks resume".split())
    (True, False)
    """
    words = _clause_of(words, back=True)
    return any(
        w.lower() in {"is", "are", "am"} and nxt.endswith("ing") and nxt.islower()
        for w, nxt in pairwise(words)
    )


_TERM = re.compile(rf"\b(?:for\s+(?P<n>{_NUM})\s+years\b|(?P<n2>{_NUM})-year\b)", re.IGNORECASE)


def _onwards(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from 2026 onwards" in a sentence that states a term ("in effect for five years", "the five-year
    deal"): the years of the term from that year. With no term the period has no end: None (the year alone is
    read by the year pattern).

    >>> t = "The deal is in effect for five years, but from 2026 onwards the rise follows prices."
    >>> ranges(t, dt.date(2024, 10, 4))
    [('from 2026 onwards', '2026-01-01', '2030-12-31')]
    >>> [x for *_, x, v in find_dates("From 2026 onwards the rise follows prices.", dt.date(2024, 10, 4))]
    ['2026']
    """
    text, y = m.string, int(m["y"])
    lo = max(0, m.start() - 200)  # a line break before lo gives a start before it, which max() lifts to lo anyway
    begin = max(lo, text.rfind("\n", lo, m.start()) + 1)
    for stop in _SENTENCE_END.finditer(text, begin, m.start()):
        begin = stop.end()
    end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 200))
    terms = [_count(t["n"] or t["n2"]) for t in _TERM.finditer(text, begin, end.end() if end else m.end() + 200)]
    if len(terms) != 1 or terms[0] is None or terms[0] < 2:
        return None  # no term, or two: the period's end is not said
    return Range(dt.date(y, 1, 1), dt.date(y + terms[0] - 1, 12, 31), "range")


# "for (over) six years until 2025", "for the six years until 2025": a duration and "until X", not a term named by
# its last year (fresh77q; "the": review78); matched where the term starts, so that "for" before "the" is seen
# the words a term's count of years may be counted from ("the next five years", "the past six years": dev126)
_TERM_FROM = r"(?i:next|following|coming|past|last|previous|preceding)"
_DURATION_UNTIL = re.compile(
    rf"(?:(?i:for|over)\s++|(?<=\b(?i:for)[ \t])(?i:the)\s++)(?:{_TERM_FROM}\s++)?\S++\s++(?i:years)\s++"
    r"(?i:until|till)\b")


def _years_from(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a term of years counted from a written year ("for five years from 2026", "a five-year deal starting
    in 2026"): that year to the term's last one; or back from its last year (group ``last``: "the six years through
    2025", "a five-year deal to 2024"): the term's first year to that one.

    >>> ranges("Rules were set for five years from 2026.", dt.date(2024, 11, 6))
    [('five years from 2026', '2026-01-01', '2030-12-31')]
    >>> ranges("Seoul will pay more in the six years through 2025.", dt.date(2020, 3, 25))
    [('the six years through 2025', '2020-01-01', '2025-12-31')]

    "for six years until 2025" is a duration, then "until X", which is X (README; fresh77q):

    >>> ranges("It is effective for six years until 2025.", dt.date(2021, 4, 8))
    [('2025', '2025-01-01', '2025-12-31')]
    >>> ranges("It is effective for the six years until 2025.", dt.date(2021, 4, 8))
    [('2025', '2025-01-01', '2025-12-31')]

    A count with no word before it is the term too when "through", "to" or "ending in" joins it to its last year
    ("The agreement would last five years through 2025"; dfix37); not with "until" (a duration, as above), after
    "by" (a change: "extended by two years to 2025") nor before a possessive ("five years to 2025's level"):

    >>> ranges("The pact would last five years through 2025.", dt.date(2021, 3, 10))
    [('five years through 2025', '2021-01-01', '2025-12-31')]
    >>> ranges("It was extended by two years to 2025; it runs six years until 2027.", dt.date(2021, 3, 10))
    [('2025', '2025-01-01', '2025-12-31'), ('2027', '2027-01-01', '2027-12-31')]
    """
    n = _count(m["n"])
    if n is None or n < 2 or _DURATION_UNTIL.match(m.string, m.start()):
        return None
    if "last" in m.groupdict() and not m["det"] and _bare_count_no_term(m):
        return None
    last = m.groupdict().get("last")
    y = int(last) - n + 1 if last else int(m["y"])
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


_BY_BEFORE = re.compile(r"\b(?i:by)[ \t]{1,3}\Z")  # "extended by [two years]": a change, not a term


def _bare_count_no_term(m: re.Match[str]) -> bool:
    """Return whether a term's count with no word before it and its last year (:data:`_YEARS_THROUGH`) are no term:
    joined by "until"/"till" (a duration, then "until X": README), a count after "by" (a change), or a possessive
    year ("to 2025's level").

    >>> [_bare_count_no_term(_YEARS_THROUGH.search(t)) for t in ("last five years through 2025", "by two years to 2025",
    ...                                                          "six years until 2025", "five years to 2025's")]
    [False, True, True, True]
    """
    joiner = m.string[m.end("n") : m.start("last")].split()[-1].lower()
    return (joiner in {"until", "till"} or _BY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
            or _POSSESSIVE_OR_LEVEL.match(m.string, m.end()) is not None)


def _years_starting(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the next five years starting this year", "the following three years from 2026": a term counted from
    a start year, written or relative, is the whole term in years (README), not the years from publication.

    >>> ranges("It covers the next five years starting this year.", dt.date(2021, 3, 11))
    [('the next five years starting this year', '2021-01-01', '2025-12-31')]
    """
    n = _count(m["n"])
    k = _rel_year(m["rel"]) if m["rel"] else None
    if n is None or n < 2 or (m["rel"] and k is None):
        return None
    y = int(m["y"]) if m["y"] else pub.year + (k or 0)
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![-–%]|\s*(?:percent|won|dollars))")
# a written year or the writer's "this year" (not "this year's", a possessive that names a thing)
_SERIES_YEAR = re.compile(r"\b(?:(?:19|20)\d\d\b(?![-–%]|\s*(?:percent|won|dollars))|[Tt]his[ \t]+year\b(?!['’]))")
# words before a year that make it an end, not the first of a series ("until 2028", "expires in 2025", "leave office
# in 2027"): "the next N years" after it count from publication (review78)
_SERIES_END = frozenset({"until", "till", "by", "before", "through", "expire", "expires", "expired", "end", "ends",
                         "ended", "lapse", "lapses", "lapsed", "leave", "leaves", "retire", "retires", "deadline"})
# words that open a clause of their own between the year and "the next N years" ("2027, said ...", "2025, and talks
# may take ...", "2021 when ..."): the N years are not the series the year starts
_OTHER_CLAUSE = frozenset({"who", "which", "that", "when", "while", "after", "before", "because", "although", "if",
                           "but", "said", "says", "told"})
_BRIDGE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*+|[,;:—–()]")


def _deal_year_before(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the year of publication or later its sentence writes last before "the next N years" when the N years
    go on the series that year starts ("the deal applies to 2021, with rises the next four years"): the N years after
    it, as "the following four years" (fresh77q); else None (the N years from publication): a year that ends something,
    names something or stands in another clause (:func:`_same_series`).

    >>> ranges("The deal applies to 2021, with rises the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2022-01-01', '2025-12-31')
    >>> ranges("Seoul paid more in 2019 and will pay more the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2021-03-10', '2025-03-10')

    The writer's "this year" starts a series as the year it names does ("pays more this year, with rises over the
    next four years": the four calendar years after it; dat28b).

    >>> ranges("Seoul pays more this year, with rises over the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2022-01-01', '2025-12-31')
    """
    begin = _sentence_begin(m.string, m.start(), win.NEXT_YEARS_YEAR_BACK)
    year = last_match(_SERIES_YEAR, m.string, begin, m.start())
    value = pub.year if year is not None and year.group()[:1].isalpha() else int(year.group()) if year else 0
    if year is None or value < pub.year:
        return None
    return value if _same_series(m.string, begin, year, m.start()) else None


def _sentence_begin(text: str, end: int, back: int) -> int:
    """Return where the sentence that runs on to ``end`` begins: right after the last sentence's stop in the ``back``
    characters before ``end``, else at the start of those characters, never before ``end``'s paragraph (no year of
    the date line: dfix51). :func:`_deal_year_before` and :func:`_deal_term_year` read their sentences from it.

    >>> t = "Talks began in 2019\\nSeoul paid more. It will pay"
    >>> t[_sentence_begin(t, len(t), 200) :], t[_sentence_begin(t, len(t), 5) :], t[_sentence_begin(t, 35, 200) : 35]
    (' It will pay', 'l pay', 'Seoul paid more')
    """
    lo = max(0, end - back)
    lo = max(lo, text.rfind("\n", lo, end) + 1)
    cut = last_match(_SENTENCE_END, text, lo, end)
    return cut.end() if cut else lo


# a year right before a deal's noun (:data:`_DEAL_WORD`) that names the deal ("the 2014 deal", "its 2026 SMA")
_YEAR_NAMES_DEAL = re.compile(r"\b(?P<y>(?:19|20)\d\d)[ \t]{1,3}(?:[a-z][\w-]{0,30}[ \t]{1,3}){0,2}\Z")
_STOP_BEFORE = re.compile(r"[.!?][\"”’']?\s{0,6}\Z")  # a sentence's stop right before a point


def _deal_term_year(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the first year of the deal whose term "the next N years" is: its sentence names a deal before it
    ("Under the 2026 deal, Seoul will raise its share over the next five years"), by a year of publication or later
    written right before the deal's noun, else, when the sentence writes no year, by the last year of publication or
    later that the sentence before writes, in its own clause ("Seoul will pay X in 2014. Officials struck a deal to
    share the costs over the next five years"); the term is whole calendar years from it, as a deal's years are, not
    the N years after it (dfix51). None: no deal, or no year that starts it (the rolling reading, or
    :func:`_deal_year_before`'s).

    >>> ranges("Under the 2026 deal, Seoul will raise its share over the next five years.", dt.date(2024, 11, 6))
    [('2026', '2026-01-01', '2026-12-31'), ('the next five years', '2026-01-01', '2030-12-31')]
    >>> ranges("Seoul will pay 920 billion won in 2014. The deal covers the next five years.", dt.date(2014, 1, 12))[1]
    ('the next five years', '2014-01-01', '2018-12-31')
    >>> ranges("The deal expired in 2025, and talks may take the next two years.", dt.date(2027, 4, 20))[1]
    ('the next two years', '2027-04-20', '2029-04-20')
    """
    text = m.string
    begin = _sentence_begin(text, m.start(), win.DEAL_TERM_BACK)
    deal = last_match(_DEAL_WORD, text, begin, m.start())
    if deal is None:
        return None
    named = _YEAR_NAMES_DEAL.search(text, max(begin, deal.start() - win.DEAL_NAME_YEAR_BACK), deal.start())
    if named is not None:  # a deal named by a past year is left as it was: see tests/test_dfix51.py
        return int(named["y"]) if int(named["y"]) >= pub.year else None
    gap = text[max(0, begin - win.STOP_GAP_BACK) : begin]
    if _WRITTEN_YEAR.search(text, begin, m.start()) or not _STOP_BEFORE.search(gap):
        return None  # a year of its own in the sentence; or no sentence before (a headline, a date line)
    stop = begin - len(gap) + len(gap.rstrip())  # the sentence before ends here, maybe a paragraph before
    start = _sentence_begin(text, stop - 1, win.DEAL_TERM_BACK)  # its own stop, at stop - 1, not read
    year = last_match(_WRITTEN_YEAR, text, start, stop)
    if year is None or int(year.group()) < pub.year or _ends_before(text, start, year):
        return None
    return int(year.group())


def _ends_before(text: str, begin: int, year: re.Match[str]) -> bool:
    """Return whether a word that ends something stands right before ``year`` ("until 2028", "expires in 2025").

    >>> _ends_before("It expires in 2025.", 0, _WRITTEN_YEAR.search("It expires in 2025."))
    True
    """
    before = text[max(begin, year.start() - win.SERIES_END_BACK) : year.start()].split()
    return any(w.lower() in _SERIES_END for w in before[-3:])


def _same_series(text: str, begin: int, year: re.Match[str], at: int) -> bool:
    """Return whether the year ``year`` (its sentence from ``begin``) starts the series that "the next N years" at
    ``at`` goes on: no end before it ("until 2028", "expires in 2025", "leave office in 2027"), no name it is part of
    ("Defense Reform 2030"), and after it the same clause, joined at most by ", with" or by "and" and a verb with no
    subject of its own ("2021 and raise it", "2026 figure and will raise it"; not "2025, and talks may take").

    >>> def series(t):
    ...     return _same_series(t, 0, _WRITTEN_YEAR.search(t), t.index("the next"))
    >>> series("Seoul pays more in 2021 and will raise it the next four years.")
    True
    >>> series("Seoul pays more until 2021 and will raise it the next four years.")
    False
    >>> series("The deal ends in 2025, and talks may take the next two years.")
    False
    """
    before = text[max(begin, year.start() - win.SERIES_END_BACK) : year.start()].split()
    if _ends_before(text, begin, year):
        return False  # the year ends something
    if before and before[-1][:1].isupper() and before[-1].lower().rstrip(".") not in MONTHS and text.rfind(
            before[-1], begin, year.start()) > begin:
        return False  # a name's year ("Defense Reform 2030"), not a sentence's first word ("In 2021")
    raw = _BRIDGE_WORD.findall(text, year.end(), at)
    words = [w.lower() for w in raw]
    if any(w in _OTHER_CLAUSE or w in ";:—–()" for w in words):
        return False
    if "," in words:  # only ", with ..." (an absolute phrase on the same clause)
        k = words.index(",")
        return words[k + 1 : k + 2] == ["with"] and "," not in words[k + 1 :] and "and" not in words[k + 1 :]
    if "and" in words:  # "and" and a verb with no subject of its own: lower case, no modal or "be" after it
        k = words.index("and") + 1
        return k < len(raw) and raw[k].islower() and raw[k] not in _SUBJECT_PRONOUNS and raw[k] not in _DETERMINERS \
            and not any(w in _WILL_HAVE or w in _MODALS or w in _BE for w in words[k + 1 :])
    return True


# right before a plan's noun, a word telling it already running ("its current plan", "the ongoing program": review92)
_PLAN_RUNNING = frozenset({"current", "ongoing", "existing", "running", "present", "continuing"})
# the nouns of a plan or a budget whose period "the next N years" names ("its plan to buy more in the next three years")
_PERIOD_PLAN_NOUNS = frozenset({"plan", "plans", "budget", "budgets", "program", "programs", "programme", "programmes"})


def _noun_before(word: str) -> bool:
    """Return whether ``word`` before "plan(s)" makes it a noun: a determiner, a possessive or a lower-case modifier
    ("its plan", "Seoul's plans", "a spending plan"), not a subject ("Bo plans to", "they plan to": a verb).

    >>> [_noun_before(w) for w in ("its", "The", "Seoul's", "spending", "Bo", "they")]
    [True, True, True, True, False, False]
    """
    return word.endswith(("'s", "’s")) or word.lower() in _DETERMINERS or (
        word.islower() and word not in _SUBJECT_PRONOUNS and word not in _OTHER_CLAUSE)


def _plan_years(m: re.Match[str]) -> bool:
    """Return whether "the next N years" is the period of a plan or a budget its own phrase names: the noun right
    before it with "for" ("a budget for the next three years"), or with "to" and the few words of what it will do ("its
    plan to buy more in the next three years"): the N calendar years after publication's, as "funding for the next
    year" is the one after it (a plan names years of the calendar; fresh95). A plan named in another phrase ("Under
    its 2030 plan, Bo will spend more the next five years") or a clause of its own keeps the rolling reading.

    >>> ranges("Bo briefed Al on its plan to buy more arms in the next three years.", dt.date(2019, 9, 23))
    [('the next three years', '2020-01-01', '2022-12-31')]
    >>> ranges("Under the plan, Bo will buy more arms in the next three years.", dt.date(2019, 9, 23))
    [('the next three years', '2019-09-23', '2022-09-23')]

    A plan told as already running ("its current plan", "the ongoing plan") keeps the rolling reading: its own years
    began before publication (review92 finding 8).

    >>> ranges("Bo briefed Al on its current plan to buy more arms in the next three years.", dt.date(2019, 9, 23))
    [('the next three years', '2019-09-23', '2022-09-23')]
    """
    lo = max(0, m.start() - win.PLAN_YEARS_BACK)
    cut = last_match(_SENTENCE_END, m.string, lo, m.start())
    lo = cut.end() if cut else lo
    raw = _BRIDGE_WORD.findall(m.string, lo, m.start())
    words = [w.lower() for w in raw]
    k = max((i for i, w in enumerate(words) if w in _PERIOD_PLAN_NOUNS), default=-1)
    after = words[k + 1 :]
    if k < 1 or after[:1] not in (["for"], ["to"]) or not _noun_before(raw[k - 1]) or words[k - 1] in _PLAN_RUNNING:
        return False  # review92: "its current plan to ...": a plan already running, whose years began before
    if after[0] == "for":
        return len(after) == 1
    return len(after) <= win.PLAN_YEARS_WORDS and all(w.isalpha() and w not in _OTHER_CLAUSE and w not in _MODALS
                                                      for w in after[1:])


def _n_periods(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the following four years" (after the date before it), "the past two years" (up to publication).

    >>> [v["start"] + ".." + v["end"] for *_, v in find_dates(
    ...     "Seoul pays more this year, and in each of the following four years.", dt.date(2021, 3, 10))]
    ['2021-01-01..2021-12-31', '2022-01-01..2025-12-31']
    >>> [v["start"] + ".." + v["end"] for *_, v in find_dates(
    ...     "The deal began in 2014 and was renewed for the subsequent two years.", dt.date(2021, 3, 10))]
    ['2014-01-01..2014-12-31', '2015-01-01..2016-12-31']
    >>> ranges("Costs rose over the last two decades.", dt.date(2019, 3, 12))  # README rolling span, in decades
    [('the last two decades', '1999-03-12', '2019-03-12')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    which, unit = m["which"].lower(), m["unit"].lower().rstrip("s")
    if unit == "decade":  # "the past two decades": twenty years (only past, last, next, coming: see _T_DECADES)
        unit, n = "year", 10 * n
    if which in {"past", "last"}:
        return _served_under(m, unit, n, pub) or Range(_add(pub, unit, -n), pub, "relative")
    if which == "next" and unit == "year" and (y := _deal_term_year(m, pub)) is not None:
        return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")
    if which == "next" and unit == "year" and (y := _deal_year_before(m, pub)) is not None:
        return Range(dt.date(y + 1, 1, 1), dt.date(y + n, 12, 31), "range")
    if which in {"next", "coming"} and unit == "year" and _plan_years(m):
        return Range(dt.date(pub.year + 1, 1, 1), dt.date(pub.year + n, 12, 31), "range")
    if which in {"next", "coming"}:
        return Range(pub, _add(pub, unit, n), "relative")
    if which in _FOLLOWING:
        return Anchored(lambda lo, hi: Period(_next_period(lo, hi, unit, 1).lo, _next_period(lo, hi, unit, n).hi))
    return Anchored(lambda lo, hi: Period(_next_period(lo, hi, unit, -n).lo, _next_period(lo, hi, unit, -1).hi))


def _term_served(terms: list[Term], unit: str, n: int, pub: dt.date) -> Range | None:
    """Return the part served by ``pub`` of the latest of ``terms`` begun by then whose part served is ``n`` times
    ``unit`` long, to within one ``unit`` (a term still running ends at ``pub``); None if no term fits the count.

    >>> trump = _terms_of()["donald-trump"]
    >>> _term_served(trump, "year", 3, dt.date(2020, 1, 7))
    Range(lo=datetime.date(2017, 1, 20), hi=datetime.date(2020, 1, 7), form='absolute')
    >>> _term_served(trump, "year", 1, dt.date(2020, 11, 5)) is None
    True
    """
    for t in sorted((t for t in terms if t.first <= pub), key=lambda t: t.first, reverse=True):
        end = pub if t.last is None else min(pub, t.last)
        one = (_add(t.first, unit, 1) - t.first).days
        if abs((end - t.first).days - (_add(t.first, unit, n) - t.first).days) < one:
            return Range(t.first, end, "absolute")
    return None


def _served_under(m: re.Match[str], unit: str, n: int, pub: dt.date) -> Range | None:
    """Return "the last four years under Trump" as the holder's term served by publication, when the count fits it
    to within one unit (as "Trump's three years in office" is read, README): the term the words name, not a rolling
    span that overlaps it; None when no holder is named right after it, or no term of theirs fits.

    >>> ranges("Seoul has been slighted for the last four years under Trump.", dt.date(2020, 11, 5))
    [('the last four years', '2017-01-20', '2020-11-05')]
    >>> ranges("Seoul has been slighted for the last two years under Trump.", dt.date(2020, 11, 5))
    [('the last two years', '2018-11-05', '2020-11-05')]
    """
    under = _UNDER_HOLDER.match(m.string, m.end())
    if under is None:
        return None
    people = _owner_holders(under["owner"], m.string, m.start())
    if len(people) != 1:
        return None
    return _term_served(_terms_of()[people.pop()], unit, n, pub)


def _year_span(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from last year to 2025": the years from the first to the second, either written or relative.

    >>> ranges("from last year to 2025", dt.date(2021, 3, 10))
    [('from last year to 2025', '2020-01-01', '2025-12-31')]
    """
    y1 = int(m["y1"]) if m["y1"] else pub.year + (_rel_year(m["r1"]) or 0)
    y2 = int(m["y2"]) if m["y2"] else pub.year + (_rel_year(m["r2"]) or 0)
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range") if y1 < y2 else None


def _season(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a season: of a written year ("spring 2020"), or this, last or next one, or (bare) by the tense; with a
    part ("in early spring", "late summer 2019") its first, middle or last month. A season with no article, part or
    year only after "by", "until", "since" and before its clause's end ("by spring,"; not "prices fall in spring",
    a habit, nor "hit by fall in demand").

    >>> pub = dt.date(2020, 1, 10)
    >>> ranges("last summer, this winter, in the spring of 2021", pub)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('last summer', '2019-06-01', '2019-08-31'), ('this winter', '2019-12-01', '2020-02-29'),
     ('in the spring of 2021', '2021-03-01', '2021-05-31')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It starts in the spring of next year.", pub)]
    [('in the spring of next year', '2021-03-01')]
    >>> ranges("met earlier this spring; due later this spring", dt.date(2020, 4, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('earlier this spring', '2020-03-01', '2020-04-09'), ('later this spring', '2020-04-11', '2020-05-31')]

    "This past <season>" is "last <season>"; "in (during) <season>" with no article is read by its clause's tense, as
    a month is, and not in a clause with none ("Prices fall in spring": a habit; README, lead decisions on date62's
    questions):

    >>> ranges("Kim met Lee this past summer and will return in spring. Prices fall in spring.", dt.date(2019, 11, 20))
    [('this past summer', '2019-06-01', '2019-08-31'), ('in spring', '2020-03-01', '2020-05-31')]
    """
    bare = (m["bare"] or "").lower() in _IN_DURING
    if bare and not future and clause_tense(m.string, m.start(), m.end()) != "past":
        return None
    if bare and _habitual(m.string, m.start(), m.end()):
        return None  # "the drills were always held in spring": a habit, no time
    season = (m["season"] or m["season2"]).lower()
    if _fall_noun(m):
        return None  # real52c: "its last fall in March": a decline
    part = (m["part"] or m["part2"] or "").lower()
    lo, hi, form = _season_of(m, _SEASONS[season], pub, future) if not m["rel2"] else _season_rel2(m, pub)
    if m["pre"] and lo <= pub <= hi:  # "earlier this spring" ends the day before publication, as "earlier this month"
        lo, hi = _rest_of(lo, hi, pub, m["pre"].lower())
    if part:  # "early spring": its first month, as the first third of a month is its early part
        lo = _add(lo, "month", {"early": 0, "mid": 1, "late": 2}[part])
        lo, hi = _month_range(lo.year, lo.month)
    return Range(lo, hi, form)


# real52c: a word before "last (this, next) fall in" that makes "fall" a noun of decline: a possessive or an article
_FALL_OWNER = re.compile(r"(?:\b(?:its|their|his|her|our|your|the|a|an)|\w['’]s?)[ \t]{1,3}\Z", re.IGNORECASE)
# real52c: a month or a weekday after "fall in" is the decline's time, not a place ("its last fall in March")
_FALL_IN_TIME = re.compile(rf"(?<!\s)\s+in\s+(?:{_MON}|{_WD})", re.IGNORECASE)
_FALL_IN = re.compile(r"(?<!\s)\s+in\b")  # real52c: "fall" then "in"


def _fall_noun(m: re.Match[str]) -> bool:
    """Return whether a season match "this (last, next) fall in ..." reads "fall" as a noun of decline: after a
    possessive or an article ("its last fall in Seoul", "the KOSPI's last fall in Seoul") or before a month or a
    weekday ("last fall in March"); the season then a place (:data:`_FALL_IN_PLACE`) otherwise.

    >>> [bool(_fall_noun(_SEASON.search(t))) for t in ("The index saw its last fall in March.",
    ...     "The index fell last fall in March.", "Talks resumed last fall in Busan.")]
    [True, True, False]
    """
    if not m["which"] or (m["season"] or "").lower() != "fall" or not _FALL_IN.match(m.string, m.end()):
        return False
    return bool(_FALL_OWNER.search(m.string, max(0, m.start() - 16), m.start())
                or _FALL_IN_TIME.match(m.string, m.end()))


_IN_DURING = frozenset({"in", "during"})  # before a bare season: a time only in a clause with a tense


def _habitual(text: str, start: int, end: int) -> bool:
    """Return whether the clause of ``text[start:end]`` tells a habit ("always", "usually", "often", "typically",
    "annually", "each year", "every spring"): a bare season there is no time (README, lead decisions on date59's
    questions, lead, eighteenth session). The clause runs through its sentence (a fronted "Each year," and an aside
    "usually staged in spring," are its own) up to a ", and", ", but" or ";" that opens another.

    >>> t = "The drills, usually held in spring, ended. Kim always said so, and they met in spring."
    >>> _habitual(t, t.index("in spring"), t.index(", ended")), _habitual(t, t.rindex("in spring"), len(t) - 1)
    (True, False)
    """
    span = _sentence_span(text, start, end)
    a, b = max(span.start, start - _BACK), min(span.end, end + _WINDOW)
    for cut in _NEW_CLAUSE.finditer(text, a, start):  # a window of at most ``_BACK`` characters
        a = cut.end()
    a = max(a, text.rfind(";", a, start) + 1)
    after, semi = _NEW_CLAUSE.search(text, end, b), text.find(";", end, b)
    b = min(after.start() if after else b, semi if semi >= 0 else b)
    return _HABIT.search(text, a, b) is not None


# words of a habit in a clause (see :func:`_habitual`): adverbs of frequency, "each/every (other) year/<season>"
_HABIT = re.compile(
    r"\b(?i:always|usually|often|typically|normally|generally|traditionally|regularly|routinely|customarily"
    r"|ordinarily|frequently|annually|yearly|sometimes)\b"
    r"|\b(?i:every|each)\s+(?:other\s+)?(?:year|spring|summer|autumn|fall|winter|season|time)\b")


def _season_of(m: re.Match[str], first: int, pub: dt.date, future: bool) -> Range:
    """Return the season beginning in month ``first`` that ``m`` names: of a written year, of "next year", this,
    last or next one, or (bare) by the tense.

    >>> _season_of(_SEASON.search("last summer"), 6, dt.date(2020, 1, 10), False)[:2]
    (datetime.date(2019, 6, 1), datetime.date(2019, 8, 31))
    """
    which = (m["which"] or "").lower()
    which = "last" if which.startswith("this") and which != "this" else which  # "this past summer": "last summer"
    if m["year"] or m["year2"] or m["year3"]:
        return Range(*_months(int(m["year"] or m["year2"] or m["year3"]), first, 3), "absolute")
    if m["rel"]:  # "in the spring of next year"
        return Range(*_months(pub.year + (_rel_year(m["rel"]) or 0), first, 3), "relative")
    seasons = [_months(y, first, 3) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    now = next((p for p in seasons if p.lo <= pub <= p.hi), None)
    if which == "this":
        lo, hi = now or _this_season_past(seasons, pub, future) or next(p for p in seasons if p.lo > pub)
    elif which == "last":
        lo, hi = [p for p in seasons if p.hi < pub][-1]
    elif which == "next" or future:
        lo, hi = next(p for p in seasons if p.lo > pub) if which == "next" or now is None else now
    else:
        lo, hi = [p for p in seasons if p.lo <= pub][-1]
    return Range(lo, hi, "relative")


def _season_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the following spring", "the previous winter", "that summer": the first such season after the date
    told before it, the last before it, or the one of its year (as "the following March" is read; None for a "that"
    that opens a clause, see :func:`_points_back`).

    >>> ranges("The deal lapsed at the end of 2019, and the following spring workers were sent home.",
    ...        dt.date(2025, 3, 3))[-1]
    ('the following spring', '2020-03-01', '2020-05-31')
    >>> ranges("Talks began in 2018. That summer, they stalled.", dt.date(2025, 3, 3))[-1]
    ('That summer', '2018-06-01', '2018-08-31')
    """
    if not _points_back(m):
        return None
    first = _SEASONS[m["season"].lower()]
    k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)

    def shift(lo: dt.date, hi: dt.date) -> Period:
        seasons = [_months(y, first, 3) for y in range(lo.year - 2, hi.year + 2)]
        if k > 0:
            return next(p for p in seasons if p.lo > hi)
        if k < 0:
            return [p for p in seasons if p.hi < lo][-1]
        return next((p for p in seasons if p.lo <= lo <= p.hi), _months(lo.year, first, 3))

    return Anchored(shift, unit="month")


def _this_season_past(seasons: list[Period], pub: dt.date, future: bool) -> Period | None:
    """Return the season of ``seasons`` that ended in publication's year, for "this summer" told after it in a clause
    not about the future ("talks were held this summer" in November); else None.

    >>> summers = [_months(y, 6, 3) for y in (2018, 2019, 2020)]
    >>> pub = dt.date(2019, 11, 13)
    >>> _this_season_past(summers, pub, False).lo, _this_season_past(summers, pub, True)
    (datetime.date(2019, 6, 1), None)
    """
    return None if future else next((p for p in reversed(seasons) if p.hi < pub and p.hi.year == pub.year), None)


def _months(y: int, first: int, n: int) -> Period:
    """Return the ``n`` months from month ``first`` of year ``y`` (running into the next year if need be).

    >>> _months(2019, 12, 3)
    Period(lo=datetime.date(2019, 12, 1), hi=datetime.date(2020, 2, 29))
    """
    lo = dt.date(y, first, 1)
    return Period(lo, _add(lo, "month", n) - dt.timedelta(days=1))


def _month_span(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from January to March", "between November 2019 and January 2020": the first month's first day to
    the second's last. A year written (or "next year") after the second month dates it, and the first month is the
    one before it; with none, the first month is read by the tense of its clause as "in January" is.

    >>> ranges("Talks ran from November to January.", dt.date(2020, 3, 18))
    [('from November to January', '2019-11-01', '2020-01-31')]
    >>> ranges("Exports rose in the April-June quarter.", dt.date(2019, 11, 13))
    [('April-June quarter', '2019-04-01', '2019-06-30')]

    With no "from" or "between" a word joins them as "from" would ("The plan covered March 2020 to March 2021"),
    but "and" needs "between", and not a pair :func:`_no_bare_pair` rules out ("moved the vote in March to May";
    dfix37):

    >>> ranges("It covered March 2020 to March 2021, then May and June.", dt.date(2021, 3, 10))[0]
    ('March 2020 to March 2021', '2020-03-01', '2021-03-31')
    """
    sep = m.groupdict().get("sep")
    if not m.groupdict().get("from") and sep and (sep.lower() == "and" or _no_bare_pair(m.string, m.start(),
                                                                                          m.end(), sep)):
        return None
    if _moved_pair(m):
        return None  # "postponed from October to December": the old date and the new (dfix50)
    mon1, mon2 = MONTHS[m["mon"].rstrip(".").lower()], MONTHS[m["mon2"].rstrip(".").lower()]
    wrap = int(mon2 < mon1)
    form = "absolute" if m["year"] or m["y1"] else "relative" if m["rel"] else "month"
    if m["year"] or m["rel"]:
        k = _rel_year(m["rel"]) if m["rel"] else 0
        if k is None:
            return None  # "from May to July the following year": counted from a date not read here
        y2 = int(m["year"]) if m["year"] else pub.year + k
        y1 = int(m["y1"]) if m["y1"] else y2 - wrap
    else:
        y1 = int(m["y1"]) if m["y1"] else _resolve_month(mon1, pub, "ahead" if future else "")
        y2 = y1 + wrap
    lo, hi = dt.date(y1, mon1, 1), _month_range(y2, mon2).hi
    return Range(lo, hi, form) if lo < hi else None


def _months_to(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the 12 months to September", "the year to June", "the six months ending in March 2018": the months
    up to and through the month named, which is the year written, else read by its clause's tense as "in
    September" is (a period reported: the latest such month by publication).

    >>> ranges("Exports rose in the 12 months to September.", dt.date(2019, 11, 13))
    [('the 12 months to September', '2018-10-01', '2019-09-30')]
    """
    n = 12 if m["n"] is None else _count(m["n"])
    if n is None or not 0 < n <= _MONTHS_TO_MAX:
        return None
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    y = int(m["year"]) if m["year"] else _resolve_month(mon, pub, "ahead" if future else "")
    hi = _month_range(y, mon).hi
    lo = _add(dt.date(y, mon, 1), "month", 1 - n)
    return Range(lo, hi, "absolute" if m["year"] else "month")


def _that_weekday(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "That Friday", "on that Thursday", "by that Sunday": the first such weekday on or after the first day
    of the date told before it ("Talks began Oct. 1. That Friday, ...": 4 October).

    >>> ranges("Talks began Oct. 1, 2019. That Friday, they met.", dt.date(2019, 11, 13))[-1]
    ('That Friday', '2019-10-04', '2019-10-04')
    """
    wd = WEEKDAYS.index(m["wd"].capitalize())

    def shift(lo: dt.date, hi: dt.date) -> Period:
        d = lo + dt.timedelta(days=(wd - lo.weekday()) % 7)
        return Period(d, d)

    return Anchored(shift, unit="day")


def _weekday_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "the following Monday", "the next Friday", "the previous Tuesday": the first such weekday after the
    first day of the date told before it, or the last before it (as "the following day" counts from that date).

    >>> texts = ("The talks ended on Oct. 3, 2024, and resumed the following Monday.",
    ...          "Han spoke on Oct. 10, 2024. He had met her the previous Thursday.")
    >>> [ranges(t, dt.date(2025, 3, 3))[-1] for t in texts]
    [('the following Monday', '2024-10-07', '2024-10-07'), ('the previous Thursday', '2024-10-03', '2024-10-03')]
    >>> ranges("The talks ended on Nov. 19. The Monday after, Kim left.", dt.date(2019, 12, 2))[-1]
    ('The Monday after', '2019-11-25', '2019-11-25')
    """
    wd = WEEKDAYS.index(m["wd"].capitalize())
    back = (m["anch"] or m["dir"]).lower() in ("previous", "preceding", "before")

    def shift(lo: dt.date, hi: dt.date) -> Period:
        d = lo - dt.timedelta(days=(lo.weekday() - wd - 1) % 7 + 1) if back else \
            lo + dt.timedelta(days=(wd - lo.weekday() - 1) % 7 + 1)
        return Period(d, d)

    return Anchored(shift, unit="day")


def _quarter_code(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a quarter named by its code ("Q3 2019", "2020 Q1"): its three months.

    >>> ranges("Growth slowed in Q3 2019.", dt.date(2019, 11, 13))
    [('Q3 2019', '2019-07-01', '2019-09-30')]
    """
    q = int(m["q"] or m["q2"])
    return Range(*_months(int(m["y"] or m["y2"]), 3 * q - 2, 3), "absolute")


def _week_of_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the week of Nov. 18": the Monday-Sunday week that holds the day (read as the day alone is).

    >>> ranges("Talks are set for the week of Nov. 18.", dt.date(2019, 11, 13))
    [('the week of Nov. 18', '2019-11-18', '2019-11-24')]
    """
    r = _full_day(m, pub, future)
    return Range(*_unit_period(r.lo, "week"), r.form) if isinstance(r, Range) else None


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _week_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first week of April" (its 1st to 7th), "the second week of last month" (8th to 14th), "the last
    week of February" (its last seven days), "the last week of the year", "the first day of next month", "the last
    day of 2019"; a month with no year is read by the tense of its clause.

    >>> ranges("They met in the last week of February.", dt.date(2020, 3, 18))
    [('the last week of February', '2020-02-23', '2020-02-29')]
    """
    if m["y"]:
        lo, hi = dt.date(int(m["y"]), 1, 1), dt.date(int(m["y"]), 12, 31)
    elif m["mon"] is None:  # "of last month", "of the year"
        lo, hi = _period(m["unit"].lower(), (m["which"] or "this").lower(), pub)
    else:
        mon = MONTHS[m["mon"].rstrip(".").lower()]
        k = _rel_year(m["rel"]) if m["rel"] else 0
        if k is None:
            return None
        y = int(m["year"]) if m["year"] else pub.year + k if m["rel"] else _resolve_month(
            mon, pub, "ahead" if future else "")
        lo, hi = _month_range(y, mon)
    nth, days = _WEEK_ORDINALS.get(m["ord"].lower()), 7 if m["part"].lower() == "week" else 1
    if nth is None:  # "last", "final"
        return Range(hi - dt.timedelta(days=days - 1), hi, "month")
    first = lo + dt.timedelta(days=days * (nth - 1))
    return Range(first, first + dt.timedelta(days=days - 1), "month")


def _edge_months(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first two months of this year", "the last three months of 2019": those months of the year.

    >>> [(v["start"], v["end"]) for *_, v in find_dates("in the first two months of 2020", dt.date(2020, 3, 18))]
    [('2020-01-01', '2020-02-29')]
    """
    n = _count(m["n"])
    if n is None or n >= 12:
        return None
    y = int(m["year"]) if m["year"] else pub.year + (_rel_year(m["which"] or "this") or 0)
    return Range(*_months(y, 1 if m["edge"].lower() == "first" else 13 - n, n), "absolute" if m["year"] else "relative")


def _part_of_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first half of next year", "the third quarter of 2020", "the second half of the year".

    >>> [(v["start"], v["end"]) for *_, v in find_dates("in the first half of next year", dt.date(2019, 11, 16))]
    [('2020-01-01', '2020-06-30')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It will resume in the first quarter.", dt.date(2019, 11, 16))]
    [('the first quarter', '2020-01-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It resumes in the latter half of the year.", dt.date(2020, 3, 25))]
    [('the latter half of the year', '2020-07-01')]

    The year after it ("in the third quarter last year"), or the one its sentence tells (:func:`_in_year_told`: "In
    2018, growth slowed in the third quarter"), is the quarter's (README, lead decisions on date59's questions):

    >>> ranges("Growth slowed in the third quarter last year.", dt.date(2019, 11, 20))
    [('the third quarter last year', '2018-07-01', '2018-09-30')]
    >>> ranges("In 2018, growth slowed in the third quarter.", dt.date(2019, 11, 20))[1]
    ('the third quarter', '2018-07-01', '2018-09-30')
    >>> ranges("Growth slowed in 2018's third quarter.", dt.date(2019, 11, 20))
    [("in 2018's third quarter", '2018-07-01', '2018-09-30')]
    """
    part, ord_ = m["part"] or m["bpart"] or m["ypart"], m["ord"] or m["bord"] or m["yord"]
    n = 6 if part.lower() == "half" else 3
    last = 12 // n - 1
    k = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": last, "final": last, "latter": last}[ord_.lower()]
    if k * n >= 12:
        return None
    if m["yyear"]:  # "2018's third quarter" (README, lead decisions on date62's questions)
        return Range(*_months(int(m["yyear"]), k * n + 1, n), "absolute")
    y = int(m["year"]) if m["year"] else pub.year + (_rel_year(m["which"] or m["bwhich"] or "this") or 0)
    if m["bpart"] and not m["bwhich"]:  # no year told: publication's, unless the tense points past it ("will ...")
        lo, hi = _months(y, k * n + 1, n)
        y += 1 if future and hi < pub else -1 if not future and lo > pub else 0
    return Range(*_months(y, k * n + 1, n), "absolute" if m["year"] else "relative")


def _in_office(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on his first day in office", "Lee's first year in office": the first day (week, month, year)
    from the inauguration of the president its sentence names, the latest by the date it is told from.

    >>> [v["start"] for *_, v in find_dates("On her first day in office, President Yoon spoke.", dt.date(2023, 1, 9))]
    ['2022-05-10']
    """
    unit = m["unit"].lower()
    return Anchored(partial(_first_unit, unit=unit), unit=unit, noun="inauguration", own_date=False)


def _years_in_office(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "Trump's three years in office", "his first 100 days in office": "first N" from the start of the
    latest term begun by publication; else the term (data/entities.csv) the count fits, to within one unit, as
    served by publication (a term still running ends there: the years counted are those served). The holder is
    the one the possessive names, else the sentence, else (a pronoun) the sentences before; None if no term fits.

    >>> t = "Over Trump's three years in office, the alliance has frayed."
    >>> ranges(t, dt.date(2020, 1, 7))
    [("Over Trump's three years in office", '2017-01-20', '2020-01-07')]
    """
    people = _holder(m, m["owner"] is None, pub)
    n = _count(m["n"])
    if len(people) != 1 or not n:
        return None
    unit, begun = m["unit"].lower().rstrip("s"), [t for t in _terms_of()[people.pop()] if t.first <= pub]
    if m["first"]:
        first = max((t.first for t in begun), default=None)
        return None if first is None else Range(first, _add(first, unit, n) - dt.timedelta(days=1), "absolute")
    return _term_served(begun, unit, n, pub)


def _since_office(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "since Trump took office", "since taking office", "since his return to the White House", "since her
    inauguration": the first day of the latest term begun by publication (data/entities.csv) of the one person
    with terms its sentence names; None if it names none or several.

    >>> t = "Trump has pressed allies since taking office, the Pentagon said."
    >>> ranges(t, dt.date(2025, 5, 1))
    [('taking office', '2025-01-20', '2025-01-20')]
    """
    people = {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}
    if len(people) > 1 and m.group().lower().startswith("since taking"):
        people = _subject_holder(m)
    if len(people) != 1:
        return None
    person = people.pop()
    if m.groupdict().get("elected"):
        return _since_election(person, pub)
    first = max((t.first for t in _terms_of()[person] if t.first <= pub), default=None)
    return None if first is None else Range(first, first, "absolute")


def _office_taken(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a change of office told as a clause or a noun after a word of time ("until Biden took office", "right
    after the Biden administration took office", "since Trump's return to the White House", "since the
    inauguration of Moon Jae-in", "before he is sworn in"): the first day of the holder's term (data/entities.csv),
    the latest begun by publication, or for a verb in the present the first still to come; a year written right
    after ("since he took office in 2017") picks the term begun that year. The holder is the one person with terms
    the words name, else the one its sentence names, else for "he" the one before (:func:`_pronoun_holder`; taking
    office only, not an election or leaving office). "After Trump's inauguration" is left to the event reading.

    >>> ranges("No deal was reached until Biden took office.", dt.date(2024, 10, 17))
    [('until Biden took office', '2021-01-20', '2021-01-20')]
    >>> ranges("Talks will resume after Trump takes office.", dt.date(2024, 11, 20))
    [('after Trump takes office', '2025-01-20', '2025-01-20')]

    "Before (after) the inauguration of X" told within ``_TRANSITION`` days before a term of X begins is that one,
    as "before Trump's inauguration" is (dother52).

    >>> ranges("Seoul signed before the inauguration of Donald Trump.", dt.date(2024, 12, 1))
    [('before the inauguration of Donald Trump', '2025-01-20', '2025-01-20')]
    """
    ordinal = m["ord"] or m["ord2"] or m["ord3"]
    if m["dir"] and m["own"] and not ordinal:
        return None  # "after Trump's inauguration": an event noun (_at_inauguration)
    people = _holders_named(m) or _pronoun_holder(m)
    if len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_named(m, firsts) or _term_of_ordinal(ordinal, firsts)
    if first is None and ordinal:
        return None  # "the start of Biden's second term": no such term in the data
    soon = pub + dt.timedelta(days=_TRANSITION)
    if first is None and m["dir"] and m["dir"].lower() != "when" and "inauguration of" in m.group().lower():
        first = next((f for f in firsts if pub < f <= soon), None)  # the inauguration still to come (dother52)
    if first is None:
        first = next((f for f in firsts if f > pub), None) if m["now"] else max(
            (f for f in firsts if f <= pub), default=None)
    return None if first is None else Range(first, first, "absolute")


def _count_since_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "78 days since the launch of Trump's second term": the day the count comes to from the first day of
    the holder's term (data/entities.csv; README: a count over one resolves to the day it comes to) — the term an
    ordinal names, else the latest begun by publication; None if the words name no one holder with terms.

    >>> ranges("It has been 50 days since the start of Trump's second term.", dt.date(2025, 3, 15))
    [("50 days since the start of Trump's second term", '2025-03-11', '2025-03-11')]
    """
    n, people = _count(m["n"]), _holders_named(m)
    if n is None or len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_of_ordinal(m["ord"], firsts) if m["ord"] else max((f for f in firsts if f <= pub), default=None)
    if first is None:
        return None
    day = _add(first, m["unit"].lower().rstrip("s"), n)
    return Range(day, day, "absolute")


def _term_of_ordinal(ordinal: str | None, firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the term an ordinal names ("second" in "since the launch of Trump's second term"),
    of the holder's terms' first days ``firsts`` in order; None with no ordinal or no such term.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> _term_of_ordinal("second", firsts), _term_of_ordinal("third", firsts), _term_of_ordinal(None, firsts)
    (datetime.date(2025, 1, 20), None, None)
    """
    k = _ORDINALS.get(ordinal.lower()) if ordinal else None
    return firsts[k - 1] if k is not None and 0 < k <= len(firsts) else None


def _office_participle(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "After taking office", "upon assuming office", "before returning to the White House" (a participle with
    no subject of its own): README "after X" resolves to X, the first day of the holder's term (data/entities.csv) —
    the one begun the year written right after ("in 2017"), else the latest begun by publication (in a clause told
    ahead, the first still to come). The holder is the one person with terms its sentence names, else the subject:
    the first named after a fronted participle's comma, the first before a trailing one.

    >>> ranges("After taking office, Trump has repeatedly said Seoul should pay more.", dt.date(2019, 1, 29))
    [('taking office', '2017-01-20', '2017-01-20')]
    >>> ranges("After taking office, the minister met Hanul envoys.", dt.date(2019, 1, 29))
    []
    """
    people = {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}
    if len(people) > 1:
        people = _participle_subject(m)
    if len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_named(m, firsts) or _first_term_named(m, firsts)
    if first is None and not _IN_YEAR_AFTER.match(m.string, m.end()):
        ahead = future or clause_tense(m.string, m.start(), m.end()) == "future"
        first = next((f for f in firsts if f > pub), None) if ahead else max((f for f in firsts if f <= pub),
                                                                            default=None)
    return None if first is None else Range(first, first, "absolute")


#: Words of a holder's first term right before a participle of office, in its phrase ("During his first term, shortly
#: after taking office"); a first term named elsewhere in the sentence is a contrast ("after taking office, he revived
#: the demands of his first term"), not this one.
_FIRST_TERM = re.compile(r"\bfirst[ \t]+(?:term|presidency|administration)\b[^.;:]{0,30}$", re.I)
#: "for the first time" right after a change of office ("after taking office for the first time"; not "met Lee for
#: the first time" elsewhere in the sentence).
_FIRST_TIME_AFTER = re.compile(r"(?<![ \t])[ \t]+for[ \t]+the[ \t]+first[ \t]+time\b", re.I)
#: How far before a participle of office its first-term words are looked for.
_FIRST_TERM_CHARS = 60


def _term_named(m: re.Match[str], firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the term (of ``firsts``, sorted) a change of office's sentence names by its year: begun
    in the year written right after ("took office in 2017"), else in the one such year the sentence writes (review31:
    "frozen in 2017 after Trump took office"); None if it names none.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> [_term_named(re.search("taking office", t), firsts) for t in (
    ...     "After taking office in 2025, he met Lee.", "In 2017, after taking office, he met Moon.",
    ...     "After taking office, he met Lee.")]
    [datetime.date(2025, 1, 20), datetime.date(2017, 1, 20), None]
    """
    year = _IN_YEAR_AFTER.match(m.string, m.end())
    if year is not None and any(f.year == int(year[1]) for f in firsts):
        return next(f for f in firsts if f.year == int(year[1]))
    named = _years_of_sentence(m) & {f.year for f in firsts}
    return next(f for f in firsts if f.year in named) if len(named) == 1 else None


def _first_term_named(m: re.Match[str], firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the first term (of ``firsts``, sorted) when a participle of office says it is that
    one: "for the first time" right after it, or "first term" right before it in its phrase (review45); else None.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> [_first_term_named(re.search("taking office", t), firsts) for t in (
    ...     "After taking office for the first time, he met Moon.",
    ...     "In his first term, after taking office, he met Moon.",
    ...     "After taking office, he revived the demands of his first term.",
    ...     "In his first term he asked $5 billion; after taking office again, $10 billion.")]
    [datetime.date(2017, 1, 20), datetime.date(2017, 1, 20), None, None]
    """
    before = _FIRST_TERM.search(m.string, max(0, m.start() - _FIRST_TERM_CHARS), m.start())
    return firsts[0] if before or _FIRST_TIME_AFTER.match(m.string, m.end()) else None


def _participle_subject(m: re.Match[str]) -> set[str]:
    """Return the holder a participle of office is about when its sentence names several: after a fronted one ("After
    taking office, Trump met Moon") the first named after it, else the first named before it (`_subject_holder`).

    >>> sorted(_participle_subject(re.search("After taking office", "Lee spoke. After taking office, Trump met Moon.")))
    ['donald-trump']
    """
    begin, end = _sentence_span(m.string, m.start(), m.end())
    if m.string[begin : m.start()].strip():
        return _subject_holder(m)
    for w in _CAP_WORD.findall(m.string, m.end(), end):
        if _terms_by_word().get(w):
            return set(_terms_by_word()[w])
    return set()


def _office_left(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a holder's leaving office told as a clause after a word of time ("before he has to vacate the White
    House", "until Trump leaves office", "after Biden left office"): the last day of the holder's term
    (data/entities.csv), the one running at publication (the one next to end) for a verb in the present or a
    future, the latest ended by then for "left"; the holder as for "took office" (:func:`_holders_named`).

    >>> ranges("In the weeks before he has to vacate the White House, Trump could pull troops.", dt.date(2020, 12, 1))
    [('before he has to vacate the White House', '2021-01-20', '2021-01-20')]
    >>> ranges("Seoul paid more after Trump left office.", dt.date(2024, 10, 17))
    [('after Trump left office', '2021-01-20', '2021-01-20')]
    """
    people = _holders_named(m)
    if len(people) != 1:
        return None
    lasts = sorted(t.last for t in _terms_of()[people.pop()] if t.last is not None)
    if m["gone"]:
        last = max((d for d in lasts if d <= pub), default=None)
    else:
        last = next((d for d in lasts if d >= pub), None)
    return None if last is None else Range(last, last, "absolute")


_IN_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]+in[ \t]+(?:(?:January|Jan\.)[ \t]+)?((?:19|20)\d\d)\b")


def _elected(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the election of a US president told as a clause or a noun after a word of time ("after Biden won the
    election", "when Joe Biden was elected", "since Trump's re-election", "following his election win"): that
    election's day, the latest by publication (:func:`_since_election`), of the one person with terms the words
    name, else the one its sentence names.

    >>> ranges("Talks resumed after Biden won the election.", dt.date(2021, 3, 8))
    [('after Biden won the election', '2020-11-03', '2020-11-03')]
    """
    people = _holders_named(m)
    if len(people) != 1:
        return None
    person = people.pop()
    named = [y for y in _years_of_sentence(m) if any(t.first.year == y + 1 for t in _terms_of()[person])]
    # review31: "After Trump won the election in 2016" (a 2026 article) is the 2016 election, not the latest
    return _since_election(person, _us_election_day(named[0])) if len(named) == 1 else _since_election(person, pub)


#: A year written in a sentence (four digits, 1900-2099, not part of a longer number).
_YEAR_WORD = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _years_of_sentence(m: re.Match[str]) -> set[int]:
    """Return the years written in the sentence that holds ``m`` (a clause of office or election told with its year
    elsewhere in the sentence: "Costs were frozen in 2017 after Trump took office").

    >>> sorted(_years_of_sentence(re.search("after", "Costs were frozen in 2017 after Trump took office, 1,2019.")))
    [2017]
    """
    return {int(y) for y in _YEAR_WORD.findall(m.string, *_sentence_span(m.string, m.start(), m.end()))}


def _holders_named(m: re.Match[str]) -> set[str]:
    """Return the people with terms the words of ``m`` name, else those its sentence names.

    >>> sorted(_holders_named(re.search("after he won", "Biden said it ended after he won.")))
    ['joe-biden']
    """
    people = {p for w in _CAP_WORD.findall(m.group()) for p in _terms_by_word().get(w, ())}
    if people:
        return people
    return {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}


_HE = re.compile(r"\bhe\b")  # the pronoun of a change of office ("since he took office"); the data holds no gender
_SAYS = _SAID | {"says", "say", "tells"}


def _pronoun_holder(m: re.Match[str]) -> set[str]:
    """Return whom "he" in a taking of office ("Trump spoke. Since he took office, he has pressed allies") means when
    its sentence names no one: the one holder the sentence before names (:func:`_previous_holder`), if nothing in its
    own sentence could be the pronoun's person: no capitalised word but its first before the clause, no speech verb
    ("the ambassador said since he took office"), no determiner opening it ("The minister has met envoys since ...")
    and, the clause fronted, a lower-case subject after its comma with no determiner ("Since he took office, the
    foreign minister ..."); no possessive or holder's name as its first word ("Jeong's ministry ..."); else none
    (review97, review104).

    >>> [sorted(_pronoun_holder(re.search("(?<![a-z])s?he took office", t))) for t in (
    ...     "Trump spoke. Since he took office, he has pressed allies.",
    ...     "Trump spoke. Costs rose since he took office.",
    ...     "Trump spoke. The general said costs rose since he took office.",
    ...     "Trump spoke. Since she took office, ...",
    ...     "Trump met Moon Jae-in. Since he took office, he has visited twice.",
    ...     "Trump spoke. Jeong's ministry has grown since he took office.")]
    [['donald-trump'], ['donald-trump'], [], [], [], []]
    """
    text = m.string
    if not _HE.search(m.group()):
        return set()
    sentence = _sentence_span(text, m.start(), m.end())
    before = text[sentence.start : m.start()].split()
    if any(w[:1].isupper() for w in before[1:]) or any(w.lower().strip(",") in _SAYS for w in before):
        return set()  # a name, a title or a speaker before it: "Defense Minister Jeong said that since he took office"
    if before and before[0].lower() in _DETERMINERS:
        return set()  # "The ambassador has met envoys since he took office": the pronoun's person is the subject
    if before and (before[0].endswith(("'s", "’s")) or before[0].strip(",") in _terms_by_word()):
        return set()  # "Jeong's ministry has grown since he took office": a name opening it (review104 finding 2)
    comma = text.find(",", m.end(), sentence.end)
    if len(before) <= 1 and comma >= 0:  # fronted: "Since he took office, <subject> ..."
        after = text[comma + 1 : sentence.end].split()
        if not after or after[0][:1].isupper() or after[0].lower() in _DETERMINERS:
            return set()
    return _previous_holder(text, sentence.start)


def _sentence_before(text: str, start: int) -> _Stretch | None:
    """Return where the sentence before ``start`` (a sentence's start) stands, or None at the text's start.

    Steps back over the blanks, then the stops and closing quotes, before ``start`` (what
    ``text[:start].rstrip().rstrip(".!?\\"”’'")`` strips), not a copy of the text from its start for each sentence
    (quadratic in a text of many such sentences: hunt32).

    >>> _sentence_before("Trump spoke. Since", 13), _sentence_before("Since", 0)
    (_Stretch(start=0, end=12), None)
    >>> _sentence_before("Trump spoke.\u201d \\n\\t Since", 17), _sentence_before(".' Since", 3)
    (_Stretch(start=0, end=12), None)
    """
    end = start
    while end > 0 and text[end - 1].isspace():  # str.rstrip()'s blanks
        end -= 1
    while end > 0 and text[end - 1] in _STOPS_AND_CLOSERS:
        end -= 1
    return None if end <= 0 else _sentence_span(text, end - 1, end)


_STOPS_AND_CLOSERS = frozenset(".!?\"”’'")  # what ends a sentence before the next one's start


# the sentence before a pronoun's, naming no holder, goes on about one: "the president said", "He said"
_CHAIN = re.compile(r"\b(?i:the)[ \t]{1,3}(?:president|leader)\b|\A\W{0,3}H(?:e|is)\b")


def _previous_holder(text: str, start: int) -> set[str]:
    """Return the one person with terms the sentence before ``start`` names (by words of one person's name only),
    empty if it names several ("Biden met Moon Jae-in. Since he took office, ...": either); if it names none but
    goes on about one (:data:`_CHAIN`: "“...,” the president said."), the one named last before it
    (:func:`_named_before`); a sentence that is a quotation is read with the one before it (its speaker's).

    >>> [_previous_holder(t, t.find("Since")) for t in ("Trump spoke. Since", "Trump met Moon. Since", "Since",
    ...     "Trump spoke. The minister arrived. Since", "Trump spoke. The president left. Since")]
    [{'donald-trump'}, set(), set(), set(), {'donald-trump'}]
    """
    before = _sentence_before(text, start)
    if before is None:
        return set()
    if text[before.start : before.end].lstrip().startswith(("“", '"')):  # a quotation goes on from its speaker's
        before = _sentence_before(text, before.start) or before
    by_word = _terms_by_word()
    people = {p for w in _CAP_WORD.findall(text, *before) for p in by_word.get(w, ()) if len(by_word[w]) == 1}
    if not people and _CHAIN.search(text[before.start : before.end]):
        return _named_before(text, before.start)
    return people if len(people) == 1 else set()


def _since_election(person: str, pub: dt.date) -> Range | None:
    """Return "since his election" for a US president: the federal election day (the Tuesday after the first Monday
    of November) of the year before one of his terms began, the latest by ``pub``; None for anyone else (the
    gazetteer holds no election days of other offices).

    >>> [_since_election("donald-trump", dt.date(y, m, 1)).lo.isoformat() for y, m in ((2019, 8), (2024, 12))]
    ['2016-11-08', '2024-11-05']
    >>> _since_election("moon-jae-in", dt.date(2019, 8, 7)) is None
    True
    """
    from analysis.extract.entities import load_gazetteer  # entities imports names, which dates must not wait for

    if load_gazetteer().entities[person].role.strip() != "President of the United States":
        return None
    days = [_us_election_day(t.first.year - 1) for t in _terms_of()[person]]
    day = max((d for d in days if d <= pub), default=None)
    return None if day is None else Range(day, day, "absolute")


def _subject_holder(m: re.Match[str]) -> set[str]:
    """Return the person with terms named first in the sentence before "since taking office": the subject, whom a
    participle with no subject of its own is about ("Moon has met Trump three times since taking office": Moon).

    >>> t = "Moon has met Trump three times since taking office."
    >>> _subject_holder(re.search("since taking office", t))
    {'moon-jae-in'}
    """
    b = _sentence_span(m.string, m.start(), m.end()).start
    for w in _CAP_WORD.findall(m.string, b, m.start()):
        if _terms_by_word().get(w):
            return set(_terms_by_word()[w])
    return set()


def _term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "during his first term (in office)", "Trump's second term", "during his presidency", "in her
    tenure", "his previous (current) term": the days of that term of office, from data/entities.csv
    (``role_start``/``role_end``), of the person its possessive names ("During Trump's first term, Moon met Kim"),
    else of the one person with terms its sentence names (before or after it: "During his term, Trump ...");
    with no ordinal, the latest term begun by publication, and only after "during", "in", "since" ... ("her
    tenure was short" is no time). None if the sentence names no such person or several.

    >>> t = "President Donald Trump met Kim Jong Un twice during his first term in office."
    >>> ranges(t, dt.date(2025, 1, 21))
    [('during his first term in office', '2017-01-20', '2021-01-20')]
    >>> t = "During his presidency, Trump demanded more."
    >>> ranges(t, dt.date(2024, 2, 20))
    [('During his presidency', '2017-01-20', '2021-01-20')]
    >>> ranges("In the first term of the Trump government, Seoul paid.", dt.date(2024, 11, 5))
    [('In the first term of the Trump government', '2017-01-20', '2021-01-20')]

    "His last term" is the latest ended, as "his previous term" and "the last Trump administration" are (dates54):

    >>> ranges("Trump demanded more in his last term.", dt.date(2025, 3, 1))
    [('in his last term', '2017-01-20', '2021-01-20')]
    """
    text = m.string
    if not (m["ord"] or m["adj"]) and not (m["prep"] or _SINCE.search(text, max(0, m.start() - 8), m.start())
                                           or _of_holders_term(m)):
        return None
    if m["my"] and not _quoted(text, m.start()):
        return None  # "during my tenure" in the writer's own words: the writer's term, which the data does not hold
    if m["noun"] == "years" and (m["ord"] or m["adj"]):
        return None  # "his first years in office": a part of a term, not one
    people = _holder(m, bool((m["ord"] or m["adj"]) and m["noun"] == "term") or _pronoun_term(m), pub)
    if len(people) != 1:
        return None
    terms = _terms_of()[people.pop()]
    succeeded = None if m["ord"] or m["adj"] else _before_successor(terms, m)  # "..., undone by his successor, Biden"
    term = succeeded or _which_term(terms, m["ord"], m["adj"], pub)
    if term is None or term.last is None:
        return None
    if not m["ord"] and not (m["adj"] and m["noun"] == "term"):
        term = _tenure(terms, term)  # "Obama's presidency", "the previous Obama administration": both his terms
    if not (m["ord"] or m["adj"]) and term.last < pub and clause_tense(text, m.start(), m.end()) == "future" \
            and not _future_of_relative(text, m):
        return None  # "ties might weaken under the presidency of Trump if he is reelected": a term to come, not served
    return Range(term.first, term.last, "absolute")


# a relative clause's modal ("changes that could influence talks"): the future of that clause only
_RELATIVE_MODAL = re.compile(r"\b(?:that|which|who)[ \t]{1,3}(?:could|would|will|may|might|can)\b")
_MODAL_WORD = re.compile(r"\b(?:will|would|could|may|might|can|shall)\b", re.I)


def _future_of_relative(text: str, m: re.Match[str]) -> bool:
    """Return whether the future read for a term (``m``) is a relative clause's own ("changes that could influence
    talks, in light of Trump's stance during his administration"): the modal follows "that/which/who" and is the only
    one before the comma (no main clause's "will" beside it), and the comma sets off the term's phrase, which holds no
    tense of its own: the term served stays a time (fresh95). Not "Ties will weaken, mainly under his presidency"
    (the main clause's future) nor "changes that could come under his presidency" (no comma: the relative clause
    holds the term).

    >>> t = "Bo fears changes that could hurt talks, in light of Trump's stance during his administration."
    >>> ranges(t, dt.date(2024, 4, 22))
    [('during his administration', '2017-01-20', '2021-01-20')]
    >>> ranges("Bo fears changes that could come during Trump's administration.", dt.date(2024, 4, 22))
    []
    """
    sentence = _sentence_span(text, m.start(), m.end())
    comma = text.rfind(",", sentence.start, m.start())
    rel = last_match(_RELATIVE_MODAL, text, sentence.start, comma) if comma >= 0 else None
    if rel is None or len(_MODAL_WORD.findall(text, sentence.start, comma)) != 1:
        return False  # no relative's modal, or another modal (the main clause's) beside it
    return clause_tense(text, m.start(), m.end(), lo=comma + 1) is None


# the words before "in"/"under" that make "<prep> his administration" a post in it, not a time: "an official in his
# administration", "served under Trump's administration"
MEMBER_BACK = 24  # characters before "in his administration" read for a post in it ("an official in ...")
_MEMBER_WORDS = frozenset(
    {"official", "officials", "aide", "aides", "member", "members", "officer", "officers", "minister", "ministers",
     "secretary", "adviser", "advisers", "advisor", "advisors", "staff", "staffer", "staffers", "role", "roles",
     "post", "posts", "position", "positions", "job", "jobs", "figure", "figures", "people", "someone", "those",
     "others", "served", "serving", "serves", "worked", "working", "works"}
)  # fmt: skip


def _admin_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "during his administration", "under Trump's administration" read as "during his presidency" is (see
    :func:`_term`); None for a post in it ("an official in his administration", "served under her administration").

    >>> ranges("During his administration, Trump asked for more.", dt.date(2024, 2, 20))
    [('During his administration', '2017-01-20', '2021-01-20')]
    >>> ranges("A senior official in his administration said Trump wanted more.", dt.date(2024, 2, 20))
    []
    """
    before = _TOKEN.findall(m.string, max(0, m.start() - MEMBER_BACK), m.start())
    if m["prep"].lower() in ("in", "under") and before and before[-1].lower() in _MEMBER_WORDS:
        return None
    return _term(m, pub, future)


# "the policies of President Biden's term": a noun, then "of" a holder's term (a part of the term, "the end of
# Biden's term", is a day of it, not the term)
_NOUN_OF = re.compile(r"\b(?P<noun>[a-z]{3,20})[ \t]{1,3}of[ \t]{1,3}\Z")
_PARTS = frozenset({"end", "start", "beginning", "close", "middle", "rest", "remainder", "half", "part", "expiry",
                    "expiration", "year", "years", "month", "months", "day", "days", "week", "weeks", "twilight",
                    "dawn", "outset", "length", "course", "extension", "renewal", "bid"})


_TERM_COMPOUND = re.compile(r"[ \t]{1,3}(?:sheets?|limits?|papers?|deposits?|loans?)\b")  # "Trump's term sheet"


def _of_holders_term(m: re.Match[str]) -> bool:
    """Return whether a holder's term named by a possessive ("President Biden's term") follows a noun and "of" that
    make it the time of that noun ("the policies of President Biden's term"), not a part of the term ("the end of
    Biden's term") nor the term as a thing ("Trump's second term may bring change").

    >>> [_of_holders_term(_TERM_OF_OFFICE.search(t)) for t in ("the policies of Biden's term",
    ...     "the end of Biden's term", "Trump's second term may bring change")]
    [True, False, False]
    """
    if not m["owner"] or m["prep"]:
        return False
    before = _NOUN_OF.search(m.string, max(0, m.start() - 28), m.start())
    return before is not None and before["noun"] not in _PARTS and not _TERM_COMPOUND.match(m.string, m.end())


def _served_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "when he was in office", "while she was president": the days of the holder's latest term ended by
    publication (the past tense tells a term served, not one running), the holder read as for "during his term";
    "when I was in office" only inside a quotation (the speaker's). None if no one such term; "while in office", with
    no verb, only of one out of office at publication (dates54b).

    >>> t = "Former President Trump threatened to pull troops when he was in office."
    >>> ranges(t, dt.date(2024, 5, 1))
    [('when he was in office', '2017-01-20', '2021-01-20')]
    """
    if m["my"] and not _quoted(m.string, m.start()):
        return None
    people = _holder(m, True, pub)
    if len(people) != 1:
        return None
    terms = _terms_of()[people.pop()]
    if not _TERM_VERB.search(m.group()) and _which_term(terms, None, "current", pub) is not None:
        return None  # "while in office" of one in office at publication: no tense tells which term (dates54b)
    term = _which_term(terms, None, "previous", pub)
    return None if term is None or term.last is None else Range(term.first, term.last, "absolute")


_TERM_VERB = re.compile(r"\b(?:was|served)\b")  # the verb of "when he was in office": a term served


def _holder(m: re.Match[str], back: bool, pub: dt.date) -> set[str]:
    """Return the people with terms a term's words name: those its possessive names ("Trump's"), else those its
    sentence names, else (``back``: "his first term", "during my tenure") the one in office at ``pub`` whom the
    sentence names by office ("the US leader"), else the one named in the sentences before.

    >>> _holder(_TERM_OF_OFFICE.search("During Trump's first term, Moon Jae-in met Kim."), False, dt.date(2023, 1, 5))
    {'donald-trump'}
    >>> t = "During his previous term, Trump pressed then-President Moon Jae-in."  # fronted: the subject after it
    >>> _holder(_TERM_OF_OFFICE.search(t), True, dt.date(2025, 4, 11)), _holder(_TERM_OF_OFFICE.search(
    ...     "Moon and Trump met during his previous term."), True, dt.date(2025, 4, 11))
    ({'donald-trump'}, set())
    """
    text = m.string
    if m.groupdict().get("its"):
        return _administration_holder(m)
    if m["owner"]:  # "Biden's term" is Biden's even when the data holds no term of his: never Trump's beside it
        return _owner_holders(m["owner"], text, m.start(), _years_of_sentence(m))
    sentence = _sentence_span(text, m.start(), m.end())
    if m.groupdict().get("my"):  # "my term" in a quotation: its speaker, named outside it
        return _speaker_holder(text, sentence, m.start(), back)
    subject = _subject_of(m, sentence, back, pub)
    if subject is not None:
        return subject
    people = {p for _, holders in _holders_in(text, *sentence) for p in holders}
    if len(people) > 1 and not text[sentence.start : m.start()].strip():
        people = _fronted_subject(m) or people  # fronted: "During his term, Trump met then-President Moon"
    people = people or _full_names_in(text, sentence)  # "George W. Bush said ...": a shared family name, in full
    if not people and back:
        office = _office_holder(text, sentence, pub)  # an office with no holder we know: someone else's term
        people = office if office is not None else _named_before(text, sentence.start)
    return people


# nouns after a holder's name that make the name a modifier, no subject ("Trump aides visited", "Moon government")
_NAME_MODIFIES = frozenset(
    {"aides", "aide", "officials", "official", "administration", "government", "envoys", "envoy", "allies", "team",
     "era", "supporters", "camp", "policy", "policies", "demands", "demand", "cabinet", "loyalists", "staff",
     "advisers", "advisors", "doctrine", "tariffs", "voters"}
)  # fmt: skip


def _fronted_subject(m: re.Match[str]) -> set[str]:
    """Return the holder of a fronted term ("During his first term, Trump met Moon Jae-in") when its sentence names
    several: the one the words right after its comma name as the subject, titles allowed ("During his tenure,
    Defense Secretary Esper met Trump"), not a possessive ("Trump's demands") or a modifier ("Trump aides"), and with
    an ordinal one who has that many terms; else none (review97). A lower-case plural after the name makes it a
    modifier too ("Moon Jae-in critics", review104 finding 3). A term with no ordinal or "previous" ("In his
    term, Moon Jae-in met Trump") is either holder's unless a title names the subject: none (the old reading).

    >>> [_fronted_subject(_TERM_OF_OFFICE.search(t)) for t in ("During his first term, Trump met Moon Jae-in.",
    ...     "During his term, Trump's demands were shelved.", "During his presidency, Trump aides met Moon Jae-in.",
    ...     "During his first term, officials from Moon Jae-in's government met Trump envoys.",
    ...     "In his term, Moon Jae-in met Trump.", "In his previous term, Moon Jae-in critics met Trump.")]
    [{'donald-trump'}, set(), set(), set(), set(), set()]
    """
    text, by_word = m.string, _terms_by_word()
    end = _sentence_span(text, m.start(), m.end()).end
    comma = text.find(",", m.end(), end)
    if comma < 0 or text[m.end() : comma].strip():
        return set()
    words = text[comma + 1 : end].split()[:6]
    run = list(takewhile(lambda w: w[:1].isupper(), words))
    if not run or run[-1].endswith(("'s", "’s", "'", "’")):  # "Trump's demands": a possessive
        return set()
    if len(run) < len(words) and (words[len(run)].lower() in _NAME_MODIFIES or _plural_noun(words[len(run)])):
        return set()
    if not (m["ord"] or m["adj"]) and run[0].rstrip(",") in by_word:  # "In his term, Moon Jae-in met Trump": either's
        return set()
    people = {p for w in run if len(by_word.get(w.rstrip(","), ())) == 1 for p in by_word[w.rstrip(",")]}
    if len(people) != 1 or len(_terms_of()[next(iter(people))]) < _ORDINALS.get((m["ord"] or "").lower(), 0):
        return set()
    return people


# words in "-s" that may follow a subject's name and are no plural noun: a verb, an adverb ("Trump always ...")
_S_NOT_PLURAL = frozenset({"says", "always", "perhaps", "sometimes", "thus", "nevertheless", "nonetheless"})


def _plural_noun(word: str) -> bool:
    """Return whether ``word`` after a name looks like a lower-case plural noun the name modifies ("Moon Jae-in
    critics"): ends in "-s" (not "-ss", "-us", "-is"), four letters or more, not a verb or adverb of
    :data:`_S_NOT_PLURAL` (review104 finding 3).

    >>> [_plural_noun(w) for w in ("critics", "has", "says", "always", "Critics", "press", "met")]
    [True, False, False, False, False, False, False]
    """
    w = word.rstrip(",.;:")
    return w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and (
        w not in _S_NOT_PLURAL)


_SUBJECT_WORD = re.compile(r"\b(?:[A-Z][\w-]{0,30}|he|she|his)\b")  # a name, or a pronoun standing for one
_PRONOUNS = frozenset({"he", "she", "his"})
_AND_NAME = re.compile(r"[ \t]{1,3}and[ \t]{1,3}(?:[A-Z][\w.-]{0,30}[ \t]{1,3}){0,2}(?P<name>[A-Z][\w-]{0,30})\b")


def _subject_of(m: re.Match[str], sentence: _Stretch, back: bool, pub: dt.date) -> set[str] | None:
    """Return the holder of "his term" by the subject of its sentence, the first person it names before the term:
    a name ("Trump said that during his first term ..., but Biden ...": Trump), an office ("The US leader said
    ...": its holder at ``pub``) or (``back``) a pronoun ("He said ...": the one the narration named before). None
    if nothing stands before the term ("During his presidency, Trump ..."): the sentence's names decide.

    >>> t = "Trump said that during his first term, Seoul paid more, but Biden ended it."
    >>> _subject_of(_TERM_OF_OFFICE.search(t), _Stretch(0, len(t)), True, dt.date(2025, 7, 9))
    {'donald-trump'}
    """
    text, by_word = m.string, _terms_by_word()
    office = min((o.start() for rx, _ in _OFFICES if (o := rx.search(text, sentence.start, m.start()))
                  and _office_alone(text, o)), default=None)
    for w in _SUBJECT_WORD.finditer(text, sentence.start, m.start()):
        if office is not None and office <= w.start():
            return _office_holder(text, _Stretch(office, m.start()), pub) or None
        if len(by_word.get(w.group(), ())) == 1:
            other = _AND_NAME.match(text, w.end(), m.start())  # "Trump and Biden said": two subjects, no one's term
            return set() if other and by_word.get(other["name"], by_word[w.group()]) != by_word[w.group()] \
                else set(by_word[w.group()])
        if (w.group().lower() in _PRONOUNS and w.group() != "His") or (w.group() == "His" and back):
            return (_named_before(text, sentence.start) or None) if back else None
    return None


_TITLE_NAME = re.compile(r"[ \t]{1,3}[A-Z][a-z]")  # "US President Donald Trump": the office a title of the name
_FORMER_BEFORE = re.compile(r"\b(?i:former|ex-|then-)[ \t]{0,3}\Z")  # "former US President": no holder now


def _office_alone(text: str, office: re.Match[str]) -> bool:
    """Return whether an office of :data:`_OFFICES` stands for its holder at publication ("The US leader said that
    during his term ..."): not a title before a name ("US President Donald Trump": the name says who) nor one held
    before ("former US President", "then-US president": fresh78q).

    >>> t = "Former US President Donald Trump insisted on it during his tenure."
    >>> ranges(t, dt.date(2022, 5, 10))
    [('during his tenure', '2017-01-20', '2021-01-20')]
    """
    if _TITLE_NAME.match(text, office.end()):
        return False
    return _FORMER_BEFORE.search(text, max(0, office.start() - 10), office.start()) is None


def _speaker_holder(text: str, sentence: _Stretch, at: int, back: bool) -> set[str]:
    """Return the holder of "my term" at ``at`` in a quotation: the people with terms its sentence names outside the
    quotation ("... during my presidency,” Biden said"), else (``back``) the one the narration named before it
    ("Trump added: “... during my first term, but Biden ...”": Trump), never a name inside the quotation.

    >>> t = "Trump added: “They paid during my first term, but Biden ended it.”"
    >>> _speaker_holder(t, _Stretch(0, len(t)), t.find("during"), True)
    {'donald-trump'}
    """
    quote = next((q for q in _quote_stretches(text, sentence.start, sentence.end) if q.start < at < q.end), None)
    inside = quote or _Stretch(at, at)
    by_word = _terms_by_word()
    people = {p for w in _CAP_WORD.finditer(text, *sentence) if not inside.start <= w.start() < inside.end
              for p in by_word.get(w.group(), ())}
    return people or (_named_before(text, inside.start) if back else set())


_ADMINISTRATION_BEFORE = re.compile(  # "the Trump administration (in its ...)", "The Moon government, (during ...)"
    r"\b(?P<owner>[A-Z][\w-]{0,30})[ \t]{1,3}(?:administration|government)[ \t]{0,3},?[ \t]{1,3}\Z")
_ADMINISTRATION_BACK = 64  # characters read back from "in its second term" for the administration "its" is


def _administration_holder(m: re.Match[str]) -> set[str]:
    """Return the people with terms named by the administration (government) right before "in its ... term": the
    one "the Trump administration in its second term" is named after; empty if no administration stands there.

    >>> t = "The Trump administration, in its second term, pressed Seoul. The alliance in its first term held."
    >>> [_administration_holder(x) for x in _TERM_OF_OFFICE.finditer(t)]
    [{'donald-trump'}, set()]
    """
    if not m["prep"]:
        return set()
    a = m.start("prep")
    before = _ADMINISTRATION_BEFORE.search(m.string, max(0, a - _ADMINISTRATION_BACK), a)
    by_word = _terms_by_word()
    return set() if before is None else set(by_word.get(before["owner"], ()))


# an office named by its country ("the US leader", "the American president"): whose term is running at publication
_OFFICES = (
    (re.compile(r"\b(?:U\.S\.|US|American|United\s+States)\s+(?i:president|leader)\b"),
     "President of the United States"),
    (re.compile(r"\b(?:South\s+Korean|S\.\s*Korean)\s+(?i:president|leader)\b"), "President of South Korea"),
)


def _office_holder(text: str, sentence: _Stretch, pub: dt.date) -> set[str] | None:
    """Return the person whose term of the one office the sentence names by country ("The US leader said that
    during his previous term ...") is running at ``pub`` (empty if the gazetteer knows no one in it then); None if
    the sentence names no such office, or several.

    >>> t = "The US leader said that during his previous term Seoul paid."
    >>> _office_holder(t, _Stretch(0, len(t)), dt.date(2025, 8, 26))
    {'donald-trump'}
    """
    from analysis.extract.entities import load_gazetteer

    roles = {role for rx, role in _OFFICES if (o := rx.search(text, sentence.start, sentence.end))
             and _office_alone(text, o)}
    if len(roles) != 1:
        return None
    role, people = roles.pop(), load_gazetteer().entities
    return {pid for pid, terms in _terms_of().items() if people[pid].role.strip() == role
            and any(t.first <= pub and (t.last is None or pub <= t.last) for t in terms)}


_QUOTED_BACK = 1000  # characters read back, within the paragraph, for the quotation a word may sit in


def _quoted(text: str, at: int) -> bool:
    """Return whether ``text[at]`` sits inside a quotation of its paragraph (read at most ``_QUOTED_BACK`` back).

    >>> t = 'Trump wrote: “They paid during my presidency.” During my tenure, I saw it.'
    >>> _quoted(t, t.find("my pres")), _quoted(t, t.find("my ten"))
    (True, False)
    """
    begin = text.rfind("\n", max(0, at - _QUOTED_BACK), at) + 1 or max(0, at - _QUOTED_BACK)
    return any(q.start < at < q.end for q in _quote_stretches(text, begin, at + 1))


def _tenure(terms: list[Term], term: Term) -> Term:
    """Return the run of consecutive terms (each begun the day the one before ended) of ``terms`` that holds
    ``term``: a presidency, an administration, an era with no ordinal ("during Obama's presidency") spans a
    re-elected holder's terms; terms apart (Trump's) stay apart.

    >>> t = _tenure(_terms_of()["barack-obama"], _terms_of()["barack-obama"][1])
    >>> t.first.isoformat(), t.last.isoformat()
    ('2009-01-20', '2017-01-20')
    >>> _tenure(_terms_of()["donald-trump"], _terms_of()["donald-trump"][1]).first.isoformat()
    '2025-01-20'
    """
    k = terms.index(term)
    lo = k
    while lo > 0 and terms[lo - 1].last == terms[lo].first:
        lo -= 1
    hi = k
    while hi + 1 < len(terms) and terms[hi].last == terms[hi + 1].first:
        hi += 1
    return replace(term, first=terms[lo].first, last=terms[hi].last)


_LATER_TERM = frozenset({"current", "present"})  # the term running at the time of writing; the others the one before


# "his successor, Joe Biden", "successor President Moon", "Trump's successor, Biden", "the next (U.S.) president, Joe
# Biden": the holder who took office after the term meant (``whose``: a possessor, the holder's or someone else's)
_SUCCESSOR = re.compile(r"\b(?:(?P<whose>[A-Z][\w-]{0,30})['’]s[ \t]{1,3})?(?:successors?|next[ \t]{1,3}"
                        r"(?:U\.S\.[ \t]{1,3})?[Pp]resident),?[ \t]{1,3}(?:(?:President|former[ \t]{1,3}President)"
                        r"[ \t]{1,3})?(?P<name>(?:[A-Z][\w.-]{0,30}[ \t]{1,3}){0,2}[A-Z][\w-]{0,30})")
_SUCCEEDED = re.compile(r",[ \t]{1,3}who[ \t]{1,3}(?:later[ \t]{1,3})?succeeded[ \t]{1,3}(?:him|her)\b")  # "X, who ..."
_NAME_BEFORE = 40  # characters before ", who succeeded him" searched for the successor's name
_STOP_IN_NAME = re.compile(r"(?<=[a-z])\.[ \t]")  # "Biden. Ann": a sentence's end, not an initial ("J.D. Vance")


def _successor_names(text: str, lo: int, hi: int, terms: list[Term]) -> list[str]:
    """Return the names of successors ``text[lo:hi]`` names: after "successor" or "the next president" (not
    someone else's: a possessor other than the holder of ``terms``), or before ", who succeeded him/her".

    >>> t = "a deal undone by the next president, Joe Biden. Ann Ko, who succeeded him, and Kim's successor, Bo Li."
    >>> _successor_names(t, 0, len(t), _terms_of()["donald-trump"])
    ['Joe Biden', 'Ann Ko']
    """
    names = []
    for m in _SUCCESSOR.finditer(text, lo, hi):
        whose = m["whose"]
        if whose is None or any(_terms_of().get(p) is terms for p in _terms_by_word().get(whose, ())):
            names.append(_STOP_IN_NAME.split(m["name"], 1)[0])  # "Joe Biden. Ann": "Joe Biden"
    for m in _SUCCEEDED.finditer(text, lo, hi):
        words = text[max(lo, m.start() - _NAME_BEFORE) : m.start()].split()[-3:]
        while words and not all(w[:1].isupper() for w in words):
            words = words[1:]  # "later that year Kim Lee": the capitalised words just before
        if words:
            names.append(_STOP_IN_NAME.split(" ".join(words))[-1])  # "Biden. Ann Ko": "Ann Ko"
    return names


def _before_successor(terms: list[Term], m: re.Match[str]) -> Term | None:
    """Return the term of ``terms`` that ended the day the successor its sentence or the next one names took office
    ("during his administration, he compelled Seoul to pay more, a deal later nullified by his successor, Joe Biden":
    Trump's first term, told in his second); None if neither names one successor with terms, or none of ``terms``
    ends so.

    >>> t = "Trump said during his presidency Seoul paid more, a deal later undone by his successor, Joe Biden."
    >>> ranges(t, dt.date(2025, 7, 9))
    [('during his presidency', '2017-01-20', '2021-01-20')]
    >>> ranges("Trump said during his presidency Seoul paid more. His successor, Joe Biden, undid it.",
    ...        dt.date(2025, 7, 9))
    [('during his presidency', '2017-01-20', '2021-01-20')]
    """
    text = m.string
    sentence = _sentence_span(text, m.start(), m.end())
    after = sentence.end  # the next sentence, in the same paragraph: past the spaces and tabs (no copy of the rest)
    while after < len(text) and text[after] in " \t":
        after += 1
    hi = _sentence_span(text, after, after).end if after < len(text) and text[after] != "\n" else sentence.end
    for name in _successor_names(text, sentence.start, hi, terms):
        people = {p for w in _CAP_WORD.findall(name) for p in _terms_by_word().get(w, ())}
        if len(people) != 1:
            continue
        starts = {t.first for t in _terms_of()[people.pop()]}
        term = max((t for t in terms if t.last in starts), default=None, key=lambda t: t.first)
        if term is not None:
            return term
    return None


def _which_term(terms: list[Term], ordinal: str | None, adjective: str | None, pub: dt.date) -> Term | None:
    """Return the term an ordinal ("first"), an adjective ("previous": the latest ended by publication; "current":
    the one running then) or nothing (the latest begun by publication) picks from ``terms``; None if none.

    >>> [t.first.year for t in [_which_term(_terms_of()["donald-trump"], None, a, dt.date(2025, 8, 26))
    ...                         for a in ("previous", "current", None)]]
    [2017, 2025, 2025]
    >>> _which_term(_terms_of()["donald-trump"], None, "last", dt.date(2024, 8, 26)).first.year
    2017
    """
    if ordinal:
        k = _ORDINALS[ordinal] - 1
        return terms[k] if k < len(terms) else None
    if adjective in _LATER_TERM:
        return next((t for t in terms if t.first <= pub and (t.last is None or pub <= t.last)), None)
    if adjective:
        return max((t for t in terms if t.last is not None and t.last <= pub), default=None, key=lambda t: t.first)
    return max((t for t in terms if t.first <= pub), default=None, key=lambda t: t.first)


def _pronoun_term(m: re.Match[str]) -> bool:
    """Return whether ``m`` is "during his term", "in her tenure", "throughout his presidency" with no ordinal: a
    time told by a preposition and a pronoun, whose holder a reader takes from the sentences before when its own
    sentence names no one ("Trump spoke. He said that during his term, Seoul agreed to pay more").

    >>> _pronoun_term(_TERM_OF_OFFICE.search("He said that during his term, Seoul agreed."))
    True
    >>> _pronoun_term(_TERM_OF_OFFICE.search("His term was short."))
    False
    """
    return bool(m["prep"]) and not m["ord"] and m.group().split()[1].lower() in ("his", "her", "my")


_NAMED_BACK = 1000  # characters read back for the person "his first term" refers to when its sentence names none


#: A hyphenated given name right after a family name ("Lee Sang-hyun"), and a capitalised word right before one
#: ("Lina Park"): with words not of the holder's name, they make the family name another person's.
_GIVEN_AFTER = re.compile(r" ([A-Z][a-z]{1,12}-[a-z]{1,12})\b")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z'’-]{1,20}) $")


def _anothers_name(text: str, w: re.Match[str], pid: str) -> bool:
    """Return whether the word ``w`` that names holder ``pid`` on its own (a family name) is joined to a given name
    not of theirs, before it ("Lina Park") or hyphenated after it ("Lee Sang-hyun"): another person of that family
    name, not the holder; a title or a function word before it ("President Park", "During Park's term") is no name.

    >>> def another(t, word, pid):
    ...     return _anothers_name(t, _CAP_WORD.search(t, t.rfind(word)), pid)
    >>> park, lee = "park-geun-hye", "lee-jae-myung"
    >>> [another(t, w, p) for t, w, p in (("Lina Park met Kim.", "Park", park),
    ...     ("Lee Sang-hyun met Kim.", "Lee", lee), ("Then President Park met Kim.", "Park", park),
    ...     ("Lee Jae-myung met Kim.", "Lee", lee), ("During Park's term, Kim met.", "Park", park))]
    [True, True, False, False, False]
    """
    names = _name_words(pid)
    after = _GIVEN_AFTER.match(text, w.end())
    if after is not None and after.group(1) not in names:
        return True
    before = _WORD_BEFORE.search(text, max(0, w.start() - 24), w.start())
    if before is None:
        return False
    word = before.group(1)
    return word not in names and word not in NOT_NAME_WORDS and word not in TITLE_WORDS and not word.isupper()


def _holders_in(text: str, lo: int, hi: int) -> Iterator[tuple[re.Match[str], set[str]]]:
    """Yield each capitalised word of ``text[lo:hi]`` that names people with terms on its own, with them, less a
    family name joined to another person's given name (:func:`_anothers_name`: "Lina Park" is not Park Geun-hye).

    >>> [(m.group(), sorted(p)) for m, p in _holders_in("Lina Park met Trump.", 0, 20)]
    [('Trump', ['donald-trump'])]
    """
    by_word = _terms_by_word()
    for w in _CAP_WORD.finditer(text, lo, hi):
        people = by_word.get(w.group())
        if people and not (len(people) == 1 and _anothers_name(text, w, next(iter(people)))):
            yield w, people


def _named_before(text: str, start: int) -> set[str]:
    """Return the person with terms (see :func:`_terms_of`) last named in the ``_NAMED_BACK`` characters before
    ``start`` by a word of their name only: whom "his first term" in a sentence naming no one ("the American
    president said he would pick up where he left off during his first term") refers to. Empty if none is named.

    >>> t = "President Trump spoke on Tuesday. The president said he would go back to his first term's policy."
    >>> _named_before(t, t.find("The president"))
    {'donald-trump'}
    """
    begin = max(0, start - _NAMED_BACK)
    quotes = [q for p in split_paragraphs(text, begin, start) for q in _quote_stretches(text, p.start, p.end)]
    for w, people in reversed(list(_holders_in(text, begin, start))):
        if any(q.start < w.start() < q.end for q in quotes):
            continue  # a name inside a quotation ("“Biden cut it,” he said") is no one the narration's pronoun means
        if len(people) == 1:  # a word several people share ("President") names no one
            return set(people)
    return set()


def _sentence_words(text: str, start: int, end: int) -> set[str]:
    """Return the capitalised words of the sentence that holds ``text[start:end]`` (at most 200 characters each
    side, within its paragraph).

    >>> sorted(_sentence_words("Lee left. In his term, Moon Jae-in met Kim. Park came.", 13, 21))
    ['In', 'Jae-in', 'Kim', 'Moon']
    """
    return set(_CAP_WORD.findall(text, *_sentence_span(text, start, end)))


def _sentence_span(text: str, start: int, end: int) -> _Stretch:
    """Return where the sentence that holds ``text[start:end]`` starts and ends (at most 200 characters each side,
    within its paragraph).

    >>> _sentence_span("Lee left. In his term, Moon met Kim. Park came.", 13, 21)
    _Stretch(start=9, end=36)
    """
    begin = max(0, start - 200, text.rfind("\n", max(0, start - 200), start) + 1)  # look no further back than 200
    for stop in _SENTENCE_END.finditer(text, begin, start):
        begin = stop.end()
    para_end = text.find("\n", end, end + 200)
    close = _SENTENCE_END.search(text, end, min(end + 200, len(text) if para_end < 0 else para_end))
    return _Stretch(begin, close.end() if close else min(end + 200, len(text)))


@cache
def _terms_of() -> dict[str, list[Term]]:
    """Return, for each person of the gazetteer (data/entities.csv) whose role has dates, the terms (as
    :func:`analysis.extract.entities.parse_terms` reads them; an end not yet known is the end fixed by law for the
    role, if :data:`_TERM_YEARS` knows it, else None).

    >>> [(t.first.isoformat(), t.last.isoformat()) for t in _terms_of()["donald-trump"]]
    [('2017-01-20', '2021-01-20'), ('2025-01-20', '2029-01-20')]
    """
    from analysis.extract.entities import load_gazetteer  # entities imports names, which dates must not wait for

    return {e.id: [replace(t, last=t.last or _scheduled_end(e.role, t.first)) for t in e.terms]
            for e in load_gazetteer().entities.values() if e.kind == "person" and e.terms}  # fmt: skip


#: Terms fixed by constitution: (years, days the last day falls before the anniversary). South Korea's ends at
#: midnight before it (Moon Jae-in 2017-05-10 to 2022-05-09); a US president's at noon on it, the term's last day.
_TERM_YEARS = {"President of the United States": (4, 0), "President of South Korea": (5, 1)}


def _scheduled_end(role: str, start: dt.date) -> dt.date | None:
    """Return the day a term of ``role`` begun on ``start`` ends by law (a fixed number of years), or None.

    >>> _scheduled_end("President of the United States", dt.date(2025, 1, 20)), _scheduled_end("Envoy", dt.date.today())
    (datetime.date(2029, 1, 20), None)
    >>> _scheduled_end("President of South Korea", dt.date(2025, 6, 4))
    datetime.date(2030, 6, 3)
    """
    if role.strip() not in _TERM_YEARS:
        return None
    years, days_before = _TERM_YEARS[role.strip()]
    return start.replace(year=start.year + years) - dt.timedelta(days=days_before)


@cache
def _terms_by_word() -> dict[str, set[str]]:
    """Return each capitalised word (of three letters or more) that names one person with terms on its own -> that
    person: a one-word alias (a family name: "Trump", "Moon"), else every word of the name and aliases (a given
    name's syllable, "Jae" of "Moon Jae In", is shared by many: "Lee Jae Myung" is not Moon). A family name two
    holders share (:func:`_shared_words`: "Bush", "Roh") names neither: their hyphenated given names ("Moo-hyun",
    "Tae-woo") do, and their full names (:func:`_full_name_holders`).

    >>> sorted(_terms_by_word()["Trump"]), "Jae" in _terms_by_word(), "Bush" in _terms_by_word()
    (['donald-trump'], False, False)
    >>> _terms_by_word()["Lee"], _terms_by_word()["Myung-bak"], _terms_by_word()["Moo-hyun"]
    ({'lee-jae-myung'}, {'lee-myung-bak'}, {'roh-moo-hyun'})
    """
    shared, out = _shared_words(), {}
    for pid, words in _holder_words().items():
        unique = [w for w in words if w not in shared]
        for w in unique or [w for w in _name_words(pid) if "-" in w and w not in shared]:
            out.setdefault(w, set()).add(pid)
    return out


@cache
def _holder_words() -> dict[str, list[str]]:
    """Return, for each person with terms, the words (three letters or more) of their one-word aliases, else of their
    name, less another holder's one-word alias (the gazetteer gives "Lee" alone to Lee Jae-myung, not to Lee
    Myung-bak; "Roh", which no holder has alone, is both Rohs').

    >>> _holder_words()["moon-jae-in"], _holder_words()["lee-myung-bak"], _holder_words()["roh-moo-hyun"]
    (['Moon'], ['Myung-bak'], ['Roh', 'Moo-hyun'])
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    alone = {pid: [a for a in people[pid].aliases if len(_CAP_WORD.findall(a)) == 1] for pid in _terms_of()}
    taken = {w for words in alone.values() for w in words}
    return {pid: [w for w in _CAP_WORD.findall(";".join(alone[pid] or [people[pid].name])) if len(w) > 2
                  and (alone[pid] or w not in taken)] for pid in _terms_of()}


def _name_words(pid: str) -> list[str]:
    """Return the words of the name and aliases of person ``pid``.

    >>> _name_words("lee-myung-bak")[:2]
    ['Lee', 'Myung-bak']
    """
    from analysis.extract.entities import load_gazetteer

    e = load_gazetteer().entities[pid]
    return _CAP_WORD.findall(";".join((e.name, *e.aliases)))


@cache
def _shared_words() -> dict[str, set[str]]:
    """Return each word that names several people with terms on its own (a family name: "Bush", "Roh") -> them.

    >>> sorted(_shared_words()["Bush"])
    ['george-h-w-bush', 'george-w-bush']
    """
    by_word: dict[str, set[str]] = {}
    for pid, words in _holder_words().items():
        for w in words:
            by_word.setdefault(w, set()).add(pid)
    return {w: people for w, people in by_word.items() if len(people) > 1}


@cache
def _full_name_holders() -> dict[str, str]:
    """Return each name or alias of two words or more of a person with terms -> that person.

    >>> _full_name_holders()["George W. Bush"], _full_name_holders()["Roh Moo-hyun"]
    ('george-w-bush', 'roh-moo-hyun')
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    return {n: pid for pid in _terms_of() for n in (people[pid].name, *people[pid].aliases) if " " in n.strip()}


def _full_names_in(text: str, span: _Stretch) -> set[str]:
    """Return the people with terms ``text[span]`` names by a name or alias of two words or more ("George W. Bush
    said ...": a family name two holders share names no one by itself).

    >>> _full_names_in("George W. Bush said that.", _Stretch(0, 25))
    {'george-w-bush'}
    """
    return {pid for name, pid in _full_name_holders().items() if text.find(name, span.start, span.end) >= 0}


_FULL_NAME_BACK = 3000  # characters read back for the full name that says which holder a shared family name is


def _owner_holders(owner: str, text: str, at: int, years: set[int] | None = None) -> set[str]:
    """Return the people with terms the owner words of a term name ("Trump's", "the George W. Bush administration"):
    the holder the words name in full, else those their words name, else (a family name two holders share: "the
    Bush administration") the one of them the text names in full in the ``_FULL_NAME_BACK`` characters before
    ``at``, else the one whose terms hold the ``years`` its sentence names ("in 2004, during the Bush
    administration"); empty if none or several.

    >>> t = "George W. Bush visited Seoul. Under the Bush administration, Seoul paid."
    >>> _owner_holders("Bush", t, t.find("Under")), _owner_holders("Bush", "Under the Bush administration", 0)
    ({'george-w-bush'}, set())
    >>> _owner_holders("George H. W. Bush", "", 0), _owner_holders("Trump", "", 0)
    ({'george-h-w-bush'}, {'donald-trump'})
    >>> _owner_holders("Bush", "", 0, {2004}), _owner_holders("Bush", "", 0, {1990, 2004})
    ({'george-w-bush'}, set())
    """
    full = _full_name_holders().get(" ".join(owner.split()))
    if full:
        return {full}
    words = _CAP_WORD.findall(owner)
    people = {p for w in words for p in _terms_by_word().get(w, ())}
    if people or not words:
        return people
    shared = _shared_words().get(words[-1], set())
    before = text[max(0, at - _FULL_NAME_BACK) : at]
    named = {pid for name, pid in _full_name_holders().items() if pid in shared and name in before}
    if not named and years:
        named = {pid for pid in shared if any(t.first.year <= y <= t.last.year for t in _terms_of()[pid]
                                              if t.last is not None for y in years)}
    return named if len(named) == 1 else set()


def _first_unit(lo: dt.date, hi: dt.date, unit: str) -> Period:
    """Return the first ``unit`` (day, week, month, year) from day ``lo``.

    >>> _first_unit(dt.date(2025, 1, 20), dt.date(2025, 1, 20), "week")
    Period(lo=datetime.date(2025, 1, 20), hi=datetime.date(2025, 1, 26))
    """
    return Period(lo, _add(lo, unit, 1) - dt.timedelta(days=1) if unit != "day" else lo)


def _same_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "earlier in the day", "later that year": the day (year ...) of the date before it, else publication's.

    >>> [v["start"] for *_, v in find_dates("Earlier in the day, it rained.", dt.date(2019, 11, 16))]
    ['2019-11-16']
    """
    unit = m["unit"].lower()
    if unit == "day":
        return Anchored(partial(_next_period, unit=unit, k=0), or_published=True, unit=unit)
    return Anchored(partial(_part_beside, unit=unit, pre=m["pre"].lower()), or_published=True, unit=unit)


# "reported on the day that ...", "said on the day.": a wire's "that day" after a verb of saying (not "on the day of
# the vote", "on the day they meet", "on the day-long trip": the day of a thing the next words name)
_ON_THE_DAY = re.compile(r"\b(?i:on)[ \t]{1,3}(?i:the)[ \t]{1,3}(?P<unit>day)\b(?=[ \t]{0,3}(?:[,.;:]|\((?i:local)\b"
                         r"|(?i:that)\b)|\s*\Z)")
_SAID_BEFORE = re.compile(r"(?<![A-Za-z])(?:said|told[ \t]{1,3}(?:reporters|journalists|lawmakers|[A-Z][A-Za-z]{1,20})"
                          r"|reported|announced|stated|noted|added|explained|wrote|tweeted|posted|revealed|confirmed"
                          r"|disclosed|claimed|stressed|emphasized|emphasised|warned)[ \t]{1,3}\Z")
_SAID_BACK = 40  # characters read before "on the day" for the verb of saying
_THAT_NEXT = re.compile(r"[ \t]{0,3}(?i:that)\b")
_THAT_AGAIN = re.compile(r"\b(?i:that)\b")
_THAT_AHEAD = 200  # characters read after "on the day that" for a second "that" in its sentence


# "said at a Cabinet meeting on the day", "told reporters in Seoul on the day": the verb of saying, then where it was
# said (a phrase after "at", "in" or "during" of up to four words), then "on the day" (fresh81q)
_SAID_AT_BEFORE = re.compile(_SAID_BEFORE.pattern.removesuffix(r"[ \t]{1,3}\Z")
                             + r"[ \t]{1,3}(?:at|in|during)(?:[ \t]{1,3}[A-Za-z’'-]{1,20}){1,4}[ \t]{1,3}\Z")
_SAID_AT_BACK = 120  # characters read before "on the day" for the verb of saying and the place it was said


def _said_at_before(m: re.Match[str]) -> bool:
    """Return whether "on the day" (``m``) follows a verb of saying and the place of saying ("said at a Cabinet
    meeting on the day"): the day of the words, told before it.

    >>> t = "Bo spoke on Tuesday.\\n\\nBo said at a Cabinet meeting on the day, with regards to the talks."
    >>> ranges(t, dt.date(2019, 2, 14))[1]
    ('on the day', '2019-02-12', '2019-02-12')
    >>> ranges("Bo spoke on Tuesday.\\n\\nBo resigned at a Cabinet meeting on the day.", dt.date(2019, 2, 14))[1:]
    []
    """
    return _SAID_AT_BEFORE.search(m.string, max(0, m.start() - _SAID_AT_BACK), m.start()) is not None


def _on_the_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "on the day" right after a verb of saying ("Kyodo reported on the day that ...", "told reporters on the
    day."): the day told before it, as "that day" is (fresh78q); None after any other word ("met on the day that").

    >>> ranges("Lee spoke on Thursday.\\n\\nKyodo reported on the day that talks ended.", dt.date(2021, 3, 5))[1]
    ('on the day', '2021-03-04', '2021-03-04')
    >>> ranges("Lee spoke on Thursday.\\n\\nKim resigned on the day that talks ended.", dt.date(2021, 3, 5))[1:]
    []
    >>> t = "Lee spoke on Thursday.\\n\\nBo said on the day that he took office that allies matter."
    >>> ranges(t, dt.date(2021, 3, 5))[1:]  # a second "that": the first is the day's relative clause (mend80q)
    []
    """
    if _SAID_BEFORE.search(m.string, max(0, m.start() - _SAID_BACK), m.start()) is None and not _said_at_before(m):
        return None
    if (that := _THAT_NEXT.match(m.string, m.end(), m.end() + 8)) is not None:
        stop = _SENTENCE_END.search(m.string, that.end(), that.end() + _THAT_AHEAD)
        if _THAT_AGAIN.search(m.string, that.end(), stop.start() if stop else that.end() + _THAT_AHEAD):
            return None
    return Anchored(partial(_next_period, unit="day", k=0), unit="day")


# "for the rest of the year", "the rest of this month": the part of the unit after the date told before it (not "the
# rest of the year's bill": a thing of the year)
_REST_OF = re.compile(r"\b(?:(?i:the)[ \t]{1,3})?(?i:rest)[ \t]{1,3}of[ \t]{1,3}(?:(?P<this>this)|the|that)[ \t]{1,3}"
                      r"(?P<unit>week|month|year)\b(?!['’])", re.IGNORECASE)


# "the reconvened meeting after about a month", "After two weeks, the envoys met again": a count after "after" with no
# object, anchored on the event told before it (README, lead at adjud47); not "after two years of talks", "after a
# week in custody", "after two weeks-long rounds", "after a year and a half of talks", "after three weeks around May
# 23" (a date tells the time), nor "more than" (a rough count)
_NOT_AFTER_COUNT = "|".join(("of", "in", "on", "at", "as", "and", "or", "into", "since", "when", "later", "earlier",
                              "after", "before", "ago", "from", "more", "long", "old", "around", "ahead", "prior"))
_AFTER_COUNT = re.compile(rf"\b(?i:after)[ \t]{{1,3}}(?:(?i:about|around|nearly|almost|roughly|some)[ \t]{{1,3}})?"
                          rf"(?P<n>(?i:{_NUM}))[ \t]{{1,3}}(?P<unit>(?i:days?|weeks?|months?|years?))\b"
                          rf"(?![ \t]*+(?:[-’']|(?i:{_NOT_AFTER_COUNT})\b))")


def _after_count(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "after about a month" (no object): counted from the date told before it, as "a month after X" is from
    X (README): a count of one is that date itself, a count over one the day (a whole month: the month) it comes to.

    >>> ranges("Talks were held on May 2. After two weeks, they met again.", dt.date(2023, 6, 14))[1]
    ('After two weeks', '2023-05-16', '2023-05-16')
    >>> ranges("They met from the 3rd to the 5th last month and again after about a month.", dt.date(2024, 9, 23))[1]
    ('after about a month', '2024-08-03', '2024-08-05')

    A count over one in a future clause with no date before it counts from publication, as "in N units" does (the day,
    for months the month, it comes to; dat28b); a past one stays unresolved.

    >>> ranges("After four years, the share is expected to reach $1 billion.", dt.date(2021, 3, 10))
    [('After four years', '2025-03-10', '2025-03-10')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    ahead = None
    if n > 1 and (future or _count_tense(m.string, m.start(), m.end()) == "future") and _ahead_allowed(
            m.string, m.start(), m.end()):
        ahead = partial(_ahead_of, unit=unit, n=n)
    return Anchored(partial(_moved, unit=unit, n=n) if n > 1 else _unmoved, unit=unit, published=ahead)


# what makes a count after "after" in a future clause count from something other than publication (review100 finding
# 3): a modal of report or condition ("said the deal would be reviewed after three years"), or a condition or time
# clause before it ("if the talks fail", "once the deal is signed", "when the deal lapses", "after the vote")
_NOT_FROM_NOW = re.compile(r"\b(?:would|could|might|may|should|(?i:would|could|might)n[’']t)\b")
_EVENT_CLAUSE = re.compile(r"\b(?i:if|once|when|whenever|unless|until|after[ \t]{1,3}the)\b")
# a concession or a habit beside the count ("even after five years", "as they have since 2015")
_EVEN_BEFORE = re.compile(r"\b(?i:even)[ \t]{1,3}\Z")
_SINCE_WORD = re.compile(r"\b(?i:since)\b")


def _ahead_allowed(text: str, start: int, end: int) -> bool:
    """Return whether the count after "after" at ``text[start:end]``, in a future clause with no date before it, may
    count from publication (dat28b): not inside a quotation (said on a day of its own), nor in a sentence with a
    modal of report or condition ("would", "could"), a condition or time clause before the count ("if", "once",
    "when", "after the"), "even" right before it, or "since" after it (a habit) (review100 finding 3).

    >>> t = ("The accord will be reviewed after three years. Kim said it would be reviewed after three years. "
    ...      "Once it is signed, the share will rise after two years.")
    >>> [_ahead_allowed(t, a, a + 17) for a in (t.find("after three"), t.rfind("after three"), t.find("after two"))]
    [True, False, False]
    """
    span = _sentence_span(text, start, end)
    if _quoted(text, start) or _NOT_FROM_NOW.search(text, *span) or _EVENT_CLAUSE.search(text, span.start, start):
        return False
    back = max(span.start, start - win.CLAUSE_OPEN_BACK)
    return _EVEN_BEFORE.search(text, back, start) is None and _SINCE_WORD.search(text, end, span.end) is None


# what opens a clause right before a fronted phrase: a sentence's start, or a comma and a conjunction (", but after")
_CLAUSE_OPENS = re.compile(r"(?:[.!?\n]|,[ \t]{1,3}+(?i:but|and|yet|so|while))[ \t]*+\Z")
_COMMA_NEXT = re.compile(r"[ \t]{0,3},")


def _count_tense(text: str, start: int, end: int) -> str | None:
    """Return the tense of the clause of a count at ``text[start:end]``: when the count is fronted in its clause (it
    opens the sentence, or follows ", but" / ", and", and a comma follows it), the main clause's after that comma
    ("..., but after four years, the share is expected to reach"), not a verb of the clause before; else its own.

    >>> t = "Seoul agreed, but after four years, it will pay more. Seoul agreed to pay more after four years."
    >>> a, b = t.index("after four"), t.rindex("after four")
    >>> _count_tense(t, a, a + 16), _count_tense(t, b, b + 16)
    ('future', 'past')
    """
    opens = start == 0 or _CLAUSE_OPENS.search(text, max(0, start - win.CLAUSE_OPEN_BACK), start) is not None
    comma = _COMMA_NEXT.match(text, end) if opens else None
    if comma is None:
        return clause_tense(text, start, end)
    return clause_tense(text, comma.end(), comma.end(), lo=comma.end())


def _ahead_of(pub: dt.date, unit: str, n: int) -> Period:
    """Return the day ``n`` units after ``pub`` (a count of months: the month), as a period.

    >>> _ahead_of(dt.date(2021, 3, 10), "year", 4), _ahead_of(dt.date(2021, 3, 10), "month", 2).hi
    (Period(lo=datetime.date(2025, 3, 10), hi=datetime.date(2025, 3, 10)), datetime.date(2021, 5, 31))
    """
    r = _counted_to(pub, unit, n)
    return Period(r.lo, r.hi)


# "Shortly before the talks", "right after the meeting": "before X" is X (README); the talks are dated where the text
# tells them (their own sentence after the words, else the latest sentence before that names them with a date)
# (dother52) the bare "since the summit", "after the talks", "during the visit", "before the Hanoi summit" too: dated by
# its own clause (to a comma), else as above, else by the one data/events.csv row of its kind its place word names
_NEAR_EVENT = re.compile(r"\b(?P<adv>(?i:shortly|just|right|soon|immediately)[ \t]{1,3})?"
                         r"(?i:before|after|ahead[ \t]{1,3}of|since|during|following|until|till|at)[ \t]{1,3}"
                         r"(?i:the)[ \t]{1,3}(?:(?P<place>[A-Z][a-z]{2,20})[ \t]{1,3})?"
                         r"(?P<noun>talks|meeting|negotiations|summit|visit|inauguration|G-?20|G-?7)\b")
_KIN = {"talks": r"\b(?:talks|negotiations|round)\b", "negotiations": r"\b(?:talks|negotiations|round)\b",
        "meeting": r"\bmeeting\b", "summit": r"\bsummit\b", "visit": r"\b(?:visits?|visited|trip)\b",
        "election": r"\belections?\b", "inauguration": r"\b(?:inaugurat(?:ion|ed)|sworn[ \t]+in|take[sn]?[ \t]+office"
        r"|took[ \t]+office)\b", "g20": r"\bG-?20\b", "g-20": r"\bG-?20\b", "g7": r"\bG-?7\b",
        "g-7": r"\bG-?7\b"}  # the words that name the same event
_EVENT_KINDS = {"talks": "talks", "negotiations": "talks", "meeting": "meeting", "summit": "summit"}  # events.csv kind
_NEAR_BACK = 2000  # characters read back for the sentence that dated the event
_NEAR_SENTENCES = 8  # sentences read back at most
_DATEISH = re.compile(r"\d|(?i:day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_LOOKING_BACK: list[bool] = [False]  # set while an earlier sentence is read (no nested look back)
# The walks back of _event_dated in the text last read (dlin52): [text, publication day, {kin: (starts in order,
# {start: outcome})}]; a walk that reaches where an earlier one of its kin started takes that one's outcome, so that a
# run of "since the talks" reads each sentence back once, not once for each of the eight triggers after it
_WALKS: list[Any] = [None, None, {}]
# The text :func:`_date_told` last read, its :func:`cased_months` and each answer it gave, by stretch, day, place and
# side (dlin53): a text of many event words read a stretch after or before each through ``find_dates``, which cased
# the whole text again at each (32x the time for 10x the text); the rows matching at one place ("before Election Day",
# "Election Day", "before Election") read the same stretch again
_TOLD: list[Any] = [None, None, {}]


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


def _walks_of(text: str, pub: dt.date, kin: str) -> tuple[list[int], dict[int, tuple[int, ...] | None]]:
    """Return the walks back already made for the event words ``kin`` in ``text`` read on ``pub`` (:data:`_WALKS`):
    their starts in order and each one's outcome; none when the text or the day differs from the last one's.

    >>> _walks_of("Talks ran.", dt.date(2023, 5, 9), "talks")
    ([], {})
    """
    if _WALKS[0] is not text or _WALKS[1] != pub:
        _WALKS[:] = [text, pub, {}]
    return _WALKS[2].setdefault(kin, ([], {}))


def _step_back(text: str, pos: int, limit: int) -> tuple[int, int]:
    """Return where the sentence before ``pos`` (past the blanks before it, not before ``limit``) starts, and where
    it ends within its paragraph and before ``pos``.

    >>> _step_back("Talks ran. Han left.", 11, 0)
    (0, 11)
    """
    p = pos - 1
    while p > limit and text[p].isspace():
        p -= 1
    told = _sentence_span(text, p, p + 1)
    return told.start, _in_paragraph(text, told.start, min(told.end, pos))


@cache
def _event_row(place: str, noun: str) -> Range | None:
    """Return the days of the one data/events.csv row of the kind ``noun`` names whose place or title holds the word
    ``place`` ("the Hanoi summit", "the Stockholm talks"); None when no row or several do (dother52).

    >>> _event_row("Hanoi", "summit"), _event_row("Hanoi", "talks"), _event_row("Seoul", "meeting")
    (Range(lo=datetime.date(2019, 2, 27), hi=datetime.date(2019, 2, 28), form='range'), None, None)
    """
    kind = _EVENT_KINDS.get(noun)
    rows = [r for r in check_table("events").dicts()
            if r["kind"] == kind and place in _CAP_WORD.findall(f"{r['place']} {r['title']}")]
    if len(rows) != 1:
        return None
    return Range(dt.date.fromisoformat(rows[0]["start"]), dt.date.fromisoformat(rows[0]["end"]), "range")


def _in_paragraph(text: str, start: int, end: int) -> int:
    """Return ``end`` cut at the first line break after ``start`` (a sentence read within its paragraph).

    >>> _in_paragraph("Talks ran.\\n\\nThen", 0, 16)
    10
    """
    cut = text.find("\n", start, end)
    return end if cut < 0 else cut


def _date_told(text: str, pub: dt.date, start: int, end: int, at: int, last: bool = False) -> Range | None:
    """Return the first resolved date of ``text[start:end]`` that begins after ``at`` (the ``last`` one), else the
    last one before it. Each answer is kept for the text (:data:`_TOLD`): the rows of one place ask it again.

    >>> t = "Talks began on Monday and ended on Tuesday."
    >>> _date_told(t, dt.date(2023, 3, 10), 0, len(t), 0).lo, _date_told(t, dt.date(2023, 3, 10), 0, len(t), 0, True).lo
    (datetime.date(2023, 3, 6), datetime.date(2023, 3, 7))
    """
    if not _DATEISH.search(text, start, end):
        return None  # no digit, day, month or unit word: no date to read (cheap test before reading the sentence)
    if _TOLD[0] is not text:  # the whole text's months cased once, not once a look (dlin53: 32x for 10x the text)
        _TOLD[:] = [text, cased_months(text), {}]
    if (key := (pub, start, end, at, last)) in _TOLD[2]:
        return _TOLD[2][key]
    _LOOKING_BACK[0] = True
    try:
        found = find_dates(text, pub, start, end, cased=_TOLD[1])
    finally:
        _LOOKING_BACK[0] = False
    values = [(s, v) for s, _, _, v in found if v.get("start")]
    after = [v for s, v in values if s >= at]
    chosen = after[-1 if last else 0] if after else values[-1][1] if values else None
    told = None if chosen is None else Range(dt.date.fromisoformat(chosen["start"]),
                                             dt.date.fromisoformat(chosen["end"]), "range")
    _TOLD[2][key] = told
    return told


def _rest_of_unit(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return "the rest of the year" (month, week): the rest of the unit after the date told before it in its
    paragraph, as "later that year" ("funding through March 31 but a deficit for the rest of the year": April to
    December), else after publication; "the rest of this year" is publication's, from the day after it.

    >>> ranges("Funds run through March 31, with a gap for the rest of the year.", dt.date(2020, 10, 16))
    [('March 31', '2021-03-31', '2021-03-31'), ('the rest of the year', '2021-04-01', '2021-12-31')]
    >>> ranges("Work will halt for the rest of this month.", dt.date(2021, 7, 15))
    [('the rest of this month', '2021-07-16', '2021-07-31')]
    """
    unit = m["unit"].lower()
    if m["this"]:
        return Range(*_part_beside(pub, pub, unit, "later"), "relative")
    return Anchored(partial(_part_beside, unit=unit, pre="later"), or_published=True, unit=unit)


def _part_beside(lo: dt.date, hi: dt.date, unit: str, pre: str) -> Period:
    """Return the part of the anchor's ``unit`` before the anchor ("earlier in the month") or after it ("later").

    >>> [(v["start"], v["end"]) for *_, v in find_dates("Earlier in the month, talks ended.", dt.date(2020, 8, 21))]
    [('2020-08-01', '2020-08-20')]
    >>> _part_beside(dt.date(2020, 8, 21), dt.date(2020, 8, 21), "year", "later")
    Period(lo=datetime.date(2020, 8, 22), hi=datetime.date(2020, 12, 31))
    >>> _part_beside(dt.date(2018, 7, 1), dt.date(2018, 7, 31), "month", "later")
    Period(lo=datetime.date(2018, 7, 1), hi=datetime.date(2018, 7, 31))
    """
    first, last = _unit_period(lo, unit).lo, _unit_period(hi, unit).hi
    if pre in {"early", "late"}:  # "late in the year": a part of the whole unit, as "late last year" is
        return _year_part(first.year, pre) if unit == "year" else _unit_part(first, last, unit, pre)
    if pre == "earlier":  # an anchor from the unit's first day on ("In July, ... Earlier that month"): its own span
        return Period(first, lo - dt.timedelta(days=1)) if lo > first else Period(first, hi)
    # an anchor reaching the unit's last day ("in July 2018. Later that month"): no day after it, its span (dfix50)
    return Period(hi + dt.timedelta(days=1), last) if hi < last else Period(lo, last)


def _unit_part(lo: dt.date, hi: dt.date, unit: str, pre: str) -> Period:
    """Return the early, middle or late part of a week (Monday to Wednesday, Wednesday and Thursday, Thursday to
    Sunday) or of a month (thirds).

    >>> _unit_part(dt.date(2019, 11, 11), dt.date(2019, 11, 17), "week", "late")
    Period(lo=datetime.date(2019, 11, 14), hi=datetime.date(2019, 11, 17))
    >>> _unit_part(dt.date(2019, 11, 1), dt.date(2019, 11, 30), "month", "early")
    Period(lo=datetime.date(2019, 11, 1), hi=datetime.date(2019, 11, 10))
    """
    if unit != "week":
        return _part(lo, hi, pre)
    if pre.startswith("earl"):  # "early", "earlier"
        return Period(lo, lo + dt.timedelta(days=2))
    if "mid" in pre:
        return Period(lo + dt.timedelta(days=2), lo + dt.timedelta(days=3))
    return Period(lo + dt.timedelta(days=3), hi)


def _year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a year written alone ("in 2026"), or with Korean's year suffix ("2026년", in a Korean headline; dat28b).

    >>> ranges("협정, 2026년에 인상될 예정", dt.date(2024, 10, 4)), ranges("2026명", dt.date(2024, 10, 4))
    ([('2026년', '2026-01-01', '2026-12-31')], [])
    """
    if _first_of_counts(m.string, m.start("y"), m.end("y")):
        return None
    lo, hi = _year_part(int(m["y"]), m["mod"] or m["mod2"] or "")
    return Range(lo, hi, "absolute")


# plural nouns of things counted, which a number right before names a count of, not a year ("3000 workers")
_COUNTED_NOUNS = frozenset({"workers", "troops", "soldiers", "people", "employees", "personnel", "staff", "members",
                            "protesters", "demonstrators", "residents", "students", "civilians", "jobs", "units",
                            "votes", "seats", "tons", "marines", "sailors", "officers", "families", "households",
                            "participants", "visitors", "vehicles", "won", "dollars", "yen"})
_NOUN_AFTER = re.compile(r"[ \t]{1,3}([a-z]{2,20})\b(?:[ \t]{1,3}([a-z]{2,20})\b)?", re.IGNORECASE)
_PAIR_HEAD = re.compile(r"\b(?i:between|from)[ \t]{1,3}\Z")
_PAIR_TAIL = re.compile(r"[ \t]{1,3}(?i:and|to|through)[ \t]{1,3}\d{1,3}(?:,\d{3}|\d{1,3})?\b")


def _counts_after(text: str, end: int) -> bool:
    """Return whether the words right after a number ending at ``end`` name things counted ("3000 workers", "3000
    local workers"): the number is a count, not a year. A capitalised word before the noun ("2018 U.S. troops") or a
    determiner leaves the number a year.

    >>> t = "Between 2000 and 3000 local workers, 2018 U.S. troops, 2018 the troops"
    >>> _counts_after(t, 21), _counts_after(t, 40), _counts_after(t, 58)
    (True, False, False)
    """
    m = _NOUN_AFTER.match(text, end)
    if m is None:
        return False
    first, second = m[1], (m[2] or "").lower()
    if first.lower() in _COUNTED_NOUNS:
        return True
    if _measured_in(first, second) and _year_like(text, end):  # span52: "2019 in won terms": the year's currency
        return False
    return first.islower() and first not in _DETERMINERS and second in _COUNTED_NOUNS


# currencies among the counted nouns, which "in" before names the measure of a year's sum, not things counted
_MEASURE_CURRENCIES = frozenset({"won", "dollars", "yen"})


def _measured_in(first: str, second: str) -> bool:
    """Return whether the two words after a number are "in" and a currency ("2019 in won terms", "2019 in dollars"):
    the sums of that year told in that currency, no count of it (span52).

    >>> _measured_in("in", "won"), _measured_in("In", "dollars"), _measured_in("local", "workers")
    (True, True, False)
    """
    return first.lower() == "in" and second in _MEASURE_CURRENCIES


def _year_like(text: str, end: int) -> bool:
    """Return whether the number ending at ``end`` is four digits a year of the story's era could be (1945-2100):
    "between 2000 and 3000 in won" stays a pair of sums (review52p).

    >>> t = "between 2005 and 2019 in won; between 2000 and 3000 in won"
    >>> _year_like(t, 21), _year_like(t, 50)
    (True, False)
    """
    num = text[max(0, end - 4):end]
    return (len(num) == 4 and num.isdigit() and (end < 5 or not text[end - 5].isdigit())
            and 1945 <= int(num) <= 2100)


def _first_of_counts(text: str, start: int, end: int) -> bool:
    """Return whether the number ``text[start:end]`` opens a pair of counts ("between 2000 and 3000 workers",
    "from 2000 to 2500 employees"): what follows the pair decides, not the number's look of a year.

    >>> t = "Between 2000 and 3000 workers left in 2019 and 2020 workers"
    >>> _first_of_counts(t, 8, 12), _first_of_counts(t, 38, 42)
    (True, False)
    """
    if not _PAIR_HEAD.search(text, max(0, start - 12), start):
        return False
    tail = _PAIR_TAIL.match(text, end)
    return tail is not None and _counts_after(text, tail.end())


def _range(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from 2014 to 2018", "2019-20": the years from the first to the second. One printed with "from" or
    "between" that ends before it starts ("from 2026 to 2023") is kept as one span, start after end: unresolved.
    Two years joined by a word with neither ("in 2021 through 2025", "in 2022 to 2025") are a range as "from ... to"
    gives, unless :func:`_no_bare_pair` (dfix37).

    >>> ranges("Seoul pays more in 2022 to 2025 but raised it in 2021 to 2024's level.", dt.date(2021, 3, 10))[:2]
    [('in 2022 to 2025', '2022-01-01', '2025-12-31'), ('in 2021', '2021-01-01', '2021-12-31')]
    >>> got = find_dates("It runs from 2026 to 2023.", dt.date(2024, 1, 1))
    >>> [(x, v["start"], v.get("unresolved")) for *_, x, v in got]
    [('from 2026 to 2023', None, 'the range as printed ends before it starts')]
    """
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if m["from"] and (_counts_after(m.string, m.end()) or _moved_pair(m)):
        return None  # "between 2010 and 2020 soldiers": a count; "delayed from 2020 to 2021": two points (dfix50)
    if not m["from"] and _no_bare_pair(m.string, m.start(), m.end(), m["sep"]):
        return None  # "raised it in 2021 to 2025's level", "moved the vote in 2019 to 2020": no range
    if m["sep"].strip().lower() == "and" and (m["from"] or "").lower() != "between":
        return None
    if m["from"] and len(m["y2"]) == 4 and y2 < y1:
        return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range")
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range")


_PAIR_BACK = 60  # characters read back from a bare pair of dates for a verb whose goal its "to" may be
# a possessive or a noun of measure right after a date ("2025's level", "2019 levels"): the date qualifies it
_POSSESSIVE_OR_LEVEL = re.compile(r"['’]s\b|[ \t]{1,3}(?i:levels?|rates?|figures?|prices?|standards?)\b")


def _no_bare_pair(text: str, start: int, end: int, sep: str | None) -> bool:
    """Return whether two dates ``text[start:end]`` joined with no "from"/"between" by a word (``sep``: "to",
    "through", "until") are no range: the second is a possessive or qualifies a noun of measure ("to 2025's
    level", "to 2025 levels"), or, joined by "to", the clause before holds a verb of moving or changing
    (:data:`_MOVED_OR_CHANGED`), whose goal the "to" names. A dash, or "through" after any other verb, joins them.

    >>> t = "Seoul raised it in 2021 to 2025 levels; the vote moved in March to May; they meet in 2021 to 2023."
    >>> [_no_bare_pair(t, t.index(a), t.index(a) + len(a), "to") for a in ("in 2021 to 2025", "in March to May",
    ...                                                                   "in 2021 to 2023")]
    [True, True, False]
    """
    if sep is None or not sep.strip().isalpha():
        return False
    if _POSSESSIVE_OR_LEVEL.match(text, end):
        return True
    if sep.strip().lower() != "to":
        return False
    words = _clause_of(_TOKEN.findall(text, max(0, start - _PAIR_BACK), start), True)
    return any(w.lower() in _MOVED_OR_CHANGED for w in words)


def _decade(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a decade, or its early (years 0-3), middle (4-6) or late (7-9) part ("the early 1990s").

    >>> t = "in the early 1990s and the mid-2000s"
    >>> ranges(t, dt.date(2024, 1, 1))
    [('the early 1990s', '1990-01-01', '1993-12-31'), ('the mid-2000s', '2004-01-01', '2006-12-31')]
    """
    d0 = int(m["d"])
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m["mod"] or "").lower(), (0, 9))
    return Range(dt.date(d0 + first, 1, 1), dt.date(d0 + last, 12, 31), "absolute")


_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # the other characters re.IGNORECASE matches to a letter


def _cased_first(alts: str) -> str:
    """Return the alternation ``alts`` (read under re.IGNORECASE) with each alternative that opens with a letter
    opened instead by a case-sensitive class of the characters that letter matches: the same matches, but ``re``
    skips an alternative whose first character is not in its class in one test, without entering it (a case-folding
    literal it must enter, one alternative after another, at each place tried).

    >>> _cased_first(r"in|on\\s+(?:a|b)|(?:x)?y|\\|")
    '(?-i:[iI\u0130\u0131])n|(?-i:[oO])n\\\\s+(?:a|b)|(?:x)?y|\\\\|'
    >>> [bool(re.fullmatch(_cased_first("in|on"), w, re.I)) for w in ("IN", "\u0130n", "On", "an")]
    [True, True, True, False]
    """
    parts, depth, i, last = [], 0, 0, 0
    while i < len(alts):
        c = alts[i]
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(alts[last:i])
            last = i + 1
        i += 2 if c == "\\" else 1
    parts.append(alts[last:])
    return "|".join(f"(?-i:[{p[0].lower()}{p[0].upper()}{_FOLDS.get(p[0].lower(), '')}]){p[1:]}"
                    if p[:1].isascii() and p[:1].isalpha() else p for p in parts)


_MONTH_MODS = _cased_first(
    rf"{_TWO_PARTS_MOD}|{_HALF_MOD}|early\s+in|late\s+in|earlier\s+in|later\s+in|in\s+early|in\s+late|in\s+mid-?|mid-|early|late|in|on|during"
    r"|since|until|till|through|by|from|before|after|last|next|this\s+past|this\s+coming|this|for"
    r"|(?:at\s+|)the\s+(?:end|beginning|start|middle)\s+of|the|any|an|a"
    r"|(?:the\s+)?(?:first|final|last|opening|closing)\s+(?:few\s+)?(?:days|weeks)\s+of"  # see _late_part
    r"|(?:in\s+|during\s+|)the\s+latter\s+part\s+of"
    r"|as\s+(?:early|late|soon)\s+as|(?:no\s+|not\s+|)(?:earlier|later|sooner)\s+than|around"
    r"|as\s+of"  # "738 billion won as of April": the month a figure stands at (dfix42)
)
# _MON for a pattern read under re.IGNORECASE, where the lookahead at the first letter passes lowercase letters too: a
# lookahead at the first two ("Ja", "Fe", "Ma", "Ap", "Ju", "Au", "Se", "Oc", "No", "De") and each name opened by a
# case-sensitive class (see _cased_first)
_MON_I = rf"(?=[JFMASOND][ACEOPU])(?P<mon>(?:{_cased_first(_FULL_MONTHS)})\b|(?:{_cased_first(_ABBR_MONTHS)})(?:\.|\b))"
_MODS_FIRST = "(?=[abcdefilmnostu])"  # the first letters of _MONTH_MODS: a word that starts none is tried no further
# a bound or an approximation before a month ("as early as March", "no later than June", "around May"): the whole
# month, not its early or late part
_BOUND_MODS = frozenset({"as early as", "as late as", "as soon as", "earlier than", "later than", "sooner than",
                         "no earlier than", "no later than", "no sooner than", "not earlier than", "not later than",
                         "around"})
def _opening(pattern: str, word: str) -> Trigger:
    """Return the cheap trigger of ``pattern`` whose every hit opens with ``word`` (its one anchor, at offset 0).

    >>> list(_opening(r"ago\\b", "ago").spans("a year ago, agog"))
    [(7, 10)]
    """
    return Trigger(re.compile(pattern), ((word, 0),))


# Cheap triggers: each detailed pattern runs only near their hits (see analysis.extract.scan).
# Each names anchors: (literal, offset) pairs, one of which every hit holds (found with str.find).
_DIGITS_12 = (("1", 0), ("2", 0))
_UNITS = (("week", 0), ("month", 0), ("year", 0), ("decade", 0))
_UNIT_WORDS = (("day", 0), ("week", 0), ("month", 0), ("year", 0))
_T_MONTH = Trigger(  # a whole word: every pattern's month name ends at a word's end ("Mar." yes, "Market" no)
    re.compile(rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b"),
    tuple((m[:3], 0) for m in _FULL_MONTHS.split("|")),  # every month name starts with its abbreviation
)
_T_MONTH_DAY = Trigger(  # a month name and a day after it ("Nov. 20"): what the month-day patterns hold
    re.compile(rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b(?:\.?\s+|\.)\d"), _T_MONTH.anchors  # "Nov.19": no space
)
_POS_OF = ("end", "beginning", "start", "middle", "close", "turn")
_T_END_OF = Trigger(  # "the end of ...": hit at its first word, in any of three cases
    re.compile(rf"(?i:{'|'.join(_POS_OF)})\s+(?i:of)\b"),
    tuple((c(w), 0) for w in _POS_OF for c in (str.lower, str.capitalize, str.upper)),
)
_T_ISO = Trigger(re.compile(r"[12]\d{3}-"), _DIGITS_12)
_T_NUMERIC = Trigger(re.compile(r"[-/.]20\d\d"), (("-20", 0), ("/20", 0), (".20", 0)))  # "09-07-2025": its year
_T_ON_THE = Trigger(re.compile(r"[Oo]n the \d"), (("n the ", 1),))
# "2019.11.20", "2019. 11. 20.": a date written year first with dots, as Korean pages print it (dfix38); not a
# number with more dots or digits around it
_DOTTED_DATE = re.compile(r"(?<![\w$.,/-])(?P<y>(?:19|20)\d\d)\.[ \t]?(?P<m>0?[1-9]|1[0-2])\.[ \t]?"
                          r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\w%]|[.,]\d)")
_T_DOTTED = Trigger(re.compile(r"(?:19|20)\d\d\.[ \t]?\d"), (("19", 0), ("20", 0)))
_T_DAY_ORDINAL = Trigger(re.compile(r"\d(?:st|nd|rd|th)\b"), tuple((str(k), 0) for k in range(10)))  # "the 18th"
_T_WEEKDAY = Trigger(re.compile(_WEEKDAY_ALT), tuple((d, 0) for d in WEEKDAYS))
# a unit in lower case, or capitalised in a title-case headline ("Talks Resume Next Week")
_T_UNIT = Trigger(re.compile(r"[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade"), (*_UNITS, *((u.title(), 0) for u, _ in _UNITS)))
_T_YEAR_WORD = Trigger(re.compile(r"[Yy]ear"), (("Year", 0), ("year", 0)))
_T_DECADE_WORD = Trigger(re.compile(r"[Dd]ecade"), (("Decade", 0), ("decade", 0)))  # "a decade earlier" (dfix50)
_T_DEICTIC = Trigger(
    re.compile(r"[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|night|morning|afternoon|evening"),
    (("oday", 1), ("esterday", 1), ("omorrow", 1), ("night", 2), ("night", 0), ("morning", 0), ("afternoon", 0),
     ("evening", 0)),
)
_T_AGO = _opening(r"ago\b", "ago")
_T_FROM_NOW = _opening(r"from\s+(?:now|today|tomorrow)\b", "from")
_T_YEAR = Trigger(re.compile(r"[12]\d{3}"), _DIGITS_12)
_T_DECADE = Trigger(re.compile(r"\d0s\b"), (("0s", 1),))
_T_WEEKEND = _opening(r"weekend\b", "weekend")
_T_ANY_WEEKEND = Trigger(re.compile(r"[Ww]eekend\b"), (("weekend", 0), ("Weekend", 0)))  # a headline's "Over Weekend"
_T_SEASON = Trigger(
    re.compile(r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"),
    (("pring", 1), ("ummer", 1), ("utumn", 1), ("all", 1), ("inter", 1)),
)
_T_PART = Trigger(re.compile(r"half|quarter"), (("half", 0), ("quarter", 0)))
_T_DAY_UNIT = Trigger(re.compile(r"(?<![A-Za-z])(?:day|week|month|year)s?\b"), _UNIT_WORDS)  # not "Friday"
_T_ONWARD = _opening(r"onwards?\b", "onward")
_T_TWO_STEPS = Trigger(re.compile(r"(?i:before|after)\s+the\s"), (("before", 0), ("after", 0)))
_T_OFFICE = _opening(r"office\b", "office")
_T_SINCE = Trigger(re.compile(r"[Ss]ince\b"), (("ince", 1),))
_T_ELECTION = _opening(r"elections?\b", "election")
# not after a count with no number ("just days before the election", "weeks after taking office": no item, README)
_NO_VAGUE_COUNT = "".join(rf"(?<!{u}[ \t])" for u in ("days", "weeks", "months", "years", "hours"))
_T_TAKING = Trigger(re.compile(r"(?:taking|assuming|entering|returning|coming)\s"),
                    tuple((w, 0) for w in ("taking", "assuming", "entering", "returning", "coming")))
_T_ELECTION_WORD = Trigger(re.compile(r"[Ee]lections?\b"), (("lection", 1),))  # a title-case headline too
# a holiday after a preposition: "by Thanksgiving", "on Memorial Day", "on the Fourth of July"; a lunar one ("over
# Chuseok", "before the Lunar New Year holiday": data/lunar_holidays.csv). Not a name ("at Christmas Island", "on
# Independence Day Parade Road"), nor another country's day ("on Canada's Independence Day": no preposition before)
# a noun a holiday's name qualifies ("the Christmas party", "this Thanksgiving season"): a thing, not the day
_HOLIDAY_NOUN = (r"[ \t]+(?:party|parties|season|card|cards|tree|trees|dinner|dinners|gift|gifts|message|messages"
                 r"|shopping|sales?|market|markets|present|presents|carols?|break|rush|travel|truce|special|lights)\b")
# a holiday's name: a US or Korean one of fixed rule (``_HOLIDAYS``: "Independence Movement Day", "Easter Sunday", "the
# Christmas holiday"), or a lunar one (data/lunar_holidays.csv); a capitalised word after it makes it part of a name
# ("Christmas Island"), but not a weekday ("began the Chuseok holiday Wednesday": dfix41)
_HOLIDAY_NAME = (
    r"(?:(?P<hol>(?:the\s+)?(?:Christmas|Thanksgiving)\s+(?:holidays?|break)|Thanksgiving(?:\s+Day)?"
    r"|Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Day|Eve)|New\s+Year['’]s(?![ \t]+\w)"
    r"|(?:the\s+(?P<nth>\d{1,3}(?:st|nd|rd|th))\s+)?Memorial\s+Day|Labou?r\s+Day"  # "the 69th": dates52
    r"|Presidents['’]?\s+Day|President['’]s\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day"  # fix51d3
    r"|Juneteenth(?:\s+Day)?|Columbus\s+Day|Hang(?:eu|u)l\s+Day|Valentine['’]s\s+Day"  # fix51d3
    r"|Veterans?['’]?\s+Day|Independence\s+Movement\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July"
    r"|Liberation\s+Day|National\s+Foundation\s+Day|Samiljeol|Gaecheonjeol|Easter(?:\s+Sunday|(?![ \t]+Monday)))"
    r"|(?P<lunar>(?:the\s+)?(?:Chuseok|Seollal|Lunar\s+New\s+Year)(?:\s+(?:holidays?|Day)|['’]s\s+Day)?))\b"
    rf"(?![ \t]+(?!(?:{_WEEKDAY_ALT})\b)[A-Z])")
_HOLIDAY_AFTER = re.compile(
    r"\b(?:(?i:by|until|till|before|after|since|on|at|over|during|through|throughout|into|for|around|ahead\s+of)\s+"
    r"(?:(?P<which>(?i:last|this))\s+)?"
    r"|(?<![Tt]he\s)(?P<which2>(?i:last|this))\s+)"  # "last Christmas": dfix38
    r"(?:(?:South[ \t]+)?Korea['’]s[ \t]+"  # "after Korea's Chuseok holiday" (dother52)
    r"|(?:the[ \t]+)?Korean[ \t]+(?=Thanksgiving\b|Memorial\b))?"  # "the Korean Thanksgiving holiday" (dates52)
    r"(?:the[ \t]+(?=[A-Z][\w'’ \t]{2,30}?[ \t]weekend\b))?"  # "over the Labor Day weekend" (dfix41)
    rf"{_HOLIDAY_NAME}(?P<wkend>[ \t]+weekend\b)?"
    rf"(?(which)(?!{_HOLIDAY_NOUN})|(?(which2)(?!{_HOLIDAY_NOUN})))")  # not "this Christmas season"
# "the Monday after Thanksgiving", "the day before Christmas Eve": a day beside a holiday (dfix41)
_DAY_BY_HOLIDAY = re.compile(rf"\b(?:[Tt]he\s+)(?P<wd>{_WEEKDAY_ALT}|day)\s+(?P<dir>after|before)\s+{_HOLIDAY_NAME}")
# "a week after Thanksgiving", "two weeks before Christmas": a count from a holiday (dfix43)
_COUNT_BY_HOLIDAY = re.compile(
    rf"\b(?<![\d.,])(?P<n>{_NUM})\s+(?P<unit>(?i:days?|weeks?|months?))\s+(?P<dir>after|before)\s+{_HOLIDAY_NAME}")
_HOLIDAY_WORDS = ("Thanksgiving", "Christmas", "New", "Memorial", "Labor", "Labour", "Veterans", "Veteran",
                  "Independence", "Fourth", "Liberation", "Chuseok", "Seollal", "Lunar", "National", "Samiljeol",
                  "Gaecheonjeol", "Easter", "Presidents", "President's", "President’s", "King", "MLK", "Juneteenth",
                  "Columbus", "Hangeul", "Hangul", "Valentine")  # (the last ten: fix51d3)
_T_HOLIDAY = Trigger(re.compile("|".join(_HOLIDAY_WORDS)), tuple((w, 0) for w in _HOLIDAY_WORDS))
# a holiday with no preposition before it (dfix41): the object of a verb that keeps or spends it ("marked Independence
# Movement Day", "began the Chuseok holiday Wednesday", "are enjoying the Lunar New Year holiday"), a weekday's
# apposition ("took effect Thursday, New Year's Day"), or a roundup's label opening a line ("Thanksgiving: troops ...");
# not a name a noun follows ("hosted an Independence Day reception", "sent Chuseok gifts": a thing, not the day)
_ED, _E = ("", "s", "ed", "ing"), ("e", "es", "ed", "ing")  # the endings of a verb's forms
_HOLIDAY_VERBS = tuple(v + e for v, ends in (("mark", _ED), ("celebrat", _E), ("observ", _E), ("enjoy", _ED),
                                             ("spen", ("d", "ds", "t", "ding")), ("beg", ("in", "ins", "an", "inning")),
                                             ("start", _ED), ("commemorat", _E))
                       for e in ends)
# the words that may follow a holiday standing with no preposition: none that makes it a noun's qualifier
_HOLIDAY_BARE_NEXT = r"(?:on|in|at|and|or|but|with|this|next|last|as|to|for|from|when|while|which|was|is|by|amid)\b"
# (it opens with "\b(?=[A-Zt])", which every match meets, a holiday's name opening with "the" or a capital after a
# space, a line break or the text's start: a place that fails it is left before the forty look-behinds are tried)
_HOLIDAY_BARE = re.compile(
    r"\b(?=[A-Zt])(?:" + "|".join(rf"(?<=\b{v} )" for v in _HOLIDAY_VERBS) + "|"
    + "|".join(rf"(?<={w}, )" for w in WEEKDAYS)
    + rf"|(?P<label>(?<![^\n])))(?:(?:South[ \t]+)?Korea['’]s[ \t]+)?(?:{_HOLIDAY_NAME})"  # "marking Korea's": dates52
    rf"(?(label)(?=[ \t]*+:)|(?![ \t]+(?!{_HOLIDAY_BARE_NEXT})[a-z]))")
# a holiday given as time off (fix51d3): the object of "get", "have", "take" or "give" with "off" right after it ("will
# get Thanksgiving off next week", "had Labor Day off", "were given Chuseok off"), "off" ending its clause or before
# a date's or a clause's word ("on", "next", "and", "work"); not "off to" ("got the Christmas season off to a
# start"), "off the" ("take Christmas off the calendar"), "off his chest", nor a name a noun follows
_HOLIDAY_OFF_VERBS = (*_OFF_PRESENT_VERBS, "got", "gotten", "getting", "had", "having", "took", "taken", "taking",
                      "gave", "given", "giving")  # the present forms, then the others
_HOLIDAY_OFF = re.compile(
    r"\b(?=[A-Zt])(?:" + "|".join(rf"(?<=\b{v} )" for v in _HOLIDAY_OFF_VERBS) + rf")(?:{_HOLIDAY_NAME})"
    r"(?=[ \t]{1,3}off(?:[.,;:!?)]|\Z|[ \t]{1,3}(?:on|this|next|last|in|and|but|for|from|work|as|when|while|with"
    r"|because|so)\b))")
# a holiday told by a possessive year from publication: "last year's Chuseok holiday", "this year's Christmas" (dates52;
# read by :func:`_holiday_of_year` only before a mark, a word that may follow a holiday standing alone or a verb)
_HOLIDAY_OF_YEAR = re.compile(rf"\b(?P<ry>(?i:last|this|next))[ \t]{{1,3}}year['’]s[ \t]{{1,3}}{_HOLIDAY_NAME}"
                              rf"(?P<wkend>[ \t]+weekend\b)?")
_T_TERM = Trigger(re.compile(r"term\b|presidency\b|tenure\b|(?<=time in )office\b|(?<=years in )office\b"
                             r"|(?<=years as )[Pp]resident\b|(?<=in the )White House\b"),
                  (("term", 0), ("presidency", 0), ("tenure", 0), ("office", 0), ("resident", 1), ("White House", 0)))
_T_SERVED = Trigger(re.compile(r"office\b|president\b"), (("office", 0), ("president", 0)))
_CAP = r"[A-Z][\w.-]{0,30}"  # a capitalised word (bounded: the scan stays linear)
# a word of a name before its last ("Donald J. Trump's", "Moon Jae-in's"): capitalised, and not the last word of a
# sentence before it ("... the White House. Under Trump's presidency": "House." ends in two small letters and a stop)
_NAME_WORD = rf"{_CAP}(?<![a-z][a-z]\.)"


@dataclass(frozen=True, eq=False)
class _Narrowed(Trigger):
    """The hits of ``base`` a pattern can cover: ``at`` (if given) matches at the hit and, if ``before`` is given,
    the words before the hit (nearest first, each across one run of whitespace) end with what each of ``before``
    finds there (see :class:`_WordBefore`). Each test reads only what every covering match consumes (no
    lookahead past it), so the matches ``scan`` yields are the same, found with fewer windows: "this year" is no
    hit for "the year before", "years of" none for "two years later".

    >>> t = _Narrowed(_T_DAY_UNIT.pattern, (), _T_DAY_UNIT, re.compile(r"day\\b"), (_word_before("the"),))
    >>> s = "the day, a day, the  day, the days"
    >>> list(t.spans(s)), len(_T_DAY_UNIT.spans(s))
    ([(4, 7), (21, 24)], 4)
    """

    base: Trigger | None = None
    at: re.Pattern[str] | None = None
    before: tuple[_WordBefore, ...] = ()

    def spans(self, text: str, start: int = 0, end: int | None = None, found: dict[Any, Any] | None = None) -> Hits:
        """Return the base trigger's hits in ``text[start:end]`` that pass both tests (cached in ``found``)."""
        end = len(text) if end is None else end
        found = {} if found is None else found
        if self in found:
            return found[self]
        assert self.base is not None
        base, before = self.base.spans(text, start, end, found), self.before
        if not base.starts:  # (an array's truth, in C: no call of ``Hits.__len__``)
            found[self] = base  # no hit to narrow: the base's (empty, never changed) hits
            return base
        starts = base.starts
        keep: Sequence[int] = range(len(base))
        if before:  # the nearest word read for all hits at once, each farther one by _words_before
            firsts = _firsts(text, base, start, found, self.base, before[0])
            keep = [i for i in keep if firsts[i] >= 0]
            if len(before) > 1:
                keep = [i for i in keep if _words_before(text, firsts[i], start, before[1:])]
        if self.at is not None:
            at = self.at.match
            keep = [i for i in keep if at(text, starts[i], end) is not None]
        out = found[self] = Hits.of(base, keep)
        return out


def _firsts(text: str, hits: Hits, start: int, found: dict[Any, Any], base: Trigger, test: _WordBefore) -> list[int]:
    """Return ``test.starts`` of the whitespace runs before ``hits`` (see ``_spaced``), found once for the hits of
    ``base`` and a test (kept in ``found``) and read by each narrowing of that base with that nearest word (equal tests
    give equal answers: a test is a pure function of its fields).

    >>> t, found = "the day, a day", {}
    >>> a = _firsts(t, _T_DAY_UNIT.spans(t), 0, found, _T_DAY_UNIT, _word_before("the"))
    >>> a, _firsts(t, _T_DAY_UNIT.spans(t), 0, found, _T_DAY_UNIT, _word_before("the")) is a
    ([0, -1], True)
    """
    key = (base, test)
    if key not in found:
        found[key] = test.starts(text, _spaced(text, hits, start, found, base), start)
    return found[key]


def _spaced(text: str, hits: Hits, start: int, found: dict[Any, Any], base: Trigger) -> array:
    """Return where the run of whitespace before each of ``hits`` starts (-1: none), found once for the hits of
    ``base`` (kept in ``found``) and read by each narrowing of it.

    >>> list(_spaced("a day,  day", _T_DAY_UNIT.spans("a day,  day"), 0, {}, _T_DAY_UNIT))
    [1, 6]
    """
    key = (base, " ")
    if key not in found:
        runs = found[key] = array("q")
        for s in hits.starts:
            k = s
            while k > start and text[k - 1].isspace():
                k -= 1  # a whitespace run belongs to one hit: each character read once
            runs.append(k if k < s else -1)
    return found[key]


@dataclass(frozen=True)
class _WordBefore:
    """What the text up to a place must end with: ``search`` (``(?:word)\\Z``, case-insensitive) found in the
    ``reach`` characters before it. When the word is plain alternatives ("the|this", "\\d\\d|Jan\\."), ``behind``
    holds a lookbehind for each, widest first (``widths``), matched at the place: the same answer, found without a
    search.

    >>> w = _word_before("the|that")
    >>> [w.start("in that", 7, 0), w.start("bathe", 5, 0), w.start("this", 4, 0), w.start("a the", 5, 3)]
    [3, 2, -1, -1]
    """

    search: re.Pattern[str]
    reach: int
    behind: re.Pattern[str] | None = None
    widths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.search, self.reach, self.behind, self.widths)))

    def __hash__(self) -> int:  # the dataclass's own hash, made once (a key of each stretch's cache: speed52)
        return self._hash  # type: ignore[attr-defined, no-any-return]

    def start(self, text: str, k: int, lo: int) -> int:
        """Return where the word that ends at ``k`` (and starts at ``lo`` or after) starts, or -1 if there is none."""
        if self.behind is not None and k - self.widths[0] >= lo:  # the leftmost start: the widest word that fits
            found = self.behind.match(text, k)
            return -1 if found is None or found.lastindex is None else k - self.widths[found.lastindex - 1]
        m = self.search.search(text, max(lo, k - self.reach), k)
        return -1 if m is None else m.start()

    def starts(self, text: str, places: Sequence[int], lo: int) -> list[int]:
        """Return ``start(text, k, lo)`` for each ``k`` of ``places`` (-1 for a place of -1): one call for the hits
        of a trigger, the lookbehinds matched in a loop with no method call a hit.

        >>> _word_before("the|that").starts("in that, bathe", [7, -1, 14], 0)
        [3, -1, 11]
        """
        if self.behind is None:
            return [-1 if k < 0 else self.start(text, k, lo) for k in places]
        match, widths, widest, out = self.behind.match, self.widths, self.widths[0], []
        add = out.append
        for k in places:
            if k - widest >= lo:  # (most places; never -1, as ``lo`` >= 0)
                m = match(text, k)
                add(-1 if m is None or m.lastindex is None else k - widths[m.lastindex - 1])
            else:
                add(-1 if k < 0 else self.start(text, k, lo))
        return out


def _word_before(word: str, reach: int = 12) -> _WordBefore:
    """Return the test that the text up to a place ends with ``word`` (a regex read case-insensitively) in the
    ``reach`` characters before it (see :class:`_WordBefore`).

    >>> _word_before("the|following").widths, _word_before(r"\\d\\d|Jan\\.").widths, _word_before(r"\\d+").behind
    ((9, 3), (4, 2), None)
    """
    search = re.compile(rf"(?:{word})\Z", re.IGNORECASE)
    widths = {a: len(re.sub(r"\\.", "x", a)) for a in word.split("|")}  # "\\d" and "\\." read one character
    if not re.fullmatch(r"(?:[A-Za-z'’]|\\[.d])+(?:\|(?:[A-Za-z'’]|\\[.d])+)*", word) or max(widths.values()) > reach:
        return _WordBefore(search, reach)
    by_width: dict[int, list[str]] = {}  # the alternatives of one width: one look-behind, the widest first
    for a in sorted(widths, key=lambda a: -widths[a]):
        by_width.setdefault(widths[a], []).append(a)
    behind = re.compile("|".join(f"(?<=({_atom_trie(alts)}))" for alts in by_width.values()), re.IGNORECASE)
    return _WordBefore(search, reach, behind, tuple(by_width))


def _atom_trie(alts: list[str]) -> str:
    """Return a regex for any of ``alts`` (each a run of atoms: a character, or ``\\`` and one character), factored
    as a trie: a place is rejected after a character or two, not tried against every alternative.

    >>> _atom_trie(["this", "that", r"\\d\\d"])
    '(?:th(?:is|at)|\\\\d\\\\d)'
    """
    trie: dict[str, Any] = {}
    for a in alts:
        node = trie
        for atom in re.findall(r"\\.|.", a):
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        parts = [atom + build(child) for atom, child in node.items() if atom]
        body = "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node and body else body

    return build(trie)


def _words_before(text: str, at: int, start: int, tests: tuple[_WordBefore, ...]) -> bool:
    """Return whether the words before ``at`` (not before ``start``), read back one run of whitespace and one word at
    a time, end with what each of ``tests`` (nearest first) finds there.

    >>> t = (_word_before("this"), _word_before("of"))
    >>> [_words_before(x, len(x), 0, t) for x in ("end of  this ", "in this ", "of this")]
    [True, False, False]
    """
    j = at
    for test in tests:
        k = j
        while k > start and text[k - 1].isspace():
            k -= 1  # a whitespace run belongs to one hit: each character read once
        j = -1 if k == j else test.start(text, k, start)
        if j < 0:
            return False
    return True


@dataclass(frozen=True, eq=False)
class _Either(Trigger):
    """The hits of any of ``parts`` (narrowings of one trigger), in order: a pattern whose matches cover one of two
    kinds of hit ("the first week of", or "of this year" after a capitalised "Week").

    >>> t = _Either(_T_DAY_UNIT.pattern, (), (_narrowed(_T_DAY_UNIT, "week"), _narrowed(_T_DAY_UNIT, None, "the")))
    >>> list(t.spans("a week, a day, the day"))
    [(2, 6), (19, 22)]
    """

    parts: tuple[Trigger, ...] = ()

    def spans(self, text: str, start: int = 0, end: int | None = None, found: dict[Any, Any] | None = None) -> Hits:
        """Return the hits of the parts in ``text[start:end]``, each once, in order (cached in ``found``)."""
        found = {} if found is None else found
        if self in found:
            return found[self]
        kept: dict[int, int] = {}
        for part in self.parts:
            hits = part.spans(text, start, end, found)
            kept.update(zip(hits.starts, hits.ends, strict=True))
        out = Hits()
        for s in sorted(kept):
            out.append(s, kept[s])
        found[self] = out
        return out


def _narrowed(base: Trigger, at: str | None, before: str | tuple[str, ...] = (), reach: int = 12) -> _Narrowed:
    """Return ``base`` narrowed (see :class:`_Narrowed`): ``at`` and ``before`` (the word before the hit, or the
    words nearest first) are read case-insensitively.

    >>> list(_narrowed(_T_DAY_UNIT, "days? later", _NUM).spans("two days later, this day"))
    [(4, 8)]
    >>> list(_narrowed(_T_DAY_UNIT, None, ("this", "of")).spans("end of this day, in this day"))
    [(12, 15)]
    """
    words = (before,) if isinstance(before, str) else before
    tests = tuple(_word_before(w, reach) for w in words)
    return _Narrowed(base.pattern, base.anchors, base, None if at is None else re.compile(at, re.IGNORECASE), tests)


def _either(*parts: _Narrowed) -> _Either:
    """Return the trigger whose hits are those of any of ``parts`` (narrowings of one trigger: see :class:`_Either`).

    >>> len(_either(_narrowed(_T_DAY_UNIT, "day"), _narrowed(_T_DAY_UNIT, "week")).spans("a day, a week, a year"))
    2
    """
    assert parts and all(p.base is parts[0].base for p in parts)
    return _Either(parts[0].pattern, parts[0].anchors, parts)


_UNIT_AT = r"(?:day|week|month|year)\b"
_T_RELATIVE = _narrowed(_T_UNIT, r"(?:week|weekend|month|year|decade)\b", "last|this|next|past|coming|current")
# "the 5th of next month", "the 5th next month"
_T_NAMED_MONTH = _narrowed(_T_RELATIVE, r"month\b", ("this|next|last", r"of|\d\d?(?:st|nd|rd|th)"))
_NUM_BEFORE = r"\d\d\d|\d\d|\d|an|a|" + "|".join(CARDINALS)  # _NUM's words ("twenty-one" ends in "one"), a flat list
_T_IN_COUNT = _narrowed(_T_DAY_UNIT, None, _NUM_BEFORE)
_T_IN_COUNT_HALF = _narrowed(_T_DAY_UNIT, None, _NUM_BEFORE + "|half")  # "in about four and a half years"
# a hedge on a count of time ("in about four years", "the first in nearly two years"): the count as told (README)
_HEDGE = r"(?:about|around|nearly|almost|roughly|some|over|more\s+than)"
_T_COUNTED = _narrowed(  # a narrowing of a narrowing: read at the hits that pass the first
    _T_IN_COUNT, r"(?:day|week|month|year)s?\s+(?:later|earlier|after|before|ahead|previously|prior|on|to\s+the\s+day)"
)
_T_ADJACENT = _either(  # "the next day", "that week", "on this day": "this" only after "on" (not "this year")
    _narrowed(_T_DAY_UNIT, _UNIT_AT, "next|following|subsequent|previous|preceding|prior|same|that"),
    _narrowed(_T_DAY_UNIT, _UNIT_AT, ("this", "on")),
)
_T_SAME_DAY = _narrowed(_T_DAY_UNIT, _UNIT_AT, "the|that")
_T_ON_THE_DAY = _narrowed(_T_DAY_UNIT, r"day\b", ("the", "on"))
_T_AFTER_COUNT = _narrowed(_T_IN_COUNT, r"(?:day|week|month|year)s?\b")  # "after about a month": read by the regex
_T_NEAR_EVENT = Trigger(re.compile(r"(?:talks|meeting|negotiations|summit|visit|inauguration|G-?20|G-?7)\b"),
                        (("talks", 0), ("meeting", 0), ("negotiations", 0), ("summit", 0), ("visit", 0),
                         ("inauguration", 0), ("G", 0)))
_T_REST_OF = _narrowed(_T_DAY_UNIT, r"(?:week|month|year)\b", ("the|that|this", "of"))  # "the rest of the year"
# "after the summit", "before the Hanoi summit": the words right before an event noun _NEAR_EVENT reads (its "ahead
# of" ends with "of"), with a place word between or none; the other nouns ("the talks ended") open no window
_NEAR_PREPS = "before|after|of|since|during|following|until|till|at"
_T_NEAR_EVENT_NAMED = _either(
    _narrowed(_T_NEAR_EVENT, None, ("the", _NEAR_PREPS)),
    _narrowed(_T_NEAR_EVENT, None, (r"(?-i:[A-Z][a-z]{2,20})", "the", _NEAR_PREPS), reach=21),
)
_T_ADJ_DIR = _narrowed(_T_SAME_DAY, r"(?:day|week|month|year)\s+(?:before|after|earlier|later|prior)\b")
_T_TWO_OFF = _narrowed(_T_SAME_DAY, r"(?:day|week|month|year)\s+(?:before|after)\s", "the")
_T_WITHIN_THE = _narrowed(_T_UNIT, r"(?:week|month|year)\b", ("the", "within"))  # "within the year", "Within the Year"
_T_THROUGHOUT_THE = _narrowed(_T_UNIT, r"(?:week|month|year)\b", ("the", "throughout"))  # "throughout the year"
_T_N_PERIODS = _narrowed(_T_IN_COUNT, r"(?:years|months|weeks|days)\b")
_T_DECADES = _narrowed(_T_UNIT, r"decades\b", _NUM_BEFORE)  # "the past two decades": a count right before
_T_MID_UNIT = _narrowed(_T_UNIT, r"(?:(?<=mid)|(?<=mid-))(?:month|year)\b")  # "mid-year": "mid" right before it
_T_YEAR_SPAN = _narrowed(_T_YEAR_WORD, r"year\b", ("last|this|next", "from|to|through|until"))  # "from last year"
_T_DAY_MONTH = _narrowed(_T_MONTH, None, r"\dst|\dnd|\drd|\dth|\d")  # "16 November", "the 3rd March"
_T_MOD_MONTH = _narrowed(_T_MONTH, None, "on|by|until|from|since|before|after")  # "by March the fifth"
_T_MONTH_END = _narrowed(  # "March-end", "end-March"
    _T_MONTH, rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})-end\b|(?<=end-)(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b"
)

# Event nouns a count can be told from, and the kind of data/events.csv row that dates them.
_EVENT_NOUNS = {"inauguration": "inauguration", "summit": "summit"}
_EVENT_NOUN_ALT = "|".join(_EVENT_NOUNS)
# a year's end ("year-end", "the year's end") and an event noun: hit only where the pattern can match
_T_YEAR_END = Trigger(  # "year-end", "the year's end", "end-of-year", "by month's end": hit at "year"/"month"
    re.compile(r"(?:[Yy]ear|[Mm]onth)(?:'s|’s)?[\s-](?i:end)\b|(?<=[Ee]nd-of-)(?:year|month)\b"
               r"|(?<=[Ee]nd-of-the-)(?:year|month)\b"),
    (("Year", 0), ("year", 0), ("Month", 0), ("month", 0)),
)
_T_FISCAL = Trigger(re.compile(r"[Ff]iscal\b"), (("iscal", 1),))
_T_ADMIN = Trigger(re.compile(r"(?:administration|government|presidency)\b"),
                   (("administration", 0), ("government", 0), ("presidency", 0)))
_T_EVENT_NOUN = Trigger(re.compile(rf"(?:{_EVENT_NOUN_ALT})\b"), tuple((w, 0) for w in _EVENT_NOUNS))
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
# "March 3-5", "from May 8 to 10", "(on) June 28 and 29": days of one month (or of two, "June 28 to July 2")
_DAY_SPAN = re.compile(
    rf"(?:\b(?P<from>(?i:from|between|on))\s+)?{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s*[-–~～]\s*|\s+(?P<sep>(?i:to|through|until|till|and))\s+)"  # "March 17~19": Korean copy's range mark
    rf"(?:{_MON2}\s+)?(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\b(?![-–~～.,]\d|\s*(?:%|percent|billion|million))"
    rf"(?:{_YEAR_OR_REL})?")
# "during his first term (in office)", "Trump's presidency", "in her tenure": a term of office, read by `_term`
# ("my term" in a quotation is the speaker's; "his previous term", "her current term": an adjective that picks one)
_TERM_OF_OFFICE = re.compile(
    rf"(?:\b(?P<prep>(?i:during|in|over|throughout|under))\s+)?\b(?:(?i:his|her)|(?P<my>(?i:my))|(?i:the)\s+president(?:'s|’s)"
    rf"|(?P<its>(?i:its))|(?P<owner>(?:{_NAME_WORD}\s+){{0,3}}{_CAP})(?:'s|’s))\s+(?:(?P<ord>first|second|third)(?:\s+|-(?=term\b))"
    r"|(?P<adj>previous|prior|former|earlier|last|current|present)\s+)?(?:White[ \t]House[ \t]{1,3}(?=term\b))?"
    r"(?P<noun>term|presidency|tenure|(?:time|years)(?=\s+in\s+(?:office|the[ \t]{1,3}White[ \t]House)\b)"
    r"|years[ \t]{1,3}as[ \t]{1,3}(?i:president))"  # "during my years as President": the presidency
    r"(?:\s+in\s+(?:office|the[ \t]{1,3}White[ \t]House))?\b")  # "his time in the White House", "White House term"
# "under the presidency of Donald Trump", "in the first term of Moon Jae-in", "the first term of the Trump government"
# (administration): a term named with "of" its holder (or the government named after the holder), read by
# `_term` as "<name>'s presidency" is (the empty group "my" keeps the groups `_term` reads)
_TERM_OF_NAMED = re.compile(
    r"(?:\b(?P<prep>(?i:during|in|over|throughout|under))\s+)?\b(?i:the)\s+(?:(?P<ord>first|second|third)\s+"
    r"|(?P<adj>previous|prior|former|earlier|current|present)\s+)?(?P<noun>term|presidency|tenure)\s+of\s+"
    rf"(?:(?P<the>(?i:the))\s+)?(?P<owner>(?:{_NAME_WORD}\s+){{0,2}}[A-Z][\w-]{{0,30}})(?P<my>)(?P<its>)"
    r"(?(the)\s+(?i:administration|government)\b)")  # the last word takes no full stop; "of the X" needs its government
# "under former President Trump", "under President Moon Jae-in": a time told by the term its holder served, read by
# `_term` as "under the presidency of Donald Trump" is (README; adjud42 ruling 2); "former" the latest term ended by
# publication. Not "under President Trump's pressure" (a possessive: the thing is his, not the time)
_UNDER_PRESIDENT = re.compile(
    r"\b(?P<prep>(?i:under))[ \t]{1,3}(?:(?P<adj>(?i:former)|(?i:then)(?=-))[ \t-]{1,3})?"
    r"(?:(?:South[ \t]{1,3}Korean|U\.S\.|US|American)[ \t]{1,3})?President[ \t]{1,3}"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}[A-Z][\w-]{{0,30}})(?![\w'’-]|[ \t]{{1,3}}[A-Z][\w-]{{0,30}}['’])"
    r"(?P<ord>)(?P<my>)(?P<its>)(?P<noun>)")
# "during the first Trump administration", "under the Joe Biden administration": an administration named by its
# holder and told as a time (after "during", "under", "throughout"), read by `_term` as "during Trump's first term"
# is (README term Convention; dates46). Not "the Trump administration said" (no preposition: an actor) nor "the
# Biden administration's plan" (a possessive: a thing), nor "under a second Trump administration" (no "the": one to
# come). "Early (late) in the Biden administration" is the whole term too: no Convention splits a term (dates48)
_ADMIN_TERM = re.compile(
    r"\b(?P<prep>(?i:during|under|throughout)|(?i:early|late|earlier|later)[ \t]{1,3}in)[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3}"
    r"|(?P<adj>previous|prior|former|earlier|current|present)[ \t]{1,3})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>administration|government|presidency)\b(?!['’])(?P<my>)(?P<its>)")
# "during his administration", "under Trump's administration", "in her administration", "during his first
# administration": a holder's administration named by a pronoun or a possessive and told as a time (after a
# preposition), read by `_admin_term` as "during his presidency" is, with the same holder and term choice (date60).
# Not "his administration's officials" (a possessive: a thing), "Trump's administration said" (no preposition: an
# actor), nor "an official in his administration" (a member: see `_admin_term`)
_ADMIN_OF_OFFICE = re.compile(
    r"\b(?P<prep>(?i:during|under|in|throughout))[ \t]{1,3}(?:(?i:his|her)|(?P<my>(?i:my))"
    rf"|(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}{_CAP})(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3}|(?P<adj>previous|prior|former|earlier|current|present)[ \t]{1,3})?"
    r"(?P<noun>administration)\b(?![’'])(?P<its>)")
# "during the Moon Jae-in years", "in the Roh Moo-hyun era", "throughout the Trump years": a holder's term named as
# an era and told as a time, read by `_term` as "during the <holder> administration" is (terms56). Not "the Obama
# years were calm" (no preposition: a thing), "an Obama-era policy" (an adjective), nor "the Cold War years" (no
# holder: `_term` finds none)
_ERA_TERM = re.compile(
    r"\b(?P<prep>(?i:during|in|over|throughout|under))[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?:(?P<adj>previous|prior|former|earlier)[ \t]{1,3})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>years|era)\b(?![-'’])(?P<ord>)(?P<my>)(?P<its>)")
_T_ERA = Trigger(re.compile(r"(?:years|era)\b"), (("years", 0), ("era", 0)))
# "when he was in office", "while she was president", "when I was in office" (quoted), "when former President Trump
# was in office" (its holder named), "while (still) in office" (the clause's subject its holder): a term served,
# read by `_served_term`
_SERVED_TERM = re.compile(
    r"\b(?P<prep>(?i:when|while))[ \t]{1,3}(?:(?:(?i:he|she)|(?P<my>I)|(?:(?i:former)[ \t]{1,3})?"
    rf"(?:President[ \t]{{1,3}})?(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP}))[ \t]{{1,3}}"
    r"(?:was|served)[ \t]{1,3}(?:in[ \t]{1,3}office|as[ \t]{1,3}president|president)"
    r"|(?<=[Ww]hile[ \t])(?:still[ \t]{1,3})?in[ \t]{1,3}office)"
    r"\b(?![ \t]{0,3}(?:of|again)\b)")
# "in 2019", "since 2014", "mid-2020": a year on its own (not a sum, a count or a rate)
_YEAR_ALONE = re.compile(
    rf"(?=[12bdefilmostu])(?:\b(?P<mod>in|since|by|until|through|during|early|late|mid-|mid|for|of)\s+|(?P<mod2>mid-)|)"
    rf"(?<![\w$.,/])(?:(?<=mid-)|(?<!-))(?P<y>{_YEAR})(?:년(?!대|[ \t]{{0,2}}\d{{1,2}}[ \t]{{0,2}}월)"
    r"|(?![\w%]|\.\d|,\d|\s*(?:%|percent|per\s+cent|million|billion|trillion"
    r"|won\b|dollars|yen|troops|soldiers|people|km|kilomet|miles|tons|units|votes|seats)))")  # "2026년": Korean's year
# (not "2020년대", a decade, nor "2019년 12월", a year before its month: review100 finding 4)
# "the day before the previous day", "the year after the following year": two steps from the anchor
_TWO_STEPS_AWAY = re.compile(
    r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\s+the\s+(?P<which>previous|preceding"
    r"|following|next)\s+(?P=unit)\b", re.IGNORECASE)
# "that four-year period", "the same three-month span": a span told before it (not one then compared
# with "a year earlier" or "the previous year")
_TOLD_PERIOD = re.compile(
    rf"\b(?:that|this|the\s+same)\s+(?P<n>{_NUM})-(?P<unit>year|month)\s+(?:period|span|stretch)\b"
    r"(?!\s+(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year))",
    re.IGNORECASE)
#: A full stop that may end a place's name: a sentence's end (:data:`_STOP`: not after a title, "Mr.", "Gov."), no
#: possessive right after it ("Prof. Kim's ratings"; mend52c: frames._AREA_BASE too).
PLACE_STOP = _STOP + r"(?![ \t]{1,3}[A-Z][\w-]{0,30}+['’]s\b)"
# real52c: "this fall in Gyeongju.", "next fall in the southern city of Busan": the season, then where (not "this fall
# in exports", "last fall in Seoul's payments": a noun of decline, what falls after "in"); a name that ends its
# phrase, or "the <up to three words> city (capital, town ...) of"; a name's word not one capital, an initialism's
# own dot kept (mend52c: "this fall in U.S. exports", "in U.S. Treasury yields" stay a decline); an initialism
# after "the" as the whole name ("this fall in the U.S.,")
_FALL_IN_PLACE = (r"(?!\s+(?:the\s+(?:[a-z]+\s+){0,3}?(?:city|capital|town|port|province|county|village|region)\s+of\s+"
                  r"(?-i:[A-Z])|(?-i:[A-Z](?:[a-z0-9-]{1,30}+|(?:\.[A-Z]){1,3}+\.?+)"
                  r"(?:[ \t]+[A-Z](?:[a-z0-9-]{1,30}+|(?:\.[A-Z]){1,3}+\.?+)){0,3}|the[ \t]+[A-Z](?:\.[A-Z]){1,3}+\.?+)"
                  r"(?![\w'’])"
                  rf"[ \t]*(?:[,;:)\n]|{PLACE_STOP}|\Z)))")
# "this summer", "in the autumn of 2019", "winter 2020": a season
_SEASON = re.compile(
    rf"\b(?:(?:(?P<pre>earlier|later)\s+(?=this\b))?(?P<which>this[ \t]+past|this|last|next)\s+"
    r"|(?:in|during|by|over|until|since)\s+(?:(?P<the>the\s+)|(?=(?:early|mid|late)[-\s]))"
    r"|(?P<bare>by|until|since|in|during)\s+(?=(?:spring|summer|autumn|winter)\b(?!\s+(?:of\b|\d))))"
    r"(?:(?P<part>early|mid|late)(?:-\s*|\s+))?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+of\s+(?:(?P<year>{_YEAR})\b|(?P<rel>next|last|this)\s+year\b)"
    r"|(?(which)(?!)|[ \t]{1,3}(?P<rel2>next|last)[ \t]{1,3}year\b(?![\w'’-]))"  # "in spring last year" (fix50g)
    rf"|(?(part)\s+(?P<year3>{_YEAR})\b|(?!))|(?!\s+of\b|(?<=[Ff]all)\s+in\b{_FALL_IN_PLACE}))"
    # a season with no article or part ends its clause: "by spring,", "in autumn."; not "since spring training"
    r"(?(rel2)|(?(bare)(?=\s*(?:[,.;:!?)—–]|\Z)|\s+(?:and|or|to|when|at|with|if|after|before|next|this|last)\b)))"
    rf"|\b(?:(?P<part2>early|mid|late)(?:-\s*|\s+))?(?P<season2>spring|summer|autumn|fall|winter)\s+(?P<year2>{_YEAR})\b",
    re.IGNORECASE)

# "2020", "this year", "the year": the year a part of a year is of (groups ``year``, ``which``)
_OF_A_YEAR = rf"(?:(?P<year>{_YEAR})\b|(?:the|(?P<which>this|next|last))\s+year\b)"
# "the first half of 2020", "the last quarter of this year": a part of a year
_PART_OF_YEAR = re.compile(
    rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|latter)\s+(?P<part>half|quarter)\s+of\s+{_OF_A_YEAR}"
    r"(?![’']s\b)"  # not "the first half of this year's contribution": a part of the thing, the year alone (dfix43)
    # "in the third quarter", "by the second half": of the year told by the tense (not "the first half of the game")
    r"|(?:(?<=\b(?:in|by)\s)|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bduring\s))"  # "within the first half": dfix41
    r"the\s+(?P<bord>first|second|third|fourth)\s+(?P<bpart>half|quarter)\b"
    r"(?![\s-]+(?:of|century)\b|-)"  # "for the first quarter" (dfix38); not "the first quarter-final"
    r"(?:[ \t]+(?P<bwhich>this|next|last)[ \t]+year\b)?"  # "in the third quarter last year"
    # "in 2018's third quarter": that part of that year (with its preposition: no "in 2018" is read before it)
    rf"|\b(?:(?:in|by|during|for)[ \t]+)?(?P<yyear>{_YEAR})['’]s[ \t]+"
    r"(?P<yord>first|second|third|fourth|last|final|latter)[ \t]+(?P<ypart>half|quarter)\b",
    re.IGNORECASE)
# the United States as an adjective ("the 2020 U.S. election"), its words written out once: the election trigger
# reads them as a flat list of words before a hit (_T_US_ELECTION), the patterns as one group
_US_WORDS = r"U\.S\.|US|American|America's|America’s"
_US = rf"(?:{_US_WORDS})"
# "the last four years under Trump", "the past three years under President Bo", "under the Bo administration": the
# holder's time in office named right after a count back from publication (fresh81q)
_UNDER_HOLDER = re.compile(
    rf"[ \t]{{1,3}}(?i:under)[ \t]{{1,3}}(?:(?P<the>the)[ \t]{{1,3}})?(?:(?i:former|then)[ \t]{{1,3}})?"
    rf"(?:(?:{_US}|South[ \t]Korean)[ \t]{{1,3}})?(?:President[ \t]{{1,3}})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP})"
    r"(?(the)[ \t]{1,3}(?i:administration|presidency|government)\b|(?![\w'’-]))")
# "the November election", "the April general election", "the November U.S. midterm elections": a vote named by its
# month (`_month_vote`); at most two words between (bounded, so the scan stays linear); one with its year after it
# ("the April elections next year") is `_MONTH_EVENT_YEAR`'s
_MONTH_VOTE = re.compile(
    rf"\b(?i:the)\s+{_MON}[ \t]+(?:{_US}[ \t]+)?(?:(?:(?P<mid>midterm)|[a-z]{{2,15}})[ \t]+)?"
    r"(?:elections?|polls|vote|(?P<mid2>midterms))\b"
    r"(?![ \t]+(?:of[ \t]+)?(?i:next|last|this|the\s+following|the\s+previous|that)\s+(?i:year)\b)")  # see below
# a bare month named as a deadline or target ("see November as a hard deadline", "June is the target")
_MONTH_DEADLINE = re.compile(
    rf"(?<![\w.]){_MON}(?=[ \t]+(?:(?:as|is|was|not|isn't|wasn't|remains|became|becomes)[ \t]+){{1,2}}"
    r"(?:(?:a|an|the)[ \t]+)?(?:[a-z]{2,12}[ \t]+)?(?:deadline|target|goal)\b)")
_NO_DAY = r"(?!\.?\s+\d{1,2}(?!\d))"  # a month with no day after it ("January 2019" yes, "January 5" no)
# "from January to March", "between November 2019 and January 2020", "(in) March 2020 to March 2021" (no "from": see
# `_month_span`); "from March (up) until the end of June" is one stretch as "from March to June" is (lead's
# convention, tidyq52)
_MONTH_SPAN = re.compile(
    rf"(?:\b(?P<from>(?i:from|between))\s+|\b(?i:in|during|over|for|throughout)[ \t]{{1,3}}|(?<![\w.,-]))"
    rf"{_MON}{_NO_DAY}(?:,?\s+(?P<y1>{_YEAR})\b)?\s+(?:(?i:up)\s+(?=(?i:until|till)\b))?"
    rf"(?P<sep>(?i:to|through|until|till|and))\s+(?:(?i:the)[ \t]{{1,3}}(?i:end)[ \t]{{1,3}}of[ \t]{{1,3}})?"
    rf"{_MON2}{_NO_DAY}(?:{_YEAR_OR_REL})?")
# "the April-June quarter", "January–March 2019": two months joined by a dash, the first to the second
_MONTH_DASH_SPAN = re.compile(
    rf"(?<![\w-]){_MON}(?:[ \t]{{1,3}}(?P<y1>{_YEAR}))?[-–]{_MON2}{_NO_DAY}(?:\s+(?i:quarter|period))?"
    rf"(?:{_YEAR_OR_REL})?")
# "that March", "the following May": a month beside the date told before it
# "the 12 months to September", "the year to June", "the six months ending in March 2018": a span to a month's end
_MONTHS_TO = re.compile(
    rf"\b(?i:the)\s+(?:(?P<n>{_NUM})\s+(?i:months)|(?i:year))\s+(?i:to|through|ending(?:\s+in)?|ended(?:\s+in)?)\s+"
    rf"{_MON}(?:,?\s+(?P<year>{_YEAR})\b)?(?!\s+\d)")
_MONTHS_TO_MAX = 36  # months at most in "the <n> months to <month>" ("the 12 months to September")
# "That Friday," opening a sentence, "on that Thursday", "by that Sunday": a weekday beside the day told before it
# (not "said that Friday's talks ...", where "that" is a conjunction)
_THAT_WEEKDAY = re.compile(
    rf"(?:\b(?i:on|by|until|till|before|after|since|from)\s+that|(?<![\w,;:]\s)(?<![\w,;:])That)\s+{_WD}(?!['’])")
# "the following spring", "that summer": a season beside the date told before it
_SEASON_BESIDE = re.compile(r"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+"
                            r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?!['’]|\s+(?i:of)\b|\s*\d)")
# "the following Monday", "the previous Tuesday": a weekday beside the day told before it
# ("The Monday after," "the Friday before that": the weekday then its direction, with no event after it: dfix38)
_WEEKDAY_BESIDE = re.compile(rf"\b(?i:the)\s+(?:(?P<anch>(?i:following|next|previous|preceding))\s+)?{_WD}"
                             r"(?(anch)(?!['’])|[ \t]{1,3}(?P<dir>(?i:after|before))"
                             r"(?=[ \t]{0,3}[,;:.)]|[ \t]{1,3}that\b))")
_MONTH_BESIDE = re.compile(rf"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+{_MON}{_NO_DAY}"
                           r"(?!\s+(?:of|in)\s|\s*,?\s*\d)")
# "the following April, 4,000 workers": a number in thousands after the comma is no day (dfix50)
_MONTH_BESIDE_COUNT = re.compile(rf"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+{_MON}"
                                 r"(?=[ \t]*+,[ \t]*+\d{1,3},\d{3}\b)")
# "the six years through 2025", "a five-year deal to 2024", "(would last) five years through 2025": a term told by
# its count and its last year (a count with no word before it: see `_years_from`); "the next (following, past) five
# years through 2013" too: the last year fixes the term whatever the word counts it from (dev126)
_YEARS_THROUGH = re.compile(
    rf"(?:\b(?P<det>the|an?|for|over)\s+(?:{_TERM_FROM}\s+)?"
    rf"|(?<![\w.,$-]))(?P<n>{_NUM})(?:\s+years"
    r"|-year\s+(?:period|term|span|deal|agreement|pact|plan))"
    rf"\s+(?:through|to|until|till|ending\s+in)\s+(?P<last>{_YEAR})\b(?![\w%]|\s*[-–]\s*\d)", re.IGNORECASE)
# "Q3 2019", "Q1 of 2020", "2019 Q4": a quarter named by its code
_QUARTER_CODE = re.compile(
    rf"(?<![\w-])(?:Q(?P<q>[1-4])\s*(?:of\s+)?(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4]))\b")
# "the week of Nov. 18": the Monday-Sunday week that holds the day
_WEEK_OF_DAY = re.compile(
    rf"\b(?i:the)\s+(?i:week)\s+of\s+{_MON}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–]\d)(?:{_YEAR_OR_REL})?")
# "the first week of April", "the last week of last month", "the last day of 2019"
_WEEK_OF_MONTH = re.compile(
    rf"\b(?=[FLSTflstſ])(?:(?i:the)\s+|)(?P<ord>(?i:first|second|third|fourth|final|last))\s+(?P<part>(?i:week|day))\s+(?i:of)\s+"
    rf"(?:{_MON}{_NO_DAY}(?:{_YEAR_OR_REL})?|(?i:the|(?P<which>this|next|last))\s+(?P<unit>(?i:month|year))\b"
    rf"|(?P<y>{_YEAR})\b(?![\w%-]))")
# "the first two months of this year", "the last three months of 2019"
_EDGE_MONTHS = re.compile(
    rf"\b(?=[flt])(?:the\s+|)(?P<edge>first|last|final)\s+(?P<n>{_NUM})\s+months\s+of\s+{_OF_A_YEAR}", re.IGNORECASE)
# "8-10 March", "from 8 to 10 March 2021", "between 17 and 18 December": days of one month written day first
_DAY_FIRST_SPAN = re.compile(
    r"(?:\b(?P<from>(?i:from|between|on))\s+)?(?<![\w$.,/-])(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:[ \t]*[-–~～][ \t]*|\s+(?P<sep>(?i:to|through|until|till|and))\s+)"
    rf"(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:{_YEAR_OR_REL})?")
# "the 8th of March", "on the 25th of June 2019": a day of a named month written as an ordinal ("the 4th of July"
# is the holiday's name, read by no rule here)
_ORDINAL_OF_MONTH = re.compile(
    r"(?:\b(?i:on)\s+)?\b(?i:the)\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?i:of)\s+(?!(?<=\s4th of )July\b)"
    rf"{_MON}(?:{_YEAR_OR_REL})?")
_T_DAY_OF_MONTH = _narrowed(_T_MONTH, None, r"\d(?:st|nd|rd|th)\s+of")
# the count and direction that open "two days after the vote", "three weeks before the launch of the ... administration"
_COUNT_BEFORE_AFTER = (rf"\b(?<![\d.,]){_NUM_FIRST}(?P<n>(?i:{_NUM}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))"
                       r"\s+(?P<dir>(?i:after|before|ahead\s+of))")
# "six weeks after the previous five-year accord expired", "a month after the expiration of the agreement": a count
# from the end of a cost-sharing agreement's term (data/sma_contributions.csv), read by `_from_expiry`
_DEAL = (r"(?:(?i:previous|last|old|existing|former|prior|current|present)\s+)?"
         r"(?:(?:[a-z]{3,6}-year|\d{1,2}(?:st|nd|rd|th)|tenth|ninth|eleventh|twelfth)\s+)?"
         r"(?:(?:(?i:defen[cs]e)\s+)?cost-sharing\s+|SMA\s+)?(?:accord|agreement|deal|pact|SMA)")
_DEAL_WORD = re.compile(rf"\b{_DEAL}\b")  # a cost-sharing deal's noun ("the deal", "a pact": dfix51)
_COUNT_FROM_EXPIRY = re.compile(
    rf"{_COUNT_BEFORE_AFTER}\s+(?:(?i:the)\s+(?:expir(?:ation|y)|lapse)\s+of\s+(?i:the)\s+{_DEAL}\b"
    rf"|(?i:the)\s+{_DEAL}\s+(?P<verb>expired|lapsed|expires|lapses|ran\s+out|runs\s+out)\b)")
_T_EXPIRY = Trigger(re.compile(r"expir(?:ed|es|ation|y)\b|laps(?:ed|es|e)\b|(?:ran|runs)\s+out\b"),
                    (("expir", 0), ("laps", 0), ("ran", 0), ("runs", 0)))
# the bound word that may open "by year-end", "until end-March": the day itself (a bound is the date it names)
_BY_BOUND = r"(?:\b(?P<mod>(?i:by|until|till|through|before))\s+)?"
# Narrowed triggers of patterns that seldom match: each keeps the hits a match can cover, read by the words the
# pattern holds at or right before its hit (see _Narrowed), so most hits cost no window searched.
_MONTH_NAME = rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})"
_OF_OR_MONTH = "|".join(["of", "the", *calendar.month_name[1:], *_ABBR_MONTHS.split("|"),
                         *(rf"{a}\." for a in _ABBR_MONTHS.split("|"))])  # "of", "the", "March", "Jan", "Jan."
_T_WEEK_OF = _either(  # "the first week of ...", or the year after it ("... of this year", "... of March next year")
    _narrowed(_T_DAY_UNIT, r"(?:week|day)\s+of\s", "first|second|third|fourth|final|last"),
    _narrowed(_T_DAY_UNIT, r"(?:month|year)\b", ("the|this|next|last|following|previous|same|that",
                                                  _OF_OR_MONTH)),
)
_T_EDGE_MONTHS = _either(  # "the first two months of this year": hit at "month" or at the year after it
    _narrowed(_T_UNIT, r"months\s+of\s"), _narrowed(_T_UNIT, r"year\b", ("the|this|next|last", "of"))
)
_T_TOLD_PERIOD = _either(  # "that four-year period", and the year its lookahead reads after it ("a year earlier")
    _narrowed(_T_DAY_UNIT, r"(?<=-)(?:year|month)\s+(?:period|span|stretch)\b"),
    _narrowed(_T_DAY_UNIT, r"year\b", ("a|one|last|previous|prior", "period|span|stretch|of|the")),
)
_T_COUNTED_NOUN = _narrowed(_T_EVENT_NOUN, None, r"the|['’]s|(?-i:[A-Z][\w.-]{0,30})", reach=32)  # "the summit"
_T_MONTH_EVENT = _narrowed(_T_MONTH, rf"{_MONTH_NAME}\.?[ \t]+(?:[a-z]{{1,20}}[ \t]+)?(?:{_EVENT_WORDS})[ \t]")
_T_THAT_WEEKDAY = _narrowed(_T_WEEKDAY, None, "that")  # "on that Friday"
_T_SEASON_BESIDE = _narrowed(_T_SEASON, None, "that|following|next|previous|preceding")  # "the following spring"
_T_WEEKDAY_BESIDE = _either(  # "the following Monday", "the Monday after"
    _narrowed(_T_WEEKDAY, None, "following|next|previous|preceding"),
    _narrowed(_T_WEEKDAY, rf"(?:{_WEEKDAY_ALT})[ \t]{{1,3}}(?:after|before)\b", "the"),
)
_T_MONTH_DASH = _narrowed(_T_MONTH, rf"{_MONTH_NAME}\.?[-–]|(?<=[-–])")  # "April-June"
_T_MONTHS_TO = _either(  # "the 12 months to September", "the year ending in March"
    _narrowed(_T_MONTH, None, "to|through|ending|ended"), _narrowed(_T_MONTH, None, ("in", "ending|ended"))
)
_T_YEAR_IN_MONTH = _either(  # "last year in June", "next year in mid-March"
    _narrowed(_T_MONTH, None, ("in|early|late|mid", "year|in")), _narrowed(_T_MONTH, r"(?<=-)")
)
_T_MONTH_BESIDE = _narrowed(_T_MONTH, None, "that|following|next|previous|preceding")  # "the following May"
_T_MONTH_AS = _narrowed(  # "June is the target": a bare month and the verb after it
    _T_MONTH, rf"{_MONTH_NAME}\.?[ \t]+(?:as|is|was|not|isn't|wasn't|remains|became|becomes)[ \t]"
)
_PLACE = r"(?:office|power|the\s+White\s+House)"  # what a holder takes or returns to
_T_OFFICE_TAKEN = Trigger(  # "took office", "returned to the White House", "was inaugurated", "sworn in"
    re.compile(r"(?:took|takes|came|comes|assum|enter|return)\w{0,4}\s+(?:into\s+|to\s+)?(?:office|power|the\s+White)\b"
               r"|inaugurat(?:ed|ion)\b|sworn\s+in\b|swearing-in\b|(?:administration|government|presidency|term"
               r"|tenure)\b"),
    tuple((w, 0) for w in ("took", "takes", "came", "comes", "assum", "enter", "return", "inaugurat", "sworn",
                           "swearing", "administration", "government", "presidency", "term", "tenure")),
)
# "before he has to vacate the White House", "until Trump leaves office", "after Biden left office": the last day of a
# holder's term after a word of time, read by `_office_left`
_OFFICE_LEFT = re.compile(
    rf"\b(?P<dir>(?i:before|until|till|after|when|by|once))\s+(?:(?i:he|she)|(?:(?i:the|former|then)\s+){{0,2}}"
    rf"(?:{_NAME_WORD}\s+){{0,3}}{_CAP})\s+(?:(?P<ahead>(?:(?:has|have)\s+to|must|is\s+set\s+to|is\s+due\s+to|will)\s+"
    r"(?:vacate|leave)|vacates|leaves)|(?P<gone>left|vacated))\s+(?:office|the\s+presidency|power"
    r"|(?<=vacate\s)the\s+White\s+House|(?<=vacates\s)the\s+White\s+House|(?<=vacated\s)the\s+White\s+House)\b")
_T_OFFICE_LEFT = Trigger(re.compile(r"(?:vacat|leav|left)\w{0,3}\s+(?:office|the\s+White|the\s+presidency|power)\b"),
                         (("vacat", 0), ("leav", 0), ("left", 0)))
_OFFICE_TAKEN = re.compile(  # a change of office after a word of time: see _office_taken
    rf"\b(?:(?P<mod>(?i:since))|(?P<dir>(?i:after|before|until|till|following|ahead\s+of|when)))\s+(?:"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}{_CAP}(?:'s|’s))\s+(?:(?:(?P<ord3>first|second|third)\s+)?"
    r"(?P<own>inauguration|swearing-in)"  # "after his second inauguration": that term's first day (dates54b)
    rf"|return\s+to\s+{_PLACE})"
    rf"|(?i:the)\s+inauguration\s+of\s+(?:{_NAME_WORD}\s+){{0,2}}{_CAP}"
    rf"|(?i:the)\s+(?:launch|start|beginning|outset|inauguration)\s+of\s+the\s+(?:(?P<ord>first|second|third)\s+)?"
    rf"(?:{_CAP}\s+){{1,3}}(?:administration|government|presidency)"
    # "since the launch of Trump's second term", "the start of his presidency": the term's first day (date57)
    rf"|(?i:the)\s+(?:launch|start|beginning|outset|inauguration)\s+of\s+(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}"
    rf"{_CAP}(?:'s|’s))\s+(?:(?P<ord2>first|second|third)\s+)?(?:term|presidency|tenure|administration|government)"
    r"(?![-'’]|\s+as\b)"  # not "his term as minister" (another office), "Trump's term-limited presidency"
    rf"|(?:(?i:he|she)|(?:(?i:the|former|then)\s+){{0,2}}(?:{_NAME_WORD}\s+){{0,3}}{_CAP}"
    rf"(?:\s+(?i:administration|government))?)\s+(?:(?:took|came\s+into|assumed|entered|returned\s+to)\s+{_PLACE}"
    rf"|(?:was|were)\s+(?:inaugurated|sworn[ \t]+in)|(?P<now>(?:takes|comes\s+into|assumes|enters|returns\s+to)"
    rf"\s+{_PLACE}|(?:is|are)\s+(?:inaugurated|sworn[ \t]+in))))\b"
)
_T_ELECTED = Trigger(re.compile(r"elect(?:ed|ion)\b|presidency\b"), (("elect", 0), ("presidency", 0)))
_ELECTED = re.compile(  # a US president's election after a word of time: see _elected
    rf"\b(?:(?P<mod>(?i:since))|(?P<dir>(?i:after|before|until|till|following|when)))\s+(?:"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}{_CAP}(?:'s|’s))\s+(?i:re-?)?election"
    rf"(?:\s+(?:victory|win)|(?![ \t]+(?:as|to|in)\b))"
    rf"|(?:(?i:he|she)|(?:{_NAME_WORD}\s+){{0,3}}{_CAP})\s+(?:was\s+(?:re-?)?elected"
    rf"|won\s+(?:the\s+(?:presidential\s+)?election|re-?election|the\s+presidency)))\b"
)
_T_MONTH_FROM_TO = _narrowed(_T_MONTH, None, "from|between|to|through|until|till|and")  # "from January to March"
_T_YEAR_END_WORD = _narrowed(_T_YEAR, r"\d{4}-end|(?<=end-)")  # "2019-end", "end-2019"
_T_MONTH_VOTE = _narrowed(_T_MONTH, None, "the")  # "the November election"
_TERM_NOUN = "years|period|term|span|deal|agreement|pact|plan"  # "five years", "a five-year deal": what a term counts
_T_YEARS_FROM = _either(  # "for five years from 2020", "a five-year deal starting in 2021"
    _narrowed(_T_YEAR, None, ("from|starting|beginning", _TERM_NOUN)),
    _narrowed(_T_YEAR, None, ("in", "starting|beginning")),
)
_T_YEARS_STARTING = _either(  # "five years starting in 2026", "five years beginning from 2026"
    _narrowed(_T_YEAR, None, ("in|from", "starting|beginning")),
    _narrowed(_T_YEAR, None, ("starting|beginning", "years")),
)
# "(covers) five years starting in 2026": a term counted from a start year with no word before the count (README: the
# whole term); "for"/"over"/"a" before it is the row of "for five years from 2026"
_YEARS_STARTING = re.compile(
    rf"\b(?<![\d.,-])(?P<n>{_NUM})\s+years\s+(?:starting|beginning)(?:\s+(?:in|from))?\s+(?P<y>{_YEAR})\b"
    r"(?![\w%]|\s*(?:to|through|until|-|–)\s*\d)", re.IGNORECASE)
_T_US_ELECTION = _narrowed(_T_YEAR, None, "the|" + _US_WORDS)  # "the 2020 U.S. election"
_T_YEARS_TO = _either(  # "the six years through 2025", "a five-year plan ending in 2024"
    _narrowed(_T_YEAR, None, ("through|to|until|till", _TERM_NOUN)), _narrowed(_T_YEAR, None, ("in", "ending"))
)
#: The first rows of ``_PATTERNS``, in its order: spans of days, of weeks and months, then terms of office.
_DAY_OF_NAMED_MONTH = re.compile(
    r"\b(?:on\s+)?the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:of\s+)?(?P<which>this|next|last)\s+month\b",
    re.IGNORECASE,
)
_COUNT_FROM_LAUNCH = re.compile(
    rf"{_COUNT_BEFORE_AFTER}\s+the\s+(?i:launch|start|beginning|inauguration|birth)\s+of\s+the\s+"
    rf"(?:{_CAP}\s+){{1,3}}(?P<adm>administration|government|presidency)\b"
)
_COUNT_FROM_OFFICE = re.compile(
    rf"{_COUNT_BEFORE_AFTER}(?=[ \t]{{1,3}}(?:[\w’'.-]{{1,30}}[ \t]{{1,3}}){{0,4}}(?:{_CAP}|he|she)"
    r"[ \t]{1,3}(?P<adm>took|assumed)[ \t]{1,3}office\b)"
)
# "78 days since the launch of Trump's second term", "100 days since the start of his term": a count from the first
# day of a holder's term, read by `_count_since_term` (date57)
_COUNT_SINCE_TERM = re.compile(
    rf"\b(?<![\d.,])(?<![Tt]he[ \t]){_NUM_FIRST}(?P<n>(?i:{_NUM}))[ \t]{{1,3}}"
    r"(?P<unit>(?i:days?|weeks?|months?|years?))[ \t]{1,3}(?i:since)[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?i:launch|start|beginning|outset|inauguration)[ \t]{1,3}of[ \t]{1,3}"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP}(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3})?(?:term|presidency|tenure)\b(?![-'’]|[ \t]{1,3}as\b)"
)
_YEAR_SPAN = re.compile(
    rf"\bfrom\s+(?:(?P<r1>last|this|next)\s+year|(?P<y1>{_YEAR}))\s+(?:to|through|until)\s+"
    rf"(?:(?P<r2>this|next)\s+year|(?P<y2>{_YEAR}))\b",
    re.IGNORECASE,
)
# "from 2014 to 2018", "between 2019 and 2020", "2019-20", "in 2025-2026", "in 2021 through 2025": two years and
# the ones between, read by :func:`_range` ("in"/"during" before a worded pair: the year alone's "in 2021" would
# start before the pair)
_YEAR_TO_YEAR = re.compile(
    rf"(?:\b(?P<from>(?i:from|between))\s+|\b(?i:in|over|during|for|throughout)[ \t]{{1,3}}(?=\d{{4}}[-–])"
    rf"|\b(?i:in|during)[ \t]{{1,3}}(?=\d{{4}}[ \t]{{1,3}}(?i:to|through|until)[ \t]{{1,3}}\d{{4}}))?"
    rf"(?<![\w$.,/-])(?P<y1>{_YEAR})\s*(?P<sep>(?i:to|through|until|and)|-|–|—|~)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%])"
)
_TO_MONTH = re.compile(
    rf"\b(?P<mod>(?i:to))\s+{_MON_I}(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:]))(?:{_YEAR_OR_REL})?", re.IGNORECASE
)
_SINCE_OFFICE = re.compile(
    rf"\b(?P<mod>(?i:since))\s+(?:(?:(?:(?i:he|she)\s+|(?:{_CAP}\s+){{1,3}})(?:took|came\s+into|assumed|entered"
    r"|returned\s+to)|taking|assuming|entering|coming\s+into|returning\s+to|(?i:his|her)\s+return\s+to)"
    r"\s+(?:office|power|the\s+White\s+House)|(?i:his|her)\s+(?:inauguration|swearing-in"
    r"|(?P<elected>election)(?![ \t]+(?:as|to|in)\b)))\b"
)
_SAME_DAY = re.compile(
    r"\b(?P<pre>earlier|later|early|late)\s+(?:in\s+)?(?:the|that)\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE
)
_SPANS_AND_TERMS = (
    (_DAY_SPAN, _day_span, _T_MONTH_DAY, 14, 60), (_DAY_FIRST_SPAN, _day_span, _T_DAY_MONTH, 32, 30),
    (_ORDINAL_OF_MONTH, _full, _T_DAY_OF_MONTH, 20, 30), (_MONTH_SPAN, _month_span, _T_MONTH_FROM_TO, 40, 48),
    (_WEEK_OF_MONTH, _week_of_month, _T_WEEK_OF, 24, 40), (_EDGE_MONTHS, _edge_months, _T_EDGE_MONTHS, 32, 24),
    (_TERM_OF_OFFICE, _term, _T_TERM, 120, 2), (_TERM_OF_NAMED, _term, _T_TERM, 48, 104),
    (_UNDER_PRESIDENT, _term, _opening(r"President\b", "President"), 40, 72),
    (_SERVED_TERM, _served_term, _T_SERVED, 40, 4),
    (_ADMIN_TERM, _term, _T_ADMIN, 120, 2), (_ERA_TERM, _term, _T_ERA, 120, 2),
    (_ADMIN_OF_OFFICE, _admin_term, _T_ADMIN, 120, 2),
)
# "since last year's presidential election", "after this year's midterm elections": the vote of a year told by its
# word, counted from; not one the next words name ("campaign", "results", as for `_at_election`). Not "before next
# year's presidential election": the dev JoongAng 2019-10-01 file reads its "next year" as the year (2020)
_YEAR_ELECTION = re.compile(
    rf"\b(?P<mod>(?i:after|since|following))[ \t]{{1,3}}(?P<rel>(?i:last|this|next))"
    rf"[ \t]{{1,3}}year['’]s[ \t]{{1,3}}(?P<us>{_US}[ \t]{{1,3}})?(?P<kind>(?i:presidential|midterm))[ \t]{{1,3}}"
    r"(?i:elections?)\b(?![ \t]+(?i:campaigns?|cycles?|seasons?|years?|races?|results?|commissions?|laws?|outcomes?"
    r"|of|in)\b)"
)
# "in two weeks", "within a fortnight", "in less than three days": see :func:`_in_count`
_IN_COUNT = re.compile(
    rf"\b(?P<prep>in|within)\s+(?:(?P<less>less\s+than|fewer\s+than|under)\s+|{_HEDGE}\s+)?(?:(?P<n0>{_NUM})(?:\s+(?:or|to)"
    rf"\s+|\s*[-–]\s*))?(?P<n>{_NUM})(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
    r"(?!\s+(?:of|ago)\b|-)", re.IGNORECASE)
_T_FORTNIGHT = _opening(r"fortnight", "fortnight")
# "two days later", "a year earlier", "a fortnight later", "three weeks after", "six months to the day after" (the
# count's own words, not "the day after"): see :func:`_counted`
_COUNTED = re.compile(
    rf"\b(?<![\d.,])(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)(?:\s+to\s+the\s+day(?=\s+(?:after|before)\b))?"
    r"\s+(?P<dir>later|earlier|afterwards?"
    r"|after|before|ahead\s+of|previously|prior(?:\s+to)?|on(?=\s*[,.;]))\b", re.IGNORECASE)
# "On the eve of his visit", "the eve of the talks": the day before the date told before it; not before a date or a
# name ("the eve of the Nov. 20 vote", "the eve of Christmas"), nor "the eve of the talks on Tuesday" (dfix38)
_EVE_OF = re.compile(r"(?:\b(?i:on)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}eve[ \t]{1,3}of[ \t]{1,3}(?:his|her|its|their|the)"
                     r"[ \t]{1,3}[a-z][a-z-]{1,24}\b(?!['’]|[ \t]{1,3}(?:on|in|of|at)\b)")
# "Hours later", "Forty-eight hours later", "a few minutes earlier": a count of hours (minutes) from the date told
# before it (dfix38)
_HOURS_COUNTED = re.compile(
    rf"\b(?:(?:(?P<few>a[ \t]{{1,3}}few|several|a[ \t]{{1,3}}couple[ \t]{{1,3}}of)|(?<![\d.,])(?P<n>{_NUM}))"
    r"[ \t]{1,3})?"
    rf"(?P<unit>hours|minutes)[ \t]{{1,3}}(?P<dir>later|earlier)\b"
    rf"(?![ \t]{{1,3}}(?:{_WEEKDAY_ALT})\b)", re.IGNORECASE)  # not "two hours later Tuesday": the weekday's "later"
_T_HOURS = Trigger(re.compile(r"[Hh]ours|[Mm]inutes"), (("ours", 1), ("inutes", 1)))
# "by the new year", "in the new year" as a time (README, lead decisions on date59's questions), "the first (last) of
# the new year" (a round, a meeting: the year's first, dfix44); not "the new year's
# budget", "the new year holiday", nor the capitalised holiday ("New Year's Day", "the Lunar New Year")
_NEW_YEAR = re.compile(r"(?:\b(?P<by>(?i:by|before|until|till|ahead[ \t]+of))[ \t]+"
                       r"|\b(?P<part>(?i:early|late))[ \t]+in[ \t]+|(?<=\b[Ii]n[ \t])|(?<=\binto[ \t])"
                       r"|(?<=\bafter[ \t])|(?<=\bfirst[ \t]of[ \t])|(?<=\blast[ \t]of[ \t]))"
                       r"(?:the[ \t]+new[ \t]+year|(?:[Tt]he[ \t]+)?New[ \t]+Year)\b(?!['’]|[ \t]+"
                       r"(?i:holidays?|budget|address|speech|message|resolutions?|celebrations?|party|parties|break|eve"
                       r"|day)\b)")
_T_NEW_YEAR = Trigger(re.compile(r"[Nn]ew [Yy]ear"), (("ew year", 1), ("ew Year", 1)))
# "overnight" as a time ("fired missiles overnight", "Overnight, ..."): not a name ("Overnight Express"), an adjective
# ("an overnight stay"), nor a night a weekday or day word after it dates ("overnight Tuesday", "overnight into Friday")
_OVERNIGHT = re.compile(r"\b(?:Overnight(?=,)|overnight)\b(?![ \t]+(?:on[ \t]+|into[ \t]+|)(?:[A-Z][a-z]+day|today"
                        r"|tomorrow|yesterday|stays?|flights?|trips?|visits?|talks|session|train|bus|shift)\b)")
_T_OVERNIGHT = Trigger(re.compile(r"[Oo]vernight"), (("vernight", 1),))
# --- days and times named by words (dates53): a US day fixed by law, a season's edge ------------------------------
# "on Inauguration Day", "before Election Day", "after Inauguration Day 2021": a US day told by its name, the
# inauguration (20 January of the year after a presidential election: the 20th Amendment; data/sources.csv
# pbs-clinton-42) and the federal election day of an even year (2 U.S.C. § 7, `_us_election_day`); not a name a
# capital or a possessive continues ("Election Day Act", "Election Day's turnout")
_US_DAY = re.compile(
    r"\b(?P<prep>(?i:on|by|before|after|since|until|till|around|following|ahead[ \t]+of))[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>Inauguration|Election)[ \t]+Day\b(?:[ \t]+(?P<year>{_YEAR})\b)?(?!['’]|[ \t]+[A-Z])")
_T_US_DAY = Trigger(re.compile(r"(?:Inauguration|Election)[ \t]+Day"), (("Inauguration", 0), ("Election", 0)))
# words that make an "Election Day" South Korea's vote (dated by the text, or left alone): not "Seoul" or "Korea"
# alone, the subject of most sentences of the talks ("Seoul wants a deal before Election Day": the US vote)
_KOREAN_VOTE = re.compile(r"\b(?:(?:general|parliamentary|legislative|local|National[ \t]+Assembly)[ \t]+elections?"
                          r"|Korean[ \t]+(?:voters|elections?)|Korea['’]s[ \t]+(?:presidential[ \t]+)?elections?)\b")


@cache
def _president_words(role: str) -> frozenset[str]:
    """Return the words that name a holder of ``role`` on their own (:func:`_holder_words`), from data/entities.csv.

    >>> rok, us = _president_words("President of South Korea"), _president_words("President of the United States")
    >>> "Moon" in rok, "Moon" in us, "Trump" in us
    (True, False, True)
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    return frozenset(w for pid, words in _holder_words().items() if people[pid].role == role for w in words)


@cache
def _rok_days(kind: str) -> tuple[dt.date, ...]:
    """Return South Korea's days ``kind`` ("election": its presidential votes; "inauguration": its presidents' taking
    of office, the ``inauguration`` rows of data/events.csv with actor ``rok-government``), in order.

    >>> _rok_days("inauguration")[-2:]
    (datetime.date(2022, 5, 10), datetime.date(2025, 6, 4))
    """
    if kind == "election":
        return _rok_presidential_votes()
    return tuple(sorted(dt.date.fromisoformat(r["start"]) for r in check_table("events").dicts()
                        if r["kind"] == "inauguration" and "rok-government" in r["actors"].split(";")))


_US_WORD = re.compile(rf"\b(?:{_US_WORDS})(?![\w'’])")  # a US word in a sentence ("U.S.", "American")
# an act of a vote or a taking of office between a president's name and "on Election (Inauguration) Day"
_OFFICE_ACT = re.compile(r"\b(?:won|wins|win|elected|sworn|inaugurated|took[ \t]{1,3}(?:office|power|the[ \t]{1,3}oath)"
                         r"|takes[ \t]{1,3}office|take[ \t]{1,3}office|assumed[ \t]{1,3}office|presidency|victory)\b")


def _korean_us_day(m: re.Match[str], pub: dt.date, past: bool) -> Range | bool | None:
    """Return South Korea's day for "on Election Day", "on Inauguration Day" when the words are about its vote or its
    president (dates53's mend): its sentence's subject is a South Korean president who wins or takes office and the
    sentence names no US president, or, in a past clause, its
    sentence names no US president nor a US word and South Korea's presidential day of that kind lies at most
    ``win.ROK_DAY_RECENT`` days before publication, or its paragraph names a South Korean president and no US one.
    Its day is that recent day in a past clause, else none (None); False when the words are the US day's.

    >>> t = "Moon Jae-in won the presidency on Election Day."
    >>> _korean_us_day(_US_DAY.search(t), dt.date(2017, 5, 15), True)
    Range(lo=datetime.date(2017, 5, 9), hi=datetime.date(2017, 5, 9), form='relative')
    >>> _korean_us_day(_US_DAY.search("Trump won on Election Day."), dt.date(2017, 5, 15), True)
    False
    """
    kind, text = m["name"].lower(), m.string
    rok, us = _president_words("President of South Korea"), _president_words("President of the United States")
    span = _sentence_span(text, m.start(), m.end())
    words, subject = set(_CAP_WORD.findall(text, *span)), set(_CAP_WORD.findall(text, span.start, m.start()))
    recent = [d for d in _rok_days(kind) if 0 <= (pub - d).days <= win.ROK_DAY_RECENT]
    day = Range(recent[-1], recent[-1], "relative") if recent and past else None
    if subject & rok and not words & us and _OFFICE_ACT.search(text, span.start, m.start()):
        return day
    if not past or words & us or _US_WORD.search(text, *span):
        return False
    if day is not None:
        return day
    line = text.rfind("\n", 0, m.start()) + 1
    close = text.find("\n", m.end())
    para = set(_CAP_WORD.findall(text, line, len(text) if close < 0 else close))
    return None if para & rok and not para & us else False


@cache  # a past clause's "before Election Day" asks it again at each read of its stretch (speed51); read only
def _us_days(kind: str, first: int, last: int) -> list[dt.date]:
    """Return the US days ``kind`` ("inauguration", "election") of the years ``first`` to ``last``, in order.

    >>> _us_days("inauguration", 2016, 2022), _us_days("election", 2019, 2022)[0]
    ([datetime.date(2017, 1, 20), datetime.date(2021, 1, 20)], datetime.date(2020, 11, 3))
    """
    if kind == "inauguration":
        return [dt.date(y, 1, 20) for y in range(first, last + 1) if y % 4 == 1]
    return [_us_election_day(y) for y in range(first, last + 1) if y % 2 == 0]


def _us_day_from(kind: str, back: bool, lo: dt.date, hi: dt.date) -> Period:
    """Return the US day ``kind`` on or after ``lo`` (a plan, a narrative's next step), or with ``back`` the latest on
    or before ``hi`` (a past act), as a holiday with no year is read.

    >>> d = dt.date(2024, 12, 10)
    >>> _us_day_from("inauguration", False, d, d).lo, _us_day_from("election", True, d, d).lo
    (datetime.date(2025, 1, 20), datetime.date(2024, 11, 5))
    """
    if back:
        day = [x for x in _us_days(kind, hi.year - 4, hi.year) if x <= hi][-1]
    else:
        day = next(x for x in _us_days(kind, lo.year, lo.year + 4) if x >= lo)
    return Period(day, day)


def _us_day_by(kind: str, back: bool, pub: dt.date, lo: dt.date, hi: dt.date) -> Period:
    """Return :func:`_us_day_from` for a past clause counted from the date ``lo``..``hi`` before it, none after
    publication ``pub``: a day still ahead of it is no past act's, which the latest on or before ``pub`` is.

    >>> _us_day_by("election", False, dt.date(2025, 7, 1), dt.date(2025, 6, 3), dt.date(2025, 6, 3)).lo
    datetime.date(2024, 11, 5)
    """
    day = _us_day_from(kind, back, lo, hi)
    return day if day.lo <= pub else _us_day_told(kind, False, pub)


def _us_day_told(kind: str, ahead: bool, pub: dt.date) -> Period:
    """Return the US day ``kind`` told with no year from ``pub``: the first on or after it (``ahead``), else the latest
    on or before it.

    >>> _us_day_told("inauguration", False, dt.date(2024, 12, 10)).lo
    datetime.date(2021, 1, 20)
    """
    return _us_day_from(kind, not ahead, pub, pub)


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


# "at the end of the summer", "by the end of last winter", "since the start of spring 2021": a season's edge; not a
# season a noun or "of"/"in" continues ("the end of the summer session", "the end of the fall in prices", "the end of
# the summer meeting": an event's end, dates53's mend)
_SEASON_EDGE = re.compile(
    r"\b(?P<prep>at|by|before|until|till|through|after|since|from|toward|towards|around|near|in)[ \t]+the[ \t]+"
    r"(?P<pos>end|start|beginning|close)[ \t]+of[ \t]+(?:(?P<which>this[ \t]+past|this|last|next)[ \t]+|the[ \t]+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:[ \t]+of[ \t]+(?P<year>{_YEAR})\b|[ \t]+(?P<year2>{_YEAR})\b)?"
    r"(?!['’-]|[ \t]+(?:of|in|semesters?|sessions?|term|breaks?|vacation|holidays?|recess|olympics|games|camps?"
    r"|drills?|exercises?|training|offensive|season|meetings?|talks|summits?|conferences?)\b)", re.IGNORECASE)
_SEASON_AT = frozenset({"at", "around", "toward", "towards", "near", "in"})  # the edge as a time: a month of it


def _season_edge(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return a season's edge: as the time a thing happened or happens ("at the end of the summer") its last (first)
    month, as "late (early) summer" is and as "at the end of the month" is its last third (README); as a deadline
    or a start ("by the end of summer", "since the beginning of spring") its last (first) day, as "by the end of the
    month" is. The season is the written one ("last winter", "spring 2021"), else by its clause's tense: a past
    clause, the latest whose edge has come by publication; any other, the first whose edge is still to come.

    >>> ranges("Talks stalled at the end of the summer.", dt.date(2020, 7, 10))
    [('at the end of the summer', '2019-08-01', '2019-08-31')]
    >>> ranges("Seoul wants a deal by the end of summer, and met at the start of last winter.", dt.date(2020, 3, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('by the end of summer', '2020-08-31', '2020-08-31'), ('at the start of last winter', '2019-12-01', '2019-12-31')]
    """
    first = _SEASONS[m["season"].lower()]
    pos = "end" if m["pos"].lower() in {"end", "close"} else "start"
    year = m["year"] or m["year2"]
    if year or m["which"]:
        lo, hi, form = _season_of(m.groupdict() | {"rel": None, "year3": None}, first, pub, False)  # type: ignore[arg-type]
    else:
        past = clause_tense(m.string, m.start(), m.end()) == "past" and not future
        seasons = [_months(y, first, 3) for y in range(pub.year - 2, pub.year + 2)]
        edge = (lambda p: p.hi) if pos == "end" else (lambda p: p.lo)
        lo, hi = [p for p in seasons if edge(p) <= pub][-1] if past else next(p for p in seasons if edge(p) >= pub)
        form = "relative"
    if m["prep"].lower() in _SEASON_AT:
        day = hi if pos == "end" else lo
        return Range(*_month_range(day.year, day.month), form)
    return Range(*_pos_in(lo, hi, pos), form)


# a holder's term named in words the term patterns above do not take, read by `_term` as "during his first term" is
# (README, a presidential term named by its holder; dates53): "during his presidential (four-year, single) term",
# "in her time as president", "during his first stint in the White House" (a stint only of an office so named); not
# a term as, in or at another office ("his four-year term as governor", "her term in the Senate": dates53's mend)
_TERM_WORDED = re.compile(
    r"\b(?P<prep>(?i:during|in|over|throughout|under))[ \t]{1,3}(?:(?i:his|her)|(?P<my>(?i:my))"
    rf"|(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}{_CAP})(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3})?"
    r"(?:(?:presidential|four-year|five-year|single|lone|only|one)[ \t]{1,3}(?=term\b)"
    r"|(?=time[ \t]{1,3}as[ \t]{1,3}(?i:president|leader)\b)"
    r"|(?=stint[ \t]{1,3}(?:in[ \t]{1,3}(?:office|the[ \t]{1,3}White[ \t]House)|as[ \t]{1,3}(?i:president))\b))"
    r"(?P<noun>term|time|stint)\b(?:[ \t]{1,3}(?:in[ \t]{1,3}(?:office|the[ \t]{1,3}White[ \t]House)"
    r"|as[ \t]{1,3}(?i:president|leader))\b"
    r"|(?![ \t]{1,3}(?:as\b|(?:in|at)[ \t]{1,3}(?:the[ \t]{1,3})?[A-Z])))(?![-'’])(?P<adj>)(?P<its>)")
_T_TERM_WORDED = Trigger(re.compile(r"term\b|time[ \t]as\b|stint\b"), (("term", 0), ("time", 0), ("stint", 0)))
# an administration named by its holder that `_ADMIN_TERM` does not take, read as it reads one (dates53): with a
# word of its politics ("under the liberal Moon Jae-in government"), as the "last" one ("during the last Trump
# administration": the previous), or as the time of an act in Korean copy's English ("at the time of the first Trump
# administration", 당시); not "the Trump administration's plan" (a possessive: a thing)
_ADMIN_MORE = re.compile(
    r"\b(?P<prep>(?i:during|under|throughout)|(?P<at>(?i:at))[ \t]{1,3}(?i:the[ \t]{1,3}time[ \t]{1,3}of))[ \t]{1,3}"
    r"(?i:the)[ \t]{1,3}(?:(?P<ord>first|second|third)[ \t]{1,3}"
    r"|(?P<adj>previous|prior|former|earlier|last)[ \t]{1,3})?"
    r"(?P<lean>(?:conservative|liberal|progressive|left-leaning|right-leaning|Democratic|Republican)[ \t]{1,3})?"
    r"(?(lean)|(?(at)|(?<=[Ll]ast[ \t])))"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>administration|government|presidency)\b(?!['’])(?P<my>)(?P<its>)")
# "during the Trump administration's first term": an ordinal term of the administration its holder names (dates53)
_ADMIN_ORD_TERM = re.compile(
    r"\b(?P<prep>(?i:during|in|under|throughout))[ \t]{1,3}(?i:the)[ \t]{1,3}"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}(?:administration|government)['’]s"
    r"[ \t]{1,3}(?P<ord>first|second|third)[ \t]{1,3}(?P<noun>term)\b(?P<adj>)(?P<my>)(?P<its>)")



# "since the end of World War II", "after the end of the Korean War": the end of a war the alliance's story dates its
# troops from, told after a preposition as a time (dev militarycom 2021-03-23's item; dates53). Japan's surrender,
# announced on 15 August 1945 (Korea's and Japan's day; the 14th in US time) and signed on 2 September, and the Korean
# War armistice signed at Panmunjom on 27 July 1953: `_WAR_END_SOURCES`, rows of data/sources.csv. Not the war itself
# ("since the Korean War": the dev files list no item of it), nor "the end of the Cold War" (no one day)
_WAR_ENDS = {"world war ii": Period(dt.date(1945, 8, 15), dt.date(1945, 9, 2)),
             "korean war": Period(dt.date(1953, 7, 27), dt.date(1953, 7, 27))}
_WAR_END_SOURCES = {"world war ii": ("kdvr-2017-08-14-vj-day",), "korean war": ("retronewser-2023-07-26-armistice",)}
_WAR_END = re.compile(
    r"(?:(?<=[Ss]ince[ \t])|(?<=[Aa]fter[ \t])|(?<=[Bb]efore[ \t])|(?<=\b[Aa]t[ \t])|(?<=[Uu]ntil[ \t])"
    r"|(?<=[Ff]ollowing[ \t])|(?<=\b[Bb]y[ \t])|(?<=[Pp]rior[ \t]to[ \t])|(?<=[Ss]ince[ \t]{2}))"
    r"the[ \t]{1,3}end[ \t]{1,3}of[ \t]{1,3}(?:(?P<ww2>World[ \t]War[ \t](?:II|Two|2)|WWII|WW2|the[ \t]{1,3}Second[ \t]"
    r"World[ \t]War)|the[ \t]{1,3}(?:1950[-–](?:19)?53[ \t]{1,3})?(?P<korea>Korean[ \t]War))\b(?![-'’])")
_T_WAR = Trigger(re.compile(r"War\b|WWII\b|WW2\b"), (("War", 0), ("WWII", 0), ("WW2", 0)))


def _war_end(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the end of World War II" (after "since", "after", "before" ...): the days of `_WAR_ENDS`.

    >>> ranges("US troops have been in Japan since the end of World War II.", dt.date(2021, 3, 23))
    [('the end of World War II', '1945-08-15', '1945-09-02')]
    >>> ranges("Troops stayed after the end of the 1950-53 Korean War.", dt.date(2021, 3, 23))
    [('the end of the 1950-53 Korean War', '1953-07-27', '1953-07-27')]
    """
    return Range(*_WAR_ENDS["world war ii" if m["ww2"] else "korean war"], "absolute")


# "in the election year", "this election year" told in a year with a national vote: publication's year, the one the
# news is in (dev koreatimesus 2020-10-30; dates53); every even year holds a US federal vote (`_us_election_day`), and
# an odd one may hold a South Korean presidential vote (`_rok_presidential_votes`). Not a year a phrase after it
# names ("the election year of 2020", "the election year when ...") or set beside it ("In 2016, the election year,"),
# nor "an election year" (any such year)
_ELECTION_YEAR = re.compile(r"(?<!\d,[ \t])\b(?:[Tt]his|[Tt]he)[ \t]{1,3}election[ \t]{1,3}year\b"
                            r"(?!['’-]|[ \t]{1,3}(?:of|when|in)\b)")
_T_ELECTION_YEAR = Trigger(re.compile(r"election[ \t]year"), (("election", 0),))


def _election_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the election year" as publication's year when that year holds a national vote, else None; after a
    vote or campaign named by its year in the sentence before, that year's (:func:`_year_campaign_before`).

    >>> ranges("Biden wrote for a Korean outlet in the election year.", dt.date(2020, 10, 30))
    [('the election year', '2020-01-01', '2020-12-31')]
    >>> ranges("Biden wrote for a Korean outlet in the election year.", dt.date(2019, 10, 30))
    []
    """
    named = _year_campaign_before(m)
    year = pub.year if named is None else named
    if year % 2 and all(d.year != year for d in _rok_presidential_votes()):
        return None
    return Range(dt.date(year, 1, 1), dt.date(year, 12, 31), "relative" if named is None else "absolute")


# a year's vote or campaign named by its year ("the 2016 campaign", "the 2020 presidential election", "the 2022 race")
_YEAR_CAMPAIGN = re.compile(r"\b(?P<year>(?:19|20)\d\d)[ \t]{1,3}(?:(?:presidential|general|midterm|U\.S\.|US)"
                            r"[ \t]{1,3})?(?:campaign|election|race|vote)s?\b")


def _year_campaign_before(m: re.Match[str]) -> int | None:
    """Return the year of the latest vote or campaign named by its year in the sentence before ``m`` or in its own
    before it ("The 2016 campaign was bitter. In the election year, ..."): the election year it points back to
    (dates53's mend), else None.

    >>> t = "The 2016 campaign was bitter. In the election year, Trump won."
    >>> _year_campaign_before(re.search("the election year", t)), _year_campaign_before(re.search("In", "In it."))
    (2016, None)
    """
    text = m.string
    own = _sentence_span(text, m.start(), m.end()).start
    begin = _sentence_span(text, own - 2, own - 2).start if own > 1 and text[own - 1] != "\n" else own
    years = [int(y["year"]) for y in _YEAR_CAMPAIGN.finditer(text, begin, m.start())]
    return years[-1] if years else None


# --- fix50g: hunt50c causes A, H, I, J, K, L ----------------------------------------------------------------
# a plan set off by commas and told as the first one ("The talks, originally planned for Nov. 18, were held a day
# later"): the plan word tells no tense of its own; the sentence's verb after the closing comma does
_SET_OFF_PLAN = re.compile(r",[ \t]{1,3}(?i:originally|initially)[ \t]{1,3}(?i:planned|scheduled|set|slated)"
                           r"[ \t]{1,3}(?i:for)[ \t]{1,3}\Z")
_SET_OFF_CLOSE = re.compile(r"[ \t]{0,2},[ \t]{1,3}")


def _set_off_plan_past(text: str, start: int, end: int, hi: int, tokens: _Tokens | None) -> bool:
    """Return whether the date ``text[start:end]`` is the object of a set-off "originally (initially) planned
    (scheduled, set, slated) for" whose sentence's verb, after the closing comma, is past: the plan word then tells no
    future (the date is read with no tense, the nearest; a future verb keeps the plan ahead). Not a weekday, which
    a moved meeting's week still holds ahead.

    >>> t = "The vote, originally set for May 2, was held later. The vote, originally set for May 9, will be held."
    >>> [_set_off_plan_past(t, t.index(d), t.index(d) + 5, len(t), None) for d in ("May 2", "May 9")]
    [True, False]
    """
    if _WEEKDAY_AT.match(text, start) or _SET_OFF_PLAN.search(text, max(0, start - 48), start) is None:
        return False  # a weekday keeps its reading ("originally set for Wednesday, was pushed back to Friday": ahead)
    close = _SET_OFF_CLOSE.match(text, end, hi)
    if close is None:
        return False
    b = _word_end(text, min(hi, close.end() + _WINDOW), hi)
    if _set_off_dated(text, start, close.end(), b):
        return False
    return _own_past(_clause_words(text, close.end(), b, False, tokens))


# review50g: a year named in the plan's sentence ("The 2020 summit, originally planned for June, ...", "... moved to
# September 2020") dates the plan; a weekday after it ("..., was postponed on Monday") dates the act of moving it,
# before which the plan still lay ahead: either keeps the plan's reading ahead
_SET_OFF_YEAR_OR_DAY = re.compile(rf"(?<![\w$-]){_YEAR}(?![\w%-])|\b(?:{_WEEKDAY_ALT})\b")
_SET_OFF_NEAR = 120  # days: a set-off plan read as past lies at most this long before publication


def _set_off_dated(text: str, start: int, after: int, b: int) -> bool:
    """Return whether a year stands in the sentence of the set-off plan date at ``start`` (before it, or up to ``b``
    after the closing comma at ``after``), or a weekday after that comma.

    >>> t = "The 2020 summit, originally planned for June, was moved."
    >>> _set_off_dated(t, t.index("June"), t.index("was"), len(t))
    True
    >>> t = "The summit, originally planned for June, was moved on Monday."
    >>> _set_off_dated(t, t.index("June"), t.index("was"), len(t))
    True
    >>> t = "The summit, originally planned for June, was moved."
    >>> _set_off_dated(t, t.index("June"), t.index("was"), len(t))
    False
    """
    return _year_told_before(text, start) or _SET_OFF_YEAR_OR_DAY.search(text, after, b) is not None


def _set_off_far(m: re.Match[str], lo: dt.date, pub: dt.date) -> bool:
    """Return whether ``m``, a set-off plan read as past (:func:`_set_off_plan_past`), would begin at ``lo`` more
    than :data:`_SET_OFF_NEAR` days before publication: it is then read ahead, as a plan is.

    >>> t = "The summit, originally planned for June 20, was postponed."
    >>> m = re.search("June 20", t)
    >>> [_set_off_far(m, d, dt.date(2019, 12, 5)) for d in (dt.date(2019, 6, 20), dt.date(2019, 11, 20))]
    [True, False]
    """
    if (pub - lo).days <= _SET_OFF_NEAR:
        return False
    start = m.start("mon") if "mon" in m.re.groupindex and m["mon"] else m.start()  # "for July": the month's own
    return _set_off_plan_past(m.string, start, m.end(), len(m.string), None)


# "over (in, within, during, throughout) the next decade": the ten years from publication, as "the past decade" is
# the ten up to it; not "the next decade" with no such preposition, "the next decade of the alliance", "the next
# decade's budget", nor a calendar decade ("the 2030s")
_OVER_THE_NEXT = re.compile(r"\b(?i:over|in|within|during|throughout)[ \t]{1,3}(?i:the)[ \t]{1,3}\Z")


def _next_decade_rolling(m: re.Match[str], unit: str) -> bool:
    """Return whether "next decade" (``m``, of ``unit``) follows "over (in, within, during, throughout) the" and no
    "of", "in" or possessive follows it: the rolling ten years from publication.

    >>> ranges("Costs could double over the next decade.", dt.date(2024, 6, 12))
    [('next decade', '2024-06-12', '2034-06-12')]
    >>> ranges("The next decade will test the alliance.", dt.date(2024, 6, 12))
    [('next decade', '2030-01-01', '2039-12-31')]
    """
    if unit != "decade" or _NOT_SPAN_AFTER.match(m.string, m.end()) or _DECADE_APPOSED.match(m.string, m.end()):
        return False  # "In the next decade, the 2030s, ...": the calendar decade it names (review50g)
    if _year_told_before(m.string, m.start()):
        return False  # "Seoul pledged in 2019 to ... in the next decade": the decade after that year (review50g)
    return _OVER_THE_NEXT.search(m.string, max(0, m.start() - 24), m.start()) is not None


_DECADE_APPOSED = re.compile(r"[ \t]{0,2},[ \t]{1,3}(?i:the)[ \t]{1,3}(?:1[89]|20)\d0s\b")


def _year_told_before(text: str, start: int) -> bool:
    """Return whether a year stands before ``start`` in its sentence: the time it is told from is that year's.

    >>> t = "In 2019, Seoul vowed to spend more. It will spend more over the next decade."
    >>> _year_told_before(t, t.index("over")), _year_told_before(t, t.index("Seoul"))
    (False, True)
    """
    a = max(0, start - 160)
    stops = [x.end() for x in _SENTENCE_END.finditer(text, a, start)]
    return _YEAR_WORD.search(text, stops[-1] if stops else a, start) is not None


def _season_rel2(m: re.Match[str], pub: dt.date) -> Range:
    """Return "<season> last (next) year" (group ``rel2`` of :data:`_SEASON`): that season of the year before (after)
    publication's, one item, as "the spring of last year" is.

    >>> ranges("The talks began in spring last year.", dt.date(2024, 6, 12))
    [('in spring last year', '2023-03-01', '2023-05-31')]
    >>> ranges("The talks will end in winter next year.", dt.date(2024, 6, 12))
    [('in winter next year', '2025-12-01', '2026-02-28')]
    """
    first = _SEASONS[(m["season"] or m["season2"]).lower()]
    return Range(*_months(pub.year + (_rel_year(m["rel2"]) or 0), first, 3), "relative")


# "H1 2023", "2H 2023", "1Q 2023": a half or quarter of a year by its code, as "Q4 2023" (:data:`_QUARTER_CODE`) and
# "the first half of 2023" are read; a letter or digit right before or a hyphen is no code ("H1N1", "F-2H")
_HALF_CODE = re.compile(rf"(?<![\w-])(?:H(?P<h>[12])|(?P<h2>[12])H|(?P<q>[1-4])Q)[ \t]{{1,3}}(?P<y>{_YEAR})\b(?![\w-])")


# a fiscal year's half or quarter ("fiscal 2H 2020", "FY 2H 2020", "1Q 2021 fiscal-year"), whose months differ from the
# calendar's, or a product's code ("the H2 2019 model"): not read as the calendar's half (review50g)
_HALF_CODE_NOT = re.compile(r"\b(?i:fiscal|FY)\b[ \t-]{0,3}(?:\w{1,12}[ \t]{1,3}){0,2}\Z"
                            r"|[ \t]{1,3}(?:\w{1,12}[ \t]{1,3})?(?i:fiscal|FY)\b"
                            r"|[ \t]{1,3}(?i:models?|series|versions?|editions?|variants?)\b")


def _half_code(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a half ("H1 2023", "2H 2023") or quarter ("3Q 2023") of a year named by its code: its months.

    >>> ranges("Payments rose in H1 2023 and fell in 4Q 2023.", dt.date(2024, 6, 12))
    [('H1 2023', '2023-01-01', '2023-06-30'), ('4Q 2023', '2023-10-01', '2023-12-31')]
    """
    if _HALF_CODE_NOT.search(m.string, max(0, m.start() - 16), m.start()) or _HALF_CODE_NOT.match(m.string, m.end()):
        return None  # "fiscal 2H 2020", "1Q 2021 fiscal-year", "the H2 2019 model": the year alone (review50g)
    y = int(m["y"])
    if m["q"]:
        return Range(*_months(y, 3 * int(m["q"]) - 2, 3), "absolute")
    return Range(*_months(y, 6 * int(m["h"] or m["h2"]) - 5, 6), "absolute")


# a length of N years or days from its first one, after "for" or a verb of lasting ("would cover five years from 2026",
# "met for three days from June 3"): the span of that length (as "for five years from 2026" is read); not a count
# with no such word before it ("expires five years from 2026": a point, not read here)
_LENGTH_BEFORE = re.compile(r"(?:\b(?i:for|covers?|covered|covering|lasts|lasted|lasting|runs|ran|running|spans?"
                            r"|spanned|spanning)|\b(?i:will|would|to|could|should|may|might)[ \t]{1,3}(?i:last|run))"
                            r"[ \t]{1,3}\Z")
_MOST_DAYS_LASTING = 31  # days at most of such a length ("for three days from June 3")

_YEARS_LASTING = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:years)[ \t]{{1,3}}(?i:from)[ \t]{{1,3}}(?P<y>{_YEAR})\b"
                            r"(?![\w%'’-]|[ \t]*(?:to|through|until|-|–)[ \t]*\d)")

# "for three days from June 3": the day as a month-day is read (:func:`_full_day`), then its length
_DAYS_LASTING = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:days)[ \t]{{1,3}}(?i:from|starting)[ \t]{{1,3}}"
                           rf"{_MON}[ \t]{{0,2}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![ \t]*[-–][ \t]*\d)"
                           rf"(?:{_YEAR_OR_REL})?")


def _length_told(m: re.Match[str]) -> int | None:
    """Return the count of ``m`` (group ``n``) when "for" or a verb of lasting stands right before it, else None.

    >>> [_length_told(_YEARS_LASTING.search(t)) for t in ("It would cover five years from 2026.",
    ...                                                    "It expires five years from 2026.")]
    [5, None]
    """
    if _LENGTH_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None:
        return None
    return _count(m["n"])


def _years_lasting(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "would cover five years from 2026": the five years beginning in 2026.

    >>> ranges("The new deal would cover five years from 2026.", dt.date(2024, 6, 12))
    [('five years from 2026', '2026-01-01', '2030-12-31')]
    """
    n = _length_told(m)
    if n is None or n < 2:
        return None
    y = int(m["y"])
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


def _days_lasting(m: re.Match[str], pub: dt.date, future: bool, day: Handler = _full_day) -> Range | None:
    """Return "met for three days from June 3": the three days beginning on June 3 (``day``: how the first day is read;
    :func:`_days_lasting_dom` reads a day of the month with no month named).

    >>> ranges("Officials met for three days from June 3.", dt.date(2024, 6, 12))
    [('three days from June 3', '2024-06-03', '2024-06-05')]
    """
    n = _length_told(m)
    if n is None or not 2 <= n <= _MOST_DAYS_LASTING:
        return None
    r = day(m, pub, future)
    return Range(r.lo, r.lo + dt.timedelta(days=n - 1), r.form) if isinstance(r, Range) else None


# "held for two days from the 14th": a length of days from a day of the month with no month named, as Korean copy
# writes it (dates52); the day as "on the 14th" is read (:func:`_day_of_month`), by the clause's tense
_DAYS_LASTING_DOM = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:days)[ \t]{{1,3}}(?i:from|starting)[ \t]{{1,3}}"
                               r"(?i:the)[ \t]{1,3}(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                               r"(?![ \t]{1,3}(?:of|to|through|until|till|and)\b|[ \t]{0,3}[-–])")  # not a span's first
_DAYS_LASTING_DOM_END = re.compile(r"[ \t]{0,3}(?:[.,;:)]|\Z)|[ \t]{1,3}(?:in|at|on|with|amid|under|as|when|while"
                                   r"|before|after|between|among)\b")  # what may follow the day (mend52d)


def _days_lasting_dom(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "held for two days from the 14th": the two days beginning on the 14th (:func:`_day_of_month`), when "for"
    or a verb of lasting stands before the count (dates52).

    >>> ranges("Talks were held for two days from the 14th.", dt.date(2020, 1, 16))
    [('two days from the 14th', '2020-01-14', '2020-01-15')]
    >>> ranges("Guards worked for two days from the 14th floor.", dt.date(2020, 1, 16))
    []
    """
    if _DAYS_LASTING_DOM_END.match(m.string, m.end()) is None:
        return None  # a noun after the ordinal: "the 14th floor", "the 14th round" (mend52d)
    return _days_lasting(m, pub, future, _day_of_month)


def _part_told_past(m: re.Match[str], pre: str, which: str, unit: str, part: tuple[dt.date, dt.date],
                    pub: dt.date) -> bool:
    """Return whether "late (early) this month" (``m``; ``part`` its days) holds publication and its clause is past:
    what happened then ended by publication, as "earlier this month" does (a future "late this month" keeps its days).

    >>> ranges("USFK sent the notices late this month.", dt.date(2019, 11, 25))
    [('late this month', '2019-11-21', '2019-11-25')]
    >>> ranges("USFK will send the notices late this month.", dt.date(2019, 11, 25))
    [('late this month', '2019-11-21', '2019-11-30')]
    """
    if pre not in {"late", "early"} or which != "this" or unit != "month" or not part[0] <= pub < part[1]:
        return False
    return clause_tense(m.string, m.start(), m.end()) == "past"

_PATTERNS: list[tuple[re.Pattern[str], Handler, Trigger, int, int]] = [
    *_SPANS_AND_TERMS,
    # a month tied to an act: a vote, a deadline
    (_MONTH_VOTE, _month_vote, _T_MONTH_VOTE, 8, 48),
    (_MONTH_DEADLINE, _month_deadline, _T_MONTH_AS, 2, 56),
    # ("last Wednesday, Sept. 6": the day the text writes, not the weekday's own reading; date48b)
    (re.compile(rf"(?:\b(?i:on)\s+)?(?:(?:\b(?i:last|next|this|coming)\s+)?{_WD},?\s+)?{_MON}(?:\s+|(?<=\.)(?=\d))"
                rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                r"(?:\s*[-–]\s*(?P<day2>\d{1,2})\b(?![-–]|\s*(?:%|percent|billion|million|trillion)))?"
                rf"(?:{_YEAR_OR_REL})?"),
     _full, _T_MONTH_DAY, 40, 40),
    (re.compile(rf"(?:\bon\s+)?(?<![\d])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:{_YEAR_OR_REL})?"),
     _full, _T_DAY_MONTH, 14, 30),
    # "on March the fifth", "On February tenth" (a sentence's first word is capitalised): a day in words
    (re.compile(rf"\b(?P<mod>(?i:on|by|until|from|since|before|after))\s+{_MON}\s+(?:the\s+)?(?P<dayword>(?i:{_DAYWORD}))\b"
                rf"(?!-)(?:{_YEAR_OR_REL})?"), _full, _T_MOD_MONTH, 10, 40),
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
    (re.compile(r"\b(?:(?:at|over|during|on|for)\s+)?the\s+weekend\b", re.IGNORECASE), _weekend, _T_WEEKEND, 16, 2),
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
    (re.compile(r"\b(?:the\s+)?(?:(?P<unit>year|month)(?:'s|’s)?[\s-]end|end-of-(?:the-)?(?P<unit2>year|month))\b",
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
    (_MONTH_DASH_SPAN, _month_span, _T_MONTH_DASH, 20, 40), (_QUARTER_CODE, _quarter_code, _T_YEAR, 8, 4),
    (_HALF_CODE, _half_code, _T_YEAR, 8, 4),  # "H1 2023", "1Q 2023" (fix50g)
    (_YEARS_LASTING, _years_lasting, _T_YEARS_FROM, 32, 8), (_DAYS_LASTING, _days_lasting, _T_MONTH_DAY, 40, 24),
    (_DAYS_LASTING_DOM, _days_lasting_dom, _T_DAY_ORDINAL, 40, 8),  # "for two days from the 14th" (dates52)
    (_WEEK_OF_DAY, _week_of_day, _T_MONTH_DAY, 16, 24), (_YEARS_THROUGH, _years_from, _T_YEARS_TO, 56, 4),
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
# the rows (indices into _PATTERNS) whose trigger has each literal: the rows a stretch is scanned for are those of the
# literals it holds (a short stretch holds few), not a test of every row
_ROWS_OF = {lit: tuple(i for i, lits in enumerate(_ROW_LITERALS) if lit in lits) for lit in _ALL_LITERALS}
_ROWS = list(zip(_PATTERNS, _ROW_NEEDS, strict=True))
# handlers whose reading depends on the tense
_MONTH_DAYS = frozenset({_full, _day_span})  # a month-day, or days of a month: read back in a past clause
_TENSED = frozenset({_full, _day_span, _month, _month_to, _weekday, _weekend, _season, _day_of_month, _days_of_month,
                     _days_lasting_dom,  # dates52
                     _in_count, _month_vote, _month_end, _month_span, _week_of_month, _day_by_election, _part_of_year,
                     _week_of_day, _holiday, _day_by_holiday, _count_by_holiday})
_ENDS_OF = frozenset({_end_of, _year_end})  # read back when told in the past (`_end_told_past`)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_UNTENSED_MODS = frozenset({"last", "next", "this", "this past", "this coming", "since", "any", "a", "an",
                            "later", "earlier"})
# A dateline with no date in it (the story's own day is not written): the city in capitals (up to four words; the
# first of "SEOUL/WASHINGTON"), then what stands before the dash: a country or state after a comma (", South Korea",
# ", Ill."), a wire's tag in brackets ("(Yonhap)"). Which of them places the story is read by _dateline_country.
_DATELINE_PLACE = re.compile(
    r"\s{0,4}(?P<city>[A-Z][A-Z'’.]{0,24}+(?![a-z])(?:[ \t][A-Z][A-Z'’.]{0,24}+(?![a-z])){0,3})"
    r"(?P<rest>[^\n\d—–-]{0,40})"
    r"(?:—|–|-)"
)
_WIRE_TAG = re.compile(r"\(([^()]{1,30})\)")  # "(Yonhap)", "(AP)" in the words after the city
# "Black Friday" (a name), "every Wednesday", "each Monday" (a habit, no one day: dfix44)
_NOT_A_DAY = re.compile(r"(?:Black|Good|Ash|Super|Cyber|Holy|Maundy|Easter|Palm|\b[Ee]very|\b[Ee]ach)\s+\Z")
# Forms that count from the time of writing (or speaking): a quotation of earlier words changes them.
_DEICTIC_FORMS = frozenset({"weekday", "month", "relative"})
_REPORTING = frozenset({"said", "told", "asked", "promised", "warned"})  # "I said next year ..."


@dataclass(frozen=True, slots=True)
class _Hit:
    """One date expression found: ``text[start:end]``, its match and handler, and its first reading."""

    start: int
    end: int
    match: re.Match[str]
    handler: Handler
    future: bool
    value: Range | Anchored
    plan: bool = False  # read ahead as the deadline or start of a plan told in the past: from the plan's date


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
            for h in _candidates(text, s.day, s.at, nxt.at, published, headline=headline,
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


_WEEKDAY_NAMED = re.compile(rf"\b(?:{_WEEKDAY_ALT})\b")  # a weekday's name in a date's words
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
    """From offset ``at`` on, the day a story's relative dates count from (a dated dateline's, or publication)."""

    at: int
    day: dt.date


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
        m = _DATED_DATELINE.match(text, ps, end) or _DAY_FIRST_DATELINE.match(text, ps, end)
        if m is not None and _dateline_date_at(m) == h.start:
            out[ps] = m
    return out


_DATELINE_REACH = 80  # characters at most from a paragraph's opening to the month of its dateline
_BLANKS = " \t\u00a0\ufeff"  # what a paragraph break holds beside its line ends (``_PARA_BREAK``)


def _opening_of(text: str, at: int, start: int, by_line: bool = False) -> int | None:
    """Return the opening of the paragraph of ``text[start:]`` that ``at`` lies in, as :func:`_by_paragraph` gives
    it, when it is at most ``_DATELINE_REACH`` characters before ``at`` on the same line; else None. ``by_line``:
    every line break parts paragraphs.

    >>> t = "A.\\n\\n  SEOUL, Nov. 20 -- B.\\nTOKYO, Nov. 20 -- C."
    >>> _opening_of(t, 13, 0), _opening_of(t, 35, 0), _opening_of(t, 1, 0), _opening_of(t, 35, 0, by_line=True)
    (6, None, 0, 27)
    """
    nl = text.rfind("\n", max(start, at - _DATELINE_REACH), at)
    if nl < 0:
        return start if at - start <= _DATELINE_REACH else None
    lo = max(start, nl - _DATELINE_REACH)
    before = text[lo:nl].rstrip(_BLANKS + "\r")  # a line end here: a blank line, a paragraph break
    if not before and lo == start:
        return start  # the stretch's first paragraph, after blank lines
    if before[-1:] != "\n" and not by_line:
        return None  # a line break inside a paragraph (or blanks past the reach)
    ps = nl + 1
    while ps < at and text[ps] in _BLANKS:
        ps += 1
    return ps


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
            out[-1] = _StoryDay(ps, day)
        else:
            out.append(_StoryDay(ps, day))
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
            if (days := _holiday_near(key, dt.date.fromisoformat(values[j]["start"]))) is not None:
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
    """
    gap = text[date.end : ago.start]
    if not v.get("start") or not w.get("start") or not gap.startswith(",") or \
            " ".join(gap[1:].split()).lower() not in _AGO_HEDGES:
        return False
    lo, hi = dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])
    w_lo, w_hi = dt.date.fromisoformat(w["start"]), dt.date.fromisoformat(w["end"])
    room = hi - lo + dt.timedelta(days=1)  # one unit of the count: a year, a month, a week, a day
    return lo - room <= w_lo and w_hi <= hi + room and w_hi - w_lo <= room


def _holiday_near(key: str, day: dt.date) -> Period | None:
    """Return the days of holiday ``key`` (of ``day``'s year or one beside it) nearest ``day``, None when none lies
    within ``_BESIDE_REACH`` days of it (or no source dates them).

    >>> _holiday_near("chuseok", dt.date(2020, 9, 30)), _holiday_near("christmas", dt.date(2020, 6, 1))
    (Period(lo=datetime.date(2020, 9, 30), hi=datetime.date(2020, 10, 2)), None)
    """
    best: tuple[int, Period] | None = None
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            days = _holiday_days(key, y)
        except _NoRow:
            continue
        gap = max((days.lo - day).days, (day - days.hi).days, 0)
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
_POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,30}(?:['’]s|s['’])[ \t]{1,3}\Z")  # "Kim’s Dec. 1 speech"
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
    try:
        on = Range(r.lo.replace(year=r.lo.year + 1), r.hi.replace(year=r.hi.year + 1), r.form)
    except ValueError:  # 29 February
        return r
    near = r.hi < pub and (on.lo - pub).days < min((pub - r.hi).days, _AIM_AHEAD)
    return on if near else r


def _candidates(text: str, pub: dt.date, start: int, end: int, printed: dt.date | None = None, *,
                headline: bool = False, kept: tuple[dict[Any, Any], set[str]] | None = None) -> list[_Hit]:
    """Return the date expressions of ``text[start:end]``, read against ``pub``: leftmost-longest, in order. Under a
    dated dateline ``pub`` is its day, which rolling spans ("over the last five months", "in two weeks") end or start
    at too (README "A dated dateline is the story's own day"), and ``printed`` the publication date; ``headline``:
    the stretch is the article's line 1 (see :func:`find_dates`); ``kept``: ``literal_places`` of the stretch and
    ``_ALL_LITERALS``, when the caller found them.

    >>> [h.match.group() for h in _candidates("in January next year, on Friday", dt.date(2019, 11, 16), 0, 32)]
    ['in January next year', 'on Friday']
    """
    places, present = kept or literal_places(text, start, end, _ALL_LITERALS)  # and trigger hits, shared below
    local = _local_day(text, start, pub, printed)
    tokens = _Tokens(text, start, end)  # the words the tense of each bare date is read from
    matched: list[tuple[int, int, int, re.Match[str], Handler]] = []  # (start, -end, order found, match, handler)
    for (rx, handler, trigger, back, ahead), need in _rows_with(present):
        if _unmatched_whole(rx, text, start, end, ahead) or not trigger.spans(text, start, end, places).starts:
            continue  # no hit of the trigger (none of its literals is there), or no match at all: none to scan for
        matched += [(_span_start(text, m), -m.end(), len(matched) + k, m, handler)
                     for k, m in enumerate(scan(rx, trigger, text, start, end, back, ahead, places, need))]
    matched.sort(key=lambda x: x[:3])  # leftmost-longest, the first row's first: the order the hits are kept in
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
    return _fiscal_ellipsis(text, hits)


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
        if s is None or _writers_report(text, hits, k, s, pub):
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
    if h.handler is _relative:
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
    return s if _dates_speech(text, s, between, between.index("would")) else None


def _past_speech_hit(text: str, hits: list[_Hit], k: int, pub: dt.date, told_past: bool = False,
                     marked: bool = False) -> _Hit | None:
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

    ``told_past``: a bare weekday told in the past counts too ("told lawmakers in 2021 that he had met Lee on
    Friday": a word finer than the speech's time, :func:`_year_dated_report`; dates54). ``marked``: any word counts
    (a "next/last/this" weekday, :func:`_marked_weekday_from_speech`).
    """
    s, h = hits[k - 1], hits[k]
    if isinstance(s.value, Anchored) or s.value.hi >= pub - dt.timedelta(days=_STORY_PRESENT):
        return None
    if not (_read_from_speech(h) or (told_past and _bare_weekday(h)) or marked) or text.find("\n", s.end, h.start) >= 0:
        return None
    between = _TOKEN.findall(text, s.end, h.start)
    if any(w in _BOUNDARY or w.lower() == "would" for w in between):
        return None  # a sentence apart, a quotation, or a "would" clause (:func:`_speech_hit` reads it)
    if not _SPEECH_OR_SAID.search(text, max(0, s.start - _SPEECH_NEAR), h.start):
        return None  # no word of speech near them (searched only for a pair in one clause: a case-blind search)
    gap = text[s.end : h.start]
    opener = text[_sentence_span(text, s.start, s.end).start : s.start].split() if _CLAUSE_CLOSE.search(gap) or \
        any(w.lower() in _SAID for w in between) else []
    opens = (bool(opener) and all(w.lower() in _OPENING_PREPOSITIONS for w in opener)) or _fronted_phrase(text, s)
    if opens:
        gap = gap.split(",", 1)[-1]  # "In 2019, Park said ...", "In a 2019 interview, Park said": the opening's comma
    if _CLAUSE_CLOSE.search(gap):
        return None  # "Park, who said in 2019 that ..., will visit next year": the speech's clause has closed
    verbs = [w for w in between if w.lower() in _SPEAKING]
    if len(verbs) > opens or _narrator_joined(between):
        return None  # "told Reuters last year that they say Seoul agreed last year": a later speech, undated
    return s if _dates_speech(text, s, between, len(between)) else None


_CLAUSE_CLOSE = re.compile(r",|—|–|[ \t]-[ \t]")  # a comma or dash between a speech's date and a date after it
_JOINERS = frozenset({"and", "but", "while", "whereas", "yet"})  # words that may join the narrator's clause to a report
# the pronouns that open a clause's subject (beside a determiner or a capitalised name)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
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
_SPEAKING = _SAID | {"say", "says", "tell", "tells", "added", "asked"}  # a speech verb: a second one starts a speech
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
    opens = all(w.lower() in _OPENING_PREPOSITIONS for w in before)  # "In 2019, Lee said ...": the sentence's opening
    opens = opens or _fronted_phrase(text, s)  # "During a visit in 2019, Lee said ..." (dfix51)
    ahead = between[:upto][: _SAID_REACH + 2] if opens else []
    spoken = any(w.lower() in _SPEECH_WORDS for w in before) and any(w.lower() in _SAID for w in before + between)
    return spoken or any(w.lower() in _SAID for w in ahead)


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
        if _second_past_act(_TOKEN.findall(text, s.end, h.start)):
            continue  # "announced the cut Tuesday, then reversed it on Thursday": a later act, no speech's content
        said = s.value.lo
        if said < h.value.lo <= pub:
            back = dt.timedelta(days=((h.value.lo - said).days + 6) // 7 * 7)
            hits[k] = replace(h, value=Range(h.value.lo - back, h.value.hi - back, h.value.form))
    return hits


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
    """
    for k, h in enumerate(hits):
        if h.handler is not _deictic or isinstance(h.value, Anchored):
            continue
        s = _speech_day_before(text, hits, k, pub) if k else None
        if s is not None:
            tense = _own_clause_tense(text, s.end, h.start)
        elif (s := _speech_tag_after(text, hits, k, pub)) is not None:
            tense = _own_clause_tense(text, max(0, h.start - _BACK), h.start)
        else:
            continue
        said = s.value.lo
        if (tense == "past" and h.value.lo > said) or (tense == "future" and h.value.hi < said):
            hits[k] = replace(h, value=_deictic(h.match, said, h.future))
    return hits


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
    return s if _dates_speech(text, s, between, len(between)) else None


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
    if i < 1 or isinstance(h.value, Anchored) or h.value.form not in _DEICTIC_FORMS:
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


# verbs that move a date besides those of deferral ("brought forward from May to March"): "from X to Y" after one
# names the old and the new date, two points, not a span (dfix50)
_DATE_MOVERS = frozenset({"shifted", "shifts", "brought", "advanced", "changed", "switched", "bumped"})


def _moved_pair(m: re.Match[str]) -> bool:
    """Return whether match ``m`` of two dates opens with "from" after a verb that moves a date
    (:func:`_moved_from_to`).

    >>> _moved_pair(re.search(r"(?P<from>from) May to June", "It was postponed from May to June."))
    True
    """
    return (m.groupdict().get("from") or "").lower() == "from" and _moved_from_to(m.string, m.start())


def _moved_from_to(text: str, at: int) -> bool:
    """Return whether the clause before "from" at ``at`` holds a verb that moves a date (:data:`_DEFERRAL`,
    :data:`_DATE_MOVERS`: "postponed from October to December").

    >>> _moved_from_to("The launch was postponed from", 25), _moved_from_to("Prices rose from", 12)
    (True, False)
    """
    words = _clause_of(_TOKEN.findall(text, max(0, at - _PAIR_BACK), at), True)
    return any(w.lower() in _DEFERRAL or w.lower() in _DATE_MOVERS for w in words)


_STARTING = re.compile(
    r"\b(?:(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?|from\s+|as\s+of\s+|ahead\s+of\s+(?:the\s+)?)\Z",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|starting|beginning|effective|from)\s+(?:on\s+)?\Z", re.IGNORECASE)
# the end of a plan's span: "agreed to fund their wages through the end of the year" (dfix41; the plan's, ahead)
_SPAN_END_BEFORE = re.compile(r"\b(?:through|throughout)\s+\Z", re.IGNORECASE)
# a date in a noun phrase whose verb after it weighs its chance: "a deal before the end of the month looked unlikely"
_PROSPECT_AFTER = re.compile(
    r"[ \t]{1,3}(?:looked|looks|seemed|seems|appeared|appears|remained|remains|was|is)[ \t]{1,3}"
    r"(?:(?:increasingly|highly|very|ever[ \t]more|more|less)[ \t]{1,3})?"
    r"(?:unlikely|likely|doubtful|possible|impossible|remote|uncertain|in[ \t]doubt)\b")


def _prospect_after(text: str, end: int) -> bool:
    """Return whether the verb right after a date weighs the chance of the noun phrase that holds it ("a deal before
    the end of the month looked unlikely", "a deal by Christmas seems remote"): the date is that of a prospect, ahead
    whatever the tense (dfix41); not a verb that tells what happened ("a deal before Christmas was signed").

    >>> t = "a deal before the end of the month looked unlikely"
    >>> _prospect_after(t, t.index(" looked")), _prospect_after("a deal by May was signed", 12)
    (True, False)
    """
    return _PROSPECT_AFTER.match(text, end) is not None


# a deadline named by an event the date dates: "to conclude the talks before the U.S. election in November"
_EVENT_DEADLINE = re.compile(
    r"\b(?:by|until|before|ahead\s+of)\s+the\s+(?:[\w.’'-]{1,30}\s+){1,3}(?:(?:in|on)\s+)?\Z", re.IGNORECASE
)


def _ahead(text: str, m: re.Match[str], tokens: _Tokens, news: bool = False, count: bool = False) -> str | None:
    """Return why a bare date points forward ("future", "start", "plan": see :func:`points_forward`), or None
    (``tokens``: the words of the stretch of ``text`` read; ``news``: a weekday in the headline, whose simple present
    reports news, :func:`_headline_present`; ``count``: the date is a count, "in a year", which after a plan told
    as past counts forward from the plan, :func:`_past_plan_before`).

    >>> t, u = "Workers face leave starting Wednesday.", "Workers faced leave starting Wednesday."
    >>> [_ahead(x, re.search("Wednesday", x), _Tokens(x, 0, len(x))) for x in (t, u)]
    ['start', None]
    >>> t = "Envoy visits Tamsk Monday"
    >>> [_ahead(t, re.search("Monday", t), _Tokens(t, 0, len(t)), news) for news in (False, True)]
    ['future', None]
    """
    start = _list_start(m) or _span_start(text, m)
    cut = _clock_before(text, start, tokens.lo)
    back = _clause_skipping_aside(text, cut, tokens.lo) or tokens.clause(
        max(tokens.lo, cut - _BACK), cut, True)  # read once
    if _reporting_present(back):
        return None
    way = _forward(text, start, m.end(), tokens.lo, tokens.hi, tokens, back)
    if news and way == "future" and (_headline_present(back) or _possessive_present(text, m, tokens)):
        return None
    if way in {None, "untensed"} and not news and (_weekday_present_act(text, start, m.end())
                                                   or _weekday_possessive_ahead(text, start, m.end())):
        return "future"  # "The ministry briefs lawmakers Friday.": a schedule (fix51d4)
    if way is None and count and _leaving_before(back):
        return "future"  # "ended Thursday, leaving the deal to expire in 17 days": what is left lies ahead (dfix41)
    return "future" if way is None and (_promise_before(back) or (count and _past_plan_before(back))) else way


# a clock's "a.m."/"p.m." right before a date that goes on its sentence: a lower-case word ("at 10 a.m. on Friday")
# or a weekday ("at 3 p.m. Friday"); "... at 10 a.m. On Monday, ..." opens a new sentence
_CLOCK_BEFORE = re.compile(r"\b[ap]\.m\.[ \t]{1,3}\Z")
_GOES_ON = re.compile(r"[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_CLOCK_BACK = 10  # characters read before a date for a clock's "a.m."


def _clock_before(text: str, start: int, lo: int) -> int:
    """Return where the clause words before the date at ``start`` end: before a clock's "a.m."/"p.m." right before
    it when the date goes on its sentence (the clock's period ends no clause: "will meet at 10 a.m. on Friday", "will
    speak at 3 p.m. Friday"), else ``start`` (dates54).

    >>> t = "Kim will speak at 3 p.m. Friday."
    >>> _clock_before(t, t.index("Friday"), 0), _clock_before("At 9 a.m. On Monday", 10, 0)
    (20, 10)
    """
    clock = _CLOCK_BEFORE.search(text, max(lo, start - _CLOCK_BACK), start)
    return clock.start() if clock and _GOES_ON.match(text, start) else start


# a plural subject, an aside between commas, and a timetable's base verb right after it ("The talks, which began
# Monday, run through Friday", "The drills, held in Seoul, end on Friday"): the main clause's present (dates54)
_ASIDE_BEFORE = re.compile(r"\b(?P<subj>[A-Za-z]{3,20})[ \t]{0,2},[ \t]{1,3}[a-z][^,;:.!?\"“”\n]{0,80},[ \t]{1,3}"
                           r"(?P<verb>[a-z]{2,12})\b[^,;:.!?\"“”\n]{0,60}\Z")


def _clause_skipping_aside(text: str, cut: int, lo: int) -> list[str] | None:
    """Return the words a reader of the clause of a date ending at ``cut`` sees when an aside between commas stands
    between its plural subject and a timetable's base verb ("The talks, which began Monday, run through Friday":
    ["talks", "run", "through"]): the aside's own tense is not the main clause's; None when there is no such aside,
    or a tense word before the subject makes it another verb's object ("helped the workers, who were furloughed,
    resume work on Monday") (dates54).

    >>> t = "The talks, held in Seoul, end on Friday."
    >>> _clause_skipping_aside(t, t.index("on Friday"), 0)
    ['talks', 'end']
    >>> _clause_skipping_aside("The talks end on Friday.", 15, 0)
    >>> t = "Kim helped the workers, who were furloughed, resume work on Monday."
    >>> _clause_skipping_aside(t, t.index("on Monday"), 0)
    """
    m = _ASIDE_BEFORE.search(text, max(lo, cut - _BACK), cut)
    if m is None or m["verb"] not in _SCHEDULED_BASE or not _plural_subject(m["subj"].lower(), m["verb"]):
        return None
    before = _clause_of(_TOKEN.findall(text, max(lo, m.start() - _BACK), m.start()), True)
    k = _last_teller(before)
    if k is not None and before[k] not in _BOUNDARY and before[k].lower() not in _SAID:
        return None  # (a speech verb's report keeps the reading: "Kim said the talks, held in Seoul, end Friday")
    return [m["subj"], *_TOKEN.findall(text, m.start("verb"), cut)]


def _leaving_before(back: list[str]) -> bool:
    """Return whether a participle of result ("leaving") stands after the last tense word of a date's clause
    (``back``: its words before the date): what an act left is still ahead of it ("talks ended, leaving the deal to
    expire in 17 days", "leaving workers facing leave in 12 days"), counted forward (dfix41).

    >>> _leaving_before("Talks ended , leaving the deal to expire".split()), _leaving_before("Talks ended".split())
    (True, False)
    """
    if "leaving" not in back:
        return False
    k = _last_teller(back)
    return back.index("leaving") > (-1 if k is None else k)


def _past_plan_before(back: list[str], simple: bool = False) -> bool:
    """Return whether the tense word nearest before a date in its clause (``back``) is a plan told as past ("was due
    to", "were scheduled to", "had been set to"; :func:`_plan_told_past`; ``simple``: with "was"/"were", not the past
    perfect). A weekday or a month after it is past ("were due to start Monday": the Monday just gone), but a count
    after it ("was due to expire in a year") is the plan's future, counted from the time of the plan
    (:func:`_counted_from_past_plan`), not a span up to publication.

    >>> _past_plan_before("The deal was due to expire".split()), _past_plan_before("It had been set to end".split())
    (True, True)
    >>> _past_plan_before("The deal expired".split()), _past_plan_before("The deal is due to expire".split())
    (False, False)
    >>> _past_plan_before("It had been set to end".split(), simple=True)
    False
    """
    k = _last_teller(back)
    if k is None or back[k].lower() not in _PLAN_TOLD or _tense_of(back, k) != "past":
        return False
    return not simple or _aux_before(back, k) in _WAS




def _headline_present(back: list[str]) -> bool:
    """Return whether a headline's words before a weekday (``back``, its clause) tell it in the simple present of a
    trip or meeting ("Envoy visits Tamsk", "Talks resume") with no "will" and no "to" before a verb: news of the
    day, the latest such weekday on or before publication (README, lead decisions on date62's questions), whatever
    the headline's case. A present of a schedule ("Deal expires"), the progressive ("is visiting"), a modal, "set
    to" keep their reading.

    >>> [_headline_present(s.split()) for s in ("Envoy visits Tamsk", "Talks resume", "Envoy heads to Tamsk")]
    [True, True, True]
    >>> [_headline_present(s.split()) for s in ("Envoy to visit Tamsk", "Envoy will visit", "Deal expires",
    ...                                          "Kim is visiting Tamsk", "Kim could visit")]
    [False, False, False, False, False]
    """
    if _infinitive(back) or any(w.lower() in _WILL_HAVE for w in back):
        return False
    k = _last_teller(back)
    if k is None:
        return False
    w = back[k].lower()
    return w in _PLANNED_PRESENT or (w in _SCHEDULED_BASE and _tense_of(back, k) == "future")


_POSSESSIVE = re.compile(r"['’]s[ \t]")


def _possessive_present(text: str, m: re.Match[str], tokens: _Tokens) -> bool:
    """Return whether a headline's weekday ``m`` is a possessive owning the subject of a simple present of a trip or
    meeting ("Tuesday's talks end in walkout", "Monday's meeting yields no deal"): news of the day, as "Talks end
    Tuesday" is (:func:`_headline_present`, read on the words after the possessive; dfix38).

    >>> t = "Tuesday's talks end in walkout"
    >>> _possessive_present(t, re.match("Tuesday", t), _Tokens(t, 0, len(t)))
    True
    >>> t = "Tuesday's talks to end in walkout"
    >>> _possessive_present(t, re.match("Tuesday", t), _Tokens(t, 0, len(t)))
    False
    """
    if not _POSSESSIVE.match(text, m.end()):
        return False
    after = tokens.clause(m.end() + 2, min(tokens.hi, m.end() + _WINDOW), False)
    return _headline_present(after)


# words before a present "say" that make it no report of a remark made: "will say", "to say", "do they say"
_SAY_NOT_REPORTED = _MODALS | {"will", "shall", "to", "do", "does", "did", "not", "never", "i", "you", "we"}


def _reporting_present(back: list[str]) -> bool:
    """Return whether the words right before a date (``back``) end in a plural reporting verb in the present with a
    subject before it ("Experts say Thursday ...", "Officials say on Monday that ..."): the headline's and the lead's
    present of a remark already made, read as "says Tuesday" is (past), not as a schedule ("meet Thursday").

    >>> _reporting_present(["Experts", "say"]), _reporting_present(["Experts", "will", "say"])
    (True, False)
    """
    return len(back) >= 2 and back[-1].lower() == "say" and back[-2].lower() not in _SAY_NOT_REPORTED and \
        back[-2] not in _BOUNDARY


def _promise_before(back: list[str]) -> bool:
    """Return whether the tense word nearest before a bare date in its clause (``back``: the clause's words before
    it) is a past verb of a promise with an infinitive after it (:func:`_promised`): "The envoys agreed to meet again
    on Wednesday" (the meeting is ahead).

    >>> _promise_before("The envoys agreed to meet again on".split()), _promise_before("and met on".split())
    (True, False)
    """
    if "to" not in back or _EVENT_VERBS.isdisjoint(back):
        return False  # most clauses: no infinitive, or no event verb (:func:`_promised` needs "to" and one after it)
    k = _last_teller(back)
    return k is not None and _promised(back, k)


def _last_teller(words: list[str]) -> int | None:
    """Return the index of the last of ``words`` that ends a clause or tells a tense (:func:`_tense_of`), or None;
    only the words that can (:func:`_can_tell`) are read.

    >>> _last_teller("they agreed to meet on".split()), _last_teller(["a", ".", "b"]), _last_teller(["on"])
    (1, 1, None)
    """
    marks = bytes(map(_can_tell, words))
    i = marks.rfind(1)
    while i >= 0 and words[i] not in _BOUNDARY and not _tense_of(words, i):
        i = marks.rfind(1, 0, i)
    return i if i >= 0 else None


def points_forward(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Return whether the date ``text[start:end]`` points forward: its clause is in the future tense; or has no
    tense and the date starts something ("leave starting Wednesday", "from Aug. 1", "ahead of the November
    vote"); or it is the deadline or start of a plan told in the past ("decided to cut troops by September",
    "threatened to impose tariffs starting Aug. 1": an infinitive after the past verb).

    >>> t = "Lee decided in June to cut troops by September, and cut pay in May."
    >>> points_forward(t, t.find("Sep"), t.find(",")), points_forward(t, t.find("May"), len(t) - 1)
    (True, False)
    >>> points_forward("Tariffs from Aug. 1", 13, 19), points_forward("Tariffs rose from Aug. 1", 18, 24)
    (True, False)
    """
    return _forward(text, start, end, lo, hi) in _FORWARD or _progressive_start(text, start, lo)


def _progressive_start(text: str, start: int, lo: int) -> bool:
    """Return whether the date at ``start`` starts an arrangement told in the present progressive ("notices that
    they're being placed on leave as of Apr. 1"): a start still ahead for :func:`points_forward`, though a past
    verb ("began sending notices") rules the sentence. Its reading is left to the nearest year.

    >>> t = "Lee began sending notices that workers are being furloughed from April 1."
    >>> _progressive_start(t, t.find("April"), 0), _progressive_start("It fell from April 1.", 14, 0)
    (True, False)
    """
    cue = max(lo, start - 16)
    if not _STARTING.search(text, cue, start):
        return False
    return _present_progressive(_clause_of(_TOKEN.findall(text, max(lo, start - _BACK), start), back=True))


_FORWARD = frozenset({"future", "start", "plan", "warned start"})  # what _forward says of a date that points forward
_PLANS = frozenset({"plan", "warned start"})  # of them, a plan or a start told in the past: read from the act's date


def _warned_ahead(r: Range | Anchored | None, pub: dt.date) -> Range | Anchored | None:
    """Return a deadline "after/past" which something is warned of or feared (read as a month-day with no tense,
    ``r``) as the next such day when the day read ended over ``_JUST_PASSED`` days (a quarter of a year) before
    ``pub``: in June "warns of furloughs after Dec. 31 deadline" is the coming 31 December; on 5 January, or in
    March, the one just passed (mendd66, mendd67).

    >>> _warned_ahead(Range(dt.date(2018, 12, 31), dt.date(2018, 12, 31), "month"), dt.date(2019, 6, 10)).lo
    datetime.date(2019, 12, 31)
    >>> _warned_ahead(Range(dt.date(2019, 12, 31), dt.date(2019, 12, 31), "month"), dt.date(2020, 1, 5)).lo
    datetime.date(2019, 12, 31)
    """
    if not isinstance(r, Range) or (pub - r.hi).days <= _JUST_PASSED:
        return r
    try:
        return Range(r.lo.replace(year=r.lo.year + 1), r.hi.replace(year=r.hi.year + 1), r.form)
    except ValueError:  # 29 February
        return None


def _start_just_passed(m: re.Match[str], handler: Any, r: Range | Anchored | None, pub: dt.date
                       ) -> Range | Anchored | None:
    """Return a month or month-day that starts what a past act warned of (``r``: read ahead) as the one just passed
    when that ended at most ``_JUST_PASSED`` days (a quarter of a year) before ``pub``: on 20 June "sent a letter
    warning of tariffs starting in May" is the May just gone, in July "... starting in August" the coming August (as
    :func:`_warned_ahead` reads a deadline warned of; review90 finding 7).

    >>> t = "Rome sent a letter warning of levies starting in May."
    >>> [[v["start"] for *_, v in find_dates(t, p)] for p in (dt.date(2020, 6, 20), dt.date(2020, 11, 2))]
    [['2020-05-01'], ['2021-05-01']]
    """
    if handler not in _MONTH_DAYS and handler is not _month:
        return r
    past = handler(m, pub, False)
    if isinstance(past, Range) and past.hi < pub and (pub - past.hi).days <= _JUST_PASSED:
        return past
    return r


def _forward(
    text: str, start: int, end: int, lo: int, hi: int | None, tokens: _Tokens | None = None,
    back: list[str] | None = None,
) -> str | None:
    """Return why ``text[start:end]`` points forward: "future" (tense), "start" (a start with no tense), "plan"
    (a deadline or start of a plan told in the past); "untensed" if it does not and its clause has no tense
    word; "since" right after "since" (past); None if it does not (past), as in a phrase naming the news's source
    (see :func:`_source_phrase`).

    >>> _forward("Lee agreed to pay by May.", 21, 24, 0, None), _forward("Lee will pay in May.", 16, 19, 0, None)
    ('plan', 'future')
    >>> _forward("Workers face leave in April.", 19, 27, 0, None), _forward("Lee paid in May.", 9, 15, 0, None)
    ('untensed', None)

    ``back``: the clause's words before the date (:func:`_clause_words` of the ``_BACK`` characters before it), if the
    caller has read them.
    """
    cue, a = max(lo, start - 16), max(lo, start - _BACK)
    if _SINCE.search(text, cue, start):
        return "since"  # "furloughed since April 1": a time already past
    if _in_phrase(text, a, start, _SOURCE):
        return None  # "according to a statement on Tuesday": a time already past
    if _in_caption(text, end, hi):
        return None  # "Trump prepares to sign an order on Wednesday. [AFP/YONHAP]": the photo's time, already past
    # "the strategy, expected in August", "with a vote expected Friday" (dfix49): ahead, unless a main clause's past
    # follows the participle phrase (review18: "The report, expected in August, was delayed")
    if (expected := _EXPECTED_AT.search(text, max(lo, start - 24), start)) or _with_expected(text, lo, start):
        return None if expected and _PAST_MAIN.match(text, end) else "future"
    if _PERIOD_START.search(text, max(lo, start - 40), start):
        return "start"  # "a budget for the fiscal year starting in April": a period named by its start, ahead
    if _RELATIVE_PAST.search(text, max(lo, start - 40), start):
        return None  # dates14: "a deal that expired Dec. 31": a relative clause in the past tells its own time
    back = _clause_words(text, a, start, True, tokens) if back is None else back  # the tense and each rule read them
    low = " ".join(back).lower()  # the quick tests of the rules below read it
    if _retroactive(back, low) or ("since" in low and _since_past(text, end, hi, back)):
        return None  # "was to retroactively take effect from Jan. 1", "since taking office in June": already past
    if _deferred(text, start, back):
        return "future"  # "paused the tariffs until July": a deferral names a time after the act, which is the news
    tense = clause_tense(text, start, end, lo, hi, tokens, back)
    if tense == "future" or (_prospect(back, low) and not _set_off(text, a, start)) or _prospect_after(text, end):
        if tense == "past" and _hope_told_past(text, start, end, back):
            return _WARNED_START  # "Expectations of a deal by March dimmed": ahead unless just passed (dfix42)
        return "future"  # "braced for the possibility of Trump being reelected in November": a time still ahead
    if tense == "past" and _ahead_told_past(text, end, back, low):
        return _WARNED_START  # "issued a letter warning of tariffs starting in August": ahead unless just passed
    ahead = _in_phrase(text, a, start, _AHEAD_OF)
    if tense is None:  # "comes before the Nov. 3 election": an event after the clause's time (now), as "ahead of"
        before = _in_phrase(text, a, start, _BEFORE_THE)
        due = _deadline_due(text, end, low, ahead or before)  # "an April 15 deadline seems poor": ahead (date64)
        if due in ("past", "doubt"):
            return None if due == "past" else "untensed"  # mendd65: "Talks collapse after Dec. 31 deadline"
        if due == "warned":
            return due  # mendd66: "Seoul warns of furloughs after Dec. 31 deadline": ahead unless just passed
        return "start" if ahead or before or due or _STARTING.search(text, cue, start) else "untensed"
    if ahead:
        return "plan"  # "His remark came ahead of Esper's visit to Seoul on Friday": the visit comes after it
    if _planned(back, _plan_revised(text, end)) and (_DEADLINE.search(text, cue, start) or _SPAN_END_BEFORE.search(
            text, cue, start) or _EVENT_DEADLINE.search(text, max(lo, start - 120), start)):
        return "plan"  # (the plan read first: most clauses have no infinitive, and then no deadline is searched for)
    return None


_SINCE = re.compile(r"\b(?i:since)\s+\Z")
_DEADLINE_NOUN = re.compile(r"[ \t]{1,3}(?i:deadline)\b")  # a date naming a deadline: "a March 31 deadline"
# a word that a deadline passed, before it in its clause ("missed", "expired", "collapse after"), or after its noun
# (the deadline's own verbs only in the past: "expires", "expiring", "lapsing" tell a schedule still ahead, mendd66)
_DEADLINE_PASSED = re.compile(r"\b(?:miss(?:es|ed|ing)?|expir(?:ed|y)|lapsed|collaps(?:es|ed|ing|e)"
                              r"|passed|came[ \t]and[ \t]went|blown|blew)\b")
_DEADLINE_AFTER = re.compile(r"\b(?:after|past|beyond)\b|\b(?:no|without)\b.{0,40}?\bby(?:[ \t]+(?:the|an?))?[ \t]*\Z")
_DEADLINE_AFTER_NOUN = 24  # characters after a deadline noun read for a word of its passing ("deadline passed")
# words of warning or fearing: what comes "after/past" a deadline in such a clause is feared, the deadline ahead
_WARNING = frozenset({"warn", "warns", "warning", "warnings", "fear", "fears", "face", "faces", "facing", "risk",
                      "risks", "threat", "threats", "threaten", "threatens", "brace", "braces", "bracing", "worry",
                      "worries", "dread", "dreads"})
_JUST_PASSED = 365 // 4  # days (a quarter of a year) back within which a deadline warned of is the one passed
# a count of time since a deadline "after" it: "a third month without pay", "another week", "weeks of furloughs"
# ("cnt": a cardinal count, "two weeks after", tells no passing: it may as well be feared ahead of it)
_TIME_SINCE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[ \t]{1,3}(?:straight|consecutive|full))?[ \t]{1,3}(?:day|week|month)"
    r"|(?P<cnt>(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)[ \t]{1,3})?(?:days|weeks|months))\b")


def _deadline_due(text: str, end: int, low: str, ahead: bool) -> str | None:
    """Return how the month-day ending at ``end``, in a clause with no tense (``low``: its words before the date,
    lower case), reads as a deadline: None if no deadline noun follows it; "past" if a word tells that the deadline
    passed ("missed", "expired", "collapse(d)" before it, "passed" after its noun) and no "ahead of/before" does,
    or a count of time since it comes before "after/past" (``_TIME_SINCE``: "a third month without pay after",
    mendd67; a cardinal count, "two weeks after", tells no passing); "doubt" if both, or if it only follows
    "after/past/beyond" or "no deal by" (read as the nearest); "warned" if that follows a word of warning or fearing
    (``_WARNING``: read ahead unless just passed, :func:`_warned_ahead`); else "ahead".

    >>> t = "Talks collapse after Dec. 31 deadline"
    >>> _deadline_due(t, 28, "talks collapse after", False), _deadline_due(t, 28, "fear furloughs after a", False)
    ('past', 'warned')
    >>> u = "Fears over expiring Dec. 31 deadline"
    >>> _deadline_due(t, 28, "strikes after the", False), _deadline_due(u, 27, "fears over expiring", False)
    ('doubt', 'ahead')
    >>> _deadline_due(t, 28, "a", False), _deadline_due(t, 28, "missed the", True), _deadline_due(t, 28, "x", True)
    ('ahead', 'doubt', 'ahead')
    >>> _deadline_due(t, 28, "face a third month without pay after the", False)
    'past'
    >>> _deadline_due("The Dec. 31 pact", 11, "the", False) is None
    True
    """
    noun = _DEADLINE_NOUN.match(text, end)
    if not noun:
        return None
    after = text[noun.end():noun.end() + _DEADLINE_AFTER_NOUN].lower()
    passed = _DEADLINE_PASSED.search(low) or _DEADLINE_PASSED.match(after.lstrip(" \t,"))
    if passed:
        return "doubt" if ahead else "past"
    if not _DEADLINE_AFTER.search(low):
        return "ahead"
    since = _TIME_SINCE.search(low)  # mendd67: "face a third month without pay after the deadline": it passed
    if since and not since["cnt"]:
        return "doubt" if ahead else "past"
    return "warned" if _WARNING.intersection(low.split()) else "doubt"  # mendd66: "warns of furloughs after"
# a photo credit closing a caption: "[AFP/YONHAP]", "[YONHAP]", "[JOINT PRESS CORPS]", "[MINISTRY OF FOREIGN AFFAIRS]"
_CREDIT = re.compile(r"[.!?][”’\"]?[ \t]{1,3}\[[A-Z][A-Z0-9 /,&.'’-]{1,60}\][ \t]*\Z")
_CAPTION_REACH = 300  # characters read after a date for the credit that closes its paragraph


def _in_caption(text: str, end: int, hi: int | None) -> bool:
    """Return whether the date ending at ``end`` sits in a photo caption: a paragraph (read up to ``_CAPTION_REACH``
    characters on) closed by a credit in capitals in brackets. A caption tells when its photo was taken, in the
    present tense ("Lee meets Trump at the White House on Tuesday. [YONHAP]"): a time already past.

    >>> t = "Lee meets Trump at the White House on Tuesday. [YONHAP]\\n\\nLee meets Trump on Tuesday."
    >>> _in_caption(t, t.index(" [") - 1, None), _in_caption(t, len(t) - 1, None)
    (True, False)
    """
    hi = len(text) if hi is None else hi
    stop = min(hi, end + _CAPTION_REACH)
    nl = text.find("\n", end, stop)
    close = nl if nl >= 0 else stop if stop == hi else -1
    return close >= 0 and _CREDIT.search(text, end - 1, close) is not None
# a relative clause's verb in the simple past right before a date ("that expired Dec. 31", "which was signed on")
_RELATIVE_PAST = re.compile(
    r"\b(?:that|which)[ \t]{1,3}(?:(?:was|were)[ \t]{1,3})?(?:[a-z]{2,20}(?<!e)ed|began|took|came|fell|ran)"
    r"[ \t]{1,3}(?:on[ \t]{1,3})?\Z")


_UNTIL = re.compile(r"\b(?i:until|till|to)\s+\Z")  # "postponed until (to) March"
_DEFERRAL = frozenset(
    {"paused", "pauses", "pause", "suspended", "suspends", "suspend", "postponed", "postpones", "postpone", "delayed",
     "delays", "delay", "deferred", "defers", "defer", "extended", "extends", "extend", "pushed", "rescheduled",
     "moved", "moves"}
)  # fmt: skip
# verbs of moving or changing a thing, whose goal a "to" names ("postponed the talks in March to May", "raised it in
# 2021 to 2025 levels"): a bare "X to Y" after one is the act's start and goal, no range
_MOVED_OR_CHANGED = _DEFERRAL | frozenset(
    {"raised", "raise", "raises", "cut", "cuts", "lowered", "lowers", "increased", "increases", "reduced", "reduces",
     "boosted", "boosts", "lifted", "hiked", "changed", "changes", "shifted", "shifts", "brought", "brings", "set",
     "sets", "switched", "advanced", "put"}
)  # fmt: skip


def _deferred(text: str, start: int, back: list[str]) -> bool:
    """Return whether the date at ``start`` follows "until" after a verb of deferral in its clause (``back``, the
    clause's words before it) not in the past perfect: "The vote was postponed until February" names a time after
    the act, which the news tells ("had been suspended until March" tells an earlier state).

    >>> t = "The vote was postponed until February."
    >>> _deferred(t, t.index("Feb"), ["The", "vote", "was", "postponed", "until"])
    True
    >>> _deferred(t, t.index("Feb"), ["The", "base", "stayed", "closed", "until"])
    False
    """
    if not _UNTIL.search(text, max(0, start - 8), start) or not _holds_any(back, _DEFERRAL):
        return False
    return not any(w.lower() in _HAD for w in back[-6:])
# a participle phrase set off by a comma right before a date ("the report, due in June", "the summit, slated for
# October"): a time expected, of its own clause whatever the tense around it ("paid as expected in March" has no comma)
# the main clause's verb in the past right after a participle phrase's closing comma ("..., expected in August, was")
# (a past passive or a verb of what came of it: "was delayed", "slipped", not "was the first")
_PAST_MAIN = re.compile(r"[ \t]{0,3}+,[ \t]{1,3}+(?:(?:was|were|had[ \t]{1,3}+been)[ \t]{1,3}+"
                        r"(?:[a-z]{2,20}ed|held|put[ \t]{1,3}+off)|came|slipped|ended)\b")
_EXPECTED_AT = re.compile(r",[ \t]*(?:expected|scheduled|slated|planned|due)(?:[ \t]+(?:for|on|in|by))?[ \t]+\Z")


# "with <a thing> expected (due, scheduled, slated) <date>": the participle, a hedge and a preposition before the date
_AWAITED = frozenset({"expected", "due", "scheduled", "slated"})
_AWAITED_HEDGES = frozenset({"sometime", "possibly", "likely", "probably"})
_AWAITED_PREPOSITIONS = frozenset({"for", "on", "in", "by", "around", "at"})
# a clause's word between "with" and the participle: no absolute phrase ("talks with Tokyo come due on Dec. 31")
_AWAITED_STOPS = _BE | {"who", "which", "that", "come", "comes", "came", "fall", "falls", "fell", "become", "becomes"}
_AWAITED_NOUN_WORDS = 5  # words at most between "with" and the participle ("with a final ruling on the case")
# words of a sentence that date its clause before "with": a month, a weekday, a year, a day word
_DATING_WORDS = frozenset(MONTHS) | frozenset(w.lower() for w in WEEKDAYS) | frozenset(
    {"yesterday", "today", "tonight", "ago", "last", "earlier"})


def _with_expected(text: str, lo: int, start: int) -> bool:
    """Return whether the date at ``start`` closes an absolute phrase "with <a thing> expected (due, scheduled,
    slated) [sometime] [in|on|by|for] <date>" ("The talks ended without a deal, with a decision expected Friday",
    "with another round due in December"): the time of a thing still awaited when the story is told, ahead of it,
    whatever the main clause's tense, when the sentence dates nothing before "with" (a past clause told at its own
    date, "signed in February, with ratification expected in April", awaits from then: left as it reads) (dfix49).
    Not "paid as expected in March" (no "with"), nor "with officials who expected" (a clause of its own).

    >>> t = "The talks ended, with a decision expected Friday. Seoul signed in May, with a vote due in June."
    >>> _with_expected(t, 0, t.find("Friday")), _with_expected(t, 0, t.find("June"))
    (True, False)
    >>> t = "Costs rose as expected in March, with officials who expected in March; talks with Oslo come due in June"
    >>> _with_expected(t, 0, t.find("March")), _with_expected(t, 0, t.rfind("March")), _with_expected(t, 0, len(t) - 4)
    (False, False, False)
    """
    words = text[max(lo, start - 80) : start].split()
    if words and words[-1].lower() in _AWAITED_PREPOSITIONS:
        words.pop()
    if words and words[-1].lower() in _AWAITED_HEDGES:
        words.pop()
    if not words or words[-1].lower() not in _AWAITED:
        return False
    for k in range(len(words) - 2, max(-1, len(words) - 3 - _AWAITED_NOUN_WORDS), -1):
        w = words[k]
        if w.lower() == "with":
            at = text.rfind(" with ", max(lo, start - 81), start)
            before = text[_sentence_span(text, at, at).start : at].replace(",", " ").split()
            return not any(b.strip(".;:()\"'").lower() in _DATING_WORDS or b[:4].isdigit() for b in before)
        if not w.isalpha() or w.lower() in _AWAITED_STOPS:
            return False  # the phrase ends at a mark, opens a clause of its own or holds a verb ("talks come due")
    return False


def _holds_any(words: list[str], needles: frozenset[str], low: str | None = None) -> bool:
    """Return whether the words, in lower case, hold one of ``needles`` anywhere: a quick test, true whenever one of
    the words in lower case is one of them (a rule reading the words one by one runs only then).

    >>> _holds_any(["Took", "RETROACTIVELY"], _RETROACTIVE), _holds_any(["took", "effect"], _RETROACTIVE)
    (True, False)
    """
    low = " ".join(words).lower() if low is None else low  # ``low``: the words so joined, if the caller has them
    return any(map(low.__contains__, needles))  # in C: no generator step a needle


_RETROACTIVE = frozenset({"retroactive", "retroactively", "retrospectively", "backdated"})


def _retroactive(words: list[str], low: str | None = None) -> bool:
    """Return whether the words read back from a date to its verb say it applies retroactively: a time already past.

    >>> _retroactive("took effect retroactively from".split()), _retroactive("will take effect from".split())
    (True, False)
    >>> _retroactive("was to retroactively start on May 1 and will last until".split())
    False
    """
    if not _holds_any(words, _RETROACTIVE, low):
        return False  # most clauses: no such word to look for
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in _RETROACTIVE:
            return True
        if words[k] in _BOUNDARY or _tense_of(words, k):
            return False
    return False



def _since_past(text: str, end: int, hi: int | None, back: list[str]) -> bool:
    """Return whether "since" opens the phrase that holds the date ending at ``end`` (``back``: the clause's words
    read back from it): a gerund ("since taking office in June") or a noun phrase with no verb after the date
    ("since his inauguration in June"). :func:`_forward` asks only when the words hold "since" at all.

    >>> t = "his first trip since taking office in June"
    >>> _since_past(t, len(t), None, t[:-5].split()), _since_past(t, len(t), None, ["will", "meet", "in"])
    (True, False)

    Not a date after a deadline's preposition ("It will be two years since his appointment by November"): "by" ends
    the phrase "since" opened, the deadline is the main verb's (dfix42).

    >>> _since_past("", 0, None, "It will be two years since his appointment by".split())
    False
    """
    if back and back[-1].lower() in {"by", "until", "till"}:
        return False
    return _since_gerund(back) or (_since_phrase(back) and not _verb_follows(text, end, hi))


def _since_gerund(words: list[str]) -> bool:
    """Return whether, read back from a date to its verb, "since" and a gerund open the phrase that holds it ("his
    first trip since taking office in June", "since being sworn in in May"): a start already past, whatever the
    tense of the main verb. "Since the talks will resume in May" (a causal "since" with its own verb) is not.

    >>> _since_gerund("will be his first trip since taking office in".split())
    True
    >>> _since_gerund("Since the talks will resume in".split()), _since_gerund("will meet in".split())
    (False, False)
    """
    lows = list(map(str.lower, words[:-1]))  # the words a "since" can be (the last has no word after it)
    k = lows.index("since") + 1 if "since" in lows else 0
    while k and not (words[k].islower() and len(words[k]) > 4 and words[k].endswith("ing")):
        k = lows.index("since", k) + 1 if "since" in lows[k:] else 0
    if not k:
        return False  # no "since" before a gerund at all (most clauses): the walk below would find none
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w in _BOUNDARY or _tense_of(words, k):
            return False
        if words[k - 1].lower() == "since" and w.islower() and len(w) > 4 and w.endswith("ing"):
            return True
    return False


_PHRASE_END = re.compile(r"[,.;:!?()\"“”\n]")


def _verb_follows(text: str, end: int, hi: int | None) -> bool:
    """Return whether a verb follows the date ending at ``end`` before the next comma or clause mark (60 characters
    at most): "Since the December deadline looms, ..." is a clause ("since" = because), not a noun phrase. The word
    right after the date may be the event it dates ("the June talks"): it is not read as a verb.

    >>> t = "Since the December deadline looms, Seoul waits. Since the June talks, Seoul has waited."
    >>> _verb_follows(t, t.find(" deadline"), None), _verb_follows(t, t.find(" talks"), None)
    (True, False)
    """
    stop = min(len(text) if hi is None else hi, end + 60)
    cut = _PHRASE_END.search(text, end, stop)
    words = _TOKEN.findall(text, end, cut.start() if cut else stop)
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in _FINITE or lw in _WAS or _tense_of(words, k):
            return True
        if k and w.islower() and len(w) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")) \
                and lw not in _NOT_PRESENT:
            return True
    return False


_PRESENT_BE = frozenset({"is", "are", "am"})


def _present_progressive(words: list[str]) -> bool:
    """Return whether, read back from a date to the nearest past verb, a present "be" and a word in "-ing" ("they're
    being placed", "workers are leaving") come first: an arrangement told in the present, whatever the past verb of
    the clause around it ("began sending notices that workers are being furloughed from April 1").

    >>> _present_progressive("began sending notices that they're being placed on leave as of".split())
    True
    >>> _present_progressive("they were being placed on leave as of".split())
    False
    """
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w in _BOUNDARY or _tense_of(words, k) == "past":
            return False
        be = words[k - 1].lower().replace("’", "'")
        if (be in _PRESENT_BE or be.endswith("'re")) and w.islower() and w.endswith("ing") and len(w) > 4:
            return True
    return False


_SINCE_REACH = 8  # words read back from a date for the "since" that opens its noun phrase
_FINITE = frozenset({"is", "are", "am", "has", "have", "does", "do", "says", "say"})  # a verb of its own: a clause


def _since_phrase(words: list[str]) -> bool:
    """Return whether, read back from a date, "since" opens a noun phrase that holds it ("his first trip since his
    inauguration in June", "since Trump's January inauguration", "since the summit in Hanoi in February"): the time
    of an event already past, whatever the tense of the main verb. The phrase starts with a determiner or a
    possessive and holds no verb ("since the talks will resume in May", "since the deal is due in May" are clauses).

    >>> _since_phrase("will be his first trip since his inauguration in early".split())
    True
    >>> phrases = ("Since Trump's", "Since the deal is due in", "Since the talks will resume in", "will meet in")
    >>> [_since_phrase(p.split()) for p in phrases]
    [True, False, False, False]
    """
    for k in range(len(words) - 1, max(0, len(words) - _SINCE_REACH), -1):
        w = words[k]
        lw = w.lower()
        if w in _BOUNDARY or lw in _FINITE or _tense_of(words, k):
            return False
        if words[k - 1].lower() == "since":
            return lw in _DETERMINERS or lw.endswith(("'s", "’s")) or lw in {"their", "my", "your"}
    return False


# phrases that date something other than the clause's own event: the source of the news, an event still ahead
_SOURCE = (("according", "to"), ("reported", "by"))
_AHEAD_OF = (("ahead", "of"),)
_BEFORE_THE = (("before", "the"),)
# a period named by its start: "the fiscal year starting in April", "the five-year term beginning on Jan. 1"
_PERIOD_START = re.compile(r"\b(?i:year|term|period|quarter|semester|season|cycle)[ \t]{1,3}(?i:starting|beginning)"
                           r"[ \t]{1,3}(?:(?i:in|on|from)[ \t]{1,3})?\Z")


_NEEDLES: dict[tuple[tuple[str, str], ...], tuple[str, ...]] = {}  # _in_phrase: word pairs -> their text


def _in_phrase(text: str, a: int, b: int, heads: tuple[tuple[str, str], ...]) -> bool:
    """Return whether the date that starts at ``b`` sits in a phrase opened by one of the word pairs ``heads``: read
    back from it (to ``a``), the pair comes before any tense word, comma or clause mark. "according to an
    announcement on Tuesday", "as reported by a daily on Thursday" date the source of the news, which came out
    before the story whatever the tense of the news it tells ("X will lead the team, according to ..."); "ahead
    of Esper's visit on Friday" dates an event after the one the clause tells.

    >>> t = "Lee will lead, according to an announcement by the ministry on Tuesday"
    >>> _in_phrase(t, 0, t.find("on Tue"), _SOURCE)
    True
    >>> t = "According to the plan, the talks on Tuesday will go ahead"
    >>> _in_phrase(t, 0, t.find("on Tue"), _SOURCE)
    False
    >>> t = "His remark came ahead of the minister's visit to Seoul on Friday"
    >>> _in_phrase(t, 0, t.find("on Fri"), _AHEAD_OF), _in_phrase(t, 0, t.find("on Fri"), _SOURCE)
    (True, False)
    """
    a = max(a, text.rfind(",", a, b) + 1)
    needles = _NEEDLES.get(heads)
    if needles is None:  # each pair's words as printed, but the first letter (any case): made once a pair list
        needles = _NEEDLES[heads] = tuple(f"{w1[1:]} {w2}" for w1, w2 in heads)
    for needle in needles:
        if text.find(needle, a, b) >= 0:
            break
    else:
        return False  # most dates: no such phrase before them
    words = _clause_of(_TOKEN.findall(text, a, b), back=True)
    for k in range(len(words) - 1, 0, -1):
        if words[k] in _BOUNDARY or _tense_of(words, k) is not None:
            return False
        if (words[k - 1].lower(), words[k]) in heads:
            return True
    return False


_PROSPECT = frozenset({"possibility", "prospect", "prospects", "likelihood", "chance", "chances", "frontrunner",
                       "hopes", "hope", "expectations"})  # "Hopes of a deal before Christmas faded" (dfix41, 42)
_PROSPECT_CUES = _PROSPECT | {"runner"}  # what _prospect looks for ("front runner": two words)
# what may stand between "front runner" and the date it is the front runner of ("the front runner in the 2020 race"):
# a name after it is the runner's ("front-runner Trump on Monday repeated": Monday is his act's, dev 126th batch)
_RUNNER_COMPLEMENT = frozenset({"in", "for", "of", "to", "the", "a", "an", "this", "next", "that"})


def _prospect(words: list[str], low: str | None = None) -> bool:
    """Return whether, read back from a date, a noun of expectation ("the possibility of", "the prospect of", "the
    front-runner in") comes before any tense word or clause mark: the date is the time of what is expected, still
    ahead whatever the tense of the verb before it.

    >>> clauses = ("Seoul braced for the possibility of Trump being reelected in", "Trump , the front runner in",
    ...            "the chance came and went in", "the front runner in the", "U.S. front runner Donald Trump on")
    >>> [_prospect(clause.split()) for clause in clauses]
    [True, True, False, True, False]
    """
    if not _holds_any(words, _PROSPECT_CUES, low):
        return False  # most clauses: no such noun to look for
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if words[k] in _BOUNDARY or _tense_of(words, k) is not None:
            return False
        if w in _PROSPECT or (w == "runner" and k > 0 and words[k - 1].lower() == "front"
                              and all(x.lower() in _RUNNER_COMPLEMENT for x in words[k + 1:])):
            return True
    return False


def _set_off(text: str, a: int, start: int) -> bool:
    """Return whether the noun of expectation before the date at ``start`` (read from ``a``) stands only in an
    appositive set off by commas just before it: the appositive's ("Trump, the front-runner, on Monday said": Monday is
    the act's, as without the appositive; dfix39), not the date's ("the front-runner in the 2020 race", "the
    possibility of Trump, the former president, winning in November").

    >>> t = "Trump, the front-runner, on Monday said"
    >>> _set_off(t, 0, t.index("Monday")), _set_off("Trump, the front-runner in 2020", 0, 27)
    (True, False)
    >>> t = "the possibility of Trump, the former president, winning in November"
    >>> _set_off(t, 0, t.index("November"))
    False
    """
    close = text.rfind(",", a, start)
    opened = text.rfind(",", a, close) if close > a else -1
    if opened < 0:
        return False
    parts = (text[a:opened], text[opened + 1 : close], text[close + 1 : start])
    cues = [any(w in _PROSPECT_CUES for w in part.replace("-", " ").lower().split()) for part in parts]
    return cues == [False, True, False]


# nouns and participles of a warning or threat whose object a start date ("tariffs starting in August") can follow
_WARNED = frozenset({"warning", "warnings", "warns", "threat", "threats", "threatening", "threatens", "notice",
                     "notices", "notifying", "ultimatum"})
# of them, the verbs and participles, which take their object with no "of" ("threatening tariffs starting in May",
# "a letter warning Seoul of"); the nouns take it after "of" only: "issued notices to workers beginning on Jan. 29"
# is when the notices went out, not a start they warn of (review90 finding 7)
_WARNED_VERBS = frozenset({"warning", "warns", "threatening", "threatens", "notifying"})
_NOT_OBJECT = frozenset({"to", "for", "in", "on", "at", "from", "with", "by", "over"})  # "a warning to workers"
_START_WORDS = frozenset({"starting", "beginning", "effective"})
_WARNED_REACH = 12  # words at most from the warning to the start word ("warning of 25% levies on ... imports starting")
# words right before a warning (after its determiner) that carry it out: "made good on its threat of tariffs starting
# in May", "carried out the threat": the start is the act's own time, not ahead of it (review90 finding 7)
_FULFILLED = frozenset({"on", "out", "enforced", "implemented", "executed", "fulfilled", "honored", "honoured"})
_FULFILLED_ON = frozenset({"good", "through", "delivered", "acted", "carried"})  # "made good on", "carried out"
_WARNING_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "that", "this", "those",
                                  "these"})  # before a warning: "made good on its threat"
_WARNED_START = "warned start"  # what _forward says of a start warned of: a plan ahead unless just passed


def _warned_start(words: list[str], low: str | None = None) -> bool:
    """Return whether, read back from a date, a start word ("starting", "beginning", "effective", then at most "in",
    "on", "from") comes right before it and a noun or participle of warning ("a letter warning of", "the threat of")
    comes before that within ``_WARNED_REACH`` words, with no tense word or clause mark between: the date starts what
    is warned of, still ahead of the past act that warned ("issued a letter warning of tariffs starting in August"),
    not the act's own time. date90d. A noun of warning must take "of" (:func:`_warns_of`), and one carried out ("made
    good on its threat of") tells the act's time (review90 finding 7).

    >>> _warned_start("Rome sent a letter warning of levies on Dovran imports starting in".split())
    True
    >>> _warned_start("Rome sent a letter warning that levies rose starting in".split())  # a past verb between
    False
    >>> _warned_start("Rome imposed levies on Dovran imports starting in".split())  # no warning: the act's time
    False
    >>> _warned_start("Rome mailed notices to its workers beginning on".split())  # the notices' own time
    False
    >>> _warned_start("Rome made good on its threat of levies starting in".split())  # carried out
    False
    """
    if not _holds_any(words, _WARNED, low) and not _holds_any(words, _WARNED_PAST | _RISKED, low):
        return False  # most clauses: no warning to look for
    k = len(words) - 1
    while k >= 0 and words[k].lower() in {"in", "on", "from"}:
        k -= 1
    if k < 0 or words[k].lower() not in _START_WORDS:
        if not _from_starts(words, k):
            return False
        k += 1  # "warned of furloughs from April": "from" starts what is warned of (dates52)
    for j in range(k - 1, max(-1, k - 1 - _WARNED_REACH), -1):
        if _warned_of(words, j, k) or _risked(words, j, k):
            return True  # "USFK warned (workers) of furloughs starting in April", "at risk of leave from" (dates52)
        if words[j] in _BOUNDARY or _tense_of(words, j) is not None:
            return False
        if words[j].lower() in _WARNED:
            return _warns_of(words, j, k)
    return False


# the past verb of warning (dates52): "USFK warned of furloughs starting in April", "warned workers of furloughs from
# April 1": what it warns of starts after the warning, as after a noun of warning (:func:`_warned_start`)
_WARNED_PAST = frozenset({"warned"})
_WARNED_OF_REACH = 4  # words at most from "warned" to its "of" ("warned its Korean workers of")


# a date set as an attribute after a plan's adjective and its determiner: "a rally against the planned April 1
# furlough", "talks stalled before the looming March deadline" (dates52): the date of what is planned, ahead of the
# past act unless just passed, as a start warned of (:func:`_warned_start`)
_PLAN_ADJECTIVES = frozenset({"planned", "scheduled", "looming", "impending", "proposed", "anticipated"})
_PLAN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _plan_attributive(words: list[str]) -> bool:
    """Return whether the words read back from a date end with a determiner and a plan's adjective ("against the
    planned"): the date an attribute of what is planned (dates52).

    >>> _plan_attributive("a rally against the planned".split()), _plan_attributive("they planned".split())
    (True, False)
    """
    return len(words) >= 2 and words[-1].lower() in _PLAN_ADJECTIVES and words[-2].lower() in _PLAN_DETERMINERS


# what follows a date and undoes dates52's readings ahead (mend52d): a possessive after a lone "from" ("warned of the
# danger from April's flooding": a source, not a start), a year after the planned noun ("the planned April 1 furlough
# of 2019": that year's)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_YEAR_OF_AFTER = re.compile(r"[ \t]{1,3}[A-Za-z-]{1,20}[ \t]{1,3}of[ \t]{1,3}(?:19|20)\d\d\b")


def _ahead_told_past(text: str, end: int, back: list[str], low: str) -> bool:
    """Return whether a date ending at ``end`` in a past clause (``back``: its words read back, ``low`` their text) is
    a start warned of (:func:`_warned_start`) or a plan's attribute (:func:`_plan_attributive`), ahead unless just
    passed; not "from" before a possessive month, nor a plan's noun with its year after it (mend52d).

    >>> t = "staff recalled the planned April 1 furlough of 2019"
    >>> _ahead_told_past(t, t.index(" furlough"), "staff recalled the planned".split(), "")
    False
    >>> t = "Dolan warned of the danger from April's flooding"
    >>> _ahead_told_past(t, t.index("'s"), t.split()[:-1], t.lower())
    False
    """
    if _plan_attributive(back):
        return _YEAR_OF_AFTER.match(text, end) is None
    if not _warned_start(back, low):
        return False
    return not (back and back[-1].lower() == "from" and _POSSESSIVE_AFTER.match(text, end))


def _from_starts(words: list[str], k: int) -> bool:
    """Return whether the date right after ``words`` follows a lone "from" (``words[k]``, the word before it, being no
    start word): "of furloughs from April", which starts what is warned of as "starting in April" does (dates52).

    >>> _from_starts("of furloughs from".split(), 1), _from_starts("of furloughs starting from".split(), 1)
    (True, False)
    """
    return k == len(words) - 2 and words[-1].lower() == "from" and k >= 0


def _warned_of(words: list[str], j: int, k: int) -> bool:
    """Return whether ``words[j]`` is the past "warned" taking its object with "of" within ``_WARNED_OF_REACH`` words,
    before the start word ``words[k]``, with no tense word or clause mark between: the warning's act is past, what it
    warns of starts after it (dates52; not "warned that ...", "warned Seoul on Monday").

    >>> _warned_of("USFK warned of furloughs starting".split(), 1, 4)
    True
    >>> _warned_of("USFK warned that pay was cut starting".split(), 1, 6)
    False
    """
    if words[j].lower() not in _WARNED_PAST:
        return False
    ofs = [i for i in range(j + 1, min(k, j + 1 + _WARNED_OF_REACH)) if words[i].lower() == "of"]
    if not ofs:
        return False
    return not any(words[i] in _BOUNDARY or _tense_of(words, i) is not None for i in range(j + 1, k))


# a risk faced, as a warning: "at risk of unpaid leave from April", "workers face leave starting April 1" (dates52)
_RISKED = frozenset({"risk", "face", "faces", "facing"})


def _risked(words: list[str], j: int, k: int) -> bool:
    """Return whether ``words[j]`` is a risk faced that takes what it risks before the start word ``words[k]``: the
    noun "risk" before "of" ("at risk of unpaid leave"), or "face" ("faces", "facing") before a word that is no
    preposition ("face unpaid leave"); what is risked starts ahead, as what is warned of (dates52).

    >>> [_risked(t.split(), 2, 6) for t in ("workers at risk of unpaid leave from",
    ...  "workers who face unpaid leave from", "workers at risk to their pay from")]
    [True, True, False]
    """
    w, nxt = words[j].lower(), words[j + 1].lower() if j + 1 < k else ""
    if w == "risk":
        return nxt == "of"
    return w in _RISKED and nxt != "" and nxt not in _NOT_OBJECT and nxt not in _BOUNDARY


def _warns_of(words: list[str], j: int, k: int) -> bool:
    """Return whether the word of warning ``words[j]`` (before the start word ``words[k]``) takes what it warns of as
    its object: a noun right before "of" ("the threat of levies"), a verb or participle before "of" or before a word
    that is no preposition ("threatening levies", "warning Seoul of"); and is not carried out: no word of fulfilling
    before it and its determiner ("made good on its threat", "carried out the threat", "enforced the threat").

    >>> [_warns_of(t.split(), 1, 4) for t in ("the threat of levies starting", "the threat to Rome starting")]
    [True, False]
    >>> [_warns_of(t.split(), 1, 4) for t in ("a warning Seoul of starting", "a warning to workers starting")]
    [True, False]
    >>> [_warns_of(t.split(), 4, 7) for t in ("made good on its threat of levies starting",
    ...                                       "Rome had enforced the threat of levies starting")]
    [False, False]
    """
    nxt = words[j + 1].lower() if j + 1 < k else ""
    if nxt != "of" and (words[j].lower() not in _WARNED_VERBS or nxt in _NOT_OBJECT or not nxt):
        return False
    i = j - 1
    while i >= 0 and words[i].lower() in _WARNING_DETERMINERS:
        i -= 1
    if i < 0 or words[i].lower() not in _FULFILLED:
        return True
    return words[i].lower() in {"on", "out"} and (i == 0 or words[i - 1].lower() not in _FULFILLED_ON)


_FAILED = frozenset({"failed", "unable", "refused", "declined"})  # "failed to reach a deal by Dec. 31": the time passed


def _planned(words: list[str], revised: bool = False) -> bool:
    """Return whether, read back from a date, an infinitive ("to cut") comes before the past-tense verb; not one
    after "failed" ("failed to reach a deal by", "were unable to agree by": the time set has passed).

    >>> _planned("Lee decided to cut troops from 500 to 250 by".split()), _planned("Lee went there by".split())
    (True, False)
    >>> _planned("The sides failed to reach a deal by the".split())
    False
    """
    if "to" not in words:
        return False  # most clauses: no infinitive
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if k > 0 and words[k - 1] == "to" and w.isalpha() and w.islower() and (w[-1] != "s" or w.endswith("ss")):
            return k < 2 or (words[k - 2].lower() not in _FAILED and (revised or not _had_planned(words, k - 2)))
            # "to cut": an infinitive; "failed to cut", "had aimed to cut": past (unless ``revised``: the sentence
            # goes on "but will now ...", :func:`_plan_revised`)
        if w in _BOUNDARY or _tense_of(words, k) == "past":
            return False
    return False


def _local_day(text: str, start: int, pub: dt.date, printed: dt.date | None = None) -> dt.date:
    """Return the day it is where the story happens: the day after publication for copy datelined in East
    Asia with no date in the dateline (a US clock dates it while it is already the next day there), else
    publication day. A bare past weekday is the most recent one on or before that day. Under a dated dateline
    (``pub`` its day) printed on a later day, the day after the dateline's likewise: the copy's clock is behind its
    readers' ("WASHINGTON, March 11 (Kyodo) -- ... a statement released on Thursday": Tokyo's 12 March).

    >>> _local_day("SEOUL, South Korea — Lee spoke Friday.", 0, dt.date(2019, 11, 14))
    datetime.date(2019, 11, 15)
    >>> _local_day("SEOUL, Nov. 14 (Yonhap) -- Lee spoke.", 0, dt.date(2019, 11, 14))
    datetime.date(2019, 11, 14)
    >>> _local_day("SEOUL, Nov. 14 (Yonhap) -- Lee spoke.", 0, dt.date(2019, 11, 14), dt.date(2019, 11, 16))
    datetime.date(2019, 11, 15)
    """
    later = printed is not None and printed > pub
    return pub + dt.timedelta(days=1) if later or _east_asian_dateline(text, start) else pub



def _east_asian_dateline(text: str, start: int) -> bool:
    """Return whether an undated dateline opens ``text`` at ``start`` and places the story in East or South-East Asia
    or the western Pacific (``countries.EAST_ASIA_PACIFIC``), where the day has turned while it is the day before
    in the Americas.

    >>> _east_asian_dateline("DAEGU, South Korea — Lee spoke.", 0), _east_asian_dateline("DAEGU — Lee spoke.", 0)
    (True, False)
    >>> _east_asian_dateline("OSLO, Norway — Lee spoke.", 0), _east_asian_dateline("SEOUL, Nov. 14 (Yonhap) -- x", 0)
    (False, False)
    >>> _east_asian_dateline("SEOUL officials said — no.", 0)  # words after the city that are no dateline's
    False
    """
    m = _DATELINE_PLACE.match(text, start)
    after = m["rest"].lstrip(" \t")[:1] if m else ""
    if m is None or after not in ("", ",", "(", "/"):
        return False
    return _dateline_country(m["city"], m["rest"]) in EAST_ASIA_PACIFIC


def _dateline_country(city: str, rest: str) -> str | None:
    """Return the country a dateline's words place the story in: the first country or state written after a comma
    (", South Korea", ", Fla."), else the city's own (a country's name or capital, a gazetteer place), else a wire's
    tag the gazetteer gives a country ("(Yonhap)"); None when none of them is known.

    >>> _dateline_country("BUSAN", ", South Korea "), _dateline_country("TAIPEI", " ")
    ('KR', 'TW')
    >>> _dateline_country("DAEJEON", " (KCNA) "), _dateline_country("SEOUL", ", Korea (AP) ")
    ('KP', 'KR')
    >>> _dateline_country("WELLINGTON", ", Fla. "), _dateline_country("WASHINGTON", " (Yonhap) ")
    ('US', 'US')
    """
    places = _place_countries()
    for part in rest.split(",")[1:]:
        written = part.split("(")[0].strip()
        code = places.get(written.upper()) or ("US" if _US_STATE.fullmatch(written) else None)
        if code:
            return code
    if city.upper() in places:
        return places[city.upper()]
    tag = _WIRE_TAG.search(rest)
    return _agency_countries().get(tag.group(1).strip()) if tag else None


# AP's abbreviations of a US state after a city ("Ill.", "Fla.", "N.J.", "N.C.")
_US_STATE = re.compile(r"[A-Z][a-z]{0,4}\.(?:[ \t]?[A-Z][a-z]?\.)?")


@cache
def _place_countries() -> dict[str, str]:
    """Return the country of each place name in capitals: the countries table's names and capitals, and the
    gazetteer's places (names and aliases) with their country.

    >>> p = _place_countries(); p["CAMP HUMPHREYS"], p["SOUTH KOREA"], p["JAKARTA"], p["STOCKHOLM"]
    ('KR', 'KR', 'ID', 'SE')
    """
    from analysis.extract.entities import load_gazetteer  # entities imports names, which dates must not wait for

    places = dict(PLACES)
    for e in load_gazetteer().entities.values():
        if e.kind == "place" and e.country:
            for name in (e.name, *e.aliases):
                places.setdefault(name.upper(), e.country)
    return places


@cache
def _agency_countries() -> dict[str, str]:
    """Return the country of each organisation the gazetteer knows, by its name and aliases ("Yonhap": KR).

    >>> _agency_countries()["Yonhap"], _agency_countries()["AP"]
    ('KR', 'US')
    """
    from analysis.extract.entities import load_gazetteer

    return {name: e.country for e in load_gazetteer().entities.values() if e.kind == "org" and e.country
            for name in (e.name, *e.aliases)}  # fmt: skip

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


def _a_year_back(r: Range) -> Range:
    """Return ``r`` a year earlier (kept as it is when it holds a 29 February the year before has not).

    >>> _a_year_back(Range(dt.date(2021, 1, 1), dt.date(2021, 1, 2), "month")).lo.year
    2020
    """
    try:
        return Range(r.lo.replace(year=r.lo.year - 1), r.hi.replace(year=r.hi.year - 1), r.form)
    except ValueError:  # Feb. 29
        return r


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
_PRESS_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:Times|Telegraph|Herald|Post|Express|Mirror|Mail|Star|Journal"
                          r"|Independent|Observer|Tribune|Sport|People|Night[ \t]++Live)\b")
_PRESS_BEFORE = re.compile(r"\b(?:Mail|Independent|Post)[ \t]++(?:on[ \t]++)?\Z")


def _press_title(text: str, m: re.Match[str], start: int) -> bool:
    """Return whether a weekday is a word of a newspaper's or a show's title ("the Sunday Times", "The Mail on
    Sunday", "Saturday Night Live"), not a day.

    >>> [x for *_, x, _ in find_dates("Lee told the Sunday Times and The Mail on Sunday, then left on Sunday.",
    ...                               dt.date(2019, 11, 13))]
    ['on Sunday']
    """
    return (_PRESS_AFTER.match(text, m.end()) is not None
            or _PRESS_BEFORE.search(text, max(start, m.start() - 16), m.start()) is not None)


def _group(m: re.Match[str], name: str) -> str | None:
    """Return group ``name`` of ``m``: None if it took no part or the pattern has none of that name (what
    ``m.groupdict().get(name)`` returns, without a dict of every group made for it).

    >>> m = re.match(r"(?P<a>x)?y", "y")
    >>> _group(m, "a"), _group(m, "b"), _group(re.match(r"(?P<a>x)", "x"), "a")
    (None, None, 'x')
    """
    return m.group(name) if name in m.re.groupindex else None


def _span_start(text: str, m: re.Match[str]) -> int:
    """Return where the span of a match starts: after a trigger-only word ("since", "by")."""
    mod = _group(m, "mod")
    if not (mod and " ".join(mod.lower().split()) in _TRIGGER_ONLY):
        return m.start()
    s = m.start("mod") + len(mod)
    while text[s].isspace():
        s += 1
    return s


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


def _quote_stretches(text: str, start: int, end: int) -> list[_Stretch]:
    """Return the quotations in a paragraph, from the opening mark to after the closing one (an unclosed one runs to
    its end).

    >>> [tuple(q) for q in _quote_stretches('He said "yes" and “no', 0, 21)]
    [(8, 13), (18, 21)]
    """
    out: list[_Stretch] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        if open_at is None:
            if ch != "”":
                open_at = m.start()
        elif ch != "“":
            out.append(_Stretch(open_at, m.end()))
            open_at = None
    if open_at is not None:
        out.append(_Stretch(open_at, end))
    return out


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
    last_abs = _last_absolute(group, inside, ps)
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
            if when is None and _said_once(text, q):
                values[i] = _unresolved(h.value.form, "a quotation of words said once, at a time not told")
                continue
            if when is None:
                told = _as_said_after_act(text, group, inside, i, pub) or _as_said_the_day_before(text, h, before, pub)
                values[i] = told or values[i]
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


def _as_said_after_act(
    text: str, group: list[_Hit], inside: list[_Stretch | None], i: int, pub: dt.date
) -> dict[str, Any] | None:
    """Return the value of date ``h`` (``group[i]``), in a quotation no date beside it dates, whose sentence comes
    right after the one (in its paragraph) that dates an act before publication, when the quotation is that act's own
    comment: its speaker (a name outside the quotation in its sentence) is named in the sentence before ("On the 19th,
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
    k = next((k for k in range(i - 1, -1, -1) if inside[k] is None), None)
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
_IRREGULAR_STEMS = {
    "sent": "send", "met": "meet", "held": "hold", "began": "begin", "begun": "begin", "left": "leave",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "came": "come", "went": "go",
    "gone": "go", "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "saw": "see", "seen": "see", "won": "win", "lost": "lose",
    "paid": "pay", "sought": "seek", "brought": "bring", "struck": "strike", "broke": "break", "broken": "break",
    "led": "lead", "got": "get", "flew": "fly", "ran": "run", "fled": "flee", "stood": "stand", "shot": "shoot",
    "chose": "choose", "drew": "draw", "grew": "grow", "threw": "throw",
}  # fmt: skip


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
    prev = ps
    for m in _SENTENCE_END.finditer(text, max(ps, start - 300), max(ps, start - 2)):
        prev = m.end()
    if not _SPEECH_VERB.search(text, prev, start):
        return None
    told = [g for k, g in enumerate(group[:i]) if prev <= g.start < start and inside[k] is None
            and not isinstance(g.value, Anchored) and g.value.form in {"absolute", "range"}]
    return told[-1] if told else None


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
    return None if j is None else _day_count_anchor(text, group, values, inside, i, j)


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
_PREPOSITIONS = frozenset({"after", "before", "of", "in", "on", "at", "for", "during", "from", "to", "until", "by",
                           "since", "with", "ahead", "following"})


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


_APPROXIMATE = re.compile(r"\b(?:(?:less|more|fewer)\s+than|nearly|almost|about|around|roughly|some|over|under)\s+\Z",
                          re.IGNORECASE)  # a count told roughly
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|then)\b|;")
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
    from: an event told in the past, or a year step ("the previous year") in its paragraph's first sentence,
    count from the last date of the paragraph before (``before``; "came the same day X ended" with none there, from
    ``day``: a count of one or more is not carried past a paragraph with no date); a count in days ("the same day",
    "the day before") or a weekend beside a day ("that weekend") from the last single day told before it (``day``);
    else None. A report's own date
    ("Hankyoreh reported Wednesday") is neither.

    >>> t = "Seoul pays 1 trillion won this year.\\n\\nIt is 8% more than the previous year."
    >>> [v["start"] for *_, v in find_dates(t, dt.date(2019, 2, 10))]
    ['2019-01-01', '2018-01-01']
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
    return before if (h.value.year_step or _THAT_UNIT.search(text, h.start, h.end)) and first else None


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


_CAP_WORD = re.compile(r"[A-Z][\w-]{0,30}")
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


_TRANSITION = 92  # days: an inauguration this close after the date told is the one the words look ahead to


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


# --- fix51d4: a weekday in a clause told in the present of an act, read ahead (issue 9) --------------------------
# News English tells a schedule in the simple present with its day ("The ministry briefs lawmakers Friday", "Workers
# receive their pay Tuesday"); read so only in one known shape: a subject of one to four words opening its clause (a
# sentence, or one after a semicolon), a present verb, an object of one to four words, and the weekday closing the
# sentence, with no other verb, no "every", no habit adverb in the clause and no apostrophe (not the headline's news,
# which the caller leaves to :func:`_headline_present`). Not the presents of a state or a remark ("remains",
# "says", "tells", "has"): those keep the reading of the clause.
_WEEKDAY_ENDS = re.compile(rf"(?:{_WEEKDAY_ALT})\Z")
_CLAUSE_END_AFTER = re.compile(r"[ \t]{0,2}(?:[.!?;]|\Z)")
_NOT_ACT_VERBS = frozenset({"says", "tells", "adds", "notes", "reports", "shows", "remains", "stays", "seems", "looks",
                        "appears", "means", "stands", "lies", "sits", "has", "does", "is", "was", "knows", "wants",
                        "needs", "thinks", "believes", "claims", "denies", "insists", "argues", "warns", "writes",
                        "recalls", "reads", "suggests", "indicates", "confirms", "marks", "feels"})
# verbs that relate a thing to an event ("The statement follows a call Friday", "The report details the attack
# Friday"): the weekday is the event's, which may be past
_NOT_ACT_VERBS |= {"follows", "precedes", "details", "describes", "cites", "reflects", "concerns", "mirrors", "echoes",
               "covers", "tracks", "involves", "includes", "examines", "explains", "comes", "caps", "ends"}
# an event noun closing the object ("details the attack Friday"): the weekday may be the event's own, not the act's
_EVENT_OBJECTS = frozenset({"call", "attack", "summit", "talks", "meeting", "vote", "launch", "strike", "visit",
                             "election", "ruling", "decision", "announcement", "blast", "explosion", "fire", "crash",
                             "incident", "protest", "rally", "remarks", "statement", "speech", "test", "drill",
                             "clash", "raid", "arrest", "session", "hearing", "match", "game", "win", "defeat",
                             "deal", "agreement", "report", "storm", "earthquake"})
# after a plural subject only these base forms of a schedule (not "sold", "tore", "shut", "split", "beat": pasts)
_SCHEDULE_VERBS = frozenset({"receive", "get", "meet", "brief", "sign", "pay", "visit", "open", "begin", "start",
                               "resume", "hold", "host", "vote", "debate", "release", "launch", "announce", "unveil",
                               "face", "hear", "discuss", "review", "submit", "present", "play"})
# a previous sentence told in the present of narration ("In the memoir, Bolton recalls the scene."): a past retold
_NARRATION_VERBS = frozenset({"recalls", "recounts", "remembers", "writes", "describes", "narrates", "relives"})
_NOT_OBJECT_WORDS = frozenset({"every", "each", "usually", "often", "always", "normally", "typically", "generally",
                           "sometimes", "again", "also", "last", "this", "next", "that", "said", "says", "not"})


def _clause_words_before(text: str, start: int) -> list[str] | None:
    """Return the words of the clause before ``start`` (back to a sentence end, a semicolon or a dateline's dash,
    "SEOUL (Yonhap) --"), None when it reaches
    further back than :data:`~analysis.extract.windows.CLAUSE_BACK_CHARS` or holds a character other than a letter, a
    hyphen or a space.

    >>> _clause_words_before("Seoul paid it Friday; workers get the money ", 44)
    ['workers', 'get', 'the', 'money']
    >>> _clause_words_before("SEOUL (Yonhap) -- Kim briefs aides ", 35)
    ['Kim', 'briefs', 'aides']
    >>> _clause_words_before("in Seoul.\\nworkers get the money ", 32) is None
    True
    >>> _clause_words_before("Kim's aides get the money ", 25) is None
    True
    """
    lo = max(0, start - win.CLAUSE_BACK_CHARS)
    dashes = [k + 1 for c in ("--", "—") if (k := text.rfind(c, lo, start)) >= 0]  # "SEOUL (Yonhap) --"
    cut = max([text.rfind(c, lo, start) for c in ".!?;\n"] + dashes)
    if cut < 0 and lo > 0:
        return None
    words = text[cut + 1 : start].split()
    opens = bool(words) and (words[0][:1].isupper() or text[cut : cut + 1] == ";")  # not a line wrapped mid-sentence
    return words if opens and all(w.replace("-", "").isalpha() for w in words) else None


def _present_act_verb(words: list[str]) -> int | None:
    """Return where the present verb of an act stands in the clause ``words`` (after a subject of four words at most
    opening it, "The Orsk finance minister": an "-s" verb after a singular noun, a base form after a plural one
    before a determiner), or None.

    >>> _present_act_verb("The ministry briefs lawmakers".split())
    2
    >>> _present_act_verb("Workers receive their pay".split())
    1
    >>> _present_act_verb("The deal remains in force".split()), _present_act_verb("Workers receive pay".split())
    (None, None)
    """
    if len(words) < 3 or any(w.lower() in _NOT_OBJECT_WORDS for w in words):
        return None  # "The ministry usually briefs lawmakers", "The ministry briefs them again"
    for v in range(1, min(5, len(words) - 1)):
        w, prev, nxt = words[v], words[v - 1].lower(), words[v + 1].lower()
        if not w.islower() or prev in _NOUN_OPENERS:
            continue  # a name, or the noun after "the"
        if w in _TENSE_WORDS or w.endswith(_TENSE_ENDINGS) or w in _NOT_ACT_VERBS or w in _NOT_PLURAL:
            return None  # a verb told in its own tense, or the present of a state or a remark
        singular = len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")) and not prev.endswith("s")
        if singular and words[v - 1][:1].isupper() and nxt not in _OBJECT_OPENERS:
            return None  # "Tolvan stocks gain ground", "Seoul officials brief aides": a plural noun after a name
        if singular or (w in _SCHEDULE_VERBS and _plural_subject(prev, w) and nxt in _NOUN_OPENERS):
            return v
    return None


def _weekday_present_act(text: str, start: int, end: int) -> bool:
    """Return whether the weekday ``text[start:end]`` closes a clause told in the present of an act (the shape of
    :func:`_present_act_verb` with an object of one to four words, no tense word nor habit in it): a schedule ahead.

    >>> t = "The ministry briefs lawmakers Friday."
    >>> _weekday_present_act(t, 30, 36), _weekday_present_act(t.replace("briefs", "usually briefs"), 38, 44)
    (True, False)
    """
    if not _WEEKDAY_ENDS.search(text, start, end) or not _CLAUSE_END_AFTER.match(text, end):
        return False
    words = _clause_words_before(text, start)
    v = None if words is None or words[0].lower() in {"a", "an"} else _present_act_verb(words)
    if v is None:
        return False  # not the shape; or an indefinite subject, a caption's scene ("A protester waves a flag Friday.")
    obj = [w.lower() for w in words[v + 1 :]]
    obj = obj[:-1] if obj[-1] == "on" else obj
    if not 1 <= len(obj) <= 4 or any(w in _PREPOSITIONS or w in _SPAN_ENDS for w in obj):
        return False  # "remains in force Friday", "covers the week to Friday" (a span's end, past or ahead)
    if obj[-1].removesuffix("s") in _EVENT_OBJECTS or obj[-1] in _EVENT_OBJECTS:
        return False  # "details the attack Friday": the attack's day
    if any(w in _TENSE_WORDS or w in _NOT_OBJECT_WORDS or w.endswith(_TENSE_ENDINGS) for w in obj):
        return False
    if _narration_before(text, text.rfind(words[0], 0, start)):
        return False  # "Bolton recalls the scene. The president berates the envoy Friday.": a past retold
    return all(_tense_of(words, k) != "past" for k in range(len(words)))


def _narration_before(text: str, start: int) -> bool:
    """Return whether the sentence ending just before ``start`` is told in the present of narration (a verb of
    :data:`_NARRATION_VERBS`, "Bolton recalls the scene."): what follows retells a past.

    >>> _narration_before("In the memoir, Bolton recalls the scene. The president ", 41)
    True
    >>> _narration_before("Bolton recalled it. The president ", 20), _narration_before("The president ", 0)
    (False, False)
    """
    head = text[max(0, start - win.CLAUSE_BACK_CHARS) : max(0, start)].rstrip()
    if not head.endswith((".", "!", "?")):
        return False
    cut = max(head.rfind(c, 0, len(head) - 1) for c in ".!?\n")
    return any(w.strip(",;:") in _NARRATION_VERBS for w in head[cut + 1 :].split())


# a possessive weekday opening its sentence, owning a scheduled event that "is the last/final/next ..." ("Friday's
# meeting is the last before the deadline"): told in the present, the event still ahead (after it, "was the last");
# only the nouns of a schedule, not of a deed ("Friday's attack is the latest": news of what was done), and only
# "the last/final/next" after the verb, not "the first/second ..." ("Tuesday's meeting is the first since the deal
# lapsed" is said after the meeting as well as before it)
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?;\n])[ \t\"“]{0,3}\Z")
_POSSESSIVE_IS_AHEAD = re.compile(
    r"['’]s[ \t]{1,3}(?:[a-z]{2,15}[ \t]{1,3})?(?:meetings?|talks|summit|session|hearing|vote|election|signing"
    r"|ceremony|deadline|briefing|debate|conference|visit|parade|rally)[ \t]{1,3}(?:is|are)[ \t]{1,3}the[ \t]{1,3}"
    r"(?:last|final|next)\b")


def _weekday_possessive_ahead(text: str, start: int, end: int) -> bool:
    """Return whether the weekday ``text[start:end]`` opens its sentence as a possessive owning a scheduled event
    that "is the last/final/next ..." (:data:`_POSSESSIVE_IS_AHEAD`): an event still ahead.

    >>> t = "Friday's meeting is the last before the deadline."
    >>> _weekday_possessive_ahead(t, 0, 6), _weekday_possessive_ahead(t.replace(" is ", " was "), 0, 6)
    (True, False)
    """
    return bool(_WEEKDAY_ENDS.search(text, start, end) and _SENTENCE_OPENS.search(text, max(0, start - 5), start)
                and _POSSESSIVE_IS_AHEAD.match(text, end))
