"""speed56: a method bound once from a pattern and called in a loop is the compiled pattern's own, never ``lazyre``'s
wrapper (``analysis.lazyre.compiled``).

A loop that binds ``match = p.match`` before ``p`` has compiled (the first ``annotate`` of a process) called the
wrapper at every place for the whole loop: 173,000 wrapper calls in the first ``annotate`` of 1 MB of the benchmark's
text on main (5 loops: ``scan.Trigger.spans``, the dates' ``_WordBefore.starts`` and one narrowing's ``at`` test,
``entities._anchored_matches``, the bare counts' ``_BARE_NEED``), about 300 after. The calls are counted in a fresh
process (where no pattern has compiled yet), not timed; the answers are the compiled pattern's in either case.
"""

from __future__ import annotations

import subprocess
import sys

from analysis import lazyre
from analysis.paths import ROOT

# invented sentences (no corpus text): weekdays, counted days, amounts, troop counts, names of the gazetteer
_UNIT = ("Mara Voss said on Tuesday that Seoul would pay 1.2 trillion won ($1 billion) a year, a day before the vote. "
         "About 4,000 troops left two weeks earlier, and Washington wants 13 percent more by next March.\n\n")

_COUNT = """
import sys
from analysis import lazyre
calls = [0]
for name in lazyre._METHODS:
    def wrapper(self, *a, _f=getattr(lazyre.LazyPattern, name), **k):
        calls[0] += 1
        return _f(self, *a, **k)
    wrapper.__name__ = name
    setattr(lazyre.LazyPattern, name, wrapper)
from analysis.extract import annotate
text = "Count Run\\n\\nMay 2, 2024\\n\\n" + sys.argv[1] * int(sys.argv[2])
annotate(text, "2024-05-02")
print(calls[0])
"""


def _wrapper_calls(repeats: int) -> int:
    """Return how many times lazyre's wrappers run in the first ``annotate`` of a fresh process."""
    out = subprocess.run([sys.executable, "-c", _COUNT, _UNIT, str(repeats)], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    return int(out.split()[-1])


def test_the_first_annotate_calls_the_wrapper_about_once_a_pattern_not_once_a_place() -> None:
    """On main 40 paragraphs made 4,963 wrapper calls and 400 made 48,163 (a call a place); now 162 and 162: each
    pattern reaches the wrapper about once (its first use), however long the text."""
    few, many = _wrapper_calls(40), _wrapper_calls(400)
    assert many < 400, (few, many)
    assert many - few < 40, (few, many)  # no growth with the text's length


def test_compiled_gives_the_same_method_answers_as_the_lazy_pattern() -> None:
    """``compiled(p).match`` bound before ``p`` compiled answers as ``p.match`` does, at every place."""
    text = "Mon. the week, a day; this Tuesday the 3rd"
    for source in (r"(?<=\bthe )|(?<=\bthis )", r"\b\w+day\b", r"(?i:the)\s+\w+"):
        lazy, plain = lazyre.compile(source), lazyre.compile(source)
        assert not lazy.is_compiled()
        match = lazyre.compiled(lazy).match  # bound at once: the compiled pattern's own
        assert lazy.is_compiled() and match == lazy.match
        for k in range(len(text) + 1):
            got, want = match(text, k), plain.match(text, k)
            assert (got and (got.span(), got.lastindex)) == (want and (want.span(), want.lastindex)), (source, k)
    compiled = lazyre.compiled(lazyre.compile("x"))
    assert lazyre.compiled(compiled) is compiled
