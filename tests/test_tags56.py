"""A quote's tag is a verb of saying, not any irregular past with a particle (lead, fifty-sixth session, at
finalread56a's finding: speak56 had made the tag's irregular pasts the whole list of irregular pasts, so "stood up",
"held up" and "got up" after a quote named its speaker). Own sentences; the kept rows are tags as before."""

from __future__ import annotations

import pytest
from test_extract_quotes import quotes


def _spoken(body: str) -> list[str | None]:
    return [q["speaker_name"] or q["speaker_text"] for q in quotes(body)]


@pytest.mark.parametrize("body", [
    '"We pay our share," the senior official stood up.',
    '"We pay our share," the envoy held up a sign.',
    '"We pay our share," the deputy got up and left.',
])
def test_a_past_with_a_particle_that_says_nothing_is_no_tag(body: str) -> None:
    assert _spoken(body) == [None]


@pytest.mark.parametrize("body, want", [
    ('"We pay our share," the senior official went on.', "senior official"),
    ('"We pay our share," shot back the envoy.', "the envoy"),
])
def test_tags_of_saying_are_kept(body: str, want: str) -> None:
    assert _spoken(body) == [want]
