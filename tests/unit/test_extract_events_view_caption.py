"""A photo caption that shows the hall ("Quang cảnh / Toàn cảnh <meeting>") names the meeting the body
only refers to ("Tại kỳ họp, ..."). Made-up examples."""

import pytest

from transforms.extract.extractor import extract_entities

BODY = (
    "Tại kỳ họp, HĐND tỉnh Hòa Bình khóa IX thống nhất bầu đồng chí Trần Văn An, Bí thư Tỉnh ủy, "
    "giữ chức Chủ tịch HĐND tỉnh."
)


@pytest.mark.parametrize(
    ("caption", "name", "session"),
    [
        (
            "Toàn cảnh Kỳ họp thứ 10 HĐND tỉnh Hòa Bình khóa IX.",
            "Kỳ họp thứ 10 HĐND tỉnh Hòa Bình khóa IX",
            10,
        ),
        (
            "Quang cảnh Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh",
            "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh",
            5,
        ),
        # a view of anything else names no meeting: the body's bare mention stays
        ("Toàn cảnh thành phố Hòa Bình", "Kỳ họp", None),
    ],
)
def test_view_caption_names_the_meeting(caption: str, name: str, session: int | None) -> None:
    found = extract_entities(BODY, [caption], None, None, canonical=True)
    assert [(e.name, e.session) for e in found.events] == [(name, session)]
