"""Settings, fonts, charts and labels of the web package, as tables."""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path

import pytest

import khabar
from khabar.corpus.listing import ActorPair, EntityRef
from khabar.errors import ConfigError
from khabar.web.charts import bucket_counts, network_svg, timeline_svg
from khabar.web.fonts import find_fonts
from khabar.web.pages import labels
from khabar.web.settings import Settings


# --- settings -----------------------------------------------------------------------------------------
def test_settings_from_the_environment(tmp_path: Path) -> None:
    env = {
        "KHABAR_DB": str(tmp_path / "x.sqlite"),
        "KHABAR_API_TOKEN": "a" * 20,
        "KHABAR_PIPELINE": "text",
        "KHABAR_MAX_BODY": "1000",
        "KHABAR_MAX_TEXT": "50",
        "KHABAR_MAX_QUERY": "20",
        "KHABAR_TIMEOUT": "2.5",
        "KHABAR_FONT_DIRS": f"{tmp_path}:/nowhere",
    }
    s = Settings.from_env(env)
    assert (
        s.db,
        s.api_token,
        s.pipeline,
        s.max_body_bytes,
        s.max_text_chars,
        s.max_query_chars,
        s.timeout_s,
    ) == (tmp_path / "x.sqlite", "a" * 20, "text", 1000, 50, 20, 2.5)
    assert s.font_dirs == (tmp_path, Path("/nowhere"))
    assert Settings.from_env(env, pipeline="default").pipeline == "default"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"KHABAR_MAX_BODY": "lots"}, "KHABAR_MAX_BODY='lots' is not a number"),
        ({"KHABAR_MAX_BODY": "0"}, "max_body_bytes must be positive"),
        ({"KHABAR_TIMEOUT": "-1"}, "timeout_s must be positive"),
        ({"KHABAR_API_TOKEN": "short"}, "shorter than 16 characters"),
    ],
)
def test_bad_settings_are_a_clear_config_error(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.from_env({"KHABAR_DB": str(tmp_path / "x.sqlite")} | env)


# --- fonts --------------------------------------------------------------------------------------------
def test_fonts_are_found_below_a_folder_and_missing_ones_are_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "NotoNaskhArabic-Regular.ttf").write_bytes(b"\x00\x01\x00\x00")
    with caplog.at_level(logging.WARNING, logger="khabar.web"):
        fonts = find_fonts([tmp_path, tmp_path / "missing"])
    assert fonts.files == {"NotoNaskhArabic-Regular.ttf": (tmp_path / "sub" / "NotoNaskhArabic-Regular.ttf")}
    assert [r.getMessage().split(" not found")[0] for r in caplog.records] == ["font Noto Nastaliq Urdu"]
    css = fonts.css()
    assert css.count("@font-face") == 1
    assert 'url("/fonts/NotoNaskhArabic-Regular.ttf")' in css
    assert "--font-urdu:" in css


def test_no_fonts_means_the_font_stack_only(tmp_path: Path) -> None:
    css = find_fonts([tmp_path]).css()
    assert "@font-face" not in css
    assert '"Noto Nastaliq Urdu"' in css


# --- charts -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("per_day", "unit", "buckets"),
    [
        ([], "day", []),
        ([("2024-03-04", 2)], "day", [("2024-03-04", 2)]),
        (
            [("2024-03-04", 1), ("2024-03-07", 3)],
            "day",
            [("2024-03-04", 1), ("2024-03-05", 0), ("2024-03-06", 0), ("2024-03-07", 3)],
        ),
        (
            [("2024-01-01", 1), ("2024-01-03", 1), ("2024-03-20", 2)],
            "week",  # 79 days: Monday-based weeks
            [("2024-01-01", 2)]
            + [
                (f"2024-{m:02d}-{d:02d}", 0)
                for m, d in [
                    (1, 8),
                    (1, 15),
                    (1, 22),
                    (1, 29),
                    (2, 5),
                    (2, 12),
                    (2, 19),
                    (2, 26),
                    (3, 4),
                    (3, 11),
                ]
            ]
            + [("2024-03-18", 2)],
        ),
        (
            [("2022-11-15", 1), ("2025-01-02T10:00:00", 4), ("not a date", 9)],
            "month",
            [("2022-11-01", 1)] + [("x", 0)] * 25 + [("2025-01-01", 4)],
        ),
    ],
)
def test_bucket_counts(per_day: list[tuple[str, int]], unit: str, buckets: list[tuple[str, int]]) -> None:
    got_unit, got = bucket_counts(per_day)
    assert got_unit == unit
    assert len(got) == len(buckets)
    for b, (start, count) in zip(got, buckets, strict=True):
        if start != "x":
            assert b.start.isoformat() == start
        assert b.count == count


