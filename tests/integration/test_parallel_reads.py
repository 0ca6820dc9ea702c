"""Archives read in shards: two workers (DirectRunner multi-processing, Flink parallelism 2) write
exactly what one worker writes: the same article ids, mention ids, dropped copies and dead letters.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.people import people_alias
from tests.integration.test_flink_runner import job_endpoint  # noqa: F401 - the module's job server
from tests.support.es import drop_alias, drop_templates, indexed_docs
from tests.support.runners import run_bounded, vntc_slice, written_ids

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings(
        "ignore:Exception in thread read_grpc_client_inputs:pytest.PytestUnhandledThreadExceptionWarning"
    ),
]

# 1,000 articles take 30-60 s on the DirectRunner and 60-150 s on Flink here; past this something hangs.
PIPELINE_TIMEOUT = 600.0
_SUMMARY = re.compile(r"built (\d+) articles, wrote (\d+), failed (\d+), duplicates dropped (\d+)")


@pytest.fixture()
def aliases(es_url: str) -> Iterator[tuple[str, str]]:
    pair = (f"test-{uuid.uuid4().hex[:10]}", f"test-{uuid.uuid4().hex[:10]}")
    yield pair
    for alias in pair:
        drop_alias(es_url, alias)
        drop_templates(es_url, people_alias(alias))


# exit code, (built, written, failed, dropped), dead letters, (article ids, mention ids), seconds
Outcome = tuple[int, tuple[str, ...], list[tuple[str, str]], tuple[set[str], set[str]], float]


def _run(
    path: Path, es_url: str, alias: str, dead: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> Outcome:
    dead.mkdir(exist_ok=True)
    argv = ["--input", str(path), "--es-url", es_url, "--index", alias, "--dead-letter-dir", str(dead)]
    code, elapsed = run_bounded([*argv, "--progress-interval", "0", *extra], PIPELINE_TIMEOUT)
    out = capsys.readouterr().out
    match = _SUMMARY.search(out)
    assert match, out
    letters = sorted(
        (json.loads(line)["reason"], json.loads(line)["source"]["path"].rsplit("/", 1)[-1])
        for f in dead.glob("*.jsonl")
        for line in f.read_text(encoding="utf-8").splitlines()
    )
    return code, tuple(match.groups()), letters, written_ids(es_url, alias), elapsed


def test_two_workers_write_what_one_writes(
    es_url: str, aliases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = vntc_slice(tmp_path, 150, copies=True)
    one = _run(path, es_url, aliases[0], tmp_path / "d1", ["--direct_num_workers=1"], capsys)
    two = _run(
        path,
        es_url,
        aliases[1],
        tmp_path / "d2",
        ["--direct_num_workers=2", "--direct_running_mode=multi_processing", "--read-shards=4"],
        capsys,
    )
    print(f"1 worker {one[4]:.1f}s, 2 workers {two[4]:.1f}s")
    assert one[0] == two[0] == 1  # the bad line is a dead letter in both
    assert one[1] == two[1] and one[1][3] == "2"  # built, written, failed, duplicates dropped
    assert one[2] == two[2] and [r for r, _ in one[2]] == ["bad_record"]
    assert one[3] == two[3] and len(one[3][0]) == 150
    # people resolved in the same pipeline (scale): the same people, the same person ids
    people = [
        {k: {f: v for f, v in d.items() if f != "resolved_at"} for k, d in indexed_docs(es_url, a).items()}
        for a in (people_alias(aliases[0]), people_alias(aliases[1]))
    ]
    assert people[0] == people[1] and len(people[0]) > 50


def test_flink_parallelism_2_writes_what_the_direct_runner_writes(
    es_url: str,
    aliases: tuple[str, str],
    tmp_path: Path,
    job_endpoint: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = vntc_slice(tmp_path, 1000, copies=False)
    direct = _run(path, es_url, aliases[0], tmp_path / "d1", [], capsys)
    flink = _run(
        path,
        es_url,
        aliases[1],
        tmp_path / "d2",
        [
            "--runner=PortableRunner",
            f"--job_endpoint={job_endpoint}",
            "--environment_type=LOOPBACK",
            "--parallelism=2",
        ],
        capsys,
    )
    print(f"1,000 VNTC articles: DirectRunner {direct[4]:.1f}s, Flink parallelism 2 {flink[4]:.1f}s")
    assert direct[0] == flink[0] == 0
    assert direct[1] == flink[1] and direct[1][:2] == ("1000", "1000")
    assert direct[3] == flink[3] and len(direct[3][0]) == 1000 and direct[3][1]
