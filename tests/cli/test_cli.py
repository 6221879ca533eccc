"""The khabar command: Typer's CliRunner for each command and bad input, one real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer
from typer.testing import CliRunner

from khabar import __version__
from khabar.cli.app import app, parse_size
from khabar.errors import EXIT_CODES

runner = CliRunner()
DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
FSI, PDI = "\u2068", "\u2069"

URDU = "وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔ انھوں نے مزید کہا کہ ١٢ افراد آئے۔"
PERSIAN = "رئیس جمهور ایران روز دوشنبه در نشست خبری گفت که دولت برای کاهش تورم برنامه‌ای تازه دارد."
ARABIC = "قال الرئيس في مؤتمر صحفي إن الحكومة ستعمل على خفض الأسعار خلال السنة القادمة."
ROMAN = "Pakistan ki team ne kal ka match bohat achha khela aur jeet gayi."
ENGLISH = "The prime minister said that the government will announce a new policy next week."


def run(args: list[str], stdin: bytes | str | None = None) -> SimpleNamespace:
    r = runner.invoke(app, args, input=stdin)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return SimpleNamespace(code=r.exit_code, out=r.stdout, err=r.stderr)


# --- analyze ------------------------------------------------------------------------------------------
def test_analyze_text_report_is_rtl_safe_and_plain() -> None:
    r = run(["analyze"], URDU)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == "== stdin | utf-8 | 80 characters | pipeline default =="
    assert lines[1] == "language: ur (Urdu, confidence 0.82)"
    assert "normalization: 1 change" in lines
    assert '  raw [67, 69) -> [67, 69): "١٢" U+0661 U+0662 -> "12" U+0031 U+0032' in lines
    assert "sentences: 2, tokens: 20" in lines
    assert f"    1 [0, 45) {FSI}وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔{PDI}" in lines
    assert f"      tokens: {FSI}انھوں · نے · مزید · کہا · کہ · 12 · افراد · آئے · ۔{PDI}" in lines
    assert "\x1b[" not in r.out  # no ANSI codes when not a terminal
    assert r.err == ""


def test_analyze_names_a_speaker_by_its_words_when_no_entity_is_linked() -> None:
    """A speaker the recognizer found no entity for is shown by its words, as an event actor is, and
    the pronoun that continues it by them too; a pronoun no one was found for stays ``?``."""
    r = run(["analyze"], "ایک سیکورٹی فرم نے الزام عائد کیا ہے کہ ہیکرز نے ڈیٹا چوری کیا ہے۔ "
                         "انہوں نے کہا کہ تحقیقات جاری ہیں۔")
    assert r.code == 0, r.err
    quotes = [line for line in r.out.splitlines() if line.startswith("  indirect")]
    assert quotes == [
        f"  indirect {FSI}سیکورٹی فرم{PDI} [{FSI}الزام عائد کیا ہے{PDI}] {FSI}ہیکرز نے ڈیٹا چوری کیا ہے{PDI}",
        f"  indirect {FSI}سیکورٹی فرم{PDI} [{FSI}کہا{PDI}] {FSI}تحقیقات جاری ہیں{PDI}",
    ]
    r = run(["analyze"], "انہوں نے کہا کہ حالات بہتر ہیں۔")
    assert f"  indirect ? [{FSI}کہا{PDI}] {FSI}حالات بہتر ہیں{PDI}" in r.out.splitlines()


def test_analyze_names_the_issuer_of_a_passive_statement() -> None:
    r = run(["analyze", "--pipeline", "news"],
            "چین کی وزارت خارجہ کی جانب سے جاری ہونے والے بیان میں کہا گیا ہے کہ کشمیر کا مسئلہ پرانا ہے۔")
    assert r.code == 0, r.err
    assert (f"  indirect ? (statement of {FSI}چینی وزارت خارجہ{PDI}) [{FSI}کہا گیا ہے{PDI}] "
            f"{FSI}کشمیر کا مسئلہ پرانا ہے{PDI}") in r.out.splitlines()


def test_analyze_names_the_source_of_a_sourced_claim() -> None:
    r = run(["analyze", "--pipeline", "news"], "پولیس کے مطابق حملہ آوروں نے بازار میں فائرنگ کی۔")
    assert r.code == 0, r.err
    assert (f"  sourced  according to {FSI}پولیس{PDI} [{FSI}کے مطابق{PDI}] "
            f"{FSI}حملہ آوروں نے بازار میں فائرنگ کی{PDI}") in r.out.splitlines()
    # the shooting the claim tells is the police's account, not the paper's
    assert (f"  180 ASSAULT    {FSI}حملہ آوروں{PDI} (REB) -> ? (according to {FSI}پولیس{PDI}) "
            f"[{FSI}فائرنگ کی{PDI}] s1 0.90 rule:event.190") in r.out.splitlines()


def test_analyze_names_whose_words_tell_an_event() -> None:
    r = run(["analyze", "--pipeline", "news"],
            "وزیر داخلہ نے کہا کہ بھارت نے سرحد پر فائرنگ کی۔ فوج نے دشمن پر حملہ کیا۔")
    assert r.code == 0, r.err
    events = [line for line in r.out.splitlines() if line.startswith("  19")]
    assert events == [
        f"  190 ASSAULT    {FSI}بھارت{PDI} (IND) -> {FSI}سرحد{PDI} (said by {FSI}وزیر داخلہ{PDI}) "
        f"[{FSI}فائرنگ کی{PDI}] s1 0.90 rule:event.190",
        f"  190 ASSAULT    {FSI}فوج{PDI} (MIL) -> {FSI}دشمن{PDI} [{FSI}حملہ کیا{PDI}] s2 0.90 rule:event.190",
    ]


def test_analyze_json_lines_one_object_per_document(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(URDU, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_bytes(b"\xff\xfe" + "خبر یہ ہے کہ وہ آئے۔".encode("utf-16-le"))
    r = run(["analyze", str(tmp_path), "--format", "json"])
    assert r.code == 0, r.err
    docs = [json.loads(line) for line in r.out.splitlines()]
    assert [d["id"] for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    assert docs[1]["meta"] == {"source": str(tmp_path / "sub" / "b.txt"), "encoding": "utf-16-le",
                               "language": "ur", "language_confidence": 0.71}
    assert docs[0]["schema"] == "khabar.document/1"
    assert FSI not in r.out


def test_analyze_published_resolves_relative_dates_and_a_bad_date_is_refused() -> None:
    text = "گزشتہ روز وزیر اعظم نے کہا کہ آج اجلاس ہوگا۔"
    (doc,) = [json.loads(line) for line in run(["analyze", "-f", "json"], text).out.splitlines()]
    assert [d["value"] for d in doc["dates"]] == [None, None]  # no date given: left unresolved
    r = run(["analyze", "-f", "json", "--published", "2014-10-15"], text)
    assert r.code == 0, r.err
    (doc,) = [json.loads(line) for line in r.out.splitlines()]
    assert doc["meta"]["published"] == "2014-10-15"
    assert [(d["value"], text[d["span"][0]:d["span"][1]]) for d in doc["dates"]] == [
        ("2014-10-14", "گزشتہ روز"), ("2014-10-15", "آج")]
    bad = run(["analyze", "--published", "2014-13-45"], text)
    said = " ".join(bad.err.replace("│", " ").split())  # Rich's error box wraps the message
    assert bad.code == 2
    assert "the publication date '2014-13-45' is not a date" in said
    assert run(["analyze", "--published", "2014-10-15", "--executor", "local"], text).code == 2


def test_analyze_conllu_raw_forms_keep_the_users_characters() -> None:
    raw = "وہ ميں آئے۔"  # ي U+064A, which the normalizer writes as ی
    plain = run(["analyze", "-f", "conllu"], raw)
    kept = run(["analyze", "-f", "conllu", "--raw-forms"], raw)
    assert plain.code == kept.code == 0
    assert "2\tمیں\t" in plain.out
    assert "# text = وہ میں آئے۔" in plain.out
    assert "2\tميں\t" in kept.out
    assert "# text = وہ ميں آئے۔" in kept.out


def test_raw_forms_needs_conllu_and_unknown_pipeline_is_a_usage_error() -> None:
    r = run(["analyze", "--raw-forms"], URDU)
    assert r.code == 2
    assert "--raw-forms only applies to --format conllu" in r.err
    r = run(["analyze", "--pipeline", "nope"], URDU)
    assert r.code == 2
    assert r.err.startswith("khabar: error: no pipeline 'nope'; known: default, ")


# --- bad input: one test each, with its message and exit code ------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "khabar: error: <stdin>: the input is empty (0 bytes)"),
        (b"  \n\t\n", "khabar: error: <stdin>: the input holds only whitespace"),
        (b"\x7fELF\x02\x01\x01\x00\x00", "khabar: error: <stdin>: looks like binary data, not text "
                                         "(a NUL byte at offset 7)"),
        ("خبر ".encode() + b"\xff" + " ہے".encode(),
         f"khabar: error: <stdin>: not valid UTF-8 at byte 7 (line 1, column 5) after '{FSI}خبر{PDI}': "
         "bytes 0xFF"),
    ],
)
def test_bad_input_is_one_clear_line_with_exit_code_3(data: bytes, message: str) -> None:
    r = run(["analyze"], data)
    assert r.code == 3
    assert r.err.startswith(message), r.err
    assert len(r.err.splitlines()) == 1
    assert "Traceback" not in r.err
    assert r.out == ""


def test_utf16_with_bom_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("خبر یہ ہے کہ وہ آئے۔".encode("utf-16"))  # BOM + native order
    r = run(["normalize", str(f)])
    assert (r.code, r.out, r.err) == (0, "خبر یہ ہے کہ وہ آئے۔\n", "")


COUNTER_XML = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<COUNTER_document domain="national" filename="0001.xml" newsdate="05.03.24" newspaper="APP">
<headline>وزیر اعظم کا دورہ لاہور</headline>
<body>اسلام آباد (اے پی پی) وزیر اعظم شہباز شریف نے گزشتہ روز لاہور کا دورہ کیا۔</body>
</COUNTER_document>
"""
PAGE = ("<html><head><title>دورہ</title></head><body><nav>سرورق · کھیل · کاروبار</nav><article>"
        "<p>وزیر اعظم شہباز شریف نے گزشتہ روز لاہور کا دورہ کیا اور کہا کہ حکومت عوام کی خدمت جاری رکھے "
        "گی۔</p></article></body></html>")


