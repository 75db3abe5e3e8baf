"""Known-answer variations of real dev claim sentences (claims41, eleventh session).

For every claim of a dev article (tests/corpus/expected, split ``dev`` of tests/corpus/index.csv only: held-out
articles are never read) whose verdict the tool gets right, copies of the article are made in which the claim's
sentence is told another way whose verdict is known without a new label, because the meaning is unchanged:

- ``amount``: the claim's money figure written another way, the same value ("1.04 trillion won" <-> "1,040 billion
  won" <-> "W1.04 trillion" <-> "₩1.04tn" <-> "KRW 1.04 trillion"; "$870 million" <-> "870 million dollars" <->
  "US$0.87 billion" <-> "$870m"), its hedge kept;
- ``year``: the claim's year told another way ("in 2020" <-> "this year" when the date line is in 2020, "last year"
  when it is in 2021; "in 2020" right after the figure <-> "for 2020");
- ``verb``: a demand reported with another verb, the modality kept (demanded <-> asked for <-> sought <-> pressed
  for <-> wanted, in the same tense);
- ``reorder``: a time phrase that ends the sentence put first ("..., in 2019." <-> "In 2019, ...") and back.

Each copy must give the claim the verdict the corpus expects (as :mod:`analysis.evaluate` scores it), which the
original got. :func:`run` checks the copies through the package's ``check`` on temporary files; tests/test_claims41.py
runs a deterministic sample and holds a ratchet (tests/claims41_floor.json).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from conftest import write_anew
from test_claims31 import article_text, dev_claims, dev_ids  # the dev split's ids and texts (held-out never read)

from analysis.article import parse_article

CORPUS = Path(__file__).resolve().parent / "corpus"
JUDGED = ("supported", "contradicted", "misleading", "unverifiable")

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
#: A money figure as news prints one: the currency before ("$", "US$", "W", "₩", "KRW ") or after ("won",
#: "dollars"), a scale word or its short form.
MONEY = re.compile(
    r"(?<![\w$.,-])(?P<pre>US\$|\$|₩|KRW |W)" + _NUM.replace("(", "(?P<n1>", 1)
    + r" ?(?P<s1>trillion|billion|million|tn|bn|m)\b"
    r"|(?<![\w$.,-])" + _NUM.replace("(", "(?P<n2>", 1)
    + r" (?P<s2>trillion|billion|million) (?:U\.S\. |US |Korean )?(?P<post>won|dollars)\b")
SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: The demand verbs of one tense each: a demand reported with any of them is the same demand.
DEMAND_VERBS = (("demanded", "asked for", "sought", "pressed for", "wanted"),
                ("demands", "asks for", "seeks", "presses for", "wants"),
                ("demanding", "asking for", "seeking", "pressing for", "wanting"))
#: Words before "this year" / "last year" that take the year without "in" ("by this year" -> "by 2020").
_PREPS = frozenset(["by", "for", "from", "since", "until", "till", "of", "than", "to", "through", "as", "before",
                    "after", "during"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])
_LOWER_OPENERS = frozenset(["The", "A", "An", "It", "Its", "This", "That", "These", "Those", "They", "He", "She", "We"])


@dataclass(frozen=True)
class Target:
    """One expected claim of a dev article that the tool gets right, located in its text and sentence."""

    article_id: str
    published: dt.date
    item: dict
    start: int
    end: int
    sent_start: int
    sent_end: int


@dataclass(frozen=True)
class Variant:
    """One copy: the target, the variation's name, the sentence's new words and where the claim's words are in it."""

    target: Target
    name: str
    sentence: str
    exact: str
    moved: int = 0  # years the article's date line is moved later (0: kept)
    want: str = ""  # "" (the corpus's verdict), "wrong" (a right figure made wrong) or "out" (another quantity)

    @property
    def id(self) -> str:
        return f"{self.target.article_id}@{self.target.start}:{self.name}"


# ----- the corpus (dev only) -----

def expected_claims(aid: str) -> list[dict]:
    return json.loads((CORPUS / "expected" / f"{aid}.json").read_text(encoding="utf-8")).get("claims", [])


def locate(text: str, exact: str, occurrence: int = 1) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(exact, pos + 1)
    return pos


def targets(aid: str) -> list[Target]:
    """Return the expected claims of a dev article with their sentences (a claim across two sentences is left)."""
    text = article_text(aid)
    art = parse_article(text)
    out = []
    for item in expected_claims(aid):
        start = locate(text, item["exact"], int(item.get("occurrence") or 1))
        sent = next((s for s in art.sentences if s.start <= start < s.end), None)
        if start < 0 or sent is None or start + len(item["exact"]) > sent.end:
            continue
        out.append(Target(aid, art.published, item, start, start + len(item["exact"]), sent.start, sent.end))
    return out


def fits(want: str, got: list[str]) -> bool:
    """Return whether the verdicts of the claims over an expected item are right, as :mod:`analysis.evaluate` scores.

    >>> fits("supported", ["supported"]), fits("not_checkable", []), fits("not_checkable", ["unverifiable"])
    (True, True, False)
    """
    return not any(v in JUDGED for v in got) if want == "not_checkable" else want in got


