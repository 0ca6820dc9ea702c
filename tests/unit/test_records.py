"""The records' shared bases keep each record's JSON keys in its own order (docs/record.md)."""

from __future__ import annotations

import argparse
import json

from pipelines.flags import Flag, add_flags, switch
from pipelines.options import FLAGS, BantinOptions
from transforms.records import (
    Article,
    CleanedText,
    DocumentRef,
    Event,
    Extraction,
    Figure,
    Organization,
    Person,
    Position,
    Source,
)

TAIL = ["start", "end", "canonical", "key"]


def _keys(article: Article, kind: str) -> list[str]:
    return list(json.loads(json.dumps(article.to_dict()))[kind][0])


def test_entity_json_keeps_its_own_fields_first_and_the_shared_span_and_keys_last() -> None:
    position = Position(text="Bí thư", canonical="Bí thư", key="bi thu", role="Bí thư")
    extraction = Extraction(
        people=(Person(name="A", titles=("Bí thư",), start=3, end=4, key="a", positions=(position,)),),
        organizations=(Organization(name="B", start=5, end=6),),
        documents=(DocumentRef("05-CT/TW", "Chỉ thị", start=7, end=8),),
        events=(Event(name="Hội nghị", date="2026-01-02", start=9, end=10),),
        figures=(Figure(value=62.0, unit="đề án", text="62 đề án", start=1, end=9),),
    )
    article = Article(
        id="x", source=Source("file", path="x.txt"), body="b", content_hash="h", extraction=extraction
    )
    assert _keys(article, "people") == ["name", "titles", "aliases", "mentions", "roles", *TAIL, "positions"]
    assert _keys(article, "organizations") == ["name", "mentions", "short_forms", *TAIL]
    assert _keys(article, "documents") == ["ref", "type", "issuer", "number", "title", "text", *TAIL]
    assert _keys(article, "events")[:7] == [
        "name",
        "session",
        "expanded",
        "scope",
        "date",
        "place",
        "organizer",
    ]
    assert _keys(article, "events")[7:] == TAIL
    assert _keys(article, "figures") == ["value", "unit", "text", "start", "end"]
    people = article.to_dict()["people"][0]
    assert (people["start"], people["key"], people["positions"][0]["role"]) == (3, "a", "Bí thư")


def test_an_article_takes_every_text_field_of_its_cleaned_text() -> None:
    text = CleanedText(
        title="T",
        lead="L",
        body="B",
        captions=("c",),
        authors=("a",),
        publisher="P",
        published="2026-01-01",
        spelling_original=((0, "hoà"),),
    )
    article = Article.of(text, id="x", source=Source("file", path="x.txt"), content_hash="h", notes=("n",))
    assert isinstance(article, CleanedText)
    assert (article.title, article.lead, article.body, article.captions) == ("T", "L", "B", ("c",))
    assert (article.publisher, article.published, article.spelling_original) == (
        "P",
        "2026-01-01",
        ((0, "hoà"),),
    )
    assert (article.id, article.content_hash, article.notes, article.language) == ("x", "h", ("n",), "vi")
    assert list(article.to_dict())[:4] == ["id", "source", "title", "title_inferred"]


def test_flag_tables_declare_what_argparse_parses() -> None:
    parser = argparse.ArgumentParser()
    add_flags(
        parser,
        (
            Flag("--n", "a number (default %(default)s)", default=3, type=int),
            Flag("--many", "repeatable", action="append"),
            Flag("--level", "one of", default="B", choices=("A", "B")),
            switch("--on", "a switch"),
            Flag("--dry", "dest set", default=False, action="store_true", dest="other"),
        ),
    )
    args = parser.parse_args(["--many", "x", "--many", "y", "--on", "--dry"])
    assert (args.n, args.many, args.level, args.on, args.other) == (3, ["x", "y"], "B", True, True)
    assert parser.parse_args(["--n", "5"]).n == 5
    assert "(default 3)" in parser.format_help()


def test_every_pipeline_flag_has_a_help_and_one_name() -> None:
    names = [f.name for f in FLAGS]
    assert len(names) == len(set(names)) and all(f.help.strip() for f in FLAGS)
    opts = BantinOptions(["--batch-size", "7", "--dry-run", "--allow-host", "127.0.0.1"])
    assert opts.batch_size == 7 and opts.bantin_dry_run is True and opts.allow_host == ["127.0.0.1"]
