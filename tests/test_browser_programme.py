"""The programme's HTML page in a real browser: headless Chromium lays it out, every mentor shows.

As the plan report's browser test (`test_browser.py`, whose helpers this
reuses): the page is written by the command as a user would, rendered at
a desktop and a phone width, and the screenshots are kept under
`test-artifacts/`. Outside CI the test skips when no browser is installed;
under CI a missing browser is a failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from test_browser import ARTIFACTS, browser, run_browser, visible_text
from test_programme import load_generator

__all__ = ["browser"]  # the fixture, shared with the plan report's browser test

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)> Mallory"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, dict]:
    """A programme of 60 generated plans and one with a hostile mentor name, as HTML and JSON."""
    generator = load_generator()
    directory = tmp_path_factory.mktemp("programme")
    generator.write_programme(directory, 60, mentors=6)
    document = generator.plan_document(60)
    document["mentor"] = {"id": "mentor-hostile", "name": HOSTILE}
    (directory / "hostile.json").write_text(json.dumps(document), encoding="utf-8")
    target = directory.parent / "programme.html"
    day = generator.AS_OF.isoformat()
    args = [sys.executable, "-m", "goalkit", "programme", str(directory), "--as-of", day]
    written = subprocess.run(
        [*args, "-o", str(target)], capture_output=True, text=True, check=False
    )
    assert written.returncode == 0, written.stderr
    data = subprocess.run([*args, "--format", "json"], capture_output=True, text=True, check=False)
    return target, json.loads(data.stdout)


def test_every_mentor_and_figure_is_visible(browser, page, tmp_path):
    """Chromium lays out the page; each mentor's name and the four figures are in its text."""
    path, data = page
    result = run_browser(browser, tmp_path, "--dump-dom", path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    text = visible_text(result.stdout)
    assert "Mentoring programme" in text
    assert f"{data['overall']['plans']} pairs" in text
    for label in ("Achieved", "On track", "Reviews on rhythm", "SMART", "By mentor"):
        assert label in text
    for mentor in data["by_mentor"]:
        assert (mentor["mentor"] or "(no mentor)") in text
    assert HOSTILE in text  # shown as text ...
    assert "<img" not in result.stdout.split("<body", 1)[1].replace("&lt;img", "")  # ... not run


@pytest.mark.parametrize(("name", "size"), [("desktop", "1280,1600"), ("phone", "390,2400")])
def test_screenshot_is_kept_as_an_artifact(browser, page, tmp_path, name, size):
    """A screenshot of the programme page at desktop and phone widths is kept as a PNG."""
    path, _ = page
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"programme-{name}.png"
    target.unlink(missing_ok=True)
    result = run_browser(
        browser, tmp_path, f"--window-size={size}", f"--screenshot={target}", path.as_uri()
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.exists()
    with target.open("rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 20_000  # a blank page compresses to far less
