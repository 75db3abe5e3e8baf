"""dates53 (issue 9): times named by words with no numeral, weekday, month or relative word of their own, read by
``analysis.extract.dates``. Rows of the helper's own wording, each by :func:`check_dates53`: every FIXED row failed on
c31cb5e4 and passes now; every KEPT row is a near miss that must stay as it is (no item, or the reading it had).

Rows: a text, its publication date, the item's exact words, and its first and last day ("None": no item with those
words, or one left unresolved).
"""
# ruff: noqa: E501  (one case a line: a text, its publication date and the item it must give)

from __future__ import annotations

import datetime as dt

from conftest import rows_test, table

from analysis.extract.dates import ranges


def check_dates53(text: str, published: str, exact: str, start: str | None, end: str | None) -> None:
    """Assert the item ``exact`` of ``text`` told on ``published`` reads ``start``..``end`` (None: no such item)."""
    got = [(s, e) for x, s, e in ranges(text, dt.date.fromisoformat(published)) if x == exact]
    if start is None:
        assert not got or got == [(None, None)], got
    else:
        assert got == [(start, end)], ranges(text, dt.date.fromisoformat(published))


# a US day fixed by law, told by its name after a preposition ("before Inauguration Day", "on Election Day"): read as
# a holiday with no year is, by its clause's tense from publication, or from the date before it in its paragraph
US_DAY = table("""
text | published | exact | start | end
Seoul wants a deal before Inauguration Day. | 2024-12-10 | before Inauguration Day | 2025-01-20 | 2025-01-20
The new president will take office on Inauguration Day. | 2024-12-10 | on Inauguration Day | 2025-01-20 | 2025-01-20
Trump took office on Inauguration Day. | 2025-03-10 | on Inauguration Day | 2025-01-20 | 2025-01-20
The deal was signed after Inauguration Day. | 2021-05-10 | after Inauguration Day | 2021-01-20 | 2021-01-20
Since Inauguration Day, Trump has pressed Seoul. | 2025-05-10 | Since Inauguration Day | 2025-01-20 | 2025-01-20
Biden was sworn in on Inauguration Day 2021. | 2024-12-10 | on Inauguration Day 2021 | 2021-01-20 | 2021-01-20
Trump was elected in November 2016. He took office on Inauguration Day. | 2024-06-10 | on Inauguration Day | 2017-01-20 | 2017-01-20
On Tuesday, Kim said Trump had called before Inauguration Day. | 2025-02-12 | before Inauguration Day | 2025-01-20 | 2025-01-20
Seoul will wait until after Election Day. | 2024-08-10 | after Election Day | 2024-11-05 | 2024-11-05
Seoul wants a deal before Election Day. | 2020-08-10 | before Election Day | 2020-11-03 | 2020-11-03
Trump won on Election Day. | 2025-02-10 | on Election Day | 2024-11-05 | 2024-11-05
Talks stalled after Election Day. | 2022-12-20 | after Election Day | 2022-11-08 | 2022-11-08
Trump will meet Lee after Election Day. | 2024-06-10 | after Election Day | 2024-11-05 | 2024-11-05
Talks stalled before Election Day. | 2024-11-01 | before Election Day | 2024-11-05 | 2024-11-05
The party won the April 10 general elections. On Election Day, turnout was high. | 2024-05-01 | On Election Day | 2024-04-10 | 2024-04-10
""")
# near misses: with no preposition, near a US vote, the nearest one (as "as election day approaches" is read), a name a
# capital or possessive continues, South Korea's vote the text does not date, a bare lower-case "election day"
US_DAY_KEPT = table("""
text | published | exact | start | end
Koreans watch closely as Election Day approaches. | 2020-10-30 | Election Day | 2020-11-03 | 2020-11-03
The Election Day Act passed. | 2024-06-10 | Election Day | None | None
On Election Day's eve, Trump spoke. | 2024-06-10 | On Election Day | None | None
Turnout was high on Election Day in the general elections. | 2024-05-01 | on Election Day | None | None
The deal could be signed before election day. | 2020-09-10 | election day | None | None
Trump attended the Inauguration Day Parade. | 2025-03-10 | Inauguration Day | None | None
""")
# a season's edge: as the time a thing happened or happens its last (first) month, as "late (early) summer" is; as
# a deadline or a start its last (first) day, as "by the end of the month" is; the season by its words, else the
# clause's tense
SEASON_EDGE = table("""
text | published | exact | start | end
Talks stalled at the end of the summer. | 2020-07-10 | at the end of the summer | 2019-08-01 | 2019-08-31
The deal was signed at the end of the summer. | 2020-10-10 | at the end of the summer | 2020-08-01 | 2020-08-31
Seoul wants a deal by the end of summer. | 2020-03-10 | by the end of summer | 2020-08-31 | 2020-08-31
The deal was signed at the end of last summer. | 2020-03-10 | at the end of last summer | 2019-08-01 | 2019-08-31
Talks began at the start of the summer. | 2020-10-10 | at the start of the summer | 2020-06-01 | 2020-06-30
Talks have stalled since the beginning of the summer. | 2020-10-10 | since the beginning of the summer | 2020-06-01 | 2020-06-01
Talks began at the beginning of spring. | 2020-10-10 | at the beginning of spring | 2020-03-01 | 2020-03-31
Talks will resume toward the end of the winter. | 2020-10-10 | toward the end of the winter | 2021-02-01 | 2021-02-28
Talks will resume before the end of autumn 2021. | 2020-10-10 | before the end of autumn 2021 | 2021-11-30 | 2021-11-30
The drills ended at the close of the spring of 2019. | 2020-10-10 | at the close of the spring of 2019 | 2019-05-01 | 2019-05-31
""")
# near misses: a season a noun continues (a session, a fall in prices), a season with no edge, the edge of a month
SEASON_EDGE_KEPT = table("""
text | published | exact | start | end
Talks stalled at the end of the summer session. | 2020-07-10 | at the end of the summer | None | None
Prices rose at the end of the fall in demand. | 2020-07-10 | at the end of the fall | None | None
Talks stalled last summer. | 2020-07-10 | last summer | 2019-06-01 | 2019-08-31
They must pay by the end of the month. | 2020-04-15 | the end of the month | 2020-04-30 | 2020-04-30
The deal was signed in late spring. | 2020-09-10 | in late spring | 2020-05-01 | 2020-05-31
""")

