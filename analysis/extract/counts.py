"""Find counts of people in uniform ("28,500 U.S. troops", "the 28,500-strong USFK", "Forty thousand of our troops").

Count ``value``: ``count`` (an int: the number of people; the lower end of a range), ``count_to`` (the upper end of a
range, "4,000 to 5,000 troops"; else None), ``bound`` (as money's: None, "approx", "up_to", "less_than",
"more_than"; see :data:`analysis.extract.amounts.BOUNDS`) and ``unit`` (the noun counted, in lower case: "troops",
"soldiers", "personnel", ..., or "strong" for "<n>-strong", "<n>-troop", "<n>-soldier"). Whose people they are, and
whether the number is a level or a number to move, is the frame's reading (:func:`analysis.frames.troop_frame`), not
the finder's.

The detailed pattern runs only near a trigger word (:mod:`analysis.extract.scan`): linear time, no backtracking.

>>> [(e, v["count"], v["bound"], v["unit"]) for _, _, e, v in find_counts(
...     "Some 28,500 American troops are there; Trump said 45-thousand soldiers.")]
[('Some 28,500 American troops', 28500, 'approx', 'troops'), ('45-thousand soldiers', 45000, None, 'soldiers')]
"""

from __future__ import annotations

import bisect

from analysis import lazyre as re
from analysis.extract.amounts import BOUNDS, SPELLED_BELOW_100, SPELLED_HUNDREDS
from analysis.extract.numbers import TEENS, TENS, UNITS, word_whole
from analysis.extract.scan import Trigger, scan, word_trie
from analysis.extract.spans import Found

__all__ = ["WEAK_NOUNS", "find_counts"]

#: A number in digits: "28,500", "28, 500" (a stray blank after the comma), "28500", or with a scale word
#: ("45-thousand", "1.2 million"), its hundreds as a broadcast script spells them ("28-thousand-5-hundred", lead54b).
_DIGITS = r"\d{1,3}(?:,[ ]?\d{3}){1,3}+(?!\d|,\d)|\d{1,7}+(?!\d|,\d)"
_SCALED = (r"\d{1,3}(?:\.\d{1,2})?+(?:[ \t-]?+(?i:thousand(?:[ \t-](?:and[ \t]++)?(?:\d{3}(?!\d|,\d)|\d[ \t-]hundred))?"
           r"|million)\b"
           r"|K\b(?!\.\d))")  # "28.5K": a capital K only
#: A number in words below a hundred ("forty", "forty-five"), then "thousand": "Forty thousand"; hundreds may follow
#: ("twenty-eight thousand five hundred", troops54).
_WORD_BELOW_100 = (rf"(?i:{SPELLED_BELOW_100})[ \t-](?i:thousand)\b(?:[ \t-](?i:and[ \t]++)?(?i:{SPELLED_HUNDREDS}))?+")
_NUMBER = rf"(?:{_SCALED}|{_DIGITS}|{_WORD_BELOW_100})"
#: Nouns that count people in uniform only where the sentence names the military ("28,500 members of the USFK"); the
#: frame asks for that (:func:`analysis.frames.troops_denied`).
WEAK_NOUNS = ("members",)
#: Nouns that count anyone ("28,500 people", "28,000 Americans"): a count only where its own words tie it to the forces
#: (:func:`tied_to_forces`: "the USFK numbers 28,500 people", "28,000 Americans stationed in South Korea"), else
#: none is made (devv63: most "N people" are crowds, voters or victims).
ANYONE_NOUNS = ("people", "Americans")
#: The words for the US before a count's noun or a body of troops ("28,500 U.S. troops", "American forces"; "U.S" with
#: its last stop dropped, a slip of the wire: "28,500 U.S troops", fresh81v).
_US_WORDS = ("U.S.", "U.S", "US", "USA", "American", "United States")
#: The words after "of" that name a whole a number of troops is of ("28,500 of our troops", "4,000 of the 28,500
#: troops"): one list, read here (:data:`_MODIFIERS`) and by analysis.frames (``_OF_THE_WHOLE``, ``_BASE_WORDS``,
#: ``_DEFINITE``).
WHOLE_OWNERS = ("the", "its", "their", "our")
#: Words that may stand between the number and the noun: whose they are, what kind (read by the frame).
_MODIFIERS = (*_US_WORDS, "USFK", "active-duty", "active duty", "Army", "army", "military",
              "ground", "combat", "North Korean", "South Korean", "Korean", "Japanese", "Chinese", "Russian",
              "additional", "more", "extra", "foreign", "allied", *(f"of {w}" for w in WHOLE_OWNERS),
              "uniformed", "defense", "defence", "forward-deployed", "forward deployed")
