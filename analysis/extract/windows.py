"""Every character window the quote finder and the frame rules read, in one place (issue #12).

Each pattern in :mod:`analysis.extract.quotes` looks at a bounded stretch of text around a name, a verb or a
quote; the bound keeps the work linear in the text's length and keeps a rule from reaching into another
sentence. Each constant here says what it bounds and why that size; :mod:`analysis.extract.quotes` reads them
as ``win.NAME`` at call time, so a test or a caller can change one (``monkeypatch.setattr(windows, ...)``).
Sites with the same meaning share one constant; the same number with another meaning gets another name.
Numbers are characters, except in quotes' two word sections (word windows, ``*_WORDS``: how many words a rule reads).
Two sections hold the windows quotes.py had named before (``_OUTLET_REACH``, ``_TITLE_LOOK``, ...), moved here.
``tests/test_windows57.py`` fails when an inline window of 20 characters or more comes back into quotes.py.
The windows of :mod:`analysis.frames` and :mod:`analysis.frame_reader` follow in a section of their own
(``# === analysis/frames.py``), after quotes'.
"""

# --- Names and sentence openings ---
# characters from a sentence's or paragraph's start searched for its first word (skips spaces and marks; bounded: many
# quotes share one sentence)
FIRST_WORD_REACH = 80
# characters from a quote's sentence start searched for the first word of a group subject (bounded: a long run of
# quotes)
GROUP_FIRST_WORD = 40
FIRST_WORD_CHARS = 20  # characters read at a sentence's start for its first word ("Speaking", "Meanwhile,")
# characters read right after a word or a quote for the next word ("as saying" after "quoted Bo", the noun after a
# label's quote "“X” plan"; spk28's review96 fixes and mend96, put here by review99's mend)
NEXT_WORD_CHARS = 20
# characters of a sentence's opening read for its subject ("Army base commanders told", "A South Korean base worker
# who")
SENTENCE_OPENING = 80
# characters of a sentence's opening read for its group ("Hundreds of South Korean union members"): a count,
# modifiers, the plural noun
GROUP_OPENING = 120
# characters of a short fronted phrase before a group subject ("On Monday in Seoul, the protesters")
FRONTED_GROUP = 120
GROUP_VERB = 30  # characters after a group noun read for its verb ("protesters chanted")
OTHERS_PEOPLE = 60  # characters of a sentence's opening in which named people are looked for before a "they"

# --- Titles, offices, parties ---
TITLE_BACK = 40  # characters before a name in which its title words are read: "South Korean Foreign Minister" fits
# characters after a name read for its party (", a Republican", " (D-"): the longest, ", a Democratic", fits
PARTY_AFTER = 20
# characters before a quote read for the sentence that introduces the document it quotes ("X issued a statement")
DOCUMENT_INTRO_BACK = 600
ISSUER_ASIDE_MOST = 240  # characters of a description between an issuer's name and "issued the following statement"
# parties of a list read back for a joint document's first issuer ("Sen. A, Sen. B and Sen. C sent a letter")
LIST_PARTIES_MOST = 6
# characters before a bare surname read for the office that names it ("the ministry spokeswoman said ... Choi said")
SURNAME_OFFICE_BACK = 300
# the same for a party after a state or a rank (" of Washington, the top Democrat", ", a South Carolina Republican")
PARTY_PHRASE_AFTER = 48
# characters after a verb or "according to" read for an "<office> of <body>" phrase ("the head of the U.S. Forces
# Korea")
OFFICE_PHRASE = 80
# characters after a name read for the office its appositive or copula gives it (", the U.S. chief negotiator,")
OFFICE_AFTER = 80
# characters after a name's comma read for the office in its appositive (", deputy foreign minister,")
APPOSED_OFFICE = 60
NAMED_OFFICE_BACK = 40  # characters before an office phrase in which the name whose title it is may end
# characters before an unnamed office's head noun read for its modifiers ("Japan's new deputy foreign")
UNNAMED_OFFICE_BACK = 80
PAST_TITLE = 60  # characters of a title's capitalised words read before the name they precede ("Defense Minister Bo")
ROLE_NEXT = 40  # characters after a name read for the role noun right after it (two words)
OPENING_ROLE = 60  # characters of a sentence opening read for an unnamed role ("The U.S. envoy")
POSSESSIVE_PLACE = 60  # characters after a name read for the place its possessive names ("Bo, of Seoul's ...")

# --- Subjects before a speech verb ---
# characters before a speech verb in which the mention that is its subject may end (a name, a title and an appositive)
SUBJECT_BACK = 160
SUBJECT_NEAR = 100  # characters before a speech verb in which the nearest mentions are looked at for a possessive owner
# characters before a mention read for the phrase of talks it is the party of ("in defense cost-sharing talks with
# the"): a preposition, three words, the noun and its preposition
TALKS_PHRASE_BACK = 80
VERB_WORD = 20  # characters of a speech verb's word read to tell a participle ("saying") from a finite verb
# characters past a speech verb's start up to which a possessive owner's words and their verb are read
OWNER_PAST_VERB = 20
FROM_BACK = 80  # characters before a speech verb searched for " from " ("a statement from the ministry said")
RELATIVE_BACK = 80  # characters before a mention read for the relative clause it may stand in
# characters before a mention read for the aside it may stand in as a preposition's object ("The ministry, led by
# Jo Bell, said": the ministry speaks), and the most words of the aside before the mention
AGENT_ASIDE_BACK = 60
AGENT_ASIDE_WORDS = 5
# characters before a definite role with modifiers ("the USFK commander said") searched for the person who holds it
DEFINITE_HOLDER_BACK = 1500
OWNED_DOCUMENT_WORDS = 5  # words back from a document noun before a speech verb read for its owner's "'s"
PRONOUN_BACK = 40  # characters before a speech verb searched for its pronoun subject ("they", "he also reportedly")
# characters before a speech verb read for a relative clause on a person between subject and verb ("who asked not to
# be named")
BEFORE_RELATIVE_BACK = 120
# characters before a speech verb read for unnamed people with no article ("South Korean officials said")
BARE_PEOPLE_BACK = 80
BARE_NAME_BACK = 400  # characters before a "he"/"she" read for a full name no mention covers (qfix39)
# characters before a speech verb read for one unnamed person by role ("a ranking U.S. diplomat said")
UNNAMED_PERSON_BACK = 60
# characters before a speech verb read for "<owner>'s officials" ("the ministry's officials said")
OWNERS_PEOPLE_BACK = 40
# characters before unnamed people in which the organisation whose people they are may end ("State Department
# officials")
ORG_PEOPLE_BACK = 60
# characters before a speech verb read for the noun phrase a "who" stands for ("a group of protesters who chanted")
RELATIVE_HEAD_BACK = 60
RELATIVE_NAMED_BACK = 60  # characters before a relative clause's head in which a name may end
# characters before an unnamed description in which the name it is apposed to may end ("Jo Bell, a senior official")
APPOSED_NAME_BACK = 80
# characters before an organisation or phrase in which the person whose appositive holds it may end
APPOSITIVE_HOLDER_BACK = 160
# characters before a mention in which the person whose appositive holds it may end (an appositive of 140 characters)
APPOSITIVE_HEAD_BACK = 140
# characters before a "who" read for a person noun phrase and its postmodifier ("an official at the embassy who")
POSTMOD_HOLDER_BACK = 80
MEMBER_PREP_BACK = 40  # characters before an organisation read for "of/at/from" ("of the U.S. State Department")
# characters before "of/at/from <organisation>" in which the person may end ("Jo Bell of the State Department")
MEMBER_BACK = 80
# characters of a line read back from a quote for the list item it opens, and of a list's lead line read for its
# colon ("Jo Bell listed her demands:\n- ..."): a longer line is no item nor lead (session 51: run-on text read once)
LIST_LINE_MOST = 600
# characters from a quote's sentence start to the quote within which a record or a group opening the sentence is read
# as its source ("According to a transcript released by the White House, “...”"; "Residents near the base said ...")
SOURCE_LEAD_MOST = 400
DOCUMENT_BACK = 40  # characters before a speech verb read for a document's noun phrase ("The commentary said")
# characters before a quote read for an owner's group and its verb of saying ("his longtime rivals say he is")
OWNED_GROUP_BACK = 120
GROUP_OPENER_BACK = 40  # characters before a group read for what opens its clause (", but those who", "thanked those")
DOCUMENT_WORD_BACK = 20  # characters before a verb read for the document noun right before it ("a statement posted")
WORDS_FROM_BACK = 80  # characters before a name read for "from"/"by" and the words it presents
QUOTED_AS_BACK = 80  # characters before "saying" read for "<outlet> quoted <speaker> as"
PASSIVE_QUOTED_BACK = 40  # characters before "quoted" read for the subject of "<X> was quoted as saying"
# characters before an owned call's owner read for the teller's verb and the owner's title ("Bell said Envoy Roe's call
# for a “...” was “...”": spk50's _owned_predicate_teller)
OWNER_VERB_BACK = 40
# characters after a clause's subject read for a passive of description and its agent before the quote ("Bo, the envoy,
# was sharply criticised by Al Roe on Monday as")
SPOKEN_OF_REACH = 120
# characters from a subject's name to another person named after its verb of saying ('Bo said he would call Jo')
SAYING_SUBJECT_REACH = 120
SPOKEN_OF_ASIDE = 60  # characters of an aside between a passive's subject and its verb ("Bo, the envoy, was")
SPOKEN_OF_WORD = 20  # letters at most of the passive's auxiliary-free verb, adverb or a word read after them
SPOKEN_OF_WORD_MIN = 3  # letters at least of such a word ("was widely praised": "widely", then "praised")
CLAUSE_SUBJECT_BACK = 200  # characters before a clause's end in which its speaker may end
QUOTE_JOINED_BACK = 200  # characters before a participle of saying read for a quotation closed and "and" (fresh78q)
RELATIVE_SUBJECT_AFTER = 60  # characters after "that" behind a quote in which the relative's subject may start
RELATIVE_VERB_AFTER = 40  # characters after that subject read for its verb ("initially requested")
RELATIVE_OBJECT_AFTER = 30  # characters after that verb read for its object ("offered real concessions": review78)
PREP_BACK = 30  # characters before a name read for the preposition that makes it an object ("for the embassy", "to Bo")

