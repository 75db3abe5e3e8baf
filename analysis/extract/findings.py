"""Find defects in an article's text: truncated sentences, quotes with no or a doubtful speaker,
names that fit several people, pronouns with no referent, dates after publication, leftover site text.

Each rule looks only inside a sentence or a few paragraphs around it (never over the whole text).

>>> from analysis.extract import annotate
>>> [f.kind for f in annotate("T\\nNovember 16, 2019\\n\\nThe North brands such U.S.\\n\\nIt rained.").findings]
['truncated_sentence']
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from analysis import lazyre as re
from analysis.article import Article, Segment, Segments
from analysis.extract.dates import points_forward
from analysis.extract.names import CANDIDATES_LISTED, KOREAN_SURNAMES, ROLE_NOUNS, WORKPLACES, word_set
from analysis.extract.quotes import Quote
from analysis.extract.scan import word_trie
from analysis.extract.spans import Draft, Span, SpanTable, SpanView
from analysis.views import shorten

__all__ = ["find_findings"]

_TERMINAL = re.compile(r"""(?:[.!?…]['"”’)\]]*|['"”’)\]]|:)\s*\Z""")
_CLOSERS = "'\"”’)]"
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")
_DANGLING = frozenset(
    ["the", "a", "an", "of", "and", "or", "but", "such", "its", "their", "whose", "than", "from", "with"]
)


def _dangles(word: str, words: frozenset[str] = _DANGLING) -> bool:
    """Return whether a line ending on ``word`` (its trailing comma, colon or semicolon aside) needs more: an article,
    a conjunction or a preposition of ``_DANGLING`` (of ``words``: a sentence checks ``_NEEDS_MORE``).

    >>> _dangles("the,"), _dangles("Of"), _dangles("halfway"), _dangles("be,"), _dangles("be,", _NEEDS_MORE)
    (True, True, False, False, True)
    """
    return word.strip(",;:").lower() in words


def _any_word(words: str) -> re.Pattern[str]:
    """Return ``\\b(?:words)\\b`` (``words``: an alternation of words), in any case, with a look-ahead for the words'
    first letters: a place no word starts with is rejected at one test, not at one per word.

    >>> _any_word("costs?|pay").pattern
    '\\\\b(?=[cp])(?:costs?|pay)\\\\b'
    """
    firsts = "".join(sorted({w[0] for w in words.split("|")}))
    return re.compile(rf"\b(?=[{firsts}])(?:{words})\b", re.IGNORECASE)


_BOILERPLATE = re.compile(
    r"(?:other\s+reports\s+by|reporting\s+by|editing\s+by|additional\s+reporting|writing\s+by|read\s+more"
    r"|related\s*:|source\s*:|copyright|©|all\s+rights\s+reserved|click\s+here|follow\s+us|subscribe|"
    r"sign\s+up|advertisement|share\s+this)",
    re.IGNORECASE,
)
_IT_SUBJECT = re.compile(
    r"(?<![\w,])(?:[\w,]++\s+){0,3}?(?P<it>it|It)\s+(?:was|is|will\s+be|has\s+been|had\s+been|would\s+be|stood|stands"
    r"|came\s+to|comes\s+to|totaled|totalled|amounted\s+to|reached)\b"
)
_MONEY_NOUN = _any_word(
    "costs?|payments?|pay|paid|contributions?|share|burden|bill|budget|sum|amount|price|fees?|spending"
    "|funding|money|cash|figures?|total|dollars|won|billion|million|trillion|expenses?"
)
_HE_SHE = re.compile(r"(?P<p>He|She)\s+(?:\w+ly\s+)?(?:said|says|added|told|was|is|has|had|will|would|also|did)\b")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|plans?|planned|planning|scheduled|expected|due|set\s+to|aims?|hopes?|intends?"
    r"|next|coming|upcoming|by|until|before|deadline|expires?|through|ahead\s+of|could|may|might|should"
    r"|is\s+to|are\s+to|going\s+to|slated|poised|supposed\s+to|about\s+to"
    r"|(?:was|were)\s++to\s++(?!the\b|an?\b|his\b|her\b|its\b|their\b)(?=(?-i:[a-z]))[a-z]++)\b",
    re.IGNORECASE,
)


def _last_word(tail: str) -> str | None:
    """Return the last word of a sentence that ends with a full stop, without the stop and closing marks.

    A plain string scan (no regex): linear in the word's length whatever it is made of. A word made only
    of closing marks keeps its first mark; a sentence that does not end with "." gives None.

    >>> _last_word('It was signed in the U.S.'), _last_word('He said "no".'), _last_word('Why?'), _last_word('"".')
    ('U.S', '"no', None, '"')
    """
    if not tail or tail[-1] != ".":
        return None
    core = tail.rsplit(None, 1)[-1][:-1]
    if not core:
        return None
    return core.rstrip(_CLOSERS) or core[0]


_CREDIT_GLUE = frozenset(["via", "/", "and", "&"])


#: The first two words of a photo credit left in the copy: "Courtesy of X", "Provided by X", "Supplied by X".
_CREDIT_OPENERS = frozenset([("Courtesy", "of"), ("Provided", "by"), ("Supplied", "by")])


def _sign_off(sentence: str, after_sentence: bool = False) -> bool:
    """Return whether a sentence is only an agency's sign-off ("AFP", "(Yonhap)") or a photo credit ("Courtesy
    of ...", or a few capitalised words ending a paragraph ``after_sentence`` another), not a truncated sentence.

    >>> _sign_off("AFP"), _sign_off("(Yonhap)"), _sign_off("Courtesy of Bo"), _sign_off("The North brands")
    (True, True, True, False)
    >>> _sign_off("Getty", after_sentence=True), _sign_off("Getty Images/Yonhap", True), _sign_off("Getty")
    (True, True, False)
    >>> _sign_off("Provided by the Hanul Ministry"), _sign_off("Supplied by Oskel"), _sign_off("Provided that the")
    (True, True, False)
    """
    words = sentence.split(None, 3)  # the first words only (a sentence may be megabytes long)
    if len(words) >= 2 and (words[0], words[1]) in _CREDIT_OPENERS:
        return True  # a photo credit left in the copy ("Courtesy of X"; fresh77v: "Provided by the Ministry")
    if after_sentence and len(words) <= 3 and all(w[:1].isupper() or w in _CREDIT_GLUE for w in words):
        return True  # a caption's credit after its sentence ("... in Pyeongtaek. Getty"), no sentence itself
    if len(words) != 1 or not words[0].strip("()").isalpha():
        return False
    return words[0].isupper() or (words[0].startswith("(") and words[0].endswith(")"))


def _ambiguous_names(span: Span, names: dict[str, str]) -> list[str]:
    """Return the people a bare surname could mean when the text leaves it open (else an empty list).

    A full name (two words or more) is never ambiguous, nor a description ("A South Korean lawmaker").

    >>> _ambiguous_names(Span("a1", "person", 0, 3, "Kim", {"id": None, "candidates": ["x", "y"]}), {"x": "Kim X"})
    ['Kim X', 'y']
    >>> _ambiguous_names(Span("a1", "person", 0, 7, "Kim Sol", {"id": None, "candidates": ["x", "y"]}), {})
    []
    """
    v = span.value
    if v.get("id") is not None or v.get("descriptor") or len(span.exact.split()) > 1:
        return []
    fits = list(v.get("candidate_names") or [names.get(c, c) for c in v.get("candidates", [])])
    return fits if len(fits) > 1 else []


def _short(s: str, n: int = 60) -> str:
    return shorten(s, n, "...")  # the annotator's messages mark a cut with three dots


def find_findings(
    article: Article,
    spans: SpanTable,
    quotes: Sequence[Quote],
    span_at: Callable[[str, int, int], Span | None],
    names: dict[str, str] | None = None,
) -> list[Draft]:
    """Return ``(kind, start, end, exact, message, related)`` for each defect found.

    ``span_at(kind, start, end)`` maps a mention to its Span; ``names`` maps entity ids to names. The spans
    are read through views of the table (a Span is made only where a rule looks at one).

    >>> from analysis.extract import annotate
    >>> [f.kind for f in annotate("T\\nNovember 16, 2019\\n\\nKim met Esper.").findings]
    ['ambiguous_reference']
    """
    names = names or {}
    people = spans.of_kinds("person")
    return [
        *_sentence_findings(
            article, _Quantities(spans.of_kinds("money", "percent", "multiplier")), people.starts, people
        ),
        *_quote_findings(quotes, span_at, names, article.text, article.title_span, people.starts,
                         article.paragraphs[: _head_length(article.text, article.paragraphs) + 1]),
        *_name_findings(people, names, article.text),
        *_date_findings(article, spans.of_kinds("date")),
    ]


class _Quantities:
    """Amounts, multipliers and percents by start, for look-ups by stretch."""

    def __init__(self, spans: SpanView) -> None:
        self.spans = spans
        self.starts = spans.starts

    def within(self, a: int, b: int) -> list[Span]:
        """Return the quantities starting in ``[a, b)``.

        >>> _Quantities(SpanTable.of("It: $5m", [Span("a1", "money", 4, 7, "$5m")]).of_kinds("money")).within(0, 5)
        [Span(id='a1', kind='money', start=4, end=7, exact='$5m', value={})]
        """
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b)
        return self.spans[i:j]

    def any_within(self, a: int, b: int) -> bool:
        """Return whether a quantity starts in ``[a, b)`` (``within`` without making its spans).

        >>> q = _Quantities(SpanTable.of("It: $5m", [Span("a1", "money", 4, 7, "$5m")]).of_kinds("money"))
        >>> q.any_within(0, 5), q.any_within(5, 7)
        (True, False)
        """
        return bisect.bisect_left(self.starts, a) < bisect.bisect_left(self.starts, b)


def _sentence_findings(
    article: Article, quantities: _Quantities, person_starts: Sequence[int], people: SpanView | None = None
) -> list[Draft]:
    """Return the defects of single sentences: boilerplate, truncation, lost referents."""
    text, sentences, paragraphs = article.text, article.sentences, article.paragraphs
    out: list[Draft] = []
    head = _head_length(text, paragraphs)
    series, site_end, para_at = _deck_series(text, paragraphs, head), -1, None
    prev: Segment | None = None  # the sentence before; ``para_at``: the index of ``para`` (made once a paragraph)
    for sent in sentences:
        before, prev = prev, sent
        st = sent.of(text)
        if sent.paragraph != para_at:
            para_at, para = sent.paragraph, paragraphs[sent.paragraph]
        whole_para = sent.start == para.start and sent.end == para.end
        if sent.start < site_end:
            continue  # a later sentence of the closing site text ("Copyright 2019 ... All rights reserved")
        if sent.start == para.start and sent.paragraph == len(paragraphs) - 1 and _BOILERPLATE.match(st):
            site_end, st = para.end, para.of(text)  # the closing paragraph opens as site text: all of it is
            out.append(Draft("boilerplate", sent.start, para.end, st,
                             f"site text, not the story: '{_short(st)}' (left over from the page the copy came from)",
                             ()))  # fmt: skip
            continue
        last_in_para = sent.start > para.start and sent.end == para.end
        cut = _truncation(st, whole_para, last_in_para)
        no_mark = cut is not None and cut.startswith("sentence stops without")
        if no_mark and (whole_para or last_in_para) and _display_line(para.of(text), sent.paragraph, len(paragraphs),
                                                                      head):
            continue  # a subhead or deck line, which is written without a full stop ("... of Korea-U.S. Talks")
        if no_mark and whole_para and sent.paragraph < head and series and _deck_words(st.split(None, 41)):
            continue  # one of a series of summary lines under the headline ("Each side claims ..."), unstopped
        if no_mark and whole_para and _standfirst(text, paragraphs, sent.paragraph, head):
            continue  # one summary line of a sentence's length right over the story, set without its full stop
        if no_mark and sent.end == paragraphs[-1].end and not _dangles(st.rsplit(None, 1)[-1], _NEEDS_MORE):
            continue  # the copy's last sentence, complete but for its stop (lost with the page's end)
        if no_mark and (whole_para or last_in_para) and _list_or_contact(para.of(text)):
            continue  # a list item ("1. A rise of 8 percent"), a reporter's contact line ending on an address
        if no_mark and whole_para and (_page_line(st) or (sent.paragraph <= 1 and _restated_later(text, para.start,
                                                                                               para.end))):
            continue  # a page stamp, a credited caption, or a deck (first paragraphs) the story repeats
        if cut == "":
            continue
        if cut is not None:
            out.append(Draft("truncated_sentence", sent.start, sent.end, st, cut, ()))
            if cut.startswith("sentence stops without"):
                continue
        if before is not None and (lost := _it_without_sum(text, before, sent, quantities)) is not None:
            out.append(lost)
        # a paragraph opening "He said ..." with no person in it or the two paragraphs before
        hm = _HE_SHE.match(st) if sent.start == para.start else None
        if hm:
            floor = paragraphs[max(0, sent.paragraph - 2)].start
            i = bisect.bisect_left(person_starts, floor)
            named = i < len(person_starts) and person_starts[i] < sent.start  # a person in [floor, here)
            if not named and not _role_named(text, floor, sent.start) and not _sole_person(people, sent.start):
                p_end = sent.start + len(hm.group("p"))
                out.append(Draft("lost_referent", sent.start, p_end, text[sent.start : p_end],
                                 f"'{hm.group('p')}' has no referent: no person is named in this or the two "
                                 "paragraphs before", ()))  # fmt: skip
    return out


