"""The entity knowledge base: ids, canonical Urdu names, English names, types and country codes.

Built by ``khabar train configs/kb.json`` (task ``kb``) from two sources and shipped as
``khabar/models/kb/kb.tsv`` + ``meta.json`` (file hashes checked on load):

* the Wikidata seed of google/language-resources (``hi_ur/wikidata_20150427.tsv``: Q-id, English and
  Urdu labels; Apache 2.0, labels CC0). Items whose English label is not capitalized are common nouns
  (cat, fish, mint) and ``Category:`` pages are not entities: both are left out. The seed has no
  types, so a seed item is typed only where our own data names it;
* our reviewed TSV data in ``khabar/urdu/data/kb_*.tsv`` (countries with their demonyms and ISO
  codes, capitals and cities, organisations, people, office titles and honorifics), each row with
  its source.

Every Urdu name is put through khabar's normalizer and tokenizer, so a name is looked up as the
tuple of token forms the pipeline produces. Lookup is exact on those forms (no fuzzy matching).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from khabar.doc.model import COUNTRY_SEP
from khabar.errors import DataError, ModelError

KB_FILE = "kb.tsv"
ROMAN_FILE = "roman.tsv"
FEATURE_VERSION = 2
#: Columns of the compiled file.
COLUMNS = ("id", "type", "country", "english", "canonical", "names", "demonyms", "kind", "source", "links",
           "link_names")
#: Our reviewed data files, in the order they are merged (later rows add to earlier ones).
DATA_FILES = ("kb_countries.tsv", "kb_places.tsv", "kb_organizations.tsv", "kb_national_bodies.tsv",
              "kb_people.tsv",
              "kb_titles.tsv", "name_spellings.tsv", "kb_place_countries.tsv", "kb_seed_links.tsv",
              "loanword_spellings.tsv", "kb_link_names.tsv")
#: :attr:`KbEntry.kind` of a body every country has (kb_national_bodies.tsv: وزارت خارجہ), whose country
#: the text names: the linker links a mention to that country's body (:func:`national_body`).
NATIONAL = "national"
#: :attr:`KbEntry.links` values: the label a mention must have to link to the entry, or none at all.
LINK_LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "ARTEFACT", "none")

TokenFn = Callable[[str], tuple[str, ...]]
NormalizeFn = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class KbEntry:
    """One knowledge-base entry. ``type`` is PERSON, LOCATION, ORGANIZATION, TITLE or empty (a seed
    item nobody typed); ``country`` an ISO 3166-1 alpha-3 code or empty; ``names`` every Urdu form it
    is known by (canonical first), ``demonyms`` the adjectives that refer to it (امریکی → USA);
    ``kind`` says more about a title (office, religious, honorific, military, occupation), a place
    (country, city) or an organisation (:data:`NATIONAL`: a body every country has). ``links`` is
    for the linker only: the label a mention must have to link to an untyped seed item, or ``none``
    where no mention does (a common word or given name such as منیر);
    empty: any person, place or organisation (the gazetteer reads ``type``, never ``links``).
    ``link_names`` are forms a mention links by that nothing else reads (kb_link_names.tsv: عوامی
    تحریک, also "a popular movement"): :meth:`KnowledgeBase.lookup` finds them, and
    :meth:`KnowledgeBase.names`, which the recognizer's gazetteer and rules read, does not."""

    id: str
    type: str
    country: str
    english: str
    canonical: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    kind: str = ""
    source: str = ""
    links: str = ""
    link_names: tuple[str, ...] = ()

    def to_row(self) -> str:
        for v in (self.id, self.type, self.country, self.english, self.kind, self.source, self.links,
                  *self.names, *self.demonyms, *self.link_names):
            if "\t" in v or "\n" in v:
                raise DataError(f"knowledge-base value {v!r} holds a tab or a newline")
        for v in (*self.names, *self.demonyms, *self.link_names):
            if "|" in v:
                raise DataError(f"knowledge-base name {v!r} holds a |")
        return "\t".join((self.id, self.type, self.country, self.english, self.canonical,
                          "|".join(self.names), "|".join(self.demonyms), self.kind, self.source, self.links,
                          "|".join(self.link_names)))


@dataclass(frozen=True, slots=True)
class KbMatch:
    """A name found for a token sequence: the entry and how it matched (``name``, ``demonym`` or
    ``link``: one of its :attr:`KbEntry.link_names`)."""

    entry: KbEntry
    how: str


