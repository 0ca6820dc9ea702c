"""Plain-text cleaning, wave eleven: run-on headlines, signatures and datelines of unseen news.

Every line here is made up in the shape of forms seen on several texts; none is taken from a gold text.
"""

from __future__ import annotations

import pytest

from tests.support.articles import BODY, LEAD, MORE
from tests.support.articles import article as _text
from transforms.clean.text import clean_text


@pytest.mark.parametrize(
    ("line", "below", "headline"),
    [
        # the caption repeats the headline's words, capitalized as a sentence's start
        (
            "Hà Nội khắc phục sai sót cầu - đường Trần Hưng Đạo Cầu - đường Trần Hưng Đạo đang được"
            " sửa chữa lại",
            BODY,
            "Hà Nội khắc phục sai sót cầu - đường Trần Hưng Đạo",
        ),
        (
            "Học sinh được nghỉ học thêm Học thêm tràn lan đã được nhắc đến ở nhiều hội nghị của"
            " ngành giáo dục",
            BODY,
            "Học sinh được nghỉ học thêm",
        ),
        # the subtitle opens with a word pair the body writes in lower case ("rà soát")
        (
            "Tăng lương tối thiểu cho người lao động từ tháng 7 Rà soát các khoản phụ cấp theo nghề của"
            " người lao động",
            "Bộ sẽ rà soát các khoản phụ cấp trong quý III, theo kế hoạch đã được Chính phủ thông qua.",
            "Tăng lương tối thiểu cho người lao động từ tháng 7",
        ),
    ],
)
def test_run_on_headline_ends_where_a_restated_pair_opens(line: str, below: str, headline: str) -> None:
    cleaned = clean_text(line + "\n" + below + "\n" + MORE)
    assert cleaned.title == headline


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # a lead-first text: the capitalized name inside the lead's sentence is no turn
        (
            "Chủ tịch UBND tỉnh Hòa Bình vừa ký ban hành Quyết định 12 về quản lý khoáng sản trên"
            " địa bàn tỉnh.",
            "Theo quyết định, các đơn vị phải báo cáo trước ngày 30-6.",
        ),
        (
            "Chương trình Văn bằng quản trị Kinh doanh của Úc tại Việt Nam do hai trường phối hợp tổ chức.",
            "Học viên theo học ngành kinh doanh được miễn một phần học phí.",
        ),
    ],
)
def test_a_lead_sentence_is_not_cut_at_a_capitalized_pair(line: str, below: str) -> None:
    cleaned = clean_text(line + "\n" + below + "\n" + MORE)
    assert cleaned.title is None


def test_a_headline_line_of_its_own_keeps_its_capitalized_names() -> None:
    headline = "Sẽ thành lập Trung tâm đào tạo chống buôn người"
    cleaned = clean_text(_text(LEAD, "Trung tâm đào tạo sẽ đặt tại Hà Nội. " + BODY, MORE, title=headline))
    assert cleaned.title == headline


@pytest.mark.parametrize(
    "kicker",
    [
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15:",
        "Kỳ họp thứ 12 HĐND tỉnh khóa X, Chủ tịch UBND tỉnh Lê Văn Bình:",
    ],
)
def test_a_kicker_above_the_headline_is_no_headline(kicker: str) -> None:
    headline = "Cần rõ việc, rõ người trong cải cách hành chính"
    cleaned = clean_text(_text(headline, LEAD, BODY, MORE, title=kicker))
    assert cleaned.title == headline
    assert kicker not in cleaned.body


@pytest.mark.parametrize(
    "first",
    [
        "I. Du học Pháp:",  # a list's heading over a sentence
        "Sau khi nhận được tờ trình của Sở GD-ĐT về 3 phương án tuyển sinh, UBND TP quyết định:",
    ],
)
def test_a_lead_or_list_heading_ending_with_a_colon_is_no_kicker(first: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, title=first))
    assert cleaned.title is None


