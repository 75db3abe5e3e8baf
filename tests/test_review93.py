"""Rows for mend93's mends of review93's findings (over-reach of the mend92b round); made-up sentences, each with the
review's controls and near misses that keep the readings the round's rules were written for
(tests/test_review92b.py keeps the round's own targets).

- 1, 2, 11. An amount called "current" with an offer's noun after it is the paying side's standing offer
  (``frames.current_offer``) only when the offer is not the asking side's ("the current $1.3 billion U.S.
  counteroffer", "American offer": its lowered ask, as before the round), and the noun is read in the amount's own
  sentence and phrase ("... $923 million Seoul pays. Offers to split the difference ...", "$923 million despite
  Seoul's offers": the payment).
- 3. A year told as the time a sum is paid drops out of the ask's target years (``frames.told_paid_in``) only when it
  is the year after the base, the asked rise's own year; "a sum to be paid in 2021" after a 2019 base is a target
  like "for 2021".
- 4, 5, 10. A question put to the one who answers (``frames.put_as_question``) makes only the proposition asked about
  hypothetical: a figure the question states as fact ("the $X Seoul paid", "the 13 percent increase Seoul offered",
  the base of "from X to Y") keeps its own reading, and a demand named as one inside it ("his $5 billion demand", "the
  $4.7 billion Washington demanded", "as Trump has demanded"), as does a sum the one asked is told as being charged
  ("When asked about being charged $5 billion a year").
- 6, 7, 8. Single-quote pairs are read as quotations by the date finder (``dates._quotations``) only for what the
  round wrote it for: a day word inside the words, said at an event the sentence dates by a day beside the speech,
  not in a relative clause. A year or month in the sentence that belongs to another event, a year inside a quoted
  label, and apostrophes ('til, 'n', the allies') read as they did before the round. The same sentences with double
  marks keep their older readings (a relative clause's year dates the words, a label's year anchors nothing): that
  weakness predates the round and is left as it is.
"""

from __future__ import annotations

from conftest import read_dates, rows_test

from analysis.check import check_text
from analysis.extract import annotate

HEAD = "Allies haggle over costs\n\n"

DOWN = "Seoul hopes to bring the figure down from the current "
RAISE = "Trump wants to raise Seoul's payment to $5 billion from the current "
#: (published, text, exact, verdict, quantity and years (";"-joined), each "" when the row does not say)
#: 1, 2. whose offer, and in which sentence
CURRENT = [
    ("2020-05-20", DOWN + "$1.3 billion U.S. counteroffer.", "$1.3 billion", "supported", "demand", ""),
    ("2020-05-20", DOWN + "$1.3 billion American offer.", "$1.3 billion", "supported", "demand", ""),
    ("2020-05-20", DOWN + "$1.3 billion Washington offer.", "$1.3 billion", "supported", "demand", ""),
    ("2019-12-10", RAISE + "$9.23 billion Seoul pays. Offers to split the difference have gone nowhere.",
     "$9.23 billion", "contradicted", "sma_payment", "2019"),
    ("2019-12-10", RAISE + "$923 million Seoul pays. Offers to split the difference have gone nowhere.",
     "$923 million", "supported", "sma_payment", "2019"),
    # 11. an offer's noun in another phrase or sentence leaves the payment as it is
    ("2019-12-10", RAISE + "$923 million this year. Offers of a compromise have stalled.", "$923 million", "supported",
     "sma_payment", "2019"),
    ("2019-12-10", RAISE + "$923 million despite Seoul's offers of a modest rise.", "$923 million", "supported",
     "sma_payment", "2019"),
    # controls: the paying side's offer stays one (review92 finding 4)
    ("2019-12-10", RAISE + "$923 million offer.", "$923 million", "unverifiable", "offer", ""),
    ("2019-12-10", RAISE.replace("current", "present") + "$1 billion Korean counteroffer.", "$1 billion",
     "unverifiable", "offer", ""),
]

