"""Dates of the class "a change of office told as a clause or a noun after a word of time" (dates30, tenth session):
"until Biden took office", "right after the Biden administration took office", "since Biden's inauguration", "since
Trump's return to the White House", "before he was sworn in", "after Moon was inaugurated": the first day of the
holder's term (data/entities.csv), the latest begun by publication, or the one still to come when the verb is in the
present ("after Biden takes office", "before Trump is sworn in"); "since he took office in 2017": the term begun
that year. Found by a recall audit of the dev texts (a broad net of time words against the tool's spans), where
such clauses stood undated beside the forms the tool already reads ("since taking office", "after Trump's
inauguration"). Invented sentences; the holders are people of the gazetteer, whose first days are written here
(the data), and each row's range is computed below from them and the publication day, never from the tool."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import merged, read_dates, run_rows, table
from dateutil.relativedelta import relativedelta


def rows_test(rows: list[tuple[str, str, str, str, str]]) -> object:
    """A test that each row (text, publication day, exact words, start, end) is among the dates read (the rows run
    in merged chunks, each failing row named)."""

    def check(text: str, pub: str, exact: str, start: str, end: str) -> None:
        assert (exact, start, end) in read_dates(text, pub)

    @pytest.mark.parametrize("rows", merged([pytest.param(*r, id=f"{r[1]}:{r[0][-60:]}") for r in rows]))
    def test(rows: list[object]) -> None:
        run_rows(check, rows)

    return test


def controls_test(controls: list[tuple[str | None, ...]]) -> object:
    """A test that each control (text, publication day, its dates "exact=start..end; ...", or None) reads exactly
    those dates."""

    def check(text: str, pub: str, want: str | None) -> None:
        dates = [(x, *span.split("..")) for x, span in (d.split("=") for d in (want or "").split("; ") if d)]
        assert read_dates(text, pub) == dates

    @pytest.mark.parametrize("rows", merged([pytest.param(*c, id=str(c[0])[-60:]) for c in controls]))
    def test(rows: list[object]) -> None:
        run_rows(check, rows)

    return test

FIRST_DAYS = {  # data/entities.csv role_start of each holder used here
    "Trump": (dt.date(2017, 1, 20), dt.date(2025, 1, 20)),
    "Biden": (dt.date(2021, 1, 20),),
    "Moon": (dt.date(2017, 5, 10),),
}
FULL = {"Trump": "Donald Trump", "Biden": "Joe Biden", "Moon": "Moon Jae-in"}
PUBS = {  # publication days after (at least) one term of each holder began
    "Trump": ("2019-08-07", "2020-04-01", "2021-03-08", "2025-04-09", "2026-03-02"),
    "Biden": ("2021-03-08", "2022-06-30", "2024-10-17", "2025-07-09"),
    "Moon": ("2017-11-07", "2019-11-20", "2021-03-10", "2024-01-16"),
}


def latest_first(who: str, pub: str) -> str:
    """The first day of the latest term of ``who`` begun by ``pub``."""
    day = dt.date.fromisoformat(pub)
    return max(d for d in FIRST_DAYS[who] if d <= day).isoformat()


def next_first(who: str, pub: str) -> str:
    """The first day of the first term of ``who`` begun after ``pub``."""
    day = dt.date.fromisoformat(pub)
    return min(d for d in FIRST_DAYS[who] if d > day).isoformat()


# (frame, the exact words of the date in it); {X} a holder's family name, {F} the full name
PAST_FRAMES = table(
    r"""
frame | exact
No deal was reached until {X} took office. | until {X} took office
The deal was signed right after {F} took office, officials said. | after {F} took office
The two sides reached an agreement after President {F} took office. | after President {F} took office
The talks were concluded only after the {X} administration took office. | after the {X} administration took office
Seoul offered more before {X} came into office. | before {X} came into office
It was their first face-to-face meeting since {X}'s inauguration. | {X}'s inauguration
It was their first meeting since the inauguration of {F}, the ministry said. | the inauguration of {F}
It was the first call since {X} was sworn in, an aide said. | {X} was sworn in
The pact was signed shortly after {X} was inaugurated. | after {X} was inaugurated
Negotiators met again following {X}'s swearing-in. | None
Talks stalled until he took office, {X} said on the campaign trail. | until he took office
Seoul and Washington have met twice since the launch of the {X} administration. | the launch of the {X} administration
The deal was reached early on after the start of the {X} government. | after the start of the {X} government
Seoul agreed to pay more when {X} took office, officials said. | when {X} took office
When {F} was sworn in, the talks stalled. | When {F} was sworn in
"""
)
FUTURE_FRAMES = table(
    r"""