# --- Organisations, documents, issuers ---
ORG_REF_OWNER = 40  # characters before "the ministry" in which the organisation it refers to may end
# characters before a participle read for the document phrase it follows ("A ministry report obtained by")
HELD_DOCUMENT_BACK = 60
OUTLET_BACK = 40  # characters before "reported"/"wrote" read for an outlet's name
ISSUER_BACK = 80  # characters before the verb issuing a statement read for its subject body ("The Foo Agency issued")
ISSUING_SUBJECT_BACK = 40  # characters before the verb issuing "a statement" in which its speaker may end
# characters before the last "statement" read for "<body> <speech verb> in a" (five words or more)
ISSUING_BODY_BACK = 60
BODY_PHRASE_REACH = 1500  # characters before a "statement" searched for the phrase naming the body by a modifier
# characters before a body's head noun read for its modifiers ("the South Korean foreign ministry")
BODY_MODIFIER_BACK = 50
OF_NAME = 120  # characters of "<Noun> of <Capitalised words>" read from its start ("Ministry of National Defense")
# characters before a speech verb read for "the" and the capitalised words of an unknown organisation
PROPER_ORG_BACK = 60
DOC_NOUN = 20  # characters past a sentence opening's first word in which its document noun may start
DOC_VERB = 100  # characters after a document noun read for its verb
JOINT_ISSUERS_BACK = 1500  # characters before a joint document's sentence read for the pair that issued it (b51q)
AIM_SUBJECT_WORDS = 10  # words at most of a plural subject whose aim a quote after "to reach a" states (b51q)
AIM_SENTENCE = 500  # characters at most from a sentence's start to a quote read as its subject's aim (gen61q)
READ_ISSUER = 80  # characters after a "read" quote's close read for the issuer (the close may be a stop in "U.S.")
PUBLISHED_PART_BACK = 40  # characters before a quote read for the participle of "published an article ... highlighting"
PUBLISHER = 160  # characters from a sentence's start read for "<publication> published/ran"
# characters after a sentence-opening "The" read for a newspaper's name and, in its sentence, a speech verb ("The Hanul
# Times, a sister paper of the Torvia Daily, said": fresh91q)
NEWS_SUBJECT_READ = 200

# --- After a speech verb ---
# characters after a speech verb in which its named subject may start ("said Defense Secretary Jo Bell")
SUBJECT_AFTER = 60
ORG_AFTER = 70  # characters after a speech verb read for an organisation phrase ("said the Foo Agency")
# characters of an indefinite noun phrase after a verb or "according to" ("a senior People Power Party lawmaker")
INDEFINITE_PHRASE = 120
INVERTED_PEOPLE = 60  # characters after an inverted speech verb read for unnamed people ("said officials")
PERSON_WHO = 120  # characters after an inverted verb read for a person described by a "who" clause
BARE_OFFICE = 60  # characters after an inverted verb read for an office with no article (headlines)
APPOSED_HOLDER = 40  # characters after the comma of an office phrase in which the name of its holder may start
# characters after "<owner>'s" read for the office and the name after it ("South Korea's chief negotiator, Jo Bell")
OWNED_OFFICE = 80
CITED_AS = 60  # characters after "quoted"/"cited" searched for " as "
CITED_TITLE_WORDS = 8  # title words between "quoted" and a name before " as" ("quoted US Joint Chiefs of Staff Bo")
TITLE_GAP_WORDS = 7  # words of a title between a verb and a name ("quoted US Joint Chiefs of Staff Chairman Gen. Bo")
THAT_AFTER = 60  # characters after a verb read for a "that" opening its clause
TOPIC_AFTER = 40  # characters after a name read for what it is asked or told about
RELAYED_AFTER = 40  # characters after a reporting clause's "that" in which its subject may start
QUOTING_AFTER = 40  # characters after "quoting" in which the source it introduces may start
TO_VERB = 20  # characters after a name read for "to <verb>"
REPORTS_AFTER = 60  # characters after a name read for its speech verb

# --- Clauses, asides, verbs ---
NAME_TO_VERB = 160  # characters after a name, past its aside, read for its verb ("Bo, an envoy, said")
OCCASION_WORDS = 6  # words of a phrase of occasion between a subject and its verb ("in his State of the Union address")
GOVERNMENT_AFTER = 80  # characters after a name read past "for the embassy" to its verb
# characters after a name's end searched for the comma closing its appositive (140 characters and the comma)
ASIDE_CLOSE = 141
STRAY_COMMA = 40  # characters after a comma read for the past verb after it
AUXILIARY_AFTER = 48  # characters after a name read for an auxiliary and a verb of saying ("has said", "would call")
REPORTING_VERB_BACK = 200  # characters before a clause searched for its speech verb or reporting participle
MAIN_CLAUSE_NAME = 60  # characters after a fronted phrase's comma in which the main clause's speaker may start
COUNTRY_SPEAKS = 160  # characters after a country read for a verb of communicating
WHAT_CLAUSE_BACK = 40  # characters before a name read for "<preposition> what"
WORDS_THEN_VERB = 100  # characters after a possessive owner read for its words and verb ("Bo's message was")
VERBS_BACK = 160  # characters before a quote searched for the speech verbs of its sentence
SAID_BEFORE_BACK = 20  # characters before a quote read for "he said,"
PARTICIPLE_VERB_BACK = 40  # characters before a participle's comma read for the reporting verb
PARTICIPLE_ROLE_BACK = 60  # characters before a reporting verb read for a role ("the chief U.S. negotiator")
SPEECH_NOUN_AFTER = 40  # characters after a possessive read for a noun of speech (three words)
COPULA_AFTER = 40  # characters after a quote's tag read for a copula naming its source ("was how Jo Bell put it")
POSSESSIVE_WORDS_BACK = 40  # characters before a colon read for "<name>'s words" ("Jo Bell's message was blunt:")
POSSESSIVE_WORDS_REST = 3  # words after that noun of speech before the colon: a copula and a short predicate
TOUTED_AGENT = 60  # characters after a passive participle's "by" in which its agent may start

