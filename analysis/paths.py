"""Where the project's files live, resolved from this package, never from the working directory.

>>> DATA.name, NOTEBOOKS.name
('data', 'notebooks')
>>> SEED_ARTICLE.relative_to(ROOT).as_posix()
'data/articles/2019-11-16-north-korea-angling.txt'
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "analysis"
DATA = ROOT / "data"
ARTICLES = DATA / "articles"
SEED_ARTICLE = ARTICLES / "2019-11-16-north-korea-angling.txt"
DATAPACKAGE = DATA / "datapackage.json"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
#: Where notebooks run by hand or by nbval save chart PNG/CSV files; the report build passes its own.
BUILD_FIGURES = ROOT / "build" / "figures"
#: The git-ignored folder of keyed results (validated tables, drawn charts, checks): see :mod:`analysis.cache`.
CACHE = ROOT / "build" / "cache"


def output_dir(path: str | Path | None = None) -> Path:
    """Return ``path`` (default :data:`BUILD_FIGURES`) as an existing folder.

    >>> output_dir().relative_to(ROOT).as_posix()
    'build/figures'
    """
    out = Path(path) if path is not None else BUILD_FIGURES
    out.mkdir(parents=True, exist_ok=True)
    return out
