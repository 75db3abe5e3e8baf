"""Plausible news text recombined from the dev corpus, to hunt crashes of ``annotate`` and ``check`` (crash80).

A real article never seen before crashed ``check`` with a ValueError (frames.joined_figures on "about 50,000 and
28,500 U.S. troops in Japan and Korea respectively"): the property tests never built that shape. :func:`texts`
makes seeded, deterministic articles of the shapes news prints, from the dev articles' own sentences
(tests/corpus/articles of split ``dev`` only: held-out articles are never read):

- sentences recombined across articles, paragraphs merged and split, a headline made of a body sentence;
- figures (money, percents, troop counts, years) swapped between sentences;
- list shapes built on a figure: "X and Y ... respectively", "X, Y and Z", "from X to Y", "between X and Y";
- quotations spliced into other sentences (and now and then left unclosed);
- words inserted after a figure or anywhere: "respectively", "each", "per year", "a year from 2020 to 2025".

:func:`crash` runs one text through ``check_text`` and returns the exception's signature (its type and the
innermost frame of the package) or None; :func:`shrink` drops paragraphs, sentences and words while the same
signature still comes. ``python tests/crash80_texts.py N`` hunts over N texts and prints each distinct crash with
its shrunk text.
"""

from __future__ import annotations

import random
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.evaluate import battery_ids

CORPUS = Path(__file__).resolve().parent / "corpus"

_NUM = r"\d[\d,]*(?:\.\d+)?"
#: The figures a generated sentence may trade: money, percents, troop counts and years (linear: one pass each).
FIGURE = re.compile(
    r"(?:about |some |nearly |around |roughly )?"
    r"(?:(?:US)?\$|₩|W)" + _NUM + r"(?: ?(?:trillion|billion|million|bn|tn|m)\b)?"
    r"|" + _NUM + r" (?:trillion|billion|million) (?:won|dollars)\b"
    r"|" + _NUM + r" ?(?:%|percent\b|per cent\b)"
    r"|" + _NUM + r" (?:U\.S\. |US |American )?(?:troops|soldiers|service members)\b"
    r"|\b(?:19|20)\d\d\b")
_QUOTE = re.compile(r"“[^”\n]{8,200}”|\"[^\"\n]{8,200}\"")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9])")

#: Words news puts after a figure or a clause, each a shape some rule reads.
INSERTS = ("respectively", "each", "per year", "a year", "a year from 2020 to 2025", "annually", "each year",
           "from 2020 to 2025", "in 2019 and 2020", "this year", "last year", "next year", "over five years",
           "in total", "combined", "more than", "up from", "down from", "compared with", "or", "and", "to",
           "a 13 percent increase", "($1 billion)", "(1 trillion won)", "won", "dollars", "billion", "troops")
#: The list shapes built on a figure: {a}, {b}, {c} are figures of the same kind or of any kind.
SHAPES = ("{a} and {b}", "{a}, {b} and {c}", "{a}, {b}, and {c}", "from {a} to {b}", "between {a} and {b}",
          "{a} and {b}, respectively", "{a} or {b}", "{a} to {b}", "{a}-{b}", "{a} each", "{a} and {b} each",
          "{a} ({b})", "{a}, or {b},", "{a}, up from {b},", "{a} in 2019 and {b} in 2020", "{a}, {b}")
DATES = ("2019-03-08", "2019-11-19", "2020-04-01", "2020-12-31", "2021-03-08", "2022-01-15", "2025-06-30")


@dataclass(frozen=True)
class Pool:
    """The dev corpus cut into what the generator recombines."""

    titles: tuple[str, ...]
    paragraphs: tuple[tuple[str, ...], ...]  # each a paragraph's sentences
    sentences: tuple[str, ...]
    figured: tuple[str, ...]  # the sentences with a figure
    figures: tuple[str, ...]
    quotes: tuple[str, ...]


def dev_ids() -> list[str]:
    """Return the batteries' dev articles' ids (index order: ``analysis.evaluate.battery_ids``)."""
    return list(battery_ids(CORPUS))


