"""Probe stories of my own (speak55, fifty-fifth session, issue #9): short multi-paragraph articles in varied styles
where a full quote's speaker is named in a form the grammar makes clear, and near misses whose quote nobody says.
Made-up people, bodies and figures; each row labelled before the tool ran on it. None read from the held-out corpus.

Rows: ``body | speakers`` (:func:`conftest.table`): a written "\\n" for a line break, "/" between the names accepted
for one quote, ";" between the quotes of a body in order, "None" for words nobody speaks.
"""

# ruff: noqa: E501
from conftest import table

# A paragraph that only reports a person's speech (no quote), then a paragraph that is only a quote: the person.
REPORTED_THEN_QUOTE = table(
    r"""
body | speakers
Defense Minister Oren Kalb said the two sides remained far apart on the cost of the troops.\n\n"We will not sign a deal that our people cannot accept." | Oren Kalb
Senator Lise Marrow told reporters the demand was out of line with what allies pay.\n\n"Nobody in this building thinks that figure is serious." | Lise Marrow
Vice Minister Taro Insel said Seoul had made its final offer.\n\n"The ball is in their court now. We have done our part." | Taro Insel
Ambassador Greta Holm said on Tuesday that talks would resume next month.\n\n"We expect a result before the summer." | Greta Holm
Kwon Sae-ra, the chief negotiator, said the gap had narrowed.\n\n"There are still some issues, but we are moving forward." | Kwon Sae-ra
The chief negotiator, Kwon Sae-ra, said the gap had narrowed.\n\n"There are still some issues, but we are moving forward." | Kwon Sae-ra
Park Il-do, a lawmaker of the ruling party, argued that the deal was too costly.\n\n"This is money that should go to our own soldiers." | Park Il-do
Governor Amos Rell warned that the base workers faced furloughs.\n\n"Families will suffer if Washington does not act." | Amos Rell
The foreign ministry said the talks had been productive.\n\n"Both sides agreed to meet again at an early date." | foreign ministry/The foreign ministry
The Pentagon said it was reviewing the proposal.\n\n"We have received the offer and are studying it carefully." | Pentagon/The Pentagon
Hanul Party leader Dae Minho said the government had given away too much.\n\n"This agreement is a surrender dressed up as a compromise." | Dae Minho
Prof. Ilse Varga of Tamsin University said the figure had little basis.\n\n"Nobody can explain where that number came from." | Ilse Varga
Mayor Bram Oster told the council that the city would lose jobs.\n\n"We cannot let this happen to our workers." | Bram Oster
General Ruth Kaller told lawmakers that readiness would suffer.\n\n"Our training schedule is already slipping." | Ruth Kaller
Spokeswoman Nia Derwent said the department would not comment on the talks.\n\n"We do not negotiate in public." | Nia Derwent
Oren Kalb, the defense minister, was asked about the demand on Monday. He said it was too high.\n\n"We will not pay that much." | Oren Kalb
Senator Lise Marrow criticized the plan in a speech on the floor.\n\n"This is not how allies treat each other." | Lise Marrow
Minister Taro Insel stressed that the alliance was strong.\n\n"Our alliance has survived worse than this." | Taro Insel
Talks resumed on Monday in Hanover. Chief negotiator Greta Holm said progress had been made.\n\n"We narrowed our differences on several points." | Greta Holm
Lee Han-sol, the presidential spokesman, said the president had been briefed.\n\n"The president wants a fair and reasonable outcome." | Lee Han-sol
"""
)

