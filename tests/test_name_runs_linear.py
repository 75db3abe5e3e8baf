"""The run of name words read at each token start stays bounded (twenty-ninth session; linear time, no clock).

``names.name_run`` reads, from a token, the words and initials that may make one name. On a chain of names with
middle initials and no stop between them ("Ann B. Cole Ann B. Cole ..."), it read the whole chain from every start
before finding the run too long to be a name: quadratic (15.6 s for 50 KB of "Ann B. Cole "). It now stops reading
at ``limit + 2`` tokens. The test counts the name-word tests made (``names.is_name_word``) over every start, on a
chain and on one twice as long: the count must grow like the text, not like its square.
"""

from __future__ import annotations

import pytest

from analysis.extract import names


def _reads(monkeypatch, text: str) -> int:
    seen = [0]
    real = names.is_name_word

    def counted(word: str) -> bool:
        seen[0] += 1
        return real(word)

    monkeypatch.setattr(names, "is_name_word", counted)
    toks = names.tokens(text)
    for i in range(toks.n):
        names.name_run(toks, i)
    monkeypatch.setattr(names, "is_name_word", real)
    return seen[0]


@pytest.mark.parametrize("unit", ["Ann B. Cole ", "Jo J. Bell K. Lee ", "Seoul Kim Jong ", "Jo Bell "])
def test_name_run_reads_grow_linearly(monkeypatch, unit):
    small, large = _reads(monkeypatch, unit * 200), _reads(monkeypatch, unit * 400)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} name-word tests for 200 units, {large:,} for 400"


def test_a_name_with_initials_is_still_read():
    toks = names.tokens("Talks: Jo B. Bell Jr. spoke. Ann B. Cole met Lee.")
    starts = {toks.texts[i]: i for i in range(toks.n)}
    assert names.name_run(toks, starts["Jo"]) - starts["Jo"] == 4
    assert names.name_run(toks, starts["Ann"]) - starts["Ann"] == 3
