"""Page timings of ``bantin serve``: median and p90 per page over a fixed set of requests.

``python -m pipelines.web.bench --es-url URL [--index ALIAS | --load-vntc] [--repeat N] [--json]``

The requests are chosen from the index itself, deterministically (the same index gives the same
set): searches with and without diacritics, a facet, a date range, a deep ``search_after`` page,
articles at fixed ranks, the most named people, the most cited documents, the meetings pages.
Each is sent once to warm up, then ``--repeat`` times over real HTTP to the Waitress server
of ``bantin serve`` on 127.0.0.1; the times are wall-clock per response, body read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from pipelines.flags import add_es_flags, settings_from_flags
from pipelines.web import queries
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for

BUDGET_MS = 300.0  # the target per page (median)
VNTC = Path("../shared/corpora/vntc-politics/vntc-chinh-tri-xa-hoi-test.jsonl.gz")


def request_set(client: Any, alias: str) -> list[tuple[str, str]]:
    """``(page kind, path)`` of the fixed set of requests for the index behind ``alias``."""
    client.indices.refresh(index=alias)
    total = int(client.count(index=alias)["count"])
    out: list[tuple[str, str]] = []
    for q in ("", "dang uy khoi", "Đảng ủy Khối", "hội nghị", "kinh te", "Bộ Chính trị"):
        out.append(("search", "/?" + urlencode({"q": q})))
    people = client.search(index=alias, size=0, aggs={"p": {"terms": {"field": "people.name", "size": 5}}})[
        "aggregations"
    ]["p"]["buckets"]
    if people:
        out.append(("search", "/?" + urlencode({"q": "hoi nghi", "f_person": people[0]["key"]})))
    out.append(
        ("search", "/?" + urlencode({"q": "", "tu": "2000-01-01", "den": "2010-12-31", "sap_xep": "newest"}))
    )
    # a deep page: the search_after position of hit number ~total-50 (what 'next' links carry)
    deep = min(max(total - 50, 0), 9_950)
    hit = client.search(
        index=alias, size=1, from_=deep, sort=[{"_score": "desc"}, {"id": "asc"}], query={"match_all": {}}
    )["hits"]["hits"]
    if hit:
        token = queries.encode_token(hit[0]["sort"])
        out.append(("search (deep page)", "/?" + urlencode({"sau": token, "trang": deep // 20 + 2})))
    ids = [
        h["_id"]
        for h in client.search(
            index=alias, size=500, sort=[{"id": "asc"}], source=False, query={"match_all": {}}
        )["hits"]["hits"]
    ]
    for article_id in ids[:: max(1, len(ids) // 10)][:10]:
        out.append(("article", f"/bai/{article_id}"))
    for bucket in people:
        out.append(("person", "/nguoi?" + urlencode({"ten": bucket["key"]})))
    out.append(("person", "/nguoi"))
    docs = client.search(
        index=alias_for(alias, "mentions"),
        size=0,
        query={"term": {"kind": "document"}},
        aggs={"d": {"terms": {"field": "document_ref", "size": 5}}},
    )["aggregations"]["d"]["buckets"]
    for bucket in docs:
        out.append(("document", "/van-ban?ref=" + quote(bucket["key"], safe="")))
    out.append(("document", "/van-ban"))
    out.append(("meetings", "/hoi-nghi"))
    out.append(("meetings", "/hoi-nghi?" + urlencode({"loai": "Hội nghị"})))
    out.append(("meetings", "/hoi-nghi?mo_rong=1"))
    return out


@contextmanager
def serving(es_url: str, alias: str) -> Iterator[str]:
    """``bantin serve``'s application under Waitress on a free 127.0.0.1 port."""
    from pipelines.web.app import WebConfig, create_app
    from pipelines.web.serve import in_background

    with in_background(create_app(WebConfig(EsSettings.from_env(es_url), alias))) as base:
        yield base