PAID = "Washington demanded a 49 percent increase from what Seoul paid in 2019"
#: (as CURRENT) 3. a paid-in year is the ask's own only as the year after the base
TARGET = [
    ("2020-05-25", PAID + ", a sum to be paid in 2021.", "49 percent increase", "unverifiable", "", "2021"),
    ("2020-05-25", PAID + ", for the sum due in 2021.", "49 percent increase", "unverifiable", "", "2021"),
    # controls: a target told with "for", and the asked rise's own year (review92 finding 3)
    ("2020-05-25", "Washington demanded a 49 percent increase for 2021 from what Seoul paid in 2019.",
     "49 percent increase", "unverifiable", "", "2021"),
    ("2020-05-25", PAID + ", a sum to be paid in 2020.", "49 percent increase", "supported", "", "2020"),
    ("2020-05-25", "Washington demanded a 49 percent increase from what Seoul paid last year, a sum payable in 2020.",
     "49 percent increase", "supported", "", "2020"),
]

#: (as CURRENT) 4, 5. what a question states as fact, and a demand named in it, keep their readings
QUESTION = [
    ("2019-11-20", "Asked whether the $9.23 billion Seoul paid this year was enough, Kang said it was fair.",
     "$9.23 billion", "contradicted", "sma_payment", "2019"),
    ("2019-11-20", "Asked whether the $923 million Seoul paid this year was enough, Kang said it was fair.",
     "$923 million", "supported", "sma_payment", "2019"),
    ("2019-11-20", "Asked about raising Seoul's payment from $9.23 billion to $5 billion, Esper said talks continue.",
     "$9.23 billion", "contradicted", "sma_payment", "2019"),
    ("2019-11-20", "Asked about raising Seoul's payment from $923 million to $5 billion, Esper said talks continue.",
     "$923 million", "supported", "sma_payment", "2019"),
    ("2020-04-20", "Asked whether the 13 percent increase Seoul offered last month was its final word, Kang said talks "
     "continue.", "13 percent increase", "supported", "offer", ""),
    ("2020-04-20", "Trump was asked whether he stood by his $5 billion demand, and he said yes.", "$5 billion",
     "supported", "demand", ""),
    ("2020-04-20", "Trump was asked whether he stood by his $50 billion demand, and he said yes.", "$50 billion",
     "unverifiable", "demand", ""),
    ("2020-04-20", "Washington was asked about lowering its $5 billion demand, officials said.", "$5 billion",
     "supported", "demand", ""),
    ("2019-11-20", "Asked whether Seoul would pay the $4.7 billion Washington demanded, Kang said no.", "$4.7 billion",
     "supported", "demand", ""),
    ("2019-11-20", "Kang was asked if Seoul would ever pay $5 billion, as Trump has demanded since 2019.",
     "$5 billion", "supported", "demand", ""),
    # 10. a sum the one asked is told as being charged is the asking side's demand
    ("2019-11-20", "When asked about being charged $5 billion a year, Kang said Seoul would not pay that much.",
     "$5 billion a year", "supported", "demand", ""),
    # controls: the proposition asked about stays a question (review92 finding 6)
    ("2019-11-20", "Asked whether Seoul would pay $5 billion, Kang said no.", "$5 billion", "not_checkable", "other",
     ""),
    ("2019-11-20", "Asked whether Seoul would pay $5 billion a year, the sum Washington wants, Kang said no.",
     "$5 billion a year", "not_checkable", "other", ""),
    ("2019-11-20", "Kang was asked if Seoul would ever pay $5 billion.", "$5 billion", "not_checkable", "other", ""),
    ("2019-11-20", "Asked whether allies should pay cost plus 50%, Trump said they would.", "50%", "not_checkable",
     "other", ""),
]


def check_claim(published: str, text: str, exact: str, verdict: str, quantity: str, years: str) -> None:
    """Assert that the first claim whose words are ``exact`` gets ``verdict``, and the ``quantity`` and ``years`` the
    row gives."""
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    claim = next(c for c in claims if c["exact"] == exact)
    got = (claim["verdict"], claim["frame"]["quantity"] if quantity else "", claim["frame"]["years"] if years else "")
    assert got == (verdict, quantity, [int(y) for y in years.split(";")] if years else ""), claim


test_review93 = rows_test(check_claim, CURRENT=CURRENT, TARGET=TARGET, QUESTION=QUESTION)


