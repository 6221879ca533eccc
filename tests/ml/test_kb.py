"""The reviewed knowledge-base data and the compiled knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ml.kb import DATA_FILES, KbEntry, KnowledgeBase, default_kb, reviewed_data
from khabar.urdu.normalize import Normalizer

_NORM = Normalizer()


def _urdu_cells(name: str, row: dict[str, str]) -> list[str]:
    keys = [k for k in ("urdu", "aliases", "demonyms") if k in row]
    return [x for k in keys for x in row[k].split("|") if x]


@pytest.mark.parametrize("name", DATA_FILES)
def test_reviewed_entries_are_normalized_unique_and_sourced(name: str) -> None:
    rows = reviewed_data()[name]
    assert rows
    seen: dict[str, str] = {}  # form -> the country of the row that named it
    for row in rows:
        assert row["source"], row
        for form in _urdu_cells(name, row):
            assert _NORM(form).text == form, f"{name}: {form!r} is not normalized"
            assert form == form.strip()
            assert "  " not in form
            # (only places of two countries may share a name, which the linker tells apart by the
            # document's country: حیدرآباد in Sindh and in India)
            assert form not in seen or (row.get("country") and row["country"] != seen[form]), (
                f"{name}: {form!r} appears twice")
            seen[form] = row.get("country", "")


def test_country_codes_are_iso3() -> None:
    for row in reviewed_data()["kb_countries.tsv"]:
        assert len(row["iso3"]) == 3
        assert row["iso3"].isupper()
        assert row["wikidata"].startswith("Q")


@pytest.mark.parametrize(("forms", "kb_id", "how", "country"), [
    (("امریکی",), "Q30", "demonym", "USA"),
    (("ایرانی",), "Q794", "demonym", "IRN"),
    (("بیلاروس",), "Q184", "name", "BLR"),
    (("اسلام", "آباد"), "Q1362", "name", "PAK"),
    (("رہبر", "انقلاب", "اسلامی"), "khabar:title/leader-of-the-islamic-revolution", "name", "IRN"),
    (("لوکاشنکوو",), "khabar:person/alexander-lukashenko", "name", "BLR"),
    # frequent in COUNTER and unlinked before (English names were romanized: Anglind, Kveta, Ai S P Ar)
    (("انگلینڈ",), "khabar:place/england", "name", "GBR"),
    (("کوئٹہ",), "khabar:place/quetta", "name", "PAK"),
    (("آئی", "ایس", "پی", "آر"), "khabar:org/ispr", "name", "PAK"),
    (("جنوبی", "افریقا"), "Q258", "name", "ZAF"),
    (("آئرش",), "Q27", "demonym", "IRL"),
])
def test_shipped_kb_lookup(forms: tuple[str, ...], kb_id: str, how: str, country: str) -> None:
    m = default_kb().lookup(forms)[0]
    assert (m.entry.id, m.how, m.entry.country) == (kb_id, how, country)


def test_seed_common_nouns_are_left_out() -> None:
    kb = default_kb()
    assert kb.lookup(("بلی",)) == []  # Q146 "cat": not an entity
    london = kb.get("Q84")
    assert london is not None
    assert london.english == "London"


def test_kb_tsv_round_trip(tmp_path: Path) -> None:
    kb = KnowledgeBase([KbEntry("Q184", "LOCATION", "BLR", "Belarus", "بیلاروس", ("بیلاروس",), ("بیلاروسی",),
                                "country", "test")])
    again = KnowledgeBase.from_tsv(kb.to_tsv())
    assert again.entries == kb.entries


def test_place_countries_add_a_country_and_keep_the_seed_type() -> None:
    """kb_place_countries.tsv gives seed places their country (ممبئی: IND) without typing them, so the
    recognizer's gazetteer features (an untyped item is ``KB``) do not change."""
    kb = default_kb()
    by_id = {e.id: e for e in kb}
    rows = reviewed_data()["kb_place_countries.tsv"]
    assert rows
    for row in rows:
        entry = by_id[row["id"]]
        assert (entry.country, entry.english) == (row["country"], row["english"]), row
        assert len(row["country"]) == 3
        assert row["country"].isupper()
    assert (by_id["Q1156"].type, by_id["Q1156"].country) == ("", "IND")
    assert [m.entry.country for m in kb.lookup(("ممبئی",))] == ["IND"]