# --- Around a quote ---
# characters before a quote searched (within its sentence) for "according to" or "in <owner>'s words"
QUOTE_SENTENCE_BACK = 200
# characters after a quote searched (within its paragraph) for "according to" or "in <owner>'s words"
QUOTE_SENTENCE_AFTER = 120
# characters after "according to" in which the holder it names may end ("according to USFK head Gen. Jo Bell")
ACCORDING_HOLDER = 120
ACCORDING_PHRASE = 80  # characters after "according to" read for a phrase ending on a stop
OWNERS_WORDS_BACK = 60  # characters before "words" read for "in <owner>'s" or "in his own"
OWNERS_NAMED_BACK = 60  # characters before a possessive in which the owner's name may end
POSSESSOR_BACK = 50  # characters before a partial quote read for the possessive owner of its words ("Jo Bell's calls")
POSSESSOR_NAMED = 60  # characters before a possessive in which the owner's mention may end
TERM_USED_BACK = 60  # characters before a quote read for "used the term" (speak90q)
PARALLEL_QUOTES_GAP = 40  # characters at most between the two quotes of 'X as “A” and Y as “B”' (speak90q)
TERM_USER_BACK = 60  # characters before "used the term" in which its user's name may end
# characters before a possessive owner read, past its title, for a verb of criticism ("slammed President Bo's")
CHARGED_BACK = 60
READIED_BACK = 40  # characters before a quote read for a participle of getting ready or performing
ASIDE_COMMA_BACK = 60  # characters before a quote searched for the comma opening its aside
ASIDE_NAMED_BACK = 60  # characters before an aside's comma in which the name before it may end
ASIDE_CLOSED_AFTER = 40  # characters after the comma closing an aside read for what follows
BANNER_BACK = 30  # characters before a fronted slogan read for "Under the banner of"
BANNER_SUBJECT = 60  # characters after a fronted slogan in which the main clause's subject may start
BANNER_OWNER_BACK = 100  # characters before a slogan's frame ("in the name of") read for its owner (agent, possessive)
COUNTRY_VERB_BACK = 30  # characters before a quote read for its last two words, a pledge or speech verb ("vowed to")
COUNTRY_OPENER = 25  # characters of a sentence opener before its comma ("Meanwhile, Japan")
COUNTRY_NEXT = 30  # characters after a country read for the word after it (a comma or a lower-case verb)
PRONOUN_SEEN_BACK = 300  # characters before a verb searched for the "he"/"she" subject before a partial quote
# characters before a quote searched for a report whose clause holds it ("a recent Hanul Daily report that")
REPORT_BACK = 300
REPORT_SOURCE_BACK = 40  # characters before a report's noun in which its named source may end
LIST_MOST = 8  # people read back along one coordinated list of speakers ("A, B and C said")
AUTHORED_BY_WORDS = 7  # words before a list's "by" read for a writing or signing verb ("an op-ed in the Daily by")
JOINED_BACK = 80  # characters before the second of two joined names in which the first may end ("Seoul and Washington")
# characters before the second of two joined parties read for a capitalised first one no mention carries
JOINED_WORDS_BACK = 40
# characters before a quote's paragraph searched for the organisation "the agency reported" refers to
CLOSING_TAG_REACH = 1500
LABEL_BACK = 200  # characters before a colon read for a speaker printed as a label ('JO BELL (ENVOY) :')
LABEL_NAME_BACK = 160  # characters before a label's colon in which its name may end
AFTER_QUOTE_REACH = 170  # characters after a quote read for its tag ('", said Esper, a lawmaker')
AGENT_BEFORE_BACK = 90  # characters before a quote read for a passive agent ('was accused by Bo of "..."')
SIGNER_LIST_REACH = 420  # characters after a quote read for a list of three or more signers before 'wrote'
SIGNER_LIST_LEAD = 90  # characters a signer list's first name may stand after the quote (a title before it)
LIST_GAP = 90  # characters between two names of a list of signers (a title and a party-state tag)
SIGNER_LIST_TAIL = 30  # characters between a signer list's last name and its verb (a party-state tag)
TITLED_AT = 40  # characters at a name's start in which a title of four capitalised words and the name may start
HEADLINE_NAME_BACK = 60  # characters before a headline's quote or verb in which the name printed before it may end
TITLED_OWNER_BACK = 30  # characters before a quoted name read for an owner's possessive ('Bo's “Alliance First”')
# characters before a quote read for the noun of a work it titles ("the report titled", "his memoir")
TITLED_WORK_BACK = 40
NICKNAME_BACK = 24  # characters before a quoted nickname read for the first name before it ('Gen. Jo “Iron” Bell')
NAME_OF_THING_AFTER = 30  # characters after a quoted name read for the noun it names
# characters before a quoted title read for its maker's possessive ("CBS News's “Face the Nation”")
TITLE_MAKER_BACK = 60
PUBLISHER_BACK = 40  # characters before a quoted title read for "<published> the" ("Bo published the “X” report")
# characters before a quote read for its sentence's first quotation, whose speech verb a writer relays ("Bo said ...
# “...” and “...,” Al writes")
RELAYED_FIRST_BACK = 300
TITLE_ON_AFTER = 40  # characters after a programme's title read for its broadcaster ("on “Face the Nation” on CBS")
DASH_NAME = 40  # characters after a credit dash in which the name may start ('” — Jo Bell')
DASH_REST = 120  # characters after a credited name read for the rest of the credit

# --- Paragraphs and sentences ---
# characters before a point searched for the start of the sentence (or paragraph) it ends in: linear however long the
# paragraph
LAST_SENTENCE_BACK = 400
# characters before a partial quote read for the paragraph's last reporter ('The ministry said ... a “fair” deal')
PARAGRAPH_REPORTER_BACK = 600
REPORTED_VERB = 200  # characters of a paragraph's last sentence read for its reporting verb
SET_UP_NAME = 100  # characters of a paragraph's last sentence in which its set-up speaker may start
INTRO_ACT_AFTER = 160  # characters after an introduction's speaker read for its act ("made the remarks")
NEXT_SENTENCE_REACH = 400  # characters after a quote searched for the next sentence's start
NEXT_SENTENCE_VERB = 80  # characters of the next sentence's opening searched for its verb
PAIR_PHRASE_BACK = 60  # characters before a speech verb searched for the start of "the two <people>"
RELATIVE_NAMER_BACK = 40  # characters before a quote read for a relative or "what" clause's naming verb
RELATIVE_NAMER_NAME = 60  # characters before that verb in which its subject's name may end
SPOKE_AFTER = 80  # characters after a name read for the verb that says it spoke
GOVERNOR_BACK = 60  # characters before a name read for the word that governs it ("of the Korean Peninsula,” Bo")
GENDER_AFTER = 120  # characters after a name read for the first gendered pronoun ("Bo Roe and his party")
# characters before a pronoun's named antecedent read for the role noun ("lawmaker") that names it again
ANTECEDENT_AGAIN_BACK = 40
INDEFINITE_ANTECEDENT_BACK = 80  # characters before an indefinite head noun read for "a <modifiers>"
ADDED_NEXT = 60  # characters after the next paragraph's quote read (four words) for "added"/"continued"
# characters after a name read for a split-off "'s" and its noun of speech ("Jo Bell 's message:")
WORDS_OWNER_AFTER = 30
WORDS_OWNER_BACK = 40  # characters before a name read past its title's capitalised words for "The message from"

# --- Plural bodies and owners ---
BODY_DET_BACK = 50  # characters before "authorities" read for "the <up to three words>" ("the Hanul authorities")
# characters before "authorities" read for a preposition before its "the" ("pressure from the Hanul authorities")
BODY_PRIOR_BACK = 80
BODY_VERB = 90  # characters from "authorities" (79 past the word) read for its verb
OWNER_COUNTRY_BACK = 40  # characters before a body's name read for its owner country ("Japan's", "the Japanese")

# --- Gaps and lengths: how long a stretch between two things may be ---
# characters at most in an appositive between a name and its verb (", a professor at the Asan Institute for Policy
# Studies in Seoul,")
APPOSITIVE_MOST = 140
POSTMODIFIER_MOST = 80  # characters at most in a phrase after an unnamed person ("familiar with the talks")
SEEMS_GAP = 60  # characters at most from a name to a verb of seeming past adverbs and "to be"
# characters at most in a label of a name and a short title ("Jo Bell / U.S. envoy"): longer is copy, not a label
LABEL_TITLE_MOST = 80
PAIR_WORDS_MOST = 40  # characters at most in the words naming a pair of speakers ("the two officials", "both sides")
NICKNAME_MOST = 40  # characters at most in a nickname quoted inside a name ('Gen. Jo “Iron” Bell')
# characters from a speech verb to a quote a comma or colon introduces ('Bo stated regarding X, "'); a reported clause
# gets REPORTED_REACH
COMMA_QUOTE_REACH = 80

