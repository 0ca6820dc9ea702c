"""``bantin bench scale``: 100,000 generated articles through the batch job into a node of its own.

The generator (nothing committed) makes ``count`` distinct articles from the VNTC texts:
article ``i`` takes text ``i mod 7,567``, shuffles its paragraphs (a seeded shuffle per
article) and adds one paragraph of another text (its last), under a new id. The opening-words
dedup flags the variants of one text (same head) and keeps them; the content hash keeps every
one whose cleaned body differs. Some do not: the inserted last paragraph is often a
related-story line (``Tiêu đề(19/06/2004)``), a byline, a comment prompt or a link, which the
cleaner removes, and a text with at most one paragraph after its head has one order; those
variants are copies of each other after cleaning and are dropped (393 of 100,000 with the
cleaning of 1 Dec 17:00, 25 with the one before; nothing else). They are written as one
uncompressed JSON-lines file (read in byte ranges by :mod:`transforms.steps.split_read`).

Measured, each ingestion in a child process of its own (its own peak RSS):

* throughput over time: the index's document count sampled every few seconds; the rate of
  the first and of the last 10% of the documents (``last_vs_first``: below 0.8 is a slowdown);
* peak RSS of the run against a 1,000-article run of the same generator (``rss_vs_1k``);
* index size on disk (primary store of the articles and mentions indices) per 1,000 articles;
* ``bantin search`` latency: 50 fixed queries (words, people, titles, documents, dates), each with
  the search's facets, median and 95th percentile, at 10% of the documents and at all of them.

The node is started here (``LocalCluster(name="scale", port=9320)``) and stopped at the end,
never the shared one.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VNTC = "vntc-politics/vntc-chinh-tri-xa-hoi-test.jsonl.gz"
SCALE_PORT = 9320
# 2 GB heap: 100,000 articles + ~300,000 mentions with facets; 1 GB left the node collecting garbage.
SCALE_HEAP = "2g"
ALIAS = "bench-scale"
# "no slowdown over time" is judged on the first and the last 10,000 articles (the words).
CPU_WINDOW = 10_000
# 50 fixed queries: words of the corpus, people, titles, organizations, document refs, dates.
QUERIES: list[dict[str, str]] = [
    *({"text": t} for t in (
        "Quốc hội", "tham nhũng", "giáo dục", "bảo hiểm xã hội", "đất đai", "an toàn giao thông",
        "thủ tướng", "biên giới", "kinh tế", "nông dân", "lũ lụt", "cải cách hành chính", "bầu cử",
        "công an", "bệnh viện", "chống buôn lậu", "dự án", "người nghèo", "cán bộ", "hội nghị",
        "thanh tra", "xuất khẩu", "học sinh", "xây dựng Đảng", "an ninh",
    )),
    *({"person": p} for p in (
        "Nguyễn Tấn Dũng", "Nông Đức Mạnh", "Nguyễn Minh Triết", "Phan Văn Khải", "Trương Tấn Sang",
        "Nguyễn Phú Trọng", "Nguyễn Sinh Hùng", "Trần Đức Lương", "Nguyễn Văn An", "Võ Văn Kiệt",
    )),
    *({"title": t} for t in ("Thủ tướng", "Chủ tịch nước", "Bộ trưởng", "Phó Thủ tướng", "Tổng Bí thư")),
    *({"org": o} for o in ("Quốc hội", "Bộ Công an", "Chính phủ", "Ủy ban nhân dân", "Mặt trận Tổ quốc")),
    *({"text": t, "since": s} for t, s in (
        ("Quốc hội", "2006-01-01"), ("tham nhũng", "2005-06-01"), ("kinh tế", "2004-01-01"),
        ("giáo dục", "2006-06-01"), ("đất đai", "2005-01-01"),
    )),
]  # fmt: skip


def _log(message: str) -> None:
    print(f"[bench scale] {message}", file=sys.stderr, flush=True)


def generate(corpora: Path, count: int, out: Path, seed: int = 15) -> int:
    """Write ``count`` distinct articles made from the VNTC texts to ``out`` (JSON lines); their bytes."""
    with gzip.open(corpora / VNTC, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    nbytes = 0
    with open(out, "w", encoding="utf-8") as dst:
        for i in range(count):
            rng = random.Random(seed * 1_000_003 + i)
            paragraphs = [p for p in texts[i % len(texts)].split("\n") if p.strip()]
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            other = [p for p in texts[rng.randrange(len(texts))].split("\n") if p.strip()]
            rest.insert(rng.randrange(len(rest) + 1), other[-1] if other else f"Tin {i}.")
            line = json.dumps({"id": f"scale-{i:06d}", "text": "\n".join(head + rest)}, ensure_ascii=False)
            dst.write(line + "\n")
            nbytes += len(line.encode("utf-8")) + 1
    return nbytes


def _ingest_child(path: str, es_url: str, alias: str) -> dict[str, Any]:
    import contextlib
    import io
    import resource

    from pipelines.batch import run

    out = io.StringIO()
    dead = tempfile.mkdtemp(prefix="bantin-scale-")
    started = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = run(
            ["--input", path, "--es-url", es_url, "--index", alias, "--dead-letter-dir", dead,
             "--progress-interval", "0"]
        )  # fmt: skip
    return {
        "exit_code": code,
        "wall_s": round(time.perf_counter() - started, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "summary": out.getvalue().strip().splitlines()[:1],
    }


def _count(client: Any, alias: str) -> int:
    try:
        return int(client.count(index=alias).body["count"])
    except Exception:  # the alias does not exist yet
        return 0


def _cpu_of(pid: int) -> float | None:
    """CPU seconds (user + system, with its finished children) of a running process, from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:  # gone, or not Linux
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(f) for f in fields[11:15]) / ticks  # utime, stime, cutime, cstime


