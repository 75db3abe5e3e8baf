"""Quotations and their speakers, in wire style."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import case_tables, cases, merged, run_rows, table

from analysis.extract import quote_spans

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def quotes(body: str, head: str | None = None) -> list[dict]:
    """The quotes of ``body`` under ``head`` (default: HEAD), each its value with its exact text."""
    return [s.value | {"exact": s.exact} for s in quote_spans((head or HEAD) + body)]


def speakers(body: str, *, words_too: bool = True) -> list[str | None]:
    """Each quote's speaker name, or (``words_too``) the words that name an unnamed speaker: the shape the case
    tables compare with."""
    return [q["speaker_name"] or (q["speaker_text"] if words_too else None) for q in quotes(body)]


def listed(speaker_names: str | None) -> list[str | None]:
    """The speakers a case table's field lists: names joined by ";", "None" for a quote nobody speaks."""
    return [None if n == "None" else n for n in (speaker_names or "None").split(";")]


def speakers_test(**tables: list[tuple[str, str | None]]) -> Callable[..., None]:
    """Return a test, with the ids of ``cases`` and its rows in chunks (``conftest.merged``), that the quotes of each
    row's body (each row: a body, its speakers as :func:`listed` reads them) have those speakers; a module binds it
    to a name of its own that starts with "test_", so that one test body serves every module's speaker tables."""

    def check(body: str, speaker_names: str | None) -> None:
        assert speakers(body) == listed(speaker_names)

    @pytest.mark.parametrize("rows", merged(cases(**tables)))
    def test(rows: list[object]) -> None:
        run_rows(check, rows)

    return test


def attributed(body: str) -> tuple[str | None, str]:
    """The words naming the speaker of the one quote of ``body``, and how the quote was attributed."""
    (q,) = quotes(body)
    return q["speaker_text"], q["attribution"]


def said(body: str, head: str | None = None) -> str:
    """Each quote's speaker name and attribution, "name@attribution", joined by ";" (the shape of the case tables)."""
    return ";".join(f'{q["speaker_name"]}@{q["attribution"]}' for q in quotes(body, head))


CASES = table(
    r"""
body | speaker | speaker_text | attribution
"We will not accept it," Esper said. | mark-esper | Esper | named
"We will not accept it," said Esper. | mark-esper | Esper | named
Esper said the South is a "wealthy country and could and should pay more". | mark-esper | Esper | named
Mark Esper said: "We will see what happens next." | mark-esper | Mark Esper | named
"The talks are over," KCNA said in a statement. | kcna | KCNA | named
"Seoul must pay more," Trump told reporters on Friday. | donald-trump | Trump | named
"We have no plans," a South Korean lawmaker said. | None | a South Korean lawmaker | descriptor
"Seoul will decide," Seoul said on Friday. | rok-government | Seoul | named
Kim Myong Gil spoke.\n\n"We are disappointed," he said. | kim-myong-gil | he | pronoun
"We are not a piggy bank," Kang Kyung-wha told lawmakers. | kang-kyung-wha | Kang Kyung-wha | named
“We act. “GO” is the way!” Esper wrote. | mark-esper | Esper | named
"No," said a former high-level official in the Bo cabinet. | None | a former high-level official | descriptor
"""
)


@pytest.mark.parametrize(("body", "speaker", "speaker_text", "attribution"), CASES)
def test_speakers(body, speaker, speaker_text, attribution):
    (q,) = quotes(body)
    assert (q["speaker"], q["speaker_text"], q["attribution"]) == (speaker, speaker_text, attribution)


def test_unattributed_quote_has_no_speaker():
    (q,) = quotes('Esper spoke.\n\n"In case of South Korea, which has provided a fair amount of support".')
    assert (q["speaker"], q["attribution"], q["form"]) == (None, "none", "full")


def test_colon_paragraph_attributes_the_next_quote():
    (q,) = quotes('Esper told reporters:\n\n"We will conclude the SMA this year."')
    assert (q["speaker"], q["attribution"]) == ("mark-esper", "colon")


def test_multi_paragraph_quote_continues():
    qs = quotes('"We are done with this," Esper said. "And more\n\n"We will see."')
    assert qs[-1]["attribution"] == "continuation" and qs[-1]["speaker"] == "mark-esper"