@pytest.mark.parametrize(
    "footer",
    [
        ["Ý kiến ()"],  # the comment counter under the article
        ["Ý kiến (3)"],
        ["Hoabinh.gov.vn", "Hòa Bình Đất và Người"],  # the site's address over its motto
        ["www.hoabinh.gov.vn"],
    ],
)
def test_the_signature_above_a_page_footer_is_read(footer: list[str]) -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, "Minh Anh – Thu Hà", *footer))
    assert cleaned.authors == ("Minh Anh", "Thu Hà")
    assert all(line not in cleaned.body for line in footer)


def test_a_site_address_inside_the_text_stays() -> None:
    line = "Trang thông tin của tỉnh:"
    cleaned = clean_text(_text(LEAD, BODY, line, "Hoabinh.gov.vn", MORE, MORE + " Đó là yêu cầu chung."))
    assert "Hoabinh.gov.vn" in cleaned.body


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Ngày đăng bài: 16/12/2019 | Tác giả: Minh Anh", "Minh Anh", "2019-12-16"),
        ("Đăng bài: 03/05/2024 08:15", None, "2024-05-03T08:15:00+07:00"),
    ],
)
def test_a_dateline_labelled_dang_bai(line: str, author: str | None, published: str) -> None:
    cleaned = clean_text(_text(line, LEAD, BODY, MORE))
    assert cleaned.published == published
    assert cleaned.authors == ((author,) if author else ())
    assert line not in cleaned.body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("17/10/21", "2021-10-17"),
        ("Thứ Hai, 17/10/21 08:30", "2021-10-17T08:30:00+07:00"),
    ],
)
def test_a_date_line_with_a_two_digit_year_under_the_headline(line: str, published: str) -> None:
    cleaned = clean_text(_text(line, LEAD, BODY, MORE))
    assert cleaned.published == published
    assert line not in cleaned.body


def test_a_ratio_in_the_text_is_no_date() -> None:
    cleaned = clean_text(_text("Tỷ lệ 3/4/05 đạt", LEAD, BODY, MORE))
    assert cleaned.published is None


def test_a_24h_section_before_the_date() -> None:
    cleaned = clean_text(_text("Sức khỏe 24h - 09/12/2023", LEAD, BODY, MORE))
    assert cleaned.published == "2023-12-09"
    assert "Sức khỏe 24h" not in cleaned.body


def test_a_meeting_named_after_its_verb_stays_in_the_headline() -> None:
    headline = "Bí thư Tỉnh ủy Lê Văn Bình phát biểu khai mạc Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh"
    lead = "Sáng 4-4, Tỉnh ủy tổ chức hội nghị lần thứ 8 để đánh giá tình hình quý I."
    cleaned = clean_text(headline + "\n" + lead + "\n" + BODY + "\n" + MORE)
    assert cleaned.title == headline


def test_a_long_headline_over_its_dateline_is_the_page_h1() -> None:
    headline = "Tỉnh đoàn tổ chức chương trình Mùa hè xanh cho hơn 2.000 sinh viên ở các huyện miền núi"
    cleaned = clean_text(
        _text("04/04/2022 - 08:59", "Chiến dịch mùa hè năm nay. " + LEAD, BODY, title=headline)
    )
    assert cleaned.title == headline


def test_a_run_on_headline_ending_with_a_name_ends_before_a_restated_pair() -> None:
    line = "Xây dựng Nhà máy xi măng Hà Tiên Mạng lưới giao thông quanh nhà máy được làm xong trước mùa mưa"
    below = "Toàn bộ mạng lưới giao thông nội bộ dài 12 km, theo chủ đầu tư."
    cleaned = clean_text(line + "\n" + below + "\n" + MORE)
    assert cleaned.title == "Xây dựng Nhà máy xi măng Hà Tiên"


def test_a_name_going_on_in_lower_case_inside_a_headline_stays() -> None:
    headline = "Lãnh đạo TP thăm khu di tích Bến Dược Củ Chi nhân dịp kỷ niệm 30 năm"
    cleaned = clean_text(_text("Khu di tích củ chi đón khách. " + LEAD, BODY, MORE, title=headline))
    assert cleaned.title == headline
