"""The first stage of the claim frames: the :class:`Reader` (an article's sentences, spans and clause boundaries),
the :class:`Frame` and :class:`Figure` values, the words and patterns the frame rules read, and the clause readers
that call no frame builder: a figure's own year or date, a numbered deal, a list item or table cell, a restated
amount, a cue of another quantity or of the other side, an ask's or a cost's phrase. Split out of
:mod:`analysis.frames` (issue 12: every module under 1 MiB, so that ``duplicates`` reads it); the code moved as it
was.

The claim frames' two modules, the second importing the first:

1. this module: the values, the :class:`Reader`, the words and patterns, and the readers no frame builder sits
   above (each takes a text and an offset, or a Reader and a span, and tells one thing about the figure there);
2. :mod:`analysis.frames`: the readers that bind a figure's years, quantity and actor (``bind_years``,
   ``_read_money``, ``_percent_quantity``, ``find_actor``), :func:`~analysis.frames.frame_of`,
   :func:`~analysis.frames.build_figures` and the troop frames; it imports from here every name it reads, so
   ``from analysis.frames import Reader`` still works.

>>> r = Reader(annotate_text("Seoul paid 1 trillion won, up 8 percent, in 2019."))
>>> money = r.figures_in(0, len(r.text))[0]
>>> r.text[slice(*r.clause(money))], Frame("sma_payment", (2019,), None, "reported").to_dict()["years"]
('Seoul paid 1 trillion won', [2019])
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from analysis import lazyre as re
from analysis.extract import Annotation, Span
from analysis.extract import windows as win
from analysis.extract.amounts import comma_conversion, has_number, verb_by_direction
from analysis.extract.countries import ADJECTIVES, PLACES
from analysis.extract.counts import BARE_YEAR as _BARE_YEAR
from analysis.extract.counts import TROOP_COST_WORDS
from analysis.extract.numbers import CARDINALS
from analysis.extract.scan import last_match
from analysis.guards import (
    KEPT_OUT,
    REPORTED,
    SET_APART_WORDS,
    SUPPORT_WORDS,
    TALKS_COUNTRIES,
    money_currency,
    name_forms,
    names_pattern,
    other_side_at,
)

if TYPE_CHECKING:  # analysis.rules imports this module: its Tolerances are read when a Reader is made
    from analysis.rules import Tolerances

_T = TypeVar("_T")

#: How far either side of a figure its sentence is read (a phrase or clause is never longer in real text).
WINDOW = 400
#: How far either side of a figure the checks that want its whole sentence read: more than twice the longest
#: sentence of the corpus (944 characters), so only a run-on sentence is cut and the time per figure stays bounded.
SENTENCE_WINDOW = 2000
#: How far before a figure named again as someone's figure ("Trump's $500 million figure") the amounts it repeats are
#: read (:func:`_said_before`): a short article's whole length, from its headline (fresh81v).
CITED_WINDOW = 3 * SENTENCE_WINDOW
#: Quantities the sourced data cannot judge (their figures are listed as not checkable, see analysis.rules).
OTHER_QUANTITIES = ("defence_budget", "wages", "tariffs", "troops", "weapons", "cap", "other")

#: A hedge before an amount ("about", "some", "roughly" ...): one list, reused by the gap patterns below and by rules.
HEDGE_WORDS = "about|some|around|roughly|nearly|almost|approximately"
_HEDGE = rf"(?:{HEDGE_WORDS})\s+"
#: The nouns of a rise that every change-noun pattern of this module reads, named once (struct78); each pattern adds
#: only the nouns it reads ("raise", "jump", "gain", "growth", "cut" ...). The verbs are :data:`RISE_FORMS`.
RISE_NOUNS = "rise|increase|hike"
#: The forms of a verb of rising (``RISE_FORMS``) or falling (``FALL_FORMS``) that every rise/fall pattern of this
#: module reads, named once (review71 finding 5): :data:`_CHANGE`, :data:`_HEADS_FIGURE`, :data:`_CHANGED_TO`,
#: :data:`_MULTIPLE_BEFORE` (rising only), :data:`_CHANGE_BEFORE`, :data:`_REACHED_VERB`, :data:`_CHANGE_VERB_END`
#: :data:`_CHANGE_WORD_NEAR` and :data:`_COST_SUBJECT` each add the forms only it reads (the present, the participles,
#: "soar", "reach", "cut" ...).
RISE_FORMS = r"rose|rises|grew|grows|increased|increases|jumped"
FALL_FORMS = r"fell|dropped"
# Boundaries of a figure's own phrase (weak) and of its clause (strong). Plain alternations: linear time.
#: A dash opening a short aside that a second dash closes ("the highest growth rate ― 8.2 percent ― since 1991") is
#: no boundary: the aside names the noun before it (the closing dash still ends the phrase). "―" is the horizontal
#: bar Korean outlets print for a dash. Only an aside that opens with its figure (a hedge or an article before it):
#: "demanded $5 billion — Seoul paid far less — in 2019" is two clauses (review15). Bounded lookahead: linear time.
_NOT_DASHED_FIGURE = (r"(?!(?:(?:a|an|the)\s+)?(?:" + _HEDGE + r")?[$₩\d](?:[^—–―;.\n]|\.(?=\d)){0,24}"
                      r"\s[—–―]{1,2}\s)")
#: A bracketed abbreviation ("the consumer price index (CPI) rate") is part of its phrase, not a boundary.
#: An em dash set without spaces between words ("much more—potentially X—and wants") also ends a phrase.
_WEAK = re.compile(r",[\"”’']?\s|;|:\s|\s[—–―-]{1,2}\s" + _NOT_DASHED_FIGURE
                   + r"|(?<=[^\W\d])—(?=[^\W\d])|[“”\"]|\((?![A-Z]{2,5}\))|"
                   r"(?<!\([A-Z]{2})(?<!\([A-Z]{3})(?<!\([A-Z]{4})(?<!\([A-Z]{5})\)")
_STRONG = re.compile(r";|:\s|\s[—–―-]{1,2}\s" + _NOT_DASHED_FIGURE
                     + r"|,[\"”’']?\s(?:and|but|while|whereas|although|though)\b|"
                     r"\s(?:but|while|whereas)\s")
#: A bracket right after an amount ("1.039 trillion won (910 million U.S. dollars)").
_BRACKETED = re.compile(r"(?<!\s)\s*+\([^()]{1,60}\)")
#: Words before a date that make it a limit of a deal, not the time of the figure.
_LIMIT = re.compile(r"\b(?:until|through|till|since|before|expires?|runs?|valid)\s*$", re.I)
_PREVIOUS_YEAR = re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+year\b|\ba\s+year\s+(?:earlier|before)\b|"
                            r"\bthe\s+year\s+before\b", re.I)
#: The word a change is counted from ("up 8 percent from 2025", "46 percent above the 2019 level", mendf68).
#: "from what Korea paid last year": the payer named by any word or two between "what" and a past or present verb of
#: paying (fresh90v; :data:`_FROM_YEAR`'s own list names "Seoul", "it" and "they" only).
FROM_WHAT_PAID = (r"\b(?:from|over|on|than|above|below|against|compared\s+(?:to|with)|versus)\s+what\s++"
                  r"(?:[\w.’'-]++\s++){1,3}?(?:paid|pays|paying|spent|spends|gave|contributed|shouldered)\s++$")
_FROM_YEAR = re.compile(r"\b(?:from|over|on|than|above|below|against|compared\s+(?:to|with)|versus)\s+"
                        r"(?:(?:the|its|a|in|cost|level|total|figure|payment|amount|of|what|it|they|Seoul|paid|pays|"
                        r"was)\s+){0,4}$|" + FROM_WHAT_PAID, re.I)
#: A superlative of a yearly change: "the biggest annual rise in nearly two decades", "the largest since 2004"; "the
#: first double-digit rise" in any of its windows ("since 2002", "in 17 years", memo56f) is one with a threshold
#: (group ``dd``): no rise of ten percent or more in the window's years (claims22).
_SUPERLATIVE = re.compile(
    r"\b(?:(?:the\s+)?(?:biggest|largest|highest|steepest|sharpest|greatest)|an?\s+all-time\s+high|"
    r"(?P<dd>the\s+first\s+double[\s-]digit))"
    r"(?:\s+(?:annual|yearly|one-year))?(?:\s+(?:rate|pace)\s+of(?:\s+(?P<of>share|cost|payment|contribution))?)?"
    r"(?:\s+(?:" + RISE_NOUNS + r"|jump|gain))?"
    # fresh77v: "the biggest annual rise for Seoul in nearly two decades" (whose rise, group ``whose``, then the window)
    r"(?:\s+(?:of|for)\s+(?P<whose>[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)(?=\s+(?:in|for|since)\s))?"
    r"(?:\s+(?:in|for)\s+(?:(?P<approx>nearly|almost|about|more\s+than|over)"
    r"\s+)?(?P<n>a|one|two|three|four|five|\d{1,2})\s+(?P<unit>decades?|years)\b|\s+since\s+(?P<since>(?:19|20)\d\d)\b"
    r"|(?P<ever>\s+in\s+(?:its\s+|the\s+)?history\b|\s+ever\b|\s+on\s+record\b))"
    r"|\b(?P<record>(?:an?\s+)?(?:record|all-time)[\s-]+highs?)\b",  # "reached record highs": the highest ever
    re.I)
#: The least rise "double-digit" means, in percent.
DOUBLE_DIGIT = 10.0
#: Verbs of refusing a proposal, any of the class (memo56f: "dismissed", "shot down", "torpedoed", "balked at",
#: "was quashed by", not one article's "vetoed" and "spurned"); a particle verb's particle may follow "it".
_REFUSE = (r"(?:reject\w*|veto(?:ed|es)?|scuttl(?:ed|es)|nix(?:ed|es)?|spurn(?:ed|s)?|dismiss(?:ed|es)?|refus(?:ed|es)|"
           r"rebuff(?:ed|s)?|torpedo(?:ed|es)?|block(?:ed|s)|kill(?:ed|s)|overrul(?:ed|es)|quash(?:ed|es)|declin(?:ed|es)|"
           r"derail(?:ed|s)|sank|sunk|balk(?:ed|s)?\s+at|(?:turn(?:ed|s)?|sh(?:ot|oots?)|str(?:uck|ikes?)|"
           r"kno(?:cked|cks?))\s+down)")
_PARTICLE_REFUSE = r"(?:turn(?:ed|s)?|sh(?:ot|oots?)|str(?:uck|ikes?)|kno(?:cked|cks?))\s+it\s+down\b"
#: "but Trump rejected the proposal", "turned it down": what was rejected was an offer, not a payment.
_REJECTED = re.compile(rf"\b(?:{_PARTICLE_REFUSE}|{_REFUSE}\s+(?:it|that|"
                       r"the\s+(?:proposal|offer|deal|agreement|plan|compromise))\b)", re.I)
#: The pieces both deal patterns below name an agreement with: its ordinal ("11th") and its noun ("SMA", "pact").
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
#: An agreement's name as a noun ("SMA", "deal", "pact"): one list, read here and by :data:`_TERMS_OR_SAID` (mend58g).
_AGREEMENT_NAME = r"(?:SMA|agreement|deal|accord|pact|Special\s+Measures\s+Agreement)"
_AGREEMENT_NOUN = r"\s+" + _AGREEMENT_NAME + r"\b"
#: A rate "under the previous agreement", "a year under the 11th SMA", "over the 9th SMA" (claims21): an average over
#: that agreement's term.
_UNDER_DEAL = re.compile(r"(?<!\s)\s+(?:(?:(?:a|per)\s+year|annually|on\s+average)\s+){0,2}(?:under|in|during|over|"
                         r"at\s+the\s+time\s+of)\s+(?:the\s+)?(?P<deal>previous|prior|former|old|current|existing|"
                         f"new|latest|{_ORDINAL}){_AGREEMENT_NOUN}", re.I)
#: "growth in the 11th agreement averaged 4.3%": an agreement named by its number before the figure.
_DEAL_BEFORE = re.compile(rf"\b(?:in|under|during|of)\s+the\s+(?P<deal>{_ORDINAL}){_AGREEMENT_NOUN}", re.I)
#: "increase Seoul's contribution by "13 percent"": the change verb is before the figure's quotation mark.
_BY_BEFORE = re.compile(r"\bby\s*+[\"“']?\s*+$")
#: "vetoed what was effectively a done deal to increase ... by 13 percent": the figure of a rejected deal.
_REJECT_VERB = re.compile(rf"\b{_REFUSE}\b", re.I)
_DEAL_NOUN = re.compile(r"\b(?:deal|offer|proposal|plan|compromise|agreement)\b", re.I)
#: "1.3 billion dollars -- a roughly 50 percent increase": a percent set off by a dash after its amount.
_APPOSITION = re.compile(r"(?<!\s)\s*[—–―-]{1,2}\s*(?:(?:a|an|the|roughly|about|nearly|some|around|almost)\s+){0,2}")
#: The same dash after an amount's own yearly word and payer ("$4.7 billion annually from Seoul - an increase of
#: 400 percent"): the percent still says what the amount is (claims22).
_TAILED_APPOSITION = re.compile(r"(?<!\s)(?:\s++(?:a\s++year|annually|per\s++year|each\s++year|yearly))?"
                                r"(?:\s++(?:from|for)\s++[A-Z][\w.]{0,20}+(?:\s++[A-Z][\w.]{0,20}+){0,2})?"
                                r"(?<!\s)\s*+[—–―-]{1,2}\s*+(?:(?:a|an|the|roughly|about|nearly|some|around|almost)\s++){0,2}")
_RELATIVE = re.compile(r"(?!(?<=\s)\s)\s*+(?:which|that|who)\b", re.I)  # not inside a run of blanks
_OF_THE = re.compile(r"(?<!\s)\s+of\s+(?:the\s+|its\s+|a\s+|an\s+)?", re.I)
#: A speaker's account of a demand made earlier: "he had told them", "I said ... you should pay".
_RECALL = re.compile(r"\b(?:had\s+(?:told|asked|demanded|said)|I\s+(?:told|said|asked|demanded))\b")
_PER_YEAR = re.compile(r"(?<!\s)(?:\s*(?:a|per|each|every)\s+year\b|\s*annually\b)", re.I)

#: Verbs of paying besides "pay", each in any form ("contributed", "shouldering", "provides"): where a frame reads
#: "pay X" it reads them too ("should contribute X", "agreeing to shoulder X") (claims41).
_PAY_ALSO = r"(?:contribut(?:e|es|ed|ing)|shoulder(?:s|ed|ing)?|provid(?:e|es|ed|ing))"
#: After "asked": a question put to a speaker ("Asked about the remarks, she said", "asked whether", "asked by
#: reporters"), not a demand (claims43); "asked by the US to pay" is still a demand (lead, twelfth session).
_NOT_A_QUESTION = (r"(?!\s+(?:about|whether|if|how|what|why|when|to\s+comment|for\s+comment|by\s+(?:(?:a|the)\s+)?"
                   r"(?:reporters?|journalists?|press|media|interviewers?|host))\b)")
#: "told Seoul (that) it had to / must / needed to pay": an obligation one side tells the other of is its demand
#: (fix44c); a bounded lazy gap of at most three words between the addressee and the obligation.
_TOLD_TO_PAY = (r"told\s+\S+(?:\s+\S+){0,3}?\s+(?:ha(?:d|s|ve)\s+to|must|needs?\s+to|needed\s+to)\s+(?:pay\w*|"
                + _PAY_ALSO + r")")
#: "negotiating / bargaining / holding out for" an amount or a rise ("has been negotiating for a 400% increase to
#: what Seoul is paying"): the side that bargains for a sum asks it (claims46); not a span of time ("negotiated for
#: months", "for nearly a year", "for the past two years"): a span of time after "for" is no sum asked.
_BARGAIN_FOR = (r"(?:negotiat(?:e|es|ed|ing)|bargain(?:s|ed|ing)?|(?:hold(?:s|ing)?|held)\s+out)\s+for(?!\s+(?:"
                r"(?:nearly|about|almost|over|roughly|more\s+than|just|some|several|many)\s+)?(?:(?:a|an|one|two|"
                r"three|four|five|six|seven|eight|nine|ten|\d+|several|many|the\s+(?:past|last|next|first))\s+)?"
                r"(?:years?|months?|weeks?|days?|hours?|decades?|rounds?|long|some\s+time|a\s+while)\b)")
#: Verbs and nouns of an aim or a price one side names (frames52): "is eyeing / targeting / angling for X", "set its
#: sights on X", "should hand over / fork over / cough up X", "Washington's price tag / asking price / tab of X";
#: "advocated (for) a fivefold increase", "tries to raise the price by 500%" (fresh79v: an aim argued or attempted).
# audit53: "price tag" and "tab" only as a demanding side's (:func:`us_price_tag`: a cost's price tag or Seoul's tab
# is what is paid), and no passive "eyed" ("Seoul's share, eyed warily by Washington, was X")
_AIM_AT = (r"eye(?:s|ing)|target(?:s|ed|ing)|angl(?:e|es|ed|ing)\s+for|set(?:s|ting)?\s+(?:its|their|his|her)\s+"
           r"sights\s+on|(?:should|must|ought\s+to)\s+(?:hand|fork)\s+over|(?:should|must|ought\s+to)\s+cough\s+up|"
           r"asking\s+price|advocat(?:ed|ing)|tr(?:y|ies|ied|ying)\s+to\s+(?:raise|increase|hike|boost|lift|double|"
           r"triple|quadruple|quintuple)")
#: The passive of an ask to raise ("the cost-sharing should be raised to X": clm28), to a level only (review102: "must
#: be lifted five times this year" is no level asked, as before clm28).
_PASSIVE_ASK = r"(?:should|must|ought\s+to)\s+be\s+(?:raised|increased|lifted|boosted|doubled|tripled|hiked)(?=\s+to\b)"
_DEMAND = re.compile(r"\b(?:demand\w*|seek\w*|sought|ask(?:s|ed|ing)?" + _NOT_A_QUESTION
                     + r"|" + _BARGAIN_FOR
                     + r"|wants?|wanted|wanting|request\w*|insist\w*|"
                     r"(?:press|push)(?:ed|es|ing)?\s+(?:for|Seoul|South\s+Korea)|pressur(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|urg\w*|"
                     r"(?:should|must|ought\s+to)(?:\s+be)?\s+(?:pay\w*|" + _PAY_ALSO
                     + r"|raise|increase|lift|boost|double|triple|hike)|"
                     # clm28: the passive of the same ask ("the cost-sharing should be raised to X")
                     + _PASSIVE_ASK + r"|"
                     r"(?:mak(?:e|es|ing)|forc(?:e|es|ing)|compel(?:s|ling)?|would\s+have\s+made)[\"”’']?\s+\S+"
                     r"(?:\s+\S+)?\s+(?:pay|spend)|"
                     r"(?:forc(?:e|es|ing)|compel(?:s|ling)?)[\"”’']?\s+\S+(?:\s+\S+){0,3}?\s+to\s+(?:pay|spend|"
                     + _PAY_ALSO + r")|"
                     r"(?:have|has|had|having)\s+(?!to\b|been\b)\S+\s+pay|to\s+(?:obtain|extract|squeeze|wring)|"
                     r"(?:press|push|pressur)\w*\s+to\s+(?:secure|win|get|extract)|"
                     r"would\s+be\s+paying|" + _TOLD_TO_PAY + "|" + _AIM_AT + r")\b|['’]d\s+be\s+paying", re.I)


def _words(*alternatives: str) -> re.Pattern[str]:
    r"""Return a case-blind pattern matching any of the alternatives as whole words (plain alternation: linear).

    >>> bool(_words(r"offer\w*", r"propos\w*").search("Seoul's proposal")), bool(_words("if").search("iffy"))
    (True, False)
    """
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


#: An agreement not (yet) concluded: its sum is what one side offered, never the payment (claims48: "the total amount
#: of a tentative agreement is some 1.17 trillion won"); a signed or concluded one names the payment.
_UNSIGNED_DEAL = (r"(?:tentative|provisional|draft|rejected|scrapped|aborted)\s+(?:[\w-]+\s+)?"
                  r"(?:agreement|deal|accord|pact)s?")
#: After "suggested": a clause of fact, its subject then a finite "had / has / was / is / did" ("comments that suggested
#: Seoul had agreed to pay X more", fresh81v): "suggest" means imply there, it puts nothing forward; "suggested Seoul
#: pay X", "suggested a deal with X", "suggested it was willing to pay X" stay offers.
#: The subject holds no relative pronoun: "suggested a deal that is worth X" stays an offer (review81 item 8).
_SUGGESTS_FACT = (r"(?!\s++(?:that\s++)?(?:(?!(?:that|which|who)\b)[\w.’'-]++\s++){1,4}?"
                  r"(?:had|has|have|was|were|is|are|did)\b"
                  r"(?!\s++(?:(?:not|also|still)\s++)?(?:willing|ready|prepared|open|able)\b))")
#: clm28b: the paying side, named right before it, "was (were) ready / willing / prepared to pay" (see :data:`_OFFER`).
_READY_TO_PAY = (r"(?:(?<=\bKorea\s)(?<!North\sKorea\s)|(?<=\bSeoul\s)|(?<=\bROK\s)|(?<=\bKoreans\s)|"
                 r"(?<=Korean\sgovernment\s))(?:was|were)\s+(?:(?:not\s+)?(?:also|still|already)\s+)?"
                 r"(?:willing|ready|prepared)\s+to\s+(?:pay|contribute|shoulder|accept)")
_READY_TO_PAY_CUE = re.compile(_READY_TO_PAY, re.I)
_OFFER = _words(r"offer\w*", r"propos\w*", r"counter-?offer\w*", r"counter-?propos\w*", _UNSIGNED_DEAL,
                r"suggest(?:ed|ing)" + _SUGGESTS_FACT, r"present(?:s|ed|ing)?\s+(?:a|its|the)\s+plan",
                r"under\s+(?:such\s+a|this|that)\s+plan",
                r"(?:intend|aim|plan|hope|seek)(?:s|ed|ing)?\s+to\s+(?:keep|hold|cap|limit)\b(?!\s+\w+ing\b)",
                # clm28b: "Korea was ready to pay 13% more": what the payer would have given; not after "be" ("should
                # be willing to pay X": one side's words of the other's); review98: only a past "was/were" (a present
                # "is ready to pay X" may be the sum agreed) with the paying side named right before it ("Washington
                # was prepared to shoulder X" is no offer of Seoul's)
                _READY_TO_PAY)
_FORECAST = _words("likely", r"expected\s+(?:to|that)", "expects?", r"forecast\w*", "projected", "projects?",
                   r"predict\w*", r"estimat\w*", r"anticipat\w*", "could", "may", "might", r"close\s+to\s+\w+ing")
_WOULD_PAY = _words(r"would\s+(?:have\s+)?(?:be(?:en)?\s+)?(?:pay(?:ing)?|paid|spen[dt]|spending|" + _PAY_ALSO + ")",
                    r"(?:will|would)\s+have\s+to\s+(?:pay|spend|" + _PAY_ALSO + ")")
_IF = _words("if", "unless", r"were\s+(?:he|she|I|they|we)")
#: A modal of a condition's consequence ("if talks fail, X might ask for Y"); not "may" (the month).
_WOULD = re.compile(r"\b(?:would|might|could)\b|['’]d\b", re.I)
_PAYMENT = re.compile(r"\b(?:pa(?:y|ys|id|ying|yment\w*)|agree(?:d|s|ing)?\s+to|contribut\w*|cost-?shar\w*|burden\w*|"
                      r"provid(?:e|es|ed|ing)|borne|valued\s+at|shoulder\w*|bear(?:s|ing)?|fund(?:s|ed|ing)?|"
                      r"foot(?:s|ed|ing)?\s+(?:the|a)\s+bill|(?:['’]s|its|their|our)\s+(?:(?:19|20)\d\d\s+)?(?:share|bill)|"
                      r"fork(?:s|ed|ing)?\s+(?:out|over)|"  # fixv49: "forks over X"
                      r"upkeep|stationing|the\s+(?:19|20)\d\d\s+share(?!\s+of\b)|"  # cfix37: "the 2021 share will be X"
                      r"host(?:ing)?\s+(?:US|U\.S\.|American)|SMA|Special\s+Measures|share\s+of\s+the\s+costs?|"
                      r"costs?\s+of\s+(?:stationing|keeping|hosting)|defen[cs]e\s+costs?|"
                      # dev131: the host's part of the forces' budget named by whom it falls to ("the USFK budget
                      # allocated to South Korea"), or as its allotment ("South Korea's allotment")
                      r"allotments?|(?:budget|costs?|expenses)\s+(?:allocated|allotted|assigned|apportioned)\s+to\s+(?:South\s+)?"
                      r"Korea|" + TROOP_COST_WORDS + r")\b", re.I)  # fix50f: "the troop cost share"
_SMA_WORDS = _words("SMA", r"Special\s+Measures", r"cost-?shar\w*", r"burden\w*", "upkeep", "stationing",
                    r"contribution\w*", r"payment\w*", TROOP_COST_WORDS)


def payment_words(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the first word of paying or of the cost-sharing in ``text[start:end]`` (:data:`_PAYMENT`, which holds
    every word of :data:`_SMA_WORDS`), else None: the one test of "names the payment" the frames and guards share.

    >>> payment_words("a 19 percent boost in its funding for the troops", 0, 48).group()
    'funding'
    >>> payment_words("a 19 percent boost in its exports", 0, 33) is None
    True
    """
    return _PAYMENT.search(text, start, end)


#: Words of paying, handing money over or bearing a cost, verbs and nouns (frames63: "footed X of the bill", "the sum
#: Seoul handed Washington", "host-nation support", "Seoul's outlay", "the last installment", "sharing the cost of").
_TRANSFER = (r"(?:pa(?:y|ys|id|ying|yments?)|foot(?:s|ed|ing)?|hand(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|"
             r"cover(?:s|ed|ing)?|bear(?:s|ing)?|bore|borne|shoulder(?:s|ed|ing)?|fund(?:s|ed|ing)?|"
             r"spen(?:d|ds|t|ding)|contribut\w*|provid(?:e|es|ed|ing)|transfer\w*|remit\w*|chip(?:s|ped|ping)?\s+in|"
             r"(?:fork|shell)(?:s|ed|ing)?\s+out|cough(?:s|ed|ing)?\s+up|shar(?:e|es|ed|ing)|outlays?|install?ments?|"
             r"support|expenditures?|subsid(?:y|ies)|bill|tab|burden)")
#: The nouns of the US troops that the patterns of what a sum pays for read, named once (struct78): "troops", "forces",
#: "soldiers", "service members" (:data:`_FOR_US_FORCES`, :data:`_FOR_OUR_FORCES`, :data:`_AND_US_FORCES`,
#: :data:`_FOR_TROOPS`; each adds only the nouns it reads: "military", "bases" ...).
TROOP_NOUNS = r"troops|forces|soldiers|service\s++members"
#: The verbs of keeping troops on one's soil, as stems: each pattern adds the endings it reads ("keep(s|ing)" in
#: :data:`_FOR_US_FORCES`, "keep(ing)" in :data:`_PAY_FOR_TROOPS`).
KEEP_STEMS = "keep|host|station|maintain"
#: The US forces in Korea as what a sum is for: "for the U.S. military (presence)", "to keep American troops", "the
#: cost of USFK", or Washington as the one paid "for its troops"; not their bases or their move.
_FOR_US_FORCES = (r"(?:\b(?:for|toward|towards|to|(?:" + KEEP_STEMS + r")(?:s|ing)?|"
                  r"support(?:s|ing)?)|\b(?:costs?|bill|upkeep|burden|expenses?)\s+of)\s+(?:(?:the|its|some|about)\s+)?"
                  r"(?:[\d,]+\s+)?(?:(?:U\.S\.|US|American|America['’]s)\s+(?:military\s+presence|" + TROOP_NOUNS
                  + r"|military(?=\s*+[^\w\s-]|\s++(?:in|on|here|there|stationed|based|and|"
                  r"(?:is|was|were|are|totall?(?:ed|s)|came|amounted|rose|fell)\b)))|USFK|(?:U\.S\.|United\s+States)\s+"
                  r"Forces\s+Korea)\b|"
                  r"\b(?:Washington|America|(?:the\s+)?(?:U\.S\.|United\s+States|Pentagon))\s+for\s+(?:its|their)\s+"
                  r"(?:troops|forces|soldiers|military)\b")
#: Paying for troops kept on one's soil, in words other than the cost-sharing terms: "pay billions more to keep
#: American troops on its soil" (an article about what the host pays for them).
_PAY_FOR_TROOPS = re.compile(r"\bpa(?:y|ys|id|ying)\b[^.;\n]{0,40}?\b(?:(?:" + KEEP_STEMS + r")(?:ing)?|for)\s+"
                             r"(?:the\s+)?(?:[\d,]+\s+)?(?:U\.?S\.?|American)\s+(?:troops|forces|soldiers)\b", re.I)
#: The cost-sharing named in open words, of the US forces: "sharing the cost of the U.S. military presence" (frames63;
#: a bare "cost sharing" may be of anything).
_SHARING_COST = re.compile(r"\bshar(?:e|es|ed|ing)\s++(?:the\s++|its\s++|their\s++)?(?=costs?\s)(?:"
                           + _FOR_US_FORCES + ")", re.I)
#: Korea as the payer named before "pay" in its sentence ("South Korea pay billions more"), or as the troops' place
#: right after them ("troops on the Korean Peninsula"): another host paying for US troops is not the talks' news.
_KOREA_PAYS = re.compile(r"\b(?:South\s+Korea|Korea|Seoul)\b[^.;\n]{0,80}$", re.I)
_IN_KOREA = re.compile(r"[^.;\n]{0,30}?\b(?:in|on)\s+(?:the\s+)?(?:South\s+Korea|Korea|Korean\s+Peninsula)\b", re.I)
#: Each form once: RISE_FORMS and FALL_FORMS hold "rises", "grows", "increased", "jumped", "dropped" ..., the rest
#: are the forms only this pattern adds (review52 finding 3).
_CHANGE = _words("up", "down", RISE_FORMS, FALL_FORMS, r"rise|risen|rising", r"hike\w*", r"rais\w*",
                 r"increase|increasing",  # fresh81v: "a deal increasing Seoul's bill by 6.75 percent"
                 r"grow|grown|growing|growth", r"jumps?|jumping", r"cut\w*", r"fall\w*", r"drops?|dropping",
                 "higher", "lower", "more", "less", r"boost\w*",
                 r"lift(?:s|ed|ing)?")  # conv54: "the agreement lifts Seoul's share 8.3 percent"
_SHARE = re.compile(r"(?<!\s)\s+of\b", re.I)
#: Words of a ceiling on rises ("an annual increase cap", "a 5 percent ceiling", "not exceed").
_CAP = _words("cap", "caps", "capped", "ceiling", r"upper\s+limit", r"limit(?:ed)?\s+to",
              r"(?:not|never)\s+(?:to\s+)?exceed\w*")
#: clm28b: "committed to keeping the annual increase below 5%": a ceiling agreed, not a rise; only of the figure right
#: after it (review98: "rose 13.9% despite a pledge to keep the increase below 5%" keeps its rise).
_KEEP_BELOW = re.compile(r"\bkeep(?:s|ing)?\s++(?:the\s++|its\s++|their\s++)?(?:annual\s++|yearly\s++)?"
                         r"(?:increases?|rises?|hikes?)\s++(?:(?:at\s++or\s++)?below|under|within|"
                         r"to\s++(?:no\s++more\s++than|below|under))\b", re.I)  # review102: "at or below X"
#: Words of a sum over years ("cumulative", "in total", "all told", "altogether"): read by :data:`_TOTAL` and
#: :data:`_TOTAL_WORD` in part, and whole by analysis.rules (a change or a sum counted over years, cfix51).
_CUMULATIVE = r"cumulative(?:ly)?"
_IN_TOTAL = r"in\s++total"
SUM_WORDS = (_CUMULATIVE, _IN_TOTAL, r"all\s++told", r"altogether")
#: A sum over several years ("$7 billion over six years", "a cumulative 5 trillion won").
_TOTAL = _words(_CUMULATIVE, r"(?:over|across)\s+(?:the\s+|its\s+|their\s+)?(?:next\s+|past\s+|following\s+)?"
                r"(?:\w+[\s-]+){0,2}years")  # frames75: "across its five years"
#: "get X from South Korea": the words after an amount that make it Seoul's payment.
#: South Korea as the payer, named as a country, its capital or its government (read by the payer patterns below).
KOREA_PAYER = r"(?:South\s++Korea|Korea|Seoul|(?:the\s++)?(?:South\s++)?Korean\s++government)"
_FROM_KOREA = re.compile(rf"\bfrom\s+{KOREA_PAYER}\b", re.I)
#: "X from a rent-controlled apartment": a payer other than Seoul (a year or a base amount is not one).
_FROM_ELSEWHERE = re.compile(r"(?<!\s)"  # not inside a run of blanks
                             r"\s+from\s+(?!(?:South\s+)?Korea|Seoul|last|next|this|that|its|the\s+(?:previous|prior|"
                             r"same|\d)|a\s+year|\d|\W)\w", re.I)
#: A noun naming the sum itself ("the total amount ... set at X", "the 2025 total of X").
_SUM_NOUN = _words("total", "amount", "sum", "figure", "contribution", "payment", "bill", "share")
#: Words joining two amounts of one series ("X in 2018 and Y in 2019", "up from Y", "compared with Y").
_SERIES_GAP = _words("and", "while", "from", "than", "compared", "versus", "after", "before", "to", "up", "down")
_TOTAL_WORD = _words(r"a\s+total\s+of", _IN_TOTAL, r"totall?ing", "combined",
                     r"(?:payments|contributions)\s+(?:have\s+|had\s+)?totall?ed")  # cfix50: "payments totalled X"
#: Words that make an amount a difference between two years' payments ("an increase of $70 million").
_MORE_AFTER = re.compile(r"(?<!\s)\s+(?:more|less|higher|lower|extra)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:" + RISE_NOUNS + r"|raise|jump|cut|drop|reduction)\s+of\s+(?:" + _HEDGE + r")?$|"
                          r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+)?$|\b(?:additional|extra)\s+$", re.I)
#: "the additional cost Seoul will shoulder, which is X": X is named by a noun of an added sum before it.
_ADDED_NOUN = re.compile(r"\b(?:additional|extra|added)\s+(?:\w+\s+)?(?:costs?|amount|sum|money|payments?|burden|"
                         r"contributions?|share)\b[^.;]{0,60}?,\s*which\s+(?:is|was|will\s+be|would\s+be|amounts\s+to)"
                         r"\s+(?:only\s+|" + _HEDGE + r")?$", re.I)
#: "from X to Y": X is the base (a payment), Y the target of the verb.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|its\s+|" + _HEDGE + r")?$", re.I)
_TO_GAP = re.compile(r"^[^.;]{0,40}?\bto\s+(?:(?:a|an|the)\s+)?(?:(?:reported|proposed|requested|demanded|about|some|"
                     r"around|roughly)\s+)*$", re.I)
_STEP_GAP = re.compile(r"^[^.;]{0,20}?(?:\band\s+|,\s*)(?:then\s+)?(?:raise|increase|lift|cut|lower|reduce)\w*\s+"
                       r"(?:it|that|this)\s+to\s+(?:about\s+)?$", re.I)
#: A relative clause stating what a noun was ("the payment, which last year was X").
_RELATIVE_IS = re.compile(r",\s*(?:which|that)\b[^,;]{0,30}?\b(?:was|is|were|are|stood\s+at|amounted\s+to|totall?ed)"
                          r"\s+(?:the\s+equivalent\s+of\s+)?(?:" + _HEDGE + r")?$", re.I)  # fresh80v: "which are the
# equivalent of roughly X"
#: "a $5 billion bill": an amount charged, which is a demand.
_BILL = re.compile(r"(?<!\s)\s+(?:bill|invoice|price\s+tag)\b", re.I)
#: A later payment verb in the reported form ("at the request of X, Seoul paid Y") ends a demand's reach ("will be
#: paid", "to be paid" are not reported payments); so does the payer's agreement in any finite or participle form, a
#: time phrase of up to three words may stand in it ("agreed earlier this year to pay", "with Seoul agreeing to pay"),
#: but not one it is pressed into ("pressured Seoul into agreeing to pay").
_PAID_FORM = re.compile(r"\b(?:(?<!\bbe\s)paid|pays|"
                        # claims43: "contribution to paying for the troops": a gerund naming a purpose, no payment
                        r"(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\btoward\s)(?<!\btowards\s)paying|"
                        r"provided|contributed|shouldered|"
                        r"(?:agreed|agrees|(?<!\binto\s)agreeing)\s+(?:[\w-]{1,20}\s+){0,3}?to\s+(?:pay|"
                        + _PAY_ALSO + r"))\b", re.I)
#: Right after an amount, an obligation met: "the X it was required to pay", "the X that it had to pay" (claims43).
#: Only after the amount: between a demand word and the amount ("Trump told Seoul it had to pay X", "insisted that
#: it was obliged to pay X") it is the demand itself (review43).
_OBLIGED_FORM = re.compile(r"\b(?:(?:was|were|is|had\s+been)\s+(?:required|obliged|obligated)\s+|(?<=\bit\s)had\s+)"
                           r"to\s+pay\b", re.I)
#: Restated sums: "X won, or (the equivalent of) about $Y", "X won ($Y)".
_RESTATE_GAP = re.compile(r"^\s*(?:,\s*)?(?:\(|(?P<dash>[—–]|--)|or\b|which\s+(?:is|was|would\s+be)\b|equal\s+to\b)\s*"
                          r"(?:the\s+equivalent\s+of\s+|similar\s+to\s+|roughly\s+|about\s+|around\s+|"
                          r"some\s+|nearly\s+|approximately\s+)*$", re.I)
#: A hedge opening an amount after a comma: "X, roughly Y", "X, about Y at current rates" (the amount's own word).
_HEDGED = re.compile(rf"(?:{HEDGE_WORDS})\b", re.I)
#: Korea's support beyond the SMA's cash (other49), in the words guards.SUPPORT_WORDS lists.
_SUPPORT_CUE = re.compile(r"\b(?:" + "|".join(SUPPORT_WORDS) + r")\b", re.I)
#: Words of arms bought or deployed: the weapons cue of :data:`_OTHER_CUES` (other49: "$6 billion of U.S. arms",
#: "THAAD").
WEAPON_WORDS = (
    r"weapons?", r"arms\s+(?:purchases?|sales?|deals?)", r"(?:fighter\s+)?jets?", r"missiles?", r"military\s+equipment",
    r"(?:U\.S\.|US|American)[\s-]+(?:made\s+)?arms", r"(?:military|defen[cs]e)\s+hardware", r"defen[cs]e\s+equipment",
    r"helicopters", r"aircraft", r"F-\d\d\w?s?", r"THAAD", r"Patriots?", r"anti-?missile", r"missile[\s-]defen[cs]e",
    # memo56f: the class of arms by kind, not by one article's systems
    r"drones?", r"interceptors?", r"warships?", r"warplanes?", r"frigates?", r"destroyers?", r"submarines?",
    r"(?<!think\s)tanks", r"howitzers?", r"artillery", r"rockets?", r"radars?", r"munitions?", r"ammunition",
    r"bombers?", r"armaments?",
)
#: Inflation as a quantity of its own ("inflation of 2.5 percent", "the inflation rate"), not as the index a payment is
#: set by: "with an adjustment for inflation", "(in)line with inflation", "increases tied (linked, indexed, pegged) to
#: inflation", "inflation-adjusted" tell how the payment moves, so they make no figure of their clause another
#: quantity (dev129: "paid X last year and is to pay the same this year with an adjustment for inflation").
INFLATION_CUE = (r"inflation(?=\s(?:of|at|rate)\s)|"  # verd56: "pegged to inflation of 0.4 percent": its own level
                 r"(?<!adjustment\sfor\s)(?<!adjustments\sfor\s)(?<!adjusted\sfor\s)(?<!adjust\sfor\s)"
                 r"(?<!adjusting\sfor\s)(?<!line\swith\s)(?<!pace\swith\s)(?<!linked\sto\s)(?<!tied\sto\s)"
                 r"(?<!indexed\sto\s)(?<!pegged\sto\s)inflation(?![\s-](?:adjusted|linked|indexed)\b)")
#: Nouns of other quantities that are both their cue (:data:`_OTHER_CUES`) and, before a verb of change, a change's
#: subject that is no payment (:data:`_OTHER_SUBJECT`): the economy's measures, the base workers' pay, tariffs.
_ECONOMY_NOUNS = (r"invest\w*", r"exports?", r"imports?", r"GDP", r"econom\w+", INFLATION_CUE, r"approval", r"sales")
_WAGE_NOUNS = (r"wages", r"salar(?:y|ies)", r"workforce")
_TARIFF_NOUNS = (r"tariffs?",)
#: Words of other economic quantities: investment, trade, prices, polls, and (other49) the goods and industries of a
#: trade deal and a central bank's swap line.
_OTHER_WORDS = (
    *_ECONOMY_NOUNS, r"loans?", r"trade\s+(?:surplus|deficit)",
    # cfix48: a trade balance named by its partner ("Seoul's surplus with the US rose from X to Y")
    r"(?:surplus|deficit)(?:es|s)?\s+(?:with|against|toward)",
    # cfix48: a currency's move named as a noun ("the won's 30 percent fall against the dollar")
    r"(?:fall|drop|rise|slide|decline|gain|slump|depreciation|appreciation)s?\s+against\s+the\s+(?:U\.S\.\s+|US\s+)?"
    r"(?:dollar|won|yen|euro|greenback)",
    r"consumer\s+prices?", r"price\s+(?:rises|increases|growth)", r"CPI", r"interest\s+rates?",
    r"capped", r"cap\s+of", r"ceiling", r"polls?", r"votes?", r"worth\s+of", r"shipbuild\w*",
    r"shipyards?", r"(?:liquefied\s+)?natural\s+gas", r"LNG", r"crude(?:\s+oil)?", r"semiconductors?",
    r"chip\s+(?:plants?|factor(?:y|ies))", r"(?:currency\s+)?swap(?:\s+lines?)?", r"revenues?", r"profits?",
    r"earnings",
    # probe33: a currency's move ("the won fell 10 percent against the dollar"), not the payment's
    # (the currency itself, "the won": not an amount's unit, "960.2 billion won rose")
    r"the\s+(?:(?:South\s+)?Korean\s+|U\.S\.\s+|US\s+|American\s+|Japanese\s+)?(?:won|dollar|yen|euro|currency)\s+"
    r"(?:has\s+|had\s+)?(?:fell|fallen|rose|risen|weakened|strengthened|slid|slumped|dropped|gained|lost|depreciated|"
    r"appreciated|declined)",  # not "at the exchange rate": a conversion's
    # caught50's controls, read by the lead: a share of a market or of another body's budget is no share of the costs
    r"market\s+share", r"share\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:market|common\s+budget|common\s+funding)",
)
#: Words of the payer's support in every form together, its cash under the SMA and the rest (other54: "its total
#: burden", "its contribution in all forms", "contributions of all kinds", "direct and indirect"): a sum of more than
#: the SMA payment ("burden-sharing" and "burden share" name the SMA itself).
_WHOLE_SUPPORT_WORDS = (r"(?:total|overall|entire|combined|whole)\s+(?:defen[cs]e\s+)?burden(?![\s-]+shar)",
                        r"(?:in|of)\s+all\s+(?:its\s+|their\s+)?(?:forms|kinds|types|sorts)",
                        r"direct\s+and\s+indirect")
#: The armed forces' budget by its own words ("military spending", "military budgets"): read by the defence budget's
#: cue of :data:`_OTHER_CUES` and by ``rules._BUDGET_OWN_WORDS``.
MILITARY_BUDGET = r"military\s+(?:budget|spending|funding|expenditure)s?"
#: Cues of quantities the data does not cover; ``troops`` applies to percents only (payments are "for troops").
_OTHER_CUES = (
    ("defence_budget", re.compile(r"\b(?:defen[cs]e[- ](?:budget|spending|expenditure|funding|outlay)s?|"
                                  + MILITARY_BUDGET + r"|"
                                  # mend55v: an armed service's own budget ("the U.S. Army's budget for Korea")
                                  r"(?:Army|Navy|Air\s+Force|Marine\s+Corps)['’]s\s+budgets?\b(?!\s+(?:estimates?|"
                                  r"documents?|requests?|papers?|justifications?|books?))|"
                                  # defbud72: the mid-term defence plan is the budget's plan; "X percent budget growth"
                                  # in a story of the SMA is the defence budget's (never "the SMA budget increase")
                                  r"mid-?term\s+(?:defen[cs]e\s+)?(?:(?:budget|spending)\s+)?(?:plan|program)s?|"
                                  r"(?:budget|spending|expenditures?)\s+(?:for|on)\s+(?:the\s+)?(?:national\s+)?"
                                  r"defen[cs]e\b(?!\s+(?:Ministry|Minister|Committee))|(?<!SMA\s)(?<!sharing\s)"
                                  r"budget\s+(?:growth|(?:" + RISE_NOUNS + r")s?)\b|"
                                  r"(?:of|in)\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product)|"
                                  # other49: "the increase rate for national defense" (a rate of it, not its ministry
                                  # or a bare mention: audit53, "the troops that underpin its national defense")
                                  r"(?:(?:increase|growth)\s+rate|rate\s+of\s+(?:increase|growth)|growth)\s+(?:for|of|in)"
                                  r"\s+(?:the\s+)?national\s+defen[cs]e\b(?!\s+(?:Ministry|Minister|Committee|"
                                  r"University|Research|Commission|Strategy|Authorization)))", re.I)),
    ("wages", re.compile(r"\b(?:" + "|".join(_WAGE_NOUNS) + r"|wage|(?:workers|employees)['’]?\s+pay|"
                         # mend55v: a plural possessive ("lawmakers' pay")
                         r"(?-i:[A-Za-z][a-z]{1,19}s)['’]\s+pay\b(?!-)|"
                         r"(?:soldiers|troops)['’]\s+pay|"
                         # frames63: "pay for Korean workers at the U.S. bases"
                         # clm28: "a 6.5% increase in payments for Korean nationals working for USFK" (their pay)
                         # cfix50: "pay for the 9,000 Korean employees" (a number of them among the words)
                         # verd56: "Seoul's payment to the Korean workers at the bases" (their pay)
                         r"pay(?:ments?)?\s+(?:of|for|to)\s+(?:the\s+|its\s+)?(?:(?:[\w-]+|\d{1,3}(?:,\d{3}){1,3})\s+){0,2}?"
                         r"(?:workers|employees|staff|"  # verd55: "the pay of 8,700 Korean staff"
                         r"nationals\s+(?:working|employed))|"
                         r"labou?r\s+costs?|payroll|pay\s+(?:rises?|raises?|hikes?)|"  # probe33: "a pay rise"
                         # verd56: "Korean workers at the bases will get a 6.5 percent raise" (not "Seoul has
                         # offered a 4 percent raise": a raise of the payment)
                         # mend56v: the figure is the raise's own ("get a 6.5 percent raise"), not "got a raise after
                         # Seoul agreed to pay P more" nor "receive a P larger payment from Seoul"
                         r"(?:workers|employees|staff)(?:[ \t]++[\w-]++){0,4}?[ \t]++(?:get|gets|got|receive|"
                         r"received|won|(?:were|are|will[ \t]++be)[ \t]++given)[ \t]++an?[ \t]++"
                         r"(?:\$[ \t]*+)?\d{1,3}(?:[.,]\d{1,3}){0,3}"
                         r"(?:[ \t-]*+(?:%|percent|per[ \t]cent|dollars?|won|million|billion)){0,2}[ \t]++"
                         r"(?:(?:pay|wage|salary)[ \t]++)?(?:raise|rise|increase|hike|bump)s?\b|"
                         # cfix49: "a pay increase of 2.5 percent", "workers, whose pay rose 3 percent": their pay
                         # cfix50: "Korean employees earn X a year", "the workers received X": what they are paid
                         r"(?:workers|employees)\s+(?:who\s+)?(?:earn(?:s|ed)?|receive[sd]?|t(?:ake|ook)\s+home)\b|"
                         r"pay\s+increases?|(?:whose|their)\s+(?:(?:monthly|annual|yearly|base|total|combined|average)\s+)?pay\b"
                         r"(?!\s+(?:for|to)\b)|"  # cfix50: "Their total pay reached X"
                         r"keep\s+(?:the\s+|those\s+|its\s+|their\s+)?(?:Korean\s+)?(?:base\s+)?(?:employees|workers)\s+"
                         # claims43: "to keep those employees working"
                         r"(?:working|employed|on\s+the\s+job|paid)|"
                         # claims48: "to allow thousands of USFK employees to return to work" (their pay, no SMA)
                         r"(?:allow|let|enable|bring|get)\s+(?:[\w,-]+\s+){0,4}(?:employees|workers)\s+(?:to\s+)?"
                         r"(?:return|go\s+back|come\s+back|get\s+back)\s+to\s+work)\b", re.I)),
    ("tariffs", _words(*_TARIFF_NOUNS, r"duties", r"levies", r"levy")),
    ("troops", re.compile(r"\b(?:troops?|soldiers|service\s+members|personnel|forces)\b", re.I)),
    ("weapons", re.compile(r"\b(?:" + "|".join(WEAPON_WORDS) + r")\b", re.I)),
    ("other", re.compile(r"\b(?:" + "|".join(_OTHER_WORDS) + r")\b", re.I)),
    ("other", _SUPPORT_CUE),
    ("other", _words(*_WHOLE_SUPPORT_WORDS)),
)
#: The defence budget's cue, read alone by indexed_to_budget and apposed_to_budget.
_BUDGET_CUE = dict(_OTHER_CUES)["defence_budget"]
#: A part of the payment or a rate per head or per month ("contributions unused by ... reached X", "X out of
#: Seoul's contributions", "X per person"): it names what the figure is a part of, so the payment words near it do
#: not make it a payment; the data hold whole yearly payments only.
_PART_CUE = re.compile(r"\b(?:unused|unspent|unexecuted|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:used|spent)|"
                       r"left\s+over|leftover|"
                       r"carried\s+over|of\s+which|out\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.]*(?:\s+[A-Z]\w*)?"
                       r"['’]s\s+)(?:[\w-]+\s+){0,2}?(?:contributions?|payments?|funds?|money|share)|"
                       # frames75, one alternative since mendf77: a rate per head, per month or per one of the people
                       # it is counted over ("X per U.S. soldier"); "X a soldier", "X for each of the troops" are
                       # read at the amount's end (:data:`_RATE_PER_HEAD`)
                       r"per\s+(?:capita|household|citizen|resident|month|week|day|(?:(?:U\.S\.|US|American|Korean)\s+)?"
                       r"(?:head|soldier|troop|service\s+member|servicemember|GI|person|worker|employee))|"
                       r"a\s+(?:month|week|day)|apiece)\b", re.I)
#: Right before an amount, its own subject and verb when that subject is one of the people a sum is counted over ("each
#: Korean household pays X", "every resident of Busan pays about X") or one of the payment's parts ("the labor share of
#: the payment rose P", "the construction portion of Seoul's payment was X"): a rate or a part, not the whole payment
#: (verd55; tied to the amount, so "every taxpayer helps fund Seoul's payment of X" keeps the payment: mend55v).
_RATE_OR_PART_SUBJECT = re.compile(
    r"\b(?:(?:each|every)\s++(?:(?:South\s++)?Korean\s++|American\s++|U\.S\.\s++)?(?:household|family|citizen|"
    r"resident|taxpayer)(?:\s++(?:of|in)\s++(?:the\s++)?[A-Z][\w.]{0,20}+(?:\s++[A-Z]\w{0,20}+)?)?|(?:labou?r|construction|"
    r"logistics?|personnel)\s++(?:costs?\s++)?(?:share|portion|part|component)\s++of\s++(?:the\s++|its\s++|their\s++|"
    r"[A-Z][\w.]{0,20}+(?:\s++[A-Z]\w{0,20}+)?['’]s\s++)?(?:[\w-]{1,20}+\s++){0,2}?(?:contributions?|payments?|share|bill|costs?))"
    r"(?:\s++(?:(?:now|still|also|effectively|currently|already|will|would|could|may|might|must|has|have|had|to)\s++)"
    r"{0,2}?(?:pays?|paid|contributes?|contributed|gives?|gave|spends?|spent|shoulders?|shouldered|bears?|bore|"
    r"rose|rises?|risen|fell|falls?|fallen|grew|grows?|grown|increased?|increases|decreased?|decreases|dropped|drops?|"
    r"climbed|climbs?|jumped|jumps?|is|was|were|are|be|been|(?:stood|stands|came|comes|works|worked)\s++(?:at|to|out"
    r"\s++to)|amount(?:s|ed)?\s++to|totall?(?:ed|s)|reach(?:ed|es))(?:\s++(?:by|to|at|toward|towards))?)?"
    r"\s++(?:" + _HEDGE + r")?$", re.I)  # a percent's span holds its verb ("fell 4 percent")
#: The words of a fraction ("half", "one-half", "a third", "two-fifths", "three quarters", "a tenth"), read by
#: :data:`_FRACTION_OF_PAYMENT` and :data:`_FRACTION`.
_FRACTION_WORDS = r"half|one[\s-]half|(?:a|one|two|three)[\s-]++(?:third|quarter|fifth|tenth)s?"
#: A fraction of a payment named before its amount ("Half of this year's payment would be about X", "a third of
#: Seoul's contribution, or X"): a part of the payment, which the data do not hold (cfix41); "half the cost of the
#: troops" names no payment.
_FRACTION_OF_PAYMENT = re.compile(r"\b(?:" + _FRACTION_WORDS + r")\s+of\s+(?:the\s+|its\s+|their\s+|[\w’']+['’]s\s+)?"
                                  r"(?:[\w’'-]+\s+){0,2}?(?:payments?|contributions?|share|bill)\b", re.I)
#: Money "not (yet) executed / disbursed" (fresh77v: "the X cost-sharing budget that has not been executed"): a part of
#: the payment only with the amount as its subject (:func:`unexecuted_part`, mendv78).
_UNEXECUTED = re.compile(r"\b(?:not|never)\s++(?:yet\s++)?(?:been\s++)?(?:executed|disbursed)\b", re.I)
#: Between an amount and "not executed", what makes another noun or clause its subject: a deal, a clause opener.
_UNEXECUTED_OTHER = re.compile(r"[;:—–―()]|\b(?:deal|agreement|accord|pact|SMA|treaty|because|since|as|while|but|"
                               r"although|though|when|after|before|if|unless)\b", re.I)
#: Right before an amount, a payment it is "of" ("Seoul's payment of X has not yet been executed": the whole payment).
_PAYMENT_OF = re.compile(rf"\b(?:payments?|contributions?|share)\s++of\s++(?:{_HEDGE})?$", re.I)
#: Right after an amount (a yearly word between), the one of the people it is counted over: "X a head", "X a
#: soldier", "X a year for each of the 28,500 troops" (frames75); only there, so "A person in the room said Seoul will
#: pay X", "According to a worker at the camp, ..." name no rate (mendf77).
_RATE_PER_HEAD = re.compile(
    r"(?<!\s)(?:\s++(?:a|per|each)\s++year|\s++annually)?\s++(?:a\s++(?:head|soldier|troop|GI|person|worker|employee)"
    r"(?!-|[ \t]++(?!(?:for|in|of|on|to|and|or|a|per|each|under|over|at|this|last|next|every|from|than|is|was|were|"
    r"are)\b)[a-z])|(?:for\s++)?each\s++(?:of\s++(?:the|its|their|those|these)\s++)?(?:[\d,]++\s++|(?:U\.S\.|US|American|"
    r"Korean)\s++){0,3}+(?:soldiers?|troops?|service\s+members?|servicemembers?|GIs?|workers?|employees?|persons?|people|"
    r"citizens?|residents?|households?))\b", re.I)
#: The payments of allies in general, not Seoul's ("allied government payments", "other allies' contributions",
#: "spending by NATO members"): what other countries pay, which the data do not hold.
#: "share" as a verb after the allies ("how the allies should share the costs", "allies share the burden"): the
#: object after it makes it the verb, not the allies' share (fresh90v); "the allies' share of the costs" stays a noun,
#: and so does any share after the possessive mark ("the allies' share more than doubled", mend90v): the verb reading
#: is for the bare plural only, and "more" reads as its object only before "of" ("share more of the burden").
SHARE_NOUN = r"shares?(?!\s++(?:the|a|an|their|its|costs?|burdens?|expenses?|more\s++of|equally|fairly)\b)"
_OTHER_PAYS = r"(?:payments?|contributions?|{share}|spending|support)"
_OTHER_PAYER = re.compile(r"\b(?:(?:allies|allied\s+(?:governments?|nations|countries)|other\s+(?:allies|countries|"
                          r"nations|host\s+nations)|NATO\s+(?:members|allies|countries)|member\s+(?:states|countries))"
                          r"(?:['’]\s+(?:[\w-]+\s+)?" + _OTHER_PAYS.format(share=r"shares?") + r"|\s+(?:[\w-]+\s+)?"
                          + _OTHER_PAYS.format(share=SHARE_NOUN) + r")|(?:payments?|"
                          r"contributions?|shares?|spending)\s+(?:by|of|from)\s+(?:the\s+)?(?:other\s+)?(?:allies|allied\s+"
                          r"(?:governments?|nations|countries)|countries|NATO\s+members))\b", re.I)
#: A payment owned by a list that ends on Korea: "Japan and South Korea's payment", "the U.S. and Seoul's
#: contributions": the sum of both, never Korea's own (mend59v). Case kept: the first of the list is a name, read as a
#: side only by :func:`joint_payer_cues` (tidy59a: not "took effect in April and Seoul's payment is X").
_JOINT_PAYER = re.compile(r"(?<![\w.])(?P<first>[A-Z][\w.]*+)(?:['’]s)?[ \t]++(?:and|&)[ \t]++" + KOREA_PAYER
                          + r"['’]s[ \t]++(?:[\w-]++[ \t]++){0,2}?(?:shares?|contributions?|payments?)\b")

#: Words that name a side when no person or organisation is tagged ("US officials demanded").
#: What a side's word names as an attribute, not as who acts: its troops, bases, goods, market or alliance ("U.S.
#: troops", "American military might", "US tariffs", "South Korean goods"); a "military" that speaks stays a side.
_SIDE_THING = (r"(?!\s++(?:troops?|forces|soldiers|servicemen|service\s++members|bases?|ally|allies|alliance|tariffs?|"
               r"investments?|energy|goods|imports|exports|products|market|economy|soil|territory|presence|"
               r"military(?!\s++(?:officials?|leaders?|commanders?|chiefs?|said|says|has|had|wants?|asked|demanded)))\b)")
_SIDE_WORDS = (
    ("us-government", re.compile(r"(?<![-–/])\b(?:US|U\.S\.|American|Washington|Pentagon|White\s+House)(?!\w)"
                                 + _SIDE_THING)),
    # "the Koreans" is no side word: it names base workers, North Koreans and the Koreans paid as often as the
    # government (review105 findings 1-2 on mend103's addition, which was taken back)
    ("rok-government", re.compile(r"(?<![-–/])\b(?:South\s+Korea(?:n|'s)?|Seoul|Korean\s+government)\b" + _SIDE_THING)),
)


#: The paying side of the agreement: never the actor of a demand ("asked Seoul to pay").
_PAYER = frozenset({"rok-government", "south-korea", "seoul"})


@dataclass(frozen=True)
class Frame:
    """What a figure is about: quantity, years, actor (entity id) and modality; ``bound`` says how the years
    were found (``phrase``, ``relative``, ``deal``, ``clause``, ``previous``, ``publication``)."""

    quantity: str
    years: tuple[int, ...]
    actor: str | None
    modality: str
    bound: str = "phrase"
    #: the figure is the speaker's account of a demand made earlier ("I told them they should pay X")
    recalled: bool = False
    #: the agreement a rate is averaged over ("under the previous agreement"): a word or an ordinal
    deal: str | None = None
    #: the earlier year a change is counted from when the sentence names that year's amount ("X in 2018, whereas
    #: this year it rose by P% to Y"): the change spans the years between, not one year on the year before
    since: int | None = None
    #: a count of troops that is not the level of US forces in Korea: why (another army or place, a number to move,
    #: a floor in a law, a level proposed); None for the level, or for any other quantity
    level: str | None = None
    #: a count that may be right though it misses every level (a bare number whose clause names no troops): why it
    #: is never contradicted
    doubt: str | None = None
    #: the Korean side refuses the multiple ("Seoul balked at the fivefold increase"): the other side's ask, which the
    #: rules judge as a demand (:func:`refused_by_korea`, :func:`refused_ask`; unverif68)
    refused: bool = False
    #: what else than the payment a multiple is a rise of ("a fivefold increase in its defense budget": "defense
    #: budget"), else None (:func:`multiple_of_other`; mendf70)
    rise_of: str | None = None
    #: how a budget or deal act takes an amount: "object" ("approved X"), "dated" (a date of its clause dates the act:
    #: "in 2021 approved X", "under a deal agreed last year"), else None (:func:`year_reads`; mendf70)
    act: str | None = None
    #: the years the "this/next/last year" of an amount's clause tell, when they date no act (mendf68)
    told: tuple[tuple[int, ...], ...] = ()
    #: the years of the written-year dates of an amount's clause ("in 2022", "March 2021")
    written: tuple[tuple[int, ...], ...] = ()
    #: Seoul's payment on the context cue alone: only a payment word near the amount says so, its own phrase never
    #: does (:func:`_paid_quantity`); never called contradicted (:func:`analysis.guards.loose_frame`, weakev70)
    loose: bool = False
    #: the time, no year, a multiple of a year's payment is of, named after its base ("1.14 times its 2019 payment
    #: that year": "that year"; bound "period", :func:`multiple_time_after`, mendfd72), else None
    period: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the frame as the ``check`` JSON contract's ``frame`` object.

        >>> Frame("demand", (2019,), "donald-trump", "demand").to_dict()["years"]
        [2019]
        """
        return {"quantity": self.quantity, "years": list(self.years), "actor": self.actor, "modality": self.modality}


@dataclass(frozen=True)
class Figure:
    """A figure span with its frame, its sentence bounds and related spans (a ratio's amount, a
    conversion's original amount)."""

    span: Span
    frame: Frame
    sentence: tuple[int, int]
    related: tuple[Span, ...] = ()


class Bounds(NamedTuple):
    """A stretch ``text[start:end]`` of the article: a sentence, its cut to a window, or a phrase or clause.

    >>> Bounds(4, 9).end
    9
    """

    start: int
    end: int


class Reader:
    """The article's sentences, spans and clause boundaries, for building frames.

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nSeoul paid 1 trillion won, up 8 percent, in 2019.", "2019-12-01"))
    >>> money = r.figures_in(0, len(r.text))[0]
    >>> r.text[slice(*r.clause(money))], r.text[slice(*r.sentence_of(money))][:10]
    ('Seoul paid 1 trillion won', 'Seoul paid')
    >>> [s.kind for s in r.spans_in(0, len(r.text), "percent")], r.in_quote(money)
    (['percent'], False)
    """

    def __init__(self, ann: Annotation, tol: Tolerances | None = None) -> None:
        from analysis.rules import TOLERANCES

        self.ann, self.text, self.published = ann, ann.article.text, ann.article.published
        self.tol = TOLERANCES if tol is None else tol  # the thresholds the frame rules read (analysis.rules)
        self.sentences = list(ann.article.sentences)
        self.title_end = self.text.find("\n") if "\n" in self.text else 0
        self.sent_starts = [s.start for s in self.sentences]
        self.spans = sorted(filter(has_number, ann.spans), key=lambda s: s.start)  # no claim on a null amount
        self.span_starts = [s.start for s in self.spans]
        self.by_id = {s.id: s for s in self.spans}
        #: per kind, the starts of its spans and their places in ``spans`` (spans_in of some kinds skips the rest)
        self._kinds: dict[str, tuple[list[int], list[int]]] = {}
        for i, s in enumerate(self.spans):
            starts, places = self._kinds.setdefault(s.kind, ([], []))
            starts.append(s.start)
            places.append(i)
        self.lost = {r.id for f in ann.findings if f.kind == "lost_referent" for r in f.related}
        self.quotes = [s for s in self.spans if s.kind == "quote"]
        self.quote_starts = [q.start for q in self.quotes]
        #: whether the article is about the cost-sharing deal at all (then an unlabelled change is its change)
        self.about_sma = bool(_SMA_WORDS.search(self.text)) or pays_for_troops_in_korea(self.text)
        #: whether it names the cost-sharing in open words too ("sharing the cost of the U.S. forces": frames63)
        self.about_costs = self.about_sma or _SHARING_COST.search(self.text) is not None
        #: whether the article names Korea anywhere (read once: a troop count asks it when its sentence does not)
        self.names_korea = korea_named().search(self.text) is not None
        self.places: dict[tuple[str, int, int], tuple[bool, bool]] = {}  # sentence_places by sentence
        self.memo: dict[str, Quantity] = {}
        self._sentence_texts: dict[tuple[int, int], str] = {}
        #: sentence_of, local and near by a span's (start, end): asked of each figure by many rules (speed59)
        self._sentence_bounds: dict[tuple[int, int], Bounds] = {}
        self._local_bounds: dict[tuple[int, int], Bounds] = {}
        self._near_bounds: dict[tuple[int, int], Bounds] = {}
        #: each span's phrase and clause, and where its restatement ends (asked for a figure by many frame rules,
        #: and for its neighbours by theirs), keyed by what they read of the span
        self._clauses: dict[tuple[int, int, str, object, bool], Bounds] = {}
        self._restated: dict[tuple[int, int, str, object], int] = {}
        self._figures: dict[tuple[int, int], list[Span]] = {}  # figures_in by bounds: a figure's rules share them
        self._least_ends: dict[str, list[int]] = {}  # per kind, the least end of its spans up to each (any_before)
        self._found: dict[tuple[Any, int, int], bool] = {}  # found: a pattern's search of some bounds, once each
        #: what the figures of a sentence read of the sentence before (by its index) or of their sentence's start, once
        self.before: dict[tuple[Any, ...], Any] = {}
        self.items: dict[str, Any] = {}  # list_item by span id (frames65)
        #: :meth:`once`'s results by rule and arguments: a rule many others ask of the same figure is read once
        self._once: dict[tuple[Any, ...], Any] = {}
        self.cued: dict[str, bool] = {}  # payment_cued by span id (a chain of repeated amounts is read once)
        #: what an amount is to the multiples around it (payment_than_multiple, raised_base), by rule and amount:
        #: each multiple of a run-on sentence asks it of every amount of its stretch (speed57b)
        self.bases: dict[tuple[str, Span], bool] = {}
        #: by a title's words, the starts and ids of the people named whose role it fits (named_for_title)
        self.titled: dict[tuple[str, ...], tuple[list[int], list[str]]] = {}
        #: country of each actor id named in the article (a government takes its country's code)
        self.country = {"us-government": "US", "rok-government": "KR"}
        for s in self.spans:
            actor = _actor_id(s) if s.kind in ("person", "org", "place") else None
            country = actor and (s.value.get("country") or (None if s.value.get("id") else entity_country(actor)))
            if actor and country:
                self.country.setdefault(str(actor), str(country))

    def once(self, rule: Callable[..., Any], *args: Any) -> Any:
        """Return ``rule(self, *args)``, read once per reader and arguments (a span is a key by all its fields):
        the frame rules ask the same rule of the same figure many times (speed59). ``rule`` must read nothing but
        the reader and its arguments, and its result is shared, so it must not be changed by a caller.

        >>> r = Reader(annotate_text("Seoul paid $1 billion in 2019."))
        >>> calls = []
        >>> def rule(r, fig): calls.append(fig.exact); return len(fig.exact)
        >>> fig = r.figures_in(0, len(r.text))[0]
        >>> r.once(rule, fig), r.once(rule, fig), calls
        (10, 10, ['$1 billion'])
        """
        key = (rule, *args)
        if key not in self._once:
            self._once[key] = rule(self, *args)
        return self._once[key]

    def opens(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """Return ``pattern.fullmatch`` of the text's stretch [start, end) when it is a short opening (at most
        ``win.SHORT_OPENING`` characters: "That is about", "Seoul spent"), else None: a longer stretch is no such
        opening, and a fullmatch tried over a run-on sentence's whole opening at each figure was quadratic (lead59).

        >>> r = Reader(annotate_text("That is about $1 billion."))
        >>> at = r.text.index("That")
        >>> bool(r.opens(re.compile(r"That is about "), at, at + 14)), r.opens(re.compile(r"x*"), 0, 500)
        (True, None)
        """
        return pattern.fullmatch(self.text, start, end) if end - start <= win.SHORT_OPENING else None

    def sentence_of(self, span: Span) -> Bounds:
        """Return the bounds of the sentence holding ``span``: the headline counts as one; the span itself
        if no sentence holds it (found once per span's bounds: the frame rules ask it of a figure about a hundred
        times a check; speed59)."""
        key = (span.start, span.end)
        bounds = self._sentence_bounds.get(key)
        if bounds is None:
            bounds = self._sentence_bounds[key] = self._sentence_of(span)
        return bounds

    def _sentence_of(self, span: Span) -> Bounds:
        """Return the bounds :meth:`sentence_of` finds, read afresh."""
        i = bisect.bisect_right(self.sent_starts, span.start) - 1
        if i >= 0 and self.sentences[i].end >= span.end:
            return Bounds(self.sentences[i].start, self.sentences[i].end)
        if span.end <= self.title_end:
            return Bounds(0, self.title_end)
        return Bounds(span.start, span.end)

    def spans_in(self, start: int, end: int, *kinds: str) -> list[Span]:
        """Return the spans inside [start, end), of the given kinds (all kinds if none given), in text order."""
        if not kinds:
            i = bisect.bisect_left(self.span_starts, start)
            out = []
            while i < len(self.spans) and self.spans[i].start < end:
                if self.spans[i].end <= end:
                    out.append(self.spans[i])
                i += 1
            return out
        found = []
        for kind in dict.fromkeys(kinds):
            starts, places = self._kinds.get(kind, ([], []))
            i = bisect.bisect_left(starts, start)
            while i < len(starts) and starts[i] < end:
                if self.spans[places[i]].end <= end:
                    found.append(places[i])
                i += 1
        if len(kinds) > 1:
            found.sort()
        return [self.spans[i] for i in found]

    def any_before(self, end: int, kind: str) -> bool:
        """Return whether a span of ``kind`` lies inside [0, end): ``bool(self.spans_in(0, end, kind))`` in one
        bisection, not a read of every such span from the text's start (asked per figure: quadratic).

        >>> r = Reader(annotate_text("Kim spoke. Then he paid $5."))
        >>> kim = r.text.index("Kim")
        >>> [r.any_before(at, "person") for at in (kim, kim + 2, kim + 3, len(r.text))], r.any_before(99, "org")
        ([False, False, True, True], False)
        """
        starts, places = self._kinds.get(kind, ([], []))
        if kind not in self._least_ends:
            self._least_ends[kind] = list(itertools.accumulate((self.spans[i].end for i in places), min))
        i = bisect.bisect_left(starts, end)  # the spans that start before ``end``: one of them ends by it?
        return i > 0 and self._least_ends[kind][i - 1] <= end

    def found(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Return whether ``pattern.search(self.text, start, end)`` finds a match, searched once per pattern and
        bounds: a rule that asks it of a figure's whole sentence searched a run-on sentence again for each figure.

        >>> r = Reader(annotate_text("Under the SMA, Seoul pays $1 billion and $2 billion."))
        >>> [r.found(_SMA_WORDS, *r.sentence_of(f)) for f in r.figures_in(0, len(r.text))], r.found(_SMA_WORDS, 0, 9)
        ([True, True], False)
        """
        key = (pattern, start, end)
        if key not in self._found:
            self._found[key] = pattern.search(self.text, start, end) is not None
        return self._found[key]

    def first_in(self, start: int, end: int, kind: str, keep: Callable[[Span], bool]) -> Span | None:
        """Return the first span of ``kind`` inside [start, end) that ``keep`` accepts, else None: what
        ``[s for s in self.spans_in(start, end, kind) if keep(s)][0]`` finds, stopped at the first one kept.

        >>> r = Reader(annotate_text("Seoul paid $1 billion, $2 billion and $3 billion."))
        >>> r.first_in(0, len(r.text), "money", lambda s: s.exact != "$1 billion").exact
        '$2 billion'
        >>> r.first_in(0, 9, "money", bool)
        """
        starts, places = self._kinds.get(kind, ([], []))
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            span = self.spans[places[i]]
            if span.end <= end and keep(span):
                return span
            i += 1
        return None

    def last_in(self, start: int, end: int, kind: str, keep: Callable[[Span], bool]) -> Span | None:
        """Return the last span of ``kind`` inside [start, end) that ``keep`` accepts, else None: what
        ``[s for s in self.spans_in(start, end, kind) if keep(s)][-1]`` finds, read back from ``end`` and stopped at
        the first one kept (``keep`` asks nothing of the others), not listed from ``start`` at every figure.

        >>> r = Reader(annotate_text("Seoul paid $1 billion, $2 billion and $3 billion."))
        >>> r.last_in(0, len(r.text), "money", lambda s: s.exact != "$3 billion").exact
        '$2 billion'
        >>> r.last_in(0, r.text.index("$2"), "money", lambda s: True).exact, r.last_in(0, 9, "money", bool)
        ('$1 billion', None)
        """
        place = self._last_place(start, end, kind, keep)
        return self.spans[place] if place >= 0 else None

    def _last_place(self, start: int, end: int, kind: str, keep: Callable[[Span], bool], above: int = -1) -> int:
        """Return the place in ``spans`` of :meth:`last_in`'s span, read back from ``end``, or -1; reading stops at a
        place not over ``above`` (:meth:`last_of`: a later span of another kind is already kept).

        >>> r = Reader(annotate_text("Seoul paid $1 billion, up 5 percent, then $3 billion."))
        >>> r.spans[r._last_place(0, len(r.text), "money", bool)].exact, r._last_place(0, 9, "money", bool)
        ('$3 billion', -1)
        """
        starts, places = self._kinds.get(kind, ([], []))
        i = bisect.bisect_left(starts, end) - 1
        while i >= 0 and starts[i] >= start and places[i] > above:
            if self.spans[places[i]].end <= end and keep(self.spans[places[i]]):
                return places[i]
            i -= 1
        return -1

    def last_of(self, start: int, end: int, kinds: tuple[str, ...], keep: Callable[[Span], bool]) -> Span | None:
        """Return the last span of ``kinds`` inside [start, end) that ``keep`` accepts, else None: what
        ``[s for s in self.spans_in(start, end, *kinds) if keep(s)][-1]`` finds, read back from ``end`` kind by kind
        (the later of each kind's last kept span), not listed from ``start`` (speed57b).

        >>> r = Reader(annotate_text("Seoul paid $1 billion, up 5 percent, then $3 billion."))
        >>> r.last_of(0, len(r.text), ("percent", "money"), lambda s: s.exact != "$3 billion").exact
        'up 5 percent'
        >>> r.last_of(0, len(r.text), ("multiplier",), bool), r.last_of(0, 9, ("money",), bool)
        (None, None)
        """
        best = -1
        for kind in dict.fromkeys(kinds):
            best = max(best, self._last_place(start, end, kind, keep, best))
        return self.spans[best] if best >= 0 else None

    def near(self, span: Span) -> Bounds:
        """Return the span's sentence, cut to ``WINDOW`` characters either side (so a run-on sentence of
        thousands of figures is read in linear time)."""
        key = (span.start, span.end)
        bounds = self._near_bounds.get(key)
        if bounds is None:  # found once per span's bounds (speed59)
            s, e = self.sentence_of(span)
            bounds = self._near_bounds[key] = Bounds(max(s, span.start - WINDOW), min(e, span.end + WINDOW))
        return bounds

    def sentence_text(self, span: Span) -> str:
        """Return the text of the span's sentence, one string shared by all its spans (a claim per figure of a
        run-on sentence holds it without a copy each).

        >>> r = Reader(annotate_text("T\\n\\nSeoul paid 1 trillion won in 2019. It paid more."))
        >>> r.sentence_text(r.figures_in(0, len(r.text))[0])
        'Seoul paid 1 trillion won in 2019.'
        """
        bounds = self.sentence_of(span)
        if bounds not in self._sentence_texts:
            self._sentence_texts[bounds] = self.text[slice(*bounds)]
        return self._sentence_texts[bounds]

    def local(self, span: Span) -> Bounds:
        """Return the span's sentence, cut to ``SENTENCE_WINDOW`` characters either side (the whole sentence in
        real text; a bounded stretch of a run-on one).

        >>> r = Reader(annotate_text("T\\n\\nSeoul paid 1 trillion won in 2019. It paid more."))
        >>> r.local(r.figures_in(0, len(r.text))[0]) == r.sentence_of(r.figures_in(0, len(r.text))[0])
        True
        """
        key = (span.start, span.end)
        bounds = self._local_bounds.get(key)
        if bounds is None:  # found once per span's bounds (speed59)
            s, e = self.sentence_of(span)
            bounds = self._local_bounds[key] = Bounds(max(s, span.start - SENTENCE_WINDOW),
                                                      min(e, span.end + SENTENCE_WINDOW))
        return bounds

    def clause(self, span: Span, strong: bool = False) -> Bounds:
        """Return the bounds of the span's own phrase (``strong=False``) or clause, inside its sentence (found once
        per span and reader)."""
        key = (span.start, span.end, span.kind, span.value.get("currency"), strong)
        if key not in self._clauses:
            self._clauses[key] = self._clause(span, strong)
        return self._clauses[key]

    def _clause(self, span: Span, strong: bool) -> Bounds:
        """Return the bounds :meth:`clause` finds."""
        s, e = self.near(span)
        pattern = _STRONG if strong else _WEAK
        start = s
        for m in pattern.finditer(self.text, s, e):  # to e: a boundary's lookahead may read past the span's start
            if m.end() > span.start:
                break
            start = m.end()
        m = pattern.search(self.text, self.restated_to(span), e)
        return Bounds(start, m.start() if m else e)

    def restated_to(self, span: Span) -> int:
        """Return where an amount and the bracket restating it right after end ("X won ($Y) in 2020": its phrase
        goes on after the bracket), else the span's end (found once per span and reader)."""
        if span.kind != "money":
            return span.end
        key = (span.start, span.end, span.kind, span.value.get("currency"))
        if key not in self._restated:
            self._restated[key] = self._restated_to(span)
        return self._restated[key]

    def _restated_to(self, span: Span) -> int:
        """Return the end :meth:`restated_to` finds for an amount."""
        m = _BRACKETED.match(self.text, span.end)
        if m is not None and self.spans_in(span.end, m.end(), "money"):
            return m.end()
        # "X won, which is similar to $Y, in 2024"
        after = self.spans_in(span.end, span.end + win.RESTATING_AMOUNT_AFTER, "money")
        if after and restating_gap(self.text[span.end:after[0].start], after[0].exact,
                                   self.text[after[0].end:after[0].end + win.RESTATEMENT_TAIL]) \
                and after[0].value.get("currency") != span.value.get("currency") \
                and converts(self, span, after[0]):
            return after[0].end
        return span.end

    def in_quote(self, span: Span) -> bool:
        """Return whether the span sits inside a quotation."""
        return self.quote_of(span) is not None

    def quote_of(self, span: Span) -> Span | None:
        """Return the quotation the span sits inside, if any."""
        i = bisect.bisect_right(self.quote_starts, span.start)
        return next((q for q in reversed(self.quotes[max(0, i - 4):i]) if span.end <= q.end), None)

    def equivalent(self, span: Span) -> str | None:
        """Return the id of the amount a bracketed amount converts (the annotation's ``equivalent_of``) when the two
        agree at some year's rate (:func:`conversion_holds`); else None: "X won ($Y is what Z wants)" opens a clause
        of its own (fix40c, review40 finding 2).
        """
        ref = span.value.get("equivalent_of")
        first = self.by_id.get(str(ref)) if ref else None
        if first is None:
            return str(ref) if ref else None
        return first.id if converts(self, first, span) else None

    def figures_in(self, start: int, end: int) -> list[Span]:
        """Return the figure spans (amounts, percents, multiples) inside [start, end) (found once per bounds)."""
        return list(self._figures_of(start, end))

    def figure_count(self, start: int, end: int) -> int:
        """Return how many figures :meth:`figures_in` finds in [start, end), without a copy of them (asked for each
        figure of a run-on sentence, a copy of the sentence's figures each time was quadratic).

        >>> r = Reader(annotate_text("Seoul paid $1 billion, up 5 percent."))
        >>> r.figure_count(0, len(r.text)), r.figure_count(0, 9)
        (2, 0)
        """
        return len(self._figures_of(start, end))

    def _figures_of(self, start: int, end: int) -> list[Span]:
        """Return the figures of [start, end), the kept list itself (the caller does not change it)."""
        if (start, end) not in self._figures:
            self._figures[start, end] = [s for s in self.spans_in(start, end, "money", "percent", "multiplier")
                                         if not self.equivalent(s)]
        return self._figures[start, end]


# --- years -----------------------------------------------------------------------------------------


def _rolling_year(a: str, b: str) -> bool:
    """Return whether ISO days ``a``–``b`` are a rolling year ("this past year", "the past year", "over the last year"):
    the span of one year that ends on a day other than 31 December.

    >>> _rolling_year("2020-06-16", "2021-06-15"), _rolling_year("2020-01-01", "2020-12-31")
    (True, False)
    >>> _rolling_year("2020-06-16", "2020-12-15")
    False
    """
    start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a[:4] != b[:4] and b[5:] != "12-31" and 364 <= (end - start).days <= 366


def date_years(span: Span, whole_years: bool = True) -> tuple[int, ...]:
    """Return the years a date span covers (only whole calendar years when ``whole_years``).

    The rolling "this past year" is framed as the calendar year before publication, the year that holds most of it
    and the last whole year of payments, until the fourth quarter (review104 finding 1); then it is no whole year.

    >>> date_years(Span("d", "date", 0, 4, "2019", {"start": "2019-01-01", "end": "2019-12-31"}))
    (2019,)
    >>> date_years(Span("d", "date", 0, 6, "Monday", {"start": "2019-11-11", "end": "2019-11-11"}))
    ()
    >>> [date_years(Span("d", "date", 0, 14, "this past year", {"start": s, "end": e}))
    ...  for s, e in (("2020-06-16", "2021-06-15"), ("2018-11-17", "2019-11-16"))]
    [(2020,), ()]
    """
    a, b = str(span.value.get("start") or ""), str(span.value.get("end") or "")
    if len(a) < 10 or len(b) < 10:
        return ()
    if _rolling_year(a, b) and int(b[5:7]) < win.PAST_YEAR_IS_CURRENT_MONTH:
        return (int(a[:4]),)  # review104 finding 1: a rolling year to publication is the calendar year before
    if whole_years and not (a[5:] == "01-01" and b[5:] == "12-31"):
        return ()
    return tuple(range(int(a[:4]), int(b[:4]) + 1))


class _Bound(NamedTuple):
    """A date a figure's year may be bound to, and the characters between the two."""

    gap: int
    date: Span


def counts_beside(r: Reader, fig: Span, start: int, end: int) -> list[Span]:
    """Return the other counts in [start, end) when the figure is a count: a count's date is not lent to another count
    across a clause ("had 37,500 troops in Korea in 2004 and now has 28,500": 28,500 is not 2004's), as an amount's
    is not lent to another amount (years47).

    >>> r = Reader(annotate_text("The US had 37,500 troops in Korea in 2004 and now has 28,500."))
    >>> [[c.exact for c in counts_beside(r, f, 0, len(r.text))] for f in r.spans_in(0, len(r.text), "count")]
    [['37,500 troops', '28,500'], ['37,500 troops', '28,500']]
    >>> counts_beside(r, r.spans_in(0, len(r.text), "date")[0], 0, len(r.text))
    []
    """
    return r.spans_in(start, end, "count") if fig.kind == "count" else []


#: A relative base that counts two or more years back from an amount's own year ("two years earlier", "three years
#: before"): group ``n``, the count (verd50).
_YEARS_BACK = re.compile(r"(?:from[ \t]++)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)[ \t]++"
                         r"years[ \t]++(?:earlier|before)", re.I)


#: "from 2019 to X": the date after "from" is where a change starts, the amount after "to" where it ends.
_FROM_DATE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO_FIGURE = re.compile(r"(?<!\s)\s*to\s+(?:" + _HEDGE + r")?")


def start_of_change(r: Reader, d: Span, fig: Span) -> bool:
    """Return whether a date is where a change to the figure starts ("raised it from 2019 to $1.03 billion for
    2021"): the figure is of a later year, not of that date.

    >>> r = Reader(annotate_text("Seoul raised its payment from 2019 to $1.03 billion for 2021."))
    >>> [start_of_change(r, d, r.figures_in(0, len(r.text))[0]) for d in r.spans_in(0, len(r.text), "date")]
    [True, False]
    """
    if d.end > fig.start or not _TO_FIGURE.fullmatch(r.text, d.end, fig.start):
        return False
    return d.exact.lower().startswith("from ") or bool(_FROM_DATE.search(r.text, max(0, d.start - 12), d.start)) \
        or range_start_date(r, d)


#: Between an amount (or its bracket) and the date of that amount: blanks, maybe "in"/"for".
_OWN_DATE_GAP = re.compile(r"[ \t]{0,3}+(?:(?:in|for|during)[ \t]{1,3}+)?")


def range_start_date(r: Reader, d: Span) -> bool:
    """Return whether a date is the date of the amount right before it in a range's first member ("from 1.04
    trillion won ($880 million) in 2020 to 1.4 trillion won by 2025"): it dates that amount, not the one after
    "to" (claims23).

    >>> for t in ("It rose from 1.04 trillion won ($880 million) in 2020 to 1.4 trillion won by 2025.",
    ...           "Seoul agreed in 2020 to 1.4 trillion won."):  # no amount right before the date
    ...     r = Reader(annotate_text(t))
    ...     print([range_start_date(r, d) for d in r.spans_in(0, len(r.text), "date")])
    [True, False]
    [False]
    """
    before = [f for f in r.figures_in(max(0, d.start - win.RANGE_AMOUNT_BACK), d.start)
              if f.kind == "money" and f.end <= d.start]
    return any(_OWN_DATE_GAP.fullmatch(r.text, r.restated_to(f), d.start) for f in before[-2:])


#: "in 2025, the last year, ...": a relative date set off by commas right after a date renames that date.
_APPOSITION_GAP = re.compile(r"(?<!\s)\s*,\s*(?:the\s+)?")


def _apposition_of_date(r: Reader, d: Span) -> bool:
    """Return whether a relative date only renames the absolute date just before it ("in 2025, the last year,"
    is 2025, the deal's last year, not the year before publication).

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("T\\n\\nIn 2025, the last year, 1.5 trillion won will be paid.", "2021-03-10"))
    >>> [(d.exact, _apposition_of_date(r, d)) for d in r.spans_in(0, len(r.text), "date")]
    [('2025', False), ('last year', True)]
    """
    return r.once(_apposition_of_date_read, d)  # speed59: asked of a figure by many rules


def _apposition_of_date_read(r: Reader, d: Span) -> bool:
    """Return what :func:`_apposition_of_date` finds, read afresh."""
    before = [p for p in r.spans_in(max(0, d.start - win.RENAMED_DATE_BACK), d.start, "date") if p.end <= d.start]
    if not before or d.value.get("form") != "relative" or before[-1].value.get("form") != "absolute":
        return False
    return bool(_APPOSITION_GAP.fullmatch(r.text, before[-1].end, d.start))


#: An aside set off by a comma, bracket or dash that tells when a standing thing began ("the SMA, first signed in
#: 1991,", "the alliance, which dates back to 1953,", "a pact, established in 1966,"), up to the date.
_ORIGIN_ASIDE = re.compile(r"[,(—–]\s*(?:(?:a|an|the|which|that)\s+)?(?:[a-z-]+\s+){0,2}"
                           r"(?:(?:first|originally)\s+[a-z]+|dat(?:es|ed|ing)\s+(?:back\s+)?to|"
                           r"founded|established|forged|created|launched)\s+(?:in\s+)?$")


def origin_aside(r: Reader, d: Span) -> bool:
    """Return whether a date sits at the end of an aside telling when a standing thing began ("under the SMA, first
    signed in 1991, from X"): it dates the thing, not a figure outside the aside.

    >>> r = Reader(annotate_text("Seoul pays X under the pact, first signed in 1991, and Y under the 2019 deal."))
    >>> [(d.exact, origin_aside(r, d)) for d in r.spans_in(0, len(r.text), "date")]
    [('in 1991', True), ('2019', False)]
    """
    return bool(_ORIGIN_ASIDE.search(r.text[max(0, d.start - win.ORIGIN_ASIDE_BACK):d.start]))


#: After a bare year, the noun of an agreement it names ("a 2021 deal", "the 2019 Special Measures Agreement"), with
#: at most two words between and none a preposition or article ("2021 under the deal" dates no deal).
_DEAL_AFTER_YEAR = re.compile(r"(?<!\s)"  # not inside a run of blanks
                              r"(?:['’]s)?\s+(?:(?!(?:under|in|of|for|by|with|from|to|on|at|the|a|an|as|and|or|after|"
                              r"before|than|that|which|was|is|were|will)\b)[\w-]+\s+){0,2}?(?:deal|agreement|accord|"
                              r"pact|SMA|treaty)\b", re.I)


def names_deal(r: Reader, date: Span) -> bool:
    """Return whether a date is a bare year naming an agreement ("under a 2021 deal"): it says when the deal was
    made, and a deal's term spans years, so it does not fix which year a figure under it is of.

    >>> r = Reader(annotate_text("Seoul pays X under a 2021 deal; it paid Y in 2021 under the deal."))
    >>> [names_deal(r, d) for d in r.spans_in(0, len(r.text), "date")]
    [True, False]
    """
    return bool(_BARE_YEAR.fullmatch(date.exact)) and bool(_DEAL_AFTER_YEAR.match(r.text, date.end))


#: Between an agreement a year names and a change it is the subject of ("The 2019 deal raised Seoul's payment by X",
#: "the 2024 accord lifts it X"): an adverb at most, a verb of raising or cutting, then no clause mark (cfix37).
_DEAL_RAISED = re.compile(r"(?<!\s)\s++(?:[\w-]++ly\s++)?(?:(?:rais|hik|increas|inflat)(?:e|es|ed|ing)|"
                          r"(?:boost|lift|pump|cut|trim|lower)(?:s|ed|ing)?|trimmed)\b[^.;:!?\n,]{0,80}+", re.I)
#: How far a change may follow the agreement's noun whose year is its subject, in characters.
DEAL_RAISED_CHARS = 80


def deal_year_subject(r: Reader, fig: Span) -> bool:
    """Return whether the figure is a change whose clause's subject is an agreement named by its year ("The 2019 deal
    raised Seoul's payment by 13.9 percent"): the year is the deal's, and the change that deal's rise (cfix37, probe35
    mu015); not a deal the change is counted from or told under ("a 13.9 percent hike from the 2019 deal", "under a
    2021 deal, an 8.3% increase").

    >>> r = Reader(annotate_text("The 2019 deal raised Seoul's payment by 13.9 percent, and the 2021 deal lifted it 8 "
    ...                          "percent; the rise was 5 percent from the 2019 deal, under a 2021 deal, 8 percent."))
    >>> [deal_year_subject(r, f) for f in r.spans_in(0, len(r.text), "percent")]
    [True, True, False, False]
    """
    p0, _ = r.clause(fig)
    for d in r.spans_in(p0, fig.start, "date")[-1:]:
        m = _DEAL_AFTER_YEAR.match(r.text, d.end) if _BARE_YEAR.fullmatch(d.exact) else None
        if m and fig.start - m.end() <= DEAL_RAISED_CHARS and _DEAL_RAISED.fullmatch(r.text, m.end(), fig.start):
            return True
    return False


#: Before a span of years, the noun of the agreement it is the term of ("the deal for 2014-2018", "the agreement
#: covering 2014 to 2018", "the ninth SMA, which covered 2014-2018"); the span's own words may hold "for" already (the
#: date span "for 2014-2018").
_DEAL_BEFORE_YEARS = re.compile(r"\b(?:deal|agreement|accord|pact|SMA|treaty)(?:[ \t]++(?:covering|running|"
                                r"spanning|for|of)|[ \t]*+,[ \t]*+(?:which|that)[ \t]++(?:covered|covers|ran|runs|"
                                r"spanned|spans))?[ \t]++$", re.I)


def deal_by_years(r: Reader, date: Span) -> bool:
    """Return whether a date of two years or more is the term of the agreement it names ("the 2014-2018 deal", "the
    2014-18 cost-sharing pact", "the deal for 2014-2018"): the years are the deal's, not a change's own span (claims32).

    >>> r = Reader(annotate_text("The 2014-2018 deal raised it 5.8 percent; the deal for 2009-2013 raised it 2.5 "
    ...                          "percent. It rose 14.4 percent between 2009 and 2013 under the deal."))
    >>> [(d.exact, deal_by_years(r, d)) for d in r.spans_in(0, len(r.text), "date")]
    [('2014-2018', True), ('for 2009-2013', True), ('between 2009 and 2013', False)]
    """
    if len(date_years(date)) < 2:
        return False
    return bool(_DEAL_AFTER_YEAR.match(r.text, date.end)) or \
        bool(_DEAL_BEFORE_YEARS.search(r.text, max(0, date.start - win.DEAL_NOUN_BACK), date.start))


#: A freeze a change came after: "after" and a word of the payment held flat, with at most three words between
#: ("after being frozen", "after a two-year freeze", "after staying flat").
_FREEZE_WORD = re.compile(r"(?:frozen|freez(?:e|es|ing)|flat|unchanged)", re.I)
_AFTER_WORDS = 4  # "after" and the freeze word: at most this many words apart
_AFTER = ("after", "following")


def after_freeze(r: Reader, date: Span) -> bool:
    """Return whether a date dates a freeze that a change came after ("rose 13.9 percent after being frozen from 2019
    to 2020", "following a freeze in 2020"): the change is of the year after the date's last, not of the date
    (claims32). A word scan of the few words before the date: "after" or "following", then a freeze word, no figure
    or clause mark between.

    >>> r = Reader(annotate_text("It rose 13.9 percent after being frozen from 2019 to 2020."))
    >>> [after_freeze(r, d) for d in r.spans_in(0, len(r.text), "date")]
    [True]
    >>> r = Reader(annotate_text("It rose 13.9 percent in 2021 after talks; it was frozen in 2020."))
    >>> [after_freeze(r, d) for d in r.spans_in(0, len(r.text), "date")]
    [False, False]
    """
    start = max(r.sentence_of(date).start, date.start - win.FREEZE_AFTER_BACK)
    gap = r.text[start:date.start]
    cut = max(gap.rfind(c) for c in ",;:.!?")
    words = gap[cut + 1:].split()
    anchors = [i for i, w in enumerate(words) if w.lower() in _AFTER]
    if not anchors:
        return False
    last = anchors[-1]
    tail = words[last + 1:]
    return 0 < len(tail) <= _AFTER_WORDS and any(_FREEZE_WORD.fullmatch(w) for w in tail) \
        and not any(c.isdigit() for w in tail for c in w)


def _how(r: Reader, date: Span) -> str:
    """Return how a year was bound: ``relative`` for "last year", "the previous year" (resolved against some
    other date, which may not be the figure's), ``deal`` for a year naming an agreement ("a 2021 deal"), else
    ``phrase``."""
    if date.value.get("form") == "relative":
        return "relative"
    return "deal" if names_deal(r, date) else "phrase"


#: A sentence end inside a stretch: a full stop, question or exclamation mark, then a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?[ \t]")


#: From an amount's end through the year written as its own: " for 2018", " in 2019", " for the year 2020".
_AMOUNT_OWN_YEAR = re.compile(r"(?P<bracket>(?P<opens>[ \t]{0,3}\()?[^()\n]{0,60}\))?,?[ \t]{1,3}(?:for|in)[ \t]{1,3}"
                              r"(?:the[ \t]{1,3}year[ \t]{1,3})?\d{4}")
#: Right before an amount: the amount a change is counted from or compared with ("up from", "compared with").
#: The most characters before an amount in which the words comparing it are read ("compared with").
_COMPARED_BACK = 20
_COMPARED_AMOUNT = re.compile(r"\b(?:from|with|since|than|against|versus|compared[ \t]{1,3}to)[ \t]{1,3}$", re.I)


def own_year_of_amount(r: Reader, written: Span) -> bool:
    """Return whether a written year is bound to the amount right before it as that amount's own year ("to pay 1.2
    trillion won for 2021", "paid X in 2019"), the amount not one a change is counted from or compared with ("up
    from X in 2018", "compared with X in 2016"); a year after "began in", "dating to" or "since" binds no amount.

    >>> rs = [Reader(annotate_text(t)) for t in ("Seoul agreed to pay 1.2 trillion won for 2021.",
    ...       "Seoul will pay 1 trillion won ($900 million at the time) for 2018.",
    ...       "It is 1.1 trillion won, up from 1 trillion won ($900 million) in 2018.",
    ...       "It is 1.1 trillion won, up from 1 trillion won in 2018.",
    ...       "It pays 1 trillion won after talks began in 2019.")]
    >>> [own_year_of_amount(r, r.spans_in(0, len(r.text), "date")[-1]) for r in rs]
    [True, True, False, False, False]
    """
    s, _ = r.sentence_of(written)
    figs = [f for f in r.figures_in(s, written.start) if f.kind == "money"]
    m = _AMOUNT_OWN_YEAR.fullmatch(r.text, figs[-1].end, written.end) if figs else None
    if m is None:
        return False
    head = figs[-2] if m["bracket"] and not m["opens"] and len(figs) > 1 else figs[-1]  # "X ($Y) for 2018": X's
    return _COMPARED_AMOUNT.search(r.text, max(s, head.start - _COMPARED_BACK), head.start) is None


_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_YEAR = re.compile(r"(?<!\s)\s++and\s++")
_DASHED_YEAR = re.compile(r"[-–]((?:19|20)\d\d)\b")


_SPAN_YEARS = 20  # the most years a written span of years ("2016-2019", "between 2016 and 2019") may cover


def between_years(r: Reader, d: Span) -> tuple[int, ...]:
    """Return every year of "between <year> and <year>" when ``d`` is one of its two years, or of "<year>-<year>"
    when ``d`` is the first alone, else ().

    >>> r = Reader(annotate_text("Between 2016 and 2019 Seoul paid 3.9 trillion won.", "2021-04-01"))
    >>> d = r.spans_in(0, len(r.text), "date")[0]
    >>> date_years(d), between_years(r, d)  # the date finder reads the range as one span: nothing left to join
    ((2016, 2017, 2018, 2019), ())

    A U.S. fiscal year is no calendar year, so it opens no span (crash80: its first year was read from none):

    >>> r = Reader(annotate_text("U.S. officials said the rise between FY2020 and 2014 was the largest.", "2021-03-08"))
    >>> [(d.value["start"], between_years(r, d)) for d in r.spans_in(0, len(r.text), "date")]
    [('2019-10-01', ()), ('2014-01-01', ())]
    """
    dashed = _DASHED_YEAR.match(r.text, d.end)  # "in 2016-2019" read as 2016 alone: the range it opens
    y0 = date_years(d)[0] if len(date_years(d)) == 1 else None
    if dashed is not None and y0 is not None and y0 < int(dashed[1]) <= y0 + _SPAN_YEARS:
        return tuple(range(y0, int(dashed[1]) + 1))
    s, e = r.near(d)
    dates = r.spans_in(s, e, "date")
    i = next((k for k, x in enumerate(dates) if x.id == d.id), None)
    if i is None:
        return ()
    for a, b in ((dates[i - 1] if i else None, d), (d, dates[i + 1] if i + 1 < len(dates) else None)):
        if a is None or b is None or not _AND_YEAR.fullmatch(r.text, a.end, b.start):
            continue
        if not _BETWEEN.search(r.text, max(0, a.start - 10), a.start):
            continue
        first, last = date_years(a), date_years(b)
        if len(first) == 1 and len(last) == 1 and first[0] < last[0] <= first[0] + _SPAN_YEARS:
            return tuple(range(first[0], last[0] + 1))
    return ()


_WHEN_AFTER = re.compile(r"[ \t]{0,3}+,[ \t]{0,3}+when\b", re.I)
_CLAUSE_STOP = re.compile(r"[,;:.!?\n]")  # the "when" clause ends at its comma ("2017, when he took office, to X")


def when_date(r: Reader, fig: Span) -> Span | None:
    """Return the date a "when" clause holding the figure is about ("the largest since 2002, when the payment rose
    25.7 percent": 2002), even after "since", "until" or "before" (which keep a date from binding a figure of the
    main clause), else None (claims18).

    >>> r = Reader(annotate_text("It is the largest rise since 2002, when the payment rose 25.7 percent."))
    >>> when_date(r, r.figures_in(0, len(r.text))[0]).exact
    '2002'
    >>> r = Reader(annotate_text("It rose from 950 billion won in 2017, when he took office, to 1.3 trillion won."))
    >>> when_date(r, r.figures_in(0, len(r.text))[-1]) is None
    True
    """
    s, _ = r.near(fig)
    dates = [d for d in r.spans_in(s, fig.start, "date") if d.end <= fig.start]
    if not dates or not date_years(dates[-1]):
        return None
    d = dates[-1]
    m = _WHEN_AFTER.match(r.text, d.end)
    if m is None or _CLAUSE_STOP.search(r.text, m.end(), fig.start) or r.figures_in(m.end(), fig.start):
        return None
    return d


#: Right before a figure, a present-tense verb of paying with its adverb of now: "currently pays", "today hands over",
#: "is now paying", a hedge after it; not "was now paying", "as now", ", now a rich country," (real52v).
_NOW_PRESENT = re.compile(r"(?:\b(?:is|are)[ \t]{1,3}(?:now|currently|presently)[ \t]{1,3}(?:paying|providing|"
                          r"contributing|spending|sharing|handing[ \t]{1,3}over)|(?<!,[ \t])\b"
                          r"(?:now|currently|presently|today)[ \t]{1,3}(?:pays|pay|provides|provide|contributes|"
                          r"contribute|spends|spend|shares|share|covers|cover|hands[ \t]{1,3}over|hand[ \t]{1,3}over))"
                          r"[ \t]{1,3}(?:(?:about|around|roughly|nearly|almost|some|over|more[ \t]{1,3}than)"
                          r"[ \t]{1,3})?$",
                          re.I)

#: The year of an agreement named by its number: "the first (and only) year of the 10th SMA", "the 11th SMA's second
#: year", "its last year" after "under the ninth agreement" in the same clause (frames64).
#: The ordinal words: of an agreement (up to the 13th), and of a year of its term (up to the sixth; one copy,
#: review65 finding 15).
_DEAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
               "eleventh", "twelfth", "thirteenth")
_NTH_WORDS = _DEAL_WORDS[:6]
_NTH = rf"(?P<k>{'|'.join(_NTH_WORDS)}|last|final)\s++(?:and\s++(?:only|last)\s++)?year"
_DEAL_NO = rf"(?P<no>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_DEAL_WORDS)})" + _AGREEMENT_NOUN
_DEAL_YEAR = re.compile(rf"\bthe\s++{_NTH}\s++of\s++the\s++{_DEAL_NO}|\bthe\s++{_DEAL_NO.replace('<no>', '<no2>')}"
                        rf"['’]s\s++{_NTH.replace('<k>', '<k2>')}", re.I)
_ITS_NTH = re.compile(rf"\bits\s++{_NTH}", re.I)
_DEAL_NAMED = re.compile(rf"\b(?:under|in|during|of)\s++the\s++{_DEAL_NO}", re.I)
#: How far before a figure :data:`_FROM_BEFORE` is looked for when the figure is the level a change started from
#: ("up from X", "rising from about X"): of the year before, or unbound, never of the year a phrase of its clause
#: names (review65 finding 1), in characters.
_FROM_WINDOW = 24


#: An agreement named by its number as the figure's deal, with no year of its term named ("under the 10th SMA", "the
#: tenth Special Measures Agreement set", "the 10th cost-sharing agreement was worth"); not its talks ("the 11th SMA
#: talks", "negotiations on the 12th SMA" keep their own reading: the number names the talks, not a year paid).
#: An ordinal in words names the SMA only with its name or a cost-sharing qualifier ("the tenth Special Measures
#: Agreement", "the first cost-sharing deal"): "the first deal", "the second agreement of the Biden era" name no
#: number of an SMA (review81 item 1); an ordinal in digits ("the 10th agreement") does.
_SHARING = r"(?:(?:defen[cs]e\s++)?(?:cost|burden)-sharing\s++)"
_NUMBERED_DEAL = (r"(?:(?P<no>\d{1,2}(?:st|nd|rd|th))\s++" + _SHARING + r"?(?:agreement|deal|accord|"
                  r"pact|SMA|Special\s++Measures\s++Agreement)|(?P<word>" + "|".join(_DEAL_WORDS) + r")\s++(?:"
                  + _SHARING + r"(?:agreement|deal|accord|pact|SMA|Special\s++Measures\s++Agreement)|SMA|"
                  r"Special\s++Measures\s++Agreement))\b(?!\s++(?:talks|negotiations?|rounds?|meetings?)\b)")
_DEAL_BY_NO = re.compile(r"\bthe\s++" + _NUMBERED_DEAL, re.I)
#: Between a numbered agreement and a figure after it, a word of the present: "The 8th SMA ran out long ago and
#: Seoul now pays X", "Under the 8th SMA Seoul paid less, and today it pays X" (review81 item 1): the figure's clause is
#: of now, not of the agreement's term.
_NOW_WORD = re.compile(r"\b(?:now|currently|today|nowadays|presently)\b", re.I)
#: After an agreement that is its clause's subject, a coordinator before a new subject (a capitalised word, a pronoun
#: or "the"): "The 9th SMA expired, so Seoul pays X", "The 8th SMA ended and the allies set X" (review81 item 1):
#: the agreement is the subject of the first clause only. Case-sensitive: "and Seoul" is a new subject, "and" before
#: lower-case words ("raised it and set it at X") goes on with the agreement's predicate.
_NEW_SUBJECT = re.compile(r"\b(?:and|but|so|yet|while|whereas)[ \t]++(?:[A-Z]|(?:the|it|they|he|she|we|this|that)\b)")


#: A verb of telling in a trailing attribution (fix50j): ", officials recalled on Monday".
_TELLING_VERB = REPORTED
#: The farthest a trailing attribution's date stands after its figure, in characters (fix50j).
_TELLING_REACH = 80


def telling_date(r: Reader, fig: Span, d: Span) -> bool:
    """Return whether date ``d`` comes after the figure in a trailing attribution of its own sentence, set off by a
    comma with a verb of telling before the date and no other clause break (", officials recalled on Monday"): the
    date is the telling's, not the figure's (fix50j).

    >>> r = Reader(annotate_text("The seventh deal raised it by 6.6 percent, officials recalled on Monday."))
    >>> f = r.spans_in(0, len(r.text), "percent")[0]
    >>> [telling_date(r, f, d) for d in r.spans_in(0, len(r.text), "date")]
    [True]
    >>> r = Reader(annotate_text("The seventh deal raised it by 6.6 percent, effective on Monday, officials said."))
    >>> [telling_date(r, f, d) for d in r.spans_in(0, len(r.text), "date")]
    [False]
    """
    gap = r.text[fig.end:d.start]
    if d.start < fig.end or len(gap) > _TELLING_REACH or "," not in gap or ";" in gap or "." in gap:
        return False
    tail = gap[gap.rindex(","):]
    return gap.count(",") == 1 and _TELLING_VERB.search(tail) is not None


#: Between a numbered deal and its clause's percent, another deal or a relative clause: the deal is not the change's.
_DEAL_OR_RELATIVE = re.compile(r"\b(?:deal|agreement|accord|pact|SMA|that|which|who)\b", re.I)


def clause_deal_no(r: Reader, fig: Span) -> int | None:
    """Return the number of the one agreement a percent's clause names as its deal (:data:`_DEAL_OR_PLAIN`, governing
    the clause: "The ninth agreement, signed in 2014, lifted it 8.2 percent": 9), else None (fix50j).

    >>> r = Reader(annotate_text("The ninth agreement, signed in 2014, lifted it 8.2 percent."))
    >>> clause_deal_no(r, r.spans_in(0, len(r.text), "percent")[0])
    9
    >>> [clause_deal_no(r, r.spans_in(0, len(r.text), "percent")[0]) for r in (
    ...     Reader(annotate_text("It rose 8.2 percent, the most since the ninth agreement.")),
    ...     Reader(annotate_text("The 11th SMA replaced a one-year deal that had raised it 8.2 percent.")))]
    [None, None]
    """
    c0, c1 = r.clause(fig, strong=True)
    found = list(itertools.islice(_DEAL_OR_PLAIN.finditer(r.text, c0, c1), 2)) if fig.kind == "percent" else []
    if len(found) != 1 or found[0].start() > fig.start or not deal_governs(r.text, c0, found[0].start()) or \
            _DEAL_OR_RELATIVE.search(r.text, found[0].end(), fig.start):
        return None  # "The 11th SMA replaced a one-year deal that had raised it X": another deal's change
    return deal_number(found[0])


#: "from N years earlier/before" directly after a figure (review50j: :func:`counted_back`), group ``n``, the count.
_FROM_YEARS_BACK = re.compile(r"[ \t]{1,3}from[ \t]{1,3}(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)"
                              r"[ \t]{1,3}years[ \t]{1,3}(?:earlier|before)\b", re.I)


def counted_back(r: Reader, fig: Span) -> int | None:
    """Return how many years back a percent's own "from N years earlier" counts (N of two or more), else None
    (fix50j: "raised it by 8.2 percent from two years earlier": 2).

    Only when the base directly follows the figure: not a later "N years earlier" of the clause ("8.2 percent after
    talks that began two years earlier") (review50j).

    >>> r = Reader(annotate_text("The tenth deal raised it by 8.2 percent from two years earlier."))
    >>> counted_back(r, r.spans_in(0, len(r.text), "percent")[0])
    2
    >>> r = Reader(annotate_text("The tenth deal raised it 8.2 percent after talks that began two years earlier."))
    >>> counted_back(r, r.spans_in(0, len(r.text), "percent")[0]) is None
    True
    """
    m = _FROM_YEARS_BACK.match(r.text, fig.end) if fig.kind == "percent" else None
    return None if m is None else CARDINALS.get(m.group("n").lower()) or int(m.group("n"))


#: An agreement named by its number as a change's deal (fix50d): as :data:`_DEAL_BY_NO`, or an ordinal in words with a
#: plain noun ("the ninth deal", "the sixth agreement", group ``plain``), read only for a percent (the change's years
#: are the deal's, :func:`deal_term_years`). The plain noun only from "fifth" on (a first/second/third/fourth deal is
#: as often one counted under a leader or in a trade series) and only closed by a comma/semicolon or followed by its
#: change verb ("the ninth deal raised", "the sixth agreement, signed in 2009,"): not "the eighth deal by Kang's
#: count", "the first deal under Moon", "the second agreement of the Biden era" nor its talks or rounds (review50o).
_DEAL_OR_PLAIN = re.compile(r"\bthe\s++(?:" + _NUMBERED_DEAL + r"|(?P<plain>" + "|".join(_DEAL_WORDS[4:]) + r")\s++"
                            r"(?:deal|agreement|accord|pact)(?=\s*+[,;]|\s++(?:raised|lifted|cut|pushed|set|increased|boosted|"
                            r"trimmed|froze|lowered|hiked|reduced|put|kept|brought)\b))", re.I)
#: Right after a percent, the agreement it was made under, named by its number: " under the (new) 11th deal" (verd50).
_UNDER_NUMBERED = re.compile(r"(?<![ \t])[ \t]++under[ \t]++the[ \t]++(?:new[ \t]++)?" + _NUMBERED_DEAL, re.I)


def deal_right_after(r: Reader, fig: Span) -> int | None:
    """Return the number of the agreement a percent's own words right after it say it was made under ("rose 8.2
    percent under the new 11th deal": 11), else None: only the words right after the percent, not any deal its
    sentence names ("The 11th SMA replaced a deal that had raised it 8.2 percent": None) (verd50).

    >>> r = Reader(annotate_text("The payment rose 8.2 percent under the new 11th deal. The 11th SMA replaced a deal "
    ...                          "that had raised it 8.2 percent."))
    >>> [deal_right_after(r, p) for p in r.spans_in(0, len(r.text), "percent")]
    [11, None]
    """
    m = _UNDER_NUMBERED.match(r.text, fig.end) if fig.kind == "percent" else None
    return deal_number(m) if m else None


def deal_number(m: re.Match[str]) -> int:
    """Return the number of the agreement a match of :data:`_NUMBERED_DEAL` names, in digits or in words.

    >>> [deal_number(_DEAL_BY_NO.search(t)) for t in ("under the 11th SMA", "the ninth Special Measures Agreement")]
    [11, 9]
    """
    no = (m["no"] or m["word"] or m.groupdict().get("plain")).lower()
    return int(no[:-2]) if no[0].isdigit() else _DEAL_WORDS.index(no) + 1


#: An agreement named by its number anywhere in a sentence, "the" or not (a headline drops it: "Sixth SMA totals X",
#: "to pay X under ninth SMA"), with its length before it as a count of years (group ``n``: "the six-year 11th SMA").
_TERM_DEAL = re.compile(r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)[\s-]year\s++)?" + _NUMBERED_DEAL,
                        re.I)
#: A count of years a total is told over: "over the five years of the eighth SMA", "in five years", "for two years".
_YEARS_COUNTED = re.compile(r"\b(?:over|in|for|during|across|throughout)\s++(?:the\s++|its\s++|all\s++)?"
                            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s++years\b", re.I)


#: An agreement named by its number in words and a plain noun, no name of the SMA ("under eighth deal", a headline's
#: words): the SMA of that number only when the article names it so (:func:`plain_deal_numbers`).
_PLAIN_NUMBERED_DEAL = re.compile(r"\b(?P<word>" + "|".join(_DEAL_WORDS) + r")\s++(?:deal|agreement|accord|pact)\b"
                                  r"(?!\s++(?:talks|negotiations?|rounds?|meetings?)\b)", re.I)


def plain_deal_numbers(r: Reader, start: int, end: int) -> set[int]:
    """Return the numbers of the agreements named in ``[start, end)`` in words with a plain noun ("Seoul paid X under
    eighth deal"), kept when the article names the same number as the SMA elsewhere ("the eighth SMA", "the eighth
    cost-sharing deal"): the same agreement, told short (cfix42); "the first deal of its kind" in a story naming no
    first SMA is none.

    >>> r = Reader(annotate_text("Seoul paid X under eighth deal. It paid 4 trillion won under the eighth SMA."))
    >>> plain_deal_numbers(r, 0, r.text.index("It")), plain_deal_numbers(Reader(annotate_text("A first deal.")), 0, 99)
    ({8}, set())
    """
    if ("sma_numbers",) not in r.before:  # the numbers the article gives the SMA, read once
        r.before[("sma_numbers",)] = {deal_number(m) for m in _TERM_DEAL.finditer(r.text)}
    plain = {_DEAL_WORDS.index(m["word"].lower()) + 1 for m in itertools.islice(
        _PLAIN_NUMBERED_DEAL.finditer(r.text, start, end), 3)}
    return plain & r.before[("sma_numbers",)]


def deal_term_span(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the years of the term of the one agreement the figure's sentence names by its number ("over the five
    years of the eighth SMA", "under the six-year 11th SMA", "Sixth SMA totals X"): the years a total told under it
    adds up (the README: a multi-year total is checked against the sum of those years). The term runs from its start
    to its end (data/sma_contributions.csv, ``term_start`` and ``term_end``), or from its first set year when a count
    of years in the sentence fits that instead ("the five-year 11th SMA": 2021-2025); () when the sentence names no
    agreement or two, the agreement was concluded after publication (its number names talks), the data lack its
    term, the term is one year, or the count fits neither (cfix40).

    >>> [deal_term_span(*figure_in(t))[::4] for t in ("Seoul paid 4.07 trillion won over the five years of the eighth "
    ...     "SMA.", "Sixth SMA totals 1.36 trillion won", "Seoul paid 1 trillion won under the 10th SMA.",
    ...     "Seoul paid 9 trillion won under the ninth SMA, not the eighth SMA.")]
    [(2009, 2013), (2005,), (), ()]
    >>> texts = ("Seoul paid 7.5 trillion won under the six-year 11th SMA.", "Seoul paid 6.3 trillion won in five "
    ...          "years of the 11th SMA.", "Seoul paid 3 trillion won in two years of the 11th SMA.")
    >>> [deal_term_span(r, r.figures_in(0, len(r.text))[0])[::4] for r in (Reader(annotate_text(t, "2026-01-02"))
    ...                                                                     for t in texts)]
    [(2020, 2024), (2021, 2025), ()]
    """
    s, e = r.local(fig)
    found = list(itertools.islice(_TERM_DEAL.finditer(r.text, s, e), 3))
    numbers = {deal_number(m) for m in found} if found else plain_deal_numbers(r, s, e)  # cfix42: "under eighth deal"
    if not numbers and summed_deal(r, fig):  # cterm52: "Seoul's payments under the ninth deal totaled X"
        numbers = summed_deal_numbers(r, s, e)
    if len(numbers) != 1:
        return ()
    number = numbers.pop()
    term, concluded = _deal_terms_of().get(number), _deal_concluded().get(number)
    if term is None or (concluded is not None and concluded > r.published):
        return ()
    spans = [tuple(range(first, term[2] + 1)) for first in dict.fromkeys((term[0], term[1]))]
    counted = (found[0]["n"] if found else None) or next((m["n"] for m in _YEARS_COUNTED.finditer(r.text, s, e)), None)
    if counted:
        n = int(counted) if counted.isdigit() else CARDINALS[counted.lower()]
        spans = [span for span in spans if len(span) == n]
    return spans[0] if spans and len(spans[0]) > 1 else ()


#: A word that makes an amount the sum of a deal's years: "totaled", "added up to", "a total of", "combined", "in
#: all", "altogether", "all told", "over the six years of" (cterm52); a bare "total" ("the total payment") is not one.
_SUM_WORD = re.compile(r"\b(?:" + "|".join(SUM_WORDS) + r"|total(?:l?ed|l?ing|s)|a\s++total\s++of|"
                       r"add(?:ed|s)?\s++up\s++to|combined|in\s++all|(?:over|across|during|for)\s++(?:the\s++|its\s++|all\s++)?"
                       r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s++years\s++of)\b", re.I)
#: A deal named by the year it was signed or reached: "the deal signed in 2021", "the agreement struck in 2014".
_DEAL_OF_YEAR = re.compile(r"\b(?:deal|agreement|accord|pact|SMA)\s++(?:(?:that|which)\s++(?:was\s++)?)?"
                           r"(?P<how>signed|reached|struck|concluded|sealed|agreed)\s++in\s++(?P<year>(?:19|20)\d\d)\b",
                           re.I)


def summed_deal(r: Reader, fig: Span) -> bool:
    """Return whether the figure's clause has a word of sum (:data:`_SUM_WORD`) and no date but one naming a deal by
    its signing (:data:`_DEAL_OF_YEAR`): the amount is told as the sum of a deal's years, not a year's payment ("in
    2019" keeps its own reading; cterm52).

    >>> [summed_deal(*figure_in(t)) for t in ("Seoul's payments under the ninth deal totaled 4.7 trillion won.",
    ...     "The deal signed in 2021 is worth a combined 7.5 trillion won.", "Seoul paid a total of 1 trillion won in "
    ...     "2019 under the ninth deal.", "Seoul's payment under the ninth deal was 960 billion won.")]
    [True, True, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if _SUM_WORD.search(r.text, c0, c1) is None:
        return False
    named = [m.span() for m in itertools.islice(_DEAL_OF_YEAR.finditer(r.text, c0, c1), 3)]
    return all(any(a <= d.start < b for a, b in named) for d in r.spans_in(c0, c1, "date"))


def summed_deal_numbers(r: Reader, start: int, end: int) -> set[int]:
    """Return the numbers of the agreements ``[start, end)`` names in words with a plain noun ("the ninth deal") or by
    the year it was signed, or concluded ("the deal signed in 2014", "reached in 2021"): read only when a word of sum
    makes the amount a deal's total (:func:`summed_deal`; cterm52).

    >>> r = Reader(annotate_text("The deal signed in 2014 and the tenth deal."))
    >>> sorted(summed_deal_numbers(r, 0, len(r.text)))
    [9, 10]
    """
    from analysis.rules import default_tables

    rows = default_tables().index.agreement_rows
    numbers = {_DEAL_WORDS.index(m["word"].lower()) + 1 for m in itertools.islice(
        _PLAIN_NUMBERED_DEAL.finditer(r.text, start, end), 3)}
    for m in itertools.islice(_DEAL_OF_YEAR.finditer(r.text, start, end), 3):
        field = "signed" if m["how"].lower() == "signed" else "concluded"
        numbers |= {int(a.no) for a in rows if getattr(a, field) == getattr(a, field)
                    and getattr(a, field).year == int(m["year"])}
    return numbers


#: A preposition of being under an agreement, right before it: "Under the 10th SMA", "Seoul's share under the ninth
#: agreement" (never a base or bound in time, "from", "than", "since", nor talks, "negotiations on").
_DEAL_UNDER = re.compile(r"\b(?:under|in|during|through|by|of)\s++$", re.I)


def deal_governs(text: str, clause_start: int, at: int) -> bool:
    """Return whether an agreement named at ``at`` governs its clause: it opens the clause (its subject, "The 10th
    SMA set ...", after at most an opening quote or bracket) or a preposition of being under it stands right before
    it (:data:`_DEAL_UNDER`).

    >>> t = "1991, the year the first deal was signed"
    >>> deal_governs("The 10th SMA set it", 0, 0), deal_governs("Under the 10th SMA", 0, 6), deal_governs(t, 0, 14)
    (True, True, False)
    """
    gap = text[max(clause_start, at - win.DEAL_UNDER_BACK):at]
    return (at - clause_start <= 4 and not gap.strip(" \t\n\"“‘'(")) or _DEAL_UNDER.search(gap) is not None


def another_clause(text: str, clause_start: int, deal: tuple[int, int], at: int) -> bool:
    """Return whether a figure at ``at`` after an agreement named at ``deal`` stands in another clause than the one
    the agreement governs: a word of the present between them (:data:`_NOW_WORD`), or, the agreement its clause's
    subject, a coordinator before a new subject (:data:`_NEW_SUBJECT`; review81 item 1).

    >>> t = ("The 8th SMA ran out and Seoul now pays X", "The 9th SMA expired, so Seoul pays X",
    ...      "Under the 10th SMA, Seoul and Washington agreed on X", "The 11th SMA raised it and set it at X")
    >>> [another_clause(s, 0, (s.index("the") if s[0] == "U" else 0, s.index("SMA") + 3), len(s) - 1) for s in t]
    [True, True, False, False]
    """
    if _NOW_WORD.search(text, deal[1], at):
        return True
    subject = deal[0] - clause_start <= 4 and not text[clause_start:deal[0]].strip(" \t\n\"“‘'(")
    return subject and _NEW_SUBJECT.search(text, deal[1], at) is not None


@cache
def _paid_years() -> frozenset[int]:
    """Return the years with a payment on record (won or dollars; data/sma_contributions.csv)."""
    from analysis.rules import Tables

    index = Tables.load().index
    return frozenset(y for table in (index.won, index.usd) for y, v in table.items() if v is not None)


@cache
def _deal_concluded() -> dict[int, dt.date | None]:
    """Return each agreement's number with the day it was concluded (None when the data lack it: the 9th)."""
    from analysis.rules import Tables

    rows = Tables.load().index.agreements.itertuples()
    return {int(a.no): (a.concluded.date() if a.concluded == a.concluded else None) for a in rows}


def phrase_about(r: Reader, fig: Span, clause: tuple[int, int], at: tuple[int, int]) -> bool:
    """Return whether a phrase of the clause at ``at`` is about the figure: the figure is not the level a change
    started from (:data:`_FROM_BEFORE`) and no other such figure of the clause is nearer the phrase (review65
    finding 1).

    >>> r = Reader(annotate_text("In the 11th SMA's first year, Seoul paid 1.18 trillion won, up from 1.04 trillion."))
    >>> [phrase_about(r, f, (0, len(r.text)), (0, 29)) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    def away(s: Span) -> int:
        return s.start - at[1] if s.start >= at[1] else at[0] - s.end

    def starts_change(s: Span) -> bool:
        return _FROM_BEFORE.search(r.text, max(clause[0], s.start - _FROM_WINDOW), s.start) is not None

    figures = [s for s in r.figures_in(*clause) if not starts_change(s)]
    return fig in figures and min(figures, key=away) == fig


@cache
def _deal_terms_of() -> dict[int, tuple[int, int, int]]:
    """Return each agreement's number with its term's start, its first set year and its last year: the first set
    year is the later of its term's start and the year it was concluded (a year already past when concluded was only
    frozen, as rules' agreed-rise reading has it: the 11th SMA's first set year is 2021), the last its term's end
    (data/sma_contributions.csv, data/events.csv).

    >>> _deal_terms_of()[11], _deal_terms_of()[10]
    ((2020, 2021, 2025), (2019, 2019, 2019))
    """
    from analysis.rules import Tables

    rows = Tables.load().index.agreements.itertuples()
    return {int(a.no): (int(a.term_start), max(int(a.term_start), int(a.concluded.year) if a.concluded == a.concluded
                                               else 0), int(a.term_end)) for a in rows}


def in_force_year(day: dt.date) -> int | None:
    """Return the year whose payment is in force on ``day``: the latest year, up to ``day``'s, of an agreement signed
    by then (an agreement concluded but not yet signed sets nothing yet: early 2019, 2020 and early 2021 went on at
    the last signed year's payment); None when no agreement on record was signed by then (frames65; signing dates
    from data/events.csv).

    >>> [in_force_year(dt.date.fromisoformat(d)) for d in ("2019-02-20", "2019-12-08", "2020-06-01", "2021-03-20",
    ...                                                     "2021-05-01", "2025-01-10", "2013-06-01")]
    [2018, 2019, 2019, 2019, 2021, 2025, None]
    """
    ends = [end for signed, end in _signed_terms() if signed <= day]
    return min(day.year, max(ends)) if ends else None


#: A deal or an agreeing told in a sentence: "under the deal agreed this month", "the 11th SMA", "has now agreed to
#: pay", "will pay": the payment of that deal, not the one in force at publication (mendf66).
_DEAL_TOLD = re.compile(r"\b(?:deal|agreement|accord|pact|SMA|Special[ \t]++Measures|agree(?:d|s|ing)?|will|would)\b",
                        re.I)
#: How far before a "now pays" figure, and after it up to its clause's end, :data:`_DEAL_TOLD` is looked for (a
#: bounded window, so that a long sentence is not re-read for each of its figures; review67 finding 7).
DEAL_TOLD_BACK = 200
DEAL_TOLD_AHEAD = 120


def agreed_unsigned(day: dt.date) -> bool:
    """Return whether on ``day`` an agreement covering its year was concluded but not yet signed: then "currently
    pays" may be the payment still in force or the one just agreed (mendf66).

    >>> [agreed_unsigned(dt.date.fromisoformat(d)) for d in ("2021-03-20", "2021-05-01", "2020-06-01", "2019-02-20")]
    [True, False, False, True]
    """
    from analysis.rules import default_tables

    rows = default_tables().index.agreement_rows  # built once per loaded data (a new Tables per call cost ~5 ms)
    return any(a.concluded.date() <= day < a.signed.date() and a.term_start <= day.year <= a.term_end
               for a in rows if a.concluded == a.concluded and a.signed == a.signed)


@cache
def _signed_terms() -> tuple[tuple[dt.date, int], ...]:
    """Return each agreement's signing day with the last year of its term, for those whose signing is on record.

    >>> _signed_terms()[0]
    (datetime.date(2014, 2, 2), 2018)
    """
    from analysis.rules import Tables

    rows = Tables.load().index.agreements.itertuples()
    return tuple((a.signed.date(), int(a.term_end)) for a in rows if a.signed == a.signed)


#: A sentence opening on a pronoun standing for the sum of the sentence before and a copula or a verb of amount, up to
#: the amount: "It is worth X", "That is X", "It was about X" (b51v); "It amounts to X", "That comes to X", "It totals
#: X", "It added up to X" (gen61f).
_IT_IS = re.compile(r"(?!(?<=\s)\s)\s*+(?:It|That|This)\s++(?:(?:is|was|will\s++be|would\s++be)\s++"
                    r"(?:(?:worth|valued\s++at|set\s++at)\s++)?|(?:(?:will|would)\s++)?(?:amount(?:s|ed)?\s++to|"
                    r"c(?:omes|ame|ome)\s++to|total(?:s|ed|led)?|add(?:s|ed)?\s++up\s++to)\s++)(?:" + _HEDGE + r")?",
                    re.I)


def one_year_in(r: Reader, start: int, end: int) -> tuple[int, ...]:
    """Return the one year the dates of ``r.text[start:end]`` name, else () (none, or several).

    >>> r = Reader(annotate_text("Seoul paid more in 2019. And in 2019 and 2020?"))
    >>> cut = r.text.index("And")
    >>> one_year_in(r, 0, cut), one_year_in(r, cut, len(r.text)), one_year_in(r, 0, 5)
    ((2019,), (), ())
    """
    years = {y for d in r.spans_in(start, end, "date") for y in date_years(d, False)}
    return (years.pop(),) if len(years) == 1 else ()


def it_year_before(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the one year the sentence before names after its payment word ("agreed to contribute to the defense
    costs in 2026", "Seoul's contribution in 2019") when the figure's sentence opens on "It is (worth)" or "That is"
    right before it and the sentence before, in the body (a paragraph of its own in a broadcast transcript, or the
    same one), has no figure of its own: the pronoun stands for that year's sum (b51v); else ().

    >>> [it_year_before(*figure_in(t, k)) for t, k in (
    ...     ("The allies agreed on Seoul's contribution for 2026. It is worth 1.52 trillion won.", 0),
    ...     ("The deal fixed Seoul's share for 2026. It amounts to 1.52 trillion won.", 0),
    ...     ("Seoul paid 1.04 trillion won in 2019. It is worth 1.4 trillion won now.", 1),
    ...     ("Seoul's payment rose 13.9 percent in 2021. It was 1.04 trillion won before.", 1))]
    [(2026,), (2026,), (), ()]
    """
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 2
    if fig.kind != "money" or i < 0 or not r.opens(_IT_IS, s0, fig.start):
        return ()
    p0, p1 = r.sentences[i].start, r.sentences[i].end
    pay = payment_words(r.text, p0, p1)
    if p0 < r.title_end or pay is None or r.figures_in(p0, p1):
        return ()  # any figure of its own (an amount, a rise: "rose 13.9 percent in 2021") may be what "it" is
    return one_year_in(r, pay.end(), p1)


#: A payment told in the past right before its amount ("Seoul paid", "South Korea contributed", "agreed to pay").
_PAID_BEFORE = re.compile(r"\b(?:paid|contributed|agreed[ \t]{1,3}to[ \t]{1,3}(?:pay|contribute))[ \t]{1,3}"
                          r"(?:(?:about|around|roughly|some)[ \t]{1,3})?$")
#: A word of the present or the future in the figure's sentence (the publication year's payment may be meant), or a
#: time clause of its own ("When the pact was concluded, Seoul agreed to pay X": the rules date it, verd54).
_STORY_NOW = re.compile(r"\b(?:now|today|currently|this[ \t]{1,3}year|will|pays|contributes|when|after|before|while|"
                        r"once)\b", re.I)


#: A word of a deal or of the talks, in the sentence before a figure (story_year_before; review54c).
_DEAL_TALK = re.compile(r"\b(?:deal|accord|agreement|pact|SMA|talks|negotiat\w{0,5}|contract|treaty|asks?|demands?"
                        r"|rounds?|cost-sharing|costs?|share|contribution)\b", re.I)


#: A sentence of a question-and-answer layout opening on its mark: "Q:", "Question:" (group ``q``), "A:", "Answer:".
_QA_MARK = re.compile(r"(?!(?<=\s)\s)\s*+(?:(?P<q>Q|Question)|A|Answer)[ \t]*+:", re.I)


def answer_year(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the one year the question before states when the figure's sentence is the answer of a question-and-answer
    layout ("Q: What did Seoul pay in 2019?" then "A: 1.25 trillion won.") and names no date of its own: the answer is
    of the year asked about (cfix37, probe35 li214); else ().

    >>> [answer_year(*figure_in(t)) for t in ("Q: What did Seoul pay for US troops in 2019?\\n\\nA: 1.25 trillion won.",
    ...     "Q: What did Seoul pay in 2019 and 2020?\\n\\nA: 1.04 trillion won.",
    ...     "What did Seoul pay in 2019? It paid 1.04 trillion won.")]
    [(2019,), (), ()]
    """
    asked = question_before(r, fig)
    if asked is None or r.spans_in(*r.sentence_of(fig), "date"):
        return ()
    return one_year_in(r, *asked)


def question_before(r: Reader, fig: Span) -> tuple[int, int] | None:
    """Return the bounds of the question ("Q: ...?") the figure's sentence answers ("A: X"), the sentence right
    before it in the body; else None.

    >>> r = Reader(annotate_text("Q: What did Seoul pay?\\n\\nA: 1.25 trillion won."))
    >>> question_before(r, r.figures_in(0, len(r.text))[0])
    (3, 25)
    """
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 2
    answer = _QA_MARK.match(r.text, s0, fig.start)
    if i < 0 or answer is None or answer.group("q"):
        return None
    p0, p1 = r.sentences[i].start, r.sentences[i].end
    question = _QA_MARK.match(r.text, p0, p1)
    return (p0, p1) if p0 >= r.title_end and question is not None and question.group("q") else None


def answered_payment(r: Reader, fig: Span) -> bool:
    """Return whether the figure answers a question (:func:`question_before`) that names the cost-sharing payment
    ("Q: How much did Seoul pay in 2021?" then "A: About 1.5 trillion won."): the answer is that payment (cfix37).

    >>> [answered_payment(*figure_in(t)) for t in (
    ...     "Q: How much did Seoul pay in 2021?\\n\\nA: About 1.5 trillion won.",
    ...     "Q: How big is Korea's defence budget?\\n\\nA: About 50 trillion won.")]
    [True, False]
    """
    asked = question_before(r, fig)
    return asked is not None and bool(payment_words(r.text, *asked))


def pays_for_troops_in_korea(text: str) -> bool:
    """Return whether the text tells of Korea paying to keep US troops in words other than the cost-sharing terms
    ("demanded South Korea pay billions more to keep American troops on its soil"); Japan or Germany paying for US
    troops on their soil is not the talks' news.

    >>> pays_for_troops_in_korea("Trump demanded South Korea pay billions more to keep American troops on its soil.")
    True
    >>> pays_for_troops_in_korea("Japan will pay more to keep American troops on its soil.")
    False
    """
    return any(_KOREA_PAYS.search(text, max(0, m.start() - win.KOREA_PAYS_BACK), m.start())
               or _IN_KOREA.match(text, m.end())
               for m in _PAY_FOR_TROOPS.finditer(text))



_GIVES = re.compile(rf"\b{_TRANSFER}\b", re.I)


def transfer_words() -> str:
    """Return the pattern text (a group, no word bounds) of the words of paying, handing money over or bearing a cost
    (:data:`_TRANSFER`), for a pattern of another module to reuse (mendf48).

    >>> bool(re.fullmatch(transfer_words(), "coughed up")), bool(re.fullmatch(transfer_words(), "exported"))
    (True, False)
    """
    return _TRANSFER


def demand_words(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the first word of a demand in ``text[start:end]`` (:data:`_DEMAND`: "demanded", "seeks", "asked"),
    else None (mendf48).

    >>> demand_words("Washington sought $5 billion", 0, 28).group(), demand_words("Seoul sold cars", 0, 15)
    ('sought', None)
    """
    return _DEMAND.search(text, start, end)


def for_us_forces(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the words in ``text[start:end]`` naming the US forces in Korea as what a sum is for
    (:data:`_FOR_US_FORCES`: "for the USFK", "to keep American troops"; :data:`_ON_US_FORCES`: "spend X on the U.S.
    troops"), else None (mendf48).

    >>> bool(for_us_forces("set aside X for U.S. Forces Korea", 0, 33)), for_us_forces("for new jets", 0, 12)
    (True, None)
    """
    return _FOR_US.search(text, start, end) or _ON_US_FORCES.search(text, start, end)
_FOR_US = re.compile(_FOR_US_FORCES, re.I)
#: The US forces as what a sum is spent on ("spend X on the U.S. troops") (mendf48).
_ON_US_FORCES = re.compile(r"\bon\s++(?:the\s++)?(?:U\.S\.|US|American)\s++(?:" + TROOP_NOUNS + r")\b", re.I)
#: Korea as the one a sum comes from, named after it: "from Seoul", "from its host, South Korea".
_FROM_KOREA_HOST = re.compile(rf"\bfrom\s++(?:(?:its|their|the)\s++hosts?(?:\s++(?:country|nation|government))?"
                              rf"(?:[ \t]{{0,3}}+,)?\s++)?{KOREA_PAYER}\b", re.I)
#: The US forces as the ones who receive a sum: "USFK gets X", "the U.S. military received X".
_US_FORCES_GET = re.compile(r"\b(?:USFK|(?:U\.S\.|United\s+States)\s+Forces\s+Korea|(?:the\s+)?(?:U\.S\.|American)\s+"
                            r"(?:military|forces|troops))\s++(?:g[eo]ts|got|receiv(?:es|ed)|collect(?:s|ed))\b", re.I)
_KOREA_NAMED = re.compile(rf"\b{KOREA_PAYER}\b", re.I)


#: Around an amount, the payer's share it is: "its 1.18 trillion won share", "Seoul's $900 million contribution".
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|our))\s++(?:(?:last|first|final|annual|yearly)\s++)?$", re.I)
_SHARE_AFTER = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year)?\s++(?:share|contribution|payment|bill)\b", re.I)


def possessed_share(r: Reader, fig: Span) -> bool:
    """Return whether an amount stands between an owner and a share noun ("Seoul made the last installment of its
    1.18 trillion won share"): the owner's payment, as "its share" names it with no amount between (frames63).

    >>> [possessed_share(*figure_in(t)) for t in ("Seoul paid the last part of its 1.18 trillion won share.",
    ...                                           "Its 1.18 trillion won budget grew.")]
    [True, False]
    """
    owner = _OWNER_BEFORE.search(r.text, max(0, fig.start - win.SHARE_OWNER_BACK), fig.start)
    return fig.kind == "money" and owner is not None and _SHARE_AFTER.match(r.text, r.restated_to(fig)) is not None


#: Korea's possessive right before an amount ("Seoul's 1.1833 trillion won", "South Korea's roughly X").
_KOREA_OWNED_SUM = re.compile(r"\b" + KOREA_PAYER + r"['’]s\s++(?:" + _HEDGE + r")?$", re.I)
#: After a possessed amount, a time or a verb, no noun: the amount is the head ("Seoul's X this year is ...").
_SUM_HEAD_AFTER = re.compile(r"(?<!\s)(?:\s++(?:this|last|next|in|for)\s++(?:year\b|(?:19|20)\d\d\b)|"
                             r"\s++(?:is|was|will|would|works|comes|amounts)\b)", re.I)


def korea_pays_us_forces(r: Reader, fig: Span) -> int | None:
    """Return where a sum's word of paying, handing over or bearing a cost is, when its clause has Korea as the payer
    (named before that word with no US side between, or "from Seoul") and the US forces as what it is for or who
    gets it ("Seoul footed X of the bill for keeping American troops", "the sum Seoul handed Washington for its
    troops", "host-nation support from Seoul for the U.S. military", "USFK gets X from its host, South Korea"): the
    SMA payment, whatever the word (frames63); else None. What Seoul pays for its own forces is no such sum.

    >>> texts = ("Seoul's outlay for the U.S. military presence was $965 million.",
    ...          "Host-nation support from Seoul for the U.S. military totaled $965 million.",
    ...          "USFK gets about $965 million a year from its host, South Korea.",
    ...          "Seoul's outlay for its own forces was $40 billion.",
    ...          "The U.S. spends $13 billion on American troops in Korea, Seoul said.")
    >>> [korea_pays_us_forces(*figure_in(t)) is not None for t in texts]
    [True, True, True, False, False]
    """
    if fig.kind != "money":
        return None
    c0, c1 = r.clause(fig, strong=True)
    own = r.clause(fig)  # the figure's own phrase
    sent = _FROM_KOREA_HOST.search(r.text, c0, c1) is not None
    if sent and _US_FORCES_GET.search(r.text, *own):
        return fig.start
    if not _FOR_US.search(r.text, *own):
        return None  # the forces in the figure's own phrase: "X on its own troops, besides what it pays for U.S. ones"
    for m in _GIVES.finditer(r.text, c0, c1):
        korea = last_match(_KOREA_NAMED, r.text, c0, m.start())
        if sent or (korea and not _US_SIDE.search(r.text, korea.end(), m.start())):
            return m.start()
    return None


# --- xv59: Seoul's yearly outlay for the US troops, a loose reading (never contradicted) -------------------------
#: A sentence opening on Korea as the subject of a verb of laying out a sum, then the sum: "Seoul spent", "The
#: government in Seoul will put", "South Korea currently hands over about" (a modal or an adverb of time between, a
#: hedge after). Group ``hand``: the verb hands the sum over (a transfer to someone), not only spends it.
_OUTLAY_OPEN = re.compile(rf"(?:{KOREA_PAYER}|the[ \t]++government[ \t]++in[ \t]++Seoul)[ \t]++"
                          r"(?:(?:will|would|is[ \t]++to|currently|now|still|already)[ \t]++){0,2}"
                          r"(?:spen(?:d|ds|t|ding)|put(?:s|ting)?|pick(?:s|ed|ing)?[ \t]++up|"
                          r"(?P<hand>hand(?:s|ed|ing)?[ \t]++over))[ \t]++(?:" + _HEDGE + r")?", re.I)
#: A time of a yearly sum right after it or its target: "this year", "in 2021", "a year", "annually".
_OUTLAY_TIME = (r"(?:[ \t]++(?:(?:this|last|next|each|every|a)[ \t]++year|in[ \t]++(?:19|20)\d\d|annually)"
                r"(?![\w’']))?")
#: Right after the sum (a time between), the US troops it goes to, named as such: "on U.S. Forces Korea", "on the
#: American troops", "toward the U.S. troops", "of the cost of the U.S. forces" (group ``us``), or for a transfer
#: only, "for the troops"; never a noun of theirs ("the troops' barracks", "USFK workers": :data:`_OUTLAY_CLOSE`).
_OUTLAY_TO = re.compile(r"(?<!\s)(?P<t1>" + _OUTLAY_TIME + r")[ \t]++(?:(?P<us>on[ \t]++(?:the[ \t]++)?(?:USFK|"
                        r"(?:U\.S\.|United[ \t]++States)[ \t]++Forces[ \t]++Korea|"
                        r"(?:U\.S\.|US|American)[ \t]++(?:" + TROOP_NOUNS + r"))|"
                        r"(?:toward|towards|for)[ \t]++the[ \t]++(?:U\.S\.|US|American)[ \t]++(?:troops|forces)|"
                        r"of[ \t]++the[ \t]++costs?[ \t]++of[ \t]++the[ \t]++(?:U\.S\.|US|American)[ \t]++"
                        r"(?:troops|forces))|for[ \t]++the[ \t]++(?:troops|forces))(?![\w’'])", re.I)
#: Right after that target, at most a time or "in Korea" and the end of the clause: ".", ";", ":", ", while", ", the
#: ministry said"; never a noun, a purpose, a place or a list of what was counted ("to build ...", "along the
#: border", ", including land").
_OUTLAY_CLOSE = re.compile(r"(?<![ \t])(?P<t2>" + _OUTLAY_TIME + r")(?:[ \t]++in[ \t]++(?:South[ \t]++)?Korea)?"
                           r"[ \t]*+(?:[.;:](?!\w)|\Z|,[ \t]++(?:while\b|"
                           r"(?:[\w.'’-]++[ \t]++){0,4}(?:said|says|told)\b))", re.I)


def yearly_outlay_for_us_troops(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the yearly sum its sentence tells Korea laying out for the US troops: the sentence
    opens on Korea spending, putting, picking up or handing over the amount (:data:`_OUTLAY_OPEN`), the US troops
    right after it as what it goes to (or "the troops" after a transfer), a time of a year told and nothing after but
    the clause's end ("Seoul spent X on the American troops in 2019", "South Korea hands over X a year for the
    troops"): the SMA payment in other words, but also how a writer tells a larger total (land, tax breaks), so the
    caller reads it loosely: right when it matches the payment, never called false (xv59; verd50b's certain reading
    was removed after review50b2). What a province, a city, Japan or Korea's army spends, a one-off sum with no year,
    or Korea's own "troops" it spends on are no such sum.

    >>> texts = ("The talks went on. Seoul spent 1.2 trillion won on U.S. Forces Korea last year.",
    ...          "The talks went on. Korea hands over 1.2 trillion won a year for the troops.",
    ...          "The talks went on. Korea spends 1.2 trillion won a year for the troops.",
    ...          "The talks went on. Korea's army will hand over 3 trillion won for the troops next year.",
    ...          "The talks went on. Seoul put 8.9 trillion won toward the U.S. forces.",
    ...          "The talks went on. Seoul spent 2 trillion won on USFK workers in 2021.",
    ...          "The talks went on. Seoul spent 1.2 trillion won on the U.S. troops' barracks in 2021.")
    >>> [yearly_outlay_for_us_troops(*figure_in(t)) for t in texts]
    [True, True, False, False, False, False, False]
    """
    if fig.kind != "money" or fig.value.get("per") not in (None, "year"):
        return False
    s0, _ = r.sentence_of(fig)
    opened = r.opens(_OUTLAY_OPEN, s0, fig.start)
    to = _OUTLAY_TO.match(r.text, r.restated_to(fig)) if opened else None
    if to is None or (to["us"] is None and opened["hand"] is None):
        return False
    close = _OUTLAY_CLOSE.match(r.text, to.end())
    if close is None:
        return False
    return fig.value.get("per") == "year" or bool(to["t1"] or close["t2"])  # a one-off sum, no year: no payment


# --- verd50b: the whole payment told with its uses ----------------------------------------------------------------
#: Right after an amount, Korea paying it in a relative clause and nothing of its own after the verb but a time:
#: "the X Seoul pays this year", "the X South Korea paid in 2022" (then a verb, a comma or the end).
_KOREA_PAID_REL = re.compile(r"(?<!\s)[ \t]++(?:that[ \t]++)?" + KOREA_PAYER + r"[ \t]++(?:pays|paid)"
                             r"(?:[ \t]++(?:(?:this|last|next)[ \t]++year|in[ \t]++(?:19|20)\d\d|a[ \t]++year))?"
                             r"(?=[ \t]*+[.,;:)]|[ \t]++(?:went|goes|go|is|was|are|were|covers?|covered|pays?|paid|"
                             r"funds?|funded)\b)", re.I)
#: Right before an amount, Korea's payment as the subject of "is": "Seoul's contribution this year is X".
_KOREA_PAYMENT_IS = re.compile(r"\b" + KOREA_PAYER + r"['’]s[ \t]++(?:(?:annual|yearly|cost-sharing)[ \t]++)?"
                               r"(?:contribution|payment)(?:[ \t]++(?:(?:this|last)[ \t]++year|(?:in|for)[ \t]++"
                               r"(?:19|20)\d\d))?[ \t]++(?:is|was|will[ \t]++be)[ \t]++(?:" + _HEDGE + r")?$", re.I)
#: Right after such an amount, an appositive of its uses: ", money spent on ...", ", most of it going to ...".
_USES_AFTER = re.compile(r"(?<!\s)[ \t]*+,[ \t]++(?:(?:most|much|all|part|some)[ \t]++of[ \t]++it[ \t]++|money[ \t]++)"
                         r"(?:spent|used|going|went|paid)[ \t]++(?:on|for|to)\b", re.I)

#: In the clause of such an amount, what its other reading must be about for the payment to win (mend50b): the base
#: workers ("base", "USFK", "Korean" or "civilian" workers, staff or employees; not any "workers" or "wages":
#: mend50b2), or the amount as the pot a part comes out of.
_WORKERS_OR_PART = re.compile(r"\b(?:(?:base|USFK|Korean|civilian)[ \t]++(?:workers?|staff|employees?)|"
                              r"(?:comes?|came)[ \t]++out[ \t]++of|drawn[ \t]++from|"
                              r"(?:most|much|part)[ \t]++of[ \t]++it)\b",
                              re.I)
#: In that clause, a cue of another quantity that keeps the other reading (mend50b): arms, the defence budget, support,
#: land or taxes, a relocation or a named project's construction ("Camp X construction", "construction of"), Korea's
#: own soldiers, troops, military or army (mend50b2: "Soldiers' wages are drawn from the X Seoul pays"); not
#: construction listed among the uses ("labor, construction and logistics").
_NOT_PAYMENT_USE = re.compile(r"\b(?:weapons?|arms|jets?|purchases?|defen[cs]e[ \t]++(?:budget|spending)|"
                              r"support|land|tax(?:es)?|tax[ \t]++(?:breaks?|exemptions?)|"
                              r"relocat(?:e|ed|ing|ion)|move|moving|build(?:s|ing)?|built|construction[ \t]++of|"
                              r"(?-i:[A-Z])\w*+[ \t]++construction|"
                              r"soldiers?|troops?|military|army|armies|"
                              r"on[ \t]++top[ \t]++of)\b", re.I)


def rate_or_part_subject(r: Reader, fig: Span) -> bool:
    """Return whether the amount's own subject and verb, right before it in its clause, are one of the people a sum is
    counted over or a part of the payment (:data:`_RATE_OR_PART_SUBJECT`), or one of the people is named right after it
    (:data:`_RATE_PER_HEAD`): a rate or a part (verd55, mend55v).

    >>> [rate_or_part_subject(*figure_in(t)) for t in ("Every family in Daegu pays about 30,000 won for the troops.",
    ...     "The logistics portion of the contribution fell 4 percent.",
    ...     "Every voter helps fund Seoul's payment of 1.2 trillion won.",
    ...     "Seoul's payment of 1.2 trillion won is a load each household carries.")]
    [True, True, False, False]
    """
    if _RATE_PER_HEAD.match(r.text, r.restated_to(fig)):
        return True  # "X a soldier", "X for each of the troops": a rate told after the amount
    c0, _ = r.clause(fig, strong=True)
    return _RATE_OR_PART_SUBJECT.search(r.text, max(c0, fig.start - win.RATE_SUBJECT_BEFORE), fig.start) is not None


def whole_payment_told(r: Reader, fig: Span) -> bool:
    """Return whether an amount is Korea's whole payment by its own words — "the X Seoul pays this year" with nothing
    of the verb's own after it, or "Seoul's contribution this year is X, money spent on ..." — so that the uses told
    around it ("Korean base workers' wages come out of the X Seoul pays") do not make it their own quantity (verd50b);
    "the X Seoul pays Korean workers" is a part (:func:`part_relative`), "Per capita, Seoul's payment is X" a rate.

    >>> [whole_payment_told(*figure_in(t)) for t in ("Wages come out of the 1.1 trillion won Seoul pays this year.",
    ...     "Seoul's contribution this year is 1.2 trillion won, money spent on base workers.",
    ...     "The 500 billion won Seoul pays Korean workers is a part.", "Per capita, Seoul's payment is 20 dollars.",
    ...     "Arms purchases come out of the 50 trillion won Seoul pays this year.",
    ...     "Soldiers' wages are drawn from the 54.6 trillion won Seoul pays this year.",
    ...     "Workers' wages at City Hall are in the 1.1 trillion won Seoul pays this year.")]
    [True, True, False, False, False, False, False]
    """
    c0, c1 = r.clause(fig, strong=True)
    if fig.kind != "money" or fig.value.get("per") or _PART_CUE.search(r.text, c0, c1) or rate_or_part_subject(r, fig):
        return False  # "Per capita, Seoul's payment is X, money spent on ...": a rate
    if not _WORKERS_OR_PART.search(r.text, c0, c1) or _NOT_PAYMENT_USE.search(r.text, c0, c1):
        return False  # mend50b: "Weapons purchases come out of the X Seoul pays": keep the other reading
    end = r.restated_to(fig)
    uses = _USES_AFTER.match(r.text, end) is not None
    return _KOREA_PAID_REL.match(r.text, end) is not None or (uses and _KOREA_PAYMENT_IS.search(r.text, c0, fig.start)
                                                              is not None)


# --- verd50b: years listed in the subject, paired in order with the amounts ---------------------------------------
#: Right before a list of amounts, Korea's own payment noun with its years listed and a verb of being: "Seoul's
#: payments in 2021 and 2022 were", "South Korea's contributions for 2019, 2020 and 2021 stood at" (two to four
#: years); no modifier of the noun ("Seoul's weapons payments", "relocation payments": mend50b).
_SUBJECT_YEARS = re.compile(r"(?<![Ff]orces[ \t])\b" + KOREA_PAYER + r"['’]s[ \t]++"
                            r"(?:(?:annual|yearly|cost-sharing)[ \t]++)?"
                            r"(?:payments|contributions)[ \t]++(?:in|for)[ \t]++((?:(?:19|20)\d\d,[ \t]++)"
                            r"{0,2}(?:19|20)\d\d,?[ \t]++and[ \t]++(?:19|20)\d\d)[ \t]++(?:were|are|stood[ \t]++at|"
                            r"came[ \t]++to|totall?ed)[ \t]++(?:" + _HEDGE + r")?$", re.I)


#: Words that set a figure in the writer's present, whatever the sentence before was about.
_NOW = re.compile(r"\b(?:now|currently|presently|at\s+present|today|these\s+days)\b", re.I)


def said_now(r: Reader, fig: Span) -> bool:
    """Return whether the figure's clause says "now" (or "currently") before it, with no conjunction between: what
    someone "now seeks" is a demand of the present, not one of years before; in "Seoul now pays X and Trump demanded
    five times that" the "now" dates the payment.

    >>> r = Reader(annotate_text("Seoul pays 1 trillion won, and Washington now seeks five times that."))
    >>> said_now(r, r.spans_in(0, len(r.text), "multiplier")[0]), said_now(r, r.figures_in(0, len(r.text))[0])
    (True, False)
    >>> r = Reader(annotate_text("Seoul now pays 1 trillion won and Trump demanded five times that."))
    >>> said_now(r, r.spans_in(0, len(r.text), "multiplier")[0])
    False
    """
    now = last_match(_NOW, r.text, r.clause(fig, strong=True).start, fig.start)
    return now is not None and not _CONJUNCTION.search(r.text, now.end(), fig.start)  # "X now pays ... and Y asks"


def present_own(r: Reader, fig: Span) -> bool:
    """Return whether the stretch of the figure's sentence that is its own — from the figure before it (or the
    sentence's start) to the figure after it (or the sentence's end) — says "now", "today" or "currently": the figure
    is of the writer's present, and a year of another figure's phrase is no reading of it ("Seoul paid X in 2021,
    and it pays Y today": Y is not 2021's) (years47).

    >>> texts = ("Seoul paid 1.18 trillion won in 2021, and it pays 1.2 trillion won today.",
    ...          "Seoul now pays 1.4 trillion won, up from 1.18 trillion won in 2021.")
    >>> [[present_own(r, f) for f in r.figures_in(0, len(r.text))] for r in map(Reader, map(annotate_text, texts))]
    [[False, True], [True, False]]
    """
    return _NOW.search(r.text, *own_stretch(r, fig)) is not None


def own_stretch(r: Reader, fig: Span) -> tuple[int, int]:
    """Return the bounds of the stretch of the figure's sentence that is its own: from the end of the figure before it
    (or the sentence's start) to the start of the figure after it (or the sentence's end), within ``WINDOW``.

    >>> r = Reader(annotate_text("Seoul paid 1 trillion won in 2019, and it pays 1.4 trillion won today."))
    >>> [r.text[slice(*own_stretch(r, f))] for f in r.figures_in(0, len(r.text))]
    ['Seoul paid 1 trillion won in 2019, and it pays ', ' in 2019, and it pays 1.4 trillion won today.']
    """
    s, e = r.near(fig)
    before = [f.end for f in r.figures_in(s, fig.start) if f.end <= fig.start]
    after = [f.start for f in r.figures_in(fig.end, e) if f.start >= r.restated_to(fig)]
    return before[-1] if before else s, after[0] if after else e


def with_sentence_before(r: Reader, fig: Span) -> tuple[int, int]:
    """Return the bounds of the figure's sentence (cut to ``WINDOW`` either side) widened to the sentence before it
    when that one is in the same paragraph: where a figure told as "now" finds the earlier time it is set against
    ("Seoul paid X in 2019. It now pays Y.") (years47).

    >>> r = Reader(annotate_text("Seoul paid 1 trillion won in 2019. It now pays 1.2 trillion won."))
    >>> r.text[slice(*with_sentence_before(r, r.figures_in(0, len(r.text))[1]))]
    'Seoul paid 1 trillion won in 2019. It now pays 1.2 trillion won.'
    """
    s, e = r.near(fig)
    before = sentence_before(r, fig)
    return (s, e) if before is None else (max(before.start, r.sentence_of(fig).start - WINDOW), e)


def sentence_before(r: Reader, fig: Span) -> Bounds | None:
    """Return the bounds of the sentence right before the figure's own when both are in one paragraph of the body
    (no line break between them); else None. Read whole: callers that scan it per figure cut it themselves.

    >>> r = Reader(annotate_text("T\\n\\nSeoul paid 1 trillion won in 2019. It pays $1.2 billion.\\n\\nIt paid $1."))
    >>> [b and r.text[slice(*b)] for b in (sentence_before(r, f) for f in r.figures_in(0, len(r.text)))]
    [None, 'Seoul paid 1 trillion won in 2019.', None]
    """
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 2
    if i < 0 or s0 < r.title_end or "\n" in r.text[r.sentences[i].end:s0]:
        return None
    return Bounds(r.sentences[i].start, r.sentences[i].end)


def period_before(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the period of several whole years the sentence before the figure's sets, in the same paragraph, when
    the figure's own sentence names no date nor the present ("now", "currently") and the period is over before the
    publication year: the figure's sentence may go on with it ("From 2016 through 2019, ... It also provided X", a
    sum over those years); else ().

    >>> text = "From 2015 to 2018 US costs were $9 billion. Seoul also paid $4 billion."
    >>> r = Reader(annotate_text(text, "2022-06-01"))
    >>> period_before(r, r.figures_in(0, len(r.text))[1])
    (2015, 2016, 2017, 2018)
    >>> r = Reader(annotate_text("From 2015 to 2018 the US spent $9 billion. Seoul now pays $1 billion.", "2022-06-01"))
    >>> period_before(r, r.figures_in(0, len(r.text))[1])
    ()
    """
    s0, _ = r.sentence_of(fig)
    i = bisect.bisect_right(r.sent_starts, s0) - 1
    if i < 1 or s0 < r.title_end or r.spans_in(*r.near(fig), "date"):
        return ()
    if _NOW.search(r.text, *r.clause(fig, strong=True)):
        return ()
    before = r.sentences[i - 1]
    if "\n" in r.text[before.end:s0]:
        return ()
    periods = [date_years(d) for d in r.spans_in(max(before.start, s0 - WINDOW), before.end, "date")
               if len(date_years(d)) > 1]
    return periods[-1] if periods and periods[-1][-1] < r.published.year else ()


_SINCE = re.compile(r"\bsince\s*$", re.I)
#: A clause of consequence or prospect after a figure: its dates are of what follows ("X, which means the formula
#: could return next year"), not of the figure; so is a comment on it ("X, marking the largest rise since the pact
#: began in 1991", fresh80v).
_CONSEQUENCE = re.compile(r",\s*(?:which\s+(?:means|meant|could|would|may|might|will)|meaning|marking|so\s+that)\b",
                          re.I)


def since_start(r: Reader, fig: Span) -> Span | None:
    """Return the date after "since" in the figure's sentence when the figure is the start of a change from then
    ("Since 1991, its share has grown from X to Y": X is 1991's), else None.

    >>> r = Reader(annotate_text("Since 1991 its share has grown from 107 billion won to 1 trillion won."))
    >>> [getattr(since_start(r, m), "exact", None) for m in r.spans_in(0, len(r.text), "money")]
    ['1991', None]
    """
    if not _FROM_BEFORE.search(r.text, max(0, fig.start - 12), fig.start):
        return None
    s0, _ = r.local(fig)
    dates = [d for d in r.spans_in(s0, fig.start, "date") if _SINCE.search(r.text, max(0, d.start - 8), d.start)]
    if not dates or r.figures_in(dates[-1].end, fig.start):
        return None
    return dates[-1]


#: Before a date that opens its sentence: at most a preposition of time ("During", "In", "Throughout").
_FRONTED_LEAD = re.compile(r"[^\w\n]*(?:(?:in|during|for|throughout|over|under|by|at|back\s+in|back)\s+)?"
                           r"(?:the\s+(?:(?:fiscal|calendar|budget)\s+)?year\s+)?", re.I)  # "For the year 2014,"
_FRONTED_END = re.compile(r"(?<!\s)\s*,")
_FRONTED_BETWEEN = re.compile(r"[^\w\n]{0,3}between\s++", re.I)
#: How far before a date a semicolon is looked for that opens the clause the date fronts ("; in the fiscal year 2019,"),
#: and before a figure for the semicolon of a clause of a date and the figure only ("; the year before, X"; cfix37).
SEMI_LEAD_BACK = 60


def year_before(d: Span) -> bool:
    """Return whether a date is "the year before" another ("the previous year", "a year earlier"): counted back one
    year from the year of the figure it is a base of, so that figure is of the next year (claims26).

    >>> year_before(Span("d", "date", 0, 15, "the year before", {})), year_before(Span("d", "date", 0, 4, "2021", {}))
    (True, False)
    """
    return bool(_PREVIOUS_YEAR.fullmatch(d.exact))


#: A clause coordinated after another: ", but", ", and", ", while", ", whereas", ", yet" right before it.
_COORDINATED = re.compile(r",[ \t]*+(?:but|and|while|whereas|yet)[ \t]*+$", re.I)
#: A verb of the past in a clause: a regular past or a common irregular one.
_PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|paid|sought|made|gave|set|put|said|told|spent|got|took|rose|fell|began|"
                        r"agreed|kept|held|went|came|won|lost|left|thought|meant|brought|bought)\b")
#: A coordinated clause that moves on from the opener's time: "later", "afterwards", "after ...", "under the next
#: deal", "the 11th agreement raised it" (review43): its figure is of another period than the opener's.
_MOVED_ON = re.compile(r"\b(?:later|subsequently|eventually|afterwards?|thereafter|after|(?:next|following|new|"
                       rf"subsequent|{_ORDINAL}){_AGREEMENT_NOUN})\b", re.I)


def opener_reaches(r: Reader, fig: Span) -> Span | None:
    """Return the date opening the figure's sentence ("Back in 2019, Seoul offered X, but Trump wanted Y") when the
    figure's clause is coordinated after the one it opens (", but", ", and", ", while"), tells of the past and names
    no time of its own: the opener fixes the period of both (claims43, review40 finding 12); else None.

    >>> r = Reader(annotate_text("Back in 2019, Seoul offered 1 trillion won, but Trump wanted $5 billion."))
    >>> opener_reaches(r, r.figures_in(0, len(r.text))[-1]).exact
    'in 2019'
    >>> r = Reader(annotate_text("Back in 2019, Seoul offered 1 trillion won, but Trump now wants $5 billion."))
    >>> opener_reaches(r, r.figures_in(0, len(r.text))[-1]) is None
    True
    >>> r = Reader(annotate_text("In 2019, Seoul paid 1 trillion won, but its payment later rose to 1.2 trillion won."))
    >>> opener_reaches(r, r.figures_in(0, len(r.text))[-1]) is None
    True
    """
    c0, c1 = r.clause(fig, strong=True)
    head = r.text[c0:fig.start]
    if not _PAST_VERB.search(head) or _NOW.search(head) or r.spans_in(c0, fig.start, "date") \
            or _MOVED_ON.search(r.text, c0, c1):
        return None
    return _coordinated_opener(r, fig)


def quote_opener(r: Reader, fig: Span) -> Span | None:
    """Return the date within one year opening the sentence of a figure inside a quotation that names no date of its
    own ("In early 2019, Trump called for allies to pay 'cost plus 50 percent'"): the time the words were said is the
    time of the figure, which a date outside the quote does not bind otherwise (years47, from the forty-fifth batch);
    else None.

    >>> r = Reader(annotate_text('In early 2019, Trump said Seoul should pay "$10 billion a year."', "2025-07-10"))
    >>> quote_opener(r, r.figures_in(0, len(r.text))[0]).exact
    'early 2019'
    >>> r = Reader(annotate_text('"We paid $923 million," an official said in 2021.', "2025-07-10"))
    >>> quote_opener(r, r.figures_in(0, len(r.text))[0]) is None
    True
    """
    quote = r.quote_of(fig)
    if quote is None or r.spans_in(quote.start, quote.end, "date"):
        return None
    s, _ = r.local(fig)
    first = next(iter(r.spans_in(s, quote.start, "date")), None)
    return first if first is not None and len(date_years(first, False)) == 1 and fronted_date(r, first) else None


def _coordinated_opener(r: Reader, fig: Span) -> Span | None:
    """Return the date opening the figure's sentence when the figure's clause is coordinated after the one it opens
    (", but", ", and"), else None."""
    s, _ = r.local(fig)
    c0, _ = r.clause(fig, strong=True)
    if c0 <= s or not _COORDINATED.search(r.text, max(s, c0 - 12), c0):
        return None
    first = next(iter(r.spans_in(s, c0, "date")), None)
    return first if first is not None and date_years(first) and fronted_date(r, first) else None


def moved_on_from(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the years of the date opening the figure's sentence when the figure's coordinated clause moves on from
    them ("In 2025, Seoul paid X, but the new deal raised its payment to Y": Y is of a later time than 2025), else
    (): the figure is of none of those years (fix44c).

    >>> r = Reader(annotate_text("In 2025, it paid 1.4 trillion won, but the new deal raised it to 1.5 trillion won."))
    >>> [moved_on_from(r, f) for f in r.figures_in(0, len(r.text))]
    [(), (2025,)]
    """
    c0, c1 = r.clause(fig, strong=True)
    if not _MOVED_ON.search(r.text, c0, c1):
        return ()
    first = _coordinated_opener(r, fig)
    return tuple(date_years(first)) if first is not None else ()


def fronted_date(r: Reader, d: Span) -> bool:
    """Return whether a date opens its sentence, set off by a comma ("During his first term, Trump demanded X"):
    such an adverbial fixes the period of the whole clause after it, as a date in the figure's own phrase does.

    >>> texts = ("During his first term, Trump demanded $10 billion from Seoul.",
    ...          "Trump, who spoke in 2019, demanded $10 billion from Seoul.",
    ...          "For the year 2014, Seoul's share was 920 billion won.",  # claims26
    ...          "Between 2014 and 2016, Seoul paid 930 billion won a year.",  # claims26
    ...          "It paid more; in 2019, Seoul paid 1 trillion won.")  # cfix37: a clause after a semicolon
    >>> readers = [Reader(annotate_text(t, "2024-11-06")) for t in texts]
    >>> [fronted_date(r, r.spans_in(0, len(r.text), "date")[0]) for r in readers]
    [True, False, True, True, True]
    """
    s, _ = r.local(d)
    before = r.spans_in(s, d.start, "date")
    if len(before) == 1 and _AND_YEAR.fullmatch(r.text, before[0].end, d.start):  # the second year of the pair
        d = before[0]
    if _FRONTED_BETWEEN.fullmatch(r.text, s, d.start):  # claims26: "Between 2014 and 2016, ..."
        pair = [x for x in r.spans_in(d.end, d.end + win.SERIES_YEAR_NEXT, "date")
                if _AND_YEAR.fullmatch(r.text, d.end, x.start)]
        return bool(pair) and bool(_FRONTED_END.match(r.text, pair[0].end))
    semi = r.text.rfind(";", max(s, d.start - SEMI_LEAD_BACK), d.start) + 1  # cfix37: "It paid X; the year before,
    lead = _FRONTED_LEAD.fullmatch(r.text, semi or s, d.start)  # Y": the date opens the clause after ";"
    return bool(lead) and bool(_FRONTED_END.match(r.text, d.end))


def that_fronted(r: Reader, d: Span) -> bool:
    """Return whether a date opens a that-clause, set off by a comma ("Trump said that during his first term, he
    demanded X"): it fixes the period of the clause after it as a date opening the sentence does (b52v: the ask was
    judged against the asks of 2024-2025).

    >>> texts = ("Trump said that during his first term, he demanded $10 billion.",
    ...          "Trump recalled that, in 2019, he asked for $10 billion.",
    ...          "Trump said that he demanded $10 billion during his first term, not less.",
    ...          "The deal that in 2019 set the sum ended.")
    >>> readers = [Reader(annotate_text(t, "2025-07-10")) for t in texts]
    >>> [that_fronted(r, r.spans_in(0, len(r.text), "date")[0]) for r in readers]
    [True, True, False, False]
    """
    s, _ = r.local(d)
    i = r.text.rfind("that", s, d.start)
    if i < 0 or (i > 0 and r.text[i - 1].isalnum()):
        return False
    return bool(_FRONTED_LEAD.fullmatch(r.text, i + 4, d.start)) and bool(_FRONTED_END.match(r.text, d.end))


def head_of_relative(r: Reader, fig: Span) -> int | None:
    """Return where the phrase starts whose noun a relative clause restates the amount of ("the share in 2019, which
    stood at X"), when the figure is that clause's predicate; else None.

    >>> r = Reader(annotate_text("It rose from the share in 2019, which stood at 1.04 trillion won."))
    >>> r.text[head_of_relative(r, r.figures_in(0, len(r.text))[0]):].split(",")[0]
    'It rose from the share in 2019'
    """
    s, _ = r.local(fig)
    m = last_match(_RELATIVE_IS, r.text, max(s, fig.start - win.RELATIVE_IS_BACK), fig.start)
    if m is None or m.end() != fig.start:
        return None
    return max([s, *(w.end() for w in _WEAK.finditer(r.text, s, m.start()))])


#: An agreement no longer in force named right before its amount: "the previous agreement of", "the last deal's".
_PREVIOUS_DEAL = re.compile(r"\b(?:previous|prior|last|old|expired|former)\s+(?:(?:cost-?sharing|SMA)\s+)?"
                            r"(?:agreement|deal|accord|pact|SMA)(?:\s+of|['’]s)\s+(?:" + _HEDGE + r")?$",
                            re.I)


def previous_deal(r: Reader, fig: Span) -> bool:
    """Return whether an amount with no date of its own is named as the sum of the agreement before the one being
    negotiated ("more than the previous agreement of $920 million"): it is of the year before publication, a year
    inferred, not stated (so never enough to contradict).

    >>> from analysis.frames import bind_years
    >>> r = Reader(annotate_text("He wants 400 percent more than the previous agreement of $920 million.",
    ...                          "2020-06-22"))
    >>> fig = r.figures_in(0, len(r.text))[1]
    >>> previous_deal(r, fig), bind_years(r, fig)
    (True, ((2019,), 'clause'))
    """
    return fig.kind == "money" and bool(_PREVIOUS_DEAL.search(r.text, max(0, fig.start - win.PREVIOUS_DEAL_BACK),
                                                              fig.start))


def changed_from(r: Reader, fig: Span, d: Span) -> bool:
    """Return whether a date after an amount is the base of a percent change between them ("a $925 million deal, an
    8.2 percent increase from 2018"), or a date before it the base of a percent change before it that brings a sum
    to the amount ("the increase of 13% from last year would bring the share to X", fresh78v): the amount is of the
    year after it.

    >>> r = Reader(annotate_text("They settled on $925 million, an 8.2 percent increase from 2018."))
    >>> changed_from(r, r.figures_in(0, len(r.text))[0], r.spans_in(0, len(r.text), "date")[0])
    True
    >>> r = Reader(annotate_text("A 13% rise from 2019 would bring Seoul's share to 1.17 trillion won."))
    >>> changed_from(r, r.figures_in(0, len(r.text))[1], r.spans_in(0, len(r.text), "date")[0])
    True
    >>> r = Reader(annotate_text("Its share rose 13% from 2019, when it paid 1.04 trillion won."))
    >>> changed_from(r, r.figures_in(0, len(r.text))[1], r.spans_in(0, len(r.text), "date")[0])
    False
    """
    if fig.kind != "money" or not date_years(d):
        return False
    if d.start >= fig.end:
        return any(base_date(r, p) == d for p in r.spans_in(fig.end, d.start, "percent"))
    p0, _ = r.clause(fig)
    return d.end <= fig.start and not r.figures_in(d.end, fig.start) and _TO_LEVEL.search(
        r.text, max(d.end, fig.start - win.BASE_FROM_BACK), fig.start) is not None and any(
        base_date(r, p) == d for p in r.spans_in(p0, d.start, "percent"))


#: Right before an amount a change brings a sum to: "to", "up to", "to about".
_TO_LEVEL = re.compile(r"\bto\s++(?:" + _HEDGE + r")?$", re.I)


def deal_base(r: Reader, fig: Span, d: Span) -> bool:
    """Return whether a date after an amount names the deal a percent change between them is counted from ("X,
    marking a 13.9 percent increase from the 2019 agreement"): a deal's term may span years, so the date fixes
    neither the amount's year nor the one after it.

    >>> r = Reader(annotate_text("In 2021 it agreed to $1 billion, a 13.9 percent increase from the 2019 deal."))
    >>> [deal_base(r, r.figures_in(0, len(r.text))[0], d) for d in r.spans_in(0, len(r.text), "date")]
    [False, True]
    """
    return changed_from(r, fig, d) and names_deal(r, d)


#: A copula right before a percent: the state of a dated sum ("That was 5.8 percent more than the X paid in 2013").
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|stood|stands)\s++(?:" + _HEDGE + r")?$", re.I)
#: The comparative a percent's span may end with, before the amount it is counted from ("5.8 percent above the X").
_SPAN_COMPARATIVES = frozenset(("above", "below", "more", "less", "higher", "lower"))


#: Right after an amount, its year set off by a comma: ", for 2005", ", in 2005".
_COMMA_YEAR = re.compile(r",[ \t]*+(?:for|in)[ \t]++(?:19|20)\d\d\b(?![-–/])")


def comma_dated(r: Reader, amount: Span) -> bool:
    """Return whether an amount a change reached is dated right after it, behind a comma ("cut it by 8.9 percent, to
    680.4 billion won, for 2005": the year is the amount's, so the change's; cfix41, probec41 029).

    >>> [comma_dated(*figure_in(t)) for t in ("It fell to 680.4 billion won, for 2005.", "It fell to $1 bn, for now.")]
    [True, False]
    """
    return _COMMA_YEAR.match(r.text, r.restated_to(amount)) is not None


#: Between an amount that is a sentence's subject and the percent it is: "X is (about)", "X, was".
_SUBJECT_COPULA = re.compile(r"(?<!\s),?+\s++(?:is|was|will\s++be|would\s++be)\s++(?:" + _HEDGE + r")?", re.I)


#: A word saying a rate is an average ("averaging 6.2 percent", "an average of", "on average").
#: Words saying a rate is an average over a term (frames and rules read it).
AVERAGE_WORD = re.compile(r"\baverag\w*|\bon\s+average\b", re.I)


def range_average_years(r: Reader, fig: Span, base: Span, years: tuple[int, ...]) -> tuple[int, ...]:
    """Return the years of a range an average rate sums up ("from A in 2020 to B by 2025, averaging a 6.2 percent
    annual increase": 2020-2025), when the rate's phrase says "average" and the amount it follows is a range's end
    whose start is dated; else ``years`` unchanged (claims23).

    >>> r = Reader(annotate_text("It grew from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, averaging 6.2%."))
    >>> f = r.figures_in(0, len(r.text))
    >>> range_average_years(r, f[-1], f[1], (2025,))
    (2020, 2021, 2022, 2023, 2024, 2025)
    >>> r = Reader(annotate_text("It grew from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, up 6.2%."))
    >>> f = r.figures_in(0, len(r.text))
    >>> range_average_years(r, f[-1], f[1], (2025,))
    (2025,)
    """
    s, e = r.local(fig)
    if len(years) != 1 or not AVERAGE_WORD.search(r.text, s, e):
        return years
    starts = [d for d in r.spans_in(max(0, base.start - win.RANGE_START_BACK), base.start, "date")
              if d.end <= base.start and len(date_years(d)) == 1 and start_of_change(r, d, base)]
    if not starts or not date_years(starts[-1])[0] < years[0] <= date_years(starts[-1])[0] + _SPAN_YEARS:
        return years
    return tuple(range(date_years(starts[-1])[0], years[0] + 1))


#: Between a percent and a year of its own noun phrase: "8.2 percent growth in 2019", "a 5 percent rise for 2022".
_OWN_YEAR_GAP = re.compile(r"[ \t]{1,3}+(?:(?:growth|" + RISE_NOUNS + r"|jump|gain|raise)[ \t]{1,3}+)?"
                           r"(?P<prep>(?:in|for|during)[ \t]{1,3}+)?", re.I)
_OWN_YEAR_PREP = re.compile(r"(?:in|for|during)\b", re.I)


def own_year_after(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the years of a date right after a percent in its own noun phrase ("after 8.2 percent growth in 2019":
    2019), else () (review18).

    >>> r = Reader(annotate_text("It rose to 1.18 trillion won this year, after 8.2 percent growth in 2019."))
    >>> own_year_after(r, r.spans_in(0, len(r.text), "percent")[0])
    (2019,)
    >>> r = Reader(annotate_text("It is 1.3 trillion won in 2027, up 5.4 percent, the rate of this year's budget."))
    >>> own_year_after(r, r.spans_in(0, len(r.text), "percent")[0])
    ()
    >>> r = Reader(annotate_text("It will be 1.3 trillion won in 2027, up 5.4 percent this year's budget growth rate."))
    >>> own_year_after(r, r.spans_in(0, len(r.text), "percent")[0])
    ()
    """
    after = [d for d in r.spans_in(fig.end, min(len(r.text), fig.end + win.OWN_YEAR_AFTER), "date")
             if d.start >= fig.end]
    gap = _OWN_YEAR_GAP.fullmatch(r.text, fig.end, after[0].start) if after else None
    if gap is None or not (gap["prep"] or _OWN_YEAR_PREP.match(after[0].exact)):
        return ()  # "5.4% this year's defense growth rate": a year of another noun, not the change's
    return date_years(after[0])


#: Between two years of one series: "in 2019 and 2020", "2019, 2020".
_DATE_SERIES_GAP = re.compile(r"(?<!\s)(?:,\s*(?:and\s+)?|\s+and\s+)")
#: A date after a bare comma that opens with an article ("2018, the year before ...", "2018, a year after ..."): an
#: appositive of the year before the comma, not the next year of a list (a list's next member is a year: "2018, 2019").
_APPOSED_DATE = re.compile(r",[ \t]{0,3}(?:the|a|an)[ \t]", re.I)


def last_of_series(r: Reader, d: Span) -> Span:
    """Return the last year of the series a year opens ("2019 and 2020": 2020), or the year itself.

    >>> r = Reader(annotate_text("It rose 13.9 percent from its payment in 2019 and 2020."))
    >>> last_of_series(r, r.spans_in(0, len(r.text), "date")[0]).exact
    '2020'

    A noun phrase set after a bare comma ("in 2018, the year before the tenth deal", "2018, a year after ...") is in
    apposition to the year before it, the same year told again, not the next member of a list (contra60):

    >>> r = Reader(annotate_text("Seoul paid X in 2018, the year before the tenth deal raised it."))
    >>> last_of_series(r, r.spans_in(0, len(r.text), "date")[0]).exact
    'in 2018'
    """
    while True:
        after = [x for x in r.spans_in(d.end, d.end + win.SERIES_YEAR_NEXT, "date")
                 if x.start >= d.end and date_years(x)]
        if not after or not _DATE_SERIES_GAP.fullmatch(r.text, d.end, after[0].start) \
                or _APPOSED_DATE.match(r.text, d.end, after[0].end):
            return d
        d = after[0]


def base_date(r: Reader, fig: Span) -> Span | None:
    """Return the date a percent change is counted from ("up 8 percent from 2025"), in its own phrase.

    >>> r = Reader(annotate_text("It will reach 1.6 trillion won, a 7 percent increase from 2026."))
    >>> base_date(r, r.figures_in(0, len(r.text))[1]).exact
    '2026'
    """
    p0, p1 = r.clause(fig)
    for d in r.spans_in(fig.end, p1, "date"):
        lead = r.text[max(p0, d.start - win.BASE_FROM_BACK):d.start]
        counted = _FROM_YEAR.search(lead) or d.exact.lower().startswith(("from ", "over "))
        if date_years(d) and counted and d.value.get("form") != "range" and not r.figures_in(fig.end, d.start):
            return d
    return None


def subject_aside(r: Reader, c0: int, amount: Span) -> bool:
    """Return whether an amount is inside a relative aside on the subject that opens its clause at ``c0`` ("Trump, who
    last year demanded X, now wants ..."): at most :data:`_ASIDE_SUBJECT_WORDS` words before the aside's comma.

    >>> t = "Trump, who last year demanded $5 billion, now wants Seoul to pay 50 percent more."
    >>> subject_aside(Reader(annotate_text(t)), 3, figure_in(t)[1])
    True
    """
    comma = r.text.rfind(",", max(c0, amount.start - win.AMOUNT_ASIDE_BACK), amount.start)
    aside = r.text[comma + 1:amount.start]
    if comma < 0 or not _RELATIVE_ASIDE.match(aside.lstrip()) or any(c in ";:." or c.isdigit() for c in aside):
        return False
    return len(r.text[c0:comma].split()) <= _ASIDE_SUBJECT_WORDS


#: A relative clause opened after a comma and not closed before an amount ("Trump, who last year demanded X, now
#: wants ..."): the amount is the aside's, not what a percent after the aside modifies.
_RELATIVE_ASIDE = re.compile(r"(?:who|which|whose)\b", re.I)
#: How many words a subject an aside is on may have ("Trump", "The US president").
_ASIDE_SUBJECT_WORDS = 4


def _figures_between(r: Reader, fig: Span, lo: int, hi: int) -> list[Span]:
    """Return the other figures of the figure's kind inside [lo, hi), in text order: what ``[f for f in
    r.figures_in(lo, hi) if f.id != fig.id and f.kind == fig.kind]`` finds, read off the kind's own index between the
    two bounds, not off a list of every figure of a cue's whole stretch at each cue (speed57b).

    >>> r = Reader(annotate_text("Seoul paid $1 billion, up 5 percent, then $3 billion and $4 billion."))
    >>> f = r.figures_in(0, len(r.text))
    >>> [g.exact for g in _figures_between(r, f[0], 0, len(r.text))], _figures_between(r, f[1], 0, f[1].start)
    (['$3 billion', '$4 billion'], [])
    """
    if fig.kind not in ("money", "percent", "multiplier"):
        return []
    return [f for f in r.spans_in(lo, hi, fig.kind) if f.id != fig.id and not r.equivalent(f)]


def listed(r: Reader, between: list[Span], fig: Span) -> bool:
    """Return whether ``fig`` and the figures ``between`` it and a cue form one list of yearly values ("X in 2017,
    Y in 2018 and Z in 2019"): each gap between neighbours is a year phrase and a comma or "and". A list's items
    share the quantity its first item's words name.

    >>> r = Reader(annotate_text("Unused funds reached 14.5 billion won in 2017, 20.4 billion won in 2018 and 7.9 "
    ...                          "billion won in 2019."))
    >>> f = r.figures_in(0, len(r.text)); listed(r, f[:2], f[2]), listed(r, f[:1], f[2])
    (True, False)
    """
    if not between:
        return False
    chain = sorted([*between, fig], key=lambda f: f.start)
    return all(joined(r, a, b) for a, b in itertools.pairwise(chain))


def list_head(r: Reader, fig: Span) -> Span:
    """Return the first item of the list of yearly values ``fig`` ends (``fig`` itself when it is in none).

    >>> r = Reader(annotate_text("Unused funds reached 14.5 billion won in 2017, 20.4 billion won in 2018."))
    >>> list_head(r, r.figures_in(0, len(r.text))[1]).exact
    '14.5 billion won'
    """
    s, _ = r.local(fig)
    head = fig
    for prev in reversed([f for f in r.figures_in(s, fig.start) if f.kind == fig.kind]):
        if not joined(r, prev, head):
            break
        head = prev
    return head


# --- lists whose head names the quantity: "Seoul's payments by year: 2019, X; 2021, Y" (frames65) ---
#: How many items of one list are walked back to find its head (a longer list is read as none: linear time).
LIST_ITEMS = 12
_ITEM_HEDGE = (r"(?:(?:" + HEDGE_WORDS + r"|over|under|more[ \t]++than|less[ \t]++than|just[ \t]++(?:over|under))"
               r"[ \t]++)?")
_BULLET = r"(?:[-•*·▪][ \t]++)?"
#: An item's words before its figure when its year comes first: the separator before the item, a bullet, the year and
#: its mark ("; 2021, ", "\n- 2019: ", ". 2018: ", ": 2019 — "), a hedge.
_ITEM_YEAR_LEAD = re.compile(r"(?P<sep>[\n;,:.—–]|\band)[ \t]*+" + _BULLET + r"(?P<year>(?:19|20)\d\d)[ \t]*+"
                             r"(?:[:,=]|[—–]|-{1,2}+)[ \t]*+" + _ITEM_HEDGE + r"$", re.I)  # fix51v4: "2017 -- X"
#: The same when its year follows its figure ("; X in 2021", ": X for 2019", ", then X in 2021"): the separator, a
#: "then" (mendf66), a bullet, a hedge.
_ITEM_LEAD = re.compile(r"(?P<sep>[\n;,:—–]|\band)[ \t]*+(?:then[ \t]++)?" + _BULLET + _ITEM_HEDGE + r"$", re.I)
_ITEM_YEAR_TAIL = re.compile(r"(?<![ \t])[ \t]++(?:in|for)[ \t]++(?P<year>(?:19|20)\d\d)\b")
#: What ends an item: the next separator of its list ("; ", ", ", ". ", a line's end, " and ") or the text's end.
_ITEM_END = re.compile(r"(?<![ \t])(?:[ \t]*+(?:[;,.](?!\d)|\n|\Z)|[ \t]++and\b)")
_LINE_END = re.compile(r"(?<![ \t])[ \t]*+[.;]?[ \t]*+(?:\n|\Z)")  # an item that ends its line
_HEAD_MARKS = ":—–"  # a separator that ends a list's head rather than an item


class ListItem(NamedTuple):
    """A figure as an item of a list: where the separator before it is and which it is, its year, and where the
    item ends (its figure, bracket and year).

    >>> r = Reader(annotate_text("Seoul's payments by year: 2019, 1.04 trillion won; 2021, 1.18 trillion won."))
    >>> item_at(r, r.figures_in(0, len(r.text))[1]).mark
    ';'
    """

    sep: int
    mark: str
    year: int
    end: int


def item_at(r: Reader, fig: Span) -> ListItem | None:
    """Return the figure as a list item of a year and a figure and nothing else ("2019, X", "2018: X", "- 2019: X",
    "X in 2019" after a separator); None when it has other words.

    >>> r = Reader(annotate_text("Payments by year: 2019, 1.04 trillion won; 1.18 trillion won in 2021."))
    >>> [item_at(r, f)[1:3] for f in r.figures_in(0, len(r.text))]
    [(':', 2019), (';', 2021)]
    """
    lo, end = max(0, fig.start - win.LIST_ITEM_BACK), r.restated_to(fig)
    lead = _ITEM_YEAR_LEAD.search(r.text, lo, fig.start)
    if lead is not None:
        return ListItem(lead.start("sep"), lead["sep"], int(lead["year"]), end)
    lead, tail = _ITEM_LEAD.search(r.text, lo, fig.start), _ITEM_YEAR_TAIL.match(r.text, end)
    if lead is None or tail is None:
        return None
    return ListItem(lead.start("sep"), lead["sep"], int(tail["year"]), tail.end())


#: How far before a figure the words of its label may start ("* 2019 payment: X", "2021 share: X"; cfix37).
LABEL_BACK = 40
#: Between a label's colon and its figure: blanks, a hedge ("2019 payment: about X").
_LABEL_GAP = re.compile(r"(?<![ \t])[ \t]*+" + _ITEM_HEDGE, re.I)
#: A label: a bullet, then at most five words (a year among them), nothing else.
_LABEL_WORDS = re.compile(r"(?!(?<=\s)\s)\s*+" + _BULLET + r"(?<![\w'’-])[\w'’-]++(?:[ \t]++[\w'’-]++){0,4}+[ \t]*+")


def figure_label(r: Reader, fig: Span) -> Bounds | None:
    """Return the bounds of the label a figure's line or sentence opens with before a colon and the figure ("* 2019
    payment: 1.4 trillion won", "2021 share: about X"): a few words with no figure of their own, which name the
    figure's year and quantity as its own phrase would (cfix37, probe35 li046); else None.

    >>> r = Reader(annotate_text("Key figures:\\n\\n* 2019 payment: 1.4 trillion won\\n\\n* The deal: 2 trillion won"))
    >>> [r.text[slice(*b)] if (b := figure_label(r, f)) else b for f in r.figures_in(0, len(r.text))]
    ['* 2019 payment', '* The deal']
    >>> figure_label(*figure_in("Seoul paid what it owed in the year 2019 under the deal: 1 trillion won."))
    """
    s0, _ = r.sentence_of(fig)
    colon = r.text.rfind(":", max(s0, fig.start - LABEL_BACK), fig.start)
    if colon < 0 or not _LABEL_GAP.fullmatch(r.text, colon + 1, fig.start) or r.figures_in(s0, colon):
        return None
    return Bounds(s0, colon) if _LABEL_WORDS.fullmatch(r.text, s0, colon) else None


def label_year(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the one year a figure's label (:func:`figure_label`) names ("* 2019 payment: X": 2019), else ().

    >>> label_year(*figure_in("2019 payment: 1.4 trillion won"))
    (2019,)
    """
    label = figure_label(r, fig)
    return one_year_in(r, *label) if label else ()


# --- fix51v4: a deal that sets a year's amount ("The deal lifts 2021 to X", "keeps 2020 at the 2019 level, X") ---
#: A verb that fixes an amount, with a year as its object, "at"/"to", then the amount; or the level of another year it
#: is kept at ("at the 2019 level, X", "at the 2019 level of X"). Anchored at the amount.
_SETS_YEAR = (r"(?:keeps|kept|freezes|froze|sets|set|lifts|lifted|raises|raised|caps|capped|fixes|fixed)[ \t]++"
              r"(?P<year>(?:19|20)\d\d)[ \t]++(?:at|to)[ \t]++"
              r"(?:the[ \t]++(?P<level>(?:19|20)\d\d)[ \t]++level(?:[ \t]*+,|[ \t]++of)[ \t]*+)?" + _ITEM_HEDGE + r"$")
#: The deal as the subject of :data:`_SETS_YEAR`: "the (new|current|11th|tenth ...) deal/agreement/accord", or one
#: named as the cost-sharing's ("the SMA", "the Special Measures Agreement", "the cost-sharing deal": ``named``); never
#: "it", never another deal ("the tariff accord": a word between "the" and the noun).
_DEAL_SETS_YEAR = re.compile(r"(?<![\w'’])the[ \t]++(?:(?:new|current|latest|\d{1,2}(?:st|nd|rd|th)|"
                             + "|".join(_DEAL_WORDS) + r")[ \t]++)?(?:(?P<named>SMA|Special[ \t]++Measures[ \t]++"
                             r"Agreement|(?:cost|burden)-sharing[ \t]++(?:deal|agreement|accord|pact))|deal|agreement|"
                             r"accord)[ \t]++" + _SETS_YEAR, re.I)
#: A word of the cost-sharing in the deal's sentence, when the deal is not named as its own.
_SHARING_WORD = re.compile(r"\b(?:(?:cost|burden)-?sharing|SMA|Special[ \t]++Measures)\b", re.I)
#: The same verb coordinated right after an amount the deal set ("The deal freezes 2020 at X and lifts 2021 to Y").
_AND_SETS_YEAR = re.compile(r"(?<![ \t])[ \t]*+,?[ \t]*+and[ \t]++" + _SETS_YEAR, re.I)


def deal_set_year(r: Reader, fig: Span) -> tuple[int, ...]:
    """Return the year whose payment a deal sets an amount at when the deal's verb has a year as its object ("The
    SMA lifts 2021 to X": 2021; "The cost-sharing deal keeps 2020 at the 2019 level, X": X is 2020's, the frozen
    year's), or when such a verb is coordinated right after an amount the deal set ("... at X and lifts 2021 to Y":
    2021), else (). Only the deal itself (:func:`_deal_sets`), in an article about sharing costs, with no other
    quantity's cue in the amount's clause, and the agreement holding the year concluded by the article's day
    (:func:`set_after`; fix51v4).

    >>> def read(t: str) -> tuple[int, ...]:
    ...     r = Reader(annotate_text("The cost-sharing talks ended. " + t, "2025-01-02"))
    ...     return deal_set_year(r, r.figures_in(0, len(r.text))[-1])
    >>> [read(t) for t in (
    ...     "The SMA lifts 2021 to 1.2 trillion won.", "The new SMA keeps 2020 at the 2019 level, 1 trillion won.",
    ...     "The budget sets 2020 at 50 trillion won.", "It lifts 2021 to 1.2 trillion won.",
    ...     "The deal lifts 2021 to 1.2 trillion won.", "The SMA keeps 2020 at 1 trillion won and lifts 2021 to 1.2 "
    ...     "trillion won.", "The budget keeps 2020 at 1 trillion won and lifts 2021 to 1.2 trillion won.")]
    [(2021,), (2020,), (), (), (), (2021,), ()]
    """
    if fig.kind != "money" or not r.about_costs:
        return ()
    m = _deal_sets(r, fig)
    if m is None:
        s0, _ = r.sentence_of(fig)
        before = r.spans_in(max(s0, fig.start - win.DEAL_SETS_BACK), fig.start, "money")  # a short gap only: linear
        end = r.restated_to(before[-1]) if before else fig.start + 1
        near = fig.start - win.DEAL_SETS_BACK <= end <= fig.start
        m = _AND_SETS_YEAR.fullmatch(r.text, end, fig.start) if near else None
        if m is None or _deal_sets(r, before[-1]) is None or other_cued(r, fig):
            return ()
    return () if set_after(r, int(m["year"])) else (int(m["year"]),)


def set_after(r: Reader, year: int) -> bool:
    """Return whether the agreement whose term holds ``year`` was concluded after the article's day (or no agreement
    on record holds it): an amount "the deal" set for that year is then a tentative deal's, not a payment (fix51v4).

    >>> [set_after(Reader(annotate_text("Talks went on.", d)), 2020) for d in ("2020-04-10", "2021-03-11")]
    [True, False]
    """
    number = next((n for n, t in _deal_terms_of().items() if t[0] <= year <= t[2]), None)
    concluded = _deal_concluded().get(number) if number is not None else None
    return number is None or (concluded is not None and concluded > r.published)


def _deal_sets(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the match of :data:`_DEAL_SETS_YEAR` right before an amount ("The SMA lifts 2021 to X"): a deal named
    as the cost-sharing's, or one with a word of the cost-sharing in its sentence; no other quantity's cue in the
    amount's clause; else None (fix51v4)."""
    s0, _ = r.sentence_of(fig)
    m = _DEAL_SETS_YEAR.search(r.text, max(s0, fig.start - win.DEAL_SETS_BACK), fig.start)
    if m is None or other_cued(r, fig):
        return None
    return m if m["named"] or _SHARING_WORD.search(r.text, *r.sentence_of(fig)) else None


def other_cued(r: Reader, fig: Span) -> bool:
    """Return whether an amount's clause holds the cue of a quantity other than the payment (:data:`_OTHER_CUES`:
    a defence budget, wages, troops ...) (fix51v4).

    >>> other_cued(*figure_in("Wages rose to 1 trillion won.")), other_cued(*figure_in("Seoul paid 1 trillion won."))
    (True, False)
    """
    c0, c1 = r.clause(fig)
    return any(p.search(r.text, c0, c1) for _, p in _OTHER_CUES)


# --- plain-text tables: "| Year | Payment |" over "| 2019 | X |" rows, or "2019 | X" lines under a line (cfix39) ---
#: How many lines above a table row its head may be (rule lines and other rows walked over; a longer table: none).
TABLE_ROWS = 40
#: A cell (its blanks left out) that is a year and nothing else ("| 2019 |"): its row's year (counts' bare year).
_YEAR_CELL = _BARE_YEAR
#: A rule line under a table's head ("|---|---|", "--- | ---", "|:--|--:|").
_RULE_LINE = re.compile(r"(?<![ \t|:=+-])[ \t|:=+]*+-[ \t|:=+-]*+")
#: Between a cell's first word and its figure: a hedge ("| about 1 trillion won |").
_CELL_GAP = re.compile(_ITEM_HEDGE, re.I)


def line_at(text: str, pos: int) -> Bounds:
    """Return the bounds of the line holding ``pos`` (its break left out).

    >>> line_at("a\\nbc\\nd", 3)
    Bounds(start=2, end=4)
    """
    end = text.find("\n", pos)
    return Bounds(text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end)


def table_cells(text: str, line: Bounds) -> list[Bounds]:
    """Return the cells of a table's line: the line cut at each "|", an outer "|" at either end dropped; [] for a
    line with no "|".

    >>> t = "| 2019 | 1 trillion won |"
    >>> [t[slice(*c)] for c in table_cells(t, Bounds(0, len(t)))]
    ['2019', '1 trillion won']
    """
    s, e = line
    if text.find("|", s, e) < 0:
        return []
    s += len(text[s:e]) - len(text[s:e].lstrip())
    e -= len(text[s:e]) - len(text[s:e].rstrip())
    s, e = s + (text.startswith("|", s) and s < e), e - (e > s and text[e - 1] == "|")
    cuts = [s - 1, *(i for i in range(s, e) if text[i] == "|"), e]
    cells = [(a + 1, b) for a, b in itertools.pairwise(cuts)]
    return [Bounds(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
            for a, b in cells]


def table_item(r: Reader, fig: Span) -> tuple[ListItem, Bounds] | None:
    """Return an amount as the cell of a plain-text table's row that has one year cell (:func:`table_cells`), with
    the bounds of the head its column names: the head row's cell above it ("| Year | Payment |" over "|---|---|"),
    or, for rows under a line with no "|", that line ("Seoul's payments by year:" over "2019 | X"); each row's year
    is its own (cfix39). None for an amount that is no such cell, or whose table has no head within
    :data:`TABLE_ROWS` lines.

    >>> r = Reader(annotate_text("Defence budget by year\\n2019 | 46.7 trillion won\\n2021 | 52.8 trillion won"))
    >>> [(item.year, r.text[slice(*head)]) for item, head in (table_item(r, f) for f in r.figures_in(0, 99))]
    [(2019, 'Defence budget by year'), (2021, 'Defence budget by year')]
    >>> r = Reader(annotate_text("| Year | Payment |\\n|---|---|\\n| 2019 | 1.04 trillion won |"))
    >>> item, head = table_item(r, r.figures_in(0, 99)[0]); item.year, r.text[slice(*head)]
    (2019, 'Payment')
    """
    line, end = line_at(r.text, fig.start), r.restated_to(fig) if fig.kind == "money" else fig.end
    cells = table_cells(r.text, line)
    k = next((i for i, (a, b) in enumerate(cells) if a <= fig.start and end <= b), None)
    years = [i for i, c in enumerate(cells) if _YEAR_CELL.fullmatch(r.text, *c)]
    if k is None or len(years) != 1 or not _CELL_GAP.fullmatch(r.text, cells[k].start, fig.start) \
            or r.text[end:cells[k].end].strip():
        return None
    item = ListItem(line.start, "|", int(r.text[slice(*cells[years[0]])]), end)
    above = line
    for _ in range(TABLE_ROWS):
        if above.start == 0:
            return None
        above = line_at(r.text, above.start - 1)
        row = table_cells(r.text, above)
        if not row:
            return _with_head(r, item, above.end)  # "2019 | X" lines under a line that names them
        if _RULE_LINE.fullmatch(r.text, *above) or any(_YEAR_CELL.fullmatch(r.text, *c) for c in row):
            continue  # the rule under the head, or another row
        return (item, row[k]) if len(row) == len(cells) and re.search(r"[^\W\d]", r.text[slice(*row[k])]) else None
    return None


def _list_item(r: Reader, fig: Span) -> tuple[ListItem, Bounds] | None:
    """Return what :func:`list_item` finds: the item walked back over at most ``LIST_ITEMS`` items to a head mark,
    or a list of lines after a sentence; None for an item with words of its own or a series with no head.

    >>> r = Reader(annotate_text("Seoul's payments: 2019, 1.04 trillion won; 2021, 1.18 trillion won."))
    >>> [(item.year, r.text[slice(*head)]) for item, head in map(lambda f: _list_item(r, f), r.figures_in(0, 99))]
    [(2019, "Seoul's payments"), (2021, "Seoul's payments")]
    >>> _list_item(*figure_in("Seoul paid 1.04 trillion won in 2019, 1.18 trillion won in 2021.", 1)) is None
    True
    """
    own = item_at(r, fig)
    if own is None or _ITEM_END.match(r.text, own.end) is None:
        return None
    item = own
    for _ in range(LIST_ITEMS):
        if item.mark in _HEAD_MARKS:
            return _with_head(r, own, item.sep)
        before = r.spans_in(max(0, item.sep - win.LIST_ITEM_BACK), item.sep, fig.kind)
        prev = item_at(r, before[-1]) if before else None
        if prev is None or r.text[prev.end:item.sep].strip():
            break
        item = prev
    lines = item.mark == "\n" and _LINE_END.match(r.text, own.end) is not None  # a list of lines after a sentence
    return _with_head(r, own, item.sep) if lines else None


def _with_head(r: Reader, own: ListItem, at: int) -> tuple[ListItem, Bounds] | None:
    """Return ``own`` with the head of its list, the words of the sentence or line that ends at ``at`` (None when
    there are none, or when they hold an amount: a sentence of its own, not a head).

    >>> r = Reader(annotate_text("Seoul's payments: 2019, 1.04 trillion won. He paid $1 billion: 2019, $2 billion."))
    >>> own = ListItem(0, ":", 2019, 0)
    >>> r.text[slice(*_with_head(r, own, r.text.index(":"))[1])]
    "Seoul's payments"
    >>> _with_head(r, own, r.text.index(": 2019, $2")) is None
    True
    """
    end = at
    while end > 0 and r.text[end - 1].isspace():  # the blanks before ``at`` left out (not a copy of the text before it)
        end -= 1
    i = bisect.bisect_right(r.sent_starts, max(0, end - 1)) - 1
    lo = max(0, end - win.LIST_HEAD_BACK)  # a line break before it would not move the start: not searched for
    start = max(r.sent_starts[i] if i >= 0 else 0, r.text.rfind("\n", lo, end) + 1, lo)
    if not re.search(r"[^\W\d]", r.text[start:end]) or r.spans_in(start, end, "money"):
        return None
    return own, Bounds(start, end)


#: The cues of what is asked, offered or forecast a list's head is read for.
_HEAD_INTENTS = (("demand", _DEMAND), ("offer", _OFFER), ("forecast", _FORECAST))


#: Where a list head's subject ends: a clause of comparison, a relative or a "how" clause ("The U.S. spends more than
#: Seoul pays", "The wages, which Seoul's payment covers", "How Seoul's payment is spent": mendf66); not "how much".
_HEAD_CLAUSE = re.compile(r"(?<=[^\s,])[ \t,]++(?:than|which|that|whose|how|what)\b|(?<![\w'’])how\b(?![ \t]++much\b)",
                          re.I)  # cfix42: "How much Seoul paid" opens on its subject, as "What Seoul paid" does


#: The prepositions right before a side (read by :data:`PREP_BEFORE_SIDE`) that make it a place or a recipient in a
#: list's head, not its payer ("troops in Korea", "payments to the U.S.", "for U.S. troops"; review67 finding 3).
_HEAD_PLACE_PREPS = frozenset({"in", "into", "to", "for", "toward", "towards", "with", "on", "of"})
#: A Korean payer as the adjective of the payment word itself: "Korean payments", "South Korean contributions", not
#: "Korean companies paid" (review67 finding 3); or its possessive, "Korea's contribution" (cfix39: a table's head).
_KOREAN_ADJECTIVE = re.compile(r"\bKorea(?:n|['’]s)\s++$", re.I)


#: A payer named in a list's head after its payment word ("Payments by Korean firms", "Contributions of allies"): not
#: "by year" (cfix37).
_HEAD_BY_PAYER = re.compile(r"\b(?:by|of|from)[ \t]++(?!(?:the[ \t]++)?(?:year|years|month|agreement|deal)\b)\w", re.I)


#: The gap between two items of a list of yearly values: "X in 2017, Y", "X for 2018 and Y", "X last year and Y".
_LIST_GAP = re.compile(r"(?<!\s)\s+(?:(?:in|for)\s+(?:\d{4}|the\s+\w+\s+year)|(?:in\s+|for\s+)?(?:last|this)\s+year)"
                       r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
#: The gap between two alternatives of one sum: "X or (even) Y", "X, or perhaps Y" (a restatement in another unit
#: is told apart by its unit).
_ALTERNATIVE_GAP = re.compile(r"(?<!\s)\s*+,?\s*+or\s++(?:(?:even|perhaps|possibly|maybe)\s++)?"
                              r"(?:(?:as\s+(?:much|high)\s+as|up\s+to|more\s+than|over)\s++)?", re.I)


def joined(r: Reader, a: Span, b: Span) -> bool:
    """Return whether figure ``b`` follows ``a`` as the next item of one list of yearly values ("X in 2017, Y") or
    as an alternative of the same kind and unit ("$5 billion or even $10 billion"): it shares ``a``'s reading.

    >>> r, _ = figure_in("Trump sought $5 billion or even $10 billion, or 12 trillion won; 5% or 8%.")
    >>> f = r.figures_in(0, len(r.text)); joined(r, f[0], f[1]), joined(r, f[1], f[2]), joined(r, f[3], f[4])
    (True, False, True)
    """
    if _LIST_GAP.fullmatch(r.text, a.end, b.start):
        return True
    return (a.kind == b.kind and a.value.get("currency") == b.value.get("currency")
            and _ALTERNATIVE_GAP.fullmatch(r.text, a.end, b.start) is not None)



def _restates(r: Reader, a: Span, b: Span) -> bool:
    """Return whether figure ``b`` restates figure ``a`` of the same kind: an amount in another unit (joined by "or"
    or a bracket), or the two ends of one range or change ("X to Y", "from X to Y", "to X from the proposed Y").

    >>> r = Reader(annotate_text("It cut the tariff to 15% from the initially proposed 25%; he sought $5 billion to "
    ...                          "$10 billion."))
    >>> f = r.figures_in(0, len(r.text)); _restates(r, f[0], f[1]), _restates(r, f[2], f[3]), _restates(r, f[1], f[2])
    (True, True, False)
    """
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.kind != second.kind or first.kind not in ("money", "percent"):
        return False
    gap = r.text[first.end:second.start]
    restated = restating_gap(gap, second.exact, r.text[second.end:second.end + win.RESTATEMENT_TAIL]) \
        and first.value.get("currency") != second.value.get("currency") \
        and first.kind == "money" and converts(r, first, second)
    stepped = bool(_STEP_GAP.match(gap))  # "demand $2 billion first and raise it to $5 billion"
    ends = _RANGE_GAP.fullmatch(gap) or (_TO_BEFORE.search(r.text, max(0, first.start - 12), first.start)
                                         and _FROM_GAP_BASE.fullmatch(gap))
    return restated or stepped or bool(ends) or (bool(_FROM_BEFORE.search(r.text, max(0, first.start - 12),
                                                                          first.start)) and bool(_TO_GAP.match(gap)))


def restating_gap(gap: str, second: str, after: str = "") -> bool:
    """Return whether the words between two amounts make the second (written ``second``) a restatement of the first
    in another unit (when their currencies differ): "X (Y)", "X, or about Y", and (claims21) a comma before an
    amount with a hedge of its own ("X, roughly Y", "X, about Y at current rates").

    >>> restating_gap(", ", "roughly 5.8 trillion won"), restating_gap(", ", "5.8 trillion won")
    (True, False)

    A dash opens a restatement only when the second amount is closed by a dash or a clause's end ("X won — $Y —"),
    or names the rate it was converted at ("— $Y at this year's rate —", claims43), ``after`` being the text right
    after it (claims41): "X won — $Y more than ..." is no restatement.

    >>> restating_gap(" — ", "$880 million", " — toward"), restating_gap(" — ", "$5 billion", " more than")
    (True, False)
    >>> restating_gap(" — ", "about $2 billion", " at this year's rate — for")
    True

    So does a worded restatement (:func:`worded_restatement`, fix51v2): "X won in 2019, worth $Y at the time.", not
    "X won in 2019, worth $Y with land included".

    >>> [restating_gap(" in 2019, worth ", "$1 billion", t) for t in (" at the time.", " with land included", ".")]
    [True, False, True]
    >>> [restating_gap(" in 2026 (", "$1.1 billion", t) for t in (" at current exchange rates)", ")", " in aid)")]
    [True, True, False]
    """
    m = _RESTATE_GAP.match(gap)
    closed = _DASH_CLOSED.match(after) is not None or _RATE_AFTER.match(after) is not None
    if m is not None and m["dash"]:
        return closed
    return m is not None or (gap.strip() == "," and _HEDGED.match(second) is not None) \
        or (worded_restatement(gap) and closed)  # fix51v2: closed as a dash's ("$Y with land included" is not)


#: A short time phrase right after an amount, before the words restating it: " this year", " in 2026" (fix51v2), then
#: a comma or a bracket ("X won in 2026 ($Y at current exchange rates)": xv59).
_TIME_LEAD = re.compile(r"[ \t]{1,3}+(?:(?:this|last|next)[ \t]{1,3}+year|(?:in|for)[ \t]{1,3}+(?:19|20)\d\d)"
                        r"(?=[ \t]{0,3}+[,(])", re.I)
#: A verb restating an amount as its worth in another unit: ", worth roughly", " comes to some" (fix51v2).
_WORTH_GAP = re.compile(r"(?:[ \t]{0,3}+,)?[ \t]{1,3}+(?:worth|(?:comes|came|amounts?|amounted)[ \t]{1,3}+to)"
                        r"[ \t]{1,3}+(?:(?:the[ \t]{1,3}+equivalent[ \t]{1,3}+of|" + HEDGE_WORDS + r")[ \t]{1,3}+)?",
                        re.I)


def worded_restatement(gap: str) -> bool:
    """Return whether the words between two amounts restate the first in another unit past what
    :func:`restating_gap` reads: a short time phrase of the first before a comma and a restating gap ("X won this
    year, or about $Y"), or a verb of worth, after such a phrase or not ("X won, worth roughly $Y", "X won
    comes to some $Y") (fix51v2, issue 10: such conversions were not checked). Whether the second amount is a
    conversion at all is still :func:`converts`'s to say; :func:`restating_gap` takes it only closed as after a dash
    or naming its rate ("worth $Y with land included" is another measure; review51v2).

    >>> [worded_restatement(g) for g in (" this year, or about ", " in 2019, worth about ", " comes to some ",
    ...                                  " this year, and Washington wants ", " in 2019 and ")]
    [True, True, True, False, False]
    """
    t = _TIME_LEAD.match(gap)
    rest = gap[t.end():] if t else gap
    m = _RESTATE_GAP.match(rest) if t else None
    return (m is not None and not m["dash"]) or _WORTH_GAP.fullmatch(rest) is not None


@cache
def _rate_range() -> tuple[float, float]:
    """Return the lowest and highest yearly won-per-dollar rate in data/exchange_rates.csv."""
    from analysis.data import load_exchange_rates

    rates = load_exchange_rates().krw_per_usd
    return float(rates.min()), float(rates.max())


def conversion_holds(a: Span, b: Span, rel: float, slip: float) -> bool:
    """Return whether two amounts, one in won and one in dollars, can be one sum converted: their ratio is some
    year's rate within ``rel`` (Tolerances.rate_rel), or that rate off by a unit slip (``slip``, a factor of 1,000)
    (fix40c, review40 finding 2). "1.0389 trillion won ($4.7 billion is what Washington wants)" is 221 won to the
    dollar, no year's rate: the dollar amount opens a clause of its own. Amounts of another pair of currencies, or
    with no amount, are not checked (True).

    >>> won, usd = [Span("a", "money", 0, 1, "x", {"amount": v, "currency": c})
    ...             for v, c in ((1.0389e12, "KRW"), (8.9e8, "USD"))]
    >>> conversion_holds(won, usd, 0.15, 1000.0), conversion_holds(usd, won, 0.15, 1000.0)
    (True, True)
    >>> conversion_holds(won, Span("b", "money", 2, 3, "y", {"amount": 4.7e9, "currency": "USD"}), 0.15, 1000.0)
    False
    >>> conversion_holds(won, Span("b", "money", 2, 3, "y", {"amount": 8.9e5, "currency": "USD"}), 0.15, 1000.0)
    True
    """
    pair = {str(x.value.get("currency")): x.value.get("amount") for x in (a, b)}
    won, usd = pair.get("KRW"), pair.get("USD")
    if not won or not usd:
        return True
    lo, hi = _rate_range()
    ratio = float(won) / float(usd)
    return any(lo * (1 - rel) <= ratio * f <= hi * (1 + rel) for f in (1.0, slip, 1 / slip))


#: What closes a restating amount so that nothing else can follow it in its clause: a bracket, a dash, a sentence's
#: end (a comma does not: "X won — $Y, Washington says, is what it should pay").
_RESTATE_CLOSED = re.compile(r"[ \t]{0,3}+(?:[—–)]|--|[.;:](?!\d)|$)")


def converts(r: Reader, a: Span, b: Span) -> bool:
    """Return whether amount ``b``, set after ``a`` by a restating gap (a bracket, a dash, "or"), may be ``a``
    converted: it is closed right after (a bracket, a dash, a sentence's end: then a wrong rate is a wrong
    conversion, which the check catches), or the two agree at some year's rate (:func:`conversion_holds`); else
    ``b`` opens a clause of its own ("X won ($Y is what Washington wants)", "X won, or $Y less than it wants")
    (fix40c, review40 finding 2).

    >>> r = Reader(annotate_text("It pays 1 trillion won ($4.7 billion). It pays 1 trillion won ($4.7 billion is "
    ...                          "what Z wants)."))
    >>> a, b, c, d = r.spans_in(0, len(r.text), "money"); converts(r, a, b), converts(r, c, d)
    (True, False)
    """
    return _RESTATE_CLOSED.match(r.text, b.end) is not None or rate_named(r.text, b.end) \
        or hedged_or_aside(r.text, a.end, b) or conversion_holds(a, b, r.tol.rate_rel, r.tol.slip_factor) \
        or comma_conversion(r.text, a, b)  # fix50f: "$X, about Y won, ...": a conversion, right or wrong


#: ", or about", ", or the equivalent of": a hedged restatement opened by "or" after a comma.
_OR_HEDGED = re.compile(r"(?<!\s)\s*+,\s*+or\s++(?:the\s+equivalent\s+of\s+|" + _HEDGE + ")", re.I)
_COMMA_AFTER = re.compile(r"[ \t]{0,3}+,")


def hedged_or_aside(text: str, end: int, b: Span) -> bool:
    """Return whether amount ``b`` restates the amount ending at ``end`` as an aside: ", or" and a hedge before it,
    a comma after it ("1.0389 trillion won, or about $2 billion, this year"): the amount converted, right or wrong
    (claims43, review41). An unhedged "or" amount ("X won, or $5 billion, as Trump wants") may be an alternative.

    >>> t = "It pays 1 trillion won, or about $2 billion, now; 1 trillion won, or $5 billion, as he wants."
    >>> spans = [Span(str(i), "money", m.start(), m.end(), m.group(), {}) for i, m in
    ...          enumerate(re.finditer(r"[$][0-9] billion", t))]
    >>> hedged_or_aside(t, t.index(", or about"), spans[0]), hedged_or_aside(t, t.rindex(", or $"), spans[1])
    (True, False)
    """
    m = _OR_HEDGED.match(text, end)
    return m is not None and m.end() >= b.start and _COMMA_AFTER.match(text, b.end) is not None


#: "$Y at the current rate", "$Y, at this year's exchange rate": the amount is told as a conversion.
_RATE_AFTER = re.compile(r"(?:[ \t]{0,3}+,)?[ \t]{1,3}+at[ \t]+(?:(?:[\w’'-]+[ \t]+){0,3}?(?:exchange[ \t]+)?rates?\b"
                         r"|the[ \t]{1,3}+time(?=[ \t]{0,3}+(?:[—–,.;:)]|--|$)))",  # fix51v2: "$Y at the time."
                         re.I)


def rate_named(text: str, end: int) -> bool:
    """Return whether the words right after an amount ending at ``end`` name the exchange rate it was converted at
    ("($2 billion at the current rate)"): then it is a conversion, right or wrong, whatever its ratio (review41).

    >>> rate_named("1 trillion won ($2 billion at the current rate)", 26), rate_named("($2 billion is the ask)", 11)
    (True, False)
    """
    return _RATE_AFTER.match(text, end) is not None


#: What closes an amount set off by a dash: another dash, a clause's punctuation or the text's end.
_DASH_CLOSED = re.compile(r"\s{0,3}(?:[—–,.;:)]|--|$)")


#: The two ends of one range: "$5 billion to $10 billion", "10 percent to 20 percent", "5-10%".
_RANGE_GAP = re.compile(r"(?<!\s)\s*(?:to|[-–])\s*")
#: "to 15% from the initially proposed 25%": the new value, then the one it changed from.
_TO_BEFORE = re.compile(r"\bto\s+(?:" + _HEDGE + r")?$", re.I)
_FROM_GAP_BASE = re.compile(r"(?<!\s)\s+from\s+(?:[\w’'-]+\s+){0,3}", re.I)


#: A sentence that opens by placing its figures under the deal: "According to the new agreement, ...", "Under the
#: 12th SMA, ..." (claims45).
_UNDER_DEAL_OPENER = re.compile(r"(?:According\s+to|Under)\s+(?:the\s+)?(?:(?:new|latest|\d{1,2}(?:st|nd|rd|th)|"
                                r"special|cost-?sharing|defen[cs]e[- ]cost)\s+){0,3}(?:agreement|deal|pact|SMA)\b",
                                re.I)
#: Defence spending as a sum paid ("defense expenditure", "defence spending", "defense cost"), not a budget's level.
_SPENDING_NOUN = re.compile(r"\bdefen[cs]e[- ](?:spending|expenditures?|costs?)\b", re.I)
#: Words of the budget itself: its size against the economy, or an index a rise is linked to.
_BUDGET_ITSELF = re.compile(r"\b(?:budget|GDP|gross\s+domestic|link\w*|index\w*|pegged|growth\s+rate)\b", re.I)


def spending_under_deal(r: Reader, fig: Span) -> bool:
    """Return whether a money or percent figure its sentence calls defence spending is the payment under the deal:
    in an article about the SMA, a sentence that opens by placing it under the agreement ("According to the new
    agreement, in 2026, South Korea's defense expenditure is X, an N% increase from 2025") and names no budget, share
    of GDP or index (claims45). Such spending is the sum paid under the deal, right or wrong, not the defence budget.

    >>> lead = "Seoul and Washington signed a cost-sharing deal. "
    >>> r = Reader(annotate_text(lead + "Under the new agreement, Seoul's defense expenditure is 1.5 billion won."))
    >>> [spending_under_deal(r, f) for f in r.figures_in(0, len(r.text))]
    [True]
    >>> r = Reader(annotate_text(lead + "Under the deal, rises are linked to defense spending, up 7.4% this year."))
    >>> [spending_under_deal(r, f) for f in r.figures_in(0, len(r.text))]
    [False]
    >>> r = Reader(annotate_text(lead + "Under the new agreement, Seoul's defense spending will be 59 trillion won."))
    >>> [spending_under_deal(r, f) for f in r.figures_in(0, len(r.text))]
    [False]
    """
    s, e = r.local(fig)
    return (r.about_sma and fig.kind in ("money", "percent") and _UNDER_DEAL_OPENER.match(r.text, s) is not None
            and _SPENDING_NOUN.search(r.text, s, fig.start) is not None and _BUDGET_ITSELF.search(r.text, s, e) is None
            and not any(budget_sized(m) for m in r.figures_in(s, e)))


#: A sum of a defence budget's order (tens of trillions of won, tens of billions of dollars): never a payment's.
BUDGET_ORDER = {"KRW": 1e13, "USD": 1e10}


def budget_sized(span: Span) -> bool:
    """Return whether a money figure is of a defence budget's order (:data:`BUDGET_ORDER`), in its currency.

    >>> r = Reader(annotate_text("It is 59 trillion won, or 1.5 trillion won, or $40 billion, or $1.1 billion."))
    >>> [budget_sized(f) for f in r.figures_in(0, len(r.text))]
    [True, False, True, False]
    """
    order = BUDGET_ORDER.get(money_currency(span))
    return span.kind == "money" and order is not None and float(span.value["amount"]) >= order


#: A reduced relative clause opening after a comma: a participle that gives the value of the noun before the comma
#: (", budgeted at X", ", estimated at X", ", valued at X", ", projected to reach X", ", totaling X"), with no other
#: comma, semicolon or colon between it and the figure (", budgeted at X this year and slated to grow by Y%": both).
_REDUCED_RELATIVE = re.compile(r",\s++(?:(?:now|currently|already|also)\s++)?(?:budgeted|estimated|valued|set|"
                               r"put|pegged|projected|forecast(?:ed)?|priced|slated|expected|totall?ing|amounting|"
                               r"standing)\b(?=[^,;:\n]{0,160}+$)", re.I)
#: How near the comma a cue must end to be the head noun of the reduced relative after it: at most six words between
#: ("defense expenditure until 2025, budgeted at X"; "the wages of Korean workers at the bases, totaling X").
_HEAD_TAIL = re.compile(r"(?<!\s)(?:\s++[\w'’.-]++){0,6}+\s*+")
#: What governs a head noun so that a reduced relative after it sums its clause, not the noun (mendv78): a coordination
#: of phrases ("the upkeep of the troops and the wages of Korean workers, totaling X": "and" or "or" with a determiner)
#: or an adverbial ("rose 8.2 percent despite the economic slowdown, totaling X", "in line with inflation, set at X"),
#: at most four words before the head's cue.
_SUMMED_HEAD = re.compile(r"\b(?:(?:and|or)\s++(?:the|other|its|their|his|her|a|an|all|some)|despite|in\s++spite\s++of|"
                          r"amid|after|following|in\s++line\s++with|because\s++of|due\s++to|thanks\s++to)"
                          r"(?:\s++[\w'’.-]++){0,4}+\s++\Z", re.I)


def reduced_relative_head(r: Reader, fig: Span) -> str | None:
    """Return the other quantity that heads a reduced relative clause holding the figure — the noun right before
    ", budgeted at", ", estimated at", ", valued at", ", slated to" ... is what the figure measures — or None when
    there is no such clause or its head is the payment's or no quantity's (fresh77v: "the contribution will rise
    with the total defense expenditure until 2025, budgeted at X this year and slated to grow by Y%": X and Y are
    the budget's). A defence budget's head takes a sum of a budget's order only (:func:`budget_sized`): "rises with
    the defence budget, expected to reach 1.5 trillion won by 2025" tells the payment.

    >>> [reduced_relative_head(*figure_in(t, -1)) for t in (
    ...     "Seoul's payment follows its defense expenditure, budgeted at 53 trillion won this year.",
    ...     "Seoul's payment follows its defense spending, estimated at 50 trillion won and set to grow by 6.1%.",
    ...     "Seoul's payment rises with the defense budget, expected to reach 1.5 trillion won by 2025.",
    ...     "Seoul's contribution, set at 1.18 trillion won this year, will rise.",
    ...     "Seoul's defense budget grows, and its contribution, set at 1.18 trillion won, rises too.")]
    ['defence_budget', 'defence_budget', None, None, None]

    A head governed by a coordination or an adverbial (:data:`_SUMMED_HEAD`) is none: the participle sums the clause
    (mendv78), but for a sum of a defence budget's order.

    >>> [reduced_relative_head(*figure_in(t, -1)) for t in (
    ...     "Seoul pays for the upkeep of troops and the wages of workers, totaling 1.18 trillion won this year.",
    ...     "Seoul's payment rose 8.2 percent despite the economic slowdown, totaling 1.04 trillion won.",
    ...     "Seoul's payment tracks its debt and the defense budget, budgeted at 53 trillion won this year.")]
    [None, None, 'defence_budget']
    """
    s, _ = r.local(fig)
    m = last_match(_REDUCED_RELATIVE, r.text, s, fig.start)
    if m is None:
        return None
    comma = m.start()
    h0 = max([s, *(w.end() for w in _WEAK.finditer(r.text, s, comma))])
    best: tuple[int, int, str | None] = (-1, -1, None)
    for name, pattern in (*_OTHER_CUES, ("sma", _SMA_WORDS)):
        cue = last_match(pattern, r.text, h0, comma) if name != "troops" else None
        if cue is not None and cue.end() > best[1] and _HEAD_TAIL.fullmatch(r.text, cue.end(), comma):
            best = (cue.start(), cue.end(), name)
    name = best[2]
    if name == "sma" or (name == "defence_budget" and fig.kind == "money" and not budget_sized(fig)):
        return None
    summed = name is not None and _SUMMED_HEAD.search(r.text, max(h0, best[0] - win.SUMMED_HEAD_BACK), best[0])
    return None if summed and not (name == "defence_budget" and budget_sized(fig)) else name


#: A price or cost named of the troops ("the price tag for US forces", "the cost of keeping American troops"): the
#: troop words name what is paid for, not a number of troops.
_PRICED_TROOPS = re.compile(r"\b(?:price(?:[ \t]++tag)?|costs?|bill|tab)[ \t]++(?:for|of)[ \t]++(?:(?:the|its|keeping|"
                            r"hosting|stationing|maintaining)[ \t]++)?(?:(?:U\.S\.|US|American)[ \t]++)?(?:troops|"
                            r"forces|soldiers)\b", re.I)


def priced_troops(r: Reader, start: int, end: int) -> bool:
    """Return whether the clause ``[start, end)`` names a price or cost of the troops ("Trump hiked the price tag for US
    forces roughly 400% for 2020": the figure is the price's change, fresh79v), so its troop words are no quantity of
    the figure's.

    >>> from analysis.frames import _other_quantity
    >>> r = Reader(annotate_text("Trump hiked the price tag for US forces roughly 400%. The US cut its forces by 10%."))
    >>> [_other_quantity(r, f) for f in r.figures_in(0, len(r.text))]
    [None, 'troops']
    """
    return _PRICED_TROOPS.search(r.text, start, end) is not None


#: Adverbs a writer sets off by two commas inside a clause ("Seoul's surplus, meanwhile, soared"): they end no clause.
_ASIDES = frozenset(("meanwhile", "however", "though", "too", "also", "moreover", "likewise", "similarly",
                     "in turn", "by contrast", "in contrast", "for its part", "for their part", "in fact", "indeed",
                     # other54: the forms a sum counts ("Korea's contribution, direct and indirect, came to X")
                     "direct and indirect", "in all forms", "in all its forms"))


def past_aside(r: Reader, fig: Span, p0: int) -> int:
    """Return where the clause at ``p0`` really starts when it starts right after an adverb set off by two commas
    ("South Korea's surplus with the US, meanwhile, soared from X to Y"): the words before the aside are its subject,
    so the clause reaches back to the comma (or sentence start) before them (cfix48); else ``p0``.

    >>> r = Reader(annotate_text("Seoul pays for US troops. Its surplus with the US, meanwhile, rose to $23 billion."))
    >>> fig, at = r.figures_in(0, len(r.text))[0], r.text.index("rose")
    >>> r.text[past_aside(r, fig, at):at]
    'Its surplus with the US, meanwhile, '
    >>> r = Reader(annotate_text("Seoul pays for US troops. Its surplus with the US grew, and Seoul paid $1 billion."))
    >>> fig, at = r.figures_in(0, len(r.text))[0], r.text.index("Seoul paid")
    >>> past_aside(r, fig, at) == at
    True
    """
    s0, _ = r.sentence_of(fig)
    head = r.text[s0:p0].rstrip()
    if not head.endswith(","):
        return p0
    k = head.rfind(",", 0, len(head) - 1)
    if k < 0 or head[k + 1:-1].strip().lower() not in _ASIDES:
        return p0
    return s0 + head.rfind(",", 0, k) + 1


# --- xv59: a change whose own subject is Korea's payment ----------------------------------------------------------
#: Korea alone as the payer: not "North Korea's", not the last of a list ("Japan and South Korea's payment", "the U.S.
#: and Seoul's": a joint sum) (mend59v).
_PAYER_ALONE = (r"(?<!North )(?<!North\t)(?<!\band )(?<!\bor )(?<!& )(?<!\band South )(?<!\bor South )"
                r"(?<!& South )(?<!\bof )(?<!\bof South )")  # not a part of it: "the labor share of Seoul's payment"
#: Right before a verb of change (or a percent that opens on one), Korea's payment as its subject: "Seoul's share",
#: "South Korea's annual contribution", an aside between commas allowed (group ``aside``: it must tie the payment to
#: the budget, :func:`payer_subject_change`: "Seoul's contribution, tied to a defense budget that grew 3.6 percent last
#: year,"; never "in real terms", "per soldier", "in dollars"), a modal or an adverb after it.
_PAYER_SUBJECT_BEFORE = re.compile(rf"\b{_PAYER_ALONE}{KOREA_PAYER}['’]s[ \t]++"
                                   r"(?:(?:annual|yearly|cost-sharing|troop-cost)[ \t]++)?"
                                   r"(?:share|contribution|payment)(?:[ \t]*+,(?P<aside>[^,;:!?]{1,100}+),)?+[ \t]++"
                                   r"(?:(?:will|would|also|then|now)[ \t]++)?+$", re.I)
#: Or Korea's possessive right before a percent whose span ends on a noun of rise, no "in / of / for" after it:
#: "gives Seoul's 11 percent increase" (not "Seoul's 3.6 percent increase in defense spending").
_PAYER_OWNS_RISE = re.compile(rf"\b{_PAYER_ALONE}{KOREA_PAYER}['’]s[ \t]++$", re.I)
_RISE_NOUN_LAST = re.compile(r"[ \t](?:" + RISE_NOUNS + r"|raise|jump|boost)$", re.I)
_IN_OF_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:in|of|for)\b", re.I)


#: Right after an amount (a span of years between): aid to a country it is for ("to support Ukraine's security").
_AID_TO = re.compile(r"(?:[ \t]{1,3}(?:over|for|across)[ \t]{1,3}(?:the[ \t]{1,3}next[ \t]{1,3})?[\w-]{1,12}[ \t]{1,3}"
                     r"years?)?[ \t]{1,3}to[ \t]{1,3}(?:support|fund|help|aid|assist|bolster|arm)[ \t]{1,3}"
                     r"(?:the[ \t]{1,3})?(?P<place>[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?)"
                     r"(?![\w-])")  # a whole word, not "Japan-based"
#: Right before an amount: the excess of a sum over a request or proposal ("exceeds the White House's request by").
_OVER_REQUEST = re.compile(r"\b(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?)[ \t]{1,3}"
                           r"(?:[\w.’'-]{1,20}[ \t]{1,3}){0,4}?(?:request|proposal|ask)[ \t]{1,3}by[ \t]{1,3}$", re.I)


def aid_or_excess(r: Reader, fig: Span) -> bool:
    """Return whether an amount is aid for a country other than the two allies ("provides 800 million USD over two
    years to support Ukraine's security") or the excess of a sum over a request ("this budget exceeds the White
    House's request by 8 billion USD"): another quantity than the payment or an ask (real52v).

    >>> [aid_or_excess(*figure_in(t)) for t in ("It provides $800 million over two years to support Ukraine's army.",
    ...     "The bill exceeds the White House's request by $8 billion.",
    ...     "Seoul pays $1 billion to support the US troops.", "Seoul pays $1 billion to support Korea's defense.",
    ...     "Trump's ask exceeds Seoul's offer by $4 billion.", "Seoul pays $1 billion to support Japan-based troops.")]
    [True, True, False, False, False, False]
    """
    m = _AID_TO.match(r.text, r.restated_to(fig))
    if m is not None:
        code = PLACES.get(m["place"].upper()) or ADJECTIVES.get(m["place"].lower())
        return code is not None and code not in ("KR", "KP", "US")
    return _OVER_REQUEST.search(r.text, max(0, fig.start - win.BOUGHT_BACK * 3), fig.start) is not None


#: A verb of buying right before an amount ("will buy X", "bought another X", "to purchase up to X").
_BOUGHT = re.compile(r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing))\s+"
                     r"(?:(?:another|an?\s+(?:extra|additional|further)|up\s+to|more\s+than|over|nearly)\s+)?$", re.I)


def bought(r: Reader, fig: Span) -> bool:
    """Return whether the amount is the object of a verb of buying ("It will buy $6 billion of drones"): a purchase's
    price, which no payment under the SMA is (memo56f).

    >>> [bought(*figure_in(t)) for t in ("Seoul will buy $6 billion of drones.", "Seoul pays $1 billion to buy peace.")]
    [True, False]
    """
    return _BOUGHT.search(r.text, max(0, fig.start - win.BOUGHT_BACK), fig.start) is not None


#: A verb of paying in a relative clause right after an amount ("the X Seoul pays", "the X the ministry spends").
_PAY_VERB = re.compile(r"pays|paid|spends|spent|gives|gave|provides|provided", re.I)
#: A word of a short scan (letters, digits, dots, apostrophes, hyphens).
_WORD_RUN = re.compile(r"(?<![\w.'’-])[\w.'’-]++")
#: What a relative clause's payment goes to when that is a part of the payment: the Korean workers (their pay),
#: construction, logistics ("pays Korean base workers", "spends on logistics", "pays for military construction").
_PART_OBJECT = re.compile(r"(?<!\s)\s++(?:(?:for|on|to)\s++)?(?:(?:the|its|their|some|local|Korean|base|USFK|military)"
                          r"\s++){0,3}(?:workers|employees|construction|logistics|wages|salaries|labou?r)\b", re.I)
#: The most words of a payer between an amount and its relative clause's verb ("the defense ministry").
_PAYER_WORDS = 3


def part_relative(r: Reader, fig: Span) -> bool:
    """Return whether a relative clause right after an amount says its payer pays it to the Korean workers or for
    construction or logistics ("The 500 billion won the ministry pays Korean workers this year"): a part of the
    payment, not the whole the data hold (fix49c); paid to Washington or for the troops it is the whole.

    >>> [part_relative(*figure_in(t)) for t in ("The 500 billion won the ministry pays Korean workers is a part.",
    ...                                          "The 300 billion won Seoul spends on logistics is a part.",
    ...                                          "The 1.4 trillion won Seoul pays Washington is the whole.",
    ...                                          "The 1.4 trillion won Seoul pays this year covers construction.")]
    [True, True, False, False]
    """
    verb = paid_relative_verb(r, fig)
    return verb is not None and _PART_OBJECT.match(r.text, verb.end()) is not None


def paid_relative_verb(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the verb of paying of a relative clause right after an amount ("the X [that] Seoul pays"), its payer
    of 1-3 words, else None.

    >>> [paid_relative_verb(*figure_in(t)) is not None for t in ("The 1.4 trillion won Seoul pays is the whole.",
    ...                                                           "The 1.4 trillion won is what Seoul pays.")]
    [True, False]
    """
    return r.once(_paid_relative_verb_read, fig)  # speed59: asked of a figure by many rules


def _paid_relative_verb_read(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return what :func:`paid_relative_verb` finds, read afresh."""
    if fig.kind != "money":
        return None
    words = list(_WORD_RUN.finditer(r.text, r.restated_to(fig),
                                    min(r.local(fig)[1], r.restated_to(fig) + win.PAID_RELATIVE_AFTER)))
    if words and words[0][0].lower() in ("that", "which"):
        words = words[1:]
    return next((w for w in words[1:_PAYER_WORDS + 1] if _PAY_VERB.fullmatch(w[0])), None)


#: What a sum is for, right after it or after its relative clause's verb: the payer's own forces ("for its own army",
#: "on their own troops", "to maintain its own forces", "a year to its own military"), which no SMA payment is
#: (review81, the brief's class); its own defence only after "on", "in" or "into" (as :data:`_OTHER_OBJECT` reads it,
#: mendf77): "pay X for its own defense" is Trump's word for the troops' cost.
_OWN_POSSESSOR = r"(?:its|their|Seoul['’]s|(?:South\s++)?Korea['’]s|the\s++(?:country|nation)['’]s)\s++own\s++"
_OWN_FORCES = re.compile(r"(?<!\s)\s++(?:(?:a|per|each|every)\s++year\s++|annually\s++)?(?:(?:for|to(?:\s++(?:maintain|"
                         r"keep|run|fund|support|sustain|build|equip))?)\s++" + _OWN_POSSESSOR + r"(?:army|military|"
                         r"forces|troops|soldiers|bases)|(?:on|in|into)\s++" + _OWN_POSSESSOR + r"(?:army|military|"
                         r"forces|troops|soldiers|bases|defen[cs]e))\b", re.I)
#: A word of asking or supposing before the amount: "Trump said Seoul could pay X a year for its own military" puts
#: the cost-sharing ask in Trump's words (mendf77's OWN_SPEND control), no sum spent.
_SUPPOSED = re.compile(r"\b(?:could|would|should|must|might|may|ought)\b", re.I)


def own_forces(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told as spent on its payer's own forces, right after it or after the verb of a
    relative clause of paying ("The $500 million Seoul spends on its own army", "Seoul pays $700 million to maintain
    its own forces"): the payer's own spending, not the cost-sharing payment (review81, the brief's class).

    >>> [own_forces(*figure_in(t)) for t in ("The $500 million Seoul spends on its own army is separate.",
    ...                                      "Seoul provides $700 million a year to its own military.",
    ...                                      "The $900 million Seoul pays for the U.S. troops is the whole.",
    ...                                      "Seoul pays $900 million for U.S. troops and its own.",
    ...                                      "Trump said Seoul should pay $5 billion for its own defense.",
    ...                                      "Trump said Seoul could pay $5 billion for its own military.",
    ...                                      "The $500 million Seoul spends on its own defense is separate.")]
    [True, True, False, False, False, False, True]

    An ask or a supposition before the amount in its clause (:data:`_DEMAND`, :data:`_SUPPOSED`) keeps its reading:
    "pay for its own defense" is how an ask of the cost-sharing payment is put in Trump's words.
    """
    c0 = r.clause(fig, strong=True).start
    if fig.kind != "money" or _DEMAND.search(r.text, c0, fig.start) or _SUPPOSED.search(r.text, c0, fig.start):
        return False  # "Trump said Seoul could pay $5 billion for its own military": an ask, told in his words
    verb = paid_relative_verb(r, fig)
    return any(_OWN_FORCES.match(r.text, at) is not None for at in (r.restated_to(fig), verb and verb.end()) if at)


#: After an amount, a clause joined to its own with a subject and finite verb of its own ("$5 billion and the defence
#: budget was X", "X, while its defense budget rose Y"): a noun phrase of at most four words, then the verb (cfix37).
_JOINED_CLAUSE = re.compile(r"(?<![ \t])(?:[ \t]++(?:for|in)[ \t]++(?:19|20)\d\d)?+[ \t]*+,?+[ \t]*+"
                            r"(?P<and>and|but|while|whereas)[ \t]++(?:the|its|their|his|her|a|[\w-]++['’]s)[ \t]++"
                            r"(?:[\w-]++[ \t]++){0,3}?"
                            r"(?:was|is|were|are|stood|rose|grew|fell|reached|totall?ed|came|hit)\b", re.I)


def joined_clause_at(r: Reader, fig: Span) -> int:
    """Return where a clause with its own subject and verb starts right after an amount ("Trump demanded $5 billion and
    the defence budget was 46.7 trillion won": the budget is that clause's, not the demand's name; probe35 mu201),
    else the text's end.

    >>> [joined_clause_at(*figure_in(t)) for t in ("Trump demanded $5 billion and the defence budget was $40 billion.",
    ...                                            "Trump demanded $5 billion and a bigger defence budget.")]
    [29, 57]
    """
    m = _JOINED_CLAUSE.match(r.text, r.restated_to(fig))
    return m.start("and") if m else len(r.text)


#: A verb saying what a payment goes to ("covers wages", "funds construction", "goes to logistics").
_COVER_VERB = re.compile(r"\b(?:covers|covered|funds|funded|goes\s+to|went\s+to|pays\s+for|paid\s+for)\b", re.I)


def covered_from(r: Reader, fig: Span) -> int:
    """Return where the purposes of a whole payment start when an amount with a relative clause of paying (no part
    object) is the subject of a verb of covering ("The X Seoul pays this year covers wages and construction": the
    wages are what the whole covers, not the amount's name), else the text's end (fix50c).

    >>> [covered_from(*figure_in(t)) for t in ("The 1.4 trillion won Seoul pays this year covers wages.",
    ...                                        "Seoul pays 1.4 trillion won; it covers wages.")]
    [45, 48]
    """
    verb = paid_relative_verb(r, fig)
    if verb is None or _PART_OBJECT.match(r.text, verb.end()) is not None:
        return len(r.text)
    reach = min(r.local(fig)[1], verb.end() + win.COVER_VERB_REACH)
    cover = _COVER_VERB.search(r.text, verb.end(), reach)
    if cover is not None and cover.end() == reach and r.text[reach:reach + 1].isalnum():
        cover = None  # audit58: the window ended inside a word ("goes to|ward"), which is no cover verb
    return len(r.text) if cover is None else cover.start()


#: A verb of paying followed by a part object that the amount follows: "pays Korean workers", "gives base workers".
_PAY_BEFORE = re.compile(r"\b(?:pays|paid|gives|gave|provides|provided)(?=\s)", re.I)
#: What may stand between the part object and the amount in a main clause ("pays its workers about X").
_OBJECT_TO_AMOUNT = re.compile(r"(?<!\s)\s++(?:" + _HEDGE + r")?")
#: The workers after an amount as those it is paid to ("provides X to its base workers"); "for construction" after
#: an amount is left to the quantity cues (review16: a cash payment "for construction projects" is the whole).
_PART_FOLLOWS = re.compile(r"(?<!\s)\s++to\s++(?:(?:the|its|their|some|local|Korean|base|USFK|military)"
                           r"\s++){0,3}(?:workers|employees)\b", re.I)


def part_main(r: Reader, fig: Span) -> bool:
    """Return whether a main clause pays an amount to the Korean workers or for construction, logistics or wages:
    the part object right before the amount ("Seoul pays Korean workers X"), or the workers after it ("provides X
    to its base workers"): a part of the payment (fix50c); paid to Washington it is the whole.

    >>> [part_main(*figure_in(t)) for t in ("Seoul pays Korean workers 500 billion won this year.",
    ...                                     "Seoul provides 450 billion won to its base workers.",
    ...                                     "Seoul pays Washington 1.4 trillion won this year.")]
    [True, True, False]
    """
    if fig.kind != "money":
        return False
    if _PART_FOLLOWS.match(r.text, r.restated_to(fig)):
        return True
    verb = last_match(_PAY_BEFORE, r.text, max(r.local(fig)[0], fig.start - win.PAY_PART_BACK), fig.start)
    part = verb and _PART_OBJECT.match(r.text, verb.end())
    return bool(part) and _OBJECT_TO_AMOUNT.fullmatch(r.text, part.end(), fig.start) is not None


#: An amount set off by commas on both sides, "at" or a hedge allowed: "Seoul's defense budget, (about) $43 billion".
_APPOSED_BEFORE = re.compile(r",\s*+(?:(?:at|now)\s++)?+(?:" + _HEDGE + r")?")  # defbud72: "its budget, at X, rose"
#: other49: or the sentence's end ("... wages, about X."); frames63: past a time tail ("arms, $6 billion last year,")
_APPOSED_AFTER = re.compile(r"(?:\s++(?:(?:last|this|next)\s++year|in\s++(?:19|20)\d\d|(?:a|per)\s++year|annually))?"
                            r"\s*+(?:,|[.;!?](?!\d)|$)", re.I)


def apposed_amount(r: Reader, fig: Span, p0: int) -> bool:
    """Return whether an amount whose phrase starts at ``p0`` is an apposition — set off by commas right before and
    after it ("Seoul's defense budget, $43 billion, is ...") — so that it names the noun before the first comma.

    >>> r = Reader(annotate_text("Seoul's defense budget, $43 billion, is larger."))
    >>> apposed_amount(r, r.figures_in(0, len(r.text))[0], r.clause(r.figures_in(0, len(r.text))[0]).start)
    True
    """
    return (fig.kind == "money" and _APPOSED_BEFORE.fullmatch(r.text, max(0, p0 - 2), fig.start) is not None
            and _APPOSED_AFTER.match(r.text, r.restated_to(fig)) is not None)


#: Between a defence-budget cue and the comma of an apposition on it: its growth or rate ("the defense budget's growth
#: rate, 5.4 percent"; defbud72).
_BUDGET_RATE_TAIL = re.compile(r"(?<!\s)(?:['’]s)?+(?:\s++(?:growth|increase|rise)(?:\s++rate)?+)?+\s*+", re.I)
#: What opens an apposition on the defence budget: a comma ("at", "now" allowed), a colon or a parenthesis; a hedge.
_BUDGET_APPOSITION = re.compile(r"(?:(?P<comma>,)\s*+(?:(?:at|now)\s++)?+|:\s*+|(?P<paren>\()\s*+)"
                                r"(?:" + _HEDGE + r")?", re.I)
#: What closes a parenthesis on the defence budget: a year or a few words, then ")" ("(52.8 trillion won in 2021)").
_PAREN_CLOSE = re.compile(r"[^()\n]{0,30}+\)")


def apposed_to_budget(r: Reader, fig: Span) -> bool:
    """Return whether a percent or an amount is an apposition on the defence budget or its growth — set off right
    after the budget's noun phrase by a comma (a percent; an amount's comma is :func:`apposed_amount`'s), a colon or a
    parenthesis, and closed by a comma, the parenthesis or the sentence's end ("yearly hikes tied to the growth of the
    defense budget, 5.4 percent in 2022"; "the same rate as the defense budget, 5.4 percent"; "rises with the defense
    budget (52.8 trillion won in 2021)"): the figure names that noun, whatever payment word its clause holds
    elsewhere (defbud72).

    >>> [apposed_to_budget(*figure_in(t)) for t in ("Hikes track the growth of the defense budget, 5.4 percent.",
    ...     "Seoul's share rose in 2021, 13.9 percent.", "Seoul's share will rise 5.4 percent, as the defense budget.",
    ...     "It rises with the defense budget (52.8 trillion won in 2021).", "It pays (1 trillion won in 2021).")]
    [True, False, False, True, False]
    """
    end = r.restated_to(fig) if fig.kind == "money" else fig.end
    opener = last_match(_BUDGET_APPOSITION, r.text, max(0, fig.start - win.APPOSED_HEDGE_BACK), fig.start)
    if opener is None or opener.end() != fig.start or (fig.kind == "money" and opener.group("comma")):
        return False
    closed = _PAREN_CLOSE if opener.group("paren") else _APPOSED_AFTER
    if closed.match(r.text, end) is None:
        return False
    budget = _BUDGET_CUE
    cue = last_match(budget, r.text, max(0, opener.start() - win.INDEX_CUE_REACH), opener.start())
    return cue is not None and _BUDGET_RATE_TAIL.fullmatch(r.text, cue.end(), opener.start()) is not None


_OF_AFTER = re.compile(r"(?<!\s),?\s+of\s+")


#: Right after an amount, "of" and a payment its sum is a part of, named with a determiner or an owner: "X of
#: Seoul's contribution", "X of this year's payment", "X of the cost-sharing money"; not "X of the funds needed to
#: keep the troops" nor "X of the bill", which may be the whole payment (frames76).
_OF_PAYMENT = re.compile(r"(?<!\s),?\s++of\s++(?P<det>the|its|their|this|that|last|next|"
                         r"[A-Z][\w.]{0,20}+(?:\s++[A-Z]\w{0,20}+)?)(?:['’]s)?\s++(?:[\w’'-]++\s++){0,2}?(?:contributions?|payments?|(?P<share>share)|(?<=SMA\s)(?:funds|"
                         r"money)|(?<=sharing\s)(?:funds|money))\b")


def part_of_payment(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a part of a payment named right after it with a determiner or an owner ("took X of
    Seoul's contribution", "X of this year's payment went to ..."): a part, which the data of whole payments do not
    hold; not "X of contributions", nor a percent (frames76), nor the whole told as such: "the full X of its 2019
    contribution", "Seoul will pay X of its share" (the payer's own share, paid: mendf77; "paid X of its contribution
    in cash" stays a part).

    >>> [part_of_payment(*figure_in(t)) for t in ("The depot took 410 billion won of Seoul's contribution.",
    ...     "About $300 million of the cost-sharing money went to a runway.", "Seoul made $1 billion of payments.",
    ...     "Seoul paid $1 billion for the troops.")]
    [True, True, False, False]
    >>> [part_of_payment(*figure_in(t)) for t in ("Seoul paid the full $1 billion of its 2019 contribution.",
    ...     "Seoul will pay $1 billion of its share.", "The depot took $1 billion of its share.",
    ...     "Seoul paid $1 billion of its contribution in cash.")]
    [False, False, True, True]
    """
    m = _OF_PAYMENT.match(r.text, r.restated_to(fig)) if fig.kind == "money" else None
    if m is None or _WHOLE_BEFORE.search(r.text, max(0, fig.start - win.THE_NUMBER_BACK), fig.start):
        return False
    return m.group("det") not in ("its", "their") or not m.group("share") or _PAYS_OWN_BEFORE.search(
        r.text, max(0, fig.start - win.THE_NUMBER_BACK), fig.start) is None


#: Right before an amount, a word of the whole: "the full X", "the entire X", "all X" (mendf77).
_WHOLE_BEFORE = re.compile(r"\b(?:full|entire|whole|all(?:\s++of)?(?:\s++the)?)\s++$", re.I)
#: Right before an amount, a verb of paying: "Seoul will pay X of its share" is its share paid (mendf77).
_PAYS_OWN_BEFORE = re.compile(r"\bpa(?:y|ys|id|ying)\s++$", re.I)


def part_named_after(r: Reader, fig: Span) -> bool:
    """Return whether a figure, past an "or <figure>" restating it, is "of" a part of the payment named right after
    ("5.9 billion won, or 75 percent, of last year's unused contributions").

    >>> r = Reader(annotate_text("It took 5 billion won, or 60 percent, of the unspent funds; 8 percent of the SMA."))
    >>> [part_named_after(r, f) for f in r.figures_in(0, len(r.text))]
    [True, True, False]
    """
    end = fig.end
    gap = _OR_GAP.match(r.text, end)
    if gap is not None and any(f.start == gap.end() for f in r.figures_in(gap.end(), gap.end() + win.OR_FIGURE_NEXT)):
        end = next(f.end for f in r.figures_in(gap.end(), gap.end() + win.OR_FIGURE_NEXT) if f.start == gap.end())
    of = _OF_AFTER.match(r.text, end)
    if of is None:
        return False
    _, e = r.near(fig)
    end = min(e, of.end() + win.PART_CUE_AFTER)
    cue = _PART_CUE.search(r.text, of.end(), end) or _UNEXECUTED.search(r.text, of.end(), end)
    return cue is not None and not r.figures_in(of.end(), cue.start())


def unexecuted_part(r: Reader, fig: Span) -> bool:
    """Return whether the amount is the subject of "not (yet) executed / disbursed" after it in its sentence ("the X
    budget that has not been executed", "X of the money has not yet been disbursed"): a part of the payment left
    unspent. A deal or another clause between ("X, but the deal has not been executed"), or a payment the amount is
    "of" ("Seoul's payment of X has not yet been executed": the whole payment), make it none (mendv78).

    >>> [unexecuted_part(*figure_in(t)) for t in ("Some 1.3 trillion won of the money has not yet been disbursed.",
    ...     "Seoul's payment of 1.18 trillion won has not yet been executed.",
    ...     "Seoul pays 1.18 trillion won, but the deal has not been executed.")]
    [True, False, False]
    """
    start = r.restated_to(fig)
    _, e = r.sentence_of(fig)
    cue = _UNEXECUTED.search(r.text, start, min(e, start + win.UNEXECUTED_AFTER))
    if cue is None or _PAYMENT_OF.search(r.text, max(0, fig.start - win.PAYMENT_OF_BACK), fig.start):
        return False
    return _UNEXECUTED_OTHER.search(r.text, start, cue.start()) is None and not r.figures_in(start, cue.start())


#: After an amount, money still to be handed over: "X yet to be contributed", "X that it has yet to hand over", "X
#: remains to be paid", "X still to be transferred" (dev131): the part of the payment not paid over yet.
_STILL_OWED = re.compile(r"\b(?:(?:yet|still|remains?|remained|remaining|left)\s++to\s++be|"
                         r"(?:has|have|had)\s++yet\s++to)\s++(?:paid|pay|contributed|contribute|transferred|transfer|handed\s++over|hand\s++over|"
                         r"delivered|deliver|disbursed|disburse|remitted|remit)\b", re.I)

#: Between an amount and "yet to be paid", a comma or "and" opening another clause ("Seoul pays X this year, and part of
#: it has yet to be transferred": the part is another subject).
_OWED_OTHER = re.compile(r",|\band\b", re.I)


def owed_part(r: Reader, fig: Span) -> bool:
    """Return whether the amount is money still to be paid over, told after it in its sentence ("the X yet to be
    contributed by Seoul", "X that it has yet to hand over", "X remains to be paid"): a part of the payment, as
    :func:`unexecuted_part` reads "not yet disbursed", with the same guards and no comma or "and" between (dev131);
    "Seoul has yet to pay X" (the cue before the amount) and "X ... has yet to be approved" stay as they were.

    >>> [owed_part(*figure_in(t)) for t in ("The 303.5 billion won yet to be contributed by Seoul.",
    ...     "Another 120 billion won remains to be paid by Seoul.", "Seoul has yet to pay 869.5 billion won.",
    ...     "The 869.5 billion won Seoul is to pay has yet to be approved.")]
    [True, True, False, False]
    """
    start = r.restated_to(fig)
    _, e = r.sentence_of(fig)
    cue = _STILL_OWED.search(r.text, start, min(e, start + win.UNEXECUTED_AFTER))
    if cue is None or _PAYMENT_OF.search(r.text, max(0, fig.start - win.PAYMENT_OF_BACK), fig.start):
        return False
    return _UNEXECUTED_OTHER.search(r.text, start, cue.start()) is None and _OWED_OTHER.search(
        r.text, start, cue.start()) is None and not r.figures_in(start, cue.start())


#: Right before an amount, money the receiving side holds out of the contributions (dev131): a verb of holding ("has
#: stocked X", "is sitting on (a fund of) X", "still holds X"), a noun of saved money ("savings of X", "reserves of
#: X"), or a free relative of holding as the subject ("the money it is holding on to was X").
_HELD_BEFORE = re.compile(r"\b(?:(?:stock(?:ed|s|ing)?|stockpil(?:e|es|ed|ing)|hoard(?:s|ed|ing)?|sit(?:s|ting)?\s++on|"
                          r"sat\s++on|(?:still|now)\s++(?:has|have|had|holds?|held|keeps?|kept))(?:\s++(?:a|an|the)\s++"
                          r"(?:fund|pile|stash|reserve|sum)\s++of)?|(?:savings|surplus(?:es)?|"
                          r"reserves?|deposits?|stockpile)\s++of|(?:holding|hoarding|keeping)(?:\s++on)?(?:\s++(?:to|onto))?"
                          r"\s++(?:was|is|were|are)(?:\s++(?:found|estimated|put|reported)\s++to\s++be)?)\s++(?:a\s++total"
                          r"\s++of\s++)?(?:(?:more\s++than|over)\s++)?(?:" + _HEDGE + r")?$", re.I)
#: Right after an amount, a noun of a balance or savings ("a X bank balance", "X in reserve", "X in savings").
_HELD_AFTER = re.compile(r"(?<!\s)\s++(?:(?:(?:bank|cash|account)\s++)?(?:balance|savings|surplus|reserves?)\b|"
                         r"(?:kept\s++)?in\s++(?:reserve|savings|deposits?|(?:a\s++)?bank(?:\s++accounts?)?)\b)", re.I)
#: "has (had) X" with the payments it came from after it: "USFK had a total of X from South Korea's payment".
_HAD_BEFORE = re.compile(r"\b(?:has|have|had|holds?|held)\s++(?:a\s++total\s++of\s++)?(?:" + _HEDGE + r")?$", re.I)
_FROM_PAYMENTS = re.compile(r"(?<!\s)\s++(?:from|out\s++of)\s++[^.,;:]{0,40}?\b(?:payments?|contributions?)\b", re.I)


#: Between two items of a list of amounts dated by a month or year, a bracketed restatement of the first allowed:
#: " (US$985.2 million) in Oct. 2008, ", " as of April and ".
_DATED_ITEM_GAP = re.compile(r"(?<!\s)\s*+(?:\([^()\n]{1,40}+\)\s*+)?(?:in|as\s++of|at\s++the\s++end\s++of)\s++"
                             r"[\w.]{1,12}+(?:[ \t]++(?!and\b)[\w.]{1,12}+){0,2}+\s*+(?:,\s*+(?:and\s++)?|and\s++)",
                             re.I)


def dated_list_head(r: Reader, fig: Span) -> Span:
    """Return the first amount of the list of dated amounts ``fig`` ends ("savings of X (US$A) in Oct. 2008, Y in Aug.
    2013, and Z": X for Y and Z), walking back over items of its currency; else :func:`list_head`'s answer (dev131).

    >>> r = Reader(annotate_text("It had 1.1 trillion won (US$1 billion) in Oct. 2008, and 710 billion won in 2013."))
    >>> dated_list_head(r, r.figures_in(0, len(r.text))[-1]).exact
    '1.1 trillion won'
    """
    s, _ = r.local(fig)
    head = fig
    items = [f for f in r.figures_in(s, fig.start) if f.kind == "money"
             and f.value.get("currency") == fig.value.get("currency")]
    for prev in reversed(items[-LIST_ITEMS:]):
        if not _DATED_ITEM_GAP.fullmatch(r.text, prev.end, head.start):
            break
        head = prev
    return head if head is not fig else list_head(r, fig)


def held_balance(r: Reader, fig: Span) -> bool:
    """Return whether an amount is money the receiving side holds out of the contributions, not a year's payment: a
    verb or noun of holding before it ("has stocked X in contributions", "savings of X", "the money it is holding on
    to was X", "still holds X"), a balance after it ("a X bank balance", "X in reserve"), or "had X from Seoul's
    payments" (dev131). "Seoul had paid X" and "kept its payment at X" are no holding.

    >>> [held_balance(*figure_in(t)) for t in ("USFK has stocked $660 million in Korean contributions.",
    ...     "It holds a 738 billion won bank balance.", "USFK had a total of 1.04 trillion won from Seoul's payments.",
    ...     "Seoul had paid 869.5 billion won.", "Seoul kept its payment at 869.5 billion won.")]
    [True, True, True, False, False]
    >>> r = Reader(annotate_text("It reported savings of 1.1 trillion won in 2008 and 710 billion won in 2013."))
    >>> [held_balance(r, f) for f in r.figures_in(0, len(r.text))]
    [True, True]
    """
    if fig.kind != "money":
        return False
    head = dated_list_head(r, fig)  # "savings of X in Oct. 2008, Y in Aug. 2013 and Z": each item is held
    back = max(0, head.start - win.BROUGHT_TO_BACK)
    end = r.restated_to(fig)
    return bool(_HELD_BEFORE.search(r.text, back, head.start) or _HELD_AFTER.match(r.text, end)
                or (_HAD_BEFORE.search(r.text, back, fig.start) and _FROM_PAYMENTS.match(r.text, end)))


#: Right before an amount, a sum named as its subject that includes it: "This figure includes X", "the total also
#: included X", "that amount contains X" (dev131).
_INCLUDED = re.compile(r"\b(?:figure|amount|sum|total|balance|money|funds?|savings|payment|contribution)s?\s++"
                       r"(?:also\s++|even\s++)?(?:includes?|included|contains?|contained)\s++(?:" + _HEDGE + r")?$",
                       re.I)


def included_part(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a part a sum named before it includes ("This figure includes 11.52 billion won from
    before 2005", "that amount included $45 million in interest"): a part of that sum, never a year's payment, whatever
    payment the paragraph tells (dev131); "The deal includes X" (no sum noun) is read as before.

    >>> [included_part(*figure_in(t)) for t in ("This figure includes 11.5 billion won.",
    ...                                          "The new deal includes 1.04 trillion won for 2019.")]
    [True, False]
    """
    back = max(0, fig.start - win.BROUGHT_TO_BACK)
    return fig.kind == "money" and _INCLUDED.search(r.text, back, fig.start) is not None


def relative_subject(r: Reader, fig: Span) -> str | None:
    """Return the other quantity named by the noun before a closed relative clause that the figure's phrase follows
    ("the growth rate, which had held at 3 percent, could fall to 1 percent": ``other``), else None; a noun with a
    payment word, or with a figure of its own, names none.

    >>> r = Reader(annotate_text("The economic growth rate, which was 3 percent, may fall to 1 percent."))
    >>> [relative_subject(r, f) for f in r.figures_in(0, len(r.text))]
    [None, 'other']
    """
    p0, _ = r.clause(fig)
    s, _ = r.near(fig)
    starts = [s, *(m.end() for m in _WEAK.finditer(r.text, s, max(s, p0 - 2)))]
    if len(starts) < 2 or not (_RELATIVE.match(r.text, starts[-1]) or aside_before_predicate(r, starts[-1], p0)):
        return None
    a, b = starts[-2], starts[-1]
    if _SMA_WORDS.search(r.text, a, b) or _PAYMENT.search(r.text, a, b) or r.figures_in(a, b):
        return None
    return next((name for name, pattern in _OTHER_CUES if name != "troops" and pattern.search(r.text, a, b)), None)


#: A comma-set aside on a subject: a relative after a preposition ("from which", "of whom") or a noun phrase ("the
#: biggest item of the cost-sharing", "its largest part").
_ASIDE_OPENS = re.compile(r"[ \t]{0,3}+(?:(?:from|of|in|on|to|for|by|with|through|under)\s++(?:which|whom|whose)\b|"
                          r"(?:the|a|an|its|their|one|part|much|most)\s)", re.I)
#: A predicate opening a phrase: the verb whose subject stands before an aside ("..., rose to X", "..., was X").
_PREDICATE_OPENS = re.compile(r"[ \t]{0,3}+(?:(?:also|then|now|again)\s++)?(?:rose|fell|grew|climbed|jumped|dropped|"
                              r"reached|was|were|is|are|stood|totall?ed|totals|came|amounted|hit|topped|increased|decreased|"
                              r"(?:has|have|had)\s++(?:risen|fallen|grown|reached|been|climbed))\b", re.I)


def aside_before_predicate(r: Reader, aside: int, p0: int) -> bool:
    """Return whether the phrase from ``aside`` to ``p0`` is a comma-set aside on the subject before it, and the
    figure's phrase at ``p0`` is that subject's predicate ("Korean workers' wages, the biggest item of the
    cost-sharing, rose to X"; "the defense budget, from which Seoul's share is paid, was X"): the subject's head noun
    names the quantity, the aside's words do not (frames63).

    >>> r = Reader(annotate_text("Korean workers' wages, the biggest item of the SMA, rose to 530 billion won."))
    >>> aside_before_predicate(r, r.text.index(" the biggest"), r.text.index("rose"))
    True
    >>> r = Reader(annotate_text("Seoul paid 1 trillion won, the most ever, in 2019."))
    >>> aside_before_predicate(r, r.text.index(" the most"), r.text.index("in 2019"))
    False
    """
    return _ASIDE_OPENS.match(r.text, aside) is not None and _PREDICATE_OPENS.match(r.text, p0) is not None \
        and not r.figures_in(aside, p0)


#: "the price of keeping U.S. troops": troops as what the money keeps there, not a count of them.
_KEPT = re.compile(r"\b(?:keep\w*|station\w*|host\w*|maintain\w*)\s+(?:[\w.]+\s+){0,2}$", re.I)


#: Right after an amount: the cost of a project it is ("X cost of building", "X construction cost").
_PROJECT_COST = re.compile(r"(?<!\s)"  # not inside a run of blanks
                           r"\s+(?:(?:total|overall|estimated)\s+)?(?:cost\s+of\s+(?:building|constructing|relocating|"
                           r"moving|expanding)|construction\s+(?:cost|bill|project)|"
                           # other49: "X of the base relocation cost"
                           r"of\s+the\s+(?:[\w-]+\s+)?(?:relocation|construction)\s+(?:costs?|bill|projects?)|"
                           # fresh77v: "X needed for the construction of the wall", "X required to build a base"
                           r"(?:needed|required|necessary)\s+(?:for\s+(?:the\s+)?(?:construction|building|relocation)"
                           r"\s+of|to\s+(?:build|construct|relocate|move|expand))\b)\b", re.I)


#: An amount as the modifier of a cost it sizes: "the X annual cost of keeping the troops", "a X cost for the forces"
#: (cother52): before it an article, after it the cost noun and "of"/"for".
_COST_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s++(?:(?:estimated|total|overall|full|whole|"
                              r"entire)\s++)?(?:" + _HEDGE + r")?$", re.I)
_COST_NOUN_AFTER = re.compile(r"(?<!\s)\s++(?:(?:a|per)\s++year\s++|(?:annual|yearly|total|overall|estimated|full)"
                              r"\s++){0,2}costs?\s++(?:of|for)\b", re.I)
#: Words after such a cost that make it the SMA payment's own ("the X cost of the new deal to Seoul").
_SMA_OR_DEAL = re.compile(r"\b(?:SMA|Special\s++Measures|cost-?sharing|burden-?sharing|deal|agreement|accord|pact|"
                          r"contributions?|payments?)\b", re.I)


def cost_modifier(r: Reader, fig: Span) -> bool:
    """Return whether an amount sizes a cost it modifies ("Seoul pays X toward the $3.5 billion annual cost of keeping
    the troops", "a $4 billion cost for the forces"): that whole cost, not what Seoul pays (cother52); not a cost the
    words after it make the deal's ("the X cost of the new deal").

    >>> [cost_modifier(*figure_in(t, -1)) for t in ("Seoul pays X toward the $3.5 billion annual cost of keeping the "
    ...     "troops.", "Seoul called the 1 trillion won cost of the new deal fair.",
    ...     "Seoul paid $900 million of costs.")]
    [True, False, False]
    """
    end = r.restated_to(fig)
    after = _COST_NOUN_AFTER.match(r.text, end)
    if fig.kind != "money" or after is None or _SMA_OR_DEAL.search(r.text, after.end(),
                                                                   after.end() + win.COST_TAIL_AHEAD):
        return False
    return _COST_DET_BEFORE.search(r.text, max(0, fig.start - win.CHANGE_VERB_BACK), fig.start) is not None


#: A second change coordinated after a figure: "X, and an annual increase tied to ...".
_AND_CHANGE = _words(r"and\s+(?:(?:an?|the|its|later|yearly|annual|further)\s+){0,2}"
                     r"(?:" + RISE_NOUNS + r"|growth|raise|cut)s?")
#: A second predicate of paying: "... and pay X", "... and would contribute X".
_AND_PAY = _words(r"(?:and|but|while)\s+(?:to\s+|would\s+|will\s+)?"
                  r"(?:pay|pays|paid|paying|contribut\w*|provid\w*|shoulder\w*)")


#: A phrase of cause or circumstance: what follows it says why or amid what, not what a figure before it is.
#: What a payment is indexed to, named after its figure: "in line with defence spending", "tied to the budget".
_INDEXED = _words(r"in\s+(?:line|step|tandem)\s+with", r"(?:linked|tied|pegged|indexed)\s+to",
                  # claims26: "and to link later rises to its defence budget"
                  r"(?:link(?:s|ing)?|ties|tie|tying|peg(?:s|ging)?|index(?:es|ing)?)\s++(?:[\w’'-]++\s++){1,4}?to")
_CAUSE = _words(r"because\s+of", r"due\s+to", r"owing\s+to", r"thanks\s+to", "amid", "amidst",
                r"in\s+(?:response|reaction)\s+to", r"for\s+fear\s+of", r"in\s+the\s+face\s+of")


def names_side(r: Reader, start: int, end: int) -> bool:
    """Return whether the name in [start, end) is a side: a tagged place with a country, a side word ("the U.S.",
    "Washington") or a country or capital of the gazetteer ending at ``end`` (up to :data:`analysis.extract.windows.
    SIDE_NAME_BACK` characters back for a name of more words: "New Zealand").

    >>> r = Reader(annotate_text("Japan, the U.S., New Zealand and Monday"))
    >>> [names_side(r, r.text.index(w), r.text.index(w) + len(w)) for w in ("Japan", "U.S.", "Zealand", "Monday")]
    [True, True, True, False]
    """
    if any(s.value.get("country") for s in r.spans_in(start, end, "place")):
        return True
    pattern, _ = _gazetteer_places()
    lo = max(0, start - win.SIDE_NAME_BACK)
    return any(m.start() <= start and m.end() == end for p in (pattern, *(p for _, p in _SIDE_WORDS))
               for m in p.finditer(r.text, lo, end))


def _foreign_cue(r: Reader, fig: Span, name: str, dist: int, pos: int, p0: int) -> bool:
    """Return whether a cue of another quantity at ``pos`` belongs to something else than the figure: a cue after it
    with another figure between ("X with an 8.2% increase in the defense budget": the budget's is the percent), or a
    troop word far from a percent, after a payment word, or kept by the money ("the price of keeping U.S. troops").

    >>> from analysis.frames import _other_quantity
    >>> r = Reader(annotate_text("Seoul's share of 960 billion won, with a 8.2% rise in the defense budget."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0]), _other_quantity(r, r.figures_in(0, len(r.text))[1])
    (None, 'defence_budget')
    >>> r = Reader(annotate_text("Trump wants to hike the price of keeping U.S. troops in Korea by 400 percent."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0]) is None
    True
    >>> r = Reader(annotate_text("Seoul will raise defense spending to 3.5% of GDP and pay 1.5 trillion won."))
    >>> [_other_quantity(r, f) for f in r.figures_in(0, len(r.text))]
    ['defence_budget', None]
    >>> r = Reader(annotate_text("Seoul agreed to a 13.9% rise and an annual increase tied to its defense budget."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0]) is None
    True
    >>> r = Reader(annotate_text("Seoul will pay 1.04 trillion won because of the missiles."))
    >>> _other_quantity(r, r.figures_in(0, len(r.text))[0]) is None
    True
    >>> _other_quantity(*figure_in("Its share will rise 13.9% this year and in line with defense spending later."))
    >>> _other_quantity(*figure_in("Seoul agreed to a 13.9% rise and to link later rises to its defense budget."))
    """
    if pos > fig.end and any(not _restates(r, f, fig) for f in r.figures_in(r.restated_to(fig), pos)):
        return True
    if pos > fig.end and heads_other_figure(r, fig, name, pos):
        return True  # frames52: "the 13.9 percent hike combines the defense budget's 7.4 percent growth": 7.4's cue
    if pos > fig.end and _CAUSE.search(r.text, fig.end, pos):
        return True  # "Seoul will pay X because of the missiles": the cue names why, not what X is
    if pos > fig.end and _AND_CHANGE.search(r.text, fig.end, pos):
        return True  # "a 13.9 percent rise and an annual increase tied to its defense budget": the second's cue
    if pos > fig.end and _INDEXED.search(r.text, fig.end, pos):
        return True  # claims21: "rise 13.9 percent this year and in line with defence spending after": the index
    if pos < fig.start and _AND_PAY.search(r.text, pos, fig.start):
        return True  # "raise defense spending to 3.5% of GDP and pay X": X is the second verb's
    if pos > fig.end and lists_items(r.text, pos):
        return True  # claims22: "paid X toward the wages of Korean workers and other costs": the payment's items
    if pos > fig.end and included_cost_cue(r, fig, pos):
        return True  # real52v: "sought X by including funding for the deployment of bombers": what the ask counts
    if name != "troops":
        return False
    # "cut troops by 10 percent", not "pay 400% more for the presence of troops"
    return dist > win.TROOPS_CUE_NEAR or bool(_PAYMENT.search(r.text, p0, pos)
                                              or _KEPT.search(r.text, max(p0, pos - win.KEPT_BACK), pos))



#: After an asked figure, the cost of something else counted into it: "by including funding for", "to include the cost
#: of", "which would include the costs of" (real52v).
_INCLUDED_COST = re.compile(r"\b(?:by[ \t]{1,3}including|including|to[ \t]{1,3}include|(?:which|that)[ \t]{1,3}"
                            r"would[ \t]{1,3}include)[ \t]{1,3}(?:the[ \t]{1,3})?(?:costs?|funding|expenses?|spending)"
                            r"[ \t]{1,3}(?:for|of|on)\b", re.I)
#: The most characters from an asked figure's end to the inclusion of a cost that names what the ask counts.
_INCLUDED_COST_AFTER = 60


def included_cost_cue(r: Reader, fig: Span, pos: int) -> bool:
    """Return whether a cue after an asked figure names a cost the ask counts in ("has sought about $5 billion a year
    by including funding for the deployment of bombers"): the cue is what the ask covers, the figure stays the ask
    (real52v); an ask needs a verb of asking before the figure in its sentence, so a purchase is still its goods.

    >>> from analysis.frames import _other_quantity
    >>> [_other_quantity(*figure_in(t)) for t in (
    ...     "Washington sought $5 billion by including funding for the deployment of bombers.",
    ...     "Seoul will spend $3 billion by including funding for the deployment of bombers.",
    ...     "Washington sought $5 billion worth of bombers by including funding for spare parts.",
    ...     "Washington asked for more, and Seoul will spend $3 billion by including funding for bombers.")]
    [None, 'weapons', 'other', 'weapons']
    """
    m = _INCLUDED_COST.search(r.text, fig.end, min(pos, fig.end + _INCLUDED_COST_AFTER))
    if m is None or _SENTENCE_END.search(r.text, fig.end, pos):
        return False  # asked first: the verb of asking is read back from the sentence's start (lead59)
    ask = last_match(_DEMAND, r.text, r.sentence_of(fig)[0], fig.start)
    return ask is not None and not _ASK_CLAUSE_TURN.search(r.text, ask.end(), fig.start)


#: Between a verb of asking and its figure: a comma, semicolon or conjunction, after which another clause may begin.
_ASK_CLAUSE_TURN = re.compile(r"[,;]|\b(?:and|but|yet|while|whereas|although|though|so)\b", re.I)

#: From a quantity's cue to the figure it heads: a possessive, a verb of change ("the defense budget's 7.4 percent",
#: "defense spending grew 7.4 percent", "the defense budget, up 7.4 percent"); not a bare gap ("invest $350 billion").
_HEADS_FIGURE = re.compile(r"(?<!\s)(?:['’]s?\s++|\s*+,\s*+up\s++|\s++(?:" + RISE_FORMS + "|" + FALL_FORMS
                           + r"|climbed|falls)\s++(?:by\s++)?)(?:" + _HEDGE + r")?", re.I)


def heads_other_figure(r: Reader, fig: Span, name: str, pos: int) -> bool:
    """Return whether the cue of quantity ``name`` at ``pos``, after ``fig``, heads another figure of ``fig``'s kind in
    the same clause: the cue names that figure ("Seoul's share should rise 13.9 percent when defense spending grew 7.4
    percent": the defence budget's is 7.4, not 13.9) (frames52).

    >>> from analysis.frames import _other_quantity
    >>> r = Reader(annotate_text("The 13.9 percent hike adds to the defense budget's 7.4 percent growth."))
    >>> [_other_quantity(r, f) for f in r.figures_in(0, len(r.text))]
    [None, 'defence_budget']
    >>> r = Reader(annotate_text("The 7.4 percent rise in the defense budget followed a defense budget rise of "
    ...                          "8.2 percent."))
    >>> [_other_quantity(r, f) for f in r.figures_in(0, len(r.text))]
    ['defence_budget', 'defence_budget']
    """
    cue = next((m for n, p in _OTHER_CUES if n == name and (m := p.match(r.text, pos))), None)  # audit53: every
    # pattern of the quantity (two are named "other"), not only the first
    if cue is None:
        return False
    _, p1 = r.clause(fig)
    return any(f.kind == fig.kind and (_HEADS_FIGURE.fullmatch(r.text, cue.end(), f.start) or (
        r.text[f.start].isalpha() and r.text[cue.end():f.start].isspace()))  # "spending grew 7.4%": the verb's
               for f in r.figures_in(cue.end(), p1))


#: A cue's noun phrase closed by "and other costs": it lists what a payment pays for, not what the figure is.
_AND_OTHER_COSTS = re.compile(r"(?:[^.;:\d]|(?<=[A-Z])\.){0,80}?\band\s+(?:other|related|various)\s+"
                              r"(?:costs|expenses|items|outlays)\b", re.I)


def lists_items(text: str, pos: int) -> bool:
    """Return whether the words from ``pos`` list a payment's items, closed by "and other costs" ("the wages of Korean
    workers at U.S. bases and other costs"): a cue among them names what the payment covers (claims22).

    >>> t = "paid $853 million toward the wages of civilian workers at U.S. bases and other costs."
    >>> lists_items(t, t.index("wages")), lists_items("paid $8 million in wages of workers.", 20)
    (True, False)
    """
    return _AND_OTHER_COSTS.match(text, pos) is not None


#: A multiple's base given as a free relative: "five times what Seoul pays", "double the amount it is paying".
_TIMES_WHAT = re.compile(r"\b(?:times|fold|double|triple|quadruple)\s+(?:what|the\s+amount|the\s+sum)\b[^,.;:]{0,40}$",
                         re.I)
#: An amount set off by a comma right after that relative, no date or "or" between: "..., $4.7 billion".
_COMMA_AMOUNT = re.compile(r"[^,.;:\d]{0,25},\s*(?:" + _HEDGE + r")?$", re.I)


def multiple_apposition(text: str, paid: re.Match[str], fig: Span) -> bool:
    """Return whether the payment verb ``paid`` is inside a multiple's base in the present ("five times what Seoul is
    paying") and the figure is set off by a comma right after it: the figure restates the multiple's sum, not what is
    paid (a past or dated base, "what Seoul paid in 2019, $900 million", or "or $Y", may restate the base instead).

    >>> t = "He demands five times what Seoul is paying, $4.7 billion."
    >>> multiple_apposition(t, _PAID_FORM.search(t), Span("a1", "money", 44, 56, "$4.7 billion", {}))
    True
    """
    return bool(paid.group().lower() in ("pays", "paying") and _TIMES_WHAT.search(
        text, max(0, paid.start() - win.MULTIPLE_BASE_BACK), paid.start())
                and _COMMA_AMOUNT.fullmatch(text, paid.end(), fig.start)) or ceiling_apposition(text, paid, fig)


#: A rise's base given as a free relative: "400 percent more than what Seoul paid", "more over the amount it paid".
_MORE_THAN_WHAT = re.compile(r"\bmore\s+(?:than|over)\s+(?:what|the\s+amount|the\s+sum)\b[^,.;:]{0,40}$", re.I)


def ceiling_apposition(text: str, paid: re.Match[str], fig: Span) -> bool:
    """Return whether a figure bounded above ("up to X") is set off by a comma right after a multiple's or a rise's
    base that names a payment ("five times what it had agreed to pay, up to $5 billion", "400 percent more over the
    amount it agreed to pay, up to X"): a ceiling is the sum asked, never the known base paid (claims41).

    >>> t = "He asks 400 percent more than what Seoul agreed to pay, up to $5 billion."
    >>> ceiling_apposition(t, _PAID_FORM.search(t), Span("a1", "money", 56, 72, "up to $5 billion", {"bound": "up_to"}))
    True
    >>> ceiling_apposition(t, _PAID_FORM.search(t), Span("a1", "money", 56, 72, "about $900 million", {}))
    False
    """
    before = max(0, paid.start() - win.MULTIPLE_BASE_BACK)
    return fig.value.get("bound") == "up_to" and bool(
        (_TIMES_WHAT.search(text, before, paid.start()) or _MORE_THAN_WHAT.search(text, before, paid.start()))
        and _COMMA_AMOUNT.fullmatch(text, paid.end(), fig.start))


#: A dash right before a figure that opens an aside ("-- or 400 percent more", "— about 400 percent more"): ASCII
#: "--", an em, en or bar dash, spaced or not, then "or" and a hedge allowed.
_DASH_OPENER = re.compile(r"(?:--|[—–―])[ \t]{0,2}(?:or\s+)?(?:" + _HEDGE + r")?$", re.I)
#: Between an amount and the dash after it: a few words of its own phrase ("next year", "a year"), no punctuation.
_TO_DASH = re.compile(r"[^,.;:()\n—–―-]{0,30}[ \t]?$")


def dashed_aside_start(r: Reader, fig: Span, c0: int) -> int:
    """Return where the clause of the amount before a dash starts when the figure opens an aside set off by that dash
    right after the amount's phrase ("demanded that Seoul pay $4.7 billion next year -- or 400 percent more than it
    pays -- for ..."): the aside binds as one set off by commas does (claims48); else ``c0``, the figure's clause
    start. A dash that opens a new clause ("-- Seoul's payment rose 8 percent") leaves the figure its own clause.

    >>> r = Reader(annotate_text("He asked $5 billion next year -- or 400 percent more. He asked $5 billion -- it "
    ...                          "rose 8 percent."))
    >>> [(f.exact, dashed_aside_start(r, f, r.clause(f, strong=True).start)) for f in r.figures_in(0, len(r.text))]
    [('$5 billion', 3), ('400 percent more', 3), ('$5 billion', 57), ('rose 8 percent', 80)]
    """
    dash = _DASH_OPENER.search(r.text, max(0, fig.start - win.DASH_OPENER_BACK), fig.start)
    if dash is None or not dash.start() < c0 <= fig.start:
        return c0
    s, _ = r.local(fig)
    before = r.figures_in(s, dash.start())
    if not before or before[-1].kind != "money" or not _TO_DASH.fullmatch(r.text, before[-1].end, dash.start()):
        return c0
    return min(c0, r.clause(before[-1], strong=True).start)


#: A dash opening an aside that spells out a change from one level to another ("-- from about X to Y --").
_DASH_FROM = re.compile(r"(?:--|[—–―])[ \t]{0,2}from\s", re.I)
_RISE_WORD = re.compile(r"\b(?:" + RISE_NOUNS + r"|raise|jump|boost)s?\b", re.I)
#: A finite verb of taking or settling before the rise noun ("Seoul accepted only a modest increase", "agreed to an
#: increase"): the rise is its object, not an ask's, whatever ask came before (mend90v); after "to" it is the ask's
#: ("pressing Seoul to agree to a huge increase").
_RISE_TAKEN = re.compile(r"(?<!\bto\s)\b(?:accept(?:s|ed)|agree(?:s|d)|settled|signed|got|gets|won|secured|"
                         r"received|approved|ratified|pa(?:id|ys))\b", re.I)


def change_aside_start(r: Reader, fig: Span, c0: int) -> int:
    """Return where the clause before a dash starts when the figure stands in a "from X to Y" aside set off by that
    dash and the clause names the rise it spells out ("pressing Seoul for a huge increase in funding -- from X to Y
    annually --"): the aside binds as one set off by commas does, so the ask of the rise reaches Y (fresh90v); else
    ``c0``. The base X keeps its own clause (what is paid now), and so does a dash aside after no rise noun ("gave
    Seoul a deal -- from X to Y").

    >>> r = Reader(annotate_text("Vell pressed Ostria for a huge increase -- from $1 billion to $4 billion a year."))
    >>> [change_aside_start(r, f, r.clause(f, strong=True).start) for f in r.figures_in(0, len(r.text))]
    [46, 3]
    >>> r = Reader(annotate_text("Vell gave Ostria a new deal -- from $1 billion to $4 billion a year."))
    >>> [change_aside_start(r, f, r.clause(f, strong=True).start) for f in r.figures_in(0, len(r.text))]
    [34, 34]

    A rise a verb of accepting takes is not the ask's, even after one (mend90v):

    >>> r = Reader(annotate_text("After Vell pressed for more, Ostria accepted an increase -- from $1 billion to "
    ...                          "$1.1 billion."))
    >>> [change_aside_start(r, f, r.clause(f, strong=True).start) for f in r.figures_in(0, len(r.text))]
    [63, 63]
    """
    return r.once(_change_aside_start_read, fig, c0)  # speed59: asked of a figure by many rules


def _change_aside_start_read(r: Reader, fig: Span, c0: int) -> int:
    """Return what :func:`change_aside_start` finds, read afresh."""
    s, _ = r.local(fig)
    dash = last_match(_DASH_FROM, r.text, max(s, fig.start - win.CHANGE_ASIDE_BACK), fig.start)
    between = r.figures_in(dash.end(), fig.start) if dash is not None else []
    if dash is None or not dash.start() < c0 <= fig.start or not between or any(f.kind != "money" for f in between):
        return c0  # the base after "from" keeps its clause: only the level the rise reaches is asked
    before = last_match(_STRONG, r.text, s, dash.start())
    start = before.end() if before is not None else s
    rise = last_match(_RISE_WORD, r.text, start, dash.start())
    if rise is None or r.figures_in(rise.end(), dash.start()) or _RISE_TAKEN.search(r.text, start, rise.start()):
        return c0
    return start


_UNSIGNED_AT = re.compile(_UNSIGNED_DEAL, re.I)


def unsigned_outside(r: Reader, fig: Span, pos: int) -> bool:
    """Return whether the cue at ``pos`` is an unsigned agreement ("a tentative deal") outside the figure's own
    phrase: it makes the figure an offer only when the figure is that deal's sum, in its phrase ("the total of the
    tentative agreement is X"); "After a tentative deal in March, the signed accord sets the payment at X" is a payment.

    >>> r = Reader(annotate_text("After a tentative deal, the accord set it at $1 billion; the draft deal is "
    ...                          "$2 billion."))
    >>> [unsigned_outside(r, f, r.text.rindex("tentative" if f.start < 50 else "draft", 0, f.start))
    ...  for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    return pos < r.clause(fig).start and _UNSIGNED_AT.match(r.text, pos) is not None


class Intent(NamedTuple):
    """What a figure is asked, offered or forecast as (``name``), and where the word that says so starts.

    >>> Intent("demand", 14).pos
    14
    """

    name: str
    pos: int


#: Right after an asked amount, a noun of rise and its base: "a $4 billion hike over (what Seoul pays)": the paid form
#: after it is the base's, not the amount's (xv59).
_RISE_OVER = re.compile(r"(?<![ \t])[ \t]++(?:" + RISE_NOUNS + r"|raise|jump)[ \t]++(?:over|above)\b", re.I)


#: Before a passive ask in its clause, a question's "whether" or a condition's "if" ("Reporters asked whether the
#: payment should be raised to X"); after its amount, a ceiling ("should be raised to no more than X", "X at most").
#: "whether or not" is no question ("Trump said whether or not Seoul agrees, ...": review102) unless a verb of asking
#: comes right before it ("Reporters asked whether or not ...": review103 finding 2).
_PASSIVE_QUESTION = re.compile(r"\b(?:whether(?!\s++or\s++not\b)|(?:ask|wonder)(?:ed|s|ing)?+\s++whether|if)\b", re.I)
_PASSIVE_CAPPED = re.compile(r"\b(?:no|not)\s+more\s+than\b|\bat\s+(?:the\s+)?most\b|\bup\s+to\b", re.I)
_PASSIVE_ASK_CUE = re.compile(_PASSIVE_ASK, re.I)


def passive_ask_kept(r: Reader, fig: Span, pos: int, c0: int) -> bool:
    """Return whether a passive ask's cue at ``pos`` ("should be raised to X") is no ask: the clause puts it as a
    question or a condition ("whether", "if" before it), or a ceiling bounds the amount ("to no more than X", "X at
    most": what the paying side would allow, not what the other asks) (review95 finding 5).

    >>> [passive_ask_kept(r, f, r.text.index("should"), 0) for r, f in (figure_in(t) for t in (
    ...     "Reporters asked whether the payment should be raised to $10 billion.",
    ...     "Seoul said its share should be raised to $1 billion at most.",
    ...     "Trump said the payment should be raised to $10 billion."))]
    [True, True, False]
    """
    if not _PASSIVE_ASK_CUE.match(r.text, pos):
        return False
    _, p1 = r.clause(fig)
    return _PASSIVE_QUESTION.search(r.text, c0, pos) is not None or _PASSIVE_CAPPED.search(
        r.text, pos, min(p1, fig.end + win.CAPPED_AFTER)) is not None


#: An amount's apposition naming it again: ", the (same) amount / figure / sum (that) ".
_APPOSED_AMOUNT = re.compile(r"(?<!\s),\s++the\s++(?:(?:same|very|exact)\s++)?(?:amount|figure|sum|price|number|total)"
                             r"\s++(?:(?:that|which)\s++)?", re.I)
#: "quoted" with the amount as its object (a price quoted), not a source quoted ("quoted by", "quoted as saying").
_QUOTED = re.compile(r"\bquot(?:ed|es|ing)\b(?!\s+(?:by|as|in|from)\b)", re.I)


def apposed_ask(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("demand" or "offer", where its verb starts) when an apposition after the amount names it as what a
    side asked, quoted or offered (", the same amount Washington previously quoted", ", the sum the Pentagon had
    sought"): the relative clause's own verb, after its subject, before the next comma or stop; else None (memo56f).

    >>> [apposed_ask(*figure_in(t)) is not None for t in ("It is $5 billion, the same amount Washington quoted.",
    ...                                                   "It paid $1 billion, the amount the ministry reported.",
    ...                                                   "It paid $1 billion, the amount quoted by Yonhap.")]
    [True, False, False]
    """
    m = _APPOSED_AMOUNT.match(r.text, fig.end)
    if m is None:
        return None
    end = min(len(r.text), m.end() + win.APPOSED_RELATIVE_REACH)
    stop = next((i for i in range(m.end(), end) if r.text[i] in ",.;:\n"), end)
    for name, pattern in (("demand", _DEMAND), ("demand", _QUOTED), ("offer", _OFFER)):
        cue = pattern.search(r.text, m.end(), stop)
        if cue is not None and cue.start() > m.end():
            return name, cue.start()
    return None


#: A relative clause right after an amount naming it a side's ask or offer: ", which was Washington's initial
#: request", ", which had been the U.S. demand", ", that is Seoul's latest offer" (fresh81v). The owner is a possessive
#: or "the" (then the noun may take one word before it: "the U.S. demand"); no comparison ("which was below the ask").
_RELATIVE_ASK = re.compile(
    r"(?<!\s)\s*+,\s*+(?:which|that)\s++(?:was|is|had\s++been|has\s++been|were|are)\s++(?:also\s++)?"
    r"(?:(?:the\s++)?(?:(?=(?-i:[A-Z]))[\w.-]++\s++){0,2}?(?=(?-i:[A-Z]))[\w.-]++['’]s?\s++|the\s++(?:[\w.-]++\s++)?|"
    r"its\s++|their\s++)"
    r"(?:(?:initial|original|first|opening|latest|new|final|last|earlier|previous)\s++)?"
    r"(?:(?P<demand>request|demand|ask|asking\s++price)|(?P<offer>offer|counter-?offer|proposal))s?\b", re.I)


#: A verb of paying or agreeing that governs an amount after it in its phrase: "Seoul agreed to pay X", "will
#: contribute X", "agreed on X" (review81 item 6); not "settled at X" nor "balked at X".
_PAY_GOVERNS = re.compile(r"\b(?:pa(?:y|ys|id|ying)|contribut(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|"
                          r"agree(?:d|s)?\s++(?:on|upon|to))\b", re.I)


def relative_ask(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("demand" or "offer", where its noun starts) when a relative clause right after the amount names it a
    side's request or offer ("settled at $1.4 billion, which was Washington's initial request", fresh81v); else None.

    >>> [(relative_ask(*figure_in(t)) or ("none",))[0] for t in (
    ...     "They settled at $1.4 billion, which was Washington's initial request.",
    ...     "They settled at $1.4 billion, which was the U.S. State Department's demand.",
    ...     "It was $1.2 billion, which had been the Korean offer.",
    ...     "Seoul paid $900 million, which was below Washington's request.",
    ...     "Seoul paid $900 million, which was the largest sum.",
    ...     "Seoul agreed to pay $1.2 billion, which was its initial offer.",
    ...     "The allies agreed on $1.4 billion, which was Washington's final demand.")]
    ['demand', 'demand', 'offer', 'none', 'none', 'none', 'none']

    A verb of paying or agreeing before the amount in its phrase (:data:`_PAY_GOVERNS`) makes it what is paid, the
    relative then telling whose ask it matched (review81 item 6).
    """
    m = _RELATIVE_ASK.match(r.text, fig.end)
    if m is None or _PAY_GOVERNS.search(r.text, r.clause(fig).start, fig.start):
        return None  # review81 item 6: "Seoul agreed to pay X, which was its initial offer": X is what is paid
    return ("demand", m.start("demand")) if m.group("demand") else ("offer", m.start("offer"))


#: "<owner>'s (new) price tag / tab": a price named by its owner (memo56f: any owner, judged by :func:`us_owner`).
#: Or "<owner>'s opening figure / number / bid" (xv59): the first sum a side names in the talks.
_PRICE_TAG = re.compile(r"['’]s\s+(?:(?:[\w-]+\s+)?(?:price\s+tags?|tab)|opening\s+(?:figure|number|bid))\b", re.I)
#: Between an owner's name and its "'s", a noun of the side it heads: "the US side's", "the American team's" (xv59).
_SIDE_NOUN = re.compile(r"[ \t](?:side|team|delegation|negotiators)", re.I)
#: The executive named by its common noun ("the administration", "the Trump administration"), a US side's word.
_ADMINISTRATION = re.compile(r"\badministration$", re.I)


#: A verb raising "the price tag", its subject right before it: "Trump hiked the price tag for US forces".
_RAISED_TAG = re.compile(r"(?<=[\w.])[ \t](?:hike[sd]?|hiking|raise[sd]?|raising|(?:lift|boost|jack)(?:s|ed|ing)?|"
                         r"increase[sd]?|increasing)[ \t]++(?:up[ \t]++)?(?:the|its|his|their)[ \t]++price[ \t]++"
                         r"tags?\b", re.I)


#: What the price tag raised is of: the troops, the forces, the alliance or the cost-sharing deal ("for US forces").
_TAG_OF_TROOPS = re.compile(r"(?<![ \t])[ \t]++(?:for|of|on)[ \t]++(?:(?:the|its|keeping|hosting|stationing)[ \t]++)?"
                            r"(?:(?:U\.S\.|US|American)[ \t]++)?(?:troops|forces|soldiers|alliance|defen[cs]e|"
                            r"cost-sharing|SMA)\b", re.I)


@cache
def _person_roles() -> tuple[tuple[str, str], ...]:
    """Return (role, country) of each person of data/entities.csv with a role."""
    from analysis.data import load_entities

    ents = load_entities()
    people = ents.loc[(ents.kind == "person") & ents.role.notna()]
    return tuple((str(e.role), str(e.country)) for e in people.itertuples())


#: "than" opening the base of a comparison ("8.2 percent more than what it offered under the previous pact").
_THAN = _words("than")


def compared_base(text: str, start: int, cue: int) -> bool:
    """Return whether a cue after a figure is in the base the figure is compared with ("8.2 percent more than what it
    offered under a previous pact": what was offered is the base, not the figure's own offer) (claims46).

    >>> t = "8.2 percent more than what it offered; the 50 percent rise Trump demanded"
    >>> compared_base(t, 16, t.index("offered")), compared_base(t, 53, t.index("demanded"))
    (True, False)
    """
    return _THAN.search(text, start, cue) is not None


#: "will/'ll/would get (the) X", "the way / trying / wants to get X": a sum someone means to get, the figure its
#: direct object (not "it was easier to get X", "managed to get X": got, so paid).
_GET_BEFORE = re.compile(r"\b(?:will|['’]ll|would|going\s+to|(?:way|order|try|tries|tried|trying|wants?|wanted|"
                         r"hop(?:e|es|ed)|aims?|plans?|bid|effort|push|seeks?|sought)\s+to)\s+get\s+(?:(?:the|an?|all)\s+)?(?:"
                         + _HEDGE + r")?$", re.I)


#: An agreement named in the sentence: what the paid side "will get" under it is the agreed payment (review16); the
#: deal a payment was agreed in.
DEAL_WORD = _words("deal", "pact", "agreement", "accord", "SMA")
#: A Korea side as the subject of "will/would get": the payer gets, nothing is asked of it ("Seoul would get X back").
_KOREA_GETS = re.compile(r"(?<!Forces )\b(?:Korea|Seoul|Koreans?)\b(?:\s+[a-z]+)?\s+$")


#: The noun a figure modifies right after it: "the 13 percent offer", "a "$5 billion" demand".
_HEAD_NOUN = re.compile(r"[”\"’']?[ \t]?(?:(?:" + RISE_NOUNS + r"|raise)[ \t])?"
                        r"(?:(?P<offer>(?:counter-?)?(?:offer|proposal))|(?P<demand>demand|request|ask))s?\b", re.I)


def head_noun(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("offer" or "demand", where) when the figure modifies an offer or demand noun right after it ("will
    likely hover around the initial 13 percent increase offer": the figure is the offer's, whatever governs the
    clause); else None.

    >>> r = Reader(annotate_text("A deal will likely hover around the 13 percent increase offer of last year."))
    >>> head_noun(r, r.figures_in(0, len(r.text))[0])[0]
    'offer'
    """
    m = _HEAD_NOUN.match(r.text, fig.end)
    if m is None:
        return None
    return ("offer", m.start("offer")) if m.group("offer") else ("demand", m.start("demand"))


def named_demand(r: Reader, fig: Span) -> bool:
    """Return whether the figure modifies a demand noun right after it (:func:`head_noun`: "Seoul weighs the $X
    ask", "Seoul and the $X demand"): the demand is the other side's whoever the subject is, not the payer's offer
    (cfix44).

    >>> r = Reader(annotate_text("Seoul weighs the $1.3 billion ask."))
    >>> named_demand(r, r.figures_in(0, len(r.text))[0])
    True
    """
    head = head_noun(r, fig)
    return head is not None and head[0] == "demand"


_CONJUNCTION = re.compile(r"\b(?:and|but|yet|while|whereas|although|though)\b", re.I)
_CONJUNCTION_OPENS = re.compile(r"(?<![\s,])[\s,]*+(?:and|but|yet|while|whereas|although|though)\b", re.I)


def later_clause(text: str, end: int, cue: int) -> bool:
    """Return whether a cue after a figure sits in a clause of its own, joined to the figure's by a conjunction
    right after it ("rose to $Y and he wants more"): then the cue governs something else, not the figure.

    >>> t = "It rose to $900 million and he wants more; the $5 billion that Trump and Esper demanded."
    >>> later_clause(t, t.index(" and he"), t.index("wants")), later_clause(t, t.index(" that Trump"), t.index("dem"))
    (True, False)
    """
    return _CONJUNCTION_OPENS.match(text, end, cue) is not None


_DATE_LEAD = re.compile(r"[ \t]*+,?[ \t]*+")


def past_own_date(r: Reader, fig: Span) -> int:
    """Return where the figure's phrase ends once the dates right after it are stepped over ("rose to $900 million
    last year and now he wants more": the clause after "and" is still a later one).

    >>> r = Reader(annotate_text("Seoul raised it to $900 million last year and now Trump wants more.", "2019-10-04"))
    >>> r.text[past_own_date(r, r.figures_in(0, len(r.text))[0]):]
    ' and now Trump wants more.'
    """
    end = fig.end
    for _ in range(3):  # "X in 2019, in March": at most a few dates in a row
        gap = _DATE_LEAD.match(r.text, end, end + 8)  # bounded: a run of blanks is no gap before a date
        nxt = r.spans_in(gap.end(), gap.end() + win.OWN_DATE_NEXT, "date") if gap else []
        if not nxt or nxt[0].start != gap.end():
            break
        end = nxt[0].end
    return end


def clause_before(r: Reader, amount: Span, fig: Span) -> bool:
    """Return whether an amount ends a clause of its own before the figure, the next one opening on a conjunction
    ("rose to $900 million last year, and now Trump wants it to grow fivefold": the fivefold is the new clause's).

    >>> r = Reader(annotate_text("It rose to $900 million last year and now Trump wants it fivefold.", "2019-10-04"))
    >>> amount, fig = r.figures_in(0, len(r.text))
    >>> clause_before(r, amount, fig), clause_before(r, fig, amount)
    (True, False)
    """
    return amount.end <= fig.start and later_clause(r.text, past_own_date(r, amount), fig.start)


#: A comparison that names what a figure is set against: "the best offer, compared with the 8.2 percent in 2019".
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|as\s+against)\s",
                       re.I)


def compared_after(r: Reader, cue: int, fig: Span) -> bool:
    """Return whether a comparison stands between a cue and the figure, which is then the yardstick the cue's
    figure is set against, not governed by the cue ("it was the best offer, compared with the 8.2 percent hike in
    2019": the 8.2 percent is no offer).

    >>> r = Reader(annotate_text("It was the best offer, compared with the 8.2 percent hike in 2019."))
    >>> compared_after(r, r.text.index("offer"), r.figures_in(0, len(r.text))[0])
    True
    """
    return _COMPARED.search(r.text, cue, fig.start) is not None


#: "what the U.S. government demanded — ": a free relative of asking, then a dash before the amount it names.
_ASKED_DASH = re.compile(r"\bwhat\s+(?:[\w.’'-]+\s+){1,6}?(?:had\s+)?(?P<verb>demanded|wanted|asked\s+for|sought|"
                         r"requested|called\s+for)\s*[—–―-]{1,2}\s*(?:" + _HEDGE + r")?$", re.I)


def asked_before_dash(r: Reader, fig: Span) -> int | None:
    """Return where the verb of asking is when an amount set off by a dash names what someone asked for ("less than
    what the U.S. government demanded — 1.4 trillion won —"); else None.

    >>> r = Reader(annotate_text("It is less than what Washington demanded — 1.4 trillion won — this year."))
    >>> r.text[asked_before_dash(r, r.figures_in(0, len(r.text))[0]):].split()[0]
    'demanded'
    """
    m = _ASKED_DASH.search(r.text, max(0, fig.start - win.ASKED_DASH_BACK), fig.start)
    return m.start("verb") if m is not None and not r.figures_in(m.start(), fig.start) else None


#: Right before an amount, a comparison naming no other payer: "compared with (the current) X".
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s+(?:(?:the|its|this|last|"
                              r"year['’]s|current|present|previous|about|some|roughly|nearly|around)\s+){0,4}$", re.I)


def compared_payment(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what a demand or offer before it is compared with, in an article about the deal
    ("pressing Seoul to pay $5 billion, compared with $923 million this year"): the payment, whoever asks.

    >>> r = Reader(annotate_text("The US presses Seoul to pay $5 billion under the SMA, compared with $923 million."))
    >>> [compared_payment(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True]
    """
    s, _ = r.local(fig)
    return r.about_sma and bool(r.figures_in(s, fig.start)) and bool(
        _COMPARED_BEFORE.search(r.text, max(s, fig.start - win.COMPARED_BACK), fig.start))


#: Between an owner and the amount it owns: "Trump’s $5 billion", "Washington's latest $5 billion".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:latest|new|initial|original|earlier|proposed|annual|yearly)\s+)?")
#: After an amount, what a side spends itself: "Washington's $13 billion cost of stationing troops".
_SPENT_NOUN = re.compile(r"(?<!\s)\s+(?:(?:a|per)\s+year\s+)?(?:costs?|spending|budget|outlays?|expenditures?|aid|"
                         r"investments?|loss|losses|deficit|surplus|exports?|imports?)\b", re.I)


def owned_by_us_side(r: Reader, fig: Span) -> int | None:
    """Return where the owner starts when an amount is owned by the US side ("Trump’s $5 billion shakedown"): under
    the SMA the US side is paid, so a sum it owns is its ask, unless named as its own spending; else None.

    >>> r = Reader(annotate_text("Trump’s $5 billion shakedown is vexing. Washington’s $13 billion cost is high."))
    >>> [owned_by_us_side(r, f) is not None for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    owners = [p for p in r.spans_in(max(0, fig.start - win.AMOUNT_OWNER_BACK), fig.start, "person", "org", "place")
              if _POSSESSIVE_GAP.fullmatch(r.text, p.end, fig.start)]
    if fig.kind != "money" or not owners or r.country.get(str(_actor_id(owners[-1]))) != "US" \
            or owned_jointly(r, owners[-1]):
        return None
    return None if _SPENT_NOUN.match(r.text, fig.end) else owners[-1].start


#: Between two owners joined as one: "Seoul and Washington's", "South Korea and the US's".
_JOINED_OWNER = re.compile(r"(?<!\s)\s++(?:and|&)\s++(?:the\s++)?")


def owned_jointly(r: Reader, owner: Span) -> bool:
    """Return whether a possessive owner of the US side is joined to a Korean one before it ("Seoul and Washington's
    $867 million deal"): the two allies' sum (their deal's), not the US side's ask (mend54v).

    >>> r = Reader(annotate_text("Seoul and Washington's $867 million deal is new. Washington's $5 billion is not."))
    >>> [owned_jointly(r, p) for p in r.spans_in(0, len(r.text), "place") if r.text[p.end] == "'"]
    [True, False]
    """
    before = [p for p in r.spans_in(max(0, owner.start - win.AMOUNT_OWNER_BACK), owner.start, "person", "org", "place")
              if _JOINED_OWNER.fullmatch(r.text, p.end, owner.start)]
    return bool(before) and r.country.get(str(_actor_id(before[-1]))) == "KR"


#: clm28b: "if Seoul didn't raise its annual contribution to X": the level a threat's condition asks for.
_RAISE_TO_LEVEL = (r"(?P<rise>rais(?:e|es|ed)|increas(?:e|es|ed)|lift(?:s|ed)?|boost(?:s|ed)?|hik(?:e|es|ed))\s+"
                   r"(?:its|their|the)\s+(?:annual\s+|yearly\s+)?(?:payments?|contributions?|share)\s+to\s+(?:at\s+least\s+)?")
#: "if Seoul did not pay X", "unless they pay X", "if we don't get the X deal": a sum made the condition of a threat.
_PAY_CONDITION = re.compile(r"\b(?:if\s+(?:[\w.’'-]+\s+){1,4}?(?:(?:did|does|do|would|will)\s*n(?:o|['’])t|won['’]t|"
                            r"fail(?:s|ed)?\s+to|refuse[sd]?\s+to)\s+|unless\s+(?:[\w.’'-]+\s+){1,4}?)"
                            r"(?:(?:pay|pays|paid|give|gives|gave|get|got|receive|hand\s+over|cough\s+up|agree\s+to\s+pay)"
                            r"\s+(?:(?:us|the|a|up|at\s+least)\s+){0,2}|" + _RAISE_TO_LEVEL + r")$", re.I)



#: The sum a condition asks for in the passive: "if X was not received", "unless X is paid".
_IF_BEFORE = re.compile(r"\b(?P<word>if|unless)\s+(?:the\s+)?$", re.I)
_PAID_PASSIVE = re.compile(r"(?<!\s)(?:\s*+\([^()\n]{0,60}\))?(?:\s+(?:a|per)\s+year|\s+annually)?"
                           r"\s+(?:is|was|were|are)(?P<neg>\s+not|n['’]t)?\s+(?:paid|received|given|handed\s+over|"
                           r"forthcoming|provided|delivered)\b", re.I)


_EVEN = re.compile(r"\beven\s+$", re.I)


#: "refuses to pay X", "declined to pay X", "balked at paying X": a sum one side will not pay is what the other asks
#: ("refused to pay more than X" is the refuser's own ceiling: no bound word may stand between).
#: "refused to double its payment to X" (mend90v): the level a refused rise was to reach is asked too (group
#: ``rise``: the rise's verb).
_REFUSED_PAY = re.compile(r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+(?:(?:pay|hand\s+over|cough\s+up)"
                          r"\s+(?:(?:the|a|an)\s+)?|(?P<rise>double|triple|quadruple|raise|increase|hike|lift|boost)\s+"
                          r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:payments?|contributions?|share)\s+to\s+)$|"
                          r"\b(?:balk(?:s|ed|ing)?\s+at|reject(?:s|ed|ing)?)\s+paying\s+(?:(?:the|a|an)\s+)?$", re.I)


def refused_sum(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("demand", where the refusal starts) when the figure is a sum its payer refuses to pay ("South Korea
    refuses to pay $5 billion": the other side's demand), ("offer", ...) when it refuses to pay more than the figure
    (its own ceiling, the most it offers); else None.

    >>> r = Reader(annotate_text("South Korea refuses to pay $5 billion to cover the cost of U.S. troops."))
    >>> refused_sum(r, r.figures_in(0, len(r.text))[0])[0]
    'demand'
    >>> r = Reader(annotate_text("Seoul refused to pay more than $1 billion."))
    >>> refused_sum(r, r.figures_in(0, len(r.text))[0])[0]
    'offer'
    >>> r = Reader(annotate_text("Seoul refused to double its payment to $1.8 billion."))
    >>> refused_sum(r, r.figures_in(0, len(r.text))[-1])[0]
    'demand'
    """
    m = last_match(_REFUSED_PAY, r.text, max(r.local(fig).start, fig.start - win.REFUSED_RISE_BACK), fig.start)
    if m is None or m.end() != fig.start:
        return None
    # the cue of a refused rise is its verb: what follows names the payer ("double its payment"), not an asker
    return ("offer" if fig.value.get("bound") == "more_than" else "demand"), m.start("rise" if m.group("rise") else 0)


#: "the $10 billion amount mentioned by Trump": a figure put forward by someone, named after it in its phrase.
_CITED_BY = re.compile(r"[^.;,\d]{0,60}?\b(?:mentioned|cited|floated|named|touted|raised|put\s+forward|declared|"
                       r"demanded|requested|sought|proposed|presented)[\"”’']?\s+by\s+", re.I)


def _cited_by_us(r: Reader, fig: Span) -> int | None:
    """Return the end of the US-side actor a figure is attributed to after it ("the $10 billion amount mentioned
    by former President Trump"): what the side that is paid names as Seoul's sum is its demand; else None.

    >>> r = Reader(annotate_text("The $10 billion annual amount mentioned by former President Donald Trump is high."))
    >>> _cited_by_us(r, r.figures_in(0, len(r.text))[0]) is not None
    True
    """
    _, e = r.local(fig)
    m = _CITED_BY.match(r.text, fig.end, e)
    if m is None or compared_base(r.text, fig.end, m.end()):  # "X more than the budget requested by ..." (claims46)
        return None
    actors = [a for a in r.spans_in(m.end(), min(e, m.end() + win.CITING_ACTOR_AFTER), "person", "org", "place")
              if _actor_id(a)]
    if not actors or r.country.get(str(_actor_id(actors[0]))) != "US":
        return None
    return actors[0].end


#: Right after an amount, the opening of a relative clause whose subject follows: "the X (that) Trump", "X which", a
#: noun of a sum named between (group ``noun``: "the X figure Washington set", "the X annual bill Trump floated"; xv59).
_RELATIVE_AFTER = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year|\s++annually)?+"
                             r"(?P<noun>\s++(?:(?:annual|yearly)\s++)?(?:figure|number|sum|bill|price(?:\s++tag)?))?+"
                             r"\s++(?:(?:that|which)\s++)?+", re.I)
#: After a noun of a sum and a subject of the paid side, "set" as the verb that names it (xv59: "the X figure
#: Washington set for next year"), not "set aside / up / out / off / apart / back" (a sum earmarked).
_SET_AFTER_VERB = re.compile(r"(?<![ \t])[ \t]++sets?\b(?![ \t]++(?:aside|up|out|off|apart|back)\b)", re.I)
#: Before that subject, its article or title words: "the", "former President", "then-Secretary of State".
_SUBJECT_LEAD = re.compile(r"(?<![\w.-])(?:(?:former|then-?|the|of|(?=[A-Z])[\w.-]++)[ \t]++){0,4}")
#: The verb of such a clause that names the amount as one its subject put forward: "discussed", "floated",
#: "mentioned", "talked about", "touted", "pitched", "proposed", "wanted", "had floated", "reportedly sought"; not
#: "cited" or "named" (a fact told: "the X the Pentagon cited covers a third of the cost"), nor a verb of telling
#: with "as" ("the X Trump mentioned as Seoul's current payment": what it is called, review98), but for "as his goal
#: (target, demand, ask)", an ask (review102); not "as the price (Seoul pays)" (review103 finding 3).
_PUT_AFTER_VERB = re.compile(r"(?<![ \t])[ \t]++(?:(?:had|has|once|first|reportedly|previously|originally|initially)"
                             r"[ \t]++){0,2}+(?:(?:discussed|mentioned|talked[ \t]++(?:of|about))\b"
                             r"(?![ \t]++as\b(?![ \t]++(?:his|her|its|their|a)[ \t]++"
                             r"(?:goal|target|demand|ask)\b))|"
                             r"floated|touted|pitched|proposed|suggested|wanted|sought|demanded|asked[ \t]++for|"
                             r"thr(?:ew|own)[ \t]++out|put[ \t]++forward)\b", re.I)


def set_not_paid(r: Reader, fig: Span, end: int) -> bool:
    """Return whether "set" right after a subject ending at ``end`` names the amount before it as that subject's
    figure (:data:`_SET_AFTER_VERB`), with no payment word after it in its sentence: "the X figure Washington set
    for next year" is the figure it asks; "the X figure Washington set for this year is what Seoul pays" tells the
    payment (xv59).

    >>> t = "Seoul rejected the $5 billion figure Washington set for 2020"
    >>> [set_not_paid(r, f, r.text.index(" set")) for r, f in (figure_in(t + "."), figure_in(t + " as its payment."))]
    [True, False]
    """
    verb = _SET_AFTER_VERB.match(r.text, end)
    scan_end = min(r.sentence_of(fig).end, verb.end() + win.SET_PAID_AFTER) if verb is not None else 0
    return verb is not None and payment_words(r.text, verb.end(), scan_end) is None


#: A verb of putting a figure forward, in any tense, with the figure as its object (asks63): "mentioned",
#: "floated", "has thrown / tossed around (about, out)", "talked of / about", "raised the prospect / possibility / idea
#: of", "brought up", "put forward", "cited", "named / quoted a figure"; "pitched", "broached", "bandied about",
#: "suggested / proposed a figure" (mendr64). Either side may do it: who does says whose.
_PUT_FORWARD_VERB = re.compile(
    r"\b(?:mention(?:s|ed|ing)?|float(?:s|ed|ing)?|(?:throw(?:s|ing)?|threw|thrown|toss(?:es|ed|ing)?)\s++"
    r"(?:around|about|out)|talk(?:s|ed|ing)?\s++(?:of|about)|rais(?:e|es|ed|ing)\s++the\s++(?:prospect|"
    r"possibility|idea)\s++of|br(?:ing|ings|inging|ought)\s++up|put(?:s|ting)?\s++forward|cit(?:e|es|ed|ing)|"
    r"pitch(?:es|ed|ing)?|broach(?:es|ed|ing)?|band(?:y|ies|ied|ying)\s++(?:around|about)|"  # mendr64
    r"(?:(?:nam|quot|propos)(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)"
    r"(?=\s++(?:an?|the)\s++(?:[\w-]+\s++)?(?:figure|number|sum|price)))\b", re.I)
#: "put X on the table": the verb right before the amount (a hedge or article between), the table right after it.
_PUT_BEFORE = re.compile(r"\bput(?:s|ting)?\s++(?:(?:an?|the)\s++)?(?:" + _HEDGE + r")?$", re.I)
_ON_TABLE = re.compile(r"[^.;:,\d]{0,12}?\bon\s++the\s++table\b", re.I)
#: In the object phrase between the verb and the figure, what makes the figure no sum put forward: a clause of its
#: own ("mentioned that Seoul paid X", "how much"), a payment told or named ("brought up the payment of X"), a clause
#: mark.
_PUT_GAP_STOP = re.compile(r"\b(?:that|whether|how|what|when|which|who|if|pa(?:y|ys|id)|payments?|contribut\w*|"
                           r"shares?|spen[dt]\w*|budgets?|costs?)\b|[,.;:!?()\n—–―]", re.I)
#: After "cost", what keeps a sum a possible ask: "of stationing / keeping troops" not "its / their" troops (the
#: cost of stationing troops may be Seoul's share: reading no ask there lets it be read as a payment; mendr64).
_NOT_KEPT_THERE = r"(?!\s++of\s++(?:keep|station|host|maintain)(?:s|ed|ing)?\s++(?!its\b|their\b))"
#: After the amount, what makes it a known sum, not one put forward: what it is in ("$13 billion a year in spending",
#: "in trade deficits", "in costs"; not "an increase in share of cost", the ask's own words), a payer spending it ("the
#: X it spends"), a sum agreed or signed ("the rise agreed in 2021"), a year's payment named ("X as this year's
#: contribution"), a cost it is named as ("X as America's real cost", "X, the yearly cost of": mendr64); before it, a
#: definite article ("mentioned the X").
_PUT_TAILS = (r"in\s++(?:(?:its|their|annual|yearly)\s++)?costs?",
              r"as\s++(?:[\w'’-]+\s++){0,3}?costs?" + _NOT_KEPT_THERE,
              r",\s++the\s++(?:[\w'’-]+\s++){0,2}?costs?" + _NOT_KEPT_THERE,
              r"in\s++(?:[\w-]+\s++){0,2}?(?:spending|deficits?|expenditures?|outlays?|budgets?|aid|trade)",
              r"(?:it|they|Washington|the\s++U\.S\.)\s++(?:spends|spent)", "agreed", "signed", "settled",
              r"as\s++(?:(?:this|last|the\s++(?:current|previous))\s++year['’]s|(?:19|20)\d\d['’]s)")
_PUT_TAIL_STOP = re.compile(r"[^.;:\d]{0,30}?\b(?:" + "|".join(_PUT_TAILS) + r")\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s++(?:" + _HEDGE + r")?$", re.I)
#: Right after the amount (a "a year" between), Seoul's payment it is: "X, Seoul's payment in 2019", "X as South
#: Korea's payment", "X in Korean payments", "X Seoul spent": a sum paid, never one put forward (mendr64).
_KOREA_OWNS = r"(?:(?:South\s++)?Korea['’]s|Seoul['’]s)"
_PAID_RIGHT_AFTER = re.compile(
    r"(?<!\s)(?:\s++(?:a|per)\s++year)?+(?:,?\s++(?:as\s++)?" + _KOREA_OWNS + r"\s++(?:[\w-]+\s++)?payments?|\s++in\s++"
    r"(?:(?:South\s++)?Korean|" + _KOREA_OWNS + r")\s++payments|\s++(?:Seoul|(?:South\s++)?Korea)\s++"
    r"(?:(?:has|had)\s++)?(?:spent|paid))\b", re.I)
#: The object that is a figure whoever names it: "a figure of", "such high numbers as", "a sum like".
_FIGURE_NOUN = re.compile(r"\ban?\s++(?:[\w-]+\s++)?(?:figure|number|sum)\b|\b(?:figures|numbers|sums)\b", re.I)


#: A mandative subjunctive: "that" + the paying side (an aside may follow it) + a paying verb in its base form, then
#: the amount within three words ("that Seoul, a key ally, contribute around X", "that South Korea pay X").
_MANDATIVE = re.compile(rf"\bthat\s++(?:{KOREA_PAYER}|the\s++South)(?:\s*+,[^,;.\n]{{1,60}}+,)?\s++(?:pay|contribute|"
                        r"shoulder|cover|bear|provide|foot|spend|hand\s++over)\s++(?:[\w’'-]++\s++){0,3}+\Z", re.I)
#: Before "that", what states terms or a decision, not a wish: a verb of terms ("the deal requires that Seoul pay X",
#: "specified that"), a prepositional phrase of up to four words between ("it was stipulated in the annex that"), or a
#: noun of terms, alone or saying (group ``noun``: "under the condition that", "the deal's terms state that"; mendv78).
_TERMS_VERB = (r"(?:(?:requir|stipulat|mandat|oblig|agree|specif|decid|ensur)\w*+|provid(?:es|ed)|rul(?:ed|es)|means?+|"
               r"meant)(?:\s++(?:in|under|by|within|of)(?:\s++[\w’'-]++){1,3}+)?")
_TERMS_NOUN = (r"(?P<noun>terms|conditions?+|provisions?+|clauses?+|annex(?:es)?+|proviso|stipulations?+)"
               r"(?:\s++(?:states?+|says?+|reads?+|specif(?:y|ies)|sets?+\s++out|spells?+\s++out))?")
_TERMS_THAT = re.compile(rf"\b(?:{_TERMS_VERB}|{_TERMS_NOUN})\s++\Z", re.I)


#: A passive of lowering right before an amount, with no end point after it ("was reportedly significantly reduced
#: from X"): what a thing was lowered from (asks63).
_LOWERED_ADVERB = r"(?:(?>[a-z]+ly\b)|since|later|then|already|eventually|also)"
_LOWERED_FROM = re.compile(r"\b(?:was|were|is|are|(?:has|have|had)(?:\s++" + _LOWERED_ADVERB + r")?\s++been)\s++(?:"
                           + _LOWERED_ADVERB + r"\s++){0,2}(?:reduced|lowered|cut|trimmed|slashed|scaled\s++(?:back|"
                           r"down)|brought\s++down)\s++(?:" + _LOWERED_ADVERB + r"\s++)?from\s++(?:" + _HEDGE + r")?$",
                           re.I)
#: The first noun of a subject that says what was lowered: an ask or its rise (``asked``), or a sum paid (``paid``).
_LOWERED_THING = re.compile(r"\b(?:(?P<asked>(?:" + RISE_NOUNS + r"|raise)s?|demands?|asks?|requests?|price\s++tags?|"
                            r"bills?)|(?P<paid>payments?|contributions?|shares?|budgets?|spending|costs?))\b", re.I)


def lowered_from(r: Reader, fig: Span) -> int | None:
    """Return where the subject's noun starts when an amount is what an ask or its rise was lowered from, told with no
    end point ("the increase in the amount was reportedly significantly reduced from X", "the demand has been scaled
    back from X"): the earlier ask; a subject whose first such noun is a sum paid ("Seoul's contribution was cut from
    X") or a "to Y" after the amount make it none (asks63).

    >>> [lowered_from(*figure_in(t)) is not None for t in ("The increase was reportedly reduced from $5 billion.",
    ...     "Seoul's contribution was cut from 746.9 billion won.", "The hike was cut from $5 billion to $1 billion.")]
    [True, False, False]
    """
    c0, c1 = r.clause(fig)
    verb = _LOWERED_FROM.search(r.text, max(c0, fig.start - win.LOWERED_FROM_BACK), fig.start)
    if verb is None or (_TO_FIGURE.match(r.text, r.restated_to(fig)) and r.figures_in(fig.end, c1)):
        return None
    thing = _LOWERED_THING.search(r.text, c0, verb.start())
    return thing.start() if thing is not None and thing["asked"] else None


#: A second verb of one subject: "invited Lee to his residence and (also) mentioned X" (its subject: the first verb's).
_AND_VERB = re.compile(r"\band\s++(?:(?:has|have|had|also|then|later|reportedly|repeatedly|again)\s++){0,2}$", re.I)
#: Where a clause with a subject of its own opens inside a sentence: "revealed that", "said".
_CLAUSE_OPENER = re.compile(r"\b(?:that|said|says|say|told|according\s+to)\b", re.I)


#: Right before a side's name, what makes it an object, not a subject: "on a visit to Washington", "told U.S.
#: reporters", "in talks with the U.S. side" (mendr64).
_SIDE_OBJECT = re.compile(r"\b(?:to|in|from|with|at|on|into|toward|against|visit(?:s|ed|ing)?|meet(?:s|ing)?|met|"
                          r"t(?:ell|ells|elling|old))\s++(?:(?:the|an?)\s++)?$", re.I)
SIDE_OBJECT_BACK = 20  # characters before a side's name read for the preposition or verb whose object it is


def side_aside(text: str, c0: int, at: int, pos: int) -> bool:
    """Return whether the side named at ``at`` is no subject of the verb at ``pos`` (clause from ``c0``): inside an
    aside between commas or brackets that closes before the verb, or the object of a preposition or of "told / met"
    (mendr64).

    >>> t = "Seoul's envoy, on a visit to Washington, floated X."
    >>> side_aside(t, 0, t.index("Washington"), t.index("floated")), side_aside(t, 0, 0, t.index("floated"))
    (True, False)
    >>> t = "Kim told U.S. reporters he floated X."
    >>> side_aside(t, 0, t.index("U.S."), t.index("floated"))
    True
    """
    comma = text.rfind(",", c0, at) != -1 and text.find(",", at, pos) != -1
    bracket = text.rfind("(", c0, at) > text.rfind(")", c0, at) and text.find(")", at, pos) != -1
    return comma or bracket or _SIDE_OBJECT.search(text, max(c0, at - SIDE_OBJECT_BACK), at) is not None


#: An agreement as the subject of a verb: "the agreement, which calls for", "the deal calls for".
#: The parties after "the deal between/with" are names, not a clause: a conjunction ("the agreement with Seoul as
#: Washington renewed its demand") opens another clause, whose demand word is no term of the deal.
_PARTY_WORD = r"\s+(?!(?:as|while|when|whereas|after|before|because|since|but|though|although|amid|even)\b)[\w.-]+"
#: The nouns of an agreement, named once for the three forms of :data:`_DEAL_SUBJECT`.
_PACT_NOUN = r"\b(?:deal|agreement|accord|pact|SMA|treaty)"
_DEAL_SUBJECT = re.compile(_PACT_NOUN + r"\b(?:\s+[\w.-]+){0,6},?\s+(?:which|that)\s+$|"
                           # claims18: a relative clause set off by commas between the deal and its verb
                           + _PACT_NOUN + r",\s+(?:which|that|signed|reached|concluded|agreed)\b[^,;.()]{1,60},\s+$|"
                           + _PACT_NOUN + r"\s+(?:(?P<party>(?:between|with)"
                           # frames75: a modal between ("the agreement will have Seoul pay X": the terms)
                           r"(?:" + _PARTY_WORD + r"){1,7})\s+)?(?:(?:will|would|also|now)\s+)?$", re.I)
#: The parties of "the deal between/with ..." that make it the talks' deal: a side, or "the two allies".
_TALKS_PARTY = re.compile(r"\b(?:Korea|America|Seoul|Washington|U\.?S\.?|United\s+States|(?:two|both)\s+"
                          r"(?:allies|countries|sides|nations|governments))\b", re.I)


#: A participle after a clause whose object is a deal made ("signed the agreement Friday, calling for X"): what the
#: deal provides, as a relative would say ("the agreement, which calls for X").
_CALLING = re.compile(r"calling\s+(?:for|on)\b", re.I)
_SIGNED_DEAL = re.compile(r"\b(?:sign(?:s|ed|ing)?|reach(?:es|ed|ing)?|struck|strik(?:e|es|ing)|seal(?:s|ed|ing)?|"
                          r"conclud(?:e|es|ed|ing)|initial(?:l)?(?:ed|ing)|finali[sz](?:e|es|ed|ing)|ink(?:s|ed|ing)?)"
                          r"\s+(?:[\w().’'-]+\s+){0,8}?(?:deal|agreement|accord|pact|SMA|treaty)\b\)?"
                          r"(?:\s+[\w().-]+){0,3},\s+$", re.I)


def _deal_terms(r: Reader, pos: int) -> bool:
    """Return whether a demand word at ``pos`` states an agreement's terms, not a demand ("the agreement, which
    calls for an increase of X").

    >>> texts = ("They signed the 12th SMA, which calls for an increase of 116.4 billion won.",
    ...          "The deal between Seoul and the United States calls on Seoul to pay 1 trillion won.",
    ...          "The two sides signed the SMA on Friday, calling for a 8.2 percent rise.",
    ...          "The deal, which runs out in December, calls for Seoul to pay $924 million.",
    ...          "The deal with Germany calls for Berlin to pay $2 billion.")  # the last: not the talks' deal
    >>> [_deal_terms(r, r.text.index("call")) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, True, True, True, False]
    """
    if _CALLING.match(r.text, pos) and _SIGNED_DEAL.search(r.text, max(0, pos - win.SIGNED_DEAL_BACK), pos):
        return True  # "signed the SMA on Friday, calling for an 8.2 percent hike": the signed deal's terms
    m = _DEAL_SUBJECT.search(r.text, max(0, pos - win.DEAL_SUBJECT_BACK), pos)
    if m is not None and (m["party"] is None or _TALKS_PARTY.search(m["party"]) is not None):
        return True
    return _joined_terms(r, pos)


#: real52m: a deal as the subject of a verb of its term joined by "and" to the demand word ("The deal would begin in
#: January and calls for Seoul to pay X"): one subject, the deal; a full stop only inside a date ("Jan. 1").
_TERM_AND = re.compile(_PACT_NOUN + r"\s+(?:(?:will|would)\s+)?(?:begins?|starts?|takes?\s+effect|goes\s+into\s+effect"
                       r"|go\s+into\s+effect|runs?|lasts?|covers?)\b(?:[^,;.()\n]|\.(?=\S)|\.\s(?=\d)){0,60}"
                       r"[ \t]and[ \t]{1,3}$", re.I)


def _joined_terms(r: Reader, pos: int) -> bool:
    """Return whether a demand word at ``pos`` is the second verb of a deal whose first verb tells its term (real52m:
    "The deal would begin in January and calls for Seoul to pay X": the deal's terms, not a demand).

    >>> texts = ("The new deal would begin in January and calls for Seoul to pay 760 billion won in 2009.",
    ...          "The deal would begin in January and Washington calls for Seoul to pay more.",
    ...          "The deal expires in December. Trump wants more and calls for Seoul to pay $5 billion.")
    >>> [_joined_terms(r, r.text.index("calls")) for r in (Reader(annotate_text(t)) for t in texts)]
    [True, False, False]
    """
    m = _TERM_AND.search(r.text, max(0, pos - win.DEAL_SUBJECT_BACK), pos)
    if m is None:
        return False
    start = max(r.text.rfind(". ", 0, m.start()), r.text.rfind("\n", 0, m.start()), 0)
    end = _TERM_STOP.search(r.text, pos, pos + win.DEAL_SUBJECT_BACK * 2)
    after = r.text[pos:end.start() if end else pos + win.DEAL_SUBJECT_BACK * 2]
    return (_OFFER_BEFORE.search(r.text, start, m.start()) is None and _JOINED_YEAR.search(after) is not None
            and _ASK_AFTER.search(after) is None)


#: mend52m: an offer's or a demand's word before the deal ("The proposed deal", "Under Trump's plan, the deal", "The
#: U.S. draft deal"), a demand named after the figure ("..., a U.S. demand"), no year of the payment: not the terms.
_OFFER_BEFORE = re.compile(r"\b(?:proposed|draft|American|Washington['’]s|plan|proposal)\b|\bU\.S\.", re.I)
_ASK_AFTER = re.compile(r"\b(?:demands?|asks?)\b", re.I)
_JOINED_YEAR = re.compile(r"\b(?:in (?:19|20)\d\d|(?:this|next) year)\b", re.I)
_TERM_STOP = re.compile(r"(?<![A-Z])\.(?=\s|$)|[\n;]")


#: How many sentences with no figure a figure's context reaches back across, in one paragraph (claims45).
FIGURELESS_RUN = 3


#: Words after an amount of change that make it a fall ("X less than in 2004", "X ($Y) lower").
_FALL_AFTER = re.compile(r"(?<!\s)\s+(?:less|lower|fewer|smaller)\b", re.I)
#: Words before an amount of change that make it a fall: "a cut of X", "down (by) X", "reduced it by X".
_FALL_BEFORE = re.compile(r"\b(?:cut|drop|reduction|decrease|decline|fall)\s+of\s+(?:" + _HEDGE + r")?$|"
                          r"\bdown\s+(?:by\s+)?(?:" + _HEDGE + r")?$|\b(?:cut|cuts|reduced|lowered|slashed|trimmed|"
                          r"decreased)\s+(?:(?:it|its\s+\w+|the\s+\w+)\s+)?by\s+(?:" + _HEDGE + r")?$", re.I)


def amount_fall(r: Reader, fig: Span) -> bool:
    """Return whether an amount of change is told as a fall: "66.5 billion won less than the X it paid in 2004", "a
    cut of X", "down X", "reduced its payment by X" (cfix41: such a difference below its base is a fall, judged
    against the two years' payments, not a rise that "did not rise").

    >>> [amount_fall(*figure_in(t)) for t in ("Seoul pays 50 billion won less than in 2004.",
    ...     "The deal means a cut of $60 million.", "Seoul pays 50 billion won more than in 2004.")]
    [True, True, False]
    """
    bracket = _BRACKETED.match(r.text, fig.end)  # "X won ($Y) less": the restatement in brackets is skipped
    end = bracket.end() if bracket and r.spans_in(fig.end, bracket.end(), "money", "percent") else fig.end
    return bool(_FALL_AFTER.match(r.text, end)
                or _FALL_BEFORE.search(r.text, max(0, fig.start - win.MORE_BEFORE_BACK), fig.start)) or fell_by(r, fig)


#: A span of several years in a sentence: "over the (past) six years", "over the six-year deal", "under the
#: five-year agreement" (a number of years above one).
_YEARS_SPAN = re.compile(r"\b(?:over|during|throughout|across|under)\s+(?:the\s+|its\s+|a\s+)?(?:(?:next|past|"
                         r"following|last|new)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
                         r"(?:\s+years\b|-year\s+(?:deal|agreement|pact|accord|contract|term|period|SMA)\b)|"
                         r"(?:two\s+|three\s+)?decades?\b)", re.I)  # cfix50: "over the past decade"


#: Right after an amount, a count of years it is spread over: "X in 5 years", "X in five years" (not "in five years'
#: time", a point to come).
_IN_YEARS = re.compile(r"(?<![ \t])[ \t]++in[ \t]++(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)[ \t]++"
                       r"years\b(?![’'])", re.I)


def in_years(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told right before a count of years as spread over them ("Seoul's bill: 4 trillion
    won in 5 years"): a total over those years, not one year's payment (cfix43).

    >>> [in_years(*figure_in(t)) for t in ("Seoul's bill: 4 trillion won in 5 years", "It pays 4 trillion won in "
    ...     "five years' time.", "It paid 4 trillion won in 2019.")]
    [True, False, False]
    """
    return fig.kind == "money" and _IN_YEARS.match(r.text, r.restated_to(fig)) is not None


#: A verb that sums: "came to", "totaled", "added up to", "amounted to" (frames63).
_SUMMED = _words(r"c(?:a|o)me\s+to", r"comes\s+to", r"totall?(?:ed|ing|s)", r"add(?:s|ed)?\s+up\s+to",
                 r"amount(?:s|ed)\s+to", r"summed\s+to")


#: "a total of" right before an amount.
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|in\s+total)\s+(?:" + _HEDGE + r")?$", re.I)


#: A period word of a sum told yearly ("a year", "annually", "per year", "each year"): :data:`_YEARLY_WORD` and
#: :data:`_PER_PERIOD` read it.
_YEAR_WORDS = r"(?:a|per|each|every)\s+year|annually|yearly"
#: A word that makes a sum yearly ("a year", "annually", "per year", "each year", "annual").
_YEARLY_WORD = _words(_YEAR_WORDS, "annual")
#: A relative year in a figure's own phrase, no preposition needed ("starting with X this year": that year's, cfix40).
_OWN_YEAR = _words(r"(?:this|next|last)\s+year")
#: One year named in a clause ("in 2026", "for 2020", "this year", "in the first year").
_ONE_YEAR = _words(r"(?:in|for)\s+(?:\d{4}|(?:this|next|last)\s+year|(?:the|its)\s+(?:first|second|third|final|last)"
                   r"\s+year)", r"(?:this|next|last)\s+year(?:'s|’s)")


#: A verb that changes a sum it takes as its object ("raised its payment by X", "cut the bill by X").
_CHANGE_OBJECT = _words(r"rais(?:e|es|ed|ing)", r"increas(?:e|es|ed|ing)", r"boost(?:s|ed|ing)?", r"hik(?:e|es|ed|ing)",
                        r"cut(?:s|ting)?", r"lift(?:s|ed|ing)?", r"reduc(?:e|es|ed|ing)")


#: A fronted phrase of addition naming the US side's money: "On top of what Washington spends,", "In addition to the
#: $3 billion the U.S. spends,", "Besides America's own costs,".
_ADDED_TO = re.compile(r"[^\w\n]{0,3}(?:on\s+top\s+of|in\s+addition\s+to|besides|beyond|apart\s+from)\s", re.I)
_US_SIDE = re.compile(r"\b(?:U\.S\.|US\b|America(?:n|'s|’s)?\b|Washington\b|Pentagon\b|United\s+States\b)")
_ADDED = re.compile(r"\b(?:additional|extra)\s+(?:" + _HEDGE + r")?$", re.I)


def adds_to_other_side(r: Reader, fig: Span) -> bool:
    """Return whether "an additional X" adds to the US side's money named in a fronted phrase of its sentence ("On
    top of what Washington spends, Seoul pays an additional X"): X is the whole of what Seoul pays, not a rise.

    >>> [adds_to_other_side(*figure_in(t)) for t in ("On top of what the U.S. spends, Seoul pays an extra $9 million.",
    ...                                              "On top of its old payment, Seoul pays an extra $9 million.")]
    [True, False]
    """
    if not _ADDED.search(r.text, max(0, fig.start - win.ADDITIONAL_BACK), fig.start):
        return False
    s0, _ = r.sentence_of(fig)
    lead = _ADDED_TO.match(r.text, s0)
    if lead is None:
        return False
    comma = r.text.find(",", lead.end(), min(fig.start, lead.end() + win.FRONTED_COMMA_AFTER))
    return comma > 0 and _US_SIDE.search(r.text, lead.end(), comma) is not None


class Quantity(NamedTuple):
    """What a figure is a quantity of, how it is told (its modality), where its actor is looked for (its cue), and
    whether only the context cue makes it Seoul's payment (:attr:`Frame.loose`).

    >>> Quantity("demand", "demand", 12).cue, Quantity("other")
    (12, Quantity(quantity='other', modality='reported', cue=None, loose=False))
    """

    quantity: str
    modality: str = "reported"
    cue: int | None = None
    loose: bool = False


#: "(US$1=W1,202)", "$1 = 1,180 won": an exchange-rate note, the figures on either side of "=".
_EQUALS = re.compile(r"(?<!\s)\s*=\s*")


def _rate_note(r: Reader, fig: Span) -> bool:
    """Return whether an amount is one side of a stated exchange rate ("US$1=W1,202"), not a sum anyone pays.

    >>> r = Reader(annotate_text("Seoul agreed to pay W1.039 trillion this year (US$1=W1,202)."))
    >>> [_rate_note(r, f) for f in r.figures_in(0, len(r.text))]
    [False, True, True]
    """
    s, e = r.local(fig)
    money = [m for m in r.figures_in(s, e) if m.kind == "money"]
    ids = [m.id for m in money]
    if fig.id not in ids:
        return False
    i = ids.index(fig.id)  # only the pairs the figure is in: its neighbours either side
    return any(_EQUALS.fullmatch(r.text, a.end, b.start) for a, b in itertools.pairwise(money[max(0, i - 1):i + 2]))


#: Right before an amount, one unit of a currency said to be worth it: "one dollar was worth about X", "a U.S. dollar
#: bought X", "the dollar fetched X", "1 dollar equalled X" (dev129): an exchange rate, told in words.
_WORTH_BEFORE = re.compile(r"\b(?:one|a|the|each|1)\s++(?:(?:U\.S\.|US|American)\s++)?(?:dollar|greenback|euro|yen)\s++"
                           r"(?:was\s++|is\s++|had\s++been\s++)?(?:worth|bought|buys|fetched|fetches|equall?ed|"
                           r"equals|traded\s++at)\s++(?:" + _HEDGE + r")?$", re.I)


def dollar_worth(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what one unit of a currency was worth ("When the deal was reached, one dollar was
    worth about 950 won"): an exchange rate told in words, no sum anyone pays, whatever payment its paragraph tells
    (dev129).

    >>> [dollar_worth(*figure_in(t, -1)) for t in ("Seoul paid X. Then one dollar was worth about 950 won.",
    ...     "Back then a U.S. dollar bought 1,100 won.", "Seoul paid a worth of 950 billion won.")]
    [True, True, False]
    """
    return fig.kind == "money" and \
        _WORTH_BEFORE.search(r.text, max(0, fig.start - win.WORTH_BACK), fig.start) is not None


#: "lowered its demand from X to Y": the ends of a change of an ask, not a payment and its rise; also told in the
#: passive, an adverb allowed ("the ask was significantly reduced from X to Y", caught50).
_ASK_NOUNS = ("demand", "ask", "request", "offer", "proposal", "bid", "counteroffer", "counterproposal")
_ASK_ADVERBS = ("significantly", "sharply", "drastically", "substantially", "greatly", "reportedly", "later", "then",
                "since", "already", "eventually")
_ASK_MOVED = ("reduced", "cut", "lowered", "scaled", "trimmed", "slashed", "raised", "increased", "hiked", "lifted",
              "dropped")
_ASK_FROM = re.compile(
    r"\b(?:" + "|".join(_ASK_NOUNS) + r")s?\s++(?:(?:was|were|is|has\s++been|had\s++been)\s++(?:(?:"
    + "|".join(_ASK_ADVERBS) + r")\s++)?(?:" + "|".join(_ASK_MOVED) + r")(?:\s++(?:back|down|up))?\s++)?from\s+(?:"
    + _HEDGE + r")?$", re.I)


#: Right after an amount, the deal it is the sum of: "a $925 million, one-year deal", "the 1 trillion won agreement".
_DEAL_AFTER = re.compile(r"[\s,]{0,3}(?:(?:one|two|three|four|five|six|multi|\d)[\s‐‑-]year\s+|annual\s+|yearly\s+|"
                         r"new\s+|cost[\s‐‑-]?sharing\s+|stopgap\s+|interim\s+)*(?:deal|agreement|accord|pact)\b", re.I)


def sum_of_deal(r: Reader, fig: Span) -> bool:
    """Return whether an amount names the sum of a deal, in an article about the cost-sharing deal ("negotiators
    settled on a $925 million, one-year deal"): what the deal has Seoul pay.

    >>> r = Reader(annotate_text("Under the SMA, negotiators settled on a $925 million, one-year deal."))
    >>> sum_of_deal(r, r.figures_in(0, len(r.text))[0])
    True
    """
    return r.about_sma and _DEAL_AFTER.match(r.text, r.restated_to(fig)) is not None


#: Right before an amount, a verb that brought a sum named by a pronoun or a sum noun to that level: "got it to X",
#: "brought the payment up to X", "pushed that to X".
_BROUGHT_TO = re.compile(r"\b(?:g[eo]ts?|got(?:ten)?|getting|br(?:ing|ings|ought|inging)|push(?:ed|es|ing)?|"
                         r"rais(?:ed|es|ing)|lift(?:ed|s|ing)?|bump(?:ed|s|ing)?)\s++(?:it|that|this|the\s+(?:figure|"
                         r"number|amount|sum|payment|contribution|share))\s++(?:all\s+the\s+way\s+)?(?:up\s+)?to\s++"
                         r"(?:" + _HEDGE + r")?$", re.I)


def brought_to(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the level a sum was brought to ("John got it to one billion dollars this year"),
    in an article about the cost-sharing deal: the payment that was reached.

    >>> r = Reader(annotate_text("Under the SMA Seoul pays more. He got it to $900 million. It cost $3 billion."))
    >>> [brought_to(r, f) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    lead = _UP_TO_LEAD.match(r.text, fig.start, fig.end)  # "got that all the way up to X": "up to" in the figure
    end = lead.end() if lead else fig.start
    return r.about_sma and _BROUGHT_TO.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), end) is not None


_UP_TO_LEAD = re.compile(r"(?:up\s+)?to\s+", re.I)

#: Right before an amount, a verb of settling on a sum: "agreed on X", "settled upon X", "signed off on X".
_AGREED_ON = re.compile(r"\b(?:agree(?:d|s|ing)?|settl(?:e|es|ed|ing)|sign(?:s|ed|ing)?\s++off|"
                        r"compromis(?:e|es|ed|ing))\s++(?:on|upon)\s++(?:(?:a|an)\s++)?(?:" + _HEDGE + r")?$", re.I)


def agreed_on(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the object of settling on a sum ("the two allies agreed on X for 2021"), in an
    article about the cost-sharing deal or that names sharing the cost of the US forces: the sum the deal has Seoul
    pay (frames63).

    >>> r = Reader(annotate_text("Under the SMA talks, the allies agreed on $900 million. Tariffs rose by $3 billion."))
    >>> [agreed_on(r, f) for f in r.figures_in(0, len(r.text))]
    [True, False]
    """
    return r.about_costs and _AGREED_ON.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start) is not None


#: Between a percent and the amount that restates it: "rose 9.9 percent, or $40 billion".
_OR_GAP = re.compile(r"(?!(?<=\s)\s)(?:\s*,)?\s*or\s+(?:" + _HEDGE + r")?")  # not inside a run of blanks


#: A percent told as the level a change reaches: "increase to 13.9 percent" (then an amount after "or" is the level).
_TO_LEVEL_PERCENT = re.compile(r"\bto[ \t]{1,3}+(?:(?:" + HEDGE_WORDS + r")[ \t]{1,3}+)?\d[\d.]{0,8}+[ \t]{0,2}+"
                               r"(?:%|percent|per[ \t]cent)$", re.I)


def restated_percent(r: Reader, fig: Span) -> Span | None:
    """Return the percent an amount restates after "or" right before it ("cut by 8.9 percent, or 60.9 billion won"),
    else None.

    >>> restated_percent(*figure_in("It fell 8.9 percent, or 60.9 billion won.", 1)).exact
    'fell 8.9 percent'
    """
    before = [p for p in r.spans_in(max(0, fig.start - win.RESTATED_PERCENT_BACK), fig.start, "percent")
              if _OR_GAP.fullmatch(r.text, p.end, fig.start)]
    return before[-1] if before else None


#: Right before an amount of change, a verb of falling: "fell by X", "dropped X", "declined by some X" (dev131).
_FELL_BY = re.compile(r"\b(?:fell|falls|dropped|drops|declined|declines|shrank|shrinks|slipped)\s++(?:by\s++)?(?:"
                      + _HEDGE + r")?$", re.I)


def fell_by(r: Reader, fig: Span) -> bool:
    """Return whether an amount of change follows a verb of falling ("fell by 66.5 billion won") or restates a falling
    percent after "or" ("cut by 8.9 percent, or 60.9 billion won"): a fall, as :func:`amount_fall` reads "a cut of X"
    (dev131).

    >>> r = Reader(annotate_text("It fell by 66.5 billion won; it was cut 8.9 percent, or 60.9 billion won; up $70 "
    ...                          "million."))
    >>> [fell_by(r, f) for f in r.figures_in(0, len(r.text)) if f.kind == "money"]
    [True, True, False]
    """
    if fig.kind != "money":
        return False
    if _FELL_BY.search(r.text, max(0, fig.start - win.MORE_BEFORE_BACK), fig.start):
        return True
    if verb_by_direction(r.text, fig.start, r.sentence_of(fig)[0]) == "down":  # fix50a: "cut it in 2005 by X"
        return True
    percent = restated_percent(r, fig)
    return percent is not None and percent.value.get("direction") == "down"


#: After a percent restated as an amount, the whole it is a share of: "about 50%, or $800 million, of the costs", or a
#: whole of costs told with no article ("42 percent or some 725 billion won of total costs", "of stationing costs",
#: "of overall expenses": dev129), not another whole ("of GDP").
_SHARE_OF_AFTER = re.compile(r"(?<!\s),?\s+of\s+(?:the|its|their|(?:(?:total|overall|combined|annual|yearly|"
                             r"stationing|upkeep|maintenance|operating)\s+)?(?:costs?|expenses|expenditures?)\b)\b",
                             re.I)


def share_restated(r: Reader, fig: Span) -> bool:
    """Return whether an amount restates a share of a whole named after both ("paid about 50%, or over $800 million
    annually, of the total costs"): the amount is the part paid, read like any payment, not the share's quantity.

    >>> r = Reader(annotate_text("Seoul has paid about 50%, or over $800 million annually, of the total costs."))
    >>> share_restated(r, r.figures_in(0, len(r.text))[-1])
    True
    """
    return fig.kind == "money" and bool(_SHARE_OF_AFTER.match(r.text, r.restated_to(fig)))


#: The verbs of a building project, read before its price ("was rebuilt at a cost of X", "relocated for X"): one list,
#: read by :data:`_COST_BEFORE` and :data:`_BUILT_AT_COST`.
_BUILDING_VERBS = (r"(?:built|constructed|relocated|moved|expanded|upgraded|refurbished|renovated|rebuilt|"
                   r"moderni[sz]ed|enlarged)")
#: A thing's cost right before an amount: "It cost some $10.7 billion", "the base will cost about X".
_COST_BEFORE = re.compile(r"\b(?:cost|costs|costing|"  # other49: "was built for X", "relocated at a cost of X"
                          + _BUILDING_VERBS + r"\s+(?:at\s+a\s+cost\s+of|for))\s+"
                          r"(?:(?:about|some|around|roughly|nearly|almost|over|an|"
                          r"estimated|more\s+than|less\s+than)\s+)*$", re.I)
#: A payment noun as the subject of "cost": "Seoul's contribution cost it X" is still what Seoul pays.
_PAYMENT_SUBJECT = re.compile(r"\b(?:contribution|payment|share|SMA|deal|agreement|cost-?sharing)\b[^.;]{0,30}$",
                              re.I)


#: The difference between two sides' sums, named by a noun right after the amount ("a $4 billion gap", "$3 billion
#: apart") or before it ("a gap of about X", "the difference of X").
_GAP_AFTER = re.compile(r"(?<!\s)\s++(?:(?:a|per)\s+year\s++)?(?:gap|difference|gulf|divide|apart)\b", re.I)
_GAP_BEFORE = re.compile(r"\b(?:gap|difference|gulf|divide)\s+of\s+(?:" + _HEDGE + r")?$", re.I)


def difference_of_sums(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the difference between two sums ("narrow a $4 billion gap in how much they want
    Seoul to pay", "a gap of about 1 trillion won", "remain $3 billion apart"): neither side's sum, so no payment.

    >>> [difference_of_sums(*figure_in(t)) for t in ("They narrowed a $4 billion gap.", "A gap of some $3 billion.",
    ...                                               "Seoul paid $870 million to close the gap.")]
    [True, True, False]
    """
    if fig.kind != "money":
        return False
    return bool(_GAP_AFTER.match(r.text, r.restated_to(fig))
                or _GAP_BEFORE.search(r.text, max(0, fig.start - win.GAP_NOUN_BACK), fig.start))


#: After "than", a side named with a capital and its auxiliaries, right before its verb of asking or offering:
#: "Washington had", "the United States originally", "the Americans" (cfix42).
_SIDE_THEN = (r"(?:the\s++)?(?-i:[A-Z])[\w.’'-]{0,20}+(?:\s++(?-i:[A-Z])[\w.’'-]{0,20}+)?(?:\s++(?:side|administration|"
              r"government))?(?:\s++(?:had|has|have|was|were|is|are|originally|initially|first|reportedly|earlier|"
              r"once)){0,2}+\s++")
#: Right after an amount, its excess over or shortfall from a side's position told as a free relative: "X more than
#: what Seoul is willing to pay", "X less than what the Americans are asking for", "X above what Seoul proposed"
#: (dev131).
_POSITION_GAP = re.compile(r"(?<!\s)\s++(?:(?:a|per)\s++year\s++)?(?:(?:more|less|higher|lower)\s++than|above|below|"
                           r"short\s++of)\s++(?:(?:what|the\s++(?:amount|sum))\s++[^,.;:]{0,40}?|" + _SIDE_THEN + r")\b"
                           r"(?:willing|ready|prepared|wants?|wanted|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|"
                           r"ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\b", re.I)


def gap_to_position(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the gap between one side's sum and what the other side offers or asks, told as "X
    more (less) than what <side> is willing to pay / offered / is asking for" (dev131) or "X less than Washington had
    sought" (cfix42): neither side's sum, and no change of the payment ("X more than what it paid in 2012" stays a
    change).

    >>> [gap_to_position(*figure_in(t)) for t in ("That is $100 million more than what Seoul has offered to pay.",
    ...     "Seoul would pay 80 billion won less than what the Americans are asking for.",
    ...     "Seoul paid 33.4 billion won more than what it paid in 2012.",
    ...     "Seoul will pay $500 million less than Washington had sought.",
    ...     "Seoul paid 50 billion won less than last year, as Washington had sought.")]
    [True, True, False, True, False]
    """
    return fig.kind == "money" and _POSITION_GAP.match(r.text, r.restated_to(fig)) is not None


def thing_costs(r: Reader, fig: Span, parts: bool = True) -> bool:
    """Return whether an amount is what a thing costs: "cost" right before it with no payment noun as its subject
    ("It cost some $10.7 billion"), or a cost noun as the subject of the verb before it ("The cost of keeping the
    troops was estimated at $3 billion") — the whole cost, not what Seoul pays; or a building project's price or its
    part paid (:func:`project_cost_part`); with ``parts`` (not when :func:`part_of_cost` asks of the amount a part is
    of: one step back, not a walk through every earlier amount), a part told of such a cost (:func:`part_of_cost`).

    >>> r = Reader(annotate_text("Seoul pays its SMA share. The base is big. It cost some $10.7 billion."))
    >>> thing_costs(r, r.figures_in(0, len(r.text))[0])
    True
    """
    m = _COST_BEFORE.search(r.text, max(0, fig.start - win.COST_VERB_BACK), fig.start) or costs_other_side(r, fig)
    if m is None:  # mend57v: a project's verb, a stretch, then "at a cost of X" and a part of X told as paid
        return cost_is_subject(r, fig) or project_costs_payer(r, fig) or project_cost_part(r, fig) \
            or (parts and part_of_cost(r, fig))
    s, _ = r.local(fig)
    aside = _CLOSED_ASIDE.search(r.text, s, m.start())  # frames75: "The relocation, which Seoul paid for under the
    return _PAYMENT_SUBJECT.search(r.text, s, aside.start() if aside else m.start()) is None  # SMA, cost X"


#: A building project told with its price: "was expanded over five years at a cost of", "rebuilt ... at a total cost
#: of" (:func:`project_cost_part`).
_BUILT_AT_COST = re.compile(r"\b" + _BUILDING_VERBS + r"\b[^.;:!?]{0,60}?\bat[ \t]++a[ \t]++(?:total[ \t]++)?cost"
                            r"[ \t]++of[ \t]++", re.I)
#: Right after the cost's words, a hedge before its amount: one of :data:`HEDGE_WORDS` or a bound ("over", "more
#: than"), which "just", "slightly" or "a little" may open ("slightly more than", "roughly").
_COST_HEDGE = re.compile(r"(?:(?:(?:just|slightly|a[ \t]++little)[ \t]++)?(?:" + HEDGE_WORDS
                         + r"|over|under|more[ \t]++than|less[ \t]++than|(?:an[ \t]++)?estimated)[ \t]++)?", re.I)
#: Right after a later amount, its being paid ("was funded by", "were borne by"): a part of the project's price.
_PART_FUNDED = re.compile(r"(?<![ \t])[ \t]++(?:of[ \t]++it[ \t]++)?(?:was|were|is|has[ \t]++been|had[ \t]++been|"
                          r"will[ \t]++be)[ \t]++(?:funded|financed|paid|covered|borne|shouldered)\b", re.I)


def project_cost_part(r: Reader, fig: Span) -> bool:
    """Return whether an amount is a building project's price told with "at a cost of" after its verb ("three hangars,
    renovated in stages at a total cost of roughly $6 billion"), or, later in the same sentence, the part of that price
    someone paid ("...; $5 billion of it will be covered by the host"): a project's cost over years, another quantity
    than the year's SMA payment (mend57v). A later amount not told as paid ("..., and Seoul pays $900 million a year
    for the troops") is left to the other cues.

    >>> texts = ("Three hangars, renovated in stages at a total cost of roughly $6 billion, are in use; $5 billion of "
    ...          "it will be covered by the host.", "The depot was rebuilt at a cost of $8 billion, and Seoul pays "
    ...          "$900 million a year for the troops.", "Seoul financed $900 million of the troops' upkeep in 2018.")
    >>> [[project_cost_part(r, f) for f in r.figures_in(0, len(r.text))]
    ...  for r in map(Reader, map(annotate_text, texts))]
    [[True, True], [True, False], [False]]
    """
    if fig.kind != "money":
        return False
    s, _ = r.local(fig)
    cost = last_match(_BUILT_AT_COST, r.text, s, fig.start)
    if cost is None:
        return False
    hedge = _COST_HEDGE.match(r.text, cost.end(), fig.start)
    return hedge.end() == fig.start or _PART_FUNDED.match(r.text, r.restated_to(fig)) is not None


#: Between the two ends of a range of amounts: "4 to 4.5 trillion won", "$2-3 billion".
_RANGE_JOIN = re.compile(r"(?<![ \t])[ \t]*+(?:to|-|–|and)[ \t]*+", re.I)


def past_range(r: Reader, fig: Span) -> int:
    """Return where an amount's phrase goes on: past the range's other end when the amount opens a range ("2 to 2.5
    trillion won of those expenses": the words after the range are both ends'), else :meth:`Reader.restated_to`
    (hist58v).

    >>> r = Reader(annotate_text("Seoul was to cover 2 to 2.5 trillion won of those expenses."))
    >>> [r.text[past_range(r, f):] for f in r.figures_in(0, len(r.text))]
    [' of those expenses.', ' of those expenses.']
    """
    end = r.restated_to(fig)
    join = _RANGE_JOIN.match(r.text, end)
    if join is None or join.end() == end:
        return end
    nxt = r.spans_in(join.end(), join.end() + win.RANGE_END_AHEAD, "money")
    return r.restated_to(nxt[0]) if nxt and nxt[0].start == join.end() else end


#: Right after an amount, a partitive that makes it a part of a sum named before it: "X of it", "X of that", "X of
#: which", "X of the total" (hist58v).
_PART_OF_BEFORE = re.compile(r"(?<![ \t])[ \t]++of[ \t]++(?:it|that|this|which|the[ \t]++(?:total|sum|amount|bill|"
                             r"price|cost))\b", re.I)
#: A verb of a building project: :data:`_PROJECT_ACT` and :data:`_PROJECT_WORDS` read it ("building", "rebuilt",
#: "expanding", "moved"; "relocating" needs no site after it and is outside).
_PROJECT_VERB = r"construct\w*|build(?:s|ing)?|built|rebuild\w*|rebuilt|expan\w*|renovat\w*|mov(?:e|es|ed|ing)"
#: A building project's act as the thing priced: "Building the hall", "was rebuilt", "the camp's expansion" (mend58v).
_PROJECT_ACT = _words(_BUILDING_VERBS, _PROJECT_VERB, r"relocat\w*")
#: A building or site: :data:`_BUILT_NOUN` and :data:`_SITE` read it ("the depot", "the airfield", "the hangars").
_BUILT_PLACE = (r"bases?|camps?|barracks|depots?|hospitals?|schools?|runways?|air(?:field|strip)s?|hangars?|"
                r"headquarters|compounds?|facilit(?:y|ies)|installations?|posts?")
#: A building as the thing priced: "The new depot", "the command centre", "a school for military families" (mend58v).
_BUILT_NOUN = _words(_BUILT_PLACE, r"complex(?:es)?", "housing", r"cent(?:er|re)s?", r"halls?", r"wings?", r"ports?",
                     r"buildings?", r"projects?")
#: Words that make a price a running cost: its recurrence or the keep ("costs X a year", "X annually", "to run",
#: "Keeping the force costs X") (mend58v).
_RECURS = _words(r"annual\w*", "yearly", r"(?:a|per|each|every)\s+year", r"keep(?:s|ing)?", r"maintain\w*",
                 r"to\s+(?:run|operate|sustain)", "running", "upkeep", "stationing")
#: The troops as the thing priced ("The U.S. forces cost X", "The deployment costs X"): a building act must be named
#: with them for a building's price ("The garrison was rebuilt at a cost of X") (mend58v).
_PRICED_FORCE = _words(r"troops?", r"soldiers?", r"forces?", r"garrisons?", "deployment", "presence", "personnel")
#: The deal or the share: :data:`_DEAL_OR_SHARE` and :data:`_NOT_PROJECT` read it.
_DEAL_SHARE = r"deal|share|agreements?|accords?|pact"
#: The deal or the share as what a part is of ("X of the total under the new deal") (mend58v).
_DEAL_OR_SHARE = _words(_DEAL_SHARE)


def part_of_cost(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told as a part of the sentence's amount right before it ("X of it", "X of that")
    and that amount is what a building or a building project costs (:func:`thing_costs`: "The new depot cost some $7
    billion; Seoul paid $6.1 billion of that"): a part of a building's price is a share of that price, another
    quantity than the year's SMA payment, whoever paid it and whatever the verb (hist58v; :func:`project_cost_part`
    read only "at a cost of" after a building verb and a part "was funded"). Not a running cost: the price told
    with the troops, their keep or a recurrence ("Keeping the force costs X a year"), unless a building act is
    named ("The garrison was rebuilt at a cost of X"); nor a part told with the deal or the cost-sharing after the
    price ("X of the total under the new SMA") (mend58v).

    >>> texts = ("The new depot cost some $7 billion; Seoul paid $6.1 billion of that.",
    ...          "The hall was rebuilt at a cost of about $3 billion, and $2.6 billion of it came from Seoul.",
    ...          "Washington asked for $1.2 billion, and Seoul paid $900 million of it.",
    ...          "The depot cost some $7 billion, and Seoul pays $900 million a year for the troops.",
    ...          "Keeping the force costs $4 billion, and Seoul pays $900 million of that.",
    ...          "The new camp costs $4 billion a year, and Seoul pays $900 million of that.",
    ...          "The new camp cost $4 billion, and Seoul paid $900 million of it under the SMA.")
    >>> [[part_of_cost(r, f) for f in r.figures_in(0, len(r.text))] for r in map(Reader, map(annotate_text, texts))]
    [[False, True], [False, True], [False, False], [False, False], [False, False], [False, False], [False, False]]
    """
    if fig.kind != "money" or _PART_OF_BEFORE.match(r.text, past_range(r, fig)) is None:
        return False
    s, e = r.local(fig)
    before = [f for f in r.figures_in(s, fig.start) if f.kind == "money" and f.end <= fig.start]
    if not before or _DEAL_OR_SHARE.search(r.text, before[-1].end, e) or _SMA_WORDS.search(r.text, s, e):
        return False
    if _RECURS.search(r.text, s, fig.start) or (_PROJECT_ACT.search(r.text, s, before[-1].start) is None and (
            _BUILT_NOUN.search(r.text, s, before[-1].start) is None or _PRICED_FORCE.search(r.text, s, fig.start))):
        return False
    return thing_costs(r, before[-1], parts=False)


#: The words of an outlook before a verb of cost or change ("is expected to", "is now projected to", "will", "can"):
#: one list, read by :data:`_PROJECT_COSTS_PAYER` and :data:`_COST_SUBJECT` (other54).
_OUTLOOK = (r"(?:(?:(?:is|are|was|were)\s++(?:now\s++)?(?:expected|projected|forecast|likely|set|slated|poised|"
            r"estimated)\s++to|will|would|could|may|might|can)\s++)")
#: A base project as the subject of "cost(s)" with the payer as its object, the outlook's words allowed: "The new base
#: is expected to cost Seoul about X", "The relocation project will cost Korea X" (other54).
_PROJECT_COSTS_PAYER = re.compile(
    r"\b(?:relocation|move|construction|expansion|project|new\s++(?:[\w-]++\s++)?(?:bases?|camps?|garrisons?|headquarters|"
    r"facilit(?:y|ies)))\b[^.;:!?\d]{0,40}?\b" + _OUTLOOK + r"?cost(?:s|ing)?\s++" + KOREA_PAYER
    + r"\s++(?:" + _HEDGE + r")?$", re.I)


def project_costs_payer(r: Reader, fig: Span) -> bool:
    """Return whether a base project is the subject of "cost(s)" with the payer as its object right before the amount
    ("The new base is expected to cost Seoul about 9 trillion won"): the project's price, not the SMA payment, whatever
    the outlook's words (other54); "The upkeep costs Seoul X" names no project.

    >>> [project_costs_payer(*figure_in(t)) for t in ("The new base is expected to cost Seoul about 9 trillion won.",
    ...     "The relocation project will cost Korea $10 billion.", "The upkeep costs Seoul $900 million.",
    ...     "The new camp is now slated to cost Seoul $2 billion.")]
    [True, True, False, True]
    """
    c0, _ = r.clause(fig, strong=True)
    return fig.kind == "money" and _PROJECT_COSTS_PAYER.search(
        r.text, max(c0, fig.start - r.tol.own_words_chars), fig.start) is not None


#: A relative clause set off by commas that ends right before a verb: "The relocation of the camp, which Seoul largely
#: paid for under the agreement, cost X": a payment word inside it is not the verb's subject (frames75).
_CLOSED_ASIDE = re.compile(r",\s*+(?:which|who|that|whose)\b[^,;.]{0,120}+,\s*+$", re.I)
#: "cost(s)" and its object before an amount: the side that bears the cost ("the base's upkeep costs Washington X").
_COSTS_WORD = re.compile(r"\b(?:cost|costs|costing)\s++(?=(?:the\s++)?[A-Z]|(?:American\s++|U\.S\.\s++)?taxpayers)")
_COSTS_OBJECT = re.compile(r"(?:the\s++)?(?P<side>[A-Z][\w.’'-]{0,30}+(?:\s++[A-Z][\w.’'-]{0,30}+){0,2}|"
                           r"(?:American\s++|U\.S\.\s++)?taxpayers)\s++(?:" + _HEDGE + r")?")


def costs_other_side(r: Reader, fig: Span) -> re.Match[str] | None:
    """Return the match of "cost(s)" when its object, right before the amount, is a side other than the payer ("the
    Oskel base's upkeep costs Washington $2.1 billion", "costs American taxpayers X"): what that side bears, not Seoul's
    payment (frames75); else None ("the upkeep costs Seoul X" may be the payment).

    >>> [costs_other_side(*figure_in(t)) is not None for t in ("The base's upkeep costs Washington $2.1 billion.",
    ...     "Keeping them costs American taxpayers about $4 billion.", "The upkeep costs Seoul $900 million.")]
    [True, True, False]
    """
    from analysis.guards import side_pattern

    m = last_match(_COSTS_WORD, r.text, max(0, fig.start - win.COST_VERB_BACK), fig.start)
    o = _COSTS_OBJECT.fullmatch(r.text, m.end(), fig.start) if m is not None else None
    if o is None:
        return None
    side = o.group("side")
    return m if side.endswith("taxpayers") or side_pattern().fullmatch(side) else None


#: A cost noun, the words naming what it is the cost of, and a verb that gives its amount: "the total cost for US
#: military presence amounted to", "The cost of keeping U.S. troops was estimated to be about"; also a verb of its
#: change or its outlook (other54: "the cost of the relocation is expected to reach", "costs of stationing troops will
#: rise to", "the cost of the drills has climbed to"): the cost's own level, whoever's words foresee it.
_COST_REACH = (r"(?:reach|top|exceed|hit|surpass|total|be|(?:rise|climb|grow|increase|jump|swell|balloon|soar)\s+to)")
_COST_SUBJECT = re.compile(r"\b(?:(?:total|annual|overall|full|yearly|estimated)\s+)?costs?[”\"’']?\s+(?:of|for)\s"
                           r"(?P<what>[^;,\d]{0,60}?)\b(?:was|is|were|are|amount(?:s|ed)?\s+to|total(?:l?ed|s)?|"
                           # verd56: "comes to", "runs to", "stands at"
                           r"reach(?:ed|es)|c(?:ame|omes?)\s+to|r(?:an|uns?)\s+to|st(?:ood|ands?)\s+at|"
                           r"(?:(?:was|is|were|are|been)\s+)?estimated\s+(?:at|to\s+be)|"
                           r"(?:" + RISE_FORMS + r"|climbed|swelled|ballooned|soared)\s+to|topped|exceeded|"
                           r"(?:has|have|had)\s+(?:(?:risen|climbed|grown|increased|jumped|swelled|ballooned|soared)\s+to|"
                           r"reached|topped|exceeded)|" + _OUTLOOK + _COST_REACH + r")"
                           r"\s+(?:(?:well\s+)?(?:more|less)\s+than\s+|(?:well\s+)?(?:over|under)\s+|at\s+(?:least|most)\s+|"
                           + _HEDGE + r")?$", re.I)
#: Before a cost noun, a part of it ("Seoul's share of the cost"): then the amount is the part, a payment.
_PART_BEFORE_COST = re.compile(r"\b(?:share|portion|part|half|percent|%)\s+of\s+(?:the\s+)?$", re.I)
_PAYING = re.compile(r"\b(?:pa(?:y|ys|id|ying)|shoulder\w*|bear\w*|borne|contribut\w*|SMA|cost-?shar\w*)\b", re.I)
#: In what a cost is of, a part or payment ("the cost of Seoul's share", "of its payment"): the payment (mend56v).
_PART_OF_PAYMENT = re.compile(r"\b(?:shares?|portions?|payments?)\b", re.I)


def cost_is_subject(r: Reader, fig: Span) -> bool:
    """Return whether a cost noun is the subject of the verb that gives the amount, with no payment word in what it is
    the cost of and no part before it ("Seoul's share of the cost was X" is a payment).

    >>> cost_is_subject(*figure_in("The total cost for US military presence in Korea amounted to about $4.4 billion."))
    True
    >>> cost_is_subject(*figure_in("Seoul's share of the cost of keeping the troops was $900 million."))
    False
    >>> cost_is_subject(*figure_in("It pays $1 billion, which means the “total cost” of it is at least $4 billion.", 1))
    True
    >>> cost_is_subject(*figure_in("The cost of keeping the troops rises to $4 billion."))
    True
    >>> [cost_is_subject(*figure_in(t)) for t in ("The whole cost of basing the troops comes to some $3 billion.",
    ...     "The cost of the garrison runs to $3 billion.", "Seoul's share of the cost comes to $900 million.",
    ...     "The cost of Seoul's share comes to $900 million.")]
    [True, True, False, False]
    """
    c0, _ = r.clause(fig, strong=True)
    m = _COST_SUBJECT.search(r.text, max(c0, fig.start - r.tol.own_words_chars), fig.start)
    if m is None or _PAYING.search(m.group("what")) or _PART_OF_PAYMENT.search(m.group("what")):
        return False  # mend56v: "the cost of Seoul's share comes to X" is the payment
    return not _PART_BEFORE_COST.search(r.text, max(0, m.start() - win.COST_PART_BACK), m.start())


#: Right after an amount, the kind of money it is, when that is not the cost-sharing payment: "$33 billion in
#: comprehensive support", "$25 billion in arms purchases" (not "in support of", which names a purpose).
_IN_KIND = re.compile(r"(?<!\s)\s+in\s+[“\"‘']?(?:[\w-]+\s+){0,2}?[“\"‘']?(?:support|aid|assistance|investments?|"
                      r"purchases?|loans?|subsidies|grants?)\b[”\"’']?(?!\s+of\b)", re.I)
#: Right after an amount, the pay it is counted in: "lost X in pay", "X in back wages" (frames63).
_IN_PAY = re.compile(r"(?<!\s)\s++in\s++(?:(?:lost|unpaid|back|forgone)\s++)?(?:pay|wages|salar(?:y|ies))\b", re.I)
#: A count of people an amount pays: "for Seoul to pay for more than 4,000 Koreans who work for", "to pay 90 workers".
_PAYS_PEOPLE = re.compile(r"\bpay\w*\s+(?:for\s+)?(?:the\s+)?(?:(?:wages|salaries)\s+of\s+)?(?:more\s+than\s+|some\s+|"
                          r"about\s+|nearly\s+|over\s+)?\d[\d,]*\s+(?:[A-Z][\w-]*\s+)?(?:workers|employees|staff|"
                          r"civilians|(?:[A-Z][a-z]+s|people)\s+(?:who|that)\s+work)\b")


#: Right after an amount, a total of costs it is counted in: "X in total costs", "X in overall spending" (cother52).
_IN_TOTAL_COSTS = re.compile(r"(?<!\s)\s++in\s++(?:total|overall|combined|all)\s++(?:costs?|spending|expenses?|"
                             r"outlays?)\b", re.I)


#: Right after an amount, a part of costs named before it and not here ("X of those costs", "X of the expenses"; not
#: "X of the costs of ...", :func:`part_of_other_cost`'s) (hist58v).
_OF_NAMED_COSTS = re.compile(r"(?<![ \t])[ \t]++of[ \t]++(?:the|those|these|that|this)[ \t]++"
                             r"(?:costs?|expenses?|bill)\b(?![ \t]++(?:of|for)\b)", re.I)
#: A site a building project works on (:data:`_PROJECT_WORDS`): "the garrison", "the air base", "the port facilities".
_SITE = r"(?:" + _BUILT_PLACE + r"|garrisons?|command)"
#: A building project named as what costs are for: moving, building or expanding a base, told with the base ("to move
#: the garrison south", "construction of the camp", "the camp's expansion"), or a relocation ("relocating the
#: command"); not the cost-sharing's own categories ("construction, labor and logistics") (hist58v; mend58v).
_PROJECT_WORDS = re.compile(r"\b(?:relocat\w*|(?:" + _PROJECT_VERB + r")[ \t]++(?:of[ \t]++)?(?:[\w'’-]++[ \t]++){0,3}?"
                            + _SITE + "|"
                            + _SITE + r"(?:['’]s)?[ \t]++(?:construction|expansion|relocation|move|rebuilding|"
                            r"renovation))\b", re.I)
#: Words that make costs the cost-sharing's or the troops' (beside :data:`_SMA_WORDS`): the deal, the share, the
#: troops, the categories the payment covers ("Under the deal, Seoul funds construction, labor and logistics for the
#: forces") (mend58v).
_NOT_PROJECT = _words(_DEAL_SHARE, r"troops?", r"soldiers?", r"forces?", "presence",
                      r"labou?r", r"logistic\w*", "wages", "workers", "supplies")


def part_of_named_project(r: Reader, fig: Span) -> bool:
    """Return whether an amount is told as a part of costs its own words do not name ("X of those costs") while its
    sentence, or the one before in its paragraph, names a building project and no word of the cost-sharing or of the
    troops' upkeep (:data:`_SMA_WORDS`): the costs are the project's, another quantity than the year's SMA payment
    (hist58v; :func:`part_of_other_cost` reads only costs named after the amount, "of the costs of moving ...").
    The project is told with its site ("building the new camp", not "construction, labor and logistics", the
    cost-sharing's categories), and no word of the deal, the share or the troops is on either side of the amount
    (:data:`_NOT_PROJECT`, mend58v).

    >>> texts = ("The partners are relocating the air wing. Seoul has put up 2.6 trillion won of those expenses.",
    ...          "The allies haggle over the troops' upkeep. Korea paid 1 trillion won of those costs in 2019.",
    ...          "The partners are relocating the air wing. Seoul has put up 2.6 trillion won of the costs of it.",
    ...          "Seoul funds construction, labor and logistics. It pays 1 trillion won of those costs this year.",
    ...          "Seoul funds building projects. It pays 1 trillion won of those costs for the forces this year.")
    >>> [[part_of_named_project(r, f) for f in r.figures_in(0, len(r.text))]
    ...  for r in map(Reader, map(annotate_text, texts))]
    [[True], [False], [False], [False], [False]]
    """
    if fig.kind != "money" or _OF_NAMED_COSTS.match(r.text, past_range(r, fig)) is None:
        return False
    before = sentence_before(r, fig)
    s, e = r.local(fig)
    start = max(before.start if before is not None else s, fig.start - WINDOW)
    return _PROJECT_WORDS.search(r.text, start, fig.start) is not None \
        and not any(p.search(r.text, start, e) for p in (_SMA_WORDS, _NOT_PROJECT))


#: Before a support cue, words that count it into the figure ("counting free land", "including indirect support").
_COUNTING = re.compile(r"\b(?:counting|including|includ(?:es|ed)|inclusive\s++of)\s++(?:[\w-]++\s++){0,3}$", re.I)
#: Between a support noun and the amount, a payment of its own that the amount gives instead ("While indirect support
#: is hard to measure, Seoul's payment in 2019 was X": X is the payment, audit53).
_OWN_PAYMENT_NOUN = re.compile(r"\b(?:payments?|share|bill)\b|['’]s\s++(?:[\w-]++\s++)?contributions?\b", re.I)
#: A support cue that names a sum itself: "in-kind contributions", "indirect support", "indirect costs".
_SUPPORT_NOUN = re.compile(r"(?<![\s-])[\s-]++(?:[a-z]++\s++)?(?:contributions?|support|costs?|payments?|aid|"
                           r"assistance|spending)\b", re.I)
#: A verb of paying between a sum noun and the amount: the amount is then that verb's, not the noun's.
_PAY_VERB_BETWEEN = re.compile(r"\b(?:pa(?:y|ys|id|ying)|provid\w*|contribut\w*|spen[dt]\w*|gives?|gave|offer\w*)\b",
                               re.I)
#: The names of the SMA itself (not a generic "contribution"): between a support cue and the figure, they keep it apart.
_SMA_NAME = re.compile(r"\b(?:SMA|Special\s+Measures|cost-?sharing|upkeep)\b", re.I)


def counted_support(r: Reader, fig: Span) -> bool:
    """Return whether an amount's sentence counts Korea's support beyond the SMA's cash into it (other49): a support
    cue (:data:`_SUPPORT_CUE`) after a counting word ("counting free land", "including indirect support") or naming a
    sum itself before the amount ("in-kind contributions ... are valued at X"), with no other amount, no name of the
    SMA between them and no word that keeps it out ("not counting", "besides") before it in the sentence.

    >>> [counted_support(*figure_in(t)) for t in (
    ...     "In all Seoul gives $3 billion a year, counting free land and tax waivers.",
    ...     "Counting indirect support, South Korea's total contribution is about 5 trillion won.",
    ...     "Korea's in-kind contributions, such as land, are valued at about $1 billion a year.",
    ...     "Seoul pays 1.4 trillion won a year under the SMA, not counting indirect support.",
    ...     "Seoul paid 1.4 trillion won in 2025, and it also gives indirect support such as free land.")]
    [True, True, True, False, False]
    """
    if fig.kind != "money" or set_apart(r, fig):
        return False  # ofix44: "X in indirect costs, beyond the Y it pays": Y is set apart from them
    s, e = r.sentence_of(fig)
    s, e = max(s, fig.start - WINDOW), min(e, fig.end + WINDOW)  # a bounded window: a run-on "sentence" stays linear
    for m in _SUPPORT_CUE.finditer(r.text, s, e):
        lo, hi = (m.end(), fig.start) if m.end() <= fig.start else (fig.end, m.start())
        if KEPT_OUT.search(r.text, s, m.start()) or _SMA_NAME.search(r.text, lo, hi) or any(
                f.kind == "money" and not _restates(r, f, fig) for f in r.figures_in(lo, hi)):
            continue
        if _COUNTING.search(r.text, max(s, m.start() - win.COUNTING_BACK), m.start()) or support_subject(r, m.end(),
                                                                                                         fig):
            return True
    return False


def support_subject(r: Reader, end: int, fig: Span) -> bool:
    """Return whether a support cue ending at ``end`` names a sum ("in-kind contributions", "indirect support") that
    the amount after it gives, with no verb of paying between (in "Seoul, which also offers indirect support, paid X",
    X is what Seoul paid).

    >>> r, fig = figure_in("Its in-kind contributions are valued at $1 billion a year.")
    >>> support_subject(r, r.text.index(" contributions"), fig)
    True
    >>> r, fig = figure_in("Seoul, which also offers indirect support, paid $900 million.")
    >>> support_subject(r, r.text.index(" support"), fig)
    False
    >>> r, fig = figure_in("While indirect support is hard to measure, Seoul's payment in 2019 was $900 million.")
    >>> support_subject(r, r.text.index(" support"), fig)
    False
    """
    noun = _SUPPORT_NOUN.match(r.text, end)
    return end <= fig.start and noun is not None and _PAY_VERB_BETWEEN.search(r.text, noun.end(), fig.start) is None \
        and _OWN_PAYMENT_NOUN.search(r.text, noun.end(), fig.start) is None


#: A base as a thing paid for, to build or move ("to upgrade its bases", "the $10 billion camp").
_BASE_NOUNS = r"bases?|camps?|garrisons?"
#: Right after an amount (past a bracketed restatement, a closing quote, "a year"), a purpose that is not the troops'
#: upkeep: moving or building bases ("to relocate U.S. bases", "to upgrade its bases", "for the new base"), goods
#: ("for Alaskan gas", "on U.S. energy") or drills ("for the joint exercises") (other49).
_THING_PAID_FOR = re.compile(
    r"(?<!\s)[”\"’']?(?:\s*+\([^()\n]{0,60}\))?(?:\s++(?:a|per)\s++year|\s++annually)?\s++"
    r"(?:(?:to|in\s++order\s++to)\s++(?:relocate|move|(?:build|construct|upgrade|expand|renovate)\s++"
    r"(?:(?:a|an|the|its|their|new|U\.S\.|US|American|Korean|military)\s++){0,3}(?:" + _BASE_NOUNS + "))|"
    # other54: the same work as a gerund ("spend X constructing the new base", "X on relocating U.S. bases")
    r"(?:on\s++)?(?:build|construct|upgrad|expand|renovat|relocat|mov)ing\s++"
    r"(?:(?:a|an|the|its|their|new|U\.S\.|US|American|Korean|military)\s++){0,3}(?:" + _BASE_NOUNS + r")\b|"
    # cother52: "contributed X to the construction of ...", "to the expansion of the camp"
    # other54: or a cost of it met ("to cover the costs of the drills", "to defray the expenses of the deployments")
    r"(?:for|on|toward|towards|to|into|to\s++(?:cover|meet|defray|offset|fund|pay\s++for)\s++(?:(?:the|its|their|"
    r"part\s++of\s++the)\s++)?(?:costs?|expenses?|bills?)\s++(?:of|for))\s++(?:(?:a|an|the|its|their)\s++)?"
    r"(?:[\w.-]++\s++){0,2}?"
    r"(?:relocation|construction|new\s++(?:[\w-]++\s++)?base|gas|energy|oil|drills|(?:military\s++)?exercises|"
    # other54: a deployment of a named thing that is not the troops ("for the temporary dispatch of strategic assets",
    # "deploying strategic assets"; not "for the U.S. deployment", "the deployment of U.S. forces": their stationing)
    r"(?:(?:deployments?|dispatch(?:es)?|rotations?)\s++of|deploying|dispatching|rotating)\s++"
    r"(?!(?:[\w.,’'-]++\s++){0,3}?(?:troops?|forces?|soldiers|servicemembers|service\s++members|personnel|usfk)\b)|"
    r"war\s++games|expansion\s++of\s++(?:(?:a|an|the|its|their)\s++)?(?:[\w.-]++\s++){0,2}?(?:" + _BASE_NOUNS + r"))|"
    # the amount as a modifier of the thing: "the $10 billion base", "a $17 billion plant"
    r"(?:new\s++)?(?:" + _BASE_NOUNS + r"|facilit(?:y|ies)|plants?|factor(?:y|ies)|batter(?:y|ies)|shipyards?)\b"
    # ... not a payment noun it modifies ("a 3 trillion won base contribution", audit53)
    r"(?!\s++(?:pay|payments?|figures?|amounts?|salar(?:y|ies)|rates?|years?|line|contributions?|costs?|budgets?|"
    r"sums?|shares?)\b))\b", re.I)


def thing_paid_for(r: Reader, fig: Span) -> bool:
    """Return whether the words right after an amount name a purpose other than the troops' upkeep
    (:data:`_THING_PAID_FOR`): then the amount is that thing's price or cost, not the SMA payment.

    >>> [thing_paid_for(*figure_in(t)) for t in ("Seoul paid $9.7 billion to relocate U.S. bases.",
    ...      "Trump wants Seoul to pay $10 billion for Alaskan gas.", "Seoul paid 1 trillion won to keep the troops.",
    ...      "Seoul pays 1.4 trillion won a year for the upkeep of the troops.", "Seoul paid for the $10 billion base.",
    ...      "Seoul pays $900 million base pay.")]
    [True, True, False, False, True, False]

    Past a restatement set off by commas (other54: "to pay $100 million, or 117 billion won, for the dispatch of
    strategic bombers").

    >>> thing_paid_for(*figure_in("It asked Seoul to pay $100 million, or 117 billion won, for the dispatch of jets."))
    True
    """
    end = r.restated_to(fig)
    end += end > fig.end and r.text.startswith(",", end)  # other54: ", or Y won, for ..."
    return fig.kind == "money" and _THING_PAID_FOR.match(r.text, end) is not None


#: The purpose right after an amount (past a bracketed restatement) is a count of workers: "$200 million to fund
#: 4,000 Korean workers", "$200 million (243 billion won) for 4,000 workers".
_FOR_PEOPLE = re.compile(r"(?<!\s)"  # not inside a run of blanks
                         r"(?:\s*\([^()\n]{0,60}\))?\s+(?:to\s+(?:pay|fund|cover|support)\s+|for\s+)(?:the\s+)?"
                         r"(?:(?:wages|salaries|pay)\s+of\s+)?(?:(?:more\s+than|some|about|nearly|over|around)\s+)?"
                         r"\d[\d,]*\s+(?:[A-Z][\w-]*\s+)?(?:workers|employees|staff(?:ers)?)\b", re.I)


def funds_people(text: str, end: int) -> bool:
    """Return whether the words right after an amount ending at ``end`` give a count of workers as what it pays for.

    >>> t = "Seoul pays $200 million (240 billion won) for 4,000 workers; $900 million for 28,500 troops."
    >>> funds_people(t, t.index(" (240")), funds_people(t, t.index(" for 28"))
    (True, False)
    """
    return _FOR_PEOPLE.match(text, end) is not None


# --- other63: sums of other quantities told in the words of paying and asking --------------------------------------

#: Characters before an amount read for the words that make it another quantity's (:func:`other_purpose`).
OTHER_PURPOSE_BACK = 100
#: The words (letters, digits, hyphens; dots after a capital, as in "U.S.") of a clause scanned backwards, bounded.
_CLAUSE_RUN = r"(?:[^.;:!?\d\n]|(?<=[A-Z])\.)"
_OWN_HEDGE = r"(?:(?:a\s++total\s++of|in\s++total|" + HEDGE_WORDS + r"|some|over|more\s++than|up\s++to)\s++)?"
#: Right after an amount (past a bracketed restatement, a closing quote, "a year", "so far"), what it pays for when
#: that is no part of the SMA's cash: land or rent ("for the land the bases use", "in rent", "$2 billion in land"), a
#: base named by its place or a camp by its name ("for the Pyeongtaek base", "for Camp Humphreys"), a base move or new
#: headquarters, a fund other than the SMA's ("into the fund"), one drill ("for each joint drill"), or the cost of
#: stationing the troops the amount heads ("the full $13 billion cost of keeping its troops"), or the payer's own forces
#: ("spend X on its own defense", mendf77).
_OTHER_OBJECT = re.compile(
    r"(?<!\s)[”\"’']?(?:\s*+\([^()\n]{0,60}\))?(?:\s++(?:a|per)\s++year|\s++annually)?(?:\s++so\s++far)?\s++(?:"
    r"(?:for|in|on)\s++(?:(?:the|its|their|this|that)\s++)?(?:(?<![\w-])[a-z-]++\s++)?(?:land|rent|leases?)\b|"
    # ... no name of the SMA among the fund's words ("into the bilateral cost-sharing fund" is the SMA's, mendo63)
    r"into\s++(?:(?:the|a|an|its|their|this|that)\s++)?(?:(?!(?:cost-?sharing|burden-?sharing|SMA|Special|upkeep)\b)"
    r"(?<![\w-])[\w-]++\s++){0,2}?funds?\b|"
    # a base named by its place, a kind of base between ("the Osan air base expansion", mendo63)
    r"(?:for|on|toward|towards)\s++(?:the\s++)?(?:new\s++)?(?:Camp\s++[A-Z][a-z-]++|"
    r"(?!(?:U\.S\.|US|American|Korean|USFK|Army|military|Air|Naval|Navy|Marine|Military)\b)[A-Z][a-z-]++\s++"
    r"(?:(?:[Aa]ir(?:\s++[Ff]orce)?|[Nn]av(?:al|y)|[Aa]rmy|[Mm]ilitary|[Mm]arine)\s++)?(?:base|garrison|headquarters)\b|"
    r"(?:new\s++)?headquarters|(?:base|garrison)\s++(?:move|relocation|transfer))|"
    r"for\s++(?:each|every|a|one)\s++(?:[\w-]++\s++)?(?:drill|exercise|war\s++game)\b|"
    r"cost\s++of\s++(?:keeping|stationing|maintaining|basing|deploying)|"
    # the payer's own forces it is spent on ("could spend X on its own defense": its defence spending, mendf77)
    r"(?:on|in)\s++(?:its|their)\s++own\s++(?:[\w-]++\s++){0,2}?(?:defen[cs]e|military|forces|army|security)\b)")
#: Before an amount, land, rent or a subsidy valued at it: "land worth X", "the land for U.S. bases, worth X", "a
#: subsidy worth X" (a value in kind, never cash paid).
_VALUED_IN_KIND = re.compile(r"\b(?:land|rent|leases?|subsid(?:y|ies))\b" + _CLAUSE_RUN + r"{0,60}?\bworth\s++"
                             + _OWN_HEDGE + "$", re.I)
#: Before an amount, the workers it is paid to: "Korean base employees were paid X", "pay the furloughed workers X".
_WORKERS_PAID = re.compile(r"\b(?:workers|employees|staff(?:ers)?|civilians)\b" + _CLAUSE_RUN + r"{0,40}?\b(?:(?:were|"
                           r"was|are|is|will\s++be|would\s++be|ha(?:ve|s|d)\s++been|get|gets|got)\s++paid)\s++"
                           + _OWN_HEDGE + r"$|\bpa(?:y|ys|id|ying)\s++(?:(?:the|its|their)\s++)?(?:[\w-]++\s++){0,3}?"
                           r"(?:workers|employees|staff(?:ers)?)\s++" + _OWN_HEDGE + "$", re.I)
#: Right after an amount, the workers it is paid to: "X to furloughed base workers".
_TO_WORKERS = re.compile(r"(?<!\s)\s++to\s++(?:(?:the|its|their)\s++)?(?:[\w-]++\s++){0,3}?(?:workers|employees|"
                         r"staff(?:ers)?)\b", re.I)
#: Before an amount, a verb of holding paid money or of not spending it: "has yet to spend X", "still holds X".
_HELD = re.compile(r"\b(?:yet\s++to\s++(?:spend|use|disburse|tap)|(?:still\s++)?(?:holds|held|holding|sits\s++on|"
                   r"sat\s++on|sitting\s++on|hoard(?:s|ed|ing)?))\s++" + _OWN_HEDGE + "$", re.I)
#: Before an amount, "we" paying, with the troops "ours" after it: a US speaker's own spending ("We pay X for our
#: forces there").
_WE_PAY = re.compile(r"\b[Ww]e(?:['’](?:re|ve|ll)|\s++(?:are|were|have|had|will))?\s++"  # "we're paying" (mendo63)
                     r"(?:(?:now|still|also|already|been)\s++){0,2}(?:pay|paid|paying|spend|spent|spending)\s++"
                     + _OWN_HEDGE + "$")
#: Right after the amount (past "a year"), "our" troops or bases as what it pays for: "for our forces there", "on our
#: troops", "to keep our soldiers there" (not "for our alliance, and our bases host U.S. troops", mendo63); up to
#: :data:`OUR_FORCES_GAP` words with no "and" between ("just to house and feed our troops", "for the upkeep of our
#: forces", mendo64).
OUR_FORCES_GAP = 3
_FOR_OUR_FORCES = re.compile(r"(?<!\s)(?:\s++(?:a|per|each|this|last)\s++year|\s++annually)?\s++(?:(?:just|only|"
                             r"simply|largely|mostly)\s++)?(?:for|on|toward|towards|to\s++(?:keep|station|maintain|"
                             r"support|house|base|feed|fund|run|sustain|equip|train|cover|pay|deploy)(?:\s++and\s++"
                             rf"[a-z]++)?)(?:\s++(?!(?:and|but|or|while|as)\b)[\w-]++){{0,{OUR_FORCES_GAP}}}?\s++our\s++"
                             r"(?:own\s++)?(?:" + TROOP_NOUNS + r"|military|bases)\b", re.I)
#: The legislature an amount is asked of: a budget request ("asked Congress for X", "requested X from lawmakers").
_LEGISLATURE = r"(?:the\s++)?(?:U\.S\.\s++)?(?:Congress|lawmakers|legislators|appropriators|House|Senate|" \
               r"National\s++Assembly)"
_ASKED_LEGISLATURE = re.compile(r"\b(?:ask\w*|request\w*|seek\w*|sought|want\w*|press\w*|urg\w*)\s++" + _LEGISLATURE
                                + r"\s++(?:for\s++|(?P<to>to\s++(?:approve|provide|fund|appropriate|give)\s++))"
                                + _OWN_HEDGE + "$")
_FROM_LEGISLATURE = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year)?\s++from\s++" + _LEGISLATURE + r"\b")
#: A sentence opening with a plan or deal of another thing: "Under the relocation plan, Seoul paid X".
_OTHER_PLAN = re.compile(r"(?:[“\"‘'(][ \t]?)?(?:Under|For|In|Through)\s++(?:the|its|a)\s++(?:[\w-]++\s++)?"
                         r"(?:relocation|construction|land|investment|tariff|trade)\s++(?:plan|project|program(?:me)?|"
                         r"deal|agreement|accord|pact)\s*+,", re.I)
#: Right after a camp or base read as what an amount pays for, the other US bases or the troops beside it: "for Camp
#: Humphreys and the other U.S. bases" is the bases' upkeep, the SMA's (mendo63).
_US_OWNER = r"(?:U\.S\.|US|American|USFK)\s++"  # whose the troops or bases are: "U.S. troops", "USFK bases"
_AND_US_FORCES = re.compile(rf"(?<!\s)(?:\s*+,)?\s++and\s++(?:(?:the|all|its|their)\s++)?(?:(?:other|remaining)\s++"
                            r"(?:[\w.-]++\s++)?(?:bases|camps|garrisons|installations)"
                            rf"|(?:{_US_OWNER})?(?:{TROOP_NOUNS})"
                            rf"|{_US_OWNER}(?:(?:military|air|army)\s++)?(?:bases|camps|installations))\b(?!['’])")
#: In a camp and the other US bases an amount pays for, a word of building them: "the new Camp Humphreys and other
#: U.S. bases" is a construction cost, not the SMA (mendo64).
_BUILT_BASES = re.compile(r"\b(?:new|newly|build\w*|built|construct\w*|relocat\w*|expan\w*|move)\b", re.I)
#: Right after the other US bases, where or how they were built: "... bases in Pyeongtaek", "... bases built there"
#: (not "in Korea", mendo64).
_BUILT_AFTER = re.compile(r"(?<!\s)\s++(?:(?:built|being\s++built|under\s++construction|to\s++be\s++built)\b|"
                          r"in\s++(?:the\s++)?(?!(?:South\s++)?Korea\b|the\s++South\b)[A-Z])")


def upkeep_of_us_bases(r: Reader, thing: re.Match[str]) -> bool:
    """Return whether a camp read as what an amount pays for (:data:`_OTHER_OBJECT`) is followed by the other US bases
    or the troops (:data:`_AND_US_FORCES`), with no word of building them: then the amount is the bases' upkeep, the
    SMA's ("for Camp Humphreys and the other U.S. bases"), not a construction cost ("for the new Camp Humphreys and
    other U.S. bases in Pyeongtaek").

    >>> texts = ("Seoul pays 1 trillion won for Camp Tamsk and the other U.S. bases.", "Seoul paid 9 trillion won for "
    ...          "the new Camp Tamsk and other U.S. bases.", "Seoul paid 8 trillion won for Camp Tamsk and the other "
    ...          "U.S. bases in Porvik.", "Seoul pays 1 trillion won for Camp Tamsk and the other U.S. bases in Korea.")
    >>> [upkeep_of_us_bases(r, _OTHER_OBJECT.match(r.text, f.end)) for r, f in map(figure_in, texts)]
    [True, False, False, True]
    """
    forces = _AND_US_FORCES.match(r.text, thing.end())
    return forces is not None and _BUILT_BASES.search(r.text, thing.start(), forces.end()) is None and (
        _BUILT_AFTER.match(r.text, forces.end()) is None)


#: Characters after an amount read for the SMA's name or the troops as what it is (:func:`paid_as_sma`).
OTHER_PURPOSE_AHEAD = 80
#: The US troops as what an amount pays for: "for U.S. troops", "toward the American forces" (not "the troops' bases").
_FOR_TROOPS = re.compile(rf"\b(?:for|toward|towards)\s++(?:(?:the|its)\s++)?(?:{_US_OWNER})?(?:{TROOP_NOUNS})"
                         r"\b(?!['’])", re.I)


#: Between an amount and the SMA's name, a word comparing the two: "worth X, double its SMA payment", "X, more than the
#: SMA", "X, compared with its cost-sharing bill" (the amount is another quantity, mendo64).
_COMPARED_TO_SMA = re.compile(r"\b(?:double|triple|quadruple|twice|thrice|half"
                              r"|(?:more|less|fewer|greater|larger|bigger|smaller|higher|lower)\s++than"
                              r"|compared\s++(?:with|to)|versus|vs\."
                              r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d++(?:\.\d++)?)"
                              r"(?:\s++|-)(?:times|fold)|dwarf\w*|exceed\w*|outstrip\w*)\b", re.I)


def paid_as_sma(r: Reader, fig: Span, end: int, troops: bool) -> bool:
    """Return whether the words after an amount (from ``end``, in its clause, before another amount, bounded) call it
    the SMA's ("under the SMA", ", its SMA payment", "its cost-sharing bill") or, with ``troops``, name the US troops as
    what it pays for ("for U.S. troops"), with no word keeping it apart ("on top of its SMA payment", "not")
    or comparing the two ("double its SMA payment").

    >>> texts = ("Seoul's subsidy is worth 1.1 trillion won under the SMA.", "Seoul asked the Assembly for 1.1 "
    ...          "trillion won for the troops.", "Seoul provides land worth 2 trillion won, on top of its SMA payment.",
    ...          "Seoul's land is worth 3 trillion won, double its SMA payment.")
    >>> [(paid_as_sma(r, f, f.end, False), paid_as_sma(r, f, f.end, True)) for r, f in map(figure_in, texts)]
    [(True, True), (False, True), (False, False), (False, False)]
    """
    _, c1 = r.clause(fig, strong=True)
    stop = min(c1, end + OTHER_PURPOSE_AHEAD)
    stop = min([stop, *(f.start for f in r.figures_in(end, stop) if f.kind == "money")])
    if KEPT_OUT.search(r.text, end, stop):
        return False
    sma = _SMA_NAME.search(r.text, end, stop)
    if sma is not None and _COMPARED_TO_SMA.search(r.text, end, sma.start()):
        return False  # "worth X, double its SMA payment" (mendo64)
    return bool(sma or (troops and _FOR_TROOPS.search(r.text, end, stop)))


#: Seoul itself right before a verb of asking: "Seoul asked the National Assembly to approve X" (mendo63).
_KOREA_ASKS = re.compile(rf"\b{KOREA_PAYER}\s++(?:(?:has|had|also|again|formally)\s++){{0,2}}$", re.I)


def korea_asks_approval(r: Reader, asked: re.Match[str], back: int) -> bool:
    """Return whether a request to a legislature (:data:`_ASKED_LEGISLATURE`) is Seoul's asking its own assembly to
    approve the amount ("Seoul asked the National Assembly to approve X"): then the amount may be Seoul's SMA payment;
    any other asker, or "asked ... for X", is left to other63 (read on, it would be the asker's demand).

    >>> texts = ("Seoul asked the National Assembly to approve 1 trillion won.", "Seoul asked lawmakers for 2 trillion "
    ...          "won.", "The ministry asked lawmakers to approve 3 trillion won.")
    >>> [korea_asks_approval(r, _ASKED_LEGISLATURE.search(r.text, 0, f.start), 0) for r, f in map(figure_in, texts)]
    [True, False, False]
    """
    return asked["to"] is not None and _KOREA_ASKS.search(r.text, back, asked.start()) is not None


def we_pay_ours(r: Reader, fig: Span, end: int) -> bool:
    """Return whether an amount is what "we" pay or spend on "our" troops or bases, named right after it: a US
    speaker's own spending ("We're paying $4.5 billion a year for our troops in Korea"), not a Korean "we" ("We pay
    X for our alliance, and our bases host U.S. troops").

    >>> texts = ("“We're paying $4.5 billion a year for our troops there,” he said.", "“We pay 1 trillion won for "
    ...          "our alliance and our bases host U.S. troops,” Suh said.", "We spend $4 billion to keep our soldiers.",
    ...          "We pay $2 billion just to house and feed our troops.", "We pay 1 trillion won to the alliance and "
    ...          "our land hosts the troops.")
    >>> [we_pay_ours(r, f, r.restated_to(f)) for r, f in map(figure_in, texts)]
    [True, False, True, True, False]
    """
    c0, _ = r.clause(fig, strong=True)
    back = max(c0, fig.start - OTHER_PURPOSE_BACK)
    return _WE_PAY.search(r.text, back, fig.start) is not None and _FOR_OUR_FORCES.match(r.text, end) is not None


def other_purpose(r: Reader, fig: Span) -> str | None:
    """Return the quantity an amount's own phrase makes it when it is told in the words of paying or asking but is not
    the SMA payment nor a demand of Seoul (other63): what it pays for is land, rent, a named base or camp, a base move,
    a fund or one drill, or it is land valued at it (``other``); workers are paid it (``wages``); paid money held or
    not yet spent; a US speaker's "we pay X for our forces"; a sum asked of Congress; a sum paid under a plan of
    another thing ("Under the relocation plan, Seoul paid X"); else None.

    >>> texts = ("Seoul pays $2.1 billion a year for the land.", "Seoul paid $9.7 billion for Camp Humphreys.",
    ...          "Korean base employees were paid 560 billion won.", "Washington has yet to spend $1.1 billion.",
    ...          "The Pentagon asked Congress for $3.6 billion.", "Seoul provides land worth 2.2 trillion won.",
    ...          "Seoul pays 1.1 trillion won for the troops on Korean land.", "Seoul paid $1 billion for the bases.")
    >>> [other_purpose(*figure_in(t)) for t in texts]
    ['other', 'other', 'wages', 'other', 'other', 'other', None, None]
    """
    if fig.kind != "money":
        return None
    end = r.restated_to(fig)
    s, _ = r.local(fig)
    back = max(s, fig.start - OTHER_PURPOSE_BACK)
    if _WORKERS_PAID.search(r.text, back, fig.start) or _TO_WORKERS.match(r.text, end):
        return "wages"
    thing = _OTHER_OBJECT.match(r.text, end)
    if (thing is not None and not upkeep_of_us_bases(r, thing)) or _HELD.search(r.text, back, fig.start):
        return "other"  # not "for Camp Humphreys and the other U.S. bases" (mendo63), unless new (mendo64)
    asked = _ASKED_LEGISLATURE.search(r.text, back, fig.start)
    if _FROM_LEGISLATURE.match(r.text, end) or (asked is not None and not korea_asks_approval(r, asked, back)):
        return "other"  # "asked Congress for X", "the ministry asked lawmakers to approve X": read on, a demand
    valued = asked is not None or _VALUED_IN_KIND.search(r.text, back, fig.start) is not None
    if (valued and not paid_as_sma(r, fig, end, False)) or (_OTHER_PLAN.match(r.text, s) and not paid_as_sma(
            r, fig, end, True)):
        return "other"  # not "Seoul asked the National Assembly to approve X, its SMA payment" (mendo63)
    return "other" if we_pay_ours(r, fig, end) else None


#: Between an amount and a multiple after it: "... of $900 million by five-fold", "... ($900 million) by ten times".
_BY_GAP = re.compile(r"(?<!\s)\)?\s*by\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+)?$", re.I)
#: A verb of raising before the amount, in its clause: the amount is in the object raised.
_RAISE_BEFORE = re.compile(r"\b(?:increas|rais|boost|hik|lift|multipl|grow)\w*\b[^.;:!?]{0,80}$", re.I)


def raised_object(text: str, amount: Span, multiple: Span) -> bool:
    """Return whether an amount before a multiple is in the object a verb raises by it ("increase its contribution
    of $900 million by five-fold"): the amount is the base, not the result.

    >>> t = "Washington wants Seoul to increase its annual payment of $900 million by five-fold."
    >>> a, m = Span("a1", "money", t.index("$"), t.index(" by"), ""), Span("a2", "multiplier", t.index("five-"), 80, "")
    >>> raised_object(t, a, m), raised_object("Seoul paid $900 million by five-fold", a, m)
    (True, False)
    """
    return amount.end <= multiple.start and _BY_GAP.fullmatch(text, amount.end, multiple.start) is not None and \
        _RAISE_BEFORE.search(text, max(0, amount.start - win.RAISE_VERB_BACK), amount.start) is not None

#: Between a multiple and its base, a payment noun with "of": "six times the share of", "five times Seoul's current
#: contribution of", "three times its payment of (about)" (b52v).
_TIMES_PAYMENT_OF = re.compile(r"(?<!\s)\s++(?:the|its|their|our|(?:\w++\s++)?\w++['’]s)\s++"
                               r"(?:(?:current|present|existing|annual|yearly)\s++)?"
                               r"(?:share|payment|contribution|bill|burden)\s++of\s++(?:" + _HEDGE + r")?", re.I)


#: After a multiple, the payment of a year it is counted from: "times its 2014 payment", "times the 2014 level",
#: "times what Seoul paid in 2014", "times the payment for 2014" (frames63).
_TIMES_YEAR_PAYMENT = re.compile(r"(?<!\s)\s++(?:(?:that\s++of|the\s++one\s++of)\s++)?(?:(?:its|their|the|Seoul['’]s|"
                                 r"(?:South\s++)?Korea['’]s)\s++)?(?P<y>(?:19|20)\d\d)\s++(?:payment|contribution|share|"
                                 r"level|figure|amount|bill)s?\b|(?<!\s)\s++(?:what\s++(?:it|Seoul|(?:South\s++)?Korea|they)"
                                 r"\s++(?:paid|contributed|gave)|(?:its|the)\s++(?:payment|contribution|share))\s++"
                                 r"(?:in|for)\s++(?P<y2>(?:19|20)\d\d)\b", re.I)


def base_year_of_multiple(r: Reader, fig: Span) -> int | None:
    """Return the year whose payment a multiple is counted from, named right after it ("was nearly 1.3 times its 2014
    payment": 2014), when no amount stands there; else None: the multiple is then one year's payment over another's.

    >>> [base_year_of_multiple(*figure_in(t)) for t in ("Seoul's payment for 2021 was 1.3 times its 2014 payment.",
    ...                                                  "In 2021 Seoul paid 1.3 times what it paid in 2014.",
    ...                                                  "Seoul paid 1.3 times the 1 trillion won of 2014.")]
    [2014, 2014, None]
    """
    m = _TIMES_YEAR_PAYMENT.match(r.text, fig.end) if fig.kind == "multiplier" else None
    return int(m.group("y") or m.group("y2")) if m else None


#: After a multiple's base, a word opening another clause: a time past it is not the multiple's own ("..., and talks
#: resume in 2027", "... before talks collapsed in 2020"); "as of" is not one.
_CLAUSE_OPENERS = ("and but or nor yet while whereas when whenever before after until since because which who whom "
                   "whose where if unless though although so than even")
_OTHER_CLAUSE_AFTER = re.compile(r"[;:—–―()]|\b(?:as(?!\s++of\b)|" + "|".join(_CLAUSE_OPENERS.split()) + r")\b", re.I)
#: A period named as a year of something, or a time, that no date resolves ("in the first year of the deal", "the
#: deal's second year", "in its final year", "at the time").
_PERIOD_AFTER = re.compile(r"(?:\bin\s++)?(?:\b(?:the|its|their)\s++)?(?:(?<![\w-])[\w-]++['’]s\s++)?\b(?:first|"
                           r"second|third|fourth|fifth|sixth|final|last|initial|opening|same|following|previous|prior|"
                           r"that)\s++year\b"
                           r"(?:\s++of\s++(?:the|its|their)\s++[\w-]++)?|\b(?:at\s++)?(?:that|the)\s++time\b", re.I)


def multiple_of_payment(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a multiple right before it is counted from, named by a payment noun
    with "of" ("demand up to six times the share of 1.38 trillion won this year"): what is paid, whoever asks the
    multiple (b52v: it was read as the ask); not an ask named as the base ("twice the demand of $5 billion").

    >>> texts = ("Washington will demand up to six times the share of 1.38 trillion won this year.",
    ...          "They want five times Seoul's current contribution of $900 million.",
    ...          "Washington wanted twice the demand of $5 billion.")
    >>> [multiple_of_payment(*figure_in(t, -1)) for t in texts]
    [True, True, False]
    """
    s, _ = r.local(fig)
    multiples = r.spans_in(s, fig.start, "multiplier")
    return bool(multiples) and _TIMES_PAYMENT_OF.fullmatch(r.text, multiples[-1].end, fig.start) is not None


def raised_base(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a multiple or percent after it raises ("increase its contribution of
    $900 million by five-fold"): named as a payment, in the object of the raise, so it is what was paid.

    >>> r = Reader(annotate_text("The US demands Seoul increase its contribution of $900 million by five-fold."))
    >>> raised_base(r, r.figures_in(0, len(r.text))[0])
    True
    """
    key = ("raised", fig)  # asked of each amount by every multiple near it (multiple_frame): read once (speed57b)
    if key not in r.bases:
        _, c1 = r.clause(fig, strong=True)
        after = [m for m in r.figures_in(fig.end, c1) if m.kind in ("multiplier", "percent")]
        r.bases[key] = bool(after) and raised_object(r.text, fig, after[0]) and _PAYMENT.search(
            r.text, max(0, fig.start - win.RAISED_PAYMENT_BACK), fig.start) is not None
    return r.bases[key]


#: A verb of changing a payment, its object named as the payment, then "from" right before the amount ("double its
#: contribution from X", "raise its yearly share from about X"); not the asker's own sum ("cut its demand from X").
_RAISED_FROM = re.compile(r"\b(?:doubl|tripl|quadrupl|multipl|rais|increas|hik|boost|lift|cut|lower|reduc|slash)\w*+"
                          r"(?:\s++(?!(?:demand|ask|request|offer|propos|bid|call)\w*+\b)[\w’'-]++){0,3}?"
                          r"\s++(?:contributions?|payments?|share|burden|bill)\s++from\s++(?:(?:the|its)\s++)?"
                          r"(?:current\s++)?(?:" + _HEDGE + r")?$", re.I)


def raised_from(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a change is counted from, named after "from" in the object of a verb
    of raising or cutting the payment ("double its contribution from X"): what is paid now, whoever asks the change.

    >>> texts = ("Washington wants Seoul to double its contribution from $900 million a year.",
    ...          "The US lowered its demand for payments from $5 billion.",
    ...          "The US lowered its demand for a raise in payments from $5 billion.")
    >>> [raised_from(*figure_in(t, -1)) for t in texts]
    [True, False, False]
    """
    if fig.kind != "money":
        return False
    m = _RAISED_FROM.search(r.text, max(0, fig.start - win.RAISED_FROM_BACK), fig.start)
    return m is not None and _ASKED_CHANGE.search(r.text, max(0, m.start() - win.ASKED_CHANGE_BACK), m.start()) is None


#: Right before an amount, the present level a change is counted from: "from the current level of about X", "from its
#: present yearly contribution of X" (fresh81v), or that a rise goes past: "far exceeding the current level of X",
#: "well above the current level of X" (cfix42).
_FROM_CURRENT = re.compile(r"\b(?:from|above|beyond|exceed(?:s|ed|ing)?|(?:more|higher|greater)\s++than)\s++(?:the|its|"
                           r"their)\s++(?:current|present|existing)\s++(?:(?:yearly|annual)\s++)?"
                           r"(?:level|amount|sum|figure|(?P<paid>payment|contribution|share|burden|bill))\s++of\s++(?:"
                           + _HEDGE + r")?$", re.I)
#: The payment as what changed from a level of no name of its own ("raise its share ... from the current level of
#: X"); not "boost spending on its own army from its current level of X" (review81 item 7).
_PAID_NOUN = re.compile(r"\b(?:payments?|contributions?|shares?|burden|bill|portion)\b", re.I)


def from_current_level(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the present level a change in its clause is counted from ("wants Seoul to increase
    its burden by X from the current level of about Y a year"), in an article about the deal: what is paid now.

    >>> [from_current_level(*figure_in(t, -1)) for t in (
    ...     "Under the SMA, the US wants Seoul to raise its share by $3 billion from the current level of $1 billion.",
    ...     "Under the SMA, the US wants to cut troops from the current level of 28,500 and save $900 million.",
    ...     "Under the SMA, Seoul's share rose from the current level of $900 million.",
    ...     "Under the SMA, the US wants Seoul to boost spending on its army from its current level of $900 million.",
    ...     "Under the SMA, the US wants Seoul to raise it from its current contribution of $900 million.",
    ...     "Under the SMA, the US wants Seoul to raise its share, far exceeding the current level of $1 billion.")]
    [True, False, True, False, True, True]
    """
    if fig.kind != "money" or not r.about_sma:
        return False
    c0, _ = r.clause(fig, strong=True)
    m = _FROM_CURRENT.search(r.text, max(c0, fig.start - win.RAISED_FROM_BACK), fig.start)
    return m is not None and _CHANGE.search(r.text, c0, m.start()) is not None \
        and (m["paid"] is not None or _PAID_NOUN.search(r.text, c0, m.start()) is not None)


#: Right before an amount, the present sum a change is counted from with no noun between: "from the current X", "from
#: its present X" (fresh92).
_FROM_CURRENT_SUM = re.compile(r"\bfrom\s++(?:the|its|their)\s++(?:current|present|existing)\s++(?:" + _HEDGE + r")?$",
                               re.I)


#: Right after an amount (a year's words and up to two words of whose between), an ask's noun: "X U.S. ask", "X
#: demand", "X a year Washington proposal" (review91 finding 11, mend91v).
#: A word of the noun phrase after an amount: a dot only inside it or ending "U.S.", never a sentence's stop ("... $923
#: million Seoul pays. Offers to split ...": review93 finding 2), nor a preposition or conjunction that opens another
#: phrase ("X despite Seoul's offers": review93 finding 11).
_PHRASE_WORD = (r"(?!(?:despite|from|of|to|for|with|and|or|but|as|than|in|on|at|by|after|before|since|while|amid|"
                r"over|under|against|via|if|when|because)\b)(?:U\.S\.(?!\w)|[\w’'-]++(?:\.[\w’'-]++)*+)")
#: Right after an amount, up to two words of its noun phrase (no ask noun among them) before ``noun``: the shared
#: head of :data:`_ASK_NOUN_AFTER` and :data:`_OFFER_NOUN_AFTER`.
_NOUN_AFTER = (r"(?<!\s)(?:\s++(?:a|per)\s++year)?(?:\s++(?!(?:" + "|".join(_ASK_NOUNS) + r")s?\b)" + _PHRASE_WORD
               + r"){0,2}+\s++")
_ASK_NOUN_AFTER = re.compile(_NOUN_AFTER + r"(?:" + "|".join(_ASK_NOUNS) + r")s?\b", re.I)


def from_current_sum(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the present sum a change of the payment in its clause is counted from, the amount
    right after "from the current" ("seeking an increase of Seoul's contribution to X from the current Y"), in an
    article about the deal: what is paid now, as :func:`from_current_level` reads "from the current level of Y".

    >>> [from_current_sum(*figure_in(t, -1)) for t in (
    ...     "The US seeks an increase of Seoul's contribution to $3 billion from the current $1 billion.",
    ...     "Under the SMA, the US wants to cut spending on its army from the current $900 million.",
    ...     "Under the SMA, the US wants Seoul's contribution to rise from $900 million.")]
    [True, False, False]

    An ask's noun right after the amount makes it the ask counted from, not the payment (review91 finding 11):
    >>> [from_current_sum(*figure_in(t, -1)) for t in (
    ...     "Trump wants to raise Seoul's payment to $5 billion from the present $4.7 billion U.S. ask.",
    ...     "Trump wants to raise Seoul's payment to $5 billion from the present $1 billion payment.")]
    [False, True]
    """
    if fig.kind != "money" or not r.about_sma or _ASK_NOUN_AFTER.match(r.text, fig.end):
        return False
    c0, _ = r.clause(fig, strong=True)
    m = _FROM_CURRENT_SUM.search(r.text, max(c0, fig.start - win.RAISED_FROM_BACK), fig.start)
    return m is not None and _CHANGE.search(r.text, c0, m.start()) is not None \
        and _PAID_NOUN.search(r.text, c0, m.start()) is not None


def current_share_base(r: Reader, fig: Span) -> bool:
    """Return whether a percent is the present share a change in its clause is counted from, right after "from the
    current" ("called for Seoul to increase its share to 50 percent from the current 42 percent"): the share now,
    reported, not the ask the clause tells (dev129), as :func:`from_current_sum` reads an amount so placed.

    >>> [current_share_base(*figure_in(t, -1)) for t in (
    ...     "Washington wants Seoul to raise its share to 50 percent from the current 42 percent.",
    ...     "Washington wants Seoul to raise its share from the present 42 percent to 50 percent.",
    ...     "Washington wants Seoul to raise its share to 50 percent from 42 percent.")]
    [True, False, False]
    >>> current_share_base(*figure_in("Washington wants Seoul to raise its share from the present 42 percent.", -1))
    True
    """
    if fig.kind != "percent" or fig.value.get("direction"):
        return False
    c0, _ = r.clause(fig, strong=True)
    m = _FROM_CURRENT_SUM.search(r.text, max(c0, fig.start - win.RAISED_FROM_BACK), fig.start)
    return m is not None and _CHANGE.search(r.text, c0, m.start()) is not None


#: Right after an amount (as :data:`_ASK_NOUN_AFTER`), the paying side's noun of a proposal: "X offer", "X a year
#: Korean counteroffer" (review92 finding 4).
_OFFER_NOUN_AFTER = re.compile(_NOUN_AFTER + r"(?:counter-?)?offers?\b", re.I)


def current_offer(r: Reader, fig: Span) -> bool:
    """Return whether an amount called "current" or "present" right after "from" is an offer by its noun ("raise it to
    X from the current Y offer"): the paying side's standing offer, never the asking side's demand, though the clause
    asks (review92 finding 4; the asking side's "U.S. ask" stays the ask, :func:`from_current_sum`).

    >>> [current_offer(*figure_in(t, -1)) for t in (
    ...     "Trump wants to raise Seoul's payment to $5 billion from the current $923 million offer.",
    ...     "Trump wants to raise Seoul's payment to $5 billion from the present $4.7 billion U.S. ask.",
    ...     "Trump wants to raise Seoul's payment to $5 billion from the current $923 million.")]
    [True, False, False]

    The asking side's own offer ("the current $1.3 billion U.S. counteroffer", "American offer": its lowered ask) is
    not the paying side's, and the noun is read in the amount's sentence only (review93 findings 1 and 2):
    >>> [current_offer(*figure_in(t, -1)) for t in (
    ...     "Seoul hopes to bring it down from the current $1.3 billion U.S. counteroffer.",
    ...     "Bo wants to raise Seoul's payment to $5 billion from the current $923 million it pays. Offers failed.")]
    [False, False]
    """
    m = _OFFER_NOUN_AFTER.match(r.text, fig.end) if fig.kind == "money" else None
    if m is None or _US_SIDE.search(r.text, fig.end, m.end()):
        return False
    c0, _ = r.clause(fig, strong=True)
    return _FROM_CURRENT_SUM.search(r.text, max(c0, fig.start - win.RAISED_FROM_BACK), fig.start) is not None


#: Right before an amount, a verb of keeping a sum as it is and the payment it keeps: "to keep its payment share at X",
#: "to maintain the current yearly payment level -- some X", "keeping Seoul's contribution at X" (dev126).
_KEPT_LEVEL = re.compile(
    r"\b(?:keep|keeps|keeping|kept|maintain|maintains|maintained|maintaining)\s++(?:the|its|their|[A-Z]\w{0,24}+['’]s)"
    r"\s++(?:(?:current|present|existing|yearly|annual)\s++)?(?:(?:current|present|existing|yearly|annual)\s++)?"
    r"(?:payment|contribution|share|burden)(?:\s++(?:share|level|amount))?+\s*+(?:at|of|--|—|–|,)\s*+(?:"
    + _HEDGE + r")?$", re.I)


def kept_level(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a side offers or wants to keep as it is ("offered to keep its payment
    share at X", "offered to keep the current yearly payment level -- some X"), in an article about the deal: what is
    paid now, whoever offers to keep it (README, adjud126's answer 1: ``sma_payment`` of the current year).

    >>> [kept_level(*figure_in(t, -1)) for t in (
    ...     "Under the SMA, Seoul offered to keep its payment share at 869.5 billion won.",
    ...     "Under the SMA, Seoul offered to keep the current yearly payment level -- some 870 billion won.",
    ...     "Under the SMA, Seoul offered to raise its payment share to 920 billion won.",
    ...     "Under the SMA, Seoul wants to keep its troops at 28,500 and spend $900 million.",
    ...     "Samsung offered to keep its share at 5 billion won.")]  # an article not about the deal
    [True, True, False, False, False]
    """
    if fig.kind != "money" or not r.about_sma:
        return False
    s0, _ = r.near(fig)  # its sentence, not its clause: a dash sets the amount after the level it names
    return _KEPT_LEVEL.search(r.text, max(s0, fig.start - win.RAISED_FROM_BACK), fig.start) is not None


#: ", up from" (a hedge allowed) right before an amount: the base a figure before it rose from.
#: The hedges a base or an asked amount may carry right before it (not "almost": HEDGE_WORDS has it).
BASE_HEDGES = "about|around|some|roughly|nearly|approximately"
#: The forms of the verbs of asking (and "sought", "seek").
ASK_FORMS = r"demand(?:ed|ing|s)?|ask(?:ed|ing|s)?|request(?:ed|ing|s)?|sought|seek(?:s|ing)?"
_UP_FROM = re.compile(rf",\s*up\s+from\s+(?:the\s+)?(?:(?:{BASE_HEDGES})\s+)?$", re.I)
#: A demand whose object is the amount that follows ("demand for", "demanded", "asking for", "sought").
#: Also its payer and "(to) pay" between ("asked Seoul to pay", "demanded it pay": conv54).
_ASKED_OBJECT = re.compile(rf"\b(?:{ASK_FORMS})"
                           r"(?:\s+(?:for|of)|(?:\s++[\w.]++){0,2}?\s++(?:to\s++)?(?:pay|contribute))?"
                           rf"\s+(?:(?:{BASE_HEDGES})\s+)?$", re.I)
#: A change of the ask itself ("raised its demand to X, up from Y": Y was asked before).
_ASK_CHANGED = re.compile(r"\b(?:rais|lift|upp|increas|hik|lower|cut|reduc|scal|trimm|drop)\w*\s+(?:its|his|her|their"
                          r"|the)\s+(?:demand|ask|request)", re.I)


def demand_up_from(r: Reader, fig: Span) -> bool:
    """Return whether an amount is the payment a demand is told as rising from ("His demand for $5 billion, up from
    $927 million last year"): the base after ", up from" of an asked sum at least twice it, when the ask itself is
    not told as changed ("raised its demand to X, up from Y": Y was an earlier ask).

    >>> texts = ("His demand for $5 billion, up from $927 million last year, was a ploy.",
    ...          "The US raised its demand to $5 billion, up from $4.7 billion.",
    ...          "Her demand for $5 billion, up from $4.7 billion, was a ploy.",
    ...          "Seoul was asked to pay $5 billion next year, up from $890 million.")
    >>> [demand_up_from(*figure_in(t, -1)) for t in texts]
    [True, False, False, True]

    A base in the other currency is read at the rate of data/ that makes it largest (xv59):

    >>> [demand_up_from(*figure_in(t, -1)) for t in ("Seoul was asked to pay $5 billion, up from 1.04 trillion won.",
    ...     "Seoul was asked to pay $5 billion, up from 4.9 trillion won.")]
    [True, False]
    """
    if fig.kind != "money" or not _UP_FROM.search(r.text, max(0, fig.start - win.UP_FROM_BACK), fig.start):
        return False
    s, _ = r.near(fig)
    asked = [f for f in r.figures_in(s, fig.start) if f.kind == "money" and f.end <= fig.start]
    if not asked or fig.start - asked[-1].end > win.DEMAND_TO_BASE:
        return False
    ask, base = asked[-1], fig
    if not _ASKED_OBJECT.search(r.text, max(0, ask.start - win.ASKED_OBJECT_BACK), ask.start) or _ASK_CHANGED.search(
            r.text, s, ask.start):
        return False
    a, b = ask.value.get("amount"), base.value.get("amount")
    top = at_most_in(b, base.value.get("currency"), ask.value.get("currency")) if a and b else None
    return top is not None and top * 2 <= a


def at_most_in(amount: float, currency: object, target: object) -> float | None:
    """Return ``amount`` in ``currency`` told in ``target``: itself in the same currency, else at the yearly rate of
    data/exchange_rates.csv that makes it largest (won and dollars only; None for another pair): what it can be at
    most in the other currency (xv59: "asked to pay $5 billion, up from 1.04 trillion won").

    >>> at_most_in(1e9, "USD", "USD"), at_most_in(1e9, "USD", "KRW") > 1e12, at_most_in(1e12, "KRW", "USD") < 1.4e9
    (1000000000.0, True, True)
    >>> at_most_in(1e9, "JPY", "USD") is None
    True
    """
    if currency == target:
        return amount
    low, high = _rate_range()
    return {("USD", "KRW"): amount * high, ("KRW", "USD"): amount / low}.get((str(currency), str(target)))


#: An ask whose object is the change ("its demand for a raise in payments from X", "its push to increase the share
#: from X"): the sum after "from" is what was asked before, not the payment (review18).
_ASKED_CHANGE = re.compile(r"\b(?:demand|ask|request|proposal|offer|call|push|bid)s?[ \t]{1,3}+(?:for|to)[ \t]{1,3}+"
                           r"(?:an?[ \t]{1,3}+)?$", re.I)


#: A sentence opening with an inverted condition ("Had the deal stayed,", "Were the troops to leave,", "Should
#: talks fail,") or a "without"/"but for" condition ("Without the deal,").
_INVERTED_IF = re.compile(r"[\W_]{0,3}(?:had|were|should|without|but\s+for)\s", re.I)
#: "would have" and a past participle: a past that did not happen ("would have paid"; not "would have to pay").
_WOULD_HAVE = re.compile(r"\b(?:would|could|might)(?:\s+not)?\s+have\s+(?!to\b)[a-z]+(?:ed|id|en|nt|ne)\b", re.I)


#: A sentence whose subject is an indefinite change and whose verb is a modal ("A 10 percent rise would lift ...",
#: "Such a hike could cost ..."): what a change not made would do.
_CHANGE_WOULD = re.compile(r"[\W_]{0,3}(?:but\s+|and\s+|yet\s+)?(?:a|an|such\s+an?|any)\s+(?:[\w.%-]+\s+){0,5}?"
                           r"(?:" + RISE_NOUNS + r"|raise|cut|jump)\b(?:\s+(?:of|in|for|to)\s+[\w.%$-]+(?:\s+[\w.%-]+)"
                           r"{0,3})?\s+(?:would|could|might)\b", re.I)


def counterfactual(r: Reader, fig: Span) -> bool:
    """Return whether a figure is the consequence of a condition not stated with "if": a sentence opening with an
    inverted condition or "without" whose clause has "would", or "would have" and a past participle before it.

    >>> texts = ("Had the old deal stayed, Seoul would have paid $700 million last year.",
    ...          "Should talks fail, Seoul would pay 2 trillion won.",
    ...          "Seoul would have to pay 2 trillion won, Trump said.")
    >>> [counterfactual(*figure_in(t)) for t in texts]
    [True, True, False]
    >>> r = Reader(annotate_text("A 10 percent rise would lift Seoul's share to about 1.14 trillion won next year."))
    >>> [counterfactual(r, f) for f in r.figures_in(0, len(r.text))]
    [True, True]
    """
    c0, c1 = r.clause(fig, strong=True)
    if _WOULD_HAVE.search(r.text, c0, fig.start):
        return True
    s0, _ = r.sentence_of(fig)
    if _CHANGE_WOULD.match(r.text, s0):
        return True  # "A 10 percent rise would lift Seoul's share to X"
    return _INVERTED_IF.match(r.text, s0) is not None and _WOULD.search(r.text, c0, c1) is not None


#: Right before an amount, a cost put at a figure by an estimate: "the full cost of the troops, which his aides put
#: at X", "costs that the Pentagon estimates at X" (frames63).
_ESTIMATED_AT = re.compile(r"\bcosts?\b[^.;:\d]{0,60}?(?:which|that)\s++(?:[\w.’'-]++\s++){0,4}?(?:puts?|putting|"
                           r"estimat(?:e|es|ed|ing)|reckon(?:s|ed)?|valu(?:e|es|ed)|pegs?|pegged|calculat(?:e|es|ed)|"
                           r"figur(?:e|es|ed)|tall(?:y|ies|ied))\s++at\s++(?:" + _HEDGE + r")?$", re.I)


def estimated_cost(r: Reader, fig: Span) -> bool:
    """Return whether an amount is an estimate of a cost ("Trump wants Seoul to cover the full cost of the troops,
    which his aides put at $13 billion a year"): what the cost is reckoned at, not an ask or a payment (frames63).

    >>> [estimated_cost(*figure_in(t)) for t in ("He wants Seoul to cover the cost, which aides put at $13 billion.",
    ...                                          "He wants Seoul to pay $5 billion, which aides called fair.")]
    [True, False]
    """
    c0, _ = r.clause(fig, strong=True)
    return fig.kind == "money" and _ESTIMATED_AT.search(r.text, max(c0, fig.start - win.PAID_RELATIVE_AFTER * 2),
                                                        fig.start) is not None


#: Right before an amount, a modal outcome of paying: "could end up paying", "might wind up footing" (frames63).
_ENDS_UP = re.compile(r"\b(?:could|might|may|would)\s++(?:well\s++|easily\s++)?(?:end|wind)\s++up\s++"
                      r"(?:pay|spend|shoulder|foot|contribut|giv|hand|cover|bear)\w{0,4}+\s++(?:" + _HEDGE + r")?$",
                      re.I)


#: A fiscal year ("fiscal 2021", "fiscal year 2021", "FY2021", "FY 2021"): a government budget's year; or a budget
#: named by its year (other54: "requested X for its Korea presence in its 2021 budget").
_FISCAL_YEAR = re.compile(r"\b(?:(?:fiscal\s++(?:year\s++)?|FY\s?+)(?:19|20)\d\d|(?:its|the|their)\s++(?:19|20)\d\d\s++"
                          r"(?:defen[cs]e\s++)?budget(?!\s++(?:talks|negotiations|deal|agreement)))\b", re.I)
#: A request, not one of a clause ("requested that Seoul pay", "the request that Seoul pay", "requests to", mendf77).
_REQUEST = re.compile(r"\brequest(?:s|ed|ing)?+\b(?![ \t]++(?:that|to)\b)", re.I)


def fiscal_request(r: Reader, fig: Span, pos: int) -> bool:
    """Return whether the demand cue at ``pos`` is a "request" whose clause names a fiscal year: a budget request
    ("The Pentagon's request for the troops in Korea is X for fiscal 2021"), no ask of Seoul (frames76); not one of a
    clause ("requested that Seoul pay X"), nor one that names the Korea side as asked between it and the figure
    ("request of Seoul", "requested Seoul pay", mendf77).

    >>> r, fig = figure_in("The Pentagon's request for the troops is $4.5 billion for fiscal 2021.")
    >>> r2, fig2 = figure_in("Washington's request for 2021 is $5 billion.")
    >>> fiscal_request(r, fig, r.text.index("request")), fiscal_request(r2, fig2, r2.text.index("request"))
    (True, False)
    >>> r, fig = figure_in("Washington requested that Seoul pay $5 billion in fiscal 2020.")
    >>> r2, fig2 = figure_in("The Pentagon's request of Seoul is $5 billion in fiscal 2020.")
    >>> fiscal_request(r, fig, r.text.index("requested")), fiscal_request(r2, fig2, r2.text.index("request"))
    (False, False)
    """
    c0, c1 = r.clause(fig, strong=True)  # "The Army's FY2021 request for its garrison, X, ...": an apposed sum
    return _REQUEST.match(r.text, pos) is not None and _FISCAL_YEAR.search(r.text, c0, c1) is not None \
        and (pos > fig.start or _KOREA_ASKED_OF.search(r.text, pos, fig.start) is None)  # mendf77: Seoul asked


#: A budget's estimate right at a forecast cue: "budget estimate(s)", "budget estimate drawn up in March".
_BUDGET_ESTIMATE = re.compile(r"(?<=budget[ \t])estimat(?:e|es)\b", re.I)
#: The Korea side named as more than a place ("Seoul will pay", not "the troops in South Korea").
_KOREA_OR_PLACE = re.compile(rf"\b(?P<place>(?:in|to)\s++(?:the\s++)?)?{KOREA_PAYER}\b", re.I)
#: Between another side's name and "budget": its possessive and at most three words, one a possessive too ("the
#: Pentagon's fiscal 2020 ", "U.S. Army's fiscal 2022 ").
_BUDGET_OWNER = re.compile(r"(?<![ \t])(?:['’]s?+)?(?:[ \t]++[\w-]++(?:['’]s?+)?){0,3}?[ \t]++budget[ \t]", re.I)


def others_budget_estimate(r: Reader, fig: Span, pos: int) -> bool:
    """Return whether the forecast cue at ``pos`` is the noun of another side's budget estimate ("According to the
    Pentagon's budget estimate, the total payment toward its forces in Korea is X"): a budget document's planned
    spending of that side, not a forecast of what Seoul pays (fresh78v); not Seoul's own budget estimate, nor a verb
    ("the Pentagon estimates Seoul will pay X").

    >>> r, fig = figure_in("According to the Pentagon's budget estimate, the total payment toward the troops is $4.4 "
    ...                    "billion.")
    >>> others_budget_estimate(r, fig, r.text.index("estimate"))
    True
    >>> r, fig = figure_in("According to Seoul's budget estimate, it will pay 1.2 trillion won for the troops.")
    >>> others_budget_estimate(r, fig, r.text.index("estimate"))
    False
    >>> r, fig = figure_in("The Pentagon's budget estimates show Seoul will pay $1 billion next year.")
    >>> others_budget_estimate(r, fig, r.text.index("estimate"))
    False
    """
    if _BUDGET_ESTIMATE.match(r.text, pos) is None:
        return False
    if any(m["place"] is None for m in _KOREA_OR_PLACE.finditer(r.text, pos, fig.start)):
        return False  # "the Pentagon's budget estimates show Seoul will pay X": Seoul's payment, as the US books it
    s, _ = r.near(fig)  # the sentence: "According to X's budget estimate, ..." opens it before the figure's clause
    return any(_BUDGET_OWNER.fullmatch(r.text, e, pos) for _, e in other_side_at(r, s, pos))


#: The Korea side as the one a request asks: "request of Seoul", "requested Seoul pay", "to Seoul" (not "the troops in
#: Korea", "its Korea garrison", "Seoul's").
_KOREA_ASKED_OF = re.compile(r"\b(?:of|to|that|from|request(?:s|ed|ing)?+)[ \t]++(?:the[ \t]++)?(?:South[ \t]++)?"
                             r"(?:Korea|Seoul)\b(?!['’])", re.I)


def ends_up_paying(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what a payer could end up paying ("Seoul could end up paying about $1 billion a
    year"): a possible outcome, so hypothetical, never judged as what was paid (frames63).

    >>> [ends_up_paying(*figure_in(t)) for t in ("Seoul could end up paying about $1 billion a year.",
    ...                                          "Seoul ended up paying $1 billion.")]
    [True, False]
    """
    return _ENDS_UP.search(r.text, max(0, fig.start - win.BROUGHT_TO_BACK), fig.start) is not None


#: From a condition's "if" to its modal, in one stretch with no comma: "if they could", "unless Seoul would".
_IF_TO_MODAL = re.compile(r"\b(?:if|unless)\b[^,;:.!?\n]{0,60}+$", re.I)


def main_modal(r: Reader, fig: Span, c0: int, c1: int) -> bool:
    """Return whether the clause ``c0``–``c1`` holds a modal of a condition's consequence (:data:`_WOULD`) that is not
    the verb of an "if" clause told after a past act's figure: "accepted X if they could work out a deal" is a reported
    act with its condition, "would pay X if", "If talks fail, Seoul could pay X" are hypothetical (frames76), and so is
    "Seoul's payment jumps to X if Washington could have its way", whose main verb is present (mendf77).

    >>> [main_modal(r, f, *r.clause(f, strong=True)) for r, f in (figure_in(t) for t in (
    ...     "The U.S. accepted $1 billion if they could work out a deal.", "Seoul would pay $1 billion if asked.",
    ...     "If talks fail, Seoul could pay $1 billion.", "If Seoul could pay $1 billion, Trump would be glad.",
    ...     "Seoul's payment jumps to $1 billion if Washington could have its way."))]
    [False, True, True, True, True]
    """
    modals = list(_WOULD.finditer(r.text, c0, c1))
    if any(m.start() < fig.end or _IF_TO_MODAL.search(r.text, fig.end, m.start()) is None for m in modals):
        return True
    return bool(modals) and not past_act(r, fig, c0)


#: A verb of saying: a past one before a figure reports the words after it ("said Seoul's payment jumps to X").
_SAID_VERB = REPORTED


def past_act(r: Reader, fig: Span, c0: int) -> bool:
    """Return whether a verb of the past (:data:`_PAST_VERB`) stands between the clause's start ``c0``, or its last
    verb of saying, and the figure: the figure is what was done ("The U.S. accepted X"), not what a present verb or
    the reported words after "said" tell (mendf77).

    >>> [past_act(*figure_in(t), 0) for t in ("The U.S. accepted $1 billion if they could.",
    ...                                      "Tarven said the payment jumps to $1 billion if they could.")]
    [True, False]
    """
    said = last_match(_SAID_VERB, r.text, c0, fig.start)
    return _PAST_VERB.search(r.text, said.end() if said else c0, fig.start) is not None


#: From the opening of a sentence (or of its quotation) to a figure, a condition's "if"/"unless" and its clause, no
#: clause boundary between: "If Seoul paid us X", "“Unless they pay X" (fresh92).
_OPENING_IF = re.compile(r"[\s“\"‘'(]{0,4}+(?:if|unless)\b[^,;:.!?\n—–]{0,80}+$", re.I)
#: After the figure, in its sentence, a comma that ends the condition and opens its consequence (", then it's fine").
_IF_CONSEQUENCE = re.compile(r"[^,;:.!?\n]{0,80}+,\s*+(?:then\b|\w)")


#: In a figure's clause, an idea it would follow, not an agreement: "under the 'cost plus 50' idea", "under Trump's
#: scheme", "under such a scenario" (verd56); not "plan" nor "formula", which news copy also calls a deal ("a
#: three-year plan for splitting the bill ... under the plan, Hanul would pay more").
_UNDER_PLAN = re.compile(r"\bunder[ \t]++(?P<owner>the|a|an|his|her|its|their|this|that|such[ \t]++an?|[\w.]++['’]s)"
                         r"[ \t]++(?P<mods>(?:[\w'’“”\"‘.-]++[ \t]++){0,4}?)(?:ideas?|scenarios?|concepts?|"
                         r"(?P<shared>schemes?|options?|models?|approach|approaches))\b", re.I)
#: Words that make a scheme, model, approach or option a deal's own: its owner or a modifier ("the agreement's new
#: approach", "the new cost-sharing model", mend56v).
_DEAL_OWNS = re.compile(r"\b(?:deals?|agreements?|accords?|pacts?|SMA|treaty|contracts?|(?:cost|burden)-?[ \t]?sharing)"
                        r"\b", re.I)
#: Owners of an unowned scheme: an article or a demonstrative, no person's (mend56v).
_NO_OWNER = re.compile(r"the|a|an|this|that|its", re.I)
#: A possessive among a scheme's modifiers ("the senator's", "the generals'"), not a closing quotation mark ("the new
#: 'share-the-bill' model", tidy56).
_POSSESSIVE = re.compile(r"\w['’]s(?!\w)|s['’](?=[ \t])")


def if_clause_figure(r: Reader, fig: Span) -> bool:
    """Return whether a figure sits in the condition of a conditional that opens its sentence or quotation, a
    consequence after a comma: "If Seoul paid us X a year, then it's an okay deal" names a sum that would make the
    consequence true, not one paid or asked, whatever the tense of either clause (fresh92). Not a condition that
    follows its main clause ("Seoul will pay X if ...", read by :func:`main_modal`), nor an "if" with no consequence.

    >>> [if_clause_figure(*figure_in(t)) for t in (
    ...     "If Hanul paid us $40 billion a year, then it's a fine deal.",
    ...     "“Unless they pay $3 billion a year, we leave,” Tolvig said.",
    ...     "Hanul paid $1 billion, if the ministry is right.",
    ...     "Tolvig asked if Hanul paid $1 billion last year.",
    ...     "If talks fail, Hanul paid $1 billion anyway.")]
    [True, True, False, False, False]

    A quotation opened after its speech tag opens the condition too (review91's under-reach, mend91v):
    >>> [if_clause_figure(*figure_in(t)) for t in (
    ...     "Tolvig said, “If Hanul paid us $40 billion a year, then it's fine.”",
    ...     'Tolvig said: "If Hanul paid us $40 billion a year, then it is fine."',
    ...     "Tolvig said, “Hanul paid us $40 billion a year, if you believe it.”")]
    [True, True, False]
    """
    s0, s1 = r.sentence_of(fig)
    return (_OPENING_IF.match(r.text, s0, fig.start) is not None or quotation_opens_if(r, fig, s0)) and \
        _IF_CONSEQUENCE.match(r.text, fig.end, s1) is not None


#: Before a figure in its sentence, the opening of a quotation after its speech tag: a curly opening mark, or a
#: straight one after a comma or a colon ("Tolvig said, “If ...", 'Tolvig said: "If ...').
_QUOTATION_OPENS = re.compile(r"“|[,:][ \t]*+\"")


def quotation_opens_if(r: Reader, fig: Span, s0: int) -> bool:
    """Return whether the last quotation opened before a figure in its sentence (starting at ``s0``, read at most
    :data:`SENTENCE_WINDOW` characters back) opens with a condition that runs to the figure (:data:`_OPENING_IF`).

    >>> [quotation_opens_if(*figure_in(t), 0) for t in ("Tolvig said, “If Hanul paid $4 billion, it's fine.”",
    ...                                                "Tolvig said, “Hanul paid $4 billion, if so.”")]
    [True, False]
    """
    opened = last_match(_QUOTATION_OPENS, r.text, max(s0, fig.start - SENTENCE_WINDOW), fig.start)
    return opened is not None and _OPENING_IF.match(r.text, opened.end() - 1, fig.start) is not None


#: A question put to someone, its words up to the figure with no clause mark between: "asked whether/if ...", "asked
#: about making (demanding, charging) ..." (review92 finding 6); not past a "that" whose clause tells a claim as fact
#: ("asked Kang if it's true that Trump spurned the plan to raise it by X").
_QUESTION_OPEN = re.compile(r"\basked[ \t]++(?:whether|if|about[ \t]++\w+ing)\b(?:(?!that\b)[^,;:.!?()\"“”\n])*+$",
                            re.I)
#: Right before "asked", what makes it the question put to the one who answers: a sentence's start ("Asked whether
#: ..., Bo said"), "when", or a passive ("Bo was asked whether"); never a subject who asks ("U.S. negotiators asked
#: whether Seoul would pay X" is still their ask: review43).
_QUESTION_LEAD = re.compile(r"(?:\b(?:when|was|were|is|are|be|been|being)[ \t]++|(?:^|[.!?\"“”\n])[ \t]*+)$", re.I)


#: Right after a figure inside a question, what tells it as a fact the question rests on, not the thing asked: a
#: relative clause with no "that" ("the $X Seoul paid", "the 13 percent increase Seoul offered", "the $X Washington
#: demanded") or the base of "from X to Y" (review93 finding 4).
_STATED_AFTER = re.compile(r"(?:[ \t]++(?:a|per)[ \t]++year)?(?:[ \t]++(?:increase|rise|hike|raise|cut|more))?[ \t]++"
                           r"(?:(?:[A-Z][\w.’'-]*+|it|they|he|she|we)[ \t]++(?:ha[sd][ \t]++|have[ \t]++)?(?:paid|pays|"
                           r"offered|offers|proposed|demanded|asked|sought|wanted|requested|agreed|spent|gave|contributed)"
                           r"|to[ \t]++(?:\$|₩|US\$|\d))\b")
#: Right before a figure the question tells as a fact: a definite determiner or "from".
_STATED_BEFORE = re.compile(r"\b(?:the|its|his|her|their|this|that|from)[ \t]++(?:" + _HEDGE + r")?$", re.I)
#: Right after a figure, a demand it is told as: ", as Trump has demanded" (review93 finding 5).
_AS_DEMANDED = re.compile(r"(?:[ \t]++(?:a|per)[ \t]++year)?,[ \t]*+as[ \t]++(?:[\w.’'-]++[ \t]++){1,3}?"
                          r"(?P<ask>demanded|asked|sought|requested|wanted|insisted)\b")


def stated_in_question(r: Reader, fig: Span) -> bool:
    """Return whether a figure inside a question is told as a fact, or a demand named as one, not the thing asked:
    "the $X Seoul paid", "the 13 percent increase Seoul offered", the base of "from X to Y", "his $X demand", "the $X
    Washington demanded" (review93 findings 4 and 5); it keeps its own reading.

    >>> [stated_in_question(*figure_in(t, 0)) for t in (
    ...     "Asked whether the $923 million Seoul paid was enough, Bo said yes.",
    ...     "Asked about raising it from $923 million to $5 billion, Bo said no.",
    ...     "Bo was asked whether he stood by his $5 billion demand.",
    ...     "Asked whether Seoul would pay $5 billion, Bo said no.",
    ...     "Asked whether Seoul would pay $5 billion a year, the sum Vell wants, Bo said no.")]
    [True, True, True, False, False]
    """
    return bool(_ASK_NOUN_AFTER.match(r.text, fig.end)) or (
        _STATED_BEFORE.search(r.text, max(0, fig.start - win.STATED_BEFORE_BACK), fig.start) is not None
        and _STATED_AFTER.match(r.text, fig.end) is not None)


#: Right before a figure, a question about being asked for it: "asked about being charged", "... being asked to pay"
#: (review93 finding 10).
_CHARGED_BEFORE = re.compile(r"\babout[ \t]++being[ \t]++(?P<ask>charged|billed|asked[ \t]++(?:to[ \t]++pay|for)"
                             r"|made[ \t]++to[ \t]++pay)[ \t]++(?:" + _HEDGE + r")?$", re.I)


def demanded_in_question(r: Reader, fig: Span) -> int | None:
    """Return where the ask's verb stands when a figure inside a question is told as a demand after it ("Kang was
    asked if Seoul would pay $5 billion, as Trump has demanded": Trump's demand, review93 finding 5); else None.

    >>> [demanded_in_question(*figure_in(t, 0)) for t in (
    ...     "Bo was asked if Seoul would pay $5 billion, as Vell has demanded.",
    ...     "Bo was asked if Seoul would pay $5 billion, as it did.", "Seoul would pay $5 billion, as Vell demanded.")]
    [59, None, None]
    """
    m = _AS_DEMANDED.match(r.text, fig.end)
    return m.start("ask") if m is not None and _question_open(r, fig) else None


def _question_open(r: Reader, fig: Span) -> bool:
    """Return whether a figure stands in a question put to the one who answers (:data:`_QUESTION_OPEN` after
    :data:`_QUESTION_LEAD`).

    >>> _question_open(*figure_in("Asked whether Hanul should pay $5 billion, Bo said yes."))
    True
    """
    c0, _ = r.clause(fig, strong=True)
    m = _QUESTION_OPEN.search(r.text, max(c0, fig.start - win.QUESTION_BACK), fig.start)
    return m is not None and _QUESTION_LEAD.search(r.text, max(0, m.start() - win.QUESTION_LEAD_BACK),
                                                   m.start()) is not None


def put_as_question(r: Reader, fig: Span) -> bool:
    """Return whether a figure is inside a question put to the one who answers ("Asked whether allies should pay cost
    plus 50%, he said ...", "was asked about making allies pay X"): neither an ask nor a payment (review92 finding
    6); not a question about a demand told as one ("asked about the demand for X"), a claim told in it as fact ("asked
    if it is true that ..."), a question of the asking side ("negotiators asked whether Seoul would pay X"), nor the
    answer after the question.

    >>> [put_as_question(*figure_in(t, 0)) for t in (
    ...     "Asked whether Hanul should pay cost plus 50%, Bo said yes.",
    ...     "Bo was asked about making Hanul pay cost plus 50%.",
    ...     "Asked about the demand for cost plus 50%, Bo said nothing.",
    ...     "Bo was asked if it is true that Vell spurned the plan to raise it by 13 percent.",
    ...     "Vell's negotiators asked whether Hanul would pay $5 billion.",
    ...     "Asked about the talks, Bo said Hanul should pay cost plus 50%.")]
    [True, True, False, False, False, False]

    What the question tells as a fact, a demand named in it, or one told after it keeps its reading (review93
    findings 4 and 5: :func:`stated_in_question`, :func:`demanded_in_question`):
    >>> [put_as_question(*figure_in(t, 0)) for t in (
    ...     "Asked whether the $923 million Hanul paid was enough, Bo said yes.",
    ...     "Bo was asked whether he stood by his $5 billion demand.",
    ...     "Bo was asked if Hanul would pay $5 billion, as Vell has demanded.")]
    [False, False, False]
    """
    return _question_open(r, fig) and not stated_in_question(r, fig) and demanded_in_question(r, fig) is None


def question_quantity(r: Reader, fig: Span) -> Quantity | None:
    """Return the quantity of a figure inside a question put to the one who answers: the thing asked is `other`,
    `hypothetical` (:func:`put_as_question`), a demand told after it is that demand (:func:`demanded_in_question`), as
    is a sum the one asked is told as being charged ("asked about being charged X": the asking side's demand, review93
    finding 10); None for any other figure.

    >>> [question_quantity(*figure_in(t, 0))[:2] for t in (
    ...     "Bo was asked if Hanul would pay $5 billion.",
    ...     "Bo was asked if Hanul would pay $5 billion, as Vell asked.",
    ...     "When asked about being charged $5 billion a year, Bo said no.")]
    [('other', 'hypothetical'), ('demand', 'demand'), ('demand', 'demand')]
    """
    charged = _CHARGED_BEFORE.search(r.text, max(0, fig.start - win.QUESTION_BACK), fig.start)
    if charged is not None and _question_open(r, fig):
        return Quantity("demand", "demand", charged.start("ask"))  # review93 finding 10: "asked about being charged X"
    if put_as_question(r, fig):
        return Quantity("other", "hypothetical")
    asked = demanded_in_question(r, fig)
    return None if asked is None else Quantity("demand", "demand", asked)


#: Right before an amount, a relative clause that sizes the noun before it: ", which amount to (over) X", "that
#: totalled X", ", which come to about X".
_RELATIVE_SUM = re.compile(r",[ \t]++(?:which|that)[ \t]++(?:amount(?:s|ed)?|totall?(?:s|ed)?|comes?|came|runs?|ran|"
                           r"stands?|stood)(?:[ \t]++(?:to|at))?[ \t]++(?:(?:" + HEDGE_WORDS + r"|over|some)[ \t]++)?$",
                           re.I)
#: A project's cost named as a noun: "the expenses for moving the base", "the costs of relocating the garrison".
_PROJECT_NOUN = re.compile(r"\b(?:costs?|expenses?|bills?|price)[ \t]++(?:of|for)[ \t]++(?:the[ \t]++)?(?:mov(?:e|ing)|"
                           r"relocat(?:ing|ion)|build(?:ing)?|construct(?:ing|ion)|expan(?:ding|sion)|transfer(?:ring)?)\b",
                           re.I)


def project_relative(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what a relative clause says a project's cost comes to ("bear similar shares of the
    expenses for moving the base, which amount to over X"): that cost, not the SMA payment, whoever bears a share of
    it (cfix43).

    >>> [project_relative(*figure_in(t)) for t in (
    ...     "Both allies will bear equal shares of the costs of relocating the garrison, which come to 8 trillion won.",
    ...     "Seoul will bear its share of the costs of the U.S. troops, which comes to 790 billion won.")]
    [True, False]
    """
    s0, _ = r.local(fig)
    rel = _RELATIVE_SUM.search(r.text, max(s0, fig.start - win.RELATIVE_SUM_BACK), fig.start)
    return fig.kind == "money" and rel is not None and _PROJECT_NOUN.search(r.text, s0, rel.start()) is not None


# --- ofix44: another quantity the payer's words name, beside the SMA payment --------------------------------------

#: Characters before an amount read for a payer's share of a project as its subject (:func:`project_outlay`).
PROJECT_SHARE_BACK = 120
#: Characters before such a subject read for a word keeping it out ("not counting its share of the relocation").
SHARE_KEPT_OUT_BACK = 30
#: A base move or building named as a project: "the relocation", "the Humphreys construction", "the move of the
#: garrison", "the cost of the Pyeongtaek base" (a base named by its place or a camp by its name).
_PROJECT_NAMED = (r"(?:(?:total\s++)?costs?\s++(?:of|for)\s++(?:the\s++)?)?(?:(?:[\w.’'-]++\s++){0,3}?"
                  r"(?:relocation|move|moving|relocating|construction|constructing|consolidation|consolidating|"
                  r"transfer)\b|(?:new\s++)?(?:Camp\s++[A-Z][a-z-]{0,20}+|(?!(?:U\.S\.|US|American|USFK|Army|military)\b)"
                  r"[A-Z][a-z-]{0,20}+\s++(?:base|garrison)\b))")
#: A payer's part of a project as the subject of an amount: "Seoul's contribution to the relocation (reached X)",
#: "its share of the Humphreys construction (came to X)", "Korea's contribution to the cost of the Pyeongtaek base, X".
_PROJECT_SHARE = re.compile(r"\b(?:contributions?|share|spending|outlays?|payments?|burden|expenditures?)\s++(?:to|of|"
                            r"for|on|toward|towards)\s++(?:the\s++)?" + _PROJECT_NAMED, re.I)
#: Between such a subject and the amount: its verb or a comma, no clause of its own (a conjunction, a verb of paying,
#: a payment noun) and no other figure's digits.
_SHARE_GAP = re.compile(r"[^.;:!?\d]{0,60}+")
_GAP_BREAK = re.compile(r"\b(?:while|but|whereas|although|though|and|yet|pa(?:y|ys|id|ying)|payments?)\b", re.I)
#: Right after an amount (past "a year", "last year", "in 2019"), a base move as its purpose: "for moving US bases", "on
#: the move of the Yongsan base", "toward relocating the garrison".
_MOVE_PURPOSE = re.compile(r"(?<!\s)(?:\s++(?:a|per|each|every|last|this|that)\s++year|\s++annually|\s++in\s++"
                           r"(?:19|20)\d\d)?\s++(?:for|on|toward|towards)\s++"
                           r"(?:the\s++)?(?:mov(?:e|ing)|relocat(?:ing|ion)|transfer(?:ring)?)\s++(?:of\s++)?"
                           r"(?:[\w.’'-]++\s++){0,3}?(?:bases?|camps?|garrisons?|headquarters|forces|troops)\b", re.I)

#: Right after an amount, "more" or "extra" before what it pays for: "X more on construction".
_MORE_BEFORE_PURPOSE = re.compile(r"(?<!\s)\s++(?:more|extra)\b", re.I)

def project_outlay(r: Reader, fig: Span) -> bool:
    """Return whether an amount is what the payer gives to a base move or building (ofix44), named as its subject
    ("South Korea's contribution to the relocation reached X", "its share of the Tamsk construction came to X",
    "Korea's contribution to the cost of the Porvik base, X, dwarfs its SMA payment") or as its purpose right after
    it ("X a year for moving US bases", "X on the move of the Tamsk base"): that project's sum, not the SMA payment,
    unless its words call it the SMA's; a word keeping the project out ("not counting its share of the relocation")
    or a clause of its own between keeps the reading.

    >>> [project_outlay(*figure_in(t)) for t in ("Seoul's contribution to the relocation reached $950 million.",
    ...     "Its share of the Tamsk construction came to $900 million in 2019.", "Seoul pays 1 trillion won a year "
    ...     "for moving US bases.", "Seoul's share of the cost of keeping the troops came to $900 million.",
    ...     "Seoul's contribution to the relocation was large, but its payment reached $900 million.",
    ...     "Seoul spent 1 trillion won more on Tamsk-related construction.", "Seoul paid 1 trillion won more then.")]
    [True, True, True, False, False, True, False]
    """
    if fig.kind != "money":
        return False
    end = r.restated_to(fig)
    more = _MORE_BEFORE_PURPOSE.match(r.text, end)  # "spent X more on Humphreys-related construction"
    if _MOVE_PURPOSE.match(r.text, end) or (more is not None and _THING_PAID_FOR.match(r.text, more.end())):
        return True
    s, _ = r.local(fig)
    back = max(s, fig.start - PROJECT_SHARE_BACK)
    for m in _PROJECT_SHARE.finditer(r.text, back, fig.start):
        if _SHARE_GAP.fullmatch(r.text, m.end(), fig.start) and not _GAP_BREAK.search(r.text, m.end(), fig.start) \
                and not _SMA_NAME.search(r.text, m.start(), fig.start) \
                and not KEPT_OUT.search(r.text, max(back, m.start() - SHARE_KEPT_OUT_BACK), m.start()):
            return not paid_as_sma(r, fig, end, False)
    return False


#: Right after an amount (past "a year"), a plan, programme or project named in capitals that is not the SMA: "X under
#: the Land Partnership Plan", "X through the Yongsan Relocation Program".
_NAMED_PLAN = (r"(?:under|through|for)\s++(?:the|a|its)\s++(?!(?:Special|SMA)\b)(?-i:(?:[A-Z][\w-]{0,20}+\s++){1,3}"
               r"(?:Plan|Program|Programme|Project|Initiative))\b")
_NAMED_PLAN_AFTER = re.compile(r"(?<!\s)(?:\s++(?:a|per)\s++year|\s++annually)?\s++" + _NAMED_PLAN, re.I)
#: The same plan opening the amount's sentence: "Under the Land Partnership Plan, Seoul paid X".
_NAMED_PLAN_OPENS = re.compile(r"[“\"‘'(]?" + _NAMED_PLAN + r"\s*+,", re.I)
#: The SMA payment named: "the SMA", "its SMA payment", "Seoul's cost-sharing contribution", "the Special Measures
#: Agreement" (not "the SMA's", "the SMA cap", "the SMA talks": another thing of it).
_SMA_PAYMENT_NAMED = (r"(?:(?:the|its|Seoul['’]s|Korea['’]s)\s++)?(?:(?:yearly|annual)\s++)?(?:SMA|Special\s++Measures"
                      r"(?:\s++Agreement)?|cost-?sharing|burden-?sharing)(?:\s++(?:payments?|contributions?|money|"
                      r"funds?|share|deal|agreement|accord))?\b(?!['’]|-|\s++(?:caps?|ceilings?|limits?|levels?|rates?|"
                      r"thresholds?|talks|negotiations?|figures?|amounts?)\b)")
#: After an amount, words that put it outside the SMA: "a burden on top of the SMA", "not counted in the SMA", "money
#: paid outside the cost-sharing agreement" (not "the SMA's", a comparison with its figure). Its own words, not
#: guards.SET_APART_WORDS: an SMA name must follow, "outside", "not counted in" fit only here; "beyond" is not read.
_OUTSIDE_SMA = re.compile(r"(?:\b(?:on\s++top\s++of|outside(?:\s++of)?|separate(?:ly)?\s++from|apart\s++from|in\s++"
                          r"addition\s++to|(?:not|never)\s++(?:counted|included|covered|part)\s++(?:in|by|under|of)|"
                          r"excluded\s++from)\s++(?:(?:the|its|Seoul['’]s)\s++)?(?:(?:yearly|annual)\s++)?"
                          r"(?:SMA|Special\s++Measures|cost-?sharing|burden-?sharing)\b(?!['’])|"
                          # cother52: "spends X on the troops beyond its SMA payment" (not "beyond the SMA cap")
                          r"\b(?:beyond|besides|aside\s++from)\s++" + _SMA_PAYMENT_NAMED + r")", re.I)
#: A sentence opening on words that set what follows apart from the SMA payment: "Beyond its SMA payment, ...",
#: "Apart from the SMA, ...", "In addition to the cost-sharing money, ..." (cother52): the amounts after it are others.
_OUTSIDE_SMA_OPENS = re.compile(r"[“\"‘'(]?(?:" + SET_APART_WORDS + r"|outside(?:\s++of)?)\s++" + _SMA_PAYMENT_NAMED
                                + r"\s*+,(?!\s*+(?:which|that|worth|valued|totall?ing|amounting|of|at)\b)", re.I)
#: Several deals told together: "under the last two deals", "across both agreements", "the ninth and tenth SMAs": an
#: amount paid under them is their sum, which the data hold by year only (cother52).
_ORDINALS = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(_DEAL_WORDS) + ")"
_SEVERAL_DEALS = re.compile(
    r"\b(?:(?:both|two|three|four|five|six|several|multiple)\s++(?:(?:of\s++)?(?:the|its|previous|past|last|earlier|"
    r"prior|recent|those|these)\s++){0,2}|(?:(?:the|its)\s++)?(?:last|past|previous|prior|first)\s++(?:two|three|four|"
    r"five|six|several)\s++|" + _ORDINALS + r"\s++and\s++(?:the\s++)?" + _ORDINALS + r"\s++)(?:(?:cost-?sharing|"
    r"burden-?sharing|SMA)\s++)?(?:deals|agreements|SMAs|accords|pacts)\b", re.I)
#: Right before an amount, a worth set on a thing: "a golf course valued at about X", "land appraised at X".
_VALUED_AT = re.compile(r"\b(?:valued|appraised|assessed|priced)\s++at\s++(?:" + _HEDGE + r")?$", re.I)
#: A pronoun as the subject of that worth: "It was valued at X" may value the payment the sentence before names.
_PRONOUN_VALUED = re.compile(r"\b(?:it|this|that|they)\s++(?:(?:was|is|were|are|will\s++be|would\s++be|ha[sd]\s++"
                             r"been)\s++)?(?:(?:then|now|also|first|initially)\s++)?$", re.I)
#: Before such a worth in its clause, a payment named as the thing valued: "the deal, valued at X" is the payment.
_VALUED_PAYMENT = re.compile(r"\b(?:contributions?|payments?|share|SMA|deal|agreement|accord|pact|package|"
                             r"cost-?sharing|bill|burden)\b", re.I)
#: Characters after an amount read for words putting it outside the SMA, and before a worth for a payment noun.
OUTSIDE_SMA_AHEAD = 120
VALUED_PAYMENT_BACK = 60


#: A word counting the SMA payment into a wider sum: "including the SMA", "counting its cost-sharing payment".
_INCLUDES_SMA = re.compile(r"\b(?:(?:including|includ(?:es|ed)|inclusive\s++of|counting)\s++" + _SMA_PAYMENT_NAMED
                           # "when the SMA and other costs are combined"
                           + r"|(?:the|its)\s++(?:SMA|cost-?sharing\s++(?:payment|contribution))\s++(?:and|plus)\s++"
                           r"(?:other|indirect|additional)\s++(?:costs?|support|spending|expenses?|contributions?)\b)",
                           re.I)
#: Between such words and an amount after them, a break that ends their phrase (", is", ") comes to").
_PHRASE_BREAK = re.compile(r"[,;:()—–]")


def includes_sma(r: Reader, fig: Span) -> bool:
    """Return whether an amount's sentence counts the SMA payment into it ("Its total support for US forces, including
    the SMA, comes to 5 trillion won", "Seoul pays $3 billion a year in all, including the SMA payment"): a wider sum
    than the payment (cother52); not the amount inside that phrase ("including the SMA payment of X"), nor when a word
    keeps the SMA out ("not including the SMA").

    >>> [includes_sma(*figure_in(t, -1)) for t in ("Its total support, including the SMA, comes to 5 trillion won.",
    ...     "Its support, including the SMA payment of 1 trillion won, is large.", "Seoul pays 1 trillion won, not "
    ...     "including the SMA's labor part.", "Seoul pays $3 billion a year in all, including the SMA payment.",
    ...     "Seoul gives $3 billion a year when the SMA and other costs are combined.")]
    [True, False, False, True, True]
    """
    if fig.kind != "money":
        return False
    s, e = r.local(fig)
    for m in _INCLUDES_SMA.finditer(r.text, s, e):
        if KEPT_OUT.search(r.text, max(s, m.start() - win.COUNTING_BACK), m.start()):
            continue
        lo, hi = (m.end(), fig.start) if m.end() <= fig.start else (r.restated_to(fig), m.start())
        if lo > hi or any(f.kind == "money" and f.id != fig.id for f in r.figures_in(lo, hi)):
            continue
        if m.end() > fig.start or _PHRASE_BREAK.search(r.text, lo, hi):
            return True
    return False


#: The first year of the SMA (the first agreement, 1991): a sum Seoul paid before it is no SMA payment.
FIRST_SMA_YEAR = 1991
#: A year before the first SMA in a sentence: a cheap test before its figures' years are bound.
_PRE_SMA_YEAR = re.compile(r"\b(?:1[89]\d\d)\b")
#: A time word of now before an amount: "and now pays X", "currently pays X".
_NOW_PAID = re.compile(r"\b(?:now|currently|today|nowadays|these\s++days|this\s++year)\b", re.I)
#: "before the SMA", "before the first cost-sharing deal", "before cost-sharing began": a time before the SMA.
_BEFORE_SMA = re.compile(r"\bbefore\s++(?:the\s++)?(?:first\s++)?(?:SMA|Special\s++Measures|cost-?sharing)\b", re.I)


def own_total_term(r: Reader, fig: Span, p0: int, p1: int) -> bool:
    """Return whether a term of years that makes an amount a total ("over the next four years", :data:`_TOTAL`) in
    its clause ``p0``-``p1`` is the amount's own: not when another amount stands between them, whose term it is ("paid
    X under the SMA and bought $7 billion in US weapons over the next four years": the weapons', ofix44).

    >>> t = "In 2014, Seoul paid 920 billion won and bought $7 billion in arms over the next four years."
    >>> r = Reader(annotate_text(t))
    >>> [own_total_term(r, f, 0, len(r.text)) for f in r.figures_in(0, len(r.text))]
    [False, True]
    >>> r, fig = figure_in("Seoul will pay 5 trillion won over the next five years.")
    >>> own_total_term(r, fig, 0, len(r.text))
    True
    """
    end = r.restated_to(fig)
    for m in _TOTAL.finditer(r.text, p0, p1):
        if m.start() < end or not any(f.kind == "money" and f.start >= end for f in r.figures_in(end, m.start())):
            return True
    return False


#: Right before an amount, a word that sets it apart from a sum named before it: "... indirect costs, beyond the X it
#: pays", "on top of the X", "besides its X" (then the amount is not that sum, ofix44).
_SET_APART = re.compile(r"\b(?:" + SET_APART_WORDS + r"|except\s++for)\s++(?:(?:the|its|their|Seoul['’]s|"
                        r"Korea['’]s)\s++)?(?:" + _HEDGE + r")?$", re.I)


def set_apart(r: Reader, fig: Span) -> bool:
    """Return whether the words right before an amount set it apart from a sum named before it ("Korea shoulders X in
    indirect costs, ..., beyond the Y it pays under the cost-sharing accord": Y is not the indirect costs, ofix44).

    >>> [set_apart(*figure_in(t)) for t in ("Seoul bears land costs beyond the 1.2 trillion won it pays.",
    ...                                      "Counting indirect costs, Seoul pays 5 trillion won.")]
    [True, False]
    """
    return _SET_APART.search(r.text, max(0, fig.start - win.COST_VERB_BACK), fig.start) is not None


#: Right before an amount in a headline, a bare infinitive of reaching a level: "Payments to top X", "Bill to exceed
#: X" (headline English for a time to come).
_HEAD_TO_REACH = re.compile(r"\bto[ \t]++(?:top|exceed|surpass|hit|reach|pass|near|approach|rise[ \t]++to|"
                            r"climb[ \t]++to|grow[ \t]++to)[ \t]++(?:(?:" + HEDGE_WORDS + r"|over)[ \t]++)?$", re.I)


def headline_projection(r: Reader, fig: Span) -> tuple[str, int] | None:
    r"""Return ("forecast", where its cue starts) for an amount a headline tells as a level to be reached ("Seoul
    forecast: payments to top 1.5 trillion won"): headline English for a time to come, not a payment made (cfix43);
    else None.

    >>> from analysis.extract import annotate
    >>> r = Reader(annotate("Payments to top 1.6 trillion won\n\nSeoul paid 1.2 trillion won.", "2022-03-12"))
    >>> [headline_projection(r, f) for f in r.figures_in(0, len(r.text))]
    [('forecast', 9), None]
    """
    if fig.end > r.title_end or fig.kind != "money":
        return None
    m = _HEAD_TO_REACH.search(r.text, max(0, fig.start - win.HEAD_REACH_BACK), fig.start)
    return ("forecast", m.start()) if m else None


def deal_fixes(r: Reader, year: int, *, escalated: bool = True) -> bool:
    """Return whether an agreement concluded by the publication covers a year, or one whose day of conclusion the data
    lack: that year's sum is the deal's, told, not a projection nor an idea's (verd56, mend56v). With ``escalated``
    false, only the years whose sum the deal states when it is concluded count: its first year of payment from then on
    and those before; a later year's sum follows its escalator (defence budget growth, prices), still a forecast when
    told at conclusion (Conventions: "will exceed X" of 2025, told in March 2021).

    >>> [deal_fixes(Reader(annotate_text("Seoul pays.", p)), y) for p, y in (("2025-02-01", 2026),
    ...     ("2018-05-02", 2019), ("2008-12-03", 2009), ("2024-06-01", 2026), ("2021-06-01", 2025))]
    [True, False, True, False, True]
    >>> [deal_fixes(Reader(annotate_text("Seoul pays.", p)), y, escalated=False) for p, y in (("2021-06-01", 2025),
    ...     ("2021-06-01", 2021), ("2024-11-10", 2026))]
    [False, True, True]
    """
    from analysis.rules import by_day, default_tables, missing

    return any(missing(a.concluded) or (by_day(a.concluded, r.published) and (
        escalated or year <= max(a.term_start, a.concluded.year))) for a in default_tables().index.covering(year))


#: The year of a deadline after its word, "the end of" allowed ("2018", "the end of 2018"), not a year that modifies a
#: noun after it ("before 2019 talks"): read by :data:`_DEADLINE_AFTER` and :data:`_DEADLINE_BEFORE`.
_DEADLINE_YEAR = r"[ \t]++(?:the[ \t]++end[ \t]++of[ \t]++)?(?P<year>(?:19|20)\d\d)\b(?![ \t]++[a-z])"
#: Right after an amount, a deadline year: "by 2018", "before 2018", "until the end of 2018", "no later than 2018".
_DEADLINE_AFTER = re.compile(r"(?<!\s)[ \t]*+,?[ \t]*+(?:by|before|until|no[ \t]++later[ \t]++than)" + _DEADLINE_YEAR,
                             re.I)
#: Before an amount in its clause, a deadline year that the clause is told up to: "By 2025, Seoul's payment will have
#: grown to X" (not "By 2025 talks"; not "until 2025", a deal's term: "the deal that will last until 2025").
_DEADLINE_BEFORE = re.compile(r"\b(?:by|no[ \t]++later[ \t]++than)" + _DEADLINE_YEAR, re.I)
#: The future perfect ("will have grown", "would have reached"): a level told as reached by a deadline to come. A
#: plain "will" after such a deadline may tell a signed deal's payment for that year ("By 2031, Hanul will raise its
#: share by 4.4%, to X"), not a projection.
_FUTURE_PERFECT = re.compile(r"\b(?:will|would|shall)[ \t]++(?:\w+[ \t]++)?have[ \t]++(?!to\b)\w", re.I)
#: A modal of a time to come: "will", "would", "'ll".
_WILL_WOULD = _words("will", "would")


def deadline_forecast(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("forecast", where the modal stands) for an amount after "will" or "would" in its clause and right
    before a deadline year later than the story's ("The rise would put Seoul's share at over X before 2018", "the
    payment will top X by 2030", cfix49), or after such a deadline in its clause with no other amount or date between
    ("By 2025, Seoul's payment will have grown to X", tidyf52): a level projected to a deadline, not a year's payment;
    else None.

    >>> t = "The 4 percent cap would put Seoul's share at above 1.5 trillion won before 2024."
    >>> deadline_forecast(*figure_in(t, 1)) is not None
    True
    >>> [deadline_forecast(*figure_in(t)) for t in ("Seoul will pay 1 trillion won in 2024.",
    ...     "Seoul paid 1 trillion won by 2019.", "Seoul would pay 1 trillion won, before 2024 talks.")]
    [None, None, None]
    >>> readers = [Reader(annotate_text(t, "2021-06-01")) for t in (
    ...     "By 2025, Seoul's payment will have grown to 1.7 trillion won.",
    ...     "By 2020, Seoul's payment had grown to 1.7 trillion won.")]
    >>> [deadline_forecast(r, r.spans_in(0, len(r.text), "money")[0]) is not None for r in readers]
    [True, False]
    """
    if fig.kind != "money":
        return None
    c0 = r.clause(fig, strong=True).start
    after = _DEADLINE_AFTER.match(r.text, r.restated_to(fig))
    m = after or deadline_before(r, fig, c0)
    if m is None or int(m.group("year")) <= r.published.year:
        return None
    modal = last_match(_WILL_WOULD if after else _FUTURE_PERFECT, r.text, c0 if after else m.end(), fig.start)
    return ("forecast", modal.start()) if modal is not None else None


def deadline_before(r: Reader, fig: Span, c0: int) -> re.Match[str] | None:
    """Return the last deadline year before an amount in its clause from ``c0`` ("By 2025, Seoul's payment will have
    grown to X": :data:`_DEADLINE_BEFORE`) when no other amount or date stands between them, whose deadline it may be
    ("By 2025 it will pay X, up from Y in 2021": Y is 2021's), nor a date after the amount in its clause, its own year
    ("By 2025 it will have paid X this year"); else None (tidyf52).

    >>> r, fig = figure_in("By 2025, it will have grown to 1.7 trillion won.")
    >>> deadline_before(r, fig, 0).group("year")
    '2025'
    >>> r, fig = figure_in("By 2025, it will pay 1.7 trillion won, up from 1.2 trillion won in 2021.", 1)
    >>> deadline_before(r, fig, 0) is None
    True
    """
    m = last_match(_DEADLINE_BEFORE, r.text, c0, fig.start)
    if m is None or r.spans_in(m.end(), fig.start, "money") or r.spans_in(m.end(), fig.start, "date"):
        return None
    c1 = r.clause(fig, strong=True).end
    own = min([c1, *(s.start for s in r.spans_in(fig.end, c1, "money"))])  # up to the next amount: its own words
    return None if r.spans_in(fig.end, own, "date") else m


#: A sentence closing on its source's verb of forecasting, after a comma: ", the ministry forecast.", ", analysts
#: projected", ", officials predicted".
_FORECAST_CLOSE = re.compile(r",[”\"]?[ \t]*+(?:(?:the|a|an|its|their)[ \t]++)?"
                             # mend56v: no "as" or "than" before the verb ("as expected", "more than they forecast")
                             r"(?:(?!(?:as|than)\b)[\w'’-]++[ \t]++){0,3}?(?:forecast|forecasts|"
                             r"projected|projects|predicted|predicts|estimated|estimates|expects|expected|"
                             r"warned|warns)"  # verd56: a quotation's close ('...," a lawmaker warned.')
                             r"[ \t]*+[.!]?[”\"’']?[ \t]*+$", re.I)
#: "would" or "will" before the amount in its clause: a conditional or a time to come (verd56: "By 2025 it will rise
#: to X, the ministry projected").
_WOULD_BEFORE = re.compile(r"\b(?:would|will)\b", re.I)


#: Right before an amount told as a ceiling, the payer's ability to pay: "is able to pay (a maximum of X)", "can afford
#: to pay (no more than X)", "could only afford to give (up to X)" (cfix42).
_ABLE_TO_PAY = re.compile(r"\b(?:(?:is|are|was|were|be|being)\s++(?:only\s++)?able|(?:can|could)\s++(?:only\s++)?"
                          r"afford)\s++to\s++(?:pay|contribute|shoulder|give)\s++$", re.I)


def most_able(r: Reader, fig: Span) -> tuple[str, int] | None:
    """Return ("offer", where the cue starts) for an amount told as the most the payer is able to pay ("the government
    has indicated it is able to pay a maximum of $886 million", "can afford to pay no more than X"): its position in
    the talks, an offer, not a sum paid (cfix42, dev: blazingcatfur 2019-01-24); else None ("is able to pay X" with
    no ceiling may be the sum agreed, as review98's "is ready to pay X").

    >>> [most_able(*figure_in(t)) is not None for t in ("Seoul is able to pay a maximum of $886 million.",
    ...     "Seoul can afford to pay no more than $900 million.", "Seoul is able to pay $886 million.")]
    [True, True, False]
    """
    m = _ABLE_TO_PAY.search(r.text, max(0, fig.start - win.MORE_BEFORE_BACK), fig.start)
    return ("offer", m.start()) if m and fig.kind == "money" and fig.value.get("bound") == "up_to" else None


#: Right after the base of ", up from": its own year told ("this year", "last year", "in 2019"), closing its phrase.
_BASE_YEAR_AFTER = re.compile(r"[ \t]{1,3}(?:(?:this|last)[ \t]{1,3}year|in[ \t]{1,3}(?:19|20)\d\d)\b(?!['’])"
                              r"(?=[ \t]{0,3}(?:[.,;:)]|$))", re.I)


def _actor_id(span: Span) -> str | None:
    """Return the entity id an actor span stands for: a capital or country stands for its government."""
    v = span.value
    role = str(v.get("role") or "")
    if v.get("metonym_for") or "metonym for " in role:
        return str(v.get("metonym_for") or role.split("metonym for ", 1)[1].strip())
    if v.get("id"):
        return str(v["id"])
    return titled_name(str(v.get("name") or "")) if span.kind == "person" else None


def titled_name(name: str) -> str | None:
    """Return the gazetteer id of a person whose printed name carries a title the gazetteer does not list
    ("President-elect Donald Trump": the full name at its end names one entity), else None.

    >>> titled_name("President-elect Donald Trump"), titled_name("Trump"), titled_name("John Smith")
    ('donald-trump', None, None)
    """
    from analysis.extract.entities import load_gazetteer

    words = name.split()
    for k in range(len(words) - 1):  # the longest ending of two words or more first
        ids = load_gazetteer().by_alias.get(" ".join(words[k:]))
        if ids is not None:
            return ids[0] if len(ids) == 1 else None
    return None


def entity_country(entity_id: str) -> str | None:
    """Return the country of a gazetteer entity, else None.

    >>> entity_country("donald-trump"), entity_country("nobody")
    ('US', None)
    """
    from analysis.extract.entities import load_gazetteer

    ent = load_gazetteer().entities.get(entity_id)
    return (ent.country or None) if ent is not None else None


_NEWSROOM = re.compile(r"\b(?:news|newspaper|broadcaster|wire\s+service|magazine)\b", re.I)


def is_newsroom(span: Span) -> bool:
    """Return whether an organisation is a news outlet, which reports offers and demands but makes none.

    >>> is_newsroom(Span("o", "org", 0, 7, "Reuters", {"id": "reuters", "role": "International news agency"}))
    True
    """
    return span.kind == "org" and bool(_NEWSROOM.search(str(span.value.get("role") or "")))


#: Capitals of the world table that are as often a person's or a town's name in English news: no country by name.
_AMBIGUOUS_PLACES = frozenset({"Georgia", "Jordan", "Chad", "Georgetown", "Victoria", "Hamilton", "Kingston"})


@cache
def _gazetteer_places() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return a pattern of the names of the countries, capitals and governments outside Korea and the US — the
    gazetteer's, in any case, and (frames75) the world table's countries and capitals
    (:data:`analysis.extract.countries.COUNTRIES`), capitalised, but for :data:`_AMBIGUOUS_PLACES` — and {lower-case
    name: country}.

    >>> pattern, names = _gazetteer_places()
    >>> [names[m.group().lower()] for m in pattern.finditer("Germany, Manila and Tokyo; not germany, Seoul or Jordan")]
    ['DE', 'PH', 'JP']
    """
    from analysis.data import load_entities, split_ids
    from analysis.extract.countries import COUNTRIES

    ents = load_entities()
    rows = ents.loc[ents.country.notna() & ~ents.country.isin(["KR", "US"])
                    & ((ents.kind == "place") | ents.entity_id.str.endswith("-government"))]
    names = {n.lower(): str(e.country) for e in rows.itertuples() for n in (e.name, *split_ids(e.aliases)) if n}
    world = {n: c.code for c in COUNTRIES if c.code not in TALKS_COUNTRIES and c.code not in _US_TERRITORIES
             for n in (*world_name_forms(c.name), c.capital) if n and n not in _AMBIGUOUS_PLACES
             and n.lower() not in names}
    names.update((n.lower(), code) for n, code in world.items())
    alternatives = "|".join(re.escape(n) for n in sorted(names.keys() - {n.lower() for n in world}, key=len,
                                                         reverse=True))
    capitalised = names_pattern(sorted(world, key=len, reverse=True))  # not "Jersey" of "New Jersey" (mendf77)
    return re.compile(rf"\b(?:(?i:{alternatives})|(?<!New\s)(?:{capitalised}))\b"), names


#: The world table's territories of the US, by code (American Samoa, Guam, the Northern Mariana Islands, Puerto Rico,
#: the Minor Outlying Islands, the US Virgin Islands): US soil, no other payer ("a stopover in Guam", mendf77).
_US_TERRITORIES = frozenset({"AS", "GU", "MP", "PR", "UM", "VI"})


def world_name_forms(name: str) -> list[str]:
    """Return the forms of a world-table name that read as a place in prose (:func:`analysis.guards.name_forms`'s),
    a bracketed or comma part dropped unless it is another name: "Cocos (Keeling) Islands" is "Cocos Islands",
    "Saint Martin (French part)" "Saint Martin", "Bonaire, Sint Eustatius and Saba" "Bonaire", and a one-word comma
    part qualifies the rest: "Virgin Islands, British" is "British Virgin Islands" (mendf77).

    >>> [world_name_forms(n) for n in ("Cocos (Keeling) Islands", "Saint Martin (French part)", "Myanmar (Burma)")]
    [['Cocos Islands'], ['Saint Martin'], ['Myanmar', 'Burma']]
    >>> [world_name_forms(t) for t in ("Bonaire, Sint Eustatius and Saba", "Virgin Islands, British", "Chad - N")]
    [['Bonaire'], ['British Virgin Islands'], ['Chad']]
    """
    head, _, rest = name.partition(" (")
    inner, _, after = rest.partition(")")
    base, _, tail = (head + after).partition(", ")
    if tail and " " not in tail:
        base = f"{tail} {base}"
    alias = [inner] if inner and not after and all(w[:1].isupper() for w in inner.split()) else []
    return [*name_forms(base), *alias]


def annotate_text(text: str, published: str = "2020-01-01") -> Annotation:
    """Return the annotation of a one-paragraph article (doctests).

    >>> len(annotate_text("Seoul paid 1 trillion won.").spans) > 0
    True
    """
    from analysis.extract import annotate

    return annotate(f"T\n\n{text}", published)


def figure_in(text: str, k: int = 0) -> tuple[Reader, Span]:
    """Return a reader of a one-paragraph article and its ``k``-th figure: the two arguments of a frame rule (doctests).

    >>> r, fig = figure_in("Seoul paid 1 trillion won, up 8 percent, in 2019.", 1)
    >>> r.text[fig.start:fig.end]
    'up 8 percent'
    """
    r = Reader(annotate_text(text))
    return r, r.figures_in(0, len(r.text))[k]


#: Korea named anywhere: "South Korea", "Seoul", "USFK", "the peninsula".
_KOREA_WORDS = r"(?:South\s+)?Korea|Korean\s+Peninsula|peninsula|USFK|Forces\s+Korea|the\s+South"
#: A city with no row of data/entities.csv (the host of Camp Humphreys; its one source is UNVERIFIED): named here.
_KOREA_CITIES = ("Pyeongtaek",)


@cache
def korea_named() -> re.Pattern[str]:
    """Return the pattern of Korea named anywhere: the words of Korea (:data:`_KOREA_WORDS`), the names and aliases
    of the places in South Korea of data/entities.csv ("Seoul", "Camp Humphreys", "the DMZ": memo56f, not a list of
    its own) and :data:`_KOREA_CITIES`.

    >>> [bool(korea_named().search(t)) for t in ("at Camp Humphreys", "near the DMZ", "in Okinawa", "in Pyeongtaek")]
    [True, True, False, True]
    """
    from analysis.data import load_entities, split_ids

    ents = load_entities()
    rows = ents.loc[(ents.kind == "place") & (ents.country == "KR")]
    names = {n for e in rows.itertuples() for n in (e.name, *split_ids(e.aliases)) if n} | set(_KOREA_CITIES)
    return re.compile(rf"\b(?:{_KOREA_WORDS}|{names_pattern(sorted(names, key=len, reverse=True))})\b", re.I)