# ----- writing a figure another way -----

def number(x: float) -> str:
    """Write ``x`` with up to four decimals, no trailing zeros, thousands commas.

    >>> number(1040.0), number(0.87), number(1.0389), number(5.0)
    ('1,040', '0.87', '1.0389', '5')
    """
    s = f"{x:,.4f}".rstrip("0").rstrip(".")
    return s


def exact_number(x: float) -> str | None:
    """Return :func:`number` of ``x`` when it writes ``x`` exactly (to a millionth), else None.

    >>> exact_number(1.04), exact_number(1 / 3)
    ('1.04', None)
    """
    s = number(x)
    return s if abs(float(s.replace(",", "")) - x) <= 1e-6 * max(1.0, abs(x)) else None


def money_forms(value: float, currency: str) -> list[str]:
    """Return the ways news writes ``value`` in ``currency`` (KRW or USD) that write it exactly.

    >>> money_forms(1.04e12, "KRW")[:5]
    ['1.04 trillion won', '1,040 billion won', 'W1.04 trillion', '₩1.04tn', 'KRW 1.04 trillion']
    >>> money_forms(870e6, "USD")
    ['$870 million', '870 million dollars', 'US$0.87 billion', '$870m', '870 million U.S. dollars']
    """
    if currency == "KRW":
        t, b = exact_number(value / 1e12), exact_number(value / 1e9)
        forms = [f"{t} trillion won" if t and value >= 1e11 else None, f"{b} billion won" if b else None,
                 f"W{t} trillion" if t and value >= 1e11 else f"W{b} billion" if b else None,
                 f"₩{t}tn" if t and value >= 1e12 else f"₩{b}bn" if b else None,
                 f"KRW {t} trillion" if t and value >= 1e12 else f"KRW {b} billion" if b else None,
                 f"{t} trillion Korean won" if t and value >= 1e12 else f"{b} billion Korean won" if b else None]
    else:
        m, b = exact_number(value / 1e6), exact_number(value / 1e9)
        big = value >= 1e9
        forms = [f"${b} billion" if big and b else f"${m} million" if m else None,
                 f"{b} billion dollars" if big and b else f"{m} million dollars" if m else None,
                 f"US${b} billion" if b and value >= 1e8 else None,
                 f"${b}bn" if big and b else f"${m}m" if m else None,
                 f"{b} billion U.S. dollars" if big and b else f"{m} million U.S. dollars" if m else None]
    return list(dict.fromkeys(f for f in forms if f))


def read_money(exact: str) -> tuple[re.Match[str], float, str] | None:
    """Return the one money figure of a claim's words, its value and currency (None: none or two).

    >>> _, v, c = read_money("up to W6 trillion"); (v, c)
    (6000000000000.0, 'KRW')
    """
    found = list(MONEY.finditer(exact))
    if len(found) != 1:
        return None
    m = found[0]
    n = float((m["n1"] or m["n2"]).replace(",", ""))
    scale = SCALE[m["s1"] or m["s2"]]
    won = m["pre"] in ("₩", "KRW ", "W") or m["post"] == "won"
    return m, n * scale, "KRW" if won else "USD"


# ----- the variations -----

def amount_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the claim's money figure written each other way."""
    read = read_money(exact)
    if read is None:
        return
    m, value, currency = read
    for i, form in enumerate(money_forms(value, currency)):
        if form != m.group():
            new = exact[:m.start()] + form + exact[m.end():]
            yield f"amount{i}", sentence.replace(exact, new, 1), new


_IN_YEAR = re.compile(r"\b[Ii]n ((?:19|20)\d\d)\b(?![-–/\d]|'s|’s| and| to| through)")
_REL_YEAR = re.compile(r"\b(this|last) year\b(?!'s|’s)")


def year_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the claim's year told another way (outside the claim's words)."""
    pub = t.published.year
    at = sentence.find(exact)
    for m in _IN_YEAR.finditer(sentence):
        if at <= m.start() < at + len(exact):
            continue
        y = int(m.group(1))
        rel = {pub: "this year", pub - 1: "last year"}.get(y)
        if rel and not _REL_YEAR.search(sentence):
            yield "year-rel", sentence[:m.start()] + rel + sentence[m.end():], exact
        gap = sentence[at + len(exact):m.start()]
        if m.start() > at and re.fullmatch(r"(?: (?:a|per) year| annually)? ", gap):
            yield "year-for", sentence[:m.start()] + f"for {y}" + sentence[m.end():], exact
    for m in _REL_YEAR.finditer(sentence):
        if at <= m.start() < at + len(exact):
            continue
        y = pub if m.group(1) == "this" else pub - 1
        before = sentence[:m.start()].split()
        if before and before[-1].lower() in _DETERMINERS:
            continue
        words = str(y) if before and before[-1].lower() in _PREPS else f"in {y}"
        yield "year-abs", sentence[:m.start()] + words + sentence[m.end():], exact


def verb_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the demand verb before the claim's words told by each other demand verb of
    its tense (only a verb whose object is the figure: lower-case words between, no "that" or "to")."""
    at = sentence.find(exact)
    for tense in DEMAND_VERBS:
        for verb in tense:
            for m in re.finditer(r"\b" + verb + r"\b", sentence[:at]):
                gap = sentence[m.end():at]
                if not re.fullmatch(r"(?: [a-z]+){0,4} ", gap) or re.search(r"\b(?:that|to|from)\b", gap):
                    continue
                for other in tense:
                    if other != verb:
                        yield (f"verb-{other.split()[0]}", sentence[:m.start()] + other + sentence[m.end():],
                               exact)


