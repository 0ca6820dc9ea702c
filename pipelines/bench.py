"""``bantin bench``: throughput and memory of each stage against baselines, on real corpora.

Every stage runs in a child process of its own, so that its peak RSS is its own.
Baselines are measured in the same run on the same data:

- ``loop``: the same functions in a plain Python loop (read + clean + extract +
  bulk write), so that the Beam overhead is a ratio;
- ``trafilatura``: trafilatura alone (``bare_extraction`` with metadata) on the
  same HTML pages, so that our HTML cleaning is a ratio (and its F1 is compared);
- ``streaming_bulk``: the elasticsearch-py helper alone with its defaults on the
  same actions, so that our sink is a ratio.

Corpora (read from ``../shared/corpora``): the VNTC political news texts (text
path) and the ScrapingHub article-extraction benchmark (HTML path).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = Path(os.environ.get("BANTIN_CORPORA", ROOT.parent / "shared" / "corpora"))
VNTC = "vntc-politics/vntc-chinh-tri-xa-hoi-test.jsonl.gz"
HTML_BENCH = "article-extraction-benchmark"
STAGES = (
    "text_clean",
    "extract",
    "canonicalize",
    "resolve",
    "loop",
    "e2e",
    "e2e_2w",
    "html_clean",
    "trafilatura",
    "index_writes",
    "streaming_bulk",
    # run by their own modules (scale): pipelines/bench_scale.py, pipelines/bench_peers.py
    "scale",
    "peers",
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _vntc_texts(corpora: Path, limit: int | None) -> list[str]:
    texts: list[str] = []
    with gzip.open(corpora / VNTC, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(texts) >= limit:
                break
            texts.append(json.loads(line)["text"])
    return texts


def _html_pages(corpora: Path, limit: int | None) -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted((corpora / HTML_BENCH / "html").glob("*.html.gz"))[:limit]:
        pages.append((path.name.split(".")[0], gzip.decompress(path.read_bytes())))
    return pages


def _result(name: str, count: int, nbytes: int, wall: float, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "articles": count,
        "articles_per_s": round(count / wall, 2) if wall else 0.0,
        "mb_per_s": round(nbytes / 1e6 / wall, 3) if wall else 0.0,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "wall_s": round(wall, 3),
        **extra,
    }


def _token_f1(predicted: str, expected: str) -> tuple[float, float, float]:
    pred, gold = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(expected.lower()))
    overlap = sum((pred & gold).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _quality(texts: dict[str, str], corpora: Path) -> dict[str, float]:
    truth = json.loads((corpora / HTML_BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    scores = [
        _token_f1(texts[key], item.get("articleBody", "")) for key, item in truth.items() if key in texts
    ]
    n = len(scores) or 1
    return {
        "precision": round(sum(s[0] for s in scores) / n, 4),
        "recall": round(sum(s[1] for s in scores) / n, 4),
        "f1": round(sum(s[2] for s in scores) / n, 4),
    }


# --- stages (each runs in its own process) ---------------------------------------------------


def stage_text_clean(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    from transforms.clean.text import clean_text

    texts = _vntc_texts(corpora, limit)
    started = time.perf_counter()
    for text in texts:
        clean_text(text)
    wall = time.perf_counter() - started
    return _result("text_clean", len(texts), sum(len(t.encode()) for t in texts), wall)


def stage_extract(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    """Cleaning plus extraction on one core (the issue's 200 articles/s target)."""
    from transforms.clean.text import clean_text
    from transforms.extract.extractor import extract_entities

    texts = _vntc_texts(corpora, limit)
    started = time.perf_counter()
    cpu_started = time.process_time()
    people = documents = 0
    for text in texts:
        cleaned = clean_text(text)
        found = extract_entities(
            cleaned.body, cleaned.captions, cleaned.published, cleaned.title, canonical=True
        )
        people += len(found.people)
        documents += len(found.documents)
    wall = time.perf_counter() - started
    # CPU time of this process: on a machine shared with other jobs it varies far less than wall time
    cpu = time.process_time() - cpu_started
    nbytes = sum(len(t.encode()) for t in texts)
    return _result(
        "extract",
        len(texts),
        nbytes,
        wall,
        people=people,
        documents=documents,
        cpu_s=round(cpu, 3),
        articles_per_cpu_s=round(len(texts) / cpu, 2) if cpu else 0.0,
    )


def stage_canonicalize(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    """Cleaning, extraction and canonicalization on one core (issue 10: >= 400 articles/s)."""
    from transforms.canonical.apply import canonicalize_extraction
    from transforms.clean.text import clean_text
    from transforms.extract.extractor import extract_entities

    texts = _vntc_texts(corpora, limit)
    started = time.perf_counter()
    positions = 0
    for text in texts:
        cleaned = clean_text(text)
        found = canonicalize_extraction(
            extract_entities(cleaned.body, cleaned.captions, cleaned.published, cleaned.title, canonical=True)
        )
        positions += sum(len(p.positions) for p in found.people)
    wall = time.perf_counter() - started
    nbytes = sum(len(t.encode()) for t in texts)
    return _result("canonicalize", len(texts), nbytes, wall, positions=positions)


def stage_resolve(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    """People resolution over every person mention of the corpus (built first, not timed)."""
    from transforms.article import build_article
    from transforms.canonical.resolve import mentions_from_record, resolve_people
    from transforms.records import RawDocument, Source

    mentions = []
    for n, text in enumerate(_vntc_texts(corpora, limit)):
        article = build_article(RawDocument(Source("file", path=f"vntc#{n}"), text.encode()))
        mentions += mentions_from_record(article.to_dict())
    before = _peak_rss_mb()
    started = time.perf_counter()
    people = resolve_people(mentions)
    wall = time.perf_counter() - started
    return _result(
        "resolve",
        len(mentions),
        0,
        wall,
        people=len(people),
        rss_before_mb=round(before, 1),
        unit="mentions",
    )


def _bench_alias(name: str) -> str:
    return f"bench-{name}-{os.getpid()}"


def _es_cpu_s(es_url: str) -> float | None:
    """CPU seconds the Elasticsearch node(s) at ``es_url`` have used so far (None when unknown)."""
    from transforms.es.client import EsSettings

    client = EsSettings(url=es_url).client()
    try:
        nodes = client.nodes.stats(metric="process").body["nodes"].values()
        return float(sum(n["process"]["cpu"]["total_in_millis"] for n in nodes)) / 1000.0
    except Exception:  # a node that does not report it: the figure is left out
        return None
    finally:
        client.close()


def _cpu_s() -> float:
    """User + system CPU seconds of this process and its finished children (the Beam workers)."""
    own, workers = _cpu_split()
    return own + workers


def _cpu_split() -> tuple[float, float]:
    """CPU seconds of this process (with a multi-processing job: the runner) and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _drop(es_url: str, alias: str) -> None:
    from transforms.es.client import EsSettings
    from transforms.es.indices import alias_for

    client = EsSettings(url=es_url).client()
    try:
        # the people index too: e2e's run resolves the names it wrote (issue 15), one index per run
        for name in (alias, alias_for(alias, "mentions"), alias_for(alias, "people")):
            client.indices.delete(index=f"{name}-v*", ignore_unavailable=True, allow_no_indices=True)
            client.options(ignore_status=404).indices.delete_index_template(name=name)
    finally:
        client.close()


def stage_loop(corpora: Path, limit: int | None, es_url: str, **_: Any) -> dict[str, Any]:
    """Baseline: read, build and bulk-write the articles in a plain loop (same functions as e2e)."""
    from transforms.article import ArticleError, build_article
    from transforms.es.bulk import BulkWriter
    from transforms.es.client import EsSettings
    from transforms.es.documents import article_actions
    from transforms.es.indices import alias_for, ensure_articles_index
    from transforms.sources.files import DEFAULT_MAX_BYTES
    from transforms.steps.read import read_inputs

    path = _limited_corpus(corpora, limit)
    alias = _bench_alias("loop")
    client = EsSettings(url=es_url).client()
    ensure_articles_index(client, alias)
    writer = BulkWriter(client)
    started = time.perf_counter()
    count = nbytes = 0

    def actions() -> Iterator[dict[str, Any]]:
        nonlocal count, nbytes
        for raw in read_inputs(str(path), DEFAULT_MAX_BYTES):
            if isinstance(raw, Exception):
                continue
            nbytes += len(raw.data)
            try:
                article = build_article(raw)
            except ArticleError:
                continue
            count += 1
            yield from article_actions(article, alias, alias_for(alias, "mentions"))

    written = sum(1 for r in writer.write_all(actions()) if r.ok)
    wall = time.perf_counter() - started
    client.close()
    _drop(es_url, alias)
    return _result("loop", count, nbytes, wall, actions_written=written)


def _limited_corpus(corpora: Path, limit: int | None) -> Path:
    if limit is None:
        return corpora / VNTC
    out = Path(tempfile.gettempdir()) / f"bantin-bench-vntc-{limit}.jsonl"
    if not out.exists():
        with (
            gzip.open(corpora / VNTC, "rt", encoding="utf-8") as src,
            open(out, "w", encoding="utf-8") as dst,
        ):
            for n, line in enumerate(src):
                if n >= limit:
                    break
                dst.write(line)
    return out


def stage_e2e(
    corpora: Path, limit: int | None, es_url: str, beam_args: list[str], **_: Any
) -> dict[str, Any]:
    """The real Beam pipeline (``bantin run``) on the corpus, writing to Elasticsearch."""
    import contextlib
    import io

    from pipelines.batch import run

    path = _limited_corpus(corpora, limit)
    alias = _bench_alias("e2e")
    raw = gzip.decompress(path.read_bytes()) if str(path).endswith(".gz") else path.read_bytes()
    count, nbytes = raw.count(b"\n"), len(raw)
    out = io.StringIO()
    dead = tempfile.mkdtemp(prefix="bantin-bench-")
    argv = [
        "--input", str(path), "--es-url", es_url, "--index", alias,
        "--dead-letter-dir", dead, "--progress-interval", "0", *beam_args,
    ]  # fmt: skip
    load_before, es_before, (own_before, kids_before) = os.getloadavg()[0], _es_cpu_s(es_url), _cpu_split()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = run(argv)
    wall = time.perf_counter() - started
    (own_after, kids_after), es_after = _cpu_split(), _es_cpu_s(es_url)
    cpu = own_after - own_before + kids_after - kids_before
    _drop(es_url, alias)
    return _result(
        "e2e",
        count,
        nbytes,
        wall,
        exit_code=code,
        # multi_processing workers are children: the largest one's peak (0 in-process)
        peak_rss_worker_mb=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0, 1),
        load_avg_1min=[round(load_before, 2), round(os.getloadavg()[0], 2)],  # before, after
        cpu_s=round(cpu, 1),  # this process and its workers
        cpu_workers_s=round(kids_after - kids_before, 1),  # the multi-processing workers (0 in-process)
        es_cpu_s=round(es_after - es_before, 1) if es_before is not None and es_after is not None else None,
        summary=out.getvalue().strip().splitlines()[:2],  # the run's line and the people line
    )


def stage_e2e_2w(
    corpora: Path, limit: int | None, es_url: str, beam_args: list[str], **_: Any
) -> dict[str, Any]:
    """``e2e`` with two DirectRunner worker processes (archives read in shards: scale)."""
    two = ["--direct_num_workers=2", "--direct_running_mode=multi_processing"]
    return {**stage_e2e(corpora, limit, es_url, [*beam_args, *two]), "name": "e2e_2w"}


def stage_html_clean(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    from transforms.clean.html import clean_html

    pages = _html_pages(corpora, limit)
    texts: dict[str, str] = {}
    started = time.perf_counter()
    for key, data in pages:
        texts[key] = clean_html(data).body
    wall = time.perf_counter() - started
    return _result("html_clean", len(pages), sum(len(d) for _, d in pages), wall, **_quality(texts, corpora))


def stage_trafilatura(corpora: Path, limit: int | None, **_: Any) -> dict[str, Any]:
    """Baseline: trafilatura alone, with metadata, on the same pages."""
    import trafilatura

    pages = _html_pages(corpora, limit)
    texts: dict[str, str] = {}
    started = time.perf_counter()
    for key, data in pages:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
        texts[key] = (
            doc.text if doc is not None and not isinstance(doc, dict) else (doc or {}).get("text")
        ) or ""
    wall = time.perf_counter() - started
    return _result("trafilatura", len(pages), sum(len(d) for _, d in pages), wall, **_quality(texts, corpora))


def _prebuilt_actions(corpora: Path, limit: int | None, alias: str) -> list[dict[str, Any]]:
    from transforms.article import ArticleError, build_article
    from transforms.es.documents import index_action
    from transforms.records import RawDocument, Source

    actions = []
    for n, text in enumerate(_vntc_texts(corpora, limit)):
        try:
            article = build_article(RawDocument(Source("file", path=f"vntc#{n}"), text.encode()))
        except ArticleError:
            continue
        actions.append(index_action(article, alias))
    return actions


def stage_index_writes(corpora: Path, limit: int | None, es_url: str, **_: Any) -> dict[str, Any]:
    """Our BulkWriter (batches by count and bytes, routed results) on prebuilt actions."""
    from transforms.es.bulk import BulkWriter
    from transforms.es.client import EsSettings
    from transforms.es.indices import ensure_index

    alias = _bench_alias("writes")
    actions = _prebuilt_actions(corpora, limit, alias)
    client = EsSettings(url=es_url).client()
    ensure_index(client, alias, "articles")
    writer = BulkWriter(client)
    started = time.perf_counter()
    written = sum(1 for r in writer.write_all(actions) if r.ok)
    wall = time.perf_counter() - started
    nbytes = sum(len(json.dumps(a["_source"], ensure_ascii=False).encode()) for a in actions)
    client.close()
    _drop(es_url, alias)
    return _result("index_writes", written, nbytes, wall)


def stage_streaming_bulk(corpora: Path, limit: int | None, es_url: str, **_: Any) -> dict[str, Any]:
    """Baseline: ``elasticsearch.helpers.streaming_bulk`` alone, default settings, same actions."""
    from elasticsearch import Elasticsearch
    from elasticsearch.helpers import streaming_bulk

    from transforms.es.client import EsSettings
    from transforms.es.indices import ensure_index

    alias = _bench_alias("sbulk")
    actions = _prebuilt_actions(corpora, limit, alias)
    setup = EsSettings(url=es_url).client()
    ensure_index(setup, alias, "articles")
    setup.close()
    client = Elasticsearch(es_url, request_timeout=60)
    started = time.perf_counter()
    written = sum(1 for ok, _ in streaming_bulk(client, actions, raise_on_error=False) if ok)
    wall = time.perf_counter() - started
    nbytes = sum(len(json.dumps(a["_source"], ensure_ascii=False).encode()) for a in actions)
    client.close()
    _drop(es_url, alias)
    return _result("streaming_bulk", written, nbytes, wall)


STAGE_FUNCS: dict[str, Callable[..., dict[str, Any]]] = {
    "text_clean": stage_text_clean,
    "extract": stage_extract,
    "canonicalize": stage_canonicalize,
    "resolve": stage_resolve,
    "loop": stage_loop,
    "e2e": stage_e2e,
    "e2e_2w": stage_e2e_2w,
    "html_clean": stage_html_clean,
    "trafilatura": stage_trafilatura,
    "index_writes": stage_index_writes,
    "streaming_bulk": stage_streaming_bulk,
}
BASELINES = {"loop", "trafilatura", "streaming_bulk"}
NEEDS_ES = {"loop", "e2e", "e2e_2w", "index_writes", "streaming_bulk", "scale"}
ONE_CORE = {"text_clean", "extract", "canonicalize", "resolve", "html_clean", "trafilatura"}


def _run_child(stage: str, args: argparse.Namespace, limit: int | None) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "pipelines.bench", "--child", stage, "--corpora", str(args.corpora),
        "--es-url", args.es_url, "--limit", str(limit if limit is not None else -1),
    ]  # fmt: skip
    if args.beam_args:
        command += ["--beam-args", args.beam_args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        return {"name": stage, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _ratio(a: dict[str, Any] | None, b: dict[str, Any] | None, key: str = "articles_per_s") -> float | None:
    if not a or not b or not b.get(key) or key not in a:
        return None
    return round(float(a[key]) / float(b[key]), 3)


def bench(args: argparse.Namespace) -> dict[str, Any]:
    """Run the selected stages and baselines; return the report."""
    limit = None if args.limit is None or args.limit < 0 else args.limit
    wanted = args.stages or list(STAGES)
    if not (Path(args.corpora) / VNTC).exists():
        raise SystemExit(f"error: corpora not found under {args.corpora} (set --corpora or BANTIN_CORPORA)")
    results: dict[str, dict[str, Any]] = {}
    for stage in wanted:
        if stage in NEEDS_ES and args.no_es:
            continue
        print(f"[bench] {stage} ...", file=sys.stderr, flush=True)
        if stage in ("scale", "peers"):
            continue
        results[stage] = _run_child(stage, args, None if stage.startswith(("html", "traf")) else limit)
    report: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "limit": limit,
        "stages": [r for k, r in results.items() if k not in BASELINES],
        "baselines": [r for k, r in results.items() if k in BASELINES],
        "html_f1": (results.get("html_clean") or {}).get("f1"),
        "trafilatura_f1": (results.get("trafilatura") or {}).get("f1"),
        "ratios": {
            "e2e_vs_loop": _ratio(results.get("e2e"), results.get("loop")),
            "html_vs_trafilatura": _ratio(results.get("html_clean"), results.get("trafilatura")),
            "index_vs_streaming_bulk": _ratio(results.get("index_writes"), results.get("streaming_bulk")),
            "e2e_2w_vs_1w": _ratio(results.get("e2e_2w"), results.get("e2e")),
        },
    }
    _scale_and_peers(report, args, wanted, limit)
    if args.memory and not args.no_es:
        print("[bench] memory: e2e on the first 1,000 texts vs all ...", file=sys.stderr, flush=True)
        small = _run_child("e2e", args, 1000)
        full = results.get("e2e") if limit is None else _run_child("e2e", args, None)
        report["memory"] = {
            "rss_1000_mb": small.get("peak_rss_mb"),
            "rss_all_mb": (full or {}).get("peak_rss_mb"),
        }
        report["ratios"]["rss_all_vs_1000"] = _ratio(full, small, "peak_rss_mb")
    return report


def _scale_and_peers(
    report: dict[str, Any], args: argparse.Namespace, wanted: list[str], limit: int | None
) -> None:
    """The 100k run and the peers (scale): their keys are in every report, null when not run."""
    from pipelines.bench_peers import bench_peers
    from pipelines.bench_scale import bench_scale

    scale = None
    if "scale" in wanted and not args.no_es:
        scale = bench_scale(Path(args.corpora), limit or 100_000)
        report["scale"] = scale
    report["e2e_2w_vs_1w"] = report["ratios"]["e2e_2w_vs_1w"]
    report["html_vs_trafilatura"] = report["ratios"]["html_vs_trafilatura"]
    report["rss_100k_vs_1k"] = (scale or {}).get("rss_vs_1k")
    report["search_p50_ms_100k"] = (scale or {}).get("search_p50_ms")
    report["search_p95_ms_100k"] = (scale or {}).get("search_p95_ms")
    rows = bench_peers(Path(args.corpora)) if "peers" in wanted else []
    report["peers"] = [
        {k: row.get(k) for k in ("name", "pages_per_s", "f1", "peak_rss_mb")}
        | ({"skipped": row["skipped"]} if "skipped" in row else {})
        for row in rows
    ]


def print_table(report: dict[str, Any]) -> None:
    """The human-readable report."""
    print(f"{'stage':16s} {'articles':>9s} {'art/s':>9s} {'MB/s':>8s} {'peak MB':>8s} {'wall s':>8s}  notes")
    for row in report["stages"] + report["baselines"]:
        if "error" in row:
            print(f"{row['name']:16s} error: {row['error']}")
            continue
        notes = ", ".join(f"{k}={row[k]}" for k in ("f1", "precision", "recall", "exit_code") if k in row)
        base = " (baseline)" if row in report["baselines"] else ""
        print(
            f"{row['name']:16s} {row['articles']:9d} {row['articles_per_s']:9.1f} {row['mb_per_s']:8.2f} "
            f"{row['peak_rss_mb']:8.1f} {row['wall_s']:8.2f}  {notes}{base}"
        )
    print("ratios: " + ", ".join(f"{k}={v}" for k, v in report["ratios"].items()))
    if "memory" in report:
        print(f"memory: {report['memory']}")
    if "scale" in report:
        print("scale: " + json.dumps({k: v for k, v in report["scale"].items() if k != "timeline"}))
    for peer in report.get("peers", []):
        print(f"peer {peer['name']}: {peer.get('skipped') or peer}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of ``bantin bench``."""
    parser.add_argument("stages", nargs="*", help=f"stages to run (default: all): {', '.join(STAGES)}")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N texts of VNTC (default: all)"
    )
    parser.add_argument("--corpora", default=str(DEFAULT_CORPORA), help="folder of the shared corpora")
    parser.add_argument(
        "--es-url", default=os.environ.get("BANTIN_ES_URL", "http://127.0.0.1:9200"), help="ES"
    )
    parser.add_argument("--no-es", action="store_true", help="skip the stages that write to Elasticsearch")
    parser.add_argument("--memory", action="store_true", help="also compare peak RSS of 1,000 texts vs all")
    parser.add_argument("--beam-args", default="", help="extra Beam flags for the e2e stage, one string")


def bench_command(args: argparse.Namespace) -> int:
    """Run ``bantin bench``."""
    unknown = [s for s in args.stages if s not in STAGES]
    if unknown:
        print(
            f"error: unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}", file=sys.stderr
        )
        return 2
    report = bench(args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_table(report)
    return 0


def _child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", required=True)
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--es-url", required=True)
    parser.add_argument("--limit", type=int, default=-1)
    parser.add_argument("--beam-args", default="")
    args = parser.parse_args(argv)
    limit = None if args.limit < 0 else args.limit
    if args.child in ONE_CORE and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # the per-core targets are per core
    result = STAGE_FUNCS[args.child](
        corpora=Path(args.corpora), limit=limit, es_url=args.es_url, beam_args=args.beam_args.split()
    )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
