"""References to official documents: resolutions, directives, decrees, plans...

Two numbering styles are matched on the text itself (tokenizers split them apart):

* Party style ``NUMBER-TYPE/ISSUER``: ``02-NQ/ĐUK``, ``14-Ctr/ĐUK``, ``08-QĐ/TW``;
* State style ``NUMBER[/YEAR]/TYPE-ISSUER``: ``357/2025/NĐ-CP``, ``1234/QĐ-TTg``,
  ``20/2005/QĐ-BGD&ĐT``, and laws ``41/2005/QH11``.

References without a code are kept too: "Chỉ thị số 05 của Bộ Chính trị" (canonical
``05-CT/TW`` when the issuer is a central Party body), "Nghị quyết Trung ương 4 khóa
XII" and "Nghị quyết Đại hội XIII" (no ref). A short back-reference ("Chỉ thị 05" after
"Chỉ thị số 05-CT/TW") resolves to the earlier document. Documents are deduplicated
by canonical ref (or, without one, by their folded text and issuer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.clean.normalize import fold
from transforms.extract.gazetteer import alternation, bounded, compile_cached, organization_names
from transforms.extract.titles import INNER_WORDS, name_word, trim_dangling
from transforms.records import DocumentRef

# Type words, longest first; the canonical spelling is the key.
TYPE_WORDS = (
    "Chương trình hành động",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Nghị quyết",
    "Chỉ thị",
    "Quy định",
    "Quyết định",
    "Kết luận",
    "Kế hoạch",
    "Chương trình",
    "Nghị định",
    "Thông tư",
    "Hướng dẫn",
    "Công điện",
    "Thông báo",
    "Thông tri",
    "Quy chế",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Công văn",
    "Văn bản",
    "Đề án",
    "Báo cáo",
    "Tờ trình",
    "Sắc lệnh",
    "Điều lệ",
)
# Code type -> document type, used when no type word precedes the code.
CODE_TYPES = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "CT": "Chỉ thị",
    "QĐI": "Quy định",
    "KL": "Kết luận",
    "KH": "Kế hoạch",
    "CTR": "Chương trình hành động",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "HD": "Hướng dẫn",
    "CĐ": "Công điện",
    "TB": "Thông báo",
    "TTR": "Tờ trình",
    "QC": "Quy chế",
    "BC": "Báo cáo",
    "ĐA": "Đề án",
    "CV": "Công văn",
    "UB": "Công văn",
    "PL": "Pháp lệnh",
    "L": "Luật",
    "SL": "Sắc lệnh",
}
# Document type -> Party code type, to canonicalize "Chỉ thị số 05 của Bộ Chính trị" as 05-CT/TW.
PARTY_CODES = {
    "Nghị quyết": "NQ",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quy định": "QĐ",
    "Kế hoạch": "KH",
    "Hướng dẫn": "HD",
    "Thông báo": "TB",
}
# Issuers whose documents carry "/TW".
CENTRAL_PARTY = frozenset(
    fold(s)
    for s in (
        "Bộ Chính trị",
        "Ban Bí thư",
        "Ban Chấp hành Trung ương",
        "Ban Chấp hành Trung ương Đảng",
        "Trung ương",
        "Trung ương Đảng",
        "BCH Trung ương",
    )
)

_TYPE_ALT = (
    "(?:" + "|".join(w[0] + "(?i:" + re.escape(w[1:]).replace(r"\ ", " ") + ")" for w in TYPE_WORDS) + ")"
)
_TYPE_LOWER = "(?i:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in TYPE_WORDS) + ")"
_CODE_LETTERS = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
_ISSUER = r"[A-ZĐ][A-ZĐ0-9]*(?:[-–&][A-ZĐ0-9]+)*"
_PARTY = re.compile(rf"([\d]\d{{0,3}})\s?[-–]\s?({_CODE_LETTERS})\s?/\s?({_ISSUER})(?![\w&])")
_STATE = re.compile(
    r"([\d]\d{0,4}[a-z]?)\s?/\s?(?:((?:19|20)\d{2})\s?/\s?)?"
    r"((?:[A-ZĐ][A-Za-zĐđ]{0,6})(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđ0-9&]*)+|(?:UBTV)?QH\d{1,2})(?![\w&])"
)
# Party style with a dash for the slash: "21-KL-TW" (canonical 21-KL/TW); only Party code types.
_PARTY_DASHED = re.compile(
    r"(\d{1,4})\s?[-–]\s?(NQ|CT|KL|QĐ|KH|HD|TB|CTr)\s?[-–]\s?([A-ZĐ][A-ZĐ0-9]{1,5})(?![\w&/-])"
)
# A slash where the dash goes, or an issuer alone after the number: "571/2004/QĐ/CTN",
# "Nghị định 28/CP", "công văn số 304/VPCP" (the last two only after a type word).
_DASHED_HINT = re.compile(r"[-–]\s?(?:NQ|CT|KL|QĐ|KH|HD|TB|CTr)\s?[-–]")  # cheap test before _PARTY_DASHED
# cheap test before _PARTY, _STATE and _SLASHED (most slashes are in dates)
_SLASHED_HINT = re.compile(r"/\s?[A-ZĐ]")
_SLASHED = re.compile(
    r"(\d{1,5})\s?/\s?(?:((?:19|20)\d{2})\s?/\s?)?([A-ZĐ][A-Za-zĐđ]{0,6})"
    r"(?:\s?/\s?([A-ZĐ][A-ZĐ0-9]{1,7}))?(?![\w&/–-])"
)
# "Công văn hỏa tốc số 12/UBND-KT": an urgent letter
_BEFORE = re.compile(rf"({_TYPE_LOWER})(?: liên tịch| hỏa tốc| hoả tốc)?\s+(?:số\s*:?\s*|mới\s+)?$")
_ORG = alternation(organization_names())
_ORG_NAMES = frozenset(organization_names())
_WORD = name_word()
_INNER = alternation(INNER_WORDS)
_ISSUER_BODY = (
    rf"(?:{_ORG}(?![\w])|Thủ tướng(?: Chính phủ)?|Chủ tịch nước"
    rf"|Chủ tịch UBND(?: (?:{_WORD}|{_INNER}(?![\w]))){{0,4}}"
    rf"|{_WORD}(?: (?:{_WORD}|{_INNER}(?![\w])|và(?= [A-ZĐ]))){{0,7}})"
)
_OF = compile_cached(rf"\s*(?:,\s*)?(?:của|do)\s+({_ISSUER_BODY})")
_QUOTED = re.compile(r"[^.;\n“”\"]{0,120}?\b(?:về|với chủ đề|có tên)\s*[“\"]([^“”\"\n]{3,300})[”\"]")
# a number that counts something is no document number: "Kế hoạch 5 năm", "Chỉ thị 3 điều"
_COUNTED = alternation(
    ("năm", "tháng", "ngày", "tuần", "giờ", "điểm", "%", "người", "lần", "nội dung", "điều")
)
_COUNTED_MORE = alternation(("nhóm", "bước", "mục tiêu"))
_UNCODED = re.compile(
    rf"({_TYPE_ALT})\s+(?:số\s*:?\s*)?(\d{{1,4}})(?![\d/\-–\w.,])(?!\s*(?:{_COUNTED}|{_COUNTED_MORE})(?![\w]))"
)
_RESOLUTION_CC = re.compile(
    r"(Nghị quyết)\s+(?:Hội nghị\s+)?(?:lần thứ\s+(\d{1,2})\s+)?(?:Ban Chấp hành\s+)?"
    r"(?:Trung ương|TW)"
    r"(?:\s+(?:Đảng\s+)?(?:lần thứ\s+)?(\d{1,2}))?(?:\s*\(?\s*(?:khóa|khoá)\s+([IVXLC]+)\)?)?(?![\w])"
)
_RESOLUTION_CONGRESS = re.compile(
    r"(Nghị quyết)\s+Đại hội\s+(?:đại biểu\s+)?(?:Đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?"
    r"([IVXLC]+|\d{1,2})(?![\w])"
)


@dataclass
class _Doc:
    ref: str | None
    type: str | None
    issuer: str | None
    number: str | None
    title: str | None
    text: str
    start: int
    end: int


def _type_from_code(code: str, party: bool) -> str | None:
    upper = code.upper()
    if upper == "QĐ":
        return "Quy định" if party else "Quyết định"
    if upper in CODE_TYPES:
        return CODE_TYPES[upper]
    if upper.startswith("QH") or upper.startswith("UBTVQH"):
        return "Luật" if upper.startswith("QH") else "Nghị quyết"
    return None


def _canonical_type(word: str) -> str:
    low = word.lower()
    for canonical in TYPE_WORDS:
        if canonical.lower() == low:
            return canonical
    return word


def _preceding_type(text: str, start: int, code_type: str | None) -> tuple[str | None, int]:
    """Type word written right before a code ("Nghị quyết số "), and where it starts.

    A lowercase word that disagrees with the code is a common noun ("theo quy định số
    16/2005/NĐ-CP" cites a decree), so the code's type wins then.
    """
    match = _BEFORE.search(text, max(0, start - 45), start)
    if not match:
        return None, start
    word = _canonical_type(match.group(1))
    if match.group(1)[0].islower() and code_type and code_type != word:
        return code_type, match.start()
    return word, match.start()


def _title_after(text: str, end: int) -> str | None:
    match = _QUOTED.match(text, end)
    return match.group(1).strip() if match else None


def _issuer_after(text: str, end: int) -> str | None:
    match = _OF.match(text, end)
    if not match:
        return None
    if match.group(1) in _ORG_NAMES:
        return match.group(1)  # a listed body is whole ("Chính phủ quy định" keeps "Chính phủ")
    return trim_dangling(text, match.start(1), match.end(1)) or None


def _issuer_initials(code: str) -> bool:
    """True for an issuer's initials: all capitals ("CP", "VPCP") or two or more among lowercase ones.

    Mixed-case codes are abbreviations too: "TTg" (Thủ tướng), "KtrVB" (Cục Kiểm tra văn bản); a word
    with one capital ("Tháng") is none.
    """
    if len(code) < 2:
        return False
    return code[1:].upper() == code[1:] or sum(1 for c in code if c.isupper()) >= 2


def _number_key(number: str) -> str:
    digits = re.match(r"\d+", number)
    return str(int(digits.group(0))) if digits else number


def extract_documents(text: str) -> tuple[DocumentRef, ...]:
    """Document references in a text, deduplicated by canonical ref.

    Args:
        text: Cleaned body.

    Returns:
        Documents in order of first mention.
    """
    docs: list[_Doc] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    def add(
        match: re.Match[str],
        ref: str | None,
        doc_type: str,
        issuer: str | None,
        number: str | None,
        begin: int | None = None,
        titled: bool = True,
    ) -> None:
        start = match.start() if begin is None else begin
        title = _title_after(text, match.end()) if titled else None
        docs.append(_Doc(ref, doc_type, issuer, number, title, text[start : match.end()], start, match.end()))
        taken.append((match.start(), match.end()))

    # every _PARTY, _STATE and _SLASHED code holds "/" and a capital ("/TW", "/QĐ-TTg"); 96% of VNTC none
    slash_coded = _SLASHED_HINT.search(text) is not None
    for match in bounded(_PARTY, text, "/.-") if slash_coded else ():
        number, code, issuer = match.group(1), match.group(2), match.group(3).replace("–", "-")
        word, begin = _preceding_type(text, match.start(), _type_from_code(code, party=True))
        doc_type = word or _type_from_code(code, party=True)
        if doc_type is None:
            continue
        add(match, f"{number}-{code}/{issuer}", doc_type, issuer, number, begin)
    for match in bounded(_STATE, text, "/.-") if slash_coded else ():
        if overlaps(match.start(), match.end()):
            continue
        number, year, code = (
            match.group(1),
            match.group(2),
            re.sub(r"\s", "", match.group(3)).replace("–", "-"),
        )
        code_type, _, issuer = code.partition("-")
        if not issuer:
            code_type, issuer = code, code
        word, begin = _preceding_type(text, match.start(), _type_from_code(code_type, party=False))
        doc_type = word or _type_from_code(code_type, party=False)
        if doc_type is None:
            continue
        add(match, f"{number}/{year}/{code}" if year else f"{number}/{code}", doc_type, issuer, number, begin)
    for match in bounded(_PARTY_DASHED, text, "/.-") if _DASHED_HINT.search(text) else ():
        if overlaps(match.start(), match.end()):
            continue
        number, code, issuer = match.group(1), match.group(2), match.group(3)
        word, begin = _preceding_type(text, match.start(), _type_from_code(code, party=True))
        doc_type = word or _type_from_code(code, party=True)
        if doc_type is not None:
            add(match, f"{number}-{code}/{issuer}", doc_type, issuer, number, begin)
    for match in bounded(_SLASHED, text, "/.-") if slash_coded else ():
        if overlaps(match.start(), match.end()):
            continue
        number, code = match.group(1), match.group(3)
        written_year, slashed = match.group(2), match.group(4)
        slash_type = _type_from_code(code, party=False) if slashed else None
        word, begin = _preceding_type(text, match.start(), slash_type)
        if slashed and slash_type is not None:
            slash_ref = (
                f"{number}/{written_year}/{code}-{slashed}" if written_year else f"{number}/{code}-{slashed}"
            )
            add(match, slash_ref, word or slash_type, slashed, number, begin)
        elif not slashed and word is not None and _issuer_initials(code):
            # an issuer's initials alone ("28/CP", "304/VPCP", "58/TTg", "18/KtrVB") need a type word
            slash_ref = f"{number}/{written_year}/{code}" if written_year else f"{number}/{code}"
            add(match, slash_ref, word, code, number, begin)
    for match in bounded(_RESOLUTION_CC, text):
        if overlaps(match.start(), match.end()):
            continue
        session = match.group(2) or match.group(3)
        if not session and not match.group(4):
            continue
        add(match, None, "Nghị quyết", "Ban Chấp hành Trung ương", session, titled=False)
    for match in bounded(_RESOLUTION_CONGRESS, text):
        if overlaps(match.start(), match.end()):
            continue
        issuer = _issuer_after(text, match.end())
        add(match, None, "Nghị quyết", issuer, match.group(2), titled=False)
    coded = {(d.type, _number_key(d.number or "")): d for d in docs if d.ref}
    for match in bounded(_UNCODED, text):
        if overlaps(match.start(), match.end()):
            continue
        doc_type, number = _canonical_type(match.group(1)), match.group(2)
        earlier = coded.get((doc_type, _number_key(number)))
        if earlier is not None:
            continue  # a back-reference to a document cited with its code
        issuer = _issuer_after(text, match.end())
        ref = None
        if issuer and fold(issuer) in CENTRAL_PARTY and doc_type in PARTY_CODES:
            ref = f"{number}-{PARTY_CODES[doc_type]}/TW"
        add(match, ref, doc_type, issuer, number)

    docs.sort(key=lambda d: d.start)
    out: list[DocumentRef] = []
    seen: dict[str, int] = {}
    for doc in docs:
        key = (
            fold(re.sub(r"\s", "", doc.ref))
            if doc.ref
            else "|" + fold(doc.text) + "|" + fold(doc.issuer or "")
        )
        if key in seen:
            i = seen[key]
            if out[i].title is None and doc.title:
                out[i] = replace(out[i], title=doc.title)
            continue
        seen[key] = len(out)
        out.append(
            DocumentRef(
                doc.ref, doc.type, doc.issuer, doc.number, doc.title, doc.text, start=doc.start, end=doc.end
            )
        )
    return tuple(out)
