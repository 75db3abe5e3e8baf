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

from conftest import rows_test, table_test
from test_qfix37 import check_qfix37_speakers

from analysis.extract.entities import find_entities

test_fix51s3_speakers = table_test("test_fix51s3", check_qfix37_speakers)

# (publication day, text, the mention's words, which of its mentions (0 = the first), the gazetteer id or "None")
ENTITY = [
    ("2021-03-10", "Lee, the negotiator, spoke first. Then Lee left.", "Lee", 0, "None"),
    ("2021-03-10", "Lee, the negotiator, spoke first. Then Lee left.", "Lee", 1, "None"),
    ("2019-11-20", "Harris, a senator, spoke on Monday.", "Harris", 0, "None"),
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
]


def check_fix51s3_entity(published: str, text: str, exact: str, nth: int, want: str) -> None:
    found = [m for m in find_entities(text, published=dt.date.fromisoformat(published)) if m.exact == exact]
    assert len(found) > nth, found
    got = found[nth].value["id"]
    assert str(got) == want, (got, found[nth].value)


test_fix51s3_entities = rows_test(check_fix51s3_entity, ENTITY=ENTITY, ENTITY_CTRL=ENTITY_CTRL)


def test_later_bare_surname_points_back() -> None:
    text = "Lee, the negotiator, spoke first. Then Lee left."
    later = [m for m in find_entities(text, published=dt.date(2021, 3, 10)) if m.exact == "Lee"][1]
    assert later.value.get("refers_to", {}).get("start") == 0, later.value
