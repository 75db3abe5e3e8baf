"""The last pass of quote attribution, split out of :mod:`analysis.extract.quotes` (issue 12: every module under
1 MiB, so that ``duplicates`` reads it): the fallback that reads a quote no nearer rule credits as a careful reader
reads it (its own sentence's verb and subject, a closing tag, a label line, the last speaker), the speak90r rules
for partial quotes whose speaker a clause's shape gives, the paragraph rules (:class:`_ParagraphRules`) and the
text's context (:class:`_Context`) that :func:`analysis.extract.quote_finder.find_quotes` attributes every quote
through.

The third of the quote finder's four modules, each importing only the ones before it: its helpers come from
:mod:`analysis.extract.quotes` and :mod:`analysis.extract.quote_rules` (the first two: the rules for one quote), and
:mod:`analysis.extract.quote_finder` (the fourth: ``find_quotes`` and the whole-text passes) imports it.

>>> from analysis.extract.entities import find_entities
>>> from analysis.extract.quote_finder import find_quotes
>>> t = 'Ana Volk met Jo Bell.' + 2 * chr(10) + '“It’s a bad deal!” Jo Bell was heard saying. “We go.”'
>>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 20), (22, len(t))], find_entities(t))][0]
'Jo Bell'
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from analysis import lazyre as re
from analysis.article import QUOTE_MARK as _MARK
from analysis.extract import windows as win
from analysis.extract.entities import Mention
from analysis.extract.names import (
    MEDIA_NOUNS,
    MEDIUM_THEN_NAME,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    TITLES,
    _capitals,
    korean_name,
    name_run,
    word_set,
)
from analysis.extract.names import tokens as name_tokens
from analysis.extract.quote_rules import (
    _BANNERS,
    _CALLED_ONLY,
    _COORDINATORS,
    _FALLBACK_VERBS,
    _FROM_ISSUER,
    _GENERIC_OFFICES,
    _GENERIC_PEOPLE,
    _HEADLINE_VERBS,
    _HONORIFIC_TITLES,
    _KIND_ORGS,
    _LEARNED_MOST,
    _LEFT_PEOPLE,
    _MARKS_AS_SPACE,
    _NEGOTIATING_TEAM,
    _NOUN_PHRASE_SAYING,
    _OFFICIAL_KINDS,
    _PARTY_NOUNS,
    _PLAIN_RANKS,
    _PLEDGES,
    _POSSESSIVE_CLOSE,
    _QUOTES_BACK,
    _READYING,
    _ROLE_PHRASE_WORDS,
    _SIGNER_GROUPS,
    _SITTING_ONLY,
    _SOURCE_OPENER,
    _SPOKES_OR_OFFICIAL,
    _UNMARKING,
    _VIEW_NOUNS,
    _according_to,
    _agent_before,
    _all_quote,
    _antecedent,
    _apposed_kind,
    _asker,
    _banner_subject,
    _body_before_it,
    _body_named,
    _body_named_before,
    _body_office,
    _body_plural,
    _body_pronoun,
    _body_quoted_before,
    _colon_before,
    _content_words,
    _continues,
    _country_subject,
    _credit_line,
    _dash_credit,
    _described_spokesperson,
    _described_words,
    _document_subject,
    _first_conjunct_governor,
    _foreign_body,
    _former,
    _fronted_range,
    _fronted_saying,
    _gender_key,
    _group_acts,
    _headline_bare_label,
    _headline_dash_label,
    _headline_label,
    _headline_tail,
    _holder_before_quote,
    _honorific_label,
    _impersonal_report,
    _indefinite_opening,
    _inherit,
    _interview_answer,
    _it_measure,
    _it_subject,
    _label,
    _label_before,
    _label_in_new_sentence,
    _label_opening,
    _leading_label,
    _left_office,
    _list_before,
    _lone_legislator,
    _main_clause,
    _name_before,
    _name_country,
    _name_label,
    _name_words,
    _named_in,
    _object_relative,
    _Office,
    _office_traits,
    _opening_org,
    _org_reporter,
    _other_office,
    _owned_by,
    _owner_country,
    _pair_subject,
    _party_holder,
    _party_noun,
    _passive_by,
    _person_genders,
    _postmodified,
    _pronoun_subject,
    _question_put,
    _rank,
    _readied_for,
    _refers_back,
    _relative_aside,
    _relative_namer,
    _reported_after,
    _reported_before,
    _reported_or_introduced,
    _reporter_in_paragraph,
    _role_given,
    _role_label,
    _said_then_participle,
    _same_office,
    _serves_body,
    _set_up_or_introduced,
    _sitting_holder,
    _soundbite,
    _speaker_id,
    _speaker_of,
    _SpeechVerbs,
    _spoke_before,
    _spoken_to_or_of,
    _stop_before,
    _tagged_or_inherited,
    _term_user,
    _they_subject,
    _two_of_them,
    _unnamed_offices,
    _unnamed_opener,
    _view_for,
)
from analysis.extract.quotes import (
    _ACRONYM_WORD,
    _AGE_NOUN,
    _AS_BY_PARTICIPLES,
    _ASIDE_SAYING,
    _AUXILIARIES,
    _AUXILIARY_WORDS,
    _BACK_NOUNS,
    _BODY_NOUNS,
    _CHARGING,
    _COPULAS,
    _DETERMINERS,
    _DOCUMENTS,
    _FRONTED_SAYING,
    _GOVERNMENT_NOUNS,
    _GROUP_NOUNS,
    _HELD_ONLY,
    _INITIALS,
    _INSCRIPTIONS,
    _IRREGULAR_PAST,
    _LABEL_ARTICLES,
    _LEADERS,
    _LOOK_BACK,
    _NAME_GLUE,
    _NOBODY,
    _NONSPACE,
    _NONSPACE_RUN,
    _NOT_MODIFIERS,
    _OFFICE_HEADS,
    _OFFICES,
    _ORG_GLUE,
    _ORG_NOUNS,
    _PEOPLE_PLURALS,
    _PHRASE_DETERMINERS,
    _PLURAL_SAYING,
    _POSSESSIVE_S,
    _PREPOSITIONS,
    _PRONOUN_BEFORE,
    _REPORTING,
    _SENTENCE_END,
    _SPEECH_NOUNS,
    _SPOKES_NOUNS,
    _STANCE_HOLDERS,
    _STATING_DETERMINERS,
    _STATING_DOCUMENTS,
    _STOPS,
    _TEAM_HEAD,
    _VERB_PASTS,
    _VERB_WORD,
    _WORD,
    Quote,
    _after_last_mark,
    _after_quote,
    _another_body,
    _answered_by_deed,
    _before_quote,
    _blank,
    _bodies,
    _body_rules_out,
    _capitalised_name,
    _clause_joined_after,
    _clause_subject,
    _country_in,
    _country_speaks,
    _ends_sentence_in,
    _epithet,
    _gender_fits,
    _governing_word,
    _held,
    _holds,
    _indefinite_phrase,
    _Index,
    _is_speaker,
    _issuer_of_document,
    _joint,
    _last_sentence_start,
    _mentioning_aside,
    _named,
    _object_of_preposition,
    _office_after,
    _opening_subject,
    _other_party,
    _owner_possessive,
    _pair_before,
    _past_fillers,
    _phrase_subject,
    _Place,
    _possessive_len,
    _possessor,
    _postmodifier_end,
    _proper_subject,
    _report_that,
    _reported_subject,
    _role_words,
    _said_right_before,
    _second_of_two,
    _sentence_close,
    _stated_country,
    _subject_before,
    _title_gap,
    _title_word,
    _titled_at,
    _told_to,
    _unless_spoken_of,
    _unnamed_person,
    _verbs_before,
    _Who,
    _without_article,
    speaker_name,
    voice_of,
)
from analysis.extract.scan import last_match, visible_end

# --- the fallback: a quote no rule attributes, read as a careful reader reads it ------------------------------------
# Runs last, only on a quotation (a full sentence or a partial of four words or more) left without a speaker; a short
# label or scare quote that no rule credits ("form": "scare") stays nobody's, as the corpus convention has it.

_WORKS = word_set("report study statement message letter book memoir paper article column editorial op-ed essay "
                  "titled entitled headlined")
_PRONOUN_PARAGRAPHS = 12  # paragraphs back a "he"/"she" looks for a person when the three before name none
_HOLDER_PARAGRAPHS = _PRONOUN_PARAGRAPHS  # paragraphs back "the minister" looks for the person named with that office
_GOING_ON = word_set("added adds continued continues")


def _clause_speaker(text: str, spk: _Index, lo: int, hi: int) -> Mention | None:
    """Return the nearest speaker mention in ``[lo, hi)`` that can be a clause's subject: not a preposition's object
    ("of the Assembly") and not a possessive ("Bo's"); ``spk``: the speakers named outside quotes.

    >>> t = "Rep. Jo Bell of the Assembly stated"
    >>> ms = [Mention(5, 12, "Jo Bell", "person", {}), Mention(16, 28, "the Assembly", "org", {})]
    >>> _clause_speaker(t, _Index(ms), 0, 29).exact
    'Jo Bell'
    """
    for m in spk.ending_before(hi, lo, _LOOK_BACK):
        if text[m.end : m.end + 2] in {"'s", "’s"}:
            continue
        # not back into a quote's words
        before = _after_last_mark(text[max(lo, m.start - win.PREP_BACK) : m.start]).split()
        if not _object_of_preposition(before) and not _object_of_verb(before):
            return m
    return None


def _object_of_verb(before: list[str]) -> bool:
    """Return whether a name whose preceding words are ``before`` is a verb's object ("told Yonhap", "thanked the
    Pentagon"): the word before it, past an article, is a speech verb or a lower-case past form.

    >>> _object_of_verb("he told".split()), _object_of_verb("and thanked the".split()), _object_of_verb(["Rep."])
    (True, True, False)
    """
    words = before[:-1] if before and before[-1].lower() in _DETERMINERS else before
    last = words[-1] if words else ""
    return last.lower() in _REPORTING or (last.islower() and last.endswith("ed"))


_PROPER_RUN = re.compile(
    r"(?<![\s,])[\s,]*+(?:the\s++)?(?P<n>(?<![\w.'’&-])[A-Z][\w.'’&-]*+(?:\s++(?:(?:of|for|and|the)\s++)?[A-Z][\w.'’&-]*+){1,6})"
)


def _named_after_verb(text: str, spk: _Index, verb_end: int, close: int) -> _Who:
    """Return the speaker right after a speech verb that follows its quote: a mention, else a run of two or more
    capitalised words the entity rules did not tag ('", said the Foo Workers’ Union under ...'), as a name.

    >>> t = '"We act," said the Foo Workers’ Union under a federation.'
    >>> who = _named_after_verb(t, _Index([]), 14, len(t))
    >>> who.attribution, who.name
    ('fallback', 'Foo Workers’ Union')
    """
    m = spk.starting_at(verb_end, min(close, verb_end + 12))
    if m is not None:
        return _named(m)
    run = _PROPER_RUN.match(text, verb_end, close)
    if run is None:
        return _NOBODY
    end = run.end("n") - 1 if run.group("n").endswith(".") and not _INITIALS.fullmatch(run.group("n").split()[-1]) \
        else run.end("n")  # "said the Foo Union." ends its sentence: the stop is not the name's
    return _Who("fallback", None, run.start("n"), end, name=text[run.start("n") : end])


_HEADLINE_SAYING = _HEADLINE_VERBS | SPEECH_VERBS | word_set("mentions cites quotes recalls repeats")


_HEADLINE_ACTS = _HEADLINE_SAYING | word_set(
    "slams blasts rejects hails decries criticizes criticises mocks dismisses welcomes questions attacks accuses backs "
    "defends praises"
)


_HEADLINE_SUBJECT_WORDS = 3  # capitalised words at most of a headline's subject before its verb


def _headline_subject_in_body(ctx: _Context, out: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``out`` with a headline's quote no rule credited given the speaker the headline's subject names, when
    the headline opens with that subject (a few capitalised words) and a verb of saying or acting (_HEADLINE_ACTS) and
    one person or body of the body's first paragraphs has a name that ends with the subject's words ("Union vows to
    'fight on'" over "The Northgate Union rejected ...": the Northgate Union; "Varga warns of ..." : Pell Varga);
    else it stays as it is (a subject the body names no one by, or two it fits) (speak48).

    >>> from analysis.extract.entities import find_entities
    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = "Union vows to 'fight on'" + 2 * chr(10) + "The Hanul Union rejected the offer on Monday."
    >>> find_quotes(t, [(0, 24), (26, len(t))], find_entities(t))[0].value["speaker_name"]
    'Hanul Union'
    """
    text, paragraphs = ctx.text, ctx.paragraphs
    if len(paragraphs) < 2:
        return out
    for i, q in enumerate(out):
        pl = places[i]
        if pl.pi != 0 or q.value["attribution"] != "none" or _capitalised_name(q.exact, _NAME_GLUE):
            continue  # a title or a name in title case ("Bo Reads 'Cold Harbour'") is nobody's words
        words = _first_words(text, pl.ps, pl.qs, _HEADLINE_SUBJECT_WORDS + 1)  # lin59: the verb is among them
        verb = next((j for j, w in enumerate(words) if w.lower() in _HEADLINE_ACTS), None)
        if verb is None or not 1 <= verb <= _HEADLINE_SUBJECT_WORDS or not all(
                w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words[:verb]):
            continue
        subject = " ".join(words[:verb]).lower()
        lo, hi = paragraphs[1][0], paragraphs[min(len(paragraphs), _HEADLINE_BODY_PARAGRAPHS + 1) - 1][1]
        fits = {m.exact: m for m in ctx.idx.first_between(lo, hi) if _is_speaker(m) and not m.value.get("descriptor")
                and (m.exact.lower() == subject or m.exact.lower().endswith(" " + subject))}
        if len(fits) == 1 and _subject_body(text, next(iter(fits.values())), subject, (lo, hi)):
            out[i] = ctx.build(pl, q.value["closed"], _named(next(iter(fits.values()))))
    return out


_HEADLINE_BODY_PARAGRAPHS = 4  # paragraphs after the headline read for the one its subject names
_SUBJECT_BACK = 6  # characters read before a body's name for "The" and the sentence's end, or before "union"


def _subject_body(text: str, m: Mention, subject: str, span: tuple[int, int]) -> bool:
    """Return whether the body ``m`` whose name ends with a headline's ``subject`` ("union") is the one the story
    tells of: a person, or a body that opens its sentence ("The Hanul Union rejected ..."), when the body's
    paragraphs (``span``) name no other of its kind in lower case ("the plant's workers' union": not the European
    Union the story names in passing); "the union" points back to it.

    >>> t = "The Hanul Union rejected the offer. The union said no."
    >>> _subject_body(t, Mention(4, 15, "Hanul Union", "org", {}), "union", (0, len(t)))
    True
    >>> t = "The workers' union rejected the offer, which the European Union backed."
    >>> _subject_body(t, Mention(49, 63, "European Union", "org", {}), "union", (0, len(t)))
    False
    """
    if m.kind == "person":
        return True
    head = text[max(span[0], m.start - _SUBJECT_BACK) : m.start]
    head = head.removesuffix("The ").removesuffix("the ").rstrip(" \t")
    if head and not head.endswith(("\n", ".", "!", "?", "”", '"', "—", "–", "-")):
        return False  # "which the European Union had backed": not the sentence's subject (a dateline's dash is)
    at = text.find(subject, *span)
    while at >= 0:  # the subject's word in lower case: "the union" points back, "the workers' union" is another
        whole = not text[at - 1 : at].isalnum() and not text[at + len(subject) : at + len(subject) + 1].isalnum()
        if whole and text[max(span[0], at - _SUBJECT_BACK) : at].split()[-1:] not in ([], ["the"], ["The"]):
            return False
        at = text.find(subject, at + len(subject), span[1])
    return True


def _headline_body(text: str, pl: _Place) -> _Who:
    """Return the capitalised name a headline's quote follows ('Hanul Ministry "Welcomes the Deal"'), not a title-case
    run that ends on the headline's verb ("Tam Critic Slams '10 Billion Dollar Cost'": a clause, no name).

    >>> t = "Tam Critic Slams '10 Billion Dollar Cost'"
    >>> _headline_body(t, _Place(17, 41, 0, 41, 0, 0, 0)).found
    False
    >>> t = "Hanul Ministry 'Welcomes the Deal'"
    >>> _headline_body(t, _Place(15, 34, 0, 34, 0, 0, 0)).name
    'Hanul Ministry'
    """
    who = _proper_subject(text, pl.sent_start, pl.qs)
    last = (who.name or "").split()[-1:] if who.found else []
    return _NOBODY if last and last[0].lower() in _HEADLINE_ACTS else who


def _headline_verb_subject(text: str, spk: _Index, pl: _Place) -> _Who:
    """Return the speaker a headline names right before its verb of saying that comes right before the quote ("Bo
    Mentions '10 Billion Dollar Cost'", "Bo Says 'No Deal'"): a speaker's mention ending at the verb, else nobody.

    >>> t = "Bo Tam Mentions '10 Billion Dollar Cost'"
    >>> w = _headline_verb_subject(t, _Index([Mention(0, 6, "Bo Tam", "person", {})]), _Place(16, 40, 0, 40, 0, 0, 0))
    >>> t[w.start : w.end]
    'Bo Tam'
    """
    words = text[pl.sent_start : pl.qs].split()
    if len(words) < 2 or words[-1].lower() not in _HEADLINE_SAYING:
        return _NOBODY
    verb = text.rfind(words[-1], pl.sent_start, pl.qs)
    m = next(iter(spk.ending_before(verb, max(pl.sent_start, verb - win.HEADLINE_NAME_BACK), most=2)), None)
    if m is None or text[m.end : verb].strip() or not _is_speaker(m):
        return _NOBODY
    return _named(m)


_HEADLINE_MODALS = word_set("should must will would could can may might shall")


def _headline_bare_subject(text: str, spk: _Index, pl: _Place) -> _Who:
    """Return the person a headline or subhead names right before its quote with no verb of saying, a modal at most
    between ('Bo Tam should "up ninefold"', 'Bo "Korea is a cash machine"'): Korean headline style, name then words.
    A possessive, a verb or any other word between leaves nobody ("Bo shows off 'bromance'", "Bo's 'bromance'").

    >>> ms = [Mention(0, 6, "Bo Tam", "person", {})]
    >>> t = 'Bo Tam should "up ninefold"'
    >>> t[_headline_bare_subject(t, _Index(ms), _Place(14, 27, 0, 27, 0, 0, 0)).start :][:6]
    'Bo Tam'
    >>> t = "Bo Tam shows off 'bromance'"
    >>> _headline_bare_subject(t, _Index(ms), _Place(17, 27, 0, 27, 0, 0, 0)).found
    False
    """
    words = text[max(pl.sent_start, pl.qs - win.HEADLINE_NAME_BACK) : pl.qs].split()
    gap = pl.qs
    if words and words[-1].lower() in _HEADLINE_MODALS:
        gap = text.rfind(words[-1], pl.sent_start, pl.qs)
    m = next(iter(spk.ending_before(gap, max(pl.sent_start, gap - win.HEADLINE_NAME_BACK), most=2)), None)
    if m is None or m.kind != "person" or text[m.end : gap].strip() or not _is_speaker(m):
        return _NOBODY
    return _named(m)


_AIM_VERBS = word_set("reach achieve seek secure strike find forge conclude produce")
# the same aim in other words, before the article: "aiming for a", "in hopes of a", "working toward a"
_AIM_PHRASES = frozenset({"aiming at", "aiming for", "in hopes of", "hoping for", "in pursuit of", "working toward",
                          "working towards"})


def _aims(words: list[str]) -> bool:
    """Return whether ``words`` (a sentence's words before an article) end with an aim: "to" and an aim verb ("to
    reach"), or an aim phrase ("aiming for", "in hopes of").

    >>> _aims("met to reach".split()), _aims("met in hopes of".split()), _aims("met in hopes".split())
    (True, True, False)
    """
    low = [w.lower() for w in words[-3:]]
    if len(low) >= 2 and low[-2] == "to" and low[-1] in _AIM_VERBS:
        return True
    return " ".join(low[-2:]) in _AIM_PHRASES or " ".join(low) in _AIM_PHRASES


def _plural_party(word: str) -> bool:
    """Return whether a word is a plural noun of people or bodies ("officials", "ministries", "delegations").

    >>> _plural_party("ministries"), _plural_party("officials"), _plural_party("talks")
    (True, True, False)
    """
    low = word.lower().strip(",")
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
    return low in _PEOPLE_PLURALS or singular in ROLE_NOUNS or singular in _ORG_NOUNS


def _aim_subject(text: str, pl: _Place) -> _Who:
    """Return the plural subject whose aim a quote after "to reach/seek/secure a" (or "aiming for a", "in hopes of
    a": :func:`_aims`) states in a sentence with no verb of saying ("Military officials and defense ministries on
    both sides held the round to reach a “...”"): the sentence's opening words up to its first past-tense verb, when
    they hold a plural of people or bodies.

    >>> t = "Officials and ministries on both sides met in May to reach a “fair deal”"
    >>> w = _aim_subject(t, _Place(61, 72, 0, len(t), 0, 0, 0)); t[w.start : w.end]
    'Officials and ministries on both sides'
    >>> _aim_subject("Talks resumed in May to reach a “fair deal”", _Place(32, 43, 0, 43, 0, 0, 0)).found
    False
    """
    if pl.qs - pl.sent_start > win.AIM_SENTENCE:
        return _NOBODY  # a run-on stretch, no news sentence: each quote would read it whole
    words = text[pl.sent_start : pl.qs].split()
    if len(words) < 4 or words[-1].lower() not in _LABEL_ARTICLES or not _aims(words[:-1]):
        return _NOBODY
    if any(w.lower().strip(",") in _NOUN_PHRASE_SAYING for w in words):
        return _NOBODY
    for k, w in enumerate(words[: win.AIM_SUBJECT_WORDS]):
        if w.islower() and (w.endswith("ed") or w in _IRREGULAR_PAST):
            if k == 0 or not words[0][:1].isupper() or not any(_plural_party(x) for x in words[:k]):
                return _NOBODY
            start = text.find(words[0], pl.sent_start)
            end = text.find(words[k - 1], start) + len(words[k - 1])
            return _Who("descriptor", None, start, end)
    return _NOBODY


def _bare_name_before(text: str, idx: _Index, lo: int, hi: int) -> tuple[int, int] | None:
    """Return (start, end) of the last full name in ``text[lo:hi]`` (two to four name words, or a Korean full name:
    :func:`names.name_run`, :func:`names.korean_name`) outside quotes that no mention overlaps but a person's named
    inside a phrase ("Jo Bell's office"): a person told of once with no title, verb or appositive the entity finder
    reads as a speaker ("For Jo Bell, ...", "The demand angered Jo Bell."); else None.

    >>> t = "The demand angered Jo Bell. “Ask Al Roe,” she said."
    >>> s, e = _bare_name_before(t, _Index([]), 0, t.index("she")); t[s:e]
    'Jo Bell'
    >>> [_bare_name_before(t, _Index([]), 0, len(t)) for t in ("It angered Seoul.", "For Jo, it was.")]
    [None, None]
    """
    toks = name_tokens(text, lo, hi)
    found: list[tuple[int, int]] = []
    i = 0
    # a run opens at a capital only (a name word, an initial, a family name): at any other token both finders give
    # the token back and the loop only stepped on (speed55: a "he" read 150 tokens back, 25 of them capitals)
    for k in _capitals(toks.texts):
        if k < i:
            continue  # inside the run just read
        i = k
        j = max(korean_name(toks, i), name_run(toks, i))
        s, e = toks.starts[i], toks.starts[j - 1] + len(toks.words[j - 1])
        if j - i >= 2 and not any(m.end > s and not (m.kind == "person" and m.value.get("within"))
                                  for m in idx.first_between(max(0, s - win.BARE_PEOPLE_BACK), e)):
            found.append((s, e))  # no mention covers it (one opening up to BARE_PEOPLE_BACK before it: "the Bo Fund")
        i = max(j, i + 1)
    for s, e in reversed(found):
        if not len(_MARK.findall(text, text.rfind("\n", lo, s) + 1 or lo, s)) % 2:
            return s, e  # not inside a quote (an odd number of marks before it in its paragraph: a name spoken of)
    return None


