"""Deterministic document ids and content hashes."""

from __future__ import annotations

import hashlib
import re

from transforms.clean.normalize import fold
from transforms.records import Source

_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
# 40 words: a story republished with another footer, credit or photo caption keeps its opening
# words; two different stories share 40 opening words only when one copies the other.
NEAR_DUPLICATE_WORDS = 40


def document_id(source: Source) -> str:
    """A stable id from the canonical URL, or the local path, of an input.

    The same input always gets the same id, so a re-run overwrites its documents.

    Args:
        source: Where the input came from.

    Returns:
        40 hexadecimal characters (SHA-1 of the URL or ``file:`` + path).
    """
    if source.url:
        return document_id_for_url(source.url)
    key = f"file:{source.path}" if source.path else f"guid:{source.feed}|{source.guid}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def document_id_for_url(url: str) -> str:
    """The id of the article at a canonical URL (SHA-1 of the URL), as :func:`document_id` gives it."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def content_hash(body: str) -> str:
    """Hash of the normalized body (white space collapsed), for duplicate detection.

    Args:
        body: Cleaned article text.

    Returns:
        32 hexadecimal characters (BLAKE2b-128).
    """
    normalized = _SPACES.sub(" ", body).strip()
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).hexdigest()


def near_duplicate_key(article_id: str, body: str) -> str:
    """Key shared by near-duplicate stories: a hash of the first words, folded.

    Bodies shorter than :data:`NEAR_DUPLICATE_WORDS` words get a key of their own
    (the article id): too little text to call two stories the same.
    """
    words = _WORDS.findall(fold(body[:2000]))
    if len(words) < NEAR_DUPLICATE_WORDS:
        return f"id:{article_id}"
    return hashlib.blake2b(" ".join(words[:NEAR_DUPLICATE_WORDS]).encode(), digest_size=12).hexdigest()
