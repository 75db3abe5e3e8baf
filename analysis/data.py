"""Load the sourced tables in data/ as typed pandas DataFrames, validated on every load.

The checks are not written here by hand: each table's Frictionless Table Schema in
``data/datapackage.json`` (types, required, unique, minimum/maximum, pattern, enum, primary and
foreign keys, and the ids inside ``list`` fields declared in ``listForeignKeys``) is turned into a
pandera schema, so the file that documents the data is the file that validates it (frictionless-py
checks the same package in ``tests/test_standards.py``; it is about 2.5 times slower, so not used here).
Files are read by :func:`analysis.csvfile.read_csv`. A broken file raises :class:`analysis.errors.DataError`,
one line naming the file, the row (as a line number of the CSV), the column and what to do.

Every cell is first checked by :mod:`analysis.schema` against the same schema with the standard library
(no pandas or pandera import: what ``report`` runs before any kernel), so a bad cell
never reaches pandera; pandera then types and validates the table again, and the result is kept in the
cache of validated tables (:func:`load_table`) that the notebooks' kernels read back without pandera.
Both paths word a bad cell's line the same way (``tests/test_data_paths.py`` compares them).

>>> sma = load_sma()
>>> len(sma), int(sma.year.min()), int(sma.year.max())
(36, 1991, 2026)
>>> float(load_exchange_rates().set_index("year").loc[2019, "krw_per_usd"])
1165.8016
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.csvfile import CsvTable
from analysis.errors import DataError
from analysis.schema import FIX as _FIX
from analysis.schema import Problem, check_columns, check_dates, check_table, data_file, describe, known_ids, references
from analysis.schema import Reference as Reference  # re-exported: callers use data.Reference, data.split_ids
from analysis.schema import display as _display
from analysis.schema import split_ids as split_ids

if TYPE_CHECKING:  # pandas loads on the first table read: check_files() and datapackage() stay fast
    import pandas as pd

#: Table Schema type -> pandas dtype (nullable integer where a value may be missing).
_DTYPES = {"string": "str", "list": "str", "number": "float64", "date": "datetime64[ns]"}


@cache
def datapackage(path: Path | None = None) -> dict[str, Any]:
    """Return the data package descriptor (``data/datapackage.json``) as a dict; DataError if it is broken.

    >>> {"sources", "sma_contributions", "exchange_rates"} <= {r["name"] for r in datapackage()["resources"]}
    True
    """
    path = path or paths.DATAPACKAGE
    where, fix = _display(path), "restore data/datapackage.json from git"
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DataError("file not found", where=where, fix=fix) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read it as UTF-8 ({exc})", where=where, fix=fix) from None
    if not text.strip():
        raise DataError("file is empty", where=where, fix=fix)
    try:
        package = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})", where=where,
                        fix=fix) from None
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list) or not all(
        isinstance(r, dict) and {"name", "path"} <= set(r) and isinstance(r.get("schema"), dict)
        and isinstance(r["schema"].get("fields"), list) for r in resources
    ):
        raise DataError("not a data package (each resource needs a name, a path and a schema with fields)",
                        where=where, fix=fix)
    return package


def resource(name: str) -> dict[str, Any]:
    """Return one resource of the data package by name.

    >>> resource("exchange_rates")["path"]
    'exchange_rates.csv'
    """
    for res in datapackage()["resources"]:
        if res["name"] == name:
            return res
    raise DataError(f"no resource {name!r}", where=_display(paths.DATAPACKAGE),
                    fix="restore data/datapackage.json from git")


def _column(field: dict[str, Any], lookups: dict[str, tuple[Reference, frozenset[str]]]) -> Any:
    import pandera.pandas as pa

    cons = field.get("constraints", {})
    required = bool(cons.get("required"))
    kind = field["type"]
    dtype = "int64" if kind == "integer" and required else "Int64" if kind == "integer" else _DTYPES[kind]
    checks = []
    if "minimum" in cons:
        checks.append(pa.Check.ge(cons["minimum"]))
    if "maximum" in cons:
        checks.append(pa.Check.le(cons["maximum"]))
    # An optional text cell left empty is missing (Table Schema's missingValues [""]): no pattern or enum applies.
    blank = (lambda s: s.eq("")) if not required else (lambda s: s.ne(s))
    if "pattern" in cons:  # the whole value must match, as in Table Schema ("abc\\n" must fail "^abc$")
        checks.append(pa.Check(lambda s, p=cons["pattern"]: s.str.fullmatch(p) | blank(s),
                               name=f"pattern {cons['pattern']}"))
    if "enum" in cons:
        checks.append(pa.Check(lambda s, e=tuple(cons["enum"]): s.isin(e) | blank(s), name=f"isin {cons['enum']}"))
    if field["name"] in lookups:
        ref, known = lookups[field["name"]]
        checks.append(
            pa.Check(
                lambda s, ref=ref, known=known: s.map(lambda v: all(i in known for i in ref.ids(v))),
                name="ids_resolve",
                error="ids_resolve",
            )
        )
    return pa.Column(dtype, checks=checks, nullable=not required, unique=bool(cons.get("unique")), coerce=True)


@dataclass(frozen=True)
class _Raw:
    """A table as read (all text, as a CSV table and as a frame), its resource, and the ids its foreign keys may use
    (:func:`analysis.schema.known_ids`)."""

    res: dict[str, Any]
    table: CsvTable
    frame: pd.DataFrame
    known: dict[str, tuple[Reference, frozenset[str]]]


def _describe_failure(raw: _Raw, cases: pd.DataFrame) -> str:
    """Turn pandera's failure cases into one sentence about the first bad cell (as :func:`schema.describe` words it)."""
    return describe(raw.res, raw.table, [_problem(raw, case) for case in cases.to_dict("records")])


