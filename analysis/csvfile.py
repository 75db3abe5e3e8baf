"""Read a CSV file of data/ strictly, with the standard library only: every way it can be broken is a DataError.

A file that is missing, empty, not UTF-8, has an unclosed quote, a row with too few or too many cells, a
blank or repeated column name, or a header and no rows raises :class:`analysis.errors.DataError`: one line
naming the file and the line where the problem is, and what to do. A UTF-8 byte-order mark is accepted.
Used by :mod:`analysis.data` (which then types and validates the cells) and by the annotator's gazetteer
(which must not import pandas).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = p.write_text('id,note\\na,"two\\nlines"\\nb,\\n', encoding="utf-8")
>>> t = read_csv(p)
>>> t.header, t.rows, t.lines
(('id', 'note'), (('a', 'two\\nlines'), ('b', '')), (2, 4))
>>> _ = p.write_text('id,note\\na,"open\\n', encoding="utf-8")
>>> read_csv(p, where="t.csv")
Traceback (most recent call last):
analysis.errors.DataError: t.csv: line 2: a quoted value starts here and is never closed; ...
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import DataError

__all__ = ["CsvTable", "csv_text", "read_csv"]


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and rows (all text), and the file line each row starts on."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]

    def dicts(self) -> list[dict[str, str]]:
        """Return the rows as dicts keyed by column name.

        >>> CsvTable(("a", "b"), (("1", "2"),), (2,)).dicts()
        [{'a': '1', 'b': '2'}]
        """
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def _text(path: Path, where: str) -> str:
    """Return the file decoded as UTF-8 (a BOM dropped), or raise DataError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError("file not found", where=where, fix="restore it from git") from None
    except OSError as exc:
        raise DataError(f"cannot read the file ({exc.strerror or type(exc).__name__})", where=where,
                        fix="give a readable CSV file") from None
    if not data.strip():
        raise DataError("file is empty (no header row)", where=where, fix="restore it from git") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(f"line {line}: byte 0x{data[exc.start]:02x} is not UTF-8", where=where,
                        fix="save the file as UTF-8") from None


def read_csv(path: Path | str, *, where: str | None = None, fix: str = "restore it from git") -> CsvTable:
    """Return the header and rows of the CSV file at ``path``; DataError (one line) on any broken file.

    ``where`` names the file in messages (default: the path); ``fix`` says what to do about a bad row.

    >>> read_csv("/no/such.csv")
    Traceback (most recent call last):
    analysis.errors.DataError: /no/such.csv: file not found; restore it from git
    """
    path = Path(path)
    where = where or str(path)
    reader = csv.reader(io.StringIO(_text(path, where), newline=""), strict=True)
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            what = ("a quoted value starts here and is never closed" if "end of data" in str(exc)
                    else f"not valid CSV ({exc})")
            raise DataError(f"line {start}: {what}", where=where, fix=fix) from None
        if not row:  # a blank line
            continue
        if header is None:
            header = _check_header(tuple(row), start, where, fix)
            continue
        if len(row) != len(header):
            raise DataError(f"line {start}: {len(row)} cell{'s' * (len(row) != 1)} where the header has "
                            f"{len(header)} (a cut or merged row?)", where=where, fix=fix)
        rows.append(tuple(row))
        lines.append(start)
    if header is None or not rows:
        raise DataError("file has a header but no rows", where=where, fix="restore it from git")
    return CsvTable(header, tuple(rows), tuple(lines))


def _check_header(header: tuple[str, ...], line: int, where: str, fix: str) -> tuple[str, ...]:
    """Return the header, or raise DataError if a column name is blank or repeated."""
    names = [h.strip() for h in header]
    if not all(names):
        raise DataError(f"line {line}: column {names.index('') + 1} of the header has no name", where=where, fix=fix)
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise DataError(f"line {line}: column {', '.join(repeated)} appears twice in the header", where=where,
                        fix=fix)
    return header


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    """Return CSV text as RFC 4180 has it: a header, CRLF row ends, and any cell holding a comma, a quote, a
    CR or an LF quoted (with ``lineterminator="\\n"`` the csv module would leave a lone CR unquoted and a
    reader would split the row there).

    >>> csv_text(["id", "exact"], [["a1", 'say "hi"\\rthen']])
    'id,exact\\r\\na1,"say ""hi""\\rthen"\\r\\n'
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()
