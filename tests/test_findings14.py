"""findings14: readings of English and news style under which a flagged item is no defect, each with the nearby
item that still is one (invented sentences; issue 9, false findings on text the rules were not written from)."""

from __future__ import annotations

from conftest import finding_cases, findings_test, outcome

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"
LATE_HEAD = "T\n\nMarch 20, 2020\n\n"  # a body after it: its dates after publication (20 March 2020) are flagged


# --- unattributed_quote: words a crowd shouts or chants, or a sign, banner or placard carries --------------------
# The text says whose words they are, though no person is named: a verb of shouting or chanting beside the quote
# ("they shouted", "the crowd chanted"), a sign that "read" it, a participle before it ("holding a banner saying",
# "placards reading"), a noun for such words right before it ("chants of", "slogans:"), or an earlier quote of the
# same series ("... “Out”, and “...”") whose source is stated.
CROWD_OR_SIGN = [
    "Dozens of farmers rallied outside the ministry, holding a banner saying “No more imports for anyone.”",
    "“Go home, go home, all of you,” the crowd chanted as the envoy left the hotel.",
    "The students climbed the wall. “Hands off our rice fields and our farms,” they shouted before police came.",
    "Protesters waved placards reading “Pay your own way for once” outside the gate.",
    "Marchers followed with chants of “No new taxes” and “Not one more cent for the base” before police moved in.",
    "Outside, the placards read: “Fair pay now for every worker and every nurse.”",
    "“Stop the cuts to our schools now!” read one sign held aloft by a teacher.",
    "Police heard chants of “Out, out”, and “We will not pay more for the troops”, as they led the group away.",
]
# A quotation the text gives to no one is still flagged, also near a word for signs or chants that does not
# introduce it (a verb "sign", a banner named in another sentence) or after a series member no one is given.
NO_SOURCE = [
    "The talks ended on Friday. “We will not pay a cent more for these troops.” The next round is in May.",
    "The two sides will sign the accord soon. “It is a fair and balanced deal for both countries.”",
    "Police said the banner was taken down. “We do not need foreign troops on our soil.” The rally ended.",
    "The deal was signed in Seoul. “It is a fair and balanced deal for both of our countries.”",
    "The envoys left early. “Fair”, and “It is balanced for both sides and good for the alliance”, were heard.",
]



# --- ambiguous_reference: an epithet or nickname before a full name -------------------------------------------
# "Sleepy Ana Lindqvist" and "Ana Lindqvist" are one person named twice (the longer name is the shorter one with
# words in front: a nickname, an epithet): the bare surname after them is not open. Two people who share a
# surname, or a father and a son ("Tom Hale" and "Tom Hale Jr."), still leave it open.
EPITHET = [
    "The mayor said Sleepy Ana Lindqvist lost the vote. Former mayor Ana Lindqvist did not reply. Then Lindqvist left.",
    "Fans say Big Tom Okafor won the race. Tom Okafor said little. Okafor then went home.",
    "Rivals called her Crooked Mia Farrow on Monday. Mia Farrow laughed. Farrow said nothing.",
    "Critics say Dollar Bill Haskins cut the deal. Senator Bill Haskins shrugged. Haskins said the pay deal was fair.",
]
TWO_PEOPLE = [
    "Ana Lindqvist met Carlos Lindqvist in Madrid. Lindqvist said the talks went well.",
    "Tom Hale Jr. met Tom Hale at the hotel. Hale said the talks went well.",
    "Mia Okafor met Bill Okafor at the rally. Okafor then went home.",
]



