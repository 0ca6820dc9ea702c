"""Plain-text cleaning, on real lines of the seed articles (file names cited)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import SEEDS, shared_path
from transforms.clean.normalize import fold
from transforms.clean.text import (
    clean_text,
    is_caption,
    parse_byline,
    parse_signature,
    signature_authors,
    split_dateline,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Linh Lan 13:12, 29/12/2022", ("Linh Lan", "2022-12-29T13:12:00+07:00")),  # seed 001
        ("25/12/2021 18:01:00 Thùy Dương", ("Thùy Dương", "2021-12-25T18:01:00+07:00")),  # seed 002
        ("Thứ Hai, 09/01/2023 - 14:05", (None, "2023-01-09T14:05:00+07:00")),
        ("Cập nhật: 30/7/2019", (None, "2019-07-30")),
    ],
)
def test_bylines(line: str, expected: tuple[str | None, str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 30/7, tại Hà Nội, đã diễn ra hội nghị Ban Chấp hành Đảng bộ Khối",  # seed 003
        "Tính đến 30/6/2019, Đảng ủy Khối đã sắp xếp lại còn 21 phòng, giảm 6 phòng.",
        "Sáng 12 tháng 3 năm 2024, Tỉnh ủy tổ chức hội nghị tổng kết",
        "Ngày 2023-07-03, Tỉnh ủy tổ chức hội nghị",
    ],
)
def test_sentences_with_dates_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hoàng Mẫn", ("Hoàng Mẫn", None)),  # seed 003
        ("Theo Diệp Trương (TTXVN/Vietnam+)", ("Diệp Trương", "TTXVN/Vietnam+")),  # seed 004
        ("Theo TTXVN", (None, "TTXVN")),
        ("NGỌC ANH", ("NGỌC ANH", None)),
        # made-up: a name with the outlet after a slash, an outlet's own name
        ("Theo Minh Hà /TTXVN", ("Minh Hà", "TTXVN")),
        ("Báo Hòa Bình", (None, "Báo Hòa Bình")),
    ],
)
def test_signatures(line: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_signature(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Bình luận",
        "Ban Chấp hành Đảng bộ Khối thống nhất nhận định việc tổ chức lấy phiếu tín nhiệm.",
        "Đảng",
    ],
)
def test_non_signatures(line: str) -> None:
    assert parse_signature(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Đồng chí Sơn Minh Thắng phát biểu tại hội nghị. (Ảnh: HM)",  # seed 003
        "Các đồng chí được chỉ định tham gia Ban Chấp hành. (Nguồn: Báo Nhân dân)",  # seed 004
        "Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến phát biểu tại hội nghị",  # seed 002
    ],
)
def test_captions(line: str) -> None:
    assert is_caption(line)


def test_body_sentence_is_no_caption() -> None:
    line = (
        "Phát biểu tại hội nghị, đồng chí Nguyễn Thị Tuyến đánh giá cao công tác chuẩn bị nội dung kiểm điểm."
    )
    assert not is_caption(line)


def test_dateline_prefix_gives_publisher() -> None:
    text, publisher = split_dateline("NDO - Ngày 9/1, tại Hà Nội")  # seed 000
    assert (text, publisher) == ("Ngày 9/1, tại Hà Nội", "Nhân Dân")
    assert split_dateline("(NLĐ)- Sáng nay") == ("Sáng nay", "Người Lao Động")
    assert split_dateline("Hà Nội - thủ đô") == ("Hà Nội - thủ đô", None)


def test_seed_without_headline_has_null_title_and_an_inferred_one() -> None:
    cleaned = clean_text((SEEDS / "003_b8e72732c1f2a921.txt").read_text(encoding="utf-8"))
    assert cleaned.title is None
    assert cleaned.title_inferred and cleaned.title_inferred.startswith("Ngày 30/7, tại Hà Nội")
    assert cleaned.captions == ("Đồng chí Sơn Minh Thắng phát biểu tại hội nghị. (Ảnh: HM)",)


def test_chrome_image_alt_and_duplicate_captions_leave_the_body() -> None:
    seed0 = clean_text((SEEDS / "000_c24e946075137e2b.txt").read_text(encoding="utf-8"))
    assert "ảnh 1" not in seed0.body
    assert "Quang cảnh hội nghị." in seed0.captions
    assert seed0.body.count("phát biểu kết luận hội nghị.") == 0
    seed4 = clean_text((SEEDS / "004_fb49a05211aace7b.txt").read_text(encoding="utf-8"))
    for chrome in ("Bình luận", "Cùng chuyên mục", "Tin liên quan", "Đọc nhiều", "Ý kiến của bạn"):
        assert chrome not in seed4.body
    assert seed4.authors == ("Diệp Trương",)
    assert seed4.publisher == "TTXVN/Vietnam+"


def test_tone_style_is_canonical_and_recoverable() -> None:
    raw = (SEEDS / "001_2162316529c2fb6e.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert "Uỷ viên" not in cleaned.body and "Ủy viên Bộ Chính trị: Phan Đình Trạc" in cleaned.body
    originals = {word for _, word in cleaned.spelling_original}
    assert "Uỷ" in originals


def _gold() -> dict[str, dict[str, Any]]:
    path = shared_path("gold", "seeds.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(r["id"]): r for r in rows}


@pytest.mark.parametrize("seed", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_seed_matches_gold_title_authors_published_body(seed: str) -> None:
    gold = _gold()[seed]
    cleaned = clean_text((SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))
    assert fold(cleaned.title or "") == fold(str(gold["title"] or ""))
    assert [fold(a) for a in cleaned.authors] == [fold(str(a)) for a in gold["authors"]]
    assert (cleaned.published or "")[:10] == str(gold["published"] or "")[:10]
    body = fold(cleaned.body)
    for snippet in gold["body_must_contain"]:
        assert fold(snippet) in body
    for snippet in gold["body_must_not_contain"]:
        assert fold(snippet) not in body
    for snippet, most in gold["body_max_count"].items():
        assert body.count(fold(snippet)) <= most


# Forms of issue 9 (made-up lines in the shapes of the VNTC Người Lao Động and Thanh Niên archives
# and of modern provincial portals).


def test_run_on_headline_split_on_credit_and_case_change() -> None:
    raw = (
        "Nông dân chờ giá lúa ổn định Ông Trần Văn B (Cần Thơ) trao đổi với phóng viên. Ảnh: TTXVN "
        "Sáng 12-3, giá lúa tại nhiều địa phương đồng bằng sông Cửu Long tiếp tục giảm.\n"
        "Nhiều hộ dân cho biết sẽ chờ giá lên mới bán."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Nông dân chờ giá lúa ổn định"
    assert cleaned.captions == ("Ông Trần Văn B (Cần Thơ) trao đổi với phóng viên. Ảnh: TTXVN",)
    assert cleaned.body.startswith("Sáng 12-3, giá lúa")


def test_run_on_headline_split_on_outlet_code() -> None:
    raw = (
        "Cháy lớn, 2 công nhân chết và 4 bị thương Hiện trường vụ cháy (NLĐ)- Hồi 14 giờ ngày 3-5, một vụ "
        "cháy đã xảy ra tại xí nghiệp.\nLực lượng chữa cháy đã có mặt."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Cháy lớn, 2 công nhân chết và 4 bị thương"
    assert cleaned.captions == ("Hiện trường vụ cháy",)
    assert cleaned.publisher == "Người Lao Động" and cleaned.body.startswith("Hồi 14 giờ")
    raw = (
        "Hà Nội: Lập 3 đoàn kiểm tra gà nhập lậu Tất cả các hộ kinh doanh gà ở 4 chợ đã "
        "tạm ngừng hoạt động.\nB."
    )
    assert clean_text(raw).title == "Hà Nội: Lập 3 đoàn kiểm tra gà nhập lậu"


def test_lead_first_articles_keep_no_title() -> None:
    raw = (
        "Sáng 16/10, Khu Đường sông thành phố đã chính thức khởi công xây dựng bờ kè tại khu vực bán đảo "
        "Thanh Đa nhằm bảo vệ nhiều hộ dân.\nBờ kè này được xây dựng bằng tường chắn bê tông."
    )
    cleaned = clean_text(raw)
    assert cleaned.title is None and cleaned.title_inferred
    raw = (
        "Tổ chức Hỗ trợ sinh viên Nhật Bản vừa đưa thêm chương trình thi du học vào Việt Nam.\n"
        "Kỳ thi sẽ diễn ra vào tháng 6."
    )
    assert clean_text(raw).title is None


def test_headline_with_caption_words_or_full_stop_stays_the_title() -> None:
    raw = (
        "Bí thư Tỉnh ủy phát biểu tại hội nghị tổng kết công tác năm 2023\n\nSáng 5/1, "
        "Tỉnh ủy tổ chức hội nghị."
    )
    assert clean_text(raw).title == "Bí thư Tỉnh ủy phát biểu tại hội nghị tổng kết công tác năm 2023"
    raw = (
        "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng.\n\nSáng "
        "ngày 23/01/2024, HĐND tỉnh họp."
    )
    assert clean_text(raw).title == "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng."
    raw = (
        "Ngày 12/7, Văn phòng Chủ tịch nước họp báo.\n(Tít đầy đủ: Công bố Pháp lệnh Tín "
        "ngưỡng, tôn giáo)\nB."
    )
    assert clean_text(raw).title == "Công bố Pháp lệnh Tín ngưỡng, tôn giáo"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28/10/2020 | 11:32 AM", (None, "2020-10-28T11:32:00+07:00")),
        ("28/10/2020 | 01:32 PM", (None, "2020-10-28T13:32:00+07:00")),
        ("28/10/2020 09:57 Số lượt xem: 42", (None, "2020-10-28T09:57:00+07:00")),
        ("Ngày đăng 07/06/2021 | 15:17  | View count: 616", (None, "2021-06-07T15:17:00+07:00")),
        ("Ngày xuất bản: 12/03/2024 10:20", (None, "2024-03-12T10:20:00+07:00")),
        ("Tác giả: Minh Anh - 12/03/2024", ("Minh Anh", "2024-03-12")),
        ("12/03/2024 - 10:20 | Bản in", (None, "2024-03-12T10:20:00+07:00")),
        ("Nguồn: Báo Nhân Dân 12/03/2024", (None, "2024-03-12")),
        # made-up forms of other portals: dates in words, ISO dates, offsets with minutes,
        # section names, outlet codes, role labels, two names
        ("Thứ hai, ngày 03 tháng 07 năm 2023", (None, "2023-07-03")),
        ("03 tháng 7, 2023 | 14:29", (None, "2023-07-03T14:29:00+07:00")),
        ("Cập nhật: 2023-07-03 14:29", (None, "2023-07-03T14:29:00+07:00")),
        ("2023-07-03T14:29:00+07:00", (None, "2023-07-03T14:29:00+07:00")),
        ("Thứ ba, 12/03/2024 10:20 (GMT+07:00)", (None, "2024-03-12T10:20:00+07:00")),
        ("Thứ ba, 12/3/2024 | 10:30 | Thời sự", (None, "2024-03-12T10:30:00+07:00")),
        ("ĐCSVN - 12/03/2024", (None, "2024-03-12")),
        ("T3, 12/03/2024 10:20", (None, "2024-03-12T10:20:00+07:00")),
        ("Bài, ảnh: Minh Anh | 03/07/2023", ("Minh Anh", "2023-07-03")),
        ("Ngày đăng: 12/03/2024 10:20 | Người đăng: Minh Anh", ("Minh Anh", "2024-03-12T10:20:00+07:00")),
        ("Nguyễn Văn An, Trần Thị Bình - 03/07/2023", ("Nguyễn Văn An", "2023-07-03")),
        # made-up: a "post" label, bare view/comment counters, the minute mark after the time
        ("Ngày post: 05-11-2024", (None, "2024-11-05")),
        ("Thứ tư - 13/03/2024 08:05 1.204 3", (None, "2024-03-13T08:05:00+07:00")),
        ("Thứ Ba, 12/3/2024 09:41'(GMT+7)", (None, "2024-03-12T09:41:00+07:00")),
    ],
)
def test_datelines(line: str, expected: tuple[str | None, str]) -> None:
    assert parse_byline(line) == expected


def test_dateline_above_the_headline() -> None:
    raw = (
        "13/03/2024 | 09:15 AM\n\nHĐND tỉnh khai mạc Kỳ họp thứ 9\n\nHôm nay, HĐND tỉnh "
        "khai mạc Kỳ họp thứ 9."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "HĐND tỉnh khai mạc Kỳ họp thứ 9"
    assert cleaned.published == "2024-03-13T09:15:00+07:00"


def test_caption_printed_on_the_headline_line() -> None:
    raw = "Kiểm định 32 mét cống hộp Cán bộ kiểm định đang lấy mẫu bê tông\nNgày 12-4, công ty đã kiểm định."
    cleaned = clean_text(raw)
    assert cleaned.title == "Kiểm định 32 mét cống hộp"
    assert cleaned.captions == ("Cán bộ kiểm định đang lấy mẫu bê tông",)
    raw = "Ngư dân Cần Giờ được mùa cá đối Ngư dân Cần Giờ đang thu hoạch cá đối\nBến tàu xã đảo tấp nập."
    assert clean_text(raw).title == "Ngư dân Cần Giờ được mùa cá đối"
    # a headline with a capitalized name after a lowercase word stays whole
    raw = "Chủ tịch nước tiếp Đoàn đại biểu Hội Người cao tuổi Việt Nam\n\nSáng 5/1, Chủ tịch nước tiếp đoàn."
    assert clean_text(raw).title == "Chủ tịch nước tiếp Đoàn đại biểu Hội Người cao tuổi Việt Nam"


def test_run_on_headline_ends_at_a_sentence_start_word() -> None:
    # made-up NLĐ-style lines: headline and lead on one line, no outlet code, no credit
    raw = (
        "Đường sắt đô thị chậm tiến độ vì thiếu vốn Khoảng 2 năm nay, nhiều gói thầu của dự án đã "
        "phải tạm dừng. Ban quản lý cho biết sẽ báo cáo UBND thành phố.\nB."
    )
    assert clean_text(raw).title == "Đường sắt đô thị chậm tiến độ vì thiếu vốn"
    raw = (
        "Phường 7 ra mắt tổ dân phố kiểu mẫu Vào sáng 3-4, UBND phường 7 đã tổ chức lễ ra mắt. "
        "Tổ có 120 hộ.\nB."
    )
    assert clean_text(raw).title == "Phường 7 ra mắt tổ dân phố kiểu mẫu"
    # a name joined by "và" is no sentence start ("Bộ Kế hoạch và Đầu tư", "Nhà máy ... Dự án" kept)
    raw = (
        "Bộ Kế hoạch và Đầu tư kiểm tra các dự án chậm tiến độ Theo báo cáo, 12 dự án chưa triển khai. "
        "Đoàn sẽ làm việc một tuần.\nB."
    )
    assert clean_text(raw).title == "Bộ Kế hoạch và Đầu tư kiểm tra các dự án chậm tiến độ"


def test_caption_before_a_credit_starts_at_a_capitalized_noun() -> None:
    raw = (
        "Mở rộng lớp học tình thương ở quận 8 Học sinh lớp học tình thương trong giờ ra chơi Ảnh: T.Lan "
        "(NLĐ)- Ngày 5-9, quận 8 mở thêm 3 lớp học tình thương.\nB."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Mở rộng lớp học tình thương ở quận 8"
    assert cleaned.captions == ("Học sinh lớp học tình thương trong giờ ra chơi Ảnh: T.Lan",)
    # a name after a lowercase word ("cầu Văn Thánh") stays in the headline
    raw = (
        "Sửa chữa cầu Văn Thánh 2 Cái hố sâu hơn 1 mét giữa cầu Ảnh: N.Hữu (NLĐ)- Sáng 16-3, công ty "
        "bắt đầu sửa chữa.\nB."
    )
    assert clean_text(raw).title == "Sửa chữa cầu Văn Thánh 2"


def test_lead_on_the_headline_line_without_a_full_stop() -> None:
    raw = (
        "Học nghề điện dân dụng ở đâu? Em tốt nghiệp THCS năm nay, muốn học nghề điện dân dụng thì "
        "nên đăng ký ở trường nào\nB."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Học nghề điện dân dụng ở đâu?"
    assert cleaned.body.startswith("Em tốt nghiệp THCS")
    raw = (
        "Chợ Bình Tây sẽ được sửa chữa lớn trong năm tới Việc sửa chữa dự kiến kéo dài 8 tháng, "
        "tiểu thương được bố trí chỗ bán tạm\nB."
    )
    assert clean_text(raw).title == "Chợ Bình Tây sẽ được sửa chữa lớn trong năm tới"
    # a short tail is part of the headline, not a lead
    raw = "Hội thao công nhân quận 3 Về đích sớm\n\nSáng 2-4, hội thao khai mạc."
    assert clean_text(raw).title == "Hội thao công nhân quận 3 Về đích sớm"


def test_header_repeats_section_label_and_name_byline_leave_the_body() -> None:
    # made-up page text: the headline printed twice around a lone ".", then the dateline
    raw = (
        "Tỉnh khai mạc Kỳ họp thứ 9 HĐND khóa X\n\n.\n\nTỉnh khai mạc Kỳ họp thứ 9 HĐND khóa X\n\n"
        "09:15, 13/03/2024\n\nSáng 13/3, HĐND tỉnh khai mạc Kỳ họp thứ 9.\n\nKỳ họp diễn ra hai ngày."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Tỉnh khai mạc Kỳ họp thứ 9 HĐND khóa X"
    assert cleaned.published == "2024-03-13T09:15:00+07:00"
    assert cleaned.body.startswith("Sáng 13/3") and "khóa X" not in cleaned.body
    # a section label, then a name-only byline with the outlet's code
    raw = "Tỉnh có tân Chủ tịch UBND\n\nThời sự\n\nLê Minh Hà - VGP\n\nSáng 2/3, HĐND tỉnh bầu ông A.\n\nB."
    cleaned = clean_text(raw)
    assert cleaned.authors == ("Lê Minh Hà",)
    assert cleaned.body.startswith("Sáng 2/3")


_LEAD = "Sáng 13/3, HĐND tỉnh khai mạc Kỳ họp."


@pytest.mark.parametrize(
    "line",
    [
        "img",
        "aa",
        "leftcenterrightdel",
        "page_is_ads=",
        "break;",
        "</tr>",
        ".",
        "|",
        "Xem với cỡ chữ",
        "Theo dõi Báo Nam Bộ trên Google News",
    ],
)
def test_script_residue_and_toolbar_lines_are_dropped(line: str) -> None:
    raw = f"Tỉnh khai mạc Kỳ họp thứ 9\n\n{_LEAD}\n\n{line}\n\nKỳ họp bàn 20 nội dung."
    assert clean_text(raw).body == f"{_LEAD}\n\nKỳ họp bàn 20 nội dung."


@pytest.mark.parametrize("line", ["Singapore", "N.Dung", "TQ", "5.200m2"])
def test_capitalized_single_tokens_stay(line: str) -> None:
    raw = f"Tỉnh khai mạc Kỳ họp thứ 9\n\n{_LEAD}\n\n{line}\n\nKỳ họp bàn 20 nội dung."
    assert line in clean_text(raw).body or line in clean_text(raw).authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("T/h: Minh Hà – Văn Long", (["Minh Hà", "Văn Long"], None)),  # made-up: "compiled by" two names
        ("Bài, ảnh: Lê Nam", (["Lê Nam"], None)),
        ("TRẦN HÙNG", (["TRẦN HÙNG"], None)),
        ("CÙNG NHAU VƯỢT QUA THỬ THÁCH", ([], None)),  # a banner in capitals: no author
        ("THƯỜNG TRỰCUBND TỈNH", ([], None)),  # glued words are no syllables
        # made-up signatures of initials; an outlet's code is the publisher
        ("HT", (["HT"], None)),
        ("(T.L.H)", (["T.L.H"], None)),
        ("K.A ghi", (["K.A"], None)),
        ("TTO", ([], "Tuổi Trẻ")),
    ],
)
def test_signature_authors(line: str, expected: tuple[list[str], str | None]) -> None:
    assert signature_authors(line) == expected


def test_closing_banner_in_capitals_leaves_body_and_authors() -> None:
    raw = f"Tỉnh khai mạc Kỳ họp thứ 9\n\n{_LEAD}\n\nKỳ họp bàn 20 nội dung.\n\nLÊ NAM"
    cleaned = clean_text(raw + "\n\nCÙNG NHAU VƯỢT QUA THỬ THÁCH")
    assert cleaned.authors == ("LÊ NAM",)
    assert "VƯỢT QUA" not in cleaned.body


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # made-up lines of the run-on archive form: a headline that opens like a lead, then the code
        (
            "Ngày 9-3, thông xe cầu Rạch Miễu 2 (NLĐ)- Theo Sở GTVT, ngày 9-3 tới đây cầu sẽ thông xe.",
            "Ngày 9-3, thông xe cầu Rạch Miễu 2",
        ),
        (
            "Sáng nay, công nhân trở lại nhà máy (NLĐ) - Sau ba ngày ngừng việc, 300 công nhân đã trở lại.",
            "Sáng nay, công nhân trở lại nhà máy",
        ),
        # a caption after a bracket, then its credit
        (
            "Kẹt xe trên cầu cũ Nhiều xe máy quay đầu ở chân cầu (ảnh chụp lúc 7 giờ) Ảnh: T.Lâm (NLĐ)- "
            "Sáng 3-2, cầu cũ đã được phong tỏa để thi công.",
            "Kẹt xe trên cầu cũ",
        ),
        # the lead's first sentence printed before the code too
        (
            "Xã Tân An: Rác bủa vây chợ Nhiều năm nay, người dân quanh chợ Tân An phải sống chung với rác "
            "(NLĐ) - Nhiều năm nay, người dân quanh chợ Tân An phải sống chung với rác thải.",
            "Xã Tân An: Rác bủa vây chợ",
        ),
        # the earliest caption cue: a person opener before a title said twice in the caption
        (
            "Hai tỉnh ký kết hợp tác về du lịch Ông Lê Văn A, Chủ tịch UBND tỉnh X và ông Trần B, Chủ tịch "
            "UBND tỉnh Y tại lễ ký (NLĐ)- Sáng 7-6, lễ ký kết đã diễn ra.",
            "Hai tỉnh ký kết hợp tác về du lịch",
        ),
    ],
)
def test_run_on_headline_before_the_outlet_code(first_line: str, title: str) -> None:
    cleaned = clean_text(f"{first_line}\n\nĐoạn thứ hai của bài báo có đủ một câu.")
    assert cleaned.title == title
    assert not cleaned.body.startswith(title)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # made-up run-on lines without code, credit or opener: the lead's subject before its verb
        (
            "Mở tuyến xe buýt nhanh Bến Thành - Chợ Lớn Công ty Xe khách Sài Gòn vừa đưa vào hoạt động "
            "20 xe buýt mới phục vụ hành khách.",
            "Mở tuyến xe buýt nhanh Bến Thành - Chợ Lớn",
        ),
        (
            "Xây dựng trường nghề thành trường trọng điểm Bộ LĐ-TB-XH vừa phê duyệt đề án phát triển "
            "trường nghề đến năm 2010.",
            "Xây dựng trường nghề thành trường trọng điểm",
        ),
        (
            "Hà Giang sẽ có thêm 3 cây cầu treo Chủ tịch UBND tỉnh Hà Giang cho biết, năm nay tỉnh sẽ "
            "xây thêm 3 cầu treo dân sinh.",
            "Hà Giang sẽ có thêm 3 cây cầu treo",
        ),
    ],
)
def test_run_on_headline_ends_where_the_leads_subject_starts(first_line: str, title: str) -> None:
    cleaned = clean_text(f"{first_line}\n\nĐoạn thứ hai của bài báo có đủ một câu.")
    assert cleaned.title == title


@pytest.mark.parametrize(
    "first_line",
    [
        # made-up lead-first paragraphs: the subject opens the line, so no headline is cut off
        "Cục Chính trị Quân khu 9 vừa tổ chức gặp mặt các cựu chiến binh nhân dịp kỷ niệm ngày thành lập.",
        "Ông Lê Văn Hùng, Phó giám đốc Sở Xây dựng cho biết, dự án sẽ hoàn thành trong năm 2007 như kế hoạch "
        "đã đề ra từ đầu năm.",
        "Những ngày qua, hàng trăm phụ huynh học sinh Trường tiểu học Hòa Bình đã đến nộp đơn xin học.",
        "Nhà máy Xi măng Hải Phòng đã hơn 50 năm tuổi, nhưng vẫn được tận dụng để khai thác thêm vài năm.",
        "Các cán bộ của “Tiểu Vạn Lý Trường Thành” cho biết khu du lịch sẽ đóng cửa vì vắng khách quá lâu "
        "trong mùa mưa năm nay.",
    ],
)
def test_lead_first_paragraphs_get_no_subject_cut(first_line: str) -> None:
    assert clean_text(f"{first_line}\n\nĐoạn thứ hai của bài báo có đủ một câu.").title is None


def test_caption_after_a_long_headline_line_starts_at_an_opener() -> None:
    # made-up: a headline line with its photo caption, the lead on the next line
    raw = (
        "Học sinh vùng lũ được tặng sách vở mới Một buổi trao quà tại Trường tiểu học An Phú sáng qua\n\n"
        "Hơn 500 bộ sách vở đã được trao cho học sinh vùng lũ."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Học sinh vùng lũ được tặng sách vở mới"
    assert cleaned.captions == ("Một buổi trao quà tại Trường tiểu học An Phú sáng qua",)
    # a place named like an opener stays in the headline
    raw = "Bốn thuyền viên trên tàu cá của tỉnh Bà Rịa - Vũng Tàu vẫn đang mất tích\n\nSáng qua, ..."
    assert clean_text(raw).title == "Bốn thuyền viên trên tàu cá của tỉnh Bà Rịa - Vũng Tàu vẫn đang mất tích"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # made-up: a caption marking where a person stands in the photo, after the headline
        (
            "Tặng quà Tết cho ngư dân vùng biển đảo ấm áp Phó Chủ tịch Thường trực Tổng LĐLĐ "
            "VN Trần Văn A (x) "
            "trao quà cho ngư dân (NLĐ)- Sáng 4-2, đoàn công tác đã ra thăm ngư dân.",
            "Tặng quà Tết cho ngư dân vùng biển đảo ấm áp",
        ),
        (
            "Xây 5.000 căn hộ cho công nhân tại TPHCM Chủ tịch Lê Văn B (thứ hai, bên phải) giới thiệu dự án",
            "Xây 5.000 căn hộ cho công nhân tại TPHCM",
        ),
    ],
)
def test_caption_with_a_photo_position_marker(first_line: str, title: str) -> None:
    cleaned = clean_text(f"{first_line}\n\nĐoạn thứ hai của bài báo có đủ một câu.")
    assert cleaned.title == title
    assert any("(" in caption for caption in cleaned.captions)


def test_initials_closing_the_last_paragraph_are_its_signature() -> None:
    raw = "Trường mở thêm lớp tiếng Anh\n\nTrường sẽ mở thêm 5 lớp tiếng Anh cho học sinh. (T.L.H)"
    cleaned = clean_text(raw)
    assert cleaned.authors == ("T.L.H",)
    assert cleaned.body == "Trường sẽ mở thêm 5 lớp tiếng Anh cho học sinh."
    raw = "Trường mở thêm lớp tiếng Anh\n\nHọc sinh được đăng ký từ tháng 8. K.A ghi"
    assert clean_text(raw).authors == ("K.A",)


_HEAD = "Thành phố khởi công tuyến đường vành đai mới"
_LEAD = "Sáng 3/4, UBND thành phố đã khởi công tuyến đường vành đai dài 12 km qua ba quận."
_TEXT = "Theo chủ đầu tư, công trình có tổng vốn hơn 2.000 tỷ đồng và dự kiến hoàn thành trong hai năm."


def test_related_links_with_their_dates_leave_the_body() -> None:
    raw = "\n".join(
        [
            _HEAD,
            _LEAD,
            "Nhiều dự án giao thông chậm tiến độ(02/04/2005)",
            "Vì sao đường vành đai mãi chưa xong?(01/04/2005)",
            "Xem tiếp",
            _TEXT,
            "Hà Nội sẽ có thêm hai cầu vượt sông (30/03/2005)",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.title == _HEAD
    assert "chậm tiến độ" not in cleaned.body
    assert "mãi chưa xong" not in cleaned.body
    assert "cầu vượt sông" not in cleaned.body
    assert "Xem tiếp" not in cleaned.body
    assert _TEXT in cleaned.body
    # a sentence that ends with a date in brackets stays
    sentence = "Luật có hiệu lực từ ngày ký. (01/07/2005)"
    assert sentence in clean_text(f"{_HEAD}\n{_LEAD}\n{sentence}\n{_TEXT}").body


def test_signature_above_the_related_links_is_read() -> None:
    raw = f"{_HEAD}\n{_LEAD}\n{_TEXT}\nMinh Châu\nGiá xăng tăng lần thứ ba trong năm(05/05/2005)\nXem tiếp"
    cleaned = clean_text(raw)
    assert cleaned.authors == ("Minh Châu",)
    assert cleaned.body.endswith("hai năm.")


def test_bulleted_related_headlines_above_the_article_are_dropped() -> None:
    raw = "\n\n".join(
        [
            "- Nông dân trồng rau sạch thu lãi cao",
            "- Bộ Công Thương: Giá phân bón sẽ giảm trong quý tới",
            _HEAD,
            _LEAD,
            _TEXT,
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.title == _HEAD
    assert "rau sạch" not in cleaned.body
    assert "phân bón" not in cleaned.body
    # one dash line, or a dashed list inside the article, is content
    items = "- Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy;\n- Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh;"
    body = clean_text(f"{_HEAD}\n{_LEAD}\n{items}\n{_TEXT}").body
    assert "Nguyễn Văn An" in body and "Trần Văn Bình" in body


def test_comment_form_after_the_article_is_chrome() -> None:
    raw = "\n\n".join(
        [
            _HEAD,
            _LEAD,
            _TEXT,
            _TEXT.replace("hai năm", "ba năm"),
            "Trả lời",
            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        ]
    )
    body = clean_text(raw).body
    assert "Trả lời" not in body and "Email" not in body
    assert body.endswith("ba năm.")


def test_image_alt_line_with_a_full_stop_is_no_body() -> None:
    caption = "Lãnh đạo thành phố bấm nút khởi công"
    raw = (
        f"{_HEAD}\n{_LEAD}\nToàn cảnh lễ khởi công tuyến đường vành đai - Ảnh 1.\n{caption}\n{_TEXT} {_TEXT}"
    )
    cleaned = clean_text(raw)
    assert "Ảnh 1" not in cleaned.body
    assert cleaned.captions == (caption,)
    assert _TEXT in cleaned.body


def test_headline_printed_again_further_down_stays_once() -> None:
    quote = "“Công trình này rất quan trọng với người dân thành phố”, ông An nói."
    raw = "\n\n".join([quote, _HEAD, _LEAD, _HEAD, _TEXT])
    assert clean_text(raw).body.count(_HEAD) <= 1


@pytest.mark.parametrize("line", ["Cập nhật ngày 17/10/2019", "Ngày đăng : 08:15, 12/04/2023"])
def test_page_date_after_the_article_is_published(line: str) -> None:
    cleaned = clean_text(f"{_HEAD}\n{_LEAD}\n{_TEXT}\n{line}")
    assert cleaned.published is not None
    assert cleaned.published.startswith(("2019-10-17", "2023-04-12T08:15"))
    assert line not in cleaned.body
    # a byline that names someone is no page date: it is left to the signature rules
    assert clean_text(f"{_HEAD}\n{_LEAD}\n{_TEXT}").published is None


@pytest.mark.parametrize("line", ["XEM TRỌN BỘ", "CÁC BỘ", "SỞ VIỆN"])
def test_closing_capitals_with_a_body_word_are_no_pen_name(line: str) -> None:
    signature = signature_authors(line)
    assert not signature or signature[0] == []
    assert clean_text(f"{_HEAD}\n{_LEAD}\n{_TEXT}\n{line}").authors == ()


@pytest.mark.parametrize("line", ["THU HÀ", "MINH ĐỨC", "ĐOÀN VIỆT"])
def test_pen_names_in_capitals_stay_authors(line: str) -> None:
    assert clean_text(f"{_HEAD}\n{_LEAD}\n{_TEXT}\n{line}").authors == (line,)


@pytest.mark.parametrize(
    "first",
    [
        "Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tiếp đoàn công tác của Bộ Y tế.",
        "Bà Trần Thị Bình, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị",
        "10h15: Đoàn đại biểu dâng hoa tại Lăng Chủ tịch Hồ Chí Minh",
        "09:30 Phiên họp thứ hai bắt đầu",
    ],
)
def test_caption_or_liveblog_first_line_is_no_headline(first: str) -> None:
    cleaned = clean_text(f"{first}\n{_LEAD}\n{_TEXT}")
    assert cleaned.title is None
    assert _TEXT in cleaned.body


@pytest.mark.parametrize(
    "first",
    [
        "Ông Lê Văn Cường, nguyên Bộ trưởng Bộ Thủy sản qua đời",  # one apposition: a headline
        "Chủ tịch UBND tỉnh tiếp đoàn công tác của Bộ Y tế",
        "10 giờ sáng nay khai mạc kỳ họp thứ ba",
    ],
)
def test_headlines_near_those_forms_stay(first: str) -> None:
    assert clean_text(f"{first}\n{_LEAD}\n{_TEXT}").title == first


def test_one_sentence_lead_with_a_full_stop_is_no_headline() -> None:
    lead = "Ba ngư dân trên tàu cá của tỉnh Bà Rịa - Vũng Tàu vẫn đang bị mất tích trên vùng biển phía nam."
    cleaned = clean_text(f"{lead}\n{_TEXT}")
    assert cleaned.title is None
    assert cleaned.body.startswith(lead)
    # a short headline printed with a full stop stays one
    head = "Kỳ họp thứ 12, HĐND tỉnh khóa IX: thông qua 15 nghị quyết."
    assert clean_text(f"{head}\n{_LEAD}\n{_TEXT}").title == head


def test_a_place_name_is_no_run_on_opener() -> None:
    line = "Lãnh đạo UBND tỉnh Bà Rịa - Vũng Tàu vừa họp nghe báo cáo về các dự án thu hồi đất trong năm tới"
    cleaned = clean_text(f"{line}\n{_TEXT}")
    assert cleaned.title != "Lãnh đạo UBND tỉnh"


def test_author_label_and_source_line_close_the_article() -> None:
    raw = f"{_HEAD}\n{_LEAD}\n{_TEXT}\nTác giả: Hoàng Lan\nNguồn tin: Báo Nhân Dân"
    cleaned = clean_text(raw)
    assert cleaned.authors == ("Hoàng Lan",)
    assert cleaned.publisher == "Báo Nhân Dân"
    assert "Nguồn tin" not in cleaned.body
    assert signature_authors("Nguồn: TTXVN") == ([], "TTXVN")
    # a sentence after "Nguồn:" is no outlet
    assert signature_authors("Nguồn: Bộ Y tế cho biết số ca mắc đã giảm") is None


def test_name_byline_with_an_empty_time_slot() -> None:
    cleaned = clean_text(f"{_HEAD}\nHoàng Lan |\n{_LEAD}\n{_TEXT}")
    assert cleaned.authors == ("Hoàng Lan",)
    assert cleaned.body.startswith("Sáng 3/4")
