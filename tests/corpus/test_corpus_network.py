"""The network of who acted on whom (khabar.corpus.listing.actor_pairs) over a corpus of hand-annotated
Document JSON: which actors are one, which are two, and the exports of the network."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from khabar.corpus.export import export_csv, write_graphml
from khabar.corpus.ingest import Ingester
from khabar.corpus.listing import actor_pairs
from khabar.corpus.records import Article
from khabar.corpus.store import Store
from khabar.doc.jsonio import dumps
from khabar.doc.model import Entity, Event, Span
from khabar.pipeline import Pipeline

ARRESTS = "پولیس نے لاہور میں دس ملزمان کو گرفتار کر لیا۔"
MORE_ARRESTS = "پولیس نے کراچی میں چار ملزمان کو گرفتار کر لیا۔"
FIRING = "بھارتی فوج نے سرینگر میں مظاہرین پر فائرنگ کی۔"
PROTEST = "بھارت نے پاکستان سے سخت احتجاج کیا۔"


def _doc(nlp: Pipeline, text: str, *, entities: list[tuple[str, str, str | None, str | None]],
         event: tuple[str, str, str], actor1: int | str, actor2: int | str,
         codes: tuple[str | None, str | None, str | None, str | None]) -> str:
    """The Document JSON of ``text`` with ``entities`` (words, label, kb id, English) and one event
    (trigger words, code, label) whose actors are entity indices or words."""
    doc = nlp(text)

    def span(words: str) -> Span:
        start = doc.text.index(words)
        return doc.char_span(start, start + len(words))

    for words, label, kb_id, english in entities:
        doc.entities.append(Entity(span(words), label, kb_id=kb_id, canonical=words, english=english))
    trigger, code, label = event
    doc.events.append(Event(span(trigger), code, label, 0,
                            actor1=actor1 if isinstance(actor1, int) else None,
                            actor2=actor2 if isinstance(actor2, int) else None,
                            actor1_span=span(actor1) if isinstance(actor1, str) else None,
                            actor2_span=span(actor2) if isinstance(actor2, str) else None,
                            actor1_country=codes[0], actor1_role=codes[1], actor2_country=codes[2],
                            actor2_role=codes[3]))
    return dumps(doc)


@pytest.fixture
def network_store(tmp_path: Path, nlp: Pipeline) -> Store:
    docs = [
        # پولیس an unlinked organisation in one report, words in the next: one actor
        _doc(nlp, ARRESTS, entities=[("پولیس", "ORGANIZATION", None, "Police")],
             event=("گرفتار کر", "173", "COERCE"), actor1=0, actor2="ملزمان",
             codes=(None, "COP", None, "CVL")),
        _doc(nlp, MORE_ARRESTS, entities=[], event=("گرفتار کر", "173", "COERCE"), actor1="پولیس",
             actor2="ملزمان", codes=(None, "COP", None, "CVL")),
        # India as its army and as the state: two actors
        _doc(nlp, FIRING, entities=[("بھارتی", "LOCATION", "Q668", "India")],
             event=("فائرنگ کی", "190", "ASSAULT"), actor1=0, actor2="مظاہرین",
             codes=("IND", "MIL", None, "OPP")),
        _doc(nlp, PROTEST,
             entities=[("بھارت", "LOCATION", "Q668", "India"), ("پاکستان", "LOCATION", "Q843", "Pakistan")],
             event=("احتجاج کیا", "140", "PROTEST"), actor1=0, actor2=1, codes=("IND", None, "PAK", None)),
    ]
    store = Store(tmp_path / "c.sqlite")
    ing = Ingester(store, nlp)
    for k, data in enumerate(docs):
        outcome, *_ = ing.add(Article(json.loads(data)["raw_text"], doc_id=str(k), origin=str(k),
                                      document_json=data))
        assert outcome in ("added", "near-duplicate")  # (the second report of the arrests is one, stored)
    return store


def test_one_actor_per_entity_or_words_and_a_place_per_role(network_store: Store) -> None:
    with network_store as store:
        total, pairs = actor_pairs(store.conn)
    got = [(p.actor1.text, p.actor1.label, p.actor1.role, p.actor2.text, p.events) for p in pairs]
    assert total == 3
    assert got == [("پولیس", "ORGANIZATION", "COP", "ملزمان", 2),
                   ("بھارت", "LOCATION", None, "پاکستان", 1),
                   ("بھارتی", "LOCATION", "MIL", "مظاہرین", 1)]


def test_the_network_exports_as_csv_and_graphml(network_store: Store) -> None:
    import networkx as nx

    with network_store as store:
        out = io.StringIO()
        assert export_csv(store, out, table="network") == 3
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert [(r["actor1"], r["actor1_key"], r["actor2"], r["events"], r["codes"]) for r in rows] == [
            ("پولیس", "پولیس", "ملزمان", "2", "173 COERCE 2"),
            ("بھارت", "Q668", "پاکستان", "1", "140 PROTEST 1"),
            ("بھارتی", "Q668", "مظاہرین", "1", "190 ASSAULT 1")]
        _, pairs = actor_pairs(store.conn)
    graph = io.BytesIO()
    assert write_graphml(pairs, graph) == (6, 3)  # India twice: the state and its army
    g = nx.read_graphml(io.BytesIO(graph.getvalue()))
    india = sorted((d.get("role", ""), d["name"]) for d in g.nodes.values() if d.get("key") == "Q668")
    assert india == [("", "بھارت"), ("MIL", "بھارتی")]


def test_undirected_pairs_count_either_actor_on_the_other(tmp_path: Path, nlp: Pipeline) -> None:
    """--undirected: A met B and B met A are one pair (the actors in key order), and the GraphML graph
    is undirected."""
    import networkx as nx

    met = "شہباز شریف نے شی جن پنگ سے ملاقات کی۔"
    again = "شی جن پنگ نے شہباز شریف سے ملاقات کی۔"
    people = [("شہباز شریف", "PERSON", "khabar:person/shehbaz-sharif", "Shehbaz Sharif"),
              ("شی جن پنگ", "PERSON", "khabar:person/xi-jinping", "Xi Jinping")]
    docs = [_doc(nlp, met, entities=people, event=("ملاقات کی", "040", "CONSULT"), actor1=0, actor2=1,
                 codes=("PAK", "GOV", "CHN", "GOV")),
            _doc(nlp, again, entities=people, event=("ملاقات کی", "040", "CONSULT"), actor1=1, actor2=0,
                 codes=("CHN", "GOV", "PAK", "GOV"))]
    with Store(tmp_path / "c.sqlite") as store:
        ing = Ingester(store, nlp)
        for k, data in enumerate(docs):
            ing.add(Article(json.loads(data)["raw_text"], doc_id=str(k), origin=str(k), document_json=data))
        directed = [(p.actor1.english, p.actor2.english, p.events, p.directed)
                    for p in actor_pairs(store.conn)[1]]
        assert directed == [("Shehbaz Sharif", "Xi Jinping", 1, True),
                            ("Xi Jinping", "Shehbaz Sharif", 1, True)]
        total, pairs = actor_pairs(store.conn, undirected=True)
    assert total == 1
    assert [(p.actor1.english, p.actor2.english, p.events, p.documents, p.directed) for p in pairs] == [
        ("Shehbaz Sharif", "Xi Jinping", 2, 2, False)]
    graph = io.BytesIO()
    write_graphml(pairs, graph)
    g = nx.read_graphml(io.BytesIO(graph.getvalue()))
    assert not g.is_directed()
    assert g.number_of_edges() == 1