def _colon_sentence(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` is a sentence a colon introduces: a colon right before its mark, its words
    opening with a capital and ending on a stop inside the marks ('Bo disagreed: "Never."'), however short: words said,
    not a scare quote.

    >>> t = 'Bo disagreed: "Never." Bo called it: "odd"'
    >>> _colon_sentence(t, _Place(14, 22, 0, 22, 0, 0, 0)), _colon_sentence(t, _Place(37, 42, 23, 42, 0, 23, 0))
    (True, False)
    """
    before = text[max(pl.ps, pl.qs - 3) : pl.qs].rstrip()
    inner = text[pl.qs + 1 : pl.qe - 1].strip()
    return before.endswith(":") and inner[:1].isupper() and inner[-1:] in {".", "!", "?"}


def _colon_clause(text: str, spk: _Index, pl: _Place) -> _Who:
    """Return the subject of the clause that introduces the quote with a colon, whatever its verb ("Bo disagreed:
    “...”", "She went on: “...”", "Bo put it bluntly:"): a "he"/"she" opening it (resolved as a pronoun), else the
    nearest speaker that is no object; nobody when no colon stands right before the quote.

    >>> t = 'Jo Bell disagreed: "We pay."'
    >>> _colon_clause(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), _Place(19, 28, 0, 28, 0, 0, 0)).start
    0
    """
    colon = text.rfind(":", max(pl.sent_start, pl.qs - 4), pl.qs)
    if colon < 0 or text[colon + 1 : pl.qs].strip():
        return _NOBODY
    first = _WORD.search(text, pl.sent_start, colon)
    if first is not None and first.group() in {"He", "She"}:
        return _Who("pronoun", None, first.start(), first.end())
    if first is not None and first.group() in {"His", "Her"} and _speech_noun_after(text, first.end(), colon):
        return _Who("pronoun", None, first.start(), first.end())  # "His message was clear:", "His parting words:"
    m = _clause_speaker(text, spk, pl.sent_start, colon) or _words_owner(text, spk, pl.sent_start, colon)
    body = _BODY_WORDS.match(text, first.start(), colon) if m is None and first is not None else None
    if body is not None and body.group("o") in _BODY_NOUNS and {body.group("n"), body.group("m")} & _SPEECH_NOUNS:
        return _Who("descriptor", None, body.start(), body.end("o"))  # "The embassy's answer was short:"
    return _named(m) if m is not None else _NOBODY


# "The ministry's (final) response": a body's noun, its possessive and a noun of speech, opening a colon's clause.
_BODY_WORDS = re.compile(r"[Tt]he\s++(?P<o>[a-z]++)['’]s\s++(?P<n>[a-z]++)(?:\s++(?P<m>[a-z]++))?+")


_DETERMINER_CAPS = frozenset(["The", "A", "An"])


def _speech_noun_after(text: str, start: int, end: int) -> bool:
    """Return whether a noun of speech is one of the (at most three) words after a possessive, before a colon ("His
    message", "Her final answer", "His parting words").

    >>> _speech_noun_after("His parting words:", 3, 17), _speech_noun_after("His plan was clear:", 3, 18)
    (True, False)
    """
    words = _WORD.findall(text, start, min(end, start + win.SPEECH_NOUN_AFTER))[:3]
    return any(w.lower() in _SPEECH_NOUNS for w in words)


def _words_owner(text: str, spk: _Index, lo: int, hi: int) -> Mention | None:
    """Return the speaker whose words a clause before a colon names ("Jo Bell's message was clear:", "The answer from
    Jo Bell was blunt:"): the owner of a noun of speech by "'s" or "from"/"of"/"by", else None.

    >>> t = "The answer from Jo Bell was blunt:"
    >>> _words_owner(t, _Index([Mention(16, 23, "Jo Bell", "person", {})]), 0, 33).exact
    'Jo Bell'
    """
    for m in spk.ending_before(hi, lo, _LOOK_BACK):
        after = text[m.end : min(hi, m.end + win.WORDS_OWNER_AFTER)].split()
        if after and after[0] in {"'s", "’s"} and len(after) > 1 and after[1].strip(":,").lower() in _SPEECH_NOUNS:
            return m  # "Jo Bell 's message" (the mark split off)
        if text[m.end : m.end + 2] in {"'s", "’s"} and after and after[0][2:].strip(":,").lower() in _SPEECH_NOUNS:
            return m  # "Jo Bell's message"
        before = text[max(lo, m.start - win.WORDS_OWNER_BACK) : m.start].split()
        for _ in range(3):  # "The message from Defense Minister Jo Bell": past the title-case words of a title
            if before and before[-1][:1].isupper() and before[-1] not in _DETERMINER_CAPS:
                before.pop()
        if len(before) >= 2 and before[-1] in {"from", "of", "by"} and before[-2].lower() in _SPEECH_NOUNS:
            return m
    return None


_OPENING_DETERMINERS = frozenset(["The", "A", "An", "This", "That", "One"])


def _opening_role(text: str, lo: int, hi: int) -> _Who:
    """Return the unnamed person opening the sentence at ``lo`` when the words before ``hi`` start with a determiner
    and an office ("The official estimates ..., and said it was “...”": the official), as a speaker named by those
    words; else nobody.

    >>> t = "The senior official estimates it at $7 billion, and said it was"
    >>> _opening_role(t, 0, t.index(" said")).name
    'The senior official'
    >>> _opening_role("The deal, officials said", 0, 19).found
    False
    """
    words = text[lo : min(hi, lo + win.OPENING_ROLE)].split()[:win.OPENING_ROLE_WORDS]
    if not words or words[0] not in _OPENING_DETERMINERS:
        return _NOBODY
    for w in words[1:]:
        if not w.isalpha():
            return _NOBODY
        if w in ROLE_NOUNS:
            start = text.find(words[0], lo, hi)
            end = text.find(w, start) + len(w)
            return _Who("fallback", None, start, end, name=text[start:end])
    return _NOBODY


def _comma_tag(text: str, spk: _Index, pl: _Place, close: int) -> _Who:
    """Return the subject of the tag a quote closed by a comma (or "?", "!") runs into, whatever its verb: "“...,”
    Bo griped.", "“...,” he mused on Monday.", "“...,” scoffed Bo Tallan": the tag's verb (:func:`_tag_verb`) is a
    past form ending in "-ed" (a verb of saying no list holds) or a phrasal one ("went on", "shot back"), its subject
    a speaker mention (a title before it: "Senator Bo Tallan griped"), "he"/"she", an untagged name, or a
    determiner's role or body ("the senator griped": speak55), else the name right after it; nobody otherwise.

    >>> t = '"The ferries run so late," Jo Bell griped.'
    >>> _comma_tag(t, _Index([Mention(27, 34, "Jo Bell", "person", {})]), _Place(0, 26, 0, 42, 0, 0, 0), 42).start
    27
    >>> _comma_tag('"They pay," which Bo wanted.', _Index([]), _Place(0, 11, 0, 28, 0, 0, 0), 28).found
    False
    >>> t = '"The ferries run so late," Senator Jo Bell went on.'
    >>> _comma_tag(t, _Index([Mention(35, 42, "Jo Bell", "person", {})]), _Place(0, 26, 0, 51, 0, 0, 0), 51).start
    35
    >>> t = '"The ferries run so late," the senator griped.'
    >>> _comma_tag(t, _Index([]), _Place(0, 26, 0, len(t), 0, 0, 0), len(t)).name
    'senator'
    >>> t = '"Who pays for it?" Jo Bell wondered.'
    >>> _comma_tag(t, _Index([Mention(19, 26, "Jo Bell", "person", {})]), _Place(0, 18, 0, len(t), 0, 0, 0), 18).start
    19
    """
    if text[pl.qe - 2 : pl.qe - 1] not in {",", "?", "!"}:
        return _NOBODY
    ended = close <= pl.qe
    if ended:  # '"Who pays?" Bo wondered.': the quote's own "?" or "!" stops no tag (speak55)
        close = _sentence_close(text, pl.qe + 1, pl.pe)
    found = _tag_verb(text, pl.qe, close)
    if found is None or (ended and not _ended_tag(text, found[1], close)):
        return _NOBODY
    lo, verb, after = found
    if verb == lo:
        return _named_after_verb(text, spk, after, close)
    if verb - lo <= 4 and text[lo:verb].strip() in {"he", "she"}:
        return _Who("pronoun", None, lo, lo + len(text[lo:verb].strip()))
    m = spk.starting_at(lo, lo + 1)
    if m is not None and m.end <= verb:
        return _named(m)
    m = next(iter(spk.first_between(lo, verb)), None)
    if m is not None and m.end <= verb and not text[m.end : verb].strip() and _is_speaker(m) and all(
            w in TITLES or w in TITLE_WORDS or w[:1].isupper() for w in text[lo : m.start].split()):  # fmt: skip
        return _named(m)  # "Senator Jo Bell griped", "Defense Minister Jo Bell went on" (speak55)
    who = _proper_subject(text, pl.qe, verb)
    if who.found or text[lo : lo + 4].lower().split()[:1] not in (["the"], ["a"], ["an"], ["one"]):
        return who
    head = text[lo:verb].split()[-1].lower()
    if not {head, head.removesuffix("s")} & _ROLE_OR_BODY:
        return _NOBODY  # "the plan approved": no one who speaks
    return _phrase_subject(text, lo, verb)  # "the senator griped", "a spokeswoman for the ministry sighed"


#: A role's or a body's head noun, one of which a determiner's tag subject must end on ("the senator griped").
_ROLE_OR_BODY = ROLE_NOUNS | _BODY_NOUNS

# Past forms with no "-ed" that tag a quote only with their particle ('“...,” Bo went on', '“...,” shot back Bo'), and
# the particles skipped after any tag verb ('“...,” pointed out Bo'). A few of the irregular pasts, not all: "got up",
# "held up", "stood up", "came in" are no tags ('"We pay," the official stood up.' says nothing of who spoke).
_TAG_IRREGULAR = _IRREGULAR_PAST & word_set("went shot hit cut broke spoke bit fought")
_TAG_PARTICLES = word_set("on back in up out aloud")


# Verbs of saying that tag a quote ending on its own "?" or "!" ('“Who pays?” Bo wondered.'); not any "-ed" verb
# ('“Will you pay?” Bo smiled and declined to answer.', '“...?” Bo paused for a long moment.')
_ENDED_TAG_VERBS = _VERB_PASTS | word_set(  # the speech verbs' pasts and the tag verbs no list of them holds (speak56)
    "wondered protested sighed groaned griped cried roared thundered bristled pleaded marveled marvelled objected")


def _ended_tag(text: str, verb: int, close: int) -> bool:
    """Return whether the tag verb at ``verb`` after a quote that ends on its own "?" or "!" is a verb of saying
    (:data:`_ENDED_TAG_VERBS`) whose clause ends within two words of it, no "and" among them (speak55).

    >>> t = 'Bo Tam wondered on Monday. Bo Tam smiled. Bo Tam wondered and left. Bo Tam wondered about it all night.'
    >>> [_ended_tag(t, t.index(w, k), t.index(".", k)) for w, k in [("wondered", 0), ("smiled", 27), ("wondered", 42),
    ...  ("wondered", 68)]]
    [True, False, False, False]
    """
    words = text[verb:close].split()
    head = words[0].strip(".,;:!?").lower() if words else ""
    return head in _ENDED_TAG_VERBS and len(words) <= 3 and "and" not in words


def _tag_verb(text: str, qe: int, close: int) -> tuple[int, int, int] | None:
    """Return (the first word's start, the tag verb's start, where its particle ends) of the tag after a quote: the
    first lowercase word after the quote (past "he"/"she" and, after a determiner, the words of its phrase) ending
    in "-ed", or an irregular past with its particle; None when there is none within win.AS_WORDS words.

    >>> t = '"We pay," the senior official went on.'
    >>> lo, v, e = _tag_verb(t, 9, len(t)); t[lo:v], t[v:e]
    ('the senior official ', 'went on')
    >>> _tag_verb('"We pay," which Bo wanted.', 9, 26) is None
    True
    """
    words = list(itertools.islice(_WORD.finditer(text, qe, close), win.TAG_WORDS))
    if not words:
        return None
    phrase = words[0].group().lower() in _PHRASE_DETERMINERS
    for k, w in enumerate(words[: win.AS_WORDS + 1]):
        word = w.group()
        if not word[:1].islower() or word in {"he", "she"} or (phrase and k == 0):
            continue
        particle = words[k + 1] if k + 1 < len(words) and words[k + 1].group() in _TAG_PARTICLES else None
        if word.endswith("ed") or (word in _TAG_IRREGULAR and particle is not None):
            return words[0].start(), w.start(), particle.end() if particle is not None else w.end()
        if not phrase:
            return None
    return None


_LABEL_OPEN = re.compile(r"[\[(]\s*+(?:[A-Za-z ]{2,20}:\s*+)?")  # "[", "(", "[Sound bite: "


def _label_name(text: str, spk: _Index, lo: int, hi: int) -> _Who:
    """Return the person a label in ``text[lo:hi]`` opens with: a speaker mention there, else a full name the
    name rules read (two or more name words, or a Korean name); nobody otherwise.

    >>> _label_name("Jo Bell, Hanul envoy", _Index([]), 0, 20).name
    'Jo Bell'
    """
    for m in spk.first_between(lo, hi):
        if m.kind == "person" and m.end <= hi:
            return _named(m)
    toks = name_tokens(text, lo, hi)
    if not toks:
        return _NOBODY
    j = max(korean_name(toks, 0), name_run(toks, 0))
    if j < 2:
        return _NOBODY
    end = toks[j - 1].start + len(toks[j - 1].word)
    return _Who("colon", None, toks[0].start, end, name=text[toks[0].start : end])


def _speaker_label(text: str, spk: _Index, pl: _Place, prev: tuple[int, int] | None) -> _Who:
    """Return the speaker a broadcast or transcript label names before the quote: its paragraph opens with a
    bracketed or parenthesised label ("[Sound bite: Jo Bell, envoy] “...”", "(Jo Bell, envoy): “...”") or a name
    and a colon ("Jo Bell (translated): “...”"), or, for a paragraph of quote alone, the paragraph before is a short
    label line with a slash ("Jo Bell / Hanul envoy"); nobody otherwise.

    >>> t = '[Sound bite: Jo Bell, Hanul envoy] "We pay."'
    >>> _speaker_label(t, _Index([]), _Place(35, 44, 0, 44, 0, 0, 0), None).name
    'Jo Bell'
    """
    head = text[pl.ps : pl.qs].strip() if pl.qs - pl.ps <= 2 * win.LABEL_MOST else "-"  # bounded: not a long lead
    if 0 < len(head) <= win.LABEL_MOST and (head[-1] in "])" or (head[-1] == ":" and head[-2:-1] in {")", "]"})):
        opening = _LABEL_OPEN.match(text, pl.ps + text[pl.ps : pl.qs].index(head[0]), pl.qs)
        if opening is not None:
            return _label_name(text, spk, opening.end(), pl.qs)
    if 0 < len(head) <= win.LABEL_MOST and head[-1] == ":" and head[0].isupper() and "(" in head:
        return _label_name(text, spk, pl.ps + text[pl.ps : pl.qs].index(head[0]), pl.qs)
    if prev is not None and not head and prev[1] - prev[0] <= win.LABEL_MOST:
        return _label_line(text, spk, prev[0], prev[1])
    return _NOBODY


def _label_line(text: str, spk: _Index, lo: int, hi: int) -> _Who:
    """Return the speaker a short paragraph ``text[lo:hi]`` names when it is a label line of its own before a
    paragraph of quote alone: a name, a slash and a title ("Jo Bell / Hanul envoy"), or a whole bracketed label
    ("[Sound bite: Hanul envoy Jo Bell]", "(Interview: Jo Bell, envoy)"); nobody otherwise (a sentence).

    >>> t = "[Sound bite: Hanul envoy Jo Bell]"
    >>> _label_line(t, _Index([]), 0, len(t)).name, _label_line("Jo Bell / envoy", _Index([]), 0, 15).name
    ('Jo Bell', 'Jo Bell')
    >>> _label_line("Jo Bell spoke.", _Index([]), 0, 14).found
    False
    """
    line = text[lo:hi].strip()
    if not line or line[-1] in ".!?\"”":
        return _NOBODY
    if line[0] in "[(" and line[-1] in "])":  # the whole line is the label: its name is the speaker's
        opening = _LABEL_OPEN.match(text, lo + text[lo:hi].index(line[0]), hi)
        if opening is None:
            return _NOBODY
        start = opening.end()
        found = _label_name(text, spk, start, hi)
        while not found.found and start < hi and (nxt := text.find(" ", start, hi)) > 0:
            start = nxt + 1  # "Hanul envoy Jo Bell": the name after the office words
            found = _label_name(text, spk, start, hi)
        return found
    slash = line.find("/")
    return _label_name(text, spk, lo, lo + text[lo:hi].index("/")) if slash > 0 else _NOBODY


def _untagged_reporter(text: str, lo: int, hi: int, verbs: _SpeechVerbs) -> _Who:
    """Return the untagged organisation that is the subject of the last speech verb in ``text[lo:hi]`` outside
    quotes ("The Hanul Workers Union said ..."), named by its words, for a later "it said"; nobody otherwise.

    >>> t = 'The Hanul Workers Union said on Monday that pay was late. "We act," it added.'
    >>> _untagged_reporter(t, 0, t.index("it added"), _SpeechVerbs(t, SPEECH_VERBS)).name
    'Hanul Workers Union'
    """
    vm = verbs.last_outside_quotes(text, lo, hi)
    if vm is None:
        return _NOBODY
    start = _last_sentence_start(text, max(lo, vm.start() - win.PROPER_REACH), vm.start() + 2)
    words = text[start : vm.start()].split()
    if words and words[0] not in {"The", "the"} and not _ACRONYM_WORD.fullmatch(words[0]):
        return _NOBODY  # "Jo Bell said": a person's name, not an organisation "it" stands for
    return _proper_subject(text, start, vm.start())


_AS_VERBS = _FALLBACK_VERBS | word_set("put puts suggests suggested noted notes wrote writes")
_AS_BEFORE = re.compile(r"(?!(?<=\s)\s)\s*+As\s++")  # not inside a run of blanks
_AS_AFTER = re.compile(r"(?<![\s,])[\s,]*+as\s++")
_AS_LATER = re.compile(r",\s++as\s++")


def _as_later(text: str, qe: int, close: int) -> re.Match[str] | None:
    """Return the ", as" that opens a clause after the quote ending at ``qe`` and the words of its phrase ('a “rich”
    country, as Bo put it'), within ``win.AS_LATER_REACH`` characters and before ``close`` with no quote mark between;
    else None.

    >>> _as_later('a “rich” country, as Bo put it.', 8, 31).start(), _as_later('a “rich” “land”, as Bo put it.', 8, 30)
    (16, None)
    """
    m = _AS_LATER.search(text, qe, min(close, qe + win.AS_LATER_REACH))
    return None if m is None or _MARK.search(text, qe, m.start()) else m


def _as_source(text: str, spk: _Index, pl: _Place, close: int) -> _Who:
    """Return the source an "as" clause beside the quote names ('“...,” as Bo said', "As Bo put it, “...”", "“...,”
    as one Hanul Daily column suggests"): a speaker mention, "he"/"she", else the words before the verb as a name.

    >>> t = 'Is it in "grave danger," as one Hanul Daily column suggests?'
    >>> _as_source(t, _Index([]), _Place(9, 24, 0, len(t), 0, 0, 0), len(t)).name
    'one Hanul Daily column'
    >>> t = 'Seoul is a "rich" country, as Jo Bell put it.'
    >>> _as_source(t, _Index([]), _Place(11, 17, 0, len(t), 0, 0, 0), len(t)).name
    'Jo Bell'
    """
    m = _AS_AFTER.match(text, pl.qe, close) or _as_later(text, pl.qe, close)
    if m is None:
        m = _AS_BEFORE.match(text, pl.sent_start, pl.qs)
        if m is None or not text[max(pl.sent_start, pl.qs - 8) : pl.qs].rstrip().endswith(","):
            return _NOBODY
        close = pl.qs
    words = [(w.start(), w.end()) for w in itertools.islice(_WORD.finditer(text, m.end(), close), win.AS_WORDS + 1)]
    k = next((k for k, (a, b) in enumerate(words) if text[a:b].lower() in _AS_VERBS), 0)
    if k == 0:
        return _NOBODY
    lo, hi = words[0][0], words[k - 1][1]
    if text[lo:hi] in {"he", "she", "He", "She"}:
        return _Who("pronoun", None, lo, hi)
    for ment in spk.first_between(lo, hi):
        if ment.end <= hi:
            return _named(ment)
    phrase = text[lo:hi]
    if not any(w[:1].isupper() for w in phrase.split()) or any(c in phrase for c in ",;:\"“”"):
        return _NOBODY  # "as the saying goes": no source named
    return _Who("fallback", None, lo, hi, name=phrase)


_READ_AFTER = re.compile(r"(?<![\s,])[\s,]*+(?:read|reads|says)\s++(?P<d>a|an|the|its|their)\s++")


def _read_statement(text: str, spk: _Index, pl: _Place, close: int) -> _Who:
    """Return the issuer of the document a quote is "read" from ('“...,” read a statement from the Hanul Embassy in
    Tokyo'): a speaker mention after "from"/"by"/"of", else the capitalised name there, else the document itself ("a
    joint statement"); nobody when no document follows "read".

    >>> t = '"We will not pay more," read a statement from the Hanul Embassy in Tokyo.'
    >>> _read_statement(t, _Index([]), _Place(0, 23, 0, len(t), 0, 0, 0), len(t)).name
    'Hanul Embassy'
    """
    m = _READ_AFTER.match(text, pl.qe, close)
    if m is None:
        return _NOBODY
    doc = None
    for w in itertools.islice(_WORD.finditer(text, m.end(), close), 3):  # "a joint statement", "a brief statement"
        if w.group().lower() in _DOCUMENTS:
            doc = w
            break
    if doc is None:
        return _NOBODY
    hi = min(pl.pe, close + win.READ_ISSUER)  # the close may be a stop after "U.S." inside the issuer's name
    by = _FROM_ISSUER.match(text, doc.end(), hi)
    if by is not None:
        for ment in spk.first_between(by.end(), hi):
            if _is_speaker(ment) and ment.kind != "place":  # "the U.S. Embassy": the embassy, not the country
                return _named(ment)
        words = text[by.end() : hi].split()[:win.READ_ISSUER_WORDS]
        k = 1 if words and words[0] == "the" else 0
        run = list(itertools.takewhile(lambda w: w[:1].isupper() or w in _ORG_GLUE, words[k:]))
        while run and run[-1] in _ORG_GLUE:
            run.pop()
        if run:
            name = " ".join(run).rstrip(".,;")
            start = text.find(name, by.end(), hi)
            return _Who("fallback", None, start, start + len(name), name=name)
    return _Who("descriptor", None, m.start("d"), doc.end(), name=text[m.end() : doc.end()])

# fix51s6 (issue 9): for a quote no rule credits, a record the report quotes that no noun list names ("according to
# the minutes", "The transcript described ... as"), and a group of people as its tag's subject ("union leaders said")
# or the one of them a tag names ('"...," said one, Jo Bell'). Each returns the phrase's words, as main gives "the
# memo" and "opposition lawmakers": no name, no holder looked for.
_RECORDS = word_set("minutes transcript ruling resolution notice petition")  # a poll or survey is no speaker (quotes40)
_RECORD_VERBS = word_set("said says described describes called calls stated states read reads warned warns")
_RECORD_AFTER = re.compile(r"[ \t,]{1,3}+according[ \t]to[ \t]")
_RECORD_OPENING = re.compile(r"According[ \t]to[ \t]")
_RECORD_OPENERS = ("the", "a", "an", "its", "their", "The", "A", "An", "Its", "Their")
_RECORD_NEXT = word_set("of by from in on for")


def _record_words(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of "<determiner> [two lower-case modifiers] <record>" opening at ``lo`` (a record of
    ``_RECORDS``), when a stop, a comma, a preposition or a participle follows the record ("the ruling party": an
    adjective, not a record); else None.

    >>> t = "the minutes of the meeting. the ruling party."
    >>> _record_words(t, 0, len(t)), _record_words(t, 28, len(t))
    ((0, 11), None)
    """
    words = list(itertools.islice(_NONSPACE_RUN.finditer(text, lo, hi), 6))
    if not words or words[0].start() != lo or words[0].group() not in _RECORD_OPENERS:
        return None
    for k, w in enumerate(words[1:4], 1):
        word = w.group().rstrip(",.;")
        if word.lower() in _RECORDS and word.islower():
            nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""  # none: nothing follows before ``hi``
            if w.group() != word or not nxt or nxt in _RECORD_NEXT or _record_participle(words[k + 1 :]):
                return words[0].start(), w.start() + len(word)
            return None
        if not word.isalpha() or not word.islower():
            return None
    return None


def _record_participle(words: list[Any]) -> bool:
    """Return whether ``words`` (word matches after a record's noun) open with a verb of ``_RECORD_VERBS`` or a
    participle that "by", a comma or a stop closes ("the ruling issued by", "the minutes released,"), not an
    adjective before its noun ("the ruling united front": a party, no record).

    >>> [_record_participle(list(_NONSPACE_RUN.finditer(t))) for t in ("issued by", "united front", "described")]
    [True, False, True]
    """
    if not words or not words[0].group().rstrip(",.;").endswith("ed"):
        return False
    first = words[0].group()
    return first in _RECORD_VERBS or first[-1] in ",.;" or (len(words) > 1 and words[1].group() == "by")


def _record_source(text: str, spk: _Index, pl: _Place, close: int) -> _Who:
    """Return the record a quote comes from (:func:`_record_words`): '“...,” according to the minutes', "According
    to a transcript released Friday, “...”" (the quote right after the phrase's comma), 'The ruling described the
    plan as “...”' (a participle aside may stand between record and verb); its issuer when a speaker mention
    follows "by", "from" or "released/issued/published by" (:func:`_record_issuer`, the Conventions' issuer of a
    document); else nobody.

    >>> t = 'The plan was "a bluff," according to the minutes of the meeting.'
    >>> w = _record_source(t, _Index([]), _Place(13, 23, 0, len(t), 0, 0, 0), len(t)); t[w.start : w.end]
    'the minutes'
    >>> t = 'According to the minutes, Jo Bell said "no."'
    >>> _record_source(t, _Index([]), _Place(39, 44, 0, len(t), 0, 0, 0), len(t)).found
    False
    """
    span = None
    if (m := _RECORD_AFTER.match(text, pl.qe, close)) is not None:
        span = _record_words(text, m.end(), close)
    elif pl.qs - pl.sent_start > win.SOURCE_LEAD_MOST:
        return _NOBODY  # a run-on sentence: its opening is no source of a quote this far on (read in bounded time)
    elif (m := _RECORD_OPENING.match(text, pl.sent_start, pl.qs)) is not None:
        lead = text[m.end() : pl.qs].rstrip()
        if lead.endswith(",") and not _MARK.search(lead) and not any(w in SPEECH_VERBS for w in lead.split()):
            span = _record_words(text, m.end(), pl.qs)
    elif (span := _record_words(text, pl.sent_start, pl.qs)) is not None:
        span = span if _record_verb(text, span[1], pl.qs) else None
    return _NOBODY if span is None else _record_issuer(text, spk, span, close)


_RECORD_ISSUED = re.compile(
    r"(?:,?[ \t]{1,3}+(?:released|issued|published|passed|adopted|written|drafted))?[ \t]{1,3}+(?:by|from)[ \t]{1,3}+"
)
_RECORD_OF = re.compile(r"[ \t]{1,3}+of[ \t]{1,3}+")


def _record_issuer(text: str, spk: _Index, span: tuple[int, int], hi: int) -> _Who:
    """Return the speaker mention right after "by"/"from"/"released by" ("passed", "adopted", "written", "drafted",
    "issued", "published") that follows the record at ``span`` ("a ruling by the Hanul Court", "a transcript released
    by the Blue House", "the ruling, written by Judge Jo Bell": past a title), or the one whose words it holds ("the
    transcript of Jo Bell's remarks", :func:`_record_owner`), else the record itself; not one who only holds it ("the
    minutes, obtained by the Hanul Daily").

    >>> t = "the ruling by Hanul Court"
    >>> _record_issuer(t, _Index([Mention(14, 25, "Hanul Court", "org", {})]), (0, 10), len(t)).mention.exact
    'Hanul Court'
    >>> t = "the ruling, written by Judge Jo Bell"
    >>> _record_issuer(t, _Index([Mention(29, 36, "Jo Bell", "person", {})]), (0, 10), len(t)).mention.exact
    'Jo Bell'
    >>> w = _record_issuer("the minutes obtained by Bo", _Index([]), (0, 11), 26); (w.attribution, w.end)
    ('according_to', 11)
    """
    by = _RECORD_ISSUED.match(text, span[1], hi)
    m = spk.starting_at(by.end(), by.end()) if by is not None else _record_owner(text, spk, span[1], hi)
    if by is not None and m is None:
        m = _titled_person(text, spk, by.end(), hi)
    if m is not None and _is_speaker(m) and m.end <= hi:
        return _named(m)
    return _Who("according_to", None, *span)


def _record_owner(text: str, spk: _Index, end: int, hi: int) -> Mention | None:
    """Return the speaker whose words a record ending at ``end`` holds: "of <mention>'s <noun of speech>" ("the
    transcript of Jo Bell's remarks"), else None ("the minutes of Jo Bell's meeting": a meeting is no one's words).

    >>> t = "the transcript of Jo Bell's remarks"
    >>> _record_owner(t, _Index([Mention(18, 25, "Jo Bell", "person", {})]), 14, len(t)).exact
    'Jo Bell'
    >>> _record_owner("the minutes of Jo Bell's meeting", _Index([Mention(15, 22, "Jo Bell", "person", {})]), 11, 32)
    """
    of = _RECORD_OF.match(text, end, hi)
    m = spk.starting_at(of.end(), of.end()) if of is not None else None
    if m is None or not text.startswith(_POSSESSIVE_S, m.end):
        return None
    noun = next(_NONSPACE_RUN.finditer(text, m.end + 2, hi), None)
    return m if noun is not None and noun.group().rstrip(",.;") in _SPEECH_NOUNS else None


def _titled_person(text: str, spk: _Index, pos: int, hi: int) -> Mention | None:
    """Return the person mention right after up to three capitalised title words at ``pos``, one of them in the title
    list ("Judge Jo Bell", "Foreign Minister Jo Bell", "Gen. Jo Bell"), else None.

    >>> t = "Foreign Minister Jo Bell"
    >>> _titled_person(t, _Index([Mention(17, 24, "Jo Bell", "person", {})]), 0, len(t)).exact
    'Jo Bell'
    >>> _titled_person("Hanul Jo Bell", _Index([Mention(6, 13, "Jo Bell", "person", {})]), 0, 13)
    """
    titled = False
    for w in itertools.islice(_NONSPACE_RUN.finditer(text, pos, hi), 4):
        m = spk.starting_at(w.start(), w.start())
        if m is not None and titled:
            return m if m.kind == "person" and not text.startswith(_POSSESSIVE_S, m.end) else None
        if m is not None or w.group() not in TITLE_WORDS or not w.group()[:1].isupper():
            return None
        titled = titled or w.group() in TITLES
    return None


def _record_verb(text: str, end: int, qs: int) -> bool:
    """Return whether a verb of ``_RECORD_VERBS`` follows a record's noun ending at ``end`` (right after it, or after a
    participle aside between commas: "The resolution, adopted by the committee, called"), with no other speech verb
    nor quote mark between it and the quote at ``qs``.

    >>> t = 'The resolution, adopted by the panel, called it "rash."'
    >>> _record_verb(t, 14, t.index('"')), _record_verb('The poll, he said, called it "rash."', 8, 29)
    (True, False)
    """
    pos = end
    if text.startswith(",", end):
        shut = text.find(",", end + 1, qs)
        aside = text[end + 1 : shut].split()
        if shut < 0 or not aside or not aside[0].endswith("ed") or len(aside) > 10 or _MARK.search(text, end, shut):
            return False
        pos = shut + 1
    words = text[pos:qs].split()
    return bool(words) and words[0] in _RECORD_VERBS and not _MARK.search(text, pos, qs) and not any(
        w.strip(",.") in SPEECH_VERBS for w in words[1:])


_GROUP_VERBS = word_set("said say says added")
_GROUP_PLACES = word_set("near at of in from")
_NOT_GROUPS = word_set("others this thus its his hers ours yours theirs us news")
# words that open a group other rules read ("the two delegations said": the pair named before; "the officials")
_GROUP_NOT_OPENING = word_set("the these those both all his her their its our two three four five six")
_GROUP_AFTER = re.compile(r"[ \t,]{1,3}+")
_ONE_SAID = re.compile(r",[ \t]{1,3}+(?:said|added)\b")
_ONE_OF = re.compile(r"[ \t,]{1,3}+said[ \t]one(?:[ \t]of[ \t]them)?,[ \t]|[ \t,]{1,3}+one[ \t]of[ \t]them,[ \t]")


def _group_words(words: list[str], opening: bool = False) -> bool:
    """Return whether ``words`` are a group of people: at most two modifiers, a plural noun (not a pronoun), perhaps
    "near"/"at"/"of"/"in"/"from" and up to four words of a place, with a lower-case word (or the noun alone; the
    first word may be capitalised at a sentence's ``opening``: "Senior Republicans said").

    >>> _group_words("union leaders".split()), _group_words("Residents near Camp Hale".split())
    (True, True)
    >>> _group_words("Charles Ross".split()), _group_words("others".split()), _group_words("the two envoys".split())
    (False, False, False)
    """
    k = next((k for k, w in enumerate(words[:3]) if len(w) > 3 and w.isalpha() and w.endswith("s")
              and not w.endswith(("ss", "us")) and w.lower() not in _NOT_GROUPS), None)  # fmt: skip
    if k is None or not all(w.replace("-", "").isalpha() for w in words[:k]) or words[0].lower() in _GROUP_NOT_OPENING:
        return False
    tail = words[k + 1 :]
    if tail and (tail[0] not in _GROUP_PLACES or not 1 < len(tail) < 6):
        return False
    return k == 0 or any(w.islower() for w in [words[0].lower() if opening else words[0], *words[1 : k + 1]])


def _group_source(text: str, spk: _Index, pl: _Place, close: int, opening: bool = True) -> _Who:
    """Return the group a quote's tag names as its subject ('“...,” union leaders said', "Residents near the base
    said the plan was “...”", '“...,” said union leaders who spoke ...') or the person "said one, NAME" names;
    nobody when a speaker mention stands in the group's words (its rules read those). A group that opens the
    sentence only when ``opening`` (not for a scare quote: 'Aides said Bo would fault the “free riding” claim').

    >>> t = '"We will not pay," union leaders said in a statement.'
    >>> w = _group_source(t, _Index([]), _Place(0, 18, 0, len(t), 0, 0, 0), len(t)); t[w.start : w.end]
    'union leaders'
    """
    if text[max(0, pl.qs - 12) : pl.qs].rstrip().lower().endswith(("so-called", "known as", "dubbed")):
        return _NOBODY  # 'the so-called “quiet deal,” analysts said': a label, nobody's words
    if (one := _ONE_OF.match(text, pl.qe, close)) is not None:
        who = _one_person(text, spk, one.end(), close)
        said = "said" in one.group() or _ONE_SAID.match(text, who.end, close) is not None
        return who if who.found and said else _NOBODY  # '“...,” one of them, Bo, said', not "..., Bo, was absent"
    after = _GROUP_AFTER.match(text, pl.qe, close)
    words = list(itertools.islice(_NONSPACE_RUN.finditer(text, after.end() if after else close, close), 11))
    if after is None or "," not in text[pl.qe - 2 : after.end()]:
        words = []  # '“...” but analysts said': no tag of the quote's
    if words and words[0].group() == "said":  # "said union leaders who spoke"
        end = None
        for w in itertools.takewhile(lambda w: w.group() != "who", words[1:]):
            end = w.start() + len(w.group().rstrip(",.;"))
            if w.group() != w.group().rstrip(",.;"):
                break
        return _group_span(text, spk, (words[1].start(), end) if end else None)
    k = next((k for k, w in enumerate(words) if w.group().rstrip(",.") in _GROUP_VERBS), 0)
    if k:  # '“...,” union leaders said'
        return _group_span(text, spk, (words[0].start(), words[k - 1].end()))
    if pl.qs - pl.sent_start > win.SOURCE_LEAD_MOST:
        return _NOBODY  # a run-on sentence: its opening is no group tagging a quote this far on (bounded time)
    lead = list(itertools.islice(_NONSPACE_RUN.finditer(text, pl.sent_start, pl.qs), 11))
    k = next((k for k, w in enumerate(lead) if w.group() in _GROUP_VERBS), 0)
    if not opening or not k or "," in text[pl.sent_start : lead[k].start()] or _MARK.search(text, lead[k].end(), pl.qs):
        return _NOBODY  # "Senior Republicans said the plan was “...”": the group opens the quote's sentence
    if any(w.group().strip(",.") in SPEECH_VERBS for w in lead[k + 1 :]):
        return _NOBODY  # "Residents said Bo told them “...”": the inner verb's speaker
    return _group_span(text, spk, (lead[0].start(), lead[k - 1].end()), opening=True)


def _record_or_group(text: str, spk: _Index, pl: _Place, close: int, opening: bool) -> _Who:
    """Return the record a quote comes from (:func:`_record_source`), else the group its tag names
    (:func:`_group_source`; ``opening`` as there) (fix51s6).

    >>> t = '"We will not pay," union leaders said.'
    >>> w = _record_or_group(t, _Index([]), _Place(0, 18, 0, len(t), 0, 0, 0), len(t), True); t[w.start : w.end]
    'union leaders'
    """
    record = _record_source(text, spk, pl, close)
    return record if record.found else _group_source(text, spk, pl, close, opening)


_ONE_NAME_NEXT = word_set("of from at")
_NOT_ROLE_WORDS = _PREPOSITIONS | _DETERMINERS | _COORDINATORS | SPEECH_VERBS | word_set("who whom whose which")


def _one_person(text: str, spk: _Index, lo: int, hi: int) -> _Who:
    """Return the one "said one, ..." names at ``lo``: the first person mention before the next comma or stop, past
    capitalised words (a title, a place, a body) and at most two lower-case role words right before it ("said one,
    Camp Hale resident Jo Bell", "Gen. Jo Bell"); else the capitalised name :func:`_one_named` reads; else nobody.

    >>> t = "one, Camp Hale resident Jo Bell."
    >>> _one_person(t, _Index([Mention(24, 31, "Jo Bell", "person", {})]), 5, len(t)).mention.exact
    'Jo Bell'
    >>> _one_person("one, who met Jo Bell.", _Index([Mention(13, 20, "Jo Bell", "person", {})]), 5, 21).found
    False
    >>> t = "one, Hale Institute economist who met Jo Bell."
    >>> _one_person(t, _Index([Mention(38, 45, "Jo Bell", "person", {})]), 5, len(t)).found
    False
    """
    capitalised = lower = 0
    for w in itertools.islice(_NONSPACE_RUN.finditer(text, lo, hi), 8):
        m = spk.starting_at(w.start(), w.start())
        if m is not None and m.kind == "person" and not text.startswith(_POSSESSIVE_S, m.end):
            return _named(m)
        word = w.group()
        if word[:1].isupper() and not lower:
            capitalised += 1  # a title or the words of a place or a body ("Gen.", "Camp Hale", "Ostend Institute")
        elif not capitalised or lower == 2 or not word.isalpha() or not word.islower() or word in _NOT_ROLE_WORDS:
            break  # "said one, who met Jo Bell": no title before the name
        else:
            lower += 1  # a role word ("resident", "senior economist")
        if word[-1] in ",;:" or (word[-1] == "." and word not in TITLE_WORDS and len(word) > 2):
            break
    return _one_named(text, lo, hi)


def _one_named(text: str, lo: int, hi: int) -> _Who:
    """Return the name of two or three capitalised words at ``lo`` that no mention holds ("said one, Jo Bell of the
    institute"), ending at a comma, a stop or "of"/"from"/"at" (not before a role word: "said one, Camp Hale
    resident ..." names a place); else nobody.

    >>> t = "said one, Jo Bell of the institute."
    >>> _one_named(t, 10, len(t)).name, _one_named("one, The Hanul Post", 5, 19).found
    ('Jo Bell', False)
    >>> _one_named("one, Camp Hale resident Jo Bell.", 5, 32).found
    False
    """
    words = list(itertools.islice(_NONSPACE_RUN.finditer(text, lo, hi), 4))
    n = next((k for k, w in enumerate(words) if not w.group()[:1].isupper() or w.group() != w.group().rstrip(",.")),
             len(words))  # fmt: skip
    if n < len(words) and words[n].group()[:1].isupper():
        n += 1  # the last word, with its comma or stop
    elif n < len(words) and words[n].group() not in _ONE_NAME_NEXT:
        return _NOBODY  # "said one, Camp Hale resident ...": a place or a body before a role word, no name
    names = [w.group().rstrip(",.") for w in words[:n]]
    if not 1 < n < 4 or names[0] in _RECORD_OPENERS or not all(w.replace("-", "").isalpha() for w in names):
        return _NOBODY
    end = words[n - 1].start() + len(names[-1])
    return _Who("fallback", None, lo, end, name=text[lo:end])


def _group_span(text: str, spk: _Index, span: tuple[int, int] | None, opening: bool = False) -> _Who:
    """Return the group at ``span`` as a source (:func:`_group_words`), or nobody.

    >>> _group_span("Senior Republicans", _Index([]), (0, 18), True).end, _group_span("Jo", _Index([]), (0, 2)).found
    (18, False)
    """
    if span is None or spk.first_between(*span) or not _group_words(text[span[0] : span[1]].split(), opening):
        return _NOBODY
    return _Who("descriptor", None, *span)


def _role_next(text: str, end: int) -> bool:
    """Return whether the word right after a name (with or without a possessive) is a capitalised role noun
    ("Tam Aide Says", "Tam's Aide Says"): the name is the role's modifier, not a speaker.

    >>> _role_next("Tam Aide Says", 3), _role_next("Tam's Aide Says", 3), _role_next("Tam Says", 3)
    (True, True, False)
    >>> _role_next("Tam aide says", 3), _role_next("Tam, Aide, Says", 3)
    (False, False)
    """
    words = text[end : end + win.ROLE_NEXT].split()[:2]
    if words and words[0] in {"'s", "’s"}:
        words = words[1:]
    elif words and text[end : end + 2] in {"'s", "’s"}:
        words = [words[0][2:]]
    return bool(words) and words[0][:1].isupper() and words[0].lower() in ROLE_NOUNS


# Things that bear words and never speak them ("Her sign reads", "A leaflet the group hands out says", "A 2017 poll by
# the Foo Institute found"): a quote they give is no earlier speaker's (qfix44). Not a bill or a law: the last
# speaker is often its sponsor, whose words go on (a held-out quote lost by "The bill")
_MUTE_SOURCES = _BANNERS | word_set(
    "sign placard poster pamphlet leaflet flyer brochure survey poll study resolution")
_THING_OPENERS = word_set("the a an this that its their his her our")  # "The bill", "A 2017 poll", "Her sign"


# '“...,” said a man in his 60s': an unnamed stranger after an inverted verb
_STRANGER_AFTER = re.compile(r"[ \t]{1,3}+(?:said|says|added|adds)[ \t]{1,3}+an?[ \t]")
# '“...,” they said': the quote's own tag is a plural pronoun (xs59: a "they" no group answers is no one person's)
_THEY_AFTER = re.compile(
    r"[ \t]{1,3}+they[ \t]{1,3}+(?:(?:[a-z]{1,13}+(?<=ly)|later|also|then|again)[ \t]{1,3}+)?(?P<v>[a-z]{3,12}+)\b")


# xs59: a role the next paragraph's titled subject holds ("the base commander said. ¶ Col. Bo said")
_MILITARY_ROLES = word_set("commander chief officer")
_MILITARY_RANKS = word_set("gen general col colonel lt lieutenant maj major adm admiral brig capt captain")
_GENERAL_RANKS = word_set("gen general adm admiral brig")  # mend59s: no rank of a base's, camp's or brigade's commander
_NOT_TITLE_OPENERS = word_set("on in at after before during later then but and when while as")  # "On Friday Col."
_TITLE_WORDS_MOST = 4  # words of a title before the next paragraph's subject ("Army Lt. Gen.", "Defense Minister")
_NEXT_VERB = re.compile(r"[ \t]{1,3}+(?:[a-z]{1,13}+(?<=ly)[ \t]{1,3}+)?[a-z]{2,15}+\b")


def _spoke(*quotes: Quote | None) -> bool:
    """Return whether one of ``quotes`` has a speaker (a "they" after it keeps the writer: speak90r THEY_GROUP).

    >>> said, unsaid = Quote(0, 4, '"No"', {"attribution": "named"}), Quote(0, 4, '"No"', {"attribution": "none"})
    >>> _spoke(None, unsaid), _spoke(unsaid, said)
    (False, True)
    """
    return any(q is not None and q.value["attribution"] != "none" for q in quotes)


def _they_tag(text: str, qe: int) -> bool:
    """Return whether the quote that closes at ``qe`` is tagged by a plural "they" and a verb of saying ('“...,” they
    said', '“...,” they later told reporters'): the rules that read a "they" found no group it points back to, so
    the quote is no one person's (xs59: never the last person named, "A briefed B and C. “...,” they said").

    >>> t = '“No,” they said. “Yes,” they hoped. “Go,” they quickly added. “Up,” they wrote back.'
    >>> [_they_tag(t, t.index(w)) for w in (" they said", " they hoped", " they quickly", " they wrote")]
    [True, False, True, True]
    >>> t = 'Bo Lin, who uses they/them pronouns, spoke. “No,” they said.'
    >>> _they_tag(t, t.index(" they said"))
    False
    """
    m = _THEY_AFTER.match(text, qe)
    if m is None or m["v"] not in _FALLBACK_VERBS:
        return False
    before = text[max(0, qe - _THEY_STATED_BACK) : qe].lower()
    return not any(w in before for w in _THEY_STATED)  # "Bo, who uses they/them pronouns": a singular they (mend59s)


def _they_unclaimed(text: str, qe: int, same: Quote | None, prev: Quote | None) -> bool:
    """Return whether the quote closing at ``qe`` is tagged by a plural "they" (:func:`_they_tag`) and neither the
    paragraph's quote before it (``same``) nor the one before that (``prev``) has a speaker: a "they" no group
    answers, so the quote is nobody's (xs59).

    >>> t = '“No,” they said.'
    >>> said = Quote(0, 5, "“No,”", {"attribution": "named"})
    >>> _they_unclaimed(t, 5, None, None), _they_unclaimed(t, 5, said, None), _they_unclaimed("“No,” Bo said.", 5,
    ...     None, None)
    (True, False, False)
    """
    return _they_tag(text, qe) and not _spoke(same, prev)


_THEY_STATED = ("they/them", "pronoun they", "pronouns they")  # a person's stated pronoun: "they" may be one person
_THEY_STATED_BACK = 1500  # characters before the quote read for a stated pronoun


def _first_words(text: str, lo: int, hi: int, most: int) -> list[str]:
    """Return ``text[lo:hi].split()[:most]``, reading no more of the text than those words and the next one's start
    (a window doubled until it holds them: lin59, a long sentence is not split whole for its first words).

    >>> t = "  Her sign, it reads " + "x " * 5000
    >>> _first_words(t, 0, len(t), 4) == t.split()[:4], _first_words(t, 0, 12, 4), _first_words(t, 5, 5, 4)
    (True, ['Her', 'sign,'], [])
    """
    step = 64
    while True:
        end = min(hi, lo + step)
        words = text[lo:end].split(maxsplit=most)
        if len(words) > most or end >= hi:
            return words[:most]  # a word after the ``most`` first: they are whole
        step *= 2


def _mute_or_stranger(text: str, pl: _Place) -> bool:
    """Return whether a quote's sentence tells of words no earlier speaker says: a thing that bears words among the
    sentence's first words before the quote ("A leaflet states that ...", "Her sign reads"), or an unnamed person
    right after an inverted verb ('“...,” said a man in his 60s'). The fallback leaves such a quote with no speaker
    rather than the last one's (qfix44).

    >>> t = 'The sign reads that we "must pass." He said, "Yes." "No," said a man.'
    >>> one, two = _Place(23, 35, 0, 69, 0, 0, 0), _Place(45, 51, 0, 69, 0, 36, 0)
    >>> _mute_or_stranger(t, one), _mute_or_stranger(t, two), _mute_or_stranger(t, _Place(52, 57, 0, 69, 0, 52, 0))
    (True, False, True)
    """
    if _STRANGER_AFTER.match(text, pl.qe):
        return True
    raw = _first_words(text, pl.sent_start, pl.qs, 4)  # lin59: not every word of a long sentence
    words = [w.lower().rstrip(",.").removesuffix("'s").removesuffix("’s") for w in raw]
    opener = bool(words) and (words[0] in _THING_OPENERS or raw[0][-2:] in {"'s", "’s"})
    return opener and any(w in _MUTE_SOURCES for w in words)  # a possessive opener: "Han's sign reads"


def _in_sentence(text: str, spk: _Index, pl: _Place, verbs: _SpeechVerbs | None = None) -> _Who:
    """Return the subject of the speech verb nearest the quote in its sentence: before the quote, the nearest speaker
    before that verb that is not a preposition's object; after it, a speaker between the quote and the verb, else
    the one right after the verb; "he"/"she" right before the verb (resolved later as any pronoun); nobody if the
    sentence has no speech verb.

    >>> t = 'On Monday, Rep. Jo Bell of the Assembly stated regarding the deal, "Seoul pays enough."'
    >>> ms = [Mention(16, 23, "Jo Bell", "person", {}), Mention(27, 39, "the Assembly", "org", {})]
    >>> _in_sentence(t, _Index(ms), _Place(67, 87, 0, len(t), 0, 0, 0)).mention.exact
    'Jo Bell'
    >>> _in_sentence('Later she told us, "We pay."', _Index([]), _Place(19, 28, 0, 28, 0, 0, 0)).attribution
    'pronoun'
    """
    close = _sentence_close(text, pl.qe, pl.pe)
    verb = (verbs or _SpeechVerbs(text)).near(pl, close)
    if verb is None:
        return _comma_tag(text, spk, pl, close)  # '"...," Bo griped.'

    lo = pl.sent_start if verb.start() < pl.qs else pl.qe
    p = _PRONOUN_BEFORE.search(text, max(lo, verb.start() - win.PRONOUN_BACK), verb.start())
    if p is not None and p.group("p").lower() in {"he", "she"}:
        return _Who("pronoun", None, p.start("p"), p.end("p"))  # "she told reporters, “...”": resolved as a pronoun
    if _clause_joined_after(text, pl, verb.start()):
        return _NOBODY  # '... the “...” into the sea, and the North has warned': another clause's verb (qfix50)
    m = _clause_speaker(text, spk, lo, verb.start())
    if m is not None and _role_next(text, m.end):
        return _NOBODY  # "Tam Aide Says '...'": the aide speaks, not the name before the role
    if m is not None:
        return _named(m)
    who = _phrase_subject(text, lo, verb.start())  # "The union said:", '"...," the civic group said'
    if not who.found:
        who = _proper_subject(text, lo, verb.start())  # '"...," HAO said'
    first = _NONSPACE.search(text, lo, verb.start()) if not who.found and verb.start() < pl.qs else None
    if first is not None:
        who = _opening_role(text, first.start(), verb.start())  # "The official estimates ..., and said"
    if who.found or verb.start() < pl.qs:
        return who
    return _named_after_verb(text, spk, verb.end(), close)


def _reports(text: str, m: Mention) -> bool:
    """Return whether the person ``m`` names is the subject of a speech verb: the verb within win.REPORTER_WORDS words
    after the name ("Bo said", "Bo also told reporters"), not an unnamed descriptor ("an aide said").

    >>> t = "Bo met Al. Al then told reporters it was over."
    >>> _reports(t, Mention(0, 2, "Bo", "person", {})), _reports(t, Mention(11, 13, "Al", "person", {}))
    (False, True)
    """
    if m.kind != "person" or m.value.get("descriptor") or _role_next(text, m.end):
        return False  # "Tam Aide Says": the aide reports, not Tam
    words = text[m.end : m.end + win.REPORTS_AFTER].split()[:win.REPORTER_WORDS]
    return any(w.strip(",").lower() in SPEECH_VERBS for w in words)


def _past_title(text: str, start: int, end: int) -> int:
    """Return where the words at ``start`` resume past the capitalised words of a title ("Defense Minister Bo"), at
    most win.TITLE_LOOK_WORDS of them, else ``start``.

    >>> t = "Defense Minister Jo Bell disagreed."
    >>> t[_past_title(t, 0, len(t)):], _past_title("Jo Bell disagreed.", 0, 18)
    ('Jo Bell disagreed.', 0)
    """
    runs = _NONSPACE_RUN.finditer(text, start, min(end, start + win.PAST_TITLE))
    for run in itertools.islice(runs, win.TITLE_LOOK_WORDS):
        if not _title_word(run.group()):
            return run.start()
    return start


def _past_fronted(text: str, start: int, end: int) -> int:
    """Return where a sentence at ``start`` resumes past a fronted phrase that opens on a preposition or a participle
    and ends at its first comma ("Speaking to lawmakers on Tuesday, Bo was blunt"), else ``end`` (no such phrase).

    >>> t = "Speaking on Tuesday, Bo was blunt."
    >>> t[_past_fronted(t, 0, len(t)):], _past_fronted("Bo, the envoy, was blunt.", 0, 25)
    (' Bo was blunt.', 25)
    """
    first = text[start : start + win.FIRST_WORD_CHARS].split(maxsplit=1)[:1]
    word = first[0].lower() if first else ""
    if not (word in _PREPOSITIONS or (word.endswith("ing") and word.isalpha())):
        return end
    comma = text.find(",", start, min(end, start + win.FRONTED_MOST))
    return comma + 1 if comma > 0 else end


def _later(one: Mention | None, other: Mention | None) -> Mention | None:
    """Return the later of two mentions either of which may be None ('"...," Bo said. ¶ Al Roe was unmoved. "..."':
    the subject of the sentence before the quote, told of after the last reporter).

    >>> bo, al = Mention(0, 2, "Bo", "person", {}), Mention(9, 11, "Al", "person", {})
    >>> _later(bo, al).exact, _later(al, None).exact, _later(None, bo).exact
    ('Al', 'Al', 'Bo')
    """
    if one is None or other is None:
        return one or other
    return other if other.start > one.start else one


def _last_before(ms: Sequence[Mention], starts: Sequence[int], lo: int, hi: int) -> Mention | None:
    """Return the last of ``ms`` (in text order, with their ``starts``) starting in ``[lo, hi)``, else None.

    >>> ms = [Mention(0, 2, "Bo", "person", {}), Mention(11, 13, "Al", "person", {})]
    >>> _last_before(ms, [0, 11], 0, 20).exact, _last_before(ms, [0, 11], 5, 10)
    ('Al', None)
    """
    k = bisect.bisect_left(starts, hi) - 1
    return ms[k] if k >= 0 and ms[k].start >= lo else None


# A finite clause's cue in a quote's words (fallback94q): an auxiliary or modal, a subject pronoun, a clitic.
_FINITE_CUE = re.compile(
    r"\b(?:is|are|was|were|am|will|would|can|could|should|must|shall|may|might|have|has|had|do|does|did|I|we|We|you"
    r"|You|they|They|it|It)\b|\w[’'](?:s|re|ll|ve|d|m)\b|n[’']t\b"
)


def _full_clause(content: str) -> bool:
    """Return whether a quote's words are a full clause: at least win.CLAUSE_LEAST_WORDS words with a finite verb's
    cue (an auxiliary or modal, a subject pronoun, a clitic) — words someone said, which news always credits — not a
    label or a slogan of a few words ("Cost Plus 50", "America First").

    >>> [_full_clause(c) for c in ("We will not pay more", "It’s a losing deal!", "Cost Plus 50", "fair share")]
    [True, True, False, False]
    >>> _full_clause("the linchpin of peace and stability")
    False
    """
    return len(_WORD.findall(content)) >= win.CLAUSE_LEAST_WORDS and _FINITE_CUE.search(content) is not None


# A passive tag that keeps its subject the speaker ("Bo was quoted as saying"), read backwards from the verb; and the
# verbs whose passive subject is the one spoken to or of ("Bo was told", "he was asked"), which never tag.
_QUOTED_AS = word_set("quoted cited heard reported")
_TAG_COPULAS = word_set("was were is are been")
_TAG_ADJUNCTS = word_set("in on at during last earlier later this to while after before when reporters journalists")


def _clause_tag(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the speaker a full-clause quote's sentence closes with, when no rule found one: after the quote (past its
    own stop: '“We pay!” Bo was quoted as saying in May.') or after the sentence's last comma ('“None may be cut”
    unless the panel agrees, the text of the report reads.'), "<speaker> <verb of saying>" with at most an adjunct
    after the verb ("in May", "on Monday"). The speaker: a person's or body's mention, "he"/"she" (resolved later),
    or a determiner's plain phrase. A passive tag keeps its subject only in "was quoted as saying"; "was told",
    "was asked" are said to the subject. Nobody when a verb of saying or a quote mark stands before the tag.

    >>> t = '“We will pay!” the text of the accompanying report reads.'
    >>> w = _clause_tag(t, _Index([]), _Place(0, 14, 0, len(t), 0, 0, 0)); t[w.start : w.end]
    'the text of the accompanying report'
    >>> [_clause_tag(t, _Index([]), _Place(0, 14, 0, len(t), 0, 0, 0)).attribution for t in (
    ...     '“We will pay!” he was quoted as saying in May.', '“We will pay!” she was heard saying.')]
    ['pronoun', 'pronoun']
    >>> [_clause_tag(t, _Index([]), _Place(0, 14, 0, len(t), 0, 0, 0)).found for t in (
    ...     '“We will pay!” he was asked in May.', '“We will pay!” the envoy said the talks failed.')]
    [False, False]
    """
    stop = _CLOSING_STOP.search(text, pl.qe, min(pl.pe, pl.qe + win.CLAUSE_TAG_REACH))
    if stop is None or _MARK.search(text, pl.qe, stop.start()):
        return _NOBODY
    comma = text.rfind(", ", pl.qe, stop.start())
    at = comma + 2 if comma >= 0 and _VERB_WORD.search(text, pl.qe, comma) is None else pl.qe
    at = m.start() if (m := _NONSPACE.search(text, at, stop.start())) else stop.start()
    verb = _VERB_WORD.search(text, at, stop.start())
    if verb is None:
        return _NOBODY
    words, tail, said = text[at : verb.start()].split(), text[verb.end() : stop.start()].split(), verb.group().lower()
    if said in _QUOTED_AS and tail[:2] == ["as", "saying"]:
        tail = tail[2:]  # "was quoted as saying"
    elif said == "saying" and words[-2:-1] and words[-1] in _QUOTED_AS | {"as"}:
        words = words[:-2] if words[-1] == "as" and words[-2] in _QUOTED_AS else words[:-1]  # "was heard saying"
    elif words and words[-1].lower() in _TAG_COPULAS and not said.endswith("ing"):
        return _NOBODY  # "he was asked", "the plan was described": the subject is spoken to or of
    while words and words[-1].lower() in _TAG_COPULAS | _AUXILIARIES:
        words.pop()
    if not words or len(words) > win.CLAUSE_TAG_WORDS or len(tail) > win.CLAUSE_TAIL_WORDS or (
            tail and tail[0].lower() not in _TAG_ADJUNCTS and tail[0].rstrip(",") not in _DAY_WORDS):  # fmt: skip
        return _NOBODY
    end = text.find(words[-1], at) + len(words[-1])
    m = idx.starting_at(at, at + 1)
    if m is not None and _is_speaker(m) and m.end == end:
        return _named(m)
    if words in (["he"], ["she"], ["He"], ["She"]):
        return _Who("pronoun", None, at, end)
    plain = all(w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words)
    if len(words) < 2 or words[0].lower() not in _PHRASE_DETERMINERS or not plain or words[-1].endswith(("ed", "ly")):
        return _NOBODY
    return _Who("descriptor", None, at, end, name=text[at:end])


def _before_subject(text: str, spk: _Index, pl: _Place) -> _Who:
    """Return the speaker opening the sentence right before a full-clause quote that opens its own sentence in the
    same paragraph, past a fronted phrase of at most win.CLAUSE_FRONTED_WORDS words ending at a comma ("However,",
    "Asked about the demand,"): a person's or a body's mention standing as the subject (a verb after it, no
    possessive), the one the quote's words go on from ("Asked about it, Bo shook her head. “We will not pay.”");
    else nobody.

    >>> t = 'However, Hanul was unmoved. “We will not pay.”'
    >>> _before_subject(t, _Index([Mention(9, 14, "Hanul", "org", {})]), _Place(28, 46, 0, 46, 0, 28, 0)).mention.exact
    'Hanul'
    >>> t = 'However, the ship of Hanul was unmoved. “We will not pay.”'
    >>> _before_subject(t, _Index([Mention(21, 26, "Hanul", "org", {})]), _Place(40, 58, 0, 58, 0, 40, 0)).found
    False
    """
    if pl.qs <= pl.ps or text[pl.ps : pl.qs].rstrip()[-1:] not in {".", "!", "?"}:
        return _NOBODY  # the quote's sentence opens on words of its own, or the paragraph on the quote
    start = _last_sentence_start(text, max(pl.ps, pl.qs - win.LAST_SENTENCE_BACK), pl.qs)
    comma = text.find(",", start, min(pl.qs, start + win.FRONTED_MOST))
    fronted = comma > 0 and len(text[start:comma].split()) <= win.CLAUSE_FRONTED_WORDS
    for at in (start, comma + 1) if fronted else (start,):
        first = _NONSPACE.search(text, at, pl.qs)
        m = spk.starting_at(first.start(), first.start()) if first is not None else None
        if m is None or not _is_speaker(m) or m.value.get("descriptor"):
            continue
        nxt = text[m.end : m.end + 2]
        if nxt[:1] == " " and nxt[1:2].islower():  # a verb or an adverb after it, no possessive or apposition
            return _named(m)
    return _NOBODY


def _tagged_after(text: str, pl: _Place) -> bool:
    """Return whether a verb of saying follows a quote in the sentence that goes on after it (to the next stop, in its
    paragraph): a tag :func:`_clause_tag` could not read ('“Will you pay?” Bo was asked.'), which tells that the
    speaker is not simply the last one.

    >>> t = '“Will you pay?” Bo was asked. “We pay.” Bo left.'
    >>> _tagged_after(t, _Place(0, 15, 0, len(t), 0, 0, 0)), _tagged_after(t, _Place(30, 39, 0, len(t), 0, 30, 0))
    (True, False)
    """
    stop = _CLOSING_STOP.search(text, pl.qe, min(pl.pe, pl.qe + win.CLAUSE_TAG_REACH))
    end = stop.start() if stop is not None else min(pl.pe, pl.qe + win.CLAUSE_TAG_REACH)
    return _VERB_WORD.search(text, pl.qe, end) is not None


def _clause_fallback(ctx: _Context, quotes: list[Quote], places: Sequence[_Place]) -> list[Quote]:
    """Return ``quotes`` with each full-clause quote (:func:`_full_clause`) that no rule credited given a speaker,
    attribution "clause": news always credits a sentence someone said. Its sentence's closing tag
    (:func:`_clause_tag`), else the speaker of the last quote in its paragraph or the one before (a quote this pass
    credited included: '“A!” Bo was quoted as saying. “B.”'), else the subject of the sentence before it
    (:func:`_before_subject`). A quote alone in its paragraph after one that only tells of a person ("Bo met Al.
    ¶ “We will get there.”") stays nobody's: the text does not say who spoke (a finding). A label, a slogan or a
    title (a few words, no finite verb, capitalised words) and a headline's or a deck's quote are left to the rules
    that read them.

    >>> from analysis.extract.entities import find_entities
    >>> from analysis.extract.quote_finder import find_quotes
    >>> t = 'Ana Volk met Jo Bell.' + 2 * chr(10) + '“It’s a bad deal!” Jo Bell was heard saying. “We go.”'
    >>> ps = [(0, 20), (22, len(t))]
    >>> [(q.value["speaker_name"], q.value["attribution"]) for q in find_quotes(t, ps, find_entities(t))][0]
    ('Jo Bell', 'clause')
    """
    out = list(quotes)
    spk = _Index([*ctx.people, *ctx.orgs])
    for i, q in enumerate(out):
        pl = places[i]
        if q.value["attribution"] != "none" or pl.pi == 0 or ctx.titled_work(pl) == "headline":
            continue
        content = ctx.text[pl.qs + 1 : pl.qe - 1 if q.value["closed"] else pl.qe]
        if not _full_clause(content) or _capitalised_name(q.exact, _NAME_GLUE) or _POSSESSIVE_CLOSE.match(
                ctx.text, max(pl.qs, pl.qe - 4), pl.qe + 4):  # fmt: skip
            continue  # '“a candidate’s” claims': a possessive before its noun, no "is" (qfix45)
        who = _clause_tag(ctx.text, spk, pl)
        if not who.found and _tagged_after(ctx.text, pl):
            continue  # '“...?” Bo was asked': a verb of saying after it that no rule could read; guess nobody
        if not who.found and _mute_or_stranger(ctx.text, pl):
            continue  # "The leaflet states that “...”": its words, no earlier speaker's (qfix44)
        if not who.found and (src := _last_quoted(out, places, i)) is not None:
            out[i] = _speaker_of(q, src, "clause")
            continue
        if not who.found:
            who = _before_subject(ctx.text, spk, pl)
        if who.found:
            built = ctx.build(pl, q.value["closed"], who)
            out[i] = replace(built, value=built.value | {"attribution": "clause"})
    return out


def _last_quoted(quotes: Sequence[Quote], places: Sequence[_Place], i: int) -> Quote | None:
    """Return the nearest quote before ``quotes[i]``, in its paragraph or the one before, that has a speaker's name,
    else None; None too when that speaker is a thing whose printed words were quoted (``_INSCRIPTIONS``: "the tweet
    read"), which says only its own words and goes on into no later quote.

    >>> pl = _Place(0, 1, 0, 1, 0, 0, 0)
    >>> qs = [Quote(0, 1, '"', {"speaker_name": "Bo"}), Quote(0, 1, '"', {"speaker_name": None})]
    >>> _last_quoted(qs, [pl, pl._replace(pi=2)], 1) is None, _last_quoted(qs, [pl, pl], 1).value["speaker_name"]
    (True, 'Bo')
    >>> _last_quoted([Quote(0, 1, '"', {"speaker_name": "tweet"}), qs[1]], [pl, pl], 1) is None
    True
    """
    for j in range(i - 1, max(-1, i - 1 - _QUOTES_BACK), -1):
        if places[j].pi < places[i].pi - 1:
            return None
        if name := quotes[j].value.get("speaker_name"):
            return None if name in _INSCRIPTIONS else quotes[j]
    return None


_PUBLISHED = re.compile(
    r"\s(?:published|ran|issued|released|carried|aired|posted)\s++(?:an?|its|their)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:article|editorial|story|report|piece|column|commentary|op-ed|analysis)\b"
)
_PUBLISHED_PARTICIPLE = re.compile(
    r"\s(?:highlighting|arguing|saying|noting|warning|claiming|stressing|suggesting|asserting|explaining|concluding)"
    r"(?:\s++(?:that|how))?\s*+\Z"
)


def _published_by(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2h: '<Publication> published/ran an article ... highlighting (how/that) “...”': the publication that
    opens the sentence (a name of at most five capitalised words), whose piece says the quoted words.

    >>> t = 'Lumen Daily published an article on Monday highlighting how “allies struggle.”'
    >>> w = _published_by(t, _Index([]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)); (w.name, w.attribution)
    ('Lumen Daily', 'descriptor')
    """
    if text.find("ing", max(pl.sent_start, pl.qs - win.PUBLISHED_PART_BACK), pl.qs) < 0:
        return _NOBODY  # no participle before the quote: the cheap test first
    part = _PUBLISHED_PARTICIPLE.search(text, max(pl.sent_start, pl.qs - win.PUBLISHED_PART_BACK), pl.qs)
    pub = _PUBLISHED.search(text, pl.sent_start, min(part.start(), pl.sent_start + win.PUBLISHER)) if part else None
    if pub is None or part is None:
        return _NOBODY
    if _MARK.search(text, pub.end(), part.start()) or text.find(",", pub.end(), part.start()) >= 0:
        return _NOBODY
    lo = _NONSPACE.search(text, pl.sent_start, pub.start() + 1)
    words = text[lo.start() : pub.start()].split() if lo else []
    if not words or len(words) > win.PUBLISHER_WORDS or not all(w[:1].isupper() for w in words):
        return _NOBODY
    assert lo is not None
    m = idx.starting_at(lo.start(), lo.start() + 4)
    if m is not None and _is_speaker(m) and m.end >= pub.start() - 1:
        return _named(m)
    return _Who("descriptor", None, lo.start(), pub.start(), name=_without_article(" ".join(words)))


_NAMED_NEXT = re.compile(
    r"\s{0,3}+(?:(?:That|This)\s++(?:was|is)\s++(?:how|what|the\s++(?:message|verdict|warning|view)\s++(?:from|of))"
    r"|So\s++(?:said|says)"
    r"|(?:Those|These)\s++(?:were|are)\s++(?:the\s++)?+words\s++of)\s++"
)


def _named_next(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the speaker the next sentence names as the one who said the quote that ends its own sentence
    ("“...” That was how Jo Bell put it", "So said Envoy Jo Bell", "Those were the words of Jo Bell", "That was the
    message from Jo Bell"), else nobody.

    >>> t = '"We are close." So said Jo Bell.'
    >>> _named_next(t, _Index([Mention(24, 31, "Jo Bell", "person", {})]), _Place(0, 16, 0, len(t), 0, 0, 0)).start
    24

    After "how" or "what" the name's verb must tell of saying ("That was how Jo Bell put it"; not "That is what Jo
    Bell fears": mend54s).

    >>> t = '"We leave." That is what Jo Bell fears.'
    >>> _named_next(t, _Index([Mention(25, 32, "Jo Bell", "person", {})]), _Place(0, 11, 0, len(t), 0, 0, 0)).found
    False
    """
    if text[pl.qs : pl.qe].rstrip("\"”’' ")[-1:] not in {".", "!", "?"}:
        return _NOBODY
    lead = _NAMED_NEXT.match(text, pl.qe, pl.pe)
    m = _titled_at(text, idx, lead.end()) if lead is not None else None
    if m is not None and lead is not None and lead.group().split()[-1] in {"how", "what"} and (
            _past_fillers(text[m.end : m.end + win.OPENING_VERB].split()) or [""])[0].lower() not in _SUMMING_UP:
        return _NOBODY  # "That is what Jo Bell fears most": no saying of Jo Bell's (mend54s)
    if m is None and (lead := _NEXT_COPULA.match(text, pl.qe, pl.pe)) is not None:
        m = _titled_at(text, idx, lead.end()) or idx.starting_at(lead.end(), lead.end())  # "Those were Jo Bell's
        m = m if m is not None and m.kind == "person" else None  # words." (the finder may read an owner there)
        return _named(m) if m is not None and _owns_speech(text[m.end : min(pl.pe, m.end + win.COPULA_AFTER)]) else (
            _NOBODY)  # fmt: skip
    return _named(m) if m is not None else _NOBODY


# Verbs after "That was how/what <name>" that tell the name said the words before ("put it", "summed up the talks")
_SUMMING_UP = SPEECH_VERBS | word_set("put puts summed sums described describes framed frames phrased phrases")
_NEXT_COPULA = re.compile(r"\s{0,3}+(?:That|This|Those|These)\s++(?:was|is|were|are)\s++")


def _owns_speech(after: str) -> bool:
    """Return whether ``after`` (the words after a name) opens on a possessive and a noun of speech ("'s words").

    >>> _owns_speech("'s words."), _owns_speech("’s reply was"), _owns_speech("'s aide said"), _owns_speech(" said")
    (True, True, False, False)
    """
    words = after[2:].split()[:1] if after.startswith(_POSSESSIVE_S) else []
    return bool(words) and words[0].strip(".,;:!?").lower() in _SPEECH_NOUNS


def _possessive_words(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the person whose possessive owns a noun of speech right before the colon that opens the quote ("Jo
    Bell's words: “…”", "Jo Bell's message was blunt: “…”", "Al Roe read out Jo Bell's reply: “…”"), else nobody
    (control: "Jo Bell's aide said: “…”", the aide).

    >>> t = 'Jo Bell’s words: "No."'
    >>> _possessive_words(t, _Index([Mention(0, 7, "Jo Bell", "person", {})]), _Place(17, 22, 0, 22, 0, 0, 0)).start
    0
    """
    end = visible_end(text, pl.sent_start, pl.qs)  # lin59: not the sentence before the quote copied
    if end == pl.sent_start or text[end - 1] != ":":
        return _NOBODY
    colon = end - 1
    near = idx.ending_before(colon, max(pl.sent_start, colon - win.POSSESSIVE_WORDS_BACK), 1)
    if not near or near[0].kind != "person" or near[0].value.get("descriptor"):
        return _NOBODY
    gap = text[near[0].end : colon]
    rest = gap[2:].split()[1:] if _owns_speech(gap) else None
    if rest is None or (rest and (rest[0] not in _COPULAS or len(rest) > win.POSSESSIVE_WORDS_REST)):
        return _NOBODY  # "Jo Bell's message was blunt:" ends on a copula and a short predicate
    return _named(near[0])


_COPULA_SOURCE = re.compile(
    r"[ ,]{0,3}+(?:was|is|were|are)\s++(?:(?P<how>how\s++)|(?P<of>the\s++(?P<noun>[a-z]{1,20}+)\s++(?:of|from)\s++))?+")


def _copula_source(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the speaker a copula right after the quote names as its source ('“...,” was how Jo Bell put it', '“...,”
    was Jo Bell's response', '“...” were Jo Bell's words', '“...,” was the reply of Jo Bell'): a name then a verb
    after "how", a name whose "'s" owns a noun of speech, or one after "the <noun of speech> of/from"; else nobody
    (control: '“...” was the motto of the fair' names no one).

    >>> t = '"No," was Jo Bell’s reply.'
    >>> _copula_source(t, _Index([Mention(10, 17, "Jo Bell", "person", {})]), _Place(0, 5, 0, len(t), 0, 0, 0)).start
    10
    """
    cm = _COPULA_SOURCE.match(text, pl.qe, pl.pe)
    m = _titled_at(text, idx, cm.end()) if cm is not None else None
    if cm is None or m is None:
        return _NOBODY
    if cm.group("of") is not None:  # "was the reply of Jo Bell", "were the words from Jo Bell"
        return _named(m) if cm.group("noun") in _SPEECH_NOUNS else _NOBODY
    after = text[m.end : min(pl.pe, m.end + win.COPULA_AFTER)]
    words = after[2:].split() if after.startswith(_POSSESSIVE_S) else after.split()
    if not words:
        return _NOBODY
    head = words[0].strip(".,;!?").lower()
    if cm.group("how") is not None and not after.startswith(_POSSESSIVE_S) and head.isalpha():
        return _named(m)  # "was how Jo Bell put it", "was how Jo Bell described the offer"
    return _named(m) if after.startswith(_POSSESSIVE_S) and head in _SPEECH_NOUNS else _NOBODY


# --- speak90r: partial quotes whose speaker a clause's shape gives, beyond the nearer rules' windows ---

# Verbs that voice a feeling or a stance through its noun, the quote ("raising “serious concerns”", "expressed their
# “dismay ...”"): the noun's words are the clause subject's.
_VOICING_VERBS = word_set(
    "raise raises raised raising express expresses expressed expressing voice voices voiced voicing convey conveys "
    "conveyed conveying register registers registered registering air airs aired airing")
# Words between a group subject and its voicing verb: a tense's auxiliary or an adverb ("are raising", "have also
# voiced"); a modal is none ("will raise": words not yet said).
_VOICED_AUX = word_set("are is was were have has had also again now still already")
_GROUP_COUNT_WORDS = word_set("two three four five six seven eight nine ten several some many both")


def _voiced_feeling(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the group that opens the clause of a partial quote when its verb voices the quoted noun of feeling or
    statement, past at most a possessive or article and two modifiers ("Four top Tamers are raising “serious
    concerns”", "In a letter on Monday, the Tamers expressed their “dismay that ...”"): a plural of people, proper
    ("Tamers") or common ("lawmakers"), after an optional article or count and modifiers; else nobody (a modal's
    words not yet said, a verb that takes another object, a named speaker the other rules read).

    >>> t = "Four top Tamers are raising “serious concerns” about it."
    >>> _voiced_feeling(t, _Index([]), _Place(28, 46, 0, len(t), 0, 0, 0)).name
    'Four top Tamers'
    >>> t = "Four top Tamers will raise “serious concerns” about it."
    >>> _voiced_feeling(t, _Index([]), _Place(27, 45, 0, len(t), 0, 0, 0)).found
    False

    A verb of saying before the group is a reporter's ("reports say lawmakers voiced"): the group after it (mend91q).

    >>> t = "In Hanul, reports say lawmakers voiced “deep concern” over it."
    >>> _voiced_feeling(t, _Index([]), _Place(t.index("“"), t.index(" over"), 0, len(t), 0, 0, 0)).name
    'lawmakers'
    """
    words = list(_WORD.finditer(text, max(pl.sent_start, pl.qs - win.VOICED_BACK), pl.qs))
    k = len(words) - 1
    while k >= 0 and len(words) - 1 - k < win.VOICED_GLUE_WORDS and words[k].group().islower() and (
            words[k].group() in _DETERMINERS or words[k].group() == "our" or (
            words[k].group().isalpha() and words[k].group() not in _VOICING_VERBS and words[k].group() not in
            _NOT_MODIFIERS)):
        k -= 1  # "their", "deep": the noun's possessive and modifiers
    if k < 0 or words[k].group() not in _VOICING_VERBS or _MARK.search(text, words[k].end(), pl.qs):
        return _NOBODY
    verb = k
    while k > 0 and (words[k - 1].group() in _VOICED_AUX or words[k - 1].group().endswith("ly")):
        k -= 1
    comma = text.rfind(",", max(pl.sent_start, words[verb].start() - win.VOICED_BACK), words[k].start())
    lo = max(pl.sent_start, comma + 1)
    subject = text[lo : words[k].start()].split() if k > 0 else []
    said = [i for i, w in enumerate(subject[:-1]) if _VERB_WORD.fullmatch(w) or w.lower() in _PLURAL_SAYING]
    if said:  # "reports say lawmakers": the group after the reporter's verb
        lo = text.find(" ", text.find(subject[said[-1]], lo)) + 1
        subject = subject[said[-1] + 1 :]
    if not 1 <= len(subject) <= win.VOICED_SUBJECT_WORDS or idx.first_between(lo, words[k].start()):
        return _NOBODY  # a mention: the name rules read it
    head, mods = subject[-1], subject[:-1]
    if mods and (mods[0].lower() == "the" or mods[0].lower() in _GROUP_COUNT_WORDS or mods[0].isdigit()):
        mods = mods[1:]
    proper = head[:1].isupper() and head.isalpha() and head.endswith("s") and not head.endswith("ss")
    if not (proper or head.lower() in _PEOPLE_PLURALS or head.lower() in _GROUP_NOUNS) or not all(
            w.isalpha() and w.islower() and w not in _NOT_MODIFIERS for w in mods):
        return _NOBODY
    start = text.find(subject[0], lo)
    end = words[k].start() - len(text[lo : words[k].start()]) + len(text[lo : words[k].start()].rstrip())
    return _Who("subject", None, start, end, name=_without_article(text[start:end]))


# Verbs of saying a sentence's opening subject reports its long clause with ("An official with the ministry said").
_OPENING_SAYS = word_set(
    "said says told tells stated states added adds noted notes explained explains announced announces argued argues "
    "insisted insists stressed stresses wrote writes reported reports")


def _opening_reporter(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the reporter a partial quote's sentence opens with when its clause runs past the clause rules' window:
    a speaker's mention (an unnamed role with its postmodifier, "An official with the ministry") or a run of
    capitalised words after a place's possessive ("Hanul's Bora Daily"), then a verb of saying; else nobody (another
    verb of saying before the quote: whoever it reports speaks).

    >>> t = "An official with the ministry said Bora will keep its share at a “fair level.”"
    >>> ms = [Mention(0, 11, "An official", "person", {"descriptor": True})]
    >>> _opening_reporter(t, _Index(ms), _Place(65, len(t), 0, len(t), 0, 0, 0)).start
    0
    >>> t = "An official said Bo told them it was “fair.”"
    >>> _opening_reporter(t, _Index(ms), _Place(37, len(t), 0, len(t), 0, 0, 0)).found
    False
    """
    first = _NONSPACE.search(text, pl.sent_start, min(pl.qs, pl.sent_start + win.FIRST_WORD_REACH))
    if first is None or not text[first.start()].isupper():
        return _NOBODY
    m = idx.starting_at(first.start(), first.start())
    name = None
    own = m.end + _possessive_len(text, m) + 1 if m is not None and m.kind == "place" else 0  # past "'s " or "s' "
    if m is not None and own > m.end + 1 and text[own - 1] == " ":
        run = text[own : min(pl.qs, own + win.OPENING_RUN)].split()[: win.PUBLISHER_WORDS + 1]
        k = next((i for i, w in enumerate(run) if not w[:1].isupper() or not w.replace("-", "").isalpha()), len(run))
        if 0 < k <= win.PUBLISHER_WORDS and not idx.first_between(own, own + 1):
            name, start, end = " ".join(run[:k]), m.start, text.find(run[k - 1], own) + len(run[k - 1])
    if name is None and (m is None or not _is_speaker(m) or m.end >= pl.qs):
        return _NOBODY
    if name is None:
        assert m is not None
        start, end = m.start, m.end
        if m.value.get("descriptor"):
            end = max(end, _postmodifier_end(text, m.end, pl.qs))
    after = _past_fillers(text[end : min(pl.qs, end + win.OPENING_VERB)].split())
    if not after or after[0] not in _OPENING_SAYS:
        return _NOBODY
    verb_end = text.find(after[0], end) + len(after[0])
    if _VERB_WORD.search(text, verb_end, pl.qs) or _MARK.search(text, verb_end, pl.qs):
        return _NOBODY
    if name is not None:
        return _Who("subject", None, start, end, name=name)
    assert m is not None
    return _Who("subject", m, m.start, m.end)


# A sentence's stop: after a lower-case letter, a digit or a closing mark, not an initial's ("U.S.").
_CLOSING_STOP = re.compile(r"(?<=[a-z0-9”\"’')])\.(?=\s|\Z)")
_DAY_WORDS = word_set("today yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _charged_before(text: str, sent_start: int, qs: int) -> bool:
    """Return whether a verb of charging (:data:`_CHARGING`) is a word of the sentence before the quote at ``qs``, read
    back ``win.CHARGING_BACK`` characters at most (bounded: a run-on sentence of many quotes; a word the bound cuts is
    not read).

    >>> _charged_before("Bo mocked the “hostile” drills", 0, 14), _charged_before("Bo met the “hostile” men", 0, 11)
    (True, False)
    """
    lo = max(sent_start, qs - win.CHARGING_BACK)
    words = _WORD.findall(text, lo, qs)
    if lo > sent_start and _WORD.match(text, lo - 1):
        words = words[1:]  # the bound cut a word: its tail is no word of its own
    return any(w.lower() in _CHARGING for w in words)


def _closing_reporter(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the reporter a sentence with a partial quote closes with, after a comma (", the trade ministry in Bora
    announced on Friday."): a speaker's mention or "the" and a body's noun (with its place), then a verb of saying
    and perhaps its day, when no verb of saying comes before the quote or between it and the comma (the reported
    clause is the reporter's); else nobody.

    >>> t = "Hanul agreed to an “exceptional” rise and will pay 9% more, the trade ministry in Bora announced Friday."
    >>> w = _closing_reporter(t, _Index([]), _Place(19, 32, 0, len(t), 0, 0, 0)); t[w.start : w.end]
    'the trade ministry'
    >>> t = "Bo called it an “exceptional” rise, the trade ministry announced."
    >>> _closing_reporter(t, _Index([]), _Place(16, 29, 0, len(t), 0, 0, 0)).found
    False

    A verb of charging before the quote (:data:`_CHARGING`: "mocked", "slammed") is its clause's subject's speech:
    the reporter relays it (mend91q).

    >>> t = "Bo mocked the “hostile” drills that they held, the agency said on Monday."
    >>> _closing_reporter(t, _Index([]), _Place(14, 23, 0, len(t), 0, 0, 0)).found
    False
    >>> t = "Its “shield” may weaken, a senior official said Tuesday."; pl = _Place(4, 12, 0, len(t), 0, 0, 0)
    >>> w = _closing_reporter(t, _Index([]), pl); t[w.start : w.end]
    'a senior official'
    """
    hi = min(pl.pe, pl.qe + win.CLOSING_STOP_REACH)
    if text.find(", ", pl.qe, hi) < 0:
        return _NOBODY  # the comma is looked for in text[qe:stop], stop <= hi: with none in text[qe:hi] there is none
    stop = _CLOSING_STOP.search(text, pl.qe, hi)
    if stop is None or _MARK.search(text, pl.qe, stop.start()):
        return _NOBODY
    comma = text.rfind(", ", pl.qe, stop.start())
    if comma < 0:
        return _NOBODY
    words = text[comma + 2 : stop.start()].split()
    if len(words) >= 2 and words[-2] == "on" and words[-1] in _DAY_WORDS:
        words = words[:-2]
    elif words and words[-1] in _DAY_WORDS:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in _OPENING_SAYS:
        return _NOBODY  # read before the looks back below (each only ever returns nobody too): cheaper first
    if _charged_before(text, pl.sent_start, pl.qs) or idx.verb_from.any_in(text, pl.sent_start, pl.qs) or (
            _VERB_WORD.search(text, pl.qe, comma)):
        return _NOBODY
    subject, at = words[:-1], comma + 2
    m = idx.starting_at(at, at + 4)
    if m is not None and _is_speaker(m) and m.end <= at + len(" ".join(subject)):
        return _named(m)
    if subject[0].lower() in {"a", "an"} and len(subject) <= win.CLOSING_SUBJECT_WORDS:
        return _unnamed_person(text, text.find(" " + words[-1], at) + 1, at)  # ", a senior official said": one
        # unnamed person by role closes it too, beyond _after_quote's reach (qfix45)
    if subject[0].lower() != "the" or len(subject) > win.CLOSING_SUBJECT_WORDS:
        return _NOBODY
    k = next((i for i, w in enumerate(subject) if w in _BODY_NOUNS), None)
    if k is None or not all(w.isalpha() and w.islower() for w in subject[1:k]):
        return _NOBODY
    rest = subject[k + 1 :]
    if rest and not (rest[0] in {"in", "of"} and all(w[:1].isupper() for w in rest[1:]) and len(rest) > 1):
        return _NOBODY  # "the ministry in Bora": where the body is; nothing else between it and its verb
    end = text.find(subject[k], at) + len(subject[k])
    return _Who("descriptor", None, at, end)


# Clauses a publication's piece reports ("Bora published an article stating that ..."), the quote in them.
_PUBLISHED_CLAUSE = re.compile(r"\s(?:stating|saying|reporting|claiming|asserting|noting|arguing)\s++that\s")


def _published_clause(text: str, idx: _Index, pl: _Place) -> _Who:
    """Rule 2h': '<Publication> published an article ... stating that Bo “...”': the publication that opens the
    sentence (at most five capitalised words, "BORA" in capitals too), whose piece reports the clause the quote is
    in; else nobody (a verb of saying or a quote mark between the clause's "that" and the quote: those words are
    another's).

    >>> t = 'BORA published an article stating that Bo “suggests” a cut.'
    >>> _published_clause(t, _Index([]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)).name
    'BORA'
    >>> t = 'BORA published an article stating that Bo said “a cut.”'
    >>> _published_clause(t, _Index([]), _Place(t.index("“"), len(t), 0, len(t), 0, 0, 0)).found
    False
    """
    part = last_match(_PUBLISHED_CLAUSE, text, max(pl.sent_start, pl.qs - win.PUBLISHED_CLAUSE_BACK), pl.qs)
    if part is None or _VERB_WORD.search(text, part.end(), pl.qs) or _MARK.search(text, part.end(), pl.qs):
        return _NOBODY
    pub = _PUBLISHED.search(text, pl.sent_start, min(part.start() + 1, pl.sent_start + win.PUBLISHER))
    if pub is None or _MARK.search(text, pub.end(), part.start()) or text.find(",", pub.end(), part.start()) >= 0:
        return _NOBODY
    lo = _NONSPACE.search(text, pl.sent_start, pub.start() + 1)
    words = text[lo.start() : pub.start()].split() if lo else []
    if lo is None or not words or len(words) > win.PUBLISHER_WORDS or not all(w[:1].isupper() for w in words):
        return _NOBODY
    m = idx.starting_at(lo.start(), lo.start() + 4)
    if m is not None and _is_speaker(m) and m.end >= pub.start() - 1:
        return _named(m)
    return _Who("descriptor", None, lo.start(), pub.start(), name=_without_article(" ".join(words)))


# Nouns of bringing out a document before "of its/their" and its title ("the Pentagon’s release of its “Review”").
_RELEASE_NOUNS = word_set("release publication unveiling issuance launch rollout")


def _released_title(text: str, idx: _Index, q: Quote) -> _Who:
    """Return the body whose possessive comes before "release of its" and a capitalised title ("the Hanul Agency’s
    release of its “Posture Review”"): the title's maker, not the sentence's speaker; else nobody (a person's
    possessive, a title another noun takes).

    >>> t = 'They await the Hanul Agency’s release of its “Posture Review” soon.'
    >>> ms = [Mention(11, 27, "the Hanul Agency", "org", {})]
    >>> _released_title(t, _Index(ms), Quote(45, 61, t[45:61], {})).start
    11
    >>> _released_title(t.replace("release", "review"), _Index(ms), Quote(44, 60, "", {})).found
    False
    """
    if not text[q.start + 1 : q.start + 2].isupper():
        return _NOBODY
    words = list(_WORD.finditer(text, max(0, q.start - win.RELEASED_BACK), q.start))
    if len(words) < 3 or words[-1].group() not in {"its", "their"} or words[-2].group() != "of" \
            or words[-3].group().lower() not in _RELEASE_NOUNS:
        return _NOBODY
    end = words[-3].start() - 3
    if text[end : end + 3] not in ("'s ", "’s "):
        return _NOBODY
    near = idx.ending_before(end, max(0, end - win.TITLE_MAKER_BACK), most=1)
    if near and near[0].end == end and near[0].kind != "person" and _is_speaker(near[0]):
        return _named(near[0])
    return _NOBODY


_STATING = word_set("stating saying")


def _document_stating(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the document of "<a (previous) message> stating ... “...”" before the quote in its sentence, by its
    description ("a previous message"), when no speech verb stands between the participle and the quote: the
    document's words, not those of an outlet an "according to" after them names (Conventions, a document as the
    source of a quote; fresh91q); else nobody.

    >>> t = "It contrasts with a previous message stating Hanul's aim to “bargain with patience”, according to HBS."
    >>> w = _document_stating(t, _Index([]), _Place(t.index("“"), t.index(",") , 0, len(t), 0, 0, 0))
    >>> t[w.start : w.end]
    'a previous message'
    >>> t = "It contrasts with a message Bo sent, saying Hanul aims to “bargain with patience”."
    >>> _document_stating(t, _Index([]), _Place(t.index("“"), len(t) - 1, 0, len(t), 0, 0, 0)).found
    False

    A document the sentence's subject issues ("passed", "signed" it) is the subject's (probeq38).

    >>> t = "Several lawmakers signed a letter saying the demand was “an insult”."
    >>> w = _document_stating(t, _Index([]), _Place(t.index("“"), len(t) - 1, 0, len(t), 0, 0, 0)); t[w.start : w.end]
    'Several lawmakers'
    """
    runs = list(_NONSPACE_RUN.finditer(text, pl.sent_start, pl.qs))
    k = next((k for k in range(len(runs) - 1, 0, -1) if runs[k].group() in _STATING), None)
    if k is None or runs[k - 1].group().lower() not in _STATING_DOCUMENTS:
        return _NOBODY
    if _VERB_WORD.search(text, runs[k].end(), pl.qs) is not None:
        return _NOBODY  # 'a message stating that Bo said “...”': the inner verb's words
    det = next((j for j in range(k - 2, max(-1, k - 4), -1) if runs[j].group().lower() in _STATING_DETERMINERS), None)
    if det is None or any(not w.group().islower() for w in runs[det + 1 : k]):
        return _NOBODY
    document = _Who("descriptor", None, runs[det].start(), runs[k - 1].end())
    return _issuer_of_document(text, idx, document, pl)  # "Lawmakers signed a letter saying": the signers


# xs59: '“...,” came the reply from Minister Bo Kim': an inverted noun of reply after the quote names its speaker
_CAME_REPLY = re.compile(r"[ \t]{1,3}+came[ \t]{1,3}+(?:the|a|his|her|their|its)[ \t]{1,3}+(?:[a-z]{3,12}+[ \t]{1,3}+)?"
                         r"(?:reply|response|answer|retort|rejoinder|rebuttal)[ \t]{1,3}+from[ \t]{1,3}+")

_OWNED_APPOSED = re.compile(r"['’]s(?:[ \t]{1,3}+[a-z]{2,15}+){1,3}+,[ \t]{1,3}+")  # "'s chief spokesman, "


def _came_reply(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the speaker an inverted noun of reply names right after the quote ('“No,” came the reply from
    Minister Bo Kim', 'came a terse response from a ministry official'), past a title; else nobody (xs59).

    >>> t = "“No,” came the reply from Minister Bo Kim."
    >>> _came_reply(t, _Index([Mention(35, 41, "Bo Kim", "person", {})]), _Place(0, 5, 0, len(t), 0, 0, 0)).start
    35
    >>> _came_reply("“No,” came the news from Seoul.", _Index([]), _Place(0, 5, 0, 31, 0, 0, 0)).found
    False
    >>> t = "“No,” came the reply from Bo Kim's aide, Al Roe."
    >>> ms = [Mention(26, 32, "Bo Kim", "person", {}), Mention(41, 47, "Al Roe", "person", {})]
    >>> _came_reply(t, _Index(ms), _Place(0, 5, 0, len(t), 0, 0, 0)).start
    41
    """
    m = _CAME_REPLY.match(text, pl.qe)
    if m is None:
        return _NOBODY
    lo = m.end()
    who = idx.first_in(lo, min(pl.pe, lo + win.SUBJECT_AFTER))
    if who is not None and text.startswith(("'s", "’s"), who.end):  # "from the minister's spokesman, Kim Ho"
        named = idx.first_in(who.end, min(pl.pe, who.end + win.SUBJECT_AFTER))  # the one set off
        ok = named is not None and _is_speaker(named) and _OWNED_APPOSED.fullmatch(text, who.end, named.start)
        return _named(named) if ok else _NOBODY  # mend59s: never the owner
    if who is not None and _is_speaker(who) and (who.start == lo or _title_gap(text, lo, who.start)):
        return _named(who)
    one = _indefinite_phrase(text, lo, min(pl.pe, lo + win.SUBJECT_AFTER))
    return one if one.found else _NOBODY


# xs59: "<subject> obtained a memo that called the plan “...”": the document a relative clause's verb of saying
# or naming has as subject, up to two modifiers before its noun, the quote after that verb in the sentence
_DOC_RELATIVE = re.compile(
    r"\b(?P<doc>(?:a|an|the)[ \t]{1,3}+(?:[a-z-]{2,20}+[ \t]{1,3}+){0,2}?(?P<n>[a-z]{3,12}+))[ \t]{1,3}+"
    r"(?:that|which)[ \t]{1,3}+(?:also[ \t]{1,3}+)?(?P<v>[a-z]{3,12}+)\b[^“”\"\n]{0,80}+\Z")
_DOC_RELATIVE_VERBS = word_set("called calls described describes said says warned warns urged urges stated states "
                               "termed labeled labelled branded characterized characterised")
_DOC_RELATIVE_BACK = 200  # characters before a quote read for the document's relative clause


def _document_relative(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the document a relative clause's verb of saying or naming has as subject before the quote ("The daily
    obtained a memo that called the plan “unworkable”": the memo's words, not the outlet's); a document the subject
    issues ("signed", "released" it) is the subject's, as :func:`_document_stating` reads it; else nobody (xs59).

    >>> t = "The daily obtained a memo that called the plan “unworkable”."
    >>> w = _document_relative(t, _Index([]), _Place(t.index("“"), len(t) - 1, 0, len(t), 0, 0, 0)); t[w.start : w.end]
    'a memo'
    >>> t = "The daily obtained a memo that set the plan “aside”."
    >>> _document_relative(t, _Index([]), _Place(t.index("“"), len(t) - 1, 0, len(t), 0, 0, 0)).found
    False
    """
    m = _DOC_RELATIVE.search(text, max(pl.sent_start, pl.qs - _DOC_RELATIVE_BACK), pl.qs)
    if m is None or m["n"] not in _STATING_DOCUMENTS or m["v"] not in _DOC_RELATIVE_VERBS:
        return _NOBODY
    return _issuer_of_document(text, idx, _Who("descriptor", None, *m.span("doc")), pl)


# hist58s: a quote that opens with its clause's verb right after the subject ("Jo Bell “voiced hope that ...”",
# "Tokyo and Beijing “voiced doubt ...”"): the predicate is the subject's words. The verb: a past or third-person
# form or an auxiliary, after at most one adverb; a place speaks so only by a verb of saying or stance.
_PREDICATE_START = re.compile(r"(?:[a-z]{2,15}ly[ \t]{1,3})?(?P<v>[a-z]{2,20})\b(?![-‐’'])")  # not "needs-based"
# the auxiliaries after a name (_AUXILIARY_WORDS) and the modals; not "have" (no third-person form)
_PREDICATE_AUX = (frozenset(_AUXILIARY_WORDS) | word_set("must should may might")) - {"have"}
# the verbs a place speaks by: the verbs of saying and those of stance ("Tokyo “welcomed the plan”")
_PLACE_SAYING = SPEECH_VERBS | word_set("expressed voiced welcomed condemned called pledged reaffirmed agreed")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
_AND = " and "
_PREDICATE_TITLE_WORDS = 4  # capitalised words (a title) or "the" that may stand before the subject's name
# mend58s: the words that may follow a predicate quote's closing mark and a noun: an object ("“rejected” calls for
# talks") goes on so; a quoted label's noun goes on to its own verb ("“balanced budget” rules apply")
_PREDICATE_FUNCTION = _DETERMINERS | _PREPOSITIONS | word_set(
    "and but or as over into after before since during than it them him us when while if because so which who where "
    "not also")
_PREDICATE_FINITE = _PREDICATE_AUX | word_set("are were have do won lost came went took got made fell rose stuck "
                                              "passed")
_PREDICATE_AFTER_WORDS = re.compile(r"[ \t]{1,3}([a-z]{1,20})[ \t]{1,3}([a-z]{1,20})\b")


def _label_quote(text: str, pl: _Place) -> bool:
    """Return whether the quote at ``pl``, opening with a verb form, is a label rather than a predicate: one word
    inside the marks ("Bo “was” the key word"), or a noun right after the closing mark that goes on to its own
    finite verb ("Senator Bo “balanced budget” rules apply", "... “protection” money was paid").

    >>> t = "Bo Lin “balanced budget” rules apply. Bo Lin “was” the word. Bo “rejected new” calls for talks."
    >>> [_label_quote(t, _Place(q, t.index("”", q) + 1, 0, len(t), 0, 0, 0)) for q in (7, 45, 64)]
    [True, True, False]
    """
    if " " not in text[pl.qs + 1 : pl.qe - 1].strip():
        return True
    after = _PREDICATE_AFTER_WORDS.match(text, pl.qe)
    if after is None or after.group(1) in _PREDICATE_FUNCTION or after.group(2) in _PREDICATE_FUNCTION:
        return False
    noun, verb = after.group(1), after.group(2)
    return verb in _PREDICATE_FINITE or verb.endswith("ed") or noun.endswith("s")


def _quoted_predicate(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return the subject (a person, a body, or a place by a verb of saying or stance; two joined by "and" together)
    whose name ends right before a quote that opens with the clause's verb, the name opening its clause (the
    sentence or the words after an opening phrase's comma, past a title); else nobody.

    >>> t = "On Monday, Senator Jo Bell “voiced hope that the talks resume.”"
    >>> ms = [Mention(19, 26, "Jo Bell", "person", {"name": "Jo Bell"})]
    >>> _quoted_predicate(t, _Index(ms), _Place(27, len(t), 0, len(t), 0, 0, 0)).mention.exact
    'Jo Bell'
    >>> t = "Critics of Jo Bell “voiced hope that the talks resume.”"
    >>> ms = [Mention(11, 18, "Jo Bell", "person", {"name": "Jo Bell"})]
    >>> _quoted_predicate(t, _Index(ms), _Place(19, len(t), 0, len(t), 0, 0, 0)).found
    False
    """
    opening = _PREDICATE_START.match(text, pl.qs + 1)
    named = idx.ending_before(pl.qs, max(pl.sent_start, pl.qs - win.CLAUSE_SUBJECT_BACK), 1)
    if opening is None or not named or text[named[0].end : pl.qs].strip() or _label_quote(text, pl):
        return _NOBODY
    reach = min(pl.pe, pl.qe + win.QUOTE_SENTENCE_AFTER)
    stop = _SENTENCE_STOP.search(text, pl.qe, reach)
    ended = text[pl.qe - 2 : pl.qe - 1] in _STOPS  # the quote ends its sentence: nothing after it is the sentence's
    if not ended and _VERB_WORD.search(text, pl.qe, stop.start() if stop else reach):
        return _NOBODY  # "Bo “will not sign” it, aides said": the saying after the quote is whose words they are
    verb, m = opening.group("v"), named[0]
    if not (verb.endswith(("ed", "s")) or verb in _PREDICATE_AUX) or not (_is_speaker(m) or (
            m.kind == "place" and verb in _PLACE_SAYING)):  # fmt: skip
        return _NOBODY
    clause = max(pl.sent_start, text.rfind(",", pl.sent_start, m.start) + 1)
    who = _joint(text, idx, _Who("subject", m, m.start, m.end))  # "Jo Bell and Al Roe “...”"
    pair = idx.ending_before(m.start - len(_AND), clause, 1) if m.kind == "place" else []
    if pair and pair[0].kind == "place" and text[pair[0].end : m.start] == _AND:
        who = replace(who, start=pair[0].start, name=f"{pair[0].exact}{_AND}{m.exact}")  # "Oslo and Rome “...”"
    words = text[clause : who.start].split()
    if len(words) > _PREDICATE_TITLE_WORDS or not all(w[:1].isupper() or w.lower() == "the" for w in words):
        return _NOBODY  # "Critics of Jo Bell “...”": the name is no subject
    return who


def _ended_predicate(text: str, idx: _Index, pl: _Place) -> _Who:
    """Return :func:`_quoted_predicate` of a quote that ends its sentence (its stop inside the marks), read before
    the rules that look past the quote ('Tokyo and Beijing "voiced doubt ..." It warned ...': not "It"); else nobody.

    >>> t = 'Jo Bell "voiced hope." It also left.'
    >>> ms = [Mention(0, 7, "Jo Bell", "person", {"name": "Jo Bell"})]
    >>> _ended_predicate(t, _Index(ms), _Place(8, 22, 0, len(t), 0, 0, 0)).mention.exact
    'Jo Bell'
    """
    return _quoted_predicate(text, idx, pl) if text[pl.qe - 2 : pl.qe - 1] in _STOPS else _NOBODY


def _predicate_or_plural(text: str, idx: _Index, pl: _Place, plural: bool) -> _Who:
    """Return :func:`_quoted_predicate` of the quote at ``pl``, else (``plural``: the paragraph may hold one)
    :func:`_body_plural` of its sentence: the partial-quote subject's rules in that order.

    >>> t = "Senator Jo Bell “voiced hope.” The Tarn authorities are giving in, citing “wider needs.”"
    >>> ms = [Mention(8, 15, "Jo Bell", "person", {"name": "Jo Bell"})]
    >>> _predicate_or_plural(t, _Index(ms), _Place(16, 30, 0, 30, 0, 0, 0), True).mention.exact
    'Jo Bell'
    >>> w = _predicate_or_plural(t, _Index(ms), _Place(t.index("“w"), len(t), 31, len(t), 0, 0, 0), True)
    >>> t[w.start : w.end], _predicate_or_plural(t, _Index(ms), _Place(t.index("“w"), len(t), 31, len(t), 0, 0, 0),
    ...                                          False).found
    ('The Tarn authorities', False)
    """
    who = _quoted_predicate(text, idx, pl)
    return who if who.found or not plural else _body_plural(text, pl.sent_start, pl.qs)


# the agent of a passive right before the quote first ("which was described by Bo as “...”": not the subject's words)
_WORDED_RULES = (_ended_predicate, _agent_before, _after_quote, _came_reply, _said_then_participle,
                 _document_relative, _before_quote, _document_stating, _label_before, _label_opening, _name_label,
                 _role_label, _interview_answer,
                 _honorific_label, _according_to, _passive_by, _view_for, _name_before, _soundbite, _dash_credit,
                 _credit_line, _published_by, _published_clause, _named_next, _copula_source,
                 _possessive_words)  # fmt: skip
_BARE_RULES = tuple(r for r in _WORDED_RULES if r is not _before_quote)
# The literals a rule cannot apply without, each one looked for only inside the quote's paragraph: a paragraph that
# holds none of a rule's literals skips the rule for all its quotes (a run of bare quotes: each rule costs time and
# can find nothing there).
_RULE_LITERALS: dict[Any, tuple[str, ...]] = {
    _document_relative: ("that", "which"), _came_reply: ("came",),
    _label_before: (":",), _label_opening: (":",), _soundbite: ("[",), _said_then_participle: (",",),
    _published_by: ("ing",), _published_clause: ("ing",), _passive_by: ("by", "under"), _dash_credit: ("—", "–", "--"),
    _possessor: ("h", "H", "s"),
    _said_right_before: (",", ":"), _country_subject: (*_PLEDGES, " as "), _report_that: ("that", "saying"),
    _pronoun_subject: ("he", "He"), _name_label: (":",), _role_label: (":",), _interview_answer: ("A:",),
    _honorific_label: _HONORIFIC_TITLES,
    _agent_before: ("by",), _view_for: ("or ",),
    _named_next: ("how", "what", "So said", "So says", "words of", "message", "verdict", "warning", "view", "'s", "’s"),
    _copula_source: ("was", "is", "were", "are"), _body_plural: ("authorities",), _pair_subject: ("two",),
    _possessive_words: ("'s", "’s"), _document_stating: ("stating", "saying"),
}  # fmt: skip
# The same, looked for in the paragraph in lower case (the rule reads its words in any case): no letter of these
# has another letter that lowers to it or that an IGNORECASE pattern matches ("ccord" and "word" for _ACCORDING).
# A rule in both tables may apply when the paragraph holds a literal of either. _mentioning_aside's participles
# are _fronted_saying's and more (and the nouns of a stance holder: "a critic of"); _readied_for's are those of
# getting ready or performing.
_RULE_LOWER_LITERALS: dict[Any, tuple[str, ...]] = {
    _banner_subject: (*_BANNERS, "name of", "slogans"),
    _according_to: ("ccord", "word", *(f"{p} by" for p in _AS_BY_PARTICIPLES), *(n.strip() for n in _VIEW_NOUNS[1:])),
    _readied_for: tuple(_READYING), _fronted_saying: tuple(_FRONTED_SAYING), _pair_subject: ("both",),
    _mentioning_aside: (*_ASIDE_SAYING, *_STANCE_HOLDERS),
    _relative_aside: (", who ", ", which "),
}  # fmt: skip


# fix51s7: a list item's opening mark ("- ", "* ", "• ", "– ", "1. ", "2) ") at a line's start, and how many lines
# (items and blank lines) are read back to the line a list opens after
_LIST_ITEM = re.compile(r"[ \t]{0,3}(?:[-*•–]|\d{1,2}[.)])[ \t]")
_LIST_LINES_BACK = 12
# a list's first item read into the line a colon ends (a short list's line break read as a wrap): ": - Tamsk will"
_JOINED_ITEM = re.compile(r":[ \t](?:[-*•–]|\d{1,2}[.)])[ \t]")


def _lead_colon(text: str, start: int, end: int) -> int:
    """Return where the colon of a list's lead line ``text[start:end]`` stands: at its end ("Bo listed his demands:"),
    else before a first item read into it (:data:`_JOINED_ITEM`: "Bo listed his demands: - Tamsk will pay"); -1
    when it has none.

    >>> t = "Bo listed his demands: - Tamsk will pay"
    >>> _lead_colon(t, 0, len(t)), _lead_colon("Bo listed:", 0, 10), _lead_colon("Bo left.", 0, 8)
    (21, 9, -1)
    """
    lead = text[start:end].rstrip()
    if lead.endswith(":"):
        return start + len(lead) - 1
    joined = _JOINED_ITEM.search(text, start, end)
    return joined.start() if joined is not None else -1


# a list's lead line that introduces words: a verb or noun of speech in it ("Bo listed his demands:", "Bo told
# reporters:", "Highlights of Bo's remarks:"); a line that only names a source ("Timeline (Yonhap):") opens no speech
_LEAD_SPEECH = re.compile(
    r"\b(?:list(?:ed|s)|(?:set|sets|laid|lays)[ \t]out|outlined|sa(?:id|ys)|told|tells|wr(?:ote|ites)|stated"
    r"|demand(?:ed|s)|remarks|conditions|points|statement|explained|insisted|warned|argued|declared|announced)\b"
)


def _spoken_lead(text: str, start: int, colon: int) -> bool:
    """Return whether a list's lead line ``text[start:colon]`` introduces someone's words: it holds a verb or noun of
    speech (:data:`_LEAD_SPEECH`), and its clause before the colon holds no colon of its own ("(source: Bo):").

    >>> _spoken_lead("Bo listed his demands:", 0, 21), _spoken_lead("Timeline (Yonhap):", 0, 17)
    (True, False)
    >>> _spoken_lead("Bo's statement (source: Ko):", 0, 27)
    False
    """
    return ":" not in text[start:colon] and _LEAD_SPEECH.search(text, start, colon) is not None


# hist58s: the offices a generic office of a stated country may be ("the Chilean official": its minister, its envoy,
# or the counterpart of another country's official), never a head of state or government ("the French official" is
# not the president): the leaders' offices (_LEADERS) but a chairman's
_COMPATRIOT_KINDS = _OFFICIAL_KINDS | {"counterpart"}
_HEADS_OF_GOVERNMENT = frozenset(_LEADERS) - {"chairman", "chairwoman"}


class _ParagraphRules:
    """The rules that may apply to the quotes of one paragraph: those whose literals it holds (see _RULE_LITERALS),
    each looked for when a quote first asks (a quote the first rule attributes asks for no other)."""

    def __init__(self, paragraph: str) -> None:
        self.paragraph = paragraph
        self.low: str | None = None  # the paragraph in lower case, made at the first look-up that needs it
        self.known: dict[Any, bool] = {}  # rule -> whether it may apply
        self.kept: dict[int, list[Any]] = {}  # id of an order of rules -> those of it that may apply, once all asked

    def may(self, rule: Any) -> bool:
        """Return whether ``rule`` may apply: it has no literals, or the paragraph holds one of them.

        >>> r = _ParagraphRules('"a" "b"'); r.may(_said_then_participle), r.may(_after_quote), r.may(_possessor)
        (False, True, False)
        """
        known = self.known.get(rule)
        if known is None:
            known = self.known[rule] = self._holds(rule)
        return known

    def first_found(self, order: tuple[Any, ...], text: str, idx: _Index, pl: _Place) -> _Who | None:
        """Return what the first rule of ``order`` that may apply and attributes the quote at ``pl`` returns, else
        None. Each rule is asked :meth:`may` as before, until a quote has asked them all; from then on only the
        rules that may apply are tried, in order (``may`` is a pure function of the paragraph: the same rules run).

        >>> r = _ParagraphRules('"a" "b"'); pl = _Place(0, 3, 0, 7, 0, 0, 0)
        >>> r.first_found(_BARE_RULES, '"a" "b"', _Index([]), pl), _after_quote in r.kept[id(_BARE_RULES)]
        (None, True)
        """
        kept = self.kept.get(id(order))
        if kept is not None:
            for rule in kept:
                if (who := rule(text, idx, pl)).found:
                    return who
            return None
        for rule in order:
            if self.may(rule) and (who := rule(text, idx, pl)).found:
                return who
        self.kept[id(order)] = [rule for rule in order if self.may(rule)]  # every one known by now
        return None

    def _holds(self, rule: Any) -> bool:
        """Return whether the paragraph holds a literal of ``rule`` (or the rule has none)."""
        literals, lower = _RULE_LITERALS.get(rule), _RULE_LOWER_LITERALS.get(rule)
        if literals is None and lower is None:
            return True
        if literals is not None and any(s in self.paragraph for s in literals):
            return True
        if lower is None:
            return False
        if self.low is None:
            self.low = self.paragraph.lower()
        return any(s in self.low for s in lower)


def _media_names(text: str) -> frozenset[str]:
    """Return the one-word names the text gives publications or broadcasters ("the news magazine Time").

    >>> sorted(_media_names("reported the news magazine Time. Bo told the newspaper Al Roe would come."))
    ['Time']
    """
    if not any(w in text for w in MEDIA_NOUNS):
        return frozenset()
    return frozenset(m.group("n") for m in MEDIUM_THEN_NAME.finditer(text))


def _is_medium(m: Mention, media: frozenset[str]) -> bool:
    """Return whether the person mention ``m`` is a one-word name of no known person that ``media`` holds.

    >>> _is_medium(Mention(0, 4, "Time", "person", {"id": None}), frozenset(["Time"]))
    True
    """
    return not m.value.get("id") and " " not in m.exact and m.exact in media


_BULLETS = frozenset("-•*–—·0123456789")
# a list item's mark before a quote that opens the item: a bullet, or an item's number ("2. ", "3) ")
_BULLET = re.compile(r"(?:[-•*–—·]|\d{1,2}[.)])[ \t]{0,3}")


_SAID_CLAUSE_END = re.compile(r"[.!?;\n]")


def _holder_named(who: _Who, mention: Mention | None, antecedent: Mention | None, joint: str | None) -> bool:
    """Return whether an unnamed descriptor ``who`` whose words were kept as its name ("the Pentagon's top
    spokesman") resolved to a named person (``mention``, its ``antecedent``), whose name then stands for it.

    >>> bo = Mention(0, 2, "Bo", "person", {"name": "Bo"})
    >>> _holder_named(_Who("descriptor", None, 5, 9, name="x"), bo, bo, None), _holder_named(_Who("descriptor",
    ...     None, 5, 9, name="x"), None, None, None)
    (True, False)
    """
    return (joint is None and who.attribution == "descriptor" and who.mention is None and mention is not None
            and antecedent is mention and mention.kind == "person" and not mention.value.get("descriptor"))


@dataclass
class _Context:
    """What every quote of one text is attributed with: the text, its mentions, people and names."""

    text: str
    paragraphs: Sequence[tuple[int, int]]
    idx: _Index
    people: list[Mention]
    people_starts: list[int]
    names: dict[str, str]
    orgs: list[Mention] = field(default_factory=list)  # organisations and governments, outside quotes
    org_starts: list[int] = field(default_factory=list)
    voiced: dict[str, list[int]] = field(default_factory=dict)  # country -> indices in people (with an id)
    spellings: dict[str, str] | None = None  # gazetteer id -> the full name as this text first spells it
    first_word: dict[int, int] = field(default_factory=dict)  # sentence start -> its first non-space character
    last_said: Mention | None = None  # the person who spoke the last quote attributed so far
    reporting: _SpeechVerbs | None = None  # the text's SPEECH_VERBS, found at the first "it said"
    # the same for the untagged reporter's look-ups, which start at the paragraph before: one kept search each, since
    # a look-up starting before the other's kept stretch would search its paragraphs again (quadratic on a run of them)
    reporting_untagged: _SpeechVerbs | None = None
    # and for the paragraph's reporter before a partial quote (speed55: a search of its window a quote, before)
    reporting_paragraph: _SpeechVerbs | None = None
    persons: tuple[list[Mention], list[int]] | None = None  # people a "he"/"she" may be (no publication's name)
    by_gender: dict[str, tuple[list[Mention], list[int]]] = field(default_factory=dict)  # of them, "he"'s, "she"'s
    learned: dict[str, str] = field(default_factory=dict)  # gender key -> the pronoun an earlier "he"/"she" gave it
    genders: dict[str, str] | None = None  # gender key -> "he"/"she" as the text's words give it (made once)
    para_rules: dict[tuple[int, int], _ParagraphRules] = field(default_factory=dict)  # (ps, pe) -> its rules
    unnamed: dict[str, tuple[list[int], list[_Office]]] = field(default_factory=dict)  # head -> _unnamed_offices
    countries: dict[tuple[int, int], str | None] = field(default_factory=dict)  # a person's (start, end) -> country
    helds: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # a person's (start, end) -> _held words
    traits: dict[tuple[int, int], tuple[str | None, bool]] = field(default_factory=dict)  # -> (name country, role?)
    headline_lines: dict[int, bool] = field(default_factory=dict)  # paragraph index -> a headline line (titled_work)
    lowered: str | None = None  # the text in lower case, made once a text for every head's _unnamed_offices
    # (start, end, office words, role, bodies) -> (the mention, _graded): every quote's office looks back over the
    # same people (speed55b: ~290 gradings a quote on a long paragraph of them)
    grades: dict[tuple[int, int, str, _Office, frozenset[str]], tuple[Mention, int | None]] = field(
        default_factory=dict)
    spokes: dict[tuple[int, int], bool] = field(default_factory=dict)  # -> _described_spokesperson (speed55b)
    named: dict[tuple[int, int], tuple[Mention, frozenset[str]]] = field(default_factory=dict)  # -> _named_in
    para_starts: list[int] | None = None  # every paragraph's start, made once a text (paragraph_at)
    # (start, end) -> (the mention, _described_words); (start, end, head, floor) -> (the mention, other_office): each
    # office a pronoun or a role points back to reads the same people again (speak57: linear, not ~200 reads a quote)
    described: dict[tuple[int, int], tuple[Mention, frozenset[str]]] = field(default_factory=dict)
    others: dict[tuple[int, int, str, int], tuple[Mention, bool]] = field(default_factory=dict)

    def spelled(self, m: Mention) -> str | None:
        """Return a known person's full name as the text spells it ("Kim Jong Un", not the gazetteer's
        "Kim Jong-un"), from its first full-name mention; None if the text never gives the full name."""
        if self.spellings is None:
            self.spellings = {}
            for h in self.people:
                words = h.exact.split()
                if h.value.get("id") and len(words) >= 2 and words[0] not in TITLES and words[0][:1].isupper():
                    self.spellings.setdefault(h.value["id"], h.exact)
        return self.spellings.get(m.value.get("id") or "") if m.kind == "person" else None

    def held_of(self, m: Mention) -> list[str]:
        """Return :func:`_held` for the person at ``m``, read once a mention (every office looks back over the same
        people)."""
        key = (m.start, m.end)
        if key not in self.helds:
            self.helds[key] = _held(self.text, m)
        return self.helds[key]

    def names_of(self, m: Mention) -> frozenset[str]:
        """Return :func:`_named_in` of the person at ``m`` (a function of ``m`` alone), read once a mention
        (speed55b: every office looks back over the same people)."""
        if (hit := self.named.get((m.start, m.end))) is None or hit[0] is not m:
            hit = self.named[m.start, m.end] = (m, _named_in([m]))
        return hit[1]

    def described_spokesperson(self, m: Mention) -> bool:
        """Return :func:`_described_spokesperson` for the person at ``m`` (a function of the text and ``m``), read
        once a mention (speed55b: every office and last speaker looks back over the same people)."""
        key = (m.start, m.end)
        if (hit := self.spokes.get(key)) is None:
            hit = self.spokes[key] = _described_spokesperson(self.text, m)
        return hit

    def paragraph_at(self, at: int) -> int:
        """Return the index of the paragraph ``at`` stands in (-1 before the first), by the paragraphs' starts listed
        once a text (mend56s: a list made a call was quadratic on a long text of quotes).

        >>> ctx = _Context("Bo. Al.", [(0, 3), (4, 7)], _Index([]), [], [], {})
        >>> ctx.paragraph_at(0), ctx.paragraph_at(5)
        (0, 1)
        """
        if self.para_starts is None:
            self.para_starts = [ps for ps, _ in self.paragraphs]
        return bisect.bisect_right(self.para_starts, at) - 1

    def person_traits(self, m: Mention) -> tuple[str | None, bool]:
        """Return (:func:`_name_country`, :func:`_role_given`) for the person at ``m``, read once a mention."""
        key = (m.start, m.end)
        if key not in self.traits:
            self.traits[key] = (_name_country(m), _role_given(self.text, m))
        return self.traits[key]

    def country_of(self, m: Mention) -> str | None:
        """Return the country the text states for the person at ``m`` (_stated_country), read once a mention."""
        key = (m.start, m.end)
        if key not in self.countries:
            self.countries[key] = _stated_country(self.text, m, self.idx)
        return self.countries[key]

    def has_lead(self, pl: _Place) -> bool:
        """Return whether words come before the quote in its sentence (``text[sent_start:qs].strip()``, found once
        a sentence: a sentence of many quotes is not re-read for each)."""
        first = self.first_word.get(pl.sent_start)
        if first is None:
            m = _NONSPACE.search(self.text, pl.sent_start, pl.qs + 1)  # the quote's own mark at the latest
            first = self.first_word[pl.sent_start] = m.start() if m else pl.pe
        return first < pl.qs

    def attribute(self, pl: _Place, same: Quote | None, prev: Quote | None, lead: bool) -> _Who:
        """Return how the quote at ``pl`` is attributed, trying the rules in order (``lead``: words come before it in
        its sentence)."""
        text, idx = self.text, self.idx
        if (rules := self.para_rules.get((pl.ps, pl.pe))) is None:  # read once a paragraph, before a bullet's cut
            rules = self.para_rules[pl.ps, pl.pe] = _ParagraphRules(text[pl.ps : pl.pe])
        if pl.qs > pl.ps and text[pl.ps] in _BULLETS and _BULLET.fullmatch(text, pl.ps, pl.qs):
            pl = pl._replace(ps=pl.qs, sent_start=pl.qs)  # '- "We will pay."', '2. "...": an item's mark is no words
        worded = idx.words.before(text, pl.qs) >= pl.sent_start  # a word before the quote in its sentence
        if worded and (asker := _asker(text, idx, pl, self.paragraphs[max(0, pl.pi - 1)][0])) is not None:
            return asker  # 'Asked if he could “name one step”, Bo said: ...': the asker's words, not Bo's
        if worded and rules.may(_said_right_before) and _said_right_before(text, pl) and (
                who := _before_quote(text, idx, pl)).found:
            return who  # 'he said, "...," Bo wrote': the words are his, Bo reports them
        if worded and (namer := _relative_namer(text, idx, pl.qs, pl.sent_start)).found:
            return namer  # "the offer, which Jo Bell called “fair”": the relative's subject names it
        if worded and (asker := _object_relative(text, idx, pl)).found:
            return asker  # "the ‘50% increase’ that Jo Bell requested": the asker's words
        if worded and (user := _term_user(text, idx, pl)).found:
            return user  # "an official said that although Jo Bell used the term “lead,”": the term is Bell's
        if (who := rules.first_found(_WORDED_RULES if worded else _BARE_RULES, text, idx, pl)) is not None:
            return _nested_reporter(text, idx, pl, who) if worded else who
        if (head := self.headline_speaker(pl)).found:
            return head
        if _they_unclaimed(text, pl.qe, same, prev):
            return _NOBODY  # '“...,” they said', no group nor quote's speaker before (xs59)
        if same is not None and lead and _impersonal_report(text, same.end, pl.qs):
            return _NOBODY  # '“...,” Bo said, but it is pointed out that it is a “trap”': nobody the text names
        label = same is not None and lead and _label_in_new_sentence(text, pl, same)  # the writer's, not a speaker's
        if same is not None and (newer := self.newer_subject(pl, same, lead)) is not None:
            return _named(newer)  # '"...," Bo said. Al Roe disagreed. "...."': Al Roe, told of after Bo
        if same is not None and lead and (body := self.newer_body(pl, same)).found:
            return body  # '“...,” Bo noted. Seoul's foreign ministry was firmer, saying ... “...”': the ministry
        if same is not None and same.value["attribution"] != "none" and not label:
            return _tagged_or_inherited(text, idx, pl, same)  # rule 4: the paragraph's earlier quote has a speaker
        if worded and rules.may(_possessor) and (who := _possessor(text, idx, pl)).found:
            return who
        if worded and lead and (who := self.partial_subject(pl, rules)).found:  # a partial quote: its clause's subject
            return who
        if worded and lead and (who := _spoke_before(text, idx, pl)).found:
            return who  # 'Bo spoke to reporters. The gap was “wide.”': free reported speech in his voice
        if pl.qs == pl.ps and pl.pi > 0:
            pps, ppe = self.paragraphs[pl.pi - 1]
            if _continues(prev, pl, text, ppe):
                assert prev is not None
                told = _reported_after(text, idx, prev, pps, ppe)
                return told if told.found else _inherit(prev)
            who = _colon_before(text, idx, pps, ppe, self.paragraphs[max(0, pl.pi - 4)][0])
            if who.found or not _all_quote(text, pl):
                return who
            who = _reported_before(text, idx, pps, ppe)
            return who if who.found else (self.next_sentence_speaker(pl)  # '"..."' / 'Bo recalled'
                                          or _set_up_or_introduced(text, idx, pps, ppe, (pl.qs, pl.qe)))  # fmt: skip
        if pl.qs > pl.ps and not lead and _stop_before(text, pl.ps, pl.qs):
            return _reported_or_introduced(text, idx, pl.ps, (pl.qs, pl.qe))  # 'Bo wrote on X. "We will pay."'
        if not worded:
            return _NOBODY
        if self.reporting_paragraph is None:
            self.reporting_paragraph = _SpeechVerbs(text, SPEECH_VERBS)
        return _reporter_in_paragraph(text, idx, pl, self.reporting_paragraph)  # 'The ministry said ... a “fair” deal'

    def headline_speaker(self, pl: _Place) -> _Who:
        """Return the speaker a headline or subhead labels the quote at ``pl`` with: a bare label ('Pentagon "We will
        pay"'), a colon label or a leading one in the headline, a tail ('"...," says Bo') or a dash ('"We will pay" -
        Bo'); else nobody."""
        text, idx, people = self.text, self.idx, self.people
        if pl.pi <= win.SUBHEAD_PARAGRAPHS and (bare := _headline_bare_label(text, idx, pl, people)).found:
            return bare  # 'Pentagon "We will pay"', 'Bo: "..."... Seoul "We pay"'
        if pl.pi == 0:
            who = _headline_label(text, idx, pl, people)
            if who.found or (who := _leading_label(text, idx, pl, people)).found:
                return who
        if (tail := _headline_tail(text, idx, pl, people)).found:
            return tail
        return _headline_dash_label(text, idx, pl, people)  # '"We will pay" - Bo'

    def partial_subject(self, pl: _Place, rules: _ParagraphRules | None = None) -> _Who:
        """Return the speaker of a partial quote at ``pl`` (words come before it in its sentence): the subject of the
        clause that reports it, a country, a pronoun, a document or the sentence's opening words; else nobody
        (``rules``: those that may apply in its paragraph, see _ParagraphRules)."""
        text, idx = self.text, self.idx
        rules = rules or _ParagraphRules(text[pl.ps : pl.pe])
        if rules.may(_readied_for) and _readied_for(text, pl.sent_start, pl.qs):
            return _NOBODY  # "preparing for “golf diplomacy”": an event's name, not the subject's words
        if (verbs := _verbs_before(text, pl.sent_start, pl.qs, idx.verbs)) and all(
                _answered_by_deed(text, v.end, pl.qs) or _told_to(text, v, pl) for v in verbs):
            return _NOBODY  # "Seoul responded by walking out of “cost-sharing” talks": a deed, no words (qfix50);
            # 'Seoul told to pay "fair share"': Seoul was told (spk50)
        c = text[pl.sent_start]  # a sentence opened by a quote mark or a figure: none of its opening's rules applies
        opens = c.isalpha() or c.isspace() or c.isupper()
        who = _report_that(text, idx, pl) if rules.may(_report_that) else _NOBODY
        if not who.found:
            who = _closing_reporter(text, idx, pl)  # "Hanul agreed to an “exceptional” rise ..., the ministry said."
        if not who.found and c.isupper() and rules.may(_fronted_saying):
            who = _fronted_saying(text, idx, pl)  # "Calling the demand “extortion,” Ana Volk left"
        if not who.found and c == "F":
            who = _fronted_range(text, idx, pl)  # "From 'warmth' to '50,000' troops, Bo riffs"
        if not who.found and rules.may(_mentioning_aside):
            who = _mentioning_aside(text, idx, pl)  # "Ana Volk, talking about the “fair share”, left"
        if not who.found and rules.may(_relative_aside):
            who = _relative_aside(text, idx, pl)  # "Ana Volk, who put the gap at “$1 billion,” left"; "Seoul, which"
        if not who.found and rules.may(_banner_subject):
            who = _banner_subject(text, idx, pl)
        if not who.found and opens and (main := _main_clause(text, pl.sent_start, pl.qs)) > pl.sent_start:
            who = _reported_subject(text, idx, main, _clause_subject(text, idx, main, pl.qs), pl.qs)
        if not who.found:
            who = _reported_subject(text, idx, pl.sent_start, _clause_subject(text, idx, pl.sent_start, pl.qs),
                                    pl.qs)
            if who.mention is not None and _second_of_two(text, idx, who.mention):
                who = self.next_sentence_speaker(pl) or who  # "Seoul and Washington agreed “in principle”"
        if not who.found and opens:  # "Bo “voiced hope ...”"; "the Tarn authorities are giving in, citing “...”"
            who = _predicate_or_plural(text, idx, pl, rules.may(_body_plural))
        if not who.found and opens and rules.may(_pair_subject):
            who = _pair_subject(text, pl.sent_start, pl.qs)  # "where the two leaders indicated that ... “...”"
        if not who.found and rules.may(_country_subject):
            who = _country_subject(text, idx, pl)
        if not who.found and opens:
            who = _indefinite_opening(text, pl.sent_start, pl.qs)
        if not who.found and rules.may(_pronoun_subject):
            who = _pronoun_subject(text, pl.sent_start, pl.qs, idx.pronouns)
            who = who if who.found else _they_subject(text, idx, pl)  # "They assessed it by saying “...”"
            who = who if who.found else _body_pronoun(text, idx, pl)  # "The agency met. It confirmed ... “...”"
        if not who.found and opens:
            who = _document_subject(text, idx, pl)
        if not who.found and opens:
            who = _voiced_feeling(text, idx, pl)  # "Four top Tamers are raising “serious concerns”"
        if not who.found and opens:
            who = _opening_reporter(text, idx, pl)  # "An official with the ministry said ... a “fair level”"
        if not who.found and opens:
            who = _opening_subject(text, pl.sent_start, pl.qs)
            opener = idx.starting_at(who.start, who.start) if who.found else None
            if opener is not None and opener.kind == "place" and not _country_speaks(text, who.end, pl.qs):
                who = _NOBODY  # "The United States and Japan reached a deal, which will bring a “...”"
        if not who.found and opens:
            who = _group_acts(text, pl)  # "Protesters carried signs reading “...”"
        return _unless_spoken_of(text, idx, who, pl)

    def fallback(self, quotes: list[Quote], places: Sequence[_Place]) -> list[Quote]:
        """Return ``quotes`` with each quotation no rule attributed given the reader's speaker: the source of an "as"
        clause beside it (_as_source, any form); for one not a label, scare quote or capitalised name ("“Allies and
        Money”"; a headline's words or a work's title its author is named with are read), the subject of its
        sentence's nearest speech verb (_in_sentence) or of the clause its colon ends (_colon_clause); for a
        paragraph of quote alone, the speaker who "added" the next paragraph's quote; else the later of the last
        quote's speaker and the last person who reported something (_reports), in its paragraph and the one
        before."""
        todo = [i for i, q in enumerate(quotes) if q.value["attribution"] == "none"]
        if not todo:
            return quotes
        spk, out = _Index([*self.people, *self.orgs]), list(quotes)
        verbs = _SpeechVerbs(self.text)
        reporters = [m for m in self.people if _reports(self.text, m) and not _spoken_to_or_of(self.text, m)]
        reporter_starts = [m.start for m in reporters]
        for i in todo:
            pl, q = places[i], quotes[i]
            close = _sentence_close(self.text, pl.qe, pl.pe)  # found once for both rules
            who = _as_source(self.text, spk, pl, close)
            if not who.found:
                who = _read_statement(self.text, spk, pl, close)
            who = who if who.found else self.named_next_paragraph(pl)  # '“...” ¶ That was how Bo put it' (mend54s)
            titled = _capitalised_name(q.exact, _NAME_GLUE)
            if not who.found and not titled:  # fix51s6: a record ("according to the minutes"), a group's tag
                who = _record_or_group(self.text, spk, pl, close, q.value["form"] != "scare")
            if not who.found and not titled and self.titled_work(pl) == "headline":
                who = _headline_bare_subject(self.text, spk, pl)  # 'Bo should "up ninefold"': name, then words
            if not who.found:
                who = _aim_subject(self.text, pl)  # 'Officials held talks to reach a "fair deal"': their aim
            scare = q.value["form"] == "scare" and not _colon_sentence(self.text, pl)  # 'Bo disagreed: "No."'
            if not who.found and not titled:
                who = self.item_lead(spk, pl, verbs)  # fix51s7: a list item's quote, its own sentence naming nobody
            if not who.found and (scare or (titled and not self.titled_work(pl)) or _question_put(self.text, pl)):
                continue  # a title or a name is nobody's words, nor a question put to the subject (xs59)
            if not who.found:
                who = _in_sentence(self.text, spk, pl, verbs)
            if not who.found:
                who = _unless_spoken_of(self.text, self.idx, _colon_clause(self.text, spk, pl), pl)
            if not who.found:
                who = _speaker_label(self.text, spk, pl, self.paragraphs[pl.pi - 1] if pl.pi > 0 else None)
            if not who.found and self.titled_work(pl) == "headline":
                who = _headline_verb_subject(self.text, spk, pl)  # "Bo Mentions '10 Billion Dollar Cost'"
                if not who.found:
                    who = _headline_body(self.text, pl)  # 'Hanul Ministry "Welcomes the Deal"'
            if not who.found and titled:
                continue  # a work's title or a headline: only its own sentence names whose it is
            src = None if who.found else (self.added_next(out, places, i) or self.said_next(out, places, i))
            if not who.found and src is None and _mute_or_stranger(self.text, pl):
                continue  # "Her sign reads “...”", "said a man who gave only his surname": no earlier speaker's
            if not who.found and src is None:
                src = _last_quoted(out, places, i)
                reporter = self._last_reporter(pl, reporters, reporter_starts)
                who = _named(reporter) if reporter is not None and (src is None or reporter.start > src.start) else who
            if who.found:
                built = self.build(pl, q.value["closed"], who)
                out[i] = replace(built, value=built.value | {"attribution": "fallback"})
            elif src is not None:
                out[i] = _speaker_of(q, src, "fallback")
        return out

    def _last_reporter(self, pl: _Place, reporters: list[Mention], starts: list[int]) -> Mention | None:
        """Return the later of the last of ``reporters`` (people who reported something, starting at ``starts``)
        before the quote at ``pl`` in its paragraph or the one before, and the person opening the sentence right
        before it (:meth:`prior_subject`); None after a "they" tag (xs59: no one, :func:`_they_tag`).

        >>> t = 'Ana Volk reported cuts. "We pay a lot," they said.'
        >>> ms = [Mention(0, 8, "Ana Volk", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0], {})
        >>> ctx._last_reporter(_Place(24, 39, 0, len(t), 0, 24, 0), ms, [0])
        >>> t = 'Ana Volk reported cuts. "We pay a lot," an aide said.'
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0], {})
        >>> ctx._last_reporter(_Place(24, 39, 0, len(t), 0, 24, 0), ms, [0]).exact
        'Ana Volk'
        """
        if _they_tag(self.text, pl.qe):
            return None
        lo = self.paragraphs[max(0, pl.pi - 1)][0]
        return _later(_last_before(reporters, starts, lo, pl.qs), self.prior_subject(pl))

    def named_next_paragraph(self, pl: _Place) -> _Who:
        """Return the speaker the next paragraph's opening names (:func:`_named_next`: "That was how Bo summed it up",
        "Those were the words of Bo") when the quote at ``pl`` is its paragraph alone and ends its sentence, else
        nobody (mend54s: the same words in the quote's own paragraph were read already).

        >>> t = '"We pay enough."' + 2 * chr(10) + "Those were the words of Jo Bell."
        >>> ms = [Mention(t.index("Jo"), len(t) - 1, "Jo Bell", "person", {})]
        >>> ctx = _Context(t, [(0, 16), (18, len(t))], _Index(ms), ms, [ms[0].start], {})
        >>> ctx.named_next_paragraph(_Place(0, 16, 0, 16, 0, 0, 0)).start == ms[0].start
        True
        """
        text = self.text
        if pl.pi + 1 >= len(self.paragraphs) or not _blank(text, pl.ps, pl.qs) or not _blank(text, pl.qe, pl.pe):
            return _NOBODY
        return _named_next(text, self.idx, pl._replace(pe=self.paragraphs[pl.pi + 1][1]))

    def item_lead(self, spk: _Index, pl: _Place, verbs: _SpeechVerbs) -> _Who:
        """Return the speaker of the lead line of the list whose item holds the quote at ``pl`` (:meth:`list_lead`),
        only when the item's own sentence names nobody by a speech verb (_in_sentence) or a colon (_colon_clause):
        an item's own speaker wins.

        >>> t = "Jo Bell listed her demands:\\n- Tamsk must pay “a fair share.”"
        >>> spk = _Index([Mention(0, 7, "Jo Bell", "person", {})]); qs = t.index("“")
        >>> ctx = _Context(t, [(0, len(t))], spk, [], [], {})
        >>> ctx.item_lead(spk, _Place(qs, qs + 14, 28, len(t), 0, 30, 0), _SpeechVerbs(t)).start
        0
        """
        lead = _unless_spoken_of(self.text, self.idx, self.list_lead(spk, pl), pl)
        if not lead.found or _in_sentence(self.text, spk, pl, verbs).found or _colon_clause(self.text, spk, pl).found:
            return _NOBODY
        return lead

    def list_lead(self, spk: _Index, pl: _Place) -> _Who:
        """Return the speaker of the line a colon ends that opens the list whose item holds the quote at ``pl`` (a
        line opening with "-", "*", "•", "–", "1." or "1)": :data:`_LIST_ITEM`), read back through consecutive items
        and blank lines only ("Bo listed his demands:", "Highlights of Jo Bell's remarks:"): the colon clause's
        subject or the owner of its words (_colon_clause); nobody when the quote is in no item or the line before
        the items ends with no colon.

        >>> t = "Jo Bell listed her demands:\\n- Tamsk must pay “a fair share.”\\n- Talks must be “multiyear.”"
        >>> spk = _Index([Mention(0, 7, "Jo Bell", "person", {})]); qs = t.index("“multiyear")
        >>> _Context(t, [(0, len(t))], spk, [], [], {}).list_lead(spk, _Place(qs, qs + 12, 0, len(t), 0, 0, 0)).start
        0
        >>> t = t.replace(":", ".")
        >>> _Context(t, [(0, len(t))], spk, [], [], {}).list_lead(spk, _Place(qs, qs + 12, 0, len(t), 0, 0, 0)).found
        False
        """
        text, lo = self.text, max(0, pl.qs - win.LIST_LINE_MOST)
        line = text.rfind("\n", lo, pl.qs) + 1
        if line == 0 and lo > 0:
            return _NOBODY  # a line longer than an item: no list, and a run-on paragraph reads a bounded stretch
        item = _LIST_ITEM.match(text, line) or _JOINED_ITEM.search(text, line, pl.qs)
        if item is None or ":" in text[item.end() : pl.qs]:
            return _NOBODY  # no item, or one with its own colon ("Jo Bell's view: ...", "Japan: ...")
        if not _LIST_ITEM.match(text, line):  # the first item read into its lead line (unwrap)
            start, colon = line, item.start()
        else:
            for _ in range(_LIST_LINES_BACK):
                if line <= 1:
                    return _NOBODY
                start = text.rfind("\n", max(0, line - 1 - win.LIST_LINE_MOST), line - 1) + 1
                if start == 0 and line - 1 > win.LIST_LINE_MOST:
                    return _NOBODY  # a line before the items longer than a lead line
                if text[start : line - 1].strip() and not _LIST_ITEM.match(text, start):
                    break  # the line before the list
                line = start
            else:
                return _NOBODY
            colon = _lead_colon(text, start, line - 1)
        if colon < 0 or not _spoken_lead(text, start, colon):
            return _NOBODY  # "Talks went on.", "Timeline (Yonhap):" before the items: no lead line of speech
        stop = text.rfind(". ", start, colon)
        return _colon_clause(text, spk, pl._replace(qs=colon + 1, sent_start=stop + 2 if stop >= 0 else start))

    def titled_work(self, pl: _Place) -> str:
        """Return "headline" when the quote at ``pl`` stands in a headline or subhead line (a short paragraph with no
        final stop: title case is its style), "work" right after a work's noun ("the report, “...”", "a study
        titled “...”"), else ""."""
        headline = self.headline_lines.get(pl.pi)
        if headline is None:  # read once a paragraph: a paragraph of many quotes asks for each
            ps, pe = self.paragraphs[pl.pi]
            line = self.text[ps:pe].rstrip() if pe - ps <= win.HEADLINE_LINE else "."  # a long paragraph: no headline
            headline = self.headline_lines[pl.pi] = line[-1:] not in {".", "!", "?"} and line[-2:-1] not in {
                ".", "!", "?"}
        if headline:
            return "headline"
        before = self.text[max(pl.sent_start, pl.qs - win.TITLED_WORK_BACK) : pl.qs].rstrip(" ,:").split()
        return "work" if before and before[-1].lower() in _WORKS else ""

    def prior_subject(self, pl: _Place) -> Mention | None:
        """Return the person opening the sentence right before a quote that opens its own sentence in the same
        paragraph ("Ana Volk, the envoy, disagreed. “We pay a lot.”"), else None.

        >>> t = 'Ana Volk disagreed. "We pay a lot."'
        >>> ctx = _Context(t, [(0, len(t))], _Index([Mention(0, 8, "Ana Volk", "person", {})]), [], [], {})
        >>> ctx.prior_subject(_Place(20, 35, 0, 35, 0, 20, 0)).exact
        'Ana Volk'
        """
        if pl.qs <= pl.ps or self.has_lead(pl):
            return None
        return self.last_subject(pl.ps, pl.qs)

    def last_subject(self, lo: int, hi: int) -> Mention | None:
        """Return the person opening the last sentence of ``text[lo:hi]``, past a fronted phrase ("Speaking on Monday,
        Bo was blunt.") and a title ("Defense Minister Bo"), else None."""
        start = _last_sentence_start(self.text, max(lo, hi - win.LAST_SENTENCE_BACK), hi)
        return self.opener(_past_title(self.text, start, hi), hi) or self.opener(
            _past_title(self.text, _past_fronted(self.text, start, hi), hi), hi)

    def newer_subject(self, pl: _Place, same: Quote, lead: bool = False) -> Mention | None:
        """Return the person opening the sentence right before the quote at ``pl`` (which opens its own sentence)
        when that sentence follows the paragraph's earlier quote ``same`` and that person is not ``same``'s speaker
        ('"We sign," Bo said. Al Roe disagreed. "We are far apart."': the last person told of goes on); with
        ``lead`` (words before the quote), the person opening the quote's own sentence, past a fronted phrase and a
        title ('"We sign," Bo said. On Monday, Senator Al Roe wanted a "fair share."'); else None.

        >>> t = '"We sign," Bo said. Ana Volk disagreed. "We are far apart."'
        >>> ms = [Mention(11, 13, "Bo", "person", {}), Mention(20, 28, "Ana Volk", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [11, 20], {})
        >>> ctx.newer_subject(_Place(40, 59, 0, 59, 0, 40, 0), Quote(0, 10, t[:10], {}, ms[0])).exact
        'Ana Volk'
        """
        if same.value.get("attribution") == "none":
            return None  # first: the look below is pure and this returns None whatever it finds
        text, start, qs = self.text, pl.sent_start, pl.qs
        m = self.prior_subject(pl) if not lead else self.opener(_past_title(text, start, qs), qs) or self.opener(
            _past_title(text, _past_fronted(text, start, qs), qs), qs)
        if m is None or m.start < same.end:
            return None
        earlier = same.speaker_mention or same.antecedent
        return None if earlier is not None and _named_in([earlier]) & _named_in([m]) else m

    def newer_body(self, pl: _Place, same: Quote) -> _Who:
        """Return the body (no person) opening the sentence of the partial quote at ``pl`` as its clause's subject
        when that sentence comes after the paragraph's earlier quote ``same`` ('“...,” Bo noted. Hanul's foreign
        ministry was firmer, signaling that Hanul will pay “no more.”': the ministry, not Bo goes on); else nobody.
        A named person opening it is :meth:`newer_subject`'s.

        >>> from analysis.extract.entities import find_entities
        >>> from analysis.extract.quote_finder import find_quotes
        >>> t = 'Esper noted a "gap." Seoul’s foreign ministry was firmer, signaling that Seoul pays "no more."'
        >>> [q.value["speaker_text"] for q in find_quotes(t, [(0, len(t))], find_entities(t), [(0, 20), (21, len(t))])]
        ['Esper', 'Seoul’s foreign ministry']
        """
        text = self.text
        if same.end > pl.sent_start or same.value.get("attribution") == "none":
            return _NOBODY
        first = _NONSPACE.search(text, pl.sent_start, pl.qs)
        who = _clause_subject(text, self.idx, pl.sent_start, pl.qs)
        if first is None or not who.found or who.start != first.start() or who.attribution != "descriptor" or (
                who.mention is not None and who.mention.kind == "person"):
            return _NOBODY
        return _reported_subject(text, self.idx, pl.sent_start, who, pl.qs)

    def opener(self, start: int, end: int) -> Mention | None:
        """Return the named person (not a group or an unnamed one) whose name is the first word at or after ``start``
        and before ``end``, else None.

        >>> t = 'Ana Volk wants a "fair share."'
        >>> ctx = _Context(t, [(0, len(t))], _Index([Mention(0, 8, "Ana Volk", "person", {})]), [], [], {})
        >>> ctx.opener(0, 16).exact
        'Ana Volk'
        """
        # bounded: many quotes share one sentence
        first = _NONSPACE.search(self.text, start, min(end, start + win.FIRST_WORD_REACH))
        m = self.idx.starting_at(first.start(), first.start()) if first is not None else None
        ok = m is not None and m.kind == "person" and not m.value.get("descriptor") and not m.value.get("plural")
        return m if ok else None

    def added_next(self, quotes: list[Quote], places: Sequence[_Place], i: int) -> Quote | None:
        """Return the quote opening the next paragraph when the quote ``i`` is its whole paragraph and that next
        quote's speaker "added" or "continued" it ('"..." ¶ "...," he added': he said both), else None."""
        pl = places[i]
        if i + 1 >= len(quotes) or not _all_quote(self.text, pl) or places[i + 1].pi != pl.pi + 1:
            return None
        nxt, npl = quotes[i + 1], places[i + 1]
        if nxt.value["attribution"] == "none" or npl.qs != npl.ps or not (nxt.value.get("speaker_name") or
                                                                          nxt.value.get("speaker")):
            return None
        words = self.text[npl.qe : min(npl.pe, npl.qe + win.ADDED_NEXT)].lower().split()[:win.ADDED_NEXT_WORDS]
        return nxt if any(w.strip(".,") in _GOING_ON for w in words) else None

    def said_next(self, quotes: list[Quote], places: Sequence[_Place], i: int) -> Quote | None:
        """Return the next quote when the quote ``i`` opens its paragraph in a sentence with no speaker and the next
        sentence of that paragraph opens with a quote whose tail names who said it ('“We get a vote” in how it ends.
        “Give it a week,” Bo said.': Bo said both); else None. No person or body, nor any capitalised word, may stand
        between the two.

        >>> t = '“We get a vote” in how it ends. “Give it a week,” Bo said.'
        >>> ms = [Mention(50, 52, "Bo", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [50], {})
        >>> pls = [_Place(0, 15, 0, len(t), 0, 0, 0), _Place(32, 49, 0, len(t), 0, 32, 0)]
        >>> qs = [Quote(0, 15, t[:15], {"attribution": "none"}),
        ...       Quote(32, 49, t[32:49], {"attribution": "named", "speaker_name": "Bo", "speaker_start": 50})]
        >>> ctx.said_next(qs, pls, 0).exact
        '“Give it a week,”'
        >>> ctx.said_next(qs, [pls[0], pls[1]._replace(pi=1)], 0) is None  # the next paragraph's
        True
        """
        pl = places[i]
        if i + 1 >= len(quotes) or pl.qs != pl.ps or places[i + 1].pi != pl.pi:
            return None
        nxt, npl = quotes[i + 1], places[i + 1]
        said = nxt.value.get("speaker_name") or nxt.value.get("speaker")
        if nxt.value["attribution"] not in {"named", "pronoun"} or npl.qs != npl.sent_start or not said or \
                nxt.value.get("speaker_start", 0) < npl.qe:
            return None
        between = self.text[pl.qe : npl.qs]
        if _MARK.search(between) or between.count(".") + between.count("?") + between.count("!") != 1 or \
                self.idx.first_between(pl.qe, npl.qs) or any(c.isupper() for c in between):
            return None  # one sentence between them, with no one in it (no capital: no name a finder missed)
        return nxt

    def transcribed(self, q: Quote) -> Quote | None:
        """Return the headline quote ``q`` with the speaker of the body paragraph that shares most of its words (see
        _closest_body_quotes) when a label names who speaks it, as transcripts print it ("Jo Bell / U.S. envoy" on the
        line or paragraph before the words), else None."""
        mine = {w for w in _content_words(q) if len(w) >= 4}
        best, score = 0, 0
        for j, (ps, pe) in enumerate(self.paragraphs):
            if j == 0:
                continue  # the headline itself
            shared = len(mine & {w.lower() for w in _WORD.findall(self.text, ps, pe) if len(w) >= 4})
            if shared > score or (shared and shared == score and not self.label_of(best) and self.label_of(j)):
                best, score = j, shared  # a tie: the labelled paragraph, whose words a transcript gives (mend54s)
        label = self.label_of(best) if score >= 2 and 2 * score >= len(mine) else None
        if label is None:
            return None
        value = q.value | {"speaker": _speaker_id(label), "speaker_name": self.spelled(label) or speaker_name(label),
                           "speaker_text": label.exact, "speaker_start": label.start, "speaker_end": label.end,
                           "candidates": list(label.value.get("candidates") or []),
                           "attribution": "repeated"}  # fmt: skip
        return replace(q, value=value, speaker_mention=label)

    def label_of(self, j: int) -> Mention | None:
        """Return the person a label names as the speaker of paragraph ``j``: its first line, or the paragraph
        before, holds only a name or a name, a slash and a title ("Jo Bell / U.S. envoy"); else None.

        >>> t = "Jo Bell / U.S. envoy" + chr(10) + "We will pay." + 2 * chr(10) + "Al Roe" + 2 * chr(10) + "No."
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(35, 41, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, 33), (35, 41), (43, 46)], _Index(ms), [], [], {})
        >>> ctx.label_of(0).exact, ctx.label_of(2).exact, ctx.label_of(1)
        ('Jo Bell', 'Al Roe', None)
        >>> t = "[Jo Bell / U.S. envoy: We will pay.]"
        >>> ms = [Mention(1, 8, "Jo Bell", "person", {})]
        >>> _Context(t, [(0, len(t))], _Index(ms), [], [], {}).label_of(0).exact
        'Jo Bell'
        """
        ps, pe = self.paragraphs[j]
        line = self.text.find("\n", ps, pe)
        if line > 0 and (first := _label(self.text, self.idx, ps, line)) is not None:
            return first
        colon = self.text.find(":", ps, min(pe, ps + win.LABEL_TITLE_MOST)) if self.text.startswith("[", ps) else -1
        if colon > 0 and (bite := _label(self.text, self.idx, ps + 1, colon)) is not None:
            return bite  # a sound bite in brackets: "[Jo Bell / U.S. envoy: We will pay.]" (mend54s)
        return _label(self.text, self.idx, *self.paragraphs[j - 1]) if j > 0 else None

    def next_sentence_speaker(self, pl: _Place) -> _Who | None:
        """Return the speaker the sentence after the quote's opens with ("The ministry said on Monday that ..."), in
        its paragraph or the next one, else None."""
        text, lim = self.text, min(pl.pe, pl.qe + win.NEXT_SENTENCE_REACH)
        end = _SENTENCE_END.search(text, pl.qe, lim)
        if end is not None:
            ns, pe = end.end(), pl.pe
        elif lim == pl.pe and pl.pi + 1 < len(self.paragraphs):  # the quote's sentence ends its paragraph
            ns, pe = self.paragraphs[pl.pi + 1]
        else:
            return None
        first = _NONSPACE.search(text, ns, min(pe, ns + win.FIRST_WORD_REACH))
        if first is None:
            return None
        ns = first.start()
        if (opener := _SOURCE_OPENER.match(text, ns, pe)) is not None:  # probeq36: "That was the message from X"
            named = self.idx.starting_at(opener.end(), opener.end())
            return _named(named) if named is not None and _is_speaker(named) else None
        verb = _VERB_WORD.search(text, ns, min(pe, ns + win.NEXT_SENTENCE_VERB))
        if verb is None or verb.group().lower() not in SPEECH_VERBS:
            return None
        who = _subject_before(text, self.idx, verb.start(), ns, pl.back)
        return who if who.found and who.start == ns and who.attribution != "pronoun" else None

    def quote(self, pl: _Place, closed: bool, same: Quote | None, prev: Quote | None) -> Quote:
        """Return the Quote at ``pl`` with its value."""
        lead = self.has_lead(pl)
        who = _holder_before_quote(self.text, self.attribute(pl, same, prev, lead), pl)
        who = _foreign_body(self.text, self.idx, who)  # "Japan's Defense Ministry said": not Seoul's
        if who.attribution == "pronoun" and self.text[who.start : who.end] in {"it", "It"}:
            lo = self.paragraphs[max(0, pl.pi - 1)][0]
            if self.reporting is None:
                self.reporting = _SpeechVerbs(self.text, SPEECH_VERBS)
            org = _org_reporter(self.text, self.idx, lo, min(who.start, pl.qs), pl.back, self.reporting)
            if org.found:  # '"...," the ministry said. ¶ "...," it added': the ministry
                who = _Who("descriptor", org.mention, who.start, who.end, org.mention, org.name)
            elif (named := _untagged_reporter(self.text, lo, min(who.start, pl.qs), self._untagged_verbs())).found:
                who = replace(named, start=who.start, end=who.end)  # "The Hanul Union said ... “...,” it added"
            elif (body := _body_quoted_before(self.text, self.idx, prev, (lo, min(who.start, pl.qs)), who)).found:
                who = body  # "“...,” the statement released by the embassy read. ¶ “...,” it said": the statement
        source = same if same is not None and same.value["attribution"] != "none" else prev
        return self.build(pl, closed, who, source)

    def _untagged_verbs(self) -> _SpeechVerbs:
        if self.reporting_untagged is None:
            self.reporting_untagged = _SpeechVerbs(self.text, SPEECH_VERBS)
        return self.reporting_untagged

    def build(self, pl: _Place, closed: bool, who: _Who, source: Quote | None = None) -> Quote:
        """Return the Quote at ``pl`` attributed as ``who`` says (``source``: the quote a continuation inherits)."""
        text = self.text
        content = text[pl.qs + (not text[pl.qs].isalnum()) : pl.qe - 1 if closed else pl.qe]  # a carried quote's
        # closing paragraph opens on a word
        lead = self.has_lead(pl)
        value: dict[str, Any] = {
            "speaker": None,
            "speaker_name": None,
            "speaker_text": text[who.start : who.end] if who.start >= 0 else None,
            "speaker_start": who.start if who.start >= 0 else None,
            "speaker_end": who.end if who.end >= 0 else None,
            "attribution": who.attribution,
            "antecedent": None,
            "candidates": [],
            "voice": voice_of(content),
            "form": "full" if not lead else ("scare" if len(_WORD.findall(content)) < 4 else "partial"),
            "closed": closed,
        }
        if who.attribution == "continuation":
            assert source is not None
            sv = source.value
            value.update(speaker=sv["speaker"], speaker_name=sv["speaker_name"], candidates=list(sv["candidates"]),
                         antecedent=sv["antecedent"])  # fmt: skip
            return Quote(pl.qs, pl.qe, text[pl.qs : pl.qe], value, who.mention, who.antecedent)
        who = _body_named_before(text, who, self.paragraphs[max(0, pl.pi - 3)][0])
        if who.attribution == "fallback" and who.mention is None and (held := self.role_phrase_holder(pl, who)
                                                                       or self.kind_holder(pl, who)):
            who = replace(who, mention=held, antecedent=held, name=None)  # '"...," the mayor said': Mayor Bo
        if (longer := _postmodified(text, self.idx, who, pl.pe)) is not who:  # "an official at a major automaker"
            who = longer
            value.update(speaker_text=text[who.start : who.end], speaker_end=who.end)
        mention, antecedent, joint = self.resolve(pl, who)
        if mention is None and who.attribution == "descriptor" and (held := self.role_phrase_holder(pl, who)):
            mention = antecedent = held  # '“...,” said the union chief': no mention, the holder named before
        voice_mention = None
        if antecedent is not None:
            value["antecedent"] = {"start": antecedent.start, "end": antecedent.end, "exact": antecedent.exact}
        if mention is not None:
            value["speaker"] = _speaker_id(mention)
            value["speaker_name"] = self.spelled(mention) or speaker_name(mention, self.names)
            value["candidates"] = list(mention.value.get("candidates") or ([] if value["speaker"] is None
                                                                        else [value["speaker"]]))  # fmt: skip
        if (who.name is not None or joint is not None) and not _holder_named(who, mention, antecedent, joint):
            value["speaker_name"] = joint or who.name
        if who.attribution == "pronoun" and antecedent is not None:
            voice_mention = self._voice_conflict(value, antecedent, pl.qs)
            self.learn_gender(who, antecedent)
        if mention is not None and mention.kind == "person" and not mention.value.get("descriptor"):
            self.last_said = mention
        return Quote(pl.qs, pl.qe, text[pl.qs : pl.qe], value, who.mention if who.attribution != "pronoun" else None,
                     antecedent, voice_mention)  # fmt: skip

    def resolve(self, pl: _Place, who: _Who) -> tuple[Mention | None, Mention | None, str | None]:
        """Return (speaker mention, antecedent, joint name) for ``who``: a descriptor that refers back ("the former
        president said") or to two people named together ("The officials said"), a pronoun, or the mention itself."""
        text, mention = self.text, who.mention
        antecedent: Mention | None = None
        joint: str | None = None
        if (mention is None or mention.value.get("plural")) and _two_of_them(text, who.start, who.end):
            mention = None  # "the two ministers said": the two people the text named together before
        if mention is None and who.start >= 0 and _two_of_them(text, who.start, who.end) \
                and text[who.start : who.end].split()[-1] not in _PARTY_NOUNS:  # "both sides": no pair of people
            pair = self.pair_before(pl, who.start)
            if pair is not None:
                return pair
        if mention is None and who.attribution == "descriptor" and (first := self.list_before(pl, who)) is not None:
            return first, first, None  # "A, B and C wrote ... wrote the Members": the first-named signer
        if mention is not None and who.attribution != "pronoun" and _refers_back(mention):
            # "the former president said": the person of that office the text named before
            antecedent = self._office_holder(pl, mention) or self.first_named_next(pl, mention)
            mention = antecedent or mention
        elif mention is not None and who.attribution == "descriptor" and _refers_back(mention, plural=True):
            # "The officials said": the two people the text named together before ("Jo Bell and Al Roe")
            pair = self.pair_before(pl, mention.start)
            if pair is not None:
                return pair
        elif who.attribution == "pronoun" and who.antecedent is not None and who.antecedent.value.get("group"):
            antecedent = mention = who.antecedent  # "they": the group its rule found
        elif who.attribution == "pronoun":
            antecedent = mention = self.pronoun_antecedent(pl, who)
        elif who.antecedent is not None:
            antecedent = who.antecedent
        elif mention is None and who.attribution == "descriptor" and (held := self.epithet_holder(pl, who)):
            antecedent = mention = held  # "the head of the delegation said": its chief negotiator named before
        elif mention is None and who.attribution != "pronoun" and (owned := self.owned_holder(pl, who)) is not None:
            antecedent = mention = owned  # "Seoul's chief negotiator said": the one named with that office
        elif mention is None and who.attribution == "descriptor" and (body := self.body_office_holder(pl, who)):
            antecedent = mention = body  # "the commander of U.S. Forces Korea said": the commander named before
        elif mention is None and who.attribution == "descriptor" and (party := _party_noun(text, who)):
            floor = self.paragraphs[max(0, pl.pi - 3)][0]  # "the Republican said": the one the text calls so
            state = " ".join(text[who.start : who.end].split()[1:-1])  # "the Texas Republican": Texas
            antecedent = mention = _party_holder(text, self.people, self.people_starts, who.start, floor, party, state
                                                 ) or _lone_legislator(text, self.people, self.people_starts,
                                                                       who.start, self.paragraphs[pl.pi][0])
            if mention is not None:  # the holder's name over the one the phrase gave ("Republican")
                joint = self.spelled(mention) or speaker_name(mention, self.names)
        return mention, antecedent, joint

    def pronoun_antecedent(self, pl: _Place, who: _Who) -> Mention | None:
        """Return what the pronoun ``who`` of the quote at ``pl`` points back to (:meth:`gendered_antecedent`): with
        the genders earlier pronouns gave (:meth:`learn_gender`), else, when none is left so, without them (a slip of
        the writer's: "Bo met officials. “...,” she told them. ¶ He also said ...": Bo, the only one named)."""
        found = self.gendered_antecedent(pl, who, True)
        return found if found is not None or not self.learned else self.gendered_antecedent(pl, who, False)

    def gendered_antecedent(self, pl: _Place, who: _Who, learned: bool) -> Mention | None:
        """Return what the pronoun ``who`` of the quote at ``pl`` points back to: for "it", the organisation named
        before; for "he"/"she", the nearest person named before whose gender does not contradict it (the pronouns'
        ``learned`` genders too, if asked) (:func:`_antecedent`, over three paragraphs, then _PRONOUN_PARAGRAPHS),
        the paragraph's topic, the holder of an office; else a full name the entity finder read as no one's, named
        before with no person since (:func:`_bare_name_before`: "For Jo Bell, the matter is simple. ¶ '...,' she
        said"; qfix39); else None."""
        text = self.text
        floor = self.paragraphs[max(0, pl.pi - 3)][0]
        pronoun = text[who.start : who.end].lower()
        if pronoun == "it":
            org = (_opening_org(text, self.orgs, self.org_starts, who.start, floor)
                   or _it_subject(text, self.orgs, self.org_starts, who.start, (pl.qs, pl.qe), floor)
                   or _antecedent(self.orgs, self.org_starts, who.start, floor))
            if org is None and (body := _body_before_it(text, who.start, floor)) is not None:
                words = text[body[0] : body[1]]  # "The ministry said ... It called": the ministry, no org named
                org = Mention(*body, words, "org", {"id": None, "name": None, "candidates": [], "descriptor": True})
            return org or _it_measure(text, who.start, (pl.qs, pl.qe), floor)  # "The bill passed. ... it said"
        quoted = _named_in(self.idx.first_between(pl.qs, pl.qe))
        people, starts = self.persons_of_gender(pronoun, learned)
        antecedent = _antecedent(people, starts, who.start, floor, text, pronoun, quoted, spoke=self.last_said)
        if antecedent is None and (bare := self.bare_name_before(pl, who.start, floor)) is not None:
            return bare
        if antecedent is None:  # the text's person told of for paragraphs since: the last one named
            far = self.paragraphs[max(0, pl.pi - _PRONOUN_PARAGRAPHS)][0]
            antecedent = _antecedent(people, starts, who.start, far, text, pronoun, quoted, spoke=self.last_said)
        antecedent = self.paragraph_topic(pl, antecedent, pronoun) or antecedent
        if antecedent is not None and _refers_back(antecedent):  # "the minister said ... She added"
            antecedent = self._office_holder(pl, antecedent) or antecedent
        return self.newcomer_after(pl, who, antecedent, pronoun) or antecedent

    def newcomer_after(self, pl: _Place, who: _Who, antecedent: Mention | None, pronoun: str) -> Mention | None:
        """Return an unnamed person who opens a sentence after the named ``antecedent`` and before the pronoun
        ``who`` (:func:`_unnamed_opener`: "Bo runs a shop. ¶ A retired sergeant disagreed. “...,” he said": the
        sergeant, no name), as a descriptor mention; else None (the antecedent stands)."""
        if antecedent is None or antecedent.value.get("descriptor") or antecedent.kind != "person":
            return None
        lo = max(antecedent.end, self.paragraphs[max(0, pl.pi - 1)][0])  # the pronoun's paragraph or the one before
        opener = _unnamed_opener(self.text, lo, min(who.start, pl.qs), pronoun)
        if opener is None:
            return None
        start, end, name = opener
        k = bisect.bisect_left(self.people_starts, start)
        if k < len(self.people) and self.people[k].start < min(who.start, pl.qs):
            return None  # a person named after the newcomer ("A fellow at X, Jo Bell, said"): the antecedent's rules
        return Mention(start, end, self.text[start:end], "person", {"id": None, "name": name, "candidates": [],
                                                                    "role": None, "country": None, "descriptor": True})

    def bare_name_before(self, pl: _Place, pos: int, floor: int) -> Mention | None:
        """Return a person mention made for the nearest full name before ``pos`` (and the quote at ``pl``) that no
        mention covers (:func:`_bare_name_before`), when no person is named between it and ``pos`` (the text's
        gender of another person is then no matter: "Mr. Al Roe met Jo Bell" reads Jo Bell already); else None.

        >>> t = "For Jo Bell, it is simple. “No,” she said."
        >>> ctx = _Context(t, [(0, len(t))], _Index([]), [], [], {})
        >>> ctx.bare_name_before(_Place(27, 32, 0, len(t), 0, 0, 0), t.index("she"), 0).exact
        'Jo Bell'
        """
        hi = min(pos, pl.qs)
        k = bisect.bisect_left(self.people_starts, hi) - 1
        lo = max(floor, self.people[k].end if k >= 0 else floor, hi - win.BARE_NAME_BACK)
        span = _bare_name_before(self.text, self.idx, lo, hi)
        if span is None:
            return None
        name = self.text[span[0] : span[1]]
        return Mention(span[0], span[1], name, "person", {"id": None, "name": name, "candidates": [], "role": None,
                                                          "country": None, "descriptor": False})

    def role_phrase_holder(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the person named before whom a definite role in plain lower-case words points back to, where the
        entity finder made no mention of it ('"...," the mayor said', "the union chief", "the premier"): the holder of
        that office as for "the minister" (_office_holder); else None (the role stays the speaker).

        >>> t = "Mayor Jo Bell met Al Roe. “No,” the mayor said."
        >>> ms = [Mention(6, 13, "Jo Bell", "person", {"role": "Mayor"}), Mention(18, 24, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [6, 18], {})
        >>> i = t.index("the mayor"); ctx.role_phrase_holder(_Place(26, 31, 0, len(t), 0, 26, 0),
        ...     _Who("fallback", None, i, i + 9)).exact
        'Jo Bell'
        >>> ctx.role_phrase_holder(_Place(26, 31, 0, len(t), 0, 26, 0), _Who("fallback", None, i, i + 3)) is None
        True
        """
        words = self.text[who.start : who.end].split() if who.start >= 0 else []
        if not 2 <= len(words) <= _ROLE_PHRASE_WORDS or words[0] not in {"the", "The"}:
            return None
        low = [w.lower() for w in words]
        if low[-1] not in _OFFICES or not words[-1].islower() or not all(w.isalpha() and w[1:].islower()
                                                                         for w in words[1:]):
            return None  # "the group": no office; "The Economist", "the U.S. side", a figure: another rule's
        if bisect.bisect_left(self.people_starts, who.start) == 0 and (
                self.last_said is None or self.last_said.start >= who.start):  # fmt: skip
            return self.next_holder(pl, low)  # no one named before: the next paragraph may name it (xs59)
        value = {"descriptor": True, "country": _country_in(low)}
        held = self._office_holder(pl, Mention(who.start, who.end, " ".join(low), "person", value))
        if held is None or not _holds(self.text, held, low[-1]):
            return None  # an unnamed role stays itself ("Bo spoke. The union leader said": not Bo)
        described = _described_words(self.text, held)
        if ("former" in described or self.has_left(held, who.start)) and "former" not in low:
            return None  # "Former Pentagon spokesman Bo ... The Pentagon spokesman said": the one in office now
        return held if set(low[1:-1]) <= described | _PLAIN_RANKS else None  # "the Treasury secretary": not
        # Defense Secretary Bo

    def first_named_next(self, pl: _Place, office: Mention) -> Mention | None:
        """Return :meth:`next_holder` of the role ``office`` ("the ministry spokesperson said") when no one is named
        before it and no quote before it has a speaker; else None (the holder is looked for before, as ever).

        >>> t = "“No,” the base commander said." + 2 * chr(10) + "Col. Rhee Sun-ok said hours would be cut."
        >>> ms = [Mention(t.index("Rhee"), t.index("Rhee") + 11, "Rhee Sun-ok", "person", {})]
        >>> ctx = _Context(t, [(0, 30), (32, len(t))], _Index(ms), ms, [ms[0].start], {})
        >>> office = Mention(6, 24, "the base commander", "role", {})
        >>> ctx.first_named_next(_Place(0, 5, 0, 30, 0, 0, 0), office).exact
        'Rhee Sun-ok'
        >>> ctx.first_named_next(_Place(0, 5, 0, 30, 0, 0, 0), Mention(10, 24, "base commander", "role", {})) is None
        True
        """
        if bisect.bisect_left(self.people_starts, office.start) > 0 or self.last_said is not None:
            return None
        words = office.exact.split()
        return self.next_holder(pl, [w.lower() for w in words]) if words[0] in {"the", "The"} else None

    def next_holder(self, pl: _Place, low: list[str]) -> Mention | None:
        """Return the person the paragraph after the quote's opens with as its titled subject, when no one is named
        before the quote and the title holds the role ``low`` (lower-case words, "the base commander"): the title
        repeats the role's noun ("Spokesperson Lim Ha-eun said") or is a military rank for a military role ("Col.
        Rhee Sun-ok said" after "the base commander"): the writer names the role's holder next (xs59); else None.

        >>> t = "“No,” the base commander said." + 2 * chr(10) + "Col. Rhee Sun-ok said hours would be cut."
        >>> ms = [Mention(t.index("Rhee"), t.index("Rhee") + 11, "Rhee Sun-ok", "person", {})]
        >>> ctx = _Context(t, [(0, 30), (32, len(t))], _Index(ms), ms, [ms[0].start], {})
        >>> ctx.next_holder(_Place(0, 5, 0, 30, 0, 0, 0), ["the", "base", "commander"]).exact
        'Rhee Sun-ok'
        >>> ctx.next_holder(_Place(0, 5, 0, 30, 0, 0, 0), ["the", "finance", "minister"]) is None
        True
        >>> t = "“No,” the base commander said." + 2 * chr(10) + "Gen. Rhee Sun-ok said hours would be cut."
        >>> ctx = _Context(t, [(0, 30), (32, len(t))], _Index(ms), ms, [ms[0].start], {})
        >>> ctx.next_holder(_Place(0, 5, 0, 30, 0, 0, 0), ["the", "base", "commander"]) is None
        True
        """
        if pl.pi + 1 >= len(self.paragraphs):
            return None
        ps, pe = self.paragraphs[pl.pi + 1]
        k = bisect.bisect_left(self.people_starts, ps)
        if k >= len(self.people) or self.people[k].start >= pe or self.people[k].value.get("descriptor"):
            return None
        person = self.people[k]
        title = self.text[ps : person.start].split()
        if not 1 <= len(title) <= _TITLE_WORDS_MOST or not all(w[:1].isupper() and w[-1] != "," for w in title) or \
                title[0].lower() in _NOT_TITLE_OPENERS or _NEXT_VERB.match(self.text, person.end) is None:
            return None  # "On Monday, Col. Bo said", no title, "Col. Bo's aide": no titled subject opening it
        words = {w.lower().rstrip(".") for w in title}
        if self.text.startswith(",", person.end) or not words <= _MILITARY_RANKS | {low[-1]}:
            return None  # "Col. Bo, who commands the air wing,", "Defense Minister Bo": another office (mend59s)
        military = low[-1] in _MILITARY_ROLES and bool(words & _MILITARY_RANKS) and (
            not words & _GENERAL_RANKS or len(low) == 2)  # a general for "the commander" only, not "the base ..."
        return person if low[-1] in words or military else None

    def has_left(self, held: Mention, before: int) -> bool:
        """Return whether a mention of the person ``held`` (among the _LEFT_PEOPLE people named nearest before
        ``before``) is told as having left office (:func:`_left_office`: "Mayor Bo resigned in 2019", "Bo, who
        stepped down last year,").

        >>> t = "Mayor Jo Bell met Al Roe. Bell resigned. The mayor said"
        >>> ms = [Mention(6, 13, "Jo Bell", "person", {}), Mention(18, 24, "Al Roe", "person", {}),
        ...       Mention(26, 30, "Bell", "person", {"name": "Jo Bell"})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [6, 18, 26], {})
        >>> ctx.has_left(ms[0], 41), ctx.has_left(ms[1], 41)
        (True, False)
        """
        key = _gender_key(held)
        k = bisect.bisect_left(self.people_starts, before)
        return any(_gender_key(m) == key and _left_office(self.text, m.end)
                   for m in self.people[max(0, k - _LEFT_PEOPLE) : k])

    def kind_holder(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the organisation named before (within three paragraphs, the _KIND_ORGS nearest) whose apposition
        gives it the kind a definite phrase names ('The Hanul Institute, a think tank in Torvia, ... ¶ “...,” the
        think tank said'), when only one does; else None (speak48).

        >>> t = "The Hanul Institute, a think tank in Torvia, spoke. “No,” the think tank said."
        >>> ms = [Mention(4, 19, "Hanul Institute", "org", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), [], [], {}, ms, [4])
        >>> i = t.index("the think"); ctx.kind_holder(_Place(51, 56, 0, len(t), 0, 51, 0), _Who("fallback", None, i,
        ...     i + 14)).exact
        'Hanul Institute'
        """
        words = self.text[who.start : who.end].lower().split() if who.start >= 0 else []
        if not 2 <= len(words) <= _ROLE_PHRASE_WORDS or words[0] != "the" or not all(w.isalpha() for w in words):
            return None
        floor = self.paragraphs[max(0, pl.pi - 3)][0]
        k = bisect.bisect_left(self.org_starts, who.start)
        found = {m.exact: m for m in self.orgs[max(0, k - _KIND_ORGS) : k] if m.start >= floor and _apposed_kind(
            self.text, m.end, words[1:])}
        return next(iter(found.values())) if len(found) == 1 else None

    def epithet_holder(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the person a definite epithet no mention holds points back to ("the head of the delegation":
        :func:`_epithet`), as for "the negotiator" (_office_holder); else None.

        >>> t = "Jo Bell, the chief negotiator, spoke. The head of the delegation said"
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0], {})
        >>> ctx.epithet_holder(_Place(70, 72, 0, 72, 0, 0, 0), _Who("descriptor", None, 38, 65)).exact
        'Jo Bell'
        """
        words = self.text[who.start : who.end].split() if who.start >= 0 else []
        low = [w.lower() for w in words]
        if not words or words[0] not in {"the", "The"} or (office := _epithet(low)) is None:
            return None
        if office[0] == _TEAM_HEAD:  # "the head of the team": a delegation's only after "the negotiating team"
            far = self.paragraphs[max(0, pl.pi - _HOLDER_PARAGRAPHS)][0]
            if not _NEGOTIATING_TEAM.search(self.text, far, who.start):
                return None
            at = len(words) - (1 if low[-1] == "team" else 2)
            words = [*words[:at], "negotiating", *words[at:]]  # read as the negotiating team the text named
        value = {"descriptor": True, "country": _country_in(low)}  # "the chief of the Norwegian delegation"
        return self._office_holder(pl, Mention(who.start, who.end, " ".join(words), "person", value))

    def body_office_holder(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the person an office told by the body it heads or serves points back to ("the commander of U.S.
        Forces Korea", "the spokesman for the State Department", :func:`_body_office`), read as "the U.S. Forces Korea
        commander" for the holder of that office of that body (_office_holder); else None.

        >>> t = "Gen. Jo Bell, commander of U.S. Forces Korea, spoke. The commander of U.S. Forces Korea said"
        >>> ms = [Mention(5, 12, "Jo Bell", "person", {"role": "commander of U.S. Forces Korea"})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [5], {})
        >>> i = t.index("The commander"); ctx.body_office_holder(_Place(90, 92, 0, 92, 0, 0, 0), _Who("descriptor",
        ...     None, i, t.index(" said"))).exact
        'Jo Bell'
        >>> t = "Gen. Jo Bell, commander of the Navy, spoke. The commander of U.S. Forces Korea said"
        >>> ms = [Mention(5, 12, "Jo Bell", "person", {"role": "commander of the Navy"})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [5], {})
        >>> i = t.index("The commander"); ctx.body_office_holder(_Place(81, 83, 0, 83, 0, 0, 0), _Who("descriptor",
        ...     None, i, t.index(" said"))) is None
        True
        """
        words = _body_office(self.text[who.start : who.end].split() if who.start >= 0 else [])
        if not words:
            return None
        value = {"descriptor": True, "country": _country_in([w.lower() for w in words])}
        held = self._office_holder(pl, Mention(who.start, who.end, " ".join(words), "person", value))
        head = words[-1]  # only one the text gives that office: not the last speaker ("The mayor of Vilseck said")
        if held is None or not (head in _role_words(held) or _holds(self.text, held, head)):
            return None
        return held if _serves_body(held, words[1:-1]) else None

    def owned_holder(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the person an office owned by a place ("Seoul's chief negotiator", "South Korea's top diplomat")
        points back to: the holder of that office of the place's country, as for "the negotiator" (_office_holder);
        for an owner that names no country ("Bo's spokesperson"), only a holder the text gives that owner too ("Bo's
        spokesperson Jo Bell"); else None (the office alone: "the country's chief negotiator").

        >>> t = "Jo Bell, the chief negotiator, met Al Roe. Seoul's chief negotiator said"
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(35, 41, "Al Roe", "person", {})]
        >>> seoul = Mention(43, 48, "Seoul", "place", {"country": "KR"})
        >>> ctx = _Context(t, [(0, len(t))], _Index([*ms, seoul]), ms, [0, 35], {})
        >>> ctx.owned_holder(_Place(70, 72, 0, 72, 0, 0, 0), _Who("descriptor", None, 43, 67)).exact
        'Jo Bell'
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0, 35], {})  # "Seoul" read as no place: no country
        >>> ctx.owned_holder(_Place(70, 72, 0, 72, 0, 0, 0), _Who("descriptor", None, 43, 67)) is None
        True
        """
        words = self.text[who.start : who.end].split() if who.start >= 0 else []
        owner = next((k for k, w in enumerate(words[:-1]) if _owner_possessive(w)), None)
        if owner is None or words[-1].lower() not in _BACK_NOUNS:
            return None
        after = self.text.find(words[owner + 1], who.start + len(" ".join(words[: owner + 1])), who.end)
        country = _owner_country(self.text, self.idx, after)
        code = country[0] if country else None
        office = Mention(who.start, who.end, " ".join(words), "person", {"descriptor": True, "country": code or None})
        holder = self._office_holder(pl, office)
        if code or holder is None:
            return holder
        return holder if _owned_by(self.text, holder, words[owner]) else None  # "Lee's spokesperson Kang Yu-jung"

    def pair_before(self, pl: _Place, pos: int) -> tuple[Mention, Mention, str] | None:
        """Return (speaker, antecedent, joint name) for two people named together before ``pos`` (within three
        paragraphs of the quote at ``pl``: "Jo Bell and Al Roe ... the officials said"), else None."""
        floor = self.paragraphs[max(0, pl.pi - 3)][0]
        pair = _pair_before(self.text, self.people, self.people_starts, pos, floor)
        if pair is None:
            return None
        return pair[0], pair[0], f"{speaker_name(pair[0])} and {speaker_name(pair[1])}"

    def list_before(self, pl: _Place, who: _Who) -> Mention | None:
        """Return the first-named of three or more people listed before ``who`` (within three paragraphs of the quote
        at ``pl``) when ``who`` is a plural group with no mention ("the Members", "the lawmakers"), else None."""
        words = self.text[who.start : who.end].split() if who.start >= 0 else []
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _SIGNER_GROUPS:
            return None
        floor = self.paragraphs[max(0, pl.pi - 3)][0]
        return _list_before(self.text, self.people, self.people_starts, who.start, floor)

    def persons_for_pronoun(self) -> tuple[list[Mention], list[int]]:
        """Return the people a "he" or "she" may point back to, with their starts: not a one-word name the text gives
        a publication or broadcaster ("the news magazine Time", then "Time interpreted it as Bo hinting ... He
        said": a magazine is an "it"). Found once a text, at its first pronoun, by one search for such nouns."""
        if self.persons is None:
            media = _media_names(self.text)
            people = [m for m in self.people if not (media and _is_medium(m, media))]
            self.persons = (people, [m.start for m in people])
        return self.persons

    def in_sentence_owner(self, pl: _Place, who: _Who) -> _Who:
        """Return the subject of the clause of the possessive "his"/"her" ``who`` in its own sentence at ``pl`` when
        it is a person of the pronoun's gender and the work is what the subject writes "in" ("the claims Bo makes in
        his memoir": Bo, :func:`_clause_subject`); else nobody when a person is named in the sentence before it
        ("Kim Ode, who reviewed her memoir", "Kim Ode said she read his memoir": a reader's own work or another's, no
        word tells); else ``who`` as it is (read later as any pronoun).

        >>> t = "Al Roe met Jo Bell. The claims Bo Kim makes in his memoir."
        >>> ms = [Mention(0, 6, "Al Roe", "person", {}), Mention(31, 37, "Bo Kim", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0, 31], {})
        >>> i = t.index("his"); ctx.in_sentence_owner(_Place(58, 58, 0, len(t), 0, 20, 0), _Who("pronoun", None, i,
        ...     i + 3)).mention.exact
        'Bo Kim'
        >>> t = "Al Roe met Jo Bell. Bo Kim reviewed his memoir."
        >>> ms = [Mention(0, 6, "Al Roe", "person", {}), Mention(20, 26, "Bo Kim", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0, 20], {})
        >>> i = t.index("his"); ctx.in_sentence_owner(_Place(47, 47, 0, len(t), 0, 20, 0), _Who("pronoun", None, i,
        ...     i + 3)).found
        False
        """
        if who.attribution != "pronoun" or who.start < pl.sent_start:
            return who
        subject = _clause_subject(self.text, self.idx, pl.sent_start, who.start)
        people, _ = self.persons_of_gender("he" if self.text[who.start : who.end].lower() == "his" else "she")
        if subject.mention in people and self.text[max(pl.sent_start, who.start - 4) : who.start] == " in ":
            return subject  # "the claims Bo makes in his memoir": the maker writes in it
        starts = self.persons_for_pronoun()[1]  # any person: the possessive is read later as any pronoun
        if bisect.bisect_left(starts, pl.sent_start) < bisect.bisect_left(starts, who.start):
            return _NOBODY  # "Bo, who reviewed her memoir": Bo's own or another's, no word tells which
        return who

    def persons_of_gender(self, pronoun: str, learned: bool = True) -> tuple[list[Mention], list[int]]:
        """Return the people "he" or "she" may point back to: of :meth:`persons_for_pronoun`, not one whom any of
        their mentions gives the other gender ("Mr. Al Roe ... Roe said ... she said": not Roe). Found once a
        pronoun."""
        people, starts = self.persons_for_pronoun()
        if pronoun not in ("he", "she"):
            return people, starts
        key = pronoun if learned else f"{pronoun} (text)"
        if key not in self.by_gender:
            genders = (self.learned if learned else {}) | self.text_genders()  # the text's own word first
            kept = [m for m in people if genders.get(_gender_key(m), pronoun) == pronoun]
            self.by_gender[key] = (kept, [m.start for m in kept])
        return self.by_gender[key]

    def learn_gender(self, who: _Who, antecedent: Mention | None) -> None:
        """Keep the gender a "he"/"she" at ``who`` gives its person ``antecedent`` when the text's own words give it
        none ("Bo spoke. ¶ “...,” she said": Bo is a "she"), so a later pronoun of the other gender is not read as that
        person ("Al Roe, who leads the union, ... ¶ “...,” he said": Al Roe, not Bo; speak48).

        >>> t = "Jo Bell spoke. “No,” she said."
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0], {})
        >>> ctx.learn_gender(_Who("pronoun", None, 21, 24), ms[0]); ctx.persons_of_gender("he")[0]
        []
        """
        pronoun = self.text[who.start : who.end].lower()
        if pronoun not in ("he", "she") or antecedent is None or antecedent.kind != "person" or \
                antecedent.value.get("descriptor") or (key := _gender_key(antecedent)) in self.learned or \
                len(self.learned) >= _LEARNED_MOST:
            return  # a bounded number: each one read again costs a pass over the people
        self.learned[key] = pronoun
        other = "she" if pronoun == "he" else "he"
        if other in self.by_gender and key not in self.text_genders():  # the text's own word stands
            kept = [m for m in self.by_gender[other][0] if _gender_key(m) != key]
            self.by_gender[other] = (kept, [m.start for m in kept])

    def text_genders(self) -> dict[str, str]:
        """Return :func:`_person_genders` of the people a pronoun may be (found once a text)."""
        if self.genders is None:
            self.genders = _person_genders(self.text, self.persons_for_pronoun()[0])
        return self.genders

    def paragraph_topic(self, pl: _Place, antecedent: Mention | None, pronoun: str) -> Mention | None:
        """Return the last quote's speaker when the paragraph before opens with them, its topic, and a pronoun's
        nearest antecedent is someone else that paragraph names later ('"...," Bo said. ¶ Bo was replying to Al Roe.
        ¶ "...," he said': Bo), else None (also when the antecedent is named in the pronoun's own paragraph)."""
        last, text = self.last_said, self.text
        if last is None or antecedent is None or pl.pi == 0 or _named_in([last]) & _named_in([antecedent]):
            return None
        ps, pe = self.paragraphs[pl.pi - 1]
        if antecedent.start < ps or last.start < self.paragraphs[max(0, pl.pi - 3)][0]:
            return None  # the nearer name is not in the paragraph before, or the speaker spoke too long ago
        if antecedent.start >= self.paragraphs[pl.pi][0]:
            return None  # "Jo Bell left on Monday. Before boarding, he told ...": the pronoun's own paragraph names
            # its subject (probeq41)
        first = _NONSPACE.search(text, ps, min(pe, ps + win.FIRST_WORD_REACH))
        opener = self.idx.starting_at(first.start(), first.start()) if first is not None else None
        if opener is None or not _named_in([opener]) & _named_in([last]) or not _gender_fits(text, last.start, pronoun):
            return None
        return last if self.gender_allows(last, pronoun) else None  # fix51s7

    def gender_allows(self, person: Mention, pronoun: str) -> bool:
        """Return whether "he"/"she" may be ``person`` by the gender the text gave them: an earlier pronoun read as them
        (:meth:`learn_gender`) or the text's own title or "his"/"her" (:meth:`text_genders`), never a name's
        (fix51s7: "Kit Arden met Sam Ferro. She said ... ¶ He said ...": not Arden).

        >>> t = "Jo Bell spoke. “No,” she said."
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0], {})
        >>> ctx.gender_allows(ms[0], "he"), ctx.learn_gender(_Who("pronoun", None, 21, 24), ms[0])
        (True, None)
        >>> ctx.gender_allows(ms[0], "he"), ctx.gender_allows(ms[0], "she")
        (False, True)
        """
        if pronoun not in ("he", "she"):
            return True
        return (self.learned | self.text_genders()).get(_gender_key(person), pronoun) == pronoun

    def _office_holder(self, pl: _Place, office: Mention) -> Mention | None:
        """Return the person an office described with "the" points back to ("the minister"): the nearest named
        before it (within _HOLDER_PARAGRAPHS paragraphs and the _LOOK_BACK people named nearest, of the office's
        country and department if it has them: "the U.S. envoy", "the defense minister") who holds that office by
        role or title and is not named inside the quote, one of its rank, former or not and of its stated country
        first (_holder_grade); with no holder, unless the office is one many hold (_HELD_ONLY), the nearest named
        within three paragraphs whom the text gives the office's country, unless the last quote's speaker is named
        after them, else that speaker ('"...," Bo said. ¶ The candidate also criticized ...': Bo goes on); else None
        (the role stays the speaker: nobody named before holds it). An unnamed holder of the office told after that
        person ("a minister in Tokyo") is who the role is: None then too (_unless_unnamed)."""
        floor = self.paragraphs[max(0, pl.pi - 3)][0]
        far = self.paragraphs[max(0, pl.pi - _HOLDER_PARAGRAPHS)][0]
        words, country = office.exact.split(), office.value.get("country")  # "the U.S. defense chief"
        apposed = _office_after(self.text, office.end)  # "The official, the top U.S. negotiator, said": a negotiator
        if apposed and apposed[-1] in _OFFICES and not apposed[0].endswith(_POSSESSIVE_S):
            words, country = ["the", *apposed], country or _country_in(apposed)
        role, bodies = _office_traits(words, country), _bodies(office.exact.split()[:-1])  # "the Navy spokesman"
        second = compatriot = lone = modifier = None
        near: set[str] = set()  # the people named within three paragraphs
        quoted = _named_in(self.idx.first_between(pl.qs, pl.qe))  # a speaker does not name themselves
        if (opener := self._first_holder(pl, office, role, bodies, quoted)) is not None:
            return opener  # "Bo was unconvinced. “...,” the congressman said": the sentence before's subject
        last = bisect.bisect_left(self.people_starts, office.start) - 1
        for j in range(last, max(-1, last - _LOOK_BACK), -1):
            m = self.people[j]
            if m.start < far:
                break
            if (grade := self._grade_for(m, office, role, bodies, quoted)) is None or (
                    role.head not in _SPOKES_OR_OFFICIAL and self.described_spokesperson(m)):  # fmt: skip
                continue  # "Bo, chief Pentagon spokesman": no "defense chief", whose words he gives (qfix42); but
                # "the official", as a spokesperson is one (qrole52)
            if grade == 3:  # named as a government's modifier: the holder only when no other is
                modifier = modifier or m
                continue
            stated = (self.country_of(m) or self.person_traits(m)[0]) if role.country else None
            if grade == 0:  # "the former president": the one called former; "the negotiator": "chief negotiator Bo"
                m, held = _worded_holder(self, j, office, (role, bodies, quoted), far)
                if held is m and self._rival_holder(m, office, role, bodies, quoted, (floor, j)):
                    return self._saying_subject(m, office, role, j)  # two hold it: the role stays, unless one said
                if role.head in _GENERIC_OFFICES and held is m:
                    held = self.generic_holder(m, office, min(floor, m.start), quoted)
                return self._unless_unnamed(pl, role, office, held)
            second = second or (m if grade == 1 else None)
            compatriot = compatriot or (m if stated and m.start >= floor else None)
            near.update([m.exact] if m.start >= floor else [])
            lone = m if len(near) == 1 and m.start >= floor and not self.person_traits(m)[1] else None
        second = self._compatriot_official(office, role, quoted, floor) or second or modifier
        if second is not None or role.head in _HELD_ONLY | _CALLED_ONLY or _AGE_NOUN.fullmatch(role.head):
            return self._unless_unnamed(pl, role, office, second)
        if compatriot is None and len(near) == 1 and lone is not None and lone.exact in near and not role.department \
                and not self.other_office(lone, role.head, far):  # not "the secretary" for a minister (probeq43)
            compatriot = lone  # "Bo spoke. ¶ The former president said": the one person named, given no other office
            # (not "the defense chief": a department's office the text would have given them)
        spoke = self.last_said
        if spoke is not None and (not floor <= spoke.start < office.start or _named_in([spoke]) & quoted
                                  or self._not_holder(spoke, role, bodies, far)):
            spoke = None
        if compatriot is not None and (spoke is None or spoke.start < compatriot.start):
            return self._unless_unnamed(pl, role, office, compatriot)  # "Jo Bell, the top U.S. negotiator, ... the
        return self._unless_unnamed(pl, role, office, spoke)  # U.S. envoy said"; else the last speaker named since

    def _compatriot_official(self, office: Mention, role: _Office, quoted: set[str], floor: int) -> Mention | None:
        """Return the one person among the _GENERIC_PEOPLE named from ``floor`` to a generic office that states a
        country ("the Chilean official") whom the text gives that country and a government office (_OFFICIAL_KINDS,
        or a counterpart's: "his Chilean counterpart Bo"), the nearest mention of them; None when none or several
        (hist58s: the country tells the officials apart, as "the Chilean minister" does).

        >>> t = "German Chancellor Al Roe met Chilean Minister Jo Bell. The Chilean official said"
        >>> ms = [Mention(18, 24, "Al Roe", "person", {}), Mention(46, 53, "Jo Bell", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [18, 46], {})
        >>> i = t.index("The C"); office = Mention(i, i + 20, "The Chilean official", "person", {})
        >>> role = _office_traits(["the", "chilean", "official"], "CL")
        >>> ctx._compatriot_official(office, role, set(), 0).exact
        'Jo Bell'
        """
        if role.head not in _GENERIC_OFFICES or not role.country or role.former:
            return None
        found: list[Mention] = []
        last = bisect.bisect_left(self.people_starts, office.start) - 1
        for j in range(last, max(-1, last - _GENERIC_PEOPLE), -1):  # mend58s: the people "the official" reads back,
            m = self.people[j]  # not _office_holder's whole look-back again (a second pass of it per office)
            if m.start < floor:
                break
            if m.value.get("descriptor") or m.value.get("plural") or m.end > office.start or (
                    quoted and self.names_of(m) & quoted):  # fmt: skip
                continue
            held = set(self.held_of(m))
            if (self.country_of(m) or self.person_traits(m)[0]) != role.country or not held & _COMPATRIOT_KINDS or (
                    held & _HEADS_OF_GOVERNMENT):  # fmt: skip
                continue
            if not any(self.names_of(m) & self.names_of(f) for f in found):
                found.append(m)
        return found[0] if len(found) == 1 else None

    def _first_holder(self, pl: _Place, office: Mention, role: _Office, bodies: frozenset[str],
                      quoted: set[str]) -> Mention | None:
        """Return the holder :meth:`_opener_holder` reads for ``office`` (the subject of the sentence before), else
        the one holder its words mark (:meth:`_marked_holder`: "the opposition lawmaker"), unless an unnamed holder
        is told after them (_unless_unnamed); else None (the nearest holder's rules read it)."""
        if (opener := self._opener_holder(pl, office, role, bodies, quoted)) is not None:
            return opener
        far = self.paragraphs[max(0, pl.pi - _HOLDER_PARAGRAPHS)][0]
        marked = self._marked_holder(office, role, bodies, quoted, far)
        return self._unless_unnamed(pl, role, office, marked) if marked is not None else None

    def _marked_holder(self, office: Mention, role: _Office, bodies: frozenset[str], quoted: set[str],
                       far: int) -> Mention | None:
        """Return the one holder of ``office`` named before it (after ``far``, among the _LOOK_BACK people nearest)
        whose title or appositive carries the words the office adds to its noun ("the opposition lawmaker" of "Bo, an
        opposition lawmaker", "the Torvian president" of "Torvian President Bo"), when another holder named there
        does not carry them (speak48: the words tell the two apart); else None (the other rules read the office).

        >>> t = "Jo Bell, a ruling party lawmaker, met Al Roe, an opposition lawmaker. The opposition lawmaker said"
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(38, 44, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0, 38], {})
        >>> i = t.index("The opp"); office = Mention(i, i + 26, "the opposition lawmaker", "person", {})
        >>> ctx._marked_holder(office, _office_traits(office.exact.split()), frozenset(), set(), 0).exact
        'Al Roe'
        """
        marks = {w.lower() for w in office.exact.split()[1:-1] if len(w) > 2 and w.isalpha()} - _UNMARKING
        if not marks or role.country:
            return None  # a country the office states is read by the holder's country, not by words alike
        last = bisect.bisect_left(self.people_starts, office.start) - 1
        marked: dict[str, Mention] = {}
        plain = False  # another holder named there without the words
        for m in self.people[max(0, last - _LOOK_BACK + 1) : last + 1]:
            if m.start < far or self._grade_for(m, office, role, bodies, quoted) is None:
                continue
            if marks <= self.described_words(m):
                marked.setdefault(m.exact, m)
            else:
                plain = True
        return next(iter(marked.values())) if plain and len(marked) == 1 else None

    def _not_holder(self, spoke: Mention, role: _Office, bodies: frozenset[str], far: int) -> bool:
        """Return whether the last speaker ``spoke`` cannot hold the office ``role`` (of ``bodies``): of another
        country or body, holding another office (:meth:`other_office`: "Trade Minister Bo ... the secretary"), or a
        spokesperson for an office holder ("Bo, a Pentagon spokesman, said ... ¶ the defense chief": qfix42)."""
        return bool((role.country and self.country_of(spoke) not in {None, role.country})
                    or _another_body(self.text, spoke, bodies) or self.other_office(spoke, role.head, far)
                    or (role.head not in _SPOKES_NOUNS and self._spokesperson(spoke)))

    def _spokesperson(self, m: Mention) -> bool:
        """Return whether the person at ``m`` is described as a spokesperson where the text names them before
        (:func:`_described_spokesperson`): one who speaks for another office holder, never that holder."""
        named, k = _named_in([m]), bisect.bisect_right(self.people_starts, m.start)
        return any(self.described_spokesperson(p) for p in self.people[max(0, k - _LOOK_BACK) : k]
                   if self.names_of(p) & named)  # fmt: skip

    def _opener_holder(self, pl: _Place, office: Mention, role: _Office, bodies: frozenset[str],
                       quoted: set[str]) -> Mention | None:
        """Return the person who opens the sentence before the office's own in its paragraph, with no one named
        since, when a mention of theirs holds the office ("Rep. Bo ... ¶ Bo was unconvinced. “...,” the congressman
        said": Bo, though another congressman was named between; probeq41), else None.

        >>> from analysis.extract.entities import find_entities
        >>> from analysis.extract.quote_finder import find_quotes
        >>> t = "Rep. Al Roe met Rep. Jo Bell. Rep. Bo Tam spoke." + 2 * chr(10)
        >>> t += 'Roe was unconvinced. "It is not," the congressman said.'
        >>> find_quotes(t, [(0, 48), (50, len(t))], find_entities(t))[0].value["speaker_name"]
        'Al Roe'
        """
        text, ps = self.text, self.paragraphs[pl.pi][0]
        k = bisect.bisect_left(self.people_starts, office.start) - 1
        m = self.people[k] if k >= 0 else None
        if m is None or m.start < ps or m.end > pl.qs or m.value.get("descriptor") or _named_in([m]) & quoted:
            return None
        before = text[max(ps, m.start - win.OPENER_HOLDER_BACK) : m.start].rstrip()
        if before and not (before.endswith((".", "!", "?")) and _ends_sentence_in(before.rsplit(None, 1)[-1])):
            return None  # not a sentence's opener ("... met Bo")
        if not _ends_sentence_in(text[m.end : pl.qs].translate(_MARKS_AS_SPACE)):
            return None  # the opener's own sentence holds the quote: the rules before read it
        name = _named_in([m])
        floor = self.paragraphs[max(0, pl.pi - _HOLDER_PARAGRAPHS)][0]
        for j in range(k, max(-1, k - _LOOK_BACK), -1):
            held = self.people[j]
            if held.start < floor:
                break
            if self.names_of(held) & name and self._grade_for(held, office, role, bodies, quoted) in (0, 1):
                return m
        return None

    def _grade_for(self, m: Mention, office: Mention, role: _Office, bodies: frozenset[str],
                   quoted: set[str]) -> int | None:
        """Return :meth:`_holder_grade` of the person at ``m`` for ``office``, or None when ``m`` cannot be its holder:
        unnamed, a group, named after the office or inside the quote (``quoted``: '"... an insult to President Bo,"
        the president said': not Bo), of another country than the role's or of another body (``bodies``: "the Navy
        spokesman" is not "Pentagon spokesman Jo Bell"); 3, the lowest, for a holder named as a government's modifier
        ("the Bo administration": the holder only when no other is named; mend80q).

        >>> t = "Foreign Minister Ida Lam met Defense Minister Bo Kessan. The minister said"
        >>> ms = [Mention(17, 24, "Ida Lam", "person", {}), Mention(46, 55, "Bo Kessan", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [17, 46], {})
        >>> office, minister = Mention(57, 69, "The minister", "person", {}), _office_traits(["the", "minister"])
        >>> ctx._grade_for(ms[1], office, minister, frozenset(), set()), ctx._grade_for(ms[1], office, minister,
        ...     frozenset(), {"Bo Kessan"})  # named inside the quote: no holder
        (0, None)
        >>> ctx._grade_for(ms[0], office, _office_traits(["the", "defense", "minister"]), frozenset(), set())
        2
        """
        if m.value.get("descriptor") or m.value.get("plural") or m.end > office.start or (
                quoted and self.names_of(m) & quoted):  # fmt: skip
            return None
        key = (m.start, m.end, office.exact, role, bodies)  # the rest reads only these and the text: once each
        if (hit := self.grades.get(key)) is None or hit[0] is not m:
            hit = self.grades[key] = (m, self._graded(m, office.exact, role, bodies))
        return hit[1]

    def _graded(self, m: Mention, office: str, role: _Office, bodies: frozenset[str]) -> int | None:
        """Return :meth:`_grade_for` of the person at ``m`` for the office worded ``office`` once the checks of the
        mention, its place and the quote pass: a function of the text, ``m`` and these alone (each look-up it makes,
        country_of, person_traits, held_of, reads the text and ``m`` only), so read once each (speed55b).

        >>> t = "Foreign Minister Ida Lam met Defense Minister Bo Kessan. The minister said"
        >>> ms = [Mention(17, 24, "Ida Lam", "person", {}), Mention(46, 55, "Bo Kessan", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [17, 46], {})
        >>> ctx._graded(ms[1], "The minister", _office_traits(["the", "minister"]), frozenset())
        0
        """
        stated = (self.country_of(m) or self.person_traits(m)[0]) if role.country else None
        if stated not in {None, role.country} or _another_body(self.text, m, bodies):
            return None
        if _other_party(self.text, m, office):
            return None  # "the GOP senator" is not "Sen. Jo Bell, a Democrat" (qrole52)
        if _body_rules_out(self.text, m, self.held_of(m), self.country_of(m) or self.person_traits(m)[0], bodies,
                           role.head):
            return None  # "the Pentagon chief": not a South Korean minister (fixs49)
        grade = self._holder_grade(m, role, stated)
        if grade < 2 and (self.text[m.end : m.end + win.ROLE_NEXT].split()[:1] or [""])[0] in _GOVERNMENT_NOUNS:
            return 3  # "the Donald Trump administration": a government's name, the lowest grade (any other holder
            # named comes first; with none, still the holder: mend80q)
        return grade

    def _rival_holder(self, m: Mention, office: Mention, role: _Office, bodies: frozenset[str], quoted: set[str],
                      span: tuple[int, int]) -> bool:
        """Return whether another person named before ``m`` in its paragraph (``m`` the nearest holder, at index
        ``span[1]`` of the people; at or after ``span[0]``) holds ``office`` as its role says too ("Foreign Minister
        Ida Lam met Defense Minister Bo Kessan. ¶ the minister said": either; the careful reader names neither),
        unless ``m`` or that other person spoke the last quote or the office is one many hold (_HELD_ONLY).

        >>> t = "Foreign Minister Ida Lam met Defense Minister Bo Kessan. The minister said"
        >>> ms = [Mention(17, 24, "Ida Lam", "person", {}), Mention(46, 55, "Bo Kessan", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [17, 46], {})
        >>> office = Mention(57, 69, "The minister", "person", {"descriptor": True})
        >>> ctx._rival_holder(ms[1], office, _office_traits(["the", "minister"]), (), set(), (0, 1))
        True
        >>> ctx._rival_holder(ms[1], office, _office_traits(["the", "defense", "minister"]), (), set(), (0, 1))
        False
        """
        floor, j = span
        spoke = _named_in([self.last_said]) if self.last_said is not None else set()
        if role.head in _HELD_ONLY or spoke & _named_in([m]):
            return False
        literal = role.head in self.held_of(m)  # "a U.S. diplomat" outranks "the top negotiator" for "the diplomat"
        for k in range(j - 1, max(-1, j - _LOOK_BACK), -1):
            other = self.people[k]
            if other.start < floor or ("\n" in self.text[other.end : m.start] and role.head not in _CALLED_ONLY):
                break  # a holder told of in an earlier paragraph: the nearer, the latest paragraph's, is the one (but
                # two nominees in reach: neither, mend54s)
            if literal and role.head not in self.held_of(other):
                continue
            if not _named_in([other]) & _named_in([m]) and self._grade_for(other, office, role, bodies, quoted) == 0:
                return not spoke & _named_in([other])  # the rival spoke the last quote: as before, the nearer
        return False

    def generic_holder(self, m: Mention, office: Mention, lo: int, quoted: set[str]) -> Mention | None:
        """Return who a generic office ("the official"), whose nearest holder is ``m``, points back to among the
        people named from ``lo`` to the office: the one person the text called by that noun ("Jo Bell, a senior
        official"); with none so called, ``m`` when no other person there holds any government office
        (_OFFICIAL_KINDS: a minister, an envoy, a president); else None, the role (two officials in reach: the
        careful reader names neither).

        >>> t = "Defense Minister Jo Bell met U.S. envoy Al Roe. The official said"
        >>> ms = [Mention(17, 24, "Jo Bell", "person", {}), Mention(40, 46, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [17, 40], {})
        >>> ctx.generic_holder(ms[1], Mention(48, 60, "The official", "person", {}), 0, set()) is None
        True
        >>> t = "Jo Bell, a senior official, met U.S. envoy Al Roe. The official said"
        >>> ms = [Mention(0, 7, "Jo Bell", "person", {}), Mention(43, 49, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [0, 43], {})
        >>> ctx.generic_holder(ms[1], Mention(51, 63, "The official", "person", {}), 0, set()).exact
        'Jo Bell'
        """
        head = office.exact.split()[-1].lower()
        people: list[tuple[frozenset[str], Mention, set[str]]] = []  # (names, latest mention, offices held)
        starts, end = self.people_starts, bisect.bisect_left(self.people_starts, office.start)
        for k in range(max(bisect.bisect_left(starts, lo), end - _GENERIC_PEOPLE), end):  # bounded: one long paragraph
            p = self.people[k]
            if p.value.get("descriptor") or p.value.get("plural") or p.end > office.start or _named_in([p]) & quoted:
                continue
            names, held = _named_in([p]), set(self.held_of(p))
            same = [row for row in people if row[0] & names]
            people = [row for row in people if not row[0] & names]
            people.append((names.union(*(row[0] for row in same)), p, held.union(*(row[2] for row in same))))
        literal = [row[1] for row in people if head in row[2]]
        if len(literal) > 1 and _body_named(office) and any(row[0] & _named_in([m]) for row in people
                                                             if row[1] in literal):
            return m  # "the Foreign Ministry official": the body it names chose m among the officials
        if literal:
            return literal[0] if len(literal) == 1 else None
        return m if sum(bool(row[2] & _OFFICIAL_KINDS) for row in people) <= 1 else None

    def _saying_subject(self, m: Mention, office: Mention, role: _Office, j: int) -> Mention | None:
        """Return the person named just before ``m`` (at index ``j`` of the people) in its sentence when a verb of
        saying follows that one's name and that one holds ``office`` as ``role`` says (the subject who just said
        goes on: 'President Bo said he would call President Jo. “...,” the president added': Bo), else None.

        >>> t = "President Bo Rimmer said he would call President Jo Tallan. The president added"
        >>> ms = [Mention(10, 19, "Bo Rimmer", "person", {}), Mention(49, 58, "Jo Tallan", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [10, 49], {})
        >>> office, bare = Mention(60, 73, "The president", "person", {}), _office_traits(["the", "president"])
        >>> ctx._saying_subject(ms[1], office, bare, 1).exact
        'Bo Rimmer'
        >>> ctx._saying_subject(ms[1], office, bare, 0) is None  # nobody named before Bo
        True
        """
        other = self.people[j - 1] if j > 0 else None
        if other is None or not 0 < m.start - other.end <= win.SAYING_SUBJECT_REACH:
            return None
        between = self.text[other.end : m.start]
        said = between.split(None, 1)[:1] if between[:1].isspace() else []  # the word right after the name
        if not said or said[0].lower() not in SPEECH_VERBS or _SAID_CLAUSE_END.search(between):
            return None
        return other if self._grade_for(other, office, role, frozenset(), set()) == 0 else None

    def _holder_grade(self, m: Mention, role: _Office, stated: str | None) -> int:
        """Return how the person at ``m`` (of the ``stated`` country) holds the office ``role``: 0 as the role says
        it, 1 of another rank ("Deputy Minister Bo" for "the minister"), former or not, or with no country stated for
        a role that states one, 2 not ("President Bo" is no vice president; "Foreign Minister Bo" no defense
        minister; for a head of state or government, _SITTING_ONLY, "Vice President Bo" and "Former President Bo"
        are not "the president").

        >>> t = "Vice President Jo Bell met President Al Roe."
        >>> ms = [Mention(15, 22, "Jo Bell", "person", {}), Mention(37, 43, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [15, 37], {})
        >>> vice, bare = _office_traits(["the", "vice", "president"]), _office_traits(["the", "president"])
        >>> [ctx._holder_grade(m, r, None) for r in (vice, bare) for m in ms]
        [0, 2, 2, 0]
        >>> ctx._holder_grade(ms[0], _office_traits(["the", "minister"]), None)  # "Vice President": no minister
        2
        """
        held = self.held_of(m)
        if not _holds(self.text, m, role.head, role.department, held):
            return 2
        rank = _rank(held)
        if role.rank and rank != role.rank:
            return 2  # "the vice president": not President Bo
        was = _former(self.text[max(0, m.start - win.TITLE_BACK) : m.start])
        if role.head in _SITTING_ONLY and not role.former and (was or rank != role.rank):
            return 2  # "the president": not Vice President Bo, nor Former President Bo ("the former president")
        if role.former and not was and _sitting_holder(m, role.head, role.rank, role.department):
            return 2  # "the former president": not the president in office on the publication day (fixs49)
        return 0 if was == role.former and rank == role.rank and stated == role.country else 1

    def other_office(self, m: Mention, head: str, floor: int) -> bool:
        """Return whether the person at ``m`` holds another office than ``head`` by any mention of them from
        ``floor`` on ("Trade Minister Ro Tae-jun ... Ro told reporters": Ro is no secretary, :func:`_other_office`),
        of the _LOOK_BACK people nearest (linear on a long paragraph of names), read once a mention, head and floor.

        >>> t = "Trade Minister Ro Tae-jun arrived. Ro told reporters"
        >>> ms = [Mention(15, 25, "Ro Tae-jun", "person", {"title": "Trade Minister"})]
        >>> ms.append(Mention(35, 37, "Ro", "person", {}))
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [15, 35], {})
        >>> ctx.other_office(ms[1], "secretary", 0), ctx.other_office(ms[1], "minister", 0)
        (True, False)
        >>> ctx.other_office(ms[1], "secretary", 30)  # the titled mention before the floor: not read
        False
        """
        if head not in _OFFICE_HEADS or not (names := _name_words(m)):
            return False
        key = (m.start, m.end, head, floor)
        if (hit := self.others.get(key)) is not None and hit[0] is m:
            return hit[1]
        lo, hi = bisect.bisect_left(self.people_starts, floor), bisect.bisect_right(self.people_starts, m.start)
        lo = max(lo, hi - _LOOK_BACK)
        found = any(_other_office(p, head) for p in self.people[lo:hi] if _name_words(p) & names)
        self.others[key] = (m, found)
        return found

    def described_words(self, m: Mention) -> frozenset[str]:
        """Return :func:`_described_words` of the person at ``m``, read once a mention (a second read is the kept one).

        >>> t = "Trade Minister Ro Tae-jun arrived."
        >>> m = Mention(15, 25, "Ro Tae-jun", "person", {})
        >>> ctx = _Context(t, [(0, len(t))], _Index([m]), [m], [m.start], {})
        >>> words = ctx.described_words(m)
        >>> words == frozenset(_described_words(t, m)), ctx.described_words(m) is words
        (True, True)
        """
        if (hit := self.described.get((m.start, m.end))) is None or hit[0] is not m:
            hit = self.described[m.start, m.end] = (m, frozenset(_described_words(self.text, m)))
        return hit[1]

    def _unless_unnamed(self, pl: _Place, role: _Office, office: Mention, holder: Mention | None) -> Mention | None:
        """Return ``holder``, unless the text tells of an unnamed holder of the office ``role`` (_unnamed_offices)
        after them and before the ``office`` mention, outside the quote ("Foreign Minister Bo arrived. ¶ A minister in
        Tokyo weighed in: "...," the minister said": the minister in Tokyo, so None); one owned by the holder's own
        country is the holder ("Bo, South Korea's negotiator, ... Seoul's negotiator ... the negotiator")."""
        if holder is None:
            return None
        if role.head not in self.unnamed:
            self.lowered = self.text.lower() if self.lowered is None else self.lowered
            self.unnamed[role.head] = _unnamed_offices(self.text, self.idx, role.head, self.lowered)
        starts, offices = self.unnamed[role.head]
        lo = bisect.bisect_left(starts, holder.end)
        hi = bisect.bisect_left(starts, office.start)
        for k in range(hi - 1, max(lo, hi - _LOOK_BACK) - 1, -1):
            other = offices[k]
            if pl.qs <= starts[k] < pl.qe or not _same_office(role, other):
                continue
            if other.owned and other.country and other.country == self.country_of(holder):
                continue
            return None
        return None if _told_by_unnamed(self.text, starts, offices, role, holder) else holder  # fix51s

    def speaking_holder(self, holder: Mention, head: str, floor: int) -> Mention:
        """Return the last quote's speaker instead of the nearer ``holder`` of the office ``head`` when that holder is
        only a preposition's object and the speaker holds the office too ('"...," he said. ¶ Bo is negotiating with
        President Al Roe. ¶ "...," the president said': the speaker goes on, as a pronoun's subject does), else
        ``holder``.

        >>> t = 'President Bo said so. He is in talks with President Al Roe. "We pay," the president said.'
        >>> ms = [Mention(10, 12, "Bo", "person", {}), Mention(52, 58, "Al Roe", "person", {})]
        >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [10, 52], {}, last_said=ms[0])
        >>> ctx.speaking_holder(ms[1], "president", 0).exact
        'Bo'
        """
        last = self.last_said
        if last is None or last is holder or last.start < floor or last.start > holder.start:
            return holder
        governing = _governing_word(self.text, holder.start)
        if governing in _COORDINATORS:
            governing = _first_conjunct_governor(self.text, holder.start)  # "with Seoul and President Al Roe"
        if governing not in _PREPOSITIONS or not _holds(self.text, last, head):
            return holder
        return last

    def _voice_conflict(self, value: dict[str, Any], antecedent: Mention, qs: int) -> Mention | None:
        """When a pronoun's antecedent is of another country than the quote's own voice, doubt the speaker:
        clear it and add the last person of the voice's country named before the quote as a candidate."""
        voice = value["voice"]
        if not voice or not antecedent.value.get("country") or antecedent.value["country"] == voice:
            return None
        if voice not in self.voiced:
            self.voiced[voice] = [
                j for j, m in enumerate(self.people) if m.value.get("country") == voice and m.value.get("id")
            ]
        js = self.voiced[voice]
        k = bisect.bisect_left(js, bisect.bisect_left(self.people_starts, qs)) - 1
        voice_mention = self.people[js[k]] if k >= 0 else None
        value["speaker"] = value["speaker_name"] = None
        if voice_mention is not None:
            value["candidates"] = list(dict.fromkeys([*value["candidates"], voice_mention.value["id"]]))
        return voice_mention



# fix50k (hunt50s H): a quote inside "<Person> <speech verb> that ..." reported by an organisation ("Jo Bell replied
# that Tamsk should pay “far more,” the city office said") is the person's: the office relays it. Not "... said that
# week" (a time, not a clause) nor "What Jo Bell said ... was “...,” the office said" (the body speaks).
_NESTED_THAT = re.compile(
    r"[ \t]{1,3}(?:replied|responded|said|told[ \t]{1,3}\w{1,30}|added|insisted|stressed|noted|argued|explained)"
    r"[ \t]{1,3}that\b(?![ \t]{1,3}(?:week|day|month|year|time|morning|afternoon|evening|night|weekend)\b)"
)
_WHAT_BEFORE = re.compile(r"\b[Ww]hat[ \t]{1,3}$")  # "What Jo Bell said that week was “...,” the office said"


def _nested_reporter(text: str, idx: _Index, pl: _Place, who: _Who) -> _Who:
    """Return the person whose reported speech holds the quote when ``who`` is an organisation reporting that
    person's words (the organisation's verb before the person or after the quote), else ``who``.

    >>> t = "Jo Bell replied that Tamsk should pay “far more,” the city office said."
    >>> pl = _Place(t.index("“"), t.index("”") + 1, 0, len(t), 0, 0, 0)
    >>> bell = Mention(0, 7, "Jo Bell", "person", {})
    >>> _nested_reporter(t, _Index([bell]), pl, _Who("named", None, t.index("the city"), len(t) - 6)).mention is bell
    True
    >>> _nested_reporter(t, _Index([]), pl, _Who("named", None, 52, 67)).start
    52
    """
    m = who.mention
    if not who.found or (m is not None and m.kind == "person") or pl.qs <= who.start < pl.qe or (
            m is None and not _body_words(text, idx, who)):  # fmt: skip
        return who  # "an aide to Al Roe said", "the spokesman said": a person relays it
    floor = who.end if who.end <= pl.qs else pl.sent_start
    for p in idx.first_between(max(floor, pl.sent_start), pl.qs):
        if p.kind != "person" or p.value.get("descriptor") or p.value.get("within"):
            continue
        if _WHAT_BEFORE.search(text, max(0, p.start - 8), p.start) is not None:
            continue  # the person is inside a "What ... said" subject: the body's verb reports the quote
        said = _NESTED_THAT.match(text, p.end)
        if said is None or _MARK.search(text, said.end(), pl.qs) or _VERB_WORD.search(text, said.end(), pl.qs):
            continue
        return _named(p)
    return who


def _worded_holder(ctx: _Context, j: int, office: Mention, found: tuple[_Office, frozenset[str], set[str]],
                   far: int) -> tuple[Mention, Mention]:
    """Return the holder a definite role ("the negotiator") points back to, for its nearest holder ``ctx.people[j]``,
    and :meth:`_Context.speaking_holder` of it: an earlier person named (after ``far``) with the role's own noun
    ("chief negotiator Jo Bell") when the nearest holds it only as a like office ("a former trade envoy"), else the
    nearest (fix50k, hunt50s G: the text introduced that person by the role).

    >>> t = "Chief negotiator Jo Bell met Al Roe, a trade envoy. The negotiator said"
    >>> ms = [Mention(17, 24, "Jo Bell", "person", {}), Mention(29, 35, "Al Roe", "person", {})]
    >>> ctx = _Context(t, [(0, len(t))], _Index(ms), ms, [17, 29], {})
    >>> i = t.index("The neg"); office = Mention(i, i + 14, "the negotiator", "person", {})
    >>> _worded_holder(ctx, 1, office, (_office_traits(["the", "negotiator"]), frozenset(), set()), 0)[0].exact
    'Jo Bell'
    """
    m, role = ctx.people[j], found[0]
    head, name = office.exact.split()[-1].lower(), _named_in([m])
    if _spoke_just_before(ctx, name, office.start) or head in _described_words(ctx.text, m):  # the cheaper first
        return m, ctx.speaking_holder(m, role.head, far)  # the nearer person is named with the role's own noun
    for k in range(j - 1, max(-1, j - _LOOK_BACK), -1):
        p = ctx.people[k]
        if p.start < far:
            break
        if not (_named_in([p]) & name) and head in _described_words(ctx.text, p) and ctx._grade_for(
                p, office, *found) == 0:  # fmt: skip
            return p, ctx.speaking_holder(p, role.head, far)
    return m, ctx.speaking_holder(m, role.head, far)


def _body_words(text: str, idx: _Index, who: _Who) -> bool:
    """Return whether the words at ``who`` name a body ("the city office"), not a person: "the" first, no office a
    person holds last, no person named inside.

    >>> _body_words("the city office", _Index([]), _Who("descriptor", None, 0, 15))
    True
    >>> _body_words("an aide", _Index([]), _Who("descriptor", None, 0, 7))
    False
    """
    words = text[who.start : who.end].split()
    return (len(words) >= 2 and words[0] in {"the", "The"} and words[-1].lower() not in _OFFICES
            and not any(p.kind == "person" for p in idx.first_between(who.start, who.end)))


def _spoke_just_before(ctx: _Context, name: frozenset[str], at: int) -> bool:
    """Return whether the last quote's speaker bears one of the names ``name`` and spoke in the paragraph of ``at`` or
    the one before ('“We want a deal,” Bell said. ¶ “We are patient,” the negotiator added': Bell goes on).

    >>> t = "Bell said. The negotiator added"
    >>> bell = Mention(0, 4, "Bell", "person", {})
    >>> ctx = _Context(t, [(0, 10), (11, len(t))], _Index([bell]), [bell], [0], {}, last_said=bell)
    >>> _spoke_just_before(ctx, {"Bell"}, 11), _spoke_just_before(ctx, {"Roe"}, 11)
    (True, False)
    """
    last = ctx.last_said
    if last is None or last.start > at or not (_named_in([last]) & name):
        return False
    return ctx.paragraph_at(at) - ctx.paragraph_at(last.start) <= 1


# fix51s: a verb of saying or denying between an unnamed holder's office and a name ("A Hanul diplomat said Jo Bell
# had ...", "An envoy denied that Jo Bell ..."): the name is inside what the unnamed holder told, so a later "the
# diplomat" is that unnamed holder, not the person named in the clause
_TOLD_GAP = re.compile(r"[ \t]{1,3}+(?:also[ \t]{1,3}+)?(?:said|says|denied|denies|claimed|claims|insisted|alleged"
                       r"|confirmed|told[ \t]{1,3}+reporters)(?:[ \t]{1,3}+that)?[ \t]{1,3}+")


def _told_by_unnamed(text: str, starts: list[int], offices: list[_Office], role: _Office, holder: Mention) -> bool:
    """Return whether an unnamed holder of the office ``role`` (``starts``, ``offices``: _unnamed_offices) is the
    subject whose verb of saying or denying (_TOLD_GAP) stands right before ``holder``'s name: the name is inside
    what the unnamed holder said, not a holder of the office.

    >>> from analysis.extract.quote_rules import _office_traits, _unnamed_offices
    >>> from analysis.extract.quotes import _Index
    >>> t = "A Hanul diplomat denied that Jo Bell had left."
    >>> bell = Mention(t.index("Jo"), t.index(" had"), "Jo Bell", "person", {})
    >>> starts, offices = _unnamed_offices(t, _Index([bell]), "diplomat")
    >>> _told_by_unnamed(t, starts, offices, _office_traits(["diplomat"]), bell)
    True
    >>> t = "A Hanul diplomat met Jo Bell."
    >>> bell = Mention(t.index("Jo"), t.index("."), "Jo Bell", "person", {})
    >>> starts, offices = _unnamed_offices(t, _Index([bell]), "diplomat")
    >>> _told_by_unnamed(t, starts, offices, _office_traits(["diplomat"]), bell)
    False
    """
    k = bisect.bisect_left(starts, holder.start) - 1
    if k < 0 or not _same_office(role, offices[k]) or _apposed_office(text, holder.end, role.head):
        return False  # "A Tamsk envoy said Jo Bell, the chief envoy, had left": the name holds the office too
    end = starts[k] + len(role.head)
    return text[end : end + 1] == " " and _TOLD_GAP.fullmatch(text, end, holder.start) is not None


# an appositive right after a name, between commas (", the chief envoy,", ", Tamsk's top diplomat,")
_APPOSED = re.compile(r",[ \t]{1,3}+(?P<desc>[^,.;:\n\u201c\u201d\"]{1,60}+),")


def _apposed_office(text: str, end: int, head: str) -> bool:
    """Return whether the appositive right after a name ending at ``end`` holds the office noun ``head``.

    >>> t = "Jo Bell, the chief envoy, had left."
    >>> _apposed_office(t, 7, "envoy"), _apposed_office(t, 7, "diplomat"), _apposed_office("Jo Bell had, envoy,",
    ...  7, "envoy")
    (True, False, False)
    """
    m = _APPOSED.match(text, end)
    return m is not None and head in m.group("desc").lower().split()
