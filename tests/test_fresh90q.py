"""People and quote speakers on wordings the sixteen articles of the eighty-fifth to eighty-seventh batches (just added
to dev) were missed on at first contact (fresh90q): each class diagnosed from the miss, then rows of my own (made-up
people Kol Varn, Ina Dobsk, Orrin Talk; the places Hanul and Torvia), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on them, with controls the rules must not fire on. None read from the
held-out corpus.

People, a row of tests/cases/test_fresh90q_people.csv: (text, the mention, the person it names or "None" for no
person span of exactly those words). Tables:

- OFFICE_PLURAL: an office ending in a plural of -tion/-sion ("Adviser for Trade Negotiations Kol Varn"): the name
  alone; control: a surname in -ons;
- LONG_OFFICE: "Chairman of the Joint Chiefs of Staff Orrin Talk": an office of six glue words before the name;
  controls: a short office, glue words with no title;
- PAIR_REPORT: "Kol Varn and Ina Dobsk report:": two names before a plural present verb of saying; control: "the Kol
  Varn report";
- COUNTRY_INITIALS: "the U.S. Orrin administration": "U.S." is no initials of the owner; control: "J.D. Orrin".
"""

from __future__ import annotations

from conftest import case_tables, rows_test

from analysis.extract.entities import find_entities


def check_fresh90q_people(text: str, mention: str, name: str) -> None:
    """Assert that the person span of exactly ``mention`` names ``name`` ("None": no such person span)."""
    got = [m.value["name"] for m in find_entities(text) if m.kind == "person" and m.exact == mention
           and not m.value.get("descriptor")]
    assert got == ([] if name == "None" else [name]), got


# rows: tests/cases/test_fresh90q_people.csv (table, text, mention, name, note)
test_fresh90q_people = rows_test(check_fresh90q_people, **case_tables("test_fresh90q_people"))
