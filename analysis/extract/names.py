"""Find people's names from the text itself, not from the gazetteer: a name after a title or rank, a name
before an appositive, a name beside a speech verb, a Korean full name; then later surname-only mentions.

The text is cut into word tokens by one linear regex scan; every rule then looks at a few tokens around
one place (bounded windows, no backtracking), so the work is linear in the text's length. A ``Name``
says where the words are (``start``, ``end``, ``exact``), the full name it stands for (``name``), the
title or appositive that introduced it (``role``), which rule found it (``rule``: "title",
"appositive", "speech", "subject" (a clause opening with the name and a verb; a lone capitalised word
only before a past-tense or speech verb, an age or an appositive, or right after an inverted "said"),
"korean", "label" (an all-capitals name before a colon, as transcripts print speakers), "caption" (a full name
opening a bracketed caption before a slash: "[Jo Bell / Spokesman]"), "owner" (a name
inside "the <name> administration"), "epithet" (a full name after one quoted word: "'Sleepy' Jo Bell") or
"surname") and, for a later
surname-only mention, ``refers_to``: the first mention of the full name. ``alternatives`` lists the full
names a bare surname could mean when the text introduced more than one person of that surname
(then ``refers_to`` is None).

>>> [(n.exact, n.name, n.role, n.rule) for n in find_names("Gen. Paul Vance spoke. Later Vance left.")]
[('Paul Vance', 'Paul Vance', 'Gen.', 'title'), ('Vance', 'Paul Vance', 'Gen.', 'surname')]
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import operator
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import overload

from analysis import lazyre as re
from analysis.article import BLANK_LINE_LF as _BLANK_LINE_LF
from analysis.csvfile import read_csv
from analysis.extract import windows as win
from analysis.extract.countries import ADJECTIVES
from analysis.paths import DATA

__all__ = ["MEDIA_NOUNS", "MEDIUM_THEN_NAME", "NAME_SUFFIXES", "Found", "Name", "Token", "Tokens", "find_names",
           "find_names_and_publications", "tokens"]

# A word (with inner hyphens and apostrophes, not a possessive 's, and a trailing full stop kept) or one
# other character. The classes after each other never overlap, so the scan cannot backtrack; written possessive
# (nothing after a part can make it give back a character) so that ``re`` keeps no state to backtrack to.
# Latin letters with diacritics (Latin-1 and Latin Extended-A: "José Núñez", "Zoë", "Łukasz"), read as letters of a
# word and of a name (speak56); upper and lower case as Latin-1 orders them, Extended-A's (which alternate, "Āā...")
# letter by letter as Unicode cases them (mend56s: "ł" opens no name)
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
_TOKEN = re.compile(rf"[{_UP}{_LO}]++(?:-[{_UP}{_LO}]++|['’](?!s\b)[{_UP}{_LO}]++)*+\.?+|[^\s{_UP}{_LO}]")
# A token with the white space before it: the matches of one scan then tile the text, so their lengths say where
# each token ends (the offsets are summed in C, not read from a match object a token).
# the token is optional so that trailing blanks end the scan in one match: with it required, a long run of blanks
# before ``end`` would be tried again from each of its characters (quadratic); the blank tail is dropped below
_SPACED_TOKEN = re.compile(rf"\s*+(?:{_TOKEN.pattern})?+")
# a hyphenated given-name syllable may be one vowel, as romanised Korean prints some ("Gi-O", "Jae-u")
_NAME_WORD = re.compile(rf"(?:[A-Z]['’])?[{_UP}][{_LO}]+(?:[A-Z][{_LO}]+)?(?:-(?:[{_UP}{_LO}][{_LO}]+|[AEIOUaeiou]))*")
_INITIAL = re.compile(r"[A-Z]\.")
_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]+-(?:[A-Za-z][a-z]+|[AEIOUaeiou])")
_SHORT_GIVEN = re.compile(r"[A-Z][a-z]{1,4}")
_CAPS_WORD = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?")
_CAPITAL = re.compile("[A-Z]")


def word_set(words: str) -> frozenset[str]:
    """Return the set of the space-separated words of ``words``.

    >>> sorted(word_set("b a b"))
    ['a', 'b']
    """
    return frozenset(words.split())


# Capitalised titles and ranks that stand right before a name ("Gen. Paul Vance", "Rep. Jo Ann Bell").
TITLES = word_set(
    "President Secretary Minister Ambassador Gen. General Adm. Admiral Lt. Col. Colonel Maj. Major Capt. "
    "Captain Sgt. Sergeant Lieutenant Marshal Rep. Sen. Gov. Representative Senator Governor Congressman "
    "Congresswoman Mr. Ms. Mrs. Dr. Prof. Professor Chairman Chairwoman Chair Commander Speaker Director Envoy "
    "Spokesman Spokeswoman Spokesperson Premier Chancellor Mayor Judge Justice Lawmaker Negotiator Leader "
    "Chief Deputy Vice Prime Editor Editor-in-Chief CEO Adviser Advisor Officer Analyst Researcher Fellow "
    "Counselor Counsellor Attorney Prosecutor Correspondent Anchor Host Messrs. Mmes. Lieut. Brig. Cmdr. Sgt. Reporter"
    " Secretary-General Representatives Senators Reps. Sens. Presidents Secretaries Ministers Generals"
    " FM PM VP Amb."  # abbreviated offices of headlines and wire copy ("FM Bell", "PM Bell": Foreign, Prime Minister)
)
# Lower-case nouns for a person's office or trade ("negotiator Jo Bell", "Jo Bell, a politics professor").
ROLE_NOUNS = word_set(
    "negotiator lawmaker legislator spokesman spokeswoman spokesperson minister official officials analyst "
    "professor envoy ambassador adviser advisor aide commander chief secretary president diplomat senator "
    "representative congressman congresswoman lawyer director chairman chairwoman researcher expert economist "
    "fellow scholar counterpart leader candidate politician strategist general admiral officer colonel head "
    "governor mayor spokesperson lecturer dean executive founder editor columnist correspondent member "
    "negotiators veteran retiree student activist predecessor successor rival opponent deputy boss wife husband "
    "son daughter father mother brother sister nominee appointee undersecretary historian pollster commentator"
)
# Words that may sit between a title and the name, or before the title ("Secretary of State Jo Bell").
_TITLE_GLUE = word_set(
    "of the for Defense Defence Foreign State Trade Finance Unification Commerce Treasury Interior Homeland "
    "Security National Deputy Vice Prime First Senior Under Assistant Staff Joint Chiefs Army Navy Air Force "
    "Marine Corps Special former Former then acting Acting top chief Chief Affairs Majority Minority Republican "
    "Democratic Policy Planning Economic Industry Strategy Intelligence Presidential Cabinet Executive U.S. US "
    "American South North Korean Japanese Chinese Forces Korea Command Combined Pacific Indo-Pacific Sen. Rep. "
    "Gen. Lt. Adm. Col. Maj. Capt. Sgt. Gov. U. S. K. senior ruling opposition party Party Chairman General Lieut. "
    "Brig. Cmdr."
)
# Plural offices before two names joined by "and" ("Representatives Bo and Roe", "Presidents Bo and Roe").
# Lower-case nouns of a relation that stand before a full name like an office ("my colleague Jo Bell").
_RELATIONS = word_set("colleague colleagues")
# Lower-case nouns that describe a person by a stance or a charge and stand before a full name like an office
# ("conservative hawk Jo Bell", "Trump loyalist Jo Bell", "special counsel Jo Bell").
_EPITHETS = word_set("hawk hawks critic critics loyalist loyalists hardliner hardliners counsel dove doves")
_PLURAL_OFFICES = word_set("Representatives Senators Reps. Sens. Presidents Secretaries Ministers Generals")
_TITLE_GLUE_OR_TITLE = _TITLE_GLUE | TITLES  # words a title before a name may hold
TITLE_WORDS = _TITLE_GLUE_OR_TITLE  # the same, for the quote finder ("a spokesman for Defense Secretary Jo Bell")
_PLACE_GLUE = _TITLE_GLUE | {"to"}  # "Ambassador to South Korea"
# Capitalised words that are not (part of) a person's name.
_NOT_NAME = word_set(
    "The A An In On At As By For From Of To With And Or But Nor If So Yet He She It We They I You His Her Its Our "
    "Their This That These Those There Here Then Now When While After Before Since Until Although Though Because "
    "However Meanwhile Still Also Likewise Even Last Next First Second Third One Two Three Both Each Some Many Most "
    "Other Others Such No Not All Any Neither Either Every Asked Speaking According Earlier Later Today Yesterday "
    "Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December North South East West Northeast Korea Korean Koreans Koreas "
    "America American Americans United States Japan Japanese China Chinese Russia Russian Asia Asian Pacific "
    "Europe European Seoul Washington Pyongyang Tokyo Beijing Moscow Democrat Democrats Republican Republicans "
    "Democratic Party People Power House Senate Congress Assembly National Ministry Department Office Agency "
    "Forces Force Command Army Navy Air Marine Council Committee Commission Institute University College School "
    "Center Centre Foundation Corporation Group Bank Association Service Court Network News Times Post Journal "
    "Herald Daily Press Union Administration Government Embassy Street River Island Province City County Defense "
    "Defence Foreign State Affairs Unification Trade Treasury Security Alliance Treaty Agreement Special Measures "
    "Facebook Twitter Instagram YouTube God Christmas Lunar New Year Day War Peninsula "
    "Sea Strait Cold Armed Joint Staff Chiefs Blue White Secretary Minister President Ambassador General "
    "Spokesman Spokeswoman Chairman Mr Ms Mrs Dr Vice Deputy Prime Chief Director Leader Senator Representative "
    "Governor Commander Gen Adm Rep Sen Gov Col Capt Lt Maj Why What Who How Where Which Whether Please Thank "
    "Thanks Yes Oh Well Just Only Every Again Despite During Under Over Amid Among Between Without Within Against "
    "Following Citing Regarding Including Concerning Considering "
    "Into Through Toward Towards Upon Via Per Among Dear Kingdom Republic Federation Commonwealth Union Nations "
    "Organization Organisation Summit Talks Conference Olympics Games Prize Award Festival Museum Library "
    "Hospital Airport Station Base Camp Fort Bay Harbor Harbour Mountain Mount Lake Valley Hill Hills Park Square "
    "Tower Hall Building Plaza Palace Gate Bridge Germany Britain France Italy Spain Canada Mexico Australia "
    "India Iran Iraq Israel Ukraine Taiwan Vietnam Singapore Thailand Indonesia Malaysia London Paris Berlin "
    "Hanoi Manila Kyiv Taipei Brussels Canberra Ottawa Pentagon Kremlin Police Parliament "
    "Cabinet Government Military Congress Lawmakers Officials Nobody Everybody Somebody Anybody Everyone Someone "
    "Anyone None Nothing Everything Something "
    # verbs a title-case headline puts after an office ("Defense Secretary Denies Report", "Envoy Says"; fresh91q)
    "Says Warns Urges Vows Denies Insists Slams Blasts Rejects Decries"
)
# fix50s: a plural field noun closing a think tank's name after "and" ("the Center for Strategic and International
# Studies"): the words before it are the body's, not a person's name
_NOT_NAME |= word_set("Studies Assessments Relations Sciences Analyses Strategies")
# mend56s: words that open the name of a bank, a firm, a publisher, a school or a city in French, Spanish, Portuguese
# or Italian, as "Bank", "Group" and "City" do in English ("Crédit ...", "Société ...", "Éditions ...", "Ciudad ..."):
# names read letters with diacritics (speak56), and these words are no part of a person's name
_NOT_NAME |= word_set(
    "Société Crédit Banque Caisse Compagnie Groupe Éditions Ciudad Cidade Città Université Universidad Universidade "
    "Università Fundación Fundação Ministère Ministerio Compañía Companhia"
)
NOT_NAME_WORDS = _NOT_NAME  # the same, for the date finder (a family name after "During" is no given name's)
SPEECH_VERBS = word_set(
    "said says say told tells added adds stated asked asks warned warns urged wrote writes noted notes insisted "
    "insists declared argued explained stressed stresses claimed claims tweeted replied responded continued "
    "cautioned announced acknowledged conceded suggested complained recalled predicted vowed promised "
    "threatened lamented observed remarked commented emphasized emphasised quipped demanded posted reports argues "
    "contends"
)
#: Verbs a reported sentence tells someone's words with: the speech verbs and those that confirm, call or describe
#: ("the ministry confirmed the two sides are “closely cooperating”"; speak56b's two lists made one)
REPORTING_VERBS = SPEECH_VERBS | word_set("confirmed confirms called calls described describes reaffirmed reaffirms")
# Speech verbs as the participle of an absolute phrase ("with Jo Bell calling the move “...”").
SPEAKING = word_set(
    "saying calling warning telling insisting arguing noting adding stressing urging describing accusing dismissing "
    "criticizing criticising declaring vowing promising claiming complaining branding labeling labelling"
    " lauding praising hailing touting"  # verbs of praise: what the praise calls someone is the praiser's word (qfix50)
)
# Common Korean family names in their usual romanisations (a Korean name puts the family name first).
KOREAN_SURNAMES = word_set(
    "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh "
    "Shin Sin Kwon Hwang Ahn An Song Ryu Yoo Yu Hong Jeon Chun Jun Ko Go Moon Mun Yang Son Bae Baek Paik Heo "
    "Huh Nam Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Na Jin Ji Um Eom Won Chae Cheon Byun Yeo Koo Gu Ku Ri "
    "Ryu Hyun Maeng Pyo Bang Gong Tak Hyon Wi Yeom Seok Gil Kil Byeon Ok"
)
NAME_SUFFIXES = word_set("Jr. Jr Sr. Sr II III")


@lru_cache(maxsize=1 << 16)
def word_of(t: str) -> str:
    """Return a token's text without a sentence's full stop ("Vance." -> "Vance"; "Gen." and "J." keep theirs).

    >>> word_of("Vance."), word_of("Gen."), word_of("J.")
    ('Vance', 'Gen.', 'J.')
    """
    if t.endswith(".") and len(t) > 2 and t not in TITLES and t not in _TITLE_GLUE and t not in NAME_SUFFIXES:
        return t[:-1]
    return t


# One token as an object, made on demand from ``Tokens`` (its parallel lists, which the rules read: one object a word
# cost about 2.7 % of annotate, see benchmarks/RESULTS.md, speed30n). slots, not frozen: a frozen dataclass's
# __init__ costs about eight times as much.
@dataclass(slots=True, eq=False)
class Token:
    """One word or other character of the text: ``text[start:end] == text``; ``word`` is ``word_of(text)``.

    >>> [tok.word for tok in tokens("Vance. Gen. J.")]
    ['Vance', 'Gen.', 'J.']
    """

    start: int
    end: int
    text: str
    word: str


@dataclass(frozen=True)
class Name:
    """A person's name found in the text (see the module docstring)."""

    start: int
    end: int
    exact: str
    name: str
    role: str | None
    rule: str
    refers_to: Name | None = None
    alternatives: tuple[str, ...] = ()


class Tokens:
    """The tokens of a text as parallel lists (no object a token): ``texts[k]``, ``words[k]`` (``word_of`` the text),
    ``starts[k]`` and ``ends[k]`` of token ``k``; ``n`` tokens. The rules read the lists; ``tokens[k]`` makes a
    ``Token`` (for callers outside this module; a slice, a list of them).

    >>> t = tokens("Jo met Al.")
    >>> t.n, t.words, t.starts, t[2].word, [k.text for k in t[1:]]
    (3, ['Jo', 'met', 'Al'], [0, 3, 7], 'Al', ['met', 'Al.'])
    """

    __slots__ = ("ends", "n", "starts", "texts", "words")

    def __init__(self, texts: list[str], words: list[str], starts: list[int], ends: list[int]) -> None:
        self.texts, self.words, self.starts, self.ends, self.n = texts, words, starts, ends, len(texts)

    def __len__(self) -> int:
        return self.n

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return list(map(Token, self.starts[k], self.ends[k], self.texts[k], self.words[k]))
        return Token(self.starts[k], self.ends[k], self.texts[k], self.words[k])

    def __iter__(self) -> Iterator[Token]:
        return map(Token, self.starts, self.ends, self.texts, self.words)


