"""A made-up plain-text article (headline, lead, two body paragraphs) for tests of the cleaning forms."""

from __future__ import annotations

LEAD = "Sáng 3/5, UBND tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2024."
BODY = (
    "Theo báo cáo, trong quý I, toàn tỉnh đã giải quyết đúng hạn hơn 98% hồ sơ của người dân và doanh "
    "nghiệp; số thủ tục hành chính được cung cấp trực tuyến toàn trình tiếp tục tăng."
)
MORE = (
    "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Lê Văn Bình yêu cầu các sở, ngành tiếp tục rà soát, cắt "
    "giảm thời gian giải quyết thủ tục, nâng cao chỉ số hài lòng của người dân."
)
TITLE = "Hòa Bình sơ kết cải cách hành chính quý I"


def article(*lines: str, title: str = TITLE) -> str:
    """The headline and the given paragraphs, one blank line between them, as pages are copied."""
    return "\n\n".join((title, *lines))
