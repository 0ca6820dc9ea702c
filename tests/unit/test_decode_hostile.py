"""Decoding damaged and mislabelled input: replaced bytes counted, Vietnamese code pages found,
NULs as noise, UTF-16 without a byte-order mark."""

from __future__ import annotations

import unicodedata

import pytest

from tests.support.encodings import to_cp1258
from transforms.clean.decode import DecodeError, decode_bytes, vietnamese_share
from transforms.clean.html import clean_html

TEXT = (
    "Bài viết: Sáng 12/3, tại Hà Nội, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh "
    "lần thứ 9 để quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị về công tác cán bộ."
)


def page(body: str, charset: str) -> str:
    paragraphs = "".join(f"<p>{body} (đoạn {i})</p>" for i in range(4))
    return (
        f"<html><head><meta charset='{charset}'><title>Bài viết về Hội nghị</title></head>"
        f"<body><article><h1>Bài viết về Hội nghị Tỉnh ủy</h1>{paragraphs}</article></body></html>"
    )


def test_a_few_invalid_utf8_bytes_are_replaced_and_counted() -> None:
    data = TEXT.encode("utf-8")
    damaged = data[:40] + b"\xff" + data[40:80] + b"\xc3\x28" + data[80:] + b"\x80"
    decoded = decode_bytes(damaged)
    assert decoded.charset == "utf-8" and decoded.replaced == 3
    assert decoded.text.count("\ufffd") == 3 and "Ban Chấp hành Đảng bộ tỉnh" in decoded.text
    # a U+FFFD that the text itself holds is not damage
    assert decode_bytes("a \ufffd b".encode() + b"\xff" + TEXT.encode()).replaced == 1


def test_an_html_page_with_invalid_bytes_is_cleaned_not_rejected() -> None:
    data = page(TEXT, "utf-8").encode("utf-8").replace("Chấp".encode(), b"Ch\xe1\xba")
    cleaned = clean_html(data, url="https://example.vn/a.html")
    assert "Ban Thường vụ Tỉnh ủy" in cleaned.body


@pytest.mark.parametrize("label", ["utf-8", "windows-1252", "iso-8859-2", None])
def test_windows_1258_under_a_wrong_label_is_read_as_vietnamese(label: str | None) -> None:
    data = to_cp1258(TEXT)
    decoded = decode_bytes(data, label)
    assert decoded.charset == "cp1258", decoded.charset
    assert unicodedata.normalize("NFC", decoded.text) == TEXT
    assert "Bŕi" not in decoded.text


def test_a_windows_1258_page_labelled_utf8_is_cleaned_as_vietnamese() -> None:
    data = to_cp1258(page(TEXT, "utf-8"))
    cleaned = clean_html(data, content_type="text/html; charset=utf-8")
    assert cleaned.title is not None and "Bài viết" in cleaned.title, cleaned.title
    assert "Ban Chấp hành Đảng bộ tỉnh" in cleaned.body


def test_other_latin_text_keeps_its_declared_charset() -> None:
    french = "Élysée, café, naïve — déjà vu; Ça coûte 5 €.".encode("cp1252")
    assert decode_bytes(french, "windows-1252").text == "Élysée, café, naïve — déjà vu; Ça coûte 5 €."
    czech = "Příliš žluťoučký kůň úpěl ďábelské ódy".encode("iso-8859-2")
    assert decode_bytes(czech, "iso-8859-2").text == "Příliš žluťoučký kůň úpěl ďábelské ódy"


def test_vietnamese_share_prefers_text_over_mojibake() -> None:
    assert vietnamese_share(TEXT) == 1.0 > 0.9 > vietnamese_share(to_cp1258(TEXT).decode("cp1250"))


def test_a_nul_byte_in_text_is_noise() -> None:
    data = TEXT.encode()[:50] + b"\x00" + TEXT.encode()[50:]
    decoded = decode_bytes(data)
    assert decoded.nuls == 1 and decoded.text == TEXT
    cleaned = clean_html(page(TEXT, "utf-8").encode().replace(b"</h1>", b"</h1>\x00"))
    assert "Ban Thường vụ Tỉnh ủy" in cleaned.body


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.charset == codec and decoded.text == TEXT
    assert "Ban Chấp hành" in clean_html(page(TEXT, "utf-16").encode(codec)).body


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 10,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x00" * 100 + b"abc",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(1, 40)),
    ],
)
def test_binary_stays_binary(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == "binary"


@pytest.mark.parametrize(
    "title",
    [
        "Giáo viên không được lợi từ dạy thêm",
        "Học lực trung bình được công nhận tốt nghiệp",
        "Lãnh đạo thành phố tiếp xã giao đại diện quỹ từ thiện",
    ],
)
def test_short_windows_1258_lines_labelled_utf8(title: str) -> None:
    """Short texts are where a generic detector picks a wrong code page (hp_roman8, cp1250)."""
    decoded = decode_bytes(to_cp1258(title), "utf-8")
    assert decoded.charset == "cp1258" and decoded.text == title


def test_the_article_notes_what_decoding_repaired() -> None:
    from transforms.article import build_article
    from transforms.records import RawDocument, Source

    data = TEXT.encode()[:30] + b"\xff\x00" + TEXT.encode()[30:]
    article = build_article(RawDocument(Source("file", path="a.txt"), data, None))
    assert "decoding: 1 undecodable bytes replaced by U+FFFD, 1 NUL bytes dropped (utf-8)" in article.notes
    html = page(TEXT, "utf-8").encode().replace("Chấp".encode(), b"Ch\xe1\xba")
    article = build_article(RawDocument(Source("html", path="a.html"), html, "text/html"))
    assert any(note.startswith("decoding: 4 undecodable bytes") for note in article.notes), article.notes
