"""Dead-letter files: unique names, whole lines on a full disk (a stubbed file system here; the
real tmpfs test is in tests/integration/test_reliability.py), replay of damaged files."""

from __future__ import annotations

import errno
import io
import json
from pathlib import Path
from typing import Any

import pytest

from pipelines.replay import read_actions
from transforms.deadletters import (
    DeadLetterFile,
    DeadLettersFull,
    failure_to_json,
    is_disk_full,
    keep_whole_lines,
    unique_name,
)
from transforms.records import Failure, Source


def letter(i: int) -> str:
    action = {"_op_type": "index", "_index": "x", "_id": f"id{i}", "_source": {"body": "Nội dung " * 5}}
    return failure_to_json(Failure("write", "retries_exhausted", "gave up", Source("file", path=f"{i}.txt"),
                                   0, {"action": action}))  # fmt: skip


def test_names_are_unique_within_one_second() -> None:
    names = {unique_name("run") for _ in range(1000)}
    assert len(names) == 1000 and all(n.startswith("run-") for n in names)


class _SmallDisk(io.BufferedWriter):
    """A file on a disk with ``room`` bytes left: writes beyond it fail with ENOSPC, after
    putting what fits on the disk (as a real partial write does)."""

    def __init__(self, path: str, room: int) -> None:
        super().__init__(io.FileIO(path, "a"))
        self.room = room

    def write(self, data: Any) -> int:
        if self.room < len(data):
            super().write(bytes(data[: self.room]))
            super().flush()
            self.room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return super().write(data)


def test_a_full_disk_keeps_whole_lines_and_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "dead" / "run-x.jsonl"
    lines = [letter(i) for i in range(10)]
    room = len(lines[0].encode()) * 3 + 50  # three lines and a bit of the fourth
    dead = DeadLetterFile(str(path), opener=lambda p, mode: _SmallDisk(p, room))
    with pytest.raises(DeadLettersFull) as info:
        dead.append(lines)
    message = str(info.value)
    assert "\n" not in message and str(tmp_path / "dead") in message and "3 dead letters kept" in message
    assert is_disk_full(info.value)
    actions, _, bad = read_actions([str(path)])
    assert bad == [] and [a["_id"] for a in actions] == ["id0", "id1", "id2"]


def test_keep_whole_lines_cuts_a_partial_last_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(letter(1) + "\n" + letter(2)[:40], encoding="utf-8")
    assert keep_whole_lines(str(path)) == 1
    assert path.read_text(encoding="utf-8") == letter(1) + "\n"


def test_disk_full_is_found_in_wrapped_errors() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("a worker failed") from inner
    except RuntimeError as outer:
        assert is_disk_full(outer)
    assert is_disk_full(RuntimeError("OSError: [Errno 28] No space left on device [while running 'Write']"))
    assert not is_disk_full(RuntimeError("boom"))


def test_replay_reads_the_good_lines_and_reports_the_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(
        "\n".join([letter(1), "{not json", letter(2), json.dumps({"a": 1}), letter(3)[:30]]) + "\n",
        encoding="utf-8",
    )
    actions, not_replayable, bad = read_actions([str(path), str(tmp_path / "missing.jsonl")])
    assert [a["_id"] for a in actions] == ["id1", "id2"] and not_replayable == 0
    assert [m.split(": ")[0] for m in bad] == [
        f"{path}:2",
        f"{path}:4",
        f"{path}:5",
        f"{tmp_path}/missing.jsonl",
    ]


def test_credentials_never_reach_a_dead_letter() -> None:
    source = Source("feed", feed="http://reader:s3cret@feeds.example/rss", url="https://u:p@x.example/a")
    line = failure_to_json(Failure("feed", "http_500", "GET http://reader:s3cret@feeds.example/rss", source))
    assert "s3cret" not in line and "u:p@" not in line
