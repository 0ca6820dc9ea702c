"""Places of a plural list of units ("các huyện A, B, C")."""

from __future__ import annotations

from transforms.extract.places import extract_places


def test_every_unit_of_a_plural_list_is_a_place() -> None:
    assert extract_places(
        "Hàng loạt phòng học ở các huyện Phù Cát, Tây Sơn, Phù Mỹ, TP Quy Nhơn bị hư hại."
    ) == (
        "Phù Cát",
        "Tây Sơn",
        "Phù Mỹ",
        "Quy Nhơn",
    )
    # numbers are skipped, a bracket after a name is allowed, "và" closes the list
    assert extract_places("lãnh đạo các quận 10, 11, Bình Thạnh và Tân Phú nhận định") == (
        "Bình Thạnh",
        "Tân Phú",
    )
    assert extract_places("xuống các xã Đa Lộc, Minh Lộc (huyện Hậu Lộc), Quảng Cư là nơi bị bão") == (
        "Đa Lộc",
        "Minh Lộc",
        "Hậu Lộc",
        "Quảng Cư",
    )
    # three capitalized syllables are a person's name, not a unit of the list
    assert extract_places("các xã Đa Lộc, Nguyễn Văn Thanh nói") == ("Đa Lộc",)
