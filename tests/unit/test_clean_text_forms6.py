"""Plain-text cleaning, session six: page widgets, footers, date lines, headline links, captions.

Every line here is made up in the shape of forms seen on several outlets; none is taken from a gold text.
"""

from __future__ import annotations

import pytest

from tests.support.articles import BODY, LEAD, MORE
from tests.support.articles import article as _text
from transforms.clean.text import clean_text, is_caption, parse_byline


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("0:00 / 0:00", True),
        ("00:00/04:12", True),
        ("0:00", True),
        ("• Nữ miền Bắc", True),
        ("• Nam miền Nam", True),
        ("Giọng nữ miền Trung", True),
        ("PV In bài viết", True),
        ("In bài | Chia sẻ", True),
        ("‹ Bài trước | Bài sau ›", True),
        ("« précédent | suivant »", True),
        ("Trang trước / Trang sau", True),
        ("Trở về đầu trang", True),
        ("Lên đầu trang", True),
        ("Album ảnh:", True),
        ("Xem video", True),
        ("Nghe bài viết", True),
        ("Theo dõi Báo Hòa Bình trênGoogle News", True),
        ("Anh", False),  # a country in a table, not "Ảnh"
        ("Sau", False),
        ("Trước hết, tỉnh tập trung rà soát thủ tục.", False),
        ("Nam Bộ và miền Trung", False),
        ("(c) Các cơ quan phối hợp kiểm tra.", False),
        # wave seven: image-link debris, view counters, a video label
        (".jpg)", True),
        ("dai-hoi-dang-bo-1.JPG)", True),
        ("![](/uploads/2025/08/anh-1.png)", True),
        ("![Ảnh đại hội](https://example.vn/a.webp?w=800)", True),
        ("Lượt xem: 123", True),
        ("Số lượt đọc: 1.024", True),
        ("YouTube", True),
        ("Ảnh chụp màn hình.jpg", False),  # words around the file name: not debris of a link
        ("Lượt xem các trang tăng mạnh trong năm 2024.", False),
        ("YouTube là nền tảng được người dân dùng nhiều nhất để xem tin tức.", False),
    ],
)
def test_page_widgets_leave_the_body_and_lines_like_them_stay(line: str, widget: bool) -> None:
    cleaned = clean_text(_text(LEAD, BODY, line, MORE))
    assert (line not in cleaned.body) is widget
    assert BODY in cleaned.body and MORE in cleaned.body


@pytest.mark.parametrize(
    "footer",
    [
        "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Hòa Bình.",
        "© 2024 Báo Hòa Bình. Giấy phép số 123/GP-BTTTT.",
        "Bản quyền thuộc về Cổng thông tin điện tử tỉnh Hòa Bình.",
        "Ghi rõ nguồn Báo Hòa Bình khi phát hành lại thông tin từ website này.",
    ],
)
def test_copyright_footer_ends_the_article(footer: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, MORE, footer, "Tổng biên tập: Nguyễn Văn A"))
    assert "Hòa Bình khi" not in cleaned.body and "Giấy phép" not in cleaned.body
    assert "Bản quyền thuộc" not in cleaned.body and "sao chép" not in cleaned.body
    assert MORE in cleaned.body


def test_copyright_words_early_in_the_text_stay() -> None:
    early = "Bản quyền thuộc về tác giả là nguyên tắc được luật bảo vệ."
    cleaned = clean_text(_text(LEAD, early, BODY, MORE, MORE.replace("Bình", "An")))
    assert early in cleaned.body