#: "servicemen"/"servicewomen" and "GIs" are troop nouns of their own ("28,000 American servicemen", "the 28,000 GIs
#: stationed there"; count93v): each is a trigger literal too (:data:`_TROOP_WORDS`): no other troop word need be near.
#: "service personnel" and "men and women in uniform" name the troops in a writer's longer words (troops54; "in
#: uniform" is a trigger literal of its own).
_NOUNS = ("troops", "troop", "soldiers", "service members", "servicemembers", "service-members", "servicemen",
          "servicewomen", "military personnel", "service personnel", "personnel", "forces", "military members", "GIs",
          "Marines", "marines", "sailors", "airmen", "men and women in uniform", "servicepeople", *WEAK_NOUNS,
          *ANYONE_NOUNS)
_BLANKS = r"[ \t]++"
#: "-member" counts troops only before a military noun ("a 28,500-member force", "the 28,500-member U.S. garrison"),
#: never before a union or an association: a lookahead of at most two words (the trigger holds them, so that the
#: window after it reaches them). The command's own name counts too: "the 28,500-member U.S. Forces Korea", "the
#: 28,500-member USFK" (fresh95: a troop count spelt "28-thousand-500-member" before the command's name).
#: Not a count of the force when a name or a body of people goes on after the noun ("the 25,000-member U.S. Forces
#: Korea Veterans Association", "a 20,000-member forces union": review92 finding 1).
_MEMBER_FORCE = (r"[ \t]++(?:(?:U\.S\.|US|American)[ \t]++)?(?:[Ff]orces?|garrison|contingent|military|USFK)\b"
                 r"(?![ \t]++(?:Korea[ \t]++)?+(?!Korea\b)"
                 r"(?:[A-Z][a-z]|union|club|association|league|group|society|family))")
#: The force itself as the noun counted, as Korean outlets write it: "the 28,500 USFK", "28,500 U.S. military stationed
#: there", "28,500 U.S. Forces Korea" (troops54); only where its clause goes on with no noun of its own after it
#: (:data:`_BODY_ENDS`: not "28,500 USFK troops", read with its noun, nor "28,500 US military vehicles").
_BODY_NOUN = r"USFK\b|(?:U\.S\.|US|American)[ \t]++(?:military\b|Forces[ \t]++Korea\b)"
#: After a count's number with no noun of its own, the words of a clause that ends or goes on (a place, a verb of
#: being stationed, a conjunction): one list, read by :data:`_BODY_ENDS` and :data:`_BARE`, each adding its own on
#: purpose: after the force's own name any verb may go on ("the 28,500 USFK would"), after a bare number a form of
#: "be" only with "stationed"/"based"/"deployed" ("28,500 is" may be any number).
_NO_NOUN_AFTER = r"[.,;:)\"”’]|$|\n|(?:and|which|that|in|on|there|here|stationed|based|deployed|remain|remains)\b"
_BODY_ENDS = (r"[ \t]*+(?:" + _NO_NOUN_AFTER + r"|(?:is|are|was|were|has|have|who|to|from|at|would|will|could|may|"
              r"might|stay|stays)\b)")
#: Read in any case: a title-case headline is read with its words in lower case ("28,000 american troops",
#: :func:`analysis.extract._lower_title_case`), so a modifier it capitalises must still fit (fresh78v).
_MODIFIER = "(?i:" + word_trie(sorted({w.lower() for w in _MODIFIERS}), space=_BLANKS) + ")"
_NOUN = word_trie(_NOUNS, space=_BLANKS)
#: The characters a count can start with (a digit, a number word's or a hedge's first letter, in either case): every
#: other place is left after one test.
_FIRST = "".join(sorted({c for w in (*BOUNDS, *UNITS, *TEENS, *TENS) for c in (w[0].lower(), w[0].upper())}))
_COUNT = re.compile(
    rf"(?=[\d{re.escape(_FIRST)}])(?<![\w$.,-])(?:(?P<bound>(?i:{word_trie(BOUNDS)}))[ \t]++|)(?<![\w$.,-])"
    rf"(?P<q>(?<=['‘\x22“]))?(?P<n>{_NUMBER})(?:[ \t]*+(?:to|-|–|and|or)[ \t]*+(?P<n2>{_NUMBER})"
    rf"|(?P<plus>\+|-plus\b)|(?P<odd>-odd\b)|)"  # troops54: "28,000-plus", "28,500-odd"
    rf"(?(q)['’\x22”](?=[ \t])|)"  # a number in quote marks: "'40,000' USFK troops" (frames64)
    rf"(?:(?P<strong>(?:-[ ]?|[ ]-)(?:strong|troop|soldier)\b|-member(?={_MEMBER_FORCE}))"
    rf"|[ \t]++(?P<body>{_BODY_NOUN})(?={_BODY_ENDS})"
    rf"|(?:[ \t]++(?:{_MODIFIER})(?!\w)){{0,2}}+[ \t]++(?P<noun>(?i:{_NOUN}))\b)"
)
#: The literals of the troop nouns, and where each sits in its hit ("- strong": the hyphen of "28,500-strong" printed
#: with a space after it, as copy broken at a line end has it, dev126; the count allows a space on either side).
_TROOP_WORDS = (rf"[Tt]roop|[Ss]oldier|[Pp]ersonnel|[Ff]orces|-strong|- strong|[Mm]embers|-member{_MEMBER_FORCE}"
                r"|[Ss]ervice(?:wo)?men\b|GIs\b")