def test_seed_links_restrict_untyped_items_for_the_linker_only() -> None:
    """kb_seed_links.tsv sets ``links`` of untyped seed items (none, or one label) and leaves their
    type empty, so the recognizer's gazetteer (which reads the type) does not change; a row for a
    typed entry, an unknown id or an unknown label is an error."""
    from khabar.errors import DataError
    from khabar.ml.kb import build_kb

    kb = default_kb()
    rows = reviewed_data()["kb_seed_links.tsv"]
    assert rows
    for row in rows:
        entry = kb.get(row["id"])
        assert entry is not None, row
        assert (entry.type, entry.links, entry.english) == ("", row["links"], row["english"]), row
    assert kb.get("Q234801").links == "none"  # type: ignore[union-attr]  # اللہ, Allah
    assert kb.get("Q15").links == "LOCATION"  # type: ignore[union-attr]  # افریقہ, Africa
    seed = "ID\ten\thi\thi_translit\tur_translit\tur\nQ2317827\tManer\t\t\t\tمنیر\n"
    ok = build_kb(seed, {"kb_seed_links.tsv": [{"id": "Q2317827", "english": "Maner", "links": "none",
                                                "source": "t"}]}, lambda s: s)
    assert ok.get("Q2317827").links == "none"  # type: ignore[union-attr]
    for bad in ({"id": "Q1", "english": "x", "links": "none", "source": "t"},
                {"id": "Q2317827", "english": "Maner", "links": "DATE", "source": "t"}):
        with pytest.raises(DataError, match=r"kb_seed_links\.tsv"):
            build_kb(seed, {"kb_seed_links.tsv": [bad]}, lambda s: s)
    typed = {"kb_places.tsv": [{"id": "Q2317827", "english": "Maner", "urdu": "منیر", "aliases": "",
                                "kind": "city", "country": "IND", "source": "t"}],
             "kb_seed_links.tsv": [{"id": "Q2317827", "english": "Maner", "links": "none", "source": "t"}]}
    with pytest.raises(DataError, match="no untyped entry"):
        build_kb(seed, typed, lambda s: s)


def test_a_country_comes_before_a_city_of_its_name() -> None:
    assert [m.entry.english for m in default_kb().lookup(("عمان",))] == ["Oman", "Amman"]


def test_a_national_body_of_a_country_has_its_own_id_names_and_country() -> None:
    """kb_national_bodies.tsv: وزارت خارجہ is the body of no country in the knowledge base; India's is
    the body's id with @IND, named with the demonym in Urdu and the country in English."""
    from khabar.doc.model import body_id
    from khabar.ml.kb import NATIONAL, national_body

    kb = default_kb()
    (m,) = kb.lookup(("وزارت", "خارجہ"))
    assert (m.entry.id, m.entry.type, m.entry.kind, m.entry.country) == (
        "khabar:org/ministry-of-foreign-affairs", "ORGANIZATION", NATIONAL, "")
    india = kb.lookup(("بھارت",))[0].entry
    body = national_body(m.entry, india)
    assert (body.id, body.country, body.english, body.canonical, body.names) == (
        "khabar:org/ministry-of-foreign-affairs@IND", "IND", "Ministry of Foreign Affairs (India)",
        "بھارتی وزارت خارجہ", ("بھارتی وزارت خارجہ",))
    assert body_id(body.id) == m.entry.id
    assert body_id("Q668") == "Q668"
    latvia = KbEntry("Q211", "LOCATION", "LVA", "Latvia", "لٹویا", ("لٹویا",), (), "country")
    assert national_body(m.entry, latvia).canonical == "لٹویا کی وزارت خارجہ"  # no demonym


def test_link_names_are_found_by_lookup_and_never_read_as_names() -> None:
    """kb_link_names.tsv: عوامی تحریک links a mention to Pakistan Awami Tehreek, but the recognizer's
    gazetteer and rules (which read KnowledgeBase.names) never see it: the phrase is also "a popular
    movement"."""
    kb = default_kb()
    key = ("عوامی", "تحریک")
    assert [(m.entry.id, m.how) for m in kb.lookup(key)] == [("khabar:org/pat", "link")]
    assert key not in {k for k, _ in kb.names()}
    assert ("پاکستان", "عوامی", "تحریک") in {k for k, _ in kb.names()}  # its name stays one
    pat = kb.get("khabar:org/pat")
    assert pat is not None
    assert pat.link_names == ("عوامی تحریک",)
    assert KnowledgeBase.from_tsv(kb.to_tsv()).get("khabar:org/pat") == pat


def test_a_link_name_must_name_a_typed_entry() -> None:
    from khabar.errors import DataError
    from khabar.ml.kb import build_kb

    rows = {"kb_link_names.tsv": [{"id": "Q1", "urdu": "کچھ", "source": "test"}]}
    with pytest.raises(DataError, match=r"kb_link_names\.tsv: Q1 is no typed entry"):
        build_kb("ID\ten\thi\thi_translit\tur_translit\tur\n", rows, lambda s: s)
