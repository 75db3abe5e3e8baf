"""Quote speakers given by a role in lower case that the article had named earlier with that role (issue 9, qrole53),
the shapes qrole52 left: the role map of each article (who holds which office, by title, appositive, relative clause
or the record) read further and in more words. Made-up people (Oren Kask, Tala Venn) and real bodies, except FORMER,
whose rule reads the gazetteer's terms of real presidents; no held-out text was read. Rows: ROWS below (the day told,
the paragraphs before the quote, "¶" between them and FAR for thirteen paragraphs that name no one; the quote's
paragraph; the speakers accepted, "/" between them, ROLE the role as the text gives it). Every table's rows failed
on the base commit c31cb5e4; the _NEAR tables are near misses that read the same before and after.

- FAR: a role whose holder was named further back than _HOLDER_PARAGRAPHS (twelve paragraphs) stayed the role; now
  the one person named with the office before that reach is the holder (``quotes._Context.article_holder``). Near
  misses kept: two ministers named back there, a negotiator of another country for "the U.S. envoy", "the
  minister's office" (a body, no person).
- FORMER: "the former president" went to a sitting president the text titles without "former" ("Donald Trump spoke.
  ¶ President Joe Biden ...", told in 2023); the record's terms (``in_office``) now say that holder is no former one
  (``quotes._sitting_holder`` in ``_Context._grade_for``; "the former South Korean leader" too, a president being a
  leader). Near misses kept: "the president" and "the South Korean leader" are still the sitting one;
  a text calling the other one former ("Former President Joe Biden", told in 2025).
- LED: what a person heads or sits in gives them its office (``quotes._led_offices``, ``quotes._mapped_office`` in
  ``quotes._holds``): head of forces or a command a commander ("who heads U.S. Forces Korea", "who commands U.S.
  troops"), a commander with no other rank "the general", head of a delegation or negotiating team a negotiator, a
  head or member of a legislature a lawmaker (of the Senate a senator, of the House a congressman), a party and state
  tag (" (D-Calif.)") a lawmaker. Near misses kept: a colonel or admiral commanding is no general, an institute's
  head no commander, a member of the House no senator, the White House no legislature, a party's member no
  lawmaker, two delegation heads (either), a spokesman for a command no commander.
- SPOKES_BODY: "the Pentagon spokesperson" after "Pentagon press secretary Tala Venn" or "Tala Venn, spokeswoman for
  the U.S. Department of Defense": any spokesperson's noun and any words of the body, the gazetteer's body by its id
  (``quotes._spokes_of_body`` in ``quotes._body_spokesperson``); a bare capitalised appositive (", Pentagon Press
  Secretary,": ``quotes._bare_apposed``). Near misses kept: a Navy spokesman, a former press secretary, a deputy
  secretary.
- PAST_APPOSED: an appositive or relative clause after the role that tells an office held before ("the senator, who
  served as ambassador to Japan, said", "the minister, a former Air Force chief, said") made the role that office
  (no holder, or the general named before); now it is background (``quotes._past_office_after``). Near misses kept:
  a current office in the appositive still names the role ("the official, the top U.S. negotiator, said").

- NOT_NEW: an indefinite office that tells no new holder ("As a senator, he ...", "a minister-level meeting") had
  been read as an unnamed holder after the named one, which keeps the role (``quotes._no_holder_told`` in
  ``quotes._unnamed_office``). Near misses kept: "A Democratic senator disagreed", "A Japanese minister is due".
- KOREAN_ONLY: "the Korean negotiator" (either Korea's) with Seoul's and the US negotiators named: both fitted, so the
  role stayed; a holder the text gives another country is none (``quotes._Context.not_korean``). Near miss kept: a
  North Korean negotiator named too (both Korean).
- OFFICIAL: "the official" merged two people sharing a surname ("Lee Tae-woo", "Lee Min-ho") into one and gave the
  words to the later (``quotes._two_people`` in ``_Context.generic_holder`` and ``article_holder``); "the U.S.
  official" counted a South Korean office holder as a rival (``quotes._Context.foreign_to``). Near miss kept: "the
  official" with both named.
- QUOTED_NAME: a holder whose surname the quote gives as part of another person's full name ('"President Lee Min-ho
  wants ...," the minister said' after Defense Minister Lee Jong-sup; "Kim Jong Un") was read as named inside the
  quote, so not its speaker (``quotes._quotes_self``). Near miss kept: the holder's own surname alone in the quote.
- HEAD: "the head of U.S. Forces Korea" after its commander (``quotes._mapped_office``: a head of a body is its
  commander, minister, chairman). Near misses kept: the commander of another command, an institute's head.

- MODIFIED: a role with modifiers the entity finder does not read ("the outgoing commander", "the hawkish general",
  "the four-star Army general", "the ex-commander") was kept as a phrase; now it points back as the bare role does,
  to one who holds that office (``quotes._modified_role``, ``quotes._Context.modified_role_holder``; the person's
  name then printed for any unnamed rule's phrase, ``quotes._holder_named``), and a general's service is no body he
  serves (``quotes._without_service``: "the Army general" is USFK's commander). Near misses kept: an incoming or
  previous commander, a senator or an ambassador when only a general is named.

Tried and left: "the 68-year-old minister said" gives no speaker at all (the entity finder reads an age only before
"said"; entities.py is not this change's file); "the top U.S. diplomat" for a secretary of state; a person named only
in the headline ("Kirby: ..." then "The Pentagon spokesman spoke"), read as an unnamed new spokesman.
"""

