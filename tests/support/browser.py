"""A real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) and a live bantin web server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("BANTIN_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("BANTIN_CHROMEDRIVER", "/usr/bin/chromedriver")
DESKTOP = (1280, 900)
PHONE = (390, 844)


def chrome() -> Any:
    """A headless Chromium driven by Selenium; skips the test when the Debian packages are absent.

    The driver path is given explicitly, so Selenium never tries to download a browser or driver.
    """
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(path)):
            pytest.skip(
                f"{path} is absent: `bash deploy/local/setup.sh` (as root) installs chromium, chromium-driver"
            )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # root in CI: Chromium's sandbox needs an unprivileged user
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--lang=vi",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve a WSGI app on 127.0.0.1 (a free port) with ``bantin serve``'s server; yield its base URL."""
    from pipelines.web.serve import in_background

    with in_background(app) as base:
        yield base


def screenshot(driver: Any, folder: Path, name: str, width: int, max_height: int = 1800) -> Path:
    """A full-page PNG (up to ``max_height`` pixels) at ``width`` CSS pixels."""
    folder.mkdir(parents=True, exist_ok=True)
    driver.set_window_size(width, 900)
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(width, min(max(height, 600), max_height))
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(*DESKTOP)
    return path
