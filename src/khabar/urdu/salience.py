"""What an article is about: keyphrases and an extractive summary. Pure functions over token columns.

Keyphrases (:func:`keyphrases`): candidates are maximal runs of content tokens (NOUN, PROPN, ADJ
and, inside a run, the izafat-free compounds they form), one to four tokens long, that neither start
nor end with a stop word (``data/stopwords.tsv``), end with a noun or proper noun (a noun phrase's
head: نئی پابندیاں, not پابندیاں عائد) and hold no digit or punctuation. Occurrences are
grouped by their lemma sequence, so پابندیاں and پابندی count together. A phrase scores

    score = count × (1 + 0.5 × (words − 1)) × rarity × position

with ``rarity`` the mean of ``max(1, 7 − zipf)`` over its words (wordfreq's Urdu list: common words
weigh less) and ``position`` = 1 + 1/(1 + first sentence index) (news puts the subject first).
A phrase inside a better-scoring longer one is dropped (unless it occurs more often on its own), and a
longer phrase over the same mentions as a better one takes its place (صوبہ ہوبی for ہوبی).
A phrase heads its noun phrase at least once: no noun follows that occurrence in its run (بلے of بلے
باز never does).
Given the document's names (``units``), a phrase holds a name whole or none of it (شی جن پنگ, never
پنگ or صدر شی), a name's words are content words whatever their tag (جن of شی جن پنگ), and a name
goes by the entity's name, alone or inside a phrase, so its mentions count together (افغان and
افغانستان); words before a better name that occur with it no more often are no phrase of their own.
A ``last`` unit (a person's name) ends every phrase that holds it. Words of date and time expressions
(``blocked``: پیر کی شام) are in no phrase.

Summary (:func:`summarize`): ``lead`` takes the first n sentences; ``textrank`` ranks sentences by
PageRank (damping 0.85) over a graph whose edge weights are the cosine similarity of their content-
lemma count vectors (stop words out), with a small prior for the lead sentence; the n best are given
back in reading order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.urdu.lexicon import zipf

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: what a phrase ends with: Urdu noun phrases are head-final (نئی پابندیاں), and an adjective at the end
#: is a predicate or a light verb's part (تجارت دگنی ہو گئی, پابندیاں عائد کر دیں, سیشن منعقد کرانے)
HEAD_POS = frozenset({"NOUN", "PROPN"})
MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """A keyphrase: its lemma key, the surface text of its first occurrence, the token ranges of all
    occurrences and its score."""

    key: str
    text: str
    score: float
    occurrences: tuple[tuple[int, int], ...]

    def to_json(self, starts: Sequence[int], ends: Sequence[int]) -> dict[str, object]:
        return {
            "text": self.text, "lemma": self.key, "score": round(self.score, 4),
            "count": len(self.occurrences),
            "spans": [[starts[a], ends[b - 1], a, b] for a, b in self.occurrences],
        }


def _usable(form: str) -> bool:
    return form.isalpha() and len(form) > 1


def keyphrases(forms: Sequence[str], upos: Sequence[str | None], lemmas: Sequence[str | None],
               *, sentence_of: Sequence[int], stopwords: frozenset[str], top: int = 10,
               units: Sequence[tuple[int, int]] = (), blocked: Sequence[tuple[int, int]] = (),
               heads: frozenset[str] = HEAD_POS, unit_names: Sequence[str | None] = (),
               last: Sequence[tuple[int, int]] = ()) -> list[Keyphrase]:
    """The ``top`` keyphrases, best first (ties: first occurrence first). ``units``: token ranges a
    phrase takes whole or not at all (names: شی جن پنگ, never پنگ or صدر شی); ``blocked``: token
    ranges no phrase holds a word of (dates and times: پیر کی شام, پچھلے بارہ برسوں); ``heads``: the
    parts of speech a phrase may end with; ``unit_names`` (parallel to ``units``): the name a phrase
    that is exactly that unit goes by — its key and its text — so the mentions of one entity count
    together (افغان and افغانستان are افغانستان; نوازشریف and نواز شریف one name); ``last``: units a
    phrase holds only as its last words (a person's name: محمد حفیظ, never محمد حفیظ فٹنس مسائل)."""
    n = len(forms)
    occ: dict[str, list[tuple[int, int]]] = {}
    runs: list[tuple[int, int]] = []
    free = [True] * n
    for a, b in blocked:
        free[max(0, a):min(n, b)] = [False] * (min(n, b) - max(0, a))
    #: the unit a token is inside: its start and end (or the token alone)
    unit_start = list(range(n))
    unit_end = list(range(1, n + 1))
    for a, b in units:
        for t in range(max(0, a), min(n, b)):
            unit_start[t], unit_end[t] = a, b
    named = {u: name for u, name in zip(units, unit_names, strict=False) if name}
    #: the end of the unit a phrase may hold only as its last words, by the unit's first token, and
    #: the nearest such end from each token on: a phrase from ``s`` ends there at the latest
    ends_phrase = dict(last)
    latest = [n + 1] * (n + 1)
    for t in range(n - 1, -1, -1):
        latest[t] = min(latest[t + 1], ends_phrase.get(t, n + 1))
    #: a word of a name of two or more words is a content word whatever its tag or stop word (جن of
    #: شی جن پنگ, کے of کے ایس ای): the name is taken whole
    in_name = [False] * n
    for a, b in units:
        if b - a > 1:
            for t in range(max(0, a), min(n, b)):
                in_name[t] = True
    content = [free[t] and (in_name[t] or (upos[t] in CONTENT_POS and forms[t] not in stopwords))
               and _usable(forms[t]) for t in range(n)]

    def _key(a: int, b: int) -> str:
        """A phrase's key: its words' lemmas, a name in it by the name it goes by (صدر شی جن پنگ)."""
        words: list[str] = []
        t = a
        while t < b:
            name = named.get((t, unit_end[t])) if unit_start[t] == t else None
            if name is not None:
                words.append(name)
                t = unit_end[t]
            else:
                words.append(lemmas[t] or forms[t])
                t += 1
        return " ".join(words)

    i = 0
    while i < n:
        if content[i]:
            j = i
            while j < n and content[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    #: keys with an occurrence that heads its noun phrase: no noun follows it in its run (بلے of بلے
    #: باز and ون of ون ڈے never do)
    heading: set[str] = set()
    for a, b in runs:
        for length in range(1, min(MAX_WORDS, b - a) + 1):
            for s in range(a, b - length + 1):
                if unit_start[s] != s or unit_end[s + length - 1] != s + length or (
                        upos[s + length - 1] not in heads and not in_name[s + length - 1]) or (
                        latest[s] < s + length):
                    continue
                key = named.get((s, s + length)) or _key(s, s + length)
                occ.setdefault(key, []).append((s, s + length))
                e = s + length
                if e == b or upos[e] not in HEAD_POS or ends_phrase.get(unit_start[e - 1]) == e:
                    heading.add(key)
    ranked: list[tuple[float, tuple[int, int], str]] = []  # (-score, first span, key)
    weight: dict[str, float] = {}
    for key, spans in occ.items():
        if key not in heading:
            continue
        words = key.split(" ")
        for w in words:
            if w not in weight:
                weight[w] = max(1.0, 7.0 - zipf(w))
        rarity = sum([weight[w] for w in words]) / len(words)
        first = spans[0][0]
        position = 1.0 + 1.0 / (1 + sentence_of[first])
        score = len(spans) * (1.0 + 0.5 * (len(words) - 1)) * rarity * position
        ranked.append((-score, spans[0], key))
    ranked.sort()  # best first; ties: first occurrence first (no two keys share a span)
    # phrases are built only for the candidates looked at
    names = set(named.values())
    scored = (Keyphrase(key, key if key in names else " ".join(forms[a:b]), -neg, tuple(occ[key]))
              for neg, (a, b), key in ranked)
    out: list[Keyphrase] = []
    for kp in scored:
        # a phrase inside a better one that occurs no more often, or words before a better name that
        # occur with it no more often than it does (اداکارہ پریانکا چوپڑا after پریانکا چوپڑا)
        if any(len(kp.occurrences) <= len(better.occurrences) and (
                _inside(kp, better) or (better.key in names and kp.key.endswith(f" {better.key}")))
               for better in out):
            continue
        # a longer phrase over the same mentions as a better one takes its place (صوبہ ہوبی for ہوبی,
        # حکم امتناعی for امتناعی): the same topic, said in full
        same = next((k for k, better in enumerate(out) if _inside(better, kp)
                     and len(kp.occurrences) == len(better.occurrences)), None)
        if same is not None:
            out[same] = kp
            continue
        out.append(kp)
        if len(out) >= top:
            break
    return out


def _inside(small: Keyphrase, big: Keyphrase) -> bool:
    return len(small.key) < len(big.key) and f" {small.key} " in f" {big.key} "


def sentence_vectors(sentences: Sequence[tuple[int, int]], forms: Sequence[str],
                     upos: Sequence[str | None], lemmas: Sequence[str | None],
                     stopwords: frozenset[str]) -> list[Counter[str]]:
    """Content-lemma counts of each sentence (token ranges)."""
    out: list[Counter[str]] = []
    for a, b in sentences:
        c: Counter[str] = Counter()
        for t in range(a, b):
            f = forms[t]
            if not _usable(f) or f in stopwords or upos[t] in ("ADP", "AUX", "PUNCT", "PRON", "CCONJ",
                                                               "SCONJ", "PART", "DET"):
                continue
            c[lemmas[t] or f] += 1
        out.append(c)
    return out


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def textrank(vectors: Sequence[Counter[str]], *, damping: float = 0.85, lead_prior: float = 0.15,
             iterations: int = 50) -> list[float]:
    """PageRank scores of sentences over cosine-similarity edges (personalized towards the lead)."""
    n = len(vectors)
    if n == 0:
        return []
    w = [[cosine(vectors[i], vectors[j]) if i != j else 0.0 for j in range(n)] for i in range(n)]
    out_sum = [sum(row) for row in w]
    prior = [(1.0 - lead_prior) / n + (lead_prior if i == 0 else 0.0) for i in range(n)]
    score = [1.0 / n] * n
    incoming = [[(j, w[j][i] / out_sum[j]) for j in range(n) if out_sum[j] and w[j][i]] for i in range(n)]
    for _ in range(iterations):
        new = [(1.0 - damping) * prior[i] + damping * sum(score[j] * x for j, x in incoming[i])
               for i in range(n)]
        # sentences with no edges hand their mass back through the prior
        dangling = sum(score[j] for j in range(n) if not out_sum[j])
        new = [v + damping * dangling * prior[i] for i, v in enumerate(new)]
        if max(abs(x - y) for x, y in zip(new, score, strict=True)) < 1e-9:
            score = new
            break
        score = new
    return score


def summarize(vectors: Sequence[Counter[str]], n: int, method: str = "textrank",
              min_words: int = 4) -> list[int]:
    """Indices of the ``n`` summary sentences in reading order (sentences with fewer than
    ``min_words`` content words, e.g. datelines, are not chosen while others remain)."""
    k = len(vectors)
    if n <= 0 or k == 0:
        return []
    ok = [i for i in range(k) if sum(vectors[i].values()) >= min_words] or list(range(k))
    if method == "lead":
        return sorted(ok[:n])
    scores = textrank(vectors)
    best = sorted(ok, key=lambda i: (-scores[i], i))[:n]
    return sorted(best)
