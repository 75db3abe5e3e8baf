"""speakml (twenty-seventh session): a scored quote attribution over candidate speakers, measured by 5-fold
cross-validation over dev ARTICLES (folds by sorted article id), against the hand rules on the same quotes.

Run: ``.venv/bin/python benchmarks/speakers_cv.py`` (reads dev articles only; about five minutes of CPU,
mostly the nested threshold choice: 25 trainings).

Candidates of a quote: person mentions (gazetteer names, names from the text, descriptors), subject pronouns
(he/she/they/it, named by the nearest fitting mention before them), organisations and places, in the quote's
paragraph and the two before it, plus "nobody". Generic features only (distance, side, speech verb between or next to
the candidate, sentence subject, previous quote's speaker, kind of span, shape of the quote, the rules' own answer).
A conditional logit (softmax over a quote's candidates, L2, full-batch gradient descent from zeros: deterministic).
"""

from __future__ import annotations

import bisect
import copy
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import lazyre as re  # noqa: E402
from analysis.article import read_article  # noqa: E402
from analysis.evaluate import _speaker_ok, attribution_rule, load_corpus, locate, norm_name, speaker_name  # noqa: E402
from analysis.extract import names_and_quotes  # noqa: E402
from analysis.extract.entities import load_gazetteer  # noqa: E402

SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|added|adds|adding|stated|states|according to|noted|notes|asked|"
    r"asks|wrote|writes|writing|explained|explains|argued|argues|insisted|insists|stressed|stresses|emphasi[sz]ed|"
    r"warned|warns|claimed|claims|declared|declares|remarked|commented|replied|responded|announced|tweeted|posted|"
    r"urged|urges|described|describes|called|calls|recalled|acknowledged|complained|suggested|pointed out|"
    r"reiterated|maintained|vowed|quoted|put it|continued|criticized|criticised|denounced|praised)\b",
    re.IGNORECASE)
PRONOUN = re.compile(r"\b(?:he|she|they|it|He|She|They|It)\b")
ORG_TEXT = True
KINDS = ("gazetteer", "textname", "descriptor", "resolved", "pronoun", "org", "place")
FEATURES = (
    *(f"kind_{k}" for k in KINDS), "same_para", "prev_para1", "prev_para2", "after", "log_gap", "between",
    "nearest_before", "nearest_after", "verb_between", "verb_next", "subject", "same_sentence", "prev_speaker",
    "rule_speaker", "log_freq", "in_headline_cand",
    "nobody", "nb_short", "nb_log_words", "nb_opens", "nb_headline", "nb_capital", "nb_full_clause",
    "nb_para_verb", "nb_no_cand_para", "nb_no_cand", "nb_rule_none", "nb_other_quotes",
    "verb_between_same_sentence", "verb_next_subject", "verb_next_same_para",
    "nb_first_person", "nb_title_case", "nb_verb_after", "nb_verb_before", "nb_naming",
)
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
NAMING = re.compile(r"\b(?:called|dubbed|so-called|known as|termed|named|titled|entitled|the word|the term|phrase)\W*$",
                    re.IGNORECASE)
RULE_FEATURES = ("rule_speaker", "nb_rule_none")


def _inside(quotes, pos):
    return any(q[0] < pos < q[1] for q in quotes)


def _candidates(text, paras, mentions, quotes):
    """Return candidates (start, end, exact, kind, name, para index) outside every quote, text order."""
    out = []
    para_of = _para_index(paras)
    named = []
    for s, e, x, k, v in mentions:
        if _inside(quotes, s) or v.get("within"):
            continue
        if k == "person":
            kind = "descriptor" if v.get("descriptor") else "gazetteer" if v.get("id") else "textname"
            name = x if v.get("descriptor") else v.get("name") or x
        elif k in ("org", "place"):
            kind, name = k, (x if ORG_TEXT else v.get("name") or x)
        else:
            continue
        out.append((s, e, x, kind, name, para_of(s)))
        named.append((s, kind, name, bool(v.get("plural"))))
    people = [(s, e, x, v) for s, e, x, k, v in mentions
              if k == "person" and not v.get("descriptor") and not v.get("within") and not _inside(quotes, s)]
    for s, e, x, k, v in mentions:
        if k != "person" or not v.get("descriptor") or _inside(quotes, s):
            continue
        head = (v.get("role") or x).split()[-1].lower().rstrip("s")
        fits = [p for p in people if p[0] < s and (head in (p[3].get("role") or "").lower()
                                                    or head in text[max(0, p[0] - 60):p[0]].lower())]
        if fits and len(head) > 2:
            p = fits[-1]
            out.append((s, e, x, "resolved", p[3].get("name") or p[2], para_of(s)))
    for m in PRONOUN.finditer(text):
        s = m.start()
        if _inside(quotes, s) or para_of(s) < 0:
            continue
        p = m.group().lower()
        want = ("gazetteer", "textname") if p in ("he", "she") else ("org", "descriptor", "place")
        ante = [n for n in named if n[0] < s and n[1] in want and (p != "they" or n[1] != "descriptor" or n[3])]
        if ante:
            out.append((s, m.end(), m.group(), "pronoun", ante[-1][2], para_of(s)))
    out.sort()
    return out


