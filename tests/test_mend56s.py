"""Mending speak56 after its review (mend56s, fifty-sixth session, issue #9): rows of my own wording (made-up people;
none read from the corpus) for each defect the review found.

- SINGLE_OPEN: speak56's unclosed left single mark (``quotes._single_open_tail``) made a quote of a clipped word
  ("fought in ‘Nam", "‘round the clock", "the ‘peace dividend, and ..."): the mark now opens an unclosed quotation only
  when the next paragraph opens with ‘, as news copy goes on with a quotation in single marks (``quotes._pairs``'
  ``goes_on``, read by ``quotes._raw_stretches``). Rows that fail on main pass; near misses pass on main and here.
- LEDE_ROLE: a lede's role whose head noun stands before a preposition ("an adviser to the president") was resolved
  to the office holder the next paragraph names (``quote_finder._lede_role_named_next``); ``quotes._unnamed_role`` now
  reads the head as ``quotes._named_later`` does (``quotes._head_noun``).
- NAMES: a hyphenated given name whose second part opens with a letter with diacritics ("Marc-Étienne") was no name
  (``names._NAME_WORD``); "Société", "Crédit", "Éditions", "Ciudad" (Romance words that open a firm's or a city's
  name, as "Bank" and "City" do) are no part of a person's name (``names._NOT_NAME``).
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
from conftest import cases, merged, run_rows, table
from test_quotes40 import accepted, spoken

from analysis.extract.entities import find_entities


def check(body: str, want: str | None) -> None:
    """Each quote's speaker is one the row accepts; "-": the body has no quote at all."""
    got = spoken(body)
    assert got == [] if want == "-" else accepted(got, want), got


def people(body: str) -> list[str]:
    """The person mentions (not unnamed descriptions) found in ``body``, as printed."""
    return [m.exact for m in find_entities(body) if m.kind == "person" and not m.value.get("descriptor")]


SINGLE_OPEN = table(
    r"""
body | speakers
Envoy Mara Quill said: ‘We hold firm. We always have.\n\n‘The rest is talk,’ she added. | Mara Quill/Quill;Mara Quill/Quill
"""
)
SINGLE_OPEN_NEAR = table(
    r"""
body | speakers
Veterans who fought in ‘Nam visited the camp. | -
The guards work ‘round the clock, Maj. Oren Pask said. | -
Analysts call it the ‘peace dividend, and the envoy disagrees. | -
Maj. Oren Pask said the pact was ‘ironclad.\n\nHe flew home on Monday. | -
Maj. Oren Pask said the pact was ‘ironclad.\n\n“It holds,” he added. | Oren Pask/Pask
"""
)
LEDE_ROLE = table(
    r"""
body | speakers
“We will not move,” an adviser to the president said.\n\nPresident Talia Grenn said later: “The door is open.” | an adviser to the president/adviser to the president/None;Talia Grenn/Grenn
“We will not move,” an aide to the defense minister said.\n\nDefense Minister Talia Grenn said on Friday: “We talk.” | an aide to the defense minister/aide to the defense minister/None;Talia Grenn/Grenn
"""
)
LEDE_ROLE_NEAR = table(
    r"""
body | speakers
“We will not move,” a senior negotiator said.\n\nNegotiator Talia Grenn said later: “The door is open.” | Talia Grenn/Grenn;Talia Grenn/Grenn
It is “unfair,” according to a senior lawmaker.\n\nTalia Grenn, a lawmaker, said it was. | Talia Grenn/Grenn
"""
)
TABLES = {n: v for n, v in globals().items() if n.isupper() and isinstance(v, list)}

# (body, the people it names, ";"-joined, "" for none)
NAMES = [
    ("“Allies pay,” said Marc-Étienne Rouleau.", "Marc-Étienne Rouleau"),
    ("Marc-Étienne Rouleau, a French envoy, said the talks were “slow.”", "Marc-Étienne Rouleau"),
]
NAMES_NEAR = [
    ("Analysts at Crédit Mutuel said the won would fall.", ""),
    ("Officials in Ciudad Obregón said the plant would close.", ""),
    ("Dana Loft met Éditions Flammarion’s chief and said: “Books sell.”", "Dana Loft"),
    ("“Rates will rise,” Société Marseillaise said in a note.", ""),
    ("“Allies pay,” said Marc-Etienne Rouleau.", "Marc-Etienne Rouleau"),
]


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mend56s_rows(rows: list[object]) -> None:
    run_rows(check, rows)


@pytest.mark.parametrize(("body", "want"), NAMES + NAMES_NEAR)
def test_mend56s_names(body: str, want: str) -> None:
    assert ";".join(people(body)) == want
