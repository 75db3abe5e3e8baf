"""A probe battery of the attribution forms of news English (quotes21, eighth session): not the corpus's misses but
the shapes wire and newspaper copy (AP, Reuters, Yonhap style) uses to credit a quotation, each written from general
knowledge as short generic passages with made-up names, places and bodies, with controls (scare quotes, titles of
works, names of things) that belong to nobody.

A row's ``speakers`` field lists each quote's speaker in order (";"-joined, "None" for a quote nobody speaks): the full
name the text establishes, or the words naming an unnamed speaker; "~" separates equally right answers (the
organisation named, or the words "the ministry"). Names compare as :func:`analysis.evaluate.norm_name` does.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import quotes, speakers

from analysis.evaluate import norm_name


def fits(got: list[str | None], want: str | None) -> bool:
    """Return whether each quote's speaker is one of the answers the row's field allows.

    >>> fits(["Ana Volk", None], "ana volk;None"), fits(["the ministry"], "Varian Defense Ministry~the ministry")
    (True, True)
    >>> fits(["Jo Tallan"], "Ana Volk"), fits([], "None"), fits([None], None)
    (False, False, True)
    """
    fields = (want or "None").split(";")
    wanted = [[None if a == "None" else norm_name(a) for a in field.split("~")] for field in fields]
    pairs = zip(got, wanted, strict=False)
    return len(got) == len(wanted) and all((norm_name(g) if g else None) in w for g, w in pairs)


# Speaker before or after the quote, inverted ("said X"), with time, place and audience around the verb.
PLACEMENT = table(
    r"""
body | speakers
"We will not pay more," Ana Volk said. | Ana Volk
"We will not pay more," said Ana Volk. | Ana Volk
Ana Volk said, "We will not pay more." | Ana Volk
Ana Volk arrived in Tarsa on Monday.\n\n"The talks are over," Volk told reporters on Tuesday. | Ana Volk
"There is no deadline," Ilse Vandermeer insisted at a news conference in Tarsa. | Ilse Vandermeer
"Nobody wants a trade war," Bo Rimmer told the Tarsa Herald in an interview. | Bo Rimmer
"We will see," Jo Tallan said Friday, adding that talks would resume next week. | Jo Tallan
"The plan is dead," Oskar Lindahl said flatly. | Oskar Lindahl
"It is a good start," Park Min-seo told Yonhap News Agency by phone. | Park Min-seo
"We are not there yet," Lindahl said.\n\nOskar Lindahl had led the talks since May. | Oskar Lindahl
"""
)

# A title or rank before the name (military ranks, offices, "chief negotiator", "U.S. Ambassador").
TITLED = table(
    r"""
body | speakers
"The alliance is strong," Defense Minister Ana Volk said. | Ana Volk
"We are ready," said Gen. Oskar Lindahl, commander of the Varian forces. | Oskar Lindahl
"It is unacceptable," Foreign Minister Jo Tallan told lawmakers. | Jo Tallan
"We will respond," said Vice Foreign Minister Ilse Vandermeer. | Ilse Vandermeer
"The deal is close," U.S. Ambassador Bo Rimmer said. | Bo Rimmer
"This is about fairness," Prime Minister Colm Ferriter said on Sunday. | Colm Ferriter
"We have not agreed," chief negotiator Nora Quillfeather said. | Nora Quillfeather
"We will keep talking," Lt. Gen. Paul Vantreeck said. | Paul Vantreeck
"The plan is sound," Rep. Tamsin Oyelaran, a Democrat from Ohio, said. | Tamsin Oyelaran
"We will not back down," presidential spokesman Kang Do-hyun said in a briefing. | Kang Do-hyun
"""
)

# An appositive after the name (a role, an age, an organisation, a "who" clause), the verb before or after it.
APPOSITIVE = table(
    r"""
body | speakers
"It is a bad deal," Ana Volk, a professor at Tarsa University, said. | Ana Volk
"It is a bad deal," said Ana Volk, a professor at Tarsa University. | Ana Volk
Oskar Lindahl, the chief negotiator, said, "We made progress." | Oskar Lindahl
"We made progress," Oskar Lindahl, Varia's chief negotiator, told reporters. | Oskar Lindahl
"The numbers do not add up," said Jo Tallan, a senior fellow at the Hanul Institute in Tarsa. | Jo Tallan
Ilse Vandermeer, who led the talks in 2019, said the offer was "a joke." | Ilse Vandermeer
"Nobody won," said Bo Rimmer, 64, a retired colonel. | Bo Rimmer
"We are watching," Colm Ferriter, spokesman for the Varian Defense Ministry, said. | Colm Ferriter
Choi Ji-won, an analyst at the Tarsa Institute for Defense, said the offer was "a gesture." | Choi Ji-won
"""
)

# A speaker the text describes but does not name ("a senior official", "officials familiar with the talks", "the
# official, who spoke on condition of anonymity"): the description is the speaker.
DESCRIPTOR = table(
    r"""
