"""Places, figures, quotes and the entry point, on real sentences (seed file or VNTC id cited)."""

from __future__ import annotations

from transforms.extract.extractor import extract_entities
from transforms.extract.figures import extract_figures, parse_number
from transforms.extract.places import extract_places
from transforms.extract.quotes import extract_quotes


def test_places_from_body_and_captions() -> None:
    # seed 000 body, seed 001 caption
    assert extract_places("Ngày 9/1, tại Hà Nội, Đảng ủy Khối", ("Điểm cầu Thái Nguyên.",)) == (
        "Hà Nội",
        "Thái Nguyên",
    )
    # "tại Hội nghị" is no place; VNTC XH_VNE_T_ (7439) "Bình Thạnh (TP HCM)" is not after "tại", but
    # "TP HCM" names its city wherever it stands, like "tỉnh Tuyên Quang" (ex-dates6)
    assert extract_places("tại Hội nghị toàn quốc; phường 22, Bình Thạnh (TP HCM)") == ("TP HCM",)


def test_figures() -> None:
    # seed 001, seed 000, seed 003
    figures = extract_figures(
        "Ngành đã hoàn thành 62 đề án; trong đó, hơn 95% hoàn thành tốt nhiệm vụ; tại 38/64 đảng bộ trực "
        "thuộc"
    )
    assert [(f.value, f.unit, f.text) for f in figures] == [
        (62.0, "đề án", "62 đề án"),
        (95.0, "%", "hơn 95%"),
        (38.0, "đảng bộ", "38/64 đảng bộ"),
    ]
    assert parse_number("1.500.000") == 1500000.0 and parse_number("26,47") == 26.47
    assert extract_figures("Tính đến 30/6/2019, ngày 9/1") == ()


def test_quotes() -> None:
    # seed 000 (mixed quote marks too), VNTC XH_VNE_T_ (7958) scare quotes
    text = (
        "phong trào thi đua “Dân vận khéo”; Trọng tâm công tác là “Năm tăng cường công tác kiểm tra, giám "
        "sát”; "
        'sinh viên năn nỉ thày đánh trượt để "được" thi lại'
    )
    assert extract_quotes(text) == ("Dân vận khéo", "Năm tăng cường công tác kiểm tra, giám sát")


def test_entry_point_on_new_style_tone_marks() -> None:
    # seed 001 writes "Uỷ viên" in the newer style; offsets stay valid
    body = "Dự có đồng chí Trần Cẩm Tú, Uỷ viên Bộ Chính trị, Chủ nhiệm Uỷ ban Kiểm tra Trung ương."
    result = extract_entities(body)
    (person,) = result.people
    assert person.titles == ("Ủy viên Bộ Chính trị", "Chủ nhiệm Ủy ban Kiểm tra Trung ương")
    assert body[person.start : person.end] == "Trần Cẩm Tú"


def test_entry_point_on_empty_text() -> None:
    assert extract_entities("") == extract_entities("", (), None, None)
    assert extract_entities("").people == ()
