"""Lead fixes of the ninth session, from review26's read of the generated-battery rounds (quotes26, dates26).

One case a row, with controls: each reading a round added, where it went further than its class.
"""

from __future__ import annotations

import pytest
from conftest import dates_test, table
from test_extract_quotes import speakers_test

from analysis.extract import annotate

# A gendered pronoun after a name tells the name's gender only when it is the name's own: an object pronoun ("thanked
# her", "met him") is someone else and must not bar "he"/"she" from pointing back to the name (quotes26's
# _gender_after read the first "her" or "his" whatever its role).
OBJECT_PRONOUNS = table(
    r"""
body | speaker_names
Bo Rimmer thanked her for the call.\n\n"We will pay more," he said. | Bo Rimmer
Bo Rimmer met him on Monday.\n\n"We will pay more," she said. | Bo Rimmer
Bo Rimmer asked her to stay.\n\n"We will pay more," he said. | Bo Rimmer
# controls: the name's own pronoun still tells its gender
Bo Rimmer praised her counterpart.\n\n"We will pay more," she said. | Bo Rimmer
Bo Rimmer, who leads her team, spoke.\n\n"We will pay more," she said. | Bo Rimmer
"""
)

test_object_pronouns_name_someone_else = speakers_test(OBJECT_PRONOUNS=OBJECT_PRONOUNS)


# A date after "<past verb> to <verb>" is the event's, ahead, only where the past verb arranges an event ("agreed to
# meet again on Wednesday"); news English dates the act itself there as often ("voted to approve it on Wednesday",
# "offered to pay more on Wednesday", "agreed to extend the deal on Monday"): dates26's _PROMISES took them all.
ACT_OR_EVENT = table(
    r"""
text | published | exact | start | end
The panel voted to approve it on Wednesday. | 2019-11-16 | on Wednesday | 2019-11-13 | 2019-11-13
Seoul offered to pay more on Wednesday. | 2019-11-16 | on Wednesday | 2019-11-13 | 2019-11-13
The cabinet decided to extend the deal on Wednesday. | 2019-11-16 | on Wednesday | 2019-11-13 | 2019-11-13
Esper pledged to strengthen the alliance on Friday. | 2019-11-16 | on Friday | 2019-11-15 | 2019-11-15
# controls: an event arranged is ahead
The envoys agreed to meet again on Wednesday. | 2019-11-16 | on Wednesday | 2019-11-20 | 2019-11-20
The two sides agreed to resume talks on Wednesday. | 2019-11-16 | on Wednesday | 2019-11-20 | 2019-11-20
"""
)

test_an_act_told_with_its_date_is_past = dates_test(ACT_OR_EVENT=ACT_OR_EVENT)


# A pair of names cut off at the paragraph's end after its "and" (title or nationality words and then nothing):
# the second name's reader ran one token past the paragraph (IndexError, on every code since the pair rule; found
# by speed28n). Each must annotate; where a full name stands before the "and", it is found.
@pytest.mark.parametrize("paragraph", ["Gen. Jo Bell and Gen.", "Gen. Jo Bell and Gen.\n\nHe left.",
                                       "Messrs. Bell and", "Jo Bell and Gen. Al", "Gen. Jo Bell and South Korean"])
def test_a_pair_cut_off_after_and_annotates(paragraph: str) -> None:
    people = [s.value["name"] for s in annotate(f"T\nNovember 16, 2019\n\n{paragraph}\n").table if s.kind == "person"]
    if paragraph.startswith("Gen. Jo Bell and Gen."):
        assert people[:1] == ["Jo Bell"]