body | speakers
"The talks are stalled," a senior official said. | a senior official
"We have made our position clear," a ministry spokesperson told reporters. | a ministry spokesperson
"There is no deal yet," officials familiar with the talks said. | officials familiar with the talks
"The gap is wide," said the official, who spoke on condition of anonymity. | the official
"They want more money," a diplomatic source said. | a diplomatic source
"We are close," one senior administration official said on condition of anonymity. | one senior administration official
A government official, speaking on condition of anonymity, said the offer was "final." | A government official
"Nothing is agreed," said a person familiar with the matter. | a person familiar with the matter
"The troops stay," a Pentagon spokesman said. | a Pentagon spokesman
"We urge restraint," a spokeswoman for the embassy said. | a spokeswoman for the embassy~a spokeswoman
"The gap has narrowed," a source close to the talks told Yonhap. | a source close to the talks
"It is a bluff," analysts in Tarsa said. | analysts in Tarsa~analysts
"The offer is too low," officials in Seoul said on Monday. | officials in Seoul~officials
"""
)

# A title or honorific before a surname the text gave in full before ("Ms. Volk", "Minister Volk", "President Tallan"):
# the one person of that surname, as a bare surname is; two people of the surname before it (control) leave the
# surname unresolved.
TITLED_SURNAME = table(
    r"""
body | speakers
Defense Minister Ana Volk arrived on Monday. "We are ready," Minister Volk said. | Ana Volk
Ana Volk chairs the panel. "We will vote," said Sen. Volk. | Ana Volk
Kim Sol-bi leads the union.\n\nMs. Kim said the offer was "an insult." | Kim Sol-bi
Jo Tallan won the vote.\n\n"We will govern," President Tallan told supporters. | Jo Tallan
Ana Volk and Piet Volk spoke.\n\n"We will vote," Dr. Volk said. | Volk
"""
)

# A body of the gazetteer (Seoul's "Defense Ministry", "Foreign Ministry") named with another country before it
# ("Japan's Defense Ministry", "the Chinese Foreign Ministry"): that country's body, not Seoul's; Seoul's own
# (controls) stays the gazetteer's.
FOREIGN_BODY = table(
    r"""
body | speakers
"The drills are routine," the Japanese Defense Ministry said. | Japanese Defense Ministry~the Japanese Defense Ministry
"The drills are routine," Japan's Defense Ministry said in a statement. | Japan's Defense Ministry
The Chinese Foreign Ministry called the drills "a provocation." | Chinese Foreign Ministry~the Chinese Foreign Ministry
"It is routine," according to a statement from the Japanese Defense Ministry. | Japanese Defense Ministry
North Korea's Foreign Ministry called the drills "a rehearsal for war." | North Korea's Foreign Ministry
"The drills are routine," South Korea's Defense Ministry said. | Defense Ministry~South Korean Ministry of National Defense
"The drills are routine," the South Korean Defense Ministry said. | Defense Ministry~South Korean Ministry of National Defense
"""  # noqa: E501
)

# An office with a nationality that points back ("the South Korean negotiator said", "the U.S. envoy said") to the
# person the text gave that nationality in a title or appositive, not to the nearest person of another; an office
# with no nationality (control) stays the nearest holder.
NATIONAL_OFFICE = table(
    r"""
body | speakers
Jo Tallan, the top U.S. negotiator, met Kim Sol-bi, his South Korean counterpart.\n\n"We are close," the South Korean negotiator said. | Kim Sol-bi
Jo Tallan, the top U.S. negotiator, met Kim Sol-bi, his South Korean counterpart, on Monday.\n\nKim said the talks were "useful."\n\n"We need time," the U.S. envoy said. | Kim Sol-bi;Jo Tallan
U.S. Ambassador Jo Tallan met Kim Sol-bi, a South Korean lawmaker.\n\n"The alliance is strong," the American diplomat said. | Jo Tallan
Chief negotiator Jo Tallan arrived in Seoul.\n\n"We are close," the negotiator said. | Jo Tallan
"""  # noqa: E501
)

# An office, age, party or synonym pointing back to a person named before ("the spokeswoman said", "the former general
# said"); the rows this round leaves failing (KNOWN_MISSES) are the next classes: an age ("the 61-year-old"), a
# title's abbreviation ("Sen." then "the senator"), a party ("(R-Texas)" then "the Republican"), an organisation's
# initials before the office ("the USFK commander") and a synonym of the office ("professor" then "the academic").
REFER_BACK = table(
    r"""
