"""Read an article file and cut it into header, paragraphs and sentences, all as character offsets.

Offsets are Python ``str`` indices into the file's decoded text (``bytes.decode("utf-8")``), so
``text[start:end]`` is always the segment. A UTF-8 byte-order mark is *kept* as character 0 (never
stripped) so that offsets match what any UTF-8 reader of the file sees; the header parser skips it.
Line endings are kept as they are (``\\n``, ``\\r\\n`` or ``\\r``).

Expected shape (the seed's): a title line, a byline, a date line, then paragraphs separated by blank
lines. Blank lines inside the header are allowed; the byline may be missing; the date line may be
missing if ``published`` is given (which also overrides it).

>>> a = parse_article("Title\\n\\nBy Jo Reporter\\nNovember 16, 2019\\n\\nMr. Kim met U.S. envoys. It rained.")
>>> a.title, a.byline, a.published.isoformat()
('Title', 'By Jo Reporter', '2019-11-16')
>>> [a.text[s.start:s.end] for s in a.sentences]
['Mr. Kim met U.S. envoys.', 'It rained.']
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import os
import stat
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import lazyre as re
from analysis.errors import InputError

__all__ = [
    "MAX_ARTICLE_BYTES",
    "YEARS",
    "Article",
    "Segment",
    "Segments",
    "check_file",
    "parse_article",
    "parse_dateline",
    "parse_published",
    "read_article",
    "split_paragraphs",
    "split_sentences",
]

# Month names and abbreviations (lower case) -> month number, from calendar (English: nothing calls setlocale).
MONTHS = {name.lower(): i for i in range(1, 13) for name in (calendar.month_name[i], calendar.month_abbr[i])}
MONTHS["sept"] = 9
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RX = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"

_DATELINE = re.compile(
    rf"""(?:(?:published|updated|posted|date)\s*+:?\s*+(?:on\s++)?)?
    (?:{_WEEKDAY_RX},?\s++)?
    (?:(?P<mon>{_MONTH_RX})\.?\s++(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s++(?P<year>\d{{4}})
      |(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s++(?P<mon2>{_MONTH_RX})\.?,?\s++(?P<year2>\d{{4}})
      |(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))
    (?:(?:\s*+[,|@-]?\s*+|T)\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\.\d+)?\s*+(?:[ap]\.?m\.?)?\s*+
      (?:Z|[A-Z]{{2,5}}|[+-]\d{{2}}:?\d{{2}}|\(?GMT[+-]?\d*\)?)?)?\s*+""",
    re.IGNORECASE | re.VERBOSE,
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
#: A straight or curly double quotation mark (where the quote and date finders look for quotations).
QUOTE_MARK = re.compile(r'["“”]')
#: A blank line between two line feeds (a "\r" may stand beside them): where the number and name finders stop.
BLANK_LINE_LF = re.compile(r"\n[ \t\r]*\n")
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0\ufeff]*(?:(?:\r\n|\r|\n)[ \t\u00a0\ufeff]*)+")
_BYLINE = re.compile(r"(?:by|from|reporting by)\s+\S", re.IGNORECASE)
_HEADER_LINES = 4  # non-blank lines after the title that may hold the byline and the date
# Largest article file ``read_article`` accepts (bytes; 20 MB, ~20 s of annotation). Checked before reading,
# so a huge or wrong file fails at once. ``parse_article`` and ``analysis.annotate(text)`` have no limit.
MAX_ARTICLE_BYTES = 20_000_000
#: Publication dates accepted (``--published`` or a date line): a news article of the modern era.
YEARS = (1900, 2100)


@dataclass(frozen=True, slots=True)  # slots: a 100 MB text has millions
class Segment:
    """A stretch of the article: ``text[start:end]``; ``paragraph`` is the index of its paragraph."""

    start: int
    end: int
    paragraph: int = -1

    def of(self, text: str) -> str:
        """Return the segment's text.

        >>> Segment(0, 2).of("hello")
        'he'
        """
        return text[self.start : self.end]


class Columns(Sequence[Any]):
    """A read-only sequence whose items are made on access from columns (arrays) by ``row(i)``.

    Subclasses give ``__len__`` and ``row``; this gives indexing, slices, iteration, ``==`` with any sequence
    of equal items, and a repr. Used by :class:`Segments` and ``extract.spans.SpanTable``.

    >>> class Squares(Columns):
    ...     def __len__(self): return 3
    ...     def row(self, i): return i * i
    >>> sq = Squares()
    >>> sq[-1], sq[1:], list(sq), sq == [0, 1, 4], sq
    (4, (1, 4), [0, 1, 4], True, Squares([0, 1, 4]))
    """

    __slots__ = ()

    def row(self, i: int) -> Any:  # pragma: no cover - every subclass defines it
        """Return the item at index ``i`` (0 <= i < len)."""
        raise NotImplementedError

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple(self.row(k) for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"{type(self).__name__} index out of range")
        return self.row(i)

    def __iter__(self) -> Iterator[Any]:
        return map(self.row, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class Segments(Columns):
    """Segments stored as three arrays of integers (24 bytes each, not a Python object each).

    Reads like a tuple of Segment (index, slice, iterate, ``len``, ``==``); ``starts`` and ``ends`` are the
    arrays themselves, for ``bisect``. Two million one-line paragraphs take 48 MB here, not 300 MB.

    >>> segs = Segments([Segment(0, 2, 0), Segment(4, 7, 1)])
    >>> segs[1], len(segs), list(segs.ends), segs == (Segment(0, 2, 0), Segment(4, 7, 1))
    (Segment(start=4, end=7, paragraph=1), 2, [2, 7], True)
    """

    __slots__ = ("ends", "paras", "starts")

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.starts, self.ends, self.paras = array("q"), array("q"), array("q")
        for seg in segments:
            self.append(seg)

    def append(self, seg: Segment) -> None:
        """Add one segment at the end."""
        self.starts.append(seg.start)
        self.ends.append(seg.end)
        self.paras.append(seg.paragraph)

    def __len__(self) -> int:
        return len(self.starts)

    def row(self, i: int) -> Segment:
        """Return the segment at index ``i`` (``segs[i]``)."""
        return Segment(self.starts[i], self.ends[i], self.paras[i])

    def __getitem__(self, i: Any) -> Any:
        if type(i) is int and 0 <= i < len(self.starts):  # the common case, read at once (a call a sentence)
            return Segment(self.starts[i], self.ends[i], self.paras[i])
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[Segment]:
        return map(Segment, self.starts, self.ends, self.paras)

    def pairs(self) -> Sequence[tuple[int, int]]:
        """Return a read-only view of ``(start, end)`` pairs (made on access).

        >>> Segments([Segment(0, 2, 0)]).pairs()[0]
        (0, 2)
        """
        return _Pairs(self)


class _Pairs(Sequence[tuple[int, int]]):
    __slots__ = ("segs",)

    def __init__(self, segs: Segments) -> None:
        self.segs = segs

    def __len__(self) -> int:
        return len(self.segs)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self.segs.starts[i], self.segs.ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.segs.starts, self.segs.ends, strict=True)


@dataclass(frozen=True)
class Article:
    """One article: its full text, header fields and body segments (offsets into ``text``)."""

    text: str
    title: str
    byline: str
    published: dt.date
    paragraphs: Segments  # reads like a tuple of Segment
    sentences: Segments
    path: str | None = None
    title_span: Segment | None = None
    byline_span: Segment | None = None
    date_span: Segment | None = None
    body_start: int = 0
    #: The text as read, where ``text`` is its reading view (:func:`reading_view`: hard wraps and fixed-width spaces
    #: read as spaces, same length and offsets); None when the two are the same. Every rule reads ``text``; every
    #: output quotes this one (:meth:`as_read`, :attr:`source_text`: exacts, digests, the rendered article).
    raw: str | None = None

    @property
    def source_text(self) -> str:
        """Return the text as read (``raw`` if the reading view differs, else ``text``).

        >>> body = "Seoul will pay more for the troops, said\\nRobert Abrams, the US commander, on\\nMonday."
        >>> a = parse_article("T\\nMay 2, 2020\\n\\n" + body)
        >>> "\\n" in a.paragraphs[0].of(a.text), a.source_text.endswith(body), a.raw is not None
        (False, True, True)
        """
        return self.text if self.raw is None else self.raw

    @property
    def paragraph_break(self) -> re.Pattern[str]:
        """Return what parts the body's paragraphs: :data:`PARAGRAPH_BREAK` (a blank line), or :data:`LINE_BREAK_RUN`
        in a body pasted one line a paragraph (no blank line, two lines or more), as :attr:`paragraphs` were parted.

        >>> line = "Seoul will pay more. " * 7  # longer than any hard-wrapped line (WRAP_WIDTH_MAX)
        >>> [parse_article(f"T\\nMay 2, 2020\\n\\n{line}{sep}B.").paragraph_break is LINE_BREAK_RUN for sep in "\\n|"]
        [True, False]
        """
        return _paragraph_break(self.text, self.body_start)

    def as_read(self, start: int, end: int, exact: str) -> str:
        """Return ``exact``, the reading view's words at ``start:end``, as the text was read (with its line breaks and
        no-break spaces): what every output's ``exact`` quotes. Words that are not the view's slice stay as they are.

        >>> a = parse_article("T\\nMay 2, 2020\\n\\nIt cost $8\\u00a0billion.")
        >>> s = a.text.index("$"); a.as_read(s, s + 10, a.text[s:s + 10]), a.as_read(s, s + 10, "other")
        ('$8\\xa0billion', 'other')
        """
        if self.raw is None or exact != self.text[start:end]:
            return exact
        return self.raw[start:end]


#: The widest a hard-wrapped line may be, in characters: mail and wire copy wrap at 60 to 80, text taken from a PDF
#: near 100; a paragraph with a longer line is read as it is, its line breaks kept.
WRAP_WIDTH_MAX = 120
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def unwrap(text: str, start: int = 0) -> str:
    """Return ``text`` with the line breaks of hard-wrapped paragraphs after ``start`` read as spaces (same length,
    so every offset holds): the reading view the rules see, as a careful reader reads "Donald\\nTrump" as one name.

    A line break inside a paragraph is a wrap when the next line's first word would not have fitted on the line
    before within the text's width (its longest line among the paragraphs that hold a line break and no line over
    :data:`WRAP_WIDTH_MAX`): what a greedy wrapper does. A short line before a break (a caption "Name / Title" over
    the words it introduces, a heading, a list item) keeps its break, and so do blank lines.

    >>> w = ("Seoul will pay more for the troops, said\\nRobert Abrams, the US commander, on\\nMonday.\\n\\n"
    ...      "Kim / Envoy\\nWe agreed.")
    >>> unwrap(w).split("\\n")  # doctest: +NORMALIZE_WHITESPACE
    ['Seoul will pay more for the troops, said Robert Abrams, the US commander, on Monday.', '', 'Kim / Envoy',
     'We agreed.']
    >>> unwrap("Kim / Envoy\\nWe agreed to pay more for the troops this year.") .count("\\n")
    1

    A line of a plain-text table (a line with a "|": "2019 | 1.04 trillion won") keeps the breaks on both its sides,
    each row its own line (cfix39):

    >>> unwrap("Payments by year\\n2019 | 1.04 trillion won\\n2021 | 1.18 trillion won").count("\\n")
    2

    So does a list's line that opens on its year ("2019: 1.04 trillion won", "- 2021 - X"; cfix42, :func:`kept_line`):

    >>> unwrap("Seoul's payments by year\\n2019: 1.04 trillion won\\n2021: 1.18 trillion won").count("\\n")
    2
    """
    if _blank_lines_only(text, start):
        return text
    paragraphs = [p for p in _paragraph_lines(text, start) if len(p) > 1 and max(u for u, _, _ in p) <= WRAP_WIDTH_MAX]
    if not paragraphs:
        return text
    width = max(u for p in paragraphs for u, _, _ in p)
    out: list[str] = []
    done = 0
    for lines in paragraphs:
        row = _table_row(text, lines[0][1], start)  # a table's rows keep their breaks (cfix39)
        for (used, bs, be), (_, next_end, _) in itertools.pairwise(lines):
            following = text[be:next_end]
            row, was_row = kept_line(following), row
            if used + 1 + len(following.split(None, 1)[0]) > width and not (row or was_row):
                out += (text[done:bs], " " * (be - bs))
                done = be
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _table_row(text: str, end: int, start: int) -> bool:
    """Whether the line ending at ``end`` holds a "|" (a plain-text table's row), read back at most
    ``2 * WRAP_WIDTH_MAX`` characters: a paragraph's first line, whose start the line list does not keep (the lines
    after it are read whole by :func:`unwrap`), so that each line is read once whatever the text's length.

    >>> _table_row("Head\\n2019 | 1.04 trillion won\\nmore", 29, 0), _table_row("Head\\nplain line\\n", 15, 0)
    (True, False)
    """
    low = max(start, end - 2 * WRAP_WIDTH_MAX)
    return kept_line(text[text.rfind("\n", low, end) + 1 or low:end])


#: A list's line that opens on its year, a mark and a figure, after a bullet: "2019: 1.04 trillion won", "- 2021 - about
#: $1 billion", "2020 = X" (cfix42); not a span of years ("2019 - 2021 saw ...") nor words ("2020 - the deal's first").
_YEAR_ITEM_LINE = re.compile(r"[ \t]{0,8}+(?:[-•*·▪][ \t]++)?(?:19|20)\d\d[ \t]*+[:=—–-][ \t]++"
                             r"(?:(?:about|around|roughly|nearly|almost|some|over|under|approximately|"
                             r"(?:more|less)[ \t]++than)[ \t]++)?"
                             r"(?:[$₩€£]|US\$|(?!(?:19|20)\d\d\b)\d)", re.I)


def kept_line(line: str) -> bool:
    """Return whether a line keeps the line breaks on both its sides: a plain-text table's row (a "|", cfix39) or a
    list's line that opens on its year, a mark and a figure ("2019: 1.04 trillion won"; cfix42), each item its
    own line with its own year, as a wrapped paragraph's line never opens.

    >>> [kept_line(t) for t in ("2019 | X", "2019: 1.04 trillion won", "- 2021 - about $1 billion",
    ...                         "2019 was a year of talks", "2019 - 2021 saw three rounds", "2020 - the first year")]
    [True, True, True, False, False, False]
    """
    return "|" in line or _YEAR_ITEM_LINE.match(line) is not None


#: Blanks that are spaces to a reader: no-break, figure, thin, hair and other fixed-width spaces (web pages put a
#: no-break space in "$8&nbsp;billion"); each is one character, as the space that stands for it in the reading view.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_AS_SPACE = str.maketrans(_SPACES, " " * len(_SPACES))


def reading_view(text: str, start: int = 0) -> str:
    """Return the text the rules read: the hard-wrapped paragraphs after ``start`` unwrapped (:func:`unwrap`) and every
    fixed-width space (no-break, thin, ...) a plain space, with the same length, so that every offset holds.

    >>> reading_view("It cost $8\\u00a0billion.")
    'It cost $8 billion.'
    >>> s = "Plain text."; reading_view(s) is s
    True
    """
    view = unwrap(text, start)
    return view.translate(_AS_SPACE) if not view.isascii() and any(c in view for c in _SPACES) else view


def _blank_lines_only(text: str, start: int) -> bool:
    """Return True if every line break after ``start`` (those at its two ends aside) stands beside another: only
    blank lines part the text, no paragraph has two lines (a fast path: two counts, no line read).

    >>> _blank_lines_only("T\\n\\nOne.\\n\\nTwo.\\n", 1), _blank_lines_only("T\\n\\nOne\\ntwo.", 1)
    (True, False)
    """
    if "\r" in text:
        return False
    lo, hi = start, len(text)
    while lo < hi and text[lo] == "\n":
        lo += 1
    while hi > lo and text[hi - 1] == "\n":
        hi -= 1
    return text.count("\n", lo, hi) == 2 * text.count("\n\n", lo, hi)


def _paragraph_lines(text: str, start: int) -> list[list[tuple[int, int, int]]]:
    """Return the lines of each paragraph after ``start`` (blank lines part them) as ``(width, end, end of its line
    break)``; a paragraph's last line ends at its break, or at the text's end (width and end alike then).

    >>> _paragraph_lines("ab \\ncd\\n\\nef\\r\\ng", 0)
    [[(2, 3, 4), (2, 6, 7)], [(2, 10, 12), (1, 13, 13)]]
    """
    out: list[list[tuple[int, int, int]]] = []
    para: list[tuple[int, int, int]] = []
    line = start
    for m in _LINE_BREAK.finditer(text, start):
        bs, be = m.span()
        used = len(text[line:bs].rstrip())
        if used:
            para.append((used, bs, be))
        elif para:
            out.append(para)
            para = []
        line = be
    used = len(text[line:].rstrip())
    if used:
        para.append((used, len(text), len(text)))
    if para:
        out.append(para)
    return out


def parse_published(value: str | dt.date) -> dt.date:
    """Return the date given as ``YYYY-MM-DD`` (the ``--published`` option), or raise InputError.

    >>> parse_published("2019-11-16")
    datetime.date(2019, 11, 16)
    >>> parse_published("16/11/2019")
    Traceback (most recent call last):
    analysis.errors.InputError: --published '16/11/2019' is not a date in the form YYYY-MM-DD; ...
    """
    if isinstance(value, dt.date):
        return _in_range(value, f"--published {value.isoformat()}")
    text = str(value).strip()
    try:
        if not _ISO.fullmatch(text):
            raise ValueError(text)
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--published {value!r} is not a date in the form YYYY-MM-DD",
            fix="give a real calendar date, e.g. --published 2019-11-16",
        ) from None
    return _in_range(date, f"--published {text}")


def _in_range(date: dt.date, what: str, where: str = "") -> dt.date:
    """Return ``date`` if its year is within ``YEARS``, else raise InputError naming the range.

    >>> _in_range(dt.date(1, 1, 1), "--published 0001-01-01")
    Traceback (most recent call last):
    analysis.errors.InputError: --published 0001-01-01 is outside 1900-2100; give the article's real publication date
    """
    if YEARS[0] <= date.year <= YEARS[1]:
        return date
    raise InputError(f"{what} is outside {YEARS[0]}-{YEARS[1]}", where=where,
                     fix="give the article's real publication date")  # fmt: skip


def parse_dateline(line: str) -> dt.date | None:
    """Return the date a header line states (``November 16, 2019``, ``2019-11-16`` ...), else None.

    >>> parse_dateline("Saturday, Nov. 16, 2019 10:04 AM EST")
    datetime.date(2019, 11, 16)
    >>> parse_dateline("Cheryl Sanders") is None
    True
    """
    m = _DATELINE.fullmatch(line.strip().lstrip("\ufeff"))
    if not m:
        return None
    if m["iy"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        mon = (m["mon"] or m["mon2"]).lower()
        year, month, day = int(m["year"] or m["year2"]), MONTHS[mon], int(m["day"] or m["day2"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Return the paragraphs of ``text[start:end]``: runs of text between blank lines, trimmed.

    >>> [s.of("a b\\n\\n c \\n\\n\\nd") for s in split_paragraphs("a b\\n\\n c \\n\\n\\nd")]
    ['a b', 'c', 'd']
    """
    out: list[Segment] = []
    _split_into(text, start, len(text) if end is None else end, out)
    return out


