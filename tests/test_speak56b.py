"""Partial quotes whose speaker is a body, and headline quotes the body echoes (speak56b, issue #9): the generated
battery of tests/quotes56b_probes.py (the classes fixed here right, the near misses nobody's), and rows of my own
wording (made-up bodies; none read from the corpus).

Classes fixed:

- HEAD (``quote_echo.headline_echoes``): a headline's partial quote whose words (an "and" read as the comma it
  replaces) the story's first paragraphs tell as reported speech ("The Norland Army said ... sent home early"): the
  subject of that speech verb;
- IT (``quotes._body_pronoun`` in ``quote_fallback._Context.partial_subject``): "It confirmed the plan was “X”" (or
  "they", or after a fronted "While ...,") right after a named organisation: the organisation ("it" was read as a
  speaker only before a verb of :data:`analysis.extract.names.SPEECH_VERBS`, which lacks "confirmed");
- NEG (``quotes._possessive_org``): "Tokyo's Transport Ministry didn't verify ..., they confirmed ... “X”": a negated
  auxiliary ("didn't") after "<place>'s <body>" is the body's verb when a speech verb follows it (mend56b).

mend56b's near misses of the headline echo and the pronoun are in tests/test_mend56b.py.

Near misses (as on main): BODY_NEAR ("it" after a person, after a place, not the sentence's subject; another's
verb after a "didn't" body), HEAD_NEAR (the words never repeated; repeated with no speech verb
before them in their sentence; a title-case headline title), and the battery's NEAR rows (scare quotes, labels).
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
import quotes56b_probes as probes
from conftest import table
from test_extract_quotes import quotes
from test_quotes40 import accepted


def spoken(head: str, body: str) -> list[str | None]:
    """The speakers of the quotes of ``body`` under the headline ``head`` (none: no headline)."""
    h = f"{head}\nBy Staff\nMarch 3, 2024\n\n" if head else None
    return [q["speaker_name"] or (q.get("antecedent") or {}).get("exact") or q["speaker_text"] for q in quotes(body, h)]


BODY = table(r"""head | body | want
 | The Hanul Transport Ministry met on Monday. It confirmed the plan was “on hold” now. | Hanul Transport Ministry/the ministry
 | While Tokyo's Fisheries Ministry didn't formally verify the dates, they noted that the sides are 'in step' on the plan. | Tokyo's Fisheries Ministry/the ministry
 | The Hanul Coastal Agency met on Monday. They confirmed the plan was "on hold" now. | Hanul Coastal Agency/the agency
""")
BODY_NEAR = table(r"""head | body | want
 | Bo Tam met the Hanul Transport Ministry on Monday. It was “on hold” now. | None
 | The Hanul Transport Ministry met Bo Tam on Monday. It confirmed the plan was “on hold” now. | None
 | Prices rose in Tokyo on Monday. It confirmed the plan was “on hold” now. | None
 | The Hanul Transport Ministry met on Monday. Jo Bell said it confirmed the plan was “on hold” now. | Jo Bell
 | Tokyo's Transport Ministry didn't verify the dates and Bo Tam called it "in step" on Monday. | Bo Tam
""")
HEAD = table(r"""head | body | want
Allies reaffirm push for 'fair, balanced' pact | The Hanul Ministry said on Monday the two sides want a fair and balanced pact. | Hanul Ministry/the Hanul Ministry
Army may send base staff ‘home early’ amid row | The Norland Army said it has started telling 4,000 staff they will be sent home early from May. | Norland Army/The Norland Army
Costs to stay 'steep' for years | Tessary Motors warned on Friday that costs would be steep this year.\n\nTalks resumed. | Tessary Motors
""")
HEAD_NEAR = table(r"""head | body | want
Allies reaffirm push for 'fair, balanced' pact | Critics want a fair and balanced pact. | None
Allies reaffirm push for 'fair, balanced' pact | The talks went on. Nobody spoke of the deal. | None
Allies reaffirm push for 'fair, balanced' pact | The Hanul Ministry met on Monday. A fair and balanced pact is near. | None
# a run of the headline's words across a paragraph or a sentence is no echo (lead, at finalread56c's finding)
Port fees to stay 'steady, modest' | The Oslan Port Authority said costs were steady.\n\nModest gains came later. | None
Port fees to stay 'steady, modest' | The Oslan Port Authority said costs were steady. Modest gains came later. | None
""")


@pytest.mark.parametrize(("head", "body", "want"), BODY + BODY_NEAR + HEAD + HEAD_NEAR)
def test_speak56b_rows(head: str, body: str, want: str) -> None:
    got = spoken(head, body)
    assert accepted(got, want), got


# bodies the entity finder does not read as organisations (their head nouns: no org mention, so "It ..." and
# "The parliament ..." point back to nothing); seen on main and left so here, not asserted
_UNREAD = ("Parliament", "Budget Office", "Army Command")


def _left(cls: str, body: str) -> bool:
    """Rows left unasserted: a BODY row whose body the entity finder does not read (:data:`_UNREAD`)."""
    return cls.startswith("BODY:") and any(k in body for k in _UNREAD)


@pytest.mark.parametrize(("cls", "head", "body", "want"), [r for r in probes.battery() if not _left(r[0], r[2])])
def test_speak56b_battery(cls: str, head: str, body: str, want: str) -> None:
    got = spoken(head, body)
    assert accepted(got, want), (cls, got)
