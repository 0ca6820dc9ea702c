"""The raw archive: every fetched article page kept as WARC (``--archive DIR``, issue 13).

Each fetch becomes a ``request`` record, a ``response`` record (status line, the
headers we kept, the decoded body, ``WARC-Date`` = fetch time) and a ``metadata``
record with the feed item (feed URL, guid, title, published) as JSON, so that
``bantin run --input DIR`` re-extracts months of news with improved rules and no
fetch: the target URI is the item's canonical link, so the article ids (and the
documents they overwrite) are the same as when first ingested.

Files are written through Beam's ``FileSystems`` (a local folder, ``gs://``,
``s3://``...), one gzip member per record (the WARC convention, readable by any
WARC tool), named ``bantin-<UTC time>-<random>-<n>.warc.gz``, and rotated when they
reach ``max_bytes``. Each writer (one per DoFn instance) has its own files, so
parallel workers never share one.

Off by default: the archive grows without bound (a page is ~30 KB compressed, so
100,000 pages a day is ~3 GB a day), and where it lives and how long it is kept
is the operator's choice, not a default to discover on a full disk.
"""

from __future__ import annotations

import io
import json
import threading
import uuid
from datetime import datetime, timezone
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from transforms.records import FetchResult

DEFAULT_MAX_BYTES = 512 * 1024 * 1024  # WARC files of ~0.5 GB: what crawlers (Heritrix: 1 GB) use


class WarcArchive:
    """Appends fetches to rotating WARC files under ``folder``; thread-safe.

    Args:
        folder: Where the files go (any Beam file system path).
        max_bytes: Size at which a new file is started.
        user_agent: Recorded in the request records.
    """

    def __init__(self, folder: str, max_bytes: int = DEFAULT_MAX_BYTES, user_agent: str = "bantin") -> None:
        self.folder = folder.rstrip("/")
        self.max_bytes = max(1, max_bytes)
        self.user_agent = user_agent
        self._lock = threading.Lock()
        self._stream: Any = None
        self._size = 0
        self._files = 0
        self._token = uuid.uuid4().hex[:8]
        self.paths: list[str] = []
        self.records = 0

    def _open(self) -> None:
        from apache_beam.io.filesystem import CompressionTypes
        from apache_beam.io.filesystems import FileSystems

        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self._files += 1
        path = FileSystems.join(self.folder, f"bantin-{stamp}-{self._token}-{self._files:05d}.warc.gz")
        if "://" not in self.folder:
            import os

            os.makedirs(self.folder, exist_ok=True)
        # records are gzipped one by one (warcio): the file system must not gzip the stream again
        self._stream = FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED)
        self._size = 0
        self.paths.append(path)

    def write(
        self, url: str, result: FetchResult, fetched_at: datetime, item: dict[str, Any] | None = None
    ) -> None:
        """Archive one successful fetch.

        Args:
            url: The canonical item link (the article id is derived from it).
            result: The fetch (status, content type, validators, body).
            fetched_at: When it was fetched (UTC).
            item: Feed item fields for the metadata record.
        """
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        date = fetched_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        request_headers = StatusAndHeaders(
            f"GET {result.final_url} HTTP/1.1",
            [("User-Agent", self.user_agent), ("Accept-Encoding", "gzip, deflate")],
            is_http_request=True,
        )
        request = writer.create_warc_record(
            url, "request", http_headers=request_headers, warc_headers_dict={"WARC-Date": date}
        )
        headers = [("Content-Type", result.content_type or "application/octet-stream")]
        headers += [(k, v) for k, v in (("ETag", result.etag), ("Last-Modified", result.last_modified)) if v]
        headers.append(("Content-Length", str(len(result.data))))
        status = result.status or 200
        response = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(result.data),
            length=len(result.data),
            http_headers=StatusAndHeaders(f"{status} OK", headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(request)
        writer.write_record(response)
        if item:
            meta = json.dumps({"final_url": result.final_url, **item}, ensure_ascii=False).encode()
            concurrent = response.rec_headers.get_header("WARC-Record-ID")
            metadata = writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(meta), length=len(meta),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": concurrent},
            )  # fmt: skip
            writer.write_record(metadata)
        data = buffer.getvalue()
        with self._lock:
            if self._stream is None or (self._size + len(data) > self.max_bytes and self._size > 0):
                self._close_current()
                self._open()
            self._stream.write(data)
            self._size += len(data)
            self.records += 1

    def _close_current(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def close(self) -> None:
        """Close the current file (DoFn ``teardown``)."""
        with self._lock:
            self._close_current()
