"""Known-answer variations of real dev quote sentences (quotes40, eleventh session): re-attribution in equivalent forms.

A dev sentence of the wire shape ``“<words>,” <speaker> said<rest>.`` (or ``“<words>,” said <speaker><rest>.``) whose
speaker the tool gets right is rewritten in a form of the same meaning, and the tool must give the same speaker:

- ``inverted``: ``“<words>,” said <speaker><rest>.`` (and back to ``<speaker> said`` from an inverted source);
- ``colon``: ``<Speaker> said<rest>: “<words>.”``;
- ``that``: ``<Speaker> said<rest> that “<words>.”``;
- ``straight``: the same sentence with straight quote marks (curly from a straight source);
- ``verb-X``: "said" replaced by another reporting verb or phrase (told reporters, added, noted, stressed, warned,
  insisted);
- ``according``: ``“<words>,” according to <speaker>.`` (a named or described speaker, not a pronoun).

Only the sentence changes; the rest of the article is as printed, so a pronoun or role keeps its antecedent. The
answer is known without a new label: the expected file's speaker of the original quote. One annotate per variant;
the articles, sentences and forms are chosen by fixed rules and a fixed seed (deterministic).

>>> s = Source("a", 0, 10, "“We pay,”", "We pay", "Jo Bell", "said", " on Monday", {"speaker": "Jo Bell"}, "“”")
>>> [v.form for v in variants(s)][:4]
['inverted', 'colon', 'that', 'straight']
>>> variants(s)[1].sentence
'Jo Bell said on Monday: “We pay.”'
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis import evaluate as ev
from analysis.extract import quote_spans
from analysis.extract.entities import load_gazetteer
from analysis.paths import ROOT

CORPUS = ROOT / "tests" / "corpus"
PRONOUNS = frozenset(["he", "she", "they", "it", "He", "She", "They", "It"])
VERBS = ("told reporters", "added", "noted", "stressed", "warned", "insisted")
# '“<words>,” <speaker> said<rest>.' and '“<words>,” said <speaker><rest>.': a whole sentence that opens a paragraph
# or follows a full stop; the speaker at most eight words, the rest ("on Monday", "in a statement") no clause of its
# own.
_QUOTE = r"(?P<open>[“\"])(?P<words>[^“”\"\n]{12,400}?),(?P<close>[”\"])"
_AFTER = re.compile(
    _QUOTE + r" (?P<who>(?:[\w.'’-]+ ){0,7}?[\w.'’-]+) (?P<verb>said)(?P<rest>(?: [\w'’-]+){0,6}?)\.(?=\s|\Z)")
_INVERTED = re.compile(_QUOTE + r" (?P<verb>said) (?P<who>(?:[\w.'’-]+ ){0,7}?[\w.'’-]+?)(?P<rest>)\.(?=\s|\Z)")
# '<Speaker> said<rest>: “<words>.”' (or a comma): the speaker opens the sentence, the quote closes it.
_BEFORE = re.compile(
    r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"] )|\A)(?P<who>(?:[\w.'’-]+ ){0,7}?[\w.'’-]+) (?P<verb>said)"
    r"(?P<rest>(?: [\w'’-]+){0,6}?)[,:] "
    r"(?P<open>[“\"])(?P<words>[^“”\"\n]{12,400}?)\.(?P<close>[”\"])(?=\s|\Z)")
_LOWER_OPENERS = frozenset(["He", "She", "The", "A", "An", "One", "They", "It", "Its", "Their", "Two", "Some"])
_STARTS = re.compile(r"(?:^|\n|[.!?][”\"]? )\Z")
_REST_WORDS = frozenset(["on", "in", "at", "last", "this", "a", "an", "the", "statement", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "week", "interview", "briefing",
                         "earlier", "later", "recently", "also", "then", "again"])


# titles printed abbreviated with a full stop before a name ("Rep. Yoon", "Sen. Bell"): the stop ends no sentence
_TITLE_ABBREVIATIONS = frozenset(["Rep", "Reps", "Sen", "Sens", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Gov", "Dr",
                                  "Mr", "Mrs", "Ms", "Prof", "Sgt", "Cmdr", "Amb", "Pres", "Sec", "Gens"])


@dataclass(frozen=True)
class Source:
    """A dev sentence in one of the two wire shapes, with the expected item of its quote."""

    article_id: str
    start: int  # the sentence's span in the article text
    end: int
    quote: str  # the quote as printed, marks and comma included
    words: str  # the quoted words without their closing comma
    who: str  # the speaker's words as printed
    verb: str
    rest: str  # what follows the verb before the full stop (" on Monday"), or ""
    item: dict[str, Any]  # the expected quote item
    marks: str  # the opening and closing mark
    before: bool = False  # the speaker opens the sentence ('Bo said: “...”'), else it follows the quote


@dataclass(frozen=True)
class Variant:
    source: Source
    form: str
    sentence: str
    words_at: int  # where the quoted words start in the sentence


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(who: str) -> str:
    """Return a sentence-opening speaker as it reads after a quote ("The ministry" -> "the ministry")."""
    first, _, more = who.partition(" ")
    return (first.lower() + (" " + more if more else "")) if first in _LOWER_OPENERS else who


def before_variants(s: Source) -> list[Variant]:
    """Return the equivalent sentences of a source whose speaker opens it ('Bo said: “...”'): the speaker after the
    quote, inverted, another verb before a colon, the other quote marks."""
    op, cl = s.marks[0], s.marks[1]
    who, pronoun = _low(s.who), s.who in PRONOUNS
    out = [Variant(s, "after", f"{op}{s.words},{cl} {who} said{s.rest}.", 1)]
    if not pronoun:
        out.append(Variant(s, "inverted", f"{op}{s.words},{cl} said {who}{s.rest}.", 1))
    at = len(s.who) + len(s.rest)
    out += [Variant(s, "colon-" + v.split()[0], f"{s.who} {v}{s.rest}: {op}{s.words}.{cl}", at + len(v) + 4)
            for v in VERBS]
    other = "\"\"" if op == "“" else "“”"
    out.append(Variant(s, "marks", f"{s.who} said{s.rest}: {other[0]}{s.words}.{other[1]}", at + 8))
    return out


def variants(s: Source) -> list[Variant]:
    """Return the equivalent sentences of ``s`` (see the module's docstring), each with where its words start."""
    if s.before:
        return before_variants(s)
    op, cl = s.marks[0], s.marks[1]
    quote = f"{op}{s.words},{cl}"
    pronoun = s.who in PRONOUNS
    out = []
    if not pronoun:
        out.append(Variant(s, "inverted", f"{quote} said {s.who}{s.rest}.", 1))
    out.append(Variant(s, "colon", f"{_cap(s.who)} said{s.rest}: {op}{s.words}.{cl}", len(_cap(s.who)) + 8 + len(
        s.rest)))
    out.append(Variant(s, "that", f"{_cap(s.who)} said{s.rest} that {op}{s.words}.{cl}", len(_cap(s.who)) + 12 + len(
        s.rest)))
    other = "\"\"" if op == "“" else "“”"
    marks = "straight" if op == "“" else "curly"
    out.append(Variant(s, marks, f"{other[0]}{s.words},{other[1]} {s.who} said{s.rest}.", 1))
    out += [Variant(s, "verb-" + v.split()[0], f"{quote} {s.who} {v}{s.rest}.", 1) for v in VERBS]
    if not pronoun:
        out.append(Variant(s, "according", f"{quote} according to {s.who}.", 1))
    return out


def dev_articles() -> list[ev.CorpusArticle]:
    """Return the batteries' dev articles (index order: ``analysis.evaluate.battery_ids``)."""
    return ev.battery_articles(CORPUS)


def _rest_ok(rest: str) -> bool:
    return all(w.lower().strip(",") in _REST_WORDS or w[:1].isupper() for w in rest.split())


def sources(art: ev.CorpusArticle, text: str) -> Iterator[Source]:
    """Yield the sentences of ``text`` in one of the two shapes whose quote has an expected item with a speaker."""
    items = [(it, *ev.locate(text, it, art.article_id)) for it in art.expected.get("quotes") or []]
    for shape in (_AFTER, _INVERTED, _BEFORE):
        for m in shape.finditer(text):
            if not _STARTS.search(text, max(0, m.start() - 3), m.start()) or not _rest_ok(m.group("rest")):
                continue
            if m.group("who").split()[0].lower() in {"and", "but", "as", "which", "who", "that"}:
                continue
            if {"that", "reported", "reports"} & set(m.group("who").lower().split()):
                continue  # "Yonhap reported that Jeong said": a clause, no speaker's phrase to move (quotes42)
            if re.search(r"(?:^|\W)[A-Z]\Z", m.group("who")) or m.group("who").split()[-1] in _TITLE_ABBREVIATIONS:
                continue  # "one U" of "one U.S. official ...", "said Rep" of "said Rep. Yoon ...": an abbreviation,
                # not the sentence's end (fresh80q: a JoongAng lawmaker's variants were "Rep said: ...")
            hit = [it for it, s, e in items if m.start("words") <= s and e <= m.end("words") + 1]
            if len(hit) != 1 or not hit[0].get("speaker"):
                continue
            marks = m.group("open") + m.group("close")
            if marks not in ("“”", "\"\""):
                continue
            yield Source(art.article_id, m.start(), m.end(), m.group(0), m.group("words"), m.group("who"),
                         m.group("verb"), m.group("rest"), hit[0], marks, shape is _BEFORE)


_NAMES: dict[str, str] = {}


@cache
def quotes_of(text: str, published: str) -> tuple[Any, ...]:
    """Return the quote spans ``annotate`` gives of ``text`` published on ``published`` (read by ``quote_spans``: the
    same spans, without the numbers, dates and findings): read once per process, as each dev article is by every
    family that tries its sources (quotes40, 41, 42 and 45, one unit of xdist's: ``conftest.SHARED``) and a copy is
    for each piece of its quoted words.

    >>> [q.exact for q in quotes_of("T\\n\\n“We pay,” Kim said.", "2019-11-16")]
    ['“We pay,”']
    """
    return tuple(quote_spans(text, published))


def speaker_at(text: str, published: str, start: int, end: int) -> tuple[bool, str | None]:
    """Return whether a quote covers ``text[start:end]`` and the name its speaker is given (evaluate's reading)."""
    if not _NAMES:
        _NAMES.update({eid: e.name for eid, e in load_gazetteer().entities.items()})
    spans = [s for s in quotes_of(text, published) if s.start < end and start < s.end]
    if not spans:
        return False, None
    return True, ev.speaker_name(spans[0].value, _NAMES)


def right(text: str, published: str, start: int, end: int, item: dict[str, Any]) -> bool:
    found, got = speaker_at(text, published, start, end)
    return found and ev._speaker_ok(got, item)


@dataclass(frozen=True)
class Outcome:
    variant: Variant | Variant41  # a quotes41 variant: one outcome per piece of its words
    ok: bool
    got: str | None


def run(per_article: int = 2, seed: int = 40) -> list[Outcome]:
    """Return the outcome of the variants of up to ``per_article`` sources of each dev article (the sources the tool
    gets right as printed), chosen with ``seed``."""
    rng = random.Random(seed)
    out = []
    for art in dev_articles():
        text = art.path.read_text(encoding="utf-8")
        srcs = list(sources(art, text))
        rng.shuffle(srcs)
        kept = 0
        for s in srcs:
            if kept >= per_article:
                break
            ws = s.start + s.quote.index(s.marks[0]) + 1
            if not right(text, art.published, ws, ws + len(s.words), s.item):
                continue
            kept += 1
            for v in variants(s):
                new = text[: s.start] + v.sentence + text[s.end :]
                at = s.start + v.words_at
                found, got = speaker_at(new, art.published, at, at + len(s.words))
                out.append(Outcome(v, found and ev._speaker_ok(got, s.item), got))
    return out


# ----- quotes41 (eleventh session): families aimed at quotes across paragraphs, pronouns and surnames -----
#
# From a source of the shape '“<words>,” <speaker> said<rest>.' (a named or described speaker, not a pronoun):
#
# - ``break-colon``: '<Speaker> said<rest>:' ending its paragraph, '“<words>.”' opening the next;
# - ``continuation``: the words cut in two, '“<A>,” <speaker> said<rest>.' then a paragraph '“<B>.”' (both pieces);
# - ``split``: '“<A>,” <speaker> said<rest>. “<B>.”' (both pieces);
# - ``pronoun``: '<Speaker> spoke<rest>. “<words>,” <he/she> added.', the pronoun the expected file gives that speaker
#   elsewhere in the article (a '“...,” he said' source of the same speaker) or the article's "Mr."/"Ms." before their
#   surname, else no variant;
# - ``pronoun-between``: the same with a titled made-up person of the other gender between ("Ms. Dale Quorrin, a
#   colleague, disagreed.");
# - ``appositive``: '<Full Name>, a participant in the talks, spoke<rest>. “<words>,” <Surname> said.' when the speaker
#   is printed as the expected full name (two or three words), after a title or not.
#
# A variant that ends a paragraph inside the sentence ends it after the sentence too: the rest of the source's
# paragraph opens a new one.
#
# Each variant lists every piece of the quoted words it holds (offset in the sentence, length): each must get the
# source's speaker.

OTHER_PERSON = {"he": "Ms. Dale Quorrin", "she": "Mr. Dale Quorrin"}


@dataclass(frozen=True)
class Variant41:
    source: Source
    form: str
    sentence: str
    pieces: tuple[tuple[int, int], ...]  # (offset in the sentence, length) of each piece of the quoted words


def halves(words: str) -> tuple[str, str] | None:
    """Return the quoted words cut in two at the first comma, semicolon or full stop after three words with three
    words after it, else at the middle word; the second piece capitalised; None under six words.

    >>> halves("We will pay more, but not that much and not now")
    ('We will pay more', 'But not that much and not now')
    >>> halves("Too short to cut")
    """
    ws = words.split()
    if len(ws) < 6:
        return None
    cut = next((k for k in range(2, len(ws) - 3) if ws[k][-1:] in ",;."), len(ws) // 2 - 1)
    a = " ".join(ws[: cut + 1]).rstrip(",;.")
    b = " ".join(ws[cut + 1 :])
    return a, b[:1].upper() + b[1:]


def surname(name: str) -> str:
    """Return the word a later mention of a full name keeps: a Korean name's first, another name's last.

    >>> surname("Kim Jong Un"), surname("Mark Esper"), surname("Park Geun-hye")
    ('Kim', 'Esper', 'Park')
    """
    from analysis.extract.names import KOREAN_SURNAMES

    words = name.split()
    return words[0] if words[0] in KOREAN_SURNAMES and len(words) <= 3 else words[-1]


def _split_variants(s: Source, quote: str) -> list[Variant41]:
    op, cl = s.marks[0], s.marks[1]
    cut = halves(s.words)
    if cut is None:
        return []
    a, b = cut
    head = f"{op}{a},{cl} {s.who} said{s.rest}."
    return [Variant41(s, "continuation", f"{head}\n\n{op}{b}.{cl}", ((1, len(a)), (len(head) + 3, len(b)))),
            Variant41(s, "split", f"{head} {op}{b}.{cl}", ((1, len(a)), (len(head) + 2, len(b))))]


def variants41(s: Source, gender: str | None) -> list[Variant41]:
    """Return the quotes41 variants of a source (see above); ``gender`` the pronoun the article gives its speaker."""
    if s.before or s.who in PRONOUNS:
        return []
    op, cl = s.marks[0], s.marks[1]
    who = _cap(s.who)
    lead = f"{who} said{s.rest}:\n\n"
    out = [Variant41(s, "break-colon", f"{lead}{op}{s.words}.{cl}", ((len(lead) + 1, len(s.words)),))]
    out += _split_variants(s, f"{op}{s.words},{cl}")
    if gender:
        spoke = f"{who} spoke{s.rest}. "
        out.append(Variant41(s, "pronoun", f"{spoke}{op}{s.words},{cl} {gender} added.",
                             ((len(spoke) + 1, len(s.words)),)))
        mid = f"{spoke}{OTHER_PERSON[gender]}, a colleague, disagreed. "
        out.append(Variant41(s, "pronoun-between", f"{mid}{op}{s.words},{cl} {gender} added.",
                             ((len(mid) + 1, len(s.words)),)))
    name = s.item.get("speaker") or ""
    words = name.split()
    if s.who.endswith(name) and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        intro = f"{who}, a participant in the talks, spoke{s.rest}. "  # "Envoy Jo Bell, a participant ..."
        out.append(Variant41(s, "appositive", f"{intro}{op}{s.words},{cl} {surname(name)} said.",
                             ((len(intro) + 1, len(s.words)),)))
    return out


def genders(srcs: list[Source], text: str = "") -> dict[str, str]:
    """Return the pronoun ("he"/"she") each expected speaker is given by a pronoun source of the article or by a
    title before their surname in ``text`` ("Mr. Bell", "Ms. Bell"), when only one.

    >>> src = Source("a", 0, 10, "“We pay,”", "We pay", "Al Roe", "said", "", {"speaker": "Al Roe"}, "“”")
    >>> genders([src], "Ms. Roe left."), genders([src], "Mr. Roe met Ms. Roe."), genders([src], "")
    ({'Al Roe': 'she'}, {}, {})
    """
    seen: dict[str, set[str]] = {}
    for s in srcs:
        name = s.item["speaker"]
        if s.who.lower() in ("he", "she"):
            seen.setdefault(name, set()).add(s.who.lower())
        if len(name.split()) >= 2:
            sn = surname(name)
            seen.setdefault(name, set()).update(
                [g for g, titles in (("he", ("Mr.",)), ("she", ("Ms.", "Mrs."))) if any(f"{t} {sn}" in text
                                                                                      for t in titles)])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def run41(per_article: int = 4, seed: int = 41) -> list[Outcome]:
    """Return the outcome of every piece of the quotes41 variants of up to ``per_article`` sources of each dev article
    (the sources the tool gets right as printed), chosen with ``seed``."""
    rng = random.Random(seed)
    out = []
    for art in dev_articles():
        text = art.path.read_text(encoding="utf-8")
        srcs = list(sources(art, text))
        gender = genders(srcs, text)
        rng.shuffle(srcs)
        kept = 0
        for s in srcs:
            if kept >= per_article or not variants41(s, None):
                continue
            ws = s.start + s.quote.index(s.marks[0]) + 1
            if not right(text, art.published, ws, ws + len(s.words), s.item):
                continue
            kept += 1
            for v in variants41(s, gender.get(s.item["speaker"])):
                rest = text[s.end :]
                if "\n" in v.sentence and rest[:1] == " ":  # the paragraph the variant opens ends with it
                    rest = "\n\n" + rest.lstrip(" ")
                new = text[: s.start] + v.sentence + rest
                for off, n in v.pieces:
                    found, got = speaker_at(new, art.published, s.start + off, s.start + off + n)
                    out.append(Outcome(v, found and ev._speaker_ok(got, s.item), got))
    return out


# ----- quotes42 (twelfth session): quote marks of other typographies and roles that refer back -----
#
# From a source of the shape '“<words>,” <speaker> said<rest>.' or its inverted form (not a pronoun):
#
# - ``marks-<style>``: the same sentence with the quote marks of another typography: single curly ‘…’, single
#   straight '…' (when the words hold no apostrophe), German „…“, French «…», CJK 「…」, and a closing mark typed for
#   the opening one ”…”;
# - ``named-role``: a source whose speaker ends with the expected full name: '<Name>, a senior official, spoke<rest>.
#   “<words>,” the official said.' (the role refers back to the person);
# - ``indefinite-role``: a source whose speaker is an indefinite role ('a <words> <head>'), followed by a new sentence
#   '“The talks will go on,” the <head> said.', which must get the same speaker (or the role's words less the
#   article, as the tool names an indefinite role).

MARKS42 = {"single": "‘’", "straight-single": "''", "german": "„“", "french": "«»", "cjk": "「」", "closing": "””"}
_ROLE_HEADS = frozenset(["official", "spokesman", "spokeswoman", "spokesperson", "source", "diplomat", "aide"])


def variants42(s: Source) -> list[Variant41]:
    """Return the quotes42 variants of a source (see above), each with the pieces of quoted words to check."""
    if s.before or s.who in PRONOUNS:
        return []
    tail = f" {s.who} said{s.rest}."
    out = []
    for style, (op, cl) in MARKS42.items():
        if style == "straight-single" and ("'" in s.words or "’" in s.words):
            continue
        out.append(Variant41(s, "marks-" + style, f"{op}{s.words},{cl}{tail}", ((1, len(s.words)),)))
    name = s.item.get("speaker") or ""
    words = name.split()
    if s.who.endswith(name) and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        intro = f"{s.who}, a senior official, spoke{s.rest}. "
        out.append(Variant41(s, "named-role", f"{intro}“{s.words},” the official said.",
                             ((len(intro) + 1, len(s.words)),)))
    who = s.who.split()
    if len(who) >= 2 and who[0].lower() in {"a", "an"} and who[-1] in _ROLE_HEADS:
        lead = f"{s.quote} {s.who} said{s.rest}. "
        new = "The talks will go on"
        out.append(Variant41(s, "indefinite-role", f"{lead}“{new},” the {who[-1]} said.",
                             ((1, len(s.words)), (len(lead) + 1, len(new)))))
    return out


def _kept(per_article: int, seed: int, make: Any) -> Iterator[tuple[ev.CorpusArticle, str, Source, str | None]]:
    """Yield (article, text, source, the speaker the tool gives the source's quote) for up to ``per_article``
    sources of each dev article that are not speaker-first, have variants by ``make`` and whose speaker the tool gets
    right as printed, chosen with ``seed``."""
    rng = random.Random(seed)
    for art in dev_articles():
        text = art.path.read_text(encoding="utf-8")
        srcs = [s for s in sources(art, text) if not s.before]
        rng.shuffle(srcs)
        kept = 0
        for s in srcs:
            if kept >= per_article or not make(s):
                continue
            ws = s.start + s.quote.index(s.marks[0]) + 1
            found, first = speaker_at(text, art.published, ws, ws + len(s.words))
            if not found or not ev._speaker_ok(first, s.item):
                continue
            kept += 1
            yield art, text, s, first


def run42(per_article: int = 4, seed: int = 42) -> list[Outcome]:
    """Return the outcome of every piece of the quotes42 variants of up to ``per_article`` sources of each dev article
    (the sources the tool gets right as printed), chosen with ``seed``: a piece is right when its speaker is the
    source's expected speaker, or (a role that refers back) the name the tool gave the source's quote."""
    out = []
    for art, text, s, first in _kept(per_article, seed, variants42):
        same = {ev.norm_name(first), ev.norm_name(" ".join(s.who.split()[1:]))}
        for v in variants42(s):
            new = text[: s.start] + v.sentence + text[s.end :]
            for off, n in v.pieces:
                found, got = speaker_at(new, art.published, s.start + off, s.start + off + n)
                ok = found and (ev._speaker_ok(got, s.item) or ev.norm_name(got) in same)
                out.append(Outcome(v, ok, got))
    return out


# ----- quotes45 (thirteenth session): credit lines and a named speaker turned into a role -----
#
# From a source of the shape '“<words>,” <speaker> said<rest>.' or its inverted form (not a pronoun):
#
# - ``credit-line``: the words as a block quote that fills its paragraph, credited by the line under it, as a column
#   lists someone's sayings: '“<words>.”¶— <Speaker>, <rest>' (the rest of the source's paragraph opens a new one);
# - ``credit-line-ascii``: the same with straight marks and a double hyphen '-- <Speaker>, <rest>';
# - ``descriptor``: the speaker replaced by an unnamed role, '“<words>,” a senior official said<rest>.': the role is
#   the speaker (or, where the text names nobody before it, the person the tool's _named_later gives it: the original
#   speaker).


def variants45(s: Source) -> list[Variant41]:
    """Return the quotes45 variants of a source (see above), each with the pieces of quoted words to check.

    >>> s = Source("a", 0, 10, "“We pay,”", "We pay", "Jo Bell", "said", " on Monday", {"speaker": "Jo Bell"}, "“”")
    >>> [(v.form, v.sentence) for v in variants45(s)][0]
    ('credit-line', '\\n\\n“We pay.”\\n\\n— Jo Bell, on Monday\\n\\n')
    """
    if s.before or s.who in PRONOUNS:
        return []
    role = [Variant41(s, "descriptor", f"{s.marks[0]}{s.words},{s.marks[1]} a senior official said{s.rest}.",
                      ((1, len(s.words)),))]
    if _NOT_CREDIT.search(s.who):
        return role  # "Jeong reportedly", "the ministry on Sunday": no credit line's name
    when = s.rest.strip()
    credit = _cap(s.who) + (f", {when}" if when else "")
    return [Variant41(s, "credit-line", f"\n\n“{s.words}.”\n\n— {credit}\n\n", ((3, len(s.words)),)),
            Variant41(s, "credit-line-ascii", f"\n\n\"{s.words}.\"\n\n-- {credit}\n\n", ((3, len(s.words)),)),
            *role]


_NOT_CREDIT = re.compile(r"\w+ly\b|\b(?:on|in|at|last|this)\s")  # an adverb or a time in the speaker's words


_ROLE45 = frozenset(["senior official", "a senior official"])


def run45(per_article: int = 4, seed: int = 45) -> list[Outcome]:
    """Return the outcome of every piece of the quotes45 variants of up to ``per_article`` sources of each dev article
    (the sources the tool gets right as printed), chosen with ``seed``: a piece is right when its speaker is the
    source's expected speaker, or (the descriptor family) the role. A credit-line variant is its own paragraph."""
    out = []
    for art, text, s, _ in _kept(per_article, seed, variants45):
        for v in variants45(s):
            credit = v.form.startswith("credit")
            head = text[: s.start].rstrip(" ") if credit else text[: s.start]
            new = head + v.sentence + (text[s.end :].lstrip(" ") if credit else text[s.end :])
            for off, n in v.pieces:
                found, got = speaker_at(new, art.published, len(head) + off, len(head) + off + n)
                role = v.form == "descriptor" and ev.norm_name(got) in {ev.norm_name(r) for r in _ROLE45}
                out.append(Outcome(v, found and (ev._speaker_ok(got, s.item) or role), got))
    return out


def meets_floor(family: str, runner: Any) -> None:
    """Assert that ``runner`` (per article, seed) gives at least as many pieces and at most as many wrong ones as the
    floor of ``family`` in tests/quotes40_floor.json (a ratchet: the floor may only rise)."""
    import json

    floor = json.loads((ROOT / "tests" / "quotes40_floor.json").read_text(encoding="utf-8"))[family]
    outs = runner(floor["per_article"], floor["seed"])
    wrong = [(o.variant.form, o.variant.source.article_id, o.got) for o in outs if not o.ok]
    assert len(outs) >= floor["pieces_at_least"], len(outs)
    assert len(wrong) <= floor["wrong_at_most"], wrong


if __name__ == "__main__":
    import collections
    import sys

    res = run42() if sys.argv[1:] == ["42"] else run45() if sys.argv[1:] == ["45"] else run41()
    print(len(res), "pieces;", collections.Counter(o.variant.form for o in res))
    print("wrong", collections.Counter(o.variant.form for o in res if not o.ok))
    for o in res:
        if not o.ok:
            print(f"{o.variant.form} {o.variant.source.article_id}: want {o.variant.source.item['speaker']!r} got "
                  f"{o.got!r} in {o.variant.sentence[-160:]!r}")
