from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from transforms.clean.decode import DecodeError, decode_bytes
from transforms.sources.files import InputError, expand_inputs, read_file

TEXT = "Đảng ủy Khối các cơ quan Trung ương"


def test_utf8_and_boms() -> None:
    assert decode_bytes(TEXT.encode()).text == TEXT
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode()).text == TEXT
    assert decode_bytes(TEXT.encode("utf-16")).text == TEXT


def test_declared_legacy_charset_is_used() -> None:
    data = "Élysée, café, naïve — déjà vu".encode("cp1252")
    decoded = decode_bytes(data, "windows-1252")
    assert decoded.charset == "cp1252"
    assert decoded.text == "Élysée, café, naïve — déjà vu"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (bytes(range(256)) * 10, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_rejections_have_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == reason
    assert str(info.value)


def test_read_file_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError) as info:
        read_file(str(big), max_bytes=1000)
    assert info.value.reason == "too_large"
    with pytest.raises(InputError) as info:
        read_file(str(tmp_path / "missing.txt"))
    assert info.value.reason == "not_found"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as info:
        read_file(str(empty))
    assert info.value.reason == "empty"


def test_expand_inputs_takes_supported_files_of_folders_and_named_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("x")
    found = expand_inputs([str(tmp_path), str(tmp_path / "notes.md")])
    names = [Path(p).name for p in found]
    assert names == ["a.txt", "b.html", "c.txt", "notes.md"]
