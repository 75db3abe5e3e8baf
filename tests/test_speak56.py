"""Quote speakers the gazetteer does not know (speak56, fifty-sixth session, issue #9): the generated battery of
tests/quotes56_probes.py (every row right), and rows of my own wording (made-up people; none read from the corpus)
for the classes it found wrong on main, each with near misses that read as they did.

Classes that failed on main:

- SUFFIX: a tag after the quote whose name ends on "Jr." or "Sr." ('“...,” Sen. Bo Tam Jr. said.'): the suffix's full
  stop ended the sentence for ``quotes._ends_sentence_in`` (``quotes._name_suffix``);
- SINGLE_SURNAME: a lone surname after a quote in single marks ('‘...,’ Tam said.') that no other rule links to the
  full name (a family name first, "Guo Minrui"): the closing "’" after a comma did not open a clause for the name
  finder (``names._single_closed`` in ``names._opens_clause``);
- SINGLE_OPEN: a quotation in single marks left open at its paragraph's end and taken up in the next ('Bo said: ‘We
  pay. ¶ ‘We stay.’'): an unclosed "‘" made no quote (``quotes._single_open_tail`` in ``quotes._pairs``);
- COLONEL: "Col. Bo Tam ... the colonel said": the abbreviation gave no office (``quotes._TITLE_OFFICES``).
- ACCENT: a name with a Latin letter with diacritics ("Inès", "Łukasz", "Muñoz"): the name finder's tokens and name
  words were ASCII, so "José Núñez" was no name or a cut one ("Dario Mu") (``names._UP``, ``names._LO`` in ``_TOKEN``,
  ``_NAME_WORD``, ``_CAPITALISED``);
- LATER_NAMED: a lede's unnamed role that the next paragraphs' named speaker cannot hold: "an aide to the governor"
  (its head is "aide", not "governor"; ``quotes._head_noun``) or a named scholar ("Prof.": ``quotes._academic``) in
  ``quotes._named_later``, which read any role ending on an office word as the next named speaker;
- ENDED_ASKED: '“...?” Rep. Bo Tam Jr. asked.': the speak55 list of verbs that tag a quote ending on its own "?"
  is now the speech verbs' "-ed" forms plus its own (``quote_fallback._ENDED_TAG_VERBS``).

Near misses (pass on main and on the branch): SUFFIX_NEAR (a sentence that ends on "Jr." before another's),
SINGLE_NEAR (a plural's possessive before a name, an elision, a closed single pair, a single mark before no
letter), COLONEL_NEAR (a general), LATER_NAMED_NEAR (delayed identification
kept: "a senior diplomat said ... Ambassador Bo said", "a spokesman for X said ... spokesman Bo said"), ACCENT_NEAR (a lower-case word with
an accent, "communiqué"; the same name in ASCII).
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
import quotes56_probes as probes
from conftest import cases, merged, run_rows, table
from test_quotes40 import accepted, spoken


def check(body: str, want: str | None) -> None:
    """Each quote's speaker is one the row accepts; "-": the body has no quote at all."""
    got = spoken(body)
    assert got == [] if want == "-" else accepted(got, want), got