def test_scare_quote_form():
    (q,) = quotes('The North called it a "sinister aim".')
    assert q["form"] == "scare"


def test_curly_quotes():
    (q,) = quotes("“We will not accept it,” Esper said.")
    assert q["speaker"] == "mark-esper"


def test_pronoun_whose_quote_speaks_for_another_country_is_doubted():
    body = (
        "North Korean negotiator Kim Myong Gil spoke.\n\n"
        "A South Korean lawmaker said last week that officials demanded more.\n\n"
        '"If the U.S. still seeks to appease us, as during the DPRK-U.S. talks, we will walk away", he said.'
    )
    (q,) = quotes(body)
    assert q["speaker"] is None and q["voice"] == "KP"
    assert q["antecedent"]["exact"] == "A South Korean lawmaker"
    assert q["candidates"] == ["yoon-sang-hyun", "kim-myong-gil"]


# --- speakers the gazetteer does not know (invented names), and the attribution patterns -------------

ATTRIBUTION = table(
    r"""
body | the quote's first words | speaker_name | attribution
"The base is ready," said Gen. Paul Vantreeck, the commander. | The base | Paul Vantreeck | named
"It is a fair deal," said Defense Secretary Nora Quillfeather. | It is | Nora Quillfeather | named
"It is fair," Hye Park-Lindqvist, a professor at Hanul University, said. | It is | Hye Park-Lindqvist | named
"We will see," Mr. Oskar Lindahl said at a news conference. | We will | Oskar Lindahl | named
Yun Sol-bi, a lawmaker, spoke.\n\n"We will not pay more," Yun said. | We will | Yun Sol-bi | named
Ilse Vandermeer spoke to reporters.\n\n"We will not pay more," she said. | We will | Ilse Vandermeer | pronoun
"We are done," said Rep. Tamsin Oyelaran.\n\n"The talks must end now." | The talks | Tamsin Oyelaran | continuation
"We are done," Tamsin Oyelaran said. "The talks must end.\n\n"We will not return." | We will not | Tamsin Oyelaran | continuation
Colm Ferriter replied:\n\n“We will never accept it.” | We will | Colm Ferriter | colon
Colm Ferriter said the deal was a "fair" one. | fair | Colm Ferriter | named
Oskar Lindahl lashed out at the ally on Friday, calling it a “rich country”. | rich | Oskar Lindahl | subject
Dana Whitcombe of the Hanul Institute voiced hope that “hard work” would pay off. | hard | Dana Whitcombe | subject
"It was easy," he was quoted as saying. Ivo Marchetti left. | It was | None | pronoun
[Audio] GWON DA-IN(ENVOY) : "The other side left first." | The other | Gwon Da-in | colon
The lawmakers say the plan "serves no one". | serves | None | descriptor
Aldo Brezzi met a group of protesters who chanted, "Go home." | Go home | None | descriptor
Gen. Ottilie Brandvold spoke.\n\n"We are ready," the commander said. | We are | Ottilie Brandvold | descriptor
Aldo Brezzi spoke.\n\nThe former president said the talks were “a waste”. | a waste | Aldo Brezzi | descriptor
"We will see," a ministry spokeswoman said. | We will | None | descriptor
It followed a recent Yonhap report that Oskar Lindahl cut the offer by "at least half". | at least | Yonhap | according_to
Yonhap last Friday cited sources as saying Oskar Lindahl "already rejected the offer." | already | Yonhap | named
Colm Ferriter met his counterpart Oskar Lindahl.\n\nOn Monday, he tweeted, "I thank Minister Lindahl for the call." | I thank | Colm Ferriter | pronoun
Ilse Vandermeer, the lead negotiator, spoke. The other team is led by Oskar Lindahl.\n\n"We expect progress," she said. | We expect | Ilse Vandermeer | pronoun
Secretary of State Ivo Marchetti and defense secretary Nora Quillfeather wrote an op-ed.\n\nThe officials said the bill was "far too small". | far too | Ivo Marchetti and Nora Quillfeather | descriptor
Seoul is preparing a response to Washington’s “reciprocal” tariffs. | reciprocal | Washington | named
The Korean Central News Agency (KCNA) said the drills were a "grave provocation." | grave | KCNA | named
North Korea's state media called the drills "a rehearsal for war." | a rehearsal | North Korea's state media | descriptor
South Korean officials have said they want a "fair" deal. | fair | None | descriptor
"We are ready," Oskar Lindahl and Ilse Vandermeer said in a joint statement. | We are | Oskar Lindahl and Ilse Vandermeer | named
Oskar Lindahl, 61, a former negotiator, said: "It is a win." | It is | Oskar Lindahl | named
Yonhap reported that the U.S. wanted "a lot more." | a lot | Yonhap | named
The U.S. wanted "a lot more," Reuters reported. | a lot | Reuters | named
Yonhap reported that Oskar Lindahl called Seoul "rich." | rich | Oskar Lindahl | named
"We are close," Vandermeer, who leads the delegation, said. | We are | Vandermeer | named
The ministry quoted Oskar Lindahl as saying that the deal was "fair." | fair | Oskar Lindahl | named
Lindahl, however, said the deal was "not final." | not final | Lindahl | named
Ilse Vandermeer met Oskar Lindahl on Friday.\n\n"We are close," Lindahl said after the meeting. | We are | Oskar Lindahl | named
"""  # noqa: E501
)


