"""Known-answer variations of the dev corpus's dates (dates40, eleventh session).

Each date of a dev article that the tool resolves right (its expected range, tests/corpus/expected) is written once
more in an equivalent form whose range is known without a new label, the rest of the article unchanged; the tool's
reading of the new words must keep the range:

- ``month_day``: "Dec. 5" ↔ "December 5" ↔ "5 December" ↔ "December 5th" (with its year, if written);
- ``on_weekday``: "on Tuesday" ↔ "Tuesday" (an "on" inside a sentence dropped, or added after a verb);
- ``weekday_to_date``: a weekday ↔ the date it is ("on Tuesday" → "on Dec. 10"; "on Dec. 10" → "on Tuesday" for a
  day within six days of publication), the year written when it is not publication's;
- ``year_relative``: "in 2019" ↔ "last year" when publication is in 2020 ("this year", "next year" likewise), and
  back, as "in March 2019" ↔ "in March last year" (Yonhap's form); a deictic form inside a quotation (its own
  reference time) is left alone;
- ``month_year``: a month with no year ("in March") written with the year it is ("in March 2019") and, within a year
  of publication, with its relative year ("in March last year");
- ``month_named``: "last month" ("next month") written as the month's name ("in November");
- ``last_weekday``: a weekday one to six days before publication written "last Tuesday";
- ``fronted``: a sentence of one clause that opens with its date ("In 2018, Seoul paid ...") with the date moved to
  its end ("Seoul paid ... in 2018.").

dates41 added families that change a date's surroundings, not its words:

- ``reported``: a sentence of one line with a tense-bearing date (a weekday, a month-day, a year, a month of a year)
  told again as reported speech of the day before publication ("Bo Harlan said on Tuesday that the envoys met on
  Dec. 5."), when it reports no one already and does not open with its date;
- ``dateline``: a wire dateline of publication's day put before the date's paragraph ("SEOUL, Nov. 15 (Yonhap) --");
- ``deictic``: a weekday of the day before publication → "yesterday", of publication's day → "today", and, with
  publication moved a day later, publication's weekday → "yesterday" (outside quotations, after no preposition);
- ``headline``: a one-sentence paragraph whose past weekday follows "said" written as a present-tense headline ("Kim
  said Tuesday that Seoul must pay more." → "Kim says Tuesday Seoul must pay more").

dates45 added ``anchor_word``: an event named as the anchor ("before the election", "After taking office") written
with another word of the same sense ("ahead of the election", "Upon taking office"), README "before X" being X.

dates43 added two more: ``later_day`` (a weekday of publication's day or the day beside it written "later Tuesday",
"earlier Tuesday") and ``long_clause`` (a 120-character adjunct of no time put before a tense-bearing "on"/"in" date
inside a sentence, so the clause's verb lies beyond the tense window).

Only the body is read (the tool's ``find_dates`` over it, as ``annotate`` runs it), so a case costs about a
millisecond. The cases and their order are fixed (no randomness): the same corpus gives the same cases.

>>> [f for f in month_day_forms(12, 5, None)]
['December 5', 'Dec. 5', '5 December', 'December 5th']
>>> month_day_forms(5, 1, 2019)[1:3]
['May 1, 2019', '1 May 2019']
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from analysis.article import parse_article
from analysis.evaluate import battery_ids
from analysis.extract.dates import find_dates
from analysis.paths import ROOT

CORPUS = ROOT / "tests" / "corpus"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
AP_ABBREV = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}  # AP style
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MON_ALT = "|".join([*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "Sept"])
_PRE = r"(?P<pre>(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter)\s+)?"
_MONTH = "|".join(MONTH_NAMES)
# the written forms a rewrite reads: "(on) Dec. 5 (, 2019)" and "December 5th" (AP, US papers), "5 December (2019)"
# (Reuters, British papers), "(on) Tuesday", "in 2019" and "last year" (this, next), "in March 2019" ("of 2019") and
# "in March last year" (Yonhap)
FORMS = {name: re.compile(pattern) for name, pattern in {
    "month_first": rf"{_PRE}(?P<mon>{_MON_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?",
    "day_first": rf"{_PRE}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MON_ALT})\.?(?:,?\s+(?P<year>\d{{4}}))?",
    "weekday": r"(?P<pre>[Oo]n\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    "in_year": r"(?P<pre>[Ii]n\s+)(?P<year>\d{4})",
    "rel_year": r"(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+year",
    "in_month_year": rf"(?P<pre>[Ii]n\s+)?(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<year>\d{{4}})",
    "in_month_rel": rf"(?P<pre>[Ii]n\s+)?(?P<mon>{_MONTH})\s+(?P<which>last|this|next)\s+year",
    "rel_month": r"(?P<which>[Ll]ast|[Nn]ext)\s+month",
    "in_month": rf"(?P<pre>(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Aa]fter|[Bb]efore)\s+)?(?P<mon>{_MONTH})",
}.items()}
RELATIVE = {-1: "last year", 0: "this year", 1: "next year"}
# words before a bare weekday after which "on" can be put ("said Tuesday" → "said on Tuesday")
_VERB_BEFORE = re.compile(r"(?:ed|said|told|met|says|meets|began|begins|left|held|spoke|made|came|went)[ \t]\Z")
_PREPOSITION_BEFORE = re.compile(r"\b(?:since|by|until|from|of|than|to|through|for|before|after|and|or)[ \t]\Z", re.I)


def month_day_forms(month: int, day: int, year: int | None) -> list[str]:
    """Return the written forms of one day of a month: full name first, AP's abbreviation, day first, ordinal."""
    full = MONTH_NAMES[month - 1]
    ap = AP_ABBREV.get(month, full)
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if year is None:
        return [f"{full} {day}", f"{ap} {day}", f"{day} {full}", f"{full} {day}{suffix}"]
    return [f"{full} {day}, {year}", f"{ap} {day}, {year}", f"{day} {full} {year}", f"{full} {day}{suffix}, {year}"]


