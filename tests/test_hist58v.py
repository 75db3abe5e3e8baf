"""Claim verdicts of session 58 (hist58v, issue #10): right figures that old code called contradicted at first
contact with dev articles (the code of 151b3262, 03dd4d36, 835d9981 and 13e59c84 on the dev articles added after
each), grouped by what in the frame was uncertain, then probed in my own words on the current code. Two classes were
still fixed only on the wording they were written from; their rules now read the principle:

- PART_OF_COST: an amount told as a part of the sentence's amount right before it ("X of it", "X of that", "X of
  which", "X of the total") when that amount is what a thing costs (``frames.part_of_cost`` over
  ``frames.thing_costs``): a share of a building's price, not the year's SMA payment, whoever paid it and whatever
  the verb (mend57v's ``project_cost_part`` read only "at a cost of" after a building verb and a part "was funded").
  Near misses: a payment a year beside such a price (right: supported; wrong: caught), a part of an ask (right:
  supported; wrong: caught), a payment told alone (wrong: caught).
- PAST_LEVEL: a troop count told in the past tense with no year ("had more than N") and as changed since after any
  conjunction of contrast or time ("though it is now scaling back that force", "although", "while it has since
  drawn down") is an earlier level (``rules.past_level``; cfix43 read only "but", "and", "before", "until"). Near misses:
  the present "has" with the same tail, a boast in the past tense with no change told (both caught).

- PART_OF_NAMED_PROJECT: an amount told as a part of costs its own words do not name ("X of those costs", "X of the
  expenses") while its sentence or the one before names a building project (moving, building, expanding a base) and
  no word of the cost-sharing or the troops' upkeep is the project's share (``frames.part_of_named_project``;
  ``part_of_other_cost`` read only "of the costs of <what>"). Near misses: the troops' upkeep named before (right:
  supported; wrong: caught), the upkeep named beside the project (caught: the costs may be either), no costs named.

mend58v (review58v found 20 right or wrong figures these rules misjudged): part_of_cost now needs a building or a
building act as the thing priced, and no recurrence, keep, deal, share or SMA words (the troops only beside a
building act); part_of_named_project needs the project's site ("building the new camp", not "construction, labor and
logistics") and no deal, share or troops words on either side; _SINCE_CUT needs the troops or their level as the thing
cut, no modal or intent before the verb, and "since" only as "since then". The review's probes, reworded, are near
misses in NEAR (they pass on main and here).

PROBES are all the paraphrase probes of the classes, run on the current code (none may be contradicted); on 17c454ce
4 of them are (PART_OF_COST 2, PAST_LEVEL 1, PART_OF_NAMED_PROJECT 1; the reworded range's low end is unverifiable
there, where the old wording's was contradicted). NO_CLAIM are figures of the war, not of the garrison, that no claim
holds (tidy58v: as probes they could not fail, since a figure with no claim reads as not_checkable).

tidy58v (finalread58b): rows and probes that retold dev sentences are reworded (other places, numbers and words;
the same grammar, and the same role: ROWS fail on 17c454ce, NEAR and PROBES keep their verdicts there).
"""

# ruff: noqa: E501
from __future__ import annotations

import claims56_probes
import pytest
from conftest import table
from test_verd56 import check_sentence, verdict_of

ROWS = table(
    r"""
published | sentence | needle | want
# PART_OF_COST
2017-11-10 | The airbase was rebuilt at a cost of about $6.4 billion, and $5.1 billion of it came from Seoul. | $5.1 billion | not_contradicted
2017-11-10 | The new post cost some $10.5 billion; Seoul paid $9.4 billion of that. | $9.4 billion | not_contradicted
2018-09-14 | The hospital complex cost about $3.1 billion, and South Korea has paid $2.7 billion of the total. | $2.7 billion | not_contradicted
# PAST_LEVEL
2013-12-12 | The Pentagon had roughly 37,500 troops on the peninsula, though it is now scaling back that force. | roughly 37,500 troops | not_contradicted
2013-12-12 | America had about 37,000 service members in the South, although it has been lowering their number. | about 37,000 service members | not_contradicted
2013-12-12 | Washington had some 37,000 troops in the South, while it has since drawn down the garrison. | some 37,000 troops | not_contradicted
# PART_OF_NAMED_PROJECT
2009-04-20 | The partners are still at odds over relocating the air wing to the coast. In the first draft, Seoul was to cover 2 to 2.5 trillion won of those expenses, with Washington paying the balance. | 2.5 trillion won | not_contradicted
2009-04-20 | Expanding the southern depot has cost far more than planned. Seoul agreed to shoulder roughly 3.6 trillion won of the expenses, officials said. | roughly 3.6 trillion won | not_contradicted
2010-06-02 | The allies are still arguing over relocating the command. Korea has so far paid 3.3 trillion won of those expenses. | 3.3 trillion won | not_contradicted
"""
)

