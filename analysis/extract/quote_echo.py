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
from analysis.extract.names import SPEECH_VERBS, word_set
from analysis.extract.quote_fallback import _Context
from analysis.extract.quotes import (
    _NAME_GLUE,
    Quote,
    _capitalised_name,
    _Place,
    _subject_before,
    _Who,
)

#: words a reported sentence tells a headline's words with, besides :data:`SPEECH_VERBS`
ECHO_VERBS = SPEECH_VERBS | word_set("confirmed confirms called calls described describes reaffirmed reaffirms pledged")
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]++(?:['’-][A-Za-z0-9]++){0,3}")
_ECHO_PARAGRAPHS = 3  # body paragraphs after the headline read for the headline's words
_ECHO_WORDS = 8  # words at most in a headline quote read for its echo
_ECHO_BACK = 300  # characters before the echoed words read for their sentence's speech verb
_ECHO_QUOTES = 4  # headline quotes at most read (each reads the first paragraphs once)
_JOINS = frozenset({"and", "&"})
_DENIALS = frozenset({"not", "never", "no", "nor"})


def _words(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Return the lower-case words of ``text[lo:hi]`` with their starts, "and" left out (read as a comma).

    >>> _words("Fair and Balanced", 0, 17)
    [('fair', 0), ('balanced', 9)]
    """
    return [(m.group().lower().replace("’", "'"), m.start()) for m in _WORD.finditer(text, lo, hi)
            if m.group().lower() not in _JOINS]


def _echoes(text: str, want: list[str], lo: int, hi: int) -> list[int]:
    """Return where the words ``want`` run in a row in ``text[lo:hi]`` (an "and" between them allowed): the first two
    at most, each with "not"/"never"/"no" right before it left out as a denial of the words.

    >>> t = "They want a fair and balanced pact, not fair, balanced truces."
    >>> _echoes(t, ["fair", "balanced"], 0, len(t)), _echoes(t, ["balanced", "fair"], 0, len(t))
    ([12], [])
    """
    got = _words(text, lo, hi)
    n, out = len(want), []
    for k in range(len(got) - n + 1):
        if got[k][0] == want[0] and [w for w, _ in got[k : k + n]] == want:
            if k == 0 or got[k - 1][0] not in _DENIALS:
                out.append(got[k][1])
            if len(out) > 1:
                break
    return out


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


def _reported_by(ctx: _Context, pl: _Place, floor: int, at: int) -> _Who | None:
    """Return the subject (a ``_Who``) of the speech verb nearest before ``at`` in its sentence (from ``floor``),
    or None when the sentence has no speech verb before the words or the verb has no subject."""
    text = ctx.text
    verbs = [(w, s) for w, s in _words(text, floor, at) if w in ECHO_VERBS]
    if any(w in _DENIALS or w in {"untrue", "false", "denied", "denies"} for w, _ in _words(text, floor, at)):
        return None  # "said it was not true that ...": the teller denies the words (mendq66)
    for _, start in reversed(verbs):
        who = _subject_before(text, ctx.idx, start, floor, pl.back)
        if who.found:
            return who
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
    for i, q in enumerate(out[:_ECHO_QUOTES]):
        pl = places[i]
        if pl.pi != 0 or q.value["attribution"] != "none" or _capitalised_name(q.exact, _NAME_GLUE) or (
                ":" in text[pl.ps : pl.qs]):  # "Seoul: '...'": the headline's own label, read by its rules
            continue
        want = [w for w, _ in _words(text, pl.qs, pl.qe)]
        if not 1 <= len(want) <= _ECHO_WORDS or (len(want) == 1 and len(want[0]) < 4):
            continue
        found = [at for lo, hi in paragraphs[1 : _ECHO_PARAGRAPHS + 1] for at in _echoes(text, want, lo, hi)][:2]
        if len(found) != 1 or any(o.start <= found[0] < o.end for o in out):
            continue  # two tellers or carriers, or the words in a body quote (quoted carriers' rules): nobody
        lo = next(a for a, b in paragraphs if a <= found[0] < b)
        who = _reported_by(ctx, pl, _sentence_floor(text, lo, found[0]), found[0])
        if who is not None:
            out[i] = ctx.build(pl, q.value["closed"], who)
    return out
