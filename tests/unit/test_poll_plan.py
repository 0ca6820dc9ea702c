"""Which items a poll takes (Beam-free): the cap, the rest kept, credentials dropped."""

from __future__ import annotations

from transforms.records import FeedEntry
from transforms.sources.feed_state import entry_to_dict
from transforms.sources.poll_plan import plan_poll, without_credentials


def entries(prefix: str, n: int) -> list[FeedEntry]:
    return [FeedEntry(guid=f"{prefix}{i}", link=f"https://x.vn/{prefix}/{i}") for i in range(n)]


def test_the_cap_takes_the_first_new_items_and_the_rest_is_deferred() -> None:
    listed = entries("a", 2500)
    written = {e.link for e in listed[:700]}
    calls: list[int] = []

    def existing(ids: list[str]) -> set[str]:
        calls.append(len(ids))
        return {i for i in ids if i in written}

    plan = plan_poll(listed, (), existing, lambda link: link, max_items=500)
    assert [e.guid for e in plan.new] == [f"a{i}" for i in range(700, 1200)]
    assert plan.already_ingested == 700 and plan.deferred == 1300
    assert calls == [1000, 1000]  # stops checking once the cap is reached
    assert len(plan.stored) == 2500


def test_unlisted_unwritten_items_stay_candidates_and_written_ones_are_pruned() -> None:
    old = entries("a", 10)
    previous = tuple(entry_to_dict(e) for e in old)
    written = {e.link for e in old[:4]}
    plan = plan_poll(entries("b", 3), previous, lambda ids: {i for i in ids if i in written}, lambda x: x)
    assert [e.guid for e in plan.new] == ["b0", "b1", "b2", "a4", "a5", "a6", "a7", "a8", "a9"]
    assert [e["guid"] for e in plan.stored] == ["b0", "b1", "b2", "a4", "a5", "a6", "a7", "a8", "a9"]


def test_a_304_lists_the_stored_items_and_keeps_the_state() -> None:
    previous = tuple(entry_to_dict(e) for e in entries("a", 3))
    plan = plan_poll(None, previous, lambda ids: set(), lambda x: x, max_items=2)
    assert [e.guid for e in plan.new] == ["a0", "a1"] and plan.deferred == 1 and plan.stored == previous


def test_links_lose_their_credentials() -> None:
    [entry] = without_credentials([FeedEntry(guid="g", link="https://u:pw@x.vn/a")])
    assert entry.link == "https://x.vn/a"
