"""Elasticsearch: client settings, index set-up, article documents and a bulk writer.

The Beam-free parts of the sink live here, so that the pipeline, ``bantin replay``
and the benchmarks share one write path: :class:`BulkWriter` batches actions by
count and bytes, sends them with ``streaming_bulk(raise_on_error=False)``, retries
429/502/503/504 items and whole-request outages with capped exponential backoff
and jitter, and returns one :class:`WriteResult` for every action, written or not.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from transforms.clean.normalize import fold
from transforms.ids import near_duplicate_key
from transforms.records import Article

DEFAULT_URL = "http://127.0.0.1:9200"
DEFAULT_ALIAS = "bantin-articles"
# Logstash's elasticsearch output defaults: 1,000 actions / 5 MB bodies fit ES's 100 MB limit
# with room and keep a batch's retry cheap.
DEFAULT_BATCH_SIZE = 1000
DEFAULT_BATCH_BYTES = 5 * 1024 * 1024
RETRY_STATUSES = (429, 502, 503, 504)


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
    request_timeout: float = 30.0

    @classmethod
    def from_env(cls, url: str | None = None, insecure: bool = False, timeout: float = 30.0) -> EsSettings:
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

    def client(self, max_retries: int = 0) -> Any:
        """A new ``Elasticsearch`` client (orjson bodies, no credentials in repr)."""
        from elasticsearch import Elasticsearch
        from elasticsearch.serializer import OrjsonSerializer

        kwargs: dict[str, Any] = {
            "request_timeout": self.request_timeout,
            "max_retries": max_retries,
            "retry_on_timeout": max_retries > 0,
            "serializers": {"application/json": OrjsonSerializer()},
        }
        if self.url.startswith("https"):
            kwargs["verify_certs"] = self.verify_certs
        if self.api_key:
            kwargs["api_key"] = self.api_key
        elif self.username:
            kwargs["basic_auth"] = (self.username, self.password or "")
        return Elasticsearch(self.url, **kwargs)


def index_template(alias: str, kind: str = "articles") -> dict[str, Any]:
    """The index template ``deploy/elasticsearch/KIND-template.json``, applied to ``ALIAS-v*``.

    Args:
        alias: The alias readers and writers use.
        kind: ``articles`` or ``mentions``.
    """
    text = resources.files("deploy").joinpath(f"elasticsearch/{kind}-template.json").read_text("utf-8")
    template: dict[str, Any] = json.loads(text)
    template["index_patterns"] = [f"{alias}-v*"]
    return template


def mapping_version(template: dict[str, Any]) -> int:
    """The ``_meta.bantin_mapping_version`` of a template's (or an index's) mappings."""
    mappings = template.get("template", template).get("mappings", {})
    return int(mappings.get("_meta", {}).get("bantin_mapping_version", 0))


class MappingOutdated(RuntimeError):
    """The alias points at an index built with an older mapping than this version writes."""


def mentions_alias(alias: str) -> str:
    """The mentions alias that goes with an articles alias (``bantin-articles`` -> ``bantin-mentions``)."""
    return alias.replace("articles", "mentions") if "articles" in alias else f"{alias}-mentions"


def ensure_index(
    client: Any, alias: str = DEFAULT_ALIAS, kind: str = "articles", check_version: bool = True
) -> str:
    """Install the template and create ``ALIAS-vN`` behind ``ALIAS`` unless the alias exists.

    Args:
        client: An Elasticsearch client.
        alias: The name readers and writers use.
        kind: ``articles`` or ``mentions``.
        check_version: Refuse an alias whose index has an older mapping version.

    Returns:
        The concrete index the alias points at.

    Raises:
        MappingOutdated: the existing index predates the current mapping (``bantin reindex``).
    """
    template = index_template(alias, kind)
    version = mapping_version(template)
    client.indices.put_index_template(name=alias, **template)
    if client.indices.exists_alias(name=alias):
        current = str(next(iter(client.indices.get_alias(name=alias).body)))
        if check_version:
            found = mapping_version(client.indices.get_mapping(index=current).body[current])
            if found < version:
                raise MappingOutdated(
                    f"{alias} points at {current}, built with mapping version {found}; this bantin writes "
                    f"version {version}: rebuild it with `bantin reindex` (same flags as `bantin run`)"
                )
        return current
    if client.indices.exists(index=alias):
        raise RuntimeError(f"{alias} is a concrete index, not an alias: delete it or choose --index")
    index = f"{alias}-v{version}"
    if not client.indices.exists(index=index):
        client.indices.create(index=index, aliases={alias: {"is_write_index": True}})
    else:
        client.indices.put_alias(index=index, name=alias, is_write_index=True)
    client.cluster.health(index=index, wait_for_status="yellow", timeout="30s")
    return index


def ensure_articles_index(client: Any, alias: str = DEFAULT_ALIAS, check_version: bool = True) -> str:
    """Set up the articles alias and the mentions alias that goes with it; return the articles index."""
    ensure_index(client, mentions_alias(alias), "mentions", check_version)
    return ensure_index(client, alias, "articles", check_version)


def create_next_index(client: Any, alias: str, kind: str = "articles") -> str:
    """Create a new concrete index ``ALIAS-vN-STAMP`` (current template), not yet behind the alias."""
    template = index_template(alias, kind)
    client.indices.put_index_template(name=alias, **template)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    index = f"{alias}-v{mapping_version(template)}-{stamp}"
    client.indices.create(index=index)
    client.cluster.health(index=index, wait_for_status="yellow", timeout="30s")
    return index


def swap_alias(client: Any, alias: str, new_index: str) -> list[str]:
    """Point ``alias`` at ``new_index`` only, atomically; return the indices it left."""
    old = list(client.indices.get_alias(name=alias).body) if client.indices.exists_alias(name=alias) else []
    actions: list[dict[str, Any]] = [{"remove": {"index": i, "alias": alias}} for i in old if i != new_index]
    actions.append({"add": {"index": new_index, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    return [i for i in old if i != new_index]


def fold_ref(ref: str) -> str:
    """Search key of a document reference: folded, no spaces, upper case ("08-QĐ/TW" -> "08-QD/TW")."""
    return "".join(fold(ref).split()).upper()


def article_document(article: Article, ingested_at: str) -> dict[str, Any]:
    """The ``_source`` of an article, with the accent-free ``folded`` copies used by search."""
    doc = article.to_dict()
    doc["ingested_at"] = ingested_at
    doc["near_key"] = near_duplicate_key(article.id, article.body)
    people = doc.get("people") or []
    doc["folded"] = {
        "title": fold(article.title or article.title_inferred or ""),
        "lead": fold(article.lead or ""),
        "body": fold(article.body),
        "people": [fold(p["name"]) for p in people],
        "titles": sorted({fold(t) for p in people for t in p.get("titles", ())}),
        "organizations": [fold(o["name"]) for o in doc.get("organizations") or []],
        "places": [fold(p) for p in doc.get("places") or []],
        "documents": [fold_ref(d["ref"]) for d in doc.get("documents") or [] if d.get("ref")],
    }
    return doc


def index_action(article: Article, index: str, ingested_at: str | None = None) -> dict[str, Any]:
    """A bulk ``index`` action with the article's deterministic ``_id`` (idempotent writes)."""
    stamp = ingested_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    return {
        "_op_type": "index",
        "_index": index,
        "_id": article.id,
        "_source": article_document(article, stamp),
    }