# ruff: noqa: E501  (one case a row: the paragraphs before a quote, the quote and the speakers accepted)
from __future__ import annotations

from conftest import rows_test, table
from test_qfix37 import check_qfix37_speakers

LEE = "He met Lee Min-ho, a professor at Korea University."
FAR = " ¶ ".join(f"The talks covered point {i} of the deal." for i in range(1, 14))
Q = '"We will pay a fair share," '

# table | the day told (YYMMDD) | the paragraphs before the quote (LEE: the paragraph naming Lee Min-ho) | the quote's
# paragraph, or the words after '"We will pay a fair share," ' in it | the speakers accepted
ROWS = """table | day | before | quote | speakers
FAR | 200302 | Defense Minister Oren Kask met U.S. officials on Monday. ¶ FAR | the minister said | Oren Kask
FAR | 200302 | Gen. Tala Venn, commander of U.S. Forces Korea, spoke on Monday. ¶ FAR | the general said | Tala Venn
FAR | 200302 | Tala Venn, a State Department spokeswoman, spoke. ¶ FAR | the spokeswoman said | Tala Venn
FAR_NEAR | 200302 | Defense Minister Oren Kask spoke. ¶ Foreign Minister Tala Venn spoke. ¶ FAR | the minister said | ROLE
FAR_NEAR | 200302 | Seoul's chief negotiator Oren Kask spoke. ¶ FAR | the U.S. envoy said | ROLE
FAR_NEAR | 200302 | Defense Minister Oren Kask spoke. ¶ FAR | the minister's office said | the minister's office
FORMER | 230502 | Donald Trump spoke at a rally. ¶ President Joe Biden has restored ties. | the former president said | Donald Trump
FORMER | 230502 | Trump spoke on Monday. ¶ He criticized Biden's policy on allies. | the former president said | Donald Trump
FORMER | 230302 | Moon Jae-in met Donald Trump in 2019, a book says. ¶ President Yoon Suk Yeol has not commented. | the former South Korean leader said | Moon Jae-in
FORMER_NEAR | 230502 | Donald Trump spoke at a rally. ¶ President Joe Biden has restored ties. | the president said | Joe Biden
FORMER_NEAR | 250602 | President Donald Trump spoke. ¶ Former President Joe Biden criticized him. | the former president said | Joe Biden
FORMER_NEAR | 230302 | Moon Jae-in met Donald Trump in 2019, a book says. ¶ President Yoon Suk Yeol has not commented. | the South Korean leader said | Yoon Suk Yeol
LED | 200302 | Oren Kask, head of U.S. Forces Korea, spoke. ¶ LEE | the commander said | Oren Kask
LED | 200302 | Oren Kask, who heads U.S. Forces Korea, spoke. ¶ LEE | the general said | Oren Kask
LED | 200302 | USFK Commander Oren Kask spoke. ¶ LEE | the general said | Oren Kask
LED | 200302 | Oren Kask, former commander of U.S. Forces Korea, spoke. ¶ LEE | the retired general said | Oren Kask
LED | 200302 | Oren Kask, who commands U.S. troops in South Korea, spoke. ¶ LEE | the commander said | Oren Kask
LED | 200302 | Tala Venn, who leads the U.S. delegation, spoke. ¶ LEE | the negotiator said | Tala Venn
LED | 200302 | Tala Venn, head of the U.S. negotiating team, spoke. ¶ LEE | the envoy said | Tala Venn
LED | 200302 | Oren Kask, chairman of the House Armed Services Committee, spoke. ¶ LEE | the congressman said | Oren Kask
LED | 200302 | Oren Kask, a member of the National Assembly, spoke. ¶ LEE | the lawmaker said | Oren Kask
LED | 200302 | Oren Kask, who sits on the Senate Armed Services Committee, spoke. ¶ LEE | the senator said | Oren Kask
LED | 200302 | Oren Kask (D-Calif.) spoke on Monday. ¶ LEE | the lawmaker said | Oren Kask
LED_NEAR | 200302 | Col. Oren Kask, the garrison commander, spoke. ¶ LEE | the general said | ROLE
LED_NEAR | 200302 | Adm. Oren Kask, commander of Indo-Pacific Command, spoke. ¶ LEE | the general said | ROLE
LED_NEAR | 200302 | Oren Kask, head of the Korea Institute for Defense Analyses, spoke. ¶ LEE | the commander said | ROLE
LED_NEAR | 200302 | Oren Kask, a member of the House Armed Services Committee, spoke. ¶ LEE | the senator said | ROLE
LED_NEAR | 200302 | Oren Kask, head of the White House National Security Council, spoke. ¶ LEE | the lawmaker said | ROLE
LED_NEAR | 200302 | Oren Kask, a member of the ruling party, spoke. ¶ LEE | the lawmaker said | ROLE
LED_NEAR | 200302 | Oren Kask, who leads the U.S. delegation, met Tala Venn, who leads Seoul's delegation. ¶ LEE | the negotiator said | ROLE
LED_NEAR | 200302 | Army Col. Oren Kask, chief spokesman for the command, spoke. ¶ LEE | the commander said | ROLE
SPOKES_BODY | 210502 | Pentagon press secretary Tala Venn spoke. ¶ LEE | the Pentagon spokeswoman said | Tala Venn
SPOKES_BODY | 210502 | Tala Venn, spokeswoman for the U.S. Department of Defense, spoke. ¶ LEE | the Pentagon spokesperson said | Tala Venn
SPOKES_BODY | 210502 | Pentagon spokesman Oren Kask spoke. ¶ LEE | the U.S. Defense Department spokesperson said | Oren Kask
SPOKES_BODY | 210502 | U.S. Department of Defense spokesman Oren Kask spoke. ¶ LEE | the Pentagon spokesperson said | Oren Kask
SPOKES_BODY | 210502 | Oren Kask, Pentagon Press Secretary, said the deal was welcome. ¶ LEE | the spokesman said | Oren Kask
SPOKES_BODY_NEAR | 210502 | Navy spokesman Oren Kask spoke. ¶ LEE | the Pentagon spokesperson said | ROLE
SPOKES_BODY_NEAR | 210502 | Former Pentagon press secretary Oren Kask spoke. ¶ LEE | the Pentagon spokesman said | ROLE
SPOKES_BODY_NEAR | 210502 | Oren Kask, Pentagon Deputy Secretary, said the deal was welcome. ¶ LEE | the spokesman said | ROLE
PAST_APPOSED | 230502 | Sen. Oren Kask met reporters. ¶ LEE | The senator, who served as ambassador to Japan, said Trump wanted "a fair share." | Oren Kask
PAST_APPOSED | 230502 | Defense Minister Oren Kask met Gen. Tala Venn on Monday. ¶ LEE | the minister, a former Air Force chief, said | Oren Kask
PAST_APPOSED_NEAR | 230502 | Tala Venn, the top U.S. negotiator, met Gen. Oren Kask. ¶ LEE | the official, the top U.S. negotiator, said | Tala Venn
PAST_APPOSED_NEAR | 230502 | Gen. Oren Kask met Lee Min-ho, a professor at Korea University. | the official, the top U.S. negotiator, said | ROLE
NOT_NEW | 200302 | Sen. Oren Kask spoke on Fox News on Sunday. ¶ As a senator, he has pushed allies to pay more. | the senator said | Oren Kask
NOT_NEW | 200302 | Foreign Minister Oren Kask spoke on Monday. ¶ The talks resumed after a minister-level meeting. | the minister said | Oren Kask
NOT_NEW_NEAR | 200302 | Sen. Oren Kask spoke on Fox News on Sunday. ¶ A Democratic senator disagreed with him on the talks. | the senator said | the senator/senator/Democratic senator
NOT_NEW_NEAR | 200302 | Defense Minister Oren Kask met U.S. officials. ¶ A Japanese minister is due to visit next week. | the minister said | the minister/minister/Japanese minister
KOREAN_ONLY | 200302 | Jeong Eun-bo, Seoul's chief negotiator, met Donna Welton, the U.S. negotiator. ¶ They met in Honolulu. | the Korean negotiator said | Jeong Eun-bo
KOREAN_ONLY | 200302 | Oren Kask, Seoul's chief negotiator, met Tala Venn, the U.S. negotiator. ¶ They met for two days. | the Korean chief negotiator said | Oren Kask
KOREAN_ONLY | 200302 | Oren Kask, Seoul's chief negotiator, met Tala Venn, Tokyo's negotiator. ¶ They met for two days. | the Korean negotiator said | Oren Kask
KOREAN_ONLY_NEAR | 200302 | Oren Kask, Seoul's chief negotiator, met Tala Venn, Pyongyang's negotiator. ¶ They met for two days. | the Korean negotiator said | ROLE
OFFICIAL | 200302 | A senior Foreign Ministry official, Lee Tae-woo, met reporters on Monday. ¶ He met Lee Min-ho, a professor at Korea University. | the official said | Lee Tae-woo
OFFICIAL | 200302 | Oren Kask, the State Department's senior adviser for talks, met reporters. ¶ She met Tala Venn, the South Korean negotiator. | the U.S. official said | Oren Kask
OFFICIAL | 200302 | Oren Kask, the State Department's senior adviser for talks, met reporters. ¶ She met Tala Venn, the South Korean negotiator. | the South Korean official said | Tala Venn
OFFICIAL_NEAR | 200302 | Oren Kask, the State Department's senior adviser for talks, met reporters. ¶ She met Tala Venn, the South Korean negotiator. | the official said | ROLE
QUOTED_NAME | 230302 | Defense Minister Lee Jong-sup met U.S. officials on Monday. ¶ The talks went well. | "President Lee Min-ho wants a fair share," the minister said. | Lee Jong-sup
QUOTED_NAME | 230302 | Defense Minister Kim Yong-hyun met U.S. officials. ¶ The talks went well. | "Kim Jong Un will not stop, and we will pay a fair share," the minister said. | Kim Yong-hyun
QUOTED_NAME | 230302 | Sen. Oren Kask met U.S. officials on Monday. ¶ The talks went well. | "Tala Kask wants a fair share," the senator said. | Oren Kask
QUOTED_NAME_NEAR | 230302 | President Oren Kask met U.S. officials on Monday. ¶ The talks went well. | "Kask is wrong about a fair share," the president said. | ROLE
HEAD | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the head of U.S. Forces Korea said | Oren Kask
HEAD_NEAR | 230302 | Adm. Oren Kask, commander of Indo-Pacific Command, met Tala Venn on Monday. ¶ Venn warned of a rift. | the head of U.S. Forces Korea said | ROLE
HEAD_NEAR | 230302 | Oren Kask, head of the Korea Institute for Defense Analyses, met Tala Venn. ¶ Venn warned of a rift. | the head of U.S. Forces Korea said | ROLE
MODIFIED | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the outgoing commander said | Oren Kask
MODIFIED | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the hawkish general said | Oren Kask
MODIFIED | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the four-star Army general said | Oren Kask
MODIFIED | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the departing commander said | Oren Kask
MODIFIED | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the Army general said | Oren Kask
MODIFIED | 230302 | Oren Kask, former commander of U.S. Forces Korea, met Tala Venn, a professor. ¶ Venn warned of a rift. | the ex-commander said | Oren Kask
MODIFIED_NEAR | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the incoming commander said | the incoming commander/incoming commander
MODIFIED_NEAR | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the previous commander said | the previous commander/previous commander
MODIFIED_NEAR | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the first-term senator said | the first-term senator/first-term senator
MODIFIED_NEAR | 230302 | Gen. Oren Kask, commander of U.S. Forces Korea, met Tala Venn, a professor, on Monday. ¶ Venn warned of a rift. | the outgoing ambassador said | the outgoing ambassador/outgoing ambassador
"""