# The quote's paragraph opens on it and a sentence about the same person follows: the person named in the paragraph
# before spoke, and no one else is named in between.
QUOTE_AFTER_QUOTE = table(
    r"""
body | speakers
"We are close," Oren Kalb said.\n\n"There are two or three issues left and we will solve them." | Oren Kalb;Oren Kalb
"The offer is fair," said Senator Lise Marrow.\n\n"It is more than any other ally pays." | Lise Marrow;Lise Marrow
Greta Holm said: "We will meet again next month."\n\n"Both delegations have instructions to finish the work." | Greta Holm;Greta Holm
"Our position has not changed," the ministry said in a statement.\n\n"We remain committed to a reasonable outcome." | the ministry/ministry;the ministry/ministry
"It is too early to say," Kwon Sae-ra told reporters. "We will see."\n\n"But I am optimistic." | Kwon Sae-ra;Kwon Sae-ra;Kwon Sae-ra
"""
)

# A transcript or a Q&A: a speaker's label line, or a question and an answer.
TRANSCRIPT = table(
    r"""
body | speakers
Minister Oren Kalb spoke to the broadcaster on Sunday.\n\nKALB: "We will not accept a number that has no basis."\n\nKALB: "Our people pay enough already." | Oren Kalb/KALB;Oren Kalb/KALB
Senator Lise Marrow answered questions after the vote.\n\nMarrow: "This bill keeps our troops where they are." | Lise Marrow/Marrow
"""
)

# A person's statement excerpt introduced by a clause before a colon or by a closing line.
STATEMENT = table(
    r"""
body | speakers
In a statement, Minister Oren Kalb said: "The agreement reflects the spirit of our alliance."\n\n"It is a fair and balanced outcome for both sides." | Oren Kalb;Oren Kalb
The ministry issued a statement on Friday.\n\n"The two sides will continue to consult closely," it said. | the ministry/ministry
Senator Lise Marrow posted on social media late Tuesday.\n\n"Today the Senate said no to a bad deal," she wrote. | Lise Marrow
"""
)

# Korean copy in translation: "said in a briefing on the 12th", "emphasized", a quote after a comma.
KOREAN = table(
    r"""
body | speakers
Foreign Minister Cho Hyeon-u said in a briefing on the 12th, "We will make every effort to reach a reasonable agreement." | Cho Hyeon-u
Cho Hyeon-u emphasized, "The government's position is firm."\n\nHe added, "We will keep talking with Washington." | Cho Hyeon-u;Cho Hyeon-u
Rep. Baek Ji-won of the Democratic Party said, "The demand is excessive," adding, "The government should respond firmly." | Baek Ji-won;Baek Ji-won
A senior official at the Ministry of National Defense said, "Nothing has been decided yet." | A senior official at the Ministry of National Defense/senior official
Lee Na-ri, a researcher at the Hanbit Institute, said, "The United States is likely to raise the issue again."\n\n"It will be hard to avoid an increase," Lee said. | Lee Na-ri;Lee Na-ri
"""
)

# Near misses: words nobody says (scare quotes, titles, slogans, a term the writer uses, a document with no author).
NEAR_MISSES = table(
    r"""
body | speakers
Minister Oren Kalb said the talks would continue.\n\nThe deal is known in Seoul as the "eleventh special agreement." | Oren Kalb/None
Senator Lise Marrow spoke on the floor on Tuesday.\n\nHer new book, "The Price of an Alliance," comes out in May. | None
Protesters gathered outside the embassy on Saturday.\n\nThey carried signs reading "Not one more won." | None/Protesters
The drills, code-named "Iron Lantern," began on Monday. | None
Ambassador Greta Holm said the talks were on track.\n\nThe exercise known as "Northern Shield" was called off last year. | None
The bill, the "Alliance Burden Act of 2025," passed the House on Friday. | None
Lawmakers debated what critics call the "cash for troops" model. | critics/None
The film "We Stand Together" opened in Seoul this week. | None
The agreement's article 4 reads in part that the costs "shall be shared in a spirit of partnership." | None/agreement
Analysts have dubbed the approach "transactional diplomacy." | Analysts/None
"""
)