def _mention_id(article_id: str, *parts: object) -> str:
    key = "|".join(str(p) for p in parts)
    return f"{article_id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def mention_documents(article: Article, ingested_at: str) -> list[tuple[str, dict[str, Any]]]:
    """One ``(id, document)`` per person-title, organization, document reference, event and place.

    Ids are derived from the article id and the mention, so re-runs overwrite them.
    """
    ex = article.extraction
    date = ex.event_date or (article.published or "")[:10] or None
    base: dict[str, Any] = {
        "article_id": article.id,
        "article_title": article.title or article.title_inferred,
        "date": date,
        "published": article.published,
        "event_date": ex.event_date,
        "publisher": article.publisher,
        "source_kind": article.source.kind,
        "ingested_at": ingested_at,
    }
    docs: list[tuple[str, dict[str, Any]]] = []
    for person in ex.people:
        for title in person.titles or (None,):
            doc: dict[str, Any] = {
                **base,
                "kind": "person",
                "person": person.name,
                "title": title,
                "mentions": person.mentions,
            }
            doc["folded"] = {"person": fold(person.name), "title": fold(title or "")}
            docs.append((_mention_id(article.id, "person", person.name, title), doc))
    for org in ex.organizations:
        doc = {**base, "kind": "organization", "organization": org.name, "mentions": org.mentions}
        doc["folded"] = {"organization": fold(org.name)}
        docs.append((_mention_id(article.id, "organization", org.name), doc))
    for ref in ex.documents:
        doc = {
            **base,
            "kind": "document",
            "document_ref": ref.ref,
            "document_type": ref.type,
            "document_issuer": ref.issuer,
        }
        docs.append((_mention_id(article.id, "document", ref.ref or ref.text), doc))
    for event in ex.events:
        doc = {
            **base,
            "kind": "event",
            "event_name": event.name,
            "event_session": event.session,
            "event_expanded": event.expanded,
            "place": event.place,
        }
        if event.date:
            doc["date"] = event.date
        docs.append((_mention_id(article.id, "event", event.name, event.date), doc))
    for place in ex.places:
        docs.append((_mention_id(article.id, "place", place), {**base, "kind": "place", "place": place}))
    # canon (issue 10): canonical forms, keys and person_id of every mention -- one call
    from transforms.canonical.mentions import with_canonical_fields

    return with_canonical_fields(article, docs)