def month_number(word: str) -> int:
    """Return the month a name or abbreviation names ("Sept" → 9)."""
    return next(i for i, m in enumerate(MONTH_NAMES, 1) if m.startswith(word[:3]))


@dataclass(frozen=True)
class Case:
    """One rewrite: the article, the kind, the old words' place, the new words and the range they must keep."""

    article: str
    kind: str
    start: int
    end: int
    new: str
    want: tuple[str, str]
    date_at: int = 0  # where the date's words start in ``new`` (a moved date: not at its start)
    pub_shift: int = 0  # days the publication day is moved (the relative words changed to keep the range)

    @property
    def id(self) -> str:
        return f"{self.article}@{self.start}:{self.kind}:{self.new}"


@dataclass(frozen=True)
class Dev:
    """A dev article: its id, text, publication day, body start and expected dates (exact, start, end, offset)."""

    aid: str
    text: str
    pub: dt.date
    body: int
    dates: tuple[tuple[str, str, str, int], ...]


@cache
def dev_articles() -> tuple[Dev, ...]:
    """Return the batteries' dev articles (index order: ``analysis.evaluate.battery_ids``) with their expected,
    resolved dates located in the body."""
    ids = battery_ids(CORPUS)
    out = []
    for aid in ids:
        art = parse_article((CORPUS / "articles" / f"{aid}.txt").read_text(encoding="utf-8"))
        exp = json.loads((CORPUS / "expected" / f"{aid}.json").read_text(encoding="utf-8"))
        dates = []
        for item in exp.get("dates", []):
            at = locate(art.text, item["exact"], int(item.get("occurrence") or 1))
            if item.get("start") and at >= art.body_start:
                dates.append((item["exact"], item["start"], item["end"], at))
        out.append(Dev(aid, art.text, art.published, art.body_start, tuple(dates)))
    return tuple(out)


def locate(text: str, exact: str, n: int) -> int:
    """Return the offset of the ``n``-th ``exact`` in ``text`` (-1 if there is none)."""
    at = -1
    for _ in range(n):
        at = text.find(exact, at + 1)
        if at < 0:
            return -1
    return at


def read(text: str, pub: dt.date, body: int) -> list[tuple[int, int, str | None, str | None]]:
    """Return (start, end, range start, range end) of each date the tool reads in the body."""
    return [(s, e, v["start"], v["end"]) for s, e, _, v in find_dates(text, pub, body, len(text))]


# dateline49: a dated wire dateline opening a paragraph ("WASHINGTON, Aug. 20 (Yonhap) --"), README "A dated dateline
# is the story's own day": the day relative dates count from, within a week of publication; a joint one of two places
# ("WASHINGTON/SEOUL, Aug 25 (Reuters) -") too, as the tool reads it since probed36
_DATED_LINE = re.compile(rf"^[A-Z][A-Za-z.'’ /-]{{0,40}}, (?P<mon>{_MON_ALT})\.? (?P<day>\d{{1,2}})\b(?:, \d{{4}})?"
                         r" ?(?:\([^()\n]{1,30}\) ?)?(?:--|—|–|-|:)", re.M)


def story_day(a: Dev, at: int, pub: dt.date | None = None) -> dt.date | None:
    """Return the day of the last dated dateline opening a paragraph of the body before ``at`` when it lies within
    a week of publication (``pub``, default the article's: a case may move it) and is not publication's day (None:
    the story's day is publication), as README reads it.

    >>> story_day(Dev("x", "T\\n\\nSEOUL, Nov. 20 (AP) -- Lee left Friday.", dt.date(2019, 11, 21), 3, ()), 30)
    datetime.date(2019, 11, 20)
    """
    pub = pub or a.pub
    day = None
    for m in _DATED_LINE.finditer(a.text, a.body, at):
        d = dt.date(a.pub.year, month_number(m["mon"]), int(m["day"]))
        d = min((d.replace(year=d.year + k) for k in (-1, 0, 1)), key=lambda x: abs((x - a.pub).days))
        day = d if abs((d - pub).days) <= 7 else None
    return None if day == pub else day


def kept(got: list[tuple[int, int, str | None, str | None]], start: int, end: int, want: tuple[str, str]) -> bool:
    """Return whether a date read over ``start``-``end`` has the range ``want`` (evaluate's own test)."""
    return any(s < end and start < e and (a, b) == want for s, e, a, b in got)


