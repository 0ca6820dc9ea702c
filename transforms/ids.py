"""Deterministic document ids and content hashes."""

from __future__ import annotations

import hashlib
import re

from transforms.clean.normalize import fold
from transforms.records import Source

_WORDS = re.compile(r"\w+")
# 40 words: a story republished with another footer, credit or photo caption keeps its opening
# words; two different stories share 40 opening words only when one copies the other.
NEAR_DUPLICATE_WORDS = 40
# the opening the key reads: at most this many characters of the body
NEAR_DUPLICATE_CHARS = 2000
# first guess of the characters that hold the opening words (40 Vietnamese syllables are ~180):
# folding is the cost of the read stage, so fold 256, then 512, 1024, 2000 while words are missing
_FIRST_CUT = 256


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
    normalized = " ".join(body.split())  # white space runs -> one space (str.isspace is re's \s)
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).hexdigest()


def near_duplicate_key(article_id: str, body: str) -> str:
    """Key shared by near-duplicate stories: a hash of the first words, folded.

    The words are the first :data:`NEAR_DUPLICATE_WORDS` of ``fold(body[:2000])``.
    Bodies shorter than that get a key of their own (the article id): too little text
    to call two stories the same.
    """
    words = _opening_words(body)
    if len(words) < NEAR_DUPLICATE_WORDS:
        return f"id:{article_id}"
    return hashlib.blake2b(" ".join(words[:NEAR_DUPLICATE_WORDS]).encode(), digest_size=12).hexdigest()


def _opening_words(body: str) -> list[str]:
    """The words of ``fold(body[:2000])``, or at least their first :data:`NEAR_DUPLICATE_WORDS`.

    Folding works character by character (marks dropped, case folded), so the fold of a prefix
    is a prefix of the fold, and its words are the first words of the fold but for the last
    one, which a cut may shorten. A prefix holding more than the words needed therefore gives
    exactly the same opening words as the whole window, for a fraction of the folding.
    """
    cut = _FIRST_CUT
    while cut < min(len(body), NEAR_DUPLICATE_CHARS):
        words = _WORDS.findall(fold(body[:cut]))
        if len(words) > NEAR_DUPLICATE_WORDS:
            return words
        cut *= 2
    return _WORDS.findall(fold(body[:NEAR_DUPLICATE_CHARS]))
