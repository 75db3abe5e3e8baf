"""The quote finder's driver, the top of its pipeline: :func:`find_quotes` reads a text's quotation marks as plain
ones, finds the quotes and attributes each through the text's context (:class:`quote_fallback._Context`: the rules of
:mod:`analysis.extract.quotes` and :mod:`analysis.extract.quote_rules` in order, the fallback last), then runs the
passes that read the whole text's quotes at once, in order (:func:`_whole_text_passes`: labels, names of things, later
names, headlines, repeated words, the reader's fallback and its clause pass, documents' issuers, agreements,
nicknames); the passes that read the text's context are here, the others in those two modules.

The pipeline, each module importing only the ones before it:

1. :mod:`analysis.extract.quotes`: :class:`Quote`, the quote spans, and the rules that read a speaker named before
   or after the quote (with all they call);
2. :mod:`analysis.extract.quote_rules`: the other rules that read one quote's speaker (with the words and helpers the
   last pass shares);
3. :mod:`analysis.extract.quote_fallback`: the last pass (the fallback, the paragraph rules) and :class:`_Context`,
   which runs a quote through the rules of 1 and 2 and then the fallback;
4. this module: :func:`find_quotes` and the passes over the whole text.

>>> from analysis.extract.entities import find_entities
>>> t = 'Ana Volk met Jo Bell. "We will pay," Volk said. "Not now," Bell said.'
>>> [(q.exact, q.value["speaker_name"]) for q in find_quotes(t, [(0, len(t))], find_entities(t))]
[('"We will pay,"', 'Ana Volk'), ('"Not now,"', 'Jo Bell')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from analysis import lazyre as re
from analysis.extract import windows as win
from analysis.extract.entities import Mention
from analysis.extract.quote_echo import headline_echoes
from analysis.extract.quote_fallback import (
    _clause_fallback,
    _Context,
    _headline_subject_in_body,
    _released_title,
    _reports,
)
from analysis.extract.quote_rules import (
    _ANONYMITY,
    _HEADLINE_QUOTES,
    _LEDE_TELLER_AT,
    _LEDE_VERB,
    _LEDE_VERB_REACH,
    _LEDE_WORDS,
    _OWN_LABEL_NOUNS,
    _OWN_LABEL_VERBS,
    _POINTING_NOUNS,
    _QUOTE_MARKS,
    _REMARKS_BACK,
    _SPEECH_CLAUSE_NOUNS,
    _SPEECH_NOUN_CLAUSE,
    _SPOKE_PEOPLE,
    _WORK_OWNERS,
    _agentless_naming,
    _broadcast_titles,
    _carried_twice,
    _closing_teller,
    _continued_forward,
    _cut_in_two,
    _deck_end,
    _deck_subject,
    _definite_back,
    _document_issuers,
    _family_name_said,
    _following_statement,
    _headline_holders,
    _headline_lead_speakers,
    _headline_role,
    _headline_role_carried,
    _headline_role_named_next,
    _introduced_quote,
    _introduction,
    _issuer_in_phrase,
    _joint_issuers,
    _labels,
    _named_after,
    _named_before,
    _named_ends,
    _named_later,
    _names_of_things,
    _nicknames,
    _opening_teller,
    _parallel_quotes,
    _plain_marks,
    _plain_straight,
    _present_namers,
    _press_question,
    _publisher,
    _quoted_agreements,
    _relayed_by_role,
    _remark_maker,
    _repeated,
    _repeated_without_glue,
    _sentence_words,
    _speaker_id,
    _speaker_of,
    _stop_before,
    _surname_resolved,
    _title_maker,
    _titled_names,
    _transcript_labels,
    _unnamed_antecedent,
    _unnamed_of_org,
    _unnamed_role,
    _viewed_as,
    _with_governments,
    _words_past_adverbs,
    _work_maker,
    _writers_labels,
    _writers_noun_phrase,
    _writers_prepositional,
)
from analysis.extract.quotes import (
    _INDEFINITES,
    _INVERTING,
    _NAME_GLUE,
    _NOBODY,
    _NONSPACE,
    _OWN_SAYING,
    _SENTENCE_END,
    _VERB_WORD,
    Quote,
    _capitalised_name,
    _ends_sentence_in,
    _in_body_name,
    _Index,
    _is_speaker,
    _last_sentence_start,
    _named,
    _Place,
    _possessor,
    _raw_stretches,
    _Who,
    joined_at_carries,
    speaker_name,
)

__all__ = ["find_quotes"]


def find_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None = None,
    names: dict[str, str] | None = None,
) -> list[Quote]:
    """Return the quotations in ``paragraphs`` with their speakers, using entity ``mentions``.

    ``names`` maps entity ids to names (for a government a capital stands for); default: the gazetteer's.

    >>> from analysis.extract.entities import find_entities
    >>> t = '"In case of South Korea, which has provided a fair amount of support".'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["attribution"]
    'none'
    """
    if names is None:
        from analysis.extract.entities import load_gazetteer

        names = load_gazetteer().names
    plain = _plain_marks(_plain_straight(text))
    if plain is text:
        return _find_quotes(text, paragraphs, mentions, sentences, names)
    found = _find_quotes(plain, paragraphs, mentions, sentences, names)
    return [replace(q, exact=text[q.start : q.end]) for q in found]


def _find_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None,
    names: dict[str, str],
) -> list[Quote]:
    """Return the quotations of ``find_quotes`` in a text whose quotation marks are the ones ``_pairs`` reads."""
    idx = _Index(mentions)
    paragraphs = joined_at_carries(text, paragraphs)
    raw = _raw_stretches(text, paragraphs)
    sent_starts = sorted(s for s, _ in sentences) if sentences and raw else []  # no list when no quote
    inside_starts = [q.start for q in raw]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(inside_starts, pos) - 1
        return i >= 0 and raw[i].start < pos < raw[i].end

    people = [m for m in idx.ms if m.kind == "person" and not in_quote(m.start) and not _in_body_name(m)]
    orgs = [m for m in idx.ms if m.kind != "person" and _is_speaker(m) and not in_quote(m.start)]
    orgs = _with_governments(text, orgs, [m for m in idx.ms if not in_quote(m.start)])
    ctx = _Context(text, paragraphs, idx, people, [m.start for m in people], names, orgs, [m.start for m in orgs])
    out: list[Quote] = []
    places: list[_Place] = []  # where each quote of ``out`` stands, for the fallback
    last_by_para: dict[int, Quote] = {}
    pi, ps, pe, back = -1, 0, 0, 0
    for r in raw:
        if r.pi != pi:  # a paragraph's bounds read once for all its quotes
            pi, (ps, pe), back = r.pi, paragraphs[r.pi], paragraphs[max(0, r.pi - 3)][0]
        k = bisect.bisect_right(sent_starts, r.start) - 1
        sent_start = max(ps, sent_starts[k]) if sent_starts and k >= 0 else ps
        pl = _Place(r.start, r.end, ps, pe, pi, sent_start, back)
        same = last_by_para.get(pi)
        q = ctx.quote(pl, r.closed, same, last_by_para.get(pi - 1))
        places.append(pl)
        if same is not None and q.value["attribution"] != "none" and _cut_in_two(text, idx, same, q):
            out[-1] = _speaker_of(same, q, q.value["attribution"])
        out.append(q)
        last_by_para[pi] = q
    return _whole_text_passes(ctx, out, places, people)


def _whole_text_passes(ctx: _Context, out: list[Quote], places: list[_Place], people: list[Mention]) -> list[Quote]:
    """Return the quotes after the passes that read the whole text's quotes at once, in their order (labels, names
    of things, later names, headlines, repeated words, the reader's fallback, agreements, nicknames).

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Bo said: "We pay."'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    ['Bo']
    """
    text, paragraphs, idx = ctx.text, ctx.paragraphs, ctx.idx
    head_end = paragraphs[0][1] if paragraphs else 0
    out = _writers_labels(text, _labels(text, out, lambda i: _own_label_speaker(ctx, places[i], out[i])))  # labels
    # the text credits to nobody, but a repeat whose own sentence names its speaker
    out = _unnamed_antecedent(text, _names_of_things(text, _titled_names(text, _broadcast_titles(text, out))))
    out = _definite_back(text, out)
    out = _continued_forward(text, out)
    out = _named_later(out, paragraphs, min((m.start for m in people if not m.value.get("descriptor")), default=-1),
                       text)
    out = _role_tags_resolved(ctx, out, places, people)  # a role's words whose sayer its or the next sentence names
    out = _lede_role_named_next(ctx, out, places, people)  # a lede's role the next paragraph names
    out = _lede_source_next(ctx, out, places)  # a lede's words no one says there: the next paragraph's teller
    out = _headline_role(text, out, head_end)
    out = _repeated(out, _deck_end(text, paragraphs), text)
    out = _repeated_without_glue(out, head_end)
    out = _headline_holders(text, out, head_end, people)  # after them: a body quote's own words are better evidence
    if len(paragraphs) > 1 and _deck_end(text, paragraphs) == paragraphs[1][1]:  # "Says ... 'X'" under a headline
        out = _deck_subject(text, out, head_end, paragraphs[1], people)
    for i, q in enumerate(out[:_HEADLINE_QUOTES]):  # a headline's words a transcript's speaker says in the body
        if q.start < head_end and q.value["attribution"] == "none":
            out[i] = ctx.transcribed(q) or q
    out = _named_after_quotes(ctx, out, places)  # '“...” Bo made the remarks on Monday.'
    out = _unnamed_of_org(text, idx, ctx.fallback(out, places))  # the reader's fallback; an unnamed org spokesperson
    out = _speech_noun_sources(ctx, out, places)  # "The explanation that ... a “package” ...": the one who explained
    out = _headline_subject_in_body(ctx, out, places)  # "Union vows to 'fight on'": the body's Northgate Union
    out = _clause_fallback(ctx, out, places)  # a full clause no rule credited: its closing tag, the last speaker
    out = _titles_of_makers(ctx, out, places)  # "CBS News’s “Face the Nation”": the maker, not the sentence's speaker
    out = _inner_tagged(ctx, out, places)  # "“We act, the envoy said.”": quoted narration, a nested quote's tag
    out = _unsaid_terms(ctx, out, places)  # "Bo is said to have some “...”": hearsay, no one's words
    out = _aim_owners(ctx, out, places)  # "Seoul's push to “modernize”": the owner's word for its aim
    out = _described_makers(ctx, out, places)  # "the U.S. leader's book “...”": the leader the text names
    out = _repeated(out, _deck_end(text, paragraphs), text)  # again: a body quote the fallback gave a speaker
    out = _parallel_quotes(text, out)  # 'X as “A” and Y as “B”': B's speaker is A's, however late A got it
    out = _carried_twice(out, head_end)  # a headline quote two speakers carry once the fallback has read the body
    out = _headline_lead_speakers(text, out, paragraphs, people, ctx.orgs)  # after the fallback: a teller is no next
    # quote's speaker; after ``_repeated``: a quoted carrier and a teller of the headline's words are both read
    out = _headline_role_named_next(text, out, paragraphs, people)  # a headline role the lede tells of, named next
    out = _headline_role_carried(out, head_end)  # a headline role's words the body quotes from another: theirs
    out = headline_echoes(ctx, out, places)  # a headline's words the lede reports someone said: theirs (speak56b)
    out = _issuer_in_phrase(text, ctx.idx, out)  # "the ministry's statement said", "a statement from the ministry"
    out = _document_issuers(text, ctx.idx, out, places, paragraphs)  # "the statement said": its issuer
    out = _following_statement(text, ctx.idx, out, places, paragraphs)  # "X issued the following statement" ¶ "..."
    out = _surname_resolved(text, out, people, paragraphs, places)  # "Kim said": the Kim last named there
    out = _family_name_said(text, out, people, places)  # "Park said" unread as a name: the one Park named before
    out = _present_namers(text, out, places)  # "Critics call the demand a “shakedown”": the critics
    out = _transcript_labels(text, out, people)  # "HALE: We want a “fair” deal.": the Hale named before
    out = _joint_issuers(text, out)  # "A and B issued a joint fact sheet ... it read": the pair
    out = _quoted_agreements(idx, out)  # last: no later pass gives a name's quote a speaker again
    return _nicknames(text, out, head_end)


def _own_label_speaker(ctx: _Context, pl: _Place, q: Quote) -> Quote | None:
    """Return ``q``, a repeat of a so-called label, as the words of the speaker its own sentence gives, else None: a
    subject right before its speech or demand verb right before the quote ("Bo reportedly demanded “X”": kept as
    the rules credited it), or a possessive owner right before the quote of a proposal noun right after it ("Bo’s
    “X” plan": the owner; lead's decision after spk28b). Not "Bo’s “X” approach", nor "Bo said a “X” plan failed".

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks stall' + 2 * chr(10) + 'A so-called "cost plus" rule. Trump’s "cost plus" plan, says Yonhap, failed.'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 11), (13, len(t))], find_entities(t))]
    [None, 'Donald Trump']
    >>> t = t.replace("plan", "approach")
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 11), (13, len(t))], find_entities(t))]
    [None, None]
    """
    text = ctx.text
    words = _words_past_adverbs(text, pl.sent_start, pl.qs)
    v = q.value
    if words and words[-1].lower() in _OWN_LABEL_VERBS and v["attribution"] not in {"none", "continuation", "repeated"}:
        return q if pl.sent_start <= (v.get("speaker_start") or -1) < pl.qs else None
    after = text[pl.qe : pl.qe + win.NEXT_WORD_CHARS].split(None, 1)
    if not after or after[0].rstrip(",.;:").lower() not in _OWN_LABEL_NOUNS or not words:
        return None
    if not words[-1].endswith(("'s", "’s")) or not (who := _possessor(text, ctx.idx, pl)).found:
        return None
    return ctx.build(pl, v["closed"], who)


def _titles_of_makers(ctx: _Context, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with each title credited by its maker's possessive (``_title_maker``) or by the subject
    that publishes it (``_publisher``) given that maker."""
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.start >= 3 and ((who := _title_maker(ctx.text, ctx.idx, q)).found
                             or (who := _released_title(ctx.text, ctx.idx, q)).found
                             or (who := _publisher(ctx.text, ctx.idx, places[i])).found
                             or (q.value["attribution"] == "none"  # the other rules' reading stands
                                 and (who := ctx.in_sentence_owner(places[i], _work_maker(ctx.text, ctx.idx,
                                                                                           places[i]))).found)):
            out[i] = ctx.build(places[i], q.value["closed"], who)
    return out


