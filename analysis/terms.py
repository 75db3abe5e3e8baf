"""Term claims: the length a sentence gives one concluded cost-sharing agreement ("the six-year 11th SMA").

A length ("a five-year deal") is checked only when its sentence names ONE agreement concluded by publication
unambiguously, by one of three known shapes (fix51v, issue #10):

- its number: "the six-year 11th SMA", "the 11th Special Measures Agreement, a six-year deal", "the 10th SMA was a
  one-year deal";
- its years: "the five-year 2014-2018 deal" (the range equals the agreement's term), "a five-year 2014 deal" (the one
  agreement whose term starts or which was concluded that year);
- when it was concluded, in a past clause of the two sides: "Seoul signed a five-year deal in October", "the one-year
  contract signed in March" (the act's own date — the first in its clause after it, or one opening the sentence before
  its subject —, up to a year long and not after publication, holds the agreement's conclusion or signing, and no
  other's).

A sentence of a wish, a proposal, a plan, a future or a condition ("Washington wants a five-year deal", "a five-year
deal would ..."), a quotation, a length of no agreement named or of another kind of pact ("a five-year defense plan",
"multi-year") gets no claim. The length is counted as a reporter counts it: the years of the term, first to last
(data/sma_contributions.csv: the 11th SMA covers 2020-2025, six years, though concluded in 2021).

The check is on with ``Tolerances.deal_terms`` (on by default since mend51v: the lead's decision of the fifty-first
session, tests/corpus/README.md). Mend51v (at review51v's probes) narrowed it: a cost-sharing word in the sentence
(:func:`not_told`); an act of the two sides only, dated by its own clause (:func:`act_date`); an aside ending at its
noun; an ordinal only of the SMA itself.

>>> import dataclasses
>>> from analysis.check import TOLERANCES, check_text
>>> off = dataclasses.replace(TOLERANCES, deal_terms=False)
>>> [(c.kind, c.exact, c.verdict) for c in check_text("T\\n\\nThe 10th SMA was a one-year deal.", "2020-01-10").claims]
[('term', 'one-year', 'supported')]
>>> check_text("T\\n\\nThe 10th SMA was a one-year deal.", "2020-01-10", tolerances=off).claims
()
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Any

from analysis import lazyre as re
from analysis.extract import Span
from analysis.extract import windows as win
from analysis.extract.numbers import CARDINALS
from analysis.frames import _DEAL_WORDS, _SMA_WORDS, Frame, korea_named, named_countries, years_text

if TYPE_CHECKING:
    from analysis.rules import Context

#: The ordinal words of an agreement's number (up to the 13th), each with its number.
def _ci(pattern: str) -> Any:
    """Return ``pattern`` compiled to match in any case.

    >>> bool(_ci("sma").search("the 11th SMA"))
    True
    """
    return re.compile(pattern, re.I)


_ORDINAL_WORDS = {w: i for i, w in enumerate(_DEAL_WORDS, 1)}
_ORD = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS)
_YEARS = r"(?:19|20)\d\d(?:[ \t]*+[-–][ \t]*+(?:19|20)?\d\d)?"
#: The nouns of the agreement itself (no "plan", "talks", "framework": another kind of thing).
_NOUN = r"(?:SMA|Special[ \t]++Measures[ \t]++Agreement|deal|agreement|accord|pact|contract)\b"
#: real52c: the two sides named together as the deal's adjective ("U.S.-ROK", "Korea-U.S.", "South Korea-US").
_SIDE = r"(?:South[ \t]++Korea|Korea|ROK|U\.S\.|US|Seoul|Washington)"
_MODS = rf"(?:(?:new|cost-sharing|defen[cs]e|cost|burden-sharing|SMA|bilateral|{_SIDE}[-–]{_SIDE})[ \t]++){{0,3}}"

#: "a six-year 11th SMA", "the five-year 2014-2018 deal", "a new five-year cost-sharing agreement" (group ``n``: the
#: length; ``ord`` or ``years``: the agreement named inside the phrase); not the talks or a draft of one.
_TERM = _ci(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year[ \t]++"
                   rf"(?:(?:(?P<ord>{_ORD})|(?P<years>{_YEARS}))[ \t]++)?{_MODS}{_NOUN}"
                   r"(?![ \t]++(?:talks|negotiations?|proposals?|drafts?|framework)\b)")

#: The agreement named right before the length: "the 11th SMA, a six-year deal", "the 10th SMA was a one-year deal".
_NAMED_BEFORE = _ci(rf"\bthe[ \t]++(?:(?P<ord>{_ORD})|(?P<years>{_YEARS}))[ \t]++{_MODS}{_NOUN}"
                           r"(?:[ \t]++\([A-Z]{2,5}\))?(?:,[ \t]*+|[ \t]++(?:was|is)[ \t]++)an?[ \t]++$")

_ACT = r"(?:signed|inked|reached|concluded|struck|sealed|finali[sz]ed|agreed[ \t]++(?:to|on|upon))"
#: A past act of concluding taking the length's agreement as its object, right before it: "signed a five-year deal",
#: "reached a new five-year deal", "agreed to a five-year deal".
_ACT_BEFORE = _ci(rf"\b{_ACT}[ \t]++(?:a|an|the)[ \t]++(?:new[ \t]++)?$")

#: The same act right after the length's agreement: "the one-year contract signed in March", "a five-year deal,
#: which was reached in October".
_ACT_AFTER = _ci(r"(?<![ \t])(?:[ \t]*+\([A-Z]{2,5}\))?"
                        # mend51v: not ", was signed" (another subject: "The 11th SMA, which replaced it, was signed")
                        r"(?:,?[ \t]++(?:that|which)[ \t]++(?:was[ \t]++)?|[ \t]++was[ \t]++|,?[ \t]++)"
                        r"(?:signed|inked|reached|concluded|struck|sealed|finali[sz]ed|agreed)\b"
                        # mend51v: "reached its end", "concluded at the end of 2018" tell an expiry, not a conclusion
                        r"(?![ \t]++(?:its|an|the)[ \t]++end\b|[ \t]++at[ \t]++the[ \t]++end\b)")

#: A word right before the length that makes its agreement another than the one the sentence dates or names ("the
#: previous five-year accord expired", "the current six-year SMA"), or one not concluded ("a proposed six-year deal").
_OTHER_DEAL = _ci(r"\b(?:previous|prior|former|expired|old|last|earlier|current|existing|next|upcoming|future|"
                         r"proposed|possible|potential|tentative|provisional|draft|preliminary|interim)[ \t]++$")

#: Words of a wish, a proposal, a plan, a future or a condition anywhere in the sentence: no claim of fact.
_NOT_FACT = _ci(r"\b(?:wants?|wanted|wish\w*|seek\w*|sought|demand\w*|ask\w*|propos\w*|push\w*|urg\w*|"
                       r"hop(?:e|es|ed|ing)|aim\w*|plan\w*|expect\w*|intend\w*|would|could|might|will|shall|if|"
                       # mend51v: the modal "may", not the month ("in May", "May 5", "May 2019")
                       r"(?<!\bin[ \t])(?!(?-i:May)[ \t]++\d)may|"
                       r"unless|should|calls?[ \t]++for|called[ \t]++for|insist\w*|offer\w*|negotiat\w*|seeking|"
                       r"toward|towards|goal|instead|rather)\b|'ll\b|’ll\b")
#: The longest date, in days, that may say when an agreement was concluded.
_LONGEST_DATE = 366


def _number(word: str) -> int:
    """Return the number an ordinal names ("11th", "eleventh").

    >>> _number("11th"), _number("Tenth")
    (11, 10)
    """
    return int(word[:-2]) if word[:1].isdigit() else _ORDINAL_WORDS[word.lower()]


def _length(word: str) -> int:
    """Return the years a length names ("six", "6").

    >>> _length("six"), _length("5")
    (6, 5)
    """
    return int(word) if word.isdigit() else CARDINALS[word.lower()]


def _ordinal(n: int) -> str:
    """Return the ordinal of an agreement's number.

    >>> [_ordinal(n) for n in (1, 2, 3, 11, 12)]
    ['1st', '2nd', '3rd', '11th', '12th']
    """
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _concluded_by(row: Any, day: dt.date) -> bool:
    """Return whether an agreement row was concluded or signed by ``day`` (one with neither on record: its term began
    by ``day``'s year)."""
    dates = [d.date() for d in (row.concluded, row.signed) if d == d]
    return min(dates) <= day if dates else int(row.term_start) <= day.year


def _by_years(rows: list[Any], years: str) -> list[Any]:
    """Return the agreements a year or a range names: the range equal to a term; a year a term starts or the year of
    a conclusion or signing.

    >>> from analysis.rules import default_tables
    >>> rows = default_tables().index.agreement_rows
    >>> [[r.no for r in _by_years(rows, y)] for y in ("2014-2018", "2014", "2021", "2020-2026", "2019-20")]
    [[9], [9], [11], [], []]
    """
    parts = [p.strip() for p in re.split(r"[-–]", years)]
    first = int(parts[0])
    if len(parts) == 1:
        return [r for r in rows if first in (int(r.term_start), *(d.year for d in (r.concluded, r.signed) if d == d))]
    last = int(parts[1]) if len(parts[1]) == 4 else first // 100 * 100 + int(parts[1])
    return [r for r in rows if (int(r.term_start), int(r.term_end)) == (first, last)]


def _by_dates(ctx: Context, d: Span) -> list[Any]:
    """Return the agreements concluded or signed within the date ``d`` (up to a year long, not after publication;
    mend51v: only the date of the act, :func:`act_date`)."""
    found = {}
    if not d.value.get("start") or not d.value.get("end"):
        return []
    a, b = dt.date.fromisoformat(d.value["start"]), dt.date.fromisoformat(d.value["end"])
    if (b - a).days + 1 > _LONGEST_DATE or b > ctx.published:
        return []
    for r in ctx.t.index.agreement_rows:
        if any(d0 == d0 and a <= d0.date() <= b for d0 in (r.concluded, r.signed)):
            found[r.no] = r
    return list(found.values())


def named_agreement(ctx: Context, m: Any, s0: int, s1: int) -> Any | None:
    """Return the one agreement concluded by publication that the length ``m`` (a :data:`_TERM` match in the sentence
    ``text[s0:s1]``) is told of, else None (see the module's shapes).

    >>> ctx = term_context("Seoul signed the six-year 11th SMA in April.", "2021-06-01")
    >>> named_agreement(ctx, _TERM.search(ctx.text), 0, len(ctx.text)).no
    11
    >>> ctx = term_context("Seoul signed a six-year deal.", "2021-06-01")
    >>> named_agreement(ctx, _TERM.search(ctx.text), 0, len(ctx.text)) is None
    True
    """
    rows, text = ctx.t.index.agreement_rows, ctx.text
    before = _NAMED_BEFORE.search(text, max(s0, m.start() - win.TERM_NAMED_BACK), m.start())
    if before is not None and not (_ASIDE_END.match(text, m.end(), s1)  # mend51v: the aside ends at its noun
                                   or dated_aside(ctx, m, before, s1)):  # real52c: or at its signing's date
        return None
    named = [g for g in (m, before) if g is not None and (g["ord"] or g["years"])]
    if named:
        g = named[0]
        if g["ord"] and not _SMA_NOUN.search(g.group()):  # mend51v: "the second defense contract"
            return None
        found = [r for r in rows if r.no == _number(g["ord"])] if g["ord"] else _by_years(rows, g["years"])
    else:
        d = act_date(ctx, m, s0, s1)
        if d is None:
            return in_force(ctx, m, s0, s1)  # real52c: "the six-year deal went into effect on Wednesday"
        found = [] if host_before(ctx, m) else _by_dates(ctx, d)  # mend52c: "Tokyo's talks dragged on. The ..."
    return found[0] if len(found) == 1 and _concluded_by(found[0], ctx.published) else None


def term_context(text: str, published: str) -> Context:
    """Return the check context of a one-paragraph article with the term check on (for examples and tests).

    >>> term_context("The 10th SMA was a one-year deal.", "2020-01-10").tol.deal_terms
    True
    """
    from analysis.extract import annotate
    from analysis.rules import TOLERANCES, Context, default_tables

    return Context(annotate("T\n\n" + text, published), default_tables(), TOLERANCES)


def term_claims(ctx: Context) -> list[tuple[int, dict[str, Any]]]:
    """Return the claim fields of each length of one named agreement told as fact (:func:`named_agreement`), judged
    on the years of its term, with the start each is at.

    >>> ctx = term_context("The 11th SMA, a five-year deal, froze 2020.", "2021-06-01")
    >>> [(d["exact"], d["verdict"]) for _, d in term_claims(ctx)]
    [('five-year', 'contradicted')]
    >>> term_claims(term_context("Washington wants a five-year deal like the 11th SMA.", "2021-06-01"))
    []
    """
    r, out = ctx.reader, []
    if not ctx.tol.deal_terms:
        return out
    for m in _TERM.finditer(ctx.text):
        span = Span("term", "term", m.start(), m.end(), m.group())
        s0, s1 = r.local(span)  # the sentence, cut to a bounded stretch of a run-on one
        if (ended := ended_agreement(ctx, m, s0, s1)) is not None:  # real52c: "the previous five-year deal expired"
            out.append((m.start(), _term_draft(ctx, m, ended)))
            continue
        other = _OTHER_DEAL.search(ctx.text, max(s0, m.start() - win.TERM_OTHER_DEAL_BACK), m.start())
        if _NOT_FACT.search(ctx.text, s0, s1) or other \
                or r.in_quote(span) or not_told(ctx.text, m, s0, s1):
            continue
        row = named_agreement(ctx, m, s0, s1)
        if row is not None:
            out.append((m.start(), _term_draft(ctx, m, row)))
    return out


def _term_draft(ctx: Context, m: Any, row: Any) -> dict[str, Any]:
    """Return the claim fields of the length ``m`` told of the agreement ``row``."""
    first, last, said = int(row.term_start), int(row.term_end), _length(m["n"])
    years = tuple(range(first, last + 1))
    term = (f"The {_ordinal(int(row.no))} SMA covers {years_text(years)}: {len(years)} year{'s' * (len(years) != 1)} "
            "(data/sma_contributions.csv)")
    if said == len(years):
        verdict, evidence = "supported", f"{term}, as the text says."
    else:
        verdict, evidence = "contradicted", f"{term}, not {said}."
    frame = Frame("sma_term", years, None, "reported", "deal", deal=str(row.no))
    rows = tuple(dict.fromkeys(f"sma_contributions:{y}" for y in (first, last)))
    start, end = m.start(), m.start() + len(m["n"]) + len("-year")
    exact = ctx.reader.ann.article.as_read(start, end, ctx.text[start:end])
    tail = f" [Judged as sma_term (reported), {years_text(years)}; {', '.join(rows)}.]"
    sources = [i for r in ctx.t.index.rows("sma") if r.year in (first, last) for i in str(r.source_ids).split(";")]
    return {"start": start, "end": end, "exact": exact, "kind": "term", "verdict": verdict, "evidence": evidence + tail,
            "sources": tuple(dict.fromkeys(sources)), "rows": rows, "spans": (), "frame": frame,
            "sentence": ctx.reader.sentence_text(Span("term", "term", start, end, exact))}


# mend51v (session 51, at review51v's probes): the act's own date and parties, and a length told as a fact of the
# cost-sharing agreement.

#: The two sides of the talks as a signer, case-sensitive: "Seoul", "the United States", "the allies", "the two sides".
_PARTY = (r"(?:Seoul|Washington|(?:South[ \t]++)?Korea|(?:[Tt]he[ \t]++)?(?:United[ \t]++States|U\.S\.|US|America)|"
          r"[Tt]he[ \t]++(?:allies|two[ \t]++(?:countries|sides|allies|nations|governments))|[Nn]egotiators)")
#: The subject right before a concluding act, at the sentence's start, after a comma, "said", "that" or "but"
#: ("Seoul and Washington have reached", "Minister Chung said Seoul signed", "Seoul, which signed").
_SUBJECT = re.compile(rf"(?:^|[,;][ \t]*+|\b(?:said|says|that|but)[ \t]++){_PARTY}(?:[ \t]++and[ \t]++{_PARTY})?"
                      r"(?:,[ \t]++which)?(?:[ \t]++(?:have|has|had|finally|formally|officially|also)){0,2}[ \t]++$")
#: "with" naming a party other than the two sides ("with Hanwha", "with a U.S. drugmaker", "with the U.S. Navy").
_WITH_OTHER = re.compile(rf"\b[Ww]ith[ \t]++(?!{_PARTY}(?![ \t]++[A-Z]))")
#: Where the act's clause ends: a mark, or a word opening another clause or dating another event ("since", "before").
_CLAUSE_END = _ci(r"[,;:()—–]|\b(?:and|but|while|whereas|before|after|since|until|till|when|as|replacing|which|who|"
                  r"whose|that)\b")
#: The end of an aside giving a named agreement's length: a comma, the sentence's end ("the 11th SMA, a six-year
#: deal," / "... was a one-year deal."), not "a deal with ...", "a deal in the making".
_ASIDE_END = re.compile(r"(?<![ \t])(?:[ \t]*+\([A-Z]{2,5}\))?[ \t]*+(?:[,;.]|$)")
#: The cost-sharing agreement's own name in a phrase an ordinal numbers ("the first SMA", "the 11th cost-sharing deal").
_SMA_NOUN = _ci(r"\b(?:SMA|Special[ \t]++Measures|cost-sharing|burden-sharing)\b")
#: A negation in the length's clause before it ("Seoul never signed a five-year deal", "was not a one-year deal").
_NEGATED = _ci(r"\b(?:never|not)\b|n['’]t\b")
#: "the first six-year deal signed since 2014": a superlative over deals, not the length of one named deal.
_FIRST = _ci(r"\b(?:first|only)[ \t]++$")
_SINCE = _ci(r"\bsince\b")


def not_told(text: str, m: Any, s0: int, s1: int) -> bool:
    """Return whether the length ``m`` in the sentence ``text[s0:s1]`` is told of no one cost-sharing agreement as
    fact: no cost-sharing word in the sentence (:data:`analysis.frames._SMA_WORDS`), a negation in its clause before
    it, or "the first ... since".

    >>> [not_told(t, _TERM.search(t), 0, len(t)) for t in ("Seoul never signed a five-year cost-sharing deal.",
    ...     "It was the first six-year SMA signed since 2014.", "Seoul signed a five-year deal on research.",
    ...     "The five-year SMA signed last year is not up for renegotiation.")]
    [True, True, True, False]
    """
    back = max(s0, m.start() - win.TERM_CLAUSE_BACK)
    c0 = max((e.end() for e in _CLAUSE_END.finditer(text, back, m.start())), default=s0)
    return (not _SMA_WORDS.search(text, s0, s1) or bool(_NEGATED.search(text, c0, m.start()))
            or (bool(_FIRST.search(text, max(s0, m.start() - 12), m.start()))
                and _SINCE.search(text, m.end(), s1) is not None))


def act_date(ctx: Context, m: Any, s0: int, s1: int) -> Span | None:
    """Return the date of the act concluding the length ``m``'s agreement in the sentence ``text[s0:s1]``, else
    None: the act right before the length with one of the two sides as subject ("Seoul signed a six-year deal") or
    right after it ("the six-year deal signed"); the first date in the act's clause after it, or one opening the
    sentence before the subject ("In March 2019, Seoul signed ..."); none when "with" names another party.

    >>> ctx = term_context("In March, Hanwha signed a six-year SMA deal.", "2021-06-01")
    >>> act_date(ctx, _TERM.search(ctx.text), 0, len(ctx.text)) is None
    True
    >>> ctx = term_context("Seoul signed a six-year SMA in April, a year after talks began in March.", "2021-06-01")
    >>> d = act_date(ctx, _TERM.search(ctx.text), ctx.text.index("Seoul"), len(ctx.text)); ctx.text[d.start:d.end]
    'in April'
    """
    text = ctx.text
    act, subject = _ACT_BEFORE.search(text, max(s0, m.start() - win.TERM_ACT_BACK), m.start()), None
    if act is not None:
        subject = _SUBJECT.search(text[s0:act.start()][-win.TERM_SUBJECT_BACK:])
        if subject is None:
            return None
        frm = m.end()
    else:
        act = _ACT_AFTER.match(text, m.end())
        if act is None:
            return None
        frm = act.end()
    reach = min(s1, frm + win.TERM_ACT_CLAUSE)
    end = next((e.start() for e in _CLAUSE_END.finditer(text, frm, reach)), reach)
    if _WITH_OTHER.search(text, frm, end):
        return None
    spans = ctx.reader.spans_in(s0, s1, "date")
    after = [d for d in spans if frm <= d.start < end]
    if after:
        return after[0]
    fronted = [d for d in spans if subject is not None and text[s0:d.start] in ("", "In ", "in ")
               and subject.group().startswith(",") and act.start() - len(subject.group()) == d.end]
    return fronted[0] if fronted else None


# real52c (session 52, at the 147th and 148th batches' misses): an agreement named by the aside dating its signing
# ("In the 10th SMA, a one-year deal signed in February 2019, ..."), by the day it took effect ("the six-year deal
# over Seoul's contribution went into effect on Wednesday") or by the day it expired ("the previous five-year
# agreement expired on December 31st").

#: The act right after an aside's length, its date after it: "a one-year deal signed in February 2019,".
_ASIDE_ACT = _ci(r"(?<![ \t])[ \t]++(?:signed|inked|reached|concluded|struck|sealed|finali[sz]ed)[ \t]++")
#: A length's agreement taking effect, past: "went into effect", "took effect", "entered into force".
_IN_FORCE = _ci(r"\b(?:(?:went|gone|came|come|entered)[ \t]++into[ \t]++(?:effect|force)|(?:took|taken)[ \t]++effect|"
                r"became[ \t]++effective)\b")
#: A length's agreement ending, past: "expired", "lapsed", "ran out" (not "ended up", "ended talks": no "ended").
_EXPIRED = _ci(r"\b(?:expired|lapsed|ran[ \t]++out)\b")
#: The words before a length that name a past agreement, which its expiry dates ("the previous five-year accord").
_PAST_DEAL = _ci(r"\b(?:previous|prior|former|expired|old|last|earlier)[ \t]++$")
#: The longest date, in days, that may say when an agreement took effect (a day or a month).
_LONGEST_EFFECT = 31


def dated_aside(ctx: Context, m: Any, before: Any, s1: int) -> bool:
    """Return whether the length ``m`` in the aside of the agreement ``before`` names (:data:`_NAMED_BEFORE`) goes
    on with its signing's date to the aside's end, a date holding that agreement's conclusion or signing and no
    other's ("In the 10th SMA, a one-year deal signed in February 2019, Seoul paid ...").

    >>> t = "In the 10th SMA, a one-year deal signed in February 2019, Seoul paid 1 trillion won for the SMA."
    >>> [(d["exact"], d["verdict"]) for _, d in term_claims(term_context(t, "2020-05-07"))]
    [('one-year', 'supported')]
    >>> term_claims(term_context(t.replace("February", "August"), "2020-05-07"))
    []
    """
    text, rows = ctx.text, ctx.t.index.agreement_rows
    act = _ASIDE_ACT.match(text, m.end(), s1)
    d = next((d for d in ctx.reader.spans_in(m.end(), s1, "date") if act is not None and d.start == act.end()), None)
    if d is None or not _ASIDE_END.match(text, d.end, s1):
        return False
    named = [r.no for r in rows if r.no == _number(before["ord"])] if before["ord"] else [
        r.no for r in _by_years(rows, before["years"])]
    return [r.no for r in _by_dates(ctx, d)] == named


def _verb_date(ctx: Context, m: Any, verb: Any, s0: int, s1: int) -> tuple[Any, Span] | None:
    """Return the verb of ``verb`` (a pattern) in the clause of the length ``m``'s agreement after it, with no clause
    end between (its noun's phrase: "the six-year deal over Seoul's contribution went into effect"), and the first
    date after it that starts in the verb's clause, whole past a comma of its own ("on Sept. 1, 2021"), else None.

    >>> ctx = term_context("The six-year cost-sharing deal took effect on Sept. 1.", "2021-09-10")
    >>> v, d = _verb_date(ctx, _TERM.search(ctx.text), _IN_FORCE, 0, len(ctx.text)); v.group(), d.exact
    ('took effect', 'on Sept. 1')
    >>> ctx = term_context("The six-year cost-sharing deal took effect.", "2021-09-10")
    >>> _verb_date(ctx, _TERM.search(ctx.text), _IN_FORCE, 0, len(ctx.text)) is None
    True
    """
    text = ctx.text
    reach = min(s1, m.end() + win.TERM_VERB_AHEAD)
    v = verb.search(text, m.end(), reach)
    if v is None or _CLAUSE_END.search(text, m.end(), v.start()):
        return None
    end = next((e.start() for e in _CLAUSE_END.finditer(text, v.end(), min(s1, v.end() + win.TERM_ACT_CLAUSE))),
               min(s1, v.end() + win.TERM_ACT_CLAUSE))
    d = next((d for d in ctx.reader.spans_in(v.end(), s1, "date") if d.start < end), None)
    return None if d is None or not d.value.get("start") or not d.value.get("end") else (v, d)


def _third_country(ctx: Context, s0: int, s1: int) -> bool:
    """Return whether the sentence ``text[s0:s1]`` names a country other than the two sides ("Japan's five-year
    cost-sharing deal took effect in April": another host's agreement, which the data do not hold).

    >>> _third_country(term_context("Japan's five-year deal took effect.", "2021-09-10"), 0, 30)
    True
    """
    return any(c and c not in ("KR", "US") for _, c in named_countries(ctx.reader, s0, s1))


#: A party to an agreement that is no country: "NATO", "alliance members", "among its 31 members" (mend52c).
_NOT_COUNTRY = _ci(r"\bNATO\b|\balliance[ \t]++members\b|\bamong[ \t]++(?:[\w.'’-]++[ \t]++){0,3}?"
                   r"(?:members|nations|countries)\b")
#: The cost-sharing agreement with Korea by its name: "SMA", "Special Measures Agreement" (mend52c).
_SMA_NAME = _ci(r"\b(?:SMA|Special[ \t]++Measures[ \t]++Agreement)\b")


def _other_party(ctx: Context, s0: int, s1: int) -> bool:
    """Return whether ``text[s0:s1]`` names a party other than the two sides: another country or its capital
    (:func:`_third_country`) or a party that is no country (:data:`_NOT_COUNTRY`; mend52c).

    >>> [_other_party(term_context(t, "2019-06-01"), 0, 60) for t in ("NATO members balked.",
    ...     "The deal among alliance members lapsed.", "The deal between the two countries lapsed.")]
    [True, True, False]
    """
    return _third_country(ctx, s0, s1) or _NOT_COUNTRY.search(ctx.text, s0, s1) is not None


def _korea_told(ctx: Context, s0: int, s1: int) -> bool:
    """Return whether ``text[s0:s1]`` names Korea (:func:`analysis.frames.korea_named`, a Korean side) or the SMA.

    >>> [_korea_told(term_context(t, "2019-06-01"), 0, 40) for t in ("Moon balked.", "USFK balked.", "Abe balked.")]
    [True, True, False]
    """
    return bool(korea_named().search(ctx.text, s0, s1) or _SMA_NAME.search(ctx.text, s0, s1)
                or any(c == "KR" for _, c in named_countries(ctx.reader, s0, s1)))


def _third_party(ctx: Context, m: Any, s0: int, s1: int) -> bool:
    """Return whether the length ``m``'s agreement may be another's: its sentence ``text[s0:s1]`` names another party
    (:func:`_other_party`) or the sentence before names one (:func:`host_before`; mend52c).

    >>> ctx = term_context("The two-year cost-sharing deal among NATO members took effect in April.", "2019-06-01")
    >>> _third_party(ctx, _TERM.search(ctx.text), 0, len(ctx.text))
    True
    """
    return _other_party(ctx, s0, s1) or host_before(ctx, m)


def host_before(ctx: Context, m: Any) -> bool:
    """Return whether the sentence before the length ``m``'s (a paragraph's break between them or not) names another
    party (:func:`_other_party`) while neither sentence names Korea nor the SMA (:func:`_korea_told`): "Tokyo's talks
    dragged on. The previous three-year deal expired ..." tells of Tokyo's deal (mend52c).

    >>> t = "Tokyo's talks dragged on. The previous three-year cost-sharing deal expired on Dec. 31."
    >>> [host_before(c, _TERM.search(c.text)) for c in (term_context(t, "2019-01-22"),
    ...     term_context(t.replace("expired", "with Seoul expired"), "2019-01-22"),
    ...     term_context(t.replace("Tokyo's", "The"), "2019-01-22"))]
    [True, False, False]
    """
    r = ctx.reader
    a, b = r.sentence_of(Span("term", "term", m.start(), m.end(), m.group()))
    i = bisect.bisect_right(r.sent_starts, a) - 2
    if i < 0 or r.sentences[i].start < r.title_end:
        return False
    p0, p1 = r.sentences[i].start, r.sentences[i].end
    return _other_party(ctx, p0, p1) and not (_korea_told(ctx, p0, p1) or _korea_told(ctx, a, b))


def _days(d: Span) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a resolved date span.

    >>> _days(Span("a1", "date", 0, 9, "in August", {"start": "2021-08-01", "end": "2021-08-31"}))
    (datetime.date(2021, 8, 1), datetime.date(2021, 8, 31))
    """
    return dt.date.fromisoformat(d.value["start"]), dt.date.fromisoformat(d.value["end"])


def in_force(ctx: Context, m: Any, s0: int, s1: int) -> Any | None:
    """Return the one agreement the length ``m`` is told of by the day it took effect (:func:`_verb_date`): the
    latest agreement concluded or signed by that date (of up to a month, not after publication), when the date is
    within a year of that act or in its term's first year, and not after its term (a start told retroactively, "took
    effect on Jan. 1, 2020" of the 11th SMA concluded in 2021, names none); else None.

    >>> ctx = term_context("The six-year U.S.-ROK cost-sharing deal took effect on Sept. 1.", "2021-09-10")
    >>> in_force(ctx, _TERM.search(ctx.text), 0, len(ctx.text)).no
    11
    >>> ctx = term_context("The six-year cost-sharing deal took effect on Jan. 1, 2020.", "2021-09-10")
    >>> in_force(ctx, _TERM.search(ctx.text), 0, len(ctx.text)) is None
    True
    >>> ctx = term_context("The five-year cost-sharing deal took effect on Nov. 29.", "2024-12-10")
    >>> in_force(ctx, _TERM.search(ctx.text), 0, len(ctx.text)).no
    12
    """
    found = _verb_date(ctx, m, _IN_FORCE, s0, s1)
    if found is None or _third_party(ctx, m, s0, s1):
        return None
    a, b = _days(found[1])
    if (b - a).days + 1 > _LONGEST_EFFECT or b > ctx.published:
        return None
    row = next((r for r in reversed(ctx.t.index.agreement_rows) if _concluded_by(r, a)), None)
    if row is None or b.year > int(row.term_end):
        return None
    since = min([d.date() for d in (row.concluded, row.signed) if d == d], default=a)
    return row if (a - since).days < _LONGEST_DATE or a.year == int(row.term_start) else None


def ended_agreement(ctx: Context, m: Any, s0: int, s1: int) -> Any | None:
    """Return the one agreement concluded by publication that the length ``m`` is told of by the day it expired
    (:func:`_verb_date`; "the previous five-year agreement expired on December 31st"): a date of up to a year, not
    after publication, that holds the last day of its term and of no other's; only a fact of the length's own clause
    (no wish, plan or condition there, :data:`_NOT_FACT`), outside a quotation, of the cost-sharing agreement
    (:func:`not_told`), with no word before it but one of a past agreement (:data:`_PAST_DEAL`).

    >>> t = "Talks failed before the previous five-year SMA expired on Dec. 31, after Washington demanded more."
    >>> [(d["exact"], d["verdict"]) for _, d in term_claims(term_context(t, "2019-01-22"))]
    [('five-year', 'supported')]
    >>> term_claims(term_context(t.replace("previous", "proposed"), "2019-01-22"))
    []
    """
    text, span = ctx.text, Span("term", "term", m.start(), m.end(), m.group())
    found = _verb_date(ctx, m, _EXPIRED, s0, s1)
    back = max(s0, m.start() - win.TERM_OTHER_DEAL_BACK)
    if found is None or ctx.reader.in_quote(span) or not_told(text, m, s0, s1) or _third_party(ctx, m, s0, s1) or (
            _OTHER_DEAL.search(text, back, m.start()) and not _PAST_DEAL.search(text, back, m.start())):
        return None
    c0 = max((e.end() for e in _CLAUSE_END.finditer(text, max(s0, m.start() - win.TERM_CLAUSE_BACK), m.start())),
             default=s0)
    a, b = _days(found[1])
    if _NOT_FACT.search(text, c0, found[1].end) or (b - a).days + 1 > _LONGEST_DATE or b > ctx.published:
        return None
    rows = [r for r in ctx.t.index.agreement_rows if a <= dt.date(int(r.term_end), 12, 31) <= b]
    return rows[0] if len(rows) == 1 and _concluded_by(rows[0], ctx.published) else None