# --- Named before, moved here from quotes.py (issue 12: one place) ---
SINGLE_QUOTE_MOST = 400  # a single-quoted stretch longer than this is not a quotation (British-style quotes run long)
# characters of a paragraph's start searched for its first double mark, one closing a quote carried over from the
# paragraph before (audit58: was SINGLE_QUOTE_MOST * 4, another meaning's constant)
CLOSING_MARK_REACH = 1600
OUTLET_REACH = 1500  # characters before "the newspaper said" searched for the paper that reported
ORG_WINDOW = 100  # characters before a verb read for "the ministry" and an aside after it
QUOTED_BEFORE_REACH = 1500  # characters read back for the quote a "the statement continued" goes on from
ISSUER_NEAR = 120  # characters between an earlier "statement" and the organisation that issued it
ISSUER_DOCS = 3  # earlier mentions of a document noun read for the body that issued it ("X released the readout")
IN_DOCUMENT_BACK = 24  # characters before a document noun read for "In a (joint) <doc>," before its issuer
GROUP_REACH = 1200  # characters before a "they" searched for the sentence that opens with its group
GROUP_ACT_REACH = 160  # characters from a group to a quote it shows or voices (bounded: a run-on sentence of quotes)
THEY_SENTENCE = 200  # characters before a "they" searched for a group named earlier in its own sentence
THEY_SPOKE_REACH = 300  # characters before a "they" searched for the unnamed people who last spoke
POSTMOD_CHARS = 120  # characters of them
OFFICE_SUBJECT_REACH = 160  # characters from a sentence's start to its speech verb for an office-of subject
APPOSED_REACH = 90  # characters of the office phrase between a speech verb and the name in commas after it
BRACKET_REACH = 40  # characters of a bracketed note after a name ("(R-Texas)", "(pictured)")
FRONTED_REACH = 200  # characters from a fronted participle's quote to the comma that closes its phrase
BODY_PLURAL_REACH = 240  # characters from a plural body to the quote its clause mentions
KNOWING_MOST = 80  # characters of "familiar with the matter" after an unnamed speaker
ASIDE_MOST = 160  # characters before a quote where its aside's opening dash may stand
REPORTED_REACH = 150  # characters from a speech verb to a partial quote its reported clause holds
THAT_CLAUSE_REACH = 240  # characters from a speech verb opening a "that" clause to a partial quote it holds
OWN_REACH = 160  # characters from a name to a quote its own clause holds
IMPERSONAL_REACH = 400  # characters before the quote's sentence read for the sentence that names the source
WITH_REACH = 80  # how far before a participle "with <person>" is looked for
ONE_WORD_REACH = 3000  # characters before a lone name searched for the person named in full
TOUTED_REACH = 100  # characters from a quote's end to the "by" of its participle
SPOKE_REACH = 300  # characters before a quote's sentence searched for the sentence that says who spoke
REPORTER_REACH = 600  # characters before an "it said" searched for the last reporting clause
PAIR_REACH = 240  # characters from "the two <people>" / "both sides" to the partial quote it reports
ROLE_BACK = 1500  # how far before "the official" its indefinite antecedent ("a White House official") is looked for
ORG_LEAD = 16  # characters of "the U.S. " before an organisation's mention
CUT_GAP = 40  # characters at most between the two halves of one speaker's words
HEADLINE_LINE = 200  # characters at most in a headline or subhead line
CREDIT_LINE_MOST = 300  # characters of a credit line under a block quote ("— Jo Bell, at a rally in Dover, ...")
PARTICIPLE_MOST = 200  # characters before a quote where the reporting verb and its participle may stand
FALLBACK_REACH = 240  # characters before and after a quote searched for its sentence's speech verb (bounded: linear)
PROPER_REACH = 160  # characters before a speech verb read for an untagged name as its subject
LABEL_MOST = 120  # characters of a speaker's label before a quote ("[Sound bite: Jo Bell, envoy]")
INTERVIEW_BACK = 6000  # characters before an interview's answer read for its introduction (Q/A paragraphs)
FRONTED_MOST = 100  # characters of a fronted phrase before its comma ("Speaking to lawmakers on Tuesday,")
LEADING_LABEL_CHARS = 40  # characters of a label before a headline's colon: "USFK chief", "Seoul's Jo"

# --- Word windows (words, not characters) ---
# words back from a verb's end scanned for the "the"/"its" of "the (South Korean) foreign ministry": it stands 2 to 5
# words back
ORG_REF_DET_WORDS = 6
COMPLEMENT_WORDS = 6  # words back scanned for a past verb's complement before "the ministry" (3 to 5 words back)
# words back from the issuing verb scanned for the body's "the" (2 to 4 words back: "the U.S. embassy issued")
ISSUER_DET_WORDS = 5
# words back from "statement" scanned for the body's "the" before "<verb> in a" ("The U.S. Embassy said in a
# statement")
ISSUING_BODY_WORDS = 8
KNOWING_HEAD_WORDS = 7  # words back scanned for the head of "officials familiar with" (2 to 6 words back)
# words back from a speech verb scanned for the determiner of one unnamed person ("a ranking U.S. diplomat said")
UNNAMED_DET_WORDS = 7
# words back from a "who" scanned for the determiner of the phrase it stands for ("a group of protesters who")
RELATIVE_DET_WORDS = 7
RELATIVE_WHO_WORDS = 6  # words back scanned for the "who" of a relative clause before its verb
OPENING_WORDS = 10  # words of a sentence's opening read for its subject ("Army base commanders told")
OPENING_SUBJECT_WORDS = 4  # words of a sentence's opening in which its subject's head may stand
PEOPLE_WORDS = 4  # words after a verb in which a people noun may stand ("said two senior officials")
BODY_DET_WORDS = 4  # words before "authorities" read for "the <up to three words>"
READIED_WORDS = 5  # words before a quote read for a participle of getting ready or performing
POSSESSOR_WORDS = 5  # words before a partial quote read for its possessive owner ("Bo's repeated calls for a")
ACCORDING_DOC_WORDS = 4  # words after "according to" read for a document's noun ("a ministry statement")
# words of an appositive after a name read for its office (", the U.S. chief negotiator for defense costs,")
OFFICE_AFTER_WORDS = 7
# words after a name read for an auxiliary and a verb of saying ("has repeatedly said", "would later call")
AUXILIARY_WORDS = 6
READ_ISSUER_WORDS = 8  # words after "from"/"by" read for the issuer of a document a quote is read from
SPOKE_VERB_WORDS = 4  # words after a name, past fillers, read for a verb of speaking or giving talks
APPOSED_OWNER_WORDS = 4  # words of an office phrase read for an owner's possessive ("Seoul's chief negotiator")
OPENING_ROLE_WORDS = 4  # words of a sentence opening read for a determiner and a role ("The U.S. envoy")
PERSON_WHO_WORDS = 4  # words after an inverted verb in which the "who" of "a person who" may stand
# words after the next paragraph's quote read for "added"/"continued" ("Jo Bell, the envoy, added")
ADDED_NEXT_WORDS = 4
APPOSED_OFFICE_WORDS = 4  # words of an appositive read for an office ("deputy foreign minister")
# words at most of the subject of a tag that closes its sentence after a comma (", the text of the conference report
# reads.": fresh91q)
TAG_SUBJECT_WORDS = 8

# --- Word counts named before, moved here from quotes.py ---
PLACE_WORDS = 3  # capitalised words of a place after "in" ("in Busan", "in New Delhi")
CREDIT_PLACE_WORDS = 3  # capitalised words of the place after a speaker on a credit line ("in Seoul", "at the UN")
# words at most in a lower-case office before a name ("the union leader", "former defense minister")
OFFICE_GAP_WORDS = 5
HELD_DOCUMENT_WORDS = 4  # words of "An internal ministry memo" before the participle
ASIDE_WORDS = 4  # words of a short aside between a subject and its verb ("the ministry, for its part, said")
LONG_ASIDE_WORDS = 10  # words of an aside opened by a preposition ("the ministry, in a statement released Monday,")
ISSUER_WORDS = 6  # words of an untagged body before the verb that issues a statement ("the U.S. embassy")
BODY_NAME_WORDS = 7  # words of "U.S. Department of the Army" read back from a verb
GROUP_WORDS = 6  # words of "Hundreds of South Korean union members" from a sentence's start to its group noun
GROUP_MODIFIER_WORDS = 3  # words before a group noun in "Some 200 union members", "Anti-US activists"
RELATIVE_WORDS = 12  # words of a relative clause between an unnamed subject and its verb ("who asked not to be named")
POSTMODIFIED_WORDS = 6  # words of "a member of the negotiating team", "protesters outside the venue"
POSTMODIFIED_CHARS = 200  # characters at most of such a phrase with what surrounds it (six words are far fewer)
INDEFINITE_WORDS = 5  # words between "A" and "who" ("A South Korean base worker who")
BODY_MODIFIER_WORDS = 3  # lower-case words between "The" and a body's noun ("The presidential office")
ENVOY_TO_BACK = 40  # characters before a place read for an envoy's post ("representatives to the ")
OWNER_MODIFIER_WORDS = 3  # modifiers read back before a possessive office's owner ("the foreign ministry's")
UNNAMED_MODIFIER_WORDS = 5  # words between "a" and the head ("a senior People Power Party lawmaker")
POSTMOD_WORDS = 8  # words of the body after the preposition
APPOSED_WORDS = 9  # words of the office phrase between a speech verb and the name in commas after it
OFFICE_PHRASE_WORDS = 5  # words of "a former high-level defense official": an article, modifiers, an office
OWNED_WORDS = 4  # lower-case words of "top trade negotiator" after an owner's "'s"
WORDS_PHRASE_WORDS = 8  # words of the phrase between a person's words and their verb ("posts on social media in May")
CLOSING_TAG_WORDS = 5  # words of a sentence's closing tag before its verb ("the South Korean news agency")
THAT_GAP_WORDS = 4  # words between a speech verb and the "that" of its clause ("said later on Monday that")
HOLDER_MODIFIER_WORDS = 3  # words between an opener and the head ("a senior U.S. official")
NESTED_OBJECT_WORDS = 4  # words of the object between a holder's two prepositions ("in defense talks with")
OWNER_WORDS = 2  # words of a nationality before a body ("South Korean")
PROPER_SOURCE_WORDS = 5  # capitalised words of an outlet's or a body's name ("the Hanul Daily", "Asan Policy Forum")
LEADING_LABEL_WORDS = 3  # words of a label before a headline's colon: "USFK chief", "Seoul's Jo"
BARE_LABEL_WORDS = 5  # words of a body's name as a headline's bare label: "Ministry of Foreign Affairs"
SUBHEAD_PARAGRAPHS = 3  # paragraphs (the headline's is 0) in which a short line may be a subhead
TITLE_LOOK_WORDS = 4  # words of "South Korean Foreign Minister" read before a name
MODIFIER_WORDS = 5  # words of modifiers read before an unnamed office's head noun ("Japan's new deputy foreign")
SPEECH_OPENING_WORDS = 5  # words of "The latest comments" / "The harshest criticism" before the speech noun
GENDER_WORDS = 12  # words read after a name for the pronoun that points back to it
TITLE_BEFORE_NAME = 40  # characters before a name read for its printed title ("Pentagon spokesman Cal Dunmore")
BODY_RUN_WORDS = 4  # capitalised words of a body's gazetteer name in an office's or title's words ("U.S. Forces Korea")
TITLE_NOUN_BACK = 24  # characters before a title read for its noun ("documentary “Harbor Lights”")
# characters before a quoted agreement's name read for "the existing" ("the existing “special measures agreement”":
# fresh91q)
AGREEMENT_NAME_BACK = 24
QUOTED_NAME_WORDS = 8  # words in a quoted name ("the “Make Ships Great Again” pledge")
LONE_ACRONYM_MOST = 5  # letters of an acronym read as a title's maker before a bare apostrophe ("CBS’ “…”")
MAKER_WORDS = 4  # capitalised words of a title's maker no mention carries ("CBS News's “Face the Nation”")
CREDIT_NAME_WORDS = 6  # capitalised words of a name the entity rules left untagged on a credit line
REPORTER_WORDS = 3  # words between a name and its speech verb for the name to count as the one reporting
PHRASE_WORDS = 5  # words of an untagged noun phrase read as a speech verb's subject ("the civic group")
TAG_WORDS = 8  # words after a quote read for its "<subject> <verb>." tag
AS_WORDS = 7  # words of the source in "as one Hanul Daily editorial suggests"
AS_LATER_REACH = 40  # characters after a quote read for ", as" opening its source's clause ("country, as Bo put it")
PUBLISHER_WORDS = 5  # capitalised words at most in the name of a publication that "published" or "ran" an article

