"""Charts drawn on the server as SVG: a picture, not a table of numbers, and no script in the page.

:func:`timeline_svg` draws mentions over time as bars (per day for up to two months, per week up to
two years, else per month), with the empty periods in between, a y axis with its maximum, and the
first and last dates; each bar has a tooltip (``<title>``) with its period and count.
:func:`network_svg` draws a page of the network's pairs as a graph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.corpus.listing import ActorPair, EntityRef

DAY_LIMIT = 62
WEEK_LIMIT = 2 * 366


@dataclass(frozen=True, slots=True)
class Bucket:
    start: date
    count: int


def bucket_counts(per_day: Sequence[tuple[str, int]]) -> tuple[str, tuple[Bucket, ...]]:
    """(``"day"`` | ``"week"`` | ``"month"``, every period from the first to the last dated mention with
    its count). Dates that are not ISO ``YYYY-MM-DD`` are skipped."""
    days: dict[date, int] = {}
    for text, n in per_day:
        try:
            d = date.fromisoformat(text[:10])
        except ValueError:
            continue
        days[d] = days.get(d, 0) + n
    if not days:
        return "day", ()
    first, last = min(days), max(days)
    span = (last - first).days
    unit = "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"

    def start_of(d: date) -> date:
        if unit == "week":
            return d - timedelta(days=d.weekday())
        if unit == "month":
            return d.replace(day=1)
        return d

    def following(d: date) -> date:
        if unit == "day":
            return d + timedelta(days=1)
        if unit == "week":
            return d + timedelta(days=7)
        return date(d.year + d.month // 12, d.month % 12 + 1, 1)

    counts: dict[date, int] = {}
    for d, n in days.items():
        counts[start_of(d)] = counts.get(start_of(d), 0) + n
    out, cur = [], start_of(first)
    while cur <= last:
        out.append(Bucket(cur, counts.get(cur, 0)))
        cur = following(cur)
    return unit, tuple(out)


def timeline_svg(
    per_day: Sequence[tuple[str, int]], *, title: str, width: int = 640, height: int = 220,
    what: str = "mentions",
) -> str:
    """An SVG bar chart of ``what`` (mentions, events) per period (see the module docstring);
    ``title`` names the chart for screen readers. Laid out left to right (time runs left to right in
    both scripts' charts)."""
    unit, buckets = bucket_counts(per_day)
    left, right, top, bottom = 44, 12, 16, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}" direction="ltr">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>',
    ]
    if not buckets:
        parts.append(
            f'<text class="empty" x="{left + plot_w / 2}" y="{top + plot_h / 2}" '
            f'text-anchor="middle">no dated {what}</text></svg>'
        )
        return "".join(parts)
    peak = max(b.count for b in buckets) or 1
    step = plot_w / len(buckets)
    bar = max(1.0, step * 0.8)
    parts.append(f'<text class="tick" x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>')
    parts.append(f'<text class="tick" x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>')
    for i, b in enumerate(buckets):
        h = plot_h * b.count / peak
        x = left + i * step + (step - bar) / 2
        label = (
            f"{unit} of {b.start.isoformat()}: {b.count}"
            if unit != "day"
            else f"{b.start.isoformat()}: {b.count}"
        )
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" '
            f'height="{h:.1f}"><title>{escape(label)}</title></rect>'
        )
    first, last = buckets[0].start.isoformat(), buckets[-1].start.isoformat()
    parts.append(f'<text class="tick" x="{left}" y="{height - 12}" text-anchor="start">{first}</text>')
    if len(buckets) > 1:
        parts.append(
            f'<text class="tick" x="{left + plot_w}" y="{height - 12}" text-anchor="end">{last}</text>'
        )
    parts.append(
        f'<text class="unit" x="{left + plot_w / 2}" y="{height - 12}" text-anchor="middle">'
        f"{what} per {unit}</text></svg>"
    )
    return "".join(parts)


def network_svg(pairs: Sequence[ActorPair], *, title: str, width: int = 640, height: int = 480) -> str:
    """The pairs of a network page as a graph: each actor a dot on a circle, or at its centre when it
    is the actor of most events and one of most pairs (larger the more events it takes part in); each
    pair a line from actor 1 to actor 2 (thicker the more events; an arrow head when the pair is
    directed); a tooltip (``<title>``) on each naming it and its count. Actors are told apart as the
    network tells them (a place by its role: India and India's army). Names are escaped: they are the
    corpus's words."""
    nodes: dict[tuple[str, str | None], tuple[EntityRef, int]] = {}

    def node(ref: EntityRef, events: int) -> tuple[str, str | None]:
        ident = (ref.key or ref.text, ref.role if ref.label == "LOCATION" else None)
        seen = nodes.get(ident)
        nodes[ident] = (seen[0] if seen else ref, (seen[1] if seen else 0) + events)
        return ident

    edges = [(node(p.actor1, p.events), node(p.actor2, p.events), p) for p in pairs]
    cx, cy = width / 2, height / 2
    radius = min(cx, cy) - 40
    # the actor of most events at the centre when it is one of most pairs (an entity's own network),
    # the others on a circle
    hub = max(nodes, key=lambda k: nodes[k][1])
    centred = sum(hub in (a, b) for a, b, _ in edges) * 2 > len(edges)
    ring = [k for k in nodes if not (centred and k == hub)]
    place: dict[tuple[str, str | None], tuple[float, float]] = {hub: (cx, cy)} if centred else {}
    angles: dict[tuple[str, str | None], float] = {}
    for i, ident in enumerate(ring):
        angles[ident] = 2 * math.pi * i / max(1, len(ring)) - math.pi / 2
        place[ident] = (cx + radius * math.cos(angles[ident]), cy + radius * math.sin(angles[ident]))
    top_edge = max((p.events for p in pairs), default=1)
    top_node = max((n for _, n in nodes.values()), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="9" markerHeight="9" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="head"/></marker></defs>',
    ]
    for a, b, p in edges:
        (x1, y1), (x2, y2) = place[a], place[b]
        # stop short of the target dot, so the arrow head shows
        r2 = 4 + 8 * nodes[b][1] / top_node
        d = math.hypot(x2 - x1, y2 - y1) or 1
        x2, y2 = x2 - (x2 - x1) * (r2 + 2) / d, y2 - (y2 - y1) * (r2 + 2) / d
        arrow = ' marker-end="url(#arrow)"' if p.directed else ""
        label = (f"{p.actor1.text} {'→' if p.directed else '↔'} {p.actor2.text}: {p.events} "
                 f"({', '.join(f'{c} {lab}' for c, lab, _ in p.codes[:3])})")
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke-width="{1 + 5 * p.events / top_edge:.1f}"{arrow}>'
                     f"<title>{escape(label)}</title></line>")
    for ident, (ref, events) in nodes.items():
        x, y = place[ident]
        r = 4 + 8 * events / top_node
        # the name outside the circle: beside a dot on either side, above or below one at the top or
        # bottom, below the centre's
        cos, sin = (math.cos(angles[ident]), math.sin(angles[ident])) if ident in angles else (0.0, 1.0)
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        tx = x + (r + 4) * (1 if cos > 0.3 else -1 if cos < -0.3 else 0)
        ty = y + 4 if anchor != "middle" else y + (r + 16 if sin > 0 else -(r + 6))
        name = ref.text + (f" ({ref.role})" if ref.label == "LOCATION" and ref.role else "")
        parts.append(f'<g class="actor ent-{escape(ref.label.lower() or "words")}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(name)}: {events}</title>'
                     f'</circle><text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">'
                     f"{escape(name)}</text></g>")
    parts.append("</svg>")
    return "".join(parts)
