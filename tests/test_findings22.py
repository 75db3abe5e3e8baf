"""findings22: classes of news English under which a flagged item is no defect (false findings on the nineteenth and
twentieth batches, text no rule writer had read), each with the nearby item that still is one (invented sentences).
"""

from __future__ import annotations

from conftest import finding_cases, findings_test, outcome

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"
BODY = "\n\nThe envoys met in Hanul on Monday. They left without a deal.\n\nThe next round is set for May."


# --- truncated_sentence: a standfirst of a sentence's length under the byline, set without a full stop ---------
# One summary line of 21 to 40 words opens the body right before its first stopped paragraph: display type (a
# standfirst), whose full stop is left out by the page's style; the sentence is complete. A line that ends on a word
# that needs more, one longer than two lines of type, or one after the body's first sentence is still cut.
STANDFIRST = [
    "The day Tarvel decides it pays too much to keep foreign troops on its soil could be the end of the old pact,"
    " says a Ralvonian analyst" + BODY,
    "Envoys from Tarvel and Ralvo ended a third round of talks on the cost of the troops with no deal, and each side"
    " blamed the other for the delay" + BODY,
]
STILL_CUT = [
    "The day Tarvel decides it pays too much to keep foreign troops on its soil could be the end of the old pact,"
    " says a Ralvonian analyst of the" + BODY,
    "The day Tarvel decides it pays too much to keep foreign troops on its soil could be the end of the old pact,"
    " says a Ralvonian analyst who has followed the talks for ten years and who said this week that the"
    " allies may well walk away from the table for good" + BODY,
    "The envoys met in Hanul on Monday.\n\nThe day Tarvel decides it pays too much to keep foreign troops on its soil"
    " could be the end of the old pact, says a Ralvonian analyst" + BODY,
]


# --- truncated_sentence: the copy's last sentence without its full stop ------------------------------------------
# The stored copy ends on a complete sentence whose stop was lost with the page's end ("... from this year's one"):
# no words are missing. The same sentence inside the story (a paragraph after it) is still cut, and so is a last
# sentence ending on a word that needs more (an article, a preposition, "to", an auxiliary).
LAST_UNSTOPPED = [
    "The envoys met in Hanul on Monday.\n\nNext year's payment will rise by 4.1 percent from this year's one",
    "The envoys met in Hanul on Monday.\n\nThe talks went well. Both sides will meet again in Ralvo next month",
]
LAST_CUT = [
    "The envoys met in Hanul on Monday.\n\nNext year's payment will rise by 4.1 percent from this year's one"
    "\n\nThe talks went on.",
    "The envoys met in Hanul on Monday.\n\nNext year's payment will rise by 4.1 percent from the",
    "The envoys met in Hanul on Monday.\n\nBoth sides will meet again in Ralvo next month for",
    "The envoys met in Hanul on Monday.\n\nBoth sides said the final text of the new deal would be",
]


# --- unattributed_quote: a quoted deck line over the story -------------------------------------------------------
# A line at the top of the body that is wholly one quotation without a stop is display type, as a quoted headline
# is: the story gives the words to their speaker further down. The same quotation as a paragraph inside the story,
# or a quoted full sentence (with its stop) at the top, is still flagged.
QUOTE_DECK = [
    '"We are raising them in step with our neighbours"\n\nEnvoy Ana Mirel returned from Ralvo on Monday. She said'
    ' they were "raising those in step with our neighbours."',
    'Home from Ralvo\n\n"We are raising them in step with our neighbours"\n\nEnvoy Ana Mirel returned on Monday.',
]
QUOTE_IN_STORY = [
    'Envoy Ana Mirel returned from Ralvo on Monday.\n\n"We are raising them in step with our neighbours"\n\n'
    "The talks went on.",
    '"We are raising them in step with our neighbours."\n\nEnvoy Ana Mirel returned from Ralvo on Monday.',
]


# --- unattributed_quote: words an outlet reports, a name in quotation marks --------------------------------------
# A quotation inside an outlet's report of what it learned ("The Hanul Daily reported ... that ... '...'",
# "according to the paper") is the report's; an organisation's or a document's name in quotation marks (every long
# word capitalised, no stop) is no one's words. A quotation after the sentence with "reported", or a sentence-case
# quotation with no source, is still flagged.
REPORT_OR_NAME = [
    "Tarvel's Hanul Daily reported on Monday that after the return of Ana Mirel, the head of the Security Office, it"
    ' was confirmed that the summit between President Bo Ralt and President Kimo "has not yet been set for any date."',
    'According to the Hanul Daily, the summit between the two leaders "has not yet been set for any date."',
    'A study by the think tank "Institute for Pacific Security Studies" (IPSS) urged a cut of 8,000 troops.',
    'A study by the think tank "Council on Northern Trade and Security" urged a cut of 8,000 troops.',
]
NO_REPORTER = [
    'The Hanul Daily reported on Monday. The summit between the two leaders "has not yet been set for any date."',
    'A study by the think tank said little. Then "the troops should all go home next year" came up.',
    'The envoys left. "We Will Pay No More For These Troops"\n\nThe talks went on.',
]


# --- ambiguous_reference: a bare surname in the headline read as a known namesake --------------------------------
# The headline's bare "Moon" is read by the gazetteer as the one Moon it knows, but the story names only another
# Moon in full: the later bare "Moon" is that one (the text names no other). Two Moons named in full in the text
# still leave it open. (The gazetteer's Moon is real; the other names are made up.)
ONE_IN_FULL = [
    "Moon-Tarvel call covers troop costs\nNovember 16, 2019\n\nMayor Moon Hae-ri of Busan held a call with Tarvel's"
    " leader on Monday. During the call, Moon asked for a fair deal.",
]
TWO_IN_FULL = [
    "Moon Hae-ri and Moon Jae-in met\nNovember 16, 2019\n\nMayor Moon Hae-ri met Moon Jae-in on Monday. Then Moon"
    " asked for a fair deal.",
]


test_a_class_of_news_english_is_no_defect_unlike_the_nearby_item_that_still_is = findings_test(
    *finding_cases("truncated_sentence", HEAD,
                   outcome(0, STANDFIRST=STANDFIRST, LAST_UNSTOPPED=LAST_UNSTOPPED)
                   + outcome(1, STILL_CUT=STILL_CUT, LAST_CUT=LAST_CUT)),
    *finding_cases("unattributed_quote", HEAD,
                   outcome(0, QUOTE_DECK=QUOTE_DECK, REPORT_OR_NAME=REPORT_OR_NAME)
                   + outcome(1, QUOTE_IN_STORY=QUOTE_IN_STORY, NO_REPORTER=NO_REPORTER)),
    *finding_cases("ambiguous_reference", "",
                   outcome(0, ONE_IN_FULL=ONE_IN_FULL) + outcome(1, TWO_IN_FULL=TWO_IN_FULL)),
)  # fmt: skip