def test_related_box_after_a_few_long_paragraphs_is_cut() -> None:
    """ "Tin liên quan" with many short lines after it: the box starts past half of the text."""
    teasers = [
        "Tin liên quan",
        "-",
        "Thời sự",
        "Hà Tĩnh kiện toàn nhân sự chủ chốt",
        "09:12' - 02/05/2024",
        "Tin cùng chuyên mục",
        "-",
        "Quảng Trị sắp xếp bộ máy",
        "Nghệ An tổng kết năm",
    ]
    cleaned = clean_text("\n".join(["Hòa Bình sơ kết", "", LEAD, "", BODY, "", MORE, "", *teasers]))
    assert "Tin liên quan" not in cleaned.body and "Hà Tĩnh kiện toàn" not in cleaned.body
    assert MORE in cleaned.body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Hội - Câu lạc bộ - Ngày đăng : 09:15, 03/05/2024", "2024-05-03T09:15:00+07:00"),
        ("Thời sự - Chính trị | 03/05/2024 09:15", "2024-05-03T09:15:00+07:00"),
        ("Kinh tế > Đầu tư | 03/05/2024", "2024-05-03"),
        ("Trang chủ / Tin tức / 03/05/2024", "2024-05-03"),
        ("Chuyên mục: Thời sự - 03/05/2024", "2024-05-03"),
        ("Thời gian đăng: 03/05/2024", "2024-05-03"),
        ("[03/05/2024 09:15]", "2024-05-03T09:15:00+07:00"),
        ("Thứ Sáu, 03/05/2024, 09:15 CH", "2024-05-03T21:15:00+07:00"),
        ("Cập nhật: 03/05/2024 | Lượt xem: 1.234 | Bình luận: 0", "2024-05-03"),
        ("Ngày phát hành: 03/05/2024", "2024-05-03"),
        ("Đăng tải lúc: 09:15 03/05/2024", "2024-05-03T09:15:00+07:00"),
        ("Cập nhật lần cuối: 03/05/2024", "2024-05-03"),
        ("Posted on 03/05/2024", "2024-05-03"),
        ("3 Tháng Năm, 2024", "2024-05-03"),
        ("Tháng Mười Hai 3, 2024", "2024-12-03"),
        ("Thứ Sáu, 3 Tháng Giêng 2025 09:15", "2025-01-03T09:15:00+07:00"),
        ("Khai mạc ngày 03/05/2024", None),  # a short sentence with a date: no separator after its words
        ("Hội nghị diễn ra ngày 03/05/2024", None),
        ("Tỉnh tổng kết công tác năm - 03/05/2024", None),  # four words and more are no section label
        ("Sau 3 tháng hai 2024 khởi công", None),
        ("May 2024", None),
        ("Tháng Năm rực rỡ", None),
        ("October 16, 2019 9:02 am", None),  # English month names are left alone
    ],
)
def test_date_lines_sections_labels_counters_and_month_names(line: str, published: str | None) -> None:
    """Date lines without an author give ``(None, time)``; short sentences with a date are none."""
    assert parse_byline(line) == ((None, published) if published else None)


def test_breadcrumb_date_line_with_an_author() -> None:
    assert parse_byline("Hoài Thu | Thời sự - 03/05/2024 09:15") == ("Hoài Thu", "2024-05-03T09:15:00+07:00")


def test_breadcrumb_date_line_under_the_headline_gives_published() -> None:
    cleaned = clean_text(_text("Xã hội - Đời sống - Ngày đăng : 17:05, 21/11/2023", LEAD, BODY))
    assert cleaned.published == "2023-11-21T17:05:00+07:00"
    assert "Ngày đăng" not in cleaned.body


def test_closing_date_above_a_back_to_top_link_gives_published() -> None:
    cleaned = clean_text(
        _text(LEAD, BODY, "« Bài trước | Bài sau »", "Cập nhật ngày 21/11/2023", "Về đầu trang")
    )
    assert cleaned.published == "2023-11-21"
    assert "Cập nhật" not in cleaned.body and "Bài trước" not in cleaned.body


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Đại sứ Nhật Bản chào từ biệt Chủ tịch nước [en]", "Đại sứ Nhật Bản chào từ biệt Chủ tịch nước"),
        (
            "Hội nghị trực tuyến toàn quốc về chuyển đổi số (Xem tin ảnh)",
            "Hội nghị trực tuyến toàn quốc về chuyển đổi số",
        ),
        ("Lễ diễu binh kỷ niệm 70 năm chiến thắng [Xem video]", "Lễ diễu binh kỷ niệm 70 năm chiến thắng"),
        ("Bình Định: Tập huấn nghiệp vụ (lần 2)", "Bình Định: Tập huấn nghiệp vụ (lần 2)"),
        ("Hội thảo về ASEAN [2024]", "Hội thảo về ASEAN [2024]"),
    ],
)
def test_links_at_the_end_of_a_headline(first: str, title: str) -> None:
    assert clean_text(f"{first}\n\n{LEAD}\n\n{BODY}").title == title


