"""Who wrote an article: the words around the names of a byline or a closing signature.

Bylines and signatures name their authors between labels and notes that are no names: a label
before the name ("bởi Linh", "Tác giả: Linh", "Nguồn tin: Sao Khuê" on local portals), a note of the
author's role after it ("NGUYÊN ĐOAN (thực hiện)", "Trần Trang(t/h)"), and tags that look like names
but name nobody: a generic reporter or compiler tag ("PV", "Nhóm PV", "TH", "(t/h)") or the site
("HQ Online", "Báo X Online"). The helpers here are used by the byline and signature parsers of
:mod:`transforms.clean.text`.
"""

from __future__ import annotations

import re
from functools import cache

from transforms.clean.normalize import fold
from transforms.clean.patterns import NOT_WORD_AFTER, NOT_WORD_BEFORE, cue_pattern

# Tags standing where a name would, naming nobody (compared in lower case, with accents: "Bảo" is a
# name, "Báo" an outlet): reporter, collaborator, editors, "compiled" ("t/h", "tổng hợp"), the admin.
_GENERIC = frozenset(
    {
        "pv",
        "pv-ctv",
        "pv - ctv",
        "nhóm pv",
        "nhóm phóng viên",
        "phóng viên",
        "ctv",
        "btv",
        "biên tập viên",
        "ban biên tập",
        "bbt",
        "tòa soạn",
        "toà soạn",
        "th",
        "t/h",
        "tổng hợp",
        "admin",
        "administrator",
        "quản trị viên",
    }
)
# Words of a site's or outlet's name, never of a person's: "HQ Online", "Báo X", "VTV News", "Tạp chí
# Y", "Cổng TTĐT", "Đài PT-TH".
_OUTLET_WORDS = frozenset(
    {"online", "news", "media", "tv", "radio", "báo", "tạp chí", "đài", "cổng", "điện tử", "portal", "plus"}
)
_OUTLET_SPLIT = re.compile(r"[\s.]+")
# A note of the author's role after the name: "(thực hiện)" (interview by), "(ghi)", "(t/h)", "(tổng
# hợp)" (compiled by), "(lược dịch)" (translated), "(PV)"; printed with or without a space before it.
_ROLE_NOTE = re.compile(
    r"\s*\(\s*(?:thực hiện|ghi|t/h|th|tổng hợp|lược dịch|biên dịch|dịch|sưu tầm|st|pv|ctv|btv"
    r"|(?:tin|bài)(?:\s*(?:,|và|&)\s*ảnh)?)\s*\)",
    re.IGNORECASE,
)
# The same note printed without brackets closing a signature: "Việt Anh thực hiện" (an interview by),
# "Phạm Hiếu ghi" (written down by); 26 closing lines of the VNTC texts (24 and 2).
_ROLE_SUFFIX = cue_pattern(("thực hiện", "ghi"), before=r"\s+", after=r"\s*$", capture=False, flags=0)
# A label before the name: "bởi Linh", "by Linh", "Tác giả: Linh", "Viết bởi: Linh", "Đăng bởi Linh".
_NAME_LABEL = cue_pattern(
    ("viết bởi", "đăng bởi", "bởi", "by", "tác giả", "người viết"),
    before=NOT_WORD_BEFORE,
    after=NOT_WORD_AFTER + r"\s*:?\s*",
    capture=False,
)
_CAPITALIZED = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+|[A-ZÀ-ỸĐ]{2,}"
# After a label the name may be one word ("bởi Linh"): the label says it is a name.
_LABELLED_NAME = re.compile(rf"(?:{_CAPITALIZED})(?: (?:{_CAPITALIZED})){{0,3}}(?![\w])")


def strip_role_note(text: str) -> str:
    """ "NGUYÊN ĐOAN (thực hiện)" -> "NGUYÊN ĐOAN"; "Trần Trang(t/h)" -> "Trần Trang"."""
    return _ROLE_NOTE.sub("", text)


def strip_role_suffix(text: str) -> str:
    """ "Việt Anh thực hiện" -> "Việt Anh", "Phạm Hiếu ghi" -> "Phạm Hiếu": the role note without brackets.

    Only a signature's caller uses it: the rest must still be names ("Hai giải pháp khó thực hiện" is a
    heading, and stays one because "khó" is no name word).
    """
    return _ROLE_SUFFIX.sub("", text)


def is_generic(text: str) -> bool:
    """True for a tag that names nobody: "PV", "Nhóm PV", "TH", "(t/h)", "Tổng hợp", "Admin"."""
    return " ".join(text.strip(" ()[]").lower().split()) in _GENERIC


def is_outlet(text: str) -> bool:
    """True for a site's or outlet's name: "HQ Online", "Báo Sơn La", "VTV News", "Tạp chí Cộng sản"."""
    words = [w for w in _OUTLET_SPLIT.split(text.lower()) if w]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return any(w in _OUTLET_WORDS for w in words) or any(p in _OUTLET_WORDS for p in pairs)


def is_author_name(name: str) -> bool:
    """False for the tags and site names that stand where an author's name would."""
    return not is_generic(name) and not is_outlet(name)


