"""The misses of the 147th and 148th dev batches, as classes (real52c, session 52): rows of my own wording (made-up
places and people: Tolvig, Camp Tolvig; real agreements, whose terms are data), each table's rows failing on main,
its ``_CTRL`` table the near misses that keep main's answer.

- ``TERM``: a deal's length told of one concluded SMA (tests/corpus/README.md, lead, fifty-first session) with the
  two sides named between the length and the noun ("the six-year U.S.-ROK cost-sharing deal", "bilateral";
  ``terms._MODS``); named by the day it took effect (``terms.in_force``: the latest agreement concluded by then, the
  day within a year of that or in its term's first year, not after its term), by the day it expired
  (``terms.ended_agreement``: "the previous five-year agreement expired on Dec. 31", the date holding one term's last
  day, a past word only before the length, the expiry's own clause a fact) or by an aside dating its signing
  (``terms.dated_aside``: "the 10th SMA, a one-year deal signed in March 2019,"). ``TERM_CTRL``: a wish, talks,
  another host, a retroactive start, an aside before the verb, "next", a condition, a future expiry, "ended talks", an
  aside whose date is no signing of it, another pair of sides; mend52c: a full date kept past its own comma ("on
  Sept. 1, 2021"), a party that is no country ("among NATO members") or another host named in the sentence before
  with no Korea or SMA in either (``terms.host_before``, also main's "signed in March" after "Tokyo's talks ...").
- ``AREA``: a multiple of a place's size or area ("five times the size of Yeouido") is another quantity, not a ratio
  of payments (``frames.area_base``). ``AREA_CTRL``: the size of a payment, a possessive, the SMA (main's answers).
- ``FALL``: "this (last, next) fall in <place>" is the season (``dates._FALL_IN_PLACE``). ``FALL_CTRL``: "fall in" a
  noun of decline ("this fall in exports", a possessive or an adjective after the name, a possessive before "last"
  or a month after: ``dates._fall_noun``) and the verb; mend52c: no lone capital as a name's word, an initialism
  keeps its dot ("this fall in U.S. exports"), a title's full stop or one before a possessive ends no name
  (``dates.PLACE_STOP``, also ``frames._AREA_BASE``: "the size of S. Korea's 2019 payment").

Rows: tests/cases/test_real52c.csv (``want``: a verdict or "none" for the claim at ``exact``; for ``FALL`` the
range ``start..end`` or "none").
"""

from __future__ import annotations

import datetime as dt

from conftest import case_tables, rows_test

TABLES = case_tables("test_real52c")


def check_real52c(published: str, text: str, exact: str, want: str) -> None:
    """The claim at the words ``exact`` of a one-paragraph article has the verdict
    ``want`` ("none": no such claim).

    >>> check_real52c("2021-09-20", "Seoul signed the six-year 11th SMA in April.", "six-year", "supported")
    """
    from analysis.check import check_text

    claims = check_text("T\n\n" + text, published).claims
    got = [c.verdict for c in claims if c.exact == exact]
    assert (got[0] if got else "none") == want, (got, text)


def check_real52c_date(published: str, text: str, exact: str, want: str) -> None:
    """The date ``find_dates`` reads at the words ``exact`` resolves to ``want`` ("start..end"; "none": no date).

    >>> check_real52c_date("2025-08-26", "Lee will visit Washington this fall.", "this fall", "2025-09-01..2025-11-30")
    """
    from analysis.extract.dates import find_dates

    got = [f"{v['start']}..{v['end']}" for *_, x, v in find_dates(text, dt.date.fromisoformat(published)) if x == exact]
    assert (got[0] if got else "none") == want, (got, text)


test_real52c_claims = rows_test(check_real52c, **{k: v for k, v in TABLES.items() if not k.startswith("FALL")})
test_real52c_dates = rows_test(check_real52c_date, **{k: v for k, v in TABLES.items() if k.startswith("FALL")})