def tokens(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Return the tokens of ``text[start:end]``.

    >>> [t.text for t in tokens("Rep. Jo O'Neil's aide, Kim Sang-woo.")]
    ['Rep.', 'Jo', "O'Neil", "'", 's', 'aide', ',', 'Kim', 'Sang-woo.']
    """
    return _tokens_of(text, *_token_texts(text, start, end))


def _token_texts(text: str, start: int, end: int | None) -> tuple[list[str], list[int]]:
    """Return the texts of the tokens of ``text[start:end]`` and where each ends (see ``tokens``).

    >>> _token_texts("Jo met  Al.", 0, None)
    (['Jo', 'met', 'Al.'], [2, 6, 11])
    """
    end = len(text) if end is None else end
    spaced = _SPACED_TOKEN.findall(text, start, end)  # contiguous from ``start``: every non-space starts a token
    while spaced and not spaced[-1].strip():
        spaced.pop()  # the blanks after the last token and the empty match at ``end`` (a token matches any non-blank)
    texts = list(map(str.lstrip, spaced))
    ends = list(itertools.accumulate(map(len, spaced), initial=start))
    del ends[0]
    return texts, ends


def _tokens_of(text: str, texts: list[str], ends: list[int]) -> Tokens:
    """Return the tokens of ``_token_texts``' texts and ends in ``text``.

    >>> t = _tokens_of("At Al.", ["Al."], [6]); t.starts, t.words
    ([3], ['Al'])
    """
    words = texts.copy()
    if texts:  # word_of changes only a token ending with a full stop (a full stop always ends a token): those alone
        at = text.find(".", ends[0] - len(texts[0]), ends[-1])
        while at >= 0:
            k = bisect.bisect_left(ends, at + 1)
            words[k] = word_of(texts[k])
            at = text.find(".", at + 1, ends[-1])
    return Tokens(texts, words, list(map(operator.sub, ends, map(len, texts))), ends)


# The nouns after the head word of a news organisation's name ("Yonhap News Agency", "KBS World Radio").
_NEWS_NOUNS = word_set("News Agency Radio Television TV World Daily Times Post Herald Journal Tribune Press Service "
                       "Broadcasting Network Wire Media")


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Return the one-word names of the organisations the data holds, never (part of) a person's name: the
    organisations of data/entities.csv (kind org: names and aliases), the publishers of data/sources.csv and the
    outlets of data/articles.csv, each read by :func:`one_word_names`.

    >>> {"Yonhap", "Reuters", "Xinhua", "KCNA", "Pentagon"} <= organisation_words(), "Tallan" in organisation_words()
    (True, False)
    """
    entities = read_csv(DATA / "entities.csv").dicts()
    names = [n for row in entities if row["kind"].strip() == "org" for n in (row["name"], *row["aliases"].split(";"))]
    names += [row["publisher"] for row in read_csv(DATA / "sources.csv").dicts()]
    names += [row["outlet"] for row in read_csv(DATA / "articles.csv").dicts()]
    return frozenset(w for name in names for w in one_word_names(name))


def one_word_names(name: str) -> list[str]:
    """Return the one-word names an organisation's name gives: the name when it is one capitalised word (after
    "the"), its head word before news nouns ("Yonhap News Agency": Yonhap), and a capitalised word alone in brackets
    or between semicolons there, a wire's name (not a language or nationality: "YTN (English)").

    >>> one_word_names("Yonhap News Agency"), one_word_names("The Straits Times (Reuters)")
    (['Yonhap'], ['Straits', 'Reuters'])
    >>> one_word_names("YTN (English)"), one_word_names("Aju Press (Park Sae-jin)")
    (['YTN'], ['Aju'])
    >>> one_word_names("Los Angeles Times"), one_word_names("the Pentagon"), one_word_names("Statista (Anna Fleck)")
    ([], ['Pentagon'], ['Statista'])
    >>> one_word_names("NewKerala (IANS; citing Yonhap)"), one_word_names("sma-article-analysis (project example)")
    (['NewKerala', 'IANS'], [])
    """
    main, *brackets = name.split("(")
    words = main.split(",")[0].split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    out = words[:1] if words and all(w in _NEWS_NOUNS for w in words[1:]) else []
    for part in (p for b in brackets for p in b.split(")")[0].split(";")):
        out += [w for w in part.split() if len(part.split()) == 1 and w.lower() not in _LANGUAGES]
    return [w for w in out if _ORG_WORD.fullmatch(w)]


_ORG_WORD = re.compile(r"[A-Z][\w'’-]{0,40}+")  # capitalised, one word ("Yonhap", "KCNA", "ABS-CBN", "NewKerala")
_LANGUAGES = frozenset({"english", *ADJECTIVES})  # "(English)", "(Korean)": the language of a copy, not a wire


def _not_name(word: str) -> bool:
    """Return whether a capitalised word is never (part of) a person's name: a common or place word, or an
    organisation of the data.

    >>> _not_name("The"), _not_name("Yonhap"), _not_name("Tallan")
    (True, True, False)
    """
    return word in _NOT_NAME or word in organisation_words()


@lru_cache(maxsize=1 << 16)
def is_name_word(word: str) -> bool:
    """Return whether a word can be part of a person's name (capitalised, not a common or place word).

    >>> [is_name_word(w) for w in ("LaCamera", "Sang-hyun", "O'Neil", "The", "said", "Seoul", "Gen.")]
    [True, True, True, False, False, False, False]
    >>> [is_name_word(w) for w in ("Ex-general", "Ex-President", "Ex-Im")]
    [False, False, True]
    >>> [is_name_word(w) for w in ("Jean-Édouard", "Núñez", "łukasz", "Société", "Ciudad")]
    [True, True, False, False, False]
    """
    return (
        not _not_name(word)
        and word not in TITLES
        and word not in _TITLE_GLUE
        and word.lower() not in ROLE_NOUNS
        and not office_plural(word)
        and not _former_role(word)
        and _NAME_WORD.fullmatch(word) is not None
    )


def _former_role(word: str) -> bool:
    """Return whether a hyphened word is a role with a prefix of former office ("Ex-general", "Ex-President", a
    headline's short form of "former general"): no name (probeq41).

    >>> _former_role("Ex-envoy"), _former_role("Ex-Im"), _former_role("Lee")
    (True, False, False)
    """
    prefix, _, rest = word.partition("-")
    return prefix.lower() == "ex" and (rest.lower() in ROLE_NOUNS or rest in TITLES)


# A capitalised plural of an abstract noun in -tion/-sion that ends an office's name ("Senior Adviser for Security
# Negotiations", "Director for Trade Relations", "Chief of Naval Operations"): no given name or surname ends so.
_OFFICE_PLURAL = re.compile(r"[A-Z][a-z]+[ts]ions")


def office_plural(word: str) -> bool:
    """Return whether a capitalised word is the plural of an abstract noun in -tion/-sion, the last word of an
    office before a name ("Adviser for Security Negotiations Jo Bell"), never a name word (fresh90q).

    >>> [office_plural(w) for w in ("Negotiations", "Relations", "Commissions", "Lyons", "Simmons", "Nation")]
    [True, True, True, False, False, False]
    """
    return _OFFICE_PLURAL.fullmatch(word) is not None


def _adjacent(toks: Tokens, a: int, b: int) -> bool:
    """Return whether tokens ``a`` and ``b = a + 1`` are separated by exactly one space (same line)."""
    return a >= 0 and b < toks.n and toks.starts[b] - toks.ends[a] == 1


def name_run(toks: Tokens, i: int, limit: int = 4) -> int:
    """Return the index just after the run of name words that starts at token ``i`` (``i`` if none).

    Middle initials and a suffix ("Jr.") join the run; a word ending a sentence ("Vance.") ends it. A run
    longer than ``limit`` words is a title-case phrase, not a name: it gives ``i``.

    >>> t = tokens("Jo B. Bell Jr. spoke. Ann Lee. Rock Paper Scissors Lizard Spock")
    >>> name_run(t, 0), name_run(t, 5), name_run(t, 7)
    (4, 7, 7)
    """
    j = _initials_end(toks, i)
    while j < toks.n and j - i <= limit + 1 and (j == i or _adjacent(toks, j - 1, j)):
        word, t = toks.words[j], toks.texts[j]
        if is_name_word(word) or (j == i + 1 and word in _SURNAME_WORDS):  # "Minji Park"
            j += 1
            if word != t:  # "Vance." ends the sentence
                break
        elif j > i and (_INITIAL.fullmatch(t) or t in NAME_SUFFIXES or _particle(toks, j)):
            j += 1
        else:
            break
    if j - i > limit + 1:  # read no further: a chain of name words and initials is no one name (linear time)
        return i
    while j > i + 1 and not is_name_word(toks.words[j - 1]) and toks.texts[j - 1] not in NAME_SUFFIXES and (
            toks.words[j - 1] not in _SURNAME_WORDS or j != i + 2):
        j -= 1  # a run does not end on an initial
    if j == i + 1 and not is_name_word(toks.words[i]):
        j = i
    if j - i > limit:
        return i
    return j


class _Runs(dict[int, int]):
    """``name_run(toks, i)`` of each token index read, found once: the rules (``_introduced``) and
    ``_printed_before`` read the runs at the same starts.

    >>> r = _Runs(tokens("Jo Bell met Al Roe"))
    >>> r[0], r[3], sorted(r)
    (2, 5, [0, 3])
    """

    def __init__(self, toks: Tokens) -> None:
        super().__init__()
        self.toks = toks

    def __missing__(self, i: int) -> int:
        j = self[i] = name_run(self.toks, i)
        return j


_BARE_INITIALS = re.compile(r"[A-Z]{2}")
_PARTICLES = word_set("de la le van von der den da di del dos das du ter ten bin")
_SURNAME_WORDS = KOREAN_SURNAMES & _NOT_NAME  # family names spelt like English words ("Park", "Oh", "An")


def _initials_end(toks: Tokens, i: int) -> int:
    """Return the index after the initials opening a name at token ``i`` ("J.D. Bell", "A. J. Bell"), ``i`` if the
    run does not open with initials followed by a name word.

    Initials without stops ("JD Bell") count only after a title ("Vice President JD Bell"): alone, two capitals
    before a name word are as often a company's ("SK Hynix").

    >>> t = tokens("J.D. Bell and A. J. Roe and J. and K. said")
    >>> _initials_end(t, 0), _initials_end(t, 4), _initials_end(t, 8)
    (2, 6, 8)
    >>> t = tokens("Sen. JD Bell and SK Hynix")
    >>> _initials_end(t, 1), _initials_end(t, 5)
    (2, 5)
    """
    if i > 0 and _BARE_INITIALS.fullmatch(toks.texts[i]) and toks.texts[i - 1] in TITLES and _adjacent(toks, i, i + 1):
        return i + 1 if is_name_word(toks.words[i + 1]) else i
    j = i
    while j < toks.n and j - i < 3 and _INITIAL.fullmatch(toks.texts[j]) and (
            j == i or toks.starts[j] - toks.ends[j - 1] <= 1):
        j += 1
    if j == i or j >= toks.n or toks.starts[j] - toks.ends[j - 1] > 1 or not is_name_word(toks.words[j]):
        return i
    return i if country_initials(toks, i, j) else j


_COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "S.K.", "R.O.K."})


def country_initials(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the initials at tokens ``i..j-1`` spell a country's or body's abbreviation written shut ("U.S.",
    "U.N."), which before a name is an adjective ("the U.S. Bo administration"), not the person's initials (fresh90q).

    >>> t = tokens("the U.S. Bo administration and J.D. Bell and U. S. Roe")
    >>> country_initials(t, 1, 3), country_initials(t, 6, 8), country_initials(t, 10, 12)
    (True, False, False)
    """
    shut = all(toks.starts[k] == toks.ends[k - 1] for k in range(i + 1, j))
    return shut and "".join(toks.texts[i:j]) in _COUNTRY_INITIALS


def _particle(toks: Tokens, j: int) -> bool:
    """Return whether token ``j`` is a lower-case particle inside a name ("Ana de la Volk", "Piet van der Berg"):
    one of _PARTICLES followed, past other particles, by a name word on the same line.

    >>> t = tokens("Ana de la Volk and the plan of de Gaulle")
    >>> _particle(t, 1), _particle(t, 2), _particle(t, 8)
    (True, True, True)
    """
    k = j
    while k < toks.n and k - j < 3 and toks.texts[k] in _PARTICLES and _adjacent(toks, k, k + 1):
        k += 1
    return k > j and k < toks.n and is_name_word(toks.words[k])


def _span(text: str, toks: Tokens, i: int, j: int) -> tuple[int, int]:
    """Return the start and end offsets of tokens ``i..j-1``, without a sentence's final full stop."""
    return toks.starts[i], toks.starts[j - 1] + len(toks.words[j - 1])


# Glue words a title's head may stand back of a name ("Chairman of the Joint Chiefs of Staff Jo Bell": six; fresh90q,
# four before, which missed that office's holders).
_GLUE_MOST = 6


def _role_noun(word: str) -> bool:
    """Return whether ``word`` is a noun of a trade or office, in lower case or capitalised as a title before a name
    ("negotiator Jo Bell", "Strategist Jo Bell" opening a sentence: speak54, main read no name there).

    >>> _role_noun("strategist"), _role_noun("Strategist"), _role_noun("STRATEGIST"), _role_noun("Seoul")
    (True, True, False, False)
    """
    return word in ROLE_NOUNS or (word[:1].isupper() and word[1:].islower() and word.lower() in ROLE_NOUNS)


def title_before(toks: Tokens, i: int, words: int) -> str | None:
    """Return the title right before the name at token ``i`` ("Defense Secretary", "Gen."), else None.

    A lower-case office ("negotiator") counts only before a name of two words or more.

    >>> t = tokens("said Defense Secretary Jo Bell and negotiator Ann Lee and lawyer Lee, Secretary of State Al Roe")
    >>> title_before(t, 3, 2), title_before(t, 7, 2), title_before(t, 11, 1), title_before(t, 16, 2)
    ('Defense Secretary', 'negotiator', None, 'Secretary of State')
    >>> title_before(tokens("US Ambassador to South Korea Jo Bell"), 5, 2)
    'US Ambassador to South Korea'
    >>> title_before(tokens("Defense chief Jo Bell"), 2, 2)
    'Defense chief'
    >>> title_before(tokens("US special representative to North Korea Jo Bell"), 6, 2)
    'representative to North Korea'
    >>> title_before(tokens("my colleague Jo Bell"), 2, 2), title_before(tokens("conservative hawk Jo Bell"), 2, 2)
    ('colleague', 'hawk')
    >>> title_before(tokens("Chairman of the Joint Chiefs of Staff Jo Bell"), 7, 2)
    'Chairman of the Joint Chiefs of Staff'
    """
    k = i - 1
    if k < 0 or not _adjacent(toks, k, i):
        return None
    before = toks.texts[k]
    if before in _TITLE_GLUE and before not in TITLES and before not in ROLE_NOUNS and words >= 2:
        # "Secretary of State Jo Bell", "Ambassador to South Korea Jo Bell": a title at most _GLUE_MOST words
        # back, glue words (and "to" a country) in between
        back = k
        while (back > 0 and k - back < _GLUE_MOST and _adjacent(toks, back - 1, back)
               and toks.texts[back] in _PLACE_GLUE):
            back -= 1
        if toks.texts[back] not in TITLES:  # "special representative to North Korea Jo Bell": an office in lower case
            office = _title_for_places(toks, k)
            return None if office is None else " ".join(toks.texts[office : k + 1])
    elif before not in TITLES and not ((_role_noun(before) or before in _RELATIONS or before in _EPITHETS)
                                       and words >= 2):
        office = _office_with_phrase(toks, k) if words >= 2 else None
        office = _title_for_places(toks, k) if office is None and words >= 2 else office
        if office is None:
            return None
        return " ".join(toks.texts[office : k + 1])
    first = k
    while first - 1 >= 0 and i - first < 7 and _adjacent(toks, first - 1, first):
        w = toks.texts[first - 1]
        if w in TITLES or w in _PLACE_GLUE or w in ROLE_NOUNS:
            first -= 1
        else:
            break
    while first < k and toks.texts[first] in {"of", "the", "for", "to"}:
        first += 1
    return " ".join(toks.texts[first : k + 1]).replace("U. S.", "U.S.")


_BRACKET_MOST = 4  # words of an editor's bracketed insertion before a name ("(National Security Adviser)")


def _bracket_open(toks: Tokens, i: int) -> int | None:
    """Return the index of the "(" of a bracket of words that closes right before token ``i``, else None.

    >>> t = tokens("Secretary (of State) Bo and (new) ones")
    >>> _bracket_open(t, 5), _bracket_open(t, 10), _bracket_open(t, 1)
    (1, 7, None)
    """
    k = i - 1
    if k < 2 or toks.texts[k] != ")" or toks.starts[i] - toks.ends[k] != 1:
        return None
    o = k - 1
    while o > 0 and k - o <= _BRACKET_MOST and toks.texts[o] != "(" and toks.texts[o][:1].isalpha():
        o -= 1
    return o if toks.texts[o] == "(" and o < k - 1 else None


def bracketed_title(toks: Tokens, i: int, words: int) -> str | None:
    """Return the title an editor's bracketed insertion gives right before the name at token ``i`` ("Secretary (of
    State) Bo", "(National Security Adviser) Jo Bell"): the title read as if printed without brackets, else None.

    >>> t = tokens("with Secretary (of State) Bo and (National Security Adviser) Jo Bell and the (new) Bo")
    >>> bracketed_title(t, 6, 1), bracketed_title(t, 13, 2), bracketed_title(t, 20, 1)
    ('Secretary of State', 'National Security Adviser', None)
    >>> bracketed_title(tokens("President-elect (Jo) Bell"), 4, 1)
    'President-elect'
    """
    o = _bracket_open(toks, i)
    if o is None:
        return None
    inner = toks.texts[o + 1 : i - 1]
    if bracketed_given(toks, i) is not None:
        return toks.texts[o - 1]  # "President (Jo) Bell": the title before the bracketed given name
    if o > 0 and toks.texts[o - 1] in TITLES and toks.starts[o] - toks.ends[o - 1] == 1:
        return " ".join([toks.texts[o - 1], *inner])  # "Secretary (of State)": the title with its bracketed rest
    if inner[-1] not in TITLES and not (inner[-1].lower() in ROLE_NOUNS and words >= 2):
        return None
    spelled = tokens(" ".join([*inner, *toks.texts[i : i + words]]))
    return title_before(spelled, len(inner), words)


def bracketed_given(toks: Tokens, i: int) -> str | None:
    """Return the given name an editor put in brackets between a title and the surname at token ``i`` ("President
    (Jo) Bell"), else None.

    >>> t = tokens("of President (Jo) Bell's and the (Jo) Bell")
    >>> bracketed_given(t, 5), bracketed_given(t, 13)
    ('Jo', None)
    """
    o = _bracket_open(toks, i)
    if o is None or o < 1 or i - o != 3 or not is_name_word(toks.texts[o + 1]):
        return None
    title = toks.texts[o - 1]
    return toks.texts[o + 1] if title in TITLES or title.endswith("-elect") else None


_PLACES_MOST = 5  # capitalised words and "and" of the places a title is "for" ("for Korea and Japan")


# Lower-case words after a title's "for" that name no field: numbers and spans of time ("the Secretary for two years
# Jo Bell had served"; review99).
_NOT_A_FIELD = word_set("one two three four five six seven eight nine ten several many few some years months weeks "
                        "days decades hours year month week day decade time")
_TITLE_ARTICLES = word_set("the a an")


def _lower_field(toks: Tokens, first: int, back: int, k: int) -> bool:
    """Return whether the title at tokens ``first`` to ``back`` ("for") names its field in lower case in tokens
    ``back + 1`` to ``k`` ("Under Secretary of Defense for policy", "Assistant Secretary for arms control"): "for"
    after a capitalised title with no article before it (a title right before a name takes none; "thanked the Minister
    for hosting Jo Bell" is a verb's object and its reason), and at most :data:`win.FIELD_TITLE_WORDS` words, none a
    verb form in -ing or -ed ("for snubbing") nor a number or span of time ("for two years"; review99).

    >>> t = tokens("Under Secretary for arms control Jo Bell; thanked the Minister for policy Jo Bell")
    >>> _lower_field(t, 0, 2, 4), _lower_field(t, 10, 11, 12)
    (True, False)
    >>> t = tokens("Secretary for hosting Jo Bell; Secretary for two years Jo Bell")
    >>> _lower_field(t, 0, 1, 2), _lower_field(t, 6, 7, 9)
    (False, False)
    """
    texts = toks.texts
    if texts[back] != "for" or TITLES.isdisjoint(texts[first:back]):
        return False
    if texts[first] in _TITLE_ARTICLES or (first > 0 and texts[first - 1] in _TITLE_ARTICLES):
        return False
    field = [w for w in texts[back + 1 : k + 1] if w not in {"and", "the"}]
    return len(field) <= win.FIELD_TITLE_WORDS and not any(
        w in _NOT_A_FIELD or w.endswith("ing") or (len(w) > 4 and w.endswith("ed")) for w in field)


def _title_for_places(toks: Tokens, k: int) -> int | None:
    """Return where a title starts when it ends at token ``k`` with "for"/"to" and capitalised places ("Deputy
    Assistant Secretary for Korea and Japan Jo Bell"), else None.

    >>> t = tokens("the Deputy Assistant Secretary for Hanul and Japan Jo Bell")
    >>> _title_for_places(t, 7), _title_for_places(tokens("a trip to Hanul and Japan Jo Bell"), 5)
    (1, None)
    >>> _title_for_places(tokens("the special envoy to Japan Jo Bell"), 4)
    2
    >>> _title_for_places(tokens("US Ambassador to the ROK Jo Bell"), 4)
    0

    A capitalised title's "for" may name its field in lower case ("Under Secretary of Defense for policy Jo Bell",
    "Assistant Secretary for arms control Jo Bell"); a lower-case office's may not ("a fund for policy Jo Bell").

    >>> _title_for_places(tokens("Under Secretary of Defense for policy Jo Bell"), 5)
    0
    >>> _title_for_places(tokens("the envoy for policy Jo Bell"), 3), _title_for_places(tokens("Envoy to policy Jo"), 2)
    (None, None)
    >>> _title_for_places(tokens("criticized the Ambassador for snubbing Jo Bell"), 4)
    """
    back, small = k, False
    while back > 0 and k - back < _PLACES_MOST and _adjacent(toks, back - 1, back):
        word = toks.texts[back]
        if word not in {"and", "the"} and not word[:1].isupper():
            if not word.isalpha() or word in {"for", "to"}:
                return None  # "the": "Ambassador to the ROK Jo Bell"
            small = True  # a field in lower case: only after a capitalised title's "for" (below)
        back -= 1
        if toks.texts[back] in {"for", "to"}:
            break
    if toks.texts[back] not in {"for", "to"} or back == 0:
        return None
    if toks.texts[back - 1] not in (_TITLE_GLUE_OR_TITLE if small else TITLES | ROLE_NOUNS):
        return None  # "Secretary for", "envoy to" (an office in lower case too), not "a trip to"
    first = back - 1
    while first > 0 and _adjacent(toks, first - 1, first) and toks.texts[first - 1] in _TITLE_GLUE_OR_TITLE:
        first -= 1
    if small and not _lower_field(toks, first, back, k):
        return None  # "the envoy for policy Jo Bell", "thanked the Minister for hosting Jo Bell" (review99)
    while toks.texts[first] in {"of", "the", "for", "to"}:
        first += 1  # "the Deputy Secretary": the title starts after its article
    return first


def _office_with_phrase(toks: Tokens, k: int) -> int | None:
    """Return where an office noun and its phrase start, when they end at token ``k`` right before a name
    ("lead negotiator for security agreements Jo Bell"), else None.

    >>> t = tokens("the lead negotiator for security agreements Jo Bell")
    >>> _office_with_phrase(t, 5)
    1
    """
    for o in range(k - 1, max(-1, k - 5), -1):
        if not _adjacent(toks, o, o + 1) or not toks.texts[o].islower():
            return None
        if toks.texts[o] in ROLE_NOUNS and toks.texts[o + 1] in {"for", "of", "on"}:
            start = o
            while (
                start > 0
                and _adjacent(toks, start - 1, start)
                and toks.texts[start - 1] in {"lead", "chief", "top", "senior"}
            ):
                start -= 1  # fmt: skip
            return start
    return None


_APPOSITIVE_OPENERS = word_set("a an the former who then now currently one also chief head his her their")
_APPOSITIVE_STOP = word_set(', . ; ( ) : “ ” " —')


def _digits_after(toks: Tokens, j: int) -> int:
    """Return the index after the run of up to three ASCII digit tokens that follows token ``j`` (``j + 1`` if none).

    >>> _digits_after(tokens("Jo Bell, 45, a worker"), 2), _digits_after(tokens("Jo Bell, ², a worker"), 2)
    (5, 3)
    """
    k = j + 1
    while k < toks.n and k - j <= 3 and toks.texts[k].isdecimal() and toks.texts[k].isascii():  # one token each
        k += 1
    return k


def appositive_after(toks: Tokens, j: int, text: str) -> str | None:
    """Return the appositive after a name ending before token ``j`` (", a politics professor at X,"), else None.

    It must open with an article, "former" or an office, and name an office or trade (or open with "who").

    >>> t = tokens("Jo Bell, a politics professor at Hanul University, said. Ann Lee, the company, said.")
    >>> appositive_after(t, 2, "Jo Bell, a politics professor at Hanul University, said."), appositive_after(t, 14, "")
    ('a politics professor at Hanul University', None)
    >>> appositive_after(tokens("Jo Bell, 61, a former envoy, said"), 2, "")
    'a former envoy'
    """
    if j < toks.n and toks.texts[j] == "(":  # "Jo Bell (right), the senior adviser"
        if (inner := _bracketed_appositive(toks, j, text)) is not None:
            return inner  # "Jo Bell (the U.S. envoy) spoke" (qfix39)
        close = next((k for k in range(j + 1, min(toks.n, j + 5)) if toks.texts[k] == ")"), None)
        j = close + 1 if close is not None else j
    k = _digits_after(toks, j)
    if k > j + 1 and k + 1 < toks.n and toks.texts[j] == "," and toks.texts[k] == ",":
        j = k  # "Jo Bell, 61, a former envoy": past the age
    if j >= toks.n or toks.texts[j] != "," or j + 1 >= toks.n:
        return None
    first = toks.texts[j + 1]
    end = _appositive_end(toks, j + 1)
    window = toks[j + 1 : end]
    if first.lower() not in _APPOSITIVE_OPENERS and first not in ROLE_NOUNS and first not in _TITLE_GLUE and not (
            _body_and_office(window)):
        return None
    if first == "who":
        return None if not window else ""
    if not any(t.word in ROLE_NOUNS or t.word in TITLES for t in window) or _speaks_in(toks, j + 1, end):
        return None
    return text[window[0].start : window[-1].start + len(window[-1].word)] if text else " ".join(t.text for t in window)


_BODY_OFFICE_WORDS = 4  # tokens of an appositive "<body> <office>" with no article ("USFK commander")


def _body_and_office(window: Tokens) -> bool:
    """Return whether an appositive with no article is a body's capitalised name and then an office in lower case
    ("Jo Bell, USFK commander, said", "Jo Bell, Pentagon press secretary,"), as wire copy writes it (qfix51).

    >>> _body_and_office(tokens("USFK commander")), _body_and_office(tokens("Pentagon press secretary"))
    (True, True)
    >>> _body_and_office(tokens("Seoul")), _body_and_office(tokens("Oren Kask")), _body_and_office(tokens("commander"))
    (False, False, False)
    """
    if not 2 <= len(window) <= _BODY_OFFICE_WORDS or window[-1].word not in ROLE_NOUNS or window[-1].text[:1].isupper():
        return False
    k = 0
    while k < len(window) - 1 and window[k].text[:1].isupper():
        k += 1
    return k > 0 and all(t.text.islower() and t.text.isalpha() for t in window[k:])


def _bracketed_appositive(toks: Tokens, j: int, text: str) -> str | None:
    """Return the appositive in brackets at token ``j`` after a name ("Jo Bell (the U.S. envoy) spoke": "the U.S.
    envoy"): an article (or "former") then words up to the closing bracket, at most ten, one of them an office or
    trade; else None ("Jo Bell (right)", a party tag "(D-Ore.)").

    >>> t = tokens("Jo Bell (the U.S. envoy) spoke. Al Roe (right) left.")
    >>> _bracketed_appositive(t, 2, "Jo Bell (the U.S. envoy) spoke."), _bracketed_appositive(t, 13, "")
    ('the U.S. envoy', None)
    """
    close = next((k for k in range(j + 1, min(toks.n, j + 12)) if toks.texts[k] in {")", "(", ",", "."}), None)
    if close is None or toks.texts[close] != ")" or close < j + 3 or toks.texts[j + 1].lower() not in {
            "a", "an", "the", "former"}:
        return None
    window = toks[j + 1 : close]
    if not any(t.word in ROLE_NOUNS or t.word in TITLES for t in window):
        return None
    return text[window[0].start : window[-1].start + len(window[-1].word)] if text else " ".join(t.text for t in window)


def _appositive_end(toks: Tokens, first: int) -> int:
    """Return the index after the last token of an appositive opening at token ``first``: at most 14 tokens, up to
    a stop (a comma, a colon, a bracket, a quote mark) or a word that ends the sentence.

    >>> t = tokens("a professor at Hanul University, said. Then")
    >>> t[_appositive_end(t, 0) - 1].text, t[_appositive_end(t, 6) - 1].text
    ('University', 'said.')
    """
    end = first
    while end < toks.n and end - first < 14 and toks.texts[end] not in _APPOSITIVE_STOP:
        end += 1
        if toks.words[end - 1] != toks.texts[end - 1]:
            break  # "University." ends the sentence
    return end


_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "which", "that"])