def quoted(text: str, at: int) -> bool:
    """Return whether ``text[at]`` sits inside a quotation of its paragraph (curly or straight double quotes)."""
    begin = text.rfind("\n", 0, at) + 1
    before = text[begin:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def sentence_start(text: str, at: int) -> bool:
    """Return whether ``at`` opens a sentence (or a paragraph)."""
    before = text[max(0, at - 3):at]
    return at == 0 or before.endswith("\n") or bool(re.search(r"[.!?][”’\"]?\s+\Z", before))


def cap(word: str, upper: bool) -> str:
    """Return ``word`` with its first letter upper-cased when ``upper``."""
    return word[:1].upper() + word[1:] if upper else word


def whole_year(want: tuple[str, str]) -> int | None:
    """Return the year ``want`` spans exactly, else None."""
    a, b = want
    return int(a[:4]) if a[5:] == "01-01" and b[5:] == "12-31" and a[:4] == b[:4] else None


def one_day(want: tuple[str, str]) -> dt.date | None:
    """Return the day ``want`` spans, if it is one day."""
    return dt.date.fromisoformat(want[0]) if want[0] == want[1] else None


def ap_day(day: dt.date, pub: dt.date) -> str:
    """Return ``day`` as AP writes it, with its year when that is not publication's ("Dec. 30, 2019")."""
    return month_day_forms(day.month, day.day, None if day.year == pub.year else day.year)[1]


def month_day_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for a written month-day: its other forms, and its weekday when near publication."""
    m = FORMS["month_first"].fullmatch(exact) or FORMS["day_first"].fullmatch(exact)
    if m is None or month_number(m["mon"]) != day.month or int(m["day"]) != day.day:
        return
    pre = m["pre"] or ""
    written = exact[len(pre):]
    for form in month_day_forms(day.month, day.day, int(m["year"]) if m["year"] else None):
        if form != written:
            yield "month_day", pre + form
    dateline = a.text.startswith(" (", at + len(exact))  # "WASHINGTON, May 14 (Yonhap) --": no weekday there
    if m["year"] is None and abs((day - a.pub).days) <= 6 and not quoted(a.text, at) and not dateline:
        yield "weekday_to_date", pre + WEEKDAYS[day.weekday()]


def weekday_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for a weekday: with or without "on", and the date it is."""
    m = FORMS["weekday"].fullmatch(exact)
    if m is None or WEEKDAYS.index(m["wd"]) != day.weekday() or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    pre = m["pre"] or ""
    if pre.startswith("on") and not sentence_start(a.text, at):
        yield "on_weekday", m["wd"]
    elif not pre and _VERB_BEFORE.search(a.text, max(0, at - 12), at):
        yield "on_weekday", "on " + m["wd"]
    yield "weekday_to_date", pre + ap_day(day, a.pub)


def year_rewrites(a: Dev, exact: str, at: int, year: int) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for "in 2019" → "last year" (publication in 2020) and back, outside quotations."""
    if quoted(a.text, at) or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    if (m := FORMS["in_year"].fullmatch(exact)) and int(m["year"]) == year and (year - a.pub.year) in RELATIVE:
        yield "year_relative", cap(RELATIVE[year - a.pub.year], exact[0].isupper())
    elif (m := FORMS["rel_year"].fullmatch(exact)) and {"last": -1, "this": 0, "next": 1}[m["which"].lower()] == \
            year - a.pub.year:
        if _PREPOSITION_BEFORE.search(a.text, max(0, at - 10), at):
            yield "year_relative", str(year)
        else:
            yield "year_relative", cap("in ", exact[0].isupper() or sentence_start(a.text, at)) + str(year)


def whole_month(want: tuple[str, str]) -> dt.date | None:
    """Return the first day of the month ``want`` spans exactly, else None."""
    a, b = dt.date.fromisoformat(want[0]), dt.date.fromisoformat(want[1])
    last = (a.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return a if a.day == 1 and b == last else None


def month_named_rewrites(a: Dev, exact: str, at: int, first: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for "last month" (next) → the month's name ("in November"; after a preposition,
    the name alone), outside quotations."""
    if quoted(a.text, at) or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    if (m := FORMS["rel_month"].fullmatch(exact)) is None:
        return
    name = MONTH_NAMES[first.month - 1]
    if _PREPOSITION_BEFORE.search(a.text, max(0, at - 10), at):
        yield "month_named", name
    else:
        yield "month_named", cap("in ", m["which"][0].isupper() or sentence_start(a.text, at)) + name


def last_weekday_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for a weekday one to six days before publication → "last <weekday>" (strictly before
    publication, as the tool reads it), outside quotations; under a dated dateline, before the story's day."""
    m = FORMS["weekday"].fullmatch(exact)
    now = story_day(a, at) or a.pub
    if m is None or quoted(a.text, at) or not 1 <= (now - day).days <= 6 or sentence_start(a.text, at):
        return
    if re.match(r"['’]s\b", a.text[at + len(exact):]) or _PREPOSITION_BEFORE.search(a.text, max(0, at - 10), at):
        return
    yield "last_weekday", "last " + m["wd"]


def month_year_rewrites(a: Dev, exact: str, at: int, first: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for "in March 2019" → "in March last year" (publication in 2020) and back."""
    if quoted(a.text, at):
        return
    delta = first.year - a.pub.year
    if (m := FORMS["in_month_year"].fullmatch(exact)) and month_number(m["mon"]) == first.month and delta in RELATIVE:
        yield "year_relative", f"{m['pre'] or ''}{m['mon']} {RELATIVE[delta]}"
    elif (m := FORMS["in_month_rel"].fullmatch(exact)) and month_number(m["mon"]) == first.month and \
            {"last": -1, "this": 0, "next": 1}[m["which"]] == delta:
        yield "year_relative", f"{m['pre'] or ''}{m['mon']} {first.year}"
    elif (m := FORMS["in_month"].fullmatch(exact)) and month_number(m["mon"]) == first.month and \
            not re.match(r"[ \t]*(?:\d|of\b|last\b|this\b|next\b)", a.text[at + len(exact):]):
        yield "month_year", f"{m['pre'] or ''}{m['mon']} {first.year}"
        if delta in RELATIVE:
            yield "month_year", f"{m['pre'] or ''}{m['mon']} {RELATIVE[delta]}"


_SIMPLE_REST = re.compile(r"[A-Z][^,;:“”\"()\n]{8,160}?[a-z\d]\.(?=\s|$)")
_CLAUSE_WORDS = re.compile(
    r"\b(?:that|said|says|told|would|will|when|while|after|before|as|since|until|and|but|which|who)\b")


def fronted_rewrites(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str, int, int]]:
    """Yield (kind, new sentence, its start, its old end) for a sentence of one clause that opens with its date and a
    comma ("On Tuesday, Kim met Lee in Seoul."): the same sentence with the date at its end ("Kim met Lee in Seoul on
    Tuesday."). The rest must hold no second clause (no comma, "that", "said", "when" ...)."""
    if not sentence_start(a.text, at) or not a.text.startswith(", ", at + len(exact)) or quoted(a.text, at):
        return
    rest = _SIMPLE_REST.match(a.text, at + len(exact) + 2)
    if rest is None or _CLAUSE_WORDS.search(rest.group()) or not exact[:1].isupper():
        return
    body = rest.group()[:-1]
    first = body.split(" ", 1)[0]
    if first in {"The", "A", "An", "It", "They", "He", "She", "We"}:  # a common word opening it: lower-cased
        body = body[0].lower() + body[1:]
    opener = {"On", "In", "Last", "This", "Next", "Earlier", "Later", "Since", "By", "During", "Under", "From",
              "Throughout", "Over", "Early", "Late"}
    date = exact[0].lower() + exact[1:] if exact.split(" ", 1)[0] in opener else exact
    yield "fronted", f"{body[0].upper()}{body[1:]} {date}.", at, rest.end()


_SENTENCE_BEFORE = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)[A-Z][^,;:“”\"()\n.!?]{8,160}?\s\Z")


def moved_to_front(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str, int, int]]:
    """Yield (kind, new sentence, its start, its old end) for a sentence of one clause that ends with its date ("Kim
    met Lee in Seoul on Tuesday."): the same sentence opening with it ("On Tuesday, Kim met Lee in Seoul.")."""
    if not a.text.startswith(".", at + len(exact)) or quoted(a.text, at) or not exact[:1].islower():
        return
    before = _SENTENCE_BEFORE.search(a.text, max(0, at - 170), at)
    if before is None or _CLAUSE_WORDS.search(before.group()) or exact.split(" ", 1)[0] not in {
            "on", "in", "last", "this", "next", "earlier", "later", "during", "under", "early", "late"}:
        return
    body = before.group().rstrip()
    last = body.rsplit(" ", 1)[-1]
    if last.endswith(("ed", "en")) or re.match(r"in\s+(?:a|an|one|two|three|\d+)\s", exact):
        return  # "an agreement reached on July 30", "being reelected in November": the date is the participle's;
        # "in a year": a count, read otherwise at the front
    if body.split(" ", 1)[0] in {"The", "A", "An", "It", "They", "He", "She", "We"}:
        body = body[0].lower() + body[1:]
    yield "fronted", f"{exact[0].upper()}{exact[1:]}, {body}.", before.start(), at + len(exact) + 1


# dates41: families that change a date's surroundings, not its words
_SIMPLE_SENTENCE = re.compile(r"[A-Z][^“”\"()\n]{8,240}?[a-z\d]\.(?=\s|$)")
_REPORTED = re.compile(r"\b(?:said|says|told|tweeted|wrote|added|noted|according|asked|announced|stated)\b")
_COMMON_OPENERS = {"The", "A", "An", "It", "They", "He", "She", "We", "This", "That", "These", "Those", "Its", "Their",
                   "His", "Her", "Both", "Some", "Many"}
_TENSED_FORMS = ("month_first", "day_first", "weekday", "in_year", "in_month_year")


def sentence_around(text: str, at: int) -> re.Match[str] | None:
    """Return the sentence of one line (no quotation, no bracket) that holds ``text[at]``, opening with a capital."""
    begin = at
    while begin > 0 and not sentence_start(text, begin):
        begin -= 1
        if text[begin] == "\n" or at - begin > 240:
            return None
    if re.search(r"(?:\b[A-Z][A-Za-z]{0,3}|\.[A-Za-z])\.\s+\Z", text[max(0, begin - 8):begin]):
        return None  # "U.S. President Kim", "Rep. Lee", "Dec. 5. The": an abbreviation's point, maybe no sentence end
    m = _SIMPLE_SENTENCE.match(text, begin)
    return m if m is not None and m.end() > at else None


def reported_rewrites(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str, int, int]]:
    """Yield (kind, new sentence, its start, its old end) for a dated sentence told again as reported speech on the
    day before publication ("The envoys met on Dec. 5." → "Bo Harlan said on Tuesday that the envoys met on Dec.
    5."): a tense-bearing date (a weekday, a month-day, a year, a month of a year) keeps its range. The sentence must
    report no one already, nor open with its date."""
    if quoted(a.text, at) or not any(FORMS[f].fullmatch(exact) for f in _TENSED_FORMS):
        return
    sent = sentence_around(a.text, at)
    if sent is None or sent.start() == at or _REPORTED.search(sent.group()):
        return
    body = sent.group()
    if body.split(" ", 1)[0] in _COMMON_OPENERS:
        body = body[0].lower() + body[1:]
    said = WEEKDAYS[(a.pub - dt.timedelta(days=1)).weekday()]
    yield "reported", f"Bo Harlan said on {said} that {body}", sent.start(), sent.end()


