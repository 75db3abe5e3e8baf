"""People and speakers: a bare family name the text never gives in full is not tied to the wrong real person (fix51s3,
session 51; issue #9).

- APPOSITIVE: a lone gazetteer surname followed by an appositive office of a known kind that none of the gazetteer's
  people of that surname holds ("Lee, the negotiator," when the gazetteer's Lee is a president; "Kang, a negotiator,"
  when its Kang is a foreign minister) was linked to that person. It is the text's own person now, by surname, with
  the appositive as role, and a later bare mention of it points back to it
  (``entities.contradicting_appositive``, ``entities._Resolver._appositive_other``). Vague nouns ("the Pentagon
  chief"), offices the role holds ("Esper, the defense secretary"), a possessive ("the president's") and a clause
  that speaks ("with Kang, the negotiator said") keep main's answer; so does a surname the text named in full first.
- WORD_SURNAME: "Park", "Oh" and "An" are family names spelt like English words, which the name finder never reads
  alone; with no full name of them in the text, "Park said he believed ..." gave the quote to "he" and "“...,” Park
  said." to no one. Such a name in a speaker's place (opening a clause before a verb of speech, after a quote's
  closing comma, a title or a lower-case office, or in an inverted "said Park" behind a quote) is a person found
  from the text now (``entities.word_surname_speakers``); a park's name ("Olympic Park", "Yellowstone National
  Park") and "U.S. Park" (an abbreviation, not a sentence's end) are not.

Rows (my wording, invented names and places): tests/cases/test_fix51s3.csv, read as tests/test_qfix37.py reads them
(publication day, headline, body, the quote's words, the speakers accepted); ``*_CTRL`` rows are near misses that keep
main's answer. ENTITY rows below check the mention itself (its gazetteer id, None for the text's own person).
"""

from __future__ import annotations

import datetime as dt

from conftest import case_tables, rows_test, table_test
from test_qfix37 import check_qfix37_speakers

from analysis.extract.entities import find_entities

test_fix51s3_speakers = table_test("test_fix51s3", check_qfix37_speakers)

# (publication day, text, the mention's words, which of its mentions (0 = the first), the gazetteer id or "None")
ENTITY = [
    ("2021-03-10", "Lee, the negotiator, spoke first. Then Lee left.", "Lee", 0, "None"),
    ("2021-03-10", "Lee, the negotiator, spoke first. Then Lee left.", "Lee", 1, "None"),
    # (a row "Harris, a senator, ..." was dropped in the mend: senators are no longer read, review51s3)
    ("2019-11-20", "Harris, a union official, spoke on Monday.", "Harris", 0, "None"),
    ("2025-08-10", "Lee, a union negotiator, criticized the plan. President Lee Jae-myung defended it.", "Lee", 0,
     "None"),
]
ENTITY_CTRL = [
    ("2021-03-10", "Kang, a negotiator, said no. Kang Kyung-wha, the former minister, agreed.", "Kang Kyung-wha", 0,
     "kang-kyung-wha"),
    ("2019-11-20", "Esper, the defense secretary, spoke on Monday.", "Esper", 0, "mark-esper"),
    ("2025-08-10", "Lee, the president, spoke on Monday.", "Lee", 0, "lee-jae-myung"),
    ("2019-11-20", "Harris, the ambassador, spoke on Monday.", "Harris", 0, "harry-harris"),
    ("2019-11-20", "Kang, the foreign minister, spoke on Monday.", "Kang", 0, "kang-kyung-wha"),
    ("2019-11-20", "Moon, the former president, spoke on Monday.", "Moon", 0, "moon-jae-in"),
    # an office noun that only modifies the next noun ("the general secretary") is not the appositive's office
    ("2019-11-20", "Esper, the general secretary of the alliance, spoke on Monday.", "Esper", 0, "mark-esper"),
    # review51s3: an office the famous held before, told as of the past
    ("2021-03-10", "Biden, a former senator who chaired the foreign relations committee, praised the deal as “fair.”",
     "Biden", 0, "joe-biden"),
    ("2019-11-20", "The panel heard from Kim, an economist, and Moon, a retired general, on Monday.", "Moon", 0,
     "moon-jae-in"),
]

# WORD_SURNAME near misses (review51s3): no person at all from "An" as the article ("An added complication") nor
# from a headline's or subhead's line (the text's first line, or a line that does not end like a sentence).
NO_PERSON = [
    ("2021-03-10", "Talks\n\nAn added complication, officials said, was the “exchange rate.”", "An"),
    ("2021-03-10", "Talks\n\nAn noted economist, Cho Hae-rin, said the figure was “absurd.”", "An"),
    ("2021-03-10", "Talks\n\nAn argued case is not a won case, the lawyer said, calling the suit “a long shot.”", "An"),
    ("2021-03-10", "Talks\n\nAn announced cut of 3,000 troops, officials said, would “hurt deterrence.”", "An"),
    ("2021-03-10", "Talks\n\nPark warns visitors of closures\n\nYosemite National Park said the closures would “last "
     "weeks.”", "Park"),
    ("2021-03-10", "Talks\n\nPark reports record crowds\n\nOfficials at Seoraksan National Park said attendance was "
     "“unprecedented.”", "Park"),
    ("2021-03-10", "Park says the lake will close\n\nThe lake will close for a week, officials said.", "Park"),
]


def check_fix51s3_entity(published: str, text: str, exact: str, nth: int, want: str) -> None:
    found = [m for m in find_entities(text, published=dt.date.fromisoformat(published)) if m.exact == exact]
    assert len(found) > nth, found
    got = found[nth].value["id"]
    assert str(got) == want, (got, found[nth].value)


test_fix51s3_entities = rows_test(check_fix51s3_entity, ENTITY=ENTITY, ENTITY_CTRL=ENTITY_CTRL)


def check_fix51s3_no_person(published: str, text: str, exact: str) -> None:
    found = [m for m in find_entities(text, published=dt.date.fromisoformat(published)) if m.exact == exact]
    assert not found, [m.value for m in found]


test_fix51s3_no_person = rows_test(check_fix51s3_no_person, NO_PERSON=NO_PERSON)


def test_csv_rows_run() -> None:
    """The CSV's rows are all parametrised into the table test (none silently skipped): the merged chunks
    hold 48 rows, and the tables hold the rows tests/cases/index.csv counts."""
    tables = case_tables("test_fix51s3")
    chunks = test_fix51s3_speakers.pytestmark[0].args[1]
    assert {k: len(v) for k, v in tables.items()} == {"APPOSITIVE": 8, "APPOSITIVE_CTRL": 23, "WORD_SURNAME": 10,
                                                      "WORD_SURNAME_CTRL": 7}
    assert sum(len(p.values[0]) for p in chunks) == 48, [p.id for p in chunks]


def test_later_bare_surname_points_back() -> None:
    text = "Lee, the negotiator, spoke first. Then Lee left."
    later = [m for m in find_entities(text, published=dt.date(2021, 3, 10)) if m.exact == "Lee"][1]
    assert later.value.get("refers_to", {}).get("start") == 0, later.value
