"""The corpus commands: ingest, search --json, stats --json, export, analyze --executor."""

from __future__ import annotations

import csv
import io
import json
import re
from functools import partial
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from khabar.cli.app import app

runner = CliRunner()


def _corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "1", "text": "كراچي ميں بارش ہوئی۔", "title": "بارش", "source": "Dawn",
         "published": "2024-01-05"},
        {"id": "2", "text": "لاہور میں اجلاس ہوا۔", "title": "اجلاس", "source": "Jang",
         "published": "2024-02-01"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--pipeline", "text", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["added"] == 2
    return db


def _news_corpus(tmp_path: Path, docs: list[dict[str, str]]) -> Path:
    """A corpus of ``docs`` (JSONL records) ingested with the news pipeline."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--pipeline", "news"]).exit_code == 0
    return db


def _quotes(db: Path, *args: str) -> list[tuple[str, str]]:
    """(speaker's English name, content) of the quotes `khabar quotes --json ARGS` lists."""
    res = runner.invoke(app, ["quotes", "--db", str(db), "--json", *args])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["total"] == len(out["quotes"])
    return [(q["speaker"]["english"], q["content"]) for q in out["quotes"]]


def test_ingest_search_stats_export(tmp_path: Path) -> None:
    db = _corpus(tmp_path)
    res = runner.invoke(app, ["search", "کراچی", "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["total"] == 1
    assert out["results"][0]["doc_id"] == "1"
    assert out["results"][0]["title"] == "بارش"
    assert out["results"][0]["highlighted"] == "«كراچي» ميں بارش ہوئی۔"
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert {k: stats[k] for k in ("documents", "duplicates", "entities", "quotes", "events")} == {
        "documents": 2, "duplicates": 0, "entities": 0, "quotes": 0, "events": 0}
    assert stats["sources"] == {"Dawn": 1, "Jang": 1}
    assert stats["date_range"] == {"first": "2024-01-05", "last": "2024-02-01"}
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["doc_id"] for r in rows] == ["1", "2"]
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    docs = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [d["corpus"]["doc_id"] for d in docs] == ["1", "2"]
    assert docs[0]["schema"] == "khabar.document/1"
    pq_out = tmp_path / "x.parquet"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "--out", str(pq_out)]
                         ).exit_code == 0
    import pyarrow.parquet as pq

    table = pq.read_table(pq_out)
    assert table.column("doc_id").to_pylist() == ["1", "2"]
    assert table.column("schema").to_pylist() == ["khabar.parquet/1"] * 2


def test_compact_says_what_it_did(tmp_path: Path) -> None:
    """A corpus written by this khabar is packed already: compact packs nothing and still VACUUMs."""
    db = _corpus(tmp_path)
    res = runner.invoke(app, ["compact", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert re.fullmatch(r"packed 0 documents; \d+\.\d MB -> \d+\.\d MB\n", res.stdout)
    done = json.loads(runner.invoke(app, ["compact", "--db", str(db), "--json"]).stdout)
    assert (done["packed"], done["left"]) == (0, 0)
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["bytes"] == done["bytes_after"] == db.stat().st_size  # the file's size, checkpointed
    missing = runner.invoke(app, ["compact", "--db", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 3


def test_errors_are_one_line_with_an_exit_code(tmp_path: Path) -> None:
    db = _corpus(tmp_path)
    res = runner.invoke(app, ["search", '"کراچی', "--db", str(db)])
    assert res.exit_code == 2
    assert "khabar: error: unbalanced quote" in res.output
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 3
    assert "no such corpus database" in res.output


def test_analyze_keeps_its_behaviour_and_gains_a_scale_out(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("لاہور میں بارش ہوئی۔", encoding="utf-8")
    plain = runner.invoke(app, ["analyze", str(src), "--format", "json", "--pipeline", "text"])
    assert plain.exit_code == 0
    assert json.loads(plain.stdout)["text"] == "لاہور میں بارش ہوئی۔"
    out = tmp_path / "o.parquet"
    res = runner.invoke(app, ["analyze", "--executor", "local", str(src), "--out", str(out), "--pipeline",
                              "text"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["records"] == 1
    assert (out / "part-00000.parquet").exists()
    res = runner.invoke(app, ["analyze", "--executor", "local", str(src)])
    assert res.exit_code == 2
    assert "--out" in res.output


def test_events_who_did_what_to_whom_and_when(tmp_path: Path) -> None:
    """Ingest with the full pipeline, then list the events: the meeting is dated گزشتہ ماہ (February,
    resolved against the article's ``published`` at ingest), the arrests have no date and fall on
    their article's day."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "m", "text": "وزیر اعظم شہباز شریف نے گزشتہ ماہ اسلام آباد میں چینی صدر شی جن پنگ سے "
                            "ملاقات کی۔", "title": "ملاقات", "published": "2024-03-20"},
        {"id": "a", "text": "پولیس نے لاہور میں دس ملزمان کو گرفتار کر لیا۔", "title": "گرفتاریاں",
         "published": "2024-03-04"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--pipeline", "news"]).exit_code == 0

    def events(*args: str) -> list[tuple[str, str | None, str | None]]:
        res = runner.invoke(app, ["events", "--db", str(db), "--json", *args])
        assert res.exit_code == 0, res.output
        out = json.loads(res.stdout)
        assert out["total"] == len(out["events"])
        return [(e["code"], e["date"], e["actor2"] and e["actor2"]["text"]) for e in out["events"]]

    meeting = ("040", "2024-02", "شی جن پنگ")
    arrests = ("173", None, "ملزمان")  # the arrested are no entity: their words
    assert events() == [meeting, arrests]
    assert events("--since", "2024-02-01", "--until", "2024-02-01") == [meeting]
    assert events("--since", "2024-03-01") == [arrests]  # the meeting was in February
    assert events("--until", "2024-03-03") == [meeting]
    assert events("--entity", "shehbaz sharif") == [meeting]
    # a code, its CAMEO root or its label in any case
    assert events("--code", "040") == events("--code", "04") == events("--code", "consult") == [meeting]
    assert events("--code", "4") == []
    assert events("--entity", "shahbaz shareef") == [meeting]  # Roman Urdu, folded as the search folds it
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["event_types"] == {"040 CONSULT": 1, "173 COERCE": 1}
    assert stats["actors"] == {"CHNGOV": 1, "COP": 1, "CVL": 1, "PAKGOV": 1}  # both sides of both events
    # by what an actor is in the event (CAMEO): a country, a role, or both of one actor
    assert events("--actor", "COP") == [arrests]  # پولیس
    assert events("--actor", "pak/gov") == [meeting]  # Shehbaz Sharif
    assert events("--actor", "CHN") == [meeting]  # Xi Jinping, actor 2
    assert events("--actor", "PAKCOP") == []  # the police's country is not known
    bad = runner.invoke(app, ["events", "--db", str(db), "--actor", "INDIA"])
    assert bad.exit_code == 2
    assert "not a CAMEO actor code: 'INDIA'" in bad.output
    assert events("--entity", "پولیس", "--code", "173") == [arrests]  # unlinked: its text
    assert events("--code", "CONSULT", "--since", "2024-03-01") == []
    listed = json.loads(runner.invoke(app, ["events", "--db", str(db), "--json", "-n", "1"]).stdout)
    first = listed["events"][0]
    assert first["actor1"] == {"key": "khabar:person/shehbaz-sharif", "text": "شہباز شریف", "label": "PERSON",
                               "english": "Shehbaz Sharif", "count": 0, "country": "PAK", "role": "GOV"}
    last = json.loads(runner.invoke(app, ["events", "--db", str(db), "--json", "--code", "173"]).stdout)
    # an actor that is no entity: its words, and its role in CAMEO's coding (actor_nouns.tsv)
    assert last["events"][0]["actor2"] == {"key": None, "text": "ملزمان", "label": "", "english": None,
                                           "count": 0, "country": None, "role": "CVL"}
    text = runner.invoke(app, ["events", "--db", str(db), "-n", "1"])
    assert text.exit_code == 0
    assert text.stdout.splitlines()[0] == "2 events match"
    assert "2024-02  040 CONSULT:" in text.stdout
    assert "(Shehbaz Sharif, PAK/GOV) -> " in text.stdout
    assert "(Xi Jinping, CHN/GOV) in " in text.stdout
    # the flat table an analysis starts from: one row per event, everything named
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--table", "events-resolved"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    keys = ("doc_id", "code", "actor1", "actor1_country", "actor1_role", "actor2", "actor2_kb_id",
            "location_english", "date", "first_day", "last_day")
    assert [tuple(r[k] for k in keys) for r in rows] == [
        ("m", "040", "شہباز شریف", "PAK", "GOV", "شی جن پنگ", "khabar:person/xi-jinping", "Islamabad",
         "2024-02", "2024-02-01", "2024-02-29"),
        ("a", "173", "پولیس", "", "COP", "ملزمان", "", "Lahore", "", "", "")]  # the police: CAMEO COP
    assert rows[1]["sentence"] == "پولیس نے لاہور میں دس ملزمان کو گرفتار کر لیا۔"
    bad = runner.invoke(app, ["events", "--db", str(db), "--since", "2024-3-1"])
    assert bad.exit_code == 2
    assert "'2024-3-1' is not a day written YYYY-MM-DD" in bad.output


def test_quotes_who_said_what_by_speaker_and_period(tmp_path: Path) -> None:
    db = _news_corpus(tmp_path, [
        {"id": "a", "text": "وزیر اعظم شہباز شریف نے کہا کہ حکومت عوام کی خدمت جاری رکھے گی۔",
         "title": "خدمت", "published": "2024-03-05"},
        {"id": "b", "text": "عمران خان نے کہا کہ انتخابات شفاف ہونے چاہئیں۔ "
                            "انہوں نے کہا کہ احتجاج جاری رہے گا۔",
         "title": "انتخابات", "published": "2024-04-10"},
    ])
    quotes = partial(_quotes, db)

    imran = [("Imran Khan", "انتخابات شفاف ہونے چاہئیں"), ("Imran Khan", "احتجاج جاری رہے گا")]
    shehbaz = [("Shehbaz Sharif", "حکومت عوام کی خدمت جاری رکھے گی")]
    assert quotes() == imran + shehbaz  # newest article first
    assert quotes("--speaker", "imran khan") == imran  # انہوں resolved to him
    assert quotes("--speaker", "شہباز شریف") == shehbaz
    assert quotes("--until", "2024-03-31") == shehbaz
    assert quotes("--since", "2024-04-10", "--speaker", "Shehbaz Sharif") == []
    text = runner.invoke(app, ["quotes", "--db", str(db), "-n", "1"])
    assert text.stdout.splitlines()[0] == "3 quotes match"
    assert "[2] 2024-04-10" in text.stdout
    assert "(Imran Khan, " in text.stdout


def test_quotes_about_an_entity_whoever_said_them(tmp_path: Path) -> None:
    """--about keeps the quotes whose words name the entity: what was said about him, by anyone."""
    db = _news_corpus(tmp_path, [
        {"id": "a", "text": "وزیر اعظم شہباز شریف نے کہا کہ عمران خان ملک میں انتشار پھیلا رہے ہیں۔",
         "published": "2024-03-05"},
        {"id": "b", "text": "عمران خان نے کہا کہ انتخابات شفاف ہونے چاہئیں۔", "published": "2024-04-10"},
    ])
    quotes = partial(_quotes, db)
    about_imran = [("Shehbaz Sharif", "عمران خان ملک میں انتشار پھیلا رہے ہیں")]
    assert quotes("--about", "imran khan") == about_imran  # not his own words
    assert quotes("--about", "imran khan", "--speaker", "Shehbaz Sharif") == about_imran
    assert quotes("--about", "Shehbaz Sharif") == []
    # the network of who spoke of whom (Imran Khan's own words name no one)
    res = runner.invoke(app, ["network", "--db", str(db), "--quotes", "--json"])
    assert res.exit_code == 0, res.output
    spoke = [(p["actor1"]["english"], p["actor2"]["english"], p["events"], p["codes"])
             for p in json.loads(res.stdout)["pairs"]]
    assert spoke == [("Shehbaz Sharif", "Imran Khan", 1, [["QUOTE", "indirect", 1]])]
    assert runner.invoke(app, ["network", "--db", str(db), "--quotes", "--named"]).exit_code == 2


def test_the_statements_a_body_issued_list_as_its_quotes(tmp_path: Path) -> None:
    """A passive quote of a ministry's statement has no speaker; the listing names its issuer, the
    ministry's quotes include it, and it speaks of whom its words name in the quote network."""
    db = _news_corpus(tmp_path, [
        {"id": "a", "text": "نئی دہلی (اے پی پی) بھارتی وزارت خارجہ کے بیان میں کہا گیا ہے کہ پاکستان کے "
                            "ساتھ مذاکرات منسوخ کر دیے گئے ہیں۔", "published": "2014-08-19"},
    ])
    res = runner.invoke(app, ["quotes", "--db", str(db), "--json", "--speaker",
                              "Ministry of Foreign Affairs (India)"])
    assert res.exit_code == 0, res.output
    (q,) = json.loads(res.stdout)["quotes"]
    assert (q["speaker"], q["issuer"]["key"], q["issuer"]["english"], q["content"]) == (
        None, "khabar:org/ministry-of-foreign-affairs@IND", "Ministry of Foreign Affairs (India)",
        "پاکستان کے ساتھ مذاکرات منسوخ کر دیے گئے ہیں")
    text = runner.invoke(app, ["quotes", "--db", str(db)])
    assert ("statement of \u2068بھارتی وزارت خارجہ\u2069 (Ministry of Foreign Affairs (India), IND/GOV): "
            "«\u2068پاکستان کے ساتھ مذاکرات منسوخ کر دیے گئے ہیں\u2069»") in text.stdout
    res = runner.invoke(app, ["network", "--db", str(db), "--quotes", "--json"])
    spoke = [(p["actor1"]["english"], p["actor2"]["english"]) for p in json.loads(res.stdout)["pairs"]]
    assert spoke == [("Ministry of Foreign Affairs (India)", "Pakistan")]


def test_entities_the_most_named_and_one_entitys_profile(tmp_path: Path) -> None:
    """`khabar entities` lists the entities by how many documents name them (of a label, in a
    period), and, given a name (kb id, English or Urdu, or Roman Urdu folded), one entity's profile:
    its mentions per month, who is named with it, its quotes and events."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "text": "وزیر اعظم شہباز شریف نے لاہور میں کہا کہ ملک ترقی کرے گا۔",
         "published": "2024-03-04"},
        {"id": "b", "text": "شہباز شریف نے اسلام آباد میں چینی صدر شی جن پنگ سے ملاقات کی۔",
         "published": "2024-04-10"},
        {"id": "c", "text": "لاہور میں بارش ہوئی۔", "published": "2024-04-11"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--pipeline", "news"]).exit_code == 0

    def top(*args: str) -> list[tuple[str, int]]:
        res = runner.invoke(app, ["entities", "--db", str(db), "--json", *args])
        assert res.exit_code == 0, res.output
        return [(e["english"], e["count"]) for e in json.loads(res.stdout)["entities"]]

    assert top("--label", "person") == [("Shehbaz Sharif", 2), ("Xi Jinping", 1)]
    # چینی (Chinese) names China; ties in key order (Q11739 Lahore, Q1362 Islamabad, Q148 China)
    assert top("--label", "LOCATION") == [("Lahore", 2), ("Islamabad", 1), ("China", 1)]
    assert top("--label", "LOCATION", "--since", "2024-04-01") == [("Lahore", 1), ("Islamabad", 1),
                                                                    ("China", 1)]
    profile = runner.invoke(app, ["entities", "shahbaz shareef", "--db", str(db)])  # Roman Urdu, folded
    assert profile.exit_code == 0, profile.output
    lines = profile.stdout.splitlines()
    assert lines[1] == "2 mentions in 2 documents"
    assert lines[2] == "mentions per month: 2024-03 1, 2024-04 1"
    assert "Xi Jinping" in lines[3]
    acted = lines.index("acted on / acted on by:")  # the meeting with Xi Jinping, as khabar network has it
    assert "Shehbaz Sharif" in lines[acted + 1]
    assert "Xi Jinping" in lines[acted + 1].split(" -> ")[1]
    assert "Islamabad" in lines[3]
    assert any("040 CONSULT" in line for line in lines)  # his meeting
    data = json.loads(runner.invoke(app, ["entities", "Shehbaz Sharif", "--db", str(db), "--json"]).stdout)
    assert (data["key"], data["n_documents"]) == ("khabar:person/shehbaz-sharif", 2)
    missing = runner.invoke(app, ["entities", "Imran Khan", "--db", str(db)])
    assert missing.exit_code == 3
    assert "no entity of the corpus is named 'Imran Khan'" in missing.output
    assert runner.invoke(app, ["entities", "--db", str(db), "--label", "people"]).exit_code == 2


def test_network_who_did_what_to_whom_over_the_corpus(tmp_path: Path) -> None:
    """`khabar network` counts the events of each pair of actors: a person is one actor whether a
    title gave the report his role or not; a place acts with its role (بھارت as IND/MIL, its army); an
    actor that is no entity by its words (مظاہرین). The filters are the events listing's, --named keeps
    entities only, and --graphml writes the whole network for Gephi or networkx."""
    import networkx as nx

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "m1", "text": "وزیر اعظم شہباز شریف نے اسلام آباد میں چینی صدر شی جن پنگ سے ملاقات کی۔",
         "published": "2024-03-20"},
        {"id": "m2", "text": "شہباز شریف نے بیجنگ میں شی جن پنگ سے ملاقات کی۔", "published": "2024-04-10"},
        {"id": "a", "text": "پولیس نے لاہور میں دس ملزمان کو گرفتار کر لیا۔", "published": "2024-03-04"},
        {"id": "f", "text": "بھارتی فوج نے سرینگر میں مظاہرین پر فائرنگ کی۔", "published": "2024-05-02"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--pipeline", "news"]).exit_code == 0

    def pairs(*args: str) -> list[tuple[str, str, int, int, list[list[Any]], str | None, str | None]]:
        res = runner.invoke(app, ["network", "--db", str(db), "--json", *args])
        assert res.exit_code == 0, res.output
        out = json.loads(res.stdout)
        assert out["total"] == len(out["pairs"])
        return [(f"{p['actor1']['text']} {p['actor1']['country']}/{p['actor1']['role']}",
                 f"{p['actor2']['text']} {p['actor2']['country']}/{p['actor2']['role']}", p["events"],
                 p["documents"], p["codes"], p["first_day"], p["last_day"]) for p in out["pairs"]]

    meetings = ("شہباز شریف PAK/GOV", "شی جن پنگ CHN/GOV", 2, 2, [["040", "CONSULT", 2]], "2024-03-20",
                "2024-04-10")
    firing = ("بھارت IND/MIL", "مظاہرین None/OPP", 1, 1, [["190", "ASSAULT", 1]], "2024-05-02", "2024-05-02")
    arrests = ("پولیس None/COP", "ملزمان None/CVL", 1, 1, [["173", "COERCE", 1]], "2024-03-04", "2024-03-04")
    assert pairs() == [meetings, firing, arrests]
    assert pairs("--named") == [meetings]
    assert pairs("--code", "04") == pairs("--code", "consult") == [meetings]  # a CAMEO root; a label
    assert pairs("--entity", "shahbaz shareef") == [meetings]
    assert pairs("--actor", "MIL") == [firing]
    # in April only the meeting whose report gave no title: no role
    assert pairs("--since", "2024-04-01", "--named") == [
        ("شہباز شریف PAK/None", "شی جن پنگ CHN/None", 1, 1, [["040", "CONSULT", 1]], "2024-04-10",
         "2024-04-10")]
    # the events behind a pair: its actor 1 and actor 2, entities or words
    def behind(*args: str) -> list[tuple[str, str]]:
        res = runner.invoke(app, ["events", "--db", str(db), "--json", *args])
        assert res.exit_code == 0, res.output
        return [(e["code"], e["published"][:10]) for e in json.loads(res.stdout)["events"]]

    assert behind("--who", "Shehbaz Sharif", "--whom", "شی جن پنگ") == [("040", "2024-04-10"),
                                                                       ("040", "2024-03-20")]
    assert behind("--who", "شی جن پنگ", "--whom", "Shehbaz Sharif") == []  # the other way round
    assert behind("--who", "پولیس", "--whom", "ملزمان") == [("173", "2024-03-04")]  # words, no entity
    assert behind("--whom", "مظاہرین") == [("190", "2024-05-02")]
    text = runner.invoke(app, ["network", "--db", str(db), "--named"])
    assert text.stdout.splitlines()[0] == "1 pairs match"
    assert "Shehbaz Sharif, PAK/GOV" in text.stdout
    assert "(040 CONSULT 2; 2024-03-20..2024-04-10)" in text.stdout
    graph = tmp_path / "net.graphml"
    res = runner.invoke(app, ["network", "--db", str(db), "--graphml", str(graph)])
    assert res.exit_code == 0, res.output
    g = nx.read_graphml(graph)
    assert (g.number_of_nodes(), g.number_of_edges()) == (6, 3)
    def name(n: str) -> str:
        return str(g.nodes[n].get("english", g.nodes[n]["name"]))

    edges = {(name(a), name(b), d["events"], d["code"]) for a, b, d in g.edges(data=True)}
    assert edges == {("Shehbaz Sharif", "Xi Jinping", 2, "040 CONSULT"),
                     ("India", "مظاہرین", 1, "190 ASSAULT"),
                     ("Police", "ملزمان", 1, "173 COERCE")}  # the arrested are no entity: their words
    india = next(n for n in g.nodes.values() if n.get("english") == "India")
    assert (india["key"], india["label"], india["country"], india["role"]) == (
        "Q668", "LOCATION", "IND", "MIL")
    nowhere = tmp_path / "no" / "net.graphml"
    bad = runner.invoke(app, ["network", "--db", str(db), "--graphml", str(nowhere)])
    assert bad.exit_code == 3
    assert "cannot write the graph" in bad.output


def test_events_say_whose_account_they_are_and_filter_by_voice(tmp_path: Path) -> None:
    """An event told inside a sourced claim or a quote ends its line with whose account it is, as
    `khabar analyze` says it (according to X, said by X); --voice keeps the report's own events or the
    reported ones, in `khabar events` and `khabar network`; another voice is a usage error."""
    db = _news_corpus(tmp_path, [
        {"id": "a", "text": "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔ فوج نے دشمن پر حملہ کیا۔ وزیر "
                            "داخلہ نے کہا کہ بھارت نے سرحد پر فائرنگ کی۔", "title": "فائرنگ",
         "published": "2024-03-05"},
    ])
    fsi, pdi = "\u2068", "\u2069"
    police = (f"[1] 2024-03-05  180 ASSAULT: {fsi}حملہ آوروں{pdi} (REB) -> - (according to {fsi}پولیس{pdi} "
              f"(Police))  ({fsi}فائرنگ کی{pdi}; {fsi}فائرنگ{pdi})")
    minister = (f"[1] 2024-03-05  190 ASSAULT: {fsi}بھارت{pdi} (India, IND) -> {fsi}سرحد{pdi} (said by "
                f"{fsi}وزیر داخلہ{pdi} (Interior Minister, GOV))  ({fsi}فائرنگ کی{pdi}; {fsi}فائرنگ{pdi})")
    res = runner.invoke(app, ["events", "--db", str(db), "--voice", "reported"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == ["2 events match", police, minister]
    res = runner.invoke(app, ["events", "--db", str(db), "--voice", "own", "--json"])
    assert res.exit_code == 0, res.output
    assert [(e["trigger"], e["account"], e["account_kind"]) for e in json.loads(res.stdout)["events"]] == [
        ("حملہ کیا", None, None), ("کہا", None, None)]  # the minister's statement is the report's news
    res = runner.invoke(app, ["events", "--db", str(db), "--voice", "reported", "--json", "-n", "1"])
    (claim,) = json.loads(res.stdout)["events"]
    assert (claim["account"], claim["account_kind"]) == (
        {"key": "پولیس", "text": "پولیس", "label": "ORGANIZATION", "english": "Police", "count": 0,
         "country": None, "role": None}, "sourced")
    # one source's account: what the interior minister says happened
    res = runner.invoke(app, ["events", "--db", str(db), "--told-by", "وزیر داخلہ"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == ["1 events match", minister]
    bad = runner.invoke(app, ["events", "--db", str(db), "--voice", "quoted"])
    assert bad.exit_code == 2
    assert "'quoted' is not one of 'own', 'reported'" in bad.output
    # who did what to whom by the report's own account, and by its sources'
    for voice, pair in (("own", ["فوج", "دشمن"]), ("reported", ["بھارت", "سرحد"])):
        res = runner.invoke(app, ["network", "--db", str(db), "--voice", voice, "--json"])
        assert res.exit_code == 0, res.output
        assert [[p["actor1"]["text"], p["actor2"]["text"]] for p in json.loads(res.stdout)["pairs"]] == [pair]
    bad = runner.invoke(app, ["network", "--db", str(db), "--quotes", "--voice", "own"])
    assert bad.exit_code == 2
    assert "--voice are for events" in bad.output
