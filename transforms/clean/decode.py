"""Bytes to text: charset detection that knows Vietnamese code pages, damage counted, not fatal.

Order: a byte-order mark; UTF-16 without one (zero bytes at every other position);
the declared charset, unless the detector takes the bytes for windows-1258 and
windows-1258 reads as Vietnamese at least as well (a windows-1258 page labelled
windows-1252 or UTF-8 would otherwise become "Bŕi" mojibake); strict UTF-8; UTF-8
with a few invalid bytes replaced (``U+FFFD``, counted in :attr:`Decoded.replaced`);
then detection by ``chardet`` (which knows windows-1258). A few NUL bytes in
otherwise textual data are dropped as noise (counted in :attr:`Decoded.nuls`);
only data whose other bytes are binary too is rejected. VISCII and TCVN3 are not
handled: no maintained library decodes them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_CHARSET_IN_TYPE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control bytes above which a file is binary, not text in an odd charset:
# text in any charset has almost none; images and archives have ~10%.
_BINARY_CONTROL_SHARE = 0.02
# NUL bytes dropped as noise up to this share of the data (a stray NUL in a page); more,
# outside UTF-16, is binary.
_NUL_NOISE_SHARE = 0.02
# UTF-16 without BOM: at least this share of zero bytes at one parity (ASCII and Latin-1
# letters; Vietnamese text measured ~70%), and almost none at the other.
_UTF16_ZERO_SHARE = 0.3
# UTF-8 with damage rather than another charset: at least this share of the non-ASCII
# characters decode validly (a legacy code page yields almost no valid sequences).
_UTF8_VALID_SHARE = 0.8
_SINGLE_BYTE_VIETNAMESE = ("cp1258",)
_VIETNAMESE = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
_NEUTRAL = frozenset(
    "\u00a0\u00ab\u00bb\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ab\u20ac\ufffd"
)


class DecodeError(ValueError):
    """The bytes are not usable text; ``reason`` is a short code, str(self) a sentence."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the charset that decoded it, and the damage repaired.

    Attributes:
        text: The text.
        charset: Python codec name used.
        replaced: Characters that could not be decoded, replaced by ``U+FFFD``.
        nuls: NUL bytes dropped as noise.
    """

    text: str
    charset: str
    replaced: int = 0
    nuls: int = 0


def damage_note(replaced: int, nuls: int, charset: str | None) -> str:
    """The article note saying what decoding repaired."""
    parts = [f"{replaced} undecodable bytes replaced by U+FFFD"] if replaced else []
    parts += [f"{nuls} NUL bytes dropped"] if nuls else []
    return "decoding: " + ", ".join(parts) + (f" ({charset})" if charset else "")


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = _CHARSET_IN_TYPE.search(content_type)
    return match.group(1).lower() if match else None


def _known(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def vietnamese_share(text: str) -> float:
    """Share of Vietnamese letters among the non-ASCII letters and symbols of a text (0 without any).

    Mojibake of Vietnamese ("Bŕi", "Ðảng") has a lower share than the text itself.
    """
    vietnamese = other = 0
    for ch in unicodedata.normalize("NFC", text[:100_000]):
        if ch < "\x80" or ch in _NEUTRAL:
            continue
        if ch in _VIETNAMESE:
            vietnamese += 1
        else:
            other += 1
    return vietnamese / (vietnamese + other) if vietnamese + other else 0.0


def _guess(data: bytes) -> str | None:
    import chardet

    return _known(chardet.detect(data[:200_000]).get("encoding"))


def _strict(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(sample: bytes) -> str | None:
    n = len(sample) // 2 * 2
    if n < 16:
        return None
    zero_even = sample[0:n:2].count(0) / (n // 2)
    zero_odd = sample[1:n:2].count(0) / (n // 2)
    if zero_odd >= _UTF16_ZERO_SHARE and zero_even < 0.05:
        name = "utf-16-le"
    elif zero_even >= _UTF16_ZERO_SHARE and zero_odd < 0.05:
        name = "utf-16-be"
    else:
        return None
    text = sample[:n].decode(name, "replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return name if printable >= 0.95 * len(text) else None


def _replaced(data: bytes, charset: str) -> Decoded:
    text = data.decode(charset, "replace")
    literal = "\ufffd".encode(charset, "ignore")  # a U+FFFD the data itself holds is no damage
    return Decoded(text, charset, text.count("\ufffd") - (data.count(literal) if literal else 0))


def _best_vietnamese(data: bytes, first: Decoded, guess: str | None) -> Decoded:
    """``first``, or the detector's Vietnamese code page when it reads as Vietnamese at least as well."""
    if guess in _SINGLE_BYTE_VIETNAMESE and guess != first.charset:
        text = _strict(data, guess)
        if text is not None and vietnamese_share(text) >= vietnamese_share(first.text):
            return Decoded(unicodedata.normalize("NFC", text), guess)
    return first


def _detect(data: bytes) -> Decoded:
    charset = _guess(data) or "utf-8"
    text = _strict(data, charset)
    if text is None:
        return _replaced(data, charset)
    # windows-1258 writes tone marks as combining characters: composed here, like the other paths
    return Decoded(
        unicodedata.normalize("NFC", text) if charset in _SINGLE_BYTE_VIETNAMESE else text, charset
    )


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode article bytes; damage is repaired and counted, not fatal.

    Args:
        data: Raw bytes.
        declared: A charset named by an HTTP header or meta tag.

    Returns:
        The decoded text, the charset used, replaced characters and dropped NULs.

    Raises:
        DecodeError: ``empty``, ``binary`` or ``bad_charset`` (a byte-order mark that lies).
    """
    if not data.strip():
        raise DecodeError("empty", "the input is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    "bad_charset", f"starts with a {name} byte-order mark but is not {name}: {exc}"
                ) from exc
    sample = data[:65536]
    utf16 = _utf16_without_bom(sample) if b"\x00" in sample else None
    if utf16:
        return _replaced(data, utf16)
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > _NUL_NOISE_SHARE * len(data):
            raise DecodeError("binary", "the input is binary data, not text (NUL bytes)")
        data = data.replace(b"\x00", b"")
        sample = data[:65536]
    if len(_CONTROL.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        raise DecodeError("binary", "the input is binary data, not text")
    decoded = _decode_text(data, _known(declared))
    return Decoded(decoded.text, decoded.charset, decoded.replaced, nuls) if nuls else decoded


def _decode_text(data: bytes, charset: str | None) -> Decoded:
    if charset and charset != "utf-8":
        text = _strict(data, charset)
        if text is not None:  # a single-byte label may still hide a Vietnamese code page
            return _best_vietnamese(data, Decoded(text, charset), _guess(data))
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    damaged = _replaced(data, "utf-8")
    non_ascii = sum(1 for ch in damaged.text if ch >= "\x80")
    if damaged.replaced and non_ascii - damaged.replaced >= _UTF8_VALID_SHARE * non_ascii:
        return damaged  # UTF-8 with a few invalid bytes
    return _detect(data)
