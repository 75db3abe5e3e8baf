"""The second of the quote finder's four modules: the rules for one quote that the rules of
:mod:`analysis.extract.quotes` (a speaker named before or after the quote) do not call: "according to" and the
passive agent, a colon or a label before the quote, reports and introductions around it, reporters, credit lines and
publishers, documents and their issuers, the holders of offices and roles, and the passes over the whole text that
read names told later; then the words and helpers the last pass shares (:mod:`analysis.extract.quote_fallback`).
Split out of :mod:`analysis.extract.quotes` (issue 12: every module under 1 MiB, so that ``duplicates`` reads it); the
code moved as it was.

The quote finder's four modules, each importing only the ones before it: :mod:`analysis.extract.quotes`
(:class:`~analysis.extract.quotes.Quote`, the quote spans, the rules of a speaker named beside the quote), this module,
:mod:`analysis.extract.quote_fallback` (the last pass and the text's context that runs a quote through the rules) and
:mod:`analysis.extract.quote_finder` (:func:`~analysis.extract.quote_finder.find_quotes` and the whole-text passes).

>>> t = 'It was "fair," according to a statement from the ministry.'
>>> w = _according_to(t, _Index([]), _Place(7, 14, 0, len(t), 0, 0, 0)); (w.attribution, t[w.start : w.end])
('according_to', 'a statement from the ministry')
"""

from __future__ import annotations