def test_analyze_reads_the_articles_of_pages_counter_documents_and_jsonl(tmp_path: Path) -> None:
    """Markup is read as khabar ingest reads it: the article's text, with its title and date (COUNTER's
    newsdate 05.03.24 resolves گزشتہ روز to 2024-03-04), and an input.read notice that says so."""
    (tmp_path / "0001.xml").write_text(COUNTER_XML, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(
        '{"id": "a", "text": "لاہور میں بارش ہوئی۔", "published": "2024-01-02"}\n'
        '{"id": "b", "text": "کراچی میں جلسہ ہوا۔"}\n', encoding="utf-8")
    r = run(["analyze", "-f", "json", str(tmp_path / "0001.xml"), str(tmp_path / "page.html"),
             str(tmp_path / "two.jsonl")])
    assert r.code == 0, r.err
    assert r.err == ""  # reading an article is what was asked: recorded, not warned about
    docs = [json.loads(line) for line in r.out.splitlines()]
    assert [d["id"] for d in docs] == ["counter:0001.xml", str(tmp_path / "page.html"), "a", "b"]
    counter = docs[0]
    assert counter["raw_text"] == "اسلام آباد (اے پی پی) وزیر اعظم شہباز شریف نے گزشتہ روز لاہور کا دورہ کیا۔"
    assert (counter["meta"]["title"], counter["meta"]["published"], counter["meta"]["source"]) == (
        "وزیر اعظم کا دورہ لاہور", "2024-03-05", "APP")
    assert [(d["value"]) for d in counter["dates"]] == ["2024-03-04"]
    assert [n["code"] for n in counter["notices"]] == ["input.read"]
    assert "read as a .xml file, as khabar ingest reads it" in counter["notices"][0]["message"]
    page = docs[1]
    assert "<" not in page["raw_text"]  # the page's text, not its markup
    assert "وزیر اعظم شہباز شریف نے گزشتہ روز لاہور کا دورہ کیا" in page["raw_text"]
    assert [d["meta"].get("published") for d in docs[2:]] == ["2024-01-02", None]
    report = run(["analyze", str(tmp_path / "0001.xml")])
    assert report.out.splitlines()[1] == (
        "title: \u2068وزیر اعظم کا دورہ لاہور\u2069 | published: 2024-03-05 | source: APP")


def test_analyze_as_text_and_files_it_cannot_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "0001.xml").write_text(COUNTER_XML, encoding="utf-8")
    plain = run(["analyze", "-f", "json", "--as-text", str(tmp_path / "0001.xml")])
    assert plain.code == 0
    assert json.loads(plain.out)["raw_text"] == COUNTER_XML  # markup included, as asked
    assert "[input.xml]" in plain.err
    (tmp_path / "other.xml").write_text("<?xml version='1.0'?><sitemap><url>x</url></sitemap>",
                                        encoding="utf-8")
    (tmp_path / "nav.html").write_text("<html><body><nav>سرورق</nav></body></html>", encoding="utf-8")
    bad = run(["analyze", "-f", "json", str(tmp_path / "other.xml"), str(tmp_path / "nav.html"),
               str(tmp_path / "0001.xml")])
    assert bad.code == 3
    assert len(bad.out.splitlines()) == 1  # the readable one is still analyzed
    errors = bad.err.splitlines()
    assert errors[0].startswith(f"khabar: error: {tmp_path / 'other.xml'}: not a COUNTER document nor an "
                                "RSS/Atom feed (its root element is <sitemap>)")
    assert errors[0].endswith("(--as-text analyzes the file as plain text)")
    assert "no main text found in the HTML" in errors[1]


