"""``bantin feeds status`` and ``bantin feeds check`` (issue 13)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from pipelines.flags import add_allow_host_flag, add_es_flags, settings_from_flags
from transforms.sources.feedlist import FeedListError, load_feed_list
from transforms.sources.feedreport import check_feed, format_rows, status_row


def add_arguments(feeds_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``status`` and ``check`` under ``bantin feeds``."""
    status = feeds_sub.add_parser("status", help="health of every polled feed (from the state index)")
    status.add_argument("--json", action="store_true", help="one JSON object per feed")
    add_es_flags(status, "articles alias (the state index follows)")
    check = feeds_sub.add_parser("check", help="validate a feed list (reachable, parses, items, robots)")
    check.add_argument("file", help="feed list: YAML, OPML or CSV")
    check.add_argument("--json", action="store_true", help="one JSON object per feed")
    check.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for a server")
    check.add_argument("--workers", type=int, default=8, help="feeds checked at once (hosts stay polite)")
    add_allow_host_flag(check)


def status_command(args: argparse.Namespace) -> int:
    """Print each feed's status; exit 1 when some feed is failing, gone or silent."""
    from transforms.sources.feed_state import StateStore

    client = settings_from_flags(args).client()
    try:
        store = StateStore(client, args.index)
        if not client.indices.exists(index=store.index):
            print(f"no feed state yet in {store.index}: run `bantin run --feeds FILE` first", file=sys.stderr)
            return 2
        rows = [status_row(state, time.time()) for state in store.all_feeds()]
    finally:
        client.close()
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        print(format_rows(rows))
    bad = [r for r in rows if r["status"] in ("failing", "gone") or r["silent"]]
    return 1 if bad else 0


def check_command(args: argparse.Namespace) -> int:
    """Check every feed of a list; exit 1 when some entry has a problem, 2 for an unusable list."""
    from transforms.sources.fetch import Fetcher, FetchSettings

    try:
        feeds = load_feed_list(args.file)
    except FeedListError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    settings = FetchSettings(connect_timeout=args.timeout / 2, read_timeout=args.timeout,
                             total_timeout=args.timeout * 3,
                             allow_hosts=tuple(args.allow_host or ()))  # fmt: skip
    with Fetcher(settings) as fetcher, ThreadPoolExecutor(max(1, args.workers)) as pool:
        rows = list(pool.map(lambda f: check_feed(f, fetcher), [f for f in feeds if f.enabled]))
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            mark = "ok  " if row["ok"] else "FAIL"
            detail = f"{row['items']} items" + (
                f", {row['children']} child sitemaps" if row.get("children") else ""
            )
            problem = f" - {row['problem']}" if row["problem"] else ""
            print(f"{mark} {row['kind']:<7} {detail:<28} robots {row['robots']:<11} {row['feed']}{problem}")
    failed = sum(1 for r in rows if not r["ok"])
    print(f"checked {len(rows)} feeds: {len(rows) - failed} ok, {failed} with problems", file=sys.stderr)
    return 1 if failed else 0