def _problem(raw: _Raw, case: dict[str, Any]) -> Problem:
    """Return one of pandera's failure cases as a :class:`analysis.schema.Problem`."""
    import pandas as pd

    column, check, value = case["column"], str(case["check"]), case["failure_case"]
    row = pd.to_numeric(pd.Series([case["index"]]), errors="coerce")[0]
    if pd.isna(row):
        return Problem(None, column, False, f"{check} on {value!r}")
    row = int(row)
    raw_value = raw.frame.iloc[row][column] if column in raw.frame.columns else value
    is_type = check.startswith(("coerce_dtype", "dtype", "column_in"))
    if is_type and raw_value == "":  # an empty cell of a required integer column (int64 has no missing value)
        return Problem(row, column, False, "value is missing but required")
    if is_type:
        kind = next(f["type"] for f in raw.res["schema"]["fields"] if f["name"] == column)
        text = f"{raw_value!r} is not a valid {kind}"
    elif check == "not_nullable":
        text = "value is missing but required"
    elif check == "field_uniqueness" or check.startswith("multiple_fields_uniqueness"):
        text = f"{raw_value!r} is a duplicate key"
    elif check == "ids_resolve":
        ref, known = raw.known[column]
        unknown = ", ".join(i for i in ref.ids(raw_value) if i not in known)
        text = f"{unknown!r} is not an id in {ref.resource}.csv ({ref.field})"
    else:
        text = f"{raw_value!r} fails {check}"
    return Problem(row, column, is_type, text)


def check_files() -> None:
    """Raise DataError for the first file of the data package that is not a readable CSV of its schema's columns.

    The standard library only (no pandas): what ``report`` checks first, so that a broken file fails at once.

    >>> check_files()
    """
    for res in datapackage()["resources"]:
        data_file(res["name"])  # kept: the cell checks after it read the same text


def _read_raw(name: str, path: Path | None, where: str, fix: str, fast: bool) -> _Raw:
    """Return the table's file read once, as text with exactly the schema's columns, or raise DataError.

    ``fast``: every cell checked first (:func:`analysis.schema.check_table`); else only the dates, which
    pandas must not read before they are known to be real ``YYYY-MM-DD`` dates.
    """
    import pandas as pd

    res = resource(name)
    if fast:
        table = check_table(name, path, where=where)
    else:
        table = data_file(name) if path is None else check_columns(res, path, where, fix)
        check_dates(res, table, where, fix)
    wanted = [f["name"] for f in res["schema"]["fields"]]
    frame = pd.DataFrame(list(table.rows), columns=list(table.header), dtype=str)[wanted]
    return _Raw(res, table, frame, known_ids(res))


