"""Name forms of issue 9, wave B (forms8 P1, P3, P4, P6) on made-up sentences in the shapes of real ones.

Each form has a positive case and a negative one (what must not come out of it).
"""

from __future__ import annotations

import pytest

from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- P1: foreign names with dotted initials, a family name alone after a head of state ----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sáng 4/3, Bộ trưởng Ngoại giao nước CHDCND Nepal R.Kumar Thapa đã đến Hà Nội.",
            {"R.Kumar Thapa": ("Bộ trưởng Ngoại giao nước CHDCND Nepal",)},
        ),
        ("Tổng thống Mông Cổ N. Enkhbayar và phu nhân đến thăm.", {"N. Enkhbayar": ("Tổng thống Mông Cổ",)}),
    ],
)
def test_dotted_initials_after_a_title_and_a_country(body: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert _titles(body) == expected


def test_dotted_initials_after_an_honorific_or_a_cue_word() -> None:
    titles = _titles(
        "Theo kiến trúc sư P.Lemaire, công trình được giữ nguyên. Ông A.Fischer, đại diện UNDP, cho biết."
    )
    assert "P.Lemaire" in titles
    assert "A.Fischer" in titles


def test_a_given_name_before_a_middle_initial_is_kept() -> None:
    titles = _titles("Chánh án tòa liên bang Frank D.Morrison bác đơn kiện.")
    assert "Frank D.Morrison" in titles
    assert "D.Morrison" not in titles


def test_dotted_initials_without_a_foreign_word_or_cue_are_no_person() -> None:
    # a byline and a sentence cut after a unit
    assert _titles("Giá rau tăng mạnh trong tuần qua. T. Hương - N. Lan") == {}
    assert _titles("Nhiệt độ thấp nhất 12 độ C. Trung Bộ có mưa rào.") == {}
    assert _titles("Ký hiệu chất lượng A.Class được dán trên hộp.") == {}


def test_a_family_name_alone_after_a_head_of_state() -> None:
    titles = _titles(
        "Chủ tịch nước đã hội đàm với Tổng thống Mbeki về hợp tác. Thủ tướng Nhật Bản Fukuda cũng dự."
    )
    assert titles["Mbeki"] == ("Tổng thống",)
    assert "Fukuda" in titles


def test_a_family_name_alone_is_no_person_when_the_text_shows_otherwise() -> None:
    # a country named like a person's name, and a head of a firm
    assert (
        _titles("Chính phủ Zambia chưa trả lời. Nhân dịp Tổng thống Zambia thăm Việt Nam, hai bên sẽ bàn.")
        == {}
    )
    assert _titles("Giám đốc Motorola cho biết giá sẽ giảm.") == {}
    # the longer mention of the same person is the person
    titles = _titles("Đại sứ Mỹ Peter Dowling đến Huế. Đại sứ Dowling nói Huế rất đẹp.")
    assert "Peter Dowling" in titles
    assert "Dowling" not in titles


def test_senators_are_a_cue_but_no_title() -> None:
    titles = _titles("Buổi lễ có thượng nghị sĩ Robert Kane tham dự.")
    assert titles == {"Robert Kane": ()}


# --- P3: five-word Ê Đê names ---------------------------------------------------------------


def test_an_ede_name_of_five_words() -> None:
    titles = _titles("Ông Y Minh Hoa Niê Kdăm, Phó Chủ tịch UBND tỉnh, phát biểu.")
    assert titles == {"Y Minh Hoa Niê Kdăm": ("Phó Chủ tịch UBND tỉnh",)}
    # negative: a school "Y" before a place and a name
    titles = _titles("Giảng viên ĐH Y Hà Nội Trần Văn Minh cho biết.")
    assert "Trần Văn Minh" in titles
    assert not any(name.startswith("Y ") for name in titles)


# --- P6: buildings, crossings and addresses named after people -------------------------------


def test_buildings_crossings_and_addresses_are_no_person() -> None:
    body = (
        "Nước ở chung cư Nguyễn Thị Nhỏ vẫn đục. Tai nạn ở giao lộ Hai Bà Trưng - Trần Quang Khải. "
        "Lửa bùng lên ở nhà số 25/4 Nguyễn Văn Đậu và tại số 12B Lê Thị Hồng Gấm."
    )
    assert _titles(body) == {}


def test_a_numbered_unit_before_a_name_is_still_a_title() -> None:
    # "số 2" closes a unit's name here, no house number
    titles = _titles("Đội trưởng Đội quản lý thị trường số 3 Phạm Văn Tâm cho biết đã bắt giữ lô hàng.")
    assert "Phạm Văn Tâm" in titles


def test_a_profession_after_a_comma_still_cues_a_foreign_name() -> None:
    titles = _titles("Sau hai tuần tranh tụng, thẩm phán Mark Lindsey thuộc tòa án bang đã ra phán quyết.")
    assert "Mark Lindsey" in titles
    # negative: a chain's head after a comma is followed by its body, no name
    titles = _titles("Ông Hans Meier, Tổng Giám đốc Blue Ocean Resorts cho biết.")
    assert set(titles) == {"Hans Meier"}


# --- P4: names listed after a count and "là" ----------------------------------------------------


def test_names_listed_after_a_count_and_la() -> None:
    titles = _titles("Ban Thường vụ có 3 Phó Bí thư khác là Trần Hồng Sỹ, Bùi Thắng, Lưu Văn Trung.")
    assert set(titles) == {"Trần Hồng Sỹ", "Bùi Thắng", "Lưu Văn Trung"}


def test_counted_lists_of_places_and_schools_are_no_people() -> None:
    assert _titles("Dịch đã xuất hiện ở 3 tỉnh là Long An, Bến Tre và Bạc Liêu.") == {}
    # a list that goes on with a capitalized item that is no name is no list of people
    assert _titles("Hai đội mạnh nhất là Trần Hưng, Lê Hòa, Sông Lam và Hoàng Anh.") == {}
    # and two names are too few for a list
    assert _titles("Hai người thắng cuộc là Trần Hưng và Lê Hòa.") == {}