def _speaks_in(toks: Tokens, first: int, end: int) -> bool:
    """Return whether the words ``toks[first:end]`` after a name's comma are a clause whose subject speaks, not an
    appositive: a speech verb before any relative word ("with Jo Bell, the official said:": the official speaks),
    or one that ends words no comma closes after the relative clause's own verb ("with Jo Bell, a source who asked
    not to be named said:"); "Jo Bell, a source who asked not to be named, said" and "Jo Bell, the minister who
    vowed “...”" hold an appositive.

    >>> t = tokens("the official said: a source who asked not to be named said. a source who spoke, said")
    >>> _speaks_in(t, 0, 3), _speaks_in(t, 4, 13), _speaks_in(t, 13, 17)
    (True, True, False)
    >>> t = tokens("the minister who last year vowed “no”")
    >>> _speaks_in(t, 0, 6)
    False
    """
    relative = None
    for k in range(first + 1, end):
        if toks.texts[k] in _RELATIVE_WORDS:
            relative = k
            break
        if toks.words[k] in SPEECH_VERBS:
            return True
    if relative is None or end - 1 <= relative or toks.words[end - 1] not in SPEECH_VERBS:
        return False
    if end < toks.n and toks.texts[end] == ",":
        return False  # the relative clause closed by its comma: an appositive
    inner = toks.words[relative + 1 : end - 1]  # the relative clause has its own verb before the last one
    return any(w in SPEECH_VERBS or (w.endswith("ed") and w.islower()) for w in inner)


def speaks_after_comma(text: str, start: int) -> bool:
    """Return whether the words at ``start`` (after a name and its comma) are a clause whose subject speaks, not
    the name's appositive (see _speaks_in).

    >>> t = "talks with Jo Bell, the official said: yes. Jo Bell, the official, said"
    >>> speaks_after_comma(t, 20), speaks_after_comma(t, 53)
    (True, False)
    """
    toks = tokens(text, start, min(len(text), start + _APPOSITIVE_CHARS))
    return _speaks_in(toks, 0, _appositive_end(toks, 0))


_APPOSITIVE_CHARS = 200  # characters read for an appositive's 14 tokens


_AFFILIATION = word_set("from of at")  # "his counterpart, Jo Bell from the State Department"


def _affiliation_after(toks: Tokens, j: int) -> bool:
    """Return whether token ``j`` opens the body a name belongs to ("from the State Department", "of Hanul").

    >>> t = tokens("Jo Bell from the ministry and Bo Roe of Hanul and Al Li from here")
    >>> _affiliation_after(t, 2), _affiliation_after(t, 8), _affiliation_after(t, 13)
    (True, True, False)
    """
    return j + 1 < toks.n and toks.texts[j] in _AFFILIATION and (
        toks.texts[j + 1] == "the" or toks.texts[j + 1][:1].isupper())


_OFFICE_MOST = 10  # words of an office and its phrase before a name in commas


def office_before(toks: Tokens, i: int, j: int) -> str | None:
    """Return the office a name in commas follows ("the senior adviser for talks, Jo Bell, met"), else None.

    The name must be closed by a comma and an office noun must be among the _OFFICE_MOST words before its comma.

    >>> t = tokens("The senior adviser for talks, Jo Bell, met us. Then, Ann Lee, left.")
    >>> office_before(t, 6, 8), office_before(t, 14, 16)
    ('senior adviser for talks', None)
    >>> t = tokens("By the chief representative for the talks on the new cost-sharing deal, Ann Lee, it was done.")
    >>> office_before(t, 13, 15)
    'chief representative for the talks on the new cost-sharing deal'
    >>> office_before(tokens('", said the spokesman, Jo Bell.'), 6, 8)
    'spokesman'
    >>> office_before(tokens("He met his counterpart, Jo Bell from the ministry."), 5, 7)
    'counterpart'
    >>> t = tokens("signed by the US Special Representative for Korean Peninsula Peace Affairs, Jo Bell, and Bo")
    >>> office_before(t, 12, 14)
    'US Special Representative for Korean Peninsula Peace Affairs'
    """
    closed = j < toks.n and (toks.texts[j] == "," or _affiliation_after(toks, j))
    if i < 2 or toks.texts[i - 1] != "," or not (closed or toks.words[j - 1] != toks.texts[j - 1]):
        return None  # closed by a comma, or ending its sentence ('", said the spokesman, Jo Bell.')
    first = i - 1
    while first > 0 and i - 1 - first < _OFFICE_MOST and toks.texts[first - 1] not in _APPOSITIVE_STOP:
        first -= 1
    window = toks[first : i - 1]
    office = [k for k, t in enumerate(window) if t.text in ROLE_NOUNS or _capital_office(window, k)]
    if not office or len(window) - office[0] > _OFFICE_MOST:
        return None
    start = 0
    for k in range(office[0]):
        if window[k].text in {"'", "’"} and window[k + 1].text == "s":
            start = k + 2  # "the agency's senior adviser": the office starts after the possessive
        elif window[k].text.lower() in _BEFORE_OFFICE or window[k].text in SPEECH_VERBS:
            start = k + 1  # "Bo and his counterpart, Jo Bell": the office is the last noun phrase; "said the aide"
    while start < len(window) and window[start].text.lower() in {"the", "a", "an"}:
        start += 1
    return " ".join(t.text for t in window[start:])


_BEFORE_OFFICE = word_set("and or his her their its by with")  # words an office in commas comes after
HONORIFIC_TITLES = word_set("Mr. Ms. Mrs. Dr. Prof. Messrs. Mmes.")  # titles of courtesy, not of office


def _capital_office(window: list[Token], k: int) -> bool:
    """Return whether ``window[k]`` is a capitalised office that opens a phrase ("the Special Representative for
    Peace Affairs"), not a title before a name ("Secretary Bo"). A bare office before the comma ("South Korea's new
    President, Jo Bell") stays unread: its role would let "the U.S. president" later resolve to that person.

    >>> w = tokens("the Special Representative for Peace Affairs and Secretary Bo")
    >>> _capital_office(w, 2), _capital_office(w, 7), _capital_office(tokens("the Foreign Minister"), 2)
    (True, False, False)
    """
    text = window[k].text
    if text not in TITLES or text in HONORIFIC_TITLES:
        return False
    return k + 1 < len(window) and window[k + 1].text in {"for", "of", "to", "on"}


def caps_label(toks: Tokens, i: int) -> int:
    """Return the index after an all-capitals name used as a label ("JO BELL(ENVOY) :", "JO BELL:"), else ``i``.

    >>> t = tokens("JO BELL(ENVOY) : yes. KIM SANG-WOO: no. THE END")
    >>> caps_label(t, 0), caps_label(t, 7), caps_label(t, 11)
    (2, 9, 11)
    """
    j = i
    while j < toks.n and j - i < 4 and _CAPS_WORD.fullmatch(toks.texts[j]) and (j == i or _adjacent(toks, j - 1, j)):
        j += 1
    if not 2 <= j - i <= 3 or j >= toks.n or toks.texts[j] not in {"(", ":"}:
        return i
    if any(_not_name(toks.texts[k].capitalize()) or _not_name(toks.texts[k]) for k in range(i, j)):
        return i
    return j


_HONORIFICS = word_set("MR MS MRS DR")


def honorific_label(toks: Tokens, i: int) -> int:
    """Return the index after a transcript's speaker label of an honorific or title and a surname in capitals ("MR
    BELL:", "MS. JO ROE:", "ASSISTANT SECRETARY BELL:"), which names a person, else ``i``.

    >>> t = tokens("MR BELL:  Okay. MS. JO ROE: Yes. MR BELL said. DEPUTY SECRETARY ROE: No. THE PRESIDENT: Go.")
    >>> honorific_label(t, 0), honorific_label(t, 4), honorific_label(t, 9), honorific_label(t, 12)
    (2, 7, 9, 15)
    >>> honorific_label(t, 18)
    18
    """
    k = _caps_title_end(toks, i)
    if k == i:
        return i
    j = k
    while j < toks.n and j - k < 2 and _CAPS_WORD.fullmatch(toks.texts[j]) and _adjacent(toks, j - 1, j):
        j += 1
    if j == k or j >= toks.n or toks.texts[j] != ":":
        return i
    return i if any(_not_name(toks.texts[x].capitalize()) or _not_name(toks.texts[x]) for x in range(k, j)) else j


def _caps_title_end(toks: Tokens, i: int) -> int:
    """Return the index after the honorific or the title in capitals opening a label ("MR", "DEPUTY SECRETARY"),
    ``i`` if there is none (glue words alone, "SOUTH KOREAN", make no title).

    >>> t = tokens("DEPUTY SECRETARY ROE: SOUTH KOREAN")
    >>> _caps_title_end(t, 0), _caps_title_end(t, 4)
    (2, 4)
    """
    k, titled = i, False
    while k < toks.n and k - i < 4 and (k == i or _adjacent(toks, k - 1, k)):
        word = toks.texts[k].rstrip(".")
        cap = word.capitalize()
        title = cap in TITLES or cap + "." in TITLES  # "SEN." for "Sen."
        if not word.isupper() or not (word in _HONORIFICS or title or cap in _TITLE_GLUE):
            break
        titled = titled or word in _HONORIFICS or title
        k += 1
    return k if titled else i


def title_case(words: str) -> str:
    """Return an all-capitals name in title case, hyphenated given names as Korean names write them.

    >>> title_case("KIM SANG-WOO"), title_case("JO BELL")
    ('Kim Sang-woo', 'Jo Bell')
    """
    return " ".join(w.capitalize() for w in words.split())


# Speech verbs in the plural present, read only after two names joined by "and" ("Jo Bell and Al Roe report:"): after
# one name such a word is a noun ("the Bell report") or no verb of hers.
_PLURAL_SPEECH = word_set("report write note add argue contend explain warn")


def pair_reports(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the name at tokens ``i..j-1`` is one of two names joined by "and" that a speech verb in the
    plural present follows ("Jo Bell and Al Roe report:", "..., Jo Bell and Al Roe write"): both names speak
    (fresh90q).

    >>> t = tokens("a message, Jo Bell and Al Roe report: pay more")
    >>> pair_reports(t, 3, 5), pair_reports(t, 6, 8)
    (True, True)
    >>> pair_reports(tokens("the Jo Bell report said"), 1, 3), pair_reports(tokens("Jo Bell and Al Roe reports"), 0, 2)
    (False, False)
    """
    if j + 1 < toks.n and toks.texts[j] == "and":
        k = name_run(toks, j + 1)  # the first of the two: the verb after the second
        return j + 1 < k < toks.n and toks.words[k] in _PLURAL_SPEECH
    second = i >= 2 and toks.texts[i - 1] == "and" and is_name_word(toks.words[i - 2])
    return second and j < toks.n and toks.words[j] in _PLURAL_SPEECH


def beside_speech(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the name at tokens ``i..j-1`` is the subject of a speech verb ("said Jo Bell", "Jo Bell told").

    >>> t = tokens("said Jo Bell. Ann Lee also told me. according to Kay Roe. Al Bo on Monday said")
    >>> beside_speech(t, 1, 3), beside_speech(t, 3, 5), beside_speech(t, 10, 12), beside_speech(t, 12, 14)
    (True, True, True, True)
    >>> beside_speech(tokens("Jo Bell and Al Roe said"), 0, 2), beside_speech(tokens("quoted Jo Bell as saying"), 1, 3)
    (True, True)
    >>> beside_speech(tokens("Jo Bell and Al Roe, two fellows at Hudson, wrote"), 0, 2)
    True
    >>> beside_speech(tokens("with Jo Bell saying"), 1, 3), beside_speech(tokens("with Jo Bell playing"), 1, 3)
    (True, False)
    >>> t, u = tokens("Jo Bell — who leads it — said"), tokens("Jo Bell (the envoy) said")
    >>> beside_speech(t, 0, 2), beside_speech(u, 0, 2)
    (True, True)
    """
    if i >= 1 and toks.words[i - 1] in SPEECH_VERBS:
        return True
    if i >= 1 and toks.texts[i - 1] in {"quoted", "cited"} and j < toks.n and toks.texts[j] == "as":
        return True  # "Yonhap quoted Jo Bell as saying"
    if i >= 2 and toks.texts[i - 2].lower() == "according" and toks.texts[i - 1] == "to":
        return True
    if j < toks.n and toks.words[j] in SPEECH_VERBS:
        return True
    if j + 1 < toks.n and toks.texts[j] == "and" and toks.texts[j + 1][:1].isupper():
        k = name_run(toks, j + 1)  # "Jo Bell and Al Roe said", "Jo Bell and Al Roe, two fellows at X, wrote"
        k = after_aside(toks, after_time(toks, k)) if k > j + 1 else k
        if k > j + 1 and k < toks.n and toks.words[k] in SPEECH_VERBS:
            return True
    if pair_reports(toks, i, j):
        return True
    j = after_aside(toks, after_time(toks, j))  # "Jo Bell on Monday said"
    if j < toks.n and toks.words[j] in SPEECH_VERBS:
        return True
    k = after_dash_aside(toks, j)  # "Jo Bell — the U.S. envoy — said", "Jo Bell (who leads it) said"
    if j < k < toks.n and toks.words[k] in SPEECH_VERBS:
        return True
    if i >= 1 and toks.texts[i - 1] in {"with", "With"} and j < toks.n and toks.texts[j] in SPEAKING:
        return True  # "with Jo Bell saying ...": an absolute phrase's subject
    if i >= 1 and toks.texts[i - 1] in {"how", "as", "As"} and j + 1 < toks.n and toks.texts[j] in {"put", "puts"}:
        return toks.texts[j + 1] == "it"  # "That was how Jo Bell put it", "As Jo Bell puts it": her words
    return (
        j + 1 < toks.n
        and toks.texts[j] in {"also", "likewise", "has", "had", "later", "then", "again", "previously", "once", "would"}
        and toks.words[j + 1] in SPEECH_VERBS
    )


_WEEKDAYS = frozenset(calendar.day_name)
_TIME_UNITS = word_set("week weekend month year")


def after_time(toks: Tokens, j: int) -> int:
    """Return the index after a time put between a subject and its verb at token ``j`` ("on Monday", "last week"),
    else ``j``: news style fronts the day before the verb ("Jo Bell on Monday called ...").

    >>> t = tokens("Jo Bell on Monday called. Al Roe last week said. Bo on time left")
    >>> after_time(t, 2), after_time(t, 7), after_time(t, 11)
    (4, 9, 11)
    """
    if j + 1 >= toks.n:
        return j
    if toks.texts[j] == "on" and toks.words[j + 1] in _WEEKDAYS:
        return j + 2
    return j + 2 if toks.texts[j] in {"last", "this"} and toks.texts[j + 1] in _TIME_UNITS else j
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z]{0,5}\.?")  # "D-Ore.", "R-Utah", "D-WA", "D-N." (of "D-N.Y.")


def party_tagged(toks: Tokens, j: int) -> bool:
    """Return whether a US lawmaker's party and state in brackets start at token ``j``, right after a name ("Jo Bell
    (D-Ore.)", "Al Roe (R-Utah)", "Bo Lin (D-N.Y.)"): the bracket closing within two tokens; or set off by commas
    ("Jo Bell, D-Ore., and", "Al Roe, R-Utah."), a comma or stop closing it within two tokens.

    >>> t = tokens("Jo Bell (D-Ore.) and Al Roe (R-N.Y.) wrote; the Bell Act (H-R 2) and Bo Lin (D-WA)")
    >>> party_tagged(t, 2), party_tagged(t, 8), party_tagged(t, 17), party_tagged(t, 24)
    (True, True, False, True)
    >>> t = tokens("Sens. Jo Bell, D-Ore., and Al Roe, R-Utah, wrote; Bo Lin, D-Day veteran, spoke")
    >>> [party_tagged(t, k) for k in range(t.n) if t.texts[k] == ","][:3], party_tagged(t, t.texts.index("D-Day") - 1)
    ([True, False, True], False)
    >>> party_tagged(tokens("The Hanul Lodge, D-Block, was shut."), 3)
    False
    """
    if j < 1 or j + 1 >= toks.n or toks.texts[j] not in {"(", ","} or not _PARTY_TAG.fullmatch(toks.texts[j + 1]):
        return False
    if not (_adjacent(toks, j - 1, j) if toks.texts[j] == "(" else toks.starts[j] == toks.ends[j - 1]):
        return False  # "Jo Bell (D-Ore.)": a space before the bracket; "Jo Bell, D-Ore.,": the comma glued
    if toks.texts[j] == "(":
        return ")" in toks.texts[j + 2 : j + 4]
    return _comma_state_closed(toks, j + 1)


# set off by commas, a tag (the bracket's shape) names a state as AP style writes it: an abbreviation with its stop
# ("D-Ore.", "R-N."), two capitals ("D-WA") or one of the short names written out ("R-Utah"); not any capitalised
# word ("the Lodge, D-Block,"): read by _comma_state_closed
# mend58s: the states themselves, so that a unit's or a league's tag ("Eagle Battalion, D-Co.", "the Tigers,
# D-Div.") is not one: the AP abbreviations ("Tex." the older spelling), the postal codes, the short names written out
_AP_STATES = word_set(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Vt. Va. Wash. Wis. Wyo. Texas Utah Ohio Iowa Idaho Maine Alaska Hawaii"
)
_AP_TWO_PART = word_set("N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va.")  # "D-N." "Y." as two tokens
_POSTAL = word_set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
_STATE_WORDS = _AP_STATES | _POSTAL  # a tag's state without its stop ("R-Texas." of a sentence's end, "D-WA")


