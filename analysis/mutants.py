"""Which kinds of wrong figure the checker misses, measured by mutation (mut59, seventeenth session; issue #10).

The corpus holds too few wrong figures to tell which kinds of error ``check`` misses. This module makes them, as
mutation testing does for code: it takes every **dev** claim whose expected figure is right and whose expected verdict
is ``supported`` (held-out articles are never read), applies to the figure's own characters, in a copy of the
article text, the errors a wire desk really makes (:data:`OPERATORS`), re-runs ``check`` on the mutated text and
records whether the mutated figure is caught: a claim over it ``contradicted`` or ``misleading`` with the right
figure's data row in its rows (the row the unmutated claim was supported on; for a moved year, any data row). As the
control, the same claim in the unmutated text must stay ``supported`` (a control that is not is a bug too, and its
mutants are not counted). An operator that cannot apply to a figure skips it; the table says how many.

Usage (the corpus folder defaults to tests/corpus; ``--sample N`` keeps at most N figures per operator, chosen by a
fixed order, so that a test runs fast; ``--misses`` lists each uncaught mutant; ``--json`` prints the counts)::

    python -m analysis.mutants [CORPUS] [--sample N] [--misses] [--json]

>>> [op.name for op in OPERATORS][:3]
['unit_slip', 'won_as_dollars', 'conversion_third']
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import InputError
from analysis.guards import PRINTED_NUMBER as _NUMBER

#: Figures per operator the test measures (a fixed order: :func:`sample`); the CLI measures all by default.
SAMPLE_PER_OPERATOR = 40
#: Verdicts that catch a wrong figure.
CAUGHT = frozenset({"contradicted", "misleading"})
#: How far from the figure a year moved by :func:`move_year` may be, and how much its sourced figure must differ.
YEAR_REACH = 20
YEAR_DIFFERS = 0.15
#: How far the rounding of a scaled figure may stray from the scaled value (a relative error).
ROUNDING_SLACK = 0.02

_UNIT = re.compile(r"(?<![a-z])(million|billion|trillion|mn|bn|tn|m)(?![a-z])", re.I)
_WON = re.compile(r"\s?+\bwon\b|\bKRW\s?+|₩", re.I)
_PERCENT = re.compile(r"%|\bper\s?+cent\b", re.I)
_YEAR = re.compile(r"(?<![\d,.$–-])(?:19|20)\d\d(?![\d–-])")
_UNIT_SLIP = {"million": "billion", "billion": "million", "trillion": "billion", "mn": "bn", "bn": "mn",
              "tn": "bn", "m": "bn"}


@dataclass(frozen=True)
class Edit:
    """One change of the article text: the characters ``start:end`` become ``new``; the figure is ``fig_start:fig_end``
    of the mutated text."""

    start: int
    end: int
    new: str
    fig_start: int
    fig_end: int


@dataclass(frozen=True)
class Target:
    """One right, supported dev figure: its article, text, expected item, where it is, and its control claim."""

    article_id: str
    published: str
    text: str
    #: where the figure is in the text (its expected item's ``exact``)
    start: int
    end: int
    item: dict[str, Any]
    control: dict[str, Any] | None = None

    @property
    def exact(self) -> str:
        return self.text[self.start:self.end]

    @property
    def key(self) -> str:
        """A fixed order that spreads a sample over the corpus (not the file order)."""
        seed = f"{self.article_id}|{self.start}|{self.item.get('exact')}"
        return hashlib.sha1(seed.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Operator:
    """One kind of error: its name, what it does, and the function that makes the edit (None: it cannot apply)."""

    name: str
    what: str
    make: Callable[[Target, Any], Edit | None]


# --- numbers --------------------------------------------------------------------------------------------------


def number_value(token: str) -> float:
    """Return the value of a number as printed.

    >>> number_value("1,038.9"), number_value("28,500")
    (1038.9, 28500.0)
    """
    return float(token.replace(",", ""))


def format_like(token: str, value: float) -> str:
    """Return ``value`` printed as ``token`` is (its decimals, its thousands commas, its round zeros), with as many more
    decimals as it needs to stay within :data:`ROUNDING_SLACK` of the value.

    >>> format_like("1.04", 1.3), format_like("1", 1.3333), format_like("28,500", 32775.0), format_like("923", 1153.75)
    ('1.30', '1.33', '32,800', '1154')
    """
    decimals = len(token.split(".")[1]) if "." in token else 0
    digits = token.replace(",", "").split(".")[0]
    zeros = len(digits) - len(digits.rstrip("0")) if decimals == 0 and digits.strip("0") else 0
    for unit in [10 ** z for z in range(zeros, 0, -1)]:
        rounded = round(value / unit) * unit
        if rounded and abs(rounded / value - 1) <= ROUNDING_SLACK:
            return f"{rounded:,}" if "," in token else str(rounded)
    for d in range(decimals, decimals + 4):
        text = f"{value:,.{d}f}" if "," in token else f"{value:.{d}f}"
        if abs(number_value(text) / value - 1) <= ROUNDING_SLACK:
            return text
    return text


def scale_figure(exact: str, factor: float) -> str | None:
    """Return ``exact`` with its first number multiplied by ``factor`` (the same unit), or None when it has none.

    >>> scale_figure("$923 million", 1.25), scale_figure("about 28,500 troops", 1.15), scale_figure("five", 2)
    ('$1154 million', 'about 32,800 troops', None)
    """
    m = _NUMBER.search(exact)
    if m is None or number_value(m.group()) == 0:
        return None
    return exact[:m.start()] + format_like(m.group(), number_value(m.group()) * factor) + exact[m.end():]


def transpose(exact: str) -> str | None:
    """Return ``exact`` with the most significant two adjacent different digits of its first number swapped (never
    a leading zero), or None when no swap changes it.

    >>> transpose("$923 million"), transpose("1.04 trillion won"), transpose("28,500"), transpose("$1,038.9")
    ('$293 million', '1.40 trillion won', '82,500', '$1,308.9')
    >>> transpose("400%")
    """
    m = _NUMBER.search(exact)
    if m is None:
        return None
    token = m.group()
    places = [i for i, ch in enumerate(token) if ch.isdigit()]
    for a, b in itertools.pairwise(places):
        if token[a] != token[b] and not (a == places[0] and token[b] == "0"):
            swapped = token[:a] + token[b] + token[a + 1:b] + token[a] + token[b + 1:]
            return exact[:m.start()] + swapped + exact[m.end():]
    return None


# --- the operators --------------------------------------------------------------------------------------------


def _in_place(target: Target, new: str | None) -> Edit | None:
    """Return the edit that replaces the figure's own characters by ``new`` (None stays None)."""
    if new is None or new == target.exact:
        return None
    return Edit(target.start, target.end, new, target.start, target.start + len(new))


