"""perf7's speed rewrites give the same results as the definitions they replaced.

Each old definition is kept here (verbatim, or as the new code with the old regexes patched back
in) and compared with the new one on crafted edge cases and on random strings drawn from Vietnamese
letters, toned vowels, digits, punctuation, other scripts and number characters.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from transforms.clean import normalize
from transforms.clean.normalize import fold
from transforms.extract import dates
from transforms.extract.gazetteer import bounded, word_start

_ALPHABET = (
    "aăâeêioôơuưy" * 3
    + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ" * 2
    + "bcdđghklmnpqrstvx" * 3
    + "AĂÂEÊIOÔƠUƯYĐÁÀẢÃẠÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴƯỨỪ"
    + "fjwzFJWZ"
    + "      ,.;:-/()\n_"
    + "0123456789"
    + "²½Ⅻ①٣"  # digits and numbers that are no decimal digit, or decimal digits of other scripts
    + "ßİΣσςЖжñçœ"  # casefold specials, Greek, Cyrillic, other Latin letters
    + "\u0301\u0323\u0300"  # loose combining marks
    + "\u00a0\u200b"
)


_EDGE_TEXTS = [
    "",
    "plain ascii",
    "Hà Nội",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Uỷ ban Ủy ban",
    "Straße",
    "İstanbul",
    "ΟΔΟΣ",
    "e\u0301\u0323",  # decomposed marks, two classes in non-canonical order
    "\u0301a",  # a mark with nothing before it
    "한국어",  # Hangul decomposes algorithmically
    "ﬁ ﬀ",  # ligatures fold to several letters
    "Bộ Giaó dục và Đào tạo",
    "Gíáo dục, hoà bình, thuỷ lợi",
    "Người dân Việt Nam",  # marks all in place
    "Giaó²dục",  # a number character inside a word: the word runs on through it
    "Giaó½",
    "GiaóЖ dục",  # another script's letter next to a misplaced mark
    "Giaó_dục 2024Giaó",
    "quý khách, gìn giữ, gì",
    "GIAÓ DỤC",
    "Xêút",
]


def _random_texts(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


# --- normalize.fold -------------------------------------------------------------------------

_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def _old_fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def test_fold_matches_old_definition_on_every_bmp_character() -> None:
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert [fold(ch) for ch in chars] == [_old_fold(ch) for ch in chars]


@pytest.mark.parametrize("text", _EDGE_TEXTS)
def test_fold_matches_old_definition_on_edge_cases(text: str) -> None:
    assert fold(text) == _old_fold(text)


def test_fold_matches_old_definition_on_random_text() -> None:
    for text in _random_texts(seed=7, count=3000, longest=60):
        assert fold(text) == _old_fold(text), repr(text)


# --- normalize.canonical_tones: the cheap test before _NEW_STYLE ------------------------------


def test_new_style_cue_is_found_wherever_new_style_matches() -> None:
    samples = ["hoà", "Uỷ ban", "quỷ", "khoẻ mạnh", "hoàn", "toà.", *_random_texts(13, 3000, 30)]
    for text in samples:
        if normalize._NEW_STYLE.search(text):
            assert normalize._NEW_STYLE_CUE.search(text), repr(text)


# --- dates._year_choice --------------------------------------------------------------------


def _old_year_choice(text: str) -> tuple[int | None, int | None]:
    """The old definition: the same body with the regexes as written and no cue before one of them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_FAST_EVIDENCE", dates._EVIDENCE)
        patch.setattr(dates, "_FAST_FULL_DATE_YEAR", dates._FULL_DATE_YEAR)
        patch.setattr(dates, "_BARE_MONTH_YEAR_AS_CUED", "")
        return dates._year_choice.__wrapped__(text)


_DATE_PIECES = (
    "2023", "2024", "2005", "1975", "2051", "12", "3", "03", "1", "I", "II", "IV", "/", ".", "-", "–", " ",
    " ", "tháng ", "năm ", "ngày ", "nhiệm kỳ ", "10 tháng đầu năm ", "kế hoạch ", "đến ", "sinh năm ",
    "Luật Đất đai ", "quý ", ", ", "\n", "a", "5", "9", "20", "19",
)  # fmt: skip


def _random_date_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Sáng 13/3/2024, tổng kết năm 2023, triển khai nhiệm vụ năm 2024",
        "12/3/2024",  # a full date at the very start
        "112/3/2024 và 1.12.2005",  # no full date after a digit
        "/12/3/2024 -1/2/2005 .1/2/2005",
        "10 tháng đầu năm 2005, 110 tháng năm 2006",
        "quý I/2024, đến 12/2005, 10.2005, 3/2051",
        "nhiệm kỳ 2020-2025, (26/3/1975-26/3/2005)",
        "kế hoạch năm 2024",
        "sinh năm 1983, Luật Đất đai 2003, năm 2009",
        "٣/٣/2024",  # decimal digits of another script
    ],
)
def test_year_choice_matches_old_definition_on_edge_cases(text: str) -> None:
    assert dates._year_choice.__wrapped__(text) == _old_year_choice(text)


def test_year_choice_matches_old_definition_on_random_text() -> None:
    for text in _random_date_texts(seed=17, count=4000):
        assert dates._year_choice.__wrapped__(text) == _old_year_choice(text), repr(text)


def test_digit_first_regexes_match_the_same_spans() -> None:
    texts = _random_date_texts(seed=19, count=3000)
    for (old, _, _), (new, _, _) in zip(dates._EVIDENCE, dates._FAST_EVIDENCE, strict=True):
        for text in texts:
            assert [m.span(0) for m in new.finditer(text)] == [m.span(0) for m in old.finditer(text)]
    assert dates._digit_first(re.compile(r"(?<![x])\d{1,2}y")).pattern == r"\d(?<![x]\d)\d?y"
    unchanged = re.compile(r"\d{1,2}y")
    assert dates._digit_first(unchanged) is unchanged


# --- gazetteer.bounded ----------------------------------------------------------------------


def _old_bounded(regex: re.Pattern[str], text: str, extra: str = "") -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text) if word_start(text, m.start(), extra)]


@pytest.mark.parametrize("extra", ["", "/.,-", "ạ"])
def test_bounded_matches_old_definition(extra: str) -> None:
    regexes = [re.compile(p) for p in (r"(?:19|20)\d{2}", r"[aăâ]\w*", r"Hội nghị", r"\W", r"")]
    texts = ["", "Hội nghị 2024, xHội nghị_2024 /2024 .2005", *_random_texts(23, 500, 40)]
    for regex in regexes:
        for text in texts:
            assert [m.span() for m in bounded(regex, text, extra)] == _old_bounded(regex, text, extra)
