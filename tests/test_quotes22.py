"""People and quote speakers (quotes22, eighth session), classes read from the dev misses of the nineteenth and
twentieth batches, each written as generic sentences with made-up names, with controls that must not change.

- BRACKETED: an editor's bracketed insertion inside a title or a name, mostly within a quotation ("Secretary (of
  State) Volk", "(National Security Adviser) Jo Tallan", "President (Ana) Volk's"): the person is found, the
  bracketed given name joins the surname. Controls: a bracket that is no title nor given name ("(right)"), a bracket
  after a word that is no title.
- STATEMENT_GOES_ON: "the statement continued/added" after a quote that a body unknown to the gazetteer stated in a
  briefing: the quote keeps that body, not another organisation named earlier. Controls: a statement a known body
  issued; a body named near an earlier "statement".
- OWNED_BODY: a body the gazetteer does not know, named after its owner's possessive right before a speech verb
  ("South Korea's Hanul Times reported that ..."): the body speaks, named with its owner or, since fix51s (session 51:
  an outlet after its owner's possessive is named alone), by its own name. Controls: an office after the possessive
  ("Varia's President said") stays nobody; a known body keeps its owner.
- TITLE_BACK: an office printed only as a title's abbreviation before the name ("Sen. Bo Rimmer", "Adm. Jo Tallan")
  then pointed back to ("the senator said", "the admiral said"): the person. Controls: the office's holder among two
  people named, not the nearest.
- AGE_BACK: an age pointing back ("the 61-year-old said") to the person the text gave that age ("Jo Bell, 61,"):
  that person, not the nearest. Controls: an age nobody was given stays the words; another age.
- SYNONYM_BACK: a generic word for the office ("the academic said") pointing back to a person given the office
  ("Jo Bell, a professor at Hanul University"). Controls: nobody called so stays the words; "the academic year".
- AFFILIATED: a name in apposition after an office, closed by "from"/"of"/"at" and the body it belongs to ("his
  counterpart, Jo Tallan from the State Department"). Controls: no office before the comma.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import speakers
from test_quotes21 import fits

from analysis.extract.entities import find_entities


def people(text: str) -> str:
    """Return "exact=name" of each person mention (not an unnamed-person description), ";"-joined, or "None"."""
    got = [m for m in find_entities(text) if m.kind == "person" and not m.value.get("descriptor")]
    return ";".join(f"{m.exact}={m.value['name']}" for m in got) or "None"


BRACKETED = [
    ('He said, "Working with Secretary (of State) Volk, they agreed."', "Volk=Volk"),
    ('He said, "Working with (National Security Adviser) Jo Tallan, they agreed."', "Jo Tallan=Jo Tallan"),
    ('"It is the center of President (Ana) Volk\'s policy," he said.', "Volk=Ana Volk"),
    ('"It is the center of Minister (Ana) Volk\'s policy," he said.', "Volk=Ana Volk"),
    ('"Ask (Defense Minister) Ana Volk about it," he said.', "Ana Volk=Ana Volk"),
    # controls: a bracket that is no title nor given name; a bracket after a word that is no title
    ("The (new) plan is final, Tallan said.", "Tallan=Tallan"),
    ("They met in Hanul (Varia) Monday.", "None"),
    ('"Ask the (new) Volk about it," he said.', "None"),
]

AFFILIATED = [
    ("The talks were led by his U.S. counterpart, Jo Tallan from the State Department.", "Jo Tallan=Jo Tallan"),
    ("He met his counterpart, Jo Tallan of the State Department.", "Jo Tallan=Jo Tallan"),
    ("He met the chief negotiator, Ana Volk from the foreign ministry, on Monday.", "Ana Volk=Ana Volk"),
    ("The talks were led by his counterpart, Jo Tallan.", "Jo Tallan=Jo Tallan"),
    # controls: no office before the comma
    ("After the talks, Hanul from the start refused.", "None"),
    ("The envoy met Jo Tallan from the State Department.", "Jo Tallan=Jo Tallan"),
]


@pytest.mark.parametrize(("text", "found"), cases(BRACKETED=BRACKETED, AFFILIATED=AFFILIATED))
def test_quotes22_people(text, found):
    assert people(text) == found


STATEMENT_GOES_ON = table(
    r"""