@pytest.mark.parametrize(("body", "words", "name", "attribution"), ATTRIBUTION)
def test_attribution_patterns(body, words, name, attribution):
    (q,) = [q for q in quotes(body) if q["exact"][1:].startswith(words)]
    assert (q["speaker_name"], q["attribution"]) == (name, attribution)


ORGANISATIONS = [
    # an organisation speaks: its own words for itself become the speaker's name
    ('The Foreign Ministry issued a statement.\n\n"We regret it," the ministry said.', "Foreign Ministry"),
    ('KCNA carried a statement.\n\n"The talks are over," the statement said.', "KCNA"),
    ('South Korea\'s foreign ministry has said talks will be "reasonable and fair".', "South Korea's foreign ministry"),
    ('U.S. Forces Korea issued a release.\n\n"Furloughs may follow," it said.', "U.S. Forces Korea"),
    # the phrase names the body itself, though another organisation is named nearer (in the quote)
    ('"U.S. Forces Korea will pay the workers," the U.S. military said in a statement.', "U.S. military"),
    # "the ministry" is the body an earlier phrase named, not an organisation named in between
    ('The deal took effect, the foreign ministry said.\n\nThe pact "will help U.S. Forces Korea," the ministry said.',
     "foreign ministry"),
    ('U.S. Forces Korea agreed. The Seoul ministry said it would consult "with patience".', "Seoul ministry"),
]


@pytest.mark.parametrize(("body", "name"), ORGANISATIONS)
def test_organisations_speak(body, name):
    (q,) = quotes(body)
    assert q["speaker_name"] == name and q["attribution"] != "none"


def test_he_does_not_point_back_to_a_woman_named_with_her_title():
    body = 'Colm Ferriter, the senior adviser, met Ms. Yun Sol-bi.\n\n"It is a small part," he said.'
    (q,) = quotes(body)
    assert q["speaker_name"] == "Colm Ferriter"


def test_the_gazetteer_name_is_the_speaker_name_of_a_known_person():
    (q,) = quotes('"We will not accept it," Esper said.')
    assert (q["speaker"], q["speaker_name"]) == ("mark-esper", "Mark Esper")


def test_a_sentence_after_the_quote_is_not_its_attribution():
    (q,) = quotes('"We are done." Later Colm Ferriter said the talks ended.')
    assert q["attribution"] == "none"


# --- wire and Korean English-language styles (invented names): asides, statements, outlets, headlines ------

