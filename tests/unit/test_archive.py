"""The raw WARC archive: records, fetch time, rotation by size, read back by the WARC input (issue 13)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from transforms.records import FetchResult, RawDocument
from transforms.sources.warc import warc_documents
from transforms.steps.archive import WarcArchive


def _result(url: str, body: bytes) -> FetchResult:
    return FetchResult(url, url, 200, "text/html; charset=utf-8", body, '"e1"', None, None, None, 0.1)


def test_records_rotate_and_read_back(tmp_path: Path) -> None:
    archive = WarcArchive(str(tmp_path / "arch"), max_bytes=2000)
    when = datetime(2026, 3, 9, 1, 2, 3, tzinfo=timezone.utc)
    pages = {f"https://vnexpress.net/a-{i}.html": f"<html><body><p>Bài {i} " .encode() + bytes(range(256)) * 4
             for i in range(6)}  # fmt: skip
    for url, body in pages.items():
        archive.write(url, _result(url, body), when, {"feed": "https://vnexpress.net/rss", "guid": url})
    archive.close()
    files = sorted((tmp_path / "arch").glob("bantin-*.warc.gz"))
    assert len(files) >= 3 and [str(f) for f in files] == sorted(archive.paths)  # rotated by size
    assert archive.records == 6
    read = {}
    for f in files:
        with open(f, "rb") as stream:
            for doc in warc_documents(stream, str(f)):
                assert isinstance(doc, RawDocument), doc
                read[doc.source.url] = doc.data
    assert read == pages
    with open(files[0], "rb") as stream:
        records = list(ArchiveIterator(stream))
    kinds = [r.rec_type for r in records]
    assert kinds[:3] == ["request", "response", "metadata"]
    assert all(r.rec_headers.get_header("WARC-Date") == "2026-03-09T01:02:03Z" for r in records)
