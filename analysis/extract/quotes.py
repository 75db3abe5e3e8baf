"""Find quotations and who said them: a name or description beside a speech verb, a pronoun
resolved to its nearest antecedent, a colon-introduced or continued quote, or nobody.

``value``: ``speaker`` (entity id or None), ``speaker_text`` (the words naming the speaker, e.g.
"Esper", "he", "A South Korean lawmaker"; None), ``speaker_start``/``speaker_end``, ``attribution``
("named", "descriptor", "pronoun", "colon", "continuation", "according_to" or "none"),
``antecedent`` (for a pronoun: ``{"start", "end", "exact"}`` of the person it points back to),
``candidates`` (possible speakers' entity ids), ``voice`` (country the quote speaks for, from its
own words, e.g. "KP" for "DPRK ... us"; None) and ``form`` ("full": a sentence or more on its
own; "partial": words quoted inside a sentence; "scare": fewer than four words).

>>> from analysis.extract.entities import find_entities
>>> t = 'Esper said the South should "pay more". "We will see," he said.'
>>> [(q.exact, q.value["speaker"], q.value["attribution"]) for q in find_quotes(t, [(0, len(t))], find_entities(t))]
[('"pay more"', 'mark-esper', 'named'), ('"We will see,"', 'mark-esper', 'pronoun')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.extract.scan import word_trie

__all__ = ["Quote", "find_quotes", "voice_of"]

Mention = tuple[int, int, str, str, dict[str, Any]]

_MARK = re.compile(r'["“”]')
_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|asked|asks|warned|warns|urged|wrote|writes|noted|notes|insisted"
    r"|declared|argued|explained|stressed|stresses|claimed|claims|tweeted|replied|responded|continued|cautioned"
    r"|announced|acknowledged|conceded|suggested|saying|complained|recalled|predicted|vowed|promised|threatened"
    r"|charged|lamented|observed|remarked|commented|emphasized|emphasised|quipped|added|insists|demanded"
)
_AFTER = re.compile(rf"[\s,;:.!?—–-]*(?P<pre>[^\"“”.!?]{{0,60}}?)\b(?P<verb>{_VERBS})\b", re.IGNORECASE)
# Searched before every quote: a case-sensitive trie of said/Said/SAID ... starting with a literal, which
# ``re`` skips to (an IGNORECASE alternation tries every verb at every character: 10x slower).
_VERBS_CASED = word_trie((f(v) for v in _VERBS.split("|") for f in (str, str.capitalize, str.upper)), r"(?<!\w.)")
_BEFORE_VERB = re.compile(rf"(?P<verb>{_VERBS_CASED})\b(?P<post>[^\"“”.!?]{{0,80}}?)(?P<colon>:)?\s*\Z")
_ACCORDING = re.compile(r"[Aa](?<!\w.)(?i:ccording\s+to\s+\Z|ccording\s+to\b)")  # starts with a set: fast
_FILLER = re.compile(
    r"[\s,]*(?:(?:\w+ly|also|then|later|again|has|had|have|previously|once|on\s+\w+|last\s+\w+|in\s+a\s+statement)"
    r"[\s,]+)*\Z"
)
_PRONOUN_BEFORE = re.compile(r"\b(?P<p>he|she|He|She)[\s,]+(?:(?:\w+ly|also|then|later|again|has|had)\s+)*\Z")
_PRONOUN_AFTER = re.compile(r"\s+(?P<p>he|she)\b")
_WORD = re.compile(r"[\w'’-]+")
# Words in a quote that show whose voice it is. North Korean statements call their state "the DPRK"
# and write "south Korea" in lower case; with a first person ("we", "us", "our") they speak for it.
_VOICE = [
    (re.compile(r"\bDPRK\b|\bsouth Korea|\bour Republic\b|\bU\.S\. imperialists\b"), "KP"),
]
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|We|Our)\b")
_SPEAKER_KINDS = {"person", "org"}


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


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Return (open, close_end, closed) quote stretches in a paragraph; an unclosed one runs to ``end``."""
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in _MARK.finditer(text, start, end):
        ch = m.group()
        if open_at is None:
            if ch != "”":
                open_at = m.start()
        elif ch != "“":
            out.append((open_at, m.end(), True))
            open_at = None
    if open_at is not None and end - open_at > 1:
        out.append((open_at, end, False))
    return out


