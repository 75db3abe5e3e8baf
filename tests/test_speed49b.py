"""speed49b: the general, exact parts of speed49 (without ``scan.Words``, which pays only on text that repeats its
words): ``quote_rules._plain_marks`` skips its scan for a text holding none of ``_MARK_CHARS``' characters,
``amounts._times_after_verb`` finds "times" with two patterns (one a case of its first letter) as one did, the kept
``_BLANKS_OR_DASHES``/``_BLANK`` patterns split and strip as ``re.split``/``re.sub`` did, ``dates._month_range``
gives ``calendar.monthrange``'s last day, and ``quote_rules._MONTH_NAMES`` holds what ``calendar.month_name`` did.
"""

from __future__ import annotations

import calendar
import random
import re

from analysis.extract import amounts, dates, quote_rules


def test_plain_marks_list_is_the_mark_pattern() -> None:
    assert set(quote_rules._MARKS) == set(quote_rules._MARK_CHARS.pattern.strip("[]"))
    text = "He said “no” and «non»." + "x" * 10
    assert quote_rules._plain_marks(text) == "He said “no” and “non”." + "x" * 10
    for mark in quote_rules._MARKS:  # a text holding any one of the marks is still scanned
        text = f"Bo said {mark}no{mark} twice."
        found = [m for c in quote_rules._MARK_CHARS.finditer(text)
                 if (m := quote_rules._OTHER_MARKS.match(text, c.start()))]
        assert (quote_rules._plain_marks(text) is text) == (not found), mark


def _times_after_verb_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``amounts._times_after_verb`` as it was: one search of ``[tT](?i:imes)`` a stretch."""
    times, done, out = re.compile("[tT](?i:imes)"), start, []
    t = times.search(text, start, end)
    while t is not None:
        a = amounts._after_last_mark(text, done, t.start())
        mark = amounts._CLAUSE_MARK.search(text, t.end(), end)
        done = end if mark is None else mark.end()
        out += [m.span() for m in amounts._verbs_of_increase(text, a, done)]
        t = times.search(text, done, end)
    return out


def test_times_after_verb_reads_what_one_search_of_both_cases_did() -> None:
    rnd = random.Random(2)
    words = ["times", "Times", "TIMES", "t\u0130mes", "t\u0131me\u017f", "rose", "raised", "increased", "five", "1.5",
             "ten", ".", ";", " ", "by", "doubling", "T", "imes", "grew", "jumped"]
    for _ in range(3000):
        t = "".join(rnd.choice(words) + rnd.choice([" ", ""]) for _ in range(rnd.randint(0, 30)))
        s = rnd.randint(0, len(t))
        e = rnd.randint(s, len(t))
        assert [m.span() for m in amounts._times_after_verb(t, s, e)] == _times_after_verb_before(t, s, e), (t, s, e)


def test_kept_split_patterns_do_what_re_module_functions_did() -> None:
    rnd = random.Random(4)
    pieces = ["one", "hundred", "-", "--", " ", "\t", "\n", "\u00a0", "\u2009", "\x1c", "and", "a", "US", "HK", ""]
    for _ in range(20_000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert amounts._BLANKS_OR_DASHES.split(s) == re.split(r"[\s-]+", s), repr(s)
        assert amounts._BLANK.sub("", s) == re.sub(r"\s", "", s), repr(s)


def test_month_range_ends_on_monthrange_last_day() -> None:
    for y in (1, 1900, 1999, 2000, 2023, 2024, 2100, 9999):
        for m in range(1, 13):
            period = dates._month_range(y, m)
            assert (period.lo.day, period.hi) == (1, period.hi.replace(day=calendar.monthrange(y, m)[1])), (y, m)


def test_month_names_set_is_calendar_month_name() -> None:
    for word in ["", "May", "may", "June", "Monday", "Jan", "December", "Sept", "Bo"]:
        assert (word in quote_rules._MONTH_NAMES) == (word in calendar.month_name and word != ""), word
