"""Claim verdicts of session 58 (gate58, issue #10): a figure that a wish, plan, forecast or condition governs is
never called contradicted, and a modal of another clause does not withhold a fact.

- WISH GATE (``frames.wish_governs``, ``rules.modal_gate`` in ``check``): a verb of wanting, hoping, planning,
  deciding or expecting ("would love to see", "hopes", "intends to", "is expected to", "seeking to"), "if"/"unless",
  or a bare "will"/"would" of the writer's forecast, whose complement holds the figure (no clause boundary, other
  clause's word or indicative verb between; not "its X troops"; a bare modal not after a deal's terms or a verb of
  saying): the verdict is never `contradicted` (`unverifiable`, with the cue in the evidence). Asks, offers,
  forecasts and conversions keep their own rules. Old code's seven first-contact modality misses all fire it; none
  of the fourteen dev wrong figures the blunt "modal in the clause" gate loses does.
- OTHER CLAUSE (``frames.fact_clause_after`` in ``intent_before`` and ``deontic_before``): a demand, forecast or
  deontic word withholds nothing when a clause opens between it and the figure and the figure is its own past
  verb's object ("Though talks could drag on, Seoul paid X", "wants to know why Seoul paid X").

- MEND (mend58g, review58g's thirteen WORSE probes in my words): a past or perfect decision on an amount
  ("decided to pay X", "has decided to contribute X") is a fact unless a year after publication is named (a
  decided troop level stays a target: "decided to keep X troops"); "paid an expected X" (an adjective of forecast
  between a past verb's determiner and the figure) is a fact; a bare "would" under the package's reporting verbs
  ("noted", "wrote", "explained", "according to") or agreement names ("SMA", "accord", "pact") reports; "will pay
  X annually" tells the standing rate of a deal signed for the publication's year (not in a year between deals);
  "pay for X troops", "N of X troops", "all X troops" tell the level as there. The WORSE probes are caught on main
  and again here (NEAR).

ROWS fail on main and pass here; NEAR pass on both. Together they are this session's probe table (66 sentences, my
own words; re-run it on later code with the test).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from conftest import table
from test_verd56 import check_sentence

ROWS = table(
    r"""
published | sentence | needle | want
# HYPO: wish / want / plan / conditional / forecast — never contradicted
2019-06-10 | Mr. Dorsey would love to see Seoul pay 3 trillion won a year for the garrison. | 3 trillion won | not_contradicted
2019-06-10 | She hopes Seoul will contribute 2.5 trillion won this year toward the troops' upkeep. | 2.5 trillion won | not_contradicted
2019-06-10 | The Pentagon intends to keep about 22,000 soldiers on the peninsula. | 22,000 soldiers | not_contradicted
2019-06-10 | Officials hope to raise Seoul's payment by 30 percent this year. | 30 percent | not_contradicted
# PLAIN: wrong figures told as fact — caught
2019-06-10 | Though talks could drag on, Seoul paid 1.5 trillion won in 2019. | 1.5 trillion won | caught
2019-06-10 | If you ask me, Korea paid 2 trillion won for the troops in 2019. | 2 trillion won | caught
2019-06-10 | "We should remember that Seoul paid 2 trillion won last year," he said. | 2 trillion won | caught
# HYPO2: bare will/would of the writer's forecast, wish verbs in other words — never contradicted
2019-06-10 | Washington is seeking to station 35,000 soldiers in the South again. | 35,000 soldiers | not_contradicted
2019-06-10 | Korea wishes it paid only 500 billion won a year for the troops. | 500 billion won | not_contradicted
# PLAIN2: near misses, wrong figures as fact — caught
2019-06-10 | He wants a better deal because Seoul paid 2 trillion won in 2019. | 2 trillion won | caught
2019-06-10 | Trump wants to know why Seoul paid just 1.6 trillion won in 2019. | 1.6 trillion won | caught
# MEND: a pledge is no report; an adjective of forecast without a past verb stays a forecast (mend58g)
2021-07-01 | Korea vowed it would pay 1.7 trillion won in 2021. | 1.7 trillion won | not_contradicted
2021-07-01 | Korea will pay an expected 1.7 trillion won. | 1.7 trillion won | not_contradicted
2021-07-01 | Korea hopes it will contribute 1.7 trillion won each year. | 1.7 trillion won | not_contradicted
2019-12-01 | The Pentagon decided to keep 20,000 troops in South Korea. | 20,000 troops | not_contradicted
2019-12-01 | The Pentagon has decided to station 20,000 soldiers in South Korea. | 20,000 soldiers | not_contradicted
"""
)

NEAR = table(
    r"""