def _fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        status = response.status
    return status, (time.perf_counter() - started) * 1000


def measure(base: str, requests: list[tuple[str, str]], repeat: int) -> dict[str, Any]:
    """Times of every request; medians and p90 per page kind and overall."""
    per_kind: dict[str, list[float]] = {}
    medians: list[dict[str, Any]] = []
    for kind, path in requests:
        status, _ = _fetch(base + path)  # warm-up
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        times = [_fetch(base + path)[1] for _ in range(repeat)]
        per_kind.setdefault(kind, []).extend(times)
        medians.append({"kind": kind, "path": path, "median_ms": round(statistics.median(times), 1)})
    every = [t for ts in per_kind.values() for t in ts]
    summary = {
        kind: {
            "requests": len(ts),
            "median_ms": round(statistics.median(ts), 1),
            "p90_ms": round(statistics.quantiles(ts, n=10)[-1], 1) if len(ts) > 1 else round(ts[0], 1),
            "max_ms": round(max(ts), 1),
        }
        for kind, ts in per_kind.items()
    }
    return {
        "budget_ms": BUDGET_MS,
        "repeat": repeat,
        "pages": summary,
        "overall_median_ms": round(statistics.median(every), 1),
        "requests": medians,
        "within_budget": all(v["median_ms"] < BUDGET_MS for v in summary.values()),
    }


def load_vntc(es_url: str, corpus: Path) -> str:
    """Ingest the seeds and the whole VNTC corpus through ``bantin run`` into a new alias."""
    import importlib

    # imported by name: the Beam job is not part of this module's type-checked surface
    run = importlib.import_module("pipelines.batch").run
    alias = "bench-web-" + datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    code = run(
        ["--input", "seeds", "--input", str(corpus), "--es-url", es_url, "--index", alias,
         "--dead-letter-dir", "/tmp/bantin-bench-web-deadletters"]
    )  # fmt: skip
    if code != 0:
        raise RuntimeError(f"bantin run exited {code}")
    return alias


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table (or JSON); 0 when every page kind is within budget."""
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.web.bench", description=__doc__.splitlines()[0]
    )
    add_es_flags(parser, "articles alias to serve")
    parser.add_argument(
        "--load-vntc", action="store_true", help="ingest seeds + all of VNTC into a new alias first"
    )
    parser.add_argument("--corpus", default=str(VNTC), help="the VNTC JSON-lines archive (with --load-vntc)")
    parser.add_argument("--keep", action="store_true", help="keep the alias made by --load-vntc")
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per URL (after one warm-up)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    settings = settings_from_flags(args)
    alias = load_vntc(settings.url, Path(args.corpus)) if args.load_vntc else args.index
    client = settings.client()
    try:
        requests = request_set(client, alias)
        articles = int(client.count(index=alias)["count"])
        with serving(settings.url, alias) as base:
            report = measure(base, requests, args.repeat)
        report["articles"] = articles
        report["alias"] = alias
    finally:
        if args.load_vntc and not args.keep:
            client.indices.delete(index=f"{alias}*,{alias_for(alias, 'mentions')}*", ignore_unavailable=True)
            for template in (alias, alias_for(alias, "mentions")):
                client.options(ignore_status=404).indices.delete_index_template(name=template)
        client.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(
            f"{report['articles']} articles, {len(requests)} URLs x {args.repeat} requests (after a warm-up)"
        )
        print(f"{'page':<20} {'requests':>8} {'median ms':>10} {'p90 ms':>8} {'max ms':>8}")
        for kind, row in report["pages"].items():
            cells = (row["requests"], row["median_ms"], row["p90_ms"], row["max_ms"])
            print(f"{kind:<20} {cells[0]:>8} {cells[1]:>10} {cells[2]:>8} {cells[3]:>8}")
        print(f"overall median {report['overall_median_ms']} ms; budget {BUDGET_MS:.0f} ms per page (median)")
    return 0 if report["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
