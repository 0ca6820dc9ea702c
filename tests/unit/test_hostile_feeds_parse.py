"""Hostile feed documents: external entities and entity expansion bombs (huge feeds:
tests/integration/test_hostile_feeds.py)."""

from __future__ import annotations

import resource

from transforms.sources.feeds import parse_feed

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>&xxe;</title><link>https://x.vn/a</link>
</item></channel></rss>"""

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    b"<link>https://x.vn/a</link></item></channel></rss>"
)


def test_external_entities_are_never_read() -> None:
    parsed = parse_feed(XXE)
    text = repr(parsed)
    assert "root:" not in text and "/bin/" not in text


def test_billion_laughs_is_refused_or_unexpanded_with_bounded_memory() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parsed = parse_feed(LAUGHS)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "lol" * 1000 not in repr(parsed)
    assert grown_mb < 200, grown_mb
