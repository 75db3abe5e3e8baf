"""Test settings and helpers shared by every test module.

- Scheduling: the slow units go to the xdist workers first, longest first (see :data:`SLOW_FIRST`).
- Files: :func:`tree`, :func:`digest`, :func:`read_rows`, :func:`table_rows`, :func:`write_rows`,
  :func:`previous_build`, :func:`leftovers` (the test modules import them: ``from conftest import tree``;
  tests/ is on sys.path).
- The command line, in this process (:func:`cli`) or in a new one (:func:`cli_process`), and the one-line
  error every failure must give (:func:`one_line`); :func:`use_data` points the package at a copy of data/.
- Case tables: :func:`table`, :func:`cases`, :func:`read_dates` for date tables, :func:`read_claims` for
  claim tables and :func:`assert_speaker` (:func:`quote_speaker`) for quote speakers; one test body for the tables
  of a kind, bound in each module to a test name of its own: :func:`dates_test` (dates read) and
  :func:`findings_test` (findings of a kind counted, with :func:`finding_cases`); :func:`rows_test` binds a
  module's own row check to its tables (its merged table test).
- :func:`kernel_guard`: fails a test whose command starts a Jupyter kernel.
- :func:`hostile_site`: ONE build of the real notebooks on the hostile article (with screenshots when
  Chromium is there), made by the first xdist worker that asks and read by every test that only reads a
  built site (the browser tests, the determinism test).
"""

from __future__ import annotations

import ast
import contextlib
import csv
import datetime as dt
import errno
import fcntl
import functools
import gc
import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from analysis import paths

if TYPE_CHECKING:
    from analysis import check


def table(text: str) -> list[tuple[str | None, ...]]:
    r"""Return the rows of a test-case table: a header line, then one case a line, fields split by " | ",
    "None" for None and a written "\n" for a line break; a line opening with "# " says what the rows after it show.

    >>> table(r"body | who" + chr(10) + "# a comment" + chr(10) + r"a\nb | None")
    [('a\nb', None)]
    """
    rows = [row for row in text.strip().splitlines()[1:] if not row.startswith("# ")]
    return [tuple(None if f == "None" else f.replace("\\n", "\n") for f in row.split(" | ")) for row in rows]


#: Case tables kept as data: tests/cases/<test module>.csv, one case a row (columns ``table``, the fields, ``note``,
#: and, in a module with rows still wrong, ``xfail``: the reason of a row's strict xfail, empty on a passing row).
CASES = Path(__file__).parent / "cases"


