"""list_inputs over Beam's FileSystems: globs, and remote folders (a file system of this test's own)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from apache_beam.io.filesystem import FileMetadata
from apache_beam.io.localfilesystem import LocalFileSystem

from transforms.records import RawDocument
from transforms.steps.read import list_inputs, read_inputs

SCHEME = "bantintest"


class PrefixedFileSystem(LocalFileSystem):
    """``bantintest:///abs/path`` is the local ``/abs/path``: a remote file system Beam finds by scheme.

    Every path it returns carries the scheme, as a ``gs://`` or ``s3://`` listing does, so the
    code under test cannot tell it from a remote store.
    """

    @classmethod
    def scheme(cls) -> str:
        return SCHEME

    @staticmethod
    def _local(path: str) -> str:
        return path.removeprefix(f"{SCHEME}://")

    def _list(self, dir_or_prefix: str) -> Iterator[FileMetadata]:
        for meta in super()._list(self._local(dir_or_prefix)):
            yield FileMetadata(f"{SCHEME}://{meta.path}", meta.size_in_bytes, meta.last_updated_in_seconds)

    def exists(self, path: str) -> bool:
        return bool(super().exists(self._local(path)))

    def metadata(self, path: str) -> FileMetadata:
        meta = super().metadata(self._local(path))
        return FileMetadata(path, meta.size_in_bytes, meta.last_updated_in_seconds)

    def open(self, path: str, *args: Any, **kwargs: Any) -> Any:
        return super().open(self._local(path), *args, **kwargs)


def _tree(root: Path) -> None:
    (root / "b.txt").write_text("Bài hai.", encoding="utf-8")
    (root / "a.html").write_text("<p>Bài một.</p>", encoding="utf-8")
    (root / "notes.md").write_text("not an input", encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "c.txt").write_text("Bài ba.", encoding="utf-8")
    (root / "sub" / "deeper").mkdir()
    (root / "sub" / "deeper" / "d.txt").write_text("Bài bốn.", encoding="utf-8")
    (root / "sub" / "e.txt").write_text("Bài năm.", encoding="utf-8")


def test_a_remote_folder_is_listed_like_a_local_one_and_its_files_are_read(tmp_path: Path) -> None:
    _tree(tmp_path)
    local = list_inputs([str(tmp_path)])
    remote = list_inputs([f"{SCHEME}://{tmp_path}/"])
    assert local.errors == remote.errors == ()
    names = [os.path.relpath(p, tmp_path) for p in local.paths]
    assert names == ["a.html", "b.txt", "sub/c.txt", "sub/e.txt", "sub/deeper/d.txt"]
    assert list(remote.paths) == [f"{SCHEME}://{tmp_path}/{name}" for name in names]
    docs = [d for path in remote.paths for d in read_inputs(path, 1000)]
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.data for d in docs if isinstance(d, RawDocument)][1] == "Bài hai.".encode()


def test_a_glob_is_matched_by_filesystems_locally_and_remotely(tmp_path: Path) -> None:
    _tree(tmp_path)
    for prefix in ("", f"{SCHEME}://"):
        listing = list_inputs([f"{prefix}{tmp_path}/*.txt", f"{prefix}{tmp_path}/sub/**"])
        assert listing.errors == ()
        names = [os.path.relpath(p.removeprefix(prefix), tmp_path) for p in listing.paths]
        assert names == ["b.txt", "sub/c.txt", "sub/e.txt", "sub/deeper/d.txt"]


def test_a_glob_that_matches_nothing_is_an_error_not_a_silent_gap(tmp_path: Path) -> None:
    _tree(tmp_path)
    listing = list_inputs([f"{tmp_path}/*.warc.gz", str(tmp_path / "b.txt")])
    assert [Path(p).name for p in listing.paths] == ["b.txt"]
    assert [(e.reason, e.path) for e in listing.errors] == [("not_found", f"{tmp_path}/*.warc.gz")]
