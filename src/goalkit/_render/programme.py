"""The programme report as text, Markdown and one self-contained HTML page.

A `ProgrammeReport` is worded once here (`figure_rows`, `mentor_rows`,
`stalled_line`, `skipped_lines`) and laid out three ways. Every piece of
user text (mentor names and ids, plan ids, file names, load problems) goes
through the escaping function of its output (`terminal_text`,
`markdown_text`, `html_text`), so a hostile name can neither move a
terminal's cursor, break a Markdown table nor slip markup into the page.
The JSON shape is `goalkit._render.json.programme_dict`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from goalkit._programme import ProgrammeFigures, ProgrammeReport
from goalkit._render.format import (
    MUTED_COLOUR,
    html_text,
    markdown_text,
    percent,
    plural,
    terminal_text,
    text_bar,
)
from goalkit._report import TEXT_WIDTH
from goalkit._version import __version__

__all__ = [
    "MENTOR_COLUMNS",
    "NO_MENTOR",
    "PROGRAMME_TITLE",
    "STALLED_SHOWN",
    "Row",
    "figure_rows",
    "mentor_rows",
    "render_programme_html",
    "render_programme_markdown",
    "render_programme_notebook",
    "render_programme_text",
    "skipped_lines",
    "stalled_line",
]

#: The heading of every programme report.
PROGRAMME_TITLE: Final = "Mentoring programme"

#: How the mentor column names plans without a mentor.
NO_MENTOR: Final = "(no mentor)"

#: How many stalled plan ids a report lists before "and N more" (JSON lists them all).
STALLED_SHOWN: Final = 20

#: How many problems a report lists per file that could not be counted.
_PROBLEMS_SHOWN: Final = 5

#: The columns of the by-mentor table.
MENTOR_COLUMNS: Final = ("Mentor", "Pairs", "Goals", "Achieved", "On track", "Stalled", "Reviews")
_MENTOR_COLUMNS_ALL: Final = (*MENTOR_COLUMNS, "SMART")


@attrs.frozen
class Row:
    """One figure of a programme, worded: its label, the share, and what the share counts.

    Examples:
        >>> Row("Achieved", 0.2, "1 of 5 goals not abandoned").label
        'Achieved'
    """

    label: str
    share: float | None
    detail: str


def _count(number: int) -> str:
    return f"{number:,}"


def _counted(number: int, noun: str) -> str:
    """*number* with thousands separators and *noun*, plural unless one (as `plural`)."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def figure_rows(figures: ProgrammeFigures) -> list[Row]:
    """The programme's shares in the order every format shows them, each with its counts.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> [(row.label, percent(row.share), row.detail) for row in figure_rows(report.overall)][1]
        ('On track', '75%', '3 of 4 active goals with a known health')
    """
    adherence = (
        "no review cadence is due yet"
        if figures.review_adherence is None
        else f"{_count(figures.reviews_held)} of {_counted(figures.reviews_due, 'review')} due held"
    )
    return [
        Row(
            "Achieved",
            figures.achieved_share,
            f"{_count(figures.achieved_goals)} of {_count(figures.counted_goals)} goals"
            " not abandoned",
        ),
        Row(
            "On track",
            figures.on_track_share,
            f"{_count(figures.on_track_goals)} of {_count(figures.judged_goals)} active goals"
            " with a known health",
        ),
        Row("Reviews on rhythm", figures.review_adherence, adherence),
        Row(
            "SMART",
            figures.smart_pass_rate,
            f"{_count(figures.smart_goals)} of {_counted(figures.goals, 'goal')} pass",
        ),
    ]


def _headline(figures: ProgrammeFigures) -> str:
    stalled = len(figures.stalled_plans)
    return (
        f"{_counted(figures.plans, 'pair')} · {_counted(figures.goals, 'goal')} set · "
        f"{_count(stalled)} stalled"
    )


def mentor_rows(report: ProgrammeReport) -> list[tuple[str, ProgrammeFigures, list[str]]]:
    """Per mentor: their name as shown (user text, not yet escaped), figures, and table cells.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> name, _, cells = mentor_rows(report)[0]
        >>> name, cells
        ('Sam Okafor', ['1', '5', '20%', '75%', '0', '100%', '100%'])
    """
    rows = []
    for mentor, figures in report.by_mentor.items():
        name = NO_MENTOR if mentor is None else report.mentor_names.get(mentor, mentor)
        cells = [
            _count(figures.plans),
            _count(figures.goals),
            percent(figures.achieved_share),
            percent(figures.on_track_share),
            _count(len(figures.stalled_plans)),
            percent(figures.review_adherence),
            percent(figures.smart_pass_rate),
        ]
        rows.append((name, figures, cells))
    return rows


