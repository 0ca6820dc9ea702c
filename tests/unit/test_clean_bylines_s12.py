"""Bylines, session 12 (bylines2): a signature glued to the last sentence of the last paragraph.

Made-up lines in the shapes of the VNTC texts (Người Lao Động "... giao đất. K. Long", Thanh Niên "...
của trường. (Nhựt Quang)").
"""

from __future__ import annotations

import pytest

from transforms.clean.bylines import split_glued_signature


@pytest.mark.parametrize(
    ("paragraph", "body", "signature"),
    [
        (
            "UBND quận sẽ thu hồi quyết định giao đất. K. Long",
            "UBND quận sẽ thu hồi quyết định giao đất.",
            "K. Long",
        ),
        ("Đây là chủng cúm thông thường. D.Thu", "Đây là chủng cúm thông thường.", "D.Thu"),
        ("Theo kiểu “méo mó có hơn không”. N.A", "Theo kiểu “méo mó có hơn không”.", "N.A"),
        ("Cán bộ thú y sẽ đến tiêm phòng. T.H.N", "Cán bộ thú y sẽ đến tiêm phòng.", "T.H.N"),
        ("Trung tâm đặt tại trường. (Nhựt Quang)", "Trung tâm đặt tại trường.", "Nhựt Quang"),
        (
            "Rất may không có thiệt hại về người. (Thanh Hương)",
            "Rất may không có thiệt hại về người.",
            "Thanh Hương",
        ),
    ],
)
def test_glued_signature_is_split(paragraph: str, body: str, signature: str) -> None:
    assert split_glued_signature(paragraph) == (body, signature)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Các bệnh viện đã được xử lý. (Thanh Niên)",  # an outlet's credit: the caller's, not an author
        "Hội nghị đã có kết quả. (Hà Nội)",  # a place
        "Buổi lễ diễn ra trang trọng. (Ban Tuyên Giáo)",  # a body
        "Anh ngồi chết cứng trên xe. (Còn tiếp)",  # "to be continued"
        "Khu dân cư Miếu Nổi, Q. Bình Thạnh",  # an address after a comma, no sentence end
        "Áp dụng quy định của Bộ Luật Dân sự. Vn Express",  # a site, no initial
        "Mẫu được gửi tới Viện Vệ sinh dịch tễ T.Ư.",  # an abbreviation inside the sentence
        "Theo ông Long, việc này sẽ xong. Ông Long nói thêm",  # a sentence, not a name
    ],
)
def test_no_glued_signature(paragraph: str) -> None:
    assert split_glued_signature(paragraph) is None


def test_only_the_paragraph_end_is_read() -> None:
    long_text = "Ông nói. K. Long đã đến. " + "Cuộc họp kéo dài đến chiều và kết thúc tốt đẹp. " * 3
    assert split_glued_signature(long_text.rstrip()) is None


def test_clean_text_takes_a_signature_glued_to_the_last_sentence() -> None:
    """End to end: the writer glued after the last sentence is the author and leaves the body."""
    from transforms.clean.text import clean_text

    cleaned = clean_text(
        "Thu hồi đất sai phép\n\nUBND quận sẽ thu hồi quyết định giao đất trái phép cho công ty. K. Long\n"
    )
    assert cleaned.authors == ("K. Long",)
    assert cleaned.body.endswith("cho công ty.")