def cpu_ms_per_article(samples: list[tuple[int, float]], lo: int, hi: int) -> float | None:
    """CPU milliseconds per article between document counts ``lo`` and ``hi`` (load-insensitive).

    Args:
        samples: ``(documents indexed, CPU seconds of the ingesting process)``, in time order.
        lo: The count where the window starts (0: the start of the process).
        hi: The count where it ends.

    Returns:
        The CPU the process used over the window divided by its articles (interpolated between
        samples), or None when the samples do not span it.
    """

    def cpu_at(n: int) -> float | None:
        for (c0, u0), (c1, u1) in itertools.pairwise(samples):
            if c0 <= n <= c1 and c1 > c0:
                return u0 + (u1 - u0) * (n - c0) / (c1 - c0)
        return None

    a, b = cpu_at(lo), cpu_at(hi)
    if a is None or b is None or hi <= lo:
        return None
    return round((b - a) / (hi - lo) * 1000.0, 2)


def _ingest(
    path: Path,
    es_url: str,
    alias: str,
    timeline: list[tuple[float, int]] | None,
    cpu: list[tuple[int, float]] | None = None,
) -> dict[str, Any]:
    """Run the batch job on ``path`` in a child process, sampling the document count (and its CPU)."""
    from transforms.es.client import EsSettings

    client = EsSettings(url=es_url).client()
    stop = threading.Event()
    started = time.monotonic()
    command = [sys.executable, "-m", "pipelines.bench_scale", "--child", str(path), es_url, alias]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)

    def sample() -> None:
        while not stop.wait(3.0):
            used = _cpu_of(child.pid)  # before the count: the CPU is never ahead of the documents
            count = _count(client, alias)
            if timeline is not None:
                timeline.append((round(time.monotonic() - started, 1), count))
            if cpu is not None and used is not None:
                cpu.append((count, used))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    stop.set()
    sampler.join()
    client.close()
    if child.returncode != 0:
        raise SystemExit(f"error: the scale ingestion failed: {(err.strip().splitlines() or ['?'])[-1]}")
    return dict(json.loads(out.strip().splitlines()[-1]))


