"""Guard battery (guard49, session 49): the probes five read-only reviewers wrote against this session's branches,
kept as rows so that a later round that brings back one of the over-reaches they found fails here. No code changed.

The probes are the reviewers' own invented sentences (/tmp/review49a..e of the session: made-up officials Al Roe,
Jo Bell, Cal Dorr, Harold Pike, places Tamsk and Hanul, and real offices and figures of the cost-sharing story);
none is read from the held-out corpus. Each row's answer is what a careful reader gives (the Conventions of
tests/corpus/README.md); probes whose answer is open (two readings, "borderline") are left out. A row main answers
right is a control; a row main answers wrong is a strict xfail whose reason says what main does, and whose wanted
answer also admits the honest "unresolved" where one exists, so a fix that resolves nothing wrongly turns it green.

Tables of tests/cases/test_guard49.csv (columns published, headline, text, item, want; the note names the reviewer
and the over-reach the row guards against):

- SPEAKER (review49b, review49c): the speaker of the quote holding ``item`` ("/" between the names accepted, a role's
  own words for an honest "unresolved", "None" for nobody). Rows published 2021-03-10 run as
  :func:`conftest.assert_speaker` reads them (no headline); rows published 2019-11-16 as
  ``test_attr75.check_attr75_speakers`` does (a headline allowed). Over-reaches guarded: an owned clause ("Roe's call
  for a '...'") running on to the rejecter's own quote, "recalled X's remark" taken from X, the publication day
  overriding a stated past year for "the president", any minister or press secretary read as "the top diplomat",
  any Center, Foundation or hospital making a person "the analyst", and the quotes review49c found left with nobody.
- DATE (review49d): the range of the date whose exact words are ``item`` ("start..end", "None" for unresolved,
  " or " between the readings accepted), as :func:`conftest.read_dates` reads it. Over-reaches guarded: "on the
  15th" after a past date in a future clause, "the end of the year" taking a comparison year or a deal's expiry,
  "A year later" counting from a comparison base, "the next five years" dropping its start year or running past
  publication, "at the time" forcing a quote's dates unresolved.
- VERDICT (review49a, review49e): the verdict of the claim holding ``item``, as ``test_years47.check_years47_claims``
  judges it (a verdict, "caught", "!supported", "not_contradicted"). Over-reaches guarded: a wrong figure that "now",
  "current deal", a future verb, "this year" or the sentence's own amount ties to a year freed by an assumed-year
  gate; "more than"/"less than" read as roundings; a one-digit "about 1 trillion won" covering ±50 %; another
  party's costs judged as Seoul's payment; "when the 10th deal was signed" read as of publication; wrong demands
  turned not_checkable.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, read_dates, rows_test
from test_attr75 import check_attr75_speakers
from test_years47 import check_years47_claims

#: The publication day each speaker helper reads its article as of (:func:`conftest.quote_speaker`, test_attr75).
_SPEAKER_DAYS = {"2021-03-10": "assert_speaker", "2019-11-16": "check_attr75_speakers"}


def check_guard49_speaker(published: str, headline: str, text: str, words: str, speakers: str) -> None:
    assert published in _SPEAKER_DAYS, f"a speaker row is read as of {sorted(_SPEAKER_DAYS)}, not {published}"
    if published == "2021-03-10":
        assert not headline, "assert_speaker reads no headline"
        assert_speaker(text, words, speakers)
    else:
        check_attr75_speakers(headline, text, words, speakers)


def check_guard49_date(published: str, headline: str, text: str, exact: str, want: str) -> None:
    assert not headline, "a date row is one text"
    got = read_dates(text, published)
    wanted = [(exact, None, None) if w == "None" else (exact, *w.split("..")) for w in want.split(" or ")]
    assert any(w in got for w in wanted), f"got {got!r}, want {want!r}"


def check_guard49_verdict(published: str, headline: str, text: str, needle: str, want: str) -> None:
    assert not headline, "a verdict row is one paragraph after test_years47's lead"
    check_years47_claims(published, text, needle, want)


_TABLES = case_tables("test_guard49")
test_guard49_speakers = rows_test(check_guard49_speaker, SPEAKER=_TABLES["SPEAKER"])
test_guard49_dates = rows_test(check_guard49_date, DATE=_TABLES["DATE"])
test_guard49_verdicts = rows_test(check_guard49_verdict, VERDICT=_TABLES["VERDICT"])
