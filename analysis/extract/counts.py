"""Find counts of people in uniform ("28,500 U.S. troops", "the 28,500-strong USFK", "Forty thousand of our troops").

Count ``value``: ``count`` (an int: the number of people; the lower end of a range), ``count_to`` (the upper end of a
range, "4,000 to 5,000 troops"; else None), ``bound`` (as money's: None, "approx", "up_to", "less_than",
"more_than"; see :data:`analysis.extract.amounts.BOUNDS`) and ``unit`` (the noun counted, in lower case: "troops",
"soldiers", "personnel", ..., or "strong" for "<n>-strong"). Whose people they are, and whether the number is a
level or a number to move, is the frame's reading (:func:`analysis.frames.troop_frame`), not the finder's.

The detailed pattern runs only near a trigger word (:mod:`analysis.extract.scan`): linear time, no backtracking.

>>> [(e, v["count"], v["bound"], v["unit"]) for _, _, e, v in find_counts(
...     "Some 28,500 American troops are there; Trump said 45-thousand soldiers.")]
[('Some 28,500 American troops', 28500, 'approx', 'troops'), ('45-thousand soldiers', 45000, None, 'soldiers')]
"""

from __future__ import annotations

import re

from analysis.extract.amounts import BOUNDS
from analysis.extract.numbers import TEENS, TENS, UNITS
from analysis.extract.scan import Trigger, scan, word_trie
from analysis.extract.spans import Found

__all__ = ["find_counts"]

#: A number in digits: "28,500", "28, 500" (a stray blank after the comma), "28500", or with a scale word
#: ("45-thousand", "1.2 million").
_DIGITS = r"\d{1,3}(?:,[ ]?\d{3})++(?![\d,])|\d{1,7}+(?![\d,])"
_SCALED = r"\d{1,3}(?:\.\d{1,2})?+[ \t-]?+(?i:thousand(?:[ \t-]\d{3}(?![\d,]))?|million)\b"
#: A number in words below a hundred ("forty", "forty-five"), then "thousand": "Forty thousand".
_WORD_BELOW_100 = (rf"(?i:{word_trie(TENS)}(?:[ \t-]{word_trie(UNITS)}\b)?|{word_trie(TEENS)}|{word_trie(UNITS)})"
                   r"[ \t-](?i:thousand)\b")
_NUMBER = rf"(?:{_SCALED}|{_DIGITS}|{_WORD_BELOW_100})"
#: Words that may stand between the number and the noun: whose they are, what kind (read by the frame).
_MODIFIERS = ("U.S.", "US", "USA", "American", "United States", "USFK", "active-duty", "active duty", "Army", "army",
              "ground", "combat", "North Korean", "South Korean", "Korean", "Japanese", "Chinese", "Russian",
              "additional", "more", "extra", "foreign", "allied", "of our", "of the", "of its", "of their")
_NOUNS = ("troops", "troop", "soldiers", "service members", "servicemembers", "service-members", "military personnel",
          "personnel", "forces", "military members", "GIs", "Marines", "marines", "sailors", "airmen")
_BLANKS = r"[ \t]++"
_MODIFIER = word_trie(_MODIFIERS, space=_BLANKS)
_NOUN = word_trie(_NOUNS, space=_BLANKS)
_COUNT = re.compile(
    rf"(?<![\w$.,-])(?:(?P<bound>(?i:{word_trie(BOUNDS)}))[ \t]++|)(?<![\w$.,-])"
    rf"(?P<n>{_NUMBER})(?:[ \t]*+(?:to|-|–|and|or)[ \t]*+(?P<n2>{_NUMBER})|)"
    rf"(?:(?P<strong>-strong)\b|(?:[ \t]++(?:{_MODIFIER})){{0,2}}+[ \t]++(?P<noun>(?i:{_NOUN}))\b)"
)
_TRIGGER = Trigger(
    re.compile(r"[Tt]roop|TROOP|[Ss]oldier|SOLDIER|[Pp]ersonnel|[Ff]orces|[Ss]ervice|-strong|GIs\b|[Mm]arines|"
               r"[Ss]ailors|[Aa]irmen|[Mm]embers"),
    (("roop", 1), ("ROOP", 1), ("oldier", 1), ("OLDIER", 1), ("ersonnel", 1), ("orces", 1), ("ervice", 1),
     ("-strong", 0), ("GIs", 0), ("arines", 1), ("ailors", 1), ("irmen", 1), ("embers", 1)),
)  # fmt: skip
#: Every window holding a count holds a digit or a scale word: the others are not searched.
_NEED = re.compile(r"\d|(?i:thousand)").search
_WORD_VALUE = {**UNITS, **TEENS, **TENS}
#: A bare four-digit number from 1900 to 2099 before the noun is a year ("In 2019 troops left"), not a count.
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Return ``(start, end, exact, value)`` for every count of people in uniform in ``text[start:end]``.

    >>> [(e, v["count"], v["count_to"], v["bound"]) for _, _, e, v in find_counts(
    ...     "withdraw 4,000 to 5,000 troops; the 28,500-strong USFK; more than 26,000 personnel; 2019 troops")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('4,000 to 5,000 troops', 4000, 5000, None), ('28,500-strong', 28500, None, None),
     ('more than 26,000 personnel', 26000, None, 'more_than')]
    >>> [(e, v["count"]) for _, _, e, v in find_counts("Forty thousand of our troops; 1.2 million North Korean "
    ...                                                 "soldiers; 5,000 members of the union; 28,500 won")]
    [('Forty thousand of our troops', 40000), ('1.2 million North Korean soldiers', 1200000)]
    """
    end = len(text) if end is None else end
    out: list[Found] = []
    for m in scan(_COUNT, _TRIGGER, text, start, end, 90, 40, need=_NEED):
        value = _reading(m)
        if value is not None:
            out.append(Found(m.start(), m.end(), m.group(), value))
    return out


def _reading(m: re.Match[str]) -> dict[str, object] | None:
    """Return the value of a count match, or None for a year read as a count.

    >>> _reading(_COUNT.search("about 28-thousand troops"))["count"], _reading(_COUNT.search("2019 troops"))
    (28000, None)
    """
    if _YEAR.fullmatch(m.group("n")) and not m.group("n2"):
        return None
    bound = m.group("bound")
    upper = m.group("n2")
    unit = "strong" if m.group("strong") else " ".join(m.group("noun").lower().replace("-", " ").split())
    return {"count": count_value(m.group("n")), "count_to": count_value(upper) if upper else None,
            "bound": BOUNDS.get(" ".join(bound.lower().split())) if bound else None, "unit": unit}


def count_value(number: str) -> int:
    """Return the number of people a count's number says.

    >>> count_value("28, 500"), count_value("45-thousand"), count_value("Forty-five thousand"), count_value("1.2 million")
    (28500, 45000, 45000, 1200000)
    >>> count_value("28-thousand-500")
    28500
    """
    words = number.lower().replace("-", " ").replace(",", "").split()
    if "thousand" in words[:-1]:  # "28-thousand-500"
        return count_value(" ".join(words[:words.index("thousand") + 1])) + int(words[-1])
    scale = {"thousand": 1000, "million": 1_000_000}.get(words[-1], 1)
    head = words[:-1] if scale > 1 else words
    if head and head[0].replace(".", "", 1).isdigit():
        return round(float("".join(head)) * scale)
    return sum(_WORD_VALUE[w] for w in head) * scale