def _para_index(paras):
    starts = [p[0] for p in paras]

    def of(pos):
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < paras[i][1] else -1
    return of


def _sentence_start(sents, pos):
    best = 0
    for s, _ in sents:
        if s <= pos:
            best = s
        else:
            break
    return best


def _features(text, paras, sents, quote, cands, quotes, prev_name, rule_name, freq, head_end):
    """Return (rows, candidate list) for one quote: the nobody row first."""
    qs, qe, qx = quote[0], quote[1], quote[2]
    para_of = _para_index(paras)
    qp = para_of(qs)
    near = [c for c in cands if 0 <= qp - c[5] <= 2]
    before = [c for c in near if c[1] <= qs]
    after = [c for c in near if c[0] >= qe]
    nb_before = before[-1] if before else None
    nb_after = after[0] if after else None
    q_sent = _sentence_start(sents, qs)
    rows, chosen = [], [None]
    inner = qx[1:-1].strip()
    words = len(inner.split())
    ps, pe = paras[qp] if qp >= 0 else (qs, qe)
    para_quotes = [q for q in quotes if ps <= q[0] < pe]
    ptext = text[ps:pe]
    stripped = ptext
    for q in para_quotes:
        stripped = stripped.replace(text[q[0]:q[1]], " ")
    nb = dict(nobody=1, nb_short=float(words <= 3), nb_log_words=math.log1p(words) / 3,
              nb_opens=float(text[ps:qs].strip() == ""), nb_headline=float(qs < head_end),
              nb_capital=float(inner[:1].isupper()), nb_full_clause=float(inner.rstrip("”\"’' ")[-1:] in ".?!,"),
              nb_para_verb=float(bool(SPEECH.search(stripped))),
              nb_no_cand_para=float(not [c for c in near if c[5] == qp]), nb_no_cand=float(not near),
              nb_rule_none=float(rule_name is None), nb_other_quotes=float(len(para_quotes) > 1),
              nb_first_person=float(bool(FIRST_PERSON.search(inner))),
              nb_title_case=float(all(w[:1].isupper() or not w[:1].isalpha() for w in inner.split())),
              nb_verb_after=float(bool(SPEECH.search(text[qe:qe + 30]))),
              nb_verb_before=float(bool(SPEECH.search(text[max(ps, qs - 30):qs])) or text[max(ps, qs - 3):qs].strip()
                                   .endswith(":")),
              nb_naming=float(bool(NAMING.search(text[max(ps, qs - 25):qs]))))
    rows.append(nb)
    for c in near:
        s, e, _, kind, name, cp = c
        gap_lo, gap_hi = (e, qs) if e <= qs else (qe, s)
        gap = text[gap_lo:gap_hi] if gap_hi > gap_lo else ""
        between = sum(1 for o in near if gap_lo <= o[0] and o[1] <= gap_hi and o is not c)
        around = text[max(0, s - 12):s] + " " + text[e:e + 30]
        sent = _sentence_start(sents, s)
        r = {f"kind_{kind}": 1, "same_para": float(cp == qp), "prev_para1": float(qp - cp == 1),
             "prev_para2": float(qp - cp == 2), "after": float(s >= qe),
             "log_gap": math.log1p(max(0, gap_hi - gap_lo)) / 7,
             "between": min(between, 3) / 3, "nearest_before": float(c is nb_before),
             "nearest_after": float(c is nb_after),
             "verb_between": float(len(gap) <= 120 and bool(SPEECH.search(gap))),
             "verb_next": float(bool(SPEECH.search(around))),
             "subject": float(len(text[sent:s].split()) <= 2), "same_sentence": float(sent == q_sent),
             "prev_speaker": float(prev_name is not None and norm_name(prev_name) == norm_name(name)),
             "rule_speaker": float(rule_name is not None and norm_name(rule_name) == norm_name(name)),
             "log_freq": math.log1p(freq[norm_name(name)]) / 3, "in_headline_cand": float(s < head_end)}
        r["verb_between_same_sentence"] = r["verb_between"] * r["same_sentence"]
        r["verb_next_subject"] = r["verb_next"] * r["subject"]
        r["verb_next_same_para"] = r["verb_next"] * r["same_para"]
        rows.append(r)
        chosen.append(c)
    return rows, chosen


