"""Speed changes of session 12 (perf-s12): each new helper against the code it replaces (same output)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from transforms.clean import normalize
from transforms.extract import gazetteer as gz

# tokens of every kind _scan_tones meets: new-style marks, misplaced marks, both, neither, punctuation
_TOKENS = [
    "hoà",
    "Uỷ",
    "(hoà)",
    "“Uỷ”",
    "Giaó",
    "ngừơi,",
    "qúy",
    "quý",
    "hoà_bình",
    "hoà1",
    "x²hoà",
    "thuỷ-Giaó",
    "người",
    "Bộ",
    "QUÝ",
    "HOÀ",
    "hoàGiaó",
    "ab",
]


def test_changed_tokens_are_those_the_scan_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_placed", {})
    expected = {token for token in _TOKENS if normalize._scan_tones(token)[1]}
    assert expected  # the samples hold changed tokens ...
    assert expected != set(_TOKENS)  # ... and unchanged ones
    for _ in range(2):  # fresh and warm word cache
        assert set(normalize._changed_tokens(set(_TOKENS))) == expected
    assert normalize._changed_tokens(set()) == []


def test_token_at_reads_the_line_of_a_position() -> None:
    joined = "ab\ncde\nf"
    assert [normalize._token_at(joined, pos) for pos in (0, 1, 3, 5, 7)] == ["ab", "ab", "cde", "cde", "f"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Giaó dục và hoà bình hoà",
        "hoà hoàbình (hoà) hoà, hoà\thoà\n\nhoà",
        "Uỷ ban\u3000nhân dân Uỷ\u00a0ban",
        "aahoà hoà hoàhoà hoà",
        "hoà",
    ],
)
def test_scan_tokens_matches_the_whole_scan(text: str) -> None:
    changed = {token for token in text.split() if normalize._scan_tones(token)[1]}
    assert changed
    assert normalize._scan_tokens(text, changed) == normalize._scan_tones(text)


# --- gazetteer.compile_cached: a compiled program kept on disk ----------------------------------

_SOURCES = [
    (r"(?P<head>Bộ|Sở)\s+(?P<tail>[A-ZĐ]\w+(?: [A-ZĐ]\w+)*)(?![\w])", 0),
    (r"(?i:ủy ban)\s+(nhân dân)?", 0),
    (r"^(?:tại|ở) (\w+)$", re.MULTILINE),
]
_TEXTS = ["Bộ Tài Chính và Sở Y Tế", "ỦY BAN nhân dân, Ủy ban", "tại Huế\nở Vinh\nvề Hà Nội"]


def _same_pattern(got: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        dict(expected.groupindex),
    )
    for text in _TEXTS:
        assert [m.groupdict() or m.groups() for m in got.finditer(text)] == [
            m.groupdict() or m.groups() for m in expected.finditer(text)
        ]
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_compile_cached_writes_then_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, str(tmp_path / "regex"))
    cold = [gz.compile_cached(source, flags) for source, flags in _SOURCES]
    assert len(list((tmp_path / "regex").glob("*.marshal"))) == len(_SOURCES)

    def no_compiling(source: str, flags: int) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(gz, "_program", no_compiling)  # the warm patterns are read back
    warm = [gz.compile_cached(source, flags) for source, flags in _SOURCES]
    for (source, flags), first, second in zip(_SOURCES, cold, warm, strict=True):
        _same_pattern(first, re.compile(source, flags))
        _same_pattern(second, re.compile(source, flags))


def test_compile_cached_recompiles_a_damaged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, str(tmp_path))
    source, flags = _SOURCES[0]
    gz.compile_cached(source, flags)
    (stored,) = tmp_path.glob("*.marshal")
    stored.write_bytes(b"not a program")
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))  # the file was rewritten


def test_compile_cached_without_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = _SOURCES[0]
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, "off")
    assert gz.regex_cache_dir() is None
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))
    blocked = tmp_path / "file"
    blocked.write_text("")  # a file where the folder should be: nothing written, still compiled
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, str(blocked / "regex"))
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))
    monkeypatch.delenv(gz.REGEX_CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gz.regex_cache_dir() == tmp_path / "xdg" / "bantin" / "regex"


def test_compile_cached_without_the_private_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.10 has no ``re._parser``: the pattern is compiled and nothing is written."""
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(gz, "_compiler", None)
    source, flags = _SOURCES[0]
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))
    assert not list(tmp_path.iterdir())


def test_compile_cached_with_another_interface(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser or engine that changed its private interface falls back to ``re.compile``."""
    monkeypatch.setenv(gz.REGEX_CACHE_ENV, str(tmp_path))

    def changed(source: str, flags: int) -> None:
        raise AttributeError("_code")

    monkeypatch.setattr(gz, "_program", changed)
    source, flags = _SOURCES[0]
    _same_pattern(gz.compile_cached(source, flags), re.compile(source, flags))
    assert not list(tmp_path.iterdir())