_TIME = r"(?:in (?:(?:" + "|".join(MONTHS) + r") )?(?:19|20)\d\d|this year|last year)"
_TAIL = re.compile(r"^(?P<body>[A-Z][^\"“”‘’]*?),? (?P<time>" + _TIME + r")\.$")
_HEAD = re.compile(r"^(?P<time>" + _TIME.replace("in (?:", "[Ii]n (?:").replace("this", "[Tt]his")
                   .replace("last", "[Ll]ast") + r"), (?P<body>[^\"“”‘’]*[^.])\.$")


#: A body the time phrase may move across: one clause (no comma, dash or semicolon), no other time, no comparison.
_ONE_CLAUSE = re.compile(r"[,;:—–]|\b(?:19|20)\d\d\b|\byears?\b|\b(?:from|than|compared|since|until)\b", re.I)


def reorder_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a time phrase that ends the sentence put first, or one that opens it put
    last (a one-clause sentence with no quotation marks, no other time and no comparison)."""
    m = _TAIL.match(sentence)
    if m and m["time"] not in exact and not _ONE_CLAUSE.search(m["body"]):
        body = m["body"]
        first, _, rest = body.partition(" ")
        if first in _LOWER_OPENERS:
            body = first.lower() + " " + rest
        yield "reorder-first", f"{m['time'][0].upper()}{m['time'][1:]}, {body}.", exact
    m = _HEAD.match(sentence)
    if m and m["time"] not in exact and not _ONE_CLAUSE.search(m["body"]):
        body = m["body"]
        time = m["time"][0].lower() + m["time"][1:]
        yield "reorder-last", f"{body[0].upper()}{body[1:]} {time}.", exact


HEDGES = ("about", "around", "roughly", "approximately", "some")
_HEDGE = re.compile(r"\b(?:" + "|".join(HEDGES) + r") (?=[$₩W]|US\$|KRW |\d)")


def hedge_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the hedge before the claim's figure told by each other hedge of its sense
    ("about $1 billion" <-> "around" <-> "roughly" <-> "approximately" <-> "some")."""
    at = sentence.find(exact)
    for m in _HEDGE.finditer(sentence):
        inside = at <= m.start() < at + len(exact)
        if not inside and sentence[m.end():at] != "":
            continue
        word = m.group().strip()
        for other in HEDGES:
            if other != word:
                new = sentence[:m.start()] + other + " " + sentence[m.end():]
                yield f"hedge-{other}", new, exact.replace(word + " ", other + " ", 1) if inside else exact


_PERCENT = re.compile(r"(?<=\d)(?: percent|%| per cent)\b|(?<=\d)%")


def percent_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the claim's own percent sign written each other way ("13.9 percent" <->
    "13.9%" <-> "13.9 per cent")."""
    found = list(_PERCENT.finditer(exact))
    if len(found) != 1:
        return
    m = found[0]
    for i, other in enumerate((" percent", "%", " per cent")):
        if other != m.group():
            new = exact[:m.start()] + other + exact[m.end():]
            yield f"percent{i}", sentence.replace(exact, new, 1), new


#: The same government named another way: (pattern, its other names).
ACTORS = ((re.compile(r"\bSeoul\b(?! [A-Z])"), ("South Korea", "the South Korean government")),
          (re.compile(r"\bSouth Korea\b(?!n| [A-Z])"), ("Seoul",)),
          (re.compile(r"\bWashington\b(?! [A-Z]|['’])"), ("the United States", "the US government")),
          (re.compile(r"\bthe United States\b(?! [A-Z]|['’])"), ("Washington",)))


def actor_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a government outside the claim's words named another way ("Seoul" <->
    "South Korea", "Washington" <-> "the United States"), capitalised at the sentence's start."""
    at = sentence.find(exact)
    for pattern, others in ACTORS:
        for m in pattern.finditer(sentence):
            if at <= m.start() < at + len(exact) or m.start() < at + len(exact) < m.end():
                continue
            for i, other in enumerate(others):
                words = other[0].upper() + other[1:] if m.start() == 0 else other
                yield f"actor{i}-{m.group()[:5]}", sentence[:m.start()] + words + sentence[m.end():], exact


