"""Closed lists of the corpus's names in analysis/extract/ made general (memo56x, sixteenth session), on rows of my
own written and labelled before the rules (made-up cities, diplomats, agencies and companies: Daegu-style cities
are real places no table of the package named; Porvik, Velder, Brask, Halden, Grennick are made up and put in a
copy of the data for the test). None read from the held-out corpus.

The case table is tests/cases/test_memo56x.csv (columns ``published``, ``text`` (the body after a headline, a byline
and the date line), ``exact`` (the words of the item), ``want``, ``xfail`` (the reason of a row still read wrong: a
strict xfail) and ``note``). The prefix says what ``want`` is:

- ``D_`` dates: the start of the date read for ``exact`` under the dateline (memo55 item 5: a fixed list of East
  Asian cities). Classes: D_COUNTRY (the dateline's country written after the city), D_CAPITAL (a capital or a
  gazetteer place of East or South-East Asia or the western Pacific), D_AGENCY (a wire's tag the data places in a
  country), D_OTHER (datelines elsewhere, unknown bare cities, no dateline).
- ``P_`` unnamed people: the country of the description ``exact`` (memo55 item 7: "Swedish" listed because Sweden is
  in the data); "None": no person there. Classes: P_DEMONYM (nationalities), P_NOT (near misses).
- ``O_`` one-word organisations: "none" when no person is read at ``exact``, "person" when one is (memo55 item 8:
  outlets and companies listed as not names). Classes: O_DATA (organisations of data/entities.csv, the publisher
  column of data/sources.csv, the outlet column of data/articles.csv), O_PERSON (people).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import case_tables, cases, merged, run_rows, use_data

from analysis import paths
from analysis.extract import annotate

ROWS = case_tables("test_memo56x")
KINDS = {kind: {name: rows for name, rows in ROWS.items() if name.startswith(kind)} for kind in ("D_", "P_", "O_")}


def article(published: str, body: str) -> str:
    """Return an article of ``body`` under a headline, a byline and the date line of ``published`` (ISO).

    >>> article("2019-11-14", "Hi.").splitlines()[3]
    'November 14, 2019'
    """
    day = dt.date.fromisoformat(published)
    return f"Allies spar over costs\n\nBy Jane Roe\n{day:%B} {day.day}, {day.year}\n\n{body}\n"


def people_at(published: str, body: str, exact: str) -> list[dict]:
    """Return the values of the person annotations whose words are ``exact``."""
    return [m.value for m in annotate(article(published, body)).of_kind("person") if m.exact == exact]


def check_memo56x_dates(published: str, text: str, exact: str, want: str) -> None:
    got = [m.value["start"] for m in annotate(article(published, text)).of_kind("date") if m.exact == exact]
    assert got == [want], got


@pytest.mark.parametrize("rows", merged(cases(**KINDS["D_"])))
def test_memo56x_dates(rows: list[object]) -> None:
    run_rows(check_memo56x_dates, rows)


@pytest.mark.parametrize(("published", "text", "exact", "want"), cases(**KINDS["P_"]))
def test_memo56x_descriptors(published: str, text: str, exact: str, want: str) -> None:
    got = [v.get("country") for v in people_at(published, text, exact)]
    assert got == ([] if want == "None" else [want]), got


# Made-up organisations put in a copy of the data: an agency and a company (entities, kind org), a publisher
# with a wire in brackets and one with a news noun after its head word (sources), an outlet (articles).
_ENTITIES = ("porvik-news,org,Porvik News Agency,Porvik,Made-up news agency (test),,,,\n"
             "halden-group,org,Halden Group,Halden,Made-up company (test),,,,\n")
_SOURCES = ("test-tamsk,Tamsk Daily (Velder),A made-up story,2019-11-16,https://example.org/tamsk,test\n"
            "test-brask,Brask Broadcasting,A made-up story,2019-11-16,https://example.org/brask,test\n")
_ARTICLES = "test-grennick,articles/none.txt,A made-up story,Jo Roe,Grennick,2019-11-16,,,test,\n"


@pytest.fixture(scope="module")
def made_up_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A copy of data/ with the made-up organisations added, in use for the module's ``O_`` rows."""
    folder = tmp_path_factory.mktemp("memo56x") / "data"
    shutil.copytree(paths.DATA, folder)
    for name, rows in (("entities.csv", _ENTITIES), ("sources.csv", _SOURCES), ("articles.csv", _ARTICLES)):
        path = Path(folder, name)
        path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    with use_data(folder):
        yield


@pytest.mark.parametrize(("published", "text", "exact", "want"), cases(**KINDS["O_"]))
def test_memo56x_organisations(made_up_data: None, published: str, text: str, exact: str, want: str) -> None:
    got = people_at(published, text, exact)
    assert (["person"] if got else ["none"]) == [want], got
