"""Date shapes of date90d (issue: the dev dates missed on unseen articles): made-up sentences, made-up people and places
(Kim, Lee, Varna, Oskel, Dovran, Tamsk). Each table has rows that must fire and near misses beside them, each read as
it must be read.

- TAG: a trailing speech tag set off by a comma after a date (", the command said") tells when the words were said,
  not the tense of the clause it reports ("Crews face leave as of May 1, the command said": the nearest May 1).
  Controls: a fronted phrase whose main clause the "tag" is, a past verb before the date, a tag of another verb.
- PROSPECT: a date in the phrase of "the possibility of" / "the prospect of" is still ahead even in a clause with no
  tense word. Control: a clause with no such noun (the nearest month).
- WARNED: "starting <date>" in the object of a warning or threat ("a letter warning of levies starting in August")
  starts what is warned of, ahead of the past act. Controls: no warning word, a past verb between.
- TODAY: a quotation's "this afternoon" / "today" is the day a later paragraph's "the previous afternoon" counts
  from. Control: a quotation with no day word (the writer's last day counts).
"""

from __future__ import annotations

from conftest import dates_test

TAG = [
    ("Crews at Varna face leave as of May 1, the Oskel command said in a notice.", "2020-01-30", "May 1",
     "2020-05-01", "2020-05-01"),
    ("Crews at Varna face leave from March 3, the Oskel command said.", "2020-01-30", "March 3", "2020-03-03",
     "2020-03-03"),
    # controls: a fronted phrase (the tag is its main clause), a past verb before the date, another verb after it
    ("In a notice on May 1, the Oskel command said crews face leave.", "2020-01-30", "on May 1", "2019-05-01",
     "2019-05-01"),
    ("Crews at Varna took leave on May 1, the Oskel command said.", "2020-01-30", "on May 1", "2019-05-01",
     "2019-05-01"),
    ("Crews at Varna face leave as of May 1, the Oskel command cut pay.", "2020-01-30", "May 1", "2019-05-01",
     "2019-05-01"),
]

PROSPECT = [
    ("The move is a hedge against the possibility of Kim, the former governor, winning the vote in November.",
     "2024-02-29", "in November", "2024-11-01", "2024-11-30"),
    ("Analysts see the prospect of Lee returning to Tamsk in October as real.", "2024-02-29", "in October",
     "2024-10-01", "2024-10-31"),
    # control: no noun of prospect, no tense word: the nearest November
    ("The move is a hedge against Kim, the former governor, and the vote in November.", "2024-02-29",
     "in November", "2023-11-01", "2023-11-30"),
]

WARNED = [
    ("Lee spoke a day after Varna sent a letter warning of 25% levies on Dovran imports starting in August.",
     "2025-07-09", "in August", "2025-08-01", "2025-08-31"),
    ("Varna issued a threat of levies on Dovran steel beginning in September.", "2025-07-09", "in September",
     "2025-09-01", "2025-09-30"),
    # controls: no warning (the levies were imposed then), a past verb between the warning and the start
    ("Varna imposed levies on Dovran imports starting in August.", "2025-07-09", "in August", "2024-08-01",
     "2024-08-31"),
    ("Varna sent a letter warning that levies rose starting in August.", "2025-07-09", "in August", "2024-08-01",
     "2024-08-31"),
]

TODAY = [
    ('Talks began on the 24th.\n\n"We wait until this afternoon," an aide said.\n\n'
     "In a call the previous afternoon, Lee spoke.", "2020-04-01", "the previous afternoon", "2020-03-31",
     "2020-03-31"),
    ('Talks began on the 24th.\n\n"We sign today," an aide said.\n\nIn a call the previous afternoon, Lee spoke.',
     "2020-04-01", "the previous afternoon", "2020-03-31", "2020-03-31"),
    # control: a quotation with no day word: the writer's last day told
    ('Talks began on the 24th.\n\n"We wait until May," an aide said.\n\nIn a call the previous afternoon, Lee spoke.',
     "2020-04-01", "the previous afternoon", "2020-03-23", "2020-03-23"),
]

test_date90d = dates_test(TAG=TAG, PROSPECT=PROSPECT, WARNED=WARNED, TODAY=TODAY)
