"""Quote spans and speakers on shapes the dev misses of the twenty-ninth session showed (speak90q): each class
diagnosed from a miss, then rows of my own (made-up people Oren Vask, Tilde Marrow; the places Quenlor and Drava),
written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with controls the
rules must not fire on. A row: (body, words of the quote, the speakers accepted: "/" between names, "None" for
nobody, "no span" for words no quote holds), checked by conftest.assert_speaker.

- NESTED_STRAIGHT: straight marks nested in a straight quotation ('"... such as a "full exit" or more," Vask said')
  keep the whole quotation one stretch, its speaker the one after it; a quotation whose first mark was left open
  ('Vask said if the "West can do it, then "the East can too."') ends where the next opens; controls: two quotes
  in a row, a closing mark after a comma, a sentence's end inside the
  stretch left open (no reopening: the marks pair as printed);
- GLUED: a right single mark glued to a short function word ("there is a’trap’ in it") opens a quote; controls:
  a contraction ("the’re"), a possessive ("Drava’s");
- PARALLEL: "denouncing Quenlor as “grasping” and Hanul as “meek”": the second of a parallel pair takes the first's
  speaker, even when a late pass (the repeated words of a later quote) gave it; controls: a clause or a sentence of
  its own between them;
- DESCRIBED_OWNER: "characterizing Vask’s demands as “extortion”": the owner of the words described is no speaker,
  the describer is; controls: a verb that does not describe (never the welcomer);
- TERM_USER: "although Vask used the term “lead,”": the term is Vask's, not the official's who relays it; controls:
  another verb ("avoided the term"), no name right before "used";
- CONTRAST_PASSIVE: "“...,” but it is pointed out that it is a ‘trap’": a contrasting impersonal passive gives the
  later words to nobody, not the earlier quote's speaker; controls: an active clause ("but Marrow said that"), no
  impersonal passive.
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table

NESTED_STRAIGHT = table(
    r"""
body | words | speakers
"Some plans were odd -- such as a "full exit" or a pullback," Oren Vask said. | full exit | Oren Vask/Vask
"Some plans were odd -- such as a "full exit" or a pullback," Oren Vask said. | Some plans | Oren Vask/Vask
Oren Vask spoke.\n\n"None of it helped, and I was the "new guy" pushing back," he added. | new guy | Oren Vask/Vask
Tilde Marrow said if the "Drava can do it, then "Quenlor can too." | Quenlor can too | Tilde Marrow/Marrow
Tilde Marrow said if the "Drava can do it, then "Quenlor can too." | Drava can do it | Tilde Marrow/Marrow
# controls: two quotes in a row (each its own); a stretch closed after a comma, then another
"We will pay," Oren Vask said, "and we will stay." | and we will stay | Oren Vask/Vask
"We will pay," Oren Vask said. Tilde Marrow disagreed: "It is "unfair" to Quenlor." | unfair | Tilde Marrow/Marrow
Tilde Marrow said the "Drava fleet can do it. Then "the Quenlor fleet can do it too." | the Quenlor fleet | no span
"""
)

GLUED = table(
    r"""
body | words | speakers
The deal looks good. However, there is a’trap’ in its third clause. | trap | None
The minister called it fair, but it is close to the’Quenlor Shuffle’, critics say. | Quenlor Shuffle | None/critics
# controls: a contraction, a possessive
The deal looks good, but the’re costs in Drava’s third clause. | costs | no span
"""
)

CONTRAST_PASSIVE = table(
    r"""
body | words | speakers
The ministry explained on Monday that it was “the best result of the talks,” but it is pointed out that the deal is close to a “slow trap.” | slow trap | None
Oren Vask said the offer was “fair,” while it was argued that it is a “hidden raise.” | hidden raise | None
# controls: an active clause names the speaker; no impersonal passive (the same speaker goes on)
Oren Vask said the offer was “fair,” but Tilde Marrow said that it is a “hidden raise.” | hidden raise | Tilde Marrow/Marrow
Oren Vask said the offer was “fair” and a “hidden raise.” | hidden raise | Oren Vask/Vask
"""  # noqa: E501
)

def check_speaker(body: str, words: str, speakers: str | None) -> None:
    """:func:`conftest.assert_speaker`, a table's None (nobody) given as "None"."""
    assert_speaker(body, words, speakers or "None")


test_speak90q_speakers = rows_test(
    check_speaker, NESTED_STRAIGHT=NESTED_STRAIGHT, GLUED=GLUED, CONTRAST_PASSIVE=CONTRAST_PASSIVE
)

PARALLEL = table(
    r"""
body | words | speakers
Drava's news agency lashed out on Monday, denouncing Quenlor as “grasping” and Hanul as “meek.”\n\n“The grasping Quenlor cannot be trusted,” Oren Vask wrote in the commentary. | meek | Oren Vask/Vask
Drava's news agency lashed out on Monday, denouncing Quenlor as “grasping” and “meek.”\n\n“The grasping Quenlor cannot be trusted,” Oren Vask wrote in the commentary. | meek | Oren Vask/Vask
# controls: a clause of its own between them; a sentence between them
Drava's news agency lashed out on Monday, denouncing Quenlor as “grasping,” and Hanul is “meek.”\n\n“The grasping Quenlor cannot be trusted,” Oren Vask wrote in the commentary. | meek | None
Drava's news agency lashed out on Monday, denouncing Quenlor as “grasping.” Hanul is “meek.”\n\n“The grasping Quenlor cannot be trusted,” Oren Vask wrote in the commentary. | meek | None
"""  # noqa: E501
)

test_speak90q_parallel = rows_test(check_speaker, PARALLEL=PARALLEL)

DESCRIBED_OWNER = table(
    r"""
body | words | speakers
As a candidate, Tilde Marrow said she would settle the talks quickly, characterizing Oren Vask’s demands as “extortion.” | extortion | Tilde Marrow/Marrow
Tilde Marrow spoke on Monday, describing Oren Vask’s offer as “a insult.” | a insult | Tilde Marrow/Marrow
# controls: a verb that does not describe the owner's words (never the one welcoming them)
Tilde Marrow spoke, welcoming Oren Vask’s pledge “to pay more.” | to pay more | None/Oren Vask/Vask
Tilde Marrow spoke, recalling Oren Vask’s remarks “on fair pay.” | on fair pay | None/Oren Vask/Vask
"""  # noqa: E501
)

TERM_USER = table(
    r"""
body | words | speakers
An army official said that although Oren Vask used the term “lead,” the message was a call to pay more. | lead | Oren Vask/Vask
A Drava diplomat said Oren Vask has repeatedly used the phrase “fair share” in the talks. | fair share | Oren Vask/Vask
# controls: another verb (the reporter's word); no name right before "used"
An army official said that although Oren Vask avoided the term “lead,” the message was a call to pay more. | lead | An army official/official
An army official said that although the aide of Oren Vask in Quenlor used the term “lead,” it meant more. | lead | An army official/official/None
"""  # noqa: E501
)

test_speak90q_owners = rows_test(check_speaker, DESCRIBED_OWNER=DESCRIBED_OWNER, TERM_USER=TERM_USER)
