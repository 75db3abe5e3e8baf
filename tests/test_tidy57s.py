"""tidy57s: the final read's findings on speak57 (issue #9), kept by class.

- READS (``_owned_predicate_teller``): the copula test comes first and the "that" look-back is bounded, so a long
  paragraph of quotes owned by one possessive reads a bounded stretch per quote, not the whole run (counted in
  characters sliced, never timed);
- NUMBERED (``_plural_bodies``): a plural body counted in digits ("the 12 member governments said") speaks as one
  phrase, as one counted in words does ("the two governments said").
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
from conftest import table
from test_quotes40 import accepted
from test_speak57 import spoken

from analysis.extract import windows as win
from analysis.extract.entities import Mention
from analysis.extract.quote_rules import _owned_predicate_teller
from analysis.extract.quotes import Quote, _Index, _Place


class _Counted(str):
    """A text that adds up the characters its slices read."""

    read = 0

    def __getitem__(self, key):  # type: ignore[override]
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _Counted.read += len(got)
        return got


def _sliced(run: int) -> int:
    """Characters ``_owned_predicate_teller`` slices for the last quote of a copula run of ``run`` quotes owned by
    one possessive ("Al Lee said Bo Roe’s “a” was “b” was “b” ...", the quote before the last one the earlier)."""
    head = "Al Lee said Bo Roe’s “plan”"
    text = _Counted(head + " was “b”" * run)
    ms = [Mention(0, 6, "Al Lee", "person", {}), Mention(12, 18, "Bo Roe", "person", {})]
    last = len(text) - 3
    same = Quote(last - 8, last - 5, "“b”", {"speaker_start": 12, "speaker_end": 18, "attribution": "named"})
    _Counted.read = 0
    who = _owned_predicate_teller(text, _Index(ms), _Place(last, len(text), 0, len(text), 0, 0, 0), same)
    assert who is not None and who.start == 0  # the teller, as for a short run
    return _Counted.read


def test_copula_run_reads_a_bounded_stretch_per_quote() -> None:
    assert _sliced(10) <= 3 * win.OWNER_VERB_BACK
    assert _sliced(5000) == _sliced(10)


def test_no_copula_reads_nothing() -> None:
    text = _Counted("Al Lee said Bo Roe’s “plan” and, long after " + "x " * 5000 + "a “turn”")
    ms = [Mention(0, 6, "Al Lee", "person", {}), Mention(12, 18, "Bo Roe", "person", {})]
    same = Quote(21, 27, "“plan”", {"speaker_start": 12, "speaker_end": 18, "attribution": "named"})
    _Counted.read = 0
    qs = text.rindex("“")
    assert _owned_predicate_teller(text, _Index(ms), _Place(qs, len(text), 0, len(text), 0, 0, 0), same) is None
    assert _Counted.read == 0


NUMBERED = table(r"""body | want
Ferry fares will rise under a “shared burden” plan, the 12 member governments announced on Friday. | 12 member governments
""")
NUMBERED_NEAR = table(r"""body | want
Ferry fares will rise under a “shared burden” plan, the two member governments announced on Friday. | two member governments
Ada Kell, who spoke of a “shared burden” plan among the 12 governments, said she was glad. | Ada Kell
""")


@pytest.mark.parametrize(("body", "want"), NUMBERED + NUMBERED_NEAR)
def test_tidy57s_rows(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got
