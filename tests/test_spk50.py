"""Speaker rules of helper spk50 (session 50): an owned clause inside a sentence another person tells, a headline's
short passive, a signed letter's "It", and three office holders the publication day or the text rules in or out.

Rows of tests/cases/test_spk50.csv (columns published, headline, text, item, want; the note says whether a row is a
finding of this round, failing before it, or a near-miss control that keeps the earlier answer). Every sentence is
invented (made-up officials Jo Bell, Al Roe, Ned Corr, Tam Oru, Bo Tamsin; places Tamsk and Hanul), but for the real
president whose term the entity data ends (Park Geun-hye, removed 2017-03-10). ``want``: the names accepted ("/"
between them), "None" for nobody, or the role's own words for an honest "unresolved".

- OWNED: "Bell mocked Roe's demand for a “...”" keeps Roe's words; "derided Roe's claim that ... as “...”", "said
  Roe's demand for a “...” was “...”" and "hailed Roe, who pledged ..., as “...”" give the teller's own words to
  the teller (controls: a quote before the noun, "treated as a" inside the claim, the owner as the teller).
- TOLD: a headline's "Tamsk told to pay" names the one told, not a teller (controls: "told Hanul to", "told
  reporters to").
- LETTER: "Bell signed a letter to Roe. It urges ..." gives the letter's words to its signer (controls: a treaty, no
  document, a body named).
- PRESIDENT: "the president" was not to be a president the data puts out of office on the publication day and the
  text tells as removed (controls: in office then, "the former president", no removal told); removed (mend50s3).
- PENTAGON: "the Pentagon chief" is the one U.S. defense secretary named (controls: two named, none named).
- PM: "the former prime minister" is not one the text titles as sitting (controls: titled former, no title); that
  rule was removed again (mend50s: it over-reached on "then Prime Minister", one told as having left): its rows xfail.

mend50s added the review50s findings and controls: "call for a “...” payment" (a noun after the quote), "as much as a
“...”", "X, as a “...,” should", a relative's own describing verb, "X asked to ...", an approved or another's report,
and "the president" in a sentence of an earlier time ("In 2023", "at the time", "then", "had said").

mend50s2 (after review50s2, which found 15 right answers made wrong): the rules of the owned clause's "as a “...”",
"rejected X's call for a “...”" and the signed letter's "It" (_charged_not_asked, _charged_as, _closed_relative_as,
_document_issuer_before and their helpers) were removed, main's answers back: their finding rows are strict xfails.
"said X's call for a “...” was “...”" gives the teller only when the teller is named right before the verb;
"told to" is no short passive before "a", "the" or a possessive ("told to a packed hall"); "the president" rules
out a removed president only when a successor in office, or an acting president, is named (else main's answer:
the PRESIDENT rows with no successor are strict xfails). Every review50s2 finding is a control row here.

mend50s3 (after review50s3): the "the president" rule (_out_of_office, _successor_named, _told_as_then) is removed,
main's answer back (it named the successor for "Before his impeachment, the president ...", "In December, ...",
"Last winter, ..."): its finding rows are strict xfails, the review's worse PRESIDENT probes controls (never the
successor). "said X's <noun> ... “...” was “...”" gives no teller when "that" stands between the noun and the first
quote ("Roe's view that a “...” was “...”": the owner's view); "told/urged to" is a short passive only in the
headline line or right after a form of "be", never with "that" before the quote ("Bell told to reporters that ...").
Every review50s3 worse probe is a control row; its better probes that still pass are rows too.
"""

from __future__ import annotations

from conftest import case_tables, rows_test


def speaker_at(published: str, headline: str, text: str, words: str) -> str | None:
    """Return the speaker the tool gives the first quote holding ``words`` in an article of ``headline`` and ``text``
    published on ``published`` (its name, else what its pronoun or role points back to, else the words naming it),
    or "no span".

    >>> speaker_at("2021-03-10", "", 'Jo Bell said, "We pay."', "We pay")
    'Jo Bell'
    """
    from analysis.extract import annotate

    for q in annotate(f"{headline or 'Headline'}\n{text}", published).of_kind("quote"):
        if words in q.exact:
            v = q.value
            return v["speaker_name"] or (v.get("antecedent") or {}).get("exact") or v["speaker_text"]
    return "no span"


def check_spk50_speaker(published: str, headline: str, text: str, words: str, speakers: str) -> None:
    from analysis.evaluate import norm_name

    got = speaker_at(published, headline, text, words)
    names = speakers.split("/")
    ok = ("None" in names) if got is None else got != "no span" and norm_name(got) in {norm_name(n) for n in names}
    assert ok, f"got {got!r}, want {speakers!r}"


test_spk50_speakers = rows_test(check_spk50_speaker, **case_tables("test_spk50"))