def _money(target: Target) -> bool:
    return target.item.get("quantity") in ("sma_payment", "demand", "offer", "conversion", "forecast") and not \
        _PERCENT.search(target.exact) and _NUMBER.search(target.exact) is not None


def slip_unit(exact: str) -> str | None:
    """Return ``exact`` with its unit word slipped (million and billion swapped, trillion to billion), or None.

    >>> slip_unit("$923 million"), slip_unit("1.04 trillion won"), slip_unit("$5bn"), slip_unit("13 percent")
    ('$923 billion', '1.04 billion won', '$5mn', None)
    """
    m = _UNIT.search(exact)
    if m is None:
        return None
    word = m.group()
    new = _UNIT_SLIP[word.lower()]
    return exact[:m.start()] + (new.capitalize() if word[0].isupper() else new) + exact[m.end():]


def won_as_dollars(exact: str) -> str | None:
    """Return a won amount printed as dollars ("1.04 trillion won" as "$1.04 trillion"), or None if it is no won amount.

    >>> won_as_dollars("1.04 trillion won"), won_as_dollars("KRW 1.51 trillion"), won_as_dollars("$923 million")
    ('$1.04 trillion', '$1.51 trillion', None)
    """
    if not _WON.search(exact):
        return None
    bare = _WON.sub("", exact)
    m = _NUMBER.search(bare)
    return None if m is None else bare[:m.start()] + "$" + bare[m.start():]


