"""How to reach Elasticsearch: client settings, credentials and the retry policy of every call.

Credentials come from the environment only and never appear in a ``repr``. Every call
that the write path makes (bulk requests, dedup lookups, feed state, index checks)
goes through :meth:`Backoff.call`, so a stalled or restarting cluster is retried the
same way everywhere and, when the retries are spent, raises :class:`EsCallFailed`
for the caller to route the affected items to dead letters.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from elasticsearch import ApiError, TransportError
from elasticsearch.helpers import ScanError

logger = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:9200"
# answers worth another try: overload (429) and a proxy or node that is (re)starting
RETRY_STATUSES = (429, 502, 503, 504)
# 30 s per request: a bulk request of 5 MB on a busy single node answers within a few seconds
DEFAULT_TIMEOUT = 30.0

T = TypeVar("T")


class EsCallFailed(RuntimeError):
    """A call to Elasticsearch still failed after the retries; the message says what and why.

    Attributes:
        what: The call (``dedup lookup``, ``feed state read``...).
        attempts: How many times it was tried.
    """

    def __init__(self, what: str, attempts: int, last_error: str) -> None:
        super().__init__(f"{what}: gave up after {attempts} attempts; last error: {last_error}")
        self.what = what
        self.attempts = attempts


# What a call to Elasticsearch raises when the cluster cannot do it: an error answer, a lost
# connection or timeout, a scroll that lost shards, or the retries spent. A command catches these
# (one clear line, exit 2) and lets anything else, a bug, show its traceback.
ES_ERRORS: tuple[type[Exception], ...] = (ApiError, TransportError, ScanError, EsCallFailed)


@dataclass(frozen=True)
class Backoff:
    """Capped exponential backoff with jitter, shared by every call on the write path.

    Attributes:
        max_retries: Retries after the first attempt.
        initial: Seconds before the first retry; doubled each retry.
        cap: Longest single wait.
    """

    max_retries: int = 5
    initial: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int) -> float:
        """Wait before retry number ``attempt`` (1-based): full jitter in the upper half."""
        ceiling = min(self.cap, self.initial * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)

    def call(self, what: str, fn: Callable[[], T]) -> T:
        """Call ``fn`` and retry it on connection errors, timeouts and 429/502/503/504.

        Args:
            what: Names the call in logs and in the error.
            fn: The request.

        Returns:
            What ``fn`` returns.

        Raises:
            EsCallFailed: the retries are spent.
            elasticsearch.ApiError: any other error answer (not retried).
        """
        attempts = 0
        while True:
            attempts += 1
            try:
                return fn()
            except (ApiError, TransportError) as exc:
                if not is_retryable(exc):
                    raise
                error = f"{type(exc).__name__}: {exc}"
                if attempts > self.max_retries:
                    raise EsCallFailed(what, attempts, error) from exc
                wait = self.delay(attempts)
                logger.warning("%s failed (%s); retry %d in %.1fs", what, error, attempts, wait)
                time.sleep(wait)


def is_retryable(exc: BaseException) -> bool:
    """True for a lost connection, a timeout, or an answer in :data:`RETRY_STATUSES`."""
    if isinstance(exc, ApiError):
        return exc.status_code in RETRY_STATUSES
    return isinstance(exc, TransportError)


@dataclass(frozen=True)
class EsSettings:
    """How to reach Elasticsearch; credentials come from the environment only.

    Attributes:
        url: Cluster URL.
        api_key: From ``BANTIN_ES_API_KEY``.
        username: From ``BANTIN_ES_USERNAME``.
        password: From ``BANTIN_ES_PASSWORD``.
        verify_certs: TLS verification; only ``--es-insecure`` turns it off.
        request_timeout: Seconds for one request.
    """

    url: str = DEFAULT_URL
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    verify_certs: bool = True
    request_timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_env(
        cls, url: str | None = None, insecure: bool = False, timeout: float = DEFAULT_TIMEOUT
    ) -> EsSettings:
        """Settings from an explicit URL or ``BANTIN_ES_URL`` and credentials from the environment."""
        return cls(
            url=url or os.environ.get("BANTIN_ES_URL") or DEFAULT_URL,
            api_key=os.environ.get("BANTIN_ES_API_KEY") or None,
            username=os.environ.get("BANTIN_ES_USERNAME") or None,
            password=os.environ.get("BANTIN_ES_PASSWORD") or None,
            verify_certs=not insecure,
            request_timeout=timeout,
        )

    def __repr__(self) -> str:  # never print credentials
        auth = "api_key" if self.api_key else "basic" if self.username else "none"
        return f"EsSettings(url={self.url!r}, auth={auth})"

    def client(self) -> Any:
        """A new ``Elasticsearch`` client (orjson bodies, no transport retries: :class:`Backoff` retries)."""
        from elasticsearch import Elasticsearch
        from elasticsearch.serializer import OrjsonSerializer

        kwargs: dict[str, Any] = {
            "request_timeout": self.request_timeout,
            "max_retries": 0,
            "retry_on_timeout": False,
            "serializers": {"application/json": OrjsonSerializer()},
        }
        if self.url.startswith("https"):
            kwargs["verify_certs"] = self.verify_certs
        if self.api_key:
            kwargs["api_key"] = self.api_key
        elif self.username:
            kwargs["basic_auth"] = (self.username, self.password or "")
        return Elasticsearch(self.url, **kwargs)