def _comma_state_closed(toks: Tokens, j: int) -> bool:
    """Return whether the comma-set tag at token ``j`` ("D-Ore.", "D-N." "Y.", "R-Texas.") names a US state and is
    closed by a comma, a stop or a semicolon, or ends the sentence ("Carl Mead, R-Texas.") or the text.

    >>> t = tokens("Jo Bell, D-N.Y., Al Roe, R-Texas. Bo Lin, D-Co., Ed Poe, D-Div., Ty Ash, R-Ga.")
    >>> [_comma_state_closed(t, k) for k in range(t.n) if t.texts[k][1:2] == "-"]
    [True, True, False, False, True]
    """
    tag = toks.texts[j][2:]
    k = j + 1
    if k < toks.n and ((_INITIAL.fullmatch(tag) and _INITIAL.fullmatch(toks.texts[k])) or tag == "W."):
        tag, k = tag + toks.texts[k], k + 1  # "D-N." "Y." of "D-N.Y."
    if tag not in _AP_STATES and tag not in _AP_TWO_PART and tag.rstrip(".") not in _STATE_WORDS:
        return False
    if k >= toks.n:
        return True  # "..., and Carl Mead, R-Ga." ends the text
    glued_stop = tag.endswith(".") and tag.rstrip(".") in _STATE_WORDS  # "R-Texas." ends its sentence
    return toks.texts[k] in {",", ".", ";"} or glued_stop


_ASIDE_MOST = 24  # tokens in an aside between commas
_PARTY_STATE = re.compile(
    r"[DRI]-[A-Z][a-z]{1,5}\.?|[DRI]-[A-Z]\.|[A-Z]\."
)  # a US lawmaker's party and state: "Jo Bell, D-Calif., said"


def after_aside(toks: Tokens, j: int) -> int:
    """Return the index after an aside in commas that starts at token ``j`` (", speaking on condition of
    anonymity,"), else ``j``. The aside holds no sentence end, quote mark or semicolon.

    >>> t = tokens("Jo Bell, speaking on condition of anonymity, said. Al Roe, a lawyer. Then Al Bo, R-Fla., said")
    >>> after_aside(t, 2), after_aside(t, 13), after_aside(t, 18)
    (9, 13, 21)
    """
    if j >= toks.n or toks.texts[j] != ",":
        return j
    return _aside_end(toks, j, ",", _APPOSITIVE_STOP, _PARTY_STATE)


def _aside_end(toks: Tokens, j: int, close: str, stops: frozenset[str] | set[str], mark_ok: re.Pattern[str] | None
               ) -> int:
    """Return the index after the aside opened at token ``j`` and closed by ``close`` within ``_ASIDE_MOST`` tokens,
    else ``j``: no token of ``stops`` and no mark but a title's ("R-Fla." where ``mark_ok`` matches it) inside, and
    not empty.

    >>> _aside_end(tokens("Jo Bell, a lawyer, said"), 2, ",", frozenset(), None)
    6
    """
    for k in range(j + 1, min(toks.n, j + 1 + _ASIDE_MOST)):
        t = toks.texts[k]
        if t == close:
            return k + 1 if k > j + 1 else j
        if t in stops or (toks.words[k] != t and t not in TITLES and not (mark_ok and mark_ok.fullmatch(t))):
            return j
    return j


_ASIDE_CLOSERS = {"—": "—", "–": "–", "--": "--", "(": ")"}  # a dash or bracket aside's opening and closing marks
_ASIDE_BREAKS = frozenset(['"', "“", "”", ";", ":", "(", ")", "—", "–", "--"])


def after_dash_aside(toks: Tokens, j: int) -> int:
    """Return the index after a dash or bracket aside that starts at token ``j`` ("— the U.S. envoy —", "(who leads
    the team)"), else ``j``. The aside holds no sentence end, quote mark, colon or other dash or bracket.

    >>> t = tokens("Jo Bell — the envoy — said. Al Roe (a lawyer) said. Bo — it rained. Then")
    >>> after_dash_aside(t, 2), after_dash_aside(t, 9), after_dash_aside(t, 15)
    (6, 13, 15)
    """
    close = _ASIDE_CLOSERS.get(toks.texts[j]) if j < toks.n else None
    return j if close is None else _aside_end(toks, j, close, _ASIDE_BREAKS, None)


_VERBS_AFTER_SUBJECT = word_set(
    "is was has had will would says met spoke went took made gave wrote led left won lost sent came saw "
    "met told heads leads runs put held kept ran paid struck brought thought"
    " believes thinks feels hopes fears doubts wants"  # a mind's verbs: "Jo Bell believes …" (a person)
    " expects forecast forecasts predicts"  # a forecaster's: "Jo Bell expects …", '"…," Jo Bell forecast'
    " teaches taught studies lectures flew"  # a scholar's or traveller's verbs: "Jo Bell teaches at …" (a person)
    # each verb above in its other forms (present, past, participle): "Tam Orvik flies to Lima" as "flew" does
    " speaks goes takes makes gives writes leaves wins loses sends comes sees meets tells holds keeps pays strikes"
    " brings knows"
    " became becomes"  # an office taken: "Jo Bell became defense secretary in July" (qfix39)
    " thought believed thinks hoped feared doubted wanted feels felt"
    " teach teaching studying lecturing fly flies flying"
)
# Nouns a surname before them owns ("the Bo administration", "the Tallan era"): that surname is a person.
OWNED_BY = word_set("administration government era presidency campaign camp cabinet")
_AGENCY_TAIL = word_set("for of on")  # "the Hanul Administration for Trade": an agency, not a president's
# A sentence-opening preposition before an owned noun with no article ("Under Bo administration's plan", as
# non-native copy writes "under the Bo administration"): the surname is still the owner
OPENING_PREPOSITIONS = word_set("Under During In For With From By After Before Since Throughout Unlike Despite Amid")
_SENTENCE_OPENERS = frozenset(['"', "“", "”", "(", "—", "-", ";", ":", ","])
_SUBORDINATORS = word_set(
    "when as while after before because since until if that and but where although though once whom which what how")


def _opens_clause(toks: Tokens, i: int) -> bool:
    """Return whether token ``i`` opens a clause: after a sentence end, a quote mark, a comma or "and"/"when".

    >>> t = tokens("It ended. Bo left, and Al spoke with Jo. But Ed cut it")
    >>> [_opens_clause(t, k) for k in (2, 6, 8, 11)]
    [True, True, False, True]
    >>> t = tokens("‘We pay,’ Bo said. ‘Why?’ Al asked. The Tams’ Bo said")
    >>> [_opens_clause(t, k) for k in (5, 11, 16)]
    [True, True, False]
    """
    opens = i == 0 or not _adjacent(toks, i - 1, i) or toks.texts[i - 1] in _SENTENCE_OPENERS or _single_closed(toks, i)
    opens = opens or toks.texts[i - 1].lower() in _SUBORDINATORS  # "when Jo Bell was elected", "But Bo cut it"
    return opens or (toks.words[i - 1] != toks.texts[i - 1] and toks.texts[i - 1] not in TITLES)


def _single_closed(toks: Tokens, i: int) -> bool:
    """Return whether token ``i`` follows a single closing quote mark printed right after a comma, "?" or "!"
    ('‘We pay,’ Bo said'): a quote's end, not a plural's possessive ("the Tams’ Bo") (speak56).

    >>> _single_closed(tokens("‘Yes,’ Bo said"), 4), _single_closed(tokens("the Tams’ Bo"), 3)
    (True, False)
    """
    return (i >= 2 and toks.texts[i - 1] in {"’", "'"} and toks.texts[i - 2] in {",", "?", "!"}
            and toks.ends[i - 2] == toks.starts[i - 1])


# Past forms that do not end in -ed, after a lone name ("Bo then cut it back").
_PAST_FORMS = word_set(
    "cut put set let hit quit made took gave sent kept left won lost went came saw met led ran held paid broke "
    "spoke chose rose fell sold bought brought thought struck"
)
_BETWEEN_SUBJECT_AND_VERB = word_set("then also later again once previously")
# Speech verbs that come before their subject ('", said Roe'); "told" takes an object there.
_INVERTED = word_set("said says added adds asked continued explained noted stressed insisted replied wrote")


def _is_adverb(word: str) -> bool:
    """Return whether a word is an adverb in -ly ("repeatedly").

    >>> _is_adverb("repeatedly"), _is_adverb("Ely")
    (True, False)
    """
    return word.endswith("ly") and word.islower() and len(word) > 4


# The head words of a body whose possessive before a lone surname names where the person works ("Hanul Institute’s
# Roe", "the think tank's Roe", "Policy Studies’ Roe"), not who owns them (a country's or a person's possessive:
# "Varia’s Roe" may be anything). Lower case; findings reads the same set.
WORKPLACES = word_set(
    "institute institution university college school academy center centre foundation endowment council forum "
    "studies affairs relations tank"
)


def institution_owned(toks: Tokens, i: int) -> bool:
    """Return whether token ``i`` comes right after the possessive of a research body, school or foundation ("Hanul
    Institute’s Roe"), a plural one's bare apostrophe included ("Policy Studies’ Roe", "Foreign Affairs’ Roe").

    >>> t = tokens("Hanul Institute’s Roe said. Policy Studies’ Roe said. Varia’s Roe said. Ralvo Affairs’ Roe said.")
    >>> [institution_owned(t, k) for k in (4, 9, 14, 19)]
    [True, True, False, True]
    """
    if i < 2 or toks.ends[i - 2] != toks.starts[i - 1] or not _adjacent(toks, i - 1, i):
        return False
    if toks.texts[i - 1] == "s" and toks.texts[i - 2] in {"’", "'"}:
        return i >= 3 and toks.ends[i - 3] == toks.starts[i - 2] and toks.texts[i - 3].lower() in WORKPLACES
    head = toks.texts[i - 2].lower()  # a plural's possessive is its bare apostrophe
    return toks.texts[i - 1] in {"’", "'"} and head.endswith("s") and head in WORKPLACES


_BODY_MOST = 6  # capitalised words of a body's name before its possessive ("said Hanul Institute’s Roe")


def _inverted_before_body(toks: Tokens, i: int) -> bool:
    """Return whether an inverted speech verb ("said") opens the research body whose possessive stands before the
    lone word at token ``i`` and the word ends its clause ("said Hanul Institute’s Roe.").

    >>> t = tokens("“Yes,” said Hanul Institute’s Roe. Later Hanul Institute’s Roe left.")
    >>> _inverted_before_body(t, 9), _inverted_before_body(t, 15)
    (True, False)
    """
    if not (i + 1 == toks.n or toks.texts[i + 1] in {",", "."} or toks.words[i] != toks.texts[i]):
        return False
    k = i - 3 if toks.texts[i - 1] == "s" else i - 2  # the body's head word
    first = k
    while first > 0 and k - first < _BODY_MOST and _adjacent(toks, first - 1, first) and \
            toks.texts[first - 1][:1].isupper():
        first -= 1
    return first > 0 and toks.texts[first - 1] in _INVERTED


_ABSTRACT_ENDINGS = ("ism", "tion", "sion")  # no surname ends so: "Criticism", "Opposition", "Decision"
_ABSTRACT_MENT = 8  # letters of an abstract "-ment" at least ("Agreement", "Statement"; "Clement" is a name)


def abstract_noun(word: str) -> bool:
    """Return whether a capitalised word is an abstract noun by its ending ("Criticism came from Jo Bell": a noun that
    opens the sentence, not a person), never a surname.

    >>> [abstract_noun(w) for w in ("Criticism", "Opposition", "Statement", "Clement", "Bell", "Hutton")]
    [True, True, True, False, False, False]
    """
    low = word.lower()
    return low.endswith(_ABSTRACT_ENDINGS) or (low.endswith("ment") and len(low) >= _ABSTRACT_MENT)


def lone_subject(toks: Tokens, i: int) -> bool:
    """Return whether a lone capitalised word at token ``i`` is a person: it opens a clause and a past-tense or
    speech verb follows, perhaps after "then" ("and Roe then canceled it", "Roe told us"). A plural-looking
    word ("Officials said") is not a name.

    >>> t = tokens("He left, and Roe then cut it. Roe told us. Negotiators met. In Bo agreed. Roe is here.")
    >>> [lone_subject(t, k) for k in (4, 8, 11, 14, 16)]
    [True, True, False, False, False]
    >>> t = tokens("Roe, 54, said no. Roe, a former envoy, left. It was hard, said Roe, who led it. Roe, he said")
    >>> [lone_subject(t, k) for k in (0, 7, 21, 27)]
    [True, True, True, False]
    >>> lone_subject(tokens('"Yes," Roe, who led it, said.'), 4), lone_subject(tokens("Roe, however, said no"), 0)
    (True, True)
    >>> lone_subject(tokens("Roe was quoted as saying"), 0), lone_subject(tokens("Roe repeatedly stressed it"), 0)
    (True, True)
    >>> t = tokens('"It is," said Roe. "Yes."')
    >>> lone_subject(t, 6)
    True
    """
    w = toks.words[i]
    if (w.endswith("s") and not w.endswith(("ss", "is", "us"))) or abstract_noun(w):
        return False
    if w == toks.texts[i] and institution_owned(toks, i):  # "Hanul Institute’s Roe said": Roe works there
        return i + 1 < toks.n and _adjacent(toks, i, i + 1) and toks.words[i + 1] in SPEECH_VERBS
    if institution_owned(toks, i) and _inverted_before_body(toks, i):
        return True  # '“Yes,” said Hanul Institute’s Roe.'
    ends = i + 1 == toks.n or toks.texts[i + 1] in {",", "."} or toks.words[i] != toks.texts[i]
    if i > 0 and toks.texts[i - 1] in _INVERTED and ends:
        return True  # '", said Roe, who led it'
    if w != toks.texts[i] or not (_opens_clause(toks, i) or _after_fronted(toks, i)):
        return False
    j = i + 1
    if j + 2 < toks.n and toks.texts[j] == "," and toks.texts[j + 1].isdigit():
        k = j + 1
        while k < toks.n and k - j <= 3 and toks.texts[k].isdigit():
            k += 1
        j = k + 1 if k < toks.n and toks.texts[k] == "," else j  # an age: "Roe, 54, said"
    elif not appositive_after(toks, j, ""):
        j = after_aside(toks, j)  # "Roe, however, said"
    if appositive_after(toks, j, "") is not None:
        return True  # "Roe, a former negotiator, told us", "Roe, who led it, said"
    between = j < toks.n and (toks.texts[j] in _BETWEEN_SUBJECT_AND_VERB or _is_adverb(toks.texts[j]))
    if between and _adjacent(toks, i, j):
        j += 1
    if j >= toks.n or not _adjacent(toks, j - 1, j):
        return False
    verb = toks.words[j]
    if verb in {"was", "is"} and j + 1 < toks.n and toks.words[j + 1] in {"quoted", "cited"}:
        return True  # "Roe was quoted as saying"
    if verb in _AUX_VERBS and _gendered_clause(toks, j + 1):
        return True  # "Roe could shock Seoul as he did Kabul", "Roe did not give up his program"
    return verb.islower() and (verb in SPEECH_VERBS or verb in _PAST_FORMS or (verb.endswith("ed") and len(verb) > 4))


# Prepositions that open a fronted phrase before a sentence's subject ("In a letter to his critics Bo said").
_FRONTING = word_set("in at on after before during since following from with without under over amid despite")
_FRONTED_WORDS = 6  # words of a comma-less fronted phrase read back from a lone name


def _after_fronted(toks: Tokens, i: int) -> bool:
    """Return whether the lone capitalised word at token ``i`` follows a fronted phrase of two to
    :data:`_FRONTED_WORDS` words with no punctuation that opens its sentence with a preposition, and a speech verb
    follows it ("In a letter to his critics Bo said", "On Monday Bo said"; not "In Bo agreed", nor "Bo met Al").

    The verb's sentence must hold a quote: a one-word company or country the gazetteer lacks opens such a sentence as
    often ("In a filing that day Hanwha said profits rose": no person to take a later "she").

    >>> t = tokens('In a letter to his critics Bo said “no.” On Monday Bo said “so.” In Bo said “it.” Al met Jo.')
    >>> [_after_fronted(t, k) for k in (6, 13, 19, 24)]
    [True, True, False, False]
    >>> _after_fronted(tokens("In a filing that day Hanwha said profits rose. “We are pleased,” she said."), 5)
    False
    """
    if i + 1 >= toks.n or toks.words[i + 1] not in SPEECH_VERBS or not _adjacent(toks, i, i + 1):
        return False
    if not _quote_in_sentence(toks, i + 2):
        return False
    for k in range(i - 1, max(-1, i - _FRONTED_WORDS - 1), -1):
        if toks.words[k] != toks.texts[k] or not _adjacent(toks, k, k + 1):
            return False  # a mark inside the phrase, or a line break
        if k == 0 or not _adjacent(toks, k - 1, k) or toks.texts[k - 1][-1:] in {".", "!", "?", '"', "”"}:
            return k < i - 1 and toks.texts[k] in _FRONTING_CAPITALISED
    return False


_FRONTING_CAPITALISED = frozenset(w.capitalize() for w in _FRONTING)
_OPENING_MARKS = frozenset('"“‘')
_SAID_QUOTE_WORDS = 40  # tokens read after a verb of saying for a quote that opens in its sentence


def _quote_in_sentence(toks: Tokens, j: int) -> bool:
    """Return whether a quotation mark opens at token ``j`` or after it, within :data:`_SAID_QUOTE_WORDS` tokens,
    before the sentence ends ('said: “We won”', 'said the deal was “fair”'; not "said profits rose. “We ...").

    >>> t = tokens('Bo said the deal was “fair.” Al said it rose. “Yes,” Jo said. Al said the U.S. “must pay.”')
    >>> _quote_in_sentence(t, 2), _quote_in_sentence(t, 10), _quote_in_sentence(t, 20)
    (True, False, True)
    """
    for k in range(j, min(toks.n, j + _SAID_QUOTE_WORDS)):
        if toks.texts[k][:1] in _OPENING_MARKS:
            return True
        if toks.texts[k][-1:] in {".", "!", "?"} and not _INITIAL.fullmatch(toks.texts[k]):
            return False  # a sentence's end, not "U.S." (read as "U." and "S.")
    return False


_AUX_VERBS = word_set("did does could would will can may might should must has had")
_GENDERED = word_set("he his him she her")
_CLAUSE_WORDS = 12  # words read after an auxiliary for a pronoun of its subject


def _gendered_clause(toks: Tokens, j: int) -> bool:
    """Return whether a "he", "his", "him", "she" or "her" follows token ``j`` in its clause (to a comma or a
    sentence's end), within a few words (an auxiliary's subject is then a person: "Roe did not give up his
    program"; "Hanul could raise its bid" not).

    >>> t = tokens("Roe did not give up his program. Hanul could raise its bid. He left.")
    >>> _gendered_clause(t, 1), _gendered_clause(t, 8)
    (True, False)
    """
    for k in range(j, min(toks.n, j + _CLAUSE_WORDS)):
        text = toks.texts[k]
        if text.lower() in _GENDERED:
            return True
        if text[-1:] in {".", ";", "?", "!", ","}:
            return False  # "Hanul did not give up, he said": the pronoun is another clause's
    return False


def lone_korean_surname(toks: Tokens, i: int) -> bool:
    """Return whether a lone Korean family name at token ``i`` is a person the text never names in full: right after
    a lower-case role noun and before a speech verb ("negotiator Yeom said"), or whom a summit or talks are with
    ("his summit with Hwang", "met Hwang"). Family names spelt like English words ("Park", "Song") are left out.

    >>> t = tokens("But negotiator Yeom said no. The summit with Hwang ended. He met Hwang. A summit with Japan.")
    >>> [lone_korean_surname(t, k) for k in (2, 8, 12, 16)]
    [True, True, True, False]
    >>> lone_korean_surname(tokens("negotiator Yeom Jin said"), 1), lone_korean_surname(tokens("summit with Park"), 2)
    (False, False)
    """
    w = toks.words[i]
    if w not in KOREAN_SURNAMES or w in _SURNAME_WORDS:
        return False
    if w == toks.texts[i] and _adjacent(toks, i, i + 1) and toks.texts[i + 1][:1].isupper():
        return False  # part of a longer capitalised run ("Yeom Jin", "Hwang Hall")
    if i >= 1 and toks.texts[i - 1] in ROLE_NOUNS and _adjacent(toks, i - 1, i):
        return i + 1 < toks.n and toks.words[i + 1] in SPEECH_VERBS
    return _met(toks, i)


