"""Language detection and keeping non-Vietnamese articles out of Vietnamese extraction (issue 13)."""

from __future__ import annotations

from transforms.article import build_article
from transforms.language import detect_language
from transforms.records import RawDocument, Source

VI = (
    "Sáng 12/3, tại Hà Nội, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 "
    "để quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì."
)
EN = (
    "On Monday the Prime Minister received the visiting delegation in Hanoi. Both sides discussed trade, "
    "investment and the implementation of Directive 05-CT/TW, the ministry said in a statement."
)


def test_detects_vietnamese_with_and_without_marks_and_other_languages() -> None:
    assert detect_language(VI)[0] == "vi"
    no_marks = "Thu tuong Pham Minh Chinh chu tri hoi nghi truc tuyen toan quoc ve kinh te"
    assert detect_language(no_marks)[0] == "vi"
    assert detect_language(EN)[0] == "en"
    assert detect_language("Премьер-министр встретился с делегацией во вторник в Ханое")[0] == "ru"
    assert detect_language("Hội nghị", declared="vi") == ("vi", 0.0)  # too short to tell


def test_an_english_article_is_stored_with_its_language_and_no_vietnamese_extraction() -> None:
    english = build_article(RawDocument(Source("file", path="en.txt"), EN.encode()))
    assert english.language == "en"
    assert not english.extraction.documents and not english.extraction.people
    assert any("Vietnamese extraction skipped" in n for n in english.notes)
    vietnamese = build_article(RawDocument(Source("file", path="vi.txt"), VI.encode()))
    assert vietnamese.language == "vi"
    assert "05-CT/TW" in [d.ref for d in vietnamese.extraction.documents]
