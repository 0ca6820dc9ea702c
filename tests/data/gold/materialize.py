#!/usr/bin/env python3
"""Write the inputs of the labeled gold set into one folder, named by gold id.

Usage:
    python tests/data/gold/materialize.py --split dev|heldout|all --out DIR \
        [--gold-dir DIR ...] [--shared PATH]

Each input of the chosen split is written as ``DIR/<gold id>.<ext>``:

- ``vntc``: the text of the VNTC record, as stored in
  ``<shared>/corpora/vntc-politics/vntc-chinh-tri-xa-hoi-test.jsonl.gz`` (CRLF kept), as ``<id>.txt``;
- ``html``: a copy of ``<shared>/corpora/vn-news-html/<id>.html``;
- ``web``: a copy of ``<gold dir>/<split>/texts/<id>.txt``.

The ids come from the ``sources*.tsv`` files and the ``dev/*.jsonl`` / ``heldout/*.jsonl`` gold files
of each gold dir (default: the folder of this script). VNTC texts and HTML pages are never committed:
when ``../shared`` is absent they are skipped with a message and the web texts are still written.
Stdlib only, so it runs without the project's virtual environment.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DEFAULT_SHARED = ROOT.parent / "shared"
VNTC_FILE = Path("corpora/vntc-politics/vntc-chinh-tri-xa-hoi-test.jsonl.gz")
HTML_DIR = Path("corpora/vn-news-html")
SPLITS = ("dev", "heldout")
KINDS = ("vntc", "html", "web")
_VNTC_ID = re.compile(r"^XH_[A-Z]+_T_\d+$")


def gold_id(vntc_id: str) -> str:
    """The gold id of a VNTC id: every run of non-alphanumerics becomes ``_``, outer ``_`` stripped.

    Args:
        vntc_id: the id as stored in the corpus, e.g. ``"XH_NLD_T_ (8962)"``.

    Returns:
        The gold id, e.g. ``"XH_NLD_T_8962"``.
    """
    return re.sub(r"[^0-9A-Za-z]+", "_", vntc_id).strip("_")


def split_of(item_id: str) -> str:
    """The split of a gold id, fixed by a hash: held-out iff sha1(id) % 5 < 2, else dev."""
    return "heldout" if int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 5 < 2 else "dev"


@dataclass(frozen=True)
class Item:
    """One input of the gold set."""

    id: str
    split: str
    kind: str
    origin: str
    gold_dir: Path


def read_sources(gold_dir: Path) -> dict[str, Item]:
    """Items listed in every ``sources*.tsv`` of a gold dir (tab-separated; a header line is skipped).

    Args:
        gold_dir: a folder holding ``sources.tsv`` and/or ``sources-web.tsv``.

    Returns:
        The items by id.
    """
    items: dict[str, Item] = {}
    for path in sorted(gold_dir.glob("sources*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cells = line.rstrip("\r").split("\t")
            if not line.strip() or line.startswith("#") or cells[0] == "id":
                continue
            if len(cells) < 4 or cells[2] not in KINDS:
                print(
                    f"{path}:{number}: ignored, expected id, split, kind, origin: {line!r}", file=sys.stderr
                )
                continue
            items[cells[0]] = Item(cells[0], cells[1], cells[2], cells[3], gold_dir)
    return items


def read_gold_ids(gold_dir: Path) -> dict[str, str]:
    """Ids of the gold records under ``dev/`` and ``heldout/`` of a gold dir, with the kind of their file."""
    found: dict[str, str] = {}
    for split in SPLITS:
        for path in sorted((gold_dir / split).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found[str(json.loads(line)["id"])] = path.stem
    return found


def collect(gold_dirs: list[Path]) -> list[Item]:
    """Every input named by the gold dirs: the sources files first, then gold ids they do not list."""
    items: dict[str, Item] = {}
    for gold_dir in gold_dirs:
        listed = read_sources(gold_dir)
        for item_id, file_kind in read_gold_ids(gold_dir).items():
            if item_id in listed or item_id in items:
                continue
            kind = file_kind if file_kind in KINDS else ("vntc" if _VNTC_ID.match(item_id) else "web")
            listed[item_id] = Item(item_id, split_of(item_id), kind, "", gold_dir)
        for item_id, item in listed.items():
            items.setdefault(item_id, item)
    for item in items.values():
        if item.split != split_of(item.id):
            print(
                f"warning: {item.id} is listed as {item.split}, the split rule says {split_of(item.id)}",
                file=sys.stderr,
            )
    return sorted(items.values(), key=lambda item: item.id)


def load_vntc(path: Path, wanted: set[str]) -> dict[str, str]:
    """Texts of the wanted gold ids from the VNTC jsonl.gz, as stored."""
    texts: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            key = gold_id(str(record["id"]))
            if key in wanted:
                texts[key] = str(record["text"])
    return texts


def materialize(items: list[Item], out: Path, shared: Path) -> tuple[dict[str, int], list[str]]:
    """Write the items into ``out``.

    Args:
        items: the inputs to write.
        out: the folder to write into (created).
        shared: the ``../shared`` folder.

    Returns:
        Counts written per kind, and the problems met (missing inputs, absent ``../shared``).
    """
    out.mkdir(parents=True, exist_ok=True)
    written = dict.fromkeys(KINDS, 0)
    problems: list[str] = []
    have_shared = shared.is_dir()
    needs_shared = [item for item in items if item.kind in ("vntc", "html")]
    if needs_shared and not have_shared:
        problems.append(
            f"skipped {len(needs_shared)} vntc/html inputs: {shared} is absent "
            "(VNTC texts and HTML pages are read from ../shared, never committed); pass --shared PATH"
        )
    vntc: dict[str, str] = {}
    wanted = {item.id for item in items if item.kind == "vntc"}
    if wanted and have_shared:
        if (shared / VNTC_FILE).is_file():
            vntc = load_vntc(shared / VNTC_FILE, wanted)
        else:
            problems.append(f"skipped {len(wanted)} vntc inputs: {shared / VNTC_FILE} is absent")
    for item in items:
        if item.kind == "vntc":
            if not have_shared or not (shared / VNTC_FILE).is_file():
                continue
            if item.id not in vntc:
                problems.append(f"{item.id}: no VNTC record with this gold id")
                continue
            with open(out / f"{item.id}.txt", "w", encoding="utf-8", newline="") as handle:
                handle.write(vntc[item.id])
        elif item.kind == "html":
            if not have_shared:
                continue
            source = shared / HTML_DIR / f"{item.id}.html"
            if not source.is_file():
                problems.append(f"{item.id}: {source} is absent")
                continue
            shutil.copyfile(source, out / f"{item.id}.html")
        else:
            source = item.gold_dir / item.split / "texts" / f"{item.id}.txt"
            if not source.is_file():
                problems.append(f"{item.id}: {source} is absent")
                continue
            shutil.copyfile(source, out / f"{item.id}.txt")
        written[item.kind] += 1
    return written, problems


def remove_others(out: Path, others: list[Item]) -> list[str]:
    """Delete inputs of the other split left in ``out`` by an earlier run, so they are never scored or read.

    Args:
        out: the output folder.
        others: the gold items that are not in the chosen split.

    Returns:
        The names of the files removed.
    """
    removed = []
    for item in others:
        for ext in ("txt", "html"):
            path = out / f"{item.id}.{ext}"
            if path.is_file():
                path.unlink()
                removed.append(path.name)
    return removed


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status (1 when a listed input is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=(*SPLITS, "all"), required=True, help="which split to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the inputs into")
    parser.add_argument(
        "--gold-dir",
        type=Path,
        action="append",
        help="a gold folder with sources*.tsv and dev/, heldout/ (repeatable; default: this script's folder)",
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    args = parser.parse_args(argv)
    gold_dirs: list[Path] = args.gold_dir or [HERE]
    every = collect(gold_dirs)
    items = [item for item in every if args.split in ("all", item.split)]
    removed = remove_others(args.out, [item for item in every if item not in items])
    if removed:
        print(f"removed {len(removed)} inputs of the other split left in {args.out}", file=sys.stderr)
    written, problems = materialize(items, args.out, args.shared)
    for problem in problems:
        print(problem, file=sys.stderr)
    counts = ", ".join(f"{kind} {count}" for kind, count in written.items())
    print(f"wrote {sum(written.values())} of {len(items)} {args.split} inputs to {args.out} ({counts})")
    missing = [p for p in problems if not p.startswith("skipped")]
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
