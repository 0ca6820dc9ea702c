"""perf-clean9's speed rewrites in ``transforms/clean/`` give the same results as the definitions
they replaced.

Each old definition is kept here and compared with the new one on crafted edge cases, the seeds and
random strings drawn from Vietnamese letters, toned vowels, digits, spaces, punctuation and the
characters each gate looks for.
"""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import takewhile
from pathlib import Path

import pytest

from transforms.clean import normalize, text

_ALPHABET = (
    "aăâeêioôơuưy" * 3
    + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ" * 2
    + "bcdđghklmnpqrstvx" * 2
    + "AĂÂEÊIOÔƠUƯYĐÁÀẢÃẠÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴƯỨỪ"
    + " " * 12
    + "\n\n\t\r\u00a0\u2003\u200b\u00ad\ufeff"
    + ',.;:-/()“”"!?…'
    + "0123456789²٣"
)
_PIECES = (
    "Ảnh",
    "ẢNH",
    "ảnh",
    "Ảnh: ",
    "(Ảnh: TTXVN)",
    "(Nguồn: VGP)",
    "nguồn ảnh:",
    "phóng sự ảnh: ",
    " ghi",
    "(N.A.N)",
    "Y.A ghi",
    " ảnh 2.",
    " ảnh 12 .",
    " (12/3/2005)",
    "  ",
    " \n",
    "Giaó",
    "hoà",
    "Thuỷ",
    "người",
    "quý",
)
_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.3:
                parts.append(rng.choice(_PIECES))
            else:
                parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 8))))
        texts.append("".join(parts))
    return texts


def _samples() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.glob("*.txt"))]
    lines = [line for seed in seeds for line in seed.split("\n")]
    return [*_PIECES, "", *seeds, *lines, *_random_texts(3000, 9)]


# --- normalize ----------------------------------------------------------------------------------


def _old_normalize_unicode(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    value = normalize.unescape_entities(value)
    value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", value)
    value = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]", " ", value)
    value = re.sub(r" {2,}", " ", value)
    return re.sub(r"[ ]+\n", "\n", value)


def test_normalize_unicode_matches_the_old_definition() -> None:
    for sample in _samples():
        assert normalize.normalize_unicode(sample) == _old_normalize_unicode(sample), repr(sample)


_OLD_SUSPECT = re.compile(
    rf"[{normalize._ALL_VOWELS}][{normalize._TONED_CHARS}]|[{normalize._TONED_CHARS}][{normalize._ALL_VOWELS}]"
)


def _words_at(pattern: re.Pattern[str], sample: str) -> list[tuple[int, int]]:
    """The alphabetic runs ``repair_tone_marks`` reads around the pattern's matches, in order."""
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(sample):
        if spans and match.start() < spans[-1][1]:
            continue
        before = len(list(takewhile(str.isalpha, reversed(sample[: match.start()]))))
        after = len(list(takewhile(str.isalpha, sample[match.end() :])))
        spans.append((match.start() - before, match.end() + after))
    return spans


def test_suspect_matches_find_the_words_of_the_old_alternation() -> None:
    hits = 0
    for sample in _samples():
        old = _words_at(_OLD_SUSPECT, sample)
        hits += len(old)
        assert _words_at(normalize._SUSPECT, sample) == old, repr(sample)
    assert hits > 1000


def test_repair_tone_marks_matches_the_old_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = [*_samples(), "Bộ Giaó dục", "Gíáo viên", "ngừơi", "qúy khách", "hoà bình cuả"]
    new = [normalize.repair_tone_marks(sample) for sample in samples]
    monkeypatch.setattr(normalize, "_SUSPECT", _OLD_SUSPECT)
    old = [normalize.repair_tone_marks(sample) for sample in samples]
    assert new == old
    assert any(changes for _, changes in old)


def test_canonical_tones_by_tokens_matches_the_whole_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # perfclean: texts whose white-space tokens are all unchanged skip the scan; compared with the
    # scan (the definition) on fresh caches, then again with every token already seen
    monkeypatch.setattr(normalize, "_tokens_seen", set())
    monkeypatch.setattr(normalize, "_tokens_changed", set())
    crafted = [
        "Bộ Giaó dục và hoà bình",
        "Uỷ ban\tnhân dân, thuỷ điện; quý khách",
        "x²hoà ½Giaó (hoà) “Uỷ” hoà_bình hoà1",
        "Gíáo viên ngừơi\u00a0hoà\u3000Uỷ",
        "qúy khách cuả QUÝ HOÀ",
    ]
    samples = [*crafted, *_samples()]
    for _ in range(2):
        for sample in samples:
            assert normalize.canonical_tones(sample) == normalize._scan_tones(sample), repr(sample)
    assert any(normalize._scan_tones(sample)[1] for sample in crafted)
    assert normalize._tokens_changed


def test_canonical_tones_forgets_tokens_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_tokens_seen", set())
    monkeypatch.setattr(normalize, "_tokens_changed", set())
    monkeypatch.setattr(normalize, "_TOKENS_LIMIT", 3)
    for sample in ("hoà bình", "một hai ba bốn", "Uỷ ban hoà"):
        assert normalize.canonical_tones(sample) == normalize._scan_tones(sample)
    assert len(normalize._tokens_seen) <= 3
    assert normalize._tokens_changed <= normalize._tokens_seen


