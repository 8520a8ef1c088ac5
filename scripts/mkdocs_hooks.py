"""MkDocs hooks: the docs show goalkit's real output, generated at build time.

Nothing here is drawn by hand or committed as a binary, so the pictures in
the docs can never drift from what the code does:

- `<!-- goalkit:display NAME -->` in a page is replaced by the notebook
  display (`_repr_html_`) of an object from the bundled example plan;
- `<!-- goalkit:fields CLASS -->` is replaced by a table of the model
  class's fields: each one's JSON type, default and description, from the
  JSON Schema and `goalkit._model.fields`, the one source of field
  descriptions that the schema uses too;
- the plot in the notebook tutorial and the example HTML report are
  generated into the site (`File.generated`, MkDocs 1.6+).

Everything is computed as of `AS_OF`, the example plan's last recorded
day, so every build produces the same pages.
"""

from __future__ import annotations

import datetime
import io
import json
import re
from typing import Any

from mkdocs.structure.files import File, Files

import goalkit

AS_OF = datetime.date(2026, 11, 13)
PLOT_PATH = "tutorials/img/presentations-progress.png"
REPORT_PATH = "tutorials/img/example-report.html"

_MARKER = re.compile(r"<!-- goalkit:display (\w+) -->")
_FIELDS_MARKER = re.compile(r"<!-- goalkit:fields (\w+) -->")


def _json_type(schema: dict[str, Any]) -> str:
    """A property's JSON type in words: "date", "number", "array of KeyResult"..."""
    if "anyOf" in schema:
        return " or ".join(_json_type(option) for option in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "const" in schema:
        return f"`{schema['const']}`"
    if schema.get("format") == "date":
        return "date"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{value}`" for value in schema["enum"])
    if schema.get("type") == "array":
        return f"array of {_json_type(schema.get('items', {}))}"
    return str(schema.get("type", "object"))


def fields_table(name: str) -> str:
    """The Markdown table of the fields of the model class *name*."""
    cls = getattr(goalkit, name)
    schema = goalkit.json_schema(cls)
    rows = ["| Field | Type | Default | Meaning |", "| --- | --- | --- | --- |"]
    for field, prop in schema["properties"].items():
        if field in schema["required"]:
            default = "required"
        elif "default" in prop:
            default = f"`{json.dumps(prop['default'])}`"
        else:
            default = "generated"
        meaning = prop.get("description", "").replace("|", "\\|")
        rows.append(f"| `{field}` | {_json_type(prop)} | {default} | {meaning} |")
    return "\n".join(rows)


def _displays() -> dict[str, str]:
    # Exactly what the tutorial's code displays: views pinned to the tutorial's day.
    plan = goalkit.example_plan()
    goal = plan.goal("g-presentations")
    return {
        "plan": plan.view(as_of=AS_OF)._repr_html_(),
        "goal": plan.view("g-presentations", as_of=AS_OF)._repr_html_(),
        "progress": goalkit.progress(goal, as_of=AS_OF, plan=plan)._repr_html_(),
        "smart": goalkit.assess(
            goalkit.Goal(title="I want to improve my skills"), as_of=AS_OF
        )._repr_html_(),
    }


def _plot_png() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    from goalkit.plot import plot_progress

    plan = goalkit.example_plan()
    ax = plot_progress(plan.goal("g-presentations"), plan=plan, as_of=AS_OF)
    buffer = io.BytesIO()
    # A fixed creation date keeps the file identical from build to build.
    ax.figure.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    plt.close(ax.figure)
    return buffer.getvalue()


def on_files(files: Files, config: Any) -> Files:
    """Add the generated plot and the example HTML report to the site."""
    files.append(File.generated(config, PLOT_PATH, content=_plot_png()))
    report = goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)
    files.append(File.generated(config, REPORT_PATH, content=report.to_html()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Replace display markers with the live notebook display of the example, and field
    markers with the class's table of fields."""
    markdown = _FIELDS_MARKER.sub(lambda match: fields_table(match.group(1)), markdown)
    if "goalkit:display" not in markdown:
        return markdown
    displays = _displays()

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in displays:
            raise ValueError(f"{page.file.src_path}: unknown goalkit display {name!r}")
        return f'<div class="goalkit-display">{displays[name]}</div>'

    return _MARKER.sub(replace, markdown)