#: Any line break (with the blanks after it): what parts paragraphs in a body that has no blank line.
LINE_BREAK_RUN = re.compile(rf"(?:{_LINE_BREAK.pattern})[ \t\u00a0\ufeff]*+")


def _paragraph_break(text: str, start: int) -> re.Pattern[str]:
    """Return what parts the body's paragraphs: a blank line, or in a body with none and with two lines or more
    (text pasted with one line a paragraph) any line break; a hard wrap's breaks are spaces by then (:func:`unwrap`).

    >>> [_paragraph_break(t, 0) is LINE_BREAK_RUN for t in ("One.\\nTwo.", "One.\\n\\nTwo.\\nThree.", "\\nOne.\\n")]
    [True, False, False]
    """
    lo, hi = start, len(text.rstrip())
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo >= hi or PARAGRAPH_BREAK.search(text, lo, hi) is not None or LINE_BREAK_RUN.search(text, lo, hi) is None:
        return PARAGRAPH_BREAK
    return LINE_BREAK_RUN


def _split_into(text: str, start: int, end: int, out: list[Segment] | Segments,
                breaks: re.Pattern[str] = PARAGRAPH_BREAK) -> None:
    pos = start
    for m in breaks.finditer(text, start, end):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _add_trimmed(text, pos, end, out)