body | speakers
Ministry spokeswoman Ana Volk spoke on Monday.\n\n"We are ready," the spokeswoman said. | Ana Volk
Oskar Lindahl, a former general, spoke on Monday.\n\n"We are close," the former general said. | Oskar Lindahl
Rep. Bo Rimmer spoke on Monday.\n\n"We are close," the lawmaker said. | Bo Rimmer
Gen. Paul Vantreeck, commander of U.S. Forces Korea, spoke on Monday.\n\n"We are ready," the commander said. | Paul Vantreeck
Ana Volk, a professor at Hanul University, spoke.\n\n"It is a bluff," the professor said. | Ana Volk
Oskar Lindahl, 61, a former general, spoke on Monday.\n\n"We are close," the 61-year-old said. | Oskar Lindahl
Sen. Bo Rimmer spoke on Monday.\n\n"We are close," the senator told reporters. | Bo Rimmer
Rep. Bo Rimmer (R-Texas) spoke on Monday.\n\n"We are close," the Republican said. | Bo Rimmer
Gen. Paul Vantreeck, commander of U.S. Forces Korea, spoke on Monday.\n\n"We are ready," the USFK commander said. | Paul Vantreeck
Ana Volk, a professor at Hanul University, spoke.\n\n"It is a bluff," the academic said. | Ana Volk
Defense Minister Oskar Lindahl took questions.\n\nQ: Will Seoul pay more?\n\nLINDAHL: "No." | Oskar Lindahl
"""  # noqa: E501
)

# A person noun with a postmodifier naming whom they serve or where they work ("an aide to the president", "a member of
# the ruling party", "a senior official at the foreign ministry", "a person close to the minister"), before or after
# the quote: the person speaks, not the object of the preposition; a spokesperson for an organisation speaks for it
# (control: the organisation stays); a title with "of" before a name (control) is the name's.
HOLDER = table(
    r"""
body | speakers
"He is furious," an aide to the president said. | an aide to the president
"He is furious," an aide to President Ana Volk said. | an aide to President Ana Volk
"We will not move," a lawmaker from the ruling party said. | a lawmaker from the ruling party
"We will not move," a member of the ruling party said. | a member of the ruling party
"We will not move," a senior adviser to the minister said. | a senior adviser to the minister
"We will not move," a senior official at the foreign ministry said. | a senior official at the foreign ministry
"We will not move," the head of the union said. | the head of the union
An aide to President Ana Volk said the plan was "dead." | An aide to President Ana Volk
A member of the ruling party said the plan was "dead." | A member of the ruling party
The wife of President Ana Volk said the plan was "a betrayal." | The wife of President Ana Volk
"We will not move," two people with knowledge of the matter said. | two people with knowledge of the matter
A source close to the talks told Yonhap the gap was "still wide." | A source close to the talks
"We will not move," said a Seoul-based diplomat. | Seoul-based diplomat~a Seoul-based diplomat
"We will not move," analysts in Busan said. | analysts in Busan~analysts
Port authorities in Tarsa said the ship was "unsafe" to enter. | Port authorities
"The plan is on hold," a spokesman for the U.S. Forces Korea said. | U.S. Forces Korea~United States Forces Korea
"We will not move," a spokesman for the ministry said. | a spokesman~a spokesman for the ministry
"We are ready," the Minister of Defense Ana Volk said. | Ana Volk
"Jo Tallan is wrong," said Ana Volk, a critic of the president. | Ana Volk
"""
)

# An organisation as the speaker: a ministry, an agency, an embassy, "Seoul's foreign ministry said in a statement".
ORGANISATION = table(
    r"""