# Tags of other shapes around a full quote: a clause inside the tag, a verb of writing or posting, a spokesman
# between, a statement's owner after "read", a dash line, a tag with the comma outside the quote.
TAGS = table(
    r"""
body | speakers
"We will not be rushed," Oren Kalb, who leads the delegation, said on Monday. | Oren Kalb
"The demand is not serious," Senator Lise Marrow posted on Facebook. | Lise Marrow
"We will keep our word," read a statement from the office of Minister Taro Insel. | Taro Insel/the office of Minister Taro Insel/office of Minister Taro Insel
"It is a fair deal," Greta Holm said through a spokesman. | Greta Holm
"Talks are at a sensitive stage," the official, who spoke on condition of anonymity, said. | the official/official
"We pay our share", Kwon Sae-ra said. | Kwon Sae-ra
"We pay our share" Kwon Sae-ra said on Monday. | Kwon Sae-ra
"We pay our share." Kwon Sae-ra said. | Kwon Sae-ra
"Nobody wants the troops to leave," Kalb's office said in a statement. | Kalb's office
"It is not a number we can accept," Dae Minho, the opposition leader, told the Hanul Daily. | Dae Minho
"We are working hard on it," Ambassador Greta Holm said at a forum in Seoul on Thursday, adding that she was hopeful. | Greta Holm
"These talks are about more than money," Holm said. "They are about trust." | Greta Holm/Holm;Greta Holm/Holm
'We will not pay more,' Oren Kalb said on Monday. | Oren Kalb
Oren Kalb said: 'We will not pay more.' | Oren Kalb
Senator Lise Marrow wrote in an op-ed on Sunday that "the alliance is worth every dollar we spend on it." | Lise Marrow
Writing in the Hanul Daily, Prof. Ilse Varga argued: "The talks have become a ritual of pressure." | Ilse Varga
Kalb put it bluntly: "We are done negotiating." | Kalb
Asked whether Seoul would pay more, Minister Taro Insel said, "That is not on the table." | Taro Insel
"Do we need 28,000 troops there? I don't know," Senator Lise Marrow said. | Lise Marrow
"""
)

# A broadcast script, an op-ed, a Q&A and a headline over a body.
STYLES = table(
    r"""
body | speakers
ANCHOR: Talks on the troop costs ended without a deal today.\n\nREPORTER: Minister Oren Kalb came out of the meeting looking tired.\n\nOREN KALB: "We have not reached an agreement. We will meet again." | Oren Kalb/OREN KALB
Q: Will Seoul pay more?\n\nA: "We will pay a fair share, not more," Minister Taro Insel said. | Taro Insel
In an interview with the Hanul Daily, Senator Lise Marrow was blunt.\n\n"Allies are not customers," she said. "They are partners." | Lise Marrow;Lise Marrow
I asked Minister Oren Kalb about the demand last week. His answer was short.\n\n"We will not pay that." | Oren Kalb
Kim Bo-ra, 54, has worked at the base for 20 years.\n\n"I do not know what I will do if I am furloughed," she said. | Kim Bo-ra
Kim Bo-ra has worked at the base for 20 years.\n\n"I do not know what I will do if I am furloughed." | Kim Bo-ra
"""
)

# More near misses: titles of programs, reports and laws; a term the writer uses; a headline quoted in the body.
MORE_NEAR = table(
    r"""
body | speakers
The report, titled "Sharing the Burden in a New Era," was released by a think tank on Monday. | None
Minister Oren Kalb said little.\n\nThe plan, dubbed "Operation Long Watch," will run through June. | None
The newspaper ran the story under the headline "Seoul Balks at Bill." | None
Senator Lise Marrow spoke on Monday.\n\nCritics have long derided the "pay to stay" formula. | None/Critics
Kim Bo-ra works at the base.\n\nShe was one of 4,000 workers put on "unpaid leave" last year. | None
Oren Kalb met Greta Holm on Monday.\n\n"We will get there." | None
The song "Our Land Is Ours" was sung at the rally. | None
The campaign's slogan, "Fair Share Now," is printed on every poster. | None
"""
)