def _unit_slip(target: Target, ctx: Any) -> Edit | None:
    return _in_place(target, slip_unit(target.exact)) if _money(target) else None


def _won_as_dollars(target: Target, ctx: Any) -> Edit | None:
    return _in_place(target, won_as_dollars(target.exact)) if _money(target) else None


def _conversion_third(target: Target, ctx: Any) -> Edit | None:
    ok = target.item.get("quantity") == "conversion" and _money(target)
    return _in_place(target, scale_figure(target.exact, 4 / 3)) if ok else None


def _payment_off(target: Target, ctx: Any) -> Edit | None:
    ok = target.item.get("quantity") == "sma_payment" and _money(target)
    return _in_place(target, scale_figure(target.exact, 1.25)) if ok else None


def percent_off(exact: str) -> str | None:
    """Return a percent doubled (3 or more) or 3 points up (under 3), or None when ``exact`` is no percent.

    >>> percent_off("8.2%"), percent_off("up 13.9 percent"), percent_off("2.5%"), percent_off("$5 billion")
    ('16.4%', 'up 27.8 percent', '5.5%', None)
    """
    m = _NUMBER.search(exact)
    if m is None or not _PERCENT.search(exact, m.end()):
        return None
    value = number_value(m.group())
    return exact[:m.start()] + format_like(m.group(), value * 2 if value >= 3 else value + 3) + exact[m.end():]


def _percent_off(target: Target, ctx: Any) -> Edit | None:
    return _in_place(target, percent_off(target.exact)) if target.item.get("quantity") == "sma_change" else None


def _troops_off(target: Target, ctx: Any) -> Edit | None:
    return _in_place(target, scale_figure(target.exact, 1.15)) if target.item.get("quantity") == "troops" else None


def _transpose(target: Target, ctx: Any) -> Edit | None:
    return _in_place(target, transpose(target.exact))


def sma_figure(tables: Any, year: int) -> float | None:
    """Return the sourced payment of ``year`` in billions of won (None when the data give none).

    >>> from analysis.rules import Tables
    >>> sma_figure(Tables.load(), 2019), sma_figure(Tables.load(), 2023)
    (1038.9, None)
    """
    rows = tables.sma.loc[tables.sma.year == year, "krw_billion"].dropna()
    return float(rows.iloc[0]) if len(rows) else None


def troop_levels(tables: Any, year: int) -> set[float]:
    """Return the stated troop levels the data give for ``year``.

    >>> from analysis.rules import Tables
    >>> sorted(troop_levels(Tables.load(), 2019)), sorted(troop_levels(Tables.load(), 2004))
    ([28500.0], [37000.0, 37500.0, 38500.0])
    """
    t = tables.troops
    rows = t.loc[(t.kind == "stated_level") & (t.from_year <= year) & (year <= t.to_year), "troops"]
    return {float(x) for x in rows}


def _differs(old: set[float], new: set[float]) -> bool:
    """Whether every figure of ``new`` is at least :data:`YEAR_DIFFERS` away from every figure of ``old``."""
    return bool(old and new) and all(abs(b / a - 1) >= YEAR_DIFFERS for a in old for b in new)


def other_year(tables: Any, quantity: str, year: int, last: int) -> int | None:
    """Return the nearest year (earlier first, none after ``last``) whose sourced figure of ``quantity`` differs.

    >>> from analysis.rules import Tables
    >>> t = Tables.load()
    >>> other_year(t, "sma_payment", 2019, 2020), other_year(t, "sma_payment", 2021, 2024)
    (2013, 2018)
    >>> other_year(t, "troops", 2019, 2020)
    2004
    """
    def figures(y: int) -> set[float]:
        if quantity == "troops":
            return troop_levels(tables, y)
        value = sma_figure(tables, y)
        return {value} if value is not None else set()

    old = figures(year)
    for step in range(1, YEAR_REACH + 1):
        for y in (year - step, year + step):
            if y <= last and _differs(old, figures(y)):
                return y
    return None