def stalled_line(report: ProgrammeReport) -> tuple[list[str], int]:
    """The stalled plan ids a report lists (user text), and how many more there are.

    Examples:
        >>> import datetime, goalkit
        >>> stalled_line(goalkit.programme([], as_of=datetime.date(2027, 1, 1)))
        ([], 0)
    """
    ids = report.stalled_plans
    return list(ids[:STALLED_SHOWN]), max(len(ids) - STALLED_SHOWN, 0)


def skipped_lines(report: ProgrammeReport) -> list[tuple[str, list[str]]]:
    """Each source that could not be counted, with its first problems (user text, not escaped).

    Examples:
        >>> import datetime, goalkit
        >>> from goalkit._programme import Skipped
        >>> report = goalkit.programme([], as_of=datetime.date(2027, 1, 1))
        >>> report = attrs.evolve(report, skipped=(Skipped(source="a.json", problems=("bad",)),))
        >>> skipped_lines(report)
        [('a.json', ['bad'])]
    """
    lines = []
    for item in report.skipped:
        problems = list(item.problems[:_PROBLEMS_SHOWN])
        more = len(item.problems) - _PROBLEMS_SHOWN
        if more > 0:
            problems.append(f"and {plural(more, 'more problem')}")
        lines.append((item.source, problems))
    return lines


# ------------------------------------------------------------------ text


def render_programme_text(
    report: ProgrammeReport,
    *,
    width: int = TEXT_WIDTH,
    ascii_only: bool = False,
    color: bool = False,
) -> str:
    """The programme for a terminal: figures with bars, a table by mentor, stalled pairs.

    *color* is accepted for the same options as a plan report; the
    programme report has no coloured words.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> print(render_programme_text(report, ascii_only=True).splitlines()[2])
        1 pair | 5 goals set | 0 stalled
    """
    del color
    dot = "|" if ascii_only else "·"
    bar_width = max(10, min(24, width - 60))
    out = [f"{PROGRAMME_TITLE} — as of {report.as_of.isoformat()}", ""]
    out.append(_headline(report.overall).replace("·", dot))
    out.append("")
    for row in figure_rows(report.overall):
        bar = text_bar(row.share, bar_width, ascii_only=ascii_only)
        out.append(f"{row.label:<18} {bar} {percent(row.share):>4}  {row.detail}")
    out += ["", "By mentor", ""]
    mentors = mentor_rows(report)
    names = [terminal_text(name) for name, _, _ in mentors]
    name_width = min(max([len(MENTOR_COLUMNS[0]), *map(len, names)]), 32)
    header = [f"{MENTOR_COLUMNS[0]:<{name_width}}", *(f"{c:>8}" for c in _MENTOR_COLUMNS_ALL[1:])]
    out.append("  ".join(header).rstrip())
    for name, (_, _, cells) in zip(names, mentors, strict=True):
        shown = name if len(name) <= name_width else name[: name_width - 1] + "~"
        out.append("  ".join([f"{shown:<{name_width}}", *(f"{c:>8}" for c in cells)]).rstrip())
    if not mentors:
        out.append("No plans were counted.")
    out += _stalled_text(report)
    out += _skipped_text(report)
    text = "\n".join(line[:width] for line in out) + "\n"
    return text.replace("—", "-").replace("·", "|") if ascii_only else text


def _stalled_text(report: ProgrammeReport) -> list[str]:
    shown, more = stalled_line(report)
    if not shown:
        return []
    lines = ["", f"Stalled pairs ({_count(len(report.stalled_plans))})", ""]
    lines += [f"  {terminal_text(plan_id)}" for plan_id in shown]
    if more:
        lines.append(f"  and {_count(more)} more")
    return lines


def _skipped_text(report: ProgrammeReport) -> list[str]:
    skipped = skipped_lines(report)
    if not skipped:
        return []
    lines = ["", f"Not counted ({plural(len(skipped), 'file')} could not be loaded)", ""]
    for source, problems in skipped:
        lines.append(f"  {terminal_text(source)}")
        lines += [f"    {terminal_text(problem)}" for problem in problems]
    return lines