WIRE = table(
    r"""
body | the quote's first words | speaker_name | attribution
“We are close to a deal,” the official, who asked not to be named, said. | We are | None | descriptor
"We are close to a deal," a senior official, who spoke on condition of anonymity, said. | We are | None | descriptor
According to Brannock Hale, "the gap remains wide." | the gap | Brannock Hale | according_to
"The gap remains wide," according to Brannock Hale, a senior fellow at the Ridgeview Institute. | The gap | Brannock Hale | according_to
Tamsin Ardley, speaking on condition of anonymity, said: "No deal yet." | No deal | Tamsin Ardley | named
Tamsin Ardley, speaking on condition of anonymity, said the talks were "stuck". | stuck | Tamsin Ardley | named
"We will pay our fair share," the ministry said in a statement. | We will | None | descriptor
In a statement, the Foreign Ministry said: "We regret the decision." | We regret | Foreign Ministry | named
"We regret the decision," U.S. Forces Korea said in a statement. | We regret | U.S. Forces Korea | named
"South Korea is a very rich country," Halvard Quist wrote on Truth Social. | South Korea | Halvard Quist | named
Halvard Quist wrote on Truth Social: "They must pay!" | They must | Halvard Quist | named
"We will see," Ambassador Orla Petrakis told reporters on Friday. | We will | Orla Petrakis | named
"We are making progress," Choi Min-seo told Yonhap News Agency. | We are | Choi Min-seo | named
Choi Min-seo told Yonhap that the gap was "still wide". | still wide | Choi Min-seo | named
"It is unacceptable," Rep. Dorrit Vallance, a Democrat from Ohio who sits on the Armed Services Committee, said. | It is | Dorrit Vallance | named
"It is unacceptable," Rep. Dorrit Vallance, a Democrat from Ohio who sits on the National Assembly, said. | It is | Dorrit Vallance | named
Dorrit Vallance, a Democrat from Ohio who sits on the Armed Services Committee and has long criticised the talks, told reporters he was "disappointed". | disappointed | Dorrit Vallance | named
Lee Ha-eun, a professor at Korea University who studies the alliance, spoke.\n\n"It is a fair deal," she said. | It is a | Lee Ha-eun | pronoun
Lee Ha-eun spoke.\n\n"It is a fair deal," said the professor. | It is a | Lee Ha-eun | descriptor
Esper: Seoul ‘could and should pay more’ | could | Mark Esper | colon
Trump says Seoul pays ‘very little’ | very | Donald Trump | named
‘We are not an ATM’: Kwon Tae-ho says Seoul will not budge | We are | Kwon Tae-ho | named
Q: Will Seoul pay more?\n\nA: "We will see." | We will | None | none
"We are disappointed," Parvati Rennick said, adding that the "door remains open". | door | Parvati Rennick | named
"Seoul should pay," Parvati Rennick said. "It is rich." | It is | Parvati Rennick | continuation
Parvati Rennick said on Monday that Seoul "must do more" to share the burden. | must do | Parvati Rennick | named
"This is a fair deal," said Kwon Tae-ho, the chief negotiator, in a briefing. | This is | Kwon Tae-ho | named
Kwon Tae-ho, the chief negotiator, said in a briefing, "This is a fair deal." | This is | Kwon Tae-ho | named
"It's a good outcome for both sides," the spokesperson for the Ministry of Foreign Affairs said. | It | Ministry of Foreign Affairs | named
Defense Minister Suh Jae-won said Friday, "We will keep talking." | We will | Suh Jae-won | named
Suh Jae-won spoke.\n\n"We will keep talking," Suh told lawmakers Friday. | We will | Suh Jae-won | named
Asked whether Seoul would pay more, Suh Jae-won said, "We will decide." | We will | Suh Jae-won | named
"We will decide," Suh Jae-won, who took office in May, told a parliamentary hearing. | We will | Suh Jae-won | named
Wren Calloway said on X: "The deal is done." | The deal | Wren Calloway | named
Wren Calloway said the deal is "done," adding: "We move on." | We move | Wren Calloway | subject
In an interview with The Korea Herald, Wren Calloway said the allies were "far apart". | far apart | Wren Calloway | named
Wren Calloway told The Associated Press that the allies were "far apart". | far apart | Wren Calloway | named
“We want a fair deal,” said Wren Calloway, a spokeswoman for the State Department. | We want | Wren Calloway | named
The State Department said in a statement that Seoul should pay "its fair share." | its fair | State Department | named
Gen. Ottar Hennings told lawmakers the talks were hard.\n\n"We will get there in the end." | We will | Ottar Hennings | named
Ottar Hennings spoke to lawmakers. He said the talks were hard.\n\n"We will get there in the end." | We will | Ottar Hennings | pronoun
Ottar Hennings met lawmakers on Monday.\n\n"We will get there in the end." | We will | None | none
"We are ready," Jeong Mi-rae, who led the talks, said. | We are | Jeong Mi-rae | named
Jeong Mi-rae led the talks.\n\n"We are ready," Jeong, who led the talks, said. | We are | Jeong Mi-rae | named
Speaking at a press briefing, Ottar Hennings said, "We are ready." | We are | Ottar Hennings | named
"We will pay," Ottar Hennings said — "but not that much." | but not | Ottar Hennings | named
Ottar Hennings, for his part, said: "We are ready." | We are | Ottar Hennings | named
"We are ready," Ottar Hennings was quoted as saying by Yonhap. | We are | Ottar Hennings | named
Pressed on the cost, Ottar Hennings said: "We are ready." | We are | Ottar Hennings | named
The ministry issued a statement.\n\n"We are ready," the statement read. | We are | None | descriptor
"We are ready" the White House said. | We are | White House | named
In a tweet, Ottar Hennings said: "We are ready." | We are | Ottar Hennings | named
"We are ready," Ottar Hennings said in a post on X. | We are | Ottar Hennings | named
"We are ready," a high-ranking official at the ministry said on condition of anonymity. | We are | None | descriptor
"We are ready," said the official, who declined to be identified. | We are | None | descriptor
"We are ready," said Kim Hong-sik, South Korea's special representative for Korean Peninsula peace and security affairs. | We are | Kim Hong-sik | named
Ottar Hennings has repeatedly called South Korea a "money machine." | money | Ottar Hennings | named
Ottar Hennings spoke.\n\nHe called the deal "fair and balanced." | fair | Ottar Hennings | pronoun
South Korea's chief negotiator Jeong Mi-rae said the gap was "narrowing". | narrowing | Jeong Mi-rae | named
"The gap is narrowing," said South Korea's chief negotiator, Jeong Mi-rae. | The gap | Jeong Mi-rae | named
"The gap is narrowing," Jeong Mi-rae, the ministry's chief negotiator, told reporters in Seoul on Tuesday. | The gap | Jeong Mi-rae | named
The two sides said in a joint statement that the deal was "mutually acceptable". | mutually | None | descriptor
Ottar Hennings said that "the gap is narrowing" but gave no details. | the gap | Ottar Hennings | named
Ottar Hennings, the U.S. negotiator, arrived on Monday.\n\n"The gap is narrowing," Hennings said. | The gap | Ottar Hennings | named
Mr. Hennings said: "The gap is narrowing." | The gap | Hennings | named
"The gap is narrowing," the negotiator told Reuters in an interview. | The gap | None | descriptor
Q. Will Seoul pay more?\nA. "That is up to the talks." | That | None | none
"This is not fair," Rep. Ida Lowen (D-Calif.) said. | This is | Ida Lowen | named
"This is not fair," Ida Lowen, D-Calif., said. | This is | Ida Lowen | named
"This is not fair," said Sen. Ida Lowen, R-Ohio. | This is | Ida Lowen | named
Ottar Hennings told KBS that "the gap is narrowing". | the gap | Ottar Hennings | named
"It was a productive meeting," Hennings's office said. | It was | Hennings's office | descriptor
"We are ready," said Kwon Tae-ho, who heads the ministry's North American affairs bureau. | We are | Kwon Tae-ho | named
"We are ready," said a spokesperson for USFK. | We are | USFK | descriptor
"We are ready," USFK commander Gen. Ottar Hennings said. | We are | Ottar Hennings | named
Ottar Hennings, however, said "the gap is wide." | the gap | Ottar Hennings | named
In a Truth Social post on Monday, Ottar Hennings wrote: "Seoul must pay." | Seoul | Ottar Hennings | named
"Seoul must pay," Kwon Tae-ho said, according to Yonhap. | Seoul | Kwon Tae-ho | named
Yonhap quoted an official as saying, "Seoul must pay." | Seoul | None | descriptor
Kwon Tae-ho was quoted by Yonhap as saying that the allies were "far apart". | far apart | Kwon Tae-ho | named
"Seoul must pay," the official said on condition of anonymity because he was not authorized to speak to the media. | Seoul | None | descriptor
Park Ji-hoon spoke first.\n\nPark, a former vice foreign minister, told The Korea Times: "Seoul must pay." | Seoul | Park Ji-hoon | named
"Seoul must pay," Foreign Ministry spokesperson Kim In-chul told a regular press briefing. | Seoul | Kim In-chul | named
Lim Soo-bin, spokesman of the ministry, said, "Seoul must pay." | Seoul | Lim Soo-bin | named
"Seoul must pay," Seoul's foreign ministry said. | Seoul | Seoul's foreign ministry | descriptor
The presidential office said, "Seoul must pay." | Seoul | None | descriptor
Presidential spokesman Ko Min-ah said that the deal was "fair". | fair | Ko Min-ah | named
Ottar Hennings spoke on Monday.\n\n"Seoul must pay," the envoy said, "and it will." | and it | Ottar Hennings | descriptor
"Seoul must pay," said Rep. Tamsin Oyelaran, D-Ohio, chairwoman of the subcommittee. | Seoul | Tamsin Oyelaran | named
Asked about the talks, the minister replied, "Seoul must pay." | Seoul | None | descriptor
"Seoul must pay," Kwon Tae-ho and Ottar Hennings said in a joint statement. | Seoul | Kwon Tae-ho and Ottar Hennings | named
Ottar Hennings told CNN on Sunday that Seoul was "a wealthy country." | a wealthy | Ottar Hennings | named
Ottar Hennings, who met Kwon Tae-ho on Friday, said the deal was "close". | close | Ottar Hennings | named
"We are ready," said Army Col. Ottar Hennings, a USFK spokesman. | We are | Ottar Hennings | named
"We are ready," said Air Force Lt. Gen. Ottar Hennings. | We are | Ottar Hennings | named
"We are ready," said USFK spokesman Col. Ottar Hennings. | We are | Ottar Hennings | named
"We are ready," Sen. Ida Lowen, R-S.C., said. | We are | Ida Lowen | named
"We are ready," Rep. Ida Lowen, D-N.Y., said in a statement. | We are | Ida Lowen | named
"We are ready," Ida Lowen, a Republican senator from Ohio, said. | We are | Ida Lowen | named
Ida Lowen, the top Republican on the committee, said the deal was "a bad one". | a bad | Ida Lowen | named
"We are ready," the senator said. | We are | None | descriptor
Ottar Hennings is the envoy.\n\n"We are ready," Hennings said Tuesday in Seoul. | We are | Ottar Hennings | named
Ottar Hennings is the envoy.\n\n"I think the deal is fair," Hennings, 64, said. | I think | Ottar Hennings | named
Ottar Hennings, 64, said the deal was "fair". | fair | Ottar Hennings | named
Brannock Hale, adviser to President Orla Petrakis, told reporters it was "fair". | fair | Brannock Hale | named
Ottar Hennings spoke on Monday. In a rare rebuke, he blamed Seoul for offers that "fall short". | fall short | Ottar Hennings | pronoun
The talks left, in the words of one Defense Ministry official, a "wide gap". | wide gap | None | according_to
An aide portrayed the deal as in line with new President Dorrit Vallance’s calls “to rebuild our alliances.” | to rebuild | Dorrit Vallance | named
Yun Sol-bi, 45, a cook at Camp Alder, said the cuts were "painful". | painful | Yun Sol-bi | named
Brannock Hale, the U.S. envoy, told reporters that Seoul "must do more". | must do | Brannock Hale | named
Brannock Hale of the State Department said: "We are close." | We are | Brannock Hale | named
A senior official at the State Department said Seoul was "close". | close | State Department official | descriptor
Professor Brannock Hale of Hanul University said Seoul had "no choice". | no choice | Brannock Hale | named
"We are close," said the spokesman, Kim Min-jun. | We are | Kim Min-jun | named
The deal was "balanced," according to a statement from the ministry. | balanced | None | according_to
The talks were described as "productive" by Brannock Hale, the U.S. envoy. | productive | Brannock Hale | named
Brannock Hale wrote on X on Monday. "Seoul has agreed to pay more." | Seoul has | Brannock Hale | named
"We are close," said a statement from the ministry. | We are | None | descriptor
In an editorial, the Hanul Daily called the demand "extortion". | extortion | None | descriptor
"We are close," said Hale, who led the talks. | We are | Hale | named
Hale, 54, said the offer was "fair". | fair | Hale | named
"It is over," said Hale. "We are done." | We are | Hale | continuation
Brannock Hale on Monday said the offer was "insulting". | insulting | Brannock Hale | named
Brannock Hale, speaking to reporters, called the offer "insulting". | insulting | Brannock Hale | named
Hale repeatedly stressed that the deal was "fair". | fair | Hale | named
The State Department’s Bureau of Arms Affairs said the plan includes a “measured rise”. | measured | State Department’s Bureau of Arms Affairs | descriptor
Ottar Hennings, speaking alongside Brannock Hale, said Seoul "could pay more". | could pay | Ottar Hennings | named
Ambassador Ottar Hennings's tweet read: "Seoul has agreed to pay more." | Seoul has | Ottar Hennings | named
Ambassador Ottar Hennings's message was blunt: "Pay more." | Pay more | Ottar Hennings | named
Speaking in Seoul, said Ambassador Ottar Hennings in a statement: "We are ready." | We are | Ottar Hennings | named
[Soundbite] Kim Min-jun / Foreign Ministry Spokesperson: "We are close." | We are | Kim Min-jun | colon
Officials say the deal is "fair". | fair | None | descriptor
Seoul and Washington agreed "in principle" on a deal, the ministry said. | in principle | None | descriptor
"""  # noqa: E501
)