# A quote in the headline (``head | body | speakers``, the speakers of the headline's quotes then the body's): the
# headline's words are the words of the person the body says spoke them.
HEADLINES = table(
    r"""
head | body | speakers
Kalb: "We will not pay more" | Defense Minister Oren Kalb said on Monday that Seoul would not raise its offer.\n\n"We will not pay more," Kalb told reporters. | Oren Kalb/Kalb;Oren Kalb/Kalb
"We will not pay more," says defense minister | Defense Minister Oren Kalb said on Monday that Seoul would not raise its offer. | Oren Kalb/defense minister
Seoul will 'not pay more' for US troops: minister | Defense Minister Oren Kalb said on Monday that Seoul would "not pay more" for the troops. | Oren Kalb/minister;Oren Kalb
Minister vows Seoul will 'not pay more' | Defense Minister Oren Kalb said on Monday that Seoul would "not pay more" for the troops. | Oren Kalb/Minister;Oren Kalb
Seoul, Washington vow 'fair and balanced' cost deal | The two allies called on Monday for a "fair and balanced" deal in their talks on the cost of the troops. | The two allies/Seoul, Washington/Seoul and Washington;The two allies
Marrow calls cost demand 'extortion' | Senator Lise Marrow on Tuesday called the cost demand "extortion" and urged the White House to drop it. | Lise Marrow/Marrow;Lise Marrow
US Army may put Korean workers 'on furlough' | The US Army said on Friday it may put some 5,000 Korean workers on furlough if no deal is reached. | US Army/The US Army
"""
)

# An occasion of speech ("in a speech", "during an interview", "in a letter to") in the last sentence of the paragraph
# before a paragraph of quote alone, with a verb of stance or blame and no verb of saying: the subject's words.
OCCASION = table(
    r"""
body | speakers
Senator Lise Marrow criticized the plan in a speech on the floor.\n\n"This is not how allies treat each other." | Lise Marrow
Minister Oren Kalb defended the agreement during an interview with the Hanul Daily.\n\n"It is the best deal we could get, and it is a good one." | Oren Kalb
Governor Amos Rell slammed the furloughs in a letter to the ambassador.\n\n"Our workers are not bargaining chips." | Amos Rell
The Hanul Workers Union denounced the cuts in a statement on Friday.\n\n"Thousands of families will lose their income." | Hanul Workers Union/The Hanul Workers Union
Ambassador Greta Holm praised the deal in remarks at a forum in Seoul.\n\n"This agreement shows what allies can do together." | Greta Holm
Park Il-do rejected the demand during a news conference on Monday.\n\n"We cannot accept a number with no basis." | Park Il-do
"""
)

# Near misses of OCCASION: a passive, someone met, a speech told of with no verb of stance, a speaker spoken of.
OCCASION_NEAR = table(
    r"""
body | speakers
Senator Lise Marrow met Minister Oren Kalb on Monday.\n\n"This is not how allies treat each other." | None
Minister Oren Kalb was criticized in a speech by the opposition leader.\n\n"He has given away too much." | None
Minister Oren Kalb arrived in Washington on Monday.\n\n"The Price of an Alliance" is the title of his memoir. | None
Senator Lise Marrow listened from the gallery during the speech by the prime minister.\n\n"Our alliance has never been stronger." | None
Governor Amos Rell received the request in a letter from the Pentagon.\n\n"We ask that the state share the cost of the upgrades." | None
Minister Oren Kalb nodded along during the address.\n\n"We stand with our friends." | None
Park Il-do shared the memo in a post on Tuesday.\n\n"Costs will be reviewed each year." | None
Prof. Ilse Varga quoted Minister Oren Kalb in a column on Sunday.\n\n"We will not be pushed around." | Oren Kalb/None
Ambassador Greta Holm was hailed in a column by a former envoy.\n\n"She kept the talks alive." | None
Senator Lise Marrow praised the troops during the speech by the governor.\n\n"You are the backbone of this alliance." | None
"""
)

