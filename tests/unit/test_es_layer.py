"""The Beam-free Elasticsearch layer and dedup: retries, batching, naming, decisions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import ApiError, ConnectionError, ConnectionTimeout

from transforms.dedup import Deduplicator, opening_keys
from transforms.es.bulk import Encoded, split_batches
from transforms.es.client import Backoff, EsCallFailed, is_retryable
from transforms.es.indices import alias_for
from transforms.ids import content_hash
from transforms.records import Article, Source

NO_WAIT = Backoff(max_retries=3, initial=0.0, cap=0.0)


def _api_error(status: int) -> ApiError:
    meta = ApiResponseMeta(status, "1.1", HttpHeaders(), 0.0, NodeConfig("http", "127.0.0.1", 9200))
    return ApiError(f"HTTP {status}", meta, {"error": {"type": "x"}})


def test_backoff_retries_lost_connections_and_answers_503_then_succeeds() -> None:
    failures = [ConnectionError("refused"), ConnectionTimeout("slow"), _api_error(503)]
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return "ok"

    assert NO_WAIT.call("lookup", flaky) == "ok"
    assert len(calls) == 4


def test_backoff_gives_up_with_a_message_naming_the_call() -> None:
    def down() -> None:
        raise ConnectionError("refused")

    with pytest.raises(EsCallFailed, match="dedup lookup: gave up after 4 attempts") as info:
        NO_WAIT.call("dedup lookup", down)
    assert info.value.attempts == 4


def test_a_final_error_is_not_retried() -> None:
    calls: list[int] = []

    def bad_request() -> None:
        calls.append(1)
        raise _api_error(400)

    with pytest.raises(ApiError):
        NO_WAIT.call("index set-up", bad_request)
    assert calls == [1]
    assert not is_retryable(_api_error(404)) and is_retryable(_api_error(429))


def test_backoff_delays_double_and_stay_under_the_cap() -> None:
    policy = Backoff(max_retries=10, initial=1.0, cap=5.0)
    delays = [policy.delay(n) for n in range(1, 8)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0
    assert all(d <= 5.0 for d in delays) and max(delays) >= 2.5


def test_batches_split_by_count_and_by_bytes_and_keep_every_action() -> None:
    actions = [
        {"_index": "i", "_id": str(n), "_source": {"body": "x" * (5000 if n == 3 else 10)}} for n in range(7)
    ]
    encoded = [Encoded.of(a) for a in actions]
    by_count = [[e.action["_id"] for e in b] for b in split_batches(encoded, 3, 10**6)]
    assert by_count == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    by_bytes = [[e.action["_id"] for e in b] for b in split_batches(encoded, 100, 1000)]
    assert by_bytes == [["0", "1", "2"], ["3"], ["4", "5", "6"]]  # the big one alone
    assert encoded[0].lines.count(b"\n") == 2 and b'"_id":"0"' in encoded[0].lines


def test_one_naming_rule_for_the_companion_indices() -> None:
    assert alias_for("bantin-articles", "mentions") == "bantin-mentions"
    assert alias_for("bantin-articles", "state") == "bantin-state"
    assert alias_for("news", "mentions") == "news-mentions"
    assert alias_for("news", "articles") == "news"
    assert alias_for("bantin-articles", "people") == "bantin-people"
    with pytest.raises(ValueError, match="unknown index kind"):
        alias_for("news", "peoples")


def _article(doc_id: str, body: str) -> Article:
    return Article(
        id=doc_id, source=Source("file", path=f"{doc_id}.txt"), body=body, content_hash=content_hash(body)
    )


def test_dedup_drops_copies_flags_near_duplicates_and_trusts_the_index() -> None:
    story = " ".join(f"từ{i}" for i in range(60))
    first, copy = _article("a", story), _article("b", story)
    longer = _article("c", story + " Một đoạn thêm.")
    batch = [first, copy, longer]
    outcome = Deduplicator().decide(batch, opening_keys(batch), {}, {})
    assert [a.id for a in outcome.kept] == ["a", "c"]
    assert outcome.dropped == 1 and outcome.flagged == 1
    assert outcome.kept[1] == replace(longer, duplicate_of="a")
    # what the index holds wins over the batch: the copy of an indexed article is dropped
    again = Deduplicator().decide([copy], opening_keys([copy]), {copy.content_hash: "z"}, {})
    assert again.kept == () and again.dropped == 1
    # an article is never a copy of itself (a re-run of the same input)
    same = Deduplicator().decide([first], opening_keys([first]), {first.content_hash: "a"}, {})
    assert [a.id for a in same.kept] == ["a"] and same.dropped == 0


def test_update_and_delete_actions_are_encoded_as_the_bulk_api_wants() -> None:
    update = Encoded.of({"_op_type": "update", "_index": "m", "_id": "1", "doc": {"person_id": "p-1"}})
    delete = Encoded.of({"_op_type": "delete", "_index": "p", "_id": "2"})
    assert update.lines.splitlines() == [
        b'{"update":{"_index":"m","_id":"1"}}',
        b'{"doc":{"person_id":"p-1"}}',
    ]
    assert delete.lines == b'{"delete":{"_index":"p","_id":"2"}}\n'  # no body line