#: Verbs of paying of one tense each: a payment told with any of them is the same payment.
PAY_VERBS = (("paid", "contributed", "shouldered", "provided"), ("pays", "contributes", "shoulders", "provides"),
             ("pay", "contribute", "shoulder", "provide"), ("paying", "contributing", "shouldering", "providing"))
#: Nouns of a rise: a change told with any of them is the same change.
RISE_NOUNS = (("increase", "rise", "hike", "jump"), ("increases", "rises", "hikes", "jumps"))


def synonym_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a verb of paying whose object is the figure ("paid X" <-> "contributed X"
    <-> "shouldered X" <-> "provided X", the tense kept) or a noun of a rise in or right after the claim's words
    ("a 13.9 percent increase" <-> "rise" <-> "hike" <-> "jump") told by another of its set."""
    at = sentence.find(exact)
    for tense in PAY_VERBS:
        for verb in tense:
            for m in re.finditer(r"\b" + verb + r" (?=(?:(?:about|some|around|nearly|over|roughly|up to) )?[$₩W\d])",
                                 sentence[:at + 1]):
                if m.end() == at or sentence[m.end():at] in ("about ", "some ", "around ", "nearly ", "over ",
                                                               "roughly ", "up to "):
                    for other in tense:
                        if other != verb:
                            yield f"pay-{other}", sentence[:m.start()] + other + " " + sentence[m.end():], exact
    for nouns in RISE_NOUNS:
        for noun in nouns:
            m = re.search(r"\b" + noun + r"\b", exact)
            if m:
                for other in nouns:
                    if other != noun:
                        new = exact[:m.start()] + other + exact[m.end():]
                        yield f"rise-{other}", sentence.replace(exact, new, 1), new


_SMALL = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten"}


def spelled_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a whole money figure of one to ten units spelt out as broadcast copy does
    ("$5 billion" <-> "five billion dollars", "1 trillion won" <-> "one trillion won")."""
    read = read_money(exact)
    if read is None:
        return
    m, _, currency = read
    digits = m["n1"] or m["n2"]
    scale = m["s1"] or m["s2"]
    if scale not in ("trillion", "billion", "million") or digits not in map(str, _SMALL):
        return
    word = _SMALL[int(digits)]
    form = f"{word} {scale} won" if currency == "KRW" else f"{word} {scale} dollars"
    new = exact[:m.start()] + form + exact[m.end():]
    yield "spelled", sentence.replace(exact, new, 1), new


_SAID_END = re.compile(r"\.$")


def attribution_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a reported claim's sentence (no quotation marks, no speech verb) attributed
    to an unnamed source at its end (", officials said.") or its start ("According to officials, ...")."""
    if t.item.get("modality") != "reported" or re.search(r"[\"“”‘’]|\b(?:said|says|told|according)\b", sentence):
        return
    if not _SAID_END.search(sentence) or not sentence[:1].isupper():
        return
    yield "said-end", sentence[:-1] + ", officials said.", exact
    first, _, rest = sentence.partition(" ")
    if first in _LOWER_OPENERS:  # a capital opener may be a name or a phrase of its own: left
        yield "said-start", "According to officials, " + first.lower() + " " + rest, exact


_NOUN_AFTER = re.compile(r"\ba (?P<pct>\d[\d.]*(?: percent|%)) (?P<noun>increase|rise|hike|jump)\b")


def noun_phrase_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a claim's percent before its noun of a rise put after it ("a 13.9 percent
    increase" <-> "an increase of 13.9 percent"), when the claim's words are the percent alone."""
    for m in _NOUN_AFTER.finditer(sentence):
        if m["pct"] == exact:
            yield "noun-of", sentence[:m.start()] + f"an {m['noun']} of {exact}" + sentence[m.end():], exact


GENERATORS = (amount_variants, year_variants, verb_variants, reorder_variants, hedge_variants, percent_variants,
              actor_variants, synonym_variants, spelled_variants, attribution_variants, noun_phrase_variants)


def variants_of(t: Target, text: str, generators=GENERATORS) -> list[Variant]:
    """Return the copies of one target whose claim's words stay once in the new sentence."""
    sentence = text[t.sent_start:t.sent_end]
    exact = t.item["exact"]
    if sentence.count(exact) != 1:
        return []
    out = []
    for gen in generators:
        for name, new, new_exact in gen(t, sentence, exact):
            if new != sentence and new.count(new_exact) == 1:
                want = "wrong" if name.startswith("wrong") else "out" if name.startswith("out") else ""
                out.append(Variant(t, name, new, new_exact, MOVED_BY if name.startswith("moved") else 0, want))
    return list({v.id + v.sentence: v for v in out}.values())


# ----- running the copies -----

