"""Run-together words: reviewed TSV lexicons, read on first use.

* ``data/joined_words.tsv`` (header ``joined<TAB>expansion<TAB>source``): joined spellings of two
  words (کیلئے → کے لیے). The normalizer component rewrites a whole token found here only when the
  user asks for it (``expand_joined``).
* ``data/attachable_words.tsv`` (header ``word<TAB>min_before<TAB>source``): postpositions,
  particles, copulas, auxiliaries, light and vector verbs and conjunctions that writers type joined to
  the word before them (فرمایاکہ, انہوںنے, ظاہرکیا, کیااور); space repair only splits off one of
  these, and only after a part of at least ``min_before`` letters (a verb or a conjunction after a
  two-letter part is too often a name: دولی خیل, سوہو).

Every entry is already normalized and unique (tested).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from khabar.errors import ConfigError

JOINED_FILE = "joined_words.tsv"
ATTACHABLE_FILE = "attachable_words.tsv"


def read_tsv(name: str, header: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Rows of ``khabar/urdu/data/<name>`` after its header; every column non-empty, first unique."""
    text = (resources.files("khabar.urdu") / "data" / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != header:
        raise ConfigError(f"{name} must start with the header {header}")
    rows: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = tuple(line.split("\t"))
        if len(cols) != len(header) or not all(cols):
            raise ConfigError(f"{name}:{n}: expected {len(header)} non-empty tab-separated columns")
        if cols[0] in seen:
            raise ConfigError(f"{name}:{n}: {cols[0]!r} is listed twice")
        seen.add(cols[0])
        rows.append(cols)
    return rows


@lru_cache(maxsize=1)
def joined_words() -> dict[str, str]:
    """joined spelling -> its expansion (words separated by one space)."""
    return {r[0]: r[1] for r in read_tsv(JOINED_FILE, ("joined", "expansion", "source"))}


@lru_cache(maxsize=1)
def attachable_words() -> dict[str, int]:
    """Words that writers type joined to the word before them -> the fewest letters the part before
    must have."""
    rows = read_tsv(ATTACHABLE_FILE, ("word", "min_before", "source"))
    out: dict[str, int] = {}
    for n, r in enumerate(rows, start=2):
        if not r[1].isdigit() or int(r[1]) < 1:
            raise ConfigError(f"{ATTACHABLE_FILE}:{n}: min_before must be a whole number of letters >= 1")
        out[r[0]] = int(r[1])
    return out