# --- lost_referent: a headline's source credit, a publication's name ------------------------------------------
# "...: The Economist" after a headline credits a publication the story then names ("according to the
# newspaper The Economist"), and a headline's words are introduced by the story below it; "The Economist" with
# its capital "The" in the middle of a sentence is a publication's name, not "the economist" of no one.
CREDIT = [
    "Minister says the deal can be done ‘in a few weeks’: The Economist\n\nMay 2, 2020\n\n"
    "Trade Minister Ana Lindqvist said the deal could be done in weeks, according to the magazine The Economist.",
    "Deal ‘close’, the minister says\n\nMay 2, 2020\n\n"
    "Trade Minister Ana Lindqvist said on Friday that a deal was close.",
    "Talks go on\n\nMay 2, 2020\n\n"
    "“The ally will pay more than before, and soon,” The Economist wrote in its leader on Friday.",
    "Talks go on\n\nMay 2, 2020\n\n"
    "The envoys met. “Both sides have moved a great deal since March,” The Economist said on Friday.",
]
LOST = [
    "Talks go on\n\nMay 2, 2020\n\nThe envoys met. “We are ready to sign the deal this week,” the minister said.",
    "Deal close\n\nMay 2, 2020\n\n“We are ready to sign the deal this week,” the spokeswoman said on Friday.",
    "The minister speaks\n\nMay 2, 2020\n\nThe envoys met. “We are ready to sign the deal,” the minister said.",
]



# --- date_after_publication: an event the sentence says someone acts to bring about or to prevent --------------
# "in an effort to keep workers from being furloughed on April 1", "to prevent a strike on April 1": the dated
# event is the aim of the action, told by an infinitive or a gerund, not an event that took place. A past verb
# between the aim and the date, or the aim after the date, still leaves a past event dated after publication.
PURPOSE = [
    "Officials met on Tuesday in an effort to keep the workers from being furloughed on April 1.",
    "The envoys flew to Seoul in a bid to close the deal on March 25.",
    "Seoul paid the wages to prevent a strike on April 1.",
    "The ministry moved funds so as to avoid layoffs on April 2.",
    "They worked through the night trying to reach a deal on March 31.",
    "The army stepped in to keep the base from closing on April 1.",
]
PAST_EVENT = [
    "Workers were furloughed on April 1 in an effort to save money.",
    "In a bid to save money, the army furloughed 4,000 workers on April 1.",
    "Officials tried to stop the strike, which began on March 25.",
    "The envoys signed the deal on March 28 to keep the talks alive.",
    "The deal took effect on April 1, officials said.",  # a past event: no "was to", no plan
    "Their visit was to the base, which they toured on April 1.",  # "was to" a place, not a plan
]


# --- date_after_publication: a time ahead told in the past ("were going to", "was to", "slated to") ------------
# A plan reported in the past tense still points forward: "said they were going to sign on April 1", "the deal
# was to take effect on April 1", "talks slated for March 30". Only a past event dated after publication is a defect.
FUTURE_IN_PAST = [
    "Officials said they were going to sign the deal on April 1.",
    "The deal was to take effect on April 1, officials said.",
    "Envoys were slated to meet in Seoul on March 30, a diplomat said.",
    "Last week the two sides were poised to sign on March 28.",
    "The workers were supposed to return on April 2, the union said.",
    "The two sides said they were about to close the deal on March 25.",
]



# more verbs that say who spoke, after a quotation or right before it; words on a T-shirt "with the words"
MORE_VOICES = [
    "“We will not pay for your troops, not now and not ever,” the crowd roared outside the gate.",
    "“This is a good deal for the alliance and for both countries,” he quipped as he left.",
    "Many wore T-shirts with the words “Not one more cent for the base.”",
    "“We want our jobs back and we want them now,” the workers sang as they marched.",
]



# --- truncated_sentence: a link, a promo or a caption line read as a sentence; site text of two sentences ------
# A paragraph that opens on a short label and a colon ("Watch:", "Also read:", "Video:") is a link or a promo line
# of the page, and one opening "File photo" a caption: neither is a sentence cut short, unless it ends on a word
# that needs more ("... in the"). A last paragraph opening as site text ("Copyright ...") is site text whole, its
# later sentences too ("All rights reserved"): boilerplate, not a cut sentence.
PAGE_LINES = [
    "The envoys met on Friday.\n\nWatch: Envoys arrive for talks in Seoul",
    "The envoys met on Friday.\n\nAlso read: Troops to stay, says Pentagon\n\nThe talks went on.",
    "The envoys met on Friday.\n\nVideo: Protesters rally outside the embassy\n\nThe talks went on.",
    "The envoys met on Friday.\n\nFile photo of soldiers at a base in Pyeongtaek",
    "The envoys met on Friday.\n\nSee also: How the cost-sharing deal works",
]
CUT_LINES = [
    "The envoys met on Friday.\n\nWatch: the envoys arrived for talks in the\n\nThe talks went on.",
    "The envoys met on Friday.\n\nThe envoys said the talks would go on\n\nThe talks went on.",
    "The envoys met on Friday.\n\nOfficials in Seoul and Washington said the cost of the\n\nThe talks went on.",
]