# A quote closed by a comma and a tag whose verb no list holds ("griped", "went on", "shot back"), its subject a
# titled name, a determiner's role or body, or the name after an inverted verb with its particle.
TAG_VERBS = table(
    r"""
body | speakers
"We will not pay more than this," Senator Lise Marrow griped. | Lise Marrow
"We will not pay more than this," Senator Lise Marrow bristled. | Lise Marrow
"The number is a fantasy," Defense Minister Oren Kalb scoffed on Tuesday. | Oren Kalb
"The number is a fantasy," Defense Minister Oren Kalb went on. | Oren Kalb
"That is simply not true," Ambassador Greta Holm shot back. | Greta Holm
"That is simply not true," shot back Ambassador Greta Holm. | Greta Holm
"That is simply not true," hit back Ambassador Greta Holm. | Greta Holm
"Allies pay in many ways," pointed out Prof. Ilse Varga. | Ilse Varga
"Allies pay in many ways," Prof. Ilse Varga pointed out. | Ilse Varga
"We have waited long enough," Gov. Amos Rell fumed. | Amos Rell
"We have waited long enough," Governor Amos Rell thundered at the rally. | Amos Rell
"It could take months," Vice Minister Taro Insel cautioned reporters. | Taro Insel
"Who pays for the new base?" Rep. Baek Ji-won wondered. | Baek Ji-won
"Nobody asked us!" Mayor Bram Oster protested. | Bram Oster
Senator Lise Marrow spoke on Monday.\n\n"We will not pay more than this," the senator griped. | Lise Marrow/the senator/senator
Minister Oren Kalb left the talks early.\n\n"We are not there yet," the minister sighed. | Oren Kalb/the minister/minister
"We will not pay more than this," the senator griped. | the senator/senator
"We will not pay more than this," a spokeswoman for the ministry sighed. | a spokeswoman for the ministry/spokeswoman
"The talks are over," the senior official went on. | the senior official/senior official
"We will keep them working," the union representing base workers pleaded. | the union representing base workers/union representing base workers
"""
)

# Near misses of TAG_VERBS: a title or a label with a participle after it, a thing's words, a plan that is no
# speaker, a headline's words.
TAG_NEAR = table(
    r"""
body | speakers
The film "We Stand Together," released in May, drew crowds. | None
The slogan "Not one more won," printed on banners, appeared everywhere. | None
The report, "Sharing the Burden," published by the Hanul Institute, urged restraint. | None
"Iron Lantern," the drills ordered by Oren Kalb, began Monday. | None
Minister Oren Kalb met Senator Lise Marrow. "Fair Share Now," the posters outside read. | None
"Why now?" asked the headline, printed in red. | None
The program "Allies at Work," launched in 2019, ended last year. | None
The phrase "ironclad alliance," repeated at every summit, has lost its force. | None
"""
)

# A quote that ends its own sentence with "?" or "!" (or a stop), then a tag whose name has a title before it
# ("Minister Bo Tam asked"), or a tag verb no list holds ("Bo Tam wondered").
ENDED_TAGS = table(
    r"""
body | speakers
"Why should we pay more?" Minister Oren Kalb asked. | Oren Kalb
"Why should we pay more?" Defense Minister Oren Kalb asked reporters on Monday. | Oren Kalb
"Who will pay for all of it?" Senator Lise Marrow said on the floor. | Lise Marrow
"This is a betrayal of our workers!" Governor Amos Rell said. | Amos Rell
"We will pay what is fair." Ambassador Greta Holm said. | Greta Holm
"Who pays for the new base?" Rep. Baek Ji-won wondered. | Baek Ji-won
"Who pays for the new base?" Lise Marrow wondered. | Lise Marrow
"Is this how allies behave?" Prof. Ilse Varga asked in a column. | Ilse Varga
"""
)