def check_wire_attribution(body, words, name, attribution):
    (q,) = [q for q in quotes(body) if q["exact"][1:].startswith(words)]
    assert (q["speaker_name"], q["attribution"]) == (name, attribution)


@pytest.mark.parametrize("rows", merged(cases(WIRE=WIRE)))
def test_wire_attribution(rows: list[object]) -> None:
    run_rows(check_wire_attribution, rows)


#: (headline, the quote's first words, speaker_name): single quotes, the speaker as subject or label.
HEADLINES = case_tables("test_extract_quotes")["HEADLINES"]


@pytest.mark.parametrize(("headline", "words", "name"), HEADLINES)
def test_headline_quotes(headline, words, name):
    (q,) = [q for q in quotes("Seoul and Washington met.", head=headline + "\n\nNovember 16, 2019\n\n")
            if q["exact"][1:].startswith(words)]  # fmt: skip
    assert q["speaker_name"] == name


@pytest.mark.parametrize(
    "body", ["Seoul's share in the '90s rose.", "They don't pay; the allies' share is small.", "Rock 'n' roll"]
)
def test_apostrophes_are_not_quotes(body):
    assert quotes(body) == []


UNNAMED = [
    # (body, speaker_text): unnamed sources, as wire copy and Korean outlets write them
    ('"Seoul must pay," said an official at the Foreign Ministry.', "descriptor"),
    ('"Seoul must pay," a diplomatic source said.', "descriptor"),
    ('"Seoul must pay," a source familiar with the negotiations said.', "descriptor"),
    ('"Seoul must pay," an informed source told Yonhap.', "descriptor"),
    ('"Seoul must pay," a ruling party lawmaker said.', "descriptor"),
    ('"Seoul must pay," a government official said.', "descriptor"),
    ('"Seoul must pay," a military official said.', "descriptor"),
    ('"Seoul must pay," one official said.', "descriptor"),
    ('"Seoul must pay," officials said.', "descriptor"),
    ('"Seoul must pay," said a senior administration official.', "descriptor"),
    ('"Seoul must pay," a State Department spokesperson said.', "descriptor"),
    ('"Seoul must pay," a Pentagon spokesman said.', "descriptor"),
    ('"Seoul must pay," experts said.', "descriptor"),
    ('"Seoul must pay," a U.S. defense official told reporters.', "descriptor"),
    ('"Seoul must pay," said an analyst at the Asan Institute.', "descriptor"),
]


