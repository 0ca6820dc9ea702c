"""URL canonicalization: one spelling per page, so that ids and de-duplication hold.

Two links to one article differ in case, default ports, fragments, tracking
parameters (``utm_*``, ``fbclid``, Zalo's ``zarsrc``/``gidzl``, VnExpress'
``vn_source``...) and parameter order. :func:`canonicalize_url` removes all of
these differences and nothing else.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a click came from (compared lowercased).
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "fb_action_ids",
        "fb_action_types",
        "fb_ref",
        "fb_source",
        "zarsrc",  # Zalo share source
        "zrsrc",
        "gidzl",  # Zalo click id
        "vn_source",  # VnExpress internal campaign parameters
        "vn_medium",
        "vn_campaign",
        "vn_term",
        "vn_content",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are in a path (RFC 3986 pchar plus "/" and "%" of existing escapes).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks clicks (``utm_source``, ``fbclid``...).

    Args:
        name: The parameter name.
    """
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4: resolve ``.`` and ``..`` segments."""
    if "." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
            continue
        if segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
            continue
        output.append(segment)
    result = "/".join(output)
    return result if result.startswith("/") else "/" + result


def _host(netloc_host: str) -> str:
    host = netloc_host.lower().rstrip(".")
    if host.startswith("[") or host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"invalid host name {netloc_host!r}") from exc


def canonicalize_url(url: str, base: str | None = None) -> str:
    """The canonical absolute form of an http(s) URL.

    Resolves a relative URL against ``base``, lowercases scheme and host, drops the
    default port, the fragment and tracking parameters, sorts the remaining query
    parameters, resolves dot segments and writes an empty path as ``/``.

    Args:
        url: Absolute or relative URL.
        base: URL the relative one is relative to (the feed or page URL).

    Returns:
        The canonical URL.

    Raises:
        ValueError: Not an http(s) URL, a relative URL without base, no host or a bad port.
    """
    text = url.strip()
    if not text:
        raise ValueError("empty URL")
    if base:
        text = urljoin(base.strip(), text)
    if not _SCHEME.match(text):
        raise ValueError(f"relative URL {url!r} without a base URL")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")
    if not parts.hostname:
        raise ValueError(f"URL without host: {url!r}")
    host = _host(parts.hostname)
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"bad port in URL {url!r}") from exc
    netloc = host
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    path = quote(_remove_dot_segments(parts.path), safe=_PATH_SAFE) or "/"
    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)
    ]
    query_pairs.sort()
    query = urlencode(query_pairs, quote_via=quote)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The lowercased ``host[:port]`` of a URL (the unit of politeness and robots.txt).

    Args:
        url: An absolute URL.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host