class _Index:
    """Mentions sorted by start, with bisect look-ups (no scans over the whole text)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.ms = sorted(mentions, key=lambda m: m[0])
        self.starts = [m[0] for m in self.ms]
        self.ends = [m[1] for m in self.ms]

    def ending_before(self, pos: int, floor: int) -> list[Mention]:
        """Mentions ending at or before ``pos`` and starting at or after ``floor``, nearest first."""
        i = bisect.bisect_right(self.starts, pos)
        out = []
        for j in range(i - 1, -1, -1):
            m = self.ms[j]
            if m[0] < floor:
                break
            if m[1] <= pos:
                out.append(m)
        return out

    def starting_at(self, pos: int, limit: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.ms[i] if i < len(self.ms) and self.ms[i][0] <= limit else None


def _is_speaker(m: Mention) -> bool:
    return m[3] in _SPEAKER_KINDS or (m[3] == "place" and bool(m[4].get("metonym_for")))


def _speaker_id(m: Mention) -> str | None:
    v = m[4]
    return v.get("metonym_for") if m[3] == "place" else v.get("id")


def _subject_before(text: str, idx: _Index, verb_start: int, floor: int) -> tuple[str, Mention | None, int, int]:
    """Return (attribution, mention, start, end) of the subject just before a speech verb."""
    for m in idx.ending_before(verb_start, max(floor, verb_start - 120)):
        if _is_speaker(m) and _FILLER.fullmatch(text, m[1], verb_start):
            return ("descriptor" if m[4].get("descriptor") else "named"), m, m[0], m[1]
        break
    p = _PRONOUN_BEFORE.search(text, max(floor, verb_start - 40), verb_start)
    if p:
        return "pronoun", None, p.start("p"), p.end("p")
    return "none", None, -1, -1


def _subject_after(text: str, idx: _Index, verb_end: int, limit: int) -> tuple[str, Mention | None, int, int]:
    """Return the subject right after a speech verb ("said Esper", "said a spokesman")."""
    gap = re.compile(r"[\s,]*").match(text, verb_end)
    pos = gap.end() if gap else verb_end
    m = idx.starting_at(pos, min(limit, pos))
    if m is not None and _is_speaker(m):
        return ("descriptor" if m[4].get("descriptor") else "named"), m, m[0], m[1]
    p = _PRONOUN_AFTER.match(text, verb_end, limit)
    if p:
        return "pronoun", None, p.start("p"), p.end("p")
    return "none", None, -1, -1


def find_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Quote]:
    """Return the quotations in ``paragraphs`` with their speakers, using entity ``mentions``.

    >>> from analysis.extract.entities import find_entities
    >>> t = '"In case of South Korea, which has provided a fair amount of support".'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["attribution"]
    'none'
    """
    idx = _Index(mentions)
    sent_starts = sorted(s for s, _ in sentences) if sentences else []
    # people by country (for a quote's voice), and all antecedent-able people, in text order
    people = [m for m in idx.ms if m[3] == "person"]
    raw: list[tuple[int, int, bool, int]] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        for qs, qe, closed in _pairs(text, ps, pe):
            raw.append((qs, qe, closed, pi))
    inside = [(qs, qe) for qs, qe, _, _ in raw]
    inside_starts = [q[0] for q in inside]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(inside_starts, pos) - 1
        return i >= 0 and inside[i][0] < pos < inside[i][1]

    people = [m for m in people if not in_quote(m[0])]
    people_starts = [m[0] for m in people]
    voiced: dict[str, list[int]] = {}  # country -> indices in people of those with an id (for a quote's voice)

    out: list[Quote] = []
    prev_by_para: dict[int, Quote] = {}
    for qs, qe, closed, pi in raw:
        ps, pe = paragraphs[pi]
        sent_start = ps
        if sent_starts:
            k = bisect.bisect_right(sent_starts, qs) - 1
            sent_start = max(ps, sent_starts[k]) if k >= 0 else ps
        content = text[qs + 1 : qe - 1 if closed else qe]
        words = len(_WORD.findall(content))
        lead = text[sent_start:qs].strip()
        form = "full" if not lead else ("scare" if words < 4 else "partial")
        attribution, mention, sp_s, sp_e = "none", None, -1, -1
        # 1. after the quote: '", Esper said' / '", said Esper' / '", he said'
        am = _AFTER.match(text, qe, pe)
        if am and not _MARK.search(am.group("pre")):
            attribution, mention, sp_s, sp_e = _subject_before(text, idx, am.start("verb"), qe)
            if attribution == "none":
                attribution, mention, sp_s, sp_e = _subject_after(text, idx, am.end("verb"), pe)
        # 2. before the quote, in the same sentence: 'Esper said the South is "'
        if attribution == "none":
            bm = _BEFORE_VERB.search(text, max(sent_start, qs - 160), qs)
            if bm:
                attribution, mention, sp_s, sp_e = _subject_before(text, idx, bm.start("verb"), sent_start)
                if attribution == "none":
                    attribution, mention, sp_s, sp_e = _subject_after(text, idx, bm.end("verb"), qs)
        # 3. "according to X" in the sentence
        if attribution == "none":
            acc = _ACCORDING.search(text, max(sent_start, qs - 300), min(pe, qe + 120))  # bounded: linear
            if acc:
                m2 = idx.starting_at(acc.end() + 1, acc.end() + 2)
                if m2 is not None and _is_speaker(m2):
                    attribution, mention, sp_s, sp_e = "according_to", m2, m2[0], m2[1]
        # 4. a later quote in a paragraph whose earlier quote has a speaker: the same speaker
        same = prev_by_para.get(pi)
        if attribution == "none" and same is not None and same.value["attribution"] != "none":
            attribution, mention = "continuation", same.speaker_mention
            sp_s = same.value["speaker_start"] if same.value["speaker_start"] is not None else -1
            sp_e = same.value["speaker_end"] if same.value["speaker_end"] is not None else -1
        # 5. a quote opening a paragraph after "... said:" or continuing an unclosed quote
        if attribution == "none" and qs == ps and pi > 0:
            prev = prev_by_para.get(pi - 1)
            pps, ppe = paragraphs[pi - 1]
            if prev is not None and prev.end == ppe and not prev.value.get("closed", True):
                v = prev.value
                attribution = "continuation"
                mention = prev.speaker_mention
                sp_s = v["speaker_start"] if v["speaker_start"] is not None else -1
                sp_e = v["speaker_end"] if v["speaker_end"] is not None else -1
            elif text[ppe - 1] == ":":
                bm = _BEFORE_VERB.search(text, max(pps, ppe - 160), ppe)
                if bm:
                    kind, mention, sp_s, sp_e = _subject_before(text, idx, bm.start("verb"), pps)
                    attribution = "colon" if kind != "none" else "none"
        value: dict[str, Any] = {
            "speaker": None,
            "speaker_text": text[sp_s:sp_e] if sp_s >= 0 else None,
            "speaker_start": sp_s if sp_s >= 0 else None,
            "speaker_end": sp_e if sp_e >= 0 else None,
            "attribution": attribution,
            "antecedent": None,
            "candidates": [],
            "voice": voice_of(content),
            "form": form,
            "closed": closed,
        }
        antecedent = voice_mention = None
        if mention is not None:
            value["speaker"] = _speaker_id(mention)
            value["candidates"] = list(mention[4].get("candidates") or ([] if value["speaker"] is None
                                                                          else [value["speaker"]]))  # fmt: skip
        elif attribution == "pronoun":
            # nearest person before the pronoun, outside quotes, within three paragraphs back
            floor = paragraphs[max(0, pi - 3)][0]
            j = bisect.bisect_left(people_starts, sp_s) - 1
            while j >= 0 and people[j][0] >= floor:
                cand = people[j]
                if cand[1] <= sp_s and not cand[4].get("plural"):
                    antecedent = cand
                    break
                j -= 1
            if antecedent is not None:
                value["antecedent"] = {"start": antecedent[0], "end": antecedent[1], "exact": antecedent[2]}
                value["speaker"] = antecedent[4].get("id")
                value["candidates"] = list(antecedent[4].get("candidates") or [])
                voice = value["voice"]
                if voice and antecedent[4].get("country") and antecedent[4]["country"] != voice:
                    # the last person of that country (with an id) named before the quote
                    if voice not in voiced:
                        voiced[voice] = [
                            j for j, m in enumerate(people) if m[4].get("country") == voice and m[4].get("id")
                        ]
                    js = voiced[voice]
                    k = bisect.bisect_left(js, bisect.bisect_left(people_starts, qs)) - 1
                    if k >= 0:
                        voice_mention = people[js[k]]
                    value["speaker"] = None
                    if voice_mention is not None:
                        value["candidates"] = list(dict.fromkeys([*value["candidates"], voice_mention[4]["id"]]))
        source = same if same is not None and same.value["attribution"] != "none" else prev_by_para.get(pi - 1)
        if attribution == "continuation" and source is not None:
            pv = source.value
            value.update(speaker=pv["speaker"], candidates=list(pv["candidates"]))
        q = Quote(qs, qe, text[qs:qe], value, mention, antecedent, voice_mention)
        out.append(q)
        prev_by_para[pi] = q
    return out
