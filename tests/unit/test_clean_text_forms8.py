"""Plain-text cleaning, wave eight: headline forms and page chrome left in bodies.

Every line here is made up in the shape of forms seen on several outlets; none is taken from a gold text.
"""

from __future__ import annotations

import pytest

from tests.support.articles import BODY, LEAD, MORE
from tests.support.articles import article as _text
from transforms.clean.text import clean_text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # counters and the page's own label leave the body
        ("1.024 lượt xem", "gone"),
        ("Tổng số lượt truy cập:", "gone"),
        ("Tổng số lượt truy cập: 1.234.567", "gone"),
        ("Chi tiết bài viết", "gone"),
        ("Chi tiết bài viết Tin tức", "gone"),
        ("Chi tiết tin Thời sự", "gone"),
        # the presidium of a meeting named alone under its photo
        ("Đoàn Chủ tịch Đại hội", "caption"),
        ("Đoàn Chủ tịch Hội nghị Ban Chấp hành Đảng bộ huyện", "caption"),
        ("Chủ tọa kỳ họp", "caption"),
        # offices set off by a dash, the chain by commas, then what the photo shows
        ("Đồng chí Lê Văn Bình – Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu tại hội nghị.", "caption"),
        ("Ông Trần Văn Hùng - Giám đốc Sở Nội vụ, Trưởng ban Thi đua trao bằng khen cho tập thể.", "caption"),
        # body sentences of the same words and shapes stay
        ("Hơn 1.000 lượt xem mỗi ngày là con số đáng ghi nhận của trang thông tin huyện.", "body"),
        ("Chi tiết bài viết về đề án sẽ được đăng trong số sau", "body"),
        ("Đoàn Chủ tịch Đại hội đã điều hành các phiên thảo luận, nhận được nhiều ý kiến.", "body"),
        ("Ông Trần Văn Hùng, Giám đốc Sở Nội vụ tỉnh Hòa Bình, trao bằng khen cho các tập thể.", "body"),
        ("Đồng chí Lê Văn Bình – Bí thư Huyện ủy, phát biểu tại hội nghị, nhấn mạnh vai trò cơ sở.", "body"),
    ],
)
def test_chrome_and_caption_lines_between_paragraphs(line: str, place: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, line, MORE))
    assert (line in cleaned.body) is (place == "body")
    assert (line in cleaned.captions) is (place == "caption")
    assert BODY in cleaned.body and MORE in cleaned.body


def test_a_comment_form_ends_the_article() -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, "Thông tin bạn đọc", "Đóng Lưu thông tin", "Họ và tên"))
    assert MORE in cleaned.body
    assert "Thông tin bạn đọc" not in cleaned.body and "Họ và tên" not in cleaned.body


def test_a_caption_cell_under_a_photo_cell_is_a_caption() -> None:
    caption = "Phó Chủ tịch UBND huyện Lê Văn Bình phát biểu tại buổi làm việc."
    cleaned = clean_text(_text(LEAD, "![]() |", f"{caption} |", BODY, MORE))
    assert caption in cleaned.captions
    assert caption not in cleaned.body and BODY in cleaned.body


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the outlet's code printed before the headline
        ("(HBTV) Hòa Bình sơ kết cải cách hành chính quý I", "Hòa Bình sơ kết cải cách hành chính quý I"),
        ("(ABC) - Huyện Lạc Sơn tổ chức Đại hội Đoàn khóa XX", "Huyện Lạc Sơn tổ chức Đại hội Đoàn khóa XX"),
        # a name in brackets that is no code stays
        ("(Kỳ 2) Những người giữ rừng", "(Kỳ 2) Những người giữ rừng"),
        # a body's name that goes on after a capitalized word is no caption's start
        (
            "Bài phát biểu của Chủ tịch UBND tỉnh tại Đại hội đại biểu Hội Nông dân tỉnh Hòa Bình lần thứ X",
            "Bài phát biểu của Chủ tịch UBND tỉnh tại Đại hội đại biểu Hội Nông dân tỉnh Hòa Bình lần thứ X",
        ),
        (
            "Hòa Bình: Khai mạc Đại hội đại biểu Hội Sinh viên tỉnh lần thứ V nhiệm kỳ 2023-2028",
            "Hòa Bình: Khai mạc Đại hội đại biểu Hội Sinh viên tỉnh lần thứ V nhiệm kỳ 2023-2028",
        ),
    ],
)
def test_headline_forms(headline: str, expected: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, title=headline))
    assert cleaned.title == expected


def test_a_one_sentence_headline_with_its_full_stop_above_the_date_line() -> None:
    headline = (
        "Xây dựng huyện Lạc Sơn trở thành huyện phát triển khá của tỉnh, góp phần tích cực vào sự phát triển "
        "chung của cả tỉnh."
    )
    cleaned = clean_text(_text("Thứ 3, 12/03/2024 | 09:15:20", LEAD, BODY, MORE, title=headline))
    assert cleaned.title == headline
    assert headline not in cleaned.body
    # without the date line below it, such a sentence is a lead
    assert clean_text(_text(LEAD, BODY, MORE, title=headline)).title is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a run-on first line: headline, then a caption or lead opened by an office and a name
        (
            "Hơn 2 triệu học sinh vào năm học mới Phó Thủ tướng Lê Văn An dự lễ khai giảng tại trường THPT"
            " Nguyễn Du. Sáng 5-9, hơn 2 triệu học sinh cả nước bước vào năm học mới.",
            "Hơn 2 triệu học sinh vào năm học mới",
        ),
        (
            "Khẩn trương khắc phục sự cố đê biển Phó Chủ tịch UBND tỉnh Trần Văn Hùng kiểm tra hiện trường"
            " tại xã Giao Hải chiều 3-8",
            "Khẩn trương khắc phục sự cố đê biển",
        ),
    ],
)
def test_run_on_headline_ends_where_an_office_and_a_name_start(line: str, headline: str) -> None:
    cleaned = clean_text(line + "\n" + BODY + "\n" + MORE)
    assert cleaned.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Trao Huân chương Lao động cho Chủ tịch UBND tỉnh Trần Văn Hùng",  # a linking word before the office
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Hùng phát biểu bế mạc kỳ họp thứ 12",  # after a comma
        "Quyết tâm hoàn thành kế hoạch Phó Thủ tướng Thường",  # no name after the office
    ],
)
def test_office_and_name_inside_a_headline_stay(headline: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, title=headline))
    assert cleaned.title == headline