@pytest.mark.parametrize(("body", "attribution"), UNNAMED)
def test_unnamed_sources_are_descriptors(body, attribution):
    (q,) = quotes(body)
    assert (q["speaker"], q["attribution"]) == (None, attribution) and q["speaker_text"]


def test_british_single_quotes_in_body_text():
    body = (
        "'We have made good progress and we expect to conclude the negotiations soon, with a fair outcome for "
        "both sides,' the minister, Kwon Tae-ho, told MPs on Monday. He said the allies' share was 'too small'."
    )
    first, second = quotes(body)
    assert (first["speaker_name"], first["form"]) == ("Kwon Tae-ho", "full")
    assert second["exact"] == "'too small'" and second["attribution"] == "pronoun"


def test_a_short_quote_takes_the_speaker_of_the_attributed_quote_that_repeats_it():
    head_line = "Talks must be ‘fully fair’\n\nMay 2, 2022\n\n"
    (head, body) = quotes('"It must be fully fair to both sides," said Ottar Hennings.', head=head_line)
    assert (head["speaker_name"], head["attribution"]) == ("Ottar Hennings", "repeated")
    assert body["attribution"] == "named"


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_sharing_its_words():
    body = 'Ottar Hennings said Seoul "pays very little for the troops we keep there."'
    (head, _) = quotes(body, head='"Seoul pays very little for our troops"\n\nMay 2, 2022\n\n')
    assert (head["speaker_name"], head["attribution"]) == ("Ottar Hennings", "repeated")


