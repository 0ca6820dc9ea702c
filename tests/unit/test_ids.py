"""Ids and dedup keys: the fast forms give exactly the keys of their definitions.

``near_duplicate_key`` folds only as much of the body as holds the opening words, and
``content_hash`` splits on white space instead of a regex; the definitions are written
out here and compared on crafted bodies (cuts inside words, combining marks, case
folding that changes lengths, ASCII openings with marked text after them), on random
bodies, and on every VNTC text when the shared corpora are present.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re

import pytest

from tests.conftest import shared_path
from transforms.clean.normalize import fold
from transforms.ids import NEAR_DUPLICATE_WORDS, content_hash, near_duplicate_key

_WORDS = re.compile(r"\w+")


def _reference_key(article_id: str, body: str) -> str:
    """The definition: the first 40 words of the folded first 2,000 characters."""
    words = _WORDS.findall(fold(body[:2000]))
    if len(words) < NEAR_DUPLICATE_WORDS:
        return f"id:{article_id}"
    return hashlib.blake2b(" ".join(words[:NEAR_DUPLICATE_WORDS]).encode(), digest_size=12).hexdigest()


def _reference_hash(body: str) -> str:
    normalized = re.sub(r"\s+", " ", body).strip()
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).hexdigest()


def _words(n: int, word: str = "chính") -> str:
    return " ".join(f"{word}{i}" for i in range(n))


CRAFTED = [
    "",
    "ngắn quá",
    _words(NEAR_DUPLICATE_WORDS - 1),
    _words(NEAR_DUPLICATE_WORDS),  # exactly enough words
    _words(NEAR_DUPLICATE_WORDS + 1),
    # the 40th and 41st words across each cut (256, 512, 1024 characters)
    *("x" * (cut - 3) + " " + _words(NEAR_DUPLICATE_WORDS + 2) for cut in (256, 512, 1024)),
    *("a " * (cut // 2 - 20) + "Đồngkhởiđầu " * 30 for cut in (256, 512, 1024, 2000)),
    # the 40th word itself across the first cut, then the rest
    "abcde " * (NEAR_DUPLICATE_WORDS - 1) + "d" * 40 + " thêm" * 10,
    # long words: few words per cut, the window doubles up to 2,000 characters
    " ".join("ư" * 60 for _ in range(NEAR_DUPLICATE_WORDS + 5)),
    " ".join("q" * 45 for _ in range(NEAR_DUPLICATE_WORDS + 5)),  # 40 words past 2,000 characters
    # combining marks (decomposed text) at the cuts, casefold changing lengths (ß, İ, ligatures)
    ("Ba\u0300n tin " * 40)[:255] + "\u0301\u0323" + "Straße İstanbul ﬁnal ĐẠI HỘI " * 20,
    "ASCII only opening words here " * 9 + "rồi Tiếng Việt có dấu, đ và Đ " * 20,
    "\u0300" * 300 + _words(50),
    "\r\n\t\u00a0\u2003 " * 80 + _words(45, "Hà Nội"),
    "Thủ tướng: " + "nhiệm vụ\u200b, " * 60,  # zero-width space: not white space, not a word
]


@pytest.mark.parametrize("body", CRAFTED, ids=range(len(CRAFTED)))
def test_keys_match_their_definitions_on_crafted_bodies(body: str) -> None:
    assert near_duplicate_key("x", body) == _reference_key("x", body)
    assert content_hash(body) == _reference_hash(body)


def test_keys_match_their_definitions_on_random_bodies() -> None:
    rng = random.Random(11)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÊƯ0123456789"
    others = (" ", " ", " ", "\n", "\u00a0", ",", ".", "-", "\u0300", "\u0301", "\u0323", "ß", "İ", "ﬁ", "_")
    alphabet = [*letters, *others]
    for _ in range(400):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 2600)))
        assert near_duplicate_key("r", body) == _reference_key("r", body)
        assert content_hash(body) == _reference_hash(body)


def test_keys_match_their_definitions_on_every_vntc_text() -> None:
    path = shared_path("corpora", "vntc-politics", "vntc-chinh-tri-xa-hoi-test.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    assert len(texts) > 7000
    for i, text in enumerate(texts):
        assert near_duplicate_key(str(i), text) == _reference_key(str(i), text)
        assert content_hash(text) == _reference_hash(text)
