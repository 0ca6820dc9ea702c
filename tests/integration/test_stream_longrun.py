"""The streaming job over minutes: flat memory, idle CPU, every item written once, a truthful
summary on SIGTERM, and a run lock. The short version (about 2.5 minutes) of
``deploy/local/longrun_stream.py`` (run it for 30 minutes by hand: see docs/reliability.md)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deploy.local.longrun_stream import longrun
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def test_stream_for_two_and_a_half_minutes(es_url: str) -> None:
    result = longrun(
        2.5,
        es_url,
        poll_interval=10,
        add_every=20,
        add_count=2,
        idle_minutes=0.75,
        sample_every=15,
        settle_minutes=0.5,
    )
    rows = "\n".join(str(r) for r in result["rows"])
    assert result["alive_until_end"] and result["exit_code"] == 0, result["log_tail"]
    assert result["items_in"] >= 15
    # every item written once: one document each, each page fetched once, and the summary says so
    assert result["items_out"] == result["items_in"] == result["summary_wrote"], (rows, result["summary"])
    assert not result["pages_fetched_more_than_once"] and result["pages_never_fetched"] == 0
    assert f"new items {result['items_in']}, wrote {result['items_in']}, failed 0" in result["summary"]
    assert "stopped by SIGTERM" in result["summary"]
    assert result["rss_ratio"] <= 1.2, rows
    # a poll of a local feed every 10 s costs ~0.4 s of CPU (~4%); the default interval is 300 s
    assert result["idle_cpu_pct"] < 10.0, rows


def test_a_second_stream_on_the_same_index_exits_75(tmp_path: Path, es_url: str, es_index: str) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds: []\n", encoding="utf-8")
    argv = [sys.executable, "-m", "pipelines.cli", "stream", "--feeds", str(feeds), "--es-url", es_url]
    argv += ["--index", es_index, "--lock-file", str(tmp_path / "stream.lock"), "--poll-interval", "1"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    first = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "stream.lock").exists() or not (tmp_path / "stream.lock").read_text():
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.2)
        second = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 75, second.stderr
        assert "another run holds" in second.stderr
    finally:
        first.terminate()
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "stream ended (stopped by SIGTERM): ticks" in out