published | sentence | needle | want
# HYPO: wish / want / plan / conditional / forecast — never contradicted
2019-06-10 | The senator wants South Korea to hand over $6 billion every year for the soldiers. | $6 billion | not_contradicted
2019-06-10 | If Korea paid $7 billion a year, the alliance would be fine, the congressman said. | $7 billion | not_contradicted
2019-06-10 | Unless Seoul pays $4 billion this year, some troops may come home, the aide warned. | $4 billion | not_contradicted
2019-06-10 | Should Seoul agree to pay 2 trillion won, the talks could end quickly. | 2 trillion won | not_contradicted
2019-06-10 | Had Korea paid $3 billion last year, the dispute would never have started. | $3 billion | not_contradicted
2019-06-10 | Washington plans to trim its force in Korea to 20,000 troops. | 20,000 troops | not_contradicted
2019-06-10 | The garrison will shrink to roughly 24,000 troops, officials said. | 24,000 troops | not_contradicted
2019-06-10 | The new camp is projected to host about 50,000 soldiers and relatives by 2030. | 50,000 soldiers | not_contradicted
2019-06-10 | Seoul's share is likely to reach 1.8 trillion won this year, analysts said. | 1.8 trillion won | not_contradicted
2019-06-10 | Seoul's payment is expected to climb to 1.6 trillion won this year. | 1.6 trillion won | not_contradicted
2019-06-10 | The proposal would lift Seoul's share of the upkeep to 1.9 trillion won this year. | 1.9 trillion won | not_contradicted
2019-06-10 | Under the draft being discussed, Seoul might pay $2 billion this year. | $2 billion | not_contradicted
2019-06-10 | A cut of that size would leave only 15,000 U.S. troops in the South. | 15,000 U.S. troops | not_contradicted
2019-06-10 | He'd like allies to pay the whole cost of the troops plus 80 percent. | 80 percent | not_contradicted
2019-06-10 | In that case Korea could end up paying $2.5 billion a year. | $2.5 billion | not_contradicted
2019-06-10 | "If they gave us $9 billion a year, we would have a great deal," he told the crowd. | $9 billion | not_contradicted
2019-06-10 | Were the allies to settle, Seoul would pay 1.7 trillion won this year. | 1.7 trillion won | not_contradicted
2019-06-10 | The administration aims to cut its garrison in Korea to 18,000 by 2021. | 18,000 | not_contradicted
2019-06-10 | The Army has decided to bring the force down to 21,000 soldiers by 2022. | 21,000 soldiers | not_contradicted
2019-06-10 | Seoul is expected to spend about 2.2 trillion won on the troops this year. | 2.2 trillion won | not_contradicted
# PLAIN: wrong figures told as fact — caught
2019-06-10 | Seoul paid 2 trillion won for the U.S. troops in 2019. | 2 trillion won | caught
2019-06-10 | South Korea pays $3 billion a year for the troops, the senator said. | $3 billion | caught
2019-06-10 | There are 40,000 U.S. troops in South Korea now. | 40,000 U.S. troops | caught
2019-06-10 | Washington keeps 36,000 soldiers in South Korea today. | 36,000 soldiers | caught
2019-06-10 | The U.S. stations 40,000 troops in Korea, and Seoul should pay more, he said. | 40,000 troops | caught
2019-06-10 | Seoul pays 2 trillion won a year, and it would be fair to ask more, he said. | 2 trillion won | caught
2019-06-10 | We have 45,000 soldiers there, and if they don't pay, we will leave, he said. | 45,000 soldiers | caught
2019-06-10 | Korea paid 1.5 trillion won for the troops in 2019, and it may pay more next year. | 1.5 trillion won | caught
2019-06-10 | Seoul, which paid 1.4 trillion won in 2019, will pay more this year. | 1.4 trillion won | caught
2019-06-10 | He said Seoul paid 2 trillion won for the troops in 2019. | 2 trillion won | caught
2019-06-10 | She said the U.S. would keep its 40,000 troops in South Korea. | 40,000 troops | caught
2019-06-10 | Under a deal signed in March, Seoul will pay 1.5 trillion won this year. | 1.5 trillion won | caught
2019-06-10 | The two sides signed a pact under which Seoul would pay 1.5 trillion won in 2019. | 1.5 trillion won | caught
2019-06-10 | The agreement that took effect in April would raise Seoul's payment for 2019 to 1.5 trillion won. | 1.5 trillion won | caught
2019-06-10 | The allies agreed on a deal that would set Seoul's 2019 share at 1.6 trillion won. | 1.6 trillion won | caught
2019-06-10 | Seoul said it would pay 1.5 trillion won in 2019 under the new deal. | 1.5 trillion won | caught
2019-06-10 | Seoul is set to pay 1.5 trillion won this year under the deal signed in March. | 1.5 trillion won | caught
2019-06-10 | The U.S., which wants a bigger share, has 40,000 troops in South Korea. | 40,000 troops | caught
2019-06-10 | Seoul paid 1.5 trillion won in 2019, which may help the talks. | 1.5 trillion won | caught
# HYPO2: bare will/would of the writer's forecast, wish verbs in other words — never contradicted
2019-06-10 | Such a pullout will leave about 19,000 American troops in South Korea. | 19,000 American troops | not_contradicted
2019-06-10 | The new formula would push Seoul's share to about 2.4 trillion won this year. | 2.4 trillion won | not_contradicted
2019-06-10 | That change would put Seoul's annual bill at roughly $2.8 billion this year. | $2.8 billion | not_contradicted
2019-06-10 | The lawmakers prefer that Seoul cover 2 trillion won of the costs this year. | 2 trillion won | not_contradicted
2019-06-10 | The ministry has proposed to raise the payment by 25 percent this year. | 25 percent | not_contradicted
2019-06-10 | “If (Korea) gave us $8 billion a year, I would be happy,” the governor said. | $8 billion | not_contradicted
2019-06-10 | He would prefer Seoul to hand over $5.5 billion a year, plus a 20 percent fee. | 20 percent | not_contradicted
2019-06-10 | The Pentagon has decided to cut the force from the current 28,500 to 22,000 by 2021. | 22,000 | not_contradicted
# PLAIN2: near misses, wrong figures as fact — caught
2019-06-10 | Under the deal, Seoul will pay 1.6 trillion won this year. | 1.6 trillion won | caught
2019-06-10 | Seoul announced it would pay 1.6 trillion won in 2019. | 1.6 trillion won | caught
2019-06-10 | The accord under which Seoul would pay 1.6 trillion won in 2019 was signed in March. | 1.6 trillion won | caught
2019-06-10 | The senator hopes to visit the 40,000 U.S. troops in South Korea now. | 40,000 U.S. troops | caught
2019-06-10 | Washington plans more drills with its 40,000 troops in South Korea now. | 40,000 troops | caught
2019-06-10 | Officials want more money, though Seoul paid 1.6 trillion won in 2019. | 1.6 trillion won | caught
2019-06-10 | Seoul paid 1.6 trillion won in 2019 and hopes to pay less next year. | 1.6 trillion won | caught
2019-06-10 | The allies expect talks to go on; Seoul paid 1.6 trillion won in 2019. | 1.6 trillion won | caught
# MEND: review58g's WORSE, reworded — facts, deal terms, reports and levels told as there: caught (mend58g)
2021-07-01 | Korea decided to contribute 1.7 trillion won in 2021, its largest sum ever. | 1.7 trillion won | caught
2021-07-01 | The government has decided to provide 1.7 trillion won for the U.S. forces in 2021. | 1.7 trillion won | caught
2021-07-01 | Lawmakers decided to lift the payment to 1.7 trillion won this year. | 1.7 trillion won | caught
2019-12-01 | Korea contributed an expected 1.4 trillion won in 2019. | 1.4 trillion won | caught
2021-07-01 | Korea's payment rose to an expected 1.7 trillion won in 2021. | 1.7 trillion won | caught
2021-07-01 | Korea would pay 1.7 trillion won in 2021, the minister explained. | 1.7 trillion won | caught
2021-07-01 | According to officials, Korea would contribute 1.7 trillion won in 2021. | 1.7 trillion won | caught
2021-07-01 | The minister wrote that Korea would provide 1.7 trillion won in 2021. | 1.7 trillion won | caught
2021-07-01 | Korea would pay 1.7 trillion won in 2021 in line with the 11th SMA. | 1.7 trillion won | caught
2021-07-01 | Korea will contribute 1.7 trillion won each year. | 1.7 trillion won | caught
2021-07-01 | The new SMA means Korea will provide 1.7 trillion won a year. | 1.7 trillion won | caught
2019-12-01 | Washington wants Korea to pay for 45,000 American troops based there. | 45,000 | caught
2019-12-01 | The White House plans to pull 5,000 of 45,000 troops out of Korea. | 45,000 | caught
2021-07-01 | Korea has decided to raise the payment to 1.7 trillion won in 2024. | 1.7 trillion won | not_contradicted
2021-07-01 | Such a deal will cost Korea 1.7 trillion won a year. | 1.7 trillion won | not_contradicted
2019-12-01 | Washington wants to cut the force to 45,000 troops. | 45,000 | not_contradicted
2021-07-01 | Korea decided to contribute 1.7 trillion won. | 1.7 trillion won | caught
2019-12-01 | Washington decided to cut the force to 20,000 troops this year. | 20,000 troops | not_contradicted
2020-07-01 | Korea will pay 1.7 trillion won a year for the troops. | 1.7 trillion won | not_contradicted
"""
)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_gate58_rows(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)
