"""Rows for review78's findings on fresh77q's rules (mendq78): each rule kept, narrowed to the grammar it rests on, with
rows that read it right, the review's sentences the rule over-reached on, and controls. Made-up people Lida Marsh,
Oskel Tamm, Hanul Berrin, the place Torvia; labelled by the Conventions of tests/corpus/README.md before the tool ran
on them. None read from the held-out corpus.

Dates, a row: (text, publication day, exact, start, end). Tables:

- NEXT_YEARS: "the next N years" count from a year of publication or later only when that year starts the series they
  go on (the object or time of the same clause, joined by ", with" or by "and" and a verb with no subject of its own:
  "applies to 2021, with rises the next four years"); a year that ends something ("until 2028", "expires in 2025",
  "leave office in 2027"), names something ("Defense Reform 2030") or stands in another clause ("2027, said ...",
  "2025, and talks may take ...") leaves them counted from publication (_deal_year_before, _same_series);
- UNTIL: "for the six years until 2025" is a duration and "until 2025", as "for six years until 2025" is
  (_DURATION_UNTIL); controls: a term "in (over) the six years until 2025";
- THAT_PART: a lone lower-case "that morning" (night ...) is the day told right before it, in its sentence or the one
  before (_lone_parts_told); ABSENT rows (tests/cases/test_mendq78_absent.csv): no day told there, or one sentence
  more between.

Speakers, a row: (body, the quote's words, the speakers accepted: "/" between names, "None" for nobody; " P " starts
a new paragraph). Tables:

- RELATIVE: the subject of a relative clause right after a quote owns its words only when that clause's verb has no
  object or clause of its own ("the “fair share” that Lida Marsh demanded last year"); a "that" after a comma is a
  conjunction ("was “a win,” that Hanul Berrin offered ..."): _object_relative, _no_object_after, and in
  _after_quote _relative_verb_clause ("the ‘50% increase’ that Lida Marsh said Washington wanted": not hers);
- TOPIC: a noun of speech (_CLAIM_NOUNS) and "on"/"about"/"for" before a capitalised title, programme or day is no
  owner of it ("remarks on “Face the Nation”"); controls: lower-case words are the owner's;
- GOVERNMENT: a bare "the government" points back to a ministry named before; only a body named or described as no
  government (a company, an alliance, a union) is cut (_no_government).
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

NEXT_YEARS = table(
    r"""
text | published | exact | start | end
# the year starts the series: the N years after it
The deal sets Torvia's share for 2021, with rises the next four years. | 2021-03-10 | the next four years | 2022-01-01 | 2025-12-31
Torvia pays 1.1 trillion won in January 2021 and raises it the next four years. | 2021-03-10 | the next four years | 2022-01-01 | 2025-12-31
Hanul set the 2026 figure and will raise it in the next three years. | 2025-11-04 | the next three years | 2027-01-01 | 2029-12-31
# review78's sentences: a departure in an aside, a name, a deadline, an end; each a clause of its own
Oskel Tamm, who will leave office in 2027, said Seoul will raise its payment the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
Under its Defense Reform 2030 plan, Hanul will raise spending the next five years. | 2021-03-10 | the next five years | 2021-03-10 | 2026-03-10
The troops will stay until 2028, and Seoul will pay more the next five years. | 2021-03-10 | the next five years | 2021-03-10 | 2026-03-10
The deal expires in 2025, and talks on a new one may take the next two years. | 2021-03-10 | the next two years | 2021-03-10 | 2023-03-10
# controls: an end or a departure in the same clause; a name in the subject; a new subject after "and"; a semicolon
Oskel Tamm will leave office in 2027 and wants Seoul to pay more the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
Talks must end by 2022 and Torvia will pay more the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
The Vision 2030 plan says Hanul will raise spending the next five years. | 2021-03-10 | the next five years | 2021-03-10 | 2026-03-10
The deal applies to 2021 and the ministry expects rises the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
The deal was signed in 2021; prices will rise the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
"""  # noqa: E501
)

UNTIL = table(
    r"""
text | published | exact | start | end
The deal is effective for the six years until 2025. | 2021-04-08 | 2025 | 2025-01-01 | 2025-12-31
Torvia will keep its troops there for the five years till 2026. | 2021-04-08 | 2026 | 2026-01-01 | 2026-12-31
# controls: the six years named by their last year, with no "for" before "the"
Torvia will pay more in the six years until 2025. | 2021-04-08 | the six years until 2025 | 2020-01-01 | 2025-12-31
Torvia will pay more over the six years until 2025. | 2021-04-08 | the six years until 2025 | 2020-01-01 | 2025-12-31
"""
)

THAT_PART = table(
    r"""