# a holder's term in words the term patterns did not take (README, a presidential term named by its holder): a kind
# of term ("presidential", "four-year", "single"), "time as president", a "stint" in the White House, an
# administration with a word of its politics or as the "last" one, "at the time of" an administration (Korean copy's
# English), an administration's ordinal term
TERM_WORDED = table("""
text | published | exact | start | end
Biden kept the troops during his single term. | 2024-11-10 | during his single term | 2021-01-20 | 2025-01-20
Biden kept the troops during his four-year term. | 2025-05-20 | during his four-year term | 2021-01-20 | 2025-01-20
Trump demanded more during his presidential term. | 2023-05-20 | during his presidential term | 2017-01-20 | 2021-01-20
Moon raised the budget during his five-year term. | 2023-05-20 | during his five-year term | 2017-05-10 | 2022-05-09
Trump demanded more during his time as president. | 2023-05-20 | during his time as president | 2017-01-20 | 2021-01-20
"Seoul paid little during my time as president," Trump said. | 2023-05-20 | during my time as president | 2017-01-20 | 2021-01-20
Trump pressed Seoul during his first stint in the White House. | 2025-05-20 | during his first stint in the White House | 2017-01-20 | 2021-01-20
The deal was signed under the conservative Yoon government. | 2025-08-20 | under the conservative Yoon government | 2022-05-10 | 2025-04-04
The deal was signed under the liberal Moon Jae-in government. | 2024-08-20 | under the liberal Moon Jae-in government | 2017-05-10 | 2022-05-09
The deal was signed during the former progressive Moon administration. | 2024-08-20 | during the former progressive Moon administration | 2017-05-10 | 2022-05-09
During the last Trump administration, the US demanded $5 billion. | 2024-11-10 | During the last Trump administration | 2017-01-20 | 2021-01-20
At the time of the first Trump administration, the US demanded more. | 2024-11-10 | At the time of the first Trump administration | 2017-01-20 | 2021-01-20
Seoul agreed at the time of the Moon Jae-in administration. | 2025-06-29 | at the time of the Moon Jae-in administration | 2017-05-10 | 2022-05-09
During the Trump administration's first term, Trump accused South Korea. | 2024-06-29 | During the Trump administration's first term | 2017-01-20 | 2021-01-20
During the Trump administration's second term, Seoul will pay more. | 2025-06-29 | During the Trump administration's second term | 2025-01-20 | 2029-01-20
""")
# near misses: a stint of an office with no term in the data, an administration as an actor or a thing, "the last"
# of no holder, "at the time of" no administration, a term named with no preposition, a time of no office
TERM_WORDED_KEPT = table("""
text | published | exact | start | end
Esper pressed Seoul during his stint as defense secretary. | 2022-05-20 | during his stint | None | None
The Trump administration's first term was rocky. | 2025-06-29 | The Trump administration's first term | None | None
The liberal Moon government signed the deal. | 2025-06-29 | The liberal Moon government | None | None
During the last decade, Seoul paid more. | 2025-06-29 | last decade | 2015-06-30 | 2025-06-29
At the time of the 11th SMA, Seoul paid more. | 2025-06-29 | At the time of the 11th SMA | None | None
His single term ended in January. | 2025-06-29 | His single term | None | None
During his time in Seoul, Harris met Moon. | 2021-06-29 | During his time | None | None
During the Trump administration, the US demanded more. | 2020-11-10 | During the Trump administration | 2017-01-20 | 2021-01-20
""")
# the end of a war, told after a preposition as a time: the days of its sourced end (Japan's surrender, the Korean War
# armistice), as the dev item "since the end of World War II" (militarycom 2021-03-23) reads it
WAR_END = table("""
text | published | exact | start | end
US troops have been in Japan since the end of World War II. | 2021-03-23 | the end of World War II | 1945-08-15 | 1945-09-02
The troops stayed since the end of the Second World War. | 2021-03-23 | the end of the Second World War | 1945-08-15 | 1945-09-02
The US has kept troops in Korea since the end of the Korean War. | 2021-03-23 | the end of the Korean War | 1953-07-27 | 1953-07-27
Troops stayed after the end of the 1950-53 Korean War. | 2021-03-23 | the end of the 1950-53 Korean War | 1953-07-27 | 1953-07-27
Prior to the end of World War II, officials thought so. | 2021-03-23 | the end of World War II | 1945-08-15 | 1945-09-02
""")
# near misses: the end as a subject (no preposition), a war with no sourced end day, the war itself, a war unnamed, a
# compound the war's name opens
WAR_END_KEPT = table("""
text | published | exact | start | end
The end of the Korean War came in 1953. | 2021-03-23 | The end of the Korean War | None | None
The troops stayed after the end of the Cold War. | 2021-03-23 | the end of the Cold War | None | None
The troops stayed since the Korean War. | 2021-03-23 | the Korean War | None | None
By the end of the war, Seoul was ruined. | 2021-03-23 | the end of the war | None | None
The US has kept troops since the end of the Korean War-era deal. | 2021-03-23 | the end of the Korean War | None | None
""")
# "the election year", "this election year": publication's year when it holds a national vote (every even year a US
# federal one; an odd one only with a South Korean presidential vote), as dev koreatimesus 2020-10-30 reads it
ELECTION_YEAR = table("""
text | published | exact | start | end
Biden wrote for a Korean outlet in the election year. | 2020-10-30 | the election year | 2020-01-01 | 2020-12-31
Trump is pressing allies this election year. | 2024-03-10 | this election year | 2024-01-01 | 2024-12-31
Lee pledged more this election year. | 2025-03-10 | this election year | 2025-01-01 | 2025-12-31
""")
# near misses: a year with no national vote, an indefinite "an election year", a year the phrase names or stands beside,
# and a count of days after it that moves from the day told before, not from the year (as before)
ELECTION_YEAR_KEPT = table("""
text | published | exact | start | end
Trump pressed allies this election year. | 2023-03-10 | this election year | None | None
Trump pressed allies in an election year. | 2024-03-10 | an election year | None | None
The election year of 2020 was tense. | 2024-03-10 | 2020 | 2020-01-01 | 2020-12-31
In 2016, the election year, Trump won. | 2024-03-10 | the election year | None | None
The election year's budget grew. | 2024-03-10 | The election year | None | None
Biden wrote an op-ed published on Oct. 30. His article in the election year came four days before he faces Trump. | 2020-10-30 | four days before | 2020-10-30 | 2020-10-30
""")

