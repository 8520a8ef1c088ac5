"""The API reference, as built: every public class's fields and constructor on its page.

The site is built once (`mkdocs build --strict`), as `.ci/run` builds it, and
each public attrs class's section of its reference page is read back.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import goalkit

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"

pytest.importorskip("mkdocs")
pytest.importorskip("griffe_fieldz")


def public_attrs_classes() -> list[str]:
    return sorted(
        name
        for name in goalkit.__all__
        if isinstance(getattr(goalkit, name), type) and attrs.has(getattr(goalkit, name))
    )


def reference_page(name: str) -> str:
    """The reference page (its stem) whose ``::: goalkit.NAME`` documents the class."""
    for page in sorted(REFERENCE.glob("*.md")):
        if re.search(rf"^::: goalkit\.{name}\s*$", page.read_text(encoding="utf-8"), re.M):
            return page.stem
    raise AssertionError(f"goalkit.{name} is on no reference page")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    mkdocs = shutil.which("mkdocs") or str(Path(sys.executable).with_name("mkdocs"))
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)},
    )
    assert result.returncode == 0, result.stderr
    return folder


def section(site: Path, name: str) -> str:
    """The HTML of the class's section of its built reference page, up to the next class."""
    page = (site / "reference" / reference_page(name) / "index.html").read_text(encoding="utf-8")
    start = page.index(f'id="goalkit.{name}"')
    following = re.compile(r'<h2 id="goalkit\.\w+"')
    end = following.search(page, start + 1)
    return page[start : end.start() if end else len(page)]


def text_of(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def signature_of(markup: str) -> str:
    """The text of the section's first code block: the class's signature."""
    found = re.search(r"<pre\b.*?</pre>", markup, re.S)
    assert found is not None, "no signature"
    return text_of(found.group(0))


def test_there_are_public_attrs_classes_to_check():
    """The model, the results and the policies are attrs classes: the check below has work."""
    assert {"Goal", "KeyResult", "Plan", "Progress", "SmartPolicy"} <= set(public_attrs_classes())


@pytest.mark.parametrize("name", public_attrs_classes())
def test_every_field_and_the_constructor_are_on_the_reference_page(site, name):
    """Each init field is in the class's signature and in its table of fields."""
    cls = getattr(goalkit, name)
    markup = section(site, name)
    text = text_of(markup)
    fields = [field.alias or field.name for field in attrs.fields(cls) if field.init]
    signature = signature_of(markup).strip()
    assert signature.startswith(f"{name} ("), signature
    for field in fields:
        assert re.search(rf"\b{field} [:=]", signature), (name, field)
    if fields:
        table = text[text.index("Parameters:") :] if "Parameters:" in text else ""
        table += text[text.index("Attributes:") :] if "Attributes:" in text else ""
        for field in fields:
            assert re.search(rf"(^| ){field} ", table), (name, field)


def test_a_generated_id_says_so(site):
    """An id made by a factory reads <generated> and says how, never a random example value."""
    text = text_of(section(site, "Goal"))
    assert "id:str=<generated>" in text.replace(" ", "")
    assert "Generated when omitted: a new unique id" in text
    assert "partial(" not in text


# ------------------------------------------------------------------ tutorials

TUTORIALS = sorted((ROOT / "docs" / "tutorials").glob("*.md"))
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```$", re.M | re.S)


@pytest.mark.parametrize("page", TUTORIALS, ids=lambda page: page.stem)
def test_tutorials_are_code_to_paste_with_output_apart(page):
    """No prompt in any code block; every Output block follows a python block, and is no-copy."""
    blocks = FENCE.findall(page.read_text(encoding="utf-8"))
    assert blocks
    previous = ""
    outputs = 0
    for info, body in blocks:
        if info == "python":
            assert not re.search(r"^(>>>|\.\.\.) ", body, re.M), body[:200]
        if "Output" in info:
            outputs += 1
            assert info == '{ .text .no-copy title="Output" }', info
            assert previous == "python"
        previous = info
    assert outputs >= 5


def test_the_copy_button_is_on():
    """mkdocs-material's copy button copies a code block, which holds code only."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- content.code.copy" in config
