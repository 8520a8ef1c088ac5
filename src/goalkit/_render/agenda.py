"""The agenda in every format: who must do what now, grouped by person, most urgent first.

`render_agenda` lays out an `Agenda` alone (what `goalkit agenda` prints);
`agenda_text_lines`, `agenda_markdown_lines`, `agenda_html` and
`agenda_dict` are the pieces the plan report's "Agenda" section reuses, so
the agenda reads the same wherever it appears. Every user-supplied word (a
goal or key result title inside a message, a person's name) passes through
the output's one escaping function.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Final

from goalkit._render.format import html_text, markdown_text, terminal_text
from goalkit._render.json import agenda_dict, json_text
from goalkit._rhythm import Agenda, AgendaItem, AgendaKind

__all__ = [
    "AGENDA_EMPTY",
    "AGENDA_LABELS",
    "agenda_dict",
    "agenda_html",
    "agenda_markdown_lines",
    "agenda_text_lines",
    "render_agenda",
]

#: Each kind of item, as a short label.
AGENDA_LABELS: Final[Mapping[AgendaKind, str]] = {
    AgendaKind.CHECK_IN: "check in",
    AgendaKind.MILESTONE_DUE: "milestone due",
    AgendaKind.MILESTONE_OVERDUE: "milestone overdue",
    AgendaKind.REVIEW_DUE: "review due",
    AgendaKind.GOAL_PAST_DUE: "goal past due",
    AgendaKind.STALLED: "stalled",
    AgendaKind.DIVERGENCE: "confident but not moving",
    AgendaKind.AGREE: "agree",
    AgendaKind.CELEBRATE: "celebrate",
}

#: What an empty agenda says.
AGENDA_EMPTY: Final = "Nothing to do: every goal is up to date."


def _people(agenda: Agenda, names: Mapping[str, str]) -> list[tuple[str, list[AgendaItem]]]:
    """(display name, items) per person, in the order their first item comes."""
    grouped: dict[str, list[AgendaItem]] = {}
    for item in agenda:
        grouped.setdefault(item.person, []).append(item)
    return [(names.get(person, person), items) for person, items in grouped.items()]


def agenda_text_lines(agenda: Agenda, names: Mapping[str, str] = {}, width: int = 100) -> list[str]:
    """The agenda as plain lines for a terminal, none over *width*: a person, their items, hints.

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.example_plan()
        >>> lines = agenda_text_lines(goalkit.agenda(plan, today=datetime.date(2026, 11, 18)),
        ...                           {"ana": "Ana Diaz", "sam": "Sam Okafor"})
        >>> lines[0], lines[1][:40]
        ('Ana Diaz', "  ! check in: No check-in on 'Peers who ")
    """
    lines: list[str] = []
    for name, items in _people(agenda, names):
        lines.append(terminal_text(name))
        for item in items:
            said = f"{AGENDA_LABELS[item.kind]}: {terminal_text(item.message)}"
            # Words stay whole, hyphenated ones too ("pull-request"), as in the rest of the report.
            lines += textwrap.wrap(
                said,
                width,
                initial_indent="  ! ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
            lines += textwrap.wrap(
                terminal_text(item.hint),
                width,
                initial_indent="    ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
    return lines or [AGENDA_EMPTY]


def agenda_markdown_lines(agenda: Agenda, names: Mapping[str, str] = {}) -> list[str]:
    """The agenda as Markdown list items under a bold name per person.

    Examples:
        >>> import datetime, goalkit
        >>> lines = agenda_markdown_lines(goalkit.agenda(goalkit.example_plan(),
        ...                                              today=datetime.date(2026, 11, 18)))
        >>> lines[0], lines[2][:24]
        ('**ana**', '- **check in**: No check')
    """
    lines: list[str] = []
    for name, items in _people(agenda, names):
        lines += [f"**{markdown_text(name)}**", ""]
        lines += [
            f"- **{AGENDA_LABELS[item.kind]}**: {markdown_text(item.message)}. "
            f"*{markdown_text(item.hint)}*"
            for item in items
        ]
        lines.append("")
    return lines[:-1] or [AGENDA_EMPTY]


def agenda_html(agenda: Agenda, names: Mapping[str, str] = {}) -> str:
    """The agenda as HTML: a heading per person, then a list of items with their hints.

    Examples:
        >>> import datetime, goalkit
        >>> page = agenda_html(goalkit.agenda(goalkit.example_plan(),
        ...                                   today=datetime.date(2026, 11, 18)))
        >>> page.startswith('<div class="agenda">'), "<script" in page
        (True, False)
    """
    if not len(agenda):
        return f'<div class="agenda"><p>{AGENDA_EMPTY}</p></div>'
    parts = ['<div class="agenda">']
    for name, items in _people(agenda, names):
        parts.append(f"<h3>{html_text(name)}</h3><ul>")
        parts += [
            f'<li class="agenda-{item.kind.value}"><strong>{AGENDA_LABELS[item.kind]}</strong>: '
            f"{html_text(item.message)}<br><small>{html_text(item.hint)}</small></li>"
            for item in items
        ]
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


_PAGE: Final = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
color:#1f2328;background:#f6f8fa}}
main{{max-width:48rem;margin:0 auto;padding:1.25rem 1rem 3rem}}
li{{margin:.4rem 0}} small{{color:#57606a}}
</style></head>
<body><main><h1>{title}</h1>{body}</main></body></html>
"""


def render_agenda(
    agenda: Agenda,
    format: str = "text",  # noqa: A002 - the CLI's word
    *,
    names: Mapping[str, str] = {},
    title: str = "Agenda",
    width: int = 100,
) -> str:
    """*agenda* as ``text``, ``markdown``, ``html`` (a whole page) or ``json``.

    *names* maps person ids to the names to show; text lines fit *width*.

    Raises:
        ValueError: an unknown format.

    Examples:
        >>> import datetime, goalkit
        >>> print(render_agenda(goalkit.agenda(goalkit.example_plan(),
        ...                                    today=datetime.date(2026, 11, 18)),
        ...                     names={"sam": "Sam Okafor"}).splitlines()[0])
        Agenda for 2026-11-18
    """
    heading = f"{title} for {agenda.today.isoformat()}"
    if format == "text":
        rule = "=" * len(terminal_text(heading))
        return (
            "\n".join([terminal_text(heading), rule, *agenda_text_lines(agenda, names, width)])
            + "\n"
        )
    if format == "markdown":
        lines = [f"# {markdown_text(heading)}", "", *agenda_markdown_lines(agenda, names)]
        return "\n".join(lines) + "\n"
    if format == "html":
        return _PAGE.format(title=html_text(heading), body=agenda_html(agenda, names))
    if format == "json":
        return json_text(agenda_dict(agenda)) + "\n"
    raise ValueError(f"unknown agenda format {format!r}: expected text, markdown, html or json")
