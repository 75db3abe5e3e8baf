"""A headline's partial quote whose words the story's opening paragraphs tell as someone's reported speech (speak56b,
issue #9): "Seoul, Washington reaffirm push for 'fair, balanced' pact" over "The Hanul Ministry said on Monday the
two sides want a fair and balanced pact": the headline's words are the ministry's.

The headline quote takes the subject of the speech verb that, earlier in the same body sentence, reports the words
(the words matched as the headline prints them, an "and" read as the comma it replaces). A headline quote whose
words the body never repeats, repeats with no speech verb before them in their sentence or inside a quote of its own
(the rules of quoted carriers read those), or prints as a title in title case stays nobody's.

Called from :func:`analysis.extract.quote_finder._whole_text_passes` after every rule that reads a headline's quote
from a body quote (a quoted carrier is better evidence than reported speech).

>>> from analysis.extract.entities import find_entities
>>> from analysis.extract.quote_finder import find_quotes
>>> t = "Talks aim for 'fair, balanced' pact" + 2 * chr(10) + "The Hanul Ministry said the two sides want a fair and "
>>> t += "balanced pact."
>>> find_quotes(t, [(0, 35), (37, len(t))], find_entities(t))[0].value["speaker_name"]
'Hanul Ministry'
"""

from __future__ import annotations

from analysis import lazyre as re
from analysis.extract.names import REPORTING_VERBS, word_set
from analysis.extract.quote_fallback import _Context
from analysis.extract.quotes import (
    _NAME_GLUE,
    Quote,
    _capitalised_name,
    _Place,
    _subject_before,
    _Who,
)

