"""Crash safety for real: ``kill -9`` a ``khabar ingest`` subprocess mid-run, check the database is
consistent (no half-written document), then rerun and check it completes the rest, once each."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from khabar.corpus.store import Store

N_FILES = 400
WORDS = ["لاہور", "کراچی", "بارش", "اجلاس", "حکومت", "پالیسی", "وزیر", "عوام", "شہر", "سڑک"]


def test_kill_9_mid_ingest_leaves_a_consistent_database_and_a_rerun_completes(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    for k in range(N_FILES):
        words = " ".join(WORDS[(k * 7 + j) % len(WORDS)] for j in range(30))
        (src / f"{k:04d}.txt").write_text(f"خبر نمبر {k}: {words}۔ " * 3, encoding="utf-8")
    db = tmp_path / "c.sqlite"
    cmd = [sys.executable, "-m", "khabar", "ingest", str(src), "--db", str(db), "--pipeline", "text"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        count = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as c:
                        count = c.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.Error:
                    continue
                if count >= 20:
                    break
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"  # type: ignore[union-attr]
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        killed_at = len(store)
        assert 20 <= killed_at < N_FILES
        assert store.integrity_problems() == []
        # every stored document is whole: its index entry and its signature are there
        assert store.conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'خبر'"
                                  ).fetchone()[0] == killed_at
    rerun = subprocess.run([*cmd, "--json"], capture_output=True, text=True, timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f'"added": {N_FILES - killed_at}, "duplicates": {killed_at}' in rerun.stdout
    with Store(db) as store:
        assert len(store) == N_FILES
        assert store.integrity_problems() == []
        ids = [r[0] for r in store.conn.execute("SELECT doc_id FROM documents")]
        assert len(set(ids)) == N_FILES
