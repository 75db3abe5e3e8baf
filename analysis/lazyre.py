"""The ``re`` module, with patterns compiled when first used rather than when their module is imported.

The annotator's modules define over a thousand patterns at module level; compiling them all (in
``re``'s pure-Python parser) was most of the cost of ``import analysis`` in every notebook kernel,
worker and CLI process, while annotating an article uses fewer than half of them. A module imports
this one as ``re`` (``from analysis import lazyre as re``): ``compile`` returns a :class:`LazyPattern`,
which compiles itself on its first search and from then on hands out the compiled pattern's own
bound methods, so a call costs what it cost before. Everything else is ``re``'s own. One difference
shows: a match's ``.re`` is the compiled pattern, so tell which pattern matched by ``m.re.pattern == X.pattern``.

>>> from analysis import lazyre as re
>>> year = re.compile(r"\\b(?:19|20)\\d\\d\\b")
>>> year.pattern, year.is_compiled()
('\\\\b(?:19|20)\\\\d\\\\d\\\\b', False)
>>> year.findall("from 2019 to 2021"), year.is_compiled()
(['2019', '2021'], True)
>>> re.sub(year, "<year>", "in 2019"), re.IGNORECASE is re.I
('in <year>', True)

The same idea as Bazaar's ``lazy_regex`` and Mercurial's lazy patterns.
"""

from __future__ import annotations

import re as _re
from re import (  # noqa: F401  (re-exported: this module stands in for ``re``)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    U,
    X,
    error,
    escape,
)
from typing import Any

# What a LazyPattern copies from the compiled pattern on first use: afterwards these are plain
# instance attributes, found before ``__getattr__`` is ever asked.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    """A compiled pattern that compiles itself on first use; ``pattern`` is there from the start.

    >>> p = LazyPattern("a+b", 0)
    >>> p == compile("a+b"), p == compile("a+b", I), p.is_compiled(), p.match("aab")[0]
    (True, False, False, 'aab')
    >>> p.match("ab").re == p, p.match("ab").re.pattern == p.pattern
    (False, True)
    >>> p.compiled() is p.compiled(), isinstance(p.compiled(), Pattern), p.groups
    (True, True, 0)
    >>> p
    LazyPattern('a+b')
    """

    __slots__ = ("__dict__", "_flags", "_real", "pattern")

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern, self._flags, self._real = pattern, flags, None

    def is_compiled(self) -> bool:
        """Return whether the pattern has been compiled yet."""
        return self._real is not None

    def compiled(self) -> Pattern[Any]:
        """Return the compiled pattern (``re.compile``'s), compiling it the first time."""
        real = self._real
        if real is None:
            real = self._real = _re.compile(self.pattern, self._flags)
            for name in _COPIED:
                setattr(self, name, getattr(real, name))
        return real

    def __getattr__(self, name: str) -> Any:
        """Any attribute not yet copied: compile, then answer from the compiled pattern."""
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        """Equal to a LazyPattern of the same text and flags; never to a compiled pattern (compare ``.pattern``)."""
        if isinstance(other, LazyPattern):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))  # without compiling: patterns key dicts at import

    def __repr__(self) -> str:
        flags = f", {self._flags!r}" if self._flags else ""
        return f"LazyPattern({self.pattern!r}{flags})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self


#: For ``isinstance``: a pattern compiled by ``re`` or waiting to be compiled by this module.
PATTERN_TYPES = (Pattern, LazyPattern)


def compile(pattern: str | bytes | Pattern[Any] | LazyPattern, flags: int = 0) -> LazyPattern | Pattern[Any]:
    """Return a :class:`LazyPattern`; a pattern already compiled (lazily or not) is returned as it is.

    >>> p = compile("x"); compile(p) is p
    True
    """
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return LazyPattern(pattern, flags)


def _real(pattern: Any) -> Any:
    """Return the compiled pattern behind a LazyPattern, anything else as it is."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def search(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    """``re.search``, taking a LazyPattern too."""
    return _re.search(_real(pattern), string, flags)


def match(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    """``re.match``, taking a LazyPattern too."""
    return _re.match(_real(pattern), string, flags)


def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    """``re.fullmatch``, taking a LazyPattern too."""
    return _re.fullmatch(_real(pattern), string, flags)


def finditer(pattern: Any, string: Any, flags: int = 0) -> Any:
    """``re.finditer``, taking a LazyPattern too."""
    return _re.finditer(_real(pattern), string, flags)


def findall(pattern: Any, string: Any, flags: int = 0) -> list[Any]:
    """``re.findall``, taking a LazyPattern too."""
    return _re.findall(_real(pattern), string, flags)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    """``re.split``, taking a LazyPattern too."""
    return _re.split(_real(pattern), string, maxsplit=maxsplit, flags=flags)


def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
    """``re.sub``, taking a LazyPattern too."""
    return _re.sub(_real(pattern), repl, string, count=count, flags=flags)


def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> tuple[Any, int]:
    """``re.subn``, taking a LazyPattern too."""
    return _re.subn(_real(pattern), repl, string, count=count, flags=flags)


def compile_all(module_globals: dict[str, Any] | None = None) -> int:
    """Compile every LazyPattern not compiled yet (all of them, or those in one module's globals);
    return how many. For a test or a benchmark that wants the eager cost up front.

    >>> compile_all({"p": compile("y"), "q": 3})
    1
    """
    import gc

    found = [v for v in module_globals.values() if isinstance(v, LazyPattern)] if module_globals is not None \
        else [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
    todo = [p for p in found if not p.is_compiled()]
    for p in todo:
        p.compiled()
    return len(todo)
