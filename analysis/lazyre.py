"""The ``re`` module, with patterns compiled when first used rather than when their module is imported.

The annotator's modules define over a thousand patterns at module level; compiling them all (in
``re``'s pure-Python parser) was most of the cost of ``import analysis`` in every notebook kernel,
worker and CLI process, while annotating an article uses fewer than half of them. A module imports
this one as ``re`` (``from analysis import lazyre as re``): ``compile`` returns a :class:`LazyPattern`,
which compiles itself on its first search and from then on hands out the compiled pattern's own
bound methods (annotating costs 1.3 % more instructions than with eager patterns: a method found on an
instance is not specialised as a C type's is; ``benchmarks/RESULTS.md``). Everything else is ``re``'s
own, module functions included, which take a pattern string: search a kept pattern with its methods.
One difference shows: a match's ``.re`` is the compiled pattern, so tell which pattern matched by
``m.re.pattern == X.pattern``.

>>> from analysis import lazyre as re
>>> year = re.compile(r"\\b(?:19|20)\\d\\d\\b")
>>> year.pattern, year.is_compiled()
('\\\\b(?:19|20)\\\\d\\\\d\\\\b', False)
>>> year.findall("from 2019 to 2021"), year.is_compiled()
(['2019', '2021'], True)
>>> year.sub("<year>", "in 2019"), re.sub(r"\\d+", "N", "in 2019"), re.IGNORECASE is re.I
('in <year>', 'in N', True)

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

# The compiled pattern's methods: a LazyPattern's own (class) methods of these names compile it and copy the
# compiled pattern's bound methods onto the instance, where every later call finds them first.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


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
            for name in _METHODS:
                setattr(self, name, getattr(real, name))
        return real

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

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


def _compiling(name: str) -> Any:
    """Return the class method ``name`` of a LazyPattern: compile, then call the compiled pattern's method."""

    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"``Pattern.{name}``, compiling the pattern first."
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _compiling(_name))

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


def compiled(pattern: LazyPattern | Pattern[Any]) -> Pattern[Any]:
    """Return ``pattern`` compiled: a :class:`LazyPattern`'s compiled pattern (compiled now if it was not yet), a
    compiled pattern as it is. For a method bound once and called in a loop (``match = re.compiled(p).match``):
    bound from a LazyPattern not compiled yet, ``p.match`` is this module's wrapper, a Python call on every use for
    as long as the loop runs (speed56: 173,000 such calls in the first ``annotate`` of a process on 1 MB; none after).

    >>> p = compile("a+"); q = compiled(p)
    >>> q is p.compiled(), compiled(q) is q, q.match("aa")[0]
    (True, True, 'aa')
    """
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


# ``re``'s own module functions, with no wrapper between (an extra call on every use cost about 1 % of annotating):
# give them a pattern string. A LazyPattern is searched with its own methods (``tests/test_lazyre.py`` checks that
# no module of the package hands one to these).
search, match, fullmatch, finditer, findall = _re.search, _re.match, _re.fullmatch, _re.finditer, _re.findall
split, sub, subn = _re.split, _re.sub, _re.subn