def test_analyze_reads_a_feed_offline(tmp_path: Path) -> None:
    """A feed's items are analyzed from their own content; an item that only links to its article
    is an error saying its page was not fetched (analyze never goes online)."""
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>خبریں</title>'
        "<item><title>دورہ</title><pubDate>Tue, 05 Mar 2024 10:00:00 +0500</pubDate><description>"
        "وزیر اعظم شہباز شریف نے گزشتہ روز لاہور کا دورہ کیا اور ترقیاتی منصوبوں کا جائزہ لیا۔"
        "</description></item>"
        "<item><title>مختصر</title><link>https://example.com/a</link><description>مختصر</description></item>"
        "</channel></rss>", encoding="utf-8")
    r = run(["analyze", "-f", "json", str(feed)])
    assert r.code == 3
    docs = [json.loads(line) for line in r.out.splitlines()]
    assert [(d["meta"]["title"], d["meta"]["published"]) for d in docs] == [
        ("دورہ", "2024-03-05T05:00:00+00:00")]  # feedparser's UTC
    assert [d["value"] for d in docs[0]["dates"]] == ["2024-03-04"]
    assert ("its linked page was not fetched (links are followed by khabar ingest, not by khabar "
            "analyze)") in r.err


def test_html_given_as_text_warns() -> None:
    page = "<html><body><p>وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔</p></body></html>"
    r = run(["analyze", "-f", "json"], page)
    assert r.code == 0
    assert r.err.startswith("khabar: warning: <stdin>: the input looks like HTML")
    assert "A file named .html is read as a web page, its article text extracted" in r.err
    assert r.err.rstrip().endswith("[input.html]")
    assert json.loads(r.out)["raw_text"] == page  # not stripped


