"""Quote speakers and verdicts on the shapes of the dev misses of the 147th and 148th batches (real52m): rows of my
own wording (made-up people Oren Vask, Tilde Marrow, Ada Brill; outlets the Quenlor Herald, Drava Daily, Foo Times),
failing on main, with near-miss controls that keep main's answer. A speaker row: (body, words of the quote, the
speakers accepted: "/" between names, "None" for nobody), checked by conftest.assert_speaker.

- OBTAINED: a document's words ("'...,' the memo said") after the sentence that names its signer behind the outlet
  that obtained it ("In a Nov. 28 memo obtained by the Quenlor Herald, Garrison Commander Oren Vask told union
  officials that ...": quotes._obtained_issuer); the speaker is the signer (tests/corpus/README.md, a document as the
  source of a quote), not the document and not the outlet.
  Controls (the rows after "# controls"): no signer named after the outlet (the document), a person who is the
  object, a possessive ("Oren Vask's deputy"), a memo addressed to someone, a pair, the outlet's own report.
- TERM_AND: an agreed term told as the second verb of a deal whose first verb tells its term ("The deal would begin
  in January and calls for Seoul to pay X in 2009": frames._joined_terms) is the year's payment, judged, not a
  demand. Controls: another subject between "and" and the verb, a sentence break, another host's deal, a real
  condition ("If ratified, a new deal would call for ..."), a modal of the second verb (main's answers).
- MOST_A_YEAR: the most a sum may rise in a year, told by a superlative subject ("The maximum the contribution would
  grow in a year is 4 percent": frames.most_a_year) is a ceiling (not_checkable), not a rise judged against a year's
  change. Controls: a past rise told so ("The maximum the contribution grew in a year was 4 percent"), a superlative
  noun ("The biggest increase in a year"), a cap word, a reported rise "the maximum allowed" (main's answers).
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table

PUB = "2008-12-20"

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
# controls (mend52m): a copula, a passive, a verb of receiving after the name: the person is the document's subject
In a Nov. 28 memo obtained by the Quenlor Herald, General Idris Fane was criticised for the delays.\n\n“The delays are unacceptable,” the memo said. | The delays are | the memo/memo
In a memo obtained by Drava Daily, Colonel Pia Lund received orders to close the depot.\n\n“Close it by March,” the memo said. | Close it by March | the memo/memo
In a March 3 letter obtained by the Foo Times, Mayor Eli Tarn learned that the base would shrink.\n\n“We regret the short notice,” the letter said. | We regret the short | the letter/letter
In a Nov. 28 memo obtained by the Quenlor Herald, Sergeant Bo Rask faced discipline for leaking pay data.\n\n“His conduct was unacceptable,” the memo said. | His conduct was | the memo/memo
In a Nov. 28 memo obtained by the Quenlor Herald, Oren Vask is named as the new commander.\n\n“He starts in January,” the memo said. | He starts in January | the memo/memo
In a memo obtained by Drava Daily, Minister Eli Tarn was asked to approve the plan.\n\n“Please approve by Friday,” the memo said. | Please approve | the memo/memo
"""  # noqa: E501
)


TERM_AND = table(
    r"""
text | exact | want
The new deal would begin in January and calls for Seoul to pay 760 billion won in 2009. | 760 billion won | supported
The new deal would begin in January and calls for Seoul to pay 500 billion won in 2009. | 500 billion won | contradicted
The agreement would take effect next month and calls for South Korea to pay 760 billion won in 2009. | 760 billion won | supported
The pact will start in January and calls for Seoul to contribute 760 billion won in 2009. | 760 billion won | supported
The accord would run through 2013 and calls for Seoul to pay 760 billion won next year. | 760 billion won | supported
The deal begins Jan. 1 and calls for South Korea to pay 760 billion won in 2009. | 760 billion won | supported
The new agreement would cover five years and calls for Seoul to pay 760 billion won in 2009. | 760 billion won | supported
The five-year deal would go into effect in January and calls for Seoul to pay 760 billion won in 2009. | 760 billion won | supported
The accord would begin in January and calls for Seoul to pay 500 billion won in 2009. | 500 billion won | contradicted
The deal would run for five years and calls for Seoul to pay 500 billion won in 2009. | 500 billion won | contradicted
# controls: another subject, a sentence break, another host's deal, a condition, a modal second verb
The deal would begin in January and Washington calls for Seoul to pay 1 trillion won in 2009. | 1 trillion won | unverifiable
The deal expires in December. Trump wants more and calls for Seoul to pay 1 trillion won in 2009. | 1 trillion won | unverifiable
The deal with Japan would begin in January and calls for Tokyo to pay 760 billion won in 2009. | 760 billion won | not_checkable
If ratified, a new deal would call for Seoul to pay 1 trillion won in 2009. | 1 trillion won | not_checkable
The new deal would begin in January and would require Seoul to pay 760 billion won in 2009. | 760 billion won | supported
"""  # noqa: E501
)