def _add_trimmed(text: str, start: int, end: int, out: list[Segment] | Segments) -> None:
    chunk = text[start:end]
    stripped = chunk.strip().strip("\ufeff").strip()
    if stripped:
        s = start + chunk.index(stripped)
        out.append(Segment(s, s + len(stripped), len(out)))


# Words that never end a sentence when followed by a period (titles, "No. 2", "Jan. 5").
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "reps",
        "gov",
        "prof",
        "st",
        "adm",
        "sgt",
        "capt",
        "maj",
        "cmdr",
        "amb",
        "rev",
        "hon",
        "pres",
        "gens",
        "lt-gen",
        "maj-gen",
        "brig",
        "messrs",
        "mme",
        "no",
        "nos",
        "vol",
        "vols",
        "vs",
        "v",
        "e.g",
        "i.e",
        "cf",
        "approx",
        "dept",
        "est",
        "fig",
        "ft",
        "mt",
        "pt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s.-based",
    ]
)
# After an initialism ("U.S.", "S.") a sentence ends only if one of these words comes next.
_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "In",
        "On",
        "At",
        "As",
        "After",
        "Before",
        "While",
        "When",
        "Where",
        "If",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "However",
        "Meanwhile",
        "Still",
        "Some",
        "Many",
        "Most",
        "Neither",
        "Nor",
        "No",
        "Not",
        "One",
        "Such",
        "Last",
        "Both",
        "Other",
        "Others",
        "What",
        "Who",
        "Why",
        "How",
        "According",
        "Earlier",
        "Later",
        "Since",
        "During",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Under",
        "Over",
        "For",
        "To",
    ]
)
# Starts only at the first mark of a run, possessive: a run of 100,000 "." is one full attempt, not 100,000. The mark
# comes first and the test of the character before it after (``(?<![.!?…].)``): ``re`` skips to a mark at once.
_BOUNDARY = re.compile(r"""[.!?…](?<![.!?…].)[.!?…]*+['"”’)\]]*+(?=\s++['"“‘(\[]*+[A-Z0-9$₩¥€£])""")
_LAST_TOKEN = re.compile(r"(\S+)\Z")
_NEXT_WORD = re.compile(r"""(?<!\s)\s++['"“‘(\[]*+([\w$₩¥€£]+)""")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


