"""A body that meets: "họp" after a body's name is its predicate, never part of the name."""

from __future__ import annotations

from transforms.extract.organizations import extract_organizations


def _names(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


def test_hop_after_a_body_ends_its_name() -> None:
    assert _names("Ban Thường vụ Tỉnh ủy họp cho ý kiến một số nội dung.") == [
        "Ban Thường vụ Tỉnh ủy",
        "Tỉnh ủy",
    ]
    assert _names("Thường trực HĐND tỉnh họp phiên thường kỳ tháng 5.") == [
        "Thường trực HĐND tỉnh",
        "HĐND tỉnh",
    ]
    # the name is no longer run on and then cut at a dangling word ("Hội đồng Thi đua Khen")
    assert _names("Hội đồng Thi đua Khen thưởng tỉnh họp phiên thứ nhất.") == [
        "Hội đồng Thi đua Khen thưởng tỉnh"
    ]
