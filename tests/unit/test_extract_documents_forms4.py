"""Document reference forms seen on unseen news (made-up examples, issue 9 round 4)."""

from __future__ import annotations

from transforms.extract.documents import extract_documents


def refs(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.ref, d.type) for d in extract_documents(text)]


def test_party_code_with_a_dash_for_the_slash() -> None:
    assert refs("Thực hiện Kết luận số 45-KL-TW của Ban Bí thư, tỉnh đã") == [("45-KL/TW", "Kết luận")]


def test_state_code_with_a_slash_before_the_issuer() -> None:
    assert refs("theo Quyết định 312/2003/QĐ/CTN ngày 2/4") == [("312/2003/QĐ-CTN", "Quyết định")]


def test_issuer_initials_alone_after_a_type_word() -> None:
    assert refs("Nghị định 64/CP về giao đất và công văn số 118/VPCP ngày 3-2") == [
        ("64/CP", "Nghị định"),
        ("118/VPCP", "Công văn"),
    ]


def test_issuer_initials_alone_without_a_type_word_are_no_document() -> None:
    assert refs("tỷ lệ 12/CP trong báo cáo") == []


def test_spaced_dash_in_a_state_code() -> None:
    assert refs("Công văn số 733/TTg – KTTH ngày 9/5") == [("733/TTg-KTTH", "Công văn")]