#: words a reported sentence tells a headline's words with: :data:`REPORTING_VERBS` and "pledged"
ECHO_VERBS = REPORTING_VERBS | word_set("pledged")
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]++(?:['’-][A-Za-z0-9]++){0,3}")
_ECHO_PARAGRAPHS = 3  # body paragraphs after the headline read for the headline's words
_ECHO_CHARS = 1500  # characters at most read of each of those paragraphs (a lede, not a wall of text)
_ECHO_WORDS = 8  # words at most in a headline quote read for its echo
_ECHO_BACK = 300  # characters before the echoed words read for their sentence's speech verb
_ECHO_QUOTES = 4  # headline quotes at most read (the first paragraphs' words are read once for all)
_JOINS = frozenset({"and", "&"})
_DENIALS = frozenset({"not", "never", "no", "nor"})
_SCANT = frozenset({"nothing", "little", "hardly", "scarcely", "barely"})  # "nothing win-win about it": denied
#: words before the echo in its clause that deny what follows ("said it was untrue that ...")
_DENYING = frozenset({"untrue", "false", "denied", "denies"})
#: a paragraph break or a sentence's end (a mark, a space, no lower-case word after) inside a run of echoed words:
#: "costs were steady.<break>Modest gains came" echoes no 'steady, modest' (lead, at finalread56c's finding)
_RUN_BREAK = re.compile(r"\n|[.!?][\"'”’)]?[ \t]++(?![a-z])")
_ARTICLES = frozenset({"a", "an", "the", "its", "their"})
_OWNER_BACK = 40  # characters read on either side of the echoed words for an owner, a naming word or a title noun
#: words that name the echoed words rather than tell them ("the phrase X", "titled X")
_NAMING = frozenset({"phrase", "term", "word", "words", "slogan", "label", "titled", "entitled", "dubbed", "so-called"})
_NAMING_VERBS = frozenset({"calling", "dubbing", "labelling", "labeling", "branding", "terming"})
#: nouns after the echoed words that make them a title ("the fair share act")
_TITLE_NOUNS = frozenset({"act", "bill", "law", "report", "book", "policy", "doctrine", "plan", "initiative"})


def _words(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Return the lower-case words of ``text[lo:hi]`` with their starts, "and" left out (read as a comma).

    >>> _words("Fair and Balanced", 0, 17)
    [('fair', 0), ('balanced', 9)]
    """
    return [(m.group().lower().replace("’", "'"), m.start()) for m in _WORD.finditer(text, lo, hi)
            if m.group().lower() not in _JOINS]


def _echoes(got: list[tuple[str, int]], want: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) spans where the words ``want`` run in a row in the words ``got`` (an "and" between
    them allowed): the first two at most, each with "not"/"never"/"no"/"nothing"/"little"/"hardly" right before it
    left out as a denial.

    >>> t = "They want a fair and balanced pact, not fair, balanced truces."
    >>> g = _words(t, 0, len(t)); _echoes(g, ["fair", "balanced"]), _echoes(g, ["balanced", "fair"])
    ([(12, 29)], [])
    """
    n, out = len(want), []
    for k in range(len(got) - n + 1):
        if got[k][0] == want[0] and [w for w, _ in got[k : k + n]] == want:
            if k == 0 or got[k - 1][0] not in _DENIALS | _SCANT:
                out.append((got[k][1], got[k + n - 1][1] + len(got[k + n - 1][0])))
            if len(out) > 1:
                break
    return out


def _named_as_words(text: str, floor: int, at: int, end: int) -> bool:
    """Return True when the words at ``text[at:end]`` are owned by another or named, not told: a possessive just
    before ("the government's fair deal"), a phrase or title ("the phrase X", "titled X", "the X act"), or a
    naming participle before them in their clause ("calling the demand X").

    >>> t = "Aides said the minister's fair deal and the fair share act and calling it a fair deal failed."
    >>> [_named_as_words(t, 0, t.index(w, k), t.index(w, k) + len(w)) for w, k in [("fair deal", 0),
    ...  ("fair share", 0), ("fair deal", 60)]]
    [True, True, True]
    >>> _named_as_words("Aides said a fair deal was near.", 0, 13, 22)
    False
    """
    before = [w for w, _ in _words(text, max(floor, at - _OWNER_BACK), at)]
    while before and before[-1] in _ARTICLES:
        before.pop()
    after = _words(text, end, end + _OWNER_BACK)[:1]
    owned = bool(before) and (before[-1].endswith(("'s", "s'")) or before[-1] in _NAMING)
    titled = bool(after) and after[0][0] in _TITLE_NOUNS
    return owned or titled or any(w in _NAMING_VERBS for w, _ in _words(text, floor, at))


def _sentence_floor(text: str, lo: int, at: int) -> int:
    """Return the start of the sentence of ``at`` in a paragraph that starts at ``lo`` (a stop and a space before).

    >>> t = "He left. The ministry said so."
    >>> _sentence_floor(t, 0, 20)
    9
    """
    floor = lo
    for stop in ".!?":
        k = text.rfind(stop + " ", max(lo, at - _ECHO_BACK), at)
        floor = max(floor, k + 2 if k >= 0 else lo)
    return floor


def _first_sentence_end(text: str, lo: int, hi: int) -> int:
    """Return where the first sentence of the paragraph ``text[lo:hi]`` ends (its paragraph's end if no stop).

    >>> _first_sentence_end("He left. She came.", 0, 18), _first_sentence_end("He left", 0, 7)
    (8, 7)
    """
    ends = [k for k in (text.find(stop + " ", lo, hi) for stop in ".!?") if k >= 0]
    return min(ends) + 1 if ends else hi


def _reported_by(ctx: _Context, pl: _Place, floor: int, span: tuple[int, int]) -> _Who | None:
    """Return the named subject (a ``_Who``) of the speech verb nearest before the echoed words ``span`` in their
    sentence (from ``floor``), or None when the sentence has no speech verb before the words, denies or names them
    (:func:`_named_as_words`), or its teller carries no name ("Critics said ...": a crowd's own reading)."""
    text, (at, end) = ctx.text, span
    words = _words(text, floor, at)
    if any(w in _DENIALS or w in _SCANT or w in _DENYING for w, _ in words) or (
            _named_as_words(text, floor, at, end)):
        return None  # "said it was not true that ...": the teller denies the words (mendq66)
    for _, start in reversed([(w, s) for w, s in words if w in ECHO_VERBS]):
        who = _subject_before(text, ctx.idx, start, floor, pl.back)
        if who.found:
            return who if who.attribution != "descriptor" or who.name else None
    return None


def headline_echoes(ctx: _Context, out: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``out`` with each headline quote nobody says given the subject of the body's speech verb that tells
    the same words in the story's first paragraphs (module docstring); else it stays as it is.

    >>> from analysis.extract.entities import find_entities
    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = "Talks aim for 'fair, balanced' pact" + 2 * chr(10) + "Critics want a fair and balanced pact."
    >>> find_quotes(t, [(0, 35), (37, len(t))], find_entities(t))[0].value["speaker_name"] is None
    True
    """
    text, paragraphs = ctx.text, ctx.paragraphs
    if len(paragraphs) < 2:
        return out
    body: list[tuple[str, int]] | None = None
    for i, q in enumerate(out[:_ECHO_QUOTES]):
        pl = places[i]
        if pl.pi != 0 or q.value["attribution"] != "none" or _capitalised_name(q.exact, _NAME_GLUE) or (
                ":" in text[pl.ps : pl.qs]):  # "Seoul: '...'": the headline's own label, read by its rules
            continue
        want = [w for w, _ in _words(text, pl.qs, pl.qe)]
        if not 1 <= len(want) <= _ECHO_WORDS or (len(want) == 1 and len(want[0]) < 4):
            continue
        if body is None:  # the first paragraphs' words, read once per text
            leads = paragraphs[1 : _ECHO_PARAGRAPHS + 1]
            body = [w for lo, hi in leads for w in _words(text, lo, min(hi, lo + _ECHO_CHARS))]
        spans = [(a, b) for a, b in _echoes(body, want) if not _RUN_BREAK.search(text, a, b)]  # one sentence's words
        found = [at for at, _ in spans]
        if len(found) != 1 or any(o.start <= found[0] < o.end for o in out) or (
                len(want) == 1 and found[0] >= _first_sentence_end(text, *paragraphs[1])):
            continue  # two tellers or carriers, the words in a body quote (quoted carriers' rules), or one word
            # past the lede's first sentence: nobody
        lo = next(a for a, b in paragraphs if a <= found[0] < b)
        who = _reported_by(ctx, pl, _sentence_floor(text, lo, found[0]), spans[0])
        if who is not None:
            out[i] = ctx.build(pl, q.value["closed"], who)
    return out