text | published | exact | start | end
Oskel Tamm spoke on Dec. 3. He met Hanul Berrin that afternoon. | 2019-12-04 | that afternoon | 2019-12-03 | 2019-12-03
Oskel Tamm spoke on Tuesday after a meeting that morning with Lida Marsh. | 2019-12-04 | that morning | 2019-12-03 | 2019-12-03
Oskel Tamm spoke on Dec. 3.\n\nHe met Hanul Berrin that night, aides said. | 2019-12-04 | that night | 2019-12-03 | 2019-12-03
# controls: a capital "That" reads the day before whatever follows
Oskel Tamm spoke on Dec. 3. Talks then stalled. That evening he met Lida Marsh. | 2019-12-04 | That evening | 2019-12-03 | 2019-12-03
"""  # noqa: E501
)

test_mendq78_dates = dates_test(NEXT_YEARS=NEXT_YEARS, UNTIL=UNTIL, THAT_PART=THAT_PART)

# rows: tests/cases/test_mendq78_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_mendq78_absent = rows_test(assert_no_date, **case_tables("test_mendq78_absent"))

RELATIVE = table(
    r"""
body | words | speakers
# review78's sentences: a complement "that" after a predicate quote; a verb of saying with a clause of its own
Lida Marsh said the deal was “a win,” that Hanul Berrin offered real concessions and that talks would end soon. | a win | Lida Marsh
Torvia balked at the ‘50% increase’ that Senator Lida Marsh said Washington wanted. | 50% increase | None/Torvia
Torvia balked at the ‘50% increase’ that Lida Marsh said was too much. | 50% increase | None/Torvia
Torvia weighed the "fair share" that Lida Marsh offered Hanul Berrin. | fair share | None/Torvia
# the verb with no object of its own: a stop, a time, a preposition, or the main clause's verb after it
Torvia balked at the ‘50% increase’ that Lida Marsh mentioned in March. | 50% increase | Lida Marsh
The "fair share" that Lida Marsh demanded stalled the talks. | fair share | Lida Marsh
Torvia turned down the "fair share" that Lida Marsh demanded last year. | fair share | Lida Marsh
In four years, it will approach the ‘50% increase’ that former President Oskel Tamm initially requested. | 50% increase | Oskel Tamm
"""  # noqa: E501
)

TOPIC = table(
    r"""
body | words | speakers
# a capitalised title, programme or day after "remarks on": nobody's words
Senator Oskel Tamm's remarks on “Face the Nation” drew fire in Torvia. | Face the Nation | None
Oskel Tamm spoke in Hanul. P His statement on “Liberation Day” was short. | Liberation Day | None
Oskel Tamm spoke in Hanul. P His vow on “No More Free Rides” was cheered. | No More Free Rides | None
# controls: words of the owner's own after the same nouns
Senator Oskel Tamm's remarks on “fair pay” drew fire in Torvia. | fair pay | Oskel Tamm
Oskel Tamm spoke in Hanul. P His statement on “the alliance's worth” was short. | the alliance | Oskel Tamm
Foreign Minister Hanul Berrin's call for “a fair deal” was welcomed in Torvia. | a fair deal | Hanul Berrin
"""
)

GOVERNMENT = table(
    r"""
body | words | speakers
# a ministry named before: "the government" is it (as before fresh77q)
Torvia's Foreign Ministry on Monday welcomed the deal. P The government said the accord was “balanced and fair.” | balanced | Foreign Ministry/Torvia's Foreign Ministry
Torvia's Defense Ministry said on Monday it would review the deal. P The government said the accord was “balanced and fair.” | balanced | Defense Ministry/Torvia's Defense Ministry
# controls: a company, a union, an alliance named before are no government
Hanul Corp. said on Monday it would hire more workers. P The government said the accord was “balanced and fair.” | balanced | The government/government/None
The Torvian Workers' Union said on Monday it would strike. P The government said the accord was “balanced and fair.” | balanced | The government/government/None
NATO met in Hanul on Monday. P The government said the deal was “balanced and fair.” | balanced | The government/government/None
"""  # noqa: E501
)


def check_mendq78_speakers(body: str, words: str, speakers: str | None) -> None:
    assert_speaker(body.replace(" P ", "\n\n"), words, speakers or "None")  # table() reads a lone "None" as None


test_mendq78_speakers = rows_test(check_mendq78_speakers, RELATIVE=RELATIVE, TOPIC=TOPIC, GOVERNMENT=GOVERNMENT)
