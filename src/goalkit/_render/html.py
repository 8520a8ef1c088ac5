"""The HTML report: one self-contained page, readable on a phone and on a desktop.

No external assets and no JavaScript: the stylesheet is inline, the key
results and milestones fold with `<details>`, colours follow the reader's
light or dark scheme, and health is always a word and a shape as well as a
colour. User text goes through `html_text`.
"""

from __future__ import annotations

import datetime
from typing import ClassVar, Final

from goalkit._model import Goal
from goalkit._progress import Health, Progress
from goalkit._render.agenda import agenda_html
from goalkit._render.format import (
    CELEBRATIONS_EMPTY,
    GOALS_EMPTY,
    HEALTH_LABELS,
    HEALTH_SYMBOLS,
    NO_CADENCE,
    NO_REVIEWS,
    BarStyle,
    Fact,
    capitalised,
    errors_first,
    forecast_phrase,
    goal_facts,
    goal_meta,
    html_bar,
    html_text,
    milestone_state,
    number_text,
    percent,
    plural,
    report_facts,
    report_title,
    review_lines,
    silence_phrase,
    summary_line,
)
from goalkit._report import GoalLine, PlanReport
from goalkit._smart import Finding
from goalkit._version import __version__

__all__ = ["HtmlWriter", "render_html"]

_CSS: Final = """
:root{color-scheme:light dark;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#fff;
--page:#f6f8fa;--track:#e6e9ed;--fill:#0f766e;--mark:#1f2328}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#9198a1;--line:#3d444d;
--card:#151b23;--page:#0d1117;--track:#2a313c;--fill:#2dd4bf;--mark:#e6edf3}
.h-on_track{--h:#3fb950!important}.h-at_risk{--h:#d29922!important}
.h-off_track{--h:#f85149!important}.h-achieved{--h:#a371f7!important}
.h-not_started,.h-abandoned,.h-unknown{--h:#9198a1!important}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);line-height:1.45;
font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;line-height:1.3;margin:0 0 .35rem;overflow-wrap:anywhere}
p{margin:.25rem 0}
.eyebrow{color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}
.muted{color:var(--muted)}
.stale{color:var(--muted);font-style:italic}
.summary{background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:.9rem 1rem;margin-top:1rem}
ol.goals,ol.children{list-style:none;margin:0;padding:0}
ol.children{margin:.6rem 0 0 .9rem;padding-left:.8rem;border-left:2px solid var(--line)}
li.goal{margin:0 0 .75rem}
article.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--h);
border-radius:10px;padding:.8rem 1rem}
.num{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.35rem}
.meta{display:flex;flex-wrap:wrap;gap:.3rem;margin:.2rem 0 .6rem;padding:0;list-style:none}
.meta li{font-size:.8rem;border:1px solid var(--line);border-radius:999px;padding:.05rem .55rem;
color:var(--muted)}
.bar{position:relative;height:.8rem;background:var(--track);border-radius:999px;overflow:hidden;
margin:.35rem 0}
.bar .fill{position:absolute;inset:0 auto 0 0;background:var(--h,var(--fill));border-radius:999px}
.bar .expected{position:absolute;top:0;bottom:0;width:2px;margin-left:-1px;background:var(--mark)}
.figures{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .8rem;
font-variant-numeric:tabular-nums}
.figures strong{font-size:1.15rem}
.health{font-weight:600;color:var(--h);white-space:nowrap}
.h-on_track{--h:#1a7f37}.h-at_risk{--h:#9a6700}.h-off_track{--h:#cf222e}.h-achieved{--h:#8250df}
.h-not_started,.h-abandoned,.h-unknown{--h:#57606a}
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.5rem 1rem;
margin:.7rem 0 0}
dl.facts div{min-width:0}
dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.pass{color:var(--ok,#1a7f37)}.fail{color:#cf222e}
ul.findings{margin:.5rem 0 0;padding-left:1.1rem;font-size:.9rem}
ul.findings li{margin:.2rem 0}
ul.plain{margin:0;padding-left:0;list-style:none}
ul.plain li{margin:.25rem 0}
.star{color:#bf8700}
details{margin-top:.6rem;font-size:.9rem}
summary{cursor:pointer;color:var(--muted)}
table.items{border-collapse:collapse;margin-top:.4rem;width:100%}
table.items td{padding:.25rem .5rem .25rem 0;border-top:1px solid var(--line);vertical-align:top}
@media print{details>*{display:block}}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
@media (prefers-color-scheme:dark){.fail{color:#f85149}.pass{--ok:#3fb950}}
@media (max-width:30rem){main{padding:.8rem .6rem 2rem}h1{font-size:1.35rem}
ol.children{margin-left:.3rem;padding-left:.5rem}article.card{padding:.7rem .75rem}}
@media print{body{background:#fff}article.card,.summary{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (forced-colors:active){.bar{border:1px solid CanvasText}.bar .fill{background:Highlight}
.bar .expected{background:CanvasText}}
"""


