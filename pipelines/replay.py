"""``bantin replay``: re-send the writes saved in dead-letter files.

A line that cannot be read (cut by a full disk, edited by hand) is reported with
its file and line number and skipped; the good lines are replayed. Exit codes
match ``bantin run``: 0 all written, 1 some lines unreadable or writes still
failing, 2 Elasticsearch unavailable.
"""

from __future__ import annotations

import sys
from typing import Any

from transforms.deadletters import failure_from_json, redact
from transforms.es.bulk import BulkWriter
from transforms.es.client import ES_ERRORS, EsSettings


def read_actions(files: list[str]) -> tuple[list[dict[str, Any]], int, list[str]]:
    """The replayable write actions of dead-letter files.

    Returns:
        (actions, letters that are not writes, one message per unreadable line).
    """
    actions: list[dict[str, Any]] = []
    not_replayable = 0
    bad: list[str] = []
    for path in files:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                lines = list(enumerate(handle, 1))
        except OSError as exc:
            bad.append(f"{path}: cannot be read ({exc.strerror or exc})")
            continue
        for number, line in lines:
            if not line.strip():
                continue
            try:
                failure = failure_from_json(line)
            except (ValueError, TypeError) as exc:
                bad.append(f"{path}:{number}: not a dead-letter line ({exc})")
                continue
            action = (failure.payload or {}).get("action")
            if failure.stage == "write" and isinstance(action, dict) and action.get("_id"):
                actions.append(action)
            else:
                not_replayable += 1
    return actions, not_replayable, bad


def replay(files: list[str], es_url: str | None = None, insecure: bool = False) -> int:
    """Re-send every ``write`` dead letter of ``files``; print what happened.

    Writes are idempotent ``index`` actions with the original ``_id``, so a replay
    never duplicates a document, however often it runs.

    Returns:
        0 when every replayable letter was written; 1 when lines were unreadable or
        writes still fail; 2 when Elasticsearch cannot be reached.
    """
    actions, not_replayable, bad = read_actions(files)
    unique = list({(a.get("_index"), a["_id"]): a for a in actions}.values())  # the last letter wins
    merged = len(actions) - len(unique)
    actions = unique
    for message in bad:
        print(f"  unreadable line skipped: {message}", file=sys.stderr)
    settings = EsSettings.from_env(es_url, insecure=insecure)
    client = settings.client()
    written = failed = 0
    try:
        try:
            client.cluster.health(timeout="5s")
        except ES_ERRORS as exc:
            print(
                f"error: Elasticsearch is not reachable at {redact(settings.url)} ({type(exc).__name__}); "
                f"nothing replayed ({len(actions)} writes waiting in {', '.join(files)})",
                file=sys.stderr,
            )
            return 2
        for result in BulkWriter(client).write_all(actions):
            if result.ok:
                written += 1
            else:
                failed += 1
                message = redact(result.message)
                print(f"  still failing [{result.reason}] {result.id}: {message}", file=sys.stderr)
    finally:
        client.close()
    print(
        f"replayed {len(actions)} writes: written {written}, failed {failed}; "
        + f"{len(bad)} unreadable lines skipped; "
        + (f"{merged} repeated letters of one document merged; " if merged else "")
        + f"{not_replayable} input failures are not replayable (fix the input and re-run `bantin run`)"
    )
    return 1 if failed or bad else 0