class KnowledgeBase:
    """Entries by id and an index from token tuples of every name and demonym to entries."""

    def __init__(self, entries: Iterable[KbEntry], *, tokenize: TokenFn | None = None) -> None:
        self.entries: dict[str, KbEntry] = {}
        for e in entries:
            if e.id in self.entries:
                raise DataError(f"knowledge-base id {e.id} appears twice")
            self.entries[e.id] = e
        split = tokenize or _default_tokens
        self._index: dict[tuple[str, ...], list[KbMatch]] = {}
        for e in self.entries.values():
            for how, forms in (("name", e.names), ("demonym", e.demonyms), ("link", e.link_names)):
                for name in forms:
                    key = split(name)
                    if key:
                        self._index.setdefault(key, []).append(KbMatch(e, how))
        self.max_len = max((len(k) for k in self._index), default=0)
        #: Urdu word -> readable Latin spelling (the compiled pronunciation lexicon), for romanization
        self.roman: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KbEntry]:
        return iter(self.entries.values())

    def get(self, kb_id: str) -> KbEntry | None:
        return self.entries.get(kb_id)

    def lookup(self, forms: Sequence[str]) -> list[KbMatch]:
        """Entries named exactly by the token forms ``forms`` (names before demonyms before link names;
        typed entries
        before untyped ones; a country before another place of its name, Oman before Amman for عمان;
        then by id, so the order is stable)."""
        found = self._index.get(tuple(forms), [])
        return sorted(found, key=lambda m: (_HOW_ORDER[m.how], m.entry.type == "", m.entry.kind != "country",
                                            m.entry.id))

    def names(self) -> Iterator[tuple[tuple[str, ...], KbMatch]]:
        """Every name and demonym with its entry: what the recognizer's gazetteer and rules read (not
        the link names, which only :meth:`lookup` finds)."""
        for key, matches in self._index.items():
            for m in matches:
                if m.how != "link":
                    yield key, m

    # -- storage -------------------------------------------------------------------------------------------
    def to_tsv(self) -> str:
        lines = ["\t".join(COLUMNS)]
        lines.extend(e.to_row() for e in sorted(self.entries.values(), key=lambda e: e.id))
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str, *, where: str = KB_FILE) -> KnowledgeBase:
        lines = text.rstrip("\n").split("\n")
        if not lines or tuple(lines[0].split("\t")) != COLUMNS:
            raise ModelError(f"{where} does not start with the header {COLUMNS}: rebuild the knowledge base")
        out: list[KbEntry] = []
        for n, line in enumerate(lines[1:], start=2):
            c = line.split("\t")
            if len(c) != len(COLUMNS):
                raise ModelError(f"{where}:{n}: {len(c)} columns, expected {len(COLUMNS)}")
            out.append(KbEntry(c[0], c[1], c[2], c[3], c[4], tuple(x for x in c[5].split("|") if x),
                               tuple(x for x in c[6].split("|") if x), c[7], c[8], c[9],
                               tuple(x for x in c[10].split("|") if x)))
        return cls(out)

    @classmethod
    def load(cls, path: Path | Traversable | None = None) -> KnowledgeBase:
        """The compiled knowledge base in folder ``path`` (default: the shipped ``khabar/models/kb``)."""
        from khabar.ml.modelfiles import read_model_folder

        folder: Path | Traversable = path if path is not None else default_kb_dir()
        verified = read_model_folder(folder, task="kb", feature_version=FEATURE_VERSION,
                                     required=(KB_FILE,), config_hint="configs/kb.json")
        kb = cls.from_tsv(verified.files[KB_FILE].decode("utf-8"), where=str(folder / KB_FILE))
        roman = verified.files.get(ROMAN_FILE)
        if roman is not None:
            lines = roman.decode("utf-8").splitlines()[1:]
            kb.roman = dict(line.split("\t", 1) for line in lines if "\t" in line)
        return kb


def national_body(entry: KbEntry, country: KbEntry) -> KbEntry:
    """The body ``entry`` (kind :data:`NATIONAL`: وزارت خارجہ) of ``country`` (a country entry): its own
    id (``khabar:org/ministry-of-foreign-affairs@IND``), the country's code, an English name with the
    country (Ministry of Foreign Affairs (India)) and an Urdu one with its demonym (بھارتی وزارت خارجہ;
    without one: ایران کی وزارت خارجہ, as news writes it)."""
    urdu = (f"{country.demonyms[0]} {entry.canonical}" if country.demonyms
            else f"{country.canonical} کی {entry.canonical}")
    return KbEntry(f"{entry.id}{COUNTRY_SEP}{country.country}", entry.type, country.country,
                   f"{entry.english} ({country.english})", urdu, (urdu,), (), entry.kind, entry.source)