frame | exact
Talks will resume after {X} takes office. | after {X} takes office
Seoul wants the deal signed before {X} is sworn in. | before {X} is sworn in
Officials expect a new round of talks after {X} is inaugurated. | after {X} is inaugurated
"""
)
FUTURE_PUBS = {"Trump": ("2016-12-01", "2024-11-20"), "Biden": ("2020-11-20", "2021-01-05"),
               "Moon": ("2017-05-01",)}


def past_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for who, pubs in PUBS.items():
        for frame, exact in PAST_FRAMES:
            if exact is None:
                continue
            for pub in pubs:
                want = latest_first(who, pub)
                rows.append((frame.format(X=who, F=FULL[who]), pub, exact.format(X=who, F=FULL[who]), want, want))
    return rows


def future_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for who, pubs in FUTURE_PUBS.items():
        for frame, exact in FUTURE_FRAMES:
            for pub in pubs:
                want = next_first(who, pub)
                rows.append((frame.format(X=who, F=FULL[who]), pub, exact.format(X=who, F=FULL[who]), want, want))
    return rows


# the return of a holder to office: his latest term begun by publication
RETURN_ROWS = [
    ("It was the first call with a Korean leader since Trump's return to the White House.", pub,
     "Trump's return to the White House", latest_first("Trump", pub), latest_first("Trump", pub))
    for pub in ("2025-04-09", "2025-11-14", "2026-06-01")
] + [
    ("Seoul and Washington have held six rounds of talks since Trump returned to office.", pub,
     "Trump returned to office", latest_first("Trump", pub), latest_first("Trump", pub))
    for pub in ("2025-04-09", "2026-06-01")
]

# a year written after the clause picks the term begun that year, whatever the latest one
YEAR_ROWS = [
    (f"Trump has made the argument since he took office in {year}, aides said.", pub, "he took office",
     f"{year}-01-20", f"{year}-01-20")
    for year, pub in (("2017", "2019-11-20"), ("2017", "2025-04-09"), ("2025", "2025-04-09"))
] + [
    (f"Seoul signed the deal right after Trump took office in {year}.", pub, "after Trump took office",
     f"{year}-01-20", f"{year}-01-20")
    for year, pub in (("2017", "2025-07-09"), ("2025", "2025-07-09"))
]

ROWS = [*past_rows(), *future_rows(), *RETURN_ROWS, *YEAR_ROWS]


test_dates30_office = rows_test(ROWS)


# controls: forms the tool already reads (must not change), and near-misses that are no change of office of a
# holder with terms (a minister, a company, an office as a place): no date, or only the date written
CONTROLS = table(
    r"""
text | published | dates
Trump has pressed allies since taking office, the Pentagon said. | 2025-05-01 | taking office=2025-01-20..2025-01-20
Talks resumed after Trump's inauguration. | 2025-04-09 | after Trump's inauguration=2025-01-20..2025-01-20
It was their first meeting since Biden took office. | 2025-04-09 | Biden took office=2021-01-20..2021-01-20
Trump repeated it since his inauguration. | 2025-04-09 | his inauguration=2025-01-20..2025-01-20
The talks stalled after Kim took office as foreign minister. | 2025-04-09 | None
Prices rose after the firm took over the office. | 2025-04-09 | None
Seoul paid more after the minister was sworn in. | 2025-04-09 | None
After Trump took office, Biden criticised the deal; Biden said so on Monday. | 2025-04-09 | After Trump took office=2025-01-20..2025-01-20; on Monday=2025-04-07..2025-04-07
He was inaugurated in a ceremony. | 2025-04-09 | None
The talks will resume once the new envoy takes office. | 2025-04-09 | None
"""  # noqa: E501
)




# the election of a US president named as a clause or noun after a word of time ("after Biden won the election",
# "since Trump's re-election", "when Joe Biden was elected"): that election's day, the latest by publication
def us_election_day(year: int) -> dt.date:
    """The Tuesday after the first Monday of November of ``year``."""
    first = dt.date(year, 11, 1)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    return monday + dt.timedelta(days=1)


ELECTED = {who: tuple(us_election_day(d.year - 1) for d in days) for who, days in FIRST_DAYS.items() if who != "Moon"}
ELECTION_PUBS = {"Trump": ("2016-12-01", "2019-08-07", "2024-11-20", "2025-04-09"),
                 "Biden": ("2020-11-20", "2021-03-08", "2024-10-17")}
ELECTION_FRAMES = table(
    r"""