@cache
def pool() -> Pool:
    """Return the dev corpus cut into titles, paragraphs, sentences, figures and quotations."""
    from analysis.article import parse_article

    titles, paragraphs = [], []
    for aid in dev_ids():
        text = (CORPUS / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        art = parse_article(text)
        if art.title:
            titles.append(art.title)
        for p in art.paragraphs:
            sents = tuple(text[s.start:s.end] for s in art.sentences if p.start <= s.start < p.end)
            if sents:
                paragraphs.append(sents)
    sentences = tuple(s for p in paragraphs for s in p)
    figures = tuple(sorted({m.group() for s in sentences for m in FIGURE.finditer(s)}))
    quotes = tuple(sorted({m.group() for s in sentences for m in _QUOTE.finditer(s)}))
    figured = tuple(s for s in sentences if FIGURE.search(s))
    return Pool(tuple(titles), tuple(paragraphs), sentences, figured, figures, quotes)


# ----- the mutations: each takes and returns a sentence (or paragraphs) -----

def swap_figure(rng: random.Random, s: str, p: Pool) -> str:
    """Replace one figure of ``s`` by a figure of another sentence."""
    found = list(FIGURE.finditer(s))
    if not found:
        return s
    m = rng.choice(found)
    return s[:m.start()] + rng.choice(p.figures) + s[m.end():]


def _like(rng: random.Random, fig: str, p: Pool) -> str:
    """A figure of the same kind as ``fig`` most of the time (its last word or sign), else any."""
    tail = fig.split()[-1] if " " in fig else fig[:1]
    same = [f for f in rng.sample(p.figures, min(40, len(p.figures))) if f.endswith(tail) or f.startswith(tail)]
    return rng.choice(same) if same and rng.random() < 0.8 else rng.choice(p.figures)


def list_shape(rng: random.Random, s: str, p: Pool) -> str:
    """Make one figure of ``s`` a list, a range or a pair ("X and Y ... respectively")."""
    found = list(FIGURE.finditer(s))
    if not found:
        return s
    m = rng.choice(found)
    fig = m.group()
    shape = rng.choice(SHAPES).format(a=fig, b=_like(rng, fig, p), c=_like(rng, fig, p))
    out = s[:m.start()] + shape + s[m.end():]
    if "respectively" not in shape and rng.random() < 0.3:
        out = out.rstrip(".") + " respectively."
    return out


def insert_words(rng: random.Random, s: str, p: Pool) -> str:
    """Insert a word of :data:`INSERTS` after a figure (or after any word)."""
    found = list(FIGURE.finditer(s))
    if found and rng.random() < 0.7:
        at = rng.choice(found).end()
    else:
        spaces = [m.start() for m in re.finditer(" ", s)] or [len(s)]
        at = rng.choice(spaces)
    return s[:at] + " " + rng.choice(INSERTS) + s[at:]


def splice_quote(rng: random.Random, s: str, p: Pool) -> str:
    """Put a quotation of another sentence into ``s`` (said before or after, sometimes left unclosed)."""
    if not p.quotes:
        return s
    q = rng.choice(p.quotes)
    if rng.random() < 0.15:
        q = q[:-1]
    how = rng.randrange(4)
    if how == 0:
        return f"{q} {s}"
    if how == 1:
        return s.rstrip(".") + f", saying {q}."
    if how == 2:
        words = s.split(" ")
        k = rng.randrange(len(words) + 1)
        return " ".join([*words[:k], q, *words[k:]])
    return f"{q[:-1]}, {q[-1]} {s[:1].lower()}{s[1:]}"


def cut_words(rng: random.Random, s: str, p: Pool) -> str:
    """Drop a run of words, or end the sentence early."""
    words = s.split(" ")
    if len(words) < 4:
        return s
    i = rng.randrange(len(words))
    j = min(len(words), i + rng.randint(1, 4))
    return " ".join(words[:i] + words[j:])


_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d,]\d)")
#: The shapes of a bare number made a list, a range or a hedged pair ("about 50,000 and 28,500 U.S. troops").
NUMBER_SHAPES = ("{a} and {b}", "{a}, {b} and {c}", "about {a} and {b}", "{a} to {b}", "{a}-{b}", "{a} or {b}",
                 "between {a} and {b}", "from {a} to {b}", "more than {a} and {b}", "{a} and nearly {b}",
                 "{a}, {b}, {c} and {a}", "{a} and {b} and {c}", "{a} through {b}", "{a}/{b}", "{a} and {b} a year")


