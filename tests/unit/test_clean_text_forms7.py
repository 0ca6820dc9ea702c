"""Plain-text cleaning, wave seven: scene captions, image-link debris, counters, repeated leads, headlines.

Every line here is made up in the shape of forms seen on several outlets; none is taken from a gold text.
"""

from __future__ import annotations

import pytest

from tests.support.articles import BODY, LEAD, MORE
from tests.support.articles import article as _text
from transforms.clean.text import clean_text, is_caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # a group or a person of the photo doing what it shows, one clause
        ("Các đại biểu tham gia hội thảo.", True),
        ("Các đại biểu tiến hành biểu quyết", True),
        ("Đoàn Chủ tịch Đại hội bỏ phiếu bầu Ban Chấp hành khóa mới", True),
        ("Thiếu tướng Lê Văn An giới thiệu nội dung các văn bản mới", True),
        ("Lãnh đạo huyện tặng hoa chúc mừng các tân Ủy viên UBND huyện được bầu bổ sung.", True),
        ("Đồng chí Hà Thị Lan, Bí thư Huyện ủy thăm gian trưng bày sản phẩm OCOP", True),
        ("Các đại biểu HĐND huyện biểu quyết thông qua các nghị quyết tại kỳ họp chuyên đề khóa XX", True),
        # a meeting's name and term, a gallery's header, an embedded video's title
        ("Kỳ họp thứ Hai HĐND xã Mường Khến, nhiệm kỳ 2021 – 2026", True),
        ("Một số hình ảnh tại Đại hội Hội Cựu chiến binh các xã:", True),
        ("Những hình ảnh tại lễ ra quân", True),
        ("Đại hội Đoàn TNCS Hồ Chí Minh huyện Tân Lạc lần thứ XXI - YouTube", True),
        # body sentences of the same shapes: a time, a tense, reported speech, a reason, a second sentence
        ("Trước đó, các đại biểu đã đến dâng hương tại Nghĩa trang liệt sĩ huyện", False),
        ("Các đại biểu đã thảo luận sôi nổi về dự thảo nghị quyết.", False),
        ("Sáng 13/3, các đại biểu tiếp tục thảo luận tại tổ.", False),
        ("Ông Minh cho biết, huyện sẽ tiếp tục thăm hỏi các gia đình chính sách.", False),
        ("Ông Bình chia sẻ, đến nay xã vẫn chưa ký kết hợp đồng với doanh nghiệp.", False),
        ("Các đại biểu tham gia ý kiến. Kỳ họp biểu quyết thông qua 5 nghị quyết.", False),
        ("Lãnh đạo huyện không dự buổi làm việc vì bận công tác.", False),
        (
            "Ông Lê Văn Sơn, Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình, dự và chỉ đạo đại hội.",
            False,
        ),  # the office: body
        ("Những ảnh hưởng của bão số 3 đến sản xuất nông nghiệp", False),
        ("Những hình ảnh ấy đã in sâu trong ký ức của người dân", False),
        ("Kỳ họp thứ Hai HĐND xã đã bầu bổ sung Phó Chủ tịch UBND xã, nhiệm kỳ 2021 – 2026.", False),
        ("Nâng cao chất lượng hoạt động", False),
        ("Thường trực Ủy ban thẩm tra 3 trong 5 nội dung dự kiến của kỳ họp", False),  # "dự kiến": no "dự"
    ],
)
def test_scene_captions_leave_the_body_and_body_sentences_stay(line: str, caption: bool) -> None:
    assert is_caption(line) is caption
    cleaned = clean_text(_text(LEAD, BODY, line, MORE))
    assert (line in cleaned.captions) is caption
    assert (line in cleaned.body) is not caption
    assert BODY in cleaned.body and MORE in cleaned.body


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (BODY + ' "Xem video"', BODY),
        (BODY + " [Xem clip]", BODY),
        (BODY + " (Xem ảnh)", BODY),
        ("Người dân gọi đây là “Xem video”", "Người dân gọi đây là “Xem video”"),  # no sentence before it
    ],
)
def test_a_video_link_at_the_end_of_a_paragraph_is_cut(paragraph: str, kept: str) -> None:
    cleaned = clean_text(_text(LEAD, paragraph, MORE))
    assert kept in cleaned.body.split("\n\n")


def test_a_lead_printed_again_as_the_first_paragraph_is_kept_once() -> None:
    lead = LEAD.replace("UBND tỉnh", "Ủy ban nhân dân tỉnh", 1)
    again = LEAD.replace("UBND tỉnh", "Ủy ban nhân dân (UBND) tỉnh", 1)
    cleaned = clean_text(_text(lead, again, BODY, MORE))
    assert cleaned.body.split("\n\n")[:2] == [lead, BODY]
    # a copy that goes on after the lead is kept instead of it
    longer = lead + " " + BODY
    cleaned = clean_text(_text(lead, longer, MORE))
    assert cleaned.body.split("\n\n")[:2] == [longer, MORE]
    # a second paragraph that opens the same way but says something else keeps both
    other = (
        "Sáng 12/3, HĐND huyện Tân Lạc cũng công bố kết quả giám sát việc giải quyết kiến nghị của cử tri."
    )
    cleaned = clean_text(_text(LEAD, other, BODY))
    assert cleaned.body.split("\n\n")[:2] == [LEAD, other]


@pytest.mark.parametrize(
    "title",
    [
        "Huyện Tân Lạc tổ chức Đại hội Đoàn TNCS Hồ Chí Minh lần thứ XXI",
        "Hội Cựu chiến binh quán triệt nghị quyết của Ban Chấp hành và Thường vụ Ban Chấp hành Trung ương",
    ],
)
def test_a_name_after_a_capitalized_compound_stays_in_the_headline(title: str) -> None:
    assert clean_text(_text(LEAD, BODY, title=title)).title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a caption run on after a headline, opened after a lowercase word: still cut
        (
            "Ngư dân Cần Giờ được mùa cá đối Ngư dân Cần Giờ đang thu hoạch cá trên bãi biển",
            "Ngư dân Cần Giờ được mùa cá đối",
        ),
    ],
)
def test_captions_run_on_after_a_headline_are_still_cut(line: str, title: str) -> None:
    assert clean_text(_text(LEAD, BODY, title=line)).title == title