def _it_without_sum(text: str, prev: Segment, sent: Segment, quantities: _Quantities) -> Draft | None:
    """Return a ``lost_referent`` for a sentence opening on "it" with a sum ("This year it was just less than a
    billion.") after a sentence ``prev`` that names no sum it could measure, else None.

    >>> from analysis.extract import annotate
    >>> t = "T\\nNovember 16, 2019\\n\\nTalks went on all day. This year it was just less than $1 billion."
    >>> [(f.kind, f.exact) for f in annotate(t).findings]
    [('lost_referent', 'it')]
    """
    st = sent.of(text)
    itm = _IT_SUBJECT.match(st)
    if not itm or not quantities.any_within(sent.start, sent.end):
        return None
    prev_text = prev.of(text)
    if (quantities.any_within(prev.start, prev.end) or _MONEY_NOUN.search(prev_text)
            or _it_has_referent(prev_text, st, itm.end())):  # fmt: skip
        return None
    a = sent.start + itm.start("it")
    rel = tuple(quantities.within(sent.start, sent.end))
    return Draft("lost_referent", a, a + 2, text[a : a + 2],
                 f"'it' has no clear referent: the sentence before ('{_short(prev_text, 50)}') names "
                 f"no sum that '{_short(rel[0].exact, 40)}' could measure", rel)  # fmt: skip


# things a sum can measure besides money words: an agreement, an offer or a change named before "It is worth $1bn"
_MEASURED_NOUN = _any_word(
    "deals?|agreements?|accords?|pacts?|contracts?|packages?|offers?|proposals?|demands?|requests?|increases?"
    "|rises?|hikes?|raises?|investments?|tariffs?|levy|levies|deficits?|surplus|funds?|aid|loans?|grants?|wages?"
    "|salary|salaries|exports?|imports?|trade|sales|revenues?|income|debt|economy|rates?"
)
# a dummy "it": extraposed ("It is estimated that", "It is unclear whether") or a cleft ("It was in 2019 that")
_DUMMY_IT = re.compile(
    r"(?<![^\S\n])[^\S\n]*+(?:(?:not|also|still|now)[^\S\n]++)?(?:(?:(?<!\w)\w+ed|unclear|clear|likely|unlikely|possible|impossible"
    r"|important|necessary|hard|difficult|easy|true|said|thought|known|understood|worth|time)[^\S\n]++"
    r"(?:that|whether|if|how|why|when|what|to)\b"
    r"|(?:in|on|at|during|after|before|until|since|because|only|not)\b[^.!?\n]{0,80}?\bthat\b)",
    re.IGNORECASE,
)


def _it_has_referent(prev_sentence: str, sentence: str, after_verb: int) -> bool:
    """Return whether "it" at the head of ``sentence`` (its verb ending at ``after_verb``) has a referent though
    the sentence before names no sum: that sentence names a thing a sum measures ("a new deal ... It is worth
    $1 billion"), or "it" is a dummy subject ("It is estimated that ...", "It was in 2019 that ...").

    >>> _it_has_referent("They signed a deal.", "It is worth $1 billion.", 5)
    True
    >>> _it_has_referent("Bo met.", "It is said that Bo paid $9.", 5), _it_has_referent("Bo met.", "It was $9.", 6)
    (True, False)
    """
    return _MEASURED_NOUN.search(prev_sentence) is not None or _DUMMY_IT.match(sentence, after_verb) is not None


_ROLE_WINDOW = 3000  # characters before a pronoun read for a person named by office


def _sole_person(people: SpanView | None, end: int) -> bool:
    """Return whether the ``_ROLE_WINDOW`` characters before ``end`` name people and all of them are one person
    (by name; a bare surname counts as the full name it is a word of): a "He" or "She" after
    paragraphs about the talks points back to the one person the story has named.

    >>> t = SpanTable.of("Bo Li met envoys. Li spoke.", [Span("a1", "person", 0, 5, "Bo Li", {"name": "Bo Li"}),
    ...                  Span("a2", "person", 18, 20, "Li", {"name": "Li"})])
    >>> _sole_person(t.of_kinds("person"), 27), _sole_person(t.of_kinds("person"), 0), _sole_person(None, 9)
    (True, False, False)
    """
    if people is None:
        return False
    starts, values = people.starts, people.table.values
    i, j = bisect.bisect_left(starts, end - _ROLE_WINDOW), bisect.bisect_left(starts, end)
    keys = {" ".join(str(values[r].get("name") or "").split()) for r in people.rows[i:j]}
    full = [k.split() for k in keys if " " in k]
    return len({k for k in keys if " " in k or not any(k in f for f in full)}) == 1


