"""The first stage of the date finder: what a reading of a date is (:class:`Range`, :class:`Period`,
:class:`Anchored`), the words and patterns dates are read by, and the tense of a date's clause, which tells whether a
bare "Friday" or "in March" is the last such day before publication or the next one after it (:func:`clause_tense`,
:func:`points_forward`: see the rules in :mod:`analysis.extract.dates`), with the month and day helpers that reading
calls. Split out of :mod:`analysis.extract.dates` (issue 12: every module under 1 MiB, so that ``duplicates`` reads
it); the code moved as it was.

The date finder's three modules, each importing only the ones before it:

1. this module: the values, the words and patterns, the tense of a clause;
2. :mod:`analysis.extract.date_rules`: the rules (handlers) that read one matched date into a range, and what they
   call;
3. :mod:`analysis.extract.dates`: the table of rules (``_PATTERNS``), :func:`~analysis.extract.dates.find_dates`, and
   the passes over the whole text (quotations and speech, anchors, datelines, the story's day).

>>> t = "Lee will visit on Friday. Lee visited on Friday."
>>> clause_tense(t, 15, 24), clause_tense(t, 38, 47), points_forward(t, 18, 24), points_forward(t, 41, 47)
('future', 'past', True, False)
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import pairwise
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import MONTHS
from analysis.extract import windows as win
from analysis.extract.countries import EAST_ASIA_PACIFIC, PLACES
from analysis.extract.numbers import ARTICLES, CARDINALS, TENS, UNITS


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
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# the number words a count is spelled in, one to ninety-nine ("forty years ago", "twenty-one years ago", "ninety days
# since"; date60), and "a couple of" (two: "a couple of days ago")
_SPELLED = {**CARDINALS, **{f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in UNITS}}
_NUMWORDS: dict[str, int | None] = {**ARTICLES, **_SPELLED, "a couple of": 2, "several": None, "few": None}
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
)  # fmt: skip
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINALS |= {f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_WORDS[:9], start=1)}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
# Words that introduce a date but change its meaning ("by June"): they trigger, the span excludes them.
_TRIGGER_ONLY = {"since", "until", "till", "to", "through", "by", "from", "before", "after", "of", "for", "the", "any",
                 "a", "an", "starting", "beginning", "effective"}  # the last three: before "the <Nth>" only (xd59)
# A full stop that ends a sentence: not after an initial ("U.S.") or a title ("Mr."), and before a capital.
# (The stop is matched first and the look-behinds checked after it: cheap where there is no stop.)
_STOP = "[.!?]" + "".join(
    rf"(?<!\b{t}[.!?])" for t in ("[A-Z]", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr")
)
_SENTENCE_END = re.compile(rf"{_STOP}(?=[\"”’]?\s+[\"“‘]?[A-Z]|[\"”’]?\s*\Z)")


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

# --- tense -------------------------------------------------------------------------------------------
_WINDOW = 80  # characters read after a date to decide its tense (and to find an event's own date)
_BACK = 120  # characters read before it: a reporting clause ("X said that the sides will ...") can be long
# the period of an abbreviated month before its day ("said on Feb. 20 that ..."): no clause's end
_MONTH_DOT = "".join(rf"(?<!\b{t}\.)" for t in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                                 "Nov", "Dec"))
# the marks of a clause's end a word reader reads as tokens: a stop not before a day or after a month's abbreviation,
# a semicolon, quotation mark, line break; a colon between digits ("at 15:00 on Friday") is a clock's, no clause's end
# (dates54)
_END_MARKS = rf"{_STOP}(?=\s)(?:{_MONTH_DOT}|(?![ \t]\d))|[;\"“”\n\r]|(?<!\d):|:(?!\d)"
_TOKEN = re.compile(rf"[A-Za-z]+(?:['’][A-Za-z]+)?|{_END_MARKS}")
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
            or _expected_or_done_ahead(words, i) or _mandative_verb(words, i) is not None:
        return "future"
    if (w in _SAME_PAST and _base_form(prev)) or _joined_participle(words, i):
        return None  # "to put", "will cut": the base form; "will be signed ... and sent": the tense is told before it
    if w in _PAST or w in _SAME_PAST:
        if w in _PAST_ADJECTIVES and prev in _DETERMINERS:
            return None  # mendfd72: "the bought weapons arrive", "the withheld payment": an adjective, as "the planned"
        return None if prev in _NON_FINITE_BE or prev in _BE_PRESENT or _currency_won(w, prev) else "past"  # "be held"
    if (w in _PARTICIPLES and prev in _FINITE_BEFORE) or _fronted_participle(words, i) or _name_naming(words, i):
        return "past"  # "He called it a fair deal in March"; "Submitted to parliament Friday, the bills ...": dfix42
    if w in _PARTICIPLES or (nxt == "by" and w not in _PAST):
        return None  # "the deal, called the SMA, ...", "workers employed by USFK": no tense of their own
    if (len(w) > 3 and w.endswith("ed") and words[i].islower() and w not in _NOT_VERB_ED) or _fed_past(words, i, nxt):
        if prev in _DETERMINERS or prev in _BE or _object_adjective(words, i) or _after_preposition(words, i):
            return None  # "the planned talks", "will be signed", "could face renewed pressure"
        return "past"
    return None


def _fed_past(words: list[str], i: int, nxt: str) -> bool:
    """Return whether ``words[i]`` is a lower-case "fed" before a determiner opening its object ("Rell fed the troops
    on Monday"): the past of "feed", read as a regular "-ed" verb is (xd59). Not "the Fed", "fed up", "kept allies fed
    with data", "flown in and fed to refugees" (no determiner after it), nor "get fed the data" (a passive, mend59d).

    >>> _fed_past(["Rell", "fed", "the"], 1, "the"), _fed_past(["allies", "fed", "with"], 1, "with")
    (True, False)
    >>> _fed_past(["will", "get", "fed", "the"], 2, "the")
    False
    """
    return words[i] == "fed" and nxt in _DETERMINERS and (i == 0 or words[i - 1].lower() not in _GET_FORMS)


_GET_FORMS = frozenset({"get", "gets", "got", "gotten", "getting"})  # "get fed": the passive of "feed" (mend59d)


# verbs of demanding whose "that" clause is a mandate in the subjunctive ("demanded that Seoul pay more"): an act asked
# for, so ahead of the demand, as "urged Seoul to pay" is (dates54c)
_MANDATE_VERBS = frozenset({"demanded", "demands", "demand", "asked", "asks", "insisted", "insists", "urged", "urges",
                            "requested", "requests", "proposed", "proposes", "required", "requires", "recommended",
                            "recommends"})
# verbs of a demand or an order whose "that" clause holds the bare "be" of a mandative subjunctive ("ordered that a
# report be sent", "asked that the files be handed over"): the act it asks for lies after the demand; the verbs of
# demanding less "demand" (mostly the noun: "the demand that ...") and with the verbs of ordering
_MANDATIVE = (_MANDATE_VERBS - {"demand"}) | frozenset({"directed", "ordered", "stipulated", "directs", "orders",
                                                          "stipulates"})
_MANDATIVE_BACK = 8  # words from "be" back to "that" at most ("that a new budget plan be")


def _mandative_verb(words: list[str], i: int) -> int | None:
    """Return the index of the verb of a demand (:data:`_MANDATIVE`) when ``words[i]`` follows the bare "be" of a
    mandative subjunctive in its "that" clause ("The board required that a plan be filed by March 9"), else None: a
    deadline ahead, as "wants the deal concluded in July" is (hist58d); not "be" after a modal or "to" ("said that it
    would be held", "agreed that talks are to be held"), which their own words read. A past demand with a past time
    told before it keeps the past: see :func:`_anchored_demand` (mend58d).

    >>> _mandative_verb("The board required that a plan be filed".split(), 7)
    2
    >>> _mandative_verb("He said that a plan would be filed".split(), 7), _mandative_verb("It is to be".split(), 3)
    (None, None)
    """
    if i < 3 or words[i - 1].lower() != "be":
        return None
    for k in range(i - 2, max(0, i - 2 - _MANDATIVE_BACK), -1):
        w = words[k].lower()
        if w in _MODALS or w == "to" or w in _WILL:
            return None
        if w == "that":
            return k - 1 if k > 0 and words[k - 1].lower() in _MANDATIVE else None
    return None


# a past time told before a past demand ("In August, the minister ordered that ...", "Last year the assembly
# demanded that ...", "In 2021 ..."): the demand and its deadline are a past story, read as the past (mend58d; the
# words of a clause drop digits, so the text is read)
_PAST_ANCHOR = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|{_FULL_MONTHS}|(?:{_ABBR_MONTHS})\.|ago|earlier|previously"
    r"|(?i:last)[ \t]{1,3}(?:year|month|spring|summer|fall|autumn|winter))\b")
_DEMAND_THAT = re.compile(r"\b([a-z]{4,12})[ \t]{1,3}that\b", re.IGNORECASE)  # "Ordered that" too
_SENTENCE_START = re.compile(r"[.!?][\"'”’]?[ \t]+(?=[A-Z\"“])")
_PAST_DEMANDS = frozenset(w for w in _MANDATIVE if w.endswith("ed"))


def _anchored_demand(text: str, a: int, start: int, before: list[str]) -> bool:
    """Return whether the date at ``start`` (``before``: its clause's words, read from ``a``) is the deadline
    of a past demand (:func:`_mandative_verb`) whose sentence tells a past time before the demand: a past
    story, not a deadline ahead (mend58d).

    >>> t = "In May, Kim ordered that a plan be filed by Oct. 3. Kim ordered that a plan be filed by Oct. 3."
    >>> w = "Kim ordered that a plan be filed by".split()
    >>> _anchored_demand(t, 0, 44, w), _anchored_demand(t, 52, t.rindex("Oct"), w)
    (True, False)
    >>> t = "In May, Kim ordered that a plan be filed and Lee will sign it by Oct. 3."
    >>> _anchored_demand(t, 0, t.index("Oct"), "Kim ordered that a plan be filed and Lee will sign it by".split())
    False
    """
    if "that" not in before or not _PAST_DEMANDS.intersection(map(str.lower, before)):
        return False  # most clauses: no past demand
    j = next((j for j in range(len(before) - 1, 0, -1) if before[j - 1].lower() == "be"), None)
    verb = None if j is None else _mandative_verb(before, j)
    if verb is None or before[verb].lower() not in _PAST_DEMANDS or any(
            _tense_of(before, k) is not None for k in range(j + 1, len(before))):
        return False  # no past demand, or a tense of its own after it ("... be filed, and Lee will sign it by")
    said = [m for m in _DEMAND_THAT.finditer(text, a, start) if m[1].lower() == before[verb].lower()]
    if not said:
        return False
    cut = said[-1].start()
    s = max([a, *(m.end() for m in _SENTENCE_START.finditer(text, a, cut))])
    return _PAST_ANCHOR.search(text, s, cut) is not None


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


# verbs of naming whose past form is also a participle that names a thing ("a deal called the SMA"); after a name they
# are the name's past verb ("Trump called Lee on Tuesday", "Park named an envoy on Monday": dates54c)
_NAMING_VERBS = frozenset({"called", "named", "dubbed", "labeled", "labelled", "termed"})
# capitalised words before a naming verb that are no subject ("Also called the SMA", "So named ...")
_NAMING_NO_SUBJECT = frozenset({"also", "so", "once", "now", "often", "sometimes", "then", "first", "later"})


def _name_naming(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a verb of naming (:data:`_NAMING_VERBS`) right after a capitalised word that is
    no determiner nor adverb: a name as its subject ("Trump called Lee", "Seoul called the deal fair", "The U.S.
    called"), so the past verb, not a participle that names a thing ("the deal called the SMA", "Also called").

    >>> [_name_naming(s.split(), 1) for s in ("Trump called Lee", "deal called the", "Also called the", "The called")]
    [True, False, False, False]
    >>> _name_naming("The U.S. named".split(), 2), _name_naming("Kim was".split(), 1)
    (True, False)

    "called for" and a date right after it is a participle of a reduced relative, whatever the word before ("Polls
    called for March will decide": an event set for a time, mend54d):

    >>> [_name_naming(s.split(), 1) for s in ("Polls called for", "Strikes called for May", "Kim called for talks")]
    [False, False, True]
    """
    if i < 1 or words[i].lower() not in _NAMING_VERBS or _called_for_date(words, i):
        return False
    prev = words[i - 1]
    low = prev.lower()
    return prev[:1].isupper() and prev.replace(".", "").replace("-", "").isalpha() and low not in _DETERMINERS \
        and low not in _NAMING_NO_SUBJECT and not low.endswith("ly")


# words that open a date right after "called for" ("called for March", "called for next week", "called for the 20th")
_DATE_OPENERS = frozenset({*(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in WEEKDAYS), "next",
                           "this", "early", "late", "mid", "later", "the", "tomorrow", "tonight"})


def _called_for_date(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` ("called") is followed by "for" and a date, or by "for" that ends ``words`` (the
    words before a date): "Protests called for Saturday", an event set for a day, not a naming verb's past.

    >>> _called_for_date("Polls called for".split(), 1), _called_for_date("Kim called for talks".split(), 1)
    (True, False)
    """
    if words[i].lower() != "called" or i + 1 >= len(words) or words[i + 1].lower() != "for":
        return False
    return i + 2 == len(words) or words[i + 2].lower() in _DATE_OPENERS or words[i + 2][:1].isdigit()


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
    if k is None or len(words) - k - 1 > _TAG_AFTER or _said_back_then(words[k + 1 :]):
        return False
    return not any(w.lower() in _NOT_TAG or (j != k and _tense_of(words, j)) for j, w in enumerate(words))


def _said_back_then(words: list[str]) -> bool:
    """Return whether the words after a speech tag's verb place the saying in a time gone by ("..., officials said at
    the time", "said then", "said back then"): the plan told is that time's, no present backshifted (mend54d).

    >>> [_said_back_then(s.split()) for s in ("at the time", "then", "on Tuesday", "at that time", "")]
    [True, True, False, True, False]
    """
    low = [w.lower() for w in words]
    return "then" in low or any(low[j : j + 3] in (["at", "the", "time"], ["at", "that", "time"])
                                for j in range(len(low)))


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


# short adverbs between an auxiliary and its participle that :func:`_aux_before` skips as it skips one in "-ly" ("is now
# expected", "is still expected", "were also scheduled", "was already set"; dates54c)
_AUX_ADVERBS = frozenset({"now", "still", "also", "already", "again"})


def _aux_before(words: list[str], i: int) -> str:
    """Return the word before ``words[i]``, past one adverb in "-ly" ("were originally scheduled to") or a "not"
    ("is not expected until May", dfix50), lowercased; a negated "be" is the "be" it negates.

    >>> _aux_before("talks were originally scheduled".split(), 3), _aux_before("talks were set".split(), 2)
    ('were', 'were')
    >>> _aux_before("a ruling is not expected".split(), 4), _aux_before("a ruling isn't expected".split(), 3)
    ('is', 'is')
    >>> _aux_before("the assembly ratifies".split(), 2), _aux_before("Korea Daily reports".split(), 2)  # nouns
    ('assembly', 'daily')

    A short adverb of time or addition is skipped as one in "-ly" is ("a deal is now expected in December", "talks
    were also scheduled to": dates54c, :data:`_AUX_ADVERBS`):

    >>> _aux_before("a deal is now expected".split(), 4), _aux_before("talks were also set".split(), 3)
    ('is', 'were')
    """
    before = words[i - 1] if i >= 1 else ""
    adverb = (before.endswith("ly") and before.islower() and before not in _LY_NOUNS) or before in _AUX_ADVERBS
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
    if tense == "future" and _anchored_demand(text, a, start, before):
        tense = "past"  # "In August, the minister ordered that the audit be finished by Oct. 15" (mend58d)
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


def _across_title(text: str, a: int, start: int, back: list[str], tokens: _Tokens | None) -> list[str]:
    """Return a date's clause words ``back`` read on past a short quotation that the clause holds, when its closing
    mark cut them (:func:`_partial_quote`: 'had been racing to sign the "Levy Pact" with Hanul before November'): the
    words of the writer's clause before the opening mark, then those after the closing one (mend54d).

    >>> t = 'Oskel had been racing to sign the "Levy Pact" with Hanul before November'
    >>> _across_title(t, 0, t.index("November"), ['"', "with", "Hanul", "before"], None)[:4]
    ['Oskel', 'had', 'been', 'racing']
    """
    if not back or back[0] not in _QUOTE_MARKS:
        return back
    opening = _partial_quote(text, a, start)
    if opening is None or opening >= start:
        return back
    return _clause_words(text, a, opening, True, tokens) + back[1:]


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


def _half(lo: dt.date, hi: dt.date, mod: str) -> Period:
    """Return "the first half of February" (the 1st to the 15th) or "the second half of February" (the 16th to its
    end); of a year, its first or last six months.

    >>> from analysis.extract.dates import ranges
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

    >>> from analysis.extract.dates import ranges
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

    >>> from analysis.extract.dates import find_dates
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

    >>> from analysis.extract.dates import find_dates
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

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("He is running in the election on November 5.", dt.date(2024, 1, 17))]
    ['2024-11-05']
    >>> [v["start"] for *_, v in find_dates("He won the election on November 5.", dt.date(2025, 1, 17))]
    ['2024-11-05']
    """
    return bool(_VOTE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())) and \
        clause_tense(m.string, m.start(), m.end()) != "past"


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

    >>> from analysis.extract.dates import ranges
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

    >>> from analysis.extract.dates import ranges
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

    >>> from analysis.extract.dates import find_dates, ranges
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


def _attributive(m: re.Match[str]) -> bool:
    """Return whether a month with no preposition or article before it names the time of the event noun after it
    ("ahead of June elections", "amid November talks"): a date, read by the tense of its clause as "in June" is.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Seoul braces ahead of June elections.", dt.date(2025, 4, 17))]
    [('June', '2025-06-01')]
    >>> find_dates("June was hot; April showers came.", dt.date(2025, 4, 17))
    []
    """
    return not m["mod"] and (_EVENT_AFTER_MONTH.match(m.string, m.end()) is not None or _month_possessive(m))


# a possessive right after a month and the event or record it owns ("June's summit", "December’s defense bill",
# "March's Arms Control Act"): one word before the noun, or up to three in a name; not a person ("June's husband",
# "April's lawyer", "June's son attended talks"): a first name, not a month (mend58d)
_OWNED_FORMS = (*_EVENT_FORMS, "bills?", "acts?", "laws?", "budgets?", "plans?", "proposals?", "rounds?", "parades?",
                "reports?", "decisions?", "rulings?", "accords?", "treat(?:y|ies)", "drills?", "exercises?", "tests?",
                "launch(?:es)?", "strikes?", "attacks?", "protests?", "debates?", "primar(?:y|ies)", "races?",
                "cuts?", "hikes?", "figures", "data", "festivals?")
_OWNED_WORDS = "|".join(_OWNED_FORMS)
_TITLE_OWNED_WORDS = "|".join(f[0].upper() + f[1:] for f in _OWNED_FORMS)
_POSSESSIVE_AFTER_MONTH = re.compile(
    rf"['’]s(?:[ \t]{{1,3}}[a-z]{{1,20}})?[ \t]{{1,3}}(?:{_OWNED_WORDS})\b(?![’'-])"
    rf"|['’]s(?:[ \t]{{1,3}}[A-Z][a-z]{{0,19}}){{0,3}}[ \t]{{1,3}}(?:{_TITLE_OWNED_WORDS})\b(?![’'-])")
_WORD_BEFORE_MAY = re.compile(r"\b([A-Za-z]{1,20})[ \t]{1,3}\Z")
# capitalised words before "May's" that are no first name or title ("But May's vote", "Before May's polls")
_NOT_NAME_BEFORE_MAY = frozenset({"the", "in", "by", "before", "after", "since", "until", "last", "next", "this",
                                  "early", "late", "mid", "and", "but", "ahead", "at", "for", "of"})


def _month_possessive(m: re.Match[str]) -> bool:
    """Return whether a bare month owns the noun after it ("ahead of June's summit", "November's farm law says"):
    the event of that month, read by its clause's tense as "June elections" is (hist58d: a clause told ahead reads the
    month ahead, one told in the present or past the month last gone). Not "May's" after a capitalised word that is
    no function word: a person ("Theresa May's government"); and only before an event or a record
    (:data:`_OWNED_FORMS`): "June's husband", "April's lawyer" are a person's (mend58d).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The envoy will arrive ahead of June's summit.", dt.date(2023, 5, 6))
    [('June', '2023-06-01', '2023-06-30')]
    >>> ranges("Yet November's farm law limits the grant.", dt.date(2025, 2, 3))
    [('November', '2024-11-01', '2024-11-30')]
    >>> ranges("Theresa May's cabinet met. Before May's polls, Bo will leave.", dt.date(2019, 4, 6))
    [('May', '2019-05-01', '2019-05-31')]
    >>> ranges("June's husband is an envoy. Ask April's lawyer.", dt.date(2023, 5, 6))
    []
    """
    if _POSSESSIVE_AFTER_MONTH.match(m.string, m.end()) is None:
        return False
    if m["mon"].lower() != "may":
        return True
    word = _WORD_BEFORE_MAY.search(m.string, max(0, m.start() - 24), m.start())
    return word is None or not word[1][0].isupper() or word[1].lower() in _NOT_NAME_BEFORE_MAY


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

    >>> from analysis.extract.dates import find_dates
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

    >>> from analysis.extract.dates import find_dates
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
_EDGE_THIRDS = {"beginning": "early", "start": "early", "end": "late"}


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


def _count(n_text: str) -> int | None:
    """Return the number a count word or numeral means (None for "several", "few" or over 200).

    >>> _count("two"), _count("12"), _count("several"), _count("Forty-one"), _count("a  couple of")
    (2, 12, None, 41, 2)
    """
    n_text = " ".join(n_text.lower().split())
    n = int(n_text) if n_text.isdigit() else _NUMWORDS.get(n_text)
    return n if n and n <= 200 else None


#: A year written in a sentence (four digits, 1900-2099, not part of a longer number).
_YEAR_WORD = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


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
_COMMA_NEXT = re.compile(r"[ \t]{0,3},")


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
# a bound or an approximation before a month ("as early as March", "no later than June", "around May"): the whole
# month, not its early or late part
_BOUND_MODS = frozenset({"as early as", "as late as", "as soon as", "earlier than", "later than", "sooner than",
                         "no earlier than", "no later than", "no sooner than", "not earlier than", "not later than",
                         "around"})


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


def _year_told_before(text: str, start: int) -> bool:
    """Return whether a year stands before ``start`` in its sentence: the time it is told from is that year's.

    >>> t = "In 2019, Seoul vowed to spend more. It will spend more over the next decade."
    >>> _year_told_before(t, t.index("over")), _year_told_before(t, t.index("Seoul"))
    (False, True)
    """
    a = max(0, start - 160)
    stops = [x.end() for x in _SENTENCE_END.finditer(text, a, start)]
    return _YEAR_WORD.search(text, stops[-1] if stops else a, start) is not None
# handlers whose reading depends on the tense
_MONTH_DAYS = frozenset({_full, _day_span})  # a month-day, or days of a month: read back in a past clause
# A dateline with no date in it (the story's own day is not written): the city in capitals (up to four words; the
# first of "SEOUL/WASHINGTON"), then what stands before the dash: a country or state after a comma (", South Korea",
# ", Ill."), a wire's tag in brackets ("(Yonhap)"). Which of them places the story is read by _dateline_country.
_DATELINE_PLACE = re.compile(
    r"\s{0,4}(?P<city>[A-Z][A-Z'’.]{0,24}+(?![a-z])(?:[ \t][A-Z][A-Z'’.]{0,24}+(?![a-z])){0,3})"
    r"(?P<rest>[^\n\d—–-]{0,40})"
    r"(?:—|–|-)"
)
_WIRE_TAG = re.compile(r"\(([^()]{1,30})\)")  # "(Yonhap)", "(AP)" in the words after the city


_WEEKDAY_NAMED = re.compile(rf"\b(?:{_WEEKDAY_ALT})\b")  # a weekday's name in a date's words
_POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,30}(?:['’]s|s['’])[ \t]{1,3}\Z")  # "Kim’s Dec. 1 speech"
_SPEAKING = _SAID | {"say", "says", "tell", "tells", "added", "asked"}  # a speech verb: a second one starts a speech


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
    if way is None and _mandate_before(back):
        return "plan"  # "demanded that Seoul sign the deal by January": what is demanded lies ahead (dates54c)
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

    A trip's or meeting's present of a schedule (:data:`_TRIP_SCHEDULED`) is news too, a deal's is not (dates54c):

    >>> [_headline_present(s.split()) for s in ("Envoy arrives in Tamsk", "Fifth round resumes", "Deal lapses")]
    [True, True, False]
    """
    if _infinitive(back) or any(w.lower() in _WILL_HAVE for w in back):
        return False
    k = _last_teller(back)
    if k is None:
        return False
    w = back[k].lower()
    return w in _PLANNED_PRESENT or w in _TRIP_SCHEDULED or (w in _SCHEDULED_BASE and _tense_of(back, k) == "future")


# of the present of a schedule (:data:`_SCHEDULED`), the verbs of a trip or a meeting: in a headline they report news
# as "visits" and "lands" do ("Envoy arrives in Seoul Thursday", "Fifth round resumes Tuesday"), while "Deal expires
# Monday" keeps its schedule (dates54c)
_TRIP_SCHEDULED = frozenset({"arrives", "departs", "resumes", "convenes"})


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


# a tensed "that" clause: no mandate; the bare "be" of a passive subjunctive is one ("that the funds be returned")
_MANDATE_NOT = (_BE - {"be"}) | _HAD | frozenset({"has", "have", "did", "does", "do"})
# irregular past participles not in :data:`_PAST` or :data:`_IRREGULAR_STEMS` ("the funds spent in March")
_MORE_PARTICIPLES = frozenset({"spent", "withdrawn", "done", "shown", "sold", "built", "lent", "owed", "borne",
                               "driven", "chosen", "frozen", "stolen", "hidden", "kept", "found", "granted"})


def _mandate_before(back: list[str]) -> bool:
    """Return whether the clause words before a bare date (``back``) are a verb of demanding, "that", and a clause
    with no tense word (:func:`_tense_of`) nor "be"/"have"/"do": a mandate's subjunctive ("Washington demanded that
    Seoul sign the deal by", "Trump asked that Seoul pay more from"), whose act lies ahead of the demand.

    >>> _mandate_before("Washington demanded that Seoul sign the deal by".split())
    True
    >>> [_mandate_before(s.split()) for s in ("Kim insisted that Seoul had paid enough in", "Kim said that Bo pay in",
    ...                                        "Kim demanded that Seoul would pay in", "Kim asked that talks end . In")]
    [False, False, False, False]
    """
    if "that" not in back:
        return False
    k = len(back) - 1 - back[::-1].index("that")
    after = back[k + 1 :]
    if k < 1 or len(after) < 2 or not _mandate_verb_before(back, k) or _noun_participle(after):
        return False
    return not any(w in _BOUNDARY or w.lower() in _MANDATE_NOT or _tense_of(after, j) for j, w in enumerate(after))


def _noun_participle(words: list[str]) -> bool:
    """Return whether a past participle stands right after a noun in ``words`` (a "that" clause's words): a reduced
    relative ("that the funds spent in March", "the troops withdrawn in June"), whose act is past, so the clause
    tells no mandate ahead; a participle after "be" (a passive subjunctive: "be returned") or a determiner ("the
    agreed sum") is none (mend54d).

    >>> [_noun_participle(s.split()) for s in ("the funds spent in", "the money taken in", "the funds be returned by",
    ...                                         "Seoul pay the agreed sum by", "Seoul sign the deal by")]
    [True, True, False, False, False]
    """
    for j in range(1, len(words)):
        w, prev = words[j], words[j - 1].lower()
        past = w in _PAST or w in _IRREGULAR_STEMS or w in _MORE_PARTICIPLES or w in _PAST_ADJECTIVES or (
            len(w) > 3 and w.endswith("ed") and w not in _NOT_VERB_ED)
        if past and w.islower() and prev.isalpha() and prev not in _BE and prev not in _DETERMINERS \
                and not prev.endswith("ly"):
            return True
    return False


_MANDATE_GAP = 3  # words at most between a verb of demanding and its "that" ("asked in September that")


def _mandate_verb_before(words: list[str], k: int) -> bool:
    """Return whether a verb of demanding (:data:`_MANDATE_VERBS`) stands right before ``words[k]`` ("that"), or at most
    :data:`_MANDATE_GAP` words before it with no tense word nor boundary between ("asked in September that",
    "demanded last week that").

    >>> [_mandate_verb_before(w, len(w) - 1) for w in ("Bo had asked in September that".split(),
    ...                                                "Bo asked and went home that".split())]
    [True, False]
    """
    for j in range(k - 1, max(-1, k - 2 - _MANDATE_GAP), -1):
        if words[j].lower() in _MANDATE_VERBS:
            return True
        if words[j] in _BOUNDARY or words[j].lower() in _MANDATE_NOT or _tense_of(words, j):
            return False
    return False


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
    return _years_on(r, 1)  # None: 29 February


def _start_just_passed(m: re.Match[str], handler: Any, r: Range | Anchored | None, pub: dt.date
                       ) -> Range | Anchored | None:
    """Return a month or month-day that starts what a past act warned of (``r``: read ahead) as the one just passed
    when that ended at most ``_JUST_PASSED`` days (a quarter of a year) before ``pub``: on 20 June "sent a letter
    warning of tariffs starting in May" is the May just gone, in July "... starting in August" the coming August (as
    :func:`_warned_ahead` reads a deadline warned of; review90 finding 7).

    >>> from analysis.extract.dates import find_dates
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
    back = _across_title(text, a, start, _clause_words(text, a, start, True, tokens) if back is None else back, tokens)
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
        return "start" if ahead or before or due or _start_cue(text, cue, start, end, back) else "untensed"
    if ahead:
        return "plan"  # "His remark came ahead of Esper's visit to Seoul on Friday": the visit comes after it
    if _planned(back, _plan_revised(text, end)) and (_DEADLINE.search(text, cue, start) or _SPAN_END_BEFORE.search(
            text, cue, start) or _EVENT_DEADLINE.search(text, max(lo, start - 120), start)):
        return "plan"  # (the plan read first: most clauses have no infinitive, and then no deadline is searched for)
    return None


_SINCE = re.compile(r"\b(?i:since)\s+\Z")
_AS_OF = re.compile(r"\b(?i:as)\s{1,3}(?i:of)\s{1,3}\Z")
_STATE_READ = 80  # characters read after an "as of" date for the verb of its sentence
# present verbs of a state, not of a change: what holds "as of" a day is in force from it ("applies", "is in force")
_STATE_VERBS = frozenset({"is", "are", "applies", "apply", "stands", "stand", "remains", "remain", "holds", "hold",
                          "totals", "total", "sits", "sit"})


# the after-window of an "as of" date stops at the sentence's stop, a comma or a joined clause ("and the cap is
# lifted": another clause's verb)
_CLAUSE_STOP = re.compile(r"[.;!?,]|\b(?:and|but)\b")
# present verbs of a change: a change "as of" a day starts then, a day ahead, even beside a state verb
_CHANGE_VERBS = frozenset({"rises", "rise", "falls", "fall", "climbs", "climb", "increases", "increase", "decreases",
                           "decrease", "grows", "grow", "drops", "drop", "jumps", "jump", "doubles", "double",
                           "triples", "triple", "changes", "change", "shrinks", "shrink"})
_GO = frozenset({"goes", "go"})
_UP_DOWN = frozenset({"up", "down"})
_RELATIVE_WORDS = frozenset({"which", "who", "that"})  # a state verb right after one: not the clause's


def _start_cue(text: str, cue: int, start: int, end: int, back: list[str]) -> bool:
    """Return whether a word of start stands right before the date at ``start`` (:data:`_STARTING`, read from
    ``cue``) and it is no "as of" of a state (:func:`_state_as_of`: "The rule applies as of Jan. 1", the nearest day).

    >>> t = "The fee rises as of Jan. 1."
    >>> _start_cue(t, 0, 20, 26, ["The", "fee", "rises"]), _start_cue(t, 0, 20, 26, ["The", "fee", "is"])
    (True, False)
    """
    return _STARTING.search(text, cue, start) is not None and not _state_as_of(text, cue, start, end, back)


def _state_as_of(text: str, cue: int, start: int, end: int, back: list[str]) -> bool:
    """Return whether the date at ``start`` follows "as of" (read from ``cue``) in a sentence whose verb, before the
    date in its clause (``back``) or after it up to the sentence's stop, is a present of state (``_STATE_VERBS``):
    "The rule applies as of Jan. 1", "As of Jan. 1, the fee is 40 won": a state in force from that day, the nearest
    one, not a start ahead (xd59). Not a change ("The fee rises as of Jan. 1": a start, even beside a state verb),
    nor a weekday; a state verb of a relative clause ("which is new") or of a clause after a comma or "and/but"
    ("rises as of Jan. 1 and the cap is lifted") is not the clause's (tidy59b).

    >>> t = "The rule applies as of Jan. 1."
    >>> _state_as_of(t, 0, 23, 29, ["The", "rule", "applies"]), _state_as_of(t, 0, 23, 29, ["The", "fee", "rises"])
    (True, False)
    >>> t = "As of Jan. 1, the fee is 40 won."
    >>> _state_as_of(t, 0, 6, 12, [])
    True
    >>> t = "The fee rises as of Jan. 1 and the cap is lifted."
    >>> _state_as_of(t, 0, 20, 26, ["The", "fee", "rises"]), _state_as_of(t, 0, 20, 26, ["The", "fee", "that", "is"])
    (False, False)
    """
    if not _AS_OF.search(text, cue, start) or _WEEKDAY_NAMED.search(text, start, end):
        return False  # a weekday "as of" ("As of Monday, the base is closed") keeps its reading: a start ahead
    stop = _CLAUSE_STOP.search(text, end + _comma_after(text, end), end + _STATE_READ)
    after = _TOKEN.findall(text, end, stop.start() if stop else min(len(text), end + _STATE_READ))
    words = [w.lower() for w in (*back, *after)]
    if any(w in _CHANGE_VERBS or (w in _GO and v in _UP_DOWN) for w, v in zip(words, [*words[1:], ""], strict=True)):
        return False  # "The fee rises as of Jan. 1 and the cap is lifted": a change, a start ahead
    return any(w in _STATE_VERBS and not _RELATIVE_WORDS.intersection(words[max(0, i - 2):i])
               for i, w in enumerate(words))


def _comma_after(text: str, end: int) -> int:
    """Return the length of a comma (and the blanks before it) right after the date ending at ``end``: the comma of
    a fronted "As of Jan. 1, the fee is 40 won", which opens its clause rather than closing it.

    >>> _comma_after("As of Jan. 1, the fee", 12), _comma_after("as of Jan. 1 and", 12)
    (1, 0)
    """
    comma = _COMMA_NEXT.match(text, end)
    return comma.end() - end if comma else 0
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
# verbs of moving a time ("moved from today to Monday", "was postponed from tomorrow until Friday"): a new day, no
# stretch (:func:`_moved_before`): the verbs of deferral but a halt or a lengthening, with more forms of moving
_HALTED_OR_LENGTHENED = frozenset({"paused", "pauses", "pause", "suspended", "suspends", "suspend", "extended",
                                   "extends", "extend"})
_MOVE_VERBS = (_DEFERRAL - _HALTED_OR_LENGTHENED) | frozenset(
    {"move", "moving", "postponing", "reschedule", "shift", "shifts", "shifted", "bumped", "advanced", "switched",
     "changed"})


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


def _local_day(text: str, start: int, pub: dt.date, printed: dt.date | None = None,
               line: re.Match[str] | None = None) -> dt.date:
    """Return the day it is where the story happens: the day after publication for copy datelined in East
    Asia with no date in the dateline (a US clock dates it while it is already the next day there), else
    publication day. A bare past weekday is the most recent one on or before that day. Under a dated dateline
    (``pub`` its day) printed on a later day, the day after the dateline's likewise: the copy's clock is behind its
    readers' ("WASHINGTON, March 11 (Kyodo) -- ... a statement released on Thursday": Tokyo's 12 March).

    >>> from analysis.extract.dates import _DATED_DATELINE
    >>> _local_day("SEOUL, South Korea — Lee spoke Friday.", 0, dt.date(2019, 11, 14))
    datetime.date(2019, 11, 15)
    >>> _local_day("SEOUL, Nov. 14 (Yonhap) -- Lee spoke.", 0, dt.date(2019, 11, 14))
    datetime.date(2019, 11, 14)
    >>> _local_day("WASHINGTON, Nov. 14 (Yonhap) -- Lee spoke.", 0, dt.date(2019, 11, 14), dt.date(2019, 11, 16))
    datetime.date(2019, 11, 15)

    A dateline (``line``, its parse) whose clock no reader's is known to be ahead of keeps its own day
    (:func:`_clock_not_behind`; dates55, mend55d: "SEOUL, Nov. 17 (Yonhap) -- The envoys met on Monday" printed on
    Monday the 18th is the Monday before, as is "WASHINGTON, Nov. 17 (AP)"'s; not "PORVIK, Nov. 20 (Tamsk News)",
    whose clocks nothing places).

    >>> t = "SEOUL, Nov. 17 (Yonhap) -- Lee spoke."
    >>> _local_day(t, 0, dt.date(2019, 11, 17), dt.date(2019, 11, 18), _DATED_DATELINE.match(t))
    datetime.date(2019, 11, 17)
    >>> t = "WASHINGTON, Nov. 17 (AP) -- Lee spoke."
    >>> _local_day(t, 0, dt.date(2019, 11, 17), dt.date(2019, 11, 18), _DATED_DATELINE.match(t))
    datetime.date(2019, 11, 17)
    """
    later = printed is not None and printed > pub and not _clock_not_behind(line)
    return pub + dt.timedelta(days=1) if later or _east_asian_dateline(text, start) else pub


def _clock_not_behind(m: re.Match[str] | None) -> bool:
    """Return whether dated dateline ``m`` (its parse, by :func:`_datelines`; None: none) is known to be told on a
    clock no reader's is ahead of, so that the story's day is the dateline's even when the page prints it a day later
    (dates55, mend55d): the place lies where the day turns first (``countries.EAST_ASIA_PACIFIC``), or the wire
    that files it keeps a clock that is not ahead of the place's: an agency from outside those lands ("WASHINGTON,
    Nov. 17 (AP)"), or one from them with no other country for the place ("BUSAN, Nov. 17 (Yonhap)": at home).
    False when nothing places either clock ("PORVIK, Nov. 20 (Tamsk News)") or the agency's clock is ahead of the
    place's ("WASHINGTON, March 11 (Kyodo)": Tokyo's readers), where :func:`_local_day` reads up to the day after the
    dateline's.

    >>> from analysis.extract.dates import _DATED_DATELINE
    >>> [_clock_not_behind(_DATED_DATELINE.match(t)) for t in (
    ...     "SEOUL, Nov. 17 (AP) -- x", "BUSAN, Nov. 17 (Yonhap) -- x", "WASHINGTON, Nov. 17 (AP) -- x",
    ...     "WASHINGTON, Nov. 17 (Kyodo) -- x", "PORVIK, Nov. 20 (Tamsk News) -- x", "Talks went on.")]
    [True, True, True, False, False, False]
    """
    if m is None:
        return False
    text, start = m.string, m.start()
    city, _, rest = text[start:min(m.start("mon"), m.start("day"))].strip().rstrip(",").partition(",")
    place = _dateline_country(city.strip(), f",{rest}" if rest else "")
    tag = _WIRE_TAG.search(text, m.start("day"), m.end())
    agency = _agency_countries().get(tag.group(1).strip()) if tag else None
    if place in EAST_ASIA_PACIFIC:
        return True
    return agency is not None and (agency not in EAST_ASIA_PACIFIC or place is None)


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


def _years_on(r: Range, k: int) -> Range | None:
    """Return ``r`` ``k`` years on; a span that ends on its month's last day ends on that month's last day then
    ("February" told of 2023 and moved to 2024 ends on the 29th, not the 28th: hist58d); None when a single day or a
    start is a 29 February the year moved to has not.

    >>> _years_on(Range(dt.date(2023, 2, 1), dt.date(2023, 2, 28), "month"), 1)
    Range(lo=datetime.date(2024, 2, 1), hi=datetime.date(2024, 2, 29), form='month')
    >>> _years_on(Range(dt.date(2024, 2, 21), dt.date(2024, 2, 29), "month"), -1).hi
    datetime.date(2023, 2, 28)
    >>> _years_on(Range(dt.date(2023, 2, 28), dt.date(2023, 2, 28), "month"), 1).hi, _years_on(
    ...     Range(dt.date(2024, 2, 29), dt.date(2024, 2, 29), "month"), 1)
    (datetime.date(2024, 2, 28), None)
    """
    y, z = r.lo.year + k, r.hi.year + k
    if r.lo < r.hi and r.hi.day == calendar.monthrange(r.hi.year, r.hi.month)[1]:
        hi = dt.date(z, r.hi.month, calendar.monthrange(z, r.hi.month)[1])
    elif r.hi.month == 2 and r.hi.day == 29 and not calendar.isleap(z):
        return None
    else:
        hi = r.hi.replace(year=z)
    if r.lo.month == 2 and r.lo.day == 29 and not calendar.isleap(y):
        return None
    return Range(r.lo.replace(year=y), hi, r.form)


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
_IRREGULAR_STEMS = {
    "sent": "send", "met": "meet", "held": "hold", "began": "begin", "begun": "begin", "left": "leave",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "came": "come", "went": "go",
    "gone": "go", "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "saw": "see", "seen": "see", "won": "win", "lost": "lose",
    "paid": "pay", "sought": "seek", "brought": "bring", "struck": "strike", "broke": "break", "broken": "break",
    "led": "lead", "got": "get", "flew": "fly", "ran": "run", "fled": "flee", "stood": "stand", "shot": "shoot",
    "chose": "choose", "drew": "draw", "grew": "grow", "threw": "throw",
}  # fmt: skip
_PREPOSITIONS = frozenset({"after", "before", "of", "in", "on", "at", "for", "during", "from", "to", "until", "by",
                           "since", "with", "ahead", "following"})


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
