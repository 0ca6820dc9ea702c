"""Dead letters: failures as JSON lines that a user can read and ``bantin replay`` can resend."""

from __future__ import annotations

import json
import re
from typing import Any

from transforms.records import Failure, Source

DEAD_LETTER_TAG = "failed"
_USERINFO = re.compile(r"(https?://)[^/@\s]+@")


def redact(text: str) -> str:
    """Remove credentials embedded in URLs (``https://user:pass@host``) from a message."""
    return _USERINFO.sub(r"\1***@", text)


def failure_to_json(failure: Failure) -> str:
    """One dead-letter line."""
    record: dict[str, Any] = {
        "stage": failure.stage,
        "reason": failure.reason,
        "message": redact(failure.message),
        "source": {k: v for k, v in vars(failure.source).items() if v is not None},
    }
    if failure.status is not None:
        record["status"] = failure.status
    if failure.payload is not None:
        record["payload"] = failure.payload
    return json.dumps(record, ensure_ascii=False, default=str)


def failure_from_json(line: str) -> Failure:
    """Parse a dead-letter line written by :func:`failure_to_json`."""
    record = json.loads(line)
    return Failure(
        stage=record["stage"],
        reason=record["reason"],
        message=record.get("message", ""),
        source=Source(**record.get("source", {"kind": "file"})),
        status=record.get("status"),
        payload=record.get("payload"),
    )