frame | exact
Talks resumed after {X} won the election. | after {X} won the election
Seoul broke off talks when {F} was elected, Trump said. | when {F} was elected
Talks have stalled since {X}'s election victory. | {X}'s election victory
Seoul moved fast following {X}'s election win. | following {X}'s election win
Seoul agreed to pay more before {X} was elected. | before {X} was elected
"""
)


def election_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for who, pubs in ELECTION_PUBS.items():
        for frame, exact in ELECTION_FRAMES:
            for pub in pubs:
                want = max(d for d in ELECTED[who] if d <= dt.date.fromisoformat(pub)).isoformat()
                text = frame.format(X=who, F=FULL[who])
                if who == "Trump" and "Trump said" in text:
                    text = text.replace("Trump said", "an aide said")
                rows.append((text, pub, exact.format(X=who, F=FULL[who]), want, want))
    return rows


test_dates30_elected = rows_test(election_rows())


# controls: an election of someone who is no US president, a vote that is no election of a person
ELECTION_CONTROLS = table(
    r"""
text | published | dates
Talks resumed after Kim won the election. | 2025-04-09 | None
Seoul moved fast after the assembly was elected. | 2025-04-09 | None
Talks resumed after Trump won the vote in Congress. | 2025-04-09 | None
Talks resumed since his election, Trump said. | 2025-04-09 | his election=2024-11-05..2024-11-05
"""
)



# a weekday with its date right after it, day first or in brackets ("on Friday 4 October", "on Friday, 4 October
# 2024", "Friday (Oct. 4)"): the weekday is that date when it falls on it (as "on Feb. 13 (Thursday)" already is),
# whatever the tense would read from publication; the date is read as before. Publication days a week or more
# away from the date, before and after it.
WEEKDAY_DATE_FRAMES = table(
    r"""
frame | exact | other
The deal was signed on {wd} {d} {mon}. | on {wd} | {d} {mon}
The deal was signed on {wd}, {d} {mon} {y}. | on {wd} | {d} {mon} {y}
Envoys will meet on {wd} {d} {mon} in Seoul. | on {wd} | {d} {mon}
The envoys met {wd} ({mon3}. {d}) in Seoul. | {wd} | {mon3}. {d}
Lee is set to visit Tokyo on {wd} ({mon} {d}). | on {wd} | {mon} {d}
"""
)
WEEKDAY_DATE_DAYS = [("2024-10-04", ("2024-10-14", "2024-10-22", "2024-09-20")),
                     ("2025-08-23", ("2025-09-03", "2025-08-12", "2025-08-30"))]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_date_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for day, pubs in WEEKDAY_DATE_DAYS:
        d = dt.date.fromisoformat(day)
        parts = {"wd": WEEKDAY_NAMES[d.weekday()], "d": d.day, "mon": f"{d:%B}", "mon3": f"{d:%b}", "y": d.year}
        for frame, wd_exact, date_exact in WEEKDAY_DATE_FRAMES:
            for pub in pubs:
                if "{y}" not in frame and abs((dt.date.fromisoformat(pub) - d).days) > 60:
                    continue
                text = frame.format(**parts)
                rows.append((text, pub, wd_exact.format(**parts), day, day))
                rows.append((text, pub, date_exact.format(**parts), day, day))
    return rows


test_dates30_weekday_date = rows_test(weekday_date_rows())


# controls: a date that is not the weekday's day (the weekday keeps its reading from publication), a date after a
# full stop or a word between, and the US order already read as one span
WEEKDAY_DATE_CONTROLS = table(
    r"""
text | published | dates
The deal was signed on Friday 5 October. | 2024-10-14 | on Friday=2024-10-11..2024-10-11; 5 October=2024-10-05..2024-10-05
The deal was signed on Friday. 4 October was a holiday. | 2024-10-14 | on Friday=2024-10-11..2024-10-11; 4 October=2024-10-04..2024-10-04
The deal was signed on Friday, and on 4 October Lee left. | 2024-10-14 | on Friday=2024-10-11..2024-10-11; on 4 October=2024-10-04..2024-10-04
The deal was signed on Friday, Oct. 4. | 2024-10-14 | on Friday, Oct. 4=2024-10-04..2024-10-04
"""  # noqa: E501
)



# Dates told beside a day (or year) told in the sentence before: a count before or after an anaphoric "that" ("two
# days after that", "three years before that": counted from that date, as "two days later" is; a count of one names
# that date itself, tests/corpus/README.md: a count of one before or after an event is the event's own date), "that
# same day (week, month, year)" (as "the same year"), and a part of a day beside it ("The next morning", "later that
# night", "the previous night": that day, the next, or the one before, as "the next day", "that day" are)
TOLD_BEFORE = [  # (a sentence with a date, the date's range: a day, or a year)
    ("Lee arrived in Seoul on Oct. 1, 2024.", dt.date(2024, 10, 1), dt.date(2024, 10, 1)),
    ("The envoys first met on March 12, 2019.", dt.date(2019, 3, 12), dt.date(2019, 3, 12)),
    ("The old pact was signed in 2014.", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
]


def counted_frames(unit: str) -> list[tuple[str, str, relativedelta]]:
    """(sentence, exact, move) of a count of ``unit`` before or after "that": a count of one moves nothing."""
    out = []
    for word, n in (("two", 2), ("three", 3), ("a", 1)):
        u = unit if n == 1 else unit + "s"
        move = relativedelta(**{unit + "s": n}) if n > 1 else relativedelta()
        out += [(f"He met Kim {word} {u} after that.", f"{word} {u} after", move),
                (f"{word.capitalize()} {u} after that, the talks resumed.", f"{word.capitalize()} {u} after", move),
                (f"The two sides had held a first round {word} {u} before that.", f"{word} {u} before", -move)]
    return out


def same_span(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The ``unit`` (day, Monday-Sunday week, month, year) that holds ``day``."""
    if unit == "week":
        return day - dt.timedelta(days=day.weekday()), day + dt.timedelta(days=6 - day.weekday())
    if unit == "month":
        return day.replace(day=1), day.replace(day=1) + relativedelta(months=1, days=-1)
    return (day, day) if unit == "day" else (day.replace(month=1, day=1), day.replace(month=12, day=31))