_TROOP_ANCHORS = (("roop", 1), ("oldier", 1), ("ersonnel", 1), ("orces", 1), ("-strong", 0), ("- strong", 0),
                  ("embers", 1), ("-member", 0), ("ervicemen", 1), ("ervicewomen", 1), ("GIs", 0))
#: Literals of the nouns only a count with its noun takes (not the bare numbers' trigger): "men and women in uniform",
#: the force itself as the noun, "the 28,500 USFK", "28,500 U.S. military" (:data:`_BODY_NOUN`; troops54).
_OWN_NOUN_WORDS = r"in uniform\b|USFK\b|(?:(?<=U\.S\. )|(?<=US )|(?<=American ))military\b"
_OWN_NOUN_ANCHORS = (("in uniform", 0), ("USFK", 0), ("military", 0))
#: The trigger: one literal per noun that counts troops in the corpus ("members" also ends "service members";
#: "servicemen", "GIs": count93v), and the nouns of anyone; each literal is one pass of ``str.find`` over the text, so
#: the rare nouns (Marines, sailors, headline capitals) are read only when a trigger word is near.
_TRIGGER = Trigger(re.compile(rf"{_TROOP_WORDS}|{_OWN_NOUN_WORDS}|[Pp]eople|Americans"),
                   (*_TROOP_ANCHORS, *_OWN_NOUN_ANCHORS, ("eople", 1), ("Americans", 0)))
#: The bare numbers' trigger literal "force" after a word naming it the US's or one force (a pattern string of
#: lookbehinds, joined into :data:`_BARE_TRIGGER`): "a force of about 28,500", "the US force in Korea stands at 28,500",
#: "its force of 28,500" (troops54); not a labor, task, police or air force, nor "into force". The frame's own test of
#: a named force before a bare count is :data:`analysis.frames._FORCE_NAMED_BEFORE` (mend54t: the names told apart).
_FORCE_AFTER_OWNER = (r"(?:(?<=U\.S\. )|(?<=US )|(?<=American )|(?<=military )|(?<=[Aa] )|(?<=[Tt]he )|(?<=[Ii]ts )"
                      r"|(?<=[Tt]heir )|(?<=[Oo]ur ))[Ff]orce\b")
#: The bare numbers' trigger: the troop nouns (not the nouns of anyone), and the nouns of a body of troops that take a
#: bare number ("a contingent of 28,500 is stationed there", devv63; "a force of about 28,500", troops54).
#: A writer's correction of a figure said before ("The actual number is 28,500.", "the official figure is about
#: 28,500"): a bare number after it may be the level though no troop word is near (troops54, the frame reads it:
#: :func:`analysis.frames.level_corrected`, :func:`analysis.frames.bare_doubt`).
#: The adjectives of the true figure, one list: this trigger and :data:`analysis.frames._CORRECTED` read them (the
#: trigger only before "number" and "figure", its two anchors: each more noun would be one more pass over the text).
TRUE_FIGURE = ("actual", "real", "correct", "true", "current", "present", "official", "accurate", "exact", "right")
_CORRECTION = ("(?:" + "|".join(f"(?<=[{w[0].upper()}{w[0]}]{w[1:]} )" for w in TRUE_FIGURE) + ")"
               r"(?:number|figure)\b")
_BARE_TRIGGER = Trigger(re.compile(rf"{_TROOP_WORDS}|[Cc]ontingent|[Gg]arrison|{_FORCE_AFTER_OWNER}|{_CORRECTION}"),
                        (*_TROOP_ANCHORS, ("ontingent", 1), ("arrison", 1), ("orce", 1), ("number", 0),
                         ("figure", 0)))
