"""perf-people's speed rewrites of people.py / titles.py give the same matches as the old definitions.

Each old definition is kept here (verbatim, or rebuilt from the same pieces the old way) and
compared with the new one on the seeds, on made-up sentences in the shapes the extractors read and
on random strings of Vietnamese letters, capitals, spaces and punctuation.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from transforms.extract import gazetteer as gz
from transforms.extract import people, titles
from transforms.extract.gazetteer import CAP_SYL, LOWER_CHARS, UPPER, title_heads

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_MADE_UP = [
    "Phó Bí thư Thường trực Thành ủy Nguyễn Văn A phát biểu.",
    "nguyên Chủ tịch UBND tỉnh Trần Thị B, Quyền Giám đốc Sở Y tế, cựu Bộ trưởng Bộ Tài chính.",
    "Cố Thủ tướng Lê C; cố vấn; Cựu chiến binh; PHÓ CHỦ TỊCH; Phó chủ tịch HĐND xã.",
    "ông Tanaka cho biết; Bà Dana Kovaříková, Ngài Jigiee Sereejav; xông Ngài Tanaka; bông Bà Lan.",
    "đồng chí PHAN VĂN PHỤNG, Ủy viên Trung ương Đảng; UBND TP.HCM; LHQ Kofi Annan.",
    "Các cá nhân gồm: Lê Văn D (báo Lao Động); bao gồm có: A, B; Hồ gồm: Hà Nội.",
    "PGS.TS. Nguyễn E; Thượng tướng Y Bhin; các đồng chí: F; hồng y G; xem H; (ông I",
    "Trường THPT Nguyễn Thị Minh Khai; Đại tá  Lê K; nhà báo:  Lê L; ThS.Trần M.",
    "vàPhó Chủ tịch; Bí thư Tỉnh ủy, Phó Trưởng ban; Trưởng Ban Tuyên giáo Trung ương.",
]


def _texts() -> list[str]:
    out = list(_MADE_UP)
    out += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(20261201)
    alphabet = "aăâeêioôơuưyđnghcmtb" + "ÔÔBBNNĐĐPPCCTTQUỦK" + "  ,.:;(-\n" + "ôngbà" + "ř"
    words = ["ông", "Bà", "Ngài", "Phó", "nguyên", "Chủ tịch", "Bí thư", "gồm", "UBND", "Lê", "Văn", "Thị"]
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.4 else rng.choice(alphabet) for _ in range(60)]
        out.append("".join(p if len(p) == 1 else f" {p} " for p in parts))
    return out


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(i) for i in range(regex.groups + 1)) for m in regex.finditer(text)]


def _old_title_source() -> tuple[str, str]:
    """The title regex before perf-people: a look-ahead on the first letters, then one alternation."""
    head_cap, head_any = titles._head_patterns()
    chars = "".join(sorted({"n", "N", "Q", "q", "P", "c", "C", *(h[0] for h in title_heads())}))
    head = rf"(?:(?i:phó){titles.SP}{head_any}(?![\w])|{head_cap}(?![\w]))"
    prefixes = "(?:nguyên|Nguyên|Quyền|quyền|cựu|Cựu|cố|Cố)"
    start = rf"(?:{prefixes}{titles.SP}{head}|Phó{titles.SP}{head_any}(?![\w])|{head_cap}(?![\w]))"
    tail = titles.title_source()[len(titles._start_source()) :]
    return f"(?=[{chars}])" + start + tail, f"(?=[{chars}])" + start


def test_title_regex_same_matches_as_the_look_ahead_form() -> None:
    old_title, old_head = (re.compile(s) for s in _old_title_source())
    for text in _texts():
        assert _spans(titles.title_regex(), text) == _spans(old_title, text)
        assert _spans(titles._head_regex(), text) == _spans(old_head, text)


def test_first_letter_branches_keeps_order_within_a_letter() -> None:
    alternatives = [("ab", ""), ("ba", "c?"), ("a", r"b\w"), ("abc", ""), ("b", "")]
    plain = re.compile("(?:" + "|".join(re.escape(lit) + src for lit, src in alternatives) + ")")
    branched = re.compile(titles.first_letter_branches(alternatives))
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice("abcx ") for _ in range(30))
        assert _spans(branched, text) == _spans(plain, text)


def test_word_initial_and_word_alternation_same_as_a_leading_look_behind() -> None:
    pairs = [
        (rf"(?<![\w]){CAP_SYL}(?: {CAP_SYL})*", gz.word_initial(rf"{CAP_SYL}(?: {CAP_SYL})*", UPPER)),
        (
            rf"(?<![\w]){UPPER}{{2,}}(?: {UPPER}{{2,}}){{1,3}}(?![\w])",
            gz.word_initial(rf"{UPPER}{UPPER}+(?: {UPPER}{{2,}}){{1,3}}(?![\w])", UPPER),
        ),
        (
            rf"(?<![\w])(?:ông|bà|Ông|Bà|Ngài|ngài) ({UPPER}[{LOWER_CHARS}]{{2,}})(?![\w'])",
            gz.word_alternation(("ông", "bà", "Ông", "Bà", "Ngài", "ngài"))
            + rf" ({UPPER}[{LOWER_CHARS}]{{2,}})(?![\w'])",
        ),
        (
            r"(?<![\w])(?:bao gồm|gồm có|gồm)\s*:\s*",
            gz.word_alternation(("bao gồm", "gồm có", "gồm")) + r"\s*:\s*",
        ),
    ]
    for old, new in pairs:
        old_rx, new_rx = re.compile(old), re.compile(new)
        for text in _texts():
            assert _spans(new_rx, text) == _spans(old_rx, text)
    # the people extractor's regexes are these forms
    assert people._RUN.pattern == pairs[0][1]
    assert people._CAPS_RUN.pattern == pairs[1][1]
    assert people._SURNAME_ONLY.pattern == pairs[2][1]
    assert people._LIST_INTRO.pattern == pairs[3][1]


def test_word_initial_refuses_a_quantified_first_item() -> None:
    with pytest.raises(ValueError, match="does not start"):
        gz.word_initial(rf"{UPPER}{{2,}}", UPPER)
    with pytest.raises(ValueError, match="does not start"):
        gz.word_initial("abc", UPPER)


def test_honorific_gate_same_as_the_regex() -> None:
    cases = 0
    for text in _texts():
        for end in range(len(text) + 1):
            for size in (40, 60):
                start = max(0, end - size)
                old = people._HONORIFIC.search(text, start, end)
                new = people._honorific_before(text, start, end)
                assert (old and old.span()) == (new and new.span())
                cases += old is not None
    assert cases > 50  # the made-up texts do hold honorifics before names


def test_honorific_ends_are_literal_words() -> None:
    assert people._HONORIFIC_ENDS
    for end in people._HONORIFIC_ENDS:
        assert re.escape(end) == end and " " not in end


def _old_lowercase_title_before(text: str, start: int, bare_ok: bool = False) -> titles.TitleSpan | None:
    """people._lowercase_title_before before perf-people: the whole 90-character window searched."""
    for head in people._lowercase_head().finditer(text, max(0, start - 90), start):
        if any(ch in ",.;:()\n" for ch in text[head.start() : start]):
            continue
        if not people._CLAUSE_OPEN.search(text, max(0, head.start() - 8), head.start()):
            continue
        match = titles.title_regex_any_case().match(text, head.start())
        if match is None or match.end() < start - 1:
            continue
        kept = text[head.start() : start].rstrip()
        if titles.clean_title(kept) is None or (
            head.end() >= len(kept) + head.start() and not (bare_ok and kept in people._PERSONAL_HEADS)
        ):
            continue
        return titles.TitleSpan(kept, head.start(), head.start() + len(kept))
    return None


def test_lowercase_title_before_same_as_the_whole_window() -> None:
    texts = [
        *_texts(),
        "theo đại sứ Mỹ tại Việt Nam Michael Marine, chánh án Tòa án Tối cao John Roberts nói.",
        "phán quyết của chánh án John Miller; (phó giám đốc Sở Y tế Anna Berg), tổng thống. Paul Stoll",
    ]
    assert people._heads_hold_no_break()
    found = 0
    for text in texts:
        for match in re.finditer(r"[A-ZĐ]", text):
            for bare_ok in (False, True):
                old = _old_lowercase_title_before(text, match.start(), bare_ok)
                assert people._lowercase_title_before(text, match.start(), bare_ok) == old
                found += old is not None
    assert found >= 2


def test_syllable_run_same_as_each_word() -> None:
    runs = ["Nguyễn Văn An", "Michael Marine", "Hà Nội", "Abe Shinzo", "Trương Tấn Sang", "Kofi Annan"]
    rng = random.Random(3)
    syllables = ["Ngh", "Tr", "Qu", "A", "Ư", "Bờ", "Xyz", "Oa", "Nguyễn", "Rob", "Ếch"]
    runs += [" ".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(300)]
    for run in runs:
        each = not any(people._foreign_word(word) for word in run.split(" "))
        assert (people._VN_SYLLABLES.fullmatch(run.lower()) is not None) == each
