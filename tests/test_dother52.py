"""dother52 (issue 9): times named by an event, a holiday or a part of the week, with no numeral, weekday, month name
or relative word of their own. Rows of the helper's own wording: each FIXED row failed on fea52c11 and passes now;
each KEPT row is a control that must stay as it is (an event the text does not date, a name of a thing).
"""
# ruff: noqa: E501  (one battery row a line: a sentence, its publication date and the item it must give)

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract.dates import ranges

D = dt.date


def _rows(table: str) -> list[tuple[str, dt.date, str, str | None, str | None]]:
    out = []
    for line in table.strip().splitlines():
        text, pub, exact, start, end = (c.strip() for c in line.split(" | "))
        out.append((text, dt.date.fromisoformat(pub), exact, None if start == "-" else start,
                    None if end == "-" else end))
    return out


# one row a line: text | publication | the item's exact words | start | end ("-": no item with those words)
FIXED = _rows("""
Negotiators held talks on Nov. 18 in Seoul. After the talks, DeHart said Seoul must pay. | 2019-11-20 | After the talks | 2019-11-18 | 2019-11-18
The 11th round of talks was held in Seoul on Nov. 18-19. Since the talks, no date has been set. | 2019-12-01 | Since the talks | 2019-11-18 | 2019-11-19
Trump and Lee held a summit on Aug. 25. After the summit, Lee flew home. | 2025-08-28 | After the summit | 2025-08-25 | 2025-08-25
Trump and Lee held a summit on Aug. 25. At the summit, Trump praised Lee. | 2025-08-28 | At the summit | 2025-08-25 | 2025-08-25
Trump and Lee will hold a summit on Aug. 25. Ahead of the summit, Seoul prepared a package. | 2025-08-20 | Ahead of the summit | 2025-08-25 | 2025-08-25
The two held a summit in Hanoi in February. Since the summit, talks stalled. | 2019-10-20 | Since the summit | 2019-02-01 | 2019-02-28
Esper visited Seoul on Nov. 15. During the visit, he met Moon. | 2019-11-20 | During the visit | 2019-11-15 | 2019-11-15
The next round of talks is set for Dec. 3. Before the talks, DeHart will visit Seoul. | 2019-11-25 | Before the talks | 2019-12-03 | 2019-12-03
Lee won the June 3 election. Since the election, Seoul has waited. | 2025-07-01 | the election | 2025-06-03 | 2025-06-03
Lee won the election on June 3. After the election, he called Trump. | 2025-07-01 | the election | 2025-06-03 | 2025-06-03
After the Hanoi summit, talks stalled. | 2019-06-01 | After the Hanoi summit | 2019-02-27 | 2019-02-28
North Korea walked out after the Stockholm talks. | 2019-10-20 | after the Stockholm talks | 2019-10-05 | 2019-10-05
Since the Panmunjom meeting, talks have stalled. | 2019-10-20 | Since the Panmunjom meeting | 2019-06-30 | 2019-06-30
The talks stalled ahead of Christmas. | 2019-12-20 | ahead of Christmas | 2019-12-25 | 2019-12-25
Ahead of Chuseok, Moon visited troops. | 2019-09-10 | Ahead of Chuseok | 2019-09-12 | 2019-09-14
Over New Year's, talks paused. | 2020-01-06 | Over New Year's | 2020-01-01 | 2020-01-01
Before New Year's, the envoys met twice. | 2020-01-06 | Before New Year's | 2020-01-01 | 2020-01-01
Around Chuseok, talks slowed. | 2019-10-03 | Around Chuseok | 2019-09-12 | 2019-09-14
Talks will resume after Korea's Chuseok holiday. | 2019-09-03 | after Korea's Chuseok holiday | 2019-09-12 | 2019-09-14
Ahead of South Korea's Lunar New Year holiday, talks paused. | 2020-01-21 | Ahead of South Korea's Lunar New Year holiday | 2020-01-24 | 2020-01-26
Talks will resume after the Christmas break. | 2019-12-20 | after the Christmas break | 2019-12-25 | 2019-12-25
The envoy visited Busan this weekend. | 2020-03-09 | this weekend | 2020-03-07 | 2020-03-08
The envoys talked in Seoul this weekend, officials said. | 2019-11-19 | this weekend | 2019-11-16 | 2019-11-17
Talks were held over the past weekend. | 2019-11-20 | the past weekend | 2019-11-16 | 2019-11-17
Talks will be held over the coming weekend. | 2019-11-20 | the coming weekend | 2019-11-23 | 2019-11-24
He often golfs at the weekend. | 2020-03-04 | at the weekend | - | -
Trump said on Friday he would decide over the weekend. | 2019-11-18 | over the weekend | 2019-11-16 | 2019-11-17
Trump Demands More Over Weekend | 2019-11-25 | Over Weekend | 2019-11-23 | 2019-11-24
The G20 summit opens in Osaka on June 28. At the G20, Trump will meet Moon. | 2019-06-20 | At the G20 | 2019-06-28 | 2019-06-28
After the inauguration of Donald Trump, Seoul will negotiate. | 2024-12-01 | After the inauguration of Donald Trump | 2025-01-20 | 2025-01-20
Seoul signed the deal before the inauguration of Donald Trump. | 2024-12-01 | before the inauguration of Donald Trump | 2025-01-20 | 2025-01-20
Trump will be inaugurated on Jan. 20. Seoul wants a deal before the inauguration. | 2024-12-10 | before the inauguration | 2025-01-20 | 2025-01-20
Lee took office on June 4. Since the inauguration, he has met Trump once. | 2025-08-01 | Since the inauguration | 2025-06-04 | 2025-06-04
""")

