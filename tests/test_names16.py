"""People outside the gazetteer found again (names16, fifth session): a full name the text has introduced (by a
title, an appositive, a speech verb) and then repeats exactly is the same person in any later frame ("Jo Tallan
wants …", "Jo Tallan: “…”", "In the words of Jo Tallan", a paragraph's opening); a name-shaped run never
introduced stays unread. Also: a mind's verb ("believes", "wants") after a full name opening a sentence, a
lower-case organisation after "of the" between a name and its verb, a plural office before two names
("Representatives Bo and Roe"), "Secretary-General", and a quoted nickname inside a name ("Gen. Jo B “Bull”
Bell"). Every name is made up; each row is a generic sentence.
"""

from __future__ import annotations

from conftest import names_found, rows_test
from test_extract_quotes import speakers_test

from analysis.extract.names import find_names

P = "\n\n"  # a paragraph break
INTRO = "Envoy Jo Tallan arrived in Hanul on Monday."

# (text, the names found as "exact=name" joined by ";"): the repeated full name is found, pointing to the first.
REPEATED = [
    (INTRO + P + "Jo Tallan wants a fair deal.", "Jo Tallan=Jo Tallan;Jo Tallan=Jo Tallan"),
    (INTRO + " Jo Tallan believes the deal is fair.", "Jo Tallan=Jo Tallan;Jo Tallan=Jo Tallan"),
    (INTRO + P + "In the words of Jo Tallan, the deal is fair.", "Jo Tallan=Jo Tallan;Jo Tallan=Jo Tallan"),
    ("Jo Tallan, a politics professor at Hanul University, spoke." + P + "For Jo Tallan the deal is fair.",
     "Jo Tallan=Jo Tallan;Jo Tallan=Jo Tallan"),
    ("Gen. Jo Tallan and Gen. Al Roe met." + P + "Al Roe wants more; Jo Tallan wants less.",
     "Jo Tallan=Jo Tallan;Al Roe=Al Roe;Al Roe=Al Roe;Jo Tallan=Jo Tallan"),
    ("Sen. Jo de la Tallan spoke." + P + "Jo de la Tallan wants more.",
     "Jo de la Tallan=Jo de la Tallan;Jo de la Tallan=Jo de la Tallan"),
]
# Controls: a run never introduced, a longer name that only contains the introduced one, or one printed before it.
NOT_REPEATED = [
    (INTRO + P + "A photo of Jo Tallan Roe hangs there.", "Jo Tallan=Jo Tallan"),
    ("A photo of Dana Jo Tallan hangs there." + P + INTRO, "Jo Tallan=Jo Tallan"),
    ("For Jo Tallan a deal is fair. " + INTRO, "Jo Tallan=Jo Tallan"),
    ("Hanul Bay Park is large." + P + "Hanul Bay Park closed.", "None"),
]
# Plural offices, "Secretary-General", nicknames.
TITLED = [
    ("Representatives Bo Engle and Al Roe wrote a letter.", "Bo Engle=Bo Engle;Al Roe=Al Roe"),
    ("Representatives Engle and Roe wrote a letter.", "Engle=Engle;Roe=Roe"),
    ("The envoy met UN Secretary-General Jo Tallan on Monday.", "Jo Tallan=Jo Tallan"),
    ("The talks were held at the Senators Hall in Hanul.", "None"),
    ("Gen. Jo B “Bull” Tallan spoke. Tallan left.", "Jo B “Bull” Tallan=Jo B Tallan;Tallan=Jo B Tallan"),
    ("Jo “Bull” Tallan, a lawmaker, spoke.", "Jo “Bull” Tallan=Jo Tallan"),
    ("He called Jo a “fool” Tallan said.", "Tallan=Tallan"),
]
# A first mention: a mind's verb after a full name, a lower-case organisation after "of the" before the verb.
SUBJECTS = [
    ("Jo Tallan believes the deal is fair.", "Jo Tallan=Jo Tallan"),
    ("Jo Tallan wants a fair deal.", "Jo Tallan=Jo Tallan"),
    ("Jo Tallan of the union called the deal unfair.", "Jo Tallan=Jo Tallan"),
    ("Jo Tallan of the ruling party said no.", "Jo Tallan=Jo Tallan"),
    ("Hanul Bay of the north coast is cold.", "None"),
    ("A photo of Hanul Bay wants a frame.", "None"),
]
# A lone word printed beside a media noun is a publication, not the person a later subject rule would make of it.
PLURALS_AND_PUBLICATIONS = [
    ("Either Secretaries Tallan and Roe did not get the memo or they ignored it.", "Tallan=Tallan;Roe=Roe"),
    ("Foreign Ministers Tallan and Roe met in Hanul.", "Tallan=Tallan;Roe=Roe"),
    ("The Ministers Club met.", "None"),
    ("Jo Tallan spoke to the news magazine Hanul on Monday. Hanul interpreted it as a threat.", "Jo Tallan=Jo Tallan"),
    ("Jo Tallan spoke to Hanul magazine on Monday. Hanul interpreted it as a threat.", "Jo Tallan=Jo Tallan"),
    ("Jo Tallan spoke to the magazine on Monday. Roe interpreted it as a threat.", "Jo Tallan=Jo Tallan;Roe=Roe"),
    # after a verb of telling the word is the clause's subject, a person (the quote finder's reading too)
    ("Jo Tallan told the newspaper Roe had agreed. Roe said the deal would hold.", "Jo Tallan=Jo Tallan;Roe=Roe"),
]


def check_names16_names(text, names):
    assert names_found(text) == names


test_names16_names = rows_test(check_names16_names, REPEATED=REPEATED, NOT_REPEATED=NOT_REPEATED, TITLED=TITLED,
                               SUBJECTS=SUBJECTS, PLURALS=PLURALS_AND_PUBLICATIONS)


def test_a_repeated_full_name_refers_to_its_first_mention():
    first, again = find_names(INTRO + P + "For Jo Tallan the deal is fair.")
    assert (again.rule, again.refers_to) == ("surname", first)


# Quotes whose speaker is a repeated full name in a frame no attribution rule names (the gap quotes15 reported).
SPEAKERS = [
    (INTRO + P + "Jo Tallan wants a “fair” deal.", "Jo Tallan"),
    (INTRO + P + "Jo Tallan: “We want a fair deal.”", "Jo Tallan"),
    (INTRO + P + "In the words of Jo Tallan, “the deal is fair.”", "Jo Tallan"),
    ("Jo Tallan, a politics professor, spoke on Monday." + P + "Jo Tallan believes the deal is “fair and good.”",
     "Jo Tallan"),
    ("Gen. Jo Tallan spoke on Monday. Gen. Al Roe agreed." + P + "Jo Tallan thinks the deal is “fair and good.”",
     "Jo Tallan"),
]


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_names16_speakers = speakers_test(SPEAKERS=SPEAKERS)