#: (text, published, the date's words, start, end: None for an unresolved date)
#: 6. another event's date in the sentence does not date single-quoted words (they read as before the round)
ANOTHER_EVENT = [
    ("Kang, who took office in 2017, said Seoul would pay 'a fair share next year'.", "2019-11-20", "next year",
     "2020-01-01", "2020-12-31"),
    ("Esper, who visited Seoul in August, said the allies must settle 'this month'.", "2019-11-20", "this month",
     "2019-11-01", "2019-11-30"),
    ("'We will sign next month,' said Kang, who led the 2018 talks.", "2019-11-20", "next month", "2019-12-01",
     "2019-12-31"),
    ("Seoul wants a deal 'by next week', ending talks that began in 2019.", "2021-03-10", "next week", "2021-03-15",
     "2021-03-21"),
    ("Seoul wants a deal 'this month', ending the talks that began in September 2019.", "2021-03-10", "this month",
     "2021-03-01", "2021-03-31"),
    ("'Talks end today,' said Kang, who arrived on Monday.", "2019-11-21", "today", "2019-11-21", "2019-11-21"),
    # controls: a day word said at an event the sentence dates by a day (review92 finding 7)
    ("At Monday's hearing Bo said: 'Yesterday we met the envoy.'", "2019-11-21", "Yesterday", "2019-11-17",
     "2019-11-17"),
    ("'Talks end today,' Kang said on Monday.", "2019-11-21", "today", "2019-11-18", "2019-11-18"),
    ("Bo said on Monday: 'We sign tomorrow.'", "2019-11-21", "tomorrow", "2019-11-19", "2019-11-19"),
    # a title of the day word alone is no words said (as before the round)
    ("Bo told NBC's 'Today' show on Monday that talks continue.", "2019-11-21", "Today", "2019-11-21",
     "2019-11-21"),
]

#: 7. a year inside a single-quoted label anchors what follows, as before the round
LABEL = [
    ("Seoul signed the 'one-year deal for 2019' and paid far more the following year.", "2021-03-10",
     "the following year", "2020-01-01", "2020-12-31"),
    ("Seoul adopted the 'one-year deal for 2019'. A year later, talks stalled.", "2021-03-10", "A year later",
     "2020-01-01", "2020-12-31"),
]

#: 8. apostrophes pair as no quotation
APOSTROPHE = [
    ("The troops stay 'til next year under the allies' deal, signed in 2019.", "2021-03-10", "next year",
     "2022-01-01", "2022-12-31"),
    ("In 2019, Seoul signed the deal. The troops stay 'til next year under the allies' accord.", "2021-03-10",
     "next year", "2022-01-01", "2022-12-31"),
    ("Rock 'n' roll diplomacy faded in 2019 as the negotiators' talks collapsed. A year later, the deal lapsed.",
     "2021-03-10", "A year later", "2020-01-01", "2020-12-31"),
]


def check_date(text: str, published: str, exact: str, start: str | None, end: str | None) -> None:
    """Assert that the date whose words are ``exact`` reads ``start``-``end``."""
    got = read_dates(text, published)
    assert next((x for x in got if x[0] == exact), None) == (exact, start, end), got


test_review93_dates = rows_test(check_date, ANOTHER_EVENT=ANOTHER_EVENT, LABEL=LABEL, APOSTROPHE=APOSTROPHE)


#: (text, the quotations the quote finder reads) 8. an apostrophe opens no quotation, so it makes no unattributed
#: quote either; a real single-quoted quote beside one stays
QUOTED = [
    ("The troops stay 'til next year under the allies' deal, signed in 2019.", ""),
    ("Rock 'n' roll diplomacy faded in 2019 as the negotiators' talks collapsed.", ""),
    ("'Nothing is agreed,' Bo said 'til Monday of the allies' deal.", "'Nothing is agreed,'"),
    ("Bo called it 'a deal for the allies' and left.", "'a deal for the allies'"),
]


def check_quoted(text: str, quoted: str) -> None:
    """Assert that the quotations found in ``text`` are ``quoted`` ("|"-joined), with no unattributed quote finding
    when there are none."""
    got = annotate(HEAD + text + "\n", "2021-03-10").to_dict()
    spans = "|".join(a["exact"] for a in got["annotations"] if a["kind"] == "quote")
    assert (spans, quoted or [f["kind"] for f in got["findings"]]) == (quoted, quoted or []), got


test_review93_quoted = rows_test(check_quoted, QUOTED=QUOTED)