SUFFIX = table(
    r"""
body | speakers
"Nobody here wants a trade war," Gov. Linus T. Varrow Jr. said on Friday. | Linus T. Varrow Jr./Linus Varrow/Varrow
“Costs keep rising,” Adm. Peter Q. Doyle Sr. told the committee. | Peter Q. Doyle Sr./Peter Q. Doyle/Doyle
"The base is safe," Mayor Ann B. Ruston Jr. said.\n\n"We have plans for every case." | Ann B. Ruston Jr./Ann Ruston/Ruston;Ann B. Ruston Jr./Ann Ruston/Ruston
# controls, read on main already: no middle initial
"Nobody here wants a trade war," Gov. Linus Varrow Jr. stressed on Friday. | Linus Varrow Jr./Linus Varrow/Varrow
"""
)
SUFFIX_NEAR = table(
    r"""
body | speakers
"Costs keep rising." The prize went to Linus Varrow Jr. Later Ann Ruston said no more. | None
"The base is safe," said Mayor Ann Ruston Jr. | Ann Ruston Jr./Ann Ruston/Ruston
"""
)
SINGLE_SURNAME = table(
    r"""
body | speakers
Envoy Guo Minrui met the press on Monday.\n\n‘Our terms have not changed,’ Guo noted. | Guo Minrui/Guo
‘We stay,’ Vice Minister Guo Minrui said. ‘We will not leave,’ Diego Marl replied.\n\n‘That is final,’ Guo added. | Guo Minrui/Guo;Diego Marl/Marl;Guo Minrui/Guo
# controls, read on main already: a surname the name finder links to its full name by other rules
Envoy Tomas Keldry met the press on Monday.\n\n‘Our terms have not changed,’ Keldry said. | Tomas Keldry/Keldry
‘We stay,’ Vice Minister Ona Brisk said. ‘Why would we leave?’ Brisk asked. | Ona Brisk/Brisk;Ona Brisk/Brisk
"""
)
SINGLE_NEAR = table(
    r"""
body | speakers
Envoy Tomas Keldry met the press on Monday. The talks are at the Hallmans’ Keldry House now. | -
Envoy Tomas Keldry said the ‘fair share’ was met. | Tomas Keldry/Keldry
Envoy Guo Minrui met the press on Monday. The talks are at the Hallmans’ Guo House now. | -
"""
)
SINGLE_OPEN = table(
    r"""
body | speakers
Envoy Tomas Keldry said: ‘The offer is on the table. It will not stay there forever.\n\n‘We are ready to sign.’ | Tomas Keldry/Keldry;Tomas Keldry/Keldry
"""
)
SINGLE_OPEN_NEAR = table(
    r"""
body | speakers
Envoy Tomas Keldry said he would stay ‘til the end of the year. | -
It was the ‘90s, Envoy Tomas Keldry said. | -
Envoy Tomas Keldry said: ‘The offer is on the table’ and left. | Tomas Keldry/Keldry
"""
)
COLONEL = table(
    r"""
body | speakers
Col. Irma Tesk inspected the camp on Sunday.\n\n"We are ready for any drill," the colonel said. | Irma Tesk/Tesk
"""
)
COLONEL_NEAR = table(
    r"""
body | speakers
Gen. Irma Tesk inspected the camp on Sunday.\n\n"We are ready for any drill," the general said. | Irma Tesk/Tesk
"""
)
ENDED_ASKED = table(
    r"""
body | speakers
"Where is the money going?" Rep. Hollis Bray Jr. asked. | Hollis Bray Jr./Hollis Bray/Bray
"""
)

ACCENT = table(
    r"""
body | speakers
"We will wait," Inès Farrow said. | Inès Farrow/Farrow
Gov. Łukasz Brenner said, "The offer stands." | Łukasz Brenner/Brenner
Dario Muñoz arrived in Seoul on Monday.\n\n"We will wait," Muñoz said. | Dario Muñoz/Muñoz
Dario Muñoz arrived in Seoul on Monday.\n\n"We will wait," Mr. Muñoz said. | Dario Muñoz/Muñoz/Mr. Muñoz
"It is a fair deal," Élodie Sarrat, a researcher at the Halden Institute, said. | Élodie Sarrat/Sarrat
"""
)
ACCENT_NEAR = table(
    r"""
body | speakers
The communiqué called the talks "productive." | The communiqué/communiqué
"We will wait," Ines Farrow said. | Ines Farrow/Farrow
"""
)

LATER_NAMED = table(
    r"""
body | speakers
"The plan is dead," an aide to the minister said.\n\n"We will try again," Foreign Minister Petra Lind said. | an aide to the minister/aide to the minister/an aide/aide;Petra Lind/Lind
"The cost is too high," a senior diplomat said.\n\n"We can find a middle way," Prof. Arne Vell said. | a senior diplomat/senior diplomat;Arne Vell/Vell
"""
)
LATER_NAMED_NEAR = table(
    r"""
body | speakers
"The cost is too high," a senior diplomat said.\n\n"We can find a middle way," Ambassador Arne Vell said. | Arne Vell/Vell;Arne Vell/Vell
"The plan is dead," a spokesman for the ministry said.\n\n"We will try again," Foreign Minister Olin Marsh said. | a spokesman for the ministry/spokesman for the ministry/a spokesman/spokesman;Olin Marsh/Marsh
"""
)

TABLES = {n: v for n, v in globals().items() if n.isupper() and isinstance(v, list)}


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_speak56_rows(rows: list[object]) -> None:
    run_rows(check, rows)


@pytest.mark.parametrize(
    "rows",
    merged(
        cases(
            **{
                f"BATTERY{k}": [(body, want) for _, body, want in rows]
                for k, rows in enumerate(
                    (probes.battery(), probes.battery2(), probes.battery3(), probes.battery4(), probes.battery5()), 1
                )
            }
        )
    ),
)
def test_speak56_battery(rows: list[object]) -> None:
    run_rows(check, rows)