# --- Writer's labels (label57) ---
# characters before a short quote read for the writer's naming ("what is being called a", "the plan, dubbed") or
# noun phrase ("in the absence of the"), cut at the sentence's end; the sentence's verbs of saying are read there too
WRITERS_LABEL_BACK = 240
WRITERS_LABEL_WORDS = 4  # words of a quote at most that may be the writer's label ("axis of adults", "security bill")

# --- Reported clauses past the clause rules' windows (speak90r) ---
VOICED_BACK = 80  # characters before a quote read for the verb voicing its noun and the group subject before it
VOICED_GLUE_WORDS = 3  # words between a voicing verb and its quoted noun ("expressed their deep “...”")
VOICED_SUBJECT_WORDS = 5  # words of a group subject before a voicing verb ("Four top Tamers")
OPENING_VERB = 40  # characters after a sentence's opening reporter read for its verb of saying
# characters after a place's possessive read for a publication's capitalised name ("Hanul's Bora Daily")
OPENING_RUN = 60
CLOSING_STOP_REACH = 400  # characters after a partial quote searched for its sentence's stop (a closing reporter)
CLOSING_SUBJECT_WORDS = 8  # words of a closing reporter ("the trade ministry in Bora")
# characters before a repeated label first read for the verb or possessive right before it, past adverbs in -ly
# (quote_rules._words_past_adverbs doubles it while fewer than two words are left; was the whole sentence at each quote)
LABEL_LEAD_BACK = 80
# characters before a partial quote read for a verb of charging in its sentence ("Bo mocked the “hostile” drills", see
# quote_fallback._charged_before; bounded: a run-on sentence of many quotes read from its start at each was quadratic)
CHARGING_BACK = 400
PUBLISHED_CLAUSE_BACK = 160  # characters before a quote searched for "stating that" of a publication's piece
RELEASED_BACK = 60  # characters before a title read for "<Maker>’s release of its"

# --- A full-clause quote no rule credited (fallback94q) ---
CLAUSE_TAG_REACH = 300  # characters after a full-clause quote searched for the stop of the sentence its tag closes
CLAUSE_LEAST_WORDS = 4  # words of a quote at least for a full clause ("We will not pay"); fewer: a label's
CLAUSE_TAG_WORDS = 8  # words of a closing tag's subject at most ("the text of the accompanying conference report")
# words of a fronted phrase before the subject of a quote's sentence before ("Asked about it,")
CLAUSE_FRONTED_WORDS = 5
CLAUSE_TAIL_WORDS = 4  # words after a closing tag's verb at most ("in January last year"): its adjunct, no clause

# --- Added in session 51, moved here from quotes.py (cleanup51) ---
# characters of a body's appositive of a place's possessive, commas included ("The ministry, Seoul's lead agency on the
# talks, said"; fix51s4)
OWNED_ASIDE_CHARS = 80
# characters before a speech verb read for an outlet named after a place's possessive ("Tamsk's Uribora website said";
# fix51s)
POSSESSED_BACK = 120
CONJUNCT_TAIL = 160  # characters after a mention read for its appositive's end (quotes' conjunct subjects)

# --- Added in session 52, moved here from quote_finder.py (cleanup52) ---
# characters between "before"/"after"/"until"/"since" and "took office" in a quoted work's sentence ("written before
# X took office": a description of another time; mend52q, quote_finder._maker_of_another_time)
TOOK_OFFICE_GAP = 80

# === analysis/extract/names.py: thresholds the name rules read as ``win.NAME`` (review99; most are still its own) ===
CAPS_LINE_LETTERS = 8  # letters a line in capitals holds at least ("BELL SAYS SEOUL MUST PAY"; not "US-ROK")
# words of a field in lower case after a capitalised title's "for" at most ("Under Secretary of Defense for policy",
# "Assistant Secretary for arms control"; names._lower_field)
FIELD_TITLE_WORDS = 3

# === analysis/frames.py: the windows the frame rules read (issue #12) ===
# Kept here, after quotes.py's, so that every character window of the package is in one file a newcomer opens and
# one module a test patches; frames and frame_reader read them as ``win.NAME`` like quotes. Each bounds a regex search
# or a span lookup before (``*_BACK``) or after (``*_AFTER``, ``*_NEXT``) a figure, a date or a cue word: the bound
# keeps the rule inside the figure's own phrase (and the work linear), so each is a few words longer than the longest
# phrase the rule reads. Characters, unless the comment says otherwise.

# --- frames: amounts restated, listed or joined ---
# characters after an amount searched for another amount restating it in another currency ("X won, which is similar
# to $Y, in 2024"): the restating clause and the amount
RESTATING_AMOUNT_AFTER = 60
# characters after a restating amount read for what closes it (restating_gap's ``after``: " — toward", " at this
# year's rate", " more than"): a few words
RESTATEMENT_TAIL = 40
OR_FIGURE_NEXT = 40  # characters after the "or" of "X, or Y" searched for the figure Y restating X
JOINED_FIGURE_BACK = 40  # characters before a figure searched for the first of "X and Y" ("the $8 and $5 billion")
# characters before a figure read for the percent it restates ("rose 9.9 percent, or $40 billion")
RESTATED_PERCENT_BACK = 40
# characters before an amount read for a possessive owner of the US side ("Trump’s $5 billion shakedown")
AMOUNT_OWNER_BACK = 60
POSSESSIVE_COUNTRY_BACK = 40  # characters before an amount read for a country's possessive ("Japan's $2 billion")
LISTED_YEAR_CHARS = 40  # characters read after a list of figures for its years, per listed figure ("2019, 2020")
LISTED_YEARS_LEAD = 40  # characters read after a list of figures for the words before its first year ("in")
# characters before a figure read for its words as an item of a list ("; 2021, about ", "\n- 2019: "), and before an
# item's separator for the figure of the item before it (frames65)
LIST_ITEM_BACK = 40
LIST_HEAD_BACK = 200  # characters before a list's colon or first line read as its head ("Seoul's payments by year")
MULTIPLE_TO_LEVEL = 160  # characters at most between a multiple and the amount naming the current level it raises
# characters before and after a capitalised word searched for a tagged span that covers it (a long name fits)
CAPITALISED_NEAR = 40