# Near misses of ENDED_TAGS: the next sentence tells of something else.
ENDED_NEAR = table(
    r"""
body | speakers
"Who pays for the new base?" The question haunted Oren Kalb. | None
"Why should we pay for this?" Oren Kalb left the room. | None
"Who pays for the new base?" That question dominated the hearing. | None
"Will the deal hold?" Minister Oren Kalb smiled and walked away. | None
"Is this the final offer?" Senator Lise Marrow paused for several seconds. | None
"Stop the cuts!" Mayor Bram Oster waved to the crowd. | None
"Who pays?" Governor Amos Rell shrugged and moved on to the next question. | None
"""
)

# A paragraph whose last sentence sets up a person's words with a stance and no verb of saying ("Bo disagreed.",
# "Bo did not mince words.", "Bo took a harder line."), then a paragraph of quote alone: the person's words.
STANCE_SET_UP = table(
    r"""
body | speakers
Minister Oren Kalb did not mince words.\n\n"We will not be pushed around." | Oren Kalb
Senator Lise Marrow was unmoved by the appeal.\n\n"Allies have to carry their share of the load." | Lise Marrow
Ambassador Greta Holm was adamant that the figure would not change.\n\n"This is our final offer and it is a good one." | Greta Holm
Prof. Ilse Varga was dismissive of the plan.\n\n"It will not survive its first budget cycle." | Ilse Varga
"""
)

# Near misses of STANCE_SET_UP: the stance word tells of no one's words, or of two people; and a verb of stance
# ("disagreed", "took a harder line"), which the project's convention reads as introducing nobody's words
# (tests/test_attr75.py ATTR76-18, tests/test_qintro53.py INTRO_NEAR): labelled "Oren Kalb" before the run, relabelled
# None after the full suite showed that convention.
STANCE_NEAR = table(
    r"""
body | speakers
Minister Oren Kalb disagreed.\n\n"We will not be pushed around." | None
Minister Oren Kalb took a harder line on Monday.\n\n"We will not be pushed around." | None
The two sides disagreed on the figure, Minister Oren Kalb and Ambassador Greta Holm among them.\n\nThe "Iron Lantern" drills went ahead anyway. | None
Minister Oren Kalb met Senator Lise Marrow on Monday.\n\n"The Price of an Alliance" is the title of her new book. | None
Critics of Minister Oren Kalb were scathing.\n\n"He gave away far too much." | None
Minister Oren Kalb's critics were unmoved.\n\n"He gave away far too much." | None
Senator Lise Marrow ignored the scathing review.\n\n"The senator has lost her way." | None
Governor Amos Rell was unmoved by the marchers outside the base.\n\n"Close the base now!" | None
The report on Minister Oren Kalb was scathing.\n\n"The minister misled the assembly." | None
"""
)