def _role_named(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` (its last ``_ROLE_WINDOW`` characters) names a person by office or trade
    ("The U.S. ambassador spoke", "Seoul's chief negotiator arrived"): a referent for a following "He"/"She".

    >>> _role_named("The U.S. ambassador spoke on Monday.", 0, 36), _role_named("The talks ended.", 0, 16)
    (True, False)
    """
    words = text[max(start, end - _ROLE_WINDOW) : end].split()
    return any(w.strip(".,;:'\"“”’()").lower() in ROLE_NOUNS for w in words)


_CLOCK = re.compile(r"\b\d\d?+:\d\d\b")
_STAMP_OPENERS = word_set("published updated posted modified")
_CREDIT = re.compile(r"\b(?:[Ii]mages?|[Pp]hotos?|[Pp]hotograph|[Pp]icture|[Cc]redit|[Ff]ootage)\s*+(?::|by\b)")
_STAMP_WORDS = 12  # words at most in a page's date stamp (twice that in a note on where the copy first ran)
_REPUBLISHED = re.compile(
    r"\b(?:(?:originally|first)\s++(?:published|appeared|ran)|republished|reprinted)\b"
    r"|\b(?:[Tt]his|[Tt]he\s++original)\s++(?:article|story|column|piece)\b"
)


def _page_line(st: str) -> bool:
    """Return whether a paragraph without an end mark is page furniture, not a cut sentence: a date stamp (a few
    words opening "Published"/"Updated" or holding a clock time) or a caption ending on its photo credit.

    >>> _page_line("First Published on Mar 3, 2021 9:05 pm"), _page_line("Updated: 4 May 2020")
    (True, True)
    >>> _page_line("Envoys shake hands in Hanul on May 2 | Photo: Hanul Ministry"), _page_line("The talks went on and")
    (True, False)
    >>> _page_line("This article was originally published by the Hanul Daily")
    True
    """
    words = st.split(None, _STAMP_WORDS * 2)
    if len(words) <= _STAMP_WORDS and (
        _CLOCK.search(st) or any(w.strip(":").lower() in _STAMP_OPENERS for w in words[:2])
    ):
        return True
    if len(words) <= _STAMP_WORDS * 2 and _REPUBLISHED.search(st):
        return True  # "This article was originally published by ...": the page's note on the copy
    tail = st[st.rfind("|") + 1 :] if "|" in st else st[-60:]
    return _CREDIT.search(tail) is not None or _author_note(words) or _wire_headline(words) or _labelled(words)


_SAYING_WORDS = word_set("said says told tells added adds wrote writes asked asks")


def _labelled(words: Sequence[str]) -> bool:
    """Return whether a line without an end mark opens on a short label and a colon before a capitalised word
    ("Watch: Envoys arrive", "Also read: Troops to stay") or on "File photo": a link, a promo or a caption of the
    page, not a sentence cut short. A label that is a verb of saying ("Kim said:") or a line ending on a word that
    needs more ("... in the") is no such line.

    >>> _labelled("Also read: Troops to stay".split()), _labelled("Watch: Envoys arrive in the".split())
    (True, False)
    >>> _labelled("File photo of a base".split()), _labelled("Kim said: Talks go on".split())
    (True, False)
    """
    if len(words) < 2 or _dangles(words[-1]) or not words[0][:1].isupper():
        return False
    if words[0] == "File" and words[1].lower() in ("photo", "photos", "image"):
        return True
    label = next((i for i, w in enumerate(words[:2]) if w.endswith(":")), None)
    if label is None or label + 1 >= len(words) or not words[label + 1][:1].isupper():
        return False
    return words[label].rstrip(":").lower() not in _SAYING_WORDS


_TAG_WORDS = 3  # words at most in a headline's source tag after a dash ("... deal - ministry")


def _wire_headline(words: Sequence[str]) -> bool:
    """Return whether a line without an end mark is a wire headline left in the copy: it opens with a slug in
    capitals and a hyphen or colon ("UPDATE 2-Seoul ...", "EXCLUSIVE: ...") or ends with a dash and a short source
    tag of names or nouns for sources ("Seoul pays more under new deal - ministry"), in at most 20 words.

    >>> _wire_headline("UPDATE 2-Seoul, Hanul agree troop cost deal".split())
    True
    >>> _wire_headline("Seoul pays more under new deal - ministry".split()), _wire_headline("The deal - the".split())
    (True, False)
    >>> _wire_headline("The envoys met in Busan".split()), _wire_headline("USFK-related costs rose in 2020".split())
    (False, False)
    """
    if not words or len(words) > 20 or _dangles(words[-1]):
        return False
    first = words[0]
    if ("-" in first or first.endswith(":")) and first.split("-", 1)[0].rstrip(":") in _SLUGS:
        return True  # "EXCLUSIVE-...", "ANALYSIS:"
    if len(words) >= 2 and words[0] == "UPDATE" and words[1].split("-", 1)[0].isdigit() and "-" in words[1]:
        return True  # "UPDATE 2-Seoul ..."
    dash = max((k for k, w in enumerate(words) if w in ("-", "–", "—")), default=-1)
    tag = words[dash + 1 :]
    return dash > 2 and 0 < len(tag) <= _TAG_WORDS and all(w[:1].isupper() or w.lower() in _TAG_NOUNS for w in tag)


_SLUGS = word_set("UPDATE EXCLUSIVE ANALYSIS FACTBOX CORRECTED REFILE RPT BRIEF INSIGHT EXPLAINER WRAPUP COLUMN")
_TAG_NOUNS = ROLE_NOUNS | word_set("ministry sources source report reports media government state")


_NOTE_OPENERS = (("the", "writer"), ("the", "author"), ("the", "views"), ("views", "expressed"), ("the", "opinions"),
                 ("opinions", "expressed"), ("the", "columnist"), ("disclaimer",))  # fmt: skip
_NOTE_WORDS = 30  # words at most in a note on the writer


def _author_note(words: Sequence[str]) -> bool:
    """Return whether a paragraph's ``words`` (without an end mark) are a note on the writer of a column, set apart
    from the story ("The writer is a professor at Hanul University", "The views expressed are the author's own",
    "Tamsin Oyelaran is a fellow at the Hanul Institute"), not ending on a word that needs more.

    >>> notes = ("The writer is a professor at Hanul University", "The writer is a professor at the",
    ...          "Tamsin Oyelaran is a senior fellow at the Hanul Institute", "Seoul is a rich country")
    >>> [_author_note(n.split()) for n in notes]
    [True, False, True, False]
    """
    if not words or len(words) > _NOTE_WORDS or _dangles(words[-1]):
        return False
    low = [w.lower() for w in words[:3]]
    if any(tuple(low[: len(o)]) == o for o in _NOTE_OPENERS):
        return True
    i = next((k for k, w in enumerate(words[:5]) if w == "is"), 0)  # "<Name> is a <role> at ...": a bio line
    named = i >= 2 and all(w[:1].isupper() for w in words[:i])
    return named and words[i + 1 : i + 2] in (["a"], ["an"]) and any(w.lower() in _BIO_ROLES for w in words[i + 2 :])


_BIO_ROLES = word_set(
    "professor fellow researcher analyst correspondent columnist editor director lecturer scholar writer journalist "
    "reporter author economist expert"
)


_BULLETS = frozenset("•·*-–—▶►▲△■□◆◇●○※")


def _list_or_contact(st: str) -> bool:
    """Return whether a paragraph without an end mark is a list item (opening with a bullet or "1." / "2)") not
    ending on a word that needs more, or a contact line ending on an e-mail or web address: no cut sentence.

    >>> _list_or_contact("• A rise of 8 percent"), _list_or_contact("12) Wages paid"), _list_or_contact("• Wages and")
    (True, True, False)
    >>> _list_or_contact("Reporter Bo bo@hanul.example"), _list_or_contact("Read it at www.hanul.example/x")
    (True, True)
    >>> _list_or_contact("1950 was the year the war began"), _list_or_contact("The envoys met in Busan")
    (False, False)
    """
    words = st.split(None, 1)
    last = st[-200:].rsplit(None, 1)[-1].lower()
    if "@" in last.strip("@") or last.startswith(("http://", "https://", "www.")):
        return True
    first = words[0] if words else ""
    number = first[:-1].isdigit() and len(first) <= 3 and first[-1:] in ".)"
    return len(words) == 2 and (first in _BULLETS or number) and last.strip(",;:") not in _DANGLING


_RESTATED_WORDS = 5  # closing words of a deck the story repeats
_RESTATED_WITHIN = 4000  # characters after the deck where the lead repeats it (a bounded search)


def _restated_later(text: str, start: int, end: int) -> bool:
    """Return whether the closing words of the paragraph ``text[start:end]`` recur later in the text: a deck or
    standfirst that sums up the story, whose lead repeats it in a full sentence.

    >>> deck = "Seoul must pay more, Bo told envoys in Hanul on Monday"
    >>> t = deck + 2 * chr(10) + "Bo said Seoul must pay more for troops, Bo told envoys in Hanul on Monday."
    >>> _restated_later(t, 0, len(deck)), _restated_later(t, len(deck) + 2, len(t))
    (True, False)
    """
    words = text[max(start, end - 200) : end].split()[-_RESTATED_WORDS:]
    return len(words) == _RESTATED_WORDS and text.find(" ".join(words), end, end + _RESTATED_WITHIN) >= 0


# Words after which "U.S." is the country itself, not a modifier whose noun is missing ("between Seoul and U.S.",
# "outside the continental U.S.")
_BEFORE_COUNTRY = word_set("the in to from and or of with between against for by at continental mainland contiguous")


# Short prepositions and conjunctions a title-case line leaves in lower case ("Return from Busan", "Act as Is")
_TITLE_MINOR = word_set("with from into onto upon over amid than that when what unto down near past like")


def _display_line(st: str, index: int, count: int, head: int = 1) -> bool:
    """Return whether a paragraph written without an end mark is display type, not a cut sentence: a subhead in
    title case (every word of four letters or more capitalised but the short prepositions, at least three of
    them), or a deck line — one of the ``head`` paragraphs that open the body before its first sentence, followed
    by the story, of at most 20 words, not ending on a word that needs more.

    >>> _display_line("Envoys Agree on a New Deal for Troop Costs", 5, 9), _display_line("Envoys agree on costs", 5, 9)
    (True, False)
    >>> _display_line("Seoul to pay more as talks end", 0, 9), _display_line("Seoul to pay more as talks end", 0, 1)
    (True, False)
    >>> _display_line("Seoul said that the deal would be extended and", 0, 9)
    False
    >>> _display_line("Envoys Return from Busan With Nothing", 5, 9), _display_line("Seoul to pay more", 1, 9, head=2)
    (True, True)
    """
    words = st.split(None, 40)  # the first words only (a paragraph may be megabytes long)
    if _title_cased(words):
        return True
    if index < count - 1 and _verbless(words):
        return True  # a label or subhead in sentence case ("A look at the numbers behind the new deal")
    if index >= max(head, 1) or index >= count - 1 or len(words) > 20:
        return False
    return not _dangles(words[-1])


def _title_cased(words: Sequence[str]) -> bool:
    """Return whether at most 40 ``words`` are in title case: every word of four letters or more capitalised but
    the short prepositions of ``_TITLE_MINOR``, at least three of them.

    >>> _title_cased("Envoys Return from Busan With Nothing".split()), _title_cased("Envoys agree on costs".split())
    (True, False)
    """
    long_words = [w for w in words if len(w.strip("\"“”‘’'(),:;")) >= 4 and w.lower() not in _TITLE_MINOR]
    return len(words) <= 40 and len(long_words) >= 3 and all(w.lstrip("\"“‘'(")[:1].isupper() for w in long_words)


_FINITE = word_set(
    "is are was were be been being am has have had will would shall should can could may might must do does did "
    "said says say told tells asks asked agreed agrees remains remain stays stood stands went goes came comes made "
    "makes took takes gave gives got gets paid pays won wins left leaves met meets sent sends rose rises fell falls "
    "agree pay want wants need needs meet plan plans seek seeks urge urges call calls ask demand demands reach reaches "
    "sign signs hold holds warn warns face faces push pushes keep keeps see sees vow vows"
)
_VERBLESS_WORDS = 15  # words at most in a label line without a verb


def _verbless(words: Sequence[str]) -> bool:
    """Return whether a line of at most ``_VERBLESS_WORDS`` words has no finite verb (no auxiliary, no common verb
    form, no word in "-ed") and does not end on a word that needs more: a label or a subhead, not a sentence.

    >>> _verbless("A look at the numbers behind the new cost deal".split())
    True
    >>> _verbless("The envoys agreed to meet in Busan".split()), _verbless("A look at the new cost of the".split())
    (False, False)
    """
    if len(words) > _VERBLESS_WORDS or _dangles(words[-1]):
        return False
    bare = _without_currency([w.strip("\"“”‘’'(),;:").lower() for w in words])
    return not any(w in _FINITE or (len(w) > 3 and w.endswith("ed")) for w in bare)


_AMOUNT_WORDS = word_set("million billion trillion thousand hundred")


def _without_currency(bare: Sequence[str]) -> list[str]:
    """Return the lower-case words without "won" where it is the Korean currency (after a number or "billion"),
    not the verb: "1.04 trillion won" has no verb in it.

    >>> _without_currency("1.04 trillion won, up 8.2%".split()), _without_currency("seoul won the vote".split())
    (['1.04', 'trillion', 'up', '8.2%'], ['seoul', 'won', 'the', 'vote'])
    """
    out: list[str] = []
    for w in bare:
        prev = out[-1] if out else ""
        if w.strip(",") == "won" and (prev in _AMOUNT_WORDS or prev[:1].isdigit()):
            continue
        out.append(w)
    return out


_HEAD_SCAN = 4  # paragraphs at most read for the body's opening display lines (a dek sits at the top)


def _head_length(text: str, paragraphs: Sequence[Segment]) -> int:
    """Return how many paragraphs open the body before its first sentence: lines with no end mark (a dek, a kicker)
    and labels wholly in brackets ("(EDITORIAL from ...)", "[Analysis]"); at most ``_HEAD_SCAN``.

    >>> t = "(EDITORIAL from X)  Seoul must pay more  It rained.  Bo left"
    >>> _head_length(t, [Segment(0, 18), Segment(20, 39), Segment(41, 52), Segment(54, 61)])
    2
    """
    n = 0
    for para in paragraphs[:_HEAD_SCAN]:
        st = para.of(text).rstrip()
        label = len(st) > 1 and st[0] + st[-1] in ("()", "[]")
        if not label and _TERMINAL.search(st, max(0, len(st) - 1)):
            break
        n += 1
    return n


_DECK_WORDS = (7, 40)  # words in a summary line under a headline: a sentence's length, at most two lines of type


def _deck_words(words: Sequence[str]) -> bool:
    """Return whether ``words`` are as many as a summary line under a headline holds and do not end on a word that
    needs more.

    >>> _deck_words("Each side says the other would not meet it halfway".split()), _deck_words("Bo left".split())
    (True, False)
    >>> _deck_words("Each side says the other would not meet it on the".split())
    False
    """
    low, high = _DECK_WORDS
    return low <= len(words) <= high and not _dangles(words[-1])


def _deck_series(text: str, paragraphs: Sequence[Segment], head: int) -> bool:
    """Return whether the paragraphs that open the body before its first sentence (``head`` of them) hold two or
    more summary lines of a sentence's length: a series of points under the headline, which news sites set without
    full stops; none of them is a sentence cut short.

    >>> t = "Each side says the other would not meet it halfway  Bo has floated the idea of a pull-out  Bo left"
    >>> _deck_series(t, [Segment(0, 50), Segment(52, 90), Segment(92, 99)], 3)
    True
    >>> _deck_series(t, [Segment(0, 50), Segment(52, 90), Segment(92, 99)], 1)
    False
    """
    lines = [p.of(text) for p in paragraphs[:head] if p.end - p.start < 2000]
    return sum(_deck_words(st.split(None, 41)) for st in lines) >= 2


def _standfirst(text: str, paragraphs: Sequence[Segment], index: int, head: int) -> bool:
    """Return whether the paragraph ``index`` is a standfirst: the last of the ``head`` lines that open the body
    before its first sentence, of a summary line's length (:func:`_deck_words`), right over a paragraph that ends
    with a stop (the story). News pages set it without a full stop; the sentence is complete.

    >>> t = "The day Tarvel pays too much for the troops may end the pact, says an analyst  It rained. Bo left."
    >>> segs = [Segment(0, 77), Segment(79, 98)]
    >>> _standfirst(t, segs, 0, 1), _standfirst(t, segs, 0, 0), _standfirst(t, [Segment(0, 77)], 0, 1)
    (True, False, False)
    """
    if index != head - 1 or index + 1 >= len(paragraphs) or paragraphs[index].end - paragraphs[index].start > 2000:
        return False
    story = paragraphs[index + 1]
    tail = text[max(story.start, story.end - 8) : story.end].rstrip()
    return _TERMINAL.search(tail) is not None and _deck_words(paragraphs[index].of(text).split(None, 41))


# words a sentence cannot end on: articles, conjunctions, prepositions, "to", auxiliaries, relatives
_NEEDS_MORE = _DANGLING | word_set(
    "for to in on at by into onto as than that which who whom whose is are was were be been being will would shall "
    "should can could may might must has have had do does did not very more most about over under after before"
)


_STOPS = ".!?…"
_LINE_ENDS = ("", *_STOPS, ",")  # a deck line's last character that closes it (or none)
# What UTF-8 bytes become when read as Windows-1252 or Latin-1: the high half of those code pages
_MOJIBAKE = frozenset(map(chr, range(0x80, 0x100))) | frozenset(bytes(range(0x80, 0x100)).decode("cp1252", "ignore"))
_DEBRIS = 4  # characters at most of mis-encoded marks after a sentence's stop ("â€", "â€\x9d", "â€™")


def _ends_before_debris(tail: str) -> bool:
    """Return whether a sentence ends with a stop followed only by a few characters that are no letters, digits
    or spaces of plain text: a closing quote garbled by a wrong encoding ("now.â€" for "now.”").

    >>> _ends_before_debris("not now.\u00e2\u20ac"), _ends_before_debris("not now.\u00e2\u20ac\u009d")
    (True, True)
    >>> _ends_before_debris("not now.xyz"), _ends_before_debris("now.\u5e74"), _ends_before_debris("U.S")
    (False, False, False)
    """
    end = tail[-_DEBRIS - 1 :]
    cut = max(end.rfind(c) for c in _STOPS)
    rest = end[cut + 1 :]
    return cut >= 0 and rest != "" and all(c in _MOJIBAKE for c in rest)


_DASHES = "–—"
#: a dash set off by spaces before an initialism opens a clause (a dateline's or a credit's): the initialism starts it
_CLAUSE_DASHES = frozenset({"–", "—", "-", "--"})
_CREDIT_WORDS = 3  # words at most in an agency credit after a dash ("– NNN-YONHAP", "— AP")


def _dash_credit(tail: str) -> bool:
    """Return whether a sentence ends with a stop, then a dash and an agency's credit in capitals ("... war.– AP").

    >>> _dash_credit("It ended with armistice.– NNN-YONHAP"), _dash_credit("It ended. — AP"), _dash_credit("It – AP")
    (True, True, False)
    >>> _dash_credit("The troops stayed on.– and the envoys"), _dash_credit(" – AP"), _dash_credit("war.” — AP")
    (False, False, True)
    """
    cut = max(tail.rfind(d, max(0, len(tail) - 40)) for d in _DASHES)
    if cut <= 0:
        return False
    words = tail[cut + 1 :].split()
    before = tail[:cut].rstrip()
    stop = before.rstrip(_CLOSERS)[-1:]  # the stop, inside a closing quote or not ("... war.” — AP")
    return 0 < len(words) <= _CREDIT_WORDS and all(w.isupper() for w in words) and stop != "" and stop in _STOPS


_FOOTNOTE_END = re.compile(r"[a-z)][.!?][\"”’]?\d{1,2}\Z")  # "is viewed as unusual.1": a note's number after the stop


def _truncation(st: str, whole_para: bool, last_in_para: bool = False) -> str | None:
    """Return why a sentence is cut short (the finding's message), None if it ends well, "" if it is no sentence.

    >>> _truncation("The talks, begun early, are viewed as unusual.1", False) is None  # a footnote's number
    True
    >>> _truncation("The talks, begun early, are viewed as version 2.1", False) is None
    False

    >>> _truncation("The North brands such U.S.", False), _truncation("It rained.", False)
    ("sentence stops at 'U.S.' mid-phrase: the words it qualifies are missing", None)
    >>> _truncation("Seoul, South Korea – U.S.", False) is None  # a dateline's dash: split at the initialism
    True
    >>> _truncation("Seoul, South Korea – U.S.", True) is None  # the paragraph ends on it: cut (review42)
    False
    """
    # Only the tail can end a sentence: search from the last non-space character (same result,
    # linear instead of a match attempt at every character of the sentence).
    tail = st.rstrip()
    if not _TERMINAL.search(st, max(0, len(tail) - 1)):
        # (split at most 6 times, and the last word by rsplit: a sentence may be megabytes long)
        if (whole_para and len(st.split(None, 6)) <= 6) or _sign_off(st, last_in_para):
            return ""  # a subheading, or an agency's sign-off ("AFP", "(Yonhap)"): not a sentence to check
        if _ends_before_debris(tail) or _dash_credit(tail) or _FOOTNOTE_END.search(tail, max(0, len(tail) - 6)):
            return None  # "... right now.â€" (a closing quote mis-encoded), "... the war. – AP", "... unusual.1" (a
            # footnote's number after the stop): it did end
        return f"sentence stops without an end mark after '{_short(st.rsplit(None, 1)[-1], 30)}': the rest is missing"
    word = _last_word(tail)
    if not word:
        return None
    initialism = len(word) > 1 and word[:1].isupper() and _INITIALISM.fullmatch(word + ".")
    if not initialism and word.lower() not in _DANGLING:
        return None  # most sentences: the last word neither qualifies nor dangles (no need for the word before it)
    before = tail[: len(tail) - len(tail.rsplit(None, 1)[-1])].rsplit(None, 1)
    prev_word = before[-1].lower() if before else ""
    if initialism and prev_word in _CLAUSE_DASHES and not (whole_para or last_in_para):
        return None  # "Seoul, South Korea – U.S." split before "Under Secretary ...": the dash opens the clause
    if initialism and prev_word not in _BEFORE_COUNTRY and not _country_itself(prev_word):
        # "U.S." qualifies a noun; "a.m." ends a time
        return f"sentence stops at '{word}.' mid-phrase: the words it qualifies are missing"
    if word.lower() in _DANGLING and not _stranded(tail) and (prev_word, word.lower()) != ("as", "such"):
        return f"sentence ends on '{word}': the rest of the phrase is missing"
    return None


# prepositions after which an initialism is the country or city itself ("less than U.S.", "across U.S.")
_PREPOSITIONS = word_set(
    "than across throughout within toward towards over into onto on like as under about beyond near inside around "
    "outside via upon amid among despite unlike including except beside behind after before during through"
)


def _country_itself(prev_word: str) -> bool:
    """Return whether the word before a sentence-final initialism (lower case, its punctuation kept) makes the
    initialism a noun, not a modifier whose noun is missing: a preposition ("less than U.S."), a finite verb that
    takes it as object ("told N.K.", not a word in "-ed": "planned U.S." qualifies), or a comma before a place's
    state or district ("Washington, D.C.").

    >>> _country_itself("than"), _country_itself("told"), _country_itself("washington,"), _country_itself("planned")
    (True, True, True, False)
    >>> _country_itself("such")
    False
    """
    return prev_word.endswith(",") or prev_word in _PREPOSITIONS or (prev_word in _FINITE and prev_word[-2:] != "ed")


_STRANDABLE = word_set("of from with")  # prepositions a relative clause or a passive leaves at the end
_GAP_RELATIVES = word_set("that which whom what")  # words opening a clause whose object may be left out
# words after which "that" opens a reported clause, not a relative one ("said that the deal would cover a share of")
_THAT_CLAUSE = word_set(
    "said says say told tells added adds noted notes believe believes think thinks thought argue argues claim claims "
    "warn warns stress stresses insist insists announce announces report reports state states so such now given "
    "ensure hope hopes expect expects fear fears show shows suggest suggests mean means know knows clear sure"
)
_SUBJECT_OPENERS = word_set("the a an its their his her our this these those it they he she we you i")
_PASSIVE_RUNS = word_set("made thought heard spoken taken told known dealt paid got gotten")  # participles not in "-ed"


def _stranded(tail: str) -> bool:
    """Return whether a sentence ending on "of", "from" or "with" leaves it stranded, as English does, at the end
    of a clause whose object is a relative word ("costs that allies pay a share of", "what it is made of") or the
    subject of a passive or an earlier noun ("it has been dealt with", "one both sides can live with", the
    preposition right after a verb): the sentence is whole.

    The relative word must open the last comma's clause, be followed by a subject (a determiner, a pronoun or a
    capitalised word or any word that is no verb form) then a verb, and not follow a verb of saying ("said that ..."
    opens no relative clause).

    >>> _stranded("Allies see costs that Seoul should pay a share of."), _stranded("It was dealt with.")
    (True, True)
    >>> _stranded("Bo said that the deal covers a share of."), _stranded("The deal, which ends soon, covers a part of.")
    (False, False)
    >>> _stranded("Seoul is wary of."), _stranded("Officials who met asked for a share of.")
    (False, False)
    """
    words = [w.strip("\"“”‘’'()") for w in tail[-300:].rsplit(",", 1)[-1].split()]
    if len(words) < 3 or words[-1].rstrip(".").lower() not in _STRANDABLE:
        return False
    bare = [w.lower() for w in words[:-1]]
    if _verb_before(bare):
        return True  # "it was dealt with", "one both sides can live with", "the bill was taken care of"
    for i, w in enumerate(bare[:-2]):
        if w not in _GAP_RELATIVES or (i > 0 and bare[i - 1] in _THAT_CLAUSE):
            continue
        nxt = bare[i + 1]
        subject = nxt in _SUBJECT_OPENERS or words[i + 1][:1].isupper() or not _finite_word(nxt)
        if subject and any(_finite_word(v) for v in bare[i + 2 :]):
            return True  # "that allies should pay a share of": a subject, then its verb
    return "," in tail[-300:] and _contact_relative(words[:-1])


_PRONOUN_SUBJECTS = word_set("he she they we you i it")
_AUXILIARY_RUN = word_set("be been being have has had")  # a relative clause's verb may run on through these


def _contact_relative(words: Sequence[str]) -> bool:
    """Return whether the clause ``words`` (after a comma, its final preposition left out)
    is a noun phrase and a relative clause without "that" ("..., other nations Trump has long wanted money out
    of"): a noun, then a subject (a pronoun or a capitalised word) and its verb, with no finite verb before the
    subject nor a second one (the main verb) after it but auxiliaries. The preposition's object is that noun.

    >>> _contact_relative("other nations Trump has long been keen to get money out".split())
    True
    >>> _contact_relative("the talks Seoul held covered a share".split())
    False
    >>> _contact_relative("the ally we have long dealt".split())
    True
    >>> _contact_relative("officials say Seoul has paid a share".split())
    False
    """
    bare = [w.lower() for w in words]
    for i in range(1, len(bare) - 1):
        if _finite_word(bare[i - 1]) or bare[i - 1] in _PREPOSITIONS:
            return False  # a verb or a preposition before the subject: no bare noun phrase
        noun = bare[i - 1] not in _DETERMINERS and not words[i - 1][:1].isupper()
        subject = noun and (bare[i] in _PRONOUN_SUBJECTS or words[i][:1].isupper())
        if subject and _finite_word(bare[i + 1]):
            k = _reported_subject(words, i + 2) if bare[i + 1] in _THAT_CLAUSE else None
            i = i if k is None else k  # dev126: "a position he said he had informed Seoul of": the reported verb's
            aux = bare[i + 1] in _AUXILIARY_RUN or bare[i + 1] in _BARE_VERB_CUES  # "has long asked", "can deal"
            return not any(_finite_word(v) and v not in _AUXILIARY_RUN and not (aux and v.endswith("ed"))
                           for v in bare[i + 2 :])
    return False


def _reported_subject(words: Sequence[str], j: int) -> int | None:
    """Return the place of the subject of a clause reported in a relative clause ("a position he said [that] he had
    informed Seoul of": the second "he"), when ``words[j:]`` open with it (a pronoun or a capitalised word, "that"
    allowed before it) and its finite verb follows; else None (dev126).

    >>> _reported_subject("a position he said he had informed Seoul".split(), 4)
    4
    >>> _reported_subject("the ally Bo said that Seoul wanted out".split(), 4), _reported_subject("x said a".split(), 2)
    (5, None)
    """
    j += words[j].lower() == "that" if j < len(words) else 0
    if j + 1 >= len(words) or not (words[j].lower() in _PRONOUN_SUBJECTS or words[j][:1].isupper()):
        return None
    return j if _finite_word(words[j + 1].lower()) else None


_BARE_VERB_CUES = word_set("to can could will would shall should must may might cannot can't won't not")
_DETERMINERS = word_set("the a an its their his her our this that these those")
_IDIOM_NOUNS = word_set("care rid use sense track")  # "taken care of", "get rid of", "made use of"


def _verb_before(bare: Sequence[str]) -> bool:
    """Return whether the last of the lower-case words before a final preposition is a verb (a common finite form,
    a word in "-ed", a participle, or a bare verb after "to" or a modal), or an idiom's noun after one ("taken care
    of"): the preposition then has no object after it because its object stands earlier.

    >>> _verb_before("one both sides can live".split()), _verb_before("it was dealt".split())
    (True, True)
    >>> _verb_before("the bill was taken care".split()), _verb_before("a bigger share".split())
    (True, False)
    >>> _verb_before("seoul raised the pay".split())
    False
    """
    if len(bare) < 2 or bare[-2] in _DETERMINERS:
        return False  # "the pay of": a noun
    last, before = bare[-1], bare[-2]
    if _finite_word(last) or last in _PASSIVE_RUNS or before in _BARE_VERB_CUES:
        return True
    return last in _IDIOM_NOUNS and (_finite_word(before) or before in _PASSIVE_RUNS or before in _GET_TAKE)


_GET_TAKE = word_set("get gets getting take takes taking make makes making keep keeps lose loses")


def _finite_word(w: str) -> bool:
    """Return whether the lower-case word ``w`` is a common finite verb form or a word in "-ed".

    >>> _finite_word("should"), _finite_word("signed"), _finite_word("allies")
    (True, True, False)
    """
    return w in _FINITE or (len(w) > 3 and w.endswith("ed"))


_NAMING_WORDS = word_set(
    "titled entitled headlined captioned named code-named nicknamed dubbed slogan motto hashtag banner theme themed"
)


def _a_title(text: str, start: int) -> bool:
    """Return whether the quotation opening at ``start`` is a name or a title, not words someone said: the word
    before it names ("a report titled "...", "the slogan "..."", "a plan dubbed "..."").

    >>> t = 'A report titled "Allies at a Crossroads" came out. Bo said "no".'
    >>> _a_title(t, 16), _a_title(t, 59)
    (True, False)
    """
    before = text[max(0, start - 30) : start].split()[-1:]
    return bool(before) and before[0].strip(",:").lower() in _NAMING_WORDS


_NAME_PRONOUNS = word_set("i we you my our your me us")  # a line in title case with them is words said


def _quoted_name(exact: str) -> bool:
    """Return whether the quotation ``exact`` is a name in quotation marks, not words said: in title case
    (:func:`_title_cased`), without a stop or a first or second person.

    >>> _quoted_name('"Institute for Pacific Security Studies"'), _quoted_name('"We Will Pay No More For Troops"')
    (True, False)
    >>> _quoted_name('"the troops should all go home next year"'), _quoted_name('"Allies Pay Their Share."')
    (False, False)
    """
    inner = exact.strip().strip(_CLOSERS + "“‘").rstrip()
    words = inner.split(None, 40)
    if inner[-1:] in _STOPS or any(w.strip(_MARKS).lower() in _NAME_PRONOUNS for w in words):
        return False
    return _title_cased(words)


_SAYING = (
    "says|said|adds|added|tells|told|writes|wrote|asks|asked|notes|noted|states|stated|insists|insisted|stresses"
    "|stressed|declares|declared|replies|replied|explains|explained|warns|warned|argues|argued|tweeted|posted"
    "|continues|continued|recalls|recalled|emphasizes|emphasized|emphasises|emphasised|concludes|concluded"
    "|acknowledges|acknowledged|admits|admitted|urges|urged|vows|vowed|announces|announced|claims|claimed"
    "|responds|responded|remarks|remarked|reiterates|reiterated|comments|commented|cautions|cautioned"
    "|shouts|shouted|chants|chanted|yells|yelled|screams|screamed|cries|cried|exclaims|exclaimed|reads|read"
    "|roars|roared|sings|sang|chorused|bellowed|hollered|whispered|muttered|quipped|joked|mused|boasted|lamented"
    "|complained|pleaded|demanded|snapped|predicted|conceded|observed|suggested"
)
_HOLDING = "saying|reading|chanting|shouting|yelling|screaming|crying"  # "a banner saying", "placards reading"
_SAID_AFTER = re.compile(  # bounded repeats: it is matched over _SAID_WINDOW (60) characters
    rf"[^\S\n]{{0,60}}+,?[^\S\n]{{0,60}}+(?:[\w.’'-]{{1,60}}+[^\S\n]{{1,60}}+){{0,5}}(?:{_SAYING})\b"
)
_SAID_BEFORE = re.compile(rf"\b(?:{_SAYING}|{_HOLDING})[^\S\n]*+[,:]?[^\S\n]*+\Z")
_SAID_WINDOW = 60  # characters after a quote read for "..., says US president" / "..., the official said"


def _said_beside(text: str, start: int, end: int) -> bool:
    """Return whether a verb of saying stands beside the quotation ``text[start:end]`` in its paragraph: after it
    within five words ("'...,' says US president", "'...,' a senior official said") or right before it ("added:
    '...'"). The text then names a speaker, even one the annotator could not resolve.

    >>> t = "'We ask them to pay,' says US president"
    >>> _said_beside(t, 0, 21), _said_beside('"We pay." Then the drills began.', 0, 9)
    (True, False)
    >>> _said_beside('A spokesman added: "No."', 19, 24), _said_beside('"No."' + chr(10) + "Bo said it.", 0, 5)
    (True, False)
    """
    if _SAID_AFTER.match(text, end, min(len(text), end + _SAID_WINDOW)):
        return True
    return _SAID_BEFORE.search(text, max(0, start - 30), start) is not None


# words a crowd shouts or a sign carries, named right before a quotation of them ("chants of", "a banner:")
_CARRIED_WORDS = word_set(
    "chant chants slogan slogans banner banners sign signs placard placards poster posters cry cries shout shouts "
    "graffiti motto inscription caption captions sticker stickers t-shirt t-shirts"
)
_CARRIED_GLUE = word_set("of that which read reads said says saying reading with the words such as like")
_SERIES_GLUE = word_set("and or then")  # between two quotations of one series ("“Out”, and “...”")


def _carried_words(text: str, start: int) -> bool:
    """Return whether the quotation at ``start`` follows a noun for words a crowd shouts or a sign carries, within
    its last four words and with only "of"/"that read"-like words between ("chants of '...'", "a banner: '...'"):
    the text says whose words they are (the crowd's, the sign's).

    >>> t = 'They heard chants of "Out!" Bo left. "No."'
    >>> _carried_words(t, t.find('"Out')), _carried_words(t, t.find('"No'))
    (True, False)
    """
    raw = text[max(0, start - 50) : start].split()[-4:]
    words = [w.strip(_MARKS).lower() for w in raw]
    for i in range(len(words) - 1, -1, -1):
        if raw[i].rstrip(_CLOSERS)[-1:] in (".", "!", "?"):
            return False  # "They carried signs. “...”": a sentence ends before the quote, which is no sign's (review16)
        if words[i] in _CARRIED_WORDS:
            return True
        if words[i] and words[i] not in _CARRIED_GLUE:
            return False
    return False


def _in_series(text: str, prev_end: int, start: int) -> bool:
    """Return whether the quotation at ``start`` continues a series begun by the one ending at ``prev_end``, with
    only commas and "and"/"or" between ("“Out”, and “We don’t need troops”"): both have one source.

    >>> t = 'chants of "Out", and "Go home"'
    >>> _in_series(t, t.find(","), t.find('"Go')), _in_series('"A." Then "B"', 4, 10)
    (True, False)
    """
    if prev_end < 0 or not 0 <= start - prev_end <= 16:
        return False
    between = text[prev_end:start]
    return "\n" not in between and all(w in _SERIES_GLUE for w in between.replace(",", " ").split())


_LEAD_IN = 150  # characters before a colon read for the sentence that introduces a quotation


def _named_lead_in(text: str, start: int, person_starts: Sequence[int]) -> bool:
    """Return whether the quotation at ``start`` follows a colon that ends a lead-in naming a person in its own
    sentence ("Oyelaran was blunt: "...""), a document or message it is read from ("The notice read in part:"),
    or an interview's "Q:"/"A:" label: the text says whose words they are.

    >>> t = 'Bo was blunt: "No deal."'
    >>> _named_lead_in(t, 14, [0]), _named_lead_in(t, 14, []), _named_lead_in('It rained. Bo left: "No."', 20, [11])
    (True, False, True)
    >>> _named_lead_in('Bo left. The rest: "No."', 19, [0]), _named_lead_in('Bo left. Its statement: "No."', 24, [])
    (False, True)
    """
    a = max(0, start - _LEAD_IN)
    before = text[a:start].rstrip()
    if not before.endswith(":"):
        return False
    lo = a + 1 + max(before.rfind(c) for c in ".!?\n")  # the lead-in's sentence
    words = {w.strip("'’,:").lower() for w in text[lo:start].split()}
    if not words.isdisjoint(_SOURCE_NOUNS) or text[lo:start].split()[:1] in (["Q:"], ["A:"]):
        return True  # "The ministry's statement: '...'", "The notice read in part: '...'", an interview's "Q:"
    i = bisect.bisect_left(person_starts, lo)
    return i < len(person_starts) and person_starts[i] < start


# what a quotation may be read from: a document or a message named in the lead-in before its colon
_SOURCE_NOUNS = word_set(
    "statement statements letter notice message tweet post release report memo document text announcement "
    "transcript editorial column speech remarks note readout communique communiqué answer reply response headline"
) | _CARRIED_WORDS  # "A placard at the gate: '...'"


_QUALIFIERS = word_set("of at for from in with to")  # words after "the official" that say which one


# The rules that may give a role as the speaker ("the minister said", "according to the minister", "The minister
# told reporters:"): a pronoun, a continuation or no rule gives none of its own.
_ROLE_RULES = frozenset(["descriptor", "according_to", "colon", "subject", "fallback"])


def _unintroduced_role(text: str, v: dict[str, Any], first_seen: dict[str, int], body: int = 0) -> bool:
    """Return whether a quote's speaker is "the" and a bare noun for a person's role ("the minister said") that
    names no one: no antecedent or candidate was found, no phrase after it says which one ("of the ministry"),
    it is no name ("The Economist" in mid-sentence, :func:`_capitalised_name`), and the noun is not in the text
    from ``body`` (where the story starts after its headline) to it (``first_seen`` caches where each noun first
    occurs). The reader cannot tell who spoke: the referent is lost.

    >>> v = {"attribution": "descriptor", "antecedent": None, "candidates": [], "speaker_text": "the minister",
    ...      "speaker_start": 8, "speaker_end": 20}
    >>> _unintroduced_role('"No," . the minister said.', v, {}), _unintroduced_role('Minister the minister said', v, {})
    (True, False)
    >>> _unintroduced_role('"No," . the minister of trade said.', {**v, "speaker_end": 20}, {})
    False
    """
    if v.get("attribution") not in _ROLE_RULES or v.get("antecedent") is not None or v.get("candidates"):
        return False
    words = str(v.get("speaker_text") or "").split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in ROLE_NOUNS:
        return False
    a, b = v["speaker_start"], v["speaker_end"]
    after = text[b : b + 12].split(None, 1)
    if (after and after[0].lower() in _QUALIFIERS) or _capitalised_name(text, a, words):
        return False
    noun = words[1].lower()
    if noun not in first_seen:  # searched once per noun and article: linear however many quotes
        m = re.compile(rf"\b{re.escape(noun)}", re.IGNORECASE).search(text, body)
        first_seen[noun] = m.start() if m else len(text)
    return first_seen[noun] >= a


#: Titles of an office: capitalised after "The" they still name a role, not a publication or a body (review16).
_OFFICE_TITLES = word_set(
    "minister official officials president spokesman spokeswoman spokesperson ambassador envoy negotiator secretary "
    "senator lawmaker chairman chairwoman commander aide source officer governor mayor premier chancellor adviser "
    "advisor director representative general admiral"
)


def _capitalised_name(text: str, start: int, words: Sequence[str]) -> bool:
    """Return whether the speaker ``words`` at ``start`` ("The Economist") are written with capitals in the middle of
    a sentence (after a comma or a word, not after a full stop): the name of a publication or a body, not "the
    economist" of no one.

    >>> t = '"No," The Economist said. "No." The Minister left. "No," The Minister said.'
    >>> [_capitalised_name(t, t.find(w, k), w.split()) for w, k in (("The Economist", 0), ("The Minister", 0),
    ...                                                            ("The Minister", 40))]
    [True, False, False]
    """
    if not (words[0] == "The" and words[1][:1].isupper()) or words[1].lower() in _OFFICE_TITLES:
        return False  # "“...,” The Minister said": a title capitalised is still no one's name (review16)
    before = text[max(0, start - 8) : start].rstrip().rstrip(_CLOSERS)
    return before[-1:] == "," or before[-1:].isalpha()


# verbs that, earlier in a quote's own sentence, make its subject the speaker of a partial quote: saying, calling,
# pledging ("Both parties said they would '...'", "Lawmakers called the demand '...'", "pledged to '...'")
_CALLING = word_set(
    "saying calls called calling describes described describing pledges pledged pledging promises promised "
    "promising vows vowing agrees agreed dubbed branded labelled labeled termed insisting arguing"
)
# what an outlet or a document does with the words it carries ("The Daily reported ... that ... '...'",
# "according to the paper, the summit '...'", "citing a source")
_CARRYING = word_set("reports reported reporting according quoting quoted citing cited confirmed")
_REPORTING = re.compile(
    word_trie(
        _SAYING.split("|") + sorted(_CALLING | _CARRYING),
        after_first=r"(?<!\w.)",  # no word character before: the pattern opens on a set of letters re skips to
    )
    + r"\b",
    re.IGNORECASE,
)
_SENTENCE_BACK = 200  # characters before a quotation read for its sentence's verb of saying
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s++(?=[“\"‘'(]?[A-Z])|\n")  # where the sentence before the quote ends


def _reported_in_sentence(text: str, start: int) -> bool:
    """Return whether a verb of saying, calling or pledging stands earlier in the quotation's own sentence (read
    back at most ``_SENTENCE_BACK`` characters, to the last sentence end or line break): the quote is a partial
    quote inside reported speech, and that verb's subject is its speaker.

    >>> t = 'It rained. Both sides said they would "work on it."'
    >>> _reported_in_sentence(t, t.find('"')), _reported_in_sentence('Bo said no. "We pay."', 12)
    (True, False)
    """
    a = max(0, start - _SENTENCE_BACK)
    lo = a
    for m in _SENTENCE_END.finditer(text, a, min(len(text), start + 2)):  # the quote's opening mark and letter
        if m.end() <= start:
            lo = m.end()
    return _REPORTING.search(text, lo, start) is not None


def _stated_source(text: str, start: int, end: int, person_starts: Sequence[int]) -> bool:
    """Return whether the text says whose words the quotation ``text[start:end]`` gives though no speaker was
    found: a title it names ("a report titled"), a verb of saying or shouting beside it, a lead-in naming a person
    or a document, or a noun for words a crowd or a sign carries before it ("chants of", "a banner saying").

    >>> _stated_source('"Go home," the crowd chanted.', 0, 11, []), _stated_source('Bo left. "Go home."', 9, 19, [])
    (True, False)
    """
    return (
        _a_title(text, start)
        or _quoted_name(text[start:end])  # 'the think tank "Institute for Pacific Studies"'
        or _said_beside(text, start, end)  # "'...,' says US president", "'...,' they shouted"
        or _named_lead_in(text, start, person_starts)  # "Bo was blunt: '...'"
        or _carried_words(text, start)  # "chants of '...'"
        or _reported_in_sentence(text, start)  # "Both parties said they would '...'"
        or _cited_title(text, start, end)  # 'Ana Lind, "Deal reached," Ralvo News, May 2, 2019'
    )


def _split_quote(text: str, prev_end: int, start: int) -> bool:
    """Return whether the quotation at ``start`` is the second part of a split quote: right after the one ending at
    ``prev_end`` in the same paragraph, with only a short attribution between ("“A,” he told the Times. “B.”"),
    one sentence with a verb of saying (:data:`_SAID_AFTER`). The second part goes on with the first one's speaker.

    >>> t = '"We pay," he told the Times. "No more."'
    >>> _split_quote(t, t.find(" he"), t.find('"No'))
    True
    >>> t = '"We pay," he said. The talks ended. "No more."'
    >>> _split_quote(t, t.find(" he"), t.find('"No')), _split_quote('"We pay."  "No more."', 9, 11)
    (False, False)
    """
    if prev_end < 0 or not 0 < start - prev_end <= _SAID_WINDOW or "\n" in text[prev_end:start]:
        return False
    gap = text[prev_end:start].rstrip()
    if sum(gap.count(c) for c in ".!?") > 1:
        return False  # a narrative sentence between the two parts
    return _SAID_AFTER.match(text, prev_end, start) is not None


_CITATION_CHARS = 160  # characters at most on either side of a title in a citation line


def _cited_title(text: str, start: int, end: int) -> bool:
    """Return whether the quotation ``text[start:end]`` is a title in a citation line: its line gives names and a
    comma before it, closes it with a comma, and after it an outlet and a date with its year, with no end mark
    ("Ana Lind and Bo Varn, “Deal reached on troops,” Ralvo News, May 2, 2019 9:24 pm"). The line credits it.

    >>> a, b = "Ana Lind, “Deal reached,” Ralvo News, May 2, 2019", "Ana Lind, “we pay,” and it ended in 2019."
    >>> _cited_title(a, a.find("“"), a.find(" Ralvo")), _cited_title(b, b.find("“"), b.find(" and"))
    (True, False)
    """
    inner = text[start:end].rstrip().rstrip(_CLOSERS)
    floor = max(0, start - _CITATION_CHARS)
    line_start = text.rfind("\n", floor, start) + 1 or floor  # no line start near: only the comma before it counts
    line_end = text.find("\n", end, end + _CITATION_CHARS + 1)
    line_end = len(text) if line_end < 0 and len(text) - end <= _CITATION_CHARS else line_end
    if not inner.endswith(",") or line_end < 0 or not text[line_start:start].rstrip().endswith(","):
        return False
    tail = text[end:line_end].rstrip()
    return tail[-1:] not in _STOPS and _YEAR.search(tail) is not None


class _Series:
    """Whether the text gives each quotation's source, read in order: a quotation in a series with the ones before
    it ("chants of “Out”, and “Go home”") shares the source of any of them, and so does the second part of a split
    quote (:func:`_split_quote`). A scare quote is never flagged itself,
    so what carries it ("chants of") is read only when a later quotation of its series needs it (linear)."""

    def __init__(self, text: str, person_starts: Sequence[int]) -> None:
        self.text, self.person_starts = text, person_starts
        self.prev_end, self.chain_sourced = -1, False
        self.pending: list[int] = []

    def sourced(self, q: Quote, headline: bool) -> bool:
        """Return whether a source is stated for ``q`` (a scare quote counts as sourced: it is never flagged)."""
        if not _in_series(self.text, self.prev_end, q.start):
            split = self.chain_sourced and _split_quote(self.text, self.prev_end, q.start)  # "“A,” he said. “B.”"
            self.chain_sourced, self.pending = split, []
        self.prev_end = q.end
        if q.value["attribution"] != "none" or headline:
            self.chain_sourced = True
        elif q.value["form"] == "scare":
            self.pending.append(q.start)
            return True
        elif not self.chain_sourced:
            self.chain_sourced = any(_carried_words(self.text, p) for p in self.pending) or _stated_source(
                self.text, q.start, q.end, self.person_starts
            )
            self.pending = []
        return self.chain_sourced


def _quote_findings(
    quotes: Sequence[Quote],
    span_at: Callable[[str, int, int], Span | None],
    names: dict[str, str],
    text: str = "",
    title: Segment | None = None,
    person_starts: Sequence[int] = (),
    deck: Sequence[Segment] = (),
) -> list[Draft]:
    """Return quotes with no speaker (but titles and names in quotation marks, quotes in the ``title`` or set as a
    ``deck`` line, and quotes with a verb of saying beside them), and pronoun speakers the quote's own voice
    contradicts."""
    out: list[Draft] = []
    first_seen: dict[str, int] = {}  # role noun -> where the text first names it
    series = _Series(text, person_starts)
    for q in quotes:
        qspan = span_at("quote", q.start, q.end)
        rel: tuple[Span, ...] = (qspan,) if qspan else ()
        v = q.value
        headline = title is not None and title.start <= q.start < title.end  # quotes words the story attributes
        headline = headline or _quoted_deck(text, deck, q.start, q.end)
        if not series.sourced(q, headline):
            out.append(Draft("unattributed_quote", q.start, q.end, q.exact,
                             f"quote has no speaker in or beside it: {_short(q.exact, 70)}", rel))  # fmt: skip
        if not headline and _unintroduced_role(text, v, first_seen, title.end if title else 0):
            a, b = v["speaker_start"], v["speaker_end"]
            out.append(Draft("lost_referent", a, b, text[a:b],
                             f"'{text[a:b]}' has no referent: no {text[a:b].split()[-1]} is named or introduced before "
                             "this quote", rel))  # fmt: skip
        if q.antecedent is not None and q.voice_mention is not None:
            ant = span_at(q.antecedent.kind, q.antecedent.start, q.antecedent.end)
            voice = span_at(q.voice_mention.kind, q.voice_mention.start, q.voice_mention.end)
            extra = tuple(s for s in (ant, voice) if s is not None)
            vid: Any = q.voice_mention.value.get("id")
            out.append(Draft("ambiguous_speaker", q.start, q.end, q.exact,
                             f"'{v['speaker_text']}' points back to '{q.antecedent.exact}' "
                             f"({q.antecedent.value.get('country') or '?'}), but the quote speaks for {v['voice']} "
                             f"(its own words) and fits {names.get(vid, vid)} named earlier", rel + extra))  # fmt: skip
    return out


def _quoted_deck(text: str, deck: Sequence[Segment], start: int, end: int) -> bool:
    """Return whether the quotation ``text[start:end]`` is a whole line of the ``deck`` (the paragraphs that open the
    body, up to its first stopped one) and ends without a stop inside its marks: display type, as a quoted headline
    is, whose words the story gives to their speaker.

    >>> t = '"We are raising them"  Bo said so.  "We pay."'
    >>> _quoted_deck(t, [Segment(0, 21)], 0, 21), _quoted_deck(t, [Segment(0, 21)], 35, 44)
    (True, False)
    >>> _quoted_deck('"We pay."', [Segment(0, 9)], 0, 9)
    False
    """
    line = next((p for p in deck if p.start == start), None)  # only the quotation opening a line is read on
    if line is None or end > line.end or text[end : line.end].strip():
        return False
    inner = text[start:end].strip().strip(_CLOSERS + "“‘").rstrip()
    return inner[-1:] not in _LINE_ENDS


_HEAD_ROLES = ("President of", "Leader of", "Prime Minister of")  # roles of a head of state or government


def _summit_partner(text: str, start: int, end: int, candidates: Sequence[str]) -> bool:
    """Return whether the bare surname ``text[start:end]`` is named as a partner in a summit ("his summit with Kim",
    "the Trump-Kim summit") and exactly one of its ``candidates`` (entity ids) heads a state or government: a summit
    is a meeting of leaders, so the text means that one.

    >>> t = "after his first summit with Kim in June"
    >>> _summit_partner(t, 28, 31, ["kim-jong-un", "kim-myong-gil"]), _summit_partner(t, 28, 31, ["kim-myong-gil"])
    (True, False)
    >>> _summit_partner("He met Kim in June", 7, 10, ["kim-jong-un", "kim-myong-gil"])
    False
    >>> _summit_partner("At the summit, Kim spoke", 15, 18, ["kim-jong-un", "kim-myong-gil"])  # at it, not its partner
    False
    """
    before = text[max(0, start - 40) : start].replace("-", " ").lower().split()[-3:]
    after = text[end : end + 12].split(None, 1)[:1]
    summit = {"summit", "summits"}
    named_with = len(before) >= 2 and before[-1] == "with" and not summit.isdisjoint(before[:-1])  # "summit with Kim"
    if not named_with and not (after and after[0].lower() in summit):  # "the Trump-Kim summit", "a Kim summit"
        return False
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    heads = [c for c in candidates if c in entities and entities[c].role.startswith(_HEAD_ROLES)]
    return len(heads) == 1


_APPOSITIVE = 60  # characters after a surname read for its appositive (", the North Korean leader,")


def _role_fits(text: str, start: int, end: int, candidates: Sequence[str]) -> bool:
    """Return whether a title right before the bare surname ``text[start:end]`` ("North Korean leader Kim") or an
    appositive right after it ("Kim, the North Korean leader,") names a role that exactly one of its
    ``candidates`` (entity ids) holds in the gazetteer: the text then says which person it means.

    >>> t = "North Korean leader Kim spoke."
    >>> _role_fits(t, 20, 23, ["kim-jong-un", "kim-myong-gil"]), _role_fits("Kim spoke.", 0, 3, ["kim-jong-un", "x"])
    (True, False)
    >>> t = "Kim, the North Korean leader, spoke. His sister Kim left."
    >>> _role_fits(t, 0, 3, ["kim-jong-un", "kim-myong-gil"]), _role_fits(t, 48, 51, ["kim-jong-un", "kim-myong-gil"])
    (True, False)
    """
    before = re.split(r"[.!?;:,\n]", text[max(0, start - 40) : start])[-1].split()[-3:]
    after = text[end : end + _APPOSITIVE]
    words = before + (after[1:].split(",", 1)[0].split() if after.startswith(",") and after.count(",") > 1 else [])
    nouns = {w.strip("'’\"“”()").lower() for w in words} & ROLE_NOUNS
    if not nouns:
        return False
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    roles = [entities[c].role.lower().replace(";", " ").split() for c in candidates if c in entities]
    return sum(1 for role in roles if not nouns.isdisjoint(role)) == 1


def _affiliated(text: str, start: int) -> bool:
    """Return whether the bare surname at ``start`` follows a possessive of an institute, a university or a like
    body ("the Hanul Institute's Kim", "Ralvo University's Kim"): the text names the person by that affiliation,
    one no leader of the same name holds. A country's or a party's possessive ("North Korea's Kim") leaves it open.

    >>> t = "said the Hanul Institute’s Kim. North Korea's Kim left."
    >>> _affiliated(t, t.find("Kim")), _affiliated(t, t.rfind("Kim"))
    (True, False)
    """
    before = text[max(0, start - 40) : start].split()[-1:]
    if before and before[0].endswith(("’s", "'s")):
        return before[0][:-2].strip(_MARKS).lower() in WORKPLACES  # the bodies of names.WORKPLACES
    plural = before[0][:-1].strip(_MARKS).lower() if before and before[0].endswith(("’", "'")) else ""
    return plural.endswith("s") and plural in WORKPLACES  # "Policy Studies’ Kim"


def _full_names(values: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """Return, for each first or last word of a full name among the person values (not descriptions), who bears it:
    an entity id, or the name with its spacing made plain for a person the gazetteer does not know.

    >>> sorted(_full_names([{"id": "kim-jong-un", "name": "Kim Jong Un"}, {"id": None, "name": "Kim  Sol-bi"}])["Kim"])
    ['Kim Sol-bi', 'kim-jong-un']
    >>> _full_names([{"id": None, "name": "Kim"}, {"id": None, "name": "U.S. envoy", "descriptor": True}])
    {}
    """
    out: dict[str, set[str]] = {}
    for v in values:
        words = str(v.get("name") or "").split()
        if len(words) < 2 or v.get("descriptor"):
            continue
        who = v.get("id") or " ".join(words)
        last = words[-2] if words[-1] in _SUFFIXES and len(words) > 2 else words[-1]  # "Tom Hale Jr." is a Hale
        for w in {words[0], last}:
            out.setdefault(w, set()).add(who)
    return out


def _printed_in_full(table: SpanTable, row: int) -> bool:
    """Return whether the person mention ``row`` of ``table`` is printed with two words or more (a full name), not a
    bare surname the annotator resolved to someone (a headline's "Yoon" read as one of several Yoons).

    >>> t = SpanTable.of("Yoon met Yoon Suk Yeol.", [Span("a1", "person", 0, 4, "Yoon"),
    ...                                              Span("a2", "person", 9, 22, "Yoon Suk Yeol")])
    >>> _printed_in_full(t, 0), _printed_in_full(t, 1)
    (False, True)
    """
    return len(table.text[table.starts[row] : table.ends[row]].split(None, 1)) > 1


_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])  # a son's or a father's after the surname


def _one_person(fits: Sequence[str]) -> bool:
    """Return whether the names ``fits`` are one person's: each ends with every word of the shortest full name, the
    rest being an epithet or a nickname put before it ("Sleepy Joe Biden" and "Joe Biden"). A son's suffix
    ("Tom Hale Jr.") or another given name ("Ana Ruiz", "Carlos Ruiz") makes two.

    >>> _one_person(["Sleepy Ana Lind", "Ana Lind"]), _one_person(["Tom Hale Jr.", "Tom Hale"])
    (True, False)
    """
    names = sorted((n.split() for n in fits), key=len)
    short = names[0]
    return len(short) >= 2 and all(n[len(n) - len(short) :] == short for n in names[1:])


_SPELLING_LEAST = 4  # letters of a given name's word below which a letter changed may make another name ("Jin", "Jun")
_VOWELS = frozenset("aeiou")  # a romanization changes a vowel for a vowel ("Jong"/"Jung"); another letter, another name


def _spelled_alike(fits: Sequence[str]) -> bool:
    """Return whether the names ``fits`` are two romanizations of one Korean name: a Korean surname first in both,
    as many words, and one word after it spelled with one letter changed, of _SPELLING_LEAST letters or more, a vowel
    for a vowel in one syllable ("Kim Jung Un" in a quoted post for "Kim Jong Un"). Another given name ("Kim Jong
    Il", "Park Ji-won" and "Park Ji-woo": mend80q), a short one ("Park Jin", "Park Jun") or a name that is not Korean
    ("Ana Lind", "Ana Lund") makes two.

    >>> _spelled_alike(["Kim Jong Un", "Kim Jung Un"]), _spelled_alike(["Kim Jong Un", "Kim Jong Il"])
    (True, False)
    >>> _spelled_alike(["Park Jin", "Park Jun"]), _spelled_alike(["Ana Lind", "Ana Lund"])
    (False, False)
    >>> _spelled_alike(["Park Ji-won", "Park Ji-woo"]), _spelled_alike(["Lee Jae-hyun", "Lee Jae-hyon"])
    (False, True)
    """
    if len(fits) != 2:
        return False
    a, b = (n.split() for n in fits)
    if len(a) != len(b) or len(a) < 2 or a[0] != b[0] or a[0] not in KOREAN_SURNAMES:
        return False
    differ = [(x, y) for x, y in zip(a[1:], b[1:], strict=True) if x != y]
    if len(differ) != 1 or len(differ[0][0]) != len(differ[0][1]) or len(differ[0][0]) < _SPELLING_LEAST:
        return False
    x, y = (w.lower().split("-") for w in differ[0])  # syllable by syllable: "Ji-won" and "Ji-woo" are two names
    if len(x) != len(y) or any(len(p) != len(q) for p, q in zip(x, y, strict=True)):
        return False
    changed = [(c, d) for p, q in zip(x, y, strict=True) for c, d in zip(p, q, strict=True) if c != d]
    return len(changed) == 1 and changed[0][0] in _VOWELS and changed[0][1] in _VOWELS  # "Jong"/"Jung", "Hyun"/"Hyon"


def _name_findings(people: SpanView, names: dict[str, str], text: str = "") -> list[Draft]:
    """Return the bare surnames that fit several people the text leaves open (a Span is made only for those and
    for the first mention of each of their candidates: the rest is read from the table's values)."""
    table, values = people.table, people.table.values
    first_of: dict[str, int] = {}  # entity id -> the row of its first mention
    for r in people.rows:
        eid = values[r].get("id")
        if eid and eid not in first_of:
            first_of[eid] = r
    out: list[Draft] = []
    full: dict[str, set[str]] | None = None  # surname -> the people the text names in full (read when first needed)
    for r in people.rows:
        if values[r].get("id") is not None or values[r].get("descriptor"):
            continue  # resolved, or a description: never ambiguous (as _ambiguous_names says)
        s = table[r]
        fits = _ambiguous_names(s, names)
        if fits and (_one_person(fits) or _spelled_alike(fits)):
            continue  # "Sleepy Joe Biden", then "Joe Biden"; "Kim Jung Un" for "Kim Jong Un": one person
        if fits and full is None:
            full = _full_names(values[q] for q in people.rows if _printed_in_full(table, q))
        if fits and full is not None and len(full.get(s.exact, ())) == 1:
            continue  # "North Korea's Kim" in a headline, "Kim Jong Un" in the story: the one Kim named in full
        cands = s.value.get("candidates", [])
        if fits and _affiliated(text, s.start):
            continue  # "the Sejong Institute's Kim": a surname named by its affiliation
        if fits and not _summit_partner(text, s.start, s.end, cands) and not _role_fits(text, s.start, s.end, cands):
            rel = tuple(table[first_of[c]] for c in s.value.get("candidates", []) if c in first_of)
            cut = len(fits) >= CANDIDATES_LISTED
            listed = f" (at most the first {CANDIDATES_LISTED} the text names are listed)" if cut else ""
            out.append(Draft("ambiguous_reference", s.start, s.end, s.exact,
                             f"'{s.exact}' fits several people: {', '.join(fits)}{listed}", rel))  # fmt: skip
    return out


_COPULAS = word_set("is are remains remain stays")


def _present_copula(text: str, start: int, end: int) -> bool:
    """Return whether the date ``text[start:end]`` is the subject or complement of a present-tense copula ("May 2
    is the deadline", "the target date remains May 2"): the text names a time ahead, not a past event.

    >>> t = "May 2nd is the date we look at. The cutoff remains on May 2. Bo left on May 2."
    >>> _present_copula(t, 0, 7), _present_copula(t, 54, 59), _present_copula(t, 72, 77)
    (True, True, False)
    """
    after = text[end : end + 12].split(None, 1)
    if after and after[0] in _COPULAS:
        return True
    before = text[max(0, start - 14) : start].split()
    if before and before[-1] == "on":
        before.pop()
    return bool(before) and before[-1] in _COPULAS


# a present form of "be" then a word in "-ing" (an adverb or "not" between): the present progressive
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]re)\s++(?:not\s++|\w+ly\s++)?(?P<ing>[a-z]{2,}ing)\b", re.IGNORECASE)
_NOT_VERBS_IN_ING = word_set("something nothing anything everything thing king during morning evening spring string")
_CLAUSE_OPENERS = re.compile(r"(?:[,;:(]|\b(?:that|which|who|whose|while|when|after|before|because)\b)", re.I)
_PROGRESSIVE_WINDOW = 100  # characters before a date read for its clause's verb


def _futurate_progressive(text: str, start: int, lo: int) -> bool:
    """Return whether the date at ``start`` ends a clause in the present progressive ("they're being placed on leave
    as of Apr. 1", "Lee is visiting Seoul on May 2"): English tells an arrangement ahead so, never a past event.
    The clause is read back from the date to the last comma or clause opener ("that", "which", ...), at most
    ``_PROGRESSIVE_WINDOW`` characters and not before ``lo``.

    >>> t = "Bo was told that they're being placed on leave as of May 2."
    >>> _futurate_progressive(t, t.find("May"), 0), _futurate_progressive("Bo was leaving on May 2.", 17, 0)
    (True, False)
    >>> t = "The envoys, whose meeting is becoming a ritual, met on May 2."
    >>> _futurate_progressive(t, t.find("May"), 0), _futurate_progressive("It is something on May 2.", 19, 0)
    (False, False)
    """
    a = max(lo, start - _PROGRESSIVE_WINDOW)
    clause = a
    for m in _CLAUSE_OPENERS.finditer(text, a, start):
        clause = m.end()
    return any(m.group("ing").lower() not in _NOT_VERBS_IN_ING for m in _PROGRESSIVE.finditer(text, clause, start))


_PAST = word_set(
    "was were had did said told met went left took made held came gave began rose fell paid sent won got saw "
    "stood spoke wrote brought thought kept led ran set put cut hit sought fought struck drew grew knew became"
)
_ADJECTIVES_IN_ED = word_set("united armed based related")  # words in "-ed" that are seldom a past tense
_TENSE_WINDOW = 300  # characters either side of a date read for its tense


def _past_tense(stretch: str) -> bool:
    """Return whether ``stretch`` holds a verb in the past tense (a common irregular form, or a word in "-ed").

    >>> _past_tense("Kim imposed levies on Sept. 2."), _past_tense("It rose on Aug. 1."), _past_tense("Bo meets Jo.")
    (True, True, False)
    >>> _past_tense("The United States hosts talks on Nov. 20.")
    False
    """
    low = stretch.lower()  # one search in C finds the words that can be one; each is then read as a word
    for m in _PAST_CUE.finditer(low):
        if m["irregular"]:
            return True
        k = m.start()
        while k > 0 and not low[k - 1].isspace():
            k -= 1  # back to the start of the word (as str.split cuts it)
        bare = low[k : m.end()].strip(_MARKS)
        if len(bare) > 3 and bare not in _ADJECTIVES_IN_ED:
            return True
    return False


_MARKS = "\"“”‘’'(),.;:!?"  # stripped from a word's ends before it is read
# a word of _PAST between marks, or a word's last "ed" before its closing marks (white space or the end after them)
_PAST_CUE = re.compile(
    rf"(?<!\S)[{re.escape(_MARKS)}]*(?P<irregular>{word_trie(_PAST)})"
    rf"[{re.escape(_MARKS)}]*(?!\S)|ed[{re.escape(_MARKS)}]*(?!\S)"
)


_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")  # a year written out ("2019", "'19")
_NEAR_DAYS = 31  # days after publication within which a day written without its year still reads as ahead


def _year_left_out(exact: str, day: dt.date, pub: dt.date) -> bool:
    """Return whether the date ``exact`` is written without a year and falls more than ``_NEAR_DAYS`` days after
    publication: the writer left the year to the reader, who takes the last such day before the story (a past
    event "on April 1" told in February), so no date after publication is written.

    >>> pub = dt.date(2020, 2, 10)
    >>> _year_left_out("on April 1", dt.date(2020, 4, 1), pub), _year_left_out("on Feb. 12", dt.date(2020, 2, 12), pub)
    (True, False)
    >>> _year_left_out("on April 1, 2020", dt.date(2020, 4, 1), pub)
    False
    """
    return (day - pub).days > _NEAR_DAYS and _YEAR.search(exact) is None


def _stamp_paragraph(text: str, para: Segment) -> bool:
    """Return whether the paragraph ``para`` is a page's date stamp or credit line with no end mark ("Last updated on
    March 3, 2021"): the dates in it date the page, not the story's events.

    >>> t = "Last updated on March 3, 2021"
    >>> _stamp_paragraph(t, Segment(0, len(t))), _stamp_paragraph("They met on March 3.", Segment(0, 20))
    (True, False)
    """
    if para.end - para.start > _STAMP_CHARS:
        return False  # read no long paragraph (one per date would make the rule quadratic)
    st = para.of(text).strip()
    return _TERMINAL.search(st, max(0, len(st) - 1)) is None and _page_line(st)


_STAMP_CHARS = 400  # characters at most in a stamp or credit line
_START_WORD = re.compile(r"\b(?:starting|beginning|effective|from|as\s++of)\s++(?:on\s++)?\Z", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"\b(?:unless|if)\b", re.IGNORECASE)
_WARNING_BEFORE = re.compile(r"\b(?:warn(?:s|ed|ing)?|threat(?:s|en|ens|ened|ening)?)\b", re.IGNORECASE)
_WARNED_WINDOW = 120  # characters either side of a date read for a warning or a condition


def _warned_start(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Return whether the date ``text[start:end]`` starts something ("starting", "from", "as of" right before it)
    that the sentence (``lo``..``hi``) holds as a warning or on a condition ("warned of furloughs starting April 1",
    "furloughs from April 1 unless a deal is reached"): a start still ahead, though the warning was given before.

    >>> t = "USFK warned of furloughs starting April 1."
    >>> _warned_start(t, t.find("April"), len(t) - 1, 0, len(t))
    True
    >>> t = "Furloughs from April 1 loomed unless a deal was reached."
    >>> _warned_start(t, t.find("April"), t.find(" unless"), 0, len(t))
    True
    >>> t = "Furloughs starting April 1 hit 4,000 workers."
    >>> _warned_start(t, t.find("April"), t.find(" hit"), 0, len(t))
    False
    """
    if not _START_WORD.search(text, max(lo, start - 16), start):
        return False
    if _CONDITION_AFTER.search(text, end, min(hi, end + _WARNED_WINDOW)):
        return True
    return _WARNING_BEFORE.search(text, max(lo, start - _WARNED_WINDOW), start) is not None


# an aim or a thing prevented, told by an infinitive or a gerund: "in an effort to", "to prevent", "from being"
_AIM = re.compile(
    r"\b(?:in\s++(?:an?\s++)?(?:effort|bid|attempt|order|push)\s++to|so\s++as\s++to|aim(?:s|ed|ing)?\s++(?:at|to)"
    r"|(?:seek|seeks|seeking|sought|try|tries|tried|trying|strive|strives|striving)\s++to"
    r"|to\s++(?:avoid|avert|prevent|stop|keep|forestall|head\s++off)|from\s++being)\b",
    re.IGNORECASE,
)
_AIM_WINDOW = 160  # characters before a date read for the aim it may belong to
_BE_FORMS = word_set("be being been")


def _aimed_at(text: str, start: int, lo: int) -> bool:
    """Return whether the date at ``start`` belongs to an event the sentence (from ``lo``) says someone acts to bring
    about or to prevent ("in an effort to keep workers from being furloughed on April 1", "to prevent a strike on
    May 2"): the event is an aim, not one that took place. A past verb between the aim and the date ("tried to stop
    the strike, which began on May 2") still tells a past event.

    >>> t = "They met in an effort to keep workers from being furloughed on April 1."
    >>> _aimed_at(t, t.find("on April"), 0), _aimed_at("Bo tried to stop it, which began on May 2.", 32, 0)
    (True, False)
    """
    last = None
    for m in _AIM.finditer(text, max(lo, start - _AIM_WINDOW), start):
        last = m
    if last is None:
        return False
    words = text[last.end() : start].split()
    if last.group().lower().endswith(("to", "being", "at")):
        words = words[1:]  # the aim's own verb ("to keep", "from being furloughed")
    kept = [w for i, w in enumerate(words) if i == 0 or words[i - 1].lower() not in _BE_FORMS]  # "be paid"
    return not _past_tense(" ".join(kept))


def _event_attribute(text: str, start: int, end: int, lo: int) -> bool:
    """Return whether the date ``text[start:end]`` is the attribute of an event noun after "the" ("for the Dec. 3
    election", "the May 2 deadline") with no past verb before it in its sentence (from ``lo``, at most
    ``_TENSE_WINDOW`` characters back): the text names a scheduled event by its day, still ahead; the past verbs
    after it tell the event's own history ("called after ..."). "won the Dec. 3 election" still tells it as past.

    >>> t = "Bo is the candidate for the Dec. 3 election called after Jo quit."
    >>> _event_attribute(t, t.find("Dec"), t.find(" election"), 0)
    True
    >>> t = "Bo won the Dec. 3 election. Bo met Jo on Dec. 3 in Hanul."
    >>> _event_attribute(t, t.find("Dec"), t.find(" election"), 0), _event_attribute(t, t.rfind("Dec"), 48, 28)
    (False, False)
    """
    before = text[max(lo, start - 8) : start].split()[-1:]
    after = text[end : end + 24].split(None, 1)[:1]
    if before != ["the"] or not after or not after[0].isalpha() or not after[0].islower():
        return False
    return after[0] not in _QUALIFIERS and not _past_tense(text[max(lo, start - _TENSE_WINDOW) : start])


def _day_after(v: dict[str, Any], pub: dt.date) -> bool:
    """Return whether a date's value ``v`` is a day (or a month) after ``pub``; a span longer than a month (a year, "for
    2020") names a target, not a day written as past.

    >>> _day_after({"form": "absolute", "start": "2020-01-02", "end": "2020-01-02"}, dt.date(2020, 1, 1))
    True
    >>> _day_after({"form": "absolute", "start": "2020-01-01", "end": "2020-12-31"}, dt.date(2019, 1, 1))
    False
    """
    if v["form"] not in {"absolute", "month"} or v["start"] is None or dt.date.fromisoformat(v["start"]) <= pub:
        return False
    if v["start"] != v["end"] and v["form"] != "absolute":
        return False
    return (dt.date.fromisoformat(v["end"]) - dt.date.fromisoformat(v["start"])).days <= 31


def _values_passing(spans: Sequence[Span], keep: Callable[[dict[str, Any]], bool]) -> Iterator[Span]:
    """Yield the spans whose value passes ``keep``, in order; of a SpanView, the values are read from its table and a
    Span is made only for those that pass.

    >>> t = SpanTable.of("ab", [Span("a1", "date", 0, 1, "a", {"n": 1}), Span("a2", "date", 1, 2, "b", {"n": 2})])
    >>> [s.id for s in _values_passing(t.of_kinds("date"), lambda v: v["n"] > 1)]
    ['a2']
    """
    if isinstance(spans, SpanView):
        table, values = spans.table, spans.table.values
        return (table[r] for r in spans.rows if keep(values[r]))
    return (s for s in spans if keep(s.value))


def _date_findings(article: Article, dates: Sequence[Span]) -> list[Draft]:
    """Return days after publication written in a sentence with no future tense, nor as a start or deadline ahead.

    >>> from analysis.extract import annotate
    >>> t = "T\\nJuly 10, 2025\\n\\nIt rose on Aug. 1. Lee vowed to act starting Aug. 2."
    >>> [f.exact for f in annotate(t).findings]
    ['on Aug. 1']
    """
    text, pub, sentences = article.text, article.published, article.sentences
    if not dates:
        return []
    sent_starts = sentences.starts if isinstance(sentences, Segments) else [s.start for s in sentences]
    out: list[Draft] = []
    future: dict[int, bool] = {}  # sentence index -> has a future tense (searched once, however many dates it holds)
    for s in _values_passing(dates, lambda v: _day_after(v, pub)):
        v = s.value
        if _year_left_out(s.exact, dt.date.fromisoformat(v["start"]), pub):
            continue  # "were furloughed on April 1" in February: the reader takes the April before
        i = bisect.bisect_right(sent_starts, s.start) - 1
        if i < 0 or (article.date_span and s.start >= article.date_span.start and s.end <= article.date_span.end):
            continue
        sent = sentences[i]
        if _stamp_paragraph(text, article.paragraphs[sent.paragraph]):
            continue  # "Last updated on March 3, 2021": the page's stamp, not the story's event
        if i not in future:
            future[i] = _FUTURE.search(text, sent.start, sent.end) is not None
        if future[i]:
            continue  # "will ..."
        if not _past_tense(text[max(sent.start, s.start - _TENSE_WINDOW) : min(sent.end, s.end + _TENSE_WINDOW)]):
            continue  # "The envoys meet again on Nov. 20": the present for a timetable, no past event (cheapest first)
        if points_forward(text, s.start, s.end, sent.start, sent.end):
            continue  # a start or deadline ahead: "threatened to impose tariffs starting Aug. 1"
        if _present_copula(text, s.start, s.end):
            continue  # "Oct. 1 is the deadline": a date named in the present tense is a time ahead, no past event
        if _futurate_progressive(text, s.start, sent.start):
            continue  # "they're being placed on leave as of Apr. 1": an arrangement ahead, no past event
        if _warned_start(text, s.start, s.end, sent.start, sent.end):
            continue  # "warned of furloughs starting April 1 unless a deal is reached": a start still ahead
        if _aimed_at(text, s.start, sent.start):
            continue  # "in an effort to keep workers from being furloughed on April 1": an aim, not a past event
        if _event_attribute(text, s.start, s.end, sent.start):
            continue  # "the candidate for the June 3 election": an event named by its day, still ahead
        out.append(Draft("date_after_publication", s.start, s.end, s.exact,
                         f"'{s.exact}' is {v['start']}, after publication ({pub.isoformat()}), in a sentence with no "
                         "future tense", (s,)))  # fmt: skip
    return out
