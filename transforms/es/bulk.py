"""The bulk writer: batches of actions in, one :class:`WriteResult` per action out.

Actions are serialized once (orjson), split by count and bytes, and sent with one
``_bulk`` request per split. Items answered 429/502/503/504 and whole requests that
fail (connection lost, timeout) are retried with :class:`~transforms.es.client.Backoff`;
every other answer is final. Results are positional, so two actions with the same
``_id`` in one batch are two results, never one silently lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from elasticsearch import ApiError, TransportError

from transforms.es.client import RETRY_STATUSES, Backoff, EsSettings, is_retryable

logger = logging.getLogger(__name__)

# Logstash's elasticsearch output defaults: 1,000 actions / 5 MB bodies fit ES's 100 MB limit
# with room and keep a batch's retry cheap.
DEFAULT_BATCH_SIZE = 1000
DEFAULT_BATCH_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class SinkSettings:
    """Everything the write step needs, built once from the options.

    Attributes:
        es: How to reach the cluster.
        index: Where articles go (an alias, or a concrete index for ``bantin reindex``).
        mentions_index: Where mentions go; None writes no mentions.
        batch_size: Most actions per bulk request.
        batch_bytes: Most serialized bytes per bulk request.
        backoff: Retries of items and requests.
        refresh: Refresh after each bulk request (documents searchable at once).
    """

    es: EsSettings = field(default_factory=EsSettings)
    index: str = "bantin-articles"
    mentions_index: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    batch_bytes: int = DEFAULT_BATCH_BYTES
    backoff: Backoff = field(default_factory=Backoff)
    refresh: bool = False


@dataclass(frozen=True)
class WriteResult:
    """The outcome of one bulk action.

    Attributes:
        ok: Written.
        id: The document id.
        status: HTTP status of the item (0 when the request never got an answer).
        reason: ``written``, ``mapping``, ``rejected``, ``conflict``, ``retries_exhausted``...
        message: The server's error reason or the exception, credentials never included.
        action: The action, for failures only (so that it can be replayed).
        attempts: How many times it was sent.
        index: The index the action was for.
    """

    ok: bool
    id: str
    status: int
    reason: str
    message: str = ""
    action: dict[str, Any] | None = None
    attempts: int = 1
    index: str = ""


@dataclass(frozen=True)
class Encoded:
    """One action with its two NDJSON lines, serialized once."""

    action: dict[str, Any]
    lines: bytes

    @classmethod
    def of(cls, action: dict[str, Any]) -> Encoded:
        """Serialize ``action`` (``_op_type``, ``_index``, ``_id``, and ``_source`` or ``doc``).

        ``index``/``create`` send ``_source``; ``update`` sends ``{"doc": ...}`` (a partial
        document, as the people resolution writes ``person_id`` into mentions); ``delete``
        has no body line.
        """
        op = action.get("_op_type", "index")
        header = orjson.dumps({op: {"_index": action["_index"], "_id": action["_id"]}}) + b"\n"
        if op == "delete":
            return cls(action, header)
        body = {"doc": action["doc"]} if op == "update" and "doc" in action else action.get("_source", {})
        return cls(action, header + orjson.dumps(body) + b"\n")


def split_batches(actions: Iterable[Encoded], max_count: int, max_bytes: int) -> Iterator[list[Encoded]]:
    """Group actions by count and by serialized bytes (a huge action gets a batch of its own)."""
    batch: list[Encoded] = []
    size = 0
    for action in actions:
        n = len(action.lines)
        if batch and (len(batch) >= max_count or size + n > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(action)
        size += n
    if batch:
        yield batch


def _classify(status: int, error: Any) -> str:
    kind = error.get("type", "") if isinstance(error, dict) else str(error)
    if status in RETRY_STATUSES or "rejected_execution" in kind:
        return "retries_exhausted"
    if "mapper" in kind or "parsing" in kind or "illegal_argument" in kind or "strict" in kind:
        return "mapping"
    if status == 409:
        return "conflict"
    return "rejected"


def _error_message(error: Any) -> str:
    if isinstance(error, dict):
        text = f"{error.get('type', 'error')}: {error.get('reason', '')}"
        cause = error.get("caused_by")
        if isinstance(cause, dict):
            text += f" (caused by {cause.get('type')}: {cause.get('reason')})"
        return text
    return str(error)


class BulkWriter:
    """Writes batches of bulk actions and accounts for every one of them.

    Args:
        client: An Elasticsearch client (created by the caller, e.g. in ``DoFn.setup``).
        backoff: Retries of items answered 429/502/503/504 and of whole requests that failed.
        refresh: Refresh after each request (``refresh=true``).
    """

    def __init__(self, client: Any, backoff: Backoff | None = None, refresh: bool = False) -> None:
        self.client = client
        self.backoff = backoff or Backoff()
        self.refresh = refresh
        self.requests = 0  # bulk requests sent, retries included

    def write_all(
        self,
        actions: Iterable[dict[str, Any]],
        max_count: int = DEFAULT_BATCH_SIZE,
        max_bytes: int = DEFAULT_BATCH_BYTES,
    ) -> Iterator[WriteResult]:
        """Split ``actions`` by count and bytes, write each split; one result per action."""
        for batch in split_batches((Encoded.of(a) for a in actions), max_count, max_bytes):
            yield from self.write(batch)

    def write(self, batch: Sequence[Encoded]) -> list[WriteResult]:
        """Send one batch; retry what can be retried; return one result per action, in order."""
        results: list[WriteResult | None] = [None] * len(batch)
        pending = list(range(len(batch)))
        attempts = 0
        last_error = ""
        while pending and attempts <= self.backoff.max_retries:
            if attempts:
                time.sleep(self.backoff.delay(attempts))
            attempts += 1
            try:
                items = self._send([batch[i] for i in pending])
            except (ApiError, TransportError) as exc:
                if not is_retryable(exc):
                    self._reject(batch, pending, results, exc, attempts)
                    pending = []
                    break
                # the whole request failed (connection lost, timeout): all of it is retried
                last_error = f"{type(exc).__name__}: {exc}"
                logger.warning("bulk request of %d actions failed (%s)", len(pending), last_error)
                continue
            retry: list[int] = []
            for position, item in zip(pending, items, strict=True):
                info = next(iter(item.values()))
                status = int(info.get("status") or 0)
                action = batch[position].action
                if 200 <= status < 300:
                    results[position] = WriteResult(
                        True, action["_id"], status, "written", attempts=attempts, index=action["_index"]
                    )
                elif status in RETRY_STATUSES or status == 0:
                    retry.append(position)
                    last_error = f"HTTP {status}: {_error_message(info.get('error', ''))}"
                else:
                    error = info.get("error", "")
                    results[position] = WriteResult(
                        False, action["_id"], status, _classify(status, error), _error_message(error),
                        action, attempts, action["_index"],
                    )  # fmt: skip
            pending = retry
        for position in pending:
            action = batch[position].action
            message = f"gave up after {attempts} attempts; last error: {last_error}"
            results[position] = WriteResult(
                False, action["_id"], 0, "retries_exhausted", message, action, attempts, action["_index"]
            )
        return [r for r in results if r is not None]

    @staticmethod
    def _reject(
        batch: Sequence[Encoded],
        pending: list[int],
        results: list[WriteResult | None],
        exc: ApiError | TransportError,
        attempts: int,
    ) -> None:
        """A request the server refused as a whole (e.g. 413): every action in it failed, final."""
        if not isinstance(exc, ApiError):
            raise exc
        for position in pending:
            action = batch[position].action
            results[position] = WriteResult(
                False, action["_id"], exc.status_code, "rejected", f"{type(exc).__name__}: {exc}",
                action, attempts, action["_index"],
            )  # fmt: skip

    def _send(self, batch: Sequence[Encoded]) -> list[dict[str, Any]]:
        kwargs: dict[str, Any] = {"refresh": "true"} if self.refresh else {}
        self.requests += 1
        response = self.client.bulk(operations=[a.lines for a in batch], **kwargs)
        items: list[dict[str, Any]] = response.body["items"]
        if len(items) != len(batch):
            raise RuntimeError(f"bulk answered {len(items)} items for {len(batch)} actions")
        return items