import bisect
import calendar
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import QUOTE_MARK as _MARK
from analysis.extract import windows as win
from analysis.extract.entities import NATIONALITY, Mention, word_surname_places
from analysis.extract.names import (
    HONORIFIC_TITLES,
    KOREAN_SURNAMES,
    ROLE_NOUNS,
    SPEAKING,
    SPEECH_VERBS,
    TITLES,
    is_name_word,
    korean_name,
    name_run,
    surname_of,
    word_set,
)
from analysis.extract.names import tokens as name_tokens
from analysis.extract.quotes import (
    _ACCORDING,
    _ACRONYM_WORD,
    _AGE_NOUN,
    _AUXILIARIES,
    _BACK_NOUNS,
    _BODY_NOUNS,
    _BOTH,
    _BY,
    _CHARGE_NOUNS,
    _CHARGING,
    _CLAIM_NOUNS,
    _CLAUSE_PARTICIPLES,
    _COMMUNICATING,
    _CONJUNCT_STOPS,
    _COPULAS,
    _COUNTED_HEADS,
    _COUNTRY_WORDS,
    _DEPARTMENTS,
    _DETERMINERS,
    _DOCUMENTS,
    _FEMALE_TITLES,
    _FILLER,
    _FRONTED,
    _FRONTED_SAYING,
    _FRONTING,
    _GENDER_AGAINST,
    _GROUP_NOUNS,
    _HOLDER_PREPS,
    _INDEFINITE_HEADS,
    _INDEFINITES,
    _INITIAL,
    _INITIALS,
    _INVERTING,
    _IRREGULAR_PAST,
    _JOINED_CLAUSE,
    _LABEL_ARTICLES,
    _LABEL_PREPOSITIONS,
    _LIST_GAP,
    _LONGEST_VERB,
    _LOOK_BACK,
    _MALE_TITLES,
    _MENTION_PARTICIPLES,
    _NAME_GLUE,
    _NAMED_LATER_OFFICES,
    _NATIONS,
    _NEW_PERSON_DETERMINERS,
    _NOBODY,
    _NONSPACE,
    _NONSPACE_RUN,
    _NOT_SUBJECT_BEFORE,
    _NOT_TITLE,
    _OBJECT_PRONOUNS,
    _OFFICE_HEADS,
    _OFFICES,
    _ORG_NOUNS,
    _OTHER_CLAUSE,
    _OUTLET_NOUNS,
    _OWN_SAYING,
    _PARTY_NOUNS_OF,
    _PASSIVE_AUX,
    _PASSIVE_BE,
    _PEOPLE_NOUNS,
    _PEOPLE_PLURALS,
    _PERFECT,
    _PLURAL_MODIFIERS,
    _POSSESSIVE_S,
    _PREPOSITIONS,
    _PROMOTING,
    _PRONOUN_SUBJECT,
    _RELATIVE_TITLE,
    _REPORT_NOUNS,
    _REPORTING,
    _REPORTING_THAT,
    _ROLE_GLUE,
    _SENTENCE_END,
    _SOURCE_NOUNS,
    _SPEECH_NOUNS,
    _SPEECH_PLURALS,
    _SPOKEN_OF,
    _SPOKES,
    _SPOKES_NOUNS,
    _STANCE_HOLDERS,
    _START,
    _STOPS,
    _SUBJECT_DOCUMENTS,
    _SUBJECT_VERBS,
    _SUBORDINATORS,
    _TITLE_OFFICES,
    _UNNAMED_STOPS,
    _VERB_WORD,
    _WORD,
    _WRITINGS,
    Quote,
    _according_document,
    _addressed,
    _after_last_mark,
    _answered_by_deed,
    _apposed_gender,
    _bare_people,
    _before_adjunct,
    _capitalised_name,
    _clause_stop,
    _clause_subject,
    _closes_sentence,
    _closing_tag,
    _conjunct_head,
    _country_in,
    _department,
    _earlier_body,
    _ends_sentence_in,
    _epithet,
    _gender_fits,
    _gender_past_aside,
    _governing_word,
    _group_opening,
    _holds,
    _indefinite_phrase,
    _Index,
    _is_speaker,
    _knowing_tail,
    _last_sentence_start,
    _leader_of_government,
    _modified_group,
    _named,
    _named_after_office,
    _no_object_after,
    _object_of_preposition,
    _office_after,
    _office_head,
    _office_of,
    _office_word,
    _own_saying,
    _owned_body_opening,
    _owned_office,
    _owned_phrase,
    _owner_possessive,
    _party_of,
    _past_aside,
    _past_brackets,
    _past_fillers,
    _people_words,
    _Place,
    _postmodified_holder,
    _postmodifier_end,
    _printed_title_word,
    _proper_name_words,
    _proper_subject,
    _quoted,
    _quoted_source,
    _role_holder,
    _role_words,
    _saying_inside,
    _second_of_two,
    _SeenMatches,
    _sentence_close,
    _signers_governed,
    _stripped_end,
    _subject_after,
    _subject_before,
    _they_group,
    _title_gap,
    _title_word,
    _titled_at,
    _told_to,
    _Verb,
    _verb_forms,
    _verb_like,
    _verbs_before,
    _Who,
    _without_article,
    _woman_titled,
    _words_before_holder,
    speaker_name,
)
from analysis.extract.scan import last_match, visible_end


def _speaker_id(m: Mention) -> str | None:
    v = m.value
    return v.get("metonym_for") if m.kind == "place" else v.get("id")


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


_GROUP_ACTS = word_set(
    "carried chanted displayed waved shouted sang posted wrote wore raised unfurled hoisted demanded urged vowed "
    "denounced condemned"
)
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