def test_a_headline_label_after_the_quote_names_the_person_of_that_role():
    head_line = "Seoul ‘can pay more’: US envoy\n\nMay 2, 2022\n\n"
    (head,) = quotes("Ottar Hennings, the U.S. envoy, spoke on Monday.", head=head_line)
    assert (head["speaker_name"], head["attribution"]) == ("Ottar Hennings", "colon")


def test_a_known_person_is_named_as_the_text_spells_the_full_name():
    (q,) = quotes('Kim Jong Un met the envoy.\n\n"We are close," Kim said.')
    assert (q["speaker"], q["speaker_name"]) == ("kim-jong-un", "Kim Jong Un")


def test_a_described_office_points_back_to_the_person_of_that_country():
    (q,) = quotes('Esper met Jeong Kyeong-doo. The South Korean minister said the deal would be "fair".')
    assert (q["speaker_name"], q["attribution"]) == ("Jeong Kyeong-doo", "descriptor")


def test_a_quote_cut_in_two_takes_the_speaker_named_after_its_second_half():
    body = '“We are talking,” and the “minister and I hope for a deal soon,” Defense Secretary Ottar Hennings said.'
    first, second = quotes(body)
    assert first["speaker_name"] == second["speaker_name"] == "Ottar Hennings"
    assert first["attribution"] == "named"