def _sentence_bounds(target: Target) -> tuple[int, int]:
    """Return where the control claim's sentence is in the text (its paragraph when it cannot be found)."""
    text, start = target.text, target.start
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", target.end)
    hi = len(text) if hi < 0 else hi
    sentence = target.control.get("sentence", "") if target.control else ""
    at = text.find(sentence, lo, hi) if sentence else -1
    return (at, at + len(sentence)) if at >= 0 and at <= start < at + len(sentence) else (lo, hi)


def _move_year(target: Target, tables: Any) -> Edit | None:
    """Move the one year bound in the figure's own phrase to the nearest year whose sourced figure differs."""
    frame = (target.control or {}).get("frame") or {}
    quantity = target.item.get("quantity")
    if quantity not in ("sma_payment", "troops") or frame.get("bound") != "phrase" or len(frame["years"]) != 1:
        return None
    year = frame["years"][0]
    lo, hi = _sentence_bounds(target)
    spots = [m for m in _YEAR.finditer(target.text, lo, hi) if int(m.group()) == year
             and not (m.start() < target.end and target.start < m.end())]
    new = other_year(tables, quantity, year, int(target.published[:4]))
    if not spots or new is None:
        return None
    m = min(spots, key=lambda m: min(abs(m.start() - target.end), abs(target.start - m.end())))
    shift = 0 if m.start() > target.start else len(str(new)) - len(m.group())
    return Edit(m.start(), m.end(), str(new), target.start + shift, target.end + shift)


#: The errors a wire desk makes, in the order the table prints them.
OPERATORS: tuple[Operator, ...] = (
    Operator("unit_slip", "million and billion swapped, trillion to billion (x1000)", _unit_slip),
    Operator("won_as_dollars", "a won amount printed as dollars", _won_as_dollars),
    Operator("conversion_third", "a conversion's figure off by a third", _conversion_third),
    Operator("payment_off", "a payment off by 25 %, same unit", _payment_off),
    Operator("percent_off", "a percent change doubled (3 points up under 3)", _percent_off),
    Operator("year_moved", "the year in the figure's phrase moved to one whose sourced figure differs", _move_year),
    Operator("troops_off", "a troop count off by 15 %", _troops_off),
    Operator("transposed", "two adjacent digits swapped", _transpose),
)


# --- the run --------------------------------------------------------------------------------------------------


def run_check(text: str) -> list[dict[str, Any]]:
    """Return the claims ``check`` makes of an article's text (as the ``check`` JSON contract, with the sentence).

    >>> text = "T\\n\\nNovember 16, 2019\\n\\nSeoul paid 1.0389 trillion won in 2019."
    >>> [(c["exact"], c["verdict"]) for c in run_check(text)]
    [('1.0389 trillion won', 'supported')]
    """
    return claim_dicts(checked_text(text))


def checked_text(text: str) -> tuple[Any, ...]:
    """Return the claims ``check`` makes of an article's text (:class:`analysis.check.Claim` objects).

    >>> [c.verdict for c in checked_text("T\\n\\nNovember 16, 2019\\n\\nSeoul paid 1.0389 trillion won in 2019.")]
    ['supported']
    """
    from analysis.article import parse_article
    from analysis.check import check_annotation
    from analysis.extract import annotate_article

    return tuple(check_annotation(annotate_article(parse_article(text))).claims)


def article_claims(path: str | Path) -> tuple[Any, ...]:
    """Return the claims ``check`` makes of the article file at ``path`` (as :func:`checked_text`), made once per
    process for its path, its text and the data folder in use: the mutation run's targets and the tests' batteries
    of copies of the dev articles (tests/test_claims31.py's ``dev_claims``) check the same unmodified articles. Read
    only: never change what it returns.

    >>> from analysis.paths import SEED_ARTICLE
    >>> article_claims(SEED_ARTICLE) is article_claims(SEED_ARTICLE), len(article_claims(SEED_ARTICLE)) > 0
    (True, True)
    """
    from analysis import paths

    path = Path(path).resolve()
    return _article_claims(str(path), path.read_text(encoding="utf-8"), str(paths.DATA))


