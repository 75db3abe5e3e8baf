"""Score the annotator and the claim checks against a corpus of hand-reviewed expected annotations.

A corpus is a folder with ``index.csv`` (one row per article, with its ``split``: ``dev`` or
``heldout``), ``articles/<id>.txt`` and ``expected/<id>.json`` (format in ``tests/corpus/README.md``).
Every expected item is located in the article by its ``exact`` text (and ``occurrence``); a predicted
span *finds* it when the two overlap. The measures, per split:

- money: found with the right value (amount within 0.5 %, same currency) over all expected amounts;
  precision = predicted amounts that overlap an expected one;
- dates: found and resolved to the expected range (an expected ``null`` range is right when no
  predicted span resolves it);
- quotes: speaker right (the predicted speaker's name equals the expected speaker or an alias; a
  missing quote or an empty speaker where the text names one is wrong); also per attribution rule (the
  ``attribution`` of the quote span: ``named``, ``pronoun``, ``continuation`` ..., ``none`` when the quote
  gives no speaker), shown by ``evaluate --by-rule``;
- people: first mentions found, each as the right person (:func:`same_person`);
- findings: predicted findings with no expected finding of that kind at that place, per article;
  ``ambiguous_reference`` on a full name (two or more words);
- claims: verdict right; ``contradicted`` verdicts on right figures (or on no expected claim);
  wrong figures the data can tell (expected ``contradicted`` or ``misleading``) caught.

>>> score = Score(); score.add("dates", True); score.add("dates", False); score.rate("dates")
0.5
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from analysis.errors import InputError

__all__ = [
    "GOALS",
    "CorpusArticle",
    "Score",
    "attribution_rule",
    "battery_articles",
    "battery_ids",
    "by_rule",
    "evaluate",
    "format_by_rule",
    "format_table",
    "load_corpus",
    "score_article",
]

SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Goal:
    """One measure of the table: its label, the counter it reads and the goal it must meet."""

    key: str
    label: str
    goal: float
    higher_is_better: bool = True
    per_article: bool = False
    percent: bool = True

    def shown(self) -> str:
        """Return the goal as the table shows it.

        >>> Goal("x", "x", 0.97).shown(), Goal("y", "y", 0, higher_is_better=False, percent=False).shown()
        ('≥ 97 %', '≤ 0')
        """
        sign = "≥ " if self.higher_is_better else "≤ "
        return sign + (f"{100 * self.goal:g} %" if self.percent else f"{self.goal:g}")

    def met(self, value: float | None) -> bool | None:
        """Return whether ``value`` meets the goal (None when there is nothing to measure).

        >>> Goal("x", "x", 0.9).met(0.95), Goal("y", "y", 0.2, higher_is_better=False).met(0.4)
        (True, False)
        """
        if value is None:
            return None
        return value >= self.goal if self.higher_is_better else value <= self.goal


#: The goals of issues 9 and 10, in table order.
GOALS: tuple[Goal, ...] = (
    Goal("dates", "dates found and resolved right", 0.97),
    Goal("money", "money found with the right value", 0.97),
    Goal("money_precision", "money spans that are amounts (precision)", 0.95),
    Goal("speakers", "quote speakers right", 0.90),
    Goal("people", "people found as the right person (first mentions)", 0.90),
    Goal("false_findings", "false findings per article", 0.2, higher_is_better=False, per_article=True,
         percent=False),
    Goal("full_name_ambiguous", "ambiguous_reference on a full name", 0, higher_is_better=False, percent=False),
    Goal("verdicts", "claim verdicts right", 0.90),
    Goal("verdicts_covered", "of them, figures the data covers (not `not_checkable`)", 0.90),
    Goal("wrong_contradicted", "'contradicted' on a right figure", 0, higher_is_better=False, percent=False),
    Goal("caught", "wrong figures caught", 1.0),
)


@dataclass
class Score:
    """Counts of right and total per measure, plus plain counts (false findings, wrong contradictions)."""

    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, ok: bool, why: str = "") -> None:
        """Count one item of measure ``key``; a wrong one keeps ``why`` for ``--misses``."""
        self.total[key] += 1
        self.right[key] += int(ok)
        if not ok and why:
            self.misses.append(f"{key}: {why}")

    def count(self, key: str, why: str = "") -> None:
        """Count one occurrence of a plain count such as a false finding."""
        self.counts[key] += 1
        if why:
            self.misses.append(f"{key}: {why}")

    def rate(self, key: str) -> float | None:
        """Return right/total for ``key`` (None when nothing was counted)."""
        return self.right[key] / self.total[key] if self.total[key] else None

    def merge(self, other: Score) -> None:
        """Add another score's counts into this one."""
        self.right.update(other.right)
        self.total.update(other.total)
        self.counts.update(other.counts)
        self.articles += other.articles
        self.misses.extend(other.misses)

    def value(self, goal: Goal) -> float | None:
        """Return the measured value for a goal: a rate, a count, or a count per article.

        >>> s = Score(articles=5); s.count("false_findings"); s.value(GOALS[5])
        0.2
        """
        if goal.percent:
            return self.rate(goal.key)
        if goal.per_article:
            return self.counts[goal.key] / self.articles if self.articles else None
        return float(self.counts[goal.key])

    def cell(self, goal: Goal) -> str:
        """Return the table cell for a goal: ``"97.1 % (34/35)"``, ``"0.20 (1/5)"`` or ``"0"``."""
        if goal.percent:
            if not self.total[goal.key]:
                return "–"
            r, t = self.right[goal.key], self.total[goal.key]
            return f"{100 * r / t:.1f} % ({r}/{t})"
        if goal.per_article:
            n = self.counts[goal.key]
            return f"{n / self.articles:.2f} ({n}/{self.articles})" if self.articles else "–"
        return str(self.counts[goal.key])


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a corpus: its id, file, split, outlet, publication date and expected annotation."""

    article_id: str
    path: Path
    split: str
    outlet: str
    published: str
    expected: dict[str, Any]


def load_corpus(folder: str | Path) -> list[CorpusArticle]:
    """Return the corpus's articles in index order (a bad index or expected file raises InputError).

    >>> from analysis.paths import ROOT
    >>> arts = load_corpus(ROOT / "tests" / "corpus")
    >>> all(a.split in SPLITS for a in arts)
    True
    """
    root = Path(folder)
    index = root / "index.csv"
    if not index.is_file():
        raise InputError("no index.csv", where=str(root), fix="give a corpus folder (see tests/corpus/README.md)")
    with index.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for line, row in enumerate(rows, start=2):
        where = f"{index}:{line}"
        aid, split = row.get("article_id") or "", row.get("split") or ""
        if None in row:
            raise InputError("the row has more fields than the header (a quote mark inside a quoted field?)",
                             where=where, fix='double every " inside a quoted field, or use another mark')
        if split not in SPLITS:
            raise InputError(f"split {split!r} is not one of {SPLITS}", where=where, fix="set dev or heldout")
        path, exp_path = root / "articles" / f"{aid}.txt", root / "expected" / f"{aid}.json"
        for p in (path, exp_path):
            if not p.is_file():
                raise InputError(f"{p.name} is missing", where=where, fix="add the file or remove the row")
        try:
            expected = json.loads(exp_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON ({exc})", where=str(exp_path), fix="fix the file") from None
        out.append(CorpusArticle(aid, path, split, row.get("outlet", ""), row.get("published", ""), expected))
    return out


#: The file listing the articles the generated and metamorphic test batteries read (:func:`battery_ids`).
BATTERIES = "batteries.txt"


def battery_ids(folder: str | Path) -> tuple[str, ...]:
    """Return the ids listed in the corpus's ``batteries.txt`` (index order): the dev articles that the generated and
    metamorphic batteries re-tell, rename and mutate. A fixed list, not "every dev article": moving a batch to dev
    leaves the batteries, their floors and their time as they were; an article joins them by being listed. A listed
    id that is no dev article of the index raises InputError (a held-out text is never read by a battery).

    >>> from analysis.paths import ROOT
    >>> ids = battery_ids(ROOT / "tests" / "corpus")
    >>> len(ids) > 250, len(set(ids)) == len(ids)
    (True, True)
    """
    root = Path(folder)
    listed = root / BATTERIES
    with (root / "index.csv").open(encoding="utf-8", newline="") as f:
        split = {r["article_id"]: r["split"] for r in csv.DictReader(f)}
    ids = []
    for line, raw in enumerate(listed.read_text(encoding="utf-8").splitlines(), start=1):
        aid = raw.split("#", 1)[0].strip()
        if not aid:
            continue
        if split.get(aid) != "dev":
            why = "a held-out article" if aid in split else "not in index.csv"
            raise InputError(f"{aid!r} is {why}", where=f"{listed}:{line}", fix="list dev articles only")
        ids.append(aid)
    order = {aid: k for k, aid in enumerate(split)}
    return tuple(sorted(dict.fromkeys(ids), key=order.__getitem__))


def battery_articles(folder: str | Path) -> list[CorpusArticle]:
    """Return the corpus's articles that its ``batteries.txt`` lists (:func:`battery_ids`), in index order.

    >>> from analysis.paths import ROOT
    >>> arts = battery_articles(ROOT / "tests" / "corpus")
    >>> [a.article_id for a in arts] == list(battery_ids(ROOT / "tests" / "corpus"))
    True
    """
    listed = set(battery_ids(folder))
    return [a for a in load_corpus(folder) if a.article_id in listed]


# --- locating expected items ----------------------------------------------------------------------


def locate(text: str, item: dict[str, Any], where: str) -> tuple[int, int]:
    """Return the (start, end) of an expected item's ``exact`` (its ``occurrence``-th match, 1-based).

    >>> locate("a b a", {"exact": "a", "occurrence": 2}, "x")
    (4, 5)
    """
    exact, n = item.get("exact") or "", int(item.get("occurrence") or 1)
    pos = -1
    for _ in range(n):
        pos = text.find(exact, pos + 1)
        if pos < 0 or not exact:
            raise InputError(f"expected text {exact!r} (occurrence {n}) is not in the article", where=where,
                             fix="correct 'exact' or 'occurrence' in the expected file")
    return pos, pos + len(exact)


def _overlapping(items: Iterable[Any], start: int, end: int) -> list[Any]:
    return [x for x in items if _start(x) < end and start < _end(x)]


def _start(x: Any) -> int:
    return x["start"] if isinstance(x, dict) else x.start


def _end(x: Any) -> int:
    return x["end"] if isinstance(x, dict) else x.end


def norm_name(name: str | None) -> str:
    """Return a name folded for comparison: lower case, letters and digits only, single spaces, no leading article
    (a speaker named "the State Department" in the text is the State Department of an alias list, and "a spokesman for
    the embassy" the "spokesman for the embassy" a tool gives).

    >>> norm_name("Jeong Kyeong-doo"), norm_name("U.S. Forces Korea"), norm_name("The State Department")
    ('jeong kyeong doo', 'us forces korea', 'state department')
    >>> norm_name("a spokesman for the embassy"), norm_name("An official"), norm_name("A")
    ('spokesman for the embassy', 'official', 'a')
    """
    if not name:
        return ""
    words = re.sub(r"[^\w\s-]", "", name.casefold()).replace("-", " ").split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in ("the", "a", "an") else words)


# --- one article ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    """What the tools said about one article, with where to look for its expected items."""

    art: CorpusArticle
    text: str
    spans: Sequence[Any]
    findings: Sequence[Any]
    claims: Sequence[Any]
    names: dict[str, str]
    aliases: dict[str, frozenset[str]] = field(default_factory=dict)

    def where(self, section: str) -> str:
        return f"{self.art.article_id}.json {section}"

    def of_kind(self, *kinds: str) -> list[Any]:
        return [s for s in self.spans if s.kind in kinds]

    def expected(self, section: str) -> list[tuple[dict[str, Any], int, int]]:
        items = self.art.expected.get(section) or []
        return [(it, *locate(self.text, it, self.where(section))) for it in items]


def _money(run: _Run, score: Score) -> None:
    predicted = run.of_kind("money")
    located = run.expected("money")
    for item, s, e in located:
        hits = _overlapping(predicted, s, e)
        ok = any(_same_amount(h.value, item) for h in hits)
        got = [(h.exact, h.value.get("amount"), h.value.get("currency")) for h in hits]
        score.add("money", ok, f"{run.art.article_id}: {item['exact']!r} want {item.get('amount')} "
                               f"{item.get('currency')}, got {got}")
    for p in predicted:
        ok = any(s < p.end and p.start < e for _, s, e in located)
        score.add("money_precision", ok, f"{run.art.article_id}: {p.exact!r} is not an expected amount")


def _same_amount(value: dict[str, Any], item: dict[str, Any]) -> bool:
    """Return whether a predicted money value matches an expected one (0.5 % and the same currency).

    >>> _same_amount({"amount": 4.7e9, "currency": "USD"}, {"amount": 4.7e9, "currency": "USD"})
    True
    """
    want, got = item.get("amount"), value.get("amount")
    if want is None or got is None:
        return want is None and got is None
    if abs(got - want) > 0.005 * abs(want):
        return False
    return (value.get("currency") or value.get("currency_inferred")) == item.get("currency")


def _dates(run: _Run, score: Score) -> None:
    predicted = run.of_kind("date")
    for item, s, e in run.expected("dates"):
        hits = _overlapping(predicted, s, e)
        want = (item.get("start"), item.get("end"))
        if want == (None, None):
            ok = not any(h.value.get("start") for h in hits)
        else:
            ok = any((h.value.get("start"), h.value.get("end")) == want for h in hits)
        got = [(h.exact, h.value.get("start"), h.value.get("end")) for h in hits]
        score.add("dates", ok, f"{run.art.article_id}: {item['exact']!r} want {want}, got {got}")


def speaker_name(value: dict[str, Any], names: dict[str, str]) -> str | None:
    """Return the name a predicted quote gives its speaker: full name, gazetteer name or the words used.

    >>> speaker_name({"speaker": "mark-esper", "speaker_text": "he"}, {"mark-esper": "Mark Esper"})
    'Mark Esper'
    """
    if value.get("speaker_name"):
        return value["speaker_name"]
    if value.get("speaker"):
        return names.get(value["speaker"], value["speaker"])
    antecedent = value.get("antecedent") or {}
    return antecedent.get("exact") or value.get("speaker_text")


#: Nouns of a document whose description the Conventions accept beside its issuer ("the letter", "a statement").
JOINT_DOCUMENTS = frozenset({"letter", "statement", "release", "communique", "communiqué", "resolution", "declaration",
                             "readout", "memo", "op-ed", "column", "article", "report", "text"})
#: Words after a group's head noun that open its complement ("the chief negotiator for the U.S.": "negotiator").
_COMPLEMENT_WORDS = frozenset({"of", "for", "at", "to", "in", "from", "with", "on"})


def joint_alias(alias: str) -> bool:
    """Return whether an alias in lower case names a joint document or its signers as a group, which the Conventions
    accept as a joint statement's or letter's speaker beside its first-named issuer ("the senators", "the Members",
    "the two officials", "a letter"), not a role one person holds ("the negotiator", "official", "he").

    >>> [joint_alias(a) for a in ("the Members", "the two officials", "a letter", "the negotiator", "he")]
    [True, True, True, False, False]
    >>> joint_alias("the chief negotiator for the U.S."), joint_alias("the sister of the leader")
    (False, False)
    """
    words = alias.split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _COMPLEMENT_WORDS), len(words))
    head = re.sub(r"[^\w-]", "", words[cut - 1]) if cut else ""
    if head.lower() in JOINT_DOCUMENTS:
        return True
    return len(words) > 1 and head.isalpha() and head.endswith("s") and not head.endswith("ss")


#: Words of an expected quote's note saying it comes from a document its speaker signed or issued with others.
_JOINT_NOTE = re.compile(r"\b(?:joint|co-?authored|co-?signed|signers?|signed|letter|statement|op-ed|column|"
                         r"communiqu[eé]|declaration|release|resolution)\b", re.IGNORECASE)


def joint_document(item: dict[str, Any]) -> bool:
    """Return whether an expected quote comes from a document its speaker signed or issued (the joint-letter
    Convention): an alias names the document ("a letter", "the statement"), or the item's note says so ("joint
    letter", "joint authors", "the letter's first signer").

    >>> joint_document({"aliases": ["Wendle", "the letter"]}), joint_document({"aliases": [], "note": "joint authors"})
    (True, True)
    >>> joint_document({"aliases": ["the U.S. negotiators"], "note": "partial quote of the negotiators' accusation"})
    False
    """
    heads = (re.sub(r"[^\w-]", "", a.split()[-1]).lower() for a in item.get("aliases") or [] if a.split())
    return any(h in JOINT_DOCUMENTS for h in heads) or bool(_JOINT_NOTE.search(item.get("note") or ""))


def _speaker_ok(got: str | None, item: dict[str, Any], persons: frozenset[str] = frozenset()) -> bool:
    """Return whether a predicted speaker name is the expected speaker (or one of its aliases). When the expected
    speaker is one of the article's ``persons`` (folded names of its expected people), an alias that is a role in
    lower case ("official", "the negotiator") is not accepted: a quote left to a role when the text names the person
    is a speaker left unresolved (audit42s).

    >>> _speaker_ok("Esper", {"speaker": "Mark Esper", "aliases": ["Esper"]})
    True
    >>> _speaker_ok(None, {"speaker": None}), _speaker_ok("Kim", {"speaker": "Kim Jun-seok"})
    (True, False)
    >>> cooper = {"speaker": "Ann Cooper", "aliases": ["Cooper", "official"]}
    >>> _speaker_ok("official", cooper), _speaker_ok("official", cooper, frozenset({"ann cooper"}))
    (True, False)

    A joint document's description or its signers as a group ("the senators", "the letter") stays accepted when the
    quote comes from a document the speaker signed or issued with others (:func:`joint_document`): the Conventions
    make either the first-named signer or the joint description the speaker (:func:`joint_alias`). A group beside
    a person who speaks alone ("the U.S. negotiators" for one negotiator) is a role, not accepted.

    >>> bell, people = {"speaker": "Jo Bell", "aliases": ["the senators", "the negotiator"]}, frozenset({"jo bell"})
    >>> _speaker_ok("the senators", bell, people), _speaker_ok("the negotiator", bell, people)
    (False, False)
    >>> _speaker_ok("the senators", bell | {"note": "joint letter: the first-named signer"}, people)
    True
    """
    want = item.get("speaker")
    if want is None:
        return got is None
    aliases = item.get("aliases") or []
    if norm_name(want) in persons:
        joint = joint_document(item)
        aliases = [a for a in aliases if not a[:1].islower() or (joint and joint_alias(a))]
    accepted = {norm_name(want), *(norm_name(a) for a in aliases)}
    return norm_name(got) in accepted if got else False


def _quotes(run: _Run, score: Score) -> None:
    predicted = run.of_kind("quote")
    persons = frozenset(norm_name(p.get("name")) for p in run.art.expected.get("people") or [])
    for item, s, e in run.expected("quotes"):
        hits = _overlapping(predicted, s, e)
        got = speaker_name(hits[0].value, run.names) if hits else None
        ok = bool(hits) and _speaker_ok(got, item, persons)
        rule = attribution_rule(hits[0].value if hits else None, got)
        score.add(RULE_PREFIX + rule, ok)
        score.add("speakers", ok, f"{run.art.article_id}: quote {item['exact'][:40]!r} want "
                                  f"{item.get('speaker')!r}, got {got!r} ({rule})")


#: Counter keys of the per-rule speaker measure start with this (``rule:named``, ``rule:none`` ...).
RULE_PREFIX = "rule:"


def attribution_rule(value: dict[str, Any] | None, got: str | None) -> str:
    """Return the attribution rule a quote's speaker is credited to: ``none`` when it gives no speaker.

    ``no quote span`` when the annotator did not find the quote at all.

    >>> attribution_rule({"attribution": "pronoun"}, "Mark Esper"), attribution_rule({"attribution": "x"}, None)
    ('pronoun', 'none')
    >>> attribution_rule(None, None)
    'no quote span'
    """
    if value is None:
        return "no quote span"
    if not got:
        return "none"
    return str(value.get("attribution") or "unknown")


def by_rule(score: Score) -> dict[str, tuple[int, int]]:
    """Return, per attribution rule, (right, total) speakers, most frequent rule first.

    >>> s = Score(); s.add("rule:named", True); s.add("rule:named", False); s.add("rule:none", True)
    >>> by_rule(s)
    {'named': (1, 2), 'none': (1, 1)}
    """
    keys = [k for k in score.total if k.startswith(RULE_PREFIX)]
    keys.sort(key=lambda k: (-score.total[k], k))
    return {k[len(RULE_PREFIX):]: (score.right[k], score.total[k]) for k in keys}


def format_by_rule(scores: dict[str, Score]) -> str:
    """Return the Markdown table of quote speakers right per attribution rule: one column per split.

    >>> s = Score(articles=1); s.add("rule:named", True); s.add("rule:none", False)
    >>> print(format_by_rule({"dev": s}), end="")
    | attribution rule | dev (1 articles) |
    |---|---|
    | named | 100.0 % (1/1) |
    | none | 0.0 % (0/1) |
    """
    rules = list(by_rule(scores.get("all") or Score()) or {})
    for s in scores.values():
        rules += [r for r in by_rule(s) if r not in rules]
    heads = [f"{k} ({v.articles} articles)" for k, v in scores.items()]
    lines = ["| attribution rule | " + " | ".join(heads) + " |", "|---|" + "---|" * len(heads)]
    for rule in rules:
        cells = []
        for s in scores.values():
            right, total = by_rule(s).get(rule, (0, 0))
            cells.append(f"{100 * right / total:.1f} % ({right}/{total})" if total else "–")
        lines.append(f"| {rule} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def same_person(got: str | None, want: str | None) -> bool:
    """Return whether a person span's name can be the expected person: the words of one name are all in the other
    (a surname the tool left unresolved is the full name it belongs to; another person of that surname is not).
    A span named exactly as the words printed is right too (a romanisation the reader normalised).

    >>> same_person("Trump", "Donald Trump"), same_person("Donald Trump", "Donald J. Trump")
    (True, True)
    >>> same_person("Yoon Mi-hyang", "Yoon Suk Yeol"), same_person(None, "Yoon Suk Yeol")
    (False, False)
    """
    a, b = set(norm_name(got).split()), set(norm_name(want).split())
    return bool(a and b) and (a <= b or b <= a)


def listed_alias(value: dict[str, Any] | None, want: str | None, aliases: dict[str, frozenset[str]]) -> bool:
    """Return whether a person span resolved to a gazetteer entry names the expected person by one of that entry's own
    listed names ("Joseph Biden" printed, read as the entry "Joe Biden" whose aliases list it): the gazetteer's
    mapping, not a guess, so the mention is found as the right person.

    >>> listed_alias({"id": "joe-biden"}, "Joseph Biden", {"joe-biden": frozenset({"joseph biden", "biden"})})
    True
    >>> listed_alias({"id": "joe-biden"}, "Hunter Biden", {"joe-biden": frozenset({"joseph biden", "biden"})})
    False
    """
    eid = (value or {}).get("id")
    return bool(eid and want) and norm_name(want) in aliases.get(eid, frozenset())


def _people(run: _Run, score: Score) -> None:
    predicted = run.of_kind("person")
    for item, s, e in run.expected("people"):
        hits = _overlapping(predicted, s, e)
        names = [(h.value or {}).get("name") for h in hits]
        ok = any(same_person(n, item.get("name")) or norm_name(n) == norm_name(item["exact"]) for n in names) or any(
            listed_alias(h.value, item.get("name"), run.aliases) for h in hits)
        why = "found as another person" if hits else "not found"
        score.add("people", ok, f"{run.art.article_id}: person {item['exact']!r} {why}")


def _findings(run: _Run, score: Score) -> None:
    expected = run.expected("findings")
    for f in run.findings:
        kind, s, e = f["kind"], f["start"], f["end"]
        if not any(it["kind"] == kind and s0 < e and s < e0 for it, s0, e0 in expected):
            score.count("false_findings", f"{run.art.article_id}: {kind} at {f['exact'][:50]!r}")
        if kind == "ambiguous_reference" and len(f["exact"].split()) >= 2:
            score.count("full_name_ambiguous", f"{run.art.article_id}: {f['exact']!r}")


_JUDGED = {"supported", "contradicted", "misleading"}


def _claims(run: _Run, score: Score) -> None:
    located = run.expected("claims")
    for item, s, e in located:
        hits = _overlapping(run.claims, s, e)
        want = item.get("verdict")
        got = [h["verdict"] for h in hits]
        ok = not any(v in _JUDGED or v == "unverifiable" for v in got) if want == "not_checkable" else want in got
        score.add("verdicts", ok, f"{run.art.article_id}: {item['exact']!r} want {want}, got {got}")
        if want != "not_checkable":  # a figure the data can judge (a not-checkable one is right when nothing is said)
            score.add("verdicts_covered", ok)
        if item.get("figure_correct") is False and want in {"contradicted", "misleading"}:  # the data can tell
            score.add("caught", any(v in {"contradicted", "misleading"} for v in got),
                      f"{run.art.article_id}: wrong figure {item['exact']!r} not caught (got {got})")
    for c in run.claims:
        if c["verdict"] != "contradicted" or c["kind"] == "dated":  # the corpus lists figures, not dated events
            continue
        items = [it for it, s, e in located if s < c["end"] and c["start"] < e]
        if not items or any(it.get("figure_correct") is not False for it in items):
            score.count("wrong_contradicted", f"{run.art.article_id}: {c['exact']!r} called contradicted")


SECTIONS: tuple[Callable[[_Run, Score], None], ...] = (_money, _dates, _quotes, _people, _findings, _claims)


@cache
def _gazetteer_names() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Return the gazetteer's entities' names and their normalised names and aliases, by id (built once a run).

    >>> names, aliases = _gazetteer_names()
    >>> names["donald-trump"], "trump" in aliases["donald-trump"]
    ('Donald Trump', True)
    """
    from analysis.extract.entities import load_gazetteer

    entities = load_gazetteer().entities
    names = {eid: e.name for eid, e in entities.items()}
    return names, {eid: frozenset(norm_name(a) for a in (e.name, *e.aliases)) for eid, e in entities.items()}


def score_article(art: CorpusArticle, tables: Any = None) -> Score:
    """Return the score of one corpus article: annotate it, check it, compare with its expected file."""
    from analysis.article import read_article
    from analysis.check import check_annotation
    from analysis.extract import annotate_article

    article = read_article(art.path)
    ann = annotate_article(article)
    report = check_annotation(ann, tables)
    names, aliases = _gazetteer_names()
    claims = [c.to_dict() for c in report.claims]
    run = _Run(art, article.source_text, ann.spans, list(report.findings), claims, names, aliases)
    score = Score(articles=1)
    for section in SECTIONS:
        section(run, score)
    return score


def evaluate(folder: str | Path, splits: Sequence[str] = SPLITS) -> dict[str, Score]:
    """Return the score of every split asked for, plus ``all``, over the corpus in ``folder``."""
    from analysis.check import Tables

    tables = Tables.load()
    scores = {name: Score() for name in (*splits, "all")}
    for art in load_corpus(folder):
        if art.split not in splits:
            continue
        s = score_article(art, tables)
        scores[art.split].merge(s)
        scores["all"].merge(s)
    return scores


def format_table(scores: dict[str, Score]) -> str:
    """Return the Markdown table of every goal: one column per split, the goal, and whether it is met.

    A goal is met when ``all`` meets it and, if there is a ``heldout`` column, the held-out articles meet it too
    (the goals hold "on real articles never seen", which is what held-out measures).

    >>> print(format_table({"all": Score()}).splitlines()[0])
    | measure | all (0 articles) | goal | met? (all and heldout) |
    """
    heads = [f"{k} ({v.articles} articles)" for k, v in scores.items()]
    lines = ["| measure | " + " | ".join(heads) + " | goal | met? (all and heldout) |",
             "|---|" + "---|" * (len(heads) + 2)]  # fmt: skip
    judged = [scores.get("all") or next(iter(scores.values()))] + [scores[k] for k in ("heldout",) if k in scores]
    for g in GOALS:
        verdicts = [g.met(s.value(g)) for s in judged if s.articles]
        met = None if not verdicts or None in verdicts else all(verdicts)
        cells = " | ".join(s.cell(g) for s in scores.values())
        lines.append(f"| {g.label} | {cells} | {g.shown()} | {'–' if met is None else 'yes' if met else 'no'} |")
    return "\n".join(lines) + "\n"


def replace_marked(text: str, marker: str, body: str) -> str:
    """Return ``text`` with what stands between ``<!-- marker -->`` and ``<!-- /marker -->`` replaced by ``body``.

    >>> replace_marked("a<!-- t -->\\nold<!-- /t -->b", "t", "new\\n")
    'a<!-- t -->\\nnew\\n<!-- /t -->b'
    """
    head, rest = text.split(f"<!-- {marker} -->\n", 1)
    _, tail = rest.split(f"<!-- /{marker} -->", 1)
    return f"{head}<!-- {marker} -->\n{body}<!-- /{marker} -->{tail}"


def baseline(score: Score) -> dict[str, float | None]:
    """Return the values a corpus test compares against: one per goal, measured over ``score``.

    >>> baseline(Score(articles=1))["false_findings"]
    0.0
    """
    return {g.key: score.value(g) for g in GOALS}


def to_json(scores: dict[str, Score], rules: bool = False) -> str:
    """Return the scores as JSON: per split, per goal, the value and whether it meets the goal.

    With ``rules``, each split also has ``speakers_by_rule``: per attribution rule, right, total and rate.

    >>> s = Score(articles=1); s.add("rule:named", True)
    >>> json.loads(to_json({"dev": s}, rules=True))["dev"]["speakers_by_rule"]
    {'named': {'right': 1, 'total': 1, 'rate': 1.0}}
    """
    out: dict[str, dict[str, Any]] = {
        name: {"articles": s.articles, **{g.key: {"value": s.value(g), "met": g.met(s.value(g))} for g in GOALS}}
        for name, s in scores.items()}
    if rules:
        for name, s in scores.items():
            out[name]["speakers_by_rule"] = {r: {"right": k, "total": n, "rate": k / n}
                                             for r, (k, n) in by_rule(s).items()}
    return json.dumps(out, indent=2) + "\n"