def test_a_pronoun_skips_a_name_inside_a_clause_of_another():
    body = ('"We pay too much," Ottar Hennings said, echoing a complaint that Donald Trump often makes. '
            '"Seoul can pay more," he added.')
    _, second = quotes(body)
    assert (second["speaker_name"], second["attribution"]) == ("Ottar Hennings", "pronoun")


def test_a_verb_with_the_hearer_as_object_attributes_the_quote():
    _, q = quotes('Ottar Hennings spoke on Monday. "We pay." \n\n"Seoul is a rich nation," he informed his audience.')
    assert (q["speaker_name"], q["attribution"]) == ("Ottar Hennings", "pronoun")


def test_the_minister_points_back_to_the_person_who_holds_that_office():
    body = ('Foreign Minister Ottar Hennings spoke after a lawmaker asked Hennings if Donald Trump rejected it.\n\n'
            '"It was our best offer," the minister said.\n\nShe added that the deal must be "reasonable".')
    first, second = quotes(body)
    assert (first["speaker_name"], first["attribution"]) == ("Ottar Hennings", "descriptor")
    assert (second["speaker_name"], second["attribution"]) == ("Ottar Hennings", "pronoun")


def test_words_a_report_relays_belong_to_the_subject_of_the_reported_clause():
    body = ('The Hanul Daily and Reuters reported that the U.S. State Department was pleased to have "reached a '
            'text", adding there was a "meaningful increase".')
    first, second = quotes(body)
    assert first["speaker"] == second["speaker"] == "state-department"


def test_a_relative_clause_with_an_adverbial_before_its_verb_names_the_speaker():
    (q,) = quotes('Donald Trump, who during his presidency accused Seoul of "free-riding", is back.')
    assert q["speaker"] == "donald-trump"


def test_a_quote_of_two_parties_takes_the_speaker_the_next_sentence_opens_with():
    body = ('Seoul and Washington have agreed "in principle" on a deal.\n\n'
            "Seoul's foreign ministry said on Monday that it would be signed soon.")
    (q,) = quotes(body)
    assert (q["speaker_name"], q["attribution"]) == ("Seoul's foreign ministry", "descriptor")


def test_a_headline_quote_takes_the_speaker_a_transcript_label_names():
    body = "Mark Esper spoke.\n\nMark Esper / U.S. defense secretary\nWe stayed. They pay very little for troops."
    (head,) = quotes(body, head='"Seoul pays very little for troops"\n\nMay 2, 2022\n\n')
    assert (head["speaker"], head["attribution"]) == ("mark-esper", "repeated")
