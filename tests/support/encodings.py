"""Test inputs in legacy encodings."""

from __future__ import annotations

import unicodedata


def to_cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: letters with hats and horns precomposed, tone marks combining."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u0302\u0306\u031b":
            base = max(i for i, c in enumerate(out) if not unicodedata.combining(c))
            out[base] = unicodedata.normalize("NFC", out[base] + ch)
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")
