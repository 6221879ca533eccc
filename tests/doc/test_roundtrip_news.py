"""Over real news (COUNTER): every raw character is recoverable, normalization is idempotent, and
every token maps back to the user's characters."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import khabar
from khabar.urdu.normalize import normalize


def _bodies(data_dir, limit=120):
    files = sorted((data_dir / "news" / "counter" / "xml").glob("*.xml"))[:limit]
    for f in files:
        root = ET.parse(f).getroot()
        yield f.name, "\n".join(
            (el.text or "") for el in root.iter() if el.tag in ("headline", "body")
        )


@pytest.mark.data
def test_raw_text_is_rebuilt_from_text_and_changes(data_dir):
    nlp = khabar.load()
    n = 0
    for name, raw in _bodies(data_dir):
        doc = nlp(raw, id=name)
        rebuilt = []
        pos = 0
        for c in doc.changes():
            rebuilt.append(doc.text[pos:c.start])
            rebuilt.append(c.before)
            pos = c.end
        rebuilt.append(doc.text[pos:])
        assert "".join(rebuilt) == raw, name
        assert normalize(doc.text).text == doc.text, name
        # spaces the repair removed (انہو ں → انہوں), by raw offset
        removed = {c.raw_start for c in doc.changes() if c.before == " " and not c.after}
        for i in range(len(doc.tokens)):
            rs, re_ = doc.raw_span((doc.token_starts[i], doc.token_ends[i]))
            kept = "".join(ch for j, ch in enumerate(raw[rs:re_], rs) if j not in removed)
            assert normalize(kept).text == doc.tokens[i].text, (name, raw[rs:re_])
        n += 1
    assert n == 120
