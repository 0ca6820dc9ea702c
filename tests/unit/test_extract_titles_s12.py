"""Person-title forms of session 12 (titles), counted on the VNTC corpus, on made-up sentences in the
shapes of real ones. Each form has a positive case and, where the form can overreach, a negative one.
"""

from __future__ import annotations

from transforms.clean.normalize import normalize_unicode
from transforms.extract.people import extract_people


def _titles(body: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in extract_people(body)}


# --- the eth "Ð" (U+00D0) typed for "Đ" -----------------------------------------------------------


def test_an_eth_typed_for_d_with_stroke_is_read_as_it() -> None:
    text = normalize_unicode("Ðồng chí Ðào Đình Bình, Bộ trưởng Bộ Giao thông vận tải, phát biểu.")
    assert text == "Đồng chí Đào Đình Bình, Bộ trưởng Bộ Giao thông vận tải, phát biểu."
    assert _titles(text)["Đào Đình Bình"] == ("Bộ trưởng Bộ Giao thông vận tải",)
