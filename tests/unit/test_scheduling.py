"""Run lock, progress lines and --since: what scheduled runs rely on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from transforms.progress import ProgressReporter
from transforms.runlock import RunLock, RunLocked
from transforms.sources.files import modified_since


def test_a_second_holder_is_refused_and_the_lock_is_free_again_after(tmp_path: Path) -> None:
    path = str(tmp_path / "locks" / "run.lock")
    with RunLock(path):
        # another process, as a second cron run would be
        probe = (
            "import sys; from transforms.runlock import RunLock, RunLocked\n"
            f"try:\n    RunLock({path!r}).__enter__()\nexcept RunLocked as e:\n    print(e); sys.exit(75)\n"
        )
        other = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert other.returncode == 75
        assert f"pid {os.getpid()}" in other.stdout
    with RunLock(path):
        pass


def test_a_run_in_the_same_process_cannot_take_a_held_lock(tmp_path: Path) -> None:
    path = str(tmp_path / "run.lock")
    with RunLock(path), pytest.raises(RunLocked):
        RunLock(path).__enter__()


def test_progress_lines_have_count_rate_and_eta() -> None:
    stream = io.StringIO()
    reporter = ProgressReporter(total=10, interval=0.0, stream=stream)
    reporter.add(done=3)
    reporter.add()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[-1].startswith("[progress] 4/10 articles, ")
    assert "/s, ETA " in lines[-1]


def test_progress_of_an_archive_has_no_total_of_files(tmp_path: Path) -> None:
    # issue 11: a JSON-lines archive showed "7484/1 articles" (files counted against articles)
    from transforms.progress import expected_articles

    archive = tmp_path / "corpus.jsonl"
    archive.write_text("".join(f'{{"id": "{n}", "text": "Bài số {n}."}}\n' for n in range(5)))
    total = expected_articles([str(archive)])
    stream = io.StringIO()
    reporter = ProgressReporter(total=total, interval=0.0, stream=stream)
    reporter.add(5)
    line = stream.getvalue().strip()
    assert line.startswith("[progress] 5 articles, ") and "ETA" not in line
    assert expected_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.html")]) == 2
    assert expected_articles([str(tmp_path / "a.txt"), str(tmp_path / "c.warc.gz")]) == 0


def test_modified_since_keeps_new_files(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("x")
    new.write_text("x")
    long_ago = time.time() - 10 * 86400
    os.utime(old, (long_ago, long_ago))
    since = time.strftime("%Y-%m-%d", time.localtime(time.time() - 86400))
    assert modified_since([str(old), str(new)], since) == [str(new)]
    with pytest.raises(ValueError, match="not a date"):
        modified_since([str(new)], "yesterday")
