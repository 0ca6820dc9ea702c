"""Bytes to text: charset detection with clear, typed rejections."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_CHARSET_IN_TYPE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
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


class DecodeError(ValueError):
    """The bytes are not usable text; ``reason`` is a short code, str(self) a sentence."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the charset that decoded it."""

    text: str
    charset: str


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


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode article bytes, trusting a BOM, then a declared charset, then UTF-8, then detection.

    Args:
        data: Raw bytes.
        declared: A charset named by an HTTP header or meta tag.

    Returns:
        The decoded text and the charset used.

    Raises:
        DecodeError: ``empty``, ``binary`` or ``bad_charset``.
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
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        raise DecodeError("binary", "the input is binary data, not text")
    charset = _known(declared)
    if charset:
        try:
            return Decoded(data.decode(charset), charset)
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to UTF-8 and detection
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("bad_charset", "the input is not UTF-8 and its charset could not be detected")
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError("bad_charset", f"the input is not UTF-8 and not {best.encoding}: {exc}") from exc
