"""A generated attribution battery (speak56, fifty-sixth session, issue #9): short articles built from templates of
English news copy, each quote's speaker known by construction, the speaker a person the gazetteer does not know.

Five rounds: :func:`battery` (31 attribution shapes and 7 near misses, 507 rows), :func:`battery2` (20 longer frames),
:func:`battery3` (12 name forms: accents, particles, "O’", unhyphenated Korean, "Dr."), :func:`battery4` (20 frames of
wire copy), :func:`battery5` (stories of two people and unnamed speakers); 1,251 rows, 57 wrong on main, 0 here.

Names are made from syllable and name lists (Korean, Western with and without middle initials, "Jr.", hyphens and
apostrophes, Japanese, Chinese) and checked against ``data/entities.csv``; bodies and institutes are made up too.
Nothing here is read from the corpus. Each row is ``(class, body, speakers)``: ``speakers`` as the probe tables give
them (:func:`test_quotes40.accepted`): "/" between the names accepted for one quote, ";" between the quotes in order,
"None" for words nobody speaks. A spokesperson for a named body is the body or the spokesperson; a document whose
issuer the text does not name is nobody's or the document's (the corpus Conventions, tests/corpus/README.md).

>>> rows = battery()
>>> len(rows) >= 400, len({c for c, _, _ in rows}) >= 30
(True, True)
>>> sorted({c.split(":")[0] for c, _, _ in rows})  # doctest: +NORMALIZE_WHITESPACE
['ACCORDING', 'AFTER', 'APPOSITIVE', 'BEFORE', 'BODY', 'COLON', 'CONT', 'NEAR', 'QA', 'SECOND', 'SPLIT', 'TWO']
"""

# ruff: noqa: E501, SIM905

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Iterator
from itertools import cycle
from pathlib import Path

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "entities.csv"

# --- names ------------------------------------------------------------------------------------------------------------

_KO_FAMILY = (
    "Park Choi Jung Kang Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Song Hong Jeon Ko Yang Bae Baek Nam Noh".split()
)
_KO_FIRST = "Ji Min Seo Hye Jae Dong Sung Eun Kyung Hyun Tae Joon Woo Da Yeon Chae".split()
_KO_SECOND = "hoon jin ho won seok hee bin ah su jun ri kyu".split()
_WEST_FIRST = "Marcus Delia Owen Harriet Tobias Wren Calvin Imogen Silas Nadia Rufus Greer Elliot Maren Dorian".split()
_WEST_HEAD = "Hal Brem Cor Dun Fal Gar Kes Lor Mor Pen Ren Stan Tal Vor Wen Ash Bel".split()
_WEST_TAIL = "by dale ford ley ton wick more ridge stead well ham".split()
_JA_FIRST = "Haruto Yui Sota Aoi Hina Kenta Mio Daiki Saki Riku".split()
_JA_FAMILY = "Tanabe Morikawa Sugimura Okabe Hoshino Kurata Nishida Takenaka Ishimori Funaki".split()
_ZH_FAMILY = "Zhao Qian Zhou Zheng Feng Chen Jiang Shen Lu Xu".split()
_ZH_FIRST = "Jian Hai Lin Mei Wen Yun Zhi Hong Qing Rui".split()
_ZH_SECOND = "feng jun hua ping yu tao lei xin".split()


def _known() -> set[str]:
    """Every name and alias of the gazetteer, lower case.

    >>> "mark esper" in _known()
    True
    """
    with ENTITIES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {n.strip().lower() for r in rows for n in [r["name"], *r["aliases"].split(";")] if n.strip()}


class Person:
    """A made-up person: ``full`` (as first named), ``surname`` (as named again) and ``pronoun``."""

    def __init__(self, full: str, surname: str, pronoun: str) -> None:
        self.full, self.surname, self.pronoun = full, surname, pronoun

    @property
    def want(self) -> str:
        """The names accepted for the person's quotes: the full name, without "Jr." or a middle initial, the surname.

        >>> Person("Park Ji-hoon", "Park", "he").want
        'Park Ji-hoon/Park'
        >>> Person("Silas K. Penley Jr.", "Penley", "he").want
        'Silas K. Penley Jr./Silas K. Penley/Silas Penley/Penley'
        """
        bare = self.full.removesuffix(" Jr.")
        words = bare.split()
        short = " ".join(w for w in words if not (len(w) == 2 and w.endswith(".")))
        return "/".join(dict.fromkeys([self.full, bare, short, self.surname]))


