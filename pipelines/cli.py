"""The ``bantin`` command line.

Subcommands:
    run       the batch pipeline (local files and feeds) into Elasticsearch
    stream    a streaming pipeline polling the feeds until stopped
    extract   article records as JSON lines, no Elasticsearch
    eval      extraction scored against gold records (misses and false positives)
    es        up | down | status of the local Elasticsearch
    feeds     parse FILE ...: what the feed reader makes of feed files; status; check FILE
    reindex   rebuild the versioned indices from the inputs and swap the aliases
    replay    re-send the writes saved in a dead-letter file
    search    query the articles index
    people    a person's positions over time (`people resolve`: the resolution job)
    who       who held an office (at a date)
    cited     articles citing a document, by month
    kibana    import the Kibana saved objects
    bench     throughput and memory of each stage against baselines
    serve     the read-only web pages over the indices
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

import orjson

from pipelines.flags import add_es_flags
from transforms.sources.files import DEFAULT_MAX_BYTES


def _cmd_run(rest: list[str]) -> int:
    from pipelines.batch import run

    return run(rest)


def _cmd_extract(args: argparse.Namespace) -> int:
    from transforms.article import ArticleError, build_article
    from transforms.sources.files import InputError
    from transforms.steps.read import list_inputs, read_inputs

    failed = 0
    out = sys.stdout.buffer
    listing = list_inputs(args.paths)
    for error in listing.errors:
        failed += 1
        print(f"failed [read/{error.reason}] {error.path}: {error}", file=sys.stderr)
    for path in listing.paths:
        for doc in read_inputs(path, args.max_bytes):
            if isinstance(doc, InputError):
                failed += 1
                print(f"failed [read/{doc.reason}] {doc.path}: {doc}", file=sys.stderr)
                continue
            try:
                article = build_article(doc)
            except ArticleError as exc:
                failed += 1
                print(f"failed [{exc.stage}/{exc.reason}] {doc.source.locator()}: {exc}", file=sys.stderr)
                continue
            out.write(orjson.dumps(article.to_dict()) + b"\n")
    out.flush()
    return 1 if failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.evaluate import evaluate_command

    return evaluate_command(args)


def _cmd_es(args: argparse.Namespace) -> int:
    from deploy.local.cluster import LocalCluster, down, status, up

    cluster = LocalCluster(port=args.port)
    try:
        if args.action == "up":
            settings = dict(s.split("=", 1) for s in args.setting or [])
            print(up(cluster, heap=args.heap, settings=settings))
        elif args.action == "down":
            down(cluster)
        else:
            info = status(cluster)
            print(json.dumps(info))
            return 0 if info["running"] else 3
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_feeds(args: argparse.Namespace) -> int:
    from transforms.sources.feeds import describe_feed_file

    if args.feeds_command in ("status", "check"):  # feeds (issue 13)
        from pipelines.feeds_cli import check_command, status_command

        return status_command(args) if args.feeds_command == "status" else check_command(args)

    for path in args.files:
        print(json.dumps(describe_feed_file(path), ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def _cmd_replay(args: argparse.Namespace) -> int:
    from pipelines.replay import replay

    return replay(args.files, es_url=args.es_url, insecure=args.es_insecure)


def _cmd_search(args: argparse.Namespace) -> int:
    from pipelines.search import search_command

    return search_command(args)


def _cmd_kibana(args: argparse.Namespace) -> int:
    from pipelines.kibana import kibana_command

    return kibana_command(args.kibana_url, args.insecure)


def _cmd_people(args: argparse.Namespace) -> int:
    from pipelines import people

    command = {"people": people.people_command, "who": people.who_command, "cited": people.cited_command}
    return command[args.command](args)


def _cmd_bench(args: argparse.Namespace) -> int:
    from pipelines.bench import bench_command

    return bench_command(args)


def _cmd_serve(args: argparse.Namespace) -> int:
    from pipelines.web.serve import serve_command

    return serve_command(args)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand but ``run`` (which takes Beam's flags)."""
    parser = argparse.ArgumentParser(prog="bantin", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the batch pipeline (see `bantin run --help`)", add_help=False)
    sub.add_parser("stream", help="poll the feeds until stopped (see `bantin stream --help`)", add_help=False)
    sub.add_parser(
        "reindex",
        help="rebuild the indices from inputs (bantin run flags), then swap aliases",
        add_help=False,
    )

    extract = sub.add_parser("extract", help="print article records as JSON lines")
    extract.add_argument("paths", nargs="+", help="files or folders (.txt, .html, .warc)")
    extract.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="larger files, pages, records are rejected",
    )

    from pipelines.evaluate import add_arguments as add_eval_arguments

    add_eval_arguments(sub.add_parser("eval", help="score extraction against gold records"))

    es = sub.add_parser("es", help="the local Elasticsearch")
    es.add_argument("action", choices=["up", "down", "status"], help="start, stop or describe it")
    es.add_argument("--port", type=int, default=9200, help="HTTP port (default 9200)")
    es.add_argument("--heap", default=None, help="JVM heap, e.g. 1g (default $BANTIN_ES_HEAP or 1g)")
    es.add_argument("--setting", action="append", help="extra node setting KEY=VALUE (repeatable)")

    feeds = sub.add_parser("feeds", help="feed tools")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", required=True)
    parse = feeds_sub.add_parser("parse", help="parse feed files, one JSON line per file")
    parse.add_argument("files", nargs="+", help="feed files (RSS, Atom, JSON Feed)")
    from pipelines.feeds_cli import add_arguments as add_feeds_arguments  # feeds (issue 13)

    add_feeds_arguments(feeds_sub)

    replay = sub.add_parser("replay", help="re-send the writes saved in dead-letter files")
    replay.add_argument("files", nargs="+", help="dead-letter .jsonl files")
    add_es_flags(replay)

    search = sub.add_parser("search", help="search the articles")
    search.add_argument("query", nargs="?", default="", help="words, with or without diacritics")
    search.add_argument("--person", help="a person's name")
    search.add_argument("--title", help="a position title")
    search.add_argument("--org", help="an organization")
    search.add_argument("--doc", help="a document reference, e.g. 05-CT/TW")
    search.add_argument("--since", help="published or event date from (YYYY-MM-DD)")
    search.add_argument("--until", help="published or event date until (YYYY-MM-DD)")
    search.add_argument("--size", type=int, default=10, help="number of hits")
    search.add_argument("--json", action="store_true", help="one JSON object per hit")
    add_es_flags(search, "alias to search")
    from pipelines.people import add_arguments as add_people_arguments

    add_people_arguments(sub)
    from pipelines.bench import add_arguments as add_bench_arguments

    add_bench_arguments(sub.add_parser("bench", help="benchmarks of every stage against baselines"))

    from pipelines.web.serve import add_arguments as add_serve_arguments

    add_serve_arguments(
        sub.add_parser("serve", help="read-only web pages: search, people, documents, meetings")
    )

    kibana = sub.add_parser("kibana", help="Kibana saved objects")
    kibana_sub = kibana.add_subparsers(dest="kibana_command", required=True)
    load = kibana_sub.add_parser("import", help="import deploy/kibana/bantin.ndjson")
    load.add_argument("--kibana-url", default="http://127.0.0.1:5601", help="Kibana URL")
    load.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``bantin`` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "run":
        return _cmd_run(args_list[1:])
    if args_list and args_list[0] == "stream":
        from pipelines.stream import run_stream

        code = run_stream(args_list[1:])
        sys.stdout.flush()
        sys.stderr.flush()
        # the runner's executor threads of a cancelled stream may never end: the process does
        # (every write is already acknowledged; unwritten items are retried by the next run)
        os._exit(code)
    if args_list[:2] == ["bench", "feeds"]:  # feeds (issue 13): the adaptive polling scale bench
        from pipelines.feedbench import main as feeds_bench

        return feeds_bench(args_list[2:])
    if args_list and args_list[0] == "reindex":
        from pipelines.reindex import reindex

        rest = [a for a in args_list[1:] if a != "--keep-old"]
        return reindex(rest, keep_old="--keep-old" in args_list)
    if args_list[:2] == ["people", "resolve"]:
        from pipelines.people import resolve

        return resolve(args_list[2:])
    args = build_parser().parse_args(args_list)
    handlers = {
        "extract": _cmd_extract,
        "eval": _cmd_eval,
        "es": _cmd_es,
        "feeds": _cmd_feeds,
        "replay": _cmd_replay,
        "search": _cmd_search,
        "serve": _cmd_serve,
        "kibana": _cmd_kibana,
        "bench": _cmd_bench,
        "people": _cmd_people,
        "who": _cmd_people,
        "cited": _cmd_people,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