NEAR = table(
    r"""
published | sentence | needle | want
# PART_OF_COST near misses
2017-11-10 | The depot cost some $7 billion, and Seoul pays $900 million a year for the troops. | $900 million | not_contradicted
2017-11-10 | The depot cost some $7 billion, and Seoul pays $9 billion a year for the troops. | $9 billion | caught
2019-12-01 | Washington asked for $5 billion, and Seoul paid $920 million of it in 2019. | $920 million | supported
2019-12-01 | Washington asked for $5 billion, and Seoul paid $3 billion of it in 2019. | $3 billion | caught
2019-12-01 | Seoul paid $3 billion in 2019 for the troops. | $3 billion | caught
# PAST_LEVEL near misses
2013-12-12 | America has about 37,000 service members in the South, though it is now lowering their number. | about 37,000 service members | caught
2019-02-13 | "We had 42,000 soldiers at risk and they paid nothing," the president said. | 42,000 soldiers | caught
2019-02-13 | We have 40,000 troops there, though they pay very little, he said. | 40,000 troops | caught
# PART_OF_NAMED_PROJECT near misses
2019-12-01 | The allies haggle over the troops' upkeep. Korea paid 1.3 trillion won of those costs in 2019. | 1.3 trillion won | caught
2019-12-01 | The allies haggle over the troops' upkeep. Korea paid 1.0389 trillion won of those costs in 2019. | 1.0389 trillion won | supported
2019-12-01 | Moving the base was costly, and Seoul also bears the upkeep of the troops. Korea paid 3 trillion won of those costs in 2019. | 3 trillion won | caught
2019-12-01 | Seoul paid 3 trillion won of the costs in 2019. | 3 trillion won | caught
# mend58v (review58v's WORSE probes, reworded): a share of the troops' running cost, of the deal's total, or a demand
2021-05-01 | Keeping the soldiers on the peninsula costs the Pentagon roughly $4.4 billion a year, and Seoul pays 1.18 trillion won of that. | 1.18 trillion won | supported
2021-05-01 | Keeping the soldiers on the peninsula costs the Pentagon roughly $4.4 billion a year, and Seoul pays 2.8 trillion won of that. | 2.8 trillion won | caught
2026-03-01 | The U.S. garrison costs some $4.8 billion a year to run, and Seoul pays 1.52 trillion won of the total under the latest deal. | 1.52 trillion won | supported
2026-03-01 | The U.S. garrison costs some $4.8 billion a year to run, and Seoul pays 2.3 trillion won of the total under the latest deal. | 2.3 trillion won | caught
2025-04-01 | Upkeep of the American soldiers costs about $4.2 billion annually; Seoul pays 1.4 trillion won of that this year. | 1.4 trillion won | supported
2025-04-01 | Upkeep of the American soldiers costs about $4.2 billion annually; Seoul pays 2.5 trillion won of that this year. | 2.5 trillion won | caught
2019-04-01 | Maintaining the U.S. forces costs roughly $3.4 billion each year, and Korea pays 1.04 trillion won of that sum under the new SMA. | 1.04 trillion won | supported
2021-05-01 | Keeping the force costs some $4.4 billion, and Seoul is to pay 1.18 trillion won of that in 2021, officials said. | 1.18 trillion won | supported
2020-07-01 | The deployment costs roughly $4.2 billion a year, and Washington wants $1.3 billion of it from Seoul this year. | $1.3 billion | supported
# mend58v: the cost-sharing's own categories, or a base's growth with the troops, named before "those costs"
2026-03-01 | Under the pact, Seoul pays for construction, labor and logistics for the American forces. It will pay 1.52 trillion won of those costs this year. | 1.52 trillion won | supported
2026-03-01 | Under the pact, Seoul pays for construction, labor and logistics for the American forces. It will pay 2.7 trillion won of those costs this year. | 2.7 trillion won | caught
2019-04-01 | Seoul's money goes to Korean employees, building work and supplies for the U.S. forces. Korea pays 1.04 trillion won of those costs this year. | 1.04 trillion won | supported
2019-04-01 | Seoul's money goes to Korean employees, building work and supplies for the U.S. forces. Korea pays 2.1 trillion won of those costs this year. | 2.1 trillion won | caught
2025-06-01 | The U.S. keeps 28,500 troops in the South and is expanding its presence near the capital. Seoul pays 1.4 trillion won of those costs this year. | 1.4 trillion won | supported
2025-06-01 | The U.S. keeps 28,500 troops in the South and is expanding its presence near the capital. Seoul pays 2.8 trillion won of those costs this year. | 2.8 trillion won | caught
2021-05-01 | Korea's share, settled in April, covers logistics, construction and labor. It pays 1.18 trillion won of those costs in 2021. | 1.18 trillion won | supported
2021-05-01 | Korea's share, settled in April, covers logistics, construction and labor. It pays 2.2 trillion won of those costs in 2021. | 2.2 trillion won | caught
# mend58v: a clause after a past level that tells no change of it (a threat, an intent, a cause, another thing cut)
2019-08-01 | The U.S. had 41,000 troops in South Korea, while the president threatened to pull them out. | 41,000 troops | caught
2019-08-01 | The U.S. had 35,500 troops in South Korea, though Seoul cut its outlays on them. | 35,500 troops | caught
2020-08-01 | Officials said the U.S. had 33,000 troops in Korea, since the president wanted to lower costs. | 33,000 troops | caught
2020-08-01 | The U.S. had 39,000 troops in South Korea, yet the president vowed to withdraw them. | 39,000 troops | caught
# told as a part already on main (cother52, mend57v, cfix43)
2016-05-02 | The airfield was expanded at a total cost of roughly $7 billion, of which Seoul handed over $6.2 billion. | $6.2 billion | not_contradicted
2017-11-10 | The new depot cost some $7 billion; Korea covered $6.1 billion of that, officials said. | $6.1 billion | not_contradicted
2013-12-12 | The Pentagon once had 37,000 troops on the peninsula and has since scaled back the force. | 37,000 troops | not_contradicted
"""
)