body | speakers
"The talks will resume next week," the foreign ministry said in a statement. | the foreign ministry
"The talks will resume next week," Seoul's foreign ministry said in a statement. | Seoul's foreign ministry~Ministry of Foreign Affairs~South Korea's foreign ministry
The Defense Ministry said the drills were "routine." | The Defense Ministry~Ministry of National Defense
"We regret the decision," the embassy said. | the embassy
The Varian Embassy in Tarsa said it was "deeply concerned." | The Varian Embassy in Tarsa~The Varian Embassy
"The offer stands," the State Department said in an email. | the State Department~State Department~U.S. State Department
"The drills are a provocation," North Korea's official news agency said. | North Korea's official news agency~Korean Central News Agency~KCNA
The Pentagon said in a statement that it "remains committed" to the alliance. | The Pentagon~Pentagon~U.S. Department of Defense
"We reject the claim," the ministry said, adding that talks would go on. | the ministry
The Tarsa Chamber of Commerce said the tariffs were "a blow to exporters." | The Tarsa Chamber of Commerce
"""  # noqa: E501
)

# A pronoun pointing back across a sentence or a paragraph to a person or an organisation.
PRONOUN = table(
    r"""
body | speakers
Ana Volk arrived in Tarsa on Monday. "We are here to listen," she said. | Ana Volk
Oskar Lindahl spoke for an hour.\n\n"The offer is final," he said. | Oskar Lindahl
Defense Minister Oskar Lindahl visited the base on Friday. He told troops the alliance was "unbreakable." | Oskar Lindahl
Ilse Vandermeer, the lead negotiator, spoke after the meeting.\n\nShe said the sides were "very close."\n\n"We need one more round," she added. | Ilse Vandermeer;Ilse Vandermeer
Bo Rimmer criticised the plan. "It is a mistake," he said. "We will pay for it." | Bo Rimmer;Bo Rimmer
Oskar Lindahl met Varian officials on Tuesday.\n\nHe said afterwards: "Nothing has changed." | Oskar Lindahl
Ana Volk, who met Oskar Lindahl on Monday, said little.\n\n"I am disappointed," she said later. | Ana Volk
"""  # noqa: E501
)

# A paragraph that goes on with the quote of the paragraph before (the first left open), or a second quote sentence.
CONTINUATION = table(
    r"""
body | speakers
"We are done," said Ana Volk. "The talks must end now.\n\n"We will not return to the table." | Ana Volk;Ana Volk;Ana Volk
"We are done," said Ana Volk.\n\n"The talks must end now." | Ana Volk;Ana Volk
Oskar Lindahl said: "The offer is generous.\n\n"It is also final." | Oskar Lindahl;Oskar Lindahl
"It is fair," Jo Tallan said. "Both sides gave ground." | Jo Tallan;Jo Tallan
"I have nothing to add," Bo Rimmer said.\n\nAsked about the deadline, he said: "There is none." | Bo Rimmer;Bo Rimmer
"""  # noqa: E501
)

# A colon introducing the quote, in the same paragraph or the next.
COLON = table(
    r"""
body | speakers
Ana Volk told reporters: "We will not pay more." | Ana Volk
Oskar Lindahl put it bluntly:\n\n"The offer is final." | Oskar Lindahl
As Jo Tallan put it: "Nobody wins a trade war." | Jo Tallan
In a statement, the ministry said: "We regret the decision." | the ministry
Ilse Vandermeer wrote on X: "Talks went well today." | Ilse Vandermeer
"""
)

# A quote split by its tag, or two sentences around one tag.
SPLIT = table(
    r"""
body | speakers
"We are close," Ana Volk said, "but not there yet." | Ana Volk;Ana Volk
"The offer," said Oskar Lindahl, "is final." | Oskar Lindahl;Oskar Lindahl
"This is not about money," Jo Tallan told reporters. "It is about trust." | Jo Tallan;Jo Tallan
Ilse Vandermeer spoke first. "We want a deal," she said, "but not at any price." | Ilse Vandermeer;Ilse Vandermeer
"""
)

# Words quoted inside reported speech: "X called it ...", "what X described as ...", "X's ... remarks", "dismissed
# as ...", "warned of ...", "accused ... of ...".
PARTIAL = table(
    r"""
