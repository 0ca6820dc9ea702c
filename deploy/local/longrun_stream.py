"""Long run of ``bantin stream`` against a local feed server: memory, CPU, items in and out.

A feed server on 127.0.0.1 starts with a few items and adds more every minute (new
article pages included); ``bantin stream`` polls it into a fresh index of the given
Elasticsearch. Every minute a line gives the stream's resident memory (its whole
process tree: a runner's helper processes count), its CPU share of one core over
that minute, and the items put in the feed and found in the index. The last
minutes add nothing (an idle phase, to measure idle CPU). At the end the stream
gets SIGTERM, and the run checks that every item was written exactly once (one
document per item, each page fetched once, the stream's own "wrote" count equal to
the items) and that its summary tells the truth.

    python -m deploy.local.longrun_stream --minutes 30 --es-url http://127.0.0.1:9250

Exit status 0 when the targets hold (memory after the first 5 minutes, or the first
minute of a short run, within 1.2x; idle CPU under 10% of a core; exactly once; a
truthful summary), 1 otherwise. ``--json`` writes every figure to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
_TICK = os.sysconf("SC_CLK_TCK")
_PAGE = 4096


class _Site:
    """The feed and its article pages; items are added while the stream runs."""

    def __init__(self) -> None:
        self.items: list[int] = []
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                with site.lock:
                    site.hits[self.path] += 1
                body, ctype = site.answer(self.path)
                self.send_response(200 if body is not None else 404)
                data = body or b"not found"
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def add(self, count: int) -> None:
        with self.lock:
            start = len(self.items)
            self.items.extend(range(start, start + count))

    def answer(self, path: str) -> tuple[bytes | None, str]:
        if path == "/feed.xml":
            with self.lock:
                items = list(reversed(self.items))
            entries = "".join(
                f"<item><title>Tin số {n}</title><link>{self.url(f'/a/{n}.html')}</link>"
                f"<guid>{self.url(f'/a/{n}.html')}</guid><description>Tóm tắt {n}</description></item>"
                for n in items
            )
            head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Thử</title>'
            return (head + entries + "</channel></rss>").encode(), "application/rss+xml; charset=utf-8"
        match = re.fullmatch(r"/a/(\d+)\.html", path)
        if match:
            n = int(match.group(1))
            paragraphs = "".join(
                f"<p>Sáng {n % 28 + 1}/3, tại Hà Nội, Ban Thường vụ Tỉnh ủy tổ chức hội nghị lần thứ {n} "
                f"(đoạn {k}) để quán triệt Chỉ thị số {n % 90 + 1:02d}-CT/TW của Bộ Chính trị về công tác "
                "cán bộ, đề nghị các cấp ủy tiếp tục thực hiện nghiêm túc các nhiệm vụ trọng tâm.</p>"
                for k in range(4)
            )
            page = (
                f"<html><head><title>Tin số {n}</title></head><body><article><h1>Tin số {n}</h1>"
                f"{paragraphs}</article></body></html>"
            )
            return page.encode(), "text/html; charset=utf-8"
        return None, "text/plain"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (a runner's job server or worker processes count too)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    todo, found = [pid], []
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def sample(pid: int) -> tuple[float, float]:
    """(resident MB, CPU seconds) of a process tree."""
    rss = cpu = 0.0
    for member in _tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            statm = Path(f"/proc/{member}/statm").read_text().split()
        except OSError:
            continue
        cpu += (int(fields[11]) + int(fields[12])) / _TICK
        rss += int(statm[1]) * _PAGE / 1e6
    return rss, cpu


def indexed(es_url: str, index: str) -> int:
    """Documents in the articles alias (0 when it does not exist yet)."""
    import urllib.request

    try:
        urllib.request.urlopen(f"{es_url}/{index}/_refresh", data=b"", timeout=10).close()
        with urllib.request.urlopen(f"{es_url}/{index}/_count", timeout=10) as answer:
            return int(json.loads(answer.read())["count"])
    except (OSError, ValueError, KeyError):  # not there yet, or not answering: nothing indexed
        return 0


def drop(es_url: str, index: str) -> None:
    """Delete the run's indices and templates."""
    import urllib.request

    for path in (
        f"/{index}*",
        f"/_index_template/{index}",
        f"/_index_template/{index.replace('articles', 'mentions')}",
    ):
        try:
            request = urllib.request.Request(f"{es_url}{path}", method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()
        except OSError:  # already gone (404 is an HTTPError, an OSError)
            pass


def longrun(
    minutes: float,
    es_url: str,
    *,
    poll_interval: float = 10.0,
    add_every: float = 60.0,
    add_count: int = 2,
    idle_minutes: float = 3.0,
    sample_every: float = 60.0,
    settle_minutes: float = 5.0,
    command: list[str] | None = None,
    extra: list[str] | None = None,
    cwd: str | None = None,
    out: Any = sys.stdout,
) -> dict[str, Any]:
    """Run the stream for ``minutes`` and return every figure (see the module docstring)."""
    index = f"longrun-articles-{uuid.uuid4().hex[:8]}"
    work = Path(tempfile.mkdtemp(prefix="bantin-longrun-"))
    site = _Site()
    site.add(5)
    feeds = work / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - url: {site.url('/feed.xml')}\n    poll_interval: {poll_interval:g}\n")
    argv = _stream_argv(command, poll_interval, feeds, es_url, index, work, extra)
    env = dict(os.environ, PYTHONPATH=cwd or str(ROOT))
    log = open(work / "stream.log", "w+", encoding="utf-8")  # noqa: SIM115 - read at the end
    job = subprocess.Popen(argv, cwd=cwd or ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    started = time.monotonic()
    rows: list[dict[str, Any]] = []
    last_add = started
    last_cpu = 0.0
    last_t = started
    adding_until = started + (minutes - idle_minutes) * 60
    try:
        next_sample = started + sample_every
        while time.monotonic() < started + minutes * 60 and job.poll() is None:
            now = time.monotonic()
            if now - last_add >= add_every and now < adding_until:
                site.add(add_count)
                last_add = now
            if now >= next_sample:
                rss, cpu = sample(job.pid)
                row = {
                    "minute": round((now - started) / 60, 2),
                    "rss_mb": round(rss, 1),
                    "cpu_pct": round(100 * (cpu - last_cpu) / (now - last_t), 1),
                    "items_in": len(site.items),
                    "items_out": indexed(es_url, index),
                    "idle": now > adding_until + poll_interval * 2,
                }
                rows.append(row)
                _print_row(row, out)
                last_cpu, last_t = cpu, now
                next_sample += sample_every
            time.sleep(0.5)
        alive = job.poll() is None
        _stop(job)
        log.seek(0)
        result = _figures(rows, log.read(), site, indexed(es_url, index), settle_minutes)
        result.update(argv=argv[argv.index("stream") :] if "stream" in argv else argv, minutes=minutes)
        result["alive_until_end"] = alive
        result["exit_code"] = job.returncode
        result["targets_met"] = bool(
            alive
            and result["exactly_once"]
            and job.returncode == 0
            and result["rss_ratio"] is not None
            and result["rss_ratio"] <= 1.2
            and result["idle_cpu_pct"] is not None
            and result["idle_cpu_pct"] < 10.0
        )
        return result
    finally:
        if job.poll() is None:
            job.kill()
        log.close()
        site.stop()
        drop(es_url, index)


def _stream_argv(
    command: list[str] | None,
    poll_interval: float,
    feeds: Path,
    es_url: str,
    index: str,
    work: Path,
    extra: list[str] | None,
) -> list[str]:
    """The ``bantin stream`` command line of the run (its feeds, index and folders in ``work``)."""
    argv = [*(command or [sys.executable, "-m", "pipelines.cli", "stream"])]
    argv += ["--poll-interval", f"{poll_interval:g}", "--feeds", str(feeds), "--es-url", es_url]
    argv += ["--index", index, "--dead-letter-dir", str(work / "dead"), "--allow-host", "127.0.0.1"]
    argv += ["--host-delay", "0", "--progress-interval", "0", "--lock-file", str(work / "stream.lock")]
    return argv + (extra or [])


def _stop(job: subprocess.Popen[str]) -> None:
    """SIGTERM (the stream drains and exits), killed when it has not ended within 2 minutes."""
    job.send_signal(signal.SIGTERM)
    try:
        job.wait(timeout=120)
    except subprocess.TimeoutExpired:
        job.kill()
        job.wait()


def _print_row(row: dict[str, Any], out: Any) -> None:
    """One sample as a line of the tool's output."""
    print(
        f"min {row['minute']:5.1f}: rss {row['rss_mb']:7.1f} MB, "
        f"cpu {row['cpu_pct']:5.1f}% of a core, "
        f"items in {row['items_in']}, out {row['items_out']}" + (" (idle)" if row["idle"] else ""),
        file=out,
        flush=True,
    )


def _figures(
    rows: list[dict[str, Any]], text: str, site: _Site, items_out: int, settle_minutes: float
) -> dict[str, Any]:
    """The run's figures from its samples, the stream's output and the pages the site served."""
    items_in = len(site.items)
    summary = next((line for line in text.splitlines() if line.startswith("stream ended")), "")
    wrote = re.search(r"wrote (\d+)", summary)
    pages = {p: c for p, c in site.hits.items() if p.startswith("/a/")}
    settle = next((r for r in rows if r["minute"] >= settle_minutes), rows[0] if rows else None)
    later = [r["rss_mb"] for r in rows if settle and r["minute"] >= settle["minute"]]
    idle = [r["cpu_pct"] for r in rows if r["idle"]]
    result: dict[str, Any] = {
        "rows": rows,
        "summary": summary,
        "items_in": items_in,
        "items_out": items_out,
        "summary_wrote": int(wrote.group(1)) if wrote else None,
        "pages_fetched_more_than_once": sorted(p for p, c in pages.items() if c > 1),
        "pages_never_fetched": items_in - len(pages),
        "rss_settled_mb": settle["rss_mb"] if settle else None,
        "rss_max_after_settle_mb": max(later) if later else None,
        "rss_ratio": round(max(later) / settle["rss_mb"], 3) if later and settle else None,
        "idle_cpu_pct": round(sum(idle) / len(idle), 1) if idle else None,
        "mean_cpu_pct": round(sum(r["cpu_pct"] for r in rows) / len(rows), 1) if rows else None,
        "log_tail": text.splitlines()[-15:],
    }
    result["exactly_once"] = (
        items_out == items_in
        and result["summary_wrote"] == items_in
        and not result["pages_fetched_more_than_once"]
        and result["pages_never_fetched"] == 0
    )
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=30.0, help="length of the run")
    parser.add_argument(
        "--es-url",
        default=os.environ.get("BANTIN_ES_URL", "http://127.0.0.1:9200"),
        help="Elasticsearch (a fresh index is made and deleted)",
    )
    parser.add_argument("--poll-interval", type=float, default=10.0, help="the stream's --poll-interval")
    parser.add_argument(
        "--add-every", type=float, default=60.0, help="seconds between two additions to the feed"
    )
    parser.add_argument("--add-count", type=int, default=2, help="items added each time")
    parser.add_argument("--idle-minutes", type=float, default=3.0, help="last minutes without additions")
    parser.add_argument("--sample-every", type=float, default=60.0, help="seconds between two samples")
    parser.add_argument(
        "--settle-minutes", type=float, default=5.0, help="memory is compared to this minute's"
    )
    parser.add_argument("--cwd", default=None, help="the bantin tree to run (default: this one)")
    parser.add_argument("--json", default=None, help="write every figure to this file")
    parser.add_argument("extra", nargs="*", help="extra flags for bantin stream (after --), e.g. a runner")
    flags = vars(parser.parse_args(argv))  # every flag but --json is a parameter of longrun()
    json_path = flags.pop("json")
    result = longrun(**flags)
    keys = (
        "items_in",
        "items_out",
        "summary_wrote",
        "exactly_once",
        "rss_settled_mb",
        "rss_max_after_settle_mb",
        "rss_ratio",
        "idle_cpu_pct",
        "mean_cpu_pct",
        "exit_code",
        "targets_met",
    )
    print(json.dumps({k: result[k] for k in keys}))
    print(result["summary"])
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
