"""Charts drawn on the server as SVG: a picture, not a table of numbers, and no script in the page.

:func:`timeline_svg` draws mentions over time as bars (per day for up to two months, per week up to
two years, else per month), with the empty periods in between, a y axis with its maximum, and the
first and last dates; each bar has a tooltip (``<title>``) with its period and count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

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