def paragraph_start(text: str, at: int) -> int:
    """Return where the paragraph holding ``text[at]`` starts."""
    return text.rfind("\n", 0, at) + 1


def dateline_rewrites(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str, int, int]]:
    """Yield (kind, the paragraph up to the date with a wire dateline of publication's day before it, its start,
    the date's end) for a date in a paragraph with no dateline ("SEOUL, Nov. 15 (Yonhap) -- ...")."""
    begin = paragraph_start(a.text, at)
    head = a.text[begin:at]
    if begin < a.body or re.match(r"[A-Z][A-Z .]+[,(–—-]", head) or quoted(a.text, at) or "(" in head[:40]:
        return
    line = f"SEOUL, {ap_day(a.pub, a.pub)} (Yonhap) -- "
    yield "dateline", line + head + exact, begin, at + len(exact)


def deictic_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int]]:
    """Yield (kind, new words, publication shift) for a weekday told of the day before publication or of
    publication's day, outside quotations: "(on) Tuesday" → "yesterday" (the day before) or "today"; and, with
    publication moved a day later, publication's weekday → "yesterday". Under a dated dateline (:func:`story_day`)
    the day before the story's day and the story's day; publication is not moved (it does not move the dateline)."""
    m = FORMS["weekday"].fullmatch(exact)
    if m is None or quoted(a.text, at) or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    if sentence_start(a.text, at) or _PREPOSITION_BEFORE.search(a.text, max(0, at - 10), at):
        return
    filed = story_day(a, at)
    back = ((filed or a.pub) - day).days
    if back == 1:
        yield "deictic", "yesterday", 0
    elif back == 0:
        yield "deictic", "today", 0
        if story_day(a, at, a.pub + dt.timedelta(days=1)) is None:
            yield "deictic", "yesterday", 1


_SAID_ON = re.compile(r"\bsaid[ \t]+(?:on[ \t]+)?\Z")


