"""Installs: what the project imports is declared, and every dependency is pinned by the lock.

The fresh-venv test is slow (a new virtual environment and ~60 packages, 1-3 minutes with a
warm pip cache): it runs when ``BANTIN_INSTALL_TEST=1`` (set by ``.ci/run``), so the default
suite stays short. The lock checks are fast and always run.
"""

from __future__ import annotations

import os
import re
import subprocess
import venv
from importlib import metadata
from pathlib import Path

import pytest

from tests.conftest import ROOT

LOCK = ROOT / "deploy" / "local" / "constraints.txt"
PAGE = (
    "<html><head><title>Hội nghị Trung ương</title></head><body><nav>Trang chủ | Thời sự</nav>"
    "<article><h1>Hội nghị Trung ương lần thứ 9</h1>"
    + "<p>Sáng 12/3, tại Hà Nội, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ 9 "
    "để thảo luận, cho ý kiến về nhiều nội dung quan trọng của đất nước.</p>"
    * 4
    + "</article><footer>Bản quyền</footer></body></html>"
)


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_the_lock_pins_every_installed_dependency_of_bantin() -> None:
    pins = _pins()
    todo = ["bantin"]
    seen: set[str] = set()
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        if name not in ("bantin", "setuptools", "pip", "wheel"):  # the installer's own
            assert pins.get(name) == dist.version, f"{name} {dist.version} is not pinned in {LOCK.name}"
        for requirement in dist.requires or ():
            if "extra ==" in requirement and 'extra == "dev"' not in requirement:
                continue
            todo.append(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])
    assert "lxml-html-clean" in seen  # declared by bantin itself, not only by a dependency's extra


def test_setup_script_installs_with_the_lock() -> None:
    script = (ROOT / "deploy" / "local" / "setup.sh").read_text(encoding="utf-8")
    assert '-c "$lock"' in script and "constraints.txt" in script
    assert "--upgrade pip" not in script  # the pip that Python ships must do


@pytest.mark.skipif(os.environ.get("BANTIN_INSTALL_TEST") != "1", reason="slow: set BANTIN_INSTALL_TEST=1")
def test_fresh_venv_with_bundled_pip_installs_and_cleans_a_page(tmp_path: Path) -> None:
    env_dir = tmp_path / "v"
    venv.EnvBuilder(with_pip=True).create(env_dir)  # = python3 -m venv v: the pip Python ships
    python = str(env_dir / "bin" / "python")
    pip_version = subprocess.run(
        [python, "-m", "pip", "--version"], capture_output=True, text=True, check=True
    ).stdout
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    # exactly the README's plain command, no lock, no pip upgrade
    install = subprocess.run(
        [python, "-m", "pip", "install", "-q", "-e", str(ROOT)],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    code = (
        "import sys; from transforms.clean.html import clean_html; "
        "r = clean_html(sys.stdin.buffer.read(), url='https://example.vn/a.html'); "
        "print(r.body)"
    )
    cleaned = subprocess.run(
        [python, "-c", code], input=PAGE.encode(), capture_output=True, env=env, cwd=tmp_path, timeout=300
    )
    assert cleaned.returncode == 0, (pip_version, cleaned.stderr.decode()[-3000:])
    assert pip_version.split()[1].split(".")[0] in ("23", "24", "25"), pip_version
    text = cleaned.stdout.decode("utf-8")
    assert "Ban Chấp hành Trung ương Đảng" in text and "Bản quyền" not in text, text