def number_list(rng: random.Random, s: str, p: Pool) -> str:
    """Make one bare number of ``s`` a list or range of numbers sharing its unit, maybe with "respectively"."""
    found = list(_NUMBER.finditer(s))
    if not found:
        return s
    m = rng.choice(found)
    others = [n.group() for n in _NUMBER.finditer(rng.choice(p.figures))] or [m.group()]
    shape = rng.choice(NUMBER_SHAPES).format(a=m.group(), b=rng.choice(others), c=rng.choice(others))
    out = s[:m.start()] + shape + s[m.end():]
    if rng.random() < 0.4:
        out = out.rstrip(".") + rng.choice((" respectively.", ", respectively.", " each.", " in Japan and Korea "
                                            "respectively.", " in 2019 and 2020, respectively."))
    return out


def punctuate(rng: random.Random, s: str, p: Pool) -> str:
    """Lose or change a mark: the full stop, a comma, a line break inside the paragraph, a dash or brackets."""
    how = rng.randrange(5)
    if how == 0:
        return s.rstrip(".")
    if how == 1:
        return s.replace(",", "", 1)
    if how == 2:
        return s.replace(" ", "\n", 1)
    if how == 3:
        return s.replace(", ", " — ", 1)
    found = list(FIGURE.finditer(s))
    if not found:
        return s
    m = rng.choice(found)
    return s[:m.end()] + f" ({rng.choice(p.figures)})" + s[m.end():]


#: Numbers and days at the edges: zero, tiny and huge, odd grouping, spelled, impossible or far days and years.
ODD_NUMBERS = ("0", "0.0", "00", "0.0001", ".5", "5.", "1,00", "1,2345", "12,34,567", "999,999,999,999", "1e9",
               "1,000,000", "zero", "one and a half", "a half", "dozens of", "hundreds of", "1 1/2", "½", "−5",
               "-3", "+7", "10.5.2")
ODD_DAYS = ("Feb. 29, 2019", "June 31", "2019-13-01", "the 1990s", "in 1000", "in 2100", "FY2020", "2020-2024",
            "'19", "Nov. 0", "March 17-18", "the 31st", "Sept. 31, 2020", "1950", "0 BC", "year 2019/20",
            "on Monday, Tuesday and Wednesday", "between 2019 and 2014", "from 2025 to 2020", "last Feb. 30")


def odd_value(rng: random.Random, s: str, p: Pool) -> str:
    """Put a number or a day at the edges (zero, huge, impossible) in the place of a number of ``s``."""
    found = list(_NUMBER.finditer(s))
    odd = rng.choice(ODD_DAYS if rng.random() < 0.4 else ODD_NUMBERS)
    if not found:
        return s.rstrip(".") + f" in {odd}."
    m = rng.choice(found)
    return s[:m.start()] + odd + s[m.end():]


MUTATIONS: tuple[Callable[[random.Random, str, Pool], str], ...] = (
    swap_figure, swap_figure, list_shape, list_shape, insert_words, insert_words, splice_quote, cut_words,
    number_list, number_list, punctuate, odd_value)


def _paragraphs(rng: random.Random, p: Pool) -> list[list[str]]:
    """Paragraphs recombined: some whole from one article, some of sentences from several."""
    out = []
    for _ in range(rng.randint(1, 7)):
        if rng.random() < 0.5:
            out.append(list(rng.choice(p.paragraphs)))
        else:
            out.append([rng.choice(p.figured if rng.random() < 0.7 else p.sentences)
                        for _ in range(rng.randint(1, 4))])
    return out


