"""Canonical forms (transforms/canonical) and tone-mark repair in cleaning, on the issue's spellings."""

from __future__ import annotations

import pytest

from transforms.canonical import canonicalize
from transforms.canonical.forms import canonical_body, canonical_person, canonical_place, key, split_title
from transforms.clean.normalize import canonical_tones, place_tone_mark, restore_spelling
from transforms.clean.text import clean_text
from transforms.records import Article, Extraction, Organization, Person, Source

HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"


@pytest.mark.parametrize(
    "written",
    [
        "UBND TP HCM",
        "UBND TPHCM",
        "UBND TP.HCM",
        "UBND TP Hồ Chí Minh",
        "Ủy ban nhân dân TP HCM",
        "UBND TP. HCM",
    ],
)
def test_one_body_under_five_spellings(written: str) -> None:
    assert canonical_body(written) == HCM
    assert key(canonical_body(written)) == "uy ban nhan dan thanh pho ho chi minh"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Bộ Công An", "Bộ Công an"),
        ("Bộ Công an", "Bộ Công an"),
        ("Bộ Giaó dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
        ("Bộ Gíáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
        ("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"),
        ("Bộ GDĐT", "Bộ Giáo dục và Đào tạo"),
        ("Ủy ban thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
        ("Bộ Giao thông Vận tải", "Bộ Giao thông vận tải"),
        ("Bộ Lao động Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
        ("HĐND tỉnh Long An", "Hội đồng nhân dân tỉnh Long An"),
        ("UBMTTQ TP.HCM", "Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh"),
        ("BCH TW Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Chấp hành T.Ư", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Chấp hành TƯ", "Ban Chấp hành Trung ương Đảng"),
        ("UBND TP", "Ủy ban nhân dân Thành phố"),
        ("UBND Tp Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ("UBND Q.1", "Ủy ban nhân dân Quận 1"),
        ("UBND H. Củ Chi", "Ủy ban nhân dân huyện Củ Chi"),
        ("MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_bodies(written: str, canonical: str) -> None:
    assert canonical_body(written) == canonical


def test_case_variants_share_a_key_and_a_canonical_form() -> None:
    assert canonical_body("Bộ Công An") == canonical_body("Bộ Công an")
    assert key("Sở Giao thông Công chánh") == key("Sở Giao thông công chánh")
    assert key("Bộ Lao động, Thương binh và Xã hội") == key("Bộ Lao động - Thương binh và Xã hội")


@pytest.mark.parametrize(
    ("title", "role", "organization", "qualifier", "former"),
    [
        ("Phó thủ tướng", "Phó Thủ tướng", "Chính phủ", None, None),
        ("Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ", None, None),
        ("Tổng bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", None, None),
        ("nguyên Phó chủ tịch UBND TP HCM", "Phó Chủ tịch", HCM, None, "nguyên"),
        ("Chủ tịch UBND TP.HCM", "Chủ tịch", HCM, None, None),
        ("Bộ trưởng Tài chính", "Bộ trưởng", "Bộ Tài chính", None, None),
        ("Cục trưởng Thú y", "Cục trưởng", "Cục Thú y", None, None),
        ("Đại biểu Quốc hội khoá XV", "Đại biểu", "Quốc hội", "khóa XV", None),
        ("ĐBQH khóa XII", "Đại biểu", "Quốc hội", "khóa XII", None),
        (
            "Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2020 - 2025",
            "Chủ tịch",
            "Ủy ban nhân dân tỉnh Nghệ An",
            "nhiệm kỳ 2020-2025",
            None,
        ),
        ("cựu Tổng Bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", None, "cựu"),
        ("cố Thủ tướng", "Thủ tướng", "Chính phủ", None, "cố"),
        ("UVTƯ", "Ủy viên", "Ban Chấp hành Trung ương Đảng", None, None),
        ("Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng", None, None),
        ("Ủy viên BCH TW Đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng", None, None),
        ("Phó Bí thư thường trực Thành ủy Hà Nội", "Phó Bí thư Thường trực", "Thành ủy Hà Nội", None, None),
        ("Chủ tịch nước", "Chủ tịch nước", None, None, None),
        ("Chủ tịch QH", "Chủ tịch", "Quốc hội", None, None),
        ("Thứ trưởng GDĐT", "Thứ trưởng", "Bộ Giáo dục và Đào tạo", None, None),
    ],
)
def test_titles_split(
    title: str, role: str, organization: str | None, qualifier: str | None, former: str | None
) -> None:
    parts = split_title(title)
    assert (parts.role, parts.organization, parts.qualifier, parts.former) == (
        role,
        organization,
        qualifier,
        former,
    )


def test_one_office_one_key_whatever_the_spelling() -> None:
    keys = {
        split_title(t).key
        for t in (
            "Phó chủ tịch UBND TP HCM",
            "Phó Chủ tịch UBND TPHCM",
            "nguyên Phó chủ tịch Ủy ban nhân dân TP.HCM",
        )
    }
    assert keys == {"pho chu tich uy ban nhan dan thanh pho ho chi minh"}
    assert split_title("Thủ tướng").key == split_title("Thủ tướng Chính phủ").key
    assert split_title("Bộ trưởng Bộ Tài chính").key == split_title("Bộ trưởng Tài chính").key
    assert split_title("Chủ tịch UBND TP HCM").key != split_title("Phó Chủ tịch UBND TP HCM").key


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("TP HCM", "Thành phố Hồ Chí Minh"),
        ("Sài Gòn", "Thành phố Hồ Chí Minh"),
        ("Thủ đô Hà Nội", "Hà Nội"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_places(written: str, canonical: str) -> None:
    assert canonical_place(written) == canonical


def test_person_names() -> None:
    assert canonical_person("NGUYỄN  văn thể") == "Nguyễn Văn Thể"
    assert key(canonical_person("Nguyễn Tấn Dũng")) == "nguyen tan dung"


@pytest.mark.parametrize(
    ("word", "fixed"),
    [
        ("Giaó", "Giáo"),
        ("Gíáo", "Giáo"),
        ("tòan", "toàn"),
        ("họat", "hoạt"),
        ("đựơc", "được"),
        ("qúa", "quá"),
        ("gía", "giá"),
        ("Vịêt", "Việt"),
        ("HÒANG", "HOÀNG"),
        ("ngòai", "ngoài"),
        # correct words stay as they are
        ("người", "người"),
        ("quý", "quý"),
        ("giữa", "giữa"),
        ("gì", "gì"),
        ("mùa", "mùa"),
        ("của", "của"),
        ("khuỷu", "khuỷu"),
        ("hòa", "hòa"),
        ("thủy", "thủy"),
        ("Xêút", "Xêút"),  # no Vietnamese syllable: left alone
        ("Ôxtrâylia", "Ôxtrâylia"),
    ],
)
def test_tone_mark_placement(word: str, fixed: str) -> None:
    assert place_tone_mark(word) == fixed


def test_cleaning_repairs_misplaced_marks_and_keeps_the_original() -> None:
    text = "Bộ Giaó dục và Đào tạo, Bộ Gíáo dục và Đào tạo và Uỷ ban."
    fixed, changes = canonical_tones(text)
    assert fixed == "Bộ Giáo dục và Đào tạo, Bộ Giáo dục và Đào tạo và Ủy ban."
    assert len(fixed) == len(text)
    assert restore_spelling(fixed, changes) == text
    cleaned = clean_text("Tiêu đề\n\nĐại diện Bộ Giaó dục và Đào tạo cho biết như vậy trong buổi họp.")
    assert "Giaó" not in cleaned.body and "Bộ Giáo dục" in cleaned.body
    assert restore_spelling(cleaned.body, cleaned.spelling_original).count("Giaó") == 1


def test_canonicalize_keeps_text_as_written_and_adds_forms() -> None:
    article = Article(
        id="a",
        source=Source("file", path="x.txt"),
        body="",
        content_hash="h",
        extraction=Extraction(
            places=("TP.HCM",),
            people=(Person(name="Lê Thanh Hải", titles=("Bí thư Thành ủy TP HCM", "UVBCT")),),
            organizations=(Organization(name="UBND TPHCM"),),
        ),
    )
    out = canonicalize(article)
    person = out.extraction.people[0]
    assert person.name == "Lê Thanh Hải" and person.titles == ("Bí thư Thành ủy TP HCM", "UVBCT")
    assert person.key == "le thanh hai"
    assert [p.canonical for p in person.positions] == [
        "Bí thư Thành ủy Thành phố Hồ Chí Minh",
        "Ủy viên Bộ Chính trị",
    ]
    assert [p.text for p in person.positions] == list(person.titles)
    org = out.extraction.organizations[0]
    assert (org.name, org.canonical) == ("UBND TPHCM", HCM)
    assert out.extraction.places_canonical == ("Thành phố Hồ Chí Minh",)
    assert canonicalize(out) == out  # idempotent
    record = out.to_dict()
    assert record["people"][0]["positions"][0]["role"] == "Bí thư"