# Auxiliaries and modals that make the words before them a clause's subject ("the two sides were", "the talks had").
_QUOTE_MARKS = frozenset('"“”')  # marks that open or close a quotation in running text


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
    the frame is a passive's agent ("a curfew imposed by the Bo cabinet in the name of “...”") or a possessive
    ("Bo's dogma, printed on slogans like “...”", a noun of creed after it: "Bo's critics", "Bo's plan" own no
    slogan, mend57s); the slogan is its maker's (speak57); else nobody.

    >>> t = "Bars shut under curfews set by Jo Bell in the name of “Hanul calm.”"
    >>> _banner_owner(t, _Index([Mention(31, 38, "Jo Bell", "person", {})]), _Place(54, 67, 0, len(t), 0, 0, 0)).start
    31
    >>> t = "Bars shut under curfews of Jo Bell in the name of “Hanul calm.”"
    >>> _banner_owner(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(50, 63, 0, len(t), 0, 0, 0)).found
    False
    """
    lo = max(pl.sent_start, pl.qs - win.BANNER_OWNER_BACK)
    window = text[lo : pl.qs]
    low = tuple(w.lower() for w in window.split())
    frame = next((f for f in _SLOGAN_FRAMES if low[-len(f) :] == f), None)
    if frame is None:
        return _NOBODY
    head = window.rsplit(None, len(frame))[0] if len(low) > len(frame) else ""  # the words before the frame
    at = lo + len(window) - len(window[len(head) :].lstrip())  # the frame's first word
    for m in idx.ending_before(at, lo, most=3):
        if m.value.get("within"):
            continue  # "Trump" in "the Trump administration": the body speaks
        before = text[max(lo, m.start - len(" by the ")) : m.start].lower().split()
        agent = before[-1:] == ["by"] or before[-2:] == ["by", "the"]  # "imposed by (the) Bo cabinet"
        owned = text.startswith(("'s ", "’s "), m.end) and _creed_after(text, m.end + 3, at)
        speaks = _is_speaker(m) or "metonym for" in (m.value.get("role") or "")  # a country: its government
        return _named(m) if (agent or owned) and speaks else _NOBODY
    return _NOBODY


# Nouns of a creed or zeal whose slogans are their holder's ("Bo's dogma, printed on slogans like “...”");
# not a plan, a policy or the people around the holder ("Bo's critics marched under the banner of", mend57s)
_CREED_NOUNS = word_set("zeal creed doctrine ideology nationalism populism rhetoric mantra fervor fervour dogma "
                        "worldview chauvinism protectionism isolationism militarism")


def _creed_after(text: str, at: int, end: int) -> bool:
    """Return whether the word at ``at`` (after a possessive, before ``end``) is a noun of creed (_CREED_NOUNS),
    which may follow one adjective ("Bo's fierce nationalism") (mend57s).

    >>> _creed_after("Bo's dogma printed", 5, 18), _creed_after("Bo's fierce zeal in", 5, 19)
    (True, True)
    >>> _creed_after("Bo's critics marched", 5, 20), _creed_after("Bo's plan rallied", 5, 17)
    (False, False)
    """
    words = [w.strip(",").lower() for w in text[at:end].split()[:2]]
    return bool(words) and (words[0] in _CREED_NOUNS or (len(words) == 2 and words[0].isalpha()
                                                          and words[1] in _CREED_NOUNS))


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
_NAMING = ("titled", "entitled", "headlined", "named", "dubbed")
_DOCUMENT_OPENING = re.compile(r"(?:The|A|An|Its|Their)\s++(?:[a-z-]++\s++){0,2}")  # "The joint ", "A new "
_DOCUMENT_NOUN = re.compile(r"(?P<doc>[a-zé-]++)(?:\s++(?P<by>from|by|of)\s++)?")
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


#: A sentence opening that names who said the words before it: "That was the message from X", "Those were the words
#: of X", "So said X", "The warning came from X" (probeq36); the mention right after it is the speaker.
_SOURCE_OPENER = re.compile(
    r"(?:(?:That|This|Those|These|Such)[ \t]++(?:was|were|is|are)[ \t]++(?:the[ \t]++)?(?:message|warning|words?|"
    r"verdict|assessment|view|remarks?|comments?|response|reply|argument|point)[ \t]++(?:of|from)|So[ \t]++said|"
    r"The[ \t]++(?:message|warning|remarks?|comments?|words|criticism|rebuke|reply|response)[ \t]++came[ \t]++from)"
    r"[ \t]++(?:(?:the|a|an)[ \t]++)?")


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
    end = visible_end(text, pl.ps, pl.qs)  # lin59: the label's end, not the paragraph before the quote copied
    if pl.pi == 0 or end == pl.ps or text[end - 1] != ":" or end - pl.ps > win.LABEL_MOST or idx.first_in(pl.ps, pl.qs):
        return _NOBODY
    head = text[pl.ps : end]
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
    end = visible_end(text, pl.ps, pl.qs)  # lin59: as _name_label
    if pl.pi == 0 or end == pl.ps or text[end - 1] != ":" or end - pl.ps > win.LABEL_MOST:
        return _NOBODY
    head = text[pl.ps : end]
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


# xs59: "Bo was asked on Monday: “Will you pay?”": a question put to the subject, the quote after the colon
_ASKED_COLON = re.compile(r"\b(?:was|were|is|are|been|being)[ \t]{1,3}+asked\b[^:;,“”\"\n]{0,80}+:[ \t]{0,3}+\Z")
_ASKED_COLON_BACK = 120  # characters before a quote read for "was asked ...:"
# mend59s: a verb joined after "was asked" ("was asked at a rally and replied:", "then shot back:") makes the subject
# the speaker of what follows the colon: no question put (main's reading)
_ASKED_JOINED = re.compile(r"\b(?:and|but|then)[ \t]")


def _question_put(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` is a question put to its sentence's subject: it ends in a question mark
    after "was asked" and a colon with no "by" naming the asker ("Bo was asked on Monday: “Will you pay?”"): the
    asker's words, whom the text does not name, not the subject's (xs59).

    >>> t = 'Bo was asked on Monday: “Will you pay?” Bo was asked: “We pay.” Bo was asked by Al: “Why?”'
    >>> q = [i for i, c in enumerate(t) if c in "“”"]
    >>> [_question_put(t, _Place(q[k], q[k + 1] + 1, 0, len(t), 0, 0, 0)) for k in (0, 2, 4)]
    [True, False, False]
    >>> t = 'Bo was asked at a rally and replied: “Why pay?”'
    >>> _question_put(t, _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0))
    False
    """
    if "?" not in text[max(pl.qs, pl.qe - 3) : pl.qe]:
        return False
    put = _ASKED_COLON.search(text, max(pl.sent_start, pl.qs - _ASKED_COLON_BACK), pl.qs)
    return put is not None and " by " not in put.group() and _ASKED_JOINED.search(put.group()) is None


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
        return _NOBODY if _question_put(text, pl) else None  # "Bo was asked: “Will you pay?”": nobody named (xs59)
    told = last_match(_TO_REPORTERS, text, lo, pl.sent_start)
    return _Who("descriptor", None, *told.span("r"), name=told.group("r")) if told is not None else _NOBODY


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
_TOUTED = _PROMOTING | word_set("hailed lauded extolled coined praised invoked espoused preached peddled")
# Participles of taking up a policy as one's own ('the “open fields” policy embraced by Bo', '... practised under the
# cabinet of Bo'): the policy's name is its holder's, by the agent or under whose government it was kept (speak57)
_ADOPTED = word_set("pursued embraced adopted maintained practiced practised favored favoured")
_UNDER_GLUE = word_set("the administration government cabinet presidency rule of former late then")
_CLAUSE_STOPS = re.compile(r"[.;:!?\n]")


