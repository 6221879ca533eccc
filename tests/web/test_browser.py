"""The pages in a real browser: Debian's Chromium driven by Playwright against `khabar serve` on
loopback (a random free port). Each page is checked at 1280 px and 390 px (phone) wide and a
screenshot of each is written to artifacts/screenshots/ (git-ignored).

Skips with the reason when Chromium or Playwright is missing; CI sets KHABAR_REQUIRE_BROWSER=1, which
turns the skip into a failure. The server's pipeline is ``$KHABAR_WEB_TEST_PIPELINE`` (``default``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import web_corpus

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("KHABAR_CHROMIUM", "/usr/bin/chromium")
PIPELINE = os.environ.get("KHABAR_WEB_TEST_PIPELINE", "default")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WIDTHS = {"desktop": 1280, "phone": 390}

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"]), pytest.mark.slow]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[web]')"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser_ok() -> None:
    reason = _missing()
    if reason:
        if os.environ.get("KHABAR_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KHABAR_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(
    browser_ok: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, dict[str, int]]]:
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "corpus.sqlite"
    ids = web_corpus.build(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp / "server.log").open("w")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KHABAR_")} | {"PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "khabar",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--pipeline",
            PIPELINE,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"khabar serve did not start: {(tmp / 'server.log').read_text()[-3000:]}")
        time.sleep(0.2)
    try:
        yield base, ids
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(server: tuple[str, dict[str, int]]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ur-PK")
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def shoot(page: Any, name: str) -> None:
    """Screenshots at both widths; at each, the page must be right-to-left and fit the width."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.evaluate("document.fonts.ready")
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is {overflow}px wider than a {width}px screen"
        page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def fonts_served(page: Any, base: str) -> bool:
    return "@font-face" in page.request.get(base + "/fonts.css").text()