@pytest.mark.parametrize(
    ("text", "code"),
    [(PERSIAN, "language.persian"), (ARABIC, "language.arabic"), (ROMAN, "language.roman_urdu"),
     (ENGLISH, "language.english")],
)
def test_text_that_is_not_urdu_warns(text: str, code: str) -> None:
    r = run(["analyze", "-f", "json"], text)
    assert r.code == 0
    assert r.err.startswith("khabar: warning: <stdin>: the text looks like ")
    assert r.err.rstrip().endswith(f"[{code}]")
    assert [n["code"] for n in json.loads(r.out)["notices"]] == [code]


def test_urdu_in_warnings_is_isolated() -> None:
    r = run(["analyze", "-f", "json"], PERSIAN)
    assert f"Persian function word {FSI}برای{PDI} x1" in r.err


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: no 50 MB written, none read
        fh.truncate(50 * 1024 * 1024)
    r = run(["analyze", str(big)])
    assert r.code == 3
    assert r.err == (
        f"khabar: error: {big}: the input is 52,428,800 bytes (50.0 MiB), over the limit of "
        "10,485,760 bytes (10.0 MiB) for one document; split it into articles (one file each), or "
        "raise the limit with --max-bytes\n"
    )


def test_max_bytes_applies_to_stdin() -> None:
    r = run(["normalize", "--max-bytes", "1K"], "خبر " * 1000)
    assert r.code == 3
    assert "the input is larger than the limit of 1,024 bytes" in r.err