# --- frames: dates and years of a figure ---
RANGE_AMOUNT_BACK = 80  # characters before a date searched for the amounts of a range's first member ("from 1.04 ...")
# characters before a relative date searched for the absolute date it renames ("in 2025, the last year,")
RENAMED_DATE_BACK = 60
# characters before a date read for the aside telling when a standing thing began ("under the SMA, first signed in")
ORIGIN_ASIDE_BACK = 50
# characters after a year searched for the next year of its pair or series ("2019 and 2020", "Between 2014 and 2016")
SERIES_YEAR_NEXT = 24
# characters before a year read for the "from" that makes it a change's base ("up 8 percent from the previous year")
BASE_FROM_BACK = 30
RANGE_START_BACK = 40  # characters before a range's base amount searched for the date its change starts from
OWN_YEAR_AFTER = 40  # characters after a percent searched for the date of its own phrase ("8.2 percent growth in 2019")
# characters past the blanks after a figure searched for the date right after it ("rose to $900 million in 2019")
OWN_DATE_NEXT = 60
# characters before a percent read for the average word of "averaging N percent over the past N years", and before an
# amount for the words telling it as a yearly average ("an average of", "averaged": rules.averaged_years, verd52)
AVERAGE_WORD_BACK = 40
ENDS_FROM_BACK = 30  # characters before the first amount of "from A to B" read for its "from"
PREVIOUS_DEAL_BACK = 50  # characters before an amount read for "the previous deal" whose sum it is
EARLIER_NAME_BACK = 60  # characters before an amount read for "the earlier number of" naming it as given before
OLD_DEAL_BACK = 40  # characters before a deal or bill word read for "from the old deal" (the base, not the payment)

# --- frames: payments, payers, parts ---
KOREA_PAYS_BACK = 100  # characters before "pay for troops" read for Korea as the payer ("Seoul has long paid to ...")
# characters after an amount read for the relative clause of paying right after it ("the X [that] Seoul pays")
PAID_RELATIVE_AFTER = 80
PAY_PART_BACK = 60  # characters before an amount read for a main verb "pays/gives/provides" ("pays its workers X")
PART_CUE_AFTER = 60  # characters after "of" read for the part of the payment it names ("of the workers' wages")
# characters after the join of a range of amounts ("4 to") read for its other end, whose tail is both ends' ("4 to 4.5
# trillion won of those costs": frame_reader.past_range; hist58v); no written amount is longer
RANGE_END_AHEAD = 60
# characters before an amount read for its subject and verb ("each household pays X", mend55v)
RATE_SUBJECT_BEFORE = 100
PAID_FORM_AFTER = 30  # characters after an amount read for a form of paying or owing ("X it pays", "X owed")
BOUGHT_BACK = 40  # characters before an amount read for a verb of buying ("will buy $6 billion of drones")
PAYER_OWNS_BACK = 50  # characters before a cue noun read for the paying side's possessive ("Seoul's offer")
CUE_PAY_WORD = 24  # characters from a demand cue read for "pay" (a cue of paying names the payer, not an asker)
PRONOUN_ASKER_BACK = 40  # characters before a demand cue read for its pronoun subject ("though he had demanded")
ELIDED_VERB_BACK = 40  # characters before an elision ("...") read for the paid verb it cut ("they agreed to pay ...")
COUNTING_BACK = 40  # characters before a support word read for "counting"/"including" (it is counted into the sum)
COST_VERB_BACK = 60  # characters before an amount read for "cost" ("the drones cost $6 billion")
LEAVE_VERB_BACK = 60  # characters before a count read for a planned cut's "will leave" ("it would leave about X")
COST_PART_BACK = 30  # characters before a cost noun read for "share/part of (the)" (a part of the cost: a payment)
BROUGHT_TO_BACK = 60  # characters before an amount read for a verb bringing a sum to it ("got it to one billion")
# characters before "pays"/"paying" read for a multiple's or a rise's base ("five times what Seoul is paying")
MULTIPLE_BASE_BACK = 60

# --- frames: the US side and its demands ---
US_OWNER_BACK = 60  # characters before a phrase's end in which the person, body or place owning it may start
ADMINISTRATION_BACK = 20  # characters before a phrase's end read for "administration" ("the Trump administration")
CITING_ACTOR_AFTER = 60  # characters after "mentioned by"/"cited by" read for the US-side actor tagged there
# characters between a verb of putting a figure forward and the figure it puts forward ("floated a figure of",
# "has thrown around such high numbers as"): a short object phrase, never a clause (asks63)
PUT_FORWARD_GAP = 50
# characters before an amount read for the passive of lowering it follows ("was reportedly significantly reduced from")
LOWERED_FROM_BACK = 80
AND_VERB_BACK = 30  # characters before a verb read for the "and (also)" that makes it a second verb of one subject
GET_BEFORE_BACK = 40  # characters before an amount read for "will/'ll/would/to get"
KOREA_GETS_BACK = 30  # characters before "get" read for Korea as its subject ("Seoul would get X": not asked of it)
ASKED_DASH_BACK = 80  # characters before a dashed amount read for the verb of asking it names ("asked for less — X")
COMPARED_BACK = 60  # characters before an amount read for "compared with" after a demand or offer
PAY_CONDITION_BACK = 80  # characters before an amount read for a condition asking it ("unless Seoul pays")
# characters before an amount read for a refusal to pay it ("refuses to pay") or to raise a payment to it ("refused to
# raise its annual contribution to X", mend90v)
REFUSED_RISE_BACK = 70
SIGNED_DEAL_BACK = 100  # characters before "calling for" read for the signed deal whose terms it states
DEAL_SUBJECT_BACK = 120  # characters before a demand word read for a deal as its subject ("the agreement, which calls")
ASK_FROM_BACK = 80  # characters before "from X" read for a demand cut from X ("cut its demand from X to Y")
UP_FROM_BACK = 40  # characters before an amount read for "up from"
DEMAND_TO_BASE = 40  # characters at most between a demanded amount and the "up from" amount after it
CITED_OWNER_BACK = 40  # characters before an amount named by a noun of citing read for "the" or a possessive (review81)
DEAL_UNDER_BACK = 24  # characters before a numbered agreement read for a preposition of being under it ("under the")
ASKED_OBJECT_BACK = 30  # characters before a demanded amount read for the noun of demand it is the object of
# characters after a figure read for a relative clause of asking or offering ("the X Washington wants")
RELATIVE_ASK_AFTER = 80
DASH_OPENER_BACK = 24  # characters before a figure read for a dash opening its aside ("-- or 400 percent more")
# characters before a figure read for a dash opening a "from X to Y" aside that spells out a rise (fresh90v)
CHANGE_ASIDE_BACK = 80
PREMIUM_BACK = 40  # characters before a percent read for "plus" or "a premium of" ("the full cost, plus another N%")
LABEL_GOAL_AHEAD = 80  # characters after a premium's label colon read for the wish it names ("Vell wants hosts to pay")
LABEL_ASK_BACK = 60  # characters before a premium's label read for a verb of asking ("Vell demanded cost plus 50%:")

# --- frames: changes, levels, totals ---
RELATIVE_IS_BACK = 60  # characters before an amount read for the relative clause restating it ("the share, which is")
MORE_BEFORE_BACK = 30  # characters before an amount read for "more" / "an increase of"
ADDED_NOUN_BACK = 140  # characters before an amount read for a noun of addition (a long noun phrase may come between)
TO_LEVEL_BACK = 20  # characters before an amount read for the "to" of a level reached
TOTAL_BACK = 30  # characters before an amount read for "a total of"
CHANGE_VERB_BACK = 30  # characters before a figure read for a verb of change ("rose by", "climbed")
ADDITIONAL_BACK = 30  # characters before an amount read for "an additional"
FRONTED_COMMA_AFTER = 80  # characters after "On top of"/"Besides" searched for the comma closing its fronted phrase
GAP_NOUN_BACK = 30  # characters before an amount read for "gap/difference of"
RAISE_VERB_BACK = 80  # characters before an amount read for the verb raising it ("increase its contribution of")
RAISED_PAYMENT_BACK = 60  # characters before an amount read for the payment noun a multiple raises
RAISED_FROM_BACK = 90  # characters before an amount read for "raise ... from"
# characters before "raise ... from" read for "demand for"/"call to" (a demand's change: the base is no payment)
ASKED_CHANGE_BACK = 40
LEVEL_WORD_BACK = 32  # characters before a percent read for "to", "from", "compared with" (a level, not a change)
CHANGED_TO_BACK = 40  # characters before a percent read for "rose/fell to"
FROM_AMOUNT_NEXT = 40  # characters after "from" searched for the amount a percent is counted from
TIMES_VERB_BACK = 30  # characters before "N times" read for a verb counting how often ("he said 186 times")
SUBJECT_QUANTITY_BACK = 80  # characters of its clause before a multiple read for another quantity as its subject
COST_TAIL_AHEAD = 60  # characters after "the X cost of" read for a word making it the deal's own (cother52)
SHARE_NOUN_BACK = 80  # characters before a share's level verb read for its share noun ("its share stands at"; cother52)
SHARE_CHANGE_BACK = 40  # characters before that share noun read for a change it is "of"/"in" (cother52)
DONE_VERB_BACK = 80  # characters of its clause before "N times" read for a verb of saying or meeting and its object
TIMES_TAIL_AHEAD = 30  # characters after "N times" read for a time closing its clause ("during the dinner")
BASE_RIGHT_AHEAD = 60  # characters of a base's noun phrase read right after a multiple ("double its defense budget")
NOT_BEFORE_BACK = 20  # characters before the denied amount of "not X but Y" read for its "not" (mendf68)
# characters after a multiple's base year ("1.14 times its 2019 payment") read for the time of the multiple itself,
# to the clause's end ("in 2021", "last year", ", the ministry said in 2021", "in the first year of the deal")
OWN_YEAR_AHEAD = 80

