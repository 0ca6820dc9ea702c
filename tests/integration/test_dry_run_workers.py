"""``--dry-run`` on worker processes: bantin's flag must not collide with Beam's ``--dry_run``.

Workers of the DirectRunner's multi_processing mode (and of portable runners) re-parse the
pipeline options; bantin's ``--dry-run`` once shared the ``dry_run`` destination of Beam's
TestOptions ``--dry_run VALUE``, so every worker exited with a usage error and the run hung.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.options.pipeline_options import TestOptions as BeamTestOptions

from pipelines.options import BantinOptions
from tests.conftest import SEEDS
from tests.support.runners import run_bounded

# 3 seed texts on 2 worker processes take ~10 s here; past this the workers are stuck.
PIPELINE_TIMEOUT = 240.0
_SUMMARY = re.compile(r"read (\d+) inputs, built (\d+) articles, wrote (\d+), failed (\d+)")


def test_dry_run_is_bantins_own_option_not_beams() -> None:
    options = PipelineOptions(["--dry-run"])
    assert options.view_as(BantinOptions).bantin_dry_run is True
    assert not options.view_as(BeamTestOptions).dry_run
    # what a worker receives: the options as flags, parsed again
    flags = options.get_all_options(drop_default=True, retain_unknown_options=True)
    assert flags.get("bantin_dry_run") is True and "dry_run" not in flags
    # parsed again, as a worker does: once a usage error (--dry_run needs a value), now Beam's stays off
    again = PipelineOptions.from_dictionary(flags)
    assert not again.view_as(BeamTestOptions).dry_run


def test_dry_run_on_two_worker_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    for seed in seeds:
        shutil.copy(seed, inputs / seed.name)
    dead = tmp_path / "dead"
    argv = [
        "--input",
        str(inputs),
        "--dry-run",
        "--dead-letter-dir",
        str(dead),
        "--lock-file",
        str(tmp_path / "run.lock"),
        "--progress-interval",
        "0",
        "--direct_num_workers=2",
        "--direct_running_mode=multi_processing",
    ]
    code, _ = run_bounded(argv, PIPELINE_TIMEOUT)
    out = capsys.readouterr().out
    match = _SUMMARY.search(out)
    assert match, out
    assert code == 0, out
    assert match.groups() == (str(len(seeds)), str(len(seeds)), "0", "0"), out
    assert "(dry run)" in out
    assert not list(dead.glob("*.jsonl"))