def verdicts_over(claims: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    return [v for s, e, v in claims if s < end and start < e]


@dataclass(frozen=True)
class Outcome:
    variant: Variant
    got: tuple[str, ...]

    quantities: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        if self.variant.want == "wrong":  # a right conversion of the wrong figure ("$5 billion (W5.8 trillion)") is
            return caught_or_withheld([v for v, q in zip(self.got, self.quantities, strict=True)  # no verdict of it
                                       if q != "conversion" or v != "supported"])
        if self.variant.want == "out":
            return out_of_frame(list(self.got), list(self.quantities))
        return fits(self.variant.target.item["verdict"], list(self.got))

    @property
    def wrong_contradicted(self) -> bool:
        return (not self.variant.want and self.variant.target.item.get("figure_correct") is not False
                and "contradicted" in self.got)


def run(aids: list[str], pick=lambda vs: vs, generators=GENERATORS) -> list[Outcome]:
    """Return the outcome of every picked copy of the given dev articles' claims that the original gets right."""
    with tempfile.TemporaryDirectory() as tmp:
        return [o for aid in aids for o in article_outcomes(aid, pick, Path(tmp), generators)]


def article_outcomes(aid: str, pick, folder: Path, generators=GENERATORS) -> list[Outcome]:
    """Return the outcomes of one article's picked copies (none checked when none is picked)."""
    text = article_text(aid)
    picked = pick([v for t in targets(aid) for v in variants_of(t, text, generators)])
    base = [(c.start, c.end, c.verdict) for c in dev_claims(aid)] if picked else []
    right = [v for v in picked if fits(v.target.item["verdict"], verdicts_over(base, v.target.start, v.target.end))]
    return [retold(v, text, folder) for v in right]


def retold(v: Variant, text: str, folder: Path) -> Outcome:
    """Return the verdicts (and quantities) over the claim's words in the copy whose sentence is told as ``v`` tells
    it."""
    t = v.target
    copy = text[:t.sent_start] + v.sentence + text[t.sent_end:]
    start = t.sent_start + v.sentence.find(v.exact)
    if v.moved:
        copy = move_date_line(copy, t.published, v.moved)
    over = [c for c in check_frames(copy, folder) if c[0] < start + len(v.exact) and start < c[1]]
    return Outcome(v, tuple(c[2] for c in over), tuple(c[3] for c in over))


def check_frames(text: str, folder: Path) -> list[tuple[int, int, str, str]]:
    """Return (start, end, verdict, quantity) of each claim ``check`` gives of ``text`` written to a temporary article
    file (``copy.txt`` in ``folder``, as :func:`test_claims31.dev_claims` checks the article itself)."""
    from analysis.check import check_path

    claims = check_path(write_anew(folder / "copy.txt", text)).claims
    return [(c.start, c.end, c.verdict, c.frame.quantity if c.frame else "") for c in claims]


def sampled(vs: list[Variant], every: int) -> list[Variant]:
    """About one copy in ``every`` (the CRC-32 of its id and sentence; stable)."""
    return [v for v in vs if zlib.crc32((v.id + v.sentence).encode()) % every == 0]


#: Sentences of another quantity and another year, put next to a claim: they must not change its verdict.
DISTRACTORS = ("Separately, the defence budget grew 7.4 percent in 2018.", "The alliance dates to 1953.",
               "About 28,500 troops are stationed there.")
#: A noun of the agreement a clause of another year may follow ("the deal, first signed in 1991, ...").
_DEAL = re.compile(r"\b(?:agreement|deal|pact|SMA)\b(?= [a-z])")


#: A sentence that leans on the one before it (a pronoun or demonstrative, a definite noun of a figure, a linking
#: adverb, a quotation going on): a sentence put between would change what it refers to, so none is put before it.
_LEANS_BACK = re.compile(r"[\"“‘']|(?:It|Its|This|That|These|Those|He|His|She|Her|They|Their|I|We|However|But|And|"
                         r"Still|Yet|In the|The (?:sum|amount|figure|total|increase|rise|hike|deal|agreement))\b")


def inside_quote(t: Target) -> bool:
    """Return whether the target's sentence starts inside a quotation opened earlier in its paragraph."""
    text = article_text(t.article_id)
    seg = text[text.rfind("\n", 0, t.sent_start) + 1:t.sent_start]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def distractor_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a sentence of another quantity and year put before or after the claim's,
    in its paragraph or as a paragraph of its own, or a clause of another year after the agreement's noun."""
    lean = _LEANS_BACK.match(sentence) or inside_quote(t)
    for i, other in enumerate(DISTRACTORS):
        if not lean:
            yield f"distract{i}-before", f"{other} {sentence}", exact
            yield f"distract{i}-para-before", f"{other}\n\n{sentence}", exact
        yield f"distract{i}-after", f"{sentence} {other}", exact
        yield f"distract{i}-para-after", f"{sentence}\n\n{other}", exact
    at = sentence.find(exact)
    for m in _DEAL.finditer(sentence):
        if not at <= m.start() < at + len(exact):
            yield "distract-clause", sentence[:m.end()] + ", first signed in 1991," + sentence[m.end():], exact


#: Years the date line moves in a ``moved`` copy.
MOVED_BY = 3
#: Words that tie a sentence to its date line besides a relative year: such a sentence's meaning moves with it.
_NOW_WORDS = re.compile(r"\b(?:now|current(?:ly)?|present(?:ly)?|ago|recent(?:ly)?|next|upcoming|today|this|last|"
                        r"will|shall|going)\b|['’]ll\b",
                        re.I)
_ANY_REL = re.compile(r"\b(?:this|last|next|coming|past) (?:year|month|week|decade)\b|\bago\b", re.I)


def moved_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with the claim's relative year told as its absolute year, for a copy whose date
    line moves ``MOVED_BY`` years later (a sentence with no other word tied to the date line, in an article with no
    other relative time)."""
    for name, new, new_exact in year_variants(t, sentence, exact):
        if name != "year-abs" or _NOW_WORDS.search(new):
            continue
        text = article_text(t.article_id)
        rest = text[:t.sent_start] + text[t.sent_end:]
        if not _ANY_REL.search(rest):
            yield "moved", new, new_exact


def move_date_line(text: str, published: dt.date, years: int) -> str:
    """Return ``text`` with the year of its date line (the first line of up to 60 characters that holds the year of
    ``published``) moved ``years`` later."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:8]):
        if len(line) <= 60 and str(published.year) in line:
            lines[i] = line.replace(str(published.year), str(published.year + years))
            return "\n".join(lines)
    return text


DISTRACTOR_GENERATORS = (distractor_variants, moved_variants)



# ----- the WRONG-FIGURE family (claims43): a right figure made wrong the ways reporters err -----

#: A copy's figure off its period's row by more than this (relative) is wrong beyond any outlet's rounding or rate.
WRONG_REL = 0.15
#: A copy's percent off the right change by more than this many points is wrong beyond rounding.
WRONG_POINTS = 0.65
_SCALE_SLIP = {"trillion": "billion", "billion": "million", "million": "billion", "tn": "bn", "bn": "m", "m": "bn"}


def caught_or_withheld(got: list[str]) -> bool:
    """Return whether a wrong figure's verdicts are right for a wrong figure: caught (``contradicted``,
    ``misleading``) or withheld (``unverifiable``), and never ``supported``.

    >>> caught_or_withheld(["misleading"]), caught_or_withheld(["unverifiable"]), caught_or_withheld([])
    (True, True, False)
    >>> caught_or_withheld(["supported", "contradicted"])
    False
    """
    return bool(got) and "supported" not in got and all(v in JUDGED for v in got)


def _data(name: str) -> list[dict]:
    import csv

    with open(CORPUS.parent.parent / "data" / f"{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def payment_of(year: int, currency: str) -> float | None:
    """Return the payment of ``year`` in ``currency`` units (dollars from the year's row, else the won row at the
    year's average rate), or None when the data hold none.

    >>> round(payment_of(2019, "KRW") / 1e12, 4), round(payment_of(2019, "USD") / 1e6)
    (1.0389, 891)
    """
    row = next((r for r in _data("sma_contributions") if int(r["year"]) == year), None)
    rate = next((float(r["krw_per_usd"]) for r in _data("exchange_rates") if int(r["year"]) == year), None)
    if row is None:
        return None
    if currency == "USD" and row["usd_million"]:
        return float(row["usd_million"]) * 1e6
    if not row["krw_billion"]:
        return None
    won = float(row["krw_billion"]) * 1e9
    return won if currency == "KRW" else won / rate if rate else None


def far_from(value: float, right: float | None) -> bool:
    """Return whether ``value`` is off ``right`` by more than :data:`WRONG_REL` (True when no right figure is known).

    >>> far_from(1.2e9, 1e9), far_from(1.05e9, 1e9), far_from(5.0, None)
    (True, False, True)
    """
    return right is None or abs(value / right - 1) > WRONG_REL


#: Words that make a figure a bound ("more than $800 million"): a bound made smaller or larger may still hold.
_BOUND = re.compile(r"\b(?:more than|over|above|at least|under|below|less than|nearly|almost|just|up to|"
                    r"exceed\w*|top\w*)\b", re.I)


def right_payment(t: Target) -> tuple[re.Match[str], float, str, int] | None:
    """Return a right, supported one-year payment's money figure (match, value, currency) and its year (none for a
    bound: "more than X" made wrong may still hold)."""
    item = t.item
    years = item.get("years") or []
    before = article_text(t.article_id)[max(t.sent_start, t.start - 12):t.start]
    if (item.get("quantity") != "sma_payment" or item.get("verdict") != "supported"
            or _BOUND.search(before + item["exact"]) or item.get("figure_correct") is not True or len(years) != 1):
        return None
    read = read_money(item["exact"])
    return (*read, int(years[0])) if read else None


def wrong_scale_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right payment's scale word slipped (billion for million, trillion won
    for billion won): a figure a thousand times off."""
    read = right_payment(t)
    if read is None:
        return
    m = read[0]
    key = "s1" if m["s1"] else "s2"
    slip = _SCALE_SLIP[m[key]]
    if read[2] == "USD" and m[key] in ("trillion", "tn"):
        return
    new = exact[:m.start(key)] + slip + exact[m.end(key):]
    yield "wrong-scale", sentence.replace(exact, new, 1), new


def wrong_currency_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right payment told in the other currency at a rate of 1,000 won to the
    dollar ("1.0389 trillion won" -> "$1.0389 billion"), when the year's average rate makes that figure wrong."""
    read = right_payment(t)
    if read is None:
        return
    m, value, currency, year = read
    other, moved = ("USD", value / 1000) if currency == "KRW" else ("KRW", value * 1000)
    if len((m["n1"] or m["n2"]).replace(",", "").replace(".", "").strip("0")) < 2:
        return  # a round figure ("1 trillion won") is read as rounded to its one digit
    if not far_from(moved, payment_of(year, other)):
        return
    forms = money_forms(moved, other)
    if forms:
        new = exact[:m.start()] + forms[0] + exact[m.end():]
        yield "wrong-currency", sentence.replace(exact, new, 1), new


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THIS_LAST = re.compile(r"\b(?:this|last) year\b(?!['’])")


def shifted_years(sentence: str, exact: str, year: int, published: int) -> Iterator[tuple[int, str]]:
    """Yield (new year, sentence) with the one year the sentence names outside ``exact`` (``year``, as a number or
    as "this year"/"last year") told as the year before and the year after.

    >>> [y for y, _ in shifted_years("Seoul paid X in 2019.", "X", 2019, 2020)]
    [2018, 2020]
    >>> [s for _, s in shifted_years("Seoul paid X last year.", "X", 2019, 2020)]
    ['Seoul paid X this year.']
    """
    rest = sentence.replace(exact, " " * len(exact), 1)
    found = list(_YEAR.finditer(rest))
    rel = list(_THIS_LAST.finditer(rest))
    if len(found) == 1 and not rel and int(found[0].group()) == year:
        m = found[0]
        for y in (year - 1, year + 1):
            yield y, sentence[:m.start()] + str(y) + sentence[m.end():]
    elif len(rel) == 1 and not found:
        m = rel[0]
        said = published if m.group().startswith("this") else published - 1
        if said == year:
            other = "last year" if said == published else "this year"
            yield (published - 1 if said == published else published), sentence[:m.start()] + other + sentence[m.end():]


def wrong_year_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right payment given for the year before or after its own, when that
    year's payment is far from the figure (or the data hold none)."""
    read = right_payment(t)
    if read is None:
        return
    _, value, currency, year = read
    for y, new in shifted_years(sentence, exact, year, t.published.year):
        if y <= t.published.year and far_from(value, payment_of(y, currency)):
            yield f"wrong-year{y - year:+d}", new, exact


_PCT_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?= ?(?:percent|%|per cent))")


