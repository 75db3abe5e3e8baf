"""Guards against judging a right figure of another quantity or another actor as Seoul's SMA payment (guard13).

Two kinds of figure land in the payment frame by mistake: what **another side** spends or pays (the US cost of its
forces in Korea, Japan's or Germany's host-nation support), and a **budget** far larger than any payment (a US
defence bill of about a trillion dollars, which is 1,000 times a payment of about a billion and so looks like a
unit slip). :func:`another_side` reads the figure's phrase before any judgement and gives such a figure another
quantity (hooked into :func:`analysis.frames._read_money`); :func:`unsure_scale` withholds a *contradicted* or
*misleading* verdict on a payment figure whose size and words say it is another quantity (hooked into
:func:`analysis.rules.judge`). Neither knows an article, a name of the corpus or a number of the data.

>>> from analysis.frames import Reader, annotate_text
>>> r = Reader(annotate_text("Washington pays $4.5 billion a year for its troops in Korea."))
>>> another_side(r, r.figures_in(0, len(r.text))[0])
'other'
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis import lazyre as re

if TYPE_CHECKING:  # frames imports this module: no import of it at run time here
    from analysis.extract import Span
    from analysis.frame_reader import Figure, Frame, Reader
    from analysis.rules import Context, Judgement

#: A guard: (figure, context, judgement) -> why its verdict is withheld, or None.
_Guard = Callable[["Figure", "Context", "Judgement"], "str | None"]

#: Other common English names of countries than the countries table's (former, short or official forms).
_COUNTRY_ALIASES = {"TR": ("Türkiye",), "CZ": ("Czechia",), "CI": ("Côte d'Ivoire",), "CV": ("Cabo Verde",),
                    "GB": ("Britain", "Great Britain", "UK"), "MK": ("Macedonia", "North Macedonia"),
                    "SZ": ("Eswatini",), "VA": ("Vatican",), "MM": ("Burma",), "CD": ("Congo", "DR Congo"),
                    "CG": ("Congo",), "FM": ("Micronesia",)}
#: The two sides of the talks and the North: a name of theirs is no other country's.
TALKS_COUNTRIES = ("KR", "KP", "US")


@functools.cache
def country_names(*exclude: str) -> tuple[str, ...]:
    """Return the English names of the world's countries and territories but those of the ISO 3166 codes ``exclude``,
    longest first: the countries table's names (:data:`analysis.extract.countries.COUNTRIES`, the one table the
    extractors read too), each in its plain forms (:func:`name_forms`), and :data:`_COUNTRY_ALIASES` (memo56f: any
    country, not a hand list of hosts).

    >>> names = country_names(*TALKS_COUNTRIES)
    >>> [n in names for n in ("Romania", "Saudi Arabia", "Burma", "Turkey", "South Korea", "United States")]
    [True, True, True, True, False, False]
    """
    from analysis.extract.countries import COUNTRIES

    out: set[str] = set()
    for c in COUNTRIES:
        if c.code not in exclude:
            out.update(name_forms(c.name), _COUNTRY_ALIASES.get(c.code, ()))
    return tuple(sorted(out, key=lambda n: (-len(n), n)))


def name_forms(name: str) -> list[str]:
    """Return the plain forms of a country's name: a bracketed other name apart, no " SAR China" or " - <city>"
    qualifier (as CLDR writes them), "&" also as "and".

    >>> name_forms("Myanmar (Burma)"), name_forms("Congo - Kinshasa"), name_forms("Trinidad & Tobago")
    (['Myanmar', 'Burma'], ['Congo'], ['Trinidad & Tobago', 'Trinidad and Tobago'])
    """
    head, _, other = name.partition(" (")
    head = head.split(" - ")[0].removesuffix(" SAR China")
    forms = [head, other.rstrip(")")] if other else [head]
    return [*forms, *(f.replace("&", "and") for f in forms if "&" in f)]


def names_pattern(names: Iterable[str]) -> str:
    r"""Return an alternation of names, each escaped, its blanks any run of blanks.

    >>> names_pattern(["St. Lucia", "Chad"])
    'St\\.\\s+Lucia|Chad'
    """
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


#: Words of the US side and of allies that name a side other than the payer.
_SIDE_WORDS = (r"U\.S\.(?:A\.)?|US|USA|United\s+States|America|Washington|Pentagon|Congress|USFK|White\s+House|NATO|"
               r"allies|European\s+allies|Americans|American\s+taxpayers")  # verd55: "American taxpayers shoulder X"


@functools.cache
def side_pattern() -> re.Pattern[str]:
    """Return the pattern of the names of a side other than the payer, when the annotator tagged none (not the second
    of a pair: "Korea-US talks"): the US side and allies (:data:`_SIDE_WORDS`), any other country
    (:func:`country_names`) and the places of data/entities.csv in other countries ("Tokyo": memo56f, not a list).

    >>> [m.group() for m in side_pattern().finditer("Romania, Tokyo and the Pentagon, not Seoul, at Korea-US talks")]
    ['Romania', 'Tokyo', 'Pentagon']
    """
    from analysis.data import load_entities, split_ids

    ents = load_entities()
    rows = ents.loc[(ents.kind == "place") & ents.country.notna() & ~ents.country.isin(TALKS_COUNTRIES)]
    places = {n for e in rows.itertuples() for n in (e.name, *split_ids(e.aliases)) if n}
    names = sorted({*country_names(*TALKS_COUNTRIES), *places}, key=lambda n: (-len(n), n))
    return re.compile(rf"(?<![-–/])\b(?:{_SIDE_WORDS}|{names_pattern(names)})(?![\w.])(?:['’]s?)?")
#: Between a subject and its verb: at most two lower-case words, none a form of "be" (a passive: "is paid by
#: Seoul") nor "to"/"that" (another clause: "wants Seoul to pay"), nor a verb of asking whose object pays
#: ("Washington demanded it pay X": conv54).
_GAP = (r"(?:\s++(?!(?:to|that|who|which|is|was|are|were|be|been|being|gets?|got|"
        r"(?:demand|ask|want|insist|expect|order)(?:s|ed|ing)?|(?:urg|requir)(?:e|es|ed|ing))\b)[a-z]++){0,2}\s++")
_SPEND = (r"(?:spends?|spent|spending|pays?|paid|paying|contributes|contributed|shells?\s+out|shelled\s+out|"
          r"forks?\s+(?:out|over)|forked\s+(?:out|over)|"  # fixv49: "Washington forks over X" is its own outlay
          r"devotes?|devoted|budgets?|budgeted|allocates?|allocated|bears?|bore|shoulders?|shouldered|puts|"
          r"pours?\s+into|poured\s+into|funds|funded|finances|financed)\b")
#: "<side> (, <apposition>,) spends (about) " right before the figure.
_SPENDS_BEFORE = re.compile(r"(?<!\s)(?:\s*+,[^,;:\d]{1,80}+,)?" + _GAP
                            + r"(?:(?:is|are|was|were|been)\s++(?=[a-z]+ing\b))?"
                            + r"(?:(?:is|are|was|were)\s++(?:expected|likely|set|projected|estimated|due|slated|"
                            r"planning|going)\s++to\s++)?"  # cfix49: "the US is expected to spend X"
                            + _SPEND
                            + r"(?:\s++the\s++(?:remaining|other|rest\s++of\s++the))?"  # cfix49: "bears the rest X"
                            + r"(?:\s++(?:about|nearly|roughly|some|around|almost|approximately|over|more\s+than|"
                            r"an\s+estimated|a\s+total\s+of|at\s+least|an?))?\s*+$")
#: A verb whose object is the side before its spending verb ("made the U.S. spend X"): someone else makes it pay,
#: so the side is no subject of its own spending.
_MADE_TO = re.compile(r"\b(?:make|makes|made|making|force[sd]?|forcing|let|lets|have|has|had|get|gets|got|want|wants|"
                      r"wanted|urge[sd]?|ask(?:s|ed)?|demand(?:s|ed)?|see|saw)\s++(?:the\s++)?$", re.I)
#: After the figure: "(, that|which) (the) " before a side that spends it ("the $686 billion the U.S. spends").
_AFTER_LEAD = re.compile(r"(?<!\s)(?:\s*+,)?\s++(?:that\s+|which\s+)?")
_SPENDS_AFTER = re.compile(r"(?<!\s)" + _GAP + _SPEND)
#: After the figure, a passive whose agent follows: "the remaining $3.5 billion is paid by (the) ".
_PAID_BY = re.compile(r"(?<!\s)"  # not inside a run of blanks
                      r"\s++(?:(?:a|per)\s+year\s+)?(?:is|was|are|were|will\s+be|would\s+be|has\s+been|have\s+been)\s++"
                      r"(?:paid|borne|covered|shouldered|spent|footed)\s+by\s+")
#: "We" in the words of a speaker of another side ("We spend $1 trillion on our military," Trump said).
_WE = re.compile(r"\b[Ww]e(?:['’](?:re|ve))?\b")
#: A cost noun a side owns: "U.S. spending on its garrison", "USFK's annual operating budget".
_OWN_COST = re.compile(r"(?<!\s)(?:\s++[a-z-]++){0,2}\s++(?:spending|costs?|budget|outlays?|expenditures?|share)"
                       r"(?![\w-]|\s+shar)")
#: The cost of a side's forces: "the (stationing) cost of (keeping) U.S. forces", "the cost of keeping its 28,500
#: troops", "the cost of USFK".
_COST_OF_FORCES = re.compile(r"\bcosts?\s+of\s+(?:(?:(?:stationing|keeping|maintaining|basing|deploying)\s+)"
                             r"(?:the\s+|its\s+|their\s+)?(?:[\d,]++\s+)?(?:(?:U\.S\.|US|American)\s+)?|(?:the\s+)?"
                             r"(?:U\.S\.|US|American)\s+)(?:forces|troops|military|soldiers|service\s+members|garrison|"
                             r"bases?)\b|\bcosts?\s+of\s+(?:the\s+)?(?:USFK|U\.S\.\s+Forces\s+Korea)\b")
#: A cost noun right after an amount a side owns: "Washington's $13 billion cost of stationing troops".
_COST_AFTER = re.compile(r"(?<!\s)"  # not inside a run of blanks
                         r"\s++(?:(?:a|per)\s+year\s+)?(?:(?:annual|yearly|total|own)\s+)?(?:costs?|spending|budget|"
                         r"outlays?|expenditures?)(?![\w-])")
_OWNER_GAP = re.compile(r"(?<!\s)(?:['’]s?)?\s++(?:own\s+|annual\s+|yearly\s+)?")
#: Between a side's cost and the figure: a payment word or a share says the figure is a part someone pays.
_PAID_PART = re.compile(r"\b(?:pa(?:y|ys|id|ying|yment\w*)|contribut\w*|cost-?shar\w*|shares?|burden\w*|portion|"
                        r"fraction|half|third|quarter)\b|%|\bpercent\b", re.I)
#: Right before the figure, a verb of asking and at most three words ("seeks", "wants Seoul to pay", "demanded
#: that Seoul pay about"): the figure is what its subject asks for (fresh78v).
_ASKED = re.compile(r"\b(?:seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?[ \t]++for|request(?:s|ed|ing)?|"
                    r"wants?|wanted)(?:[ \t]++[\w.’'-]++){0,3}?[ \t]++$", re.I)
#: How far before the figure :data:`_ASKED` is looked for, in characters.
_ASKED_BACK = 60
#: Korea as the bearer of a cost, told with a verb of bearing: "South Korea has long borne / shouldered / covered the
#: cost of U.S. troops" (claims43): the cost of the troops is then what Korea pays.
_KOREA_BORE = re.compile(r"\b(?:South\s+Korea|Korea|Seoul)\b(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+)?"
                         r"(?:long\s+|steadily\s+|always\s+|largely\s+)?(?:borne|bore|bears|shoulder(?:s|ed)?|"
                         r"cover(?:s|ed)|fund(?:s|ed)|financ(?:es|ed))\b", re.I)
#: A defence bill or budget right after the figure: "$738 billion defense bill", "$895 billion National Defense
#: Authorization Act".
_BILL_AFTER = re.compile(r"(?<!\s)(?:"  # not inside a run of blanks
                         r"\s++(?:(?:a|per)\s+year\s+)?(?:(?:annual|yearly|U\.S\.|US|American|Pentagon|federal)\s+)?"
                         r"(?:(?:defen[cs]e|military|Pentagon)(?:\s+(?:spending|appropriations?|authori[sz]ation))?"
                         r"\s+(?:bill|budget|act|law|package|request|spending|plan|measure|outlays?)\b|"
                         r"National\s+Defen[cs]e\s+Authori[sz]ation\s+Act\b|NDAA\b)|"
                         r"\s++(?:(?:a|per)\s+year\s+)?(?:for|on)\s+(?:national\s+)?defen[cs]e\b(?![\s-]++(?:costs?|"
                         r"shar\w*|burden\w*|treaty|pact|agreement|deal|of)\b)|\s++(?:(?:a|per)\s+year\s+)?(?:for|on)\s+"
                         r"(?:the\s+|its\s+|their\s+|our\s+)?(?:military|armed\s+forces|Pentagon)\b(?!\s+(?:presence|bases?|"
                         r"troops|forces|personnel|units?|installations?)\b))")
#: Words of a budget or of defence spending in a figure's sentence: a figure far above any payment next to them is
#: that budget ("defense" and "military" count unless they name the cost-sharing or the troops).
BUDGET_WORDS = re.compile(r"\b(?:budgets?|spending|spends?|spent|expenditures?|outlays?|appropriations?|"
                          r"authori[sz]ation|NDAA|GDP|gross\s+domestic\s+product|Pentagon|war\s+machine|armed\s+"
                          r"forces|national\s+security|package|bill|legislation|defend\w*|protect\w*|Department\s+of\s+"
                          r"(?:War|Defen[cs]e)|defen[cs]e(?![\s-]++(?:costs?|shar\w*|burden\w*|treaty|pact)\b)|"
                          r"military(?!\s++(?:presence|bases?|troops|forces|personnel|units?)\b))\b", re.I)
#: The paying side's ids: a figure of theirs is the payment.
PAYER = frozenset({"rok-government", "south-korea", "seoul"})


def other_side_at(r: Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each mention of a side other than the payer in ``[start, end)``: a tagged person,
    organisation or place of another country, or a side word (:func:`side_pattern`).

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Germany and Seoul met the Pentagon for Korea-US talks."))
    >>> [r.text[s:e] for s, e in other_side_at(r, 0, len(r.text))]
    ['Germany', 'the Pentagon']
    """
    found = {(m.start(), m.end()) for m in side_pattern().finditer(r.text, start, end)}
    for s in r.spans_in(start, end, "person", "org", "place"):
        actor = s.value.get("metonym_for") or s.value.get("id")
        if actor not in PAYER and r.country.get(str(actor), s.value.get("country")) not in (None, "KR"):
            found = {(a, b) for a, b in found if not (s.start <= a and b <= s.end)} | {(s.start, s.end)}
    return sorted(found)


