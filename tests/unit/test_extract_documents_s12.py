"""Document references of session 12 (issue 9), on short real excerpts (VNTC id on each case)."""

from __future__ import annotations

from transforms.extract.documents import extract_documents


def _refs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(d.ref, d.type, d.issuer, d.number) for d in extract_documents(text)]


def test_mixed_case_issuer_initials_after_a_type_word() -> None:
    # XH_TN_T_ (8486): a decision numbered without a year, the Prime Minister's "TTg"
    text = "hưởng lương theo quyết định 58/TTg ngày 3/2/1994 và quyết định 131/TTg ngày 4/3/1995 của"
    assert _refs(text) == [
        ("58/TTg", "Quyết định", "TTg", "58"),
        ("131/TTg", "Quyết định", "TTg", "131"),
    ]
    # XH_NLD_T_ (9796): "KtrVB", two capitals among lowercase letters
    assert _refs("Bộ Tư pháp vừa gửi Công văn 18/KtrVB đến UBND TPHCM")[0][0] == "18/KtrVB"


def test_one_capital_after_the_slash_is_no_issuer() -> None:
    assert _refs("theo quyết định 5/Tháng này") == []
    # and initials alone still need a type word before them
    assert _refs("số tiền 45.600 đồng 07/TTg") == []
