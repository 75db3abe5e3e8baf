"""speed53: guards that change no answer. Each new form is compared with the code it replaced (kept
here as a reference) on the dev corpus's text and on made-up strings that hold the words the guards look for in
every case ("Once", "BEFORE"), near the edges of the reach they read.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from array import array
from pathlib import Path

import pytest

from analysis.extract import _KIND_ORDER, _amount_starts_before, _Drafts, _drop_years_in_amounts, date_rules, dates

CORPUS = Path(__file__).resolve().parent / "corpus"


def _dev_texts(limit: int = 60) -> list[str]:
    with open(CORPUS / "index.csv", encoding="utf-8", newline="") as f:
        ids = [row["article_id"] for row in csv.DictReader(f) if row["split"] == "dev"][:limit]
    return [(CORPUS / "articles" / f"{aid}.txt").read_text(encoding="utf-8") for aid in ids]


def _said_once_before(text: str, q: dates._Stretch) -> bool:  # c31cb5e4's dates._said_once
    begin, end = dates._sentence_span(text, q.start, q.start + 1)
    words = [w.lower() for w in dates._TOKEN.findall(text, begin, q.start)
             + dates._TOKEN.findall(text, q.end, max(end, q.end))]  # fmt: skip
    return any(w == "once" and words[k + 1] in dates._ONCE_SAID for k, w in enumerate(words[:-1]))


def _quoted_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["Once", "once", "ONCE", "oNcE", "said", "put", "it", "Kim", "as", ".", ",", "\n", "x" * 90, "y" * 150,
             "before", "BEFORE", "Before", "were", "set", "to", "on", "Monday", "Tuesday", "sconce", "onces"]
    out = []
    for _ in range(count):
        left = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        right = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        out.append(f'{left} "Next year will be hard," {right}')
    return out


@pytest.mark.parametrize("source", ["dev", "made-up"])
def test_said_once_reads_as_before(source: str) -> None:
    texts = _dev_texts(250) if source == "dev" else _quoted_texts(53, 3000)
    asked = 0
    for text in texts:
        for q in dates._quote_stretches(text, 0, len(text)):
            asked += 1
            assert dates._said_once(text, q) == _said_once_before(text, q), (text[max(0, q.start - 200) : q.end + 200])
    assert asked > 400


def _planned_after_told_before(text, group, inside, i, pub):  # c31cb5e4's first lines of _planned_after_told
    h = group[i]
    start = max(text.rfind("\n", 0, h.start) + 1, h.start - 400)
    for m in dates._SENTENCE_END.finditer(text, start, h.start):
        start = m.end()
    words = [w.lower() for w in dates._TOKEN.findall(text, start, h.start)]
    return None if "before" not in words else dates._planned_after_told(text, group, inside, i, pub)


@pytest.mark.parametrize("source", ["dev", "made-up"])
def test_planned_after_told_reads_as_before(source: str) -> None:
    texts = _dev_texts(150) if source == "dev" else _quoted_texts(54, 1500)
    pub, asked = dt.date(2025, 7, 9), 0
    for text in texts:
        group = dates._candidates(text, pub, 0, len(text))
        inside = [None] * len(group)
        for i in range(len(group)):
            asked += 1
            assert dates._planned_after_told(text, group, inside, i, pub) == \
                _planned_after_told_before(text, group, inside, i, pub)
    assert asked > 400


def test_a_weekday_owned_after_many_reads_the_last_told() -> None:
    text = "Talks are expected Monday. " + "They met on Monday, on Tuesday. " * 30 + "It hangs over Monday’s meeting."
    got = [v["start"] for *_, v in dates.find_dates(text, dt.date(2020, 2, 23))]
    assert got[-1] == got[-3]  # the last Monday told before the possessive (read back within _OWNER_BACK)


def _ordered_rows_before(d: _Drafts) -> list[int]:  # c31cb5e4's _Drafts._ordered_rows
    keys = [(s << 36) | ((0xFFFFFFFF - e) << 4) | k for s, e, k in zip(d.starts, d.ends, d.kinds, strict=True)]
    rows, last = [], -1
    for r in sorted(range(len(keys)), key=keys.__getitem__):
        if keys[r] != last:
            rows.append(r)
            last = keys[r]
    return rows


def _drop_before(d: _Drafts, rows: array) -> list[int]:  # c31cb5e4's _drop_years_in_amounts
    amount = {_KIND_ORDER[k] for k in ("money", "percent", "multiplier", "count")}
    date = _KIND_ORDER["date"]
    read = [j for j, k in enumerate(map(d.kinds.__getitem__, rows)) if k == date or k in amount]
    dropped, reach = set(), -1
    for x, j in enumerate(read):
        r = rows[j]
        k, s, e = d.kinds[r], d.starts[r], d.ends[r]
        if k == date and (reach > s or _amount_starts_before(d, rows, read, x + 1, e, amount)):
            dropped.add(j)
        elif k in amount:
            reach = max(reach, e)
    return [r for j, r in enumerate(rows) if j not in dropped]


@pytest.mark.parametrize("seed", range(6))
def test_drafts_order_and_drop_as_before(seed: int) -> None:
    rnd = random.Random(seed)
    d = _Drafts("x" * 400)
    for _ in range(rnd.choice([0, 1, 2, 300, 300, 300])):
        s = rnd.randrange(390)
        kind = rnd.choice(["date", "money", "percent", "count", "multiplier", "person", "quote"])
        d.add(kind, s, s + rnd.randint(0, 9), None, {})
    rows = d._ordered_rows()
    assert list(rows) == _ordered_rows_before(d)
    assert list(_drop_years_in_amounts(d, rows)) == _drop_before(d, rows)


def _event_phrases(seed: int, count: int) -> str:
    rnd = random.Random(seed)
    words = ["at", "AT", "that", "ahead", "of", "the", "The", "THE", "Hanoi", "Stalks", "McHanoi", "Ab", "before",
             "shortly", "talks", "summit", "G20", "G-7", "GG20", "visit", "visits", "meeting", "\n", "\t", "  ",
             "x" * 30, "Abcdefghijklmnopqrstuvw", "Seoul", ",", "-", "since", "till", "following"]
    return " ".join(rnd.choice(words) for _ in range(count))


@pytest.mark.parametrize("source", ["dev", "made-up"])
def test_near_event_trigger_yields_the_plain_triggers_matches(source: str) -> None:
    text = "\n\n".join(_dev_texts(300)) if source == "dev" else _event_phrases(53, 60_000)
    rx, _, trigger, back, ahead = next(p for p in dates._PATTERNS if p[0] is dates._NEAR_EVENT)
    assert trigger is dates._T_NEAR_EVENT_NAMED
    plain = [m.span() for m in dates.scan(rx, date_rules._T_NEAR_EVENT, text, 0, len(text), back, ahead, {})]
    assert [m.span() for m in dates.scan(rx, trigger, text, 0, len(text), back, ahead, {})] == plain
    assert len(plain) > (10 if source == "dev" else 200)


def _part_phrases(seed: int, count: int) -> str:
    """Phrases of _PART_ADJACENT's shape, each word at random in any case or swapped for a near miss."""
    rnd = random.Random(seed)
    slots = [["early", "Late", "MID", "mid-", "x"], ["in", "", "IN", "on"], ["the", "THE", "The", "tHe", "a"],
             ["next", "Following", "subsequent", "PREVIOUS", "preceding", "same"], ["year", "Month", "years", "week"]]
    gaps = [" ", "\t", "  ", "   ", "    ", "\n"]
    out = []
    for _ in range(count):
        words = [w for w in (rnd.choice(s) for s in slots) if w]
        out.append("".join(w + rnd.choice(gaps) for w in words) + rnd.choice([".", ",", " x", "s"]))
    return " ".join(out)


@pytest.mark.parametrize("source", ["dev", "made-up"])
def test_part_adjacent_need_keeps_every_match(source: str) -> None:
    text = "\n\n".join(_dev_texts(300)) if source == "dev" else _part_phrases(53, 20_000)
    (rx, _, trigger, back, ahead), need = next(r for r in dates._ROWS if r[0][0] is dates._PART_ADJACENT)
    assert need is not None
    plain = [m.span() for m in dates.scan(rx, trigger, text, 0, len(text), back, ahead, {})]
    assert [m.span() for m in dates.scan(rx, trigger, text, 0, len(text), back, ahead, {}, need)] == plain
    assert len(plain) > (-1 if source == "dev" else 100)