def _role(quote: str) -> str:
    """Return the role a quote's paragraph credits its words to ("the minister" of '"...," the minister said.').

    >>> _role('"We pay," the former president said.'), _role('The senator, who served, said it.')
    ('the former president', 'The senator')
    """
    return quote.split('," ', 1)[-1].split(",")[0].split(" said")[0]


def tables() -> dict[str, list[tuple[str, ...]]]:
    """Return the rows of ROWS by table, each as check_qfix37_speakers takes it: (publication day, headline, body,
    the quote's words, the speakers accepted).

    >>> row = tables()["LED_NEAR"][0]; row[2].splitlines()[-1], row[4]
    ('"We will pay a fair share," the general said.', 'the general/general')
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, day, before, quote, speakers in table(ROWS):
        quote = quote if '"' in quote else f"{Q}{quote}."
        body = "\n\n".join([*before.replace("FAR", FAR).replace("LEE", LEE).split(" ¶ "), quote])
        day = f"20{day[:2]}-{day[2:4]}-{day[4:]}"
        role = _role(quote)
        speakers = f"{role}/{role.split(' ', 1)[1]}" if speakers == "ROLE" else speakers
        out.setdefault(name, []).append((day, "Cost talks", body, "fair share", speakers))
    return out


test_qrole53_speakers = rows_test(check_qfix37_speakers, **tables())