# the reviewer's defects of these rules, mended (mend53d): an "Election Day" ("Inauguration Day") a South Korean
# president wins (takes office) on, or told in a past clause within weeks of South Korea's vote (inauguration), or in a
# paragraph about a South Korean president, is South Korea's day (none when the code knows no recent one); a term as,
# in or at another office is no president's; a season an event's noun continues is no time; "the election year" after
# a vote named by its year in the sentence before is that year
MEND = table("""
text | published | exact | start | end
Lee Jae-myung won the presidency on Election Day. | 2025-06-20 | on Election Day | 2025-06-03 | 2025-06-03
Yoon Suk Yeol was sworn in on Inauguration Day. | 2022-06-01 | on Inauguration Day | 2022-05-10 | 2022-05-10
The former prosecutor took office on Inauguration Day. | 2022-05-20 | on Inauguration Day | 2022-05-10 | 2022-05-10
Moon won on Election Day and later met Kim. | 2019-03-01 | on Election Day | None | None
Yoon was a prosecutor for decades. He took office on Inauguration Day. | 2023-08-15 | on Inauguration Day | None | None
Moon met the envoy. During his four-year term as governor, Pence cut taxes. | 2019-11-16 | During his four-year term | None | None
Moon met Han. During his five-year term in the Senate, Han voted no. | 2019-11-16 | During his five-year term | None | None
Moon met Han. During her single term at the Pentagon, Han cut costs. | 2019-11-16 | During her single term | None | None
Talks stalled at the end of the summer meeting. | 2020-07-10 | at the end of the summer | None | None
Seoul walked out at the start of the winter talks. | 2020-07-10 | at the start of the winter | None | None
Tamsk left at the close of the spring summit. | 2020-07-10 | at the close of the spring | None | None
Han spoke at the end of the summer conference. | 2020-07-10 | at the end of the summer | None | None
The 2016 campaign was bitter. In the election year, Trump won. | 2020-11-16 | the election year | 2016-01-01 | 2016-12-31
Han recalled the 2022 presidential election. In the election year, Yoon won narrowly. | 2024-11-16 | the election year | 2022-01-01 | 2022-12-31
Han recalled the 2019 vote. In the election year, turnout fell. | 2020-11-16 | the election year | None | None
""")
# near misses: a US president or a US word in the sentence, a plan or a future clause, a term in office or in a year,
# "the election year" with no vote named by a year in the sentence right before it
MEND_KEPT = table("""
text | published | exact | start | end
Biden took office on Inauguration Day. | 2022-05-20 | on Inauguration Day | 2021-01-20 | 2021-01-20
The U.S. leader took office on Inauguration Day. | 2022-05-20 | on Inauguration Day | 2021-01-20 | 2021-01-20
Lee will visit Washington after Election Day. | 2024-06-10 | after Election Day | 2024-11-05 | 2024-11-05
Seoul wants a deal before Election Day. | 2025-06-20 | before Election Day | 2026-11-03 | 2026-11-03
Moon met Trump, who took office on Inauguration Day. | 2017-07-01 | on Inauguration Day | 2017-01-20 | 2017-01-20
Trump demanded more during his presidential term in 2019. | 2023-05-20 | during his presidential term | 2017-01-20 | 2021-01-20
Biden kept the troops during his four-year term in office. | 2025-05-20 | during his four-year term in office | 2021-01-20 | 2025-01-20
Polls were close. In the election year, Trump pressed allies. | 2020-11-16 | the election year | 2020-01-01 | 2020-12-31
The 2016 campaign was bitter. Polls were close. In the election year, Trump pressed allies. | 2020-11-16 | the election year | 2020-01-01 | 2020-12-31
""")