body | speakers
Ana Volk called the demand "unreasonable." | Ana Volk
Oskar Lindahl described the talks as "productive but difficult." | Oskar Lindahl
The offer was what Foreign Minister Jo Tallan described as "a final gesture." | Jo Tallan
Senator Bo Rimmer spoke on Monday.\n\nRimmer's "free rider" remarks drew criticism in Seoul. | Bo Rimmer
Ilse Vandermeer dismissed the report as "fake news." | Ilse Vandermeer
Ana Volk said the sides were "close to a deal" but gave no date. | Ana Volk
Oskar Lindahl warned of "serious consequences" if the talks fail. | Oskar Lindahl
Foreign Minister Jo Tallan spoke on Monday.\n\nThe plan drew what Tallan called "a chorus of complaints." | Jo Tallan
The rally drew what organizers said were "tens of thousands" of people. | organizers
Colm Ferriter accused Varia of "blackmail." | Colm Ferriter
The minister, Ana Volk, rejected what she called an "extortionate" demand. | Ana Volk
Defense Minister Ana Volk spoke in Seoul.\n\nSeoul was angered by Volk's "rich country" comment. | Ana Volk
Ana Volk spoke on Monday.\n\nVolk labeled the proposal "a nonstarter." | Ana Volk
Nora Quillfeather rejected the "one-sided" offer, her spokesman said. | her spokesman~Nora Quillfeather
"""
)

# Words from a document, a statement or a post: "wrote on Truth Social", "the statement said", "according to".
DOCUMENT = table(
    r"""
body | speakers
"Varia must pay!" Bo Rimmer wrote on Truth Social. | Bo Rimmer
Bo Rimmer wrote on Truth Social that Varia was "very rich." | Bo Rimmer
The ministry released a statement on Monday.\n\n"The talks were constructive," the statement said. | the ministry~the statement
In a post on X, Ilse Vandermeer said the meeting was "a success." | Ilse Vandermeer
Oskar Lindahl tweeted: "Great talks today with our allies!" | Oskar Lindahl
The report, released by the Hanul Institute, said the costs were "unsustainable." | Hanul Institute~the report
"The alliance is the linchpin of peace," according to a statement from the Varian Defense Ministry. | Varian Defense Ministry~a statement from the Varian Defense Ministry
Jo Tallan said in a letter to lawmakers that the deal was "fair and balanced." | Jo Tallan
"""  # noqa: E501
)

# An interview's answers and an "Asked ..." lead.
INTERVIEW = table(
    r"""
body | speakers
Asked whether Varia would pay more, Ana Volk said: "No." | Ana Volk
Oskar Lindahl spoke on Monday.\n\nAsked if the talks had failed, Lindahl replied, "Not at all." | Oskar Lindahl
In an interview with the Tarsa Herald, Jo Tallan said the offer was "serious." | Jo Tallan
Defense Minister Ana Volk took questions.\n\nAsked about the deadline, the minister said, "There is no rush." | Ana Volk
"""
)

# A speaker named only in the sentence after the quote.
NAMED_AFTER = table(
    r"""
body | speakers
"We are ready to sign." That was the message from Ana Volk, the chief negotiator, on Monday. | Ana Volk
"We will not pay more." So said Oskar Lindahl, Varia's defense minister, on Monday. | Oskar Lindahl
"""
)

# The quote as the subject of a copula that names its source ('“...,” was how X put it', '“...,” was X's response',
# '“...” were X's words'), and a set-up clause ending in a colon with no speech verb ("X put it bluntly:", "X did not
# mince words:") before a paragraph of quote; a copula with no speaker or no noun of speech (controls) names nobody.
COPULA = table(
    r"""
body | speakers
Defense Minister Oskar Lindahl arrived on Monday.\n\n"We are not there yet," was how Lindahl put it. | Oskar Lindahl
Defense Minister Oskar Lindahl arrived on Monday.\n\n"It is unacceptable," was Lindahl's response. | Oskar Lindahl
Defense Minister Oskar Lindahl arrived on Monday.\n\n"Pay up" were Lindahl's words. | Oskar Lindahl
"We are ready to sign." That was the message from Ana Volk, the chief negotiator, on Monday. | Ana Volk
Defense Minister Oskar Lindahl arrived on Monday.\n\nLindahl did not mince words:\n\n"This is extortion." | Oskar Lindahl
"Pay up" was the motto of the fair. | None
Defense Minister Oskar Lindahl arrived on Monday.\n\n"Pay up" is Lindahl's new slogan. | None
"""  # noqa: E501
)

# A quote inside a quote: the outer speaker, the inner words are part of what the speaker said.
NESTED = table(
    r"""
body | speakers
"When they say 'fair share,' they mean more money," Ana Volk said. | Ana Volk
“When they say ‘fair share,’ they mean more money,” Ana Volk said. | Ana Volk
"""
)

# Scare quotes, titles and names of things that belong to nobody (controls).
NOBODY = table(
    r"""
