"""``bantin bench feeds``: adaptive polling at scale against local HTTP servers, on a simulated clock.

Simulated feeds (different publishing rates, some failing: timeouts, 500s, 410,
permanent redirects, 429 with ``Retry-After``) are served by real HTTP servers on
127.0.0.1 (one port per simulated host), whose content follows a clock the bench
controls. The same feeds are polled over HTTP twice over the same simulated
period: by :class:`~transforms.sources.tracker.FeedPoller` (adaptive) and by a
fixed-interval poller (every feed every ``--fixed-interval`` seconds, conditional
GETs, ``Retry-After`` ignored). Reported for each: requests, items lost, items
duplicated (handed on twice), ``Retry-After`` violations (a request inside the
window a 429 forbade); for the adaptive one also feeds whose final status is not
the expected one, the resident memory and the poller's state size along the run,
and a timeline of every item it did not get.

Every item published during the run that scrolled off its list before the end
without being handed on falls in exactly one group:

* ``not_gettable``: listed for less than :data:`GETTABLE` seconds while its feed
  answered with items (no poller keeping to the 10-minute floor can count on it);
* ``forbidden``: listed at least that long while the feed answered, but for less
  than that outside the windows the server's ``Retry-After`` forbade *to this
  poller* (only a poller breaking ``Retry-After`` could get it);
* ``lost``: everything else, split into ``lost_while_up`` (its feed answered all
  the time it was listed) and ``lost_around_outages``.
"""

from __future__ import annotations

import argparse
import heapq
import json
import random
import resource
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from transforms.records import FeedConfig
from transforms.sources.feed_state import FeedState
from transforms.sources.feeds import parse_feed
from transforms.sources.fetch import Fetcher, FetchSettings
from transforms.sources.health import Health
from transforms.sources.schedule import HostBackoff
from transforms.sources.tracker import HOST_BACKOFF, FeedPoller

START = datetime(2026, 3, 9, tzinfo=timezone.utc).timestamp()
WINDOW = 20  # items a feed lists (the newest)
TIMEOUT = 0.25  # client read timeout in the bench; "timeout" feeds answer after 2x this
RETRY_AFTER = 1800  # what the throttled feeds ask for
# (share of the feeds, behaviour, final health status expected); the rest behave ("ok")
BEHAVIOURS = (
    (0.02, "timeout", "failing"),
    (0.02, "throttled429", "ok"),
    (0.02, "dead500", "failing"),
    (0.03, "flaky500", "ok"),
    (0.02, "gone410", "gone"),
    (0.02, "moved301", "moved"),
)
SILENT_BEHAVIOURS = frozenset({"timeout", "dead500", "gone410"})  # they never list anything
OUTAGES = {"flaky500": (1.0, 3.0), "throttled429": (1.0, 4.0)}  # simulated hours without items
# an item listed for less than the 10-minute floor while its feed answered (a burst, the end of an
# outage) can be got by no poller that keeps to the floor: counted apart, as "not gettable"
GETTABLE = 600.0
Span = tuple[float, float]


@dataclass
class SimFeed:
    """One simulated feed: when its items are published and how it misbehaves."""

    path: str
    host: int
    rate: float  # items per hour
    behaviour: str  # ok or one of BEHAVIOURS
    expected: str  # final health status expected
    times: list[float] = field(default_factory=list)
    blocked_until: float = 0.0  # Retry-After given until then (to the poller being run)
    forbidden: list[Span] = field(default_factory=list)  # the windows Retry-After forbade

    def published_by(self, now: float) -> list[int]:
        count = 0
        for t in self.times:
            if t > now:
                break
            count += 1
        return list(range(max(0, count - WINDOW), count))

    def link(self, k: int) -> str:
        return f"http://news.test{self.path}/{k}.html"

    def exit_at(self, k: int) -> float | None:
        """When item ``k`` scrolls off (``WINDOW`` newer items published), or None: never."""
        return self.times[k + WINDOW] if k + WINDOW < len(self.times) else None