@pytest.mark.parametrize(
    "line",
    [
        "Lãnh đạo tỉnh và các đại biểu dự Hội nghị.",
        "Đoàn Chủ tịch điều hành Đại hội.",
        "Đồng chí Nguyễn Văn A phát biểu tại buổi làm việc.",
        "Các đại biểu có mặt tại Lễ khánh thành.",
        "Thứ trưởng Trần Văn B về dự và chỉ đạo Đại hội.",
        "Toàn cảnh phiên họp.",
        "Chủ tịch UBND tỉnh Lê Thị C trao Huân chương Lao động hạng Ba tặng tập thể Sở Y tế",
        "Phó Chủ tịch nước trao tặng Bằng khen cho các cá nhân có thành tích xuất sắc",
    ],
)
def test_short_photo_captions(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tỉnh ủy đề nghị các cấp ủy tập trung chuẩn bị tốt cho Đại hội.",
        "Hội nghị đã thông qua nghị quyết về kế hoạch năm 2025 của tỉnh.",
        "-Thưa các đồng chí tham dự hội nghị.",
        "Năm 2023, Sở đã tổ chức 12 hội nghị. Các đại biểu dự Hội nghị.",
        "Chủ tịch UBND tỉnh Lê Thị C đề nghị trao Huân chương Lao động cho Sở Y tế.",
        "Ông Lê Văn D, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, dự và chỉ đạo đại hội.",  # long: body
    ],
)
def test_body_sentences_are_no_caption(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "above", ["Thời sự", "TIN MỚI", "Trang chủ > Tin tức > Chính trị", "Kinh tế / Đầu tư"]
)
def test_section_label_above_the_headline_is_dropped(above: str) -> None:
    cleaned = clean_text(_text(LEAD, BODY, title=f"{above}\n\nHòa Bình sơ kết cải cách hành chính"))
    assert cleaned.title == "Hòa Bình sơ kết cải cách hành chính"
    assert above not in cleaned.body


@pytest.mark.parametrize("title", ["Học bổng IELTS/TOEFL của trường", "Hà Nội > 40 độ C"])
def test_headlines_with_slashes_or_signs_stay(title: str) -> None:
    assert clean_text(_text(LEAD, BODY, title=title)).title == title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Thủ tướng tiếp Đại sứ Nhật Bản - Báo Điện tử Chính phủ", "Thủ tướng tiếp Đại sứ Nhật Bản"),
        ("Khai mạc Kỳ họp thứ 9 | VOV.VN", "Khai mạc Kỳ họp thứ 9"),
        ("Bàn giao nhà cho hộ nghèo - Cổng thông tin điện tử tỉnh Hòa Bình", "Bàn giao nhà cho hộ nghèo"),
        ("Hội thảo khoa học - thực tiễn", "Hội thảo khoa học - thực tiễn"),
        (
            "Nhà báo trẻ - Báo chí cách mạng trong thời đại số",
            "Nhà báo trẻ - Báo chí cách mạng trong thời đại số",
        ),
    ],
)
def test_site_name_after_the_headline(first: str, title: str) -> None:
    assert clean_text(f"{first}\n\n{LEAD}\n\n{BODY}").title == title


def test_a_paragraph_repeated_in_the_other_tone_mark_style_stays_once() -> None:
    first = "Ông Lê Văn Thủy, Phó bí thư Huyện ủy làm Chủ tịch Ủy ban Mặt trận Tổ quốc huyện Lạc Sơn."
    again = first.replace("Thủy", "Thuỷ")
    cleaned = clean_text(_text(first, LEAD, again, BODY))
    assert cleaned.body.count("Phó bí thư Huyện ủy") == 1


def test_short_lines_differing_in_accents_are_two_lines() -> None:
    cleaned = clean_text(_text(LEAD, "Ma", BODY, "Mà", MORE))
    assert "\n\nMa\n\n" in cleaned.body and "\n\nMà\n\n" in cleaned.body


@pytest.mark.parametrize(
    ("line", "script"),
    [
        ("AddPoll(1000123,0,'','Theo bạn, nên chọn phương án nào?','#FFFFFF',3, new Array('A',0,0));", True),
        ("document.LienHe.fTen.focus();", True),
        ("showBox('x', 2)", True),
        ("L.Q.P(Tin, ảnh)", False),  # initials and a credit: a signature
        ("UBND(tỉnh) đã họp.", False),
        ("Hà Nội (TTXVN) - Sáng nay, hội nghị khai mạc.", False),
    ],
)
def test_script_calls_left_as_lines_leave_the_body(line: str, script: bool) -> None:
    cleaned = clean_text(_text(LEAD, BODY, line, MORE))
    assert (line not in cleaned.body) is script
