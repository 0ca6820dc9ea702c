"""Session 12 (pages2): a lead opened by its outlet's dateline code as the first line, no headline."""

from __future__ import annotations

import pytest

from transforms.clean.text import _coded_lead, clean_text

_TCCS = (
    "TCCS - Trong 2 ngày 25 và 26-6-2020, tại trụ sở cơ quan Tạp chí Cộng sản, Đại hội Đảng bộ Cơ quan "
    "Tạp chí Cộng sản nhiệm kỳ 2020 - 2025 đã diễn ra. Đại hội thể hiện quyết tâm xây dựng Đảng bộ trong "
    "sạch, vững mạnh."
)
_DNO = (
    "ĐNO - Sau 3 ngày làm việc, kỳ họp thứ 15 HĐND thành phố khóa IX đã hoàn thành toàn bộ nội dung, "
    "chương trình đề ra. Trong đó, nhiều vấn đề được đưa ra chất vấn."
)
_SECOND = "Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới gồm 15 đồng chí."


@pytest.mark.parametrize("lead", [_TCCS, _DNO])
def test_coded_lead_first_starts_the_body(lead: str) -> None:
    cleaned = clean_text(f"{lead}\n\n{_SECOND}\n\nXUÂN SƠN")
    assert cleaned.title is None
    assert cleaned.body.startswith(lead)


@pytest.mark.parametrize(
    "code",
    ["(HG) -", "DNVN -", "(Chinhphu.vn) -", "(kontumtv.vn) –", "CTTĐT —"],
)
def test_code_forms(code: str) -> None:
    lead = _DNO.replace("ĐNO -", code)
    cleaned = clean_text(f"{lead}\n\n{_SECOND}")
    assert cleaned.title is None
    assert cleaned.body.startswith(lead)


def test_known_code_is_stripped_as_below_a_headline() -> None:
    lead = _DNO.replace("ĐNO -", "TTO -")
    alone = clean_text(f"{lead}\n\n{_SECOND}")
    headed = clean_text(f"Đà Nẵng bế mạc kỳ họp thứ 15 HĐND thành phố\n\n{lead}\n\n{_SECOND}")
    assert alone.title is None
    assert alone.body == headed.body
    assert alone.publisher == headed.publisher == "Tuổi Trẻ"


@pytest.mark.parametrize(
    "head",
    [
        "TP.HCM - Đồng Nai: phối hợp kiểm tra việc khai thác cát sỏi",
        "Tallin - thiên đường của đêm trắng",
        "VN - Anh ký bản ghi nhớ về xây dựng đường cáp quang",
    ],
)
def test_places_and_short_heads_stay_headlines(head: str) -> None:
    assert clean_text(f"{head}\n\n{_SECOND}\n\n{_SECOND}").title == head


def test_hyphenated_word_is_no_code() -> None:
    line = (
        "GS-TS Nguyễn Văn An, Phó chủ tịch UBND tỉnh, đã phát biểu tại lễ khai giảng năm học mới của trường "
        "đại học. Ông nhắn nhủ sinh viên."
    )
    assert not _coded_lead(line)
