"""findings23: classes of news English under which a flagged item is no defect (false findings on the twenty-second
and twenty-third batches, text no rule writer had read), each with the nearby item that still is one (invented
sentences).
"""

from __future__ import annotations

from conftest import finding_cases, findings_test, outcome

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"
LEAD = "The envoys met in Hanul on Monday. They left without a deal.\n\n"


# --- date_after_publication: a day named as the attribute of a scheduled event ("the Dec. 3 election") -----------
# "the DAY NOUN" names an event by the day it is set for; with no past verb before it in its sentence, the event is
# still ahead ("Bo is the candidate for the Dec. 3 election called after ..."; the past verbs after it are the
# event's own history). A past verb before the date ("won the Dec. 3 election", "backed ... in the Dec. 3 vote")
# or a date after "on" ("met on Dec. 3") is still a day after publication told as past. An irregular past outside
# the shared list of them (such as "chose") is not read: a known limit.
EVENT_ATTRIBUTE = [
    LEAD + "Bo Varn is the candidate of the Unity Party for the Dec. 3 snap presidential election called after Ana"
    " Lind was removed from office.",
    LEAD + "Ana Lind, the party's pick for the Dec. 3 vote that was called after the cabinet resigned, leads polls.",
]
EVENT_TOLD_AS_PAST = [
    LEAD + "Bo Varn won the Dec. 3 snap presidential election called after Ana Lind was removed from office.",
    LEAD + "Voters backed Bo Varn in the Dec. 3 snap presidential election called after Ana Lind was removed.",
    LEAD + "Bo Varn met Ana Lind on Dec. 3 after she was removed from office.",
]


# --- unattributed_quote: the second part of a split quote ("“A,” he said to X. “B.”") -------------------------
# A quotation that opens right after a first one whose source a verb of saying beside it gives, in the same
# paragraph with only that short attribution between, goes on with the same speaker's words. A narrative sentence
# between, a paragraph break, or a first quotation without a source leaves it unsourced.
SPLIT_QUOTE = [
    LEAD + "“Ten thousand of our soldiers are at risk,” he was declared by the Ralvo Times. “That makes no sense."
    " Why would we defend a rich country?”",
]
NOT_SPLIT = [
    LEAD + "“Ten thousand of our soldiers are at risk,” he was declared by the Ralvo Times. The talks ended without"
    " a deal on the troops. “That makes no sense. Why would we defend a rich country?”",
    LEAD + "“Ten thousand of our soldiers are at risk,” he was declared by the Ralvo Times.\n\n“That makes no sense."
    " Why would we defend a rich country?”",
]


# --- unattributed_quote: a title quoted in a citation line ("Authors, “Title,” Outlet, Date") -----------------
# A line with no end mark that gives names, then a quotation closed by a comma, then an outlet and a date with its
# year cites a published piece: the quotation is its title, credited by the line. A quotation in a stopped
# sentence, or in a line with no year after it, is still words with no speaker.
CITATION = [
    LEAD + "Ana Lind, Bo Varn and Cy Hale, “Tarvel and Ralvo reach deal over cost of troops in region,” Ralvo"
    " Politics, RalvoNews.com, November 16, 2019 9:24 pm",
    LEAD + "Ana Lind, “Tarvel and Ralvo reach deal over cost of troops,” Ralvo Daily, Nov. 16, 2019",
]
NOT_CITATION = [
    LEAD + "Ana Lind, “we will not pay more for the troops,” and the talks ended in 2019.",
    LEAD + "In the end, “we will not pay more for the troops,” Ralvo Daily, the talks",
]


# --- ambiguous_reference: a surname named with an organisation's possessive ("the Hanul Institute’s Kim") -------
# An institute, a university or a like body named before a bare surname with a possessive says which person the
# story means (its analyst, its scholar), whom no leader among the same-named candidates is. A surname alone, or
# after a country's or a bare noun's possessive ("North Korea’s Kim", "the party’s Kim"), is still open.
AFFILIATED = [
    LEAD + "“The allies must share more,” said the Hanul Institute’s Kim.",
    LEAD + "“The allies must share more,” said Ralvo University’s Kim.",
]
STILL_OPEN = [
    LEAD + "“The allies must share more,” said Kim.",
    LEAD + "“The allies must share more,” said North Korea’s Kim.",
    LEAD + "“The allies must share more,” said the party’s Kim.",
]


test_a_class_of_news_english_is_no_defect_unlike_the_nearby_item_that_still_is = findings_test(
    *finding_cases("date_after_publication", HEAD,
                   outcome(0, EVENT_ATTRIBUTE=EVENT_ATTRIBUTE) + outcome(1, EVENT_TOLD_AS_PAST=EVENT_TOLD_AS_PAST)),
    *finding_cases("unattributed_quote", HEAD,
                   outcome(0, SPLIT_QUOTE=SPLIT_QUOTE, CITATION=CITATION)
                   + outcome(1, NOT_SPLIT=NOT_SPLIT, NOT_CITATION=NOT_CITATION)),
    *finding_cases("ambiguous_reference", HEAD,
                   outcome(0, AFFILIATED=AFFILIATED) + outcome(1, STILL_OPEN=STILL_OPEN)),
)  # fmt: skip