# --- frames: troops ---
KEPT_BACK = 40  # characters before a troops cue read for a verb of keeping or hosting ("hosts 28,500 US troops")
TROOPS_CUE_NEAR = 20  # characters at most from a figure to a troops cue of its own ("cut troops by 10 percent")
COUNT_WORDS_BACK = 120  # characters of a count's sentence before it read for its last words
OTHER_ARMY_BACK = 25  # characters before a count read for another army ("North Korea's 1.2 million")
MOVED_AFTER_CHARS = 40  # characters after a count read for its first words, a verb of moving ("troops withdrawn")
FLOOR_CLAUSE_BACK = 120  # characters of a count's clause before it read for a word of a floor ("below", "bars")
CONDITION_AFTER_CHARS = 40  # characters after a count read for the words of a condition after it
THE_NUMBER_BACK = 30  # characters before a bare count read for "the number (as)" naming it (frames76)
NUMBER_OF_BACK = 400  # characters of a bare count's paragraph before it read for "the number of U.S. troops" (frames76)

# --- frames: windows frames.py had named before, moved here ---
DEAL_NOUN_BACK = 40  # characters before a date read for the agreement's noun whose years it gives ("the 2019 deal")
FREEZE_AFTER_BACK = 60  # characters before a date read for "after"/"following" a freeze word
AMOUNT_ASIDE_BACK = 60  # characters before an amount searched for the comma opening a relative aside on a subject
# characters at most between a relative clause's verb of paying and the verb saying what the payment covers
COVER_VERB_REACH = 60
APPOSED_RELATIVE_REACH = 60  # characters of an apposition's relative clause read for its verb
# characters after "tied to"/"in line with" in which the defence budget's cue may start (a few words: "its annual")
INDEX_CUE_REACH = 40
# characters before a percent read for the comma (and a hedge) of an apposition on the defence budget (defbud72)
APPOSED_HEDGE_BACK = 20
# characters at most between a multiple and the date of the payment it multiplies ("twice what it paid in 2009")
PAID_THEN_DATE = 40
# characters at most between a change and the date of the base it is "more than" ("8.3 percent more than what Seoul
# paid in 2021")
MORE_THAN_DATE = 40
# characters at most between a change and the end of that date, when the date starts within MORE_THAN_DATE: a payer
# of a few words before "paid in" ("9.3 percent above what the Moon government paid in 2017": review90 aside B)
MORE_THAN_DATE_END = 56
ANAPHOR_REACH = 80  # characters from a sentence-opening "This is" to its percent: a few words, never a run-on clause
MILITARY_NEAR = 60  # characters either side of a troop count read for military words
# characters after a count read for its part words ("36,000 soldiers and their families"; not "the 28,500-strong USFK
# has its headquarters at a base")
TROOP_PART_AFTER = 25
FROM_WHOLE_BACK = 40  # characters before a count read for troops taken "from the" count (frames._FROM_THE_WHOLE)
EXERCISE_NEAR = 60  # characters either side of a count, in its sentence, read for the exercise words
WE_HAVE_BACK = 40  # characters before a bare number read for a speaker's "we have"
# characters around a short quote read for "the" right before it and a preposition right after it ("approach the
# 'defense cost-sharing' for the troops": a term named, not words a later quote repeats)
TERM_ARTICLE_BACK = 6
TERM_PREPOSITION_AFTER = 14
HEADLINE_ROLE_REACH = 200  # characters of a headline before (and after) its quote read for a role that says it
SHARE_OWNER_BACK = 30  # characters before an amount read for the owner of "its <amount> share" (frames63)
AT_REQUEST_BACK = 40  # characters before a demand word read for "at his", "at the", "at Trump's" (fresh77v)
MANDATIVE_BACK = 120  # characters before an amount read for "that Seoul (, an aside,) pay" (fresh77v)
# characters before a mandative "that" read for a verb or noun of terms and a phrase after it ("it was stipulated in the
# annex that", "the deal's terms state that": mendv78)
TERMS_THAT_BACK = 50
# characters before a reduced relative's head cue read for a coordination or an adverbial governing it ("and the",
# "despite the economic": mendv78)
SUMMED_HEAD_BACK = 40
UNEXECUTED_AFTER = 60  # characters after an amount read for "not (yet) executed / disbursed" (mendv78)
PAYMENT_OF_BACK = 40  # characters before an amount read for "payment of" (mendv78)
PRE_YEAR_BACK = 40  # characters before an amount read for "the pre-2019 figure of" (fresh79v)
PASSIVE_AUX_BACK = 24  # characters before "paid" read for a passive's auxiliary and an adverb ("has been paid")
# words of a sum's noun phrase between a multiple and "to" the level it brings the sum to ("double its financial
# support to $1.6 billion": verd90v)
MULTIPLIED_TO_WORDS = 4
# characters before an amount in which the deal and its verb setting the amount's year may start ("The deal lifts 2021
# to X", "keeps 2020 at the 2019 level, X"; fix51v4, frame_reader.deal_set_year; moved here by cleanup51)
DEAL_SETS_BACK = 90
# characters before the first of two dated dollar amounts read for another money amount listed before it ("$150 million
# in 1991, $300 million in 1995 and $620 million in 2004, a rise of ..."): a list, not a pair (review51v7)
PAIR_LIST_BACK = 60