def headline_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int, int, int]]:
    """Yield (kind, new paragraph, its start, its old end, where its date starts) for a one-sentence paragraph
    whose past weekday follows "said" ("Kim said Tuesday that Seoul must pay more."): the same news as a present-tense
    headline ("Kim says Tuesday Seoul must pay more"), whose weekday is still the past day (AP's headline present)."""
    if FORMS["weekday"].fullmatch(exact) is None or not 1 <= (a.pub - day).days <= 6 or quoted(a.text, at):
        return
    begin = paragraph_start(a.text, at)
    stop = a.text.find("\n", at)
    stop = len(a.text) if stop < 0 else stop
    para = a.text[begin:stop]
    said = _SAID_ON.search(a.text, max(begin, at - 12), at)
    if begin < a.body or said is None or not para.endswith(".") or re.search(r"[.!?]\s", para) or "“" in para:
        return
    subject = a.text[begin:said.start()]
    verb = "say " if re.search(r"[a-rt-z]s[ \t]\Z", subject) else "says "  # "Experts say", "Kim says"
    head = subject + verb + exact.removeprefix("on ").removeprefix("On ")
    rest = a.text[at + len(exact):stop - 1]
    yield "headline", head + re.sub(r"\A that\b", "", rest), begin, stop, len(subject) + len(verb)


def cases_of(a: Dev, base: list[tuple[int, int, str | None, str | None]]) -> Iterator[Case]:
    """Yield the rewrites of each date of ``a`` the tool reads right (``base``: its reading of the article)."""
    for exact, start, end, at in a.dates:
        want = (start, end)
        if not kept(base, at, at + len(exact), want):
            continue
        found: list[tuple[str, str]] = []
        if (day := one_day(want)) is not None:
            found += [*month_day_rewrites(a, exact, at, day), *weekday_rewrites(a, exact, at, day)]
        if (year := whole_year(want)) is not None:
            found += list(year_rewrites(a, exact, at, year))
        if (first := whole_month(want)) is not None:
            found += [*month_year_rewrites(a, exact, at, first), *month_named_rewrites(a, exact, at, first)]
        if day is not None:
            found += list(last_weekday_rewrites(a, exact, at, day))
        for kind, new in found:
            yield Case(a.aid, kind, at, at + len(exact), new, want)
        for kind, new, begin, stop in fronted_rewrites(a, exact, at):
            yield Case(a.aid, kind, begin, stop, new, want, len(new) - len(exact) - 2)
        for kind, new, begin, stop in moved_to_front(a, exact, at):
            yield Case(a.aid, kind, begin, stop, new, want, 0)
        yield from surroundings(a, exact, at, want)


def surroundings(a: Dev, exact: str, at: int, want: tuple[str, str]) -> Iterator[Case]:
    """Yield the dates41 rewrites of one date: reported speech, a dateline, a deictic word (with its shift)."""
    for kind, new, begin, stop in [*reported_rewrites(a, exact, at), *dateline_rewrites(a, exact, at)]:
        yield Case(a.aid, kind, begin, stop, new, want, len(new) - (stop - at))
    if (day := one_day(want)) is not None:
        for kind, new, shift in deictic_rewrites(a, exact, at, day):
            yield Case(a.aid, kind, at, at + len(exact), new, want, 0, shift)
        for kind, new, begin, stop, date_at in headline_rewrites(a, exact, at, day):
            yield Case(a.aid, kind, begin, stop, new, want, date_at)
    yield from moved(a, exact, at, want)


# dates42: families that move publication (the date's words re-written to keep its range), put a past sentence into
# the future, and refer back to a dated sentence
_PAST_TO_BASE = {
    "met": "meet", "held": "hold", "signed": "sign", "visited": "visit", "arrived": "arrive", "began": "begin",
    "left": "leave", "spoke": "speak", "made": "make", "reached": "reach", "opened": "open", "ended": "end",
    "started": "start", "returned": "return", "launched": "launch", "hosted": "host", "resumed": "resume",
    "released": "release", "urged": "urge", "discussed": "discuss", "traveled": "travel", "travelled": "travel",
    "concluded": "conclude", "wrapped": "wrap", "took": "take", "gave": "give", "sent": "send", "issued": "issue",
    "approved": "approve", "ratified": "ratify", "announced": "announce", "agreed": "agree", "called": "call",
    "attended": "attend", "flew": "fly", "headed": "head", "kicked": "kick", "marked": "mark", "unveiled": "unveil",
    "convened": "convene", "finalized": "finalize", "initialed": "initial", "delivered": "deliver",
    "submitted": "submit", "passed": "pass", "presented": "present", "proposed": "propose", "landed": "land",
}
_BE_PAST = re.compile(r"\b(?:was|were)[ \t]+(?=[a-z]+(?:ed|en|ld|wn|nt|ne)\b)")
_PAST_VERB = re.compile(r"\b(?:" + "|".join(_PAST_TO_BASE) + r")\b")
_TENSE_ELSEWHERE = re.compile(
    r"\b(?:will|would|had|has|have|is|are|said|says|told|since|when|while|until|ago|earlier|later|"
    r"previous|last|next|yesterday|today|tomorrow|expected|scheduled|due|plans?|\d{4})\b|[;:]|, (?:and|but|which)\b")
_DAY_FORMS = ("month_first", "day_first", "weekday")


def one_day_form(exact: str) -> re.Match[str] | None:
    """Return the match of a weekday or a month-day with no year ("on Tuesday", "Dec. 5"), else None."""
    for form in _DAY_FORMS:
        if (m := FORMS[form].fullmatch(exact)) and not m.groupdict().get("year") and (m["pre"] or "on ").strip() \
                .lower() == "on":
            return m
    return None


def to_future(sentence: str, at: int, modal: str) -> str | None:
    """Return ``sentence`` with its one past verb before ``at`` (a key of ``_PAST_TO_BASE``, or "was/were" before a
    participle) put after ``modal`` ("met" → "will meet", "was signed" → "will be signed"); None when the sentence
    has a second clause, another tense word, or no such verb.

    >>> to_future("The envoys met in Hanul on Tuesday.", 26, "will")
    'The envoys will meet in Hanul on Tuesday.'
    >>> to_future("The deal was signed on Dec. 5.", 20, "would")
    'The deal would be signed on Dec. 5.'
    >>> to_future("The envoys met, and they talked on Tuesday.", 33, "will") is None
    True
    """
    if _TENSE_ELSEWHERE.search(sentence):
        return None
    be = list(_BE_PAST.finditer(sentence))
    verbs = [v for v in _PAST_VERB.finditer(sentence) if all(b.end() != v.start() for b in be)] + be
    if len(verbs) != 1 or verbs[0].start() > at:
        return None
    v = verbs[0]
    base = _PAST_TO_BASE.get(v.group(), "be ")
    return f"{sentence[:v.start()]}{modal} {base}{sentence[v.end():]}".replace("be  ", "be ")


