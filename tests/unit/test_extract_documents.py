"""Document references, on real sentences (seed file or VNTC id cited on each case)."""

from __future__ import annotations

from transforms.extract.documents import extract_documents


def _refs(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.ref, d.type) for d in extract_documents(text)]


def test_party_codes_with_d_and_quoted_title() -> None:
    # seed 003
    text = (
        'đánh giá 3 năm thực hiện Nghị quyết 02-NQ/ĐUK của Ban Chấp hành Đảng bộ Khối về "Đổi mới phương '
        "thức, nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng trong Đảng bộ Khối các cơ quan "
        'Trung ương";'
    )
    (doc,) = extract_documents(text)
    assert (doc.ref, doc.type, doc.issuer, doc.number) == ("02-NQ/ĐUK", "Nghị quyết", "ĐUK", "02")
    assert doc.title is not None and doc.title.startswith("Đổi mới phương thức")
    assert doc.text == "Nghị quyết 02-NQ/ĐUK"
    assert text[doc.start : doc.end] == doc.text


def test_type_from_word_and_from_code() -> None:
    # seed 003
    text = (
        "trọng tâm là thực hiện Kế hoạch số 07-KH/TW của Bộ Chính trị và Chương trình hành động số "
        "14-Ctr/ĐUK, Kế hoạch số 100-KH/ĐUK của Đảng ủy Khối; Quy định số 08-QĐ/TW; theo tinh thần Kết luận "
        "số 38-KL/TW"
    )
    assert _refs(text) == [
        ("07-KH/TW", "Kế hoạch"),
        ("14-Ctr/ĐUK", "Chương trình hành động"),
        ("100-KH/ĐUK", "Kế hoạch"),
        ("08-QĐ/TW", "Quy định"),
        ("38-KL/TW", "Kết luận"),
    ]
    assert _refs("theo tinh thần 18-NQ/TW") == [("18-NQ/TW", "Nghị quyết")]


def test_back_reference_resolves_to_the_coded_document() -> None:
    # seed 003
    text = (
        "gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị và Quy định số 08-QĐ/TW. Qua 3 năm thực hiện Chỉ "
        "thị 05, "
        "toàn Đảng bộ Khối đã đạt được những kết quả nhất định"
    )
    assert _refs(text) == [("05-CT/TW", "Chỉ thị"), ("08-QĐ/TW", "Quy định")]


def test_uncoded_reference_of_a_central_party_body_is_canonicalized() -> None:
    # seed 002
    text = (
        "gắn với thực hiện Chỉ thị số 05 của Bộ Chính trị... tiếp tục thực hiện Nghị quyết 39 của Bộ "
        "Chính trị"
    )
    assert _refs(text) == [("05-CT/TW", "Chỉ thị"), ("39-NQ/TW", "Nghị quyết")]


def test_resolutions_without_a_number() -> None:
    # seed 003, seed 000
    docs = extract_documents(
        "chỉ đạo thực hiện nghiêm túc Nghị quyết Trung ương 4 khóa XII gắn với ...; Nghị quyết Đại hội XIII "
        "của Đảng bộ Khối"
    )
    assert [(d.ref, d.text, d.number) for d in docs] == [
        (None, "Nghị quyết Trung ương 4 khóa XII", "4"),
        (None, "Nghị quyết Đại hội XIII", "XIII"),
    ]


def test_state_codes() -> None:
    # VNTC XH_NLD_T_ (9100), XH_NLD_T_ (9253), XH_TN_T_ (8517)
    text = (
        "Thực hiện theo tinh thần Nghị định 05/2005/NQ-CP và Quyết định số 20/2005/QĐ-BGD&ĐT trong khi chờ. "
        "thực hiện nghiêm Chỉ thị số 25/2005/CT-TTg ngày 12 tháng 7 năm 2005 của Thủ tướng Chính phủ; "
        "theo quy định tại Nghị định 66/2002/NĐ- CP ngày 1/7/2002; công văn số 239/TTg-NN ngày 10 tháng 2"
    )
    assert _refs(text) == [
        ("05/2005/NQ-CP", "Nghị định"),  # the type word wins over the code, as written
        ("20/2005/QĐ-BGD&ĐT", "Quyết định"),
        ("25/2005/CT-TTg", "Chỉ thị"),
        ("66/2002/NĐ-CP", "Nghị định"),
        ("239/TTg-NN", "Công văn"),
    ]


def test_lowercase_common_noun_does_not_override_the_code() -> None:
    # VNTC XH_VNE_T_ (5628)
    assert _refs("phải tiến hành lập báo cáo đầu tư theo quy định số 16/2005/NĐ-CP, ngày 7/2/2005") == [
        ("16/2005/NĐ-CP", "Nghị định")
    ]


def test_uncoded_state_reference_keeps_its_issuer() -> None:
    # VNTC XH_VNE_T_ (4101)
    (doc,) = extract_documents(
        "Theo Quyết định 39 của Thủ tướng, nếu phần diện tích đất còn lại nhỏ hơn 15 m2"
    )
    assert (doc.ref, doc.type, doc.number, doc.issuer) == (None, "Quyết định", "39", "Thủ tướng")


def test_no_document() -> None:
    # seed 003 and VNTC-like sentences: dates, fractions and periods are no document numbers
    assert (
        extract_documents("Tính đến 30/6/2019, Đảng ủy Khối đã sắp xếp lại còn 21 phòng, giảm 6 phòng.") == ()
    )
    assert extract_documents("tại 38/64 đảng bộ trực thuộc; Kế hoạch 5 năm 2006-2010") == ()
