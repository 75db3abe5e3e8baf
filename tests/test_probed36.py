"""A joint dateline of two places sets the story's day as a dateline of one does (thirty-third session's probed36: 188
date probes a prober wrote without reading the corpus or the code; issue #9). "TOKYO/SEOUL, Aug. 7 (Reuters) -" was
not read as a dated dateline, so "will hold talks on Thursday" in a story printed on Friday the 9th went to the
Thursday after publication (``dates._DATED_DATELINE``).
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate

CASES = [
    ("2019-08-09", "TOKYO/SEOUL, Aug. 7 (Reuters) - The envoys will hold talks in Seoul on Thursday, officials said.",
     "on Thursday", "2019-08-08"),
    ("2024-10-07", "SEOUL/WASHINGTON, Oct. 4 (Yonhap) -- The two sides will meet on Saturday, the ministry said.",
     "on Saturday", "2024-10-05"),
    # the control: a dateline of one place, read so before
    ("2019-08-09", "SEOUL, Aug. 7 (Reuters) - The envoys will hold talks in Seoul on Thursday, officials said.",
     "on Thursday", "2019-08-08"),
]


@pytest.mark.parametrize(("published", "body", "words", "day"), CASES)
def test_joint_dateline_sets_the_story_day(published: str, body: str, words: str, day: str) -> None:
    """The weekday counts from the dateline's day, not from publication."""
    found = annotate(f"Talks\n\n{body}", published).of_kind("date")
    dates = {d.exact: (d.value["start"], d.value["end"]) for d in found}
    assert dates[words] == (day, day), dates