def test_one_bad_file_of_many_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("وہ آئے۔", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text("ہم گئے۔", encoding="utf-8")
    r = run(["normalize", str(tmp_path)])
    assert r.code == 3
    assert r.out == f"==> {tmp_path / '1.txt'} <==\nوہ آئے۔\n==> {tmp_path / '3.txt'} <==\nہم گئے۔\n"
    assert r.err == f"khabar: error: {tmp_path / '2.txt'}: the input is empty (0 bytes); give a file " \
                    "with Urdu text, or pipe text on standard input\n"


def test_missing_path_fails_before_anything_is_read(tmp_path: Path) -> None:
    r = run(["analyze", str(tmp_path / "nope.txt")])
    assert r.code == 3
    assert r.err == f"khabar: error: {tmp_path / 'nope.txt'}: no such file or directory; check the path\n"


# --- normalize ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "پاکستان میں 12 افراد آئے\n"),
        (["--digits", "urdu"], "پاکستان میں ۱۲ افراد آئے\n"),
        (["--digits", "keep"], "پاکستان میں ١٢ افراد آئے\n"),
    ],
)
def test_normalize_digits(args: list[str], expected: str) -> None:
    r = run(["normalize", *args], "پاکستان مےں ١٢ افراد آئے")
    assert (r.code, r.out) == (0, expected)


def test_normalize_diacritics_and_zwnj() -> None:
    assert run(["normalize"], "پاکستان زِندہ باد").out == "پاکستان زندہ باد\n"
    assert run(["normalize", "--keep-diacritics"], "پاکستان زِندہ باد").out == "پاکستان زِندہ باد\n"
    assert run(["normalize"], "غیر\u200cملکی").out == "غیر\u200cملکی\n"
    assert run(["normalize", "--zwnj", "remove"], "غیر\u200cملکی").out == "غیرملکی\n"
    assert run(["normalize", "--zwnj", "space"], "غیر\u200cملکی").out == "غیر ملکی\n"


def test_normalize_changes_lists_raw_offsets() -> None:
    r = run(["normalize", "--changes"], "پاکستان مےں\u00a0کل ١٢")
    assert r.code == 0
    assert r.out.splitlines() == [
        f'raw [9, 10) -> [9, 10): "{FSI}ے{PDI}" U+06D2 -> "{FSI}ی{PDI}" U+06CC',
        'raw [11, 12) -> [11, 12): "<U+00A0>" U+00A0 -> " " U+0020',
        'raw [15, 17) -> [15, 17): "١٢" U+0661 U+0662 -> "12" U+0031 U+0032',
    ]


# --- evaluate and train -------------------------------------------------------------------------------
GOLD = """# sent_id = s1
# text = وزیر اعظم نے کہا۔
1\tوزیر\t_\t_\t_\t_\t_\t_\t_\t_
2\tاعظم\t_\t_\t_\t_\t_\t_\t_\t_
3\tنے\t_\t_\t_\t_\t_\t_\t_\t_
4\tکہا\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
5\t۔\t_\t_\t_\t_\t_\t_\t_\t_

# sent_id = s2
# text = وہ آئے۔
1\tوہ\t_\t_\t_\t_\t_\t_\t_\t_
2\tآئے\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
3\t۔\t_\t_\t_\t_\t_\t_\t_\t_

"""


def test_evaluate_segmentation_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(GOLD, encoding="utf-8")
    r = run(["evaluate", "--task", "segmentation", "--gold", str(gold), "--json"])
    assert r.code == 0, r.err
    scores = json.loads(r.out)
    assert (scores["gold_tokens"], scores["gold_sentences"]) == (8, 2)
    assert scores["tokens_f1"] == 100.0
    table = run(["evaluate", "--task", "segmentation", "--gold", str(gold)])
    assert "tokens_f1            100.0" in table.out.splitlines()


