"""findings13: readings of English and news style under which a flagged line is no defect, each with the nearby
line that still is one (invented sentences; issue 9, false findings on unseen articles)."""

from __future__ import annotations

from conftest import cases, finding_cases, findings_test, outcome

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"
LATE_HEAD = "T\n\nMarch 20, 2020\n\n"  # a body after it: its dates after publication (20 March 2020) are flagged


# A relative clause without "that" after a noun phrase set off by a comma ("..., the ally Seoul has long asked
# more of") leaves its preposition at the end: the sentence is whole. A main clause ending on one is still cut.
CONTACT_RELATIVE = [
    "Officials fear the demand will spread to Tokyo and Berlin, other allies Washington has long wanted more money "
    "out of.",
    "The envoys named Japan, the ally Seoul has long been wary of.",
    "Talks stalled over the fund, a pot of money we have never dealt with.",
    "It is the same fund, the one they can draw from.",
]
MAIN_CLAUSE_CUT = [
    "In 2019, the talks Seoul held covered a share of.",  # "held ... covered": the second verb is the main one
    "Last year, the envoys Seoul sent were told to seek a share of.",
    "Meanwhile, Seoul is wary of.",
    "Donald Trump has long been keen to get more money out of.",  # no comma: a main clause, not a noun phrase
    "After the talks, officials say Seoul has paid a share of.",  # a verb before the subject
]



# Two or more summary lines under a headline, set without full stops, are a deck series, not cut sentences, even
# when each is longer than one line of type and the excerpt ends with them.
SERIES = [
    (
        "Seoul balks at a fivefold rise\n\nNovember 19, 2019\n\n"
        "Each side says the other was not ready to meet it halfway on sharing the cost of the 28,500 troops here\n\n"
        "The president has floated the idea of pulling the troops from the peninsula, which is technically at war",
        2,
    ),
    (
        "Envoys walk out\n\nMay 2, 2020\n\n"
        "Negotiators from both sides left the room after less than an hour of talks on Tuesday\n\n"
        "A new round has not been set and the old deal lapsed at the end of last year\n\n"
        "The envoys met in Busan. They left early.",
        2,
    ),
]
NOT_A_SERIES = [
    # one unstopped line under the headline, then the story: still a cut if longer than a deck
    (
        "Envoys walk out\n\nMay 2, 2020\n\n"
        "Negotiators from both sides left the room after less than an hour of talks on Tuesday and said that a new "
        "round of talks would have to wait until the two capitals had agreed on the sum to be paid by the ally for\n\n"
        "The envoys met in Busan. They left early.",
        1,
    ),
    # the second line ends on a word that needs more: a cut, and so is no deck
    (
        "Envoys walk out\n\nMay 2, 2020\n\n"
        "Negotiators from both sides left the room after less than an hour of talks on Tuesday\n\n"
        "A new round has not been set and the old deal lapsed at the end of the",
        1,
    ),
    # unstopped lines in the body, after the first sentence, are no deck (before a last stopped sentence: findings22)
    (
        "Envoys walk out\n\nMay 2, 2020\n\nThe envoys met in Busan.\n\n"
        "Negotiators from both sides left the room after less than an hour of talks on Tuesday\n\n"
        "A new round has not been set and the old deal lapsed at the end of last year\n\nThey left.",
        2,
    ),
]


# A start ("starting", "from", "as of") that the sentence holds as a warning or on a condition is still ahead,
# though the warning was given in the past: "warned of furloughs starting April 1 unless a deal is reached".
WARNED = [
    "The command has warned of furloughs starting April 1 unless a new deal is reached in time.",
    "Seoul threatened levies from April 1, officials said.",
    "Workers were told they would lose pay as of April 1 if the talks failed.",
    "Unions warned last week of a strike beginning April 1.",
]
STILL_LATE = [
    "Furloughs started on April 1 after the talks failed.",  # a past event, no warning, no start word
    "Furloughs starting April 1 hit 4,000 workers.",  # a start word, but neither warning nor condition
    "The command warned the workers, who were furloughed on April 1.",  # "on", no start word
]


# One test over every table above: the finding kind a table is about, the text set before each of its rows, and what
# a row wants (that many findings). A SERIES row's number (its summary lines) is not checked, as before: a series has
# no cut at all.
test_a_reading_of_news_english_is_no_defect_unlike_the_nearby_line_that_still_is = findings_test(
    *finding_cases("truncated_sentence", HEAD,
                   outcome(0, CONTACT_RELATIVE=CONTACT_RELATIVE) + outcome(1, MAIN_CLAUSE_CUT=MAIN_CLAUSE_CUT)),
    *finding_cases("truncated_sentence", "",
                   outcome(0, SERIES=[text for text, _lines in SERIES]) + cases(NOT_A_SERIES=NOT_A_SERIES)),
    *finding_cases("date_after_publication", LATE_HEAD, outcome(0, WARNED=WARNED) + outcome(1, STILL_LATE=STILL_LATE)),
)  # fmt: skip
