"""Quote speakers on the failure classes of the thirty-third session's probeq36 (169 short stories a prober wrote
without reading the corpus or the code, /work/wt/probeq36; issue #9) that its classes A and C left: each class's
probe rows as the prober wrote them, variants of my own in other words (other names, roles, verbs, orders) and the
near-misses the rule must leave alone.

A row: (publication day, headline, body, the quote's words, the speakers accepted: "/" between names, "None" for
nobody; the note says what it shows). Tables (tests/cases/test_qfix37.csv):

- PROBE_B / B: an unnamed speaker in the lede ("A lawmaker on Wednesday dismissed ... as “...”", "..., according to
  a prominent senator", "South Korea's top negotiator said ...") is the person the next paragraph names as its
  subject: "X, ..., made the remark", "X, a ... senator, said in an interview that ...", "X, who ..., said ...".
- PROBE_D / D: a new subject inside one sentence ('..., and Han shot back that critics were “...”'): the prober's
  "change of subject" class came down to the verb, a retort told by a verb and "back" ("shot back", "fired back",
  "hit back", "snapped back"), which is read as no verb of saying, so the quote continues the earlier speaker; a
  known verb ("retorted", "countered") switches the subject already. Left as strict xfails: adding the verbs (also
  only before "that", a colon or a tag's end) mended every row here but lowered the held-out quote speakers by one,
  and no dev article holds these verbs to show which reading is right; the near-misses are what the old code does.
- PROBE_F / F: a role noun ("the negotiator") goes to the person whose appositive gives that office when it is a
  place's office with a complement ("Seo Jae-won, Seoul's chief negotiator in the cost-sharing talks": it was read
  only without one, so the last speaker took the role); a pronoun's gender is read past a day's or month's name and
  from "her" before a possessive noun ("said on Tuesday her district's jobs"). "she" for "Rep. Susan Meyers" over
  "Rep. Thomas Brennan" needs a list of given names: left, a strict xfail.
- PROBE_E / E: a capital told as an actor across a time ("Seoul on Tuesday called", "Washington last week
  rejected": the entity finder read the word right after the place only), and plural groups as speakers ("civic
  groups said", "labor unions said", "activists said": _PEOPLE_PLURALS had officials, analysts, residents ...).
"""

from __future__ import annotations

from conftest import table_test

from analysis.evaluate import norm_name
from analysis.extract import annotate


def speaker_of(published: str, headline: str, body: str, words: str) -> str | None:
    """Return the speaker the tool gives the shortest quote holding ``words`` in an article of ``headline`` and
    ``body`` published on ``published`` (its name, else what its pronoun or role points back to, else the words
    naming it), or "no span".

    >>> speaker_of("2019-11-20", "Talks", 'Jo Bell said, "We pay."', "We pay")
    'Jo Bell'
    """
    found = [q for q in annotate(f"{headline}\n\n{body}", published).of_kind("quote") if words in q.exact]
    if not found:
        return "no span"
    v = min(found, key=lambda q: len(q.exact)).value
    if v["attribution"] == "none":
        return None
    return v["speaker_name"] or (v.get("antecedent") or {}).get("exact") or v["speaker_text"]


def check_qfix37_speakers(published: str, headline: str, body: str, words: str, speakers: str) -> None:
    got = speaker_of(published, headline, body, words)
    names = speakers.split("/")
    ok = ("None" in names) if got is None else got != "no span" and norm_name(got) in {norm_name(n) for n in names}
    assert ok, f"got {got!r}, want {speakers!r}"


test_qfix37_speakers = table_test("test_qfix37", check_qfix37_speakers)
