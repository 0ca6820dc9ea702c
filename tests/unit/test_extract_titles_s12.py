"""Person-title forms of session 12 (titles), counted on the VNTC corpus, on made-up sentences in the
shapes of real ones. Each form has a positive case and, where the form can overreach, a negative one.
"""

from __future__ import annotations

from transforms.clean.normalize import normalize_unicode
from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- the eth "Ð" (U+00D0) typed for "Đ" -----------------------------------------------------------


def test_an_eth_typed_for_d_with_stroke_is_read_as_it() -> None:
    text = normalize_unicode("Ðồng chí Ðào Đình Bình, Bộ trưởng Bộ Giao thông vận tải, phát biểu.")
    assert text == "Đồng chí Đào Đình Bình, Bộ trưởng Bộ Giao thông vận tải, phát biểu."
    assert _titles(text)["Đào Đình Bình"] == ("Bộ trưởng Bộ Giao thông vận tải",)


# --- a title before a name, run on over its body's name written partly in lowercase ----------------


def test_a_title_before_a_name_runs_over_its_bodys_lowercase_name() -> None:
    titles = _titles("Theo Viện trưởng Viện Chăn nuôi quốc gia Nguyễn Đăng Vang, các trại gia cầm đều sạch.")
    assert titles["Nguyễn Đăng Vang"] == ("Viện trưởng Viện Chăn nuôi quốc gia",)
    titles = _titles("Tuy nhiên, Chủ tịch Hội khuyến học Nguyễn Mạnh Kha đặt câu hỏi.")
    assert titles["Nguyễn Mạnh Kha"] == ("Chủ tịch Hội khuyến học",)
    titles = _titles("Phó chủ tịch quốc hội Trương Quang Được kể có địa phương tăng trưởng chậm.")
    assert titles["Trương Quang Được"] == ("Phó chủ tịch quốc hội",)
    titles = _titles("Chiều nay, Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà Bùi Bá Bổng cho biết thêm.")
    assert titles["Bùi Bá Bổng"] == ("Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà",)


def test_a_verb_a_short_name_or_an_apposition_keeps_the_body_out() -> None:
    titles = _titles("Bộ trưởng tiếp đón Nguyễn Văn An tại trụ sở.")
    assert titles.get("Nguyễn Văn An", ()) == ()
    # a body's name ends in a two-word place: no title for it
    assert _titles("Giám đốc Nhà máy nước Lâm Hà cho biết đã cấp nước.").get("Lâm Hà", ()) == ()
    # the title is an earlier name's apposition: the university is named after a person
    titles = _titles("Thầy Huỳnh Kim Tín, Trưởng phòng đào tạo ĐH bán công Tôn Đức Thắng, cho biết thêm.")
    assert "Tôn Đức Thắng" not in titles


# --- a unit's number inside a closed apposition ---------------------------------------------------


def test_a_units_number_stays_in_the_closed_apposition() -> None:
    assert _titles("Ông Lê Trung Huynh, tổ trưởng tổ 42, cho biết thêm.")["Lê Trung Huynh"] == (
        "tổ trưởng tổ 42",
    )
    titles = _titles("Ông Phan Văn Cheo, trưởng Phòng Công chứng số 1, cho biết trong tuần qua.")
    assert titles["Phan Văn Cheo"] == ("trưởng Phòng Công chứng số 1",)
    titles = _titles("Ông Bùi Xuân Khiêm, bí thư chi bộ cụm 5 phường Bách Khoa, cho biết thêm.")
    assert titles["Bùi Xuân Khiêm"] == ("bí thư chi bộ cụm 5 phường Bách Khoa",)


def test_a_figure_or_a_date_is_no_units_number() -> None:
    titles = _titles("Ông Lê Văn Tám, tổ trưởng tổ 2.000 hộ, cho biết thêm.")
    assert titles["Lê Văn Tám"] == ("tổ trưởng",)
    titles = _titles("Ông Lê Văn Tám, giám đốc sở theo quyết định số 12/2006, cho biết thêm.")
    assert titles["Lê Văn Tám"] != ("giám đốc sở theo quyết định số 12/2006",)


# --- a body's head in lowercase opens the closed apposition after a lowercase title ------------------


def test_a_lowercase_bodys_head_after_a_lowercase_title_is_its_body() -> None:
    titles = _titles("Cô Phan Thị Ngừng, hiệu trưởng trường THCS Lê Duẩn, xã Ia Tiêm, cho biết thêm.")
    assert titles["Phan Thị Ngừng"] == ("hiệu trưởng trường THCS Lê Duẩn",)
    titles = _titles("Ông Đinh Thanh Hưng, giám đốc trung tâm y tế quận Tân Phú cho biết, nước đục.")
    assert titles["Đinh Thanh Hưng"] == ("giám đốc trung tâm y tế quận Tân Phú",)


def test_a_clause_word_still_ends_the_lowercase_bodys_name() -> None:
    titles = _titles("Ông Lê Văn Tám, giám đốc trung tâm đã ký quyết định thu hồi, cho biết thêm.")
    assert titles["Lê Văn Tám"] == ("giám đốc",)


def test_a_listed_bodys_word_or_a_joiner_stays_in_the_gap() -> None:
    titles = _titles("Theo Chủ nhiệm Ủy ban các vấn đề xã hội Nguyễn Thị Hoài Thu, luật cần sửa.")
    assert titles["Nguyễn Thị Hoài Thu"] == ("Chủ nhiệm Ủy ban các vấn đề xã hội",)
    titles = _titles("Cục phó Khảo thí và Kiểm định chất lượng giáo dục Nguyễn An Ninh cho biết thêm.")
    assert titles["Nguyễn An Ninh"] == ("Cục phó Khảo thí và Kiểm định chất lượng giáo dục",)
    # "và" before the name joins two people, no body's words
    titles = _titles("Phó Thủ tướng Vũ Khoan và Phạm Gia Khiêm dự họp.")
    assert "Phó Thủ tướng Vũ Khoan và" not in titles.get("Phạm Gia Khiêm", ())