#: The literals of both triggers, searched for in one pass with the amount finders' (``scan.share_places``, speed54).
TRIGGER_LITERALS = frozenset(lit for t in (_TRIGGER, _BARE_TRIGGER) for lit, _ in t.anchors)
#: How far before a trigger word a count may start (a hedge, a number in words, two modifiers: "a little more than
#: forty-five thousand U.S. Army troops"), and after its start it may end ("-strong", "troop|s", "pers|onnel").
_BACK, _AHEAD = 72, 12
#: Every window holding a count holds a number of thousands (a comma, five digits) or a scale word: the others (most
#: windows: a troop word near a year or no number) are not searched. Counts under a thousand, or of four digits with
#: no comma ("4500 troops"), are not read: no level of troops is written so. A set of first characters: ``re`` skips
#: to them. Its ``search`` is handed to ``scan``, which searches through the compiled pattern (``lazyre.compiled``).
_NEED = re.compile(r"\d(?:,[ ]?\d\d\d|\d{4}|K\b)|[Tt]housand|[Mm]illion|THOUSAND")
#: A bare four-digit number from 1900 to 2099 before the noun is a year ("In 2019 troops left"), not a count.
BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Return ``(start, end, exact, value)`` for every count of people in uniform in ``text[start:end]``.

    >>> [(e, v["count"], v["count_to"], v["bound"]) for _, _, e, v in find_counts(
    ...     "withdraw 4,000 to 5,000 troops; the 28,500-strong USFK; more than 26,000 personnel; 2019 troops")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('4,000 to 5,000 troops', 4000, 5000, None), ('28,500-strong', 28500, None, None),
     ('more than 26,000 personnel', 26000, None, 'more_than')]
    >>> [(e, v["count"]) for _, _, e, v in find_counts("Forty thousand of our troops; 1.2 million North Korean "
    ...                                                 "soldiers; 5,000 members of the union; 28,500 won")]
    ... # (the members are a count: whose is the frame's reading)
    [('Forty thousand of our troops', 40000), ('1.2 million North Korean soldiers', 1200000), ('5,000 members', 5000)]
    >>> [(e, v["count"]) for _, _, e, v in find_counts('Trump cited "40,000" U.S. troops.')]  # review65 finding 4
    [('40,000', 40000)]
    >>> [(e, v["unit"]) for _, _, e, v in find_counts("It hosts over 27,000 U.S. servicemen and 27,500 GIs.")]
    [('over 27,000 U.S. servicemen', 'servicemen'), ('27,500 GIs', 'gis')]
    """
    end = len(text) if end is None else end
    out: list[Found] = []
    found: dict[object, object] = {}  # the trigger's hits, found once for both finders
    for hit in scan(_COUNT, _TRIGGER, text, start, end, _BACK, _AHEAD, found, need=_NEED.search):
        m = _past_year(text, hit)
        value = _reading(m)
        if value is not None and (value["unit"] not in _ANYONE or tied_to_forces(text, m.start(), m.end())):
            s, e = m.span() if m["q"] is None else (m.start(), m.end("n2") if m["n2"] else m.end("n"))
            out.append(Found(s, e, text[s:e], value))  # a quoted number: its span stays inside the marks
    starts, ends = [f.start for f in out], [f.end for f in out]
    bare = [f for f in find_bare_counts(text, start, end, frozenset(starts), found) if not _inside(f, starts, ends)]
    return sorted(out + bare, key=lambda f: f.start)


def _past_year(text: str, m: re.Match[str]) -> re.Match[str]:
    """Return the count a match holds after a year it took for a range's lower end ("sought $1.3 billion for 2020 and
    40,000 US troops remained": the year ends a phrase, the count starts the next one, cfix37, probe35 mu036): a bare
    year joined to a number written otherwise (a comma group, a scale word) is no range, as a range keeps one
    notation; else the match itself.

    >>> [(e, v["count"], v["count_to"]) for _, _, e, v in find_counts(
    ...     "for 2020 and 40,000 US troops; 2,000 to 3,000 troops; 2000 to 3000 troops")]
    [('40,000 US troops', 40000, None), ('2,000 to 3,000 troops', 2000, 3000), ('2000 to 3000 troops', 2000, 3000)]
    """
    if m.group("n2") is None or not BARE_YEAR.fullmatch(m.group("n")) or m.group("n2").isdigit():
        return m
    return _COUNT.match(text, m.start("n2")) or m


def _inside(f: Found, starts: list[int], ends: list[int]) -> bool:
    """Return whether ``f`` lies inside the count found with its noun that starts last before it (counts do not
    overlap: that one is the only candidate).

    >>> _inside(Found(3, 5, "", {}), [0, 9], [6, 12]), _inside(Found(7, 8, "", {}), [0, 9], [6, 12])
    (True, False)
    """
    i = bisect.bisect_right(starts, f.start) - 1
    return i >= 0 and f.end <= ends[i]


_ANYONE = frozenset(n.lower() for n in ANYONE_NOUNS)
#: A body of troops (the USFK, troops, a garrison or contingent, or a US force, military, army or military/troop
#: presence: never a police, task or labor force, nor an army of volunteers; mendv63, review63 finding 1; review64
#: finding 15).
_US = word_trie(_US_WORDS, space=_BLANKS) + _BLANKS
_BODY = (rf"(?:(?:{_US})?(?:USFK|[Tt]roops|[Gg]arrison|[Cc]ontingent)"
         rf"|{_US}(?:[Ff]orces?|[Mm]ilitary|[Aa]rmy|(?:[Mm]ilitary|[Tt]roop)[ \t]++presence))")
#: What may stand between a body and its verb of size: an adverb or a place ("the USFK currently numbers", "US forces
#: in South Korea total", "U.S. Forces Korea numbers", "US troops stationed in Korea number": review64 finding 15),
#: never a clause of its own ("US forces said the crowd numbered").
_PLACE = r"(?:there|here|in[ \t]++(?:South[ \t]++)?Korea|on[ \t]++the[ \t]++(?:Korean[ \t]++)?[Pp]eninsula)"
_BETWEEN = (rf"(?:(?:[a-z]++(?<=ly)|now|still|Korea|{_PLACE}"
            rf"|(?:stationed|based|deployed|posted)[ \t]++{_PLACE})[ \t]++){{0,2}}+")
#: A body of troops right before a count of anyone, then what ties the count to it: "of", or a verb of size ("the USFK
#: currently numbers", "US forces total"), or "has/have" (group ``has``: "the USFK has 28,500 people"), a size only
#: where :data:`_HAS_ENDS` follows the count (not "has 22,000 people on its waiting list", "has 40,000 people,
#: counting the families"; review64 finding 5).
_TIED_BEFORE = re.compile(rf"\b{_BODY}[ \t]++(?:of|{_BETWEEN}(?:numbers?|numbered|totals?|totall?ed|comprises?"
                          r"|stands[ \t]++at|(?P<has>has|have)))[ \t]++$")
#: What may follow a count after "has/have": the clause's end, "according to", or a place and then the clause's end.
_HAS_ENDS = re.compile(rf"(?<![ \t])(?:[ \t]++{_PLACE})?+"
                       r"[ \t]*+(?:[.;!?]|$|,[ \t]++according[ \t]++to\b)", re.M)
#: "with" ties a count to a body only where the body opens its sentence and the count is its aside ("USFK, with some
#: 28,500 people, is based there"); else it tells another's size ("a rally against the U.S. military with 35,000
#: people marching").
_TIED_WITH = re.compile(rf"(?:^|(?<=[a-z\d)])[.!?][\"”’]?[ \t]++)(?:[Tt]he[ \t]++)?{_BODY}(?:[ \t]++Korea)?+"
                        r"[ \t]*+,[ \t]++with[ \t]++$",
                        re.M)
#: Right after a count of anyone, a verb of being posted: "28,000 Americans stationed in South Korea", "who are based",
#: "who serve" (its present only: "who served" tells veterans).
_TIED_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:(?:(?:who[ \t]++)?(?:are|were|remain)[ \t]++)?"
                         r"(?:stationed|based|deployed|serving|posted)|who[ \t]++serve|in[ \t]++uniform)\b", re.I)
#: How far before a count of anyone its body of troops is read.
_TIED_BACK = 64


def tied_to_forces(text: str, start: int, end: int) -> bool:
    """Return whether the count of anyone at ``text[start:end]`` ("28,500 people") is tied to the forces by its own
    words: a body of troops right before it ("the USFK numbers 28,500 people"), the aside of a body that opens its
    sentence ("USFK, with some 28,500 people, is ..."), or a verb of being posted right after it ("28,000 Americans
    stationed there").

    >>> def tied(t, *counts):
    ...     return [tied_to_forces(t, s, s + len(e)) for e in counts for s in [t.index(e)]]
    >>> tied("The USFK currently numbers 28,500 people; 20,000 people rallied; 28,000 Americans who serve there.",
    ...      "28,500 people", "20,000 people", "28,000 Americans")
    [True, False, True]
    >>> tied("A police force of 25,000 people came. USFK, with 28,500 people, stays. A rally against USFK with "
    ...      "30,000 people. The USFK has 27,000 people; the union has 40,000 people.",
    ...      "25,000 people", "28,500 people", "30,000 people", "27,000 people", "40,000 people")
    [False, True, False, True, False]
    >>> tied("The USFK has 22,000 people on its waiting list.", "22,000 people")
    [False]
    >>> tied("US troops stationed in Korea number 35,000 people. U.S. Forces Korea, with 36,000 people, is there.",
    ...      "35,000 people", "36,000 people")
    [True, True]
    """
    lo = max(0, start - _TIED_BACK)
    before = _TIED_BEFORE.search(text, lo, start)
    tied = before is not None and (before.group("has") is None or _HAS_ENDS.match(text, end) is not None)
    return ((_TIED_AFTER.match(text, end) is not None or tied
             or (_TIED_WITH.search(text, lo, start) is not None and text.startswith(",", end)))
            and not _of_war(text, start, end))


#: Words of a war or of the dead: a count of anyone in their sentence counts the dead or the veterans, not a level
#: ("36,000 Americans serving in the Korean War were killed"; mendv63, review63 finding 2).
_WAR_OR_DEAD = re.compile(r"\b(?:(?P<war>wars?|wartime)|killed|died|dead|deaths?|perished|casualties|wounded|"
                          r"veterans?|lost[ \t]++their[ \t]++lives)\b", re.I)
#: A sentence's end: a stop after a small letter, a digit or a bracket (not "U.S."), or a line break.
_SENTENCE_END = re.compile(r"(?<=[a-z\d)])[.!?](?=[\s\"”’]|$)|\n")
#: How far either side of a count of anyone its sentence is read for a war (a longer sentence is read that far).
_WAR_REACH = 120


def _of_war(text: str, start: int, end: int) -> bool:
    """Return whether the sentence of ``text[start:end]`` (read at most :data:`_WAR_REACH` characters either side)
    names a war or the dead.

    >>> t = "In the war, 37,000 Americans were there. 28,500 Americans are there. The war ended."
    >>> [_of_war(t, s, s + 16) for s in (t.index("37,000"), t.index("28,500"))]
    [True, False]
    >>> t = "Some 35,000 Americans are there to deter a war."
    >>> _of_war(t, t.index("35,000"), t.index("35,000") + 16)
    False
    """
    lo = max(0, start - _WAR_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _WAR_REACH))
    hi = stop.start() if stop else min(len(text), end + _WAR_REACH)
    return any(m.group("war") is None or not _war_of_today(text, m.start(), m.end())
               for m in _WAR_OR_DEAD.finditer(text, lo, hi))


#: Right before a war, what makes it a war to come or of another kind, telling today's troops: "deter a war", "prevent
#: war", "in case of war", "a trade war" (review64 finding 12); "deter the war" stays a past war.
_NOT_PAST_WAR = re.compile(r"\b(?:(?:deter|prevent|avert|avoid)(?:s|ed|red|ing|ring)?+|in[ \t]++case[ \t]++of"
                           r"|risk[ \t]++of|threat[ \t]++of)(?:[ \t]++(?:a|another|any|new))?+[ \t]++$"
                           r"|\b(?:trade|tariff|price|currency)[ \t]++$", re.I)
#: Right after a war, what makes it today's: "war games", "war drills", "wartime operational control".
_WAR_TODAY_AFTER = re.compile(r"(?<![ \t-])[ \t-]++(?:games|drills|operational|OPCON)\b", re.I)
#: How far before a war :data:`_NOT_PAST_WAR` is read.
_WAR_WORDS_BACK = 24


def _war_of_today(text: str, start: int, end: int) -> bool:
    """Return whether the war at ``text[start:end]`` is one to come or of another kind, said of today's troops.

    >>> t = "to deter a war; a trade war; war games; in the war; failed to deter the war"
    >>> [_war_of_today(t, m.start(), m.end()) for m in re.finditer("war", t)]
    [True, True, True, False, False]
    """
    return (_NOT_PAST_WAR.search(text, max(0, start - _WAR_WORDS_BACK), start) is not None
            or _WAR_TODAY_AFTER.match(text, end) is not None)


#: A bare number that may count troops named in its sentence ("the actual number is 28,500", "South Korea 28,500", "it
#: is close to 28-thousand", "the number 42,000 which he used before": count93v): a count in thousands, then the end of
#: a clause, a relative pronoun or a word that is no noun of its own.
#: (It starts with a digit, which ``re`` skips to; the character before the number is tested after its first digit.)
_BARE = re.compile(
    r"(?P<n>\d(?<![\w$₩€£¥.,-]\d)(?:\d{0,2},\d{3}(?!\d|,\d)|\d{0,2}(?:\.\d{1,2})?+[ -]thousand\b))"
    r"(?=[ \t]*+(?:" + _NO_NOUN_AFTER + r"|[—–]|(?:but|not|or|as|by|remained|strong)\b|"
    r"(?:is|are|was|were)[ \t]++(?:stationed|based|deployed)\b))"
)
#: A bare number that is the present level a change goes from, "to" after it: "from the current 30,000 to 25,000",
#: "from its present 28,500 to" (dev129; a bare number before any other "to" is no count: "add 28,500 to the bill").
_CURRENT_BASE = re.compile(
    r"\bfrom[ \t]++(?:the|its|their)[ \t]++(?:current|present|existing)[ \t]++"
    r"(?P<n>\d(?:\d{0,2},\d{3}(?!\d|,\d)|\d{0,2}(?:\.\d{1,2})?+[ -]thousand\b))(?=[ \t]++to\b)", re.I)


def _number_start(m: re.Match[str]) -> int:
    """Return where the number of a bare count's match starts.

    >>> _number_start(_CURRENT_BASE.search("from the current 30,000 to 25,000"))
    17
    """
    return m.start("n")


#: A hedge right before a bare number ("around 28,500"), searched in the few characters before it.
_BOUND_BEFORE = re.compile(rf"(?<!\w)(?P<bound>(?i:{word_trie(BOUNDS)}))[ \t]++$")
_BOUND_CHARS = 30
#: Every window holding a bare number holds this: the others are not searched. Searched through the pattern, as
#: ``_NEED`` is (a method bound at import would be lazyre's wrapper for good, speed56).
_BARE_NEED = re.compile(r"\d,\d\d\d|\d[ -]thousand")
#: How far either side of a troop word a bare number is looked for (about a sentence: the frame reads its own).
_BARE_REACH = 160
#: A window starts this far before the last one's end, so that a number across their border is read (once).
_BARE_LONGEST = 24


def find_bare_counts(text: str, start: int = 0, end: int | None = None, taken: frozenset[int] = frozenset(),
                     found: dict[object, object] | None = None) -> list[Found]:
    """Return the bare numbers (no noun of their own) near a troop word in ``text[start:end]``, ``unit`` "" —
    except those starting at ``taken`` (found with a noun). Windows around the trigger hits are searched once each
    (a window starts where the last one ended): linear time.

    >>> [(e, v["count"]) for _, _, e, v in find_bare_counts("USFK troops? The actual number is 28,500, not $42,000.")]
    [('28,500', 28500)]
    >>> [e for _, _, e, _ in find_bare_counts("USFK troops: 28,500, not 40,000 as he said, or 45,000 by his count.")]
    ['28,500', '40,000', '45,000']
    >>> [e for _, _, e, _ in find_bare_counts("He cited USFK troops, and the number 41,000 which he used before.")]
    ['41,000']
    >>> [[e for _, _, e, _ in find_bare_counts(t)] for t in ("The actual number is 28,500.", "The number is 12,000.")]
    [['28,500'], []]
    >>> [[e for _, _, e, _ in find_bare_counts(t)] for t in ("The current figure is 28,500.", "The figure is 28,500.")]
    [['28,500'], []]
    >>> len(find_bare_counts("USFK troop strength in South Korea stands at 28.5 thousand. " * 50))  # across borders
    50
    """
    end = len(text) if end is None else end
    out: list[Found] = []
    done = last = start  # the end of the last window, of the last number read
    hits = _BARE_TRIGGER.spans(text, start, end, found)
    for s, e in zip(hits.starts, hits.ends, strict=True):
        lo, hi = max(start, done - _BARE_LONGEST, s - _BARE_REACH), min(end, e + _BARE_REACH)
        if lo >= hi or hi <= done:
            continue
        done = hi
        if not _BARE_NEED.search(text, lo, hi):
            continue
        for m in sorted((*_BARE.finditer(text, lo, hi), *_CURRENT_BASE.finditer(text, lo, hi)), key=_number_start):
            if m.start("n") >= last and m.start("n") not in taken:
                last = m.end("n")
                hedge = _BOUND_BEFORE.search(text, max(lo, m.start("n") - _BOUND_CHARS), m.start("n"))
                first = hedge.start() if hedge else m.start("n")  # the span holds its hedge, as money's does
                out.append(Found(first, m.end("n"), text[first:m.end("n")], _bare_value(m, hedge)))
    return out


def _bare_value(m: re.Match[str], hedge: re.Match[str] | None) -> dict[str, object]:
    """Return the value of a bare number, with the hedge right before it.

    >>> t = "the number is around 28-thousand."
    >>> _bare_value(_BARE.search(t), _BOUND_BEFORE.search(t, 0, t.index("28")))
    {'count': 28000, 'count_to': None, 'bound': 'approx', 'unit': ''}
    >>> [e for _, _, e, _ in find_bare_counts("USFK troops number more than 28,500.")]
    ['more than 28,500']
    >>> [(e, v["count"]) for _, _, e, v in find_bare_counts("USFK troops: 28.5 thousand, not 12 thousand miles.")]
    [('28.5 thousand', 28500)]
    """
    bound = BOUNDS.get(" ".join(hedge.group("bound").lower().split())) if hedge else None
    return {"count": count_value(m.group("n")), "count_to": None, "bound": bound, "unit": ""}


def _reading(m: re.Match[str]) -> dict[str, object] | None:
    """Return the value of a count match, or None for a year read as a count.

    >>> _reading(_COUNT.search("about 28-thousand troops"))["count"], _reading(_COUNT.search("2019 troops"))
    (28000, None)
    >>> [(e, v["count"], v["unit"]) for _, _, e, v in find_counts("a 28,500-troop garrison, a 28,500-soldier force")]
    [('28,500-troop', 28500, 'strong'), ('28,500-soldier', 28500, 'strong')]
    >>> [(e, v["count"], v["unit"]) for _, _, e, v in find_counts(
    ...     "a 28,500-member force; the 9,000-member union; 28.5K troops; $28.5K troops")]
    [('28,500-member', 28500, 'strong'), ('28.5K troops', 28500, 'troops')]
    >>> [(e, v["count"]) for _, _, e, v in find_counts(
    ...     "the 28-thousand-500-member U.S. Forces Korea; the 9,000-member Korea Forum; a 500-member US band")]
    [('28-thousand-500-member', 28500)]
    >>> [(e, v["count"], v["bound"]) for _, _, e, v in find_counts(  # doctest: +NORMALIZE_WHITESPACE
    ...     "the presence of 28,000+ American troops; 28,000 + 5,000 soldiers; a 28,000+-strong force")]
    [('28,000+ American troops', 28000, 'more_than'), ('5,000 soldiers', 5000, None), ('28,000+-strong', 28000,
     'more_than')]
    """
    if BARE_YEAR.fullmatch(m.group("n")) and not m.group("n2"):
        return None
    bound = m.group("bound")
    upper = m.group("n2")
    noun = m.group("body") or m.group("noun")
    unit = "strong" if m.group("strong") else " ".join(noun.lower().replace("-", " ").split())
    told = BOUNDS.get(" ".join(bound.lower().split())) if bound else None
    told = "approx" if m.group("odd") and told is None else told  # troops54: "28,500-odd troops"
    return {"count": count_value(m.group("n")), "count_to": count_value(upper) if upper else None,
            "bound": "more_than" if m.group("plus") and told is None else told, "unit": unit}


def count_value(number: str) -> int:
    """Return the number of people a count's number says.

    >>> count_value("28, 500"), count_value("45-thousand"), count_value("Forty-five thousand")
    (28500, 45000, 45000)
    >>> count_value("1.2 million")
    1200000
    >>> count_value("28-thousand-500"), count_value("28.5K"), count_value("45K"), count_value("28-thousand and 500")
    (28500, 28500, 45000, 28500)
    >>> count_value("28-thousand-5-hundred")  # a broadcast script's spelling (lead54b)
    28500
    >>> count_value("Twenty-eight thousand five hundred")  # troops54
    28500
    """
    words = number.lower().replace("-", " ").replace(",", "").split()
    if words[-1].endswith("k"):  # "28.5K"
        words = [words[-1][:-1], "thousand"]
    if words[-1] == "hundred" and "thousand" in words[:-2] and words[-2].isdigit():  # "28-thousand-5-hundred"
        words = [*words[:-2], str(int(words[-2]) * 100)]
    if "thousand" in words[:-1] and words[-1].isdigit():  # "28-thousand-500", "28-thousand and 500"
        return count_value(" ".join(words[:words.index("thousand") + 1])) + int(words[-1])
    scale = {"thousand": 1000, "million": 1_000_000}.get(words[-1], 1)
    head = words[:-1] if scale > 1 else words
    if head and head[0].replace(".", "", 1).isdigit():
        return round(float("".join(head)) * scale)
    return word_whole(head) * scale



#: "troop(s)" as the first word of a compound noun of money ("the troop cost share", "troop costs", "the troop
#: cost-sharing bill", "troop upkeep", "troop funding", "the troop bill"): the head noun names a sum paid for the
#: troops, never a number of troops, so the compound is a word of the payment (analysis.frames' ``_SMA_WORDS`` and
#: ``_PAYMENT``; fix50f). "troop numbers", "a troop cut", "troop levels" stay troop words. Owned by another name
#: ("Japan's troop cost share", "NATO's troop costs") it is that one's, not Seoul's payment: only Seoul's or Korea's
#: possessive, or none, may stand before it; nor may a name or nationality word of another ("U.S.", "American",
#: "NATO", "Japanese", "European", "Pentagon", "NDAA", "Washington", "allied": mend50f, review50f). "troop funding"
#: only as Seoul's or Korea's: unowned it is as often Washington's spending. A pattern's text, to be read as a whole
#: word: see :func:`troop_cost_noun`.
_SEOULS = r"(?:(?<=Seoul['’]s )|(?<=Korea['’]s ))"
_NOT_OTHERS = "".join(rf"(?<!\b{w} )" for w in (
    r"U\.S\.", "US", "American", "NATO", "Japanese", "Japan", "German", "Germany", "European", "Europe",
    "Pentagon", "NDAA", "Washington", "allied"))
TROOP_COST_WORDS = (rf"(?=troop)(?:{_SEOULS}troops?[ \t]++funding|(?:{_SEOULS}|(?<!['’]s )){_NOT_OTHERS}"
                    r"troops?[ \t]++(?:cost-sharing|costs?|upkeep|bill|share|payments?))")
_TROOP_COST_NOUN = re.compile(rf"\b{TROOP_COST_WORDS}\b", re.I)


def troop_cost_noun(text: str) -> bool:
    """Return whether ``text`` names a compound noun of money led by "troop(s)" (:data:`TROOP_COST_WORDS`).

    >>> [troop_cost_noun(t) for t in ("Seoul's troop cost share rose", "Troop costs rose", "South Korea's troop bill",
    ...                               "Troop numbers fell", "a 10 percent troop cut", "Japan's troop cost share")]
    [True, True, True, False, False, False]
    >>> [troop_cost_noun(t) for t in ("The U.S. troop cost share", "NATO troop costs", "Seoul's troop funding",
    ...                               "troop funding rose", "The Japanese troop bill")]
    [False, False, True, False, False]
    """
    return _TROOP_COST_NOUN.search(text) is not None