class SimClock:
    """The bench's clock: both the servers and the poller read it."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def _behaviour(roll: float) -> tuple[str, str]:
    edge = 0.0
    for share, behaviour, expected in BEHAVIOURS:
        edge += share
        if roll < edge:
            return behaviour, expected
    return "ok", "ok"


def _feeds(n: int, hosts: int, hours: float, rng: random.Random) -> list[SimFeed]:
    feeds: list[SimFeed] = []
    bad_hosts = max(2, hosts // 10)  # timeouts and 429 live on hosts of their own (host backoff)
    for i in range(n):
        roll = rng.random()
        rate = rng.choice([0.05, 0.2, 0.5, 1.0, 2.0, 6.0, 20.0])  # from about one a day to one every 3 min
        behaviour, expected = _behaviour(roll)
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
    def __init__(self, feeds: list[SimFeed], clock: SimClock) -> None:
        self.by_path = {f.path: f for f in feeds}
        self.clock = clock
        self.requests = 0
        self.violations: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    def reset(self) -> None:
        """Forget what the last poller was told (requests, Retry-After windows, violations)."""
        with self.lock:
            self.requests = 0
            self.violations = {}
            for feed in self.by_path.values():
                feed.blocked_until = 0.0
                feed.forbidden = []

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes, float]:
        now = self.clock()
        feed = self.by_path.get(path[4:] if path.startswith("/new") else path)
        with self.lock:
            self.requests += 1
            if feed is not None and now < feed.blocked_until:  # whatever the answer would be
                self.violations.setdefault(feed.path, []).append(now)
        if feed is None:
            return 404, {}, b"", 0.0
        hour = (now - START) / 3600
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
                feed.blocked_until = now + RETRY_AFTER
                feed.forbidden.append((now, now + RETRY_AFTER))
            return 429, {"Retry-After": str(RETRY_AFTER)}, b"", 0.0
        ids = feed.published_by(now)
        etag = f'"{feed.path}-{ids[-1] if ids else -1}"'
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b"", 0.0
        items = "".join(
            f"<item><title>Tin {feed.path} số {k}</title><link>{feed.link(k)}</link>"
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


def _minus(spans: list[Span], cuts: Iterable[Span]) -> list[Span]:
    """``spans`` without the parts covered by ``cuts``."""
    for c0, c1 in cuts:
        kept: list[Span] = []
        for s0, s1 in spans:
            if c1 <= s0 or c0 >= s1:
                kept.append((s0, s1))
                continue
            if s0 < c0:
                kept.append((s0, c0))
            if c1 < s1:
                kept.append((c1, s1))
        spans = kept
    return spans


def _length(spans: list[Span]) -> float:
    return sum(b - a for a, b in spans)


def _up(feed: SimFeed, start: float, stop: float) -> list[Span]:
    """The parts of ``[start, stop)`` during which the feed answers with its items."""
    outage = OUTAGES.get(feed.behaviour)
    cuts = [] if outage is None else [(START + outage[0] * 3600, START + outage[1] * 3600)]
    return _minus([(start, stop)], cuts)


def classify(feed: SimFeed, k: int, delivered: bool, end: float) -> str | None:
    """The group of item ``k`` for the poller just run (module docstring), or None: not counted
    (published before the run, still listed at the end, or handed on)."""
    t, exit_at = feed.times[k], feed.exit_at(k)
    if delivered or not START <= t <= end or exit_at is None or exit_at > end:
        return None
    if feed.behaviour in SILENT_BEHAVIOURS:
        return "not_gettable"
    up = _up(feed, t, exit_at)
    if _length(up) < GETTABLE:
        return "not_gettable"
    if _length(_minus(up, feed.forbidden)) < GETTABLE:
        return "forbidden"
    return "lost_while_up" if _length(up) >= exit_at - t else "lost_around_outages"


def _clock(ts: float) -> str:
    """Simulated time as ``h:mm`` from the start of the run."""
    minutes = int((ts - START) // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _timeline(feed: SimFeed, k: int, group: str, polls: list[tuple[float, str]]) -> dict[str, Any]:
    """What happened to one item that was not handed on: when it was listed, when the feed
    answered, what Retry-After forbade and every poll of its feed around that time."""
    t = feed.times[k]
    exit_at = feed.exit_at(k) or t
    near = [(w, c) for w, c in polls if t - 3600 <= w <= exit_at + 3600]
    return {
        "item": feed.link(k), "group": group, "behaviour": feed.behaviour, "rate_per_hour": feed.rate,
        "listed": f"{_clock(t)}-{_clock(exit_at)}",
        "listed_while_up_min": round(_length(_up(feed, t, exit_at)) / 60, 1),
        "forbidden": [f"{_clock(a)}-{_clock(b)}" for a, b in feed.forbidden if a < exit_at and b > t],
        "polls": [f"{_clock(w)} {c}" for w, c in near],
    }  # fmt: skip


# one poll: (feed, state) -> (state, links handed on, next poll time, what happened)
PollFn = Callable[[FeedConfig, FeedState], tuple[FeedState, list[str], float, str]]


def _run(feeds: list[SimFeed], ports: list[int], sim: _Sim, clock: SimClock, hours: float,
         poll: PollFn) -> dict[str, Any]:  # fmt: skip
    sim.reset()
    configs = {
        f.path: FeedConfig(url=f"http://127.0.0.1:{ports[f.host]}{f.path}", poll_interval=900) for f in feeds
    }
    states = {f.path: FeedState(configs[f.path].url) for f in feeds}
    delivered: dict[str, int] = {}
    polls: dict[str, list[tuple[float, str]]] = {f.path: [] for f in feeds}
    queue = [(START + i * 0.01, f.path) for i, f in enumerate(feeds)]
    heapq.heapify(queue)
    end = START + hours * 3600
    memory: list[float] = []
    state_kib: list[float] = []
    checkpoints = [START + hours * 3600 * q for q in (0.25, 0.5, 0.75, 1.0)]
    started = time.monotonic()

    def checkpoint() -> None:
        memory.append(round(_rss_kib() / 1024, 1))
        size = sum(len(json.dumps(asdict(s), ensure_ascii=False)) for s in states.values())
        state_kib.append(round(size / 1024, 1))

    while queue and queue[0][0] <= end:
        when, path = heapq.heappop(queue)
        clock.now = when
        while checkpoints and when >= checkpoints[0]:
            checkpoints.pop(0)
            checkpoint()
        state, links, nxt, code = poll(configs[path], states[path])
        states[path] = state
        polls[path].append((when, code))
        for link in links:
            delivered[link] = delivered.get(link, 0) + 1
        heapq.heappush(queue, (max(nxt, when + 1.0), path))
    checkpoint()
    groups = {"not_gettable": 0, "forbidden": 0, "lost_while_up": 0, "lost_around_outages": 0}
    timelines: list[dict[str, Any]] = []
    for f in feeds:
        for k in range(len(f.times)):
            group = classify(f, k, f.link(k) in delivered, end)
            if group is None:
                continue
            groups[group] += 1
            if group != "not_gettable":
                timelines.append(_timeline(f, k, group, polls[f.path]))
    return {
        "requests": sim.requests,
        "lost": groups["lost_while_up"] + groups["lost_around_outages"],
        **groups,
        "duplicated": sum(c - 1 for c in delivered.values() if c > 1),
        "delivered": len(delivered),
        "retry_after_violations": sum(len(v) for v in sim.violations.values()),
        "memory_mb": memory,
        "state_kib": state_kib,
        "wall_s": round(time.monotonic() - started, 1),
        "timelines": timelines,
        "states": states,
        "delivered_links": delivered,
        "polls": polls,
    }


INTERNAL = ("states", "delivered_links", "polls")  # what _run returns for the caller, not for the report


def _expected(feed: SimFeed, state: FeedState) -> set[str]:
    """Acceptable final statuses: a feed whose outage ended is ok only once polled after it."""
    polled = datetime.fromisoformat(state.polled_at).timestamp() if state.polled_at else START
    outage = OUTAGES.get(feed.behaviour)
    if outage is not None:
        return {"ok"} if polled >= START + outage[1] * 3600 else {"failing", "ok"}
    return {feed.expected}


def _adaptive(poller: FeedPoller, clock: SimClock) -> PollFn:
    def poll(feed: FeedConfig, state: FeedState) -> tuple[FeedState, list[str], float, str]:
        if poller.skip_reason(feed, state) == HOST_BACKOFF:
            until = poller.hosts.blocked_until(feed.url.split("/")[2], clock()) or clock() + 60
            return state, [], until, "host_backoff"
        outcome = poller.poll(feed, state)
        known = {e.get("link") for e in state.entries}
        links = [e.link for e in outcome.entries if e.link and e.link not in known] if outcome.ok else []
        nxt = datetime.fromisoformat(outcome.state.next_poll or "").timestamp()
        return outcome.state, links, nxt, outcome.reason or outcome.outcome

    return poll


def _fixed(fetcher: Fetcher, clock: SimClock, interval: float) -> PollFn:
    """The fixed-interval poller: every ``interval`` seconds, conditional GET, nothing else."""
    known: dict[str, set[str]] = {}

    def poll(feed: FeedConfig, state: FeedState) -> tuple[FeedState, list[str], float, str]:
        result = fetcher.fetch_feed(feed.url, etag=state.etag)
        nxt = clock() + interval
        if not result.ok or result.not_modified:
            return state, [], nxt, result.error_reason or "not_modified"
        parsed = parse_feed(result.data, url=result.final_url, content_type=result.content_type)
        links = [e.link for e in parsed.entries if e.link]
        before = known.get(feed.url, set())
        known[feed.url] = set(links)
        return FeedState(feed.url, etag=result.etag), [x for x in links if x not in before], nxt, "fetched"

    return poll


def _forbidden_got_by(fixed: dict[str, Any], adaptive: list[dict[str, Any]], sim: _Sim) -> dict[str, int]:
    """Of the items the adaptive poller could not get without breaking ``Retry-After``: how many
    the fixed poller got, and how many of those only through a request inside a forbidden window."""
    forbidden = [t["item"] for t in adaptive if t["group"] == "forbidden"]
    got = [link for link in forbidden if link in fixed["delivered_links"]]
    breaking = 0
    for link in got:
        path = "/" + link.split("/")[3]
        feed = sim.by_path[path]
        k = int(link.rsplit("/", 1)[1].split(".")[0])
        t, exit_at = feed.times[k], feed.exit_at(k) or START
        allowed = _minus(_up(feed, t, exit_at), feed.forbidden)  # the fixed poller's own windows
        fetched = [w for w, c in fixed["polls"][path] if c == "fetched" and t <= w < exit_at]
        if fetched and not any(a <= w < b for w in fetched for a, b in allowed):
            breaking += 1
    return {"items": len(forbidden), "got_by_fixed": len(got), "fixed_got_only_by_breaking_it": breaking}


def run_bench(n: int = 500, hours: float = 24.0, hosts: int = 20, fixed_interval: float = 600.0,
              seed: int = 13, fixed: bool = True) -> dict[str, Any]:  # fmt: skip
    """Run the adaptive poller (and, with ``fixed``, the fixed one) over the same simulated feeds."""
    rng = random.Random(seed)
    feeds = _feeds(n, hosts, hours, rng)
    clock = SimClock(START)
    sim = _Sim(feeds, clock)
    servers, ports = _serve(sim, hosts)
    results: dict[str, Any] = {"feeds": n, "hosts": hosts, "simulated_hours": hours}
    try:
        fetcher = _fetcher()
        poller = FeedPoller(
            fetcher, clock=clock, rng=random.Random(seed), hosts=HostBackoff(random.Random(seed))
        )
        run = _run(feeds, ports, sim, clock, hours, _adaptive(poller, clock))
        statuses = {f.path: Health.from_dict(run["states"][f.path].health).status for f in feeds}
        wrong = {
            f.path: (f.behaviour, statuses[f.path])
            for f in feeds
            if statuses[f.path] not in _expected(f, run["states"][f.path])
        }
        adaptive = {k: v for k, v in run.items() if k not in INTERNAL}
        adaptive["wrongly_marked"] = len(wrong)
        adaptive["wrong_examples"] = dict(list(wrong.items())[:5])
        counts = list(statuses.values())
        adaptive["status_counts"] = {s: counts.count(s) for s in sorted(set(counts))}
        results["adaptive"] = adaptive
        if fixed:
            base = _run(feeds, ports, sim, clock, hours, _fixed(fetcher, clock, fixed_interval))
            adaptive["forbidden_check"] = _forbidden_got_by(base, run["timelines"], sim)
            skip = (*INTERNAL, "memory_mb", "state_kib")
            results["fixed"] = {k: v for k, v in base.items() if k not in skip}
            results["fixed"]["interval_s"] = fixed_interval
            results["fixed"]["timelines"] = base["timelines"][:20]
            results["request_ratio"] = round(base["requests"] / max(1, run["requests"]), 2)
        fetcher.close()
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
    parser.add_argument(
        "--no-fixed", action="store_true", help="run the adaptive poller only (the fixed one is slow)"
    )
    parser.add_argument("--seed", type=int, default=13, help="random seed of the simulation")


def main(argv: list[str] | None = None) -> int:
    """Entry point: print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="bantin bench feeds", description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    figures = run_bench(args.feeds, args.hours, args.hosts, args.fixed_interval, args.seed, not args.no_fixed)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    adaptive = figures["adaptive"]
    good = adaptive["lost"] == 0 and adaptive["duplicated"] == 0 and adaptive["wrongly_marked"] == 0
    return 0 if good and figures.get("request_ratio", 3) >= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