def read_table(name: str, path: Path | None = None, *, fast: bool = True) -> pd.DataFrame:
    """Return the resource ``name`` read from ``path`` (default: its file in data/), validated and typed.

    Raises :class:`DataError` naming the file, CSV line and column of the first problem. The file is read
    once; its cells are checked first with the standard library (:func:`analysis.schema.check_table`: a
    bad cell costs no pandera import), then typed and validated again by pandera; ``fast=False`` skips the
    first check but for the dates (the tests compare the two paths' messages).

    >>> read_table("sources").columns.tolist()
    ['source_id', 'publisher', 'title', 'date', 'url', 'note']
    """
    import pandas as pd
    import pandera.pandas as pa

    res = resource(name)
    where, fix = _display(path or paths.DATA / res["path"]), _FIX.format(name)
    raw = _read_raw(name, path, where, fix, fast)
    fields = res["schema"]["fields"]
    frame = raw.frame.copy()
    for f in fields:
        # Table Schema's missingValues is [""]: an empty cell is missing, so a required one fails.
        if f["type"] not in ("string", "list") or f.get("constraints", {}).get("required"):
            frame[f["name"]] = frame[f["name"]].replace("", None)
        if f["type"] == "date":
            frame[f["name"]] = pd.to_datetime(frame[f["name"]], format="%Y-%m-%d")
    pkey = res["schema"].get("primaryKey", [])
    schema = pa.DataFrameSchema(
        {f["name"]: _column(f, raw.known) for f in fields},
        unique=pkey if len(pkey) > 1 else None,
        coerce=True,
        name=name,
    )
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise DataError(_describe_failure(raw, exc.failure_cases), where=where, fix=fix) from None


@cache
def load_table(name: str) -> pd.DataFrame:
    """Return the validated table ``name`` from data/ (cached; callers get a copy via the loaders).

    A table validated once is kept in :func:`cache_dir`, keyed by :func:`cache_key`, so the next process
    (each notebook kernel) reads it back without importing pandera or validating again; any change to
    the file, its schema, a table it refers to or this code gives a new key, and the table is validated.

    >>> load_table("sma_contributions").shape[0]
    36
    """
    key = cache_key(name)
    hit = _cache_read(name, key) if key else None
    if hit is not None:
        return hit
    for ref in references(resource(name)).values():  # the tables its ids point at are validated (and kept) first
        if ref.resource != name:
            load_table(ref.resource)
    table = read_table(name)
    if key:
        _cache_write(name, key, table)
    return table


#: What a validated table depends on besides data/: the code that validates it.
_CODE = (Path(__file__), Path(__file__).with_name("csvfile.py"), Path(__file__).with_name("schema.py"))


def cache_dir() -> Path:
    """Return the folder of validated tables (under the git-ignored build/).

    >>> cache_dir().relative_to(paths.ROOT).as_posix()
    'build/cache/tables'
    """
    return paths.CACHE / "tables"


def cache_key(name: str) -> str | None:
    """Return a digest of everything validating ``name`` reads, or None if a file cannot be read (no caching).

    It covers the table's file and schema, the keys of the tables its ids point at, the validating code
    and the pandas and pandera versions.

    >>> key = cache_key("demands")
    >>> len(key), key == cache_key("demands"), key == cache_key("sources")
    (64, True, False)
    """
    res = resource(name)
    digest = hashlib.sha256(json.dumps(res, sort_keys=True).encode())
    try:
        for path in (paths.DATA / res["path"], *_CODE):
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        return None
    digest.update(_versions().encode())
    for ref in references(res).values():
        if ref.resource != name:
            sub = cache_key(ref.resource)
            if sub is None:
                return None
            digest.update(sub.encode())
    return digest.hexdigest()


@cache
def _versions() -> str:
    """Return the versions of the libraries that read and validate tables (a cached table depends on them)."""
    from importlib.metadata import version

    return f"pandas {version('pandas')} pandera {version('pandera')}"


def is_cached(name: str) -> bool:
    """Return True if the table ``name`` as it is now (file, schema, code) is in the cache of validated tables.

    >>> _ = load_table("sources"); is_cached("sources")
    True
    """
    key = cache_key(name)
    return key is not None and (cache_dir() / f"{name}-{key}.pkl").is_file()


def _cache_read(name: str, key: str) -> pd.DataFrame | None:
    """Return the table saved under ``key``, or None if there is none (or it cannot be read back)."""
    import pandas as pd

    from analysis.cache import read_pickle

    return read_pickle(cache_dir() / f"{name}-{key}.pkl", pd.DataFrame)


def _cache_write(name: str, key: str, table: pd.DataFrame) -> None:
    """Save a validated table under ``key`` (see :func:`analysis.cache.store`: atomic, older keys dropped)."""
    from analysis.cache import write_pickle

    write_pickle(cache_dir() / f"{name}-{key}.pkl", table)


def load_sources() -> pd.DataFrame:
    """Return sources.csv: ``source_id``, ``publisher``, ``title``, ``date``, ``url``, ``note``.

    >>> load_sources().source_id.is_unique
    True
    """
    return load_table("sources").copy()


