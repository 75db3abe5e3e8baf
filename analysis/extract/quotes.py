"""Find quotations and who said them: a name or description beside a speech verb (before or after the
quote, with a title or an appositive in between), a pronoun resolved to its nearest antecedent, an
organisation referred to as "the ministry" or "the statement", a colon-introduced or continued quote, the
subject of a sentence whose reported speech holds a partial quote, or nobody.

``value``: ``speaker`` (entity id or None), ``speaker_name`` (the speaker's full name as the text
establishes it, or the gazetteer name; None when no one is named or the name fits several people),
``speaker_text`` (the words naming the speaker, e.g. "Esper", "he", "A South Korean lawmaker"; None),
``speaker_start``/``speaker_end``, ``attribution`` ("named", "descriptor", "pronoun", "colon",
"continuation", "according_to", "subject", "repeated" (a short quote whose words an attributed quote says)
or "none"), ``antecedent`` (for a pronoun, "the ministry" or
"the former president": ``{"start", "end", "exact"}`` of the person or organisation it points back to),
``candidates`` (possible speakers' entity ids), ``voice`` (country the quote speaks for, from its own
words, e.g. "KP" for "DPRK ... us"; None), ``form`` ("full": a sentence or more on its own; "partial":
words quoted inside a sentence; "scare": fewer than four words) and ``closed`` (False if the quote runs
past its paragraph).

Every pattern looks at a bounded window around one quote (at most a few hundred characters), so the work
is linear in the text's length.

The first of the quote finder's three modules, each importing only the ones before it: this one holds
:class:`Quote`, the quote spans and the rules that read one quote's speaker (with the words and helpers the last pass
shares, at its end); :mod:`analysis.extract.quote_fallback` (the last pass, and the text's context that runs a quote
through these rules and then the fallback) imports it; :mod:`analysis.extract.quote_finder` (:func:`find_quotes`,
the driver, and the passes over the whole text) imports both.

>>> from analysis.extract.quote_finder import find_quotes
>>> from analysis.extract.entities import find_entities
>>> t = 'Esper said the South should "pay more". "We will see," he said.'
>>> [(q.exact, q.value["speaker"], q.value["attribution"]) for q in find_quotes(t, [(0, len(t))], find_entities(t))]
[('"pay more"', 'mark-esper', 'named'), ('"We will see,"', 'mark-esper', 'pronoun')]
"""

from __future__ import annotations

import bisect
import calendar
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import QUOTE_MARK as _MARK
from analysis.extract import windows as win
from analysis.extract.countries import PLACES
from analysis.extract.entities import AGE_NOUN, NATIONALITY, word_surname_places
from analysis.extract.entities import Mention as Mention  # the quote finder works with the entity finder's mentions
from analysis.extract.names import (
    HONORIFIC_TITLES,
    KOREAN_SURNAMES,
    MEDIA_NOUNS,
    NAME_SUFFIXES,
    OWNED_BY,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEAKING,
    SPEECH_VERBS,
    TITLE_WORDS,
    TITLES,
    is_name_word,
    korean_name,
    manner_adverb,
    name_run,
    speaks_after_comma,
    surname_of,
    word_set,
)
from analysis.extract.names import tokens as name_tokens
from analysis.extract.scan import last_match, word_trie

__all__ = ["Quote", "voice_of"]


_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|asked|asks|warned|warns|urged|wrote|writes|noted|notes|insisted"
    r"|declared|argued|explained|stressed|stresses|claimed|claims|tweeted|replied|responded|continued|cautioned"
    r"|announced|acknowledged|conceded|suggested|saying|complained|recalled|predicted|vowed|promised|threatened"
    r"|charged|lamented|observed|remarked|commented|emphasized|emphasised|quipped|added|insists|demanded"
    r"|calling|called|calls|describing|described|describes|dubbing|dubbed|labelling|labeling|labelled|labeled"
    r"|characterizing|characterising|characterized|characterised|characterizes|characterises"
    r"|branding|branded|terming|termed|dismissing|dismissed|accusing|accused|criticizing|criticising|urging"
    r"|adding|telling|writing|arguing|warning|insisting|noting|stressing|declaring|vowing|promising|posted"
    r"|criticized|criticised|criticizes|criticises"
    r"|repeated|reiterated|boasted|joked|asserted|replying|chanted|chanting|maintained|countered|retorted"
    r"|pledged|mentioned|stating|explaining|asking|answering|answered|highlighted|reaffirmed|quoted|read|reads"
    r"|reported|reports|informed|assured|reminded|shouted|shouting|yelled"
    r"|emphasizing|emphasising|reiterating|claiming|emphasizes|emphasises|reiterates|reaffirms"
    r"|argues|explains|contends|concedes|recalls|observes|asserts|acknowledges|cautions|laments|quips|replies"
    r"|responds|declares|complains|predicts|urges|admits|admitted"
    r"|argue|insist|contend|predict|complain|acknowledge|concede|describe"
    # verbs that report a clause's content ("It has stipulated that allies meet the “global standard”")
    r"|stipulated|stipulates|specified|indicated|indicates|hinted|hints|alleged|alleges|proposed|proposes|signaled"
    r"|signalled|signals|contended"
    # a forecast, and a present-tense stance told of the quote's words ('"...," Bo believes'; 'Bo expects that ...')
    r"|forecast|forecasts|believes|expects"
    # a guess, and a disclosure told of a clause (fresh78q: "He speculated that ... “to nothing.”", "..., Bo reveals")
    r"|speculated|speculates|reveals|revealed"
    # a retort or a show of temper told after the quote (probeq38: '"Nonsense," snapped Bo', '"...," Bo shot back'):
    # the phrasal ones only with "back", so "fired at the positions" and "shot down" report no speech
    r"|snapped|snaps|fumed|fumes|scoffed|scoffs|sniffed|mused|muses|exclaimed|interjected|grumbled|groused|muttered"
    r"|shot back|shoots back|fired back|fires back|hit back|hits back|chimed in|chimes in"
    # praise as a participle (qfix50: "with Bo lauding Al as a “true friend”", "Bo left, hailing it as “...”"): what
    # the praise calls someone is the praiser's word, as after "calling"
    r"|lauding|praising|hailing|touting"
)
# The verbs as a trie: at each place the lazy search below tries, ``re`` rejects after a letter or two
# instead of trying ninety words (the plain alternation made 25,000 short quotes take 6 s).
# A look-ahead for the verbs' first letters rejects at one test a word end or a word no verb starts with.
_VERBS_TRIE = word_trie(sorted(set(_VERBS.split("|"))))
_VERB_FIRSTS = "".join(sorted({v[0].lower() for v in _VERBS.split("|")}))
# The verbs' one-word past forms in "-ed" ("said" and "told" are read by the rules that hold them)
_VERB_PASTS = frozenset(v for v in _VERBS.split("|") if v.endswith("ed") and " " not in v)
_AFTER = re.compile(
    rf"[\s,;:.!?—–-]{{0,8}}+(?P<pre>[^\"“”!?]{{0,150}}?)\b(?=[{_VERB_FIRSTS}])(?P<verb>{_VERBS_TRIE})\b", re.IGNORECASE
)
_LONGEST_VERB = max(map(len, _VERBS.split("|")))
_VERB_WORD = re.compile(rf"\b(?=[{_VERB_FIRSTS}])(?:{_VERBS_TRIE})\b", re.IGNORECASE)
# "according to" / "in the words of", any case; written to start with one set of characters, which re skips to
# (seven times faster than \b then a case-blind word, tried at every character of a window; one set, not a set in
# each branch, which re tries at every character: twice as fast again)
_ACCORDING = re.compile(r"[AaIi](?<!\w.)(?:(?<=[Aa])(?i:ccording\s+to)|(?<=[Ii])(?i:n\s+the\s+words\s+of))\b")
_NONSPACE = re.compile(r"\S")
_NONSPACE_RUN = re.compile(r"(?<!\S)\S++")  # a whole word (a search from inside one skips to the next)
_FILLER = re.compile(
    r"(?<![\s,])[\s,]{0,160}(?:(?:\w{1,160}ly|also|then|later|again|has|had|have|previously|once|on\s{1,160}\w{1,160}"
    r"|last\s{1,160}\w{1,160}|in\s+a\s+statement|went\s+on\s+to)"
    r"[\s,]{1,160}){0,80}\Z"
)
# A pronoun before its verb ("he also said"), after an inverted verb ('", said he'), or where a name may stand;
# a preposition before a place ("the ministry in Seoul"); initials ("U.S."); a word of a quote.
_PRONOUN_BEFORE, _PRONOUN_AFTER, _PRONOUN_START, _PREP_BEFORE, _INITIALS, _WORD = (
    re.compile(pattern)
    for pattern in (
        r"\b(?P<p>he|she|it|He|She|It)[\s,]+(?:(?:\w+ly|also|then|later|again|has|had|went\s+on\s+to)\s+)*\Z",
        r"(?<!\s)\s+(?P<p>he|she)\b",
        r"(?P<p>he|she|it|He|She|It)\b",
        r"\b(?:in|at|from|of)\s+\Z",
        r"(?:[A-Za-z]\.)+",
        r"[\w'’-]+",
    )
)
# Words in a quote that show whose voice it is. North Korean statements call their state "the DPRK"
# and write "south Korea" in lower case; with a first person ("we", "us", "our") they speak for it.
_VOICE = [
    (re.compile(r"\bDPRK\b|\bsouth Korea|\bour Republic\b|\bU\.S\. imperialists\b"), "KP"),
]
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|We|Our)\b")
_SPEAKER_KINDS = {"person", "org"}
# Nouns for an organisation or its words, referred back to ("the ministry said", "the statement said").
_ORG_NOUNS = word_set(
    "ministry statement agency office embassy department command report committee party council government "
    "newspaper paper daily broadcaster channel outlet spokesman spokeswoman spokesperson commission "
    "administration presidency institute centre center side sides bureau delegation mission service military media "
    "team union association federation confederation foundation draft memorandum memo document "
    "group coalition organization organisation communique communiqué readout declaration resolution cable"
)
# Of those, the plural bodies: "the foreign and defense ministries said", "the two governments said": those bodies
# together, named by the phrase itself, never one body named before (speak57)
_PLURAL_BODIES = word_set("ministries governments departments agencies embassies delegations")
# Of those, the bodies an earlier phrase may have named ("the foreign ministry ... the ministry said").
_BODY_NOUNS = word_set(
    "ministry agency office embassy department command committee government council commission administration "
    "presidency institute bureau delegation mission service military union association federation confederation party "
    "foundation group coalition organization organisation"
)
# Speech verbs that may come before their subject ('", said Jo Bell'); "told", "called" take an object there.
_INVERTING = word_set(
    "said says added adds wrote writes asked asks continued explained noted stressed insisted replied responded "
    "declared argued recalled warned cautioned quipped remarked observed commented countered retorted emphasized "
    "emphasised acknowledged conceded complained lamented predicted saying adding stated argues explains contends "
    "concedes recalls observes asserts acknowledges cautions laments quips replies responds declares complains "
    "predicts admits admitted snapped snaps fumed fumes scoffed scoffs sniffed mused muses exclaimed interjected "
    "grumbled groused muttered"
)
_DETERMINERS = frozenset(["the", "a", "its", "their", "his", "her", "that", "this", "an"])
_AUXILIARIES = frozenset(
    ["has", "had", "have", "also", "later", "then", "again", "previously", "once", "would", "been", "likewise"]
)
# Auxiliaries and modals right after a name: the name is a clause's subject. One list for _SUBJECT_VERBS and
# _CLAUSE_AUXILIARY, which add to it on purpose (adverbs there, rarer modals here).
_AUXILIARY_WORDS = ("is", "was", "has", "had", "have", "will", "would", "did", "does", "could", "can")
# Words after a name that show it is a clause's subject ("Jo Bell appeared to reject it, replying: ...").
_SUBJECT_VERBS = frozenset([*_AUXILIARY_WORDS, "also", "then", "later"])
_PREPOSITIONS = frozenset(["of", "at", "from", "for", "with", "in", "to", "by", "on", "about", "against"])
_TITLE_WORDS = TITLES | ROLE_NOUNS | frozenset(["of", "the", "for", "former", "retired", "then", "U.S.", "US"])


@dataclass(frozen=True)
class Quote:
    """One quotation: its span, its value, and the mentions its attribution rests on."""

    start: int
    end: int
    exact: str
    value: dict[str, Any]
    speaker_mention: Mention | None = None
    antecedent: Mention | None = None
    voice_mention: Mention | None = None
    related: tuple[Mention, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Who:
    """How a quote is attributed: the rule, the mention naming the speaker and where its words are."""

    attribution: str = "none"
    mention: Mention | None = None
    start: int = -1
    end: int = -1
    antecedent: Mention | None = None
    name: str | None = None  # the speaker's name when no mention carries it ("South Korea's foreign ministry")

    @property
    def found(self) -> bool:
        return self.attribution != "none"


_NOBODY = _Who()


def voice_of(content: str) -> str | None:
    """Return the country a quote speaks for, from its own words (first person + a self-name), else None.

    >>> voice_of("easily as it did during the DPRK-U.S. talks, we have no willingness"), voice_of("We agree")
    ('KP', None)
    """
    if not _FIRST_PERSON.search(content):
        return None
    for rx, country in _VOICE:
        if rx.search(content):
            return country
    return None


class _Stretch(NamedTuple):
    """A quoted stretch of a paragraph: its opening mark, the end of its closing mark, whether it closes."""

    start: int
    end: int
    closed: bool


class _Raw(NamedTuple):
    """A quoted stretch and the index of its paragraph, before attribution."""

    start: int
    end: int
    closed: bool
    pi: int


def _pairs(text: str, start: int, end: int, goes_on: bool = False) -> list[_Stretch]:
    """Return the quote stretches in a paragraph; an unclosed one runs to ``end``. Single-quote pairs count between
    the double-quoted stretches (‘very little’), and an unclosed ‘ if the quote ``goes_on`` (next paragraph opens in ‘).

    >>> [(q.start, q.end, q.closed) for q in _pairs('Bo says ‘no’ and "yes"', 0, 22)]
    [(8, 12, True), (17, 22, True)]

    A pair of marks around no letter or digit (``""``, ``" ... "``) quotes nothing and is not a stretch:

    >>> [(q.start, q.end) for q in _pairs('"" "?" "ok"', 0, 11)]
    [(7, 11)]

    Two closing single marks may stand for the closing double mark: ``“We pay,’’ Bo said`` quotes "We pay,".

    >>> [(q.start, q.end, q.closed) for q in _pairs("“We pay,’’ Bo said", 0, 18)]
    [(0, 10, True)]

    A curly pair nested in a curly stretch stays inside it: ``“We act. “GO” is it!” Bo wrote`` quotes all three.

    >>> [(q.start, q.end) for q in _pairs("“We act. “GO” is it!” Bo wrote", 0, 30)]
    [(0, 21)]
    """
    out: list[_Stretch] = []
    open_at: int | None = None
    inner_close = -1  # the closing mark of a curly pair nested in the open stretch (it closes no stretch)
    nested = False  # whether the open stretch may still take a nested curly pair
    gap = start
    for at in _mark_positions(text, start, end):
        ch = text[at]
        if open_at is None:
            if ch != "”" or _opens_as_printed(text, at, start):
                open_at = at
                if open_at - gap >= 4:  # room for a single-quoted pair (see _single_pairs)
                    out.extend(_single_pairs(text, gap, open_at))
                nested = text[open_at] == "“"  # only a curly stretch may nest a curly pair, once
        elif ch == "“" and nested:
            inner_close, nested = _nested_close(text, at + 1, end), False
        elif at == inner_close:
            continue
        elif ch == '"' == text[open_at] and (inner := _straight_inside(text, at, start, end)) != -1:
            if inner >= 0:  # '"a "b" c," Bo said': a straight pair nested in a straight stretch stays inside it
                inner_close = inner
                continue
            out.append(_Stretch(open_at, at, True))  # '"a, then "b."': the first stretch was left open, the next opens
            open_at, gap = at, at
        elif ch != "“":
            if _SAID.search(text, open_at + 1, at) is not None:  # marks around nothing quote nothing
                out.append(_Stretch(open_at, at + 1, True))
            open_at = None
            gap = at + 1
    if open_at is not None and (twin := text.find("’’", open_at, end)) > 0:
        out.append(_Stretch(open_at, twin + 2, True))  # two closing single marks typed for a double one
    elif open_at is not None and end - open_at > 1:
        out.append(_Stretch(open_at, end, False))
    elif open_at is None:
        singles = _single_pairs(text, gap, end)
        out.extend(singles)
        if goes_on and (tail := _single_open_tail(text, singles[-1].end if singles else gap, end)) is not None:
            out.append(tail)
    return sorted(out)


def _single_open_tail(text: str, start: int, end: int) -> _Stretch | None:
    """Return the unclosed stretch a left single mark opens in ``text[start:end]`` when the paragraph holds no
    single mark after it but apostrophes inside words and ends on a sentence's end: a quotation in single marks that
    goes on in the next paragraph ('Bo said: ‘We pay.' ¶ '‘We stay.’'), as an unclosed double mark runs to its
    paragraph's end; not a straight mark, an elision ("‘til"), nor one before no letter (speak56). The caller
    (``_pairs``) asks only when the next paragraph opens with ‘, as news copy goes on with a quotation (mend56s: a
    left mark with no such paragraph is a clipped word, "served in ‘Nam", "stay ‘round the clock").

    >>> t = "Bo said: ‘We pay. We stay."
    >>> q = _single_open_tail(t, 0, len(t)); t[q.start : q.end], q.closed
    ('‘We pay. We stay.', False)
    >>> [_single_open_tail(t, 0, len(t)) for t in ["Bo said: ‘We pay’ and left.", "It's the ‘90s now.", "Bo ‘met"]]
    [None, None, None]
    """
    at = text.rfind("‘", start, end)
    if at < 0 or text[end - 1 : end] not in {".", "?", "!"} or (at > start and text[at - 1].isalnum()):
        return None
    if not text[at + 1 : at + 2].isalpha() or _ELIDED.match(text, at + 1, end):
        return None
    for m in _SINGLE.finditer(text, at + 1, end):
        if not (text[m.start() - 1].isalnum() and text[m.start() + 1 : m.start() + 2].isalnum()):
            return None  # a closing mark, or a mark no word holds
    return _Stretch(at, end, False)


def _straight_inside(text: str, at: int, start: int, end: int) -> int:
    """Return, for a straight mark at ``at`` inside an open straight stretch and shaped as an opening one (after a
    space or the paragraph's ``start``, before a letter or digit), the closing mark of the pair it opens when two
    closing-shaped marks follow it ('"Some were odd -- such as a "full exit" or more," Bo said': the writer nested
    straight marks, and the stretch holds the pair); -2 when exactly one closing-shaped mark follows it and no other,
    and the stretch itself opened as an opening mark does and holds no sentence's end ('Bo said if the "West can do
    it, then "the East can too."': the first stretch was left open and this mark opens the next); else -1 (the mark
    closes the stretch as printed).

    >>> t = '"It was odd -- a "full exit" or more," Bo said.'
    >>> t[_straight_inside(t, t.index('"full'), 0, len(t)) :]
    '" or more," Bo said.'
    >>> t = 'Bo said if the "West can do it, then "the East can too."'
    >>> at = t.index('"the')
    >>> _straight_inside(t, at, 0, len(t)), _straight_inside(t.replace(",", "."), at, 0, len(t))
    (-2, -1)
    >>> t = '"We pay," Bo said, "and stay."'
    >>> _straight_inside(t, 7, 0, len(t)), _straight_inside('"We pay. "No," he said. "Yes."', 9, 0, 30)
    (-1, -1)
    """
    if not (at == start or text[at - 1].isspace()) or not text[at + 1 : at + 2].isalnum():
        return -1
    marks = _first_marks(text, at + 1, end)  # only the next two count: all of them made a run of marks quadratic
    closing = [m for m in marks if text[m] == '"' and not text[m - 1].isspace()
               and not text[m + 1 : m + 2].isalnum()]
    if len(marks) >= 2 and len(closing) == 2:
        return closing[0]
    if len(marks) != 1 or len(closing) != 1:
        return -1
    opened = text.rfind('"', start, at)
    shaped = opened >= 0 and (opened == start or text[opened - 1].isspace()) and text[opened + 1 : opened + 2].isalnum()
    return -2 if shaped and _STOP_INSIDE.search(text, opened, at) is None else -1


_STOP_INSIDE = re.compile(r"[.!?][\s\"]")  # a sentence's end inside a stretch


def _raw_stretches(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Raw]:
    """Return the quoted stretches of every paragraph (``_pairs``), a paragraph after one whose last stretch was left
    open starting with the words its first mark closes, when that mark closes (``_closing_first``): a quote opened in
    one paragraph and closed in the next with no opening mark on the second.

    >>> t = 'Bo said, "We pay.\\n\\nWe stay," he added. "Yes."'
    >>> [t[r.start : r.end] for r in _raw_stretches(t, [(0, 17), (19, len(t))])]
    ['"We pay.', 'We stay,"', '"Yes."']
    """
    out: list[_Raw] = []
    carried = False
    for pi, (ps, pe) in enumerate(paragraphs):
        close = _closing_first(text, ps, pe) if carried else -1
        head = [_Stretch(ps, close + 1, True)] if close > ps else []
        goes_on = pi + 1 < len(paragraphs) and text.startswith("‘", paragraphs[pi + 1][0])
        stretches = head + _pairs(text, close + 1 if head else ps, pe, goes_on)
        out.extend(_Raw(*q, pi) for q in stretches)
        carried = bool(stretches) and not stretches[-1].closed
    return out


def _closing_first(text: str, start: int, end: int) -> int:
    """Return where the paragraph ``text[start:end]``'s first double mark stands when it closes a quote (a curly
    closing mark, or a straight one right after a letter or a stop and not before one) and no mark opens the
    paragraph, else -1.

    >>> _closing_first('We stay," he said.', 0, 18), _closing_first('He said "no."', 0, 13)
    (8, -1)
    >>> _closing_first('"We."', 0, 5)
    -1
    """
    marks = _mark_positions(text, start, min(end, start + win.CLOSING_MARK_REACH))
    if not marks or marks[0] == start or not text[start].isalnum():
        return -1
    at = marks[0]
    after = text[at + 1] if at + 1 < end else " "
    if text[at] == "“" or text[at - 1].isspace() or after.isalnum():
        return -1
    return at


def _opens_as_printed(text: str, at: int, start: int) -> bool:
    """Return whether the closing-shaped mark at ``at`` stands where an opening mark stands: at the paragraph's
    ``start`` or after a space or bracket (a backslash the copy escaped it with aside) and before a letter or digit
    (``\\”There is no deal,\\” Bo said``: a copy that printed no opening mark still quotes the words).

    >>> t = "\\”No deal,\\” Bo said"
    >>> _opens_as_printed(t, 1, 0), _opens_as_printed(t, 11, 0), _opens_as_printed("Bo said ”no”", 8, 0)
    (True, False, True)
    >>> _opens_as_printed("it was ”, he said", 7, 0)
    False
    """
    before = at - 1 if at > start and text[at - 1] == "\\" else at
    return (before == start or text[before - 1] in " \t([—") and at + 1 < len(text) and text[at + 1].isalnum()


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    """Return where the double quotation marks (``_MARK``) stand in ``text[start:end]``, in order: each mark found by
    ``str.find`` (which skips to a character far faster than a pattern's set of three).

    >>> _mark_positions('“A” and "b"', 0, 11)
    [0, 2, 8, 10]
    """
    out = []
    for mark in '"“”':
        at = text.find(mark, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(mark, at + 1, end)
    out.sort()
    return out


def _first_marks(text: str, start: int, end: int, n: int = 2) -> list[int]:
    """Return where the first ``n`` double quotation marks stand in ``text[start:end]``: each search stops at its mark,
    so a caller at every mark of a long run reads each stretch once, not the rest of the paragraph.

    >>> _first_marks('“A” and "b"', 1, 11), _first_marks('"a', 1, 2)
    ([2, 8], [])
    """
    out: list[int] = []
    while len(out) < n and (m := _MARK.search(text, out[-1] + 1 if out else start, end)) is not None:
        out.append(m.start())
    return out


def _nested_close(text: str, pos: int, end: int) -> int:
    """Return the closing mark of a curly pair opened inside a curly stretch before ``pos`` when another closing
    mark follows it (“A “B” C”: the writer nested double marks), else -1 (“A. “B,” ... : A's mark was left open).

    >>> t = "“We act. “GO” is it!” Bo wrote."
    >>> _nested_close(t, 10, len(t)), _nested_close("“A. “B,” Bo said. “C.”", 5, 22)
    (12, -1)
    """
    close = text.find("”", pos, end)
    after = _MARK.search(text, close + 1, end) if close >= 0 else None
    return close if after is not None and after.group() == "”" else -1


_SAID = re.compile(r"[^\W_]")  # a letter or digit: something was said between the marks
_SINGLE = re.compile(r"['‘’]")
#: After an apostrophe, a word it shortens ("'til", "rock 'n' roll", "'em", "'cause"): no quotation opens there
#: (review93 finding 8).
_ELIDED = re.compile(r"(?:til|till|n|em|cause|tis|twas|nother)(?![\w‘’'])|n['’]", re.I)


def _single_pairs(text: str, start: int, end: int) -> list[_Stretch]:
    """Return the closed single-quote pairs in ``text[start:end]``: an opening mark after a space or the
    start and before a letter; a closing one after a letter or punctuation and not before a letter.
    Apostrophes ("don't", "Seoul's", "'90s", "allies' ") are not marks.

    >>> t = "Bo: 'They'd pay' and Seoul's ‘money machine’ in the '90s, the allies' share"
    >>> [t[q.start : q.end] for q in _single_pairs(t, 0, len(t))]
    ["'They'd pay'", '‘money machine’']
    >>> t = "Troops stay 'til next year, rock 'n' roll, under the allies' deal; 'Nothing is agreed,' Bo said."
    >>> [t[q.start : q.end] for q in _single_pairs(t, 0, len(t))]
    ["'Nothing is agreed,'"]
    """
    out: list[_Stretch] = []
    open_at: int | None = None
    glued = _glued_openings(text, start, end)
    if text.find("'", start, end) < 0 and text.find("‘", start, end) < 0 and not glued:
        return out  # no mark that may open a pair (a lone "’" is an apostrophe or closes nothing)
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is not None and i - open_at > win.SINGLE_QUOTE_MOST:
            open_at = None
        if open_at is None:
            if i in glued or (m.group() != "’" and not before.isalnum() and not _ELIDED.match(text, i + 1, end)
                              and (after.isalpha() or _opens_on_figure(text, i + 1, end)
                                   or (after == "[" and text[i + 2 : i + 3].isalpha()))):
                # "‘[W]e've been clear,’": a bracket the editor put in opens the words too
                open_at = i
        elif not after.isalnum() and (before.isalnum() or before in ".,!?:%" or (before == ")" and open_at in glued)) \
                and i - open_at > 2:
            if _possessive_inside(text, i, end):
                continue  # 'We won't pay. The allies' talks must be fair.': an apostrophe, the quote goes on
            out.append(_Stretch(open_at, i + 1, True))
            open_at = None
    return out


def single_pairs(text: str, start: int, end: int) -> list[_Stretch]:
    """Return the closed single-quote pairs of ``text[start:end]`` the quote finder reads as quotations (the date
    finder's too: review92 finding 7).

    >>> [(q.start, q.end) for q in single_pairs("Bo said 'no' in Seoul's talks", 0, 29)]
    [(8, 12)]
    """
    return _single_pairs(text, start, end)


# "there is a’trap’ in it", "close to the’Cho Sammosa’": a right single mark glued to a short function word before a
# word opens a quote (a translation's typesetting that dropped the space and printed ’ for ‘), not a contraction
_GLUED_OPEN = re.compile(
    r"\b(?:a|an|the|to|of|in|on|as|and|for|by|with|at|from|is|was|are|called|dubbed)’(?=[A-Za-z])"
    r"(?!(?:s|t|re|ve|ll|d|m)\b)"
)


def _glued_openings(text: str, start: int, end: int) -> frozenset[int]:
    """Return where a right single mark glued to a short function word opens a single-quoted stretch in
    ``text[start:end]`` (``_GLUED_OPEN``: "there is a’trap’ in it", "Switching to’Defense Expenditure’ Linked"), not an
    apostrophe of a contraction ("the’re", "to’s") or a word's own ("Seoul’s", "o’clock").

    >>> t = "there is a’trap’ in it; Seoul’s o’clock and’s the’re"
    >>> [t[i : i + 6] for i in sorted(_glued_openings(t, 0, len(t)))]
    ['’trap’']
    """
    if text.find("’", start, end) < 0:
        return frozenset()
    return frozenset(m.end() - 1 for m in _GLUED_OPEN.finditer(text, start, end))


def _possessive_inside(text: str, i: int, end: int) -> bool:
    """Return whether the single mark at ``i`` is a plural's possessive inside a single-quoted stretch: after an "s",
    before a space and a lower-case word, with the next single mark (within win.SINGLE_QUOTE_MOST) closing the stretch.

    >>> t = "'The allies' talks must be fair.' Bo said."
    >>> _possessive_inside(t, 11, len(t)), _possessive_inside("'free riders' and left.", 12, 23)
    (True, False)
    >>> _possessive_inside("'free riders' and 'cheats'", 12, 26)
    False
    >>> _possessive_inside("‘allies’ money, not US’s.’", 7, 26)
    True
    """
    if not _possessive_shaped(text, i):
        return False
    for m in _SINGLE.finditer(text, i + 1, min(end, i + win.SINGLE_QUOTE_MOST)):
        j = m.start()
        after = text[j + 1] if j + 1 < end else " "
        if (text[j - 1].isalnum() and after.isalnum()) or _possessive_shaped(text, j):
            continue  # "America’s": an apostrophe inside a word; "the workers' pay": another possessive
        return (text[j - 1].isalnum() or text[j - 1] in ".,!?") and not after.isalnum()
    return False


def _possessive_shaped(text: str, i: int) -> bool:
    """Return whether the single mark at ``i`` stands as a plural's possessive does: after an "s", before a space and
    a lower-case letter ("allies' talks").

    >>> _possessive_shaped("the allies' talks", 10), _possessive_shaped("'fair,' she", 6)
    (True, False)
    """
    return text[i - 1] == "s" and text.startswith(" ", i + 1) and text[i + 2 : i + 3].islower()


# '90s, the '08 crisis, in '19: an elided century (not '50% increase': a percentage, fresh77q)
_YEAR_SHORT = re.compile(r"\d\d(?:s\b|\s[a-z]|[^\w\s%](?!\d)|\Z)")


def _opens_on_figure(text: str, pos: int, end: int) -> bool:
    """Return whether a single mark before ``pos`` opens a quote that starts with a figure ('10 Billion Dollar Cost'),
    not an elided century ('90s, the '08 crisis).

    >>> t = "Bo cites '10 Billion Dollar Cost' of the '90s and the '08 crisis, near the ‘50% increase’"
    >>> [_opens_on_figure(t, t.index(w), len(t)) for w in ("10 B", "90s", "08 c", "50%")]
    [True, False, False, True]

    An amount opens with its currency sign ('$5 billion worth of protection'):

    >>> _opens_on_figure("spends '$5 billion worth'", 8, 25), _opens_on_figure("spends '$ 5'", 8, 12)
    (True, False)
    """
    if text[pos : pos + 1] in _CURRENCY_SIGNS:
        pos += 1
    return text[pos : pos + 1].isdigit() and _YEAR_SHORT.match(text, pos, end) is None


_CURRENCY_SIGNS = frozenset("$€£¥₩")


_START = attrgetter("start")  # a mention's start, read in C when mentions are sorted


class _Index:
    """Mentions sorted by start, with bisect look-ups (no scans over the whole text)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.ms = sorted((m if type(m) is Mention else Mention(*m) for m in mentions), key=_START)
        self.starts = [m.start for m in self.ms]
        self.verbs = _SeenMatches(_VERB_WORD, _LONGEST_VERB)  # speech verbs before the quotes, searched as they go on
        self.reports = _SeenMatches(_REPORT_THAT, search=_report_search)  # "report that" before the quotes, likewise
        self.pronouns = _SeenMatches(_PRONOUN_SUBJECT)  # "he <verb>" before the quotes, likewise
        self.according = _NextMatch(_ACCORDING)  # "according to" around the quotes
        self.verb_after = _NextMatch(_VERB_WORD, _LONGEST_VERB)  # the next speech verb after a quote
        # the first speech verb from a sentence's start: whether one comes before a quote, one search for the sentence
        self.verb_from = _NextMatch(_VERB_WORD, _LONGEST_VERB)
        self.words = _LastWord()  # the last word character before a quote
        self.actors: dict[str, Mention] | None = None  # country or capital as an actor, by its words (made once)
        #: the people of :func:`_people_named_with`, with each word of their names -> name -> first mention (made once)
        self.name_words: tuple[Sequence[Mention], dict[str, dict[str, Mention]]] | None = None
        #: mention end -> whether a word with no lower-case letter is glued there (:func:`_no_verb_glued`, read once)
        self.glued: dict[int, bool] = {}
        #: mention end -> whether "to <verb of speech>" follows; mention start -> whether a past verb governs it (read
        #: once a mention by _clause_subject, see _after_name_once)
        self.to_speak: dict[int, bool] = {}
        self.verb_object: dict[int, bool] = {}

    def actor_printed_at(self, text: str, pos: int) -> Mention | None:
        """Return a country or capital the text names elsewhere as an actor ("Seoul decided") printed at ``pos``
        too, where the entity rules left it untagged ("Seoul set up ..."), as a mention at ``pos``."""
        if self.actors is None:
            self.actors = {}
            for m in self.ms:
                if m.kind == "place" and "metonym for" in (m.value.get("role") or ""):
                    self.actors.setdefault(m.exact, m)
        for words, m in self.actors.items():
            end = pos + len(words)
            if text.startswith(words, pos) and not text[end : end + 1].isalnum():
                return Mention(pos, end, words, m.kind, m.value)
        return None

    def ending_before(self, pos: int, floor: int, most: int | None = None) -> list[Mention]:
        """Mentions ending at or before ``pos`` and starting at or after ``floor``, nearest first (of the ``most``
        nearest mentions starting before ``pos``, if given: a bounded look back over a long paragraph)."""
        i = bisect.bisect_right(self.starts, pos)
        out = []
        for j in range(i - 1, -1 if most is None else max(-1, i - 1 - most), -1):
            m = self.ms[j]
            if m.start < floor:
                break
            if m.end <= pos:
                out.append(m)
        return out

    def starting_at(self, pos: int, limit: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.ms[i] if i < len(self.ms) and self.ms[i].start <= limit else None

    def first_between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.ms[i:j]


def _in_body_name(m: Mention) -> bool:
    """Return whether a person is named inside an organisation's name ("Trump" in "the Trump administration"), not
    as the owner of a person's own words or acts: the name finder tells "Jo Bell's remarks" by the same rule, with
    only the possessive after the name (qfix51: such a person was never a speaker).

    >>> _in_body_name(Mention(4, 9, "Trump", "person", {"within": {"start": 4, "end": 24, "exact": "x"}}))
    True
    >>> _in_body_name(Mention(0, 7, "Jo Bell", "person", {"within": {"start": 0, "end": 9, "exact": "Jo Bell's"}}))
    False
    """
    within = m.value.get("within")
    return bool(within) and not (within["end"] - m.end == 2 and within["exact"].endswith(("'s", "’s")))


def _is_speaker(m: Mention) -> bool:
    if _in_body_name(m):  # "Trump" in "the Trump administration": the organisation speaks
        return False
    return m.kind in _SPEAKER_KINDS or (m.kind == "place" and bool(m.value.get("metonym_for")))


def _speaker_id(m: Mention) -> str | None:
    v = m.value
    return v.get("metonym_for") if m.kind == "place" else v.get("id")


def speaker_name(m: Mention | None, names: dict[str, str] | None = None) -> str | None:
    """Return the full name a mention establishes for a speaker (None: unnamed, or fits several people).

    >>> speaker_name(Mention(0, 5, "Bell", "person", {"id": None, "name": "Jo Bell", "descriptor": False}))
    'Jo Bell'
    >>> speaker_name(Mention(0, 3, "Kim", "person", {"id": None, "name": "Kim", "candidates": ["a", "b"]}))
    >>> speaker_name(Mention(0, 16, "the Foreign Ministry", "org", {"id": "x", "name": "Ministry of Foreign Affairs"}))
    'Foreign Ministry'
    """
    if m is None:
        return None
    v = m.value
    if m.kind != "person":  # an organisation has many official names: the one the article uses
        words = m.exact
        return words[4:] if words[:4] in {"the ", "The "} else words
    if v.get("id"):
        return v.get("name")
    if v.get("descriptor") or v.get("candidate_names") or len(v.get("candidates") or []) > 1:
        return None
    return v.get("name")


def _appositive_gap(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is an appositive between a name and its verb (", a professor at X,").

    >>> _appositive_gap("Jo Bell, a professor at Hanul University, said", 7, 42)
    True
    >>> _appositive_gap("Jo Bell, the U.S. envoy, said", 7, 25), _appositive_gap("Jo Bell, a lawyer. Then, said", 7, 25)
    (True, False)
    >>> _appositive_gap("Jo Bell – the envoy – said", 7, 22), _appositive_gap("Jo Bell (pictured) said", 7, 19)
    (True, True)
    """
    gap = text[start:end]
    if _PARTY_STATE.fullmatch(gap.strip(" ,")):  # "Jo Bell, D-Calif., said", "Jo Bell (D-Calif.) said"
        return True
    inner = gap.strip()
    if len(inner) > 2 and (inner[0], inner[-1]) in _ASIDE_MARKS and gap[:1].isspace():  # "Jo Bell – the envoy – said"
        gap = "," + inner[1:-1] + ","
    return (
        len(gap) <= win.APPOSITIVE_MOST
        and gap.startswith(",")
        and gap.rstrip().endswith(",")
        and not any(c in gap for c in '"“”!?;')
        and not _ends_sentence_in(gap.replace(",", " , "))  # "U.S." and "Gen." are not sentence ends
    )


_ASIDE_MARKS = frozenset([("-", "-"), ("–", "–"), ("—", "—"), ("(", ")")])


def _postmodifier_gap(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is a phrase after an unnamed person ("familiar with the talks").

    >>> t = "a source familiar with the talks said"
    >>> _postmodifier_gap(t, 8, 33), _postmodifier_gap("Bo in Seoul said", 2, 12)
    (True, False)
    >>> t = "a person briefed on the talks said"
    >>> _postmodifier_gap(t, 8, 30), _postmodifier_gap("a person with knowledge of it said", 8, 29)
    (True, True)
    """
    gap = text[start:end]
    short = len(gap) <= win.POSTMODIFIER_MOST
    return short and bool(_KNOWING_LEAD.match(gap)) and not any(c in gap for c in ',."“”!?;')


def _title_gap(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds only a title between a verb and a name ("Defense Secretary").

    >>> _title_gap("said Defense Secretary Jo Bell", 4, 23), _title_gap("said on Monday Jo Bell", 4, 15)
    (True, False)
    """
    words = text[start:end].split()
    return len(words) <= win.TITLE_GAP_WORDS and all(w in _TITLE_WORDS or _capitalised_title(w) for w in words)


_NOT_OFFICE_WORDS = _PREPOSITIONS | frozenset(["and", "or", "that", "which", "who", "whom", "as", "than"])


def _office_words(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is an office in lower-case words before a name, with or without an article
    ("the union leader", "former defense minister"): no preposition, no punctuation, an office noun last.

    >>> _office_words("said the union leader Jo Bell", 5, 22), _office_words("said the talks with envoy Jo", 5, 26)
    (True, False)
    """
    words = text[start:end].split()
    if not words or len(words) > win.OFFICE_GAP_WORDS or words[-1].lower() not in _OFFICES:
        return False
    return all(w.islower() and w.replace("-", "").isalpha() and w not in _NOT_OFFICE_WORDS for w in words)


_NOT_TITLE = frozenset(["On", "In", "At", *calendar.day_name])


def _capitalised_title(word: str) -> bool:
    """Return whether a capitalised word may belong to a title ("Defense", "Forces"), not a date or place.

    >>> _capitalised_title("Defense"), _capitalised_title("Monday"), _capitalised_title("week")
    (True, False, False)
    """
    return word[:1].isupper() and word.rstrip(".,") not in _NOT_TITLE


def _named(m: Mention) -> _Who:
    """Return the attribution to a mention standing by its verb ("descriptor" for an unnamed person).

    >>> _named(Mention(0, 5, "Esper", "person", {})).attribution
    'named'
    """
    return _Who("descriptor" if m.value.get("descriptor") else "named", m, m.start, m.end)


# Words between a body and its spokesperson in one title ("Pentagon chief spokesman", "Navy press spokeswoman").
_SPOKES_RANKS = word_set("chief deputy senior acting principal press top lead")
_TITLE_CUTS = re.compile(r"[,;:.!?()“”\"]")  # a printed title before a name starts after the last of these


def _titled_as(words: list[str], body: list[str], head: str, last: bool) -> bool:
    """Return whether ``words`` (lower case) give one title of the body's spokesperson: the body's words right
    before the head, with rank words only between ("pentagon chief spokesman"), or "<head> for/of/at (the) <body>";
    not a former one. ``last``: the head must end ``words`` (a title printed right before a name).

    >>> _titled_as("navy spokesman".split(), ["navy"], "spokesman", True)
    True
    >>> _titled_as("a pentagon adviser and former navy spokesman".split(), ["pentagon"], "spokesman", False)
    False
    >>> _titled_as("a spokesman for the pentagon".split(), ["pentagon"], "spokesman", False)
    True
    """
    n = len(body)
    for k, w in enumerate(words):
        if w != head or (last and k != len(words) - 1):
            continue
        j = k
        while j > 0 and words[j - 1] in _SPOKES_RANKS:
            j -= 1
        if words[max(0, j - n) : j] == body and (j - n < 1 or words[j - n - 1] not in {"former", "ex-"}):
            return True
        after = words[k + 1 : k + 3 + n]
        if after[:1] in (["for"], ["of"], ["at"]) and body in (after[1 : 1 + n], after[2 : 2 + n]):
            return True
    return False


def _body_spokesperson(text: str, idx: _Index, body: list[str], head: str, who: _Who, back: int) -> _Who:
    """Return the spokesperson a definite "the <body> spokesman" (``who``, its words ``body`` and ``head``) refers
    back to: the one person named since ``back`` whose role, or the title printed right before the name, is that
    body's spokesperson (``_titled_as``: "Pentagon spokesman Cal Dunmore ... the Pentagon spokesman said"), else
    ``who`` itself (not a body named before, nor one whose words only stand near the name: "After meeting Pentagon
    officials, Navy spokesman Cal Dunmore").

    >>> t = "Pentagon spokesman Cal Dunmore spoke."
    >>> m = Mention(19, 30, "Cal Dunmore", "person", {"name": "Cal Dunmore", "role": "spokesman"})
    >>> _body_spokesperson(t, _Index([m]), ["Pentagon"], "spokesman", _Who("descriptor", None, 40, 62), 0).mention.exact
    'Cal Dunmore'
    >>> _body_spokesperson(t, _Index([m]), ["Navy"], "spokesman", _Who("descriptor", None, 40, 62), 0).mention is None
    True
    >>> t = "Defense Department spokesman Cal Dunmore spoke."; m = m._replace(start=29, end=40)
    >>> _body_spokesperson(t, _Index([m]), ["Pentagon"], "spokesman", _Who("descriptor", None, 50, 72), 0).mention.exact
    'Cal Dunmore'
    """
    want, named = [w.lower() for w in body], _bodies(body)

    def holds(m: Mention) -> bool:
        before = text[max(0, m.start - win.TITLE_BEFORE_NAME) : m.start]
        printed = _TITLE_CUTS.split(before)[-1].split()  # "After meeting X, Navy spokesman": "Navy spokesman"
        low = [w.lower() for w in printed]
        if _titled_as(low, want, head, True) or _titled_as(_role_words(m), want, head, False):
            return True
        return head in low and "former" not in low and bool(named & _bodies(printed))  # "Defense Department" = Pentagon

    holders = [m for m in idx.ending_before(who.start, back, _LOOK_BACK)
               if m.kind == "person" and not m.value.get("descriptor") and holds(m)]
    if len({speaker_name(m) for m in holders}) != 1:
        return who
    return _Who("descriptor", holders[0], who.start, who.end, holders[0])


def _owner_from(text: str, window: list[str], det: int, p_start: int) -> int:
    """Return where the possessor of a possessive office phrase starts (``window[det]`` the possessive word, at
    ``p_start`` in ``text``): past its article and the modifiers between ("the foreign ministry's spokesman": at
    "foreign", at most ``win.OWNER_MODIFIER_WORDS`` of them); else ``p_start`` (no article there: "Jo's aide").

    >>> t = "the foreign ministry's spokesman"; w = t.split(); t[_owner_from(t, w, 2, t.index("ministry's")) :]
    "foreign ministry's spokesman"
    >>> t = "talks, ministry's spokesman"; w = t.split(); _owner_from(t, w, 1, 7)
    7
    """
    for k in range(det - 1, max(-1, det - 1 - win.OWNER_MODIFIER_WORDS), -1):
        if window[k].lower() in _DETERMINERS:
            if k + 1 == det:
                return p_start
            lead = " ".join(window[k + 1 : det])
            start = text.rfind(lead, 0, p_start)
            return start if start >= 0 and not text[start + len(lead) : p_start].strip() else p_start
        if not _role_modifier(window[k]):
            return p_start
    return p_start


# prepositions of time: a body's noun after one ("during his presidency", "since the administration") names a time
_TIME_PREPOSITIONS = frozenset(["during", "throughout", "since", "after", "before", "until", "till"])


def _time_object(window: list[str], det: int) -> bool:
    """Return whether the noun phrase opened at ``window[det]`` (a determiner before a body's noun, right before a
    verb) is the object of a preposition of time ("had during his presidency accused"): an adverbial of the verb, not
    its subject, which stands before it (fresh95); a phrase after any other word ("Later the ministry said") stays
    the subject.

    >>> _time_object("Bo had during his presidency".split(), 3), _time_object("Later the ministry".split(), 1)
    (True, False)
    """
    return det > 0 and window[det - 1].lower() in _TIME_PREPOSITIONS


_NAME_RUN_EXTRA_MOST = 3  # words a body's proper name may add to the reach of its article


def _name_run_extra(window: list[str]) -> int:
    """Return how many more words a body's proper name at the end of ``window`` takes than a two-word one ("Hanul
    Party"): its capitalised words before the body noun, less one ("Liberty Korea Party": 1), so that the article's
    modifiers before a long name are read as before a short one ("The main opposition Liberty Korea Party" as "The
    main opposition Hanul Party"); at most _NAME_RUN_EXTRA_MOST, 0 for a lower-case noun ("the ministry").

    >>> _name_run_extra("The main opposition Liberty Korea Party".split()), _name_run_extra("the ministry".split())
    (1, 0)
    >>> _name_run_extra("the Hanul Party".split())
    0
    """
    if not window or not window[-1][:1].isupper():
        return 0
    k = len(window) - 1
    while k > 0 and window[k - 1][:1].isupper() and window[k - 1].isalpha() and window[k - 1].lower() not in \
            _DETERMINERS:
        k -= 1
    return min(_NAME_RUN_EXTRA_MOST, max(0, len(window) - 1 - k - 1))


def _reference_det(window: list[str]) -> int | None:
    """Return the index in ``window`` of the determiner or possessive that opens the body phrase ending it, read back
    over at most win.ORG_REF_DET_WORDS words and the extra words of a long proper name (:func:`_name_run_extra`:
    "The main opposition Liberty Korea Party said"); else None.

    >>> _reference_det("The main opposition Liberty Korea Party".split()), _reference_det("Hanul Party".split())
    (0, None)
    """
    reach = win.ORG_REF_DET_WORDS + _name_run_extra(window)
    return next((k for k in range(len(window) - 2, max(-1, len(window) - reach), -1)
                 if window[k].lower() in _DETERMINERS or window[k].endswith(("'s", "’s"))), None)  # fmt: skip


def _plural_bodies(window: list[str]) -> bool:
    """Return whether ``window`` (the words before a verb) ends on "the", a few lower-case words or a number and a
    plural body noun ("the foreign and defense ministries", "the two governments"), not governed by a preposition
    ("talks between the ministries"): those bodies together are the subject (speak57).

    >>> _plural_bodies("talks, the foreign and defense ministries".split())
    True
    >>> _plural_bodies("the two governments".split())
    True
    >>> _plural_bodies("talks between the two ministries,".split()), _plural_bodies("Hanul ministries".split())
    (False, False)
    """
    if not window or window[-1].lower() not in _PLURAL_BODIES:
        return False
    k = next((k for k in range(len(window) - 2, max(-1, len(window) - 6), -1) if window[k].lower() == "the"), None)
    if k is None or not all(w.islower() and w.isalpha() for w in window[k + 1 : -1]):
        return False
    return k == 0 or window[k - 1].lower().rstrip(",") not in _PREPOSITIONS | _BETWEEN or window[k - 1].endswith(",")


_BETWEEN = word_set("between among amongst into over under within across")


def _org_reference(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return an organisation named earlier that "the ministry" / "the statement" before a verb refers to.

    ``floor`` bounds the phrase (the sentence start); ``back`` how far back the organisation may be named."""
    window = _before_aside(text[max(floor, verb_start - win.ORG_WINDOW) : verb_start].split())
    while window and window[-1].lower() in _AUXILIARIES:
        window.pop()  # "the ministry has said"
    if (spokes := _spokes_for_body(text, window, floor, verb_start)).found:
        return spokes  # "the spokesman for the foreign ministry said": that phrase, not a body named before
    window = _past_complement(window)  # "its delegation for the talks said": the delegation
    if not window or (window[-1].rstrip(",").lower() not in _ORG_NOUNS and not _plural_bodies(window)):
        return _NOBODY
    det = _reference_det(window)
    if det is None or any(w.endswith(",") for w in window[det:-1]) or _time_object(window, det):
        return _NOBODY  # "may block the deal, Varian Daily said": another clause's "the"; "during his term": a time
    phrase = " ".join(window[det:]).rstrip(",")
    p_start = text.rfind(phrase, max(floor, verb_start - win.ORG_WINDOW), verb_start)
    if det >= 2 and window[det - 1] == "by" and window[det - 2].lower() in _ACCESS_BY:
        return _held_document(text, text.rfind(window[det - 2], floor, p_start), floor)  # "a memo seen by the daily"
    head = window[-1].rstrip(",").lower()
    if window[det].endswith(("'s", "’s")):  # "South Korea's foreign ministry": its owner is named right there
        owner = next((m for m in idx.ending_before(p_start + len(window[det]), p_start - win.ORG_REF_OWNER)), None)
        start = owner.start if owner is not None and owner.end >= p_start else _owner_from(text, window, det, p_start)
        return _Who("descriptor", None, start, p_start + len(phrase), name=text[start : p_start + len(phrase)])
    if window[det].lower() in {"a", "an"}:  # "a State Department spokesperson": someone new, not named before
        issuer = _issuing_subject(text, idx, p_start, head, floor)
        if issuer is None and head in _ISSUED and (body := _issuing_phrase(text, p_start, floor)).found:
            return body  # "The embassy issued a statement calling ...": the embassy, untagged
        return _named(issuer) if issuer else _Who("descriptor", None, p_start, p_start + len(phrase))
    mods = window[det + 1 : -1]
    if head in _PLURAL_BODIES:
        return _Who("descriptor", None, p_start, p_start + len(phrase))  # "the foreign and defense ministries said"
    if head in _SPOKES and mods and all(w[:1].isupper() for w in mods):  # "the Pentagon spokesman": a person
        return _body_spokesperson(text, idx, mods, head, _Who("descriptor", None, p_start, p_start + len(phrase)), back)
    orgs = [m for m in idx.ending_before(p_start, back, _LOOK_BACK) if _is_speaker(m) and m.kind != "person"]
    bodies = [m for m in orgs if m.kind == "org"]  # "the ministry" is not "Washington" of the sentence before
    chosen = next((m for m in orgs if head in m.value.get("name", "").lower()), None)
    if chosen is None and head in _BODY_NOUNS:
        # "the U.S. military said": the phrase names the body itself; "the ministry said": the body an
        # earlier phrase named ("the foreign ministry said ..."), not another organisation named in between
        proper = any(w[:1].isupper() for w in window[det + 1 : -1])  # not "the presidential office"
        named = phrase if proper else _earlier_or_own(text, head, back, p_start, phrase, window[det + 1 : -1])
        if named:
            return _Who("descriptor", None, p_start, p_start + len(phrase), name=_without_article(named))
    if chosen is None and head in _ISSUED and (body := _issuing_body(text, head, back, p_start)) is not None:
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=body)  # "The department said in a
        # statement ... “...,” the statement read": the department an earlier phrase named, not a body named near
    if chosen is None and (head in _ISSUED or head in _DOCUMENTS or head in _WRITINGS):  # "the readout said": its
        # issuer, else the document itself; a writing's words are not those of a body named near it (qfix50)
        return _document_speaker(text, orgs, head, back, p_start, phrase, idx)
    if chosen is None and head in _CIVIC_BODIES:  # "the union said": a union, not the assembly named in between
        named = _earlier_body(text, head, back, p_start)  # "the Hanul Workers Union ... the union said"
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=_without_article(named or phrase))
    if chosen is None and head in _OUTLET_NOUNS and (outlet := _earlier_outlet(text, back, p_start, orgs)) is not None:
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=outlet)  # "the newspaper said"
    if chosen is None and _proper_name_words(window[det + 1 :]):  # "The Hanul Daily reported": that daily itself
        return _Who("descriptor", None, p_start, p_start + len(phrase))
    if chosen is None and _named_side(window[det + 1 :]):  # "the U.S. side mentioned": that side, not a body before
        return _Who("descriptor", None, p_start, p_start + len(phrase))
    chosen = chosen or (bodies[0] if bodies and not _other_body(bodies[0], head, window[det + 1 : -1]) else None)
    chosen = chosen or _named_further_back(idx, head, back)
    return _Who("descriptor", chosen, p_start, p_start + len(phrase), chosen)


# a capitalised body after a document ("a new report from the Foo Research Service"): the document's issuer
_FROM_BODY = re.compile(
    r"[ \t]{1,3}(?:from|by)[ \t]{1,3}(?:the[ \t]{1,3})?"
    r"(?P<name>(?:[A-Z][\w.&'’-]{0,30}[ \t]{1,3}(?:(?:for|of|and|on)[ \t]{1,3})?){0,4}[A-Z][\w&'’-]{0,30}+)(?![\w&'’-])"
)


def _unlisted_issuer(text: str, idx: _Index, head: str, back: int, p_start: int) -> _Who:
    """Return the issuer of the document "the <head>" at ``p_start`` refers back to ("the report said") that no body
    mention names (probeq40; Conventions, a document as the source of a quote): a capitalised body after the
    document before it ("A new report from the Foo Research Service says"), else a person who issued it ("Jo Bell
    said in a statement that ..."); else nobody.

    >>> t = 'A report from the Foo Research Service says so. "We pay," the report said.'
    >>> _unlisted_issuer(t, _Index([]), "report", 0, t.rindex("the report")).name
    'Foo Research Service'
    >>> t = 'Jo Bell said in a statement that it was fine. "We pay," the statement said.'
    >>> _unlisted_issuer(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), "statement", 0, t.rindex("the st")).name
    'Jo Bell'
    """
    at = text.rfind(head, back, p_start)
    if at < 0:
        return _NOBODY
    body = _FROM_BODY.match(text, at + len(head))
    if body is not None:
        return _Who("descriptor", None, body.start("name"), body.end("name"), name=body.group("name"))
    for m in idx.ending_before(at, max(back, at - win.ISSUER_NEAR)):
        if m.kind == "person" and not m.value.get("descriptor") and not _second_of_two(text, idx, m) and _issues(
                text, m, at, head):  # "Torvia and Mellan issued a joint statement": the pair's rules read it
            return _Who("descriptor", m, m.start, m.end, name=m.value.get("name") or m.exact)
    return _obtained_issuer(text, idx, head, back, at)


# real52m: "in a Nov. 28 memo obtained by the Foo Times, Garrison Commander Jo Bell told union officials ...": the
# document's signer is named after the outlet that obtained it (Conventions, a document as the source of a quote).
_IN_DATED_DOC = re.compile(r"\b[Ii]n (?:a|an|the)(?: [A-Z][a-z]{2,8}\.? \d{1,2}| [A-Z][a-z]{2,8}day['’]s)? $")
_OBTAINED_BY = re.compile(r"[a-z]{0,6} (?:obtained|seen|reviewed) by [^,\n]{1,60}, ")
_SIGNER_TITLE = re.compile(r"(?:(?:[A-Z][\w.'’-]{0,24}|[–—-]|of|the) ){0,8}")


def _obtained_issuer(text: str, idx: _Index, head: str, back: int, at: int) -> _Who:
    """Return the person the text makes the issuer of the document "the <head>" at ``at`` ("In a June 3 memo
    obtained by the Foo Times, Army Colonel Jo Bell told workers ...": Jo Bell, named after the outlet, with only
    capitalised title words before the name and a lower-case verb after); else nobody (no one named: the document).

    >>> t = 'In a June 3 memo obtained by the Foo Times, Army Colonel Jo Bell told staff. "Go," the memo said.'
    >>> at = t.index("Jo Bell"); ms = [Mention(at, at + 7, "Jo Bell", "person", {})]
    >>> _obtained_issuer(t, _Index(ms), "memo", 0, 12).name
    'Jo Bell'
    >>> t = 'In a June 3 memo obtained by the Foo Times, officials told Jo Bell to go. "Go," the memo said.'
    >>> at = t.index("Jo Bell"); ms = [Mention(at, at + 7, "Jo Bell", "person", {})]
    >>> _obtained_issuer(t, _Index(ms), "memo", 0, 12).found
    False
    """
    if at < back or _IN_DATED_DOC.search(text, max(back, at - win.IN_DOCUMENT_BACK), at) is None:
        return _NOBODY
    gap = _OBTAINED_BY.match(text, at + len(head))
    first = idx.first_between(gap.end(), gap.end() + win.ISSUER_NEAR)[:1] if gap is not None else []
    m = first[0] if first and _SIGNER_TITLE.fullmatch(text, gap.end(), first[0].start) else None
    if m is None or m.kind != "person" or m.value.get("descriptor") or not _LOWER_VERB_AFTER.match(text, m.end):
        return _NOBODY
    return _Who("descriptor", m, m.start, m.end, name=m.value.get("name") or m.exact)


#: mend52m: only a verb of issuing after the name makes it the signer; a copula, a passive ("was asked", "is named")
#: or a verb of receiving ("received", "learned", "faced") makes the person the document's subject, not its author.
_LOWER_VERB_AFTER = re.compile(r" (?:told|informed|notified|wrote|said|warned|asked|ordered|instructed|directed|found"
                               r"|praised|urged|reported|stated|recommended)\b")


def _named_further_back(idx: _Index, head: str, back: int) -> Mention | None:
    """Return the nearest organisation before ``back`` (the paragraphs a reference looks back over) whose name holds
    ``head`` as a word ("the Ministry of Foreign Affairs ... the ministry said", paragraphs later), when nothing nearer
    fits "the <head>"; else None (at most _LOOK_BACK mentions looked at).

    >>> ms = [Mention(0, 27, "Ministry of Foreign Affairs", "org", {"name": "Ministry of Foreign Affairs"}),
    ...       Mention(40, 44, "USFK", "org", {"name": "United States Forces Korea"})]
    >>> _named_further_back(_Index(ms), "ministry", 50).exact, _named_further_back(_Index(ms), "agency", 50)
    ('Ministry of Foreign Affairs', None)
    """
    for m in idx.ending_before(back, 0, _LOOK_BACK):
        if m.kind == "org" and _is_speaker(m) and head in (m.value.get("name") or m.exact).lower().split():
            return m
    return None


# Participles before "by" that tell who has a document, not who wrote it ("a memo obtained by the Hanul Daily").
_ACCESS_BY = word_set("obtained seen reviewed acquired")


def _held_document(text: str, participle: int, floor: int) -> _Who:
    """Return the document phrase that ends before the participle at ``participle`` ("A ministry report obtained by
    the daily called ..."): the document speaks (by its description, as the Conventions read a document with no
    issuer named), not the outlet that obtained it; else nobody.

    >>> t = "A ministry report obtained by the Hanul Daily called"; w = _held_document(t, 18, 0)
    >>> (w.attribution, t[w.start : w.end])
    ('descriptor', 'A ministry report')
    >>> _held_document("The Hanul Daily obtained by", 16, 0).found
    False
    """
    if participle < 0:
        return _NOBODY
    lo = max(floor, participle - win.HELD_DOCUMENT_BACK)
    runs = [m for m in _NONSPACE_RUN.finditer(text, lo, participle)][-win.HELD_DOCUMENT_WORDS:]
    opener = next((m for m in runs if m.group().lower() in _INDEFINITES | {"the"}), None)
    if opener is None:
        return _NOBODY
    who = _according_document(text, opener.start(), participle)
    return replace(who, attribution="descriptor") if who.found else _NOBODY


_PARTY_NOUNS_OF = {"republican": "R", "democrat": "D"}  # "the Republican said": a lawmaker of that party
# A party given right after a name: ", a Republican", " (R-Ohio)", ", D-Iowa," (a group: the party's word or letter).
_PARTY_AFTER = re.compile(  # ", a Democrat", " (R-Ohio)", " of Washington, the top Democrat", ", a Florida Republican"
    r",? \(?(?:of [A-Z][a-z]{1,15}+(?: [A-Z][a-z]{1,15}+)?,? )?(?:(?:an?|the) (?:top |ranking |senior )?"
    r"(?:[A-Z][a-z]{1,15}+ ){0,2})?(Republican|Democrat(?:ic)?|[RD](?=[-)]))")


def _party_noun(text: str, who: _Who) -> str | None:
    """Return the party ("R", "D") a definite party noun standing as a speaker names ("the Republican"), else None.

    >>> t = "the Republican said"
    >>> _party_noun(t, _Who("descriptor", None, 0, 14)), _party_noun(t, _Who("x", None, 0, 3))
    ('R', None)
    """
    words = text[who.start : who.end].split() if who.start >= 0 else []
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(w[:1].isupper() for w in words[1:-1]):
        return None  # "the California Democrat": a state's name before the party
    return _PARTY_NOUNS_OF.get(words[-1].lower())


# A US lawmaker's state after the party's letter: "(R-Texas)", ", D-Calif.,", "(D-N.Y.)".
_STATE_AFTER = re.compile(r",? \(?[DRI]-([A-Z][A-Za-z.]{0,6})")


def _state_fits(text: str, m: Mention, state: str) -> bool:
    """Return whether the person at ``m`` may be of the US ``state`` an epithet names ("Texas" of "the Texas
    Republican"): no state is given after the name, or its abbreviation's letters are the state's, in order ("Calif."
    of California, "N.Y." of New York).

    >>> t = "Jo Bell (R-Texas) and Al Roe, D-Calif., and Bo"
    >>> bell, roe, bo = Mention(0, 7, "Jo Bell", "person", {}), Mention(22, 28, "Al Roe", "person", {}), Mention(
    ...     44, 46, "Bo", "person", {})
    >>> _state_fits(t, bell, "Texas"), _state_fits(t, roe, "California"), _state_fits(t, roe, "Texas")
    (True, True, False)
    >>> _state_fits(t, bo, "Texas"), _state_fits("Jo Bell (D-N.Y.)", bell, "New York")
    (True, True)
    """
    given = _STATE_AFTER.match(text, m.end, m.end + win.PARTY_AFTER)
    if not state or given is None:
        return True
    letters, rest = given.group(1).replace(".", "").lower(), iter(state.lower())
    return letters[:1] == state[:1].lower() and all(c in rest for c in letters)  # in order: each found after the last


def _party_of(text: str, m: Mention) -> str | None:
    """Return the party the text gives the person at ``m`` in the title before the name ("Republican Senator Jo
    Bell") or right after it (", a Democrat", " (R-Ohio)"), else None.

    >>> t = "Republican Senator Jo Bell met Rep. Al Roe (D-Iowa) and Bo."
    >>> [_party_of(t, Mention(s, e, t[s:e], "person", {})) for s, e in ((19, 26), (36, 42), (56, 58))]
    ['R', 'D', None]
    >>> t = "Rep. Al Roe of Washington, the top Democrat on the panel, and Jo Bell, a Florida Republican, met."
    >>> [_party_of(t, Mention(s, e, t[s:e], "person", {})) for s, e in ((5, 11), (62, 69))]
    ['D', 'R']
    """
    before = text[max(0, m.start - win.TITLE_BACK) : m.start]
    title = itertools.takewhile(lambda w: w in TITLE_WORDS, reversed(before.split()))
    after = _PARTY_AFTER.match(text, m.end, m.end + win.PARTY_PHRASE_AFTER)
    word = next((w for w in title if w in {"Republican", "Democratic"}), None) or (after.group(1) if after else "")
    return word[:1] or None


_OFFICE_PARTIES = _PARTY_NOUNS_OF | {"gop": "R", "democratic": "D"}  # modifiers of an office ("the GOP senator")


def _office_party(office: str) -> str | None:
    """Return the party ("R", "D") a modifier of a definite office names ("the GOP senator", "the Democratic
    lawmaker"), else None; the office's last word is its head, no modifier ("the Republican": :func:`_party_noun`).

    >>> _office_party("the GOP senator"), _office_party("the Democratic lawmaker"), _office_party("the Republican")
    ('R', 'D', None)
    """
    return next((_OFFICE_PARTIES[w] for w in office.lower().split()[:-1] if w in _OFFICE_PARTIES), None)


def _other_party(text: str, m: Mention, office: str) -> bool:
    """Return whether the office's party modifier (:func:`_office_party`) is not the party the text gives the person
    at ``m`` (:func:`_party_of`); False when either names none.

    >>> t = "Sen. Jo Bell, a Democrat, spoke."; bell = Mention(5, 12, "Jo Bell", "person", {})
    >>> _other_party(t, bell, "the GOP senator"), _other_party(t, bell, "the Democratic senator")
    (True, False)
    """
    party = _office_party(office)
    return party is not None and _party_of(text, m) not in {None, party}


def _party_holder(text: str, people: list[Mention], starts: list[int], pos: int, floor: int,
                  party: str, state: str = "") -> Mention | None:
    """Return the person named before ``pos`` (after ``floor``, of the _LOOK_BACK nearest) whom the text gives the
    ``party`` (_party_of) and not another ``state`` (_state_fits), when only one person is so; else None (the party
    noun stays the speaker).

    >>> t = "Sen. Jo Bell, a Republican, met Sen. Al Roe. The Republican said"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {"name": "Jo Bell"}), Mention(37, 43, "Al Roe", "person", {})]
    >>> _party_holder(t, ms, [5, 37], 45, 0, "R").exact, _party_holder(t, ms, [5, 37], 45, 0, "D")
    ('Jo Bell', None)
    """
    found: dict[str, Mention] = {}
    for m in _people_back(people, starts, pos, floor):
        key = m.value.get("name") or m.exact
        if key not in found and not m.value.get("descriptor") and _party_of(text, m) == party and _state_fits(
                text, m, state):  # fmt: skip
            found[key] = m  # (a name already found is not read again: the nearest mention of it stands)
            if len(found) > 1:
                return None
    return next(iter(found.values())) if found else None


def _people_back(people: list[Mention], starts: list[int], pos: int, floor: int) -> Iterator[Mention]:
    """Yield the people mentioned before ``pos`` (``starts`` their sorted starts), nearest first, back to ``floor`` and
    at most ``_LOOK_BACK`` of them: the candidates of :func:`_party_holder` and :func:`_lone_legislator`.

    >>> ms = [Mention(s, s + 2, n, "person", {}) for s, n in ((0, "Al"), (10, "Bo"), (20, "Cy"))]
    >>> [m.exact for m in _people_back(ms, [0, 10, 20], 15, 5)], [m.exact for m in _people_back(ms, [0, 10, 20], 30, 0)]
    (['Bo'], ['Cy', 'Bo', 'Al'])
    """
    last = bisect.bisect_left(starts, pos) - 1
    for k in range(last, max(-1, last - _LOOK_BACK), -1):
        if people[k].start < floor:
            return
        yield people[k]


_MARKS_AS_SPACE = str.maketrans({c: " " for c in "\"“”’"})  # a quote's closing mark read as a space (after a stop)
_LEGISLATOR_TITLES = word_set("Sen. Rep. Senator Congressman Congresswoman Representative")


def _lone_legislator(text: str, people: list[Mention], starts: list[int], pos: int, floor: int) -> Mention | None:
    """Return the one lawmaker (a title "Sen.", "Rep." before the name) named before ``pos`` in its paragraph (from
    ``floor``) whose party the text does not give, when a party epithet finds no holder ("Sen. Jo Bell, a close ally
    of the president, said ... “...,” the South Carolina Republican said"): the epithet describes the lawmaker the
    paragraph tells of (probeq41); None when there are two, or one of another party.

    >>> t = "Sen. Jo Bell, a close Trump ally, spoke. The Ohio Republican said"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {"name": "Jo Bell"}), Mention(24, 29, "Trump", "person", {})]
    >>> _lone_legislator(t, ms, [5, 24], 41, 0).exact
    'Jo Bell'
    >>> t = "Sen. Jo Bell met Sen. Al Roe. The Ohio Republican said"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {}), Mention(22, 28, "Al Roe", "person", {})]
    >>> _lone_legislator(t, ms, [5, 22], 30, 0) is None
    True
    """
    found: dict[str, Mention] = {}
    for m in _people_back(people, starts, pos, floor):
        title = text[max(floor, m.start - win.TITLE_BACK) : m.start].split()[-1:]
        if title and title[0] in _LEGISLATOR_TITLES and not m.value.get("descriptor"):
            if _party_of(text, m) is not None:
                return None  # a lawmaker whose party is given: _party_holder has read it
            found.setdefault(m.value.get("name") or m.exact, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _named_side(words: list[str]) -> bool:
    """Return whether the words after an article are a side of talks that a capitalised word names ("U.S. side",
    "Korean side", "American negotiating side"): the phrase names its party; "the other side" refers back.

    >>> _named_side(["U.S.", "side"]), _named_side(["Korean", "negotiating", "side"]), _named_side(["other", "side"])
    (True, True, False)
    """
    return len(words) >= 2 and words[-1].rstrip(",").lower() in {"side", "sides"} and words[0][:1].isupper()


def _proper_name_words(words: list[str]) -> bool:
    """Return whether the words after an article are a proper name, each capitalised, the noun last included ("Hanul
    Daily"), not one noun alone ("Ministry") nor an adjective and a lower-case noun ("presidential office").

    >>> _proper_name_words(["Hanul", "Daily"]), _proper_name_words(["Daily"]), _proper_name_words(["Hanul", "daily"])
    (True, False, False)
    """
    return len(words) >= 2 and all(w.rstrip(",")[:1].isupper() for w in words)


_OUTLET_NOUNS = word_set("newspaper paper daily broadcaster outlet network channel magazine weekly tabloid")
_REPORTED_BY = re.compile(r"\b(?:reported|reports|wrote|writes|quoted|cited)\b")  # what outlets do, not "said"
_REPORT_ADVERBS = word_set("first also earlier later previously initially exclusively")


def _earlier_outlet(text: str, back: int, pos: int, orgs: Sequence[Mention] = ()) -> str | None:
    """Return the name of the nearest organisation the gazetteer does not know that reported, wrote, quoted or cited
    before ``pos`` (after ``back``), no government body ("the Foo Ministry"): "the newspaper", "the daily" or "the
    broadcaster" is the outlet the text last had report ("The Hanul Times first reported the plan. ... the newspaper
    said"); else None. A newspaper named as subject further back (:func:`_news_subject`) stands only if none of the
    gazetteer's press among ``orgs`` spoke after it ("A day later, Yonhap reported ...": Yonhap, mend91q).

    >>> t = "The Hanul Times first reported the plan on Monday. Later the newspaper said"
    >>> _earlier_outlet(t, 0, t.index("the newspaper"))
    'Hanul Times'
    >>> _earlier_outlet("Talks stalled. Later the newspaper said", 0, 21) is None
    True
    """
    lo = max(back, pos - win.OUTLET_REACH)
    news = _news_subject(text, max(0, pos - win.OUTLET_REACH), pos)  # "The Hanul Times said": any verb, further back
    for m in reversed(list(_REPORTED_BY.finditer(text, lo, pos))):
        if news is not None and news[0] > m.start():
            break  # a newspaper told of after the last one that reported
        words = text[max(lo, m.start() - win.OUTLET_BACK) : m.start()].split()
        verb = m.start()
        while words and words[-1].lower() in _REPORT_ADVERBS:
            verb = text.rfind(words.pop(), lo, verb)  # "The Hanul Times first reported": from before "first"
        who = _proper_org(text, verb, lo)
        if who.found and who.name and who.name.split()[-1].lower() not in _BODY_NOUNS:  # not "the Foo Ministry"
            return who.name
    return news[1] if news is not None and not _press_spoke_after(text, orgs, news[0]) else None


# Words of a gazetteer organisation's name or role that make it the press ("Yonhap News Agency", "news organisation")
_PRESS_WORDS = word_set("news newspaper broadcaster press")
# right after an organisation's name: a verb of saying or reporting, perhaps after an adverb ("Yonhap later reported")
_SPOKE_NEXT = re.compile(r"[ \t]{1,3}+(?:(?:first|also|earlier|later|previously|initially)[ \t]{1,3}+)?+(?=[a-z])")


def _press_spoke_after(text: str, orgs: Sequence[Mention], start: int) -> bool:
    """Return whether one of ``orgs`` named after ``start`` is the press (:data:`_PRESS_WORDS` in its name or role)
    and the subject of a verb of saying or reporting right after its name ("Yonhap reported", "Bloomberg said"): a
    later outlet that spoke, nearer than the newspaper named at ``start`` (mend91q).

    >>> t = "The Hanul Times said so. Later, Yonhap reported it failed. A Yonhap photo ran."
    >>> yon = Mention(t.index("Yonhap"), t.index("Yonhap") + 6, "Yonhap", "org", {"role": "South Korean news agency"})
    >>> _press_spoke_after(t, [yon], 0), _press_spoke_after(t, [yon], 40)
    (True, False)
    >>> photo = Mention(t.rindex("Yonhap"), t.rindex("Yonhap") + 6, "Yonhap", "org", {"role": "news agency"})
    >>> _press_spoke_after(t, [photo], 0)  # not a subject: "A Yonhap photo"
    False
    """
    for m in orgs:
        said = f"{m.value.get('name') or m.exact} {m.value.get('role') or ''}".lower()
        if m.kind != "org" or m.start <= start or not _PRESS_WORDS.intersection(_WORD.findall(said)):
            continue
        gap = _SPOKE_NEXT.match(text, m.end)
        verb = _VERB_WORD.match(text, gap.end()) if gap is not None else None
        if verb is not None or (gap is not None and _REPORTED_BY.match(text, gap.end()) is not None):
            return True
    return False


# "The" opening a sentence or a paragraph, before a capitalised word: where a newspaper's name may stand as subject
_THE_OPENING = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))The[ \t](?=[A-Z])", re.MULTILINE)
# the last word of a newspaper's or an agency's name ("The Hanul Times", "The Torvia Daily Herald")
_NEWS_HEADS = word_set("Times Daily Post Herald Journal Tribune News Press Gazette Telegraph Chronicle Observer")


def _news_subject(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """Return (start, name) of the last newspaper named as a sentence's subject between ``lo`` and ``pos``: "The", two
    or more capitalised words ending in a newspaper's noun ("Times", "Daily", "Herald"), then a comma or a lower-case
    word, and a speech verb in its sentence ("The Hanul Times, a sister paper of the Torvia Daily, said"): "the
    news outlet" or "the paper" said later is that paper, whatever verb it spoke by (fresh91q); else None.

    >>> t = "The Hanul Times, a sister paper of the Torvia Daily, said it. Later the news outlet said"
    >>> _news_subject(t, 0, t.index("the news"))
    (0, 'Hanul Times')
    >>> t = "The Hanul Times' editor left. The Hanul Times building is new. The Pentagon said"
    >>> _news_subject(t, 0, len(t)) is None  # a possessive, no verb of saying, one word
    True
    """
    for m in reversed(list(_THE_OPENING.finditer(text, lo, pos))):
        stop = min(pos, m.end() + win.NEWS_SUBJECT_READ)
        run: list[str] = []
        for word in text[m.end() : stop].split()[:4]:
            bare = word.rstrip(",")
            if not bare[:1].isupper() or bare.endswith(("'s", "’s", "'", "’")):
                break
            run.append(bare)
            if bare != word:
                break  # "The Hanul Times, a sister paper": the comma closes the name
        if len(run) < 2 or run[-1] not in _NEWS_HEADS:
            continue
        end = text.find(". ", m.end(), stop)
        if _VERB_WORD.search(text, m.end(), end if end >= 0 else stop) is not None:
            return m.start(), " ".join(run)
    return None


def _other_body(m: Mention, head: str, modifiers: Sequence[str] = ()) -> bool:
    """Return whether ``m`` is named as a body of another noun than ``head`` ("the ministry" is no "Foo Agency") or,
    by the ``modifiers`` before ``head``, of another department (:func:`_other_department_body`).

    >>> _other_body(Mention(0, 10, "Foo Agency", "org", {"name": "Foo Agency"}), "ministry")
    True
    >>> _other_body(Mention(0, 10, "Cheong Wa Dae", "org", {"name": "Cheong Wa Dae"}), "office")
    False
    """
    last = (m.value.get("name") or m.exact).split()[-1:]
    return (head in _BODY_NOUNS and bool(last) and last[0].lower() in _BODY_NOUNS and last[0].lower() != head) or (
        _no_government(m, head)) or _other_department_body(m, modifiers)


def _other_department_body(m: Mention, modifiers: Sequence[str]) -> bool:
    """Return whether the ``modifiers`` of "the <modifiers> ministry" name a department the body at ``m`` is not of,
    by the words of its name or role ("the foreign ministry" is not the Pentagon, a defence ministry); False when
    either names none.

    >>> pentagon = Mention(0, 8, "Pentagon", "org", {"name": "US Department of Defense", "role": "US defence ministry"})
    >>> _other_department_body(pentagon, ["foreign"]), _other_department_body(pentagon, ["defense"])
    (True, False)
    >>> _other_department_body(pentagon, []), _other_department_body(Mention(0, 3, "Foo", "org", {}), ["foreign"])
    (False, False)
    """
    named = _department([w.lower() for w in modifiers])
    own = _department(f"{m.value.get('name') or m.exact} {m.value.get('role') or ''}".lower().split())
    return bool(named and own) and named != own


def _no_government(m: Mention, head: str) -> bool:
    """Return whether a bare "the government" would point back to ``m``, a body that is no government (a military
    command, an alliance, a news agency, a company, a union), by the words of its name or its role: "the government" is
    not "US Forces in Korea" named before (fresh77q); a ministry or another body of a government is (review78).

    >>> _no_government(Mention(0, 4, "USFK", "org", {"name": "United States Forces Korea"}), "government")
    True
    >>> _no_government(Mention(0, 4, "Seoul", "org", {"name": "South Korean government"}), "government")
    False
    >>> _no_government(Mention(0, 16, "Foreign Ministry", "org", {"name": "Foreign Ministry"}), "government")
    False

    A bare "the ministry" no more points back to such a body (a military command is no ministry, fresh80q).

    >>> _no_government(Mention(0, 4, "USFK", "org", {"name": "United States Forces Korea"}), "ministry")
    True
    """
    if head not in _GOVERNMENT_HEADS:
        return False
    said = f"{m.value.get('name') or m.exact} {m.value.get('role') or ''}".lower().replace(".", "")
    return any(w in _NON_GOVERNMENT for w in _WORD.findall(said))


# Bodies of members, never another name for a government body: "the union" is no ministry or assembly named before.
_CIVIC_BODIES = word_set("union association federation confederation foundation")
# Words of a body's name or role that make it no government (:func:`_no_government`): a military command, an alliance
# or an international body, the press, a company, a union or a party
_NON_GOVERNMENT = _CIVIC_BODIES | word_set(
    "forces command alliance organization organisation nations nato news company companies corp corporation inc ltd co "
    "group party students university")
_GOVERNMENT_HEADS = word_set("government ministry")  # bare nouns of a government or its part: see _no_government
_COMPLEMENT_PREPS = frozenset(["for", "to", "on", "in", "at"])


def _spokes_for_body(text: str, window: list[str], floor: int, verb_start: int) -> _Who:
    """Return the spokesperson "for" or "of" a body that the words before a verb (``window``, the end of
    ``text[floor:verb_start]``) end with ("the spokesman for the foreign ministry", "a spokeswoman for the embassy"),
    the whole phrase as the role the text gives, a lower-case body; else nobody (not a body named before).

    >>> t = "Later the spokesman for the foreign ministry said"; w = t[: t.index(" said")].split()
    >>> who = _spokes_for_body(t, w, 0, t.index("said")); t[who.start : who.end]
    'the spokesman for the foreign ministry'
    >>> _spokes_for_body("the spokesman said", ["the", "spokesman"], 0, 14).found
    False
    >>> _spokes_for_body("the spokesman for the talks said", "the spokesman for the talks".split(), 0, 28).found
    False
    """
    if not window or not window[-1].islower() or window[-1].rstrip(",") not in _ORG_NOUNS:
        return _NOBODY  # a body's name ("the U.S. Embassy") is read as a name
    k = next((k for k in range(len(window) - 3, max(-1, len(window) - win.COMPLEMENT_WORDS), -1)
              if window[k].lower() in _SPOKES and window[k + 1] in {"for", "of"}), None)  # fmt: skip
    if k is None or not all(_role_modifier(w) or w == "the" for w in window[k + 2 :]):
        return _NOBODY
    k -= 1 if k > 0 and window[k - 1].lower() in _DETERMINERS else 0
    phrase = " ".join(window[k:]).rstrip(",")
    start = text.rfind(phrase, floor, verb_start)
    return _Who("descriptor", None, start, start + len(phrase)) if start >= 0 else _NOBODY


def _past_complement(window: list[str]) -> list[str]:
    """Return the words before a verb up to an organisation's noun when a short complement follows it ("its
    delegation for the talks", "the embassy in Seoul"), else ``window`` as it is.

    >>> _past_complement("the delegation for the talks".split()), _past_complement("the ministry".split())
    (['the', 'delegation'], ['the', 'ministry'])
    """
    for k in range(len(window) - 3, max(-1, len(window) - win.COMPLEMENT_WORDS), -1):
        if window[k].lower() in _ORG_NOUNS and window[k + 1] in _COMPLEMENT_PREPS:
            if {w.lower() for w in window[max(0, k - 3) : k]} & {"its", "their"}:
                return window  # "its delegation for the talks": whose it is, the whole phrase says
            rest = window[k + 2 :]
            return window[: k + 1] if all(w.replace("-", "").replace(".", "").isalpha() for w in rest) else window
    return window


_MONTH_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:]) | frozenset(
    f"{m}." for m in calendar.month_abbr[1:])


def _date_comma(words: list[str], k: int) -> bool:
    """Return whether the comma ending ``words[k]`` is a date's, between its day and its year ("March 3, 2008"):
    no aside ends there (qfix50: "the cable, dated March 3, 2008, said").

    >>> w = "the cable, dated March 3, 2008, said".split()
    >>> _date_comma(w, 4), _date_comma(w, 1), _date_comma(w, 5)
    (True, False, False)
    """
    day, year = words[k][:-1], words[k + 1].rstrip(",") if k + 1 < len(words) else ""
    return k > 0 and words[k - 1] in _MONTH_WORDS and day.isdigit() and len(day) <= 2 and len(year) == 4 and (
        year.isdigit())


def _before_aside(words: list[str]) -> list[str]:
    """Return the words before a verb without a short aside in commas that ends them ("the ministry, for its part,").

    >>> _before_aside("The ministry, for its part,".split()), _before_aside(["The", "ministry"])
    (['The', 'ministry,'], ['The', 'ministry'])
    >>> _before_aside("The ministry, in a statement released on Monday,".split())
    ['The', 'ministry,']
    """
    if not words or not words[-1].endswith(","):
        return words
    for k in range(len(words) - 2, max(-1, len(words) - 2 - win.LONG_ASIDE_WORDS), -1):
        if words[k].endswith(",") and not _date_comma(words, k):
            short = len(words) - 1 - k <= win.ASIDE_WORDS
            return words[: k + 1] if short or words[k + 1].lower() in _PREPOSITIONS else words
    return words


_ISSUED = word_set("statement report announcement communique communiqué readout declaration resolution")


def _issuing_phrase(text: str, p_start: int, floor: int) -> _Who:
    """Return the body no mention carries that is the subject of the verb issuing the statement at ``p_start`` ("The
    embassy issued a statement saying ...": "the", at most a few words, a noun of a body), else nobody.

    >>> t = "The embassy issued a statement saying"
    >>> w = _issuing_phrase(t, 19, 0); t[w.start : w.end]
    'The embassy'
    >>> _issuing_phrase("Critics say a statement", 12, 0).found
    False
    """
    lo = max(floor, p_start - win.ISSUER_BACK)
    words = text[lo:p_start].split()
    for j in range(len(words) - 2, max(-1, len(words) - win.ISSUER_DET_WORDS), -1):
        if words[j].lower() not in _ORG_NOUNS:
            continue
        cut = text.find(" ", p_start, p_start + 12)
        k = next((i for i in range(j, max(-1, j - win.ISSUER_WORDS), -1) if words[i].lower() == "the"), None)
        end = text.rfind(words[j], lo, p_start) + len(words[j])
        if k is None or cut < 0 or not _ISSUING_GAP.fullmatch(text, end, cut + 1):
            return _NOBODY
        if not all(w.replace(".", "").replace("-", "").isalpha() for w in words[k : j + 1]):
            return _NOBODY
        start = text.rfind(" ".join(words[k : j + 1]), lo, end)
        return _Who("descriptor", None, start, end) if start >= 0 else _NOBODY
    return _NOBODY


def _issuing_subject(text: str, idx: _Index, p_start: int, head: str, floor: int) -> Mention | None:
    """Return the speaker that is the subject of the verb issuing "a statement" at ``p_start`` ("the Foo Agency
    issued a statement saying ..."): the statement's words are its words; else None.

    >>> t = "The Foo Agency issued a statement saying"
    >>> _issuing_subject(t, _Index([Mention(4, 14, "Foo Agency", "org", {})]), 22, "statement", 0).exact
    'Foo Agency'
    """
    if head not in _ISSUED:
        return None
    for m in idx.ending_before(p_start, max(floor, p_start - win.ISSUING_SUBJECT_BACK)):
        cut = text.find(" ", p_start, p_start + 12)  # past the possessive before the noun ("its", "their")
        if cut >= 0 and _is_speaker(m) and _ISSUING_GAP.fullmatch(text, m.end, cut + 1):
            return m
        break
    return None


def _quoted_before(text: str, pos: int) -> bool:
    """Return whether a quotation closes earlier in the paragraph of ``pos`` (a statement quoted before "the statement
    continued", whose speaker the quote after it keeps).

    >>> t = 'Bo Corp stated, "We pay." The statement added'
    >>> _quoted_before(t, t.index("The")), _quoted_before("Bo Corp spoke. The statement added", 15)
    (True, False)
    >>> _quoted_before('Bo Corp spoke. "We pay," the statement said', 25)
    False
    """
    lo = max(0, pos - win.QUOTED_BEFORE_REACH)  # bounded: linear however long the paragraph
    para = text.rfind("\n", lo, pos) + 1 or lo
    close = max(text.rfind('"', para, pos), text.rfind("\u201d", para, pos))
    return close > para and text[close - 1] in ".!?"  # a quoted sentence ended, not '"We pay," the statement said'


def _document_speaker(
    text: str, orgs: list[Mention], head: str, back: int, p_start: int, phrase: str, idx: _Index | None = None
) -> _Who:
    """Return who speaks for the document ``phrase`` at ``p_start`` ("the readout said"): the body the text makes
    its issuer (:func:`_issuer`), else one no body mention holds (:func:`_unlisted_issuer`, with the mentions
    ``idx``); nobody when a quote before it goes on; else the document by its description.

    >>> t = 'Jo Corp slammed the readout. "No," the readout said'; ms = [Mention(0, 7, "Jo Corp", "org", {})]
    >>> w = _document_speaker(t, ms, "readout", 0, t.rindex("the"), "the readout"); (w.mention, t[w.start : w.end])
    (None, 'the readout')
    >>> t = 'Jo Corp issued the readout. "No," the readout said'
    >>> _document_speaker(t, ms, "readout", 0, t.rindex("the"), "the readout").mention.exact
    'Jo Corp'
    """
    end = p_start + len(phrase)
    chosen = _issuer(text, orgs, head, back, p_start, text.find(head, p_start, end))
    if chosen is not None:
        return _Who("descriptor", chosen, p_start, end, chosen)
    if idx is not None and (issuer := _unlisted_issuer(text, idx, head, back, p_start)).found:
        return replace(issuer, start=p_start, end=end)  # "a report from the Foo Service", "Bo said in a statement"
    if _quoted_before(text, p_start):
        return _NOBODY  # "X stated in a briefing, '...' The statement continued": the quote before it goes on
    return _Who("descriptor", None, p_start, end)  # no body named as its issuer ("Jo Corp slammed the readout")


def _issuer(text: str, orgs: list[Mention], head: str, back: int, pos: int, here: int = -1) -> Mention | None:
    """Return the organisation the text makes the issuer (:func:`_issues`) of the document named at ``here`` (the
    phrase itself: "The Foo Agency issued its statement saying") or else of the last "statement" (``head``) before
    ``pos``: who issued the statement "the statement said" refers to ("In a statement, the Foo Agency said ..."), the
    nearest such body; else None (a body that only slammed it is none).

    >>> t = "Bo Corp spoke. In a statement, the Foo Agency said no. Then the statement said"
    >>> ms = [Mention(0, 7, "Bo Corp", "org", {}), Mention(35, 45, "Foo Agency", "org", {})]
    >>> _issuer(t, ms, "statement", 0, t.rindex("the statement")).exact
    'Foo Agency'
    >>> t = "Bo Corp slammed the statement. Then the statement said"
    >>> _issuer(t, ms[:1], "statement", 0, t.rindex("the statement")) is None
    True
    >>> t = "Bo Corp issued the statement; Jo Corp slammed the statement. Then the statement said"
    >>> _issuer(t, [ms[0], Mention(30, 37, "Jo Corp", "org", {})], "statement", 0, t.rindex("the statement")).exact
    'Bo Corp'
    """
    said, end = here, pos
    for _ in range(win.ISSUER_DOCS + 1):  # the phrase itself, then the last few "statement"s before it, nearest first
        near = [m for m in orgs if abs(m.start - said) <= win.ISSUER_NEAR] if said >= 0 else []
        found = next((m for m in sorted(near, key=lambda m: abs(m.start - said)) if _issues(text, m, said, head)), None)
        if found is not None:
            return found
        said = end = text.rfind(head, back, end)
        if said < 0:
            break
    return None


# The words between a body and the document it issues ("The ministry issued a joint communiqué", "X's readout", "X
# said in a statement", "X, in a statement,", "the X readout"); a body that criticised or welcomed it is no issuer.
_ISSUING_VERB = (
    r"(?:has |had |have |will )?(?:also |later |then |[a-z]+ly )?(?:(?:issu|releas|publish|post|circulat|distribut"
    r"|unveil|adopt|sign|announc|carri|deliver|present|draft)(?:es|ed|e|s|d)?|(?:put|puts|sent|sends) out"
    r"|(?:made|makes) public|gave|read out|(?:said|says|stated|wrote) in|in)"
)
# a day between the body and its issuing verb ("The committee on Wednesday adopted a resolution")
_ISSUING_DAY = r"(?: (?:on |late |early )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| today| yesterday)?"
_ISSUING_GAP = re.compile(rf"(?:['’]s|,?{_ISSUING_DAY} {_ISSUING_VERB} (?:a|an|the|its|their|his|her))?(?: joint)? ")
# Words between a document and the body after it that make the body its issuer ("a statement from the ministry",
# "In a statement, the ministry said").
_ISSUED_BY_GAP = re.compile(
    r"(?: (?:issued |released |published |put out )?(?:by|from)|(?P<comma>(?: (?:issued|released|published|posted"
    r"|sent|put out) [^,\n]{0,40})?,)) (?:the |The )?(?:[A-Z][\w.-]{0,24} ){0,2}"  # "In a statement issued Monday, the"
)
_IN_DOCUMENT = re.compile(r"\b[Ii]n (?:a|an|the|its|their)(?: joint)? $")  # "In a joint communiqué, X said"


def _issues(text: str, m: Mention, said: int, head: str) -> bool:
    """Return whether the text makes the body ``m`` the issuer of the document named at ``said`` (``head``): "X
    issued/released/put out a <doc>", "X's <doc>", "X said in a <doc>", "a <doc> from X", "In a <doc>, X said";
    not a body that only criticised, welcomed or rejected it (review63 finding 8).

    >>> def issues(t, name, doc):
    ...     at = t.index(name)
    ...     return _issues(t, Mention(at, at + len(name), name, "org", {}), t.index(doc), doc)
    >>> issues("Bo Agency issued a joint communique", "Bo Agency", "communique")
    True
    >>> issues("Jo Corp slammed the communique", "Jo Corp", "communique")
    False
    >>> issues("In a readout, Bo Corp said", "Bo Corp", "readout"), issues("A readout, Bo Corp", "Bo Corp", "readout")
    (True, False)
    >>> issues("In a readout released on June 2, the Bo Corp said", "Bo Corp", "readout")
    True
    >>> issues("Bo Agency on Wednesday adopted a resolution", "Bo Agency", "resolution")
    True
    """
    if m.end <= said:
        return _ISSUING_GAP.fullmatch(text, m.end, said) is not None
    gap = _ISSUED_BY_GAP.fullmatch(text, said + len(head), m.start)
    if gap is None:
        return False
    return gap["comma"] is None or _IN_DOCUMENT.search(text, max(0, said - win.IN_DOCUMENT_BACK), said) is not None


def _issuing_body(text: str, head: str, back: int, pos: int) -> str | None:
    """Return the body that issued the last ``head`` ("statement") before ``pos`` when the text names it by a
    definite noun ("The department said in a statement"): the body an earlier phrase named by that noun
    (:func:`_earlier_body`), else None.

    >>> t = "The Department of Defense acted. The department said in a statement it was glad. Then the statement said"
    >>> _issuing_body(t, "statement", 0, t.rindex("the statement"))
    'Department of Defense'

    A body named with a capitalised modifier ("The U.S. Embassy said in a statement") is that body, not one named
    earlier or nearer the word "statement":

    >>> t = "The Foo Agency acted. The U.S. Embassy said in a statement it was glad. Then the statement said"
    >>> _issuing_body(t, "statement", 0, t.rindex("the statement"))
    'U.S. Embassy'
    """
    said = text.rfind(head, back, pos)
    words = text[max(back, said - win.ISSUING_BODY_BACK) : said].split() if said >= 0 else []
    if len(words) < 5 or words[-2:] not in (["in", "a"], ["in", "an"]) or words[-3].lower() not in SPEECH_VERBS:
        return None
    if words[-4].lower() not in _BODY_NOUNS:
        return None
    det = next((k for k in range(len(words) - 5, max(-1, len(words) - win.ISSUING_BODY_WORDS), -1)
                if words[k] in {"the", "The"}), None)  # fmt: skip
    if det is None or any(not w[:1].isupper() or w.endswith(",") for w in words[det + 1 : -4]):
        return None
    if det < len(words) - 5:  # "The U.S. Embassy said in a statement": the body the phrase names
        return " ".join(words[det + 1 : -3])
    at = text.rfind(f"{words[-5]} {words[-4]}", back, said)
    return _earlier_body(text, words[-4].lower(), back, at) if at >= 0 else None


def _without_article(phrase: str) -> str:
    """Return a phrase without its leading "the".

    >>> _without_article("the U.S. military"), _without_article("South Korea's ministry")
    ('U.S. military', "South Korea's ministry")
    """
    return phrase[4:] if phrase[:4] in {"the ", "The "} else phrase


@lru_cache(maxsize=64)
def _head_not_after_the(head: str) -> re.Pattern[str]:
    """Return a pattern for ``head`` except right after a bare "the" ("the ministry": no modifier, no body named).

    Capitalised too ("Unification Ministry"), and right after "the" when "of <Capitalised>" follows ("the Ministry of
    National Defense": the body's name).

    >>> [m.start() for m in _head_not_after_the("ministry").finditer("a ministry, the ministry")]
    [2]
    >>> [m.start() for m in _head_not_after_the("ministry").finditer("Foo Ministry; the Ministry of Bar; the Ministry")]
    [4, 18]
    """
    rest = re.escape(head[1:])
    h = f"[{head[:1]}{head[:1].upper()}]{rest}"
    return re.compile(rf"{head[:1].upper()}{rest}(?= of [A-Z])|{h}(?<!\s[Tt]he\s{h})")


def _earlier_or_own(text: str, head: str, back: int, pos: int, phrase: str, mods: list[str]) -> str | None:
    """Return the body an earlier phrase named (:func:`_earlier_body`), or ``phrase`` itself when its own lower-case
    modifiers ``mods`` are not that phrase's (:func:`_own_modifiers`: "the defense ministry" after "the foreign
    ministry"; fix50s).

    >>> t = "The foreign ministry spoke. The defense ministry said"
    >>> _earlier_or_own(t, "ministry", 0, 28, "The defense ministry", ["defense"])
    'The defense ministry'
    >>> _earlier_or_own(t, "ministry", 0, 28, "The ministry", [])
    'The foreign ministry'
    >>> t = "Tamsk's Korvo news agency spoke. The agency said"
    >>> _earlier_or_own(t, "agency", 0, t.index("The agency"), "The agency", [])
    'Korvo'
    """
    named = _earlier_body(text, head, back, pos)
    if named and (outlet := _outlet_possessed(named + " ", _Index([]), 0, len(named) + 1)).found:
        return outlet.name  # "Tamsk's Korvo news agency said ... The agency added": Korvo (fix51s)
    return phrase if named and _own_modifiers(mods, named) else named


# mend50s4: the words that name a ministry's or an office's portfolio ("the defense ministry", "the prime minister's
# office"); other modifiers ("the same", "the powerful", "the embattled") describe the body an earlier phrase named
_PORTFOLIO_WORDS = word_set("defense defence foreign finance trade unification justice interior home education health "
                            "labor labour energy environment agriculture transport land industry commerce treasury "
                            "state presidential")
_PORTFOLIO_PAIRS = ("prime minister's", "prime minister’s", "national security")


def _own_modifiers(mods: list[str], named: str) -> bool:
    """Return whether the modifiers of a body's noun (``mods``: "defense" in "the defense ministry") name a portfolio
    (_PORTFOLIO_WORDS, _PORTFOLIO_PAIRS) and share no word with the earlier phrase ``named`` (:func:`_earlier_body`):
    the phrase then names another body of its own (fix50s; mend50s4: only a portfolio).

    >>> _own_modifiers(["defense"], "The foreign ministry"), _own_modifiers(["foreign"], "Seoul's foreign ministry")
    (True, False)
    >>> _own_modifiers([], "The foreign ministry"), _own_modifiers(["same"], "The foreign ministry")
    (False, False)
    >>> _own_modifiers(["foreign", "affairs"], "The foreign ministry"), _own_modifiers(["national", "security"], "A")
    (False, True)
    """
    own = [w.lower() for w in mods]
    joined = " ".join(own)
    portfolio = any(w in _PORTFOLIO_WORDS for w in own) or any(p in joined for p in _PORTFOLIO_PAIRS)
    return portfolio and not set(own) & {w.lower() for w in named.split()}


def _earlier_body(text: str, head: str, back: int, pos: int) -> str | None:
    """Return the nearest phrase before ``pos`` (after ``back``) naming a body by ``head`` with a modifier
    ("the foreign ministry", "South Korea's defense ministry"), else None.

    >>> t = "Seoul's foreign ministry said so. Then the ministry said"
    >>> _earlier_body(t, "ministry", 0, 41)
    "Seoul's foreign ministry"
    >>> _earlier_body("Seoul's Unification Ministry said so. Then the ministry said", "ministry", 0, 45)
    'Unification Ministry'
    """
    floor = max(back, pos - win.BODY_PHRASE_REACH)
    # found in one search, nearest last; after a bare "the" the test below fails: skipped in the search
    places = [m.start() for m in _head_not_after_the(head).finditer(text, floor, pos)]
    for i in reversed(places):
        if i == 0:
            break
        end = i + len(head)
        if text[i - 1].isalpha() or (end < len(text) and text[end].isalpha()):
            continue
        if text.startswith(" of ", end) and text[i].isupper():
            return _of_name(text, i)
        words = text[max(floor, i - win.BODY_MODIFIER_BACK) : end].split()
        det = next((k for k in range(len(words) - 2, max(-1, len(words) - win.BODY_NAME_WORDS), -1)
                    if words[k] in {"the", "The"} or words[k].endswith(("'s", "’s"))), None)  # fmt: skip
        if det is not None and len(words) - det > (1 if words[det].endswith(("'s", "’s")) else 2):
            proper = all(w[:1].isupper() for w in words[det + 1 :])  # "Seoul's Unification Ministry": its name
            return " ".join(words[det + 1 if proper else det :])
    return None


def _body_named_before(text: str, who: _Who, floor: int) -> _Who:
    """Return ``who`` named as the body named before (after ``floor``) when it is a bare "the <body noun>" no rule
    named ("“...,” said the ministry", "according to the ministry"), else ``who`` as it is.

    >>> t = "Seoul's Unification Ministry met. “No,” said the ministry."
    >>> i = t.index("the ministry"); _body_named_before(t, _Who("descriptor", None, i, i + 12), 0).name
    'Unification Ministry'
    """
    if who.mention is not None or who.name is not None or who.start < 0:
        return who
    words = text[who.start : who.end].split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _BODY_NOUNS:
        return who
    named = _earlier_body(text, words[1].lower(), floor, who.start)
    return replace(who, name=_without_article(named)) if named else who


def _of_name(text: str, start: int) -> str:
    """Return the name "<Noun> of <Capitalised words>" starting at ``start`` ("Ministry of National Defense").

    >>> _of_name("the Ministry of Coastal Affairs and Ports said", 4)
    'Ministry of Coastal Affairs'
    """
    words = text[start : start + win.OF_NAME].split()
    out = words[:2]
    for w in words[2:]:
        if not w[:1].isupper():
            break
        out.append(w)
        if not w[-1].isalpha():
            break
    return " ".join(out).rstrip(",.;:")


_PEOPLE_PLURALS = word_set(
    "officials experts analysts sources diplomats lawmakers legislators observers critics representatives negotiators "
    "authorities media ministers envoys ambassadors mps parliamentarians politicians senators congressmen "
    "residents villagers economists scholars academics researchers commentators"
    " activists campaigners groups unions"  # "civic groups said" (probeq36); no "protesters": their sign, no words
)
_PLURAL_MODIFIERS = word_set("senior top government military defense defence foreign ministry administration other "
                             "state state-run official local State State-run Official Local"
                             " former retired")  # "several retired generals", "two former ministers" (qfix39)


def _proper_org(text: str, verb_start: int, floor: int, office: bool = False) -> _Who:
    """Return an organisation the gazetteer does not know, named by "the" and capitalised words right before a
    speech verb ("The Hanul Daily has said", "the Foo Institute said"); with ``office``, only a capitalised office
    held by one person (:func:`_one_office`: "the US President said"), which is otherwise no organisation.

    >>> t = "In an editorial, the Hanul Daily has called"
    >>> w = _proper_org(t, t.index('called'), 0); t[w.start : w.end]
    'the Hanul Daily'
    >>> w.name
    'Hanul Daily'
    >>> t = "In the notice, the U.S. Department of the Army said"
    >>> _proper_org(t, t.index('said'), 0).name
    'U.S. Department of the Army'
    >>> t = "South Korea's Hanul Times reported"
    >>> _proper_org(t, t.index('reported'), 0).name
    "South Korea's Hanul Times"
    """
    words = text[max(floor, verb_start - win.PROPER_ORG_BACK) : verb_start].split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    k = _name_of_body(words)
    owned = _past_owner(words, k)
    by_owner = owned > k and _owned_body(words[k:]) == words[owned:]
    body = owned if by_owner else k  # "South Korea's Hanul Times said": its owner's possessive opens it, as "the" does
    if body == len(words) or not all(_org_word(w) for w in words[body:]) or _one_office(words[body:]) != office:
        return _NOBODY
    if not by_owner and k > 0 and _outlet_kind_before(words, k):  # "the local daily Hanul Times reported"
        name = " ".join(words[k:])
        start = text.rfind(name, max(floor, verb_start - win.PROPER_ORG_BACK), verb_start)
        return _Who("descriptor", None, start, start + len(name), name=name) if start >= 0 else _NOBODY
    if not by_owner and (k == 0 or words[k - 1].lower() != "the"):
        opens = (k == 0 and verb_start - win.PROPER_ORG_BACK <= floor) or (k > 0 and words[k - 1].endswith(","))
        lo = max(floor, verb_start - win.PROPER_ORG_BACK)
        return _bare_body(text, words[k:], lo, verb_start) if opens else _NOBODY
    phrase = " ".join(words[k if by_owner else k - 1 :])
    start = text.rfind(phrase, max(floor, verb_start - win.PROPER_ORG_BACK), verb_start)
    if start < 0:
        return _NOBODY
    return _Who("descriptor", None, start, start + len(phrase), name=_without_article(phrase))


# Lower-case words an outlet's kind may hold before its noun ("the conservative daily", "the state-run news agency")
_OUTLET_KIND_WORDS = 3


def _outlet_kind_before(words: list[str], k: int) -> bool:
    """Return whether an outlet's kind stands right before the capitalised name at ``words[k]``: an outlet noun
    (_OUTLET_NOUNS, or "news agency") after "the" and at most _OUTLET_KIND_WORDS lower-case words ("the local daily
    Hanul Times", "the English-language newspaper Hanul Herald"); the name is then the outlet's, its kind an
    apposition before it (speak48).

    >>> _outlet_kind_before("the local daily Hanul Times".split(), 3), _outlet_kind_before("the Hanul Times".split(), 1)
    (True, False)
    >>> _outlet_kind_before("the state-run news agency HNA".split(), 4), _outlet_kind_before("met daily Bo".split(), 2)
    (True, False)
    >>> _outlet_kind_before("Later, local daily Hanul Times".split(), 3), _outlet_kind_before("Bo, daily Al".split(), 2)
    (True, False)
    """
    noun = words[k - 1].lower()
    if noun not in _OUTLET_NOUNS and not (noun == "agency" and k >= 2 and words[k - 2].lower() == "news"):
        return False
    for j in range(k - 2, max(-1, k - 3 - _OUTLET_KIND_WORDS), -1):
        w = words[j]
        if w.lower() == "the" or (w.endswith((",", ".")) and j < k - 2):
            return True  # "the daily", "On Monday, local daily Hanul Times": the kind opens its phrase
        if not (w.replace("-", "").isalpha() and w.islower()):
            return False
    return False


# the last word of a capitalised phrase that names one person's office, not a body ("the US President said")
_OFFICE_HEADS = frozenset({"president", "minister", "secretary", "ambassador", "envoy", "chancellor", "premier",
                           "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman"})


def _name_words(m: Mention) -> frozenset[str]:
    """Return the words of a named person's name ("Ro" and "Tae-jun" for Ro Tae-jun; none for a description).

    >>> sorted(_name_words(Mention(0, 10, "Ro Tae-jun", "person", {"name": "Ro Tae-jun"})))
    ['Ro', 'Tae-jun']
    """
    return frozenset() if m.value.get("descriptor") else frozenset((m.value.get("name") or m.exact).split())


def _other_office(m: Mention, head: str) -> bool:
    """Return whether the person ``m`` holds by title or role another office of _OFFICE_HEADS than ``head``, and not
    ``head`` ("Trade Minister Ro" is not "the secretary" he says replied: the last speaker does not take it).

    >>> ro = Mention(0, 20, "Trade Minister Ro", "person", {"title": "Trade Minister"})
    >>> _other_office(ro, "secretary"), _other_office(ro, "minister"), _other_office(ro, "candidate")
    (True, False, False)
    """
    words = set(_role_words(m))
    return head in _OFFICE_HEADS and head not in words and bool(words & _OFFICE_HEADS)


def _one_office(words: list[str]) -> bool:
    """Return whether capitalised ``words`` before a speech verb name an office held by one person ("the US
    President", "the Foreign Minister"): a role the person named before holds, not an organisation (fresh81q); not
    a body named after an office ("the Office of the President").

    >>> _one_office("the US President".split()), _one_office("the Office of the President".split())
    (True, False)
    >>> _one_office("the Hanul Daily".split())
    False
    """
    return bool(words) and words[-1].strip(",").lower() in _OFFICE_HEADS and not any(
        w.lower() in {"of", "for"} for w in words)


def _past_owner(words: list[str], k: int) -> int:
    """Return the index after the last capitalised possessive among ``words[k:]`` (the owner of the body named after
    it: "South Korea's Hanul Times"), else ``k``.

    >>> _past_owner("South Korea's Hanul Times".split(), 0), _past_owner("the Hanul Times".split(), 1)
    (2, 1)
    """
    owners = [n for n in range(k, len(words) - 1) if words[n][:1].isupper() and _owner_possessive(words[n])]
    return owners[-1] + 1 if owners else k


def _owned_body(words: list[str]) -> list[str]:
    """Return the words of a body's name after its owner's capitalised possessive ("South Korea's Hanul Times": two
    words or more, no office among them), else ``words``.

    >>> _owned_body("South Korea's Hanul Times".split()), _owned_body("Varia's Chief of Staff".split())
    (['Hanul', 'Times'], ["Varia's", 'Chief', 'of', 'Staff'])
    """
    owned = _past_owner(words, 0)
    if owned == 0 or len(words) - owned < 2 or any(w.lower() in _OFFICES for w in words[owned:]):
        return words
    return words[owned:]


# The last word of a body's proper name that may open a sentence without "the" ("Hanul Workers Union said").
_BODY_HEADS = _BODY_NOUNS | word_set(
    "command forces union association federation confederation council party foundation league coalition "
    "society corps"
)
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z&]{1,6}")
_OFFICE_ACRONYMS = word_set("FM PM DM VP CEO MP SG")  # an office's initials ("FM says"), a person not a body


def _bare_body(text: str, name: list[str], lo: int, verb_start: int) -> _Who:
    """Return a body named without "the" that opens its sentence or clause right before a speech verb: capitalised
    words ending in a body's noun ("Hanul Workers Union said") or an acronym ("VFC said"), else nobody.

    >>> t = "Hanul Workers Union said"
    >>> _bare_body(t, t.split()[:3], 0, 20).name, _bare_body("Jo Tallan said", ["Jo", "Tallan"], 0, 10).found
    ('Hanul Workers Union', False)
    >>> _bare_body("VFC said", ["VFC"], 0, 4).name, _bare_body("FM says", ["FM"], 0, 3).found
    ('VFC', False)
    """
    body = (len(name) >= 2 and name[-1].lower() in _BODY_HEADS) or (len(name) == 1 and _ACRONYM_NAME.fullmatch(
        name[0]) is not None and name[0] not in _OFFICE_ACRONYMS and name[0].lower() not in _OFFICES)  # fmt: skip
    phrase = " ".join(name)
    start = text.rfind(phrase, lo, verb_start) if body else -1
    return _Who("descriptor", None, start, start + len(phrase), name=phrase) if start >= 0 else _NOBODY


def _name_of_body(words: list[str]) -> int:
    """Return where the capitalised name that ends ``words`` begins, read back through an inner "of" or "of the"
    between capitalised words ("Department of the Army", "Ministry of National Defense": one body's name, whose
    head is the first noun, not the object of "of").

    >>> w = "said the U.S. Department of the Army".split(); w[_name_of_body(w)]
    'U.S.'
    >>> w = "the Hanul Daily".split(); w[_name_of_body(w)]
    'Hanul'
    """
    k = len(words)
    while k > 0 and len(words) - k < win.BODY_NAME_WORDS:
        w = words[k - 1]
        if w[:1].isupper() and w.lower() != "the" and not w.endswith(","):  # "On Monday, Foo Union": not Monday
            k -= 1
        elif w == "of" and k >= 2 and words[k - 2][:1].isupper() and words[k - 2] != "The" and k < len(words):
            k -= 1  # "Department of Defense"
        elif (w == "the" and k >= 3 and words[k - 2] == "of" and words[k - 3][:1].isupper()
              and words[k - 3] != "The" and k < len(words)):  # fmt: skip
            k -= 2  # "Department of the Army"
        else:
            break
    return k


def _org_word(word: str) -> bool:
    """Return whether ``word`` may stand in an organisation's proper name: letters, initials ("U.S."), "of", "the".

    >>> _org_word("U.S."), _org_word("Army"), _org_word("2020,")
    (True, True, False)
    """
    return word.isalpha() or bool(_INITIALS.fullmatch(word))


_KIND_PLURALS = word_set("groups unions organizations organisations associations federations coalitions")  # bodies
# named by the kind they are ("civic groups", "veterans associations": qfix39)


def _kind_word(word: str) -> bool:
    """Return whether ``word`` may name the kind of a group before its plural noun ("civic", "labor", "rights"): a
    lower-case word, no function word, no past form.

    >>> _kind_word("civic"), _kind_word("the"), _kind_word("ended"), _kind_word("Korean")
    (True, False, False, False)
    """
    return word.isalpha() and word.islower() and word not in _UNNAMED_STOPS and not word.endswith("ed")


# speak54: a body that speaks for people ("the union representing base workers", "an association of Korean
# employees"): the body speaks, not the people it is of or for (main gave "workers", a confident wrong speaker).
_PEOPLES_BODIES = word_set("union association federation confederation coalition group council committee alliance "
                           "league organisation organization network caucus society")
_FOR_PEOPLE = word_set("of representing for")
_BODY_MODIFIERS = 2  # words at most between a body's article and its noun ("the national teachers' union")
_BODY_OF_PREPS = word_set("for of with at")  # a body after them is told of, no subject ("a spokesman for the union")


def _body_of_people(words: list[str], k: int) -> int:
    """Return where the phrase of a body starts when the people that start at ``words[k]`` are those it is of or
    speaks for ("The union representing base workers", "an association of Korean employees": the body, with its
    article and at most two modifiers); else ``k``.

    >>> w = "The union representing base workers".split(); " ".join(w[_body_of_people(w, 3) :])
    'The union representing base workers'
    >>> w = "a national association of Korean employees".split(); " ".join(w[_body_of_people(w, 4) :])
    'a national association of Korean employees'
    >>> w = "a report on Korean employees".split(); _body_of_people(w, 3)
    3
    >>> w = "the union of base workers".split(); " ".join(w[_body_of_people(w, 4) :])
    'the union of base workers'
    """
    f = next((f for f in range(k - 1, max(0, k - 1 - _BODY_MODIFIERS), -1) if words[f].lower() in _FOR_PEOPLE), 0)
    if f < 1 or words[f - 1].lower() not in _PEOPLES_BODIES or not all(
            w.isalpha() and w.lower() not in _UNNAMED_STOPS for w in words[f + 1 : k]):
        return k  # "base workers", "state workers": the people's own modifiers between
    j = f - 1
    while j > 0 and f - 1 - j < _BODY_MODIFIERS and words[j - 1].lower() not in _DETERMINERS and (
            _open_modifier(words[j - 1].replace("'", "").replace("’", ""))):
        j -= 1  # "the national union", "a teachers' union"
    return j - 1 if j > 0 and words[j - 1].lower() in {"a", "an", "the", "one"} else j


def _body_told_of(words: list[str], k: int) -> bool:
    """Return whether the body whose phrase starts at ``words[k]`` is the object of "for", "of", "with" or "at" after
    a noun that :func:`_postmodified_holder` does not read as the one who speaks ("A spokesman for the union
    representing base workers", "Lawyers for the union ...": the spokesman or the lawyers speak, not the body, so
    its phrase is no subject; mend54s); not after a holder's head ("Members of the federation ...", "An official of
    the union ...": that rule reads the whole phrase).

    >>> [_body_told_of(t.split(), 2) for t in ("spokesman for the union", "Lawyers for the union",
    ...                                        "Members of the union", "Workers said the union")]
    [True, True, False, False]
    """
    if k < 2 or words[k - 1].lower() not in _BODY_OF_PREPS:
        return False
    noun = words[k - 2].lower()
    return noun in _SPOKES or noun not in _HOLDER_HEADS


def _body_for_people(text: str, who: _Who) -> bool:
    """Return whether ``who`` is a body's phrase that :func:`_body_of_people` made of people it is of or speaks for
    ("The union representing base workers"): its noun, first or after its article, is a body's.

    >>> t = "The union representing base workers"
    >>> _body_for_people(t, _Who("descriptor", None, 0, len(t))), _body_for_people(t, _Who("descriptor", None, 27, 35))
    (True, False)
    """
    words = [w.lower() for w in text[who.start : who.end].split()[:2]] if who.found else []
    return bool(words) and (words[0] in _PEOPLES_BODIES or (len(words) > 1 and words[0] in {"a", "an", "the", "one"}
                                                             and words[1] in _PEOPLES_BODIES))


def _bare_people(text: str, verb_start: int, floor: int) -> _Who:
    """Return unnamed people with no article right before a speech verb ("South Korean officials said").

    >>> for t in ("South Korean officials said", "US officials have said", "Twenty civic groups said",
    ...           "South Korean civic groups said", "It rose, a coalition of business groups said"):
    ...     w = _bare_people(t, t.rindex(" said"), 0); print(t[w.start : w.end])
    South Korean officials
    US officials
    Twenty civic groups
    South Korean civic groups
    a coalition of business groups
    """
    lo = max(floor, verb_start - win.BARE_PEOPLE_BACK)
    words = text[lo:verb_start].split()
    while words and words[-1].lower() in _AUXILIARIES:
        verb_start = lo + text[lo:verb_start].rstrip().rfind(words.pop())  # "officials have said"
    placed = _before_place(words)  # "analysts in Busan": the analysts, where they are is no part of who
    near = words[len(placed) :] if _near_place(words[len(placed) :]) else []  # "residents near the base": kept
    moved, words = len(placed) < len(words), placed
    head = _before_knowing(words)  # "people familiar with the matter": the people, then how they know
    if head == 0 or (words[head - 1].lower() not in _BARE_PLURALS and (head == len(words) or words[head - 1].lower()
                                                                        != "people")):  # fmt: skip
        return _NOBODY  # "Officials say", "South Korean officials said", "people familiar with it said"
    if words[head - 1].lower() not in _PEOPLE_PLURALS and head == len(words) and _body_of_people(words, head - 1) == (
            head - 1) and (text[
            verb_start : verb_start + win.VERB_WORD].split() or [""])[0].rstrip(".,;:") not in SPEECH_VERBS:
        return _NOBODY  # "NATO members labeled as “...”": a group's noun speaks only by a verb of saying
    k = head - 1
    if k > 0 and words[k].lower() in _KIND_PLURALS and _kind_word(words[k - 1] if k > 1 or lo > floor else
                                                                  words[0].lower()):  # "Rights groups said"
        k -= 1  # "civic groups", "labor unions": the kind of group is part of who speaks (probeq36)
    while k > 0 and head - k < 4 and (_people_modifier(words[k - 1]) or _INITIALS_WORD.fullmatch(words[k - 1])):
        k -= 1  # "two senior South Korean officials", "DP lawmakers"
    k = _open_adjectives_start(words, k)  # '..., diplomatic sources said': the sources' adjective is theirs
    if 0 < k <= 2 and lo == floor and words[0][:1].isupper() and all(_open_modifier(w) for w in words[:k]):
        k = 0  # "Twenty civic groups said", "Base workers said": the sentence opens with the group's modifiers
    if k > 1 and words[k - 1] == "of" and words[head - 1].lower() in _KIND_PLURALS and words[k - 2].isalpha():
        k -= 3 if k > 2 and words[k - 3].lower() in {"a", "an"} else 2  # "A coalition of business groups": whole
    elif k > 1 and words[k - 1] == "of" and words[k - 2].lower() in _GROUP_COUNTS:
        k -= 2  # "Dozens of former diplomats": the count is part of who speaks (qfix39)
    if k > 0 and words[k].lower() == "dozen" and words[k - 1].lower() == "a":
        k -= 1  # "A dozen retired generals": the article is the count's (qfix39)
    k, people = _body_of_people(words, k), k  # "The union representing base workers said": the union, not the workers
    if k < people and _body_told_of(words, k):
        return _NOBODY  # "A spokesman for the union representing base workers said": the body is no subject (mend54s)
    if k > 0 and (words[k - 1].lower() in _DETERMINERS or (moved and words[k - 1][:1].isupper())):
        return _NOBODY  # "the officials", "Port authorities in Tarsa": the other rules read them
    phrase = " ".join(words[k:] + near)
    start = text.rfind(phrase, lo, verb_start)
    return _Who("descriptor", None, start, start + len(phrase)) if start >= 0 else _NOBODY


# speak52: a group's own name for a thing told in the plural present ("Critics call the demand a “shakedown”", "the
# deal, which critics call a “sellout”"): the group, as main reads "called" (README: reported scare quotes are
# credited to whom the text credits). Only "call"/"dub", its object of at most four lower-case words right before
# the quote, and unnamed people right before the verb (:func:`_bare_people`); not "call on"/"call for" (an appeal),
# a pronoun or a named speaker (the other rules' readings), nor "what critics call a “...”" (a label with no namer:
# lead, eighteenth session; tests/test_attrib59.py)
_PRESENT_NAMING = re.compile(r"(?<![\w'’-])(?:call|dub)[ \t]")
_NAMING_PARTICLES = word_set("on for off in up back out upon to")
_NAMING_RELATIVES = word_set("which what that")
_NAMING_OBJECT_WORDS = 4
# mend52s (review52s): not an object that opens another clause ("call police when drills run “too late”") nor a
# summons of a service ("call police", "call the hotline"): no naming; main's None kept
_NAMING_GAP_STOPS = word_set("when whenever if unless because while as once until since though although where")
_NAMING_SUMMONED = word_set("police ambulance ambulances paramedics firefighters hotline hotlines helpline helplines")


def _present_namers(text: str, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with an uncredited quote named by unnamed people in the plural present ("Critics call the
    demand a “shakedown.”") given those people; any other quote as it was.

    >>> t = 'Critics call the demand a "shakedown."'
    >>> q = Quote(26, 38, t[26:38], {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> _present_namers(t, [q], [_Place(26, 38, 0, len(t), 0, 0, 0)])[0].value["speaker_text"]
    'Critics'
    >>> t = 'Critics call on Seoul to pay "more."'
    >>> q = Quote(29, 36, t[29:36], {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> _present_namers(t, [q], [_Place(29, 36, 0, len(t), 0, 0, 0)])[0].value["attribution"]
    'none'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        lo = max(pl.sent_start, q.start - win.QUOTE_SENTENCE_BACK)
        verb = last_match(_PRESENT_NAMING, text, lo, q.start) if q.value["attribution"] == "none" else None
        gap = text[verb.end() : q.start].split() if verb is not None else []
        if verb is None or len(gap) > _NAMING_OBJECT_WORDS or not all(w.isalpha() and w.islower() for w in gap) or (
                _NAMING_PARTICLES | _PREPOSITIONS).intersection(gap) or text[q.start - 1 : q.start] not in {" ", "\t"}:
            continue  # not "call on Seoul to pay", "call a vote on the"
        if _NAMING_GAP_STOPS.intersection(gap) or gap[:1] in ([w] for w in _NAMING_SUMMONED) or gap[:2] in (
                ["the", w] for w in _NAMING_SUMMONED):
            continue  # mend52s: "call police when drills run “too late”": a summons, then another clause
        back = max(pl.sent_start, verb.start() - win.BARE_PEOPLE_BACK)
        before = text[back : verb.start()].split()
        rel = next((k for k in range(len(before) - 1, max(-1, len(before) - 6), -1)
                    if before[k].lower() in _NAMING_RELATIVES), None)  # "which critics call": the relative's subject
        lo = pl.sent_start if rel is None else text.rfind(f"{before[rel]} ", back, verb.start()) + len(before[rel])
        who = _bare_people(text, verb.start(), lo)
        if who.found and (rel is None or before[rel].lower() != "what"):
            out[i] = replace(q, value=q.value | {"speaker_text": text[who.start : who.end], "speaker_start": who.start,
                                                 "speaker_end": who.end, "attribution": "descriptor"})
    return out


def _open_adjectives_start(words: list[str], k: int) -> int:
    """Return where the people phrase that starts at ``words[k]`` starts with the lower-case adjectives no list holds
    before it (:func:`_open_modifier`: "diplomatic sources", "informed sources", "unnamed officials"), at most two,
    when they open a clause (the words' start, or after a comma, a colon or a quote's close); else ``k`` ("After the
    talks ended officials said": not "ended officials").

    >>> _open_adjectives_start("rose, diplomatic sources".split(), 2), _open_adjectives_start(["unnamed", "aides"], 1)
    (1, 0)
    >>> _open_adjectives_start("the talks ended officials".split(), 3)
    3
    """
    j = k
    while j > 0 and k - j < 2 and words[j - 1].islower() and _open_modifier(words[j - 1]):
        j -= 1
    opens = j == 0 or words[j - 1].endswith((",", ";", ":")) or bool(_MARK.search(words[j - 1][-1:]))
    return j if opens else k


_PLACE_PREPS = frozenset(["in", "at"])
# speak54: prepositions that only say where people live or stand ("residents near the base", "farmers outside the
# range"): a common noun after "the" is a place there, as a capitalised one is after "in"/"at"
_NEAR_PREPS = frozenset(["near", "outside", "around"])
_NEAR_PLACE_WORDS = 2  # lower-case words at most of such a place after "the"


def _near_place(words: list[str]) -> bool:
    """Return whether ``words`` are a place told by a preposition of nearness and "the" with at most two lower-case
    words ("near the base", "outside the air base"), as after the people who live or stand there.

    >>> _near_place("near the base".split()), _near_place("near the".split()), _near_place("in the base".split())
    (True, False, False)
    """
    return len(words) > 2 and words[0] in _NEAR_PREPS and words[1] == "the" and len(words) - 2 <= _NEAR_PLACE_WORDS \
        and all(w.isalpha() and w.islower() for w in words[2:])


def _before_place(words: list[str]) -> list[str]:
    """Return ``words`` without the place that ends them ("analysts in Busan", "diplomats at the UN" are the
    analysts and the diplomats), when the words before "in"/"at" end with people; else ``words``.

    >>> _before_place("analysts in Busan".split()), _before_place("the ministry in Busan".split())
    (['analysts'], ['the', 'ministry', 'in', 'Busan'])
    >>> _before_place("experts at the Asan Policy Institute".split()), _before_place("experts at the".split())
    (['experts'], ['experts', 'at', 'the'])
    >>> _before_place("Officials in Seoul and Tokyo".split()), _before_place("Officials in Seoul and".split())
    (['Officials'], ['Officials', 'in', 'Seoul', 'and'])
    >>> _before_place("workers at US bases".split()), _before_place("workers at bases".split())
    (['workers'], ['workers', 'at', 'bases'])
    >>> _before_place("residents near the base".split()), _before_place("the cost near the base".split())
    (['residents'], ['the', 'cost', 'near', 'the', 'base'])
    """
    for k in range(len(words) - 2, max(-1, len(words) - win.PLACE_WORDS - 3), -1):
        if k > 0 and words[k - 1].lower() in _BARE_PLURALS and _near_place(words[k:]):
            return words[:k]  # "residents near the base": the residents
        if words[k] in _PLACE_PREPS:
            place = words[k + 2 :] if words[k + 1] == "the" else words[k + 1 :]  # "at the UN": the UN
            if k > 0 and place and words[k - 1].lower() in _BARE_PLURALS and all(
                    (w[:1].isupper() and w.isalpha()) or (w == "and" and 0 < i < len(place) - 1)
                    or (i == len(place) - 1 > 0 and w.isalpha() and w.islower() and w.endswith("s")
                        and place[i - 1][:1].isupper())
                    for i, w in enumerate(place)):  # fmt: skip  # "workers at US bases": a capital's noun
                return words[:k]  # "diplomats in Seoul and Tokyo": the diplomats
            break
    return words


_KNOWING = word_set("familiar close briefed involved knowledgeable")
_COUNTS = word_set("two three four several multiple some many"
                   " five six seven eight nine ten eleven twelve twenty thirty fifty dozen numerous")  # qfix39


def _before_knowing(words: list[str]) -> int:
    """Return where a phrase saying how unnamed people know starts at the end of ``words`` ("familiar with the
    matter", "close to the talks", at most six words, with no punctuation), else ``len(words)``.

    >>> w = "people familiar with the matter".split(); w[_before_knowing(w)]
    'familiar'
    >>> _before_knowing(["officials"]), _before_knowing("two people with knowledge of it".split())
    (1, 2)
    """
    for k in range(len(words) - 2, max(-1, len(words) - win.KNOWING_HEAD_WORDS), -1):
        knowing = (words[k] in _KNOWING and words[k + 1] in _PREPOSITIONS) or words[k : k + 2] == ["with", "knowledge"]
        if knowing or (words[k] in _FROM_PREPS and k > 0 and words[k - 1].lower() in _PEOPLE_PLURALS):
            rest = words[k:]
            return k if all(w.replace("-", "").replace(".", "").isalpha() for w in rest) else len(words)
    return len(words)


_FROM_PREPS = frozenset(["from"])  # "officials from both sides" (not "officials in Seoul": where they are)


_NATIONS = word_set("South North Korean American U.S. US Japanese Chinese Pentagon")


_THEY_BEFORE = re.compile(r"\b(?P<p>they|They)[\s,]++(?:(?:\w++(?<=\wly)|also|then|later|again|have|had)\s++)*+\Z")
_GROUP_NOUNS = word_set(
    "protesters protestors demonstrators students activists members workers employees lawmakers legislators "
    "delegations delegates residents veterans group groups coalition union unions unionists senators critics "
    "citizens villagers farmers organizers organisers participants crowd marchers campaigners opponents supporters"
)
_INITIALS_WORD = re.compile(r"[A-Z]{2,5}")  # a party's or a body's initials before its people ("DP lawmakers")
# The plurals whose bare phrase before a speech verb speaks (_bare_people): unnamed people ("officials"), a group's
# people ("base workers", "students") and plural bodies ("twenty civic groups", "veterans associations"; probeq38).
_BARE_PLURALS = _PEOPLE_PLURALS | frozenset(w for w in _GROUP_NOUNS if w.endswith("s")) | word_set(
    "associations organizations organisations federations coalitions"
    " generals admirals officers commanders")  # "several retired generals warned" (qfix39)
_GROUP_OPENERS = word_set("The These Those Both Some Many Several Two Three Four Five Hundreds Thousands Dozens Scores")
_SENTENCE_OPENING = re.compile(r"(?:\n|[.!?][\"”’']?[ \t]++)(?=[A-Z])")


def _group_opening(text: str, start: int, lower: bool = False) -> Mention | None:
    """Return the group a sentence opens with at ``start`` ("The protesters", "Hundreds of union members", "The
    group, which ...", "Protesters"): an opening word, at most a few modifiers and a plural or collective noun of
    people; else None. ``lower``: the opening word may be in lower case (a clause after a fronted phrase).

    >>> _group_opening("Hundreds of union members rallied.", 0).exact
    'Hundreds of union members'
    >>> _group_opening("The talks resumed.", 0) is None, _group_opening("the group met", 0, lower=True).exact
    (True, 'the group')
    """
    words = text[start : start + win.GROUP_OPENING].split()[:win.GROUP_WORDS]
    first = words[0][:1].upper() + words[0][1:] if words and lower else words[0] if words else ""
    if first.lower() in _GROUP_NOUNS and first[:1].isupper() and first.endswith("s"):
        return Mention(start, start + len(first), words[0], "org", {"id": None, "name": words[0], "group": True})
    if not words or (first not in _GROUP_OPENERS and not (len(words) > 1 and words[1] == "of")):
        return None
    for k, w in enumerate(words[1:], 1):
        bare = w.rstrip(",")
        after = words[k + 1].rstrip(",") if k + 1 < len(words) else ""
        if (bare in _GROUP_NOUNS or bare in _KIND_PLURALS) and bare.islower() and not (bare == w and (
                after in _GROUP_NOUNS or after in _KIND_PLURALS)):  # "Five veterans associations" (qfix39)
            phrase = " ".join(words[: k + 1]).rstrip(",")
            return Mention(start, start + len(phrase), phrase, "org", {"id": None, "name": phrase, "group": True})
        if bare != w or not bare.replace("-", "").replace(".", "").isalpha():
            return None  # a comma or a figure before any group noun: not a group subject
    return None


_GROUP_ACTS = word_set(
    "carried chanted displayed waved shouted sang posted wrote wore raised unfurled hoisted demanded urged vowed "
    "denounced condemned"
)
# "In June, ", "On Friday, "
_FRONTED = re.compile(r"(?<![\w’'-])(?=[A-Z])[\w’'-]++(?:\s++[\w’'.-]++){0,4}?,\s++(?=[a-zA-Z])")


#: Words that open another clause between a group's verb and a quote (review16).
_SUBORDINATORS = word_set("as while when after before because where although though whereas until since")


_COUNT_OPENERS = word_set("About Around Nearly Roughly Almost Some Over Up")


def _modified_group(text: str, start: int) -> Mention | None:
    """Return the group a sentence opens with at ``start`` when a count or modifiers come before its plural noun
    ("About 30 protesters", "Some 200 union members", "Union members", "Anti-war activists"): an optional "About",
    "Some" ... then a figure, then at most three words of letters, the noun in lower case last; else None.

    >>> _modified_group("About 30 protesters rallied.", 0).exact, _modified_group("Union members chanted.", 0).exact
    ('About 30 protesters', 'Union members')
    >>> _modified_group("Jo Bell and members met.", 0), _modified_group("The talks, members said", 0)
    (None, None)
    """
    words = text[start : start + win.GROUP_OPENING].split()[: win.GROUP_MODIFIER_WORDS + 3]
    k = 1 if words and words[0] in _COUNT_OPENERS and len(words) > 1 and words[1][:1].isdigit() else 0
    if k < len(words) and words[k].replace(",", "").isdigit():
        k += 1
    for j in range(k, min(len(words), k + win.GROUP_MODIFIER_WORDS + 1)):
        w = words[j]
        if w in _GROUP_NOUNS and w.endswith("s") and j > 0:
            phrase = " ".join(words[: j + 1])
            return Mention(start, start + len(phrase), phrase, "org", {"id": None, "name": phrase, "group": True})
        if not w.replace("-", "").isalpha() or w.lower() in _NOT_MODIFIERS or (j > k and _verb_shaped(w)):
            return None  # "Kessel thanked union members": a subject and its verb, the group their object
    return None


def _verb_shaped(word: str) -> bool:
    """Return whether ``word``, after the first word of a group's phrase, reads as a verb, not a modifier: a lower-case
    word ending in "ed" or a single "s" ("thanked", "urges"), or a verb of saying ("told").

    >>> [_verb_shaped(w) for w in ("thanked", "urges", "told", "union", "press", "Torvian")]
    [True, True, True, False, False, False]
    """
    return word.islower() and ((word.endswith(("ed", "s")) and not word.endswith("ss"))
                               or _VERB_WORD.fullmatch(word) is not None)


_NOT_MODIFIERS = _DETERMINERS | _PREPOSITIONS | frozenset(["and", "or", "but"])
#: Participles (and "held") of a group's showing or voicing its words after another verb ("rallied near the base,
#: chanting “...”", "held placards that read “...”").
_VOICING = word_set("chanting shouting singing holding carrying waving displaying raising held")


def _voicing_after(text: str, start: int, end: int) -> bool:
    """Return whether a word of ``_VOICING`` stands between a group at ``start`` and its quote at ``end``.

    >>> t = "Protesters rallied, chanting slogans like "
    >>> _voicing_after(t, 10, len(t)), _voicing_after("Protesters rallied near ", 10, 24)
    (True, False)
    """
    hi = min(end, start + win.GROUP_ACT_REACH)
    return any(w.group().lower() in _VOICING for w in _WORD.finditer(text, start, hi))


def _group_acts(text: str, pl: _Place) -> _Who:
    """Return the group that opens the quote's sentence (or its clause after a short fronted phrase) when its verb
    shows or voices something ("Protesters carried signs reading “...”") or the quote is "their" words ("In June,
    the group held a forum to present their “...”"), else nobody: a group a verb acts on ("were furloughed") or
    that undergoes something says nothing.

    >>> t = 'Protesters carried signs reading "Troops out" outside.'
    >>> _group_acts(t, _Place(33, 44, 0, len(t), 0, 0, 0)).name
    'Protesters'
    """
    # bounded: a long run of quotes
    start = _NONSPACE.search(text, pl.sent_start, min(pl.qs, pl.sent_start + win.GROUP_FIRST_WORD))
    if start is None or not text[start.start()].isalpha():
        return _NOBODY  # a sentence opened by a quote mark or a figure opens with no group
    fronted = _FRONTED.match(text, start.start(), min(pl.qs, start.start() + win.FRONTED_GROUP))
    at = fronted.end() if fronted else start.start()
    group = _group_opening(text, at, lower=fronted is not None) or _modified_group(text, at)
    if group is None or group.end >= pl.qs:
        return _NOBODY
    verb = text[group.end : min(pl.qs, group.end + win.GROUP_VERB)].split()[:1]
    theirs = text[max(group.end, pl.qs - 7) : pl.qs] == " their "  # "to present their “research findings”"
    if not verb or (verb[0].lower().rstrip(",:") not in _GROUP_ACTS and not theirs
                    and not _voicing_after(text, group.end, pl.qs)):
        return _NOBODY
    if pl.qs - group.end > win.GROUP_ACT_REACH or any(w.lower() in _SUBORDINATORS for w in _WORD.findall(
            text, group.end, pl.qs)):
        return _NOBODY  # "Protesters waved flags as the motorcade passed the sign “...”": another clause's words
    return _Who("subject", None, group.start, group.end, name=_without_article(text[group.start : group.end]))


@lru_cache(maxsize=4)
def _group_openings(text: str) -> tuple[list[int], list[Mention]]:
    """Return the groups the sentences of ``text`` open with (modifiers before the noun too: "Union members",
    :func:`_modified_group`), and their starts: found once a text, at its first "they" before a speech verb, so that
    each "they" only bisects.

    >>> _group_openings("The protesters met. Police came.")[1][0].exact
    'The protesters'
    """
    starts = [0, *(m.end() for m in _SENTENCE_OPENING.finditer(text))]
    groups = [g for g in (_group_opening(text, st) or _modified_group(text, st) for st in starts) if g is not None]
    return [g.start for g in groups], groups


def _group_before(text: str, pos: int, floor: int) -> Mention | None:
    """Return the group the nearest sentence opening with one names, between ``floor`` and ``pos`` (what a "they"
    at ``pos`` points back to), else None.

    >>> t = 'The protesters gathered. Police came. "Go," they said.'
    >>> _group_before(t, t.index("they"), 0).exact
    'The protesters'
    """
    starts, groups = _group_openings(text)
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and groups[i].end > pos:
        i -= 1
    return groups[i] if i >= 0 and starts[i] >= max(floor, pos - win.GROUP_REACH) else None


#: Plural nouns of people (beyond the group nouns) a later "they" may point back to instead of an earlier group.
_OTHER_PLURALS = _GROUP_NOUNS | word_set(
    "officials reporters journalists diplomats negotiators envoys ministers leaders analysts experts sources police "
    "officers soldiers troops aides spokespeople people presidents governments ministries allies"
)


def _others_named(text: str, idx: _Index, group_end: int, they: int) -> bool:
    """Return whether a sentence after a group's own one, before a "they", opens (past a short fronted phrase) with
    other people as its subject: a plural noun of people ("Later, U.S. and Korean officials met") or two people
    named together ("Jo Bell and Ana Volk arrived"). The "they" may be theirs, so it does not certainly point back to
    the group; people named later in a sentence ("the house of Ambassador Jo Bell") are no such subject (review16).

    >>> t = "The workers rallied. Later, officials met reporters. They said"
    >>> _others_named(t, _Index([]), 11, t.index("They")), _others_named(t, _Index([]), 11, 20)
    (True, False)
    """
    for opening in _SENTENCE_OPENING.finditer(text, group_end, they):
        head = opening.end()
        fronted = _FRONTED.match(text, head, min(they, head + win.FRONTED_GROUP))
        head = fronted.end() if fronted else head
        words = text[head : min(they, head + win.SENTENCE_OPENING)].split()[:win.GROUP_WORDS]
        cut = next((k + 1 for k, w in enumerate(words) if w.endswith(",")), len(words))
        if any(w.strip(",.").lower() in _OTHER_PLURALS for w in words[:cut]):
            return True
        named = idx.ending_before(min(they, head + win.OTHERS_PEOPLE), head, 8)
        people = [m for m in named if m.kind == "person"][::-1]
        if len(people) > 1 and text[people[0].end : people[1].start].strip() == "and" and people[0].start < head + 4:
            return True
    return False


_GROUP_COUNTS = word_set("hundreds thousands dozens scores")
_GROUP_STOPS = _DETERMINERS | _PREPOSITIONS | _SUBORDINATORS | _AUXILIARIES | {"and", "or", "nor", "but"}


def _group_in_sentence(text: str, they: int, floor: int) -> Mention | None:
    """Return the group a "they" at ``they`` points back to in its own sentence: the last plural group noun before it
    with at most two modifiers ("and on Monday, student groups protested ... against what they said was"), else None.

    >>> t = "Rents rose, and angry residents marched to city hall, where they chanted"
    >>> _group_in_sentence(t, t.index("they"), 0).exact
    'angry residents'
    >>> _group_in_sentence("The talks broke down, and they said", 26, 0) is None
    True
    """
    lo = max(floor, they - win.THEY_SENTENCE)
    cut = last_match(_SENTENCE_OPENING, text, lo, they)
    lo = max(cut.end() if cut else lo, *(text.rfind(c, lo, they) + 1 for c in "\"“”"))  # not across a quote
    words = list(_WORD.finditer(text, lo, they))
    head = next((k for k in range(len(words) - 1, -1, -1) if words[k].group() in _GROUP_NOUNS
                 and words[k].group().endswith("s") and words[k].group() != "members"), None)  # fmt: skip
    if head is None:
        return None
    first = head
    while first > 0 and head - first < 2 and _group_modifier(words[first - 1].group()):
        first -= 1
    if first > 1 and words[first - 1].group() == "of" and words[first - 2].group().lower() in _GROUP_COUNTS:
        first -= 2  # "hundreds of farmers"
    if first > 0 and words[first - 1].group().lower() in {"the", "these", "those"}:
        first -= 1
    phrase = text[words[first].start() : words[head].end()]
    if any(c in phrase for c in ",;:\"“”"):
        return None
    return Mention(words[first].start(), words[head].end(), phrase, "org", {"id": None, "name": phrase, "group": True})


def _group_modifier(word: str) -> bool:
    """Return whether ``word`` may modify a group noun before it ("student", "angry", "progressive"): a lower-case
    word that is no determiner, preposition, conjunction or auxiliary and no past form ("arrested protesters").

    >>> _group_modifier("student"), _group_modifier("and"), _group_modifier("arrested"), _group_modifier("Monday")
    (True, False, False, False)
    """
    return word.isalpha() and word.islower() and word not in _GROUP_STOPS and not word.endswith("ed")


def _they_group(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return "they" right before a speech verb, pointing back to the group a sentence opened with ("Hundreds of
    union members rallied. “...,” they chanted") or, with no such group, to the two people last named together ("Jo
    Bell and Al Roe met. “...,” they said"); else nobody (a "they" with neither named stays unattributed).

    >>> t = 'The protesters gathered. "Go home," they shouted.'
    >>> w = _they_group(t, _Index([]), t.index("shouted"), 35, 0); (t[w.start : w.end], w.antecedent.exact)
    ('they', 'The protesters')
    """
    if text.find("hey", max(floor, verb_start - win.PRONOUN_BACK), verb_start) < 0:
        return _NOBODY
    p = _THEY_BEFORE.search(text, max(floor, verb_start - win.PRONOUN_BACK), verb_start)
    if p is None:
        return _NOBODY
    group = _group_in_sentence(text, p.start(), back)
    if group is not None:
        return _Who("pronoun", None, p.start("p"), p.end("p"), antecedent=group)  # groups ... what they said
    group = _group_before(text, p.start(), back)
    if group is not None and _others_named(text, idx, group.end, p.start()):
        group = None  # "The workers were furloughed. Officials met reporters. “...,” they said": not the workers
    if group is None:
        people = [m for m in idx.ending_before(p.start(), back, win.ASIDE_WORDS * 4) if m.kind == "person"][::-1]
        pair = _pair_before(text, people, [m.start for m in people], p.start(), back) if len(people) > 1 else None
        if pair is not None:
            return _Who("descriptor", pair[0], p.start("p"), p.end("p"), pair[0],
                        name=f"{speaker_name(pair[0])} and {speaker_name(pair[1])}")
        group = _people_who_spoke(text, p.start(), back)
    return _Who("pronoun", None, p.start("p"), p.end("p"), antecedent=group) if group else _NOBODY


def _own_quote_start(text: str, they: int, back: int) -> int:
    """Return where the quote that closes right before a "they" opens ('“...,” they said'), else ``they``: its own
    words, however long, hold no verb of the people who spoke before.

    >>> t = '“No,” the aides said. “It will fail,” they said.'
    >>> _own_quote_start(t, t.index("they"), 0), _own_quote_start("It rained, they said", 11, 0)
    (22, 11)
    """
    close = back + len(text[back:they].rstrip(" ,"))
    if close <= back or text[close - 1] not in "\"”":
        return they
    opening = max(text.rfind("“", back, close - 1), text.rfind('"', back, close - 1))
    return opening if opening >= 0 else they


def _people_who_spoke(text: str, they: int, back: int) -> Mention | None:
    """Return the unnamed people who are the subject of the last speech verb before a "they" ('“...,” officials
    said. ¶ “...,” they added': the officials), as a group; else None.

    >>> t = '"No," South Korean officials said. "Wait," they added.'
    >>> _people_who_spoke(t, t.index("they"), 0).exact
    'South Korean officials'
    >>> _people_who_spoke('"No," Jo Bell said. "Wait," they added.', 28, 0) is None
    True
    """
    hi = _own_quote_start(text, they, back)  # not the quote's own words: the people who spoke before it
    verb = last_match(_VERB_WORD, text, max(back, hi - win.THEY_SPOKE_REACH), hi)
    if verb is None:
        return None
    bare = _bare_people(text, verb.start(), max(back, verb.start() - win.BARE_PEOPLE_BACK))
    if not bare.found:
        bare = _definite_people(text, verb.start(), max(back, verb.start() - win.BARE_PEOPLE_BACK))  # "the senators"
    people = bare if bare.found else _inverted_people(text, verb.end(), they)
    if people is None:
        return None
    phrase = text[people.start : people.end]
    return Mention(people.start, people.end, phrase, "org", {"id": None, "name": phrase, "group": True})


def _inverted_people(text: str, verb_end: int, limit: int) -> _Who | None:
    """Return unnamed people right after a speech verb ('“...,” said officials'), else None."""
    pos = verb_end + 1
    n = _people_words(text[pos : min(limit, pos + win.INVERTED_PEOPLE)].split())
    if n == 0 or text[verb_end : pos] != " ":
        return None
    phrase = " ".join(text[pos : min(limit, pos + win.INVERTED_PEOPLE)].split()[:n]).rstrip(",.")
    return _Who("descriptor", None, pos, pos + len(phrase))


# An aside between an unnamed speaker and the verb that says only how the person spoke ("An embassy official,
# speaking anonymously, said"): the subject is read before it
_ANONYMOUS_ASIDE = re.compile(r",\s(?:speaking|talking)\s(?:anonymously|privately|on\sbackground|on\s(?:the\s)?"
                              r"condition\sof\sanonymity),\s")


def _before_anonymous_aside(text: str, verb_start: int, floor: int) -> int:
    """Return where an aside of how the speaker spoke opens right before a speech verb (", speaking anonymously, "),
    else ``verb_start``.

    >>> t = "An aide, speaking anonymously, said"
    >>> _before_anonymous_aside(t, t.index("said"), 0), _before_anonymous_aside("An aide, 45, said", 13, 0)
    (7, 13)
    """
    comma = text.rfind(",", max(floor, verb_start - win.SUBJECT_NEAR), max(floor, verb_start - 2))
    return comma if comma >= 0 and _ANONYMOUS_ASIDE.fullmatch(text, comma, verb_start) else verb_start


def _subject_before(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return the subject just before a speech verb: an outlet before its describing appositive (fix50s,
    :func:`_outlet_apposed`: "The Hanul Times, the city's main daily, said"), else :func:`_subject_before_verb`'s.

    >>> t = "The Hanul Times, the city's main daily, said"; _subject_before(t, _Index([]), t.index("said"), 0, 0).name
    'Hanul Times'
    """
    outlet = _outlet_apposed(text, floor, verb_start)
    outlet = outlet if outlet.found else _outlet_possessed(text, idx, floor, verb_start)  # fix51s
    outlet = outlet if outlet.found else _outlet_after_owned(text, floor, verb_start)  # fix51s
    outlet = outlet if outlet.found else _owned_body_subject(text, idx, verb_start, floor, back)  # fix51s4
    return outlet if outlet.found else _subject_before_verb(text, idx, verb_start, floor, back)


# fix51s4: a body named at its sentence's opening, then an appositive of a place's possessive and a body's noun phrase,
# then the verb ("The ministry, Seoul's lead agency on the talks, said"; "Yonhap, South Korea's largest news agency,
# said"): the body speaks, not its description, and a later "It" is that body, never the place inside the aside
_OWNED_ASIDE_WORDS = 6  # words after the possessive
_OWNED_SUBJECT_WORDS = 5  # words of the body's name or phrase before the appositive
_ASIDE_BODY_HEADS = _BODY_NOUNS | _OUTLET_NOUNS | word_set("agency media website mouthpiece")
_ASIDE_HEAD_STOPS = word_set("of on for in at to with from over about")


def _owned_body_aside(text: str, owner: Mention | None, comma: int, hi: int) -> int:
    """Return where the word after an appositive opening at ``comma`` starts, when the appositive is the place
    ``owner``'s possessive and a body's noun phrase (", Seoul's lead agency on the talks, "; ", the North's state
    media, ") closed by a comma before ``hi``; else -1.

    >>> t = "The ministry, Seoul's lead agency on the talks, said it."
    >>> seoul = Mention(14, 19, "Seoul", "place", {})
    >>> t[_owned_body_aside(t, seoul, 12, len(t)) :]
    'said it.'
    >>> t = "The ministry, Seoul's chief negotiator, said it."  # no body's noun: a person
    >>> _owned_body_aside(t, seoul, 12, len(t)), _owned_body_aside(t, Mention(14, 19, "Seoul", "person", {}), 12, 30)
    (-1, -1)
    """
    if owner is None or owner.kind != "place" or text[comma : comma + 1] != ",":
        return -1
    close = text.find(",", owner.end, min(hi, comma + win.OWNED_ASIDE_CHARS))
    if close < 0 or text[comma + 1 : owner.start].strip().lower() not in {"", "the"} or \
            not text.startswith(("'s ", "’s "), owner.end):
        return -1
    words = text[owner.end + 3 : close].split()
    if not 0 < len(words) <= _OWNED_ASIDE_WORDS or not all(w.replace("-", "").isalpha() for w in words):
        return -1
    heads = list(itertools.takewhile(lambda w: w.lower() not in _ASIDE_HEAD_STOPS, words))
    after = _NONSPACE.search(text, close + 1, hi)
    return after.start() if heads and heads[-1].lower() in _ASIDE_BODY_HEADS and after is not None else -1


def _owned_body_opening(text: str, start: int, owner: Mention | None, hi: int) -> tuple[int, int, int] | None:
    """Return (start, end, verb) of the body that opens the sentence at ``start``, its appositive of ``owner``'s
    possessive (:func:`_owned_body_aside`) and the verb-like word after it before ``hi``: a name of capitalised words
    ("Yonhap", "The Rodong Sinmun") or "the" and a body's noun ("The ministry"); else None.

    >>> t = "The Rodong Sinmun, the North's main newspaper, called it “vile.”"
    >>> s, e, v = _owned_body_opening(t, 0, Mention(19, 28, "the North", "place", {}), len(t)); t[s:e], t[v:v + 6]
    ('The Rodong Sinmun', 'called')
    >>> t = "It rained, the North's main newspaper, said it."
    >>> _owned_body_opening(t, 0, Mention(11, 20, "the North", "place", {}), len(t)) is None
    True
    """
    comma = text.find(",", start, start + win.LAST_SENTENCE_BACK)
    words = text[start:comma].split() if comma > start else []
    if not 0 < len(words) <= _OWNED_SUBJECT_WORDS or (verb := _owned_body_aside(text, owner, comma, hi)) < 0:
        return None
    if not _verb_like(text[verb:hi].split(maxsplit=1)[0]):
        return None
    rest = words[1:] if words[0] in {"The", "the"} else words
    proper = bool(rest) and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest)
    body = len(words) > 1 and words[0] in {"The", "the"} and words[-1].lower() in _BODY_NOUNS | _OUTLET_NOUNS
    return (start + len(text[start:comma]) - len(text[start:comma].lstrip()), comma, verb) if proper or body else None


def _owned_body_subject(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return the body that opens the sentence of the verb at ``verb_start`` before an appositive of a place's
    possessive (:func:`_owned_body_opening`): its mention, or its name's words, or "the" and its noun read as right
    before a verb (:func:`_org_reference`: the body named earlier), else nobody.

    >>> t = "Yonhap, South Korea's largest news agency, said it."
    >>> ms = [Mention(0, 6, "Yonhap", "org", {}), Mention(8, 19, "South Korea", "place", {})]
    >>> _owned_body_subject(t, _Index(ms), t.index("said"), 0, 0).mention.exact
    'Yonhap'
    >>> t = "The ministry, Seoul's lead agency on the talks, said it."
    >>> w = _owned_body_subject(t, _Index([Mention(14, 19, "Seoul", "place", {})]), t.index("said"), 0, 0)
    >>> w.attribution, t[w.start : w.end]
    ('descriptor', 'The ministry')
    """
    sent = _last_sentence_start(text, max(floor, text.rfind("\n", floor, verb_start) + 1), verb_start)
    comma = text.find(",", sent, verb_start)
    owner = next(iter(idx.first_between(comma, verb_start)), None) if comma >= 0 else None
    found = _owned_body_opening(text, sent, owner, verb_start + win.VERB_WORD)
    if found is None or found[2] != verb_start:
        return _NOBODY
    s, e, _ = found
    m = idx.starting_at(s, s + len("The "))
    if m is not None and m.end == e and _is_speaker(m):
        return _named(m)
    name = _without_article(text[s:e])
    if name[:1].isupper():
        return _Who("descriptor", None, s, e, name=name)  # "The Lotus Herald, Beijing's official newspaper, said"
    who = _org_reference(text, idx, e, floor, back)  # "The ministry, Seoul's lead agency, said": as "The ministry said"
    place = owner.value.get("country") if owner is not None else None
    theirs = (who.mention.value.get("country") if who.mention is not None else None) or place
    return who if who.found and theirs == place else _Who("descriptor", None, s, e)  # mend51s4:
    # not "The agency, Seoul's lead office, said" after a sentence about the Pentagon (a body of another country)


def _subject_before_verb(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return the subject just before a speech verb (or its aside: _before_anonymous_aside): "Bo", "he", "it"."""
    verb_word = text[verb_start : verb_start + win.VERB_WORD]
    target = verb_start = _before_anonymous_aside(text, verb_start, floor)
    participle = (verb_word.split() or [""])[0].lower().endswith("ing")  # "": the text's end
    near = idx.ending_before(verb_start, max(floor, verb_start - win.SUBJECT_NEAR), most=6)
    if not participle and (owner := _words_owner_before(text, near, verb_start + win.OWNER_PAST_VERB)) is not None:
        return _named(owner)  # "Jo Bell's letter to the committee called it": Jo Bell's words, not the committee's
    people = _NOBODY if participle else _bare_people(text, verb_start, floor)  # "Lawmakers from the ruling party
    if _body_for_people(text, people) or (people.found and text.find(" from ", people.start, people.end) >= 0 and (
            text.find(" from ", max(floor, verb_start - win.FROM_BACK), verb_start) >= 0)):
        return people  # called": not the party; "The union representing base workers called": the union (speak54)
    clause = _before_relative(text, floor, verb_start)  # "one lawmaker who sits on the X Committee said": not X
    for m in idx.ending_before(verb_start, max(floor, verb_start - win.SUBJECT_BACK)):
        if m.end > target or _subject_aside(text, m.start, floor) or _ends_a_name(m) or m.start > clause > floor or (
                _modifier_in_appositive(text, m)):  # "Bo, a close Trump ally, told": a modifier in the appositive
            continue  # "Bo, who met Jo Bell on Friday, said", "The ministry, led by Jo Bell, said": Jo Bell is aside
        if _document_object(text, m.start, floor):
            break  # "The letter to Sen. Jo Bell said": its addressee (or topic) is no speaker; the document is
        if _FILLER.fullmatch(text, m.end, target) and (topic := _talks_object(text, m.start, floor)) >= 0:
            target = topic  # "the negotiator in talks with the United States said": the talks' party is no speaker
            continue
        gap_ok = (
            bool(_FILLER.fullmatch(text, m.end, target))
            or (m.kind == "person" and _member_gap(text, m.end, target))  # "Rep. Bo of the ruling party said"
            or _appositive_gap(text, m.end, target)
            or _appositive_gap(text, m.end, verb_start)  # "Kim, 45, a worker at Camp Bo, said": past the place
            or _postmodifier_gap(text, m.end, target)
            or bool(_OF_PROPER.fullmatch(text, m.end, target))
            or bool(_ACRONYM.fullmatch(text, m.end, target))  # "the Foo Agency (FA) said"
            or (text[m.start - 1 : m.start] == "(" and text[m.end : target].strip() == ")")  # "(FA) said": FA itself
        )
        if _is_speaker(m) and gap_ok and not participle:  # "..., calling it": the clause's subject, not this
            m = _member_of(text, idx, m, floor) or m  # "Jo Bell of the State Department said": the person
            who = _joint(text, idx, _named(_appositive_head(text, idx, m, verb_start, floor)))  # "Bo, who chairs X,
            return _joint(text, idx, _appositive_holder(text, idx, who, verb_start, floor))  # said": Bo; qfix42 pairs
        prep = _place_preposition(text, floor, m.start)
        if gap_ok and not _is_speaker(m) and prep >= 0:
            target = prep  # "the Foreign Ministry in Seoul said": past the place to the ministry
            continue
        if _is_speaker(m) and not _appositive_gap(text, m.end, target):
            head = _appositive_head(text, idx, m, verb_start, floor)  # "Bo, Al Roe's adviser, said": Bo
            if head is not m and not participle:
                return _named(head)
            break  # a place or a modifier ("the U.S." in "Jo Bell, the U.S. envoy, said") does not stop the search
    if p := _PRONOUN_BEFORE.search(text, max(floor, verb_start - win.PRONOUN_BACK), verb_start):
        return _Who("pronoun", None, p.start("p"), p.end("p"))
    target = min(target, clause) if clause > floor else target  # "a former envoy who took part in X said": the envoy
    if (they := _they_group(text, idx, verb_start, floor, back)).found:
        return they  # '"...," they shouted': the group named before
    if (rel := _relative_subject(text, idx, verb_start, floor)).found:
        return rel
    who = _body_before(text, idx, target, floor, back)
    if who.found:
        return _appositive_holder(text, idx, who, target, floor)
    if clause > floor:
        return _indefinite_named(text, _unnamed_person(text, target, floor))
    who = _with_place(text, _unnamed_person(text, target, floor), target, verb_start)
    who = who if who.found else _postmodified_phrase(text, floor, verb_start)
    return who if who.found else _document_or_holder(text, idx, floor, verb_start)  # "The commentary said:"


def _subject_aside(text: str, start: int, floor: int) -> bool:
    """Return whether the mention at ``start`` stands inside an aside on the subject before it (:func:`_inside_aside`),
    unless it opens a clause of ", where" as that clause's own subject ("Bo and Al met the press on Monday, where Al
    called the deal “fair”": Al speaks, not the pair before; speak52).

    >>> t = "Bo and Al met on Monday, where Al called it fair. Bo went to Oslo, where Gen. Jo Lee said"
    >>> [_subject_aside(t, t.index(w), 0) for w in ("Al called", "Jo Lee")]
    [False, False]
    >>> t = "Bo, who met Al, said"; _subject_aside(t, t.index("Al"), 0)
    True
    """
    return _inside_aside(text, start, floor) and not _where_subject(text, start)


def _where_subject(text: str, start: int) -> bool:
    """Return whether the mention at ``start`` opens a clause of ", where", past at most three capitalised words.

    >>> t = "Bo went to Oslo, where Gen. Jo Lee said. Bo and Al met"
    >>> [_where_subject(t, t.index(w)) for w in ("Jo Lee", "Oslo", "Al met")]
    [True, False, False]
    """
    pos = start
    for _ in range(_WHERE_TITLE_WORDS + 1):  # back over capitalised words: "where Gen. Jo Lee", "where U.S. Envoy Al"
        if text.startswith(", where ", pos - len(", where ")):
            return True
        cut = text.rfind(" ", max(0, pos - win.NEXT_WORD_CHARS), max(0, pos - 1))
        if cut < 0 or not text[cut + 1 : pos][:1].isupper():
            return False
        pos = cut + 1
    return False


_WHERE_TITLE_WORDS = 3  # title words between ", where" and a name


# fix50s: an outlet named by "the" and capitalised words, then an appositive that describes it as an outlet ("The
# Hanul Times, the city's main daily, said"): the outlet speaks, not its description
_OUTLET_APPOSED_BACK = 120


def _outlet_apposed(text: str, floor: int, verb_start: int) -> _Who:
    """Return the outlet named right before an appositive that ends on an outlet's noun (_OUTLET_NOUNS, "agency") and
    stands right before a speech verb ("The Hanul Times, the city's main daily, said"), else nobody.

    >>> t = "The Hanul Times, the city's main daily, said"
    >>> _outlet_apposed(t, 0, t.index("said")).name
    'Hanul Times'
    >>> t = "The Hanul Times, the city's main daily, and Jo Bell said"
    >>> _outlet_apposed(t, 0, t.index("said")).found, _outlet_apposed("Jo Bell, a daily, said", 0, 17).found
    (False, False)
    """
    lo = max(floor, verb_start - _OUTLET_APPOSED_BACK)
    head = text[lo:verb_start].rstrip()
    if not head.endswith(","):
        return _NOBODY
    first = head.rfind(",", 0, len(head) - 1)
    desc = head[first + 1 : -1].split() if first >= 0 else []
    if len(desc) < 2 or desc[0].lower() not in _LABEL_ARTICLES or desc[-1].lower() not in _OUTLET_NOUNS | {"agency"}:
        return _NOBODY
    words = head[:first].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() != "the":
        k -= 1
    if k == len(words) or k == 0 or words[k - 1].lower() != "the" or len(words) - k > 5:
        return _NOBODY
    name = " ".join(words[k:])
    start = text.rfind(name, lo, lo + first)
    before = text[lo : max(lo, start - 4)]
    if start < 0 or (before.strip() and not before.rstrip(" \t").endswith((",", ".", "\n", "\u201d", '"'))):
        return _NOBODY  # "met the Hanul Times, a daily, said": "the" must open its clause
    return _Who("descriptor", None, start, start + len(name), name=name)


# fix51s: an outlet named after a place's possessive ("Tamsk's Uribora website said", "Hanul's state broadcaster Kavo
# TV said", "Tamsk's official Korvo news agency reported"): the outlet speaks, not the place or the whole phrase
_POSSESSED_KIND_WORDS = 3  # lower-case words between the owner and the name ("official", "state-run", "propaganda")
_POSSESSED_NAME_WORDS = 5
_POSSESSED_MEDIA = frozenset(MEDIA_NOUNS) | word_set("broadcaster network channel television")


def _outlet_possessed(text: str, idx: _Index, floor: int, verb_start: int) -> _Who:
    """Return the outlet named right before a speech verb after a capitalised owner's possessive opening the clause
    (_owner_opens), when the text says it is an outlet: a medium noun after its capitalised name ("website",
    "newspaper", "news agency") or before it ("state broadcaster"), or a newspaper's last word ending a name no
    person's title stands before ("Times", "Daily"); else nobody.

    >>> t = "Tamsk's Uribora website said"
    >>> _outlet_possessed(t, _Index([]), 0, t.index("said")).name
    'Uribora'
    >>> t = "Hanul's state broadcaster Kavo TV said"
    >>> _outlet_possessed(t, _Index([]), 0, t.index("said")).name
    'Kavo TV'
    >>> [_outlet_possessed(t, _Index([]), 0, t.index("said")).found for t in ("Hanul's leader Bo Tamsin said",
    ...  "Tamsk's envoy said", "Jo Bell's campaign website said", "An editor at Tamsk's Korvo Daily said",
    ...  "Hanul's ambassador Harry Post said")]
    [False, False, False, False, False]
    """
    par = text.rfind("\n\n", floor, verb_start)
    par = par + 2 if par >= 0 else floor  # a paragraph opens a clause too
    lo = max(floor, verb_start - win.POSSESSED_BACK, par)
    words = text[lo:verb_start].split()
    tail = 2 if [w.lower() for w in words[-2:]] == ["news", "agency"] else int(bool(words) and words[-1] in MEDIA_NOUNS)
    k = end = len(words) - tail
    while k > 0 and end - k < _POSSESSED_NAME_WORDS and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1  # the outlet's capitalised name ("Uribora", "Kavo TV"), the possessive not in it
    j = k
    while j > 0 and k - j < _POSSESSED_KIND_WORDS and words[j - 1].islower() and words[j - 1].replace(
            "-", "").isalpha():
        j -= 1  # the outlet's kind ("official", "state-run", "state broadcaster")
    if k == end or j == 0 or not words[j - 1].endswith(_POSSESSIVE_S) or not words[j - 1][:1].isupper():
        return _NOBODY
    if not (_owner_opens(words, j - 1, lo in (floor, par)) or _place_owner_opens(words, j - 1, lo in (floor, par))):
        return _NOBODY  # "An editor at Tamsk's Korvo Daily said": the editor speaks, the owner opens no clause
    titled = words[k] in TITLES or (j < k and (words[k - 1] in ROLE_NOUNS or words[k - 1].title() in TITLES))
    if not (tail or _POSSESSED_MEDIA & set(words[j:k]) or (words[end - 1] in _NEWS_HEADS and not titled)):
        return _NOBODY  # "Hanul's leader Bo Tamsin said", "Hanul's ambassador Harry Post said": a person's
    name = " ".join(words[k:end])
    start = text.rfind(name, lo, verb_start)
    for m in idx.ending_before(start + len(name) + 1, start):
        if m.start == start and m.end == start + len(name) and m.kind == "org":
            return _named(m)  # "Seoul's Yonhap news agency said": the agency the gazetteer knows
    return _Who("descriptor", None, start, start + len(name), name=name) if start >= 0 else _NOBODY


def _place_owner_opens(words: list[str], owner: int, at_floor: bool) -> bool:
    """Return whether the possessive ``words[owner]`` ends a two-word name of a country or capital (fix51s7:
    countries.PLACES, "North Tamsk's" when the table holds it) whose first word opens the clause (_owner_opens):
    "North Korea's state broadcaster KRT said", as "Tamsk's state broadcaster KRT said".

    >>> [_place_owner_opens(t.split(), t.split().index("Korea's"), True) for t in ("North Korea's Uri website",
    ...  "The South Korea's paper", "An editor at North Korea's Uri website", "Tamsk Korea's Uri website")]
    [True, True, False, False]
    """
    first = words[owner - 1] if owner > 0 else ""
    return (first.isalpha() and first[:1].isupper() and f"{first} {words[owner][:-2]}".upper() in PLACES
            and _owner_opens(words, owner - 1, at_floor))



def _owner_opens(words: list[str], owner: int, at_floor: bool) -> bool:
    """Return whether the owner's possessive ``words[owner]`` opens the clause: first of the words read from the
    clause's floor (``at_floor``), after "The", or after a sentence's or a quote's end.

    >>> [_owner_opens(t.split(), t.split().index("Tamsk's"), True) for t in ("Tamsk's Korvo Daily",
    ...  "The Tamsk's paper", "dead,\u201d Tamsk's paper", "An editor at Tamsk's Korvo Daily")]
    [True, True, True, False]
    """
    return (owner == 0 and at_floor) or (owner == 1 and words[0] == "The") or (
        owner > 0 and words[owner - 1].endswith((".", "\u201d", '"')))


def _outlet_after_owned(text: str, floor: int, verb_start: int) -> _Who:
    """Return the outlet an appositive names right before a speech verb after an owner's outlet noun opening the
    clause ("Tamsk's main newspaper, the Korvo Daily, said", "Hanul's official news agency, Dongmun, said"): the
    outlet by its name, not its description; else nobody.

    >>> t = "Tamsk's main newspaper, the Korvo Daily, said"
    >>> _outlet_after_owned(t, 0, t.index("said")).name
    'Korvo Daily'
    >>> [_outlet_after_owned(t, 0, t.index("said")).found for t in ("Tamsk's envoy, Jo Bell, said",
    ...  "He read Tamsk's main newspaper, the Korvo Daily, said", "Tamsk's main newspaper, the daily, said")]
    [False, False, False]
    """
    lo = max(floor, verb_start - win.POSSESSED_BACK)
    head = text[lo:verb_start].rstrip()
    first = head.rfind(",", 0, len(head) - 1)
    if not head.endswith(",") or first < 0:
        return _NOBODY
    name = head[first + 1 : -1].split()
    name = name[1:] if name[:1] == ["the"] else name
    desc = head[:first].split()
    if not name or len(name) > _POSSESSED_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in name):
        return _NOBODY
    noun = 2 if [w.lower() for w in desc[-2:]] == ["news", "agency"] else 1 if desc[-1:] and desc[-1] in (
        _POSSESSED_MEDIA) else 0
    owner = next((k for k in range(len(desc) - noun - 1, max(-1, len(desc) - noun - 2 - _POSSESSED_KIND_WORDS), -1)
                  if desc[k].endswith(_POSSESSIVE_S)), None)
    if not noun or owner is None or not all(w.islower() for w in desc[owner + 1 : len(desc) - noun]):
        return _NOBODY
    if not _owner_opens(desc, owner, lo == floor):
        return _NOBODY  # "He read Tamsk's main newspaper, the Korvo Daily, said": the description opens no clause
    joined = " ".join(name)
    start = text.rfind(joined, lo + first, verb_start)
    return _Who("descriptor", None, start, start + len(joined), name=joined) if start >= 0 else _NOBODY



# a person's body after "of"/"from"/"at" and "the", in lower case or capitalised words, before the verb ("Rep. Jo Bell
# of the ruling party said", "Jo Bell of the opposition Foo Party said"): the body's member speaks (probeq40)
_MEMBER_GAP = re.compile(r"(?<!\s)\s++(?:of|from|at)\s++the\s++(?P<words>(?:[\w.'’&-]++\s++){1,5}+)")


def _member_gap(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]``, between a person's name and its verb, is the body the person belongs to
    ("of the ruling party", "of the ruling Democratic Party"): a few words, no verb, the last a body's noun or
    capitalised.

    >>> t = "Rep. Jo Bell of the ruling party said"
    >>> _member_gap(t, 12, t.index("said")), _member_gap("Jo Bell of the talks that ended said", 7, 32)
    (True, False)

    The body may close an appositive or open an aside of its own ("One of them, Rep. Jo Bell of the ruling party,
    told", "Jo Bell of the Foo Party, who voted no, said"; qfix44):

    >>> t = "Jo Bell of the Foo Party, who voted no, said"
    >>> _member_gap(t, 7, t.index("said")), _member_gap("Jo Bell of the party. Al Roe said", 7, 28)
    (True, False)
    """
    gap = _MEMBER_GAP.fullmatch(text, start, end)
    comma = text.find(",", start, end)
    if gap is None and comma > start and (text[comma:end].strip() == "," or _appositive_gap(text, comma, end)):
        gap = _MEMBER_GAP.fullmatch(text[:comma] + " ", start)  # the body before the comma, read as before a verb
    if gap is None:
        return False
    words = gap.group("words").split()
    if any(_VERB_WORD.fullmatch(w) or w.lower() in _NOT_OFFICE_WORDS for w in words):
        return False
    return words[-1].lower() in _BODY_NOUNS or words[-1][:1].isupper()


# a party to talks right after a noun of talks and its preposition ("talks with", "negotiations between the"): the
# object of the talks, not the subject of the verb after them (probeq40); a co-host of a (joint) news conference or
# briefing likewise ("Bo, at a joint news conference with Al, said": Bo; speak52)
_TALKS_WITH = re.compile(
    r"\b(?:(?P<prep>in|at|for|of)\s++(?:[\w'’-]++\s++){0,3}?)?(?P<noun>talks|negotiations|dealings|consultations|relations|ties|dispute|deal|agreement|alliance|conference|briefing)\s++"
    r"(?:with|between|against|toward|towards|over)\s++(?:the\s++)?+\Z"
)


def _talks_object(text: str, start: int, floor: int) -> int:
    """Return where the phrase of talks starts (its preposition, else its noun) when the mention at ``start`` is the
    talks' party ("the chief negotiator in cost talks with the United States said": the United States), else -1.

    >>> t = "the chief negotiator in cost talks with the United States said"
    >>> _talks_object(t, t.index("the United"), 0) == t.index("in cost"), _talks_object(t, 0, 0)
    (True, -1)
    """
    m = _TALKS_WITH.search(text, max(floor, start - win.TALKS_PHRASE_BACK), start)
    return -1 if m is None else m.start("prep") if m.group("prep") else m.start("noun")


def _place_preposition(text: str, floor: int, place_start: int) -> int:
    """Return where the preposition before a place at ``place_start`` starts, a place that stands after a speaker's
    name ("the Foreign Ministry in Seoul said") or an envoy's post ("the U.S. ambassador to Seoul said"), else -1.

    >>> t = "the ministry in Seoul said"; _place_preposition(t, 0, t.index("Seoul")) == t.index(" in ") + 1
    True
    >>> t = "the U.S. ambassador to Seoul said"; _place_preposition(t, 0, t.index("Seoul")) == t.index(" to ") + 1
    True
    >>> t = "the talks next to Seoul"; _place_preposition(t, 0, t.index("Seoul"))
    -1
    """
    prep = _PREP_BEFORE.search(text, max(floor, place_start - 8), place_start)
    if prep:
        return prep.start()
    back = max(floor, place_start - win.ENVOY_TO_BACK)
    post = _ENVOY_TO.search(text, back, place_start)
    if post is None or _AN_ENVOY.search(text, back, post.start()):
        return -1  # "A former U.S. ambassador to Seoul said": an indefinite envoy is described with the post
    return post.start("to")


# An envoy's post before a place ("the ambassador to Seoul", "envoys to the U.N."): the place is no speaker.
_ENVOY_TO = re.compile(r"\b(?:ambassadors?|envoys?|representatives?)\s++(?P<to>to)\s++(?:the\s++)?+\Z")
# An indefinite article before an envoy's office ("a former U.S. ambassador to Seoul"): the phrase with the post speaks.
_AN_ENVOY = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s")


def _body_before(text: str, idx: _Index, target: int, floor: int, back: int) -> _Who:
    """Return the body, a document's owner or the people named before a speech verb at ``target`` (a document's
    issuer, an untagged organisation, "the union's members", "Lawmakers from X"), never a document's addressee or
    topic ("A report about the Defense Ministry said": the report's, :func:`_document_object`).

    >>> t = "The Hanul Institute said"
    >>> _body_before(t, _Index([]), t.index("said"), 0, 0).name
    'Hanul Institute'
    >>> t = "A report about the Hanul Institute said"
    >>> _body_before(t, _Index([]), t.index("said"), 0, 0).found
    False
    """
    who = _owned_document(text, idx, target, floor, back)  # "the ministry in Seoul said": from before the place
    if not who.found:
        who = _proper_org(text, target, floor)
    if not who.found:
        who = _office_or_holder(text, idx, target, floor)  # "the US President said": its holder, else the office
    if not who.found:
        who = _owners_people(text, idx, target, floor, back)
    if not who.found:
        who = _org_people(text, idx, _bare_people(text, target, floor), floor)
    return _NOBODY if who.found and _document_object(text, who.start, floor) else who


def _office_or_holder(text: str, idx: _Index, verb_start: int, floor: int) -> _Who:
    """Return the holder named before of a capitalised office held by one person right before a speech verb ("the
    Torvian President said" after "Torvian President Oskel Tamm"), when the office fits them (:func:`_definite_holder`,
    :func:`_capitals_fit`); else the office by its own name ("the US President said" after South Korea's president:
    "US President"), as an organisation's name is read (review81: not another person, not nobody); else nobody.

    >>> t = "Jo Bell, the president of the Hanul Union, spoke. The US President said"
    >>> _office_or_holder(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), t.index(" said"), 0).name
    'US President'
    """
    office = _proper_org(text, verb_start, floor, office=True)
    if not office.found:
        return office
    held = _definite_holder(text, idx, floor, verb_start)
    return held if held.antecedent is not None else office


def _document_or_holder(text: str, idx: _Index, floor: int, verb_start: int) -> _Who:
    """Return the document before a speech verb (:func:`_document_before`), else a pair (:func:`_both_before`), else
    the person named before whom a definite role with modifiers there refers back to (:func:`_definite_holder`)."""
    who = _signed_writing(text, idx, _document_before(text, floor, verb_start))
    who = who if who.found else _both_before(text, floor, verb_start)
    return who if who.found else _definite_holder(text, idx, floor, verb_start)


def _signed_writing(text: str, idx: _Index, who: _Who) -> _Who:
    """Return the signer of the writing ``who`` names ("the letter said") when the sentence that introduced it names
    one behind the outlet that obtained it (:func:`_obtained_issuer`, real52m), at the writing's words; else ``who``.

    >>> t = 'In a memo obtained by the Foo Times, Jo Bell told staff. "Go," the letter said.'
    >>> _signed_writing(t, _Index([]), _Who("descriptor", None, 61, 71, name="letter")).name
    'letter'
    """
    if not who.found or who.mention is not None or who.name not in _WRITINGS:
        return who
    at = text.rfind(who.name, max(0, who.start - win.ISSUER_NEAR * 2), who.start)
    signer = _obtained_issuer(text, idx, who.name, 0, at) if at >= 0 else _NOBODY
    return replace(signer, start=who.start, end=who.end) if signer.found else who


def _stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """Return ``len(text[:end].rstrip(chars))`` without copying ``text[:end]`` (a copy of the text's start for each
    call made the quote finder quadratic on a long text).

    >>> _stripped_end("ab , \\n", 6), _stripped_end("ab , ", 5, " ,"), _stripped_end("  ", 2)
    (4, 2, 0)
    """
    if chars is None:
        while end > 0 and text[end - 1].isspace():
            end -= 1
    else:
        while end > 0 and text[end - 1] in chars:
            end -= 1
    return end


def _both_before(text: str, floor: int, verb_start: int) -> _Who:
    """Return "both <plural>" right after ``floor`` (a quote's close) and before a speech verb ('"...," both sides
    said'), a pair the context resolves or the sides themselves; else nobody (a pair inside a sentence's reported
    speech is the reporter's: "The statement said the two countries reaffirmed ...").

    >>> t = '"We wait," both sides said.'
    >>> w = _both_before(t, 9, t.index("said")); t[w.start : w.end]
    'both sides'
    >>> _both_before('"We wait," both of them said.', 9, 24).found, _both_before("So both sides agreed", 0, 14).found
    (False, False)
    """
    end = _stripped_end(text, verb_start)
    m = _BOTH.search(text, max(floor, end - win.PAIR_REACH), end)
    if m is None or not m.group("n").endswith("s") or m.group("n").endswith("ss") or text[floor : m.start()].strip(
            _AFTER_CLOSE) or text[m.start()] not in "bB":  # fmt: skip
        return _NOBODY  # 'The statement said the two countries reaffirmed the need for a "stable" ...': the statement's
    return _Who("descriptor", None, m.start(), end)


_AFTER_CLOSE = " ,\"”’'"  # what stands between a quote's close and the words after it


def _definite_holder(text: str, idx: _Index, floor: int, verb_start: int) -> _Who:
    """Return the one person named in the ``win.DEFINITE_HOLDER_BACK`` characters before a definite role with
    modifiers right before a speech verb ("the USFK commander said", :func:`_definite_role`) who holds that office
    with those modifiers ("Gen. Jo Bell, commander of the troops, ..."), as the role's antecedent; else nobody (a
    role with no holder is left to the other rules, as the dev files have it).

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = "Gen. Jo Bell, commander of USFK, spoke. The USFK commander said it was a “risk.”"
    >>> from analysis.extract.entities import find_entities
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["speaker_name"]
    'Jo Bell'
    >>> _definite_holder("The USFK commander said", _Index([]), 0, 19).found
    False
    """
    lo = max(floor, verb_start - win.UNNAMED_PERSON_BACK)
    role = _definite_role(text, lo, verb_start, _before_time(text[lo:verb_start].split()))
    if not role.found:
        return _NOBODY
    words = text[role.start : role.end].split()
    if _epithet([w.lower() for w in words]) is not None:
        return role  # "the delegation chief said": its negotiator named before (_Context.epithet_holder)
    if len(words) == 3 and words[1].lower() in _COUNTED and words[2].lower() in _PEOPLE_PLURALS:
        return role  # "The three officials said": a counted group, or the pair named before (_Context.resolve)
    people = [m for m in idx.ending_before(role.start, max(0, role.start - win.DEFINITE_HOLDER_BACK))
              if m.kind == "person" and not m.value.get("descriptor")]  # fmt: skip
    holder = _role_holder(text, people, words[-1].lower())  # "the US President": its office noun (fresh81q)
    if holder is not None and (_other_department(text, holder, words[1:-1])
                               or _another_body(text, holder, _bodies(words[:-1]))
                               or _other_party(text, holder, " ".join(words))
                               or _body_rules_out(text, holder, _held(text, holder), _stated_country(text, holder, idx),
                                                  _bodies(words[:-1]), words[-1].lower())):  # fmt: skip
        return role  # "Defense Minister Jo Bell ... The spy chief said": someone else, the role speaks; so is "the
        # GOP senator" for "Sen. Jo Bell, a Democrat" (qrole52)
    if holder is None and (chief := _department_chief(text, idx, people, words)) is not None:
        return _Who("descriptor", chief, role.start, role.end, antecedent=chief)  # spk50: "the Pentagon chief"
    if holder is None or not _modifiers_fit(text, holder, words[1:-1]):
        return _NOBODY
    if words[-1][:1].isupper() and not _capitals_fit(text, idx, holder, words[1:-1]):
        return _NOBODY  # "the US President" is not "Kim Sol, South Korea's president" (review81)
    return _Who("descriptor", holder, role.start, role.end, antecedent=holder)


_DEPARTMENT_HEADS = word_set("secretary minister")  # the offices that head a department


def _department_chief(text: str, idx: _Index, people: list[Mention], words: list[str]) -> Mention | None:
    """Return the one person in ``people`` (named before the role) who heads the department a known body in the role
    ``words`` is ("the Pentagon chief": the US defense department) as its secretary or minister, of the body's own
    stated country ("U.S. Defense Secretary Jo Bell"; spk50), else None: no such body, no head of it named, two, or
    a head of another country ("South Korean Defense Minister Bo" is no Pentagon chief).

    >>> t = "U.S. Defense Secretary Jo Bell spoke. The Pentagon chief said"
    >>> bell = Mention(23, 30, "Jo Bell", "person", {})
    >>> _department_chief(t, _Index([bell]), [bell], "The Pentagon chief".split()).exact
    'Jo Bell'
    >>> t = "South Korean Defense Minister Jo Bell spoke. The Pentagon chief said"
    >>> bell = Mention(30, 37, "Jo Bell", "person", {})
    >>> _department_chief(t, _Index([bell]), [bell], "The Pentagon chief".split()) is None
    True
    """
    if words[-1].lower() not in _GROUP_CHIEFS:
        return None
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    known = [entities[b[3:]] for b in _bodies(words[:-1]) if b.startswith("id:") and b[3:] in entities]
    if len(known) != 1 or not known[0].country:
        return None
    department = _department(f"{known[0].name} {known[0].role or ''}".lower().split())
    heads = [m for m in people if department and _DEPARTMENT_HEADS & set(held := _held(text, m))
             and _held_department(text, m, held) == department and _stated_country(text, m, idx) == known[0].country]
    return heads[0] if heads and len({speaker_name(m) for m in heads}) == 1 else None


def _capitals_fit(text: str, idx: _Index, m: Mention, modifiers: list[str]) -> bool:
    """Return whether each capitalised modifier of a capitalised office ("US" and "Defense" of "the US Defense
    Secretary") fits the person at ``m``: a nationality their country (:func:`_stated_country`), a department the
    one their offices are of, any other word one of their role's, their title's or their appositive's (review81:
    "the Treasury Secretary" is not "Mark Esper, the US defense secretary").

    >>> t = "Jo Bell, the Torvian defense minister, spoke."
    >>> bell = Mention(0, 7, "Jo Bell", "person", {})
    >>> [_capitals_fit(t, _Index([]), bell, w.split()) for w in ("Torvian", "Defense", "US", "Foreign", "Trade")]
    [True, True, False, False, False]
    """
    known = {w.rstrip(".,") for w in [*(m.value.get("role") or "").lower().split(), *_office_after(text, m.end),
                                      *text[max(0, m.start - win.TITLE_BACK) : m.start].lower().split()]}
    words = [w.lower().rstrip(".,") for w in modifiers if w[:1].isupper()]
    k = 0
    while k < len(words):
        n = 2 if " ".join(words[k : k + 2]) in _COUNTRY_WORDS else 1 if words[k] in _COUNTRY_WORDS else 0
        if n and _stated_country(text, m, idx) != _COUNTRY_WORDS[" ".join(words[k : k + n])]:
            return False  # "the US President": not the president of another country, or of none the text gives
        if not n and words[k] in _DEPARTMENTS and _held_department(text, m, _held(text, m)) != _DEPARTMENTS[words[k]]:
            return False
        if not n and words[k] not in _DEPARTMENTS and words[k] not in known:
            return False
        k += max(n, 1)
    return True


def _other_department(text: str, m: Mention, modifiers: list[str]) -> bool:
    """Return whether the ``modifiers`` of a definite role name a department that the office of the person at ``m``
    (_held_department) is not of ("the spy chief" of "Defense Minister Jo Bell").

    >>> t = "Defense Minister Jo Bell spoke."
    >>> bell = Mention(17, 24, "Jo Bell", "person", {"role": "Defense Minister"})
    >>> _other_department(t, bell, ["spy"]), _other_department(t, bell, ["defense"]), _other_department(t, bell, [])
    (True, False, False)
    """
    named = _department([w.lower() for w in modifiers])
    return bool(named) and _held_department(text, m, _held(text, m)) not in {"", named}


def _bodies(words: Sequence[str]) -> frozenset[str]:
    """Return the bodies an office's or a title's capitalised ``words`` name ("the Navy spokesman": the Navy): a
    gazetteer organisation as "id:<id>" with its own words, a capitalised word in lower case that is no nationality,
    place, department, title, office or generic body noun ("Department"), and the initials of a run of capitalised
    words ending on a body noun ("National Intelligence Service": "nis"); a place's possessive ("Seoul's") names none.

    >>> sorted(_bodies("the Navy".split())), sorted(_bodies("U.S. Defense Department".split()))
    (['navy'], ['id:pentagon', 'udd'])
    >>> sorted(_bodies("The South Korean".split())), sorted(_bodies("Seoul's top Defense Secretary".split()))
    ([], [])
    >>> sorted(_bodies("the National Intelligence Service".split())), sorted(_bodies(["USFK"]))
    (['national', 'nis'], ['id:usfk', 'usfk'])
    """
    ws = [w.rstrip(",;:").removesuffix("'s").removesuffix("’s") for w in words]
    out: set[str] = set()
    i = 0
    while i < len(ws):
        if not ws[i][:1].isupper() or ws[i].lower() in _DETERMINERS:
            i += 1
            continue
        if " ".join(ws[i : i + 2]).lower().rstrip(".") in _COUNTRY_WORDS:
            i += 2  # "South Korean": a nationality
            continue
        k, ids = _alias_run(ws, i)
        if not ids and not _no_body_word(ws[i]):
            out.add(ws[i].lower().rstrip("."))
        elif ids and any(_gazetteer_kind(e) == "org" for e in ids):  # "Defense Department", "USFK"
            out.update(f"id:{e}" for e in ids if _gazetteer_kind(e) == "org")
            out.update(w.lower().rstrip(".") for w in ws[i:k] if not _no_body_word(w))
        i = k
    runs = " ".join(w if w[:1].isupper() and w.lower() not in _DETERMINERS and w not in TITLES else "|" for w in ws)
    out.update("".join(w[0] for w in run).lower() for run in map(str.split, runs.split("|"))
               if len(run) > 1 and run[-1].lower() in _ORG_NOUNS)  # "National Intelligence Service": "nis"
    return frozenset(out)


def _no_body_word(word: str) -> bool:
    """Return whether a capitalised ``word`` names no body by itself: a nationality, department, party, title, office,
    article or a generic body noun ("Ministry").

    >>> _no_body_word("Department"), _no_body_word("American"), _no_body_word("Defense"), _no_body_word("Navy")
    (True, True, True, False)
    >>> _no_body_word("Korean")  # "the Korean minister": a nationality of either Korea, no body (qrole52)
    True
    """
    low = word.lower().rstrip(".")
    return (low in _COUNTRY_WORDS or low in _OFFICES or low in _ORG_NOUNS or low in _DETERMINERS or word in TITLES
            or low in _DEPARTMENTS or low in _PARTY_WORDS or low in _SHARED_NATIONALITIES)  # fmt: skip


_PARTY_WORDS = frozenset(_OFFICE_PARTIES) | word_set("republicans democrats")  # a member's party, not a body
_SHARED_NATIONALITIES = word_set("korean")  # a nationality two countries share: it names neither, nor a body


def _alias_run(words: Sequence[str], i: int) -> tuple[int, tuple[str, ...]]:
    """Return (end, gazetteer ids) of the longest run of ``words`` from ``i`` (at most ``win.BODY_RUN_WORDS``) that is
    a gazetteer alias, a last dot dropped too ("U.S." / "Forces Korea."); else (i + 1, ()).

    >>> _alias_run(["U.S.", "Forces", "Korea", "commander"], 0), _alias_run(["Navy"], 0)
    ((3, ('usfk',)), (1, ()))
    """
    from analysis.extract.entities import load_gazetteer

    by_alias = load_gazetteer().by_alias
    for k in range(min(len(words), i + win.BODY_RUN_WORDS), i, -1):
        run = " ".join(words[i:k])
        if ids := by_alias.get(run) or by_alias.get(run.rstrip(".")):
            return k, ids
    return i + 1, ()


def _gazetteer_kind(eid: str) -> str:
    """Return the kind of gazetteer entity ``eid``.

    >>> _gazetteer_kind("pentagon")
    'org'
    """
    from analysis.extract.entities import load_gazetteer

    return load_gazetteer().entities[eid].kind


def _another_body(text: str, m: Mention, bodies: frozenset[str]) -> bool:
    """Return whether a definite role naming ``bodies`` (:func:`_bodies`: "the Navy spokesman") cannot be the person at
    ``m`` because the title printed before the name, the appositive after it or the role given names other bodies
    only ("Pentagon spokesman Jo Bell", "Jo Bell, a Pentagon spokesman,"); a holder whose words name no body may be it.

    >>> t = "Pentagon spokesman Jo Bell spoke."; bell = Mention(19, 26, "Jo Bell", "person", {})
    >>> [_another_body(t, bell, _bodies([b])) for b in ("Navy", "Pentagon", "the")]
    [True, False, False]
    """
    if not bodies:
        return False
    cut = m.start > win.TITLE_BEFORE_NAME  # the window's first word may be cut
    before = text[max(0, m.start - win.TITLE_BEFORE_NAME) : m.start].split()[cut:]
    k = len(before)
    while k > 0 and _printed_title_word(before[k - 1]):
        k -= 1
    after = text[m.end : m.end + win.OFFICE_AFTER]
    apposed = after[2:].split(",", 1)[0].split() if after.startswith(", ") else []
    held = _bodies(before[k:]) | _bodies(apposed) | _bodies((m.value.get("role") or "").split())
    return bool(held) and not held & bodies


_SPOKES_NOUNS = word_set("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons")


def _described_spokesperson(text: str, m: Mention) -> bool:
    """Return whether the title printed before the person at ``m`` or the appositive after the name holds a
    spokesperson's noun ("Pentagon spokesman Jo Bell", "Jo Bell, chief Pentagon spokesman,").

    >>> t = "Jo Bell, chief Pentagon spokesman, spoke."; bell = Mention(0, 7, "Jo Bell", "person", {})
    >>> _described_spokesperson(t, bell), _described_spokesperson(t.replace("spokesman", "chief"), bell)
    (True, False)
    """
    cut = m.start > win.TITLE_BEFORE_NAME  # the window's first word may be cut
    before = text[max(0, m.start - win.TITLE_BEFORE_NAME) : m.start].split()[cut:]
    k = len(before)
    while k > 0 and _printed_title_word(before[k - 1]) and before[k - 1] not in {"for", "of", "to"}:
        k -= 1  # "a spokesman for President Al Roe": Roe's title is "President"
    after = text[m.end : m.end + win.OFFICE_AFTER]
    apposed = after[2:].split(",", 1)[0].split() if after.startswith(", ") else []
    words = [*before[k:], *apposed]  # not the finder's role: "a spokesman for President Al Roe" may give Roe one
    if "for" in apposed or "to" in apposed:
        return False  # "a spokesman for President Al Roe": whom they speak for is read by the holder rules
    return any(w.lower().strip(".,") in _SPOKES_NOUNS for w in words)


def _printed_title_word(word: str) -> bool:
    """Return whether ``word`` may belong to a title printed before a name: capitalised or an office noun, and not
    ending a clause or a sentence (a title's abbreviation "Gen." and "U.S." go on).

    >>> [_printed_title_word(w) for w in ("Pentagon", "spokesman", "U.S.", "Monday,", "Seoul.", "said")]
    [True, True, True, False, False, False]
    """
    ends = word[-1] in ",;:" or (word.endswith(".") and word.count(".") == 1 and word not in TITLES)
    return (word[:1].isupper() or word.lower() in _OFFICES) and not ends


def _owned_document(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return the body whose document speaks before a speech verb ("The Foreign Ministry's statement said", "the
    ministry's latest readout said", "A Pentagon report said"): the issuer, as the Conventions read a document its
    issuer is named for, the phrase's words kept as the speaker's text; else the organisation :func:`_org_reference`
    reads there.

    >>> t = "The Foreign Ministry's statement said"
    >>> w = _owned_document(t, _Index([Mention(4, 20, "Foreign Ministry", "org", {})]), 33, 0, 0)
    >>> w.mention.exact, t[w.start : w.end]
    ('Foreign Ministry', "Foreign Ministry's statement")
    >>> t = "A Pentagon report said"
    >>> _owned_document(t, _Index([Mention(2, 10, "Pentagon", "org", {})]), 18, 0, 0).mention.exact
    'Pentagon'

    An owner no body named before resolves stays its own words, the document left out: the issuer speaks.

    >>> t = "The ministry's release said"
    >>> w = _owned_document(t, _Index([]), 23, 0, 0); t[w.start : w.end]
    'The ministry'
    """
    lo = max(floor, verb_start - win.ORG_WINDOW)
    words = text[lo:verb_start].split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()  # "the ministry's statement has said"
    if not words or words[-1].lower() not in _DOCUMENTS | _WRITINGS | _OWNED_WRITINGS:
        return _org_reference(text, idx, verb_start, floor, back)
    end = text.rfind(words[-1], lo, verb_start) + len(words[-1])
    near = idx.ending_before(end - len(words[-1]), lo, most=1)  # "A Pentagon report said", "the KCNA commentary"
    if near and near[0].end == end - len(words[-1]) - 1 and _is_speaker(near[0]) and near[0].kind != "person":
        return _Who("descriptor", near[0], near[0].start, end)
    k = next((k for k in range(len(words) - 2, max(-1, len(words) - win.OWNED_DOCUMENT_WORDS), -1)
              if words[k].endswith(_POSSESSIVE_S)), None)  # fmt: skip
    if k is None or not all(w.isalpha() and w.islower() for w in words[k + 1 : -1]):
        return _personal_document(text, words, lo, end) or _org_reference(text, idx, verb_start, floor, back)
    owner_end = text.rfind(words[k], lo, end) + len(words[k]) - 2
    near = idx.ending_before(owner_end + 1, lo, most=1)
    if near and near[0].end == owner_end and _is_speaker(near[0]) and near[0].kind == "person":
        return _named(near[0])  # "Jo Bell's statement said": the person who issued it, as a body's is the body
    if near and near[0].end == owner_end and _is_speaker(near[0]):
        return _Who("descriptor", near[0], near[0].start, end)  # "The Foreign Ministry's statement"
    owner = _org_reference(text, idx, owner_end, floor, back)  # "the ministry's statement": the ministry named before
    if owner.found and owner.end == owner_end and owner.mention is None and owner.name is None:
        return owner  # "The ministry's release said", no ministry named before: the owner by its words, the issuer
    return replace(owner, end=end) if owner.found and owner.end == owner_end else _org_reference(
        text, idx, verb_start, floor, back)


_PERSONAL_OWNERS = frozenset(["His", "his", "Her", "her"])
# Writings an owner issues beside _DOCUMENTS and _WRITINGS ("Jo Bell's post said", "the ministry's post said")
_OWNED_WRITINGS = word_set("post tweet message book memoir op-ed essay")


def _personal_document(text: str, words: list[str], lo: int, end: int) -> _Who | None:
    """Return "his"/"her" owning the document that ends ``words`` right before a speech verb ("His statement said",
    "her latest memo says"; at most two lower-case words between) as a pronoun, resolved as "he"/"she" are: the one
    who issued it speaks; else None.

    >>> t = "Bo spoke. His written statement said"
    >>> w = _personal_document(t, t[:32].split(), 0, 31); (w.attribution, t[w.start : w.end])
    ('pronoun', 'His')
    >>> _personal_document("The statement said", ["The", "statement"], 0, 13) is None
    True
    """
    k = next((k for k in range(len(words) - 2, max(-1, len(words) - 4), -1) if words[k] in _PERSONAL_OWNERS), None)
    if k is None or not all(w.isalpha() and w.islower() for w in words[k + 1 : -1]):
        return None
    at = text.rfind(" ".join(words[k:]), lo, end)
    return _Who("pronoun", None, at, at + len(words[k])) if at >= 0 else None


def _indefinite_named(text: str, who: _Who) -> _Who:
    """Return ``who`` named as :func:`_indefinite_phrase` names an unnamed person: an indefinite phrase's words less
    its article ("An American officer": "American officer"); any other ``who`` as it is.

    >>> t = "An American officer who served"
    >>> _indefinite_named(t, _Who("descriptor", None, 0, 19)).name, _indefinite_named(t, _NOBODY).name
    ('American officer', None)
    """
    first, _, rest = text[who.start : who.end].partition(" ")
    return replace(who, name=rest) if who.found and who.name is None and first.lower() in _INDEFINITES else who


_RELATIVE_STOPS = frozenset('.;:!?"“”()')


def _before_relative(text: str, floor: int, verb_start: int) -> int:
    """Return where the subject ends when a relative clause on a person stands between it and the speech verb at
    ``verb_start`` ("a veteran diplomat who served in Seoul said", "A third official, who declined to be named,
    said"): the end of the word before the clause's "who", when the clause holds at most ``win.RELATIVE_WORDS``
    words, no stop, no mark and no speech verb of its own; else -1 ("that"/"which" clauses are on things).

    >>> t = "A third official, who declined to be named, said"
    >>> t[: _before_relative(t, 0, t.index("said"))]
    'A third official'
    >>> t = "a diplomat who served in Seoul said"
    >>> t[: _before_relative(t, 0, t.index(" said") + 1)]
    'a diplomat'
    >>> _before_relative("a diplomat who said no then said", 0, 28), _before_relative("the man said", 0, 8)
    (-1, -1)
    """
    lo = max(floor, verb_start - win.BEFORE_RELATIVE_BACK)
    words = list(_NONSPACE_RUN.finditer(text, lo, verb_start))[-win.RELATIVE_WORDS - 1 :]
    who = next((w for w in reversed(words) if w.group() == "who"), None)
    if who is None or any(c in _RELATIVE_STOPS for c in text[who.start() : verb_start]):
        return -1
    if _VERB_WORD.search(text, who.end(), verb_start):
        return -1  # "a diplomat who said no": the clause's own speech
    head = text[lo : who.start()].rstrip(" ,")
    return lo + len(head) if head else -1


_PHRASE_HEADS = ROLE_NOUNS | _GROUP_NOUNS | _PEOPLE_PLURALS | word_set("coalition")


def _postmodified_phrase(text: str, floor: int, verb_start: int) -> _Who:
    """Return the plain noun phrase that is all of ``text[floor:verb_start]`` when its head, before a preposition,
    is a person's role, a group or people ("A member of the negotiating team said", "A coalition of civic groups
    said", "Protesters outside the venue chanted"): "a", "an", "one" or a plural group noun first, at most six words
    of letters; else nobody.

    >>> t = "A member of the negotiating team said"; w = _postmodified_phrase(t, 0, 33); t[w.start : w.end]
    'A member of the negotiating team'
    >>> _postmodified_phrase("A deal of the year said", 0, 19).found
    False
    >>> _postmodified_phrase("The head of it said", 0, 15).found
    False
    """
    if verb_start - floor > win.POSTMODIFIED_CHARS:
        return _NOBODY  # longer than six words can be: read no further (a run-on line stays linear)
    words = text[floor:verb_start].strip(" \t,").split()
    if not 2 <= len(words) <= win.POSTMODIFIED_WORDS or words[-1].lower() in _COPULAS or words[-1].endswith("ly"):
        return _NOBODY
    first = words[0].lower()
    if first not in _INDEFINITES and not (first in _GROUP_NOUNS and words[0][:1].isupper()):
        return _NOBODY  # "the retired Army general said": a definite role refers back (the other rules read it)
    if not all(w.replace("-", "").replace(".", "").isalpha() for w in words):  # "A former U.S. envoy to Seoul"
        return _NOBODY
    k = next((i for i, w in enumerate(words) if w in _PREPOSITIONS or w == "outside"), len(words))
    if words[k - 1].lower() not in _PHRASE_HEADS:
        return _NOBODY
    phrase = " ".join(words)
    start = text.find(phrase, floor, verb_start)
    return _Who("descriptor", None, start, start + len(phrase)) if start >= 0 else _NOBODY


def _with_place(text: str, who: _Who, target: int, verb_start: int) -> _Who:
    """Return the unnamed person ``who`` read before ``target`` (where a place after them starts: "a worker at Camp
    Bo said") with the place up to the verb at ``verb_start``: the phrase the text describes them by.

    >>> t = "a worker at Camp Bo said"
    >>> w = _with_place(t, _Who("descriptor", None, 0, 8, name="worker"), 9, 20); (t[w.start : w.end], w.name)
    ('a worker at Camp Bo', 'worker at Camp Bo')
    """
    if not who.found or target >= verb_start or who.end > target:
        return who
    end = _stripped_end(text, verb_start)
    return replace(who, end=end, name=who.name + text[who.end : end] if who.name else None)


def _ends_a_name(m: Mention) -> bool:
    """Return whether ``m`` is the last words of a longer name that ends where it does ("Dock Workers" in "Hanul
    Federation of Dock Workers"): the longer name is the subject, read next, not a place after "of".

    >>> _ends_a_name(Mention(20, 32, "Dock Workers", "person", {"within": {"start": 0, "end": 32}}))
    True
    >>> _ends_a_name(Mention(4, 9, "Trump", "person", {"within": {"start": 0, "end": 24}}))
    False
    """
    within = m.value.get("within") or {}
    return within.get("end") == m.end and within.get("start", m.start) < m.start


def _appositive_holder(text: str, idx: _Index, who: _Who, target: int, floor: int) -> _Who:
    """Return the person whose appositive holds the organisation or phrase ``who`` found before the verb at
    ``target`` ("Rep. Jo Bell of the Hanul Party, a member of the Assembly's Defense Committee, stated": Jo Bell,
    not the committee), else ``who``.

    >>> t = "Jo Bell of the Hanul Party, a member of the Assembly's Defense Committee, stated"
    >>> w = _Who("descriptor", None, 40, 72, name="Assembly's Defense Committee")
    >>> _appositive_holder(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), w, 74, 0).mention.exact
    'Jo Bell'
    """
    if who.mention is not None and who.mention.kind == "person":
        return who
    for h in idx.ending_before(who.start, max(floor, who.start - win.APPOSITIVE_HOLDER_BACK)):
        if h.kind != "person" or not _is_speaker(h):
            continue
        comma = text.find(",", h.end, who.start)
        if comma < 0:
            continue  # no appositive (and text[h.end : -1] would read the rest of the text)
        post = text[h.end : comma].split()  # "Jo Bell of the Hanul Party, ...": the name's own phrase first
        own = not post or (post[0] in {"of", "from", "at"} and len(post) <= 6 and all(
            w[:1].isupper() or w in _ORG_GLUE for w in post[1:]))  # fmt: skip
        if own and _appositive_gap(text, comma, target):
            return _named(h)
    return who


def _org_people(text: str, idx: _Index, who: _Who, floor: int) -> _Who:
    """Return unnamed people ``who`` with the organisation named right before them, whose people they are ("State
    Department officials said": the department's officials, not any officials), else ``who`` as it is.

    >>> t = "State Department officials said"
    >>> w = _org_people(t, _Index([Mention(0, 16, "State Department", "org", {})]), _Who("descriptor", None, 17, 26), 0)
    >>> t[w.start : w.end]
    'State Department officials'
    """
    if not who.found or who.mention is not None:
        return who
    before = idx.ending_before(who.start - 1, max(floor, who.start - win.ORG_PEOPLE_BACK))
    org = before[0] if before else None
    if org is None or org.kind != "org" or org.end != who.start - 1 or text[org.end] != " ":
        return who
    return replace(who, start=org.start)


def _opening_subject(text: str, floor: int, pos: int) -> _Who:
    """Return who opens the sentence before ``pos`` as its subject, unnamed people ("Army base commanders told
    staff ... “...”", "U.S. negotiators reportedly walked out, calling it “...”") or an organisation the gazetteer
    does not know ("The U.S. Department of the Navy notified them, saying “...”"), else nobody.

    >>> t = "Navy base commanders reassured staff there would be “no cuts”"
    >>> w = _opening_subject(t, 0, 52); t[w.start : w.end]
    'Navy base commanders'
    >>> _opening_subject("The men said “no”", 0, 13).found, _opening_subject("Talks with officials “", 0, 21).found
    (False, False)
    >>> _opening_subject("The Hanul Department of the Navy told them", 0, 42).name
    'Hanul Department of the Navy'
    """
    if not text[floor : floor + 1].isupper() and not text[floor : floor + 1].isspace():
        return _NOBODY  # a sentence that opens with a quote mark (or a digit): no subject phrase, no search
    first = _NONSPACE.search(text, floor, min(pos, floor + win.FIRST_WORD_REACH))
    if first is None or not text[first.start()].isupper():
        return _NOBODY
    words = text[first.start() : min(pos, first.start() + win.SENTENCE_OPENING)].split()[:win.OPENING_WORDS]
    if words[0] in {"The", "THE"}:
        proper = _proper_opening(text, first.start(), words)
        return proper if proper.found else _body_opening(text, first.start(), words)
    for k, word in enumerate(words[:win.OPENING_SUBJECT_WORDS]):
        low = word.lower()
        if low in _DETERMINERS or low in _PREPOSITIONS or (not word.isalpha() and not _INITIALS.fullmatch(word)):
            return _NOBODY  # "Talks with officials": not the subject
        if low in _PEOPLE_PLURALS or (low.endswith("s") and low[:-1] in ROLE_NOUNS):
            rest = _past_fillers(words[k + 1 :])
            if not rest or not _verb_like(rest[0]):
                return _NOBODY
            end = text.find(word, first.start()) + len(word)
            return _Who("descriptor", None, first.start(), end)
    return _NOBODY


def _indefinite_opening(text: str, floor: int, pos: int) -> _Who:
    """Return the unnamed person a sentence before ``pos`` opens with, introduced by "a"/"an" and a "who" clause ("A
    South Korean national who works at the base ... said he ... but said, “...”"): the sentence's subject, whom its
    later "he" or "she" goes on with; named by the words between the article and "who"; else nobody.

    >>> t = "A South Korean national who works there said he was glad but said, “no”"
    >>> _indefinite_opening(t, 0, t.index("“")).name
    'South Korean national'
    >>> _indefinite_opening("A deal that works, he said, “no”", 0, 27).found
    False
    """
    if text[floor : floor + 2] not in {"A ", "An"}:
        return _NOBODY  # one look at the sentence's first letters
    words = text[floor : min(pos, floor + win.SENTENCE_OPENING)].split()[: win.INDEFINITE_WORDS + 2]
    k = next((i for i, w in enumerate(words) if w == "who"), 0)
    if words[0] not in {"A", "An"} or k < 2 or not all(w.replace("-", "").isalpha() for w in words[1:k]):
        return _NOBODY
    end = text.find(" who ", floor, min(pos, floor + win.SENTENCE_OPENING))
    return _Who("descriptor", None, floor, end, name=" ".join(words[1:k])) if end > floor else _NOBODY


_ORG_GLUE = frozenset(["of", "the", "and", "for"])


def _proper_opening(text: str, start: int, words: list[str]) -> _Who:
    """Return the organisation "The <Capitalised words>" (with "of the") that ``words``, the sentence's first words
    from ``start``, open with when a verb follows it, else nobody ("The commanders said": people, read elsewhere).

    >>> t = "The Hanul Ministry last week"  # a time phrase and then the quote: no verb left to read
    >>> said = "The Hanul Ministry said"
    >>> _proper_opening(t, 0, t.split()).found, _proper_opening(said, 0, said.split()).name
    (False, 'Hanul Ministry')
    """
    k = 1
    while k < len(words) - 1 and (words[k][:1].isupper() or words[k] in _ORG_GLUE):
        k += 1
    verb = next(iter(_past_fillers(words[k:])), "")  # "The Hanul Ministry last week": no verb left
    if k < 3 or not words[k - 1][:1].isupper() or not (_verb_like(verb) or verb in _IRREGULAR_PAST):
        return _NOBODY  # "The Hanul Ministry of Defense made a statement": "made" is a verb too
    end = text.find(words[k - 1], start) + len(words[k - 1])
    return _Who("descriptor", None, start, end, name=_without_article(" ".join(words[:k])))


def _body_modifier_word(word: str) -> bool:
    """Return whether ``word``, not a plain lower-case word, may still modify a body's noun after "The": a nationality
    ("The Korean workers' union") or a plural possessive of people ("The workers' union", "the teachers’ union").

    >>> [_body_modifier_word(w) for w in ("Korean", "workers'", "employees’", "Hanul", "Bo's", "U.S.")]
    [True, True, True, False, False, True]
    """
    low = word.lower()
    if low in NATIONALITY:
        return True
    return low.endswith(("s'", "s’")) and low[:-1].isalpha() and low[:-1].islower()


def _body_opening(text: str, start: int, words: list[str]) -> _Who:
    """Return the body "The <lower-case words> <body noun>" that ``words``, the sentence's first words from ``start``,
    open with when a verb follows it ("The presidential office declined to confirm it, saying only that “...”"),
    else nobody: the participle's subject.

    >>> t = "The presidential office declined to confirm it, saying"
    >>> w = _body_opening(t, 0, t.split()); t[w.start : w.end]
    'The presidential office'
    >>> _body_opening("The office space was empty", 0, "The office space was empty".split()).found
    False
    >>> t = "The South Korean foreign ministry welcomed it"
    >>> w = _body_opening(t, 0, t.split()); t[w.start : w.end]
    'The South Korean foreign ministry'
    """
    for k in range(1, min(len(words) - 1, win.BODY_MODIFIER_WORDS + 2)):
        compass = words[k] in {"South", "North"} and words[k + 1].lower() in NATIONALITY  # "The South Korean ..."
        if not (words[k].isalpha() and words[k].islower()) and not _body_modifier_word(words[k]) and not compass:
            return _NOBODY
        if words[k] in _BODY_NOUNS:
            rest = _past_fillers(words[k + 1 :])
            if not rest or not _verb_like(rest[0]):
                return _NOBODY
            end = text.find(words[k], start) + len(words[k])
            return _Who("descriptor", None, start, end)
    return _NOBODY


def _owners_people(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return the organisation whose people speak ("the ministry's officials said": the ministry named before).

    >>> t = "The Foo Ministry met. The ministry's officials said"
    >>> w = _owners_people(t, _Index([Mention(4, 16, "Foo Ministry", "org", {"name": "Foo Ministry"})]), 47, 22, 0)
    >>> w.mention.exact
    'Foo Ministry'
    """
    words = text[max(floor, verb_start - win.OWNERS_PEOPLE_BACK) : verb_start].split()
    if len(words) < 2 or words[-1].lower() not in _PEOPLE_PLURALS or not words[-2].endswith(("'s", "’s")):
        return _NOBODY
    owner_end = text.rfind(words[-2], max(floor, verb_start - win.OWNERS_PEOPLE_BACK), verb_start) + len(words[-2]) - 2
    return _org_reference(text, idx, owner_end, floor, back)


# Offices whose holder a lead gives by role and the next paragraphs by name ("a ranking U.S. diplomat said").
_NAMED_LATER_OFFICES = word_set(
    "diplomat spokesperson spokesman spokeswoman minister envoy negotiator commander secretary ambassador chief "
    "official adviser advisor general admiral officer"
)
_NEW_PERSON_DETERMINERS = frozenset(["a", "an", "its", "their", "one"])
_SOURCE_NOUNS = word_set("source insider")  # unnamed people who tell reporters things, never an office


def _unnamed_person(text: str, verb_start: int, floor: int) -> _Who:
    """Return one unnamed person by role right before a speech verb ("a ranking U.S. diplomat said", "its top
    diplomat said"): a determiner, at most four words and an office noun.

    >>> t = "Seoul can pay, its top diplomat said"
    >>> w = _unnamed_person(t, t.index("said"), 0); (w.attribution, t[w.start : w.end])
    ('descriptor', 'its top diplomat')
    >>> _unnamed_person("Seoul can pay, the diplomat said", 28, 0).found
    False
    >>> t = "After talks with Jo Bell, one source familiar with the talks said"
    >>> w = _unnamed_person(t, t.index("said"), 0); t[w.start : w.end]
    'one source'
    """
    lo = max(floor, verb_start - win.UNNAMED_PERSON_BACK)
    words = _before_time(text[lo:verb_start].split())  # "Hanul's defense minister on Tuesday called"
    words = words[: _before_knowing(words)]  # "a source familiar with the talks said": the source (its tail later)
    if not words or (words[-1] not in _NAMED_LATER_OFFICES and words[-1] not in _SOURCE_NOUNS
                     and not _place_leader(words)):
        who = _indefinite_before(text, lo, verb_start, words)
        if not who.found and (head := _before_postmodifier(words)):
            who = _indefinite_before(text, lo, verb_start, head)  # "a researcher at a think tank said"
        return who
    det = next((k for k in range(len(words) - 2, max(-1, len(words) - win.UNNAMED_DET_WORDS), -1)
                if words[k].lower() in _NEW_PERSON_DETERMINERS or _owner_possessive(words[k])), None)  # fmt: skip
    if det is not None and _owner_possessive(words[det]):
        office = words[det + 1 :]
        det = _owner_start(words, det)  # "South Korea's chief negotiator", "The country's top diplomat"
        if det is None or any(not w.replace(".", "").replace("-", "").isalpha() for w in office):
            return _NOBODY
    elif det is None or any(not w.replace(".", "").replace("-", "").isalpha() for w in words[det:]):
        return _NOBODY
    phrase = " ".join(words[det:])
    start = text.rfind(phrase, lo, verb_start)
    return _Who("descriptor", None, start, start + len(phrase)) if start >= 0 else _NOBODY


def _place_leader(words: list[str]) -> bool:
    """Return whether ``words`` end in a capitalised owner's possessive and an office noun that points back
    ("Seoul's leader", "Japan's president": a head of state or government, named before; see _Context.owned_holder).

    >>> _place_leader("then Seoul's leader".split()), _place_leader("the party's leader".split())
    (True, False)
    """
    return len(words) >= 2 and words[-1] in _BACK_NOUNS and words[-2][:1].isupper() and _owner_possessive(words[-2])


def _definite_role(text: str, lo: int, verb_start: int, words: list[str]) -> _Who:
    """Return a definite role with modifiers that ends ``words`` (the words of ``text[lo:verb_start]`` before a speech
    verb): "the", one to ``win.UNNAMED_MODIFIER_WORDS`` modifier words (a body's name or acronym, a noun) and an
    office noun ("The USFK commander", "the union leader", "the think tank chief"); else nobody. A bare "the
    commander" is a person mention of its own (entities), read before this.

    >>> t = "Pay more, the USFK commander said"
    >>> w = _definite_role(t, 0, t.index("said"), t[: t.index("said")].split()); t[w.start : w.end]
    'the USFK commander'
    >>> _definite_role("It hit the deal said", 0, 16, "It hit the deal".split()).found
    False
    >>> _definite_role("for the talks, the leader said", 0, 26, "for the talks, the leader".split()).found
    False
    """
    last = words[-1].lower() if words and words[-1].lower() in _OFFICE_HEADS else words[-1] if words else ""
    if len(words) < 3 or not last.islower() or (last not in _OFFICES and not (  # "the US President": fresh81q
            last in _PEOPLE_PLURALS and words[-2].lower() in _COUNTED)):  # fmt: skip
        return _NOBODY  # (a counted group: "the four envoys")
    for k in range(len(words) - 3, max(-1, len(words) - win.UNNAMED_MODIFIER_WORDS - 3), -1):
        if not _role_modifier(words[k + 1]):
            return _NOBODY
        if words[k] in {"the", "The"}:
            phrase = " ".join(words[k:])
            start = text.rfind(phrase, lo, verb_start)
            return _Who("descriptor", None, start, start + len(phrase)) if start >= 0 else _NOBODY
    return _NOBODY


def _role_modifier(word: str) -> bool:
    """Return whether ``word`` may modify an office noun after "the": a name, an acronym or a noun, not a function
    word, a possessive or a word with punctuation.

    >>> [_role_modifier(w) for w in ["USFK", "union", "U.S.", "and", "talks,", "Seoul's"]]
    [True, True, True, False, False, False]
    """
    return word.replace(".", "").replace("-", "").isalpha() and word.lower() not in _ROLE_GLUE_NOT


_ROLE_GLUE_NOT = _DETERMINERS | _PREPOSITIONS | word_set("and or but than as that who which is was are were has had")


def _indefinite_before(text: str, lo: int, verb_start: int, words: list[str]) -> _Who:
    """Return the indefinite unnamed person (:func:`_indefinite_phrase`) whose phrase ends ``words``, the words of
    ``text[lo:verb_start]`` before a speech verb less a time phrase ("A Seoul-based analyst said", "a Senate aide
    on Monday said"); else nobody.

    >>> t = "Seoul can pay, a Senate aide said"
    >>> w = _indefinite_before(t, 0, t.index("said"), t[: t.index("said")].split()); t[w.start : w.end]
    'a Senate aide'
    >>> _indefinite_before("It was a deal said", 0, 14, "It was a deal".split()).found
    False
    >>> t = "Allies met, though several governments warned"
    >>> w = _indefinite_before(t, 0, t.index("warned"), t[: t.index("warned")].split()); t[w.start : w.end]
    'several governments'
    >>> _indefinite_before("It said the two countries agreed", 0, 26, "It said the two countries".split()).found
    False
    """
    for k in range(len(words) - 2, max(-1, len(words) - win.UNNAMED_MODIFIER_WORDS - 3), -1):
        if words[k].lower() not in _INDEFINITES and words[k].lower() not in _COUNTED:
            continue  # "a Senate aide", "several governments", "(a) few members"
        if k > 0 and words[k].lower() in _COUNTED and (words[k - 1].lower() in _DETERMINERS - {"a"}
                                                       or words[k - 1].endswith(("'s", "’s"))):
            return _NOBODY  # "the two countries", "Seoul's two envoys": definite, read by the other rules
        phrase = " ".join(words[k:])
        start = text.rfind(phrase, lo, verb_start)
        who = _indefinite_phrase(text, start, verb_start) if start >= 0 else _NOBODY
        return who if who.found and who.end == start + len(phrase) else _NOBODY
    return _NOBODY


def _before_postmodifier(words: list[str]) -> list[str]:
    """Return ``words`` (before a speech verb) up to the head noun of an unnamed person that an "at/for/from/with"
    phrase follows ("a researcher at a state think tank" -> "a researcher"), else [] (the phrase is
    :func:`_postmodified`'s).

    >>> _before_postmodifier("a researcher at a state think tank".split()), _before_postmodifier("a deal".split())
    (['a', 'researcher'], [])
    """
    for k in range(len(words) - 2, max(0, len(words) - win.POSTMOD_WORDS - 2), -1):
        if words[k] in _POSTMOD_PREPS and words[k - 1].lower() in _INDEFINITE_HEADS:
            return words[:k]
    return []


_TIME_WORDS = word_set("week month year morning night weekend")


def _before_time(words: list[str]) -> list[str]:
    """Return ``words`` (before a verb) without the time phrase or adverb that ends them ("on Tuesday", "last week",
    "also", "reportedly").

    >>> _before_time("its envoy on Tuesday".split()), _before_time("its envoy also".split())
    (['its', 'envoy'], ['its', 'envoy'])
    >>> _before_time("its envoy last week".split()), _before_time(["its", "envoy"])
    (['its', 'envoy'], ['its', 'envoy'])
    """
    words = list(words)
    for _ in range(3):
        if words and (words[-1] in _AUXILIARIES or (words[-1].endswith("ly") and words[-1].islower())):
            words.pop()
        elif len(words) > 2 and words[-2] in _TIME_FILLERS and (words[-1][:1].isupper() or words[-1] in _TIME_WORDS):
            del words[-2:]
    return words


def _owner_start(words: list[str], k: int) -> int | None:
    """Return the index of the first word of the owner whose possessive is ``words[k]``: back over capitalised words
    ("South Korea's") and a "the" before a lower-case owner ("The country's"); None when the owner is a pronoun's
    or no noun ("one's").

    >>> w = "Seoul can pay, South Korea's chief negotiator".split(); w[_owner_start(w, 4)]
    'South'
    >>> w = "The country's top diplomat".split(); w[_owner_start(w, 1)]
    'The'
    """
    owner = words[k][:-2] if words[k].endswith(_POSSESSIVE_S) else words[k][:-1]  # "Korea's", "the United States'"
    if not owner.replace(".", "").replace("-", "").isalpha() or owner.lower() in {"one", "it", "that", "who"}:
        return None
    if owner[:1].isupper():
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].replace(".", "").isalpha() and k > 0:
            k -= 1
        return k
    return k - 1 if k > 0 and words[k - 1].lower() == "the" else None


# speak52: the last words of the places (countries table) whose name ends in "s" ("the United States", "the
# Philippines", "Paris"): their possessive is a lone apostrophe ("the United States' top envoy")
_S_PLACES = frozenset(k.split()[-1].title() for k in PLACES if k.endswith("S") and k.split()[-1].isalpha())


def _owner_possessive(word: str) -> bool:
    """Return whether ``word`` is an owner's possessive: "'s", or the lone apostrophe after a place's name that ends
    in "s" (``_S_PLACES``: "the United States' top envoy"), not another plural's ("the Workers' Party", "the allies'").

    >>> [_owner_possessive(w) for w in ("Korea's", "States'", "Philippines’", "Workers'", "allies'", "States")]
    [True, True, True, False, False, False]
    """
    return word.endswith(_POSSESSIVE_S) or (word[-1:] in {"'", "’"} and word[:-1] in _S_PLACES)


_LOOK_BACK = 200  # mentions looked at, nearest first, for an organisation or person named before (linear on any text)
_ACRONYM = re.compile(r"\s?\([A-Z][A-Za-z.&-]{1,11}\)\s?")
_MEMBER_PREP = re.compile(r"\b(?:of|at|from)\s++(?:the\s++)?+(?:[A-Z][A-Za-z.]{0,11}+\s++){0,2}+\Z")  # "of the U.S. "


# the last word of a body's name, capitalised ("the Foo Institution", "the Foo Marshall Fund"): a body even when the
# entity finder reads the words as a person's name (qfix44)
_ORG_HEADS = _BODY_NOUNS | word_set("institution fund center centre forum university society endowment initiative")


def _org_headed(name: str) -> bool:
    """Return whether ``name`` ends in a capitalised noun of a body ("Foo Marshall Fund", "Hanul Institution").

    >>> _org_headed("Foo Marshall Fund"), _org_headed("Jo Bell"), _org_headed("the fund")
    (True, False, False)
    """
    last = (name.split() or [""])[-1]
    return last[:1].isupper() and last.lower() in _ORG_HEADS


def _member_of(text: str, idx: _Index, org: Mention, floor: int) -> Mention | None:
    """Return the person right before "of/at/from <organisation>" ("Jo Bell of the State Department", "a senior
    official at the ministry"), who speaks rather than the organisation, else None.

    >>> t = "Jo Bell of the State Department said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(15, 31, "State Department", "org", {})]
    >>> _member_of(t, _Index(ms), ms[1], 0)[2]
    'Jo Bell'
    >>> t, sd = "Jo Bell of the U.S. State Department said", Mention(20, 36, "State Department", "org", {})
    >>> _member_of(t, _Index([ms[0], sd]), sd, 0)[2]
    'Jo Bell'
    """
    if org.kind == "person" and not _org_headed(org.exact):
        return None  # "the Foo Institution" read as a person's name is still a body (qfix44)
    # "of the U.S. State Department"
    prep = _MEMBER_PREP.search(text, max(floor, org.start - win.MEMBER_PREP_BACK), org.start)
    if prep is None:
        return None
    end = _stripped_end(text, prep.start())
    before = idx.ending_before(end, max(floor, end - win.MEMBER_BACK))
    if before and before[0].end == end and before[0].kind == "person" and _is_speaker(before[0]):
        return before[0]
    return None


def _appositive_head(text: str, idx: _Index, m: Mention, verb_start: int, floor: int) -> Mention:
    """Return the person whose appositive holds ``m`` before the verb ("Jo Bell, adviser to President Al Roe,
    said": Jo Bell), else ``m``: the appositive names an office and ends with a comma right before the verb.

    >>> t = "Jo Bell, adviser to President Al Roe, said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(29, 35, "Al Roe", "person", {})]
    >>> _appositive_head(t, _Index(ms), ms[1], 37, 0)[2]
    'Jo Bell'
    >>> t = "Jo Bell, speaking beside Al Roe, said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(25, 31, "Al Roe", "person", {})]
    >>> _appositive_head(t, _Index(ms), ms[1], 33, 0)[2]
    'Jo Bell'
    >>> _appositive_head("Al Roe said", _Index(ms[1:]), Mention(0, 6, "Al Roe", "person", {}), 7, 0)[2]
    'Al Roe'
    >>> t = "Jo Bell, Hanul's ambassador, said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(9, 14, "Hanul", "place", {})]
    >>> _appositive_head(t, _Index(ms), ms[1], 29, 0)[2]
    'Jo Bell'

    """
    if not any(c in text[m.end : verb_start] for c in ",–—-)"):  # the aside's close: a comma, a dash, a bracket
        return m
    for h in idx.ending_before(m.start, max(floor, m.start - win.APPOSITIVE_HEAD_BACK)):
        if h.kind != "person" or not _is_speaker(h) or not _appositive_gap(text, h.end, verb_start):
            continue
        if _governing_word(text, h.start) in _PREPOSITIONS:
            continue  # "After talks with Jo Bell, Al Roe, a professor, said": a preposition's object speaks not
        gap = text[h.end : m.start].split()
        participle = len(gap) > 1 and gap[1].islower() and gap[1].endswith(("ing", "ed"))  # ", speaking with"
        whole = text[h.end : verb_start].split()  # "Jo Bell, Hanul's ambassador, said": the office after the owner
        if _names_the_role(text, h, m, verb_start):
            return m  # "the spokesperson, Lt. Col. Jo Bell, said": the name the text gives the role speaks
        if participle or {w.strip(",").lower() for w in whole} & _OFFICES:
            return h
    return m


def _names_the_role(text: str, role: Mention, m: Mention, verb_start: int) -> bool:
    """Return whether the named person at ``m`` is an appositive naming the unnamed ``role`` before it, with only a
    printed title between ("the spokesperson, Lt. Col. Jo Bell, said", "the envoy, Ambassador Jo Bell, said"), and
    a comma alone between the name and the verb at ``verb_start``; not an office after the name ("a senior official,
    Jo Bell's aide, said": the official).

    >>> t = "the spokesperson, Lt. Col. Jo Bell, said"
    >>> role, bell = Mention(0, 16, "the spokesperson", "person", {"descriptor": True}), Mention(27, 34, "Jo Bell",
    ...     "person", {})
    >>> _names_the_role(t, role, bell, t.index("said")), _names_the_role(t, bell, role, t.index("said"))
    (True, False)
    >>> t = "a senior official, Jo Bell's aide, said"; bell = Mention(19, 26, "Jo Bell", "person", {})
    >>> _names_the_role(t, Mention(0, 17, "a senior official", "person", {"descriptor": True}), bell, t.index("said"))
    False
    """
    if not role.value.get("descriptor") or m.value.get("descriptor") or m.kind != "person":
        return False
    gap = text[role.end : m.start]
    if not gap.startswith(", ") or text[m.end : verb_start].strip() != ",":
        return False
    return all(w in TITLES or _capitalised_title(w) for w in gap[2:].split())


_OFFICES = frozenset(w.lower() for w in ROLE_NOUNS | TITLES)


# A proper-noun phrase after a name, before its verb: "Jo Bell of the Hanul Institute said".
_OF_PROPER = re.compile(
    r"(?<!\s)\s++(?:of|from|at)\s++(?:the\s++)?+(?:[A-Z][\w.&'’-]*+\s++(?:(?:of|for|and|the)\s++)*+)++"
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom|where)\b[^,]*\Z")


def _in_relative_clause(text: str, start: int, pos: int) -> bool:
    """Return whether ``pos`` is inside a relative clause opened after a comma in ``text[start:pos]``.

    >>> _in_relative_clause("Bo, who met Jo Bell", 0, 12), _in_relative_clause("Bo met Jo Bell", 0, 7)
    (True, False)
    """
    comma = text.rfind(",", start, pos)
    return comma >= 0 and _RELATIVE.match(text, comma, pos) is not None


def _inside_aside(text: str, pos: int, floor: int) -> bool:
    """Return whether a mention at ``pos`` stands inside an aside on the subject before it: a relative clause
    (:func:`_in_relative_clause`) or a preposition's object (:func:`_agent_aside`).

    >>> _inside_aside("Bo, who met Jo Bell", 12, 0), _inside_aside("The team, led by Jo Bell", 17, 0)
    (True, True)
    """
    return _in_relative_clause(text, max(floor, pos - win.RELATIVE_BACK), pos) or _agent_aside(
        text, max(floor, pos - win.AGENT_ASIDE_BACK), pos) > floor


_ASIDE_MARKS_OPEN = ",(–—"


def _agent_aside(text: str, start: int, pos: int) -> int:
    """Return where the aside opens when ``pos`` (a mention's start) is a preposition's object inside an aside opened
    by a participle or a preposition after a comma, a dash or a bracket in ``text[start:pos]`` ("The ministry, led by
    Jo Bell,", "the team, under Jo Bell,", "The ministry, in a letter to Jo Bell,"), else -1: the subject stands before
    the aside, the aside's person does not speak.

    >>> t = "The ministry, led by Jo Bell, said"
    >>> _agent_aside(t, 0, 21), _agent_aside("The ministry, in a letter to Minister Jo Bell", 0, 38)
    (12, 12)
    >>> _agent_aside("The team, under Jo Bell, said", 0, 16), _agent_aside("In Seoul, Jo Bell said", 0, 10)
    (8, -1)
    >>> _agent_aside("Jo Bell, a friend of Al Roe,", 0, 21), _agent_aside("Jo Bell, who met Al Roe,", 0, 17)
    (-1, -1)
    >>> t = "The plan, proposed by Al Roe,"
    >>> _agent_aside("Both denied it, with the Pentagon calling it", 0, 21), _agent_aside(t, 0, 22)
    (-1, -1)
    """
    at = max(text.rfind(c, start, pos) for c in _ASIDE_MARKS_OPEN)
    words = text[at + 1 : pos].split() if at > start else []
    while words and words[-1][:1].isupper():
        words.pop()  # "led by Foreign Minister Jo Bell": past the title
    if not 0 < len(words) <= win.AGENT_ASIDE_WORDS or not _aside_preposition(words[-1]):
        return -1
    first = words[0]
    if first == "with" or first in _MAKER_PARTICIPLES:
        return -1  # "with the Pentagon calling it '...'", "The plan, proposed by Jo Bell, called for": they speak
    return at if _aside_preposition(first) or first.endswith(("ed", "ing")) or first in _IRREGULAR_PARTICIPLES else -1


def _aside_preposition(word: str) -> bool:
    """Return whether ``word`` is a preposition that may open or close an aside before a name.

    >>> _aside_preposition("under"), _aside_preposition("by"), _aside_preposition("a")
    (True, True, False)
    """
    return word in _PREPOSITIONS or word in _ASIDE_PREPOSITIONS


_ASIDE_PREPOSITIONS = frozenset(["under", "beside", "alongside", "after", "before", "like", "unlike", "near"])
_IRREGULAR_PARTICIPLES = frozenset(["led", "run", "held"])
# participles whose agent made the subject (a plan, a bill, a letter): the maker's words, as a document's issuer's
_MAKER_PARTICIPLES = word_set(
    "proposed written drafted issued signed released published made authored sent penned introduced sponsored "
    "submitted prepared put floated unveiled"
)


def _relative_subject(text: str, idx: _Index, verb_start: int, floor: int) -> _Who:
    """Return the noun phrase a "who" before the verb stands for ("a group of protesters who chanted").

    >>> t = "Bo was met by a group of protesters who chanted"
    >>> w = _relative_subject(t, _Index([]), 40, 0); t[w.start : w.end]
    'a group of protesters'
    >>> t = "Jo Bell, who during his presidency accused"
    >>> _relative_subject(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 35, 0).start
    0
    """
    window = text[max(floor, verb_start - win.RELATIVE_HEAD_BACK) : verb_start]
    words = window.split()
    who = _relative_who(words)
    if who < 1:
        return _NOBODY
    words = words[: who + 1]
    head_end = max(floor, verb_start - win.RELATIVE_HEAD_BACK) + _nth_word_start(window, who)
    head_end = _stripped_end(text, head_end, " ,")
    named = idx.ending_before(head_end, head_end - win.RELATIVE_NAMED_BACK)
    if named and _past_brackets(text, named[0].end, head_end) == head_end and _is_speaker(named[0]):
        return _named(_apposed_name(text, idx, named[0].start, floor) or named[0])
    det = next((k for k in range(len(words) - 2, max(-1, len(words) - win.RELATIVE_DET_WORDS), -1)
                if words[k].lower() in _DETERMINERS), None)  # fmt: skip
    if det is None:
        return _NOBODY
    start = text.rfind(" ".join(words[det:-1]), max(floor, verb_start - win.RELATIVE_HEAD_BACK), verb_start)
    if start >= 0 and (apposed := _apposed_name(text, idx, start, floor)) is not None:
        return _named(apposed)  # "Ana Volk, a senator who has long called": the senator is Ana Volk
    return _Who("descriptor", None, start, head_end) if start >= 0 else _NOBODY


def _apposed_name(text: str, idx: _Index, start: int, floor: int) -> Mention | None:
    """Return the named person right before an unnamed description at ``start`` that is their appositive ("Jo Bell,
    the man who ...": the man is Jo Bell), else None.

    >>> t = "Jo Bell, the man who called"
    >>> _apposed_name(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 9, 0).exact
    'Jo Bell'
    """
    if text[max(floor, start - 2) : start] != ", " or speaks_after_comma(text, start):
        return None  # "talks with Jo Bell, a source who asked not to be named said:": the source speaks
    named = idx.ending_before(start - 2, max(floor, start - win.APPOSED_NAME_BACK), most=4)
    m = named[0] if named else None
    if m is None or not (m.end == start - 2 and m.kind == "person" and _is_speaker(m)):
        return None
    return m if not m.value.get("descriptor") and not m.value.get("plural") else None


_ADVERBIAL_OPENERS = _PREPOSITIONS | frozenset(
    ["during", "last", "earlier", "later", "since", "after", "before", "also", "then", "previously", "once", "again"]
)


_RELATIVE_ADVERBS = frozenset(["long", "often", "never", "already", "since", "always", "once", "twice"])


def _relative_who(words: list[str]) -> int:
    """Return the index of the "who" whose verb comes right after ``words``, past an adverbial phrase between
    them ("who during his presidency", "who last year"), else -1.

    >>> _relative_who("a man who".split()), _relative_who("Bo, who during his presidency".split())
    (2, 1)
    >>> _relative_who("Bo, who met Al".split()), _relative_who("Bo, who has long".split())
    (-1, 1)
    """
    for k in range(len(words) - 1, max(-1, len(words) - win.RELATIVE_WHO_WORDS), -1):
        if words[k] == "who":
            rest = words[k + 1 :]
            adverbial = not rest or rest[0].lower() in _ADVERBIAL_OPENERS or all(
                w.endswith("ly") or w in _AUXILIARIES or w in _RELATIVE_ADVERBS for w in rest)  # "who has long"
            return k if adverbial and not any(w.endswith(",") for w in rest[:-1]) else -1
    return -1


def _nth_word_start(window: str, n: int) -> int:
    """Return where the ``n``-th word (from 0) of ``window`` starts.

    >>> _nth_word_start("  a bb c", 2)
    7
    """
    return [m.start() for m in re.finditer(r"\S+", window)][n]


_INDEFINITES = frozenset(["a", "an", "one", "another"])
_KIN = word_set("wife husband son daughter father mother brother sister head")  # no office ("a head of state")
_PEOPLE_NOUNS = word_set(  # people by what they do or where they are, no office ("a protester at the rally")
    "protester demonstrator resident worker employee soldier voter citizen participant attendee observer critic "
    "supporter organizer organiser commentator reporter journalist businessman entrepreneur sergeant shopkeeper")
_INDEFINITE_HEADS = (ROLE_NOUNS | _SOURCE_NOUNS | _PEOPLE_NOUNS) - _KIN
_COUNTED = frozenset(["two", "three", "four", "five", "several", "some", "many", "most", "few", "multiple"])
_COUNTED_HEADS = _PEOPLE_PLURALS | word_set("people aides advisers insiders members staffers protesters workers "
                                            "residents employees soldiers voters citizens participants students "
                                            "governments countries nations allies")
_UNNAMED_STOPS = _PREPOSITIONS | _DETERMINERS | frozenset(["and", "or", "but", "who", "which", "that", "as", "than"])


# Nouns in an agent's ending that are things, not people ("said a letter from the ministry")
_THING_AGENTS = word_set("letter newsletter paper newspaper poster flyer banner number order error matter "
                         "chapter quarter center centre sector factor computer monitor transcript")
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
_WHERE_AFTER = word_set("near outside inside beside behind across around opposite")  # "a shop owner near the base"
_AGENT_LEAST = 5  # letters of an agent noun at least ("owner", "donor"; not "her", "per")


def _agent_head(words: list[tuple[int, str]], k: int) -> bool:
    """Return whether ``words[k]`` (of an indefinite phrase after an inverted speech verb) is a person named by an
    agent noun that ends the phrase ("said a Korean farmer.", "said a shop owner near the base"): lower case, in
    -er/-or/-ist/-ian, no thing (_THING_AGENTS), and the phrase's last word (its punctuation, the text's end or a
    preposition or relative word after it; "a former official": "former" goes on to a noun).

    >>> w = [(0, "a"), (2, "Korean"), (9, "farmer."), (16, "Yes")]
    >>> _agent_head(w, 2), _agent_head([(0, "a"), (2, "former"), (9, "official")], 1)
    (True, False)
    >>> _agent_head([(0, "a"), (2, "shop"), (7, "owner"), (13, "near")], 2), _agent_head([(0, "a"), (2, "letter")], 1)
    (True, False)
    """
    w = words[k][1]
    bare = w.rstrip(".,;:!?”\"’'")
    if not bare.islower() or len(bare) < _AGENT_LEAST or not bare.endswith(_AGENT_ENDINGS) or bare in _THING_AGENTS:
        return False
    after = words[k + 1][1].lower() if k + 1 < len(words) else ""
    return bare != w or not after or after in _UNNAMED_STOPS or after in _ADJUNCT_OPENERS or after in _WHERE_AFTER


def _indefinite_phrase(text: str, pos: int, limit: int, agent: bool = False) -> _Who:
    """Return the unnamed person whose indefinite noun phrase opens at ``pos`` ('", said a USFK official', "according
    to a Seoul-based analyst", "one Senate aide", or people counted: "two people"): "a"/"an"/"one"/"another" (or a
    count and a plural), at most five modifiers of any case (a body's name, "security", "Seoul-based") and a role
    noun that ends the phrase (no name after it: "a Pentagon spokesman Jo Bell" is a title); else nobody. An
    indefinite phrase names no one: its words, less the article, are the speaker's name.

    >>> t = '"No," said a USFK official on Monday.'
    >>> w = _indefinite_phrase(t, 11, len(t)); (w.attribution, t[w.start : w.end], w.name)
    ('descriptor', 'a USFK official', 'USFK official')
    >>> _indefinite_phrase("a Pentagon spokesman Jo Bell said", 0, 33).found, _indefinite_phrase("a deal", 0, 6).found
    (False, False)
    >>> t = "according to a senior People Power Party lawmaker."
    >>> w = _indefinite_phrase(t, 13, len(t)); t[w.start : w.end]
    'a senior People Power Party lawmaker'
    >>> t = '", said two people familiar with the talks'; w = _indefinite_phrase(t, 8, len(t)); t[w.start : w.end]
    'two people'
    """
    words = [(m.start(), m.group()) for m in itertools.islice(
        _NONSPACE_RUN.finditer(text, pos, min(limit, pos + win.INDEFINITE_PHRASE)), win.UNNAMED_MODIFIER_WORDS + 3)]
    if not words or words[0][0] != pos or words[0][1].lower() not in _INDEFINITES | _COUNTED:
        return _NOBODY
    heads = _COUNTED_HEADS if words[0][1].lower() in _COUNTED else _INDEFINITE_HEADS  # "two people", "a person"
    for k, (start, w) in enumerate(words[1 : win.UNNAMED_MODIFIER_WORDS + 2], 1):
        bare = w.rstrip(".,;:!?”\"’'")
        if (bare.lower() in heads and bare.islower()) or (agent and _agent_head(words, k)):
            after = words[k + 1][1] if k + 1 < len(words) and bare == w else ""
            if is_name_word(after) and after not in _NOT_TITLE:
                return _NOBODY  # "a Pentagon spokesman Jo Bell": a title before a name
            first = 0 if words[0][1].lower() in _COUNTED else 1  # "several governments" keeps its count
            phrase = text[words[first][0] : start + len(bare)]  # named without "a", as _office_phrase names it
            return _Who("descriptor", None, pos, start + len(bare), name=phrase)
        kept = bare + "." if w.endswith(".") and "." in bare else bare  # "U.S." keeps its stop
        if kept != w or bare.lower() in _UNNAMED_STOPS or not bare.replace(".", "").replace("-", "").isalpha():
            return _NOBODY
    return _NOBODY


# A sentence that opens on an indefinite article: where a new unnamed person may enter ("A retired colonel ...")
_INDEFINITE_OPENER = re.compile(r"(?:^|(?<=[.!?\u201d\"\u2019] ))(?:A|An|Another) ", re.M)
_OPENER_END = re.compile(r"[.!?][\u201d\"\u2019]?\s|\n")
_STOP_MARKS = re.compile(r"[.!?]")
_ASKING = r"\b(?:asked|asking|questioned|pressed|wondered) (?:if|whether|why|how|what|when|about)\b"
_OBJECT_OF = {"he": re.compile(r"\bhim\b|" + _ASKING), "she": re.compile(r"\bher\b|" + _ASKING)}  # the unnamed
# one speaks to, or asks, the other ("who asked not to be named" asks no one)


def _unnamed_opener(text: str, lo: int, hi: int, pronoun: str) -> tuple[int, int, str] | None:
    """Return (start, end, name) of an unnamed person who opens the last sentence before ``hi`` (after ``lo``,
    outside quotes: "A retired sergeant in Daegu disagreed.", "A soldier at the gate, who gave no name, said ..."):
    a "he" or "she" right after that sentence tells of that newcomer, not of a person named before; else None. Not
    one in the pronoun's own sentence ("A veteran of two wars, he said": the pronoun's appositive), nor one whose
    sentence holds the pronoun's object form or a question ("A reporter asked him ...", "A student asked if ...":
    the pronoun is the other, who answers).

    >>> t = "Jo Bell runs a shop. A retired sergeant in Daegu disagreed. "
    >>> _unnamed_opener(t, 7, len(t), "he")
    (21, 39, 'retired sergeant')
    >>> _unnamed_opener("Jo Bell spoke. A veteran of two wars, he said", 7, 38, "he") is None
    True
    >>> _unnamed_opener("Jo Bell spoke. A student asked him why. ", 7, 40, "he") is None
    True
    """
    found = None
    for m in _INDEFINITE_OPENER.finditer(text, lo, hi):
        para = text.rfind("\n", 0, m.start()) + 1
        if text.count("\u201c", para, m.start()) > text.count("\u201d", para, m.start()) or (
                text.count('"', para, m.start()) % 2):
            continue  # inside a quote
        who = _indefinite_phrase(text, m.start(), hi, agent=True)
        if not who.found or who.name is None:
            continue
        stop = _OPENER_END.search(text, who.end, hi)
        if stop is None or (obj := _OBJECT_OF.get(pronoun)) is None or obj.search(text, who.end, stop.start()):
            continue
        found = (who.start, who.end, who.name) if not _STOP_MARKS.search(text, stop.end(), hi) else None
    return found


# What an unnamed person's "at/for/from/with" phrase may not end on: an event or a time ("said an official at a
# briefing", "a senior official at the time"), which tells where or when the person spoke, not who the person is.
_EVENT_NOUNS = word_set("briefing conference meeting forum hearing session event seminar interview rally ceremony "
                        "symposium dinner luncheon gathering summit talks time moment weekend end start beginning")
_POSTMOD_PREPS = word_set("at for from with")  # not "of": "one employee of the base" is the employee
_UNNAMED_RULES = frozenset(["descriptor", "fallback", "subject"])  # rules whose speaker may be an unnamed person


def _postmodified(text: str, idx: _Index, who: _Who, limit: int) -> _Who:
    """Return an unnamed person's descriptor ("an official", "a spokesman") with the phrase after its head that
    says whom the person works for ("an official at a major automaker", "a spokesman for the U.S. Embassy in
    Tokyo"): a preposition of ``_POSTMOD_PREPS``, then an article or a capitalised word, up to a comma, a stop, a
    relative word, a verb or a time; not an event or a time ("an official at a briefing"), nor a phrase that opens
    on a named body (":func:`_unnamed_of_org` names "an official at the Blue House" "Blue House official"); else
    ``who``.

    >>> t = '"No," said an official at a major automaker, who declined.'
    >>> w = _postmodified(t, _Index([]), _Who("descriptor", None, 11, 22, name="official"), len(t))
    >>> (t[w.start : w.end], w.name)
    ('an official at a major automaker', 'official at a major automaker')
    >>> t = 'A spokesman for the U.S. Embassy in Tokyo declined to comment'
    >>> t[:_postmodified(t, _Index([]), _Who("descriptor", None, 0, 11), len(t)).end]
    'A spokesman for the U.S. Embassy in Tokyo'
    >>> t = '"No," said an official at a briefing on Monday.'
    >>> _postmodified(t, _Index([]), _Who("descriptor", None, 11, 22), len(t)).end
    22
    """
    if who.attribution not in _UNNAMED_RULES or who.start < 0 or (who.mention is not None
                                                           and not who.mention.value.get("descriptor")):
        return who  # a named person or body
    first, _, rest = text[who.start : who.end].partition(" ")
    if first.lower() not in _INDEFINITES or who.name not in {None, rest}:
        return who  # a definite role, or a name a rule made of the body ("State Department official")
    end = _postmodifier_end(text, who.end, limit)
    last = text[who.end : end].split()[-1].rstrip(".,").lower() if end > 0 else ""
    if end < 0 or last in _EVENT_NOUNS or last in _OFFICES:
        return who  # "at a briefing": when it spoke; "a spokesman for the president": the person is named apart
    words = text[who.end : end].split()
    if any(w.endswith(_POSSESSIVE_S) for w in words):
        return who  # "a spokesperson for South Korea's foreign ministry": named by its owner (_owned_phrase)
    at = text.find(words[1], who.end)
    body = idx.first_between(at, text.find(words[2], at) + 1 if len(words) > 2 else at + 1)
    if any(m.kind != "person" and _is_speaker(m) for m in body):
        return who  # "a spokesman for the U.S. Embassy": the body's member (_unnamed_of_org)
    name = who.name + text[who.end : end] if who.name is not None else None
    return replace(who, end=end, name=name)


def _postmodifier_end(text: str, pos: int, limit: int) -> int:
    """Return where the phrase after a head noun at ``pos`` that says whom a person works for ends ("at a major
    automaker", "for the U.S. Embassy in Tokyo"): a preposition of ``_POSTMOD_PREPS``, then an article or a
    capitalised word, up to a comma, a stop, a relative word, a verb or an "in" that is no place's; else -1.

    >>> t = "a spokesman for the U.S. Embassy in Tokyo declined"
    >>> t[11 : _postmodifier_end(t, 11, len(t))]
    ' for the U.S. Embassy in Tokyo'
    >>> _postmodifier_end("an official said it", 11, 19)
    -1
    """
    words = [(m.start(), m.group()) for m in itertools.islice(
        _NONSPACE_RUN.finditer(text, pos, min(limit, pos + win.POSTMOD_CHARS)), win.POSTMOD_WORDS + 1)]
    if len(words) < 2 or words[0][1] not in _POSTMOD_PREPS:
        return -1
    if words[1][1].lower() not in _INDEFINITES | {"the"} and not words[1][1][:1].isupper():
        return -1
    end = -1
    for k, (start, w) in enumerate(words[1:], 1):
        initials = w.endswith(".") and "." in w[:-1]  # "U.S." goes on
        bare = w if initials else w.rstrip(".,;:!?”\"’'")
        low = bare.lower()
        if k > 1 and (low in _UNNAMED_STOPS - {"of", "and", "in", "the", "a"} or _VERB_WORD.fullmatch(bare)
                      or (bare.islower() and (low.endswith("ed") or low in _SUBJECT_VERBS or low in _IRREGULAR_PAST))):
            break  # "who", "said", "declined", "has", "spoke": the clause goes on
        if low == "in" and not words[min(k + 1, len(words) - 1)][1][:1].isupper():
            break  # "in a statement": how it spoke; "in Tokyo": where the body is
        if low not in {"of", "and", "in", "the", "a"}:
            end = start + len(bare)
        if bare != w:
            break  # a comma or a stop ends the phrase
    return end


_WRITING = frozenset(["wrote", "writes", "writing"])


def _written_document(verb: str, phrase: str) -> bool:
    """Return whether ``phrase``, right after the verb ``verb``, is a document that verb writes ("wrote a memo"):
    the verb's object, not an inverted speaker ("said a statement from the ministry").

    >>> _written_document("wrote", "a memo"), _written_document("said", "a memo"), _written_document("wrote", "a rep")
    (True, False, False)
    """
    return verb in _WRITING and any(w.lower().rstrip(",.") in _DOCUMENTS for w in phrase.split()[:3])


# an auxiliary or modal right after a name: the name opens a clause of its own ('saying Seoul will', 'adding Japan has')
# (the adverbs of _SUBJECT_VERBS, "also", "then", are not read here: qfix44 kept to auxiliaries and modals)
_CLAUSE_AUXILIARY = re.compile(r" (?:" + "|".join([*_AUXILIARY_WORDS, "should", "must", "may", "might"]) + r")\b")


def _opens_clause(text: str, end: int) -> bool:
    """Return whether the name ending at ``end`` is followed by an auxiliary or modal: the subject of the clause a
    verb of saying reports ('", saying Seoul will ...'), not that verb's inverted subject (qfix44).

    >>> t = "a fair deal, saying Seoul will try"
    >>> _opens_clause(t, t.index(" will")), _opens_clause("said Jo Bell, the envoy", 12)
    (True, False)
    """
    return _CLAUSE_AUXILIARY.match(text, end) is not None


def _reported_clause_subject(phrase: str) -> bool:
    """Return whether a body's phrase after a speech verb goes on with an auxiliary or a modal among its first four
    words ("the two sides were", "the ministry would"): the subject of the clause the verb reports, not the verb's
    inverted subject ('", said the ministry').

    >>> _reported_clause_subject("the two sides were closely"), _reported_clause_subject("the ministry in a statement")
    (True, False)
    """
    return any(w in _FINITE_WORDS for w in phrase.split()[1:4])


# Auxiliaries and modals that make the words before them a clause's subject ("the two sides were", "the talks had").
_QUOTE_MARKS = frozenset('"“”')  # marks that open or close a quotation in running text
_FINITE_WORDS = word_set("is are was were has have had will would can could should must may might did does do")


def _subject_after(text: str, idx: _Index, verb_end: int, limit: int) -> _Who:
    """Return the subject right after a speech verb ("said Esper", "said Defense Secretary Jo Bell")."""
    verb = text[max(0, verb_end - 12) : verb_end].split()[-1].lower()
    if verb not in _INVERTING or verb.endswith("ing"):
        return _NOBODY  # "criticized the Bo administration": an object, not the speaker; '“...,” adding the two
        # sides plan to': a participle takes no subject after it, only what it reports (mend54s)
    gap = re.compile(r"[\s,]{0,8}").match(text, verb_end)
    pos = gap.end() if gap else verb_end
    if (holder := _apposed_holder(text, idx, pos, limit)).found:
        return holder  # '", said the union's leader, Jo Bell': the holder, not the office or its owner
    for m in idx.first_between(pos, min(limit, pos + win.SUBJECT_AFTER)):
        if _is_speaker(m) and (m.start == pos or _title_gap(text, pos, m.start) or _office_words(text, pos, m.start)):
            if _opens_clause(text, m.end):
                return _NOBODY  # '", saying Seoul will': the reported clause's subject, not the verb's
            return (_owned_office(text, idx, m, limit) or _owned_phrase(text, m, limit)
                    or _named(_named_after_office(text, idx, m, limit)))  # fmt: skip
        break
    if (unnamed := _indefinite_phrase(text, pos, limit)).found:
        return unnamed  # '", said a USFK official': no mention spans the phrase, and its body does not speak
    p = _PRONOUN_AFTER.match(text, verb_end, min(limit, verb_end + 8))
    if p:
        return _Who("pronoun", None, p.start("p"), p.end("p"))
    ph = _ORG_PHRASE.match(text, pos, min(limit, pos + win.ORG_AFTER))
    if ph and any(w.lower() in _ORG_NOUNS or w.lower() in _DOCUMENTS for w in ph.group().split()[:3]):  # qfix50:
        # '", said a press release by the ministry': a document of _DOCUMENTS as much as of _ORG_NOUNS
        if _reported_clause_subject(ph.group()):
            return _NOBODY  # '..., but said the two sides were “...”': the reported clause's subject
        end = ph.start() + len(_before_adjunct(ph.group()))
        return _Who("descriptor", None, ph.start(), end)  # '", said a statement from the ministry'
    if ph and (doc := _document_after(ph.group())):
        return _Who("descriptor", None, ph.start(), ph.start() + len(doc))  # '", said the commentary'
    if (people := _inverted_people(text, verb_end, limit)) is not None:
        return people  # '", said officials'
    if mm := _THE_MEMBERS.match(text, pos, limit):
        return _Who("descriptor", None, mm.start(), mm.end())  # '", wrote the Members': a release's signers
    if (office := _office_of(text[pos : min(limit, pos + win.OFFICE_PHRASE)])) is not None:
        return _Who("descriptor", None, pos, pos + len(office))  # '", said the head of the U.S. delegation'
    if (vague := _person_who(text, pos, limit)).found:
        return vague  # '“...,” said a person who had worked with Jo Bell': the clause describes the speaker
    if (agent := _indefinite_phrase(text, pos, limit, agent=True)).found:
        return agent  # '", said a Korean farmer': an agent noun ends the phrase
    if ph and ph.group()[:1] == "a":
        return _office_phrase(ph.group(), ph.start())
    if ph and (role := _role_before_manner(ph.group())):
        return _Who("descriptor", None, ph.start(), ph.start() + len(role))  # '”, said the minister sharply'
    return _bare_office(text, pos, limit)


def _role_before_manner(phrase: str) -> str:
    """Return the words of an office or a body that open ``phrase`` after an inverted speech verb and end right before
    an adverb of manner ("the minister sharply": "the minister"; '“...,” said the official flatly'), else "".

    >>> _role_before_manner("the minister sharply"), _role_before_manner("the deputy minister flatly on Monday")
    ('the minister', 'the deputy minister')
    >>> _role_before_manner("the minister on Monday"), _role_before_manner("the talks sharply")
    ('', '')
    """
    words = phrase.split()
    k = next((i for i, w in enumerate(words[: win.PHRASE_WORDS + 1]) if manner_adverb(w)), 0)
    head = words[:k]
    if len(head) < 2 or head[0] not in {"the", "a", "an", "one"} or not all(w.isalpha() and w.islower() for w in head):
        return ""
    return " ".join(head) if head[-1] in _OFFICES or head[-1] in _BODY_NOUNS else ""


_WRITINGS = word_set("commentary editorial article column report statement memo letter text "
                     "cable dispatch memorandum bulletin")  # qfix50: "the cable, dated ..., said"
# "the Members" after an inverted verb: the signers a release listed ('", wrote the Members'); not "the members of X"
_THE_MEMBERS = re.compile(r"the[ \t][Mm]embers\b(?![ \t]++of\b|[ \t]*+[-\w’'])")


def _document_after(phrase: str) -> str:
    """Return the article and the noun of a writing that open ``phrase`` ("the commentary", "its editorial"), the
    words of an inverted speech verb's subject, else "".

    >>> _document_after("the commentary on Friday"), _document_after("the talks")
    ('the commentary', '')
    """
    words = phrase.split()[:2]
    return " ".join(words) if len(words) == 2 and words[1] in _WRITINGS else ""


# Things whose printed words a text quotes ("the tweet read", "the banner said"): a writing nobody is named as making.
_INSCRIPTIONS = word_set("tweet post banner sign placard poster caption slogan inscription plaque headline")


def _document_before(text: str, floor: int, verb_start: int) -> _Who:
    """Return the writing whose definite noun phrase ends right before a speech verb ("The commentary said", "its
    editorial argued"): the words the text gives it by, else nobody.

    >>> t = "Rent rose. The commentary said"
    >>> w = _document_before(t, 0, t.index("said")); (t[w.start : w.end], w.name)
    ('The commentary', 'commentary')
    >>> _document_before("The talks said", 0, 10).found
    False
    >>> t = '"Go home," the banner read.'; w = _document_before(t, 10, t.index("read")); (t[w.start : w.end], w.name)
    ('the banner', 'banner')
    """
    lo = max(floor, verb_start - win.DOCUMENT_BACK)
    words = list(_NONSPACE_RUN.finditer(text, lo, verb_start))[-2:]
    if len(words) < 2 or words[0].group().lower() not in {"the", "its", "their"} or words[1].group() not in (
            (_WRITINGS - _ISSUED) | _INSCRIPTIONS):  # fmt: skip
        return _NOBODY  # "The statement continued": its issuer's words (_org_reference)
    return _Who("descriptor", None, words[0].start(), words[1].end(), name=words[1].group())


def _office_of(window: str) -> str | None:
    """Return the words opening ``window`` that name an office by what it heads ("the head of the U.S. delegation",
    "the chief of the union"): an article, an office noun, "of" or "for", up to the clause's end or an adjunct
    ("after talks ..."); else None.

    >>> _office_of("the head of the U.S. delegation. Later"), _office_of("the talks of the year.")
    ('the head of the U.S. delegation', None)
    """
    words = window.split()
    if len(words) < 4 or words[0] not in {"the", "a", "an"} or words[1] not in _OFFICES:
        return None
    if words[2] not in {"of", "for"}:
        return None
    for k, w in enumerate(words[3:], 3):
        if w.endswith((",", ";", ":")) or _closes_sentence(w) or w in _ADJUNCT_OPENERS or _MARK.search(w):
            kept = words[: k + 1] if _closes_sentence(w) or w.endswith((",", ";", ":")) else words[:k]
            return " ".join(kept).rstrip(",;:.") or None
    return None


_ADJUNCT_OPENERS = word_set("after before during while when following amid as")
_ASIDE_OPENERS = word_set("who whose where which")


def _office_subject(text: str, floor: int, verb_start: int) -> _Who:
    """Return the office by what it heads that is all of the sentence before its speech verb, past a relative
    aside ("The mayor of Vilseck, where thousands of soldiers live, said ..."; "The governor of Okinawa said"),
    else nobody.

    >>> t = "The governor of Okinawa, who opposes the base, said"
    >>> w = _office_subject(t, 0, t.index("said")); t[w.start : w.end]
    'The governor of Okinawa'
    >>> _office_subject("The head of the talks, he said", 0, 26).found
    False
    >>> t = "The head of the union declined to comment but said"
    >>> _office_subject(t, 0, t.index("said")).found
    False
    """
    floor = _past_opener(text, floor, verb_start)  # "On Monday, the candidate for defense secretary said"
    if verb_start - floor > win.OFFICE_SUBJECT_REACH:
        return _NOBODY
    stretch = text[floor:verb_start].rstrip()
    head = stretch
    if stretch.endswith(","):
        head, _, aside = stretch[:-1].partition(",")
        if not aside.split() or aside.split()[0] not in _ASIDE_OPENERS:
            return _NOBODY  # "The head of the talks, he said": no aside
    lead = len(head) - len(head.lstrip())
    if head[lead : lead + 4] not in {"The ", "the "} or not all(map(_noun_phrase_word, head.split()[3:])):
        return _NOBODY  # "A spokesman for X" is read as an unnamed person; "... for the embassy declined to": a verb
    office = _office_of(head[lead:lead + 1].lower() + head[lead + 1 :] + ",")
    if office is None or len(office) != len(head.strip()):
        return _NOBODY
    return _Who("descriptor", None, floor + lead, floor + lead + len(office))


_OPENER_ADVERBS = word_set("earlier later meanwhile separately yesterday today however also")


def _past_opener(text: str, floor: int, verb_start: int) -> int:
    """Return where a sentence's subject starts past its opening adverbial and its comma ("On Monday, the head of
    the talks said", "During the hearing, ...", "Earlier, ..."): a preposition or a sentence adverb, then words of a
    noun phrase (:func:`_noun_phrase_word`); else ``floor`` (speak54: main read an office only as all of the
    sentence before its verb).

    >>> t = "On Monday, the head of the talks said"; t[_past_opener(t, 0, t.index(" said")) :]
    'the head of the talks said'
    >>> t = "Asked about it, the head of the talks said"; _past_opener(t, 0, t.index(" said"))
    0
    """
    comma = text.find(", ", floor, min(verb_start, floor + win.OPENER_MOST))
    words = text[floor:comma].split() if comma > floor else []
    if not words or (words[0].lower() not in _PREPOSITIONS | _OPENER_PREPOSITIONS and (
            len(words) > 1 or words[0].lower() not in _OPENER_ADVERBS)) or not all(map(_noun_phrase_word, words[1:])):
        return floor
    return comma + 2


_OPENER_PREPOSITIONS = word_set("during after before at in on since until amid despite under")


def _noun_phrase_word(word: str) -> bool:
    """Return whether ``word`` may stand in the noun phrase after an office's "of" ("the U.S. delegation"), not a
    verb or a conjunction that goes on to a clause ("declined", "was", "but").

    >>> [_noun_phrase_word(w) for w in "the U.S. delegation declined but".split()]
    [True, True, True, False, False]
    """
    low = word.lower()
    return word[:1].isupper() or not (low.endswith("ed") or low in _SUBJECT_VERBS or low in _REPORTING
                                      or low in _IRREGULAR_PAST or low in {"but", "or", "to"})


def _before_adjunct(phrase: str) -> str:
    """Return a speaker's phrase without the adjunct that tells when or how it spoke ("the ministry after talks with
    Bo Roe": the ministry).

    >>> _before_adjunct("the ministry after talks with Bo Roe"), _before_adjunct("a statement from the ministry")
    ('the ministry', 'a statement from the ministry')
    >>> _before_adjunct("the ministry in a statement"), _before_adjunct("the Ministry of Defense on Sunday")
    ('the ministry', 'the Ministry of Defense')
    """
    words = phrase.split()
    k = next((i for i, w in enumerate(words) if i > 0 and (w in _ADJUNCT_OPENERS or _how_or_when(words, i)
                                                           or manner_adverb(w))), len(words))  # fmt: skip
    return " ".join(words[:k])


_HOW_PREPS = frozenset(["in", "on", "at", "via", "during"])
_HOW_NEXT = frozenset(["a", "an", "its", "their", "last", "this", *calendar.day_name, *calendar.month_name[1:]])


def _how_or_when(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` opens an adjunct that tells how or when a speaker spoke ("in a statement", "at a
    briefing", "on Sunday", "in March"), not where it sits ("in Seoul", "at the ministry": part of its name).

    >>> w = "the ministry in a statement on Sunday".split(); _how_or_when(w, 2), _how_or_when(w, 5)
    (True, True)
    >>> _how_or_when("the ministry in Seoul".split(), 2), _how_or_when("an official at the ministry".split(), 2)
    (False, False)
    """
    return words[i] in _HOW_PREPS and i + 1 < len(words) and words[i + 1].rstrip(".,;:") in _HOW_NEXT


_VAGUE_PERSONS = word_set("person individual insider someone somebody")
_CLAUSE_END = ",.;:\"“”()\n"


def _person_who(text: str, pos: int, limit: int) -> _Who:
    """Return the unnamed speaker after an inverted verb whom only a "who" clause describes ("a person who had
    worked with Jo Bell", "someone who attended"): the vague noun and its clause up to the next stop; else nobody.

    >>> t = '"No," said a person who knows Jo Bell, declining to be named.'
    >>> _person_who(t, 11, len(t)).name, _person_who('"No," said an official who left.', 11, 33).found
    ('a person who knows Jo Bell', False)
    """
    window = text[pos : min(limit, pos + win.PERSON_WHO)]
    stop = next((i for i, c in enumerate(window) if c in _CLAUSE_END), len(window))
    words = window[:stop].split()
    k = next((i for i, w in enumerate(words[:win.PERSON_WHO_WORDS]) if w == "who"), 0)
    if k == 0 or k + 1 >= len(words) or words[k - 1] not in _VAGUE_PERSONS:
        return _NOBODY
    if k > 1 and words[0].lower() not in {"a", "an", "one"}:
        return _NOBODY
    if k == 1 and words[0] not in {"someone", "somebody"}:
        return _NOBODY
    phrase = window[:stop].rstrip()
    return _Who("descriptor", None, pos, pos + len(phrase), name=phrase)


_BARE_OFFICE = re.compile(
    r"(?:[A-Z][\w.-]{0,12}+ ){1,3}+(?:[a-z]{3,12}+ )?+(?P<office>[a-z]{3,20}+)(?=[.,;]?\s*+$)", re.MULTILINE
)  # "US president", "US defense chief": a name or two, at most one lower-case modifier, the office


def _bare_office(text: str, pos: int, limit: int) -> _Who:
    """Return the office with no article that ends a line after an inverted speech verb, as headlines and decks drop
    articles ('“We will pay,” says US president', '..., says Hanul defense chief'), named by its words; else nobody.

    >>> t = "'We pay,' says US president"
    >>> _bare_office(t, 15, len(t)).name, _bare_office("'No,' said Bo Corp results", 11, 27).found
    ('US president', False)
    >>> _bare_office("'No,' says US defense chief", 11, 28).name
    'US defense chief'
    """
    m = _BARE_OFFICE.match(text, pos, min(limit, pos + win.BARE_OFFICE))
    if m is None or m.group("office") not in _OFFICES:
        return _NOBODY
    if text[m.end() : m.end() + 3].strip(".,; ")[:1] not in {"", "\n"}:
        return _NOBODY  # the line goes on past the window: no headline's end
    return _Who("descriptor", None, m.start(), m.end(), name=m.group())


_APPOSED_OPENERS = frozenset(["the", "a", "an", "one", "its", "their"])


def _apposed_holder(text: str, idx: _Index, pos: int, limit: int) -> _Who:
    """Return the person named in commas after the office phrase that follows an inverted speech verb ('", said the
    union's leader, Jo Bell.', '", said Hanul's commander in chief, Gen. Jo Bell, in a message'): news English names
    the office first and its holder in apposition, and the holder speaks; else nobody. The phrase opens with an
    article or an owner's "'s", holds an office noun and no sentence end or quote mark.

    >>> t = '”, said the union’s leader, Jo Bell.'
    >>> _apposed_holder(t, _Index([Mention(28, 35, "Jo Bell", "person", {})]), 8, len(t)).start
    28
    >>> t = '”, said the envoy, Seoul said.'
    >>> _apposed_holder(t, _Index([Mention(19, 24, "Seoul", "place", {})]), 8, len(t)).found
    False
    """
    comma = text.find(", ", pos, min(limit, pos + win.APPOSED_REACH))
    words = text[pos:comma].split() if comma > pos else []
    if not words or len(words) > win.APPOSED_WORDS or _MARK.search(text, pos, comma):
        return _NOBODY
    owned = any(w.endswith(("'s", "’s")) for w in words[:win.APPOSED_OWNER_WORDS])
    if not (owned or words[0].lower() in _APPOSED_OPENERS) or _ends_sentence_in(" ".join(words)):
        return _NOBODY
    if not any(w.lower().rstrip(",") in _OFFICES or w.lower().rstrip("s") in ROLE_NOUNS for w in words):
        return _NOBODY
    k = max((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), default=len(words))
    if words[k + 1 : k + 2] in (["the"], ["a"], ["an"]) and words[-1].lower() in _OFFICES and words[-1][-1] != "s":
        return _NOBODY  # '", said a spokesman for the president, Bo Rimmer': the name is the president's (review15)
    for m in idx.first_between(comma + 2, min(limit, comma + win.APPOSED_HOLDER)):
        holder = m.kind == "person" and not m.value.get("descriptor") and not m.value.get("plural")
        if holder and (m.start == comma + 2 or _title_gap(text, comma + 2, m.start)) and (
                text[m.end : m.end + 1] in {",", ".", ""} or _ends_clause(text, m.end, limit)):  # fmt: skip
            return _named(m)
        break
    return _NOBODY


def _office_phrase(phrase: str, start: int) -> _Who:
    """Return an unnamed person as "a"/"an", a few lower-case modifiers and an office noun ('", said a former
    high-level official in ...'), named without its article, else nobody (modifiers hyphenated or not).

    >>> _office_phrase("a former high-level official in the cabinet", 9).name, _office_phrase("a way out", 0).found
    ('former high-level official', False)
    """
    words = phrase.split()
    for k, w in enumerate(words[1:win.OFFICE_PHRASE_WORDS], 1):
        if not (w.islower() or _based_in(w)):
            return _NOBODY
        if w in _OFFICES:
            head = " ".join(words[: k + 1])
            return _Who("descriptor", None, start, start + len(head), name=head.split(" ", 1)[1])
    return _NOBODY


def _based_in(word: str) -> bool:
    """Return whether ``word`` says where a person works ("Seoul-based", "Washington-based"): a modifier like a
    lower-case one.

    >>> _based_in("Seoul-based"), _based_in("Seoul")
    (True, False)
    """
    return word.endswith("-based") and word[:-6].replace(".", "").isalpha()


_INITIAL = r"(?<![A-Za-z])[A-Z]\."  # a capital's stop inside initials ("U.S."): no sentence's end
_ORG_PHRASE = re.compile(rf"(?:a|an|the|its|their)\s++(?:{_INITIAL}|[^,.;:!?\"“”]){{1,60}}+")


def _named_after_office(text: str, idx: _Index, m: Mention, limit: int) -> Mention:
    """Return the person named in commas right after an unnamed office ("said the spokesman, Jo Bell."), else ``m``.

    >>> t = "said the spokesman, Jo Bell."
    >>> ms = [Mention(5, 18, "the spokesman", "person", {"descriptor": True}), Mention(20, 27, "Jo Bell", "person", {})]
    >>> _named_after_office(t, _Index(ms), ms[0], len(t))[2]
    'Jo Bell'
    """
    if m.kind != "person" or not m.value.get("descriptor") or text[m.end : m.end + 2] != ", ":
        return m
    nxt = idx.starting_at(m.end + 2, m.end + 2)
    if (nxt is not None and nxt.kind == "person" and not nxt.value.get("descriptor")
            and _ends_clause(text, nxt.end, limit)):
        return nxt
    return m


def _owned_office(text: str, idx: _Index, owner: Mention, limit: int) -> _Who | None:
    """Return the person named after "<owner>'s <office>," ("said South Korea's chief negotiator, Jo Bell") or
    "<organisation> <office>" ("said USFK spokesman Col. Jo Bell"), else None: the holder speaks, not the owner.

    >>> t = "said Seoul's chief negotiator, Jo Bell."
    >>> ms = [Mention(5, 10, "Seoul", "place", {"metonym_for": "x"}), Mention(31, 38, "Jo Bell", "person", {})]
    >>> _owned_office(t, _Index(ms), ms[0], len(t)).start
    31
    """
    possessive = _possessive_len(text, owner)
    if not possessive and owner.kind == "person":
        return None
    after = owner.end + possessive
    for m in idx.first_between(after, min(limit, owner.end + win.OWNED_OFFICE)):
        office = text[after : m.start].strip().rstrip(",").split()
        known = all(w in _TITLE_WORDS or w.lower() in _TITLE_WORDS or w in _ROLE_GLUE for w in office)
        if m.kind == "person" and office and len(office) <= 8 and known:
            return _named(m)
        break
    return None


def _owned_phrase(text: str, owner: Mention, limit: int) -> _Who | None:
    """Return "<owner>'s <office or body>" when no name follows it ('", said Seoul's top negotiator.', '", said a
    spokesperson for South Korea's foreign ministry'): the office or body speaks, not its owner; "<owner>'s
    <document>": the owner, its issuer; else None.

    >>> t = '", said Seoul’s top negotiator.'
    >>> w = _owned_phrase(t, Mention(8, 13, "Seoul", "place", {}), len(t)); t[w.start : w.end]
    'Seoul’s top negotiator'
    >>> _owned_phrase('", said Seoul’s top negotiator Jo Bell.', Mention(8, 13, "Seoul", "place", {}), 38) is None
    True
    >>> t = "according to the Hanul Ministry's statement"
    >>> _owned_phrase(t, Mention(17, 31, "Hanul Ministry", "org", {}), len(t)).mention.exact
    'Hanul Ministry'
    """
    size = _possessive_len(text, owner) + 1  # with its space
    if size == 1 or text[owner.end + size - 1] != " ":
        return None
    words = text[owner.end + size : min(limit, owner.end + win.OWNED_OFFICE)].split()
    for k, w in enumerate(words[:win.OWNED_WORDS]):
        bare = w.rstrip(",.;:")
        if not bare.replace("-", "").isalpha() or not bare.islower():
            return None
        if bare in _OFFICES or bare in _ORG_NOUNS:
            if bare == w and k + 1 < len(words) and not words[k + 1][:1].islower():
                return None  # "Seoul's top negotiator Jo Bell": the name speaks
            end = text.find(bare, owner.end + size + len(" ".join(words[:k])), limit) + len(bare)
            if bare in _DOCUMENTS | _WRITINGS and _is_speaker(owner):
                return _Who("descriptor", owner, owner.start, end)  # "the ministry's statement": its issuer speaks
            return _Who("descriptor", None, owner.start, end, name=text[owner.start : end])
    return None


def _possessive_len(text: str, owner: Mention) -> int:
    """Return the length of the possessive right after ``owner``: 2 for "'s", 1 for the lone apostrophe after a
    place's name that ends in "s" ("the United States' envoy"; speak52, as :func:`_owner_possessive`), else 0.

    >>> t = "Seoul's envoy and the United States' envoy and the States'"
    >>> [_possessive_len(t, Mention(s, e, t[s:e], "place", {})) for s, e in ((0, 5), (22, 35), (50, 60))]
    [2, 1, 0]
    """
    if text[owner.end : owner.end + 2] in {"'s", "’s"}:
        return 2
    lone = text[owner.end : owner.end + 2] in {"' ", "’ "} and owner.exact.split()[-1:] != []
    return 1 if lone and _owner_possessive(owner.exact.split()[-1] + "'") else 0


_ROLE_GLUE = frozenset(
    ["chief", "top", "senior", "deputy", "lead", "special", "new", "foreign", "defense", "defence", "for", "state"]
)


def _clause_subject(text: str, idx: _Index, floor: int, pos: int, first: bool = False) -> _Who:
    """Return the nearest speaker before ``pos`` (and after ``floor``) that is followed by its verb
    ("Jo Bell lashed out at Seoul, calling it a ..."), skipping names after a preposition ("of Jo Bell").

    >>> t = "Jo Bell of the Foo Agency lashed out at Seoul, calling it"
    >>> m = [Mention(0, 7, "Jo Bell", "person", {}), Mention(15, 18, "Foo", "org", {})]
    >>> _clause_subject(t, _Index(m), 0, 47).start
    0
    """
    found = idx.ending_before(pos, max(floor, pos - win.CLAUSE_SUBJECT_BACK))
    if (owner := _words_owner_before(text, found, pos)) is not None:
        return _named(owner)  # "Jo Bell's posts on social media hinted at “...”"
    group = _possessive_group(text, floor, pos)
    group = group if group.found else _relative_group(text, floor, pos)
    if group.found and not any(m.start >= group.end and _is_speaker(m) for m in found):
        return group  # "Bo won, but his critics say he is “...”": the critics, not Bo (not "say Seoul is “...”")
    for m in reversed(found) if first else found:  # a participle's subject opens its sentence
        leader = _leader_of_government(text, m)
        if not leader and not _is_speaker(m):
            continue
        if leader and _government_found(found, m):
            continue  # "the Trump administration assessed": the administration the entity finder read speaks
        if m.kind == "place" and not text.startswith(("'s ", "’s "), m.end) and not _country_speaks(text, m.end, pos):
            continue  # "The US has 28,500 troops there “to defend it”": a country's deeds are no words (its
            # possessive may open a body's name: "Seoul's foreign ministry voiced", read below)
        if _after_name_once(text, idx, m, True) and _for_to_speak(text, m, floor):
            return _Who("subject", m, m.start, m.end)  # "for Jo Bell to describe Seoul as a “...”"
        if _no_verb_glued(text, idx, m):
            continue  # "Kim. ...": no word below can be its verb (see _no_verb_glued), every check only continues
        if _after_name_once(text, idx, m, False):  # first of the checks that only continue: kept a mention
            continue  # "Bo assessed President Al Roe as “...”": the verb's object, not its subject
        before = text[max(floor, m.start - win.PREP_BACK) : m.start].split()
        if _object_of_preposition(before) or _quoted(text, m.end, pos):
            continue
        if _in_what_clause(text, m.start, m.end, pos):
            continue  # "on what Ana Volk said but said": the what-clause's subject, not the main clause's
        if _in_clause_aside(text, m, pos):
            continue  # "Bo, whom Al Roe met, said it was “...”": the aside's subject, not the main clause's
        if _seems_before(text, _past_brackets(text, m.end, pos), pos):
            continue  # "Bo seemed “upbeat”": a description of Bo (the writer's or a source's word), not his
        tail = _postmodifier_end(text, m.end, pos) if m.value.get("descriptor") else -1
        # past "for the embassy"
        after = _past_government(text[max(m.end, tail) : min(pos, m.end + win.GOVERNMENT_AFTER)].split())
        if after and after[0] in {"'s", "’s"}:
            who = _possessive_org(text, m, after)
            if who.found:
                return who
            continue
        verb = _verb_after(after)  # "Bo disagreed, saying": a past verb before the comma is the clause's too
        rest = text[_past_aside(text, m.end, pos) : min(pos, m.end + win.NAME_TO_VERB)].split()  # past ", an envoy,"
        if _clause_verb(verb) or _clause_verb(_verb_after(rest)) or _clause_verb(_verb_after(_past_fillers(rest))) or (
                verb in _SAYING_MODALS and m.kind == "person" and _own_saying(text, idx, m.end, pos)):  # "Bo might
            # later call it": a modal _clause_verb does not read, then a verb of saying
            m = _conjunct_subject(text, found, m)  # "Bo, a fellow at Foo and a former aide, said": Bo (fix51s5)
            return _joint(text, idx, _Who("subject", m, m.start, m.end))  # "Bo, an envoy, would not say"
    return _NOBODY


def _conjunct_subject(text: str, found: list[Mention], m: Mention) -> Mention:
    """Return the named person who opens the sentence with an appositive of roles holding ``m`` (a role or a name
    in it, :func:`_conjunct_head`) among the mentions ``found`` (nearest first), else ``m`` itself.

    >>> t = "Jo Bell, a fellow at Foo and a former official, put it bluntly:"
    >>> ms = [Mention(29, 46, "a former official", "person", {"descriptor": True})]
    >>> _conjunct_subject(t, ms + [Mention(0, 7, "Jo Bell", "person", {})], ms[0]).exact
    'Jo Bell'
    """
    people = [x for x in reversed(found) if x.kind == "person"]
    return _conjunct_head(text, people, [x.start for x in people], m) or m


def _after_name_once(text: str, idx: _Index, m: Mention, to: bool) -> bool:
    """Return, read once a mention and kept in ``idx``, whether "to <verb of speech>" follows the mention ``m``
    (``to``: the part of _for_to_speak that reads after the name, whatever the floor) or whether it is the object of
    a past verb before it (_object_of_verb_before); each of a run's mentions is asked by every quote after it within
    reach.

    >>> t = "for Bo to describe it; Al assessed Jo as"
    >>> bo, jo = Mention(4, 6, "Bo", "person", {}), Mention(35, 37, "Jo", "person", {})
    >>> idx = _Index([]); _after_name_once(t, idx, bo, True), _after_name_once(t, idx, jo, True), idx.to_speak
    (True, False, {6: True, 37: False})
    >>> _after_name_once(t, idx, jo, False), _after_name_once(t, idx, bo, False)
    (True, False)
    """
    kept, key = (idx.to_speak, m.end) if to else (idx.verb_object, m.start)
    known = kept.get(key)
    if known is None:
        if to:
            found = _TO_WORD.match(text, m.end, m.end + win.TO_VERB)
            known = found is not None and found.group("w") in _SPEAK_BASE
        else:
            known = _object_of_verb_before(text, m.start)
        kept[key] = known
    return known


def _no_verb_glued(text: str, idx: _Index, m: Mention) -> bool:
    """Return whether the mention ``m`` (no descriptor) is followed, with no space, by a word that holds no lower-case
    letter ("Kim." before a stop, "Kim:"), not a comma: then _clause_subject can find no verb after it, whatever
    the quote's position, and skips its other checks. Read once a mention's end (``idx.glued``): each of a run's
    mentions is asked by each of the quotes after it within reach.

    Why that holds for every input: no descriptor, so the words read after the name (``after`` and ``rest``) both
    start at ``m.end`` (no bracket: that needs a space; no aside: that needs a comma), their first word a prefix of
    this glued word. A prefix with no lower-case letter is none of the lower-case words those checks look for
    (government nouns, reflexives, "of", "'s", fillers, auxiliaries, modals, verbs) and neither ``islower()`` nor
    ``[:-1].islower()`` holds for it, so nothing is skipped past it and it is no verb: the subject's checks fail.

    >>> _no_verb_glued('"a" Kim. "a"', _Index([]), Mention(4, 7, "Kim", "person", {}))
    True
    >>> kim, envoy = Mention(0, 3, "Kim", "person", {}), Mention(0, 3, "Kim", "person", {"descriptor": "envoy"})
    >>> [_no_verb_glued(t, _Index([]), kim) for t in ("Kim said", "Kim...was", "Kim, an envoy", "Kim")]
    [False, False, False, False]
    >>> _no_verb_glued("Kim.", _Index([]), envoy)
    False
    """
    if m.value.get("descriptor"):
        return False
    known = idx.glued.get(m.end)
    if known is None:
        known = idx.glued[m.end] = _caseless_glued(text, m.end)
    return known


def _caseless_glued(text: str, end: int) -> bool:
    """Return whether a word with no lower-case letter (not a comma) starts at ``end`` with no space before it, read
    ``win.NAME_TO_VERB`` characters at most.

    >>> [_caseless_glued(t, 3) for t in ("Kim. Bo", "Kim.s", "Kim, Bo", "Kim", "Kim:")]
    [True, False, False, False, True]
    """
    first = text[end : end + 1]
    if not first or first.isspace() or first == ",":
        return False
    for i in range(end, min(len(text), end + win.NAME_TO_VERB)):  # no word read after the name reaches further
        if text[i].isspace():
            return True
        if text[i].islower():
            return False
    return True


# Words that open a clause in commas inside another ("Bo, whom Al Roe met, said"; "Bo, when Al Roe left, said"),
# "as" left out: "as Al Roe put it" credits the words to the aside's subject; "which" closed by its comma too ("The
# deal, which Al Roe signed, was called “...” by Bo": review81).
_ASIDE_CLAUSE_OPENERS = word_set(
    "who whom whose which when after before while since because although though once until")


def _in_clause_aside(text: str, m: Mention, pos: int) -> bool:
    """Return whether the speaker ``m`` is the subject of a clause in commas that a relative or subordinating word
    opens, perhaps after a preposition and a title ("Bo, to whom Envoy Al Roe wrote, said"), and whose closing comma
    comes before the quote at ``pos`` with words of the main clause after it.

    >>> t = "Bo, whom Al Roe met, said it was “fair.”"
    >>> _in_clause_aside(t, Mention(9, 15, "Al Roe", "person", {}), t.index("“"))
    True
    >>> t = "Bo, a lawyer, said Al Roe, who left, called it “fair.”"
    >>> _in_clause_aside(t, Mention(19, 25, "Al Roe", "person", {}), t.index("“"))
    False
    >>> t = "The deal, which Al Roe, his aide, called “fair.”"  # the clause not closed: an appositive's commas
    >>> _in_clause_aside(t, Mention(16, 22, "Al Roe", "person", {}), t.index("“"))
    False
    """
    comma = text.rfind(",", max(0, m.start - win.PREP_BACK), m.start)
    words = text[comma + 1 : m.start].split() if comma >= 0 else []
    while words and _title_word(words[-1]):
        words.pop()  # "whom Defense Minister Al Roe"
    if not words or words[-1].lower() not in _ASIDE_CLAUSE_OPENERS or any(
            w.lower() not in _PREPOSITIONS for w in words[:-1]):  # fmt: skip
        return False
    close = text.find(",", _past_aside(text, m.end, pos), pos)  # not an appositive's: "which Kim Sol, his aide, put"
    return close > 0 and bool(text[close + 1 : pos].strip())


_APPOSITIVE_BEFORE = re.compile(r",[ \t]{1,3}(?:a|an|the)(?:[ \t][a-z-]{1,20}+){0,2}+[ \t]\Z")  # ", a close "
_APPOSITIVE_AFTER = re.compile(r"(?:[ \t][a-z-]{1,20}+){1,2}+,")  # " ally,", " campaign adviser,"


def _modifier_in_appositive(text: str, m: Mention) -> bool:
    """Return whether the name at ``m`` modifies a lower-case noun inside an appositive in commas ("Sen. Bo, a close
    Trump ally, told reporters"): the appositive describes the subject before it; the name is no subject (probeq41).

    >>> t = "Sen. Bo, a close Trump ally, told them it was “a mistake.”"
    >>> _modifier_in_appositive(t, Mention(17, 22, "Trump", "person", {}))
    True
    >>> t = "Sen. Bo met a close ally, Trump, who told them it was “a mistake.”"
    >>> _modifier_in_appositive(t, Mention(26, 31, "Trump", "person", {}))
    False
    """
    return _APPOSITIVE_BEFORE.search(text, max(0, m.start - win.PREP_BACK), m.start) is not None and (
        _APPOSITIVE_AFTER.match(text, m.end, m.end + win.PREP_BACK) is not None)


# Verbs of seeming: a quote right after one (past adverbs and "to be") describes the subject ("Bo seemed “upbeat”").
_SEEMING = word_set("seemed seems appeared appears looked looks sounded sounds")
_SEEMING_GLUE = word_set("to be very more less so quite rather somewhat a an")


def _seems_before(text: str, end: int, pos: int) -> bool:
    """Return whether the name ending at ``end`` is followed by a verb of seeming with nothing but adverbs, "to be"
    and articles before the quote at ``pos``: the quote describes the person, the words are not theirs.

    >>> _seems_before("Bo seemed “upbeat”", 2, 10), _seems_before("Bo appeared to be very “tired”", 2, 23)
    (True, True)
    >>> _seems_before("Bo appeared to call it “fair”", 2, 23), _seems_before("Bo said it was “fair”", 2, 15)
    (False, False)
    """
    if pos - end > win.SEEMS_GAP:
        return False
    words = text[end:pos].split()
    return bool(words) and words[0] in _SEEMING and all(
        w in _SEEMING_GLUE or (w.endswith("ly") and w.islower()) for w in words[1:])


# Plural present verbs of saying, the verb of two names ("Bo and Al note that ..."): no name is followed by them
# otherwise.
_PLURAL_SAYING = word_set("say note argue warn insist claim contend believe suggest stress agree")


def _clause_verb(word: str) -> bool:
    """Return whether ``word``, after a subject, is its clause's verb: a past or present form, an irregular past
    ("took"), a plural present of saying ("note"), or a verb that closes the clause.

    >>> _clause_verb("lashed"), _clause_verb("took"), _clause_verb("Seoul"), _clause_verb("note")
    (True, True, False, True)
    """
    return _verb_like(word) or word in _IRREGULAR_PAST or word in _PLURAL_SAYING or _closes_with_verb(word)


def _object_of_verb_before(text: str, start: int) -> bool:
    """Return whether the name at ``start`` comes right after a past verb, past its title ("assessed President Bo"):
    that verb's object; a verb of saying that may come before its subject ("said Bo") is not counted.

    >>> _object_of_verb_before("Al assessed President Bo as", 22), _object_of_verb_before("“x,” said Bo, calling", 10)
    (True, False)
    >>> _object_of_verb_before("with Al lauding President Bo as", 26), _object_of_verb_before("saying Bo will", 7)
    (True, False)
    """
    word = _governing_word(text, start)
    return word.isalpha() and (word.endswith("ed") or word in _IRREGULAR_PAST or word in _JUDGING_PARTICIPLES) and (
        word not in _INVERTING)


# Participles of praising, blaming or naming a person, whose object is the one judged, not a speaker ("with Al
# lauding President Bo as a “...”": Bo is what Al calls a "...", qfix45); "saying" or "telling" are not here.
_JUDGING_PARTICIPLES = word_set("praising lauding hailing calling describing labeling labelling branding dubbing "
                                "criticizing criticising slamming blasting accusing mocking thanking")


_COMMUNICATING = frozenset(
    f"{stem}{end}"
    for stem in ("say", "said", "call", "describ", "confirm", "signal", "condemn", "urg", "warn", "insist", "promis",
                 "pledg", "vow", "demand", "stress", "not", "announc", "claim", "accus", "criticiz", "criticis",
                 "welcom", "express", "stat", "declar", "argu", "assert", "reiterat", "deni", "deny", "reject",
                 "label", "dub", "term", "brand", "hint", "suggest", "indicat", "propos", "ask", "told", "tell",
                 "vow", "threaten", "blam", "prais", "slam", "dismiss", "emphasiz", "emphasis", "repl", "respond",
                 "agre", "offer")
    for end in ("", "e", "s", "es", "ed", "d", "ing", "ied", "ies", "y", "bed", "ged")
) - word_set("not state states term terms") | word_set(
    "pressing pressed presses pushing pushed pushes")  # a stem's forms that are no verb of saying ("has not", "a state
# of"); verbs of pressing a demand (qfix50: "Washington is pressing Seoul to pay a more “equitable” amount")


def _country_speaks(text: str, start: int, pos: int) -> bool:
    """Return whether a country or capital named right before ``start`` speaks in ``text[start:pos]``: a verb of
    saying or stance follows it ("Japan confirmed", "Seoul also signaled", "Washington have been calling"). A
    country that has troops, reaches a deal or accepts a plan says nothing: its sentence's quote is no one's.

    >>> t = "Japan confirmed it would pay; Japan has 9,000 troops there"
    >>> _country_speaks(t, 5, 28), _country_speaks(t, 35, len(t)), _country_speaks("Japan reached an agreement", 5, 26)
    (True, False, False)
    >>> _country_speaks("Japan has not paid", 5, 18), _country_speaks("Japan, with the United States, paid", 5, 35)
    (False, False)
    """
    words = text[start : min(pos, start + win.COUNTRY_SPEAKS)].split()
    return any(w.strip(",;:").lower() in _COMMUNICATING for w in words)


def _closes_with_verb(word: str) -> bool:
    """Return whether ``word`` is a past verb closing its clause with a comma ("Bo disagreed, saying ..."), not a
    plural noun ("NATO nations, South Korea").

    >>> _closes_with_verb("disagreed,"), _closes_with_verb("nations,"), _closes_with_verb("disagreed")
    (True, False, False)
    """
    return word.endswith(",") and word[:-1].islower() and word[:-1].endswith("ed")


_GOVERNMENT_NOUNS = word_set("administration government cabinet camp campaign")
_ALSO = word_set("also then again later")


def _leader_of_government(text: str, m: Mention) -> bool:
    """Return whether a person is named inside "the <name> administration/government" (the leader's government,
    which speaks for them: "the Bo administration dropped its demand for a “cap”").

    >>> t = "the Bo administration dropped it"
    >>> bo, org = Mention(4, 6, "Bo", "person", {"within": {"start": 4}}), Mention(0, 3, "", "org", {})
    >>> _leader_of_government(t, bo), _leader_of_government(t, org)
    (True, False)
    """
    if m.kind != "person" or not m.value.get("within"):
        return False
    after = text[m.end : m.end + 16].split(None, 1)
    return bool(after) and after[0] in _GOVERNMENT_NOUNS


def _government_found(found: Sequence[Mention], m: Mention) -> bool:
    """Return whether ``found`` holds a speaking organisation's mention over the whole "the <name> administration"
    the leader ``m`` is named inside: that mention, not the leader, is the clause's subject.

    >>> tr = Mention(4, 9, "Trump", "person", {"within": {"start": 4, "end": 24}})
    >>> org = Mention(4, 24, "Trump administration", "org", {})
    >>> _government_found([tr, org], tr), _government_found([tr], tr)
    (True, False)
    """
    start = m.value["within"]["start"]
    return any(o.kind == "org" and o.start == start and _is_speaker(o) for o in found)


def _with_governments(text: str, orgs: list[Mention], ms: list[Mention]) -> list[Mention]:
    """Return ``orgs`` with the government of each leader named inside "the <name> administration/government" where
    no organisation starts (a leader the gazetteer has no alias of: "the Bo administration ... It said": the
    government, named by its words), in text order; an "it" may point back to it.

    >>> t = "the Bo administration left. the Trump administration left."
    >>> bo = Mention(4, 6, "Bo", "person", {"within": {"start": 4, "end": 21, "exact": "Bo administration"}})
    >>> org = Mention(32, 52, "Trump administration", "org", {})
    >>> tr = Mention(32, 37, "Trump", "person", {"within": {"start": 32, "end": 52, "exact": "x"}})
    >>> [(m.exact, m.kind) for m in _with_governments(t, [org], [bo, org, tr])]
    [('Bo administration', 'org'), ('Trump administration', 'org')]
    """
    taken = {m.start for m in orgs}
    bodies = []
    for m in ms:
        if m.start not in taken and _leader_of_government(text, m):
            w = m.value["within"]
            bodies.append(Mention(w["start"], w["end"], w["exact"], "org", {"id": None, "name": w["exact"],
                                                                             "candidates": []}))
    if not bodies:
        return orgs
    return sorted([*orgs, *bodies], key=lambda m: m.start)


def _past_government(after: list[str]) -> list[str]:
    """Return the words after a leader's name past the government noun it names ("Bo administration also
    dropped": the government, named by its leader, is the subject of "dropped").

    >>> _past_government("administration also dropped it".split()), _past_government(["said"])
    (['dropped', 'it'], ['said'])
    """
    if not after or after[0] not in _GOVERNMENT_NOUNS:
        return after
    k = 1
    while k < len(after) - 1 and after[k] in _ALSO:
        k += 1
    return after[k:]


_SPEAK_BASE = word_set(
    "say call describe label brand dub term claim argue insist declare accuse tout hail praise boast")
_TO_WORD = re.compile(r"(?<!\s)\s++to\s++(?P<w>[a-z]++)")


def _for_to_speak(text: str, m: Mention, floor: int) -> bool:
    """Return whether a name is the subject of a speech or naming verb in "for <name> to <verb>" (an infinitive's
    subject after "for": 'it is wrong for Jo Bell to describe Seoul as a “...”').

    >>> t = "It is wrong for Gen. Jo Bell to describe us as “free riders”; a plan for Jo Bell to pay."
    >>> _for_to_speak(t, Mention(21, 28, "Jo Bell", "person", {}), 0), _for_to_speak(t, Mention(73, 80, "", "", {}), 0)
    (True, False)
    """
    to = _TO_WORD.match(text, m.end, m.end + win.TO_VERB)  # first: read after the name, rarely there
    if to is None or to.group("w") not in _SPEAK_BASE:
        return False
    before = text[max(floor, m.start - win.PREP_BACK) : m.start].split()
    while before and before[-1][:1].isupper() and before[-1] != "For":
        before.pop()  # a title before the name ("for Gen. Jo Bell")
    return bool(before) and before[-1] in {"for", "For"}


_NOMINAL_WH = frozenset(["what", "whatever"])
_CLAUSE_JOINS = frozenset(["but", "and"])


def _in_what_clause(text: str, start: int, end: int, pos: int) -> bool:
    """Return whether the name at ``text[start:end]`` is the subject of a "what" clause after a preposition that a
    coordinated verb before ``pos`` leaves ("declined to comment on what Jo Bell said but said"): the later verb is
    the main clause's; not when the quote's verb is the clause's own ("in what Jo Bell called the “...”").

    >>> t = "Al declined to comment on what Jo Bell said but said"
    >>> _in_what_clause(t, 31, 38, len(t) - 4)
    True
    >>> t = "in what Jo Bell called"
    >>> _in_what_clause(t, 8, 15, 16)
    False
    """
    before = text[max(0, start - win.WHAT_CLAUSE_BACK) : start].split()
    if len(before) < 2 or before[-1].lower() not in _NOMINAL_WH or not _object_of_preposition(before[:-1]):
        return False
    return any(w.lower() in _CLAUSE_JOINS for w in text[end:pos].split())


# Prepositions of place or company a name may follow as their object ("standing beside Minister Jo Bell, hailed"),
# beside those of _PREPOSITIONS.
_PLACE_PREPOSITIONS = word_set("beside alongside behind near among amid besides without")


def _object_of_preposition(before: list[str]) -> bool:
    """Return whether a name whose preceding words are ``before`` is a preposition's object ("of the US Army",
    "beside Minister"), not a clause's subject after a comma ("On Tuesday, Jo Bell ...").

    >>> _object_of_preposition("a letter of the".split()), _object_of_preposition("talks on Tuesday,".split())
    (True, False)
    >>> _object_of_preposition("Al, standing beside Minister".split())
    True
    """
    while before and not before[-1].endswith(",") and (before[-1][:1].isupper() or before[-1].lower() in _DETERMINERS):
        before.pop()  # "of the US State Department": back to the preposition
    return bool(before) and (before[-1].lower() in _PREPOSITIONS or before[-1].lower() in _PLACE_PREPOSITIONS)


def _quoted(text: str, end: int, pos: int) -> bool:
    """Return whether a name ending at ``end`` stands inside a quotation that closes before ``pos``.

    >>> t = 'Bo said “Jo Bell will pay,” adding “more”'
    >>> _quoted(t, 16, 35), _quoted(t, 2, 35), _quoted('Bo said "Jo Bell will pay," adding "more"', 16, 35)
    (True, False, True)
    """
    close = text.find("”", end, pos)
    if close >= 0:
        opening = text.find("“", end, pos)
        return opening < 0 or close < opening
    return text.count('"', end, pos) % 2 == 1


def _past_brackets(text: str, end: int, pos: int) -> int:
    """Return where the words after a name ending at ``end`` resume past a bracketed note right after it (a
    lawmaker's party and state, a photo note), closing before ``pos``; else ``end``.

    >>> t = "Jo Bell (R-Texas) would say"
    >>> t[_past_brackets(t, 7, len(t)):], _past_brackets("Jo Bell said (in Seoul)", 7, 23)
    (' would say', 7)
    """
    if not text.startswith(" (", end):
        return end
    close = text.find(")", end + 2, min(pos, end + win.BRACKET_REACH))
    return close + 1 if close > 0 and "(" not in text[end + 2 : close] else end


def _past_aside(text: str, end: int, pos: int) -> int:
    """Return where the words after a name resume past its bracketed note ("(R-Texas)") and its appositive (", a
    former envoy,"), else ``end``.

    >>> t = "Jo Bell, a former envoy, called it"
    >>> t[_past_aside(t, 7, len(t)):]
    ' called it'
    >>> t = "Jo Bell (R-Texas) called it"
    >>> t[_past_aside(t, 7, len(t)):]
    ' called it'
    """
    end = _past_brackets(text, end, pos)
    if not text.startswith(",", end):
        return end
    close = text.find(",", end + 1, min(pos, end + win.ASIDE_CLOSE))
    if close < 0 and _stray_comma(text, end, pos):
        return end + 1
    return close + 1 if close > 0 and _appositive_gap(text, end, close + 1) else end


def _stray_comma(text: str, comma: int, pos: int) -> bool:
    """Return whether the comma at ``comma`` stands alone between a subject and its past verb, no comma after it
    before ``pos`` ("Chairman Jo Bell, panned the move as “...”": a typo, the verb is the name's).

    >>> t = "Jo Bell, panned the move as “x”"
    >>> _stray_comma(t, 7, t.index("“")), _stray_comma("Jo Bell, Seoul's envoy “x”", 7, 23)
    (True, False)
    >>> _stray_comma("Jo Bell, nicknamed “x” led", 7, 19), _stray_comma("Jo Bell, dubbed by critics “x”", 7, 27)
    (False, False)
    """
    words = text[comma + 1 : min(pos, comma + win.STRAY_COMMA)].split(None, 1)
    if not words or text.find(",", comma + 1, pos) >= 0:
        return False
    verb, rest = words[0], words[1] if len(words) > 1 else ""
    if not rest or rest.startswith("by "):
        return False  # "Hwang, nicknamed “the Bulldozer,” led": a participle naming the subject, not its verb
    return verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST)


_TIME_FILLERS = word_set("on in last this earlier")


_FOCUS = word_set("too even still already twice")  # adverbs between a subject and its verb ("Bo even called it")


def _past_fillers(words: list[str]) -> list[str]:
    """Return ``words`` without the time phrase or adverb that may stand between a subject and its verb.

    >>> _past_fillers("on Tuesday said it".split()), _past_fillers("reportedly walked".split())
    (['said', 'it'], ['walked'])
    """
    k = 0
    while k < len(words) - 1 and k < 4:
        if (words[k] in _TIME_FILLERS and words[k + 1][:1].isupper()) or words[k] in {"last", "this"}:
            k += 2
        elif (words[k].endswith("ly") and words[k].islower()) or words[k] in _AUXILIARIES or words[k] in _FOCUS:
            k += 1
        elif (verb := _occasion_verb(words, k)) > k:
            k = verb
        else:
            break
    return words[k:]


_OCCASION_PREPS = word_set("in at during on")
_OCCASION_DETERMINERS = word_set("a an the his her their its")


def _occasion_verb(words: list[str], k: int) -> int:
    """Return where a past verb stands after a short phrase of occasion opening at ``words[k]`` between a subject and
    its verb ("in a speech", "at a rally in Ohio", "in his State of the Union address": a preposition, a determiner,
    at most ``win.OCCASION_WORDS`` words, no comma), else ``k``.

    >>> _occasion_verb("in a speech called for".split(), 0), _occasion_verb("in a speech on trade".split(), 0)
    (3, 0)
    >>> _occasion_verb("at a rally in Ohio called".split(), 0), _occasion_verb("in a speech, Bo said".split(), 0)
    (5, 0)
    """
    if words[k] not in _OCCASION_PREPS or k + 2 >= len(words) or words[k + 1] not in _OCCASION_DETERMINERS:
        return k
    for j in range(k + 3, min(len(words), k + 3 + win.OCCASION_WORDS)):
        if not words[j - 1].replace("-", "").isalpha():
            return k  # "in a speech, Bo": a comma ends the phrase
        w = words[j]
        if w.endswith("ed") or w in _IRREGULAR_PAST or w in SPEECH_VERBS:
            return j if w.isalpha() and w.islower() else k
    return k


def _reported_subject(text: str, idx: _Index, floor: int, subject: _Who, qs: int | None = None) -> _Who:
    """Return the speaker when ``subject`` is the subject of a clause a speech verb reports ("Jo Bell said
    Seoul has shown “flexibility”", "FM says Seoul can win ‘good terms’"): the speech verb's own subject (a name),
    else nobody (a pronoun or role is read by the later rules); ``subject`` itself when no speech verb comes
    between ``floor`` (the sentence start) and it, or when ``subject`` is a person whose own clause says, names or
    takes a stance before the quote at ``qs`` ("Aides said Bo had hailed the “...”"; see _own_saying).

    >>> t = "Jo Bell said Seoul has shown “flexibility”."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(13, 18, "Seoul", "org", {})]
    >>> _reported_subject(t, _Index(ms), 0, _Who("subject", ms[1], 13, 18)).start
    0
    >>> _reported_subject("FM says Seoul wins", _Index([]), 0, _Who("subject", None, 8, 13)).found
    False
    >>> _reported_subject("Bo said Al mentioned it", _Index([]), 0, _Who("subject", None, 8, 10)).start
    8
    >>> t = "Jo Bell lashed out by claiming that Seoul has agreed to pay “more”."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(36, 41, "Seoul", "org", {})]
    >>> _reported_subject(t, _Index(ms), 0, _Who("subject", ms[1], 36, 41)).start
    0
    """
    if not subject.found or subject.start <= floor or _VERB_WORD.match(text, subject.end + 1):
        return subject  # "Bo said Jo Bell mentioned ... “two times”": the reporter nearest the words
    if _says_after_auxiliary(text, subject.end):
        return subject  # "Bo told a paper that Xi had said Korea “...”": Xi, whose saying Bo reports
    if qs is not None and subject.mention is not None and subject.mention.kind == "person" and _own_saying(
            text, idx, subject.end, qs):
        return subject  # "The ministry said Bo declined to give a figure, calling it “...”": Bo's words
    verb = _reporting_verb(text, floor, subject.start)
    if verb is None:
        return subject
    return _clause_subject(text, idx, floor, verb.end(), first=verb.group().lower() in _CLAUSE_PARTICIPLES)


# People an owner has ("his critics", "Bo's aides"): before a verb of saying the group speaks, not its owner.
_OWNED_GROUPS = _PEOPLE_PLURALS | word_set(
    "rivals opponents detractors supporters backers colleagues friends aides advisers allies associates members")
_GROUP_SAYING = _PLURAL_SAYING | word_set(
    "call dub describe label brand accuse said claimed called described argued warned noted insisted dubbed labeled")
# An owner's possessive and the lower-case words after it: up to two modifiers (or "friends and"), the group's noun,
# "have/had" and the verb, read word by word in :func:`_owned_noun_end` (a lazy repeat would stop at the modifier).
_OWNED_GROUP = re.compile(
    r"(?:\b(?:his|her|their|His|Her|Their)|\b[A-Z][\w.-]{0,40}['’]s)\s++(?P<w>[a-z]{1,30}(?:\s++[a-z]{1,30}){0,4})\b"
)
# a literal every match of _OWNED_GROUP holds: its owner's pronoun or possessive ending, as written
_OWNED_LITERALS = ("'s", "’s", "his", "her", "their", "His", "Her", "Their")
_OWNED_MODIFIERS = 2  # lower-case words that may stand before the group's noun ("his own aides", "her longtime rivals")
_LOWER_WORD = re.compile(r"\b[a-z]{1,30}")


def _owned_noun_end(group: re.Match[str]) -> int:
    """Return where the group's noun ends in an :data:`_OWNED_GROUP` match when a verb of saying follows it (at most
    :data:`_OWNED_MODIFIERS` words before the noun, "have/had" before the verb), else -1.

    >>> [_owned_noun_end(_OWNED_GROUP.match(t)) for t in ("her longtime rivals call", "his aides say", "his book says")]
    [19, 9, -1]
    """
    words = list(_LOWER_WORD.finditer(group.string, group.start("w"), group.end("w")))
    for i, noun in enumerate(words[: _OWNED_MODIFIERS + 1]):
        rest = [w.group() for w in words[i + 1 :]]
        rest = rest[1:] if rest[:1] in (["have"], ["had"]) else rest
        if noun.group() in _OWNED_GROUPS and rest[:1] and rest[0] in _GROUP_SAYING:
            return noun.end()
    return -1


def _possessive_group(text: str, floor: int, pos: int) -> _Who:
    """Return the last group an owner's possessive opens before ``pos`` (a quote or its clause's verb) that a verb of
    saying follows ("his critics say", "Bo's aides claim", "her longtime rivals call"; at most two lower-case
    modifiers), the group itself as a descriptor; else nobody ("his book says", "Bo's critics met").

    >>> t = "Bo won, but his critics say he is"; w = _possessive_group(t, 0, len(t)); t[w.start : w.end]
    'his critics'
    >>> _possessive_group("Bo's aides claim it is", 0, 22).found, _possessive_group("his book says", 0, 13).found
    (True, False)
    >>> t = "Bo won, but her longtime rivals call him"; w = _possessive_group(t, 0, len(t)); t[w.start : w.end]
    'her longtime rivals'
    >>> _possessive_group("Bo dismissed what his critics say", 0, 33).found
    False
    """
    lo, hi = max(floor, pos - win.OWNED_GROUP_BACK), min(len(text), pos + win.GROUP_VERB)
    if not any(text.find(s, lo, hi) >= 0 for s in _OWNED_LITERALS):
        return _NOBODY  # no match in text[lo:hi]: each holds one of the literals, wholly in it
    group = last_match(_OWNED_GROUP, text, lo, hi)
    end = -1 if group is None else _owned_noun_end(group)
    if end < 0 or end > pos or not _group_opens_clause(text, floor, group.start()):
        return _NOBODY  # (``pos`` may be a clause's verb; "Bo dismissed what his critics say": Bo's clause)
    return _Who("descriptor", None, group.start(), end)


# People told by who they are ("Some who have worked with him even say"): the group pronoun opening such a subject.
_RELATIVE_GROUP = re.compile(r"\b(?:[Ss]ome|[Tt]hose|[Mm]any|[Oo]thers|[Ff]ew|[Pp]eople)\s++who\b")
_GROUP_ADVERBS = word_set("even also still now often openly privately")
# Words a group may follow and still be its clause's subject ("Bo won, but some who know him say"), and words that
# end a relative clause before another verb of its sentence's subject ("those who came and said": the object's end).
_SUBJECT_OPENERS = _SUBORDINATORS | word_set("and but yet so or while")
_GROUP_CLAUSE_ENDS = word_set("and or but nor then")
_CLAUSE_MARKS = ",;:.!?“”\"(—–\n"


def _group_opens_clause(text: str, floor: int, start: int) -> bool:
    """Return whether a group starting at ``start`` opens its clause, so it can be the subject of the verb after
    it: after the text's start, a sentence or clause mark or a conjunction, then at most adverbs and a short fronted
    phrase (:func:`_short_opener`: "Bo won, but his critics say", "Even her critics say", "On Monday his aides
    said"); not after a verb or preposition of an earlier subject ("Bo thanked those who came", "dismissed what his
    critics say").

    >>> _group_opens_clause("Bo won, but those who", 0, 12), _group_opens_clause("Bo thanked those who", 0, 11)
    (True, False)
    >>> _group_opens_clause("Those who", 0, 0), _group_opens_clause("Bo left. Those who", 0, 9)
    (True, True)
    >>> _group_opens_clause("Bo won. On Monday his aides", 0, 18), _group_opens_clause("Bo won, though even his", 0, 20)
    (True, True)
    """
    lo = max(floor, start - win.GROUP_OPENER_BACK)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in _CLAUSE_MARKS)
    words = before[cut + 1 :].split()
    if cut < 0 and lo > floor:  # no mark in reach: only the word right before tells
        return not words or words[-1].lower() in _SUBJECT_OPENERS
    return _short_opener(words) or (len(words) > 1 and words[0].lower() in _SUBJECT_OPENERS and _short_opener(
        words[1:]))  # "but on Friday", "though even"


_GROUP_FRONTED = _PREPOSITIONS | word_set("after before during since until over under despite within inside")
_OPENER_WORDS = 4  # words of a fronted phrase a group may follow and still open its clause ("after the long vote")


def _short_opener(words: list[str]) -> bool:
    """Return whether ``words`` (between a clause's start and a group) leave the group its clause's subject: none,
    a conjunction, adverbs ("even", "now", a word in "-ly") or a fronted phrase of at most :data:`_OPENER_WORDS`
    words opened by a preposition with no verb in it ("On Monday", "After the vote"); not a subject and its verb
    ("Bo thanked").

    >>> _short_opener(["Even"]), _short_opener(["After", "the", "vote"]), _short_opener(["Bo", "thanked"])
    (True, True, False)
    >>> _short_opener(["but"]), _short_opener(["On", "Monday", "Bo", "praised"])
    (True, False)
    """
    rest = [w for w in words if w.lower() not in _GROUP_ADVERBS and not (w.endswith("ly") and len(w) > 4)]
    if not rest or (len(rest) == 1 and rest[0].lower() in _SUBJECT_OPENERS):
        return True
    return len(rest) <= _OPENER_WORDS and rest[0].lower() in _GROUP_FRONTED and not any(
        _VERB_WORD.fullmatch(w) or w.endswith("ed") for w in rest[1:])


def _verbs_joined(inner: list[str]) -> bool:
    """Return whether a relative clause's words ``inner`` (after "who", up to the verb of saying) end the clause at
    "and"/"or" before another verb (the verb of saying right after it, a speech verb or a past form: "those who came
    and said", "who came and then left"), not when it joins objects ("who oppose her and her party say").

    >>> _verbs_joined(["came", "and"]), _verbs_joined(["oppose", "her", "and", "her", "party"])
    (True, False)
    >>> _verbs_joined(["came", "and", "then", "left"])
    True
    """
    for i, w in enumerate(inner):
        nxt = inner[i + 1] if i + 1 < len(inner) else ""
        if w in _GROUP_CLAUSE_ENDS and (not nxt or nxt in _GROUP_CLAUSE_ENDS | _GROUP_ADVERBS or nxt.endswith("ed") or (
                _VERB_WORD.fullmatch(nxt))):  # fmt: skip
            return True
    return False


def _relative_group(text: str, floor: int, pos: int) -> _Who:
    """Return the group a pronoun and a relative clause name right before ``pos`` (a clause's verb: "Some who have
    worked with him even say"), the words up to the verb less adverbs, as a descriptor; else nobody (a comma, a
    quote mark or a stop between: another clause).

    >>> t = "Some who know him well even say"; w = _relative_group(t, 0, t.index("say")); t[w.start : w.end]
    'Some who know him well'
    >>> _relative_group("Those who left, Bo said", 0, 19).found
    False
    """
    lo = max(floor, pos - win.OWNED_GROUP_BACK)
    if text.find("who", lo, pos) < 0:
        return _NOBODY  # every match of _RELATIVE_GROUP holds "who", wholly in text[lo:pos]: none, so no group
    group = last_match(_RELATIVE_GROUP, text, lo, pos)
    if group is not None and (said := last_match(_VERB_WORD, text, group.end(), pos)) is not None:
        pos = said.start()  # ``pos`` a quote: the group ends at its verb of saying ("those who came said it was")
    if group is None or any(c in text[group.end() : pos] for c in ",;:.!?“”\"("):
        return _NOBODY
    inner = text[group.end() : pos].split()
    if not _group_opens_clause(text, floor, group.start()) or _verbs_joined(inner) or (
            inner and inner[-1] in _PREPOSITIONS):  # fmt: skip
        return _NOBODY  # "Bo thanked those who came and said", "answered those who doubt him by calling": Bo's
    words = _less_adverbs(text[group.start() : pos].split())
    return _Who("descriptor", None, group.start(), group.start() + len(" ".join(words)))


_NOT_BEFORE_ADVERB = _PREPOSITIONS | word_set("who the a an its their his her our")  # "who apply", "her family": nouns


def _less_adverbs(words: list[str]) -> list[str]:
    """Return a relative group's words less the adverbs right before its verb ("even", a word in "-ly"); a word in
    "-ly" right after "who" (the clause's own verb: "Those who apply") or after a preposition or determiner (a noun:
    "with the supply") stays.

    >>> _less_adverbs("Some who know him well privately".split()), _less_adverbs("Those who apply".split())
    (['Some', 'who', 'know', 'him', 'well'], ['Those', 'who', 'apply'])
    """
    words = list(words)
    while len(words) > 1 and (words[-1] in _GROUP_ADVERBS or (
            words[-1].endswith("ly") and words[-2].lower() not in _NOT_BEFORE_ADVERB)):  # fmt: skip
        words.pop()
    return words

_PERFECT = frozenset(["had", "has", "have"])
_SAYING = word_set("said told stated claimed insisted argued warned noted declared wrote remarked "  # not "demanded"
                   "stressed promised pledged vowed complained predicted acknowledged admitted asserted")  # probeq34
# Naming and urging verbs a name's own perfect or modal makes its words ("had called Seoul “...”", "would call it")
_NAMED_BY = word_set("called described urged dismissed branded labeled labelled termed dubbed")
_SAYING_MODALS = word_set("would could might will may")
_SAYING_BASE = word_set("say tell call describe urge warn dismiss brand label term dub")


def _says_after_auxiliary(text: str, end: int) -> bool:
    """Return whether the name ending at ``end`` goes on with a verb of saying or naming in a perfect, modal or
    passive form ("Xi had said", "Bo had called Seoul", "Bo would call it", "Bo was quoted as calling", "Bo is said
    to have called"; an adverb may stand before the verb): the name speaks, though a speech verb before it reports
    the clause. A description of the name ("was", "had been", "would be") is no saying.

    >>> _says_after_auxiliary("Xi had said it", 2), _says_after_auxiliary("Xi had demanded it", 2)
    (True, False)
    >>> _says_after_auxiliary("Xi had repeatedly called it", 2), _says_after_auxiliary("Xi would call it", 2)
    (True, True)
    >>> _says_after_auxiliary("Xi was quoted as calling it", 2), _says_after_auxiliary("Xi is said to have called", 2)
    (True, True)
    >>> _says_after_auxiliary("Xi was furious", 2), _says_after_auxiliary("Xi would be open", 2)
    (False, False)
    >>> _says_after_auxiliary("Xi had made clear that", 2), _says_after_auxiliary("Xi had made progress", 2)
    (True, False)
    """
    words = [w.rstrip(",") for w in text[end : end + win.AUXILIARY_AFTER].split()[:win.AUXILIARY_WORDS]]
    if len(words) < 2:
        return False
    first, rest = words[0], [w for w in words[1:] if not (w.endswith("ly") and w.islower())]
    if first in _PERFECT:  # probeq34: "Trump had made (it) clear that ...": his words
        return bool(rest) and (rest[0] in _SAYING or rest[0] in _NAMED_BY or rest[:2] == ["made", "clear"]
                               or rest[:3] == ["made", "it", "clear"] or _been_clear(rest))
    if first in _SAYING_MODALS:
        return bool(rest) and rest[0] in _SAYING_BASE
    return first in _PASSIVE_BE and _passive_saying(rest)


# real52q: adjectives of a plain stance on what one says, after a perfect "been" and before "that" ("Bo has been
# clear that “...”": Bo's words, though a speech verb before the name reports the clause).
_STANCE_ADJECTIVES = word_set("clear explicit adamant emphatic unequivocal categorical")


def _been_clear(words: list[str]) -> bool:
    """Return whether ``words`` (after a perfect "has", "had" or "have") are "been", a stance adjective
    (:data:`_STANCE_ADJECTIVES`; "very" or "quite" may stand before it) and "that": the subject says the clause.

    >>> _been_clear("been clear that".split()), _been_clear("been very adamant that".split())
    (True, True)
    >>> _been_clear("been clear about".split()), _been_clear("been happy that".split())
    (False, False)
    """
    words = [w for w in words[:5] if w not in {"very", "quite"}]
    return len(words) >= 3 and words[0] == "been" and words[1] in _STANCE_ADJECTIVES and words[2] == "that"


def _passive_saying(words: list[str]) -> bool:
    """Return whether ``words`` (after "is" or "was") report the subject's saying in the passive: "quoted as"
    with a participle, or "said to have" with a verb of saying or naming.

    >>> _passive_saying("quoted as calling".split()), _passive_saying("said to have called".split())
    (True, True)
    >>> _passive_saying("said to be angry".split())
    False
    """
    if words[:2] == ["quoted", "as"]:
        return len(words) > 2 and words[2].endswith("ing")
    return words[:3] == ["said", "to", "have"] and len(words) > 3 and (words[3] in _SAYING or words[3] in _NAMED_BY)


def _reporting_verb(text: str, floor: int, start: int) -> re.Match[str] | None:
    """Return the last speech verb or reporting participle between ``floor`` (a sentence's start) and a clause's
    subject at ``start`` within 200 characters, with no sentence's end between them; else None.

    >>> _reporting_verb("He said Seoul had asked", 0, 8).group(), _reporting_verb("Seoul had asked", 0, 0)
    ('said', None)
    """
    verb = None
    for m in _VERB_WORD.finditer(text, max(floor, start - win.REPORTING_VERB_BACK), start):
        if m.group().lower() in SPEECH_VERBS or m.group().lower() in _CLAUSE_PARTICIPLES:
            verb = m
    stance = last_match(_STANCE_THAT, text, max(floor, start - win.REPORTING_VERB_BACK), start)
    verb = stance if stance is not None and (verb is None or stance.start() > verb.start()) else verb
    return None if verb is None or _ends_sentence_in(text[verb.end() : start]) else verb


# A stance voiced about a clause ("expressed hope that", "voiced concern that"): it reports the clause as a speech
# verb does, and a partial quote in the clause is the holder's (fresh77q)
_STANCE_THAT = re.compile(
    r"\b(?:express|voic)(?:ed|es|ing)[ \t]++(?:(?:deep|strong|cautious|some|his|her|their|its)[ \t]++)?"
    r"(?:hope|hopes|concern|concerns|confidence|optimism|regret|doubt|doubts|worry|worries|fear|fears|belief)"
    r"[ \t]++that\b", re.IGNORECASE)


_RELATIVE_NEXT = frozenset(["who", "whose", "which"])


def _unnamed_reporter(text: str, idx: _Index, pl: _Place, subject: _Who) -> _Who:
    """Return who reports the clause whose subject is the name ``subject`` when that reporter is no name (a pronoun,
    a role, a body's noun, unnamed people: 'He said Washington had asked for “...”', 'Officials said ...'), read by
    the subject rules at the reporting verb; else nobody (the name, nearest the words, keeps them).

    >>> t = 'He said Seoul had asked for “more”.'
    >>> w = _unnamed_reporter(t, _Index([]), _Place(28, 34, 0, 35, 0, 0, 0), _Who("named", None, 8, 13))
    >>> (w.attribution, t[w.start : w.end])
    ('pronoun', 'He')
    >>> t = 'He said Bo, who asked for “more”, left.'
    >>> _unnamed_reporter(t, _Index([]), _Place(26, 32, 0, 39, 0, 0, 0), _Who("named", None, 8, 10)).found
    False
    """
    verb = _reporting_verb(text, pl.sent_start, subject.start)
    after = text[subject.end : subject.end + 9].lstrip(" ,").split()
    if verb is None or verb.group().lower() in _CLAUSE_PARTICIPLES or (after and after[0] in _RELATIVE_NEXT):
        return _NOBODY  # "media said ... Bo, who accused Seoul of “free-riding”": Bo's own clause
    who = _subject_before(text, idx, verb.start(), pl.sent_start, pl.back)
    return who if who.found and who.end <= verb.start() else _NOBODY


# Participles that report a clause ("by claiming that Seoul had agreed to “...”": the claimer speaks, not Seoul);
# naming verbs ("calling", "describing") take an object and a label instead.
_CLAUSE_PARTICIPLES = word_set(
    "saying claiming arguing insisting warning noting stressing declaring adding stating explaining asserting "
    "emphasizing emphasising reiterating"
)


# Participles of mentioning words (not of saying them first): their subject is who uses the words they quote.
_MENTION_PARTICIPLES = word_set("talking referring mentioning citing invoking speaking touting")
_FRONTING = word_set("while whereas although though because since if when unless once after before as")
# Participles of saying or naming that may open a sentence, their subject the main clause's ("Calling the demand
# “extortion,” Ana Volk left the room").
_FRONTED_SAYING = _CLAUSE_PARTICIPLES | word_set(
    "calling describing dubbing labelling labeling branding terming accusing dismissing criticizing criticising "
    "urging vowing promising pledging blaming praising slamming decrying denouncing recalling"
) | _MENTION_PARTICIPLES
# Participles of saying, naming, demanding or taking a stance that may open an aside after a name, its quote the
# name's words ("Jo Bell, demanding that Seoul pay “a lot more,” left"; "Bo, hailing the “ironclad” alliance, ...").
_ASIDE_SAYING = _FRONTED_SAYING | word_set(
    "demanding hailing rejecting welcoming boasting joking lamenting complaining blasting asking pressing "
    "threatening repeating reaffirming"
)


def _fronted_saying(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject of the main clause when the sentence opens with a participle of saying whose phrase holds
    the quote ("Claiming that Seoul pays “little,” Jo Bell hinted ..."): a speaker named first in the clause after
    the phrase's comma and followed by a verb; else nobody ("Facing a “freeze,” Bo cut staff": no saying).

    >>> t = 'Calling it “extortion,” Jo Bell left.'
    >>> _fronted_saying(t, _Index([Mention(24, 31, "Jo Bell", "person", {})]), _Place(11, 23, 0, 37, 0, 0, 0)).start
    24
    """
    first = text[pl.sent_start : pl.sent_start + 14].split(None, 1)
    if not first or first[0].lower() not in _FRONTED_SAYING or not first[0][:1].isupper():
        return _NOBODY
    comma = text.find(",", max(pl.qs, pl.qe - 3), min(pl.pe, pl.qe + win.FRONTED_REACH))
    if comma < 0 or _SENTENCE_END.search(text, pl.qe, comma):
        return _NOBODY
    return _main_clause_speaker(text, idx, comma, pl.pe)


def _main_clause_speaker(text: str, idx: _Index, comma: int, pe: int) -> _Who:
    """Return the speaker named first in the main clause after a fronted phrase's ``comma`` and followed by a verb
    (``pe``: the paragraph's end), else nobody.

    >>> t = 'Calling it “extortion,” Jo Bell left.'
    >>> _main_clause_speaker(t, _Index([Mention(24, 31, "Jo Bell", "person", {})]), 22, len(t)).start
    24
    """
    main = comma + 1 + (text[comma + 1 : comma + 2] in {'"', "”", "’", "'"})
    for m in idx.first_between(main, main + win.MAIN_CLAUSE_NAME):
        lead = text[main : m.start].split()
        if not all(w[:1].isupper() or w.lower() in {"the", "a"} for w in lead) or not _is_speaker(m):
            break  # a title before the name ("Foreign Minister Jo Bell") or nothing: the clause's first words
        after = _past_fillers(text[_past_aside(text, m.end, pe) : min(pe, m.end + win.NAME_TO_VERB)].split())
        verb = after[0].rstrip(".,;:") if after else ""
        if _verb_like(verb) or verb in _IRREGULAR_PAST:
            return _Who("subject", m, m.start, m.end)
        break
    return _NOBODY


def _fronted_range(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the main clause's subject when the quote stands in a fronted "From ... to ..." range ("From 'warmth'
    to '50,000' troops, Bo riffs at summit"): the range lists what the subject says; else nobody. A concessive
    phrase ("Despite 'progress', Bo walks out") names no words of the subject's.

    >>> t = "From 'warmth' to '50,000' troops, Jo Bell riffs"
    >>> _fronted_range(t, _Index([Mention(34, 41, "Jo Bell", "person", {})]), _Place(5, 13, 0, len(t), 0, 0, 0)).start
    34
    """
    if not text.startswith("From ", pl.sent_start):
        return _NOBODY
    comma = text.find(", ", pl.qe - 1, min(pl.pe, pl.qe + win.FRONTED_REACH))  # not the comma of "50,000"
    if comma < 0 or _SENTENCE_END.search(text, pl.qe, comma) or text.find(" to ", pl.sent_start, comma) < 0:
        return _NOBODY
    return _main_clause_speaker(text, idx, comma, pl.pe)


# Verbs that mention words, beside those of saying: the clause's subject is who uses the words it quotes.
_MENTIONING = SPEECH_VERBS | _CLAUSE_PARTICIPLES | _FRONTED_SAYING | word_set(
    "talk talks talked talking refer refers referred referring mention mentions mentioned mentioning cite cites "
    "cited citing invoke invokes invoked invoking speak spoke speaking tout touts touted touting call called "
    "describe described dub dubbed term termed label labelled labeled brand branded"
)
_PLURAL_VERBS = word_set("are were have had keep kept")  # a plural subject's verbs _verb_like does not read


def _body_plural(text: str, floor: int, pos: int) -> _Who:
    """Return the plural body "the <up to three words> authorities" that is the subject of the clause before ``pos``
    (followed by its verb; not after a preposition), else nobody: the authorities as one speaker.

    >>> t = "What matters is that the Hanul authorities are giving in, while talking about “"
    >>> w = _body_plural(t, 0, len(t)); t[w.start : w.end]
    'the Hanul authorities'
    >>> _body_plural("Under pressure from the Hanul authorities, Bo cited “", 0, 52).found
    False
    """
    at = text.rfind("authorities", max(floor, pos - win.BODY_PLURAL_REACH), pos)
    if at < 0:
        return _NOBODY
    before = text[max(floor, at - win.BODY_DET_BACK) : at].split()[-win.BODY_DET_WORDS:]
    det = next((k for k in range(len(before) - 1, -1, -1) if before[k] in {"the", "The"}), None)
    if det is None or not all(w.replace("-", "").replace(".", "").isalpha() for w in before[det:]):
        return _NOBODY
    prior = text[max(floor, at - win.BODY_PRIOR_BACK) : at].split()[: -(len(before) - det)]
    if prior and prior[-1].lower() in _PREPOSITIONS:
        return _NOBODY  # "pressure from the Hanul authorities": an object, not the subject
    words = text[at + 11 : min(pos, at + win.BODY_VERB)].split()
    after = _past_fillers(words)
    verb = after[0].rstrip(",") if after else ""
    if not (words[:1] and words[0] in _PLURAL_VERBS) and not (_verb_like(verb) or verb in _IRREGULAR_PAST):
        return _NOBODY
    if not any(w.lower().strip(",") in _MENTIONING for w in text[at + 11 : pos].split()):
        return _NOBODY  # "the authorities are in trouble under pressure for more “funds”": no words of theirs
    start = text.rfind(" ".join(before[det:]), max(floor, at - win.BODY_DET_BACK), at + 11)
    return _Who("descriptor", None, start, at + 11) if start >= 0 else _NOBODY


# Participles of getting ready for or performing something: the quote they take is the name of an event, a plan or
# a song ("preparing for “golf diplomacy”", "singing “Blue Harbor”"), not words their subject says.
_READYING = word_set("preparing bracing gearing readying training practising practicing singing playing humming")
_READY_GLUE = _DETERMINERS | frozenset(["for", "up", "to", "the", "a", "an", "some", "more"])


def _readied_for(text: str, floor: int, qs: int) -> bool:
    """Return whether a participle of getting ready or performing stands right before the quote at ``qs``, past
    "for", "up" and determiners only.

    >>> _readied_for("Bo is preparing for a “summit”", 0, 21), _readied_for("Bo, preparing, said “no”", 0, 20)
    (True, False)
    """
    words = text[max(floor, qs - win.READIED_BACK) : qs].split()[-win.READIED_WORDS:]
    while words and words[-1].lower() in _READY_GLUE:
        words.pop()
    return bool(words) and words[-1].lower() in _READYING


def _mentioning_aside(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the speaker named right before an aside that a participle of mentioning, saying or taking a stance
    opens and that holds the quote ("Senator Ana Volk, talking about the “fair share” of allies, left", "Bo,
    demanding that Seoul pay “more,” left"), else nobody.

    >>> t = 'Ana Volk, talking about the “fair share”, left.'
    >>> ms = _Index([Mention(0, 8, "Ana Volk", "person", {})])
    >>> _mentioning_aside(t, ms, _Place(28, 40, 0, len(t), 0, 0, 0)).start
    0
    >>> t = 'Ana Volk, demanding that Seoul pay “more,” left.'
    >>> _mentioning_aside(t, ms, _Place(35, 42, 0, len(t), 0, 0, 0)).start
    0
    """
    comma = text.rfind(", ", max(pl.sent_start, pl.qs - win.ASIDE_COMMA_BACK), pl.qs)
    words = text[comma + 2 : pl.qs].split() if comma >= 0 else []
    if words and _critic_of(words) and _aside_closed(text, pl):
        words = ["talking"]  # "Bo, a vocal critic of the “...” plan, left": the critic's words, as a mention's
    if not words or words[0].lower() not in _ASIDE_SAYING:
        return _NOBODY
    if words[0].lower() not in _MENTION_PARTICIPLES and not _aside_closed(text, pl):
        return _NOBODY  # "Bo criticized Al, saying it was “shameful”": the participle is Bo's, not Al's
    near = idx.ending_before(comma, comma - win.ASIDE_NAMED_BACK)
    if near and _past_brackets(text, near[0].end, comma) == comma and _is_speaker(near[0]):
        return _Who("subject", near[0], near[0].start, near[0].end)
    return _NOBODY


# Nouns of one who takes a stance on something ("a vocal critic of", "a longtime opponent of"): in an aside after a
# name, the quote that follows "of" is in the words of that name's stance.
_STANCE_HOLDERS = word_set("critic critics opponent opponents proponent proponents advocate advocates champion")


def _critic_of(words: list[str]) -> bool:
    """Return whether an aside's ``words`` open with an article, at most two modifiers and a noun of a stance holder
    followed by "of" ("a vocal critic of the").

    >>> _critic_of("a vocal critic of the".split()), _critic_of("a town of".split())
    (True, False)
    """
    if words[0].lower() not in {"a", "an", "the"}:
        return False
    return any(w in _STANCE_HOLDERS and words[k + 1 : k + 2] == ["of"] for k, w in enumerate(words[1:4], 1))


def _aside_closed(text: str, pl: _Place) -> bool:
    """Return whether the aside holding the quote at ``pl`` closes with a comma at or after the quote's end that a
    verb follows (the aside stands between its subject and their verb: "Bo, demanding “more,” left").

    >>> t = 'Bo, demanding “more,” left.'
    >>> _aside_closed(t, _Place(14, 21, 0, len(t), 0, 0, 0))
    True
    >>> _aside_closed('Bo met Al, saying “no.”', _Place(18, 23, 0, 23, 0, 0, 0))
    False
    """
    comma = text.find(",", max(pl.qs, pl.qe - 3), min(pl.pe, pl.qe + win.FRONTED_REACH))
    if comma < 0 or _SENTENCE_END.search(text, pl.qe, comma):
        return False
    after = text[comma + 1 : comma + win.ASIDE_CLOSED_AFTER].lstrip(" ”’\"'").split()
    return bool(after) and _clause_verb(_verb_after(_past_fillers(after)).rstrip(".,;:"))


def _relative_aside(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the person named right before a ", who" clause that holds the quote and says, names or takes a stance
    before it ("Bo, who took to social media to brand the deal “a disaster,” left"; see _own_saying), or the body or
    country named right before such a ", which" clause ("the Foreign Ministry, which described the offer as “...”";
    a capital or country stands for its government, qfix51), else nobody.

    >>> t = 'Ana Volk, who put the gap at “$1 billion,” left.'
    >>> _relative_aside(t, _Index([Mention(0, 8, "Ana Volk", "person", {})]), _Place(28, 42, 0, len(t), 0, 0, 0)).start
    0
    >>> t = 'Ana Volk, who was “upset,” left.'
    >>> _relative_aside(t, _Index([Mention(0, 8, "Ana Volk", "person", {})]), _Place(18, 26, 0, len(t), 0, 0, 0)).found
    False
    >>> t = 'The Pentagon, which has called it “lopsided,” left.'
    >>> _relative_aside(t, _Index([Mention(4, 12, "Pentagon", "org", {})]), _Place(33, 45, 0, len(t), 0, 0, 0)).start
    4
    >>> t = 'The Pentagon, which runs the “Iron Fist” drills, left.'
    >>> _relative_aside(t, _Index([Mention(4, 12, "Pentagon", "org", {})]), _Place(29, 40, 0, len(t), 0, 0, 0)).found
    False
    """
    for rel in (", who ", ", which "):
        comma = text.rfind(rel, max(pl.sent_start, pl.qs - win.OWN_REACH), pl.qs)
        near = idx.ending_before(comma, comma - win.ASIDE_NAMED_BACK, 1) if comma >= 0 else []
        if not near or _past_brackets(text, near[0].end, comma) != comma:
            continue
        m = near[0]
        if rel == ", who ":
            fits = m.kind == "person" and _is_speaker(m)
        else:  # a body, or a place that stands for a government ("Seoul, which has called"); never a thing
            fits = m.kind != "person" and (_is_speaker(m) or "metonym for" in (m.value.get("role") or ""))
        if fits and _own_saying(text, idx, comma + len(rel) - 1, pl.qs):
            return _named(m)
    return _NOBODY


def _main_clause(text: str, sent_start: int, qs: int) -> int:
    """Return where the main clause starts when the sentence opens with a subordinate clause and a comma before the
    quote ("While Seoul balked, the Bo cabinet ... a “red line”"): its subject, not one in the clause, speaks.

    >>> t = "While Seoul balked, the cabinet called it a “red line”."
    >>> t[_main_clause(t, 0, 44):44], _main_clause("Bo called it a “line”.", 0, 15)
    (' the cabinet called it a ', 0)
    """
    first = text[sent_start : sent_start + 12].split(None, 1)
    if not first or first[0].lower() not in _FRONTING:
        return sent_start
    comma = text.find(",", sent_start, qs)
    return comma + 1 if comma >= 0 else sent_start


_BANNERS = word_set("banner rubric slogan motto mantra watchword")


def _banner_subject(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject of the main clause after a fronted slogan ("Under the banner of “Hanul first,” the Bo
    government has ..."): the slogan is that subject's, else nobody.

    >>> t = "Under the slogan of “Hanul first,” Jo Bell has cut aid."
    >>> _banner_subject(t, _Index([Mention(35, 42, "Jo Bell", "person", {})]), _Place(20, 34, 0, 55, 0, 0, 0)).start
    35
    """
    before = text[max(pl.sent_start, pl.qs - win.BANNER_BACK) : pl.qs].split()
    if before and before[-1] == "of":
        before.pop()  # "the banner of “...”" or "the banner “...”"
    if not before or before[-1].lower() not in _BANNERS:
        return _banner_owner(text, idx, pl)
    if "," not in text[pl.qe - 2 : pl.qe + 1]:
        return _banner_owner(text, idx, pl)  # the slogan does not close a fronted phrase
    for m in idx.first_between(pl.qe, min(pl.pe, pl.qe + win.BANNER_SUBJECT)):
        if _is_speaker(m):
            return _named(m)
        if m.value.get("within") and m.kind == "person":  # "the Bo administration": Bo's government speaks
            return _named(m)
        break
    return _NOBODY


# The frames that put a slogan forward ("in the name of “...”", "under the banner of “...”", "slogans such as “...”")
_SLOGAN_FRAMES = (("in", "the", "name", "of"), ("under", "the", "banner", "of"), ("under", "the", "slogan", "of"),
                  ("slogans", "such", "as"), ("slogans", "like"), ("slogan", "of"))


def _banner_owner(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the owner of a slogan its sentence frames ("in the name of", "slogans such as") when the name right before
    the frame is a passive's agent ("the policies pursued by the Bo government in the name of “...”") or a possessive
    ("Bo's zeal reflected in slogans such as “...”"): the slogan is its maker's (speak57); else nobody.

    >>> t = "Voters balk at policies pursued by Jo Bell in the name of “Hanul first.”"
    >>> _banner_owner(t, _Index([Mention(35, 42, "Jo Bell", "person", {})]), _Place(58, 72, 0, len(t), 0, 0, 0)).start
    35
    >>> t = "Voters balk at policies of Jo Bell in the name of “Hanul first.”"
    >>> _banner_owner(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(50, 64, 0, len(t), 0, 0, 0)).found
    False
    """
    lo = max(pl.sent_start, pl.qs - win.BANNER_OWNER_BACK)
    words = text[lo : pl.qs].split()
    low = tuple(w.lower() for w in words)
    frame = next((f for f in _SLOGAN_FRAMES if low[-len(f) :] == f), None)
    if frame is None:
        return _NOBODY
    at = text.rfind(words[-len(frame)], lo, pl.qs)
    for m in idx.ending_before(at, lo, most=3):
        if m.value.get("within"):
            continue  # "Trump" in "the Trump administration": the body speaks
        before = text[max(lo, m.start - len(" by the ")) : m.start].lower().split()
        agent = before[-1:] == ["by"] or before[-2:] == ["by", "the"]  # "pursued by (the) Bo government"
        owned = text.startswith(("'s ", "’s "), m.end)
        speaks = _is_speaker(m) or "metonym for" in (m.value.get("role") or "")  # a country: its government
        return _named(m) if (agent or owned) and speaks else _NOBODY
    return _NOBODY


_PLEDGES = word_set("promised pledged vowed agreed offered promises pledges vows agrees offers said says")


def _country_subject(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the country or capital that opens the sentence when a verb of speech or pledge it governs stands right
    before the partial quote ("Japan set up hotlines and promised to “foster ties”"): its government speaks.

    >>> t = "Meanwhile, Japan set up hotlines and promised to “foster ties”."
    >>> jp = Mention(11, 16, "Japan", "place", {"role": "Country; metonym for jp-government"})
    >>> _country_subject(t, _Index([jp]), _Place(49, 62, 0, len(t), 0, 0, 0)).start
    11
    """
    before = text[max(pl.sent_start, pl.qs - win.COUNTRY_VERB_BACK) : pl.qs].split()[-2:]
    if not before or not any(w in _PLEDGES for w in before) or (before[-1] not in _PLEDGES and before[-1] != "to"):
        return _country_judging(text, idx, pl)  # no pledge or speech verb right before the quote
    reach = min(pl.qs, pl.sent_start + win.COUNTRY_OPENER)  # bounded: a run-on sentence holds many quotes
    first = _NONSPACE.search(text, pl.sent_start, reach)
    opener = text.find(",", pl.sent_start, reach)  # "Meanwhile, Japan ..."
    starts = [first.start() if first else pl.sent_start] + ([opener + 2] if opener >= 0 else [])
    for pos in starts:
        m = idx.starting_at(pos, pos + 4)
        if m is None or "metonym for" not in (m.value.get("role") or ""):
            m = idx.actor_printed_at(text, pos)  # "the US" may start with "the"
        if m is None:
            continue
        nxt = text[m.end : m.end + win.COUNTRY_NEXT].split(None, 1)
        word = nxt[0] if nxt else ""
        if word.startswith(",") or (word.isalpha() and word.islower() and word not in _NOT_VERBS):
            return _named(m)  # "Japan set up ...", "Seoul, in turn, promised": the country is the subject
    return _NOBODY


_NOT_VERBS = _PREPOSITIONS | _DETERMINERS | frozenset(["and", "or", "but", "as"])
_JUDGED_AS_BACK = 160  # characters before a quote read for "<country> <verb of judging> ... as"
# Words that may stand between a sentence's opening country and its verb: a time, a manner ("North Korea on Sunday
# sharply denounced"), or the medium ("in a statement")
_COUNTRY_ADJUNCTS = frozenset(["on", "last", "this", "also", "again", "earlier", "later", "then", "once", "in", "a",
                               "statement", "commentary", "separately", "week", "month", "today", "yesterday",
                               *calendar.day_name])


def _country_judging(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the country or capital that opens the sentence as the subject of a verb of judging whose "as" stands
    right before the partial quote ("North Korea on Sunday denounced the deal as a “humiliating act”", "Seoul
    slammed the move as “regrettable”"): its government's words; else nobody (a passive, "was denounced as", is
    someone else's judging of the country; another verb first, "Japan signed the deal hailed as", is no judging).

    >>> t = "North Korea on Sunday denounced the deal as a “sellout.”"
    >>> nk = Mention(0, 11, "North Korea", "place", {"role": "Country; metonym for kp-government"})
    >>> _country_judging(t, _Index([nk]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)).start
    0
    >>> t = "North Korea was denounced as a “rogue state.”"
    >>> _country_judging(t, _Index([nk]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)).found
    False
    """
    words = text[max(pl.sent_start, pl.qs - _JUDGED_AS_BACK) : pl.qs].split()
    while words and words[-1].lower() in {"a", "an", "the"}:
        words.pop()
    if not words or words[-1] != "as":
        return _NOBODY
    m = idx.starting_at(pl.sent_start, pl.sent_start + 4)
    if m is None or "metonym for" not in (m.value.get("role") or ""):
        m = idx.actor_printed_at(text, pl.sent_start)
    if m is None:
        return _NOBODY
    for w in text[m.end : pl.qs].split():
        if w.lower() in _SPOKEN_OF:
            return _named(m)  # the first verb after the country and its time or manner is one of judging
        if not (w in _COUNTRY_ADJUNCTS or (w.endswith("ly") and w.isalpha() and w.islower())):
            return _NOBODY  # "was denounced", "signed the deal hailed as": not the country's judging
    return _NOBODY


_DOCUMENTS = word_set("statement release communique communiqué readout declaration report letter memo fact-sheet "
                       "draft document memorandum directive")
_NAMING = ("titled", "entitled", "headlined", "named", "dubbed")
_DOCUMENT_OPENING = re.compile(r"(?:The|A|An|Its|Their)\s++(?:[a-z-]++\s++){0,2}")  # "The joint ", "A new "
_DOCUMENT_NOUN = re.compile(r"(?P<doc>[a-zé-]++)(?:\s++(?P<by>from|by|of)\s++)?")


_SUBJECT_DOCUMENTS = _DOCUMENTS | word_set("note sheet summary")  # "A joint note/summary ... states", "fact sheet"
_ISSUER_KINDS = frozenset(["place", "org"])


def _joint_pair(text: str, idx: _Index, lo: int, hi: int) -> _Who:
    """Return the pair a joint document's words belong to: the nearest two places or bodies joined by "and" that open
    a sentence in ``text[lo:hi]`` ("The United States and South Korea have finalized ..."), as the joint description
    (README: a joint statement's first-named issuer or the pair is the speaker); else nobody.

    >>> t = "Japan and South Korea signed it. Bo spoke."
    >>> ms = [Mention(0, 5, "Japan", "place", {}), Mention(10, 21, "South Korea", "place", {})]
    >>> _joint_pair(t, _Index(ms), 0, len(t)).name
    'Japan and South Korea'
    >>> _joint_pair("He met Japan and South Korea.", _Index([Mention(7, 12, "Japan", "place", {}),
    ...     Mention(17, 28, "South Korea", "place", {})]), 0, 29).found
    False
    >>> t = "Japan and Peru signed. Envoys of Chile and Brazil met."
    >>> ms = [Mention(0, 5, "Japan", "place", {}), Mention(10, 14, "Peru", "place", {}),
    ...       Mention(33, 38, "Chile", "place", {}), Mention(43, 49, "Brazil", "place", {})]
    >>> _joint_pair(t, _Index(ms), 0, len(t)).found
    False
    """
    near = idx.ending_before(hi, lo)
    for later, first in itertools.pairwise(near):
        if {first.kind, later.kind} - _ISSUER_KINDS or text[first.end : later.start] != " and ":
            continue
        before = text[max(lo, first.start - 3) : first.start].rstrip(" ")
        if first.start == 0 or before[-1:] in {".", "\n", ""}:
            pair = _without_article(text[first.start : later.end])
            return _Who("descriptor", None, first.start, later.end, name=pair)
        return _NOBODY  # a nearer pair inside a sentence ("Negotiators from Brazil and Chile ..."): not sure whose
    return _NOBODY


def _document_subject(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return who speaks a partial quote in a sentence whose subject is a document ("The joint statement from the
    two ministries stresses a plan that will “...”"): the issuer named after "from"/"by"/"of" (a mention, a
    capitalised name or the plain phrase), else the document's own phrase; nobody if no verb follows it.

    >>> t = 'The joint statement from the two ministries stresses a plan that will "bring us closer."'
    >>> w = _document_subject(t, _Index([]), _Place(70, 88, 0, len(t), 0, 0, 0)); (w.name, w.attribution)
    ('the two ministries', 'descriptor')
    >>> _document_subject('The joint team stresses a "plan."', _Index([]), _Place(26, 33, 0, 33, 0, 0, 0)).found
    False
    """
    first = _NONSPACE.search(text, pl.sent_start, min(pl.qs, pl.sent_start + win.FIRST_WORD_REACH))
    opening = _DOCUMENT_OPENING.match(text, first.start(), pl.qs) if first is not None else None
    if first is None or opening is None:
        return _NOBODY
    doc = None
    # the document noun: one of the first words
    for w in _WORD.finditer(text, first.start(), opening.end() + win.DOC_NOUN):
        if w.group().lower() in _SUBJECT_DOCUMENTS:
            doc = _DOCUMENT_NOUN.match(text, w.start(), pl.qs)
            break
    if doc is None:
        return _NOBODY
    verb = _document_verb(text, doc.end(), min(pl.qs, doc.end() + win.DOC_VERB))
    if verb < 0 or text[verb : verb + 10].lower().startswith(_NAMING):
        return _NOBODY  # 'The report, titled “...”': the quote is its name, not its words
    if doc.group("by") is None:
        if "joint" in text[first.start() : doc.start()].lower().split():  # "A joint note ... states": the pair's
            pair = _joint_pair(text, idx, max(0, pl.sent_start - win.JOINT_ISSUERS_BACK), pl.sent_start)
            if pair.found:
                return pair
        name = _without_article(text[first.start() : doc.end("doc")])  # "The joint communique stresses"
        return _Who("descriptor", None, first.start(), doc.end("doc"), name=name)
    issuer = _issuer_in(text, idx, doc.start("by") - 1, verb)
    if issuer is not None:
        return issuer
    words = text[doc.end() : verb].split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()  # "the two ministries has": the phrase ends before its verb's auxiliary
    phrase = " ".join(words)
    return _Who("descriptor", None, doc.end(), doc.end() + len(phrase), name=phrase) if words else _NOBODY


def _document_verb(text: str, lo: int, hi: int) -> int:
    """Return where the verb of a document's sentence starts in ``text[lo:hi]``: the last of the first run of
    verb-like words ("the two ministries stresses": a plural noun before its verb also ends in "s"), else -1.

    >>> t = "from the two ministries stresses a plan"; t[_document_verb(t, 0, len(t)) :]
    'stresses a plan'
    """
    verb = -1
    for w in _WORD.finditer(text, lo, hi):
        if _verb_like(w.group()) and w.group() not in _NOT_VERBS:
            verb = w.start()
        elif verb >= 0:
            break
    return verb


_PRONOUN_SUBJECT = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?P<v>[a-z]+)\b")


def _pronoun_subject(text: str, floor: int, pos: int, seen: _SeenMatches | None = None) -> _Who:
    """Return "he"/"she" as the subject of a verb before a partial quote ("he blamed Seoul for a plan that “..."),
    the first such pronoun between ``floor`` (the sentence start) and ``pos`` (the quote); ``seen`` keeps the
    matches of the last window searched (see _SeenMatches).

    >>> t = "In a rare show of anger, he blamed Seoul for a plan that “fails”."
    >>> w = _pronoun_subject(t, 0, 56); (w.attribution, t[w.start : w.end])
    ('pronoun', 'he')
    """
    seen = seen or _SeenMatches(_PRONOUN_SUBJECT)
    for m in seen.window(text, max(floor, pos - win.PRONOUN_SEEN_BACK), pos):
        if _verb_like(m.group("v")):
            return _Who("pronoun", None, m.start("p"), m.end("p"))
    return _NOBODY


_THEY_SUBJECT = re.compile(r"\b(?P<p>[Tt]hey)\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?P<v>[a-z]+)\b")


def _they_subject(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return "they" as the subject of a verb before a partial quote in its sentence ("They assessed the deal by
    saying, “...”"), pointing back to the group or the two people named before (:func:`_they_group`), else nobody:
    a plural pronoun is no one person named between (qfix42).

    >>> t = "Jo Bell and Al Roe wrote a paper. They judged it by saying, “Too early.”"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {"name": "Jo Bell"}),
    ...       Mention(12, 18, "Al Roe", "person", {"name": "Al Roe"})]
    >>> _they_subject(t, _Index(ms), _Place(60, 72, 0, 72, 0, 34, 0)).name
    'Jo Bell and Al Roe'
    """
    for m in _THEY_SUBJECT.finditer(text, max(pl.sent_start, pl.qs - win.PRONOUN_SEEN_BACK), pl.qs):
        if _verb_like(m.group("v")) and not _complement_subject(text, pl.sent_start, m.start("p")):
            return _they_group(text, idx, m.start("v"), pl.sent_start, pl.back)
    return _NOBODY


_BODY_PRONOUN = re.compile(
    r"\b(?P<p>[Ii]t|[Tt]hey)\s++(?:(?:also|then|later|again|further|\w{2,20}ly)\s++)?(?P<v>confirm(?:ed|s)|"
    r"sa(?:id|ys)|not(?:ed|es)|stress(?:ed|es)|warn(?:ed|s)|add(?:ed|s)|call(?:ed|s)|describ(?:ed|es)|urg(?:ed|es)|"
    r"reaffirm(?:ed|s)|insist(?:ed|s)|acknowledg(?:ed|es)|announc(?:ed|es))\b"
)
_BODY_FRONTED = word_set("While Although Though As After When Since")
_BODY_PRONOUN_BACK = 300  # characters before "it"/"they" read for the body it points back to


def _body_opens_sentence(text: str, lo: int, start: int) -> bool:
    """Return whether the mention at ``start`` opens its sentence (after "the", capitalised words of its name or a
    fronted "While"/"When"),
    read from ``lo``: the subject a following "it"/"they" points back to, not an object ("backed the X Party").

    >>> t = "The Hanul Agency met. Voters backed the Hanul Party."
    >>> _body_opens_sentence(t, 0, 4), _body_opens_sentence(t, 0, t.index("Hanul P"))
    (True, False)
    """
    k = max(text.rfind(stop, max(lo, start - _BODY_PRONOUN_BACK), start) for stop in (". ", "! ", "? ", "\n"))
    words = text[k + 1 if k >= 0 else max(lo, start - _BODY_PRONOUN_BACK) : start].split()
    if words and words[0] in _BODY_FRONTED:
        words = words[1:]
    if words and words[0] in {"The", "the"}:
        words = words[1:]
    return len(words) <= 3 and all(w[:1].isupper() and w[-1:].isalpha() for w in words)  # "The Hanul Foreign Ministry"


def _body_pronoun(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return "it"/"they" opening a sentence (or its main clause after a fronted "While ...,") as the subject of a
    body's verb of saying before a partial quote, pointing back to the organisation last named before it with no
    person or other organisation between ("The Hanul Agency met. It confirmed the plan was “on hold”": the
    agency); else nobody (speak56b). "It" elsewhere ("it was “...”", "that it would") is no speaker.

    >>> t = "The Hanul Agency met. It confirmed the plan was “on hold” now."
    >>> ms = [Mention(4, 16, "Hanul Agency", "org", {"name": "Hanul Agency"})]
    >>> w = _body_pronoun(t, _Index(ms), _Place(48, 57, 0, 62, 0, 22, 0)); (t[w.start : w.end], w.antecedent.exact)
    ('It', 'Hanul Agency')
    >>> t = "The Hanul Agency met. Jo Bell said it confirmed the plan was “on hold” now."
    >>> _body_pronoun(t, _Index(ms), _Place(60, 69, 0, 74, 0, 22, 0)).found
    False
    """
    m = _BODY_PRONOUN.search(text, pl.sent_start, min(pl.qs, pl.sent_start + _BODY_PRONOUN_BACK))  # bounded
    if m is None:
        return _NOBODY
    head = text[pl.sent_start : m.start("p")]
    if head.strip() and not (head.rstrip().endswith(",") and head.split()[0] in _BODY_FRONTED):
        return _NOBODY  # "Jo Bell said it confirmed": not the sentence's subject
    near = idx.ending_before(m.start("p"), max(pl.back, m.start("p") - _BODY_PRONOUN_BACK), most=4)
    if not near or near[0].kind != "org" or not _body_opens_sentence(text, pl.back, near[0].start):
        return _NOBODY  # a person, a place, nobody or a sentence's object named last: not a body's "it"
    body = near[0]._replace(value={**near[0].value, "group": True})  # the resolver keeps it ("they": no person)
    return _Who("pronoun", None, m.start("p"), m.end("p"), antecedent=body)


_COMPLEMENTIZERS = word_set("that whether if")


def _complement_subject(text: str, lo: int, pos: int) -> bool:
    """Return whether the word at ``pos`` opens a clause another verb reports or asks about, "that", "whether" or
    "if" right before it ("notifying workers that they will be put “on leave”"): the subject of told words, not
    their teller.

    >>> t = "It began notifying workers that they will be put on leave."
    >>> _complement_subject(t, 0, t.index("they")), _complement_subject("They judged it", 0, 0)
    (True, False)
    """
    before = text[max(lo, pos - 12) : pos].split()
    return bool(before) and before[-1].lower() in _COMPLEMENTIZERS


# Title abbreviations a list's title word may end with a period in ("Sen.", "Lt. Gen."): any other word ending in a
# period ends a sentence ("... and Tia Borne. Dora Vell said"), which no link between two listed people crosses.
_LIST_ABBREVIATIONS = "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True) if w.endswith("."))
# The words between two people of one coordinated list ("Kara Wendle, Sen. Olin Pask and Rep. Bo Dell"): a party tag
# after the first, a comma and/or "and", and at most four capitalised title words before the second (a title word
# ends in a period only as an abbreviation or initials, "Gen.", "U.S.": review72 finding 2).
_LIST_LINK = re.compile(
    r"(?:\s?+\([A-Z][\w.,' -]{1,14}+\))?+(?P<sep>,\s{1,2}+(?:and\s{1,2}+)?+|\s{1,2}+and\s{1,2}+)"
    rf"(?:(?>{_LIST_ABBREVIATIONS}|(?:[A-Z]\.){{1,4}}+|[A-Z][\w'’-]{{0,24}}+)\s{{1,2}}+){{0,4}}+"
)


def _listed_before(text: str, idx: _Index, m: Mention) -> list[Mention]:
    """Return the people of the coordinated list the person ``m`` ends, first-named first ("Sen. A, Sen. B and
    Rep. C"; "Defense Secretary A and Defense Minister B"): "and" before the last, commas before the others, only
    titles and party tags between; [] when ``m`` ends no such list.

    >>> t = "Sen. Jo Bell, Sen. Al Roe and Rep. Mo Fenn said"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {}), Mention(19, 25, "Al Roe", "person", {}),
    ...       Mention(35, 42, "Mo Fenn", "person", {})]
    >>> [x.exact for x in _listed_before(t, _Index(ms), ms[2])], _listed_before(t, _Index(ms), ms[1])
    (['Jo Bell', 'Al Roe', 'Mo Fenn'], [])
    >>> t = "Bo met Jo Bell and Mo Fenn. Al Roe said"  # "Fenn." ends a sentence: no title word (review72)
    >>> _listed_before(t, _Index([Mention(7, 14, "Jo Bell", "person", {}), Mention(28, 34, "Al Roe", "person", {})]),
    ...                Mention(28, 34, "Al Roe", "person", {}))
    []
    """
    listed = [m]
    while len(listed) < win.LIST_MOST:
        head = listed[0]
        prev = idx.ending_before(head.start, max(0, head.start - win.JOINED_BACK))
        if not prev or prev[0].kind != "person" or not _is_speaker(prev[0]):
            break
        link = _LIST_LINK.fullmatch(text, prev[0].end, head.start)
        if link is None or ("and" in link["sep"]) != (len(listed) == 1):  # "and" before the last name only
            break
        listed.insert(0, prev[0])
    return listed if len(listed) > 1 else []


def _list_object(text: str, start: int) -> bool:
    """Return whether the name at ``start`` (a list's first) is the object of a verb, a participle or a preposition
    ("welcomed Jo Bell and ...", "After meeting Jo Bell, ...", "Besides Sen. Jo Bell, ..."): the word governing it
    (:func:`_governing_word`, as :func:`_sentence_subject` reads it) is a lower-case word that opens no clause, or a
    capitalised preposition opens the sentence right before it; not a subject after a comma, a quote or "but".

    >>> t = "After meeting Jo Bell, Al Roe and Bo said. But Jo Bell and Bo said. Besides Sen. Jo Bell, Bo said."
    >>> [_list_object(t, t.index(w, at)) for w, at in (("Jo", 0), ("Al", 0), ("Jo", 40), ("Jo", 60))]
    [True, False, False, True]
    >>> t = "After meeting Sen. Jo Bell, Al Roe and Bo said. This morning Sen. Jo Bell and Bo said."
    >>> _list_object(t, t.index("Jo")), _list_object(t, t.rindex("Jo"))
    (True, False)
    """
    for w in reversed(text[max(0, start - win.SUBJECT_BACK) : start].split()[-_OPENING_TITLE_WORDS:]):
        low = w.lower()
        if (w[:1].isupper() and low in _OPENING_PREPOSITIONS) or (
                w.isalpha() and w.islower() and low.endswith("ing") and low not in _NOT_PARTICIPLES):
            return True  # "Besides Jo Bell", "After meeting Sen. Jo Bell" (a participle before an office)
        if w.endswith(",") or not _office_word(w):
            break
    if _signers_governed(text, start, 0):
        return False  # the writers, as :func:`_pair_governed` reads them ("a letter signed by Jo Bell, Al Roe and Bo")
    word = _governing_word(text, start)  # "welcomed Jo Bell", "with Jo Bell"; not "This week Jo Bell", "but Jo Bell"
    return word.isalpha() and word.islower() and word not in _CLAUSE_OPENERS | _INVERTING | _TIME_WORDS


def _joint(text: str, idx: _Index, who: _Who) -> _Who:
    """Return the speakers "<name> and <name>" when the subject found is the second of two joined names.

    >>> t = "Jo Bell and Al Roe said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {"name": "Jo Bell"}),
    ...       Mention(12, 18, "Al Roe", "person", {"name": "Al Roe"})]
    >>> _joint(t, _Index(ms), _named(ms[1])).name
    'Jo Bell and Al Roe'
    """
    m = who.mention
    if m is not None and m.kind == "person" and (listed := _listed_before(text, idx, m)):
        while len(listed) > 1 and _list_object(text, listed[0].start):
            listed = listed[1:]  # "After meeting A, B and C said": B and C (review72 finding 3)
        if len(listed) < 2:
            return who
        first = speaker_name(listed[0])
        if len({speaker_name(x) for x in listed}) < len(listed):
            return who  # one person twice ("Rick Ammon and Ammon"): no list (review72 finding 2)
        if first and len(listed) > 1:  # "A, B and C said": the first-named; "Sen. A and Rep. B said": the pair
            name = first if len(listed) > 2 else f"{first} and {speaker_name(m)}"
            return replace(who, mention=listed[0] if len(listed) > 2 else m, start=listed[0].start, name=name)
    if m is None or m.start < 6 or text[m.start - 5 : m.start] != " and ":
        return who
    prev = idx.ending_before(m.start - 5, m.start - win.JOINED_BACK)
    if not prev or prev[0].end != m.start - 5 or not _is_speaker(prev[0]) or _list_object(text, prev[0].start):
        return who
    first, second = speaker_name(prev[0]), speaker_name(m)
    if not first or not second or first == second:
        return who
    return replace(who, start=prev[0].start, name=f"{first} and {second}")


def _label(text: str, idx: _Index, start: int, end: int) -> Mention | None:
    """Return the person ``text[start:end]`` names alone, or with a slash and a title ("Jo Bell / U.S. envoy").

    >>> _label("Jo Bell / envoy", _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, 15).exact
    'Jo Bell'
    """
    m = idx.starting_at(start, start)
    if m is None or m.kind != "person" or not _is_speaker(m) or m.end > end:
        return None
    first = _NONSPACE.search(text, m.end, end)
    if first is None:
        return m  # the name alone
    last = end
    while text[last - 1].isspace():
        last -= 1
    if last - first.start() > win.LABEL_TITLE_MOST:
        return None  # more than a short title: not a label (and no long copy is made)
    rest = text[first.start() : last]
    titled = rest.startswith("/") and "\n" not in rest and not _VERB_WORD.search(rest)
    return m if titled else None


def _second_of_two(text: str, idx: _Index, m: Mention) -> bool:
    """Return whether ``m`` is the second of two parties joined by "and" ("Seoul and Washington", the first a
    person, organisation or place, or a capitalised name): words quoted of two parties are not either one's.

    >>> t = "Seoul and Washington agreed"
    >>> ms = [Mention(10, 20, "Washington", "place", {"metonym_for": "b"})]
    >>> _second_of_two(t, _Index(ms), ms[0]), _second_of_two("the allies and Washington", _Index([]), ms[0])
    (True, False)
    """
    if text[max(0, m.start - 5) : m.start] != " and ":
        return False
    prev = idx.ending_before(m.start - 5, m.start - win.JOINED_BACK)
    if prev and prev[0].end == m.start - 5:
        return prev[0].kind in {"person", "org", "place"}
    before = text[max(0, m.start - win.JOINED_WORDS_BACK) : m.start - 5].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _verb_like(word: str) -> bool:
    """Return whether a word right after a name looks like its verb ("lashed", "says", "was").

    >>> _verb_like("lashed"), _verb_like("Korea"), _verb_like("was")
    (True, False, True)
    """
    return word.islower() and (word.endswith(("ed", "s")) or word in _SUBJECT_VERBS or word in _REPORTING)


# Past tenses of common verbs that end in neither "-ed" nor "-s": a name's verb before a participle's comma ("Bo
# spoke at a forum, saying ..."), read by _clause_subject.
_IRREGULAR_PAST = word_set(
    "spoke made gave took went met held sent wrote told came saw kept brought thought felt found got won ran began "
    "became chose drew broke struck rose fell stood sought spent lost paid left led cut hit set put did "
    "threw flew grew knew shook bore hid sat lay fled sold bought caught taught fought meant lent built dealt heard "
    "hung slept swept wept dug spun shot understood withdrew overtook undertook upheld withheld oversaw forgave bit"
)


_SPEECH_NOUNS = word_set("tweet post message letter remarks comments words speech note reply answer response comment "
                         "verdict warning assessment explanation retort reaction")
# Nouns of words that bind the speaker to an act ("Bo's pledge to “...”", qfix51): the act after "to" is in the
# owner's words, as after a noun of speech's preposition.
_PLEDGE_NOUNS = word_set("pledge pledges vow vows promise promises threat threats call calls demand demands offer "
                         "offers warning warnings")
# nouns of a person's words, as claims, pledges or asks ("Bo's false claim", "her call for"): read in a headline's
# tail and before a topic's preposition (:func:`_topic_of_speech`)
_CLAIM_NOUNS = _SPEECH_NOUNS | _PLEDGE_NOUNS | word_set(
    "claim claims remark lie lies boast gaffe quip jab statement push plea pleas appeal appeals")


_NEGATED_AUX = re.compile(r"(?:did|does|do|has|have|had|was|were|is|wo|would|could|ca|should)n['’]t")  # speak56b
_NEGATED_SAID_WORDS = 10  # words after "didn't" read for the body's speech verb


def _negated_then_said(rest: list[str]) -> bool:
    """Return whether ``rest`` opens with a negated auxiliary ("didn't") and a speech verb follows within a few words
    ("didn't give a date, but said"): the body says something; "didn't verify the report that" tells nothing.

    >>> _negated_then_said("didn't wait, but said".split()), _negated_then_said("didn't verify the report".split())
    (True, False)
    """
    return bool(_NEGATED_AUX.fullmatch(rest[0])) and any(
        w.lower().strip(",.;:") in REPORTING_VERBS for w in rest[1 : 1 + _NEGATED_SAID_WORDS])


def _possessive_org(text: str, owner: Mention, after: list[str]) -> _Who:
    """Return the speaker "<owner>'s foreign ministry" (or "<owner>'s Bureau of Foo Affairs") when that phrase is
    followed by a verb, the person when it is their words ("Jo Bell's tweet read"), else nobody.

    >>> t = "The Agency's Bureau of Arms Affairs said it"
    >>> _possessive_org(t, Mention(4, 10, "Agency", "org", {}), t[10:].split()).name
    "Agency's Bureau of Arms Affairs"
    >>> t = "Tokyo's Transport Ministry didn't wait, but said it"
    >>> _possessive_org(t, Mention(0, 5, "Tokyo", "place", {}), t[5:].split()).name
    "Tokyo's Transport Ministry"
    >>> t = "Tokyo's Transport Ministry didn't verify the report that it"
    >>> _possessive_org(t, Mention(0, 5, "Tokyo", "place", {}), t[5:].split()).found
    False
    >>> t = "Jo Bell's tweet read: yes"
    >>> _possessive_org(t, Mention(0, 7, "Jo Bell", "person", {}), t[7:].split()).start
    0
    """
    if owner.kind == "person" and len(after) > 2 and after[1].lower().rstrip(",:") in _SPEECH_NOUNS:
        rest = [w for w in after[2:] if w not in _AUXILIARIES]
        if rest and _verb_like(rest[0].rstrip(":")):  # "Jo Bell's tweet read:", "his message was blunt:"
            return _named(owner)
    for k in range(1, min(4, len(after))):
        if after[k].lower().rstrip(",") in _ORG_NOUNS:
            rest = [w for w in after[k + 1 :] if w not in _AUXILIARIES]
            of = 0
            if rest and rest[0] == "of":  # "Bureau of Political-Military Affairs"
                of = 1
                while of < len(rest) and of < 6 and rest[of][:1].isupper():
                    of += 1
            if len(rest) > of and (_verb_like(rest[of]) or _negated_then_said(rest[of:])):  # "didn't ..., but said"
                end = text.find(after[k], owner.end) + len(after[k])
                if of:
                    end = text.find(rest[of - 1], end) + len(rest[of - 1])
                name = text[owner.start : end]
                name = name[4:] if name[:4] in {"the ", "The "} else name
                return _Who("descriptor", None, owner.start, end, name=name)
            break
    return _NOBODY


_SPEECH_PLURALS = word_set("tweets posts messages letters speeches notes replies answers responses warnings")


def _words_then_verb(after: list[str]) -> bool:
    """Return whether the words after a person's name are a possessive, a noun of speech and a phrase opened by a
    preposition or a time word, then a past verb ("'s posts on social media in May hinted at", "'s letter to the
    committee called"): the person's words did what the verb says.

    >>> _words_then_verb("'s posts on social media in May hinted at".split())
    True
    >>> _words_then_verb("'s office in Seoul faces a".split()), _words_then_verb("'s letter said".split())
    (False, False)
    """
    if len(after) < 4 or after[0] not in {"'s", "’s"}:
        return False
    noun = after[1].lower()
    if noun not in _SPEECH_NOUNS and noun not in _SPEECH_PLURALS:
        return False
    first = after[2]
    if first not in _PREPOSITIONS and first not in {"over", "during", "last", "this", "earlier"}:
        return False
    for w in after[3 : 3 + win.WORDS_PHRASE_WORDS]:
        if w[-1:] in ",;:.!?\"“”":
            return False
        if w.islower() and (w.endswith("ed") or w in _IRREGULAR_PAST or w in _REPORTING) and w not in _PREPOSITIONS:
            return True
    return False


def _words_owner_before(text: str, found: list[Mention], pos: int) -> Mention | None:
    """Return the person of ``found`` (mentions before ``pos``, nearest first) whose possessive words are the
    subject of the verb before ``pos`` (see _words_then_verb), else None; looked for only where a possessive is.

    >>> t = "Jo Bell's letter to the committee called it"
    >>> _words_owner_before(t, [Mention(0, 7, "Jo Bell", "person", {})], 41).exact
    'Jo Bell'
    """
    for m in found:
        if m.kind == "person" and text.startswith(("'s", "’s"), m.end) and not m.value.get("descriptor"):
            return m if _words_then_verb(text[m.end : min(pos, m.end + win.WORDS_THEN_VERB)].split()) else None
    return None


_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves"])


def _verb_after(words: list[str]) -> str:
    """Return the word that follows a name, past a prepositional phrase of proper names ("of the US Army").

    >>> _verb_after("of the US State Department voiced".split()), _verb_after(["said"]), _verb_after([])
    ('voiced', 'said', '')
    >>> _verb_after(["himself", "wrote"])
    'wrote'
    """
    k = 1 if words and words[0] in _REFLEXIVES else 0  # "Trump himself wrote"
    if words and words[0] in {"of", "from", "at"}:
        k = 1
        while k < len(words) and (words[k][:1].isupper() or words[k] in {"the", "a", "an", "of", "and"}):
            k += 1
    return words[k] if k < len(words) else ""


_REPORTING = frozenset(_VERBS.split("|"))


def _ends_sentence_in(words: str) -> bool:
    """Return whether the words between a quote and its verb hold a sentence end (not "Mr.", "U.S." or a
    lawmaker's party and state, "(D-Calif.)").

    >>> _ends_sentence_in(" Mr. Trump "), _ends_sentence_in(" It rained. Then he "), _ends_sentence_in(" Bo (R-Fla.) ")
    (False, True, False)
    >>> _ends_sentence_in(" Bo, R-S.C., "), _ends_sentence_in(" Bo, D-N.Y. ")
    (False, False)
    >>> _ends_sentence_in(" Bo Tam Jr. "), _ends_sentence_in(" Bo Tam Jr., a lawmaker, "), _ends_sentence_in(" Jr. It ")
    (False, False, True)
    """
    parts = words.split()
    return any(
        w.endswith(".") and w not in TITLES and not _INITIALS.fullmatch(w) and not _PARTY_STATE.fullmatch(w)
        and not _firm_abbreviation(w, parts[k + 1 : k + 2]) and not _name_suffix(w, parts[k + 1 : k + 2])
        for k, w in enumerate(parts)
    )


def _name_suffix(word: str, after: list[str]) -> bool:
    """Return whether ``word`` is a name's suffix ("Jr.", "Sr.": :data:`names.NAME_SUFFIXES`) that the sentence goes on
    after: nothing more before the verb, a comma, or a lower-case word ('“...,” Bo Tam Jr. said'); a capital after it
    ("Bo Tam Jr. The senator") is a sentence end, as before (speak56).

    >>> _name_suffix("Jr.", []), _name_suffix("Sr.", [","]), _name_suffix("Jr.", ["The"]), _name_suffix("Mr.", [])
    (True, True, False, False)
    """
    return word in NAME_SUFFIXES and (not after or not after[0][:1].isupper())


# Abbreviations that end the name of a firm, a school or an office ("the Hollin Corp.", "Tamsk Univ.", "Dept. of")
_FIRM_ABBREVIATIONS = word_set("Corp. Inc. Co. Ltd. Univ. Dept. Assn. Bros.")


def _firm_abbreviation(word: str, after: list[str]) -> bool:
    """Return whether ``word`` is an abbreviation ending a body's name (:data:`_FIRM_ABBREVIATIONS`) and the word
    ``after`` it (a one-item list, empty at the end) goes on with the same sentence: a comma or a lower-case word
    ("a fellow at Tamsk Univ., said", "the Hanul Dept. of Trade"); not a sentence end (fix51s2). A capital after it
    ("the Hollin Corp. The firm") or nothing after it is read as before: a sentence end.

    >>> _firm_abbreviation("Univ.", [","]), _firm_abbreviation("Dept.", ["of"]), _firm_abbreviation("Corp.", ["The"])
    (True, True, False)
    >>> _firm_abbreviation("Corp.", []), _firm_abbreviation("rained.", ["then"])
    (False, False)
    """
    return word in _FIRM_ABBREVIATIONS and bool(after) and (after[0] == "," or after[0][:1].islower())


# A US lawmaker's party and state after the name: "(D-Calif.)", ", R-Ohio,"
_PARTY_STATE = re.compile(r"\(?[DRI]-(?:[A-Z][a-z]{1,5}\.?|[A-Z]\.[A-Z]\.)\)?,?")


_OWNED = word_set(
    "calls call words remarks pledge promise vow comments comment statement demand demands warning claim claims push "
    "description phrase so-called previously announced dubbed branded "
    "promised threatened vowed pledged touted "  # fresh92: "Pyongyang's promised “...”": what the owner promised
    "response reply answer message retort reaction verdict was is"  # "Seoul's response was “...”"
)


_INTRODUCING = word_set("such as like including")
_PLAIN_MODIFIERS = word_set("new latest recent own planned proposed first repeated renewed")
_AMOUNT_WORDS = word_set("percent per cent % percentage-point million billion trillion")


# Nouns of naming something as something ("Bo's description of Seoul as a “rich country”", qfix50)
_NAMING_NOUNS = word_set("description characterization characterisation labeling labelling branding portrayal "
                         "depiction acknowledgment acknowledgement recognition designation definition framing")


def _naming_of_as(words: list[str], k: int) -> bool:
    """Return whether the words after the possessive ``words[k]`` are a noun of naming, "of" and its object, then
    "as" and an article at most before the quote ("Bo's earlier description of Seoul as a"): the owner's naming
    words, the quote what the owner called the object (qfix50).

    >>> _naming_of_as("Bo's earlier description of Seoul as a".split(), 0)
    True
    >>> _naming_of_as("Bo's trip to Seoul as a".split(), 0), _naming_of_as("Bo's description of the talks".split(), 0)
    (False, False)
    """
    rest = [w.lower() for w in words[k + 1 :]]
    if rest[-1:] and rest[-1] in {"a", "an", "the"}:
        rest.pop()
    if len(rest) < 4 or rest[-1] != "as" or "as" in rest[:-1]:
        return False
    n = next((i for i, w in enumerate(rest[:3]) if w in _NAMING_NOUNS), None)
    return n is not None and rest[n + 1] == "of" and all(
        _plain_modifier(w) or w.endswith("ly") or w in _PLAIN_MODIFIERS or w in {"earlier", "previous", "past", "own"}
        for w in rest[:n])


def _naming_owner(before: str) -> tuple[list[str], int] | None:
    """Return the last words of ``before`` (what precedes a quote) and the place of their possessive when they are a
    phrase of naming read by :func:`_naming_of_as`, over win.NAMING_AS_WORDS words; else None.

    >>> _naming_owner("It fits Bo's earlier description of Seoul as a ")
    (['It', 'fits', "Bo's", 'earlier', 'description', 'of', 'Seoul', 'as', 'a'], 2)
    """
    words = _without_addressee(before.split())[-win.NAMING_AS_WORDS :]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].endswith(("'s", "’s"))), None)
    return (words, k) if k is not None and _naming_of_as(words, k) else None


def _plain_modifier(word: str) -> bool:
    """Return whether a word between an owner and its quoted words is an amount, a plain time modifier or an
    example's opener ("Bo's 25 percent “fair” tariffs", "Bo's new “fair” tariffs", "Bo's remarks such as: “...”"),
    which does not change whose words they are.

    >>> [_plain_modifier(w) for w in ("25", "$1,000", "10%", "percent", "as:", "latest", "big")]
    [True, True, True, True, True, True, False]
    """
    w = word.lower().rstrip(",:")
    digits = w.lstrip("$₩€£¥").rstrip("%").replace(",", "").replace(".", "")
    return w in _INTRODUCING or w in _AMOUNT_WORDS or w in _PLAIN_MODIFIERS or digits.isdigit()


_ANSWERS = word_set("response reply answer message retort reaction")


def _without_addressee(words: list[str]) -> list[str]:
    """Return ``words`` less a capitalised addressee after an owner's answer ("Seoul's response to Washington was"
    -> "Seoul's response was"): whom it answers does not change whose words they are. Not a possessive addressee
    ("a response to Washington's “reciprocal” tariffs": Washington's words).

    >>> _without_addressee("Seoul's response to Washington was".split())
    ["Seoul's", 'response', 'was']
    >>> _without_addressee("Seoul's response to the plan was".split())
    ["Seoul's", 'response', 'to', 'the', 'plan', 'was']
    >>> _without_addressee("a response to Washington's".split())  # Washington owns what follows
    ['a', 'response', 'to', "Washington's"]
    """
    for k in range(1, len(words) - 2):
        owner = words[k - 1].endswith(("'s", "’s")) or words[k - 1].lower() in {"his", "her"}
        addressee = words[k + 2][:1].isupper() and not words[k + 2].endswith(("'s", "’s"))
        if owner and words[k].lower() in _ANSWERS and words[k + 1] == "to" and addressee:
            return words[: k + 1] + words[k + 3 :]
    return words


_TOPIC_PREPS = frozenset(["about", "on", "regarding", "for"])


def _topic_of_speech(words: list[str], j: int, quoted: str) -> bool:
    """Return whether ``words[j]`` is a preposition right after a noun of speech ("his remarks about “...”", "her
    call for “...”"): the words ``quoted`` after it are still the owner's (fresh77q), unless they are a capitalised
    title, a programme or a day the speech was on ("remarks on “Face the Nation”", "his statement on “Liberation
    Day”": nobody's words, review78).

    >>> _topic_of_speech("His remarks about".split(), 2, "“fair pay”"), _topic_of_speech("His trip to".split(), 2, "x")
    (True, False)
    >>> _topic_of_speech("His remarks on".split(), 2, "“Face the Nation”")
    False
    """
    return (words[j].lower() in _TOPIC_PREPS and j > 0 and words[j - 1].lower() in _CLAIM_NOUNS | _STANCE_NOUNS
            and not _capitalised_name(quoted, _NAME_GLUE, 2))


# Nouns of the stress a person lays on words ("his emphasis on “...”", qfix45): before "on", the words are the owner's.
_STANCE_NOUNS = word_set("emphasis insistence stress")


def _topic_article(words: list[str], j: int, quoted: str) -> bool:
    """Return whether ``words[j]`` is an article right after the preposition of a noun of speech ("her call for a
    “...”", qfix45), or a noun of stance before "on" ("his emphasis on “...”"): the quote after them is still the
    owner's words, as right after a noun of speech's preposition.

    >>> _topic_article("Her call for a".split(), 3, "“fair deal”"), _topic_article("Her trip to a".split(), 3, "x")
    (True, False)
    >>> _topic_article("Her emphasis on".split(), 1, "“fair deal”"), _topic_article("Her emphasis".split(), 1, "x")
    (True, False)
    """
    if words[j].lower() in _STANCE_NOUNS:
        return words[j + 1 : j + 2] == ["on"]
    return words[j].lower() in {"a", "an", "the"} and j > 1 and _topic_of_speech(words, j - 1, quoted)


def _pledged_to(words: list[str], j: int) -> bool:
    """Return whether ``words[j]`` is the "to" of an infinitive right after a noun of a pledge, threat or demand
    ("Bo's threat to “pull out”"): the words quoted after it are still the owner's; not after a noun of an act
    ("Bo's trip to").

    >>> _pledged_to("Bo's threat to".split(), 2), _pledged_to("Bo's trip to".split(), 2)
    (True, False)
    """
    return words[j] == "to" and j > 0 and words[j - 1].lower() in _PLEDGE_NOUNS


# Participles of promoting words as one's own, bare or after "much-", "oft-" ("Tokyo's much-heralded “...”",
# "Bo's vaunted “...”"): the owner's words; not of judging them ("much-criticized": others' view of the owner's act)
_PROMOTED = word_set("touted heralded vaunted trumpeted hyped publicized publicised advertised proclaimed promoted "
                     "championed")
_PROMOTED_PREFIXES = ("much-", "oft-", "often-", "widely-", "long-", "highly-", "much–")


def _promoted(words: list[str], j: int) -> bool:
    """Return whether ``words[j]`` is a participle of promoting (_PROMOTED), bare or hyphened after "much-"/"oft-",
    or "much" before one ("Tokyo's much heralded"): the possessor's words follow (speak57).

    >>> [_promoted(w, 1) for w in (["x", "much-heralded"], ["x", "vaunted"], ["x", "much", "touted"], ["x", "much"])]
    [True, True, True, False]
    >>> _promoted(["x", "much-criticized"], 1), _promoted(["x", "so-heralded"], 1)
    (False, False)
    """
    w = words[j].lower()
    if w == "much":
        return j + 1 < len(words) and words[j + 1].lower() in _PROMOTED
    for prefix in _PROMOTED_PREFIXES:
        w = w.removeprefix(prefix)
    return w in _PROMOTED


_POSSESSIVE_HINT = re.compile(r"[Hh][Ii][Ss]|[Hh][Ee][Rr]|['’]s")


def _possessor(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2c: the owner of the words just before a partial quote ("Jo Bell's calls “to ...”", "his so-called “...”").

    >>> t = "It fits Jo Bell's calls “to act”."
    >>> _possessor(t, _Index([Mention(8, 15, "Jo Bell", "person", {})]), _Place(24, 32, 0, 33, 0, 0, 0)).start
    8
    >>> t = "Al Roe called Jo Bell's demand “excessive”."
    >>> _possessor(t, _Index([Mention(14, 21, "Jo Bell", "person", {})]), _Place(31, 42, 0, 43, 0, 0, 0)).found
    False
    """
    before = text[max(pl.sent_start, pl.qs - win.POSSESSOR_BACK) : pl.qs]
    if "h" not in before and "H" not in before and "s" not in before:
        return _NOBODY  # every hint holds one of these letters (found faster than the search below)
    if not _POSSESSIVE_HINT.search(text, max(pl.sent_start, pl.qs - win.POSSESSOR_BACK), pl.qs):
        return _NOBODY  # no "his", "her" or "'s" there: the words below would find none
    words = _without_addressee(before.split())[-win.POSSESSOR_WORDS:]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in {"his", "her"}
              or words[k].endswith(("'s", "’s"))), None)  # fmt: skip
    if (longer := _naming_owner(before)) is not None:
        words, k = longer  # "Bo's earlier description of Seoul as a “...”": a longer phrase of naming (qfix50)
    q = text[pl.qs : pl.qe]
    if k is None or not (_naming_of_as(words, k) or all(
            w.lower().strip(",:") in _OWNED or w.endswith("ly") or _plain_modifier(w) or _promoted(words, j)
            or _topic_of_speech(words, j, q) or _topic_article(words, j, q) or _pledged_to(words, j)
            for j, w in enumerate(words[k + 1 :], k + 1))):  # fmt: skip
        return _NOBODY
    if k == len(words) - 1 and _reported_owner(words, k):
        return _NOBODY  # 'writing that the president’s “failed leadership ...”': the writer's words, not the owner's
    if _owned_subject(text, words, k, pl):
        return _NOBODY  # 'Bo said the envoy's remarks “speak for themselves.”': Bo's words about the remarks
    if _named_object(words, k):
        return _NOBODY  # probeq36: 'Seoul called Washington's demand “excessive”': the namer's word for the object
    if (tag := _closing_tag(text, idx, pl)).found:
        return tag  # "Bo, known for his “hard bargaining”, may balk, the agency reported": the reporter's words
    if words[k].lower() in {"his", "her"}:
        at = text.rfind(words[k], max(pl.sent_start, pl.qs - win.POSSESSOR_BACK), pl.qs)
        return _NOBODY if _charged(text, pl.sent_start, at) else _Who("pronoun", None, at, at + len(words[k]))
    at = text.rfind(words[k], max(pl.sent_start, pl.qs - win.POSSESSOR_BACK), pl.qs) + len(words[k]) - 2
    named = idx.ending_before(at, at - win.POSSESSOR_NAMED)
    if named and named[0].end == at and _is_speaker(named[0]) and not _charged(text, pl.sent_start, named[0].start):
        return _named(named[0])
    return _NOBODY


#: A verb of naming right before a possessive object ("called Washington's demand “excessive”"): the quote is the
#: namer's word for that object, not the possessor's words.
_NAMING_BEFORE_OBJECT = _NAMED_BY | word_set("call calls calling describe describes describing label labels labeling "
                                             "labelling dub dubs dubbing term terms terming brand brands branding "
                                             "deemed deems considered considers")

def _named_object(words: list[str], k: int) -> bool:
    """Return whether the possessive ``words[k]`` opens the object of a verb of naming before it, the possessor's
    own words (capitalised, or "the") between ("called Jo Bell's demand", "described the U.S.'s offer").

    >>> _named_object("Al Roe called Jo Bell's demand".split(), 4), _named_object("It fits Jo Bell's calls".split(), 3)
    (True, False)
    """
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j].lower() in _NAMING_BEFORE_OBJECT:
            return True
        if not (words[j][:1].isupper() or words[j].lower() == "the"):
            return False
    return False


#: A sentence opening that names who said the words before it: "That was the message from X", "Those were the words
#: of X", "So said X", "The warning came from X" (probeq36); the mention right after it is the speaker.
_SOURCE_OPENER = re.compile(
    r"(?:(?:That|This|Those|These|Such)[ \t]++(?:was|were|is|are)[ \t]++(?:the[ \t]++)?(?:message|warning|words?|"
    r"verdict|assessment|view|remarks?|comments?|response|reply|argument|point)[ \t]++(?:of|from)|So[ \t]++said|"
    r"The[ \t]++(?:message|warning|remarks?|comments?|words|criticism|rebuke|reply|response)[ \t]++came[ \t]++from)"
    r"[ \t]++(?:(?:the|a|an)[ \t]++)?")

_REPORTING_THAT = _CLAUSE_PARTICIPLES | SPEECH_VERBS | word_set("writing")


def _reported_owner(words: list[str], k: int) -> bool:
    """Return whether the possessive ``words[k]`` opens, a determiner or title words at most before it, the clause
    "that" brings after a verb of saying ("writing that the president’s", "said that Bo's"): the quote right after it
    is the clause the sayer reports, not the owner's words.

    >>> w = "He blasted it, writing that the president’s".split()
    >>> _reported_owner(w, len(w) - 1), _reported_owner("It fits Jo Bell's".split(), 3)
    (True, False)
    """
    j = k - 1
    while j > 0 and j > k - 4 and words[j].lower() != "that":
        j -= 1
    return j >= 1 and words[j].lower() == "that" and words[j - 1].lower().rstrip(",") in _REPORTING_THAT


# a quote's first word that opens a noun phrase, an infinitive or a clause of its own: the owned noun's content
# ("Bo's call “to act”", "Bo's warning “a storm is near”"), not the predicate told of it
_CONTENT_OPENERS = word_set("to a an the this that these those we i you he she it they our my there no not")


def _owned_subject(text: str, words: list[str], k: int, pl: _Place) -> bool:
    """Return whether the possessive ``words[k]`` and its noun open the clause a verb of saying reports ("said the
    envoy's remarks", "told them that Bo's comments"), and the quote right after that noun is the clause's
    predicate, which ends the sentence ("“speak for themselves.”", "“ignore what Seoul pays.”"): the reporter's
    words about the remarks, not the owner's (probeq40).

    >>> t = "Al Roe said the envoy's comments “speak for themselves.”"
    >>> pl = _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)
    >>> w = t[: pl.qs].split()
    >>> _owned_subject(t, w, 4, pl), _owned_subject(t.replace("speak", "to speak"), w, 4, pl)
    (True, False)
    >>> _owned_subject("It fits Jo Bell's calls “to act”.", "It fits Jo Bell's calls".split(), 3, pl)
    False
    """
    j = k - 1 if k >= 1 and words[k - 1].lower() in {"the", "a", "an"} else k
    said = j >= 1 and words[j - 1].lower().rstrip(",") in _REPORTING_THAT
    if not said and j >= 1 and words[j - 1].lower() == "that":
        said = _VERB_WORD.search(text, pl.sent_start, pl.qs) is not None  # "told an audience that the envoy's"
    if not said or k == len(words) - 1:
        return False
    first = _WORD.search(text, pl.qs, pl.qe)
    if first is None or not first.group()[:1].islower() or first.group().lower() in _CONTENT_OPENERS:
        return False
    return _SENTENCE_CLOSE.match(text, pl.qe) is not None or text[pl.qs : pl.qe].rstrip("”\"'’")[-1:] in ".!?"


_SENTENCE_CLOSE = re.compile(r"(?<![ \t])[ \t]*+(?:[.!?]|\n|\Z)")  # read from a quote's closing mark


_TAG_VERBS = word_set("reported reports said says wrote writes added adds")


def _closing_tag(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return who the tag that closes the quote's sentence after a comma names ("..., Hanul News reported."), a
    speaker mention or "the <body>", else nobody.

    >>> t = 'Bo, known for his “big stick” style, may balk, Hanul News reported.'
    >>> _closing_tag(t, _Index([Mention(47, 57, "Hanul News", "org", {})]), _Place(18, 29, 0, len(t), 0, 0, 0)).start
    47
    """
    close = _sentence_close(text, pl.qe, pl.pe)
    comma = text.rfind(",", pl.qe, close)
    tail = text[comma + 1 : close].split() if comma >= 0 else []
    if not 2 <= len(tail) <= win.CLOSING_TAG_WORDS + 1 or tail[-1].rstrip(".") not in _TAG_VERBS or (
            '"' in text[pl.qe : close]):  # fmt: skip
        return _NOBODY
    verb = text.rfind(tail[-1], comma, close)
    m = next(iter(idx.first_between(comma + 1, verb)), None)
    named_at = _past_media_noun(text, comma + 1, verb)  # where the tag's name may start: not "aides to Bo said"
    if m is not None and _is_speaker(m) and not text[m.end : verb].strip() and not text[named_at : m.start].strip():
        return _named(m)
    if tail[0] in {"the", "The"}:
        # "the agency reported"
        return _org_reference(text, idx, verb, comma + 1, max(0, pl.ps - win.CLOSING_TAG_REACH))
    return _proper_subject(text, named_at, verb)  # "Hanul News reported": a name
    # the gazetteer does not know, after its lower-case kind ("local news service Hanul News reported")


_MEDIA_KIND_NOUNS = frozenset(MEDIA_NOUNS) | word_set("service agency network channel")


def _past_media_noun(text: str, lo: int, hi: int) -> int:
    """Return where the name after the lower-case words of a medium's kind starts in ``text[lo:hi]`` ("local news
    service Hanul News": "Hanul"; spk28), else ``lo``: the kind describes the outlet the tag names.

    >>> t = ", local news service Hanul News reported"
    >>> t[_past_media_noun(t, 1, t.index(" reported")) :], _past_media_noun(", local aides to Bo said", 1, 19)
    ('Hanul News reported', 1)
    """
    words = list(_NONSPACE_RUN.finditer(text, lo, hi))
    k = next((k for k, w in enumerate(words) if not w.group().islower()), 0)
    return words[k].start() if k and words[k - 1].group() in _MEDIA_KIND_NOUNS else lo


def _verb_forms(words: str) -> tuple[tuple[str, ...], ...]:
    """Return the space-separated ``words`` as triples of a verb's base, present in "-s" and past.

    >>> _verb_forms("slam slams slammed mock mocks mocked")
    (('slam', 'slams', 'slammed'), ('mock', 'mocks', 'mocked'))
    """
    w = words.split()
    return tuple(zip(w[0::3], w[1::3], w[2::3], strict=True))


# Verbs of criticism or rejection, each as its base, present in "-s" and past: the possessive after one names the
# target of a charge, not its speaker ("Bo slams Al Roe's “arrogance”": Bo's word for Al Roe's conduct); their past
# and base forms are verbs of a stance of the clause's subject too (_OWN_SAYING, _OWN_BASE: "Bo had condemned the
# “...” plan").
_CHARGING_FORMS = _verb_forms(
    "slam slams slammed blast blasts blasted criticize criticizes criticized criticise criticises criticised "
    "reject rejects rejected mock mocks mocked decry decries decried denounce denounces denounced condemn condemns "
    "condemned assail assails assailed rebuke rebukes rebuked ridicule ridicules ridiculed deride derides derided "
    "lambaste lambastes lambasted scorn scorns scorned attack attacks attacked fault faults faulted "
    "deplore deplores deplored castigate castigates castigated"
)
_CHARGING = frozenset(w for forms in _CHARGING_FORMS for w in forms)


# Verbs that name or describe their object ("characterizing Al Roe's demands as “extortion”"): the words are the
# describer's, not the object's owner's
_DESCRIBING_OWNED = word_set(
    "characterizing characterising characterized characterised characterize characterise characterizes characterises "
    "describing describe describes branding brand brands labeling labelling label labels terming term terms"
)


def _charged(text: str, floor: int, owner: int) -> bool:
    """Return whether the possessive owner at ``owner`` is the object of a verb of criticism, or of one that names or
    describes it ("characterizing Al Roe's demands as “extortion”": ``_DESCRIBING_OWNED``), past its title.

    >>> _charged("Bo slams President Al Roe's", 0, 19), _charged("Bo met President Al Roe's", 0, 17)
    (True, False)
    >>> _charged("Bo won, characterizing Al Roe's", 0, 23)
    True
    """
    before = text[max(floor, owner - win.CHARGED_BACK) : owner].split()
    while before and before[-1][:1].isupper() and before[-1].lower() not in _CHARGING:
        before.pop()  # the owner's title ("President", "Defense Minister")
    return bool(before) and (before[-1].lower() in _CHARGING or before[-1].lower() in _DESCRIBING_OWNED)


_REPORT_THAT = re.compile(
    r"\b(?:report|reports|statement|claim|claims|announcement|article|editorial|story|letter|tweet|post|view|views"
    r"|belief|argument|insistence|complaint|assertion|contention|suggestion|remark|remarks|comment|comments|warning"
    r"|promise|pledge|vow|threat|demand|proposal|accusation|prediction|hint|signal"
    r"|demands|proposals|threats|warnings|promises|pledges|vows|accusations|predictions|statements|assertions"
    r"|suggestions|complaints|position|stance),?+\s++(?:(?:is|was|remains|has[ \t]++been)\s++)?(?:that|saying)\b"
)  # plurals (spk28): "Bo's demands that Seoul “pay more”"; a comma before "that" (probeq38): "Bo's remarks, that Seoul
# “will not be bullied,” drew fire"; a copula before it (qfix51): "Bo's view is that Seoul is “rich”"
_REPORT_NOUNS = frozenset(_REPORT_THAT.pattern[len(r"\b(?:") : _REPORT_THAT.pattern.index(")")].split("|"))
_REPORT_NOUN_LENGTHS = sorted({len(n) for n in _REPORT_NOUNS})


_THAT_COPULAS = ("is", "was", "remains", "has been")  # "Bo's view is that" (qfix51)


def _past_copula(text: str, lo: int, j: int) -> int:
    """Return where the spaces before a copula ending at ``j`` start ("view is| that" -> "view| is that"), else
    ``j`` (``lo``: no look before it).

    >>> t = "Bo's view has been that"
    >>> _past_copula(t, 0, 18), _past_copula("Bo's view that", 0, 9)
    (9, 9)
    """
    for c in _THAT_COPULAS:
        s = j - len(c)
        if s > lo and text[s:j] == c and text[s - 1].isspace():
            while s > lo and text[s - 1].isspace():
                s -= 1
            return s
    return j


def _report_search(text: str, lo: int) -> re.Match[str] | None:
    """Return ``_REPORT_THAT.search(text, lo)``, found from each "that" and "saying" in turn (rare words that
    ``str.find`` skips to) instead of trying the pattern at every character: the spaces before the word are read
    back (``str.isspace`` is ``\\s``), then a report noun before them. Each stretch is read once: the next "saying"
    is looked for only up to the next "that".

    >>> t = "Bo's claim  that, his views that"
    >>> _report_search(t, 0).span(), _report_search(t, 6).span(), _report_search(t, 23), _report_search("a that", 0)
    ((5, 16), (22, 32), None, None)
    """
    that, at = text.find("that", lo), lo
    while True:
        saying = text.find("saying", at, that if that >= 0 else len(text))  # no "saying" runs across a "that"
        k = saying if saying >= 0 else that
        if k < 0:
            return None
        j = k
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j < k and j > lo and text[j - 1] == ",":
            j -= 1  # "Bo's remarks, that ...": the noun before the comma
        if j < k:
            j = _past_copula(text, lo, j)  # "Bo's view is that ...": the noun before the copula (qfix51)
        for n in _REPORT_NOUN_LENGTHS if j < k else ():
            if j - n >= lo and text[j - n : j] in _REPORT_NOUNS and (m := _REPORT_THAT.match(text, j - n)):
                return m
        at = k + 1
        if k == that:
            that = text.find("that", at)


def _report_that(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2f: a partial quote in the clause a named source's words report ("a recent Hanul Daily report that
    Jo Bell cut it by “half”", "Jo Bell's claim that ..."): the source, not the clause's subject.

    >>> t = "It followed a Hanul Daily report that Jo Bell cut it by “half”."
    >>> ms = [Mention(14, 25, "Hanul Daily", "org", {}), Mention(38, 45, "Jo Bell", "person", {})]
    >>> _report_that(t, _Index(ms), _Place(56, 62, 0, len(t), 0, 0, 0)).start
    14
    """
    reports = idx.reports.window(text, max(pl.sent_start, pl.qs - win.REPORT_BACK), pl.qs)
    if not reports:
        return _report_by(text, idx, pl)
    found = reports[-1]  # the last one before the quote
    for source in idx.ending_before(found.start(), found.start() - win.REPORT_SOURCE_BACK):
        gap = text[source.end : found.start()]
        if _is_speaker(source) and (gap.strip() in {"", "'s", "’s"} or _issued_by_subject(gap) or _owned_with(gap)):
            return _Who("according_to", source, source.start, source.end)
        break
    owner = text[max(pl.sent_start, found.start() - 5) : found.start()].split()
    if owner and owner[-1] in {"his", "her", "His", "Her"}:  # "his view that ...": the man named before
        at = found.start() - 1 - len(owner[-1])
        return _Who("pronoun", None, at, at + len(owner[-1]))
    return _NOBODY


# A report's noun then "by" ("The remark by Rep. Bo that ..."): its maker follows, then the clause it reports.
_REPORT_BY = re.compile(r"\b(?:remarks?|comments?|statements?|claims?|warnings?|suggestion|assertion|accusation)"
                        r"[ \t]++by[ \t]++")
_THAT_NEXT = re.compile(r"(?<![ \t,]),?+[ \t]++that\b")  # the clause the report's maker is followed by


def _report_by(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the maker of "<report noun> by <name> that ... “...”" before the quote in its sentence (probeq38: the
    remark is the named maker's, as "Bo's remark that" is), else nobody.

    >>> t = "The remark by Rep. Jo Bell that Seoul was “a landlord” drew fire."
    >>> _report_by(t, _Index([Mention(19, 26, "Jo Bell", "person", {})]), _Place(42, 54, 0, len(t), 0, 0, 0)).start
    19
    >>> t = "The remark by Rep. Jo Bell drew fire; Seoul was “a landlord”."
    >>> _report_by(t, _Index([Mention(19, 26, "Jo Bell", "person", {})]), _Place(48, 60, 0, len(t), 0, 0, 0)).found
    False
    """
    by = last_match(_REPORT_BY, text, max(pl.sent_start, pl.qs - win.REPORT_BACK), pl.qs)
    if by is None:
        return _NOBODY
    for m in idx.first_between(by.end(), min(pl.qs, by.end() + win.SUBJECT_AFTER)):
        if _is_speaker(m) and (m.start == by.end() or _title_gap(text, by.end(), m.start)) and _THAT_NEXT.match(
                text, m.end, min(pl.qs, m.end + 8)):
            return _Who("according_to", m, m.start, m.end)
        break
    return _NOBODY


def _owned_with(gap: str) -> bool:
    """Return whether the words between a source and its report noun are a possessive and one or two lower-case
    modifiers ("Bo's long-held view that", "Bo’s oft-repeated claim that").

    >>> _owned_with("'s long-held "), _owned_with("’s oft repeated "), _owned_with(" and the "), _owned_with("'s")
    (True, True, False, False)
    """
    words = gap.split()
    return 2 <= len(words) <= 3 and words[0] in {"'s", "’s"} and all(w.replace("-", "").isalpha() and w.islower()
                                                                     for w in words[1:])  # fmt: skip


_ISSUE_OBJECTS = frozenset(["a", "an", "its", "their", "his", "her"])
_ISSUE_VERBS = word_set("put made gave sent")  # irregular past forms _verb_like does not read


def _issued_by_subject(gap: str) -> bool:
    """Return whether the words between a source and its report noun make the source the subject of a verb that
    issues it ("the ministry put out a statement that", "Bo released his letter saying").

    >>> _issued_by_subject(" put out a "), _issued_by_subject(" released its "), _issued_by_subject(", in a ")
    (True, True, False)
    """
    words = gap.split()
    first = words[0] if words else ""
    return 2 <= len(words) <= 4 and words[-1] in _ISSUE_OBJECTS and (_verb_like(first) or first in _ISSUE_VERBS) \
        and "," not in gap


def _label_opening(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2d: the paragraph opens with a speaker and a colon, as headlines and transcripts name who speaks
    ("Esper: Seoul ‘could and should pay more’", "KIM: We said ‘no’").

    >>> t = "Esper: Seoul ‘could pay more’"
    >>> _label_opening(t, _Index([Mention(0, 5, "Esper", "person", {})]), _Place(13, 29, 0, 29, 0, 0, 0)).start
    0
    """
    m = idx.starting_at(pl.ps, pl.ps)
    if m is None or not _is_speaker(m) or m.end >= pl.qs:
        return _NOBODY
    colon = text[m.end : min(pl.qs, m.end + 3)].lstrip(" ")
    if not colon.startswith(":") or _VERB_WORD.search(text, m.end, pl.qs):
        return _NOBODY  # a speech verb between: the other rules read it
    return _Who("colon", m, m.start, m.end)


# Words a writer prints before a colon as a label of their own, not a speaker's name ("Note:", "Update:").
_WRITERS_LABEL_WORDS = word_set(
    "Note Update Updated Correction Photo Caption Source Sources Credit Headline Translation Quote Quotes Related "
    "Watch Read Video Audio Editor Summary Background Context Transcript Question Answer Breaking Exclusive Analysis "
    "Opinion Comment Live Topic Subject Title Keywords Tags"
)


def _name_label(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2j: a body paragraph that opens with a bare name and a colon right before the quote ('Lund: "We pay."',
    'Bo Lund: "We pay."'), where the entity finder read no mention (no title or verb beside the name): the name is
    the speaker's, as a transcript's label is. A writer's label word ("Note:", "Update:"), a place or a body the
    finder read, and a headline (its own label rules read the body's full name) are none.

    >>> t = 'Head' + 2 * chr(10) + 'Lund: "We pay."'
    >>> _name_label(t, _Index([]), _Place(12, 21, 6, 21, 1, 6, 0)).name
    'Lund'
    >>> _name_label(t.replace("Lund", "Note"), _Index([]), _Place(12, 21, 6, 21, 1, 6, 0)).found
    False
    """
    head = text[pl.ps : pl.qs].rstrip()
    if pl.pi == 0 or not head.endswith(":") or len(head) > win.LABEL_MOST or idx.first_between(pl.ps, pl.qs):
        return _NOBODY
    toks = name_tokens(text, pl.ps, pl.ps + len(head) - 1)
    if not toks or toks[0].word in _WRITERS_LABEL_WORDS or max(korean_name(toks, 0), name_run(toks, 0)) != len(toks):
        return _NOBODY
    end = toks[len(toks) - 1].start + len(toks[len(toks) - 1].word)
    return _Who("colon", None, toks[0].start, end, name=text[toks[0].start : end])


# An interview's label opening a paragraph: "Q:" for the question, "A:" for the answer.
_QA_LABEL = re.compile(r"[ \t]{0,3}([QA])[ \t]{0,3}:")


def _interview_answer(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2l: a quote in an interview's answer ("A: ...") is the words of the one its introduction names: the
    first speaker (a person or a body) named in the paragraph before the interview's "Q:"/"A:" paragraphs
    ("Ambassador Jo Bell answered our questions." ¶ "Q: ..." ¶ "A: “...”"; qfix39), read back at most
    win.INTERVIEW_BACK characters; nobody when no question comes before the answer or the introduction names nobody.

    >>> t = "Jo Bell answered our questions." + chr(10) + "Q: Why?" + chr(10) + 'A: "We pay."'
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {})]
    >>> _interview_answer(t, _Index(ms), _Place(43, 51, 40, 51, 2, 40, 0)).start
    0

    An introduction that names nobody ("She said ...") passes the search on to the paragraph before it:

    >>> t = "Jo Bell spoke." + chr(10) + "She said so." + chr(10) + "Q: Why?" + chr(10) + 'A: "We pay."'
    >>> _interview_answer(t, _Index(ms), _Place(39, 48, 36, 48, 3, 36, 0)).start
    0
    """
    answer = _QA_LABEL.match(text, pl.ps, pl.qs)
    if answer is None or answer.group(1) != "A":
        return _NOBODY
    lo, end, asked = max(0, pl.ps - win.INTERVIEW_BACK), pl.ps - 1, False
    while end > lo:
        start = text.rfind("\n", lo, end) + 1 or lo
        if text[start:end].strip():
            label = _QA_LABEL.match(text, start, end)
            if label is None:  # the introduction: the person it names first
                first = next((m for m in idx.first_between(start, end) if _is_speaker(m)), None)
                if first is None and asked:
                    end = start - 1  # "She said ..." ¶ "Q: ..." ¶ "A: ...": the paragraph before names her
                    continue
                return _Who("colon", first, first.start, first.end) if asked and first is not None else _NOBODY
            asked = asked or label.group(1) == "Q"
        end = start - 1
    return _NOBODY


def _role_label(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2k: a body paragraph that opens with a role and a colon right before the quote ('Analyst: "..."', 'A
    Pentagon spokesman: "..."'): the role is the speaker as the text gives it, as a name label is the named person's
    (:func:`_name_label`; qfix39). At most five words, the last a role noun, no verb among them; a writer's label
    ("Note:"), a topic ("Cost-sharing:") and a headline are none.

    >>> t = 'Head' + 2 * chr(10) + 'A Pentagon spokesman: "We pay."'
    >>> w = _role_label(t, _Index([]), _Place(28, 37, 6, 37, 1, 6, 0)); t[w.start : w.end]
    'A Pentagon spokesman'
    >>> _role_label(t.replace("spokesman", "view"), _Index([]), _Place(23, 32, 6, 32, 1, 6, 0)).found
    False
    """
    head = text[pl.ps : pl.qs].rstrip()
    if pl.pi == 0 or not head.endswith(":") or len(head) > win.LABEL_MOST:
        return _NOBODY
    words = head[:-1].split()
    if not 1 <= len(words) <= 5 or words[0] in _WRITERS_LABEL_WORDS or words[-1].lower() not in ROLE_NOUNS:
        return _NOBODY
    if not all(w.replace("-", "").replace(".", "").isalpha() for w in words) or _VERB_WORD.search(head):
        return _NOBODY
    if words[0].lower() not in _LABEL_ARTICLES and not words[0][:1].isupper():
        return _NOBODY  # a label opens with a capital: "Analyst:", "A Pentagon spokesman:"
    start = pl.ps + text[pl.ps : pl.qs].index(words[0])
    return _Who("descriptor", None, start, pl.ps + len(head) - 1)


# A transcript's label of an honorific and a surname in capitals opening a paragraph ("MS. ODEGAARD: We ..."), or a
# title's abbreviation and a full name ("AMB. TEODORA VASQUEZ:"; qfix44)
# (titles of office too: not names.HONORIFIC_TITLES, the courtesy titles alone)
_HONORIFIC_TITLES = ("MR.", "MS.", "MRS.", "DR.", "AMB.", "SEN.", "REP.", "GEN.", "SEC.", "GOV.", "ADM.", "PROF.")
_HONORIFIC_LABEL = re.compile(r"\b(?:" + "|".join(t.rstrip(".") for t in _HONORIFIC_TITLES) + r")\.[ \t]"
                              r"(?P<name>[A-Z][A-Z'’-]{1,30}+(?:[ \t][A-Z][A-Z'’-]{1,30}+)?+)"
                              r"[ \t]?+:")


def _honorific_label(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2m: a transcript's paragraph that opens with an honorific and a name in capitals and a colon ("MS.
    ODEGAARD: We see it differently. Our figure is “...”"): the quote in it is the labelled person's words, named
    as the text's case would print it ("Odegaard"); nobody when a speech verb stands between the label and the
    quote ("MR. BO: The minister said “...”": the other rules read it).

    >>> t = "MS. ODEGAARD: Our figure is “rooted in costs” each year."
    >>> _honorific_label(t, _Index([]), _Place(28, 45, 0, len(t), 0, 0, 0)).name
    'Odegaard'
    >>> t = "AMB. ILSE VARGA: It is “not acceptable.”"
    >>> _honorific_label(t, _Index([]), _Place(23, 41, 0, len(t), 0, 0, 0)).name
    'Ilse Varga'
    """
    label = _HONORIFIC_LABEL.match(text, pl.ps, pl.qs)
    if label is None or _VERB_WORD.search(text, label.end(), pl.qs):
        return _NOBODY
    name = " ".join(w.capitalize() for w in label.group("name").split())
    return _Who("colon", None, label.start("name"), label.end("name"), name=name)


def _label_before(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2b: a speaker printed as a label before a colon ('JO BELL (ENVOY) : "..."', 'Jo Bell: "..."').

    >>> t = 'JO BELL(ENVOY) : "We left."'
    >>> _label_before(t, _Index([Mention(0, 7, "JO BELL", "person", {})]), _Place(17, 27, 0, 27, 0, 0, 0)).start
    0
    """
    lo, colon = max(pl.ps, pl.qs - win.LABEL_BACK), pl.qs - 1
    while colon >= lo and text[colon].isspace():
        colon -= 1
    if colon < lo or text[colon] != ":":
        return _NOBODY
    for m in idx.ending_before(colon, max(pl.ps, colon - win.LABEL_NAME_BACK)):
        if (verb := _addressed_before(text, pl.ps, m.start)) >= 0:  # "showed Bo telling Al Roe: “...”": Al Roe
            # is addressed, not a label (probeq38); the speaker is the name right before the verb, if one is
            teller = next(iter(idx.ending_before(verb, max(pl.ps, verb - win.LABEL_NAME_BACK), most=1)), None)
            if teller is not None and _is_speaker(teller) and not text[teller.end : verb].strip():
                return _Who("colon", teller, teller.start, teller.end)
            break
        gap = text[m.end : colon].strip()
        titled = gap.startswith("/") and not any(c in gap for c in '"“”')  # "Jo Bell / Ministry Spokesperson:"
        if _is_speaker(m) and (not gap or titled or (gap.startswith("(") and gap.endswith(")") and '"' not in gap)):
            if (topic := _topic_label(text, idx, pl.ps, m.start)) is not None:
                return topic  # "Trump on South Korea:": the topic is no speaker, the name before "on" is
            return _NOBODY if _object_in_clause(text, pl.sent_start, m.start) else _Who("colon", m, m.start, m.end)
        break
    return _NOBODY


_TOPIC_ON = re.compile(r"[ \t]on[ \t]{1,3}+\Z")


def _topic_label(text: str, idx: _Index, ps: int, start: int) -> _Who | None:
    """Return, for a label whose name at ``start`` is the topic after "on" ("Trump on South Korea: “...”", a
    headline's label of who spoke on what), the speaker named right before "on" (nobody when none is); None when
    no "on" stands before the name.

    >>> t = "Trump on South Korea: "
    >>> ms = [Mention(0, 5, "Trump", "person", {}), Mention(9, 20, "South Korea", "place", {})]
    >>> _topic_label(t, _Index(ms), 0, 9).mention.exact, _topic_label(t, _Index(ms), 0, 0)
    ('Trump', None)
    >>> _topic_label("Expert on Seoul: ", _Index(ms[1:]), 0, 10).found
    False
    """
    on = _TOPIC_ON.search(text, max(ps, start - 6), start)
    if on is None:
        return None
    who = next(iter(idx.ending_before(on.start(), ps, most=1)), None)
    if who is None or not _is_speaker(who) or text[who.end : on.start()].strip():
        return _NOBODY
    return _Who("colon", who, who.start, who.end)


def _object_in_clause(text: str, sent_start: int, start: int) -> bool:
    """Return whether the name at ``start`` before a colon is the object of a preposition in a clause whose subject
    opens the sentence ("Jo Bell put it bluntly at a forum hosted by the Hanul Institute:": the institute hosts, Bo
    speaks; probeq40), no label: a capitalised word opens the sentence and a preposition of a setting or an agent
    stands before the name.

    >>> t = "Jo Bell put it bluntly at a forum hosted by the Hanul Institute:"
    >>> _object_in_clause(t, 0, t.index("the Hanul")), _object_in_clause("Jo Bell:", 0, 0)
    (True, False)
    >>> _object_in_clause("Asked by the Hanul Institute:", 0, 9)
    False
    """
    words = text[sent_start:start].split()
    if words[-1:] == ["the"]:
        words.pop()
    return len(words) >= 3 and words[-1] in _SETTING_PREPS and words[0][:1].isupper() and not words[0].endswith(
        ("ed", "ing"))


# prepositions of a setting or an agent in a clause ("at a forum hosted by", "in a talk with"), not of a member's body
# ("of", "for", "from") or a source ("according to")
_SETTING_PREPS = word_set("at by in on with about against during after before")


# Verbs whose object is the one spoken to ("telling Al Roe:", "asked Al Roe:"): a name after them is no label.
_ADDRESSING = word_set("told tell tells telling asked asks asking warned warning urged urging reminded reminding "
                       "assured assuring informed informing")


def _addressed_before(text: str, lo: int, start: int) -> int:
    """Return where the word before ``start`` (not before ``lo``) starts when it is a verb of addressing
    (``_ADDRESSING``), else -1.

    >>> t = "It showed Bo telling Al Roe:"
    >>> _addressed_before(t, 0, t.index("Al")), _addressed_before(t, 0, t.index("Bo"))
    (13, -1)
    """
    verb = last_match(_NONSPACE_RUN, text, max(lo, start - win.VERB_WORD), start)
    return verb.start() if verb is not None and verb.group() in _ADDRESSING else -1


class _Place(NamedTuple):
    """Where a quote is: its paragraph's bounds and index, and the start of its sentence."""

    qs: int
    qe: int
    ps: int
    pe: int
    pi: int
    sent_start: int
    back: int  # how far back an antecedent may be (three paragraphs)


_STOPS = frozenset(".!?")


def ends_own_sentence(text: str, qs: int, qe: int) -> bool:
    """Return whether the quote at ``qs``-``qe`` ends its own sentence: a stop inside its closing marks ('“We are
    done.”') or right after them, as British style prints it ('the pact was “rock hard”.'); a comma after the marks
    does not.

    >>> t = 'It was “rock hard”. Later'
    >>> ends_own_sentence(t, 7, 18), ends_own_sentence('“Done.” Bo', 0, 7), ends_own_sentence('“Done”, Bo', 0, 6)
    (True, True, False)
    """
    return text[qs:qe].rstrip("\"”’' ")[-1:] in _STOPS or text[qe : qe + 1] in _STOPS


def _that_clause_after(text: str, verb_end: int, limit: int) -> bool:
    """Return whether a "that" opens a clause within ``win.THAT_GAP_WORDS`` words after the verb ending at ``verb_end``
    and before a comma or a stop: the verb tells words of its own ("Bo said later that ..."), so a quote that ended its
    sentence before it is not its object.

    >>> t = 'Bo said later that it was over. Al Roe said, on Monday, that'
    >>> _that_clause_after(t, 7, len(t)), _that_clause_after(t, 42, len(t)), _that_clause_after("Bo said.", 7, 8)
    (True, False, False)
    """
    for w in text[verb_end : min(limit, verb_end + win.THAT_AFTER)].split()[: win.THAT_GAP_WORDS + 1]:
        if w == "that":
            return True
        if w[-1:] in ",.;:!?\"“”":
            return False
    return False


_COORDINATED = [["and"], ["but"], ["while"], ["whereas"]]  # a new clause's first word, after a quote and its comma


_JOINED_CLAUSE = re.compile(r",[ \t]{1,3}(?:and|but|while|whereas)[ \t]{1,3}")
_TAG_PUNCTUATION = frozenset(",;:.!?—–-")  # right after a closing mark: the quote's clause ends, its tag may follow


def _clause_joined_after(text: str, pl: _Place, verb: int) -> bool:
    """Return whether the speech verb at ``verb`` after a partial quote tells a new clause: the quote's own clause
    goes on after it, no comma or stop right after the closing mark ('to “squeeze” Hanul'), and a clause joined by
    ", and", ", but" ... with a subject of its own opens before the verb ('..., and aides in Arvik say'); the
    quote is not that subject's (qfix50). A list of speakers after the tag's comma ('“...,” Bo, Al, and Jo said')
    or a verb with no subject of its own (', and said') is no new clause.

    >>> def joined(t: str) -> bool:
    ...     qs = t.index("“"); qe = t.index("”") + 1
    ...     return _clause_joined_after(t, _Place(qs, qe, 0, len(t), 0, 0, 0), _AFTER.match(t, qe).start("verb"))
    >>> joined("Bo vowed not to “squeeze” Hanul, and aides in Arvik say a deal is near.")
    True
    >>> joined("Bo called the levy “unfair,” Al, Jo, and Ann said."), joined("Bo called it “bad” twice, and said so.")
    (False, False)
    """
    if verb < pl.qe or not text[pl.sent_start : pl.qs].strip() or text[pl.qe - 2] in ",.!?;:" or \
            text[pl.qe : verb].lstrip()[:1] in _TAG_PUNCTUATION:
        return False  # a quote opening its sentence, or a comma or stop right after it: its tag may follow
    joined = last_match(_JOINED_CLAUSE, text, max(pl.qe, verb - win.AFTER_QUOTE_REACH), verb)
    return joined is not None and bool(text[joined.end() : verb].strip())


_PASSIVE_AUX = word_set("was were is are be been being")


def _active_verb(text: str, verbs: list[_Verb]) -> bool:
    """Return whether any of ``verbs`` has a subject of its own: not a passive ("was described as", "has been
    called": nobody named speaks them).

    >>> t = "The deal was described as"; _active_verb(t, [_Verb(13, 22)]), _active_verb("Bo said", [_Verb(3, 7)])
    (False, True)
    """
    for v in verbs:
        before = [w for w in text[max(0, v.start - win.GROUP_OPENER_BACK) : v.start].lower().split()
                  if not w.endswith("ly")]  # "was widely described"
        if not before or before[-1] not in _PASSIVE_AUX:
            return True
    return False


# the verb after a list of signers ('", A (D-X), B (D-Y), C and D wrote.')
_LIST_VERB = re.compile(r"[ \t](?:wrote|said|say|write|added|warned|stated)(?=[\s.,;])")
_LIST_VERBS = ("said", "wrote", "say", "added", "write", "warned", "stated")  # _LIST_VERB's verbs
_LIST_GAP = re.compile(r",|\band\b")  # what parts two names of a list


def _signer_list_after(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the first-named of three or more people listed between the quote and its verb ('"...," Senator Jo
    Bell (D-X), Al Roe (D-Y), Ed Fay and Ty Cole wrote'): a joint letter's first-named signer (README, joint
    documents); else nobody.

    >>> t = '"We care," Jo Bell (D-X), Al Roe, Ed Fay and Ty Cole wrote.'
    >>> ms = [Mention(t.find(n), t.find(n) + len(n), n, "person", {"name": n})
    ...       for n in ("Jo Bell", "Al Roe", "Ed Fay", "Ty Cole")]
    >>> _signer_list_after(t, _Index(ms), _Place(0, 10, 0, len(t), 0, 0, 0)).mention.exact
    'Jo Bell'
    >>> _signer_list_after(t, _Index(ms[:2]), _Place(0, 10, 0, len(t), 0, 0, 0)).found
    False
    """
    hi = min(pl.pe, pl.qe + win.SIGNER_LIST_REACH)
    if not any(text.find(v, pl.qe, hi) >= 0 for v in _LIST_VERBS):
        return _NOBODY  # every match of _LIST_VERB holds one of its verbs, wholly in text[qe:hi]: none, no verb
    vm = _LIST_VERB.search(text, pl.qe, hi)
    if vm is None or _MARK.search(text, pl.qe, vm.start()) or "\n" in text[pl.qe : vm.start()]:
        return _NOBODY
    people = [m for m in idx.first_between(pl.qe, vm.start()) if m.kind == "person" and _is_speaker(m)]
    if len(people) < 3 or people[0].start - pl.qe > win.SIGNER_LIST_LEAD:
        return _NOBODY
    if vm.start() - people[-1].end > win.SIGNER_LIST_TAIL or "and" not in text[people[-2].end : people[-1].start]:
        return _NOBODY
    if not all(_LIST_GAP.search(text, a.end, b.start) for a, b in itertools.pairwise(people)):
        return _NOBODY
    return _named(people[0])


def _after_quote(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 1: the speaker named after the quote ('", Esper said', '", said Esper, a lawmaker', '", he said'); the
    first-named of a list of three or more signers before the verb (:func:`_signer_list_after`)."""
    if (listed := _signer_list_after(text, idx, pl)).found:
        return listed
    hi = min(pl.pe, pl.qe + win.AFTER_QUOTE_REACH)
    if idx.verb_after.none_in(text, pl.qe, hi):
        return _NOBODY  # no speech verb for _AFTER to end with
    am = _AFTER.match(text, pl.qe, hi)
    if not am or _MARK.search(am.group("pre")) or _ends_sentence_in(am.group("pre")):
        return _NOBODY
    pre_start = am.start("pre")
    if _in_aside(text, pl, am.start("verb")) or _NEW_CLAUSE.search(am.group("pre")) or _time_clause_opens(
            am.group("pre")):  # fmt: skip
        return _NOBODY  # '"owned" by Seoul, while Jo Bell added': Jo Bell speaks in the next clause
    if (_relative_after_embedded(text, pl.qe, am.group("pre")) and not _tag_closes_sentence(text, am)) or (
            _relative_verb_clause(text, pl, am)):  # fmt: skip
        return _NOBODY
    if am.group("pre").split()[:1] in _COORDINATED and text[pl.sent_start : pl.qs].strip():
        return _NOBODY  # 'Bo called it “fair,” but Al Roe called it “...”': Bo's word; the next clause is Al Roe's
    if _clause_joined_after(text, pl, am.start("verb")):
        return _NOBODY  # 'Bo vowed not to “squeeze” Hanul, and aides say ...': the aides tell another clause (qfix50)
    if text[pl.qe : pre_start].strip() == ";" and _active_verb(text, _verbs_before(text, pl.sent_start, pl.qs)):
        return _NOBODY  # 'Bo said it was “fair”; Al Roe called it “...”': a semicolon closes Bo's clause
    while _after_article(text, am.start("verb")) or _said_to_have(text, am):  # '", an informed source told': an
        # adjective, the verb is on; '", he is said to have said': a passive report, its verb of saying is on
        am = _AFTER.match(text, am.end("verb"), hi)
        if not am or _MARK.search(am.group("pre")) or _ends_sentence_in(am.group("pre")):
            return _NOBODY
    # A quote that ends its own sentence ('"We are done." Later Bo said ...') is attributed only by what
    # comes right after it ('"Why?" he asked.'), not by a new sentence.
    ended = ends_own_sentence(text, pl.qs, pl.qe)
    if am.group("verb").lower() in {"quoted", "cited"} and (cited := _cited_as(text, idx, am.end("verb"))).found:
        return cited  # '", Bo quoted Al Roe as telling him': Al Roe's words
    if (ended and _verbs_before(text, pl.sent_start, pl.qs)) or (
            am.group("verb").lower() in _RELAY_VERBS and _relayed_saying(text, pl, am.group("verb").lower())):
        return _NOBODY  # 'Bo said it was “close.” Al Roe said ...', 'Bo said it was “close,” Yonhap reported': the
        # quote's own sentence has its speaker; an outlet that reported it relays it
    if ended and _that_clause_after(text, am.end("verb"), pl.pe):
        return _NOBODY  # '“... shared by both.” Bo said later that “...”': Bo's sentence tells its own words
    if ended and _said_clause_after_tagged(text, am, pl):
        return _NOBODY  # '“...,” Bo said. “...” Al said the plan was “...”': Al's sentence tells its own (fix51s2)
    who = _subject_before(text, idx, _report_frame_start(text, am.start("verb")), pl.qe, pl.back)
    who = _postmodified_holder(text, who, pre_start)
    who = _knowing_tail(text, who, am.start("verb"))
    if who.found and who.start >= pl.qe and (not ended or _opens_tag(text, pre_start, who.start)):
        if (source := _quoting_at(text, idx, am.end("verb"), pl.pe)).found:
            return source  # '", a paper reported, quoting an official': the official's words
        return _relayed(text, idx, who, hi)  # '”, Yonhap reported that Jeong said': Jeong's words
    if ended and (passive := _passive_after_ended(text, idx, am, pre_start)).found:
        return passive  # '“It is a bad deal!” Bo was quoted as saying': Bo's words (fresh92)
    if ended and text[pre_start : am.start("verb")].strip():
        return _NOBODY
    who = _quoted_source(text, idx, _subject_after(text, idx, am.end("verb"), pl.pe), pl.pe)
    quoted = am.group("verb").lower() == "quoted" or "quoted" in am.group("pre").split()
    if not who.found and quoted and (at := _subject_at(text, idx, am.start("pre"))).found:
        return at  # '", he was quoted by a paper as saying'
    if not who.found and quoted and not ended and (role := _role_phrase(text, pre_start, am.start("verb"))).found:
        return role  # '“...,” one of his aides was quoted as saying': the source the tail quotes, not the subject
    return _knowing_tail(text, who, _clause_stop(text, who.end, pl.pe))


def _opens_tag(text: str, pre_start: int, start: int) -> bool:
    """Return whether the speaker at ``start`` opens the tag after a quote that ends its own sentence (at
    ``pre_start``), a title at most before it, ending on a title's word ('“Why pay?” Defense Minister Jo Bell asked.',
    not "Later Jo Bell asked": speak55).

    >>> t = '“Why pay?” Minister Jo Bell asked. “Why pay?” Later Jo Bell asked.'
    >>> _opens_tag(t, 11, 20), _opens_tag(t, 46, 52)
    (True, False)
    """
    words = text[pre_start:start].split()
    return start == pre_start or (bool(words) and words[-1] in _TITLE_WORDS and _title_gap(text, pre_start, start))


# Words that open a clause's subject after "said" ("said the plan was", "said it would"), lower case
# (not "this", "these", "those": 'Al said those were his own words' points back at the quote, whoever spoke it)
_SAID_SUBJECT_OPENERS = (_DETERMINERS - {"that", "this"}) | word_set("it he she they we there our")
# A finite verb of that clause within a few words of its subject ("the plan was", "Seoul wanted")
_CLAUSE_FINITE = frozenset(_AUXILIARY_WORDS) | word_set("are were should must may might remains")
_CLAUSE_SUBJECT_WORDS = 4  # words at most from the clause's first word to its verb ("the cost of the deal was")


def _said_clause_after_tagged(text: str, am: re.Match[str], pl: _Place) -> bool:
    """Return whether a quote that is a whole sentence ('“The burden is heavy.”'), right after a quote closed by a
    comma and its tag ('“We will not pay,” Bo said.'), is followed by "Al said" ("says", "say") and a clause of
    Al's own ("Al said the plan was", "Al said Seoul wanted": a subject, then a finite verb before any comma or
    stop): Al's sentence tells its own words, the whole-sentence quote goes on the tagged speaker's (fix51s2). Not
    when "said" ends its sentence or a phrase follows it ('Al said.', 'Al said on Monday.', 'Al said Tuesday.', 'Al
    said as he left': Al's tag).

    >>> t = '“We will not pay,” Bo said. “The burden is heavy.” Al said the plan was “bad.”'
    >>> qs = t.index("“The"); qe = t.index(" Al"); pl = _Place(qs, qe, 0, len(t), 0, qs, 0)
    >>> _said_clause_after_tagged(t, _AFTER.match(t, qe), pl)
    True
    >>> t2 = t.replace("the plan was “bad.”", "on Monday.")
    >>> _said_clause_after_tagged(t2, _AFTER.match(t2, qe), pl._replace(pe=len(t2)))
    False
    """
    if am.group("verb").lower() not in {"said", "says", "say"} or text[pl.sent_start : pl.qs].strip():
        return False
    words = text[am.end("verb") : min(pl.pe, am.end("verb") + win.THAT_AFTER)].split()[: _CLAUSE_SUBJECT_WORDS + 1]
    first = words[0] if words else ""
    named = first.isalpha() and first.istitle() and first not in _CALENDAR_NAMES  # "said Tuesday": no subject
    if not (first in _SAID_SUBJECT_OPENERS or named):
        return False  # "said on Monday", "said Tuesday", "said as he left": a phrase of the tag, no clause
    for w in words[1:]:
        w = w.lstrip("“\"")  # 'Al said the figure “was too high.”': the clause's verb may open a partial quote
        if w in _CLAUSE_FINITE or (w.endswith("ed") and w.isalpha() and w.islower()):
            return _tagged_quote_before(text, pl, am)
        if not w.replace("-", "").isalpha():
            return False  # a comma, a stop or a mark before any verb
    return False


def _tagged_quote_before(text: str, pl: _Place, am: re.Match[str]) -> bool:
    """Return whether the sentence before the quote at ``pl``, in its paragraph, is a quote closed by a comma and
    a plain tag (:func:`_plain_said_tag`: '“We will not pay,” Bo said.', '"We will not pay," said Bo.'), the quote
    at ``pl`` has at least :data:`_MIDDLE_QUOTE_WORDS` words (not a reply: '“I disagree.”') and the subject of the
    verb ``am`` after it is somebody new (:func:`_new_subject`): not a dialogue (mend51s2).

    >>> t = '“We will not pay,” Bo said. “It is too heavy.” Al said'; pl = _Place(28, 47, 0, len(t), 0, 28, 0)
    >>> am = _AFTER.match(t, 47); _tagged_quote_before(t, pl, am), _tagged_quote_before(t, pl._replace(qs=1), am)
    (True, False)
    >>> t2 = '“Do you pay,” Bo asked Al. “We do not pay.” Al said'; pl2 = _Place(27, 43, 0, len(t2), 0, 27, 0)
    >>> _tagged_quote_before(t2, pl2, _AFTER.match(t2, 43))
    False
    """
    close = max(text.rfind("”", pl.ps, pl.qs), text.rfind('"', pl.ps, pl.qs))
    if close < 1 or _MARK.search(text, close + 1, pl.qs):
        return False
    tagged = text[close - 1] == "," and _plain_said_tag(text[close + 1 : pl.qs])
    if not (tagged or _said_before_quote(text, pl.ps, close)) or len(text[pl.qs : pl.qe].split()) < _MIDDLE_QUOTE_WORDS:
        return False
    return _new_subject(text[pl.ps : pl.qe], text[pl.qe : am.start("verb")])


def _said_before_quote(text: str, ps: int, close: int) -> bool:
    """Return whether the quote closing at ``close`` ends its sentence and opens right after a plain tag of its own
    sentence, "<Name or role> said," or "said:" ('Lena Varga said, “We will not pay.”'): the whole-sentence quote
    after it goes on the same speaker, as after '“We will not pay,” Lena Varga said.' (lead, session 51: a word
    surname read as a speaker, "Oh said the request was", had taken the quote between).

    >>> t = 'Lena Varga said, “We will not pay.” “It is'
    >>> _said_before_quote(t, 0, t.index("” “")), _said_before_quote(t.replace("said,", "asked,"), 0, t.index("” “"))
    (True, False)
    """
    opening = text.rfind("“", ps, close)
    if text[close - 1] not in ".!?" or opening < 0 or _MARK.search(text, opening + 1, close):
        return False
    lead = text[ps:opening].rstrip()
    start = max(lead.rfind(". "), lead.rfind("” "), lead.rfind("? "), lead.rfind("! ")) + 1
    tag = lead[start:].strip()
    return tag.endswith(("said,", "said:")) and _plain_said_tag(f" {tag[:-1]}.")


# The tag the rule above admits before the whole-sentence quote: "<Name or role> said" ("says", "added") and at most
# a time phrase, or "said <Name or role>"; one who asks (a reporter, the host) is not the speaker it goes on for
_PLAIN_TAG_VERBS = word_set("said says added")
_PLAIN_TAG_TIMES = frozenset(calendar.day_name) | word_set("today yesterday earlier later")
_ROLE_OPENERS = word_set("a an the one")
_ASKERS = word_set("reporter reporters host interviewer moderator anchor questioner")
_MIDDLE_QUOTE_WORDS = 4  # words at least of the whole-sentence quote ('“The burden is heavy.”'; not '“I disagree.”')


def _plain_said_tag(tag: str) -> bool:
    """Return whether ``tag`` (the words after a quote's closing mark, to its sentence's stop) is a plain tag: a
    name of capitalised words or a role ("one official", "the minister") and "said" ("says", "added"), then nothing
    or a time phrase ("on Monday", "Tuesday", "today"), or "said" then the name or role (mend51s2). Not a verb that
    asks or addresses ('Bo asked Al.', 'Bo said, turning to Al.', 'Bo told Al.'), not an asker ('the host said.').

    >>> _plain_said_tag(" Bo Lin said on Monday."), _plain_said_tag(" said one official."), _plain_said_tag(" Al says.")
    (True, True, True)
    >>> _plain_said_tag(" Bo asked Al."), _plain_said_tag(" Bo said, turning to Al."), _plain_said_tag(" a host said.")
    (False, False, False)
    """
    words = tag.strip().removesuffix(".").split()
    k = next((k for k, w in enumerate(words) if w in _PLAIN_TAG_VERBS), -1)
    if k < 0 or not tag.rstrip().endswith("."):
        return False
    who, rest = (words[1:], []) if k == 0 else (words[:k], words[k + 1 :])
    timed = not rest or (len(rest) == 1 and rest[0] in _PLAIN_TAG_TIMES)
    timed = timed or (len(rest) == 2 and rest[0] == "on" and rest[1] in _PLAIN_TAG_TIMES)
    if not timed or not 1 <= len(who) <= 4 or any(w.lower() in _ASKERS for w in who):
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in who):
        return False  # a comma, a stop or a figure in the speaker's words
    if who[0].lower() in _ROLE_OPENERS:
        return len(who) >= 2 and all(w.islower() for w in who[1:])  # "one official", "the deputy minister"
    return all(w[:1].isupper() for w in who)  # "Bo Lin", "Kim Do-hyun"


_OTHER_SPEAKER = ("Another ", "Other ", "Others ", "A second ", "A third ", "The other ", "The others ")


def _new_subject(before: str, subject: str) -> bool:
    """Return whether ``subject`` (the words before a speech verb after a quote) names somebody new: not opened by
    "Another", "A second", "The other" ... (one of a set the quote before may be from) and no capitalised word of
    it is a word of ``before`` (the paragraph up to the verb's sentence: 'Bo said after meeting Al Roe. “...” Roe
    said': Roe is in the exchange already) (mend51s2).

    >>> _new_subject("“We pay,” Bo said. “It is heavy.”", " Al Roe "), _new_subject("“No,” Bo told Roe.", " Roe ")
    (True, False)
    >>> _new_subject("“We pay,” one aide said.", " Another aide "), _new_subject("“We pay,” Bo said.", " The ministry ")
    (False, True)
    """
    words = subject.split()
    if not words or f"{' '.join(words)} ".startswith(_OTHER_SPEAKER):
        return False
    seen = {w.strip(",.;:!?“”\"").removesuffix("'s").removesuffix("’s") for w in before.split()}
    return not any(
        w[:1].isupper() and w.lower() not in _DETERMINERS and w.strip(",").removesuffix("'s").removesuffix("’s") in seen
        for w in words
    )


def _passive_after_ended(text: str, idx: _Index, am: re.Match[str], pre_start: int) -> _Who:
    """Return the subject that opens the sentence after a quote ending its own sentence when its verb is a passive
    "was quoted" ('“It is a bad deal!” Bo was quoted as saying in May'): the words are Bo's, as after '“...,” Bo was
    quoted as saying' (fresh92); else nobody ('“...!” Later an aide quoted Bo': no passive; a subject further on).

    >>> t = '“It is a bad deal!” Ana Volk was quoted as saying.'
    >>> ms = [Mention(20, 28, "Ana Volk", "person", {"name": "Ana Volk"})]
    >>> w = _passive_after_ended(t, _Index(ms), _AFTER.match(t, 19), 20); t[w.start : w.end]
    'Ana Volk'
    >>> t2 = '“It is a bad deal!” Later Ana Volk was quoted as saying.'
    >>> ms2 = [Mention(26, 34, "Ana Volk", "person", {"name": "Ana Volk"})]
    >>> _passive_after_ended(t2, _Index(ms2), _AFTER.match(t2, 19), 20).found
    False

    A clause after "as saying" with a speech verb of its own relays its subject's words ('“...!” Ana Volk was quoted
    as saying Bo told her': Bo's, mend91q): that subject when a mention, else nobody.

    >>> t3 = '“It is a bad deal!” Ana Volk was quoted as saying Bo Lin told her.'
    >>> ms3 = ms + [Mention(t3.index("Bo"), t3.index("Bo") + 6, "Bo Lin", "person", {"name": "Bo Lin"})]
    >>> _passive_after_ended(t3, _Index(ms3), _AFTER.match(t3, 19), 20).mention.exact
    'Bo Lin'
    """
    if am.group("verb").lower() != "quoted":
        return _NOBODY
    who = _passive_quoted(text, idx, am.start("verb"), pre_start, pre_start)
    if not who.found or who.start != pre_start:
        return _NOBODY
    saying = _AS_SAYING_THAT.match(text, am.end("verb"))
    if saying is None:
        return who
    inner = idx.starting_at(saying.end(), saying.end())
    first = _NONSPACE.search(text, saying.end(), saying.end() + win.FIRST_WORD_REACH)
    subject_end = inner.end if inner is not None else (text.find(" ", first.start()) if first is not None else -1)
    gap = _BLANKS.match(text, subject_end) if subject_end >= 0 else None
    if gap is None or _VERB_WORD.match(text, gap.end()) is None:
        return who  # "as saying in May": no subject and verb of its own
    return _named(inner) if inner is not None and _is_speaker(inner) else _NOBODY


# "quoted" then "as saying", perhaps "that": where the words the passive's subject said begin
_AS_SAYING_THAT = re.compile(r"[ \t]{1,3}+as[ \t]{1,3}+saying[ \t]{1,3}+(?:that[ \t]{1,3}+)?+")
_BLANKS = re.compile(r"[ \t]{1,3}+")  # the spaces between a subject and its verb


def _role_phrase(text: str, lo: int, hi: int) -> _Who:
    """Return the noun phrase of a person's role that is all of ``text[lo:hi]`` before a speech verb, past a copula
    ("was quoted"): a determiner, at most win.PHRASE_WORDS plain words, a role noun last ("one of his administration
    officials", "an aide"); else nobody (see _phrase_subject).

    >>> t = "one of his administration officials was quoted"
    >>> _role_phrase(t, 0, t.index("quoted")).name
    'one of his administration officials'
    >>> _role_phrase("the report was quoted", 0, 15).found, _role_phrase("one of his aides", 0, 16).name
    (False, 'one of his aides')
    """
    words = text[lo:hi].split()
    while words and words[-1].lower() in _COPULAS:
        hi = text.rfind(words.pop(), lo, hi)
    head = words[-1].lower() if words else ""
    if head not in ROLE_NOUNS and head.removesuffix("s") not in ROLE_NOUNS:
        return _NOBODY
    return _phrase_subject(text, lo, hi)


# "quoting" right after the verb, or after the document it was said in (", said in a statement quoting Jo Bell")
_QUOTING = re.compile(
    r"[\s,]{0,3}+(?:in\s++(?:a|an|its|the|their)\s++(?:(?!quoting\b)[\w-]{1,20}+\s++){1,2}+)?quoting\s++")


def _quoting_at(text: str, idx: _Index, pos: int, limit: int) -> _Who:
    """Return the person or body that "quoting" at ``pos`` introduces (", quoting a senior official", " quoting Vice
    Minister Jo Bell"), else nobody (a saying quoted: "quoting an old proverb"). "Citing" a source is not
    "quoting" it: the outlet's words rest on the source (tests/test_quotes40.py OUTLETS: "the paper said, citing a
    source" stays the paper's).

    >>> t = "a paper quoting a senior official"
    >>> w = _quoting_at(t, _Index([]), 7, len(t)); t[w.start : w.end]
    'a senior official'
    >>> _quoting_at("Bo, quoting a proverb", _Index([]), 2, 21).found
    False
    >>> _quoting_at("a paper citing an aide", _Index([]), 7, 22).found
    False
    >>> t = "the ministry said in a statement quoting Jo Bell"
    >>> _quoting_at(t, _Index([Mention(41, 48, "Jo Bell", "person", {})]), 17, len(t)).start
    41
    """
    q = _QUOTING.match(text, pos, limit)
    if q is None:
        return _NOBODY
    for m in idx.first_between(q.end(), min(limit, q.end() + win.QUOTING_AFTER)):
        if _is_speaker(m) and m.kind != "place" and (m.start == q.end() or _title_gap(text, q.end(), m.start)):
            return _named(m)
        break
    return _indefinite_phrase(text, q.end(), limit)


def _quoted_source(text: str, idx: _Index, who: _Who, limit: int) -> _Who:
    """Return the one an outlet quotes in an inverted subject ('", said a paper quoting an official'; '", said the
    Hanul Daily, quoting a government source'): that one speaks, the outlet relays; else ``who``.

    >>> t = '"No," said a paper quoting a senior official.'
    >>> w = _quoted_source(t, _Index([]), _Who("descriptor", None, 10, 44), len(t)); t[w.start : w.end]
    'a senior official'
    """
    if not who.found:
        return who
    inside = text.find(" quoting ", who.start, who.end)
    source = _quoting_at(text, idx, inside if inside >= 0 else who.end, limit)
    return source if source.found else who


_HOLDER_PREPS = frozenset(["to", "of", "for", "from", "at", "with", "in", *_NEAR_PREPS])  # "outside": speak54
# The plurals that speak with no article before a postmodifier: unnamed people ("officials at the ministry"), and a
# group's people ("workers at the command", "residents outside the embassy": speak54, main gave the body)
_HOLDER_PLURALS = _PEOPLE_PLURALS | frozenset(w for w in _GROUP_NOUNS if w.endswith("s"))
_HOLDER_HEADS = ROLE_NOUNS | _HOLDER_PLURALS | word_set(
    "person people source sources insider insiders aides advisers members staffer staffers employee employees")
_HOLDER_OPENERS = frozenset(["a", "an", "one", "two", "three", "several", "some", "another", "the"])
_SPOKES = word_set("spokesman spokeswoman spokesperson")


def _words_before_holder(text: str, who: _Who, floor: int) -> list[tuple[int, str]]:
    """Return the words (start, word) in the window before ``who`` (back to ``floor`` at most), less the title words
    and determiners right before it ("to President Jo Bell", "for U.S. Defense Secretary Jo Bell", "of the ruling
    party", "with the U.S."): the words a holder's postmodifier ends in, read by :func:`_postmodified_holder` and
    :func:`_nested_holder`; none when ``who`` is not found, is a pronoun or starts at ``floor`` or before.

    >>> t = '"No," an aide to the president said'
    >>> _words_before_holder(t, _Who("descriptor", None, 17, 30), 5)
    [(6, 'an'), (9, 'aide'), (14, 'to')]
    >>> _words_before_holder(t, _Who("descriptor", None, 17, 30), 17)
    []
    """
    if not who.found or who.attribution == "pronoun" or who.start <= floor:
        return []
    lo = max(floor, who.start - win.POSTMOD_HOLDER_BACK)
    spans = [(m.start(), m.group()) for m in _NONSPACE_RUN.finditer(text, lo, who.start)]
    while spans and (_title_word(spans[-1][1]) or spans[-1][1].lower() in {"the", "its", "their"}):
        spans.pop()
    return spans


def _postmodified_holder(text: str, who: _Who, floor: int) -> _Who:
    """Return the person noun phrase whose prepositional postmodifier ends in ``who`` right before a speech verb ("an
    aide to the president said", "a member of the ruling party said", "a person close to Jo Bell said"): the
    person speaks, not the object of the preposition; a spokesperson for an organisation the gazetteer knows stays
    the organisation (the body speaks through them); else ``who``. The head is a common noun (lower case: "the
    Minister of Defense Jo Bell" is a title), opened by an article or a count within three plain modifiers.

    >>> t = '"No," an aide to the president said'
    >>> w = _postmodified_holder(t, _Who("descriptor", None, 17, 30), 5); (w.attribution, t[w.start : w.end])
    ('descriptor', 'an aide to the president')
    >>> t = '"No," the Minister of Defense Jo Bell said'
    >>> _postmodified_holder(t, _Who("named", None, 30, 37), 5).start
    30
    """
    spans = _words_before_holder(text, who, floor)
    if len(spans) < 2 or spans[-1][1] not in _HOLDER_PREPS:
        return who
    head = len(spans) - 2 - (spans[-2][1] in _KNOWING)  # "a person close to", "sources familiar with"
    opens = head == 0 and not text[floor : spans[0][0]].strip()  # "Experts at the X said": capitalised, yet common
    opens = opens or (head > 0 and _closes_sentence(spans[head - 1][1]))  # "... on Sunday. Experts at the X said"
    if head < 0 or (spans[head][1].lower() if opens else spans[head][1]) not in _HOLDER_HEADS:
        return who
    if spans[head][1] in _SPOKES and (who.mention is None or who.mention.kind != "person"):
        return who  # "a spokesman for the Foo Command said": the command, as its spokesman speaks for it
    clause = next((j + 1 for j in range(head - 1, -1, -1) if spans[j][1].endswith(",") or _closes_sentence(
        spans[j][1])), 0)  # "Asked about it, ...", "... on Sunday. Officials at the ministry said"
    opener = next((j for j in range(head, max(clause - 1, head - win.HOLDER_MODIFIER_WORDS - 2), -1)
                   if spans[j][1].lower() in _HOLDER_OPENERS), None)  # fmt: skip
    if opener is None and (spans[head][1].lower() if opens else spans[head][1]) in _HOLDER_PLURALS and (
            head - clause <= win.HOLDER_MODIFIER_WORDS):  # fmt: skip
        opener = clause  # '"...," officials at the ministry said': a plural needs no article
    if opener is None or any(not _org_word(w) and "-" not in w for _, w in spans[opener:]):
        return who
    start = spans[opener][0]
    return _Who("descriptor", None, start, who.end)


def _nested_holder(text: str, who: _Who, floor: int) -> _Who:
    """Return the person noun phrase whose postmodifier of two prepositional phrases ends in ``who`` ("The chief
    negotiator in defense talks with Torvia said"): the object of the first ("defense talks", a few plain lower-case
    words) holds the second, which holds ``who``; the person before the first speaks, as :func:`_postmodified_holder`
    reads one phrase, and the speaker is the head's noun phrase ("The chief negotiator"), not the countries after
    it; else ``who`` (fresh90q).

    >>> t = 'The chief negotiator in defense talks with Torvia said it was “fine.”'
    >>> w = _nested_holder(t, _Who("named", None, 43, 49), 0); (w.attribution, t[w.start : w.end])
    ('descriptor', 'The chief negotiator')
    >>> t = 'An aide to the envoy in talks with Torvia said it was “fine.”'
    >>> w = _nested_holder(t, _Who("named", None, 35, 41), 0); t[w.start : w.end]
    'An aide to the envoy'
    >>> t = 'A rally in the capital with Torvia said it was “fine.”'
    >>> _nested_holder(t, _Who("named", None, 28, 34), 0).start
    28
    """
    spans = _words_before_holder(text, who, floor)
    if len(spans) < 3 or spans[-1][1] not in _HOLDER_PREPS:
        return who
    k = len(spans) - 2  # back over the first phrase's object to its preposition
    while k >= 0 and len(spans) - 2 - k < win.NESTED_OBJECT_WORDS and spans[k][1] not in _HOLDER_PREPS and (
            spans[k][1].replace("-", "").isalpha() and spans[k][1].islower()):
        k -= 1
    if k < 1 or k == len(spans) - 2 or spans[k][1] not in _HOLDER_PREPS:
        return who
    inner = _postmodified_holder(text, _Who("descriptor", None, spans[k + 1][0], who.end), floor)
    if inner.start >= spans[k + 1][0]:
        return who
    outer = _postmodified_holder(text, inner, floor)  # "An aide to the envoy in talks with X said": the aide
    return _Who("descriptor", None, outer.start, spans[k - 1][0] + len(spans[k - 1][1]))


def _title_word(word: str) -> bool:
    """Return whether ``word`` is a title before a name or a capitalised word of one ("Defense" of "Defense
    Secretary", "U.S."), not a lower-case glue word ("of", "for": the preposition a postmodifier opens with).

    >>> _title_word("President"), _title_word("Defense"), _title_word("U.S."), _title_word("for")
    (True, True, True, False)
    """
    return word in TITLES or (word[:1].isupper() and word in TITLE_WORDS)


_KNOWING_LEAD = re.compile(
    r"(?<!\s)\s++(?:(?:familiar|close|involved|knowledgeable)\s++(?:with|to|in)|with\s++(?:direct\s++)?+knowledge\s++of"
    r"|briefed\s++on)\s"
)


def _knowing_tail(text: str, who: _Who, stop: int) -> _Who:
    """Return ``who``, an unnamed speaker, with the phrase after it that says how they know ("a person familiar with
    the matter", "a source close to the talks", "one official with knowledge of the plan") up to ``stop`` (the verb
    after it, or its clause's end): the phrase is part of the description; a phrase with a stop inside stays out.

    >>> t = '"No," a source close to the talks said'
    >>> w = _knowing_tail(t, _Who("descriptor", None, 6, 14), t.index("said")); t[w.start : w.end]
    'a source close to the talks'
    >>> _knowing_tail('"No," Jo Bell said', _Who("named", None, 6, 13), 14).end
    13
    >>> t = 'A source close to the talks was quoted'
    >>> w = _knowing_tail(t, _Who("descriptor", None, 0, 8), t.index("quoted")); t[w.start : w.end]
    'A source close to the talks'
    """
    if who.attribution != "descriptor" or not 0 < stop - who.end <= win.KNOWING_MOST:
        return who
    if not _KNOWING_LEAD.match(text, who.end, stop) or any(c in text[who.end : stop] for c in _CLAUSE_END):
        return who
    tail = _before_adjunct(text[who.end : stop]).split()  # "... familiar with the talks after meeting Bo"
    while tail and (tail[-1] in _PASSIVE_BE or tail[-1] in _AUXILIARIES):
        tail.pop()  # "a source familiar with the talks was quoted as saying": the source, not "was"
    if not tail:
        return who
    end = text.find(tail[-1], who.end, stop) + len(tail[-1])
    return replace(who, end=end, name=who.name + text[who.end : end] if who.name else None)  # the name grows too


def _clause_stop(text: str, pos: int, limit: int) -> int:
    """Return where the clause that goes on at ``pos`` stops: its next comma, period, semicolon or colon within
    :data:`win.KNOWING_MOST` characters, else ``pos``.

    >>> _clause_stop("a person close to Bo, he said", 8, 29)
    20
    """
    window = text[pos : min(limit, pos + win.KNOWING_MOST)]
    stop = next((i for i, c in enumerate(window) if c in ",.;:"), -1)
    return pos + stop if stop >= 0 else pos


def _owner_country(text: str, idx: _Index, pos: int) -> tuple[str, int] | None:
    """Return the country (code) the words right before ``pos`` name as a body's owner, and where they start (with
    their "the"): a place's possessive ("Japan's", "Tokyo's") or a nationality ("the Japanese"); else None.

    >>> _owner_country("the Japanese Defense Ministry", _Index([]), 13)
    ('JP', 0)
    >>> _owner_country("Japan's Defense Ministry", _Index([Mention(0, 5, "Japan", "place", {"country": "JP"})]), 8)
    ('JP', 0)
    """
    lo = max(0, pos - win.OWNER_COUNTRY_BACK)
    words = [(m.start(), m.group()) for m in _NONSPACE_RUN.finditer(text, lo, pos)][-win.OWNER_WORDS - 1 :]
    if not words:
        return None
    if _owner_possessive(words[-1][1]):
        cut = 2 if words[-1][1].endswith(_POSSESSIVE_S) else 1  # "Japan's", "the United States'"
        place = idx.ending_before(pos - cut - 1, pos - win.OWNER_COUNTRY_BACK, most=1)
        if place and place[0].kind == "place" and place[0].end == words[-1][0] + len(words[-1][1]) - cut:
            return (place[0].value.get("country") or "", place[0].start)
        return None
    for k in range(len(words) - min(win.OWNER_WORDS, len(words)), len(words)):
        code = NATIONALITY.get(" ".join(w for _, w in words[k:]).lower())
        if code is not None:
            the = k > 0 and words[k - 1][1].lower() == "the"
            return (code, words[k - 1][0] if the else words[k][0])
    return None


def _foreign_body(text: str, idx: _Index, who: _Who) -> _Who:
    """Return ``who`` as the body of the country named right before its organisation when the gazetteer's body is
    another country's ("Japan's Defense Ministry", "the Chinese Foreign Ministry": not Seoul's ministries, whose
    names they share), named by those words; else ``who``.

    >>> t = "the Japanese Defense Ministry said"
    >>> m = Mention(13, 29, "Defense Ministry", "org", {"id": "rok-defense-ministry", "country": "KR"})
    >>> w = _foreign_body(t, _Index([m]), _Who("named", m, 13, 29)); (w.mention, w.name, t[w.start : w.end])
    (None, 'Japanese Defense Ministry', 'the Japanese Defense Ministry')
    """
    m = who.mention
    if m is None or m.kind != "org" or not m.value.get("country") or who.start != m.start:
        return who
    owner = _owner_country(text, idx, m.start)
    if owner is None or owner[0] in ("", m.value["country"]):
        return who
    return _Who("descriptor", None, owner[1], m.end, name=_without_article(text[owner[1] : m.end]))


def _holder_before_quote(text: str, who: _Who, pl: _Place) -> _Who:
    """Return the speaker ``who`` named before the quote at ``pl`` in its sentence, read as the person whose
    postmodifier holds it (:func:`_postmodified_holder`: "An aide to Jo Bell said the plan was “dead”") and with the
    phrase saying how an unnamed speaker knows (:func:`_knowing_tail`, up to the speech verb after it); a speaker
    after the quote or outside its sentence is as the rule found it.

    >>> t = 'A source close to the talks said it was “dead.”'
    >>> w = _holder_before_quote(t, _Who("descriptor", None, 0, 8), _Place(39, 47, 0, len(t), 0, 0, 0))
    >>> t[w.start : w.end]
    'A source close to the talks'
    """
    if not pl.sent_start <= who.start < pl.qs:
        return who
    who = _nested_holder(text, _postmodified_holder(text, who, pl.sent_start), pl.sent_start)
    verb = _VERB_WORD.search(text, who.end, min(pl.qs, who.end + win.KNOWING_MOST))
    return _knowing_tail(text, who, verb.start()) if verb is not None else who

_WRITER_RELAYS = frozenset(["writes", "wrote"])  # a writer relays only a quote after the sentence's first (mend80q)
_RELAY_VERBS = frozenset(["reported", "reports", "writes", "wrote"])  # and a writer relaying ("Bo said ..., Al writes")


def _relayed_saying(text: str, pl: _Place, verb: str = "reported") -> bool:
    """Return whether a speech verb comes before the quote at ``pl`` in its sentence, or before the sentence's first
    quotation ('Bo said they were “rude” and were “ripping us off,” Al writes': Bo's words, which Al relays). For a
    writer's ``verb`` (_WRITER_RELAYS) and a quote right after a comma, only the latter: a writer writes their own
    words after a fronted clause ('When reporters said ..., “It is not,” Al wrote in a tweet': Al's; mend80q), not
    after 'Bo said that they were “...,” Al wrote' (Bo's).

    >>> t = 'Bo said they were “rude” and were “ripping us off,” Al writes.'
    >>> _relayed_saying(t, _Place(t.index("“ri"), t.index(" Al"), 0, len(t), 0, 0, 0))
    True
    >>> t = 'They were “rude” and were “ripping us off,” Al writes.'
    >>> _relayed_saying(t, _Place(t.index("“ri"), t.index(" Al"), 0, len(t), 0, 0, 0))
    False
    >>> t = 'When Bo said the deal was dead, “It is not,” Al wrote.'
    >>> _relayed_saying(t, _Place(t.index("“"), t.index(" Al"), 0, len(t), 0, 0, 0), "wrote")
    False
    """
    fronted = verb in _WRITER_RELAYS and text[max(pl.sent_start, pl.qs - 3) : pl.qs].rstrip().endswith(",")
    if not fronted and _verbs_before(text, pl.sent_start, pl.qs):
        return True
    lo = max(pl.sent_start, pl.qs - win.RELAYED_FIRST_BACK)  # bounded: linear however long the sentence
    first = min((i for i in (text.find("“", lo, pl.qs), text.find('"', lo, pl.qs)) if i >= 0), default=pl.qs)
    return first < pl.qs and bool(_verbs_before(text, pl.sent_start, first))
_RELATIVE_WORDS = frozenset(["that", "which"])


def _relative_verb_clause(text: str, pl: _Place, am: re.Match[str]) -> bool:
    """Return whether the speech verb ``am`` after the quote is a relative clause's on it ("the ‘50% increase’ that Bo
    said ...") and takes a clause of its own ("... said Seoul wanted"): the quote is the clause's, not the sayer's
    words (review78).

    >>> t = "the ‘50% rise’ that Bo said Seoul wanted"
    >>> _relative_verb_clause(t, _Place(4, 14, 0, len(t), 0, 0, 0), _AFTER.match(t, 14))
    True
    >>> t = "it is “possible” that the body may act, said Bo Roe"
    >>> _relative_verb_clause(t, _Place(6, 16, 0, len(t), 0, 0, 0), _AFTER.match(t, 16))
    False
    """
    pre = am.group("pre").split()
    if pre[:1] not in (["that"], ["which"]) or len(pre) < 2:
        return False
    if not all(w[:1].isupper() or w.lower() in _RELATIVE_TITLE for w in pre[1:]):
        return False  # not a relative's subject before the verb: '“possible” that the body could act, said Bo'
    return not _no_object_after(text, am.end("verb"), pl.pe, True)


def _relative_after_embedded(text: str, qe: int, pre: str) -> bool:
    """Return whether a quote embedded in its sentence (a word, not punctuation, right after it) is followed, before
    the speech verb, by a relative clause on a later noun ('an “angry” foe and a strain that experts say was caused':
    the experts speak of the strain, not the quoted word).

    >>> _relative_after_embedded('a “mad” foe and a rift that aides say', 7, ' foe and a rift that aides ')
    True
    >>> _relative_after_embedded('“We pay,” the body that runs it said', 9, ' the body that runs it ')
    False
    """
    if not (text[qe - 2 : qe - 1].isalnum() and text[qe : qe + 1] == " " and text[qe + 1 : qe + 2].isalpha()):
        return False
    return any(w in _RELATIVE_WORDS for w in pre.split()[1:])


def _tag_closes_sentence(text: str, am: re.Match[str]) -> bool:
    """Return whether the speech verb ``am`` (an ``_AFTER`` match) closes its sentence and a comma sets its subject
    off, a short phrase with no relative word ('“...” unless the minister certifies that it is wise, the text of the
    report reads.'): the tag credits the whole sentence, quote and condition alike; a "that" before the comma is the
    condition's, not a relative clause on a later noun (fresh91q). The words after the quote must open a clause of
    their own (:data:`_FRONTING`: "unless", "if", "when"): after a noun ('the “terrible” deal, which Bo signed, the
    paper reported.') the relative is the noun's, and the quote the clause's own speaker's (mend91q).

    >>> t = '“No” unless he certifies that it is wise, the report reads.'
    >>> u = '“mad” foe and a rift that aides say was made.'
    >>> _tag_closes_sentence(t, _AFTER.match(t, 4)), _tag_closes_sentence(u, _AFTER.match(u, 5))
    (True, False)
    >>> v = '“bad” deal, which Bo signed, the paper reported.'
    >>> _tag_closes_sentence(v, _AFTER.match(v, 5))
    False
    """
    if text[am.end("verb") : am.end("verb") + 1] not in {".", "!", "?"}:
        return False
    if am.group("pre").split()[:1] and am.group("pre").split()[0].lower() not in _FRONTING:
        return False
    head, comma, subject = am.group("pre").rpartition(",")
    words = subject.split()
    return bool(comma and head.strip()) and 0 < len(words) <= win.TAG_SUBJECT_WORDS and not any(
        w.lower() in _RELATIVE_WORDS for w in words)


_AS = re.compile(r"(?<!\s)\s++as\b")


def _cited_as(text: str, idx: _Index, verb_end: int) -> _Who:
    """Return the person or organisation right after "quoted"/"cited" when "as" follows them ("quoted Al Roe as
    saying"), else nobody.

    >>> t = "Bo quoted Al Roe as telling him"
    >>> _cited_as(t, _Index([Mention(10, 16, "Al Roe", "person", {})]), 9).start
    10
    >>> t = "Bo quoted an unnamed USFK official as saying"
    >>> w = _cited_as(t, _Index([Mention(21, 25, "USFK", "org", {})]), 9); t[w.start : w.end]
    'an unnamed USFK official'
    """
    for m in idx.first_between(verb_end + 1, verb_end + 2):
        if _is_speaker(m) and _AS.match(text, m.end, m.end + 8):
            return _named(m)
    if (pronoun := _quoted_pronoun(text, verb_end + 1)).found:
        return pronoun  # '", Yonhap quoted him as saying': his words
    # "quoted an unnamed USFK official as": no mention spans it
    as_at = text.find(" as ", verb_end, verb_end + win.CITED_AS)
    if as_at > verb_end and (titled := _titled_cited(text, idx, verb_end, as_at)).found:
        return titled  # "quoted US Ambassador Jo Bell as saying": the name after its title
    return _unnamed_person(text, as_at, verb_end) if as_at > verb_end else _NOBODY


# Capitalised words that are no part of a title in "quoted <Title> <name> as": a run of them is a phrase around the
# name, not its office ("quoted Sources Close To President Bo as", "quoted The Ambassador Of Bo as"; review96).
_NOT_IN_CITED_TITLE = word_set("Of To For And The A An Close Near From With By At In On About Among Under Over")
# What the cited person does after " as": speaks, not denies or rejects ("quoted Ambassador Bo as denying it").
_CITED_SPEAKING = word_set("saying telling stating adding declaring noting warning calling describing insisting "
                           "writing explaining remarking arguing urging stressing emphasizing emphasising pointing "
                           "asking vowing pledging claiming suggesting")
# The same after "as having" ("quoted Ambassador Bo as having said": review101 finding 3).
_CITED_SAID = word_set("said told stated added declared noted warned called described insisted written explained "
                       "remarked argued urged stressed emphasized emphasised pointed asked vowed pledged claimed "
                       "suggested")


def _titled_cited(text: str, idx: _Index, verb_end: int, as_at: int) -> _Who:
    """Return the person named right before " as saying" (a speech verb) after "quoted"/"cited" when only a
    capitalised title stands between the verb and the name, its last word a title or role ("quoted US Ambassador Al
    Roe as saying", titled19): the name speaks, not the title's country; else nobody (a lower-case word between:
    "quoted the office of Al Roe as"; a function word or no title last: "quoted Aides Close To Al Roe as",
    "quoted Officials Of Al Roe as"; "as denying it"; review96).

    >>> t = "Bo quoted US Ambassador Al Roe as saying"
    >>> ms = [Mention(10, 12, "US", "place", {"metonym_for": "us"}), Mention(24, 30, "Al Roe", "person", {})]
    >>> t[(w := _titled_cited(t, _Index(ms), 9, 30)).start : w.end]
    'Al Roe'
    >>> _titled_cited(t.replace("saying", "denying"), _Index(ms), 9, 30).found
    False
    >>> [_titled_cited(t.replace("saying", w), _Index(ms), 9, 30).found for w in ("having said", "having denied")]
    [True, False]
    >>> [_titled_cited(t.replace("saying", w), _Index(ms), 9, 30).found for w in ("pointing out", "pointing to")]
    [True, False]
    >>> t = "Bo quoted aides to Al Roe as saying"
    >>> _titled_cited(t, _Index([Mention(19, 25, "Al Roe", "person", {})]), 9, 25).found
    False
    >>> t = "Bo quoted Aides Close To President Al Roe as saying"
    >>> _titled_cited(t, _Index([Mention(35, 41, "Al Roe", "person", {})]), 9, 41).found
    False
    """
    doing = text[as_at + 4 : as_at + win.NEXT_WORD_CHARS + len(" having")].split(None, 2)
    if doing[:1] == ["having"]:
        if len(doing) < 2 or doing[1].rstrip(",.;:") not in _CITED_SAID:
            return _NOBODY
    elif not doing or doing[0].rstrip(",.;:") not in _CITED_SPEAKING:
        return _NOBODY
    said = doing[1:] if doing[:1] == ["having"] else doing
    if said[0].rstrip(",.;:") in {"pointing", "pointed"} and [w.rstrip(",.;:") for w in said[1:2]] != ["out"]:
        return _NOBODY  # "as pointing out" speaks; "as pointing to the data" need not (review106 finding 4)
    for m in idx.ending_before(as_at, verb_end + 1):
        between = text[verb_end:m.start].split()
        if m.end == as_at and m.kind == "person" and _is_speaker(m) and 0 < len(between) <= win.CITED_TITLE_WORDS and (
                all(_cited_title_word(w, 0 < k < len(between) - 1) for k, w in enumerate(between))) and (
                _cited_title_last(between[-1]) or _title_of(between)):
            return _named(m)
        break
    return _NOBODY


def _cited_title_word(word: str, inside: bool) -> bool:
    """Return whether ``word`` may stand in a title between "quoted" and a name: capitalised, no clause's mark after
    it, no function word (:data:`_NOT_IN_CITED_TITLE`); inside the title (``inside``) also "of", "the" and "for"
    ("quoted US Secretary of the Air Force Bo as saying", "Under Secretary for Policy"; qfix42).

    >>> _cited_title_word("of", True), _cited_title_word("of", False), _cited_title_word("Of", True)
    (True, False, False)
    """
    if inside and word in {"of", "the", "for"}:
        return True
    return word[:1].isupper() and word[-1:] not in ",;:" and word not in _NOT_IN_CITED_TITLE


def _title_of(words: list[str]) -> bool:
    """Return whether a title's words hold a title word followed by its "of"/"for" complement ("Secretary of the Air
    Force", "Under Secretary for Policy"): a title that ends in its office's name (qfix42).

    >>> _title_of("US Secretary of the Air Force".split()), _title_of("Aides of Bo".split())
    (True, False)
    """
    return any(_cited_title_last(w) and nxt in {"of", "for"} for w, nxt in itertools.pairwise(words))


def _cited_title_last(word: str) -> bool:
    """Return whether ``word``, the last before a name in "quoted <Title> <name> as", is a title or a capitalised
    role noun, singular ("Ambassador", "Spokeswoman"; not "Officials", "Moon").

    >>> _cited_title_last("Ambassador"), _cited_title_last("Spokeswoman"), _cited_title_last("Officials")
    (True, True, False)
    """
    return word in TITLES or (word[:1].isupper() and word.lower() in ROLE_NOUNS and not word.endswith("s"))


def _quoted_pronoun(text: str, pos: int) -> _Who:
    """Return "him" or "her" at ``pos`` when " as " follows it ("quoted him as saying"): a pronoun speaker, resolved
    as "he" or "she" is; else nobody.

    >>> t = "Yonhap quoted her as saying"
    >>> w = _quoted_pronoun(t, 14); (w.attribution, t[w.start : w.end]), _quoted_pronoun("quoted here as", 7).found
    (('pronoun', 'her'), False)
    """
    word = text[pos : pos + 4].split(" ", 1)[0]
    if word not in _OBJECT_PRONOUNS or not text.startswith(" as ", pos + len(word)):
        return _NOBODY
    return _Who("pronoun", None, pos, pos + len(word))


def _said_right_before(text: str, pl: _Place) -> bool:
    """Return whether a speech verb and a comma or colon stand right before the quote ('he said, "').

    >>> t = 'Then he said, "No," Bo wrote.'
    >>> _said_right_before(t, _Place(14, 19, 0, 29, 0, 0, 0)), _said_right_before(t, _Place(0, 29, 0, 29, 0, 0, 0))
    (True, False)
    """
    j = pl.qs - 1
    while j > pl.sent_start and text[j] == " ":
        j -= 1
    if j <= pl.sent_start or text[j] not in ",:":
        return False  # no comma or colon right before the quote: read without a copy
    words = text[max(pl.sent_start, j - win.SAID_BEFORE_BACK) : j].split()
    return bool(words) and words[-1].lower() in SPEECH_VERBS


_DASHES = ("—", " – ", " -- ")
_NEW_CLAUSE = re.compile(r",\s++(?:while|whereas|but)\s")
# Right after a quote, a clause of time ("…”, just weeks after", "…,” days before", "…” shortly after"): a span of
# time, then the conjunction; the words "said" ends there tell another event, not the quote's tag (qfix45).
_TIME_CLAUSE = re.compile(
    r"[\s,;—–-]{0,4}+(?:(?:just|only|barely|shortly|mere|merely|even|a|an|one|two|three|four|five|few|several|couple|of|"
    r"days?|weeks?|months?|years?|hours?|minutes?)[ \t]{1,3}+){0,4}+(?:after|before|since|until|as soon as)\s",
    re.IGNORECASE,
)


def _time_clause_opens(pre: str) -> bool:
    """Return whether the words between a quote and the speech verb after it (``pre``) open with a clause of time:
    then the verb's subject speaks in that clause, another time, and the quote is not its words.

    >>> _time_clause_opens(", just weeks after President Bo"), _time_clause_opens(" days before Bo")
    (True, True)
    >>> _time_clause_opens(" Bo"), _time_clause_opens(", Bo, who spoke after Al,")
    (False, False)
    """
    return _TIME_CLAUSE.match(pre) is not None


# A sentence that opens with the question put to its subject ("Asked if", "When asked whether", "Asked about"),
# no comma, colon or quote mark yet: a quote there is in the question (qfix45).
_ASKED_OPENER = re.compile(
    r"\s{0,4}+(?:When |After being |Upon being )?+[Aa]sked (?:if|whether|about|how|why|what|when|to) "
)


def _in_asked_opener(text: str, sent_start: int, qs: int) -> bool:
    """Return whether the quote at ``qs`` stands in the clause that opens its sentence (at ``sent_start``) with the
    question put to the sentence's subject: the asker's words (a reporter's, mostly unnamed), not the subject's.

    >>> t = 'Asked if he could “name one step” taken, Bo said: “No.”'
    >>> _in_asked_opener(t, 0, t.index("“")), _in_asked_opener(t, 0, t.rindex("“"))
    (True, False)
    >>> _in_asked_opener('He was asked about “the gap”', 0, 19)
    False
    """
    m = _ASKED_OPENER.match(text, sent_start, qs)
    return m is not None and not any(c in ',;:“”"' for c in text[m.end() : qs])


# "Asked by reporters whether ...": the asker the opener names
_ASKED_BY = re.compile(
    r"\s{0,4}+(?:When |After being |Upon being )?+[Aa]sked by (?P<by>[^,;:“”\"]{1,60}?) "
    r"(?:if|whether|about|how|why|what|when|to) "
)
# the press a person spoke to or briefed before the question ("Bo was speaking to reporters. Asked if ...")
_TO_REPORTERS = re.compile(r"\b(?:to|with|told|tells|briefed|briefing|before)[ \t]{1,3}(?P<r>reporters|journalists)\b")


# The people a question's "by" may name, by the head noun of its phrase ("by reporters", "by a lawmaker from Bo's
# party"; _ASKING_PRESS too); not a means or a thing ("by phone", "by email", "by the paper")
_ASKING_HEADS = _PEOPLE_PLURALS | _PEOPLE_NOUNS | _COUNTED_HEADS | _SOURCE_NOUNS | _GROUP_NOUNS


def _asking_people(phrase: str) -> bool:
    """Return whether the "by" phrase of an asked opener (``phrase``, "the reporters at the briefing") names people:
    a name (capitalised words), or its head noun, the last word before any preposition, one of _ASKING_HEADS,
    _ASKING_PRESS or an office, or its plural ("a senator", "journalists").

    >>> [_asking_people(p) for p in ("reporters", "a senator from Torvia", "Imre Soto", "phone", "the paper", "email")]
    [True, True, True, False, False, False]
    """
    words = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, phrase.split()))
    if words and all(w[:1].isupper() for w in words if w not in _LABEL_ARTICLES):
        return True  # "Asked by Imre Soto", "by the BBC": a name the entity finder may not have read
    head = words[-1].lower() if words else ""
    return any(h in _ASKING_HEADS or h in _ASKING_PRESS or h in _OFFICES for h in (head, head.removesuffix("s")) if h)


def _asker(text: str, idx: _Index, pl: _Place, lo: int) -> _Who | None:
    """Return who asks the question an asked opener puts to the sentence's subject, the quote standing in it (the
    asker's words, not the subject's): the asker "by" names ("Asked by reporters whether ..."), else the reporters
    the subject spoke to before, from ``lo`` (the paragraph before; "Bo spoke to reporters. Asked if he could “...”");
    else nobody; None when the quote is in no asked opener.

    >>> t = 'Asked by reporters whether he would “rule it out,” Bo left.'
    >>> w = _asker(t, _Index([]), _Place(t.index("“"), t.index(" Bo"), 0, len(t), 0, 0, 0), 0); (w.name, w.start)
    ('reporters', 9)
    >>> t = 'Bo spoke to reporters. Asked if he could “name one step”, Bo said: “No.”'
    >>> _asker(t, _Index([]), _Place(t.index("“"), t.index(", Bo"), 0, len(t), 0, 23, 0), 0).name
    'reporters'
    >>> _asker(t, _Index([]), _Place(t.index("“"), t.index(", Bo"), 0, len(t), 0, 23, 0), 23).found
    False
    >>> _asker('Bo said “No.”', _Index([]), _Place(8, 13, 0, 13, 0, 0, 0), 0) is None
    True
    """
    by = _ASKED_BY.match(text, pl.sent_start, pl.qs)
    if by is not None and not any(c in ',;:“”"' for c in text[by.end() : pl.qs]):
        start, end = by.span("by")
        named = idx.ending_before(end, start, most=1)
        if named and named[0].start >= start and _is_speaker(named[0]):
            return _named(named[0])  # "Asked by Sen. Bo whether ...": Bo
        if _asking_people(by.group("by")):
            return _Who("descriptor", None, start, end, name=_without_article(by.group("by")))
        return None  # "Asked by phone whether ...": a means, no asker; the sentence's other rules read the quote
    if not _in_asked_opener(text, pl.sent_start, pl.qs):
        return None
    told = last_match(_TO_REPORTERS, text, lo, pl.sent_start)
    return _Who("descriptor", None, *told.span("r"), name=told.group("r")) if told is not None else _NOBODY


def _in_aside(text: str, pl: _Place, verb_start: int) -> bool:
    """Return whether the quote sits in a dash-set aside that closes before the speech verb after it ("Asked about
    a visit — in support of the "Build Again" pledge — Bo said it could happen"): the writer's words, not Bo's.

    >>> t = 'On a visit — for the "Build Again" plan — Bo said yes.'
    >>> _in_aside(t, _Place(21, 34, 0, len(t), 0, 0, 0), t.index("said"))
    True
    >>> t = '"We build," Bo said — and left.'
    >>> _in_aside(t, _Place(0, 11, 0, len(t), 0, 0, 0), t.index("said"))
    False
    """
    opened = any(d in text[max(pl.sent_start, pl.qs - win.ASIDE_MOST) : pl.qs] for d in _DASHES)
    return opened and any(d in text[pl.qe : verb_start] for d in _DASHES)


# a passive report of speech before a verb of saying ("he is said to have said", "Bo was reported to have told"):
# its subject is the speaker, as before "reportedly said" (fresh81q)
_REPORT_FRAME = re.compile(r"\b(?i:is|was|are|were)[ \t]{1,3}(?i:said|reported|believed|thought|understood)[ \t]{1,3}"
                           r"(?i:to)[ \t]{1,3}(?i:have)[ \t]{1,3}\Z")
_REPORT_FRAME_BACK = 40  # characters before a verb of saying read for the passive report that opens its phrase
_TO_HAVE = re.compile(r"[ \t]{1,3}(?i:to)[ \t]{1,3}(?i:have)[ \t]")


def _said_to_have(text: str, am: re.Match[str]) -> bool:
    """Return whether the verb of ``am`` (an ``_AFTER`` match) is the participle of a passive report ("is said to
    have said"): the verb of saying comes after it.

    >>> t = ', he is said to have said'
    >>> _said_to_have(t, _AFTER.match(t)), _said_to_have(', he said to have', _AFTER.match(', he said to have'))
    (True, False)
    """
    after = _TO_HAVE.match(text, am.end("verb"))
    return after is not None and _REPORT_FRAME.search(
        text, max(0, am.start("verb") - _REPORT_FRAME_BACK), after.end()) is not None


def _report_frame_start(text: str, verb_start: int) -> int:
    """Return where a passive report right before the verb of saying at ``verb_start`` starts ("is said to have
    said": at "is"), the place its subject is read back from; else ``verb_start``.

    >>> t = "he is said to have said"
    >>> _report_frame_start(t, 19), _report_frame_start("he said", 3)
    (3, 3)
    """
    frame = _REPORT_FRAME.search(text, max(0, verb_start - _REPORT_FRAME_BACK), verb_start)
    return frame.start() if frame is not None else verb_start


def _after_article(text: str, pos: int) -> bool:
    """Return whether the word at ``pos`` comes right after "a", "an" or "the": an adjective ("an informed
    source", "the reported remarks"), not a speech verb.

    >>> _after_article("an informed source", 3), _after_article("he informed them", 3), _after_article("Ghana said", 6)
    (True, False, False)
    """
    return _ARTICLE_BEFORE.search(text, max(0, pos - 5), pos) is not None


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|THE|AN?)\s\Z")


def _titled_at(text: str, idx: _Index, pos: int) -> Mention | None:
    """Return the speaker named at ``pos`` or after a title of up to four capitalised words there ("Envoy Jo Bell"),
    else None.

    >>> t = "Envoy Ana Volk said"
    >>> _titled_at(t, _Index([Mention(6, 14, "Ana Volk", "person", {})]), 0).exact, _titled_at("a b", _Index([]), 0)
    ('Ana Volk', None)
    """
    m = idx.starting_at(pos, pos + win.TITLED_AT)
    title = text[pos : m.start].split() if m is not None else []
    ok = m is not None and _is_speaker(m) and len(title) <= 4 and (all(w[:1].isupper() for w in title)
                                                                   or _office_title(title))  # fmt: skip
    return m if ok else None


def _office_title(words: list[str]) -> bool:
    """Return whether ``words`` are an office in lower case before a name, its noun last ("ruling party lawmaker",
    "opposition leader"): letters only, no article.

    >>> _office_title("ruling party lawmaker".split()), _office_title("the lawmaker".split()), _office_title([])
    (True, False, False)
    """
    return bool(words) and words[-1] in _OFFICES and all(
        w.replace("-", "").isalpha() and w.lower() not in _DETERMINERS for w in words)


def _subject_at(text: str, idx: _Index, pos: int) -> _Who:
    """Return the name (after a title of capitalised words: "Envoy Ana Volk") or pronoun that starts at ``pos``.

    >>> t = "Envoy Ana Volk was quoted"
    >>> _subject_at(t, _Index([Mention(6, 14, "Ana Volk", "person", {})]), 0).start
    6
    """
    m = _titled_at(text, idx, pos)
    if m is not None:
        return _named(m)
    p = _PRONOUN_START.match(text, pos)
    if p:
        return _Who("pronoun", None, p.start("p"), p.end("p"))
    return _NOBODY


class _Verb(NamedTuple):
    """A speech verb's span."""

    start: int
    end: int


def _verbs_before(text: str, start: int, end: int, seen: _SeenMatches | None = None) -> list[_Verb]:
    """Return the speech verbs before ``end`` in the same sentence, nearest first: at most 80 characters before a
    quote a comma or colon introduces, win.REPORTED_REACH before one the reported clause holds ('Bo said the gap
    between the two allies in the long talks is “narrowing”').

    ``seen`` keeps the verbs of the last stretch searched: quotes come in text order, so a quote's window
    mostly repeats the last one's (short quotes in a row: each character is searched once, not forty times).

    >>> t = 'Seoul said Friday, as Bo accused it of rebuffing a "'
    >>> [t[v.start : v.end] for v in _verbs_before(t, 0, len(t) - 1)]
    ['accused', 'said']
    """
    lo = max(start, end - max(win.VERBS_BACK, win.THAT_CLAUSE_REACH))
    found = seen.window(text, lo, end) if seen is not None else list(_VERB_WORD.finditer(text, lo, end))
    out: list[_Verb] = []
    tail = text[max(lo, end - 3) : end].rstrip()
    # 'Bo stated regarding X, "..."': a full quote
    reach = win.COMMA_QUOTE_REACH if tail.endswith((",", ":")) else win.REPORTED_REACH
    for m in reversed(found):
        if (end - m.end() > reach or m.start() < end - win.VERBS_BACK) and not _that_clause_holds(text, m.end(), end):
            continue
        post = text[m.end() : end]
        if any(c in post for c in '"“”!?') or _ends_sentence_in(post):
            break
        out.append(_Verb(m.start(), m.end()))
    return out


# a speech verb opening a reported clause with "that" ("said that", "said on Wednesday that"): the clause runs to its
# sentence's end, so a partial quote far into it is still the verb's (fresh81q)
_THAT_OPENS = re.compile(r"[ \t]{1,3}(?:(?:on[ \t]{1,3})?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                         r"|today|yesterday)[ \t]{1,3})?that\b")


def _that_clause_holds(text: str, verb_end: int, end: int) -> bool:
    """Return whether the speech verb ending at ``verb_end`` opens a "that" clause and a partial quote at ``end`` lies
    within ``win.THAT_CLAUSE_REACH`` of it (no comma or colon right before the quote: a reported clause).

    >>> t = "It said that " + "x " * 80 + "a “"
    >>> _that_clause_holds(t, 7, len(t) - 1), _that_clause_holds("It said " + "x " * 80 + "a “", 7, 170)
    (True, False)
    """
    if end - verb_end > win.THAT_CLAUSE_REACH or text[max(verb_end, end - 3) : end].rstrip().endswith((",", ":")):
        return False
    return _THAT_OPENS.match(text, verb_end, end) is not None


_TO_LAST_WORD = re.compile(r"(?s:.*)\w")  # anchored by match(): one pass, the last word character of a stretch


class _LastWord:
    """The last word character before a position, found by one forward scan as the quotes go on (positions
    asked in increasing order read each character once; an earlier one starts the scan afresh).

    >>> lw, t = _LastWord(), 'ab "" "" "c"'
    >>> lw.before(t, 3), lw.before(t, 6), lw.before(t, 11), lw.before(t, 2)
    (1, 1, 10, 1)
    """

    def __init__(self) -> None:
        self.pos, self.last = 0, -1  # the text before ``pos`` was read; its last word character is at ``last``

    def before(self, text: str, pos: int) -> int:
        """Return the index of the last word character in ``text[:pos]``, or -1."""
        if pos < self.pos:
            self.pos, self.last = 0, -1
        m = _TO_LAST_WORD.match(text, self.pos, pos)
        if m is not None:
            self.last = m.end() - 1
        self.pos = pos
        return self.last


_Search = Callable[[str, int], "re.Match[str] | None"]  # pattern.search(text, pos), found another way
_BARRIER = re.compile(r"[^\w\s]")  # a character no _SeenMatches pattern consumes or reads as a word character


class _SeenMatches:
    """The matches of ``pattern`` (made only of words and spaces, ending with ``\\b``) in a window before a quote,
    kept as the quotes go on: exactly ``finditer(text, lo, hi)``, but each character searched once for many quotes
    in a row, and a window that no match starts in answered from the next match in the text (see _NextMatch).

    >>> seen = _SeenMatches(re.compile(r"\\b(?:said|told)\\b"))
    >>> t = 'He said "a" and told "b"'
    >>> [m.span() for m in seen.window(t, 0, 8)], [m.span() for m in seen.window(t, 3, 21)], (seen.lo, seen.hi)
    ([(3, 7)], [(3, 7), (16, 20)], (0, 21))
    """

    def __init__(self, pattern: re.Pattern[str], longest: int | None = None, search: _Search | None = None) -> None:
        self.pattern = pattern
        self.lo = self.hi = -1  # the search went through ``lo`` (no match across it) and stopped at ``hi``
        self.starts: list[int] = []
        self.found: list[re.Match[str]] = []
        # the next match in the whole text (most windows hold none); with ``longest``, searched in doubling windows
        self.next = _NextMatch(pattern, longest, search)

    def window(self, text: str, lo: int, hi: int) -> list[re.Match[str]]:
        """Return the matches in ``text[lo:hi]``: the kept ones when the last search went through ``lo`` with no
        match across it and stopped at a mark (no match crosses it, so searching on from it adds the rest)."""
        if self.next.none_in(text, lo, hi):
            return []
        i = bisect.bisect_left(self.starts, lo)
        across = i > 0 and self.found[i - 1].end() > lo
        stale = hi < self.hi or (hi > self.hi and not _BARRIER.match(text, self.hi))
        if not self.lo <= lo <= self.hi or across or stale:  # start afresh at ``lo``
            self.lo = self.hi = lo
            self.starts, self.found, i = [], [], 0
        if hi > self.hi:
            for m in self.pattern.finditer(text, self.hi, hi):
                self.starts.append(m.start())
                self.found.append(m)
            self.hi = hi
        if i > 1024:  # drop what no later window reaches
            del self.starts[:i], self.found[:i]
            self.lo, i = lo, 0
        return self.found[i:]


# The verbs of "<outlet> quoted/cited <speaker> as saying", with the blank after them (tab and no-break space too).
_CITING_VERB = re.compile(r"\b(?:quot|cit)(?:ed|ing)\s++(?=\S)")


def _quoted_as_saying(text: str, idx: _Index, verb_start: int, floor: int, back: int | None = None) -> _Who:
    """Return the speaker in "<outlet> quoted <speaker> as saying" before the verb "saying", else nobody; the
    outlet when the one it cites is unnamed ("Hanul Daily cited sources as saying").

    >>> t = "Yonhap quoted an official as saying"
    >>> _quoted_as_saying(t, _Index([Mention(14, 25, "an official", "person", {})]), 29, 0).start
    14
    >>> t = "Hanul Daily last week cited sources as saying"
    >>> _quoted_as_saying(t, _Index([Mention(0, 11, "Hanul Daily", "org", {})]), 38, 0).start
    0
    >>> for t in ("Yonhap quoted another NSC official as saying", "Yonhap quoted\ttwo NSC officials as saying"):
    ...     w = _quoted_as_saying(t, _Index([Mention(0, 6, "Yonhap", "org", {})]), t.index("saying"), 0)
    ...     print(t[w.start : w.end])
    another NSC official
    two NSC officials
    >>> t = "A cable quoted Ambassador Jo Bell as warning"
    >>> _quoted_as_saying(t, _Index([Mention(26, 33, "Jo Bell", "person", {})]), t.index("warning"), 0).start
    26
    """
    start = max(floor, verb_start - win.QUOTED_AS_BACK)
    verb = last_match(_CITING_VERB, text, start, verb_start)  # "quoted", "citing", then any blank (tab, no-break)
    if verb is None or not text[start:verb_start].rstrip().endswith(" as"):
        return _NOBODY
    if (passive := _passive_quoted(text, idx, verb.start(), floor, back)).found:
        return passive
    lo = verb.end()  # the first word after the verb
    for m in idx.first_between(lo, min(verb_start, lo + win.SUBJECT_AFTER)):
        if _is_speaker(m) and (m.start <= lo + 1 or _title_gap(text, lo, m.start) or _office_words(text, lo, m.start)):
            return _named(m)  # "quoted Ambassador Jo Bell as warning" (probeq38): past the title
        if m.kind != "place" or _is_speaker(m):
            break  # a country the title opens with is read past ("quoted US Joint Chiefs Chairman Gen. Bo": qfix42)
    if (pronoun := _quoted_pronoun(text, lo)).found:
        return pronoun  # "Yonhap quoted him as saying": his words, whoever "he" is
    if (one := _indefinite_phrase(text, lo, verb_start)).found and _AS.match(text, one.end, verb_start):
        return one  # "quoting another Pentagon official as saying", "quoted two NSC officials": named by the role
    outlet = _subject_before(text, idx, verb.start(), floor, floor)
    return outlet if outlet.mention is not None else _NOBODY  # "Reuters cited sources as saying": Reuters


_PASSIVE_BE = word_set("was were is are been")


def _passive_quoted(text: str, idx: _Index, quoted: int, floor: int, back: int | None) -> _Who:
    """Return the subject of "<X> was quoted as saying" (``quoted``: where "quoted" starts): X said the words, as the
    subject before any speech verb, read back from "was"; else nobody.

    >>> t = "The ministry was quoted as saying"
    >>> w = _passive_quoted(t, _Index([]), t.index("quoted"), 0, None); t[w.start : w.end]
    'The ministry'
    >>> _passive_quoted("Yonhap quoted him as saying", _Index([]), 7, 0, None).found
    False
    """
    words = text[max(floor, quoted - win.PASSIVE_QUOTED_BACK) : quoted].split()
    if not words or words[-1].lower() not in _PASSIVE_BE:
        return _NOBODY
    be = text.rfind(words[-1], floor, quoted)
    return _subject_before(text, idx, be, floor, floor if back is None else back)


# "when asked", "after being asked": the subject was asked, and what follows is the answer (fresh81q)
_ASKED_AFTER = re.compile(r"\b(?i:when|if|once|whenever|(?:after|upon|on|before|while|when)[ \t]{1,3}being)"
                          r"[ \t]{1,3}\Z")
_ASKED_BACK = 20  # characters before "asked" read for the word that makes it a passive


_BY_DOING = re.compile(r"[ \t]{1,3}by[ \t]{1,3}([a-z]{2,20}ing)\b")
# "-ing" words of saying or taking a stance beside SPEAKING and _REPORTING ("responded by pledging a “fair” deal")
_DEED_SAYING = word_set("pledging rejecting dismissing welcoming slamming blasting joking boasting lamenting "
                        "denouncing condemning questioning demanding proposing suggesting announcing")


def _answered_by_deed(text: str, verb_end: int, qs: int) -> bool:
    """Return whether the speech verb ending at ``verb_end`` is answered "by" a deed before the quote at ``qs``
    ("responded by walking out of", "replied by cancelling"): the verb tells an act, not words, unless the "-ing"
    is itself a verb of saying ("responded by calling it"), which the rules read as its own verb (qfix50).

    >>> t = "Seoul responded by walking out of “x” talks"
    >>> _answered_by_deed(t, 15, t.index("“")), _answered_by_deed("Bo responded by calling it “x”", 12, 27)
    (True, False)
    """
    m = _BY_DOING.match(text, verb_end, qs)
    return m is not None and m.group(1) not in SPEAKING | _REPORTING | _CLAUSE_PARTICIPLES | _DEED_SAYING


def _reported_writing(text: str, start: int, end: int, floor: int) -> bool:
    """Return whether the participle of saying at ``start:end`` follows, with no comma, a writing or body told by
    "that the/a <noun>" ("Bo said that the cable saying ..."): a reduced relative of a noun inside a clause another
    verb reports, whose predicate the quote is ("... is “not true”"), not a speaker of its own (qfix50).

    >>> t = "Bo said that the cable saying that the share is high is “not true.”"
    >>> _reported_writing(t, t.index("saying"), t.index(" that the share"), 0)
    True
    >>> t = "Bo left, saying that the share is “high.”"
    >>> _reported_writing(t, t.index("saying"), t.index(" that"), 0)
    False
    """
    if not text[start:end].lower().endswith("ing"):
        return False
    words = text[max(floor, start - win.REPORTED_WRITING_BACK) : start].split()
    if len(words) < 3 or words[-1].lower() not in _DOCUMENTS | _WRITINGS | _ORG_NOUNS:
        return False
    k = len(words) - 2
    while k > 0 and words[k].isalpha() and words[k].islower() and words[k] not in _DETERMINERS:
        k -= 1  # "the leaked cable": modifiers in lower case
    return words[k].lower() in _DETERMINERS and k > 0 and words[k - 1] == "that"


def _answering_verbs(text: str, verbs: list[_Verb]) -> list[_Verb]:
    """Return the speech verbs before a quote (nearest first) without a passive "asked" that a verb before it
    governs ("Jo Bell said when asked about the figure that it “...”": Bell's answer, not the asker's words).

    >>> t = "Bo said when asked about it that it was “"
    >>> [t[v.start : v.end] for v in _answering_verbs(t, [_Verb(13, 18), _Verb(3, 7)])]
    ['said']
    >>> [t[v.start : v.end] for v in _answering_verbs(t, [_Verb(13, 18)])]  # no verb before it: kept
    ['asked']
    """
    return [v for k, v in enumerate(verbs) if k == len(verbs) - 1 or text[v.start : v.end].lower() != "asked"
            or _ASKED_AFTER.search(text, max(0, v.start - _ASKED_BACK), v.start) is None]


#: "told| to pay": no one told between; not "to a packed hall", "to the forum", "to his aides": a hearer (review50s2)
_TO_VERB = re.compile(r"(?<![ \t])[ \t]++to[ \t]++(?!(?:a|an|the|his|her|its|their|our|my|your)\b)[a-z]")


def _told_to(text: str, verb: _Verb, pl: _Place) -> bool:
    """Return whether the verb ``verb`` before the quote at ``pl`` is "told" (or "urged") with "to" and a verb
    right after it, a short passive: in the headline line ("Seoul told to pay “fair share”": Seoul was told) or right
    after a form of "be" ("Tamsk was told to pay “more”"), whose subject is the one told, not a teller (spk50). Not
    "asked": "Bo asked to see “...”" is Bo asking (mend50s); not in the body without "be", nor with "that" between
    the verb and the quote ("Bo told to reporters that the deal was “unfair”": Bo tells; review50s3).

    >>> t = 'Seoul told to pay "fair share"'
    >>> _told_to(t, _Verb(6, 10), _Place(18, 30, 0, 30, 0, 0, 0))
    True
    >>> t = 'Seoul told Tokyo to pay "fair share"'
    >>> _told_to(t, _Verb(6, 10), _Place(24, 36, 0, 36, 0, 0, 0))
    False
    >>> t = 'Bo told to a packed hall that Seoul would pay "its share"'
    >>> _told_to(t, _Verb(3, 7), _Place(46, 57, 0, 57, 0, 0, 0))
    False
    >>> t = 'Head\\nSeoul was told to pay "more." Bo, told to pay "more," left.'
    >>> [_told_to(t, _Verb(v, v + 4), _Place(q, q + 7, 0, q + 7, 0, 0, 0)) for v, q in ((15, 27), (40, 51))]
    [True, False]
    """
    if text[verb.start : verb.end] not in {"told", "urged"} or _TO_VERB.match(text, verb.end, pl.qs) is None:
        return False
    if "that" in text[verb.end : pl.qs].split():
        return False  # review50s3: "Bo told to reporters that ... “...”": Bo tells
    before = text[max(0, verb.start - 12) : verb.start].split()
    return text.find("\n", 0, verb.start) < 0 or (before[-1:] or [""])[0].lower() in _PASSIVE_AUX


def _before_quote(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2: a speech verb before the quote in its sentence ('Esper said the South is a "'), or the
    sentence's subject when the verb is a participle ('..., calling the ally a "rich country"')."""
    owned: _Who | None = None
    for bm in _answering_verbs(text, _verbs_before(text, pl.sent_start, pl.qs, idx.verbs)):
        if _possessed(text, bm.start) or _told_to(text, bm, pl):
            continue  # "Jo Bell's calls “to act”": a noun (the possessor rule's); spk50: see both rules' docs
        if _reported_writing(text, bm.start, bm.end, pl.sent_start) or _answered_by_deed(text, bm.end, pl.qs):
            continue  # "Bo said that the cable saying ... is “not true”": the cable is what Bo's clause is about;
            # "Seoul responded by walking out of “cost-sharing” talks": a deed, no words (qfix50)
        if (impersonal := _impersonal_source(text, idx, pl, bm)) is not None:
            return impersonal  # "It was stressed that “...”": who the sentence before tells of
        if text[bm.start : bm.end].lower() == "posted" and _after_document(text, bm.start):
            continue  # "said in a statement posted on its website, adding": the statement did not post
        owned = _possessor(text, idx, pl) if owned is None else owned
        if owned.found and owned.start > bm.end and owned.attribution != "pronoun" and any(
                w.lower().strip(",:") in _OWNED for w in text[owned.end : pl.qs].split()):  # fmt: skip
            return owned  # "he observes that Bo's comments such as: “...”": Bo's words, the writer's verb
        if (report := _report_that(text, idx, pl)).found and report.start > bm.end:
            return report  # "Critics recalled Bo's remark that “...”": Bo's remark, the critics' verb
        who = _quoted_as_saying(text, idx, bm.start, pl.sent_start, pl.back)
        if not who.found:
            who = _with_subject(text, idx, bm.start, bm.end, pl.sent_start)
        free = _free_participle(text, bm.start, bm.end)  # "Bo denied the report, calling it": Bo, not the report
        if not who.found and not free:
            who = _office_subject(text, pl.sent_start, bm.start)  # "The mayor of Vilseck, where ..., said"
        if not who.found and not free:
            who = _issuer_of_document(text, idx, _subject_before(text, idx, bm.start, pl.sent_start, pl.back), pl)
        if not who.found and not free:
            who = _subject_after(text, idx, bm.end, pl.qs)
            if _written_document(text[bm.start : bm.end].lower(), text[who.start : who.end]):
                who = _NOBODY  # "Bell's aide wrote a memo, calling": the memo is what was written, not who speaks
            if who.found and (not _ends_clause(text, who.end, pl.qs) or _topic_after(text, who.end, pl.qs)):
                who = _NOBODY  # "said Seoul had “no choice”", "Asks Tam About '...'": not the speaker
            elif who.found and who.mention is not None and _worded_subject_before(text, pl.sent_start, bm.start):
                who = _NOBODY  # "Lawmaker says Pentagon “can't ignore”": the clause's subject, no inverted speaker
        if not who.found:
            participle = text[bm.start : bm.end].lower().endswith("ing")
            who = _clause_subject(text, idx, _after_quote_joined(text, pl.sent_start, bm.start) if participle
                                  else pl.sent_start, bm.start, first=participle)  # '"...," and Bo smiled, saying
            if participle and (opening := _opening_subject(text, pl.sent_start, bm.start)).found:
                reported = who.found and _reporting_verb(text, opening.end, who.start) is not None
                who = opening if not (who.found and (who.start < opening.end or reported)) else who  # not "the
                # USFK workers"; 'The ministry said Bo declined it, calling it “...”': Bo, in the clause it reports
        if who.found and who.mention is not None and not _said_right_before(text, pl):
            outer = _reported_subject(text, idx, _after_quote_joined(text, pl.sent_start, who.start), who, pl.qs)
            # 'Bo said Seoul had demanded it “...”': Bo (not past a quotation closed and "and": a clause of its own)
            if not outer.found and who.start > pl.sent_start:
                outer = _unnamed_reporter(text, idx, pl, who)  # 'He said Seoul had demanded it “...”': he
            who = outer if outer.found else who
        rv = _reporting_verb(text, who.end, bm.start) if who.found and who.end <= bm.start else None
        if who.found and (inner := _saying_inside(text, idx, rv.end() if rv else bm.end, pl.qs)).found:
            who = inner  # 'Aides said Bo would call the deal “a win”': Bo's word, the aides report it
        elif who.found and (aside := _mentioning_aside(text, idx, pl)).found and aside.start > bm.end:
            who = aside  # 'Aides said Bo, demanding “more,” left': Bo's, in his own aside
        if who.found and _owner_not_reporter(text, who, owned, bm.end):
            return owned  # 'Experts said Bo was ... with his “...” policy': his, never the experts'
        if who.found:
            return _unless_spoken_of(text, idx, _relayed(text, idx, who, pl.qs), pl)
    return _NOBODY


_SUBJECT_WORD_END = re.compile(r"[A-Za-z][ \t]{1,3}+\Z")


_NO_SUBJECT_WORDS = word_set("but and yet however meanwhile still also then so now thus")  # "Then says Al"


def _worded_subject_before(text: str, sent_start: int, verb_start: int) -> bool:
    """Return whether a speech verb at ``verb_start`` has its subject before it in its sentence: a word right before
    it with no stop, comma or quotation mark after it, not an adverb or a conjunction ("Congressman who wrote it says
    Pentagon “...”"): a name after the verb then opens the clause it reports, no inverted speaker ('", says Bo').

    >>> t = 'Lawmaker who wrote it says Pentagon "x". "Y," says Bo. Then says Al "z"'
    >>> [_worded_subject_before(t, 0, t.index("says")), _worded_subject_before(t, 0, t.index("says Bo"))]
    [True, False]
    >>> _worded_subject_before(t, t.index("Then"), t.index("says Al"))
    False
    """
    lo = max(sent_start, verb_start - win.VERB_WORD * 4)
    words = text[lo:verb_start].split()
    return _SUBJECT_WORD_END.search(text, lo, verb_start) is not None and words[-1].lower() not in _NO_SUBJECT_WORDS


def _owner_not_reporter(text: str, who: _Who, owned: _Who, verb_end: int) -> bool:
    """Return whether ``owned``, a "his"/"her" right before the quote in the clause a speech verb ending at
    ``verb_end`` reports, cannot point back to ``who``, that verb's subject, a plural of people ("Experts said Bo
    was courting voters with his “...” policy"): the quote is the owner's (the clause's own "Bo"), not the
    reporters' (fresh91q).

    >>> t, his = "Experts said Bo won with his “fair” plan", _Who("pronoun", None, 25, 28)
    >>> _owner_not_reporter(t, _Who("descriptor", None, 0, 7), his, 12)
    True
    >>> _owner_not_reporter(t.replace("Experts", "Al Roe "), _Who("named", None, 0, 6), his, 12)
    False
    """
    if not owned.found or owned.attribution != "pronoun" or owned.start <= verb_end:
        return False
    head = text[who.start : who.end].split()[-1:] if who.start >= 0 else []
    return (bool(head) and head[0].lower() in _PEOPLE_PLURALS) or (
        who.mention is not None and bool(who.mention.value.get("plural")))


# a quotation closed, then a clause joined by "and"/"but" ('"...," and Bo smiled, saying'): its subject is new
_QUOTE_JOINED = re.compile(r"[”\"’'][ \t]{0,3},?[ \t]{1,3}(?:and|but|then|so)[ \t]{1,3}", re.IGNORECASE)


def _after_quote_joined(text: str, lo: int, hi: int) -> int:
    """Return where the clause of a participle of saying at ``hi`` starts for its subject: after the last quotation
    of its sentence (from ``lo``) closed and followed by "and"/"but" ('when Al suggested to Bo, "...," and Bo smiled,
    saying, "Yes."': Bo, not the sentence's first subject, fresh78q), else ``lo``.

    >>> t = 'When Al asked Bo, "Go?" and Bo smiled, saying'
    >>> t[_after_quote_joined(t, 0, len(t)):]
    'Bo smiled, saying'
    >>> _after_quote_joined("When Al met Bo and Bo smiled, saying", 0, 36)
    0
    """
    last = last_match(_QUOTE_JOINED, text, max(lo, hi - win.QUOTE_JOINED_BACK), hi)
    return last.end() if last is not None else lo


def _saying_inside(text: str, idx: _Index, lo: int, hi: int) -> _Who:
    """Return the first speaker named in ``text[lo:hi]`` (the clause a speech verb ending at ``lo`` reports, up to
    the quote) when a verb of saying of its own follows it in a perfect, modal or passive form (see
    _says_after_auxiliary), else nobody.

    >>> t = "Aides said Bo would call it “a win”"
    >>> _saying_inside(t, _Index([Mention(11, 13, "Bo", "person", {})]), 10, 28).start
    11
    >>> _saying_inside("Aides said Bo was “upset”", _Index([Mention(11, 13, "Bo", "person", {})]), 10, 18).found
    False
    """
    first = next((m for m in idx.first_between(lo, hi) if _is_speaker(m)), None)
    if first is None:
        return _NOBODY
    own = first.kind == "person" and _own_saying(text, idx, first.end, hi)  # 'Aides said Bo had hailed the “...”'
    return _named(first) if own or _says_after_auxiliary(text, _past_brackets(text, first.end, hi)) else _NOBODY


# Verbs of saying, naming, demanding or taking a stance, in their past and "-ing" forms (no noun has these), that
# make a quote in their clause the words of its subject ("Bo declined to give a figure, calling it “...”", "Bo had
# pledged a “swift” deal"); "put" only as "put it" or "put the figure at" (see _puts_in_words).
_OWN_SAYING = (frozenset(w for w in SPEECH_VERBS if w.endswith("ed")) | SPEAKING | _NAMED_BY | _ASIDE_SAYING | word_set(
    "said says told wrote hailed praised dismissed welcomed vowed pledged promised insisted complained boasted joked "
    "lamented labelled labeled dubbed branded termed accused expressed voiced touted lauded bemoaned"
) | {past for *_, past in _CHARGING_FORMS}) - _CLAUSE_PARTICIPLES - word_set("demanded demanding")
# "..., adding that": the reporter's; a demand reported: the reporter's words (tests/test_extract_quotes_subjects.py,
# "Jo Tallan had demanded that Seoul “pay far more”")
# Their base forms (and _SAYING_BASE's), read only after "to" or a modal ("took to social media to brand it “...”";
# alone, "term", "call" or "demand" may be nouns: "his second term").
_OWN_BASE = _SAYING_BASE | {base for base, *_ in _CHARGING_FORMS} | word_set(
    "hail praise welcome vow pledge promise insist complain boast lament accuse"
)
# Words that open another clause, whose subject (named or not) may be another speaker: the scan stops there.
_OTHER_CLAUSE = word_set("after before while when as because since although though if until unless whereas where "
                         "who whom whose which")


def _own_saying(text: str, idx: _Index, end: int, qs: int) -> bool:
    """Return whether the clause of the name ending at ``end`` holds, before the quote at ``qs``, a verb of saying,
    naming or stance of its own (_OWN_SAYING), with no other clause or named speaker opening first; a relative
    right after the name is its own ("Bo, who has called").

    >>> t = "Aides said Bo declined to give a figure, calling it “a start”"
    >>> _own_saying(t, _Index([]), 13, t.index("“")), _own_saying("Aides said Bo was “upset”", _Index([]), 13, 18)
    (True, False)
    >>> t = "Aides said Bo left after Al called it “a start”"
    >>> _own_saying(t, _Index([]), 13, t.index("“"))
    False
    >>> _own_saying("He said Bo left, and called it “a start”", _Index([]), 10, 31)
    False
    """
    if qs - end > win.OWN_REACH:
        return False
    end = _past_aside(text, end, qs)  # "Bo, the envoy, had hailed"
    stop = next((m.start for m in idx.first_between(end + 1, qs) if _is_speaker(m)), qs)
    if any(c in text[end:stop] for c in ";\"“”‘"):  # not "'": the apostrophe of "Seoul's"
        return False  # "Bo mentions ‘...’; Seoul says": another clause or quote between
    printed = text[end:stop].split()
    if printed[:2] == [",", "who"]:
        printed = printed[2:]  # "Bo, who has long called": the relative's verb is his
    words = [w.strip(",;:").lower() for w in printed]
    verbs = [w for w in words if w][:1] + _past_fillers([w for w in words if w])[:1]  # "Bo declined", "Bo would"
    if not any(_clause_verb(v) or v in _SAYING_MODALS for v in verbs) or words[0] in OWNED_BY or words[0][:1] in "'’":
        return False  # "the Bo administration", "Bo's second term", "Bo, saying", "with Bo the talks": no subject
    for k, w in enumerate(words):
        if (w in _OTHER_CLAUSE and k > 0) or (w in {"and", "but"} and k > 0 and printed[k - 1].endswith(",")):
            return False  # ", and suggested": a verb of the sentence's first subject
        if w in _OWN_SAYING or (w == "put" and _puts_in_words(words[k + 1 :], stop == qs)):
            return True
        if w in _OWN_BASE and _after_to_or_modal(words[:k]):
            return True
    return False


def _after_to_or_modal(before: list[str]) -> bool:
    """Return whether the last of ``before`` that is no adverb ("not", "only", "-ly") is "to" or a modal: a base
    form after it is a verb ("would not say", "to brand"), not a noun ("his second term").

    >>> _after_to_or_modal("would not".split()), _after_to_or_modal(["to"]), _after_to_or_modal("his second".split())
    (True, True, False)
    """
    words = [w for w in before[-4:] if w not in {"not", "only", "later", "never", "also", "then"} and not (
        w.endswith("ly") and w.islower())]
    return bool(words) and (words[-1] == "to" or words[-1] in _SAYING_MODALS)


def _puts_in_words(after: list[str], quote_next: bool) -> bool:
    """Return whether the words ``after`` "put" make it a verb of saying: "put it" ("as Bo put it", "Bo put it
    bluntly"), or "at" right before the quote ("put the figure at “$5 billion”"; ``quote_next``: the words run up
    to the quote).

    >>> _puts_in_words(["it", "bluntly"], False), _puts_in_words(["the", "gap", "at"], True)
    (True, True)
    >>> _puts_in_words(["troops", "on", "alert"], True)
    False
    """
    return after[:1] == ["it"] or (quote_next and after[-1:] == ["at"])


_IMPERSONAL = (["it", "was"], ["It", "was"], ["it", "is"], ["It", "is"], ["it", "has", "been"], ["It", "has", "been"])


def _impersonal_source(text: str, idx: _Index, pl: _Place, bm: _Verb) -> _Who | None:
    """Return the speaker of a quote an impersonal passive reports ("It was emphasized that “...”", "it has been
    stated that"): the subject opening the sentence before (the body that made the statement, the person who
    spoke), or nobody when that sentence opens with none; None when the verb at ``bm`` is no such passive.

    >>> t = 'The Foo Agency made a statement. It was stressed that "we act."'
    >>> ms = [Mention(4, 14, "Foo Agency", "org", {})]
    >>> _impersonal_source(t, _Index(ms), _Place(54, 63, 0, 63, 0, 33, 0), _Verb(40, 48)).start
    4
    >>> _impersonal_source(t, _Index(ms), _Place(54, 63, 0, 63, 0, 33, 0), _Verb(15, 19)) is None
    True
    """
    before = text[max(pl.sent_start, bm.start - 16) : bm.start].split()
    if not any(before[-len(p) :] == p for p in _IMPERSONAL) or not text.startswith(" that", bm.end):
        return None
    if pl.sent_start <= pl.ps:
        return _NOBODY  # the paragraph opens with it: no sentence before in view
    prev = _last_sentence_start(text, max(pl.ps, pl.sent_start - win.IMPERSONAL_REACH), pl.sent_start)
    who = _clause_subject(text, idx, prev, pl.sent_start, first=True)
    who = who if who.found else _opening_subject(text, prev, pl.sent_start)  # a body the gazetteer does not know
    return who if who.found else _NOBODY


def _after_document(text: str, pos: int) -> bool:
    """Return whether the word before ``pos`` is a document's noun ("a statement posted"): the verb at ``pos`` is a
    participle that describes the document, not a verb whose subject speaks.

    >>> _after_document("in a statement posted", 15), _after_document("the ministry posted", 13)
    (True, False)
    """
    before = text[max(0, pos - win.DOCUMENT_WORD_BACK) : pos].split()
    return bool(before) and before[-1].lower() in _DOCUMENTS


def _free_participle(text: str, start: int, end: int) -> bool:
    """Return whether the speech verb ``text[start:end]`` is a participle opening a clause after a comma ("Bo denied
    the report, calling it “...”"): its subject is the sentence's, never the object right before the comma.

    >>> t = "Bo denied the report, calling it"
    >>> _free_participle(t, 22, 29), _free_participle("Bo kept calling it", 8, 15)
    (True, False)
    """
    return text[start:end].lower().endswith("ing") and text[max(0, start - 3) : start].rstrip().endswith(",")


def _with_subject(text: str, idx: _Index, start: int, end: int, floor: int) -> _Who:
    """Return the person of an absolute phrase "with <person> <participle>" ("Berlin reacted angrily, with the
    minister, Ana Volk, calling the move “...”"): the person whose mention ends right before the participle (past an
    appositive's comma), when "with" opens the words before it; else nobody.

    >>> t = "Seoul reacted, with the minister, Ana Volk, calling it"
    >>> ms = [Mention(34, 42, "Ana Volk", "person", {})]
    >>> w = _with_subject(t, _Index(ms), 44, 51, 0); t[w.start : w.end]
    'Ana Volk'
    >>> t = "Bo spoke with Ana Volk on Monday, calling it"
    >>> _with_subject(t, _Index([Mention(14, 22, "Ana Volk", "person", {})]), 34, 41, 0).found
    False

    A comma after the person ends an appositive only when one opens before it: "a call with Ana Volk, stating" is
    the sentence subject's participle.

    >>> t = "Bo had a call with Ana Volk, stating it"
    >>> _with_subject(t, _Index([Mention(19, 27, "Ana Volk", "person", {})]), 29, 36, 0).found
    False
    """
    if not text[start:end].lower().endswith("ing"):
        return _NOBODY
    lo = max(floor, start - win.WITH_REACH)
    at = text.rfind(" with ", lo, start)
    if at < 0:
        return _NOBODY
    people = [m for m in idx.first_between(at + 6, start) if m.kind == "person"]
    if not people or not _adverbs_only(text[people[-1].end : start]) or any(c in text[at:start] for c in ".;:"):
        return _NOBODY
    m = people[-1]
    if "," in text[m.end : start] and not text[at : m.start].rstrip().endswith(","):
        return _NOBODY  # "a call with Donald Trump, stating that": the sentence's subject states it
    if _document_object(text, m.start, at):
        return _document_sender(text, idx, at, floor)  # "with a note to Jo Bell saying": the note's sender
    return _Who("named", m, m.start, m.end)


# a subject pronoun before its verb ("he overruled"), the sender of a document a "with" phrase after it names
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|He|She)(?=[ \t]++[a-z])")


def _document_sender(text: str, idx: _Index, at: int, floor: int) -> _Who:
    """Return who sends the document of "with a note to <person> <participle>" (``at``: where " with" starts): the
    subject of the clause the phrase ends ("he overruled them with a note to Jo Bell saying": he), a person named or
    a subject pronoun, whichever is nearer; the addressee is never the speaker (fresh91q); else nobody.

    >>> t = "Later he overruled them with a note to Jo Bell saying"
    >>> w = _document_sender(t, _Index([Mention(39, 46, "Jo Bell", "person", {})]), t.index(" with"), 0)
    >>> (w.attribution, t[w.start : w.end])
    ('pronoun', 'he')
    >>> t = "Al Roe overruled them with a note to Jo Bell saying"
    >>> ms = [Mention(0, 6, "Al Roe", "person", {}), Mention(37, 44, "Jo Bell", "person", {})]
    >>> t[_document_sender(t, _Index(ms), t.index(" with"), 0).start :][:6]
    'Al Roe'
    """
    named = _clause_subject(text, idx, floor, at)
    pronoun = last_match(_SUBJECT_PRONOUN, text, max(floor, at - win.CLAUSE_SUBJECT_BACK), at)
    if pronoun is not None and (not named.found or named.start < pronoun.start()):
        return _Who("pronoun", None, pronoun.start(), pronoun.end())
    return named


def _adverbs_only(gap: str) -> bool:
    """Return whether ``gap`` (between a person and a participle) holds only commas and adverbs ("with Ana Volk
    later saying").

    >>> _adverbs_only(" later "), _adverbs_only(", "), _adverbs_only(" quickly "), _adverbs_only(" and Bo ")
    (True, True, True, False)
    """
    return all(w.lower() in _AUXILIARIES or (w.endswith("ly") and w.islower()) for w in gap.replace(",", " ").split())


_RELAYS = re.compile(r"(?<!\s)\s++(?:also\s++)?(?:reported|reports|report)\s++(?:that\s++)?")


def _relayed(text: str, idx: _Index, who: _Who, qs: int) -> _Who:
    """Return the subject of the clause a report relays before the quote ("Hanul Daily reported that the ministry
    was pleased to have “...”": the ministry, not the paper that reports its words), else ``who``. Only a person
    or an organisation: a country ("reported that the U.S. wanted “...”") says nothing itself.

    >>> t = 'Hanul Daily reported that the State Department was pleased to have “won”.'
    >>> ms = [Mention(0, 11, "Hanul Daily", "org", {}), Mention(30, 46, "State Department", "org", {})]
    >>> _relayed(t, _Index(ms), _named(ms[0]), 67).start
    30
    """
    rel = _RELAYS.match(text, who.end, qs) if who.end >= 0 else None
    if rel is None:
        return who
    for m in idx.first_between(rel.end(), min(qs, rel.end() + win.RELAYED_AFTER)):
        subject = m.kind in {"person", "org"} and _title_gap(text, rel.end(), m.start)  # not "the U.S. wanted"
        words = text[m.end : qs].split()
        if subject and _is_speaker(m) and _verb_like(_verb_after(words)) and not _told_passive(words):
            return _Who("subject", m, m.start, m.end)
        break
    return who


_TOLD = word_set("told asked informed briefed warned urged reminded")
_TOLD_AUXILIARIES = word_set("had has have was were is are been being")


def _told_passive(words: list[str]) -> bool:
    """Return whether ``words`` (after a name) open with a passive verb of telling ("was told", "had been asked"):
    the name is the one told, no speaker.

    >>> _told_passive("was told by aides".split()), _told_passive("had been asked".split())
    (True, True)
    >>> _told_passive("was quoted as saying".split()), _told_passive("told reporters".split())
    (False, False)
    """
    k = 0
    while k < min(len(words), 3) and words[k].lower() in _TOLD_AUXILIARIES:
        k += 1
    return 0 < k < len(words) and words[k].lower().rstrip(".,;") in _TOLD and words[k - 1].lower() in _PASSIVE_BE


def _possessed(text: str, pos: int) -> bool:
    """Return whether the word at ``pos`` follows a possessive ("Bo's calls", "his words"): a noun, not a verb.

    >>> _possessed("Bo's calls", 5), _possessed("Bo calls", 3), _possessed("his claims", 4)
    (True, False, True)
    """
    before = text[max(0, pos - 12) : pos].split()
    return bool(before) and (before[-1].endswith(("'s", "’s")) or before[-1].lower() in {"his", "her", "their", "its"})


def _ends_clause(text: str, pos: int, quote_start: int) -> bool:
    """Return whether a name ending at ``pos`` is not the subject of a clause of its own before the quote:
    no verb follows it ('said Jo Bell in a statement: "..."'), unlike 'said Seoul had “no choice”'.

    >>> t = 'said Jo Bell in a note: "We" and said Seoul had "no"'
    >>> _ends_clause(t, 12, 24), _ends_clause(t, 44, 49)
    (True, False)
    """
    words = text[pos:quote_start].split()
    return not words or not (_verb_like(words[0]) or words[0] in _MODALS)


_MODALS = frozenset(["should", "must", "may", "might", "shall"])
_TOPIC_WORDS = frozenset(["about", "whether", "if"])


def _topic_after(text: str, pos: int, quote_start: int) -> bool:
    """Return whether the name after a verb of asking or telling, ending at ``pos``, is followed by what it is asked
    about ("Reporter Asks Tam About '...'", "asked Bo whether"): the verb's object, not an inverted speaker.

    >>> t = "Reporter Asks Tam About 'x' and asked Bo whether 'y' and asks Al: 'z'"
    >>> _topic_after(t, 17, 24), _topic_after(t, 40, 49), _topic_after(t, 65, 67)
    (True, True, False)
    """
    words = text[pos : min(quote_start, pos + win.TOPIC_AFTER)].split()[:1]
    return bool(words) and words[0].lower() in _TOPIC_WORDS


_TWO_WORD_CHARS = re.compile(r"\w\w")


class _NextMatch:
    """The first match of ``pattern`` (one that ends with ``\\b``) at or after a position in the whole text, kept
    while later quotes ask from no further than it: each stretch of text searched once, not once a quote. With
    ``longest`` (the most characters a match can span), searched in windows that double from 256 characters:
    a search reads about twice the way to the match, not the rest of the text.

    >>> t = 'He "a" x "b" according to Bo'
    >>> acc = _NextMatch(_ACCORDING)
    >>> acc.none_in(t, 0, 6), acc.first(t, 0).span(), acc.none_in(t, 4, 29), acc.none_in(t, 0, 13)
    (True, (13, 25), False, True)
    """

    def __init__(self, pattern: re.Pattern[str], longest: int | None = None, search: _Search | None = None) -> None:
        self.pattern, self.longest, self.search = pattern, longest, search
        self.since = -1  # the whole text was searched from ``since`` (-1: not yet): ``found`` is the first match
        self.found: re.Match[str] | None = None

    def first(self, text: str, lo: int) -> re.Match[str] | None:
        """Return the first match in ``text[lo:]``."""
        if not (0 <= self.since <= lo and (self.found is None or lo <= self.found.start())):
            self.since, self.found = lo, self._search(text, lo)
        return self.found

    def _search(self, text: str, lo: int) -> re.Match[str] | None:
        """Return ``pattern.search(text, lo)``: with ``longest``, from a window that holds the whole of a match
        starting ``longest`` characters before its end (found there, a match is the one the whole text gives); with
        ``search``, the function that gives the same match a cheaper way."""
        if self.search is not None:
            return self.search(text, lo)
        reach, at = 256, lo  # no match starts in text[lo:at]: each wider window is searched from ``at`` on
        while self.longest is not None and lo + reach < len(text):
            m = self.pattern.search(text, at, lo + reach)
            if m is not None and m.start() + self.longest < lo + reach:
                return m
            at = max(at, lo + reach - self.longest)  # a match starting before that ends inside: it was found
            reach *= 2
        return self.pattern.search(text, at)

    def none_in(self, text: str, lo: int, hi: int) -> bool:
        """Return whether ``pattern.search(text, lo, hi)`` surely finds nothing: no match starts before ``hi`` in the
        whole text, and ``hi`` cuts no word (which could end a match there: "to" of "tox", "said" of "saidx")."""
        m = self.first(text, lo)
        return (m is None or m.start() >= hi) and not (hi > 0 and _TWO_WORD_CHARS.match(text, hi - 1))

    def any_in(self, text: str, lo: int, hi: int) -> bool:
        """Return whether ``pattern.search(text, lo, hi)`` finds a match, from the kept first match where it can: a
        whole match inside the window is one; none starting before ``hi`` is none; else (a match cut by ``hi``) the
        window is searched.

        >>> t = 'He said "a", then "b", x'
        >>> verbs = _NextMatch(_VERB_WORD, _LONGEST_VERB)
        >>> verbs.any_in(t, 0, 8), verbs.any_in(t, 0, 5), verbs.any_in(t, 8, 18), verbs.any_in(t, 0, 6)
        (True, False, False, False)
        """
        if lo >= hi:
            return self.pattern.search(text, lo, hi) is not None
        m = self.first(text, lo)
        if m is not None and m.end() <= hi:
            return True
        return not self.none_in(text, lo, hi) and self.pattern.search(text, lo, hi) is not None


def _according_in(text: str, idx: _Index, lo: int, hi: int) -> re.Match[str] | None:
    """Return ``_ACCORDING.search(text, lo, hi)``, read from the match kept in ``idx`` where it can be.

    >>> t = 'It was "fair," according to Bo.'
    >>> _according_in(t, _Index([]), 0, 30).span(), _according_in(t, _Index([]), 0, 20)
    ((15, 27), None)
    """
    m = idx.according.first(text, lo)
    if m is not None and m.end() <= hi:
        return m  # no match cut short by ``hi`` can start before it: none starts inside another
    return None if idx.according.none_in(text, lo, hi) else _ACCORDING.search(text, lo, hi)


def _according_to(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 3: "according to X" (or "in the words of X") in the quote's sentence: X a name, or a phrase that
    names an organisation's words ("according to a statement from the ministry"); an unnamed X with the phrase
    that says how they know ("according to a person familiar with the matter"), as after "said".

    >>> t = 'It was "fair," according to a statement from the ministry.'
    >>> w = _according_to(t, _Index([]), _Place(7, 14, 0, len(t), 0, 0, 0)); (w.attribution, t[w.start : w.end])
    ('according_to', 'a statement from the ministry')
    """
    who = _aside_document_subject(text, idx, pl, _according_who(text, idx, pl))
    if who.found and who.end < pl.qs and (inner := _saying_inside(text, idx, who.end, pl.qs)).found:
        return inner  # "According to officials, Jo Bell hailed the “ironclad” alliance": her word, they report it
    if who.found and (source := _quoted_source(text, idx, who, pl.pe)) is not who:
        return replace(source, attribution=who.attribution)  # "according to a paper quoting an official"
    if not who.found or (who.mention is not None and not who.mention.value.get("descriptor")):
        return who
    known = _knowing_tail(text, replace(who, attribution="descriptor"), _clause_stop(text, who.end, pl.pe))
    return replace(known, attribution=who.attribution)


# fix50s: a short subject, then "according to <document>" as an aside between commas, then the verb ("The ministry,
# according to a statement released Sunday, urged"): the document is how the subject spoke; the subject speaks
_ASIDE_SUBJECT = re.compile(r"(?:[Tt]he|[A-Z][\w.'’-]{0,30}+)(?:[ \t]{1,3}+[\w.'’-]{1,30}+){0,5}+")
_ASIDE_VERB = re.compile(r",[ \t]{1,3}+[a-z]{3,20}+(?:(?<=ed)|(?<=s))\b")


def _aside_document_subject(text: str, idx: _Index, pl: _Place, who: _Who) -> _Who:
    """Return the sentence's subject when ``who`` is a document named by "according to" in an aside between the
    subject and its verb ("The ministry, according to a statement released Sunday, urged"), else ``who``.

    >>> t = "The ministry, according to a statement released Sunday, urged Seoul to “respect the deal.”"
    >>> pl = _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)
    >>> w = _aside_document_subject(t, _Index([]), pl, _Who("according_to", None, 27, 38)); t[w.start : w.end]
    'The ministry'
    >>> t = "The ministry said, according to a statement released Sunday, that it was “firm.”"
    >>> w = _Who("according_to", None, 32, 43)
    >>> _aside_document_subject(t, _Index([]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0), w) is w
    True
    """
    if not who.found or who.mention is not None or who.start >= pl.qs:
        return who
    acc = _ACCORDING.search(text, max(pl.sent_start, who.start - 16), who.start)
    comma = text.rfind(",", pl.sent_start, acc.start()) if acc else -1
    words = text[who.start : who.end].lower().split()
    if acc is None or comma < 0 or text[comma + 1 : acc.start()].strip() or words[0] not in _INDEFINITES | {"the"} or (
            not any(w.rstrip(",.") in _DOCUMENTS | _WRITINGS for w in words[1:4])):  # fmt: skip
        return who  # "a statement released Sunday", "the report": a document, not who wrote it
    subject = text[pl.sent_start : comma].strip()
    if not _ASIDE_SUBJECT.fullmatch(subject) or any(w.lower() in SPEECH_VERBS for w in subject.split()):
        return who  # "The ministry said, according to a statement, ...": the subject spoke before the aside
    close = text.find(",", who.end, pl.qs)
    if close < 0 or not _ASIDE_VERB.match(text, close):
        return who
    said = _subject_before(text, idx, comma, pl.sent_start, pl.back)
    return said if said.found and said.attribution != "pronoun" else who


def _according_who(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return who "according to" names for :func:`_according_to`, without a knowing phrase after an unnamed one."""
    lo, hi = max(pl.sent_start, pl.qs - win.QUOTE_SENTENCE_BACK), min(pl.pe, pl.qe + win.QUOTE_SENTENCE_AFTER)
    acc = _according_in(text, idx, lo, hi)
    if not acc:
        return _in_owners_words(text, idx, pl)
    m2 = idx.starting_at(acc.end() + 1, acc.end() + 2) or _named_past_the(text, idx, acc.end() + 1)
    if m2 is not None and _is_speaker(m2):
        # "according to USFK head Gen. Jo Bell": the holder, as after "said"
        limit = min(pl.pe, acc.end() + win.ACCORDING_HOLDER)
        owned = _owned_office(text, idx, m2, limit) or _owned_phrase(text, m2, limit)  # "Seoul's top negotiator"
        return replace(owned, attribution="according_to") if owned else _Who("according_to", m2, m2.start, m2.end)
    if m2 is None and (titled := _titled_at(text, idx, acc.end() + 1)) is not None:
        return _Who("according_to", titled, titled.start, titled.end)  # "in the words of Envoy Jo Bell"
    phrase = _PHRASE_END.match(text, acc.end(), min(pl.pe, acc.end() + win.ACCORDING_PHRASE))
    if phrase is None:
        return _NOBODY
    start, end = phrase.start("p"), phrase.end("p")
    if m2 is None and (holders := _one_word_holders(text, idx, start, end, pl.back)):
        # "according to Cho." after "Cho Hyun said": that person; after "Cho Hyun" and "Cho Tae-min": nobody
        return _Who("according_to", holders[0], start, end) if len(holders) == 1 else _NOBODY
    # past the stop of "U.S."
    if (unnamed := _indefinite_phrase(text, start, min(pl.pe, start + win.INDEFINITE_PHRASE))).found:
        return replace(unnamed, attribution="according_to")  # "according to a U.S. Embassy spokesperson"
    if (document := _according_document(text, start, end)).found:
        return document  # "according to a draft seen by AFP": the draft, not who saw it
    if any(w.lower() in _ORG_NOUNS for w in text[start:end].split()):  # "the U.S. military": a place, then the body
        end = start + len(_before_adjunct(text[start:end]))  # "according to the ministry on Sunday"
        return _issuer_in(text, idx, start, end) or _Who("according_to", None, start, end)
    if m2 is None and (proper := _proper_source(text, start, end)).found:
        return proper  # "according to the Hanul Daily": an outlet or a body the gazetteer does not know
    if m2 is not None or (acc.start() > pl.qs and text[pl.sent_start : pl.qs].strip() and (
            text[pl.qe : acc.start()].strip(" ,") or _subordinate_opening(text, pl.sent_start, pl.qs))):  # fmt: skip
        return _NOBODY  # "While Seoul sought a “package deal”, talks stalled, according to sources": not theirs;
    # "The talks were “close,” according to officials": theirs
    return _according_unnamed(text, start, end)


def _subordinate_opening(text: str, start: int, end: int) -> bool:
    """Return whether the sentence at ``start`` opens with a subordinating word (_OTHER_CLAUSE: "While", "As") before
    ``end``: a quote there is in a clause of its own.

    >>> _subordinate_opening("While Seoul sought it", 0, 10), _subordinate_opening("The talks were", 0, 10)
    (True, False)
    """
    first = text[start:end].split()[:1]
    return bool(first) and first[0].lower().strip("\"“”,") in _OTHER_CLAUSE


def _proper_source(text: str, start: int, end: int) -> _Who:
    """Return the proper name that opens ``text[start:end]`` after "according to" ("the Hanul Daily on Monday": "the
    Hanul Daily"): two to five capitalised words of letters, after an optional "the"; else nobody.

    >>> t = "the Hanul Daily on Monday"; w = _proper_source(t, 0, len(t)); t[w.start : w.end]
    'the Hanul Daily'
    >>> _proper_source("the plan", 0, 8).found, _proper_source("Seoul", 0, 5).found
    (False, False)
    >>> _proper_source("South Korean officials", 0, 22).found
    False

    One capitalised word is a source only as an acronym the gazetteer does not know ("according to CNN", "KBS"), no
    nation ("US").

    >>> [_proper_source(t, 0, len(t)).found for t in ("CNN", "KBS on Monday", "US", "Seoul", "CNN officials")]
    [True, True, False, False, False]
    """
    words = text[start:end].split()[: win.PROPER_SOURCE_WORDS + 1]
    k = 1 if words[:1] in (["the"], ["The"]) else 0
    n = k
    while n < len(words) and words[n][:1].isupper() and words[n].isalpha():
        n += 1
    if not (_proper_name_words(words[k:n]) or _acronym_source(words[k:n])) or n - k > win.PROPER_SOURCE_WORDS or (
            n < len(words) and words[n] not in _UNNAMED_STOPS):  # fmt: skip
        return _NOBODY  # "South Korean officials": modifiers of a common noun
    return _Who("according_to", None, start, start + len(" ".join(words[:n])))


def _acronym_source(words: list[str]) -> bool:
    """Return whether ``words`` are one acronym of capitals, no nation's ("CNN", "KBS"; not "US", "UN" is one).

    >>> _acronym_source(["CNN"]), _acronym_source(["US"]), _acronym_source(["Seoul"]), _acronym_source(["CNN", "News"])
    (True, False, False, False)
    """
    return len(words) == 1 and bool(_ACRONYM_WORD.fullmatch(words[0])) and words[0] not in _NATIONS


_ISSUED_BY = frozenset(["from", "by", "of", "issued", "released"])
#: Texts of law that "according to" may name as a quote's source ("according to the bill", "according to the act"):
#: their words, not those of the sentence's subject (fresh92); only after "according to", where "bill" is no payment.
_LAWS = word_set("bill act law legislation")


# Words after a text of law's noun that leave it the head of its phrase ("the act passed in 2019", "the bill as
# written"): a preposition, a relative or a participle in "-ed"
_LAW_NOUN_ENDS = word_set("as in on at of for by from to under with that which signed passed")


def _law_noun_goes_on(words: list[str], k: int) -> bool:
    """Return whether the law noun ``words[k]`` ("law", "bill") goes on into a longer noun phrase, a lower-case word
    right after it that is no preposition, relative or participle ("the law professor", "the law firm"): a person or
    a body, no text of law (mend91q).

    >>> [_law_noun_goes_on(p.split(), 1) for p in ("the law firm", "the law.", "the act passed in", "the bill")]
    [True, False, False, False]
    """
    if words[k][-1:] in {",", ".", ";", ":"} or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return after.isalpha() and after.islower() and after not in _LAW_NOUN_ENDS and not after.endswith("ed")


def _according_document(text: str, start: int, end: int) -> _Who:
    """Return the document "according to" names in ``text[start:end]`` ("a draft seen by AFP", "the memo"): its
    article, at most two modifiers and a document noun (``_DOCUMENTS``), else nobody.

    >>> t = "according to a draft seen by AFP"; w = _according_document(t, 13, len(t)); t[w.start : w.end]
    'a draft'
    >>> _according_document("according to a person", 13, 21).found
    False
    >>> _according_document("according to a statement from the ministry", 13, 43).found
    False
    >>> t = "according to the bill."; w = _according_document(t, 13, len(t)); t[w.start : w.end]
    'the bill'
    >>> _according_document("according to the law firm advising it", 13, 37).found  # a law noun goes on
    False
    """
    words = text[start:end].split()[:win.ACCORDING_DOC_WORDS]
    if not words or words[0].lower() not in _INDEFINITES | {"the"}:
        return _NOBODY
    k = next((i for i, w in enumerate(words[1:], 1) if w.lower().rstrip(",.") in _DOCUMENTS | _WRITINGS or (
        w.lower().rstrip(",.") in _LAWS and not _law_noun_goes_on(words, i))), 0)  # fmt: skip
    if k == 0 or (k + 1 < len(words) and words[k + 1] in _ISSUED_BY):
        return _NOBODY  # "a statement from the ministry": the issuer's words (_issuer_in)
    phrase = " ".join(words[: k + 1]).rstrip(",.")
    return _Who("according_to", None, start, start + len(phrase))


def _named_by_one_word(text: str, idx: _Index, start: int, end: int, back: int) -> Mention | None:
    """Return the person named in full before ``start`` whose name holds the one capitalised word ``text[start:end]``
    (a family name printed first or last: "Cho" of "Cho Hyun", "Zhu" of "Zhu Qin"), when every person named so in
    full is the same one (a lone "Cho" left unresolved is no other); else None ("according to Cho." with no mention
    of its own: the entity finder reads a lone Korean or Chinese family name only before a speech verb).

    >>> t = "Minister Cho Hyun spoke. It is fine, according to Cho."
    >>> _named_by_one_word(t, _Index([Mention(9, 17, "Cho Hyun", "person", {"name": "Cho Hyun"})]), 50, 53, 0).exact
    'Cho Hyun'
    >>> _named_by_one_word(t, _Index([]), 50, 53, 0) is None
    True
    """
    holders = _one_word_holders(text, idx, start, end, back)
    return holders[0] if len(holders) == 1 else None


def _one_word_holders(text: str, idx: _Index, start: int, end: int, back: int) -> list[Mention]:
    """Return the nearest full mention of each person named in full before ``start`` whose name holds the one
    capitalised word ``text[start:end]``, nearest first (for :func:`_named_by_one_word`; two or more: the word fits
    several people).

    >>> t = "Cho Hyun and Cho Tae-min spoke. It is fine, according to Cho."
    >>> ms = [Mention(0, 8, "Cho Hyun", "person", {"name": "Cho Hyun"}),
    ...       Mention(13, 24, "Cho Tae-min", "person", {"name": "Cho Tae-min"})]
    >>> [m.exact for m in _one_word_holders(t, _Index(ms), 57, 60, 0)]
    ['Cho Tae-min', 'Cho Hyun']
    """
    word = text[start:end]
    if not is_name_word(word) or " " in word:
        return []
    found = [m for m in idx.ending_before(start, max(back, start - win.ONE_WORD_REACH), _LOOK_BACK)
             if m.kind == "person" and not m.value.get("descriptor") and word in (m.value.get("name") or "").split()]
    firsts: dict[str, Mention] = {}
    for m in found:  # a lone "Cho" the finder left unresolved is no other
        if (name := m.value.get("name")) != word:
            firsts.setdefault(name, m)
    return list(firsts.values())


def _according_unnamed(text: str, start: int, end: int) -> _Who:
    """Return who "according to" names with no mention in ``text[start:end]``: "him" or "her" (a pronoun, resolved as
    "he" or "she") or unnamed people ("officials", "two South Korean officials"); else nobody.

    >>> t = "according to her"; _according_unnamed(t, 13, 16).attribution
    'pronoun'
    >>> t = "according to South Korean officials"; w = _according_unnamed(t, 13, len(t)); t[w.start : w.end]
    'South Korean officials'
    >>> _according_unnamed("according to the plan", 13, 21).found
    False
    """
    words = text[start:end].split()
    if len(words) == 1 and words[0] in _OBJECT_PRONOUNS:
        return _Who("pronoun", None, start, end)
    if (office := _office_of(text[start : start + win.OFFICE_PHRASE])) is not None:
        return _Who("according_to", None, start, start + len(office))  # "according to the head of the delegation"
    n = _people_words(words)
    if n == 0:
        return _lone_name(text, start, end)
    phrase = " ".join(words[:n])
    return _Who("according_to", None, start, start + len(phrase))


def _lone_name(text: str, start: int, end: int) -> _Who:
    """Return the one name word ``text[start:end]`` ("according to Kwon" with no mention of it: no first mention in
    reach, no gazetteer person) as its own speaker, the name as written; nobody when the gazetteer knows several people
    of that name (a bare surname that fits several: README's ``speaker_name`` contract), or for another phrase.

    >>> t = "according to Kwon"; w = _lone_name(t, 13, len(t)); (w.name, t[w.start : w.end])
    ('Kwon', 'Kwon')
    >>> _lone_name("according to Kim", 13, 16).found, _lone_name("according to the plan", 13, 21).found
    (False, False)
    """
    from analysis.extract.entities import load_gazetteer

    word = _before_adjunct(text[start:end])  # "according to Kwon on Monday"
    if " " in word or not is_name_word(word):
        return _NOBODY
    people = [eid for eid in load_gazetteer().by_alias.get(word, ()) if load_gazetteer().entities[eid].kind == "person"]
    return _NOBODY if len(people) > 1 else _Who("according_to", None, start, start + len(word), name=word)


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _people_words(words: list[str]) -> int:
    """Return how many of ``words`` name unnamed people ("officials", "senior South Korean officials"): modifiers,
    then a plural of people; 0 if they do not open with such a phrase.

    >>> _people_words("officials familiar with it".split()), _people_words("two US officials".split())
    (1, 3)
    >>> _people_words("the officials".split()), _people_words("its officials".split())
    (0, 0)
    >>> _people_words("people briefed on the talks".split()), _people_words("people say".split())
    (1, 0)
    """
    for k, w in enumerate(words[:win.PEOPLE_WORDS]):
        if w.lower().rstrip(",.") in _PEOPLE_PLURALS or (w == "people" and _before_knowing(words) == k + 1):
            return k + 1  # "people familiar with the talks": "people" only with how they know
        if not _people_modifier(w) and not _open_modifier(w):
            return 0
    return 0


# Words of letters that are no modifier of a plural of people (_open_modifier): a clause's verbs and the words that
# end a noun phrase
_NO_MODIFIERS = _UNNAMED_STOPS | word_set("said says told tell according reported is are was were be been have has had "
                                          "will would also not")


def _open_modifier(word: str) -> bool:
    """Return whether ``word`` can modify a plural of unnamed people that a list of _people_modifier does not hold
    ("diplomatic sources", "unnamed officials", "high-ranking diplomats", "White House officials"): a word of letters
    (hyphens between), no function word or verb, and no lower-case plural ("figures", "reports": nouns of their own;
    an adjective in "-ous" is one).

    >>> [_open_modifier(w) for w in ("diplomatic", "high-ranking", "White", "anonymous", "figures", "from", "U.S.,")]
    [True, True, True, True, False, False, False]
    """
    parts = word.split("-")  # "high-ranking", "Seoul-based": each part a word of letters, capitalised or not
    if not all(p.isalpha() and p[1:] == p[1:].lower() for p in parts) or word.lower() in _NO_MODIFIERS:
        return False
    return word[:1].isupper() or not word.endswith("s") or word.endswith(("ous", "ss"))


def _people_modifier(word: str) -> bool:
    """Return whether ``word`` can stand before a plural of unnamed people ("senior", "South", "two" in "two senior
    South Korean officials").

    >>> _people_modifier("senior"), _people_modifier("two"), _people_modifier("the")
    (True, True, False)
    >>> _people_modifier("British"), _people_modifier("Philippine"), _people_modifier("Monday")
    (True, True, False)
    """
    return word in _PLURAL_MODIFIERS or word in _NATIONS or word.lower() in _COUNTS or _nationality_word(word)


_NATIONALITY_ENDINGS = ("ish", "ese", "an", "ic", "ine", "ino", "i")  # British, Japanese, German, Democratic


def _nationality_word(word: str) -> bool:
    """Return whether ``word`` reads as a nationality or party adjective ("British", "Philippine", "Republican").

    >>> _nationality_word("Spanish"), _nationality_word("Seoul"), _nationality_word("the")
    (True, False, False)
    """
    return word[:1].isupper() and word.isalpha() and word[1:].islower() and word.endswith(_NATIONALITY_ENDINGS)


def _named_past_the(text: str, idx: _Index, pos: int) -> Mention | None:
    """Return the speaker named right after "the" at ``pos``, where its mention leaves the article out ("according
    to the Hanul Federation of Dock Workers"), else None.

    >>> m = Mention(4, 17, "Hanul Council", "org", {"id": None, "name": "Hanul Council"})
    >>> _named_past_the("the Hanul Council", _Index([m]), 0).exact, _named_past_the("a Hanul Council", _Index([m]), 0)
    ('Hanul Council', None)
    """
    if text[pos : pos + 4] not in {"the ", "The "}:
        return None
    m = idx.starting_at(pos + 4, pos + 4)
    return m if m is not None and _is_speaker(m) else None


_FROM_ISSUER = re.compile(r"\s(?:from|by|of)\s++")


def _issuer_in(text: str, idx: _Index, start: int, end: int) -> _Who | None:
    """Return the issuer a phrase of a work names after "from"/"by"/"of" ("a statement from the Hanul Ministry"): a
    speaker mention, else the capitalised name there; None if the phrase names none.

    >>> t = "a statement from the Hanul Ministry"
    >>> _issuer_in(t, _Index([]), 0, len(t)).name
    'Hanul Ministry'
    >>> _issuer_in("a statement from the ministry", _Index([]), 0, 29) is None
    True
    """
    k = _FROM_ISSUER.search(text, start, end)
    if k is None:
        return None
    for m in idx.first_between(k.end(), end):
        if _is_speaker(m):
            return _Who("according_to", m, m.start, m.end)
    who = _proper_subject(text, k.end(), end)
    return replace(who, attribution="according_to") if who.found else None


_PHRASE_END = re.compile(rf"(?<!\s)\s++(?P<p>(?:{_INITIAL}|[^,.;:!?\"“”])++)")
def _in_owners_words(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the owner of "in <owner>'s words" / "in his own words" in the quote's sentence: whose words they are.

    >>> t = "The talks, in Jo Bell’s words, were “a disaster.”"
    >>> _in_owners_words(t, _Index([Mention(14, 21, "Jo Bell", "person", {})]), _Place(36, 50, 0, 50, 0, 0, 0)).start
    14
    """
    lo, hi = max(pl.sent_start, pl.qs - win.QUOTE_SENTENCE_BACK), min(pl.pe, pl.qe + win.QUOTE_SENTENCE_AFTER)
    for noun in _VIEW_NOUNS:
        who = _in_owners(text, idx, lo, hi, noun)
        if who.found:
            return who
    return _NOBODY


# Nouns of a person's words or judgment after "in <owner>'s" ("in Jo Bell's view", "in his opinion").
_VIEW_NOUNS = (" words", " view", " opinion", " assessment", " telling", " estimation", " judgment", " judgement")


def _in_owners(text: str, idx: _Index, lo: int, hi: int, noun: str) -> _Who:
    """Return the owner of "in <owner>'s <noun>" / "in his <noun>" in ``text[lo:hi]`` (see _in_owners_words).

    >>> t = "In Jo Bell's view, it is “a bargain.”"
    >>> _in_owners(t, _Index([Mention(3, 10, "Jo Bell", "person", {})]), 0, len(t), " view").start
    3
    """
    at = text.find(noun, lo, hi)
    while at >= 0:
        before = text[max(lo, at - win.OWNERS_WORDS_BACK) : at].split()
        if before and before[-1] == "own":
            before.pop()
        if before and before[-1].lower() in {"his", "her"} and len(before) >= 2 and before[-2].lower() == "in":
            start = text.rfind(before[-1], lo, at)
            return _Who("pronoun", None, start, start + len(before[-1]))
        if before and before[-1].endswith(("'s", "’s")) and any(w.lower() == "in" for w in before[-4:-1]):
            end = text.rfind(before[-1], lo, at) + len(before[-1]) - 2
            named = idx.ending_before(end, end - win.OWNERS_NAMED_BACK)
            if named and named[0].end == end and _is_speaker(named[0]):
                return _Who("according_to", named[0], named[0].start, named[0].end)
        at = text.find(noun, at + len(noun), hi)
    return _NOBODY


_BY = re.compile(r"[\s,]{0,3}by\s++")
_AGENT_WORDS = 6  # words read after "by" for its agent ("the main opposition party", "Defense Minister Jo Bell")


def _agent_after_by(text: str, idx: _Index, pos: int, hi: int) -> _Who:
    """Return the agent that "by" names at ``pos`` (before ``hi``): a person or body mention there, or after "the"
    and title words ("by the Hanul Party", "by Rep. Jo Bell"); or "the", at most three modifiers and a body's noun
    that ends the phrase ("by the ministry", "by the opposition party": no name, the words themselves); else
    nobody ("by the ministry's aide", "by the time": no agent).

    >>> t = "was called “rash” by the opposition party."
    >>> w = _agent_after_by(t, _Index([]), t.index("the"), len(t)); t[w.start : w.end]
    'the opposition party'
    >>> _agent_after_by(t.replace("party", "party's aide"), _Index([]), t.index("the"), len(t) + 7).found
    False
    >>> t = "was called “rash” by Rep. Jo Bell."
    >>> _agent_after_by(t, _Index([Mention(26, 33, "Jo Bell", "person", {})]), 21, len(t)).start
    26

    An unnamed office with the name in commas after it: the name ("by the party's leader, Jo Bell": mend54s).

    >>> t = "was called “rash” by the leader, Jo Bell."
    >>> ms = [Mention(21, 31, "the leader", "person", {"descriptor": True}), Mention(33, 40, "Jo Bell", "person", {})]
    >>> _agent_after_by(t, _Index(ms), 21, len(t)).start
    33
    """
    if (m := idx.starting_at(pos, pos)) is not None:  # "by the opposition leader, Ari Mandel": the name (mend54s)
        return _named(_named_after_office(text, idx, m, hi)) if _is_speaker(m) else _NOBODY
    words = list(itertools.islice(_NONSPACE_RUN.finditer(text, pos, hi), _AGENT_WORDS))
    k = 1 if words and words[0].group() in {"the", "The"} else 0
    while k < len(words) and _title_word(words[k].group()):
        if (m := idx.starting_at(words[k].start(), words[k].start())) is not None:
            return _named(m) if _is_speaker(m) else _NOBODY  # "by Rep. Jo Bell", "by the Hanul Party"
        k += 1
    if k < len(words) and (m := idx.starting_at(words[k].start(), words[k].start())) is not None:
        return _named(m) if _is_speaker(m) else _NOBODY
    if not words or words[0].group() not in {"the", "The"}:
        return _NOBODY
    for w in words[1:5]:
        noun = w.group().rstrip(".,;:!?")
        if noun.lower() in _BODY_NOUNS and (noun != w.group() or w is words[-1] or not _more_noun(text, w.end(), hi)):
            return _Who("descriptor", None, words[0].start(), w.start() + len(noun), name=text[words[0].start() :
                                                                                            w.start() + len(noun)])
        if not noun.replace("-", "").isalpha() or noun != w.group():
            return _NOBODY
    return _NOBODY


_AGENT_NOUN_GOES_ON = word_set("members member leaders leadership lawmakers chairman chairwoman")


def _more_noun(text: str, pos: int, hi: int) -> bool:
    """Return whether the word after ``pos`` (before ``hi``) goes on a body's noun phrase with a person or another
    body ("the party leader", "the ministry spokesman", "the union members"), not a word that ends it ("the party
    as", "the party last week").

    >>> _more_noun("party leader said", 5, 17), _more_noun("party as a", 5, 10), _more_noun("party", 5, 5)
    (True, False, False)
    """
    m = _NONSPACE_RUN.search(text, pos, hi)
    word = m.group().lower().rstrip(".,;:!?") if m is not None else ""
    return word in ROLE_NOUNS or word in _ORG_NOUNS or word in _AGENT_NOUN_GOES_ON


def _passive_by(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 3b: a passive speech verb before the quote and "by <speaker>" right after it ("The talks were
    described as “productive” by Jo Bell").

    >>> t = 'It was described as “fair” by Jo Bell.'
    >>> _passive_by(t, _Index([Mention(30, 37, "Jo Bell", "person", {})]), _Place(20, 26, 0, len(t), 0, 0, 0)).start
    30
    >>> t = 'The sum “declared” by the US'
    >>> us = Mention(22, 28, "the US", "place", {"role": "Country; metonym for us-government"})
    >>> _passive_by(t, _Index([us]), _Place(8, 18, 0, len(t), 0, 0, 0)).start
    22
    """
    by = _BY.match(text, pl.qe, pl.pe)
    if by is None:
        return _touted_by(text, idx, pl)
    quoted_verb = pl.qe - pl.qs <= _LONGEST_VERB + 4 and text[pl.qs + 1 : pl.qe - 1].strip(".,").lower() in _REPORTING
    verbs = [] if quoted_verb else _verbs_before(text, pl.sent_start, pl.qs)
    if not quoted_verb and not verbs and not _passive_as(text, pl):
        return _NOBODY  # neither a speech verb before the quote nor one quoted ('“declared” by Bo')
    if (agent := _agent_after_by(text, idx, by.end(), pl.pe)).found:
        return agent  # "by Jo Bell", "by Rep. Jo Bell", "by the opposition party"
    m = idx.starting_at(by.end(), by.end())
    # "“declared” by the US", "called “unfair” by Seoul": a country that stands for its government, when the
    # speech verb is the quote or stands right before it (not "wrote that it was “owned” by the US")
    country = m is not None and "metonym for" in (m.value.get("role") or "")
    return _named(m) if m is not None and country and (quoted_verb or not verbs or verbs[0].end >= pl.qs - 12) else (
        _NOBODY)


def _passive_as(text: str, pl: _Place) -> bool:
    """Return whether the quote follows a passive participle of praising, blaming or naming and "as" ("The plan was
    hailed as “historic”", "The plan, slammed as “reckless”"): its agent after "by" says the words (speak54: main
    read only the participles of its speech verbs there).

    >>> t = 'It was hailed as “historic” by Al Roe.'
    >>> _passive_as(t, _Place(17, 27, 0, len(t), 0, 0, 0)), _passive_as('Al Roe hailed it as “historic”', _Place(20, 30,
    ...                                                                  0, 30, 0, 0, 0))
    (True, False)
    >>> t = 'It was welcomed as “fair” by Al Roe.'  # a participle of receiving (mend54s)
    >>> _passive_as(t, _Place(19, 25, 0, len(t), 0, 0, 0))
    True
    """
    words = text[max(pl.sent_start, pl.qs - win.PASSIVE_AS_BACK) : pl.qs].split()[-3:]
    return len(words) == 3 and words[2] == "as" and words[1].lower() in _AGENT_VERBS | _SPOKEN_OF | _RECEIVED_AS and (
        words[0].lower() in _PASSIVE_AUX or words[0].endswith(","))


# mend54s: participles of receiving or attacking that, with "as" and a quote, tell how the agent after "by" judged it
# ("The deal was welcomed as “fair” by the ministry", "attacked as “reckless” by Senator Bo")
_RECEIVED_AS = word_set("welcomed greeted attacked assailed applauded cheered")


_VIEW_FOR = re.compile(r"(?:(?:But|Yet|And|So)\s++)?+[Ff]or\s++")


def _view_for(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 3d: a sentence that opens "(But) for <speaker>," and goes straight on with the quote ("But for Al Roe, her
    counterpart, “the figure is absurd.”"): the view told as the speaker's; else nobody ("For Al Roe, the talks
    were “long”": words between, the writer's).

    >>> t = 'But for Al Roe, “it is absurd.”'
    >>> _view_for(t, _Index([Mention(8, 14, "Al Roe", "person", {})]), _Place(16, 31, 0, 31, 0, 0, 0)).start
    8
    """
    vm = _VIEW_FOR.match(text, pl.sent_start, pl.qs)
    m = idx.starting_at(vm.end(), vm.end()) if vm is not None else None
    if m is None or not _is_speaker(m) or m.end >= pl.qs:
        return _NOBODY
    gap = text[_past_aside(text, m.end, pl.qs) : pl.qs]
    return _named(m) if gap.strip() == "," or (not gap.strip() and text[m.end] == ",") else _NOBODY


# Participles of blaming, praising or naming whose agent, named right before the quote, says its words ("was accused
# by Bo of “bad faith”", "was praised by Bo as “a partner”"), and the prepositions that lead from the agent to them.
# Verbs of blame or praise (the one list: speak56 joined qfix50's list and speak55's _OCCASION_STANCE), which are also
# read as telling of words when their sentence names an occasion of speech (:func:`_active_on_occasion`)
_BLAME_PRAISE = word_set(
    "accused blamed criticized criticised condemned denounced faulted praised hailed lauded slammed blasted attacked "
    "decried lambasted assailed berated derided ridiculed mocked rejected dismissed disputed defended applauded "
    "commended welcomed touted")
_AGENT_VERBS = _BLAME_PRAISE | word_set(
    "warned urged called dubbed termed labeled labelled branded described "
    "confirmed announced declared proclaimed acknowledged characterized characterised portrayed depicted")  # qfix50:
# verbs of stating as well ("was confirmed by the ministry to be “...”", "was announced by Bo as “...”")
_AGENT_TO_WORDS = word_set("of as for")


def _agent_before(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 3c: the agent of a passive verb of blaming, praising or naming right before the quote, the verb's
    preposition between ("Bo was accused by Al Roe of “bad faith”", "praised by Defense Minister Al Roe as “...”"):
    the agent's words; else nobody (a place or body is read as a speaker too, as ``_passive_by`` reads one).

    >>> t = 'Bo was accused by Al Roe of “bad faith.”'
    >>> _agent_before(t, _Index([Mention(18, 24, "Al Roe", "person", {})]), _Place(28, 40, 0, 40, 0, 0, 0)).start
    18
    >>> t = 'Bo was accused of “bad faith” by Al Roe.'
    >>> _agent_before(t, _Index([Mention(33, 39, "Al Roe", "person", {})]), _Place(18, 29, 0, 40, 0, 0, 0)).found
    False

    A verb of stating and "to be" after the agent (qfix50):

    >>> t = 'The sum was confirmed by Al Roe to be “final.”'
    >>> _agent_before(t, _Index([Mention(25, 31, "Al Roe", "person", {})]), _Place(38, 46, 0, 46, 0, 0, 0)).start
    25
    """
    if (teller := _told_by_that(text, idx, pl)).found:
        return teller  # 'Bo was told by Al Roe that the plan was “...”': Al Roe's words (fix51s2)
    lo = max(pl.sent_start, pl.qs - win.AGENT_BEFORE_BACK)
    words = list(_NONSPACE_RUN.finditer(text, lo, pl.qs))
    to_be = len(words) >= 5 and words[-1].group() == "be" and words[-2].group() == "to"  # "confirmed by X to be"
    end = len(words) - 2 if to_be else len(words) - 1  # the preposition (or "to") right after the agent
    if len(words) < 4 or (not to_be and words[-1].group() not in _AGENT_TO_WORDS):
        return _NOBODY
    by = next((k for k in range(end - 1, max(0, end - 1 - _AGENT_WORDS), -1) if words[k].group() == "by"), 0)
    if by < 1 or words[by - 1].group().lower() not in _AGENT_VERBS:
        return _NOBODY
    agent = _agent_after_by(text, idx, words[by + 1].start(), words[end].start())
    capital = idx.starting_at(words[by + 1].start(), words[by + 1].start()) if not agent.found else None
    if capital is not None and "metonym for" in (capital.value.get("role") or ""):
        agent = _named(capital)  # "confirmed by Washington to be": a capital that stands for its government (qfix50)
    if not agent.found or text[agent.end : words[end].start()].strip():
        return _NOBODY  # "accused by Al Roe's aides of": the agent must end right before the preposition
    return agent


# "was told by" / "were told by" (or "is", "are", "had been"): a passive of telling, its agent after "by"
_TOLD_BY = re.compile(r"\b(?:was|were|is|are|been)[ \t]{1,3}+told[ \t]{1,3}+by[ \t]{1,3}+")
_TOLD_THAT_WORDS = 4  # words at most between the teller and "that" ("on Monday", "in a phone call")


def _told_by_that(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the teller of a passive "told" that opens the quote's sentence ('Bo was told by Al Roe that the plan
    was “on track”', 'Reporters were told by Al Roe on Monday that'): the agent after "by" (:func:`_agent_after_by`)
    tells the "that" clause the quote is in, not the one told (fix51s2). Else nobody: a speech verb before the
    passive ('Bo said he was told by Al Roe that': Bo relays it) or inside the clause before the quote ('that Jo
    called it “...”': Jo's), a teller no mention or body noun names ("told by reporters"), no "that" right after.

    >>> t = 'Bo Lin was told by Al Roe that the plan was “on track.”'; q = t.index("“")
    >>> ms = [Mention(0, 6, "Bo Lin", "person", {}), Mention(19, 25, "Al Roe", "person", {})]
    >>> _told_by_that(t, _Index(ms), _Place(q, len(t), 0, len(t), 0, 0, 0)).mention.exact
    'Al Roe'
    >>> t2 = t.replace("Al Roe", "Al Lee").replace("Bo Lin was", "He said Bo was")
    >>> _told_by_that(t2, _Index([]), _Place(t2.index("“"), len(t2), 0, len(t2), 0, 0, 0)).found
    False
    """
    told = _TOLD_BY.search(text, pl.sent_start, min(pl.qs, pl.sent_start + win.TOLD_BY_OPENS))
    if told is None or _VERB_WORD.search(text, pl.sent_start, told.start()) or _MARK.search(text, told.end(), pl.qs):
        return _NOBODY
    if _tag_after_comma(text, pl):
        return _NOBODY  # '... that the offer was “final,” Kim said.': the tag after the quote wins (mend51s2)
    agent = _agent_after_by(text, idx, told.end(), pl.qs)
    if not agent.found:
        return _NOBODY
    words = text[agent.end : pl.qs].split()
    k = next((k for k, w in enumerate(words[: _TOLD_THAT_WORDS + 1]) if w == "that"), -1)
    if k < 0 or any(not w.isalpha() for w in words[:k]) or _VERB_WORD.search(" ".join(words[k + 1 :])):
        return _NOBODY
    return agent


_TAG_SUBJECT_WORDS = 5  # words at most before the verb of a tag after a quote's comma ("a Blue House official said")


def _tag_after_comma(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` is closed by a comma and a tag follows: a few plain words and a speech verb
    (', Kim said.', ', a Hanul official said.', ', she recalled.') or "according to" (', according to two aides.'),
    not a clause joined by "and", "but" ... (', but Kim called it') (mend51s2).

    >>> def tag(t: str) -> bool:
    ...     return _tag_after_comma(t, _Place(t.index("“"), t.index("”") + 1, 0, len(t), 0, 0, 0))
    >>> tag("It is “final,” Kim said."), tag("It is “final,” according to aides."), tag("It is “fine,” she recalled.")
    (True, True, True)
    >>> tag("It is “dead,” but Kim called it alive."), tag("It is “final.” Kim said so."), tag("It is “fine,” I think.")
    (False, False, False)
    """
    inside = text[pl.qe - 2 : pl.qe - 1] == ","
    if not inside and text[pl.qe : pl.qe + 1] != ",":
        return False
    rest = text[pl.qe + (not inside) : min(pl.pe, pl.qe + win.THAT_AFTER)].lstrip()
    if _ACCORDING.match(rest):
        return True
    if _JOINED_CLAUSE.match(f", {rest}"):
        return False  # ', but Kim called it': a clause of its own, no tag
    for w in rest.split()[: _TAG_SUBJECT_WORDS + 1]:
        if _VERB_WORD.fullmatch(w.rstrip(".,;:")):
            return True
        if not w.replace("'", "").replace("’", "").replace("-", "").isalpha():
            return False  # a comma, a stop or a mark before any verb
    return False


# Passive participles of saying, naming or praising that credit the words before them to the agent after "by" ("the
# “golden age” touted by Jo Bell", "the “new deal,” hailed by Bo last week").
_TOUTED = word_set(
    "touted hailed trumpeted championed lauded extolled proclaimed coined praised advertised invoked espoused preached "
    "peddled"
)
# Participles of taking up a policy as one's own ('the “quiet waiting” pursued by Bo', '... maintained under the
# government of Bo'): the policy's name is its holder's, by the agent or under whose government it was kept (speak57)
_ADOPTED = word_set("pursued embraced adopted maintained practiced practised favored favoured")
_UNDER_GLUE = word_set("the administration government cabinet presidency rule of former late then")
_CLAUSE_STOPS = re.compile(r"[.;:!?\n]")


def _touted_by(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the agent of a passive participle of saying or praising after the quote in its clause ("the “golden
    age” much touted by Jo Bell"; over a second quote joined by "and"); a country stands for its government.

    >>> t = 'The “golden age” touted by Jo Bell never came.'
    >>> _touted_by(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(4, 16, 0, len(t), 0, 0, 0)).start
    27
    """
    by = text.find(" by ", pl.qe, min(pl.pe, pl.qe + win.TOUTED_REACH))
    under = _adopted_under(text, pl) if by < 0 else -1
    by = by if under < 0 else under
    if by < 0 or _CLAUSE_STOPS.search(text, pl.qe, by) or text[max(pl.qe, by - 12) : by].split()[-1:] == []:
        return _NOBODY
    verb = text[max(pl.qe, by - 12) : by].split()[-1].lower()
    if verb not in _TOUTED and verb not in _ADOPTED:
        return _NOBODY
    gap = len(" under ") if under >= 0 else len(" by ")
    for m in idx.first_between(by + gap, by + win.TOUTED_AGENT):
        titled = all(w[:1].isupper() or w in {"the", "former"} or (under >= 0 and w in _UNDER_GLUE)
                     for w in text[by + gap : m.start].split())  # "by Senator Bo", "under the government of Bo"
        if titled and (_is_speaker(m) or "metonym for" in (m.value.get("role") or "")):
            return _named(m)
        break
    return _NOBODY


def _adopted_under(text: str, pl: _Place) -> int:
    """Return where " under " stands right after a participle of _ADOPTED in the quote's clause ('the “quiet waiting”
    maintained under the government of Bo'), else -1.

    >>> t = 'It beat the “quiet waiting” maintained under Bo.'
    >>> t[_adopted_under(t, _Place(11, 27, 0, len(t), 0, 0, 0)) :]
    ' under Bo.'
    >>> _adopted_under('The “quiet waiting” ended under Bo.', _Place(4, 19, 0, 35, 0, 0, 0))
    -1
    """
    under = text.find(" under ", pl.qe, min(pl.pe, pl.qe + win.TOUTED_REACH))
    if under < 0 or text[max(pl.qe, under - 12) : under].split()[-1:] == []:
        return -1
    return under if text[max(pl.qe, under - 12) : under].split()[-1].lower() in _ADOPTED else -1


# Participles of stance or description whose subject is the one spoken of, not the speaker ('Bo was criticised as
# “reckless”': the words are a critic's; 'Bo was quoted as calling' is _passive_saying's, a speaker).
_SPOKEN_OF = word_set(
    "criticised criticized described branded called labelled labeled dubbed denounced slammed accused blasted mocked "
    "hailed praised lauded condemned derided nicknamed termed portrayed depicted characterised characterized ridiculed "
    "lambasted decried pilloried rebuked chided castigated vilified lampooned"
)
# "<subject>[, an aside,] was/were/is/are/has been [adverb] <participle>": read from a subject's end (bounded)
_PASSIVE_WORD = f"[a-z]{{{win.SPOKEN_OF_WORD_MIN},{win.SPOKEN_OF_WORD}}}+"  # a lowercase word of the passive's clause
_PASSIVE_OF = re.compile(
    rf"\s{{0,3}}+(?:,[^,\"“”]{{1,{win.SPOKEN_OF_ASIDE}}}+,\s{{0,3}}+)?(?:(?:has|have|had)\s++been|was|were|is|are|being)"
    rf"\s++(?P<verb>{_PASSIVE_WORD})\b(?:\s++(?P<next>{_PASSIVE_WORD})\b)?"
)
_BY_AGENT = re.compile(r"\bby\s++")
_AGAIN_SAYING = re.compile(r"\b(?:and|but|while|then)\b|[;.!?]")  # a new clause the subject may speak in (a colon
# opens the passive clause's quote: 'Bo was criticised by Al: "..."' is Al's)
# What the subject is spoken of for: its own words ("criticised for calling the deal", "praised for his pledge to",
# "slammed over saying", "accused of calling"); the quote after it is the subject's
_FOR_OWN_WORDS = re.compile(
    rf"\b(?:for|over|of)\s++(?:(?:his|her|their)\s++{_PASSIVE_WORD}\b|(?P<gerund>{_PASSIVE_WORD})\b)"
)
_AS_OR_COLON = re.compile(r"\bas\b|:")  # what opens the agent's words ('criticised by Al as “...”', 'by Al: "..."')


_JOINED_SUBJECT_WORDS = 5  # words at most of a joined clause's subject after its article ("a possible troop cut")
_JOINED_IRREGULAR = word_set("thought held said made put felt told")  # passive participles not in -ed/-en


def _passive_joined(text: str, lo: int, hi: int) -> bool:
    """Return whether a clause joined by ", and"/", but"/", while" opens between ``lo`` and ``hi`` (a quote) with a
    subject of its own, an article's noun phrase, and a passive verb ("..., and a possible troop cut is seen as
    part of the “...”"): the quote is in that clause, which no one before says (mend54s).

    >>> t = "Bo is pushing cuts, and a possible troop cut is seen as part of the plan"
    >>> _passive_joined(t, 2, len(t)), _passive_joined("Bo is pushing cuts, and is seen as the", 2, 38)
    (True, False)
    >>> t = "Bo is pushing cuts, and the cut is pushing the"; _passive_joined(t, 2, len(t))
    False
    """
    joined = last_match(_JOINED_CLAUSE, text, lo, hi)
    words = text[joined.end() : hi].split()[: _JOINED_SUBJECT_WORDS + 3] if joined is not None else []
    if not words or words[0].lower() not in {"a", "an", "the"}:
        return False
    k = next((i for i, w in enumerate(words[1:], 1) if w in {"is", "are", "was", "were"}), 0)
    verb = words[k + 1] if 1 < k < len(words) - 1 else ""
    verb = words[k + 2] if verb in {"being", "been"} and k + 2 < len(words) else verb
    return all(w.replace("-", "").isalnum() for w in words[1:k]) and verb.isalpha() and verb.islower() and (
        verb.endswith(("ed", "en", "wn")) or verb in _JOINED_IRREGULAR)


def _unless_spoken_of(text: str, idx: _Index, who: _Who, pl: _Place) -> _Who:
    """Return ``who``, unless it is the subject of a passive of stance or description that governs the quote at
    ``pl`` in one clause ('Bo was criticised as “reckless”'): then the agent after "by" (before the quote or right
    after it), else nobody.

    >>> t = 'Bo Ruhl was criticised as “reckless” in the press.'
    >>> bo = Mention(0, 7, "Bo Ruhl", "person", {})
    >>> _unless_spoken_of(t, _Index([bo]), _named(bo), _Place(26, 36, 0, len(t), 0, 0, 0)).found
    False
    >>> t = 'Bo Ruhl was criticised by Al Roe as “reckless.”'
    >>> al = Mention(26, 32, "Al Roe", "person", {})
    >>> _unless_spoken_of(t, _Index([bo, al]), _named(bo), _Place(36, 47, 0, len(t), 0, 0, 0)).mention.exact
    'Al Roe'
    >>> t = 'Bo Ruhl called the plan “reckless.”'
    >>> _unless_spoken_of(t, _Index([bo]), _named(bo), _Place(24, 35, 0, len(t), 0, 0, 0)).mention.exact
    'Bo Ruhl'
    """
    if who.found and who.end < pl.qs and _passive_joined(text, who.end, pl.qs):
        return _NOBODY  # "Bo is pushing cuts, and a cut is seen as part of the “...”": the joined clause's (mend54s)
    if not who.found or who.mention is None or not (who.end < pl.qs <= who.end + win.SPOKEN_OF_REACH):
        return who
    if _named_by_after(text, who.end, pl):
        return _NOBODY  # "The deal that Bo signed was called “a giveaway” by Al": the agent's (_passive_by), not Bo's
    pm = _PASSIVE_OF.match(text, who.end, pl.qs)
    if pm is None:
        return who
    adverb = pm.group("verb").endswith("ly") and pm.group("next")  # "was widely praised"
    verb, end = (pm.group("next"), pm.end("next")) if adverb else (pm.group("verb"), pm.end("verb"))
    if verb not in _SPOKEN_OF or _AGAIN_SAYING.search(text, end, pl.qs) or _for_own_words(text, end, pl.qs):
        return who
    by = _BY_AGENT.search(text, end, pl.qs) or _BY.match(text, pl.qe, pl.pe)
    agent = idx.starting_at(by.end(), by.end()) if by is not None else None
    if agent is None or not _is_speaker(agent) or (agent.start < pl.qs and not _AS_OR_COLON.search(text, end, pl.qs)):
        return _NOBODY  # 'Bo was criticised by Al, who called it “...”': the agent's words only after "as" or a colon
    return _named(agent)


def _named_by_after(text: str, end: int, pl: _Place) -> bool:
    """Return whether a passive participle of stance or description stands right before the quote at ``pl`` ("as"
    or adverbs between) and "by" right after it, past a subject that ends at ``end`` ('The deal that Bo signed was
    called “a giveaway” by Al', 'The plan, which Bo drafted, was denounced as “a disaster” by Al'): the words are the
    agent's, whom _passive_by reads, not those of anyone named before (review81).

    >>> t = "The deal that Bo signed was called “a giveaway” by Al."
    >>> _named_by_after(t, 16, _Place(35, 47, 0, len(t), 0, 0, 0)), _named_by_after(t, 16, _Place(35, 47, 0, 48, 0,
    ...     0, 0))
    (True, False)
    """
    if _BY.match(text, pl.qe, pl.pe) is None:
        return False
    words = [w for w in text[end : pl.qs].lower().split() if not (w.endswith("ly") and w.isalpha())]
    if words[-1:] == ["as"]:
        words.pop()
    return len(words) >= 2 and words[-1] in _SPOKEN_OF and words[-2] in _PASSIVE_AUX


def _for_own_words(text: str, lo: int, qs: int) -> bool:
    """Return whether "for/over/of" and a speech gerund or "his/her/their <noun>" stands between a passive of stance
    (ending at ``lo``) and the quote at ``qs`` with no "as" or colon after it: the subject is spoken of for its own
    words, which the quote gives ('Bo was criticised by Al for calling the deal “a disgrace”': Bo's words).

    >>> t = 'criticised by Al Roe for calling the deal “a disgrace.”'
    >>> _for_own_words(t, 10, t.index("“")), _for_own_words(t.replace("calling", "his stance, as"), 10, 46)
    (True, False)
    >>> _for_own_words('praised by Al for the delay: “..”', 7, 29), _for_own_words('hit for calling it “..”', 3, 19)
    (False, True)
    """
    m = _FOR_OWN_WORDS.search(text, lo, qs)
    if m is None or (m.group("gerund") and m.group("gerund") not in SPEAKING | _CLAUSE_PARTICIPLES):
        return False
    if m.group("gerund"):  # "for describing the offer as “...”": the gerund's own "as"
        return ":" not in text[m.end() : qs]
    return not _AS_OR_COLON.search(text, m.end(), qs)


_TRAILING_LABEL = re.compile(
    r"(?<![\s,])[’'\"”]?[\s,]*+(?::|(?:says?|said)\b)\s*+(?P<label>[^:;!?\"“”‘’]{2,60}?)[\s.]*+"
)


_HEADLINE_VERBS = word_set("says vows warns urges insists tells claims hints pledges admits denies calls sees wants")


def _headline_says(text: str, start: int, end: int) -> bool:
    """Return whether a headline's words before its quote hold a speech verb with words before it ("Leader says
    talks can end in"): the headline tells who spoke, so a credit after a colon names the outlet that reported it.

    >>> _headline_says("Hanul leader says talks can end in ", 0, 35), _headline_says("Seoul ", 0, 6)
    (True, False)
    """
    words = text[start:end].split() if end - start <= win.HEADLINE_LINE else []  # a long paragraph is no headline
    return any(w.lower() in _HEADLINE_VERBS or w.lower() in SPEECH_VERBS for w in words[1:])


def _headline_label(text: str, idx: _Index, pl: _Place, people: Sequence[Mention]) -> _Who:
    """Rule 2e: a headline that names its speaker after the quote ("Seoul ‘can pay more’: US envoy", "‘We are
    close’, says official"): a name there, or the one person of the text whose role has the label's last word.

    >>> t = "Seoul ‘can pay more’: US envoy" + 2 * chr(10) + "Jo Bell, the U.S. envoy, spoke."
    >>> ms = [Mention(32, 39, "Jo Bell", "person", {"role": "the U.S. envoy"})]
    >>> _headline_label(t, _Index(ms), _Place(6, 20, 0, 30, 0, 0, 0), ms).start
    32
    """
    if pl.pe - pl.qe > win.HEADLINE_LINE:
        return _NOBODY  # a label ends its headline line: a longer rest is no label (and a run-on line stays linear)
    lab = _TRAILING_LABEL.fullmatch(text, pl.qe, pl.pe)
    if lab is None or len(lab.group("label").split()) > 5:
        return _NOBODY
    if ":" in text[pl.qe : lab.start("label")] and _headline_says(text, pl.ps, pl.qs):
        return _NOBODY  # "Leader says ... ‘...’: Lumen Daily": the outlet reported what the leader said
    return _label_speaker(text, idx, people, lab.start("label"), lab.end("label"))


def _leading_label(text: str, idx: _Index, pl: _Place, people: Sequence[Mention]) -> _Who:
    """Rule 2f: a headline that names its speaker in a label before a colon ahead of the quote ("Official: offer
    'not enough'", "Seoul's Jo: 'No deal yet'"): a person named by the label's last word, else the one person whose
    role holds the label's role noun (_role_holder); nobody for a role with no holder (tests/test_quotes42.py
    HEADLINE_ROLE) or a section label ("Analysis:", "Exclusive:").

    >>> t = "Seoul's Jo: 'No deal'" + 2 * chr(10) + "Jo Mirae spoke."
    >>> ms = [Mention(8, 10, "Jo", "person", {}), Mention(23, 31, "Jo Mirae", "person", {})]
    >>> _leading_label(t, _Index(ms), _Place(12, 21, 0, 21, 0, 0, 0), ms).start
    8
    """
    colon = text.find(": ", pl.ps, min(pl.qs, pl.ps + win.LEADING_LABEL_CHARS + 2))  # bounded: a label is short
    words = text[pl.ps : colon].split() if 0 < colon - pl.ps <= win.LEADING_LABEL_CHARS else []
    if not 1 <= len(words) <= win.LEADING_LABEL_WORDS:
        return _NOBODY
    last = text.rfind(words[-1], pl.ps, colon)
    m = idx.starting_at(last, last)
    if m is not None and m.kind == "person" and _is_speaker(m):
        return _Who("colon", m, m.start, m.end)  # "Seoul's Jo:": the person the label ends on
    named = _people_named_with(idx, people, words[-1])
    if len(named) == 1 and words[-1][:1].isupper():  # the label's surname is one person's the body names in full
        holder = next(iter(named.values()))
        return _Who("colon", holder, holder.start, holder.end)
    holder = _role_holder(text, people, words[-1].lower()) if words[-1].lower() in ROLE_NOUNS else None
    return _NOBODY if holder is None else _Who("colon", holder, holder.start, holder.end)  # the one holder of it


def _people_named_with(idx: _Index, people: Sequence[Mention], word: str) -> dict[str, Mention]:
    """Return the full names of ``people`` that hold ``word`` as one of their words, each with its first mention.
    The table is made once per list of people (a headline of many quotes asked it per quote over every person: a
    read quadratic in the text, 8.3 s at 200 KB of 'Report: Kim on the 6th said "no" and ...').

    >>> ms = [Mention(0, 8, "Jo Mirae", "person", {"name": "Jo Mirae"}), Mention(9, 11, "Jo", "person", {})]
    >>> list(_people_named_with(_Index(ms), ms, "Jo")), _people_named_with(_Index(ms), ms, "Mi")
    (['Jo Mirae'], {})
    """
    if idx.name_words is None or idx.name_words[0] is not people:
        table: dict[str, dict[str, Mention]] = {}
        for p in people:
            name = p.value.get("name")
            for w in (name or "").split():
                table.setdefault(w, {}).setdefault(name, p)
        idx.name_words = (people, table)
    return idx.name_words[1].get(word, {})


#: Verbs by which a clause's subject receives or meets what a colon then lists: its words are someone else's (review16).
_RECEIVING = word_set("faced faces facing received receives receiving got gets heard hears read reads saw sees "
                      "handed given sent shown served presented")


def _colon_before(text: str, idx: _Index, pps: int, ppe: int, back: int) -> _Who:
    """Rule 5b: the paragraph before ends "<name> replied:" (or "said <name>:", or with no speech verb "<name> listed
    three demands:": the clause's subject); the quote opens this one."""
    if ppe <= pps or text[ppe - 1] != ":":
        return _NOBODY
    verbs = _verbs_before(text, pps, ppe - 1)
    if not verbs:  # "Jo Bell listed three demands:" ¶ "...": the subject of the clause the colon ends
        opens = _last_sentence_start(text, max(pps, ppe - win.LAST_SENTENCE_BACK), ppe)
        if any(w.lower() in _RECEIVING for w in _WORD.findall(text, opens, ppe)):
            return _NOBODY  # "Jo Bell faced three demands from the union:": what follows is not the subject's
        who = _clause_subject(text, idx, opens, ppe - 1)
        return replace(who, attribution="colon") if who.found and who.mention is not None else _NOBODY
    bm = verbs[0]
    who = _postmodified_holder(text, _subject_before(text, idx, bm.start, pps, back), pps)  # "Experts at X said:"
    if not who.found:
        who = _subject_after(text, idx, bm.end, ppe)
    if not who.found:
        who = _clause_subject(text, idx, pps, bm.start)
    if not who.found:
        who = _pair_phrase(text, pps, bm.start)  # "The two officials said:" ¶ "...": the pair named before
    if who.attribution == "pronoun":
        return who  # "She said:" ¶ "...": resolved as any pronoun
    return replace(who, attribution="colon") if who.found else _NOBODY


def _pair_phrase(text: str, floor: int, verb_start: int) -> _Who:
    """Return "the two <people>" or "both <people>" opening the sentence of a speech verb at ``verb_start`` (a pair
    the text named before, which the context resolves: :func:`_two_of_them`), else nobody.

    >>> t = "The two officials said:"
    >>> w = _pair_phrase(t, 0, t.index("said")); t[w.start : w.end]
    'The two officials'
    >>> _pair_phrase("The two reports said:", 0, 16).found, _pair_phrase("The officials said:", 0, 14).found
    (False, False)
    """
    start = _last_sentence_start(text, max(floor, verb_start - win.PAIR_PHRASE_BACK), verb_start)
    end = _stripped_end(text, verb_start)
    words = text[start:end].lower().split()
    if end <= start or not _two_of_them(text, start, end) or words[0] not in ("the", "both") or \
            (words[-1] not in _PEOPLE_PLURALS and words[-1] not in _PLURAL_PEOPLE_WORDS):
        return _NOBODY  # "The two reports said:": no people
    return _Who("descriptor", None, start, end)


def _continues(prev: Quote | None, pl: _Place, text: str, ppe: int) -> bool:
    """Rule 5a: the quote opens its paragraph and continues the previous paragraph's speaker: that paragraph
    ended inside an unclosed quote, or this paragraph is all quote after an attributed quote.

    >>> t = '"We did," Bo said.' + 2 * chr(10) + '"And we will."' + 2 * chr(10) + '"No," Al said.'
    >>> q = Quote(0, 9, '"We did,"', {"attribution": "named", "closed": True})
    >>> _continues(q, _Place(20, 34, 20, 34, 1, 20, 0), t, 18), _continues(q, _Place(36, 41, 36, 50, 2, 36, 0), t, 34)
    (True, False)
    """
    if prev is None:
        return False
    if prev.end == ppe and not prev.value.get("closed", True):
        return True
    all_quote = pl.qe >= pl.pe - 1 or not text[pl.qe : pl.pe].strip(" .") or _quiet_tail(text, pl)
    return all_quote and prev.value["attribution"] != "none"


def _quiet_tail(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` is a whole sentence opening its paragraph and the sentences after it say
    nothing of speech (no speech verb, no other quote): '“We will wait.” Jo Bell was not present.' still continues
    the speaker of the paragraph before.

    >>> t, u = '“We will wait.” Jo Bell was not present.', '“We wait.” Jo Bell said so.'
    >>> _quiet_tail(t, _Place(0, 15, 0, len(t), 1, 0, 0)), _quiet_tail(u, _Place(0, 10, 0, len(u), 1, 0, 0))
    (True, False)
    """
    if pl.qs != pl.ps or text[pl.qe - 2 : pl.qe - 1] not in _STOPS:
        return False
    return _VERB_WORD.search(text, pl.qe, pl.pe) is None and _MARK.search(text, pl.qe, pl.pe) is None


def _reported_after(text: str, idx: _Index, prev: Quote, pps: int, ppe: int) -> _Who:
    """Return the speaker whose words the paragraph before reports in its last sentence, after that paragraph's quote
    ``prev``, when it is someone other than ``prev``'s speaker ('"...," Bo said. Al Roe said the talks were hard. ¶
    "..."': the last person told of as speaking goes on, not the earlier quote's), else nobody.

    >>> t = '"We sign," Bo Kim said. Al Roe said it was hard.' + 2 * chr(10) + '"We get there."'
    >>> ms = [Mention(11, 17, "Bo Kim", "person", {}), Mention(24, 30, "Al Roe", "person", {})]
    >>> q = Quote(0, 10, t[:10], {"closed": True}, ms[0])
    >>> _reported_after(t, _Index(ms), q, 0, 48).start
    24
    """
    last = _last_sentence_start(text, max(pps, ppe - win.LAST_SENTENCE_BACK), ppe)
    if not prev.value.get("closed", True) or prev.end > last:
        return _NOBODY  # an open quote runs on; a quote in the last sentence is the last speaker's own
    who = _reported_before(text, idx, pps, ppe)
    if not who.found or who.mention is None or who.attribution == "pronoun":
        return _NOBODY
    earlier = prev.speaker_mention or prev.antecedent
    return _NOBODY if earlier is not None and _named_in([earlier]) & _named_in([who.mention]) else who


def _all_quote(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` is its whole paragraph.

    >>> pl = _Place(0, 10, 0, 19, 1, 0, 0)
    >>> _all_quote('"We will." Bo said.', pl), _all_quote('"We will."', pl._replace(pe=10))
    (False, True)
    """
    return pl.qs == pl.ps and (pl.qe >= pl.pe - 1 or not text[pl.qe : pl.pe].strip(" ."))


def _reported_before(text: str, idx: _Index, pps: int, ppe: int) -> _Who:
    """Rule 5c: a paragraph of quote alone after a paragraph whose last sentence reports a speaker's words
    ("Bo said the talks were hard." then '"We will get there."'; "Bo rejected it, saying the talks were hard."):
    the quote goes on in that speaker's voice.

    >>> t = 'Jo Bell said the talks were hard.' + 2 * chr(10) + '"We will get there."'
    >>> _reported_before(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, 33).start
    0
    >>> t = 'Critics of Jo Bell say the talks were hard.' + 2 * chr(10) + '"We will get there."'
    >>> _reported_before(t, _Index([Mention(11, 18, "Jo Bell", "person", {})]), 0, 43).found  # whom they speak of
    False
    """
    lo = max(pps, ppe - win.LAST_SENTENCE_BACK)  # a bounded look back: linear however long the paragraph
    last = _last_sentence_start(text, lo, ppe)
    spoken = _occasion_told(text, last, min(ppe, last + win.REPORTED_VERB))  # "in a speech" (speak55)
    for vm in _VERB_WORD.finditer(text, last, min(ppe, last + win.REPORTED_VERB)):
        saying = vm.group().lower() == "saying" and text[last : vm.start()].rstrip().endswith(",")
        if vm.group().lower() not in SPEECH_VERBS and not saying and not _active_on_occasion(text, last, vm, spoken):
            continue  # "reaffirmed that ...": a stance, not words; "criticized it in a speech": the speech's words
        # ", saying" after another verb ("The ministry rejected it, saying ..."): its clause's subject reports
        who = _clause_subject(text, idx, last, vm.start()) if saying else _subject_before(text, idx, vm.start(), last,
                                                                                          pps)
        spoken_of = who.mention is not None and who.mention.kind == "person" and not who.mention.value.get(
            "descriptor") and _spoken_to_or_of(text, who.mention)
        return _NOBODY if spoken_of else who  # "Critics of Bo say ...": not Bo
    return _occasion_subject(text, idx, last, min(ppe, last + win.REPORTED_VERB)) if spoken else _NOBODY


# speak55: an occasion of speech in a reporting sentence ("in a speech", "during an interview with", "in her letter
# to"): a verb of blame or praise there ("criticized the plan in a speech on the floor") reports words, which a
# paragraph of quote alone after it goes on with
# The occasions of speech a sentence names (the one list: speak56 joined speak55's and qintro53's _INTRO_FRONT nouns)
_SPEECH_OCCASIONS = (
    r"(?:interview|statement|post|speech|address|letter|message|tweet|video|briefing|op-ed|column|commentary|remarks"
    r"|testimony|essay|(?:press|news)[ \t]++conference|forum|hearing|appearance|broadcast|podcast|announcement)"
)
_OCCASION = re.compile(
    rf"\b(?:in|during)\s++(?:(?:an?|his|her|their|its|the)\s++(?:[\w-]++\s++){{0,3}}?)?{_SPEECH_OCCASIONS}\b"
)
# An occasion someone else holds: "during the speech by the minister", "in a letter from Washington"
_OCCASION_OF_OTHER = re.compile(r"\s{1,3}+(?:by|from)\b")


def _occasion_told(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` tells of an occasion of speech (:data:`_OCCASION`) not held by someone the
    sentence names after it ("in a speech by the minister", "in a letter from Washington") (speak55).

    >>> t = "Bo slammed it in a letter to Al. Bo got it in a letter from Al."
    >>> _occasion_told(t, 0, 32), _occasion_told(t, 33, len(t))
    (True, False)
    """
    return any(_OCCASION_OF_OTHER.match(text, m.end(), hi) is None for m in _OCCASION.finditer(text, lo, hi))


def _active_on_occasion(text: str, last: int, vm: re.Match[str], spoken: bool) -> bool:
    """Return whether the verb ``vm`` of a paragraph's last sentence (from ``last``) reports words because the sentence
    tells of an occasion of speech (``spoken``: :func:`_occasion_told`) and the verb is one of blame or praise
    (:data:`_BLAME_PRAISE`), active, no copula before it ("Bo criticized the plan in a speech" reports Bo's words;
    "Bo was criticized in a speech" someone else's; "Bo quoted Al in a column" Al's) (speak55).

    >>> t = "Bo criticized the plan in a speech."
    >>> _active_on_occasion(t, 0, _VERB_WORD.search(t), True), _active_on_occasion(t, 0, _VERB_WORD.search(t), False)
    (True, False)
    >>> t = "Bo was criticized in a speech."
    >>> _active_on_occasion(t, 0, _VERB_WORD.search(t), True)
    False
    """
    if not spoken or vm.group().lower() not in _BLAME_PRAISE:
        return False
    before = text[max(last, vm.start() - win.VERB_WORD) : vm.start()].split()
    return before[-1:] != [] and before[-1].lower() not in (_COPULAS | {"been", "are", "is"})


def _occasion_subject(text: str, idx: _Index, last: int, hi: int) -> _Who:
    """Return the subject of a sentence (from ``last`` to ``hi``) that tells of an occasion of speech with a verb of
    blame or praise (:data:`_BLAME_PRAISE`) that no list of speech verbs holds ("Bo slammed the cuts in a letter to
    Al", "The union denounced them in a statement"): a person's or a body's mention that opens the sentence, a title
    at most before it, and the verb right after it (speak55); else nobody ("Bo listened during the speech").

    >>> t = "Governor Bo Tam slammed the cuts in a letter to Al."
    >>> _occasion_subject(t, _Index([Mention(9, 15, "Bo Tam", "person", {})]), 0, len(t)).start
    9
    >>> t = "Critics of Bo Tam slammed the cuts in a letter."
    >>> _occasion_subject(t, _Index([Mention(11, 17, "Bo Tam", "person", {})]), 0, len(t)).found
    False
    >>> t = "Governor Bo Tam listened during the speech."
    >>> _occasion_subject(t, _Index([Mention(9, 15, "Bo Tam", "person", {})]), 0, len(t)).found
    False
    """
    verb = _FIRST_LOWER.search(text, last, hi)  # the sentence's first lowercase word: its verb, in the past
    if verb is None or verb.group() not in _BLAME_PRAISE:
        return _NOBODY
    m = next(iter(idx.ending_before(verb.start(), last, most=1)), None)
    if m is None or not _is_speaker(m) or m.value.get("descriptor") or text[m.end : verb.start()].strip():
        return _NOBODY
    if not _opens_sentence(text, last, m):
        return _NOBODY  # "Critics of Bo": Bo is no subject; "The", a title or nothing before the name
    return _named(m)


def _opens_sentence(text: str, last: int, m: Mention) -> bool:
    """Return whether ``m`` opens the sentence from ``last``: at most two capitalised words ("The", a title) before it.

    >>> _opens_sentence("Gen. Jo Bell spoke.", 0, Mention(5, 12, "Jo Bell", "person", {}))
    True
    >>> _opens_sentence("Critics of Jo Bell spoke.", 0, Mention(11, 18, "Jo Bell", "person", {}))
    False
    """
    ahead = text[last : m.start].split()
    return len(ahead) <= 2 and all(w[:1].isupper() for w in ahead)


_FIRST_LOWER = re.compile(r"\b[a-z]{3,20}+\b")


_WH_OBJECT = word_set("what which that whom")
_BEFORE_LABEL = word_set("as a an the")  # "described as", "called the “...”"


def _relative_namer(text: str, idx: _Index, qs: int, floor: int) -> _Who:
    """Return the name that is the subject of a relative or "what" clause whose naming verb stands right before the
    quote at ``qs`` ("in what Jo Bell called “...”", "the offer, which Jo Bell had called “...”"): the namer, not
    the main clause's subject; else nobody (``floor``: the sentence's start).

    >>> t = "Al left the offer, which Jo Bell called “fair.”"
    >>> _relative_namer(t, _Index([Mention(0, 2, "Al", "person", {}), Mention(25, 32, "Jo Bell", "person", {})]),
    ...                 t.index("“"), 0).start
    25
    >>> _relative_namer("Al called it “fair.”", _Index([Mention(0, 2, "Al", "person", {})]), 13, 0).found
    False
    """
    words = text[max(floor, qs - win.RELATIVE_NAMER_BACK) : qs].split()
    while words and words[-1].lower() in _BEFORE_LABEL:
        words.pop()
    if len(words) >= 2 and words[-1] == "to" and words[-2].lower() in _REFER:
        words.pop()  # "that both sides refer to as “...”": "refer to as" names as "call" does
    if not words or words[-1].lower() not in _NAMING_VERBS | _REFER:  # "what the officials call “...”"
        return _NOBODY
    verb = text.rfind(words[-1], floor, qs)
    if (pronoun := _relative_pronoun_namer(text, words[:-1], floor, verb)).found:
        return pronoun  # "Kim, who he once dubbed “Rocket Man”": whom "he" points back to
    if (pair := _relative_pair_namer(text, words[:-1], floor, verb)).found:
        return pair  # "the alliance that both sides regularly refer to as “...”": the pair
    near = idx.ending_before(verb, max(floor, verb - win.RELATIVE_NAMER_NAME), 1)
    if not near or not _is_speaker(near[0]) or text[near[0].end : verb].strip() not in _PERFECT | {""}:
        return _NOBODY
    before = text[max(floor, near[0].start - win.PREP_BACK) : near[0].start].split()
    while before and before[-1][:1].isupper() and before[-1].lower() not in _WH_OBJECT:
        before.pop()  # a title before the name ("which Defense Secretary Jo Bell called")
    return _named(near[0]) if before and before[-1].lower() in _WH_OBJECT else _NOBODY


_WH_PERSON = word_set("who whom")
_NAMER_ADVERBS = _PERFECT | word_set("once later then also first")


_REFER = word_set("refer refers referred")
_PAIR_ADVERBS = _NAMER_ADVERBS | word_set("often always still")  # with any "-ly" adverb, before a pair's naming verb


def _relative_pair_namer(text: str, words: list[str], floor: int, verb: int) -> _Who:
    """Return "both <plural>" or "the two <plural>" as the subject of a relative clause whose naming verb starts at
    ``verb`` (``words``: the sentence's words before it), right after "that"/"which"/"what" and before adverbs at
    most ("the alliance that both sides regularly refer to as “...”"): the pair names it; else nobody.

    >>> t = "the pact that both sides often call"
    >>> w = _relative_pair_namer(t, t.split()[:-1], 0, t.index("call")); t[w.start : w.end]
    'both sides'
    >>> t = "a pact which the two sides call"
    >>> w = _relative_pair_namer(t, t.split()[:-1], 0, t.index("call")); t[w.start : w.end]
    'the two sides'
    >>> t = "both sides said the pact, which they call"
    >>> _relative_pair_namer(t, t.split()[:-1], 0, t.index("call")).found
    False
    """
    k = len(words)
    while k > 0 and (words[k - 1].lower() in _PAIR_ADVERBS or words[k - 1].endswith("ly")) and k > len(words) - 2:
        k -= 1
    size = 3 if k >= 3 and words[k - 3].lower() == "the" and words[k - 2] == "two" else 2
    if k < size + 1 or words[k - 1][-1:] != "s" or words[k - size].lower() != ("both" if size == 2 else "the") or \
            words[k - size - 1].lower() not in _WH_OBJECT:
        return _NOBODY
    phrase = " ".join(words[k - size : k])
    at = text.rfind(f" {phrase} ", floor, verb) + 1
    return _Who("descriptor", None, at, at + len(phrase)) if at > 0 else _NOBODY


def _relative_pronoun_namer(text: str, words: list[str], floor: int, verb: int) -> _Who:
    """Return the "he"/"she" that is the subject of a relative clause whose naming verb starts at ``verb``
    (``words``: the sentence's words before it), right after "who"/"whom"/"which"/"that" and before an adverb or a
    perfect at most ("Kim, who he once dubbed “Rocket Man”"): a pronoun to resolve, the namer; else nobody (a
    "who" that is itself the subject: "Kim, who once dubbed him “...”").

    >>> t = "Kim, who he once dubbed"
    >>> w = _relative_pronoun_namer(t, t.split()[:-1], 0, t.index("dubbed")); (w.attribution, t[w.start : w.end])
    ('pronoun', 'he')
    >>> _relative_pronoun_namer("Kim, who once dubbed", "Kim, who once".split(), 0, 14).found
    False
    """
    if words and words[-1].lower() in _NAMER_ADVERBS:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in {"he", "she"} or words[-2].lower() not in _WH_OBJECT | _WH_PERSON:
        return _NOBODY
    at = text.rfind(f" {words[-1]} ", floor, verb) + 1
    return _Who("pronoun", None, at, at + len(words[-1])) if at > 0 else _NOBODY


# Verbs of asking for or saying words, whose subject in a relative clause right after a quote owns its words ("the
# ‘50% increase’ that Jo Bell requested")
_ASKING_FOR = word_set(
    "requested demanded proposed sought wanted said mentioned promised offered suggested floated cited")
_TAKING_CLAUSE = word_set("said mentioned cited")  # of them, verbs that may take a clause ("X said Bo wanted")
# "that" with no comma before it (a comma, in the quote or after it, makes "that" a conjunction: "was “a win,” that Bo
# offered ..."); "which" after a comma too
_RELATIVE_AFTER = re.compile(r"(?:\s{1,3}+that|[\s,]{0,3}+which)[ \t]++")
# words that may follow the relative's verb when it has no object of its own ("that Bo demanded last year")
_NO_OBJECT_AFTER = word_set("last this earlier again ago too then and but or as when while")
_RELATIVE_TITLE = frozenset(["former", "then", "the", "of"])


# "used the term", "has repeatedly used the phrase", "coined the word" right before the quote
_TERM_USED = re.compile(
    r"\b(?:used|uses|use|using|coined|coins|chose|invoked|invokes|employed|employs)\s+the\s+"
    r"(?:term|word|phrase|expression|label|slogan|moniker)\s*+,?\s*+\Z"
)


def _term_user(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the person or body named as the subject of "used the term" (``_TERM_USED``) right before the quote: the
    term is theirs, even inside another's reported speech ('An official said that although Jo Bell used the term
    “lead,” ...': Bell's word, the official relays it); adverbs and auxiliaries may stand between ("Bo has rarely used
    the phrase"). Nobody when no name ends right before the verb ("he used", "the aide used": other rules read them).

    >>> from analysis.extract.entities import find_entities
    >>> t = "An official said that although Jo Bell used the term “lead,” it meant more."
    >>> qs = t.index("“")
    >>> _term_user(t, _Index(find_entities(t)), _Place(qs, qs + 8, 0, len(t), 0, 0, 0)).mention.exact
    'Jo Bell'
    >>> t = "An official said that although Jo Bell avoided the term “lead,” it meant more."
    >>> _term_user(t, _Index(find_entities(t)), _Place(qs + 3, qs + 11, 0, len(t), 0, 0, 0)).found
    False
    """
    m = _TERM_USED.search(text, max(pl.sent_start, pl.qs - win.TERM_USED_BACK), pl.qs)
    if m is None:
        return _NOBODY
    for who in idx.ending_before(m.start(), max(pl.sent_start, m.start() - win.TERM_USER_BACK), 3):
        if _is_speaker(who) and _FILLER.match(text, who.end, m.start()) is not None:
            return _named(who)
        break
    return _NOBODY


def _object_relative(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject of a relative clause right after the quote whose verb asks for or says it ("the ‘50%
    increase’ that former President Jo Bell initially requested"): the asker owns the words (fresh77q); else nobody.

    >>> t = "It nears the ‘50% rise’ that former President Jo Bell requested."
    >>> ms = _Index([Mention(46, 53, "Jo Bell", "person", {})])
    >>> _object_relative(t, ms, _Place(13, 23, 0, len(t), 0, 0, 0)).start
    46
    >>> t = "It nears the ‘50% rise’ that Jo Bell rejected."
    >>> ms = _Index([Mention(29, 36, "Jo Bell", "person", {})])
    >>> _object_relative(t, ms, _Place(13, 23, 0, len(t), 0, 0, 0)).found
    False

    A quoted modifier of a noun the relative's subject judges is the judge's word ("the “unfair” deal Jo Bell has
    attacked", with or without "that"; :func:`_judged_relative`).

    >>> t = "The “unfair” deal Jo Bell has attacked stays."
    >>> bell = _Index([Mention(18, 25, "Jo Bell", "person", {})])
    >>> _object_relative(t, bell, _Place(4, 12, 0, len(t), 0, 0, 0)).start
    18
    """
    m = _RELATIVE_AFTER.match(text, pl.qe, pl.pe)
    if m is None:
        owner = _noun_owner_after(text, idx, pl)  # "the “fair share” demand by Jo Bell"
        return owner if owner.found else _judged_relative(text, idx, pl)
    if m.group().strip() == "that" and text[pl.qe - 2 : pl.qe - 1] in {",", ";"}:
        return _NOBODY  # no relative, or "that" after a comma: a conjunction ("was “a win,” that Bo offered ...")
    for n in idx.first_between(m.end(), min(pl.pe, m.end() + win.RELATIVE_SUBJECT_AFTER))[:1]:
        lead = text[m.end() : n.start].split()
        if not _is_speaker(n) or not all(w[:1].isupper() or w.lower() in _RELATIVE_TITLE for w in lead):
            return _NOBODY
        words = [w for w in text[n.end : min(pl.pe, n.end + win.RELATIVE_VERB_AFTER)].split()
                 if not (w.endswith("ly") and w.islower()) and w not in _AUXILIARIES and w != "long"]  # fmt: skip
        if words and (verb := words[0].rstrip(".,;")) in _ASKING_FOR:
            at = text.find(verb, n.end, pl.pe) + len(verb)
            return _named(n) if _no_object_after(text, at, pl.pe, verb in _TAKING_CLAUSE) else _NOBODY
    return _NOBODY


# A lower-case noun right after a quote and the relative clause on it, "that" or none ("“unfair” deal (that) Bo")
_NOUN_RELATIVE = re.compile(r"(?<![ \t])[ \t]++[a-z]{2,20}+(?:[ \t]++that)?+[ \t]++")
_KEEPS = word_set("keeps kept continues continued")  # "the “rich” ally Bo keeps talking about"
# verbs of turning a thing down: a relative with one on a quote's noun names no owner of the quote (fresh77q)
_REFUSING = word_set("reject rejects rejected dismiss dismisses dismissed spurn spurns spurned refuse refuses refused "
                     "oppose opposes opposed scorn scorns scorned")


# A noun of words or stance right after a quote, then "by/from/of" and its owner ("the “fair” demand by Bo")
_NOUN_BY = re.compile(r"(?<![ \t])[ \t]++(?P<noun>[a-z]{3,20}+)[ \t]++(?:by|from|of)[ \t]++")
_OWNED_WORDS_NOUNS = _CLAIM_NOUNS | word_set(
    "label labels charge charges agenda slogan slogans mantra rhetoric refrain demands pledges jibe barb insult")


def _noun_owner_after(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the person a noun of words or stance after the quote names as its owner with "by", "from" or "of"
    ("the “fair share” demand by Jo Bell", "the “freeloader” label from Senator Jo Bell"): the owner's words; else
    nobody ("the “fair share” talks with Jo Bell", "the “fair share” demand of the allies").

    >>> t = "The “fair share” demand by Jo Bell stands."
    >>> bell = _Index([Mention(27, 34, "Jo Bell", "person", {})])
    >>> _noun_owner_after(t, bell, _Place(4, 16, 0, len(t), 0, 0, 0)).start
    27
    """
    m = _NOUN_BY.match(text, pl.qe, pl.pe)
    if m is None or m.group("noun") not in _OWNED_WORDS_NOUNS:
        return _NOBODY
    for n in idx.first_between(m.end(), min(pl.pe, m.end() + win.RELATIVE_SUBJECT_AFTER))[:1]:
        lead = text[m.end() : n.start].split()
        if n.kind == "person" and _is_speaker(n) and all(_title_word(w) for w in lead):
            return _named(n)
    return _NOBODY


def _judged_relative(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject of a relative clause on the noun a quote modifies (with or without "that") whose verb
    judges, asks for or mentions it ("the “unfair” deal Jo Bell has attacked", "the “rich” ally that Bo keeps
    talking about"): the quote is that subject's word for the noun; else nobody ("the “fair share” talks Bo
    attended": no saying; "the “cost plus 50” plan Bo rejected": a verb of refusing, :data:`_REFUSING`).

    >>> t = "The “rich” ally Bo keeps talking about balked."
    >>> _judged_relative(t, _Index([Mention(16, 18, "Bo", "person", {})]), _Place(4, 10, 0, len(t), 0, 0, 0)).start
    16
    >>> t = "The “fair share” talks Bo attended ended."
    >>> _judged_relative(t, _Index([Mention(23, 25, "Bo", "person", {})]), _Place(4, 16, 0, len(t), 0, 0, 0)).found
    False
    """
    m = _NOUN_RELATIVE.match(text, pl.qe, pl.pe)
    n = _titled_relative_subject(text, idx, m.end(), pl.pe) if m is not None else None
    if n is None or n.kind != "person" or not _is_speaker(n):
        return _NOBODY
    words = [w for w in text[n.end : min(pl.pe, n.end + win.RELATIVE_VERB_AFTER)].split()
             if not (w.endswith("ly") and w.islower()) and w not in _AUXILIARIES and w not in _KEEPS]  # fmt: skip
    verb = words[0].rstrip(".,;") if words else ""
    if verb in _REFUSING:  # first: some refusing verbs are also judging ones
        return _NOBODY  # "the “cost plus 50” formula that Bo rejected": refusing a thing names no owner of its words
    if verb not in _ASKING_FOR and verb not in _JUDGING_VERBS and verb not in _MENTIONING and verb != "railed" and (
            verb not in _ADOPTED):  # speak57: "the “all-in-one” talks Bo has pursued": the pursuer's name for them
        return _NOBODY
    at = text.find(verb, n.end, pl.pe) + len(verb)
    main = [w.rstrip(".,;") for w in text[at : at + win.RELATIVE_OBJECT_AFTER].split()[:1]] in (
        ["remains"], ["remain"], ["stays"], ["stay"])  # the main clause's verb: the relative has no object
    return _named(n) if main or _no_object_after(text, at, pl.pe, verb in _TAKING_CLAUSE) else _NOBODY


def _titled_relative_subject(text: str, idx: _Index, at: int, end: int) -> Mention | None:
    """Return the mention that opens a relative clause at ``at``, past a title of capitalised words or
    _RELATIVE_TITLE's ("the “all-in-one” talks Prime Minister Jo Bell has pursued": Jo Bell), else None (speak57).

    >>> t = "the talks Prime Minister Jo Bell has pursued"
    >>> _titled_relative_subject(t, _Index([Mention(25, 32, "Jo Bell", "person", {})]), 10, len(t)).exact
    'Jo Bell'
    >>> t = "the talks with Jo Bell"
    >>> _titled_relative_subject(t, _Index([Mention(15, 22, "Jo Bell", "person", {})]), 10, len(t)) is None
    True
    """
    for n in idx.first_between(at, min(end, at + win.RELATIVE_SUBJECT_AFTER))[:1]:
        if all(w[:1].isupper() or w.lower() in _RELATIVE_TITLE for w in text[at : n.start].split()):
            return n
    return None


def _no_object_after(text: str, at: int, end: int, clause: bool) -> bool:
    """Return whether the relative clause's verb ending at ``at`` has no object of its own (the quote before is its
    object): a stop or a comma after it, a preposition, a word of time or a conjunction, or (``clause`` false: a verb
    that takes no clause) the main clause's verb ("the ‘fair share’ that Bo demanded stalled the talks"); not "that Bo
    offered real concessions", "that Bo said Seoul wanted" (review78).

    >>> t = "that Bo offered real concessions"
    >>> _no_object_after(t, 15, len(t), False), _no_object_after("that Bo offered in May", 15, 22, False)
    (False, True)
    >>> t = "that Bo said Seoul wanted"
    >>> _no_object_after(t, 12, len(t), True), _no_object_after("that Bo said was fair", 12, 21, True)
    (False, False)
    """
    after = [w for w in text[at : min(end, at + win.RELATIVE_OBJECT_AFTER)].split()
             if not (w.endswith("ly") and w.islower())]
    if not after or not after[0][:1].isalpha():
        return True  # the clause ends: "that Bo requested." (or its words run to the end of what is read)
    first = after[0].rstrip(".,;:!?”’\"'").lower()
    if after[0][:1].isupper():
        return False  # a name after the verb: its object or a clause's subject
    if first in _NO_OBJECT_AFTER or first in _OPENING_PREPOSITIONS or first in _LABEL_PREPOSITIONS:
        return True
    return not clause and (first in _AUXILIARIES or first.endswith("ed"))


# Verbs that tell of a person speaking without reporting words ("Bo spoke to reporters", "Bo briefed lawmakers"),
# and the occasions "gave" or "held" names ("Bo gave an interview"): the next sentence's partial quote is theirs
_SPOKE = word_set("spoke talked briefed addressed testified commented")
_GAVE = word_set("gave held")
_TALKS_GIVEN = word_set("speech interview briefing conference address remarks")
# A state or stance the speaker may be voicing ("The gap was “wide”", "Washington wanted a “fair” deal"), not a told
# event ("In the end, the talks went on for “months”": the writer's)
_STANCE_VERBS = word_set("was were is are been remained remains wanted wants needed needs would could should must")


def _free_speech(text: str, idx: _Index, sent_start: int, qs: int) -> bool:
    """Return whether the words of a sentence before its partial quote at ``qs`` may be free reported speech: a
    state or stance verb, no person named (a sentence about a person is the writer's: "The trouble was Bo's plan
    to “match” it").

    >>> t, u = "The gap was “wide.”", "Talks went on for “months”"
    >>> _free_speech(t, _Index([]), 0, 12), _free_speech(u, _Index([]), 0, 18)
    (True, False)
    """
    if any(m.kind == "person" for m in idx.ending_before(qs, sent_start)):
        return False
    return any(w in _STANCE_VERBS for w in text[sent_start:qs].split())


def _spoke_before(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the named person the sentence right before the partial quote's (in its paragraph) opens on when it
    tells of that person speaking ("Bo spoke to reporters. The gap was “still wide.”": free reported speech in Bo's
    voice, see _free_speech), else nobody; a sentence of other deeds ("Bo arrived") gives nobody.

    >>> t = "Jo Bell spoke to reporters. The gap was “wide.”"
    >>> _spoke_before(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), _Place(40, 47, 0, 47, 0, 28, 0)).start
    0
    >>> t = "Jo Bell arrived in Seoul. The gap was “wide.”"
    >>> _spoke_before(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), _Place(38, 45, 0, 45, 0, 26, 0)).found
    False
    """
    sent_start, ps = pl.sent_start, pl.ps
    if sent_start <= ps or not _stop_before(text, ps, sent_start) or not _free_speech(text, idx, sent_start, pl.qs):
        return _NOBODY
    prev = _last_sentence_start(text, max(ps, sent_start - win.SPOKE_REACH), sent_start)
    people = [m for m in reversed(idx.ending_before(sent_start, prev)) if _is_speaker(m)]
    if not people or people[0].kind != "person":
        return _NOBODY
    m = people[0]
    after = _past_fillers(text[m.end : m.end + win.SPOKE_AFTER].split())
    words = [w.strip(",.").lower() for w in after[: win.SPOKE_VERB_WORDS]]
    if words and (words[0] in _SPOKE or (words[0] in _GAVE and any(w in _TALKS_GIVEN for w in words[1:]))):
        return _named(m)
    return _NOBODY


def _reporter_in_paragraph(text: str, idx: _Index, pl: _Place, verbs: _SpeechVerbs | None = None) -> _Who:
    """Return the subject of the last speech verb outside quotes before a partial quote in its paragraph, for a quote
    no rule of its own sentence gives a speaker ("The ministry said talks went well. Both sides agreed on a
    “reasonable” level": the ministry, whose report the paragraph goes on with), else nobody: a person or a body told
    as speaking (named, or a role: "the ministry", "a spokesman"), not a pronoun; a capitalised name in quote marks is
    a label, nobody's words. ``verbs``: the text's kept search of SPEECH_VERBS, one for all its quotes (speed55), else
    a new one.

    >>> def who(t: str) -> str | None:  # the quote is the last one of the paragraph, its sentence the last one
    ...     qs = t.rindex("“")
    ...     pl = _Place(qs, t.index("”", qs) + 1, 0, len(t), 0, t.rindex(". ", 0, qs) + 2, 0)
    ...     w = _reporter_in_paragraph(t, _Index([]), pl)
    ...     return t[w.start : w.end] if w.found else None
    >>> [who(t) for t in ("The ministry said talks went well. Both sides agreed on a “reasonable” level.",
    ...                   "The ministry said talks went well. Both sides back the “Fair Share Plan” now.",
    ...                   "Talks went well. Both sides agreed on a “reasonable” level.")]
    ['The ministry', None, None]

    Nor when the quote's own sentence reports others' words ("agreed that") or the reporter's words were a quotation:

    >>> who("The ministry said talks went well. Envoys agreed that talks go in a “fair” way.")
    >>> who("So it went. The ministry said Seoul holds the view that its share should stay at a “fair level.”")
    'The ministry'
    >>> who("“We agree,” the ministry said. The deal follows the “phased” plan.")
    """
    if _capitalised_name(text[pl.qs : pl.qe], _NAME_GLUE):
        return _NOBODY
    lo = max(pl.ps, pl.qs - win.PARAGRAPH_REPORTER_BACK)  # bounded: a run of quotes in one paragraph stays linear
    last = (verbs or _SpeechVerbs(text, SPEECH_VERBS)).last_outside_quotes(text, lo, pl.qs)  # verbs: a kept search
    if " that " in text[max(lo, pl.sent_start) : pl.qs] and (last is None or last.start() < pl.sent_start):
        return _NOBODY  # 'Envoys agreed that talks should go in a “fair” direction': the clause tells its own speakers
        # (not 'The ministry said Seoul holds the view that ... a “fair level”': the ministry's clause, speak57)
    if last is None or _answered_by_deed(text, last.end(), pl.qs) or _told_to(text, _Verb(last.start(), last.end()),
                                                                            pl):
        return _NOBODY  # "Bo replied by cancelling the “friendship” tour": a deed, no words (qfix50); spk50: 'Seoul
        # told to pay "fair share"': Seoul was told
    opening = _last_sentence_start(text, lo, last.start())
    if any(c in _QUOTE_MARKS for c in text[opening : last.start()]):
        return _NOBODY  # '“We are glad,” Bo said. The deal follows the “phased” plan': Bo's words were the quotation
    who = _subject_before(text, idx, last.start(), opening, 0)
    return who if who.attribution in {"named", "descriptor"} else _NOBODY


def _org_reporter(text: str, idx: _Index, lo: int, hi: int, back: int, verbs: _SpeechVerbs | None = None) -> _Who:
    """Return the organisation that is the subject of the last speech verb outside quotes in ``text[lo:hi]`` ("the
    ministry said in a statement."), whom a following "it said" / "it added" continues (a pronoun subject of a speech
    verb goes on with the last reporting subject, not with an organisation named as an object in between); nobody if
    that subject is a person or none is found (``back``: how far back "the ministry" may name its body; ``verbs``:
    the text's SPEECH_VERBS, found once).

    >>> t = "The Foo Agency said so in a letter to Hanul." + 2 * chr(10) + '"We act," it added.'
    >>> ms = [Mention(4, 14, "Foo Agency", "org", {}), Mention(38, 43, "Hanul", "place", {})]
    >>> _org_reporter(t, _Index(ms), 0, 46, 0).mention.exact
    'Foo Agency'
    >>> _org_reporter("Jo Bell said so to Hanul. ", _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, 26, 0).found
    False
    """
    lo = max(lo, hi - win.REPORTER_REACH)
    last = (verbs or _SpeechVerbs(text, SPEECH_VERBS)).last_outside_quotes(text, lo, hi)
    if last is None:
        return _NOBODY
    who = _subject_before(text, idx, last.start(), _last_sentence_start(text, lo, last.start()), back)
    if who.attribution == "descriptor" and who.mention is None and who.name is None:
        return _body_told(text, idx, who, (lo, hi))  # "“...,” the ministry said. ¶ “...,” it added" (qfix50)
    if who.attribution not in {"named", "descriptor"} or (who.mention is None and who.name is None):
        return _NOBODY  # "an official said": an unnamed person; "it" is not them
    if who.mention is not None and (who.mention.kind == "person" or not _is_speaker(who.mention)):
        return _NOBODY
    return who


def _body_told(text: str, idx: _Index, who: _Who, span: tuple[int, int]) -> _Who:
    """Return the reporting subject ``who``, a body or a document told only by its noun ("the ministry", "the
    statement"), as an unnamed organisation a following "it said" continues (named as the body named before it in
    ``span`` when there is one: :func:`_body_named_before`); nobody for a person told by a role ("an official"),
    whom "it" is not, or when an organisation or place is named after it in ``span`` (qfix50).

    >>> t = "“We act,” the ministry said."
    >>> _body_told(t, _Index([]), _Who("descriptor", None, 10, 22), (0, 28)).mention.exact
    'the ministry'
    >>> _body_told("“We act,” an official said.", _Index([]), _Who("descriptor", None, 10, 21), (0, 27)).found
    False
    """
    head = text[who.start : who.end].split()[-1].lower()
    if head not in _BODY_NOUNS and head not in _SUBJECT_DOCUMENTS:
        return _NOBODY
    if any(x.kind in _ISSUER_KINDS for x in idx.first_between(who.end, span[1])):
        return _NOBODY  # "the ministry said. The Hanul Agency disagreed. ¶ “...,” it said": maybe the agency
    name = _body_named_before(text, who, span[0]).name
    body = Mention(who.start, who.end, text[who.start : who.end], "org",
                   {"id": None, "name": name, "candidates": [], "descriptor": True})  # fmt: skip
    return _Who("descriptor", body, who.start, who.end, None, name)


def _body_quoted_before(text: str, idx: _Index, prev: Quote | None, span: tuple[int, int], it: _Who) -> _Who:
    """Return the speaker of the quote ``prev`` before an "it said" (``it``) as the one "it" continues, when that
    speaker is a body or a document (an organisation or place, or words whose noun names a body or a document: "the
    statement released by the embassy read") quoted in ``span`` (from the paragraph before to the quote of "it") and
    no organisation or place is named between its words and the span's end; else nobody (qfix50).

    >>> t = "“We act,” the statement read. “We wait,” it said."
    >>> prev = Quote(0, 9, "“We act,”", {"attribution": "descriptor", "speaker_start": 10, "speaker_end": 23,
    ...                                  "speaker_name": None})
    >>> w = _body_quoted_before(t, _Index([]), prev, (0, 30), _Who("pronoun", None, 41, 43)); w.antecedent.exact
    'the statement'
    >>> t = t.replace("statement", "official")
    >>> _body_quoted_before(t, _Index([]), prev, (0, 29), _Who("pronoun", None, 40, 42)).found
    False
    """
    lo, hi = span
    if prev is None or prev.start < lo or prev.value["attribution"] not in {"named", "descriptor"}:
        return _NOBODY
    s, e, m = prev.value["speaker_start"], prev.value["speaker_end"], prev.speaker_mention
    if s is None or e is None or e > hi or (m is not None and not (m.kind in _ISSUER_KINDS and _is_speaker(m))):
        return _NOBODY
    if m is None and text[s:e].split()[-1].lower() not in _BODY_NOUNS | _SUBJECT_DOCUMENTS:
        return _NOBODY  # "an official said": a person, whom "it" is not
    if any(x.kind in _ISSUER_KINDS for x in idx.first_between(e, hi)):
        return _NOBODY  # another body named since: "it" may be that one
    body = m or Mention(s, e, text[s:e], "org", {"id": None, "name": None, "candidates": [], "descriptor": True})
    return _Who("descriptor", body, it.start, it.end, body, prev.value["speaker_name"])


_STOPS_LOOKED_AT = 8  # ". " looked at from a paragraph's end for its last sentence's start


_FRONTED_OPENERS = _PREPOSITIONS | word_set("according after before during following amid while last earlier")


def _opening_org(text: str, orgs: Sequence[Mention], starts: Sequence[int], it: int, floor: int) -> Mention | None:
    """Return the organisation that opens the sentence before a sentence-opening "It" at ``it`` as its subject
    ("Washington called on Seoul to act. It also announced ...": Washington, not Seoul), else None.

    >>> t = "Washington called on Seoul to act. It also said"
    >>> ms = [Mention(0, 10, "Washington", "place", {}), Mention(21, 26, "Seoul", "place", {})]
    >>> _opening_org(t, ms, [0, 21], 35, 0).exact
    'Washington'
    >>> t = "According to a plan, Washington called on Seoul to act. It also said"
    >>> ms = [Mention(21, 31, "Washington", "place", {}), Mention(42, 47, "Seoul", "place", {})]
    >>> _opening_org(t, ms, [21, 42], 56, 0).exact
    'Washington'
    """
    if (owned := _owned_body_org(text, orgs, starts, it, floor)) is not None:
        return owned  # "The ministry, Seoul's lead agency, said ... It also said": the ministry, not Seoul (fix51s4)
    if text[it : it + 2] != "It" or (it > 0 and text[it - 2 : it] not in {". ", "\n"} and text[it - 1] != "\n"):
        return None
    lo = max(floor, it - win.LAST_SENTENCE_BACK)
    hi = lo + len(text[lo:it].rstrip())  # the end of the sentence before
    start = _last_sentence_start(text, max(lo, text.rfind("\n", lo, hi) + 1), hi + 2)  # in its paragraph
    first = text[start : start + win.FIRST_WORD_CHARS].split()[:1]
    if first and first[0].lower() in _FRONTED_OPENERS and (comma := text.find(", ", start, hi)) > 0:
        start = comma + 2  # "According to the new strategy, Washington called ...": past the fronted phrase
    i = bisect.bisect_left(starts, start)
    if i >= len(orgs) or orgs[i].start >= it or orgs[i].start - start > len("The "):
        return None
    m = orgs[i]
    return m if _verb_like(text[m.end : it].split()[0] if text[m.end : it].split() else "") else None


def _owned_body_org(text: str, orgs: Sequence[Mention], starts: Sequence[int], it: int, floor: int) -> Mention | None:
    """Return the body that opens the sentence before a sentence-opening "It" at ``it`` (that sentence may end in a
    quote) before an appositive of a place's possessive (:func:`_owned_body_opening`) as its subject: its mention
    among ``orgs``, else a descriptor mention of its words; None when the sentence opens otherwise.

    >>> t = "The ministry, Seoul's lead agency, called it “fair.” It also said"
    >>> _owned_body_org(t, [Mention(14, 19, "Seoul", "place", {})], [14], t.index("It "), 0).exact
    'The ministry'
    >>> t = "Seoul's lead agency, the ministry, called it “fair.” It also said"
    >>> _owned_body_org(t, [Mention(0, 5, "Seoul", "place", {})], [0], t.index("It "), 0)
    """
    lo = max(floor, it - win.LAST_SENTENCE_BACK)
    hi = lo + len(text[lo:it].rstrip())  # the end of the sentence before
    if text[it : it + 3] != "It " or not text[lo:hi].endswith((".", ".\u201d", '."')):
        return None
    start = _last_sentence_start(text, max(lo, text.rfind("\n", lo, hi) + 1), hi + 2)
    comma = text.find(",", start, hi)
    j = bisect.bisect_left(starts, comma) if comma >= 0 else len(orgs)
    found = _owned_body_opening(text, start, orgs[j] if j < len(orgs) else None, hi)
    if found is None:
        return None
    s, e, _ = found
    i = bisect.bisect_left(starts, s)
    if i < len(orgs) and orgs[i].start <= s + len("The ") and orgs[i].end == e:
        return orgs[i]
    name = _without_article(text[s:e])
    return Mention(s, e, text[s:e], "org", {"id": None, "name": name if name[:1].isupper() else None,
                                            "candidates": [], "descriptor": True})


# fix51s5: "it" right after a quote that opens its sentence ('“...,” it said') or opening a sentence before a quote
# ("It said the cost was “...”") goes on with the sentence before's subject, an organisation or a document ("The
# report was sent to the Assembly."), not with a body named after its verb ("to the State Department")
_IT_DOCUMENTS = _SUBJECT_DOCUMENTS | _WRITINGS
_IT_MODIFIERS = 2  # words between "The" and a document noun ("The joint statement")


def _it_subject(text: str, orgs: Sequence[Mention], starts: Sequence[int], it: int, quote: tuple[int, int],
                floor: int, nouns: frozenset[str] = _IT_DOCUMENTS) -> Mention | None:
    """Return the subject of the sentence before "it" at ``it`` and its quote (``quote``: its span), when "it" follows
    a quote that opens its sentence ('“...,” it said') or opens the sentence of the quote ("It said ... “...”") and
    that subject is an organisation (:func:`_opening_org`'s reading; none when the sentence names one after "from"
    or "by" or before an article: "sent USFK a letter", or its verb is a passive with "by": "was told by") or "The"
    and a document noun before its verb ("The report was sent to the Assembly."; not "The draft deal"); else None.

    >>> t = "The report went to the Assembly. “It is unsustainable,” it said."  # not "the Assembly"
    >>> _it_subject(t, [Mention(19, 31, "the Assembly", "org", {})], [19], 56, (33, 55), 0).exact
    'The report'
    >>> t = "The deal went to the Assembly. “It is unsustainable,” it said."
    >>> _it_subject(t, [Mention(17, 29, "the Assembly", "org", {})], [17], 54, (31, 53), 0) is None
    True
    """
    qs, qe = quote
    after = qs < it and not text[qe:it].strip() and text[it : it + 2] == "it"
    if not (after or (it < qs and text[it : it + 2] == "It")):
        return None
    anchor = min(qs, it)
    lead = text[floor:anchor].rstrip(" ")
    if not lead.endswith((".", "\n", ".\u201d", '."')):
        return None  # not a sentence's opening
    end = floor + len(lead.rstrip())
    start = _last_sentence_start(text, max(floor, text.rfind("\n", floor, end) + 1), end + 1)
    first = text[start : start + win.FIRST_WORD_CHARS].split()[:1]
    if first and first[0].lower() in _FRONTED_OPENERS and (comma := text.find(", ", start, end)) > 0:
        start = comma + 2  # "On Monday, the ministry sent ...": past the fronted phrase
    i = bisect.bisect_left(starts, start)
    if i < len(orgs) and orgs[i].start < end and orgs[i].start - start <= len("The "):
        m, words = orgs[i], text[orgs[i].end : end].split()
        if any(_after_from(text, x.start) or text.startswith((" a ", " an ", " the "), x.end)
               for x in orgs[i + 1 : bisect.bisect_left(starts, end)]):  # fmt: skip
            return None  # "The ministry received a report from the Hanul Institute. It said": the report's issuer;
            # "The Pentagon sent USFK a letter.": whom it was sent to, as the rules before read it (quotes9);
            # "The ministry was briefed by USFK.": the agent, left to the rules before
        return m if words and _it_verb(words[0]) and not _it_passive(words) else None
    span = _opening_document(text, start, end, nouns)
    if span is None:
        return None
    return Mention(*span, text[span[0] : span[1]], "org", {"id": None, "name": None, "candidates": [],
                                                            "descriptor": True})


# speak52: a bill, resolution or petition opening the paragraph as the subject of the sentence before '“...,” it
# said' (or before "It said ... “...”"), when "it" has nobody else to go on with: the document is the source (README,
# "A document as the source of a quote"); an organisation named before, the issuer, keeps it (main's reading). Not
# read: a measure told after another sentence of its paragraph ("The ministry welcomed the vote. The bill passed."),
# nor one whose sentence names anyone else ("passed the Senate", "was rejected by the ministry", "drew a response
# from Pyongyang": a capitalised word other than a day or month, or "by"/"from"), who may be the "it"
_IT_MEASURES = word_set("bill resolution petition")
_IT_MEASURE_TIMES = frozenset([*calendar.day_name, *calendar.month_name[1:]])


def _it_measure(text: str, it: int, quote: tuple[int, int], floor: int) -> Mention | None:
    """Return "The" (modifiers) and a measure noun of ``_IT_MEASURES`` opening the paragraph as the subject of the
    sentence before "it" at ``it`` and its quote (``quote``), read as :func:`_it_subject` reads a document; else None.

    >>> t = "The bill passed late on Monday. “Troops stay,” it said."
    >>> _it_measure(t, t.index("it said"), (t.index("“"), t.index(" it")), 0).exact
    'The bill'
    >>> t = "The resolution of the dispute took months. “We are pleased,” it said."
    >>> _it_measure(t, t.index("it said"), (t.index("“"), t.index(" it")), 0) is None
    True
    >>> t = "The ministry spoke. The bill passed. “We are pleased,” it said."
    >>> _it_measure(t, t.index("it said"), (t.index("“"), t.index(" it")), 0) is None
    True
    >>> t = "The bill was rejected by the ministry. “It is weak,” it said."
    >>> _it_measure(t, t.index("it said"), (t.index("“"), t.index(" it")), 0) is None
    True
    """
    found = _it_subject(text, [], [], it, quote, floor, _IT_MEASURES)
    opens = found is not None and not text[text.rfind("\n", floor, found.start) + 1 or floor : found.start].strip()
    rest = [w.strip(".,;:'’\"“”()") for w in text[found.end : min(it, quote[0])].split()] if opens and found else []
    alone = not any((w[:1].isupper() and w not in _IT_MEASURE_TIMES) or w in {"by", "from"} for w in rest[:-1])
    return found if opens and alone and found is not None and _measure_alone(text, found.end, it, quote) else None


# mend52s (review52s): the measure's sentence is one clause with no one else in it, and "it" speaks as a text does.
# Not read: a body after a determiner in that sentence ("and the ministry welcomed it", "which the government
# backed": it may be the "it"; not "cleared committee", "reached lawmakers"), another clause (", and", "after",
# "which"), "it" telling on a day ("It said on Tuesday that ...": a speaker's statement, not the text's), or the
# measure's own fate told ("the vote was “a mistake”": a bill does not judge its vote); each keeps main's "it"
_IT_MEASURE_CLAUSES = _SUBORDINATORS | word_set("which who whom whose")
_IT_MEASURE_DAYS = word_set(" ".join(calendar.day_name).lower() + " yesterday today tonight")
_IT_MEASURE_FATE = word_set("vote votes voting passage adoption approval rejection defeat")


def _measure_alone(text: str, end: int, it: int, quote: tuple[int, int]) -> bool:
    """Return whether the measure's sentence from ``end`` (its noun's end) holds no body after a determiner ("the
    ministry") and no other clause, and "it" at ``it`` with its quote (``quote``) neither tells on a day nor tells of
    the measure's vote.

    >>> t = "The bill passed, and the ministry welcomed it. “Good,” it said."
    >>> _measure_alone(t, 8, t.index("it said"), (t.index("“"), t.index(" it"))), _measure_alone(t, 8, 8, (50, 60))
    (False, True)
    >>> t = "The bill was passed. It said on Tuesday that the vote was “a mistake.”"
    >>> _measure_alone(t, 8, t.index("It"), (t.index("“"), len(t)))
    False
    """
    qs, qe = quote
    raw = text[end : min(it, qs)].split()
    words = [w.strip(".,;:'’\"“”()").lower() for w in raw]
    if any(w in _IT_MEASURE_CLAUSES for w in words) or any(
            (a.endswith(",") and b in {"and", "but"}) or (a.lower() in _DETERMINERS and b in _BODY_NOUNS)
            for a, b in zip(raw, words[1:], strict=False)):  # fmt: skip
        return False
    stop = _SENTENCE_END.search(text, it, min(len(text), it + win.QUOTE_SENTENCE_BACK))
    told = text[it : qs if it < qs else (stop.start() if stop else min(len(text), it + win.QUOTE_SENTENCE_BACK))]
    told = told.lower().split()
    heard = told + text[qs:qe].lower().split()
    return not any(w.strip(".,;:'’\"“”()") in _IT_MEASURE_DAYS for w in told) and not any(
        w.strip(".,;:'’\"“”()") in _IT_MEASURE_FATE for w in heard)


def _after_from(text: str, start: int) -> bool:
    """Return whether "from" or "by" (and "the") comes right before ``start`` ("a report from the Hanul Institute",
    "was briefed by USFK": a sender or an agent).

    >>> t = "a memo from the Hanul Institute to Seoul, seen by USFK"
    >>> _after_from(t, t.index("Hanul")), _after_from(t, t.index("Seoul")), _after_from(t, t.index("USFK"))
    (True, False, True)
    """
    words = text[max(0, start - len("from the ")) : start].lower().split()
    return words[-1:] in (["from"], ["by"]) or words[-2:] in (["from", "the"], ["by", "the"])


_IT_BE = word_set("is are was were been being")


def _it_passive(words: list[str]) -> bool:
    """Return whether the ``words`` after a sentence's subject open on a passive verb ("was", "has been" and a
    participle) and hold "by" (its agent: "was told by officials"), whoever the agent is.

    >>> [_it_passive(s.split()) for s in ("was told by officials", "has been briefed by aides", "was forced to wait",
    ...                                   "criticized Seoul by name")]
    [True, True, False, False]
    """
    k = 1 if words[:1] and words[0] in {"has", "have", "had"} else 0
    verb = words[k + 1 : k + 2]
    return words[k : k + 1] != [] and words[k] in _IT_BE and bool(verb) and _participle(verb[0]) and "by" in words


def _participle(word: str) -> bool:
    """Return whether ``word`` has a participle's known shape: a regular "-ed" form or a listed irregular one.

    >>> _participle("briefed"), _participle("told"), _participle("sent"), _participle("deal")
    (True, True, True, False)
    """
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST
                                                  or word in _IT_PARTICIPLES)


_IT_PARTICIPLES = word_set("told given taken known seen shown written chosen driven sold held hit shut")
# Verbs a document noun may be followed by as its subject: known past forms, auxiliaries and verbs of reporting
# ("The memo went", "The report was", "The letter says"); another noun ("The draft deal", "The text message",
# "The cable news channel") is no verb, so the noun before it is not the head
_IT_DOC_VERBS = word_set("were are has")


def _it_verb(word: str) -> bool:
    """Return whether ``word``, right after a sentence's subject, may be its verb: a verb's form, or another lower-case
    word that is no office, preposition or conjunction ("sent", "went"; not "spokesman", "to", "and").

    >>> _it_verb("sent"), _it_verb("urged"), _it_verb("spokesman"), _it_verb("to"), _it_verb("Seoul"), _it_verb("'s")
    (True, True, False, False, False, False)
    """
    if word[:1] in "'’":
        return False  # "The ministry's spokesman": an owner
    return _verb_like(word) or (word.isalpha() and word.islower() and not _office_word(word)
                                and word not in _PREPOSITIONS | _CONJUNCT_STOPS and word not in {"and", "or"})


def _opening_document(text: str, start: int, end: int, nouns: frozenset[str] = _IT_DOCUMENTS) -> tuple[int, int] | None:
    """Return the span of "The", at most two modifiers and a document noun that open the sentence at ``start`` as its
    subject (a verb or a comma right after the noun: "The joint statement, signed by ..., urged"), else None.

    >>> [_opening_document(t, 0, len(t)) for t in ("The joint statement, signed by all, urged talks.",
    ...                                             "The statement's aide urged talks.", "The deal was signed.",
    ...                                             "The draft report was sent.", "The text message came.")]
    [(0, 19), None, None, (0, 16), None]
    """
    words = text[start:end].split()[: _IT_MODIFIERS + 3]
    k = next((k for k, w in enumerate(words[1:-1], 1) if w.rstrip(",").lower() in nouns and (
        w.endswith(",") or _it_document_verb(words[k + 1]))), 0)  # "The draft report was": not "draft" before a noun
    modifiers = all(w.replace("-", "").isalpha() and w.islower() for w in words[1:k])
    if words[:1] != ["The"] or not k or not modifiers:
        return None
    noun = words[k].rstrip(",")
    return start, text.index(noun, start + len(" ".join(words[:k]))) + len(noun)


def _it_document_verb(word: str) -> bool:
    """Return whether ``word``, right after a document noun, has a verb's known shape: a participle's
    (:func:`_participle`), an auxiliary, a verb of reporting or "were"/"are"/"has"; not another noun.

    >>> [_it_document_verb(w) for w in ("went", "reached", "was", "says", "urged", "deal", "news", "message", "date")]
    [True, True, True, True, True, False, False, False, False]
    """
    return _participle(word) or word in _SUBJECT_VERBS or word in _REPORTING or word in _IT_DOC_VERBS


_BODY_OPENING_WORDS = 4  # words of a sentence's opening read for "The <modifiers> <body noun>"


def _opening_body(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """Return the span of "the" and a body noun (with at most three modifiers) that opens the sentence at ``start`` as
    its subject, a verb or a comma right after the noun ("The ministry said", "The alliance's command, in a release,
    called"), else None; a body told as an owner or a place ("The ministry's aide", "The office in Seoul") is none.

    >>> t = "The alliance's command said the drills would go on."
    >>> s, e = _opening_body(t, 0, len(t)); t[s:e]
    "The alliance's command"
    >>> _opening_body("The ministry's aide said so.", 0, 28), _opening_body("The deal was signed.", 0, 20)
    (None, None)
    """
    words = text[start:hi].split(maxsplit=_BODY_OPENING_WORDS + 1)
    if not words or words[0] not in {"The", "the"}:
        return None
    for k in range(1, min(len(words) - 1, _BODY_OPENING_WORDS + 1)):
        noun = words[k].rstrip(",")
        if noun.lower() in _BODY_NOUNS and (words[k].endswith(",") or _verb_like(words[k + 1])):
            end = text.index(noun, start + len(" ".join(words[:k])))
            return start, end + len(noun)
        if not words[k].replace("'", "").replace("’", "").replace("-", "").isalpha():
            return None
    return None


def _body_before_it(text: str, it: int, floor: int) -> tuple[int, int] | None:
    """Return the span of the body ("the ministry") that opens the sentence of an "it" at ``it`` or the sentence right
    before it (across one paragraph break) as its subject, when no organisation is named for "it" to point back to
    ("The ministry said talks would go on. It called the gap “narrow.”"), else None.

    >>> t = "The ministry said talks would go on. It called the gap narrow."
    >>> s, e = _body_before_it(t, t.index("It"), 0); t[s:e]
    'The ministry'
    >>> _body_before_it("The deal is done. It called the gap narrow.", 18, 0) is None
    True
    """
    lo = max(floor, it - win.LAST_SENTENCE_BACK)
    para = text.rfind("\n", lo, it) + 1
    cur = _last_sentence_start(text, max(lo, para), it + 1)
    if cur < it and (body := _opening_body(text, cur, it)) is not None:
        return body
    end = cur
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return None
    prev = _last_sentence_start(text, max(lo, text.rfind("\n", lo, end) + 1), end + 1)
    return _opening_body(text, prev, end)


def _last_sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence of ``text[lo:hi]`` starts: after the last ". " whose word is no initialism or
    title ("U.S. dollars", "Mr. Bo" end no sentence), else ``lo``.

    >>> t = "It rained. Bo said Seoul pays 9 U.S. dollars a day."
    >>> t[_last_sentence_start(t, 0, len(t)):]
    'Bo said Seoul pays 9 U.S. dollars a day.'
    """
    end = hi - 2
    for _ in range(_STOPS_LOOKED_AT):
        stop = text.rfind(". ", lo, end)
        if stop < 0:
            return lo
        word = text[max(lo, stop - 12) : stop + 1].split()[-1]
        if not (_INITIALS.fullmatch(word) or word in TITLES):
            return stop + 2
        end = stop
    return lo


# Words of a sentence that sets up a person's words in the next paragraph ("Bo was blunt when asked about it."), also
# by their manner ("Bo was more cautious.")
_SET_UP = word_set("asked interview explained answered reporters journalists briefing testified "
                   "cautious blunt upbeat optimistic pessimistic skeptical sceptical candid frank defiant")
# speak55: a manner of speaking told of the sentence's subject before the words, in that order: a name (a title at
# most before it, no possessive after it), a copula, the word ("Bo was unmoved.", "Bo was adamant that ...", "Bo was
# scathing about it"), not "by" after it ("Bo was unmoved by the protesters": their words may follow); or "Bo did not
# mince words". Not a verb of stance ("Bo disagreed."), which introduces nobody's words (tests/test_qintro53.py
# INTRO_NEAR, tests/test_attr75.py ATTR76-18); not the words anywhere ("the scathing editorial", "Bo's critics were
# scathing")
_MANNER = re.compile(
    r"\s{1,3}+(?:(?:was|is|were|remained|has\s++been|had\s++been)\s++(?:(?:just|equally|more|even|again|also|still)\s++)?"
    r"(?:unmoved|adamant|unapologetic|dismissive|emphatic|unequivocal|scathing)\b(?!\s++by\b)"
    r"|(?:did\s++not|didn['’]t)\s++mince\s++(?:his\s++|her\s++|their\s++|its\s++)?words\b)"
)


def _set_up_before(text: str, idx: _Index, pps: int, ppe: int) -> _Who:
    """Rule 5d: a paragraph of quote alone after a paragraph whose last sentence sets up someone's words without a
    speech verb ("Gen. Jo Bell was blunt when asked about it.", "Jo Bell spoke to reporters." then '"It is
    regrettable."'): the person it opens with.

    >>> t = "Gen. Jo Bell was blunt when asked about it." + 2 * chr(10) + '"It is regrettable."'
    >>> _set_up_before(t, _Index([Mention(5, 12, "Jo Bell", "person", {})]), 0, 43).start
    5
    """
    last = _last_sentence_start(text, max(pps, ppe - win.LAST_SENTENCE_BACK), ppe)
    if not {w.strip(".,;:").lower() for w in text[last:ppe].split()} & _SET_UP:
        return _manner_subject(text, idx, last, ppe)
    for m in idx.first_between(last, min(ppe, last + win.SET_UP_NAME)):
        if m.kind != "person" or m.value.get("descriptor") or not _is_speaker(m):
            continue
        if not _object_of_preposition(text[max(last, m.start - win.PREP_BACK) : m.start].split()) \
                and not _spoken_to_or_of(text, m):  # "Reporters pressed Bo, who said little": not Bo
            return _named(m)
    return _NOBODY


def _manner_subject(text: str, idx: _Index, last: int, ppe: int) -> _Who:
    """Return the person who opens the sentence from ``last`` (a title at most before the name) when a copula and a
    manner of speaking follow the name (:data:`_MANNER`: "Bo was unmoved.", "Bo did not mince words."); else nobody
    ("The editorial on Bo was scathing", "Bo's critics were scathing", "Bo was unmoved by the protesters") (speak55).

    >>> t = "Gen. Jo Bell was adamant on Monday."
    >>> _manner_subject(t, _Index([Mention(5, 12, "Jo Bell", "person", {})]), 0, len(t)).start
    5
    >>> t = "Critics of Jo Bell were scathing."
    >>> _manner_subject(t, _Index([Mention(11, 18, "Jo Bell", "person", {})]), 0, len(t)).found
    False
    """
    m = next(iter(idx.first_between(last, min(ppe, last + win.SET_UP_NAME))), None)
    if m is None or m.kind != "person" or m.value.get("descriptor") or not _is_speaker(m):
        return _NOBODY
    if not _opens_sentence(text, last, m) or _MANNER.match(text, m.end, ppe) is None:
        return _NOBODY
    return _named(m)


# qintro53: a sentence that introduces someone's words without quoting them: its subject and an act of speech told by
# its occasion, not by a speech verb ("Bo made the remarks at a forum.", "The ministry issued a statement on Friday.",
# "Bo delivered a speech", "Bo held a news conference", "Bo took to social media", "Bo spoke at a forum", "Bo appeared
# on Fox News"), or a fronted occasion and its subject after the comma ("In a post on X, Bo ...", "Speaking to
# reporters, Bo ...", "During a briefing, the ministry ...").
_INTRO_NOUNS = (r"(?:remarks?|comments?|statement|speech|address|interview|briefing|(?:press|news)[ \t]++(?:conference"
                r"|briefing|release)|post|message|announcement|tweet|letter|video|op-ed|column|commentary)")
_INTRO_ACT = re.compile(
    r"\b(?=[mgdirpshtab])(?:(?:made|gave|delivered|issued|released|put[ \t]++out|posted|published|sent|held|shared"
    r"|penned)[ \t]++"
    rf"(?:[\w'’-]{{1,20}}+[ \t]++){{0,3}}?{_INTRO_NOUNS}|(?:spoke|talked)[ \t]++(?:at|to|before|during|via|with)"
    r"|(?:briefed|addressed|testified)[ \t]++(?:at|to|before|in|during|via|the)|appeared[ \t]++(?:at|on|before|in)"
    r"|took[ \t]++to[ \t]++(?:social[ \t]++media|X|Twitter|Facebook|Instagram|Truth[ \t]++Social|the[ \t]++airwaves"
    r"|the[ \t]++podium|the[ \t]++stage))\b")  # "spoke on Monday": no occasion (quotes17 SET_UP)
_INTRO_FRONT = re.compile(
    r"(?:In|During|At)[ \t]++(?:a|an|the|his|her|its|their)[ \t]++(?:[\w'’-]{1,20}+[ \t]++){0,3}?"
    rf"{_SPEECH_OCCASIONS}\b|(?:Speaking|Writing"
    r"|Testifying|Appearing|Addressing|Posting)[ \t]++(?:to|at|on|in|before|during|with|after)\b")
_INTRO_RELATIVE = re.compile(r"\b(?:who|which|whose|whom|that)\b")  # "Bo, who spoke at a forum, ...": not Bo's act


def _intro_speakers(text: str, idx: _Index, lo: int, hi: int) -> list[Mention]:
    """Return the mentions of ``text[lo:hi]`` that may speak there: persons and speaking bodies that are no object of
    a preposition or a verb ("met Bo", "with CNN") and own no word after them ("Seoul's ministry": the ministry).

    >>> t = "In an interview with CNN, Jo Bell spoke."
    >>> ms = [Mention(21, 24, "CNN", "org", {}), Mention(26, 33, "Jo Bell", "person", {})]
    >>> [m.exact for m in _intro_speakers(t, _Index(ms), 0, len(t))]
    ['Jo Bell']
    """
    out = []
    for m in idx.first_between(lo, hi):
        if m.end > hi or not _is_speaker(m) or (text.startswith(("'s", "’s"), m.end) and not _OWNED_SPEECH.match(
                text, m.end, hi)):  # fmt: skip
            continue
        if out and m.start < out[-1].end:
            continue  # a name inside the last one ("Hanul" in "Hanul Foreign Ministry")
        if _object_of_preposition(text[max(lo, m.start - win.PREP_BACK) : m.start].split()):
            continue
        if _spoken_to_or_of(text, m):
            continue  # "met Bo", "addressed the National Assembly"
        out.append(m)
    return out


def _introduction(text: str, idx: _Index, lo: int, hi: int) -> _Who:
    """Return who the last sentence of ``text[lo:hi]`` introduces as speaking without quoting them
    (:func:`_introducing`), or the sentence before it when the last one names no one and no act ("Bo made the remarks
    at a forum. The forum was held in Seoul."); nobody when ``text[lo:hi]`` does not end on a full stop (a headline).

    >>> t = "Jo Bell made the remarks at a forum on Tuesday. It was held in Seoul."
    >>> _introduction(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, len(t)).start
    0
    """
    if not _stop_before(text, lo, hi):
        return _NOBODY
    last = _last_sentence_start(text, max(lo, hi - win.LAST_SENTENCE_BACK), hi)
    who = _introducing(text, idx, last, hi)
    if who.found or last <= lo or any(map(_is_speaker, idx.first_between(last, hi))) or _INTRO_PRONOUN.search(
            text, last, hi) or _INTRO_ACT.search(text, last, hi):  # fmt: skip
        return who
    return _introducing(text, idx, _last_sentence_start(text, max(lo, last - win.LAST_SENTENCE_BACK), last), last)


def _introducing(text: str, idx: _Index, last: int, hi: int) -> _Who:
    """Return who the sentence ``text[last:hi]`` introduces as speaking without quoting them (see ``_INTRO_ACT``,
    ``_INTRO_FRONT`` and ``_OWNED_SPEECH``): the one speaker it names, subject of the act, owner of the words or
    subject of the clause after a fronted occasion (else a definite noun or pronoun subject of the act:
    :func:`_unnamed_introduction`); nobody when it quotes, names no act, or names another speaker too ("Bo made the
    remarks after Al met Jo": whose words follow is not told).

    >>> t = "Jo Bell made the remarks after Al Roe met Ed Kim."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(31, 37, "Al Roe", "person", {}),
    ...       Mention(42, 48, "Ed Kim", "person", {})]
    >>> _introducing(t, _Index(ms), 0, len(t)).found
    False
    >>> t = "Jo Bell's remarks came at a forum."
    >>> _introducing(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, len(t)).start
    0
    """
    if any(c in _QUOTE_MARKS for c in text[last:hi]):
        return _NOBODY  # a sentence that quotes: its own rules read it
    speakers = _intro_speakers(text, idx, last, hi)
    if not speakers:
        return _unnamed_introduction(text, idx, last, hi)
    if len(speakers) != 1:
        return _NOBODY
    m = speakers[0]
    if _OWNED_SPEECH.match(text, m.end, hi):
        return _named(m)  # "Bo's remarks came at a forum"
    first = _NONSPACE.search(text, last, hi)
    if first is not None and (front := _INTRO_FRONT.match(text, first.start(), m.start)) is not None:
        return _named(m) if text.find(",", front.end(), m.start) >= 0 else _NOBODY  # its subject after the comma
    act = _INTRO_ACT.search(text, m.end, min(hi, m.end + win.INTRO_ACT_AFTER))
    if act is None or _INTRO_RELATIVE.search(text, m.end, act.start()):
        return _NOBODY
    return _named(m)


# Words told as someone's: "Bo's remarks came at a forum" (a name's own), "The remarks came from Bo", and the act
# of a sentence after a quote that points back to it: "Bo made the remarks on Monday", "issued the statement"
_TOLD_NOUNS = (r"(?:remarks?|comments?|statement|speech|post|message|tweet|letter|words|warning|interview|address"
               r"|announcement)")
_OWNED_SPEECH = re.compile(
    rf"['’]s[ \t]++(?:[\w-]{{1,20}}+[ \t]++)?{_TOLD_NOUNS}[ \t]++(?:came|come|were|was|followed|follow)\b")
_CAME_FROM = re.compile(rf"(?:The|Those|These|Such)[ \t]++{_TOLD_NOUNS}[ \t]++came[ \t]++from\b")
_AFTER_ACT = re.compile(
    r"\b(?=[mgdirpws])(?:made|gave|delivered|issued|released|posted|published|wrote|shared|penned)[ \t]++(?:the|those"
    rf"|these|that|this|such)[ \t]++(?:[\w'’-]{{1,20}}+[ \t]++){{0,2}}?{_TOLD_NOUNS}\b")


def _unnamed_introduction(text: str, idx: _Index, last: int, hi: int) -> _Who:
    """Return the subject opening the sentence ``text[last:hi]`` that names no speaker, when it is that of an
    introducing act (``_INTRO_ACT``): a body or a person the text gave before and the sentence names by a definite
    noun or a pronoun ("The ministry issued a statement on Friday.", "He made the remarks at a forum."), as
    :func:`_subject_before` reads the subject of a speech verb; else nobody.

    >>> _unnamed_introduction("It rained on Friday.", _Index([]), 0, 20).found
    False
    """
    first = _NONSPACE.search(text, last, hi)
    act = _INTRO_ACT.search(text, last, min(hi, last + win.INTRO_ACT_AFTER))
    if first is None or act is None or _INTRO_RELATIVE.search(text, last, act.start()):
        return _NOBODY
    who = _subject_before(text, idx, act.start(), last, 0)
    return who if who.found and who.start == first.start() else _NOBODY


_INTRO_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b")


def _introduced_quote(text: str, qs: int, qe: int) -> bool:
    """Return whether the quote ``text[qs:qe]`` may be an introduced speaker's words: no capitalised name or title
    ('"Allies and Money"') and no scare quote of fewer than four words.

    >>> _introduced_quote('"We will not pay more."', 0, 23), _introduced_quote('"Allies and Money"', 0, 18)
    (True, False)
    """
    return len(_WORD.findall(text, qs, qe)) >= 4 and not _capitalised_name(text[qs:qe], _NAME_GLUE)


def _set_up_or_introduced(text: str, idx: _Index, pps: int, ppe: int, quote: tuple[int, int]) -> _Who:
    """Return :func:`_set_up_before`'s speaker of the paragraph of quote alone at ``quote`` (start, end) after the
    paragraph ``text[pps:ppe]``, else the one its last sentence introduces (:func:`_introduction`: "The ministry
    issued a statement on Friday." then '"We regret it deeply."': the ministry's).

    >>> t = "The Hanul Ministry issued a statement on Friday." + 2 * chr(10) + '"We regret it deeply."'
    >>> _set_up_or_introduced(t, _Index([Mention(4, 18, "Hanul Ministry", "org", {})]), 0, 48, (50, 72)).start
    4
    """
    who = _set_up_before(text, idx, pps, ppe)
    return who if who.found or not _introduced_quote(text, *quote) else _introduction(text, idx, pps, ppe)


def _reported_or_introduced(text: str, idx: _Index, ps: int, quote: tuple[int, int]) -> _Who:
    """Return :func:`_reported_before`'s speaker of the quote at ``quote`` (start, end) opening a sentence after
    ``text[ps:start]`` in its paragraph, else the one the sentence before it introduces (:func:`_introduction`).

    >>> t = 'The Hanul Ministry issued a statement on Friday. "We regret it deeply."'
    >>> _reported_or_introduced(t, _Index([Mention(4, 18, "Hanul Ministry", "org", {})]), 0, (49, 71)).start
    4
    """
    who = _reported_before(text, idx, ps, quote[0])
    return who if who.found or not _introduced_quote(text, *quote) else _introduction(text, idx, ps, quote[0])


def _label_in_new_sentence(text: str, pl: _Place, same: Quote) -> bool:
    """Return whether the quote at ``pl`` (words before it in its sentence) is a short label in a later sentence than
    the paragraph's earlier quote ``same``, sharing no word of four letters or more with it and with no speech verb
    before it in its sentence: the writer's label ('“We pay,” Bo said. It may hover around the “13 percent” offer'),
    not a continuation of ``same``'s speaker (as 'Bo’s “mutual” tariffs. The “mutual tariffs” start' is).

    >>> t = '"We pay," Bo said. It may hover around the "13 percent" offer.'
    >>> _label_in_new_sentence(t, _Place(43, 55, 0, len(t), 0, 19, 0), Quote(0, 9, t[:9], {}))
    True
    """
    words = _WORD.findall(text, pl.qs, pl.qe)
    if same.end > pl.sent_start or (len(words) >= 4 and not _capitalised_name(text[pl.qs : pl.qe], _NAME_GLUE, 4)):
        return False  # a long capitalised name is a label too ("the think tank “Center for Hanul Studies”")
    if {w.lower() for w in words if len(w) >= 4} & {w.lower() for w in _WORD.findall(same.exact) if len(w) >= 4}:
        return False  # the same speaker's term again
    return _VERB_WORD.search(text, max(pl.sent_start, pl.qs - win.FALLBACK_REACH), pl.qs) is None


# "but it is pointed out that", "while it was also argued that": a contrasting passive report of words that names
# nobody who says them
_CONTRAST_IMPERSONAL = re.compile(
    r"\b(?:but|yet|while|though|although|whereas)\s+it\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|widely\s+)?"
    r"(?:pointed\s+out|said|noted|argued|claimed|suggested|criticized|criticised|observed|alleged)\s+that\b"
)


def _impersonal_report(text: str, lo: int, hi: int) -> bool:
    """Return whether a contrasting impersonal passive report ("but it is pointed out that", "while it was argued
    that": ``_CONTRAST_IMPERSONAL``) stands in ``text[lo:hi]``, between a quote with a speaker and a later one of the
    same sentence: the later words are given to nobody the text names, not to the earlier quote's speaker ('Seoul
    called it “the best result,” but it is pointed out that the deal is close to a “trap”': nobody). A clause with a
    subject ("but it pointed out that", the subject's own words) or with no contrast ("It was stressed that", whose
    speaker ``_impersonal_source`` reads from the sentence before) is no such report.

    >>> t = 'Seoul called it "the best result," but it is pointed out that it is a "trap".'
    >>> own = t.replace("is pointed", "pointed")
    >>> _impersonal_report(t, t.index(","), t.index('"trap')), _impersonal_report(own, 0, 70)
    (True, False)
    """
    return _CONTRAST_IMPERSONAL.search(text, lo, hi) is not None


def _tagged_or_inherited(text: str, idx: _Index, pl: _Place, same: Quote) -> _Who:
    """Return who the tag that closes the sentence names when ``same``, the earlier quote of the paragraph that has a
    speaker, stands in that sentence too, relayed after its speaker's possessive ('Bo's demands that Seoul "pay
    more", the day of an "exploratory" meeting, Hanul News reported': the tag reports the later quote, the earlier
    one is relayed in it; spk28); else ``same``'s speaker, continued: one who says or calls the earlier words in
    the sentence says the later ones too ('Moon called the talks "productive" and the deal "fair", Yonhap
    reported': Moon's; review96), as one the sentence opens "according to".

    >>> t = "Bo's plea that it “pay more”, on the day of an “exploratory” talk, Hanul News reported."
    >>> q = Quote(18, 28, "“pay more”", {"speaker_start": 0, "speaker_end": 2, "attribution": "according_to"})
    >>> t[(w := _tagged_or_inherited(t, _Index([]), _Place(47, 60, 0, len(t), 0, 0, 0), q)).start : w.end]
    'Hanul News'
    >>> _tagged_or_inherited(t, _Index([]), _Place(47, 60, 0, len(t), 0, 30, 0), q).attribution
    'continuation'
    >>> _tagged_or_inherited(t, _Index([]), _Place(47, 60, 0, len(t), 0, 0, 0), replace(q, value={
    ...     "speaker_start": 0, "speaker_end": 2, "attribution": "named"})).attribution
    'continuation'
    """
    owner_end = same.value.get("speaker_end", -1)
    relayed = same.value.get("attribution") == "according_to" and text.startswith(("'s", "’s"), owner_end)
    if relayed and same.start >= pl.sent_start and (tag := _closing_tag(text, idx, pl)).found:
        return tag  # "Bo's demands that ...": relayed; not "Bo said ...", nor "according to Bo, ..."
    if (teller := _owned_predicate_teller(text, idx, pl, same)) is not None:
        return teller  # spk50: 'Al said Bo's call for a “fair share” was “naive”': Al's word for the call
    return _inherit(same)


_COPULA_GAP = re.compile(r"(?<![ \t])[ \t]++(?:was|is|were|are|seemed|seems)(?:[ \t]++(?:not|too|so|simply|just))?+"
                         r"[ \t]++")


def _owned_predicate_teller(text: str, idx: _Index, pl: _Place, same: Quote) -> _Who | None:
    """Return the teller of "<name> <verb of saying> <owner>'s <noun> ... “...” was “...”" for the later quote at
    ``pl`` when ``same``, the earlier quote, is the owner's (its speaker ends right before "'s") and only a copula
    stands between the two: the later quote is the predicate the teller gives the owner's words (spk50). The teller
    is the speaker named right before the verb; None when the sentence is not of that shape or no teller is named
    right before the verb ("Roe's spokesman said ...": the earlier reading stands; review50s2), or when "that"
    stands between the owner's noun and the first quote ("said Roe's view that a “...” was “...”": both quotes are
    the owner's view; review50s3).

    >>> t = "Al Lee said Bo Roe's call for a “fair share” was “naive.”"
    >>> q = Quote(32, 44, "“fair share”", {"speaker_start": 12, "speaker_end": 18, "attribution": "named"})
    >>> ms = [Mention(0, 6, "Al Lee", "person", {}), Mention(12, 18, "Bo Roe", "person", {})]
    >>> _owned_predicate_teller(t, _Index(ms), _Place(49, len(t), 0, len(t), 0, 0, 0), q).start
    0
    >>> _owned_predicate_teller(t.replace("said", "met "), _Index(ms), _Place(49, len(t), 0, len(t), 0, 0, 0), q)
    >>> _owned_predicate_teller(t.replace("was", "and"), _Index(ms), _Place(49, len(t), 0, len(t), 0, 0, 0), q)
    >>> _owned_predicate_teller(t.replace("call for", "view that"), _Index(ms), _Place(50, len(t), 0, len(t), 0, 0,
    ...     0), Quote(33, 45, "“fair share”", q.value))  # "Bo Roe's view that a “...” was “...”": Roe's view
    >>> t = "Roe's aide said Bo Roe's call for a “fair share” was “naive.”"  # no teller named right before: None
    >>> ms = [Mention(0, 3, "Roe", "person", {}), Mention(16, 22, "Bo Roe", "person", {})]
    >>> q = Quote(36, 48, "“fair share”", {"speaker_start": 16, "speaker_end": 22, "attribution": "named"})
    >>> _owned_predicate_teller(t, _Index(ms), _Place(53, len(t), 0, len(t), 0, 0, 0), q)
    """
    owner, owner_end = same.value.get("speaker_start"), same.value.get("speaker_end")
    if owner is None or same.start < pl.sent_start or not text.startswith(("'s", "’s"), owner_end or 0):
        return None
    if "that" in text[owner_end : same.start].split():
        return None  # review50s3: "Roe's view that a “...” was “...”": the clause tells the owner's view, both his
    verbs = _REPORTING_THAT if _COPULA_GAP.fullmatch(text, same.end, pl.qs) else None
    before = text[max(pl.sent_start, owner - win.OWNER_VERB_BACK) : owner].split()
    while verbs and before and before[-1][:1].isupper() and before[-1].lower() not in verbs:
        before.pop()  # the owner's title ("Envoy")
    before = before[:-1] if before[-1:] == ["that"] and verbs is _REPORTING_THAT else before  # "argued that Bo's"
    if not verbs or not before or before[-1].lower() not in verbs:
        return None
    verb = text.rfind(before[-1], pl.sent_start, owner)
    near = idx.ending_before(verb, pl.sent_start)
    if near and _is_speaker(near[0]) and not text[near[0].end : verb].strip():
        return _named(near[0])
    return None  # review50s2: no teller right before the verb ("Roe's spokesman said"): the earlier reading


def _inherit(source: Quote) -> _Who:
    """Return the attribution of a quote that continues ``source``'s speaker.

    >>> q = Quote(0, 4, '"a"', {"speaker_start": 5, "speaker_end": 7})
    >>> _inherit(q).attribution, _inherit(q).start
    ('continuation', 5)
    """
    v = source.value
    start = v["speaker_start"] if v["speaker_start"] is not None else -1
    end = v["speaker_end"] if v["speaker_end"] is not None else -1
    return _Who("continuation", source.speaker_mention, start, end, source.antecedent)


def _body_named(office: Mention) -> bool:
    """Return whether a generic office names its body between the determiner and the noun ("the Foreign Ministry
    official"), which tells two officials apart, rather than only a grade ("the senior official").

    >>> [_body_named(Mention(0, 9, t, "person", {})) for t in ("the Foreign Ministry official", "the senior official")]
    [True, False]
    """
    return any(w[:1].isupper() for w in office.exact.split()[1:-1])


_BACK_NOUNS = word_set(
    "president leader candidate minister secretary ambassador envoy negotiator general commander lawmaker chief "
    "legislator diplomat professor spokesman spokeswoman spokesperson analyst expert scholar researcher economist "
    "official senator congressman congresswoman admiral governor academic adviser advisor aide "
    "chairman chairwoman"  # "House Armed Services Committee Chairman Jo Bell ... the chairman said" (qrole52)
    " nominee"  # "Jo Bell, the Democratic nominee ... The nominee said" (speak54)
    " colonel"  # "Col. Jo Bell ... the colonel said" (speak56)
)
# A head of state or government: one holder at a time, so "the president" is never Vice President Bo nor Former
# President Bo (a careful text says "the vice president", "the former president"); a deputy minister may be "the
# minister" (tests/test_quotes30.py deputy_title)
_SITTING_ONLY = frozenset(["president", "premier", "chancellor"])
# "the official": a word for the holder of any government office; it points back to a named person only when the text
# called one person so, or when one person in reach holds any such office (_Context.generic_holder)
_GENERIC_OFFICES = frozenset(["official"])
_GENERIC_PEOPLE = 12  # person mentions read back for "the official" (linear in a long paragraph of many names)
_OFFICIAL_KINDS = frozenset(["official", "minister", "president", "premier", "chancellor", "diplomat", "general",
                             "admiral", "colonel", "commander", "governor", "ambassador", "envoy", "negotiator",
                             "secretary", "undersecretary", "director", "director-general", "deputy", "spokesman",
                             "spokeswoman", "spokesperson", "adviser", "advisor", "head", "chief", "chairman",
                             "chairwoman"])
# "the spokeswoman", "the analyst": only one the text called so (a job many hold; the nearest name is no evidence)
_SPOKES_OR_OFFICIAL = _SPOKES_NOUNS | _GENERIC_OFFICES  # roles a spokesperson is called by
_HELD_ONLY = word_set("spokesman spokeswoman spokesperson analyst expert scholar researcher economist official adviser "
                      "advisor aide academic")
# "the nominee": a role the text must give the person (mend54s): only one it called a nominee, never the one person
# named nearby ("Bo met the nominee"), and no one when it called two so, in any paragraph in reach
_CALLED_ONLY = word_set("nominee")
# The offices a title's abbreviation before a name gives ("Gen. Jo Bell ... the general said").
_TITLE_OFFICES = {
    "gen.": ("general", "commander"), "adm.": ("admiral", "commander"), "gov.": ("governor",), "col.": ("colonel",),
    "rep.": ("lawmaker", "legislator", "congressman", "congresswoman"),
    "sen.": ("senator", "lawmaker", "legislator"), "amb.": ("ambassador", "envoy"), "prof.": ("professor",),
    "congressman": ("lawmaker", "legislator"), "congresswoman": ("lawmaker", "legislator"),
    "senator": ("lawmaker", "legislator"), "representative": ("lawmaker", "legislator"),
}


def _refers_back(m: Mention, plural: bool = False) -> bool:
    """Return whether an unnamed person's description points back to someone named before: a definite
    singular office ("the former president", "The Republican presidential candidate"), not "a lawmaker";
    with ``plural``, a definite group ("The officials", "the two secretaries").

    >>> _refers_back(Mention(0, 17, "the former president", "person", {"descriptor": True}))
    True
    >>> _refers_back(Mention(0, 12, "A lawmaker", "person", {"descriptor": True}))
    False
    >>> _refers_back(Mention(0, 13, "The officials", "person", {"descriptor": True, "plural": True}), plural=True)
    True
    >>> _refers_back(Mention(0, 15, "the 61-year-old", "person", {"descriptor": True}))
    True
    """
    words = m.exact.split()
    head = words[-1].lower()
    if plural:  # "officials", "negotiators", "secretaries"
        head = head if head in _PEOPLE_PLURALS else head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return (
        m.kind == "person"
        and bool(m.value.get("descriptor"))
        and bool(m.value.get("plural")) == plural
        and words[0].lower() == "the"
        and (head in _BACK_NOUNS or (plural and head in _PEOPLE_PLURALS) or _AGE_NOUN.fullmatch(head) is not None)
    )


def _former(words: str) -> bool:
    """Return whether the last three words of ``words`` (an office, or the text before a name) say "former".

    >>> _former("the former president"), _former("met Former President"), _former("the president")
    (True, True, False)
    """
    return any(w in {"former", "ex-"} or w.startswith("ex-") for w in words.lower().split()[-3:])


def _holds(text: str, m: Mention, head: str, department: str = "", held: list[str] | None = None) -> bool:
    """Return whether the person at ``m`` holds the office ``head`` ("minister") by the role it is known by or the
    title the text gives it right before the name (``held``: :func:`_held`'s words, when read already); with
    ``department`` ("defense"), not when those words name another department ("Foreign Minister Jo Bell" is no
    defense minister; "Minister Jo Bell" may be).

    >>> t = "Foreign Minister Jo Bell met Al Roe."
    >>> bell, roe = Mention(17, 24, "Jo Bell", "person", {}), Mention(29, 35, "Al Roe", "person", {})
    >>> _holds(t, bell, "minister"), _holds(t, roe, "minister")
    (True, False)
    >>> _holds("Bo", Mention(0, 2, "Bo", "person", {"role": "Minister of Foreign Affairs"}), "minister")
    True
    >>> _holds("Gen. Jo Bell", Mention(5, 12, "Jo Bell", "person", {}), "general")
    True
    >>> _holds("an official in the Jo Bell team", Mention(19, 26, "Jo Bell", "person", {}), "official")
    False
    >>> _holds("Bo", Mention(0, 2, "Bo", "person", {"role": "an adviser to the president"}), "president")
    False
    >>> _holds("Bo", Mention(0, 2, "Bo", "person", {"role": "a professor at Hanul University"}), "academic")
    True
    >>> _holds(t, bell, "minister", "defense"), _holds("Minister Jo Bell", Mention(9, 16, "Jo Bell", "person", {}),
    ...     "minister", "defense")
    (False, True)
    """
    offices = {head, *_OFFICE_SYNONYMS.get(head, ())}  # "the academic": a professor, a scholar
    held = _held(text, m) if held is None else held
    title = text[max(0, m.start - win.TITLE_BACK) : m.start].lower().split()[-2:]  # "press secretary Jo Bell"
    if offices & _compound_offices([*held, "|", *title]):
        return True  # "Jo Bell, the Pentagon's press secretary ... the spokesman said"; "special representative Bo"
    if department and _held_department(text, m, held) not in {"", department}:
        return False  # "the defense minister": not "Foreign Minister Jo Bell"
    return bool(offices.intersection(held)) or _aged_as(text, m.end, head)


# Two-word offices and the office nouns a definite role may call their holder by: a press secretary is "the spokesman",
# a special representative "the envoy" (qrole52).
_COMPOUND_OFFICES = {("press", "secretary"): _SPOKES_NOUNS, ("press", "officer"): _SPOKES_NOUNS,
                     ("special", "representative"): frozenset(["envoy", "diplomat"])}


def _compound_offices(words: list[str]) -> frozenset[str]:
    """Return the office nouns the two-word offices among ``words`` (lower case: :func:`_held`'s, a title's) give
    their holder (_COMPOUND_OFFICES), else none.

    >>> sorted(_compound_offices(["the", "special", "representative"])), _compound_offices(["secretary", "of"])
    (['diplomat', 'envoy'], frozenset())
    >>> "spokesman" in _compound_offices(["pentagon's", "press", "secretary"])
    True
    """
    return frozenset().union(*(_COMPOUND_OFFICES.get(pair, ()) for pair in itertools.pairwise(words)))


def _held_department(text: str, m: Mention, held: list[str]) -> str:
    """Return the department of the offices ``held`` by the person at ``m``, else the one their role or appositive
    names in its complement ("Jo Bell, a spokesman for the Foreign Ministry": foreign), else "".

    >>> t = "Jo Bell, a spokesman for the Foreign Ministry, spoke."
    >>> bell = Mention(0, 7, "Jo Bell", "person", {})
    >>> _held_department(t, bell, ["spokesman"]), _held_department("Jo Bell spoke.", bell, ["spokesman"])
    ('foreign', '')
    """
    given = (m.value.get("role") or "").lower().replace(",", " ").split()
    return _department(held) or _department([*given, *_office_after(text, m.end)])


# Words of a definite office that tell no holder apart: a holder need not be called so ("the then minister")
_UNMARKING = word_set("then current sitting same")
# Words a role phrase may add that its holder need not be called by ("the veteran negotiator", "the former general"):
# the unmarking ones and ranks
_PLAIN_RANKS = _UNMARKING | word_set("former top senior veteran retired longtime")
_DESCRIBED_BACK = 4  # words read before a name for its title ("Torvian Deputy Trade Minister Bo", "retired general")
_TITLE_STOPS = word_set("a an the to of for by with and or met said told")  # a title's words end before these


# "quit" with no object ("Bo quit in 2019", "quit, saying") or the office itself ("quit the post", "quit his job");
# not any object ("quit the meeting early": he left a room, not an office; mendr48)
_QUIT_OFFICE = (
    r"quit(?=[ \t]{0,3}(?:[,.;:)\n—–]|$)|[ \t]{1,3}(?:in|on|at|after|over|last|earlier|before|amid|this|following"
    r"|when|as|and|from|to|under|effective|abruptly|suddenly)\b|[ \t]{1,3}(?:(?:the|his|her|their|its)[ \t]{1,3})?"
    r"(?:office|post|job|role|government|cabinet|party|posts|jobs|roles|seat|politics|ministry|presidency|council"
    r"|board|mid-term|midterm|parliament|the[ \t]{1,3}race)\b)"
)
# A person's leaving office told right after their name ("Mayor Bo resigned in 2019", "Bo, who stepped down last
# year,", "Bo has since retired"): no longer the holder a later "the mayor" points back to
_LEFT_OFFICE = re.compile(
    r",?+[ \t]{1,3}(?:who[ \t]{1,3})?+(?:(?:has|had|later|since|then|abruptly|eventually|recently)[ \t]{1,3}){0,2}"
    r"(?:resigned|retired|" + _QUIT_OFFICE
    + r"|died|stepped[ \t]{1,3}(?:down|aside)|left[ \t]{1,3}(?:office|the[ \t]{1,3}post)"
    r"|(?:was|were|been)[ \t]{1,3}(?:ousted|fired|sacked|dismissed|removed|replaced|impeached))\b"
)


def _left_office(text: str, end: int) -> bool:
    """Return whether the name ending at ``end`` is told as having left office right after it (_LEFT_OFFICE).

    >>> [_left_office(t, t.index("Bell") + 4) for t in ("Mayor Jo Bell resigned in 2019", "Jo Bell, who has retired",
    ...     "Jo Bell met Al Roe, who resigned", "Jo Bell fired Al Roe", "Jo Bell quit the meeting early",
    ...     "Jo Bell quit the post in May", "Jo Bell quit politics")]
    [True, True, False, False, False, True, True]
    """
    return _LEFT_OFFICE.match(text, end) is not None


def _described_words(text: str, m: Mention) -> frozenset[str]:
    """Return the words (lower case) that describe the person at ``m``: the title words right before the name (back
    to an article, a preposition or a verb: "an aide to retired general Bo": "retired general"), their role and the
    appositive or copula after the name (:func:`_office_after`).

    >>> sorted(_described_words("Torvian President Jo Bell met Al Roe.", Mention(18, 25, "Jo Bell", "person", {})))
    ['president', 'torvian']
    >>> sorted(_described_words("Jo Bell, an opposition lawmaker, left", Mention(0, 7, "Jo Bell", "person", {})))
    ['lawmaker', 'opposition']
    """
    before = text[max(0, m.start - win.TITLE_BACK) : m.start].split()[-_DESCRIBED_BACK:]
    title = list(itertools.takewhile(lambda w: w.isalpha() and w.lower() not in _TITLE_STOPS, reversed(before)))
    given = (m.value.get("role") or "").replace(",", " ").split()
    return frozenset(w.lower() for w in [*title, *given, *_office_after(text, m.end)])


def _held(text: str, m: Mention) -> list[str]:
    """Return the words (lower case) of the offices the person at ``m`` is known by: their role, the title right
    before the name and the offices it implies, an appositive's office.

    >>> _held("Vice President Jo Bell met Al Roe.", Mention(15, 22, "Jo Bell", "person", {}))
    ['president', 'vice']
    """
    given = (m.value.get("role") or "").lower().replace(",", " ").split()
    before = text[max(0, m.start - win.TITLE_BACK) : m.start].lower().split()
    if given and before[-len(given) :] == given:  # a title before the name: "aide to senator" of "an aide to Senator
        given = _own_title(given)  # Jo Bell" is the senator's title
    role = _office_head(given)
    title = _own_title(list(itertools.takewhile(lambda w: w in _OFFICES or w in _ROLE_GLUE or w in _DEPARTMENTS,
                                                reversed(before[-3:])))[::-1])[::-1]
    implied = [o for w in title for o in _TITLE_OFFICES.get(w, ())]  # "Gen. Jo Bell": the general
    return [*role, *title, *implied, *_office_head(_office_after(text, m.end))]


# Offices held for another person, before "for"/"to" ("spokesman for President Jo Bell": not the president's office).
_SERVING = word_set("spokesman spokeswoman spokesperson aide adviser advisor assistant lawyer")


def _own_title(title: list[str]) -> list[str]:
    """Return the words (lower case) of a title before a name that are the named person's own: those after a "for"
    or "to" after an office held for another ("spokesman for President Jo Bell": the president's is "president").

    >>> _own_title(["spokesman", "for", "president"]), _own_title(["minister", "for", "trade"])
    (['president'], ['minister', 'for', 'trade'])
    """
    cut = next((k for k in range(len(title) - 1, 0, -1) if title[k] in {"for", "to"} and title[k - 1] in _SERVING),
               None)  # fmt: skip
    return title if cut is None else title[cut + 1 :]


def _role_given(text: str, m: Mention) -> bool:
    """Return whether the text gives the person at ``m`` an office of its own: a known role, a title before the name
    or an appositive after it ("Jo Bell, a professor"), so that another office ("the minister") is not theirs.

    >>> t = "Jo Bell spoke. Gen. Al Roe and Mr. Bo spoke."
    >>> _role_given(t, Mention(0, 7, "Jo Bell", "person", {})), _role_given(t, Mention(20, 26, "Al Roe", "person", {}))
    (False, True)
    >>> _role_given(t, Mention(35, 37, "Bo", "person", {}))
    False
    """
    title = text[max(0, m.start - win.TITLE_BACK) : m.start].lower().split()[-1:]
    titled = bool(title) and (title[0] in _OFFICES or title[0] in _TITLE_OFFICES) and title[0] not in _COURTESY
    return bool(m.value.get("role")) or titled or bool(_office_after(text, m.end, heads=False))  # "Bo, who chairs
    # the defense committee,": no office that rules out "the lawmaker"


# The courtesy titles that give no office (names.HONORIFIC_TITLES, with or without the full stop), not "Prof.".
_COURTESY = frozenset(v for w in HONORIFIC_TITLES for v in (w.lower(), w.lower().rstrip("."))).difference(
    _TITLE_OFFICES)


# A government department an office is of ("the defense minister", "Unification Minister Jo Bell"), one spelling each.
# A class of people's word names the department whose head its epithet is ("the spy chief": intelligence).
_DEPARTMENTS = {"foreign": "foreign", "defense": "defense", "defence": "defense", "unification": "unification",
                "trade": "trade", "finance": "finance", "justice": "justice", "interior": "interior",
                "intelligence": "intelligence", "spy": "intelligence"}


def _department(words: Sequence[str]) -> str:
    """Return the department the first of ``words`` (lower case) that names one names, else ""; "of state" after a
    secretary is the foreign department ("secretary of state").

    >>> _department(["the", "defence", "minister"]), _department(["deputy", "foreign", "minister"]), _department([])
    ('defense', 'foreign', '')
    >>> _department(["secretary", "of", "state"]), _department(["state", "media"])
    ('foreign', '')
    """
    return next((_DEPARTMENTS.get(w, "foreign") for k, w in enumerate(words)
                 if w in _DEPARTMENTS or (w == "state" and words[k - 1 : k] == ["of"])), "")  # fmt: skip


# A generic word for an office that points back to a person given one of these ("Jo Bell, a professor at ..." ... "the
# academic said"); only a holder the text called so is read, as with _HELD_ONLY.
_DIPLOMATS = ("negotiator", "envoy", "ambassador")
_SCHOLARS = ("analyst", "researcher", "scholar", "professor", "fellow", "economist", "expert", "lecturer")
_LEGISLATORS = ("lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative")
# A government office's holder is "the official" ("Jo Bell, South Korea's chief negotiator ... the official said").
_OFFICIALS = (*_DIPLOMATS, "director", "director-general", "secretary", "undersecretary", "deputy", "spokesman",
              "spokeswoman", "spokesperson", "adviser", "advisor", "head", "chief")
_HEADS = ("minister", "secretary", "director", "commander", "chairman", "chairwoman", "chair", "head")
_LEADERS = ("president", "prime", "premier", "chancellor", "chairman", "chairwoman")
# The offices a definite role names besides its own word: a negotiator or an ambassador is "the diplomat", a
# researcher "the expert", a senator "the lawmaker" (one office, other words; never a rank: "the general").
_LEARNED_MOST = 12  # people at most whose gender a text's pronouns teach (each costs one pass over its people)
_KIND_ORGS = 8  # organisations read back for the one whose apposition gives a definite phrase's kind
_APPOSED_KIND = re.compile(r",[ \t]{1,3}(?:a|an|the)[ \t]{1,3}(?P<kind>[^,.;:()“”\"]{1,60})[,.;]")


def _apposed_kind(text: str, end: int, kind: list[str]) -> bool:
    """Return whether the name ending at ``end`` has an apposition of "a", "an" or "the" whose words end with
    ``kind`` or hold it followed by "in", "of", "for", "based" ("The Hanul Institute, a think tank in Torvia,": a
    "think tank"; "the country's largest labour group").

    >>> t = "The Hanul Institute, a think tank in Torvia, spoke."
    >>> _apposed_kind(t, 19, ["think", "tank"]), _apposed_kind(t, 19, ["tank", "think"]), _apposed_kind(t, 19, ["in"])
    (True, False, False)
    """
    m = _APPOSED_KIND.match(text, end)
    if m is None or not kind or kind[-1] in _PREPOSITIONS:
        return False
    words = m.group("kind").lower().split()
    n = len(kind)
    return any(words[j : j + n] == kind and (j + n == len(words) or words[j + n] in _KIND_AFTER)
               for j in range(len(words) - n + 1))


_KIND_AFTER = word_set("in of for based at from with")
_LEFT_PEOPLE = 8  # people named before a role read for its holder's leaving office
# A definite role read back to its holder when no mention holds it: "the" and up to three lower-case words
_ROLE_PHRASE_WORDS = 4
_OFFICE_SYNONYMS = {"academic": ("professor", "scholar", "researcher", "lecturer"), "diplomat": _DIPLOMATS,
                    "envoy": _DIPLOMATS, "negotiator": _DIPLOMATS, "expert": _SCHOLARS, "analyst": _SCHOLARS,
                    "lawmaker": _LEGISLATORS, "legislator": _LEGISLATORS, "official": _OFFICIALS,
                    # the neutral word and either gendered one name one office ("the spokesperson" of a spokeswoman)
                    "spokesperson": ("spokesman", "spokeswoman"), "spokesman": ("spokesperson",),
                    "spokeswoman": ("spokesperson",),
                    # a head's epithets: "the defense chief" of a defense minister, "the Japanese leader" of its prime
                    # minister, "the Republican candidate" of its nominee (attr59)
                    "chief": _HEADS, "leader": _LEADERS, "candidate": ("nominee",), "nominee": ("candidate",),
                    "premier": ("prime",),  # "the premier" of a prime minister (speak48)
                    # epithets (_epithet): the foreign department's head or a diplomat; a delegation's chief
                    "top diplomat": (*_DIPLOMATS, "diplomat", "minister", "secretary"),
                    "delegation head": (*_DIPLOMATS, "delegate")}


_AGE_NOUN = re.compile(AGE_NOUN)  # "the 61-year-old said": an age pointing back


def _aged_as(text: str, end: int, head: str) -> bool:
    """Return whether the name ending at ``end`` is given the age an age noun ``head`` ("61-year-old") says, in
    commas after it ("Jo Bell, 61,") or in brackets ("Jo Bell (61)").

    >>> _aged_as("Jo Bell, 61, spoke", 7, "61-year-old"), _aged_as("Jo Bell, 62, spoke", 7, "61-year-old")
    (True, False)
    """
    years = head.split("-", 1)[0]  # "61" of "61-year-old"
    return _AGE_NOUN.fullmatch(head) is not None and text.startswith((f", {years},", f" ({years})"), end)


_COUNTRY_WORDS = {w.rstrip("."): code for w, code in NATIONALITY.items() if code}  # "u.s" as _office_after gives it


def _country_in(words: list[str]) -> str | None:
    """Return the country the first nationality among ``words`` (lower case) names, two words before one ("south
    korean" before "korean", which names no country), else None.

    >>> _country_in(["the", "top", "u.s", "negotiator"]), _country_in(["south", "korean", "counterpart"])
    ('US', 'KR')
    """
    for k in range(len(words)):
        for n in (2, 1):
            code = _COUNTRY_WORDS.get(" ".join(w.rstrip(".") for w in words[k : k + n]))
            if code is not None:
                return code
    return None


def _stated_country(text: str, m: Mention, idx: _Index | None = None) -> str | None:
    """Return the country of the person at ``m``: the gazetteer's, else the nationality the text gives them in their
    role or appositive ("Jo Bell, the top U.S. negotiator": US; "Kim Sol, his South Korean counterpart": KR) or in
    the title right before the name ("U.S. Ambassador Jo Bell"), where the text first names them in full; with
    ``idx``, also a place's possessive owning that role or title ("Kim Sol, South Korea's president", "South Korea's
    new President, Kim Sol"); else None.

    >>> t = "Jo Bell, the top U.S. negotiator, met Kim Sol, his South Korean counterpart."
    >>> bell, kim = Mention(0, 7, "Jo Bell", "person", {}), Mention(38, 45, "Kim Sol", "person", {})
    >>> _stated_country(t, bell), _stated_country(t, kim)
    ('US', 'KR')
    >>> t = "Japan's new President, Kim Sol, met Jo Bell, Japan's envoy."
    >>> idx = _Index([Mention(0, 5, "Japan", "place", {"country": "JP"}), Mention(45, 50, "Japan", "place",
    ...     {"country": "JP"})])
    >>> _stated_country(t, Mention(23, 30, "Kim Sol", "person", {}), idx), _stated_country(t, Mention(36, 43,
    ...     "Jo Bell", "person", {"role": "Japan's envoy"}), idx)
    ('JP', 'JP')
    """
    if m.value.get("country"):
        return m.value["country"]
    first = m.value.get("refers_to") or {"start": m.start, "end": m.end}  # "Kim said": where "Kim Sol" was named
    role = (m.value.get("role") or "").lower().replace(",", " ").split() or _office_after(text, first["end"])
    lead = text[max(0, first["start"] - win.TITLE_BACK) : first["start"]]
    before = lead.replace(",", " ").split()[-win.TITLE_LOOK_WORDS:]
    title = list(itertools.takewhile(lambda w: not w.endswith(_POSSESSIVE_S) and (
        _office_word(w) or w.lower().rstrip(".") in _COUNTRY_WORDS), reversed(before)))
    stated = _country_in(role) or _country_in([w.lower() for w in reversed(title)])
    stated = stated or _body_country([*(m.value.get("role") or "").split(), *reversed(title)])  # "a Pentagon official"
    if stated is not None or idx is None:
        return stated
    lo = first["start"] - win.TITLE_BACK - len(" ".join(title))  # the title's owner, then an appositive's
    owner = _possessive_place(text, idx, max(0, lo), first["start"]) if len(title) < len(before) else None
    return owner or (_possessive_place(text, idx, first["end"], first["end"] + win.POSSESSIVE_PLACE) if role else None)


def _body_country(words: list[str]) -> str | None:
    """Return the one country of the gazetteer bodies a person's role or title words name ("a State Department
    official", "Pentagon spokesman": US), else None (no body, or bodies of several countries).

    >>> _body_country("a State Department official".split()), _body_country(["Pentagon", "spokesman"])
    ('US', 'US')
    >>> _body_country("a think tank analyst".split()), _body_country([])
    (None, None)
    """
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    countries = {entities[b[3:]].country for b in _bodies(words) if b.startswith("id:") and b[3:] in entities}
    countries.discard(None)
    countries.discard("")
    return countries.pop() if len(countries) == 1 else None


def _possessive_place(text: str, idx: _Index, lo: int, hi: int) -> str | None:
    """Return the country of the last place in ``[lo, hi)`` that owns what follows by a possessive ("South Korea's
    president") with only office words and commas between it and ``hi`` or, after ``lo``, a comma and articles
    ("Kim Sol, South Korea's president"), else None.

    >>> t = "Kim Sol, South Korea's top envoy, met Jo Bell."
    >>> idx = _Index([Mention(9, 20, "South Korea", "place", {"country": "KR"})])
    >>> _possessive_place(t, idx, 7, 60), _possessive_place(t, idx, 35, 45)
    ('KR', None)
    """
    for place in idx.ending_before(hi - 2, lo, most=win.TITLE_LOOK_WORDS * 2):
        if place.kind != "place" or not text.startswith(_POSSESSIVE_S, place.end) or not place.value.get("country"):
            continue
        between = text[place.end + 2 : hi].replace(",", " ").split()
        gap = text[lo : place.start].replace(",", " ").split()
        if all(_office_word(w) for w in between) or not [w for w in gap if w.lower() not in {"the", "a", "an"}]:
            return place.value["country"]
    return None


# A rank word that makes another office of the one it modifies ("vice president", "deputy minister"), one spelling
# each: "the vice president" is no president's; "the president" prefers the president to a vice president.
_RANKS = {"vice": "deputy", "deputy": "deputy", "assistant": "assistant"}


def _rank(words: Sequence[str]) -> str:
    """Return the rank a rank word among ``words`` (lower case) gives an office, else "".

    >>> _rank(["the", "vice", "president"]), _rank(["deputy", "foreign", "minister"]), _rank(["the", "president"])
    ('deputy', 'deputy', '')
    """
    return next((_RANKS[w] for w in words if w in _RANKS), "")


@dataclass(frozen=True)
class _Office:
    """An office as a role or an unnamed holder's mention words it: its head noun ("minister"), department
    ("defense"), rank ("deputy"), whether former, the country it is of, and whether a place's possessive owns it."""

    head: str
    department: str = ""
    rank: str = ""
    former: bool = False
    country: str | None = None
    owned: bool = False


def _office_traits(words: Sequence[str], country: str | None = None, owned: bool = False) -> _Office:
    """Return the office ``words`` name, the last its head noun.

    >>> _office_traits("the former Vice President".split())
    _Office(head='president', department='', rank='deputy', former=True, country=None, owned=False)
    """
    low = [w.lower() for w in words]
    former = any(w in {"former", "ex-"} or w.startswith("ex-") for w in low)
    head, department = _epithet(low) or (low[-1], _department(low[:-1]))
    return _Office(head, department, _rank(low[:-1]), former, country, owned)


# Epithets of an office in other words, each a head of _OFFICE_SYNONYMS: "the top diplomat" (a foreign minister, a
# secretary of state or a diplomat), "the head of the delegation" (its chief negotiator or delegate).
_TOP_OF = {"diplomat": ("top diplomat", "foreign")}  # "top" + a class word: the head of that class's department
# "head"/"chief"/"leader" of a group, or "<group> chief": the office key of the group's head
_GROUP_HEADS = {"delegation": "delegation head", "team": "delegation head"}
_GROUP_CHIEFS = word_set("head chief leader")
# A team is a delegation only as a negotiating one ("the head of the negotiating team"), not a bare or sports team
_NEGOTIATING = word_set("negotiating negotiation bargaining")
_GROUP_OWNERS = word_set("the its their")  # "the head of the/its <group>"
_TEAM_HEAD = "team head"  # the office of a bare team's head: no delegation's, held only by one the text gives it
# A team the text makes a negotiating one ("Seoul's negotiating team", "a team of negotiators"): "the team" is it.
_NEGOTIATING_TEAM = re.compile(
    r"\b(?:[Nn]egotiating|[Nn]egotiation|[Bb]argaining)\s++team\b|\bteam\s++of\s++negotiators\b")
_GROUP_MODIFIERS = 3  # the most words between "of the" and the group: "the chief of the South Korean delegation"


def _body_office(words: list[str]) -> list[str]:
    """Return an office told by the body it heads or serves ("the commander of U.S. Forces Korea", "The spokesman for
    the State Department") as the body's name before the office noun ("the U.S. Forces Korea commander"): an article,
    an office noun, "of" or "for", an optional "the" and capitalised words only; else [] ("the head of the talks").

    >>> _body_office("The commander of U.S. Forces Korea".split())
    ['the', 'U.S.', 'Forces', 'Korea', 'commander']
    >>> _body_office("the spokesman for the State Department".split()), _body_office("the head of the talks".split())
    (['the', 'State', 'Department', 'spokesman'], [])
    """
    if len(words) < 4 or words[0] not in {"the", "The"} or words[1].lower() not in _OFFICES or words[2] not in {
            "of", "for"}:  # fmt: skip
        return []
    body = words[4:] if words[3] == "the" else words[3:]
    if not body or not all(w[:1].isupper() for w in body):
        return []
    return ["the", *body, words[1].lower()]


def _serves_body(held: Mention, body: list[str]) -> bool:
    """Return whether the holder's role or title names the body an office is told by (``body``, its capitalised
    words): "the mayor of Oslo" is not the "Mayor Ines Falk of Tamsk" named before, "the commander of U.S. Forces
    Korea" is the "commander of U.S. Forces Korea" named before.

    >>> bell = Mention(0, 7, "Jo Bell", "person", {"role": "commander of U.S. Forces Korea"})
    >>> _serves_body(bell, ["U.S.", "Forces", "Korea"]), _serves_body(bell, ["Oslo"])
    (True, False)
    """
    said = " ".join(str(held.value.get(k) or "") for k in ("role", "title", "appositive")).lower()
    return bool(body) and " ".join(body).lower() in said


def _epithet(low: list[str], team: bool = False) -> tuple[str, str] | None:
    """Return (office head, department) that an epithet's words (lower case) name: "top" before a class word of
    _TOP_OF; "head", "chief" or "leader" of a group of _GROUP_HEADS, up to _GROUP_MODIFIERS words between ("the
    head of the delegation", "the chief of the Norwegian delegation"), or "<group> chief/head" ("the delegation
    chief"); a team's head is a delegation's only for a negotiating team ("the head of the negotiating team") or
    when ``team`` (the text made the team a negotiating one), else _TEAM_HEAD (an office nobody is given as a
    delegation's: "the head of the team", a sports or other team); else None.

    >>> _epithet("america's top diplomat".split()), _epithet("the head of the delegation".split())
    (('top diplomat', 'foreign'), ('delegation head', ''))
    >>> _epithet("the delegation chief".split()), _epithet("the diplomat".split()), _epithet("the team".split())
    (('delegation head', ''), None, None)
    >>> _epithet("the head of the team".split()), _epithet("the head of the negotiating team".split())
    (('team head', ''), ('delegation head', ''))
    >>> _epithet("the chief of the norwegian delegation".split()), _epithet("the head of the team".split(), True)
    (('delegation head', ''), ('delegation head', ''))
    """
    if len(low) >= 2 and low[-2] == "top" and low[-1] in _TOP_OF:
        return _TOP_OF[low[-1]]
    if len(low) < 2 or (group := low[-1] if low[-1] in _GROUP_HEADS else low[-2]) not in _GROUP_HEADS:
        return None
    if group == low[-1]:  # "the head of the (negotiating) team"
        of = next((k for k in range(len(low) - 3, max(0, len(low) - 3 - _GROUP_MODIFIERS) - 1, -1)
                   if low[k] == "of" and k >= 1 and low[k - 1] in _GROUP_CHIEFS), None)  # fmt: skip
        if of is None or low[of + 1] not in _GROUP_OWNERS:
            return None
        mods = low[of + 2 : -1]
    elif low[-1] in {"chief", "head"}:  # "the (negotiating) team chief"
        mods = low[:-2]
    else:
        return None
    if group == "team" and not team and not _NEGOTIATING & set(mods):
        return _TEAM_HEAD, ""  # "the head of the team": a sports or other team's, unless the text makes it negotiate
    return _GROUP_HEADS[group], ""


def _same_office(role: _Office, other: _Office) -> bool:
    """Return whether ``other`` (an unnamed holder's office) may be the office ``role`` says: the same rank and
    former or not, no other department, no other country.

    >>> r = _office_traits(["the", "minister"])
    >>> foreign, deputy = _office_traits(["foreign", "minister"], "JP"), _office_traits(["deputy", "minister"])
    >>> _same_office(r, foreign), _same_office(r, deputy)
    (True, False)
    """
    return (
        role.head == other.head
        and (role.rank, role.former) == (other.rank, other.former)
        and (not role.department or other.department in {"", role.department})
        and (not role.country or other.country in {None, role.country})
    )


_INDEFINITE = frozenset(["a", "an", "another", "one"])


def _unnamed_office(text: str, idx: _Index, pos: int, end: int) -> _Office | None:
    """Return the office of an unnamed holder whose head noun is at ``[pos, end)``: opened by an indefinite ("a
    minister in Tokyo", "another negotiator") or a capitalised place's possessive ("Japan's foreign minister") before
    its modifiers, and neither a named person's title nor appositive ("Japan's foreign minister, Jo Bell,", "Jo Bell,
    a deputy minister,"); else None ("the minister" points back; "no minister" is nobody).

    >>> t = "Jo Bell, a minister, met a Japanese minister."
    >>> idx = _Index([Mention(0, 7, "Jo Bell", "person", {})])
    >>> _unnamed_office(t, idx, 11, 19), _unnamed_office(t, idx, 36, 44).country
    (None, 'JP')
    """
    lo = max(0, pos - win.UNNAMED_OFFICE_BACK)
    words = [(w.start(), w.group()) for w in _NONSPACE_RUN.finditer(text, lo, pos)][-win.MODIFIER_WORDS:]
    k = len(words)
    while k > 0 and _office_modifier(words[k - 1][1]):
        k -= 1
    if k == 0:
        return None
    first, opener = words[k - 1]
    owned = opener.endswith(_POSSESSIVE_S) and opener[:1].isupper()
    if not owned and opener.lower() not in _INDEFINITE:
        return _indefinite_office(text, idx, words, pos, end)  # "A U.S. State Department official": a body's name
    if _named_office(text, idx, first, end):
        return None
    modifiers = [w.lower() for _, w in words[k:]]
    owner = _owner_country(text, idx, words[k][0] if k < len(words) else pos) if owned else None
    country = owner[0] if owner else _country_in(modifiers)
    return _office_traits([*modifiers, text[pos:end]], country or None, owned)


def _indefinite_office(text: str, idx: _Index, words: list[tuple[int, str]], pos: int, end: int) -> _Office | None:
    """Return the office of an unnamed holder whose indefinite phrase (:func:`_indefinite_phrase`: modifiers of any
    case, "A U.S. State Department official") ends with the head noun at ``[pos, end)``, ``words`` the words before
    it; else None (no such phrase, or a named person's title).

    >>> t = "Bo spoke. A U.S. State Department official said"
    >>> ws = [(m.start(), m.group()) for m in _NONSPACE_RUN.finditer(t, 0, 34)]
    >>> _indefinite_office(t, _Index([]), ws, 34, 42).country
    'US'
    """
    j = next((j for j in range(len(words) - 1, -1, -1) if words[j][1].lower() in _INDEFINITES), None)
    if j is None or _indefinite_phrase(text, words[j][0], end + 1).end != end:
        return None
    if _named_office(text, idx, words[j][0], end):
        return None
    modifiers = [w.lower() for _, w in words[j + 1 :]]
    return _office_traits([*modifiers, text[pos:end]], _country_in(modifiers) or None)


def _owned_by(text: str, m: Mention, owner: str) -> bool:
    """Return whether the text gives the person at ``m`` the possessive ``owner`` ("Bo's") in their title right before
    the name or in their role.

    >>> t = "Bo's spokesperson Jo Bell met Al Roe."
    >>> _owned_by(t, Mention(18, 25, "Jo Bell", "person", {}), "Bo's"), _owned_by(t, Mention(30, 36, "Al Roe",
    ...     "person", {}), "Bo's")
    (True, False)
    """
    title = text[max(0, m.start - win.TITLE_BACK) : m.start].split()[-win.TITLE_LOOK_WORDS:]
    return owner in title[-2:] or owner in (m.value.get("role") or "").split()


def _office_modifier(word: str) -> bool:
    """Return whether ``word`` may modify an office noun in any case: an office, rank, department, nationality word
    or "former" (not "a", a place's possessive, a capitalised word of another kind).

    >>> [_office_modifier(w) for w in ("Japanese", "foreign", "deputy", "former", "A", "Japan's", "Tokyo,")]
    [True, True, True, True, False, False, False]
    """
    w = word.lower()
    return w in _OFFICES or w in _ROLE_GLUE or w in _DEPARTMENTS or w in _RANKS or w == "former" or \
        w.rstrip(".") in _COUNTRY_WORDS


def _named_office(text: str, idx: _Index, start: int, end: int) -> bool:
    """Return whether the office phrase at ``[start, end)`` is a named person's: their title (a name right after it,
    past a comma) or their appositive (a name right before it, past a comma, "who is", an age).

    >>> t = "Jo Bell, 58, a minister, met a minister, Al Roe."
    >>> idx = _Index([Mention(0, 7, "Jo Bell", "person", {}), Mention(41, 47, "Al Roe", "person", {})])
    >>> _named_office(t, idx, 13, 23), _named_office(t, idx, 29, 39), _named_office(t, idx, 25, 28)
    (True, True, False)
    """
    after = idx.starting_at(end, end + 3)
    if after is not None and after.kind == "person" and not after.value.get("descriptor"):
        return True
    near = idx.ending_before(start, start - win.NAMED_OFFICE_BACK, most=4)
    before = next((m for m in near if m.kind == "person"), None)
    if before is None or before.value.get("descriptor"):
        return False
    gap = text[before.end : start].replace(",", " ").split()
    if all(w in {"who", "is", "was", "now"} or w.isdigit() for w in gap):
        return True
    return _owner_apposed(text[before.end : start])  # "Jo Bell, the State Department's spokeswoman"


def _owner_apposed(gap: str) -> bool:
    """Return whether ``gap`` (the text between a name and a body's possessive that opens an office) is a comma, an
    article and the body's other capitalised words: the office is the name's appositive ("Jo Bell, the State
    Department's spokeswoman": ", the State " before "Department's"), not a new person's.

    >>> _owner_apposed(", the State "), _owner_apposed(" met the State "), _owner_apposed(", the new ")
    (True, False, False)
    >>> _owner_apposed(", Cheong Wa "), _owner_apposed(", the "), _owner_apposed(", ")  # "Jo Bell, Cheong Wa Dae's"
    (True, True, False)
    """
    words = gap.split()
    words = words[1:] if words[:1] == [","] else []
    owner = words[1:] if words[:1] and words[0] in {"the", "a", "an"} else words
    return bool(words) and len(owner) <= 3 and all(w[:1].isupper() for w in owner)


def _unnamed_offices(text: str, idx: _Index, head: str, low: str | None = None) -> tuple[list[int], list[_Office]]:
    """Return the starts and offices of the unnamed holders (see _unnamed_office) of the office ``head`` the text
    names, in text order: one scan for the head word. ``low``: ``text.lower()``, when the caller made it.

    >>> t = "Jo Bell, the minister, met a minister in Tokyo. Ministers and the minister left."
    >>> _unnamed_offices(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), "minister")[0]
    [29]
    """
    low = text.lower() if low is None else low
    starts: list[int] = []
    offices: list[_Office] = []
    pos = low.find(head)
    while pos >= 0:
        end = pos + len(head)
        if not (pos and low[pos - 1].isalnum()) and not low[end : end + 1].isalnum():
            office = _unnamed_office(text, idx, pos, end)
            if office is not None:
                starts.append(pos)
                offices.append(office)
        pos = low.find(head, end)
    return starts, offices


_COMPLEMENT_START = frozenset(["to", "of", "for", "at", "in", "on", "with", "who", "which", "that", "under"])


def _office_head(words: list[str]) -> list[str]:
    """Return the words of an office before its complement ("adviser to the president": the adviser, not the
    president; "minister of defense": the minister).

    >>> _office_head("a foreign-policy adviser to south korea's president".split())
    ['a', 'foreign-policy', 'adviser']
    """
    for k, w in enumerate(words):
        if w in _COMPLEMENT_START:
            return words[:k]
    return words


_APPOSITIVE_COPULAS = ("who is ", "who was ", "is ", "was ", "now ")


def _office_after(text: str, end: int, heads: bool = True) -> list[str]:
    """Return the words of the office a name's appositive or copula gives it right after the name (", the U.S.
    envoy,", ", who is the defense minister,", " is the envoy."), in lower case, else []; with ``heads``, a relative
    of heading (", who heads the Foo Institute,") as the head of what it names.

    >>> _office_after("Bo, who is the defense minister, met", 2), _office_after("Bo is the U.S. envoy. He", 2)
    (['defense', 'minister'], ['u.s', 'envoy'])
    >>> _office_after("Bo met the envoy", 2)
    []
    >>> _office_after("Bo, Seoul's chief negotiator, met", 2), _office_after("Bo, who heads the Foo Institute, met", 2)
    (["seoul's", 'chief', 'negotiator'], ['head', 'of', 'the', 'foo', 'institute'])
    >>> _office_after("Bo, Seoul's chief negotiator in the talks, met", 2)
    ["seoul's", 'chief', 'negotiator']
    >>> _office_after("Bo, Cheong Wa Dae's spokesman, met", 2)
    ['cheong', 'wa', "dae's", 'spokesman']
    """
    after = text[end : end + win.OFFICE_AFTER]
    if after.startswith(" (") and ")" in after:  # "Bo (the U.S. envoy) met": a bracketed appositive (qfix39)
        after = ", " + after[2 : after.index(")")] + ","
    if bare := _office_taken(after):
        return bare  # "Bo became defense secretary in July": the office taken, with no article (qfix39)
    clause = after[2:] if after.startswith(", ") else after[1:] if after.startswith((" is ", " was ")) else ""
    for copula in _APPOSITIVE_COPULAS:
        clause = clause[len(copula) :] if clause.startswith(copula) else clause
    verb = next((v for v in _HEADING_VERBS if clause.startswith(v)), "") if heads else ""
    clause = f"the head of {clause[len(verb) :]}" if verb else clause  # "who heads the Foo Institute": its head
    words: list[str] = []
    for word in clause.split(",", 1)[0].split()[:win.OFFICE_AFTER_WORDS]:
        words.append(word.lower().rstrip("."))
        if _closes_sentence(word):  # "is the U.S. envoy. He": the stop after "envoy", not "U.S."
            break
    head = _office_head(words)  # "Seoul's chief negotiator in the talks": its office before the complement (probeq36)
    poss = next((k for k, w in enumerate(head[:3]) if w.endswith(_POSSESSIVE_S)), -1)  # "Cheong Wa Dae's": k 2
    owned = poss >= 0 and len(head) >= poss + 2 and all(w[:1].isupper() for w in clause.split()[: poss + 1]) \
        and head[-1] in _OFFICES
    if owned:  # "Bo, Seoul's chief negotiator,": a place's office, the owner kept for its country
        return head
    if len(words) < 2 or len(words) > 6 or words[0] not in {"the", "a", "an", "his", "her"}:
        return []
    return words[1:]


_HEADING_VERBS = ("who heads ", "who leads ", "who runs ", "who chairs ", "who directs ")

# Verbs by which a person takes or holds an office named with no article right after them ("Bo became defense
# secretary", "Bo, who serves as ambassador,"), read after the name or its comma.
_TAKING_OFFICE = ("became ", "becomes ", "serves as ", "served as ", "who became ", "who serves as ",
                  "who served as ", "took over as ", "who took over as ")


def _office_taken(after: str) -> list[str]:
    """Return the words (lower case) of an office a verb of taking or holding it names with no article right after
    a name (``after``: the text from the name's end), up to a comma, stop or preposition, when its last word is an
    office; else [].

    >>> _office_taken(" became defense secretary in July."), _office_taken(", who serves as ambassador, met")
    (['defense', 'secretary'], ['ambassador'])
    >>> _office_taken(" became angry."), _office_taken(" became the envoy"), _office_taken(" said so")
    ([], [], [])
    """
    clause = after[2:] if after.startswith(", ") else after[1:]
    verb = next((v for v in _TAKING_OFFICE if clause.startswith(v)), "")
    if not verb:
        return []
    words: list[str] = []
    for word in clause[len(verb) :].split(",", 1)[0].split()[: win.OFFICE_AFTER_WORDS]:
        low = word.lower().rstrip(".")
        if low in _COMPLEMENT_START or low in {"the", "a", "an", "in", "on", "last", "this", "after", "when"}:
            break
        words.append(low)
        if _closes_sentence(word):
            break
    return words if words and words[-1] in _OFFICES else []


def _office_word(word: str) -> bool:
    """Return whether a word may belong to an office before a name ("defense", "Secretary", "of").

    >>> _office_word("defense"), _office_word("Secretary"), _office_word("met")
    (True, True, False)
    """
    return word in _TITLE_WORDS or word.lower() in _OFFICES or word.lower() in _ROLE_GLUE or _capitalised_title(word)


_BOTH = re.compile(r"(?:\b[Tt]he\s++two|\b[Bb]oth)\s++(?:[a-z-]++\s++)?+(?P<n>[a-z]++)\Z")
_PLURAL_PEOPLE_WORDS = frozenset(["men", "women", "people"])


_PARTY_NOUNS = word_set("sides countries governments nations states allies parties capitals")
_PAIR_FILLERS = word_set("also have had then later jointly both each again")


def _pair_subject(text: str, floor: int, pos: int) -> _Who:
    """Return "the two <plural>" / "both <plural>" as the subject of a verb of saying or agreeing before a partial
    quote in its sentence ("where the two leaders indicated that ... “...”", "Both sides agreed ..., adding that
    “...”"): resolved later to the pair named before, or the sides themselves; else nobody.

    >>> t = 'Both sides agreed to meet, adding that "talks go on."'
    >>> w = _pair_subject(t, 0, t.index('"')); t[w.start : w.end]
    'Both sides'
    >>> _pair_subject('Both sides of the "river" flooded.', 0, 18).found
    False
    """
    lo = max(floor, pos - win.PAIR_REACH)
    words = list(_WORD.finditer(text, lo, pos))
    for k in range(len(words) - 2, -1, -1):
        w = words[k].group()
        if w not in {"two", "both", "Both"} or (w == "two" and (k == 0 or words[k - 1].group() not in {"the", "The"})):
            continue
        n = k + 1 if words[k + 1].group().endswith("s") else k + 2  # "the two leaders", "both Korean governments"
        rest = [m.group() for m in words[n + 1 : n + 4]
                if m.group() not in _PAIR_FILLERS and not m.group().endswith("ly")]
        if n >= len(words) or not words[n].group().islower() or not words[n].group().endswith("s") or not rest:
            return _NOBODY
        if rest[0].lower() not in _COMMUNICATING or rest[0].endswith("ing"):
            return _NOBODY  # "Both sides of the “river”": no verb of saying after the pair
        start = words[k - 1].start() if w == "two" else words[k].start()
        return _Who("descriptor", None, start, words[n].end())
    return _NOBODY


def _two_of_them(text: str, start: int, end: int) -> bool:
    """Return whether the words naming a speaker, ``text[start:end]`` and the ten characters before, are "the two
    <people>" or "both <people>" ("the two officials", "Both former ministers"): a pair the text named before.

    >>> t = "the two officials said; the two men said; the officials said; the two reports said"
    >>> _two_of_them(t, 8, 17), _two_of_them(t, 24, 35), _two_of_them(t, 41, 54)
    (True, True, False)
    """
    if start < 0 or end - start > win.PAIR_WORDS_MOST:
        return False
    m = _BOTH.search(text, max(0, start - 10), end)
    noun = m.group("n") if m is not None else ""
    return noun in _PLURAL_PEOPLE_WORDS or (noun.endswith("s") and not noun.endswith("ss"))


def _pair_governed(text: str, people: list[Mention], j: int, floor: int) -> bool:
    """Return whether the pair ending with ``people[j]`` is governed as speakers: the list it ends (its earlier names
    joined by commas, :data:`_LIST_LINK`) starts a sentence, follows a writing's "by" or a letter's "from"
    (:func:`_signers_governed`) or "between" ("the summit between A and B ... the two leaders"); not a letter's
    addressees ("a letter to A, B and C") nor a verb's object ("met A and B").

    >>> t = "A letter to Jo Bell, Al Roe and Mo Fenn. Talks between Jo Bell and Al Roe."
    >>> ms = [Mention(t.find(n, at), t.find(n, at) + len(n), n, "person", {})
    ...       for n, at in (("Jo Bell", 0), ("Al Roe", 0), ("Mo Fenn", 0), ("Jo Bell", 40), ("Al Roe", 40))]
    >>> _pair_governed(t, ms, 2, 0), _pair_governed(t, ms, 4, 0)
    (False, True)
    """
    head = j - 1
    while head >= 1 and (link := _LIST_LINK.fullmatch(text, people[head - 1].end, people[head].start)) is not None \
            and "and" not in link["sep"]:
        head -= 1  # "Stoll, Budget Director Gus Ferrant and Lise Marrin": the list starts at Stoll
    start = people[head].start
    words = text[max(floor, start - win.SUBJECT_BACK) : start].split()
    while words and _office_word(words[-1]) and words[-1].lower() not in {"between", "to", "by"}:
        words.pop()
    if words and words[-1].lower() == "between":
        return True
    return _signers_governed(text, start, floor) and not _addressed(text, start, floor)


def _pair_before(
    text: str, people: list[Mention], starts: list[int], pos: int, floor: int
) -> tuple[Mention, Mention] | None:
    """Return the nearest two people named together before ``pos`` ("Jo Bell and Defense Secretary Al Roe") among
    the _LOOK_BACK people named nearest, governed as speakers (:func:`_signers_governed`: not the pair a verb or a
    preposition takes, "urged A and B", "met A and B", "wrote to A and B"), else None.

    >>> t = "Jo Bell and envoy Al Roe wrote. The officials said"
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(18, 24, "Al Roe", "person", {})]
    >>> [m[2] for m in _pair_before(t, ms, [0, 18], 32, 0)]
    ['Jo Bell', 'Al Roe']
    >>> t = "We met Jo Bell and envoy Al Roe. The officials said"
    >>> ms = [Mention(7, 14, "Jo Bell", "person", {}), Mention(25, 31, "Al Roe", "person", {})]
    >>> _pair_before(t, ms, [7, 25], 39, 0) is None
    True
    """
    j = bisect.bisect_left(starts, pos) - 1
    last = j - _LOOK_BACK
    if j >= 1 and text.find(" and ", people[max(0, last)].start, pos) < 0:
        return None  # every pair's " and " would lie there: none, so no pair (one search, not one a pair)
    while j >= 1 and j > last and people[j - 1].start >= floor:
        first, second = people[j - 1], people[j]
        link = _pair_link(text, first.end, second.start)  # tested before any copy: most pairs fail here
        if link > 0:
            office = text[link : second.start].split()
            if len(office) <= 6 and all(_office_word(w) for w in office) and _pair_governed(text, people, j, floor):
                return first, second
        j -= 1
    return None


# a description in commas after the first of two joined people, before "and" ("Jo Bell, a fellow at X, and Al Roe")
_APPOSED_AND = re.compile(r",[ \t]{1,3}[^,\"“”\n]{1,120}+,[ \t]{1,3}and[ \t]")


def _pair_link(text: str, first_end: int, second_start: int) -> int:
    """Return where the words before the second of two people start when "and" joins them, right after the first
    or after a description in commas of the first ("Jo Bell, a fellow at X, and envoy Al Roe": qfix42), else -1.

    >>> t = "Jo Bell, a fellow at Hudson, and envoy Al Roe wrote."
    >>> t[_pair_link(t, 7, 39) :], _pair_link("Jo Bell and Al Roe", 7, 12), _pair_link("Jo Bell met Al Roe", 7, 12)
    ('envoy Al Roe wrote.', 12, -1)
    """
    if text.startswith(" and ", first_end, second_start):
        return first_end + 5
    m = _APPOSED_AND.match(text, first_end, second_start)
    return m.end() if m is not None else -1


_SIGNER_GROUPS = word_set("members lawmakers senators legislators congressmen representatives")
# a stop before a space, a quote mark or a new line: not "(D-N.J.)" nor a title's "Sen. "
_LIST_STOP = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?](?=\s)|[\"“”\n]")


def _list_before(text: str, people: list[Mention], starts: list[int], pos: int, floor: int) -> Mention | None:
    """Return the first-named of the nearest three or more people listed before ``pos`` ("Jo Bell (D-X), Al Roe
    and Ed Fay wrote"), each parted from the next by a comma or "and" within ``win.LIST_GAP`` characters, "and"
    before the last, the first not a letter's addressee; else None.

    >>> t = "Jo Bell, Al Roe and Ed Fay wrote. The members said"
    >>> ms = [Mention(t.find(n), t.find(n) + len(n), n, "person", {}) for n in ("Jo Bell", "Al Roe", "Ed Fay")]
    >>> _list_before(t, ms, [m.start for m in ms], 38, 0).exact, _list_before(t, ms[1:], [19, 8], 38, 0)
    ('Jo Bell', None)
    """
    j = bisect.bisect_left(starts, pos) - 1
    last = j
    while j >= 1 and people[j - 1].start >= floor and j > last - _LOOK_BACK:
        a, b = people[j - 1], people[j]
        gap = b.start - a.end
        if gap > win.LIST_GAP or not _LIST_GAP.search(text, a.end, b.start) or _LIST_STOP.search(text, a.end, b.start):
            if last - j >= 2:
                break
            last = j - 1
        j -= 1
    first, end = people[j] if j >= 0 else None, last
    if first is None or end - j < 2 or first.start < floor:
        return None
    if " and " not in text[people[end - 1].end : people[end].start]:
        return None
    if _addressed(text, first.start, floor) or _PASSIVE_AFTER.match(text, people[end].end):
        return None  # a letter's addressees; "A, B and C were criticised": the list is not who wrote
    return first if _signers_governed(text, first.start, floor) else None


# "A (D-X), B and C were criticised/named ...": the list is the passive's patient, not the writers
_PASSIVE_AFTER = re.compile(
    r"\s{0,3}(?:\([^()\n]{0,30}\)\s{0,3})?,?\s{0,3}(?:were|are|was|have\s{1,3}been|had\s{1,3}been)\s{1,3}"
    r"(?!(?:joined|among)\b)[a-z]{1,20}(?<=ed|en)\b"
)
_SIGNING_BY = word_set("signed co-signed cosigned led penned written authored sent spearheaded organized organised")
_SIGNED_THINGS = word_set("letter letters note statement message release")  # "a letter from A, B and C"
# writings whose "by" names their writers ("an op-ed in the Daily by A and B", "a letter by A, B and C")
_AUTHORED = _SIGNED_THINGS | word_set("op-ed oped essay article column memo")
_INTRO_WORDS = word_set("on in last earlier later this today yesterday meanwhile separately also then")
_INTRO_MOST = 8  # words of an introductory phrase before a list that starts a sentence after its comma
_SIGNER_BACK_WORDS = 14  # words read back from a list's first name for what governs it (its office words first)


def _signers_governed(text: str, start: int, floor: int) -> bool:
    """Return whether the list whose first name is at ``start`` is governed as a letter's writers: it starts its
    sentence (perhaps after its office words, a dateline's dash or a short introductory phrase: its own subject), or
    follows "signed by", "led by", "penned by", "a letter from" or a writing's "by" ("an op-ed in the Daily by");
    not the object of another verb ("criticised",
    "met", "thanked", "urged", "called on", "wrote to").

    >>> t = "WASHINGTON — Sen. Jo Bell wrote. On Monday, Jo Bell wrote. A letter signed by Sen. Jo Bell. We met Jo."
    >>> [_signers_governed(t, i, 0) for i in (18, t.index("Jo", 40), t.index("Jo", 70), t.rindex("Jo"))]
    [True, True, True, False]
    """
    lo = max(floor, start - win.SUBJECT_BACK, text.rfind("\n", 0, start) + 1)  # within the list's paragraph
    words = text[lo:start].split()
    whole = len(words) <= _SIGNER_BACK_WORDS and (lo == floor or text[lo - 1] == "\n")
    words = words[-_SIGNER_BACK_WORDS:]
    while words and _office_word(words[-1]) and words[-1][-1] not in ",;:" and words[-1].lower() not in {"by", "to"}:
        words.pop()
    if not words:
        return whole  # the paragraph starts with the list (and its office words)
    last = words[-1].lower()
    if last[-1] in ".!?;:" or last in {"—", "--", "–"}:
        return True  # a sentence's or a dateline's start: the list is the subject
    if last == "by":  # "signed by", "an op-ed in the Daily by": the writers
        return any(w.lower().strip(",.") in _SIGNING_BY | _AUTHORED for w in words[-win.AUTHORED_BY_WORDS : -1])
    if last == "from":
        return any(w.lower() in _SIGNED_THINGS for w in words[-4:-1])
    if not last.endswith(","):
        return False  # the object of a verb or a preposition ("criticised", "met", "called on", "wrote to")
    intro = list(itertools.takewhile(lambda w: w[-1] not in ".!?", reversed(words)))
    return len(intro) <= _INTRO_MOST and intro[-1].lower() in _INTRO_WORDS and (len(intro) < len(words) or whole)


_ADDRESSEE_WORDS = 6  # words of an office read back from a name for the "to" of a letter's addressee


def _addressed(text: str, start: int, floor: int) -> bool:
    """Return whether the person named at ``start`` is the object of "to", perhaps after an office ("a letter to
    Treasury Secretary Jo Bell and ...", "wrote to Bell and Roe"): whom words were sent to, not who said them.

    >>> t = "Two senators wrote to Treasury Secretary Jo Bell and Al Roe. Jo Bell and Al Roe met."
    >>> _addressed(t, t.index("Jo"), 0), _addressed(t, t.rindex("Jo"), 0)
    (True, False)
    """
    words = text[max(floor, start - win.SUBJECT_BACK) : start].split()[-_ADDRESSEE_WORDS - 1 :]
    while words and _office_word(words[-1]) and words[-1].lower() != "to":
        words.pop()
    return bool(words) and words[-1].lower() == "to"


_ABOUT = word_set("to about on regarding concerning over against")  # a document's addressee or topic follows


_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]{0,24}+ ?+){1,4}+")  # a name's capitalised words, its title's too


def _listed_on(text: str, start: int) -> bool:
    """Return whether the name at ``start`` goes on as a list (a comma or "and", then a capitalised word: "Al Roe and
    Rep. Mo Fenn"), so that a comma before it parts two listed names, not a phrase from its clause's subject.

    >>> t = "to Jo Bell, Al Roe and Rep. Mo Fenn said; to Jo Bell, Al Roe said"
    >>> _listed_on(t, t.index("Al")), _listed_on(t, t.rindex("Al"))
    (True, False)
    """
    run = _NAME_RUN.match(text, start)
    if run is None:
        return False
    link = _LIST_LINK.match(text, run.end() - (text[run.end() - 1] == " "))
    return link is not None and text[link.end("sep") : link.end("sep") + 1].isupper()


def _document_object(text: str, start: int, floor: int) -> bool:
    """Return whether the name at ``start`` is whom or what a document is addressed to or about ("The letter to Sen.
    Jo Bell", "A report about the Defense Ministry", "a letter addressed to Bo"): a document's speaker is its sender
    or issuer, never its addressee or topic.

    >>> t = "The letter to Sen. Jo Bell said it. A report about the Defense Ministry said it. Bo wrote to Jo Bell."
    >>> [_document_object(t, t.index(w), 0) for w in ("Jo Bell", "Defense", "Bo")]
    [True, True, False]
    >>> _document_object(t, t.rindex("Jo"), 0)  # whom Bo wrote to: no document noun before "to"
    False
    >>> t = "In the letter to Jo Bell, lawmakers said it."
    >>> _document_object(t, t.index("Jo"), 0), _document_object(t, t.index("lawmakers"), 0)
    (True, False)
    """
    words = text[max(floor, start - win.SUBJECT_BACK) : start].split()[-_ADDRESSEE_WORDS - 3 :]
    while words and words[-1].lower() not in _ABOUT and (_office_word(words[-1]) or words[-1].lower() == "the"):
        if words[-1].endswith(",") and not _listed_on(text, start):
            return False  # "In the letter to Jo Bell, lawmakers said": the clause's own subject (review72 finding 9)
        words.pop()  # "to Treasury Secretary", "about the": the office or article before the name
    if len(words) < 2 or words[-1].lower() not in _ABOUT:
        return False
    noun = words[-3] if words[-2].lower() == "addressed" and len(words) >= 3 else words[-2]
    noun = noun.lower().strip(",;:")
    return noun in _SUBJECT_DOCUMENTS or noun.removesuffix("s") in _SUBJECT_DOCUMENTS


def _antecedent(
    people: list[Mention], people_starts: list[int], pos: int, floor: int, text: str = "", pronoun: str = "",
    quoted: frozenset[str] = frozenset(), depth: int = 0, spoke: Mention | None = None,
) -> Mention | None:
    """Return the nearest person named before ``pos`` (and after ``floor``, of the _LOOK_BACK nearest), outside
    quotes, whose title
    does not contradict the pronoun ("he" skips "Ms. Kang") and who is not one of ``quoted`` (the names the
    quote itself says: a speaker does not name themselves). A subject beats a nearer object of a preposition
    ("Jo Bell spoke. The team is led by Al Roe. '...,' she said": Jo Bell) or a nearer subject of a clause
    inside another ("'...,' Jo Bell said, echoing a complaint that Al Roe makes. '...,' he added": Jo Bell); and
    the nearest name gives way to its sentence's subject when a verb governs it (see _sentence_subject), unless it
    is ``spoke``, the mention the last quote's speaker was named by."""
    j = bisect.bisect_left(people_starts, pos) - 1
    first, last = None, j - _LOOK_BACK
    while j >= 0 and j > last and people[j].start >= floor:
        cand = people[j]
        if cand.end <= pos and not cand.value.get("plural") and _gender_fits(text, cand.start, pronoun, cand.end):
            if quoted and _named_in([cand]) & quoted:
                pass
            elif not pronoun or _conjunct_governor(text, people, people_starts, cand) not in _NOT_TOPIC_BEFORE or (
                    _words_from(text, cand.start, floor)):  # "The comments came from Bo. He said": Bo's words
                if spoke is not None and spoke.start == cand.start and not _opens_with_pronoun(
                        text, cand.start, floor, pronoun):  # fmt: skip
                    return cand  # the last quote's speaker ('"...," Bo quoted Al Roe as saying. "...," he added')
                if head := _apposed_head(text, people, people_starts, cand, pronoun) or _conjunct_head(
                        text, people, people_starts, cand, pronoun, spoke):  # fmt: skip
                    return head  # "Jo Bell, an aide to Sen. Al Roe, spoke. “...,” she said": Jo Bell (fix50s)
                return _sentence_subject(text, people, people_starts, cand, floor, pronoun, quoted, depth) or cand
            elif _spoke_in_clause(text, people, people_starts, cand, floor, pronoun, spoke):
                return cand  # "The message came after Bo wrote that Seoul “...”. “...,” he said": Bo
            elif first is None:
                first = cand
        j -= 1
    return first


# fix51s5: an appositive of one or more roles joined by commas and "and" ("Jo Bell, a professor at Foo University
# and a former aide to Sen. Al Roe, spoke"; "said Jo Bell, a fellow at Foo, a think tank, and a former official."):
# a role or a name inside it is the named person's, whom a later pronoun or the sentence's verb goes back to
_CONJUNCT_ARTICLES = word_set("a an the")
_CONJUNCT_STOPS = word_set("who whom whose which that where when while but because")
_CONJUNCT_PREPOSITIONS = word_set("to of for at with under")
_CONJUNCT_HEADS = 4  # persons looked back at from a mention for the head of the appositive holding it
_CONJUNCT_END = re.compile(r"[,.;:()“”\"\n]")
_CONJUNCT_DOT = re.compile(r"\b[A-Z][a-z]{0,5}+\.")
_DOTTED_TITLES = frozenset(w for w in TITLES if w.endswith("."))


def _conjunct_head(
    text: str, people: list[Mention], starts: list[int], cand: Mention, pronoun: str = "",
    spoke: Mention | None = None,
) -> Mention | None:
    """Return the named person whose appositive of roles (``_conjunct_roles``) holds ``cand`` (a role, a body or
    place in one, or a name after a preposition: "an aide to Sen. Al Roe"), when the appositive ends in a comma and a
    lower-case word and the person opens the sentence ("Jo Bell, a professor at Foo and a former official, spoke"),
    or it ends the sentence or its "in ..." phrase and the person is ``spoke``, the last quote's speaker ("“...,”
    said Jo Bell, a professor and a former aide to Sen. Al Roe."); else None.

    >>> t = "Jo Bell, a professor at Foo and a former aide to Sen. Al Roe, spoke."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(53, 59, "Al Roe", "person", {})]
    >>> _conjunct_head(t, ms, [0, 53], ms[1], "she").exact, _conjunct_head(t.replace(" and", ", met"), ms, [0, 53],
    ...                                                                     ms[1], "she")
    ('Jo Bell', None)
    """
    end = _conjunct_close(text, cand.end)
    role = cand.kind != "person" or bool(cand.value.get("descriptor"))  # "a former Pentagon official": no one named
    j = bisect.bisect_left(starts, cand.start) - 1
    for head in people[max(0, j - _CONJUNCT_HEADS + 1) : j + 1][::-1]:
        if head.value.get("plural") or head.value.get("descriptor") or head.end > cand.start:
            continue
        if not _conjunct_roles(text[head.end : cand.start], role):
            continue
        lead = text[max(0, head.start - 3) : head.start]
        opens = head.start == 0 or lead.endswith("\n") or lead.rstrip(" ").endswith((".", "\u201d"))
        said = spoke is not None and spoke.start == head.start
        if not ((end == "verb" and (opens or said)) or (end == "stop" and said)):
            return None
        if pronoun and _apposed_gender(text[head.end + 1 : cand.start]) == _GENDER_AGAINST.get(pronoun):
            return None  # "Jo Bell, a spokeswoman and an aide to Al Roe, spoke. “...,” he said": not Jo Bell
        return head if _gender_fits(text, head.start, pronoun, head.end) else None
    return None


def _undotted(words: str) -> str:
    """Return ``words`` without the full stops of abbreviations: an initial ("U.S."), a title ("Sen.") or a short
    word before "of" ("Dept. of"); a short word's stop before anything else ends a sentence.

    >>> _undotted("an aide to Sen. Al Roe at the U.S. Dept. of State at Foo. Bo")
    'an aide to Sen Al Roe at the US Dept of State at Foo. Bo'
    """
    def strip(m: re.Match[str]) -> str:
        dot = len(m.group()) == 2 or m.group() in _DOTTED_TITLES or words.startswith(" of ", m.end())
        return m.group()[:-1] if dot else m.group()

    return _CONJUNCT_DOT.sub(strip, words)


def _conjunct_roles(between: str, role: bool) -> bool:
    """Return whether ``between`` (the words from a person's name to a later mention) opens an appositive of roles
    parted by commas and "and", each after the first opening on an article, and the mention is a ``role`` or a name
    after a preposition (titles dropped) in the last of them.

    >>> _conjunct_roles(", a professor at Foo, a think tank, and a former aide to Sen. ", False)
    True
    >>> _conjunct_roles(", a professor at Foo, a think tank, and ", True)
    True
    >>> _conjunct_roles(", a professor at Foo and ", True), _conjunct_roles(", a professor, and ", False)
    (True, False)
    >>> _conjunct_roles(", a professor at Foo, met ", True), _conjunct_roles(", a professor who met ", True)
    (False, False)
    """
    words = _undotted(between).split()
    if not words or words[0] != "," or any(c in " ".join(words) for c in ".;:()“”\"\n") or any(
            w.lower().strip(",") in _CONJUNCT_STOPS for w in words):  # fmt: skip
        return False
    pieces = " ".join(words[1:]).split(", ")
    if between.endswith(", "):
        pieces.append("")
    for k, piece in enumerate(pieces):
        piece = "" if piece == "and" else piece.removeprefix("and ")  # ", and a former aide"
        first = piece.split(" ", 1)[0]
        if first not in _CONJUNCT_ARTICLES and not (k == 0 and first.islower() and _office_word(first)):
            return not piece and k == len(pieces) - 1 and role  # ", a professor, a former official"
    last = [w for w in pieces[-1].split() if not _office_word(w) or w.islower()]
    return role or (len(last) > 1 and last[-1] in _CONJUNCT_PREPOSITIONS)


def _conjunct_close(text: str, pos: int) -> str:
    """Return how the appositive that goes on at ``pos`` ends: "verb" at a comma before a lower-case word (a verb, or
    "in"/"at" of a phrase: ", spoke", ", in a seminar"), "stop" at a sentence's end, else "" (past more roles parted
    by a comma or ", and" and an article).

    >>> _conjunct_close(" at Foo, a think tank, and a former aide, spoke.", 0), _conjunct_close(" at Foo. Bo", 0)
    ('verb', 'stop')
    >>> _conjunct_close(" at Foo, who said", 0), _conjunct_close(" at Foo, and Al Roe said", 0)
    ('', '')
    """
    tail = _undotted(text[pos : pos + win.CONJUNCT_TAIL])
    for mark in _CONJUNCT_END.finditer(tail):
        if any(w in _CONJUNCT_STOPS for w in tail[: mark.start()].lower().split()):
            return ""
        if mark.group() in ".\n" or (mark.group() in "”\"" and tail[mark.start() - 1 : mark.start()] == "."):
            return "stop"
        nxt = tail[mark.end() :].split(maxsplit=2)[:2] if mark.group() == "," else []
        if not nxt:
            return ""
        word = nxt[1] if nxt[0] == "and" and len(nxt) > 1 else nxt[0]
        if word in _CONJUNCT_ARTICLES:
            continue  # ", a think tank", ", and a former aide": more roles
        return "verb" if nxt[0] != "and" and nxt[0].islower() and nxt[0] not in _CONJUNCT_STOPS else ""
    return ""


# fix50s: a sentence that opens on a name, then an appositive naming another person, then its verb ("Jo Bell, an aide
# to Sen. Al Roe, spoke Monday."): a later pronoun goes back to the sentence's head, not to the name in the aside
_APPOSED_VERB = re.compile(r",[ \t]{1,3}+[a-z]{2,20}+\b")
_APPOSED_ABBREV = re.compile(r"\b[A-Z][a-z]{0,3}+\.")


def _apposed_head(text: str, people: list[Mention], starts: list[int], cand: Mention, pronoun: str) -> Mention | None:
    """Return the person whose appositive (between commas, before a lower-case verb) holds ``cand``, when that person
    opens the sentence and fits the pronoun, else None.

    >>> t = "Jo Bell, an aide to Sen. Al Roe, spoke Monday."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(25, 31, "Al Roe", "person", {})]
    >>> _apposed_head(t, ms, [0, 25], ms[1], "she").exact, _apposed_head("Mr. " + t, ms, [0, 25], ms[1], "she")
    ('Jo Bell', None)
    """
    j = bisect.bisect_left(starts, cand.start) - 1
    if not pronoun or j < 0 or not _APPOSED_VERB.match(text, cand.end):
        return None
    head = people[j]
    between = _APPOSED_ABBREV.sub("", text[head.end : cand.start])  # "Sen.", "U.S.": no sentence's end
    if not between.startswith(",") or not between[1:].strip() or any(c in between[1:] for c in ",.;:()“”\"") or (
            head.value.get("plural") or head.value.get("descriptor")):  # fmt: skip
        return None  # "The top negotiator, Jo Bell, said": she is the appositive itself
    lead = text[max(0, head.start - 3) : head.start]
    if head.start > 0 and not (lead.endswith("\n") or lead.rstrip(" ").endswith((".", "\u201d"))):
        return None  # "He met Jo Bell, an aide to Al Roe, and": only a name that opens its sentence
    if _apposed_gender(between[1:]) == _GENDER_AGAINST.get(_OBJECT_PRONOUNS.get(pronoun, pronoun)):
        return None  # "Jo Bell, a spokeswoman for Gov. Ned Corr, spoke. “...,” he said": not Jo Bell (mend50s4)
    return head if _gender_fits(text, head.start, pronoun, head.end) else None


# mend50s4: the appositive's first noun gives its person's gender ("a spokeswoman for", "the wife of"): a pronoun of
# the other gender cannot point back to the sentence's head
_APPOSED_FEMALE = word_set("spokeswoman wife sister daughter mother congresswoman chairwoman businesswoman widow aunt "
                           "niece girlfriend")
_APPOSED_MALE = word_set("spokesman husband brother son father congressman chairman businessman widower uncle nephew "
                         "boyfriend")
_GENDER_AGAINST = {"he": "she", "she": "he"}
_APPOSED_STOPS = word_set("of for to at with in from on")


def _apposed_gender(aside: str) -> str | None:
    """Return "she" or "he" when an appositive's first noun (before its first preposition) is gendered, else None.

    >>> _apposed_gender(" a spokeswoman for Gov. "), _apposed_gender(" the longtime husband of ")
    ('she', 'he')
    >>> _apposed_gender(" an aide to "), _apposed_gender(" an aide to the wife of ")
    (None, None)
    """
    for word in aside.lower().split():
        if word in _APPOSED_STOPS:
            break
        if word in _APPOSED_FEMALE or word in _APPOSED_MALE:
            return "she" if word in _APPOSED_FEMALE else "he"
    return None


_SPOKE_SUBORDINATORS = word_set("after before while when because since although though until unless whereas")


def _spoke_in_clause(
    text: str, people: list[Mention], starts: list[int], cand: Mention, floor: int, pronoun: str,
    spoke: Mention | None,
) -> bool:
    """Return whether ``cand`` is ``spoke``, the last quote's speaker, told as the subject of a subordinate clause
    ("The message came a day after Bo wrote that Seoul “agreed to pay”") in a sentence no person opens: the quote
    after it ('“...,” he complained') goes on with that speaker, though a subordinate clause's subject is not
    otherwise a sentence's topic (see _NOT_SUBJECT_BEFORE)."""
    if spoke is None or spoke.start != cand.start or _governing_word(text, cand.start) not in _SPOKE_SUBORDINATORS:
        return False
    return _sentence_subject(text, people, starts, cand, floor, pronoun, frozenset()) is None


def _opens_with_pronoun(text: str, start: int, floor: int, pronoun: str) -> bool:
    """Return whether the sentence that holds ``start`` opens with ``pronoun`` as its subject ("She spoke after
    meeting Al Roe, who called it “absurd.”"): a later "she" goes on with that subject, though Al Roe spoke last.

    >>> t = "She spoke after meeting Al Roe. Bo met Al Roe."
    >>> _opens_with_pronoun(t, 24, 0, "she"), _opens_with_pronoun(t, 39, 0, "she"), _opens_with_pronoun(t, 24, 0, "he")
    (True, False, False)
    """
    para = text.rfind("\n", max(floor, start - win.LAST_SENTENCE_BACK), start) + 1
    sent = _last_sentence_start(text, max(floor, para, start - win.LAST_SENTENCE_BACK), start + 1)
    opener = _NONSPACE.search(text, sent, start)
    return opener is not None and text[opener.start() : opener.start() + 4].split(maxsplit=1)[0] in \
        _SUBJECT_PRONOUNS.get(pronoun, ())


# Verbs that present words before "from"/"by": "came from Bo", "was delivered by Bo" (not "welcomed by Bo": a response)
_PRESENTING_FROM = word_set("came comes come coming")
_PRESENTING_BY = word_set("delivered issued voiced made offered given posted sent written signed released")


def _presents_words(verb: str, prep: str) -> bool:
    """Return whether ``verb`` then ``prep`` present someone's words ("came from", "issued by"), not a response to
    them ("welcomed by", "criticised by", "rejected by").

    >>> _presents_words("came", "from"), _presents_words("delivered", "by"), _presents_words("welcomed", "by")
    (True, True, False)
    >>> _presents_words("came", "by"), _presents_words("criticised", "by")
    (False, False)
    """
    verbs = _PRESENTING_FROM if prep == "from" else _PRESENTING_BY if prep == "by" else frozenset()
    return verb.lower() in verbs


def _words_from(text: str, start: int, floor: int) -> bool:
    """Return whether the person at ``start`` is whose words the sentence presents, after "from" or "by" when its
    subject is a speech noun ("The latest comments came from Bo", "The warning was delivered by Bo"): the topic a
    later "he" goes on with, not an object to pass over.

    >>> t = "Then the talks stalled. The latest comments came from Bo Kim"
    >>> _words_from(t, t.index("Bo"), 0), _words_from("The team is led by Bo Kim", 19, 0)
    (True, False)
    """
    words = text[max(floor, start - win.WORDS_FROM_BACK) : start].split()
    if len(words) < 2 or not _presents_words(words[-2], words[-1]):
        return False
    sent = max((k for k, w in enumerate(words) if _closes_sentence(w)), default=-1) + 1
    opening = [w.lower().strip(",") for w in words[sent : sent + win.SPEECH_OPENING_WORDS]]
    return any(w in _SPEECH_NOUNS or w in _SPEECH_PLURALS or w == "criticism" for w in opening)


def _name_country(m: Mention) -> str | None:
    """Return the country a person's Korean name implies when the text states none and the gazetteer does not know
    them ("Defense Minister Oh Jin-seok" beside "South Korean Foreign Minister Han Do-yun": both South Korean, so "the
    South Korean minister" is the nearer; "envoy Tak Joonchan" is no "U.S. envoy"), else None.

    >>> _name_country(Mention(0, 11, "Oh Jin-seok", "person", {"name": "Oh Jin-seok"}))
    'KR'
    >>> _name_country(Mention(0, 10, "Ray Colter", "person", {"name": "Ray Colter"})) is None
    True
    """
    if m.value.get("id"):
        return None  # the gazetteer's person: its country is read from its role
    words = (m.value.get("name") or m.exact).split()
    korean = 2 <= len(words) <= 4 and words[0] in KOREAN_SURNAMES and all(w[:1].isupper() for w in words[1:])
    return "KR" if korean and all(w.replace("-", "").isalpha() for w in words) else None


_COORDINATORS = frozenset(["and", "or", "nor", "but", "&"])
_SUBJECT_PRONOUNS = {"he": ("He", "he"), "she": ("She", "she")}
_SUBJECT_DEPTH = 2  # sentences a pronoun subject is followed back through ("He met Al Roe." after "He spoke.")


def _sentence_subject(
    text: str, people: list[Mention], starts: list[int], cand: Mention, floor: int, pronoun: str,
    quoted: frozenset[str], depth: int = 0, spoke: Mention | None = None,
) -> Mention | None:
    """Return the subject of the sentence that names ``cand`` when a verb or a clause's word governs ``cand`` (an
    object, "Bo said he had asked Al Roe to help", "Bo met Al Roe"; or a reported clause's subject, "Bo said Al Roe
    would come"): a later "he" goes on with the sentence's subject, not its object. The subject is the person that
    opens the sentence (after an opening phrase and its comma), or what a "he"/"she" opening it points back to
    ("He met Al Roe." after "Bo spoke."); None when ``cand`` is itself a subject or the sentence opens with no one.

    >>> t = "Bo Kim said he had asked Al Roe to help."
    >>> ms = [Mention(0, 6, "Bo Kim", "person", {}), Mention(25, 31, "Al Roe", "person", {})]
    >>> _sentence_subject(t, ms, [0, 25], ms[1], 0, "he", frozenset()).exact
    'Bo Kim'
    >>> t = "Bo Kim and Al Roe met."
    >>> ms = [Mention(0, 6, "Bo Kim", "person", {}), Mention(11, 17, "Al Roe", "person", {})]
    >>> _sentence_subject(t, ms, [0, 11], ms[1], 0, "he", frozenset()) is None
    True
    """
    governing = _governing_word(text, cand.start)
    if governing in _COORDINATORS:
        governing = _first_conjunct_governor(text, cand.start)  # "talks with Seoul and President Al Roe"
    if not governing.isalpha() or not governing.islower() or governing in _COORDINATORS:
        return None  # the name opens its clause ("Bo and Al Roe met", "On Monday, Al Roe said")
    if (at := _pronoun_governs(text, cand.start, governing, pronoun)) is not None and depth < _SUBJECT_DEPTH:
        return _antecedent(people, starts, at, floor, text, pronoun, quoted, depth + 1, spoke)  # '“...,” he told Bo'
    para = text.rfind("\n", max(floor, cand.start - win.LAST_SENTENCE_BACK), cand.start) + 1
    sent = _last_sentence_start(text, max(floor, para, cand.start - win.LAST_SENTENCE_BACK), cand.start + 1)
    opener = _NONSPACE.search(text, sent, cand.start)
    if opener is None:
        return None
    word = text[opener.start() : opener.start() + 4].split(maxsplit=1)[0]
    if word in _SUBJECT_PRONOUNS.get(pronoun, ()) and depth < _SUBJECT_DEPTH:  # "He met Al Roe": who "he" is
        return _antecedent(people, starts, opener.start(), floor, text, pronoun, quoted, depth + 1, spoke)
    j = bisect.bisect_left(starts, sent)
    if (office := _opening_office(text, people, j, cand)) is not None:
        return office  # "The former minister said Al Roe had made what he called ...": the minister (speak57)
    while j < len(people) and people[j].start < cand.start and people[j].value.get("descriptor"):
        j += 1  # "The minister, Bo, met Al Roe": the name the office is given
    first = people[j] if j < len(people) and people[j].start < cand.start else None
    if first is None or first.value.get("plural") or text.startswith(("'s", "’s"), first.end):
        return None  # nobody named opens it, a group does, or an owner ("Bo's aide met Al Roe")
    opening = _governing_word(text, first.start)
    if opening and not opening.endswith(","):
        return None  # the first name is itself governed ("After talks with Bo, ...", "It said Bo ...")
    if not _gender_fits(text, first.start, pronoun, first.end) or (quoted and _named_in([first]) & quoted):
        return None
    return first


def _opening_office(text: str, people: list[Mention], j: int, cand: Mention) -> Mention | None:
    """Return the definite office that opens the sentence of ``cand`` as its subject, the ``j``-th person, when no
    name is apposed to it and it refers back to someone named before ("The former minister also said Al Roe had
    made what he called ...": the minister's "he", not the reported clause's subject); else None.

    >>> t = "The former minister said Al Roe came."
    >>> ms = [Mention(0, 19, "The former minister", "person", {"descriptor": True}), Mention(25, 31, "Al Roe",
    ...       "person", {})]
    >>> _opening_office(t, ms, 0, ms[1]).exact
    'The former minister'
    >>> t = "The minister, Bo, met Al Roe."
    >>> ms = [Mention(0, 12, "The minister", "person", {"descriptor": True}), Mention(14, 16, "Bo", "person", {}),
    ...       Mention(22, 28, "Al Roe", "person", {})]
    >>> _opening_office(t, ms, 0, ms[2]) is None
    True
    >>> _opening_office("A lawmaker said Al Roe came.", [Mention(0, 10, "A lawmaker", "person", {"descriptor": True}),
    ...     Mention(16, 22, "Al Roe", "person", {})], 0, Mention(16, 22, "Al Roe", "person", {})) is None
    True
    """
    if j >= len(people) or people[j].start >= cand.start or not _refers_back(people[j]):
        return None
    office = people[j]
    if _NONSPACE.search(text, office.end, cand.start) is None or text[office.end : office.end + 1] in ",(":
        return None  # "The minister, Bo, ...", "the minister (Bo)": the name the office is given
    nxt = people[j + 1] if j + 1 < len(people) else cand
    return None if nxt.start < cand.start and nxt.value.get("descriptor") else office


def _pronoun_governs(text: str, start: int, governing: str, pronoun: str) -> int | None:
    """Return where the subject pronoun (of ``pronoun``'s gender) right before ``governing``, the verb that governs
    the name at ``start``, stands ('“...,” he told the defense minister': "he" is the speaker, the minister only
    the one told, so a later "he" goes on with whom the first points back to); None when no such pronoun.

    >>> t = "“We pay,” he told the defense minister"
    >>> _pronoun_governs(t, t.index("the d"), "told", "he"), _pronoun_governs(t, t.index("the d"), "told", "she")
    (10, None)
    >>> _pronoun_governs("Bo said he had asked Al Roe", 22, "asked", "he") is None  # "had" before the verb
    True
    """
    lo = max(0, start - win.GOVERNOR_BACK)
    chunk = _after_last_mark(text[lo:start])
    words = chunk.split()
    k = next((k for k in range(len(words) - 1, 0, -1) if words[k] == governing), 0)
    if k == 0 or words[k - 1] not in _SUBJECT_PRONOUNS.get(pronoun, ()):
        return None
    at = chunk.rfind(f"{words[k - 1]} {governing}")
    return None if at < 0 else start - len(chunk) + at


# the months' names as a set: ``x in calendar.month_name`` formats all twelve with ``strftime`` at each test (speed49)
_MONTH_NAMES = frozenset(calendar.month_name[1:])


def _first_conjunct_governor(text: str, start: int) -> str:
    """Return the word that governs the first of two names joined by "and"/"or" before the name at ``start`` ("with
    Seoul and President Al Roe": "with"): a coordinated name shares its partner's role, so an object's partner is an
    object too; "" when the pair opens its clause ("Bo and Al Roe met").

    >>> _first_conjunct_governor("Bo is negotiating with South Korea and President Al Roe", 48)
    'with'
    >>> _first_conjunct_governor("Bo and Al Roe met", 7)
    ''
    """
    chunk = text[max(0, start - win.GOVERNOR_BACK) : start]
    for word in (" and ", " or "):
        at = chunk.rfind(word)
        first = chunk[:at].split()[-1:]  # the first conjunct's last word: a name's ("wanted Seoul to pay more and")
        if at >= 0 and not chunk[at + len(word) :].strip(" ").count(" ") > 3 and first and first[0][:1].isupper() \
                and first[0] not in _NOT_TITLE and first[0] not in _MONTH_NAMES:  # review15: "on Monday and Bo"
            return _governing_word(text, max(0, start - win.GOVERNOR_BACK) + at + 1)
    return ""


def _named_in(mentions: Sequence[Mention]) -> frozenset[str]:
    """Return the ids, names and surnames of the people among ``mentions``.

    >>> sorted(_named_in([Mention(0, 7, "Jo Bell", "person", {"id": None, "name": "Jo Bell"})]))
    ['Bell', 'Jo Bell']
    """
    out: set[str] = set()
    for m in mentions:
        if m.kind == "person" and not m.value.get("descriptor"):
            name = m.value.get("name") or m.exact
            out.update(x for x in (m.value.get("id"), name, surname_of(name)) if x)
    return frozenset(out)


def _after_last_mark(chunk: str) -> str:
    """Return the words of ``chunk`` after its last double quote mark: a quote's words govern nothing outside it.

    >>> _after_last_mark('on the Korean Peninsula," Bo'), _after_last_mark("led by Bo")
    (' Bo', 'led by Bo')
    """
    return chunk[max(chunk.rfind('"'), chunk.rfind("”"), chunk.rfind("“")) + 1 :]


def _governing_word(text: str, start: int) -> str:
    """Return the word before the name at ``start``, past its title, in lower case ("" at the start): a preposition
    makes it an object ("led by former envoy Bo"), "that" or "which" the subject of a clause inside another
    ("a complaint that Bo also makes"); neither is a sentence's subject a pronoun points back to.

    >>> _governing_word("led by former envoy Bo", 20), _governing_word("a complaint that Bo makes", 17)
    ('by', 'that')
    >>> _governing_word("Bo left", 0)
    ''
    >>> _governing_word("The head of troops in South Korea, General Bo", 44)  # an appositive: its own comma
    'korea,'
    """
    # '“... of the Korean Peninsula,” Bo said'
    chunk = _after_last_mark(text[max(0, start - win.GOVERNOR_BACK) : start])
    before = chunk[chunk.rfind("\n") + 1 :].split()  # a paragraph's first name governs nothing before it
    office = False
    while before:
        if _closes_sentence(before[-1]):
            return ""  # "... on Monday. Ana Volk, however, disagreed": the name opens its sentence
        while before and not _closes_sentence(before[-1]) and not before[-1].endswith(",") and (
                before[-1][:1].isupper() or before[-1].lower() in _OFFICES
                          or before[-1].lower() in _TITLE_GLUE_LOWER
                          or (before[-1].lower() in _DETERMINERS and before[-1] != "that")):  # fmt: skip
            office = office or before[-1].lower() in _OFFICES
            before.pop()
        if not _office_complement(before):
            break
        before.pop()  # "envoy to North Korea Bo": the preposition is the office's, not the name's
    return _past_modifiers(before) if office else before[-1].lower() if before else ""


def _conjunct_governor(text: str, people: Sequence[Mention], starts: Sequence[int], cand: Mention) -> str:
    """Return the word that governs the person ``cand`` (:func:`_governing_word`), or, when ``cand`` is the second of
    two people joined by "and"/"or" ("a summit between President Jo Bell and leader Al Roe"), the word that governs
    the first: a conjunct shares its first conjunct's governor, so an object of "between" stays one (fresh91q).

    >>> t = "a summit between President Jo Bell and leader Al Roe. Jo Bell and Al Roe met."
    >>> starts = [t.index("Jo"), t.index("Al"), t.rindex("Jo"), t.rindex("Al")]
    >>> ms = [Mention(a, a + 7 - (t[a] == "A"), t[a : a + 7 - (t[a] == "A")], "person", {}) for a in starts]
    >>> _conjunct_governor(t, ms, starts, ms[1]), _conjunct_governor(t, ms, starts, ms[3])
    ('between', '')
    """
    word = _governing_word(text, cand.start)
    if word not in {"and", "or"}:
        return word
    joint = text.rfind(f" {word} ", max(0, cand.start - win.GOVERNOR_BACK), cand.start)
    k = bisect.bisect_left(starts, cand.start) - 1  # the person named right before the joining word
    if joint < 0 or k < 0 or people[k].end > joint or text[people[k].end : joint].strip(" ,"):
        return word
    return _governing_word(text, people[k].start)


def _past_modifiers(before: list[str]) -> str:
    """Return the word that governs an office's name in ``before`` (its words up to the office), past at most two
    lower-case modifiers of the office when a preposition or subordinator comes before them ("talks with opposition
    leader Bo": with); else the last word, in lower case ("" if none).

    >>> _past_modifiers("talks with opposition".split()), _past_modifiers("Bo met opposition".split())
    ('with', 'opposition')
    >>> _past_modifiers("a call from ruling party".split()), _past_modifiers([])
    ('from', '')

    A participle of judging among them governs the office ("with Al praising opposition leader Bo": praising).

    >>> _past_modifiers("with crowds mocking".split()), _past_modifiers("Al praising opposition".split())
    ('mocking', 'praising')
    """
    if judging := [w.lower() for w in before[-2:] if w.lower() in _JUDGING_PARTICIPLES]:
        return judging[-1]
    for k in (2, 3):
        if len(before) >= k and before[-k].lower() in _NOT_SUBJECT_BEFORE and all(
                w.isalpha() and w.islower() for w in before[1 - k :]):  # fmt: skip
            return before[-k].lower()
    return before[-1].lower() if before else ""


_COMPLEMENT_PREPOSITIONS = frozenset(["to", "for", "of", "at", "in"])


def _closes_sentence(word: str) -> bool:
    """Return whether ``word`` ends a sentence: a final stop, "!" or "?", not an abbreviation ("U.S.", "Gen.", "Jr.").

    >>> _closes_sentence("Monday."), _closes_sentence("U.S."), _closes_sentence("Gen."), _closes_sentence("said")
    (True, False, False, False)
    """
    if word[-1:] in {"!", "?"}:
        return True
    if word[-1:] != "." or "." in word[:-1]:
        return False
    return word[:-1] not in _ABBREVIATIONS and word not in TITLES


def _office_complement(before: list[str]) -> bool:
    """Return whether ``before`` (the words before a name, its title's capitalised words already read) ends with an
    office and the preposition of its complement ("special representative to", "Ambassador for"), which belongs to
    the title: the name after it is no preposition's object.

    >>> _office_complement("Hanul envoy to".split()), _office_complement("spoke to".split())
    (True, False)
    """
    if len(before) < 2 or before[-1].lower() not in _COMPLEMENT_PREPOSITIONS:
        return False
    office = before[-2].lower()
    return office in _OFFICES or (before[-2][:1].isupper() and office.rstrip("s") in ROLE_NOUNS)


_NOT_SUBJECT_BEFORE = _PREPOSITIONS | frozenset(["that", "which", "whom", "whose"]) | frozenset(
    ["after", "before", "while", "when", "because", "since", "although", "though", "until", "unless", "whereas"]
)  # "Bo spoke after Al Roe left": a subordinate clause's subject is not the sentence's topic
# The same with the prepositions of a pair ("a summit between Jo Bell and Al Roe"): no topic a "he" goes on with
_NOT_TOPIC_BEFORE = _NOT_SUBJECT_BEFORE | word_set("between among")
# Words before a list that open its clause (it is their clause's subject): subordinators, "that", coordinators.
_CLAUSE_OPENERS = (_NOT_SUBJECT_BEFORE - _PREPOSITIONS) | word_set("and but or nor yet so as if where whether both")
# Capitalised words opening a sentence that make the name after them an object ("Besides Jo Bell, ...").
_OPENING_PREPOSITIONS = _PREPOSITIONS | _PLACE_PREPOSITIONS | word_set("unlike like despite except including beyond")
_OPENING_TITLE_WORDS = 3  # words read back from a name for a capitalised preposition before its titles
_NOT_PARTICIPLES = word_set("morning evening spring thing nothing something anything everything king")  # nouns


_TITLE_GLUE_LOWER = frozenset(["former", "then", "his", "her", "their", "its", "counterpart", "acting"])


_FEMALE_TITLES = ("Ms. ", "Mrs. ", "Madam ", "Madame ", "Miss ")
_MALE_TITLES = ("Mr. ",)


def _gender_fits(text: str, start: int, pronoun: str, end: int | None = None) -> bool:
    """Return whether a pronoun can point back to the name at ``start`` given the title before it and the first
    "his" or "her" after it in its own clause (see :func:`_gender_past_aside`), read from the name's ``end`` (without
    one, from the end of the capitalised words at ``start``; fix51s4).

    >>> _gender_fits("met Ms. Kang", 8, "he"), _gender_fits("met Ms. Kang", 8, "she"), _gender_fits("Kang", 0, "he")
    (False, True, True)
    >>> _gender_fits("Bo Roe and his party left.", 0, "she", 6), _gender_fits("Bo Roe and his party left.", 0, "she")
    (False, False)
    """
    before = text[max(0, start - 8) : start]
    pronoun = _OBJECT_PRONOUNS.get(pronoun, pronoun)  # "according to her": she
    end = _name_words_end(text, start) if end is None else end  # fix51s4: the name's own words, read after it
    if pronoun == "he":
        return not before.endswith(_FEMALE_TITLES) and (end is None or _gender_past_aside(text, start, end) != "she")
    if pronoun == "she":
        return not before.endswith(_MALE_TITLES) and (end is None or _gender_past_aside(text, start, end) != "he")
    return True


def _name_words_end(text: str, start: int) -> int | None:
    """Return where the capitalised words of a name at ``start`` end (:data:`_NAME_RUN`), at the latest before the
    dot of a word ending in "." that is no title or initial: the sentence's end bounds the gender read after it
    (mend51s4); None when no capitalised word starts there.

    >>> t = "Bo Roe met Al Lin. His team left."
    >>> t[11 : _name_words_end(t, 11)], t[0 : _name_words_end(t, 0)], _name_words_end("the end", 0)
    ('Al Lin', 'Bo Roe', None)
    >>> t = "Dr. Jo B. Bell, who leads"
    >>> t[: _name_words_end(t, 0)]
    'Dr. Jo B. Bell'
    """
    run = _NAME_RUN.match(text, start)
    if run is None:
        return None
    pos = start
    for word in text[start : run.end()].split():
        pos = text.index(word, pos) + len(word)
        if word.endswith(".") and word not in TITLES and not _INITIALS.fullmatch(word):
            return pos - 1  # "met Al Lin. His team": the sentence ends after "Lin"
    return pos


# fix51s4: a relative clause set off by commas right after a name that opens its sentence ("Bo Roe, who leads the
# Hanul Energy Board, met her counterpart"): when it gives no gender before a capitalised word, its own words after a
# body's name may, and (mended after review51s4) the main clause after it only when the name opens its paragraph
_WHO_CLAUSE_AFTER_NAME = re.compile(r",[ \t]{1,3}+who[ \t]")
# the last word of a body's or a place's name a relative clause may give with "the" ("the Hanul Energy Board"); never
# a title ("the Defense Minister", "the First Lady") nor a government ("the Moon government")
_CLAUSE_BODY_NOUNS = word_set("agency institute ministry office command center centre university board authority "
                              "committee commission council department bureau embassy assembly foundation association "
                              "federation corporation company bank court school college academy")
_CLAUSE_BODY_LINKS = word_set("and or in at on for to with from since until before after during")  # after its name


def _gender_past_aside(text: str, start: int, end: int) -> str | None:
    """Return :func:`_gender_after` of the name at ``start``-``end``, else, when it opens its sentence and a relative
    clause set off by commas (:func:`_clause_bodies_only`) opens right after it, the "her"/"his" of the clause's own
    words, or (the name opening its paragraph) :func:`_main_clause_gender` from the clause's closing comma on.

    >>> t = "Bo Roe, who leads the Hanul Energy Board, met her counterpart."
    >>> _gender_after(t, 6), _gender_past_aside(t, 0, 6), _gender_past_aside("Al Lin left. " + t, 13, 19)
    (None, 'she', None)
    >>> _gender_past_aside("Bo Roe, who leads the Hanul Energy Board and her team, left.", 0, 6)
    'she'
    >>> t = "Bo Roe, who met Al Lin and his aides, thanked her."  # "his": Al Lin's; "her": an object
    >>> _gender_past_aside(t, 0, 6), _gender_past_aside("Bo Roe met Al Lin, who praised her team.", 0, 6)
    (None, None)
    >>> _gender_past_aside("Bo Roe, who met the President, said he agreed.", 0, 6) is None  # a title: his "he"
    True
    """
    found = _gender_after(text, end)
    if found is not None or _WHO_CLAUSE_AFTER_NAME.match(text, end) is None:
        return found
    para = text.rfind("\n", 0, start) + 1
    sent = _last_sentence_start(text, para, start)
    aside = text[end + 1 : end + win.GENDER_AFTER]
    close = aside.find(",")
    if not all(w in TITLES for w in text[sent:start].split()) or close < 0 or any(
            c in aside[:close] for c in ".;:!?\"“”()") or not _clause_bodies_only(aside[:close].split()):
        return None  # not the sentence's subject, or a person, a title or a place the clause names may own it
    own = _gender_after(aside[:close].lower() + ",", 0)  # "who leads the Hanul Energy Board and her team"
    return own or (_main_clause_gender(text, end + 1 + close) if sent == para else None)


def _clause_bodies_only(words: list[str]) -> bool:
    """Return whether each run of capitalised words among a relative clause's ``words`` is a body's name given with
    "the", ending in a body's noun (_CLAUSE_BODY_NOUNS) and followed by the clause's end or a linking word.

    >>> _clause_bodies_only("who heads the Hanul Energy Board and its staff".split())
    True
    >>> [_clause_bodies_only(f"who met {w}".split()) for w in ("the President", "Al Lin", "the Moon government")]
    [False, False, False]
    >>> _clause_bodies_only("who met the Hanul Board chief".split())  # the body's chief: a person
    False
    """
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j][:1].isupper():
            j += 1
        if j > i and (i == 0 or words[i - 1].lower() != "the" or words[j - 1].lower() not in _CLAUSE_BODY_NOUNS or (
                j < len(words) and words[j].lower() not in _CLAUSE_BODY_LINKS)):
            return False
        i = j + 1
    return True


def _main_clause_gender(text: str, pos: int) -> str | None:
    """Return :func:`_gender_after` read from ``pos`` (a relative clause's closing comma) unless a title or role comes
    before its pronoun ("praised the minister and his staff": the minister's).

    >>> _main_clause_gender(", met her counterpart.", 0), _main_clause_gender(", praised the envoy and his aides.", 0)
    ('she', None)
    """
    words = text[pos : pos + win.GENDER_AFTER].split()[: win.GENDER_WORDS]
    gendered = [i for i, w in enumerate(words) if w.strip(",;:.").lower() in _MALE_WORDS | _FEMALE_WORDS]
    if gendered and any(w.strip(",;:").lower() in ROLE_NOUNS for w in words[: gendered[0]]):
        return None
    return _gender_after(text, pos)


def _gender_key(m: Mention) -> str:
    """Return the name that joins a person's mentions ("Roe" of "Al Roe" once resolved: its full name)."""
    return m.value.get("name") or m.exact


def _person_genders(text: str, people: list[Mention]) -> dict[str, str]:
    """Return "he" or "she" per person (by :func:`_gender_key`) whose mentions give a gender: a title before one
    ("Mr. Al Roe") or the first "his"/"her" of its clause (:func:`_gender_after`); a person given both is left out.

    >>> t = "Mr. Al Roe met Jo Bell. Roe left. Bo Lin, who leads her team, met Ms. Bo Lin."
    >>> ms = [Mention(4, 10, "Al Roe", "person", {"name": "Al Roe"}), Mention(15, 22, "Jo Bell", "person", {}),
    ...       Mention(24, 27, "Roe", "person", {"name": "Al Roe"}), Mention(34, 40, "Bo Lin", "person", {})]
    >>> _person_genders(t, ms)
    {'Al Roe': 'he', 'Bo Lin': 'she'}
    >>> _person_genders("Mr. Bo Lin met Ms. Bo Lin.", [Mention(4, 10, "Bo Lin", "person", {}),
    ...                                                 Mention(19, 25, "Bo Lin", "person", {})])
    {}
    """
    out: dict[str, str] = {}
    for m in people:
        before = text[max(0, m.start - 8) : m.start]
        g = "she" if before.endswith(_FEMALE_TITLES) else "he" if before.endswith(_MALE_TITLES) else None
        g = g or _gender_past_aside(text, m.start, m.end)
        if g:
            key = _gender_key(m)
            out[key] = g if out.get(key, g) == g else ""
    return {k: v for k, v in out.items() if v}


_MALE_WORDS = word_set("he his him himself")
_FEMALE_WORDS = word_set("she her hers herself")
# A word of _MALE_WORDS or _FEMALE_WORDS in lower case, between blanks or the marks _gender_after strips (",;:()"):
# what a lowered text holds where _gender_after finds a gendered word. It opens with the literal "h" (a "she" read
# back from its "h"), which ``re`` skips to.
_GENDER_WORD = re.compile(
    r"h(?:(?<![^\s,;:()]h)(?:e|is|imself|im|erself|ers?)|(?<![^\s,;:()]sh)(?<=sh)e)(?![^\s,;:()])")


def _object_pronoun(word: str, after: str) -> bool:
    """Return whether a gendered pronoun is an object ("him"; "her" not before a noun of its own), which names
    someone other than the clause's subject.

    >>> _object_pronoun("him", "to"), _object_pronoun("her", "for"), _object_pronoun("her", "team")
    (True, True, False)
    >>> _object_pronoun("her", ""), _object_pronoun("his", "team"), _object_pronoun("her", "party's")
    (True, False, False)
    """
    if word == "him":
        return True
    after = after[:-2] if after.endswith(("'s", "’s")) else after  # "her district's jobs": her own district
    return word == "her" and (not after.isalpha() or not after.islower() or after in _PREPOSITIONS
                              or after in _DETERMINERS or after in _OBJECT_FOLLOWERS)


_OBJECT_FOLLOWERS = frozenset(["and", "or", "but", "that", "as", "if", "when", "after", "before", "again", "back",
                               "up", "down", "out", "off", "over", "into", "onto", "not", "too", "also"])


def _gender_after(text: str, end: int) -> str | None:
    """Return "he" or "she" as the first gendered pronoun after a name ending at ``end`` says ("Bo Roe and his party",
    "Bo Roe, who leads her team"), read up to the clause's end, a capitalised word (another name may own the
    pronoun: "Bo Roe met Al Lin and his team") or a quote mark; None if there is none.

    >>> _gender_after("Bo Roe, who leads her team, left.", 6), _gender_after("Bo Roe met Al Lin and his team.", 6)
    ('she', None)
    >>> _gender_after("Bo Roe said he would go.", 6), _gender_after("Bo Roe left. His team stayed.", 6)
    ('he', None)

    An object pronoun is someone else ("Bo Roe thanked her for the call", "Bo Roe met him"); "her" before a noun is
    the name's own ("praised her counterpart"):

    >>> _gender_after("Bo Roe thanked her for the call.", 6), _gender_after("Bo Roe told him to go.", 6)
    (None, None)
    >>> _gender_after("Bo Roe praised her counterpart.", 6), _gender_after("Bo Roe said on Tuesday her team left.", 6)
    ('she', 'she')
    """
    window = text[end : end + win.GENDER_AFTER]
    if _GENDER_WORD.search(window.lower()) is None:
        return None  # no word below is a gendered pronoun (most names: the loop read up to 12 words to say so)
    words = window.split()[:win.GENDER_WORDS]
    for i, word in enumerate(words):
        bare = word.strip(",;:()")
        after = words[i + 1].strip(",;:().!?") if i + 1 < len(words) and bare == word else ""
        if _object_pronoun(bare.lower(), after):
            continue
        if bare.lower() in _MALE_WORDS or bare.lower() in _FEMALE_WORDS:
            return "he" if bare.lower() in _MALE_WORDS else "she"
        if (bare[:1].isupper() and bare not in _CALENDAR_NAMES) or (bare and bare[0] in "\"“”") or word.endswith(
                (".", "!", "?", ";")):
            return None  # a day's or month's name is no one who may own the pronoun ("said on Tuesday her ...")
    return None


# days and months, no months that are also given names ("Bo met May and her team": May may own "her")
_CALENDAR_NAMES = frozenset([*calendar.day_name, *calendar.month_name[1:]]) - {"April", "May", "June", "August"}


# Quotation marks of other typographies, each read as the curly or straight double mark of the same side: German
# „…“ and »…«, French «…», CJK 「…」 and 『…』, double primes ″…″ (a reversed one ‶ opens). A curly mark typed the wrong
# way round (”fair”, “fair“, the German closing “) is read by its place: a mark after a space and before a word
# opens, one after a word or a stop and before a space or a stop closes.
_OTHER_MARKS = re.compile(
    r"[«»„「」『』″‶]|(?<=[\w.,!?;:])“(?=[\s,.;:!?)]|\Z)|(?:(?<=[\s(\[—–])|^)”(?=\w|\[\w)", re.MULTILINE)  # "”[W]e"
_MARK_AS = {"„": "“", "「": "“", "『": "“", "‶": "“", "」": "”", "』": "”", "″": '"'}
# Every mark ``_OTHER_MARKS`` may match: a scan for these (a character set the regex engine skips to) finds the few
# places where ``_OTHER_MARKS`` is tried, instead of trying its lookbehinds at every character of the text.
_MARK_CHARS = re.compile(r"[«»„「」『』″‶“”]")
_MARKS = "«»„「」『』″‶“”"  # the same characters: a text holding none (an ``in`` each, in C) is not scanned (speed49)


# Straight marks of other shapes, each rewritten in place with a space to keep its length: TeX's ``…'' (two
# characters a side), a doubled straight mark on either side (""…""), an inch mark after a figure (5" guns).
_TEX_OPEN = re.compile(r"``(?=\S| \w)")  # qfix50: machine translations print "`` very rich country, ''" with spaces
_TEX_CLOSE = re.compile(r"(?:(?<=[\w.,!?;:])|(?<=[\w.,!?;:] ))''(?!\w)")
_DOUBLED = re.compile(r'(?:(?<=[\s(])|^)""(?=\w)|(?<=[\w.,!?;:])""(?=[\s,.;:!?)]|\Z)', re.MULTILINE)
_INCH = re.compile(r'"(?<=\d")(?= [a-z])')  # the mark first: ``re`` skips to it (a look-behind first: tried everywhere)
_INCH_AS = "\u02ba"  # a modifier letter double prime: no quotation mark


def _plain_straight(text: str) -> str:
    """Return ``text`` (the same string when nothing changes) with TeX marks and doubled straight marks read as one
    straight or curly mark and a space, and an inch mark after a figure (outside any open quote in its line) as a
    prime, each at the same place.

    >>> _plain_straight("Bo said: ``We pay.'' Then") == 'Bo said:  “We pay.”  Then'
    True
    >>> _plain_straight("a `` rich country, '' he said") == 'a  “ rich country, ”  he said'
    True
    >>> _plain_straight('Bo said ""We pay."" Then'), _plain_straight('the 5" guns were "old"')
    ('Bo said  "We pay."  Then', 'the 5ʺ guns were "old"')
    >>> t = 'Bo called it "Plan 9" and left'
    >>> _plain_straight(t) is t
    True
    """
    found: list[tuple[int, str]] = []
    if "``" in text:
        found += [(m.start(), " “") for m in _TEX_OPEN.finditer(text)]
        found += [(m.start(), "” ") for m in _TEX_CLOSE.finditer(text)]
    if '""' in text:
        found += [(m.start(), ' "' if text[m.end() : m.end() + 1].isalnum() else '" ') for m in _DOUBLED.finditer(text)]
    line, marks = 0, 0  # the straight marks before the inch mark in its line: an even count, no quote is open
    for m in _INCH.finditer(text):
        nl = text.rfind("\n", line, m.start())  # a new line since the last inch mark: count from its start
        marks = text.count('"', nl + 1, m.start()) if nl >= 0 else marks + text.count('"', line, m.start())
        line = m.end()
        if marks % 2 == 0:
            found.append((m.start(), _INCH_AS))
    if not found:
        return text
    chars = list(text)
    for at, marks_as in found:
        chars[at : at + len(marks_as)] = marks_as
    return "".join(chars)


def _plain_marks(text: str) -> str:
    """Return ``text`` (the same string when nothing changes) with each quotation mark of another typography
    replaced, at the same place, by the double mark ``_pairs`` reads (see ``_OTHER_MARKS``).

    >>> _plain_marks("„Nein,“ said Bo. «Non», said Jo. 「No」 ″No″ ”No” “No“")
    '“Nein,” said Bo. “Non”, said Jo. “No” "No" “No” “No”'
    >>> _plain_marks("»Nein«, said Bo. « Non », said Jo.")
    '“Nein”, said Bo. “ Non ”, said Jo.'
    >>> t, u = "“Yes,” Bo said.", '"Yes," Bo said.'
    >>> _plain_marks(t) is t, _plain_marks(u) is u
    (True, True)
    """
    if not any(c in text for c in _MARKS):
        return text
    found = [m for c in _MARK_CHARS.finditer(text) if (m := _OTHER_MARKS.match(text, c.start()))]
    if not found:
        return text
    chars = list(text)
    for m in found:
        at, mark = m.start(), m.group()
        if mark in "«»":  # a guillemet opens after a space or the start and before a word (»Nein« or «Non»)
            opens = (at == 0 or not text[at - 1].isalnum()) and text[at + 1 : at + 2].strip() not in ("", ",", ".")
            chars[at] = "“" if opens or (mark == "«" and text[at + 1 : at + 2] == " ") else "”"
        elif mark in "“”":
            chars[at] = "”" if mark == "“" else "“"
        else:
            chars[at] = _MARK_AS[mark]
    return "".join(chars)


def _deck_end(text: str, paragraphs: Sequence[tuple[int, int]]) -> int:
    """Return where the headline ends, or the deck under it when the first paragraph after the date line is one (a
    short line with no closing full stop, '"We are raising them in line with others"'): a deck's quote, like the
    headline's, is words the body quotes with their speaker.

    >>> t = "Leader back" + 2 * chr(10) + '"We pay more"' + 2 * chr(10) + "Bo spoke."
    >>> _deck_end(t, [(0, 11), (13, 26), (28, 37)]), _deck_end(t, [(0, 11), (28, 37)])
    (26, 11)
    """
    if len(paragraphs) < 2:
        return paragraphs[0][1] if paragraphs else 0
    (_, head_end), (start, end) = paragraphs[0], paragraphs[1]
    line = text[start:end].rstrip().rstrip("\"”’'")
    deck = end - start <= win.HEADLINE_LINE and "\n" not in line and not line.endswith((".", "!", "?", ":"))
    return end if deck else head_end


_NICKNAME = re.compile(r"[A-Z][\w.'’-]{0,20}+(?: [A-Z][\w.'’-]{0,20}+)?")


def _nicknames(text: str, quotes: list[Quote], head_end: int = 0) -> list[Quote]:
    """Return ``quotes`` with a nickname quoted inside a person's name in the body, after ``head_end`` ('Gen. Jo
    “Bull” Bell': one or two capitalised words between two capitalised words) cleared of a speaker: part of a name,
    nobody's words (a title-case headline's quote is left to the headline rules).

    >>> t = 'said Gen. Jo “Bull” Bell.'
    >>> _nicknames(t, [Quote(13, 19, "“Bull”", {"attribution": "named", "speaker": None})])[0].value["attribution"]
    'none'
    """
    out = list(quotes)
    for i, q in enumerate(out):
        inner = q.exact[1:-1]
        if q.start < head_end or len(inner) > win.NICKNAME_MOST or not _NICKNAME.fullmatch(inner) or (
                q.value["attribution"] == "none"):  # fmt: skip
            continue
        before, after = text[max(0, q.start - win.NICKNAME_BACK) : q.start], text[q.end : q.end + 3]
        last = before.split()[-1:] if before.endswith(" ") else []
        if last and last[0][:1].isupper() and after[:1] == " " and after[1:2].isupper():
            out[i] = _nobodys(q)
    return out


# Between two quotes of one clause: '“A” and Y as “B”', '“A,” or “B”' (a parallel pair), after '... as “A”'
_PARALLEL_GAP = re.compile(r",?\s{0,3}+(?:and|or)\s{1,3}+(?:(?:[\w’'-]{1,30}+\s{1,3}+){1,4}as\s{1,3}+)?\Z")
_PAIR_AS = re.compile(r"\bas\s+\Z")


def _parallel_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` where a quote with no speaker, coordinated with the quote before it in one clause ("denouncing
    Tamsk as “grasping” and Hanul as “meek”": the parallel "X as “A” and Y as “B”", or "“A” and “B”" with no word
    between), takes that quote's speaker: one act of speech names both, however late a pass gave the first its
    speaker. A sentence or a clause with words of its own between them ("“A,” and Bo added that “B”") is no such pair.

    >>> t = 'Bo called Tamsk "grasping" and Hanul "meek." Bo saw Tamsk as "grasping" and Hanul as "meek."'
    >>> said = {"attribution": "named", "speaker": None, "speaker_name": "Bo", "speaker_text": "Bo",
    ...         "speaker_start": 45, "speaker_end": 47, "antecedent": None, "candidates": []}
    >>> at = [t.index(w, k) - 1 for w, k in (("grasp", 0), ("meek", 0), ("grasp", 45), ("meek", 45))]
    >>> none = {"attribution": "none"}
    >>> qs = [Quote(a, t.index('"', a + 1) + 1, "", said if k == 2 else none) for k, a in enumerate(at)]
    >>> [q.value.get("speaker_name") for q in _parallel_quotes(t, qs)]
    [None, None, 'Bo', 'Bo']
    """
    out = list(quotes)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        far = q.start - prev.end > win.PARALLEL_QUOTES_GAP
        if q.value["attribution"] != "none" or prev.value["attribution"] == "none" or far:
            continue
        gap = text[prev.end : q.start]
        if "\n" in gap or _PARALLEL_GAP.match(gap) is None:
            continue
        if gap.strip(", ").count(" ") > 0 and _PAIR_AS.search(text, max(0, prev.start - 4), prev.start) is None:
            continue  # "Hanul as “B”" pairs only with "Tamsk as “A”"
        out[i] = _speaker_of(q, prev, "continuation")
    return out


def _continued_forward(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` where an unattributed quotation left open at its paragraph's end takes the speaker of the
    quotation that opens the next paragraph: one speaker's words run on, and only their last paragraph closes
    and names the speaker ('“We pay.¶“We pay more,” Bo said').

    >>> t = "“We pay." + 2 * chr(10) + "“More,” Bo said."
    >>> said = {"closed": True, "attribution": "named", "speaker": None, "speaker_name": "Bo", "speaker_text": "Bo",
    ...         "speaker_start": 18, "speaker_end": 20, "antecedent": None, "candidates": []}
    >>> qs = [Quote(0, 8, t[:8], {"closed": False, "attribution": "none"}), Quote(10, 17, t[10:17], said)]
    >>> [q.value["speaker_name"] for q in _continued_forward(t, qs)]
    ['Bo', 'Bo']
    """
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):  # from the end: a run of open paragraphs takes the last one's speaker
        q, nxt = out[i], out[i + 1]
        if q.value["closed"] or q.value["attribution"] != "none" or nxt.value["attribution"] == "none":
            continue
        if text[nxt.start] not in "“\"" or _NONSPACE.search(text, q.end, nxt.start) is not None:
            continue
        if "\n" in text[q.end : nxt.start]:  # only space between: the next paragraph opens with the next quote
            out[i] = _speaker_of(q, nxt, "continuation")
    return out


_SO_CALLED = re.compile(r"(?:so-called|so called)\s*+\Z", re.IGNORECASE)


def _so_called(text: str, q: Quote) -> bool:
    """Return whether "so-called" stands right before ``q``: a label the text credits to nobody, whoever repeats it.

    >>> t = 'A so-called "Plus 50" plan.'
    >>> _so_called(t, Quote(12, 21, '"Plus 50"', {})), _so_called(t, Quote(0, 1, "A", {}))
    (True, False)
    """
    return bool(text) and _SO_CALLED.search(text, max(0, q.start - 12), q.start) is not None


def _labels(text: str, quotes: list[Quote], own: Callable[[int], Quote | None] = lambda i: None) -> list[Quote]:
    """Return ``quotes`` with the labels the text credits to nobody cleared of a speaker: a "so-called" term, and
    the same words quoted elsewhere in the text ('Bo's "top-down" style' after 'a so-called "top-down" one'), but
    for a repeat whose own sentence gives its speaker (``own``: the quote of that index as its speaker's, else
    None; :func:`_own_label_speaker`): 'Bo demanded "top-down" talks', 'Bo's "top-down" plan' are Bo's.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'Esper said a so-called "top-down" approach failed. Esper praised Bo’s "top-down" style.'
    >>> from analysis.extract.entities import find_entities
    >>> [q.value["attribution"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    ['none', 'none']
    >>> t = 'Esper said a so-called "top-down" approach failed. Trump reportedly demanded "top-down" talks.'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    [None, 'Donald Trump']
    """
    so_called = {tuple(_content_words(q)) for q in quotes if _so_called(text, q)}
    out = list(quotes)
    for i, q in enumerate(quotes):
        if (q.value["attribution"] == "none" and q.value["form"] == "scare") or not so_called:
            continue
        if tuple(_content_words(q)) in so_called:
            out[i] = (None if _so_called(text, q) else own(i)) or _nobodys(q)
    return out


# Verbs whose subject makes a repeated label right after them its own words ("Bo reportedly demanded “X”"), and the
# nouns of a proposal whose owner's possessive before a label makes it the owner's ("Bo's “X” plan").
_OWN_LABEL_VERBS = word_set("said says demanded demands proposed proposes suggested suggests floated floats sought "
                            "seeks wanted wants urged urges insisted pitched pitches")
_OWN_LABEL_NOUNS = word_set("plan plans proposal proposals demand demands formula offer scheme request idea")


# Words in -ly that modify a noun, not a verb ("said only “X” talk", "early “X” talks"): no adverb between a verb and
# its quote (review101 finding 1)
_LY_NOT_ADVERBS = word_set("only early likely daily weekly monthly yearly quarterly hourly friendly unlikely lonely "
                           "costly timely elderly orderly")


def _words_past_adverbs(text: str, lo: int, hi: int) -> list[str]:
    """Return the words of ``text[lo:hi]`` less the adverbs in -ly that end it ("reportedly", "demanded only “X”"; not
    "said only “X” talk": review101 f. 1, review106 f. 3), or (when two or more are left) only the last of them: read
    back from ``hi`` in windows that double from ``win.LABEL_LEAD_BACK`` characters, not from ``lo`` (a run-on
    sentence of many quotes was read whole at each).

    >>> _words_past_adverbs("Bo reportedly demanded reportedly ", 0, 34)[-1:]
    ['demanded']
    >>> _words_past_adverbs("Bo said only ", 0, 13), _words_past_adverbs("Bo only ", 3, 8)
    (['Bo', 'said', 'only'], [])
    """
    reach = win.LABEL_LEAD_BACK
    while True:
        start = max(lo, hi - reach)
        words = text[start:hi].split()
        if start > lo and not text[start - 1].isspace() and not text[start].isspace():
            words = words[1:]  # the window cut a word: no word of its own
        while words and words[-1].endswith("ly") and not (
                words[-1].lower() in _LY_NOT_ADVERBS and len(words) > 1 and words[-2].lower() in {"said", "says"}):
            words.pop()
        if start == lo or len(words) >= 2:  # every word the pops read, and the last left, is a whole word of lo:hi
            return words
        reach *= 2


# A writer's label (label57): a short quote the text names with no one named as the namer, or uses as a noun inside
# the writer's own noun phrase; nobody's words (the Conventions' label practice).
_LABEL_ARTICLES = word_set("a an the")
_NAMING_PARTICIPLES = word_set("called dubbed termed labeled labelled branded nicknamed")
_AS_PARTICIPLES = word_set("known described referred")  # "known as", "described as", "referred to as" (with "to")
_AGENTLESS_BE = word_set("is are was were been being 's")  # "what is being called", "what has been dubbed"
_AGENTLESS_HAVE = word_set("has have had")
_GENERIC_NAMERS = word_set("critics some many others observers skeptics sceptics detractors insiders analysts experts "
                           "pundits commentators")  # onlookers, no party: "what analysts call" a label in circulation
_NAMING_VERBS = word_set("call calls called dub dubs dubbed term terms termed label labels labeled labelled brand "
                         "brands branded describe describes described")
_OF_HEADS_NOT = word_set("words word phrase term call calls description version account remark remarks comment "
                         "comments promise pledge demand demands talk echo use "  # a noun of speech: its owner's words
                         "architect architects author authors creator champion champions proponent proponents advocate "
                         "advocates father")  # a maker's noun: "Bo was the architect of the '...' campaign", Bo's term


def _sentence_words(text: str, start: int) -> list[str]:
    """Return the lower-case words of the sentence before ``start`` (read back ``win.WRITERS_LABEL_BACK``
    characters, cut at a line break or a sentence's end), quote marks and commas kept as their own words.

    >>> _sentence_words("It rained. Bo’s plan, dubbed ", 29)
    ['bo', "'s", 'plan', ',', 'dubbed']
    >>> _sentence_words("Bo cited the Korea-U.S. pact, ", 30)
    ['bo', 'cited', 'the', 'korea-u.s.', 'pact', ',']
    """
    lo = max(0, start - win.WRITERS_LABEL_BACK)
    chunk = text[lo:start].replace("’", "'").replace("‘", "'")
    chunk = chunk[chunk.rfind("\n") + 1 :]
    out: list[str] = []
    for raw in chunk.split():
        if raw.endswith((".", "?", "!")) and not _INITIALS.fullmatch(raw.rsplit("-", 1)[-1]) and raw not in TITLES:
            out = []
            continue
        w = raw.lower().strip("\"“”'()")
        core, comma = (w[:-1], True) if w.endswith(",") else (w, False)
        out += [core[:-2], "'s"] if core.endswith("'s") and len(core) > 2 else [core] if core else []
        out += [","] if comma else []
    return out


def _before_article(words: list[str]) -> list[str]:
    """Return ``words`` without the articles they end on (:data:`_LABEL_ARTICLES`): the words before a quote's label
    up to the verb or noun that leads to it.

    >>> _before_article("critics derided it as a".split()), _before_article("the".split())
    (['critics', 'derided', 'it', 'as'], [])
    """
    end = len(words)
    while end and words[end - 1] in _LABEL_ARTICLES:
        end -= 1
    return words[:end]


def _agentless_naming(words: list[str]) -> bool:
    """Return whether ``words`` (a sentence's words before a quote) end on a naming that names no namer: "what is
    being called (a)", "what critics call", "what has been dubbed", "the plan, dubbed", "known as".

    >>> _agentless_naming("he presented what 's being called a".split()), _agentless_naming("what he called a".split())
    (True, False)
    >>> _agentless_naming("the plan , dubbed".split()), _agentless_naming("the plan , which he dubbed".split())
    (True, False)
    >>> _agentless_naming("what critics call a".split()), _agentless_naming("what some have dubbed the".split())
    (True, True)
    >>> _agentless_naming("what insiders privately call the".split()), _agentless_naming("what bo rarely calls".split())
    (True, False)
    """
    words = _before_article(words)
    if len(words) >= 2 and words[-1] == "as" and words[-2] in _AS_PARTICIPLES:
        words = words[:-1]
    elif len(words) >= 3 and words[-2:] == ["to", "as"] and words[-3] == "referred":
        words = words[:-2]
    if not words or words[-1] not in _NAMING_PARTICIPLES | _AS_PARTICIPLES | _NAMING_VERBS:
        return False
    before = words[:-1]
    if before[-1:] == [","]:
        return words[-1] in _NAMING_PARTICIPLES | _AS_PARTICIPLES  # "the plan, dubbed": no agent named
    while before and before[-1].endswith("ly") and before[-1].isalpha():
        before = before[:-1]  # "what officials privately call"
    while before and before[-1] in _AGENTLESS_BE | _AGENTLESS_HAVE:
        before = before[:-1]
    if before[-1:] == ["what"]:
        return words[-1] not in ("call", "calls", "dub", "term", "describe")  # a passive: "what is called"
    return _bare_plural_namer(before)


def _bare_plural_namer(before: list[str]) -> bool:
    """Return whether ``before`` (lower-case words before a naming verb) end on "what" and a bare plural common noun
    of people, a modifier of _PLURAL_MODIFIERS allowed ("what critics call", "what officials called", "what senior
    officials call"): a label in circulation with no namer (lead, eighteenth session); not a named actor, a pronoun
    or a determined group ("what Washington calls", "what he called", "what the officials call").

    >>> _bare_plural_namer("in what officials".split()), _bare_plural_namer("what senior diplomats".split())
    (True, True)
    >>> _bare_plural_namer("what the officials".split()), _bare_plural_namer("what washington".split())
    (False, False)
    """
    if not before or (before[-1] not in _GENERIC_NAMERS and before[-1] not in _PEOPLE_PLURALS):
        return False
    k = len(before) - 2
    k -= 1 if k >= 1 and before[k] in _PLURAL_MODIFIERS else 0  # "what senior officials call"
    return k >= 0 and before[k] == "what"


# Words of saying, mentioning, naming, demanding or stance that make a sentence's quote someone's words.
_NOUN_PHRASE_SAYING = _OWN_SAYING | SPEECH_VERBS | SPEAKING | _MENTION_PARTICIPLES | word_set(
    "spoke speaks talked talks referred refers mentioned mentions cited cites invoked invokes demanded demands "
    "demanding called calls call described describes")


def _writers_noun_phrase(words: list[str]) -> bool:
    """Return whether ``words`` end on the writer's noun phrase around a quote ("in the absence of the", "the
    failure of the") in a sentence with no verb of saying, naming or stance before it.

    >>> _writers_noun_phrase("he named loyalists in the absence of the".split())
    True
    >>> _writers_noun_phrase("bo said the failure of the".split()), _writers_noun_phrase("his words of the".split())
    (False, False)
    >>> _writers_noun_phrase("bo spoke of the end of the".split())
    False
    >>> _writers_noun_phrase("bo was the author of the".split())
    False
    >>> _writers_noun_phrase("bo floated the idea of a".split()), _writers_noun_phrase("bo hit the end of the".split())
    (False, True)
    """
    if len(words) < 4 or words[-1] not in _LABEL_ARTICLES or words[-2] != "of" or words[-4] not in _LABEL_ARTICLES:
        return False
    head = words[-3]
    if not head.isalpha() or head in _OF_HEADS_NOT:
        return False
    if head in _PROPOSAL_NOUNS and any(w in _PROPOSING for w in words):
        return False  # "Bo floated the idea of a “...” formula": what the proposer put forward
    return not any(w in _NOUN_PHRASE_SAYING for w in words) and not _judges(words)


# Nouns of a thing put forward and the verbs that put it forward ("floated the idea of a", "raised the prospect of a"):
# the quote after them names what the subject proposes, in the subject's words.
_PROPOSAL_NOUNS = word_set("idea ideas prospect possibility notion option concept proposal")
_PROPOSING = word_set("floated floats floating pitched pitches pitching raised raises raising proposed proposes "
                      "proposing mooted moots broached broaches")


_LABEL_PREPOSITIONS = word_set("after before since following during despite until")  # of an event: "after the"


def _writers_prepositional(words: list[str]) -> bool:
    """Return whether ``words`` end on "<preposition> the" before a quote ("even after the", "since the") of time or
    concession in a sentence with no verb of saying, naming or stance before it: the writer's name for an event.

    >>> _writers_prepositional("bo kept writing to ri even after the".split())
    True
    >>> _writers_prepositional("bo said talks stalled after the".split()), _writers_prepositional("in the".split())
    (False, False)
    """
    if len(words) < 3 or words[-1] != "the" or words[-2] not in _LABEL_PREPOSITIONS:
        return False
    return not any(w in _NOUN_PHRASE_SAYING for w in words)


# Nouns of a made work whose quoted name follows them ("the documentary “Harbor Lights”", "the memo, titled “...”"):
# a title, the words of nobody who only speaks of it (the Conventions' titles; a maker's possessive credits it).
_TITLE_NOUNS = word_set("film movie documentary book novel memoir biography song album show programme program series "
                        "play poem podcast exhibition musical drama essay memo report study paper textbook")
_TITLING = word_set("titled entitled named called , :")
# Verbs whose object is the one told ("Bo told the program, “...”"): a title noun there is the listener, not a title's.
_LISTENER_VERBS = word_set("tell tells telling told ask asks asking asked assure assures assured assuring inform "
                           "informs informed informing brief briefs briefed briefing remind reminds reminded reminding")
# "Bo said on (to) the podcast, “...”": a speech verb, up to two words, one of _SAID_ON, the medium or listener, a mark.
_SAID_ON = word_set("on to")
_SAID_ON_VERBS = SPEECH_VERBS | _LISTENER_VERBS | word_set("say saying write writing")
# Verbs of saying again words already said ("reciting the alliance's motto, “...”"): the subject's words.
_RECITING = word_set("recite recites recited reciting repeat repeats repeating echo echoes echoed echoing quoting")
# Words after a quoted modifier that show it is no noun phrase's modifier ("the “deal” was off"): verbs and glue.
_NOT_MODIFIED = _PREPOSITIONS | _AUXILIARIES | _PASSIVE_BE | word_set(
    "and or but as that which who will can could should may might must did does do not")


def _after_title_noun(words: list[str], exact: str) -> bool:
    """Return whether a capitalised quote follows a title noun (``words``: the sentence's words before it, past
    "titled" and commas): the name of a made work; not when the noun is where the words were said ("Bo said in the
    book, titled", "Bo said on the podcast, “...”") or the one told them ("Bo told the program “...”": _LISTENER_VERBS),
    with no naming word ("titled") between.

    >>> _after_title_noun("bo watched the film".split(), "“Line of Duty”")
    True
    >>> _after_title_noun("a book , titled".split(), "“Quiet Days”"), _after_title_noun("the film".split(), "“bad”")
    (True, False)
    >>> _after_title_noun("bo said in the book , titled ,".split(), "“Quiet Days”")
    False
    >>> _after_title_noun("bo told the program ,".split(), "“We Pay”"), _after_title_noun("bo said on the show".split(),
    ...     "“Face the Nation”"), _after_title_noun("bo said on the podcast ,".split(), "“We Pay”")
    (False, True, False)
    """
    k = len(words)
    while k and words[k - 1] in _TITLING:
        k -= 1
    if k < 1 or words[k - 1] not in _TITLE_NOUNS or not _capitalised_name(exact, _NAME_GLUE):
        return False
    if k < 3 or words[k - 2] not in _DETERMINERS:
        return True
    if words[k - 3] == "in":
        return False  # "Bo said in the book, titled": the author's
    unnamed = not any(w.isalpha() for w in words[k:])  # no "titled"/"named" after the noun: "the program, “...”"
    told = words[k - 3] in _LISTENER_VERBS  # "Bo told the program": the program heard the words
    said_on = words[k - 3] in _SAID_ON and words[k:] != [] and bool(_SAID_ON_VERBS & set(words[max(0, k - 6) : k - 3]))
    return not (unnamed and (told or said_on))


# Nouns of words a person says out ("ended the briefing with a slogan: “...”"): before a colon, the subject's words.
_UTTERED_NOUNS = word_set("slogan slogans motto mottos mottoes toast toasts chant chants pledge pledges vow vows "
                          "cry cries refrain refrains catchphrase catchphrases prayer prayers greeting message words")
# Verbs of saying words out ("chanted “...”", "read out “...”"), as _RECITING: the subject's words.
_UTTERING = word_set("utter utters uttered uttering chant chants chanted chanting shout shouts shouted shouting "
                     "sing sings sang singing")
_READ_OUT = (word_set("read reads reading"), word_set("out aloud"))


def _uttered(words: list[str]) -> bool:
    """Return whether a sentence's words before a quote (lower case) end on a noun of words said out and a colon
    ("ended the briefing with a slogan:") or hold a verb of saying words out ("chanted", "read out"): the subject
    says the quote.

    >>> _uttered("bo ended the briefing with a slogan:".split()), _uttered("bo read out".split())
    (True, True)
    >>> _uttered("bo unveiled the slogan".split()), _uttered("bo read".split())
    (False, False)
    """
    last = words[:-1] if words[-1:] == [":"] else words
    if last and (last is not words or last[-1].endswith(":")) and last[-1].rstrip(":") in _UTTERED_NOUNS:
        return True
    read, out = _READ_OUT
    return any(w in _UTTERING or (w in read and words[k + 1 : k + 2] and words[k + 1] in out)
               for k, w in enumerate(words))


def _unspoken_name(text: str, q: Quote, words: list[str]) -> bool:
    """Return whether a quote a sentence's subject was given (rule "subject") is a name or a label in a sentence
    with no word of saying, naming or stance before it (``words``): a capitalised name ('Bo visited “Camp Orrin”'),
    a capitalised name after "the" ('on the “Hanbit memo”') or a quoted modifier of the writer's noun ('arrived for
    the “fair share” talks'): nobody's words.

    >>> t = 'Bo arrived for the “fair share” talks.'
    >>> _unspoken_name(t, Quote(19, 31, t[19:31], {"attribution": "subject"}), "bo arrived for the".split())
    True
    >>> t = 'Bo called for the “fair share” talks.'
    >>> _unspoken_name(t, Quote(18, 30, t[18:30], {"attribution": "subject"}), "bo called for the".split())
    False
    """
    if q.value["attribution"] != "subject" or any(w in _NOUN_PHRASE_SAYING or w in _RECITING for w in words):
        return False
    if _uttered(words):
        return False  # "ended the briefing with a slogan: “...”", "chanted “...”": the subject's words
    if len(words) >= 3 and words[-2] == "of" and words[-3] in _OF_HEADS_NOT:
        return False  # "the architect of the “...” campaign": the maker's term
    if _capitalised_name(q.exact, _NAME_GLUE, least=2):
        return True
    if words[-1:] != ["the"]:
        return False
    if q.exact[1:2].isupper():
        return True
    if _judges(words):
        return False  # "Bo took aim at the “lopsided” deal": the judge's word for the thing judged
    if _raised_point(words, text[q.end : q.end + win.NAME_OF_THING_AFTER].split()[:2]):
        return False  # "Bo brought up the “fair share” talking point": the words of the one who raises them
    after = [w.rstrip(".,;:!?") for w in text[q.end : q.end + win.NAME_OF_THING_AFTER].split()[:1]]
    return bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in _NOT_MODIFIED


# Verbs of judging what they take, praise or blame, in any tense (_CHARGING's and more): a quoted modifier of the thing
# judged is the judge's word ("Bo touts the “historic” deal", "Bo bemoaned the “slow” pace"), not the writer's label.
_JUDGING_VERBS = _CHARGING | frozenset(w for forms in _verb_forms(
    "tout touts touted laud lauds lauded praise praises praised hail hails hailed celebrate celebrates celebrated "
    "applaud applauds applauded welcome welcomes welcomed bemoan bemoans bemoaned lament laments lamented "
    "berate berates berated chide chides chided bash bashes bashed knock knocks knocked trash trashes trashed "
    "dismiss dismisses dismissed ridicule ridicules ridiculed lambast lambasts lambasted excoriate excoriates "
    "excoriated complain complains complained") for w in forms)
# Two words that judge what follows them: a phrasal verb ("took aim at", "lashed out at", "railed against", "pointed
# to"), an adjective of stance ("critical of", "vocal about") or a noun of feeling and its preposition ("voiced
# frustration over", "concern about").
_JUDGING_PAIRS = frozenset(
    [("aim", "at"), ("out", "at"), ("out", "against"), ("railed", "against"), ("rails", "against"),
     ("pointed", "to"), ("points", "to"), ("bragged", "about"), ("brags", "about"), ("critical", "of"),
     ("skeptical", "of"), ("sceptical", "of"), ("dismissive", "of"), ("scornful", "of"), ("vocal", "about")]
    + [(n, p) for n in ("frustration", "concern", "concerns", "anger", "dismay", "displeasure", "outrage", "pride")
       for p in ("over", "about", "at", "with")] + [(n, "of") for n in _STANCE_HOLDERS])


def _judges(words: list[str]) -> bool:
    """Return whether the sentence's lower-case ``words`` before a quote hold a verb of judging (:data:`_JUDGING_VERBS`)
    or a pair of words that judges what follows (:data:`_JUDGING_PAIRS`).

    >>> _judges("bo took aim at the".split()), _judges("bo touts the".split()), _judges("bo arrived for the".split())
    (True, True, False)
    """
    return any(w in _JUDGING_VERBS for w in words) or any(pair in _JUDGING_PAIRS for pair in itertools.pairwise(words))


# Verbs of putting words forward again ("raised the", "brought up the") and the nouns of a line of argument: a quote
# between them is the line the subject argues, not the writer's label (qfix45). Not "demand": one raises another's.
_RAISING = word_set("raised raises raising made makes making pushed pushes pushing pressed presses pressing used uses "
                    "using floated floats pitched pitches revived revives invoked invokes up")
_ARGUMENT_NOUNS = word_set("argument arguments point points line lines refrain theme themes mantra rhetoric message "
                           "narrative catchphrase talking")


def _raised_point(words: list[str], after: list[str]) -> bool:
    """Return whether a quote after ``words`` (the sentence's words before it, lower case, "the" last) and before
    ``after`` (its next two words) is a line of argument its subject puts forward: a verb of raising right before
    "the" ("brought up", "raised", "pressed") and a noun of argument among the next two words.

    >>> _raised_point("bo brought up the".split(), "campaigning point,".split())
    True
    >>> _raised_point("bo rejected the".split(), "argument".split()), _raised_point("bo raised the".split(), ["bill"])
    (False, False)
    """
    if len(words) < 2 or words[-2] not in _RAISING or (words[-2] == "up" and words[-3:-2] != ["brought"]):
        return False
    return any(w.rstrip(".,;:!?").lower() in _ARGUMENT_NOUNS for w in after)


# Nouns of another's words that a quote before them gives the content of ("attacked the “free riding” claim"): after a
# verb of charging, the words are those the subject charges, not the subject's own (review52 finding 1). Not
# "demand", "deal", "move": an evaluative word before them is the charger's ("denounced the “exorbitant” demand").
_CHARGED_WORDS_NOUNS = word_set(
    "claim claims charge charges accusation accusations allegation allegations label labels characterization "
    "characterizations characterisation characterisations description descriptions slogan slogans narrative "
    "narratives assertion assertions epithet epithets moniker monikers argument arguments"
)
_CHARGED_DETERMINERS = _LABEL_ARTICLES | word_set("this that these those")


def _charged_words(text: str, q: Quote, words: list[str]) -> bool:
    """Return whether the quote ``q`` modifies a noun of another's words (:data:`_CHARGED_WORDS_NOUNS`) that a verb of
    charging (:data:`_CHARGING`, any form) takes as its object, a determiner and at most two words between
    (``words``: the sentence's lower-case words before it): the quote gives what the claim or charge says, not the
    charger's own words ("Lee had attacked the “free riding” claim"). Not a quote with no such noun after it ("Lee
    attacked the plan as “free riding”").

    >>> t = "Kim denounced the “extortion” charge."
    >>> _charged_words(t, Quote(18, 29, "", {}), "kim denounced the".split())
    True
    >>> t = "Kim denounced the “exorbitant” demand."
    >>> _charged_words(t, Quote(18, 30, "", {}), "kim denounced the".split())
    False
    >>> t = "Kim met the “extortion” charge."
    >>> _charged_words(t, Quote(12, 23, "", {}), "kim met the".split())
    False
    """
    k = next((k for k in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[k] in _CHARGING), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in _CHARGED_DETERMINERS or "," in words[k:]:
        return False
    after = text[q.end : q.end + win.NAME_OF_THING_AFTER].split()[:1]
    return bool(after) and after[0].rstrip(".,;:!?").lower() in _CHARGED_WORDS_NOUNS


def _writers_labels(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a short quote (``win.WRITERS_LABEL_WORDS`` words at most) that the writer names with no
    namer (_agentless_naming), uses inside a noun phrase of their own (_writers_noun_phrase), names an event
    with "after the" (_writers_prepositional) or gives as a name in a sentence with no saying (_unspoken_name), and
    a title after its noun (_after_title_noun, any length), cleared of a speaker; a naming whose agent "by" names
    after the quote ("The offer, called “an insult” by Bo, ...") keeps its speaker (speak48).

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'Bo presented what is being called a "security bill" on Monday.'
    >>> from analysis.extract.entities import find_entities
    >>> [q.value["attribution"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    ['none']
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.value["attribution"] == "none":
            continue
        words = _sentence_words(text, q.start)
        short = len(q.exact.split()) <= win.WRITERS_LABEL_WORDS  # a title may be longer: "the book “The ... Years”"
        if _after_title_noun(words, q.exact) or (short and (
                (_agentless_naming(words) and not _agent_speaks(text, q)) or _writers_noun_phrase(words)
                or _writers_prepositional(words)
                or _unspoken_name(text, q, words) or _standing_agreement(text, q)
                or _possessive_label(text, q, words) or _charged_words(text, q, words))):  # fmt: skip
            out[i] = _nobodys(q)
    return out


def _agent_speaks(text: str, q: Quote) -> bool:
    """Return whether the agent "by" names right after the quote ``q`` is its speaker ("The offer, called “an insult”
    by Bo, ...": Bo), not another's the sentence tells of ("Bo said the offer, called “an insult” by union leaders,
    ...": the leaders', whom no rule credited).

    >>> t = 'The offer, called “an insult” by Bo, was withdrawn.'
    >>> q = Quote(18, 29, "“an insult”", {"speaker_start": 33})
    >>> _agent_speaks(t, q), _agent_speaks(t, replace(q, value={"speaker_start": 0}))
    (True, False)
    """
    by = _BY.match(text, q.end)
    return by is not None and q.value.get("speaker_start") == by.end()


_POSSESSIVE_CLOSE = re.compile(r"[A-Za-z.][’'][s][,.]?+[”\"’'][ \t]{1,3}+[a-z]")  # '“... candidate’s” accusations'


def _possessive_label(text: str, q: Quote, words: list[str]) -> bool:
    """Return whether the quote ``q`` is a possessive ("“a foreign candidate’s”") before the lower-case noun it
    modifies ("a “foreign candidate’s” accusations") in a sentence with no word of saying, naming or stance before
    it (``words``, lower case): a phrase that names an owner, not words a speaker said (qfix45).

    >>> t = 'Bo replied to a “foreign candidate’s” claims and called them “false.”'
    >>> [_possessive_label(t, Quote(t.index(w) - 1, t.index(w) + n, "", {}), ["bo"]) for w, n in (("foreign", 20),
    ...                                                                                            ("false", 7))]
    [True, False]
    >>> _possessive_label(t, Quote(15, 36, "", {}), "bo said it was".split())
    False
    """
    return _POSSESSIVE_CLOSE.match(text, max(q.start, q.end - 4), q.end + 4) is not None and not any(
        w in _NOUN_PHRASE_SAYING for w in words)


_AGREEMENT_HEADS = word_set("agreement agreements accord treaty pact")
_STANDING = word_set("existing current previous present old original expired interim")  # "the existing <agreement>"


def _standing_agreement(text: str, q: Quote) -> bool:
    """Return whether ``q`` is the name of an agreement in force or past ("for the existing “special measures
    agreement”"): two words or more, the last an agreement's noun, after "the" and a word of standing; the name of
    a thing, nobody's words (the Conventions' titles and names, fresh91q); "a “fair agreement”" is someone's.

    >>> t = 'Bo pressed for funding for the existing “harbor use agreement” at once, not a “fair agreement”.'
    >>> [_standing_agreement(t, Quote(t.index(w) - 1, t.index(w) + n, "", {})) for w, n in (("harbor", 21),
    ...                                                                                      ("fair", 15))]
    [True, False]

    A word of judging before the noun makes it an opinion, the speaker's (:func:`_judging_word`, mend91q).

    >>> t = 'Bo said the previous “horrible agreement” cost billions.'
    >>> _standing_agreement(t, Quote(t.index("“"), t.index("”") + 1, "", {}))
    False

    A name capitalised throughout is a name, whatever its words ("the current “Fair Share Agreement”": review92
    finding 4).

    >>> t = 'Bo said the current “Fair Share Agreement” lapses in 2025.'
    >>> _standing_agreement(t, Quote(t.index("“"), t.index("”") + 1, "", {}))
    True
    """
    words = _WORD.findall(text, q.start, q.end)
    titled = all(w[:1].isupper() for w in words)
    if len(words) < 2 or words[-1].lower() not in _AGREEMENT_HEADS or (
            not titled and any(map(_judging_word, words[:-1]))):
        return False
    before = text[max(0, q.start - win.AGREEMENT_NAME_BACK) : q.start].split()[-2:]
    return len(before) == 2 and before[0].lower() == "the" and before[1].lower() in _STANDING


# Words that judge what they modify ("very", "horrible", "unfair"): an opinion, never part of a thing's name
_JUDGING = word_set(
    "very so too really most more less quite truly totally utterly extremely fair unfair bad good great terrible "
    "awful lousy rotten stupid dumb worst best unequal unjust wonderful beautiful lopsided raw poor weak")
_JUDGING_ENDS = ("ible", "able", "ous", "ful", "est", "sided")  # "horrible", "disastrous", "shameful", "one-sided"


def _judging_word(word: str) -> bool:
    """Return whether ``word`` judges what it modifies (:data:`_JUDGING`, or an ending of judging such as "-ible",
    "-ous", "-sided"): no word of an agreement's name ("special measures", "harbor use"; mend91q).

    >>> [_judging_word(w) for w in ("horrible", "very", "one-sided", "special", "measures", "Forces", "cost-sharing")]
    [True, True, True, False, False, False, False]
    """
    low = word.lower()
    return low in _JUDGING or (len(low) > 4 and low.endswith(_JUDGING_ENDS))


_NAME_GLUE = frozenset(["of", "the", "and", "for", "a", "an", "to", "in", "on"])


def _capitalised_name(exact: str, glue: frozenset[str], least: int = 1) -> bool:
    """Return whether a quote's words are a capitalised name: ``least`` to ``win.QUOTED_NAME_WORDS`` words, the first
    capitalised, every other capitalised or in ``glue``.

    >>> _capitalised_name("“Make Ships Great Again”", _NAME_GLUE), _capitalised_name("‘we pay’", _NAME_GLUE)
    (True, False)
    """
    n = 0  # the words read so far: the first lower-case word not in ``glue`` (or the ninth word) ends the reading
    for m in _WORD.finditer(exact.strip("\"“”‘’' ")):
        w, n = m.group(), n + 1
        if n > win.QUOTED_NAME_WORDS or not (w[:1].isupper() or (n > 1 and w in glue)):
            return False
    return n >= least


def _names_of_things(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with an unattributed quote that is the capitalised name of a thing, right before the
    noun it names ('the "Make Ships Great Again" pledge'), marked a label (form "scare"): nobody's speech.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'A visit is in support of the "Build Ships Again Now" pledge.'
    >>> from analysis.extract.entities import find_entities
    >>> [(q.value["attribution"], q.value["form"]) for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    [('none', 'scare')]
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.value["attribution"] != "none" or q.value["form"] == "scare" or not _capitalised_name(q.exact, _NAME_GLUE):
            continue
        after = text[q.end : q.end + win.NAME_OF_THING_AFTER].split()
        if after and after[0][:1].islower() and after[0].rstrip(".,;:").isalpha():
            out[i] = replace(q, value=q.value | {"form": "scare"})
    return out


_NOT_MAKERS = frozenset([*calendar.day_name, *calendar.month_name[1:], "The", "A", "An"])


def _title_maker(text: str, idx: _Index, q: Quote) -> _Who:
    """Return the maker of a title in quote marks, credited by the possessive right before it ("on CBS News’s “Face
    the Nation,”", "the broadcaster's “Morning Forum” program"): a body's mention, "the" and an outlet noun, or a
    run of capitalised words; else nobody (a person's possessive is left to the other rules: "Bo's “top-down” way").

    >>> t = 'He spoke on Hanul TV’s “Morning Forum” today.'
    >>> w = _title_maker(t, _Index([]), Quote(23, 38, t[23:38], {})); (w.name, w.found)
    ('Hanul TV', True)
    >>> _title_maker('He saw Bo’s “Morning Forum”.', _Index([]), Quote(12, 27, "“Morning Forum”", {})).name
    'Bo'
    >>> _title_maker('On Sunday’s “Morning Forum”.', _Index([]), Quote(12, 27, "“Morning Forum”", {})).found
    False
    >>> t = 'Bo’s documentary “Harbor Lights” ran.'
    >>> _title_maker(t, _Index([]), Quote(17, 32, t[17:32], {})).name
    'Bo'
    >>> t = 'He told HNS’ “Morning Forum” so.'
    >>> _title_maker(t, _Index([]), Quote(13, 28, t[13:28], {})).name
    'HNS'
    """
    if (on := _broadcaster_after(text, idx, q)).found:
        return on
    end = q.start - 3
    noun = text[max(0, q.start - win.TITLE_NOUN_BACK) : q.start].split()[-1:]
    if noun and noun[0].lower() in _TITLE_NOUNS and text[q.start - len(noun[0]) - 4 : q.start - 1].endswith(noun[0]):
        end = q.start - len(noun[0]) - 4  # "Bo's documentary “Harbor Lights”": the possessive before the title's noun
    bare = text[end : end + 3] in ("s' ", "S' ", "s’ ", "S’ ")  # "CBS’ “Face the Nation”": a name ending in "s"
    if not (bare or text[end : end + 3] in ("'s ", "’s ")) or not _capitalised_name(q.exact, _NAME_GLUE):
        return _NOBODY
    if bare:
        end += 1  # the maker's name ends at its "s", right before the bare apostrophe
    near = idx.ending_before(end, max(0, end - win.TITLE_MAKER_BACK), most=1)
    if near and near[0].end == end:
        return _named(near[0]) if near[0].kind != "person" and _is_speaker(near[0]) else _NOBODY
    if bare:  # "CBS’ “Face Time”": an acronym standing alone; not "DOCK WORKERS’ “UNPAID LEAVE”" (a plural)
        at = _lone_acronym(text, end)
        return _Who("fallback", None, at, end, name=text[at:end]) if at >= 0 else _NOBODY
    words = text[max(0, end - win.TITLE_MAKER_BACK) : end].split()
    if len(words) >= 2 and words[-2].lower() == "the" and words[-1].lower() in _OUTLET_NOUNS:
        return _Who("descriptor", None, end - len(words[-1]) - 4, end)
    run: list[str] = []
    for w in reversed(words[-win.MAKER_WORDS:]):
        if not w[:1].isupper() or not w.replace(".", "").replace("-", "").isalnum() or w in _NOT_MAKERS:
            break
        run.insert(0, w)
    phrase = " ".join(run)
    return _Who("fallback", None, end - len(phrase), end, name=phrase) if run and text[end - len(phrase) : end] == \
        phrase else _NOBODY


# "said on", "appeared on": a verb of saying or appearing right before the "on" of a programme's title (not "commented
# on", "spoke on": the title is then the topic; mend80q)
_ON_BEFORE = re.compile(r"\b(?:said|says|say|saying|told|tells|telling|speaking|appeared|appears|appearing|interviewed)"
                        r"[ \t]{1,3}(?i:on)[ \t]{1,3}\Z")
_ON_BEFORE_BACK = 20  # characters read back from a title for the verb and its "on"
_BROADCAST_NOUNS = frozenset(["TV", "News", "Radio", "Network", "Channel", "Television", "Broadcasting"])
# "on CBS.", "on Hanul TV,": a run of capitalised words after "on", closed by a stop, a comma or a semicolon
_ON_MAKER = re.compile(r"[,.]?[ \t]{1,3}on[ \t]{1,3}(?P<maker>[A-Z][A-Za-z]{0,20}(?:[ \t][A-Z][A-Za-z]{0,20}){0,2})"
                       r"(?=[,;]|\.(?:\s|\Z)|\s*\Z)")


def _broadcaster_after(text: str, idx: _Index, q: Quote) -> _Who:
    """Return the broadcaster of a programme's title told on it after a verb of saying or appearing ("he said on
    “Face the Nation” on CBS"; not "commented on": _ON_BEFORE): the run of capitalised words after "on" right after
    the title, closing its clause, shaped as a broadcaster's name (an acronym, or ending in "TV", "News" ...), no
    day, month or person (fresh78q); else nobody.

    >>> t = 'He said on “Face Time” on CBS.'
    >>> _broadcaster_after(t, _Index([]), Quote(11, 22, t[11:22], {})).name
    'CBS'
    >>> t = 'He said on “Face Time” on Sunday.'
    >>> _broadcaster_after(t, _Index([]), Quote(11, 22, t[11:22], {})).found
    False
    >>> t = 'He commented on “Face Time” on CBS.'  # a topic: no verb of saying or appearing before "on"
    >>> _broadcaster_after(t, _Index([]), Quote(16, 27, t[16:27], {})).found
    False
    """
    if not _ON_BEFORE.search(text, max(0, q.start - _ON_BEFORE_BACK), q.start) or not _capitalised_name(
            q.exact, _NAME_GLUE):
        return _NOBODY
    m = _ON_MAKER.match(text, q.end, min(len(text), q.end + win.TITLE_ON_AFTER))
    words = m["maker"].split() if m is not None else []
    if not words or any(w in _NOT_MAKERS for w in words) or not (
            words[-1] in _BROADCAST_NOUNS or any(w.isupper() and len(w) > 1 for w in words)):
        return _NOBODY  # "on Sunday", "on Korea": no broadcaster's name (capitals, or "... TV")
    if any(x.start < m.end("maker") and x.end > m.start("maker") for x in idx.ending_before(
            m.end("maker") + 1, m.start("maker"))):
        return _NOBODY  # "on Korea", "on Bo": a place or a person the programme is about
    return _Who("fallback", None, m.start("maker"), m.end("maker"), name=m["maker"])


def _lone_acronym(text: str, end: int) -> int:
    """Return where the acronym that ends at ``end`` starts when it stands alone as a title's maker before a bare
    apostrophe ("Rask told CBS’ “Face Time”"): at most a few capitals, the word before it not in capitals, in a line
    that is not all capitals; else -1 (a headline's plural, "DOCK WORKERS’ “UNPAID LEAVE” ENDS", gives no maker).

    >>> [_lone_acronym(t, t.index("’")) for t in ("Rask told CBS’ show", "Rask Tells TBS’ show")]
    [10, 11]
    >>> [_lone_acronym(t, t.index("’")) for t in ("Dock Workers’ x", "DOCK WORKERS’ X", "DOCKS’ X", "On ABC DBS’ x")]
    [-1, -1, -1, -1]
    """
    lo = max(0, end - win.TITLE_MAKER_BACK)
    words = text[lo:end].split()
    last, prev = (words[-1] if words else ""), (words[-2] if len(words) > 1 else "")
    if not (last.isalpha() and last.isupper() and len(last) <= win.LONE_ACRONYM_MOST) or prev.isupper():
        return -1
    line_lo = max(lo, text.rfind("\n", lo, end) + 1)
    line_hi = text.find("\n", end, end + win.TITLE_MAKER_BACK)
    line = text[line_lo : line_hi if line_hi >= 0 else end + win.TITLE_MAKER_BACK]
    return end - len(last) if any(c.islower() for c in line) else -1  # an all-capitals line: no telling


_PUBLISHING = word_set("published publishes released releases issued issues unveiled unveils")
# A work whose maker its possessive names ("Bo's memoir, “...”", "her new book “...”");
# not "biography" (a life told by another) nor a list of things one may only like or read.
_MAKER_WORKS = word_set("memoir memoirs book novel autobiography film documentary movie essay op-ed column article "
                        "editorial study report paper album song poem play podcast speech")
# Words between a work's owner and its noun that keep the owner its maker ("her upcoming White House memoir"), unlike
# "favourite" ("Bo's favourite film": Bo did not make it)
_WORK_MODIFIERS = word_set("new latest upcoming forthcoming recent first second third last final own best-selling "
                           "bestselling tell-all debut much-anticipated controversial")
_WORK_TITLING = word_set("titled entitled called named")
_WORK_WORDS_BACK = 10  # words read back from a title for its work noun and owner
_WORK_MODIFIER_WORDS = 3  # words at most between a work's owner and its noun
_WORK_OWNERS = frozenset(["his", "her", "His", "Her"])


def _work_maker(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the maker of a capitalised title in quote marks at ``pl`` that a work noun introduces (a memoir, a
    book, a study: _MAKER_WORKS), perhaps with "titled" or a comma between: the owner whose possessive opens the noun's
    phrase ("Jo Bell's memoir, “...”", "her new book “...”", read as any "her"); else nobody ("Bo's favourite film
    “...”", "Bo read the novel “...”": no maker named; "Bo wrote a book called “...”" is left to the other rules).
    The Conventions' titles (speak48).

    >>> t = "Her memoir, “Long Table,” is out."
    >>> w = _work_maker(t, _Index([]), _Place(12, 25, 0, len(t), 0, 0, 0)); (w.attribution, t[w.start : w.end])
    ('pronoun', 'Her')
    >>> t = "Her favourite film, “Long Table,” is out."
    >>> _work_maker(t, _Index([]), _Place(20, 33, 0, len(t), 0, 0, 0)).found
    False
    """
    if not text[pl.qs + 1 : pl.qs + 2].isupper():
        return _NOBODY
    words = text[max(pl.sent_start, pl.qs - win.WORK_MAKER_BACK) : pl.qs].split()[-_WORK_WORDS_BACK:]
    while words and words[-1].lower().rstrip(",:") in _WORK_TITLING | {""}:
        words.pop()  # "a memoir titled", "his memoir, called"
    if not words or words[-1].lower().rstrip(",") not in _MAKER_WORKS:
        return _NOBODY
    k = len(words) - 2
    while k >= max(0, len(words) - 2 - _WORK_MODIFIER_WORDS) and _work_modifier(words[k]):
        k -= 1  # "her upcoming White House memoir", "his 2019 book"
    if k < 0:
        return _NOBODY
    lo = max(pl.sent_start, pl.qs - win.TITLE_MAKER_BACK * 2)
    at = _last_word_at(text, words[k], lo, pl.qs)  # the owner's word, as the text prints it
    if words[k] in _WORK_OWNERS:
        return _Who("pronoun", None, at, at + len(words[k])) if at >= 0 else _NOBODY
    if words[k].endswith(_POSSESSIVE_S):
        end = at + len(words[k]) - 2
        near = idx.ending_before(end, max(0, end - win.TITLE_MAKER_BACK), most=1)
        return _named(near[0]) if at >= 0 and near and near[0].end == end and _is_speaker(near[0]) else _NOBODY
    return _NOBODY


def _last_word_at(text: str, word: str, lo: int, hi: int) -> int:
    """Return where the last whole ``word`` of ``text[lo:hi]`` starts (not inside a longer word), else -1.

    >>> _last_word_at("his history book", "his", 0, 16), _last_word_at("this book", "his", 0, 9)
    (0, -1)
    """
    at = text.rfind(word, lo, hi)
    while at >= 0 and ((at > 0 and text[at - 1].isalnum()) or text[at + len(word) : at + len(word) + 1].isalnum()):
        at = text.rfind(word, lo, at + len(word) - 1)
    return at


def _work_modifier(word: str) -> bool:
    """Return whether ``word`` may stand between a work's owner and its noun: a modifier of _WORK_MODIFIERS, a year or
    a capitalised word ("White House"), not an owner's "His"/"Her".

    >>> [_work_modifier(w) for w in ("upcoming", "2019", "House", "Her", "favourite")]
    [True, True, True, False, False]
    """
    return (word.lower() in _WORK_MODIFIERS or word.isdigit()
            or (word.istitle() and word.isalpha() and word not in _WORK_OWNERS))


_DOCUMENT_NOUNS = word_set("report plan paper study document strategy review blueprint agenda proposal")


def _publisher(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject of a publishing verb right before "the" and the quoted title of a document at ``pl``, a
    name or a body ("the Hanul Institute, a think tank, published the 'Project 2030' report"): the title's maker (the
    Conventions' titles); else nobody (a title another verb takes: "Bo read the 'Project 2030' report").

    >>> t = "The Hanul Institute published the 'Project 2030' report."
    >>> ms = [Mention(0, 19, "The Hanul Institute", "org", {})]
    >>> _publisher(t, _Index(ms), _Place(34, 48, 0, len(t), 0, 0, 0)).start
    0
    >>> t = "The Hanul Institute read the 'Project 2030' report."
    >>> _publisher(t, _Index(ms), _Place(29, 43, 0, len(t), 0, 0, 0)).found
    False
    """
    if not text[pl.qs + 1 : pl.qs + 2].isupper():
        return _NOBODY
    words = text[max(pl.sent_start, pl.qs - win.PUBLISHER_BACK) : pl.qs].split()
    if len(words) < 2 or words[-1].lower() != "the" or words[-2].lower() not in _PUBLISHING:
        return _NOBODY
    after = text[pl.qe : pl.qe + win.NAME_OF_THING_AFTER].split()[:1]
    if not after or after[0].lower().rstrip(".,;:") not in _DOCUMENT_NOUNS:
        return _NOBODY
    who = _clause_subject(text, idx, pl.sent_start, pl.qs)
    return who if who.found and who.attribution != "pronoun" else _NOBODY


_UNNAMED_HEADS = word_set("spokesperson spokesman spokeswoman official diplomat source envoy negotiator officer aide")


def _unnamed_antecedent(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a "he"/"she" that follows the quote of an unnamed person ('"...," a department
    spokesperson said. "...," he added') given that person when no named person comes between them.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'Jo Bell spoke.' + 2 * chr(10) + '"We act," an aide said.' + 2 * chr(10) + '"We pay," he added.'
    >>> from analysis.extract.entities import find_entities
    >>> [(q.value["speaker_text"], q.value["antecedent"]["exact"] if q.value["antecedent"] else None)
    ...  for q in find_quotes(t, [(0, 14), (16, 39), (41, 60)], find_entities(t))]
    [('an aide', None), ('he', 'an aide')]
    """
    out = list(quotes)
    last: Quote | None = None  # the last quote attributed to an unnamed person
    for i, q in enumerate(quotes):
        v = q.value
        words = (v.get("speaker_text") or "").split()
        again = last is not None and _same_role(words, last.value["speaker_text"])  # "a lawmaker said ... the lawmaker"
        head = _role_head(words)  # "an official at the ministry": "an official"
        if (v["attribution"] == "descriptor" and len(head) >= 2 and not again
                and (head[-1] in _UNNAMED_HEADS or head[-1].lower() in _OFFICES)):  # fmt: skip
            last = q if not v["speaker"] and not v["speaker_name"] else None
            continue
        he = v["attribution"] == "pronoun" and (v.get("speaker_text") or "").lower() in {"he", "she"}
        if last is None or not (he or (v["attribution"] == "descriptor" and again)):
            continue
        named = (v.get("antecedent") or {}).get("start", -1) if v["speaker_name"] else -1
        if again and words[1] not in text[max(0, named - win.ANTECEDENT_AGAIN_BACK) : max(0, named)]:
            named = -1  # "the lawmaker": the unnamed lawmaker, not someone named since with no such office
        if named < (last.value["speaker_start"] or 0):  # the unnamed person is the nearer one
            lv = last.value
            out[i] = replace(q, value=v | {k: lv[k] for k in ("speaker", "speaker_name", "candidates")}
                             | {"antecedent": {"start": lv["speaker_start"], "end": lv["speaker_end"],
                                               "exact": lv["speaker_text"]}}, antecedent=None)  # fmt: skip
    return out


_ROLE_TRIES = 4  # earlier uses of the role noun tried


def _indefinite_antecedent(text: str, start: int, head: str) -> tuple[int, int] | None:
    """Return the span of the nearest indefinite phrase before ``start`` whose head is ``head`` ("A White House
    official said ... “...,” the official said": "A White House official"), else None.

    >>> t = 'A White House official said it was bad. "Pay," the official said.'
    >>> s, e = _indefinite_antecedent(t, t.index("the official"), "official"); t[s:e]
    'A White House official'
    >>> _indefinite_antecedent('The official said so. "Pay," the official said.', 29, "official") is None
    True
    """
    lo, hi = max(0, start - win.ROLE_BACK), start
    for _ in range(_ROLE_TRIES):
        at = text.rfind(head, lo, hi)
        if at < 0:
            return None
        end, hi = at + len(head), at
        if text[end : end + 1].isalnum():
            continue
        words = text[max(lo, at - win.INDEFINITE_ANTECEDENT_BACK) : at].split()[-win.UNNAMED_MODIFIER_WORDS - 1 :]
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _INDEFINITES:
                art = text.rfind(words[k] + " ", lo, at)
                who = _indefinite_phrase(text, art, end) if art >= 0 else _NOBODY
                if who.found and who.end == end:
                    return art, end
                break
    return None


def _definite_back(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a definite role no rule resolved ('“...,” the official said') given the indefinite phrase
    of the same role before it as its antecedent ("A White House official said ..."): the role refers back to it.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'A White House official said it was bad. "Pay," the official said.'
    >>> from analysis.extract.entities import find_entities
    >>> v = find_quotes(t, [(0, len(t))], find_entities(t))[0].value; v["antecedent"]["exact"], v["speaker_name"]
    ('A White House official', 'White House official')
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        v = q.value
        words = (v.get("speaker_text") or "").split()
        if v["attribution"] != "descriptor" or v["speaker"] or v["speaker_name"] or v["antecedent"]:
            continue
        if len(words) != 2 or words[0] not in {"the", "The"} or words[1].lower() not in _UNNAMED_HEADS | _OFFICES:
            continue
        span = _indefinite_antecedent(text, v["speaker_start"], words[1])
        if span is None:
            continue
        tail = _postmodifier_end(text, span[1], span[1] + win.POSTMOD_CHARS)  # "A senior official at the office"
        words = text[span[1] : tail].split() if tail > 0 else []
        if any(w.endswith(_POSSESSIVE_S) for w in words):  # "a spokesperson for South Korea's foreign ministry":
            ante = {"start": span[0], "end": span[1], "exact": text[span[0] : span[1]]}  # _unnamed_of_org names it
            out[i] = replace(q, value=v | {"antecedent": ante})
            continue
        if words and words[-1].rstrip(".,").lower() not in _EVENT_NOUNS | _OFFICES:
            span = (span[0], tail)
        exact = text[span[0] : span[1]]  # named as the indefinite phrase names its speaker: its words less "a"
        out[i] = replace(q, value=v | {"antecedent": {"start": span[0], "end": span[1], "exact": exact},
                                       "speaker_name": exact.partition(" ")[2]})
    return out


def _modifiers_fit(text: str, m: Mention, modifiers: list[str]) -> bool:
    """Return whether each lower-case modifier of a definite role ("union" of "the union leader") is a word of the
    office the person at ``m`` is known by (their role, the title before the name, an appositive after it); a
    capitalised modifier (a body's name or acronym: "the USFK commander") is not compared; "top" and a rank's
    insignia fit any holder ("the four-star general"), a department's other word the holder of that department
    ("the spy chief" of the director of an intelligence service).

    >>> t = "Jo Bell, the union leader, spoke."
    >>> bell = Mention(0, 7, "Jo Bell", "person", {})
    >>> _modifiers_fit(t, bell, ["union"]), _modifiers_fit(t, bell, ["opposition"]), _modifiers_fit(t, bell, ["USFK"])
    (True, False, True)
    >>> t = "Jo Bell, director of the Hanul Intelligence Service, spoke."
    >>> bell = Mention(0, 7, "Jo Bell", "person", {"role": "director of the Hanul Intelligence Service"})
    >>> _modifiers_fit(t, bell, ["spy"]), _modifiers_fit(t, bell, ["defense"]), _modifiers_fit(t, bell, ["four-star"])
    (True, False, True)
    >>> t = "Jo Bell, who heads the Foo Institute, spoke."
    >>> _modifiers_fit(t, Mention(0, 7, "Jo Bell", "person", {}), ["think", "tank"])
    True
    """
    known = {*(m.value.get("role") or "").lower().split(), *text[max(0, m.start - win.TITLE_BACK) : m.start].lower()
             .split(), *_office_after(text, m.end)}  # fmt: skip
    held = _department(sorted(w for w in known if w in _DEPARTMENTS))
    return all(w in known or w == "top" or _INSIGNIA.fullmatch(w) or (held and _department([w]) == held)
               or known & _BODY_KINDS.get(w, frozenset()) for w in modifiers if w.islower())  # fmt: skip


# A kind of body in a role's modifiers, fitting a holder whose office names a body of that kind ("the think tank
# chief" of "Jo Bell, who heads the Foo Institute").
_THINK_TANKS = word_set("institute foundation center centre council")
_BODY_KINDS = {"think": _THINK_TANKS, "tank": _THINK_TANKS}


_INSIGNIA = re.compile(r"(?:one|two|three|four|five)-star")  # a general's or admiral's rank: "the four-star general"


_ROLE_PREPS = word_set("of for at from with in")


def _role_head(words: list[str]) -> list[str]:
    """Return the words of a role phrase before its first preposition ("an official at the foreign ministry": "an
    official"), all of them when it has none; the role's noun is the last word returned.

    >>> _role_head("an official at the foreign ministry".split()), _role_head(["a", "ruling", "party", "lawmaker"])
    (['an', 'official'], ['a', 'ruling', 'party', 'lawmaker'])
    """
    k = next((k for k, w in enumerate(words) if k >= 2 and w in _ROLE_PREPS), len(words))
    return words[:k]


def _same_role(words: list[str], before: str | None) -> bool:
    """Return whether ``words`` ("the lawmaker") take up the role of an unnamed person introduced as ``before`` ("a
    ruling party lawmaker"): "the" and the same office noun after "a", "an" or "one".

    >>> _same_role(["the", "lawmaker"], "a ruling party lawmaker"), _same_role(["the", "lawmaker"], "the lawmaker")
    (True, False)
    >>> _same_role(["the", "official"], "an official at the ministry"), _same_role(["the", "official"], "an aide at it")
    (True, False)
    """
    first = _role_head((before or "").split())
    return (len(words) == 2 and words[0] in {"the", "The"} and len(first) >= 2 and first[-1] == words[1]
            and first[0].lower() in {"a", "an", "one"} and words[1] in _OFFICES)  # fmt: skip


_OF_ORG = re.compile(r"(?<!\s)\s++(?:of|for|at|from|with)\s++")


def _unnamed_of_org(text: str, idx: _Index, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` where an unnamed spokesperson or official of a named organisation speaks ('said the
    spokesperson of the Foo Agency', and the quotes that continue it or say "he added") named by that organisation:
    the text names no person, and the organisation is whose words they are.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = '"We are glad," said the spokesperson of the Foo Agency.'
    >>> from analysis.extract.entities import find_entities
    >>> ms = find_entities(t) + [Mention(40, 54, "the Foo Agency", "org", {})]
    >>> find_quotes(t, [(0, len(t))], ms)[0].value["speaker_name"]
    'Foo Agency'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        v = q.value
        if v.get("speaker") or v.get("speaker_name"):
            continue
        span = v.get("antecedent") or {"start": v.get("speaker_start"), "end": v.get("speaker_end")}
        start, end = span.get("start"), span.get("end")
        if start is None or end is None or text[start:end].split()[-1:] not in [[h] for h in _UNNAMED_HEADS]:
            continue
        of = _OF_ORG.match(text, end)
        org = idx.starting_at(of.end(), of.end() + win.ORG_LEAD) if of is not None else None
        if of is None or org is None or org.kind == "person" or not _is_speaker(org):
            continue
        if all(w == "the" or w[:1].isupper() for w in text[of.end() : org.start].split()):  # "the U.S. Department"
            owned = _owned_phrase(text, org, len(text))  # "a spokesperson for South Korea's foreign ministry"
            base = owned.name if owned is not None else speaker_name(org)
            out[i] = replace(q, value=v | {"speaker_name": _member_name(base, text[start:end].split()[-1])})
    return out


def _member_name(name: str | None, head: str) -> str | None:
    """Return the name of an unnamed member of an organisation (its ``name``) by its head noun: the organisation for
    its spokesperson (the body speaks through them), else the organisation's name before the noun ("an official at
    the Blue House": "Blue House official").

    >>> _member_name("Blue House", "official"), _member_name("Blue House", "spokesman")
    ('Blue House official', 'Blue House')
    """
    return name if head in _SPOKES or name is None else f"{name} {head}"


_ROLE_SAYS = re.compile(  # a headline's role and its verb of saying or of charging ("lawmaker slams ...")
    r"\b(?P<role>[a-z]++)\s++(?:says|said|warns|urges|vows|denies|insists|slams|blasts|criticizes|criticises"
    r"|rejects|decries|denounces|condemns|mocks|attacks|assails|rebukes|lambastes|questions)\b"
)


def _headline_role(text: str, quotes: list[Quote], headline_end: int) -> list[Quote]:
    """Return ``quotes`` with an unattributed headline quote after "<role> says" or a verb of charging ("U.S. official
    says ... 'flexible'", "lawmaker slams ... 'disrespect'") given the speaker of the body's first quote credited to
    a person by role ("..., a ranking U.S. diplomat said"), by name or by the role's words.

    >>> q = Quote(30, 40, "'flexible'", {"attribution": "none"})
    >>> src = Quote(60, 70, '"flexible"', {"attribution": "descriptor", "speaker_text": "a U.S. diplomat",
    ...   "speaker": None, "speaker_name": "Jo Bell", "speaker_start": 71, "speaker_end": 86, "antecedent": None,
    ...   "candidates": []})
    >>> _headline_role("U.S. official says Seoul is a 'flexible' one", [q, src], 45)[0].value["speaker_name"]
    'Jo Bell'
    """
    body = [o for o in quotes if o.start >= headline_end and o.value["attribution"] == "descriptor"]
    words = (body[0].value.get("speaker_text") or "").split() if body else []
    if not words or words[-1] not in ROLE_NOUNS:
        return quotes  # the body's first role speaker, named or not ("A Korean lawmaker criticized ... “...”")
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.start >= headline_end:
            break
        said = _ROLE_SAYS.search(text, 0, q.start)
        if q.value["attribution"] == "none" and said and said.group("role") in ROLE_NOUNS:
            out[i] = _speaker_of(q, body[0])
    return out


_NAMED_WITHIN = 3  # paragraphs after a lead's unnamed role in which the role's holder is quoted by name


def _first(pair: tuple[int, int]) -> int:
    return pair[0]


def _named_person_quote(quotes: list[Quote], first: int, limit: int, named: list[int] | None = None) -> Quote | None:
    """Return the first quote from index ``first`` on, starting before ``limit``, that a person speaks by name, else
    None (read in place up to ``limit``: no copy of the list, no look past it; ``named``: the indices of those quotes
    in ``quotes``, in order (:func:`_person_named_indices`), to find it by bisection instead).

    >>> q = Quote(9, 14, '"No,"', {"attribution": "named"}, Mention(15, 17, "Bo", "person", {}))
    >>> _named_person_quote([q], 0, 20) is q, _named_person_quote([q], 0, 5), _named_person_quote([q], 0, 20, [0]) is q
    (True, None, True)
    """
    if named is not None:
        k = bisect.bisect_left(named, first)
        o = quotes[named[k]] if k < len(named) else None
        return o if o is not None and o.start < limit else None
    for o in itertools.islice(quotes, first, None):
        if o.start >= limit:
            return None
        if _person_named(o):
            return o
    return None


def _person_named(q: Quote) -> bool:
    return q.value["attribution"] == "named" and q.speaker_mention is not None and q.speaker_mention.kind == "person"


def _person_named_indices(quotes: list[Quote]) -> list[int]:
    """Return the indices of the quotes a person speaks by name, in order.

    >>> _person_named_indices([Quote(9, 14, '"No,"', {"attribution": "named"}, Mention(15, 17, "Bo", "person", {}))])
    [0]
    """
    return [i for i, q in enumerate(quotes) if _person_named(q)]


def _apposed_office(text: str, src: Quote, head: str) -> bool:
    """Return whether the person who speaks ``src`` holds the office ``head`` by a title before the name or an office
    in commas right after it ("Gen. Jo Bell, commander of the troops, said").

    >>> t = '"No," Gen. Jo Bell, commander of the troops, said.'
    >>> _apposed_office(t, Quote(0, 5, '"No,"', {}, Mention(11, 18, "Jo Bell", "person", {})), "commander")
    True
    """
    m = src.speaker_mention
    if m is None:
        return False
    apposed = text[m.end + 2 : m.end + win.APPOSED_OFFICE]
    after = apposed.split(",", 1)[0].lower().split()[:win.APPOSED_OFFICE_WORDS] if text.startswith(", ", m.end) else []
    return head in _office_head(after) or _holds(text, m, head)


def _named_later(
    quotes: list[Quote], paragraphs: Sequence[tuple[int, int]], first_named: int, text: str | None = None
) -> list[Quote]:
    """Return ``quotes`` with a lead's unnamed role ('..., a ranking U.S. diplomat said') resolved to the person
    quoted by name in the next paragraphs, when the text names nobody before it (``first_named``: the first
    named person's start, -1 if none); a "he" left unresolved in the role's paragraph ("what he called") too.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = '"We are flexible," a U.S. diplomat said.' + 2 * chr(10) + '"We talk," Jo Bell said.'
    >>> from analysis.extract.entities import find_entities
    >>> [(q.value["speaker_name"], q.value["speaker_text"]) for q in find_quotes(t, [(0, 40), (42, 66)],
    ...  find_entities(t))]
    [('Jo Bell', 'a U.S. diplomat'), ('Jo Bell', 'Jo Bell')]
    """
    out = list(quotes)
    named: list[int] | None = None  # the quotes a person speaks by name, found once (one look from each role was
    # read up to three paragraphs on: quadratic in one long paragraph of roles)
    for i, q in enumerate(quotes):
        v, words = q.value, (q.value.get("speaker_text") or "").split()
        if v["attribution"] not in {"descriptor", "subject"} or v["speaker"] or v["speaker_name"] or len(words) < 2:
            continue
        definite = words[0].lower() == "the" and text is not None  # "the commander ... called it “...”"
        if (words[0].lower() not in _NEW_PERSON_DETERMINERS and not definite) or words[-1] not in _NAMED_LATER_OFFICES:
            continue
        if _head_noun(words) not in _NAMED_LATER_OFFICES:
            continue  # "an aide to the minister": an aide, no minister (speak56)
        if v["attribution"] == "subject" and not definite:
            continue
        if 0 <= first_named < q.start and not definite:
            break  # someone was named before: the role may be another person ("the commander": only its holder)
        pi = bisect.bisect_right(paragraphs, q.start, key=_first) - 1  # no list of every paragraph's start
        limit = paragraphs[min(len(paragraphs) - 1, pi + _NAMED_WITHIN)][1]
        named = _person_named_indices(quotes) if named is None else named
        src = _named_person_quote(quotes, i + 1, limit, named)
        if src is None or (definite and text is not None and not _apposed_office(text, src, words[-1])):
            continue  # "the commander": only one the next paragraphs name as the commander
        if text is not None and _academic(text, src):
            continue  # "a senior official said ... Prof. Jo Bell said": a scholar holds no office (speak56)
        if text is not None and _kept_unnamed(text, quotes, i, src, paragraphs[pi]):
            continue  # "said the official, who requested anonymity": no one the text names
        for j in range(i, len(quotes)):
            o = out[j]
            if j > i and (o.start >= paragraphs[pi][1] or o.value["attribution"] != "pronoun" or o.value["speaker"]
                          or o.value["speaker_name"]):  # fmt: skip
                break
            out[j] = _named_by(o, src)
    return out


def _head_noun(words: list[str]) -> str:
    """Return the head noun of an unnamed role's words: the word before its first preposition (any, "to" too), else
    its last word ("an aide to the minister": "aide"; "a senior diplomat": "diplomat") (speak56).

    >>> _head_noun("an aide to the minister".split()), _head_noun("a senior diplomat".split())
    ('aide', 'diplomat')
    """
    k = next((k for k, w in enumerate(words) if k >= 2 and w in _PREPOSITIONS), len(words))
    return words[k - 1]


_ACADEMIC_TITLES = word_set("Prof. Professor Dr.")  # titles of scholars, who hold no office of a government


def _academic(text: str, src: Quote) -> bool:
    """Return whether the person who speaks ``src`` by name has a scholar's title right before the name ("Prof.
    Jo Bell said") (speak56).

    >>> t = '"Yes," Prof. Jo Bell said.'
    >>> _academic(t, Quote(0, 6, '"Yes,"', {}, Mention(13, 20, "Jo Bell", "person", {})))
    True
    """
    m = src.speaker_mention
    before = text[max(0, m.start - win.TITLE_BACK) : m.start].split() if m is not None else []
    return bool(before) and before[-1] in _ACADEMIC_TITLES


# words that say a source is not named ("who requested anonymity", "asked not to be identified", "was not authorized
# to speak publicly", "speaking on background")
_ANONYMITY = re.compile(
    r"\b(?:anonymity|anonymously|on[ \t]background|not[ \t]to[ \t]be[ \t](?:identified|named)"
    r"|declined[ \t]to[ \t]be[ \t](?:identified|named)|not[ \t]authori[sz]ed[ \t]to[ \t](?:speak|talk|comment))\b"
)


def _kept_unnamed(text: str, quotes: list[Quote], i: int, src: Quote, paragraph: tuple[int, int]) -> bool:
    """Return whether the unnamed role of ``quotes[i]`` stays unnamed, so the person quoted by name in ``src`` later
    is someone else (probeq40): its paragraph says the source is not named ("who requested anonymity"); the text
    refers to it by its role again before ``src`` ("“...,” said the official"); or it already points back to an
    unnamed phrase ("A former senior official ... the former official said").

    >>> q = Quote(0, 5, '"No,"', {"speaker_text": "a senior diplomat", "antecedent": None, "speaker_start": 6})
    >>> src = Quote(60, 65, '"Yes,"', {"speaker_text": "Jo Bell"})
    >>> t = '"No," a senior diplomat said, asking not to be identified.'
    >>> _kept_unnamed(t, [q, src], 0, src, (0, len(t))), _kept_unnamed('"No," a senior diplomat said.', [q, src], 0,
    ...     src, (0, 30))
    (True, False)
    >>> _kept_unnamed('"No."', [Quote(0, 5, '"No."', {"speaker_text": None}), src], 0, src, (0, 5))  # no role's words
    False
    """
    v = quotes[i].value
    if v.get("antecedent"):
        return True  # an unnamed phrase before: "the official" of "one official described it as ..."
    if _ANONYMITY.search(text, paragraph[0], paragraph[1]) is not None:
        return True
    words = (v.get("speaker_text") or "").split()
    if not words:
        return False  # no role's words to follow
    start = v.get("speaker_start")
    if words[0].lower() == "the" and start is not None and _indefinite_antecedent(text, start, words[-1]):
        return True  # "the former official": the unnamed "A former senior official" before
    for o in itertools.islice(quotes, i + 1, None):
        if o.start >= src.start:
            return False
        again = (o.value.get("speaker_text") or "").split()
        if len(again) == 2 and again[0].lower() == "the" and again[1] == words[-1] and not o.value["speaker_name"]:
            return True  # "“...,” said the official": the same unnamed role goes on
    return False


def _named_by(q: Quote, src: Quote) -> Quote:
    """Return ``q`` with the speaker of ``src``, whose name stands for the role or pronoun ``q`` is attributed to."""
    m = src.speaker_mention
    assert m is not None
    value = q.value | {k: src.value[k] for k in ("speaker", "speaker_name", "candidates")}
    value["antecedent"] = {"start": m.start, "end": m.end, "exact": m.exact}
    return replace(q, value=value, antecedent=m)


# "<Name> made the comment(s)/remark(s) ..." opening the sentence after a role's quote: the role's holder named
# (newswire: '“...,” the commander said. Gen. Jo Bell made the comment during a hearing')
_MADE_REMARKS = re.compile(
    r"[ \t]{1,3}(?:also[ \t]{1,3})?made[ \t]{1,3}(?:the|these|those|his|her|such)[ \t]{1,3}"
    r"(?:comments?|remarks?|statements?|projection|prediction|assessment|observation)\b"
    r"(?![ \t]{1,3}(?:public|that|about)\b)"  # "made those remarks public", "made the prediction that ...": review106
)


# a description in commas right after a name, before its verb ("Jo Bell, an opposition lawmaker, made the remark")
_APPOSED = re.compile(r",[ \t]{1,3}[^,\"“”\n]{1,120}+,")


# title words and role nouns by office; a holder whose title names another office than the tag's role noun is not
# that role ("the commander said. Sen. Al Roe made the comments": review106 finding 2)
_OFFICE_OF = {
    **dict.fromkeys(("gen", "general", "adm", "admiral", "col", "colonel", "lt", "maj", "capt", "army", "navy",
                     "marine", "commander", "generals"), "military"),
    **dict.fromkeys(("sen", "senator", "rep", "representative", "congressman", "congresswoman", "lawmaker",
                     "legislator", "assemblyman"), "legislature"),
    **dict.fromkeys(("ambassador", "envoy", "diplomat"), "diplomacy"),
}


def _title_fits(role: str, title: str) -> bool:
    """Return False when the title words ``title`` before a name and the head noun of the role ``role`` both name
    an office and the offices differ; else True.

    >>> _title_fits("the commander of the garrison", "Sen."), _title_fits("the commander", "Army Gen.")
    (False, True)
    >>> _title_fits("a senior official", "Sen."), _title_fits("the envoy", "")
    (True, True)
    """
    head = {_OFFICE_OF.get(w.strip(".,").lower()) for w in role.split(" of ")[0].split()} - {None}
    held = {_OFFICE_OF.get(w.strip(".,").lower()) for w in title.split()} - {None}
    return not head or not held or bool(head & held)


def _remark_maker(text: str, q_end: int, end: int, people: Sequence[Mention], role: str = "") -> Mention | None:
    """Return the person named, after capitalised title words at most, at the start of the sentence after the one
    ending past ``end`` (a role's speech tag) and past ``q_end`` (its quote's end), when their verb is "made the
    comment(s)/remark(s)" and the like and their title fits the role ``role`` (:func:`_title_fits`): the one whose
    words the role said; else None (``people`` sorted by start: only those near the sentence's start are read).

    >>> t = 'It is “bad,” the commander said. Gen. Jo Bell made the remarks at a hearing.'
    >>> bell = Mention(38, 45, "Jo Bell", "person", {})
    >>> end = t.index(" said")
    >>> _remark_maker(t, 12, end, [bell]).exact, _remark_maker(t.replace("made", "read"), 12, end, [bell])
    ('Jo Bell', None)
    >>> _remark_maker(t.replace("Gen.", "Sen."), 12, end, [bell], "the commander") is None
    True
    """
    hi = min(len(text), max(end, q_end) + win.REMARK_TAG_TAIL)  # a tag before its quote: the sentence goes on past it
    verb = _VERB_WORD.search(text, end, hi)  # the tag's own verb: "the commander of U.S. Forces Korea said"
    # from the quote's end when the tag comes first: no gap inside the tag's sentence ("said U.S. Gen. Bo made ...")
    gap = _SENTENCE_END.search(text, max(verb.end(), q_end - 2), hi) if verb is not None else None
    if gap is None:
        return None
    at = gap.end()
    for k in range(bisect.bisect_left(people, at, key=_START), len(people)):  # people sorted by start: those from at
        m = people[k]
        if m.start > at + win.REMARK_TITLE_CHARS:
            break
        if m.value.get("descriptor") or not all(w[:1].isupper() for w in text[at : m.start].split()):
            continue
        apposed = _APPOSED.match(text, m.end)  # "Kwon Soo-ah, an opposition lawmaker, made the remark": probeq36
        if _MADE_REMARKS.match(text, apposed.end() if apposed is not None else m.end):
            told = text[at : m.start] + (apposed.group() if apposed is not None else "")
            return m if _title_fits(role, told) else None
    return None


# the verbs whose subject, opening a sentence, tells the words a later partial quote holds ("Bo told Al that ...
# “...”, an official said": Bo's words the official relays)
_RELAYED_SPEECH = re.compile(
    r"(?:,[^,\"“”\n]{1,120}+,)?[ \t]{1,3}(?:[a-z]{1,20}ly[ \t]{1,3})?"
    r"(?:told|tells|said|says|spoke|speaks|urged|urges|vowed|vows|pledged|pledges|promised|promises|stressed|stresses|insisted|insists)\b"
)


# between the verb and the quote: a clause of its own, whose words are the unnamed source's (review106 finding 1)
_CLAUSE_BREAK = re.compile(
    r"[;—–]|[ \t]-[ \t]|,[ \t]{0,3}(?:and|whereas)\b|\b(?:amid|but|yet|though|although|while|whereas)\b"
)
_SPOKE_OF = re.compile(r"\b(?:of|about)\b")  # "spoke of the need", not "spoke with/to Al"


def _relayed_by_role(text: str, q: Quote, sent_start: int, people: Sequence[Mention]) -> Mention | None:
    """Return the named person who opens the sentence of ``q`` (after a dateline and title words, all capitalised)
    as the subject of a verb of saying, when ``q`` is a quote inside that person's reported speech which an unnamed
    source after it relays ('Bo told Al that Seoul would pay a “fair” share, an official said'): the words are the
    person's, as the Conventions credit a quote relayed inside reported speech; else None (a second verb of saying
    between: 'Bo said Al called it “fair”' is not Bo's). ``people`` sorted by start.

    >>> t = 'Jo Bell told Al Roe that Seoul would pay a “fair” share, an official said.'
    >>> bell, roe = Mention(0, 7, "Jo Bell", "person", {}), Mention(13, 19, "Al Roe", "person", {})
    >>> q = Quote(42, 49, "“fair”", {})
    >>> _relayed_by_role(t, q, 0, [bell, roe]).exact
    'Jo Bell'
    >>> t = 'Jo Bell said Al Roe called it “fair” again, an official said.'
    >>> _relayed_by_role(t, Quote(t.index("“"), t.index("”") + 1, "“fair”", {}), 0, [bell, roe]) is None
    True
    >>> t = 'Jo Bell spoke with Al Roe, and talks were “stuck,” an official said.'
    >>> _relayed_by_role(t, Quote(t.index("“"), t.index("”") + 1, "“stuck,”", {}), 0, [bell, roe]) is None
    True

    A phrase of time or occasion may open the sentence before the name ("During the talks, Jo Bell told ...").

    >>> t = 'During the talks, Jo Bell told Al Roe the offer was “final,” an aide said.'
    >>> bell, roe = Mention(18, 25, "Jo Bell", "person", {}), Mention(31, 37, "Al Roe", "person", {})
    >>> _relayed_by_role(t, Quote(t.index("“"), t.index("”") + 1, "“final,”", {}), 0, [bell, roe]).exact
    'Jo Bell'
    """
    front = _FRONTED.match(text, sent_start, min(q.start, sent_start + win.FRONTED_GROUP))
    if front is not None and front.group().split()[0].lower() in _FRONTED_OPENERS:
        sent_start = front.end()  # "During the talks, Bo told Al ...": the subject opens the clause after the phrase
    k = bisect.bisect_left(people, sent_start, key=_START)  # people sorted by start: the first from the sentence's
    first = people[k] if k < len(people) and people[k].start < q.start else None
    if first is None or first.value.get("descriptor"):
        return None
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in text[sent_start : first.start].split()):
        return None  # not the sentence's subject: "Seoul wants Bo to ..."
    verb = _RELAYED_SPEECH.match(text, first.end, q.start)
    if verb is None or _VERB_WORD.search(text, verb.end(), q.start) is not None:
        return None
    if _CLAUSE_BREAK.search(text, verb.end(), q.start) is not None:
        return None  # the quote in a later clause, the source's own word: "Bo said nothing, and talks were “stuck”"
    if verb.group().endswith(("spoke", "speaks")) and _SPOKE_OF.search(text, verb.end(), q.start) is None:
        return None  # "Bo spoke with Al ... “...”": no words of Bo's told; "spoke of the need for a “...”" is
    return first


def _named_ends(quotes: Sequence[Quote]) -> tuple[dict[str, int], dict[str, int]]:
    """Return where the first quote attributed by name to each speaker id, and to each speaker name, ends (the
    earliest end): what :func:`_named_before` reads, found in one pass over the quotes.

    >>> q = Quote(0, 5, "“x,”", {"speaker": "bo", "speaker_name": "Bo", "attribution": "named"})
    >>> _named_ends([q, Quote(1, 3, "“y”", {"speaker": None, "speaker_name": "Bo", "attribution": "named"})])
    ({'bo': 5}, {'Bo': 3})
    """
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    for p in quotes:
        v = p.value
        if v.get("attribution") != "named":
            continue
        if (sid := v.get("speaker")) is not None:
            ids[sid] = min(ids.get(sid, p.end), p.end)
        if (name := v.get("speaker_name")) is not None:
            names[name] = min(names.get(name, p.end), p.end)
    return ids, names


def _named_before(ends: tuple[dict[str, int], dict[str, int]], before: int, sid: str | None, name: str | None) -> bool:
    """Return whether the person of id ``sid`` or name ``name`` is the named speaker of a quote ending before
    ``before`` (``ends``: :func:`_named_ends` of the quotes; a look-up each, not a read of every quote).

    >>> ends = _named_ends([Quote(0, 5, "“x,”", {"speaker": None, "speaker_name": "Bo", "attribution": "named"})])
    >>> _named_before(ends, 9, None, "Bo"), _named_before(ends, 3, None, "Bo"), _named_before(ends, 9, None, None)
    (True, False, False)
    """
    ids, names = ends
    return (sid is not None and ids.get(sid, before + 1) <= before) or (
        name is not None and names.get(name, before + 1) <= before)


# offices by title word and role noun, for a lede's role and the description of the person the next paragraph names
# (_OFFICE_OF and the cabinet and the academy: "a lawmaker" is no "foreign minister", "a professor" no "senator")
_ROLE_OFFICE = _OFFICE_OF | dict.fromkeys(("minister", "ministers", "secretary"), "cabinet") | dict.fromkeys(
    ("professor", "lecturer", "dean"), "academy")
_TURN_WORDS = word_set("but and yet however meanwhile still also separately instead too")  # another voice follows
_OPENING_VERB = re.compile(r"[ \t]{1,3}([a-z]{2,20}+)\b")


# The press's people who put questions to a story's sources: never one of the sources named next.
_ASKING_PRESS = word_set("reporter journalist correspondent interviewer questioner moderator anchor")
_ASKED_AFTER_QUOTE = 60  # characters after a press role's quote read for its verb ('“...,” a reporter asked')


def _press_question(text: str, q: Quote, head: str, end: int) -> bool:
    """Return whether the quote ``q``, whose speaker is an unnamed role of head noun ``head``, is a question the press
    puts: the role is a reporter's and the quote asks ("?" closing its words) or its verb is "ask" (in ``q``'s
    sentence, read up to ``end``): the one the next paragraph names answers it, he did not ask it.

    >>> t = 'A reporter asked, “Is the hike final?”'
    >>> _press_question(t, Quote(18, len(t), t[18:], {}), "reporter", len(t))
    True
    >>> t = 'A reporter said the mood was “grim.”'
    >>> _press_question(t, Quote(29, len(t), t[29:], {}), "reporter", len(t))
    False
    >>> t = 'A senior lawmaker asked, “Why pay more?”'
    >>> _press_question(t, Quote(25, len(t), t[25:], {}), "lawmaker", len(t))
    False
    """
    if head not in _ASKING_PRESS:
        return False
    if q.exact.rstrip("\"”’' ").endswith("?"):
        return True
    lo = _last_sentence_start(text, max(0, q.start - win.LAST_SENTENCE_BACK), q.start + 1)
    hi = min(end, q.end + _ASKED_AFTER_QUOTE)  # '“Is it final?” a reporter asked'
    return any(w.lower().startswith("ask") for w in text[lo:hi].split())


def _unnamed_role(words: list[str]) -> str | None:
    """Return the head noun of the words naming a quote's speaker when they name one unnamed person by a role ("a
    prominent senator", "South Korea's top negotiator"; no anonymous source, no "another", no group), else None.

    >>> _unnamed_role("a prominent senator".split()), _unnamed_role("South Korea's top negotiator".split())
    ('senator', 'negotiator')
    >>> _unnamed_role("a diplomatic source".split()), _unnamed_role("another official".split())
    (None, None)
    >>> _unnamed_role("the ministry".split()), _unnamed_role("its top diplomat".split())
    (None, None)

    A role whose head noun (:func:`_head_noun`, as :func:`_named_later` reads it) stands before a preposition names
    its holder by that noun, not by the office after it ("an aide to the minister" is no minister: mend56s):

    >>> _unnamed_role("an aide to the minister".split()), _unnamed_role("an adviser to the president".split())
    (None, None)
    """
    if not 2 <= len(words) <= 6 or _head_noun(words) != words[-1]:
        return None
    head = words[-1].lower().strip(".,")
    if head not in _INDEFINITE_HEADS or head in _SOURCE_NOUNS or (head.endswith("s") and head[:-1] in ROLE_NOUNS):
        return None
    owned = any(w.endswith(("'s", "’s")) for w in words[:-1]) and words[0].lower() not in {"its", "their", "his", "her"}
    return head if words[0].lower() in {"a", "an", "one"} or owned else None


def _role_agrees(head: str, told: str) -> bool:
    """Return whether a person described by ``told`` (title words and a description in commas) may hold the role
    ``head``: unless both name an office (:data:`_ROLE_OFFICE`) and the offices differ.

    >>> _role_agrees("senator", "Sen. a Republican senator"), _role_agrees("analyst", "a senior fellow at Brookings")
    (True, True)
    >>> _role_agrees("negotiator", "a career diplomat"), _role_agrees("lawmaker", "the foreign minister")
    (True, False)
    """
    want = _ROLE_OFFICE.get(head)
    held = {_ROLE_OFFICE.get(w.strip(".,").lower()) for w in told.split()} - {None}
    return want is None or not held or want in held


def _opening_teller(text: str, people: Sequence[Mention], para: tuple[int, int], head: str) -> Mention | None:
    """Return the person named, after capitalised title words at most, as the subject of a verb of saying that opens
    paragraph ``para`` ("Gregory Wallace, a Republican senator, said in an interview that ..."; a description in
    commas may come between), when their description fits the role ``head`` (:func:`_role_agrees`); else None (a
    turn to another voice: "But", "also", "however"). ``people`` sorted by start.

    >>> t = "Jo Bell, a Republican senator, said no side would move."
    >>> _opening_teller(t, [Mention(0, 7, "Jo Bell", "person", {})], (0, len(t)), "senator").exact
    'Jo Bell'
    >>> _opening_teller(t.replace("said", "also said"), [Mention(0, 7, "Jo Bell", "person", {})], (0, len(t)),
    ...                 "senator") is None
    True
    >>> t = "Jo Bell made the remark on a radio show."
    >>> _opening_teller(t, [Mention(0, 7, "Jo Bell", "person", {})], (0, len(t)), "lawmaker").exact
    'Jo Bell'
    >>> t = "Jo Bell made the projection, citing the polls."  # qfix42: the nouns of _MADE_REMARKS
    >>> _opening_teller(t, [Mention(0, 7, "Jo Bell", "person", {})], (0, len(t)), "lawmaker").exact
    'Jo Bell'
    """
    ps, pe = para
    k = bisect.bisect_left(people, ps, key=_START)
    m = people[k] if k < len(people) else None
    if m is None or m.start > min(pe, ps + win.REMARK_TITLE_CHARS) or m.value.get("descriptor"):
        return None
    title = text[ps : m.start].split()
    if "," in text[ps : m.start] or not all(w[:1].isupper() for w in title) or {w.lower() for w in title} & _TURN_WORDS:
        return None
    apposed = _APPOSED.match(text, m.end, pe)
    told = " ".join(title) + (apposed.group() if apposed is not None else "")
    at = apposed.end() if apposed is not None else m.end
    verb = _OPENING_VERB.match(text, at, pe)
    # "made the remark(s)/comments/projection" after a name: the words the paragraph before quoted are this person's
    said = verb is not None and (verb.group(1) in SPEECH_VERBS or _MADE_REMARKS.match(text, at, pe) is not None)
    if not said or {w.strip(",").lower() for w in told.split()} & _TURN_WORDS:
        return None
    return m if _role_agrees(head, told) else None


def _closing_teller(text: str, people: Sequence[Mention], para: tuple[int, int], head: str) -> Mention | None:
    """Return the person the first sentence of paragraph ``para`` names at its end as its teller, after a comma: the
    name, a description in commas and a verb of saying ("This would mean cuts elsewhere, Jo Bell, Hanul's minister for
    trade, told a seminar."), when the description fits the role ``head`` (:func:`_role_agrees`) and no quotation
    mark comes before the name; else None: wire copy names the lede's unnamed source so in the paragraph after it
    (qfix50). ``people`` sorted by start.

    >>> t = "This means cuts elsewhere, Jo Bell, Hanul's minister for trade, told a seminar."
    >>> _closing_teller(t, [Mention(27, 34, "Jo Bell", "person", {})], (0, len(t)), "minister").exact
    'Jo Bell'
    >>> _closing_teller(t.replace("told", "met"), [Mention(27, 34, "Jo Bell", "person", {})], (0, len(t)), "minister")
    """
    ps, pe = para
    hi = min(pe, ps + win.CLOSING_TELLER_CHARS)
    end = _sentence_close(text, ps, hi)  # "Rep. Jo Bell": a title's stop ends no sentence
    if _MARK.search(text, ps, end):
        return None  # a quotation in the sentence: its own speaker
    k = bisect.bisect_left(people, end, key=_START) - 1
    m = people[k] if k >= 0 and people[k].start >= ps else None
    comma = text.rfind(", ", max(ps, m.start - win.REMARK_TITLE_CHARS), m.start) if m is not None else -1
    if m is None or m.value.get("descriptor") or comma < 0:
        return None
    title = text[comma + 2 : m.start].split()  # "Rep.", "Army Gen.": capitalised title words at most
    if not all(w[:1].isupper() for w in title):
        return None
    apposed = _APPOSED.match(text, m.end, end)
    at = apposed.end() if apposed is not None else m.end
    verb = _OPENING_VERB.match(text, at, end)
    if verb is None or verb.group(1) not in SPEECH_VERBS:
        return None
    return m if _role_agrees(head, " ".join(title) + (apposed.group() if apposed is not None else "")) else None


# Verbs by which the paragraph after a lede tells whose words the lede quoted ("The ministry announced the deal ...")
_LEDE_VERB = re.compile(r"\b(?:announced|announces|said|says|confirmed|confirms|stated|told|disclosed|revealed"
                        r"|unveiled)\b")
_LEDE_TELLER_AT = 24  # characters at most from the next paragraph's start to its teller ("On Sunday, the ...")
_LEDE_VERB_REACH = 80  # characters at most from the teller to its verb ("'s Bureau of Political-Military Affairs")


# Verbs of viewing a thing as something ("farmers see it as a “betrayal”"); with the verbs of naming and of charging
# they tell, before a quote, whose word or view it is
_VIEWING = word_set("see sees saw seen view views viewed regard regards regarded consider considers considered "
                    "deem deems deemed")


def _viewed_as(words: list[str]) -> bool:
    """Return whether ``words`` (a sentence's lower-case words before a quote, :func:`_sentence_words`) end on a verb
    of viewing, naming or charging, "as" and an article between ("that critics at home have derided as a", "farmers
    see as a", "what Bo calls the"): the quote is the view of the one the sentence names (or of no one), not the
    source's a later paragraph names.

    >>> _viewed_as("a deal that critics have derided as a".split()), _viewed_as("a move farmers see as a".split())
    (True, True)
    >>> _viewed_as("a deal that will bring a".split()), _viewed_as("what bo calls the".split())
    (False, True)
    """
    words = _before_article(words)
    if words[-1:] == ["as"]:
        words = words[:-1]
    return bool(words) and (words[-1] in _VIEWING or words[-1] in _NAMING_VERBS or words[-1] in _CHARGING
                            or words[-1] in _SPOKEN_OF)


_LEDE_WORDS = 8  # spaces at least in a lede (a sentence with a full stop), not a byline or a date line


# A sentence opened by a noun of speech and its content clause ("The explanation that ...", "His remark that ..."):
# the nouns of _REPORT_THAT and a few of explaining or assessing
_SPEECH_NOUN_CLAUSE = re.compile(r"(?P<det>The|This|That|His|Her)[ \t]{1,3}(?P<noun>[a-z]{3,14})[ \t]{1,3}that\b")
_SPEECH_CLAUSE_NOUNS = _REPORT_NOUNS | word_set("explanation description assessment")
# The nouns that point back to a speech act just told with "the" ("The remark that ..."), unlike a claim or a
# proposal in circulation ("The claim that Seoul is a “free rider” has long circulated"): "this", "that" and an
# owner's "his", "her" point back with any noun
_POINTING_NOUNS = word_set("remark remarks comment comments explanation")


_SPOKE_PEOPLE = 6  # people read back from a sentence for the last one told of as saying something


_REPEAT_MOST = 3  # words in a short quote matched against the words of attributed quotes
_HEADLINE_QUOTES = 4  # headline quotes compared with the body's quotes


def _content_words(q: Quote) -> list[str]:
    return [w.lower() for w in _WORD.findall(q.exact.strip("\"“”‘’' "))]


def _unglued_words(q: Quote) -> list[str]:
    return [w for w in _content_words(q) if w not in _GLUE_IN_PHRASE]


def _first_holders(quotes: list[Quote], keys: set[tuple[str, ...]],
                   words_of: Callable[[Quote], list[str]]) -> dict[tuple[str, ...], Quote]:
    """Return, for each run of words in ``keys`` that ``words_of`` some quote holds, the first such quote of
    ``quotes`` (only the runs asked for are made: a run starts at a word that starts a key).

    >>> a, b = Quote(0, 9, '"Pay up now"', {}), Quote(20, 29, '"Up now"', {})
    >>> {k: q.start for k, q in _first_holders([a, b], {("up", "now"), ("now",), ("no",)}, _content_words).items()}
    {('up', 'now'): 0, ('now',): 0}
    """
    said: dict[tuple[str, ...], Quote] = {}
    firsts, sizes = {k[0] for k in keys if k}, sorted({len(k) for k in keys})
    for q in quotes if firsts else ():
        words = words_of(q)
        for i, w in enumerate(words):
            for n in sizes if w in firsts else ():
                if i + n <= len(words) and (key := tuple(words[i : i + n])) in keys:
                    said.setdefault(key, q)
    return said


_THE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:the)[ \t]\Z")
_PREPOSITION_AFTER = re.compile(r"[ \t](?:for|of|on|in|to|with|from|between|under)\b")


def _named_term(text: str, q: Quote) -> bool:
    """Return whether short quote ``q`` is a term the sentence names as a noun, "the" right before it and a
    preposition right after ("approach the 'defense cost-sharing' for the troops"): a label nobody speaks (README
    title/label bullet), not a scare quote a later full quote repeats ("a 'vital' step", "the 'fair share' talks").

    >>> t = "Seoul treats the 'host support' for troops apart. A 'vital' step. The 'fair share' talks."
    >>> [_named_term(t, Quote(t.index(w), t.index(w) + len(w), w, {})) for w in ("'host support'", "'vital'",
    ...                                                                          "'fair share'")]
    [True, False, False]
    """
    if not text or not _THE_BEFORE.search(text, max(0, q.start - win.TERM_ARTICLE_BACK), q.start):
        return False
    return _PREPOSITION_AFTER.match(text, q.end, min(len(text), q.end + win.TERM_PREPOSITION_AFTER)) is not None


def _described(q: Quote) -> bool:
    """Return whether quote ``q`` is credited to a body or role the text names only by its words, by its verb or as
    its clause's subject ("the defense ministry said", "The commander of the garrison said that ... “...”"): a
    speaker a repeat of its words may take too.

    >>> _described(Quote(0, 5, '"No,"', {"attribution": "descriptor", "speaker_text": "the defense ministry"}))
    True
    >>> _described(Quote(0, 5, '"No,"', {"attribution": "pronoun", "speaker_text": "he"}))
    False
    """
    return q.value["attribution"] in {"descriptor", "subject"} and bool(q.value.get("speaker_text"))


def _repeated(quotes: list[Quote], headline_end: int = 0, text: str = "") -> list[Quote]:
    """Return ``quotes`` with each unattributed short quote (three words at most) given the speaker of an
    attributed quote that holds the same words: a lead's scare quote that a later full quote repeats
    (a headline's ‘fully acceptable’, then '"... fully acceptable ...," Jo Bell said'). A longer quote in the
    headline (before ``headline_end``) takes the speaker of the body quote that shares most of its words.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'Bo: a ‘vital’ step.' + 2 * chr(10) + '"It is vital to us," Jo Bell said.'
    >>> from analysis.extract.entities import find_entities
    >>> [(q.exact, q.value["speaker_name"], q.value["attribution"]) for q in find_quotes(t, [(0, 19), (21, 55)],
    ...  find_entities(t))]
    [('‘vital’', 'Jo Bell', 'repeated'), ('"It is vital to us,"', 'Jo Bell', 'named')]
    """
    attributed = [q for q in quotes if q.value["attribution"] != "none" and (q.value["speaker_name"]
                                                                              or q.value["speaker"]
                                                                              or _described(q))]  # fmt: skip
    asked = {key for q in quotes if q.value["attribution"] == "none" and len(key := tuple(_content_words(q))) <=
             _REPEAT_MOST and sum(len(w) for w in key) >= 4}  # fmt: skip
    said = _first_holders(attributed, asked, _content_words)
    out = []
    headline_quotes = 0
    for q in quotes:
        if q.value["attribution"] != "none" or (not said and q.start >= headline_end):
            out.append(q)  # attributed, or no words to repeat and past the headline: nothing below applies
            continue
        key = tuple(_content_words(q))
        src = None
        if _so_called(text, q):
            src = None  # a label the text credits to nobody, whoever later says its words (``_labels``)
        elif q.start < headline_end and headline_quotes < _HEADLINE_QUOTES:
            headline_quotes += 1  # a few at most: each is compared with every attributed quote
            src = _headline_source(q, attributed)
        elif len(key) <= _REPEAT_MOST and sum(len(w) for w in key) >= 4:
            src = None if q.start >= headline_end and _named_term(text, q) else said.get(key)
        out.append(q if src is None or src is q else _speaker_of(q, src))
    return out


def _headline_carriers(q: Quote, attributed: list[Quote]) -> list[Quote]:
    """Return the attributed quotes that carry the words of headline quote ``q``: for a short quote (three words at
    most, four letters or more) each quote holding them as a run; for a longer one each quote holding its runs in
    order (an ellipsis may skip words), else the quotes sharing most of its words (:func:`_closest_body_quotes`).

    >>> a, b = Quote(30, 50, '"We pay our fair share,"', {}), Quote(60, 80, '"A fair share,"', {})
    >>> [o.start for o in _headline_carriers(Quote(0, 12, "‘Fair share’", {}), [a, b])]
    [30, 60]
    """
    key = _content_words(q)
    if len(key) <= _REPEAT_MOST:
        return [o for o in attributed if _holds_runs(_content_words(o), [key])] if sum(map(len, key)) >= 4 else []
    runs = _word_runs(q.exact) if len(q.exact) <= win.HEADLINE_LINE else []  # a headline's few words: linear scans
    held = [o for o in attributed if _holds_runs(_content_words(o), runs)] if sum(map(len, runs)) > _REPEAT_MOST else []
    return held or _closest_body_quotes(q, attributed)


def _carried_twice(quotes: list[Quote], headline_end: int) -> list[Quote]:
    """Return ``quotes`` with a headline quote given a body speaker (attribution "repeated") made nobody's when two
    speakers carry its words (:func:`_headline_source`) once every body quote has its speaker (the fallback's too):
    two people saying the headline's words leave it nobody's (review72 finding 7).

    >>> said = {"attribution": "named", "speaker": None, "speaker_text": None}
    >>> a = Quote(30, 50, '"We pay our fair share,"', said | {"speaker_name": "Bo Tam"})
    >>> b = Quote(60, 80, '"A fair share,"', said | {"speaker_name": "Jo Bell", "attribution": "fallback"})
    >>> q = Quote(0, 12, "‘Fair share’", said | {"speaker_name": "Bo Tam", "attribution": "repeated"})
    >>> [o.value["attribution"] for o in _carried_twice([q, a, b], 20)], _carried_twice([q, a], 20)[0] is q
    (['none', 'named', 'fallback'], True)
    """
    attributed = [o for o in quotes if o.start >= headline_end and o.value["attribution"] != "none"
                  and (o.value["speaker_name"] or o.value["speaker"])]  # fmt: skip
    out = list(quotes)
    for i, q in enumerate(quotes[:_HEADLINE_QUOTES]):
        if q.start < headline_end and q.value["attribution"] == "repeated" and _headline_source(q, attributed) is None:
            out[i] = _cleared(q) if _headline_carriers(q, attributed) else q
    return out


def _quote_speaker(q: Quote) -> str:
    """Return the name a quote gives its speaker (its name, id or words), "" when it gives none.

    >>> _quote_speaker(Quote(0, 4, '"A"', {"speaker_name": None, "speaker": "x-id", "speaker_text": "he"}))
    'x-id'
    """
    v = q.value
    return v.get("speaker_name") or v.get("speaker") or v.get("speaker_text") or ""


def _same_speaker(a: str, b: str) -> bool:
    """Return whether two speaker names are one speaker: every word of one (case, marks and a leading "the" aside)
    is a word of the other ("Quill" and "Tomas Quill", "the ministry" and "Foreign Ministry").

    >>> _same_speaker("Tomas Quill", "Quill"), _same_speaker("the ministry", "Foreign Ministry")
    (True, True)
    >>> _same_speaker("Defense Ministry", "Foreign Ministry"), _same_speaker("", "Quill")
    (False, False)
    """
    x, y = ({w for w in re.findall(r"[\w'’-]+", n.lower()) if w != "the"} for n in (a, b))
    return bool(x and y) and (x <= y or y <= x)


def _headline_source(q: Quote, attributed: list[Quote]) -> Quote | None:
    """Return the first body quote carrying the words of headline quote ``q`` (:func:`_headline_carriers`) when
    all that carry them are one speaker's; None when none does or two speakers do (a wrong name is worse than none).

    >>> said = {"speaker": None, "speaker_text": None}
    >>> a = Quote(30, 50, '"We pay our fair share,"', said | {"speaker_name": "Bo Tam"})
    >>> b = Quote(60, 80, '"A fair share,"', said | {"speaker_name": "Tam"})
    >>> c = Quote(90, 99, '"Fair share,"', said | {"speaker_name": "Jo Bell"})
    >>> q = Quote(0, 12, "‘Fair share’", {})
    >>> _headline_source(q, [a, b]) is a, _headline_source(q, [a, b, c])
    (True, None)
    """
    held = _headline_carriers(q, attributed)
    if not held or any(not _one_speaker(held[0], o) for o in held[1:]):
        return None
    return held[0]


def _one_speaker(a: Quote, b: Quote) -> bool:
    """Return whether two quotes are one speaker's: one gazetteer id ("USFK" and "United States Forces Korea", an
    alias and the full name of one body), else names of which one holds the other's words (:func:`_same_speaker`).

    >>> a = Quote(0, 4, '"A"', {"speaker": "usfk", "speaker_name": "USFK", "speaker_text": "USFK"})
    >>> b = Quote(9, 13, '"A"', {"speaker": "usfk", "speaker_name": "United States Forces Korea", "speaker_text": ""})
    >>> c = Quote(20, 24, '"A"', {"speaker": None, "speaker_name": "Jo Bell", "speaker_text": "Bell"})
    >>> _one_speaker(a, b), _one_speaker(a, c), _one_speaker(c, replace(c, start=30))
    (True, False, True)
    """
    ids = a.value.get("speaker"), b.value.get("speaker")
    return (ids[0] is not None and ids[0] == ids[1]) or _same_speaker(_quote_speaker(a), _quote_speaker(b))


_ELLIPSIS = re.compile(r"\.\.\.|…")  # where a headline's quote skips words of the body's


def _word_runs(exact: str) -> list[list[str]]:
    """Return the runs of lowercase words of a quote's text between its ellipses (marks and case ignored).

    >>> _word_runs("‘We Will Not... Such a Demand’")
    [['we', 'will', 'not'], ['such', 'a', 'demand']]
    """
    parts = _ELLIPSIS.split(exact.strip("\"“”‘’' "))
    return [run for part in parts if (run := [w.strip("'’").lower() for w in _WORD.findall(part)])]


def _holds_runs(words: list[str], runs: list[list[str]]) -> bool:
    """Return whether ``words`` hold each of ``runs`` unbroken, in their order (a run of n words is tried at each
    place its first word stands: n times the words at most, and a headline's run is short).

    >>> _holds_runs("it is not fair to us".split(), [["is", "not", "fair"]])
    True
    >>> _holds_runs("not fair it is".split(), [["is"], ["not", "fair"]]), _holds_runs(["fair"], [["not", "fair"]])
    (False, False)
    """
    at = 0
    for run in runs:
        n = len(run)
        at = next((i + n for i in range(at, len(words) - n + 1) if words[i : i + n] == run), -1)
        if at < 0:
            return False
    return True


def _closest_body_quotes(q: Quote, attributed: list[Quote]) -> list[Quote]:
    """Return the attributed quotes that share the most words of four letters or more with ``q`` (at least two and
    half of them), all of them when several tie, else []: a headline's quote of what the body quotes with its
    speaker (two speakers saying the same words tie: review72 finding 7, the headline is then nobody's).

    >>> a = Quote(30, 60, '"Seoul pays very little for our military"', {})
    >>> b = Quote(70, 99, '"Seoul pays very little for the military"', {})
    >>> q = Quote(0, 20, '"Seoul pays little for military"', {})
    >>> _closest_body_quotes(q, [a]) == [a], _closest_body_quotes(q, [a, b]) == [a, b]
    (True, True)
    """
    mine = {w for w in _content_words(q) if len(w) >= 4}
    best: list[Quote] = []
    score = 0
    for other in attributed:
        shared = len(mine & {w for w in _content_words(other) if len(w) >= 4})
        if shared > score:
            best, score = [other], shared
        elif shared == score and best:
            best.append(other)
    return best if score >= 2 and 2 * score >= len(mine) else []


def _speaker_of(q: Quote, src: Quote, attribution: str = "repeated") -> Quote:
    """Return ``q`` with the speaker of ``src`` and the ``attribution`` given."""
    value = q.value | {k: src.value[k] for k in ("speaker", "speaker_name", "speaker_text", "speaker_start",
                                                  "speaker_end", "antecedent", "candidates")}  # fmt: skip
    return replace(q, value=value | {"attribution": attribution}, speaker_mention=src.speaker_mention,
                   antecedent=src.antecedent)  # fmt: skip


def _cut_in_two(text: str, idx: _Index, first: Quote, second: Quote) -> bool:
    """Return whether an unattributed quote and the next one in its paragraph are one speaker's words cut in two,
    named after the second ('“We talk,” and the “minister and I hope,” Jo Bell said'): a few words between them,
    no speech verb, name or sentence end there, and the first does not end its sentence.

    >>> t = '“We talk,” and the “talks go on,” Jo Bell said.'
    >>> a = Quote(0, 11, "“We talk,”", {"attribution": "none"})
    >>> ended = Quote(0, 11, "“We talk.”", {"attribution": "none"})
    >>> b = Quote(19, 33, t[19:33], {"attribution": "named", "speaker_start": 34})
    >>> _cut_in_two(t, _Index([]), a, b), _cut_in_two(t, _Index([]), ended, b)
    (True, False)
    """
    sv, gap = second.value, text[first.end : second.start]
    named_after = sv["attribution"] != "none" and (sv.get("speaker_start") or -1) >= second.end
    if first.value["attribution"] != "none" or not named_after or len(gap) > win.CUT_GAP:
        return False
    if first.exact.rstrip("\"”’' ")[-1:] in {".", "!", "?"} or _ends_sentence_in(gap) or _VERB_WORD.search(gap):
        return False
    return not any(_is_speaker(m) for m in idx.first_between(first.end, second.start))


_SOUNDBITE = re.compile(r"\[[^\]\[\n/:]{2,60}/[^\]\[\n:]{0,120}:")


def _soundbite(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2h: a quote inside a TV soundbite, which its paragraph opens with a bracketed label of the speaker's
    name, a slash and a title ('[Jo Bell / U.S. envoy (May 2019): ... a "money machine."'): that speaker.

    >>> t = '[Jo Bell / envoy (May 2019): They are a "money machine."'
    >>> _soundbite(t, _Index([Mention(1, 8, "Jo Bell", "person", {})]), _Place(39, 56, 0, len(t), 0, 0, 0)).start
    1
    """
    label = _SOUNDBITE.match(text, pl.ps, pl.qs)
    if label is None:
        return _NOBODY
    m = idx.starting_at(pl.ps + 1, pl.ps + 2)
    slash = text.find("/", pl.ps, label.end())
    if m is None or m.kind != "person" or text[m.end : slash].strip():
        return _NOBODY
    return _Who("colon", m, m.start, m.end)


_CREDIT_DASH = re.compile(r"[ \t]{0,6}+(?:—|–|--)[ \t]{0,6}+")  # matched in 6 characters


def _dash_credit(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2i: a quote credited by a dash and a name that end its paragraph ('“...” — Jo Bell, the envoy'), the
    form of an epigraph or a pull quote: that person; else nobody.

    >>> t = '“We pay enough.” — Jo Bell, the envoy'
    >>> _dash_credit(t, _Index([Mention(19, 26, "Jo Bell", "person", {})]), _Place(0, 16, 0, len(t), 0, 0, 0)).start
    19
    """
    dash = _CREDIT_DASH.match(text, pl.qe, min(pl.pe, pl.qe + 6))
    if dash is None:
        return _NOBODY
    for m in idx.first_between(dash.end(), min(pl.pe, dash.end() + win.DASH_NAME)):
        if m.kind != "person" or m.value.get("descriptor") or not _title_gap(text, dash.end(), m.start):
            break
        rest = text[m.end : min(pl.pe, m.end + win.DASH_REST)]
        if m.end + len(rest) == pl.pe and (not rest.strip() or (rest.startswith(",") and not _MARK.search(rest)
                                                                 and not _ends_sentence_in(rest[:-1]))):  # fmt: skip
            return _named(m)
        break
    return _dash_words(text, pl, dash.end())


_DASH_PHRASE = re.compile(r"(?P<w>[A-Z][\w.'’-]{0,30}+(?:[ \t][\w.'’-]{1,30}+){0,5}+)(?:,[^\n\"“”]{0,60}+)?+")


def _dash_words(text: str, pl: _Place, start: int) -> _Who:
    """Return the words of a round-up's credit after a dash that no name the entity finder read opens ('“...” —
    Foreign Ministry statement, May 2', '“...” — Ilka Brenner, Foo University', '“...” — A senior official'): the
    capitalised phrase up to its comma, kept as the speaker's name (no later rule names an official in it by the
    next item), for a quote that opens its paragraph and a credit that ends it with no verb of saying and no stop;
    else nobody (qfix44: the round-up's quote was carried on from the item before).

    >>> t = '“We pay.” — Foo Ministry statement, May 2'
    >>> w = _dash_words(t, _Place(0, 9, 0, len(t), 0, 0, 0), 12); t[w.start : w.end]
    'Foo Ministry statement'
    >>> _dash_words('“We pay.” — Bo said it twice.', _Place(0, 9, 0, 29, 0, 0, 0), 12).found
    False
    """
    m = _DASH_PHRASE.fullmatch(text.rstrip(), start, pl.pe) if pl.qs == pl.ps else None
    if m is None or _VERB_WORD.search(m.group("w")) or _ends_sentence_in(m.group("w")):
        return _NOBODY
    return _Who("descriptor", None, m.start("w"), m.end("w"), name=m.group("w"))


#: A picture's credit on a dash line ("— AP Photo/Jo Bell", "— Yonhap/Getty Images"): a photographer, no speaker.
_PICTURE_CREDIT = re.compile(r"/|\b(?:Photos?|Photograph|Images?|Pool)\b")


def _credit_line(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2i': a quote that fills its paragraph credited by the line under it, a dash and a name or a body then
    where and when ('“...”¶— Jo Bell, in a Cabinet meeting, Feb. 12, 2019'), the form of a column that lists
    someone's sayings: that speaker; else nobody (a line whose name goes on as a sentence, "— Jo Bell said ...", is
    no credit).

    >>> t = '“We pay enough.”' + 2 * chr(10) + '— Jo Bell, at a rally, May 3, 2019'
    >>> _credit_line(t, _Index([Mention(20, 27, "Jo Bell", "person", {})]), _Place(0, 16, 0, 16, 0, 0, 0)).start
    20
    >>> t = '“We pay enough.”' + 2 * chr(10) + '— Jo Bell said so.'
    >>> _credit_line(t, _Index([Mention(20, 27, "Jo Bell", "person", {})]), _Place(0, 16, 0, 16, 0, 0, 0)).found
    False
    >>> t = '“We pay enough.”' + 2 * chr(10) + '— AP Photo/Jo Bell'
    >>> _credit_line(t, _Index([Mention(30, 37, "Jo Bell", "person", {})]), _Place(0, 16, 0, 16, 0, 0, 0)).found
    False
    """
    if pl.qs != pl.ps or text[pl.ps] not in "“\"" or _NONSPACE.search(text, pl.qe, pl.pe) is not None:
        return _NOBODY  # the quote does not fill its paragraph (one search per paragraph: the one opening it)
    first = _NONSPACE.search(text, pl.pe, pl.pe + 8)
    dash = _CREDIT_DASH.match(text, first.start(), first.start() + 6) if first is not None else None
    if first is None or dash is None or "\n" not in text[pl.qe : first.start()]:
        return _NOBODY
    line_end = text.find("\n", dash.end(), dash.end() + win.CREDIT_LINE_MOST)
    line_end = line_end if line_end >= 0 else min(len(text), dash.end() + win.CREDIT_LINE_MOST)
    comma = text.find(",", dash.end(), line_end)
    end = comma if comma >= 0 else _stripped_end(text, line_end, " \t.")
    if _PICTURE_CREDIT.search(text, dash.end(), end):
        return _NOBODY  # review45: "— AP Photo/Jo Bell", a picture's credit under the quote, not its speaker
    m = _titled_at(text, idx, dash.end())
    if m is not None and not m.value.get("descriptor") and m.end <= end and not text[m.end : end].strip():
        return _named(m)
    who = _subject_before(text, idx, end, dash.end(), pl.back)  # "— The ministry, in a statement", "— A USFK official"
    if who.found and who.attribution != "pronoun" and who.start >= dash.end() and _place_only(text[who.end : end]):
        return who
    one = text[dash.end() : end].strip()
    if one.isalpha() and one[:1].isupper() and (m := _named_by_one_word(text, idx, dash.end(), end, pl.back)):
        return _named(m)  # "— Cho" after "Foreign Minister Cho Hyun" (a lone family name has no mention)
    return _credit_words(text, dash.end(), line_end)


def _place_only(gap: str) -> bool:
    """Return whether the words between a speaker and the end of its credit are nothing or where they are ("in
    Seoul", "at the UN"): "in"/"at", then at most three capitalised words.

    >>> _place_only(""), _place_only(" in Seoul"), _place_only(" at the UN"), _place_only(" reportedly")
    (True, True, True, False)
    """
    words = gap.split()
    if not words:
        return True
    place = words[2:] if words[1:2] == ["the"] else words[1:]
    short = 1 <= len(place) <= win.CREDIT_PLACE_WORDS
    return words[0] in ("in", "at") and short and all(w[:1].isupper() for w in place)


_NAME_LINKS = frozenset(["of", "the", "and", "for"])


def _credit_words(text: str, start: int, line_end: int) -> _Who:
    """Return the name a credit line opens with when no mention carries it: two to six capitalised words (with "of",
    "the", "and", "for" between) before a comma or the line's end, else nobody.

    >>> _credit_words("— Jo Bell, at a rally", 2, 21).name, _credit_words("— Bell, at a rally", 2, 18).found
    ('Jo Bell', False)
    >>> _credit_words("— Jo Bell said so", 2, 17).found
    False
    """
    comma = text.find(",", start, line_end)
    phrase = text[start : comma if comma >= 0 else line_end].rstrip()
    words = phrase.split()
    if not 2 <= len(words) <= win.CREDIT_NAME_WORDS or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return _NOBODY
    if not all((w[:1].isupper() and not any(c.isdigit() for c in w)) or w in _NAME_LINKS for w in words):
        return _NOBODY
    return _Who("fallback", None, start, start + len(phrase), name=phrase)


def _stop_before(text: str, start: int, end: int) -> bool:
    """Return whether the last character before ``end`` that is not a space (from ``start`` on) is a full stop, as
    ``text[start:end].rstrip().endswith(".")`` but reading only the spaces before ``end``.

    >>> _stop_before("Bo wrote. ", 0, 10), _stop_before("Bo wrote ", 0, 9), _stop_before("   ", 0, 3)
    (True, False, False)
    """
    i = end - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i >= start and text[i] == "."


def _name_before(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2g: in a headline or subhead line (short, no full stop) a name printed right before the quote is its
    speaker ('Waltz "Making the most of the alliance"', 'Roe "pay enough"').

    >>> t = 'Bell "We will pay more"'
    >>> _name_before(t, _Index([Mention(0, 4, "Bell", "person", {})]), _Place(5, 23, 0, 23, 0, 0, 0)).start
    0
    >>> t = 'Bo said Bell "canceled" it.'
    >>> _name_before(t, _Index([Mention(8, 12, "Bell", "person", {})]), _Place(13, 23, 0, 27, 0, 0, 0)).found
    False
    """
    if pl.pe - pl.ps > win.HEADLINE_LINE:
        return _NOBODY  # not a headline line (and a long paragraph is not copied for each of its quotes)
    if _ends_sentence_in(text[pl.ps : pl.pe]) or _VERB_WORD.search(text, pl.ps, pl.qs):
        return _NOBODY  # a sentence ('Bo said Jo Bell "canceled" it.'), not a headline's label
    for m in idx.ending_before(pl.qs, max(pl.ps, pl.qs - win.HEADLINE_NAME_BACK)):
        if m.kind == "person" and not text[m.end : pl.qs].strip() and not m.value.get("descriptor"):
            return _named(m)
        break
    return _NOBODY


# The rules of a quote's own sentence, in order; those that read the words before the quote are skipped when its
# sentence has none there (a run of empty quotes: each rule costs time and can find nothing).
_PARTICIPLE = re.compile(
    r",\s++(?:calling|casting|describing|terming|labell?ing|dubbing|branding|characteri[sz]ing|hailing)\b"
)
_ROLE_BEFORE = re.compile(r"(?:[Tt]he|[Aa]n?)\s++(?:[\w.'’-]++\s++){0,4}?(?P<head>[a-z]++)\s*+\Z")


def _said_then_participle(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2f: a partial quote in a participle clause after its reporting verb ('..., the chief U.S. negotiator
    said, casting them as “productive”'): the subject of that verb, or the role phrase that is its subject.

    >>> t = 'Talks ended, the chief U.S. negotiator said, casting them as “productive.”'
    >>> w = _said_then_participle(t, _Index([]), _Place(61, 74, 0, 74, 0, 0, 0))
    >>> t[w.start : w.end], w.attribution
    ('the chief U.S. negotiator', 'descriptor')
    """
    lo = max(pl.sent_start, pl.qs - win.PARTICIPLE_MOST)
    if text.find(",", lo, pl.qs) < 0:
        return _NOBODY  # every participle follows a comma
    part = last_match(_PARTICIPLE, text, lo, pl.qs)  # the last participle before the quote
    if part is None or _MARK.search(text, part.end(), pl.qs):
        return _NOBODY
    # right before its comma
    verb = last_match(_VERB_WORD, text, max(lo, part.start() - win.PARTICIPLE_VERB_BACK), part.start())
    if verb is None or verb.group().lower() not in SPEECH_VERBS or _MARK.search(text, verb.end(), part.start()):
        return _NOBODY
    who = _subject_before(text, idx, verb.start(), lo, pl.back)
    if who.found:
        return who
    # "U.S." may end a "sentence"
    role = _ROLE_BEFORE.search(text, max(pl.ps, verb.start() - win.PARTICIPLE_ROLE_BACK), verb.start())
    if role is None or role.group("head") not in _OFFICES:
        return _NOBODY
    return _Who("descriptor", None, role.start(), role.start() + len(role.group().rstrip()))


_TAIL_SAYS = re.compile(
    r",\s++(?P<label>(?:[A-Z][\w.'’-]*+\s++){0,2}?[A-Z][\w.'’-]*+|[a-z]++)\s++(?:says|said|tells|told)\b")


def _claim_owner(text: str, idx: _Index, start: int, end: int) -> Mention | None:
    """Return the person a headline's tail after its quote, ``text[start:end]``, names as the owner of the words: a
    possessive of theirs and at most three words ending in a noun of speech ("…Bo's Another False Claim"); else None.

    >>> t = "'Rich' - Bo Rimmer's false claim"
    >>> _claim_owner(t, _Index([Mention(9, 18, "Bo Rimmer", "person", {})]), 6, len(t)).exact
    'Bo Rimmer'
    """
    words = text[start:end].split()
    if not words or words[-1].lower() not in _CLAIM_NOUNS:
        return None
    for m in idx.first_between(start, end):
        rest = text[m.end : end].split()
        if m.kind == "person" and _is_speaker(m) and text.startswith(("'s", "’s"), m.end) and 1 <= len(rest) <= 4:
            return m
    return None


def _headline_tail(text: str, idx: _Index, pl: _Place, people: Sequence[Mention]) -> _Who:
    """Rule 2g: a headline or subhead (a short line with no closing full stop) that names its speaker at its end,
    after more words than the quote ("Seoul ‘fair’ deal reached: S. Korean negotiator", "Aides to ‘ask for more’,
    President tells rally"): the name there, or the one person whose role or title has the label's last word.

    >>> t = "Seoul ‘fair’ deal is reached: U.S. envoy" + 2 * chr(10) + "Jo Bell, the U.S. envoy, spoke."
    >>> ms = [Mention(42, 49, "Jo Bell", "person", {"role": "the U.S. envoy"})]
    >>> _headline_tail(t, _Index(ms), _Place(6, 12, 0, 40, 0, 0, 0), ms).start
    42
    """
    if pl.pe - pl.ps > win.HEADLINE_LINE or text[pl.ps : pl.pe].rstrip()[-1:] in {".", "”", '"'}:
        return _NOBODY
    if pl.pi > 1:
        return _NOBODY  # the headline, or a subhead right after it
    if _MARK.search(text, pl.qe, pl.pe) or text.find("‘", pl.qe, pl.pe) >= 0:
        return _NOBODY  # another quote follows: the label may be its own
    if (owner := _claim_owner(text, idx, pl.qe, pl.pe)) is not None:
        return _named(owner)  # "“...”…Bo's Another False Claim": the owner's words
    colon = text.rfind(":", pl.qe, pl.pe)
    if colon >= 0 and _headline_says(text, pl.ps, pl.qs):
        return _NOBODY  # "Leader says talks can end in ‘...’ way: Lumen Daily": the outlet reported it
    if colon >= 0:
        start, end = _stripped(text, colon + 1, pl.pe)
        if pl.qs == pl.ps and (subject := _clause_label_subject(text, idx, start, end)) is not None:
            return _named(subject)  # "‘They’re ripping us off’: Bo renews attack": the clause's subject's words
        return _label_speaker(text, idx, people, start, end)
    says = last_match(_TAIL_SAYS, text, pl.qe, pl.pe)
    if says is None or (says.group("label").islower() and says.group("label") not in ROLE_NOUNS | _ORG_NOUNS):
        return _NOBODY  # "..., he says": no label; "..., ministry says" (probeq38): a body's noun is one
    return _label_speaker(text, idx, people, says.start("label"), says.end("label"))


# qintro53: a headline quote and its speaker after a dash ('"We will pay" - Bo', '“...” -- defense minister')
_HEADLINE_DASH = re.compile(r"(?<![ \t])[ \t]++(?:-{1,2}+|—|–)[ \t]++(?=\w)")


def _headline_dash_label(text: str, idx: _Index, pl: _Place, people: Sequence[Mention]) -> _Who:
    """Return the speaker a headline or its subhead (a short line with no closing full stop) opened by a quote names
    after a dash and nothing else ('“We will pay” - Jo Bell', '"..." -- defense minister': :func:`_label_speaker`),
    else nobody (a clause after the dash is the writer's: :func:`_label_speaker` reads none).

    >>> t = '"We will pay" - Jo Bell'
    >>> _headline_dash_label(t, _Index([Mention(16, 23, "Jo Bell", "person", {})]), _Place(0, 13, 0, 23, 0, 0, 0),
    ...                      []).start
    16
    """
    if pl.pi > 1 or pl.qs != pl.ps or pl.pe - pl.ps > win.HEADLINE_LINE or text[pl.ps : pl.pe].rstrip()[-1:] in {
            ".", "”", '"'}:  # fmt: skip
        return _NOBODY
    dash = _HEADLINE_DASH.match(text, pl.qe, pl.pe)
    if dash is None or _MARK.search(text, dash.end(), pl.pe):
        return _NOBODY
    start, end = _stripped(text, dash.end(), pl.pe)
    who, label = _label_speaker(text, idx, people, start, end), text[start:end].split()
    if who.attribution == "descriptor" and label[-1].lower() not in ROLE_NOUNS and not all(
            w[:1].isupper() for w in label):  # fmt: skip
        return _NOBODY  # '"..." - Seoul and Washington resume talks': a clause, no name or role
    return who


def _headline_bare_label(text: str, idx: _Index, pl: _Place, people: Sequence[Mention]) -> _Who:
    """Return the speaker a headline or a subhead (a short line of the first paragraphs with no closing stop) names in
    a bare label right before its quote, with no verb or colon, at the line's start or after an ellipsis (Korean
    copy's 'Pentagon "..."', 'Defense chief "..."', 'Bo, "..."', 'Bo on cost talks "..."': the label before "on";
    'Talks resume... Defense Ministry "..."'): words capitalised, a role noun or "of", read as a colon's label
    (:func:`_label_speaker`), that end on the speaker's name (a body of up to five words: "Ministry of Foreign
    Affairs") or a role noun its one holder has; nobody for a role no one holds (as after a colon), other words
    ("Exclusive") or a title-case clause ("Trump Refuses 'Defense Costs'"). A colon's label is rule 2f's.

    >>> t = 'Pentagon "Seoul will pay"'
    >>> _headline_bare_label(t, _Index([Mention(0, 8, "Pentagon", "org", {})]), _Place(9, 25, 0, 25, 0, 0, 0),
    ...                      []).start
    0
    >>> _headline_bare_label('Exclusive "Seoul will pay"', _Index([]), _Place(10, 26, 0, 26, 0, 0, 0), []).found
    False
    """
    if pl.pi > win.SUBHEAD_PARAGRAPHS or pl.pe - pl.ps > win.HEADLINE_LINE or text[pl.ps : pl.pe].rstrip()[-1:] in {
            ".", "!", "?"} or pl.qs == pl.ps:  # fmt: skip
        return _NOBODY
    dots, ellipsis = text.rfind("...", pl.ps, pl.qs), text.rfind("…", pl.ps, pl.qs)
    start = max(pl.ps, dots + 3 if dots >= 0 else pl.ps, ellipsis + 1 if ellipsis >= 0 else pl.ps)
    end = _stripped_end(text, pl.qs, " ,")
    if pl.qs - start > win.LEADING_LABEL_CHARS or text.find(":", start, pl.qs) >= 0 or _MARK.search(text, start, end):
        return _NOBODY  # "Expert on tariffs: ...": rule 2f reads a colon's label
    on = text.find(" on ", start, end)
    end = on if on > start else end
    words = text[start:end].split()
    if not 1 <= len(words) <= win.BARE_LABEL_WORDS or not all(
            w[:1].isupper() or w.lower() in ROLE_NOUNS or w == "of" for w in words):  # fmt: skip
        return _NOBODY
    body = next((m for m in idx.ending_before(end, start) if m.end == end and _is_speaker(m)), None)
    if body is not None and not text[start : body.start].strip():
        return _named(body)  # the label is the name: "U.S. State Department", "Ministry of Foreign Affairs"
    who = _label_speaker(text, idx, people, start, end)
    if who.mention is not None and len(words) <= win.LEADING_LABEL_WORDS and (
            words[-1].lower() in ROLE_NOUNS or who.end == end):  # fmt: skip
        return who  # a role's one holder, or the name the label ends on
    return _NOBODY  # "Trump Refuses 'Defense Costs'": a title-case clause, not a label; a role no one holds


# qintro53: a sentence right after a quote that names its speaker by the act, with no speech verb: "Bo made the
# remarks at a forum.", "The ministry issued the statement on Friday.", "The remarks came from Defense Minister Bo."
# (:data:`_AFTER_ACT`, :data:`_CAME_FROM`)


def _named_after(text: str, idx: _Index, ns: int, se: int) -> _Who:
    """Return the speaker that the sentence ``text[ns:se]`` right after a quote names by the act of saying it, with
    no speech verb: the one speaker it names, subject of "made the remarks" (:data:`_AFTER_ACT`) or after "The
    remarks came from" (:data:`_CAME_FROM`, titles allowed between); else nobody.

    >>> t = "Jo Bell made the remarks on Monday."
    >>> _named_after(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, len(t)).start
    0
    >>> t = "The remarks came from Defense Minister Jo Bell."
    >>> _named_after(t, _Index([Mention(39, 46, "Jo Bell", "person", {})]), 0, len(t)).start
    39
    """
    if any(c in _QUOTE_MARKS for c in text[ns:se]):
        return _NOBODY
    speakers = _intro_speakers(text, idx, ns, se)
    if _CAME_FROM.match(text, ns, se) is not None:
        speakers = [m for m in idx.first_between(ns, se) if _is_speaker(m) and m.end <= se]
        return _named(speakers[0]) if len({speaker_name(m) for m in speakers}) == 1 else _NOBODY
    if len(speakers) != 1:
        return _NOBODY
    if _OWNED_SPEECH.match(text, speakers[0].end, se):
        return _named(speakers[0])  # "Bo's remarks came a day after ..."
    act = _AFTER_ACT.search(text, speakers[0].end, min(se, speakers[0].end + win.INTRO_ACT_AFTER))
    return _named(speakers[0]) if act and not _INTRO_RELATIVE.search(text, speakers[0].end, act.start()) else _NOBODY


# A sentence that tells of the last speaker's words without naming them: "The remarks came at a cabinet meeting.",
# "His comments followed ...", "Those remarks were made at a forum."
_REMARKS_BACK = re.compile(
    r"(?:The|His|Her|Their|Those|These|Such)[ \t]++(?:[\w-]{1,20}+[ \t]++)?(?:remarks?|comments?|statement|words"
    r"|warning|message)[ \t]++(?:came|come|were|was|followed)\b")


def _clause_label_subject(text: str, idx: _Index, start: int, end: int) -> Mention | None:
    """Return the person who opens a headline's clause after a quote and its colon, ``text[start:end]``, as the
    subject of a present verb ("Bo renews attack", "Bo vows to hold line"; probeq38), else None (a role, a place, no
    verb: "envoy rejects link" leaves the words to whoever the body has say them).

    >>> t = "Bo Lee renews attack on allies"
    >>> _clause_label_subject(t, _Index([Mention(0, 6, "Bo Lee", "person", {})]), 0, len(t)).exact
    'Bo Lee'
    >>> _clause_label_subject("Bo Lee, envoy", _Index([Mention(0, 6, "Bo Lee", "person", {})]), 0, 13) is None
    True
    """
    m = idx.starting_at(start, start)
    if m is None or m.kind != "person" or not _is_speaker(m) or m.end >= end:
        return None
    verb = text[m.end : min(end, m.end + win.HEADLINE_LINE)].split()[:1]
    if not verb or not verb[0].islower() or verb[0].endswith(("ss", "'s", "’s")):
        return None
    return m if verb[0] in _HEADLINE_VERBS or verb[0].endswith("s") else None


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past spaces and a closing full stop.

    >>> _stripped(" a b. ", 0, 6)
    (1, 4)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end


def _clause_label(words: list[str]) -> bool:
    """Return whether a headline's words after its quote are a clause, not a label: a present verb after the first
    word, with words after it ("envoy rejects troop link", "minister hints at deal"), not a plural of people.

    >>> _clause_label("envoy rejects troop link".split()), _clause_label("ministry officials".split())
    (True, False)
    >>> _clause_label("US envoy".split()), _clause_label("officials in Seoul".split())
    (False, False)
    """
    for k in range(1, len(words) - 1):
        w = words[k]
        if w.islower() and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and w not in _PEOPLE_PLURALS \
                and w not in _PREPOSITIONS and words[k + 1] not in _PREPOSITIONS | _COORDINATORS:
            return True
        if w in _HEADLINE_VERBS:
            return True
    return False


def _label_speaker(text: str, idx: _Index, people: Sequence[Mention], start: int, end: int) -> _Who:
    """Return the speaker a headline label at ``text[start:end]`` names: the speaker mention starting there or after
    its title words ("FM Bell", "Minister Bell"), else the one person whose role (or title) holds the label's last
    word, else the label as a role.

    >>> t = "Jo Bell, the U.S. envoy, spoke."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {"role": "the U.S. envoy"})]
    >>> _label_speaker("US envoy " + t, _Index([]), ms, 0, 8).start
    0
    >>> _label_speaker("FM Bell", _Index([Mention(3, 7, "Bell", "person", {})]), [], 0, 7).start
    3
    """
    label = text[start:end].split()
    if not label or len(label) > 5 or _clause_label(label):
        return _NOBODY  # "‘Not for sale’: envoy rejects link": a clause; the body names who said the words
    at = next((w.start() for w in _NONSPACE_RUN.finditer(text, start, end) if not _title_word(w.group())), -1)
    m = idx.starting_at(at, at) if at >= 0 else None  # past the title words: "FM", "Foreign Minister"
    if m is not None and _is_speaker(m):
        return _Who("colon", m, m.start, m.end)
    holder = _role_holder(text, people, label[-1].lower())
    if holder is not None:
        return _Who("colon", holder, holder.start, holder.end)
    return _Who("descriptor", None, start, end)


def _role_holder(text: str, people: Sequence[Mention], head: str) -> Mention | None:
    """Return the one person of the text whose role or title holds the office noun ``head`` ("envoy" of "South
    Korean envoy Jo Bell"; "Gen. Bo" holds "general"), else None (nobody, or people of several names).

    >>> ms = [Mention(0, 7, "Jo Bell", "person", {"name": "Jo Bell", "role": "South Korean envoy"})]
    >>> _role_holder("Jo Bell", ms, "envoy").exact, _role_holder("Jo Bell", ms, "minister")
    ('Jo Bell', None)
    """
    holders = [h for h in people if (head in _role_words(h) or (head in _OFFICES and head not in _HELD_ONLY
                                                                 and _holds(text, h, head)))
               and not h.value.get("descriptor")]  # not "a spokesman"  # fmt: skip
    return holders[0] if len({speaker_name(h) for h in holders}) == 1 else None


_HEAD_ROLE_VERBS = word_set("says said warns urges vows denies insists slams blasts rejects decries")


def _headline_role_word(words: list[str]) -> str | None:
    """Return the office noun a headline's words (its quote left out) credit the quote to: before a verb of saying or
    rejecting ("Envoy rejects"), after "says" at the line's end ("says Seoul's envoy") or before a colon ("Seoul's
    envoy:"), else None.

    >>> [_headline_role_word(h.split()) for h in ("Envoy rejects demand", "says Seoul's envoy", "envoy:", "Bo says")]
    ['envoy', 'envoy', 'envoy', None]
    """
    for k, w in enumerate(words):
        bare = w.rstrip(":,").lower()
        if bare in _OFFICES and (w.endswith(":") or (k + 1 < len(words) and words[k + 1].lower() in _HEAD_ROLE_VERBS)):
            return bare
        if bare in {"says", "said"} and 0 < len(words) - k - 1 <= 3 and words[-1].lower().rstrip(".") in _OFFICES:
            return words[-1].lower().rstrip(".")
    return None


# Nouns of what others reported or claimed, whose words a quote right before them labels ("‘Troop Cut’ Report")
_REPORTED_THINGS = word_set("report reports claim claims story stories rumor rumors rumour rumours")


def _labels_a_report(text: str, start: int, end: int) -> bool:
    """Return whether the quote ``text[start:end]`` is followed by a noun of a report or a claim ("Envoy Denies ‘Troop
    Cut’ Report"): the quote labels what the report said, so the one the headline has deny it does not say it
    (fresh91q).

    >>> t = "Envoy Denies ‘Troop Cut’ Report; Envoy Says ‘No Cut’ Now"
    >>> _labels_a_report(t, t.index("‘"), t.index(" Report")), _labels_a_report(t, t.rindex("‘"), t.index(" Now"))
    (True, False)

    One word alone before the noun describes the report ("Envoy Slams ‘Fake’ Report"): the headline's subject's
    word, no label of what the report said (mend91q).

    >>> t = "Envoy Slams ‘Fake’ Report"
    >>> _labels_a_report(t, t.index("‘"), t.index(" Report"))
    False
    """
    after = text[end : end + win.NAME_OF_THING_AFTER].split()[:1]
    if not after or after[0].lower().rstrip(".,;:") not in _REPORTED_THINGS:
        return False
    return len(_WORD.findall(text, start, end)) >= 2


def _headline_holders(text: str, quotes: list[Quote], head_end: int, people: Sequence[Mention]) -> list[Quote]:
    """Return ``quotes`` with a headline quote that no one by name speaks, credited to a role (its descriptor, or
    "<role> says/rejects ..." or "... says <role>" in the headline: "Seoul will not pay 'more,' minister says"),
    given the one person of the text who holds that role ("Foreign Minister Jo Bell" in the body).

    >>> t = "Seoul will not pay 'more,' minister says" + 2 * chr(10) + "Foreign Minister Jo Bell spoke."
    >>> ms = [Mention(59, 66, "Jo Bell", "person", {"name": "Jo Bell", "title": "Foreign Minister"})]
    >>> q = Quote(19, 26, "'more,'", {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> _headline_holders(t, [q], 40, ms)[0].value["speaker_name"]
    'Jo Bell'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.start >= head_end:
            break
        v = q.value
        if v["speaker"] or q.speaker_mention is not None or v["attribution"] not in {"none", "descriptor"}:
            continue
        if _labels_a_report(text, q.start, q.end):
            continue  # "Envoy Denies ‘Troop Cut’ Report": the report's words, not the envoy's
        role = (v.get("speaker_text") or "").split()[-1:] if v["attribution"] == "descriptor" else []
        if not role:
            reach = win.HEADLINE_ROLE_REACH  # a headline is short: a run-on first line is read near the quote only
            after = text[q.end : head_end] if head_end - q.end <= reach else ""
            said = _headline_role_word(text[max(0, q.start - reach) : q.start].split()) or _headline_role_word(
                after.split())
            role = [said] if said else []
        holder = _role_holder(text, people, role[0].lower()) if role and role[0].lower() in _OFFICES else None
        if holder is not None:
            out[i] = replace(q, value=v | {"speaker": _speaker_id(holder), "speaker_name": speaker_name(holder),
                                           "attribution": "descriptor"}, speaker_mention=holder)  # fmt: skip
    return out


def _deck_subject(text: str, quotes: list[Quote], head_end: int, deck: tuple[int, int],
                  people: Sequence[Mention]) -> list[Quote]:
    """Return ``quotes`` with a quote of the ``deck`` line under the headline (which ends at ``head_end``) whose line
    opens with a verb of saying and no subject ("Says reports on the plan are 'wrong'") credited to the headline's
    subject: the one person of the body who holds the office the headline credits ("Defense Chief Denies Report":
    the body's defence chief, :func:`_headline_role_word`); a speaker read inside the deck's own clause ("reports")
    is its object's, never the elided subject (fresh91q).

    >>> t = "Envoy Denies Report" + 2 * chr(10) + "Says reports are 'wrong'" + 2 * chr(10) + "Envoy Jo Bell spoke."
    >>> ms = [Mention(53, 60, "Jo Bell", "person", {"name": "Jo Bell", "title": "Envoy"})]
    >>> q = Quote(38, 45, "'wrong'", {"attribution": "descriptor", "speaker": None, "speaker_name": None,
    ...   "speaker_text": "reports", "speaker_start": 26, "speaker_end": 33})
    >>> _deck_subject(t, [q], 19, (21, 45), ms)[0].value["speaker_name"]
    'Jo Bell'
    """
    first = _NONSPACE_RUN.search(text, *deck)
    if first is None or not first.group()[:1].isupper() or first.group().lower() not in _HEAD_ROLE_VERBS:
        return quotes
    role = _headline_role_word(text[:head_end].split())
    holder = _role_holder(text, [m for m in people if m.start >= deck[1]], role) if role else None  # the body's
    if holder is None:
        return quotes
    out = list(quotes)
    for i, q in enumerate(quotes):
        v = q.value
        if deck[0] <= q.start < deck[1] and (v.get("speaker_start") is None or v["speaker_start"] >= first.start()):
            out[i] = replace(q, value=v | {"speaker": _speaker_id(holder), "speaker_name": speaker_name(holder),
                                           "speaker_text": None, "speaker_start": None, "speaker_end": None,
                                           "antecedent": None, "attribution": "descriptor"}, speaker_mention=holder)
    return out


_LEAD_PARAGRAPHS = 4  # body paragraphs after the headline read for the speaker who tells a headline quote's words
_LEAD_MATCH_MOST = 3  # content words a headline quote must share with its teller's sentence (and 3 of every 4)
_LEAD_SHARE = (3, 4)  # the share of a headline quote's (distinctive) stems its teller's sentence must hold: 3 of 4
_TOPIC_SHARE = 2  # a stem in more than one of every 2 of the body's other sentences is the story's topic
_TOPIC_MIN_SENTENCES = 2  # other body sentences needed before a stem is judged the topic
_STEM_LETTERS = 4  # letters of a word compared as its stem ("defense", "defenses", "defend": "defe")
_LEAD_SENTENCE = re.compile(r"[^.!?]{1,600}+[.!?]*+")  # a piece of a lead sentence up to a stop, bounded
_AFTER_STOP = " \t\n\"”’'"  # what follows a stop that ends a sentence ("1.5" ends none)
_STOP_WORD_BACK = 40  # characters before a stop read for its word ("U.S.", "Gen.")
_LEAD_SENTENCE_MOST = 1200  # characters a lead sentence joined from pieces reaches at most ("U.S.", "1.5")
_LEAD_STOP = word_set("the and for with from into that this these those its their our are was were has have had "
                      "will would can could must should not been being his her they them than also about")
_DEGREE = word_set("more less fewer enough too much little")  # a headline's degree words: its teller must say them
# Words of a teller's clause that deny, doubt or hand the headline's words to others ("said reports that ... were
# false") anywhere, a negation ("said it was not true that") outside the teller's own quoted words ("“... did not
# come up,” and added, “...”": the words' own sentence): the teller does not tell them
_NOT_TOLD = word_set("false untrue wrong baseless groundless denied denies deny rejected rejects reject "
                     "dismissed dismisses reports report rumors rumours speculation claims")
_NEGATION = word_set("not never no")
_QUOTED_SPAN = re.compile(r"[“\"][^”\"]{0,600}+[”\"]")  # quoted words inside a teller's clause, bounded


def _content_stems(words: str) -> set[str]:
    """Return the stems (a word's first :data:`_STEM_LETTERS` letters, lower case, a plural's "s" off: "facts" and
    "factual" are "fact") of the content words of ``words``: letters only, three or more, no function word.

    >>> sorted(_content_stems("Defense costs must be based on factual grounds"))
    ['base', 'cost', 'defe', 'fact', 'grou']
    """
    out = set()
    for w in re.findall(r"[A-Za-z]{3,40}+", words):
        w = w.lower()
        if w not in _LEAD_STOP:
            out.add((w[:-1] if w.endswith("s") and len(w) > 3 else w)[:_STEM_LETTERS])
    return out


def _lead_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each sentence of ``text[start:end]``: pieces up to a stop joined while the stop
    ends no sentence (an abbreviation or initialism, :func:`_closes_sentence`: "the U.S. believes"; a stop with no
    space after it: "1.5 trillion"), at most :data:`_LEAD_SENTENCE_MOST` characters.

    >>> t = "Bo said the U.S. pays 1.5 trillion won. It rained."
    >>> [t[s:e] for s, e in _lead_sentences(t, 0, len(t))]
    ['Bo said the U.S. pays 1.5 trillion won.', ' It rained.']
    """
    first = -1
    for piece in _LEAD_SENTENCE.finditer(text, start, end):
        first = piece.start() if first < 0 else first
        words = text[max(first, piece.end() - _STOP_WORD_BACK) : piece.end()].split()
        after = text[piece.end()] if piece.end() < end else " "
        initial = bool(words) and len(words[-1]) == 2 and words[-1][0].isupper()  # "Al J. Roe"
        closes = not words or (_closes_sentence(words[-1]) and after in _AFTER_STOP and not initial)
        if closes or piece.end() - first >= _LEAD_SENTENCE_MOST:
            yield first, piece.end()
            first = -1
    if first >= 0:
        yield first, end


def _topic_stems(text: str, paragraphs: Sequence[tuple[int, int]], skip: int) -> set[str]:
    """Return the stems most of the body's sentences share (more than one of every :data:`_TOPIC_SHARE`), the
    sentence starting at ``skip`` (the teller's) left out: the story's topic words, no evidence that a sentence
    tells a headline's words; none when fewer than :data:`_TOPIC_MIN_SENTENCES` other sentences are there.

    >>> t = "H" + 2 * chr(10) + "Bo said Ostrel pays. Ostrel pays base costs. Ostrel pays more."
    >>> sorted(_topic_stems(t, [(0, 1), (3, len(t))], 3))
    ['ostr', 'pay']
    """
    counts: dict[str, int] = {}
    n = 0
    for ps, pe in paragraphs[1:]:
        for ss, se in _lead_sentences(text, ps, pe):
            if ss != skip and text[ss:se].strip():
                n += 1
                for stem in _content_stems(text[ss:se]):
                    counts[stem] = counts.get(stem, 0) + 1
    if n < _TOPIC_MIN_SENTENCES:
        return set()
    return {stem for stem, k in counts.items() if _TOPIC_SHARE * k > n}


def _tells(wanted: set[str], said: set[str]) -> bool:
    """Return whether the stems ``said`` hold enough of the headline's stems ``wanted``: at least
    :data:`_LEAD_MATCH_MOST` and the :data:`_LEAD_SHARE` of them.

    >>> _tells({"kore", "pay", "agre", "mone"}, {"kore", "pay", "mone"}), _tells({"a", "b", "c", "d"}, {"a", "b"})
    (True, False)
    >>> _tells({"kore", "pay", "more", "mone"}, {"kore", "pay", "mone"})  # a degree word unsaid
    False
    """
    shared = wanted & said
    return len(shared) >= _LEAD_MATCH_MOST and _holds_share(wanted, said)


def _holds_share(wanted: set[str], said: set[str]) -> bool:
    """Return whether ``said`` holds the :data:`_LEAD_SHARE` of the stems ``wanted`` (some wanted), each degree
    word among them (:data:`_DEGREE`: "more", "enough": what the words claim) included.

    >>> _holds_share({"more", "pay", "kore", "cost"}, {"pay", "kore", "cost"}), _holds_share({"joy"}, {"joy", "a"})
    (False, True)
    """
    shared = wanted & said
    return bool(wanted) and not (wanted & _DEGREE) - said and (
        _LEAD_SHARE[1] * len(shared) >= _LEAD_SHARE[0] * len(wanted))


class _Headline(NamedTuple):
    """What a body sentence must hold to tell a headline quote's words: its content stems, its run of words (two or
    more: "not a dime more", told unbroken), and its text when it is a capitalised name (a title: "Fair Share Act")."""

    stems: set[str]
    run: list[str]
    name: str


def _headline_words(text: str, quote: Quote) -> _Headline:
    """Return the stems, the run of words (two or more, else none) and the title text of a headline quote.

    >>> w = _headline_words('"Not a dime more" for "Fair Share Act"', Quote(0, 17, '"Not a dime more"', {}))
    >>> sorted(w.stems), w.run, w.name
    (['dime', 'more'], ['not', 'a', 'dime', 'more'], '')
    >>> _headline_words('"Fair Share Act"', Quote(0, 16, '"Fair Share Act"', {})).name
    'Fair Share Act'
    """
    run = _content_words(quote)
    name = quote.exact.strip("\"“”‘’' ").rstrip(".,;:!?")
    return _Headline(_content_stems(text[quote.start : quote.end]), run if len(run) >= 2 else [],
                     name if _capitalised_name(quote.exact, _NAME_GLUE_WITH, least=2) else "")


def _holds_headline(words: _Headline, clause: str) -> bool:
    """Return whether ``clause`` tells a headline's words: enough of its stems (:func:`_tells`), or its run of words
    unbroken; never when it prints them as a capitalised name (a title the clause speaks of, not words it tells).

    >>> w = _Headline({"dime", "more"}, ["not", "a", "dime", "more"], "")
    >>> _holds_headline(w, "Congress gives not a dime more"), _holds_headline(w, "a dime, not more")
    (True, False)
    >>> _holds_headline(_Headline({"fair", "shar", "act"}, ["fair", "share", "act"], "Fair Share Act"),
    ...                 "the Fair Share Act passed")
    False
    """
    if words.name and words.name in clause:
        return False
    if words.run and _holds_runs([w.lower() for w in _WORD.findall(clause)], [words.run]):
        return True
    return _tells(words.stems, _content_stems(clause))


def _told_by(text: str, words: _Headline, who: Mention, end: int) -> bool:
    """Return whether ``who``'s clause in the sentence ending at ``end`` tells the headline's ``words``: a verb of
    saying after the name, the words after it (:func:`_holds_headline`), no word denying or doubting them
    (:data:`_NOT_TOLD`: "said reports that ... were false"; a negation the headline's own words do not hold).

    >>> t = "Al Roe said Korea has agreed to pay more money."
    >>> roe, w = Mention(0, 6, "Al Roe", "person", {}), _Headline({"kore", "agre", "pay", "mone"}, [], "")
    >>> _told_by(t, w, roe, len(t))
    True
    >>> t = "Al Roe said reports that Korea has agreed to pay money were false."
    >>> _told_by(t, w, roe, len(t))
    False
    """
    verb = _VERB_WORD.search(text, who.end, min(end, who.end + win.HEADLINE_ROLE_REACH))
    if verb is None:
        return False
    clause = text[verb.end() : end]
    plain = {w.lower() for w in re.findall(r"[A-Za-z']{2,40}+", _QUOTED_SPAN.sub(" ", clause))} - set(words.run)
    if {w.lower() for w in re.findall(r"[A-Za-z]{2,40}+", clause)} & _NOT_TOLD or plain & _NEGATION or any(
            w.endswith("n't") for w in plain):  # fmt: skip
        return False
    return _holds_headline(words, clause)


def _told_again(text: str, wanted: tuple[_Headline, set[str]], paragraphs: Sequence[tuple[int, int]], after: int,
                who: Mention) -> bool:
    """Return whether a later sentence of the lead (after ``after``) holds the headline's words ``wanted`` (enough
    of them, :func:`_holds_headline`, and the distinctive stems) without naming ``who`` (a body quote or another
    subject's "saying" clause: the words may be that one's).

    >>> t = "H" + 2 * chr(10) + "Al Roe said Korea pays too little. The ministry said Korea pays enough."
    >>> roe = Mention(3, 9, "Al Roe", "person", {})
    >>> _told_again(t, (_Headline({"kore", "pay", "enou"}, [], ""), {"enou"}), [(0, 1), (3, len(t))], 30, roe)
    True
    """
    surname = who.exact.split()[-1] if who.exact.split() else who.exact
    for ps, pe in paragraphs[1 : 1 + _LEAD_PARAGRAPHS]:
        if pe <= after:
            continue
        for ss, se in _lead_sentences(text, max(ps, after), pe):
            said = _content_stems(text[ss:se])
            if surname not in text[ss:se] and _holds_headline(wanted[0], text[ss:se]) and _holds_share(wanted[1], said):
                return True
    return False


def _lead_teller(text: str, quote: Quote, paragraphs: Sequence[tuple[int, int]],
                 people: Sequence[Mention]) -> tuple[Mention | None, bool]:
    """Return the person or body who tells a headline quote's words in the body's lead, and whether a later lead
    sentence gives the words to another too (:func:`_told_again`; then the words are not that one's alone): the
    first sentence of the first :data:`_LEAD_PARAGRAPHS` body paragraphs where the clause of a speaker of ``people``
    tells them (:func:`_told_by`), if the clause also holds the quote's distinctive stems (not the body's topic,
    :func:`_topic_stems`); else None (in doubt, nobody).

    >>> t = '"Korea agrees to pay more money"' + 2 * chr(10) + "Al Roe said Korea has agreed to pay more money."
    >>> q = Quote(0, 32, t[:32], {})
    >>> who, again = _lead_teller(t, q, [(0, 32), (34, 81)], [Mention(34, 40, "Al Roe", "person", {})])
    >>> who.exact, again
    ('Al Roe', False)
    >>> _lead_teller(t, Quote(0, 32, '"Costs of pay talks"', {}), [(0, 32), (34, 81)], [])
    (None, False)
    """
    words = _headline_words(text, quote)
    if len(words.stems) < _LEAD_MATCH_MOST and not words.run:
        return None, False
    starts = [m.start for m in people]
    for ps, pe in paragraphs[1 : 1 + _LEAD_PARAGRAPHS]:
        for ss, se in _lead_sentences(text, ps, pe):
            j = bisect.bisect_left(starts, ss)
            j += j < len(people) and in_dateline(text, people[j])  # "SEOUL, May 2 (Yonhap) -- Bo said": Bo tells
            who = people[j] if j < len(people) and people[j].end <= se else None
            if who is None or who.value.get("descriptor") or who.value.get("plural"):
                continue
            if not _told_by(text, words, who, se):
                continue
            distinct = words.stems - _topic_stems(text, paragraphs, ss)
            said = _content_stems(text[who.end : se])
            if not _holds_share(distinct, said):
                return None, False  # only the story's topic words are shared: no evidence of who told the headline
            return who, _told_again(text, (words, distinct), paragraphs, se, who)
    return None, False


_DATELINE_CLOSE = re.compile(r"\)\s{0,3}+(?:--|—|–)")  # "(Yonhap) --": an agency's bracket closing a dateline


def in_dateline(text: str, m: Mention) -> bool:
    """Return whether mention ``m`` is the agency in brackets that closes a wire dateline ("SEOUL, May 2 (Yonhap) --"):
    the outlet that files the story, never the teller of its lead sentence (fresh90q).

    >>> t = "SEOUL, May 2 (Hanul News) -- Bo said. The Hanul News (a daily) said."
    >>> [in_dateline(t, Mention(s, s + 10, "Hanul News", "org", {})) for s in (14, 42)]
    [True, False]
    """
    return text[m.start - 1 : m.start] == "(" and _DATELINE_CLOSE.match(text, m.end) is not None


def _labelled(text: str, head_start: int, qs: int) -> bool:
    """Return whether a headline's quote at ``qs`` follows a label ending in a colon ("Seoul: “...”", "Brel
    ministry: “...”"): a speaker named as a person's name would be.

    >>> _labelled('Seoul: "Korea pays"', 0, 7), _labelled('"Korea pays"', 0, 0)
    (True, False)
    """
    before = text[max(head_start, qs - win.HEADLINE_ROLE_REACH) : qs].rstrip()
    return before.endswith(":") and any(w[:1].isupper() for w in before.split())


def _headline_lead_speakers(text: str, quotes: list[Quote], paragraphs: Sequence[tuple[int, int]],
                            people: Sequence[Mention], orgs: Sequence[Mention] = ()) -> list[Quote]:
    """Return ``quotes`` with a headline quote that the headline credits to no one given the person or body (an
    organisation of ``orgs``: "the ministry said in a release that ...") whose lead sentence tells the same words
    (:func:`_lead_teller`): the headline sums up the lead. One speaker must carry the words: a quote no body quote
    holds takes the teller; a quote the body quotes (``_repeated``) keeps its speaker only when the teller, if any,
    is the same one, and is nobody's when they differ (a wrong name is worse than none).

    >>> t = '"Korea agrees to pay more money"' + 2 * chr(10) + "Al Roe said Korea has agreed to pay more money."
    >>> q = Quote(0, 32, t[:32], {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> roe = Mention(34, 40, "Al Roe", "person", {"name": "Al Roe"})
    >>> _headline_lead_speakers(t, [q], [(0, 32), (34, 81)], [roe])[0].value["speaker_name"]
    'Al Roe'
    >>> said = q.value | {"attribution": "repeated", "speaker_name": "Jo Bell"}
    >>> _headline_lead_speakers(t, [replace(q, value=said)], [(0, 32), (34, 81)], [roe])[0].value["attribution"]
    'none'
    """
    head_end = paragraphs[0][1] if paragraphs else 0
    tellers = sorted([*people, *(m for m in orgs if m.kind == "org")], key=attrgetter("start"))
    attributed = [o for o in quotes if o.start >= head_end and o.value["attribution"] != "none"]
    out = list(quotes)
    for i, q in enumerate(quotes[:_HEADLINE_QUOTES]):
        said = q.value["attribution"]
        if q.start >= head_end or said not in ("none", "repeated") or (said == "none" and q.value.get("speaker_text")):
            continue
        if any(m.start < head_end for m in people[:1]) or _labelled(text, paragraphs[0][0], q.start):
            continue  # the headline names someone ("Seoul: “...”" too): its own words say who (or nobody) speaks
        who, again = _lead_teller(text, q, paragraphs, tellers)
        if who is None:
            continue
        if said == "repeated":
            if not _same_speaker(_quote_speaker(q), speaker_name(who) or who.exact):
                out[i] = _cleared(q)  # a body quote's speaker and another's telling carry the words: nobody's
        elif not again and not _headline_carriers(q, attributed):  # two speakers' words: left nobody's
            out[i] = replace(q, value=q.value | {"speaker": _speaker_id(who), "speaker_name": speaker_name(who),
                                                 "speaker_text": who.exact, "speaker_start": who.start,
                                                 "speaker_end": who.end, "attribution": "subject"},
                             speaker_mention=who)  # fmt: skip
    return out


def _headline_role_carried(quotes: list[Quote], head_end: int) -> list[Quote]:
    """Return ``quotes`` with a headline quote credited through a role ("..., says former negotiator": the one
    person of the body whose role holds the noun; "Ex-minister slams ...": the body's first role speaker) given the
    person the body quotes with its words instead (:func:`_headline_source`, one named speaker), when that one is
    another: the body's own words are better evidence than a role noun (probeq41).

    >>> said = {"speaker": None, "speaker_text": None, "speaker_end": 0, "antecedent": None, "candidates": []}
    >>> q = Quote(0, 24, "“Pay up or else”", said | {"attribution": "colon", "speaker_name": "Jo Bell",
    ...                                                  "speaker_start": 60})
    >>> src = Quote(40, 70, "“They said pay up or else,”", said | {"attribution": "named", "speaker_name": "Bo Tam",
    ...                                                            "speaker_start": 72})
    >>> _headline_role_carried([q, src], 30)[0].value["speaker_name"]
    'Bo Tam'
    """
    attributed = [o for o in quotes if o.start >= head_end and o.value["attribution"] in ("named", "pronoun")
                  and o.value.get("speaker_name")]  # fmt: skip
    out = list(quotes)
    for i, q in enumerate(quotes[:_HEADLINE_QUOTES]):
        v = q.value
        label = _headline_role_label(v)  # "...: official": the headline's own unnamed role
        if q.start >= head_end or v["attribution"] not in ("colon", "descriptor", "repeated") or (
                (v.get("speaker_start") or -1) < head_end and not label):  # fmt: skip
            continue  # a name the headline prints, or no role read into the body
        src = _headline_source(q, attributed)
        if src is not None and not _one_speaker(q, src) and (not label or _person_speaker(src)):
            out[i] = _speaker_of(q, src)
    return out


def _headline_role_label(v: dict[str, Any]) -> bool:
    """Return whether a quote's value credits it to one unnamed person by a role noun and nobody else ("... to be
    'fully acceptable' to both: official", "...: senior security official"): a label a body quote's named speaker
    may stand for (qfix42); no name, no group ("officials"), no organisation.

    >>> said = {"speaker": None, "speaker_name": None, "attribution": "descriptor"}
    >>> _headline_role_label(said | {"speaker_text": "senior security official"})
    True
    >>> [_headline_role_label(said | {"speaker_text": w}) for w in ("officials", "ministry")]
    [False, False]
    """
    words = (v.get("speaker_text") or "").split()
    return (v["attribution"] == "descriptor" and v.get("speaker") is None and not v.get("speaker_name")
            and 1 <= len(words) <= 4 and words[-1] in ROLE_NOUNS and not words[-1].endswith("s"))  # fmt: skip


def _person_speaker(q: Quote) -> bool:
    """Return whether the speaker a quote is given is a person (its name's mention or its pronoun's antecedent)."""
    m = q.antecedent or q.speaker_mention
    return m is not None and m.kind == "person"


# A sentence that introduces a document its subject issues: "X issued a statement", "X on Wednesday released the
# following statement", "X responded with a post", "X said in a statement" (the document a later quote's "the
# statement said", "it said" or "The statement reads in full:" refers to).
_ISSUED_WORDS = word_set("statement post readout letter release")
_DOCUMENT_INTRO = re.compile(
    r"[ \t](?P<verb>issued|released|posted|published|sent|put[ \t]out|responded[ \t]with|said[ \t]in|wrote[ \t]in)"
    r"[ \t](?:a|an|the|its|their|his|her)(?:[ \t][a-z]{1,15}+){0,3}?[ \t]"
    r"(?P<doc>statement|post|readout|letter|release)\b")
_SUBJECT_GAP = re.compile(r"(?:[ \t](?:on[ \t])?[A-Z][a-z]{2,8}day|[ \t](?:later|also|then|quickly))?[ \t]?\Z")
_OWNED_GAP = re.compile(r"['’]s(?:[ \t][a-z]{1,15}+){1,2}+(?:[ \t](?:on[ \t])?[A-Z][a-z]{2,8}day)?[ \t]?\Z")


def _document_issuer(text: str, idx: _Index, lo: int, hi: int) -> tuple[Mention | None, int, int] | None:
    """Return the issuer of the last document a sentence between ``lo`` and ``hi`` introduces (:data:`_DOCUMENT_INTRO`):
    the person or body named right before its verb (a person's "office" is the person's: "Pelosi's office issued a
    readout"), else the words of the sentence's subject before the verb ("The ruling Democratic Party on Tuesday
    issued a statement": "Democratic Party"); as (mention or None, start, end) of the issuer's words, else None.

    >>> t = "The ruling Democratic Party on Tuesday issued a statement. "
    >>> m, s, e = _document_issuer(t, _Index([]), 0, len(t)); (m, t[s:e])
    (None, 'Democratic Party')
    >>> t = "Jo Bell's office issued a brief readout. "
    >>> _document_issuer(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), 0, len(t))[0].exact
    'Jo Bell'
    >>> t = "Seoul's presidential office on Monday posted a statement. "
    >>> m, s, e = _document_issuer(t, _Index([Mention(0, 5, "Seoul", "place", {"metonym_for": "rok"})]), 0, len(t))
    >>> (m, t[s:e])
    (None, "Seoul's presidential office")
    """
    intro = last_match(_DOCUMENT_INTRO, text, lo, hi)
    if intro is None:
        return None
    verb = intro.start("verb") - 1
    for m in idx.ending_before(verb, max(lo, verb - win.ISSUER_NEAR), most=3):
        if _is_speaker(m) and _SUBJECT_GAP.fullmatch(text, m.end, verb + 1):
            m = _first_of_list(text, idx, m)  # "Sen. Bo, Sen. Al and Sen. Jo sent a letter": the first named
            if _second_of_two(text, idx, m):
                return None  # "Torvia and Mellan issued a joint statement", Torvia no speaker: the pair's rules
            return m, m.start, m.end  # "The Foreign Ministry on Wednesday released", "Bo said in a statement"
        if (owned := _OWNED_GAP.fullmatch(text, m.end, verb + 1)) is not None:  # "Pelosi's office issued a
            # readout": the person's office speaks for them; "Seoul's presidential office posted": the office
            return (m, m.start, m.end) if m.kind == "person" else (None, m.start, owned.start() + len(
                owned.group().rstrip().rsplit(" on ", 1)[0].rstrip()))  # fmt: skip
        break
    start = max(lo, text.rfind(". ", lo, verb) + 2, text.rfind("\n", lo, verb) + 1)
    words = text[start:verb].split()
    while words and (not words[0][:1].isupper() or words[0] in ("The", "A", "An")):
        words.pop(0)  # "The ruling Democratic Party": its name
    while words and (words[-1].lower() in {"on", "later", "also", "then"} or words[-1].endswith("day")):
        words.pop()  # "on Tuesday"
    if not 1 <= len(words) <= win.LEADING_LABEL_WORDS + 3 or not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
        return None
    at = text.find(words[0], start, verb)
    return None, at, at + len(" ".join(words))


def _first_of_list(text: str, idx: _Index, m: Mention) -> Mention:
    """Return the first of the speakers listed before ``m`` and joined to it by commas or "and", titles between
    ("Sen. Jo Bell, Sen. Al Roe and Sen. Bo Tam sent a letter": Jo Bell), as the Conventions name a joint document's
    first issuer; else ``m``.

    >>> t = "Sen. Jo Bell, Sen. Al Roe and Bo Tam sent a letter"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {}), Mention(19, 25, "Al Roe", "person", {}),
    ...       Mention(30, 36, "Bo Tam", "person", {})]
    >>> _first_of_list(t, _Index(ms), ms[2]).exact
    'Jo Bell'
    """
    for _ in range(win.LIST_PARTIES_MOST):
        prev = next(iter(idx.ending_before(m.start - 1, max(0, m.start - win.JOINED_BACK), most=1)), None)
        gap = [w for w in text[prev.end : m.start].replace(",", " , ").split() if not _title_word(w)] if prev else []
        if prev is None or not _is_speaker(prev) or not gap or any(w not in {",", "and"} for w in gap):
            return m
        m = prev
    return m


_SIGNED_BY = re.compile(r",[ \t](?:signed|issued|released|sent)[ \t]by[ \t]")  # "The statement, signed by Bo,"


# A document's phrase that names its issuer: "the ministry's statement", "a statement from/by/of the ministry"
_ISSUER_DOCUMENTS = _ISSUED_WORDS | word_set("communique communiqué report memo notice cable email message")
_ISSUER_LINKS = word_set("from by of")


def _issuer_right_after(text: str, start: int, at: int) -> bool:
    """Return whether the name at ``at`` is the issuer a document's phrase (from ``start``) names right after its
    link: only an article, capitalised words or a few lower-case words of a role between the first "from", "by" or
    "of" and the name ("a statement from the Foreign Ministry", "a statement from ministry spokesman Lee Dana"), not
    a recipient after a preposition or "and" ("a letter from opposition lawmakers to the Foreign Ministry"; mendr48).

    >>> t = "a letter from opposition lawmakers to the Foreign Ministry"
    >>> _issuer_right_after(t, 0, t.index("Foreign")), _issuer_right_after("a memo from the Hanul Ministry", 0, 16)
    (False, True)
    >>> _issuer_right_after("a statement from ministry spokesman Lee Dana", 0, 36)
    True
    >>> t = "a statement from the ministry criticizing Lee Dana"  # the one it targets (review48c)
    >>> _issuer_right_after(t, 0, t.index("Lee"))
    False
    """
    words = text[start:at].split()
    link = next((k for k, w in enumerate(words) if w in _ISSUER_LINKS), None)
    role = [w for w in words[link + 1 :] if w.islower() and w not in _LABEL_ARTICLES and w != "the"] \
        if link is not None else []
    return link is not None and len(role) <= _ISSUER_ROLE_WORDS and not any(
        w.strip(",") in _PREPOSITIONS or w in {"and", "or", "who", "that", "which"} or w.endswith("ing")
        or not w.strip(",").replace("’", "").isalpha() for w in role)


_ISSUER_ROLE_WORDS = 3  # lower-case words of a role at most between "from" and the issuer ("ministry spokesman")


def _issuer_in_phrase(text: str, idx: _Index, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a quote whose speaker is a document phrase that names its issuer, and no one else,
    given that issuer: a body's possessive before the document noun ("The Hanul Ministry's statement said") or a body
    after it and "from", "by" or "of" ("said a statement from the Hanul Ministry"), as the Conventions read a
    document its issuer is named for (speak48).

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = 'The talks were "productive," said a statement from the Foreign Ministry.'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["speaker_name"]
    'Foreign Ministry'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        v = q.value
        if v["speaker"] or v.get("speaker_start") is None or v["attribution"] in {"none", "continuation"}:
            continue
        words = [w.lower().strip(",") for w in (v.get("speaker_text") or "").split()]
        doc = next((k for k, w in enumerate(words) if w in _ISSUER_DOCUMENTS), None)
        if doc is None or not (doc == len(words) - 1 or words[doc + 1] in _ISSUER_LINKS):
            continue  # "the statement", "the ministry's statement", "a statement from ...": not "the report's author"
        if doc == len(words) - 1 and not any(w.endswith(_POSSESSIVE_S) for w in words[:doc]):
            continue  # a document with no issuer in its phrase: _document_issuers reads the sentences before
        start, end = v["speaker_start"], v["speaker_end"]
        named = [m for m in idx.first_between(start, end) if m.end <= end and _is_speaker(m)]
        if len(named) != 1 or (doc < len(words) - 1 and not _issuer_right_after(text, start, named[0].start)):
            continue
        m = named[0]
        new = {"speaker": _speaker_id(m), "speaker_name": speaker_name(m) or m.exact,
               "antecedent": {"start": m.start, "end": m.end, "exact": m.exact}}
        out[i] = replace(q, value=v | new, speaker_mention=m)
    return out


def _document_issuers(text: str, idx: _Index, quotes: list[Quote], places: list[_Place],
                      paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Return ``quotes`` with a document's words that no one speaks ("...," the statement said; "The statement reads
    in full:" and the paragraphs it goes on over; "it said" right after "X issued a readout") given the issuer the
    sentence introducing the document names (:func:`_document_issuer`, from the paragraph before on), as the
    Conventions read a document its issuer is named for (probeq41).

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = 'The Hanul Workers Union issued a statement. "We will strike," the statement said.'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["speaker_name"]
    'Hanul Workers Union'
    """
    out, fixed = list(quotes), None
    for i, q in enumerate(quotes):
        v = q.value
        words = (v.get("speaker_text") or "").split()
        head = words[-1].lower() if words else ""
        if fixed is not None and v["attribution"] == "continuation" and v.get("speaker_text") == fixed[0]:
            out[i] = replace(q, value=v | fixed[1], speaker_mention=out[i - 1].speaker_mention)
            continue
        fixed = None
        document = head in _ISSUED_WORDS and not v["speaker"] and (v["speaker_name"] or head).lower() in {
            head, " ".join(words[1:]).lower()}  # no one, or the document's own words ("post")
        if not document and not (v["attribution"] == "pronoun" and head == "it" and len(words) == 1):
            continue
        pl = places[i]
        lo = max(paragraphs[max(0, pl.pi - 1)][0] if document else pl.sent_start - win.ISSUER_NEAR * 2,
                 pl.qs - win.DOCUMENT_INTRO_BACK)  # bounded: a long paragraph of quotes is read near each one
        signer = _SIGNED_BY.match(text, v.get("speaker_end") or 0) if document else None  # "The statement, signed
        by = idx.starting_at(signer.end(), signer.end()) if signer is not None else None  # by Bo, went on:": Bo
        found = (by, by.start, by.end) if by is not None and _is_speaker(by) else _document_issuer(
            text, idx, max(0, lo), min(pl.qs, v.get("speaker_start") or pl.qs))  # fmt: skip
        if found is None or (not document and _DOCUMENT_INTRO.search(text, found[2], pl.qs) is None):
            continue
        m, start, end = found
        new = {"speaker": _speaker_id(m) if m else None, "speaker_name": speaker_name(m) if m else text[start:end],
               "antecedent": {"start": start, "end": end, "exact": text[start:end]}}
        out[i] = replace(q, value=v | new, speaker_mention=m)
        fixed = (v.get("speaker_text"), new)
    return out


# a document its subject issues and the text prints next, not one it reads or relays ("read the following statement
# from X", "issued the following statement by X": X's)
_FOLLOWING_DOC = re.compile(r"[ \t](?:issued|released|sent|posted|published|put[ \t]out)(?P<the>[ \t])the[ \t]following"
                            r"[ \t](?:statement|letter|readout|release)\b(?![ \t](?:from|by|of)\b)")


# between an issuer's name and its verb: a party tag in brackets and a description after a comma, commas inside ("Rep.
# Jo Bell, M.D. (D-OR), Chair of the panel on Asia, the Pacific, and Trade, issued")
_ISSUER_ASIDE = re.compile(
    rf"(?:[ \t]\([^()\n]{{1,20}}+\))?(?:,[^\"“”\n]{{1,{win.ISSUER_ASIDE_MOST}}}?,)?"
    r"(?:[ \t]on[ \t][A-Z][a-z]{2,8}day)?")


def _described_issuer(text: str, idx: _Index, lo: int, at: int) -> Mention | None:
    """Return the person named last before the verb ending at ``at`` (a document's "the following statement") when
    only a party tag, a description after a comma and a day stand between the name and the verb, else None.

    >>> t = "Rep. Jo Bell (D-OR), Chair of the Asia panel, issued the following statement"
    >>> _described_issuer(t, _Index([Mention(5, 12, "Jo Bell", "person", {})]), 0, t.index(" the follow")).exact
    'Jo Bell'
    """
    verb = text.rfind(" ", lo, at)  # before the verb's word ("issued", "released")
    back = max(lo, verb - win.ISSUER_ASIDE_MOST - win.ISSUER_NEAR)  # the aside, the name and its title
    near = [m for m in idx.ending_before(verb, back, most=4) if m.kind == "person"]
    return near[0] if near and _ISSUER_ASIDE.fullmatch(text, near[0].end, verb) is not None else None


def _following_statement(text: str, idx: _Index, quotes: list[Quote], places: list[_Place],
                         paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Return ``quotes`` with a quote no rule credits that opens the paragraph right after one introducing "the
    following statement" ("Rep. X issued the following statement after the vote." ¶ "...") given the issuer that
    paragraph names (:func:`_document_issuer`): the statement printed after it is the issuer's (qfix42).

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = "Rep. Jo Bell issued the following statement after the vote." + 2 * chr(10) + '"We won."'
    >>> find_quotes(t, [(0, 59), (61, len(t))], find_entities(t))[0].value["speaker_name"]
    'Jo Bell'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        if q.value["attribution"] != "none" or pl.pi == 0 or q.start != paragraphs[pl.pi][0]:
            continue
        lo, hi = paragraphs[pl.pi - 1]
        lo = max(lo, hi - win.DOCUMENT_INTRO_BACK)
        intro = _FOLLOWING_DOC.search(text, lo, hi)
        found = _document_issuer(text, idx, lo, intro.end()) if intro else None
        m = found[0] if found is not None else _described_issuer(text, idx, lo, intro.start("the")) if intro else None
        if m is None or not _is_speaker(m):
            continue
        value = q.value | {"speaker": _speaker_id(m), "speaker_name": speaker_name(m), "speaker_text": m.exact,
                           "speaker_start": m.start, "speaker_end": m.end, "attribution": "subject"}  # fmt: skip
        out[i] = replace(q, value=value, speaker_mention=m)
    return out


def _surname_resolved(text: str, quotes: list[Quote], people: Sequence[Mention],
                      paragraphs: Sequence[tuple[int, int]], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with a speaker named by a bare surname several people share ("Kim said": no name given)
    given the one of them the text points to (:func:`_surname_holder`): the person that surname last stood for in
    its paragraph or the one before ("Rep. Kim Byung-kee ... said ... “...,” Kim said"; "President Moon himself
    ... Moon said"), or the one whose title, party or office the text gives with it ("Rep. Kim replied", "The ruling
    party's Park", "the ministry spokeswoman said ... Choi said"); else as it was (probeq41).

    >>> kims = [Mention(0, 13, "Kim Byung-kee", "person", {"name": "Kim Byung-kee"}),
    ...         Mention(30, 42, "Kim Tae-hyun", "person", {"name": "Kim Tae-hyun"}),
    ...         Mention(60, 63, "Kim", "person", {"name": "Kim"})]
    >>> q = Quote(44, 58, '"We are close,"', {"attribution": "named", "speaker": None, "speaker_name": None},
    ...           speaker_mention=kims[2])
    >>> t = " " * 70
    >>> _surname_resolved(t, [q], kims, [(0, 20), (22, 70)], [_Place(44, 58, 22, 70, 1, 22, 0)])[0].value[
    ...     "speaker_name"]
    'Kim Tae-hyun'
    """
    out, by_word = list(quotes), {}  # the full names' mentions by each word of the name, made once
    for m in people:
        for w in (m.value.get("name") or "").split() if " " in (m.value.get("name") or "") else ():
            by_word.setdefault(w, []).append(m)
    starts = [m.start for m in people]
    for i, q in enumerate(quotes):
        v, bare = q.value, q.speaker_mention if q.value["attribution"] == "named" else q.antecedent
        if places[i].pi == 0 or v["speaker"] or bare is None or v["speaker_name"] not in (None, bare.exact) or (
                bare.kind != "person" or " " in bare.exact or (bare.value.get("name") or bare.exact) != bare.exact):
            continue  # a headline's surname is the entity finder's (its own rules); a named one stands  # fmt: skip
        shared = by_word.get(bare.exact, [])
        if len({m.value["name"] for m in shared}) < 2:
            continue  # one full name of it, or none: the entity finder's reading stands
        held = _surname_holder(text, (people, starts), shared, bare, paragraphs[max(0, places[i].pi - 1)][0],
                               paragraphs[places[i].pi][0])
        if held is not None:
            out[i] = replace(q, value=v | {"speaker": _speaker_id(held), "speaker_name": held.value["name"]},
                             speaker_mention=held if v["attribution"] == "named" else q.speaker_mention)
    return out


_QUALIFIER = re.compile(r"(?:[A-Za-z-]{1,20}+[ \t]){1,3}?[A-Za-z-]{1,20}+['’]s[ \t]\Z")  # "The ruling party's "


def _surname_holder(text: str, named: tuple[Sequence[Mention], list[int]], shared: list[Mention], bare: Mention,
                    floor: int, ps: int) -> Mention | None:
    """Return which of ``shared`` (the full names of one surname) the bare surname ``bare`` is: the one whose words
    the qualifier before it holds ("The ruling party's Park": "of the ruling Democratic Party"); the one of its
    title ("Rep. Kim": the representative); the last one named since ``floor`` (no other named between); the one
    whose office the paragraph (from ``ps``) names last before it ("the ministry spokeswoman"); else None.

    >>> t = "Rep. Park Bo of the ruling party met Park Jo of the opposition. The ruling party's Park said"
    >>> ms = [Mention(5, 12, "Park Bo", "person", {"name": "Park Bo"}),
    ...       Mention(37, 44, "Park Jo", "person", {"name": "Park Jo"}), Mention(83, 87, "Park", "person", {})]
    >>> _surname_holder(t, (ms, [5, 37, 83]), ms[:2], ms[2], 0, 0).exact
    'Park Bo'
    """
    names, (people, starts) = {m.value["name"] for m in shared}, named
    if (qual := _QUALIFIER.search(text, max(floor, bare.start - win.TITLE_BACK), bare.start)) is not None:
        words = {w.lower().strip("'’s") for w in qual.group().split()} - {"the", "a", "its", "their"}
        own = {m.value["name"]: text[m.end : m.end + win.TITLE_BACK * 2].partition("\n")[0].partition(". ")[0]
               for m in shared}  # each one's own description, up to its sentence's end
        fit = {name: m for m in shared if words <= set(own[name := m.value["name"]].lower().replace(",", " ").split())}
        return next(iter(fit.values())) if len(fit) == 1 else None
    title = text[max(floor, bare.start - win.TITLE_BACK) : bare.start].split()[-1:]
    if title and title[0] in TITLES:  # "Rep. Kim replied": the one of that title
        fit = {m.value["name"]: m for m in shared if text[max(0, m.start - win.TITLE_BACK) : m.start].split()[-1:]
               == title}
        return next(iter(fit.values())) if len(fit) == 1 else None
    k = bisect.bisect_left(starts, bare.start) - 1
    for j in range(k, max(-1, k - _LOOK_BACK), -1):
        m = people[j]
        if m.start < floor:
            break
        if (m.value.get("name") or "") in names or (m.exact == bare.exact and m.value.get("name") in names):
            return m if m.value.get("name") in names else None
    office = next((w.strip(",.").lower() for w in reversed(text[max(ps, bare.start - win.SURNAME_OFFICE_BACK)
                                                                : bare.start].split()) if w.strip(",.").lower()
                   in _OFFICES), None)  # fmt: skip
    fit = {m.value["name"]: m for m in shared if office and office in _role_words(m)}
    return next(iter(fit.values())) if len(fit) == 1 else None


_LEDE_CHARS = 100  # a body paragraph this long or longer is a lede (a byline or a date line is shorter)


def _headline_role_named_next(text: str, quotes: list[Quote], paragraphs: Sequence[tuple[int, int]],
                              people: Sequence[Mention]) -> list[Quote]:
    """Return ``quotes`` with a headline quote no rule credited, whose headline opens with a role ("Congressman who
    wrote the floor says Pentagon “...”", "Negotiator says gap “still wide”"), given the person named first in the
    paragraph after the lede, when the lede tells of that role and names nobody ("A Republican congressman ... said
    Tuesday that ..."; then '"...," said Rep. Jo Bell'): news prose names the lede's source next (probeq41).

    >>> t = 'Envoy says Seoul "must pay"' + 2 * chr(10) + 'A U.S. envoy said on Friday that Seoul had to pay more '
    >>> t += 'for the troops and that the talks would go on.' + 2 * chr(10) + '"We want a deal," Jo Bell said.'
    >>> bell = Mention(t.index("Jo"), t.index("Jo") + 7, "Jo Bell", "person", {"name": "Jo Bell"})
    >>> q = Quote(17, 27, '"must pay"', {"attribution": "none", "speaker": None, "speaker_text": None})
    >>> paras = [(0, 27), (29, t.index('"We') - 2), (t.index('"We'), len(t))]
    >>> _headline_role_named_next(t, [q], paras, [bell])[0].value["speaker_name"]
    'Jo Bell'
    """
    head_end = paragraphs[0][1] if paragraphs else 0
    lede = next((k for k, (ps, pe) in enumerate(paragraphs) if ps >= head_end and pe - ps >= _LEDE_CHARS), None)
    words = text[:head_end].split()
    first = words[0].lower().removeprefix("ex-") if words else ""
    role = first if first in _OFFICES else _headline_role_word(words)
    if lede is None or lede + 1 >= len(paragraphs) or role is None:
        return quotes
    (ls, le), (ns, ne) = paragraphs[lede], paragraphs[lede + 1]
    if role not in text[ls:le].lower().split() or any(ls <= m.start < le and not m.value.get("descriptor")
                                                       for m in people):
        return quotes  # the lede tells of no such role, or names someone: its source may be another
    who = next((m for m in people if ns <= m.start < ne and not m.value.get("descriptor")), None)
    if who is None or not _role_agrees(role, " ".join(_role_words(who))):
        return quotes
    out = list(quotes)
    for i, q in enumerate(quotes[:_HEADLINE_QUOTES]):
        if q.start < head_end and q.value["attribution"] == "none" and not q.value.get("speaker_text"):
            out[i] = replace(q, value=q.value | {"speaker": _speaker_id(who), "speaker_name": speaker_name(who),
                                                 "speaker_text": who.exact, "speaker_start": who.start,
                                                 "speaker_end": who.end, "attribution": "subject"},
                             speaker_mention=who)  # fmt: skip
    return out


def _role_words(m: Mention) -> list[str]:
    """Return the lower-case words of a person's role and title ("the U.S. envoy", "President").

    >>> _role_words(Mention(0, 9, "President Jo Bell", "person", {"role": "the envoy", "title": "President"}))
    ['the', 'envoy', 'president']
    """
    return f"{m.value.get('role') or ''} {m.value.get('title') or ''}".lower().replace(",", " ").split()


_NAME_GLUE_WITH = _NAME_GLUE | frozenset(["with", "by", "at"])
_OWNER_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w.-]{0,30}+['’]s?+)\s{0,30}+\Z")  # searched in 30 characters


def _titled_names(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a quoted capitalised name right after "the" or an owner's possessive ('The “Alliance
    Dialogue” would meet', 'on Fox News' ‘Town Hall with Jo Bell’') cleared of a speaker: a name, nobody's words.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = 'The “Alliance Dialogue” would meet, according to Yonhap.'
    >>> q = find_quotes(t, [(0, len(t))], find_entities(t))[0]
    >>> q.value["attribution"], q.value["form"], q.value["speaker_name"]
    ('none', 'scare', None)
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if not _capitalised_name(q.exact, _NAME_GLUE_WITH, least=2):
            continue
        owner = _OWNER_BEFORE.search(text, max(0, q.start - win.TITLED_OWNER_BACK), q.start)
        said_by, said_end = q.value.get("speaker_start"), q.value.get("speaker_end") or -1
        if owner is None or (said_by is not None and (owner.start() <= said_by < q.start
                                                      or said_by <= owner.start() < said_end)):
            continue  # "Waltz’s ‘Tough Talk’", "Jo Bell's ‘Tough Talk’": the owner is its speaker, the words his
        out[i] = _nobodys(q)
    return out


#: Right before a quoted name, a verb of appearing or saying on a broadcast and "on": 'Appearing on "Fox News
#: Sunday,"', 'said on “Face the Nation”', 'in an interview on “Morning Edition”' (dev131): the name is a programme's.
#: Not "spoke on" or "commented on", whose quoted name is a topic (tests/test_mend80q.py ON_TOPIC).
_ON_PROGRAMME = re.compile(r"\b(?:[Aa]ppear(?:s|ed|ing)?|[Ii]nterview(?:ed)?|said|says|"
                           r"told\s++\w++|aired|broadcast)[ \t]++on[ \t]{1,3}+\Z")


def _broadcast_titles(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a quoted capitalised name right after a verb of appearing or saying "on" ('Appearing on
    "Fox News Sunday," McMaster said "..."') cleared of a speaker: a programme's title, nobody's words (dev131), as a
    title after an owner is (:func:`_titled_names`); the quote after the speaker's verb keeps him.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = 'Appearing on "Fox News Sunday," Jo Bell said "we keep our word."'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    [None, 'Jo Bell']
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if _capitalised_name(q.exact, _NAME_GLUE_WITH, least=2) and _ON_PROGRAMME.search(
                text, max(0, q.start - win.TITLED_OWNER_BACK), q.start):
            out[i] = _nobodys(q)
    return out


def _nobodys(q: Quote) -> Quote:
    """Return ``q`` cleared of its speaker and marked a label (form "scare"): a name, nobody's words.

    >>> _nobodys(Quote(0, 4, '"A"', {"speaker": "x", "attribution": "named", "form": "full"})).value["attribution"]
    'none'
    """
    cleared = _cleared(q)
    return replace(cleared, value=cleared.value | {"form": "scare"})


def _cleared(q: Quote) -> Quote:
    """Return ``q`` with no speaker (attribution "none"), its form kept: words the text gives to no one speaker.

    >>> _cleared(Quote(0, 4, '"A"', {"speaker": "x", "attribution": "named", "form": "full"})).value["form"]
    'full'
    """
    value = q.value | {k: None for k in ("speaker", "speaker_name", "speaker_text", "speaker_start", "speaker_end",
                                         "antecedent")}  # fmt: skip
    return replace(q, value=value | {"attribution": "none", "candidates": []}, speaker_mention=None, antecedent=None,
                   voice_mention=None)  # fmt: skip


def _quoted_agreements(idx: _Index, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a quote that is only the proper name of a known agreement ('reaching a six-year
    “Mutual Defense Treaty”') cleared of a speaker: the name of a thing, nobody's words.

    >>> from analysis.extract.quote_finder import find_quotes
    >>> from analysis.extract.entities import find_entities
    >>> t = 'The ministry said the allies reached a new “Status of Forces Agreement” on Monday.'
    >>> q = find_quotes(t, [(0, len(t))], find_entities(t))[0]
    >>> q.value["attribution"], q.value["speaker_name"]
    ('none', None)
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.value["attribution"] == "none" or not _capitalised_name(q.exact, _NAME_GLUE):
            continue  # no speaker to clear, or no proper name (a quoted name is capitalised)
        m = idx.starting_at(q.start + 1, q.start + 1)
        if m is None or m.kind != "agreement" or q.exact[1 : len(q.exact) - 1].rstrip(".,;:!?") != m.exact:
            continue
        out[i] = _nobodys(q)
    return out


_GLUE_IN_PHRASE = frozenset(["and", "or", "&"])


def _repeated_without_glue(quotes: list[Quote], headline_end: int) -> list[Quote]:
    """Return ``quotes`` with an unattributed headline quote of two or three words given the speaker of an attributed
    quote that holds the same words once "and"/"or" are dropped (‘Reasonable, Fair’ and '"reasonable and fair"').

    >>> a = Quote(30, 50, '"reasonable and fair"', {"attribution": "named", "speaker": None, "speaker_name": "Bo",
    ...   "speaker_text": "Bo", "speaker_start": 52, "speaker_end": 54, "antecedent": None, "candidates": []})
    >>> q = Quote(5, 23, "‘Reasonable, Fair’", {"attribution": "none"})
    >>> _repeated_without_glue([q, a], 25)[0].value["speaker_name"]
    'Bo'
    """
    attributed = [q for q in quotes if q.value["attribution"] != "none" and (q.value["speaker_name"]
                                                                              or q.value["speaker"])]  # fmt: skip
    out = list(quotes)
    for i, q in enumerate(quotes[:_HEADLINE_QUOTES]):  # a few headline quotes, each read against every quote
        if q.start >= headline_end or q.value["attribution"] != "none":
            continue
        key = _unglued_words(q)
        held = [o for o in attributed if _holds_runs(_unglued_words(o), [key])] if 2 <= len(key) <= _REPEAT_MOST else []
        if held and all(_same_speaker(_quote_speaker(held[0]), _quote_speaker(o)) for o in held[1:]):
            out[i] = _speaker_of(q, held[0])  # one speaker carries the words (two: nobody, as in ``_repeated``)
    return out


# --- words and helpers this module's rules share with the last pass (analysis/extract/quote_fallback.py) --------
# Sentence ends, the fallback's speech verbs, copulas, possessives, a phrase's or a proper name's subject, the people
# spoken to or of, a document's issuer: read by rules above and by quote_fallback, which imports them from here.

_ABBREVIATIONS = word_set("Jr Sr Gen Lt Col Sgt Dr Mr Mrs Ms Rep Sen Gov Adm Maj Capt Prof St")


# The speech verbs the fallback reads in a quote's own sentence: the names module's, and the reporting verbs of _VERBS
# that take no label as their object ("informed his audience", "reiterated"; not "called it", "dubbed", "accused")
# and state words, not a stance ("reaffirmed that ...", "maintained", "highlighted" are a stance, as _reported_before
# reads them). A person who reports in an earlier sentence is read with SPEECH_VERBS alone.
_FALLBACK_VERBS = SPEECH_VERBS | word_set(
    "informed assured reminded reiterated repeated asserted countered retorted boasted joked mentioned answered "
    "saying adding"
)


_QUOTES_BACK = 50  # earlier quotes looked at for the last one with a speaker (bounded: linear on any text)


def _sentence_close(text: str, qe: int, pe: int) -> int:
    """Return where the sentence that holds a quote ending at ``qe`` ends: at the quote when its words end with a
    stop ('"We pay." Bo said.'), else at the next stop (its paragraph's end at the latest, and win.FALLBACK_REACH
    characters on at most).

    >>> _sentence_close('"We pay," Bo said. It rained.', 8, 29), _sentence_close('"We pay." Bo said.', 9, 18)
    (18, 9)
    >>> _sentence_close('"We pay," Bo Jr. said. It rained.', 8, 33)
    22
    """
    if text[qe - 2 : qe - 1] in {".", "!", "?"}:
        return qe
    lim = min(pe, qe + win.FALLBACK_REACH)
    end = _SENTENCE_END.search(text, qe, lim)
    for _ in range(3):  # "Bo Jr. said", "Gen. Bo said": an abbreviation's stop ends no sentence
        if end is None or (text[max(qe, end.start() - 4) : end.start()].split() or [""])[-1] not in _ABBREVIATIONS:
            break
        end = _SENTENCE_END.search(text, end.end(), lim)
    return end.start() + 1 if end else lim


_WORD_TAIL = re.compile(r"\w*")  # the rest of a word from a place in it (empty at a word's end)


class _SpeechVerbs:
    """The speech verbs of one text (default: the fallback's), as one search of the whole text finds them, but searched
    only where asked: the stretch searched last is kept, and a look-up that starts inside it or shortly after searches
    on from its end (each character is searched about once while the look-ups move forward; linear on any text).

    >>> v = _SpeechVerbs("Bo said, Al told, Jo saidx asked")
    >>> [m.group() for m in v.starting_in(0, 14)], [m.group() for m in v.starting_in(10, 33)]
    (['said', 'told'], ['told', 'asked'])
    """

    def __init__(self, text: str, words: frozenset[str] = _FALLBACK_VERBS) -> None:
        self.text, self.words = text, words
        self.lo = self.hi = 0  # every verb that starts in text[lo:hi] is in ``ms``; the search goes on from ``hi``
        self.ms: list[re.Match[str]] = []
        self.starts: list[int] = []

    def starting_in(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Return the verbs that start in ``text[lo:hi]``, in order (a verb is a whole word: one cut at ``hi`` is
        read to its end)."""
        i = self._cover(lo, hi)
        return self.ms[i : bisect.bisect_left(self.starts, hi, i)]

    def _cover(self, lo: int, hi: int) -> int:
        """Search so that every verb starting in ``text[lo:hi]`` is kept, and return the index of the first."""
        if not self.lo <= lo <= self.hi + win.FALLBACK_REACH:  # else search on from ``hi`` (a short gap: linear)
            self.lo = self.hi = lo  # start afresh at ``lo``: a word it cuts is no verb that starts there
            self.ms, self.starts = [], []
        if hi > self.hi:
            stop = _WORD_TAIL.match(self.text, hi).end()  # type: ignore[union-attr]  # \w* always matches
            for m in _VERB_WORD.finditer(self.text, self.hi, stop):
                if m.group().lower() in self.words:
                    self.ms.append(m)
                    self.starts.append(m.start())
            self.hi = stop
        i = bisect.bisect_left(self.starts, lo)
        if i > 1024:  # drop what no later look-up reaches
            del self.ms[:i], self.starts[:i]
            self.lo, i = lo, 0
        return i

    def last_outside_quotes(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """Return the last of these verbs in ``text[lo:hi]`` that no quotation closed before ``hi`` holds (of the
        _QUOTES_BACK last), else None.

        >>> t = 'Bo said "we asked" today. '
        >>> _SpeechVerbs(t).last_outside_quotes(t, 0, len(t)).start()
        3
        """
        i = self._cover(lo, hi)
        j = bisect.bisect_left(self.starts, hi, i)
        for k in range(j - 1, max(i, j - _QUOTES_BACK) - 1, -1):  # not a list of every verb from ``lo``: a long one
            vm = self.ms[k]
            if vm.end() <= hi and not _quoted(text, vm.end(), hi):
                return vm
        return None

    def near(self, pl: _Place, close: int) -> re.Match[str] | None:
        """Return the speech verb of the quote's sentence nearest the quote: the last before it (within
        win.FALLBACK_REACH characters), else the first after it (before ``close``, the sentence's end); else None.

        >>> t = 'Bo smiled and said instead, "We pay." Al nodded.'
        >>> _SpeechVerbs(t).near(_Place(28, 37, 0, len(t), 0, 0, 0), 37).group()
        'said'
        """
        before = self.starting_in(max(pl.sent_start, pl.qs - win.FALLBACK_REACH), pl.qs)
        if before and before[-1].end() <= pl.qs:
            return before[-1]
        after = self.starting_in(pl.qe, close)
        return after[0] if after and after[0].end() <= close else None


_PHRASE_DETERMINERS = frozenset(["the", "a", "an", "one", "its", "their"])


_COPULAS = frozenset(["is", "was", "are", "were", "be", "being"])


def _phrase_subject(text: str, lo: int, hi: int) -> _Who:
    """Return the noun phrase that is all of ``text[lo:hi]`` (past a comma and spaces) when it opens with a
    determiner and has at most win.PHRASE_WORDS plain words ('"...," the civic group said': the civic group), as a
    speaker named by those words; else nobody.

    >>> t = '"We act," the civic group said.'
    >>> w = _phrase_subject(t, 9, t.index("said")); (t[w.start : w.end], w.name)
    ('the civic group', 'civic group')
    >>> _phrase_subject('"We act," the group, in turn, said.', 9, 30).found
    False
    """
    words = text[lo:hi].strip(" \t,").split()
    while words and (words[-1].lower() in _AUXILIARIES or manner_adverb(words[-1])):
        words.pop()  # "the group has said", "the group flatly said"
    if not 2 <= len(words) <= win.PHRASE_WORDS or words[0].lower() not in _PHRASE_DETERMINERS:
        return _NOBODY
    if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return _NOBODY  # a comma, a mark or a number: not one plain phrase
    if words[-1].lower() in _COPULAS or words[-1].endswith(("ed", "ly")):
        return _NOBODY  # "the group has said", "the plan was said": not a noun at the end
    phrase = " ".join(words)
    start = text.find(phrase, lo, hi)
    if start < 0:
        return _NOBODY
    return _Who("fallback", None, start, start + len(phrase), name=_without_article(phrase) if words[0].lower()
                == "the" else phrase)  # fmt: skip


_GLUE_WORDS = frozenset(["of", "for", "and", "the"])


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,7}")


_RELATIVE_ASIDE = re.compile(r"(?<!\s)\s*+(?:which|who)\s")


def _proper_subject(text: str, lo: int, hi: int) -> _Who:
    """Return the untagged capitalised name that is all of ``text[lo:hi]`` after its last comma, a speech verb's
    subject ('"...," HAO said', "the Hanul Audit Office said"): two to seven capitalised words (with of/for/and/the),
    or one acronym; else nobody.

    >>> t = 'Costs rose, HAO said'
    >>> w = _proper_subject(t, 0, t.index("said")); (t[w.start : w.end], w.name)
    ('HAO', 'HAO')
    >>> _proper_subject("Officials said", 0, 10).found, _proper_subject("the plan said", 0, 9).found
    (False, False)
    >>> t = "The Hanul Union, which represents staff, said"
    >>> _proper_subject(t, 0, t.index(" said")).name
    'Hanul Union'
    >>> _proper_subject("Ministry of Hanul Affairs said", 0, 25).name
    'Ministry of Hanul Affairs'

    """
    lo = max(lo, hi - win.PROPER_REACH)  # bounded: linear however long the sentence
    stretch = text[lo:hi]
    start = lo + stretch.rfind(",") + 1
    if not text[start:hi].strip() and _RELATIVE_ASIDE.match(text, text.find(",", lo, hi) + 1, hi):
        start, hi = lo, text.find(",", lo, hi)  # "The Hanul Union, which represents staff, said"
    words = text[start:hi].split()
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    if not 1 <= len(words) <= 7 or not (is_name_word(words[0]) or _ACRONYM_WORD.fullmatch(words[0])
                                        or (words[0].lower() in _ORG_NOUNS and len(words) > 1)):  # "Ministry of X"
        return _NOBODY
    if words[-1][:1].islower():
        return _NOBODY
    if not all(w[:1].isupper() or w in _GLUE_WORDS for w in words):
        return _NOBODY
    if len(words) == 1 and not _ACRONYM_WORD.fullmatch(words[0]):
        return _NOBODY  # one capitalised word may be any sentence's first word
    phrase = " ".join(words)
    at = text.find(phrase, start, hi)
    return _Who("fallback", None, at, at + len(phrase), name=phrase) if at >= 0 else _NOBODY


_RELAYING = word_set("quoted cited interviewed")  # "The daily quoted Bo as saying": its object is the speaker


def _spoken_to_or_of(text: str, m: Mention) -> bool:
    """Return whether the person at ``m`` is an object (of a preposition other than a passive's "by" and "according
    to", of a past verb other than one that relays words, _RELAYING: "quoted Bo as saying"; or coordinated with
    one): whom words were addressed to, aimed at or about ("Critics of Bo say", "Reporters pressed Bo, who said
    little"), never the one the fallback gives a later quote to.

    >>> t = "Critics of Bo say so. Al pressed Bo and Jo, who said little. Bo said so. It was led by Ed, who said so."
    >>> [_spoken_to_or_of(t, Mention(i, i + 2, t[i : i + 2], "person", {})) for i in (11, 33, 40, 61, t.index("Ed"))]
    [True, True, True, False, False]
    >>> t = "Aides to Bo said so. The Minister of Defense Bo said so. A spokesman for Ed said so."
    >>> [_spoken_to_or_of(t, Mention(i, i + 2, t[i : i + 2], "person", {})) for i in (9, 45, t.index("Ed"))]
    [True, False, True]
    """
    raw = text[max(0, m.start - win.GOVERNOR_BACK) : m.start].split()[-1:]
    # "Critics of Bo", "Aides to Bo", "A spokesman for Bo": the word right before, whatever the case before it
    word = raw[0] if raw and raw[0] in _PREPOSITIONS else _governing_word(text, m.start)
    if word in _COORDINATORS:
        word = _first_conjunct_governor(text, m.start)  # "pressed Bo and Jo": Jo is an object too
    if word in _PREPOSITIONS:
        return word != "by" and not (word == "to" and text[max(0, m.start - win.GOVERNOR_BACK) : m.start].rstrip()
                                     .lower().endswith(("according to", "according to ambassador")))
    past = word.isalpha() and (word.endswith("ed") or word in _IRREGULAR_PAST)
    return past and word not in _INVERTING and word not in _RELAYING


_POSSESSIVE_S = ("'s", "’s")


def _definite_people(text: str, verb_start: int, floor: int) -> _Who:
    """Return "the" and a plural of people right before a speech verb, past at most two modifiers ('“...,” the
    senators wrote'), else nobody: the group a later "they" goes on with.

    >>> t = '"No," the two senators wrote'
    >>> w = _definite_people(t, t.index("wrote"), 0); t[w.start : w.end]
    'the two senators'
    >>> _definite_people('"No," the talks wrote', 16, 0).found
    False
    """
    lo = max(floor, verb_start - win.BARE_PEOPLE_BACK)
    words = list(_WORD.finditer(text, lo, verb_start))
    while words and words[-1].group().lower() in _AUXILIARIES:
        words.pop()
    if not words or words[-1].group().lower() not in _PEOPLE_PLURALS | _GROUP_NOUNS:
        return _NOBODY
    k = len(words) - 1
    while k > 0 and len(words) - k <= 2 and words[k - 1].group().isalpha() and words[k - 1].group().islower() \
            and words[k - 1].group() not in _NOT_MODIFIERS:
        k -= 1
    if k == 0 or words[k - 1].group() not in {"the", "The"} or "," in text[words[k - 1].start() : words[-1].end()]:
        return _NOBODY
    return _Who("descriptor", None, words[k - 1].start(), words[-1].end())


# Documents a participle of saying follows ("a message stating", "a notice saying"): the document says the words
_STATING_DOCUMENTS = _SUBJECT_DOCUMENTS | word_set("message notice cable email resolution petition declaration")


_STATING_DETERMINERS = word_set("a an the its their this that")


# Verbs by which a subject issues the document that says the words ("passed a resolution saying", "signed a letter
# saying"): the subject is the speaker the Conventions name for a document whose issuer the sentence names (probeq38).
_ISSUING_VERBS = word_set("passed signed issued adopted released sent published drafted approved submitted")


def _issuer_of_document(text: str, idx: _Index, who: _Who, pl: _Place) -> _Who:
    """Return the subject that issued the document ``who`` describes when a verb of issuing stands right before it
    ("The Assembly passed a resolution saying", "Lawmakers signed a letter saying": the issuer named in the sentence
    is the speaker, as the Conventions read a document; probeq38), else ``who``.

    >>> t = "Jo Bell signed a letter saying it was “an insult”."
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {})]
    >>> pl = _Place(t.index("“"), len(t) - 1, 0, len(t), 0, 0, 0)
    >>> _issuer_of_document(t, _Index(ms), _Who("descriptor", None, 15, 23), pl).start
    0
    """
    if not who.found or who.mention is not None or who.start <= pl.sent_start:
        return who
    words = text[who.start : who.end].split()
    if not words or words[-1].lower() not in _STATING_DOCUMENTS or words[0].lower() not in _STATING_DETERMINERS:
        return who
    verb = last_match(_NONSPACE_RUN, text, max(pl.sent_start, who.start - win.VERB_WORD), who.start)
    if verb is None or verb.group() not in _ISSUING_VERBS:
        return who
    issuer = _subject_before(text, idx, verb.start(), pl.sent_start, pl.back)
    return issuer if issuer.found and issuer.end <= verb.start() else who

# --- fixs49: a role's body or "former" rules a holder out --------------------------------------------------------


def _sitting_holder(m: Mention, head: str, rank: str = "", department: str = "") -> bool:
    """Return whether the person at ``m`` holds the office ``head`` ("president") of ``rank`` ("deputy" for "vice
    president", "" for none) on the publication day by what the entity finder knows of them (in office, their role's
    words holding ``head`` at that rank): no "former" holder of it. A sitting president is no sitting vice president,
    so "the former vice president" may still be him (review49j); nor, when the role names a department, is a sitting
    foreign minister a sitting trade minister (review49k). A department this module does not name ("the former Army
    secretary" for a sitting defense secretary) is not told apart: the role then stays unresolved.

    >>> biden = Mention(0, 9, "Jo Bell", "person", {"role": "President of Hanul", "in_office": True})
    >>> _sitting_holder(biden, "president"), _sitting_holder(biden, "minister"), _sitting_holder(biden, "president",
    ...     "deputy")
    (True, False, False)
    >>> _sitting_holder(Mention(0, 7, "Al Roe", "person", {"role": "President of Hanul", "in_office": False}),
    ...     "president")
    False
    >>> kang = Mention(0, 4, "Kang", "person", {"role": "Foreign Minister of Hanul", "in_office": True})
    >>> _sitting_holder(kang, "minister", "", "foreign"), _sitting_holder(kang, "minister", "", "trade")
    (True, False)
    """
    role = (m.value.get("role") or "").lower().replace(",", " ").split()
    return (m.value.get("in_office") is True and head in role and _rank(role) == rank
            and (not department or _department(role) == department))


def _body_rules_out(text: str, m: Mention, held: list[str], country: str | None, bodies: frozenset[str],
                    head: str) -> bool:
    """Return whether a role naming a known body (``bodies``: "the Pentagon chief") cannot be the person at ``m``
    (``held``: their offices, ``country``: their stated country): the body is of another country, of another
    department than theirs ("the Pentagon chief" is no trade minister), or a body of no department whose "chief"
    or "head" a department's minister is not ("the Blue House chief" is no defense minister).

    >>> t = "South Korean Defense Minister Suh Jin-ho spoke."; suh = Mention(30, 40, "Suh Jin-ho", "person", {})
    >>> _body_rules_out(t, suh, ["minister", "defense"], "KR", frozenset(["id:pentagon"]), "chief")
    True
    >>> _body_rules_out(t, suh, ["minister", "defense"], "US", frozenset(["id:pentagon"]), "chief")
    False
    >>> _body_rules_out(t, suh, ["minister", "defense"], "KR", frozenset(["id:rok-government"]), "chief")
    True
    >>> _body_rules_out(t, suh, ["minister", "defense"], "KR", frozenset(["id:rok-government"]), "official")
    False
    """
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    known = [entities[b[3:]] for b in bodies if b.startswith("id:") and b[3:] in entities]
    if not known:
        return False
    own = _held_department(text, m, held)
    for body in known:
        department = _department(f"{body.name} {body.role or ''}".lower().split())
        if body.country and country and body.country != country:
            return True
        if own and (department != own if department else head in _GROUP_CHIEFS):
            return True
    return False



# fix50o: a family name spelt like an English word ("Park said") that opens the quote's own sentence, read by
# ``entities.word_surname_places`` (the one reader of them; speak52)


def _family_name_said(text: str, quotes: list[Quote], people: Sequence[Mention], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with an uncredited quote whose own sentence opens with a bare Korean family name and a
    speech verb before it ("Park said it was “not appropriate”", where "Park" went unread as a name) given the one
    person named earlier whose full name begins with that family name; two such people, or none: as it was.

    >>> t = 'Minister Park Jo spoke. A man asked about it. Park said it was "too early" to say.'
    >>> ms = [Mention(9, 16, "Park Jo", "person", {"name": "Park Jo"})]
    >>> q = Quote(63, 74, '"too early"', {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> _family_name_said(t, [q], ms, [_Place(63, 74, 0, len(t), 0, 46, 0)])[0].value["speaker_name"]
    'Park Jo'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        head = text[pl.sent_start : min(q.start, pl.sent_start + win.SENTENCE_OPENING)]
        opening = len(head) - len(head.lstrip(" \t"))
        m = next((w for w in word_surname_places(text, pl.sent_start, pl.sent_start + len(head)) if w[3] == "subject"),
                 None)
        if q.value["attribution"] != "none" or m is None or m[:3] != (pl.sent_start + opening, m[1], ""):
            continue
        family = text[m[0] : m[1]]
        held = {p.value["name"]: p for p in people if p.end <= pl.sent_start and " " in (p.value.get("name") or "")
                and p.value["name"].split()[0] == family}
        if len(held) != 1 or any(c in text[m[1] : q.start] for c in "“”\".") or _SURNAMED.search(text, 0, q.start):
            continue  # two people of that name, none, a sentence or quote between the verb and the quote, "surnamed"
        p = next(iter(held.values()))
        if _indefinite_person_between(text, p.end, pl.sent_start):
            continue
        out[i] = replace(q, value=q.value | {"speaker": _speaker_id(p), "speaker_name": p.value["name"],
                                             "speaker_text": family, "speaker_start": m[0], "speaker_end": m[1],
                                             "attribution": "named"}, speaker_mention=p)
    return out


# speak52: a transcript's speaker label ("HALE: We want a “fair” deal.", "ASSISTANT SECRETARY COOPER: Our goal ..."):
# a line that opens with a name in capitals and a colon gives the quotes of its line that no rule credited to the one
# person named before whose family name (or full name) the label ends with, when the line speaks in the first person
# before the quote or the quote opens it (a narrator's line telling of others, "KUHL: The union's leaders fear “...”",
# is not read). "Q:"/"QUESTION:" names no one: its quotes stay as the rules left them (null when none credited them;
# README: a speaker is null when the text says nobody spoke them)
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]{0,20}+[ \t]){0,3}+[A-Z][A-Z'’-]{1,20}+):[ \t]")
_OWN_VOICE = word_set("i we our my us me i'm we're i've we've i'll we'll")  # the label's own speech


def _transcript_labels(text: str, quotes: list[Quote], people: Sequence[Mention]) -> list[Quote]:
    """Return ``quotes`` with an uncredited quote on a line opened by a speaker label in capitals ("HALE: ...") given
    the one person named before the line whose family name, or full name, the label ends with; else as it was.

    >>> t = 'Press secretary Jon Hale spoke.' + chr(10) + 'HALE: We want a "fair" deal.'
    >>> q = Quote(48, 54, '"fair"', {"attribution": "none", "speaker": None, "speaker_name": None})
    >>> hale = Mention(16, 24, "Jon Hale", "person", {"name": "Jon Hale"})
    >>> _transcript_labels(t, [q], [hale])[0].value["speaker_name"]
    'Jon Hale'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        lo = max(0, q.start - win.QUOTE_SENTENCE_BACK)
        line = text.rfind("\n", lo, q.start) + 1  # 0: no line break in reach (a label is at most that far back)
        uncredited = q.value["attribution"] == "none" and (line > 0 or lo == 0)
        label = _TRANSCRIPT_LABEL.match(text, line, q.start) if uncredited else None
        said = text[label.end() : q.start].lower().replace("’", "'").split() if label is not None else []
        if label is None or (said and not _OWN_VOICE.intersection(said)) or not _label_own_telling(said):
            continue  # no label opening the quote's line, or a narrator's line telling of others
        words = label.group(1).lower()
        held = {p.value["name"]: p for p in people if p.end <= line and " " in (name := p.value.get("name") or "")
                and (words.split()[-1] == surname_of(name).lower() or words.endswith(name.lower()))}
        if len(held) != 1:
            continue  # "Q:", "SEOUL:", a label of nobody named, or of two people
        p = next(iter(held.values()))
        out[i] = replace(q, value=q.value | {"speaker": _speaker_id(p), "speaker_name": p.value["name"],
                                             "speaker_text": label.group(1), "speaker_start": label.start(1),
                                             "speaker_end": label.end(1), "attribution": "colon"}, speaker_mention=p)
    return out


# mend52s (review52s): on a labelled line, a verb of saying, naming or telling before the quote whose subject is not
# "I" or "we" ("Our partners tell us the offer is “...”", "My counterpart told me", "the report, which called the
# plan “...”", "We heard Lee call it “...”") tells another's words: the label's speaker only repeats them (main's
# answer kept); "I told Lee that our offer is “...”", "We say “no.”" and a noun after a determiner ("a call") are read
_LABEL_TELLING = word_set("say says said saying tell tells told telling call calls called calling dub dubs dubbed "
                          "term terms termed label labels labeled labelled describe describes described claim claims "
                          "claimed insist insists insisted")
_LABEL_OWN_SUBJECTS = word_set("i we i've we've i'd we'd i'll we'll")
_LABEL_AUXILIARIES = word_set("have has had would will also always often never just still did do can could should "
                              "must then again already once")
_LABEL_NOUN_BEFORE = word_set("a an the our my his her their its your one")


def _label_own_telling(said: list[str]) -> bool:
    """Return whether every verb of saying, naming or telling in ``said`` (the lower-case words between a transcript
    label and its quote) has "I" or "we" as its subject, past auxiliaries and adverbs in -ly (a noun after a
    determiner, "a call", is no verb).

    >>> _label_own_telling("i told lee that our offer is".split()), _label_own_telling("we had a call, and".split())
    (True, True)
    >>> _label_own_telling("our partners tell us the offer is".split()), _label_own_telling("i'm told it is".split())
    (False, False)
    """
    for k, w in enumerate(said):
        if w.strip(".,;:!?") not in _LABEL_TELLING or (k and said[k - 1] in _LABEL_NOUN_BEFORE):
            continue
        j = k - 1
        while j >= 0 and k - j <= 3 and (said[j] in _LABEL_AUXILIARIES or said[j].endswith("ly")):
            j -= 1
        if j < 0 or said[j] not in _LABEL_OWN_SUBJECTS:
            return False
    return True


# mend50o: "a lawmaker surnamed Park" or "a senior lawmaker ... spoke" between the full name and "Park said": unsure
_SURNAMED = re.compile(r"\bsurnamed[ \t][A-Z]")
_INDEFINITE_ROLE = re.compile(r"\b(?:lawmaker|official|member|legislator|aide|diplomat|politician|minister|"
                              r"spokes(?:man|woman)|analyst|expert)s?\b", re.IGNORECASE)
_INDEFINITE_DETERMINERS = word_set("a an the his her their its our one")


def _indefinite_person_between(text: str, start: int, end: int) -> bool:
    """Return whether a sentence after the one holding ``start`` and ending by ``end`` names an indefinite person
    ("a senior lawmaker", "an aide"): a role word whose nearest determiner within the three words before it is "a"
    or "an".

    >>> t = "Park Sol met envoys. In a hearing, a senior lawmaker spoke. Park said"
    >>> _indefinite_person_between(t, 8, 60), _indefinite_person_between(t.replace("a senior", "the"), 8, 60)
    (True, False)
    """
    first = _SENTENCE_END.search(text, start, end)
    if first is None:
        return False
    for role in _INDEFINITE_ROLE.finditer(text, first.end(), end):
        sent = max(text.rfind(". ", first.end(), role.start()), text.rfind("\n", first.end(), role.start()))
        words = text[max(sent + 1, first.end()) : role.start()].lower().split()[-3:]
        det = next((w for w in reversed(words) if w in _INDEFINITE_DETERMINERS or w.endswith(",")), "")
        if det in ("a", "an"):
            return True
    return False


# fix50o: "A and B issued a joint fact sheet. “...,” it read": the pair, not its last-named issuer
_JOINT_PAIR_HEAD = re.compile(r"([A-Z][A-Za-z.]{1,20})[ \t]and[ \t]\Z")
_JOINT_ISSUED = re.compile(r"[ \t](?:issued|released|published|put[ \t]out)[ \t](?:a|their)[ \t]joint\b")


_RUN_OPENERS = word_set("On In At After Before Last This When While But And Both Officials Critics Leaders")


def _joint_run_start(text: str, at: int) -> int | None:
    """Return where the run of capitalised names ending in "and" just before ``at`` begins, the run opening its
    sentence ("North Macedonia and Lima", "Oslo, Bern and Lima", after a leading "The"); a run that cannot be read
    cleanly (a lowercase word or an opener such as "On Friday" in it, or too long): None.

    >>> t = "Oslo, North Macedonia and Lima issued"
    >>> t[_joint_run_start(t, 26):], _joint_run_start("Aides of Oslo and Lima", 18)
    ('Oslo, North Macedonia and Lima issued', None)
    """
    lo = max(0, at - win.TITLE_BACK)
    before = text[lo:at]
    if not before.endswith(" and "):
        return None
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut < 0 and lo > 0:
        return None
    seg = before[cut + 1 : -5].rstrip(",")
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg.startswith("The "):
        seg, lead = seg[4:], lead + 4
    items = seg.split(", ")
    for item in items:
        words = item.split(" ")
        if not 1 <= len(words) <= 3 or not all(_JOINT_PAIR_HEAD.match(w + " and ") for w in words):
            return None
    if seg.split(" ")[0] in _RUN_OPENERS:
        return None
    return lo + cut + 1 + lead


def _joint_issuers(text: str, quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with a quote credited through "it" to the last of two issuers of a joint document ("Seoul and
    Lima issued a joint fact sheet. “...,” it read") given the pair; any other antecedent: as it was.

    >>> t = 'Oslo and Lima issued a joint fact sheet. "We share costs," it read.'
    >>> q = Quote(41, 60, t[41:60], {"attribution": "pronoun", "speaker_name": "Lima",
    ...                              "antecedent": {"start": 9, "end": 13, "exact": "Lima"}})
    >>> _joint_issuers(t, [q])[0].value["speaker_name"]
    'Oslo and Lima'
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        ant = q.value.get("antecedent") or {}
        if q.value.get("attribution") != "pronoun" or not ant or q.value.get("speaker_name") != ant.get("exact"):
            continue
        head = _joint_run_start(text, ant["start"])
        if head is None or _JOINT_ISSUED.match(text, ant["end"]) is None:
            continue
        pair = text[head : ant["end"]]
        out[i] = replace(q, value=q.value | {"speaker_name": pair, "antecedent": {"start": head,
                                                                                  "end": ant["end"], "exact": pair}})
    return out
