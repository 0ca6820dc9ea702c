"""``bantin bench peers``: the extraction libraries users would otherwise pick, on the same 181 pages.

Peers (optional extra ``pip install .[peers]``): newspaper4k (``newspaper.Article`` on the
page's HTML, no download) and news-please's extractor (``NewsPlease.from_html``). Each one,
and ours (:func:`transforms.clean.html.clean_html`), runs in a child process of its own
pinned to one core: pages/s, token F1 against the benchmark's ground truth (the same scorer
as ``bantin bench html_clean``) and peak RSS. A peer that is not installed is skipped with
the reason.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PEERS = ("bantin", "newspaper4k", "news-please")


def _ours() -> Callable[[bytes], str]:
    from transforms.clean.html import clean_html

    return lambda data: clean_html(data).body


def _newspaper() -> Callable[[bytes], str]:
    from newspaper import Article

    def extract(data: bytes) -> str:
        article = Article("http://example.invalid/", fetch_images=False)
        article.download(input_html=data.decode("utf-8", "replace"))
        article.parse()
        return str(article.text or "")

    return extract


def _newsplease() -> Callable[[bytes], str]:
    from newsplease import NewsPlease

    def extract(data: bytes) -> str:
        article = NewsPlease.from_html(data.decode("utf-8", "replace"), url=None, fetch_images=False)
        return str(getattr(article, "maintext", None) or "")

    return extract


FACTORIES: dict[str, Callable[[], Callable[[bytes], str]]] = {
    "bantin": _ours,
    "newspaper4k": _newspaper,
    "news-please": _newsplease,
}


def _child(name: str, corpora: Path) -> dict[str, Any]:
    from pipelines.bench import _html_pages, _quality

    factory = FACTORIES[name]
    try:
        extract = factory()
    except ImportError as exc:
        return {"name": name, "skipped": f"not installed ({exc}); pip install '.[peers]'"}
    pages = _html_pages(corpora, None)
    texts: dict[str, str] = {}
    failures = 0
    started = time.perf_counter()
    for key, data in pages:
        try:
            texts[key] = extract(data)
        except Exception:  # a peer failing on a page scores 0 on it, it does not stop the run
            texts[key] = ""
            failures += 1
    wall = time.perf_counter() - started
    return {
        "name": name,
        "pages": len(pages),
        "pages_per_s": round(len(pages) / wall, 2) if wall else 0.0,
        "f1": _quality(texts, corpora)["f1"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "failures": failures,
    }


def bench_peers(corpora: Path) -> list[dict[str, Any]]:
    """One row per peer (ours first): pages/s, F1, peak RSS, or ``skipped`` with the reason."""
    rows = []
    for name in PEERS:
        print(f"[bench] peers: {name} ...", file=sys.stderr, flush=True)
        command = [sys.executable, "-m", "pipelines.bench_peers", "--child", name, str(corpora)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            rows.append({"name": name, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]})
            continue
        rows.append(dict(json.loads(done.stdout.strip().splitlines()[-1])))
    return rows


def main(argv: list[str]) -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # pages/s per core, as html_clean
    print(json.dumps(_child(argv[1], Path(argv[2])), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
