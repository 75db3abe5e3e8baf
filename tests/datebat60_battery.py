"""Right-date battery of session 60 (datebat60, issue #9): made-up news passages, one relative or partial date each.

Framings none of dates42-56's probes, test_dates6x/70 or test_xd59 used: a weekday in a future clause, a weekday in a
quotation of a remark dated to another day, "the previous year"/"the following month" after a dated sentence, a
count of days from a dated event, "this weekend"/"at the weekend", "last month" in speech dated to an earlier month,
"earlier this year"/"late last year", "by the end of next year", "the same day", a month without a year in past and
future clauses, "from <month> to <month>", and a wire dateline a day before the date line. People, places and
outlets are invented (the Harlow accord, Mina Voss, Dae-ho Ryun); real names are only Seoul and Washington.

Every expected range is computed here with :mod:`datetime` from the publication day and the Conventions of
tests/corpus/README.md, never copied from the tool. A case: (framing, published, article text, exact words, start,
end); "null" as start and end: the date is left unresolved (the three framings of :func:`_speech_time_cases`).

>>> len(CASES)
473
"""

from __future__ import annotations

import calendar
import datetime as dt

# fmt: off
D = dt.date
WD = list(calendar.day_name)
MON = list(calendar.month_name)
ABBR = ["", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
PEOPLE = ["Mina Voss", "Dae-ho Ryun", "Carla Imbert", "Jun-seo Park", "Ollie Tanaka", "Ser-yeon Baek", "Hugo Lind",
          "Ye-jin Moon", "Petra Kalm", "Tae-gyu Noh", "Ansel Brook", "Hye-rin Goh"]
HEADS = ["Allies weigh new cost-sharing round", "Troop cost talks drag on", "Envoys trade offers on defense costs",
         "Seoul, Washington at odds over upkeep bill", "Negotiators eye deal on troop funding",
         "Cost-sharing envoys to meet again"]
PUBS = [D(2019, 11, 13), D(2020, 3, 4), D(2020, 9, 23), D(2021, 2, 10), D(2022, 6, 15), D(2023, 1, 11),
        D(2023, 10, 18), D(2024, 4, 3), D(2024, 12, 11), D(2025, 7, 16), D(2019, 5, 7), D(2021, 8, 5)]


def iso(d: dt.date) -> str:
    """Return ``d`` as YYYY-MM-DD.

    >>> iso(D(2020, 1, 2))
    '2020-01-02'
    """
    return d.isoformat()


def longdate(d: dt.date) -> str:
    """The date line's form.

    >>> longdate(D(2020, 1, 2))
    'January 2, 2020'
    """
    return f"{MON[d.month]} {d.day}, {d.year}"


def short(d: dt.date) -> str:
    """AP month-day.

    >>> short(D(2020, 9, 2))
    'Sept. 2'
    """
    return f"{ABBR[d.month]} {d.day}"


def month_end(y: int, m: int) -> dt.date:
    """Last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return D(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) k months on.

    >>> add_months(2020, 12, 1)
    (2021, 1)
    """
    n = y * 12 + m - 1 + k
    return n // 12, n % 12 + 1


def article(i: int, pub: dt.date, body: str) -> str:
    """Headline, date line, blank line, body.

    >>> article(0, D(2020, 1, 2), "x").splitlines()[1]
    'January 2, 2020'
    """
    return f"{HEADS[i % len(HEADS)]}\n{longdate(pub)}\n\n{body}"


def _weekday_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    k = 2 + i % 4  # a weekday 2..5 days ahead: never publication's own weekday
    ahead = pub + dt.timedelta(days=k)
    out.append(("future_weekday", pub, article(i, pub, f"{who}, the chief negotiator, will visit Washington on "
                f"{WD[ahead.weekday()]} for a fresh round.\n\nThe ministry said the talks would last two days."),
                f"on {WD[ahead.weekday()]}", ahead, ahead))
    out.append(("future_weekday_from", pub, article(i, pub, f"The delegation led by {who} is set to hold talks "
                f"from {WD[ahead.weekday()]}, officials said."), WD[ahead.weekday()], ahead, ahead))
    back = pub - dt.timedelta(days=k)
    out.append(("past_weekday", pub, article(i, pub, f"SEOUL -- {who} met her U.S. counterpart on "
                f"{WD[back.weekday()]} in a bid to narrow the gap.\n\nNo agreement was reached."),
                f"on {WD[back.weekday()]}", back, back))
    said = pub - dt.timedelta(days=2)
    j = 1 + i % 3  # the day quoted is 1..3 days after the remark: yesterday, today or tomorrow to the writer
    meet = said + dt.timedelta(days=j)
    out.append(("quote_other_day", pub, article(i, pub, f"{who} said on {WD[said.weekday()]}: \"We meet again on "
                f"{WD[meet.weekday()]} and we will bring a new offer.\""), WD[meet.weekday()], meet, meet))
    return out


def _anchor_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    y = pub.year - 2 - i % 3
    out.append(("previous_year", pub, article(i, pub, f"In {y}, the allies signed the Harlow accord. The previous "
                f"year, talks had broken down twice, {who} recalled."), "The previous year", D(y - 1, 1, 1),
                D(y - 1, 12, 31)))
    m = 1 + (i * 5) % 12
    y2, m2 = add_months(y, m, 1)
    out.append(("following_month", pub, article(i, pub, f"Talks opened in {MON[m]} {y}. The following month, "
                f"{who} walked out of the room."), "The following month", D(y2, m2, 1), month_end(y2, m2)))
    ev = D(y, m, 3 + i * 2)
    n = 2 + i % 4
    words = ["", "", "Two", "Three", "Four", "Five"][n]
    out.append(("days_later", pub, article(i, pub, f"On {longdate(ev)}, the negotiators met in Honolulu. {words} "
                f"days later, {who} said a deal was close."), f"{words} days later", ev + dt.timedelta(days=n),
                ev + dt.timedelta(days=n)))
    out.append(("days_earlier", pub, article(i, pub, f"The accord was signed on {longdate(ev)}. {words} days "
                f"earlier, {who} had flown to Washington."), f"{words} days earlier", ev - dt.timedelta(days=n),
                ev - dt.timedelta(days=n)))
    out.append(("same_day", pub, article(i, pub, f"The envoys initialed the text on {longdate(ev)}. The same day, "
                f"{who} briefed lawmakers."), "The same day", ev, ev))
    out.append(("next_day", pub, article(i, pub, f"{who} arrived in Seoul on {longdate(ev)}. The next day, she met "
                "the foreign minister."), "The next day", ev + dt.timedelta(days=1), ev + dt.timedelta(days=1)))
    return out


def _weekend_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    mon = pub - dt.timedelta(days=pub.weekday())
    if pub.weekday() < 5:
        sat = mon + dt.timedelta(days=5)
        out.append(("this_weekend", pub, article(i, pub, f"Civic groups will rally this weekend against the "
                    f"deal, {who} said."), "this weekend", sat, sat + dt.timedelta(days=1)))
    last_sat = mon - dt.timedelta(days=2) if pub.weekday() < 5 else mon + dt.timedelta(days=5)
    out.append(("past_weekend", pub, article(i, pub, f"{who} met the envoy at the weekend, the ministry said."),
                "at the weekend", last_sat, last_sat + dt.timedelta(days=1)))
    return out


def _speech_month_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    sy, sm = add_months(pub.year, pub.month, -(3 + i % 5))
    ly, lm = add_months(sy, sm, -1)
    out.append(("speech_last_month", pub, article(i, pub, f"{who} told lawmakers in {MON[sm]} {sy} that the talks "
                "had stalled last month."), "last month", D(ly, lm, 1), month_end(ly, lm)))
    ny, nm = add_months(sy, sm, 1)
    out.append(("speech_next_month", pub, article(i, pub, f"{who} said in {MON[sm]} {sy} that the envoys would "
                "meet again next month."), "next month", D(ny, nm, 1), month_end(ny, nm)))
    return out


def _year_part_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    if pub > D(pub.year, 1, 10):
        out.append(("earlier_this_year", pub, article(i, pub, f"The two sides came close to a deal earlier this "
                    f"year, {who} said."), "earlier this year", D(pub.year, 1, 1), pub - dt.timedelta(days=1)))
    out.append(("late_last_year", pub, article(i, pub, f"Talks broke down late last year when {who} left."),
                "late last year", D(pub.year - 1, 9, 1), D(pub.year - 1, 12, 31)))
    out.append(("end_next_year", pub, article(i, pub, f"{who} hopes to ratify the deal by the end of next year."),
                "by the end of next year", D(pub.year + 1, 12, 31), D(pub.year + 1, 12, 31)))
    return out


def _month_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    later = 1 + (pub.month + 1 + i % 3) % 12  # a month after publication's in the calendar
    py = pub.year - 1 if later > pub.month else pub.year
    out.append(("month_past_after_pub", pub, article(i, pub, f"{who} opened the first round in {MON[later]}, "
                "and the gap has narrowed since."), f"in {MON[later]}", D(py, later, 1), month_end(py, later)))
    early = 1 + (pub.month - 3 - i % 3) % 12  # a month before publication's
    fy = pub.year + 1 if early < pub.month else pub.year
    out.append(("month_future_before_pub", pub, article(i, pub, f"The next round will open in {MON[early]}, {who} "
                "said."), f"in {MON[early]}", D(fy, early, 1), month_end(fy, early)))
    a, b = early, 1 + (early + 1) % 12
    if b > a:
        out.append(("month_range_future", pub, article(i, pub, f"The envoys will meet monthly from {MON[a]} to "
                    f"{MON[b]}, {who} said."), f"from {MON[a]} to {MON[b]}", D(fy, a, 1), month_end(fy, b)))
    return out


def _dateline_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    line = pub - dt.timedelta(days=1)
    y = line - dt.timedelta(days=1)
    out.append(("dateline_yesterday", pub, article(i, pub, f"WASHINGTON, {short(line)} (Yonhap) -- {who} met the "
                "U.S. negotiator yesterday, a diplomatic source said."), "yesterday", y, y))
    k = 2 + i % 4
    back = line - dt.timedelta(days=k)
    out.append(("dateline_weekday", pub, article(i, pub, f"WASHINGTON, {short(line)} (Yonhap) -- {who} flew in on "
                f"{WD[back.weekday()]} to prepare the round."), f"on {WD[back.weekday()]}", back, back))
    out.append(("dateline_today", pub, article(i, pub, f"WASHINGTON, {short(line)} (Yonhap) -- The envoys resume "
                f"talks today, {who} said."), "today", line, line))
    return out


def _broadcast_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    k = 1 + i % 3
    ahead = pub + dt.timedelta(days=k + 1)
    out.append(("broadcast_future", pub, article(i, pub, f"Good evening. Our top story tonight: {who} heads to "
                f"Washington next week, and the ministry says talks will begin on {WD[ahead.weekday()]}."),
                f"on {WD[ahead.weekday()]}", ahead, ahead))
    out.append(("broadcast_tomorrow", pub, article(i, pub, f"Good evening. {who} will brief lawmakers tomorrow on "
                "the state of the talks."), "tomorrow", pub + dt.timedelta(days=1), pub + dt.timedelta(days=1)))
    return out


def _more_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    out = []
    said = pub - dt.timedelta(days=2 + i % 2)
    j = 2 + i % 3
    meet = said + dt.timedelta(days=j)
    out.append(("quote_tag_after", pub, article(i, pub, f"\"We will sit down again on {WD[meet.weekday()]},\" {who} "
                f"told reporters on {WD[said.weekday()]}."), WD[meet.weekday()], meet, meet))
    sy, sm = add_months(pub.year, pub.month, -(3 + i % 4))
    ly, lm = add_months(sy, sm, -1)
    out.append(("quote_month_last_month", pub, article(i, pub, f"{who} told lawmakers in {MON[sm]} {sy}: \"We lost "
                "ground last month, and we know it.\""), "last month", D(ly, lm, 1), month_end(ly, lm)))
    y = pub.year - 2 - i % 3
    m = 1 + (i * 7) % 12
    py, pm = add_months(y, m, -1)
    out.append(("previous_month", pub, article(i, pub, f"The allies resumed talks in {MON[m]} {y}. The previous "
                f"month, {who} had warned of a rift."), "The previous month", D(py, pm, 1), month_end(py, pm)))
    out.append(("following_year", pub, article(i, pub, f"{who} joined the team in {y}. The following year, she "
                "led it."), "The following year", D(y + 1, 1, 1), D(y + 1, 12, 31)))
    ev = D(y, m, 4 + i * 2)
    wk = ev + dt.timedelta(days=7)
    out.append(("week_later", pub, article(i, pub, f"The ninth round ended on {longdate(ev)}. A week later, {who} "
                "flew home."), "A week later", wk, wk))
    out.append(("day_before", pub, article(i, pub, f"The deal was signed on {longdate(ev)}. The day before, {who} "
                "had called the minister."), "The day before", ev - dt.timedelta(days=1), ev - dt.timedelta(days=1)))
    wmon = ev - dt.timedelta(days=ev.weekday()) + dt.timedelta(days=7)
    out.append(("following_week", pub, article(i, pub, f"{who} landed in Seoul on {longdate(ev)}. The following "
                "week, talks resumed."), "The following week", wmon, wmon + dt.timedelta(days=6)))
    ny, nm = add_months(pub.year, pub.month, 1)
    out.append(("early_next_month", pub, article(i, pub, f"{who} is expected to visit Seoul early next month."),
                "early next month", D(ny, nm, 1), D(ny, nm, 10)))
    out.append(("late_next_year", pub, article(i, pub, f"A deal may not come until late next year, {who} warned."),
                "late next year", D(pub.year + 1, 9, 1), D(pub.year + 1, 12, 31)))
    nxt = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
    out.append(("said_next_week", pub, article(i, pub, f"{who} said on {WD[(pub - dt.timedelta(days=1)).weekday()]}"
                " that the envoys would meet again next week."), "next week", nxt, nxt + dt.timedelta(days=6)))
    line = pub - dt.timedelta(days=1)
    out.append(("kdateline_weekday", pub, article(i, pub, f"SEOUL, {short(line)} (Korea Herald) - {who} met the "
                f"envoy on {WD[(line - dt.timedelta(days=2)).weekday()]}, officials said."),
                WD[(line - dt.timedelta(days=2)).weekday()], line - dt.timedelta(days=2),
                line - dt.timedelta(days=2)))
    later = 1 + (pub.month + 1 + i % 3) % 12
    b = later + 2
    if later > pub.month and b <= 12:
        out.append(("month_range_past", pub, article(i, pub, f"{who} led the talks from {MON[later]} to {MON[b]}, "
                    "officials said."), f"from {MON[later]} to {MON[b]}", D(pub.year - 1, later, 1),
                    month_end(pub.year - 1, b)))
    return out


def _speech_time_cases(i: int, pub: dt.date, who: str) -> list[tuple]:
    """Framings added after the probes found three classes (datebat60's rules): "null" means left unresolved."""
    out = []
    sy, sm = add_months(pub.year, pub.month, -(2 + i % 4))
    word = ["yesterday", "this morning", "last night", "today"][i % 4]
    out.append(("month_speech_dayword", pub, article(i, pub, f"{who} told lawmakers in {MON[sm]} {sy} that the envoys "
                f"met {word}."), word, None, None))
    y = pub - dt.timedelta(days=1)
    out.append(("relative_aside_would", pub, article(i, pub, f"{who}, who said in {MON[sm]} {sy} that the talks would "
                "fail, arrived in Seoul yesterday."), "yesterday", y, y))
    early = D(pub.year, pub.month, 2 + i % 3)  # told early in a month, of speech in the month before
    _, pm = add_months(early.year, early.month, -1)
    out.append(("past_beyond_speech", early, article(i, early, f"{who} said in {MON[pm]} that the envoys had met "
                "yesterday."), "yesterday", None, None))
    return out


BUILDERS = [_weekday_cases, _anchor_cases, _weekend_cases, _speech_month_cases, _year_part_cases, _month_cases,
            _dateline_cases, _broadcast_cases, _more_cases,
            _speech_time_cases]


def build() -> list[tuple[str, str, str, str, str, str]]:
    """All cases, as (framing, published, text, exact, start, end) strings.

    >>> build()[0][0]
    'future_weekday'
    """
    cases = []
    for i, pub in enumerate(PUBS):
        who = PEOPLE[i % len(PEOPLE)]
        for b in BUILDERS:
            for fr, p, text, ex, s, e in b(i, pub, who):
                cases.append((fr, iso(p), text, ex, iso(s) if s else "null", iso(e) if e else "null"))
    return cases


CASES = build()