def future_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int, int, int, int]]:
    """Yield (kind, new sentence, its start, its old end, where the date starts in it, publication shift) for a
    one-clause past sentence dated by a weekday or a month-day with no year ("The envoys met in Hanul on Tuesday."):
    the same sentence in the future ("The envoys will meet in Hanul on Tuesday.") told two days before that day
    (``future``); and the same told as reported speech of the day before the date, with "would"
    ("Bo Harlan said on Monday that the envoys would meet in Hanul on Tuesday.", ``reported_would``), for a date two
    to five days before publication. The first not under a dated dateline within a week of the publication it moves
    to (:func:`story_day`): moving publication does not move the dateline's day."""
    if one_day_form(exact) is None or quoted(a.text, at) or day > a.pub:
        return
    sent = sentence_around(a.text, at)
    if sent is None or sent.start() == at or not 0 <= (a.pub - day).days <= 60:
        return
    if (new := to_future(sent.group(), at - sent.start(), "will")) is not None and \
            story_day(a, at, day - dt.timedelta(days=2)) is None:
        moved_by = len(new) - len(sent.group())
        yield "future", new, sent.start(), sent.end(), at - sent.start() + moved_by, (day - a.pub).days - 2
    if not 2 <= (a.pub - day).days <= 5 or (new := to_future(sent.group(), at - sent.start(), "would")) is None:
        return
    body = new[0].lower() + new[1:] if new.split(" ", 1)[0] in _COMMON_OPENERS else new
    lead = f"Bo Harlan said on {WEEKDAYS[(day - dt.timedelta(days=1)).weekday()]} that "
    date_at = len(lead) + at - sent.start() + len(new) - len(sent.group())
    yield "reported_would", lead + body, sent.start(), sent.end(), date_at, 0


def month_future_rewrites(a: Dev, exact: str, at: int, want: tuple[str, str]) -> Iterator[
        tuple[str, str, int, int, int, int]]:
    """Yield (kind, new sentence, its start, its old end, where the date starts in it, publication shift) for a
    one-clause past sentence dated by a month of publication's year or the year before ("The envoys met in March."):
    the same in the future told 40 days before the month (``future``), and told as speech of the month before with
    "would" ("Bo Harlan said in February that the envoys would meet in March.", ``reported_would``)."""
    first = whole_month(want)
    m = FORMS["in_month"].fullmatch(exact)
    if first is None or m is None or (m["pre"] or "").strip().lower() != "in" or quoted(a.text, at):
        return
    if first > a.pub or re.match(r"[ \t]*(?:\d|of\b|last\b|this\b|next\b)", a.text[at + len(exact):]):
        return
    sent = sentence_around(a.text, at)
    if sent is None or sent.start() == at:
        return
    if (new := to_future(sent.group(), at - sent.start(), "will")) is not None:
        moved_by = len(new) - len(sent.group())
        shift = (first - dt.timedelta(days=40) - a.pub).days
        yield "future", new, sent.start(), sent.end(), at - sent.start() + moved_by, shift
    said = (first - dt.timedelta(days=1)).replace(day=1)
    if said.year != a.pub.year or first.year != a.pub.year or \
            (new := to_future(sent.group(), at - sent.start(), "would")) is None:
        return  # a month of another year than publication's: "said in June" would be publication's June
    body = new[0].lower() + new[1:] if new.split(" ", 1)[0] in _COMMON_OPENERS else new
    lead = f"Bo Harlan said in {MONTH_NAMES[said.month - 1]} that "
    yield "reported_would", lead + body, sent.start(), sent.end(), len(lead) + at - sent.start() + len(new) - len(
        sent.group()), 0


def to_present(sentence: str, at: int) -> str | None:
    """Return ``sentence`` with its one past verb before ``at`` in the present ("met" → "meets", "meet" after a
    plural subject), as a caption tells its photo; None as :func:`to_future` gives None.

    >>> to_present("Kim met Lee in Hanul on Tuesday.", 23), to_present("The envoys met in Hanul on Tuesday.", 26)
    ('Kim meets Lee in Hanul on Tuesday.', 'The envoys meet in Hanul on Tuesday.')
    """
    new = to_future(sentence, at, "will")
    if new is None or " will be " in new:
        return None
    head, _, rest = new.partition(" will ")
    verb, _, tail = rest.partition(" ")
    if not re.search(r"[a-rt-z]s\Z|\b(?:and|they|we|I|you)\Z", head):
        verb = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
        verb = verb[:-2] + "ies" if re.search(r"[^aeiou]ys\Z", verb) else verb
    return f"{head} {verb} {tail}"


def caption_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int, int, int]]:
    """Yield (kind, new paragraph, its start, its old end, where the date starts in it) for a one-sentence paragraph
    dated by a past weekday or month-day with no year ("Kim met Lee in Hanul on Tuesday."): a photo caption of the
    same, in the present with a credit ("Kim meets Lee in Hanul on Tuesday. [YONHAP]"), whose date is still past."""
    if one_day_form(exact) is None or quoted(a.text, at) or not 1 <= (a.pub - day).days <= 6:
        return
    sent = sentence_around(a.text, at)
    if sent is None or sent.start() == at or paragraph_start(a.text, at) != sent.start():
        return
    if a.text[sent.end():sent.end() + 1] not in {"", "\n"}:
        return
    if (new := to_present(sent.group(), at - sent.start())) is None:
        return
    date_at = at - sent.start() + len(new) - len(sent.group())
    yield "caption", new + " [YONHAP]", sent.start(), sent.end(), date_at


