"""``bantin eval``: extraction scored against gold records, with every miss and false positive.

Runs the same extraction as ``bantin extract`` (``transforms.article.build_article``) on
the inputs (files, folders, JSON-lines archives) and scores the records with
:mod:`transforms.evaluation` (the reference scorer's fields, matching and folding).

A file is matched to its gold record by its stem (``seeds/000_x.txt`` -> ``000_x``); a
record of a JSON-lines archive by its id mapped as the gold set does
(``"XH_NLD_T_ (8962)"`` -> ``XH_NLD_T_8962``). Inputs without a gold record are skipped
before extraction (an archive of thousands of texts with a gold file of thirty costs
thirty extractions).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from transforms.evaluation import Evaluation, Finding, evaluate, gold_id, record_key, stem_of
from transforms.sources.files import DEFAULT_MAX_BYTES

#: Score lines, in order: (label, score key or keys, counts key).
_TABLE = (
    ("people", ("", "", "people_f1"), "people"),
    ("person_title", ("person_title_p", "person_title_r", "person_title_f1"), "person_title"),
    ("documents", ("documents_p", "documents_r", "documents_f1"), "documents"),
    ("authors", ("", "", "authors_f1"), "authors"),
)
_RATIOS = (
    ("records_found", "records_found", "records_found"),
    ("document_type_acc", "document_type_acc", "document_type"),
    ("title_acc", "title_acc", "title"),
    ("published_acc", "published_acc", "published"),
    ("event_date_acc", "event_date_acc", "event_date"),
    ("events_r", "events_r", "events"),
    ("events_p", "events_p", "events_predicted"),
    ("places_r", "places_r", "places"),
    ("organizations_r", "organizations_r", "organizations"),
    ("body_checks", "body_checks", "body_checks"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``bantin eval``.

    Args:
        parser: The subcommand's parser.
    """
    parser.add_argument("paths", nargs="+", help="inputs: files, folders, JSON-lines archives (.jsonl[.gz])")
    parser.add_argument(
        "--gold", action="append", required=True, help="gold records, one JSON object a line (repeatable)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print scores, counts and findings as one JSON object"
    )
    parser.add_argument(
        "--field",
        action="append",
        help="show findings of this field only (repeatable: people, person_title, organizations, events...)",
    )
    parser.add_argument("--no-findings", action="store_true", help="print the scores only")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="larger inputs are rejected")


def _load_gold(paths: list[str]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path} line {number}: not JSON ({exc})") from exc
                if not isinstance(record, dict) or "id" not in record:
                    raise ValueError(f"{path} line {number}: a gold record needs an id")
                records.append(record)
    return records


def _predictions(
    paths: list[str], wanted: set[str], max_bytes: int, errors: list[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(gold key, article record) of each input that has a gold record, extracted as ``bantin extract``."""
    from transforms.article import ArticleError, build_article
    from transforms.records import RawDocument
    from transforms.sources.files import InputError, kind_of
    from transforms.steps.read import list_inputs, read_inputs

    listing = list_inputs(paths)
    errors.extend(f"[read/{error.reason}] {error.path}: {error}" for error in listing.errors)
    for path in listing.paths:
        docs: list[tuple[str, RawDocument]] = []
        archive = kind_of(path) == "jsonl"
        if not archive and stem_of(path) not in wanted:
            continue
        for item in read_inputs(path, max_bytes):
            if isinstance(item, InputError):
                errors.append(f"[read/{item.reason}] {item.path}: {item}")
                continue
            key = gold_id((item.source.path or "").rpartition("#")[2]) if archive else stem_of(path)
            if key in wanted:
                docs.append((key, item))
        for key, doc in docs:
            try:
                article = build_article(doc)
            except ArticleError as exc:
                errors.append(f"[{exc.stage}/{exc.reason}] {doc.source.locator()}: {exc}")
                continue
            yield key, article.to_dict()


def run_evaluation(
    gold_paths: list[str], paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Evaluation, list[str]]:
    """Extract the inputs that have gold records and score them.

    Args:
        gold_paths: Gold JSON-lines files.
        paths: Inputs (files, folders, archives).
        max_bytes: Larger inputs are rejected (as in ``bantin extract``).

    Returns:
        The evaluation and the inputs that failed (one line each).
    """
    gold = _load_gold(gold_paths)
    wanted = {str(g["id"]) for g in gold}
    errors: list[str] = []
    preds: dict[str, dict[str, Any]] = {}
    for key, record in _predictions(paths, wanted, max_bytes, errors):
        preds[key] = record
    # a file named after its gold id needs no mapping; keep the scorer's own key as well
    for record in list(preds.values()):
        preds.setdefault(record_key(record), record)
    return evaluate(gold, preds), errors


def _print_scores(result: Evaluation) -> None:
    s, c = result.scores, result.counts
    print(f"{'field':20s} {'P':>6s} {'R':>6s} {'F1':>6s}   counts")
    for label, (p, r, f), key in _TABLE:
        n = c[key]
        prf = [f"{s[k]:6.3f}" if k else f"{'':6s}" for k in (p, r)]
        if not p:
            tp, fp, fn = n["tp"], n["fp"], n["fn"]
            prf = [
                f"{(tp / (tp + fp) if tp + fp else 1.0):6.3f}",
                f"{(tp / (tp + fn) if tp + fn else 1.0):6.3f}",
            ]
        print(f"{label:20s} {prf[0]} {prf[1]} {s[f]:6.3f}   tp={n['tp']} fp={n['fp']} fn={n['fn']}")
    for label, key, ckey in _RATIOS:
        n = c[ckey]
        print(f"{label:20s} {'':6s} {'':6s} {s[key]:6.3f}   {n['hit']}/{n['total']}")
    print(f"{'overall':20s} {'':6s} {'':6s} {s['overall']:6.3f}")


def _print_findings(findings: list[Finding]) -> None:
    current = None
    for f in findings:
        if f.record != current:
            current = f.record
            print(f"\n== {current}")
        if f.kind == "miss":
            line = f"  MISS  {f.field}: {f.gold}" + (f"   [predicted: {f.predicted}]" if f.predicted else "")
        elif f.kind == "false_positive":
            line = f"  FP    {f.field}: {f.predicted}" + (f"   [gold: {f.gold}]" if f.gold else "")
        else:
            line = f"  WRONG {f.field}: gold {f.gold!r} / predicted {f.predicted!r}"
        print(line)
        if f.sentence:
            print(f"        « {f.sentence} »")


def evaluate_command(args: argparse.Namespace) -> int:
    """``bantin eval``: print the scores, then each finding (or all of it as JSON with ``--json``).

    Returns:
        0, or 2 when a gold file cannot be read, 1 when some inputs failed.
    """
    try:
        result, errors = run_evaluation(args.gold, args.paths, args.max_bytes)
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the gold records: {exc}", file=sys.stderr)
        return 2
    for line in errors:
        print(f"failed {line}", file=sys.stderr)
    findings = result.findings
    if args.field:
        findings = [f for f in findings if f.field in args.field]
    if args.json:
        out = result.as_dict()
        out["findings"] = [] if args.no_findings else [f.__dict__ for f in findings]
        print(json.dumps(out, ensure_ascii=False))
    else:
        _print_scores(result)
        if result.missing:
            print("missing records:", " ".join(result.missing))
        if not args.no_findings:
            _print_findings(findings)
        print("SCORE " + " ".join(f"{k}={v:.3f}" for k, v in result.scores.items()))
    return 1 if errors else 0
