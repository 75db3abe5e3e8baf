"""Find amounts of money, multipliers ("five-fold") and percentages, with normalised values.

Money ``value``: ``amount`` (float, currency units; None when not finite or absurd, see ``LIMITS``),
``currency`` (ISO 4217 code or None when the text names none), ``currency_inferred`` (code of the
nearest earlier amount with a currency in the same paragraph, for a bare "a billion" in its sentence or the one
after, or restating its figure; else None),
``per`` ("year", "month" or None), ``bound`` (None, "approx", "up_to", "less_than", "more_than") and
``equivalent_of`` (the span a bracketed conversion restates, e.g. "960 billion won ($850 million)"; else None).

>>> [(e, v["amount"], v["currency"], v["per"], v["bound"]) for _, _, e, v in find_money(
...     "US officials demanded up to $5 billion a year.")]
[('up to $5 billion a year', 5000000000.0, 'USD', 'year', 'up_to')]
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.article import BLANK_LINE_LF as _BLANK_LINE
from analysis.extract.numbers import (
    ARTICLES,
    CARDINALS,
    DIGIT_WORDS,
    FRACTIONS,
    QUARTERS,
    SCALE_SPELLINGS,
    TEENS,
    TENS,
    UNITS,
    WORD_VALUES,
    word_whole,
)
from analysis.extract.scan import Trigger, scan, word_trie
from analysis.extract.spans import KINDS, Draft, Found, Span, SpanTable

__all__ = ["BOUNDS", "LIMITS", "SPELLED_BELOW_100", "SPELLED_HUNDREDS", "find_money", "find_multipliers",
           "find_percents", "has_number", "implausible", "names_currency", "plausible"]  # fmt: skip



class _Reading(NamedTuple):
    """An amount of money read from a match: its number (None: not plausible), currency, period and bound.

    >>> _Reading(4.7e9, "USD", "year", None).currency
    'USD'
    """

    amount: float | None
    currency: str | None
    per: str | None
    bound: str | None


class _Candidate(NamedTuple):
    """A money match before overlaps are dropped: where it is, its reading (None: no number) and how it is written.

    >>> _Candidate(0, 4, None, "bare").end
    4
    """

    start: int
    end: int
    reading: _Reading | None
    form: str


#: Largest plausible number per value key: ten quadrillion units of any currency (about ten times South
#: Korea's yearly output in won, a hundred times the world's in dollars), a million percent, a millionfold.
#: Beyond it, or not finite ("1" followed by 310 digits is infinite as a float), the value is None
#: and the span gets an ``implausible_amount`` finding: JSON never carries ``Infinity``.
LIMITS = {"amount": 1e16, "percent": 1e6, "factor": 1e6}
_KEY_OF_KIND = {"money": "amount", "percent": "percent", "multiplier": "factor"}


def plausible(number: float | Decimal, key: str) -> float | None:
    """Return ``number`` as a float if it is finite and at most ``LIMITS[key]``, else None.

    >>> plausible(Decimal("4.7e9"), "amount"), plausible(Decimal("1" * 310), "amount"), plausible(2e6, "percent")
    (4700000000.0, None, None)
    """
    value = float(number)
    return value if math.isfinite(value) and abs(value) <= LIMITS[key] else None


def has_number(span: Span) -> bool:
    """Return False for an amount, percent or multiplier whose number is null (implausible), else True.

    >>> has_number(Span("a1", "money", 0, 3, "$9…", {"amount": None})), has_number(Span("a2", "date", 0, 4, "2019"))
    (False, True)
    """
    key = _KEY_OF_KIND.get(span.kind)
    return key is None or span.value.get(key) is not None


def implausible(spans: Iterable[Span]) -> list[Draft]:
    """Return an ``implausible_amount`` finding draft for each amount, percent or multiplier whose value is None.

    >>> s = Span("a1", "money", 0, 8, "$1e99 bn", {"amount": None})
    >>> d = implausible([s])[0]
    >>> d.kind, d.start, d.end, d.exact
    ('implausible_amount', 0, 8, '$1e99 bn')
    """
    out: list[Draft] = []
    for s in spans:
        if not has_number(s):
            key = _KEY_OF_KIND[s.kind]
            shown = s.exact if len(s.exact) <= 40 else s.exact[:37] + "..."
            out.append(Draft("implausible_amount", s.start, s.end, s.exact,
                             f"'{shown}' is not a plausible {s.kind} (not a finite number, or over {LIMITS[key]:g}): "
                             "its value is left null", (s,)))  # fmt: skip
    return out

def implausible_in(table: SpanTable) -> list[Draft]:
    """Return ``implausible`` of the table's amounts, percents and multipliers: a Span is made only for one whose
    number is null (read from the table's values first), not for each.

    >>> t = SpanTable.of("$1e99 bn, $5", [Span("a1", "money", 0, 8, "$1e99 bn", {"amount": None}),
    ...                  Span("a2", "money", 10, 12, "$5", {"amount": 5.0})])
    >>> [(d.exact, d.related[0].id) for d in implausible_in(t)]
    [('$1e99 bn', 'a1')]
    """
    values, kinds = table.values, table.kinds
    rows = table.rows_of(*_KEY_OF_KIND)
    return implausible(table[r] for r in rows if values[r].get(_KEY_OF_KIND[KINDS[kinds[r]]]) is None)


_WORDNUMS: dict[str, int | float] = {**ARTICLES, **CARDINALS, "a hundred": 100, "one hundred": 100, **FRACTIONS,
                                     **QUARTERS}
_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9, "trillion": 10**12, "t": 10**12,
    "tn": 10**12, "trn": 10**12, "tln": 10**12, "trln": 10**12, "tr": 10**12, "mil": 10**6, "bil": 10**9,
    "tril": 10**12,
    **SCALE_SPELLINGS,
}  # fmt: skip
# Words before a number that bound it, mapped to the contract's ``bound`` values.
BOUNDS = {
    "up to": "up_to", "as much as": "up_to", "as high as": "up_to", "as many as": "up_to",
    "a maximum of": "up_to", "no more than": "up_to", "at most": "up_to", "capped at": "up_to",
    "a cap of": "up_to", "not exceeding": "up_to", "not exceed": "up_to", "does not exceed": "up_to",
    "do not exceed": "up_to", "not to exceed": "up_to", "will not exceed": "up_to", "would not exceed": "up_to",
    "less than": "less_than", "just less than": "less_than", "slightly less than": "less_than",
    "under": "less_than", "just under": "less_than", "below": "less_than", "fewer than": "less_than",
    "short of": "less_than", "just short of": "less_than", "shy of": "less_than", "nearly": "less_than",
    "almost": "less_than", "not quite": "less_than", "a little less than": "less_than",
    "more than": "more_than", "over": "more_than", "just over": "more_than", "well over": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than", "upward of": "more_than",
    "north of": "more_than", "at least": "more_than", "slightly more than": "more_than",
    "a little more than": "more_than", "well above": "more_than", "well over a": "more_than",
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "approx",
    "an approximate": "approx", "approx.": "approx", "circa": "approx", "~": "approx",
}  # fmt: skip
_CURRENCY_PREFIX = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "nt$": "TWD", "₩": "KRW", "krw": "KRW",
    "¥": "JPY", "jpy": "JPY", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "cny": "CNY",
    "rmb": "CNY", "$us": "USD", "w": "KRW", "rm": "MYR",
}  # fmt: skip


def _currency_word(word: str) -> str:
    w = " ".join(word.lower().split())
    if "dollar" in w or w == "usd" or w.startswith("cent"):
        return "USD"
    if w.endswith("won") or w == "krw":
        return "KRW"
    if "yen" in w or w == "jpy":
        return "JPY"
    if "euro" in w or w == "eur":
        return "EUR"
    if w in {"yuan", "renminbi", "cny"}:
        return "CNY"
    return ""


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A broadcast transcript's spoken decimal in digits ("10-point-7 billion"), read as "10.7" in amounts of money, and
# its hundreds in digits ("9-hundred-24-million U.S. dollars": 924 million, b124).
_MONEY_NUM = rf"\d{{1,3}}-point-\d{{1,3}}|\d-hundred(?:-\d{{1,2}})?(?![\d.,])|{_NUM}"
_UNITS, _TEENS, _TENS, _DIGIT_WORDS = UNITS, TEENS, TENS, DIGIT_WORDS
_WORD_VALUES = WORD_VALUES
# Spelled-out numbers below a thousand ("twenty-five", "five-hundred", "two hundred and fifty") and spelled-out
# decimals ("one-point-three"). Each repeat is followed by a letter, never by what it repeats: no backtracking.
#: A spelled number below a hundred ("forty", "forty-five", "fifteen"): one pattern, read here and by
#: analysis.extract.counts (a troop count's thousands).
SPELLED_BELOW_100 = rf"(?:{word_trie(_TENS)}(?:[\s-]+{word_trie(_UNITS)}\b)?|{word_trie(_TEENS)}|{word_trie(_UNITS)})\b"
# A transcript may mix digits in ("13-point-nine", "one-point-05").
_WORD_DECIMAL = (rf"(?:{SPELLED_BELOW_100}|zero\b|\d{{1,3}}(?=-point-))[\s-]+point"
                 rf"(?:[\s-]+(?:{word_trie(_DIGIT_WORDS)}|\d{{1,3}})\b)+")
#: A spelled number of hundreds ("five hundred", "twelve-hundred", "a hundred"): one pattern, read here and by
#: analysis.extract.counts (a troop count's hundreds after its thousands, with no rest after them).
SPELLED_HUNDREDS = rf"(?:{word_trie(_UNITS)}|{word_trie(_TEENS)}|an?)[\s-]+hundred\b"
# A transcript may give the rest after "hundred" in digits, joined by hyphens ("nine-hundred-26 million", fresh80v).
_HUNDREDS = rf"{SPELLED_HUNDREDS}(?:[\s-]+(?:and[\s-]+)?{SPELLED_BELOW_100}|-(?:and-)?\d{{1,2}}(?![\d.,]))?"
# Thousands of a scale word ("one thousand and forty billion", "a thousand billion": a trillion), read only before
# "million", "billion" or "trillion" ("five thousand dollars" keeps "thousand" as its scale word), not before an
# adjective ("a thousand billion-dollar deals").
_THOUSANDS = (rf"(?:{_HUNDREDS}|{SPELLED_BELOW_100}|an?)[\s-]+thousand\b"
              rf"(?:[\s-]+(?:and[\s-]+)?(?:{_HUNDREDS}|{SPELLED_BELOW_100}))?"
              r"(?=[\s-]+(?:million|billion|trillion)\b(?!-))")
# "one and a half", "twenty and a quarter", "a quarter of a", "three quarters of a" (of a scale word after them); a
# transcript may drop the article ("four and half billion dollars", fresh78v).
_WORD_FRACTION = (rf"{SPELLED_BELOW_100}[\s-]+and[\s-]+(?:an?[\s-]+)?(?:half|quarter)\b"
                  r"|(?:an?|one|two|three)[\s-]+quarters?[\s-]+of[\s-]+an?\b")
_WORD_COMPOUND = (
    rf"(?:{_THOUSANDS}|{_WORD_FRACTION}|{_HUNDREDS}"
    rf"|{_WORD_DECIMAL}"
    rf"|{word_trie(_TENS)}[\s-]+{word_trie(_UNITS)}\b)"
)
_WNUM = rf"(?:{_WORD_COMPOUND}|{word_trie(_WORDNUMS)})"
# A character every _NUM or _WNUM starts with (a digit or a number word's first letter): a place without one is left
# at once, before the trie's alternatives are tried (the words of _WORD_COMPOUND and _WNUM, and "a", "an", "zero").
_NUM_FIRST = "".join(sorted({w[0] for w in (*_UNITS, *_TEENS, *_TENS, *_WORDNUMS, "a", "zero")}))
_NUM_OR_WNUM = rf"(?=[\d{_NUM_FIRST}])(?:(?P<num>{_MONEY_NUM})|(?P<wnum>{_WNUM}))"
_WNUM_NO_A = word_trie(w for w in _WORDNUMS if w not in {"a", "an", "half a", "half an", "a half", *QUARTERS})
# "hand over X", "handed over X": the particle of a verb, not a bound (fixed-width lookbehinds: linear; one for the
# verbs of each length, whose words are tried in one step).
_PARTICLE_VERBS = ("hand", "hands", "handed", "handing", "turn", "turned", "turning",
                   "fork", "forks", "forked", "forking", "shell", "shelled")  # fmt: skip
_NOT_BOUND_AFTER = "".join(rf"(?<!\b(?:{'|'.join(v for v in _PARTICLE_VERBS if len(v) == n)})\s)"
                           for n in sorted({len(v) for v in _PARTICLE_VERBS}))  # fmt: skip
# Each place is first tested for a word's start and a character a bound can start with (cheap), then for the verbs
# before it (the same tests in another order: all take no characters).
_BOUND_FIRST = "".join(sorted({re.escape(w[0]) for w in BOUNDS}))
# Every match of the money and multiplier patterns below starts at a place with no word character before it and
# one of a few characters (in any case) at it: two tests leave the other places before a bound is tried.
_WORD_START = r"(?<![\w])"
# The patterns below write an optional bound (or other optional leading part) as ``(?:X|)``, not ``(?:X)?``: the
# same matches in the same order (X never matches empty), but ``re`` tries it at each place without setting up a
# repeat (an allocation per place: about a tenth of the search time).
# "added up to X", "adds up to X": a sum's verb and its particle, not the bound "up to" (frames63; fixed-width
# lookbehinds; "will add up to X more" may be either, so "add" itself stays a bound's verb).
_SUM_UP = "|".join(rf"(?<=\b{v}\s)" for v in ("adds", "added", "summed"))
_BOUND = rf"(?<![\w])(?=[{_BOUND_FIRST}]){_NOT_BOUND_AFTER}(?!(?:{_SUM_UP})up\s)(?P<bound>(?:{word_trie(BOUNDS)}))\s+"
# Korean-press abbreviations "W1.4 tril." and "1.4 tril. won": the dot is read only before a currency word.
# Any case: a title-case deck or subhead in the body ("Seoul To Pay $2 Billion A Year", probe34) or capitals.
_SCALE_WORD = (
    r"(?i:(?:thousand[\s-]+(?:million|billion)|million[\s-]+million)\b(?!-)"
    r"|(?:thousand|million|billion|trillion|mln|bln|mn|bn|trln|trn|tln|tn)\b"
    r"|(?:tril|bil|mil)\b(?:\.(?=\s(?:won|dollars?|yen|euros?)\b))?"
    rf"|{word_trie(SCALE_SPELLINGS)}\b(?!-))"  # "5 billions dollars", "$5 billon" (money53)
)
_SCALE_SFX = r"(?:bn|mn|mln|bln|tn|trln|trn|tln|tr|k|K|m|M|b|B|T)(?![\w])"  # "trln", "tr": wire trillions
# a figure that reads as money after the ringgit's "RM" (a scale, a thousands group or two decimals: "RM1.2 billion",
# "RM400 million", "RM12,000", "RM1.50"), not a model, a version or a code ("RM2 prototype", "Route RM5", "RM1234";
# review97; "RM2.0 software", "Model RM1.5 drones": review104 finding 4)
_RM_FIGURE = (r"\d{1,3}(?:,\d{3}){1,4}(?![\d,])|\d{1,6}\.\d\d(?![\d.])"
              r"|\d{1,6}(?:\.\d{1,3})?[ \t]?(?:million|billion|trillion|mil|mln|mn|bn|m|k)\b")
_CUR_PREFIX = rf"(?<![\w$])(?:US\s?\$|U\.S\.\s?\$|USD\s?|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|NT\$|KRW\s?|JPY\s?|EUR\s?|GBP\s?|CNY\s?|RMB\s?|\$US\s?|\$|₩|¥|€|£|W(?=\d)|RM(?={_RM_FIGURE}))"  # noqa: E501
_CUR_WORD = (
    r"(?:U\.S\.\s+dollars?|US\s+dollars?|American\s+dollars?|dollars?|(?:South\s+)?Korean\s+won|won"
    r"|(?:Japanese\s+)?yen|euros?|yuan|renminbi|cents?|USD|KRW|JPY|EUR|CNY)\b"
)
# A currency word after a dollar sign names the currency ("$1 trillion won": a won amount with a stray "$"),
# when what follows is no object of a verb ("won the vote").
_OTHER_CUR_WORD = (
    r"(?:(?:South\s+)?Korean\s+won|won|(?:Japanese\s+)?yen|euros?|yuan)\b"
    r"(?=\s*(?:[.,;:!?()\"”]|$)|\s+(?:in|for|to|from|this|last|next|over|under|on|and|or|but|by|until|per|each"
    r"|every|annually|yearly|monthly|a\s+(?:year|month))\b)"
)
# A scale word an editor put in brackets inside a quotation: "three (billion)".
_BRACKET_SCALE = r"\s*+[(\[](?P<scale2>million|billion|trillion)[)\]]"
# A scale word a misprint put after the bracket that closes a bracketed amount: "4.58 trillion won ($4.86) billion"
# (cfix43): read only right after a figure the bracket holds, "(" before its currency sign.
_SHUT_SCALE = r"(?(opened)(?<=\d)\)[ \t](?P<scale2>million|billion|trillion)\b(?!-)|(?!))"
_WON_SCALES = frozenset({"billion", "trillion", "Billion", "Trillion", "BILLION", "TRILLION"})
_DOLLAR_WORD = r"(?:U\.S\.\s+dollars?|US\s+dollars?|American\s+dollars?|dollars?)\b"
_PER = (
    r"(?P<per>(?i:(?:[\s-]+(?:a|per|each|every)[\s-]+(?P<py>year|annum)|\s+(?P<py2>annually|yearly|a\s+year)|\s*/\s*(?P<py3>year|yr))"
    r"(?![\s-]+(?:ago|earlier|later|before|after|from|since|prior))"
    r"|[\s-]+(?:a|per|each|every)[\s-]+month\b|\s+monthly\b))?"  # any case, as the scale word
)


def _first_word(*phrases: Iterable[str]) -> str:
    """Return a look-ahead that passes only where a digit or the first word of one of ``phrases`` starts (as a
    prefix: "up" of "upon" passes). Put before a pattern each of whose matches starts so, it leaves a place ("the",
    "said") after one trie, before the pattern's alternatives try their own tries and look-behinds there.

    >>> [bool(re.match(_first_word(["up to", "a half"]), t)) for t in ("upon", "a", "7", "the")]
    [True, True, True, False]
    """
    firsts = sorted({w.split()[0] for group in phrases for w in group})
    return rf"(?=\d|{word_trie(firsts)})"


# The first word of every worded or bare amount: its bound's or its number's ("a" stands for "an", "a half").
_AMOUNT_FIRST = _first_word(BOUNDS, _UNITS, _TEENS, _TENS, _WORDNUMS, ["zero"])
_MONEY_PREFIXED = re.compile(
    rf"{_WORD_START}(?=[{_BOUND_FIRST}UACHSNKJEGRW$₩¥€£])(?:{_BOUND}|)(?:(?P<opened>(?<=\())|)(?P<cur>{_CUR_PREFIX})\s?(?P<num>{_MONEY_NUM})(?!\d|,\d)"
    rf"(?:(?P<sfx>{_SCALE_SFX})|[\s-]*(?P<scale>{_SCALE_WORD})|{_SHUT_SCALE})?(?:\s+(?P<cur2>{_DOLLAR_WORD}|{_OTHER_CUR_WORD}))?"
    rf"{_PER}",
)
_MONEY_WORDED = re.compile(
    rf"{_WORD_START}(?=[\d{_NUM_FIRST}{_BOUND_FIRST}]){_AMOUNT_FIRST}(?:{_BOUND}|)(?<![\w$.,]){_NUM_OR_WNUM}"
    rf"(?:(?P<sfx>{_SCALE_SFX})|[\s-]*(?P<scale>{_SCALE_WORD})|{_BRACKET_SCALE})?(?:\s+|-)(?P<cur>{_CUR_WORD}){_PER}",
    re.IGNORECASE,
)
# What follows a bare amount with no currency (unless its scale is bracketed): the end of a clause, or a word that
# frames it as money.
_BARE_FRAME = (
    r"(?=\s*(?:[.,;:!?)\"”]|$)|[ \t]*\n|\s+(?:in|for|to|from|this|last|next|over|under|on|and|or|but|by|until)\b"
    # "give you 500 million more, because ...", "exported 10-point-7 billion of products": money by its frame
    r"|\s+(?:more|less|extra)(?=\s*[.,;:!?)\"”])|\s+of\s+(?:goods|products|exports|imports|merchandise)\b"
    # a range's first figure whose second names a currency: "1.2 trillion-1.3 trillion won", "2 billion-$3 billion"
    # (money53); not "51 million-52 million visitors" (a count: money53's mend)
    r"|[ \t]*[-–~～][ \t]*(?:(?:US)?[$₩￦]\d|\d[\d.,]{0,12}[ \t]?(?:(?:million|billion|trillion|mn|bn|tn)[ \t]?)?"
    r"(?:won|dollars?|yen|euros?|USD|KRW)\b)"
    # a bracketed conversion after it: "1 trillion (about $870 million)", "10 billion (13.6 trillion won)" (money53)
    r"|[ \t]*\([ \t]*(?:(?:about|around|roughly|approximately|some|nearly|almost|or)[ \t]+)?"
    r"(?:US[ \t]?\$|\$|₩|￦|W\d|KRW|USD|\d[\d.,]{0,12}[ \t]?(?:million|billion|trillion|mn|bn|tn)?[ \t]?"
    r"(?:won|dollars?|yen|euros?|USD|KRW)\b))"
)
# The scale of a bare amount: a trillion may be written "thousand billion" or "million million".
_BARE_SCALE = r"(?:thousand[\s-]+(?:million|billion)|million[\s-]+million)\b(?!-)|million|billion|trillion"
_MONEY_BARE = re.compile(
    rf"{_WORD_START}(?=[\d{_NUM_FIRST}{_BOUND_FIRST}]){_AMOUNT_FIRST}(?:{_BOUND}|)(?<![\w$.,]){_NUM_OR_WNUM}"
    rf"(?:[\s-]+(?P<scale>{_BARE_SCALE})|{_BRACKET_SCALE}){_PER}(?(scale2)|{_BARE_FRAME})",
    re.IGNORECASE,
)
# What every _MONEY_BARE match that covers a trigger hit ("illion" or a headline's "ILLION": its scale word's)
# holds: the hit, then a bracket's end, or a period and the frame. Searched first in each window (``re`` skips to the
# literal).
_BARE_NEED = re.compile(rf"(?:illion|ILLION)(?i:[)\]]|{_PER}{_BARE_FRAME})")
_LETTER, _NOT_BEFORE_NUMBER = re.compile(r"[^\W\d_]"), re.compile(r"[\w$.,]")


def _bare_need(text: str, lo: int, hi: int) -> bool:
    """Return False only if ``text[lo:hi]`` holds no _MONEY_BARE match that covers a trigger hit: none has a
    _BARE_NEED match whose scale word follows a number (see ``_number_before``).

    >>> t = "paid $5 billion a year, 960 billion won; two billion."
    >>> _bare_need(t, 0, 40), _bare_need(t, 0, len(t))
    (False, True)
    """
    return any(_number_before(text, m.start()) for m in _BARE_NEED.finditer(text, lo, hi))


def _number_before(text: str, p: int) -> bool:
    """Return whether the "illion" at ``p`` ends a scale word ("m", "b" or "tr" before it) after a bracket or blanks
    or dashes, after a letter (a worded number's last) or a run of digits, commas and points that starts with a
    digit after no word character, "$", "." or ",": what _MONEY_BARE requires of its number and scale.

    >>> [_number_before(t, t.index("illion")) for t in ("a $5 billion", "5 billion", "ten-million", "(trillion)")]
    [False, True, True, False]
    """
    q = p - 1 if p >= 1 and text[p - 1] in "mMbB" else p - 2
    if q < 0 or (q == p - 2 and text[q:p].lower() != "tr"):
        return False
    if q >= 1 and text[q - 1] in "([":
        q -= 1
        while q >= 1 and text[q - 1].isspace():
            q -= 1
    else:
        blanks = q
        while q >= 1 and (text[q - 1].isspace() or text[q - 1] == "-"):
            q -= 1
        if q == blanks:
            return False
    if q < 1 or _LETTER.match(text, q - 1):
        return q >= 1
    r = q
    while r >= 1 and (text[r - 1].isdecimal() or text[r - 1] in ",."):
        r -= 1
    return r < q and text[r].isdecimal() and not (r >= 1 and _NOT_BEFORE_NUMBER.match(text, r - 1))
# A Korean-style compound amount: a count of trillions and one of billions ("1 trillion 38.9 billion won" is
# 1,038.9 billion), or of billions and millions, with a currency before or after it.
_MONEY_COMPOUND = re.compile(  # a place whose character no match starts with (in any case) is left after one test
    rf"(?=(?i:[\d{_BOUND_FIRST}$₩¥€£ACHSNKJEGRUW]))(?:(?i:{_BOUND})|)(?<![\w$.,])(?:(?P<cur>{_CUR_PREFIX})\s?|)"
    rf"(?P<num>\d{{1,3}})"
    rf"[ \t]+(?P<scale>(?i:trillion|billion))[ \t]+(?:and[ \t]+)?"
    rf"(?P<num2>\d{{1,3}}(?:\.\d{{1,3}})?)[ \t]+(?P<scale3>(?i:billion|million))\b"
    rf"(?:[ \t]+(?P<cur2>{_CUR_WORD}))?{_PER}"
)
# What every _MONEY_COMPOUND match holds (a count's last digit, its scale and the second count's first digit): searched
# first in each window (from a digit, which ``re`` skips to), most of which hold none.
_COMPOUND_NEED = re.compile(r"\d[ \t]+(?i:trillion|billion)[ \t]+(?:and[ \t]+)?\d")
# Cheap literal triggers: the detailed patterns run only near them (see analysis.extract.scan).
# Each names anchors: (literal, offset) pairs, one of which every hit holds (found with str.find).
_CODES = ("USD", "KRW", "JPY", "EUR", "CNY")
_T_PREFIXED = Trigger(
    re.compile(r"[$₩¥€£]|USD|KRW|JPY|EUR|GBP|CNY|RMB|W(?=\d)|RM(?=\d)"),
    tuple((a, 0) for a in ("$", "₩", "¥", "€", "£", *_CODES, "GBP", "RMB", "W", "RM")),
)
_T_WORDED = Trigger(
    re.compile(r"[Dd]ollar|DOLLAR|[Ww]on\b|WON\b|yen\b|[Ee]uro|yuan|renminbi|cents?\b|USD|KRW|JPY|EUR|CNY"),
    (("ollar", 1), ("OLLAR", 1), ("won", 0), ("Won", 0), ("WON", 0), ("yen", 0), ("uro", 1), ("yuan", 0),
     ("renminbi", 0), ("cent", 0), *((a, 0) for a in _CODES)),
)
_T_BARE = Trigger(re.compile(r"illion\b|ILLION\b"), (("illion", 0), ("ILLION", 0)))  # a headline's upper case
_T_MULT = Trigger(
    re.compile(r"fold\b|times\b|[Dd]oubl|[Tt]ripl|[Qq]uadrupl|[Qq]uintupl|[Tt]wice|[Hh]al[fv]"),
    (("fold", 0), ("times", 0), ("oubl", 1), ("ripl", 1), ("uadrupl", 1), ("uintupl", 1), ("wice", 1), ("alf", 1),
     ("alv", 1)),
)  # fmt: skip
_T_PERCENT = Trigger(  # and in capitals, as wire headlines write them ("SHARE UP 18.3 PCT", probe35)
    re.compile(r"%|[Pp]er\s?cent|[Pp]ct\b|PER\s?CENT\b|PCT\b"),
    (("%", 0), ("cent", 3), ("cent", 4), ("Pct", 0), ("pct", 0), ("CENT", 3), ("CENT", 4), ("PCT", 0)),
)
#: The literals of the triggers above: ``analysis.extract`` has each piece of an article searched for them all in one
#: pass (``scan.share_places``), which the money, multiplier and percent finders then read (speed54).
TRIGGER_LITERALS = frozenset(lit for t in (_T_PREFIXED, _T_WORDED, _T_BARE, _T_MULT, _T_PERCENT)
                             for lit, _ in t.anchors)
def _won_scale(m: re.Match[str]) -> bool:
    """Return whether a worded number before "won" is read as money: its scale is billions or trillions, or it comes
    to a billion ("sixty-five thousand million won"); "a million won the vote" is a count and a verb.

    >>> [e for _, _, e, _ in find_money("Half a billion won; a million won; one million million won; $1")]
    ['Half a billion won', 'one million million won', '$1']
    """
    amount = _amount(m)
    return m.group("scale") in _WON_SCALES or (amount is not None and amount >= 10**9)


_CONVERSION_GAP = re.compile(r"(?<!\s)\s*+[(\[]\s*+(?:about|around|roughly|approximately|or|some|nearly|almost|~)?\s*+")


def _digits_number(number: str) -> Decimal:
    """Return the value of a number in digits as written in money: with thousands commas, a transcript's spoken
    decimal ("10-point-7") or hundreds ("9-hundred-24").

    >>> [str(_digits_number(n)) for n in ("1,038.9", "10-point-7", "9-hundred-24", "9-hundred")]
    ['1038.9', '10.7', '924', '900']
    """
    if "-hundred" in number:
        hundreds, _, rest = number.partition("-hundred")
        return Decimal(hundreds) * 100 + Decimal(rest.lstrip("-") or 0)
    return Decimal(number.replace(",", "").replace("-point-", "."))


def _amount(m: re.Match[str]) -> Decimal | None:
    gd = m.groupdict()
    try:
        number = gd.get("num")
        base = _digits_number(number) if number else _word_number(gd["wnum"])
    except (InvalidOperation, KeyError):
        return None
    scale = gd.get("scale") or gd.get("scale2") or gd.get("sfx")
    if scale:
        base *= _scale_factor(scale)
    if (gd.get("cur") or "").lower().startswith("cent"):
        base /= 100
    return base


# kept patterns, not ``re``'s module functions (each call of one looks its pattern up in ``re``'s cache: 0.5 µs)
_BLANKS_OR_DASHES, _BLANK = re.compile(r"(?<![\s-])[\s-]++"), re.compile(r"\s")  # (a run entered at its start)


def _scale_factor(scale: str) -> int:
    """Return what a scale word multiplies by, a scale of two words the product of both ("thousand billion" and
    "million million" are trillions).

    >>> [_scale_factor(w) for w in ("Billion", "tril.", "thousand-billion", "MILLION million")]
    [1000000000, 1000000000000, 1000000000000, 1000000000000]
    """
    factor = 1
    for word in _BLANKS_OR_DASHES.split(scale.lower().rstrip(".")):
        factor *= _SCALES[word]
    return factor


#: What a fraction word adds ("one and a half") or takes ("a quarter of a", "three quarters of a").
_FRACTION_WORDS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}


def _word_number(words: str) -> Decimal:
    """Return the value of a spelled-out number (raises KeyError for a word that is no number).

    >>> _word_number("Five-hundred"), _word_number("one-point-three"), _word_number("two hundred and fifty-one")
    (Decimal('500'), Decimal('1.3'), Decimal('251'))
    >>> _word_number("13-point-nine"), _word_number("one-point-05")
    (Decimal('13.9'), Decimal('1.05'))
    >>> _word_number("ONE THOUSAND AND FORTY"), _word_number("a thousand"), _word_number("two thousand five hundred")
    (Decimal('1040'), Decimal('1000'), Decimal('2500'))
    >>> _word_number("one and a half"), _word_number("a quarter of a"), _word_number("three quarters of an")
    (Decimal('1.5'), Decimal('0.25'), Decimal('0.75'))
    >>> _word_number("Four and half"), _word_number("twenty-one and a quarter"), _word_number("nine-hundred-26")
    (Decimal('4.5'), Decimal('21.25'), Decimal('926'))
    """
    key = " ".join(words.lower().split())
    if key in _WORDNUMS:
        return Decimal(str(_WORDNUMS[key]))
    tokens = _BLANKS_OR_DASHES.split(key)
    if "point" in tokens:
        return _word_decimal(tokens)
    if tokens[-1] in _FRACTION_WORDS:  # "one and a half" ("four and half"): the whole number before "and", then the
        return Decimal(word_whole(tokens[:tokens.index("and")])) + _FRACTION_WORDS[tokens[-1]]  # fraction
    if tokens[1:2] and tokens[1] in _FRACTION_WORDS:  # "a quarter of a": a count of quarters
        return Decimal(word_whole(tokens[:1])) * _FRACTION_WORDS[tokens[1]]
    if tokens[-1].isdigit():  # "nine-hundred-26": the rest in digits
        return Decimal(word_whole(tokens[:-1]) + int(tokens[-1]))
    return Decimal(word_whole(tokens))


def _word_decimal(tokens: list[str]) -> Decimal:
    """Return the value of a spelled-out decimal, whose whole part may be in digits ("13-point-nine").

    >>> _word_decimal(["one", "point", "oh", "five"]), _word_decimal(["13", "point", "nine"])
    (Decimal('1.05'), Decimal('13.9'))
    """
    at = tokens.index("point")
    whole = sum(int(w) if w.isdigit() else _WORD_VALUES[w] for w in tokens[:at])
    decimals = "".join(w if w.isdigit() else str(_DIGIT_WORDS[w]) for w in tokens[at + 1 :])
    return Decimal(f"{whole}.{decimals}")


def _per(m: re.Match[str]) -> str | None:
    per = m.group("per")
    if not per:
        return None
    return "month" if "month" in per.lower() else "year"


def _bound(m: re.Match[str]) -> str | None:
    b = m.group("bound")
    return BOUNDS.get(" ".join(b.lower().split())) if b else None


def names_currency(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return whether ``text[start:end]`` has an amount with a currency (then a bare "a billion" is money).

    >>> names_currency("It cost $3 billion."), names_currency("A billion people.")
    (True, False)
    """
    end = len(text) if end is None else end
    places: dict[Any, list[Any]] = {}  # trigger hits in text[start:end], shared by both scans
    return any(True for _ in scan(_MONEY_PREFIXED, _T_PREFIXED, text, start, end, 30, 80, places)) or any(
        True for _ in scan(_MONEY_WORDED, _T_WORDED, text, start, end, 50, 30, places)
    )


def find_money(text: str, start: int = 0, end: int | None = None, *, bare: bool | None = None) -> list[Found]:
    """Return ``(start, end, exact, value)`` for every amount of money in ``text[start:end]``.

    A bare amount with no currency ("just less than a billion") counts only if ``bare`` is true;
    by default, when ``text[start:end]`` names a currency somewhere.

    >>> [(e, v["amount"], v["currency"]) for _, _, e, v in find_money("960 billion won ($850 million)")]
    [('960 billion won', 960000000000.0, 'KRW'), ('$850 million', 850000000.0, 'USD')]
    >>> [(e, v["amount"], v["currency"]) for _, _, e, v in find_money(
    ...     "It sought $1 trillion won, 13 cents, W1.4 tril. and one-point-three billion dollars; 'three (billion)'")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('$1 trillion won', 1000000000000.0, 'KRW'), ('13 cents', 0.13, 'USD'), ('W1.4 tril', 1400000000000.0, 'KRW'),
     ('one-point-three billion dollars', 1300000000.0, 'USD'), ('three (billion)', 3000000000.0, None)]
    >>> [(e, v["amount"]) for _, _, e, v in find_money("at US$1=W1,231, not W3")]
    [('US$1', 1.0), ('W1,231', 1231.0)]
    >>> [(e, v["amount"]) for _, _, e, v in find_money("We give you 500 million more, $1 bn and 10-point-7 billion "
    ...                                                 "of goods; 5 million more people.")]
    [('500 million', 500000000.0), ('$1 bn', 1000000000.0), ('10-point-7 billion', 10700000000.0)]
    >>> v = find_money("This year it was just less than a billion.", bare=True)[0][3]
    >>> v["amount"], v["currency"], v["bound"]
    (1000000000.0, None, 'less_than')
    """
    end = len(text) if end is None else end
    readings: dict[Any, Any] = {}  # each match is read at once into a small shared tuple (no Match objects kept)
    found: list[_Candidate] = []
    places: dict[Any, list[Any]] = {}  # trigger hits in text[start:end], shared by the scans below
    for m in scan(_MONEY_PREFIXED, _T_PREFIXED, text, start, end, 30, 80, places):
        if m.group("cur") == "W" and not (m.group("scale") or m.group("sfx") or "," in m.group("num")):
            continue  # "W1.4 tril." and "W1,231" are won; a bare "W3" is a name or a code
        found.append(_Candidate(m.start(), m.end(), _reading(m, "prefixed", readings), "prefixed"))
    for m in scan(_MONEY_WORDED, _T_WORDED, text, start, end, 50, 30, places):
        gd = m.groupdict()
        cur = _currency_word(gd["cur"])
        if gd["wnum"] and not (gd["scale"] or gd["scale2"] or _dollars_counted(gd)):
            continue  # "two won the vote": a worded number needs a scale word
        if cur == "KRW" and gd["cur"].lower() == "won" and gd["wnum"] and not _won_scale(m):
            continue  # "a million won the vote"; but people are seldom counted in billions: "two billion won" is money
        if gd["sfx"] and gd["num"] is None:
            continue
        found.append(_Candidate(m.start(), m.end(), _reading(m, "worded", readings), "worded"))
    found.extend(_compounds(text, start, end, places, readings))
    found.extend(_written_otherwise(text, start, end, readings))  # money53
    del places  # the trigger hits of the whole text: not needed past here
    kept = _leftmost_longest(found)
    del found
    if bare is None:
        bare = bool(kept)
    if bare:  # a bare "a billion" counts as money only in a text that names a currency
        bare_found = [_Candidate(m.start(), m.end(), _reading(m, "bare", readings), "bare")
                      for m in scan(_MONEY_BARE, _T_BARE, text, start, end, 40, 30, need=_bare_need)]  # fmt: skip
        kept = _leftmost_longest(kept + bare_found)
    del readings
    return _money_values(text, _scaled_firsts(text, _bare_firsts(text, _shared_scales(text, kept))))


# "$4.7 to $5 billion", "$4-5 billion", "between $4 and $5 billion": the first amount of a pair has no scale
# (it starts at the first blank of a run and never retries inside one: linear even when searched over the text)
_RANGE_JOINERS = "-|–|~|～|to|and|or"  # the words that join a range's two amounts (both range readings below)
_SHARED_GAP = re.compile(rf"(?<![ \t])[ \t]*+(?:{_RANGE_JOINERS})[ \t]*+")
_UNSCALED = re.compile(rf"(?:{_BOUND}|){_CUR_PREFIX}\s?(?:{_NUM})")
_SCALE_OF = re.compile(rf"\d(?:(?P<sfx>{_SCALE_SFX})|[\s-]*(?P<scale>{_SCALE_WORD}))", re.IGNORECASE)


def _shared_scales(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Return ``kept`` with the first of two amounts joined by "to", "-", "and" or "or" given the second's scale
    (and the second the first's currency) when the first has a currency sign but no scale and the second a sign too
    or a dash before it: a reader reads "$4.7 to $5 billion" and "$4-5 billion" as billions both, not $4.7 and $4.

    >>> [(e, v["amount"], v["currency"]) for _, _, e, v in find_money("It wants $4.7 to $5 billion, or $4-5 billion")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('$4.7', 4700000000.0, 'USD'), ('$5 billion', 5000000000.0, 'USD'), ('$4', 4000000000.0, 'USD'),
     ('5 billion', 5000000000.0, 'USD')]
    >>> [(e, v["amount"]) for _, _, e, v in find_money("It cost $40 and 5 billion dollars.")][0]
    ('$40', 40.0)
    """
    for k in range(1, len(kept)):
        (s, e, a, _), (s2, e2, b, form) = kept[k - 1], kept[k]
        if (a is None or b is None or s2 - e > 8 or a.amount is None or a.amount >= 1000
                or b.currency not in {None, a.currency}):
            continue  # most pairs: far apart, or not a count with a sign before a scaled amount
        scale, gap = _SCALE_OF.search(text, s2, e2), _SHARED_GAP.fullmatch(text, e, s2)
        if scale is None or gap is None or not _UNSCALED.fullmatch(text, s, e):
            continue
        amount = plausible(Decimal(repr(a.amount)) * _scale_factor(scale["sfx"] or scale["scale"]), "amount")
        if form != "prefixed" and gap.group().strip() not in {"-", "–", "~", "～"} and not _rises_to(gap, amount, b):
            continue  # "$40 and 5 billion dollars": two sums; "$4-5 billion", "$4 and $5 billion": one range
        kept[k - 1] = _Candidate(s, e, a._replace(amount=amount, per=a.per or b.per), "shared")
        kept[k] = _Candidate(s2, e2, b._replace(currency=a.currency), form)
    return kept


def _rises_to(gap: re.Match[str], amount: float | None, second: _Reading) -> bool:
    """Return whether ``gap`` is "to" and the first figure, scaled as the second, is below it: "$4.7 to 5 billion
    dollars" is one range (money53); "from $40 to 5 billion dollars" two sums.

    >>> g = _SHARED_GAP.fullmatch(" to ")
    >>> _rises_to(g, 4.7e9, _Reading(5e9, "USD", None, None)), _rises_to(g, 4e10, _Reading(5e9, "USD", None, None))
    (True, False)
    """
    return gap.group().strip() == "to" and amount is not None and second.amount is not None and amount < second.amount


# "between 2 and 3 trillion won", "2 to 3 billion dollars", "1.5-2 trillion won": a bare first number of a range
# (no sign, no scale) ends a bounded window before the scaled amount it shares its unit with
_BARE_FIRST = re.compile(rf"(?<![\w$€£¥₩.,%/-])(?P<num>\d{{1,3}}(?:\.\d+)?)[ \t]*+(?P<gap>{_RANGE_JOINERS})[ \t]*+\Z")
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween[ \t]+\Z")
BARE_FIRST_REACH = 16  # characters before a scaled amount where its range's bare first number may start
BETWEEN_REACH = 10  # characters before a range's first number where its "between" may stand
# named windows and a ratio of the amount rules (money53's mend: no bare thresholds in the code)
# characters at most between a bare first figure and the priced second of its range ("960 billion to 1.04 trillion
# won": " to ", " and ", a dash; amounts._scaled_firsts)
SCALED_FIRST_GAP = 8
# characters before a sign or a glued "Won" read for a bound that opens its amount ("about ￦1.04 trillion", "up to
# Won5bn"; the longest bound and its spaces fit; amounts._written_otherwise)
SIGN_BOUND_BACK = 30
# characters before a sign read for the scaled figure it ends ("1,183.3 billion US$": thirteen digits, a scale word
# and "US" fit; amounts._sign_after)
SIGN_AFTER_BACK = 40
# characters before (after) a Korean unit read for the amount it is part of ("1,234조 5,678억 원";
# amounts._hangul_amounts)
HANGUL_BACK = 24
HANGUL_AFTER = 16
# how many times larger or smaller a bracketed bare figure must be than the priced one before it to be its
# conversion into another currency ("$500 million (560 billion)": won, about 1,100 to the dollar; not "$3 billion
# (1 billion more)"; amounts._converts)
CONVERSION_RATIO = 50


def _bare_firsts(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Return ``kept`` with the bare first number of a range before a scaled amount read as money in the
    second's unit: "between 2 and 3 trillion won" is two and three trillion won. "and" joins a range only after
    "between"; the first number must be less than the second (a range runs up) and is never a year or a count of
    something else with its own sign, scale or unit.

    >>> [(e, v["amount"], v["currency"]) for _, _, e, v in find_money(
    ...     "It should be between 2 and 3 trillion won, or 1.5-2 billion dollars.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2', 2000000000000.0, 'KRW'), ('3 trillion won', 3000000000000.0, 'KRW'), ('1.5', 1500000000.0, 'USD'),
     ('2 billion dollars', 2000000000.0, 'USD')]
    >>> [e for _, _, e, _ in find_money("from 2019 to 2 trillion won; 5 and 3 trillion won; aged 40 to 1 billion won")]
    ['2 trillion won', '3 trillion won', '1 billion won']
    """
    out: list[_Candidate] = []
    for cand in kept:
        s, e, b, _ = cand
        scale = _SCALE_OF.search(text, s, e) if b is not None and b.amount is not None else None
        first = _BARE_FIRST.search(text, max(0, s - BARE_FIRST_REACH), s) if scale is not None else None
        if first is not None and (not out or out[-1].end <= first.start()):
            number, factor = Decimal(first["num"]), _scale_factor(scale["sfx"] or scale["scale"])
            between = _BETWEEN_BEFORE.search(text, max(0, first.start() - BETWEEN_REACH), first.start())
            if number * factor < Decimal(repr(b.amount)) and (first["gap"] != "and" or between is not None):
                amount = plausible(number * factor, "amount")
                out.append(_Candidate(first.start("num"), first.end("num"), b._replace(amount=amount), "shared"))
        out.append(cand)
    return out


def _scaled_firsts(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Return ``kept`` with a bare amount that has its own scale but no currency, joined as a range's first figure
    to an amount with a currency right after it ("from 960 billion to 1.04 trillion won", "1.2 trillion-1.3 trillion
    won", "between 4 billion and $5 billion"), given the second's currency (money53): one unit named for both, as
    ``_bare_firsts`` reads a first figure with no scale. "and" joins a range only after "between".

    >>> [(e, v["currency"]) for _, _, e, v in find_money("It rose from 960 billion to 1.04 trillion won; "
    ...                                                  "it lent 2 billion and 1 trillion won")]
    [('960 billion', 'KRW'), ('1.04 trillion won', 'KRW'), ('2 billion', None), ('1 trillion won', 'KRW')]
    """
    for k in range(1, len(kept)):
        a, b = kept[k - 1], kept[k]
        if a.form != "bare" or a.reading is None or b.reading is None or not b.reading.currency or (
                b.start - a.end > SCALED_FIRST_GAP):
            continue
        gap = _SHARED_GAP.fullmatch(text, a.end, b.start)
        if gap is None or gap.group().strip() == "or" or (
                gap.group().strip() == "and" and _BETWEEN_BEFORE.search(text, max(0, a.start - BETWEEN_REACH),
                                                                        a.start) is None):
            continue
        kept[k - 1] = a._replace(reading=a.reading._replace(currency=b.reading.currency))
    return kept


def _compounds(text: str, start: int, end: int, places: dict[Any, list[Any]],
               readings: dict[Any, Any]) -> list[_Candidate]:
    """Return the compound amounts of ``text[start:end]`` ("1 trillion 38.9 billion won": their sum), each with
    a currency named before or after it and a second scale below the first.

    >>> t = "Seoul pays 1 trillion 38.9 billion won; about W1 trillion 389 billion"
    >>> [(e, v["amount"]) for _, _, e, v in find_money(t)]
    [('1 trillion 38.9 billion won', 1038900000000.0), ('about W1 trillion 389 billion', 1389000000000.0)]
    >>> [e for _, _, e, _ in find_money("In 2 billion 300 million years, $5 billion.")]
    ['$5 billion']
    """
    out: list[_Candidate] = []
    for m in scan(_MONEY_COMPOUND, _T_BARE, text, start, end, 40, 60, places, _COMPOUND_NEED.search):
        cur, cur2 = m.group("cur"), m.group("cur2")
        small, big = _SCALES[m.group("scale3").lower()], _SCALES[m.group("scale").lower()]
        if not (cur or cur2) or small >= big or (cur == "W" and cur2):
            continue  # no currency: a count ("2 billion 300 million years"), not money
        first = _amount(m)
        amount = None if first is None else first + Decimal(m.group("num2")) * small
        currency = _currency_word(cur2) if cur2 else _CURRENCY_PREFIX[_BLANK.sub("", cur).lower()]
        reading = _Reading(None if amount is None else plausible(amount, "amount"), currency, _per(m), _bound(m))
        out.append(_Candidate(m.start(), m.end(), readings.setdefault(reading, reading), "compound"))
    return out


# --- money53: ways of writing an amount the patterns above miss (read by ``_written_otherwise``) ---
# A sign the patterns above do not know: the full-width won and dollar signs Korean input methods type ("￦1.04
# trillion", "＄5 billion"), "USD" doubled by a sign ("USD$4.7 billion") and "won" glued to its figure as the FT
# writes it ("Won1.04tn"; a scale or thousands comma needed, as after "W": "Won5" is a name). Each is found by a
# pattern led by a literal (which ``re`` skips to), the letter before "on" tested after.
_OTHER_SIGN_ATS = tuple(re.compile(p) for p in ("￦", "＄", r"USD ?\$", r"on\d", r"ON\d"))
# (Its number's repeats are bounded: a place inside a run of digits is never the start of an unbounded one.)
_OTHER_SIGN = re.compile(
    r"(?P<cur>[￦＄]|USD ?\$|[Ww]on|WON)\s?(?P<num>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,13}(?:\.\d{1,6})?)"
    r"(?!\d|[.,]\d)"
    rf"(?:(?P<sfx>{_SCALE_SFX})|[\s-]*(?P<scale>{_SCALE_WORD}))?{_PER}"
)
_BOUND_BEFORE = re.compile(rf"(?:{_BOUND})\Z", re.IGNORECASE)  # a bound that ends where an amount starts
_NEXT_FIGURE = re.compile(r"[ \t]?\d")  # a figure right after a sign: the sign leads it
# A range after a sign whose second figure has a suffix ("$4.7–5bn", "$4-5bn", "$5~6bn"), matched at each sign
# (found with ``str.find``): the second figure is read, the first gets its scale in ``_shared_scales``.
_RANGE_SIGNS = {"$": "USD", "＄": "USD", "₩": "KRW", "￦": "KRW", "€": "EUR", "£": "GBP", "¥": "JPY"}
_SUFFIXED_RANGE = re.compile(
    r"[$＄₩￦€£¥]\s?\d{1,3}(?:\.\d+)?[ \t]*+(?:-|–|~|～|to)[ \t]*+"
    rf"(?P<num>\d{{1,3}}(?:\.\d+)?)(?P<sfx>{_SCALE_SFX})"
)

# A sign after its amount, as non-native copy writes it ("4.7 billion US$", "4.7bn$", "1.04 trillion ￦"): read back
# from the sign, a scale needed; not before a figure ("5 billion $5 coins": the sign is the next amount's), nor after
# a full stop and a space after a whole scale word ("or 5 billion. $ figures were not given": the sign opens the next
# sentence; money53's mend), as it may after an abbreviation's point ("4.7 bln. $").
_BOUNDED_NUM = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,13}(?:\.\d{1,6})?"
_SIGN_AFTER = re.compile(
    rf"(?<![\w$.,])(?P<num>{_BOUNDED_NUM})(?:(?P<sfx>{_SCALE_SFX})|[ \t]*(?P<scale>{_SCALE_WORD}))"
    r"(?:\.(?:(?<![Ii][Oo][Nn]\.)(?<![Ii][Oo][Nn][Ss]\.)[ \t]*)?|[ \t]*)"
    r"(?:US ?)?[$￦₩]\Z"
)
# Korean units (조 10^12, 억 10^8, 만 10^4) with 원 or "won" after them ("1조389억원", "5,000억 won"): found from
# the unit, read in a window around it.
_HANGUL_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
_HANGUL_AMOUNT = re.compile(
    r"(?<![\w.,])(?:(?P<jo>\d{1,4}(?:\.\d{1,4})?) ?조 ?)?(?:(?P<eok>\d{1,3}(?:,\d{3})?|\d{1,4}) ?억 ?)?"
    r"(?:(?P<man>\d{1,4}) ?만 ?)?(?:(?<=[조억만])|(?<=[조억만] ))(?:원|won\b)"
)


def _other_sign_places(text: str, start: int, end: int) -> list[int]:
    """Return where each sign ``_OTHER_SIGN`` reads starts in ``text[start:end]``, in order ("won" after no word
    character, "$" or digit: not the end of "Kwon").

    >>> t = "￦1 trillion, USD$4, Won1tn, WON2bn, Kwon1 and won 5"
    >>> [t[p:p + 4] for p in _other_sign_places(t, 0, len(t))]
    ['￦1 t', 'USD$', 'Won1', 'WON2']
    """
    places = []
    for pattern in _OTHER_SIGN_ATS:
        for hit in pattern.finditer(text, start, end):
            p = hit.start()
            if hit.group()[0] in "oO":
                p -= 1
                if p < start or text[p] not in "Ww" or (hit.group()[0] == "O" and text[p] != "W") or (
                        p > start and _NOT_BEFORE_NUMBER.match(text, p - 1)):
                    continue
            places.append(p)
    return sorted(places)


def _dollar_prefix(text: str, p: int, start: int) -> str | None:
    """Return the currency of the "$" at ``p`` with the letters right before it ("US$", "A$", "HK$", "U.S.$"), None
    after letters that name none.

    >>> t = "$4, US$4, A$4, HK$4, U.S.$4, X$4"
    >>> [_dollar_prefix(t, q, 0) for q in [i for i, c in enumerate(t) if c == "$"]]
    ['USD', 'USD', 'AUD', 'HKD', 'USD', None]
    """
    q = p
    while q > start and p - q < 4 and text[q - 1] in ".ACHKNSTUZ":
        q -= 1
    if q > start and (text[q - 1].isalnum() or text[q - 1] == "$"):
        return None  # "X$4": no prefix the amount patterns read
    return _CURRENCY_PREFIX.get(text[q:p + 1].lower())


def _written_otherwise(text: str, start: int, end: int, readings: dict[Any, Any]) -> list[_Candidate]:
    """Return the amounts of ``text[start:end]`` written with a sign the other patterns do not know, and the
    suffixed second of a range after a sign ("$4.7–5bn": the first gets its scale in ``_shared_scales``).

    >>> t = "Seoul pays ￦1.04 trillion, USD$4.7 billion, about Won1.04tn, $4.7–5bn, US$4~5bn"
    >>> [(e, v["amount"], v["currency"]) for _, _, e, v in find_money(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('￦1.04 trillion', 1040000000000.0, 'KRW'), ('USD$4.7 billion', 4700000000.0, 'USD'),
     ('about Won1.04tn', 1040000000000.0, 'KRW'), ('$4.7', 4700000000.0, 'USD'), ('5bn', 5000000000.0, 'USD'),
     ('US$4', 4000000000.0, 'USD'), ('5bn', 5000000000.0, 'USD')]
    >>> [e for _, _, e, _ in find_money("Won5 and Won Yoo-chul; won 5 billion; Call 02-1234-5678")]
    []
    """
    out: list[_Candidate] = []
    for p in _other_sign_places(text, start, end):
        m = _OTHER_SIGN.match(text, p, end)
        if m is None or (m["cur"][0] in "Ww" and not (m["scale"] or m["sfx"] or "," in m["num"])):
            continue  # "Won5", "won 5": a name or the verb
        bound = _BOUND_BEFORE.search(text, max(start, p - SIGN_BOUND_BACK), p)
        out.append(_other_candidate(m, "KRW" if m["cur"][0] in "￦Ww" else "USD", bound, readings))
    for sign, currency in _RANGE_SIGNS.items():
        p = text.find(sign, start, end)
        while p >= 0:
            if sign in "$￦₩" and (after := _sign_after(text, p, start, end)) is not None:
                out.append(_other_candidate(after, currency, None, readings))
            m = _SUFFIXED_RANGE.match(text, p, end)
            named = _dollar_prefix(text, p, start) if sign == "$" else currency  # "A$4-5bn": Australian
            if m is not None and named is not None:
                out.append(_other_candidate(m, named, None, readings)._replace(start=m.start("num")))
            p = text.find(sign, p + 1, end)
    return out + _hangul_amounts(text, start, end, readings)


def _sign_after(text: str, p: int, start: int, end: int) -> re.Match[str] | None:
    """Return the amount the sign at ``p`` ends ("4.7 billion US$"), None when no scaled figure ends at it or a
    figure follows it (the sign leads that one).

    >>> t = "4.7 billion US$, 5 billion $5 coins, $$"
    >>> [_sign_after(t, p, 0, len(t)) is not None for p in [i for i, c in enumerate(t) if c == "$"]]
    [True, False, False, False]
    """
    if p <= start or not (text[p - 1].isalnum() or text[p - 1] in " \t.") or _NEXT_FIGURE.match(text, p + 1, end):
        return None
    return _SIGN_AFTER.search(text, max(start, p - SIGN_AFTER_BACK), p + 1)


def _hangul_amounts(text: str, start: int, end: int, readings: dict[Any, Any]) -> list[_Candidate]:
    """Return the amounts written with Korean units and 원 or "won" in ``text[start:end]`` (each found once).

    >>> [(e, v["amount"]) for _, _, e, v in find_money("1조389억원, 5,000억 won, 2만 원; 1조 cells")]
    [('1조389억원', 1038900000000.0), ('5,000억 won', 500000000000.0), ('2만 원', 20000.0)]
    """
    found: dict[int, _Candidate] = {}
    for unit in _HANGUL_UNITS:
        p = text.find(unit, start, end)
        while p >= 0:
            for m in _HANGUL_AMOUNT.finditer(text, max(start, p - HANGUL_BACK), min(end, p + HANGUL_AFTER)):
                amount = sum(Decimal(m[g].replace(",", "")) * _HANGUL_UNITS[u]
                             for g, u in (("jo", "조"), ("eok", "억"), ("man", "만")) if m[g])
                if amount and m.start() not in found:
                    found[m.start()] = _other_candidate(m, "KRW", None, readings, amount)
            p = text.find(unit, p + 1, end)
    return list(found.values())


def _other_candidate(m: re.Match[str], currency: str, bound: re.Match[str] | None, readings: dict[Any, Any],
                     amount: Decimal | None = None) -> _Candidate:
    """Return the candidate of a match of ``_written_otherwise``: its amount (read from its number and scale unless
    given), ``currency``, period and the bound before it (``bound``: a match of ``_BOUND_BEFORE``, which starts it).

    >>> c = _other_candidate(_OTHER_SIGN.match("￦2 trillion a year"), "KRW", None, {})
    >>> c.reading.amount, c.reading.currency, c.reading.per, c.form
    (2000000000000.0, 'KRW', 'year', 'prefixed')
    """
    value = _amount(m) if amount is None else amount
    per = _per(m) if "per" in m.re.groupindex else None
    reading = _Reading(None if value is None else plausible(value, "amount"), currency, per,
                       None if bound is None else _bound(bound))
    return _Candidate(m.start() if bound is None else bound.start(), m.end(), readings.setdefault(reading, reading),
                      "prefixed")


def _reading(m: re.Match[str], form: str, readings: dict[Any, Any]) -> _Reading | None:
    """Return the reading of a match (one shared per distinct reading), None when it holds no number."""
    amount = _amount(m)
    if amount is None:
        return None
    if form == "prefixed":
        word = m.group("cur2")
        currency: str | None = _CURRENCY_PREFIX[_BLANK.sub("", m.group("cur")).lower()]
        currency = _currency_word(word) if word else currency
    elif form == "worded":
        currency = _currency_word(m.group("cur"))
    else:
        currency = None
    reading = _Reading(plausible(amount, "amount"), currency, _per(m), _bound(m))
    return readings.setdefault(reading, reading)


def _money_values(text: str, kept: list[_Candidate]) -> list[Found]:
    """Return the money spans: inferred currency within a paragraph, a bracketed conversion's ``equivalent_of``."""
    out: list[Found] = []
    shared: dict[Any, Any] = {}  # equal exacts and equal values (with no reference) are stored once
    priced: _Candidate | None = None  # the last amount kept with a currency, in this paragraph
    prev: _Candidate | None = None  # the last amount kept
    ends = 0  # sentence ends since ``priced`` (two at most): each stretch between two amounts is read once
    for c in kept:
        s, e, reading = c.start, c.end, c.reading
        if prev is not None and _BLANK_LINE.search(text, prev.end, s):
            priced, prev = None, None  # a new paragraph
        if reading is None:
            continue
        amount, currency, per, bound = reading
        if priced is not None and prev is not None:
            ends = _sentence_ends(text, prev.end, s, ends)
        inferred = None if currency or priced is None or _converts(text, prev, c) else _inherited(priced, c, ends)
        if prev is not None and _CONVERSION_GAP.fullmatch(text, prev.end, s):
            ref = ("ref", "money", prev.start, prev.end)  # resolved to the span's id (see analysis.extract)
            value: dict[str, Any] = {"amount": amount, "currency": currency, "currency_inferred": inferred, "per": per,
                                     "bound": bound, "equivalent_of": ref}  # fmt: skip
        else:
            value = shared.get((reading, inferred)) or shared.setdefault((reading, inferred), {
                "amount": amount, "currency": currency, "currency_inferred": inferred, "per": per, "bound": bound,
                "equivalent_of": None})  # fmt: skip
        exact = text[s:e]
        out.append(Found(s, e, shared.setdefault(exact, exact), value))
        prev = c
        if currency:
            priced, ends = c, 0
    return out


def _converts(text: str, prev: _Candidate | None, bare: _Candidate) -> bool:
    """Return whether the amount ``bare`` (no currency named) is a bracketed conversion of ``prev``, an amount with
    a currency right before it: a figure fifty times larger or smaller than it ("$500 million (560 billion)": won),
    so in another currency, not the one ``prev`` names (money53; "$3 billion (1 billion more)" is no conversion).

    >>> [(e, v["currency_inferred"]) for _, _, e, v in find_money("$500 million (560 billion); $3 billion (1 billion)")]
    [('$500 million', None), ('560 billion', None), ('$3 billion', None), ('1 billion', 'USD')]
    """
    if prev is None or prev.reading is None or bare.reading is None or not prev.reading.currency:
        return False
    was, now = prev.reading.amount, bare.reading.amount
    if not was or not now or 1 / CONVERSION_RATIO < now / was < CONVERSION_RATIO:
        return False
    return _CONVERSION_GAP.fullmatch(text, prev.end, bare.start) is not None


def _dollars_counted(gd: dict[str, Any]) -> bool:
    """Return whether a worded amount with no scale word is a count of dollars in whole-number words ("one dollar",
    "twenty-five dollars"; money53), not "a dollar", "half a dollar" or "two won" (the verb).

    >>> [_dollars_counted({"wnum": w, "cur": c}) for w, c in (("one", "dollar"), ("a", "dollars"), ("two", "won"))]
    [True, False, False]
    """
    words = _BLANKS_OR_DASHES.split(gd["wnum"].lower())
    return "dollar" in gd["cur"].lower() and all(w in CARDINALS or w in {"hundred", "and"} for w in words)


# The end of a sentence: a full stop, "!" or "?" (and closing quotes or brackets), blanks, then a capital, a digit
# or an opening quote ("the U.S. troops" goes on).
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*+\s++(?=[A-Z\d\"“‘(\[])")


def _sentence_ends(text: str, lo: int, hi: int, ends: int) -> int:
    """Return ``ends`` plus the sentence ends in ``text[lo:hi]``, two at most (no more are read).

    >>> t = "It rose. It fell. Then U.S. troops left. And"
    >>> _sentence_ends(t, 0, len(t), 0), _sentence_ends(t, 17, len(t), 1), _sentence_ends(t, 18, 34, 0)
    (2, 2, 0)
    """
    while ends < 2:
        m = _SENTENCE_END.search(text, lo, hi)
        if m is None:
            break
        ends, lo = ends + 1, m.end()
    return ends


def _inherited(priced: _Candidate, bare: _Candidate, ends: int) -> str | None:
    """Return the currency a bare amount takes from the last amount with a currency before it (same paragraph): in
    its sentence or the sentence before ("paid $924 million. Next year it may be nearly a billion"), or farther back
    when it restates that figure ("$500 million more ... Five hundred million"); else None: a different figure two
    sentences or more after names no currency (the Conventions of tests/corpus/README.md; the dev files label such
    amounts null).

    >>> [(e, v["currency_inferred"]) for _, _, e, v in find_money(
    ...     "It paid $500 million. Five hundred million! It paid $2 billion. It costs 4.5 billion. It got 3 billion.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('$500 million', None), ('Five hundred million', 'USD'), ('$2 billion', None), ('4.5 billion', 'USD'),
     ('3 billion', None)]
    """
    if priced.reading is None or bare.reading is None:
        return None
    if ends < 2:  # ``ends``: the sentence ends between the two amounts
        return priced.reading.currency
    was, now = priced.reading.amount, bare.reading.amount
    same = was is not None and now is not None and abs(was - now) <= 0.005 * abs(was)
    return priced.reading.currency if same else None


def _leftmost_longest(items: list[_Candidate]) -> list[_Candidate]:
    items = sorted(items, key=lambda t: (t.start, -t.end))
    out: list[_Candidate] = []
    for it in items:
        if out and it.start < out[-1].end:
            continue
        out.append(it)
    return out


_FOLD_WORDS = {w: n for w, n in _WORDNUMS.items() if isinstance(n, int) and 2 <= n <= 100 and " " not in w}
_MULT_NUM = rf"(?:{_NUM}|{word_trie(_FOLD_WORDS)})"
#: A multiple's number with "and a half" after it ("two and a half", "one-and-a-half"; "one" only so): its
#: ``andhalf`` group adds a half to the number (frames65).
_AND_A_HALF = r"[\s-]++and[\s-]++a[\s-]++"
_MULT_HALVES = rf"(?P<times>{_MULT_NUM}|one(?={_AND_A_HALF}half\b))(?:{_AND_A_HALF}(?P<andhalf>half))?"
_MULT_FIRST = "".join(sorted({w[0] for w in (*_FOLD_WORDS, *BOUNDS, "double", "triple", "quadruple", "quintuple",
                                                "twice", "by", "in", "half", "one")}))  # fmt: skip
#: After "N times", what it is compared with or to ("five times more", "five times what Seoul pays", "ten times the
#: 2019 payment", "five times to $5 billion").
_TIMES_NEXT = (r"(?=\s+(?:more|higher|larger|bigger|greater|less|lower|smaller|as\b|what|the\b"
               r"|that|this|its|their|his|her|our|current|last|previous|[A-Z][\w.-]*['’]s\b"
               r"|to\s+(?:about\s+|around\s+)?(?:US\$|[$₩€£]|\d)))")
_MULT = re.compile(
    rf"{_WORD_START}(?=[\d{re.escape(_MULT_FIRST)}])(?:{_BOUND}|)(?<![\w])(?:"
    rf"(?P<fold>{_MULT_NUM})[\s-]?fold\b"
    rf"|{_MULT_HALVES}(?:\s+|-)times{_TIMES_NEXT}"
    rf"|(?P<verb>doubl|tripl|quadrupl|quintupl)(?:e|es|ed|ing)\b(?!-)"
    r"(?!\s+(?:standards?|agents?|taxation|digits?|whammy|beds?|rooms?|clicks?|edged?|play|dip|headers?|"
    r"trouble|check|decker|bass|dutch|entry|jeopardy|life|lives|date|majors?)\b)"
    rf"|(?P<twice>twice)(?=\s+(?:as|what|the|that|this|its|their|his|her|current|last))"
    r"|(?P<again>half\s+again\s+as\s+(?:much|many|large|big|high|great)\b)"  # frames65: a half more, 1.5 times
    r"|(?P<half>(?:by|in)\s+half\b|halv(?:e|es|ed|ing)\b|half\s+(?:as\s+much|as\s+many|what|of\s+what))"
    ")",
    re.IGNORECASE,
)
_VERB_FACTORS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "quintupl": 5.0}
#: A multiple written with a multiplication sign, before or after its number ("10x what Seoul pays", "x10 the 2019
#: payment"; probe35 he160/he219), before a word of comparison as "N times" is (:data:`_TIMES_NEXT`); not "4x4",
#: "x86" (cfix37).
_X_TIMES = re.compile(r"(?<![\w$.,×-])(?:(?P<n>\d{1,3}+)[xX×]|[xX×](?P<n2>\d{1,3}+))(?=[ \t]++(?:more|higher|larger|"
                      r"bigger|greater|less|lower|smaller|as|what|the|that|this|its|their|his|her|our|current|last|"
                      r"previous)\b)")
#: "increased its contribution five times": "N times" ending a clause after a verb of increase (a bare "five
#: times." is a count of occasions). Tokens are capped and possessive, so the search stays linear.
_TIMES_AFTER_VERB = re.compile(
    r"\b(?:increas|rais|boost|hik|multipl|grow|grew|jump)\w*(?:\s++[^\s.;:!?]{1,30}+){0,8}?\s++"
    rf"{_MULT_HALVES}\s+times(?=\s*+(?:[.,;:!?)]|$)|\s++by\s++[a-z]+ing\b)",
    re.IGNORECASE,
)


# what every _TIMES_AFTER_VERB match ends with, "[tT](?i:imes)", as two patterns that open with one literal each: ``re``
# skips to a literal first character in a tight loop, but tests a set of two at every character (4 ms a MB; speed49)
_TIMES = (re.compile("t(?i:imes)"), re.compile("T(?i:imes)"))
# A superset of the places a _TIMES_AFTER_VERB match starts at (its verb's first letter, in any case as ``re`` folds
# it: "İ" and "ı" are an "i" there, then the rest of one of the verbs): it starts with a set of characters, which
# ``re`` skips to, where the verbs' case-blind alternatives are tried at every place (``_verbs_of_increase``)
_VERB_FIRST = "BGHIJMRbghijmr\u0130\u0131"
_VERB_START = re.compile(rf"[{_VERB_FIRST}](?i:ncreas|ais|oost|ik|ultipl|r[oe]w|ump)")
# One of ;:!? or a full stop not before a digit: no _TIMES_AFTER_VERB match holds one (its "." is a decimal point).
# Written to start with a set of characters, which ``re`` skips to (``[;:!?]|\.(?!\d)`` is tried at every place).
_CLAUSE_MARK = re.compile(r"[.;:!?](?:(?<=\.)(?!\d)|(?<!\.))")


def _after_last_mark(text: str, lo: int, hi: int) -> int:
    """Return where the last ``_CLAUSE_MARK`` match in ``text[lo:hi]`` ends, else ``lo``: read back with ``str.rfind``
    from ``hi`` (a full stop before a digit is a decimal point, passed over; one right before ``hi`` is a mark, as
    the pattern's look-ahead reads nothing past ``hi``), not every mark of the stretch matched forwards.

    >>> t = "Up 1.5 times; it grew. Then 2.5"
    >>> [_after_last_mark(t, 0, k) for k in (8, 14, len(t), 6)], _after_last_mark(t, 3, 5)
    ([0, 13, 22, 0], 5)
    """
    k = max(text.rfind(c, lo, hi) for c in ";:!?")
    dot = text.rfind(".", lo, hi)
    while dot >= 0 and dot + 1 < hi and text[dot + 1].isdecimal():
        dot = text.rfind(".", lo, dot)
    k = max(k, dot)
    return lo if k < 0 else k + 1


def _times_after_verb(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield the matches of ``_TIMES_AFTER_VERB.finditer(text, start, end)``, searched only in the stretches between
    two of ``;:!?`` or a full stop that hold a "times" (a match holds no such mark and ends with "times": elsewhere
    none starts).

    Each stretch is searched up to and with its closing mark (what the lookahead after "times" may read), the last
    one up to ``end``; each character is read a bounded number of times.

    >>> t = "It rose. Seoul raised its share 1.5 times; it grew twice. Costs grew ten times!"
    >>> [m.group() for m in _times_after_verb(t, 0, len(t))] == [m.group() for m in _TIMES_AFTER_VERB.finditer(t)]
    True
    >>> [m.group("times") for m in _times_after_verb(t, 0, len(t))]
    ['1.5', 'ten']
    """
    done = start  # text[start:done] was searched (it ends after a mark, or at ``end``)
    nxt = [p.search(text, start, end) for p in _TIMES]  # the next match of each at or after ``done``
    while (t := _leftmost_of(nxt)) is not None:
        a = _after_last_mark(text, done, t.start())
        mark = _CLAUSE_MARK.search(text, t.end(), end)
        done = end if mark is None else mark.end()
        yield from _verbs_of_increase(text, a, done)
        nxt = [m if m is None or m.start() >= done else p.search(text, done, end)
               for p, m in zip(_TIMES, nxt, strict=True)]


def _leftmost_of(matches: list[re.Match[str] | None]) -> re.Match[str] | None:
    """Return the match of ``matches`` that starts first (None: no match).

    >>> _leftmost_of([None, re.search("b", "ab")]).start(), _leftmost_of([re.search("a", "ab"), None]).start()
    (1, 0)
    >>> _leftmost_of([re.search("b", "ab"), re.search("a", "ab")]).group(), _leftmost_of([None, None])
    ('a', None)
    """
    found = [m for m in matches if m is not None]
    return min(found, key=re.Match.start) if found else None


def _verbs_of_increase(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """Yield the matches of ``_TIMES_AFTER_VERB.finditer(text, a, b)``: the pattern is matched only where
    ``_VERB_START`` finds a verb's start (every match starts at one), leftmost first, the next search after its end.

    >>> t = "Bike costs rose; they RAISED it 2 times. Raise it ten times; grew three times"
    >>> [m.span() for m in _verbs_of_increase(t, 0, len(t))] == [m.span() for m in _TIMES_AFTER_VERB.finditer(t)]
    True
    >>> [m.group("times") for m in _verbs_of_increase(t, 0, len(t))], next(_verbs_of_increase(t, 23, len(t)))[0]
    (['2', 'ten', 'three'], 'Raise it ten times')
    """
    v = _VERB_START.search(text, a, b)
    while v is not None:
        m = _TIMES_AFTER_VERB.match(text, v.start(), b)
        if m is not None:
            yield m
        v = _VERB_START.search(text, v.start() + 1 if m is None else m.end(), b)


def _times_factor(n: str, andhalf: str | None) -> float | None:
    """Return the factor of a multiple's number, in words or digits, a half more with "and a half" (frames65).

    >>> [_times_factor(n, h) for n, h in (("five", None), ("one", "half"), ("2", "half"), ("1.5", None))]
    [5.0, 1.5, 2.5, 1.5]
    """
    low = n.lower()
    factor = 1.0 if low == "one" else float(_FOLD_WORDS[low]) if low in _FOLD_WORDS else plausible(
        Decimal(n.replace(",", "")), "factor")
    return factor + 0.5 if factor is not None and andhalf else factor


def find_multipliers(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Return ``(start, end, exact, {"factor", "bound"})`` for "five-fold", "five times", "double" ...

    >>> [(e, v["factor"], v["bound"]) for _, _, e, v in find_multipliers(
    ...     "more than five times what Seoul paid, a fivefold rise; it may double")]
    [('more than five times', 5.0, 'more_than'), ('fivefold', 5.0, None), ('double', 2.0, None)]
    >>> [e for _, _, e, _ in find_multipliers("Seoul increased its contribution five times. He called five times.")]
    ['five times']
    >>> [e for _, _, e, _ in find_multipliers(
    ...     "He pushed Seoul to raise its share of the defense costs up to five times by threatening.")]
    ['five times']
    >>> [e for _, _, e, _ in find_multipliers("raised by more than ten times to 10 billion dollars, at times to me")]
    ['more than ten times']
    >>> [(e, v["factor"]) for _, _, e, v in find_multipliers("10x what Seoul pays, x10 the 2019 sum; 4x4s, 3x zoom")]
    [('10x', 10.0), ('x10', 10.0)]
    """
    out: list[Found] = []
    for m in scan(_MULT, _T_MULT, text, start, len(text) if end is None else end, 32, 24):
        gd = m.groupdict()
        n = gd["fold"] or gd["times"]
        if n:
            factor = _times_factor(n, gd.get("andhalf"))
        elif gd["verb"]:
            factor = _VERB_FACTORS[gd["verb"].lower()]
        elif gd["twice"]:
            factor = 2.0
        elif gd["again"]:
            factor = 1.5
        else:
            factor = 0.5
        out.append(Found(m.start(), m.end(), m.group(), {"factor": factor, "bound": _bound(m)}))
    for m in _x_times(text, start, len(text) if end is None else end):  # cfix37: "10x", "x10"
        factor = float(m.group("n") or m.group("n2"))
        out.append(Found(m.start(), m.end(), m.group(), {"factor": factor, "bound": None}))
    seen = {o.start for o in out}
    for m in _times_after_verb(text, start, len(text) if end is None else end):
        n, s = m.group("times"), m.start("times")
        if s not in seen:
            factor = _times_factor(n, m.group("andhalf"))
            out.append(Found(s, m.end(), text[s:m.end()], {"factor": factor, "bound": None, "of_object": True}))
    return sorted(out, key=lambda o: o.start)


def _x_times(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the matches of ``_X_TIMES.finditer(text, start, end)``, a match tried only where one can start: at an
    x (X, ×) beside a digit, or at one of the digits right before it (the pattern, led by a lookbehind, has no first
    character ``re`` could skip to).

    >>> [m.group() for m in _x_times("10x what Seoul pays, x10 the 2019 sum; 4x4s, 3x zoom", 0, 52)]
    ['10x', 'x10']
    """
    places = []
    for mark in ("x", "X", "×"):
        p = text.find(mark, start, end)
        while p >= 0:
            if (p + 1 < end and text[p + 1].isdigit()) or (p > start and text[p - 1].isdigit()):
                places.append(p)
            p = text.find(mark, p + 1, end)
    out: list[re.Match[str]] = []
    last, match = start, _X_TIMES.match
    for p in sorted(places):
        q = p
        while q > start and q > p - 3 and text[q - 1].isdigit():
            q -= 1  # the leftmost digit a match of the first branch can start at
        for s in range(max(q, last), p + 1):
            if (m := match(text, s, end)) is not None:
                out.append(m)
                last = m.end()
                break
    return out


_UP = [
    "up",
    "rose",
    "rises",
    "rise",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "surged",
    "soared",
    "gained",
    "raised",
    "raise",
    "raising",
    "hiked",
    "hike",
    "hikes",
    "boosted",
    "boost",
    "higher",
]
_DOWN = [
    "down",
    "fell",
    "falls",
    "fall",
    "falling",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "decreases",
    "cut",
    "cuts",
    "cutting",
    "slashed",
    "lowered",
    "lower",
    "slid",
    "plunged",
    "shrank",
    "shrunk",
    "reduced",
    "reduce",
    "reducing",
]
_POST_UP = [
    "more",
    "higher",
    "increase",
    "rise",
    "hike",
    "jump",
    "gain",
    "raise",
    "boost",
    "growth",
    "above",
    "larger",
    "bigger",
    "greater",
]
# The words of _UP and _DOWN that are transitive verbs, which may govern a percentage across their object ("cut the
# payment 8.9 percent"); their direction is read from _UP/_DOWN.
_TRANSITIVE = frozenset(["raised", "raise", "raising", "increased", "increases", "hiked", "boosted", "cut", "cuts",
                         "cutting", "slashed", "lowered", "reduced", "reduce", "reducing", "decreased"])
_UP_VERBS = _TRANSITIVE.intersection(_UP)
_DOWN_VERBS = _TRANSITIVE.intersection(_DOWN)
# Nouns of change before "of" and a percentage ("a rise of 13 percent").
_INCREASE_OF = ("increase", "rise", "hike", "jump", "cut", "drop", "decline", "reduction", "fall", "growth", "gain")
_POST_DOWN = ["less", "lower", "decrease", "decline", "drop", "cut", "reduction", "fall", "fewer", "below", "smaller"]
# A character every _PERCENT match starts with (in any case): a place without one is left after one test.
_PERCENT_FIRST = "".join(sorted({w[0] for w in (*_UP, *_DOWN, *_INCREASE_OF, *_WORDNUMS, "a", "zero", *BOUNDS)}))
# The first word of every _PERCENT match: its change word's, its bound's or its number's.
_PERCENT_FIRST_WORD = _first_word(_UP, _DOWN, _INCREASE_OF, ARTICLES, BOUNDS, _UNITS, _TEENS, _TENS, _WORDNUMS,
                                  ["zero"])
_PERCENT = re.compile(
    rf"(?=[\d{re.escape(_PERCENT_FIRST)}]){_PERCENT_FIRST_WORD}"
    rf"(?:(?P<pre>(?<![\w])(?:{word_trie(_UP + _DOWN)})|(?:an?\s+|)(?:{'|'.join(_INCREASE_OF)})\s+of)(?:\s+by)?\s+|)"
    rf"(?:{_BOUND}|)(?:(?<![\w.,])|(?<=\.\.\.))(?P<num>{_NUM}|{_WORD_DECIMAL}|{_WNUM_NO_A})"
    r"(?:(?:-|\s*)(?P<unit>%|per\s*cent\b|pct\b|percent(?:age\s+points?)?\b|percentage\s+points?\b))"
    rf"(?:\s+(?P<post>{word_trie(_POST_UP + _POST_DOWN)})\b)?",
    re.IGNORECASE,
)


# Words that end the object between a change verb and its percent ("cut the payment 8.9 percent"): another clause.
_OBJECT_STOPS = frozenset(
    [
        "and", "or", "but", "while", "that", "which", "who", "whom", "as", "than", "when", "after",
        "before", "since", "if", "because", "to", "from", "at", "against", "is", "was", "are", "were",
        "be", "been", "has", "have", "had", "will", "would", "said", "says",
    ]
)
_OBJECT_WORDS = 6  # at most this many words of object between the verb and the percent


def _verb_before_object(text: str, at: int, floor: int) -> str | None:
    """Return "up" or "down" when a change verb governs the percentage at ``at`` across its object, in the same
    clause ("the deal cut Seoul's payment by 8.9 percent", "raised its share 5.8 percent"), else None.

    >>> t = "The deal cut Seoul's payment by 8.9 percent. It raised its share 5.8 percent."
    >>> _verb_before_object(t, t.index("8.9"), 0), _verb_before_object(t, t.index("5.8"), 0)
    ('down', 'up')
    >>> t = "Trump cut taxes, and 40 percent of voters agreed; he cut taxes and 40 percent"
    >>> _verb_before_object(t, t.index("40"), 0), _verb_before_object(t, t.rindex("40"), 0)
    (None, None)
    """
    words = text[max(floor, at - 80) : at].split()[-(_OBJECT_WORDS + 2) :]
    return _governing_verb(words, len(words) - 1, 0)


def _governing_verb(words: list[str], top: int, bottom: int) -> str | None:
    """Return "up" or "down" for the change verb among ``words[bottom:top]`` whose object opens right after it, read
    back from ``words[top]`` and stopped by a clause mark or a word no object holds; else None.

    >>> _governing_verb("Seoul cut its payment".split(), 3, 0), _governing_verb("cut taxes, its payment".split(), 3, 0)
    ('down', None)
    """
    for k in range(top, bottom - 1, -1):
        w = words[k].lower()
        if w[-1:] in _CLAUSE_MARKS or w[:1] in _CLAUSE_MARKS or w in _OBJECT_STOPS:
            return None
        if k < top and (w in _DOWN_VERBS or w in _UP_VERBS) and _object_opens(words[k + 1]):
            return "down" if w in _DOWN_VERBS else "up"
    return None


_CLAUSE_MARKS = frozenset(",;:.!?\"”)([“")
_DETERMINERS = frozenset(
    ["the", "its", "their", "his", "her", "a", "an", "this", "that", "these", "those", "our", "my", "your"]
)


def _object_opens(word: str) -> bool:
    """Return whether ``word`` can open a change verb's object: a determiner, a possessive or a capitalised word
    ("cut the payment", "raised Seoul's share"), not a noun an adjective qualifies ("increased burden sharing").

    >>> _object_opens("its"), _object_opens("Seoul's"), _object_opens("Korea"), _object_opens("burden")
    (True, True, True, False)
    >>> _object_opens("it")
    True
    """
    return word.lower() in _DETERMINERS or word.lower() in _OBJECT_PRONOUNS or word.endswith(("'s", "’s")) \
        or word[:1].isupper()


#: Pronouns that are a change verb's whole object ("cut it by 8.9 percent", cfix41).
_OBJECT_PRONOUNS = frozenset(["it", "them"])


# fix50a: a change verb's direction carried across a date phrase, a comma or a passive to its "by <amount>"
# ("Seoul first cut its payment in 2005, by 8.9 percent", "the payment was cut in 2005 by 66.5 billion won").
_BY_HEDGES = frozenset(["about", "around", "roughly", "some", "approximately", "nearly", "almost", "just"])
_DATE_PREPS = frozenset(["in", "during"])
_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
_PASSIVE_AUX = frozenset(["was", "were", "is", "are", "been"])


def _date_before(words: list[str], i: int) -> int:
    """Return the index before one date phrase ending at ``words[i]`` ("in 2005", "during March 2005", "last year"),
    or ``i`` when none ends there; a phrase naming two years ("in 2005 and 2006") is none.

    >>> [_date_before(s.split(), 2) for s in ("cut in 2005", "x in March", "cut last year", "2005 and 2006")]
    [0, 0, 0, 2]
    """
    w = words[i].lower()
    head = words[i - 1].lower() if i >= 1 else ""
    if w.isdigit() and len(w) == 4 and w[:2] in ("19", "20"):
        if head in _MONTHS and i >= 2 and words[i - 2].lower() in _DATE_PREPS:
            return i - 3
        return i - 2 if head in _DATE_PREPS else i
    if (w in _MONTHS and head in _DATE_PREPS) or (w == "year" and head in ("last", "this")):
        return i - 2
    return i


def verb_by_direction(text: str, at: int, floor: int) -> str | None:
    """Return "up" or "down" when a change verb governs the "by <amount>" at ``at`` across its object and one date
    phrase with at most one comma ("cut its payment in 2005, by 8.9 percent"), or as a passive ("was cut in 2005 by
    X", "was cut, by X"); else None (fix50a).

    >>> t = "Seoul first cut its payment in 2005, by 8.9 percent. It was raised in 2005 by $9 million."
    >>> [verb_by_direction(t, t.index(amount), 0) for amount in ("8.9", "$9")]
    ['down', 'up']
    >>> t = "Seoul cut its payment in 2005 and 2006 by 8 percent; it was cut, in 2005, by 9 percent"
    >>> [verb_by_direction(t, t.index(amount), 0) for amount in ("8 p", "9 p")]
    [None, None]
    """
    words = text[max(floor, at - 120):at].split()[-12:]
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _BY_HEDGES and len(words) - i < 3:
        i -= 1
    if i < 2 or words[i] != "by":
        return None
    words[i - 1], commas = words[i - 1].removesuffix(","), int(words[i - 1].endswith(","))
    i = _date_before(words, i - 1)
    if words[i].endswith(",") and not commas:
        words[i] = words[i][:-1]
    w = words[i].lower()
    if w in _DOWN_VERBS or w in _UP_VERBS:
        passive = i >= 1 and words[i - 1].lower() in _PASSIVE_AUX
        return ("down" if w in _DOWN_VERBS else "up") if passive else None
    return _governing_verb(words, i, max(0, i - 4))


def find_percents(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Return ``(start, end, exact, {"percent", "direction", "bound", "unit"})`` for each percentage.

    >>> [(e, v["percent"], v["direction"], v["bound"]) for _, _, e, v in find_percents(
    ...     "up 8.2 percent, 400% more, capped at 5 percent")]
    [('up 8.2 percent', 8.2, 'up', None), ('400% more', 400.0, 'up', None), ('capped at 5 percent', 5.0, None, 'up_to')]
    >>> [(e, v["percent"], v["direction"]) for _, _, e, v in find_percents("a 13-percent increase")]
    [('13-percent increase', 13.0, 'up')]
    >>> [(e, v["bound"]) for _, _, e, v in find_percents("deal...8.3% increase; rises do not exceed 5%; v1.2%")]
    [('8.3% increase', None), ('rises do not exceed 5%', 'up_to')]
    >>> [(e, v["percent"]) for _, _, e, v in find_percents("an on-year hike of eight-point-two percent")]
    [('hike of eight-point-two percent', 8.2)]
    >>> [(e, v["percent"]) for _, _, e, v in find_percents("a rise of 13-point-nine percent")]
    [('a rise of 13-point-nine percent', 13.9)]
    """
    out: list[Found] = []
    for m in scan(_PERCENT, _T_PERCENT, text, start, len(text) if end is None else end, 50, 20):
        gd = m.groupdict()
        begin = m.start()
        if gd["pre"] and particle_up(text, m.start(), gd["pre"]):  # "makes up 40 percent of": a share, no rise
            gd["pre"] = None
            rest = text[m.start() + len("up"):m.end()]
            begin = m.end() - len(rest.lstrip())
        low = gd["num"].lower()
        num = gd["num"].replace(",", "")
        pct = float(_WORDNUMS[low]) if low in _WORDNUMS else plausible(
            _word_number(num) if "point" in low else Decimal(num), "percent")
        direction = None
        for word in (gd["pre"], gd["post"]):
            if word:
                w = word.lower().split()[-1] if word.lower().split()[-1] != "of" else word.lower().split()[-2]
                w = w if w not in {"a", "an"} else word.lower().split()[1]
                if w in _UP or w in _POST_UP or w in {"increase", "rise", "hike", "jump", "growth", "gain"}:
                    direction = "up"
                elif w in _DOWN or w in _POST_DOWN or w in {"reduction"}:
                    direction = "down"
        unit = "points" if "point" in gd["unit"].lower() else "percent"
        bound = _bound(m)
        if direction is None and bound is None and not gd["pre"]:
            direction = _verb_before_object(text, m.start(), start)
        direction = direction or (None if gd["pre"] else verb_by_direction(text, m.start(), start))
        value = {"percent": pct, "direction": direction, "bound": bound, "unit": unit}
        out.append(Found(begin, m.end(), text[begin:m.end()], value))
    return out


#: Verbs whose particle "up" is no rise ("makes up 40 percent of the cost", "took up a third", "eats up 5 percent").
_PARTICLE_HOSTS = frozenset(["make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "eat",
                             "eats", "ate", "eaten", "eating", "use", "uses", "used", "using", "sum", "sums", "summed"])


def particle_up(text: str, at: int, pre: str) -> bool:
    """Return whether the change word ``pre`` at ``at`` is the particle "up" of a phrasal verb right before it
    ("labor costs make up 40 percent of the payment", "took up about 30 percent"): a share told, not a rise (cfix49).

    >>> t = "Wages make up 40 percent of it; wages are up 40 percent; costs took up about 9 percent"
    >>> [particle_up(t, t.index(w), "up") for w in ("up 40", "up 40 percent;", "up about")]
    [True, False, True]
    >>> [e for _, _, e, _ in find_percents(t)]
    ['40 percent', 'up 40 percent', 'about 9 percent']
    """
    if pre.lower() != "up":
        return False
    words = text[max(0, at - 20):at].split()
    return bool(words) and words[-1].lower() in _PARTICLE_HOSTS



#: A comma aside opened by a hedge of a conversion right after an amount ("$1.3 billion, about 800 billion won, a
#: year"): ", about", ", roughly", ", approximately", ", some" (fix50f). No "nearly" or "almost": a bound, not a rate.
_COMMA_HEDGE = re.compile(r",[ \t]{1,3}+(?:about|roughly|approximately|some)[ \t]", re.I)
#: The comma that closes the aside right after its amount, then a space: the aside's end, not a digit group;
#: then only a time phrase ("this year", "for next year", "for 2021", "a year", "annually"), an attribution
#: (", the minister said") or the sentence's end: never "more than ...", "or 13.9 percent", a possessive, "the ..."
#: or a "for" of no time (mend50f, review50f: those make it a part, a comparison or an apposition, not a restatement).
_ASIDE_CLOSED = re.compile(r"[ \t]{0,3}+,\s{1,3}+(?:"
                           r"(?:for[ \t]{1,3}+)?(?:this|next|last|a|each|every)[ \t]{1,3}+year\b|annually\b|"
                           r"(?:in|for)[ \t]{1,3}+(?:19|20)\d\d\b|"
                           r"(?:[\w.'’-]++[ \t]{1,3}+){1,4}(?:said|says|told)\b|$)")


def comma_conversion(text: str, first: Span, second: Span) -> bool:
    """Return whether ``second`` restates ``first`` in the other of dollars and won as a hedged aside between two
    commas right after it ("$1.3 billion, about 800 billion won, a year"; "1.5 trillion won, roughly $1.3 billion,
    ..."): a conversion, right or wrong, whether or not it fits a year's rate (fix50f; Conventions, "A parenthesised
    conversion"). An aside not closed right after its amount ("$1.3 billion, about 800 billion won more than last
    year") or unhedged ("$1.3 billion, 800 billion won, ...": a list or a part) is not read so here, nor one whose
    closing comma opens anything but a time, an attribution or the sentence's end ("..., more than in 2020";
    "..., for Korean workers' wages"; "..., Washington's ask").

    >>> t = "It wants $5 billion, roughly 2 trillion won, a year; $5 billion, roughly 2 trillion won more than before."
    >>> s = [Span(str(i), "money", m.start(), m.end(), m.group(), {"currency": "KRW" if "won" in m.group() else "USD"})
    ...      for i, m in enumerate(re.finditer(r"[$]5 billion|roughly 2 trillion won", t))]
    >>> comma_conversion(t, s[0], s[1]), comma_conversion(t, s[2], s[3])
    (True, False)
    >>> t = "It has $5 billion, roughly 2 trillion won, more than in 2020; $5 billion, roughly 2 trillion won, Li said"
    >>> s = [Span(str(i), "money", m.start(), m.end(), m.group(), {"currency": "KRW" if "won" in m.group() else "USD"})
    ...      for i, m in enumerate(re.finditer(r"[$]5 billion|roughly 2 trillion won", t))]
    >>> comma_conversion(t, s[0], s[1]), comma_conversion(t, s[2], s[3])
    (False, True)
    """
    if {first.value.get("currency"), second.value.get("currency")} != {"USD", "KRW"}:
        return False
    m = _COMMA_HEDGE.match(text, first.end)
    return m is not None and first.end < second.start <= m.end() and _ASIDE_CLOSED.match(text, second.end) is not None