# --- text: gates before regexes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gated", "old"),
    [
        (text._is_image_alt, lambda line: text._IMAGE_ALT.search(line) is not None),
        (text._has_credit, lambda line: text._CREDIT.search(line) is not None),
    ],
)
def test_line_gates_match_their_regexes(gated: object, old: object) -> None:
    assert callable(gated) and callable(old)
    hits = 0
    for sample in _samples():
        expected = old(sample)
        hits += expected
        assert gated(sample) == expected, repr(sample)
    assert hits > 0  # the samples hold matches, so the comparison can fail


def test_credit_inline_matches_the_search() -> None:
    hits = 0
    for sample in _samples():
        for end in (0, 5, 20, text._RUN_ON_SCAN, len(sample)):
            old = text._CREDIT_INLINE.search(sample, 0, end)
            new = text._credit_inline(sample, end)
            hits += old is not None
            assert (new.span() if new else None) == (old.span() if old else None), (sample, end)
    assert hits > 0


def test_related_link_gate_keeps_every_match() -> None:
    for sample in [*_samples(), "Lễ khai mạc hội nghị (12/3/2005)", "Tin cũ (1/2/2003)\n"]:
        if text._RELATED_LINK.match(sample):
            assert sample.endswith((")", ")\n")), repr(sample)


def test_trailing_initials_gate_keeps_every_match() -> None:
    samples = [*_samples(), "Anh ấy sang Mỹ. (N.A.N)", "Điểm thưởng. Y.A ghi", "Sang Mỹ. (N.A.N)\n"]
    hits = 0
    for sample in samples:
        if text._TRAILING_INITIALS.search(sample):
            hits += 1
            assert sample.endswith((")", "ghi", ")\n", "ghi\n")), repr(sample)
    assert hits >= 3


def _old_opener(head: str, openers: str) -> re.Pattern[str]:
    return re.compile(head + r" (?=(?:" + openers + r")(?![\w]))")


_OLD_OPENERS = [
    (
        text._OPENER,
        _old_opener(r"(?<=[\w”\"’)])(?<! và)", "|".join((*text._OPENERS, *text._SENTENCE_STARTS))),
    ),
    (text._SENTENCE_OPENER, _old_opener(r"(?<=[\w”\"’)])(?<! và)", "|".join(text._SENTENCE_STARTS))),
    (
        text._PERSON_OPENER,
        _old_opener(
            r"(?<=[a-zđà-ỹ0-9”\"’)])",
            "Ông|Bà|Công nhân|Cán bộ|Nông dân|Ngư dân|Học sinh|Sinh viên|Hằng ngày|Các em|Người dân",
        ),
    ),
    (
        text._CAPTION_TAIL,
        _old_opener(r"(?<=[\w”\"’)])", "Hiện trường|Lực lượng|Quang cảnh|Toàn cảnh|Trong ảnh"),
    ),
]


@pytest.mark.parametrize(("new", "old"), _OLD_OPENERS)
def test_space_first_openers_match_the_look_behind_form(new: re.Pattern[str], old: re.Pattern[str]) -> None:
    words = ["Ông", "Bà", "Theo", "Hiện trường", "Cán bộ", "Quang cảnh", "và", "Người dân", "Ông Ba"]
    rng = random.Random(4)
    samples = [*_samples()]
    for _ in range(2000):
        samples.append(
            "".join(rng.choice([*words, " ", "  ", "a", "1", ")", "”", ",", " và ", "Và"]) for _ in range(12))
        )
    hits = 0
    for sample in samples:
        for pos in (0, 1, 3, text._HEAD_MIN):
            expected = [m.span() for m in old.finditer(sample, pos)]
            hits += len(expected)
            assert [m.span() for m in new.finditer(sample, pos)] == expected, (sample, pos)
    assert hits > 100


def _old_repeated_head(line: str) -> tuple[str, list[str], str] | None:
    for match in re.finditer(" ", line[: text._HEAD_MAX + 1]):
        head = line[: match.start()]
        if len(head) >= text._HEAD_MIN and line.startswith(head + " " + head + " ", 0):
            return head, [], line[2 * len(head) + 2 :]
    return None


def test_repeated_head_matches_the_old_definition() -> None:
    rng = random.Random(12)
    heads = ["Hội nghị Trung ương lần thứ 5", "Khai mạc kỳ họp", "Ab cd ef gh ij", "x" * 170 + " y", "Ông A"]
    samples = [*_samples()]
    for _ in range(3000):
        head = rng.choice([*heads, *(h[: rng.randint(1, len(h))] for h in heads)])
        gap = rng.choice([" ", "  ", "", " x "])
        samples.append(head + gap + head + rng.choice([" lead text", "", " ", "x", "  a"]))
    hits = 0
    for sample in samples:
        expected = _old_repeated_head(sample)
        hits += expected is not None
        assert text._repeated_head(sample) == expected, repr(sample)
    assert hits > 100


def test_drop_line_gates_match_the_regexes() -> None:
    samples = [
        *_samples(),
        "leftcenterrightdel",
        "<tr>",
        "break;",
        "AddVote(1,'a');",
        "document.f.focus();",
        ".",
        "|",
    ]
    for sample in (s for s in samples if s):
        residue = bool(
            text._SCRIPT_TOKEN.match(sample)
            or text._SCRIPT_CALL.match(sample)
            or not any(ch.isalnum() for ch in sample)
            or text._IMAGE_DEBRIS.match(sample)
        )
        if residue:
            assert text._is_drop_line(sample, residue=True), repr(sample)
        else:
            assert text._is_drop_line(sample, residue=True) == text._is_drop_line(sample), repr(sample)