def right_change(t: Target) -> tuple[re.Match[str], float] | None:
    """Return a right, supported one-year payment rise's percent (match in its words) and the data's change."""
    item = t.item
    years = item.get("years") or []
    found = list(_PCT_NUMBER.finditer(item["exact"]))
    if (item.get("quantity") != "sma_change" or item.get("verdict") != "supported" or len(found) != 1
            or item.get("figure_correct") is not True or len(years) != 1):
        return None
    now, before = payment_of(int(years[0]), "KRW"), payment_of(int(years[0]) - 1, "KRW")
    if not now or not before or now <= before:
        return None
    return found[0], (now / before - 1) * 100


def wrong_percent_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right rise's percent computed from the wrong base (the new payment, not
    the old) or rounded the wrong way (13.9 -> 13, 8.2 -> 9), when that is off the data's change."""
    read = right_change(t)
    if read is None:
        return
    m, right = read
    printed = float(m.group())
    frac = printed % 1
    wrong_round = float(int(printed) + (1 if frac < 0.5 else 0)) if frac else None
    for name, wrong in (("wrong-base", round(100 * right / (100 + right), 1)), ("wrong-round", wrong_round)):
        if wrong is not None and abs(wrong - right) > WRONG_POINTS:
            new = exact[:m.start()] + number(wrong) + exact[m.end():]
            yield name, sentence.replace(exact, new, 1), new