# -------------------------------------------------------------- Markdown


def render_programme_markdown(report: ProgrammeReport) -> str:
    """The programme as Markdown: the figures, a table by mentor, stalled pairs, skipped files.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> render_programme_markdown(report).splitlines()[8]
        '| Achieved | 20% | 1 of 5 goals not abandoned |'
    """
    out = [f"# {PROGRAMME_TITLE}", "", f"As of {report.as_of.isoformat()}.", ""]
    out += [f"**{_headline(report.overall)}**", ""]
    out += ["| Figure | Share | Counts |", "| --- | ---: | --- |"]
    out += [
        f"| {row.label} | {percent(row.share)} | {row.detail} |"
        for row in figure_rows(report.overall)
    ]
    out += ["", "## By mentor", ""]
    mentors = mentor_rows(report)
    if mentors:
        out.append("| " + " | ".join(_MENTOR_COLUMNS_ALL) + " |")
        out.append("| --- |" + " ---: |" * (len(_MENTOR_COLUMNS_ALL) - 1))
        out += [
            "| " + " | ".join([markdown_text(name), *cells]) + " |" for name, _, cells in mentors
        ]
    else:
        out.append("No plans were counted.")
    shown, more = stalled_line(report)
    if shown:
        out += ["", f"## Stalled pairs ({_count(len(report.stalled_plans))})", ""]
        out += [f"- {markdown_text(plan_id)}" for plan_id in shown]
        if more:
            out.append(f"- and {_count(more)} more")
    skipped = skipped_lines(report)
    if skipped:
        out += ["", f"## Not counted ({plural(len(skipped), 'file')} could not be loaded)", ""]
        for source, problems in skipped:
            out.append(f"- {markdown_text(source)}")
            out += [f"    - {markdown_text(problem)}" for problem in problems]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ HTML

_CSS: Final = """
:root{color-scheme:light dark;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#fff;
--page:#f6f8fa;--track:#e6e9ed;--fill:#0f766e}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#9198a1;--line:#3d444d;
--card:#151b23;--page:#0d1117;--track:#2a313c;--fill:#2dd4bf}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);
font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:64rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem}
.eyebrow{color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}
.muted{color:var(--muted)}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem;
margin:1rem 0 0;padding:0;list-style:none}
.tile{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem}
.tile h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);
margin:0 0 .3rem}
.tile strong{font-size:1.6rem;font-variant-numeric:tabular-nums}
.tile p{margin:.25rem 0 0;font-size:.85rem}
.bar{position:relative;height:.6rem;background:var(--track);border-radius:999px;overflow:hidden;
margin:.4rem 0 0}
.bar span{position:absolute;inset:0 auto 0 0;background:var(--fill);border-radius:999px}
.scroll{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.45rem .7rem;border-bottom:1px solid var(--line);text-align:right;
white-space:nowrap}
th:first-child,td:first-child{text-align:left;white-space:normal;overflow-wrap:break-word;
min-width:9rem;max-width:18rem;position:sticky;left:0;background:var(--card)}
th{font-size:.8rem;color:var(--muted);font-weight:600}
tbody th{font-size:1rem;color:var(--ink);font-weight:500}
tr:last-child td{border-bottom:0}
ul.ids{columns:14rem;margin:0;padding-left:1.1rem}
ul.ids li,ul.problems li{overflow-wrap:anywhere}
.fail{color:#cf222e}
@media (prefers-color-scheme:dark){.fail{color:#f85149}}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
@media (max-width:30rem){main{padding:.8rem .6rem 2rem}h1{font-size:1.35rem}}
@media print{body{background:#fff}.tile{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (forced-colors:active){.bar{border:1px solid CanvasText}.bar span{background:Highlight}}
"""


def _bar(share: float | None) -> str:
    if share is None:
        return '<div class="bar" role="img" aria-label="not measurable"></div>'
    width = min(max(share, 0.0), 1.0) * 100
    return (
        f'<div class="bar" role="img" aria-label="{percent(share)}">'
        f'<span style="width:{width:.1f}%"></span></div>'
    )


def _tiles(figures: ProgrammeFigures) -> str:
    tiles = [
        f'<li class="tile"><h3>{row.label}</h3><strong>{percent(row.share)}</strong>'
        f'{_bar(row.share)}<p class="muted">{html_text(row.detail)}</p></li>'
        for row in figure_rows(figures)
    ]
    return f'<ul class="tiles">{"".join(tiles)}</ul>'