def sentence_subject(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the name at tokens ``i..j-1`` opens a sentence and a verb follows ("Jo Bell lashed out").

    >>> t = tokens("Jo Bell lashed out. The envoy Ann Lee agreed. Max Roe Street. Al Roe of the Foo Fund said")
    >>> [sentence_subject(t, i, i + 2) for i in (0, 6, 9, 12)]
    [True, False, False, True]
    >>> sentence_subject(tokens("Jo Bell, speaking to us, called it"), 0, 2)
    True
    >>> sentence_subject(tokens("Jo Bell recently had this to say"), 0, 2)
    True
    >>> sentence_subject(tokens("Jo Bell of the Center for Hanul Studies said"), 0, 2)
    True
    """
    if not _opens_clause(toks, i) or j >= toks.n:
        return False
    aside = after_aside(toks, j)  # "Jo Bell, speaking to reporters, called it"
    if aside > j and aside < toks.n:
        j = aside
    elif not _adjacent(toks, j - 1, j):
        return False
    j = after_time(toks, j)  # "Jo Bell on Monday called it"
    if j + 1 < toks.n and toks.texts[j] == "and" and j - i >= 2 and (k := name_run(toks, j + 1)) >= j + 3:
        j = k  # "Jo Bell and Al Roe met": two full names, one verb
    if j >= toks.n:
        return False
    if toks.texts[j] in {"of", "from", "at"}:  # "Jo Bell of the Hanul Institute voiced ..."
        j += 1
        common = 0  # lower-case words of the phrase after "the" ("of the ruling party"), at most two, no verb
        while j < toks.n and (toks.texts[j][:1].isupper() or toks.texts[j] in {"the", "and", "of"} or (
                toks.texts[j] in {"for", "on"} and j + 1 < toks.n and toks.texts[j - 1][:1].isupper()
                and toks.texts[j + 1][:1].isupper()) or (  # "of the Center for Pacific Security said" (probeq38)
                common < 2 and toks.texts[j].isalpha() and toks.texts[j].islower() and not _subject_verb(toks.texts[j])
                and (toks.texts[j - 1] == "the" or common))):  # fmt: skip
            common += toks.texts[j].islower() and toks.texts[j] not in {"the", "and", "of"}
            j += 1
        if j >= toks.n:
            return False
    if j + 1 < toks.n and (_is_adverb(toks.texts[j]) or toks.texts[j] in _BETWEEN_SUBJECT_AND_VERB):
        j += 1  # "Jo Bell recently had", "Jo Bell then said"
    return _subject_verb(toks.words[j])


def _subject_verb(verb: str) -> bool:
    """Return whether a word after a name reads as its verb (a past form in -ed, a speech or common verb).

    >>> _subject_verb("called"), _subject_verb("believes"), _subject_verb("union"), _subject_verb("Called")
    (True, True, False, False)
    """
    return verb.islower() and (verb.endswith("ed") or verb in _VERBS_AFTER_SUBJECT or verb in SPEECH_VERBS)


def korean_name(toks: Tokens, i: int) -> int:
    """Return the index after a Korean full name at token ``i`` ("Kim Sang-woo", "Ri Jong Ho"), else ``i``.

    A family name from the list of common ones, then a hyphenated given name or two short given names.

    >>> t = tokens("Kim Sang-woo met Ri Jong Ho and Park Avenue")
    >>> korean_name(t, 0), korean_name(t, 3), korean_name(t, 7)
    (2, 6, 7)
    >>> korean_name(tokens("Bae Rae Ryeong said"), 0), korean_name(tokens("Gil Myeong Su said"), 0)
    (3, 3)
    """
    if toks.texts[i] not in KOREAN_SURNAMES or not _adjacent(toks, i, i + 1):
        return i
    given = toks.words[i + 1]
    if _HYPHEN_GIVEN.fullmatch(given) and is_name_word(given):
        return i + 2
    if (
        toks.words[i + 1] == toks.texts[i + 1]
        and _adjacent(toks, i + 1, i + 2)
        and all(_given_syllable(toks, k, i) for k in (i + 1, i + 2))
    ):
        return i + 3  # before a glued given name: "Bae Rae Ryeong" is three words, "Ryeong" one syllable
    if two_syllable_given(given) and is_name_word(given):
        return i + 2
    return i


_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aeoui])"
# a syllable romanised with "oo" ("Joon", "Soo", "Woo", "Yoo"): first before the initial of a Korean syllable
# ("Joonchan", "Soohyun"), or last ("Jinsoo"); "Goodwin", "Hooters", "Boomers" stay English
_OO_SYLLABLE = r"(?:ch|[gkjshmbwy])?oo(?:ng|n)?"
_DOUBLED = re.compile(r"([^o])\1")
_TWO_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}(?:ng|[kntlmp])?|{_OO_SYLLABLE}(?=[cghjsy]))"
                            rf"(?:{_SYLLABLE}(?:ng|[kntlmp])?|{_OO_SYLLABLE})")
_ONE_SYLLABLE = re.compile(rf"{_SYLLABLE}(?:ng|[kntlmp])?")  # "Ryeong", "Kyeong": one syllable of six letters


def two_syllable_given(word: str) -> bool:
    """Return whether ``word`` is a Korean given name of two romanised syllables written as one word, as some
    outlets print them ("Yongbeom", "Sunglak"): capitalised, six to nine letters.

    >>> [two_syllable_given(w) for w in ("Yongbeom", "Hunsik", "Sunglak", "Hotel", "Richard", "Avenue", "Tallan")]
    [True, True, True, False, False, False, False]
    >>> [two_syllable_given(w) for w in ("Joonchan", "Soohyun", "Woogyeol", "Goodwin", "Hooters", "Boomers")]
    [True, True, True, False, False, False]
    """
    if not 6 <= len(word) <= 9 or not word[:1].isupper() or not word[1:].islower() or _DOUBLED.search(word):
        return False  # a doubled letter ("Tallan", "Hanna") is rare in romanised given names, common in others
    return _TWO_SYLLABLES.fullmatch(word.lower()) is not None


def _given_syllable(toks: Tokens, k: int, i: int) -> bool:
    """Return whether token ``k`` is a short given-name syllable of the Korean name starting at ``i`` ("Jong", "Ho",
    or a final "In" as in "Moon Chung In,").

    >>> t = tokens("Ri Jong Ho and Moon Chung In.")
    >>> [_given_syllable(t, k, i) for k, i in ((1, 0), (2, 0), (3, 0), (6, 4))]
    [True, True, False, True]
    >>> t = tokens("Bae Rae Ryeong and Han River")
    >>> [_given_syllable(t, k, 0) for k in (1, 2, 5)]
    [True, True, False]
    """
    word = toks.words[k]
    return (syllable_word(word) and is_name_word(word)) or _final_syllable(toks, k, i)


def syllable_word(word: str) -> bool:
    """Return whether ``word`` may be one syllable of a Korean given name printed apart: up to five letters ("Jong",
    "Ho"), or six that romanise one syllable ("Ryeong", "Kyeong").

    >>> [syllable_word(w) for w in ("Jong", "Ryeong", "Myeong", "Richard", "Avenue")]
    [True, True, True, False, False]
    """
    return bool(_SHORT_GIVEN.fullmatch(word) or (len(word) <= 6 and _ONE_SYLLABLE.fullmatch(word.lower())))


_SYLLABLE_WORDS = frozenset(["In", "An"])  # given-name syllables spelt like English words ("Moon Chung In")


def _final_syllable(toks: Tokens, k: int, i: int) -> bool:
    """Return whether token ``k`` is a given-name syllable spelt like an English word ("In") that ends the Korean
    name starting at ``i``: the third name word, right before a comma, a full stop, a semicolon or the end.

    >>> t = tokens("said Moon Chung In, an adviser. In May")
    >>> _final_syllable(t, 3, 1), _final_syllable(t, 7, 5), korean_name(t, 1)
    (True, False, 4)
    """
    if toks.words[k] not in _SYLLABLE_WORDS or k != i + 2:
        return False
    if toks.texts[k] != toks.words[k]:  # "In." ends a sentence
        return toks.texts[k] == toks.words[k] + "."
    return k + 1 >= toks.n or toks.texts[k + 1] in {",", ".", ";"}


def _titled_short_korean(toks: Tokens, i: int) -> bool:
    """Return whether tokens ``i``, ``i + 1`` are a Korean name with a one-syllable given name right after a title
    ("Foreign Minister Park Jin"): without the title, "Park Jin" could be anything.

    >>> t = tokens("Foreign Minister Park Jin spoke in Park Lane")
    >>> _titled_short_korean(t, 2), _titled_short_korean(t, 6)
    (True, False)
    """
    if toks.texts[i] not in KOREAN_SURNAMES or not _adjacent(toks, i, i + 1):
        return False
    given = toks.words[i + 1]
    return bool(_SHORT_GIVEN.fullmatch(given)) and is_name_word(given) and title_before(toks, i, 2) is not None


@lru_cache(maxsize=1 << 14)
def surname_of(name: str) -> str:
    """Return the family name of a full name: first word of a Korean name, else the last word (no suffix).

    >>> surname_of("Kim Sang-woo"), surname_of("Ri Jong Ho"), surname_of("Paul J. Vance Jr.")
    ('Kim', 'Ri', 'Vance')
    >>> surname_of("Kim Yongbeom"), surname_of("Bae Rae Ryeong")
    ('Kim', 'Bae')
    """
    words = [w for w in name.split() if w not in NAME_SUFFIXES and not _INITIAL.fullmatch(w)]
    if len(words) >= 2 and words[0] in KOREAN_SURNAMES:
        given = words[1]
        if _HYPHEN_GIVEN.fullmatch(given) or (len(words) == 3 and all(syllable_word(w) for w in words[1:])):
            return words[0]
        if len(words) == 2 and two_syllable_given(given):  # "Kim Yongbeom"
            return words[0]
    return words[-1] if words else name


def _label_name(text: str, toks: Tokens, i: int) -> Name | None:
    """Return the name of a speaker label in capitals at token ``i`` ("JO BELL:", "MR. JO BELL:"), else None.

    >>> t = "JO BELL: We pay."
    >>> _label_name(t, tokens(t), 0).name
    'Jo Bell'
    """
    j = caps_label(toks, i)
    if j > i:
        s, e = toks.starts[i], toks.ends[j - 1]
        return Name(s, e, text[s:e], title_case(text[s:e]), None, "label")
    j = honorific_label(toks, i)
    if j > i:
        k = _caps_title_end(toks, i)
        s, e = toks.starts[k], toks.ends[j - 1]  # the name without its honorific or title
        role = title_case(text[toks.starts[i] : toks.ends[k - 1]])
        return Name(s, e, text[s:e], title_case(text[s:e]), role, "label")
    return None


_CITATION_MOST = 12  # tokens of further names, commas and "and" between a citation's first author and the title


def cited_author(text: str, toks: Tokens, i: int, j: int) -> bool:
    """Return whether the name at tokens ``i..j-1`` opens a line and leads a bibliographic citation's list of
    authors: only names, commas and "and" up to a comma and the opening mark of the cited title ("Jo Bell and Al Roe,
    “Title,” Outlet, date").

    >>> t = "Intro.\\nJo Bell, Al Roe and Ed Kay, “A deal,” News. Jo Bell, “A deal”"
    >>> tk = tokens(t); cited_author(t, tk, 1, 3), cited_author(t, tk, 14, 16)
    (True, False)
    """
    if not _opens_author_list(text, toks, i):
        return False
    for k in range(j, min(toks.n - 1, j + _CITATION_MOST)):
        if toks.texts[k] == "," and toks.texts[k + 1] == "“":
            return True
        if not _in_author_list(toks[k]):
            return False
    return False


def _in_author_list(t: Token) -> bool:
    """Return whether a token may stand in a list of authors: a name word, a comma or "and"."""
    return t.text in {",", "and"} or (t.word == t.text and is_name_word(t.text))


def _opens_author_list(text: str, toks: Tokens, i: int) -> bool:
    """Return whether token ``i`` opens a line, or follows only names, commas and "and" from a line's start.

    >>> t = "Intro.\\nJo Bell and Al Roe, “A”. Jo Bell and Al Roe"
    >>> tk = tokens(t); _opens_author_list(t, tk, 4), _opens_author_list(t, tk, 12)
    (True, False)
    """
    for k in range(i, max(-1, i - _CITATION_MOST), -1):
        if k == 0 or "\n" in text[toks.ends[k - 1] : toks.starts[k]]:
            return True
        if not _in_author_list(toks[k - 1]):
            return False
    return False


def _owner_opening(toks: Tokens, i: int) -> bool:
    """Return whether the word before a name that owns an administration opens its phrase: a lower-case word,
    "The", or a sentence-opening preposition with no article ("Under Bo administration's agenda").

    >>> t = tokens("Under Bo administration, in Bo government, Hanul Bo administration")
    >>> [_owner_opening(t, k) for k in (1, 5, 9)]
    [True, True, False]
    >>> _owner_opening(tokens("that the U.S. Bo administration"), 4)
    True
    """
    if i >= 3 and _adjacent(toks, i - 1, i) and country_initials(toks, i - 2, i):
        return _owner_opening(toks, i - 2)  # "the U.S. Bo administration" (fresh90q)
    return i > 0 and _adjacent(toks, i - 1, i) and (
        toks.texts[i - 1].islower() or toks.texts[i - 1] == "The" or toks.texts[i - 1] in OPENING_PREPOSITIONS)


# Nouns of a place printed before the person's name it bears ("Camp Jo Bell", "Fort Al Roe"): the run after one is
# the place's name (see _named_by_context).
_PLACE_BEFORE_NAME = word_set("Camp Fort")


def _after_place_noun(toks: Tokens, i: int) -> bool:
    """Return whether the run at token ``i`` follows a place's noun of _PLACE_BEFORE_NAME, its initials before it
    read as the run's ("Camp H. M. Bell": the run at "M." too).

    >>> t = tokens("at Camp H. M. Bell and Jo H. Bell, Fort H.M. Roe")
    >>> _after_place_noun(t, 3), _after_place_noun(t, 2), _after_place_noun(t, 7), _after_place_noun(t, 12)
    (True, True, False, True)
    """
    k = i - 1
    while k > 0 and len(toks.texts[k]) == 2 and toks.texts[k][1] == "." and toks.texts[k][0].isupper() and \
            k > i - 4 and 0 <= toks.starts[k + 1] - toks.ends[k] <= 1:
        k -= 1  # an initial before the run ("H. M." or "H.M.")
    return k >= 0 and toks.texts[k] in _PLACE_BEFORE_NAME and _adjacent(toks, k, k + 1)


def _named_by_context(text: str, toks: Tokens, i: int, j: int) -> str:
    """Return the rule that makes the run of two or more name words at tokens ``i`` to ``j`` a person by what stands
    around it (no title, appositive or office): beside a verb of speech, before a party tag, a sentence's subject, one
    of a pair, a quoted epithet ("'Sleepy' Jo Bell"), an age ("Jo Bell, 45,"), a caption ("[Jo Bell / Spokesman]"), met
    or an agent, an owner of a person ("Jo Bell's wife"), a citation's author, one of a group, a publication's
    ("Hanul magazine's Jo Bell"); else "".

    >>> s = "Jo Bell (D-Ore.) wrote. The Blue Room was shut."
    >>> t = tokens(s)
    >>> _named_by_context(s, t, 0, 2), _named_by_context(s, t, 7, 9)
    ('party', '')

    A run right after a place's noun that comes before its name ("Camp Jo Bell said", "at Fort Al Roe") is the
    place's name, never a person by what stands around it.

    >>> s = "the head of the command at Camp Jo Bell said"
    >>> _named_by_context(s, tokens(s), 7, 9)
    ''
    """
    if _after_place_noun(toks, i):
        return ""
    rules = (("speech", lambda: beside_speech(toks, i, j) or _of_speech(toks, i, j)),
             ("party", lambda: party_tagged(toks, j)),
             ("subject", lambda: sentence_subject(toks, i, j)), ("pair", lambda: _before_counterpart(toks, j)),
             ("epithet", lambda: _quoted_epithet(toks, i, j)), ("age", lambda: _aged(toks, j)),
             ("caption", lambda: _captioned(toks, i, j)), ("met", lambda: _met(toks, i) or _agent(toks, i, j)),
             ("owner", lambda: _owns_personal(toks, j)), ("author", lambda: cited_author(text, toks, i, j)),
             ("member", lambda: _one_of_people(toks, i)), ("medium", lambda: _medium_owned(toks, i, j)))
    return next((name for name, holds in rules if holds()), "")  # the first that holds, in this order


def _introduced(text: str, toks: Tokens, i: int, runs: dict[int, int] | None = None) -> Name | None:
    """Return the name a rule finds at token ``i`` (the start of a run of name words), else None (``runs``: a
    ``_Runs`` of ``toks``)."""
    if toks.texts[i].isupper() and (named := _label_name(text, toks, i)) is not None:
        return named
    j = korean_name(toks, i)
    rule = "korean"
    if j == i and _titled_short_korean(toks, i):
        j, rule = i + 2, "title"  # "Foreign Minister Park Jin"
    if j == i:
        j = name_run(toks, i) if runs is None else runs[i]
        rule = ""
    if j == i:
        return None
    nick = _nickname(toks, i, j) if rule == "" else None
    if nick is not None:
        j = nick.stop
    words = j - i
    owned = words <= 4 and _adjacent(toks, j - 1, j) and (toks.words[j] in OWNED_BY or (
        words == 1 and toks.words[j] == "Administration" and (j + 1 == toks.n or toks.texts[j + 1] not in _AGENCY_TAIL)
    )) and toks.words[j - 1] == toks.texts[j - 1] and (
        words == 1 or not toks.texts[j].endswith("s"))  # "the Jo Bell administration", "the Bo Administration"
    if owned and _owner_opening(toks, i):
        s, e = toks.starts[i], toks.ends[j - 1]  # "the Bo administration": Bo is named inside the phrase
        return Name(s, e, text[s:e], text[s:e], None, "owner")
    role = title_before(toks, i, words) or bracketed_title(toks, i, words)
    if role is not None and toks.texts[i - 1] in _PLURAL_OFFICES and not (j < toks.n and toks.texts[j] == "and"):
        role = None  # a plural office names two people ("Senators Bo and Roe"), not one ("the Senators Club")
    if role is not None and (words >= 2 or toks.texts[i - 1] in TITLES or toks.texts[i - 1] == ")"):
        rule = rule or "title"  # ")": a bracketed title ("Secretary (of State) Bo"), see bracketed_title
    if words >= 2:
        apposition = appositive_after(toks, j, text)
        if apposition is not None:
            role = ", ".join(r for r in (role, apposition) if r) or None
            rule = rule or "appositive"
        elif (office := office_before(toks, i, j)) is not None:
            role = role or office
            rule = rule or "appositive"
        elif not rule:
            rule = _named_by_context(text, toks, i, j)
    elif not rule and (lone_subject(toks, i) or lone_korean_surname(toks, i)):
        rule = "subject"  # a lone Korean family name in a person's place is read as a lone subject is
    if not rule:
        return None
    s, e = _span(text, toks, i, j)
    if nick is not None:  # the name without its quoted nickname: "Jo “Bull” Bell" is Jo Bell
        return Name(s, e, text[s:e], f"{text[s : toks.ends[nick.start - 1]]} {text[toks.starts[nick.start + 3] : e]}",
                    role, rule)
    given = bracketed_given(toks, i) if words == 1 else None  # "President (Jo) Bell": Jo Bell
    return Name(s, e, text[s:e], f"{given} {text[s:e]}" if given else text[s:e], role, rule)


_OPENING_MARKS, _CLOSING_MARKS = frozenset("“\"'‘"), frozenset("”\"'’")


def _quoted_epithet(toks: Tokens, i: int, j: int) -> bool:
    """Return whether one word in quote marks stands right before the name at tokens ``i..j-1`` ("'deranged' Jo
    Bell", "“Sleepy” Jo Bell"): an epithet a speaker gives the person named; the name's words all full words that
    may be a name's (not "‘robust’ S. Korea").

    >>> t = tokens("Is his name 'deranged' Jo Bell?")
    >>> _quoted_epithet(t, 6, 8), _quoted_epithet(tokens("the 'fair share' Jo Bell"), 5, 7)
    (True, False)
    >>> _quoted_epithet(tokens("a ‘robust’ S. Korea posture"), 4, 6)
    False
    """
    if any(toks.texts[k].endswith(".") or _not_name(toks.words[k]) for k in range(i, j)):
        return False
    return (i >= 3 and toks.texts[i - 1] in _CLOSING_MARKS and toks.texts[i - 3] in _OPENING_MARKS
            and toks.texts[i - 2].isalpha() and toks.starts[i - 2] == toks.ends[i - 3]
            and toks.starts[i - 1] == toks.ends[i - 2] and _adjacent(toks, i - 1, i))


def _nickname(toks: Tokens, i: int, j: int) -> range | None:
    """Return the tokens from a quoted one-word nickname after the given names ``i..j-1`` to the end of the surname
    run after it ("Gen. Jo B “Bull” Bell": the nickname's three tokens and "Bell"), else None.

    >>> t = tokens("Gen. Jo B “Bull” Bell said")
    >>> _nickname(t, 1, 3), _nickname(t, 1, 2), _nickname(tokens("Jo said “Bull” Bell"), 0, 1)
    (range(3, 7), range(3, 7), None)
    """
    if j + 4 < toks.n and len(toks.texts[j]) == 1 and toks.texts[j].isupper() and toks.texts[j + 1] in _OPENING_MARKS:
        j += 1  # a middle initial printed without its full stop ("Jo B “Bull” Bell")
    if j + 3 >= toks.n or toks.texts[j] not in _OPENING_MARKS or toks.texts[j + 2] not in _CLOSING_MARKS:
        return None
    if not (is_name_word(toks.texts[j + 1]) and _adjacent(toks, j - 1, j) and _adjacent(toks, j + 2, j + 3)):
        return None  # marks and nickname must sit inside the name, no gap before or after
    end = name_run(toks, j + 3, 2)
    return range(j, end) if end > j + 3 else None


_MEETING = word_set("met meet meets meeting greeted hosted phoned thanked congratulated")
# verbs and nouns of meeting or interviewing before "with" and a person ("talked with Jo Bell", "a town hall with Jo
# Bell", "an interview with Jo Bell", "his summit with Bell")
_WITH_MEETING = word_set("met meet meets meeting meetings spoke speaks talked talks summit summits interview "
                         "interviews conversation hall Hall Townhall townhall")


def _met(toks: Tokens, i: int) -> bool:
    """Return whether the full name at token ``i`` is whom someone met, greeted or spoke with ("Bo met Jo Bell",
    "talked with Jo Bell"): those verbs take a person.

    >>> t = tokens("Bo met Jo Bell and talked with Al Roe in Seoul")
    >>> _met(t, 2), _met(t, 7), _met(t, 10)
    (True, True, False)
    >>> t = tokens("a Townhall with Jo Bell and an interview with Al Roe")
    >>> _met(t, 3), _met(t, 9)
    (True, True)
    """
    prev = toks.texts[i - 1] if i >= 1 else ""
    if prev == "with" and i >= 2:
        return toks.texts[i - 2] in _WITH_MEETING
    return prev in _MEETING


def _agent(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the full name at tokens ``i..j-1`` is a passive verb's agent ("was led by Jo Bell", "absorbed
    by Jo Bell"): "by" after a past participle, and no capitalised word after the name (not "by Jo Bell Capital").

    >>> t = tokens("It was led by Jo Bell. A report by Al Roe. Signed by Kay Day Fund")
    >>> _agent(t, 4, 6), _agent(t, 9, 11), _agent(t, 13, 15)
    (True, False, False)
    """
    if i < 2 or toks.texts[i - 1] != "by" or (j < toks.n and _adjacent(toks, j - 1, j) and toks.words[
            j - 1] == toks.texts[j - 1] and toks.texts[j][:1].isupper()):
        return False
    verb = toks.texts[i - 2]
    return verb.islower() and (verb.endswith(("ed", "en")) or verb in _PAST_FORMS)


_PERSONAL = word_set(
    "words remarks comments office aide aides spokesman spokeswoman spokesperson visit wife husband son daughter "
    "term presidency tweet tweets memoir speech campaign predecessor successor message reply"
)


_SPEECH_OF = word_set("words remarks comments reply response answer retort message tweet verdict")


def _of_speech(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the full name at tokens ``i..j-1`` follows "the <words of speech> of/from" ("the reply of Jo
    Bell", "the words from Jo Bell"), the name ending its phrase (not "the message of Jo Bell Street").

    >>> t = tokens("It was the reply of Jo Bell. The words of Al Roe Hall. The town of Kay Day")
    >>> _of_speech(t, 5, 7), _of_speech(t, 10, 12), _of_speech(t, 16, 18)
    (True, False, False)
    """
    if i < 2 or toks.texts[i - 1] not in {"of", "from"} or toks.words[i - 2] not in _SPEECH_OF:
        return False
    return not (j < toks.n and _adjacent(toks, j - 1, j) and toks.words[j - 1] == toks.texts[j - 1]
                and toks.texts[j][:1].isupper())


_GROUP_PLURALS = word_set("critics members people figures voices")
# Capitalised nouns that end the name of a publication's unit, page or staff, not of a person ("The daily's Editorial
# Board", "the website's Opinion Section", "the magazine's Foreign Desk"; review99).
_MEDIUM_UNITS = word_set(
    "Board Desk Section Team Unit Bureau Page Pages Service Editor Editors Staff Department Division Office Room "
    "Newsroom Panel Committee Council Edition Column Columns Program Programme Show Report Reports Coverage Group "
    "Network Channel Supplement Review Blog Podcast Newsletter"
)


def _medium_owned(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the full name at tokens ``i`` to ``j`` comes right after a possessive of a publication's or
    broadcaster's noun ("Hanul magazine's Jo Bell", "the Hanul Times' Jo Bell", "Hanul News' Jo Bell"): its reporter or
    columnist, a person the body names (README: "CNN's <name> reports"); not a unit of it ("The daily's Editorial
    Board", "the website's Opinion Section": _MEDIUM_UNITS; review99).

    >>> t = tokens("Hanul magazine's Jo Bell asked. The Hanul Times' Al Roe. The city's Tam Vo. Hanul Bank's Jo Lee")
    >>> _medium_owned(t, 4, 6), _medium_owned(t, 11, 13), _medium_owned(t, 17, 19), _medium_owned(t, 23, 25)
    (True, True, False, False)
    >>> _medium_owned(tokens("The daily's Editorial Board called"), 4, 6)
    False
    """
    if toks.words[j - 1] in _MEDIUM_UNITS:
        return False
    k = i - 1
    if k >= 2 and toks.texts[k] == "s" and toks.starts[k] == toks.ends[k - 1]:
        k -= 1  # "'s"
    if k < 1 or toks.texts[k] not in {"'", "’"} or toks.starts[k] != toks.ends[k - 1]:
        return False
    owner = toks.texts[k - 1]
    return owner in MEDIA_NOUNS or owner in _NEWS_NOUNS


def _one_of_people(toks: Tokens, i: int) -> bool:
    """Return whether the full name at token ``i`` is one of a group of people the words before name ("lawmakers,
    including Jo Bell", "officials such as Jo Bell"): a plural of an office or trade, or of a group's noun, then
    "including" or "such as".

    >>> t = tokens("It angered lawmakers, including Jo Bell. It hit towns, including Al Roe")
    >>> _one_of_people(t, 5), _one_of_people(t, 13)
    (True, False)
    """
    k = i - 1 if i >= 1 and toks.texts[i - 1] == "including" else i - 2
    if k < 1 or (k == i - 2 and toks.texts[k : i] != ["such", "as"]):
        return False
    k -= toks.texts[k - 1] == ","
    noun = toks.words[k - 1].lower()
    return noun in _GROUP_PLURALS or (noun.endswith("s") and noun[:-1] in ROLE_NOUNS)


def _owns_personal(toks: Tokens, j: int) -> bool:
    """Return whether the full name ending before token ``j`` owns what only a person has ("Jo Bell's words", "Jo
    Bell’s aide", "Jo Bell's visit"): a possessive "'s" and one of _PERSONAL right after it.

    >>> t = tokens("In Jo Bell's words and Hanul Capital's report")
    >>> _owns_personal(t, 3), _owns_personal(t, 10)
    (True, False)
    """
    return (j + 2 < toks.n and toks.texts[j] in {"'", "’"} and toks.texts[j + 1] == "s"
            and toks.words[j + 2] in _PERSONAL and toks.starts[j] == toks.ends[j - 1])


def _captioned(toks: Tokens, i: int, j: int) -> bool:
    """Return whether the full name at tokens ``i..j-1`` opens a broadcast caption in brackets before a slash and the
    speaker's office ("[Jo Bell / Spokesman of the Ministry]").

    >>> t = tokens("[Jo Bell / Spokesman]: Yes. Al Roe / Bo Lee")
    >>> _captioned(t, 1, 3), _captioned(t, 8, 10)
    (True, False)
    """
    return i >= 1 and j < toks.n and toks.texts[i - 1] == "[" and toks.texts[j] == "/" and \
        toks.starts[i] == toks.ends[i - 1]


def _aged(toks: Tokens, j: int) -> bool:
    """Return whether an age in commas follows the name ending before token ``j`` ("Jo Bell, 45, a worker"): the
    news form of a person's age, whatever follows it.

    >>> t = tokens("Jo Bell, 45, a worker, and Camp Bo, 2019, and Lot Nine, 7, here")
    >>> _aged(t, 2), _aged(t, 12), _aged(t, 22)
    (True, False, False)
    """
    k = _digits_after(toks, j)
    if not (j + 2 <= k <= j + 3 and k < toks.n and toks.texts[j] == "," and toks.texts[k] == ","):
        return False
    return 15 <= int("".join(toks.texts[j + 1 : k])) <= 110


def find_names(text: str, segments: Iterable[tuple[int, int]] | None = None) -> list[Name]:
    """Return the names the text introduces, then their later surname-only mentions, in text order.

    >>> [(n.exact, n.refers_to.exact if n.refers_to else None) for n in find_names(
    ...     "Kim Sang-woo, a lawmaker, spoke. Kim said no. Park Jae-ho agreed, said Rep. Lena Ortiz.")]
    [('Kim Sang-woo', None), ('Kim', 'Kim Sang-woo'), ('Park Jae-ho', None), ('Lena Ortiz', None)]
    """
    return find_names_and_publications(text, segments).people


@dataclass(frozen=True)
class Found:
    """The names of people a text gives (``people``, as :func:`find_names`), and the lone words a rule read as a
    person that the text printed beside a media noun (``publications``: rule "publication"; never people)."""

    people: list[Name]
    publications: list[Name]


def find_names_and_publications(text: str, segments: Iterable[tuple[int, int]] | None = None) -> Found:
    """Return the people's names the text gives, and apart from them the publications a rule read as a person.

    >>> f = find_names_and_publications("Jo Tallan spoke to the news magazine Vantage. Vantage said no.")
    >>> [n.exact for n in f.people], [(n.exact, n.rule) for n in f.publications]
    (['Jo Tallan'], [('Vantage', 'publication')])
    """
    segs = list(segments) if segments is not None else [(0, len(text))]
    out: list[Name] = []
    by_surname: dict[str, list[Name]] = {}
    printed: dict[str, Name] = {}  # surname -> the first full name printed that no rule introduced
    titled: dict[str, list[Name]] = {}  # surname -> its mentions after a title, no full name given ("President Bo")
    headlines = 0  # headline-case lines read so far
    for s0, e0 in segs:
        for a, b in _headline_lines(text, _pieces(text, s0, e0)):  # a paragraph's tokens at a time: memory stays small
            reading = _READ_NONE if _CAPITAL.search(text, a, b) is None else _reading(text, a, b, by_surname)
            if reading != _READ_ALL:  # not cut into tokens: no rule finds a name or a known surname there
                headlines += reading == _READ_COUNT and headline_case(text, a, b)  # counted as if read
                continue
            texts, ends = _token_texts(text, a, b)
            toks, capitals = _tokens_of(text, texts, ends), _capitals(texts)
            starts = _run_starts(toks, capitals, text.find(":", a, b) >= 0 or text.find("(", a, b) >= 0)
            runs = _Runs(toks)
            full = _names_in(text, toks, starts, runs)
            if headline_case(text, a, b) and (headlines := headlines + 1) <= _HEADLINES_MOST:  # see _as_body_prints
                full = _as_body_prints(text, b, full)
            else:
                full = _printed_before(text, toks, full, printed, by_surname, starts, runs)
            for k, n in enumerate(full):
                full[k] = n = _titled_surname(n, by_surname)  # "Ms. Bell" after "Jo Bell": Jo Bell
                if " " in n.name:
                    _add_person(by_surname.setdefault(surname_of(n.name), _Namesakes()), n)
                elif n.rule == "title":  # "President Bo" never named in full: a headline's "Bo" before it is Bo
                    titled.setdefault(n.name, [n])
            # a lone surname found as a subject after its full name is read by _surname_mentions, below
            full = [n for n in full if n.rule != "subject" or " " in n.name
                    or _starts_after(by_surname.get(n.name, []), n.start)]  # fmt: skip
            out.extend(full)
            known = {**titled, **by_surname} if titled else by_surname  # "President Bo ... Bo’s policy": Bo
            out.extend(_surname_mentions(toks, full, known, capitals, text))
    ahead = _surnames_ahead(text, segs, {**titled, **by_surname},
                            [n for n in out if not _lone_subject(n) and not _lone_titled(n)])
    taken = {n.start for n in ahead}  # "Bell tells allies" ¶ "Jo Bell ...": the surname read as Jo Bell, not new
    out = [n for n in out if n.start not in taken] + ahead
    out.extend(_joined_in_body(text, segs, by_surname, {n.start for n in out}))
    out.extend(_holders_of(text, segs, {n.start for n in out}))
    out.extend(_term_holders(text, segs, {n.start for n in out}))
    found = _publications_apart(text, out)
    found.people.extend(_possessives_before(text, found.people, by_surname))
    found.people.sort(key=lambda n: n.start)
    return found


def _starts_after(people: Sequence[Name], start: int) -> bool:
    """Return whether every name of ``people`` starts after ``start`` (of :class:`_Namesakes`, from its first start).

    >>> jo = Name(9, 16, "Jo Tallan", "Jo Tallan", None, "title")
    >>> _starts_after([jo], 5), _starts_after(_Namesakes([jo]), 9), _starts_after(_Namesakes(), 9)
    (True, False, True)
    """
    if isinstance(people, _Namesakes):
        first = people.first_start()
        return first is None or first > start
    return all(p.start > start for p in people)


def _lone_subject(n: Name) -> bool:
    """Return whether ``n`` is a lone word read as a name only because it is a verb's subject ("Bell tells allies"):
    a surname the body may give in full later.

    >>> _lone_subject(Name(0, 4, "Bell", "Bell", None, "subject"))
    True
    >>> _lone_subject(Name(0, 7, "Jo Bell", "Jo Bell", None, "subject"))
    False
    """
    return n.rule == "subject" and " " not in n.name


def _lone_titled(n: Name) -> bool:
    """Return whether ``n`` is a lone surname read after a title ("Minister Bell says" in a headline): a surname the
    body may give in full later, as a lone subject's.

    >>> _lone_titled(Name(9, 13, "Bell", "Bell", "Minister", "title"))
    True
    >>> _lone_titled(Name(9, 16, "Jo Bell", "Jo Bell", "Minister", "title"))
    False
    """
    return n.rule == "title" and " " not in n.name


def _titled_surname(n: Name, by_surname: dict[str, list[Name]]) -> Name:
    """Return the one-word name ``n`` a title introduced ("Ms. Bell", "Minister Bell", "Sen. Bell") as the one person
    of that surname the text named in full before it (the same person, named again by title and surname); else
    ``n`` (no one of that surname before, or several: which one the text does not say).

    >>> bell = Name(6, 13, "Jo Bell", "Jo Bell", "Envoy", "title")
    >>> n = _titled_surname(Name(30, 34, "Bell", "Bell", "Ms.", "title"), {"Bell": [bell]}); (n.name, n.role)
    ('Jo Bell', 'Ms.')
    >>> _titled_surname(Name(3, 7, "Bell", "Bell", "Ms.", "title"), {"Bell": [bell]}).name
    'Bell'
    """
    if " " in n.name or n.role is None:
        return n
    # the first two before it at most (a hostile text may give thousands of one surname, all before it)
    before = list(itertools.islice((p for p in by_surname.get(n.name, ()) if p.start < n.start), 2))
    return replace(n, name=before[0].name, refers_to=before[0]) if len(before) == 1 else n


#: How many people a lone surname is said to fit, at most: the first named. Real articles name two or three people
#: of one surname (the corpus: three at most); the cap keeps a hostile text's output linear.
CANDIDATES_LISTED = 10


class _Namesakes(list[Name]):
    """The full names of one surname the text gives (a list, in the order :func:`_add_person` keeps them), with the
    positions in it of each name and of each of its tails after a space ("Jo Bell" of "Sleepy Jo Bell"), and their
    starts in order: where a new name may equal or end one already there, and which of them start before a place,
    are read from them, not from every name of that surname (a hostile text may give thousands). Change it only
    through :meth:`add` and :meth:`put`.

    >>> people = _Namesakes([Name(9, 16, "Jo Tallan", "Jo Tallan", None, "title")])
    >>> people.add(Name(0, 6, "Al Roe", "Al Roe", None, "title"))
    >>> people.at["Jo Tallan"], people.at["Tallan"], [p.name for p in people.before(10)], people.first_start()
    ([0], [0], ['Jo Tallan', 'Al Roe'], 0)
    """

    def __init__(self, names: Iterable[Name] = ()) -> None:
        super().__init__()
        self.at: dict[str, list[int]] = {}  # a name or a tail of one -> the positions that held it, ascending
        self.by_start: list[tuple[int, int]] = []  # (start, position) of each name, in order
        for n in names:
            self.add(n)

    def add(self, n: Name) -> None:
        """Append ``n``, recording its name, each of its tails after a space and its start."""
        k = len(self)
        self.append(n)
        self.at.setdefault(n.name, []).append(k)
        for i, c in enumerate(n.name):
            if c == " ":
                self.at.setdefault(n.name[i + 1 :], []).append(k)
        bisect.insort(self.by_start, (n.start, k))

    def put(self, k: int, n: Name) -> None:
        """Replace the name at position ``k`` by ``n``, one of its tails (its other tails and its name stay recorded
        at ``k``: :func:`_add_person` drops such a stale position when it reads it)."""
        del self.by_start[bisect.bisect_left(self.by_start, (self[k].start, k))]
        bisect.insort(self.by_start, (n.start, k))
        self[k] = n

    def before(self, start: int) -> list[Name]:
        """Return the names that start before ``start``, in the list's order: the first ``CANDIDATES_LISTED`` of
        them to start (a hostile text may name thousands of one surname before each of thousands of its lone
        mentions: listing them all would make the output, and the time, grow with the square of the text)."""
        j = min(bisect.bisect_left(self.by_start, (start, -1)), CANDIDATES_LISTED)
        return [self[k] for k in sorted(k for _, k in self.by_start[:j])]

    def first_start(self) -> int | None:
        """Return where the first of the names starts (None: no name)."""
        return self.by_start[0][0] if self.by_start else None


def _starting_before(people: Sequence[Name], start: int) -> list[Name]:
    """Return ``people`` that start before ``start``, in their order (of :class:`_Namesakes`, from its starts).

    >>> jo, al = Name(9, 16, "Jo Tallan", "Jo Tallan", None, "title"), Name(0, 6, "Al Roe", "Al Roe", None, "title")
    >>> [p.name for p in _starting_before([jo, al], 5)], [p.name for p in _starting_before(_Namesakes([jo, al]), 5)]
    (['Al Roe'], ['Al Roe'])
    """
    if isinstance(people, _Namesakes):
        return people.before(start)
    return [p for p in people if p.start < start]


def _add_person(people: list[Name], n: Name) -> None:
    """Add the full name ``n`` to the people of its surname, unless it is there; a name found before that ends with
    it ("Sleepy Joe Biden" then "Joe Biden": an epithet or a stray capitalised word before it) is the same person,
    replaced by the plain name. The first such name in the list is the one read: of a :class:`_Namesakes`, found
    through its positions (a replaced name only loses tails, so a position once stale stays so and is dropped).

    >>> people = [Name(0, 16, "Sleepy Jo Tallan", "Sleepy Jo Tallan", None, "subject")]
    >>> _add_person(people, Name(30, 39, "Jo Tallan", "Jo Tallan", "Envoy", "title")); [p.name for p in people]
    ['Jo Tallan']
    >>> kept = _Namesakes(people); _add_person(kept, Name(50, 66, "Big Jo Tallan", "Big Jo Tallan", None, "title"))
    >>> _add_person(kept, Name(70, 79, "Jo Tallan", "Jo Tallan", None, "title")); [p.start for p in kept]
    [30, 50]
    """
    kept = people if isinstance(people, _Namesakes) else _Namesakes(people)
    held = kept.at.get(n.name, [])
    for i, k in enumerate(held):
        p = people[k]
        if p.name == n.name or p.name.endswith(" " + n.name):
            del held[:i]  # positions replaced since by a name without this tail
            if p.name != n.name:
                kept.put(k, n)
                if kept is not people:
                    people[k] = n
            return
    held.clear()
    kept.add(n)
    if kept is not people:
        people.append(n)


# The nouns of a publication or broadcaster printed beside its one-word name ("the news magazine Time", "Time
# magazine"): names16's publications and the quote finder's (a magazine is an "it", never a pronoun's antecedent).
MEDIA_NOUNS = ("magazine", "newspaper", "daily", "weekly", "broadcaster", "tabloid", "journal", "website", "outlet")

# A publication's or broadcaster's noun right before its one-word name ("the news magazine Time"), not after a verb
# of telling ("told the newspaper Bo had agreed": Bo is the clause's subject).
MEDIUM_THEN_NAME = re.compile(  # the lookahead first: the six look-behinds run only where a noun is
    rf"(?=(?:{'|'.join(MEDIA_NOUNS)})\s)"
    r"(?<!\btold )(?<!\btell )(?<!\btells )(?<!\btold the )(?<!\btell the )(?<!\btells the )"
    rf"\b(?:{'|'.join(MEDIA_NOUNS)})\s(?:The\s)?"
    r"(?P<n>[A-Z][a-z]{1,20}+)\b(?![-'’])"
)


def _publications_apart(text: str, found: list[Name]) -> Found:
    """Return ``found`` split into people and the lone words a rule read as a person ("Time interpreted it") that the
    text printed beside a media noun before ("the news magazine Time", "Hanul Daily"... "Time magazine"): publications
    (not after a verb of telling: "told the newspaper Bo had agreed").

    >>> [n.exact for n in find_names("It was reported by the magazine Tallan. Tallan interpreted it as a threat.")]
    []
    >>> [n.exact for n in find_names("Kim Dal told the newspaper Tallan had agreed. Tallan said it would hold.")]
    ['Kim Dal', 'Tallan']
    """
    publications: dict[str, bool] = {}
    out = Found([], [])
    for n in found:
        if " " in n.name or n.rule != "subject":
            out.people.append(n)
            continue
        if n.name not in publications:
            lo = max(0, n.start - _POSSESSIVE_BACK)
            publications[n.name] = any(text.find(f"{n.name} {m}", lo, n.start) >= 0 for m in MEDIA_NOUNS) or any(
                m["n"] == n.name for m in MEDIUM_THEN_NAME.finditer(text, lo, n.start))
        if publications[n.name]:
            out.publications.append(replace(n, rule="publication"))
        else:
            out.people.append(n)
    return out


_POSSESSIVE_BACK = 2000  # characters before a lone name's first rule-found mention searched for its possessive


def _possessives_before(text: str, found: list[Name], by_surname: dict[str, list[Name]]) -> list[Name]:
    """Return the possessives ("Bo’s visit") printed shortly before a lone name a rule first finds as a person ("Bo
    said") when the text gives no full name of that surname: the same person, mentioned first as an owner.

    >>> [(n.exact, n.rule) for n in find_names("It came after Tallan’s visit. Later, Tallan said so.")]
    [('Tallan', 'possessive'), ('Tallan', 'subject')]
    """
    out: list[Name] = []
    seen: set[str] = set()
    taken = {n.start for n in found}
    for n in sorted(found, key=lambda n: n.start):
        first = n.name not in seen
        seen.add(n.name)
        if not first or " " in n.name or n.name in by_surname or n.rule != "subject":
            continue
        lo = max(0, n.start - _POSSESSIVE_BACK)
        for mark in ("’s", "'s"):
            at = text.find(n.name + mark, lo, n.start)
            if at >= 0 and at not in taken and not text[at - 1 : at].isalnum():
                out.append(Name(at, at + len(n.name), n.name, n.name, None, "possessive"))
                break
    return out


_HEADLINE_MOST = 200  # characters in a headline or subhead line


def _surnames_ahead(text: str, segs: list[tuple[int, int]], by_surname: dict[str, list[Name]],
                    found: list[Name]) -> list[Name]:  # fmt: skip
    """Return the bare surnames a headline or subhead (a short line with no full stop) prints before the body
    gives the full name ("Waltz 'tough talk' ... Mike Waltz, the adviser, said"): one person of that surname only.

    >>> t = "Bell 'tough talk'" + 2 * chr(10) + "Jo Bell, a lawmaker, spoke."
    >>> [(n.exact, n.name, n.rule) for n in find_names(t)]
    [('Bell', 'Jo Bell', 'surname'), ('Jo Bell', 'Jo Bell', 'appositive')]
    """
    taken = {n.start for n in found}
    out: list[Name] = []
    for s0, e0 in segs:
        for a, b in _pieces(text, s0, e0):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b - a > _HEADLINE_MOST:
                continue  # too long for a headline line (tested before any copy is made)
            if _has_full_stop(text[a:b]):
                continue
            caps = _in_capitals(text, a, b)
            if not _may_name(text, a, b, by_surname, caps):
                continue
            toks = tokens(text, a, b)
            out.extend(_joined_surnames(toks, by_surname, taken))
            headline = caps or headline_case(text, a, b)
            for i, t in enumerate(toks):
                people = by_surname.get(_caps_word(t.word) if caps else t.word)
                if t.start in taken or not people or len(people) != 1 or people[0].start < t.start:
                    continue
                if (whole := _full_name_ending(text, t, people[0], taken)) is not None:
                    out.append(whole)
                    continue
                if not headline and (_adjacent_name(toks, i) or (t.word == t.text and _adjacent(toks, i, i + 1)
                                                                 and is_name_word(toks.words[i + 1]))):  # fmt: skip
                    continue  # part of a longer name (in headline case every word is capitalised: no sign of one)
                out.append(Name(t.start, t.start + len(t.word), t.word, people[0].name, people[0].role, "surname",
                                people[0]))  # fmt: skip
    return out


# headline-case lines whose names are checked against the rest of the text (each check searches it): a headline and
# its subheads; a text of many short title-case lines is read as before past them (linear time)
_HEADLINES_MOST = 6
_HEADLINE_CAPITALS = 0.75  # share of a headline-case line's words of four letters or more that are capitalised


def headline_case(text: str, a: int, b: int) -> bool:
    """Return whether ``text[a:b]`` is a short line in headline case (no full stop, not even at its end, nor a colon
    there: "Deputy Minister Jo Bell said:" leads into what follows; most words of four letters or more capitalised,
    at least three of them; no byline): there a capitalised word beside a surname says nothing of a given name.

    >>> t = "Bo Meets Roe to Tackle Troop Costs"
    >>> headline_case(t, 0, len(t)), headline_case("Seoul agrees to pay more as Bo visits", 0, 38)
    (True, False)
    >>> headline_case("Deputy Minister Jo Bell said:", 0, 29), headline_case("Bell: Seoul Must Pay More", 0, 25)
    (False, True)
    """
    if b - a > 2 * _HEADLINE_MOST or text.count("\n", a, b) > 2:
        return False
    line = text[a:b].strip()
    if len(line) > _HEADLINE_MOST or "\n" in line or line.rstrip("\"”’'").endswith((".", ":")) or _has_full_stop(line):
        return False
    long = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long)
    return not line.startswith("By ") and len(long) >= 3 and capitals >= _HEADLINE_CAPITALS * len(long)


def _headline_lines(text: str, pieces: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Yield the pieces, a short piece of several lines cut into its lines when its first line is in headline case (a
    headline above its byline and date): the headline's words are read apart from the lines below.

    >>> t = "Bo Meets Roe to Tackle Costs" + chr(10) + "By Al Tan"
    >>> list(_headline_lines(t, [(0, len(t))])), list(_headline_lines("Bo met Roe.", [(0, 11)]))
    ([(0, 28), (29, 38)], [(0, 11)])
    """
    for a, b in pieces:
        nl = text.find("\n", a, b) if b - a <= 3 * _HEADLINE_MOST else -1
        # the first line read before the lines are counted: a piece that is not cut yields itself either way
        if nl < 0 or not headline_case(text, *_first_filled(text, a, b)) or text.count("\n", a, b) > 6:
            yield a, b
            continue
        k = a
        while nl >= 0:
            yield k, nl
            k, nl = nl + 1, text.find("\n", nl + 1, b)
        yield k, b


def _first_filled(text: str, a: int, b: int) -> tuple[int, int]:
    """Return the first line of ``text[a:b]`` that is neither empty nor all white space, else ``(a, a)``.

    >>> t = chr(10) + "  " + chr(10) + "Bo met" + chr(10) + "Al"
    >>> _first_filled(t, 0, len(t)), _first_filled(t, 0, 4), _first_filled(t, 4, len(t))
    ((4, 10), (0, 0), (4, 10))
    """
    x = a
    while True:
        y = text.find("\n", x, b)
        y = b if y < 0 else y
        if x < y and not text[x:y].isspace():
            return x, y
        if y >= b:
            return a, a
        x = y + 1


def _named_by_form(text: str, n: Name, words: list[str]) -> bool:
    """Return whether a headline's name is one by its own form, whatever the capitals around it: a hyphenated or
    two-syllable Korean given name ("Kim Sang-woo", "Kang Hunsik"), an initial ("R. Jo Bell"), or a name that a comma
    or the line's end closes ("Kang Hunsik, Kim ..."; "... With Jo Bell"), or a title's name a possessive closes.

    >>> t = "Bo Meets Roe, Kim Sang-woo Talks"
    >>> ns = [Name(0, 12, "Bo Meets Roe", "", None, "subject"), Name(14, 26, "Kim Sang-woo", "", None, "korean")]
    >>> [_named_by_form(t, n, n.exact.split()) for n in ns], _named_by_form(t, ns[0], ["Bo", "Meets"])
    ([True, True], True)
    """
    if any(_INITIAL.fullmatch(w) for w in words) or any(_HYPHEN_GIVEN.fullmatch(w) for w in words[1:]):
        return True
    if len(words) == 2 and words[0] in KOREAN_SURNAMES and two_syllable_given(words[1]):
        return True
    after = text[n.end : n.end + 2]
    return after[:1] in {",", "\n", ""} or after.isspace() or _titled_possessive(text, n, after)


def _titled_possessive(text: str, n: Name, after: str) -> bool:
    """Return whether a headline's name after a title is closed by a possessive and the text prints its last word
    again ("Senior Advisor Jo Bell’s Remarks to the Press" over a byline or body naming Bell).

    >>> t = "Envoy Jo Bell’s Remarks" + chr(10) + "Jo B. Bell"
    >>> _titled_possessive(t, Name(6, 13, "Jo Bell", "Jo Bell", "Envoy", "title"), "’s")
    True
    >>> _titled_possessive(t, Name(6, 13, "Jo Bell", "Jo Bell", None, "subject"), "’s")
    False
    """
    if n.rule != "title" or after not in {"’s", "'s"}:
        return False
    return text.find(n.exact.rsplit(" ", 1)[-1], n.end + 2) >= 0


def _as_body_prints(text: str, end: int, found: list[Name]) -> list[Name]:
    """Return the names a headline-case line gives (every word capitalised: a capitalised word beside a surname is no
    sign of a name), each cut to the longest run of its words the text prints again after the line (``end``): "Bo Roe
    Meets" is Bo Roe when the body prints "Bo Roe", no one when it prints neither two-word run. A name by its form
    (``_named_by_form``) and a label stay as found.

    >>> t = "Bo Roe Meets Al Tan" + 2 * chr(10) + "Bo Roe met Al Tan."
    >>> [n.exact for n in _as_body_prints(t, 19, [Name(0, 12, "Bo Roe Meets", "Bo Roe Meets", None, "subject")])]
    ['Bo Roe']
    """
    out = []
    for n in found:
        words = n.exact.split(" ")
        if len(words) < 2 or n.rule == "label" or _named_by_form(text, n, words):
            out.append(n)
            continue
        for size in range(len(words), 1, -1):
            runs = (" ".join(words[k : k + size]) for k in range(len(words) - size + 1))
            printed = next((r for r in runs if text.find(r, end) >= 0), None)
            if printed is not None:
                s = n.start + n.exact.find(printed)
                out.append(Name(s, s + len(printed), printed, printed, n.role, n.rule))
                break
    return out


def _may_name(text: str, a: int, b: int, by_surname: dict[str, list[Name]], caps: bool = False) -> bool:
    """Return whether a word of ``text[a:b]`` (a token's ``word``), or a part of a hyphenated one, is a surname in
    ``by_surname``: the only words a headline's surname is read from (a test on the token texts alone, no tokens);
    ``caps``: the line is in capitals, its words read as the surname's capital and small letters ("ROE" as "Roe").

    >>> _may_name("Bell-Roe talks", 0, 14, {"Roe": []}), _may_name("Bell talks.", 0, 11, {"Roe": []})
    (True, False)
    >>> _may_name("ROE TALKS", 0, 9, {"Roe": []}, caps=True), _may_name("ROE TALKS", 0, 9, {"Roe": []})
    (True, False)
    """
    words = {_caps_word(w) if caps else w for w in map(word_of, _TOKEN.findall(text, a, b))}
    return not by_surname.keys().isdisjoint(words) or any(
        not by_surname.keys().isdisjoint(w.split("-")) for w in words if "-" in w
    )


# Words title case prints in lower case ("Talks Stall Over an 'Excessive' Demand"): in a line printed in capitals
# ("TALKS STALL OVER AN ‘EXCESSIVE’ DEMAND") no surname, though some surnames are spelt so (An, To, So, Yu; review99).
_TITLE_CASE_SMALL = word_set("a an the and or nor but for to of in on at by as up so via per off out into onto from "
                             "with than yet vs")


def _caps_word(word: str) -> str:
    """Return a word of a line in capitals as a surname would print it ("ROE" as "Roe"), a word title case keeps in
    lower case as it is ("AN": no surname).

    >>> _caps_word("ROE"), _caps_word("AN"), _caps_word("TO")
    ('Roe', 'AN', 'TO')
    """
    return word if word.lower() in _TITLE_CASE_SMALL else word.capitalize()


def _in_capitals(text: str, a: int, b: int) -> bool:
    """Return whether ``text[a:b]`` is a line printed in capitals (a headline "BELL SAYS SEOUL MUST PAY"): no
    lower-case letter, and at least :data:`win.CAPS_LINE_LETTERS` letters and two words.

    >>> _in_capitals("BELL COMMENTS ON HIS MEMOIR", 0, 27), _in_capitals("Bell comments", 0, 13)
    (True, False)
    >>> _in_capitals("US-ROK", 0, 6)
    False
    """
    line = text[a:b]
    return (not any(c.islower() for c in line) and sum(c.isupper() for c in line) >= win.CAPS_LINE_LETTERS
            and len(line.split()) >= 2)


def _full_name_ending(text: str, t: Token, person: Name, taken: set[int]) -> Name | None:
    """Return the headline's full name ending at token ``t`` when it is printed as the body later introduces it
    ("Jo Bell Weighs In" ... "A columnist, Jo Bell wrote"), else None.

    >>> bell = Name(30, 37, "Jo Bell", "Jo Bell", None, "appositive")
    >>> t = "Ed's Jo Bell Weighs In"
    >>> _full_name_ending(t, tokens(t)[4], bell, set()).exact, _full_name_ending("Bell", tokens("Bell")[0], bell, set())
    ('Jo Bell', None)
    """
    start = t.start + len(t.word) - len(person.name)
    if " " not in person.name or start < 0 or start in taken or text[start : t.start + len(t.word)] != person.name:
        return None
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
        return None  # the name is the tail of a longer word or name ("Al-Jo Bell", "R. Jo Bell")
    return Name(start, start + len(person.name), person.name, person.name, person.role, "surname", person)


_HELD_WORDS = ("presidency", "presidencies", "administration", "administrations", "government", "governments",
               "tenure", "tenures", "terms")
# "<office> of ": written to start with the literal " of" (``re`` skips to it; the office's first letters are common),
# the office read behind it. A match starts at " of": the office may start before the stretch searched.
_HELD_BY = re.compile(r" of(?:" + "|".join(rf"(?<=\b{w} of)" for w in _HELD_WORDS) + r")\s++")
_HELD_WORD = re.compile(r"(?:" + "|".join(_HELD_WORDS) + r")\Z")
_HOLDER = re.compile(r"[A-Z][a-z]++(?:-[a-z]++)?+ (?:[A-Z]\. )?+[A-Z][a-z]++(?:-[a-z]++)?+")
_LIST_GLUE = re.compile(r",? and |, ")


def _holders_of(text: str, segs: list[tuple[int, int]], taken: set[int]) -> list[Name]:
    """Return the full names listed after an office held ("the presidencies of Jo Bell, Al Roe and Ed Poe"):
    a presidency, administration, government or tenure is a person's.

    >>> [n.exact for n in find_names("It was better during the presidencies of Jo Bell, Al Roe and Ed Poe.")]
    ['Jo Bell', 'Al Roe', 'Ed Poe']
    >>> find_names("the government of South Korea")
    []
    """
    out: list[Name] = []
    for s0, e0 in segs:
        for m in _HELD_BY.finditer(text, s0, e0):
            if m.start() - s0 < 15 and _HELD_WORD.search(text, s0, m.start()) is None:
                continue  # the office starts before the stretch
            pos = m.end()
            while (h := _HOLDER.match(text, pos, e0)) is not None:
                words = h.group().split()
                if any(_not_name(w) or not is_name_word(w) for w in words if not w.endswith(".")):
                    break
                if h.start() not in taken:
                    out.append(Name(h.start(), h.end(), h.group(), h.group(), None, "held"))
                glue = _LIST_GLUE.match(text, h.end(), e0)
                if glue is None:
                    break
                pos = glue.end()
    return out


# `\b` before the name written after its capital, so that the pattern starts with a character class (fast to skip to)
_TERM_HELD = re.compile(
    r"(?P<n>[A-Z](?<![\w].)[a-z]++)['’]s\s++(?:(?:first|second|third|final|last|own|\w+-year)\s++)?+"
    r"(?:terms?|presidency|tenure|administration)\b"
)
# What follows the owner's name, matched at each possessive "'s" (``str.find`` finds them; a pattern that starts
# with a set of two characters is tried at each character); the name is then read back from there and
# ``_TERM_HELD`` matched at its capital (``_terms_held``)
_TERM_AFTER = re.compile(
    r"['’]s\s++(?:(?:first|second|third|final|last|own|\w+-year)\s++)?+(?:terms?|presidency|tenure|administration)\b"
)
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _terms_held(text: str, s0: int, e0: int) -> Iterator[re.Match[str]]:
    """Yield the matches ``_TERM_HELD.finditer(text, s0, e0)`` would: each one's name is the run of lower-case
    letters after a capital right before a ``_TERM_AFTER`` match (matches cannot overlap: the part after the name
    holds no apostrophe, and the next name starts after a non-word character).

    >>> t = "In Bo's term, US's term, Jo’s first presidency and AnBo's tenure; Al's"
    >>> [m.group("n") for m in _terms_held(t, 0, len(t))] == [m.group("n") for m in _TERM_HELD.finditer(t)]
    True
    >>> [m.group("n") for m in _terms_held(t, 4, len(t))], [m.group("n") for m in _terms_held(t, 0, 12)]
    (['Jo'], ['Bo'])
    """
    places = []
    for mark in ("'s", "’s"):
        i = text.find(mark, s0, e0)
        while i >= 0:
            places.append(i)
            i = text.find(mark, i + 1, e0)
    for p in sorted(places):
        if _TERM_AFTER.match(text, p, e0) is None:
            continue
        k = p
        while k > s0 and text[k - 1] in _LOWER:
            k -= 1
        if s0 < k < p:  # the capital at k - 1, inside the stretch
            held = _TERM_HELD.match(text, k - 1, e0)
            if held is not None:
                yield held


def _term_holders(text: str, segs: list[tuple[int, int]], taken: set[int]) -> list[Name]:
    """Return the lone names that own a term of office ("in Bo's term", "Bo’s second term", "Bo's presidency", "Bo's
    administration"): only a person holds a term, so the owner is one even when no rule has introduced them.

    >>> [n.exact for n in find_names("The deal was reached in Tallan's term and ended in Roe’s first presidency.")]
    ['Tallan', 'Roe']
    >>> [n.exact for n in find_names("During Orsk's tenure, Korea's term of office and The's term")]
    ['Orsk']
    """
    out: list[Name] = []
    for s0, e0 in segs:
        if text.find("'s", s0, e0) < 0 and text.find("’s", s0, e0) < 0:
            continue  # no possessive in the segment: no search (and no copy of it)
        if all(text.find(w, s0, e0) < 0 for w in ("term", "presidency", "tenure", "administration")):
            continue  # none of the offices every match ends with: no search (three passes of str.find, in C)
        for m in _terms_held(text, s0, e0):
            w = m.group("n")
            if m.start() in taken or _not_name(w) or w in TITLES or not is_name_word(w):
                continue
            out.append(Name(m.start(), m.end("n"), w, w, None, "held"))
    return out


def _joined_surnames(toks: Iterable[Token], by_surname: dict[str, list[Name]], taken: set[int],
                     one: bool = True) -> list[Name]:  # fmt: skip
    """Return the surnames a headline joins by a hyphen ("Lee-Trump summit"), each of one person the body names (not
    ``one``: the parts that are, when the other part is a name word).

    >>> jo, al = Name(20, 27, "Jo Bell", "Jo Bell", None, "title"), Name(30, 36, "Al Roe", "Al Roe", None, "title")
    >>> [(n.exact, n.start) for n in _joined_surnames(tokens("Bell-Roe summit"), {"Bell": [jo], "Roe": [al]}, set())]
    [('Bell', 0), ('Roe', 5)]
    """
    out: list[Name] = []
    for t in toks:
        parts = t.word.split("-")
        known = [len(by_surname.get(p) or ()) == 1 for p in parts]
        if len(parts) != 2 or t.start in taken or not (all(known) or (
                not one and any(known) and all(map(is_name_word, parts)))):
            continue
        start = t.start
        for p, sole in zip(parts, known, strict=True):
            if sole:
                person = by_surname[p][0]
                out.append(Name(start, start + len(p), p, person.name, person.role, "surname", person))
            start += len(p) + 1
    return out


# The hyphen of two capitalised words joined ("Bell-Roe summit"), from the hyphen (a literal ``re`` skips to; the
# letter before it read behind): the letter may not be before the stretch searched (see ``_joined_in_body``).
_JOINED = re.compile(r"-(?<=[a-z]-)[A-Z]")
_JOINED_MOST = 30  # characters of each joined word read around the hyphen


def _joined_in_body(text: str, segs: list[tuple[int, int]], by_surname: dict[str, list[Name]],
                    taken: set[int]) -> list[Name]:  # fmt: skip
    """Return the surnames two joined names print anywhere ("the Bell-Roe summit", "Bell-Roe talks"), each part that is
    the surname of the one person of that surname the text names in full, before or after it.

    >>> t = "The Bell-Tan summit is set. Envoy Jo Bell will go."
    >>> [(n.exact, n.name) for n in find_names(t)]
    [('Bell', 'Jo Bell'), ('Jo Bell', 'Jo Bell')]
    """
    out: list[Name] = []
    for s0, e0 in segs:
        for m in _JOINED.finditer(text, s0, e0):
            if m.start() == s0:
                continue  # the letter before the hyphen is outside the stretch
            at = m.start() - 1  # the letter before the hyphen
            a = text.rfind(" ", max(s0, at - _JOINED_MOST), at) + 1
            if not a and at - _JOINED_MOST > s0:
                continue  # no space within reach: a run of joined words, not two names (read from s0: quadratic)
            rest = text[m.end() : min(e0, m.end() + _JOINED_MOST)]
            b = m.end() + next((k for k, c in enumerate(rest) if c.isspace()), len(rest))
            toks = tokens(text, max(a, s0), b)[:1]  # the joined word, without a comma or full stop after it
            if toks and toks[0].start not in taken:
                out.extend(n for n in _joined_surnames(toks, by_surname, taken, one=False) if n.start not in taken)
    return out


def _has_full_stop(line: str) -> bool:
    """Return whether a line holds a sentence's full stop (not "..." nor an abbreviation's dot before a name).

    >>> _has_full_stop("Bell 'talk' preview...Roe 'U.S. pay'"), _has_full_stop("Bo spoke. Then he left.")
    (False, True)
    """
    return _FULL_STOP_BACKWARDS.search(line[::-1]) is not None


# A word of five characters or more whose only full stop ends it, read backwards (the line reversed): the full stop,
# not after a non-space, then four or more characters other than a space or a full stop, then a space or the end.
# It starts with a literal, which ``re`` skips to (a word-start test first would try a match at every character).
_FULL_STOP_BACKWARDS = re.compile(r"\.(?<!\S\.)[^\s.]{4,}+(?!\S)")


def _printed_before(
    text: str,
    toks: Tokens,
    full: list[Name],
    printed: dict[str, Name],
    by_surname: dict[str, list[Name]],
    starts: list[int] | None = None,
    runs: dict[int, int] | None = None,
) -> list[Name]:
    """Return ``full`` with the full name printed earlier (say as an object: "praised Jo Bell") of each lone surname a
    rule found ("Bell said") that the text introduced no one of; ``printed`` keeps the full names seen so far.

    >>> t = "Al Roe praised Jo Bell. Bell said no."
    >>> toks = tokens(t)
    >>> [(n.exact, n.rule) for n in _printed_before(t, toks, _names_in(t, toks), {}, {})]
    [('Al Roe', 'subject'), ('Jo Bell', 'printed'), ('Bell', 'subject')]
    """
    covered = sorted((n.start, n.end) for n in full)
    covered_starts = [a for a, _ in covered]
    reach = list(itertools.accumulate((b for _, b in covered), max))  # the furthest end of the first k names
    i = 0
    for k in _run_starts(toks) if starts is None else starts:  # other tokens start no run
        if k < i:
            continue
        j = name_run(toks, k) if runs is None else runs[k]
        c = bisect.bisect_left(covered_starts, toks.ends[j - 1]) if j - k >= 2 else 0  # names before the run ends
        if j - k >= 2 and not (c and reach[c - 1] > toks.starts[k]):  # none of them ends after it starts
            s, e = _span(text, toks, k, j)
            if (surname := surname_of(text[s:e])) not in printed:  # the first run kept (no Name made for the rest)
                printed[surname] = Name(s, e, text[s:e], text[s:e], None, "printed")
        i = max(j, k + 1)
    added: list[Name] = []
    introduced = _introduced_at(full)
    for n in full:
        run = printed.get(n.name)
        fresh = run is not None and run.start < n.start and n.name not in by_surname
        if " " not in n.name and fresh and run is not None and not introduced.get(n.name, n.start) < n.start:
            added.append(run)
            by_surname[n.name] = _Namesakes([run])
    return sorted(full + added, key=lambda n: n.start) if added else full


def _introduced_at(full: list[Name]) -> dict[str, int]:
    """Return where a rule first introduced a full name of each surname in ``full`` (one paragraph): a lone surname
    after that start means that person, not a bare capitalised run printed earlier (a headline's "Meeting Bell").

    >>> bell, lone = Name(20, 27, "Jo Bell", "Jo Bell", None, "title"), Name(30, 34, "Bell", "Bell", None, "subject")
    >>> _introduced_at([bell, lone]), _introduced_at([lone])
    ({'Bell': 20}, {})
    """
    first: dict[str, int] = {}
    for m in full:
        if " " in m.name:
            surname = surname_of(m.name)
            first[surname] = min(first.get(surname, m.start), m.start)
    return first


def _adjacent_name(toks: Tokens, i: int) -> bool:
    """Return whether token ``i`` follows a name word on the same line that ends no sentence (it is inside a
    run, not its start: "Jo Bell" but not "met Bell. Roe said").

    >>> t = tokens("Jo Bell met Al. Roe said")
    >>> _adjacent_name(t, 1), _adjacent_name(t, 4)
    (True, False)
    """
    return i > 0 and _adjacent(toks, i - 1, i) and toks.words[i - 1] == toks.texts[i - 1] and is_name_word(
        toks.words[i - 1])


def _capitals(texts: list[str]) -> list[int]:
    """Return the indexes of the tokens (``texts``: their texts) that start with a capital letter (every name word
    does).

    >>> _capitals(["Jo", "met", "Al.", "Roe"])
    [0, 2, 3]
    """
    return list(itertools.compress(range(len(texts)), map(str.isupper, map(_FIRST, texts))))  # in C


_FIRST = operator.itemgetter(0)  # a token is never empty
# Every token that starts with a capital (see _TOKEN; a Latin one with diacritics too: "Núñez", speak56), each with its
# token's text (a match inside a longer token ends where that token ends): a superset of those of ``_capitals`` that
# may open a name or be a surname. It opens with a set of characters, which ``re`` skips to without trying a match.
_CAPITALISED = re.compile(rf"[{_UP}][{_UP}{_LO}]*+(?:-[{_UP}{_LO}]++|['’](?!s\b)[{_UP}{_LO}]++)*+\.?+")


_READ_NONE, _READ_COUNT, _READ_ALL = "none", "count", "all"  # how the loop takes a paragraph: see _reading


def _reading(text: str, a: int, b: int, by_surname: dict[str, list[Name]]) -> str:
    """Return how ``find_names_and_publications`` takes ``text[a:b]``, read without tokens: ``_READ_ALL`` (cut into
    tokens, read by the rules) when a capitalised token may start a name there (``_may_start``) or is the surname of
    a person named before; ``_READ_COUNT`` when its only tokens that may open a name (``_may_open``) are initials and
    all-capitals words ("U.S.", "SMA") that open none there: they open a label only before a ":" or a "(" and a run
    only before a name word, and the text has neither (the paragraph is only tested for headline case, which counts
    the headlines read); ``_READ_NONE`` (passed over) when it holds no such token either.

    >>> _reading("the talks in Seoul.", 0, 19, {}), _reading("met Bell.", 0, 9, {}), _reading("in Hall", 0, 7, {})
    ('none', 'all', 'none')
    >>> _reading("in Hall", 0, 7, {"Hall": []}), _reading("U.S. and SMA", 0, 12, {}), _reading("SMA: Bo", 0, 4, {})
    ('all', 'count', 'all')
    """
    words = _CAPITALISED.findall(text, a, b)
    if any(map(_may_start, words)) or not by_surname.keys().isdisjoint(map(word_of, words)):
        return _READ_ALL
    if not any(map(_may_open, words)):
        return _READ_NONE
    return _READ_ALL if text.find(":", a, b) >= 0 or text.find("(", a, b) >= 0 else _READ_COUNT


@lru_cache(maxsize=1 << 16)
def _may_start(text: str) -> bool:
    """Return whether a token may start a name whatever follows it: a name word or a Korean family name (a
    ``_may_open`` token that is neither, an initial or all capitals, starts one only before a name word, ":" or "(").

    >>> _may_start("Bell."), _may_start("An"), _may_start("JO"), _may_start("J.")
    (True, True, False, False)
    """
    return is_name_word(word_of(text)) or text in KOREAN_SURNAMES


def _run_starts(toks: Tokens, capitals: list[int] | None = None, labels: bool = True) -> list[int]:
    """Return the indexes of the tokens that may start a run of name words or a name a rule finds (a name word, a
    Korean family name or an all-capitals word) and are not ``_adjacent_name`` (in one pass over ``capitals``).
    Without ``labels`` (the tokens hold no ":" nor "("), an initial or all-capitals word starts one only before a
    token that may open a name (``_opens_before_name``).

    >>> _run_starts(tokens("Jo Bell met Al. Roe said. The end"))
    [0, 3, 4]
    >>> t = tokens("U.S. troops and SMA talks with J. Bell")
    >>> _run_starts(t), _run_starts(t, labels=False)
    ([0, 1, 4, 7, 8], [7, 8])
    """
    return [i for i in (_capitals(toks.texts) if capitals is None else capitals)
            if _may_open(toks.texts[i]) and not _adjacent_name(toks, i)
            and (labels or _may_start(toks.texts[i]) or _opens_before_name(toks, i))]  # fmt: skip


def _opens_before_name(toks: Tokens, i: int) -> bool:
    """Return whether a name word follows token ``i``, perhaps after initials up to the third token from ``i``: an
    initial ("J. Bell", "J. D. Bell") or two capitals after a title ("Sen. JD Bell") start a run only before one.

    >>> t = tokens("U.S. troops, J. D. Bell")
    >>> _opens_before_name(t, 0), _opens_before_name(t, 1), _opens_before_name(t, 4), _opens_before_name(t, 6)
    (False, False, True, False)
    """
    k = i + 1
    while k < toks.n and k - i < 3 and _INITIAL.fullmatch(toks.texts[k]):
        k += 1
    return k < toks.n and is_name_word(toks.words[k])


@lru_cache(maxsize=1 << 16)
def _may_open(text: str) -> bool:
    """Return whether a token may open a name: a name word, a Korean family name or an all-capitals word (the
    tokens ``caps_label``, ``korean_name`` and ``name_run`` can start from; others open none).

    >>> _may_open("Bell."), _may_open("An"), _may_open("JO"), _may_open("The")
    (True, True, True, False)
    """
    return (is_name_word(word_of(text)) or text in KOREAN_SURNAMES or _CAPS_WORD.fullmatch(text) is not None
            or _INITIAL.fullmatch(text) is not None  # "J.D. Bell"
            or _CAPS_WORD.fullmatch(text.rstrip(".")) is not None)  # fmt: skip  (a label's "MS." or "SEN.")


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n|\r[ \t]*\r")
# The same where the stretch holds no "\r" (its second branch cannot match): it starts with a literal, which ``re``
# skips to, where the two branches start with a set of two characters, tried at every character.


def _pieces(text: str, start: int, end: int, most: int = 65536) -> Iterator[tuple[int, int]]:
    """Yield ``text[start:end]`` cut at blank lines (no name spans one), and pieces over ``most`` characters
    cut at a line break or a sentence's end after that many (else, in a run with neither, at a space).

    >>> list(_pieces("Ab cd.\\n\\nEf gh. Ij", 0, 17, most=4)), list(_pieces("ab cd ef", 0, 8, most=3))
    ([(0, 6), (6, 14), (14, 17)], [(0, 5), (5, 8)])
    """
    a = start
    for m in _breaks(text, start, end):
        c = end if m is None else m
        while c - a > most:
            k = _cut(text, a + most, min(c, a + 4 * most))  # a stop this near, as before; else a space
            if k is None:
                break
            yield a, k
            a = k
        yield a, c
        a = c


def _breaks(text: str, start: int, end: int) -> Iterator[int | None]:
    """Yield where each blank line of ``text[start:end]`` starts, then None (one at a time: no list).

    >>> list(_breaks("a" + 2 * chr(10) + "b" + 2 * chr(13) + "c", 0, 7)), list(_breaks("a" + 2 * chr(10), 0, 3))
    ([1, 4, None], [1, None])
    """
    blank = _BLANK_LINE if text.find("\r", start, end) >= 0 else _BLANK_LINE_LF
    for m in blank.finditer(text, start, end):
        yield m.start()
    yield None


def _cut(text: str, lo: int, hi: int) -> int | None:
    """Return the first place in ``text[lo:hi]`` after a sentence's end or at a line break, else at a space, else None.

    >>> _cut("ab cd. ef", 0, 9), _cut("ab cd ef", 3, 8), _cut("abcdef", 0, 6)
    (6, 5, None)
    """
    k = text.find(". ", lo, hi)
    nl = text.find("\n", lo, hi)
    k = min(x for x in (k + 1 if k >= 0 else hi, nl if nl >= 0 else hi))
    if k < hi:
        return k
    sp = text.find(" ", lo, hi)
    return sp if sp >= 0 else None


def _names_in(text: str, toks: Tokens, starts: list[int] | None = None,
              runs: dict[int, int] | None = None) -> list[Name]:
    """Return the names the rules find in one piece's tokens, in order (``starts``: ``_run_starts(toks)``; ``runs``:
    a ``_Runs`` of ``toks``)."""
    out: list[Name] = []
    i = 0
    for k in _run_starts(toks) if starts is None else starts:  # other tokens start no name
        if k < i:
            continue
        name = _introduced(text, toks, k, runs)
        if name is None:
            continue
        out.append(name)
        i = k
        while i < toks.n and toks.starts[i] < name.end:
            i += 1
        second = _second_of_pair(text, toks, i, name)
        if second is not None:
            while toks.starts[i] < second.start:
                i += 1
            out.append(_introduced(text, toks, i, runs) or second)  # a rule's reading first ("Kim Yong-bum": korean)
            while i < toks.n and toks.starts[i] < out[-1].end:
                i += 1
    return out


_PLURAL_TITLES = word_set("Messrs. Mmes.") | _PLURAL_OFFICES


def _second_of_pair(text: str, toks: Tokens, i: int, first: Name) -> Name | None:
    """Return the second name after a plural title ("Messrs. Bell and Roe": Roe), or the full name joined by "and"
    to a full name found ("Jo Bell and Al Roe", "Jo Bell and American Al Roe"), when token ``i`` is the "and".

    >>> t = "Messrs. Bell and Roe left."
    >>> _second_of_pair(t, tokens(t), 2, Name(8, 12, "Bell", "Bell", "Messrs.", "title")).exact
    'Roe'
    >>> t = "Gen. Jo Bell and American Al Roe met."
    >>> _second_of_pair(t, tokens(t), 3, Name(5, 12, "Jo Bell", "Jo Bell", "Gen.", "title")).exact
    'Al Roe'
    >>> t = "Gen. Jo Bell and Gen."
    >>> _second_of_pair(t, tokens(t), 3, Name(5, 12, "Jo Bell", "Jo Bell", "Gen.", "title")) is None
    True
    """
    if i + 1 >= toks.n or toks.texts[i] != "and":
        return None
    plural = first.role in _PLURAL_TITLES
    if not plural and (" " not in first.exact or first.rule in {"label", "owner"}):
        return None
    k = i + 1
    while not plural and k < i + 3 and k < toks.n and toks.texts[k] in _TITLE_GLUE and toks.texts[k][:1].isupper():
        k += 1  # "and South Korean Al Roe": a nationality or title word before the name
    k = k if plural else _after_owner(toks, k)  # "Jo Bell and the United States' Al Roe"
    if k >= toks.n:
        return None  # "Gen. Jo Bell and Gen." at a paragraph's end: no name after the title words
    j = name_run(toks, k)
    if j == k or (not plural and j - k < 2):
        return None
    s, e = _span(text, toks, k, j)
    return Name(s, e, text[s:e], text[s:e], first.role if plural else None, "title" if plural else "pair")


_OWNER_WORDS = 3  # capitalised words of a country or body owning the second name of a pair


def _after_owner(toks: Tokens, k: int) -> int:
    """Return the index after a possessive owner at token ``k`` ("the United States' ", "Japan's "), else ``k``.

    >>> t = tokens("and the United States' Al Roe, and Japan's Bo Lee, and Al Roe")
    >>> _after_owner(t, 1), _after_owner(t, 9), _after_owner(t, 16)
    (5, 12, 16)
    """
    j = k + 1 if k < toks.n and toks.texts[k] == "the" else k
    m = j
    while m < toks.n and m - j < _OWNER_WORDS and toks.texts[m][:1].isupper() and toks.texts[m].isalpha():
        m += 1
    if m == j or m >= toks.n or toks.texts[m] not in {"'", "’"} or toks.starts[m] != toks.ends[m - 1]:
        return k
    return m + 2 if m + 1 < toks.n and toks.texts[m + 1] == "s" and toks.starts[m + 1] == toks.ends[m] else m + 1


_COUNTERPART = word_set("counterpart counterparts")


def _before_counterpart(toks: Tokens, j: int) -> bool:
    """Return whether the words after a name at tokens ``..j-1`` join it to "his/her ... counterpart" (a person).

    >>> t = tokens("Jo Bell and her South Korean counterpart Al Roe met")
    >>> _before_counterpart(t, 2), _before_counterpart(tokens("Jo Bell and his team"), 2)
    (True, False)
    """
    if j + 2 >= toks.n or toks.texts[j] != "and" or toks.texts[j + 1] not in {"his", "her", "their"}:
        return False
    return any(t in _COUNTERPART for t in toks.texts[j + 2 : j + 6])


def _surname_mentions(toks: Tokens, full: list[Name], by_surname: dict[str, list[Name]],
                      capitals: list[int] | None = None, text: str | None = None) -> list[Name]:
    """Return the bare-surname mentions, in ``toks``, of the people in ``by_surname`` (surname -> people the
    text introduced by full name) that come after their first mention, and (given ``text``) the exact repetitions
    of their full names in frames no rule reads ("Jo Bell wants …"); ``full`` are the names in ``toks``.
    Only the tokens in ``capitals`` (``_capitals(toks)``) are looked at: a surname is a capitalised word.

    >>> [(n.exact, n.rule) for n in find_names("Envoy Jo Bell arrived. For Jo Bell a deal is fair.")]
    [('Jo Bell', 'title'), ('Jo Bell', 'surname')]
    """
    covered = [(n.start, n.end) for n in full]
    out: list[Name] = []
    k = 0
    for i in _capitals(toks.texts) if capitals is None else capitals:
        people = by_surname.get(toks.words[i])
        if not people:
            continue
        t = toks[i]  # a Token only for a known surname
        while k < len(covered) and covered[k][1] <= t.start:
            k += 1
        if k < len(covered) and covered[k][0] <= t.start:
            continue  # inside a full name
        if t.word == t.text and _adjacent(toks, i, i + 1) and is_name_word(toks.words[i + 1]):
            continue  # part of a longer name ("Bell" in "Jo Bell Roe")
        whole = None if text is None else _repeated_full_name(text, t, people, covered[max(k - 1, 0) :])
        if whole is not None:
            out.append(whole)  # the full name repeated ("Jo Bell", "Jo de la Bell")
            continue
        if _adjacent_name(toks, i):
            continue  # part of a longer name
        before = _starting_before(people, t.start)
        if not before:
            continue
        end = t.start + len(t.word)
        if len(before) == 1:
            out.append(Name(t.start, end, t.word, before[0].name, before[0].role, "surname", before[0]))
        else:
            out.append(Name(t.start, end, t.word, t.word, None, "surname", None, tuple(p.name for p in before)))
    return out


_SAME_SURNAME_MOST = 8  # people of one surname whose full names a later mention is compared with


def _repeated_full_name(text: str, t: Token, people: list[Name], near: list[tuple[int, int]]) -> Name | None:
    """Return the exact repetition, ending at surname token ``t``, of the full name of one of ``people`` introduced
    before it ("Envoy Jo Bell arrived. … Jo Bell wants …": the same person), unless a name in ``near`` (the spans
    found around ``t``) overlaps it; else None.

    >>> bell = Name(6, 13, "Jo Bell", "Jo Bell", "Envoy", "title")
    >>> t = "Envoy Jo Bell came. Jo Bell said"
    >>> _repeated_full_name(t, tokens(t)[5], [bell], []).exact, _repeated_full_name(t, tokens(t)[2], [bell], [])
    ('Jo Bell', None)
    """
    for p in people[:_SAME_SURNAME_MOST]:  # bounded: a hostile text may introduce thousands of one surname
        if p.start < t.start and (whole := _full_name_ending(text, t, p, set())) is not None:
            if whole.start < p.end or any(a < whole.end and whole.start < b for a, b in near[:2]):
                return None
            return whole
    return None


#: Words ending in "-ly" that are no adverbs of manner: nouns and adjectives of a speaker's phrase ("the ally
#: said", "the Hanul daily reported", "the assembly voted").
_LY_NOT_ADVERBS = word_set("ally assembly family daily weekly monthly quarterly rally supply anomaly monopoly "
                           "italy july only early likely friendly elderly lonely costly")


def manner_adverb(word: str) -> bool:
    """Return whether ``word`` is an adverb of manner or report that may stand between a speaker and its verb ("the
    ministry flatly said", "said the minister sharply", "the aide reportedly told"), not a noun or an adjective that
    ends in "-ly" ("the ally said", "the Hanul daily").

    >>> [manner_adverb(w) for w in ("flatly", "sharply,", "reportedly", "ally", "daily", "Italy", "said", "Lily")]
    [True, True, True, False, False, False, False, False]
    """
    low = word.strip(",.;:")
    return low.islower() and len(low) > 4 and low.endswith("ly") and low not in _LY_NOT_ADVERBS