# === analysis/extract/dates.py: windows the date rules read as ``win.NAME`` (most of its windows are still its own
# module constants; these moved here when a review asked, mendq78) ===
NEXT_YEARS_YEAR_BACK = 200  # characters before "the next N years" read for the year its sentence names (fresh77q)
# characters before that year read for the three words that make it an end ("expires in", "leave office in": review78)
SERIES_END_BACK = 30
# characters before "throughout the year" read for an earlier year or date its "would" clause's sentence names (past
# reported speech: "In 2019, Seoul said it would pay throughout the year"; review81, mend81q)
THROUGHOUT_TOLD_BACK = 200
# characters of a quotation's sentence either side of it read for a time phrase tying the words to an event ('"We hope
# to narrow the gap today," Jeong told reporters before the session': review90 finding 8, mend90d)
QUOTE_EVENT_TAG_REACH = 80
# characters before "the next N years" read for the plan or budget whose period it names, and the words that may
# stand between its noun and the span ("its plan to buy more arms in": fresh95)
PLAN_YEARS_BACK = 80
PLAN_YEARS_WORDS = 8
# characters before a year read for the words telling it as the time an amount is paid ("to be paid in 2020",
# review92 finding 3: frames.told_paid_in)
PAID_IN_BACK = 20
# characters before a figure read for a question put to someone that holds it ("Asked whether allies should pay ...":
# review92 finding 6, frame_reader.put_as_question)
QUESTION_BACK = 120
# characters before "asked" read for what makes it a question put to the one who answers ("When asked", "was asked":
# frame_reader.put_as_question)
QUESTION_LEAD_BACK = 12
# characters before a figure inside a question read for the determiner or "from" that tells it as a fact the question
# rests on ("the roughly $923 million Seoul paid": review93 finding 4, frame_reader.stated_in_question)
STATED_BEFORE_BACK = 24
# characters before a date read for "<det> first <noun> since the" in apposition to a dated act ("on Wednesday, their
# first visit since the Jan. 20 inauguration": dat28b SINCE, narrowed by review100 finding 1)
SINCE_EVENT_BACK = 64
# characters before a fronted count read for what opens its clause (a sentence end, ", but"): a bound on that
# pattern's length (dat28b AFTER, review100 finding 8)
CLAUSE_OPEN_BACK = 12
# days into a month in which "this past month" is the calendar month just ended, not the rolling span to publication
# ("this past year" told in January: the calendar year just ended; review100 finding 5)
PAST_UNIT_JUST_ENDED_DAYS = 7
# the month of publication from which the rolling "this past year" is no longer framed as the calendar year before
# (the fourth quarter: the current year then holds most of it; review104 finding 1, frame_reader.date_years)
PAST_YEAR_IS_CURRENT_MONTH = 10
# characters before a list of two counts read for "between" that makes it a range ("between 25,000 and 30,000":
# clm28, review95 finding 6, frames.respective_count)
BETWEEN_BACK = 8
# characters before a won amount read for a number and its scale word it runs on from ("1 trillion 52 won": clm28,
# review95 finding 6, frames.garbled_won)
GARBLED_SCALE_BACK = 30
# characters after an amount a passive ask names read for a ceiling on it ("should be raised to X at most": review95
# finding 5, frame_reader.passive_ask_kept)
CAPPED_AFTER = 16
# characters after a role's speech tag read for its sentence's end, before a next sentence that may name the role's
# holder as the one who "made the remarks" (spk28c, quote_rules._remark_maker; a lede may run on long past its quote,
# "..., rejecting Y's claims that ...": qfix45)
REMARK_TAG_TAIL = 200
# characters of title words read before that holder's name at the next sentence's start ("Army Gen. Jo Bell")
REMARK_TITLE_CHARS = 64
# characters before a money amount read for "one dollar was worth" / "a dollar bought": the amount is an exchange
# rate (dev129, frame_reader.dollar_worth)
WORTH_BACK = 60
# characters before an ask's cue read for "offered to lower (its demand)": the US side's offer (cfix39, frames.us_offer)
OFFER_TO_LOWER_BACK = 60
# characters before a span's first end read for its "from" ("grew from X in 2013 to Y", cfix43, frames.span_ends_year)
SPAN_FROM_BACK = 30
# characters before an amount read for a relative clause sizing a project's cost (", which amount to over X", cfix43,
# frame_reader.project_relative)
RELATIVE_SUM_BACK = 40
# characters before a headline amount read for a level to be reached ("to top X", cfix43,
# frame_reader.headline_projection)
HEAD_REACH_BACK = 30
# characters before an amount read for a total named as its subject ("The right total is X", cfix44)
TOTAL_SUBJECT_BACK = 60
# characters before a percent read for a bare definite change noun ("put the rise at P", cfix44)
DEFINITE_CHANGE_BACK = 40
# characters before a month after "to" read for the verb of deferral and the old date it moves from ("postponed from
# September to December", dfix50, date_rules._month_to)
DEFERRED_FROM_BACK = 48
# characters of a paragraph's first sentence read for its teller named at its end ("..., Jo Bell, Hanul's minister
# for trade, told a seminar."), who names a lede's unnamed source (qfix50, quote_rules._closing_teller)
CLOSING_TELLER_CHARS = 400
# characters before a participle of saying read for "that the <writing>" right before it ("Bo said that the cable
# saying ... is “not true”": a reduced relative, not a speaker; qfix50, quotes._reported_writing)
REPORTED_WRITING_BACK = 60
# words before a quote read for an owner's phrase of naming ("Bo's earlier description of Seoul as a “...”"; qfix50,
# quotes._naming_owner)
NAMING_AS_WORDS = 9
# characters before "the next N years" read for the deal it is the term of and the year that names the deal or starts
# it, in its sentence or the one before (dfix51, date_rules._deal_term_year)
DEAL_TERM_BACK = 300
# characters before the deal's noun read for a year that names the deal ("the 2026 cost-sharing deal"; dfix51,
# date_rules._deal_term_year)
DEAL_NAME_YEAR_BACK = 24
# characters before a sentence's start read for the stop that ends the sentence before it: a mark, a closing quote and
# up to six spaces (date_rules._STOP_BEFORE; dfix51, date_rules._deal_term_year)
STOP_GAP_BACK = 8
# characters from a sentence's start to a date read as its fronted phrase, and after the date to that phrase's comma
# ("During a visit to Hanul in 2019, Bo said ..."; dfix51, dates._fronted_phrase)
FRONT_PHRASE_BACK = 80
FRONT_PHRASE_AFTER = 40
# characters before "at the end (beginning) of <month>" read for a verb of expiry or lapse ("the deal expired at the
# end of December": the month’s last day; else the month’s last third; lead, forty-third session,
# date_tense._expiry_near)
EDGE_EXPIRY_BACK = 48
# characters before a date read for "reported" right before it ("Yonhap reported Wednesday": the report's own date, no
# date told that a later paragraph may count from; the longest, "reported" and four blanks, fits; dates._told_outside)
REPORTED_DATE_BACK = 12
# days before publication within which South Korea's presidential vote (inauguration) makes an "Election Day"
# ("Inauguration Day") of a past clause its day, not the US one (dates53's mend, date_rules._korean_us_day): a vote's
# news runs about two months, to the new president's first weeks
ROK_DAY_RECENT = 60
# characters read back from a weekday for the start of its clause (date_tense._clause_words_before; moved here by
# cleanup51)
CLAUSE_BACK_CHARS = 90
# characters at most from "according to" back from a bare weekday closing its sentence ("..., according to the
# ministry, Wednesday."; real52d, dates._attribution_weekday; moved here by cleanup52)
ATTRIBUTION_WEEKDAY_BACK = 80
# characters at most read back from a point for its sentence's start (dates._sentence_open; mend52r, moved by cleanup52)
SENTENCE_OPEN_BACK = 400
# characters of a stretch whose rows' matches dates keeps at most (a look back reads a sentence, at most 401: speed52b,
# dates._rows_matched_back; moved here by cleanup52)
SCANNED_STRETCH_MOST = 2000
# characters before a weekday read for the set-off plan it is the object of (", originally set for": the longest
# such phrase; dates54c, date_rules._moved_later)
SET_OFF_PLAN_BACK = 48

# === analysis/terms.py: windows the term check reads as ``win.NAME`` (fix51v, cleanup51) ===
# characters before a length read for the named agreement whose aside it opens ("the 11th SMA, a six-year deal";
# terms.named_agreement)
TERM_NAMED_BACK = 160
# characters before a length read for a word making its deal another one ("the previous", "a tentative":
# terms.term_claims)
TERM_OTHER_DEAL_BACK = 20
# characters before a length read for the start of its clause, the stretch a negation is read in (terms.not_told)
TERM_CLAUSE_BACK = 120
TERM_ACT_BACK = 40  # characters before a length read for the act concluding its deal ("signed a new": terms.act_date)
# characters before that act read for its subject, one of the two sides ("Seoul and Washington finally": terms.act_date)
TERM_SUBJECT_BACK = 160
# characters after the act (or the length) read for its clause's end, the stretch its date is read in (terms.act_date)
TERM_ACT_CLAUSE = 80
# characters after a length read for the verb of its agreement's taking effect or expiry, in its clause ("the six-year
# deal over Seoul's contribution for the U.S. troop presence went into effect": terms._verb_date; real52c)
TERM_VERB_AHEAD = 110
# characters after a sentence's start read for the comma that ends its opening adverbial ("On Monday, the candidate
# for defense secretary said": quotes._past_opener; diffreview54: was read to each speech verb, quadratic)
OPENER_MOST = 80
# characters before a quote read for a passive "hailed as" ("was hailed as '...' by X": quote_rules._passive_as)
PASSIVE_AS_BACK = 80
# characters before a title in quote marks read for the work that names its maker ("the Post's book, titled '...'":
# quote_rules._work_maker)
WORK_MAKER_BACK = 400
# characters from a speaker's end to a later quote of its sentence read as one gap for hearsay ("X said that reports
# claim '...'": quote_finder._unsaid_terms); a farther quote is not read as that speaker's reported words here
UNSAID_GAP_MOST = 300
# characters before a sentence's opening name read for the sentence before's end (quote_fallback._opener_holder)
OPENER_HOLDER_BACK = 200
# characters after a sentence's start in which a passive "was told by" that opens it is read (quote_rules._told_by_that;
# diffreview54: read to each quote of a run-on sentence, quadratic)
TOLD_BY_OPENS = 160
# characters before a figure read for the last cue of a wish, plan, forecast or condition in its sentence
# (frames.wish_governs; gate58)
WISH_CUE_BACK = 160
# characters before a figure read for a determiner or level word that tells it as already there ("its X troops",
# "pay for X troops"), and for the figure's own past verb of fact (frames.wish_governs, frames.fact_clause_after)
FACT_BEFORE_BACK = 40
# characters either side of a bare "will"/"would" read for a deal's terms or a verb of saying (frames._bare_told)
BARE_MODAL_SIDE = 200
# characters before an adjective of forecast read for a past verb and its determiner ("paid an expected X":
# frames._no_cue; fix58v)
PAST_DETERMINER_BACK = 40
# characters before a verb of change read for Korea's payment as its subject, an aside between commas allowed
# ("Seoul's contribution, tied to a defense budget that grew 3.6 percent last year, rises": frames.payer_subject_change;
# xv59)
PAYER_SUBJECT_BACK = 180
# characters from a sentence's start to its figure within which a pattern of a whole short opening is tried
# ("Seoul spent about", "That is roughly": frame_reader.Reader.opens, for the outlay, "It is" and restating openings):
# such an opening is a few words, and a fullmatch over a run-on sentence's whole opening at each figure was quadratic
# (lead59)
SHORT_OPENING = 200
# characters before a percent read for Korea's possessive owning it ("gives South Korea's 11 percent increase": xv59)
KOREA_OWNS_RISE_BACK = 40
# characters after "set" read for a payment word that makes the set figure the payment ("the X figure Washington set
# for this year is what Seoul pays": frame_reader.set_not_paid; xv59)
SET_PAID_AFTER = 80
# characters before the last word of a name read for a side's or country's name of more words ending on it ("New
# Zealand and Seoul's share": frame_reader.names_side; tidy59a)
SIDE_NAME_BACK = 24
# characters before an owner's possessive read for the side noun it ends on: the longest, "negotiators", and a blank
# ("the US negotiators' price tag": frames.us_price_tag; xv59)
SIDE_NOUN_BACK = 14