def test_evaluate_wordseg_calls_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.training import wordseg

    calls: list[Path] = []

    def fake(gold: Path) -> SimpleNamespace:
        calls.append(gold)
        return SimpleNamespace(to_json=lambda: {"word_f1": 0.975, "subword_f1": 0.86})

    monkeypatch.setattr(wordseg, "evaluate_wordseg", fake)
    gold = tmp_path / "dev.txt"
    gold.write_text("غیر ملکی\n", encoding="utf-8")
    r = run(["evaluate", "--task", "wordseg", "--gold", str(gold), "--json"])
    assert (r.code, json.loads(r.out)) == (0, {"word_f1": 0.975, "subword_f1": 0.86})
    assert calls == [gold]


def test_evaluate_events_prints_a_line_per_cameo_root(tmp_path: Path) -> None:
    """A gold set of its own text (docs/annotation.md, "Format"): the text report gives each CAMEO
    root of ``by_type`` a line of its own, the JSON the nested object."""
    text = "وزیراعظم نواز شریف نے چینی صدر شی جن پنگ سے ملاقات کی۔"

    def span(words: str) -> list[int]:
        return [text.index(words), text.index(words) + len(words)]

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": text, "events": [
        {"trigger": span("ملاقات کی"), "type": "040", "actor1": span("نواز شریف"),
         "actor2": span("شی جن پنگ")}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run(["evaluate", "--task", "events", "--gold", str(gold)])
    assert r.code == 0, r.err
    assert [line for line in r.out.splitlines() if line.startswith("by_type")] == [
        "by_type 04           gold 1, predicted 1, correct 1, f1 1.0"]
    j = run(["evaluate", "--task", "events", "--gold", str(gold), "--json"])
    assert json.loads(j.out)["by_type"] == {"04": {"gold": 1, "predicted": 1, "correct": 1, "f1": 1.0}}