PARTS_OF_DAY = table(
    r"""
frame | exact | days
The next morning, he met Kim. | The next morning | 1
He met Kim the following evening. | the following evening | 1
That night, he met Kim. | That night | 0
He met Kim later that night. | later that night | 0
He met Kim the same afternoon. | the same afternoon | 0
He had met Kim the previous night. | the previous night | -1
"""
)


def told_before_rows(kind: str) -> list[tuple[str, str, str, str, str]]:
    """Rows of one kind ("after that", "that same", "part of day"), after each sentence of ``TOLD_BEFORE``."""
    rows = []
    for first, lo, hi in TOLD_BEFORE:
        wanted: list[tuple[str, str, dt.date, dt.date]] = []
        if kind == "after that":
            for unit in ("year",) if lo != hi else ("day", "week"):
                wanted += [(s, x, lo + move, hi + move) for s, x, move in counted_frames(unit)]
        elif kind == "that same" and lo == hi:
            for unit in ("day", "week", "month", "year"):
                span = same_span(unit, lo)
                wanted += [(f"He met Kim that same {unit}.", f"that same {unit}", *span),
                           (f"That same {unit}, the talks resumed.", f"That same {unit}", *span)]
        elif kind == "part of day" and lo == hi:
            moved = [(s, x, lo + dt.timedelta(days=int(k))) for s, x, k in PARTS_OF_DAY]
            wanted += [(s, x, d, d) for s, x, d in moved]
        rows += [(f"{first} {s}", pub, x, a.isoformat(), b.isoformat())
                 for s, x, a, b in wanted for pub in ("2025-04-09", "2025-11-20")]
    return rows


test_dates30_after_that = rows_test(told_before_rows("after that"))
test_dates30_that_same = rows_test(told_before_rows("that same"))
test_dates30_part_of_day = rows_test(told_before_rows("part of day"))

# controls: "later" and an event named after "after" (already read), "that" as a conjunction before "next year"
# (from publication) or before "morning talks", "the same year", a weekday's part, "tonight"
test_dates30_told_before_controls = controls_test(table(
    r"""
text | published | dates
Lee arrived in Seoul on Oct. 1, 2024. He met Kim two days later. | 2025-04-09 | on Oct. 1, 2024=2024-10-01..2024-10-01; two days later=2024-10-03..2024-10-03
The vote was held on Oct. 1, 2024. Two days after the vote, Lee resigned. | 2025-04-09 | on Oct. 1, 2024=2024-10-01..2024-10-01; Two days after=2024-10-03..2024-10-03
Lee arrived in Seoul on Oct. 1, 2024. He said that next year Seoul will pay more. | 2025-04-09 | on Oct. 1, 2024=2024-10-01..2024-10-01; next year=2026-01-01..2026-12-31
Lee arrived in Seoul on Oct. 1, 2024. He met Kim the same year. | 2025-04-09 | on Oct. 1, 2024=2024-10-01..2024-10-01; the same year=2024-01-01..2024-12-31
Lee arrived in Seoul on Oct. 1, 2024. He said that morning talks would resume. | 2025-04-09 | on Oct. 1, 2024=2024-10-01..2024-10-01
Lee met Kim on Tuesday morning. | 2025-04-09 | on Tuesday morning=2025-04-08..2025-04-08
Lee will meet Kim tonight. | 2025-04-09 | tonight=2025-04-09..2025-04-09
"""  # noqa: E501
))

test_dates30_controls = controls_test([*CONTROLS, *ELECTION_CONTROLS, *WEEKDAY_DATE_CONTROLS])