body | speakers
The so-called "fair share" plan drew criticism. | None
The talks over the "Special Measures Agreement" resumed on Monday in Tarsa. | None
The "alliance dividend" has been debated for years. | None
The film "Tarsa Nights" opened on Friday. | None
The ship, the "Northern Star," docked in Tarsa. | None
Oskar Lindahl attended the "Iron Shield" drills on Monday. | None
Ana Volk read "The Long Peace" on the flight. | None
"""
)

# Classes earlier adjudicators saw on unseen text: a verb that is no speech, a label an organisation named later gave, a
# possessive before a charge (the owner of the thing is not who charges), a name inside the quote after a
# parenthesised title, one person's surname read as two people.
ADJUDICATED = table(
    r"""
body | speakers
Ana Volk pushed for what she called a "fair and equitable" deal. | Ana Volk
"Operation Tarsa," as the ministry calls it, began on Monday. | the ministry
Senator Ana Volk spoke on Monday.\n\nVolk criticised the administration's "extortionate" demand. | Ana Volk
Opposition lawmakers attacked the government's "humiliating" concessions on Monday. | Opposition lawmakers
"Jo Tallan does not speak for us," said Sen. Ana Volk (D-Ohio). | Ana Volk
"I told Jo Tallan no," Rep. Bo Rimmer (R-Texas) said. | Bo Rimmer
Defense Minister Ana Volk arrived on Monday.\n\n"We are ready," Minister Volk said. | Ana Volk
Ana M. Volk chairs the panel.\n\n"We will vote," Volk said. | Ana M. Volk~Ana Volk
Ana Volk chairs the panel.\n\n"We will vote," Ms. Volk said. | Ana Volk
"""
)


# Rows this round leaves failing, each with its class (strict: a row that starts passing must leave this list).
KNOWN_MISSES = {
    "PLACEMENT-10": "a surname printed before the full name (in the body): names read surnames backwards only",
    "DOCUMENT-7": "a made-up nationality ('Varian') before a gazetteer body: only known nationalities are read",
}
TABLES = {"PLACEMENT": PLACEMENT, "TITLED": TITLED, "APPOSITIVE": APPOSITIVE, "DESCRIPTOR": DESCRIPTOR,
          "HOLDER": HOLDER, "TITLED_SURNAME": TITLED_SURNAME, "FOREIGN_BODY": FOREIGN_BODY,
          "NATIONAL_OFFICE": NATIONAL_OFFICE,
          "REFER_BACK": REFER_BACK, "ORGANISATION": ORGANISATION,
          "PRONOUN": PRONOUN, "CONTINUATION": CONTINUATION, "COLON": COLON, "SPLIT": SPLIT, "PARTIAL": PARTIAL,
          "DOCUMENT": DOCUMENT, "INTERVIEW": INTERVIEW, "NAMED_AFTER": NAMED_AFTER, "COPULA": COPULA, "NESTED": NESTED,
          "NOBODY": NOBODY, "ADJUDICATED": ADJUDICATED}


def _marked(params: list) -> list:
    """Return ``params`` with the rows of KNOWN_MISSES marked as strict expected failures."""
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.id], strict=True))
            if p.id in KNOWN_MISSES else p for p in params]  # fmt: skip


def check_speakers_of_news_attribution_forms(body, want):
    assert fits(speakers(body), want), speakers(body)


@pytest.mark.parametrize("rows", merged(_marked(cases(**TABLES))))
def test_speakers_of_news_attribution_forms(rows: list[object]) -> None:
    run_rows(check_speakers_of_news_attribution_forms, rows)


# A headline quote the body credits (the headline names the speaker by surname, or not at all).
@pytest.mark.parametrize(
    ("head", "body", "want"),
    [
        ('Volk: "We will not pay more"\n\nMarch 3, 2020\n\n',
         'Defense Minister Ana Volk said on Monday that Varia "will not pay more" for the troops.', "Ana Volk"),
        ('"Pay up or leave," Rimmer tells allies\n\nMarch 3, 2020\n\n',
         "Senator Bo Rimmer spoke on Monday in Tarsa.", "Bo Rimmer"),
        ('Tallan says talks "very close"\n\nMarch 3, 2020\n\n',
         "Foreign Minister Jo Tallan said on Monday the two sides were very close.", "Jo Tallan"),
    ],
)
def test_headline_quotes_credited_in_the_body(head, body, want):
    assert fits([quotes("", head + body)[0]["speaker_name"]], want)