def test_a_closing_copyright_paragraph_is_boilerplate_whole():
    text = HEAD + "The envoys met on Friday.\n\nCopyright 2019 The Foo Times. All rights reserved"
    found = [(f.kind, f.exact) for f in annotate(text).findings]
    assert found == [("boilerplate", "Copyright 2019 The Foo Times. All rights reserved")]


# --- unattributed_quote: a partial quote inside reported speech, a lead-in naming what carries the words ---------
# "Both parties said they would “work toward ...”", "Lawmakers have called the demand “a shakedown ...”", "The two
# leaders pledged to “...”": a verb of saying, calling or pledging earlier in the quote's own sentence names its
# speaker as that verb's subject (a group as often as a person). "A placard at the gate: “...”", "The ministry's
# answer: “...”", "slogans such as “...”": the lead-in names what carries the words. A quotation in a sentence of
# its own, or after a sentence that says something, is still given to no one.
REPORTED = [
    "The talks ended. Both parties said they would “work toward a fair and balanced deal soon.”",
    "The talks ended. Lawmakers from both parties have called the demand “a shakedown of an ally that pays.”",
    "The talks ended. The two leaders pledged to “work toward a fair and balanced deal soon, for both of us.”",
    "The talks ended. Demonstrators chanted slogans such as “Pay for your own troops, not ours.”",
    "The talks ended. A placard at the gate: “No pay, no work, no deal this spring.”",
    "The talks ended. The ministry's answer: “We will not pay more for these troops this year.”",
    "The talks ended. The headline ran: “Seoul refuses to pay more for US troops this year.”",
]
UNSAID = [
    "The envoys left the room late on Friday. “We will not pay more for these troops this year, or next.”",
    "The talks ended with no deal. “Both sides will need to work toward a fair deal soon.”",
    "The US keeps 28,500 troops in the South “to defend it against the North” and to guard its interests.",
    "The answer came late. “We will not pay more for these troops this year, or next.”",
]


# One test over every table above: the finding kind a table is about, the text set before each of its rows, and what
# a row wants (a number: that many findings; True / False: some / none). PAST_EVENT's rows are the controls of both
# readings of a date ahead (an aim, a plan told in the past): a past event, no "was to", no plan.
test_a_reading_of_news_english_is_no_defect_unlike_the_nearby_item_that_still_is = findings_test(
    *finding_cases("unattributed_quote", HEAD, outcome(False, CROWD_OR_SIGN=CROWD_OR_SIGN)
                   + outcome(True, NO_SOURCE=NO_SOURCE) + outcome(0, MORE_VOICES=MORE_VOICES, REPORTED=REPORTED)
                   + outcome(1, UNSAID=UNSAID)),
    *finding_cases("ambiguous_reference", HEAD, outcome(False, EPITHET=EPITHET) + outcome(True, TWO_PEOPLE=TWO_PEOPLE)),
    *finding_cases("lost_referent", "", outcome(0, CREDIT=CREDIT) + outcome(1, LOST=LOST)),
    *finding_cases("date_after_publication", LATE_HEAD,
                   outcome(0, PURPOSE=PURPOSE, FUTURE_IN_PAST=FUTURE_IN_PAST) + outcome(1, PAST_EVENT=PAST_EVENT)),
    *finding_cases("truncated_sentence", HEAD, outcome(0, PAGE_LINES=PAGE_LINES) + outcome(1, CUT_LINES=CUT_LINES)),
)  # fmt: skip