def _rates(timeline: list[tuple[float, int]], total: int) -> dict[str, Any]:
    """Articles/s over the first and the last 10% of the documents, from the sampled counts."""
    tenth = max(total // 10, 1)

    def time_at(n: int) -> float | None:
        for (t0, c0), (t1, c1) in itertools.pairwise(timeline):
            if c0 <= n <= c1 and c1 > c0:
                return t0 + (t1 - t0) * (n - c0) / (c1 - c0)
        return None

    points = [time_at(n) for n in (1, tenth, total - tenth, total)]
    if None in points:
        return {"first_10pct_per_s": None, "last_10pct_per_s": None, "last_vs_first": None}
    a, b, c, d = (float(p) for p in points if p is not None)
    first = tenth / (b - a) if b > a else None
    last = tenth / (d - c) if d > c else None
    return {
        "first_10pct_per_s": round(first, 1) if first else None,
        "last_10pct_per_s": round(last, 1) if last else None,
        "last_vs_first": round(last / first, 3) if first and last else None,
    }


def _store_mb(client: Any, alias: str) -> float:
    from transforms.es.indices import alias_for

    client.indices.flush(index=f"{alias},{alias_for(alias, 'mentions')}")
    stats = client.indices.stats(index=f"{alias},{alias_for(alias, 'mentions')}", metric="store").body
    return float(stats["_all"]["primaries"]["store"]["size_in_bytes"]) / 1e6


def search_latency(client: Any, alias: str, rounds: int = 2) -> dict[str, float]:
    """Median and 95th percentile (ms) of the 50 fixed queries with facets (first round warms caches)."""
    from pipelines.search import build_query

    client.indices.refresh(index=alias)
    times: list[float] = []
    for round_ in range(rounds):
        for query in QUERIES:
            body = build_query(
                query.get("text", ""),
                query.get("person"),
                query.get("title"),
                query.get("org"),
                None,
                query.get("since"),
            )
            started = time.perf_counter()
            client.search(index=alias, **body)
            if round_ == rounds - 1:
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
    }


def _wipe(client: Any) -> None:
    client.indices.delete(index="bench-scale*", ignore_unavailable=True, allow_no_indices=True)
    for name in ("bench-scale", "bench-scale-mentions", "bench-scale-1k", "bench-scale-1k-mentions"):
        client.options(ignore_status=404).indices.delete_index_template(name=name)


def _split_lines(path: Path, first_n: int, first: Path, rest: Path) -> None:
    """The first ``first_n`` lines of ``path`` to ``first``, the others to ``rest``."""
    with (
        open(path, encoding="utf-8") as src,
        open(first, "w", encoding="utf-8") as a,
        open(rest, "w", encoding="utf-8") as b,
    ):
        for n, line in enumerate(src):
            (a if n < first_n else b).write(line)


def _cpu_first_last(
    cpu_one: list[tuple[int, float]], cpu_two: list[tuple[int, float]], first_n: int, total: int, window: int
) -> tuple[float | None, float | None]:
    """CPU ms per article of the first ``window`` articles (first run) and of the last (second run)."""
    start = next((c for c, _ in cpu_one if c > 0), 0)
    end_one = max((c for c, _ in cpu_one if c < first_n), default=0)
    end_two = max((c for c, _ in cpu_two if c < total), default=0)
    cpu_first = cpu_ms_per_article(cpu_one, start, min(start + window, end_one))
    cpu_last = cpu_ms_per_article(cpu_two, max(end_two - window, first_n), end_two)
    return cpu_first, cpu_last