def _reshape(rng: random.Random, paras: list[list[str]]) -> list[list[str]]:
    """Merge two neighbouring paragraphs or split one."""
    if len(paras) > 1 and rng.random() < 0.5:
        i = rng.randrange(len(paras) - 1)
        return [*paras[:i], paras[i] + paras[i + 1], *paras[i + 2:]]
    i = rng.randrange(len(paras))
    if len(paras[i]) > 1:
        k = rng.randrange(1, len(paras[i]))
        return [*paras[:i], paras[i][:k], paras[i][k:], *paras[i + 1:]]
    return paras


def _title(rng: random.Random, p: Pool, paras: list[list[str]]) -> str:
    """A real headline, or a body sentence made one (its full stop dropped, sometimes lowered or upper-cased)."""
    if rng.random() < 0.5:
        return rng.choice(p.titles)
    t = rng.choice([s for para in paras for s in para]).rstrip(".")
    return t.upper() if rng.random() < 0.1 else t.lower() if rng.random() < 0.1 else t


def make_text(seed: int) -> tuple[str, str]:
    """Return one generated article (title, blank line, paragraphs) and its publication day, from ``seed``."""
    rng = random.Random(seed)
    p = pool()
    paras = _paragraphs(rng, p)
    for _ in range(rng.randint(1, 12)):
        para = rng.choice(paras)
        i = rng.randrange(len(para))
        para[i] = rng.choice(MUTATIONS)(rng, para[i], p)
    for _ in range(rng.randint(0, 2)):
        paras = _reshape(rng, paras)
    body = "\n\n".join(" ".join(para) for para in paras)
    return _title(rng, p, paras) + "\n\n" + body, rng.choice(DATES)


def texts(n: int, start: int = 0) -> Iterator[tuple[int, str, str]]:
    """Yield ``(seed, text, published)`` for ``n`` seeds from ``start``."""
    for seed in range(start, start + n):
        yield (seed, *make_text(seed))


# ----- running and shrinking -----

def crash(text: str, published: str) -> str | None:
    """Return the signature of the exception ``check_text`` raises on ``text`` (None if it raises none).

    An InputError (the text is not an article: the checker says why) is not a crash.
    """
    from analysis.check import check_text
    from analysis.errors import InputError

    try:
        check_text(text, published)
    except InputError:
        return None
    except Exception as exc:  # the hunt records every other exception by where it was raised
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/analysis/" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].name}:{frames[-1].lineno}" if frames else "?"
        return f"{type(exc).__name__} at {where}"
    return None


def _drop(parts: list[str], join: str, keep: Callable[[str], bool]) -> list[str]:
    """Drop chunks of ``parts`` (halves, then single parts) while ``keep`` holds of the joined rest."""
    size = max(1, len(parts) // 2)
    while size >= 1:
        i = 0
        while i < len(parts):
            trial = parts[:i] + parts[i + size:]
            if trial and keep(join.join(trial)):
                parts = trial
            else:
                i += size
        size //= 2
    return parts


def shrink(text: str, published: str, signature: str) -> str:
    """Return a shorter text on which ``check_text`` still fails with ``signature``."""
    def keep(t: str) -> bool:
        return crash(t, published) == signature

    paras = _drop(text.split("\n\n"), "\n\n", keep)
    for split, join in ((_SENTENCE_END.split, " "), (lambda para: para.split(" "), " ")):
        for i in range(len(paras)):
            parts = _drop(split(paras[i]), join,
                          lambda s, i=i: keep("\n\n".join([*paras[:i], s, *paras[i + 1:]])))
            paras[i] = join.join(parts)
    return "\n\n".join(paras)


def hunt(n: int, start: int = 0) -> dict[str, tuple[int, str, str]]:
    """Return each distinct crash signature over ``n`` texts with its first seed, shrunk text and day."""
    found: dict[str, tuple[int, str, str]] = {}
    for seed, text, published in texts(n, start):
        sig = crash(text, published)
        if sig is not None and sig not in found:
            found[sig] = (seed, shrink(text, published, sig), published)
            print(f"seed {seed}: {sig}\n  {published}: {found[sig][1]!r}", flush=True)
    return found


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    hunt(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
