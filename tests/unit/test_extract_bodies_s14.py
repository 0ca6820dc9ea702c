"""Bodies of the 2026-12-02 late session (issue 9, helper bodies2), on sentence shapes seen on VNTC and
the dev web texts (made-up names)."""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations


def _names(body: str, captions: tuple[str, ...] = ()) -> list[str]:
    return [o.name for o in extract_organizations(body, captions)]


def test_task_comma_inside_a_steering_committee() -> None:
    body = "Sở Nội vụ đã báo cáo. Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Giang đã họp."
    orgs = extract_organizations(body)
    names = [o.name for o in orgs]
    assert "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Giang" in names, names
    for org in orgs:  # offsets are the written text's
        assert org.start is not None and org.end is not None
        assert body[org.start : org.end] == org.name
    names = _names("theo công điện của Ban Chỉ đạo phòng, chống lụt, bão trung ương và các tỉnh.")
    assert "Ban Chỉ đạo phòng, chống lụt, bão trung ương" in names, names
    assert not any(n.endswith(("phòng", "lụt")) for n in names), names


def test_task_comma_in_a_caption_and_no_comma_elsewhere() -> None:
    names = _names(
        "Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Trị, Sở Tài chính và Sở Nội vụ dự họp.",
        ("Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Trị kiểm tra đê.",),
    )
    assert "Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Trị" in names, names
    assert names.count("Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Trị") == 1
    assert "Sở Tài chính" in names and "Sở Nội vụ" in names, names


def test_disease_code_in_a_steering_committee() -> None:
    names = _names("Trưởng Ban chỉ đạo quốc gia phòng, chống dịch COVID-19 (Ban Chỉ đạo) chủ trì họp.")
    assert "Ban chỉ đạo quốc gia phòng, chống dịch COVID-19" in names, names
    names = _names("Theo Ban Chỉ đạo quốc gia phòng chống dịch cúm gia cầm H5N1, số ổ dịch đã giảm.")
    assert "Ban Chỉ đạo quốc gia phòng chống dịch cúm gia cầm H5N1" in names, names
    names = _names("Virus H5N1 của Việt Nam đã lây, Bệnh viện Bạch Mai điều trị cho bệnh nhân H5N1.")
    assert "H5N1" not in names and "HQQN" not in names, names


def test_listed_field_with_and_is_one_item_of_a_shared_head_list() -> None:
    names = _names("Đại diện các Sở: Tài chính, Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu tư tham dự.")
    assert "Sở Văn hóa, Thể thao và Du lịch" in names and "Sở Kế hoạch và Đầu tư" in names, names
    assert "Sở Tài chính" in names and "Sở Đầu tư" not in names and "Sở Du lịch" not in names, names
    names = _names("Lãnh đạo các Bộ Giáo dục và Đào tạo, Lao động Thương binh và Xã hội cho biết.")
    assert "Bộ Giáo dục và Đào tạo" in names and "Bộ Lao động Thương binh và Xã hội" in names, names
    names = _names("Đại diện các Sở Văn hóa, Đào Văn Hùng tham dự.")  # a person in the list: none read
    assert "Sở Đào Văn Hùng" not in names, names


def test_employment_and_construction_investment_are_nouns_in_a_name() -> None:
    names = _names("Kỷ luật một số đảng viên tại Trung tâm Dịch vụ việc làm, thuộc Sở Lao động.")
    assert "Trung tâm Dịch vụ việc làm" in names, names
    names = _names("Ông Lê Văn Bình, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện, cho biết.")
    assert "Ban Quản lý dự án đầu tư xây dựng huyện" in names, names