def test_evaluate_dates_scores_a_gold_set_of_its_own_text(tmp_path: Path) -> None:
    """docs/dates_annotation.md: a record may hold its text; the report gives each rule a line."""
    text = "اسلام آباد ۔ 24 جولائی (اے پی پی) وزیراعظم نے گزشتہ روز کہا کہ اجلاس پیر کو ہوگا۔"

    def span(words: str) -> list[int]:
        return [text.index(words), text.index(words) + len(words)]

    gold = tmp_path / "dates.jsonl"
    gold.write_text(json.dumps({"text": text, "published": "2014-07-24", "dates": [
        {"span": span("24 جولائی"), "value": "2014-07-24"},
        {"span": span("گزشتہ روز"), "value": "2014-07-23"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    j = run(["evaluate", "--task", "dates", "--gold", str(gold), "--json"])
    assert j.code == 0, j.err
    scores = json.loads(j.out)
    assert (scores["gold_dates"], scores["matched"], scores["value_accuracy"]) == (2, 2, 1.0)
    assert scores["by_rule"]["rule:date.day-month"] == {"predicted": 1, "matched": 1, "value_right": 1}
    r = run(["evaluate", "--task", "dates", "--gold", str(gold)])
    assert "by_rule rule:date.relative-day  predicted 1, matched 1, value_right 1" in r.out.splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "آج", "dates": [{"span": [0, 2], "value": "today"}]}\n', encoding="utf-8")
    b = run(["evaluate", "--task", "dates", "--gold", str(bad)])
    assert b.code != 0
    assert "bad.jsonl:1: not a date gold record" in b.err


def test_evaluate_offers_only_built_tasks(tmp_path: Path) -> None:
    gold = tmp_path / "g.conllu"
    gold.write_text(GOLD, encoding="utf-8")
    for task in ("keyphrases", "summary"):
        assert run(["evaluate", "--task", task, "--gold", str(gold)]).code == 2
    assert run(["evaluate", "--task", "segmentation", "--gold", str(tmp_path / "none")]).code == 2
    # only quotes, events and dates pool several gold files
    two = run(["evaluate", "--task", "ner", "--gold", str(gold), "--gold", str(gold)])
    assert two.code == 2
    assert "one gold file" in two.err


def test_evaluate_data_error_exit_code(tmp_path: Path) -> None:
    gold = tmp_path / "bad.conllu"
    gold.write_text("1\tonly-two-columns\n", encoding="utf-8")
    r = run(["evaluate", "--task", "segmentation", "--gold", str(gold)])
    assert r.code in (4, 7)  # malformed CoNLL-U: a data or schema error, never a traceback
    assert r.err.startswith("khabar: error: ")
    assert "Traceback" not in r.err


def test_train_calls_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar.training.train as training

    config = tmp_path / "wordseg.json"
    config.write_text("{}", encoding="utf-8")
    seen: list[Path] = []

    def fake(path: Path) -> SimpleNamespace:
        seen.append(path)
        return SimpleNamespace(task="wordseg", out=tmp_path / "out", scores={"word_f1": 0.97})

    monkeypatch.setattr(training, "train", fake)
    r = run(["train", str(config)])
    assert r.code == 0
    assert seen == [config]
    assert r.out == f"trained wordseg -> {tmp_path / 'out'}\n  word_f1: 0.97\n"
    assert run(["train", str(tmp_path / "missing.json")]).code == 2


# --- version, help, docs --------------------------------------------------------------------------------
def test_version() -> None:
    r = run(["--version"])
    assert (r.code, r.out) == (0, f"khabar {__version__}\n")


def test_parse_size() -> None:
    assert [parse_size(s) for s in ("1024", "512K", "10M", "1G", "2MiB", "1.5k")] == [
        1024, 512 * 1024, 10 << 20, 1 << 30, 2 << 20, 1536]
    for bad in ("ten", "0", "-1M"):
        with pytest.raises(typer.BadParameter):
            parse_size(bad)


def test_every_command_has_help_and_is_documented() -> None:
    group = typer.main.get_command(app)
    docs = DOCS.read_text(encoding="utf-8")
    commands = group.commands  # type: ignore[attr-defined]
    assert {"analyze", "annotate", "normalize", "evaluate", "train"} <= set(commands)
    for name, command in commands.items():
        assert command.help, f"{name} has no help"
        assert command.help.strip(), f"{name} has empty help"
        assert f"## `khabar {name}`" in docs, f"{name} is not in docs/cli.md"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}`" in docs, f"{name} {opt} is not in docs/cli.md"
            if param.param_type_name == "option":
                assert getattr(param, "help", None), f"{name} {param.name} has no help"
        r = run([name, "--help"])
        assert r.code == 0
        assert "Usage: khabar " + name in r.out
    for name in ("analyze", "normalize"):
        assert "Example: echo '" in run([name, "--help"]).out


def test_help_rewraps_paragraphs_and_keeps_each_example_on_its_line() -> None:
    """Plain help: a docstring's paragraph is re-wrapped (not broken where its source line ends), and
    the examples (a \\b paragraph) keep one line each."""
    r = runner.invoke(app, ["events", "--help"], terminal_width=200)
    lines = [line.strip() for line in r.stdout.splitlines()]
    assert ("Each actor shows what it is in the event in CAMEO's actor coding (country/role: IND/MIL is "
            "India's military); --actor keeps the events with such an actor.") in lines
    assert [line for line in lines if line.startswith("Example:")] == [
        'Example: khabar events --db news.sqlite --code 040 --entity "Shehbaz Sharif" --since 2024-03-01',
        "Example: khabar events --db news.sqlite --actor INDMIL --code 190",
        'Example: khabar events --db news.sqlite --who "Raheel Sharif" --whom "Nawaz Sharif"',
        "Example: khabar events --db news.sqlite --code 19 --voice reported",
        "Example: khabar events --db news.sqlite --told-by ISPR"]


def test_exit_codes_are_documented() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} | {meaning.split(' (')[0]}" in docs


# --- a real process ------------------------------------------------------------------------------------
def test_python_dash_m_khabar(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "khabar", "analyze", "-f", "json"],
                        input=URDU.encode(), capture_output=True, timeout=120, check=False)
    assert ok.returncode == 0, ok.stderr.decode()
    doc = json.loads(ok.stdout)
    assert doc["meta"]["language"] == "ur"
    assert len(doc["sentences"]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    bad = subprocess.run([sys.executable, "-m", "khabar", "normalize", str(empty)],
                         capture_output=True, timeout=120, check=False)
    assert bad.returncode == 3
    assert bad.stderr.decode() == (f"khabar: error: {empty}: the input is empty (0 bytes); give a file "
                                   "with Urdu text, or pipe text on standard input\n")
    assert bad.stdout == b""


def test_an_event_line_names_the_actors_and_cuts_a_long_title_at_a_word() -> None:
    from khabar.cli.render import FSI, PDI, event_line
    from khabar.corpus.listing import EntityRef, EventRow

    title = ("نائیجیریا، بورنو شہر پر مسلح افراد کا حملہ، درجنوں ہلاک\nموٹر سائیکلوں پر سوار 30 سے زاید "
             "ملزمان نے گھروں میں ہینڈ گرینڈ بھی پھینکے")
    row = EventRow(16, title, "2014-12-02", "180", "ASSAULT", "حملہ کیا",
                   EntityRef("local", "بوکو حرام", "ORGANIZATION", "Boko Haram"), None,
                   EntityRef("Q1033", "نائیجیریا", "LOCATION", "Nigeria"), None)
    line = event_line(row).replace(FSI, "").replace(PDI, "")
    assert line == ("[16] 2014-12-02  180 ASSAULT: بوکو حرام (Boko Haram) -> - in نائیجیریا (Nigeria)  "
                    "(حملہ کیا; نائیجیریا، بورنو شہر پر مسلح افراد کا حملہ، درجنوں ہلاک…)")
    dated = event_line(EventRow(1, "", None, "040", "CONSULT", "ملاقات کی", None, None, None, None,
                                date="2024-02"))
    assert dated.replace(FSI, "").replace(PDI, "") == (
        "[1] 2024-02  040 CONSULT: - -> -  (ملاقات کی; untitled)")


def test_an_event_line_isolates_each_urdu_field() -> None:
    """Two Urdu fields with only spaces and a bracket between them (an actor with no code, then the
    trigger) are two isolates, not one right-to-left run in which a terminal would swap them."""
    from khabar.cli.render import FSI, PDI, event_line
    from khabar.corpus.listing import EntityRef, EventRow

    row = EventRow(1, "حملہ", None, "190", "ASSAULT", "حملہ کیا", EntityRef(None, "فوج", "", role="MIL"),
                   EntityRef(None, "دشمن", "", ""), None, None)
    assert event_line(row) == (f"[1] no date  190 ASSAULT: {FSI}فوج{PDI} (MIL) -> {FSI}دشمن{PDI}  "
                               f"({FSI}حملہ کیا{PDI}; {FSI}حملہ{PDI})")


def test_analyze_keeps_its_inputs_order_and_each_error_in_its_place(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents are analyzed a window at a time (together: the recognizer decodes them at once);
    the reports come out in the inputs' order, an input that cannot be read is reported in its
    place, and the rest go on (the exit code says an input failed)."""
    import khabar.cli.app as cli

    monkeypatch.setattr(cli, "ANALYZE_BATCH", 2)
    names = []
    for k, text in enumerate(["لاہور میں بارش ہوئی۔", "کراچی میں اجلاس ہوا۔", None, "پشاور میں جلسہ ہوا۔"]):
        f = tmp_path / f"{k}.txt"
        f.write_bytes(text.encode() if text else b"")  # empty: cannot be analyzed
        names.append(str(f))
    res = runner.invoke(app, ["analyze", "-f", "json", *names])
    assert res.exit_code == 3  # input cannot be read as text
    texts = [json.loads(line)["text"] for line in res.stdout.splitlines() if line.startswith("{")]
    assert texts == ["لاہور میں بارش ہوئی۔", "کراچی میں اجلاس ہوا۔", "پشاور میں جلسہ ہوا۔"]
    assert f"{names[2]}:" in res.stderr


def test_a_sourced_claim_reads_as_according_to_its_source() -> None:
    """A stored claim of kind ``sourced`` (پولیس کے مطابق …) is listed as the source's account, not as
    its words: ``according to پولیس: «…»``; a quote keeps ``speaker: «…»``."""
    from khabar.cli.render import quote_line
    from khabar.corpus.listing import EntityRef, QuoteRow

    police = EntityRef(None, "پولیس", "")
    claim = QuoteRow(3, "دھماکہ", "2014-08-01", "sourced", "حملہ آوروں نے فائرنگ کی", police)
    said = QuoteRow(3, "دھماکہ", "2014-08-01", "indirect", "ملزم پکڑے جائیں گے", police)
    assert "according to پولیس: «حملہ آوروں نے فائرنگ کی»" in quote_line(claim).replace("\u2068", "").replace(
        "\u2069", "")
    assert "according to" not in quote_line(said)
