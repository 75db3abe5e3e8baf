"""Quote speakers named by a role (desc81, twenty-fourth session): the Conventions (tests/corpus/README.md, "A speaker
named only by a role") make the role as the text gives it the speaker, and a definite role that refers back to a person
the text named is that person. Made-up paragraphs in many role shapes (indefinite, definite, nationality and body
modifiers, after the quote, referring back one or two paragraphs, plural, a name later) were compared with what the
Conventions say; these rows are the classes read wrong, each with controls that must not change (made-up people Tomas
Vield, Orla Venn, Bram Ostler, Ines Caldo). None read from the held-out corpus.

Rows are in tests/cases/test_desc81.csv (columns as tests/test_gen47q.py reads them). Tables:

- RANK: a rank before a nationality ("the chief U.S. negotiator", "the lead South Korean negotiator") was no role
  (analysis/extract/entities.py ``_DESCRIPTOR_BODY``), so the quote had nobody or "The chief";
- ENVOY_TO: an envoy's post after a definite role ("the U.S. ambassador to Seoul said") hid the role behind the place
  (quotes ``_place_preposition``);
- BODY_OFFICE: "the commander of U.S. Forces Korea" after "Gen. <name>, commander of U.S. Forces Korea" stayed the
  role, though the text names its holder (``_Context.body_office_holder``, ``_body_office``);
- BODY_COUNTRY: a person of a body of one country ("a State Department official") was taken as the antecedent of a
  role of another ("the South Korean official") (``_body_country`` in ``_stated_country``);
- NAMED_ROLE: a name with a printed title in apposition to a definite role ("the spokesperson, Lt. Col. <name>,
  said") left the role the speaker (the title read as an office after a name; ``_names_the_role``);
- NAMED_ROLE: a name with a printed title in apposition to a definite role ("the spokesperson, Lt. Col. <name>,
  said") left the role the speaker (the title read as an office after a name; ``_names_the_role``);
- OPEN_ADJECTIVE: an adjective no list holds before a bare plural after the quote ('..., diplomatic sources said')
  was dropped ("sources"; ``_open_adjectives_start`` in ``_bare_people``);
- OTHER_MINISTRY: "the foreign ministry said" (or "the spokesman for the foreign ministry") after a Pentagon
  spokeswoman pointed back to the Pentagon, a defence ministry (``_other_department_body``, ``_spokes_for_body`` in
  ``_org_reference``);
- OWNER: "the foreign ministry's spokesman" lost the possessor's modifier ("ministry's spokesman";
  ``_owner_from``).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47q import check_gen47q_speakers

TABLES = case_tables("test_desc81")


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_desc81_speakers(rows: list[object]) -> None:
    run_rows(check_gen47q_speakers, rows)


@pytest.mark.parametrize("trigger", ["the chief U.S. chief U.S. ", "the U.S. ambassador to the ambassador to ",
                                     "the foreign foreign ministry's ", "The commander of U.S. Forces Korea of ",
                                     "the spokesman for the foreign ministry ", "Seoul rose, diplomatic sources "])
def test_desc81_hostile_input_reads_through(trigger: str) -> None:
    """200 KB of a new rule's trigger repeated, then a quote: read through, the quote still found (not timed)."""
    from analysis.extract import annotate

    body = (trigger * (200_000 // len(trigger)))[:200_000] + ' said "yes."'
    assert any("yes" in s.exact for s in annotate("Headline\n\n" + body, "2020-01-01").of_kind("quote"))


def test_desc81_envoy_to_pattern_on_a_long_run() -> None:
    """The envoy's-post pattern reads a bounded window: a long run of its words finds the last post only."""
    from analysis.extract.quotes import _ENVOY_TO

    t = "ambassador to " * 20_000
    assert _ENVOY_TO.search(t, len(t) - 40, len(t)) is not None