def build(split="dev"):
    """Return one record per expected quote of ``split``: article id, rule bucket, rules right, rows, labels."""
    names = {eid: e.name for eid, e in load_gazetteer().entities.items()}
    records = []
    for art in load_corpus(ROOT / "tests" / "corpus"):
        if art.split != split:
            continue
        a = read_article(art.path)
        text = a.text
        spans = names_and_quotes(a)
        paras = ([(a.title_span.start, a.title_span.end)] if a.title_span else []) + [
            (p.start, p.end) for p in a.paragraphs]
        head_end = a.title_span.end if a.title_span else 0
        sents = sorted((s.start, s.end) for s in a.sentences)
        mentions = [(s.start, s.end, s.exact, s.kind, s.value) for s in spans if s.kind != "quote"]
        qspans = [s for s in spans if s.kind == "quote"]
        quotes = [(q.start, q.end, q.exact) for q in qspans]
        cands = _candidates(text, paras, mentions, quotes)
        freq = Counter(norm_name(c[4]) for c in cands)
        persons = frozenset(norm_name(p.get("name")) for p in art.expected.get("people") or [])
        rule_names = [speaker_name(q.value, names) for q in qspans]
        for item in art.expected.get("quotes") or []:
            s, e = locate(text, item, art.article_id)
            hits = [i for i, q in enumerate(qspans) if q.start < e and s < q.end]
            if not hits:
                records.append(dict(aid=art.article_id, bucket="no quote span", rules_ok=False, rows=None))
                continue
            i = hits[0]
            got = rule_names[i]
            prev = rule_names[i - 1] if i > 0 else None
            rows, chosen = _features(text, paras, sents, quotes[i], cands, quotes, prev, got, freq, head_end)
            labels = [item.get("speaker") is None] + [_speaker_ok(c[4], item, persons) for c in chosen[1:]]
            records.append(dict(aid=art.article_id, bucket=attribution_rule(qspans[i].value, got),
                                rules_ok=bool(_speaker_ok(got, item, persons)), rows=rows, labels=labels,
                                names=[None] + [c[4] for c in chosen[1:]], want=item.get("speaker"),
                                exact=item["exact"]))
    return records


def matrix(records, features=FEATURES):
    """Return X (rows of every record stacked), the record of each row, and the labels as a float vector."""
    col = {f: j for j, f in enumerate(features)}
    rows, owner, y = [], [], []
    for k, r in enumerate(records):
        for row, lab in zip(r["rows"], r["labels"], strict=True):
            v = np.zeros(len(features))
            for f, x in row.items():
                if f in col:
                    v[col[f]] = x
            rows.append(v)
            owner.append(k)
            y.append(float(lab))
    return np.array(rows), np.array(owner), np.array(y)


def _group_softmax(z, owner, n):
    m = np.full(n, -np.inf)
    np.maximum.at(m, owner, z)
    ez = np.exp(z - m[owner])
    tot = np.zeros(n)
    np.add.at(tot, owner, ez)
    return ez / tot[owner]


def train(X, owner, y, n, l2=0.01, steps=1500, lr=0.5):
    """Return weights of the conditional logit: maximise the log of the probability of the right candidates."""
    has_pos = np.zeros(n)
    np.add.at(has_pos, owner, y)
    keep = has_pos[owner] > 0
    X, owner_k, y = X[keep], owner[keep], y[keep]
    _, owner_k = np.unique(owner_k, return_inverse=True)
    m = owner_k.max() + 1
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = _group_softmax(X @ w, owner_k, m)
        pos = np.zeros(m)
        np.add.at(pos, owner_k, p * y)
        q = p * y / pos[owner_k]  # posterior over right candidates
        grad = X.T @ (p - q) / m + l2 * w
        w -= lr * grad
    return w


def predict(records, w, features=FEATURES):
    """Set ``choice`` (index of the best candidate) and ``prob`` on each record with rows."""
    live = [r for r in records if r["rows"]]
    X, owner, _ = matrix(live, features)
    p = _group_softmax(X @ w, owner, len(live))
    start = 0
    for r in live:
        k = len(r["rows"])
        pr = p[start:start + k]
        r["choice"], r["prob"] = int(np.argmax(pr)), float(np.max(pr))
        start += k


