"""perfcompile's shorter title regex sources give the same matches as the old, longer ones.

The old definitions (each prefix with its own head; the stop written after "và" and after a dash; the
body after "của" a branch of its own; every stop entry kept) are rebuilt here from the same pieces and
compared with the new ones on the seeds, made-up sentences and random strings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from transforms.extract import titles
from transforms.extract.gazetteer import UPPER, alternation, body_heads, organization_names, title_heads

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SP = titles.SP

_MADE_UP = [
    "nguyên Chủ tịch UBND tỉnh Trần Thị B, Quyền Giám đốc Sở Y tế, cựu Bộ trưởng Bộ Tài chính.",
    "Cố Thủ tướng Lê C; cố vấn; Cựu chiến binh; PHÓ CHỦ TỊCH; Phó chủ tịch HĐND xã; nguyên phó chủ tịch.",
    "Phó Trưởng ban Tuyên giáo Trung ương và Bộ trưởng Bộ Quốc phòng - Bí thư Tỉnh ủy, Ủy viên Bộ Chính trị.",
    "Giám đốc Sở Văn hóa - Thông tin và Phó Chủ tịch UBND tỉnh; Chủ tịch Hội Nông dân và Đại tá Lê A.",
    "Trưởng phòng Tổ chức của Bộ Nội vụ, Phó Vụ trưởng của Thủ tướng Chính phủ; Bí thư của Tỉnh ủy.",
    "Tư lệnh Quân khu 3 và - Chủ tịch UBND quận 10 -  Sở TT&TT và  Bộ Chính trị; Chánh Văn phòng  - Bộ.",
    "Ủy viên Ủy ban Đối ngoại, Quốc phòng và An ninh của Quốc hội khóa XI nhiệm kỳ 2016 - 2021 tại Nhật Bản.",
    "Phó Chủ tịch nước, Chủ tịch nước và Chủ tịch; Đại sứ Việt Nam tại Lào và Quyền Đại sứ -Thái Lan.",
]


def _texts() -> list[str]:
    out = list(_MADE_UP)
    out += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(20261202)
    words = [
        *("và", "-", "–", " - ", "của", "nguyên", "Phó", "phó", "cố", "Quyền", "khóa XI", "Bộ", "Chính trị"),
        *("Chủ tịch", "chủ tịch", "nước", "Bí thư", "Tỉnh ủy", "UBND", "tỉnh", "Quân khu", "3", "Sở", "Y tế"),
        *("Thủ tướng", "Chính phủ", "Đại tá", "Ông", "Lê", "Văn", "An", "thông tin", "phát biểu", ",", "."),
    ]
    for _ in range(400):
        parts = [rng.choice(words) for _ in range(rng.randint(3, 14))]
        out.append(" ".join(parts).replace("  ", rng.choice((" ", "  "))))
    return out


def _old_start_source(any_case: bool = False) -> str:
    head_cap, head_any = titles._head_patterns()
    first = head_any if any_case else head_cap
    vice = "(?i:phó)" if any_case else "Phó"
    head = rf"(?:(?i:phó){SP}{head_any}(?![\w])|{first}(?![\w]))"
    if any_case:
        return rf"(?:{titles._PREFIXES}{SP}{head}|{vice}{SP}{head_any}(?![\w])|{first}(?![\w]))"
    return titles.first_letter_branches(
        [
            *((prefix, rf"{SP}{head}") for prefix in titles.TITLE_PREFIXES),
            (vice, rf"{SP}{head_any}(?![\w])"),
            ("phó", rf"{SP}{head_cap}(?![\w])"),  # lowercase "phó" before a capitalized head (titles2)
            *(
                (letter, rf"(?i:{'|'.join(rests)})(?![\w])")
                for letter, rests in titles._heads_by_letter().items()
            ),
        ]
    )


def _old_stop() -> str:
    head_cap, head_any = titles._head_patterns()
    words = alternation(
        (*titles.ranks(), *body_heads(), *organization_names(), "Ông", "Bà", "Đồng chí", "Quyền", "Nguyên")
    )
    return rf"(?:Phó{SP}{head_any}(?![\w])|{head_cap}(?![\w])|{words}(?![\w]))"


def _old_tail(qualifiers: bool = True) -> str:
    word, inner, org = titles.name_word(), alternation(titles.INNER_WORDS), alternation(organization_names())
    stop = _old_stop()
    numbered = alternation(titles.NUMBERED)
    terms = "|".join(q.format(SP=SP) for q in titles.QUALIFIERS) + "|" if qualifiers else ""
    if qualifiers:
        terms += rf"tại{SP}{alternation(titles.countries_and_places())}(?![\w])|"
    of_body = titles.of_body_source(org)
    after_unit = "(?:(?<=khu )|(?<=đoàn )|(?<=Vùng )|(?<=Quận )|(?<=quận )|(?<=Phường )|(?<=phường ))"
    amp = rf"{UPPER}{{1,4}}&{UPPER}{{1,4}}(?![\w'])"
    token = (
        rf"(?:{after_unit}\d{{1,3}}(?![\w/.,]\d)(?![\w])|{amp}|{numbered}{SP}\d{{1,3}}(?![\w/.,]\d)(?![\w])"
        rf"|{org}(?![\w])|{terms}{inner}(?![\w])|{word}"
        rf"|{of_body}|và(?={SP}{UPPER})(?!{SP}{stop})|[-–](?:{SP})?(?!{stop}){word})"
    )
    return rf"(?:(?:{SP}|(?=[-–]))(?:{token}))*"


def _new_tail(qualifiers: bool = True) -> str:
    word, inner, org = titles.name_word(), alternation(titles.INNER_WORDS), alternation(organization_names())
    return rf"(?:(?:{SP}|(?=[-–]))(?:{titles.tail_token_source(word, inner, org, qualifiers)}))*"


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


def _span_at(regex: re.Pattern[str], text: str, pos: int) -> tuple[int, int] | None:
    match = regex.match(text, pos)
    return match.span() if match else None


def test_head_written_once_same_matches() -> None:
    for any_case in (False, True):
        old, new = re.compile(_old_start_source(any_case)), re.compile(titles._start_source(any_case))
        for text in _texts():
            assert _spans(new, text) == _spans(old, text)
            for pos in range(0, len(text), 3):
                assert _span_at(new, text, pos) == _span_at(old, text, pos)


def test_stop_without_longer_entries_matches_at_the_same_places() -> None:
    old, new = re.compile(_old_stop()), re.compile(titles.tail_stop())
    assert len(titles.tail_stop()) < len(_old_stop()) / 2
    for text in _texts():
        for pos in range(len(text)):
            assert (new.match(text, pos) is None) == (old.match(text, pos) is None)


def test_tail_token_same_matches_alone_and_before_a_look_ahead() -> None:
    # alone (as in the title regex) and before a look-ahead that makes re backtrack into the tail
    # (as in _field_tail)
    end = rf"(?=[,;.:)\n]| [-–] | {UPPER}|$)"
    start = titles._start_source()
    for qualifiers in (True, False):
        old_tail, new_tail = _old_tail(qualifiers), _new_tail(qualifiers)
        pairs = [
            (re.compile(start + old_tail), re.compile(start + new_tail)),
            (re.compile(start + old_tail + end), re.compile(start + new_tail + end)),
        ]
        for text in _texts():
            for old, new in pairs:
                assert _spans(new, text) == _spans(old, text)
                for match in old.finditer(text):
                    piece = match.group(0)
                    for cut in range(1, len(piece) + 1):
                        assert (new.fullmatch(piece[:cut]) is None) == (old.fullmatch(piece[:cut]) is None)


def test_the_data_facts_the_short_forms_rest_on() -> None:
    # a head branch ends in a letter, a prefix branch in a space (the head written once after it)
    assert all(head[-1].isalnum() for head in title_heads())
    # the "của" + body branch rides on the org branch: no listed body starts with "của"
    assert not any(name.startswith("của") for name in organization_names())