def test_the_timeline_is_an_svg_picture_with_escaped_text() -> None:
    svg = timeline_svg([("2024-03-04", 1), ("2024-03-06", 4)], title='<b>"شہباز"</b>')
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert svg.count('<rect class="bar"') == 3
    assert "<b>" not in svg
    assert "&lt;b&gt;&quot;شہباز&quot;&lt;/b&gt;" in svg
    assert 'height="170.0"' in svg  # the tallest bar fills the plot: 220 - 16 (top) - 34 (bottom)
    assert ">2024-03-04<" in svg
    assert ">2024-03-06<" in svg
    assert ">4<" in svg


def _pair(a: tuple[str, str, str | None], b: tuple[str, str, str | None], events: int,
          directed: bool = True) -> ActorPair:
    (ka, ta, ra), (kb, tb, rb) = a, b
    return ActorPair(EntityRef(ka, ta, "PERSON" if ka.startswith("p") else "LOCATION", role=ra),
                     EntityRef(kb, tb, "PERSON" if kb.startswith("p") else "LOCATION", role=rb),
                     events, events, (("040", "CONSULT", events),), "2024-03-04", "2024-03-04", directed)


def test_the_network_graph_centres_its_hub_escapes_names_and_tells_a_place_by_its_role() -> None:
    nawaz = ("p:nawaz", "نواز شریف", "GOV")
    pairs = [_pair(nawaz, ("p:modi", '<script>alert(1)</script> مودی', "GOV"), 3),
             _pair(("Q668", "بھارت", "MIL"), nawaz, 2),
             _pair(("Q668", "بھارت", None), nawaz, 1)]
    svg = network_svg(pairs, title="روابط")
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert "<script>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; مودی" in svg
    # four actors: India as its army and as the state are two; Nawaz Sharif, in every pair, at the centre
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"><title>([^<]*)</title>', svg)
    assert len(circles) == 4
    assert ("320.0", "240.0", "12.0", "نواز شریف: 6") in circles
    assert any(t == "بھارت (MIL): 2" for *_, t in circles)
    assert svg.count('marker-end="url(#arrow)"') == 3  # directed pairs
    assert "نواز شریف → &lt;script&gt;" in svg  # the edge's tooltip
    undirected = network_svg([_pair(nawaz, ("p:modi", "مودی", "GOV"), 3, directed=False)], title="t")
    assert "marker-end" not in undirected
    assert "نواز شریف ↔ مودی: 3" in undirected


# --- labels -------------------------------------------------------------------------------------------
def test_labels_are_unique_normalized_urdu_and_every_used_key_exists() -> None:
    text = (resources.files("khabar.web") / "data" / "labels.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:]]
    assert all(len(r) == 3 for r in rows)
    assert len({r[0] for r in rows}) == len(rows), "duplicate keys"
    normalize = khabar.load("text").get("normalizer").normalize  # type: ignore[attr-defined]
    for key, _, ur in rows:
        assert normalize(ur)[0] == ur, f"{key}: {ur!r} is not normalized"
    used: set[str] = set()
    for f in (resources.files("khabar.web") / "templates").iterdir():
        src = f.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bt(?:_en)?\('([a-z0-9_]+)'\)", src))
        used |= {f"nav_{k}" for k in re.findall(r"\('nav_([a-z]+)'", src)}
    assert used - set(labels()) == set()
    assert {"label_PERSON", "label_LOCATION", "label_ORGANIZATION"} <= set(labels())
