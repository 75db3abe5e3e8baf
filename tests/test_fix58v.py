"""Claim verdicts of fix58v: the modality gate (gate58, mend58g) reached past a wish's complement; it no longer
withholds a wrong figure the wish does not govern.

- BASE (``frames._BASE_FROM``): a figure right after "from" (past a hedge) is the level a wished change is counted
  from, told as there ("wants Seoul to triple its payment from X"): judged, not gated.
- LEVEL (``frames._PRESUPPOSED_LEVEL``): "a bill for hosting X troops", "for keeping X soldiers" presuppose the level
  as "pay for X troops" does.
- ASKED (``frames._ASKED_IF``): "asked/wondered/questioned if" opens an embedded question, not a condition.
- STEP (``frames._bare_told``, ``_WILL_CHANGE``): a bare "will" before a verb of change whose subject is the payment,
  in a year a signed deal covers, tells the deal's yearly step (as "will pay X annually" does, mend58g).
- DEMAND (``rules.modal_gate``, ``_OWN_RULE_MODALITIES``): a multiple or share read as an ask or offer keeps the
  demand's own rules, whatever its quantity ("wants Seoul's share to grow eightfold").

ROWS fail on main (63e7d5c8) and pass here; NEAR pass on both (my own sentences).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from conftest import table
from test_verd56 import check_sentence

ROWS = table(
    r"""
published | sentence | needle | want
# BASE
2019-11-20 | Congress wants Korea to triple its annual contribution from 2 trillion won. | 2 trillion won | caught
# DEMAND
2019-11-20 | Washington wants Korea's share to grow eightfold. | eightfold | caught
# LEVEL
2020-06-10 | Korea wants a lower bill for hosting 60,000 American soldiers. | 60,000 American soldiers | caught
2020-06-10 | Korea hopes for a lower bill for keeping some 60,000 American soldiers. | 60,000 American soldiers | caught
# ASKED
2019-11-20 | Dana Pruitt wondered if Korea paid $40 billion for the troops last year. | $40 billion | caught
2019-11-20 | Senators questioned if Seoul paid 4 trillion won for the troops in 2018. | 4 trillion won | caught
# STEP
2026-02-01 | Korea's contribution will grow 6.1 percent. | 6.1 percent | caught
"""
)

NEAR = table(
    r"""
published | sentence | needle | want
# BASE: "from" not before the figure
2019-11-20 | Congress wants Korea to pay 2 trillion won from next year. | 2 trillion won | not_contradicted
# DEMAND: a multiple of a wish stays the wish's
2019-11-20 | The senator would like Korea's contribution to climb sevenfold. | sevenfold | not_contradicted
# LEVEL: no "for" before the count
2020-06-10 | Korea hopes to keep hosting 60,000 American soldiers. | 60,000 American soldiers | not_contradicted
# ASKED: "if" after other words, or opening the sentence, is a condition
2019-11-20 | Dana Pruitt will ask for more if Korea paid $40 billion for the troops last year. | $40 billion | not_contradicted
2019-11-20 | If Korea paid $40 billion for the troops last year, the talks would be over. | $40 billion | not_contradicted
# STEP: a year between deals, a wish over the "will", and a right step
2020-06-10 | Korea's contribution will grow 6.1 percent. | 6.1 percent | not_contradicted
2026-02-01 | Korea hopes its contribution will grow 6.1 percent. | 6.1 percent | not_contradicted
2026-02-01 | Korea's contribution will increase 8.3 percent. | 8.3 percent | supported
"""
)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_fix58v_rows(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)