def quoted_we(r: Reader, fig: Span, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each "we" in ``[start, end)`` when the figure is quoted from a speaker of a side
    other than the payer (a US official's "we" is the US); else an empty list.

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text('"We spend $1 trillion," Trump said.'))
    >>> quoted_we(r, r.figures_in(0, len(r.text))[0], 0, len(r.text))
    [(4, 6)]
    """
    quote = r.quote_of(fig)
    speaker = str(quote.value.get("speaker")) if quote is not None else ""
    if speaker in PAYER or r.country.get(speaker) in (None, "KR"):
        return []
    return [(m.start(), m.end()) for m in _WE.finditer(r.text, start, end)]


def spent_by_other_side(r: Reader, fig: Span) -> bool:
    """Return whether the figure is what a side other than the payer spends or pays: it is the object of that
    side's spending verb, before it ("Germany spends about $1 billion") or after it ("the $686 billion the U.S.
    spends on defense"), or the agent of a passive after it ("the remaining $3.5 billion is paid by the U.S.").

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("America pays $1 trillion a year.", "It is tiny next to the $1 trillion the Pentagon spends.",
    ...          "Washington wants Seoul to pay $5 billion.", "Washington is paid $1 billion by Seoul.",
    ...          "He would have made the U.S. spend $10 billion.", "The other $3.5 billion is paid by the U.S.",
    ...          "Washington demanded it pay $5 billion.")
    >>> [spent_by_other_side(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, True, False, False, False, True, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    sides = sorted(other_side_at(r, c0, fig.start) + quoted_we(r, fig, c0, fig.start))
    if sides and _SPENDS_BEFORE.fullmatch(r.text, sides[-1][1], fig.start) \
            and not _MADE_TO.search(r.text, max(c0, sides[-1][0] - 20), sides[-1][0]):
        return True
    lead = _PAID_BY.match(r.text, r.restated_to(fig), c1) or _AFTER_LEAD.match(r.text, r.restated_to(fig), c1)
    at = (lead.end(), lead.end() + 4 if r.text.startswith("the ", lead.end()) else lead.end()) if lead else ()
    after = [e for s, e in other_side_at(r, lead.end(), r.near(fig).end) if s in at] if lead else []
    paid_by = lead is not None and lead.re.pattern == _PAID_BY.pattern
    return bool(after) and (paid_by or _SPENDS_AFTER.match(r.text, after[0], c1) is not None)


#: "the " right before a figure heading a relative clause (fix51v2).
_THE_BEFORE = re.compile(r"\bthe[ \t]{1,3}+\Z", re.I)
#: A relative clause after a figure whose subject is a party other than Seoul: "that U.S. taxpayers covered", "the
#: U.S. Army spends", "Tokyo pays" (fix51v2; the list of the US side and allies, with Japan: not "anyone but
#: Seoul", "the Moon government paid").
_OTHER_PAYER_CLAUSE = re.compile(
    r"[ \t]{1,3}+(?:(?:that|which)[ \t]{1,3}+)?(?:the[ \t]{1,3}+)?(?:" + _SIDE_WORDS + r"|American|Japan(?:ese)?|Tokyo"
    r"|(?P<bare>taxpayers))(?:['’]s)?"
    r"(?:[ \t]{1,3}+(?:Army|Forces(?:[ \t]{1,3}+Korea)?|military|government|troops|taxpayers|side))?"
    r"[ \t]{1,3}+(?:(?:will|would|now|itself|themselves|also)[ \t]{1,3}+)?"
    r"(?:(?P<ask>request(?:s|ed)?|wants?|wanted|demand(?:s|ed)?|ask(?:s|ed)?|seeks?|sought)"
    r"|provid(?:es?|ed)[ \t]{1,3}+for[ \t]{1,3}+(?:its|their|the)[ \t]{1,3}+(?:troops|forces|soldiers|garrison)"
    r"|(?P<put>puts?|provid(?:es?|ed))|spen[dt]s?|cover(?:s|ed)?|pa(?:ys?|id)|contribut(?:es?|ed)|bears?|bore|shoulder(?:s|ed)?"
    r"|fund(?:s|ed)?|budget(?:s|ed)?|invest(?:s|ed)?|allocat(?:es?|ed))\b")


def other_payer_clause(r: Reader, fig: Span) -> str | None:
    """Return what the verb does of a relative clause the figure heads, after "the", whose subject is a party other
    than Seoul: "spend" when it spends or bears ("the 1.56 trillion won the U.S. Army spends", "the $3.4 billion that
    U.S. taxpayers covered", "the $3.6 billion the U.S. provided for its troops": that party's sum, not Seoul's
    payment), "ask" when it asks ("the $5 billion Washington
    wants": a demand), "put" for "puts"/"provided" (an estimate or a text's figure), "bare" for a subject of bare
    "taxpayers" (whose is not said: no other party for :func:`another_side`); else None (fix51v2's shape, moved here
    from :func:`analysis.rules.another_measure`).

    >>> from analysis.frames import figure_in
    >>> [other_payer_clause(*figure_in("It tops the 1.12 trillion won" + t)) for t in (" that U.S. taxpayers covered.",
    ...     " Tokyo's government paid.", " Washington wants.", " the U.S. provided.", " the Korean government paid.",
    ...     " Seoul paid.", ".", " that taxpayers paid.", " the U.S. provided for its troops.")]
    ['spend', 'spend', 'ask', 'put', None, None, None, 'bare', 'spend']
    """
    s, _ = r.local(fig)
    if _THE_BEFORE.search(r.text[max(s, fig.start - 8):fig.start]) is None:
        return None
    m = _OTHER_PAYER_CLAUSE.match(r.text, fig.end)
    if m is None:
        return "spend" if named_payer_clause(r.text, fig.end) else None
    return "ask" if m.group("ask") else "put" if m.group("put") else "bare" if m.group("bare") else "spend"


#: A relative clause after a figure whose subject is a capitalised name and whose verb spends or gives: "that Germany
#: provided", "the Philippines covered" (the name is checked against :func:`side_pattern`).
_NAMED_PAYER_CLAUSE = re.compile(
    r"[ \t]{1,3}+(?:(?:that|which)[ \t]{1,3}+)?(?:the[ \t]{1,3}+)?(?P<who>[A-Z][\w.’'-]{1,30}+"
    r"(?:[ \t]{1,3}+[A-Z][\w.’'-]{1,30}+){0,2})[ \t]{1,3}+(?:(?:also|itself|now)[ \t]{1,3}+)?"
    r"(?:provid(?:es?|ed)|spen[dt]s?|cover(?:s|ed)?|pa(?:ys?|id)|contribut(?:es?|ed)|bears?|bore|shoulder(?:s|ed)?"
    r"|fund(?:s|ed)?|gives?|gave)\b")


def named_payer_clause(text: str, end: int) -> bool:
    """Return whether a relative clause right after a figure ending at ``end`` has another country or a place in one as
    its subject and a verb of spending or giving ("the $2 billion that Germany provided", "the $1.4 billion the
    Philippines provided"): that party's sum, not Seoul's payment (the lead, fifty-second session, at review52v's "still
    wrong": any country the country table names, not a list of allies).

    >>> t = "the $2 billion that Germany provided; the $1 billion Seoul paid; the $3 billion that Marrow paid"
    >>> named_payer_clause(t, 14), named_payer_clause(t, 52), named_payer_clause(t, 79)
    (True, False, False)
    """
    m = _NAMED_PAYER_CLAUSE.match(text, end)
    return m is not None and side_pattern().fullmatch(m.group("who")) is not None


#: A partitive right after a verb of bearing: "covered part of", "funds half of", "bore a share of" (fix44c).
_PARTITIVE = re.compile(r"(?<!\s)\s+(?:(?:only|just|about|roughly|nearly)\s+)?"
                        r"(?:(?:a\s+)?(?:part|portion|fraction|share)|"
                        r"some|half|most|much)\s+of\b", re.I)


def korea_bore_all(text: str, start: int, end: int) -> bool:
    """Return whether the payer is said to bear a cost in ``[start, end)`` ("Seoul has long borne the cost of U.S.
    troops"), not a part of it ("South Korea has covered part of the cost of U.S. troops": the cost named is the
    whole, another side's) (fix44c).

    >>> t = "Seoul has long borne the cost; Korea covered part of the cost; Seoul funds half of it."
    >>> korea_bore_all(t, 0, 30), korea_bore_all(t, 31, 62), korea_bore_all(t, 63, len(t))
    (True, False, False)
    """
    return any(_PARTITIVE.match(text, m.end()) is None for m in _KOREA_BORE.finditer(text, start, end))


#: A verb of estimating right before a figure, after its subject: "which Washington puts at X", "(that) the Pentagon
#: estimates at X" (fix44c). Bounded: the subject is found by :func:`other_side_at`, not by this pattern.
_ESTIMATED_AT = re.compile(r"(?<!\S)(?:puts?|estimat(?:es|ed)|values?|valued|pegs?|pegged|reckons?)\s+(?:it\s+)?at"
                           r"\s+$", re.I)


def estimated_by_other_side(r: Reader, fig: Span) -> bool:
    """Return whether a relative clause right before the figure has another side put the figure on a cost ("the cost
    of U.S. troops, which Washington puts at X"): that side's estimate of the whole cost, not what Seoul pays.

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Seoul funds the cost of U.S. troops, which Washington puts at $4.5 billion a year.",
    ...          "Seoul funds the cost of U.S. troops, which Seoul puts at $900 million a year.")
    >>> [estimated_by_other_side(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False]
    """
    c0, _ = r.clause(fig)
    verb = _ESTIMATED_AT.search(r.text, max(c0, fig.start - 24), fig.start)
    if verb is None:
        return False
    which = r.text.rfind("which ", c0, verb.start())
    return which >= 0 and bool(other_side_at(r, which + 6, verb.start()))


def cost_of_other_side(r: Reader, fig: Span) -> bool:
    """Return whether the figure is a cost another side bears: a cost noun that side owns ("U.S. spending on its
    garrison reached X", "USFK's operating budget of X") or the cost of its forces ("the cost of U.S. forces in
    Korea, about X"), with no payment word, share or percent between it and the figure.

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("U.S. spending on its Korea garrison reached $3.4 billion in 2020.",
    ...          "The stationing cost of U.S. forces in Korea, about $3.5 billion, is high.",
    ...          "Seoul pays half the cost of U.S. forces, about $900 million.",
    ...          "Washington's $13 billion cost of stationing troops is high.",
    ...          "Seoul has long borne the cost of U.S. troops, which stood at $660 million in 2005.",
    ...          "Pentagon budget estimate suggests why Trump seeks $5 bln from S. Korea")
    >>> [cost_of_other_side(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, True, False, True, False, False]
    """
    c0, _ = r.clause(fig, strong=True)
    sides = other_side_at(r, c0, fig.start)
    owned = bool(sides) and _OWNER_GAP.fullmatch(r.text, sides[-1][1], fig.start) is not None
    if owned and _COST_AFTER.match(r.text, r.restated_to(fig)):
        return True  # "Washington's $13 billion cost of stationing troops"
    cues = [m.end() for m in (_OWN_COST.match(r.text, e, fig.start) for _, e in sides) if m]
    estimated = estimated_by_other_side(r, fig)  # "the cost of U.S. troops, which Washington puts at X"
    cues += [m.end() for m in _COST_OF_FORCES.finditer(r.text, c0, fig.start)
             if not _PAID_PART.search(r.text, c0, m.start())
             and (estimated or not korea_bore_all(r.text, c0, m.start()))]
    if not cues:
        return False
    cue = max(cues)
    return not _PAID_PART.search(r.text, cue, fig.start) and not r.figures_in(cue, fig.start) \
        and not asked_after(r, cue, fig)


def change_of_other_side(r: Reader, fig: Span) -> bool:
    """Return whether a percent is told of a cost or share another side owns, its clause's subject before it
    ("Washington's share of the cost fell 10 percent", "U.S. spending on its Korea garrison rose 5 percent"), with
    no Korea word and no other figure between: that side's change, not Seoul's payment's (cfix49).

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Seoul's payment rose 14 percent, while the U.S. share of the cost fell 10 percent.",
    ...          "U.S. spending on its Korea garrison rose 5 percent last year.",
    ...          "The U.S. share talks ended, and Seoul's payment rose 14 percent.",
    ...          "Washington wants Seoul's share to rise 50 percent.")
    >>> [change_of_other_side(r, r.figures_in(0, len(r.text))[-1]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, True, False, False]
    >>> texts = ("They agreed to raise Korea's USFK cost share this year by 13.9 percent.",
    ...          "Seoul's share of U.S. troop costs rises 13.9 percent this year.",
    ...          "The US pressed Seoul and Tokyo to increase expenditures on bases by up to 400 percent.")
    >>> [change_of_other_side(r, r.figures_in(0, len(r.text))[-1]) for r in (Reader(annotate_text(t)) for t in texts)]
    [False, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if side_cost_after(r, fig, c1):
        return True
    cues = [m.end() for m in (_SIDE_COST.match(r.text, e, fig.start) for b, e in other_side_at(r, c0, fig.start)
                              if not _OWNED_BEFORE.search(r.text, max(0, b - _OWNED_BACK), b)) if m]
    return bool(cues) and not _KOREA_OWNS.search(r.text, max(cues), fig.start) \
        and not r.figures_in(max(cues), fig.start) and not _TALKS_AFTER.match(r.text, max(cues))


#: A noun of a change, one or several ("rise", "cuts", "a boost"): the one list of this module's and
#: :func:`analysis.frames.change_of_other`'s (tidy56).
CHANGE_NOUN = (r"(?:rise|increase|hike|jump|growth|gain|climb|cut|fall|drop|decline|decrease|reduction|boost|"
               r"raise|surge)s?\b")
#: Right after a percent, a noun of its change and "in" or "of": "12 percent rise in", "a 5 percent cut of the".
_CHANGE_IN_AFTER = re.compile(r"(?<!\s)(?P<noun>[ \t]++" + CHANGE_NOUN + r")?[ \t]++(?:in|of)[ \t]++(?:the[ \t]++)?",
                              re.I)
#: A percent span that closes on its noun of change ("12 percent rise"; the annotator keeps the noun in the span).
_ENDS_ON_CHANGE = re.compile(r"\b" + CHANGE_NOUN + r"$", re.I)


def side_cost_after(r: Reader, fig: Span, end: int) -> bool:
    """Return whether a percent's own noun of change names right after it a cost another side owns ("the 12 percent
    rise in U.S. costs there", "a 5 percent cut in Washington's spending"): that side's change (verd56); not the
    payer's ("a 13.9 percent rise in Seoul's share of U.S. costs").

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Seoul's payment rose 8.2 percent, pegged to the 12 percent rise in U.S. costs there.",
    ...          "It came after a 5 percent cut in Washington's spending.",
    ...          "Seoul agreed to a 13.9 percent rise in its share of U.S. costs.")
    >>> [side_cost_after(r, r.figures_in(0, len(r.text))[-1], len(r.text)) for r in (Reader(annotate_text(t))
    ...                                                                               for t in texts)]
    [True, True, False]
    """
    after = _CHANGE_IN_AFTER.match(r.text, fig.end, end)
    if after is None or not (after["noun"] or _ENDS_ON_CHANGE.search(fig.exact)):
        return False
    return any(b == after.end() and _SIDE_COST.match(r.text, e, end)
               for b, e in other_side_at(r, after.end(), min(end, after.end() + _OWNED_BACK)))


#: Right after a side's name, a cost or share it owns, at most two modifiers between: "U.S. share", "Washington's
#: own defense spending", "the Pentagon's operating costs" (not "Japan to increase expenditures": a verb between).
_SIDE_COST = re.compile(r"(?<!\s)(?:['’]s?)?\s++(?:(?:own|annual|yearly|overall|total|military|defen[cs]e|troop|"
                        # verd56: a branch of the side's forces owns it ("the U.S. Army's costs in Korea")
                        # verd56: a place it is spent in ("the Pentagon's Korea budget")
                        r"stationing|operating|Korea|Korean|peninsula|overseas|garrison|"
                        r"(?:Army|Navy|Air\s+Force|Marine\s+Corps|Marines|forces)['’]s?)\s++){0,2}"
                        r"(?:shares?|spending|costs?|budgets?|outlays?|expenditures?|"
                        r"contributions?)\b(?![\w-]|\s+shar)", re.I)
#: Right before a side's name, a possessive or a preposition: "Korea's USFK cost share", "Seoul's share of U.S.
#: troop costs", "its contribution to the U.S. troop costs" are the payer's, not the side's.
_OWNED_BEFORE = re.compile(r"(?:['’]s?|\b(?:of|to|toward|towards|for|in|on))\s++(?:the\s++)?$", re.I)
_OWNED_BACK = 16  # characters before a side's name in which its owner or preposition may stand
#: Korea as an owner or a subject: "Seoul's", "South Korea pays", "Korea would" (not "its Korea garrison").
_KOREA_OWNS = re.compile(r"\b(?:South\s+Korea|Korea|Seoul|ROK)(?:['’]s?\b|\s++(?:pa(?:ys|id)|contribut(?:es|ed)|will|"
                         r"would|has|had|is|was|agreed)\b)")
def side_cost_end(r: Reader, start: int, end: int) -> int | None:
    """Return where the last cost or share that a side other than the payer owns, named right after the side's name
    in ``[start, end)``, ends ("Washington's spending on its Korea garrison", "the U.S. share of the cost"), not one
    the payer owns ("Seoul's share of U.S. troop costs"); else None: what a pronoun of the next sentence or a multiple
    after it may be told of (cfix50).

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Washington's spending on its Korea garrison has climbed."))
    >>> r.text[:side_cost_end(r, 0, len(r.text))].split()[-1]
    'spending'
    >>> r = Reader(annotate_text("Seoul's share of U.S. troop costs rose."))
    >>> side_cost_end(r, 0, len(r.text)) is None
    True
    >>> [side_cost_end(r, 0, len(r.text)) is not None for r in (Reader(annotate_text(t)) for t in (
    ...     "The U.S. Army's costs in Korea rose.", "Seoul's share of the U.S. Army's costs rose.",
    ...     "The Pentagon's Korea budget rose.", "Seoul's share of the Pentagon's Korea budget rose."))]
    [True, False, True, False]
    """
    ends = [m.end() for m in (_SIDE_COST.match(r.text, e, end) for b, e in other_side_at(r, start, end)
                              if not _OWNED_BEFORE.search(r.text, max(0, b - _OWNED_BACK), b)) if m]
    return max(ends, default=None)


#: Right after a cost noun, a noun of the talks: "U.S. share talks" names the talks, no cost.
_TALKS_AFTER = re.compile(r"(?<![\s-])[\s-]++(?:talks|negotiations?|deal|agreement|row|dispute)\b", re.I)


def asked_after(r: Reader, cue: int, fig: Span) -> bool:
    """Return whether, after a side's cost at ``cue``, someone named asks for the figure in a clause of their own ("the
    Pentagon budget estimate suggests why Trump seeks $5 bln"): the figure is the ask, not the cost (fresh78v); not
    the cost itself asking ("the Pentagon's budget request seeks X") nor an aside ("which lawmakers asked for, X").

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Pentagon budget estimate suggests why Trump seeks $5 bln from S. Korea",
    ...          "The Pentagon's budget request seeks $3.4 billion for its troops in Korea.")
    >>> [asked_after(r, r.text.index("budget"), r.figures_in(0, len(r.text))[0])
    ...  for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False]
    """
    m = _ASKED.search(r.text, max(cue, fig.start - _ASKED_BACK), fig.start)
    return m is not None and bool(r.spans_in(cue, m.start(), "person", "org", "place"))


def another_side(r: Reader, fig: Span) -> str | None:
    """Return the quantity of an amount that is not Seoul's payment by its own phrase — a defence bill or budget
    named right after it (``defence_budget``), or what another side spends or bears (``other``) — else None.

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Congress passed a $738 billion defense bill as cost-sharing talks stalled.",
    ...          "Seoul pays 1.04 trillion won for the U.S. troops this year.")
    >>> [another_side(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    ['defence_budget', None]
    """
    if fig.kind != "money":
        return None
    if _BILL_AFTER.match(r.text, r.restated_to(fig)):
        return "defence_budget"
    if spent_by_other_side(r, fig) or cost_of_other_side(r, fig) or whole_cost_before(r, fig) \
            or other_payer_clause(r, fig) == "spend":  # verd52: "the $3.4 billion that U.S. taxpayers covered"
        return "other"
    return None


#: Right before an amount, a whole cost it is the size of: "the total cost of ", "the overall bill of about ", "a
#: combined price of " (not the price a deal is struck at: "at a total cost of", "for a total cost of").
_WHOLE_COST = re.compile(r"(?<!\bat\s)(?<!\bfor\s)\b(?:the|a|an|its|their)\s++(?:total|overall|entire|whole|full|"
                         r"combined)\s++(?:(?:annual|yearly)\s++)?(?:costs?|bill|expenses?|price|tab|outlays?)\s++"
                         r"(?:of|at)\s++(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than|an\s+estimated)"
                         r"\s++)?$", re.I)
_WHOLE_COST_BACK = 60  # characters before an amount in which its whole-cost phrase may start


def whole_cost_before(r: Reader, fig: Span) -> bool:
    """Return whether the amount is the size of a whole cost named right before it ("more than half the total cost
    of $1.6 billion", "about 40 percent of the overall bill of $2.2 billion"): the whole, of which the payment is a
    part, not the payment (cfix49); a deal struck "at a total cost of X" is its price.

    >>> from analysis.frames import Reader, annotate_text
    >>> texts = ("Seoul's share is more than half the total cost of $1.6 billion.",
    ...          "They signed a five-year deal at a total cost of 5 trillion won.")
    >>> [whole_cost_before(r, r.figures_in(0, len(r.text))[0]) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False]
    """
    return _WHOLE_COST.search(r.text, max(0, fig.start - _WHOLE_COST_BACK), fig.start) is not None


# --- verdicts ------------------------------------------------------------------------------------------------

#: A unit word, spelled out or cut short; set close to its digits too ("$5m", "$1.2bn": claims26).
_SCALE = re.compile(r"(?:\b|(?<=\d))(?:million|mn|mln|billion|bn|bln|trillion|tn|trn)\b|(?<=\d)[mb]\b", re.I)
_STEP = {"mn": "million", "mln": "million", "bn": "billion", "bln": "billion", "tn": "trillion", "trn": "trillion",
         "m": "million", "b": "billion"}

#: How far back the sentence before a figure's is read (a bounded window, as in :meth:`analysis.frames.Reader.near`).
WINDOW = 400
#: A sentence opening on a word that refers back ("It totals $1 trillion", "The bill provides ..."): its subject is
#: named in the sentence before.
_ANAPHOR = re.compile(r"[\W]{0,3}(?:It|This|That|These|Its|The\s+(?:figure|sum|amount|total|bill|plan|request|package|"
                      r"measure|law|act))\b")


def budget_named(r: Reader, fig: Span) -> str | None:
    """Return the budget or defence word (:data:`BUDGET_WORDS`) of the figure's sentence — or of the sentence before,
    when the figure's opens on a word referring back to it ("It totals $1 trillion") — else None.

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Congress passed the defense bill. It totals $1 trillion."))
    >>> budget_named(r, r.figures_in(0, len(r.text))[0])
    'defense'
    """
    s, e = r.near(fig)
    i = bisect.bisect_left(r.sent_starts, s) - 1  # the sentence before the figure's
    if _ANAPHOR.match(r.text, s) and i >= 0 and r.sentences[i].start > r.title_end:
        s = max(r.sentences[i].start, s - WINDOW)
    m = BUDGET_WORDS.search(r.text, s, e)
    return m.group() if m else None


def scale_word(exact: str) -> str | None:
    """Return the unit word of an amount's text (million, billion, trillion), or None when it has none.

    >>> scale_word("$923 billion"), scale_word("1,038.9 tn won"), scale_word("$923,000,000")
    ('billion', 'trillion', None)
    >>> scale_word("$5m"), scale_word("$1.2bn"), scale_word("5 mb")
    ('million', 'billion', None)
    """
    m = _SCALE.search(exact)
    if m is None:
        return None
    word = m.group().lower()
    return _STEP.get(word, word)


def payments_on_record(ctx: Context, currency: str, years: Iterable[int] | None = None) -> list[float]:
    """Return every yearly payment on record (of ``years`` only, when given), in won or in dollars (at each year's
    average rate).

    >>> from analysis.rules import example
    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> len(payments_on_record(ctx, "KRW")) > 20
    True
    """
    if years is None:  # every year: read once per tables and publication year (a dollar value's rate year may be
        kind = "KRW" if currency == "KRW" else "USD"  # the publication year's: Context.rate_year), not per article
        return list(ctx.t.index.per_year(("on_record", kind, ctx.published.year), lambda: payments_on_record(
            ctx, kind, tuple(r.year for r in ctx.t.index.rows("sma")))))
    values = []
    for year in years:
        try:
            values.append(ctx.payment(int(year), "KRW" if currency == "KRW" else "USD").value)
        except LookupError:
            continue
    return values


def largest_payment(ctx: Context, currency: str) -> float:
    """Return the largest yearly payment on record, in won or in dollars (at each year's average rate).

    >>> from analysis.rules import example
    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> largest_payment(ctx, "KRW") > 1.4e12, 0.9e9 < largest_payment(ctx, "USD") < 2e9
    (True, True)
    """
    return max(payments_on_record(ctx, currency), default=0.0)


def money_currency(span: Span) -> str:
    """Return an amount's currency, stated or inferred, dollars when none.

    >>> from analysis.rules import example
    >>> money_currency(example("Seoul paid 1 trillion won in 2019.", "2019-12-01")[0].span)
    'KRW'
    """
    return str(span.value.get("currency") or span.value.get("currency_inferred") or "USD")


#: Quantities that say a figure is a sum Seoul pays, is asked or offers (a multiple or a conversion is not one).
_PAID_QUANTITIES = ("sma_payment", "sma_total", "sma_change", "demand", "offer", "forecast")


def _asked_on_record(ctx: Context, currency: str) -> list[float]:
    """Return the amounts of every demand and offer on record in ``currency``.

    >>> from analysis.rules import example
    >>> 5e9 in _asked_on_record(example("Trump wants $5 billion.", "2019-11-20")[1], "USD")
    True
    """
    tables = (ctx.t.demands, ctx.t.offers)
    return [float(a) for t in tables for a, c in zip(t.amount, t.currency, strict=True)
            if c == currency and a == a]  # a == a: not NaN (an offer given as a percent has no amount)


def slip_of_record(amount: float, currency: str, years: Iterable[int], quantity: str, ctx: Context) -> bool:
    """Return whether ``amount``, framed as ``quantity``, is a figure on record written in the wrong unit or currency:
    within ``near_rel`` of ``slip_factor`` times the payment of one of ``years`` (any year's when none has one) —
    a slip of a figure the payment's own rule would call close but wrong is still a slip (claims43) —, or within
    ``same_rel`` of it times a demand or offer on record for a demand or an offer ("$5 trillion" for the $5 billion
    demand; not "$1.5 trillion" for the $1.3 billion one); for a payment,
    also of the payment's number in the other currency ("$1.04 trillion" for 1.04 trillion won).

    >>> from analysis.rules import example
    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> [slip_of_record(a, "USD", (2019,), "sma_payment", ctx) for a in (1.04e12, 891e9, 5e12, 350e9)]
    [True, True, False, False]
    >>> slip_of_record(5e12, "USD", (2019,), "demand", ctx), slip_of_record(2e12, "USD", (2019,), "demand", ctx)
    (True, False)
    """
    tol = ctx.tol
    own = payments_on_record(ctx, currency, years) or payments_on_record(ctx, currency)
    asked = _asked_on_record(ctx, currency) if quantity in ("demand", "offer") else []
    if any(abs(amount / (tol.slip_factor * v) - 1) <= tol.near_rel for v in own) \
            or any(abs(amount / (tol.slip_factor * v) - 1) <= tol.same_rel for v in asked):
        return True
    other = "USD" if currency == "KRW" else "KRW"
    numbers = payments_on_record(ctx, other, years) or payments_on_record(ctx, other)
    return quantity in ("sma_payment", "forecast") and any(abs(amount / v - 1) <= tol.same_rel for v in numbers)


def judged_years(frame: Frame) -> tuple[int, ...]:
    """Return the years a payment figure is judged against: its own, and, when its year is only the publication's,
    the year before too (:func:`analysis.rules.payment_reported` tries that year's payment: "Seoul pays X" early in
    a year is often last year's figure) (claims43).

    >>> from analysis.frames import Frame
    >>> judged_years(Frame("sma_payment", (2021,), None, "reported", bound="publication"))
    (2021, 2020)
    >>> judged_years(Frame("sma_payment", (2021,), None, "reported"))
    (2021,)
    """
    if frame.bound == "publication" and len(frame.years) == 1:
        return (*frame.years, frame.years[0] - 1)
    return frame.years


def far_above(fig: Figure, ctx: Context) -> str | None:
    """Return why an amount framed as Seoul's payment (or a demand, an offer) is another quantity, else None: it is
    ``Tolerances.far_factor`` times the largest payment on record in its currency or more — no payment, demand or
    offer was ever of that size (a US defence budget, the US cost of its forces, an investment pledge) — and it is no
    unit or currency slip of a figure on record (:func:`slip_of_record`), which stays checkable.

    >>> from analysis.rules import example
    >>> far_above(*example("Seoul pays $350 billion this year.", "2025-09-01"))[:40]
    '$350 billion is over 100 times any SMA p'
    >>> far_above(*example("Seoul pays $1.2 billion this year.", "2025-09-01")) is None
    True
    >>> far_above(*example("Seoul pays $1.03 trillion this year.", "2021-09-01")) is None  # a unit slip: checked
    True
    >>> far_above(*example("Trump demanded $5 trillion a year from Seoul.", "2019-11-20")) is None  # the $5 billion
    True
    """
    if fig.span.kind != "money" or fig.frame.quantity not in _PAID_QUANTITIES:
        return None
    amount, paid = float(fig.span.value["amount"]), payments_on_record(ctx, money_currency(fig.span))
    if not paid or amount < ctx.tol.far_factor * max(paid):
        return None
    if slip_of_record(amount, money_currency(fig.span), judged_years(fig.frame), fig.frame.quantity, ctx):
        return None  # a payment, demand or offer on record written in the wrong unit or currency: checked
    return (f"{fig.span.exact} is over {ctx.tol.far_factor:,.0f} times any SMA payment on record and no unit slip of "
            "one: no payment, demand or offer was ever of that size, so it is another quantity (a budget, a total "
            "of US costs, an investment) the data does not cover")


def converts_own_amount(fig: Figure) -> bool:
    """Return whether a figure is a conversion of an amount of its own sentence (a bracket or an "or" after it):
    judged against that amount, so a doubt of what the amount is — the payer's figure, a budget — is not a doubt of
    the conversion, whose slip is wrong whatever the amount is (claims40).

    >>> from analysis.rules import example
    >>> converts_own_amount(example("Seoul paid 1.04 trillion won ($891 million) in 2019.", "2019-12-01", 1)[0])
    True
    >>> converts_own_amount(example("Seoul paid 1.04 trillion won ($891 million) in 2019.", "2019-12-01")[0])
    False
    """
    return fig.frame.quantity == "conversion" and bool(fig.related) and fig.related[0].kind == "money"


def unsure_scale(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false may be right as another quantity, else None: a unit slip is sure
    only with a unit word in the figure and an actor that is the payer; a figure far above any payment on record
    (``Tolerances.far_factor`` times) whose sentence names a budget or defence spending (:data:`BUDGET_WORDS`) is that.
    A conversion of its sentence's own amount is no other quantity (:func:`converts_own_amount`).

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("Seoul pays $923 billion this year for the U.S. troops.", "2019-11-20")
    >>> unsure_scale(fig, ctx, judge_plain(fig, ctx)) is None
    True
    >>> fig, ctx = example("Trump signed $1 trillion this year for defense, dwarfing Seoul's payment.", "2025-09-01")
    >>> unsure_scale(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: $1 trillion is over 100 times any payment on record and its sentence names a budget or \
defence spending ('defense')"
    """
    if fig.span.kind != "money" or j.verdict not in ("contradicted", "misleading") or converts_own_amount(fig):
        return None
    slip = "unit slip" in j.evidence
    if slip and scale_word(fig.span.exact) is None:
        return "frame not certain: a unit slip needs a unit word (million, billion, trillion) in the figure"
    actor = fig.frame.actor
    if slip and actor and actor not in PAYER and ctx.reader.country.get(actor) not in (None, "KR") and (
            fig.frame.quantity != "demand"):  # claims21: a demand's slip is against its asker's own demands
        return f"frame not certain: a unit slip needs the payer's figure, and this is {actor}'s"
    if float(fig.span.value["amount"]) < ctx.tol.far_factor * largest_payment(ctx, money_currency(fig.span)):
        return None
    budget = budget_named(ctx.reader, fig.span)
    if budget and not won_payment_as_dollars(fig, ctx):  # mut62: "$1.5192 trillion" is the won payment's digits
        return (f"frame not certain: {fig.span.exact} is over {ctx.tol.far_factor:,.0f} times any payment on record "
                f"and its sentence names a budget or defence spending ({budget!r})")
    return None


#: Significant digits a dollar figure must print to be read as a won payment's own figure (mut62): "$1.04 trillion"
#: is 2019's 1,038.9 bn won; "$1 trillion" or "$950 billion" (a whole number's trailing zeros count for none) may be
#: a budget.
WON_DIGITS_SIGNIFICANT = 3
PRINTED_NUMBER = re.compile(r"(?<![\d,.])\d[\d,]*+(?:\.\d++)?+")


def won_payment_as_dollars(fig: Figure, ctx: Context) -> bool:
    """Return whether a dollar figure prints, to at least :data:`WON_DIGITS_SIGNIFICANT` significant digits, the very
    figure of a yearly won payment on record (within ``Tolerances.exact_rel``): a won payment printed as dollars
    ("$1.5192 trillion" for 1,519.2 bn won), not a budget its sentence names (mut62, in :func:`unsure_scale`). Only
    when its sentence is about the payment (:func:`analysis.frames.names_payment`) and only with the payments of its
    frame's years, give or take ``Tolerances.reading_years``: a budget of its own year ("the $740.5 billion defence
    budget" of 2021) is no won payment of another (2008's 741.5 bn won) (mend62, review62 finding 16).

    >>> from analysis.rules import example
    >>> [won_payment_as_dollars(*example(f"Seoul's defense cost share is {x} in 2026.", "2024-10-05"))
    ...  for x in ("$1.5192 trillion", "$950 billion", "$1.4 trillion", "1.5192 trillion won")]
    [True, False, False, False]
    >>> [won_payment_as_dollars(*example(t, "2020-12-20")) for t in ("The U.S. defense budget is $740.5 billion.",
    ...     "The $740.5 billion defense budget dwarfs Seoul's payment.")]
    [False, False]
    """
    from analysis.frames import names_payment

    printed = PRINTED_NUMBER.search(fig.span.exact) if fig.span.kind == "money" else None
    about_payment = fig.frame.quantity == "sma_payment" or names_payment(ctx.reader, fig.span)  # frames63 words
    if printed is None or money_currency(fig.span) != "USD" or not about_payment:
        return False
    number = printed.group().replace(",", "")
    digits = number.replace(".", "").lstrip("0") if "." in number else number.strip("0")  # "950": two digits
    if len(digits) < WON_DIGITS_SIGNIFICANT:
        return False
    amount, reach = float(fig.span.value["amount"]), range(-ctx.tol.reading_years, ctx.tol.reading_years + 1)
    years = sorted({y + d for y in fig.frame.years for d in reach})
    return any(abs(amount / won - 1) <= ctx.tol.exact_rel for won in payments_on_record(ctx, "KRW", years) if won)


#: Right after a percent: "of (the|its) <up to 6 words>" — a share of a whole named after it ("40 percent of the cost
#: of stationing U.S. troops").
_SHARE_OF = re.compile(r"(?<!\s)"  # not inside a run of blanks
                       r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,6}?(?:costs?|expenses?|bill|burden|"
                       r"total|budget|spending)\b", re.I)


def share_or_whole(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called false may be right as the whole a share is of, else None: earlier in its clause a
    percent is a share of a cost ("pays about 40 percent of the cost of stationing U.S. troops, some $3.4 billion in
    all"), and no other amount stands between, so the amount may be that whole, not the share paid.

    >>> from analysis.rules import example, judge_plain
    >>> t = "South Korea pays about 40 percent of the cost of stationing U.S. troops, some $3.4 billion in all."
    >>> fig, ctx = example(t, "2019-11-20", 1)
    >>> share_or_whole(fig, ctx, judge_plain(fig, ctx))[:45]
    'frame not certain: a share of a cost (about 4'
    """
    if fig.span.kind != "money" or j.verdict not in ("contradicted", "misleading"):
        return None
    r = ctx.reader
    s, _ = r.clause(fig.span, strong=True)  # "..., and it paid X this year": a clause of its own, the payment
    for p in reversed(r.figures_in(s, fig.span.start)):
        if p.kind == "money":
            s = p.end  # another amount between: the share's own sum, if any, is that one
            break
        if p.kind == "percent" and _SHARE_OF.match(r.text, p.end):
            return (f"frame not certain: a share of a cost ({p.exact}) comes before it in its sentence, so it may be "
                    "the whole cost, not the share paid")
    part = _PART_OF_COST.search(r.text, s, fig.span.start)  # "roughly half the cost of the troops, some X" (claims16)
    if part is not None:
        return (f"frame not certain: a share of a cost ({part.group()!r}) comes before it in its sentence, so it may "
                "be the whole cost, not the share paid")
    return None


#: A part of a whole in words ("half", "a third", "two-thirds" or "two thirds", "most", "part"): one list, read here
#: before a cost (_PART_OF_COST) and by frames._PART_OF before the whole a share is of.
PART_WORDS = r"half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|most|part"
#: A fraction of a cost in words: "half (of) the cost of the troops", "a third of the expenses".
_PART_OF_COST = re.compile(r"\b(?:" + PART_WORDS + r")\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,6}?"
                           r"(?:costs?|expenses?|bill|burden|total|budget|spending)\b", re.I)
#: Korea's support beyond the SMA's cash: indirect or in-kind support, free land, waived taxes, utilities (other49;
#: frames reads them as another quantity, wider_support as a wider sum).
SUPPORT_WORDS = (
    r"indirect(?:ly)?", r"in[\s-]kind", r"(?:free|rent[\s-]free)\s+(?:use\s+of\s+(?:the\s+)?)?land", r"rent[\s-]free",
    r"tax(?:es)?\s+(?:exemptions?|breaks?|waivers?)", r"(?:forgone|foregone|waived)\s+(?:taxes|duties|fees|rents?)",
    r"utilit(?:y|ies)(?:\s+(?:waivers?|fees|costs|bills))?",
)
#: Words that widen a sum beyond the cash of the SMA: indirect or in-kind support (free land, tax breaks), or a
#: base building or relocation project paid apart from it. Construction alone is no such word: it is one of the SMA's
#: own three parts (labor, construction, logistics), so "construction projects" or "the construction of barracks"
#: may be the cash payment itself (review16).
_WIDER = re.compile(r"\b(?:" + "|".join(SUPPORT_WORDS) + r"|relocation|(?:construction|building)\s+of\s+(?:(?:a|an|"
                    r"the|its)\s+)?(?:[\w.-]+\s+){0,2}?(?:base|camp|garrison|headquarters)|base\s+(?:projects?|"
                    r"costs?|programs?|construction))\b", re.I)
#: Words that set a sum apart from another ("beyond", "on top of"): read by KEPT_OUT and frames._SET_APART.
SET_APART_WORDS = r"(?:besides|beyond|(?:apart|aside)\s++from|on\s++top\s++of|in\s++addition\s++to)"
#: Words right before a wider-sum cue that keep it out of the figure ("does not include indirect support", "excluding
#: the relocation costs", "not counting in-kind support", "on top of"): then the cue is no reason to withhold
#: (review51, audit53); frames.counted_support heeds them too.
KEPT_OUT = re.compile(r"\b(?:not|n['’]t|without|exclud\w*|except|" + SET_APART_WORDS + r"|"
                      r"(?:leaving|setting|putting)\s+aside|separate\s+from|unlike)\b", re.I)


_PAYMENT_QUANTITIES = ("sma_payment", "sma_total", "sma_change")


def _called_false(fig: Figure, j: Judgement, kind: str, quantities: Iterable[str]) -> bool:
    """Return whether a figure of span ``kind`` and one of ``quantities`` is called contradicted or misleading: what
    the guards below may withhold (review16: one test for them all).

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("Seoul paid 2 trillion won in 2019.", "2019-11-20")
    >>> _called_false(fig, judge_plain(fig, ctx), "money", _PAYMENT_QUANTITIES)
    True
    """
    return fig.span.kind == kind and fig.frame.quantity in quantities and j.verdict in ("contradicted", "misleading")



def withheld(rule: _Guard, published: str, *texts: str) -> list[bool]:
    """Return, for each one-paragraph text, whether ``rule`` withholds the verdict on its first figure (the reading
    the guards' examples show).

    >>> withheld(lambda f, c, j: None, "2019-11-20", "Seoul pays $1 billion.")
    [False]
    """
    from analysis.rules import example, judge_plain

    return [rule(f, c, judge_plain(f, c)) is not None for f, c in (example(t, published) for t in texts)]


def only_called_false(kind: str, quantities: Iterable[str]) -> Callable[[_Guard], _Guard]:
    """Return a decorator that runs a guard only on a figure of span ``kind`` and one of ``quantities`` called
    contradicted or misleading (:func:`_called_false`), else returns None: one test for the guards below.

    >>> always = only_called_false("money", _PAYMENT_QUANTITIES)(lambda fig, ctx, j: "doubt")
    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("Seoul paid 1.04 trillion won in 2019.", "2019-11-20")
    >>> always(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    def wrap(guard: _Guard) -> _Guard:
        @functools.wraps(guard)
        def run(fig: Figure, ctx: Context, j: Judgement) -> str | None:
            return guard(fig, ctx, j) if _called_false(fig, j, kind, quantities) else None
        return run
    return wrap


def loose_frame(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called contradicted may be right, else None: only a payment word near it made it
    Seoul's payment (the context cue, :attr:`analysis.frames.Frame.loose`; :func:`analysis.frames.context_cue`) —
    its own phrase never says it is — so it may be a sum of anything the story tells beside the talks (weakev70, a lead
    decision).

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("The SMA talks ended. The figure this year is 3 trillion won.", "2019-11-20")
    >>> loose_frame(fig, ctx, judge_plain(fig, ctx))[:40]
    'frame not certain: only a payment word n'
    """
    if j.verdict != "contradicted" or fig.frame.quantity not in _PAYMENT_QUANTITIES or not fig.frame.loose:
        return None
    return ("frame not certain: only a payment word near it makes it Seoul's payment; its own phrase never says the "
            "figure is the payment")


@only_called_false("money", _PAYMENT_QUANTITIES)
def wider_support(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false may be right as a wider sum, else None: its clause counts indirect or
    in-kind support or a building project ("$3.4 billion in direct and indirect support", "$13 billion for the
    construction of a base"), which the SMA's cash payment does not include.

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("In 2019 South Korea paid $3.4 billion for the troops, in direct and indirect support.",
    ...                    "2019-11-20")
    >>> wider_support(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: its clause counts more than the SMA's cash ('indirect'), so it may be that wider sum"
    """
    from analysis.frame_reader import set_apart

    text = ctx.reader.text
    c0, c1 = ctx.reader.clause(fig.span, strong=True)
    if set_apart(ctx.reader, fig.span):
        c0 = fig.span.start  # ofix44: "X in indirect costs, beyond the Y it pays": the cues before Y are set apart
    for m in _WIDER.finditer(text, c0, c1):
        if not KEPT_OUT.search(text, max(c0, m.start() - _KEPT_OUT_REACH), m.start()):
            return (f"frame not certain: its clause counts more than the SMA's cash ({m.group()!r}), so it may be "
                    "that wider sum")
    return None


_KEPT_OUT_REACH = 40  # characters before the cue in which such a word keeps it out


#: The months' and weekdays' English names, as one alternation (the calendar's own).
_CALENDAR_NAMES = "|".join((*calendar.month_name[1:], *calendar.day_name))
#: A payment verb whose subject stands before it: "<payer> paid X".
_PAY_VERB = re.compile(r"\b(?:pa(?:y|ys|id|ying)|contribut(?:es|ed|ing)|provid(?:es|ed|ing)|spen(?:ds|t|ding))\b", re.I)
#: A capitalised word that names someone (not a function word opening a sentence or a time word).
_NAME_WORD = re.compile(r"\b(?!(?:The|A|An|In|Last|This|That|Under|Since|From|After|Before|For|During|On|At|By|But|And|"
                        r"Also|Still|Now|Then|However|Meanwhile|According|It|Its|They|Their|He|She|We|Our|Over|Of|"
                        r"Each|Every|Both|Next|Such|Yet|So|As|While|When|If|" + _CALENDAR_NAMES
                        + r"|SMA|Special|Measures|Agreement)\b)(?<![\w.’'-])(?=[A-Z])[\w.’'-]++")
#: What opens the payment verb's own clause after a source or a phrase before it: a reporting verb, "that", "according
#: to", a comma; the source named before it ("Yonhap reported that the government paid X") is no payer (review16).
_SUBJECT_OPENS = re.compile(r",|\b(?:that|said|says|say|reported|reports|told|tells|added|adds|noted|notes|stated|"
                            r"argued|claimed|wrote|estimated|announced|according\s+to)\b", re.I)
#: A Korea side in words: the payer.
_KOREA_WORD = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|ROK)\b")


@only_called_false("money", _PAYMENT_QUANTITIES)
def unnamed_payer(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false may be another payer's, else None: the subject of the payment verb
    before it in its clause names someone (a capitalised name) and no Korea side ("The Norwegian government paid
    X", "the United Nations Command paid X"), so the payer is not certainly Seoul.

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("In 2019, the Norwegian government paid $2 billion for U.S. troops.", "2019-11-20")
    >>> unnamed_payer(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: the payer named before its payment verb ('Norwegian') is not a Korea side"
    """
    from analysis.extract.scan import last_match
    from analysis.frames import named_countries

    r = ctx.reader
    p0, _ = r.clause(fig.span)
    if r.figures_in(p0, fig.span.start):
        return None  # the nearest amount before it has the subject
    verb = last_match(_PAY_VERB, r.text, p0, fig.span.start)
    if verb is None:
        return None
    said = last_match(_SUBJECT_OPENS, r.text, p0, verb.start())  # "Yonhap reported that the government paid X"
    subject = r.text[said.end() if said is not None else p0:verb.start()]
    name = _NAME_WORD.search(subject)
    if name is None or _KOREA_WORD.search(subject) or any(c == "KR" for _, c in named_countries(r, p0, verb.start())):
        return None
    return f"frame not certain: the payer named before its payment verb ({name.group()!r}) is not a Korea side"


@only_called_false("percent", ("sma_change",))
def reached_level(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a percent change called false may be right as a level, else None: "rose to P percent" with no
    direction of its own may be the share reached ("Seoul's share of the cost rose to 50 percent"), or, loosely
    written, the rise itself; only the second can be judged, so it is never called false.

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("In 2021 Seoul's share of the cost rose to 50 percent.", "2021-03-10")
    >>> reached_level(fig, ctx, judge_plain(fig, ctx))[:60]
    "frame not certain: a percent after 'rose to' (a verb of chan"
    """
    from analysis.frames import level_reached, share_level_named

    if level_reached(ctx.reader, fig.span):
        return "frame not certain: a percent after 'rose to' (a verb of change, then 'to') may be the level reached " \
            "(a share), not the change"
    share = share_level_named(ctx.reader, fig.span)  # cfix49: "Seoul's share fell from 45 percent"
    return None if share is None else (f"frame not certain: a percent after 'to' or 'from' with a {share.group()!r} "
                                       "named before it may be that share's level, not the change")


def asker_not_us(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a demand called false may be another payer's, else None: the data hold the US side's demands of
    Seoul, so a demand bound to an actor that is not of the US side ("he had told NATO members they should pay X":
    NATO read as the asker) is of another talk.

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("Trump said he had told NATO members they should pay $10 billion more.", "2025-07-09")
    >>> asker_not_us(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: the demand is bound to 'nato', not the US side, whose demands of Seoul the data hold"
    """
    if fig.frame.quantity != "demand" or j.verdict not in ("contradicted", "misleading") or not other_asker(fig, ctx):
        return None
    return f"frame not certain: the demand is bound to {fig.frame.actor!r}, not the US side, whose demands of Seoul " \
        "the data hold"


def other_asker(fig: Figure, ctx: Context) -> bool:
    """Return whether the figure's frame binds it to an actor that is neither the US side nor the payer ("he had told
    NATO members they should pay X": NATO read as the asker; tidy59a: no US demand of Seoul is read into it).

    >>> from analysis.rules import example
    >>> [other_asker(*example(t, "2025-07-09")) for t in (
    ...     "Trump said he had told NATO members they should pay $10 billion more.",
    ...     "Trump said he had told Seoul it should pay $10 billion more.")]
    [True, False]
    """
    actor = fig.frame.actor
    us = actor is not None and (ctx.reader.country.get(actor) == "US" or actor.startswith("us-"))
    return actor is not None and actor not in PAYER and not us


#: Between a base amount and its date: "from 960 billion won in 2018"; "from" right before the amount.
_AMOUNT_DATE_GAP = re.compile(r"(?<!\s)\s*+,?\s*+(?:(?:in|for|during)\s++)?")
_FROM_AMOUNT = re.compile(r"\bfrom\s+(?:the\s+|its\s+|about\s+|some\s+|roughly\s+)?$", re.I)


@only_called_false("percent", ("sma_change",))
def base_amount_year(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a percent change called false may be right for a later year, else None: the date its year comes
    from dates the base amount of a "from X in <year>" phrase ("raised it to Y, from X in 2018, a rise of P percent"),
    and a change counted from that year is of a later one.

    >>> from analysis.rules import example, judge_plain
    >>> t = "The deal raised Seoul's share to 1.04 trillion won, from 960 billion won in 2018, a rise of 8.2 percent."
    >>> fig, ctx = example(t, "2019-03-08", 2)
    >>> fig.frame.years  # since cfix41 the frame is the year after the base's (frames.apposed_base_years)
    (2019,)
    >>> import dataclasses
    >>> fig = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(2018,)))  # a frame of the base year
    >>> base_amount_year(fig, ctx, judge_plain(fig, ctx))[:71]
    "frame not certain: its year is that of a base amount ('from 960 billion"
    """
    from analysis.frame_reader import date_years

    r = ctx.reader
    s, e = r.local(fig.span)
    for d in r.spans_in(s, e, "date"):
        if not set(date_years(d)) & set(fig.frame.years):
            continue
        money = [m for m in r.figures_in(max(s, d.start - 60), d.start) if m.kind == "money"]
        if money and _AMOUNT_DATE_GAP.fullmatch(r.text, money[-1].end, d.start) and _FROM_AMOUNT.search(
                r.text, max(0, money[-1].start - 20), money[-1].start) and not _wrong_later(fig, ctx, d):
            return (f"frame not certain: its year is that of a base amount ('from {money[-1].exact} {d.exact}'), "
                    "and a change counted from it is of a later year")
    return None


#: Right before a percent, the first number of a range it closes: "2-to-", "16 to ", "6-", "between 3 and " (a dash,
#: "to", or "and" after "between"); the first number stands alone (not "1.2 billion to").
_RANGE_OPEN = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,2})?(?:[ \t]?+(?:%|percent|per[ \t]cent))?"
                         r"(?:[ \t]?+[-\u2013][ \t]?+|-to-|[ \t]++to[ \t]++)$"
                         r"|\bbetween[ \t]++\d{1,3}(?:\.\d{1,2})?(?:[ \t]?+(?:%|percent))?[ \t]++and[ \t]++$", re.I)
_RANGE_REACH = 24  # characters before a percent in which its range's first number may stand


def range_opens(text: str, start: int) -> str | None:
    """Return the first number and joiner of a range that the percent at ``start`` closes ("2-to-" of "2-to-5
    percent", "between 3 and " of "between 3 and 5 percent"), else None.

    >>> t = "an annual 2-to-5 percent hike; 16 to 18 percent; 6-7%; between 3 and 4 percent"
    >>> [range_opens(t, t.index(n)) for n in ("5 percent hike", "18 ", "7%", "4 percent")]
    ['2-to-', '16 to ', '6-', 'between 3 and ']
    >>> range_opens("from 2018 to 5 percent", 16), range_opens("a $1.2 billion to 5 percent", 20)
    (None, None)
    """
    m = _RANGE_OPEN.search(text, max(0, start - _RANGE_REACH), start)
    return m.group() if m is not None else None


@only_called_false("percent", ("sma_change", "sma_average_change"))
def range_top(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a percent change called false may be right as a range, else None: the percent closes a range told
    before it ("an annual 2-to-5 percent hike", "rose 16 to 18 percent a year", "between 3 and 5 percent"), so it was
    judged by the range's top alone, and a range is a claim about every year it may be of (cfix49).

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("In 2016 Seoul's payment rose 2-to-5 percent.", "2016-12-30")
    >>> range_top(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: the percent closes a range ('2-to-5 percent'), judged by its top alone"
    >>> fig, ctx = example("In 2016 Seoul's payment rose 5 percent.", "2016-12-30")
    >>> range_top(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    opens = range_opens(ctx.reader.text, fig.span.start)
    if opens is None:
        return None
    top = fig.span.exact.split()[0] if not fig.span.exact[:1].isdigit() else fig.span.exact
    return f"frame not certain: the percent closes a range ({opens + _percent_words(top)!r}), judged by its top alone"


#: An agreement before the one in force named after a preposition of being under it: "under the previous deal", "in
#: the old agreement", "under the Obama-era accord", "under the deal before last" (cfix50); not a numbered one, whose
#: term the frames read when the article names it ("under the ninth SMA" told in 2016 is the deal in force).
_PAST_DEAL = re.compile(r"\b(?:under|in|during|through|throughout|with)[ \t]++(?:(?:the|a|an|its)[ \t]++)?"
                        r"(?:(?:previous|prior|former|old|earlier|past|last|preceding|original|expired|\w++-era)[ \t]++"
                        r"(?:[\w-]++[ \t]++){0,2}?(?:SMA|agreement|deal|accord|pact|contract)|(?:deal|agreement|accord|"
                        r"pact)[ \t]++before[ \t]++last)\b", re.I)


def past_deal(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment or change called false may be right, else None: its clause sets it under an earlier
    agreement (:data:`_PAST_DEAL`: "Under the old agreement, Seoul paid X", "the deal before last") whose years the text
    does not give, so it was judged on the publication's year by default, and a figure of another deal is no claim
    about the payment of now (cfix50). A text that names the deal's years binds the figure to them (no default).

    >>> withheld(past_deal, "2021-03-20",
    ...     "Under the old agreement, Seoul paid about 870 billion won a year.",
    ...     "Seoul now pays 870 billion won, which replaced the old agreement.",
    ...     "Seoul agreed to pay $500 million more than under a previous deal.")
    [True, False, False]
    """
    if fig.frame.bound != "publication" or fig.frame.quantity not in ("sma_payment", "sma_change", "sma_total"):
        return None
    r = ctx.reader
    c0, c1 = r.clause(fig.span, strong=True)
    m = _PAST_DEAL.search(r.text, c0, c1)
    if m is None or _COMPARED_WORD.search(r.text, c0, c1):
        return None  # "18 percent more than what Seoul paid under the previous agreement": the change of now
    return f"frame not certain: the figure is set under {m.group()!r}, whose years the text does not give"


#: A word setting a figure against another ("more than under a previous deal", "up from", "compared with").
_COMPARED_WORD = re.compile(r"\b(?:than|compared|versus|from|over|above|below|relative)\b", re.I)


# --- cconf53: an amount called false must be tied by its own words to what it is compared with ---------------------

#: A sum over years ("a total of", "to date", "so far", "over the past decade", "over the five-year term", "since the
#: first deal"; frames.SUM_WORDS are added by :func:`_other_cost`, group ``sum``), the whole cost ("all the costs",
#: "the full cost", group ``whole``) or an estimate (group ``est``): words that make an amount another sum than one
#: year's payment when they are bound to it (:func:`other_cost`).
_SUM_COST_WORDS = (r"(?P<whole>all[ \t]++(?:the[ \t]++|its[ \t]++)?costs|(?:whole|entire|full|total|overall)[ \t]++"
                   r"(?:[\w-]++[ \t]++)?costs?)|(?P<est>estimat(?:e|es|ed|ing|ion|ions))|"
                   r"a[ \t]++total[ \t]++of|to[ \t]++date|so[ \t]++far|since|"
                   r"(?:over|across|throughout)[ \t]++(?:the|its|their)[ \t]++"
                   r"(?:[\w-]++[ \t]++){0,3}?(?:decades?|years|term|life)")
#: Another cost than one year's cash payment, named as what an amount is for or of (:data:`_THING_BOUND`): building, a
#: relocation, a base, weapons or land; not a "base contribution" (a base figure). No verb of moving alone ("In a move
#: that surprised Washington": mend53c); "to move the bases" is bound by its noun.
_OTHER_COST_WORDS = (r"buil(?:d|ds|t|ding)|construct(?:ing|ion)?|relocat(?:e|es|ed|ing|ion)|bases|"
                     r"base(?![ \t]++(?:contribution|amount|year|pay|payment|rate|salary|figure)s?\b)|camps?|"
                     r"garrisons?|weapons?|arms|equipment|land")
#: Right after an amount (or "most of it" after it), what it is for or of: "to build new US bases", "on the new camps",
#: "of weapons", "toward the cost of relocating", "to move the bases", "worth of arms"; at most three words between,
#: none a preposition ("to keep US troops at their bases": the bases are where the troops are, not the cost); or the
#: cost the amount names itself, at most two words on ("$9 billion relocation costs", "a $10 billion base expansion").
_NOT_PREP = r"(?!(?:at|in|on|of|to|for|with|from|by|as)\b)[\w.-]++[ \t]++"
_THING_BOUND = re.compile(r"(?<![ \t])[ \t]++(?:(?!(?:a|per|each|every)\b)" + _NOT_PREP + r"){0,2}?"
                          r"(?:expansion|project|" + _OTHER_COST_WORDS + r")\b|"
                          r"(?<![ \t])[ \t]*+(?:(?:worth|costs?|price|bill|tab|expenses?)[ \t]++)?"
                          r"(?:for|to|toward|towards|on|of|in|counting|including)[ \t]++(?:(?:the|its|their)[ \t]++"
                          r"(?:costs?|price|bill|expenses?)[ \t]++(?:of|for|to)[ \t]++)?"
                          r"(?:(?:mov(?:e|ing)|buy(?:ing)?|purchas(?:e|ing))[ \t]++)?(?:" + _NOT_PREP + r"){0,3}?"
                          r"(?:" + _OTHER_COST_WORDS + r")\b", re.I)
#: Right before an amount, another cost it is the price of: "built at a cost of", "weapons worth", "arms purchases
#: totaling" (mend53c).
_THING_BEFORE = re.compile(r"\b(?:" + _OTHER_COST_WORDS + r")\b[^,;:.]{0,60}?\b(?:at[ \t]++a[ \t]++"
                           r"(?:total[ \t]++)?cost[ \t]++of|cost(?:s|ing)?|priced[ \t]++at|worth|totall?(?:ing|ed)|"
                           r"valued[ \t]++at)[ \t]++"
                           r"(?:(?:about|some|roughly|nearly|around|over|more[ \t]++than|almost|an[ \t]++estimated)"
                           r"[ \t]++)?$", re.I)
#: After an amount and a comma, a phrase naming it again ("most of it", "much of that") before what it is for.
_IT_AGAIN = re.compile(r",(?:[ \t]++(?:most|much|all|part|some|half)[ \t]++of[ \t]++(?:it|that|which)|"
                       r"(?=[ \t]++(?:counting|including)\b))", re.I)
#: Right before an amount, a sum that governs it: "a total of", "a combined", "a cumulative".
_SUM_BEFORE = re.compile(r"\b(?:a[ \t]++total[ \t]++of|a[ \t]++combined|a[ \t]++cumulative)[ \t]++$", re.I)
#: The end of the words bound to an amount after it: a comma, a colon, a dash or a bracket opens other words.
_BOUND_END = re.compile(r"[,;:()\u2013\u2014]|[ \t]--?[ \t]")
#: In the words bound to an amount, the cost-sharing it is paid under: then no base or weapon named is its cost.
_SHARING_BOUND = re.compile(r"\b(?:cost[ \t-]++sharing|burden[ \t-]++sharing|SMA|Special[ \t]++Measures|"
                            r"contributions?)\b", re.I)


@functools.cache
def _other_cost() -> re.Pattern[str]:
    """Return the pattern of :data:`_SUM_COST_WORDS` and the words of a sum over years (frames.SUM_WORDS): group
    ``sum`` a sum, ``whole`` the whole cost, ``est`` an estimate.

    >>> [m.group() for m in _other_cost().finditer("a total of X, all told, all the costs, over the past decade")]
    ['a total of', 'all told', 'all the costs', 'over the past decade']
    """
    from analysis.frame_reader import SUM_WORDS

    return re.compile(r"\b(?:(?P<sum>" + "|".join(SUM_WORDS) + "|" + _SUM_COST_WORDS + r"))\b", re.I)


def own_words(r: Reader, span: Span) -> tuple[int, int]:
    """Return the bounds of a figure's own words: its own stretch (:func:`analysis.frames.own_stretch`, cut at the
    amounts, percents and multiples either side), cut too at the counts either side ("40,000 troops").

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Seoul pays $900 million now, up from $150 million when the deal began."))
    >>> fig = r.spans_in(0, len(r.text), "money")[1]
    >>> r.text[slice(*own_words(r, fig))]
    ' now, up from $150 million when the deal began.'
    """
    from analysis.frame_reader import own_stretch

    s, e = own_stretch(r, span)
    counts = [x for x in r.spans_in(s, e, "count") if x.id != span.id]
    s = max([s, *(x.end for x in counts if x.end <= span.start)])
    e = min([e, *(x.start for x in counts if x.start >= span.end)])
    return s, e


def own_clause(r: Reader, span: Span) -> tuple[int, int]:
    """Return the bounds of a figure's own words (:func:`own_words`) within its clause (``Reader.clause``, strong).

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("We have 40,000 troops there, and they would be in danger."))
    >>> r.text[slice(*own_clause(r, r.spans_in(0, len(r.text), "count")[0]))]
    'We have 40,000 troops there'
    """
    (s, e), (c0, c1) = own_words(r, span), r.clause(span, strong=True)
    return max(s, c0), min(e, c1)


#: Right before a whole-cost word, a share of it: "Seoul's share of the total cost" is the part paid, the payment.
_PART_OF_BEFORE = re.compile(r"\b(?:shares?|part|portion|contributions?)[ \t]++(?:of|to|toward)[ \t]++"
                             r"(?:the[ \t]++|its[ \t]++)?$", re.I)
#: A yearly period in an amount's own words: a sum's words then tell the years it was paid in ("Since 2021, Seoul has
#: paid X a year"), not a sum over them; and a base or weapon named is not its cost ("$2.5 billion a year to keep US
#: troops at their bases"). "this year" and "for 2019" are one year (mend53c).
_YEARLY = re.compile(r"\b(?:(?:a|per|each|every|this)[ \t]++year|annual(?:ly)?|yearly|for[ \t]++(?:19|20)\d\d)\b",
                     re.I)


#: Right after an amount, a relative clause of giving or spending by any payer ("that South Korea provided", "which
#: the ministry had spent", "that Seoul handed over"): what follows it ("for building the camp") is what the amount
#: is for (verd54). At most four words between the pronoun and the verb, none a preposition.
_GIVEN_CLAUSE = re.compile(r"(?<![ \t])[ \t]++(?:that|which)[ \t]++(?:" + _NOT_PREP + r"){1,4}?"
                           r"(?:(?:has|had|have)[ \t]++)?(?:provided|gave|given|spent|paid|contributed|invested|"
                           r"allocated|earmarked|handed[ \t]++over|put[ \t]++up|set[ \t]++aside|poured)\b", re.I)


def after_given_clause(r: Reader, span: Span, e: int) -> int | None:
    """Return where a relative clause of giving or spending right after an amount ends (:data:`_GIVEN_CLAUSE`), before
    ``e``, else None: "the $10 billion that Seoul provided for building the camp" names the amount's use after it.

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("He cited the $9 billion that South Korea provided for building the camp."))
    >>> r.text[after_given_clause(r, r.spans_in(0, len(r.text), "money")[0], len(r.text)):]
    ' for building the camp.'
    >>> r = Reader(annotate_text("He cited the $9 billion that was due."))
    >>> after_given_clause(r, r.spans_in(0, len(r.text), "money")[0], len(r.text)) is None
    True
    """
    m = _GIVEN_CLAUSE.match(r.text, span.end, e)
    return None if m is None else m.end()


def _bound_thing(r: Reader, span: Span, e: int, back: int) -> re.Match[str] | None:
    """Return the match of another cost (:data:`_OTHER_COST_WORDS`) an amount is for or of (:data:`_THING_BOUND`),
    right after it or after a phrase naming it again (:data:`_IT_AGAIN`: "most of it to move the bases"), before
    ``e``, or the price of one named at most ``back`` characters before it (:data:`_THING_BEFORE`); else None.

    >>> from analysis.frames import Reader, annotate_text
    >>> [_bound_thing(r, r.spans_in(0, len(r.text), "money")[0], len(r.text), 90) is not None for r in (
    ...     Reader(annotate_text(t)) for t in ("Seoul paid $9 billion to build bases.",
    ...                                        "Seoul pays $9 billion to keep US troops at their bases."))]
    [True, False]
    """
    m = _THING_BOUND.match(r.text, span.end, e) or _THING_BEFORE.search(
        r.text, max(r.local(span)[0], span.start - back), span.start)
    if m is None:
        again = _IT_AGAIN.search(r.text, span.end, e)
        m = None if again is None else _THING_BOUND.match(r.text, again.end(), e)
    given = None if m is not None else after_given_clause(r, span, e)
    return m if given is None else _THING_BOUND.match(r.text, given, e)


def _bound_sum(r: Reader, span: Span, s: int, m: re.Match[str]) -> bool:
    """Tell whether a sum's or the whole cost's words (``m``, of :func:`_other_cost`) bind the amount ``span`` whose
    own words start at ``s``: after it with no comma, colon, dash or bracket between (:data:`_BOUND_END`), right
    before it ("a total of"), or opening its own words ("Since 2021, Seoul has paid X"; not "the biggest rise since
    1991" after a comma).

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Seoul pays $9 billion, the biggest rise since 1991."))
    >>> _bound_sum(r, r.spans_in(0, len(r.text), "money")[0], 0, _other_cost().search(r.text))
    False
    """
    if m.group("est"):
        return True  # an estimate anywhere in its own words: the figure is estimated
    if m.start() >= span.end:
        return _BOUND_END.search(r.text, span.end, m.start()) is None
    if _SUM_BEFORE.search(r.text, max(s, span.start - _KEPT_OUT_REACH), span.start):
        return True
    return m.group("whole") is None and not r.text[s:m.start()].strip(" \t\"'“‘")


def other_cost(r: Reader, span: Span, back: int = 90) -> str | None:
    """Return the words in an amount's own words (:func:`own_words`) that make it a sum over years or another cost,
    bound to it, else None: a sum or the whole cost (:func:`_bound_sum`), another cost it is for or of
    (:func:`_bound_thing`, its price named up to ``back`` characters before it: ``Tolerances.cost_before_chars``); not
    one a word before it keeps out (:data:`KEPT_OUT`: "not counting the land"), nor a
    sum's words beside a yearly period (:data:`_YEARLY`: "Since 2021, Seoul has paid X a year"), nor a base or weapon
    beside a yearly period or the cost-sharing named after the amount (mend53c).

    >>> from analysis.frames import Reader, annotate_text
    >>> [other_cost(r, r.spans_in(0, len(r.text), "money")[0]) for r in (Reader(annotate_text(t)) for t in (
    ...     "Since 2021, Seoul has paid $3 billion.", "Since 2021, Seoul has paid $3 billion a year.",
    ...     "Not counting the land, Seoul pays $3 billion.", "Seoul pays $3 billion, including the land.",
    ...     "In a move that surprised Washington, Seoul pays $3 billion."))]
    ['Since', None, None, 'land', None]
    """
    s, e = own_words(r, span)
    yearly = r.found(_YEARLY, s, e)
    found = [(m, m.group(), bool(m.group("sum") and not m.group("whole") and not m.group("est")))
             for m in _other_cost().finditer(r.text, s, e) if _bound_sum(r, span, s, m)]
    thing = _bound_thing(r, span, e, back)
    if thing is not None and not yearly:
        stop = _BOUND_END.search(r.text, span.end, e)
        if not _SHARING_BOUND.search(r.text, span.end, e if stop is None else stop.start()):
            found.append((thing, thing.group().split()[-1], False))
    for m, words, summed in found:
        before = max(s, m.start() - _KEPT_OUT_REACH)
        if (summed and yearly) or KEPT_OUT.search(r.text, before, m.start()) or _PART_OF_BEFORE.search(
                r.text, before, m.start()):
            continue
        return " ".join(words.split())
    return None




def times_payment(fig: Figure, ctx: Context) -> float | None:
    """Return how many times the payment of its judged years (:func:`judged_years`, the smallest ratio) an amount is,
    in its currency; None when the data lack every one.

    >>> from analysis.rules import example
    >>> round(times_payment(*example("Seoul paid 5 trillion won in 2019.", "2019-11-20")), 2)
    4.81
    """
    amount, currency, ratios = float(fig.span.value["amount"]), money_currency(fig.span), []
    for year in judged_years(fig.frame):
        try:
            ratios.append(amount / ctx.payment(year, currency).value)
        except (LookupError, ZeroDivisionError):
            continue
    return min(ratios, default=None)


def below_far(fig: Figure, ctx: Context) -> bool:
    """Return whether an amount is below ``Tolerances.far_factor`` times the largest payment on record in its currency
    (the bound :func:`unsure_scale` reads from), not times the payment of its judged year: a total since 1991 judged
    as the 1991 payment is hundreds of times that year's sum yet no budget-sized figure (verd54).

    >>> from analysis.rules import example
    >>> [below_far(*example(t, "2025-07-09")) for t in (
    ...     "Seoul has paid a total of 30 trillion won since 1991.", "Seoul pays $350 billion this year.")]
    [True, False]
    """
    return float(fig.span.value["amount"]) < ctx.tol.far_factor * largest_payment(ctx, money_currency(fig.span))


#: Words of a sum over many years: "since 1991", "since the first deal in 1991", "over three decades", "cumulative",
#: "combined", "all told", "to date".
_SPAN_YEARS = re.compile(r"\b(?:since[ \t]++(?:[\w'’-]++[ \t]++){0,6}?(?:19|20)\d\d|since[ \t]++(?:its|the|their)"
                         r"[ \t]++(?:start|beginning|inception|outset|launch)|over[ \t]++(?:the[ \t]++)?"
                         r"(?:(?:past|last)[ \t]++)?(?:[\w-]++[ \t]++)?(?:years|decades)|(?:two|three|four|several)"
                         r"[ \t]++decades|cumulative(?:ly)?|combined|all[ \t]++told|to[ \t]++date)\b", re.I)


def spans_years(r: Reader, span: Span) -> bool:
    """Return whether an amount's sentence, near it, tells a sum over many years (:data:`_SPAN_YEARS`), so that
    :func:`below_far` may bound it by the largest payment rather than its judged year's.

    >>> from analysis.frames import Reader, annotate_text
    >>> [spans_years(r, r.spans_in(0, len(r.text), "money")[0]) for r in (Reader(annotate_text(t)) for t in (
    ...     "All told, Seoul has paid 30 trillion won.", "In 1993, Seoul paid a total of $30 billion."))]
    [True, False]
    """
    s, e = r.sentence_of(span)
    return _SPAN_YEARS.search(r.text, max(s, span.start - _NEAR_CHARS), min(e, span.end + _NEAR_CHARS)) is not None


@only_called_false("money", ("sma_payment",))
def untied_amount(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called contradicted as the payment of its year may be right as another sum, else None: it
    is ``Tolerances.untied_factor`` times that payment or more, below ``far_factor`` times it (or times the largest
    payment, :func:`below_far`, when its sentence tells a sum over years: :func:`spans_years`; no unit or digit slip of
    it, no
    won payment's digits printed as dollars: :func:`won_payment_as_dollars`), and its own words
    (:func:`own_words`) name another cost bound to it (:func:`other_cost`: a total over years, a base or weapons it
    is for, the whole cost, an estimate). A figure with a loose frame alone is not withheld ("Seoul paid $2.5 billion
    for the troops": called false, as tests/test_frames.py's LOOSE rows settle).

    >>> withheld(untied_amount, "2019-11-20",
    ...     "Seoul has paid about $6 billion toward the troops over the past decade.",
    ...     "Seoul paid $2.5 billion for the troops.", "Seoul paid $2.5 billion, Trump told reporters.",
    ...     "Seoul paid $2.5 billion for cost-sharing this year.",
    ...     "Seoul paid 1.3 trillion won over the past decade.")
    [True, False, False, False, False]
    """
    if j.verdict != "contradicted" or "slip" in j.evidence or won_payment_as_dollars(fig, ctx):
        return None
    times = times_payment(fig, ctx)
    if times is None or times < ctx.tol.untied_factor or not (  # far above: unsure_scale's
            times < ctx.tol.far_factor or (spans_years(ctx.reader, fig.span) and below_far(fig, ctx))):
        return None
    other = other_cost(ctx.reader, fig.span, ctx.tol.cost_before_chars)
    if other is None:
        return None
    return (f"frame not certain: it is {times:.1f} times the payment it was judged by, and its own words name another "
            f"cost ({other!r}), which it may be")


#: Words that set a figure in another time than the publication's, which the text does not date: "at the time",
#: "back then", "originally", "initially", "used to", "until the mid-2000s", "peaked at". Not "when" nor "once": a
#: when-clause is often a remark's occasion ("said when asked"), "once" a condition ("once the deal is signed").
_OTHER_TIME = re.compile(r"\b(?:at[ \t]++(?:the|that)[ \t]++time|back[ \t]++then|in[ \t]++those[ \t]++days|"
                         r"at[ \t]++first|originally|initially|used[ \t]++to|at[ \t]++the[ \t]++(?:start|outset|"
                         r"beginning|height)|in[ \t]++the[ \t]++beginning|until[ \t]++the[ \t]++(?:early|mid|late)|"
                         r"peak(?:ed|ing)?[ \t]++(?:at|of)|at[ \t]++(?:its|their)[ \t]++(?:peak|height))\b", re.I)



def other_time(r: Reader, span: Span) -> str | None:
    """Return the words in a figure's own words (:func:`own_words`) within its clause that set it in another time the
    text does not date (:data:`_OTHER_TIME`), else None ("broke off talks when Biden was elected, and that they pay
    nothing for X": another clause's time).

    >>> from analysis.frames import Reader, annotate_text
    >>> r = Reader(annotate_text("Back then, Seoul paid $150 million. It pays more now."))
    >>> other_time(r, r.spans_in(0, len(r.text), "money")[0])
    'Back then'
    """
    m = _OTHER_TIME.search(r.text, *own_clause(r, span))
    return None if m is None else " ".join(m.group().split())


@only_called_false("money", ("sma_payment",))
def untold_time(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called contradicted as the payment of the publication's year may be right for another
    time, else None: its year is only the publication's (no date of its own), while its own words tell of another time
    the text does not date (:func:`other_time`: "at the time", "originally", "when the first deal was signed").

    >>> from analysis.rules import example, judge_plain
    >>> [untold_time(f, c, judge_plain(f, c)) is not None for f, c in (example(t, "2019-11-20") for t in (
    ...     "At the time, Seoul paid about $150 million a year.", "Seoul pays about $150 million a year."))]
    [True, False]
    """
    if j.verdict != "contradicted" or fig.frame.bound != "publication":
        return None
    cue = other_time(ctx.reader, fig.span)
    return None if cue is None else (f"frame not certain: its year is only the publication's, but its own words tell "
                                     f"of another time ({cue!r}), which the text does not date")


_PACT = r"(?:deal|pact|accord|agreement|SMA|arrangement)"
#: A deal's number, in digits or words ("the 11th deal", "the ninth pact").
_PACT_NO = (r"(?P<no>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"eleventh|twelfth|thirteenth)")
#: A time counted within a deal, which the text does not date (verd54): "in the deal's first year", "during its
#: second year", "two years into the deal", "when the 11th deal was struck" (group ``no``: the deal's number), "in
#: the year the current deal took effect". Each names the deal (or "its"), so a remark's occasion ("said when
#: asked") or a time into something else ("a year into his term") is none.
_DEAL_TIME = re.compile(r"\b(?:(?:in|during|by)[ \t]++(?:its|their|the[ \t]++" + _PACT + r"['’]s)[ \t]++"
                        r"(?:first|second|third|fourth|fifth|sixth|opening|initial|only|final)[ \t]++year|"
                        r"(?:a|one|two|three|four|five|six)[ \t]++years?[ \t]++into[ \t]++(?:the|its|their|this|that)"
                        r"[ \t]++(?:[\w-]++[ \t]++){0,2}?" + _PACT + r"|"
                        r"when[ \t]++the[ \t]++(?:" + _PACT_NO + r"[ \t]++)?(?:[\w-]++[ \t]++){0,3}?" + _PACT +
                        r"[ \t]++(?:was|were)[ \t]++"
                        r"(?:first[ \t]++)?(?:struck|signed|reached|concluded|sealed|agreed|initial(?:l)?ed)|"
                        r"in[ \t]++the[ \t]++year[ \t]++(?:the|that)[ \t]++(?:[\w-]++[ \t]++){0,3}?" + _PACT +
                        r"[ \t]++(?:took|came|went|began|started))\b", re.I)
#: A deal word, as in a sentence before dating the deal ("The 11th deal was signed in March 2021.").
_PACT_WORD = re.compile(r"\b" + _PACT + r"\b", re.I)


def deal_first_year(ctx: Context, word: str) -> int | None:
    """Return the first year of the term of the deal numbered ``word`` ("11th", "ninth"), else None.

    >>> from analysis.rules import example
    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> deal_first_year(ctx, "11th"), deal_first_year(ctx, "ninth"), deal_first_year(ctx, "40th")
    (2020, 2014, None)
    """
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth")
    w = word.lower()
    no = words.index(w) + 1 if w in words else int(w[:-2])
    rows = ctx.agreements().set_index("no")
    return int(rows.loc[no].term_start) if no in rows.index else None


def deal_time_known(fig: Figure, ctx: Context, m: re.Match[str]) -> bool:
    """Return whether the deal a time within it (:data:`_DEAL_TIME`) counts from is dated after all: by its number
    ("when the 11th deal was struck") when the amount is far from every payment of that deal's first years
    (:func:`near_deal_years`: a misstatement then, main's reading stands), or by the sentence before, naming a deal
    and a written year ("The deal was signed in 2021. When the deal was signed, ...").

    >>> from analysis.rules import example
    >>> def known(t):
    ...     fig, ctx = example(t, "2025-07-09")
    ...     return deal_time_known(fig, ctx, _DEAL_TIME.search(ctx.reader.text))
    >>> [known(t) for t in ("When the 11th deal was struck, Seoul agreed to pay 3 trillion won.",
    ...                     "When the 11th deal was struck, Seoul agreed to pay 1.18 trillion won.",
    ...                     "The pact was signed in 2021. When the deal was signed, Seoul agreed to pay 1.1 "
    ...                     "trillion won.",
    ...                     "When the deal was signed, Seoul agreed to pay 3 trillion won.")]
    [True, False, True, False]
    """
    from analysis.frames import ANY_YEAR

    no = m.groupdict().get("no")
    first = None if no is None else deal_first_year(ctx, no)
    if first is not None and not near_deal_years(fig, ctx, first):
        return True
    r = ctx.reader
    s, _ = r.sentence_of(fig.span)
    before = last_sentence(r.text[max(0, s - 300):s])
    return bool(before.strip()) and bool(_PACT_WORD.search(before)) and bool(ANY_YEAR.search(before))


@only_called_false("money", ("sma_payment",))
def untold_deal_time(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called false as the payment of the publication's year may be right for another year,
    else None: its year is only the publication's, while its own words (:func:`own_clause`) count a time within a deal
    the text does not date (:data:`_DEAL_TIME`: "two years into the deal", "when the 11th deal was struck";
    :func:`deal_time_known`); unlike :func:`untold_time`, a misleading verdict too is withheld, the frame's year
    being a guess (verd54).

    >>> withheld(untold_deal_time, "2025-07-09",
    ...     "Two years into the deal, Seoul was paying about 1.25 trillion won.",
    ...     "When the 11th deal was struck, Seoul agreed to pay 1.18 trillion won.",
    ...     "A year into the standoff, Seoul pays 1.25 trillion won.")
    [True, True, False]
    >>> withheld(untold_deal_time, "2025-07-09", "Seoul now pays about 1.25 trillion won.")  # no time within a deal
    [False]
    """
    if fig.frame.bound != "publication":
        return None
    m = _DEAL_TIME.search(ctx.reader.text, *own_clause(ctx.reader, fig.span))
    return None if m is None or deal_time_known(fig, ctx, m) else (
        f"frame not certain: its year is only the publication's, but its own words count a time within a deal "
        f"({' '.join(m.group().split())!r}), which the text does not date")


#: Between an amount and a multiple after it that sets it against the payer: a comma, "or", "about" and the like.
_TO_MULTIPLE = re.compile(r"(?<![ \t])[ \t]*+,?[ \t]*+(?:(?:or|and|that[ \t]++is|which[ \t]++is|is)[ \t]++)?"
                          r"(?:(?:about|roughly|nearly|almost|some|around|well[ \t]++over|more[ \t]++than|over|"
                          r"at[ \t]++least)[ \t]++)?", re.I)
#: After such a multiple, the payer it is a multiple of, told as now: "twice Seoul's", "double what South Korea
#: pays", "three times that of Korea"; not of another time ("what Seoul paid a decade ago", "Seoul's in 2005").
#: A multiple in words, where no multiplier span was read ("more than twice Seoul's" after an anaphor).
_MULTIPLE_WORD = re.compile(r"(?:twice|double|triple|(?:two|three|four|five|six|ten|\d{1,2})[ \t]++times)\b", re.I)
_PAYER = r"(?:Seoul|South[ \t]++Korea|Korea|the[ \t]++ROK)"
_PAYER_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:(?:the[ \t]++(?:amount|sum|share|figure|payment)[ \t]++of|"
                          r"that[ \t]++of)[ \t]++" + _PAYER + r"|" + _PAYER + r"['’]s?+|what[ \t]++" + _PAYER +
                          r"[ \t]++(?:pays|gives|contributes|spends))\b"
                          r"(?![ \t]++(?:in|a|an|the|last|back|before|old|previous|former|earlier|original|prior|"
                          r"past|\d++)\b)", re.I)


@only_called_false("money", ("sma_payment",))
def multiple_of_payer(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called false as Seoul's payment is another party's sum, else None: a multiple right after it
    sets it against Seoul's ("$1.8 billion, roughly twice that of South Korea": :data:`_TO_MULTIPLE`,
    :data:`_PAYER_AFTER`), so by the text's own words it is not Seoul's payment (verd54).

    >>> withheld(multiple_of_payer, "2019-11-20",
    ...     "Its share is $1.8 billion, roughly twice that of South Korea.",
    ...     "Seoul pays $1.8 billion, roughly twice that of South Korea.",
    ...     "Its share is $1.8 billion, twice Seoul's old contribution.",
    ...     "Seoul pays $1.8 billion, roughly twice the old figure.")
    [True, False, False, False]
    """
    r, gap = ctx.reader, _TO_MULTIPLE.match(ctx.reader.text, fig.span.end)
    at = fig.span.end if gap is None else gap.end()
    span = next((m for m in r.spans_in(fig.span.end, at + 20, "multiplier") if fig.span.end <= m.start <= at), None)
    word = _MULTIPLE_WORD.match(r.text, at) if span is None else None
    end = span.end if span is not None else word.end() if word is not None else None
    if end is None or _PAYER_AFTER.match(r.text, end, end + 60) is None \
            or _KOREA_WORD.search(r.text, own_clause(r, fig.span)[0], fig.span.start):
        return None  # Seoul the payer of the amount's own clause: a multiple of its own sum
    return (f"frame not certain: its own sentence sets it at {r.text[at if span is None else span.start:end]!r} "
            "Seoul's payment, so it is another party's sum")


#: How far before (and after) an amount, in its sentence, verd54's guards read (a date, a pronoun): a run-on sentence
#: is not read whole for each amount (tests/test_ofix44.py's linear read).
_NEAR_CHARS = 200


#: A pronoun that may name the payer ("it pays", "its share", "the figure they pay"); the payer's words are
#: :data:`_KOREA_WORD`.
_PAYER_PRONOUN = re.compile(r"\b(?:it|its|they|their)\b", re.I)


def last_sentence(text: str) -> str:
    """Return the last sentence of ``text`` (the stretch after the last full stop, question or exclamation mark or
    line break before its own end), or all of it when it has no earlier one.

    >>> last_sentence("He left. Germany hosts 35,000 US troops.\\n\\n")
    ' Germany hosts 35,000 US troops.\\n\\n'
    >>> last_sentence("Their bills\\n\\nGermany hosts 35,000 US troops.\\n\\n")
    'Germany hosts 35,000 US troops.\\n\\n'
    """
    body = text.rstrip(" \t\n\"'”’")
    cut = max(body.rfind(p, 0, len(body) - 1) for p in ".!?\n")
    return text[cut + 1:]


@only_called_false("money", ("sma_payment",))
def pronoun_of_other_side(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called false as Seoul's payment may be another party's, else None: its sentence names
    its payer only by a pronoun ("the figure it pays", "its share") and no Korean word, and the sentence before it
    names another side (:func:`side_pattern`: Germany, Tokyo, the Pentagon), no Korean word and no pronoun of its
    own (which may carry Seoul from further back), so the pronoun's antecedent is that side, not Seoul (verd54).

    >>> from analysis.rules import example, judge_plain
    >>> [pronoun_of_other_side(f, c, judge_plain(f, c)) is not None for f, c in (
    ...     example("Head\\n\\n" + t, "2019-11-20", 1) for t in (
    ...         "Germany hosts 35,000 US troops.\\n\\nThe figure it pays toward them is roughly $1.2 billion.",
    ...         "Germany hosts 35,000 US troops. Washington wants it to pay more. It pays roughly $1.2 billion.",
    ...         "Seoul hosts 28,500 US troops.\\n\\nThe figure it pays toward them is roughly $1.2 billion."))]
    [True, False, False]
    """
    r = ctx.reader
    s, e = r.sentence_of(fig.span)
    near = max(s, fig.span.start - _NEAR_CHARS), min(e, fig.span.end + _NEAR_CHARS)
    if near[0] > s or near[1] < e or not _PAYER_PRONOUN.search(r.text, near[0], fig.span.start) \
            or _KOREA_WORD.search(r.text, *near):
        return None  # a long sentence: the pronoun's antecedent is no longer the sentence before
    before = last_sentence(r.text[max(0, s - 300):s])
    if not before or _KOREA_WORD.search(before) or _PAYER_PRONOUN.search(before):
        return None  # a pronoun before too: the antecedent may be further back (Seoul)
    side = side_pattern().search(before)
    return None if side is None else (f"frame not certain: its sentence names its payer only by a pronoun, and the "
                                      f"sentence before names {side.group()!r}, not Seoul")


#: From a sentence's start to an amount, a demonstrative restating the amount before it: "That is about", "This
#: comes to", "It works out to roughly".
_RESTATES = re.compile(r"[\s\"'“‘]{0,4}(?:That|This|It|Which)[ \t]++(?:is|was|comes[ \t]++to|came[ \t]++to|"
                       r"works[ \t]++out[ \t]++to|worked[ \t]++out[ \t]++to|equals|amounts[ \t]++to|"
                       r"amounted[ \t]++to|translates[ \t]++(?:in)?to)[ \t]++(?:(?:about|roughly|some|around|"
                       r"nearly|almost|just[ \t]++(?:over|under)|more[ \t]++than|over)[ \t]++)?", re.I)


@only_called_false("money", ("sma_payment",))
def restates_other_currency(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why an amount called false as Seoul's payment restates another sum, else None: its sentence opens with
    a demonstrative restating the amount before (:data:`_RESTATES`: "That is about $1.8 billion"), and the sentence
    before ends on an amount in a currency Seoul never paid in (yen, euros): it converts that sum (verd54).

    >>> from analysis.rules import example, judge_plain
    >>> [restates_other_currency(f, c, judge_plain(f, c)) is not None for f, c in (
    ...     example("Head\\n\\n" + t, "2019-11-20", 1) for t in (
    ...         "Japan's payment was 197 billion yen last year. That is about $1.8 billion.",
    ...         "Seoul's payment was 2.1 trillion won this year. That is about $1.8 billion."))]
    [True, False]
    """
    r = ctx.reader
    s, _ = r.sentence_of(fig.span)
    if r.opens(_RESTATES, s, fig.span.start) is None:
        return None
    before = [m for m in r.spans_in(max(0, s - 300), s, "money") if money_currency(m) not in ("KRW", "USD")]
    return None if not before or r.spans_in(before[-1].end, s, "money") else (
        f"frame not certain: it restates the amount of the sentence before ({before[-1].exact!r}), another "
        "currency's sum")


#: "last year" owned by a thing the text names ("in its last year", "their last year", "the deal's last year"): the
#: final year of that thing (a deal, a term), not the year before publication (verd54).
_OWNED_LAST_YEAR = re.compile(r"\b(?:its|their|(?:deal|pact|accord|agreement|term|contract)['’]s?)[ \t]++"
                              r"last[ \t]++year\b", re.I)


@only_called_false("money", _PAYMENT_QUANTITIES)
def owned_last_year(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a figure called false for the year before publication may be right, else None: the "last year" of
    its clause is owned (:data:`_OWNED_LAST_YEAR`: "in its last year"), the last year of a deal or term the text
    names, which may be another year, when the amount is near a payment of a year before publication
    (:func:`near_paid_before`; far from all of them it is false in any year).

    >>> withheld(owned_last_year, "2020-01-15",
    ...     "The five-year deal, which expired in December 2018, had Seoul paying 960 billion won in its last year.",
    ...     "The five-year deal, which expired in December 2018, had Seoul paying 1.6 trillion won in its last year.",
    ...     "Seoul paid 960 billion won last year.")
    [True, False, False]
    """
    if ctx.published.year - 1 not in fig.frame.years or not near_paid_before(fig, ctx):
        return None
    m = _OWNED_LAST_YEAR.search(ctx.reader.text, *own_clause(ctx.reader, fig.span))
    return None if m is None else (f"frame not certain: {m.group()!r} is the last year of what the text names, "
                                   "not the year before publication")


def near_paid_before(fig: Figure, ctx: Context) -> bool:
    """Return whether an amount is within ``Tolerances.near_rel`` of the payment of some year before publication, in
    its currency (:func:`near_payment_of`).

    >>> from analysis.rules import example
    >>> [near_paid_before(*example(t, "2020-01-15")) for t in ("Seoul paid 960 billion won.",
    ...                                                        "Seoul paid 1.5 trillion won.")]
    [True, False]
    """
    return near_payment_of(fig, ctx, range(1991, ctx.published.year))


def near_payment_of(fig: Figure, ctx: Context, years: Iterable[int]) -> bool:
    """Return whether an amount is within ``Tolerances.near_rel`` of the payment on record of one of ``years``, in its
    currency (dollars at each year's average rate: :func:`payments_on_record`).

    >>> from analysis.rules import example
    >>> near_payment_of(*example("Seoul pays 920 billion won.", "2021-03-12"), (2013, 2014))
    True
    """
    amount = float(fig.span.value["amount"])
    return any(p and abs(amount / p - 1) <= ctx.tol.near_rel
               for p in payments_on_record(ctx, money_currency(fig.span), years))


def act_month_year(r: Reader, span: Span) -> Span | None:
    """Return the first date in an amount's sentence, before it, of one month or day of a written year that dates a
    deal or budget act ("signed in January 2014", "agreed on March 8, 2019": :func:`analysis.frames.dates_act`), else
    None. Such a date gives the frame no year (only whole years do), yet the amount set under that act is of its years.

    >>> from analysis.frames import Reader, annotate_text
    >>> [getattr(act_month_year(r, r.spans_in(0, len(r.text), "money")[0]), "exact", None) for r in (
    ...     Reader(annotate_text(t, "2021-03-12")) for t in (
    ...         "The deal signed in January 2014 set Seoul's share at 920 billion won.",
    ...         "In January 2014, Seoul paid 920 billion won."))]
    ['in January 2014', None]
    """
    from analysis.frames import dates_act

    s, _ = r.sentence_of(span)
    for d in r.spans_in(max(s, span.start - _NEAR_CHARS), span.start, "date"):
        a, b = str(d.value.get("start") or ""), str(d.value.get("end") or "")
        if len(a) == len(b) == 10 and a[:4] == b[:4] and (a[5:], b[5:]) != ("01-01", "12-31") and re.search(
                r"\d{4}", d.exact) and dates_act(r, d):
            return d
    return None


def near_deal_years(fig: Figure, ctx: Context, year: int) -> bool:
    """Return whether an amount is within ``Tolerances.near_rel`` of the payment of ``year`` or of one of the two years
    after it (a deal signed in a year pays for it or for a year soon after), in its currency.

    >>> from analysis.rules import example
    >>> [near_deal_years(*example(t, "2021-03-12"), 2014) for t in ("Seoul pays 920 billion won.",
    ...                                                            "Seoul pays 2 trillion won.")]
    [True, False]
    """
    return near_payment_of(fig, ctx, range(year, year + 3))


#: Right before an amount, the verb of a deal act that sets it ("set Seoul's share at", "fixed it at", "agreed to
#: pay"), not a payment told as now ("Seoul now pays"), which is the publication year's under any deal.
_SETS_AMOUNT = re.compile(r"\b(?:(?:set|sets|fixed|fixes|fixing|setting|put|puts|pegged|capped)"
                          r"(?:[ \t]++[\w'’-]++){0,5}?[ \t]++at|(?:agreed|agreeing|pledged|committed|promised)"
                          r"[ \t]++to[ \t]++(?:pay|contribute|provide|shoulder|spend|cover))[ \t]++"
                          r"(?:(?:about|roughly|some|around|nearly|almost|over|more[ \t]++than)[ \t]++)?", re.I)


def act_sets_amount(r: Reader, start: int, span: Span) -> bool:
    """Return whether the verb of a deal act sets the amount (:data:`_SETS_AMOUNT`), right before it, after ``start``.

    >>> from analysis.frames import Reader, annotate_text
    >>> [act_sets_amount(r, 0, r.spans_in(0, len(r.text), "money")[0]) for r in (Reader(annotate_text(t)) for t in (
    ...     "The deal set Seoul's share at 920 billion won.", "Under the deal, Seoul now pays 920 billion won."))]
    [True, False]
    """
    return any(m.end() == span.start for m in _SETS_AMOUNT.finditer(r.text, start, span.start))


@only_called_false("money", _PAYMENT_QUANTITIES)
def deal_dated_by_month(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false for the publication's year may be right, else None: its sentence dates
    the act the amount was set under by a month of another year (:func:`act_month_year`: "a five-year pact signed in
    January 2014 set Seoul's share at X") and the amount is near a payment of that deal's years
    (:func:`near_deal_years`), so it may be of them (verd54).

    >>> withheld(deal_dated_by_month, "2021-03-12",
    ...     "A five-year pact signed in January 2014 set Seoul's share at 920 billion won.",
    ...     "Under a pact signed in January 2014, Seoul now pays 920 billion won.",
    ...     "Seoul paid 920 billion won this year.")
    [True, False, False]
    """
    if fig.frame.bound != "publication":
        return None
    d = act_month_year(ctx.reader, fig.span)
    d = d if d is not None and act_sets_amount(ctx.reader, d.end, fig.span) else None
    year = None if d is None else int(str(d.value["start"])[:4])
    if year is None or year in fig.frame.years or not near_deal_years(fig, ctx, year):
        return None
    return (f"frame not certain: its sentence dates the act the amount was set under {d.exact!r}, and the amount may "
            "be of that deal's years, not the publication's")


#: Verbs that report what someone said, wrote or thought: the words after one are the words reported ("said Seoul
#: pays X"), or one ends a trailing attribution (", officials said on Monday"). The one list of them (mend60d):
#: :data:`REPORTED` here, ``frame_reader._TELLING_VERB`` and ``frame_reader._SAID_VERB`` are this pattern.
SAYING_VERBS = ("said", "says", "told", "stated", "noted", "announced", "explained", "added", "claimed", "wrote",
                "insisted", "argued", "estimated", "confirmed", "reported", "recalled", "thought", "believed",
                "predicted", "warned", "suggested")
#: A verb of :data:`SAYING_VERBS` (contra60: the clause after it is the words reported).
REPORTED = re.compile(r"\b(?:" + "|".join(SAYING_VERBS) + r")\b", re.I)
#: How far before a figure its verb of saying is looked for (bounded: a run-on sentence is not rescanned per figure).
REPORT_VERB_BACK = 160
#: How far a date that dates the saying may stand from the sentence's start or the verb of saying.
REPORT_DATE_NEAR = 40
#: Before a date that opens its sentence and dates the saying: nothing, or "Speaking", "In a", "During an" ("In
#: March 2019, X said", "Speaking in 2019, X told", "In a 2019 interview X said").
_SAYING_OPENS = re.compile(r"[ \t\n\"'(]{0,3}(?:(?:speaking|writing|testifying)[ \t]{1,3}|(?:in|at|during)[ \t]{1,3}"
                           r"(?:a|an|the)[ \t]{1,3})?", re.I)
#: Between an opening date and the verb of saying: a comma and a subject of a few words, with no comma or verb of
#: its own ("In March 2019, the minister said"; not "After the 2019 deal lapsed, the ministry said"); after "In a"
#: the noun of the occasion ("In a 2019 interview the minister said").
_DATE_TO_SAYER = re.compile(r"(?:[ \t]{1,3}(?:interview|speech|statement|briefing|hearing|letter|address|"
                            r"testimony)\b[^,;:\n]{0,50}|,[ \t]{1,3}[^,;:\n]{1,50})", re.I)
#: Between a verb of saying and a date that dates it: a few words, no "that" ("told lawmakers in March 2019 that",
#: "said in March 2019"; not "said Tuesday that, unlike in 2019").
_SAYER_TO_DATE = re.compile(r"(?:[ \t]{1,3}(?!that\b)[A-Za-z]{1,20}){0,3}[ \t]{1,3}", re.I)
#: Right before a date, a determiner or possessive: the date is of the noun after it ("the 2019 deal", "its 2019
#: offer"), not of a saying (mend60d). Searched in :data:`DETERMINER_BACK` characters before the date.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this)[ \t]{1,3}$", re.I)
DETERMINER_BACK = 10


def saying_year(r: Reader, said: re.Match[str], s0: int, pub: int) -> Span | None:
    """Return the date of one year other than ``pub`` that dates the saying of ``said`` (a verb of saying in the
    sentence from ``s0``): one that opens the sentence ("In March 2019, the minister said", "Speaking in 2019, Kim
    told") or follows the verb by a few words ("said in March 2019 that", "told lawmakers in February 2019 that");
    else None. A date of a modifier or of another clause does not date the saying ("Kim, who took office in 2019,
    said", "After the 2019 deal lapsed, the ministry said", "said Tuesday that, unlike in 2019, ...": mend60c).

    >>> from analysis.rules import example
    >>> def year(text):
    ...     fig, ctx = example(text, "2022-06-06")
    ...     m = list(REPORTED.finditer(ctx.reader.text, 0, fig.span.start))[-1]
    ...     d = saying_year(ctx.reader, m, ctx.reader.sentence_of(fig.span)[0], 2022)
    ...     return d and d.exact
    >>> year("In March 2019, the minister said Seoul pays $1 billion."), year("Kim said in 2019 that it pays $1.")
    ('In March 2019', 'in 2019')
    >>> year("Kim, who took office in 2019, said it pays $1."), year("After the 2019 deal, Kim said it pays $1.")
    (None, None)
    >>> year("Kim said Monday the 2019 deal lapsed and it pays $1."), year("Kim told the 2019 panel it pays $1.")
    (None, None)
    """
    from analysis.frame_reader import date_years

    def other_year(d: Span) -> bool:
        return len(years := date_years(d, False)) == 1 and years[0] != pub and d.exact.lower() != "this year"

    for d in r.spans_in(s0, min(said.start(), s0 + REPORT_DATE_NEAR), "date"):
        if other_year(d) and _SAYING_OPENS.fullmatch(r.text, s0, d.start) \
                and _DATE_TO_SAYER.fullmatch(r.text, d.end, said.start()):
            return d
    for d in r.spans_in(said.end(), said.end() + REPORT_DATE_NEAR, "date"):
        if other_year(d) and _SAYER_TO_DATE.fullmatch(r.text, said.end(), d.start + (
                3 if d.exact[:3].lower() in ("in ", "on ") else 0)) \
                and not _DETERMINER_BEFORE.search(r.text, max(0, d.start - DETERMINER_BACK), d.start):
            return d
    return None


def reported_this_year(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment or change called false for the publication's year may be right, else None: its own
    clause says "this year" inside words reported by a verb of saying that its sentence dates in another year ("In
    March 2019, the minister said Seoul pays X this year", told in 2022; "told lawmakers in March 2019 that ...":
    :func:`saying_year`). In reported speech "this year" may be the year of the saying as well as the writer's, so
    neither reading is sure (contra60; a direct quotation is read as the speaker's year already). Only a figure that
    holds for the year of the saying is withheld: one wrong for both years stays caught.

    >>> withheld(reported_this_year, "2022-06-06",
    ...     "In March 2019, the minister said Seoul pays 1.0389 trillion won this year.",
    ...     "The minister told lawmakers in March 2019 that the payment rises 8.2 percent this year.",
    ...     "In March 2019, the minister said Seoul pays 1.0389 trillion won.",
    ...     "The minister said Seoul pays 1.0389 trillion won this year.",
    ...     "In March 2019, the minister said Seoul pays 1.3506 trillion won this year.",
    ...     "In March 2019, the minister said Seoul pays a lot, and this year it pays 1.0389 trillion won.",
    ...     "Kim, who took office in 2019, said Seoul pays 1.0389 trillion won this year.")
    [True, True, False, False, False, False, False]
    """
    from analysis.extract.scan import last_match
    from analysis.frame_reader import date_years

    r = ctx.reader
    pub = r.published.year
    if not _called_false(fig, j, fig.span.kind, _PAYMENT_QUANTITIES) or fig.frame.years != (pub,):
        return None
    c0, c1 = r.clause(fig.span)
    if not any(d.exact.lower() == "this year" for d in r.spans_in(c0, c1, "date")):
        return None
    s0, _ = r.sentence_of(fig.span)
    said = last_match(REPORTED, r.text, max(s0, fig.span.start - REPORT_VERB_BACK), fig.span.start)
    if said is None or said.start() < r.clause(fig.span, strong=True)[0]:
        return None  # no verb of saying, or one of another clause (", and this year it pays X": the writer's)
    told = saying_year(r, said, s0, pub)
    year = date_years(told, False)[0] if told else None
    if told is None or not fits_closely(fig, ctx, year):
        return None  # no date of the saying, or not that year's figure either: the verdict stands
    return (f"frame not certain: 'this year' in words reported as said {told.exact!r}: the year of the saying "
            f"(when it holds: {year}) or the writer's")


def fits_closely(fig: Figure, ctx: Context, year: int) -> bool:
    """Return whether a figure is supported when judged as ``year``'s and, if a won amount, is that year's payment on
    record to its stated rounding or ``Tolerances.exact_rel`` (:func:`analysis.rules.stated_rounding`): only such a
    close fit makes another year a reading to withhold on (mend60d); one merely within the band of "supported" (960.2
    billion won for 1,038.9) may as well be wrong. A percent holds within ``percent_abs`` points already; a dollar
    amount, converted at a yearly rate, cannot fit to its digits, so the band is kept for both.

    >>> from analysis.rules import example
    >>> [fits_closely(*example(f"Seoul pays {x} this year.", "2022-06-06"), 2019)
    ...  for x in ("1.0389 trillion won", "1.04 trillion won", "960.2 billion won", "1.2 trillion won")]
    [True, True, False, False]
    """
    from analysis.rules import judge_plain, stated_rounding

    moved = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(year,)))
    if judge_plain(moved, ctx).verdict != "supported":
        return False
    if fig.span.kind != "money" or money_currency(fig.span) != "KRW":
        return True
    amount, near = float(fig.span.value["amount"]), max(stated_rounding(fig.span.exact), ctx.tol.exact_rel)
    return any(abs(amount / paid - 1) <= near for paid in payments_on_record(ctx, "KRW", (year,)) if paid)


#: Right before an amount, the comma that opens an appositive on the noun before it, with a word of the past ("Seoul's
#: share, then X,", "its payment, which was X at the time,"); right after it, the comma that closes the appositive
#: and a verb of change of that noun ("..., rose 13.9 percent in 2021"): the amount is the level before the change.
#: The word of the past (group ``then``, in either) is required (mend60c): a bare ", X," may be the level after.
_APPOSED_OPEN = re.compile(r",[ \t]{1,3}(?:(?P<then>then|which[ \t]{1,3}was|at[ \t]{1,3}the[ \t]{1,3}time)"
                           r"[ \t]{1,3})?$")
_APPOSED_CHANGE = re.compile(r"(?:[ \t]{1,3}(?P<then>at[ \t]{1,3}the[ \t]{1,3}time|then))?,[ \t]{1,3}(?:rose|fell|grew|"
                             r"jumped|climbed|increased|decreased|dropped|was[ \t]{1,3}(?:raised|cut|increased|"
                             r"lifted|lowered))\b", re.I)
#: How far before an amount the comma that opens its appositive is looked for (", which was at the time").
APPOSED_OPEN_BACK = 24
#: How far before that comma the noun the appositive is set on is read for a date of its own ("Seoul's share for
#: 2021, then X,"; "Seoul's 2021 share"): a date there makes the amount that year's, not the year before's.
APPOSED_NOUN_BACK = 40
#: The end of the phrase before the noun an appositive is set on: a comma, a semicolon or a colon.
_NOUN_START = re.compile(r"[,;:]")


def noun_dated(r: Reader, comma: int) -> bool:
    """Return whether the noun before the ``comma`` that opens an appositive carries a date of its own, in its
    phrase ("Seoul's share for 2021, then X,", "Seoul's 2021 share,", "its payment this year,"): the amount set on it
    is then of that date (mend60c). A date of another phrase before it ("In 2021, Seoul's share, then X,") is none.

    >>> from analysis.frames import Reader, annotate_text
    >>> def dated(text):
    ...     r = Reader(annotate_text(text))
    ...     return noun_dated(r, r.text.index(", then"))
    >>> dated("Seoul's share for 2021, then X, rose."), dated("In 2021, Seoul's share, then X, rose.")
    (True, False)
    """
    start = max(0, comma - APPOSED_NOUN_BACK)
    stops = list(_NOUN_START.finditer(r.text, start, comma))
    return bool(r.spans_in(stops[-1].end() if stops else start, comma, "date"))


@only_called_false("money", ("sma_payment",))
def level_before_change(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment called false for the year of a change may be right, else None: it stands in apposition to
    the subject of a verb of change, set off by commas ("Seoul's share, then X, rose 13.9 percent in 2021"), so it
    may be the level before the change, the year before's, and it holds for that year (contra60). One that holds
    for neither year stays caught.

    >>> withheld(level_before_change, "2022-06-06",
    ...     "Seoul's share, then 1.0389 trillion won, rose 13.9 percent in 2021.",
    ...     "Seoul's share, which was 1.0389 trillion won at the time, rose 13.9 percent in 2021.",
    ...     "Seoul's share, then 1.3506 trillion won, rose 13.9 percent in 2021.",
    ...     "Seoul's share rose 13.9 percent in 2021 to 1.0389 trillion won.",
    ...     "Seoul's share in 2021, then 1.0389 trillion won, rose 13.9 percent.",
    ...     "Seoul's share, 1.0389 trillion won, rose 13.9 percent in 2021.")
    [True, True, False, False, False, False]
    """
    r, years = ctx.reader, fig.frame.years
    change = _APPOSED_CHANGE.match(r.text, fig.span.end)
    opened = _APPOSED_OPEN.search(r.text, max(0, fig.span.start - APPOSED_OPEN_BACK), fig.span.start)
    if len(years) != 1 or change is None or opened is None or not (change["then"] or opened["then"]) \
            or noun_dated(r, opened.start()):
        return None
    if not fits_closely(fig, ctx, years[0] - 1):
        return None
    return (f"frame not certain: set off by commas before a verb of change, it may be the level before the change, "
            f"of {years[0] - 1}, which it fits")


#: Right after a multiple, the article or possessive before the amount it names as its base ("double the $2.5
#: billion", "five times its 150 billion won").
_BASE_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:(?:the|its|their|his|her|that|a|an)[ \t]++)?"
                         r"(?:(?:about|some|roughly|nearly)[ \t]++)?")



@only_called_false("multiplier", ("ratio",))
def other_base_amount(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a multiple called contradicted may be right, else None: an amount right after it is its base
    ("roughly double the $2.5 billion his aides floated"), and that amount is not the payment it was judged by (off it
    by more than ``Tolerances.same_rel``): the text compares two amounts of its own, not one with the payment.

    >>> from analysis.rules import example, judge_plain
    >>> fig, ctx = example("Trump demanded $5 billion, roughly double the $2.5 billion his aides floated.",
    ...                    "2019-11-20", 1)
    >>> other_base_amount(fig, ctx, judge_plain(fig, ctx))[:52]
    'frame not certain: its own words set it against $2.5'
    """
    if j.verdict != "contradicted" or not fig.frame.years:
        return None
    r = ctx.reader
    gap = _BASE_AFTER.match(r.text, fig.span.end)
    at = fig.span.end if gap is None else gap.end()
    base = next((m for m in r.spans_in(at, at + ctx.tol.base_after_chars, "money") if m.start == at), None)
    if base is None or (fig.related and base.id == fig.related[0].id):
        return None
    try:
        paid = ctx.payment(fig.frame.years[0], money_currency(base)).value
    except LookupError:
        paid = None
    if paid and abs(float(base.value["amount"]) / paid - 1) <= ctx.tol.same_rel:
        return None
    return (f"frame not certain: its own words set it against {base.exact}, another amount than the payment it was "
            "judged by")


def _percent_words(exact: str) -> str:
    """Return a percent's number and unit words, change words dropped ("5 percent hike" -> "5 percent").

    >>> _percent_words("5 percent hike"), _percent_words("7%")
    ('5 percent', '7%')
    """
    words = exact.split()
    return " ".join(words[:2]) if len(words) > 1 and words[1].lower().startswith(("percent", "per")) else words[0]


def _wrong_later(fig: Figure, ctx: Context, base: Span) -> bool:
    """Return whether a change is wrong for the year after its base amount's date too (then the base's year hides no
    right figure, and the first verdict stands; review16).

    >>> from analysis.rules import example
    >>> t = "The deal raised Seoul's share to 1.04 trillion won, from 960 billion won in 2018, a rise of {} percent."
    >>> cases = [example(t.format(p), "2019-03-08", 2) for p in ("8.2", "50")]
    >>> [_wrong_later(fig, ctx, ctx.reader.spans_in(0, len(ctx.reader.text), "date")[0]) for fig, ctx in cases]
    [False, True]
    """
    import dataclasses

    from analysis.frame_reader import date_years
    from analysis.rules import judge_plain

    later = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(date_years(base)[-1] + 1,)))
    return judge_plain(later, ctx).verdict in ("contradicted", "misleading")


#: Defence costs, spending or budget named other than as the cost-sharing ("defense cost increase rate", "national
#: defense spending", "the defence budget"): a percent of such a sentence may be the defence budget's growth.
_DEFENCE_SPENDING = re.compile(r"\b(?:defen[cs]e[\s-]++(?!(?:costs?[\s-]++)?(?:shar|burden|treaty|pact|agreement|deal|"
                               r"negotiat|talks))|budgets?\b|spending\b|expenditures?\b)", re.I)
#: How a frame's year was bound when it comes from a relative date ("this year", "last year's", "the previous year"):
#: a sentence of several figures and year words may give one figure's year word to another.
RELATIVE_BOUNDS = ("relative", "previous")


@dataclass(frozen=True)
class Reading:
    """Another reading of a figure called false that the data support: the verdict it gets instead, what it is and
    the data row it fits."""

    verdict: str
    described: str
    row: str
    sources: tuple[str, ...] = ()


def budget_growth(ctx: Context, year: int) -> float | None:
    """Return the growth of South Korea's defence budget into ``year`` in percent (``defence_budget.csv``, the year
    and the year before both on record), else None.

    >>> from analysis.rules import example
    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> round(budget_growth(ctx, 2020), 1), budget_growth(ctx, 2025)
    (7.4, None)
    """
    b = ctx.t.index.rows("budget")
    now = next((r.krw_trillion for r in b if r.year == year), None)
    before = next((r.krw_trillion for r in b if r.year == year - 1), None)
    if now is None or before is None:
        return None
    return (float(now) / float(before) - 1) * 100


def another_reading(fig: Figure, ctx: Context, j: Judgement) -> Reading | None:
    """Return another reading the data support that fits a figure called false, else None (then the verdict stands):
    a percent may be the growth of South Korea's defence budget (news copy calls both it and the payment "defense
    cost") of the year read or a year next to it (*not_checkable*: another quantity); a figure whose year comes from a
    relative date ("this year", "last year's") may be the payment's change, the payment (won or dollars) or its rise
    of a year next to it that its sentence names (*unverifiable*: the year word may be another figure's), unless the
    figure's own rule weighed that year's row already (it compared the years and found the text's wrong). The first
    needs its sentence to name defence costs, spending or a budget other than as the cost-sharing. A wrong figure
    that fits none of these stays called false.

    >>> from analysis.rules import example, judge_plain
    >>> t = "This year's payment reflects the 7.4 percent rise in defense costs last year."
    >>> fig, ctx = example(t, "2021-03-15")
    >>> fit = another_reading(fig, ctx, judge_plain(fig, ctx)); fit.verdict, fit.row, fit.sources
    ('not_checkable', 'defence_budget:2020', ('kbs-2019-12-04-defense-budget',))
    >>> fig, ctx = example("Seoul's payment rose 25 percent this year.", "2021-03-15")
    >>> another_reading(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    if fig.span.kind not in ("money", "percent") or j.verdict not in ("contradicted", "misleading"):
        return None
    from analysis.data import split_ids
    from analysis.rules import _change_rows, _matches, _payment_rows, _signed, _step_rows, judge_plain

    span = range(-ctx.tol.reading_years, ctx.tol.reading_years + 1)
    near = sorted({y + d for y in fig.frame.years for d in span})
    r = ctx.reader
    s, e = r.local(fig.span)
    if fig.span.kind == "percent" and fig.frame.quantity in ("sma_change", "forecast", "offer") \
            and _DEFENCE_SPENDING.search(r.text, s, e):
        for y in near:
            growth = budget_growth(ctx, y)
            if growth is not None and abs(growth - _signed(fig)) <= ctx.tol.percent_abs:
                ids = ctx.t.budget.loc[ctx.t.budget.year.isin([y - 1, y]), "source_ids"]
                return Reading("not_checkable", f"the growth of South Korea's defence budget into {y} ({growth:+.1f}%)",
                               f"defence_budget:{y}", tuple(dict.fromkeys(i for v in ids for i in split_ids(v))))
    if fig.frame.bound not in RELATIVE_BOUNDS or fig.frame.quantity not in ("sma_change", "sma_payment"):
        return None
    from analysis.frame_reader import date_years

    weighed = {row.partition(":")[2] for row in judge_plain(fig, ctx).rows if row.startswith("sma_contributions:")}
    named = {y for d in r.spans_in(s, e, "date") for y in date_years(d, whole_years=False)}  # the sentence's years
    others = {y for y in near if y in named and y not in fig.frame.years and str(y) not in weighed}
    if not others:
        return None
    rows = _change_rows(ctx, others) if fig.span.kind == "percent" else [*_payment_rows(ctx, others),
                                                                          *_step_rows(ctx, others)]
    hit = next((row for row in rows if row.year in others and _matches(row, fig, ctx)), None)
    return Reading("unverifiable", f"the {hit.described}", hit.row, hit.sources) if hit else None


#: In a change's clause, a word that ties it to the payment besides the words of paying and of the cost-sharing
#: (:func:`analysis.frames.payment_words`): Seoul's share or bill, a sum that stands for the payment ("the amount",
#: "the figure"), or the deal itself ("the rise of the previous deal") (contra48, mendc48).
CHANGE_TIE_WORDS = ("shares?", "bill", "costs?", "sum", "amount", "figure", "total", "deals?", "agreements?", "pacts?",
                    "accords?")
_CHANGE_TIE = re.compile(r"\b(?:" + "|".join(CHANGE_TIE_WORDS) + r")\b", re.I)
#: In a change's clause, the cost-sharing deal named as such ("the Special Measures Agreement", "the SMA"): read over
#: the whole clause, where the words of paying are read over the change's own phrase only.
_SMA_NAMED = re.compile(r"\b(?:SMA|Special[ \t]++Measures|(?:cost|burden)-?sharing)\b", re.I)
#: In a change's clause, the base it is counted from: "from", "than", "over", "since", "above", "compared with", then
#: up to four words and a year, a word of an earlier time or deal, or a word of paying ("from previous payments",
#: "since 2002", "over the prior five year agreement", "than what Seoul had paid").
_BASE_NAMED = re.compile(r"\b(?:from|than|over|since|above|on|compared[ \t]++(?:with|to))[ \t]++"
                         r"(?:[\w'’-]++[ \t]++){0,4}?(?:(?:19|20)\d\d|last|previous|prior|former|old|earlier|before|"
                         r"paid|pays|payments?|level)\b", re.I)


def told_again(r: Reader, span: Span) -> bool:
    """Return whether a percent stands for a payment the text told just before: its sentence opens on an anaphor of the
    sentence before's payment ("That is up 8 percent"), its clause on one of its sentence's ("..., and it is 12 percent
    higher"), or a bare definite change noun retells the change the sentence before gave ("put the rise at 9 percent")
    (:func:`analysis.frames.payment_anaphor`, :func:`analysis.frames.clause_anaphor`,
    :func:`analysis.frames.definite_change`) (contra48).

    >>> from analysis.frames import figure_in
    >>> told_again(*figure_in("Seoul pays 1.18 trillion won this year. That is up 19.3 percent.", -1))
    True
    >>> told_again(*figure_in("The envoys argued over Seoul's bill for weeks and signed off on a 19 percent rise."))
    False
    """
    from analysis.frames import clause_anaphor, definite_change, payment_anaphor

    return payment_anaphor(r, span) or clause_anaphor(r, span) or definite_change(r, span)


#: Words of paying that also name other money ("funding for schools", "the pension fund", "the stationing of
#: carriers", "defense costs", "provides"): they tie a change to the payment only beside a word of its payer or of
#: the troops it is for (:data:`_PAYER_OR_TROOPS`) (mendc48b, review48b finding 1).
_LOOSE_PAYING = ("fund", "provid", "station", "shoulder", "bear", "borne", "valued", "defen", "host", "allot",
                 "budget", "cost", "expense")
_PAYER_OR_TROOPS = re.compile(r"\b(?:Seoul|(?:South[ \t]++)?Korea|troops|forces|soldiers|servicemen|USFK|alliance|"
                              r"ally|host[ \t-]++(?:nation|country)|military[ \t]++presence|(?:stationed[ \t]++)?"
                              r"Americans)\b", re.I)


def paying_tie(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` (a change's phrase) ties it to the payment by a word of paying
    (:func:`analysis.frames.payment_words`): a plain one ("pays", "contribution", "the SMA"), or one that also names
    other money (:data:`_LOOSE_PAYING`) beside a word of the payer or the troops.

    >>> [paying_tie(t, 0, len(t)) for t in ("Seoul's payment rose", "Funding for schools rose",
    ...     "Seoul's funding for the troops rose", "The pension fund grew", "the stationing of carriers rose")]
    [True, False, True, False, False]
    """
    from analysis.frame_reader import payment_words

    at = start
    while (m := payment_words(text, at, end)) is not None:
        if not m.group().lower().startswith(_LOOSE_PAYING) or _PAYER_OR_TROOPS.search(text, start, end):
            return True
        at = m.end()
    return False


@only_called_false("percent", ("sma_change",))
def change_untied(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a percent change called contradicted may be right, else None: its year is only the publication's
    (no date binds it) and its own clause ties it neither to the payment (:data:`_CHANGE_TIE`) nor to a base
    (:data:`_BASE_NAMED`) nor to an amount: a bare "a 13 percent increase" may be a rise of anything the story tells,
    of any year (contra48).

    >>> from analysis.rules import example, judge_plain
    >>> lead = "The cost-sharing talks for the U.S. troops dragged on. "
    >>> [change_untied(f, c, judge_plain(f, c)) is not None for f, c in (example(lead + t, "2022-06-01") for t in (
    ...     "Officials in Seoul finally settled for a 13.9 percent boost.",
    ...     "Seoul's contribution rose 13.9 percent.", "It rose 13.9 percent from what Seoul paid in 2020.",
    ...     "Seoul's contribution, pegged to defense spending, rose 13.9 percent."))]
    [True, False, False, False]
    """
    from analysis.frames import payer_subject_change

    if j.verdict != "contradicted" or fig.frame.bound != "publication":
        return None
    r = ctx.reader
    p0, p1 = r.clause(fig.span)
    c0, c1 = r.clause(fig.span, strong=True)
    if _CHANGE_TIE.search(r.text, p0, p1) or paying_tie(r.text, p0, p1) or _BASE_NAMED.search(r.text, p0, p1) \
            or r.spans_in(c0, c1, "money") or _SMA_NAMED.search(r.text, c0, c1) or told_again(r, fig.span) \
            or payer_subject_change(r, fig.span):  # xv59: "Seoul's contribution, tied to ..., rises X"
        return None
    return ("its year is only the publication's, and its own phrase ties the change neither to the payment nor to a "
            "base: it may be a rise of anything the story tells")



#: The modalities whose figure a rule softens to `unverifiable` as "not refuted by what happened later": a forecast, a
#: quotation (fcast48).
FORECAST_MODALITIES = ("forecast", "quotation")
#: In a forecast's clause, a word that ties it to the cost-sharing payment or an ask of it besides the words of paying
#: and of the cost-sharing (:func:`analysis.frames.payment_words`) and of a demand
#: (:func:`analysis.frames.demand_words`): the tie words of a change (:data:`CHANGE_TIE_WORDS`) but "costs" (the cost
#: of the troops, of a base or a weapon, is no payment), host-nation support, and a sum agreed or settled on in the
#: talks ("will likely agree on X", "expect to settle at X") (fcast48, mendf48).
_FORECAST_TIE = re.compile(r"\b(?:" + "|".join(w for w in CHANGE_TIE_WORDS if w != "costs?")
                           + r"|host[ \t-]++(?:nation|country)[ \t]++support|agree(?:s|d|ing)?[ \t]++(?:on|upon)|"
                           r"settl(?:e|es|ed|ing)[ \t]++(?:at|on|for))\b", re.I)


@functools.cache
def korea_hands() -> re.Pattern[str]:
    """Return the pattern of Korea named as the payer or the one billed before a word of handing a sum over or bearing
    a cost ("Seoul is expected to hand over X", "Seoul will likely be billed X", "Seoul's outlay"), built once, when
    first used (frames imports this module), from :func:`analysis.frames.transfer_words` but "spend" (what Seoul
    spends is mostly on its own forces); "billed", "charged" only passive ("Seoul charges X" is Seoul paid) (fcast48,
    mendf48).

    >>> [bool(korea_hands().search(t)) for t in ("Seoul will likely be billed X", "Seoul will spend X",
    ...                                          "Seoul charges X", "Seoul's outlay", "Seoul's defense outlay")]
    [True, False, False, True, False]
    """
    from analysis.frame_reader import transfer_words

    return re.compile(r"\b(?:South[ \t]++)?(?:Korea|Seoul)\b(?:['’]s[ \t]++(?:outlays?|install?ments?|tab)|"
                      r"(?!['’])[ \t]++(?:[\w'’-]++[ \t]++){0,5}?(?:(?!spen)" + transfer_words()
                      + r"|(?:be|been|being|is|was|were|are|gets?|got)[ \t]++(?:billed|charged|invoiced)|"
                      r"pon(?:y|ies|ied|ying)[ \t]++up))\b", re.I)




def tie_words(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` has a word that ties a forecast to the payment or an ask of it: a word of
    paying or of the cost-sharing (:func:`analysis.frames.payment_words`), of a demand
    (:func:`analysis.frames.demand_words`) or another tie word (:data:`_FORECAST_TIE`) (fcast48).

    >>> [tie_words(t, 0, len(t)) for t in ("Seoul's bill will grow", "the ask may be", "exports may grow")]
    [True, True, False]
    """
    from analysis.frame_reader import demand_words, payment_words

    return payment_words(text, start, end) is not None or demand_words(text, start, end) is not None \
        or _FORECAST_TIE.search(text, start, end) is not None


def forecast_tied(ctx: Context, span: Span) -> bool:
    """Return whether a forecast's clause ties it to the cost-sharing payment or an ask of it: it names the payment
    (:func:`analysis.frames.payment_cued`), has a tie word (:func:`tie_words`) or Korea handing a sum over
    (:func:`korea_hands`), retells a payment told just before (:func:`told_again`), has an amount of the size of a
    recent payment (:func:`sized_as_payment`: "10 percent above the current level of nearly $1 billion"), a pronoun
    for the payment (:func:`pronoun_tied`), or retells with "the" a figure a tied clause gave (:func:`retold_tied`)
    (fcast48).

    >>> from analysis.rules import example
    >>> [forecast_tied(c, f.span) for f, c in (example(t, "2022-06-01") for t in (
    ...     "Officials expect the new base to reach $11 billion by 2026.",
    ...     "Seoul's contribution is expected to reach 2 trillion won by 2026.",
    ...     "Analysts expect Seoul to hand over about $1.2 billion next year."))]
    [False, True, True]
    """
    from analysis.frame_reader import for_us_forces
    from analysis.frames import payment_cued

    r = ctx.reader
    c0, c1 = r.clause(span, strong=True)
    if payment_cued(r, span) or told_again(r, span) or sized_as_payment(ctx, span, c0, c1) or pronoun_tied(r, span) \
            or retold_tied(ctx, span):
        return True
    if priced_thing(r.text, span.end) or other_country_named(r, c0, c1) or _BUILT.search(r.text, c0, c1):
        return False  # review48c: a sum of a thing, of another host, or for a thing built (a port, a base project)
    return tie_words(r.text, c0, c1) or korea_hands().search(r.text, c0, span.start) is not None \
        or for_us_forces(r.text, c0, c1) is not None or subject_retold(r, span)


#: A thing built or bought for the forces ("the Pyeongtaek base for USFK", "the troops' new barracks"): a sum for it is
#: its price, not the payment (review48c).
_BUILT = re.compile(r"\b(?:bases?|barracks|facilit(?:y|ies)|construction|projects?|hospitals?|housing|buildings?|"
                    r"runways?|ports?)\b", re.I)
#: Words after a figure that are no noun it sizes or prices: a preposition, an article, a conjunction, a verb of being
#: or a modal, a time word or a currency word (one list for :data:`_PRICED_NOUN` and :data:`_NOUN_NEXT`).
_NOT_A_NOUN = (r"(?:in|on|at|for|to|from|of|by|with|over|under|per|into|during|since|until|before|after|than|and|or|"
               r"but|as|a|an|the|this|that|next|last|each|every|is|was|were|are|will|would|could|may|might|has|had|"
               r"have|more|less|annually|yearly|a?year|years|months?|now|today|yesterday|tomorrow|starting|beginning|"
               r"through|while|which|who|won|dollars?|" + _CALENDAR_NAMES + r"|(?:19|20)\d\d)(?![\w-])")
#: After a figure, the noun it prices ("a $5 billion arms package", "a $2 billion merger"): a lower-case word that is
#: none of :data:`_NOT_A_NOUN` (review48c).
_PRICED_NOUN = re.compile(r"[ \t]{1,3}(?!" + _NOT_A_NOUN + r")[a-z]")


def priced_thing(text: str, end: int) -> bool:
    """Return whether a figure ending at ``end`` is followed by the noun it prices (:data:`_PRICED_NOUN`): "agree on a
    $5 billion arms package" tells a thing's price, "agree on 1.2 trillion won next year" a sum (review48c).

    >>> [priced_thing(t, t.index("billion") + 7) for t in ("a $5 billion arms package", "$2 billion next year",
    ...     "$2 billion, officials said")]
    [True, False, False]
    """
    return _PRICED_NOUN.match(text, end) is not None


def other_country_named(r: Reader, start: int, end: int) -> bool:
    """Return whether ``r.text[start:end]`` names a country other than the two sides and the North
    (:func:`analysis.frames.named_countries`; :data:`TALKS_COUNTRIES`): "host-nation support in Japan", "Tokyo",
    "American troops in Germany" (review48c).

    >>> from analysis.frames import Reader, annotate_text
    >>> [other_country_named(Reader(annotate_text(t)), 0, len(t))
    ...  for t in ("Tokyo will pay more.", "Seoul will pay more.")]
    [True, False]
    """
    from analysis.frames import named_countries

    return any(c not in TALKS_COUNTRIES for _, c in named_countries(r, start, end))


@functools.cache
def definite_paid() -> re.Pattern[str]:
    """Return the pattern of a definite noun of a sum paid ("the outlay", "the sum", "the annual installment"); not a
    verb of paying nor a noun of a thing backed ("the support", "the burden" of :func:`analysis.frames.transfer_words`)
    (mendf48).

    >>> [bool(definite_paid().search(t)) for t in ("expect the outlay to top", "expect exports to top")]
    [True, False]
    """
    return re.compile(r"\bthe[ \t]++(?:[\w-]++[ \t]++)?(?:outlays?|install?ments?|sum|amount|tab|expenditures?)\b",
                      re.I)


def subject_retold(r: Reader, span: Span) -> bool:
    """Return whether a figure's clause before it names a sum paid with "the" (:func:`definite_paid`) and the sentence
    before ties it (:func:`tie_words`, Korea handing a sum over: :func:`korea_hands`) (mendf48).

    >>> from analysis.frames import figure_in
    >>> [subject_retold(*figure_in(t, -1)) for t in (
    ...     "Seoul paid 1.04 trillion won this year. Next year, officials expect the outlay to top 1.2 trillion won.",
    ...     "Exports grew 3 percent this year. Next year, officials expect the outlay to top 1.2 trillion won.")]
    [True, False]
    """
    c0, _ = r.clause(span, strong=True)
    if definite_paid().search(r.text, c0, span.start) is None:
        return False
    s, _ = r.sentence_of(span)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    prev = r.sentences[i] if i >= 0 else None
    return prev is not None and (tie_words(r.text, prev.start, prev.end)
                                 or korea_hands().search(r.text, prev.start, prev.end) is not None)


#: A pronoun in a figure's own phrase before it ("it is expected to reach", "officials expect it to reach", "this
#: will be"): it stands for what its sentence or the sentence before names (fcast48).
_PRONOUN = re.compile(r"\bit\b|\b(?:this|that)[ \t]++(?:is|was|will|would|could|may|might)\b", re.I)


def pronoun_tied(r: Reader, span: Span) -> bool:
    """Return whether a pronoun in a figure's own phrase before it (:data:`_PRONOUN`) stands for the payment: its
    sentence names the payment (:func:`analysis.frames.names_payment`), or the sentence before has a tie word
    (:func:`tie_words`) (fcast48).

    >>> from analysis.frames import figure_in
    >>> pronoun_tied(*figure_in("It is set to rise 6 percent a year, and the contribution will reach 2 trillion won."))
    True
    >>> [pronoun_tied(*figure_in(t, -1)) for t in (
    ...     "Seoul's payment rose 8 percent. Officials expect it to reach $1.5 billion next year.",
    ...     "Exports rose 8 percent. Officials expect it to reach $1.5 billion next year.")]
    [True, False]
    """
    from analysis.frames import names_payment

    p0, _ = r.clause(span)
    if _PRONOUN.search(r.text, p0, span.start) is None:
        return False
    s, _ = r.sentence_of(span)
    i = bisect.bisect_right(r.sent_starts, s) - 2
    prev = r.sentences[i] if i >= 0 else None
    return names_payment(r, span) or (prev is not None and tie_words(r.text, prev.start, prev.end))


def sized_as_payment(ctx: Context, span: Span, start: int, end: int) -> bool:
    """Return whether an amount in [start, end) other than ``span`` is within ``Tolerances.near_rel`` of the payment
    of the publication year or the year before, in its currency: the clause names the payment by its size (fcast48).

    >>> from analysis.rules import example
    >>> [sized_as_payment(c, f.span, 0, len(c.reader.text)) for f, c in (example(t, "2019-12-26") for t in (
    ...     "It may be 10 percent above the current level of nearly $1 billion.",
    ...     "It may be 10 percent above the budget of $40 billion."))]
    [True, False]
    """
    r, year = ctx.reader, ctx.published.year
    for m in r.spans_in(start, end, "money"):
        pays = payments_on_record(ctx, money_currency(m), (year - 1, year)) if m.id != span.id else []
        if any(abs(float(m.value["amount"]) - p) <= ctx.tol.near_rel * p for p in pays):
            return True
    return False


#: A definite article right before a figure ("the 10 percent increase"): a figure told before, told again (fcast48).
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this)[ \t]++$", re.I)


def retold_tied(ctx: Context, span: Span) -> bool:
    """Return whether a figure after "the" (:data:`_DEFINITE_BEFORE`) retells an earlier figure of the article of the
    same kind and value whose clause ties it (:func:`analysis.frames.payment_cued`, :func:`tie_words`): "a 10
    percent rise in Seoul's contribution is likely. ... the 10 percent rise would be realistic" (fcast48).

    >>> from analysis.rules import example
    >>> [retold_tied(c, f.span) for f, c in (example(t, "2019-12-27", -1) for t in (
    ...     "A 10 percent rise in Seoul's contribution is likely. Experts said the 10 percent rise may be realistic.",
    ...     "A 10 percent rise in exports is likely. Experts said the 10 percent rise may be realistic."))]
    [True, False]
    """
    from analysis.frames import payment_cued

    r = ctx.reader
    value = span.value.get("amount", span.value.get("percent"))
    if value is None or not _DEFINITE_BEFORE.search(r.text, max(0, span.start - 6), span.start):
        return False
    for m in r.spans_in(0, span.start, span.kind):
        if m.value.get("amount", m.value.get("percent")) == value and m.end <= span.start:
            c0, c1 = r.clause(m, strong=True)
            if payment_cued(r, m) or tie_words(r.text, c0, c1):
                return True
    return False


def forecast_untied(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a forecast or quotation the rules would call `unverifiable` is not judged, else None: its clause
    does not tie it to the cost-sharing payment nor to an ask of it (:func:`forecast_tied`): it may be a forecast of
    anything the story tells (a budget, a cost, an economy), a quantity the data do not hold (fcast48).

    >>> from analysis.rules import example, judge_plain
    >>> lead = "The cost-sharing talks for the U.S. troops dragged on. "
    >>> [forecast_untied(f, c, judge_plain(f, c)) is not None for f, c in (example(lead + t, "2022-06-01") for t in (
    ...     "Officials expect the new base to reach $11 billion by 2026.",
    ...     "Seoul's contribution is expected to reach 2 trillion won by 2026."))]
    [True, False]
    """
    if j.verdict != "unverifiable" or fig.frame.modality not in FORECAST_MODALITIES \
            or f"a {fig.frame.modality} is not refuted by what happened later" not in j.evidence:
        return None
    if forecast_tied(ctx, fig.span):
        return None
    return (f"a {fig.frame.modality} whose clause names neither the cost-sharing payment nor an ask of it may be of "
            "another quantity, which the data do not hold")


#: The singular "dollar" closing an amount ("a billion-dollar system", "a billion dollar jet"): an adjective, the size
#: of the thing it names, not a sum paid ("a billion dollars") (fcast48); only before a noun, not before a preposition,
#: a date word or the clause's end ("handed over 2 billion dollar in 2019": a sum, its plural dropped) (mendf48).
_DOLLAR_ADJECTIVE = re.compile(r"[ \t-]dollar$", re.I)
#: After a singular "dollar", the noun it sizes: a word or a number-led one, none of :data:`_NOT_A_NOUN` (mendf48).
_NOUN_NEXT = re.compile(r"[ \t-]{1,3}(?!" + _NOT_A_NOUN + r")[\dA-Za-z]", re.I)


def unnamed_other(fig: Figure, ctx: Context) -> str | None:
    """Return why an amount framed as Seoul's payment, whose own clause names no payment, is another quantity, else
    None: its singular "dollar" makes it the size of a thing (:data:`_DOLLAR_ADJECTIVE`), or it is under
    1/``Tolerances.far_factor`` of the payment it is judged by and no unit slip of a payment on record
    (:func:`slip_below`), nor a sum Korea hands over (:func:`korea_hands`): a tip, a line of a budget; as
    :func:`far_above`, below (fcast48, mendf48).

    >>> from analysis.rules import example
    >>> lead = "The cost-sharing talks dragged on. "
    >>> [unnamed_other(*example(lead + t, "2019-11-20")) is not None for t in (
    ...     "It is a billion-dollar system.", "The sum was a mere $5 million.", "The sum was $2 billion.",
    ...     "Seoul gave 2 billion dollar last year.", "Seoul handed over $8 million in 2019.")]
    [True, True, False, False, False]
    """
    if fig.span.kind != "money" or fig.frame.quantity not in _PAID_QUANTITIES:
        return None
    r = ctx.reader
    if _DOLLAR_ADJECTIVE.search(fig.span.exact) and _NOUN_NEXT.match(r.text, fig.span.end):
        return f"{fig.span.exact!r} sizes a thing (an adjective), so it is no sum paid"
    times = times_payment(fig, ctx)
    if times is None or times * ctx.tol.far_factor >= 1 or slip_below(fig, ctx) \
            or korea_hands().search(r.text, r.clause(fig.span, strong=True)[0], fig.span.start):
        return None  # mendf48: "Seoul handed over $8 million": Seoul's sum, if wrong
    return (f"{fig.span.exact} is under 1/{ctx.tol.far_factor:,.0f} of the payment it was judged by and no unit slip "
            "of a figure on record, so it is another quantity")


def slip_below(fig: Figure, ctx: Context) -> bool:
    """Return whether an amount is a payment on record written a unit too small: ``Tolerances.slip_factor`` times it
    is within ``near_rel`` of the payment of one of its judged years, or of any year's (:func:`slip_of_record` reads
    the slip the other way) (fcast48).

    >>> from analysis.rules import example
    >>> [slip_below(*example(t, "2019-11-20")) for t in ("Seoul pays 1.0389 billion won.", "Seoul pays 5 billion won.")]
    [True, False]
    """
    amount, currency = float(fig.span.value["amount"]) * ctx.tol.slip_factor, money_currency(fig.span)
    own = payments_on_record(ctx, currency, judged_years(fig.frame)) or payments_on_record(ctx, currency)
    return any(abs(amount / v - 1) <= ctx.tol.near_rel for v in own)


#: Right after a percent, a comparison whose base follows: "more than", "less than", "higher than", "above", "below"
#: ("30 percent more than Taipei"), with "that of", "those of" or "what" before the base (verd55).
_THAN_BASE = re.compile(r"(?<![ \t])[ \t]++(?:(?:more|less|higher|lower|greater|bigger|smaller)[ \t]++)?"
                        r"(?:than|above|below)[ \t]++(?:(?:that|those)[ \t]++of[ \t]++|what[ \t]++)?", re.I)


@functools.cache
def other_capitals() -> re.Pattern[str]:
    """Return the pattern of the capitals of the world's countries but the talks' (:data:`TALKS_COUNTRIES`), as
    :mod:`analysis.extract.countries` holds them: a capital names its government ("more than Taipei") (verd55).

    >>> [bool(other_capitals().match(t)) for t in ("Taipei pays", "Seoul pays", "Tokyo's", "Washington")]
    [True, False, True, False]
    """
    from analysis.extract.countries import COUNTRIES

    names = sorted({c.capital for c in COUNTRIES if c.capital and c.code not in TALKS_COUNTRIES},
                   key=lambda n: (-len(n), n))
    return re.compile(rf"\b(?:{names_pattern(names)})(?![\w.])")


@only_called_false("percent", ("sma_change",))
def set_against_other_side(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a percent called false as the change of the payment compares the payer with another side, else
    None: right after it, "more than" (or "less than", "above" ...) names another country or the US side
    (:func:`side_pattern`: "30 percent more than Taipei", "20 percent less than what Japan pays"), so it measures one
    party's sum against another's, not the payment against a year before (verd55).

    >>> withheld(set_against_other_side, "2019-11-20",
    ...     "Seoul paid 30 percent more than Taipei for comparable support.",
    ...     "Seoul paid 30 percent more than in 2018.", "Seoul paid 30 percent more than Seoul did last year.")
    [True, False, False]
    """
    r = ctx.reader
    m = _THAN_BASE.match(r.text, fig.span.end)
    side = (side_pattern().match(r.text, m.end()) or other_capitals().match(r.text, m.end())) if m is not None \
        else None
    return None if side is None else (f"frame not certain: its own words set it against {side.group()!r}, another "
                                      "side's sum, not the payment of a year before")