def _role_tags_resolved(ctx: _Context, out: list[Quote], places: list[_Place], people: list[Mention]) -> list[Quote]:
    """Return ``out`` with a quote left to an unnamed role ('“...,” the commander said', '..., an official said')
    given the named person the text ties the role's words to: the sentence's own subject who told them
    (:func:`_relayed_by_role`, an indefinite role after the quote), or the person who "made the remarks" in the next
    sentence (:func:`_remark_maker`).

    >>> from analysis.extract.entities import find_entities
    >>> t = 'It is “bad,” the commander said. Gen. Jo Bell made the remarks at a hearing.'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["speaker_name"]
    'Jo Bell'
    """
    text, ends = ctx.text, _named_ends(out)  # the loop gives speakers to descriptor quotes only: the named ones stay
    for i, q in enumerate(out):
        v = q.value
        if v["attribution"] != "descriptor" or v["speaker"] or v["speaker_name"] or v["antecedent"]:
            continue
        start, end, words = v["speaker_start"], v["speaker_end"], (v.get("speaker_text") or "").split()
        if start is None or end is None or not words:
            continue
        who = None
        if start > q.end and words[0].lower() in _INDEFINITES:
            who = _relayed_by_role(text, q, places[i].sent_start, people)
        if who is None:
            who = _remark_maker(text, q.end, end, people, v.get("speaker_text") or "")
            if who is not None and _named_before(ends, q.start, _speaker_id(who), speaker_name(who, ctx.names)):
                continue  # the remarks are the person's own earlier quote, not the role's (review106 finding 2)
        if who is not None:
            value = v | {"speaker": _speaker_id(who), "speaker_name": speaker_name(who, ctx.names),
                         "antecedent": {"start": who.start, "end": who.end, "exact": who.exact}}  # fmt: skip
            out[i] = replace(q, value=value, antecedent=who)
    return out