def case_row(row: dict[str, str]) -> Any:
    """Return a case row's fields (all but ``table``, ``note`` and ``xfail``) as a tuple, or as a pytest param with
    a strict xfail when its ``xfail`` column gives a reason.

    >>> case_row({"table": "A", "text": "x", "want": "1", "note": "a control"})
    ('x', '1')
    >>> p = case_row({"table": "A", "text": "x", "want": "1", "xfail": "rule R misreads x", "note": ""})
    >>> p.values, p.marks[0].kwargs
    (('x', '1'), {'strict': True, 'reason': 'rule R misreads x'})
    """
    fields = tuple(v for k, v in row.items() if k not in ("table", "note", "xfail"))
    reason = row.get("xfail")
    return pytest.param(*fields, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else fields


def case_tables(module: str) -> dict[str, list[Any]]:
    """Return the case tables of tests/cases/<module>.csv by table name, each row as :func:`case_row` makes it, in
    file order (the note says what a row shows: a control, a finding, why).

    >>> rows = case_tables("test_claims42")["DEAL_BASE"]
    >>> len(rows), rows[0][2:]
    (4, ('1.18 trillion won', 'supported'))
    """
    out: dict[str, list[Any]] = {}
    with (CASES / f"{module}.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["table"], []).append(case_row(row))
    return out


def read_dates(text: str, pub: str) -> list[tuple[str, str | None, str | None]]:
    """Return (exact, start, end) of each date ``find_dates`` reads in ``text`` published on ``pub`` (ISO).

    >>> read_dates("They met on Friday.", "2019-11-16")
    [('on Friday', '2019-11-15', '2019-11-15')]
    """
    from analysis.extract.dates import find_dates

    return [(x, v["start"], v["end"]) for *_, x, v in find_dates(text, dt.date.fromisoformat(pub))]


def assert_no_date(text: str, pub: str, words: str) -> None:
    """Assert that no date :func:`read_dates` reads in ``text`` published on ``pub`` holds ``words``.

    >>> assert_no_date("He said that morning talks would resume.", "2019-12-04", "that morning")
    """
    got = read_dates(text, pub)
    assert not [d for d in got if words in d[0]], got


def assert_open_date(text: str, pub: str, exact: str, start: str, end: str) -> None:
    """Assert that :func:`read_dates` reads ``exact`` in ``text`` published on ``pub`` unresolved: the check of a row
    of an OPEN table, whose ``start`` and ``end`` are "null".

    >>> assert_open_date("Audits usually begin in March.", "2019-11-16", "in March", "null", "null")
    """
    assert (start, end) == ("null", "null"), "an OPEN row wants no value"
    got = read_dates(text, pub)
    assert (exact, None, None) in got, got


def quote_speaker(body: str, words: str) -> str | None:
    """Return the name the tool gives the first quote holding ``words`` in an article whose body is ``body`` (its
    speaker's name, else the words naming it), or "no span" (fresh77q, shared by later speaker tables).

    >>> quote_speaker('Jo Bell said, "We pay."', "We pay")
    'Jo Bell'
    """
    from analysis.extract import annotate

    for q in annotate(f"Headline\nBy A. Reporter\nMarch 10, 2021\n\n{body}").of_kind("quote"):
        if words in q.exact:
            v = q.value
            return v["speaker_name"] or (v.get("antecedent") or {}).get("exact") or v["speaker_text"]
    return "no span"


def assert_speaker(body: str, words: str, speakers: str) -> None:
    """Assert that :func:`quote_speaker` gives one of ``speakers`` ("/" between names, "None" for nobody, "no span"
    for words no quote holds).

    >>> assert_speaker('Jo Bell said, "We pay."', "We pay", "Jo Bell/Bell")
    """
    from analysis.evaluate import norm_name

    got = quote_speaker(body, words)
    names = speakers.split("/")
    if got is None or got == "no span":
        assert (got is None and "None" in names) or (got == "no span" and "no span" in names), got
    else:
        assert norm_name(got) in {norm_name(n) for n in names}, f"got {got!r}, want {speakers!r}"


def read_article_dates(text: str, pub: str) -> list[tuple[str, str | None, str | None]]:
    """Return (exact, start, end) of each date ``annotate`` reads in the article ``text`` published on ``pub`` (ISO):
    its line 1 is the headline, told to the date finder (README, lead decisions on date62's questions).

    >>> read_article_dates("Envoy visits Tamsk Monday\\nKim arrived.", "2019-11-20")
    [('Monday', '2019-11-18', '2019-11-18')]
    """
    from analysis.extract import annotate

    return [(s.exact, s.value["start"], s.value["end"]) for s in annotate(text, pub).of_kind("date")]


#: A sentence that puts a claim test in the cost-sharing story (the deal, the troops) without a figure or a date.
DEAL_LEAD = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "


def read_claims(text: str, published: str) -> dict[str, check.Claim]:
    """Return the claims ``check.check_text`` finds in ``text`` (one paragraph under the headline "T"), published on
    ``published`` (ISO), by their exact words.

    >>> claims = read_claims("Seoul paid 1.04 trillion won in 2019 for the U.S. troops.", "2019-12-01")
    >>> claims["1.04 trillion won"].verdict, claims["1.04 trillion won"].frame.quantity
    ('supported', 'sma_payment')
    """
    from analysis import check

    return {c.exact: c for c in check.check_text("T\n\n" + text, published).claims}


#: The type of a pytest param (a case row that carries marks).
_PARAM = type(pytest.param())


def cases(**tables: Sequence[Any]) -> list[Any]:
    """Return the rows of several named case tables as pytest params (a row that is a string is one value; a row
    that is a pytest param keeps its marks), each with the id "<table name>-<row number>", so that one test can run
    the tables of one rule.

    >>> XFAIL = pytest.mark.xfail(strict=True)
    >>> [(p.values, p.id, len(p.marks)) for p in cases(A=[("x", 1)], B=["y", pytest.param("z", marks=[XFAIL])])]
    [(('x', 1), 'A-1', 0), (('y',), 'B-1', 0), (('z',), 'B-2', 1)]
    """
    return [pytest.param(*row.values, marks=row.marks, id=f"{name}-{i}") if isinstance(row, _PARAM) else
            pytest.param(*((row,) if isinstance(row, str) else row), id=f"{name}-{i}")
            for name, rows in tables.items() for i, row in enumerate(rows, 1)]


#: How many rows one merged test item runs (:func:`merged`): pytest and xdist spend about 2 ms of CPU on each item
#: whatever it tests (setup, teardown, reports, messages), which on a table of thousands of one-row items was more
#: than the rows' own work; a chunk this size still names its rows in its id and each failing row in its message.
ROWS_PER_ITEM = 200


def merged(params: Sequence[Any], size: int = ROWS_PER_ITEM) -> list[Any]:
    """Return the rows ``params`` (pytest params with ids, as :func:`cases` makes them) as few test params, each the
    list of the rows it runs (with :func:`run_rows`): every run of up to ``size`` rows without marks is one param, its
    id "<first row's id>..<last row's id>"; a row with marks (a strict xfail) stays a param of its own, with its id
    and marks, so that it is still reported, and still fails the run if it starts to pass.

    >>> XFAIL = pytest.mark.xfail(strict=True)
    >>> rows = cases(A=["w", "x", pytest.param("y", marks=[XFAIL]), "z"])
    >>> [(p.id, [r.id for r in p.values[0]], len(p.marks)) for p in merged(rows, size=2)]
    [('A-1..A-2', ['A-1', 'A-2'], 0), ('A-3', ['A-3'], 1), ('A-4..A-4', ['A-4'], 0)]
    """
    out: list[Any] = []
    run: list[Any] = []

    def close() -> None:
        if run:
            out.append(pytest.param(list(run), id=f"{run[0].id}..{run[-1].id}"))
            run.clear()

    for p in params:
        if p.marks:
            close()
            out.append(pytest.param([p], marks=p.marks, id=p.id))
            continue
        run.append(p)
        if len(run) == size:
            close()
    close()
    return out


def run_rows(check: Callable[..., Any], rows: Sequence[Any]) -> None:
    """Run ``check`` on the values of each row of ``rows`` (pytest params, as :func:`merged` gives them) and fail
    once, listing every row that failed with its id, its values and what went wrong (a failed assert's message, or
    any other exception; a row that skips counts as failed: a merged row may not hide the others). A one-row list
    (a strict xfail, kept apart by :func:`merged`) runs bare, so that it fails as it always did.

    >>> run_rows(lambda n: None, cases(A=[(1,), (2,)]))
    >>> def positive(n):
    ...     assert n > 0, f"got {n}"
    >>> run_rows(positive, cases(A=[(1,), (-2,), (3,), (0,)]))
    Traceback (most recent call last):
    ...
    Failed: 2 of 4 rows failed:
    A-2 (-2,): AssertionError: got -2...
    A-4 (0,): AssertionError: got 0...
    """
    if len(rows) == 1:
        check(*rows[0].values)
        return
    failed = []
    for row in rows:
        try:
            check(*row.values)
        except (Exception, pytest.fail.Exception, pytest.skip.Exception) as e:
            failed.append(f"{row.id} {row.values!r}: {type(e).__name__}: {e}")
    if failed:
        pytest.fail(f"{len(failed)} of {len(rows)} rows failed:\n" + "\n".join(failed), pytrace=False)


def outcome(expected: Any, **tables: Sequence[Any]) -> list[Any]:
    """Return :func:`cases` with ``expected`` added to each row: a rule's cases and its controls become one table
    ("no finding" rows with False, "still a finding" rows with True).

    >>> [(p.values, p.id) for p in outcome(True, A=["x"]) + outcome(False, B=[("y", 2)])]
    [(('x', True), 'A-1'), (('y', 2, False), 'B-1')]
    """
    return [pytest.param(*p.values, expected, id=p.id) for p in cases(**tables)]


def verdict_fits(verdict: str, want: str) -> bool:
    """Return whether a claim's verdict is what a case row wants: a verdict, "caught" (``contradicted`` or
    ``misleading``) or "not_contradicted" (anything else).

    >>> verdict_fits("misleading", "caught"), verdict_fits("supported", "not_contradicted"), verdict_fits("x", "y")
    (True, True, False)
    """
    if want == "caught":
        return verdict in ("contradicted", "misleading")
    if want == "not_contradicted":
        return verdict not in ("contradicted", "misleading")
    return verdict == want


def dates_test(*rows: Sequence[Any], **tables: Sequence[Any]) -> Callable[..., None]:
    """Return a test that each row (a text, its publication day (ISO), a date's exact words, its start, its end) is
    among the dates :func:`read_dates` reads: first the ``rows`` of one unnamed table, with the ids "row-<number>",
    then the rows of the named ``tables``, with the ids of :func:`cases`, run in chunks by :func:`merged` (the test
    takes a chunk); a module binds it to a name of its own that starts with "test_".

    >>> row = ("They met on Friday.", "2019-11-16", "on Friday", "2019-11-15", "2019-11-15")
    >>> dates_test(A=[row])(cases(A=[row])), dates_test(row)(cases(A=[row, row]))
    (None, None)
    """
    return _reads_test(read_dates, [*cases(row=rows), *cases(**tables)])


def article_dates_test(**tables: Sequence[Any]) -> Callable[..., None]:
    """Return :func:`dates_test`'s test for the rows of the named ``tables`` read in the article format
    (:func:`read_article_dates`: a "\\n" in a row's text is a line break, its line 1 the headline).

    >>> row = ("Envoy visits Tamsk Monday\\nKim arrived.", "2019-11-20", "Monday", "2019-11-18", "2019-11-18")
    >>> article_dates_test(A=[row])(cases(A=[row]))
    """
    return _reads_test(lambda text, pub: read_article_dates(text.replace("\\n", "\n"), pub), cases(**tables))


def _reads_test(read: Callable[[str, str], list[Any]], params: Sequence[Any]) -> Callable[..., None]:
    """Return a test, parametrized by the chunks :func:`merged` makes of ``params``, that each row's (exact, start,
    end) is among what ``read`` (a text, its publication day) gives; a chunk lists each row that fails.

    >>> row = ("They met on Friday.", "2019-11-16", "on Friday", "2019-11-15", "2019-11-15")
    >>> _reads_test(read_dates, [])(cases(A=[row, row[:2] + ("on Friday", "2019-11-08", "2019-11-08")]))
    Traceback (most recent call last):
    ...
    Failed: 1 of 2 rows failed:
    A-2 ('They met on Friday.', '2019-11-16', 'on Friday', '2019-11-08', '2019-11-08'): AssertionError...
    """

    def check(text: str, pub: str, exact: str, start: str, end: str) -> None:
        assert (exact, start, end) in read(text, pub)

    @pytest.mark.parametrize("rows", merged(params))
    def test(rows: list[Any]) -> None:
        run_rows(check, rows)

    return test


def claims_test(check: Callable[[str, str, str, str], None], **tables: Sequence[Any]) -> Callable[..., None]:
    """Return a test that runs ``check`` (a publication day, a text, the claim's exact words, the verdict wanted) on
    every row of the named ``tables``, with the ids of :func:`cases`, in chunks (:func:`merged`; the test takes a
    chunk): a later battery judged as an earlier one is; a module binds it to a name of its own that starts with
    "test_".

    >>> seen = []
    >>> claims_test(lambda *row: seen.append(row), A=[("2019-11-16", "t", "x", "supported")])(cases(A=[tuple("pt?w")]))
    >>> seen
    [('p', 't', '?', 'w')]
    """
    return rows_test(check, **tables)


def rows_test(check: Callable[..., None], **tables: Sequence[Any]) -> Callable[..., None]:
    """Return a module's merged table test: ``check`` (the module's row check) run on the values of every row of the
    named ``tables`` (rows as :func:`case_tables` or lists of tuples give them), with the ids of :func:`cases`, in
    chunks (:func:`merged`; the test takes a chunk, and a strict xfail row stays an item of its own); a module binds
    it to a name of its own that starts with "test_" (``test_x = rows_test(check_x, **ROWS)``).

    >>> seen = []
    >>> test = rows_test(lambda *row: seen.append(row), A=[("x", 1), ("y", 2)])
    >>> [p.id for p in test.pytestmark[0].args[1]], test(cases(A=[("x", 1)])), seen
    (['A-1..A-2'], None, [('x', 1)])
    """

    @pytest.mark.parametrize("rows", merged(cases(**tables)))
    def test(rows: list[Any]) -> None:
        run_rows(check, rows)

    return test


def table_test(module: str, check: Callable[..., None]) -> Callable[..., None]:
    """Return a module's merged table test: :func:`rows_test` of its row ``check`` on every table of
    tests/cases/<module>.csv (as :func:`case_tables` reads them); a module binds it to a name of its own
    (``test_x_claims = table_test("test_x", check_x_claims)``). That each table keeps its rows is
    tests/test_cases.py's test, against tests/cases/index.csv.

    >>> rows = table_test("test_claims42", lambda *row: None)
    >>> rows.__name__, len(rows.pytestmark[0].args[1]) > 0
    ('test', True)
    """
    return rows_test(check, **case_tables(module))


def assert_check_linear(shape: str, published: str, small: int = 5_000) -> None:
    """Assert that ``check_text`` stays linear on ``shape`` repeated, counted without a clock: its work (every function
    call, as cProfile counts them, plus the characters handed to the regex engine, as tests/test_adversarial.py's
    ``counting`` counts them) on ten times ``small`` characters is at most 1.5 times ten times its work on ``small``
    (after a warm-up call: patterns compiled, tables read).

    The profile keeps only each function's count of calls (``subcalls=False``: no table of who called whom, which
    nothing here reads), and the patterns are swapped for counting ones once for both texts."""
    import cProfile

    from test_adversarial import counting

    from analysis.check import check_text

    def work(text: str, chars: list[int]) -> int:
        chars[0] = 0
        profile = cProfile.Profile(subcalls=False)
        profile.runcall(check_text, text, published=published)
        return sum(entry.callcount for entry in profile.getstats()) + chars[0]  # pstats' total_calls, plus chars

    texts = ["T\n\n" + shape * (n // len(shape)) for n in (small, 10 * small)]
    check_text(texts[0], published=published)
    with counting() as chars:
        w_small, w_large = work(texts[0], chars), work(texts[1], chars)
    assert w_large <= 1.5 * 10 * w_small, (w_small, w_large)


def findings_of(text: str, kind: str) -> list[str]:
    """Return the exact words of each finding of ``kind`` that ``annotate`` makes of ``text``.

    >>> text = "T\\n\\nMay 2, 2020\\n\\nThe envoys met.\\n\\nOfficials in Seoul said the cost of the\\n\\nThey left."
    >>> findings_of(text, "truncated_sentence")
    ['Officials in Seoul said the cost of the']
    """
    from analysis.extract import annotate

    return [f.exact for f in annotate(text).findings if f.kind == kind]


def finding_cases(kind: str, head: str, params: Sequence[Any]) -> list[Any]:
    """Return ``params`` (pytest params of a text and what it wants, as :func:`outcome` and :func:`cases` make them)
    with the finding ``kind`` they are about in front and ``head`` set before each text, for :func:`findings_test`.

    >>> [(p.values, p.id) for p in finding_cases("lost_referent", "T\\n\\n", outcome(1, A=["x"]))]
    [(('lost_referent', 'T\\n\\nx', 1), 'A-1')]
    """
    return [pytest.param(kind, head + p.values[0], *p.values[1:], id=p.id) for p in params]


def findings_test(*params: Any) -> Callable[..., None]:
    """Return a test that the text of each case of ``params`` (see :func:`finding_cases`) has as many findings of its
    kind as the case wants (a number), or some (True) or none (False), in chunks (:func:`merged`; the test takes a
    chunk); a module binds it to a name of its own that starts with "test_", so that one test serves all its tables
    of findings.

    >>> findings_test(*finding_cases("truncated_sentence", "T\\n\\nMay 2, 2020\\n\\n", outcome(0, A=["We met."])))(
    ...     finding_cases("truncated_sentence", "T\\n\\nMay 2, 2020\\n\\n", outcome(0, A=["We met."])))
    """

    def check(kind: str, text: str, want: int | bool) -> None:
        found = findings_of(text, kind)
        assert (bool(found) if isinstance(want, bool) else len(found)) == want, found

    @pytest.mark.parametrize("rows", merged(params))
    def test(rows: list[Any]) -> None:
        run_rows(check, rows)

    return test


def claim_of(text: str, published: str, exact: str) -> check.Claim:
    """Return the claim of ``text`` (published on ``published``, ISO) whose words hold ``exact``."""
    return next(c for words, c in read_claims(text, published).items() if exact in words)


def names_found(text: str) -> str:
    """Return "exact=name" of each person :func:`analysis.extract.names.find_names` reads in ``text``, ";"-joined.

    >>> names_found("Envoy Jo Tallan met the press.")
    'Jo Tallan=Jo Tallan'
    """
    from analysis.extract.names import find_names

    return ";".join(f"{n.exact}={n.name}" for n in find_names(text)) or "None"


# Notebooks under tests/fixtures are inputs for the report tests (one fails on purpose), not tests.
collect_ignore_glob = ["fixtures/*"]

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = (FIXTURES / "articles" / "hostile.txt").read_text(encoding="utf-8")
CHROMIUM = Path("/usr/bin/chromium")
PROG = "python -m analysis"

# The units xdist hands out (--dist loadscope: a module, a module's doctests, a notebook), longest first by
# their measured durations (`pytest --durations=0`), in this order (--no-loadscope-reorder), so that no long
# unit starts late and both workers stay busy to the end (a worker gets its next unit when two of its tests
# are left). The browser module goes first: it makes the shared site (:func:`hostile_site`) and then drives
# Chromium on it, the longest chain; the determinism module makes its own build, then reads the shared one,
# which is done by then. A path ending in "/" ranks everything under it. The rest follow in collection order.
SLOW_FIRST = ("tests/test_browser.py", "tests/test_corpus.py", "tests/test_determinism.py", "tests/test_report.py",
              "tests/test_rename30.py", "tests/test_claims31.py", "tests/test_claims40.py", "tests/test_claims41.py",
              "tests/test_claims42.py", "tests/test_claims43.py", "tests/test_mutants59.py",
              "tests/test_dates40.py",
              # the modules whose linearity check profiles check_text on a long text (8-25 s each under load)
              "tests/test_ofix44.py", "tests/test_fresh90v.py", "tests/test_mend81v.py", "tests/test_mendf70.py",
              "tests/test_fresh81v.py", "tests/test_mend90v.py",
              "tests/test_quotes40.py",
              "tests/test_bad_inputs.py",
              "tests/test_charts.py",
              "notebooks/", "tests/test_standards.py",
              "tests/test_any_article.py", "tests/test_annotate_properties.py", "tests/test_properties.py",
              "tests/test_data_paths.py", "tests/test_views.py", "tests/test_adversarial.py", "tests/test_quotes26.py",
              "tests/test_claims26.py", "tests/test_dates26.py", "analysis/charts.py",
              "analysis/execute.py", "tests/test_cli_annotate.py", "tests/test_data.py")


#: Modules that run on shared work, each group one unit of xdist's (see :func:`unit_of`), so that one worker does the
#: work once: the claim batteries compare their copies of the dev articles with the articles' own check
#: (``test_claims31.dev_claims``, made once per process by ``analysis.mutants.article_claims``, which the mutation
#: run's targets in test_mutants59 read too), the quote batteries read the quotes of the same dev
#: articles and of the same copies (``quotes40_variants.speaker_at``, cached); claims30's strict companion of claims26
#: reads claims26's check of its whole battery (``test_claims26.checked``, cached: about 3.5 s of CPU); the modules that
#: walk the package's source read its syntax trees (:func:`parsed`, cached: quotes.py alone is 0.8 MB). A group runs
#: where its first module ranks in SLOW_FIRST, its modules in collection order.
SHARED = {"dev claims": ("tests/test_claims31.py", "tests/test_claims40.py", "tests/test_claims41.py",
                         "tests/test_claims42.py", "tests/test_claims43.py", "tests/test_mutants59.py"),
          "dev quotes": ("tests/test_quotes40.py", "tests/test_quotes41.py", "tests/test_quotes42.py",
                         "tests/test_quotes45.py"),
          "claims26 battery": ("tests/test_claims26.py", "tests/test_claims30.py"),
          "package source": ("tests/test_code_shape.py", "tests/test_lazyre.py", "tests/test_windows57.py")}
_UNIT_OF = {module: unit for unit, modules in SHARED.items() for module in modules}


@functools.cache
def _rank_of(path: Path) -> int:
    """Position of the file at ``path`` in SLOW_FIRST (or of the folder it is under); after them, the rest."""
    try:
        name = path.relative_to(paths.ROOT).as_posix()
    except ValueError:
        return len(SLOW_FIRST)
    return next((i for i, p in enumerate(SLOW_FIRST) if name == p or (p.endswith("/") and name.startswith(p))),
                len(SLOW_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the slow units to the front (a stable sort: order within each rank is kept); give each test marked xfail
    the failure report of :func:`expected_failure_repr`."""
    items.sort(key=lambda item: _rank_of(item.path))
    for item in items:
        if isinstance(item, pytest.Function) and item.get_closest_marker("xfail") is not None:
            item.repr_failure = functools.partial(expected_failure_repr, item, item.repr_failure)


def expected_failure_repr(item: pytest.Function, full: Callable[[Any], Any], excinfo: Any) -> Any:
    """Return the report of a test's failure: its exception's one line when the failure is the one its xfail mark
    expects (pytest then reports it as xfailed, with the mark's reason, and shows no traceback), else ``full`` (the
    test's own ``repr_failure``: the whole traceback). pytest builds that traceback before it knows the failure was
    expected, reading the source of every frame (an ``ast.parse`` of each file) and xdist then sends it to the
    controller: about 30 ms of CPU for each of the suite's 310 strict xfails, for text nobody reads. Under
    ``--runxfail``, or for an exception other than those the mark expects (``raises``), the traceback is built as
    before.

    >>> from types import SimpleNamespace as NS
    >>> from _pytest.skipping import Xfail, xfailed_key
    >>> item = NS(stash={xfailed_key: Xfail("known", True, True, None)}, config=NS(option=NS(runxfail=False)))
    >>> with pytest.raises(AssertionError) as excinfo:
    ...     raise AssertionError("2 of 3 rows failed")
    >>> expected_failure_repr(item, lambda e: "whole traceback", excinfo)
    'AssertionError: 2 of 3 rows failed'
    >>> item.stash[xfailed_key] = Xfail("known", True, True, KeyError)
    >>> expected_failure_repr(item, lambda e: "whole traceback", excinfo)
    'whole traceback'
    >>> item.stash[xfailed_key], item.config.option.runxfail = Xfail("known", True, True, None), True
    >>> expected_failure_repr(item, lambda e: "whole traceback", excinfo)
    'whole traceback'
    """
    from _pytest.skipping import xfailed_key

    xfailed = item.stash.get(xfailed_key, None)
    raises = xfailed.raises if xfailed else None
    named = raises is None or (isinstance(raises, type | tuple) and isinstance(excinfo.value, raises))
    return excinfo.exconly() if xfailed and named and not item.config.option.runxfail else full(excinfo)


def unit_of(scope: str) -> str:
    """Return the unit xdist hands out for a loadscope scope (a module, a class): its group's name in :data:`SHARED`,
    else the scope itself.

    >>> unit_of("tests/test_claims42.py"), unit_of("tests/test_dates8.py::TestX")
    ('dev claims', 'tests/test_dates8.py::TestX')
    """
    return _UNIT_OF.get(scope, scope)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Schedule ``--dist loadscope`` with :func:`scheduling` (other modes: xdist's own)."""
    return scheduling()(config, log) if config.getvalue("dist") == "loadscope" else None


@functools.cache
def scheduling() -> type:
    """Return xdist's loadscope scheduling with the groups of :data:`SHARED` as units, and its bookkeeping made
    constant per finished test: xdist finds each test's index by a search of the whole collection and recounts
    every unit a worker ever had after each test, twice quadratic in the 25,000 tests (about 6 s of the controller's
    CPU, beside the two workers on a two-core machine).

    >>> from types import SimpleNamespace as NS
    >>> from xdist.remote import Producer
    >>> class Node:  # a worker that runs what it is sent, in order
    ...     shutting_down, sent = False, []
    ...     def send_runtest_some(self, indices): self.sent += indices
    ...     def shutdown(self): self.shutting_down = True
    >>> ids = ["tests/test_claims41.py::a", "tests/test_x.py::b", "tests/test_claims42.py::c"]
    >>> opt = NS(loadscopereorder=False, tx=["popen"], numprocesses=1, dist="loadscope", maxworkerrestart=None)
    >>> s = scheduling()(NS(option=opt, getvalue=lambda k: getattr(opt, k)), Producer("s", enabled=False))
    >>> node = Node()
    >>> s.add_node(node), s.add_node_collection(node, ids), s.schedule()
    (None, None, None)
    >>> list(s.assigned_work[node]), node.sent, s.tests_finished
    (['dev claims', 'tests/test_x.py'], [0, 2, 1], False)
    >>> for i in node.sent: s.mark_test_complete(node, i)
    >>> s.tests_finished, s.has_pending
    (True, False)
    """
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):
        """Loadscope with :func:`unit_of`'s units; a count of the tests left per unit; each worker's index."""

        def __init__(self, config: pytest.Config, log: Any = None) -> None:
            super().__init__(config, log)
            self.where: dict[Any, dict[str, int]] = {}  # worker -> test id -> its index in the worker's collection
            self.left: dict[str, int] = {}  # unit -> its tests not finished

        def _split_scope(self, nodeid: str) -> str:
            return unit_of(super()._split_scope(nodeid))

        def _assign_work_unit(self, node: Any) -> None:
            unit, tests = self.workqueue.popitem(last=False)
            self.assigned_work.setdefault(node, {})[unit] = tests
            if node not in self.where:
                self.where[node] = index = {}
                for i, nodeid in enumerate(self.registered_collections[node]):
                    index.setdefault(nodeid, i)
            todo = [self.where[node][nodeid] for nodeid, done in tests.items() if not done]
            self.left[unit] = len(todo)
            node.send_runtest_some(todo)

        def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:
            nodeid = self.registered_collections[node][item_index]
            unit = self._split_scope(nodeid)
            tests = self.assigned_work[node][unit]
            if not tests[nodeid]:
                tests[nodeid] = True
                self.left[unit] -= 1
            self._reschedule(node)

        def remove_node(self, node: Any) -> str | None:
            for unit in self.assigned_work.get(node, {}):  # counted again if a crash sends them back to the queue
                self.left.pop(unit, None)
            return super().remove_node(node)

        def _pending_of(self, workload: dict[str, dict[str, bool]]) -> int:
            return sum(self.left[u] if u in self.left else list(t.values()).count(False) for u, t in workload.items())

    return Scheduling


# --- files ---------------------------------------------------------------------------------------


@functools.cache
def parsed(source: str) -> ast.Module:
    """Return the syntax tree of ``source``, parsed once per process: the package's modules are megabytes of source
    that several test modules walk (test_code_shape, test_lazyre, test_windows57: one unit of xdist's, see
    :data:`SHARED`). Read the tree, never change it.

    A tree lives as long as the process (this cache) and holds no reference cycle, so it is built with the cyclic
    garbage collector paused and then frozen (``gc.freeze``, after a collection of the garbage already there): the
    collector's passes while the unit ran walked every node of every tree again and again (suite60: about 2 s of
    CPU, most of the garbage collection of the whole run).

    >>> parsed("x = 1") is parsed("x = 1"), type(parsed("x = 1").body[0]).__name__
    (True, 'Assign')
    """
    gc.collect()
    paused = gc.isenabled()
    gc.disable()
    try:
        tree = ast.parse(source)
    finally:
        if paused:
            gc.enable()
    gc.freeze()
    return tree


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def digest(folder: Path) -> str:
    """One SHA-256 over the names and contents of every file under ``folder``."""
    h = hashlib.sha256()
    for name, content in tree(folder).items():
        h.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of the CSV file at ``path`` as the csv module reads them (header -> keys)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def table_rows(name: str) -> list[dict[str, str]]:
    """The rows of data table ``name`` (a resource of data/datapackage.json)."""
    from analysis import data

    return read_rows(paths.DATA / data.resource(name)["path"])


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write ``rows`` (the first row's keys are the header) as UTF-8 CSV with CRLF row ends; return ``path``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


def write_anew(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` as a new file (removing the old one first); return ``path``.

    For a file a battery writes again for each copy it checks (``copy.txt``): ext4 (``auto_da_alloc``) writes a
    truncated file's blocks out when it is closed, and the test waits for the disk (about 5 ms a copy, against 0.1 ms
    for a new file); the name and the text read back are the same either way.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "copy.txt"
    ...     write_anew(path, "one"), write_anew(path, "two").read_text(encoding="utf-8")
    (PosixPath('.../copy.txt'), 'two')
    """
    path.unlink(missing_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def previous_build(out: Path) -> dict[str, bytes]:
    """Make ``out`` look like an earlier report build (marker, index, a figure); return its files."""
    out.mkdir()
    (out / ".sma-report").write_text("previous build\n")
    (out / "index.html").write_text("<p>previous reports</p>\n")
    (out / "figures").mkdir()
    (out / "figures" / "01-x.csv").write_text("year\n2019\n")
    return tree(out)


def leftovers(out: Path) -> list[str]:
    """Temporary build or swap folders a report build left beside ``out``."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


# --- the command line ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ran:
    """What a command did: its exit status and what it wrote."""

    returncode: int
    stdout: str
    stderr: str


class FullDisk(io.RawIOBase):
    """A file whose writes fail as on a full disk (``ENOSPC``, as /dev/full's do) while ``full`` is set.

    >>> f = io.TextIOWrapper(io.BufferedWriter(FullDisk()))
    >>> f.write("x"), f.flush()
    Traceback (most recent call last):
    OSError: [Errno 28] No space left on device
    >>> f.buffer.raw.full = False; f.close()
    """

    full = True

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return len(memoryview(b))


def cli(argv: Sequence[str], stdout: str = "pipe") -> Ran:
    """Run ``python -m analysis ARGV`` in this process (``analysis.cli.main``); return what it did. Its standard output
    is kept (``stdout="pipe"``), on a full disk (``"full"``: every write fails) or closed (``"closed"``: none, as an
    interpreter started with its descriptor 1 closed has: ``sys.stdout`` is None).

    >>> cli(["annotate"], stdout="closed").returncode, cli(["annotate", "/no/such.txt"], stdout="full").returncode
    (2, 2)
    """
    from analysis.cli import main

    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace", newline="") for _ in "12")
    full = io.TextIOWrapper(io.BufferedWriter(FullDisk()), encoding="utf-8")
    with contextlib.redirect_stdout({"pipe": out, "full": full, "closed": None}[stdout]), \
            contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    full.buffer.raw.full = False  # what it still holds goes nowhere
    full.close()
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8", errors="replace"))
    return Ran(code, *texts)


def cli_process(argv: Sequence[str], *, cwd: Path = paths.ROOT, env: dict[str, str] | None = None,
                timeout: float = 120, stdout: Any = subprocess.PIPE, preexec_fn: Any = None) -> Ran:
    """Run ``python -m analysis ARGV`` in a new interpreter (``stdout``: where its output goes); return what it did."""
    r = subprocess.run([sys.executable, "-m", "analysis", *argv], stdout=stdout, stderr=subprocess.PIPE, text=True,
                       encoding="utf-8", errors="replace", cwd=cwd, env=env, timeout=timeout,
                       preexec_fn=preexec_fn)  # fmt: skip
    return Ran(r.returncode, r.stdout or "", r.stderr)


def one_line(r: Ran) -> str:
    """The one line a failed command wrote on stderr, after checking it is exactly one clean line and no output."""
    assert r.stdout == "", r.stdout[:500]
    assert "\x1b" not in r.stderr, "a control character reached the terminal"
    assert r.stderr.endswith("\n") and r.stderr.count("\n") == 1, r.stderr[-2000:]
    line = r.stderr.rstrip("\n")
    assert "Traceback" not in line
    assert "; " in line, f"no 'what to do' part: {line}"
    return line


def _analysis_modules() -> list[Any]:
    return [m for name, m in list(sys.modules.items()) if name == "analysis" or name.startswith("analysis.")]


def _clear_caches() -> None:
    """Forget every cached table, gazetteer, package and source list of the analysis modules."""
    for module in _analysis_modules():
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@contextlib.contextmanager
def use_data(folder: Path) -> Iterator[None]:
    """Point every module of the package at ``folder`` instead of data/ (any path under data/ it holds), no caches.

    The path constants a module copied at import (``DATA``, ``SOURCES_CSV`` ...) are moved too; on leaving,
    every one is put back and the caches are cleared again.
    """
    real = paths.DATA
    with pytest.MonkeyPatch.context() as mp:
        for module in _analysis_modules():
            for attr, value in list(vars(module).items()):
                if isinstance(value, Path) and value.is_relative_to(real):
                    mp.setattr(module, attr, folder / value.relative_to(real))
        _clear_caches()
        try:
            yield
        finally:
            _clear_caches()


@contextlib.contextmanager
def kernel_guard() -> Iterator[list[str]]:
    """Yield a list that gets an entry for every Jupyter kernel a command tries to start (none is started)."""
    from nbclient import NotebookClient

    started: list[str] = []

    def refuse(self: Any, **kw: Any) -> None:
        started.append("kernel")
        raise RuntimeError("kernel_guard: a kernel was started")

    async def refuse_async(self: Any, **kw: Any) -> None:
        refuse(self, **kw)

    with pytest.MonkeyPatch.context() as mp:  # papermill's client calls the sync form, nbclient the async one
        mp.setattr(NotebookClient, "async_start_new_kernel", refuse_async)
        mp.setattr(NotebookClient, "start_new_kernel", refuse)
        yield started


# --- one shared build of the real notebooks ------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """A finished report build: the article it was built from, its folder, and its notebooks' outputs."""

    article: Path
    out: Path
    outputs: dict[str, str]  # notebook -> its code cells' outputs as JSON, the build folder written as OUT


def _shared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's folder shared by all xdist workers (each worker's own base folder is one level down)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if need be) across processes."""
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def hostile_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile article at the one path every build of :func:`hostile_site` (and its twin) reads."""
    path = _shared_dir(tmp_path_factory) / "hostile.txt"
    if not path.exists():
        tmp = path.with_name(f"hostile.{os.getpid()}.tmp")
        tmp.write_text(HOSTILE, encoding="utf-8")
        tmp.replace(path)
    return path


def outputs_json(nb: Any, out: Path) -> str:
    """The outputs of a notebook's code cells by cell id, as JSON, with the build folder ``out`` written OUT."""
    cells = [[c.get("id"), c.get("outputs", [])] for c in nb.cells if c.cell_type == "code"]
    return json.dumps(cells, sort_keys=True, ensure_ascii=False).replace(str(out), "OUT")


def build_capturing(article: Path, out: Path, *, screenshots: bool = False) -> dict[str, str]:
    """Build the real notebooks on ``article`` into ``out``; return each notebook's outputs (see outputs_json).

    The notebooks are captured as they come out of ``site.execute_notebook`` and read after the build,
    which cleans run noise (temp folder -> output folder, addresses) from those same objects.
    """
    from analysis import site as report

    executed: dict[str, Any] = {}
    real_execute = report.execute_notebook

    def capture(nb: Any, cwd: Path, *, name: str = "notebook", **kw: Any) -> Any:
        executed[name] = done = real_execute(nb, cwd, name=name, **kw)
        return done

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(report, "execute_notebook", capture)
        report.build_reports(article=article, out=out, progress=False, screenshots=screenshots)
    return {name: outputs_json(nb, out) for name, nb in executed.items()}


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The shared build: the project's notebooks on the hostile article, with screenshots if Chromium is there.

    Built once per test run: the first xdist worker to ask builds it under a lock in the run's shared folder;
    the others wait for it and read the same files.
    """
    shared = _shared_dir(tmp_path_factory)
    article = hostile_article(tmp_path_factory)
    folder = shared / "hostile-site"
    done = folder / "outputs.json"
    with _locked(shared / "hostile-site.lock"):
        if not done.exists():
            folder.mkdir(exist_ok=True)
            outputs = build_capturing(article, folder / "reports", screenshots=CHROMIUM.exists())
            done.write_text(json.dumps(outputs), encoding="utf-8")
    return Site(article, folder / "reports", json.loads(done.read_text(encoding="utf-8")))


class CountedText(str):
    """An article text that counts the characters its slices hand out and its backward searches read."""

    read = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        type(self).read += len(got)
        return got

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        type(self).read += max(0, end - start)
        return super().rfind(sub, start, end)
