"""speed55: ``quote_fallback._bare_name_before`` asks the name finders only at tokens that open with a capital.

A "he"/"she" after a quote reads up to ``windows.BARE_NAME_BACK`` characters back for a full name no mention covers;
it used to ask ``name_run`` and ``korean_name`` at every token of that window (about 150 tokens a pronoun on a run of
short quote pairs). A run opens only at a token opening with a capital (a name word, an initial or a family name all
open with one of A-Z; ``names._capitals`` takes any capital, a superset), so at any other token both finders give the
token itself back and the loop only stepped on: the answers are the same. Checked here against the loop as it was
(copied below) on invented stretches cut at many places, and by counting the finders' calls (no clock).
"""

from __future__ import annotations

import random

import pytest

from analysis.extract import quote_fallback as qf
from analysis.extract.entities import Mention
from analysis.extract.names import _capitals, korean_name, name_run
from analysis.extract.names import tokens as name_tokens
from analysis.extract.quote_fallback import _Index


def _old_bare_name_before(text: str, idx: _Index, lo: int, hi: int) -> tuple[int, int] | None:
    """The loop of session 54 (2dad7e02): every token asked."""
    toks = name_tokens(text, lo, hi)
    found: list[tuple[int, int]] = []
    i = 0
    while i < toks.n:
        j = max(korean_name(toks, i), name_run(toks, i))
        s, e = toks.starts[i], toks.starts[j - 1] + len(toks.words[j - 1])
        if j - i >= 2 and not any(m.end > s and not (m.kind == "person" and m.value.get("within"))
                                  for m in idx.first_between(max(0, s - qf.win.BARE_PEOPLE_BACK), e)):
            found.append((s, e))
        i = max(j, i + 1)
    for s, e in reversed(found):
        if not len(qf._MARK.findall(text, text.rfind("\n", lo, s) + 1 or lo, s)) % 2:
            return s, e
    return None


PIECES = [
    "For Tova Renn, the plan was simple.", "“No,” she said.", "'Maybe,' he said.", "J. D. Orlan spoke.",
    "Ana de la Volk and Piet van der Berg met.", "Song Min-ji left.", "Ri Jong Ho said so.", "Bo Hale Jr. came.",
    "Sen. JD Varn and SK Hynix agreed.", "U.S. envoy Ilse Marr.", "The Rock Paper Scissors Lizard Spock club.",
    "\n\n", "“Dana Quill,” he said.", "Park Avenue was shut.", "O'Neil Tarr's aide", "Ex-Im Bank",
    "said Lee Kwan,", "Kim and Oh and Moon", "“Yes,” he said. “No,” she said.",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_same_answer_as_every_token_asked(seed: int) -> None:
    names = 0
    for text in _texts(30, seed):
        idx = _Index([Mention(text.find("Bo Hale"), text.find("Bo Hale") + 7, "Bo Hale", "person", {})]
                     if "Bo Hale" in text else [])
        for lo in range(0, len(text), 11):
            for hi in range(lo, len(text) + 1, 7):
                found = qf._bare_name_before(text, idx, lo, hi)
                assert found == _old_bare_name_before(text, idx, lo, hi), (text, lo, hi)
                names += found is not None
    assert names > 500  # the stretches hold names to find, not only misses


def test_doctest_rows_and_near_misses() -> None:
    t = "The demand angered Jo Bell. “Ask Al Roe,” she said."
    assert qf._bare_name_before(t, _Index([]), 0, t.index("she")) == (19, 26)
    for t in ("It angered Seoul.", "For Jo, it was.", "“Mona Vell,” she said.", "said the envoy, “no.”"):
        assert qf._bare_name_before(t, _Index([]), 0, len(t)) == _old_bare_name_before(t, _Index([]), 0, len(t))


def test_finders_asked_only_at_capitals(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "“Yes,” he said. “No,” she said. " * 20  # 240 tokens, 40 opening with a capital
    asked: list[int] = []

    def counted(toks, i, limit=4):
        asked.append(i)
        return name_run(toks, i, limit)

    monkeypatch.setattr(qf, "name_run", counted)
    assert qf._bare_name_before(text, _Index([]), 0, len(text)) is None
    toks = name_tokens(text, 0, len(text))
    assert toks.n == 240 and len(asked) == 40 == len(_capitals(toks.texts))


# -- the paragraph reporter's speech verbs: one kept search a text, not a search of a quote's window each ----------

REPORTS = [
    "The agency said talks went well.", "Both sides agreed on a “reasonable” level.", "Envoys met in Tamsk.",
    "A spokesman added that a “fair” deal was near.", "“We pay,” the ministry said.", "It rained on the “square”.",
    "The union shot back at the “plan”.", "Officials, who re-asked twice, wanted a “phased” plan.", "\"a\" ",
    "The council warned of a “hard” year.", "Nothing was said.",
]


def _places(text: str) -> list[qf._Place]:
    """Return a _Place for each curly or straight quotation of a one-paragraph ``text``, in order."""
    out, k = [], 0
    while (qs := min((p for p in (text.find("“", k), text.find('"', k)) if p >= 0), default=-1)) >= 0:
        close = "”" if text[qs] == "“" else '"'
        qe = text.find(close, qs + 1) + 1
        if qe == 0:
            break
        sent = max(text.rfind(". ", 0, qs) + 2, 0)
        out.append(qf._Place(qs, qe, 0, len(text), 0, sent, 0))
        k = qe
    return out


@pytest.mark.parametrize("seed", range(3))
def test_reporter_kept_search_same_answers(seed: int) -> None:
    rng = random.Random(seed)
    told = 0
    for _ in range(40):
        text = " ".join(rng.choice(REPORTS) for _ in range(rng.randint(2, 40)))
        places = _places(text)
        fresh = [qf._reporter_in_paragraph(text, _Index([]), pl) for pl in places]
        kept = qf._SpeechVerbs(text, qf.SPEECH_VERBS)
        assert [qf._reporter_in_paragraph(text, _Index([]), pl, kept) for pl in places] == fresh, text
        shuffled = qf._SpeechVerbs(text, qf.SPEECH_VERBS)  # look-ups out of order: the search starts afresh
        for k in rng.sample(range(len(places)), len(places)):
            assert qf._reporter_in_paragraph(text, _Index([]), places[k], shuffled) == fresh[k], (text, k)
        told += sum(w.found for w in fresh)
    assert told > 20  # reporters found, not only misses


def test_one_search_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import annotate
    from analysis.extract import quote_rules

    made: list[int] = []
    init = quote_rules._SpeechVerbs.__init__

    def counted(self, *args, **kwargs) -> None:
        made.append(1)
        init(self, *args, **kwargs)

    monkeypatch.setattr(quote_rules._SpeechVerbs, "__init__", counted)
    a = annotate("Runs\nMarch 2, 2024\n\n" + '"a" ' * 400)  # 400 partial quotes, no speaker anywhere
    assert len(a.of_kind("quote")) >= 390 and len(made) <= 3  # session 54: one search a quote (about 400)
