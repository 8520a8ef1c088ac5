"""The HTML report in a real browser: headless Chromium renders it and every goal title shows.

The page is rendered at a desktop and a phone width; `--dump-dom` gives the
text the browser laid out, and the screenshots are kept under
`test-artifacts/` (gitignored) for people to look at.

Outside CI the test skips, saying why, when no browser is installed. Under
CI (the `CI` environment variable set, as `.ci/run` does) a missing browser
is a failure: the check must not silently vanish.
"""

from __future__ import annotations

import datetime
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import goalkit

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
AS_OF = datetime.date(2026, 11, 18)
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

pytestmark = pytest.mark.browser


def find_browser() -> str | None:
    """The path of a Chromium-family browser, or None."""
    override = os.environ.get("GOALKIT_BROWSER")
    if override:
        return override
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    path = find_browser()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(
                "no Chromium found (looked for " + ", ".join(BROWSER_NAMES) + "); "
                "CI must run the browser test: install Debian's chromium package"
            )
        pytest.skip(
            "no Chromium found (looked for " + ", ".join(BROWSER_NAMES) + "); "
            "install Debian's chromium package to run the browser test"
        )
    return path


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The example plan's HTML report, written by the command as a user would."""
    path = tmp_path_factory.mktemp("report") / "report.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "goalkit",
            "report",
            "--example",
            "--as-of",
            AS_OF.isoformat(),
            "-o",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return path


def run_browser(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def visible_text(dom: str) -> str:
    """The text of the body of a DOM dump, without tags, styles or the head."""
    body = dom.split("<body", 1)[1]
    body = re.sub(r"<style.*?</style>", " ", body, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_every_goal_title_is_visible(browser, page, tmp_path):
    """Chromium lays out the page, and each goal's title is in the rendered text."""
    result = run_browser(browser, tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    text = visible_text(result.stdout)
    plan = goalkit.example_plan()
    for _, goal in plan.walk():
        assert goal.title in text, goal.title
    assert "Ana's path to team lead" in text
    for word in ("On track", "At risk", "Achieved"):
        assert word in text


@pytest.mark.parametrize(("name", "size"), [("desktop", "1280,2200"), ("phone", "390,3200")])
def test_screenshot_is_kept_as_an_artifact(browser, page, tmp_path, name, size):
    """A screenshot at desktop and phone widths is written to test-artifacts/ as a PNG."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"report-{name}.png"
    target.unlink(missing_ok=True)
    result = run_browser(
        browser, tmp_path, f"--window-size={size}", f"--screenshot={target}", page.as_uri()
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.exists()
    with target.open("rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 20_000  # a blank page compresses to far less