def folds(records, k=5):
    ids = sorted({r["aid"] for r in records})
    return {aid: i % k for i, aid in enumerate(ids)}


GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never apply


def cross_validate(records, features=FEATURES, l2=0.003, k=5, fold=None):
    """Predict every record with rows from a model trained on the other folds (articles by sorted id)."""
    fold = fold or folds(records, k)
    live = [r for r in records if r["rows"]]
    for f in range(k):
        tr = [r for r in live if fold[r["aid"]] != f]
        X, owner, y = matrix(tr, features)
        w = train(X, owner, y, len(tr), l2=l2)
        predict([r for r in live if fold[r["aid"]] == f], w, features)
    return live


def model_ok(r):
    return bool(r["labels"][r["choice"]])


def hybrid(records, buckets, t):
    """Return (right, total, gained, lost) when the model's speaker replaces the rules' in ``buckets`` wherever the
    model picks a candidate (not nobody) with probability at least ``t``."""
    right = gained = lost = 0
    for r in records:
        ok = r["rules_ok"]
        if r["rows"] and r["bucket"] in buckets and r["choice"] != 0 and r["prob"] >= t:
            new = model_ok(r)
            if new and not ok:
                gained += 1
            if ok and not new:
                lost += 1
            ok = new
        right += ok
    return right, len(records), gained, lost


def report(records, live):
    by = defaultdict(lambda: [0, 0, 0, 0])  # rules right, model right, oracle, total
    for r in records:
        b = by[r["bucket"]]
        b[3] += 1
        b[0] += r["rules_ok"]
        if r["rows"]:
            b[1] += model_ok(r)
            b[2] += any(r["labels"])
    print("| bucket | quotes | rules right | model alone right | a right candidate exists |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    for k, b in sorted(by.items(), key=lambda kv: -kv[1][3]):
        print(f"| {k} | {b[3]} | {b[0]} | {b[1]} | {b[2]} |")
        tot = [a + c for a, c in zip(tot, b, strict=True)]
    print(f"| all | {tot[3]} | {tot[0]} | {tot[1]} | {tot[2]} |")


def sweep(records, buckets):
    print(f"hybrid on {sorted(buckets)}: t, right/total, gained, lost")
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        right, n, g, lost = hybrid(records, buckets, t)
        print(f"  t={t:.2f}: {right}/{n}  +{g} -{lost}")


def nested(records, buckets, features, l2=0.003):
    """Return (right, total, gained, lost, thresholds) with the threshold of each outer fold chosen by an inner 4-fold
    CV on its training articles only (the highest net gain, ties to the higher threshold: the more cautious)."""
    outer = folds(records)
    chosen = []
    for f in range(5):
        inner_recs = [copy.copy(r) for r in records if outer[r["aid"]] != f]
        cross_validate(inner_recs, features, l2, k=4)
        best = max(GRID, key=lambda t: (hybrid(inner_recs, buckets, t)[0], t))
        chosen.append(best)
    live = cross_validate(records, features, l2)
    right = gained = lost = 0
    for r in records:
        t = chosen[outer[r["aid"]]]
        one = hybrid([r], buckets, t)
        right, gained, lost = right + one[0], gained + one[2], lost + one[3]
    del live
    return right, len(records), gained, lost, chosen


def main():
    records = build("dev")
    no_rules = tuple(f for f in FEATURES if f not in RULE_FEATURES)
    print("## nested threshold choice")
    for label, feats in (("rules' answer a feature", FEATURES), ("without it", no_rules)):
        for buckets in ({"none"}, {"none", "fallback"}, {"none", "descriptor", "fallback"}):
            right, n, g, lost, ts = nested(records, buckets, feats)
            print(f"  {label}, {sorted(buckets)}: {right}/{n} +{g} -{lost}, thresholds {ts}")
    print("## L2")
    for l2 in (0.0003, 0.003, 0.03):
        live = cross_validate(records, no_rules, l2)
        print(f"  l2={l2}: model alone {sum(model_ok(r) for r in live)}/{len(records)}")
    for label, feats in (("with the rules' answer as a feature", FEATURES),
                         ("without it", tuple(f for f in FEATURES if f not in RULE_FEATURES))):
        print(f"## {label}")
        live = cross_validate(records, feats)
        report(records, live)
        for buckets in ({"none"}, {"none", "descriptor", "fallback"}, {"fallback"}, {"descriptor"}):
            sweep(records, buckets)


if __name__ == "__main__":
    main()
