"""The fallback for a quotation no rule attributes (quotes8): the subject of its sentence's nearest speech verb
(before the quote, past prepositional phrases and appositives; after it, a name or an untagged organisation's
capitalised name right after the verb), else the later of the last quote's speaker and the last person who reported
something, in the quote's paragraph and the one before. Labels, scare quotes and capitalised names stay nobody's.
Every name below is made up."""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import listed, quotes, speakers

FALLBACK = table(
    r"""
body | speaker_names
On the 9th, Rep. Jo Tallan of the Hanul Party, a member of the Assembly's defense panel, stated regarding the talks with Seoul, "Hanul already pays a fair share." | Jo Tallan
On Monday, Sen. Ana Volk of the Farm Party, a member of the budget panel, remarked concerning the plan, "The sum is already enough." | Ana Volk
Rep. Jo Tallan of the Hanul Party, who sits on the Assembly's defense panel, noted regarding the cost, "Hanul pays a lot." | Jo Tallan
“The government must not use workers as pawns in the talks,” said the Hanul Base Workers’ Union under the Federation of Labor held a rally on Monday. | Hanul Base Workers’ Union
“Workers must not be pawns in the talks,” said the Hanul Base Workers’ Union under the Federation of Labor held a rally. “A better system is needed to protect us.” | Hanul Base Workers’ Union;Hanul Base Workers’ Union
"Workers must not be pawns in the talks," said the Base Staff Union of Hanul at a rally held in Busan. | Base Staff Union of Hanul
President Jo Tallan claimed Seoul pays "a lot of money" for the troops.\n\nTallans dodged the question and said instead, "We have many strong allies. We do them big favors." | Jo Tallan;Jo Tallan
President Jo Tallan claimed Seoul pays "a lot of money" for the troops.\n\nAt a rally in Ohio the next day it was much the same: "We have many strong allies here." | Jo Tallan;Jo Tallan
Gen. Ruth Kessler told reporters the furloughs would end soon.\n\nThe talks dragged on for a year. "It was a long road and we are glad that it is over now." | Ruth Kessler
"""  # noqa: E501
)

# Labels, titles and words no one before speaks stay nobody's.
NOBODYS = table(
    r"""
body | speaker_names
Critics doubt the "fair share" idea. | None
The so-called "burden sharing" talks resumed on Monday. | None
Gen. Ruth Kessler met the envoys in Busan on Friday.\n\n"It is regrettable." | None
Gen. Ruth Kessler told reporters the talks went well.\n\nThe report, titled "Allies And Money In The Pacific", came out on Monday. | None
"We are done talking about it now." Later Colm Ferriter said the talks ended. | None
"""  # noqa: E501
)


# A short label in a later sentence of the paragraph, with no speech verb before it and no word of the paragraph's
# earlier quote, is the writer's (quotes8, from the moved fifth batch): it does not continue that quote's speaker.
LATER_LABELS = table(
    r"""
body | speaker_names
“We are glad to say the two sides agreed,” said the spokesperson. The sum may hover around the initial “13 percent rise” offer. | None;None
"We are glad the two sides agreed," Jo Tallan said. The deal may follow the earlier "phased" plan. | Jo Tallan;None
“We need mutual tariffs now,” Jo Tallan said. The “mutual tariffs” start in May. | Jo Tallan;Jo Tallan
"We need mutual tariffs now," Jo Tallan said. The sum may hover around the initial "13 percent rise" offer. | Jo Tallan;None
"We are glad the two sides agreed," Jo Tallan said. She later called the plan "phased" too. | Jo Tallan;Jo Tallan
"""  # noqa: E501
)



# An unnamed spokesperson or official "of"/"for"/"at" a named organisation speaks for it (quotes8): the text names
# no person, so the organisation is the speaker's name, also for the quotes that continue the words or "he added".
# An official (not a spokesperson) is named as the corpus names one, "<organisation> official" (quotes26: the dev
# expected files' "Blue House official", "Ministry of Foreign Affairs official").
ORG_SPOKESPEOPLE = table(
    r"""
body | speaker_names
“We are pleased to announce a deal,” said the spokesperson of the U.S. Department of State in a statement. | Department of State
"We are pleased to announce a deal," said a spokesman for the Pentagon on Monday. | Pentagon
“We are pleased to announce a deal,” an official at the Foreign Ministry said. “It is fair,” he added. | Foreign Ministry official;Foreign Ministry official
"We are pleased to announce a deal," said a spokesperson. | None
"""  # noqa: E501
)



# The fallback alone, every rule switched off: how a quote is read when no rule written from the corpus fits it (the
# case of an article from an outlet the rules never saw). Scare quotes stay nobody's even then.
ALONE = table(
    r"""
body | speaker_names
“We are engaged in talks,” and the “two sides hope for a deal soon,” Defense Chief Jo Tallan said at a briefing. | Jo Tallan;Jo Tallan
Ana Volk spoke for an hour.\n\n"Hanul is a rich nation. They make ships," she informed her audience. | Ana Volk
Ana Volk told Hanul News on Monday the deal was near, "We are close to a fair deal." | Ana Volk
On the 9th, Rep. Jo Tallan of the Hanul Party stated, "We pay enough for the troops." | Jo Tallan
Ana Volk spoke on Monday. She called the deal "fair". | None
"""  # noqa: E501
)


def check_a_quotation_no_rule_attributes_takes_the_readers_speaker(body, speaker_names):
    assert speakers(body, words_too=False) == listed(speaker_names)


@pytest.mark.parametrize("rows", merged(cases(FALLBACK=FALLBACK, NOBODYS=NOBODYS, LATER_LABELS=LATER_LABELS,
                                              ORG_SPOKESPEOPLE=ORG_SPOKESPEOPLE)))
def test_a_quotation_no_rule_attributes_takes_the_readers_speaker(rows: list[object]) -> None:
    run_rows(check_a_quotation_no_rule_attributes_takes_the_readers_speaker, rows)


@pytest.mark.parametrize(("body", "speaker_names"), ALONE)
def test_the_fallback_alone_reads_a_quote_no_rule_fits(body, speaker_names, monkeypatch):
    import analysis.extract.quote_fallback as f
    import analysis.extract.quotes as q

    monkeypatch.setattr(f._Context, "attribute", lambda self, pl, same, prev, lead: q._NOBODY)
    assert [x["speaker_name"] for x in quotes(body)] == listed(speaker_names)
