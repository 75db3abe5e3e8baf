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

The first of the quote finder's four modules, each importing only the ones before it: this one holds
:class:`Quote`, the quote spans, and the rules that read a speaker named before the quote (:func:`_before_quote`) or
after it (:func:`_after_quote`), with all they call; :mod:`analysis.extract.quote_rules` (the other rules for one
quote, and the words and helpers the last pass shares) imports it; :mod:`analysis.extract.quote_fallback` (the last
pass, and the text's context that runs a quote through the rules of both and then the fallback) imports both;
:mod:`analysis.extract.quote_finder` (:func:`find_quotes`, the driver, and the passes over the whole text) imports
all three.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import QUOTE_MARK as _MARK
from analysis.extract import windows as win
from analysis.extract.countries import PLACES
from analysis.extract.entities import AGE_NOUN, NATIONALITY
from analysis.extract.entities import Mention as Mention  # the quote finder works with the entity finder's mentions
from analysis.extract.names import (
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
    manner_adverb,
    speaks_after_comma,
    word_set,
)
from analysis.extract.scan import last_match, starts_of, word_trie

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
    # speak57: the phrasal verb of noting ("Analysts pointed out that Bo is “a bluffer”"), only with "out"
    r"|pointed out|points out|pointing out"
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
# hist58s: "as <participle of saying> by" names its agent as "according to" does ("“...,” as stated by the
# ministry"; "as described by the agency"), never a participle of doing ("as approved by", "as requested by")
_AS_BY_PARTICIPLES = ("stated", "described", "noted", "put", "phrased", "worded", "termed", "declared", "expressed",
                      "characterized", "characterised", "announced", "outlined", "written")
_ACCORDING = re.compile(
    r"[AaIi](?<!\w.)(?:(?<=[Aa])(?i:ccording\s+to|s[ \t]{1,3}(?:" + "|".join(_AS_BY_PARTICIPLES)
    + r")[ \t]{1,3}by)|(?<=[Ii])(?i:n\s+the\s+words\s+of))\b")
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
# together, named by the phrase itself, never one body named before (speak57). Typed by hand: the plurals of six of
# ``_BODY_NOUNS`` below (ministry, government, department, agency, embassy, delegation), the bodies news copy names
# in the plural as one speaker.
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
# The prepositions that govern a plural body's phrase ("talks between the ministries", "a row among the
# governments"): such a phrase is no subject (``_plural_bodies``, speak57)
_GOVERNING_PREPOSITIONS = _PREPOSITIONS | word_set("between among amongst into over under within across")
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


def joined_at_carries(text: str, paragraphs: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """Return ``paragraphs`` with a paragraph joined to the one before when a single line break (no blank line) parts
    them, the one before leaves its last quote open and this one closes it with no opening mark: news copy opens each
    paragraph of a quotation again, so a line that closes a quote it never opened goes on its line before's paragraph.
    A body pasted one line a paragraph so reads a quote broken over two lines as the paragraph it was (fix58s).

    >>> t = 'Bo said: "We pay.\\nWe stay," he added.\\n"No."'
    >>> joined_at_carries(t, [(0, 17), (18, 38), (39, 44)])
    [(0, 38), (39, 44)]
    >>> t = 'Bo said: "We pay.\\n\\nWe stay," he added.'
    >>> joined_at_carries(t, [(0, 17), (19, 39)])
    [(0, 17), (19, 39)]

    A joined paragraph is not joined again (each line is paired once, so the time stays linear on a run of lines that
    each close one quote and open the next):

    >>> t = 'Bo said: "a\\nb," he said, "c\\nd," she said.'
    >>> joined_at_carries(t, [(0, 11), (12, 27), (28, 42)])
    [(0, 27), (28, 42)]
    """
    out: list[tuple[int, int]] = []
    joined = False  # whether ``out[-1]`` is already a join: never joined again, so each line is paired once (linear)
    for ps, pe in paragraphs:
        if out and not joined and text.count("\n", out[-1][1], ps) == 1 and _closing_first(text, ps, pe) > ps and (
                (left := _pairs(text, *out[-1])) and not left[-1].closed):  # fmt: skip
            out[-1], joined = (out[-1][0], pe), True
        else:
            out.append((ps, pe))
            joined = False
    return out if len(out) < len(paragraphs) else paragraphs


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

    def first_in(self, start: int, end: int) -> Mention | None:
        """The first mention starting in ``[start, end)``, else None (``first_between``'s first, no list made).

        >>> idx = _Index([Mention(4, 6, "Bo", "person", {}), Mention(10, 12, "Al", "person", {})])
        >>> idx.first_in(3, 11).exact, idx.first_in(5, 10)
        ('Bo', None)
        """
        i = bisect.bisect_left(self.starts, start)
        return self.ms[i] if i < len(self.ms) and self.ms[i].start < end else None

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
    >>> _plural_bodies("the two governments".split()), _plural_bodies("the 12 member governments".split())
    (True, True)
    >>> _plural_bodies("talks between the two ministries,".split()), _plural_bodies("Hanul ministries".split())
    (False, False)
    """
    if not window or window[-1].lower() not in _PLURAL_BODIES:
        return False
    k = next((k for k in range(len(window) - 2, max(-1, len(window) - 6), -1) if window[k].lower() == "the"), None)
    if k is None or not all((w.islower() and w.isalpha()) or w.isdigit() for w in window[k + 1 : -1]):
        return False
    return k == 0 or window[k - 1].lower().rstrip(",") not in _GOVERNING_PREPOSITIONS or window[k - 1].endswith(",")


def _bodies_name(phrase: str, head: str) -> str | None:
    """Return the name a plural body's phrase gives its speakers, else None (a side is named by its words, speak57):
    after a quote without its article ("the two ministries": "two ministries", as the descriptor rule names a body),
    at a sentence's start as written ("The two governments", as the subject rule names it).

    >>> _bodies_name("the two ministries", "ministries"), _bodies_name("The two ministries", "ministries")
    ('two ministries', 'The two ministries')
    >>> _bodies_name("the U.S. side", "side") is None
    True
    """
    if head not in _PLURAL_BODIES:
        return None
    return phrase if phrase[:1].isupper() else _without_article(phrase)


def _org_reference(text: str, idx: _Index, verb_start: int, floor: int, back: int) -> _Who:
    """Return an organisation named earlier that "the ministry" / "the statement" before a verb refers to (``floor``
    bounds the phrase, the sentence start; ``back`` how far back the organisation may be named).

    >>> _org_reference("Hanul's trade ministry met. The ministry said", _Index([]), 41, 28, 0).name
    "Hanul's trade ministry"
    """
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
    if head in _SPOKES and mods and all(w[:1].isupper() for w in mods):  # "the Pentagon spokesman": a person
        return _body_spokesperson(text, idx, mods, head, _Who("descriptor", None, p_start, p_start + len(phrase)), back)
    orgs = [m for m in idx.ending_before(p_start, back, _LOOK_BACK) if _is_speaker(m) and m.kind != "person"]
    bodies = [m for m in orgs if m.kind == "org"]  # "the ministry" is not "Washington" of the sentence before
    chosen = next((m for m in orgs if head in m.value.get("name", "").lower()), None)
    if chosen is None and head in _BODY_NOUNS:
        # "the U.S. military said": that body; "the ministry said": the one an earlier phrase named, not one between
        proper = any(w[:1].isupper() for w in window[det + 1 : -1])  # not "the presidential office"
        named = phrase if proper else _earlier_or_own(text, head, back, p_start, phrase, window[det + 1 : -1])
        if named:
            return _Who("descriptor", None, p_start, p_start + len(phrase), name=_without_article(named))
    if chosen is None and head in _ISSUED and (body := _issuing_body(text, head, back, p_start)) is not None:
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=body)  # "the statement read": its body
    if chosen is None and (head in _ISSUED or head in _DOCUMENTS or head in _WRITINGS):  # qfix50: "the readout"
        return _document_speaker(text, orgs, head, back, p_start, phrase, idx)
    if chosen is None and head in _CIVIC_BODIES:  # "the union said": a union, not the assembly named in between
        named = _earlier_body(text, head, back, p_start)  # "the Hanul Workers Union ... the union said"
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=_without_article(named or phrase))
    if chosen is None and head in _OUTLET_NOUNS and (outlet := _earlier_outlet(text, back, p_start, orgs)) is not None:
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=outlet)  # "the newspaper said"
    if chosen is None and _proper_name_words(window[det + 1 :]):  # "The Hanul Daily reported": that daily itself
        return _Who("descriptor", None, p_start, p_start + len(phrase))
    if chosen is None and (_named_side(window[det + 1 :]) or head in _PLURAL_BODIES):  # "the U.S. side mentioned":
        return _Who("descriptor", None, p_start, p_start + len(phrase), name=_bodies_name(phrase, head))  # that side
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
    sent = _last_sentence_start(text, max(floor, _rfind(text, "\n", floor, verb_start) + 1), verb_start)
    comma = text.find(",", sent, min(verb_start, sent + win.LAST_SENTENCE_BACK))  # lin59: no farther than the
    owner = idx.first_in(comma, verb_start) if comma >= 0 else None  # opening's own comma (_owned_body_opening)
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
    par = text.rfind("\n\n", max(floor, verb_start - win.POSSESSED_BACK - 2), verb_start)  # lin59: no farther
    par = par + 2 if par >= 0 else floor  # a paragraph opens a clause too (one that ends before the window: as none)
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
_POSTMOD_PREPS = word_set("at for from with")  # not "of": "one employee of the base" is the employee


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


_DOCUMENTS = word_set("statement release communique communiqué readout declaration report letter memo fact-sheet "
                       "draft document memorandum directive")


_SUBJECT_DOCUMENTS = _DOCUMENTS | word_set("note sheet summary")  # "A joint note/summary ... states", "fact sheet"


_PRONOUN_SUBJECT = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?P<v>[a-z]+)\b")


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


# Participles of promoting words as one's own, bare or after "much-", "oft-" ("Lima's oft-vaunted “...”",
# "Bo's vaunted “...”"): the owner's words; not of judging them ("much-criticized": others' view of the owner's act)
# (the five shared with ``_TOUTED``, whose agent after "by" also owns the words, held once in ``_PROMOTING``)
_PROMOTING = word_set("touted trumpeted advertised proclaimed championed")
_PROMOTED = _PROMOTING | word_set("heralded vaunted hyped publicized publicised")
_PROMOTED_PREFIXES = ("much-", "oft-", "often-", "widely-", "long-", "highly-", "much–")
# "promoted" is also a job's ("Bo's newly promoted “chief of staff”"): promoting words only after "much-", "oft-"
_PROMOTED_ONLY_AFTER = ("much-", "oft-", "often-", "much–")


def _promoted(words: list[str], j: int) -> bool:
    """Return whether ``words[j]`` is a participle of promoting (_PROMOTED), bare or hyphened after "much-"/"oft-",
    or "much" before one ("Lima's much touted"): the possessor's words follow (speak57).

    >>> [_promoted(w, 1) for w in (["x", "much-heralded"], ["x", "vaunted"], ["x", "much", "touted"], ["x", "much"])]
    [True, True, True, False]
    >>> _promoted(["x", "much-criticized"], 1), _promoted(["x", "so-heralded"], 1)
    (False, False)
    >>> _promoted(["x", "oft-promoted"], 1), _promoted(["x", "promoted"], 1), _promoted(["x", "long-promoted"], 1)
    (True, False, False)
    """
    w = words[j].lower()
    if w.endswith("promoted"):
        return any(w == prefix + "promoted" for prefix in _PROMOTED_ONLY_AFTER)
    if w == "much":
        return j + 1 < len(words) and words[j + 1].lower() in _PROMOTED
    for prefix in _PROMOTED_PREFIXES:
        w = w.removeprefix(prefix)
    return w in _PROMOTED


_POSSESSIVE_HINT = re.compile(r"[Hh][Ii][Ss]|[Hh][Ee][Rr]|['’]s")


# nouns of another's words (each also as its plural): an owned claim's ("His critics' charge that ...", _GROUP_CLAIM)
# and a charged quote's ("attacked the “free riding” claim", _CHARGED_WORDS_NOUNS)
_CHARGE_NOUNS = ("claim", "charge", "accusation", "allegation", "assertion")
# xs59: an unnamed owner's claim whose clause holds the quote ("His critics' charge that he is “too cautious”")
_GROUP_CLAIM = re.compile(
    r"\b(?P<g>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts)[ \t]{1,3}+[a-z]{3,20}(?:s['’]|['’]s))"
    rf"[ \t]{{1,3}}+(?:{'|'.join(w + 's?' for w in _CHARGE_NOUNS)}|complaints?|contention|insistence)"
    r"[ \t]{1,3}+that\b[^“”\".;:!?\n]{0,120}+\Z")
_GROUP_CLAIM_BACK = 200  # characters before a quote read for an owned claim's opening


def _owned_claim_holder(text: str, pl: _Place) -> _Who:
    """Return the unnamed owner of a claim whose "that" clause holds the partial quote ("His critics' charge that he
    is “too cautious”": his critics; "The unions' claim that she was “out of touch”"), as a descriptor without the
    possessive mark; else nobody. The clause's subject is the one spoken of, not the speaker (xs59).

    >>> t = "Bo won. His critics' charge that he is “too cautious” was dropped."
    >>> _owned_claim_holder(t, _Place(t.index("“"), t.index("”") + 1, 0, len(t), 0, 8, 0)).name
    'His critics'
    >>> t = "Bo won. His charge that she is “too cautious” was dropped."
    >>> _owned_claim_holder(t, _Place(t.index("“"), t.index("”") + 1, 0, len(t), 0, 8, 0)).found
    False
    """
    m = _GROUP_CLAIM.search(text, max(pl.sent_start, pl.qs - _GROUP_CLAIM_BACK), pl.qs)
    if m is None:
        return _NOBODY
    owner = m["g"].removesuffix("'s").removesuffix("’s").rstrip("'’")
    return _Who("descriptor", None, m.start("g"), m.start("g") + len(owner), name=owner)


def _possessor(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2c: the owner of the words just before a partial quote ("Jo Bell's calls “to ...”", "his so-called “...”").

    >>> t = "It fits Jo Bell's calls “to act”."
    >>> _possessor(t, _Index([Mention(8, 15, "Jo Bell", "person", {})]), _Place(24, 32, 0, 33, 0, 0, 0)).start
    8
    >>> t = "Al Roe called Jo Bell's demand “excessive”."
    >>> _possessor(t, _Index([Mention(14, 21, "Jo Bell", "person", {})]), _Place(31, 42, 0, 43, 0, 0, 0)).found
    False
    """
    if (owner := _owned_claim_holder(text, pl)).found:
        return owner  # "His critics' charge that he is “too cautious”": his critics (xs59)
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
    if verb < pl.qe or _blank(text, pl.sent_start, pl.qs) or text[pl.qe - 2] in ",.!?;:" or \
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
    if am.group("pre").split()[:1] in _COORDINATED and not _blank(text, pl.sent_start, pl.qs):
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


# xs59: "quoted Minister Bo (on Monday):" right before the quote's opening mark: the one quoted speaks
_QUOTED_VERB = re.compile(r"(?:quoted|quoting|quotes)[ \t]{1,3}+")
_QUOTED_COLON = re.compile(r"(?:,[^,:;“”\"\n]{1,60}+,)?(?:[ \t]{1,3}+(?:on|in|at|last|this)[ \t]{1,3}+[A-Za-z]{2,12}+)?"
                           r"[ \t]{0,3}+:[ \t\n]{0,3}+[“\"]")


def _quoted_colon(text: str, idx: _Index, verb_start: int) -> _Who:
    """Return the person "quoted" names right before a colon and the quote ("The daily quoted Minister Bo Kim: “...”",
    "quoted a senior official on Monday: “...”"): the one quoted, not the outlet; else nobody (xs59).

    >>> t = "The daily quoted Minister Bo Kim: “No.” The daily quoted from a report: “No.”"
    >>> _quoted_colon(t, _Index([Mention(26, 32, "Bo Kim", "person", {})]), 10).start
    26
    >>> _quoted_colon(t, _Index([]), t.index("quoted from")).found
    False
    """
    verb = _QUOTED_VERB.match(text, verb_start)
    if verb is None:
        return _NOBODY
    lo = verb.end()
    m = idx.first_in(lo, lo + win.SUBJECT_AFTER)
    if m is not None and _is_speaker(m) and m.kind == "person" and (m.start == lo or _title_gap(text, lo, m.start)) \
            and _QUOTED_COLON.match(text, m.end):
        return _named(m)  # past the title ("quoted Minister Bo Kim:")
    one = _indefinite_phrase(text, lo, min(len(text), lo + win.SUBJECT_AFTER))
    return one if one.found and _QUOTED_COLON.match(text, one.end) else _NOBODY


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
    if (colon := _quoted_colon(text, idx, verb_start)).found:
        return colon  # "The daily quoted Minister Bo: “...”": the one quoted (xs59)
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


_BY = re.compile(r"[\s,]{0,3}by\s++")


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
# words that may follow the relative's verb when it has no object of its own ("that Bo demanded last year")
_NO_OBJECT_AFTER = word_set("last this earlier again ago too then and but or as when while")
_RELATIVE_TITLE = frozenset(["former", "then", "the", "of"])


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


_STOPS_LOOKED_AT = 8  # ". " looked at from a paragraph's end for its last sentence's start
_INDEXED_FROM = 1_000  # lin59: a read back longer than this bisects the text's stops (found once a text) instead


def _rfind(text: str, mark: str, lo: int, hi: int) -> int:
    """Return ``text.rfind(mark, lo, hi)`` (``mark`` one that cannot overlap itself: ". ", a line break); a read back
    over ``_INDEXED_FROM`` characters bisects where the text's marks start (:func:`starts_of`, found once a text)
    instead, so that a long paragraph with no sentence end is not read again at each speech verb (lin59).

    >>> t = "It rained. Bo came. U.S. pay." + " a" * 600 + "."
    >>> [_rfind(t, ". ", 0, hi) == t.rfind(". ", 0, hi) for hi in (5, 21, 22, len(t))]
    [True, True, True, True]
    >>> _rfind(t, ". ", 0, len(t)), _rfind(t, ". ", 29, len(t)), _rfind(t, chr(10), 0, len(t))
    (28, -1, -1)
    """
    if lo < 0 or hi - lo <= _INDEXED_FROM:
        return text.rfind(mark, lo, hi)
    starts = starts_of(text, mark)
    k = bisect.bisect_right(starts, min(hi, len(text)) - len(mark)) - 1
    return starts[k] if k >= 0 and starts[k] >= lo else -1


def _blank(text: str, lo: int, hi: int) -> bool:
    """Return ``not text[lo:hi].strip()``, reading no further than its first character that is no blank (a window
    doubled from ``lo``: lin59, a long sentence is not copied whole to learn it holds a word).

    >>> t = "  " + "x " * 3000
    >>> _blank(t, 0, 2), _blank(t, 0, len(t)), _blank(t, 5, 5), _blank("   ", 0, 3)
    (True, False, True, True)
    """
    step = 64
    while lo < hi:
        end = min(hi, lo + step)
        if text[lo:end].strip():
            return False
        lo, step = end, step * 2
    return True


def _last_sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence of ``text[lo:hi]`` starts: after the last ". " whose word is no initialism or
    title ("U.S. dollars", "Mr. Bo" end no sentence), else ``lo``.

    >>> t = "It rained. Bo said Seoul pays 9 U.S. dollars a day."
    >>> t[_last_sentence_start(t, 0, len(t)):]
    'Bo said Seoul pays 9 U.S. dollars a day.'
    """
    end = hi - 2
    for _ in range(_STOPS_LOOKED_AT):
        stop = _rfind(text, ". ", lo, end)
        if stop < 0:
            return lo
        word = text[max(lo, stop - 12) : stop + 1].split()[-1]
        if not (_INITIALS.fullmatch(word) or word in TITLES):
            return stop + 2
        end = stop
    return lo


_BACK_NOUNS = word_set(
    "president leader candidate minister secretary ambassador envoy negotiator general commander lawmaker chief "
    "legislator diplomat professor spokesman spokeswoman spokesperson analyst expert scholar researcher economist "
    "official senator congressman congresswoman admiral governor academic adviser advisor aide "
    "chairman chairwoman"  # "House Armed Services Committee Chairman Jo Bell ... the chairman said" (qrole52)
    " nominee"  # "Jo Bell, the Democratic nominee ... The nominee said" (speak54)
    " colonel"  # "Col. Jo Bell ... the colonel said" (speak56)
)
_HELD_ONLY = word_set("spokesman spokeswoman spokesperson analyst expert scholar researcher economist official adviser "
                      "advisor aide academic")
# The offices a title's abbreviation before a name gives ("Gen. Jo Bell ... the general said").
_TITLE_OFFICES = {
    "gen.": ("general", "commander"), "adm.": ("admiral", "commander"), "gov.": ("governor",), "col.": ("colonel",),
    "rep.": ("lawmaker", "legislator", "congressman", "congresswoman"),
    "sen.": ("senator", "lawmaker", "legislator"), "amb.": ("ambassador", "envoy"), "prof.": ("professor",),
    "congressman": ("lawmaker", "legislator"), "congresswoman": ("lawmaker", "legislator"),
    "senator": ("lawmaker", "legislator"), "representative": ("lawmaker", "legislator"),
}


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
    if title and (of := _of_country(text, idx, first["end"])):
        return of  # hist58s: "President Jo Bell of Chile"
    lo = first["start"] - win.TITLE_BACK - len(" ".join(title))  # the title's owner, then an appositive's
    owner = _possessive_place(text, idx, max(0, lo), first["start"]) if len(title) < len(before) else None
    return owner or (_possessive_place(text, idx, first["end"], first["end"] + win.POSSESSIVE_PLACE) if role else None)


def _of_country(text: str, idx: _Index, end: int) -> str | None:
    """Return the country of a place named right after "of" after a titled name ending at ``end`` ("President Jo Bell
    of Chile": CL), not a possessive's ("of Chile's opposition" is a party's); else None.

    >>> t = "President Jo Bell of Chile met Al Roe of the Chilean Institute."
    >>> idx = _Index([Mention(21, 26, "Chile", "place", {"country": "CL"})])
    >>> _of_country(t, idx, 17), _of_country(t, idx, t.index(" of the")), _of_country(t, _Index([]), 17)
    ('CL', None, 'CL')
    >>> _of_country("Jo Bell of Chile's senate", _Index([]), 7), _of_country("Jo Bell of Tamsk", _Index([]), 7)
    (None, None)
    """
    if not text.startswith(_OF, end):
        return None
    at = end + len(_OF)
    place = idx.starting_at(at, at)
    if place is not None and place.kind == "place":
        return None if text.startswith(("'s", "’s"), place.end) else place.value.get("country")
    caps = _OF_PLACE_WORDS.match(text, at)  # a country the entity finder does not tag ("of Chile")
    words = caps.group().split() if caps else []
    for n in range(len(words), 0, -1):  # the longest run of capitalised words that names a country
        if (code := PLACES.get(" ".join(words[:n]).upper())) is not None:
            after = at + len(" ".join(words[:n]))
            return None if text.startswith(("'s", "’s"), after) else code
    return None


_OF = " of "
_OF_PLACE_WORDS = re.compile(r"[A-Z][a-z]{1,20}+(?:[ ][A-Z][a-z]{1,20}+){0,2}")


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
_GROUP_MODIFIERS = 3  # the most words between "of the" and the group: "the chief of the South Korean delegation"


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
# Words before a list that open its clause (it is their clause's subject): subordinators, "that", coordinators.
_CLAUSE_OPENERS = (_NOT_SUBJECT_BEFORE - _PREPOSITIONS) | word_set("and but or nor yet so as if where whether both")
# Capitalised words opening a sentence that make the name after them an object ("Besides Jo Bell, ...").
_OPENING_PREPOSITIONS = _PREPOSITIONS | _PLACE_PREPOSITIONS | word_set("unlike like despite except including beyond")
_OPENING_TITLE_WORDS = 3  # words read back from a name for a capitalised preposition before its titles
_NOT_PARTICIPLES = word_set("morning evening spring thing nothing something anything everything king")  # nouns


_TITLE_GLUE_LOWER = frozenset(["former", "then", "his", "her", "their", "its", "counterpart", "acting"])


_FEMALE_TITLES = ("Ms. ", "Mrs. ", "Madam ", "Madame ", "Miss ")
_MALE_TITLES = ("Mr. ",)


# hist58s: a title in "-woman" right before a name ("Congresswoman Jo Bell", "chairwoman Jo Bell") gives her gender
# as "Ms." does; a title in "-man" gives none (a woman may be a "Chairman")
_WOMAN_TITLE_BACK = 24


def _woman_titled(text: str, start: int) -> bool:
    """Return whether the word right before the name at ``start`` is a title in "-woman".

    >>> t = "Congresswoman Jo Bell met Chairman Al Roe"
    >>> _woman_titled(t, t.index("Jo")), _woman_titled(t, t.index("Al")), _woman_titled("Jo", 0)
    (True, False, False)
    """
    before = text[max(0, start - _WOMAN_TITLE_BACK) : start]
    if not before.endswith(" "):
        return False
    word = before.split()[-1:]
    return bool(word) and word[0].isalpha() and word[0].lower().endswith("woman")


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
        return not before.endswith(_FEMALE_TITLES) and not _woman_titled(text, start) and (
            end is None or _gender_past_aside(text, start, end) != "she")
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


# A writer's label (label57): a short quote the text names with no one named as the namer, or uses as a noun inside
# the writer's own noun phrase; nobody's words (the Conventions' label practice).
_LABEL_ARTICLES = word_set("a an the")


_LABEL_PREPOSITIONS = word_set("after before since following during despite until")  # of an event: "after the"


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


def _role_words(m: Mention) -> list[str]:
    """Return the lower-case words of a person's role and title ("the U.S. envoy", "President").

    >>> _role_words(Mention(0, 9, "President Jo Bell", "person", {"role": "the envoy", "title": "President"}))
    ['the', 'envoy', 'president']
    """
    return f"{m.value.get('role') or ''} {m.value.get('title') or ''}".lower().replace(",", " ").split()


# --- words and helpers this module's rules share with the last pass (analysis/extract/quote_fallback.py) --------
# Sentence ends, the fallback's speech verbs, copulas, possessives, a phrase's or a proper name's subject, the people
# spoken to or of, a document's issuer: read by rules above and by quote_fallback, which imports them from here.

_ABBREVIATIONS = word_set("Jr Sr Gen Lt Col Sgt Dr Mr Mrs Ms Rep Sen Gov Adm Maj Capt Prof St")


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


_PHRASE_DETERMINERS = frozenset(["the", "a", "an", "one", "its", "their"])


_COPULAS = frozenset(["is", "was", "are", "were", "be", "being"])


def _trailing_words(words: list[str]) -> int:
    """Return how many of ``words`` at their end are auxiliaries or manner adverbs ("has", "flatly"), as
    :func:`_phrase_words` drops them.

    >>> _trailing_words("the group has flatly".split()), _trailing_words(["has"]), _trailing_words([])
    (2, 1, 0)
    """
    k = len(words)
    while k and (words[k - 1].lower() in _AUXILIARIES or manner_adverb(words[k - 1])):
        k -= 1  # "the group has said", "the group flatly said"
    return len(words) - k


_PHRASE_TAIL_FIRST = 8  # words split off a phrase's end first to find its trailing auxiliaries (doubled while all are)


def _phrase_words(phrase: str) -> list[str]:
    """Return the words of ``phrase`` without the auxiliaries and manner adverbs it ends on, when at most
    win.PHRASE_WORDS are left; else more than that (lin59: a long sentence is split from its end only as far as the
    verb's subject can reach, not whole at each speech verb).

    >>> _phrase_words("the civic group has flatly"), len(_phrase_words("a b c d e f g h has")) > 5
    (['the', 'civic', 'group'], True)
    """
    most = _PHRASE_TAIL_FIRST
    while True:  # the words it ends on to drop, then the phrase's own up to one more than it may hold
        tail = phrase.rsplit(maxsplit=most)
        dropped = _trailing_words(tail[1:] if len(tail) > most else tail)
        if len(tail) <= most or dropped < most:
            break
        most *= 2
    words = phrase.rsplit(maxsplit=dropped + win.PHRASE_WORDS)
    return words[: len(words) - dropped]


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
    words = _phrase_words(text[lo:hi].strip(" \t,"))
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
_ISSUING_VERBS = word_set("passed signed issued adopted released sent published drafted approved submitted "
                          "wrote authored penned")  # xs59: the writer too


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
