"""People resolution (transforms/canonical/resolve.py): pure, deterministic, merges explained."""

from __future__ import annotations

import random

from transforms.article import build_article
from transforms.canonical.apply import position
from transforms.canonical.forms import canonical_person, key
from transforms.canonical.resolve import (
    PersonMention,
    groups_by_key,
    mentions_from_record,
    person_document,
    resolve_group,
    resolve_people,
)
from transforms.records import RawDocument, Source


def _mention(article: str, name: str, *titles: str, date: str | None = None) -> PersonMention:
    positions = [position(title) for title in titles]
    canonical = canonical_person(name)
    return PersonMention(article, name, canonical, key(canonical), tuple(positions), date, (f"{article}-m",))


def test_one_person_across_articles_and_spellings_of_the_office() -> None:
    people = resolve_people(
        [
            _mention("a1", "Nguyễn Tấn Dũng", "Phó thủ tướng", date="2005-03-01"),
            _mention("a2", "Nguyễn Tấn Dũng", "Phó Thủ tướng Thường trực", date="2006-01-10"),
            _mention("a3", "Nguyễn Tấn Dũng", "Thủ tướng Chính phủ", date="2006-08-01"),
            _mention("a4", "Nguyễn Tấn Dũng", date="2006-09-01"),  # no title: the one person of the name
        ]
    )
    assert len(people) == 1
    person = people[0]
    assert {u.article_id for u in person.mentions} == {"a1", "a2", "a3", "a4"}
    bases = dict(person.merged_on)
    assert bases["body: Chính phủ"] == 2 and bases["same name"] == 1
    doc = person_document(person)
    assert [p["title"] for p in doc["positions"]] == [
        "Phó Thủ tướng Chính phủ",
        "Phó Thủ tướng Thường trực Chính phủ",
        "Thủ tướng Chính phủ",
    ]
    assert doc["positions"][2]["first_seen"] == "2006-08-01"
    assert (doc["first_seen"], doc["last_seen"], doc["article_count"]) == ("2005-03-01", "2006-09-01", 4)


def test_namesakes_with_incompatible_offices_stay_apart() -> None:
    people = resolve_people(
        [
            _mention("a1", "Nguyễn Văn Hùng", "Giám đốc Sở Y tế Hà Nội"),
            _mention("a2", "Nguyễn Văn Hùng", "Giám đốc Sở Y tế TP Hà Nội"),
            _mention("a3", "Nguyễn Văn Hùng", "Thứ trưởng Bộ Công an"),
            _mention("a4", "Nguyễn Văn Hùng"),  # which one? no guess
        ]
    )
    groups = sorted(sorted(u.article_id for u in p.mentions) for p in people)
    assert groups == [["a1", "a2"], ["a3"], ["a4"]]


def test_a_tone_mark_typo_merges_only_when_the_titles_agree() -> None:
    people = resolve_people(
        [
            _mention("a1", "Nguyễn Tấn Dũng", "Thủ tướng"),
            _mention("a2", "Nguyễn Tấn Dũng", "Thủ tướng"),
            _mention("a3", "Nguyễn Tân Dũng", "Thủ tướng"),
            _mention("a4", "Nguyễn Tân Dũng", "Giám đốc Công ty Xây dựng số 1"),
        ]
    )
    merged = next(p for p in people if len(p.mentions) == 3)
    assert merged.name == "Nguyễn Tấn Dũng"  # the most frequent spelling
    assert {u.canonical for u in merged.mentions} == {"Nguyễn Tấn Dũng", "Nguyễn Tân Dũng"}
    assert len(people) == 2


def test_given_name_aliases_inside_an_article_are_one_person() -> None:
    text = (
        "Hà Nội\n\nĐồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối chủ trì hội nghị. "
        "Phát biểu kết luận, đồng chí Thể nhấn mạnh yêu cầu đổi mới."
    )
    article = build_article(RawDocument(Source("file", path="x.txt"), text.encode()))
    units = mentions_from_record(article.to_dict())
    assert [u.canonical for u in units] == ["Nguyễn Văn Thể"]
    assert article.extraction.people[0].mentions == 2
    people = resolve_people(units)
    assert len(people) == 1


def test_resolution_is_deterministic_whatever_the_order() -> None:
    mentions = [
        _mention(f"a{i}", name, *titles)
        for i, (name, titles) in enumerate(
            [
                ("Lê Thanh Hải", ("Bí thư Thành ủy TP HCM",)),
                ("Lê Thanh Hải", ("Bí thư Thành ủy TP.HCM", "Ủy viên Bộ Chính trị")),
                ("Lê Thanh Hải", ()),
                ("Trần Văn A", ("Chủ tịch UBND tỉnh Long An",)),
                ("Trần Văn A", ("Giám đốc",)),
            ]
        )
    ]
    first = resolve_people(mentions)
    shuffled = list(mentions)
    random.Random(3).shuffle(shuffled)
    assert resolve_people(shuffled) == first
    ids = {p.person_id for p in first}
    # "Giám đốc" alone is not an office the Trần Văn A of Long An holds: no guess
    assert len(ids) == len(first) == 3


def test_groups_by_key_give_each_key_its_mentions_in_one_order_whatever_the_read_order() -> None:
    # scale (issue 15): resolution reads a batch of keys' mentions in the index's order, then groups
    mentions = [
        _mention("a3", "Lê Thanh Hải", "Bí thư Thành ủy TP HCM"),
        _mention("a1", "Trần Văn A", "Giám đốc"),
        _mention("a2", "Lê Thanh Hải"),
        _mention("a1", "Lê Thanh Hải", "Ủy viên Bộ Chính trị"),
        _mention("a4", "Trần Văn A", "Chủ tịch UBND tỉnh Long An"),
    ]
    groups = groups_by_key(mentions)
    assert [k for k, _ in groups] == ["le thanh hai", "tran van a"]
    assert [m.article_id for m in groups[0][1]] == ["a1", "a2", "a3"]
    shuffled = list(mentions)
    random.Random(5).shuffle(shuffled)
    assert groups_by_key(shuffled) == groups
    # a batch resolved key by key is the whole resolution
    batched = sorted(
        (person for _, group in groups_by_key(shuffled) for person in resolve_group(group)),
        key=lambda p: p.person_id,
    )
    assert batched == resolve_people(mentions)
    assert groups_by_key([]) == []
