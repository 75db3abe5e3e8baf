"""Number words of English, one table for every extractor that reads spelled-out numbers.

>>> CARDINALS["fifteen"], CARDINALS["ninety"], len(CARDINALS)
(15, 90, 27)
>>> {**ARTICLES, **FRACTIONS}["half a"], DIGIT_WORDS["oh"], QUARTERS["a quarter"]
(0.5, 0, 0.25)
"""

from __future__ import annotations

#: "one" to "nine".
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
#: "ten" to "nineteen".
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
#: "twenty" to "ninety".
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Every number below a hundred written as one word.
CARDINALS = {**UNITS, **TEENS, **TENS}
#: Words read as one digit after "point" ("one point oh five").
DIGIT_WORDS = {"zero": 0, "oh": 0, **UNITS}
#: The article as the number one ("a billion", "an hour").
ARTICLES = {"a": 1, "an": 1}
#: Halves written as words.
FRACTIONS = {"half a": 0.5, "half an": 0.5, "a half": 0.5}
#: Fractions of a scale word written with hyphens or as a quarter ("half-a-billion", "a quarter-billion"): read
#: before a scale word only (not in percentages or counts).
QUARTERS = {"half-a": 0.5, "half-an": 0.5, "a quarter": 0.25}
#: Scale words as non-native copy writes them: plural ("5 billions dollars") or misspelt ("$5 billon"); read only
#: right after a number, as a scale word is.
SCALE_SPELLINGS = {"millions": 10**6, "billions": 10**9, "trillions": 10**12, "milion": 10**6, "bilion": 10**9,
                   "billon": 10**9, "trilion": 10**12, "trillon": 10**12}


#: Every word ``word_whole`` adds as a value (digits' words, teens, tens, "a"/"an" as one).
WORD_VALUES = {**DIGIT_WORDS, **TEENS, **TENS, **ARTICLES}


def word_whole(tokens: list[str]) -> int:
    """Return the whole number the lower-case number words ``tokens`` spell, thousands and hundreds included: the one
    reader of spelled-out whole numbers (money amounts and troop counts).

    >>> word_whole(["one", "thousand", "two", "hundred", "and", "fifty"]), word_whole(["twelve", "hundred"])
    (1250, 1200)
    >>> word_whole(["forty", "five"]), word_whole(["a", "thousand"])
    (45, 1000)
    """
    thousands, whole = 0, 0
    for word in tokens:
        if word == "thousand":
            thousands, whole = (whole or 1) * 1000, 0
        elif word == "hundred":
            whole = (whole or 1) * 100
        elif word != "and":
            whole += WORD_VALUES[word]
    return thousands + whole