def bench_scale(
    corpora: Path, count: int, heap: str = SCALE_HEAP, port: int = SCALE_PORT, name: str = "scale"
) -> dict[str, Any]:
    """Generate, ingest in two steps (10%, then the rest), measure; the node is started and stopped here."""
    from deploy.local.cluster import LocalCluster, down, up
    from transforms.es.client import EsSettings

    cluster = LocalCluster(name=name, port=port)
    work = Path(tempfile.mkdtemp(prefix="bantin-scale-"))
    first_n = max(count // 10, 1)
    _log(f"generating {count:,} articles in {work}")
    all_path, first_path, rest_path, small_path = (
        work / f"{n}.jsonl" for n in ("all", "first", "rest", "1k")
    )
    nbytes = generate(corpora, count, all_path)
    _split_lines(all_path, first_n, first_path, rest_path)
    generate(corpora, min(1000, count), small_path, seed=16)
    _log(f"starting Elasticsearch {cluster.name} on port {cluster.port}")
    up(cluster, heap=heap)
    url = cluster.url
    client = EsSettings(url=url).client()
    _wipe(client)  # the node keeps its data between runs: earlier articles would count as copies
    report: dict[str, Any] = {"articles": count, "input_mb": round(nbytes / 1e6, 1), "es_heap": heap}
    try:
        _log("1,000-article run (memory baseline)")
        small = _ingest(small_path, url, "bench-scale-1k", None)
        timeline: list[tuple[float, int]] = []
        cpu_one: list[tuple[int, float]] = []
        cpu_two: list[tuple[int, float]] = []
        _log(f"ingesting the first {first_n:,}")
        one = _ingest(first_path, url, ALIAS, timeline, cpu_one)
        at_first = search_latency(client, ALIAS)
        _log(f"ingesting the other {count - first_n:,}")
        offset = timeline[-1][0] if timeline else 0.0
        later: list[tuple[float, int]] = []
        two = _ingest(rest_path, url, ALIAS, later, cpu_two)
        timeline += [(offset + t, c) for t, c in later]
        client.indices.refresh(index=ALIAS)
        total = _count(client, ALIAS)
        timeline.append((offset + (later[-1][0] if later else 0.0) + 1.0, total))
        at_all = search_latency(client, ALIAS)
        # first vs last 10,000 (or 10% of a smaller run) in CPU of the ingesting process per article
        # from the first documents seen (the process's start-up is not an article's work) and up
        # to the last count sampled before the end (then the people resolution runs: not the ingest)
        window = min(CPU_WINDOW, first_n)
        cpu_first, cpu_last = _cpu_first_last(cpu_one, cpu_two, first_n, total, window)
        store = _store_mb(client, ALIAS)
        wall = one["wall_s"] + two["wall_s"]
        report.update(
            {
                "indexed": total,
                "wall_s": round(wall, 1),
                "articles_per_s": round(total / wall, 1) if wall else None,
                **_rates(timeline, total),
                "timeline": timeline[:: max(len(timeline) // 40, 1)],
                "peak_rss_mb": max(one["peak_rss_mb"], two["peak_rss_mb"]),
                "peak_rss_1k_mb": small["peak_rss_mb"],
                "rss_vs_1k": round(max(one["peak_rss_mb"], two["peak_rss_mb"]) / small["peak_rss_mb"], 3),
                "cpu_window": window,
                "cpu_samples": [cpu_one, cpu_two],  # (documents, CPU s) of each ingesting process
                "cpu_ms_per_article_first": cpu_first,
                "cpu_ms_per_article_last": cpu_last,
                "cpu_last_vs_first": round(cpu_last / cpu_first, 3) if cpu_first and cpu_last else None,
                "load_avg_1min_end": round(os.getloadavg()[0], 2),
                "store_mb": round(store, 1),
                "store_mb_per_1000": round(store / total * 1000, 2) if total else None,
                f"search_at_{first_n}": at_first,
                f"search_at_{total}": at_all,
                "search_p50_ms": at_all["p50_ms"],
                "search_p95_ms": at_all["p95_ms"],
                "summaries": [one["summary"], two["summary"]],
            }
        )
    finally:
        client.close()
        down(cluster)
        for path in (all_path, first_path, rest_path, small_path):
            path.unlink(missing_ok=True)
    return report


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        print(json.dumps(_ingest_child(argv[1], argv[2], argv[3])))
        return 0
    parser = argparse.ArgumentParser(prog="bantin bench scale")
    parser.add_argument("--limit", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"), help="shared corpora")
    parser.add_argument("--heap", default=SCALE_HEAP, help="heap of the bench's own Elasticsearch node")
    parser.add_argument("--port", type=int, default=SCALE_PORT, help="HTTP port of the bench's own node")
    parser.add_argument("--node-name", default="scale", help="name (data folder) of the bench's own node")
    args = parser.parse_args(argv)
    report = bench_scale(Path(args.corpora), args.limit, args.heap, args.port, args.node_name)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main(sys.argv[1:]))
