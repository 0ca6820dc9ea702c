from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from transforms.clean.decode import DecodeError, decode_bytes
from transforms.records import RawDocument
from transforms.sources.files import InputError
from transforms.steps.read import list_inputs, read_inputs

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


def _reasons(path: Path, max_bytes: int = 10_000_000) -> list[str]:
    return [i.reason if isinstance(i, InputError) else "ok" for i in read_inputs(str(path), max_bytes)]


def test_read_file_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    assert _reasons(big, max_bytes=1000) == ["too_large"]
    assert _reasons(tmp_path / "missing.txt") == ["not_found"]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _reasons(empty) == ["empty"]


def test_expand_inputs_takes_supported_files_of_folders_and_named_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("x")
    listing = list_inputs([str(tmp_path), str(tmp_path / "notes.md")])
    names = [Path(p).name for p in listing.paths]
    assert listing.errors == ()
    assert names == ["a.txt", "b.html", "c.txt", "notes.md"]


def test_jsonl_archives_yield_one_document_per_record_and_report_bad_lines(tmp_path: Path) -> None:
    import gzip
    import json

    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a1", "text": "Tiêu đề\r\nNội dung."}) + "\n")
        handle.write("not json\n")
        handle.write(json.dumps({"id": "a2", "text": "x" * 50}) + "\n")
    items = list(read_inputs(str(path), max_bytes=40))
    assert isinstance(items[0], RawDocument)
    assert items[0].source.path == f"{path}#a1"
    assert items[0].data.decode() == "Tiêu đề\r\nNội dung."
    assert isinstance(items[1], InputError) and items[1].reason == "bad_record"
    assert isinstance(items[2], InputError) and items[2].reason == "too_large"


def test_near_duplicate_keys() -> None:
    from transforms.ids import near_duplicate_key

    story = " ".join(f"từ{i}" for i in range(60))
    assert near_duplicate_key("a", story) == near_duplicate_key("b", story + " Một đoạn thêm.")
    assert near_duplicate_key("a", story) != near_duplicate_key("b", "Khác " + story)
    assert near_duplicate_key("a", "ngắn quá") == "id:a"  # too short to compare