def _lede_source_next(ctx: _Context, out: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``out`` with a partial quote of the lede (the first body paragraph) that no rule credited, in a lede with
    no verb of saying, given the body or person that opens the next paragraph as the subject of a verb of telling
    (_LEDE_VERB): wire copy names the lede's source in the paragraph after it ("The allies reached a deal that
    brings a “meaningful increase” ... ¶ The State Department announced the deal ..."); not a capitalised title or a
    label the writer names (_writers_labels), nor a lede that tells of saying itself (speak48).

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Pay deal' + 2 * chr(10) + 'They reached a deal that brings a “big rise” in pay.' + 2 * chr(10)
    >>> t += 'The Hanul Union announced it.'
    >>> find_quotes(t, [(0, 8), (10, 62), (64, len(t))], find_entities(t))[0].value["speaker_name"]
    'Hanul Union'
    """
    text, paragraphs = ctx.text, ctx.paragraphs
    lede = next((k for k in range(1, min(len(paragraphs), win.SUBHEAD_PARAGRAPHS + 3)) if text.count(
        " ", *paragraphs[k]) >= _LEDE_WORDS and text[: paragraphs[k][1]].rstrip("”\"’'").endswith(".")), -1)
    if lede < 0 or lede + 1 >= len(paragraphs) or _VERB_WORD.search(text, *paragraphs[lede]) is not None:
        return out
    todo = [i for i, q in enumerate(out) if places[i].pi == lede and q.value["attribution"] == "none"
            and not _capitalised_name(q.exact, _NAME_GLUE) and places[i].qs > places[i].sent_start]
    if not todo:
        return out
    ps, pe = paragraphs[lede + 1]
    teller = next((m for m in ctx.idx.first_between(ps, min(pe, ps + _LEDE_TELLER_AT)) if _is_speaker(m)), None)
    opening = text[ps : teller.start] if teller is not None else ","
    if "," in opening or not all(w[:1].isupper() for w in opening.split()):
        return out  # "But ...", "In Seoul, ...": a turn or a setting, not the source opening its paragraph
    verb = _LEDE_VERB.search(text, teller.end, min(pe, teller.end + _LEDE_VERB_REACH))
    if verb is None or _ends_sentence_in(text[teller.end : verb.start()]) or _VERB_WORD.search(
            text, teller.end, verb.start()) is not None:
        return out  # the first verb of saying after the teller is one of telling
    for i in todo:
        words = _sentence_words(text, out[i].start)
        if _agentless_naming(words) or _writers_noun_phrase(words) or _writers_prepositional(words):
            continue  # "the so-called “...”": the writer's label
        if _viewed_as(words):
            continue  # "a deal critics have derided as a “giveaway”": the lede tells whose view it is
        out[i] = ctx.build(places[i], out[i].value["closed"], _named(teller))
    return out


def _speech_noun_sources(ctx: _Context, out: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``out`` with a quote no rule credited that stands in a sentence opened by a noun of speech and its
    content clause ("The explanation that the issues will be discussed as a “package” is seen as ...") given the
    one who said it: "his"/"her" read as any pronoun; for "this", "that", and "the" with a noun that points back
    (_POINTING_NOUNS: "the remark", not "the claim"), the last person before the sentence told of as saying
    something, in its paragraph or the one before (speak48).

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Jo Bell said the cost was large. The remark that it is a “package” deal drew fire.'
    >>> find_quotes(t, [(0, len(t))], find_entities(t))[0].value["speaker_name"]
    'Jo Bell'
    """
    text = ctx.text
    for i, q in enumerate(out):
        pl = places[i]
        if q.value["attribution"] != "none" or (m := _SPEECH_NOUN_CLAUSE.match(text, pl.sent_start, pl.qs)) is None:
            continue
        if m.group("noun") not in (_POINTING_NOUNS if m.group("det") == "The" else _SPEECH_CLAUSE_NOUNS):
            continue  # "The claim that ...": a claim in circulation, no one's just told
        if m.group("det") in _WORK_OWNERS:
            who = _Who("pronoun", None, m.start("det"), m.end("det"))
        else:
            lo = ctx.paragraphs[max(0, pl.pi - 1)][0]
            k = bisect.bisect_left(ctx.people_starts, pl.sent_start)
            said = next((p for p in reversed(ctx.people[max(0, k - _SPOKE_PEOPLE) : k]) if p.start >= lo
                         and _reports(text, p)), None)
            if said is None:
                continue
            who = _named(said)
        out[i] = ctx.build(pl, q.value["closed"], who)
    return out


def _lede_role_named_next(ctx: _Context, out: list[Quote], places: list[_Place], people: list[Mention]) -> list[Quote]:
    """Return ``out`` with a quote of the story's first speaker, an unnamed role ("A lawmaker on Wednesday dismissed
    the demand as “...”", "..., according to a prominent senator", "South Korea's top negotiator said ..."), given the
    person the next paragraph names as the subject of a verb of saying in its opening (:func:`_opening_teller`):
    news prose names the lede's source in the paragraph after it (probeq36). Nobody named before the quote (the
    headline aside); the role's nationality and the person's, when both are known, agree.

    >>> from analysis.extract.entities import find_entities
    >>> t = 'It is “unfair,” according to a senior lawmaker.' + 2 * chr(10) + 'Jo Bell, a lawmaker, said it was.'
    >>> find_quotes(t, [(0, 47), (49, len(t))], find_entities(t))[0].value["speaker_name"]
    'Jo Bell'
    """
    text, head_end = ctx.text, ctx.paragraphs[0][1] if ctx.paragraphs else 0  # a headline's name is no earlier person
    first_named = min((m.start for m in people if not m.value.get("descriptor") and m.start > head_end),
                      default=len(text))
    for i, q in enumerate(out):
        if q.start > first_named:
            break  # someone was named before: the role may be another person
        v = q.value
        if v["attribution"] not in {"descriptor", "according_to", "subject"} or v["speaker"] or v["antecedent"]:
            continue
        words, pi = (v.get("speaker_text") or "").split(), places[i].pi
        if words[:1] in (["The"], ["the"]) and v["speaker_start"] == ctx.paragraphs[pi][0]:
            words = ["a", *words[1:]]  # "The Army general picked to lead ... told": a lede's role, named next
        head = _unnamed_role(words)
        if head is None or v["speaker_start"] is None or pi + 1 >= len(ctx.paragraphs):
            continue
        if _press_question(text, q, head, places[i].pe):
            continue  # "A reporter asked, “Is it final?” ¶ Bo replied, ...": the asker is not the one who answers
        if _ANONYMITY.search(text, *ctx.paragraphs[pi]) is not None:
            continue  # "a senior official said, speaking on condition of anonymity": no one named next (probeq40)
        who = (_opening_teller(text, people, ctx.paragraphs[pi + 1], head)
               or _closing_teller(text, people, ctx.paragraphs[pi + 1], head))  # "..., Jo Bell, ..., told" (qfix50)
        role = ctx.idx.starting_at(v["speaker_start"], v["speaker_start"])
        said = (role.value.get("country") if role is not None else None, who and ctx.country_of(who))
        if who is None or (said[0] and said[1] and said[0] != said[1]):
            continue
        value = v | {"speaker": _speaker_id(who), "speaker_name": speaker_name(who, ctx.names),
                     "antecedent": {"start": who.start, "end": who.end, "exact": who.exact}}  # fmt: skip
        out[i] = replace(q, value=value, antecedent=who)
    return out


def _named_after_quotes(ctx: _Context, quotes: list[Quote], places: Sequence[_Place]) -> list[Quote]:
    """Return ``quotes`` with a quote no rule credits that ends its sentence given the speaker the next sentence of
    its paragraph names by the act (:func:`_named_after`: '“We will not pay.” Jo Bell made the remarks on Monday.'),
    else, when it opens its sentence, the one the sentence before introduces (:func:`_introduction`, in its paragraph
    or, for a quote opening its paragraph, the paragraph before: "Jo Bell spoke at a forum." ¶ '“We will not pay.”
    The remarks drew fire.'); never a scare quote or a title.

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks went on. "We will not pay more." Defense Minister Jo Bell made the remarks on Monday.'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, len(t))], find_entities(t))]
    ['Jo Bell']
    """
    text, out = ctx.text, list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        if q.value["attribution"] != "none" or not _introduced_quote(text, pl.qs, pl.qe):
            continue
        who = _NOBODY
        if text[pl.qe - 2 : pl.qe - 1] in {".", "!", "?"}:
            ns, pe = (pl.qe, pl.pe) if text[pl.qe : pl.pe].strip() or pl.pi + 1 >= len(ctx.paragraphs) else (
                ctx.paragraphs[pl.pi + 1])  # a quote ending its paragraph: the next paragraph's first sentence
            end = _SENTENCE_END.search(text, ns, min(pe, ns + win.NEXT_SENTENCE_REACH))
            se = end.end() if end is not None else pe
            first = _NONSPACE.search(text, ns, se)
            who = _named_after(text, ctx.idx, first.start(), se) if first and first.group().isupper() else who
        if not who.found and pl.qs == pl.ps and pl.pi > 1:
            who = _introduction(text, ctx.idx, *ctx.paragraphs[pl.pi - 1])
        elif not who.found and pl.qs > pl.ps and not ctx.has_lead(pl):
            who = _introduction(text, ctx.idx, pl.ps, pl.qs)
        if who.found:
            out[i] = ctx.build(pl, q.value["closed"], who)
        elif (src := _remarks_back(ctx, out, places, i)) is not None:
            out[i] = _speaker_of(q, src, "continuation")
    return out


def _remarks_back(ctx: _Context, quotes: list[Quote], places: Sequence[_Place], i: int) -> Quote | None:
    """Return the last attributed quote of the paragraph before quote ``i`` or the one before that, when the
    sentence right before quote ``i`` (opening its paragraph or a sentence of it) tells of those words without naming
    a speaker (:data:`_REMARKS_BACK`: "The remarks came at a cabinet meeting." then '“We pay.”'); else None (also when
    that sentence names a speaker: "The remarks came as Al arrived").

    >>> from analysis.extract.entities import find_entities
    >>> t = ('Talks' + 2 * chr(10) + 'Jo Bell called the deal “fair and good.”' + 2 * chr(10)
    ...      + 'The remarks came at a forum.' + 2 * chr(10) + '“We will not pay more than that.”')
    >>> ps = [(0, 5), (7, 47), (49, 77), (79, len(t))]
    >>> [q.value["speaker_name"] for q in find_quotes(t, ps, find_entities(t))]
    ['Jo Bell', 'Jo Bell']
    """
    text, pl = ctx.text, places[i]
    if pl.qs == pl.ps and pl.pi > 1:
        lo, hi = ctx.paragraphs[pl.pi - 1]
    elif pl.qs > pl.ps and not ctx.has_lead(pl) and _stop_before(text, pl.ps, pl.qs):
        lo, hi = pl.ps, pl.qs
    else:
        return None
    last = _last_sentence_start(text, max(lo, hi - win.LAST_SENTENCE_BACK), hi)
    first = _NONSPACE.search(text, last, hi)
    if first is None or not _REMARKS_BACK.match(text, first.start(), hi) or _QUOTE_MARKS & set(text[last:hi]):
        return None
    if any(map(_is_speaker, ctx.idx.first_between(last, hi))):
        return None  # "The remarks came as Al arrived": another speaker comes in before the quote
    for j in range(i - 1, -1, -1):
        if places[j].pi < pl.pi - 2 or quotes[j].end <= ctx.paragraphs[0][1]:
            return None  # too far back, or a headline's or deck's
        if quotes[j].value["attribution"] != "none":
            return quotes[j]
    return None


# real52q: a quotation whose own words close on a narrator's tag ('“We act, the envoy said.”'). Quoted narration is
# the words of the text it is quoted from, so it continues the quote before it in its paragraph (a book passage
# "according to the book"); a tag inside a single-marked quotation nested in the marks ('"‘They pay us, Al Roe
# complained.’"') names the inner speaker, who said the nested words.
_INNER_TAG_VERBS = frozenset(["said", "says", "added", "wrote", "replied", "complained", "asked", "told", "recalled",
                              "insisted", "noted", "explained", "warned", "continued", "answered", "responded"])
_INNER_TAG_OPENERS = frozenset(["the", "The", "he", "she", "they", "He", "She", "They"])


def _inner_tag(content: str) -> tuple[int, int] | None:
    """Return where, in a quotation's ``content`` (the words inside its marks), the subject of a narrator's tag that
    closes them stands ("We act, the envoy said."), else None: after the last comma two to six words up to a full
    stop that ends the content, the last a verb of saying in the past or present, the first "the", a pronoun or a
    capitalised word.

    >>> c = "We act, the envoy said."; s, e = _inner_tag(c); c[s:e]
    'the envoy'
    >>> c = "‘They pay, Al Roe complained.’"; s, e = _inner_tag(c); c[s:e]
    'Al Roe'
    >>> _inner_tag("We act, the envoy said we must."), _inner_tag("We act, said the envoy."), _inner_tag("We act.")
    (None, None, None)
    """
    end = len(content.rstrip("’'\" "))
    comma = content.rfind(",", 0, end)
    if end < 2 or content[end - 1] != "." or comma < 1:
        return None
    words = content[comma + 1 : end - 1].split()
    if not 2 <= len(words) <= 6 or words[-1] not in _INNER_TAG_VERBS:
        return None
    if not (words[0] in _INNER_TAG_OPENERS or words[0][:1].isupper()):
        return None
    if not all(w.replace(".", "").replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words):
        return None
    start = content.index(words[0], comma)
    return start, content.rindex(words[-1], start, end) - 1


def _stands_alone(text: str, pl: _Place) -> bool:
    """Return whether the quotation at ``pl`` is a sentence of its own: only space between its sentence's start and
    its opening mark, and its paragraph's end or a new sentence (a capital, an opening mark) after its closing mark.

    >>> t = 'Bo wrote it. “We act, he said.” Then he left.'
    >>> _stands_alone(t, _Place(13, 31, 0, len(t), 0, 13, 0)), _stands_alone(t, _Place(13, 31, 0, len(t), 0, 0, 0))
    (True, False)
    """
    after = text[pl.qe : pl.pe].lstrip()
    return not text[pl.sent_start : pl.qs].strip() and (not after or after[0].isupper() or after[0] in "“\"‘")


def _inner_tagged(ctx: _Context, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with each quotation that is a sentence of its own and closes on its own narrator's tag
    (:func:`_inner_tag`) given its speaker: when its words open with a single mark (a quotation nested in the
    marks), the person the tag names; else (quoted narration) the speaker of the quote before it in its paragraph.

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks' + 2 * chr(10) + '“Bo Lin waited,” according to Al Roe’s book. “We pay, the envoy said.”'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 5), (7, len(t))], find_entities(t))]
    ['Al Roe', 'Al Roe']
    """
    text, out = ctx.text, list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        tag = _inner_tag(text[pl.qs + 1 : pl.qe - 1]) if q.value["closed"] and pl.qe - pl.qs > 4 else None
        if tag is None or not _stands_alone(text, pl):
            continue
        if text[pl.qs + 1 : pl.qe - 1].lstrip()[:1] in "‘'":
            m = ctx.idx.starting_at(pl.qs + 1 + tag[0], pl.qs + 1 + tag[0])
            if m is not None and m.kind == "person" and m.end <= pl.qs + 1 + tag[1] and not m.value.get("descriptor"):
                out[i] = ctx.build(pl, True, _named(m))
        elif i and out[i - 1].value["attribution"] != "none" and (
                _writers_passage_before(text, places[i - 1], pl)):
            out[i] = _speaker_of(q, out[i - 1], "continuation")
    return out


# mend52q: quoted narration continues only a writer's passage it directly follows ("“...,” according to the book.
# “We act, the envoy said.”"); a sentence between ('“...,” Bo said. Al disagreed. “We stay, the envoy said.”')
# or a speaker's tag leaves main's answer.
_WRITERS_TAG = re.compile(r"\b(?:wrote|writes|according to (?:the|his|her|their) (?:book|memoir|diary|report)"
                          r"|in (?:his|her|their) (?:book|memoir|diary|report))\b")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?[ \t]{1,3}[A-Z“\"]")


def _writers_passage_before(text: str, before: _Place, pl: _Place) -> bool:
    """Return whether the quote at ``pl`` directly follows the quote at ``before`` in its paragraph (no sentence
    between) and that quote's closing tag is a writer's ("wrote", "according to the book", "in her memoir").

    >>> t = '“Bo left,” according to the book. “We act, he said.”'
    >>> _writers_passage_before(t, _Place(0, 10, 0, len(t), 0, 0, 0), _Place(34, len(t), 0, len(t), 0, 34, 0))
    True
    >>> t = '“Bo left,” Al Roe said. Jo disagreed. “We act, he said.”'
    >>> _writers_passage_before(t, _Place(0, 10, 0, len(t), 0, 0, 0), _Place(37, len(t), 0, len(t), 0, 37, 0))
    False
    """
    gap = text[before.qe : pl.qs].strip()
    return before.pi == pl.pi and not _SENTENCE_BREAK.search(gap) and bool(_WRITERS_TAG.search(gap))


# real52q: quoted words no one in the sentence says. A hearsay passive ("the envoy is said to have some “...”": the
# words of unnamed others about him, not his); a term whose definition a writer's "as" clause after a closing tag
# tells of ('..., lawmakers said Monday, as the allies differ over the definition of “...”': the term, no one's).
_HEARSAY_PARTICIPLES = frozenset(["said", "reported", "believed", "thought", "rumored", "rumoured", "understood"])
_HEARSAY_STATES = frozenset(["have", "be", "harbor", "harbour", "hold"])
_TERM_NOUNS = frozenset(["definition", "meaning"])
_CLAUSE_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it"])


def _hearsay_gap(gap: str) -> bool:
    """Return whether ``gap`` (between a subject and the quote) is a hearsay passive of a state, with at most three
    plain words after it: "is said to have some", "was believed to be".

    >>> _hearsay_gap(" is said to have some "), _hearsay_gap(" was believed to be ")
    (True, True)
    >>> _hearsay_gap(" is said to have called ")
    False
    >>> _hearsay_gap(" said he has some "), _hearsay_gap(" is said to have, by aides, ")
    (False, False)
    """
    words = gap.split()
    if not 4 <= len(words) <= 7 or words[0] not in {"is", "was", "are", "were"} or words[2] != "to":
        return False
    if words[1] not in _HEARSAY_PARTICIPLES or words[3] not in _HEARSAY_STATES:
        return False
    return all(w.isalpha() and w.islower() and w not in _OWN_SAYING for w in words[4:])


def _term_in_writers_clause(gap: str) -> bool:
    """Return whether ``gap`` (between a speaker and the quote) is a closing tag's verb of saying, then an "as" clause
    of the writer's that ends on "the definition of" or "the meaning of" right before the quote, with no pronoun
    and no verb of saying of its own.

    >>> _term_in_writers_clause(" said Monday, as the allies differ over the definition of ")
    True
    >>> _term_in_writers_clause(" said Monday, as he questioned the definition of "), _term_in_writers_clause(
    ...     " questioned the definition of ")
    (False, False)
    >>> _term_in_writers_clause(" said, as Bo questions the meaning of "), _term_in_writers_clause(
    ...     " said, as Drava rejects Washington’s definition of ")
    (False, False)
    """
    words = gap.split()
    k = gap.find(", as ")
    if len(words) < 3 or words[0] not in _INVERTING or words[-1] != "of" or words[-2] not in _TERM_NOUNS or k < 0:
        return False
    clause = gap[k + 5 :]
    return not _VERB_WORD.search(clause) and not any(w.lower() in _CLAUSE_PRONOUNS for w in clause.split()) and (
        _disputed_term_clause(clause.split()))


# mend52q: the writer's clause admitted is a plain dispute of lower-case parties over "the" term's definition ("as
# the two sides differ over the definition of", "have differing views over the meaning of"); a subject's own verb
# ("as Bo questions the meaning of") or an owner's definition ("Washington's definition of") leaves main's answer.
_DISPUTE_WORDS = frozenset(["differ", "differed", "disagree", "disagreed", "diverge", "diverged", "clash", "clashed",
                            "argue", "argued", "wrangle", "wrangled", "differing", "different", "conflicting"])


def _disputed_term_clause(words: list[str]) -> bool:
    """Return whether ``words`` (an "as" clause ending right before a quote) are lower-case words only, a word of
    dispute (:data:`_DISPUTE_WORDS`), then end on "over", "on" or "about" and "the definition (meaning) of".

    >>> _disputed_term_clause("the two sides still differ on the meaning of".split())
    True
    >>> _disputed_term_clause("Drava and Quenlor differ over the meaning of".split()), _disputed_term_clause(
    ...     "the ministry published its definition of".split())
    (False, False)
    """
    if len(words) < 5 or words[-3] != "the" or not all(w.isalpha() and w.islower() for w in words):
        return False
    return words[-4] in {"over", "on", "about"} and any(w in _DISPUTE_WORDS for w in words[:-4])


def _sentence_names_teller(text: str, pl: _Place, start: int) -> bool:
    """Return whether the quote at ``pl``'s sentence, outside ``text[start:pl.qe]``, names a teller or a coiner:
    "according to", a verb of saying ("said", "told") or "coined" after the quote or between the sentence's start
    and ``start``.

    >>> t = 'Bo is said to be “furious,” according to two aides.'
    >>> _sentence_names_teller(t, _Place(17, 27, 0, len(t), 0, 0, 0), 2)
    True
    >>> t = 'Bo is said to be “furious” at them.'
    >>> _sentence_names_teller(t, _Place(17, 26, 0, len(t), 0, 0, 0), 2)
    False
    """
    brk = _SENTENCE_BREAK.search(text, pl.qe, pl.pe)
    outside = f"{text[pl.sent_start : start]} {text[pl.qe : brk.start() + 1 if brk else pl.pe]}"
    words = {w.strip(",.;:”’\"'") for w in outside.split()}
    return "according to" in outside or bool(words & (_INVERTING | _OWN_SAYING | {"coined", "coins"}))


def _unsaid_terms(ctx: _Context, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with nobody for the words a subject's hearsay passive (:func:`_hearsay_gap`) or a writer's
    "as" clause on a term's definition (:func:`_term_in_writers_clause`) puts right before them.

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks' + 2 * chr(10) + 'Jo Bell is said to have some “deep doubts” about it.'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 5), (7, len(t))], find_entities(t))]
    [None]
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        end, pl = q.value.get("speaker_end"), places[i]
        if end is None or not pl.sent_start <= end < pl.qs or pl.qs - end > win.UNSAID_GAP_MOST:
            continue
        gap = ctx.text[end : pl.qs]
        if (_hearsay_gap(gap) and not _sentence_names_teller(ctx.text, pl, end)) or (
                _term_in_writers_clause(gap) and not _sentence_names_teller(ctx.text, pl, pl.sent_start)):
            out[i] = ctx.build(pl, q.value["closed"], _NOBODY)
    return out


# real52q: a quoted aim owned by a possessive ("Washington's push to “modernize” the alliance", "Bo's bid to “reset”
# ties"): the owner's word for its aim, not the words of the sentence's speaker.
_AIM_NOUNS = frozenset(["push", "drive", "bid", "call", "calls", "effort", "efforts", "plan", "plans", "campaign",
                        "attempt", "attempts", "pledge", "vow", "promise", "quest", "determination"])


# mend52q: the frames of circumstance an aim's owner may stand in ("amid Bo's push to", "in line with Bo's plan to").
_AIM_FRAMES = (("amid",), ("in", "line", "with"), ("as", "part", "of"), ("said", "of"), ("says", "of"),
               ("in", "response", "to"))


def _aim_owner_end(text: str, floor: int, qs: int) -> int:
    """Return where the possessive "’s" of an aim's owner starts when ``text[floor:qs]`` ends on "<owner>’s <aim noun>
    to" right before the quote at ``qs`` (:data:`_AIM_NOUNS`), else -1.

    >>> t = "in line with Washington’s push to “modernize”"; t[: _aim_owner_end(t, 0, t.index("“"))]
    'in line with Washington'
    >>> _aim_owner_end("his push to “x”", 0, 12), _aim_owner_end("Bo’s push for “x”", 0, 14)
    (-1, -1)
    >>> _aim_owner_end("Al said Bo’s push to “x”", 0, 21), _aim_owner_end("Al opposed Bo’s push to “x”", 0, 24)
    (-1, -1)
    """
    words = text[max(floor, qs - win.SUBJECT_NEAR) : qs].split()
    if len(words) < 3 or words[-1] != "to" or words[-2] not in _AIM_NOUNS or not words[-3].endswith(("’s", "'s")):
        return -1
    owner, before = words[-3][:-2], words[:-3]
    if not owner[:1].isupper() or owner.lower() in {"his", "her", "its", "their"}:
        return -1
    k = len(before) - 1
    while k >= 0 and (before[k][:1].isupper() or before[k] == "the"):
        k -= 1  # back over the owner's other words ("Tilde Marrow's", "the Pentagon's")
    if not any(before[max(0, k + 1 - len(f)) : k + 1] == list(f) for f in _AIM_FRAMES):
        return -1  # mend52q: "Bo opposed Al's plan to “reset” ties": an object of the speaker's verb, main's answer
    at = text.rfind(words[-3], floor, qs)
    return at + len(owner) if at >= 0 else -1


def _aim_owners(ctx: _Context, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with each quote of an aim a possessive owns (:func:`_aim_owner_end`) given that owner when it
    is a speaker the text names there (a person, an organisation, a capital for its government).

    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks' + 2 * chr(10) + 'Al Roe met Jo Bell. Al Roe spoke amid Jo Bell’s bid to “reset” ties.'
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 5), (7, len(t))], find_entities(t))]
    ['Jo Bell']
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        pl = places[i]
        end = _aim_owner_end(ctx.text, pl.sent_start, pl.qs)
        mentions = ctx.idx.ending_before(end, pl.sent_start, 3) if end > 0 else []
        owner = next((m for m in mentions if m.end == end), None)
        if owner is not None and _is_speaker(owner):
            out[i] = ctx.build(pl, q.value["closed"], _named(owner))
    return out


# real52q: a work whose maker a description names ("the U.S. leader's book “...”"): the one person in office the
# text names who holds that country's top office (a president or prime minister of the description's country).
_MAKER_HEADS = frozenset(["leader", "president"])
_TOP_OFFICES = ("President of", "Prime Minister of")


def _described_maker(ctx: _Context, q: Quote) -> Mention | None:
    """Return the person the text names (in office, of the description's country, holding its top office; one such
    person only) for the description that makes the work quoted by ``q`` ("the U.S. leader's book “...”"), else None.

    >>> t = "Ed Moss met Kim. Lee read the U.S. leader’s book “Art” there."
    >>> moss = Mention(0, 7, "Ed Moss", "person", {"id": "ed-moss", "country": "US", "in_office": True,
    ...                                           "role": "President of the United States"})
    >>> lead = Mention(t.index("the U.S."), t.index("’s"), "the U.S. leader", "person", {"country": "US"})
    >>> ctx = _Context(t, [(0, len(t))], _Index([moss, lead]), [moss], [0], {})
    >>> v = {"attribution": "descriptor", "speaker_name": None, "antecedent": None}
    >>> q = Quote(t.index("“"), t.index("”") + 1, "“Art”", v, lead)
    >>> _described_maker(ctx, q).exact, _described_maker(ctx, replace(q, value=v | {"attribution": "tag"}))
    ('Ed Moss', None)
    """
    m, v = q.speaker_mention, q.value
    if m is None or v["attribution"] != "descriptor" or v["speaker_name"] or v["antecedent"] or not m.value.get(
            "country"):
        return None
    between = ctx.text[m.end : q.start].split()
    if m.exact.split()[-1].lower() not in _MAKER_HEADS or not 2 <= len(between) <= 3 or between[0] not in {"’s", "'s"}:
        return None
    fits = [p for p in ctx.people if p.value.get("country") == m.value["country"] and p.value.get("in_office")
            and not p.value.get("descriptor") and str(p.value.get("role") or "").startswith(_TOP_OFFICES)]
    return fits[0] if fits and len({p.value.get("id") for p in fits}) == 1 and fits[0].value.get("id") else None


def _described_makers(ctx: _Context, quotes: list[Quote], places: list[_Place]) -> list[Quote]:
    """Return ``quotes`` with each work a description's possessive makes given the person the text names for that
    description (:func:`_described_maker`), as the description's antecedent.

    >>> import datetime as dt
    >>> from analysis.extract.entities import find_entities
    >>> t = 'Talks' + 2 * chr(10) + 'Lee read the U.S. leader’s book “The Art of the Deal” and met Trump.'
    >>> ms = find_entities(t, published=dt.date(2025, 8, 26))
    >>> [q.value["speaker_name"] for q in find_quotes(t, [(0, 5), (7, len(t))], ms)]
    ['Donald Trump']
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        p = _described_maker(ctx, q)
        name = (ctx.spelled(p) or speaker_name(p, ctx.names)) if p is not None else None
        if p is not None and name and p.exact.split()[-1] in name and not _maker_of_another_time(
                ctx.text, places[i], q):
            ante = {"start": p.start, "end": p.end, "exact": p.exact}
            value = q.value | {"speaker": _speaker_id(p), "speaker_name": name,
                               "candidates": [_speaker_id(p)], "antecedent": ante}
            out[i] = replace(q, value=value, antecedent=p)
    return out


# mend52q: a description of another time ("the former U.S. leader's book", "... in 2019", "written before X took
# office") may name a past holder: main's answer stands.
_PAST_MARKS = frozenset(["former", "late", "previous"])
_YEAR = re.compile(r"\b(?:1[89]|20)[0-9]{2}\b")
_TOOK_OFFICE = re.compile(rf"\b(?:before|after|until|since)\b[^.]{{0,{win.TOOK_OFFICE_GAP}}}"
                          r"\b(?:took|takes|left|leaves) office\b")


def _maker_of_another_time(text: str, pl: _Place, q: Quote) -> bool:
    """Return whether the description that makes the work ``q`` quotes is of another time: "former", "late",
    "previous", "then-" or "ex-" in it or right before it, or its sentence holds a year or "before (after) ... took
    office".

    >>> t = 'Bo read the U.S. leader’s book “Art” in 2019. Al met Jo.'
    >>> q = Quote(t.index("“"), t.index("”") + 1, "“Art”", {})
    >>> _maker_of_another_time(t, _Place(q.start, q.end, 0, len(t), 0, 0, 0), q)
    True
    >>> _maker_of_another_time(t.replace(" in 2019", ""), _Place(q.start, q.end, 0, len(t) - 8, 0, 0, 0), q)
    False
    """
    m = q.speaker_mention
    head = text[max(pl.sent_start, m.start - 12 if m is not None else q.start) : m.end if m is not None else q.start]
    words = {w.lower() for w in head.split()}
    if words & _PAST_MARKS or "then-" in head or "ex-" in head:
        return True
    brk = _SENTENCE_BREAK.search(text, pl.qe, pl.pe)
    sentence = text[pl.sent_start : brk.start() + 1 if brk else pl.pe]
    return bool(_YEAR.search(sentence) or _TOOK_OFFICE.search(sentence))