def _western(rng: random.Random, k: int) -> tuple[str, str]:
    last = rng.choice(_WEST_HEAD) + rng.choice(_WEST_TAIL)
    form = k % 6
    if form == 1:
        last = f"{last}-{rng.choice(_WEST_HEAD)}{rng.choice(_WEST_TAIL)}"
    elif form == 2:
        last = "O'" + last if rng.random() < 0.5 else "D'" + last
    first = rng.choice(_WEST_FIRST)
    middle = f" {rng.choice('ABCDEFGHJKLMRST')}." if form in (3, 4) else ""
    suffix = " Jr." if form == 4 or form == 5 else ""
    return f"{first}{middle} {last}{suffix}", last


def people(n: int, seed: int = 56) -> list[Person]:
    """Return ``n`` made-up people in turn Korean, Western, Japanese and Chinese, none in the gazetteer.

    >>> [p.full for p in people(4)]  # doctest: +ELLIPSIS
    [...]
    >>> len({p.full for p in people(200)})
    200
    """
    rng, known, out, seen = random.Random(seed), _known(), [], set()
    k = 0
    while len(out) < n:
        kind, k = k % 4, k + 1
        if kind == 0:
            fam = rng.choice(_KO_FAMILY)
            full, sur = f"{fam} {rng.choice(_KO_FIRST)}-{rng.choice(_KO_SECOND)}", fam
        elif kind == 1:
            full, sur = _western(rng, k // 4)
        elif kind == 2:
            fam = rng.choice(_JA_FAMILY)
            full, sur = f"{rng.choice(_JA_FIRST)} {fam}", fam
        else:
            fam = rng.choice(_ZH_FAMILY)
            full, sur = f"{fam} {rng.choice(_ZH_FIRST)}{rng.choice(_ZH_SECOND)}", fam
        if full.lower() in known or full in seen:
            continue
        seen.add(full)
        out.append(Person(full, sur, "she" if rng.random() < 0.4 else "he"))
    return out


# --- the pieces of a story ----------------------------------------------------------------------------------------------

# (title before the name, the role a later "the <role>" names)
TITLES = [
    ("Lt. Gen.", "general"),
    ("Vice Foreign Minister", "vice minister"),
    ("Rep.", "congressman"),
    ("Sen.", "senator"),
    ("Defense Minister", "minister"),
    ("Ambassador", "ambassador"),
    ("Deputy National Security Adviser", "adviser"),
    ("Gov.", "governor"),
    ("Adm.", "admiral"),
    ("Unification Minister", "minister"),
    ("Col.", "colonel"),
    ("Prof.", "professor"),
]
APPOSITIVES = [
    "a researcher at the Halden Institute for Security Studies",
    "a former negotiator",
    "a professor of politics at Merriwell University",
    "a senior fellow at the Crestline Forum",
    "an analyst at the Seoul-based Dongbaek Policy Center",
    "a spokesperson for the Tavern Party",
]
BODIES = [
    ("the State Department", "State Department"),
    ("the presidential office", "presidential office"),
    ("the Foreign Ministry", "Foreign Ministry"),
    ("the Unification Ministry", "Unification Ministry"),
    ("the Pentagon", "Pentagon"),
    ("the Defense Ministry", "Defense Ministry"),
]
SAYINGS = [
    "We will not accept a number that has no basis",
    "Both sides still have work to do",
    "The alliance is bigger than any one bill",
    "Our offer reflects what we can afford",
    "Nobody wants the talks to collapse",
    "There is room for a reasonable compromise",
    "We expect Washington to show some flexibility",
    "This is a matter of fairness",
    "The troops are there for both countries",
    "I have told them our position many times",
    "A deal is possible before the end of the year",
    "We have made our case clearly",
]
QUESTIONS = [
    "Why should we pay five times more",
    "Who decided that figure",
    "What happens to the workers",
    "Is this how allies should treat each other",
]
AFTER_VERBS = ["said", "says", "added", "noted", "stressed", "warned", "wrote", "tweeted"]
BEFORE_VERBS = ["said", "says", "added", "noted", "stressed", "warned", "wrote", "told reporters", "tweeted"]
MARKS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019")]
LEAD = [
    "The talks on the cost of the troops resumed on Monday.",
    "Negotiators met again in Seoul this week.",
    "The two allies remain far apart on the cost of stationing the troops.",
]


class Story:
    """The draws a template fills: a person, a second person, a body, marks, quotes and verbs."""

    def __init__(self, rng: random.Random, p: Person, p2: Person, marks: tuple[str, str]) -> None:
        self.p, self.p2, (self.o, self.c) = p, p2, marks
        self.title, self.role = rng.choice(TITLES)
        self.app = rng.choice(APPOSITIVES)
        self.body, self.body_name = rng.choice(BODIES)
        self.q1, self.q2, self.q3 = rng.sample(SAYINGS, 3)
        self.ask = rng.choice(QUESTIONS)
        self.av, self.bv = rng.choice(AFTER_VERBS), rng.choice(BEFORE_VERBS)
        self.lead = rng.choice(LEAD)

    def q(self, words: str, end: str) -> str:
        """A quote of ``words`` closed by ``end`` inside the marks."""
        return f"{self.o}{words}{end}{self.c}"

    @property
    def titled(self) -> str:
        return f"{self.title} {self.p.full}"


Template = Callable[[Story], tuple[str, str]]


def _t(s: Story) -> Iterator[tuple[str, str, str]]:
    """Yield (class, body, speakers) of every template for the draws ``s``."""
    p, q, w = s.p, s.q, s.p.want
    yield "AFTER:title", f"{q(s.q1, ',')} {s.titled} {s.av}.", w
    yield "AFTER:inverted", f"{q(s.q1, ',')} {s.av} {s.titled}.", w
    yield "AFTER:told", f"{q(s.q1, ',')} {s.titled} told reporters on Tuesday.", w
    yield "AFTER:statement", f"{q(s.q1, ',')} {s.titled} said in a statement.", w
    yield "AFTER:asked", f"{q(s.ask, '?')} {s.titled} asked.", w
    yield "BEFORE:comma", f"{s.titled} {s.bv}, {q(s.q1, '.')}", w
    yield "BEFORE:colon", f"{s.titled} {s.bv}: {q(s.q1, '.')}", w
    yield "BEFORE:interview", f"{s.titled} said in an interview with the Hanbit Daily, {q(s.q1, '.')}", w
    yield "BEFORE:statement", f"In a statement, {s.titled} said, {q(s.q1, '.')}", w
    yield "SPLIT:sentence", f"{q(s.q1, ',')} {s.titled} {s.av}. {q(s.q2, '.')}", f"{w};{w}"
    yield "SPLIT:clause", f"{q(s.q1, ',')} {s.titled} said, {q(s.q2.lower(), '.')}", f"{w};{w}"
    yield "COLON:paragraph", f"{s.lead} {s.titled} said:\n\n{q(s.q1, '.')}", w
    yield "CONT:closed", f"{q(s.q1, ',')} {s.titled} said.\n\n{q(s.q2 + '. ' + s.q3, '.')}", f"{w};{w}"
    yield "CONT:open", f"{s.titled} said: {s.o}{s.q1}.\n\n{q(s.q2, '.')}", f"{w};{w}"
    yield "QA:asked", f"Asked whether Seoul would pay more, {s.titled} replied, {q(s.q1, '.')}", w
    yield "QA:when", f"When asked about the demand, {s.titled} said, {q(s.q1, '.')}", w
    yield "SECOND:surname", f"{s.titled} met the delegation on Monday.\n\n{q(s.q1, ',')} {p.surname} {s.av}.", w
    yield "SECOND:surname_before", f"{s.lead} {s.titled} led the delegation.\n\n{p.surname} said, {q(s.q1, '.')}", w
    yield "SECOND:role", (f"{s.titled} arrived in Washington on Sunday.\n\n{q(s.q1, ',')} the {s.role} said."), w
    yield "SECOND:pronoun", f"{q(s.q1, ',')} {s.titled} said.\n\n{q(s.q2, ',')} {p.pronoun} added.", f"{w};{w}"
    yield "SECOND:pronoun_before", f"{s.titled} spoke to reporters.\n\n{p.pronoun.title()} said, {q(s.q1, '.')}", w
    yield "APPOSITIVE:before", f"{p.full}, {s.app}, said, {q(s.q1, '.')}", w
    yield "APPOSITIVE:after", f"{q(s.q1, ',')} said {p.full}, {s.app}.", w
    yield "APPOSITIVE:after_name", f"{q(s.q1, ',')} {p.full}, {s.app}, {s.av}.", w
    yield "ACCORDING:after", f"{q(s.q1, ',')} according to {s.titled}.", w
    yield "ACCORDING:before", f"According to {s.titled}, {q(s.q1.lower(), '.')}", w
    yield (
        "TWO:alternating",
        (f"{q(s.q1, ',')} {s.titled} said. {q(s.q2, ',')} {s.p2.full} replied.\n\n{q(s.q3, ',')} {p.surname} added."),
        f"{w};{s.p2.want};{w}",
    )
    yield "BODY:after", f"{q(s.q1, ',')} {s.body} said in a statement.", f"{s.body}/{s.body_name}"
    yield "BODY:before", f"{s.body[0].upper() + s.body[1:]} said, {q(s.q1, '.')}", f"{s.body}/{s.body_name}"
    yield (
        "BODY:spokesperson",
        f"{q(s.q1, ',')} a spokesperson for {s.body} said.",
        f"a spokesperson for {s.body}/spokesperson for {s.body}/a spokesperson/{s.body}/{s.body_name}",
    )
    yield "BODY:unnamed", f"{s.lead}\n\n{q(s.q1, ',')} a spokesperson said.", "a spokesperson/spokesperson"


def _near(s: Story) -> Iterator[tuple[str, str, str]]:
    """Yield near misses: quoted words nobody speaks beside a named person."""
    p, o, c = s.p, s.o, s.c
    yield (
        "NEAR:scare",
        f"{s.titled} met the delegation on Monday.\n\nThe so-called {o}alliance tax{c} was not on the agenda.",
        "None",
    )
    yield (
        "NEAR:law",
        (
            f"{s.titled} spoke at the hearing on Tuesday.\n\nThe bill, titled the {o}Allied Burden Fairness "
            f"Act,{c} passed the committee last month."
        ),
        "None",
    )
    yield "NEAR:book", f"{p.full} wrote the book {o}The Long Alliance{c} in 2015.", "None"
    yield "NEAR:operation", f"{s.titled} led the drill, code-named {o}Iron Harbor,{c} last spring.", "None"
    yield (
        "NEAR:slogan",
        (
            f"{s.titled} visited the base on Friday.\n\nBanners with the slogan {o}Fair Share Now{c} hung "
            f"outside the gate."
        ),
        "None",
    )
    yield (
        "NEAR:term",
        (
            f"{s.titled} arrived in Seoul on Monday.\n\nThe payments, known as {o}special measures,{c} "
            f"have been renewed many times."
        ),
        "None",
    )
    # a document with no issuer named: nobody's, or the document by its description (tests/corpus/README.md)
    yield (
        "NEAR:document",
        (
            f"{s.titled} arrived in Seoul on Monday.\n\nThe draft text, seen by this newspaper, calls "
            f"for costs to be {o}shared equitably.{c}"
        ),
        "None/draft text/the draft text/draft",
    )


def battery(seed: int = 56) -> list[tuple[str, str, str]]:
    """Return the battery's rows: every template and near miss under three kinds of quote mark, each a new person.

    >>> rows = battery()
    >>> [r for r in rows if r[0] == "AFTER:title"][0][2].count("/")
    1
    """
    rng = random.Random(seed)
    crowd = cycle(people(600, seed))
    out: list[tuple[str, str, str]] = []
    for rounds in range(5):
        for marks in MARKS:
            for k in range(TEMPLATES):
                out.append(list(_t(Story(rng, next(crowd), next(crowd), marks)))[k])
            if rounds < 2:
                out.extend(_near(Story(rng, next(crowd), next(crowd), marks)))
    return out


#: How many templates :func:`_t` yields
TEMPLATES = 31


FORUMS = ["a forum in Seoul on Tuesday", "a seminar at the National Assembly", "a news conference in Washington"]
OUTLETS = ["the Hanbit Daily", "the Korea Ledger", "a local radio station"]


def _harder(s: Story) -> Iterator[tuple[str, str, str]]:
    """Yield the second round's templates (speak56): longer frames of news copy around the same speakers."""
    p, q, w = s.p, s.q, s.p.want
    forum, outlet = FORUMS[len(p.full) % 3], OUTLETS[len(p.surname) % 3]
    yield "H:says_who", f"{q(s.q1, ',')} says {p.full}, who led the talks in 2019.", w
    yield (
        "H:long_appositive",
        f"{p.full}, the 54-year-old head of the Korea program at the Halden Institute, said, {q(s.q1, '.')}",
        w,
    )
    yield "H:speaking_at", f"{p.full}, speaking at {forum}, said: {q(s.q1, '.')}", w
    yield "H:fronted_day", f"On Tuesday, {s.titled} said: {q(s.q1, '.')}", w
    yield "H:fronted_speaking", f"Speaking to reporters in Seoul, {s.titled} said, {q(s.q1, '.')}", w
    yield "H:tag_time_place", f"{q(s.q1, ',')} {s.titled} said Tuesday in Seoul.", w
    yield "H:told_outlet", f"{q(s.q1, ',')} {s.titled} told {outlet} in an interview.", w
    yield "H:reported_then_quote", f"{s.titled} said the talks had stalled. {q(s.q1, '.')}", w
    yield "H:two_sentence_quote", f"{q(s.q1 + '. ' + s.q2, ',')} {s.titled} said.", w
    yield (
        "H:pronoun_split",
        (f"{s.titled} spoke after the meeting.\n\n{q(s.q1, ',')} {p.pronoun} said, {q(s.q2.lower(), '.')}"),
        f"{w};{w}",
    )
    yield (
        "H:role_other_between",
        (f"{s.titled} met Mayor {s.p2.full} on Monday.\n\n{q(s.q1, ',')} the {s.role} said."),
        w,
    )
    yield "H:added_appositive", f"{q(s.q1, ',')} added {p.full}, a former negotiator who now teaches in Seoul.", w
    yield "H:put_it", f"{s.titled} put it bluntly: {q(s.q1, '.')}", w
    yield "H:wrote_op_ed", f"{p.full} wrote in an op-ed for {outlet}: {q(s.q1, '.')}", w
    yield "H:by_phone", f"{q(s.q1, ',')} {s.titled} said by phone.", w
    yield (
        "H:body_fronted",
        (f"In a statement, {s.body} said: {q(s.q1, '.')}", f"{s.body}/{s.body_name}")[0],
        f"{s.body}/{s.body_name}",
    )
    yield (
        "H:body_country",
        f"South Korea's {s.body_name} said in a statement, {q(s.q1, '.')}",
        f"South Korea's {s.body_name}/{s.body_name}",
    )
    yield "H:spokes_named", f"{q(s.q1, ',')} {p.full}, a spokesperson for {s.body}, said.", w
    yield "H:lower_title", f"{p.full}, vice foreign minister, said, {q(s.q1, '.')}", w
    yield "H:continuation_3", (f"{q(s.q1, ',')} {s.titled} said.\n\n{q(s.q2, '.')}\n\n{q(s.q3, '.')}"), f"{w};{w};{w}"


#: How many templates :func:`_harder` yields
HARDER = 20


def _rounds(templates: Callable[[Story], Iterator[tuple[str, str, str]]], count: int, seed: int, crowd_size: int,
            times: int) -> list[tuple[str, str, str]]:
    """Return ``times`` rounds of every one of the ``count`` rows ``templates`` yields, under each quote mark of
    :data:`MARKS`, each row from a new :class:`Story` (a seeded random source, two people of a seeded crowd of
    ``crowd_size``): the shape of the later rounds' batteries.

    >>> len(_rounds(lambda s: iter([("T:x", s.p.full, s.p.want)]), 1, 5, 10, 2))
    6
    """
    rng, crowd = random.Random(seed), cycle(people(crowd_size, seed))
    return [
        list(templates(Story(rng, next(crowd), next(crowd), marks)))[k]
        for _ in range(times)
        for marks in MARKS
        for k in range(count)
    ]


def battery2(seed: int = 57) -> list[tuple[str, str, str]]:
    """Return the second round's rows: every template of :func:`_harder` under three quote marks, five times.

    >>> len(battery2())
    300
    """
    return _rounds(_harder, HARDER, seed, 700, 5)


# Name forms the first rounds did not make (speak56, round 3): (full name, surname)
NAME_FORMS = [
    ("Aoife O\u2019Dunley", "O\u2019Dunley"),
    ("Ursula von Brandt", "von Brandt"),
    ("Ana de la Vega", "de la Vega"),
    ("Pieter van der Hal", "van der Hal"),
    ("Jos\u00e9 N\u00fa\u00f1ez", "N\u00fa\u00f1ez"),
    ("Park Ji Hoon", "Park"),
    ("Nguyen Van Thanh", "Nguyen"),
    ("Zo\u00eb Marchetti", "Marchetti"),
    ("Hye-jin Lim", "Lim"),
    ("J. Randall Corby", "Corby"),
    ("Mary-Kate Ellory", "Ellory"),
    ("Dr. Selim Ozkan", "Ozkan"),
]


def _forms(s: Story, full: str, surname: str) -> Iterator[tuple[str, str, str]]:
    """Yield four positions for one name form: a tag after the quote, a titled name before it, "Mr."/"Ms." and the
    surname in a later paragraph, the surname alone in a later paragraph."""
    q, honor = s.q, "Ms." if s.p.pronoun == "she" else "Mr."
    w = f"{full}/{surname}/{full.removeprefix('Dr. ')}/{honor} {surname}"
    yield "N:after", f"{q(s.q1, ',')} {full} said.", w
    yield "N:before", f"{s.title} {full.removeprefix('Dr. ')} said, {q(s.q1, '.')}", w
    yield "N:honorific", f"{full} arrived in Seoul on Monday.\n\n{q(s.q1, ',')} {honor} {surname} said.", w
    yield (
        "N:surname",
        f"{full} arrived in Seoul on Monday.\n\n{q(s.q1, ',')} {surname[0].upper() + surname[1:]} said.",
        w,
    )


def battery3(seed: int = 58) -> list[tuple[str, str, str]]:
    """Return the third round's rows: every name form of :data:`NAME_FORMS` in four positions, three quote marks.

    >>> len(battery3())
    144
    """
    rng, crowd = random.Random(seed), cycle(people(200, seed))
    return [
        row
        for full, sur in NAME_FORMS
        for marks in MARKS
        for row in _forms(Story(rng, next(crowd), next(crowd), marks), full, sur)
    ]


def _wire(s: Story) -> Iterator[tuple[str, str, str]]:
    """Yield the fourth round's templates (speak56): frames of wire copy (ages, party tags, quoted-as-saying, "in his
    words", a dash credit, "according to" an outlet after the tag, "of" after the verb, a name then its office)."""
    p, q, w = s.p, s.q, s.p.want
    yield "W:age", f"{q(s.q1, ',')} {p.full}, 64, said.", w
    yield "W:party_tag", f"{q(s.q1, ',')} said Rep. {p.full} (D-Calif.).", w
    yield "W:quoted_as_saying", f"{s.titled} was quoted by the Hanbit Daily as saying, {q(s.q1, '.')}", w
    yield "W:quoted_after", f"{q(s.q1, ',')} {s.titled} was quoted as saying by the Hanbit Daily.", w
    yield "W:according_outlet", f"{q(s.q1, ',')} {s.titled} said, according to the Hanbit Daily.", w
    yield "W:as_put_it", f"As {s.titled} put it, {q(s.q1.lower(), '.')}", w
    yield "W:in_words", f"In the words of {s.titled}, {q(s.q1.lower(), '.')}", w
    yield "W:dash_credit", f"{q(s.q1, '.')} \u2014 {s.titled}", w
    yield "W:said_of", f"{q(s.q1, ',')} {s.titled} said of the talks.", w
    yield "W:name_office", f"{p.full}, South Korea's chief negotiator, said, {q(s.q1, '.')}", w
    yield "W:office_name", f"The chief negotiator, {p.full}, said, {q(s.q1, '.')}", w
    yield "W:adding", f"{q(s.q1, ',')} {s.titled} said, adding that the talks would go on.", w
    yield "W:he_added_colon", f"{s.titled} said: {q(s.q1, '.')} {p.pronoun.title()} added: {q(s.q2, '.')}", f"{w};{w}"
    yield "W:told_person", f"{q(s.q1, ',')} {s.titled} told {s.p2.full}.", w
    yield "W:reportedly", f"{s.titled} reportedly told aides, {q(s.q1, '.')}", w
    yield "W:among", f"Among the critics was {s.titled}, who said: {q(s.q1, '.')}", w
    yield "W:partial_subject", f"{s.titled} called the demand {q('excessive', '.')}", w
    yield "W:partial_that", f"{s.titled} said that Seoul {q('will not pay more than is fair', '.')}", w
    yield (
        "W:pronoun_far",
        (
            f"{s.titled} arrived in Seoul on Monday for two days of talks.\n\nThe talks are the "
            f"eleventh round this year.\n\n{q(s.q1, ',')} {p.pronoun} said."
        ),
        w,
    )
    yield (
        "W:two_people_pronoun",
        (f"{s.titled} met reporters after talks with negotiators from Washington.\n\n{q(s.q1, ',')} {p.pronoun} said."),
        w,
    )


#: How many templates :func:`_wire` yields
WIRE = 20


def battery4(seed: int = 59) -> list[tuple[str, str, str]]:
    """Return the fourth round's rows: every template of :func:`_wire` under three quote marks, three times.

    >>> len(battery4())
    180
    """
    return _rounds(_wire, WIRE, seed, 400, 3)


# Unnamed speakers, as wire copy describes them: (the phrase, the names accepted for it)
DESCRIPTORS = [
    (
        "a senior official at the Foreign Ministry",
        "a senior official at the Foreign Ministry/senior official at the "
        "Foreign Ministry/a senior official/senior official/Foreign Ministry official/Foreign Ministry",
    ),
    (
        "a diplomatic source in Seoul",
        "a diplomatic source in Seoul/diplomatic source in Seoul/a diplomatic source/diplomatic source",
    ),
    ("one US official", "one US official/US official/one official/official"),
    (
        "a person familiar with the talks",
        "a person familiar with the talks/person familiar with the talks/a person/person",
    ),
    (
        "a South Korean negotiator who asked not to be named",
        "a South Korean negotiator/South Korean negotiator/"
        "a South Korean negotiator who asked not to be named/negotiator",
    ),
    ("an aide to the minister", "an aide to the minister/aide to the minister/an aide/aide"),
]


def _cast(s: Story) -> Iterator[tuple[str, str, str]]:
    """Yield the fifth round's stories (speak56): two or three people named, quotes that go back to them by surname,
    pronoun of one gender each and role, and unnamed speakers a descriptor gives."""
    p, p2, q = s.p, s.p2, s.q
    he, she = (p, p2) if p.pronoun == "he" else (p2, p)
    desc, dwant = DESCRIPTORS[len(p.full) % len(DESCRIPTORS)]
    yield "C:descriptor_after", f"{s.lead}\n\n{q(s.q1, ',')} {desc} said.", dwant
    yield "C:descriptor_inverted", f"{s.lead}\n\n{q(s.q1, ',')} said {desc}.", dwant
    yield "C:descriptor_before", f"{s.lead}\n\n{desc[0].upper() + desc[1:]} said, {q(s.q1, '.')}", dwant
    yield (
        "C:gendered_pronouns",
        (
            f"Mayor {he.full} said his city would suffer. Sen. {she.full} said her committee would act.\n\n"
            f"{q(s.q1, ',')} she said.\n\n{q(s.q2, ',')} he said."
        ),
        f"{she.want};{he.want}",
    )
    yield (
        "C:surnames_alternate",
        (
            f"{s.titled} and Mayor {p2.full} spoke after the talks.\n\n{q(s.q1, ',')} {p2.surname} said.\n\n"
            f"{q(s.q2, ',')} {p.surname} said."
        ),
        f"{p2.want};{p.want}",
    )
    yield (
        "C:role_among_two",
        (
            f"{s.titled} met Mayor {p2.full} on Monday.\n\n{q(s.q1, ',')} the mayor said.\n\n{q(s.q2, ',')} "
            f"the {s.role} said."
        ),
        f"{p2.want};{p.want}",
    )
    # a lede's unnamed official may be the office holder the next paragraph names (delayed identification, which the
    # project reads so: quotes._named_later): either reading is right; an aide or a source is someone else
    either = f"/{p.want}" if desc.split()[-1] == "official" or "official at" in desc else ""
    yield (
        "C:descriptor_then_named",
        (f"{q(s.q1, ',')} {desc} said.\n\n{q(s.q2, ',')} {s.titled} said."),
        f"{dwant}{either};{p.want}",
    )
    yield (
        "C:named_then_continuation_other",
        (f"{q(s.q1, ',')} {s.titled} said.\n\nMayor {p2.full} disagreed.\n\n{q(s.q2, ',')} {p2.surname} said."),
        f"{p.want};{p2.want}",
    )


#: How many stories :func:`_cast` yields
CAST = 8


def battery5(seed: int = 60) -> list[tuple[str, str, str]]:
    """Return the fifth round's rows: every story of :func:`_cast` under three quote marks, five times.

    >>> len(battery5())
    120
    """
    return _rounds(_cast, CAST, seed, 400, 5)
