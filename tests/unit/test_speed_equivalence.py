"""perf7's and perf-misc's speed rewrites give the same results as the definitions they replaced.

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
from transforms.extract import dates, places
from transforms.extract.gazetteer import bounded, word_start
from transforms.extract.starts import KeyedStarts, LiteralStarts, matches_at

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
        return dates._counted_year_choice(text)


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


# --- perf-misc: regexes tried only where a match can start -----------------------------------

_CUE_PIECES = (
    "Sáng", "sáng", "chiều", "Chiều", "tối", "trưa", "đêm", "Ngày", "ngày", "hôm", "Hôm", "phiên", "Phiên",
    "nay", "qua", "hôm qua", "thứ Hai", "Thứ hai", "chủ nhật", "Chủ Nhật", "vừa qua", "tháng", "năm", "và",
    "đến", "(", ",", " ", " ", "  ", "\n", "/", ".", "-", "5", "16", "17", "10", "2024", "1999", "x", "_",
    "ng", "phiêngày", "Sángày",
)  # fmt: skip


def _random_cue_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_CUE_PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def test_literal_starts_finds_every_offset_of_every_form() -> None:
    forms = ("phiên", "ngày", "sáng", "ng", "aa", "a")
    starts = LiteralStarts(forms)
    for text in [
        "",
        "phiêngày",
        "Sángày ngng aaaa",
        *_random_cue_texts(29, 1500),
        *_random_texts(31, 500, 30),
    ]:
        expected = tuple(i for i in range(len(text)) if any(text.startswith(f, i) for f in forms))
        assert starts(text) == expected, repr(text)


def test_matches_at_literal_starts_is_finditer() -> None:
    starts = LiteralStarts(("ab", "b", "bc"))
    regexes = [re.compile(p) for p in (r"(?:ab|bc?)\w*", r"(?:bc|ab)(?!c)", r"(?:b|ab)\d?")]
    for regex in regexes:
        for text in ["", "abc abcbc bbb", *_random_texts(37, 300, 20), "ab1bc2b3"]:
            spans = [m.span() for m in matches_at(regex, text, starts(text))]
            assert spans == [m.span() for m in regex.finditer(text)], (regex.pattern, text)


@pytest.mark.parametrize(
    "regex", [dates._NUMERIC, dates._WORDED, dates._SPAN, dates._RELATIVE, dates._ANCHOR]
)
def test_cued_date_regexes_match_as_finditer(regex: re.Pattern[str]) -> None:
    for text in _random_cue_texts(41, 3000):
        assert [m.span() for m in dates._cued_matches(regex, text)] == [
            m.span() for m in regex.finditer(text)
        ]


def test_days_match_old_definition() -> None:
    texts = ["Sáng 5/3, phiêngày 16 và sáng 17.10 hôm nay (9/7) chiều qua", *_random_cue_texts(43, 3000)]
    for text in texts:
        new = dates._days.__wrapped__(text)
        with pytest.MonkeyPatch.context() as patch:  # the old definition: every regex scanned
            patch.setattr(dates, "_CUED_HEADS", ("\x00",))
            patch.setattr(dates, "_WEEKDAY_AS_STARTED", False)
            assert new == dates._days.__wrapped__(text), repr(text)
        assert dates.anchor_day.__wrapped__(text, 2024) == _old_anchor_day(text, 2024)


def _old_anchor_day(text: str, year: int) -> str | None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_CUED_HEADS", ("\x00",))
        return dates.anchor_day.__wrapped__(text, year)


def test_bare_month_years_match_finditer() -> None:
    texts = ["12/2005 III/2024 1 . 2005 10.2005.3 /2005 x3/2005 IV/2006/2007", *_random_date_texts(47, 4000)]
    for text in texts:
        spans = [m.span() for m in dates._bare_month_years(text)]
        assert spans == [m.span() for m in dates._BARE_MONTH_YEAR.finditer(text)], repr(text)


def test_year_choice_without_a_year_is_none() -> None:
    for text in ["", "ngày 5/3", "năm 1899 và 2100", "sinh năm 19 99", "20244 2019x"]:
        assert dates._year_choice.__wrapped__(text) == _old_year_choice(text)


def _old_sub(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    with pytest.MonkeyPatch.context() as patch:  # the old definition: _NEW_STYLE.sub over the text
        patch.setattr(normalize, "_sub_at_cues", lambda fix, t: normalize._NEW_STYLE.sub(fix, t))
        return normalize.canonical_tones(text)


def test_canonical_tones_matches_old_definition() -> None:
    pieces = [
        "oà",
        "Uỷ",
        "quý",
        "qoà",
        "hoà",
        "thuỷ",
        "q",
        "2oà",
        "_uỷ",
        "xoà_",
        "oàoà",
        "Giaó",
        " ",
        ".",
        "ở",
    ]
    rng = random.Random(53)
    texts = [*_EDGE_TEXTS, *_random_texts(59, 2000, 30)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        assert normalize.canonical_tones(text) == _old_sub(text), repr(text)


def test_unit_regex_at_its_starts_is_finditer() -> None:
    units = [
        "tỉnh Quảng Ninh",
        "Thành phố Hà Nội",
        "TP.HCM",
        "TP. Vinh",
        "P.Bình Hưng Hòa B",
        "Q.1",
        "TX.Sơn Tây",
    ]
    units += ["thị xã Sơn Tây", "xã Minh Trí", "ấp Tân", "thôn Đông", "Huyện Núi Thành, Lâm Đồng", "TPHCM"]
    rng = random.Random(61)
    texts = [
        "".join(rng.choice([*units, " ", ", ", "x", "(", "và "]) for _ in range(rng.randint(0, 10)))
        for _ in range(1500)
    ]
    for text in texts:
        found = [m.span() for m in matches_at(places.unit_regex(), text, places._UNIT_STARTS(text))]
        assert found == [m.span() for m in places.unit_regex().finditer(text)], repr(text)


def test_slashed_hint_is_found_wherever_a_coded_document_matches() -> None:
    from transforms.extract import documents

    pieces = [
        "05",
        "-",
        "–",
        "CT",
        "NQ",
        "/",
        " ",
        "/ ",
        "TW",
        "QĐ-TTg",
        "2005",
        "QH11",
        "UBTV",
        "x",
        "Đ",
        "đ",
    ]
    rng = random.Random(67)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in [*texts, "05-CT/TW", "357/2025/NĐ-CP", "41/2005/QH11", "12 / 2005 / UBTVQH11"]:
        if documents._PARTY.search(text) or documents._STATE.search(text) or documents._SLASHED.search(text):
            assert documents._SLASHED_HINT.search(text), repr(text)


# --- perf-dates: date scans from str.find keys and literal gates ------------------------------------

_SPAN_PIECES = (*_CUE_PIECES, "Từ ngày", "từ ngày", "từ  ngày", "Từ\nngày", "Tt", "tới", "Kỷ niệm", " tháng ",
    "10 tháng đầu năm ", "tổng kết", "Tổng kết", "Đến ngày", "đến hết ngày")  # fmt: skip


def _random_span_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_SPAN_PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


@pytest.mark.parametrize("starts", [dates._CUE_STARTS, dates._WEEKDAY_STARTS])
def test_keyed_starts_are_literal_starts(starts: LiteralStarts) -> None:
    reference = LiteralStarts(starts.forms)
    for text in ["", "thứ", "tthứ hai Thứ Hai", "Sángày phiêngày", *_random_cue_texts(71, 3000)]:
        assert starts(text) == reference(text), repr(text)


@pytest.mark.parametrize("forms", [("ab", "abc", "xbc", "aa", "ba", "aaab"), ("aaa", "baaa")])
def test_keyed_starts_with_short_keys_find_every_offset(forms: tuple[str, ...]) -> None:
    starts = KeyedStarts(forms, key_chars=2)
    for text in ["", "aaa", "aaaa", "abcxbcaba", *_random_texts(73, 500, 20), "ab" * 9, "a" * 9 + "b"]:
        expected = tuple(i for i in range(len(text)) if any(text.startswith(f, i) for f in forms))
        assert starts(text) == expected, repr(text)


def test_cross_spans_are_bounded_finditer() -> None:
    texts = ["Từ ngày 24/6 đến 6/7/2021 tổ chức", "xtừ ngày 1/2 đến 3/4", *_random_span_texts(79, 4000)]
    for text in texts:
        spans = [m.span() for m in dates._cross_spans(text)]
        assert spans == [m.span() for m in bounded(dates._CROSS_SPAN, text)], repr(text)


def test_periods_to_date_are_finditer() -> None:
    fast = dates._FAST_PERIOD_TO_DATE
    assert fast is not None
    texts = ["10 tháng đầu năm 2005, 11 tháng năm 2024 1 tháng năm 2019", *_random_date_texts(83, 4000)]
    for text in texts:
        spans = [m.span() for m in dates._periods_to_date(fast, text)]
        assert spans == [m.span() for m in dates._PERIOD_TO_DATE.finditer(text)], repr(text)


def test_date_gates_keep_the_main_date() -> None:
    texts = [
        "Sáng 11/1, tổng kết công tác năm 2018 và triển khai kế hoạch năm 2019.",
        "Kỷ niệm 50 năm ngày thành lập (1955 - 2005). Sáng 3/4, lễ kỷ niệm.",
        "Đến ngày 20-8-2020, 21/21 đảng bộ đã hoàn thành đại hội.",
        *_random_span_texts(89, 1500),
    ]
    for text in texts:
        new = dates.main_event_date(text, None)
        dates.article_years.cache_clear()
        with pytest.MonkeyPatch.context() as patch:  # the old definition: no gate
            patch.setattr(dates, "_ANNIVERSARY_GATE", "")
            patch.setattr(dates, "_REVIEW_GATE", "")
            patch.setattr(dates, "_AS_OF_CUE", re.compile(""))
            assert dates.main_event_date(text, None) == new, repr(text)
        dates.article_years.cache_clear()


_YEAR_PIECES = (*_DATE_PIECES, "\u00a0", "٣", "1920", "2019-2020", "20/11/2019", "1 . 2 .2005", "x2005")


@pytest.mark.parametrize(
    "regex", [dates._RANGE, dates._FAST_FULL_DATE_YEAR, *(regex for regex, _, _ in dates._FAST_EVIDENCE)]
)
def test_year_scans_at_year_starts_are_finditer_and_sub(regex: re.Pattern[str]) -> None:
    rng = random.Random(97)
    texts = ["".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    edges = ["12/3/2024", " 1/2/2005-2006", "٣/٣/2019", "1-2-2005", "12 - 3 -\n2024", "1.2.2005", "x2/3/2019"]
    for text in [*edges, *texts]:
        years = dates._year_starts(text)
        if regex is not dates._BARE_MONTH_YEAR:  # tried at its own cues (test above)
            spans = [m.span() for m in dates._at_years(regex, text, years)]
            assert spans == [m.span() for m in regex.finditer(text)], (regex.pattern, text)
        assert dates._sub_at_years(regex, text, years) == regex.sub(" ", text), (regex.pattern, text)


def test_bounded_years_are_bounded_finditer() -> None:
    rng = random.Random(101)
    texts = ["".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    for text in ["2019 x2020 /2021 ,2022 _2023 a1999", *texts]:
        spans = [m.span() for m in dates._bounded_years(text)]
        assert spans == [m.span() for m in bounded(dates._YEAR, text, "/.,-")], repr(text)
