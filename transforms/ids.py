"""Deterministic document ids and content hashes."""

from __future__ import annotations

import hashlib
import re

from transforms.records import Source

_SPACES = re.compile(r"\s+")


def document_id(source: Source) -> str:
    """A stable id from the canonical URL, or the local path, of an input.

    The same input always gets the same id, so a re-run overwrites its documents.

    Args:
        source: Where the input came from.

    Returns:
        40 hexadecimal characters (SHA-1 of the URL or ``file:`` + path).
    """
    if source.url:
        key = source.url
    elif source.path:
        key = f"file:{source.path}"
    else:
        key = f"guid:{source.feed}|{source.guid}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def content_hash(body: str) -> str:
    """Hash of the normalized body (white space collapsed), for duplicate detection.

    Args:
        body: Cleaned article text.

    Returns:
        32 hexadecimal characters (BLAKE2b-128).
    """
    normalized = _SPACES.sub(" ", body).strip()
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).hexdigest()