def demand_rows() -> list[tuple[int, int, float, str]]:
    """Return (year asked, year asked for, amount, currency) of each demand on record."""
    return [(int(r["date"][:4]), int(r["for_year"] or r["date"][:4]), float(r["amount"]), r["currency"])
            for r in _data("demands") if r["amount"] and r["date"]]


def wrong_demand_year_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right demand attributed to a year three before its own, when no demand on
    record of that year is near the figure."""
    item = t.item
    read = read_money(exact)
    years = item.get("years") or []
    if (item.get("quantity") != "demand" or item.get("verdict") != "supported" or read is None
            or item.get("figure_correct") is not True or len(years) != 1):
        return
    _, value, currency = read
    year = int(years[0])
    y = year - 3
    near = [a for asked, for_year, a, c in demand_rows() if c == currency and y in (asked, for_year)
            and not far_from(value, a)]
    rest = sentence.replace(exact, " " * len(exact), 1)
    found = list(_YEAR.finditer(rest))
    if not near and len(found) == 1 and int(found[0].group()) == year:
        m = found[0]
        yield "wrong-demand-year", sentence[:m.start()] + str(y) + sentence[m.end():], exact


_TRUMP = re.compile(r"\b(?:(?:President|Mr\.?|Donald(?: J\.)?) )*Trump\b(?!['’]| administration)")


def wrong_actor_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right demand of Trump's attributed to Biden (who made none on record),
    when Trump is named once before the figure and no quotation mark stands in the sentence."""
    item = t.item
    if (item.get("quantity") != "demand" or item.get("verdict") != "supported" or item.get("figure_correct") is not True
            or re.search(r"[\"“”]", sentence)):
        return
    at = sentence.find(exact)
    found = list(_TRUMP.finditer(sentence))
    if len(found) == 1 and found[0].end() <= at:
        m = found[0]
        words = "President Joe Biden" if "President" in m.group() else "Joe Biden" if "Donald" in m.group() else "Biden"
        yield "wrong-actor", sentence[:m.start()] + words + sentence[m.end():], exact


