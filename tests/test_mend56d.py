"""Review of dates56 mended (mend56d): the rows below are my own sentences for the reviewer's classes.

1. "in the past" opening a counted window ("said in the past two years", "In the past week, Orla said", "told
   reporters in the past several days") is a told time, as main read it, not speech at an untold time
   (``_past_window``); a numeral beside "years ago" is a count ("said 12 years ago", "told reporters 4 decades ago":
   ``_UNTOLD_TOKEN`` reads numerals, no hearer is a number), as main read it.
2. A step or count opening a paragraph ("A year later,", "Two months later,", "A week later,") counts from the last
   date of the paragraph before only when that date is told at least as finely as the count and is the one date of
   that paragraph's last sentence, outside quotes, spans, lists, comparisons, subordinate clauses and past perfect
   (``_carried_count_fits``); else it stays unresolved, as on main.

FIXED rows fail on main and pass here; NEAR rows pass on both (main's reading kept).
"""

from __future__ import annotations

import pytest
from conftest import read_dates, table

FIXED = table(
    r"""
text | published | exact | start | end
The panel cut the levy in June 2016.\n\nTwo months later, it raised it. | 2022-05-09 | Two months later | 2016-08-01 | 2016-08-31
The panel cut the levy on May 3, 2016.\n\nA week later, it raised it. | 2022-05-09 | A week later | 2016-05-10 | 2016-05-10
In 2016, the panel cut the levy.\n\nA year later, it raised it. | 2022-05-09 | A year later | 2017-01-01 | 2017-12-31
Orla Brenn said in the past the levy would rise next month. | 2022-05-09 | next month | None | None
Orla Brenn told lawmakers in the past that the base would close next year. | 2022-05-09 | next year | None | None
"""  # noqa: E501
)
NEAR = table(
    r"""
text | published | exact | start | end
# 1: a counted window after "in the past", a numeral before "years ago": told times
Orla Brenn said in the past three years Hanul paid more and would pay less next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
In the past week, Orla Brenn told lawmakers the levy would rise next month. | 2022-05-09 | next month | 2022-06-01 | 2022-06-30
Orla Brenn told reporters in the past several days that the base would close next month. | 2022-05-09 | next month | 2022-06-01 | 2022-06-30
“The base closes next month,” Orla Brenn said in the past couple of weeks. | 2022-05-09 | next month | 2022-06-01 | 2022-06-30
Orla Brenn told the panel in the past 18 months that the levy would rise next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Orla Brenn said 12 years ago that the base would close next year. | 2022-05-09 | next year | 2011-01-01 | 2011-12-31
Orla Brenn told reporters 4 decades ago that the base would close next year. | 2022-05-09 | next year | 1983-01-01 | 1983-12-31
“The base closes next year,” Orla Brenn said 12 years ago. | 2022-05-09 | next year | 2011-01-01 | 2011-12-31
# 2: the last date of the paragraph before is no anchor of a count opening the next
The levy was cut in 2013, 2016 and 2018.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
Hanul paid 8 percent more in 2018 than in 2017.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
Hanul paid 8 percent more in 2018 versus 2017.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
Hanul paid 9 million won in 2018, the most since 2011.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
Hanul paid 9 million won in 2018, up from 7 million won in 2016.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
The panel met in May 2018, after the old levy lapsed at the end of 2017.\n\nA year later, it met again. | 2022-05-09 | A year later | None | None
Orla Brenn joined the panel in May 2018. She had worked in Busan from 2009 to 2013.\n\nA year later, she left. | 2022-05-09 | A year later | None | None
The pact had been signed in 2012 and ran until 2016.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
The levy fell in June 2018, a year after it rose in 2017.\n\nA year later, the panel met. | 2022-05-09 | A year later | None | None
The levy rose in 2017.\n\nTwo months later, the panel met. | 2022-05-09 | Two months later | None | None
The levy rose in October 2017.\n\nA week later, the panel met. | 2022-05-09 | A week later | None | None
The levy rose in 2017.\n\nThe following month, the panel met. | 2022-05-09 | The following month | None | None
The levy rose in October 2017, the panel said on Friday.\n\nA year later, it fell. | 2022-05-09 | A year later | None | None
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), FIXED + NEAR)
def test_mend56d_rows(text: str, pub: str, exact: str, start: str | None, end: str | None) -> None:
    assert [(x, s, e) for x, s, e in read_dates(text, pub) if x == exact] == [(exact, start, end)]