PROBES = table(
    r"""
published | sentence | needle | want
# WAR_COUNT
2019-06-20 | More than 36,000 American soldiers died in the Korean War, and Washington still keeps about 28,500 troops in the South. | More than 36,000 American soldiers | not_contradicted
2019-06-20 | More than 36,000 American soldiers died in the Korean War, and Washington still keeps about 28,500 troops in the South. | about 28,500 troops | not_contradicted
2019-06-20 | Some 33,700 US service members were killed in combat on the peninsula between 1950 and 1953. | Some 33,700 US service members | not_contradicted
2019-06-20 | At the height of the war, 326,000 US troops were in Korea. | 326,000 US troops | not_contradicted
2019-06-20 | "We buried 30,000 soldiers there," the senator said. | 30,000 soldiers | not_contradicted
2019-06-20 | Nearly 8,000 American servicemen remain missing from the Korean War. | Nearly 8,000 American servicemen | not_contradicted
2019-06-20 | America sent 480,000 troops to fight in Korea. | 480,000 troops | not_contradicted
# LEVEL_AFTER_CUT
2020-02-20 | The plan would pull out 4,500 soldiers, which would leave about 24,000 US troops on the peninsula. | 4,500 soldiers | not_contradicted
2020-02-20 | The plan would pull out 4,500 soldiers, which would leave about 24,000 US troops on the peninsula. | about 24,000 US troops | not_contradicted
2020-02-20 | After the drawdown, roughly 20,000 American troops will remain in South Korea. | roughly 20,000 American troops | not_contradicted
2020-02-20 | Once the brigade departs, the US garrison in Korea will shrink to some 23,500 troops. | some 23,500 troops | not_contradicted
2020-02-20 | Withdrawing 7,000 soldiers would reduce the American presence in Korea to about 21,500 troops. | 7,000 soldiers | not_contradicted
2020-02-20 | Withdrawing 7,000 soldiers would reduce the American presence in Korea to about 21,500 troops. | about 21,500 troops | not_contradicted
2020-02-20 | The cut of 3,000 troops is expected to bring the US force in Korea down to about 25,000. | 3,000 troops | not_contradicted
2020-02-20 | The cut of 3,000 troops is expected to bring the US force in Korea down to about 25,000. | about 25,000 | not_contradicted
2020-02-20 | That would leave only 15,000 US soldiers in the South by 2022. | 15,000 US soldiers | not_contradicted
2020-02-20 | Under the proposal, the number of US troops in Korea could fall to 22,000. | 22,000 | not_contradicted
2020-02-20 | If the pullout goes ahead, 26,000 American soldiers would stay behind in Korea. | 26,000 American soldiers | not_contradicted
2020-02-20 | The two defense chiefs agreed to withdraw 6,000 troops. That will leave about 22,500 American troops in South Korea. | 6,000 troops | not_contradicted
2020-02-20 | The two defense chiefs agreed to withdraw 6,000 troops. That will leave about 22,500 American troops in South Korea. | about 22,500 American troops | not_contradicted
# OTHER_COST_PAID
2017-11-10 | Korea paid $4.9 billion of the $6.3 billion cost of building the new airfield. | $4.9 billion | not_contradicted
2017-11-10 | Korea paid $4.9 billion of the $6.3 billion cost of building the new airfield. | $6.3 billion | not_contradicted
2017-11-10 | Korea paid roughly 85 percent of the bill for the $7.2 billion airfield expansion. | roughly 85 percent | not_contradicted
2017-11-10 | Korea paid roughly 85 percent of the bill for the $7.2 billion airfield expansion. | $7.2 billion | not_contradicted
2017-11-10 | The relocation of the US headquarters cost nearly $10 billion, most of it paid by Seoul. | nearly $10 billion | not_contradicted
2017-11-10 | Of the 8 trillion won spent on relocating the depots, Seoul covered 6.5 trillion won. | 8 trillion won | not_contradicted
2017-11-10 | Of the 8 trillion won spent on relocating the depots, Seoul covered 6.5 trillion won. | 6.5 trillion won | not_contradicted
2017-11-10 | Korea spent $7.5 billion on the construction of the sprawling camp, officials said. | $7.5 billion | not_contradicted
2017-11-10 | The airbase was rebuilt at a cost of about $6.4 billion, and $5.1 billion of it came from Seoul. | about $6.4 billion | not_contradicted
2017-11-10 | The airbase was rebuilt at a cost of about $6.4 billion, and $5.1 billion of it came from Seoul. | $5.1 billion | not_contradicted
2017-11-10 | Seoul also bought $6 billion worth of American weapons last year. | $6 billion | not_contradicted
2017-11-10 | Seoul financed 87 percent of the $6.9 billion building project. | 87 percent | not_contradicted
2017-11-10 | Seoul financed 87 percent of the $6.9 billion building project. | $6.9 billion | not_contradicted
2017-11-10 | The new post cost some $10.5 billion; Seoul paid $9.4 billion of that. | some $10.5 billion | not_contradicted
2017-11-10 | The new post cost some $10.5 billion; Seoul paid $9.4 billion of that. | $9.4 billion | not_contradicted
# PLAN_PREMIUM
2019-03-10 | The Pentagon is studying a scheme that would have allies meet the entire expense of American forces plus a 45 percent markup. | 45 percent | not_contradicted
2019-03-10 | Under the plan, allies could be asked to pay a premium of 40% on top of the cost of stationing. | 40% | not_contradicted
2019-03-10 | Officials are said to be drafting a formula of cost plus 60 percent. | 60 percent | not_contradicted
2019-03-10 | Seoul might have to pay 150 percent of what it costs to keep the soldiers there. | 150 percent | not_contradicted
2019-03-10 | If adopted, the rule would raise South Korea's bill by as much as 50 percent. | as much as 50 percent | not_contradicted
2019-03-10 | Officials reportedly want partner nations to hand over an extra 25% above cost for the protection. | 25% above | not_contradicted
2019-03-10 | Such a scheme could push Seoul's share up 400 percent, analysts warned. | up 400 percent | not_contradicted
2019-03-10 | The plan would oblige allies not only to cover the whole cost of hosting US forces but also to add a further 50% on top. | 50% | not_contradicted
2019-03-10 | Hosts would then owe a 50% premium for the protection the troops give. | 50% | not_contradicted
# WISH_CONDITIONAL
2019-03-10 | He would prefer each ally to meet the entire expense of the deployment, plus another 35% on top of that. | 35% | not_contradicted
2019-03-10 | He wants allies to pay the whole bill and then another 40 percent beyond it. | 40 percent | not_contradicted
2019-03-10 | “If Seoul gave us $40 billion a year, it would be a fair deal,” the senator said. | $40 billion a year | not_contradicted
2019-03-10 | Were South Korea to pay $20 billion a year, the troops could stay, he argued. | $20 billion a year | not_contradicted
2019-03-10 | The new formula would put Seoul's share of the upkeep at above 2 trillion won by 2022. | above 2 trillion won | not_contradicted
2019-03-10 | Such a rise would lift South Korea's annual payment to roughly 1.5 trillion won within three years. | roughly 1.5 trillion won | not_contradicted
2019-03-10 | Washington has decided to cut its force in Korea from 37,000 to 30,000 by 2010. | 30,000 | not_contradicted
2019-03-10 | The post is expected to hold nearly 40,000 soldiers, civilians and relatives by 2025. | nearly 40,000 soldiers | not_contradicted
2019-03-10 | Under the draft, Seoul could end up paying $3 billion a year. | $3 billion a year | not_contradicted
# OTHER_QUANTITY_WORDS
2013-10-12 | Last year's drill involved 40,000 South Korean and 12,000 American troops. | 12,000 American troops | not_contradicted
2013-10-12 | A paper reported that Washington had asked for $150 million from Seoul to pay for flying in bombers and carriers. | $150 million | not_contradicted
2013-10-12 | The Americans had raised the cost of several items on the list by more than fourfold, the source said. | more than fourfold | not_contradicted
2013-10-12 | The remainder covers 270 billion won still to be transferred by Korea. | 270 billion won | not_contradicted
2013-10-12 | Washington seeks roughly 1.4 trillion won annually, some 90 billion won more than Korea is willing to offer. | roughly 1.4 trillion won | not_contradicted
2013-10-12 | Washington seeks roughly 1.4 trillion won annually, some 90 billion won more than Korea is willing to offer. | some 90 billion won | not_contradicted
2013-10-12 | The two sides said they would split the expenses of moving the garrison, which come to over 9 trillion won. | over 9 trillion won | not_contradicted
2013-10-12 | The partners are still at odds over relocating the air wing to the coast. In the first draft, Seoul was to cover 2 to 2.5 trillion won of those expenses, with Washington paying the balance. | 2 | not_contradicted
2013-10-12 | The partners are still at odds over relocating the air wing to the coast. In the first draft, Seoul was to cover 2 to 2.5 trillion won of those expenses, with Washington paying the balance. | 2.5 trillion won | not_contradicted
2013-10-12 | Seoul still owes 250 billion won of this year's sum, the audit found. | 250 billion won | not_contradicted
2013-10-12 | The cost of relocating the command, over 8 trillion won, is to be split evenly. | over 8 trillion won | not_contradicted
# MULTIPLE_ANAPHOR
2025-07-10 | The president now wants $14 billion a year. That is about 14 times the 1.4 trillion won Seoul pays this year. | $14 billion a year | not_contradicted
2025-07-10 | The president now wants $14 billion a year. That is about 14 times the 1.4 trillion won Seoul pays this year. | about 14 times | not_contradicted
2025-07-10 | The president now wants $14 billion a year. That is about 14 times the 1.4 trillion won Seoul pays this year. | 1.4 trillion won | not_contradicted
2025-07-10 | Trump asked for $10 billion. Compared with this year's 1.4 trillion won, it is about 10 times larger. | $10 billion | not_contradicted
2025-07-10 | Trump asked for $10 billion. Compared with this year's 1.4 trillion won, it is about 10 times larger. | 1.4 trillion won | not_contradicted
2025-07-10 | Trump asked for $10 billion. Compared with this year's 1.4 trillion won, it is about 10 times larger. | about 10 times | not_contradicted
2025-07-10 | He floated $9 billion. This sum is nearly eight times the $1.1 billion agreed for 2026. | $9 billion | not_contradicted
2025-07-10 | He floated $9 billion. This sum is nearly eight times the $1.1 billion agreed for 2026. | nearly eight times | not_contradicted
2025-07-10 | He floated $9 billion. This sum is nearly eight times the $1.1 billion agreed for 2026. | $1.1 billion | not_contradicted
2025-07-10 | The ask was $5 billion, about five times what Seoul pays now. | $5 billion | not_contradicted
2025-07-10 | The ask was $5 billion, about five times what Seoul pays now. | about five times | not_contradicted
2025-07-10 | Washington sought $13 billion; that figure is roughly 12 times this year's payment. | $13 billion | not_contradicted
2025-07-10 | Washington sought $13 billion; that figure is roughly 12 times this year's payment. | roughly 12 times | not_contradicted
2025-07-10 | A $9 billion figure was floated. It is more than eight times the present 1.4 trillion won. | $9 billion | not_contradicted
2025-07-10 | A $9 billion figure was floated. It is more than eight times the present 1.4 trillion won. | more than eight times | not_contradicted
2025-07-10 | A $9 billion figure was floated. It is more than eight times the present 1.4 trillion won. | 1.4 trillion won | not_contradicted
# YEAR_UNSURE
2013-12-12 | The prior pact, struck in 2009, committed Korea to just over 4 trillion won across its five-year term. | just over 4 trillion won | not_contradicted
2013-12-12 | In the 2004 deal, Korea agreed to give 2.2 trillion won for the three years to 2006. | 2.2 trillion won | not_contradicted
2013-12-12 | The US once kept more than 40,000 troops in the South but has been cutting the number. | more than 40,000 troops | not_contradicted
2013-12-12 | The Pentagon had roughly 37,500 troops on the peninsula, though it is now scaling back that force. | roughly 37,500 troops | not_contradicted
2013-12-12 | The envoy pointed to yearly rises of 3 to 6 percent in Seoul's cost-sharing payments. | 6 percent | not_contradicted
2013-12-12 | He noted Korea's annual 1-to-4 percent increases in its contribution. | 4 percent | not_contradicted
"""
)

NO_CLAIM = table(
    r"""
published | sentence | needle
2019-06-20 | The United States lost nearly 37,000 men defending the South. | nearly 37,000
2019-06-20 | About 1.8 million Americans served in the Korean War. | 1.8 million
2019-06-20 | Washington gave up 35,000 of its young men in that war to keep the South free. | 35,000
"""
)


def check_no_claim(published: str, sentence: str, needle: str) -> None:
    """Assert no claim holds ``needle`` in ``sentence`` (a war's toll or draft is no level of the garrison, so it is
    never judged; a claim made of it fails here, whatever its verdict)."""
    probe = claims56_probes.Probe(published, claims56_probes.article(published, sentence), needle, "row", None, None,
                                  "row")
    assert verdict_of(probe) == (None, None)


@pytest.mark.parametrize(("published", "sentence", "needle"), NO_CLAIM)
def test_hist58v_no_claim(published: str, sentence: str, needle: str) -> None:
    check_no_claim(published, sentence, needle)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_hist58v_rows(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), PROBES)
def test_hist58v_probes(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)
