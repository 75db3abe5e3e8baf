"""Dates of wire English (dates41, eleventh session).

Classes of news English found by the dev misses and by new known-answer variations of the dev dates
(tests/dates40_corpus.py: reported speech on a stated day, a wire dateline, a day's deictic word), each with rows of
my own (made-up names: Parl Vinter, Jeon Harim, Hanul, Bo Harlan, Oskel) and controls, written before its rule.
"""

from __future__ import annotations

from conftest import dates_test, table

# A past "in N units" runs from publication minus N units through publication (the corpus convention as the lead
# relabelled it after dates40: "over the past N units" likewise), and a tally with an ordinal ("the 2nd incident in 13
# months", "the third test in two weeks") tells the same span with no verb. Controls: the future (the day that far
# ahead), "within", a count with no ordinal and no tense (no date).
PAST_COUNT = table(
    r"""
text | published | exact | start | end
It was the third missile test by Oskel in two weeks. | 2019-08-07 | in two weeks | 2019-07-24 | 2019-08-07
Prices in Hanul rose 5% in a year. | 2019-08-07 | in a year | 2018-08-07 | 2019-08-07
Second protest in 13 months at the Hanul embassy, Vinter tweeted. | 2019-10-19 | in 13 months | 2018-09-19 | 2019-10-19
"3rd incident in two months in Hanul," Vinter wrote. | 2019-10-19 | in two months | 2019-08-19 | 2019-10-19
The fourth round of talks in a year ended on Friday. | 2019-10-19 | in a year | 2018-10-19 | 2019-10-19
# controls
The envoys will meet again in two weeks. | 2019-08-07 | in two weeks | 2019-08-21 | 2019-08-21
The deal is scheduled to expire within a year. | 2019-08-07 | within a year | 2019-08-07 | 2020-08-07
Talks resume in two weeks. | 2019-08-07 | in two weeks | 2019-08-21 | 2019-08-21
The first round will be held in two weeks. | 2019-08-07 | in two weeks | 2019-08-21 | 2019-08-21
"""
)

test_dates41_past_count = dates_test(PAST_COUNT=PAST_COUNT)


# A wire dateline's date ("SEOUL, Nov. 20 (Yonhap) --") is the day the copy is filed, not a date the story tells: a
# day counted from "the same day", "that day", or "the previous day" points back to a date told before,
# never to the dateline. Found by the dateline variations (21 of 1,641 moved). Controls: the dateline's own date; a
# weekday under it; a date told after it in its paragraph, which "the same day" counts from; no dateline.
DATELINE_NO_ANTECEDENT = table(
    r"""
text | published | exact | start | end
The envoys met in Hanul on Nov. 18.\n\nSEOUL, Nov. 20 (Yonhap) -- Vinter's statement came the same day. | 2019-11-20 | the same day | 2019-11-18 | 2019-11-18
Lee Harim spoke in Hanul on Monday.\n\nSEOUL, Nov. 20 (Yonhap) -- In an interview published that day, Lee urged more pay. | 2019-11-20 | that day | 2019-11-18 | 2019-11-18
The Hanul talks opened on Nov. 18.\n\nSEOUL, Nov. 20 (Yonhap) -- The previous day, envoys met in Tokyo. | 2019-11-20 | The previous day | 2019-11-17 | 2019-11-17
# controls
SEOUL, Nov. 20 (Yonhap) -- Talks resumed in Hanul. | 2019-11-20 | Nov. 20 | 2019-11-20 | 2019-11-20
SEOUL, Nov. 20 (Yonhap) -- The envoys met on Tuesday. | 2019-11-20 | on Tuesday | 2019-11-19 | 2019-11-19
SEOUL, Nov. 20 (Yonhap) -- Envoys met on Nov. 18. The statement came the same day. | 2019-11-20 | the same day | 2019-11-18 | 2019-11-18
The envoys met in Hanul on Nov. 18. Vinter's statement came the same day. | 2019-11-20 | the same day | 2019-11-18 | 2019-11-18
"""  # noqa: E501
)

test_dates41_dateline_no_antecedent = dates_test(DATELINE_NO_ANTECEDENT=DATELINE_NO_ANTECEDENT)


# A plural reporting verb in the present right before a weekday ("Experts say Thursday the rise is realistic",
# "Officials say on Monday that ...") is the headline's and the lead's present of a remark already made, as "says
# Tuesday" is read: the weekday is past. Found by the headline variations (2 of 18 moved: "Experts said Thursday" →
# "Experts say Thursday"). Controls: "will say", a present verb of a schedule ("meet Thursday"), "say" with words
# between it and the weekday.
SAY_WEEKDAY = table(
    r"""
text | published | exact | start | end
Experts say Thursday the rise would be a realistic option | 2019-12-27 | Thursday | 2019-12-26 | 2019-12-26
Hanul officials say Monday talks will resume next month | 2019-12-11 | Monday | 2019-12-09 | 2019-12-09
Envoys say on Tuesday that Seoul must pay more. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
# controls
Experts will say Thursday whether the rise is realistic. | 2019-12-11 | Thursday | 2019-12-12 | 2019-12-12
Envoys meet Thursday in Hanul | 2019-12-11 | Thursday | 2019-12-12 | 2019-12-12
The envoys say they will meet Thursday. | 2019-12-11 | Thursday | 2019-12-12 | 2019-12-12
Kim says Tuesday Seoul must pay more | 2019-12-11 | Tuesday | 2019-12-10 | 2019-12-10
"""
)

test_dates41_say_weekday = dates_test(SAY_WEEKDAY=SAY_WEEKDAY)


# South Korea's president after Yoon (a data/entities.csv row with a term, dates41): "throughout his presidency" of a
# running term runs to its end by law. A South Korean term of five years ends the day before its fifth anniversary
# (Moon Jae-in: 2017-05-10 to 2022-05-09), a US one on the day (noon, 20 January). Control: Trump's second term.
# (Yoon Suk Yeol's row is left out: see REVIEW.md, dates41.)
PRESIDENTS_AFTER_MOON = table(
    r"""
text | published | exact | start | end
President Lee Jae-myung is a pragmatist, which will be tested throughout his presidency. | 2025-08-22 | throughout his presidency | 2025-06-04 | 2030-06-03
# controls
President Donald Trump will push allies to pay more throughout his presidency. | 2025-08-22 | throughout his presidency | 2025-01-20 | 2029-01-20
"""  # noqa: E501
)

test_dates41_presidents_after_moon = dates_test(PRESIDENTS_AFTER_MOON=PRESIDENTS_AFTER_MOON)