def test_analyze_the_sample_article(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    page.goto(base + "/analyze")
    sample = (ROOT / "examples" / "sample_ur.txt").read_text(encoding="utf-8")
    page.fill("textarea[name=text]", sample)
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("#result .doc-text, p.error")
    assert page.locator("p.error").count() == 0, page.inner_text("p.error")
    assert "نسرین اختر" in page.inner_text("#result .doc-text")
    assert page.evaluate("getComputedStyle(document.querySelector('.doc-text')).direction") == "rtl"
    if fonts_served(page, base):
        page.evaluate("document.fonts.ready")
        assert page.evaluate("""document.fonts.check('20px "Noto Nastaliq Urdu"', 'خبر')""")
        family = page.evaluate("getComputedStyle(document.querySelector('.doc-text')).fontFamily")
        assert family.startswith('"Noto Nastaliq Urdu"')
    # the token view opens on demand
    assert not page.is_visible("table.tokens")
    page.click("#tokens summary")
    assert page.is_visible("table.tokens")
    api = page.request.post(base + "/api/analyze", data={"text": sample}).json()
    assert page.locator("table.tokens tbody tr").count() == len(api["tokens"]) > 200
    if PIPELINE != "text":
        marks = page.locator("#result mark.ent")
        assert marks.count() >= 2
        assert "لاہور" in marks.all_inner_texts()
        assert page.locator("table.tokens thead th", has_text="UPOS").count() == 1
    page.click("#tokens summary")  # closed again for the screenshot
    shoot(page, "analyze")


def test_search_with_facets_and_highlights(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    page.goto(base + "/search")
    page.fill("input[name=q]", "بارش")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("ol.hits")
    assert page.locator("li.hit").count() == 3
    assert set(page.locator("li.hit .snippet mark").all_inner_texts()) == {"بارش"}
    shoot(page, "search")
    page.click("aside.facets a:has-text('Dawn')")
    page.wait_for_url("**source=Dawn**")  # the filtered page, not the one it leaves
    page.wait_for_selector("ol.hits")
    assert page.locator("li.hit").count() == 2
    assert "source=Dawn" in page.url


def test_entity_page_from_a_search_facet(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    page.goto(base + "/search?q=" + "بارش")
    page.click("aside.facets a:has-text('شہباز شریف')")  # filters the search by the entity
    page.wait_for_url("**entity=**")  # the filtered page, not the one it leaves
    page.wait_for_selector("ol.hits")
    assert page.locator("li.hit").count() == 2
    page.click("li.hit h3 a >> nth=0")  # open a document, then the entity from its text
    page.click("mark.ent-person a:has-text('شہباز شریف')")
    page.wait_for_selector("svg.timeline")
    assert page.inner_text("dl.names").count("Shehbaz Sharif") == 1
    assert page.locator("svg.timeline rect.bar").count() == 38  # 2024-03-04 .. 2024-04-10, per day
    assert page.locator("#cooccurring a").count() == 6
    assert page.locator("#quotes blockquote").count() == 2
    assert page.locator("#events tbody tr").count() == 1
    shoot(page, "entity")


def test_events_page_by_period(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, _ = server
    page.goto(base + "/")
    page.click("nav a[href='/events']")
    page.wait_for_url("**/events")
    page.wait_for_selector("table.events tbody tr")
    assert page.locator("table.events tbody tr").count() == 2
    page.fill("input[name=from]", "2024-03-01")
    page.click("form button[type=submit]")
    page.wait_for_url("**/events?**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1  # a3's speech was in February, reported in March
    assert "ملاقات کی" in rows.inner_text()
    page.click("table.events a:has-text('شی جن پنگ')")
    page.wait_for_selector("svg.timeline")
    shoot(page, "events-entity")
    page.goto(base + "/events?from=2024-02-01&to=2024-02-29")
    shoot(page, "events")
    page.click("nav a[href='/quotes']")
    page.wait_for_url("**/quotes")
    page.wait_for_selector("blockquote.quote")
    assert page.locator("blockquote.quote").count() == 3
    page.fill("input[name=speaker]", "شہباز شریف")
    page.click("form button[type=submit]")
    page.wait_for_url("**/quotes?**")
    assert page.locator("blockquote.quote").count() == 2
    shoot(page, "quotes")
    page.click("nav a[href='/entities']")  # who is in the news
    first = page.locator("table.grid tbody tr").first
    assert "شہباز شریف" in first.inner_text()  # named in three documents
    page.select_option("select[name=label]", "LOCATION")
    page.click("form button[type=submit]")
    page.wait_for_url("**/entities?**")
    places = page.locator("table.grid tbody").inner_text()
    assert "کراچی" in places
    assert "شہباز شریف" not in places
    shoot(page, "entities")
    page.click("nav a[href='/network']")  # who acted on whom
    page.wait_for_url("**/network")
    page.wait_for_selector("table.network tbody tr")
    assert page.locator("table.network tbody tr").count() == 2
    assert page.locator("svg.network circle").count() == 4  # the two pairs as a graph
    shoot(page, "network-graph")
    page.check("input[name=named]")
    page.click("form button[type=submit]")
    page.wait_for_url("**/network?**")
    page.wait_for_selector("table.network tbody tr")
    rows = page.locator("table.network tbody tr")
    assert rows.count() == 1  # a3's جلسے is no named actor
    assert "040 Consult 1" in rows.inner_text()
    shoot(page, "network")
    page.click("table.network td.num a")  # the pair's events
    page.wait_for_url("**/events?who=**")
    page.wait_for_selector("table.events tbody tr")
    assert page.locator("table.events tbody tr").count() == 1
    assert "ملاقات کی" in page.locator("table.events tbody").inner_text()
    page.go_back()
    page.wait_for_selector("table.network")
    page.click("table.network a:has-text('شی جن پنگ')")
    page.wait_for_url("**/entities/**")


def test_document_page_with_all_annotations(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, ids = server
    page.goto(f"{base}/documents/{ids['a1']}")
    assert page.locator(".doc-text mark.ent").count() == 5
    assert page.locator("#quotes blockquote").count() == 1
    assert page.locator("#events tbody tr").count() == 1
    assert page.locator("#keyphrases li").all_inner_texts()[0].startswith("دوستی")
    assert page.locator("#summary li").count() == 1
    shoot(page, "document")
    page.goto(f"{base}/documents")
    shoot(page, "documents")
    page.goto(base + "/")
    shoot(page, "home")


PAYLOADS = [
    "<script>window.__xss = 1</script>",
    '"><img src=x onerror="window.__xss = 2">',
    "' onmouseover='window.__xss = 3' x='",
    '<svg onload="window.__xss = 4"></svg>',
    "javascript:window.__xss = 5",
]


def test_user_text_is_escaped_and_nothing_executes(page: Any, server: tuple[str, dict[str, int]]) -> None:
    base, ids = server
    text = "کراچی میں " + " بارش ".join(PAYLOADS) + " ہوئی۔"
    page.goto(base + "/analyze")
    page.fill("textarea[name=text]", text)
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("#result .doc-text")
    shown = page.inner_text("#result .doc-text")
    for payload in PAYLOADS:
        assert payload in shown
    assert (
        page.locator("main script, main img, main svg[onload], main [onerror], main [onmouseover]").count()
        == 0
    )
    page.hover("#result .doc-text")
    assert page.evaluate("window.__xss") is None
    # a stored title and text with markup, and a query with markup
    page.goto(f"{base}/documents/{ids['a5']}")
    assert page.inner_text("h1") == web_corpus.XSS_TITLE
    assert web_corpus.XSS_TEXT in page.inner_text(".doc-text")
    page.goto(base + "/search?q=" + "<script>window.__xss=9</script> کراچی")
    assert page.input_value("input[name=q]") == "<script>window.__xss=9</script> کراچی"
    assert page.locator("main script, main img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
