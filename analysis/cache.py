"""Keyed files under the git-ignored ``build/cache/``: one file per name and content key, written atomically.

The validated tables (:mod:`analysis.data`), the drawn charts (:mod:`analysis.charts`) and the checks of articles
(:func:`analysis.check.check_path` with ``cache=True``, as the notebooks call it) keep their results here; a new key
replaces the older ones of the same name, and a folder that cannot be written is no error (a read-only checkout
works, computing every time).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from analysis import paths


def read_pickle(path: Path, kind: type) -> Any:
    """Return the object pickled at ``path`` if it is a ``kind``, else None (no file, or one that cannot be read back).

    The files are the project's own build output, written by :func:`write_pickle` under the git-ignored build/.

    >>> folder = Path(tempfile.mkdtemp())
    >>> write_pickle(folder / "n-aaaa.pkl", {"a": 1}); read_pickle(folder / "n-aaaa.pkl", dict)
    {'a': 1}
    >>> read_pickle(folder / "n-aaaa.pkl", list), read_pickle(folder / "none.pkl", dict)
    (None, None)
    """
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        return None
    return value if isinstance(value, kind) else None


def write_pickle(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path`` through :func:`store` (atomic, older keys of the name dropped)."""
    store(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def package_digest() -> str:
    """Return a digest of the package's files (code, templates, contexts) and data/: what a check depends on besides
    its article. Read each call (about 5 ms), so a file changed in this process changes it.

    >>> len(package_digest()), package_digest() == package_digest()
    (64, True)
    """
    digest = hashlib.sha256()
    code = [p for p in paths.PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    named = [(p.relative_to(paths.PACKAGE).as_posix(), p) for p in code]
    named += [(f"data/{p.name}", p) for p in [*paths.DATA.glob("*.csv"), paths.DATAPACKAGE]]
    for name, path in sorted(named):
        digest.update(name.encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def store(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` (``<name>-<key><suffix>``) through a temporary file and a rename, and drop the
    files of the same name with other keys of the same length; do nothing if the folder cannot be written.

    >>> folder = Path(tempfile.mkdtemp())
    >>> store(folder / "rates-aaaa.pkl", b"1"); store(folder / "rates-bbbb.pkl", b"2")
    >>> store(folder / "rates-x-cccc.pkl", b"3")  # another name that starts like this one stays
    >>> sorted(p.name for p in folder.iterdir())
    ['rates-bbbb.pkl', 'rates-x-cccc.pkl']
    """
    stem, suffix = path.stem.rsplit("-", 1)[0], path.suffix
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.replace(tmp, path)
        tmp = None
        for old in path.parent.glob(f"{stem}-*{suffix}"):
            if old != path and len(old.name) == len(path.name):
                old.unlink(missing_ok=True)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