def _touted_by(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the agent of a passive participle of saying or praising after the quote in its clause ("the “golden
    age” much touted by Jo Bell"; over a second quote joined by "and"); a country stands for its government.

    >>> t = 'The “golden age” touted by Jo Bell never came.'
    >>> _touted_by(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(4, 16, 0, len(t), 0, 0, 0)).start
    27
    >>> t = 'The “golden age” touted by Jo Bell’s aide never came.'
    >>> _touted_by(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(4, 16, 0, len(t), 0, 0, 0)).found
    False
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
        owner = text.startswith(("'s", "’s"), m.end)  # "by Bo's predecessor": another is the agent (mend57s)
        if titled and not owner and (_is_speaker(m) or "metonym for" in (m.value.get("role") or "")):
            return _named(m)
        break
    return _NOBODY


def _adopted_under(text: str, pl: _Place) -> int:
    """Return where " under " stands right after a participle of _ADOPTED in the quote's clause ('the “open fields”
    policy practised under the cabinet of Bo'), else -1.

    >>> t = 'Farms grew with “open fields” favored under Bo.'
    >>> t[_adopted_under(t, _Place(16, 29, 0, len(t), 0, 0, 0)) :]
    ' under Bo.'
    >>> _adopted_under('Farms grew with “open fields” shelved under Bo.', _Place(16, 29, 0, 47, 0, 0, 0))
    -1
    """
    under = text.find(" under ", pl.qe, min(pl.pe, pl.qe + win.TOUTED_REACH))
    verb = text[max(pl.qe, under - 12) : under].split()[-1:] if under >= 0 else []
    return under if verb and verb[0].lower() in _ADOPTED else -1


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
            verb not in _ADOPTED):  # speak57: "the “slow lane” approach Bo adopted": the adopter's name for it
        return _NOBODY
    at = text.find(verb, n.end, pl.pe) + len(verb)
    main = [w.rstrip(".,;") for w in text[at : at + win.RELATIVE_OBJECT_AFTER].split()[:1]] in (
        ["remains"], ["remain"], ["stays"], ["stay"])  # the main clause's verb: the relative has no object
    return _named(n) if main or _no_object_after(text, at, pl.pe, verb in _TAKING_CLAUSE) else _NOBODY


def _titled_relative_subject(text: str, idx: _Index, at: int, end: int) -> Mention | None:
    """Return the mention that opens a relative clause at ``at``, past a title of capitalised words or
    _RELATIVE_TITLE's ("the “slow lane” approach Governor Jo Bell adopted": Jo Bell), else None (speak57).

    >>> t = "the approach Governor Jo Bell adopted"
    >>> _titled_relative_subject(t, _Index([Mention(22, 29, "Jo Bell", "person", {})]), 13, len(t)).exact
    'Jo Bell'
    >>> t = "the approach with Jo Bell"
    >>> _titled_relative_subject(t, _Index([Mention(18, 25, "Jo Bell", "person", {})]), 13, len(t)) is None
    True
    """
    n = next(iter(idx.first_between(at, min(end, at + win.RELATIVE_SUBJECT_AFTER))), None)
    if n is not None and all(w[:1].isupper() or w.lower() in _RELATIVE_TITLE for w in text[at : n.start].split()):
        return n
    return None


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
    >>> who("Fees rose. Asked, the bureau replied its staff keep the position that tolls must stay near a “sane sum.”")
    'the bureau'
    >>> who("“We agree,” the ministry said. The deal follows the “phased” plan.")
    """
    if _capitalised_name(text[pl.qs : pl.qe], _NAME_GLUE):
        return _NOBODY
    lo = max(pl.ps, pl.qs - win.PARAGRAPH_REPORTER_BACK)  # bounded: a run of quotes in one paragraph stays linear
    last = (verbs or _SpeechVerbs(text, SPEECH_VERBS)).last_outside_quotes(text, lo, pl.qs)  # verbs: a kept search
    if " that " in text[max(lo, pl.sent_start) : pl.qs] and (
            last is None or last.start() < pl.sent_start or not _stance_thats(text, last.end(), pl.qs)):
        return _NOBODY  # 'Envoys agreed that talks should go in a “fair” direction': the clause tells its own speakers
        # (not 'the bureau replied its staff keep the position that ... a “sane sum”': the bureau's clause, speak57)
    if last is None or _answered_by_deed(text, last.end(), pl.qs) or _told_to(text, _Verb(last.start(), last.end()),
                                                                            pl):
        return _NOBODY  # "Bo replied by cancelling the “friendship” tour": a deed, no words (qfix50); spk50: 'Seoul
        # told to pay "fair share"': Seoul was told
    opening = _last_sentence_start(text, lo, last.start())
    if any(c in _QUOTE_MARKS for c in text[opening : last.start()]):
        return _NOBODY  # '“We are glad,” Bo said. The deal follows the “phased” plan': Bo's words were the quotation
    who = _subject_before(text, idx, last.start(), opening, 0)
    return who if who.attribution in {"named", "descriptor"} else _NOBODY


# Nouns of a stance a reported clause may hold with "that" ("replied it keeps the position that ..."): the reporter's
_HELD_VIEW_NOUNS = word_set("view stance position belief hope expectation assessment understanding")


def _stance_thats(text: str, lo: int, hi: int) -> bool:
    """Return whether every " that " between ``lo`` (a speech verb's end) and ``hi`` (a quote) follows a noun of
    stance (_HELD_VIEW_NOUNS: "keep the position that"), none another's clause ("a rumor that", "stoked fears that")
    (speak57).

    >>> _stance_thats("replied its staff keep the position that fees must", 7, 51)
    True
    >>> _stance_thats("wrote so, a memo that stoked fears that it", 5, 42)
    False
    """
    words = text[lo:hi].split()
    return all(k > 0 and words[k - 1].lower() in _HELD_VIEW_NOUNS for k, w in enumerate(words) if w == "that")


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
    if not _COPULA_GAP.fullmatch(text, same.end, pl.qs):
        return None  # tested first: the slice below is read only for a copula's predicate
    if "that" in text[max(owner_end, same.start - win.OWNER_VERB_BACK) : same.start].split():
        return None  # review50s3: "Roe's view that a “...” was “...”": the clause tells the owner's view, both his
    before = text[max(pl.sent_start, owner - win.OWNER_VERB_BACK) : owner].split()
    while before and before[-1][:1].isupper() and before[-1].lower() not in _REPORTING_THAT:
        before.pop()  # the owner's title ("Envoy")
    before = before[:-1] if before[-1:] == ["that"] else before  # "argued that Bo's"
    if not before or before[-1].lower() not in _REPORTING_THAT:
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
# "the nominee": a role the text must give the person (mend54s): only one it called a nominee, never the one person
# named nearby ("Bo met the nominee"), and no one when it called two so, in any paragraph in reach
_CALLED_ONLY = word_set("nominee")


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
# A team the text makes a negotiating one ("Seoul's negotiating team", "a team of negotiators"): "the team" is it.
_NEGOTIATING_TEAM = re.compile(
    r"\b(?:[Nn]egotiating|[Nn]egotiation|[Bb]argaining)\s++team\b|\bteam\s++of\s++negotiators\b")


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
    governing = _apposed_governor(text, cand.start) or governing  # "Bo met the prime minister, Al Roe"
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


# hist58s: a name set off by a comma after its office phrase ("met the prime minister, Al Roe", "talks with his
# counterpart, Al Roe") is governed as that phrase is: the word before its determiner, past up to three modifiers
_APPOSED_DETERMINERS = (_DETERMINERS - {"that", "this"}) | {"our"}  # "the", "his", "our": not "that"
_APPOSED_MODIFIERS = 3


def _apposed_governor(text: str, start: int) -> str:
    """Return the word (lower case) that governs the office phrase a name at ``start`` is set off from by a comma
    ("met the prime minister, Al Roe": met; "talks with his counterpart, Al Roe": with), when that word is a lower-case
    word of the same sentence; else "" (no office phrase, or it opens its clause: "The envoy, Al Roe, left").

    >>> t = "Bo met the prime minister, Al Roe."
    >>> _apposed_governor(t, t.index("Al")), _apposed_governor("The envoy, Al Roe, left", 11)
    ('met', '')
    >>> t = "Bo held talks with his South Korean counterpart, Al Roe."
    >>> _apposed_governor(t, t.index("Al")), _apposed_governor("Bo met the crowd, Al Roe.", 18)
    ('with', '')
    """
    if start < 2 or not text.startswith(", ", start - 2):
        return ""  # mend58s: no comma right before the name: read nothing back (most candidates)
    chunk = _after_last_mark(text[max(0, start - win.GOVERNOR_BACK) : start])
    words = chunk[chunk.rfind("\n") + 1 :].split()
    if len(words) < 3 or not words[-1].endswith(",") or words[-1][:-1].lower() not in _OFFICES:
        return ""
    k = len(words) - 2
    while k > 0 and len(words) - 2 - k < _APPOSED_MODIFIERS and words[k].lower() not in _APPOSED_DETERMINERS and (
            words[k].isalpha() or words[k].rstrip(".").replace(".", "").isalpha()):  # fmt: skip
        k -= 1  # "South Korean", "U.S.", "top": the office's modifiers
    if k < 1 or words[k].lower() not in _APPOSED_DETERMINERS:
        return ""
    gov = words[k - 1]
    return gov if gov.isalpha() and gov.islower() else ""


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
# The same with the prepositions of a pair ("a summit between Jo Bell and Al Roe"): no topic a "he" goes on with
_NOT_TOPIC_BEFORE = _NOT_SUBJECT_BEFORE | word_set("between among")


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
        g = "she" if before.endswith(_FEMALE_TITLES) or _woman_titled(text, m.start) else (
            "he" if before.endswith(_MALE_TITLES) else None)
        g = g or _gender_past_aside(text, m.start, m.end)
        if g:
            key = _gender_key(m)
            out[key] = g if out.get(key, g) == g else ""
    return {k: v for k, v in out.items() if v}


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
    " ".join(f"{w} {w}s" for w in _CHARGE_NOUNS) + " label labels characterization characterizations "
    "characterisation characterisations description descriptions slogan slogans narrative narratives epithet "
    "epithets moniker monikers argument arguments"
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
    starts, namesakes_by_surname = [m.start for m in people], {}  # each surname's _Namesakes, read once (lin59)
    for i, q in enumerate(quotes):
        v, bare = q.value, q.speaker_mention if q.value["attribution"] == "named" else q.antecedent
        if places[i].pi == 0 or v["speaker"] or bare is None or v["speaker_name"] not in (None, bare.exact) or (
                bare.kind != "person" or " " in bare.exact or (bare.value.get("name") or bare.exact) != bare.exact):
            continue  # a headline's surname is the entity finder's (its own rules); a named one stands  # fmt: skip
        shared = by_word.get(bare.exact, [])
        namesakes = namesakes_by_surname.get(bare.exact) or namesakes_by_surname.setdefault(
            bare.exact, _Namesakes.of(text, shared))
        if len(namesakes.names) < 2:
            continue  # one full name of it, or none: the entity finder's reading stands
        held = _surname_holder(text, (people, starts), shared, bare, paragraphs[max(0, places[i].pi - 1)][0],
                               paragraphs[places[i].pi][0], namesakes)
        if held is not None:
            out[i] = replace(q, value=v | {"speaker": _speaker_id(held), "speaker_name": held.value["name"]},
                             speaker_mention=held if v["attribution"] == "named" else q.speaker_mention)
    return out


_QUALIFIER = re.compile(r"(?:[A-Za-z-]{1,20}+[ \t]){1,3}?[A-Za-z-]{1,20}+['’]s[ \t]\Z")  # "The ruling party's "


class _Namesakes(NamedTuple):
    """The full names one surname stands for, and which of them each title and each role word goes with (each
    name's last mention that has it): read once a text for a surname, not again at each quote (lin59)."""

    names: frozenset[str]
    by_title: Mapping[str, Mapping[str, Mention]]  # the word right before a mention ("Rep.") -> name -> mention
    by_role: Mapping[str, Mapping[str, Mention]]  # a word of a mention's role or title (_role_words) -> name -> mention

    @staticmethod
    def of(text: str, shared: list[Mention]) -> _Namesakes:
        """Read ``shared`` (the full names' mentions of one surname).

        >>> t = "Rep. Park Bo met envoy Park Jo."
        >>> ms = [Mention(5, 12, "Park Bo", "person", {"name": "Park Bo"}),
        ...       Mention(23, 30, "Park Jo", "person", {"name": "Park Jo", "role": "envoy"})]
        >>> n = _Namesakes.of(t, ms); sorted(n.names), list(n.by_title["Rep."]), list(n.by_role["envoy"])
        (['Park Bo', 'Park Jo'], ['Park Bo'], ['Park Jo'])
        """
        by_title: dict[str, dict[str, Mention]] = {}
        by_role: dict[str, dict[str, Mention]] = {}
        for m in shared:
            name = m.value["name"]
            for w in text[max(0, m.start - win.TITLE_BACK) : m.start].split()[-1:]:
                by_title.setdefault(w, {})[name] = m
            for w in _role_words(m):
                by_role.setdefault(w, {})[name] = m
        return _Namesakes(frozenset(m.value["name"] for m in shared), _read_only(by_title), _read_only(by_role))


def _read_only(by_word: dict[str, dict[str, Mention]]) -> Mapping[str, Mapping[str, Mention]]:
    """Return ``by_word`` and its inner dicts as read-only views (:class:`_Namesakes` is shared by all its readers).

    >>> v = _read_only({"Rep.": {"Park Bo": None}}); v["Rep."]["Park Bo"] is None, type(v["Rep."]).__name__
    (True, 'mappingproxy')
    """
    return MappingProxyType({w: MappingProxyType(names) for w, names in by_word.items()})


def _surname_holder(text: str, named: tuple[Sequence[Mention], list[int]], shared: list[Mention], bare: Mention,
                    floor: int, ps: int, facts: _Namesakes | None = None) -> Mention | None:
    """Return which of ``shared`` (the full names of one surname) the bare surname ``bare`` is: the one whose words
    the qualifier before it holds ("The ruling party's Park": "of the ruling Democratic Party"); the one of its
    title ("Rep. Kim": the representative); the last one named since ``floor`` (no other named between); the one
    whose office the paragraph (from ``ps``) names last before it ("the ministry spokeswoman"); else None.
    ``facts``: :class:`_Namesakes` of ``shared``, when the caller has read them.

    >>> t = "Rep. Park Bo of the ruling party met Park Jo of the opposition. The ruling party's Park said"
    >>> ms = [Mention(5, 12, "Park Bo", "person", {"name": "Park Bo"}),
    ...       Mention(37, 44, "Park Jo", "person", {"name": "Park Jo"}), Mention(83, 87, "Park", "person", {})]
    >>> _surname_holder(t, (ms, [5, 37, 83]), ms[:2], ms[2], 0, 0).exact
    'Park Bo'
    """
    facts = facts or _Namesakes.of(text, shared)
    names, (people, starts) = facts.names, named
    if (qual := _QUALIFIER.search(text, max(floor, bare.start - win.TITLE_BACK), bare.start)) is not None:
        words = {w.lower().strip("'’s") for w in qual.group().split()} - {"the", "a", "its", "their"}
        own = {m.value["name"]: text[m.end : m.end + win.TITLE_BACK * 2].partition("\n")[0].partition(". ")[0]
               for m in shared}  # each one's own description, up to its sentence's end
        fit = {name: m for m in shared if words <= set(own[name := m.value["name"]].lower().replace(",", " ").split())}
        return next(iter(fit.values())) if len(fit) == 1 else None
    title = text[max(floor, bare.start - win.TITLE_BACK) : bare.start].split()[-1:]
    if title and title[0] in TITLES:  # "Rep. Kim replied": the one of that title
        fit = facts.by_title.get(title[0], {})
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
    fit = facts.by_role.get(office, {}) if office else {}
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


# The speech verbs the fallback reads in a quote's own sentence: the names module's, and the reporting verbs of _VERBS
# that take no label as their object ("informed his audience", "reiterated"; not "called it", "dubbed", "accused")
# and state words, not a stance ("reaffirmed that ...", "maintained", "highlighted" are a stance, as _reported_before
# reads them). A person who reports in an earlier sentence is read with SPEECH_VERBS alone.
_FALLBACK_VERBS = SPEECH_VERBS | word_set(
    "informed assured reminded reiterated repeated asserted countered retorted boasted joked mentioned answered "
    "saying adding"
)


_QUOTES_BACK = 50  # earlier quotes looked at for the last one with a speaker (bounded: linear on any text)


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