def render_html(report: PlanReport) -> str:
    """The report as one self-contained HTML page: no external assets, no JavaScript.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> page = render_html(report)
        >>> page.startswith("<!doctype html>"), "<script" in page, "http" in page
        (True, False, False)
    """
    plan = report.plan
    title = html_text(report_title(report))
    as_of = report.as_of.isoformat()
    overall = report.overall
    goals = _goal_tree(report) if report.goals else f"<p>{GOALS_EMPTY}</p>"
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="generator" content="goalkit {html_text(__version__)}">'
        f"<title>{title} · {as_of}</title>"
        f"<style>{_CSS}</style></head>\n<body><main>"
        f'<header><p class="eyebrow">Goal report · as of {as_of}</p>'
        f'<h1>{title}</h1><p class="muted">{html_text(" · ".join(report_facts(report)))}</p>'
        f'<section class="summary h-{overall.health.value}" aria-label="Overall progress">'
        f"{_PAGE.bar(overall)}{_PAGE.figures(overall)}"
        f'<p class="muted">{summary_line(report)}</p>'
        "</section></header>"
        f'<section aria-labelledby="goals"><h2 id="goals">Goals</h2>{goals}</section>'
        f'<section aria-labelledby="reviews"><h2 id="reviews">Reviews</h2>{_reviews(report)}'
        "</section>"
        f'<section aria-labelledby="wins"><h2 id="wins">Recent celebrations '
        f'<span class="muted">since {report.since.isoformat()}</span></h2>'
        f"{_celebrations(report)}</section>"
        f'<section aria-labelledby="agenda"><h2 id="agenda">Agenda</h2>'
        f"{agenda_html(report.agenda, report.names)}</section>"
        f"<footer>Made by goalkit {html_text(__version__)} from plan "
        f"<code>{html_text(plan.id)}</code>. Bars show progress done; the thin line marks "
        "where the time elapsed says it should be.</footer>"
        "</main></body></html>\n"
    )


class HtmlWriter:
    """The pieces every goalkit HTML output writes, dressed here for a page with a stylesheet.

    One writer, specialised (as polars' ``NotebookFormatter`` is its
    ``HTMLFormatter``): the layout of a goal's fact and of a finding is
    written once; a subclass changes only how the pieces are dressed
    (`goalkit._render.notebook.NotebookWriter` uses inline styles, since
    notebook front ends strip stylesheets). The dress of the small pieces is
    a template each, whose ``{}`` takes HTML that is already safe; every
    method takes and returns safe HTML.

    Examples:
        >>> HtmlWriter.muted.format("as of 2027-01-01")
        '<span class="muted">as of 2027-01-01</span>'
    """

    #: A figure to stress.
    strong: ClassVar[str] = "<strong>{}</strong>"
    #: Text in the muted colour.
    muted: ClassVar[str] = '<span class="muted">{}</span>'
    #: A short aside after a fact, such as ``due 2026-11-26``.
    aside: ClassVar[str] = ' <span class="muted">{}</span>'
    #: A quotation of what someone wrote, after a fact.
    quote: ClassVar[str] = '<br><span class="muted">{}</span>'
    #: A finding's hint, after its message.
    hint: ClassVar[str] = ' <span class="muted">Hint: {}</span>'
    #: The page's bars are dressed by its stylesheet (`.bar`, `.fill`, `.expected`).
    bar_style: BarStyle = BarStyle(
        track=' class="bar"', fill=' class="fill"', mark=' class="expected"'
    )

    def bar(self, result: Progress) -> str:
        """The one progress bar (`html_bar`), dressed for this output."""
        return html_bar(result, self.bar_style)

    def verdict(self, passed: bool, inner: str) -> str:
        """A pass or a fail, coloured."""
        return f'<span class="{"pass" if passed else "fail"}">{inner}</span>'

    def health(self, health: Health) -> str:
        """A health as its shape and its word, coloured."""
        return (
            f'<span class="health h-{health.value}">'
            f'<span aria-hidden="true">{HEALTH_SYMBOLS[health]}</span> '
            f"{HEALTH_LABELS[health].capitalize()}</span>"
        )

    def figures(self, result: Progress) -> str:
        """The value, the expected share, the health, the forecast and any silence of a result."""
        phrase = forecast_phrase(result)
        forecast = "" if phrase is None else self.muted.format(phrase)
        silence = silence_phrase(result)
        if silence is not None:
            forecast += f'<span class="stale">{silence}</span>'
        return (
            f'<p class="figures">{self.strong.format(percent(result.value))}'
            f"{self.muted.format(f'done · {percent(result.expected)} expected')}"
            f"{self.health(result.health)}{forecast}</p>"
        )

    def fact(self, fact: Fact) -> str:
        """A goal's fact (`goalkit._render.format.Fact`): escaped, stressed and dressed."""
        if fact.missing:
            return "—"
        if fact.passed is not None:
            return self.verdict(fact.passed, html_text(fact.text))
        text = html_text(fact.text)
        if fact.strong:
            text += self.strong.format(html_text(fact.strong))
        if fact.detail:
            text += self.aside.format(fact.detail)
        if fact.note:
            text += self.quote.format(f"“{html_text(fact.note)}”")
        return text

    def finding(self, finding: Finding) -> str:
        """A finding's message, then its hint if it has one."""
        hint = self.hint.format(html_text(finding.hint)) if finding.hint else ""
        return html_text(finding.message) + hint