#: :meth:`KnowledgeBase.lookup`'s order of how a name matched.
_HOW_ORDER = {"name": 0, "demonym": 1, "link": 2}


def _default_tokens(name: str) -> tuple[str, ...]:
    from khabar.urdu.tokens import tokenize

    starts, ends = tokenize(name)
    return tuple(name[s:e] for s, e in zip(starts, ends, strict=True))


def default_kb_dir() -> Traversable:
    return resources.files("khabar") / "models" / "kb"


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process on first use."""
    return KnowledgeBase.load()


# --- building ---------------------------------------------------------------------------------------------
def read_tsv(text: str, *, where: str, columns: Sequence[str]) -> list[dict[str, str]]:
    """Rows of a reviewed TSV file (``#`` comment lines, then a header that must equal ``columns``)."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(header) != tuple(columns):
                raise DataError(f"{where}:{n}: header {header} differs from {list(columns)}")
            continue
        if len(cells) != len(header):
            raise DataError(f"{where}:{n}: {len(cells)} columns, expected {len(header)}")
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


DATA_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "kb_countries.tsv": ("iso3", "wikidata", "english", "urdu", "aliases", "demonyms", "source"),
    "kb_places.tsv": ("id", "english", "urdu", "aliases", "kind", "country", "source"),
    "kb_organizations.tsv": ("id", "english", "urdu", "aliases", "country", "source"),
    "kb_national_bodies.tsv": ("id", "english", "urdu", "aliases", "source"),
    "kb_people.tsv": ("id", "english", "urdu", "aliases", "country", "source"),
    "kb_titles.tsv": ("urdu", "english", "kind", "country", "source"),
    "name_spellings.tsv": ("urdu", "latin", "source"),
    "kb_place_countries.tsv": ("id", "english", "country", "source"),
    "kb_seed_links.tsv": ("id", "english", "links", "source"),
    "loanword_spellings.tsv": ("urdu", "latin", "source"),
    "kb_link_names.tsv": ("id", "urdu", "source"),
}


def reviewed_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of our reviewed KB files (:data:`DATA_FILES`), read from the package."""
    base = resources.files("khabar") / "urdu" / "data"
    return read_tsv((base / name).read_text(encoding="utf-8"), where=name, columns=DATA_COLUMNS[name])


def reviewed_data() -> dict[str, list[dict[str, str]]]:
    """Our reviewed KB rows, file name -> rows (read from the package)."""
    return {name: reviewed_rows(name) for name in DATA_FILES}


def reviewed_bytes() -> dict[str, bytes]:
    base = resources.files("khabar") / "urdu" / "data"
    return {name: (base / name).read_bytes() for name in DATA_FILES}


SEED_SOURCE = "Wikidata via google/language-resources hi_ur (Apache 2.0; labels CC0)"


def read_wikidata_seed(text: str) -> list[tuple[str, str, str]]:
    """(Q-id, English, Urdu) of the seed's proper names (see the module docstring)."""
    rows = read_tsv(text, where="wikidata seed",
                    columns=("ID", "en", "hi", "hi_translit", "ur_translit", "ur"))
    out = []
    for r in rows:
        en, ur = r["en"].strip(), r["ur"].strip()
        if not ur or not en or en.startswith("Category:") or not en[:1].isupper():
            continue
        out.append((r["ID"].strip(), en, ur))
    return out


def title_slug(english: str, urdu_index: int) -> str:
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in english).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"khabar:title/{slug}" if urdu_index == 0 else f"khabar:title/{slug}-{urdu_index + 1}"