# Other frames of a speaker's words (all read on main; kept as ground).
FRAMES = table(
    r"""
body | speakers
Minister Oren Kalb was blunt. "We will not be pushed around," was how he put it. | Oren Kalb
"We will not be pushed around." So said Minister Oren Kalb on Monday. | Oren Kalb
As Minister Oren Kalb put it on Monday, "We will not be pushed around." | Oren Kalb
In the words of Minister Oren Kalb, "We will not be pushed around." | Oren Kalb
Minister Oren Kalb's message was simple: "We will not be pushed around." | Oren Kalb
Minister Oren Kalb's reply: "We will not be pushed around." | Oren Kalb
"We will not be pushed around," was the response of Minister Oren Kalb. | Oren Kalb
The response from Minister Oren Kalb was swift: "We will not be pushed around." | Oren Kalb
Minister Oren Kalb, for his part, had a different view. "We will not be pushed around." | Oren Kalb
Minister Oren Kalb did not mince words. "We will not be pushed around." | Oren Kalb
Minister Oren Kalb, speaking at a forum on Monday, was blunt: "We will not be pushed around." | Oren Kalb
Speaking at a forum on Monday, Minister Oren Kalb was blunt.\n\n"We will not be pushed around." | Oren Kalb
Minister Oren Kalb struck a defiant tone.\n\n"We will not be pushed around," he said. "Not now, not ever." | Oren Kalb;Oren Kalb
"We will not be pushed around," according to Minister Oren Kalb. | Oren Kalb
"We will not be pushed around," Minister Oren Kalb was quoted as saying by the Hanul Daily. | Oren Kalb
Minister Oren Kalb was quoted by the Hanul Daily as saying, "We will not be pushed around." | Oren Kalb
The Hanul Daily quoted Minister Oren Kalb as saying, "We will not be pushed around." | Oren Kalb
"We will not be pushed around," the Hanul Daily quoted Minister Oren Kalb as saying. | Oren Kalb
Minister Oren Kalb (in a statement): "We will not be pushed around." | Oren Kalb
"We will not be pushed around." — Minister Oren Kalb | Oren Kalb
Minister Oren Kalb added that "we will not be pushed around by anyone." | Oren Kalb
Minister Oren Kalb made clear that "we will not be pushed around by anyone." | Oren Kalb
Minister Oren Kalb made it clear: "We will not be pushed around." | Oren Kalb
Minister Oren Kalb insisted Seoul "will not be pushed around by anyone." | Oren Kalb
Minister Oren Kalb believes Seoul "will not be pushed around by anyone." | Oren Kalb
Minister Oren Kalb expressed hope that the allies "can find a fair number soon." | Oren Kalb
Minister Oren Kalb voiced confidence that the allies "can find a fair number soon." | Oren Kalb
Minister Oren Kalb is confident that the allies "can find a fair number soon." | Oren Kalb
Minister Oren Kalb wants a deal that is "fair to both countries." | Oren Kalb
Minister Oren Kalb called for a deal that is "fair to both countries." | Oren Kalb
A statement from Minister Oren Kalb's office said the allies "can find a fair number soon." | Oren Kalb's office/Minister Oren Kalb's office/Oren Kalb
Defense Minister Oren Kalb spoke on Monday.\n\nKalb on the demand: "We will not be pushed around." | Oren Kalb/Kalb
"""
)

# Frames still read wrong on the branch (strict xfails in tests/test_speak55.py).
FRAMES_OPEN = table(
    r"""
body | speakers
"We will not be pushed around," came the reply from Minister Oren Kalb. | Oren Kalb
The Hanul Daily quoted Minister Oren Kalb: "We will not be pushed around." | Oren Kalb
"We will not be pushed around" (Minister Oren Kalb, May 2). | Oren Kalb
Minister Oren Kalb was having none of it.\n\n"We will not be pushed around." | Oren Kalb
"""
)

# A country or capital as the subject of a verb of seeking whose object the partial quote modifies: tried on the branch
# (speak55) and reverted, since it overrode three earlier conventions (tests/test_guard49.py SPEAKER-64 'as the
# tabloids call it', tests/test_quotes52.py FREE-7 a speaker's news conference before, tests/test_read60.py
# NAMED_TERM-8/9 a term a later quote repeats); strict xfails in tests/test_speak55.py.
SEEKING = table(
    r"""
body | speakers
Seoul sought a comprehensive "package deal" tying trade to the alliance. | Seoul
Washington is seeking a "fair and equitable" share from its allies. | Washington
Seoul hopes for a "fair and reasonable" outcome. | Seoul
Tokyo wants a "more balanced" arrangement. | Tokyo
"""
)

SEEKING_NEAR = table(
    r"""
body | speakers
Seoul signed a "package deal" with Washington. | None
Seoul opposed a "fair and sustainable" arrangement. | None
The visit to Seoul sought a "reset" in ties. | None
Seoul seeks the "Alliance Dialogue" format for the talks. | None
The film crew in Seoul sought a "happy ending" for the story. | None
"""
)
