"""``bantin bench feeds``: adaptive polling at scale against local HTTP servers, on a simulated clock.

Simulated feeds (different publishing rates, some failing: timeouts, 500s, 410,
permanent redirects, 429 with ``Retry-After``) are served by real HTTP servers on
127.0.0.1 (one port per simulated host), whose content follows a clock the bench
controls. The same feeds are polled twice over the same simulated period: by
:class:`~transforms.sources.tracker.FeedPoller` (adaptive) and by a fixed-interval
poller (every feed every ``--fixed-interval`` seconds, conditional GETs). Reported:
requests of each, items lost (published but never listed by a poll), items
duplicated (handed on twice), feeds whose final status is not the expected one,
``Retry-After`` violations, and the resident memory along the run.
"""

from __future__ import annotations

import argparse
import heapq
import json
import random
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from transforms.records import FeedConfig
from transforms.sources.feed_state import FeedState
from transforms.sources.fetch import Fetcher, FetchSettings
from transforms.sources.health import Health
from transforms.sources.schedule import HostBackoff
from transforms.sources.tracker import FeedPoller

START = datetime(2026, 3, 9, tzinfo=timezone.utc).timestamp()
WINDOW = 20  # items a feed lists (the newest)
TIMEOUT = 0.25  # client read timeout in the bench; "timeout" feeds answer after 2x this


@dataclass
class SimFeed:
    """One simulated feed: when its items are published and how it misbehaves."""

    path: str
    host: int
    rate: float  # items per hour
    behaviour: str  # ok, flaky500, dead500, gone410, moved301, throttled429, timeout
    expected: str  # final health status expected
    times: list[float] = field(default_factory=list)
    blocked_until: float = 0.0  # 429 windows: Retry-After given until then

    def published_by(self, now: float) -> list[int]:
        count = 0
        for t in self.times:
            if t > now:
                break
            count += 1
        return list(range(max(0, count - WINDOW), count))


