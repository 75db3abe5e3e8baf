"""Keyed files under the git-ignored ``build/cache/``: one file per name and content key, written atomically.

The validated tables (:mod:`analysis.data`) and the drawn charts (:mod:`analysis.charts`) keep their results here;
a new key replaces the older ones of the same name, and a folder that cannot be written is no error (a read-only
checkout works, computing every time).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
