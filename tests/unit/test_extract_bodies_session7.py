"""Issue 9, session seven: a body's name written in lowercase after its head, with no capitalized tail.

Made-up sentences in the shapes the press uses (2006-style and provincial text): a positive and a
negative table for the rule (``organizations._bare_run`` and the ties that allow it).
"""

from __future__ import annotations

import pytest

from transforms.extract.organizations import extract_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a person and a comma before the body, punctuation after it
        ("TS Lê Văn An, Viện khoa học lâm nghiệp, cho biết rừng đã phục hồi.", "Viện khoa học lâm nghiệp"),
        ("ThS Phạm Thị Hoa, Đại học nông lâm - Chủ nhiệm đề tài, nói.", "Đại học nông lâm"),
        # the person's office before it
        ("Ông Trần Văn Bình, Giám đốc Trung tâm dạy nghề, cho hay.", "Trung tâm dạy nghề"),
        ("Bà Hà, cán bộ Hội người mù, đã có mặt.", "Hội người mù"),
        # a relation before it, a clause word or a reporting verb after it
        ("Tài liệu được Trung tâm thông tin (Bộ Nội vụ) biên soạn.", "Trung tâm thông tin"),
        ("Hồ sơ đã gửi cho Chi cục kiểm lâm để xem xét.", "Chi cục kiểm lâm"),
        ("Huyện giao cho Phòng Quản lý giao thông tiến hành rà soát.", "Phòng Quản lý giao thông"),
        ("Theo Viện dinh dưỡng cho rằng bữa ăn còn thiếu.", "Viện dinh dưỡng"),
    ],
)
def test_a_lowercase_name_tied_to_the_sentence_is_read(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "not_body"),
    [
        # no tie before the head: a common noun
        ("Em muốn vào các trường Đại học hàng đầu ở châu Âu.", "Đại học hàng đầu"),
        ("Nhiều ý kiến để Bộ giao quyền đào tạo cho trường.", "Bộ giao quyền đào tạo"),
        # the field goes on after "và", a dash or "về": the run is cut, no name
        ("Ông Lâm, Giám đốc Công ty cấp nước và vệ sinh nông thôn, nói.", "Công ty cấp nước"),
        ("Ông Lâm, Giám đốc Phòng thí nghiệm về bệnh cây trồng, nói.", "Phòng thí nghiệm"),
        # a verb inside the run ("xây dựng") or a verb right after the head
        ("Ông Lâm, Giám đốc Công ty tư vấn xây dựng cầu đường, nói.", "Công ty tư vấn"),
        ("Theo Bộ GDĐT đăng tải lá thư của em, ...", "Bộ GDĐT đăng tải lá thư"),
        # a run longer than four syllables is a clause
        ("Ông Tú, cán bộ Trung tâm chăm lo đời sống người già neo đơn, nói.", "Trung tâm chăm lo đời sống"),
        # a single syllable is too little
        ("Ông Tú, cán bộ Viện nhi, nói.", "Viện nhi"),
    ],
)
def test_an_untied_or_cut_lowercase_run_is_no_name(text: str, not_body: str) -> None:
    orgs = _orgs(text)
    assert not any(o.startswith(not_body) for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ông Vũ, Giám đốc Đài Phát thanh và truyền hình tỉnh Hà Giang, nói.",
            "Đài Phát thanh và truyền hình tỉnh Hà Giang",
        ),
        ("Ông Vũ, Giám đốc Đài Phát thanh và truyền hình, nói.", "Đài Phát thanh và truyền hình"),
        ("Cán bộ của Công ty xăng dầu hàng không (Vinaxx) bị bắt.", "Công ty xăng dầu hàng không"),
    ],
)
def test_fixed_lowercase_fields_are_read_whole(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_broadcaster_going_on_in_a_clause_keeps_its_short_name() -> None:
    assert "Đài Phát thanh" in _orgs("Đài Phát thanh và truyền hình lưu động đã đến.")
    assert not any(
        o.startswith("Hội cựu chiến binh") for o in _orgs("Giấy của Hội cựu chiến binh nơi đang ở.")
    )