@functools.cache
def _article_claims(path: str, text: str, data: str) -> tuple[Any, ...]:
    """:func:`article_claims`' cache (its key: the article's path, its text, the data folder; cleared with the others
    when a test points the package at other data)."""
    return checked_text(text)


def claim_dicts(claims: Sequence[Any]) -> list[dict[str, Any]]:
    """Return claims as the ``check`` JSON contract gives them, with each frame's bound and the claim's sentence.

    >>> claim_dicts([])
    []
    """
    out = []
    for c in claims:
        d = c.to_dict()
        if d["frame"] is not None and c.frame is not None:
            d["frame"]["bound"] = c.frame.bound
        out.append({**d, "sentence": c.sentence})
    return out


def over(claims: Sequence[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    """Return the figure claims (not dated events) over the characters ``start:end``.

    >>> over([{"start": 0, "end": 4, "kind": "amount"}, {"start": 5, "end": 9, "kind": "amount"}], 3, 6)[0]["end"]
    4
    """
    return [c for c in claims if c["start"] < end and start < c["end"] and c["kind"] != "dated"]


def targets(corpus: str | Path) -> Iterator[Target]:
    """Yield every dev figure expected right and ``supported``, with its control claim (the supported one over it, else
    the first over it, else None), in corpus order: of the articles the corpus lists for its test batteries
    (:func:`analysis.evaluate.battery_ids`) where it has such a list, else of every dev article."""
    from analysis.evaluate import BATTERIES, battery_ids, load_corpus, locate

    listed = set(battery_ids(corpus)) if (Path(corpus) / BATTERIES).is_file() else None
    for art in load_corpus(corpus):
        if art.split != "dev" or (listed is not None and art.article_id not in listed):
            continue
        items = [it for it in art.expected.get("claims") or []
                 if it.get("figure_correct") is True and it.get("verdict") == "supported"]
        if not items:
            continue
        text = art.path.read_text(encoding="utf-8")
        claims = claim_dicts(article_claims(art.path))
        for item in items:
            start, end = locate(text, item, art.article_id)
            got = over(claims, start, end)
            control = next((c for c in got if c["verdict"] == "supported"), got[0] if got else None)
            yield Target(art.article_id, art.published, text, start, end, item, control)


def control_ok(target: Target) -> bool:
    """Whether the unmutated figure is ``supported``."""
    return target.control is not None and target.control["verdict"] == "supported"


@dataclass(frozen=True)
class Outcome:
    """One mutant: its operator, figure, edit, the verdicts over it and whether it was caught (``flagged``: caught
    without the right figure's row)."""

    operator: str
    target: Target
    edit: Edit
    verdicts: tuple[str, ...]
    caught: bool
    flagged: bool
    evidence: str = ""

    def line(self) -> str:
        """One line for ``--misses``."""
        new = self.target.text[:self.edit.start] + self.edit.new + self.target.text[self.edit.end:]
        words = new[self.edit.fig_start:self.edit.fig_end]
        return (f"{self.operator}\t{self.target.article_id}\t{self.target.exact!r} -> {words!r} "
                f"({self.target.item.get('quantity')})\t{list(self.verdicts)}\t{self.evidence[:300]}")


def judge(operator: Operator, target: Target, edit: Edit) -> Outcome:
    """Return the outcome of one mutant: ``check`` re-run on the mutated text."""
    text = target.text[:edit.start] + edit.new + target.text[edit.end:]
    got = over(run_check(text), edit.fig_start, edit.fig_end)
    want = set((target.control or {}).get("rows") or ())
    hit = [c for c in got if c["verdict"] in CAUGHT]
    right = [c for c in hit if (set(c["rows"]) & want if operator.name != "year_moved" else c["rows"])]
    return Outcome(operator.name, target, edit, tuple(c["verdict"] for c in got), bool(right), bool(hit),
                   " | ".join(c["evidence"] for c in got))


def sample(found: Sequence[tuple[Target, Edit]], most: int | None) -> list[tuple[Target, Edit]]:
    """Return at most ``most`` of the mutants, by the fixed order of their figures' keys (all when None).

    >>> t = [(Target("a", "", "", i, i, {}), None) for i in range(5)]
    >>> [x.start for x, _ in sample(t, 2)]
    [0, 2]
    """
    return sorted(found, key=lambda te: te[0].key)[:most] if most is not None else list(found)


@dataclass
class Tally:
    """What one operator did: applied (measured), caught, flagged without the row, skipped, left out of the sample."""

    applied: int = 0
    caught: int = 0
    flagged: int = 0
    skipped: int = 0
    unsampled: int = 0
    misses: list[Outcome] = field(default_factory=list)

    def rate(self) -> float | None:
        return self.caught / self.applied if self.applied else None


def measure(corpus: str | Path, most: int | None = None) -> tuple[dict[str, Tally], list[Target]]:
    """Return each operator's tally over the corpus's dev figures, and the figures whose control is not supported."""
    from analysis.rules import Tables

    tables = Tables.load()
    every = list(targets(corpus))
    bad = [t for t in every if not control_ok(t)]
    good = [t for t in every if control_ok(t)]
    tallies = {}
    for op in OPERATORS:
        tally = tallies[op.name] = Tally()
        found = [(t, e) for t in good for e in [op.make(t, tables)] if e is not None]
        tally.skipped = len(good) - len(found)
        chosen = sample(found, most)
        tally.unsampled = len(found) - len(chosen)
        for target, edit in chosen:
            out = judge(op, target, edit)
            tally.applied += 1
            tally.caught += out.caught
            tally.flagged += out.flagged and not out.caught
            if not out.caught:
                tally.misses.append(out)
    return tallies, bad


def table(tallies: dict[str, Tally], bad: Sequence[Target], total: int) -> str:
    """Return the operator x caught / applied / skipped table and the controls, as Markdown."""
    lines = ["| operator | caught / applied | rate | flagged without the row | skipped (cannot apply) | not sampled |",
             "|---|---|---|---|---|---|"]
    for name, t in tallies.items():
        rate = f"{t.rate():.0%}" if t.rate() is not None else "–"
        lines.append(f"| {name} | {t.caught} / {t.applied} | {rate} | {t.flagged} | {t.skipped} | {t.unsampled} |")
    lines.append(f"\nControls: {total - len(bad)} / {total} right dev figures `supported` unmutated.")
    lines += [f"- control not supported: {t.article_id} {t.exact!r} "
              f"(got {t.control['verdict'] if t.control else 'no claim'})" for t in bad]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the measurement and print its table (``--misses``: each uncaught mutant; ``--json``: the counts)."""
    from analysis.paths import ROOT

    p = argparse.ArgumentParser(prog="python -m analysis.mutants", description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", default=str(ROOT / "tests" / "corpus"))
    p.add_argument("--sample", type=int, default=None, help="at most N figures per operator (a fixed order)")
    p.add_argument("--misses", action="store_true", help="list each uncaught mutant")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = p.parse_args(argv)
    if args.sample is not None and args.sample < 1:
        p.error(f"--sample {args.sample}: give a count of 1 or more")
    try:
        tallies, bad = measure(args.corpus, args.sample)
    except InputError as exc:  # a corpus folder that is not one: one line, exit 2, as the CLI's commands
        from analysis.cli import fail

        return fail("mutants", str(exc))
    total = len(bad) + tallies[OPERATORS[0].name].applied + tallies[OPERATORS[0].name].skipped + \
        tallies[OPERATORS[0].name].unsampled
    if args.json:
        counts = {k: {"caught": t.caught, "applied": t.applied, "skipped": t.skipped} for k, t in tallies.items()}
        print(json.dumps({"operators": counts, "controls_wrong": [f"{t.article_id}|{t.item.get('exact')}"
                                                                   for t in bad]}, indent=2))
    else:
        print(table(tallies, bad, total))
    if args.misses:
        for t in tallies.values():
            for out in t.misses:
                print(out.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
