"""The real Beam pipeline (TestPipeline on the DirectRunner), both outputs asserted, no Elasticsearch."""

from __future__ import annotations

from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.batch import build_pipeline
from tests.conftest import SEEDS
from transforms.sources.files import DEFAULT_MAX_BYTES


def test_seeds_and_bad_files_split_into_articles_and_dead_letters(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "big.txt").write_bytes(b"x" * (DEFAULT_MAX_BYTES + 1))
    # the same story under another name becomes one document
    (tmp_path / "copy_of_seed_001.txt").write_bytes((SEEDS / "001_2162316529c2fb6e.txt").read_bytes())
    # the same story with one more paragraph is kept, flagged as a near-duplicate
    seed2 = (SEEDS / "002_45ec861fa7425e3b.txt").read_text(encoding="utf-8")
    (tmp_path / "zz_seed_002_longer.txt").write_text(
        seed2 + "\n\nMột đoạn thêm ở cuối bài.\n", encoding="utf-8"
    )
    options = PipelineOptions(["--input", str(SEEDS), "--input", str(tmp_path), "--dry-run"])
    with TestPipeline(options=options) as p:
        outputs = build_pipeline(p, options)
        titles = outputs.articles | "Titles" >> beam.Map(lambda a: a.title)
        reasons = outputs.failed | "Reasons" >> beam.Map(
            lambda f: (Path(f.source.path).name, f.stage, f.reason)
        )
        assert_that(
            titles,
            equal_to(
                [
                    "Tiếp tục đổi mới phương thức lãnh đạo, phối hợp thực hiện nhiệm vụ trọng tâm năm 2023",
                    "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp",
                    "Lựa chọn những vấn đề trọng tâm, then chốt để tập trung lãnh đạo, tạo chuyển biến",
                    "Lựa chọn những vấn đề trọng tâm, then chốt để tập trung lãnh đạo, tạo chuyển biến",
                    None,
                    "Đảng bộ Khối các cơ quan TW: Lấy phiếu tín nhiệm là đổi mới quan trọng",
                ]
            ),
            label="FiveSeedArticlesOneCopyDroppedOneNearDuplicate",
        )
        flagged = outputs.articles | "Flagged" >> beam.Map(lambda a: a.duplicate_of is not None)
        assert_that(flagged, equal_to([False] * 5 + [True]), label="OneFlaggedNearDuplicate")
        assert_that(
            reasons,
            equal_to(
                [
                    ("empty.txt", "read", "empty"),
                    ("binary.txt", "decode", "binary"),
                    ("big.txt", "read", "too_large"),
                ]
            ),
            label="DeadLettersWithReasons",
        )