_AVERAGE = re.compile(r"\baverag\w*|\bon average\b|\ba year\b|\bannual(?:ly)?\b", re.I)


def wrong_average_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right average yearly rise over three or more years (claims45: "the average
    annual increase of 6.2% for the past five years") told as the total rise over those years (35 %), the slip of
    a rate for a sum, when the sentence says the rate is an average or yearly."""
    item = t.item
    years = [int(y) for y in item.get("years") or []]
    found = list(_PCT_NUMBER.finditer(exact))
    if (item.get("quantity") != "sma_change" or item.get("verdict") != "supported" or len(found) != 1
            or item.get("figure_correct") is not True or len(years) < 3 or not _AVERAGE.search(sentence)):
        return
    first, last = payment_of(years[0] - 1, "KRW"), payment_of(years[-1], "KRW")
    if not first or not last:
        return
    total = (last / first - 1) * 100
    m = found[0]
    if abs(total - float(m.group())) > WRONG_POINTS:
        new = exact[:m.start()] + number(round(total, 1)) + exact[m.end():]
        yield "wrong-average", sentence.replace(exact, new, 1), new


WRONG_GENERATORS = (wrong_scale_variants, wrong_currency_variants, wrong_year_variants, wrong_percent_variants,
                    wrong_demand_year_variants, wrong_actor_variants, wrong_average_variants)


# ----- the OUT-OF-FRAME family (claims43): a right payment's figure told of another quantity -----

#: Sentences of another quantity a payment's figure and year may be told of: none is an SMA payment.
OUT_OF_FRAME = ("Japan's host-nation support for the U.S. forces there came to {fig} in {year}.",
                "Seoul agreed to buy {fig} worth of American fighter jets in {year}.",
                "The Korean workers on the U.S. bases were paid {fig} in wages in {year}.",
                "Exporters said the new tariff on Korean steel cost them {fig} in {year}.",
                "South Korea's defense budget grew by {fig} in {year}.",
                "Germany spent {fig} on the upkeep of U.S. bases on its soil in {year}.")
#: Quantities of the cost-sharing deal itself: an out-of-frame figure must be read as none of them.
SMA_QUANTITIES = frozenset(["sma_payment", "demand", "offer", "sma_change", "forecast", "conversion"])


def out_of_frame(got: list[str], quantities: list[str]) -> bool:
    """Return whether a figure of another quantity is read as none of the deal's own quantities.

    >>> out_of_frame(["not_checkable"], ["other"]), out_of_frame(["supported"], ["sma_payment"])
    (True, False)
    """
    return not any(q in SMA_QUANTITIES for q in quantities)


def out_of_frame_variants(t: Target, sentence: str, exact: str) -> Iterator[tuple[str, str, str]]:
    """Yield (name, sentence, exact) with a right payment's sentence replaced by one of another quantity of the same
    figure and year (:data:`OUT_OF_FRAME`)."""
    read = right_payment(t)
    if read is None:
        return
    for i, form in enumerate(OUT_OF_FRAME):
        yield f"out{i}", form.format(fig=exact, year=read[3]), exact


OUT_GENERATORS = (out_of_frame_variants,)

if __name__ == "__main__":  # the whole run, every failure printed
    import sys

    every = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    names = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("",)  # variation names to run (prefixes)
    gens = (DISTRACTOR_GENERATORS if names[0].startswith(("distract", "moved")) else WRONG_GENERATORS
            if names[0].startswith("wrong") else OUT_GENERATORS if names[0].startswith("out") else GENERATORS)
    outs = run(list(dev_ids()), lambda vs: [v for v in sampled(vs, every) if v.name.startswith(names)], gens)
    for o in outs:
        if not o.ok:
            t = o.variant.target
            want = o.variant.want or t.item["verdict"]
            print(f"FAIL {o.variant.id} want {want} got {list(o.got)} {list(o.quantities)}\n  {o.variant.sentence}")
    print(len(outs), "copies", sum(not o.ok for o in outs), "fail",
          sum(o.wrong_contradicted for o in outs), "contradicted on a right figure")