def days_ago_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int]]:
    """Yield (kind, new words, publication shift) for a past weekday or month-day with no year, outside quotations
    and after no preposition but "on": with publication moved a week later, the day as "N days ago" ("on Tuesday" →
    "nine days ago"). Not under a dated dateline within a week of the publication it moves to (:func:`story_day`)."""
    if one_day_form(exact) is None or quoted(a.text, at) or day >= a.pub or (a.pub - day).days > 40:
        return
    if story_day(a, at, a.pub + dt.timedelta(days=7)) is not None:
        return
    if sentence_start(a.text, at) or _PREPOSITION_BEFORE.search(a.text, max(0, at - 10), at):
        return
    if re.match(r"['’]s\b|[ \t]*(?:\(|,[ \t]*\d)", a.text[at + len(exact):]):
        return
    yield "days_ago", f"{(a.pub - day).days + 7} days ago", 7


def year_later(pub: dt.date) -> int:
    """Return the days from ``pub`` to the same day a year later (0 for 29 February: no such day)."""
    try:
        return (pub.replace(year=pub.year + 1) - pub).days
    except ValueError:
        return 0


def year_moved_rewrites(a: Dev, exact: str, at: int, want: tuple[str, str]) -> Iterator[tuple[str, str, int]]:
    """Yield (kind, new words, publication shift) with publication moved a year later and the words re-written to keep
    the range, outside quotations: "this year" → "last year", "next year" → "this year", "in March" (of publication's
    year) → "in March last year", "on Dec. 5" (of publication's year) → "on Dec. 5 last year" (Yonhap's forms)."""
    shift = year_later(a.pub)
    if not shift or quoted(a.text, at) or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    if (m := FORMS["rel_year"].fullmatch(exact)) and m["which"].lower() in {"this", "next"} and \
            whole_year(want) == a.pub.year + (m["which"].lower() == "next"):
        yield "year_moved", cap("last" if m["which"].lower() == "this" else "this", exact[0].isupper()) + " year", shift
        return
    if re.match(r"[ \t]*(?:\d|of\b|last\b|this\b|next\b|,|\()", a.text[at + len(exact):]):
        return
    first = whole_month(want)
    if (m := FORMS["in_month"].fullmatch(exact)) and first and first.year == a.pub.year and \
            month_number(m["mon"]) == first.month and (m["pre"] or "in ").strip().lower() == "in":
        yield "year_moved", f"{exact} last year", shift
    day = one_day(want)
    if (m := one_day_form(exact)) and day and day.year == a.pub.year and day <= a.pub and "mon" in m.groupdict():
        yield "year_moved", f"{exact} last year", shift


def month_later(pub: dt.date) -> int:
    """Return the days from ``pub`` to the same day a month later (0 after the 28th: no such day in every month)."""
    if pub.day > 28:
        return 0
    nxt = (pub.replace(day=1) + dt.timedelta(days=32)).replace(day=pub.day)
    return (nxt - pub).days


def month_moved_rewrites(a: Dev, exact: str, at: int, want: tuple[str, str]) -> Iterator[tuple[str, str, int]]:
    """Yield (kind, new words, publication shift) with publication moved a month later, outside quotations: "this
    month" → "last month", "next month" → "this month", "last month" → "two months ago"; a past "in March" and a past
    month-day with no year keep their words (the date line alone moves)."""
    shift = month_later(a.pub)
    if not shift or quoted(a.text, at) or re.match(r"['’]s\b", a.text[at + len(exact):]):
        return
    first = whole_month(want)
    if (m := re.fullmatch(r"(?P<which>[Tt]his|[Nn]ext|[Ll]ast) month", exact)) and first is not None:
        step = (first.year - a.pub.year) * 12 + first.month - a.pub.month
        new = {0: "last month", 1: "this month", -1: "two months ago"}.get(step)
        if new is not None and {"this": 0, "next": 1, "last": -1}[m["which"].lower()] == step:
            yield "month_moved", cap(new, exact[0].isupper()), shift
        return
    m = FORMS["in_month"].fullmatch(exact)
    rest = a.text[at + len(exact):]
    if m and first is not None and first < a.pub.replace(day=1) and (m["pre"] or "").strip().lower() == "in" and \
            first.year == a.pub.year and not re.match(r"[ \t]*(?:\d|of\b|last\b|this\b|next\b)", rest):
        yield "month_moved", exact, shift
    day = one_day(want)
    if day is not None and one_day_form(exact) is not None and "mon" in (one_day_form(exact) or {}).groupdict() and \
            dt.timedelta(days=7) < a.pub - day < dt.timedelta(days=200):
        yield "month_moved", exact, shift


def later_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str, int, int]]:
    """Yield (kind, new words, where they go, the range they must read) for a past one-day date that ends the dates
    of its sentence (outside quotations): a sentence put right after it that counts from it ("Two days later, Bo
    Harlan left for Oskel." → the day two on; "The next day, ..." → the day after)."""
    if quoted(a.text, at) or day > a.pub or a.text.startswith(" (", at + len(exact)):
        return  # a wire dateline's date is no antecedent (dates41)
    sent = sentence_around(a.text, at)
    if sent is None or re.search(rf"\b(?:{_MON_ALT}|[A-Z][a-z]?)\.\Z", sent.group()):
        return  # the sentence ends at an abbreviation's point ("Mar. 25"): maybe no sentence end
    if any(sent.start() <= where < sent.end() and where > at for *_, where in a.dates):
        return
    if "“" in a.text[sent.end():sent.end() + 2] or "\"" in sent.group():
        return
    for words, days in (("Two days later", 2), ("The next day", 1)):
        yield "later", f" {words}, Bo Harlan left for Oskel.", sent.end(), days