_PAGE: Final = HtmlWriter()


def _goal_card(line: GoalLine, as_of: datetime.date) -> str:
    goal = line.goal
    result = line.progress
    owner = None if line.owner is None else f"owner {line.owner}"
    meta = "".join(f"<li>{html_text(item)}</li>" for item in goal_meta(goal, as_of, owner))
    facts = "".join(
        f"<div><dt>{capitalised(label)}</dt><dd>{_PAGE.fact(fact)}</dd></div>"
        for label, fact in goal_facts(line)
    )
    findings = errors_first(line.smart)
    findings_html = ""
    if findings:
        items = "".join(
            f"<li><strong>{finding.criterion.value}</strong>: {_PAGE.finding(finding)}</li>"
            for finding in findings
        )
        findings_html = f'<ul class="findings">{items}</ul>'
    return (
        f'<article class="card h-{result.health.value}" id="{html_text(goal.id)}">'
        f'<h3><span class="num">{line.number}</span>{html_text(goal.title)}</h3>'
        f'<ul class="meta">{meta}</ul>'
        f"{_PAGE.bar(result)}{_PAGE.figures(result)}"
        f'<dl class="facts">{facts}</dl>{findings_html}{_details(goal, as_of)}</article>'
    )


def _details(goal: Goal, as_of: datetime.date) -> str:
    """Key results and milestones, folded: open without JavaScript, printed when open."""
    if not goal.key_results and not goal.milestones:
        return ""
    rows = []
    for key_result in goal.key_results:
        unit = f" {key_result.unit}" if key_result.unit else ""
        value = number_text(key_result.value_on(as_of))
        baseline = number_text(key_result.baseline)
        target = number_text(key_result.target)
        direction = key_result.resolved_direction.value.replace("_", " ")
        rows.append(
            f"<tr><td>{html_text(key_result.title)}</td>"
            f"<td><strong>{value}</strong>{html_text(unit)}</td>"
            f'<td class="muted">{direction} {baseline} → {target}</td></tr>'
        )
    for milestone in goal.milestones:
        state = milestone_state(milestone, as_of).text or "open"
        rows.append(
            f"<tr><td>{html_text(milestone.title)}</td><td>{state}</td>"
            '<td class="muted">milestone</td></tr>'
        )
    counts = []
    if goal.key_results:
        counts.append(plural(len(goal.key_results), "key result"))
    if goal.milestones:
        counts.append(plural(len(goal.milestones), "milestone"))
    return (
        f"<details><summary>{' · '.join(counts)}</summary>"
        f'<table class="items"><tbody>{"".join(rows)}</tbody></table></details>'
    )


def _goal_tree(report: PlanReport) -> str:
    out = ['<ol class="goals">']
    depth = 0
    first = True
    for line in report.goals:
        # Nested at most OUTLINE_DEPTH levels, as the outline numbers are.
        if first:
            first = False
        elif line.level > depth:
            out.append('<ol class="children">')
        else:
            out.append("</li>")
            for _ in range(depth - line.level):
                out.append("</ol></li>")
        depth = line.level
        out.append(f'<li class="goal">{_goal_card(line, report.as_of)}')
    if not first:
        out.append("</li>")
        out.extend("</ol></li>" for _ in range(depth))
    out.append("</ol>")
    return "".join(out)


def _reviews(report: PlanReport) -> str:
    if report.plan.cadence is None:
        return f"<p>{NO_CADENCE}</p>"
    lines = review_lines(report)
    if not lines:
        return f"<p>{NO_REVIEWS}</p>"
    items = "".join(
        f"<li><strong>{line.day.isoformat()}</strong> "
        f'<span class="{"fail" if line.overdue else "muted"}">{line.phrase}</span></li>'
        for line in lines
    )
    return f'<ul class="plain">{items}</ul>'


def _celebrations(report: PlanReport) -> str:
    if not report.celebrations:
        return f"<p>{CELEBRATIONS_EMPTY}</p>"
    items = "".join(
        f'<li><span aria-hidden="true" class="star">★</span> '
        f"<strong>{item.on.isoformat()}</strong> {html_text(item.text)}</li>"
        for item in report.celebrations
    )
    return f'<ul class="plain">{items}</ul>'