test_dates53 = rows_test(check_dates53, US_DAY=US_DAY, US_DAY_KEPT=US_DAY_KEPT, SEASON_EDGE=SEASON_EDGE,
                         SEASON_EDGE_KEPT=SEASON_EDGE_KEPT, TERM_WORDED=TERM_WORDED, TERM_WORDED_KEPT=TERM_WORDED_KEPT,
                         WAR_END=WAR_END, WAR_END_KEPT=WAR_END_KEPT, ELECTION_YEAR=ELECTION_YEAR,
                         ELECTION_YEAR_KEPT=ELECTION_YEAR_KEPT, MEND=MEND, MEND_KEPT=MEND_KEPT)


def test_war_ends_cite_rows_of_sources() -> None:
    """Each war's end day in the code names its sources by rows of data/sources.csv."""
    import csv
    from pathlib import Path

    from analysis.extract.date_rules import _WAR_END_SOURCES, _WAR_ENDS

    with (Path(__file__).parents[1] / "data" / "sources.csv").open(encoding="utf-8", newline="") as f:
        ids = {row["source_id"] for row in csv.DictReader(f)}
    assert _WAR_END_SOURCES.keys() == _WAR_ENDS.keys()
    assert all(set(cited) <= ids for cited in _WAR_END_SOURCES.values())
