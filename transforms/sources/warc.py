"""Web archives: the HTML pages stored as ``response`` records of a WARC file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from transforms.records import RawDocument, Source
from transforms.sources.files import DEFAULT_MAX_BYTES, InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in _HTML_TYPES


def _page(record: object) -> tuple[str, str | None] | None:
    """(URL, content type) of a 2xx HTML response record, else None."""
    if getattr(record, "rec_type", None) != "response":
        return None
    http = getattr(record, "http_headers", None)
    if http is None or not (http.get_statuscode() or "").startswith("2"):
        return None
    content_type = http.get_header("Content-Type")
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    if not _is_html(content_type) or not url:
        return None
    return url, content_type


def warc_documents(
    stream: IO[bytes], path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | InputError]:
    """The HTML pages of a WARC (or .warc.gz) stream, and what was skipped, with reasons.

    Only ``response`` records with a 2xx HTTP status and an HTML content type are
    pages; the payload is de-chunked and decompressed (gzip/deflate/br
    ``Content-Encoding``) by warcio. A page over ``max_bytes`` and a record cut
    short (a truncated archive) are :class:`InputError` values, never partial pages.

    Args:
        stream: The archive's bytes (gzip members are read by warcio).
        path: The archive, for sources and messages.
        max_bytes: Largest payload kept.

    Raises:
        warcio.exceptions.ArchiveLoadFailed: Not a WARC file.
    """
    for record in ArchiveIterator(stream):
        page = _page(record)
        if page is None:
            continue
        url, content_type = page
        payload = record.content_stream().read(max_bytes + 1)
        where = f"{path}#{url}"
        if len(payload) > max_bytes:
            yield InputError(
                "too_large", f"page {url} is over the {max_bytes:,}-byte limit (--max-bytes)", where
            )
            continue
        missing = getattr(record.raw_stream, "limit", 0)
        if missing:
            yield InputError("truncated", f"record of {url} is cut short ({missing:,} bytes missing)", where)
            continue
        yield RawDocument(Source("warc", path=path, url=url), payload, content_type)