def moved(a: Dev, exact: str, at: int, want: tuple[str, str]) -> Iterator[Case]:
    """Yield the dates42 rewrites of one date: the future, reported "would", "N days ago", a year later, "later"."""
    for kind, new, shift in year_moved_rewrites(a, exact, at, want):
        yield Case(a.aid, kind, at, at + len(exact), new, want, 0, shift)
    for kind, new, shift in month_moved_rewrites(a, exact, at, want):
        yield Case(a.aid, kind, at, at + len(exact), new, want, 0, shift)
    for kind, new, begin, stop, date_at, shift in month_future_rewrites(a, exact, at, want):
        yield Case(a.aid, kind, begin, stop, new, want, date_at, shift)
    for kind, new in anchor_word_rewrites(a, exact, at):
        yield Case(a.aid, kind, at, at + len(exact), new, want)
    if (day := one_day(want)) is None:
        return
    for kind, new, begin, stop, date_at in caption_rewrites(a, exact, at, day):
        yield Case(a.aid, kind, begin, stop, new, want, date_at)
    for kind, new, begin, stop, date_at, shift in future_rewrites(a, exact, at, day):
        yield Case(a.aid, kind, begin, stop, new, want, date_at, shift)
    for kind, new, shift in days_ago_rewrites(a, exact, at, day):
        yield Case(a.aid, kind, at, at + len(exact), new, want, 0, shift)
    for kind, new, where, days in later_rewrites(a, exact, at, day):
        on = (day + dt.timedelta(days=days)).isoformat()
        yield Case(a.aid, kind, where, where, new, (on, on), 1)
    for kind, new in later_day_rewrites(a, exact, at, day):
        yield Case(a.aid, kind, at, at + len(exact), new, want)
    for kind, new, date_at in long_clause_rewrites(a, exact, at):
        yield Case(a.aid, kind, at, at + len(exact), new, want, date_at)


# dates43: a weekday of the news day written "later"/"earlier" <weekday>; a long adjunct put between a clause's verb
# and its date
_NEWS_DAY = re.compile(r"(?:[Oo]n[ \t]+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
# a prepositional adjunct of 120 characters that can follow a verb, its object or a noun, and tells no time
LONG_ADJUNCT = ("under the terms of the new pact on the cost of the bases and the wages of the local staff of the "
                "allied garrison in the region ")


def later_day_rewrites(a: Dev, exact: str, at: int, day: dt.date) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for a weekday ("on Tuesday", "Tuesday") of publication's day or the day before or
    after it, outside quotations: "later Tuesday" (a past day: "earlier Tuesday"), which names the same day."""
    if quoted(a.text, at) or abs((day - a.pub).days) > 1 or not (m := _NEWS_DAY.fullmatch(exact)):
        return
    if a.text[at + len(exact) : at + len(exact) + 1].isalnum() or re.search(r"(?:\bthe|\d)[ \t]\Z", a.text[:at]):
        return
    word = "earlier" if day < a.pub else "later"
    yield "later_day", cap(f"{word} {m['wd']}", exact[0].isupper() and sentence_start(a.text, at))


def long_clause_rewrites(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str, int]]:
    """Yield (kind, new words, where the date starts in them) for a tense-bearing date after "on"/"in" inside a
    sentence (not at its start, not in a quotation): the date with a long adjunct of no time before it ("met on
    Tuesday" → "met under the terms of ... in the region on Tuesday"), which moves the clause's verb more than 120
    characters back but keeps its tense and so the range."""
    if quoted(a.text, at) or sentence_start(a.text, at) or not re.match(r"(?:on|in)[ \t]", exact):
        return
    if not any(FORMS[f].fullmatch(exact) for f in _TENSED_FORMS) or not re.search(r"[a-z][ \t]\Z", a.text[:at]):
        return
    yield "long_clause", LONG_ADJUNCT + exact, len(LONG_ADJUNCT)


# dates45: an event named as the anchor ("before the election", "after taking office") written with another word of
# the same sense; README "before X", "after X" resolve to X itself, so the range is kept
_ANCHOR_WORD = re.compile(
    r"(?P<word>[Bb]efore|[Aa]head of|[Aa]fter|[Ff]ollowing)[ \t]+(?P<rest>(?:the|his|her|[a-z]+ing)\b.*)")
_SAME_SENSE = {"before": "ahead of", "ahead of": "before", "after": "following", "following": "after"}


def anchor_word_rewrites(a: Dev, exact: str, at: int) -> Iterator[tuple[str, str]]:
    """Yield (kind, new words) for a date that is an event named after "before", "ahead of", "after", "following"
    (not a count, month or weekday: the word after it is "the", a possessive or a participle): "before" ↔ "ahead of",
    "after" ↔ "following" ("after" a participle: "upon", as "following taking office" is no English), the case of
    its first letter kept.

    >>> [n for _, n in anchor_word_rewrites(Dev("x", "", dt.date(2024, 1, 1), 0, ()), "After taking office", 0)]
    ['Upon taking office']
    """
    if not (m := _ANCHOR_WORD.fullmatch(exact)):
        return
    word = m["word"].lower()
    other = "upon" if word == "after" and m["rest"].split()[0].endswith("ing") else _SAME_SENSE[word]
    if word == "following" and m["rest"].split()[0].endswith("ing"):
        return
    yield "anchor_word", (other[0].upper() + other[1:] if m["word"][0].isupper() else other) + " " + m["rest"]


@dataclass(frozen=True)
class Outcome:
    """A case and whether the tool kept its range."""

    case: Case
    ok: bool


def run(arts: tuple[Dev, ...] | None = None) -> list[Outcome]:
    """Return the outcome of every case of ``arts`` (default: the whole dev corpus), in corpus order."""
    out = []
    for a in arts if arts is not None else dev_articles():
        base = read(a.text, a.pub, a.body)
        for c in cases_of(a, base):
            text = a.text[: c.start] + c.new + a.text[c.end :]
            got = read(text, a.pub + dt.timedelta(days=c.pub_shift), a.body)
            out.append(Outcome(c, kept(got, c.start + c.date_at, c.start + len(c.new), c.want)))
    return out


def totals(outs: list[Outcome]) -> dict[str, list[int]]:
    """Return [right, cases] of each kind."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for o in outs:
        total[o.case.kind] += 1
        right[o.case.kind] += o.ok
    return {k: [right[k], total[k]] for k in sorted(total)}
