"""Adversarial article bodies for the linear-time test and benchmark: runs of each punctuation mark, of
each trigger word, unclosed quotes and brackets, long whitespace and long sentences with no stop.

>>> body = make("run-of-.", 1_000)
>>> len(body.encode("utf-8")) >= 1_000 and body.startswith("Adversarial")
True
"""

from __future__ import annotations

HEADER = "Adversarial input\nNovember 16, 2019\n\n"

PUNCTUATION = list(".,;:!?'\"“”‘’()[]{}-–—…/\\$%&*#@|~^_+=<>₩¥€£·")
TRIGGERS = [
    "$1 billion ", "$", "1 ", "1,", "1.", "billion ", "million won ", "percent ", "% ", "fold ", "five times ",
    "double ", "half ", "said ", "says: ", "he said ", "He said ", "Kim ", "Kim Jong Un ", "Seoul ", "U.S. ",
    "the U.S. ", "A South Korean official ", "according to ", "up to ", "more than ", "January ", "Jan. ",
    "Friday ", "on Friday ", "last ", "next ", "year ", "last year ", "the end of ", "ago ", "2019 ", "2019-",
    "1990s ", "today ", "it was ", "It was ", "Mr. ", "S. ", "by ", "of ", "the ", "a ", "an ",
]
SHAPES = {
    "unclosed-quote": lambda n: '"' + ("word " * n),
    "unclosed-curly": lambda n: "“" + ("word " * n),
    "unclosed-paren": lambda n: "(" + ("word " * n),
    "unclosed-bracket": lambda n: "[" + ("word " * n),
    "quote-word-pairs": lambda n: '"a ' * n,
    "spaces": lambda n: "x" + " " * n + "x.",
    "tabs": lambda n: "x" + "\t" * n + "x.",
    "newlines": lambda n: "x" + "\n" * n + "x.",
    "blank-lines-with-spaces": lambda n: "x" + "\n \n" * n + "x.",
    "nbsp": lambda n: "x" + "\u00a0" * n + "x.",
    "long-sentence": lambda n: "the talks went on " * n,
    "long-word": lambda n: "a" * n,
    "digits": lambda n: "1" * n,
    "capital-words": lambda n: "Seoul Kim Jong " * n,
    "initials": lambda n: "U.S. " * n,
    "dots-and-capitals": lambda n: ". A" * n,
    "paragraphs": lambda n: "Hi.\n\n" * n,
    "deep-brackets": lambda n: "(" * n + ")" * n,
    "alternating-quotes": lambda n: "“”‘’\"'" * n,
    "numbers-and-commas": lambda n: "1,000," * n,
    # short quote pairs: every pair a quotation, each looked at for a speaker
    "short-quote-pairs": lambda n: "'a' " * n,
    "short-quote-pairs-curly": lambda n: "‘a’ " * n,
    "short-quote-pairs-double": lambda n: '"a" ' * n,
    "short-quote-pairs-double-curly": lambda n: "“a” " * n,
}
# A word that opens a pattern, then a long gap: each pattern's optional spaces must not backtrack.
GAP_WORDS = ["A", "The", "$", "US$", "said", "according to", "Published", "1", "5 billion", "Kim", "(", '"', "up to",
             "early", "on", "the end of", "from 2014", "He"]
SHAPES.update({f"gap-after-{w}": (lambda n, w=w: w + " " * n + "x.") for w in GAP_WORDS})


def families() -> list[str]:
    """Return the names of every adversarial family, in a fixed order.

    >>> "run-of-." in families() and "trigger-said " in families()
    True
    """
    return [f"run-of-{c}" for c in PUNCTUATION] + [f"trigger-{w}" for w in TRIGGERS] + list(SHAPES)


def make(family: str, n_bytes: int) -> str:
    """Return an article (header + one adversarial body) of at least ``n_bytes`` UTF-8 bytes.

    >>> make("trigger-said ", 100).count("said")
    13
    """
    if family.startswith("run-of-"):
        unit = family[len("run-of-"):]
        return _fill(lambda k: unit * k, n_bytes)
    if family.startswith("trigger-"):
        unit = family[len("trigger-"):]
        return _fill(lambda k: unit * k, n_bytes)
    return _fill(SHAPES[family], n_bytes)


def _fill(body, n_bytes: int) -> str:
    k = 1
    while len((HEADER + body(k)).encode("utf-8")) < n_bytes:
        k *= 2
    lo, hi = k // 2, k
    while lo < hi:  # the smallest k that reaches n_bytes
        mid = (lo + hi) // 2
        if len((HEADER + body(mid)).encode("utf-8")) >= n_bytes:
            hi = mid
        else:
            lo = mid + 1
    return HEADER + body(lo)