def labelled_name(text: str) -> tuple[str, int, int] | None:
    """The name after a byline label, with the span of label and name: "bởi Linh 15 Tháng 9, 2025".

    Returns:
        ``(name, start, end)``, or None without a label followed by a capitalized name that is no
        generic tag or site.
    """
    label = _NAME_LABEL.search(text)
    if not label:
        return None
    name = _LABELLED_NAME.match(text, label.end())
    if not name or not is_author_name(name.group()):
        return None
    return name.group(), label.start(), name.end()


@cache
def _source_outlets() -> frozenset[str]:
    """Outlet names a "Nguồn: ..." line gives (folded): the dateline outlets and the sites' names."""
    from transforms.clean.publishers import PUBLISHERS
    from transforms.clean.text import _DATELINES

    return frozenset(fold(n) for n in (*_DATELINES.values(), *PUBLISHERS.values()))


def is_source_person(name: str) -> bool:
    """True when a "Nguồn tin:" line names a person ("Sao Khuê"), not an outlet ("Tiền Phong")."""
    return (
        not name.isupper()
        and is_author_name(name)
        and fold(name) not in _source_outlets()
        and fold(name.split()[0]) not in _body_heads()
    )


@cache
def _body_heads() -> frozenset[str]:
    """Heads of bodies' names ("Sở", "Bộ", "Ban", folded), minus those that are also surnames."""
    from transforms.extract.gazetteer import load_list

    surnames = {fold(s) for s in load_list("surnames.txt")}
    heads = {fold(h) for h in load_list("body_heads.txt") if " " not in h}
    return frozenset(heads - surnames)


@cache
def _unit_heads() -> tuple[str, ...]:
    """Heads of bodies' names as printed ("Đảng ủy", "Sở", "Trung tâm"), each with the space after it."""
    from transforms.extract.gazetteer import load_list

    return tuple(f"{head} " for head in load_list("body_heads.txt") if head[0].isupper())


def is_unit(text: str) -> bool:
    """True for a body's name after a signature's dash: "Đảng ủy Khối CCQ và DN tỉnh", "Sở Nội vụ"."""
    return text.startswith(_unit_heads())


@cache
def _places() -> frozenset[str]:
    """Places and countries (folded): a name-like line above a time is a dateline's place ("Hà Nội")."""
    from transforms.extract.gazetteer import load_list

    return frozenset(fold(p) for name in ("places.txt", "countries.txt") for p in load_list(name))


def is_header_name(name: str) -> bool:
    """True when a name-only line at the top of an article can be its author: no place, no outlet."""
    return fold(name) not in _places() and not is_known_outlet(name)


def is_known_outlet(name: str) -> bool:
    """True for an outlet's name the dateline codes or the site map know ("Tuổi Trẻ", "Tiền Phong")."""
    return fold(name) in _source_outlets()


@cache
def _body_head_starts() -> tuple[str, ...]:
    """Heads of bodies' names in lower case with their accents ("ban ", "trung tâm "), minus surnames."""
    from transforms.extract.gazetteer import load_list

    surnames = {s.lower() for s in load_list("surnames.txt")}
    return tuple(f"{h.lower()} " for h in load_list("body_heads.txt") if h.lower() not in surnames)


def opens_with_body_head(name: str) -> bool:
    """True when a name-like line opens with a body's head: "Ban Tuyên Giáo", "Trung Tâm Y Tế", "Sở X".

    Compared in lower case with the accents, so "Văn Phong" (a name) is not "Văn phòng" (an office).
    """
    return name.lower().startswith(_body_head_starts())


# A signature printed on the last paragraph's line, after its closing sentence (VNTC: Người Lao Động
# prints "... giao đất. K. Long", "... virus H5N1. D.Thu"; Thanh Niên "... của trường. (Nhựt Quang)").
# The name is an initial and one given name, initials alone, or 2-4 capitalized words in brackets
# (given back without them); it must follow a sentence's end. Looked for only in the paragraph's last
# characters (a bounded search).
_TAIL_WINDOW = 48  # the longest glued signature seen is 17 characters ("(Nguyễn Quốc Cường)": 19)
_GLUED_SIGNATURE = re.compile(
    r"(?<=[.!?…”\"])\s+(?P<sig>"
    r"(?:[A-ZĐ]\.\s?){1,2}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"  # "K. Long", "D.Thu", "H. Lân"
    r"|[A-ZĐ](?:\.[A-ZĐ]){1,3}"  # "N.A", "L.Q.P"
    r"|\((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}\)"  # "(Nhựt Quang)"
    r")\s*$"
)


def split_glued_signature(paragraph: str) -> tuple[str, str] | None:
    """Split a signature glued to the last sentence: "... giao đất. K. Long" -> ("... giao đất.", "K. Long").

    Only a name form no sentence ends with: an initial and one given name ("K. Long", "D.Thu"),
    initials alone ("N.A"), or a name in brackets ("(Nhựt Quang)") that is no outlet, place or body
    ("(Thanh Niên)", "(Hà Nội)" stay: the caller reads those as the publisher or leaves them).

    Returns:
        ``(body, signature)``, or None when the paragraph ends with no such signature.
    """
    start = max(0, len(paragraph) - _TAIL_WINDOW)
    found = _GLUED_SIGNATURE.search(paragraph, start)
    if not found:
        return None
    sig = found.group("sig")
    if sig.startswith("("):
        sig = sig[1:-1]
        if not is_author_name(sig) or not is_header_name(sig) or opens_with_body_head(sig):
            return None
    return paragraph[: found.start()].rstrip(), sig