def build_kb(seed_text: str, data: Mapping[str, Sequence[Mapping[str, str]]],
             normalize: NormalizeFn) -> KnowledgeBase:
    """Merge the Wikidata seed and our reviewed rows into one knowledge base (deterministic)."""
    acc: dict[str, dict[str, object]] = {}

    def add(kb_id: str, *, type_: str = "", country: str = "", english: str = "", canonical: str = "",
            names: Iterable[str] = (), demonyms: Iterable[str] = (), kind: str = "",
            source: str = "", links: str = "", link_names: Iterable[str] = ()) -> None:
        e = acc.setdefault(kb_id, {"type": "", "country": "", "english": "", "canonical": "",
                                   "names": [], "demonyms": [], "kind": "", "sources": [], "links": "",
                                   "link_names": []})
        for key, value in (("type", type_), ("country", country), ("english", english),
                           ("kind", kind), ("links", links)):
            if value:
                e[key] = value
        if canonical:
            e["canonical"] = normalize(canonical)
        for key, values in (("names", names), ("demonyms", demonyms), ("link_names", link_names)):
            lst = e[key]
            assert isinstance(lst, list)
            for value in values:
                v = normalize(value.strip())
                if v and v not in lst:
                    lst.append(v)
        srcs = e["sources"]
        assert isinstance(srcs, list)
        if source and source not in srcs:
            srcs.append(source)

    for qid, en, ur in read_wikidata_seed(seed_text):
        add(qid, english=en, canonical=ur, names=[ur], source=SEED_SOURCE)

    def split(s: str) -> list[str]:
        return [x for x in s.split("|") if x.strip()]

    for r in data.get("kb_countries.tsv", ()):
        add(r["wikidata"], type_="LOCATION", country=r["iso3"], english=r["english"], canonical=r["urdu"],
            names=[r["urdu"], *split(r["aliases"])], demonyms=split(r["demonyms"]), kind="country",
            source=r["source"])
    for r in data.get("kb_places.tsv", ()):
        add(r["id"], type_="LOCATION", country=r["country"], english=r["english"],
            canonical=r["urdu"], names=[r["urdu"], *split(r["aliases"])], kind=r["kind"], source=r["source"])
    for r in data.get("kb_organizations.tsv", ()):
        add(r["id"], type_="ORGANIZATION", country=r["country"], english=r["english"], canonical=r["urdu"],
            names=[r["urdu"], *split(r["aliases"])], source=r["source"])
    for r in data.get("kb_national_bodies.tsv", ()):
        add(r["id"], type_="ORGANIZATION", english=r["english"], canonical=r["urdu"],
            names=[r["urdu"], *split(r["aliases"])], kind=NATIONAL, source=r["source"])
    for r in data.get("kb_people.tsv", ()):
        add(r["id"], type_="PERSON", country=r["country"], english=r["english"], canonical=r["urdu"],
            names=[r["urdu"], *split(r["aliases"])], source=r["source"])
    for r in data.get("kb_place_countries.tsv", ()):
        if r["id"] not in acc:
            raise DataError(f"kb_place_countries.tsv: {r['id']} ({r['english']}) is no entry of the "
                            "knowledge base")
        add(r["id"], country=r["country"], source=r["source"])  # the country only: the type stays the seed's
    for r in data.get("kb_seed_links.tsv", ()):
        entry = acc.get(r["id"])
        if entry is None or entry["type"] or r["links"] not in LINK_LABELS:
            raise DataError(f"kb_seed_links.tsv: {r['id']} ({r['english']}) is no untyped entry of the "
                            f"knowledge base, or {r['links']!r} is none of {', '.join(LINK_LABELS)}")
        add(r["id"], links=r["links"], source=r["source"])  # for the linker only: the type stays the seed's
    for r in data.get("kb_link_names.tsv", ()):
        entry = acc.get(r["id"])
        if entry is None or not entry["type"]:
            raise DataError(f"kb_link_names.tsv: {r['id']} is no typed entry of the knowledge base")
        add(r["id"], link_names=[r["urdu"]], source=r["source"])  # for the linker only
    seen_titles: dict[str, int] = {}
    for r in data.get("kb_titles.tsv", ()):
        n = seen_titles.get(r["english"], 0)
        seen_titles[r["english"]] = n + 1
        add(title_slug(r["english"], n), type_="TITLE", country=r["country"], english=r["english"],
            canonical=r["urdu"], names=[r["urdu"]], kind=r["kind"], source=r["source"])

    entries = []
    for kb_id in sorted(acc):
        e = acc[kb_id]
        names: tuple[str, ...] = tuple(e["names"])  # type: ignore[arg-type]
        canonical = str(e["canonical"]) or (names[0] if names else "")
        if canonical and canonical not in names:
            names = (canonical, *names)
        entries.append(KbEntry(kb_id, str(e["type"]), str(e["country"]), str(e["english"]), canonical,
                               names, tuple(e["demonyms"]), str(e["kind"]),  # type: ignore[arg-type]
                               "; ".join(e["sources"]), str(e["links"]),  # type: ignore[arg-type]
                               tuple(e["link_names"])))  # type: ignore[arg-type]
    return KnowledgeBase(entries)


def kb_bytes(kb: KnowledgeBase) -> bytes:
    return kb.to_tsv().encode("utf-8")


def read_seed(path: Path) -> str:
    try:
        return io.TextIOWrapper(path.open("rb"), encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read the Wikidata seed {path}: {exc}") from exc
