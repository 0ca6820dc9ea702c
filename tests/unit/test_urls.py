"""URL canonicalization: one spelling per page."""

from __future__ import annotations

import pytest

from transforms.sources.urls import canonicalize_url, is_tracking_param


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://VnExpress.NET/thoi-su", "https://vnexpress.net/thoi-su"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://tuoitre.vn/bai.htm?utm_source=fb&utm_medium=social&id=5&fbclid=XYZ",
            "https://tuoitre.vn/bai.htm?id=5",
        ),
        ("https://vnexpress.net/x.html?zarsrc=30&gidzl=abc&gclid=1", "https://vnexpress.net/x.html"),
        ("https://vnexpress.net/x.html?vn_source=home&vn_campaign=box", "https://vnexpress.net/x.html"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/tìm kiếm", "https://example.com/t%C3%ACm%20ki%E1%BA%BFm"),
        ("https://example.com/a%20b", "https://example.com/a%20b"),
        ("https://example.com/?q=", "https://example.com/?q="),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
    ],
)
def test_canonical_forms(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_canonicalization_is_idempotent() -> None:
    url = "HTTPS://Example.com:443/a/../b?z=1&utm_campaign=x&a=2#top"
    once = canonicalize_url(url)
    assert once == "https://example.com/b?a=2&z=1"
    assert canonicalize_url(once) == once


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("/thoi-su/bai-1.htm", "https://tuoitre.vn/rss/thoi-su.rss", "https://tuoitre.vn/thoi-su/bai-1.htm"),
        ("bai-2.htm", "https://tuoitre.vn/rss/thoi-su.rss", "https://tuoitre.vn/rss/bai-2.htm"),
        ("//cdn.example.com/x", "https://example.com/feed", "https://cdn.example.com/x"),
        ("../a", "https://example.com/b/c/d", "https://example.com/b/a"),
        ("https://other.vn/x", "https://example.com/feed", "https://other.vn/x"),
    ],
)
def test_relative_urls_are_resolved(url: str, base: str, expected: str) -> None:
    assert canonicalize_url(url, base) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a",
        "mailto:toa-soan@nhandan.vn",
        "javascript:void(0)",
        "file:///etc/passwd",
        "/relative/only",
        "",
        "https://",
        "http://example.com:99999/",
    ],
)
def test_rejected_urls(url: str) -> None:
    with pytest.raises(ValueError):
        canonicalize_url(url)


def test_tracking_params() -> None:
    assert is_tracking_param("UTM_Source")
    assert is_tracking_param("fbclid")
    assert not is_tracking_param("id")
    assert not is_tracking_param("page")
