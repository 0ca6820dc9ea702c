"""``bantin replay``: re-send the writes saved in dead-letter files."""

from __future__ import annotations

import sys

from transforms.deadletters import failure_from_json
from transforms.es.bulk import BulkWriter
from transforms.es.client import EsSettings


def replay(files: list[str], es_url: str | None = None, insecure: bool = False) -> int:
    """Re-send every ``write`` dead letter of ``files``; print what happened.

    Writes are idempotent ``index`` actions with the original ``_id``, so a replay
    never duplicates a document, however often it runs.

    Returns:
        0 when every replayable letter was written, 1 otherwise.
    """
    actions = []
    not_replayable = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                failure = failure_from_json(line)
                action = (failure.payload or {}).get("action")
                if failure.stage == "write" and action:
                    actions.append(action)
                else:
                    not_replayable += 1
    settings = EsSettings.from_env(es_url, insecure=insecure)
    client = settings.client()
    written = failed = 0
    try:
        for result in BulkWriter(client).write_all(actions):
            if result.ok:
                written += 1
            else:
                failed += 1
                print(f"  still failing [{result.reason}] {result.id}: {result.message}", file=sys.stderr)
    finally:
        client.close()
    print(
        f"replayed {len(actions)} writes: written {written}, failed {failed}; "
        f"{not_replayable} input failures are not replayable (fix the input and re-run `bantin run`)"
    )
    return 1 if failed else 0
