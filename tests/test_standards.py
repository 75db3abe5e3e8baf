"""Checked with the tools other people run on these formats, not with the project's own code.

- ``data/`` is a valid Data Package for frictionless-py (the reference implementation): types, constraints,
  primary and foreign keys; the ids inside ``list`` fields (``listForeignKeys``, which frictionless 5 cannot
  check) are read as lists by frictionless and looked up here. Every broken cell the loaders refuse,
  frictionless refuses too: one schema, two validators that agree.
- The W3C Web Annotation and schema.org ClaimReview exports expand in a JSON-LD processor (pyld) offline,
  with the contexts the package ships, and carry no local path.
- The CSV exports read back cell for cell in pandas and in the csv module.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import data, paths

frictionless = pytest.importorskip("frictionless")


def frictionless_problems(datapackage: Path) -> list[str]:
    """Return every problem frictionless finds in the package, plus list items that are no key of their table."""
    report = frictionless.Package(str(datapackage)).validate()
    problems = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors] + [
        e.message for e in report.errors]
    package = frictionless.Package(str(datapackage))
    for res in json.loads(datapackage.read_text(encoding="utf-8"))["resources"]:
        for fk in res["schema"].get("listForeignKeys", []):
            (column,), target = fk["fields"], fk["reference"]
            keys = {row[target["fields"][0]] for row in package.get_resource(target["resource"]).read_rows()}
            for row in package.get_resource(res["name"]).read_rows():
                items = row[column] or []  # frictionless parses the cell as a list with the field's delimiter
                problems += [f"{res['name']}: row {row.row_number}: {column} {i!r} is not a key of "
                             f"{target['resource']}" for i in items if i not in keys]
    return problems


def test_the_data_package_is_valid_for_frictionless():
    assert frictionless_problems(paths.DATAPACKAGE) == []


def test_id_lists_are_list_fields_with_their_references():
    for res in data.datapackage()["resources"]:
        fields = {f["name"]: f for f in res["schema"]["fields"]}
        for column, ref in data.references(res).items():
            assert (fields[column]["type"] == "list") == ref.is_list, (res["name"], column)
            if ref.is_list:
                assert fields[column]["delimiter"] == ";"


from test_data import BAD_CELLS, _rows  # noqa: E402  (the loaders' table of bad cells)


@pytest.mark.parametrize(("name", "row", "column", "value", "said"), BAD_CELLS, ids=[c[2] for c in BAD_CELLS])
def test_frictionless_and_the_loader_refuse_the_same_bad_cells(tmp_path, name, row, column, value, said):
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    rows = _rows(name)
    rows[row][column] = rows[row - 1][column] if value == "=prev" else value
    path = copy / data.resource(name)["path"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    problems = frictionless_problems(copy / "datapackage.json")
    assert problems and all(p.startswith(f"{name}: ") for p in problems), problems
    with pytest.raises(data.DataError):
        data.read_table(name, path)


def _csv_both_ways(text: str) -> tuple[list[list[str]], pd.DataFrame]:
    return list(csv.reader(io.StringIO(text, newline=""))), pd.read_csv(io.StringIO(text), dtype=str,
                                                                         keep_default_na=False)
