"""Web archives: the HTML pages stored as ``response`` records of a WARC file."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in _HTML_TYPES


def iter_warc_records(
    path: str, *, max_bytes: int = 10 * 1024 * 1024
) -> Iterator[tuple[str, str | None, bytes]]:
    """The HTML pages of a WARC (or .warc.gz) file.

    Only ``response`` records with a 2xx HTTP status and an HTML content type are
    yielded; the payload is de-chunked and decompressed (gzip/deflate/br
    ``Content-Encoding``) by warcio. Pages larger than ``max_bytes`` are skipped.

    Args:
        path: The archive.
        max_bytes: Largest payload yielded.

    Yields:
        ``(target URI, HTTP Content-Type, payload bytes)``.

    Raises:
        OSError: The file cannot be read.
        warcio.exceptions.ArchiveLoadFailed: Not a WARC file.
    """
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            http = record.http_headers
            if http is None:
                continue
            status = http.get_statuscode() or ""
            if not status.startswith("2"):
                continue
            content_type = http.get_header("Content-Type")
            if not _is_html(content_type):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not url:
                continue
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                continue
            yield url, content_type, payload
