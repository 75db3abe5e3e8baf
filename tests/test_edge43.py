"""A named month after "at the end (beginning) of" (lead, forty-third session, at dfix51's question: the dev files
disagreed). By the README's Conventions, "at the end of <month>" told as the time a thing happens is the month's last
third, as "late <month>" is, and "at the beginning of <month>" its first; after a verb of expiry or lapse in the same
sentence ("the deal expired at the end of December") it stays the month's last day, for a named month and for "the
month" alike (one test, ``dates._expiry_near``). Rows of my own wording (made-up people Oskel Tamm, Lida Marsh; the
places Torvia and Hanul), labelled before the rule was written; the EXPIRY rows read so before it too and must keep
their reading, except "lapsed at the end of the month" (the third before the one test).
"""

from __future__ import annotations

from conftest import dates_test, table

EDGE = table(
    r"""
text | published | exact | start | end
Torvia and Hanul tentatively agreed on the plan at the end of March. | 2020-05-15 | at the end of March | 2020-03-21 | 2020-03-31
Talks with Hanul are slated to begin at the end of September. | 2019-09-18 | at the end of September | 2019-09-21 | 2019-09-30
Oskel Tamm visited Torvia at the beginning of April. | 2020-05-15 | at the beginning of April | 2020-04-01 | 2020-04-10
Lida Marsh will travel to Hanul at the end of June. | 2020-05-15 | at the end of June | 2020-06-21 | 2020-06-30
In the end, Torvia and Hanul agreed at the end of March. | 2020-05-15 | at the end of March | 2020-03-21 | 2020-03-31
The old deal expired. Talks resumed at the end of March. | 2020-05-15 | at the end of March | 2020-03-21 | 2020-03-31
"""  # noqa: E501
)

EXPIRY = table(
    r"""
text | published | exact | start | end
The previous deal expired at the end of December. | 2020-05-15 | at the end of December | 2019-12-31 | 2019-12-31
Under the one-year pact, which lapsed at the end of December, Torvia paid more. | 2020-05-15 | at the end of December | 2019-12-31 | 2019-12-31
With the old deal expiring at the end of December, no deal was in force. | 2019-02-05 | at the end of December | 2018-12-31 | 2018-12-31
The talks must end by the end of March. | 2020-02-15 | the end of March | 2020-03-31 | 2020-03-31
The interim deal lapsed at the end of the month. | 2020-05-15 | the end of the month | 2020-04-30 | 2020-04-30
"""  # noqa: E501
)

test_edge43_dates = dates_test(EDGE=EDGE, EXPIRY=EXPIRY)