def _mentor_table(report: ProgrammeReport) -> str:
    mentors = mentor_rows(report)
    if not mentors:
        return "<p>No plans were counted.</p>"
    head = "".join(f'<th scope="col">{column}</th>' for column in _MENTOR_COLUMNS_ALL)
    body = "".join(
        f'<tr><th scope="row">{html_text(name)}</th>'
        + "".join(f"<td>{cell}</td>" for cell in cells)
        + "</tr>"
        for name, _, cells in mentors
    )
    return (
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _stalled_html(report: ProgrammeReport) -> str:
    shown, more = stalled_line(report)
    if not shown:
        return ""
    items = "".join(f"<li><code>{html_text(plan_id)}</code></li>" for plan_id in shown)
    tail = f'<p class="muted">and {_count(more)} more</p>' if more else ""
    return (
        '<section aria-labelledby="stalled"><h2 id="stalled">Stalled pairs '
        f'<span class="muted">({_count(len(report.stalled_plans))})</span></h2>'
        f'<ul class="ids">{items}</ul>{tail}</section>'
    )


def _skipped_html(report: ProgrammeReport) -> str:
    skipped = skipped_lines(report)
    if not skipped:
        return ""
    items = "".join(
        f'<li><code>{html_text(source)}</code><ul class="problems">'
        + "".join(f"<li>{html_text(problem)}</li>" for problem in problems)
        + "</ul></li>"
        for source, problems in skipped
    )
    return (
        '<section aria-labelledby="skipped"><h2 id="skipped" class="fail">Not counted '
        f'<span class="muted">({plural(len(skipped), "file")} could not be loaded)</span></h2>'
        f"<ul>{items}</ul></section>"
    )


def render_programme_html(report: ProgrammeReport) -> str:
    """The programme as one self-contained HTML page: no external assets, no JavaScript.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> page = render_programme_html(report)
        >>> page.startswith("<!doctype html>"), "<script" in page, "http" in page
        (True, False, False)
    """
    as_of = report.as_of.isoformat()
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="generator" content="goalkit {html_text(__version__)}">'
        f"<title>{PROGRAMME_TITLE} · {as_of}</title>"
        f"<style>{_CSS}</style></head>\n<body><main>"
        f'<header><p class="eyebrow">Programme report · as of {as_of}</p>'
        f"<h1>{PROGRAMME_TITLE}</h1>"
        f'<p class="muted">{_headline(report.overall)}</p>{_tiles(report.overall)}</header>'
        f'<section aria-labelledby="mentors"><h2 id="mentors">By mentor</h2>'
        f"{_mentor_table(report)}</section>"
        f"{_stalled_html(report)}{_skipped_html(report)}"
        f"<footer>Made by goalkit {html_text(__version__)}. A pair is stalled when an active "
        "goal has started and nothing was recorded on its plan for three weeks. Reviews on "
        "rhythm: reviews held against the cadence dates due.</footer>"
        "</main></body></html>\n"
    )


def render_programme_notebook(report: ProgrammeReport) -> str:
    """The programme for a notebook: the figures and the by-mentor table, with inline styles.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> render_programme_notebook(report).count("<tr>")
        6
    """
    cell = 'style="padding:2px 8px;text-align:right"'
    figures = "".join(
        f"<tr><td>{row.label}</td><td {cell}>{percent(row.share)}</td>"
        f'<td style="color:{MUTED_COLOUR}">{html_text(row.detail)}</td></tr>'
        for row in figure_rows(report.overall)
    )
    mentors = "".join(
        f"<tr><td>{html_text(name)}</td>" + "".join(f"<td {cell}>{c}</td>" for c in cells) + "</tr>"
        for name, _, cells in mentor_rows(report)
    )
    head = "".join(f"<th>{column}</th>" for column in _MENTOR_COLUMNS_ALL)
    return (
        f"<div><strong>{PROGRAMME_TITLE}</strong> · as of {report.as_of.isoformat()} · "
        f"{_headline(report.overall)}<table>{figures}</table>"
        f"<table><tr>{head}</tr>{mentors}</table></div>"
    )


#: The programme's renderers by format, for `goalkit._render.render`.
PROGRAMME_RENDERERS: Final[dict[str, Callable[..., str]]] = {
    "text": render_programme_text,
    "markdown": render_programme_markdown,
    "html": render_programme_html,
}