class SimClock:
    """The bench's clock: both the servers and the poller read it."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def _feeds(n: int, hosts: int, hours: float, rng: random.Random) -> list[SimFeed]:
    feeds: list[SimFeed] = []
    bad_hosts = max(2, hosts // 10)  # timeouts and 429 live on hosts of their own (host backoff)
    for i in range(n):
        roll = rng.random()
        rate = rng.choice([0.05, 0.2, 0.5, 1.0, 2.0, 6.0, 20.0])  # from about one a day to one every 3 min
        behaviour, expected = "ok", "ok"
        if roll < 0.02:
            behaviour, expected = "timeout", "failing"
        elif roll < 0.04:
            behaviour, expected = "throttled429", "ok"
        elif roll < 0.06:
            behaviour, expected = "dead500", "failing"
        elif roll < 0.09:
            behaviour, expected = "flaky500", "ok"
        elif roll < 0.11:
            behaviour, expected = "gone410", "gone"
        elif roll < 0.13:
            behaviour, expected = "moved301", "moved"
        if behaviour in ("timeout", "throttled429"):
            host = i % bad_hosts
        else:
            host = bad_hosts + i % max(1, hosts - bad_hosts)
        feed = SimFeed(f"/f{i}.xml", host, rate, behaviour, expected)
        t = START - rng.expovariate(rate / 3600) * WINDOW  # a backlog before the start
        end = START + hours * 3600
        while t < end:
            t += rng.expovariate(rate / 3600)
            feed.times.append(t)
        feeds.append(feed)
    return feeds


class _Sim:
    def __init__(self, feeds: list[SimFeed], clock: SimClock, hours: float) -> None:
        self.by_path = {f.path: f for f in feeds}
        self.clock = clock
        self.hours = hours
        self.requests = 0
        self.violations = 0
        self.lock = threading.Lock()

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes, float]:
        with self.lock:
            self.requests += 1
        now = self.clock()
        hour = (now - START) / 3600
        real = path
        if path.startswith("/new"):
            real = path[4:]
        feed = self.by_path.get(real)
        if feed is None:
            return 404, {}, b"", 0.0
        b = feed.behaviour
        if b == "timeout":
            return 200, {}, b"", TIMEOUT * 2
        if b == "dead500" or (b == "flaky500" and 1 <= hour < 3):
            return 500, {}, b"", 0.0
        if b == "gone410":
            return 410, {}, b"", 0.0
        if b == "moved301" and not path.startswith("/new"):
            return 301, {"Location": "/new" + path}, b"", 0.0
        if b == "throttled429" and 1 <= hour < 4:
            with self.lock:
                if now < feed.blocked_until:
                    self.violations += 1
                feed.blocked_until = now + 1800
            return 429, {"Retry-After": "1800"}, b"", 0.0
        ids = feed.published_by(now)
        etag = f'"{feed.path}-{ids[-1] if ids else -1}"'
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b"", 0.0
        items = "".join(
            f"<item><title>Tin {feed.path} số {k}</title><link>http://news.test{feed.path}/{k}.html</link>"
            f"<guid>{feed.path}/{k}</guid><pubDate>{format_datetime(datetime.fromtimestamp(feed.times[k], timezone.utc), usegmt=True)}</pubDate></item>"  # noqa: E501
            for k in reversed(ids)
        )
        head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{feed.path}</title>'
        body = f"{head}{items}</channel></rss>"
        return 200, {"ETag": etag, "Content-Type": "application/rss+xml"}, body.encode(), 0.0


def _serve(sim: _Sim, hosts: int) -> tuple[list[ThreadingHTTPServer], list[int]]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            status, headers, body, delay = sim.answer(
                self.path, {k.lower(): v for k, v in self.headers.items()}
            )
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    servers, ports = [], []
    for _ in range(hosts):
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        ports.append(int(server.server_address[1]))
    return servers, ports


def _fetcher() -> Fetcher:
    settings = FetchSettings(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, total_timeout=TIMEOUT * 3,
                             min_delay=0.0, max_per_host=4)  # fmt: skip
    if "allow_hosts" in FetchSettings.__dataclass_fields__:  # the SSRF guard refuses 127.0.0.1 otherwise
        settings = FetchSettings(**{**vars(settings), "allow_hosts": ("127.0.0.1",)})
    return Fetcher(settings)


def _rss_kib() -> float:
    """Current resident memory, KiB (Linux /proc; the peak from getrusage elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 1024.0
    except OSError:
        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


OUTAGES = {"flaky500": (1.0, 3.0), "throttled429": (1.0, 4.0)}  # simulated hours without a feed
# an item listed for less than the 10-minute floor while its feed answered (a burst, the end of an
# outage) can be got by no poller that keeps to the floor: counted apart, as "not gettable"
GETTABLE = 600.0


def _answering(feed: SimFeed, start: float, stop: float) -> float:
    """Seconds of ``[start, stop)`` during which the feed answers with its items."""
    span = max(0.0, stop - start)
    outage = OUTAGES.get(feed.behaviour)
    if outage is None:
        return span
    down, up = START + outage[0] * 3600, START + outage[1] * 3600
    return span - max(0.0, min(stop, up) - max(start, down))


def _lost(feed: SimFeed, listed: Callable[[int], bool], end: float) -> tuple[int, int]:
    """Items of ``feed`` published during the run, never handed to the poller, that scrolled off the
    list (``WINDOW`` newer items) before the end although listed at least :data:`GETTABLE` seconds
    while the feed answered: ``(lost while the feed was up, lost around an outage)``."""
    if feed.behaviour in ("timeout", "dead500", "gone410"):
        return 0, 0  # they never list anything
    lost = around = 0
    for k, t in enumerate(feed.times):
        if not START <= t <= end or listed(k):
            continue
        if k + WINDOW >= len(feed.times) or feed.times[k + WINDOW] > end:
            continue  # still listed at the end: not lost
        exit_at = feed.times[k + WINDOW]
        up = _answering(feed, t, exit_at)
        if up >= exit_at - t:
            lost += 1
        elif up >= GETTABLE:
            around += 1
    return lost, around


def _unavailable(feeds: list[SimFeed], end: float) -> int:
    """Items listed less than :data:`GETTABLE` seconds while their feed answered (no poller
    keeping to the 10-minute floor could get them)."""
    count = 0
    for f in feeds:
        for k, t in enumerate(f.times):
            exit_at = f.times[k + WINDOW] if k + WINDOW < len(f.times) else end
            if START <= t <= end and exit_at <= end and _answering(f, t, exit_at) < GETTABLE:
                count += 1
    return count


def _fixed_model(feeds: list[SimFeed], hours: float, interval: float) -> dict[str, Any]:
    """The fixed-interval poller, computed: one request per feed every ``interval`` from the start;
    an item is lost when ``WINDOW`` newer items appear before the next poll after it."""
    end = START + hours * 3600
    requests = lost = around = 0
    for i, f in enumerate(feeds):
        polls = [START + i * 0.01 + j * interval for j in range(int(hours * 3600 // interval) + 1)]
        polls = [p for p in polls if p <= end]
        requests += len(polls)
        listed: set[int] = set()
        for p in polls:
            if f.behaviour in ("timeout", "dead500", "gone410") or not _answering(f, p, p + 1):
                continue  # the server did not answer with items
            count = sum(1 for t in f.times if t <= p)
            listed.update(range(max(0, count - WINDOW), count))
        up, near = _lost(f, listed.__contains__, end)
        lost += up
        around += near
    return {"interval_s": interval, "requests": requests, "lost": lost, "lost_around_outages": around,
            "measured": "computed (same model)"}  # fmt: skip


def _expected(feed: SimFeed, state: FeedState) -> set[str]:
    """Acceptable final statuses: a feed whose outage ended is ok only once polled after it."""
    polled = datetime.fromisoformat(state.polled_at).timestamp() if state.polled_at else START
    if feed.behaviour == "flaky500":
        return {"ok"} if polled >= START + 3 * 3600 else {"failing", "ok"}
    if feed.behaviour == "throttled429":
        return {"ok"} if polled >= START + 4 * 3600 else {"ok", "failing"}
    return {feed.expected}


def _run(
    feeds: list[SimFeed],
    ports: list[int],
    sim: _Sim,
    clock: SimClock,
    hours: float,
    poll: Callable[[FeedConfig, FeedState], tuple[FeedState, list[str], float]],
) -> dict[str, Any]:
    configs = {
        f.path: FeedConfig(url=f"http://127.0.0.1:{ports[f.host]}{f.path}", poll_interval=900) for f in feeds
    }
    states = {f.path: FeedState(configs[f.path].url) for f in feeds}
    delivered: dict[str, int] = {}
    queue = [(START + i * 0.01, f.path) for i, f in enumerate(feeds)]
    heapq.heapify(queue)
    end = START + hours * 3600
    memory: list[float] = []
    checkpoints = [START + hours * 3600 * q for q in (0.25, 0.5, 0.75, 1.0)]
    while queue and queue[0][0] <= end:
        when, path = heapq.heappop(queue)
        clock.now = when
        while checkpoints and when >= checkpoints[0]:
            checkpoints.pop(0)
            memory.append(round(_rss_kib(), 1))
        state, links, nxt = poll(configs[path], states[path])
        states[path] = state
        for link in links:
            delivered[link] = delivered.get(link, 0) + 1
        heapq.heappush(queue, (max(nxt, when + 1.0), path))
    memory.append(round(_rss_kib(), 1))
    lost = around = 0
    by_behaviour: dict[str, int] = {}
    examples: list[dict[str, Any]] = []
    for f in feeds:

        def listed(k: int, f: SimFeed = f) -> bool:
            return f"http://news.test{f.path}/{k}.html" in delivered

        up, near = _lost(f, listed, end)
        lost += up
        around += near
        if up + near:
            by_behaviour[f.behaviour] = by_behaviour.get(f.behaviour, 0) + up + near
            health = Health.from_dict(states[f.path].health)
            examples.append({"feed": f.path, "rate_per_hour": f.rate, "behaviour": f.behaviour,
                             "lost": up, "around_outage": near, "interval_s": states[f.path].interval,
                             "failures_total": health.failures_total,
                             "last_error": health.last_error})  # fmt: skip
    return {
        "lost_around_outages": around,
        "lost_by_behaviour": by_behaviour,
        "lost_examples": examples[:10],
        "unavailable": _unavailable(feeds, end),
        "delivered": len(delivered),
        "duplicated": sum(c - 1 for c in delivered.values() if c > 1),
        "lost": lost,
        "states": states,
        "memory_mb": [round(m / 1024, 1) for m in memory],
    }


def run_bench(n: int = 500, hours: float = 24.0, hosts: int = 20, fixed_interval: float = 600.0,
              seed: int = 13) -> dict[str, Any]:  # fmt: skip
    """Run both pollers over the same simulated feeds; return the figures."""
    rng = random.Random(seed)
    feeds = _feeds(n, hosts, hours, rng)
    clock = SimClock(START)
    sim = _Sim(feeds, clock, hours)
    servers, ports = _serve(sim, hosts)
    results: dict[str, Any] = {"feeds": n, "hosts": hosts, "simulated_hours": hours}
    try:
        fetcher = _fetcher()
        poller = FeedPoller(
            fetcher, clock=clock, rng=random.Random(seed), hosts=HostBackoff(random.Random(seed))
        )

        def adaptive(feed: FeedConfig, state: FeedState) -> tuple[FeedState, list[str], float]:
            if poller.skip_reason(feed, state) == "host_backoff":
                until = poller.hosts.blocked_until(feed.url.split("/")[2], clock()) or clock() + 60
                return state, [], until
            outcome = poller.poll(feed, state)
            known = {e.get("link") for e in state.entries}
            links = [e.link for e in outcome.entries if e.link and e.link not in known] if outcome.ok else []
            nxt = datetime.fromisoformat(outcome.state.next_poll or "").timestamp()
            return outcome.state, links, nxt

        started, before = time.monotonic(), sim.requests
        sim.violations = 0
        run = _run(feeds, ports, sim, clock, hours, adaptive)
        statuses = {f.path: Health.from_dict(run["states"][f.path].health).status for f in feeds}
        wrong = {
            f.path: (f.behaviour, statuses[f.path])
            for f in feeds
            if statuses[f.path] not in _expected(f, run["states"][f.path])
        }
        results["adaptive"] = {
            "requests": sim.requests - before, "lost": run["lost"], "duplicated": run["duplicated"],
            "lost_around_outages": run["lost_around_outages"], "lost_by_behaviour": run["lost_by_behaviour"],
            "lost_examples": run["lost_examples"],
            "not_gettable": run["unavailable"],
            "delivered": run["delivered"], "retry_after_violations": sim.violations,
            "wrongly_marked": len(wrong), "wrong_examples": dict(list(wrong.items())[:5]),
            "status_counts": {s: list(statuses.values()).count(s) for s in sorted(set(statuses.values()))},
            "memory_mb": run["memory_mb"], "wall_s": round(time.monotonic() - started, 1),
        }  # fmt: skip
        fetcher.close()
        results["fixed"] = _fixed_model(feeds, hours, fixed_interval)
        results["request_ratio"] = round(
            results["fixed"]["requests"] / max(1, results["adaptive"]["requests"]), 2
        )
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    return results


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of ``bantin bench feeds``."""
    parser.add_argument("--feeds", type=int, default=500, help="simulated feeds")
    parser.add_argument("--hours", type=float, default=24.0, help="simulated hours")
    parser.add_argument("--hosts", type=int, default=20, help="simulated hosts (one local port each)")
    parser.add_argument("--fixed-interval", type=float, default=600.0, help="the fixed poller's interval, s")
    parser.add_argument("--seed", type=int, default=13, help="random seed of the simulation")


def main(argv: list[str] | None = None) -> int:
    """Entry point: print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="bantin bench feeds", description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    figures = run_bench(args.feeds, args.hours, args.hosts, args.fixed_interval, args.seed)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    adaptive = figures["adaptive"]
    good = adaptive["lost"] == 0 and adaptive["duplicated"] == 0 and adaptive["wrongly_marked"] == 0
    return 0 if good and figures["request_ratio"] >= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
