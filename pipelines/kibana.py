"""``bantin kibana import``: load the saved objects through Kibana's saved objects API."""

from __future__ import annotations

import base64
import json
import os
import ssl
import sys
import urllib.error
import urllib.request
import uuid
from importlib import resources


def _auth_header() -> dict[str, str]:
    api_key = os.environ.get("BANTIN_KIBANA_API_KEY") or os.environ.get("BANTIN_ES_API_KEY")
    if api_key:
        return {"Authorization": f"ApiKey {api_key}"}
    user = os.environ.get("BANTIN_KIBANA_USERNAME") or os.environ.get("BANTIN_ES_USERNAME")
    if user:
        password = os.environ.get("BANTIN_KIBANA_PASSWORD") or os.environ.get("BANTIN_ES_PASSWORD") or ""
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}


def import_objects(kibana_url: str, insecure: bool = False, timeout: float = 30.0) -> dict[str, object]:
    """POST ``deploy/kibana/bantin.ndjson`` to ``/api/saved_objects/_import?overwrite=true``.

    Returns:
        Kibana's answer (``success``, ``successCount``, ``errors``).

    Raises:
        RuntimeError: Kibana unreachable or the import refused.
    """
    ndjson = resources.files("deploy").joinpath("kibana/bantin.ndjson").read_bytes()
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bantin.ndjson"\r\n'
            "Content-Type: application/ndjson\r\n\r\n"
        ).encode()
        + ndjson
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        kibana_url.rstrip("/") + "/api/saved_objects/_import?overwrite=true",
        data=body,
        method="POST",
        headers={
            "kbn-xsrf": "bantin",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            **_auth_header(),
        },
    )
    context = ssl._create_unverified_context() if insecure else None
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            answer: dict[str, object] = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        raise RuntimeError(
            f"Kibana at {kibana_url} refused the import: HTTP {exc.code} {exc.read()[:300]!r}"
        ) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise RuntimeError(f"Kibana is not reachable at {kibana_url}: {exc}") from exc
    if not answer.get("success"):
        raise RuntimeError(f"Kibana imported with errors: {json.dumps(answer.get('errors'))[:500]}")
    return answer


def kibana_command(kibana_url: str, insecure: bool = False) -> int:
    """Run ``bantin kibana import``."""
    try:
        answer = import_objects(kibana_url, insecure)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"imported {answer.get('successCount')} saved objects into {kibana_url}")
    return 0