body | speakers
Ana Volk visited Varian Forces Korea.\n\nVolk met Jo Tallan. The Presidential Office later stated in a written briefing, "Our side stressed the alliance." The statement continued, "We hope for an early summit." | Presidential Office;Presidential Office
Jo Tallan toured the Hanul Port Authority.\n\nThe Cabinet Office said in a briefing, "We are ready." The statement added, "We will pay our share." | Cabinet Office;Cabinet Office
# controls: a known body's statement; a body named beside an earlier "statement"
Ana Volk visited Varian Forces Korea.\n\nThe Foreign Ministry later stated in a briefing, "We are ready." The statement continued, "We will pay." | Foreign Ministry;Foreign Ministry
Bo Corp spoke. In a statement, the Hanul Shipping Agency said no. Then the statement said, "We will not pay." | Hanul Shipping Agency
The Cabinet Office issued a statement.\n\n"We are ready," the statement read. | Cabinet Office
"""  # noqa: E501
)


OWNED_BODY = table(
    r"""
body | speakers
South Korea's Hanul Times said, "We will see." | South Korea's Hanul Times~Hanul Times
Japan's Hanul Shimbun reported on Monday that after the return of Jo Tallan, the head of the office, the summit "has not yet been scheduled." | Japan's Hanul Shimbun~Hanul Shimbun
Varia's Tarsa Daily News reported that the offer was "final." | Varia's Tarsa Daily News~Tarsa Daily News
Varia's Tarsa Ilbo reported on May 2 that after the return of Jo Tallan, the head of the office, it was confirmed that the meeting between President Ana Volk and President Bo Rimmer "has not yet been scheduled." | Varia's Tarsa Ilbo~Tarsa Ilbo
# controls: an office after the possessive; a known body; "the" before the body
Varia's President said, "We will see." | None
Volk's Chief of Staff said, "We will see." | None
South Korea's foreign ministry said that the summit "has not yet been scheduled." | South Korea's foreign ministry
The Hanul Times reported that the summit "has not yet been scheduled." | Hanul Times
"""  # noqa: E501
)


TITLE_BACK = table(
    r"""
body | speakers
Sen. Bo Rimmer spoke on Monday.\n\n"We are close," the senator told reporters. | Bo Rimmer
Rep. Ana Volk spoke on Monday.\n\n"We are close," the congresswoman said. | Ana Volk
Adm. Jo Tallan spoke on Monday.\n\n"We are ready," the admiral said. | Jo Tallan
Gov. Ana Volk spoke on Monday.\n\n"We are ready," the governor said. | Ana Volk
# controls: the holder among two named, not the nearest
Sen. Bo Rimmer met Ana Volk, a lawyer, on Monday.\n\n"We are close," the senator said. | Bo Rimmer
Adm. Jo Tallan met Gen. Ana Volk on Monday.\n\n"We are ready," the admiral said. | Jo Tallan
"""
)


AGE_BACK = table(
    r"""
body | speakers
Oskar Lindahl, 61, a former general, spoke on Monday.\n\n"We are close," the 61-year-old said. | Oskar Lindahl
Oskar Lindahl, 61, met Ana Volk, a lawyer, on Monday.\n\n"We are close," the 61-year-old told reporters. | Oskar Lindahl
# controls: the person of that age, not the nearest; an age nobody was given
Oskar Lindahl, 62, met Ana Volk, 61, on Monday.\n\n"We are close," the 61-year-old said. | Ana Volk
Oskar Lindahl, 62, met Ana Volk on Monday.\n\n"We are close," the 45-year-old said. | the 45-year-old
"""
)


SYNONYM_BACK = table(
    r"""
body | speakers
Ana Volk, a professor at Hanul University, spoke.\n\n"It is a bluff," the academic said. | Ana Volk
Ana Volk, a professor at Hanul University, met Jo Tallan, a lawyer.\n\n"It is a bluff," the academic said. | Ana Volk
# controls: nobody called a professor; "academic" as an adjective
Ana Volk, a lawyer, spoke.\n\n"It is a bluff," the academic said. | the academic
Ana Volk, a professor, spoke.\n\nThe academic year ended. "It is a bluff," Volk said. | Ana Volk
"""
)


# rows left failing (strict): the classes this round did not fix
KNOWN_MISSES = {
    "OWNED_BODY-4": "a long clause with titled names between 'reported ... that' and the quote: the route that reads "
                    "'The Tarsa Ilbo' there does not read a body after its owner's possessive",
}


def _marked(params: list) -> list:
    """Return ``params`` with the rows of KNOWN_MISSES marked as strict expected failures."""
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.id], strict=True))
            if p.id in KNOWN_MISSES else p for p in params]  # fmt: skip


def check_quotes22_speakers(body, want):
    assert fits(speakers(body), want), speakers(body)


@pytest.mark.parametrize("rows", merged(_marked(cases(STATEMENT_GOES_ON=STATEMENT_GOES_ON, OWNED_BODY=OWNED_BODY,
                                                     TITLE_BACK=TITLE_BACK, AGE_BACK=AGE_BACK,
                                                     SYNONYM_BACK=SYNONYM_BACK))))
def test_quotes22_speakers(rows: list[object]) -> None:
    run_rows(check_quotes22_speakers, rows)