def load_sma() -> pd.DataFrame:
    """Return South Korea's SMA contribution per year, 1991-2026.

    Columns: ``year``, ``agreement``, ``agreement_no``, ``term_start``, ``term_end``,
    ``krw_billion`` (NaN where no source gives it), ``usd_million`` (as reported), ``source_ids``,
    ``note``.

    >>> row = load_sma().set_index("year").loc[2019]
    >>> row.agreement, float(row.krw_billion)
    ('10th', 1038.9)
    """
    return load_table("sma_contributions").copy()


def load_sma_conflicts() -> pd.DataFrame:
    """Return the values sources give that sma_contributions.csv does not use, and why.

    >>> {"year", "field", "value", "resolution"} <= set(load_sma_conflicts().columns)
    True
    """
    return load_table("sma_conflicts").copy()


def load_exchange_rates() -> pd.DataFrame:
    """Return annual average won per US dollar: ``year``, ``krw_per_usd``, ``source_ids``, ``note``.

    >>> rates = load_exchange_rates()
    >>> rates.year.is_unique and bool((rates.krw_per_usd > 0).all())
    True
    """
    return load_table("exchange_rates").copy()


def load_demands() -> pd.DataFrame:
    """Return reported demands and claims of what Seoul should pay, one row per report.

    >>> demands = load_demands()
    >>> bool(((demands.amount == 4.7e9) & (demands.currency == "USD")).any())
    True
    """
    return load_table("demands").copy()


def load_events() -> pd.DataFrame:
    """Return dated events (``start``, ``end`` as datetimes; ``actors`` as entity ids).

    >>> events = load_events()
    >>> bool((events.end >= events.start).all())
    True
    """
    return load_table("events").copy()


def load_entities() -> pd.DataFrame:
    """Return the gazetteer: people, organisations, places and agreements with their aliases.

    >>> load_entities().set_index("entity_id").loc["mark-esper", "kind"]
    'person'
    """
    return load_table("entities").copy()


def load_articles() -> pd.DataFrame:
    """Return the shipped articles' metadata, after checking each file is byte-for-byte unedited.

    >>> load_articles().set_index("article_id").loc["north-korea-angling", "byline"]
    'Cheryl Sanders'
    """
    table = load_table("articles").copy()
    for row in table.itertuples():
        path = paths.DATA / row.path
        if not path.is_file():
            raise DataError("article file not found", where=f"data/articles.csv, article {row.article_id}",
                            fix=f"restore data/{row.path} from git")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != row.sha256:
            raise DataError(f"data/{row.path} has sha256 {digest[:12]}..., not {row.sha256[:12]}... as recorded",
                            where="data/articles.csv", fix="restore the article byte for byte from its source")
    return table


def data_dictionary() -> str:
    """Return the README's data dictionary (Markdown) generated from data/datapackage.json.

    The README embeds this text between ``<!-- data-dictionary -->`` markers and a test keeps
    the two equal, so the documentation cannot drift from the schema that validates the data.

    >>> print(data_dictionary().splitlines()[0])
    ### `data/sources.csv` (sources)
    """
    out: list[str] = []
    for res in datapackage()["resources"]:
        out += [f"### `data/{res['path']}` ({res['name']})", "", res.get("description", ""), ""]
        out += ["| column | type | unit | required | constraints | meaning |", "|---|---|---|---|---|---|"]
        fks = references(res)
        for f in res["schema"]["fields"]:
            cons = dict(f.get("constraints", {}))
            required = "yes" if cons.pop("required", False) else ""
            rules = [f"{k}={v}" if not isinstance(v, list) else f"{k}: {' / '.join(map(str, v))}"
                     for k, v in cons.items()]
            if f["name"] in fks:
                rules.append(f"ids in {fks[f['name']].resource}.{fks[f['name']].field}")
            text = f.get("description", "").replace("|", "/")
            rule_text = "; ".join(rules).replace("|", "\\|")
            kind = f"list (`{f.get('delimiter', ',')}`)" if f["type"] == "list" else f["type"]
            out.append(f"| `{f['name']}` | {kind} | {f.get('unit', '')} | {required} | {rule_text} | {text} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def update_readme(readme: Path | None = None) -> bool:
    """Rewrite the data dictionary between the README's markers; return True if it changed."""
    import re

    readme = readme or paths.ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = re.sub(r"<!-- data-dictionary -->\n.*?<!-- /data-dictionary -->",
                 lambda _: f"<!-- data-dictionary -->\n{data_dictionary()}<!-- /data-dictionary -->", text, flags=re.S)
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":  # make docs
    print("README data dictionary", "updated" if update_readme() else "already up to date")
