"""Quote speakers and verdicts on the shapes of the dev misses of the 147th and 148th batches (real52m): rows of my
own wording (made-up people Oren Vask, Tilde Marrow, Ada Brill; outlets the Quenlor Herald, Drava Daily, Foo Times),
failing on main, with near-miss controls that keep main's answer. A speaker row: (body, words of the quote, the
speakers accepted: "/" between names, "None" for nobody), checked by conftest.assert_speaker.

- OBTAINED: a document's words ("'...,' the memo said") after the sentence that names its signer behind the outlet
  that obtained it ("In a Nov. 28 memo obtained by the Quenlor Herald, Garrison Commander Oren Vask told union
  officials that ...": quotes._obtained_issuer); the speaker is the signer (tests/corpus/README.md, a document as the
  source of a quote), not the document and not the outlet.
- OBTAINED_CTRL: no signer named after the outlet (the document), a person who is the object, a signer before a
  lower-case noun phrase, the outlet's own report.
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table

OBTAINED = table(
    r"""
body | words | speakers
However, in a Nov. 28 memorandum obtained by the Quenlor Herald, Camp Drava Commander Oren Vask informed union officials that 40 jobs will go.\n\n“We will try to place every worker,” the memo said. | We will try | Oren Vask/Vask
In a March 3 letter obtained by Drava Daily, Army Colonel Tilde Marrow told the mayor that the base would close.\n\n“The decision is final,” the letter said. | The decision is final | Tilde Marrow/Marrow
In a memo obtained by the Foo Times, Ada Brill warned staff that pay would be late. “No one will lose a job,” the memo said. | No one will lose | Ada Brill/Brill
In a Tuesday's memo seen by the Quenlor Herald, Deputy Director Oren Vask wrote that the talks had stalled.\n\n“We remain hopeful,” the memo said. | We remain hopeful | Oren Vask/Vask
In an Oct. 2 cable reviewed by Drava Daily, Tilde Marrow asked managers to cut overtime.\n\n“Every hour counts,” the cable said. | Every hour counts | Tilde Marrow/Marrow
In a memorandum obtained by the Foo Times, U.S. Army Garrison – North Area Commander Ada Brill notified the union of the cuts.\n\n“Affected staff will be told in person,” the memo said. | Affected staff will be told | Ada Brill/Brill
In a Jan. 9 letter obtained by the Quenlor Herald, Ambassador Oren Vask said the offer stood.\n\n“We expect an answer soon,” the letter said. | We expect an answer | Oren Vask/Vask
In a memo obtained by Drava Daily, Director Tilde Marrow informed employees of the plan. “The plan starts in May,” the memo said. | The plan starts in May | Tilde Marrow/Marrow
In a Feb. 14 report obtained by the Foo Times, Inspector General Ada Brill found that the audit was late.\n\n“The records were incomplete,” the report said. | The records were incomplete | Ada Brill/Brill
In a Sunday's memo seen by Drava Daily, Oren Vask ordered a hiring freeze. “No new posts will open,” the memo said. | No new posts | Oren Vask/Vask
# controls: no signer named after the outlet, a person as the object, the outlet's own report
In a Nov. 28 memo obtained by the Quenlor Herald, officials told Oren Vask that 40 jobs will go.\n\n“We will try,” the memo said. | We will try | the memo/memo
A memo obtained by the Foo Times shows that 40 jobs will go.\n\n“We will try,” the memo said. | We will try | the memo/memo
In a memo obtained by Drava Daily, the union was told that pay would be late. “No one will lose a job,” the memo said. | No one will lose | the memo/memo
In a memo obtained by the Foo Times, Oren Vask's deputy told staff that pay would be late.\n\n“We will try,” the memo said. | We will try | the memo/memo
In a memo to Oren Vask obtained by the Foo Times, officials asked for more time.\n\n“We will try,” the memo said. | We will try | the memo/memo
In a letter obtained by Drava Daily, Tilde Marrow and Ada Brill asked for more time.\n\n“We will try,” the letter said. | We will try | Tilde Marrow/Marrow/the letter/letter
The Quenlor Herald reported that Oren Vask planned cuts.\n\n“Forty jobs will go,” the report said. | Forty jobs will go | the report/report/The Quenlor Herald/Quenlor Herald
"""  # noqa: E501
)


def check_speaker(body: str, words: str, speakers: str | None) -> None:
    """:func:`conftest.assert_speaker`, a table's None (nobody) given as "None"."""
    assert_speaker(body, words, speakers or "None")


test_real52m_speakers = rows_test(check_speaker, OBTAINED=OBTAINED)
