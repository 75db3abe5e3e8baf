"""Relative dates read as a careful reporter would (fix51d2, fifty-first session; issue 9): rows of my own wording
(Renn, Kessel, Pelora, Marsk), labelled by tests/corpus/README.md's date Conventions before the rules were written.

- QUOTE_MONTH_WORD: a month-wide word ("this month", "next month", "last month", "early/late next month", "the end
  of this/next month") in a quotation whose speech the text dates to one whole month ("Renn said in March 2023"):
  read from that month, which every day of it reads alike, as indirect speech reads it (lead, fifty-first session;
  `_month_word_told` in `_as_said`); every row was unresolved on main. QUOTE_MONTH_WORD_OPEN: finer words (a week, a
  weekday, "later this month"), a month's name, speech dated to part of a month or to a year, "the coming month":
  still unresolved ("null"). QUOTE_MONTH_WORD_CTRL: speech dated to a day, undated, or of publication's own month.
- DAY_BEFORE_BE: "on the <Nth>" after a past verb and right before "was/were/is/are/has/had" ("The rocket launched on
  the 4th was ..."): the day of the month (`_ON_THE_DAY_BE`); every row was dropped on main. DAY_BEFORE_BE_CTRL:
  "the 10th floor", "the 5th anniversary", no "on", no verb before it ("none": still no date).
- WEEKEND_BESIDE: "the weekend before," / "the weekend after" (a comma, a stop or "that" after it) after a day told:
  the last weekend before that day, the first after it, as "The Monday after," is (`_weekend_before_after`); every
  row was read from publication on main. WEEKEND_BESIDE_CTRL (the value read over the words, whatever its span): an
  event or holiday after "before", "last weekend", "the previous weekend", and no day told before it (main's
  reading from publication by its clause's tense, its span now holding "before"/"after").
- HAD_PLANNED: a plan in the past perfect ("had planned/expected/aimed/hoped to", "had been scheduled to ... through
  Wednesday"): its date read as past (`_had_planned` in `_plan_told_past` and `_planned`); every row read ahead on
  main. HAD_PLANNED_CTRL: "has planned", "plans", "had said he planned", "have aimed", "had agreed to ... by".

Mended after review51d2 (rows "mend:" and "control (review51d2):"): the month must date the speech verb itself
("said/told/asked in May", "In May, X said", "in a May interview"; `_month_dates_speech`), not a "who" clause or a
participle ("took office in May", "appointed in May"), and no other time beside it ("in May and June", "as in April");
"on the <Nth> was" only after "that/which/who" and an act, or a noun and an act's participle (`_act_on_day`: no golf,
rank, floor or plan verbs); a past-perfect plan revised later in its sentence ("but will now", "still plans to",
"now flies") keeps main's reading (`_had_plan_kept`, `_plan_revised`).

Rows: tests/cases/test_fix51d2.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test, read_dates, rows_test
from test_dates75 import check_no_item

TABLES = case_tables("test_fix51d2")
NO_ITEM = {name: TABLES.pop(name) for name in ("QUOTE_MONTH_WORD_OPEN", "DAY_BEFORE_BE_CTRL")}
OVER = {"WEEKEND_BESIDE_CTRL": TABLES.pop("WEEKEND_BESIDE_CTRL")}


def check_value_over(text: str, published: str, exact: str, start: str, end: str) -> None:
    """A date read in ``text`` that overlaps the first ``exact`` in it reads ``start``..``end`` (its span may differ).

    >>> check_value_over("Bo met Al the weekend before.", "2019-12-17", "the weekend", "2019-12-14", "2019-12-15")
    """
    at = text.index(exact)
    over = [(s, e) for x, s, e in read_dates(text, published) if 0 <= (i := text.find(x)) < at + len(exact)
            and i + len(x) > at]
    assert (start, end) in over, over


test_fix51d2 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
test_fix51d2_no_item = rows_test(check_no_item, **NO_ITEM)  # "null": read, left unresolved; "none": no date
test_fix51d2_over = rows_test(check_value_over, **OVER)