MOST_A_YEAR = table(
    r"""
text | exact | want
The maximum the contribution would grow in a year is 4 percent. | 4 percent | not_checkable
The most the payment can rise in a year is 4 percent. | 4 percent | not_checkable
The largest the contribution may grow in a single year is 4 percent. | 4 percent | not_checkable
The highest Seoul's payment could climb in any single year is 4 percent under the deal. | 4 percent | not_checkable
The biggest the bill could grow in one year would be 4 percent. | 4 percent | not_checkable
The maximum the payment is allowed to increase in a year is 4 percent. | 4 percent | not_checkable
The most Seoul's contribution would rise in any one year is 4 percent. | 4 percent | not_checkable
The maximum that Seoul's payment may go up in a year is 4 percent. | 4 percent | not_checkable
The largest the SMA payment could increase per year is 5 percent. | 5 percent | not_checkable
# controls: a past rise, a superlative noun, cap words, a reported rise called the maximum
The maximum the contribution grew in a year was 4 percent. | 4 percent | misleading
The most the payment rose in a year was 8.9 percent, in 2002. | 8.9 percent | unverifiable
The biggest increase in a year was 8.9 percent. | 8.9 percent | not_checkable
Under the deal, increases are capped at 4 percent a year. | capped at 4 percent | not_checkable
The contribution grew 4 percent in 2010. | grew 4 percent | supported
The payment rose 8.9 percent in 2009, the maximum allowed. | rose 8.9 percent | contradicted
"""
)


def check_verdict(text: str, exact: str, want: str) -> None:
    """The claim at the words ``exact`` of a one-paragraph article published on :data:`PUB` has the verdict ``want``.

    >>> check_verdict("The contribution grew 4 percent in 2010.", "grew 4 percent", "supported")
    """
    from analysis.check import check_text

    got = [c.verdict for c in check_text("T\n\n" + text, PUB).claims if c.exact == exact]
    assert (got[0] if got else "none") == want, (got, text)


def check_speaker(body: str, words: str, speakers: str | None) -> None:
    """:func:`conftest.assert_speaker`, a table's None (nobody) given as "None"."""
    assert_speaker(body, words, speakers or "None")


test_real52m_speakers = rows_test(check_speaker, OBTAINED=OBTAINED)
#: mend52m controls (review52m probes): an offered or demanded deal, a demand named after the figure, no year of the
#: payment (TERM_AND); a past rise dated right after the figure, a "was" copula (MOST_A_YEAR): main's answers, told
#: after a lead on the talks and published on the row's date.
REVIEW = table(
    r"""
pub | text | exact | want
2019-11-20 | The proposed deal would begin in January and calls for Seoul to pay $5 billion in 2020. | $5 billion | supported
2019-11-20 | Under Trump's plan, the deal would begin in January and calls for Seoul to pay $5 billion in 2020. | $5 billion | supported
2019-11-20 | The deal would begin in January and calls for Seoul to pay $5 billion in 2020, a U.S. demand Seoul rejects. | $5 billion | supported
2019-11-20 | The deal would begin in January and calls for Seoul to pay $5 billion. | $5 billion | supported
2020-03-01 | The most Seoul has agreed to increase in a year is 8.2 percent, in 2019. | 8.2 percent | supported
2020-03-01 | The most the contribution would grow in a year was 8.2 percent, in 2019, officials noted. | 8.2 percent | supported
"""  # noqa: E501
)

LEAD = "Seoul and Washington are in talks on sharing the cost of the U.S. military presence in Korea. "


def check_review(pub: str, text: str, exact: str, want: str) -> None:
    """The first claim holding ``exact`` in ``text`` after :data:`LEAD`, published on ``pub``, has the verdict ``want``.

    >>> check_review("2010-03-01", "The contribution grew 4 percent in 2010.", "grew 4 percent", "supported")
    """
    from analysis.check import check_text

    got = [c.verdict for c in check_text("T\n\n" + LEAD + text, pub).claims if exact in c.exact]
    assert (got[0] if got else "none") == want, (got, text)


test_real52m_review = rows_test(check_review, REVIEW=REVIEW)
test_real52m_verdicts = rows_test(check_verdict, TERM_AND=TERM_AND, MOST_A_YEAR=MOST_A_YEAR)