# controls: an event the text does not date (nor one data row), the saying's date, a name of a thing, and readings
# that stay as they were (a past "before Christmas" is the last one, as README reads a past clause and dfix41 has it;
# only "ahead of", which points forward, takes the one at most two weeks ahead)
KEPT = _rows("""
Before the summit, Kim traveled by train. | 2019-06-01 | Before the summit | - | -
Since the Singapore summit, talks have stalled. | 2019-10-20 | Since the Singapore summit | - | -
Trump and Kim met in Hanoi on Feb. 27. Since the summit, talks stalled. | 2019-06-01 | Since the summit | - | -
Before the talks, DeHart will visit Seoul. | 2019-11-25 | Before the talks | - | -
Since the presidential election, Seoul has waited. | 2022-04-01 | the presidential election | - | -
After the talks in Seoul, DeHart said on Tuesday that the gap remained. | 2019-11-22 | After the talks | - | -
Kim sent Chuseok gifts to the troops. | 2019-09-10 | Chuseok | - | -
Christmas is a holiday in Korea. | 2020-01-06 | Christmas | - | -
The deal was signed before Christmas. | 2020-01-06 | before Christmas | 2019-12-25 | 2019-12-25
Before Christmas, talks had stalled for weeks. | 2019-11-20 | Before Christmas | 2018-12-25 | 2018-12-25
Talks will resume over the weekend. | 2019-08-07 | over the weekend | 2019-08-10 | 2019-08-11
Kim and Lee met over the weekend in Seoul. | 2019-08-07 | over the weekend | 2019-08-03 | 2019-08-04
The envoy will visit Busan this weekend. | 2020-03-04 | this weekend | 2020-03-07 | 2020-03-08
Before Thanksgiving, Trump met Moon. | 2019-11-25 | Before Thanksgiving | 2018-11-22 | 2018-11-22
They reached a deal before Christmas. | 2019-12-18 | before Christmas | 2018-12-25 | 2018-12-25
Talks resume next weekend. | 2019-11-20 | next weekend | 2019-11-30 | 2019-12-01
Seoul wants a deal before the inauguration. | 2024-12-10 | before the inauguration | - | -
Talks over weekend rallies stalled. | 2019-11-25 | over weekend | - | -
Trump will meet Moon at the G20 summit in Osaka. | 2019-06-20 | at the G20 | - | -
After the inauguration of Donald Trump, Seoul paid more. | 2019-04-01 | After the inauguration of Donald Trump | 2017-01-20 | 2017-01-20
Trump said he would decide over the weekend. | 2019-11-20 | over the weekend | 2019-11-23 | 2019-11-24
Shortly before the talks, Han spoke. Talks ran from Tuesday to Thursday. | 2024-04-27 | Shortly before the talks | - | -
Trump has pressed Seoul since his inauguration. | 2024-10-16 | his inauguration | 2017-01-20 | 2017-01-20
""")


def _item(text: str, pub: dt.date, exact: str) -> tuple[str | None, str | None] | None:
    got = [(s, e) for x, s, e in ranges(text, pub) if x == exact]
    return got[0] if got else None


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), FIXED + KEPT)
def test_time_named_by_an_event_holiday_or_weekend(text, pub, exact, start, end):
    got = _item(text, pub, exact)
    if start is None:
        assert got is None or got == (None, None), got
    else:
        assert got == (start, end), ranges(text, pub)
