"""Classes of claim failures a prober found in sentences of their own (thirty-fourth session's probe35: 207
one-paragraph probes of multi-figure, list, quote, relative-year and hedged copy; /work/wt/probe35/REPORT.md), mended
by shape, each with variants in other words and near misses that keep their reading:

- DEAL_SUBJECT (B): "The 2019 deal raised Seoul's payment by 13.9 percent": the year of the deal that is the change's
  subject was dropped, and the change rebound to any year it fits (the publication year's, any deal's first rise);
  now it is that deal's rise (``frames.deal_year_subject``, ``rules.deal_year_rows``, ``rules._in_named_deal``).
- QA_YEAR (B): "Q: What did Seoul pay in 2019?" then "A: 1.25 trillion won.": the answer is of the year asked and the
  payment the question names (``frames.answer_year``, ``frames.answered_payment``).
- YEAR_RANGE (B): "sought $1.3 billion for 2020 and 40,000 US troops remained": a year and a count read as one range
  "2020 and 40,000 US troops" (``counts._past_year``).
- LABEL (C): "* 2019 payment: 1.4 trillion won": the label before the colon names the figure's year and quantity
  (``frames.figure_label``, ``frames.label_year``, ``frames.labelled_payment``), also for the percent in brackets after
  the amount.
- GAP_DATE (C): "This year Seoul paid X; the year before, Y": the date opening the clause after the semicolon fixes
  Y's year (``frames.fronted_date``), and the payment verb left out of that clause is the one before it
  (``frames.dated_gap_payment``).
- LIST_HEAD (D): "Payments by year" over lines "2018 — X": a head opening on the payment word and naming no payer reads
  its items as the payment on the context cue only (``Frame.loose``: never contradicted; ``frames.head_reading``).
- YEAR_SHARE (D): "The 2021 share will be X": "the <year> share" names the payment (``frames._PAYMENT``).
- JOINED_CLAUSE (E): "Trump demanded $5 billion and the defence budget was X": the budget of the clause joined after
  the demand named the demand (``frames.joined_clause_at``).
- X_TIMES (H): "10x what Seoul pays", "x10 the 2019 payment": a multiple written with a multiplication sign was not
  read (``amounts._X_TIMES``).

Rows: tests/cases/test_cfix37.csv, each one paragraph under the headline "T".
"""

from __future__ import annotations

import pytest
from conftest import case_tables
from test_probe34 import misses

ROWS = case_tables("test_cfix37")  # tests/cases/test_cfix37.csv


@pytest.mark.parametrize("table", sorted(ROWS))
def test_cfix37_class(table: str) -> None:
    """Every row of one class gets its verdict (tests/test_probe34.py's ``misses``)."""
    bad = misses(ROWS[table])
    assert not bad, "\n".join(bad)