def split_sentences(text: str, para: Segment) -> list[Segment]:
    """Return the sentences of one paragraph, robust to "U.S.", "Gen.", "Mr.", "S. Korea".

    >>> t = 'Gen. Kim met U.S. officials in S. Korea. The North brands such U.S. "Why?" he asked.'
    >>> [s.of(t) for s in split_sentences(t, Segment(0, len(t), 0))]
    ['Gen. Kim met U.S. officials in S. Korea.', 'The North brands such U.S.', '"Why?" he asked.']
    """
    return [Segment(s, e, para.paragraph) for s, e in _sentence_bounds(text, para.start, para.end)]


def _sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` of each sentence of the paragraph ``text[start:end]`` (see ``split_sentences``).

    >>> list(_sentence_bounds("Hi. Gen. Kim met Al.", 0, 20))
    [(0, 3), (4, 20)]
    """
    floor = start
    for m in _BOUNDARY.finditer(text, floor, end):
        if m.group().startswith(".") and not _ends_sentence(text, m, floor):
            continue
        yield start, m.end()
        start = m.end()
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _ends_sentence(text: str, m: re.Match[str], floor: int) -> bool:
    """Decide whether the period at ``m`` ends a sentence, from the word before and after it."""
    lt = _LAST_TOKEN.search(text, max(floor, m.start() - 24), m.start())
    if not lt:
        return True
    token = lt.group(1).lstrip("\"'“‘([").lower()
    if len(m.group()) > 1 and m.group().startswith(".."):
        return True  # ellipsis followed by a capital
    nxt = _NEXT_WORD.match(text, m.end())
    word = nxt.group(1) if nxt else ""
    if token in _TITLES:
        # "Nov. 16" never breaks; "in Nov. The ..." does
        return token in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                         "no", "nos", "est", "approx"} and not word[:1].isdigit()  # fmt: skip
    if _INITIALISM.fullmatch(token):
        return word in _STARTERS
    return True


def _body_segments(text: str, start: int) -> tuple[Segments, Segments]:
    """Return the paragraphs and the sentences of ``text`` from ``start`` on.

    >>> paras, sents = _body_segments("One. Two.\\n\\nThree.", 0)
    >>> len(paras), [s.of("One. Two.\\n\\nThree.") for s in sents]
    (2, ['One.', 'Two.', 'Three.'])
    """
    paragraphs = Segments()
    _split_into(text, start, len(text), paragraphs, _paragraph_break(text, start))
    sentences = Segments()
    starts, ends, paras = sentences.starts, sentences.ends, sentences.paras  # filled in place: no Segment a sentence
    for a, b, k in zip(paragraphs.starts, paragraphs.ends, paragraphs.paras, strict=True):
        for s, e in _sentence_bounds(text, a, b):
            starts.append(s)
            ends.append(e)
            paras.append(k)
    return paragraphs, sentences


def parse_article(text: str, published: dt.date | str | None = None, path: str | None = None) -> Article:
    """Return the Article for ``text``: header fields, publication date, paragraphs and sentences.

    ``published`` (a date or ``YYYY-MM-DD``) overrides a date line; without either, InputError.

    >>> a = parse_article("A headline\\nJo Reporter\\n\\nFirst para.\\n\\nSecond.", published="2019-11-16")
    >>> a.byline, [p.of(a.text) for p in a.paragraphs]
    ('Jo Reporter', ['First para.', 'Second.'])
    """
    where = path or "article"
    override = parse_published(published) if published is not None else None
    nonblank = _header_lines(text)
    title_span = byline_span = date_span = None
    body_start = 0
    dateline: dt.date | None = None
    if nonblank and (_is_title(text, nonblank[0][1], nonblank[0][2]) or _dateline_follows(text, nonblank)):
        title_span = _trim(text, nonblank[0][1], nonblank[0][2])
        body_start = nonblank[0][2]
        rest = nonblank[1:]
        for k, (lineno, s, e) in enumerate(rest):
            line = text[s:e]
            found = parse_dateline(line)
            if found is None and _looks_like_dateline(line):
                if override is None:
                    raise InputError(f"line {lineno + 1}: date line {line.strip()!r} is not a real date", where=where,
                                     fix="correct it or pass --published YYYY-MM-DD")  # fmt: skip
                date_span, body_start = _trim(text, s, e), e  # --published stands for it
                break
            if found is not None:
                if override is None:
                    _in_range(found, f"line {lineno + 1}: date line {line.strip()!r}", where)
                dateline, date_span, body_start = found, _trim(text, s, e), e
                if k >= 1:
                    byline_span = _trim(text, rest[0][1], rest[0][2])
                break
        if date_span is None and rest and _is_byline(text[rest[0][1] : rest[0][2]]) and len(rest) > 1:
            byline_span = _trim(text, rest[0][1], rest[0][2])
            body_start = rest[0][2]
        elif date_span is not None and byline_span is None and rest and rest[0][1] < date_span.start:
            byline_span = _trim(text, rest[0][1], rest[0][2])
    if override is None and dateline is None:
        raise InputError("no publication date: no date line (e.g. 'November 16, 2019') under the title",
                         where=where, fix="add one after the byline or pass --published YYYY-MM-DD")  # fmt: skip
    raw, text = text, reading_view(text, body_start)
    paragraphs, sentences = _body_segments(text, body_start)
    return Article(
        raw=None if text is raw else raw,
        text=text,
        title=title_span.of(text) if title_span else "",
        byline=byline_span.of(text) if byline_span else "",
        published=override or dateline,  # type: ignore[arg-type]
        paragraphs=paragraphs,
        sentences=sentences,
        path=path,
        title_span=title_span,
        byline_span=byline_span,
        date_span=date_span,
        body_start=body_start,
    )


def _header_lines(text: str) -> list[tuple[int, int, int]]:
    """Return ``(line number, start, end)`` of the first non-blank lines (title + header), reading no further.

    >>> _header_lines("T\\n\\nBy X\\n")
    [(0, 0, 2), (2, 3, 8)]
    """
    out: list[tuple[int, int, int]] = []
    for i, m in enumerate(_LINE.finditer(text)):
        s, e = m.span()
        if s >= len(text) or len(out) > _HEADER_LINES:
            break
        if text[s:e].strip().strip("\ufeff").strip():
            out.append((i, s, e))
    return out


def _trim(text: str, start: int, end: int) -> Segment:
    segs = split_paragraphs(text, start, end)
    return Segment(segs[0].start, segs[0].end) if segs else Segment(start, start)


def _is_title(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return len(line) <= 200 and not (len(line) > 80 and line.endswith((".", '"', "”")))


def _dateline_follows(text: str, nonblank: list[tuple[int, int, int]]) -> bool:
    """Return whether a date line is the 2nd or 3rd non-blank line (so line 1 is a title, however long).

    >>> t = "A long headline that ends with a full stop. The deal says otherwise, more than eighty.\\n\\nMay 2, 2019\\n"
    >>> _dateline_follows(t, _header_lines(t))
    True
    """
    return any(parse_dateline(text[s:e]) is not None for _, s, e in nonblank[1:3])


def _is_byline(line: str) -> bool:
    line = line.strip()
    words = line.split()
    return bool(_BYLINE.match(line)) or (
        0 < len(words) <= 6 and len(line) <= 60 and not line.endswith((".", "?", "!", '"', ":"))
    )


def _looks_like_dateline(line: str) -> bool:
    """A short line of a month name and numbers that failed to parse (e.g. 'February 30, 2019')."""
    line = line.strip()
    return len(line) <= 40 and bool(
        re.fullmatch(rf"(?:{_WEEKDAY_RX},?\s+)?(?:{_MONTH_RX})\.?\s+\d{{1,2}},?\s+\d{{4}}", line, re.I)
        or _ISO.fullmatch(line)
    )


def read_article(path: str | Path, published: dt.date | str | None = None) -> Article:
    """Return the Article read from a UTF-8 text file, or raise InputError saying what to fix.

    Rejects a missing, unreadable, empty (or whitespace-only), binary (NUL bytes) or non-UTF-8 file,
    a file larger than ``MAX_ARTICLE_BYTES`` (before reading it), and a file with no date line when
    ``published`` is not given.

    >>> from analysis.paths import SEED_ARTICLE
    >>> a = read_article(SEED_ARTICLE)
    >>> a.title, a.byline, str(a.published), len(a.paragraphs)
    ('North Korea Angling for Another Trump-Kim Summit', 'Cheryl Sanders', '2019-11-16', 17)
    """
    where = str(path)
    if published is not None:
        published = parse_published(published)
    check_file(path)
    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)  # a pipe or a growing file has no size to check beforehand
        if len(data) > MAX_ARTICLE_BYTES:
            raise _too_big(where, f"over {MAX_ARTICLE_BYTES / 1e6:.0f} MB")
    except FileNotFoundError:  # removed since check_file
        raise InputError("no such file", where=where, fix="check the path to the article") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where, fix="check the file's permissions") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at byte {nul})",
            where=where,
            fix="give a plain UTF-8 text file",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8 (byte {exc.start}, line {line})",
            where=where,
            fix="re-save the file as UTF-8, e.g. iconv -f cp1252 -t utf-8",
        ) from None
    del data  # the text alone from here (a 20 MB file is not held twice)
    if not text.strip().strip("\ufeff").strip():
        raise InputError("article is empty", where=where, fix="give a text file with the article")
    return parse_article(text, published, path=where)


def check_file(path: str | Path) -> None:
    """Raise InputError unless ``path`` is an existing regular file within ``MAX_ARTICLE_BYTES`` (never opens it).

    A FIFO, a device or a socket is refused here, before anything could block reading it.

    >>> check_file("/dev/null")
    Traceback (most recent call last):
    analysis.errors.InputError: /dev/null: is a character device, not a regular file; give the article's text file
    """
    where = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file", where=where, fix="check the path to the article") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where, fix="check the path and permissions") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory, not a file", where=where, fix="give the article's text file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a character device" if stat.S_ISCHR(st.st_mode)
                else "a block device" if stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a special file")  # fmt: skip
        raise InputError(f"is {kind}, not a regular file", where=where, fix="give the article's text file")
    if st.st_size > MAX_ARTICLE_BYTES:
        raise _too_big(where, f"{st.st_size / 1e6:.1f} MB")


def _too_big(where: str, size: str) -> InputError:
    return InputError(
        f"article is {size}, larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit",
        where=where,
        fix="split it or pass a shorter text",
    )
