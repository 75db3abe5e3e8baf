"""The repository's root conftest: pytest loads it before any test module and before the plugins it names, so
what it does comes first in every process of the run (the controller and each xdist worker).

``rfc3987_syntax`` is imported lazily. jsonschema's format module imports it, to check the ``iri`` formats, when
nbformat (so nbval) is imported, and building its 38 lark grammars costs about 1.4 s of CPU in each process; nothing
the tests run checks a format (nbformat, nbclient and frictionless validate without a format checker). Until
``is_valid_syntax`` (all jsonschema takes of it) is first called, or any other name of the package read, it stands
in for the package; then it loads the real one and hands on to it, so an ``iri`` check rejects what it rejected
(tests/test_standards.py, ``test_an_iri_check_still_rejects_a_bad_iri``). nbval is therefore loaded here
(``pytest_plugins``), after the stand-in, not by ``-p`` (which imports a plugin before any conftest).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

LAZY = "rfc3987_syntax"


class _Lazy(types.ModuleType):
    """A stand-in for the package ``LAZY`` that loads it at the first use of any of its names."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # the import system's questions ("__path__": a package?)
            raise AttributeError(name)
        return getattr(real(), name)


def real() -> types.ModuleType:
    """Return the real package ``LAZY``, loading it (in place of the stand-in) the first time."""
    if isinstance(sys.modules.get(LAZY), _Lazy):
        stand_in = sys.modules.pop(LAZY)
        try:
            importlib.import_module(LAZY)
        except BaseException:
            sys.modules[LAZY] = stand_in
            raise
    return sys.modules[LAZY]


def is_valid_syntax(term: str, value: str) -> bool:
    """The package's ``is_valid_syntax``, loaded at the first call."""
    return real().is_valid_syntax(term, value)


def install() -> bool:
    """Put the stand-in in place: only when the package is installed and not yet imported (nor jsonschema's format
    module, which would hold the real function already); return whether it was put in place."""
    if LAZY in sys.modules or "jsonschema._format" in sys.modules or importlib.util.find_spec(LAZY) is None:
        return False
    stand_in = _Lazy(LAZY, "stand-in for " + LAZY + ", loaded at first use (conftest.py)")
    stand_in.is_valid_syntax = is_valid_syntax
    sys.modules[LAZY] = stand_in
    return True


install()

# Named here unless pytest already loaded it: a run with plugin autoload on (`-o addopts=""`, as the README's one-file
# command does) registers nbval from its entry point before this file, and naming it again would fail the run.
pytest_plugins = [] if "nbval.plugin" in sys.modules else ["nbval.plugin"]