def mention_actions(article: Article, index: str, ingested_at: str) -> list[dict[str, Any]]:
    """Bulk ``index`` actions of :func:`mention_documents`."""
    return [
        {"_op_type": "index", "_index": index, "_id": doc_id, "_source": doc}
        for doc_id, doc in mention_documents(article, ingested_at)
    ]


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
    """

    ok: bool
    id: str
    status: int
    reason: str
    message: str = ""
    action: dict[str, Any] | None = None
    attempts: int = 1


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


def action_bytes(action: dict[str, Any]) -> int:
    """Approximate serialized size of an action (its source plus the header)."""
    import orjson

    return len(orjson.dumps(action.get("_source", {}))) + 100


def batches(
    actions: Iterable[dict[str, Any]], max_count: int, max_bytes: int
) -> Iterator[list[dict[str, Any]]]:
    """Group actions by count and by serialized bytes (a huge action gets a batch of its own)."""
    batch: list[dict[str, Any]] = []
    size = 0
    for action in actions:
        n = action_bytes(action)
        if batch and (len(batch) >= max_count or size + n > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(action)
        size += n
    if batch:
        yield batch


class BulkWriter:
    """Writes batches of bulk actions and accounts for every one of them.

    Args:
        client: An Elasticsearch client (created by the caller, e.g. in ``DoFn.setup``).
        max_retries: Retries of an item answered 429/502/503/504, and of a whole
            request that failed (connection refused, timeout, 5xx).
        initial_backoff: Seconds before the first retry; doubled each time.
        max_backoff: Cap of one wait.
        sleep: Injected for tests of the backoff schedule.
        refresh: ``refresh`` parameter of the bulk requests (None: server default).
    """

    def __init__(
        self,
        client: Any,
        max_retries: int = 5,
        initial_backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        refresh: str | None = None,
    ) -> None:
        self.client = client
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.refresh = refresh

    def backoff(self, attempt: int) -> float:
        """Capped exponential backoff with full jitter for retry number ``attempt`` (1-based)."""
        cap = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))
        return random.uniform(cap / 2, cap)

    def write(self, actions: Sequence[dict[str, Any]]) -> list[WriteResult]:
        """Send one batch; retry what can be retried; return one result per action.

        Args:
            actions: Bulk actions with ``_id`` set.

        Returns:
            Results in no particular order, exactly one per action.
        """
        from elasticsearch import ApiError, TransportError
        from elasticsearch.helpers import streaming_bulk

        pending = {a["_id"]: a for a in actions}
        results: list[WriteResult] = []
        attempts = 0
        last_error = ""
        while pending and attempts <= self.max_retries:
            if attempts:
                self.sleep(self.backoff(attempts))
            attempts += 1
            retry_items: dict[str, dict[str, Any]] = {}
            kwargs: dict[str, Any] = {}
            if self.refresh is not None:
                kwargs["refresh"] = self.refresh
            try:
                for ok, item in streaming_bulk(
                    self.client,
                    list(pending.values()),
                    chunk_size=len(pending) + 1,
                    max_chunk_bytes=512 * 1024 * 1024,
                    raise_on_error=False,
                    raise_on_exception=False,
                    max_retries=0,
                    **kwargs,
                ):
                    info = next(iter(item.values()))
                    doc_id = str(info.get("_id"))
                    action = pending.pop(doc_id, None)
                    if action is None:
                        continue
                    status = int(info.get("status") or 0)
                    if ok:
                        results.append(WriteResult(True, doc_id, status, "written", attempts=attempts))
                        continue
                    error = info.get("error", "")
                    if status in RETRY_STATUSES or status == 0:
                        retry_items[doc_id] = action
                        last_error = f"HTTP {status}: {_error_message(error)}"
                        continue
                    results.append(
                        WriteResult(
                            False,
                            doc_id,
                            status,
                            _classify(status, error),
                            _error_message(error),
                            action,
                            attempts,
                        )
                    )
            except (TransportError, ApiError) as exc:
                # the whole request failed (connection refused, timeout): everything not yet
                # answered is retried after a backoff
                last_error = f"{type(exc).__name__}: {exc}"
            pending.update(retry_items)
        for doc_id, action in pending.items():
            results.append(
                WriteResult(
                    False,
                    doc_id,
                    0,
                    "retries_exhausted",
                    f"gave up after {attempts} attempts; last error: {last_error}",
                    action,
                    attempts,
                )
            )
        return results
