"""The shared formatting of every renderer: words, numbers, marks, bars and safe user text.

Each renderer (text, Markdown, HTML, notebook) lays out what this module
words; none of them words anything itself. So a percentage, a plural, a
health word or colour, a bar, the goal meta line, a goal's facts and the
SMART verdict read the same in every format, and change in one place.

User text (titles, names, notes, units, ids, messages) reaches an output
only through the one function of its kind:

- `terminal_text`: for a terminal; control characters (C0, C1, ESC, DEL)
  and bidirectional overrides are shown as visible escapes (``\\x1b``,
  ``\\u202e``), never written raw; line breaks and tabs fold to a space;
- `markdown_text`: for Markdown; also escapes HTML (``<``, ``>``, ``&``)
  and the table and inline syntax (``|``, ``*``, ``_``, backquotes, ``[``...);
- `html_text`: for HTML; `html.escape` of the visible text;
- `plot_text`: for matplotlib, whose ``$`` would start mathematics.

Examples:
    >>> terminal_text("Ship\\x1b[2J it"), markdown_text("<b>A | B</b>"), html_text("<b>")
    ('Ship\\\\x1b[2J it', '&lt;b&gt;A \\\\| B&lt;/b&gt;', '&lt;b&gt;')
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Callable, Mapping
from typing import Final

import attrs

from goalkit._model import Ambition, Goal, Milestone
from goalkit._progress import Health, Progress
from goalkit._progress.policy import DEFAULT_POLICY
from goalkit._report import GoalLine, PlanReport
from goalkit._smart import Finding, Severity, SmartReport
from goalkit._words import every, percent, plural

__all__ = [
    "ANSI_HEALTH",
    "CELEBRATIONS_EMPTY",
    "FAILURE_COLOUR",
    "FILL_COLOUR",
    "GOALS_EMPTY",
    "GOAL_FACTS",
    "HEALTH_COLOURS",
    "HEALTH_LABELS",
    "HEALTH_SYMBOLS",
    "MILESTONE_COLOUR",
    "MUTED_COLOUR",
    "NO_CADENCE",
    "NO_REVIEWS",
    "SUCCESS_COLOUR",
    "BarStyle",
    "Fact",
    "ReviewLine",
    "ambition_phrase",
    "capitalised",
    "celebrations_heading",
    "errors_first",
    "forecast_phrase",
    "framework_label",
    "goal_facts",
    "goal_meta",
    "goals_summary",
    "health_summary",
    "html_bar",
    "html_text",
    "markdown_text",
    "milestone_state",
    "number_text",
    "percent",
    "plot_text",
    "plural",
    "report_facts",
    "report_title",
    "review_lines",
    "shorten",
    "silence_phrase",
    "smart_verdict",
    "summary_line",
    "terminal_text",
    "text_bar",
]

# ------------------------------------------------------------ health words

#: The colours every picture shares (chosen for contrast on white, WCAG AA for
#: text): progress bars, success and failure, muted text, milestones and achievements.
FILL_COLOUR: Final = "#0f766e"
SUCCESS_COLOUR: Final = "#1a7f37"
FAILURE_COLOUR: Final = "#cf222e"
MUTED_COLOUR: Final = "#57606a"
MILESTONE_COLOUR: Final = "#8250df"

#: How each health looks, in one row: its word, its foreground colour, and a
#: shape, so that health never depends on colour alone.
_HEALTH_LOOKS: Final[Mapping[Health, tuple[str, str, str]]] = {
    Health.NOT_STARTED: ("not started", MUTED_COLOUR, "○"),
    Health.ON_TRACK: ("on track", SUCCESS_COLOUR, "●"),
    Health.AT_RISK: ("at risk", "#9a6700", "▲"),
    Health.OFF_TRACK: ("off track", FAILURE_COLOUR, "■"),
    Health.ACHIEVED: ("achieved", MILESTONE_COLOUR, "✓"),
    Health.ABANDONED: ("abandoned", MUTED_COLOUR, "×"),
    Health.UNKNOWN: ("unknown", MUTED_COLOUR, "?"),
}

#: The word for each health.
HEALTH_LABELS: Final[Mapping[Health, str]] = {
    health: label for health, (label, _, _) in _HEALTH_LOOKS.items()
}
#: Foreground colours for health.
HEALTH_COLOURS: Final[Mapping[Health, str]] = {
    health: colour for health, (_, colour, _) in _HEALTH_LOOKS.items()
}
#: A shape per health.
HEALTH_SYMBOLS: Final[Mapping[Health, str]] = {
    health: symbol for health, (_, _, symbol) in _HEALTH_LOOKS.items()
}

#: ANSI colour codes of the healths a terminal report colours (the others stay plain).
ANSI_HEALTH: Final[Mapping[Health, str]] = {
    Health.ON_TRACK: "32",
    Health.AT_RISK: "33",
    Health.OFF_TRACK: "31",
    Health.ACHIEVED: "35",
}

#: What a report says where a section has nothing to show.
NO_CADENCE: Final = "No review cadence is set for this plan."
NO_REVIEWS: Final = "None scheduled."
CELEBRATIONS_EMPTY: Final = "Nothing completed in this window yet."
GOALS_EMPTY: Final = "This plan has no goals yet."

_BAR_EIGHTHS: Final = " ▏▎▍▌▋▊▉"


# --------------------------------------------------------------- user text

# Line breaks and tabs (with the separators str.splitlines knows) fold to one space.
_BREAKS: Final = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")
# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and
# isolates that can make a terminal or an editor show text out of order.
_CONTROLS: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN: Final = re.compile(r"([\\`*_\[\]|~])")
_MARKDOWN_SYNTAX: Final = re.compile(r"[\\`*_\[\]|~&<>]")
_MARKDOWN_ENTITIES: Final = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN_HTML: Final = re.compile("[&<>]")


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _keep_breaks(match: re.Match[str]) -> str:
    return match.group() if match.group() in "\t\n" else _escape_control(match)


def terminal_text(text: str, *, one_line: bool = True) -> str:
    """User text for a terminal: controls shown as escapes, never written raw.

    With *one_line* (the default), line breaks and tabs fold to one space;
    otherwise they are kept and only the other controls are escaped.

    Examples:
        >>> terminal_text("Bell\\x07 and\\nnewline\\u202eevil")
        'Bell\\\\x07 and newline\\\\u202eevil'
        >>> terminal_text("two\\nlines", one_line=False)
        'two\\nlines'
    """
    # isprintable() is False for every control, separator and bidi format character:
    # most text has none, and is returned as it is.
    if text.isprintable():
        return text
    if one_line:
        return _CONTROLS.sub(_escape_control, _BREAKS.sub(" ", text))
    return _CONTROLS.sub(_keep_breaks, text)


def markdown_text(text: str) -> str:
    """User text for Markdown: one line, inert, showing exactly what was typed.

    Backslash-escapes the characters of tables and inline syntax, writes
    ``<``, ``>`` and ``&`` as entities (so no HTML gets through), and shows
    controls as `terminal_text` does.

    Examples:
        >>> markdown_text("Ship A | B *now* <script>")
        'Ship A \\\\| B \\\\*now\\\\* &lt;script&gt;'
    """
    if _MARKDOWN_SYNTAX.search(text) is None and text.isprintable():
        return text
    text = _MARKDOWN.sub(r"\\\1", _BREAKS.sub(" ", text))
    text = _MARKDOWN_HTML.sub(lambda match: _MARKDOWN_ENTITIES[match.group()], text)
    # Last, so that the backslash of an escape is not itself escaped.
    return _CONTROLS.sub(_escape_control, text)


def html_text(text: str) -> str:
    """User text for HTML: escaped, quotes included, with controls shown as escapes.

    Examples:
        >>> html_text('<img src=x onerror="alert(1)">')
        '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    if not text.isprintable():
        text = _CONTROLS.sub(_escape_control, text)
    return html.escape(text, quote=True)


def plot_text(text: str) -> str:
    """User text for a matplotlib label: one line, and ``$`` never starts mathematics.

    Examples:
        >>> plot_text("Earn $5 and $10")
        'Earn \\\\$5 and \\\\$10'
    """
    return terminal_text(text).replace("$", r"\$")


def shorten(text: str, limit: int = 70) -> str:
    """*text* cut to *limit* characters, with an ellipsis when cut.

    Examples:
        >>> shorten("Enhance my public speaking skills", 20)
        'Enhance my public s…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------- numbers and words


def number_text(value: float) -> str:
    """A number as people typed it: ``3.0`` reads ``3``, ``2.5`` reads ``2.5``.

    Examples:
        >>> number_text(3.0), number_text(2.5), number_text(4), number_text(1_000_000)
        ('3', '2.5', '4', '1000000')
    """
    return f"{value:g}" if isinstance(value, float) else str(value)


def forecast_phrase(result: Progress) -> str | None:
    """``forecast DAY``, or ``achieved DAY`` once achieved; None without a forecast.

    Examples:
        >>> import datetime, goalkit
        >>> result = goalkit.progress(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> forecast_phrase(result)
        'forecast 2027-07-21'
    """
    if result.forecast is None:
        return None
    verb = "achieved" if result.health is Health.ACHIEVED else "forecast"
    return f"{verb} {result.forecast.isoformat()}"


def silence_phrase(result: Progress) -> str | None:
    """``stale: nothing recorded for N days`` for a stale result; None otherwise.

    Silence is never green (`Progress.stale`): every format says so beside
    the figures, in these words.

    Examples:
        >>> import datetime, goalkit
        >>> goal = goalkit.Goal(title="Learn SQL", start=datetime.date(2027, 1, 1),
        ...                     due=datetime.date(2027, 6, 30))
        >>> silence_phrase(goalkit.progress(goal, as_of=datetime.date(2027, 3, 1)))
        'stale: nothing recorded since the start'
    """
    if not result.stale:
        return None
    if result.last_activity is None:
        return "stale: nothing recorded since the start"
    days = (result.as_of - result.last_activity).days
    return f"stale: nothing recorded for {plural(days, 'day')}"


# ------------------------------------------------------------------- bars


def text_bar(value: float | None, width: int = 24, *, ascii_only: bool = False) -> str:
    """A progress bar *width* characters wide (ASCII: two more, for the brackets).

    Examples:
        >>> text_bar(0.5, 10)
        '█████░░░░░'
        >>> text_bar(0.5, 10, ascii_only=True)
        '[#####.....]'
        >>> text_bar(None, 10, ascii_only=True)
        '[    n/a   ]'
    """
    if value is None:
        empty = "n/a".center(width)
        return f"[{empty}]" if ascii_only else empty.replace(" ", "·")
    share = min(max(value, 0.0), 1.0)
    if ascii_only:
        filled = round(share * width)
        return "[" + "#" * filled + "." * (width - filled) + "]"
    eighths = round(share * width * 8)
    full, part = divmod(eighths, 8)
    bar = "█" * full + (_BAR_EIGHTHS[part] if part else "")
    return bar + "░" * (width - len(bar))


@attrs.frozen(kw_only=True)
class BarStyle:
    """How a caller dresses the one HTML bar: classes for a page, inline styles for a notebook.

    Attributes:
        track: attributes of the bar's outer element (before its ARIA ones).
        fill: attributes of the filled part; `fill_style` starts its style,
            to which the width is added.
        mark: attributes of the expected-share mark; `mark_style` starts its
            style, to which the position is added.
        tag: the element of the fill and the mark.

    Examples:
        >>> BarStyle(track=' class="bar"').tag
        'span'
    """

    track: str = ""
    fill: str = ""
    fill_style: str = ""
    mark: str = ""
    mark_style: str = ""
    tag: str = "span"


def html_bar(result: Progress, style: BarStyle) -> str:
    """A progress bar in HTML, with the expected share marked and a text alternative.

    The bar is an image to assistive technology, labelled with its figures;
    *style* dresses it (classes for a page with a stylesheet, inline styles
    for a notebook).

    Examples:
        >>> import datetime, goalkit
        >>> kr = goalkit.KeyResult(title="Talks", target=4, check_ins=[
        ...     goalkit.CheckIn(on=datetime.date(2027, 2, 1), value=1)])
        >>> bar = html_bar(goalkit.progress(kr, as_of=datetime.date(2027, 2, 1)),
        ...                BarStyle(track=' class="bar"', fill=' class="fill"'))
        >>> print(bar.replace("><", ">\\n<"))
        <div class="bar" role="img" aria-label="25% done">
        <span class="fill" style="width:25.0%">
        </span>
        </div>
    """
    value = result.value
    label = f"{percent(value)} done" if value is not None else "nothing measurable yet"
    expected = result.expected
    tag = style.tag
    parts = []
    if value is not None:
        width = min(max(value, 0), 1) * 100
        parts.append(f'<{tag}{style.fill} style="{style.fill_style}width:{width:.1f}%"></{tag}>')
    if expected is not None:
        label += f", {percent(expected)} expected"
        left = min(max(expected, 0), 1) * 100
        parts.append(f'<{tag}{style.mark} style="{style.mark_style}left:{left:.1f}%"></{tag}>')
    return f'<div{style.track} role="img" aria-label="{html_text(label)}">{"".join(parts)}</div>'


# ------------------------------------------------------------------ SMART


def smart_verdict(report: SmartReport) -> str:
    """The verdict line every format shows, in the words of the report's framework.

    Examples:
        >>> import datetime, goalkit
        >>> smart_verdict(goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                              as_of=datetime.date(2027, 1, 1)))
        '✗ not SMART yet: specific, measurable, relevant, time-bound'
        >>> smart_verdict(goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                              as_of=datetime.date(2027, 1, 1),
        ...                              framework=goalkit.REAL))
        '✗ not REAL yet: relevant, experimental'
    """
    if report.passed:
        if report.framework == "smart":
            return "✓ passed all five criteria"
        return f"✓ passed all {len(report.results)} {report.framework.upper()} criteria"
    failed = ", ".join(criterion.value.replace("_", "-") for criterion in report.failed)
    return f"✗ not {report.framework.upper()} yet: {failed}"


def errors_first(report: SmartReport, limit: int | None = 3) -> list[Finding]:
    """The findings that fail criteria, in the report's order, at most *limit* of them.

    Examples:
        >>> import datetime, goalkit
        >>> smart = goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                        as_of=datetime.date(2027, 1, 1))
        >>> [finding.code for finding in errors_first(smart, 2)]
        ['S-VAGUE', 'M-NO-MEASURE']
    """
    errors = [finding for finding in report.findings if finding.severity is Severity.ERROR]
    return errors if limit is None else errors[:limit]


# ------------------------------------------------------------- the report


def report_title(report: PlanReport) -> str:
    """The report's title: the plan's, or whose plan it is (user text, not yet escaped).

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"))
        >>> report_title(goalkit.plan_report(plan, as_of=datetime.date(2027, 1, 1)))
        'Goal plan of Ana'
    """
    plan = report.plan
    return plan.title or f"Goal plan of {plan.mentee.name}"


def report_facts(report: PlanReport) -> list[str]:
    """The facts under the title: the people and the review rhythm (user text, not yet escaped).

    Examples:
        >>> import datetime, goalkit
        >>> report_facts(goalkit.plan_report(goalkit.example_plan(),
        ...                                  as_of=datetime.date(2026, 11, 13)))
        ['Mentee Ana Diaz · mentor Sam Okafor', 'reviews every month']
    """
    plan = report.plan
    people = f"Mentee {plan.mentee.name}"
    facts = [people if plan.mentor is None else f"{people} · mentor {plan.mentor.name}"]
    cadence = plan.cadence
    if cadence is not None:
        facts.append(f"reviews {every(cadence.every, cadence.unit.value)}")
    return facts


def goals_summary(report: PlanReport) -> str:
    """How many goals, and how many pass their framework (example: `summary_line`)."""
    passing = f"{report.smart_count} {framework_label(report)}"
    return f"{plural(len(report.goals), 'goal')}, {passing}"


def framework_label(report: PlanReport) -> str:
    """What the goals were judged by, as the summary and a table header name it.

    Examples:
        >>> import datetime, goalkit
        >>> day = datetime.date(2026, 11, 13)
        >>> framework_label(goalkit.plan_report(goalkit.example_plan(), as_of=day))
        'SMART'
        >>> framework_label(goalkit.plan_report(goalkit.example_plan(), as_of=day,
        ...                                     framework=goalkit.framework_for))
        'passing their framework'
    """
    return "passing their framework" if report.framework is None else report.framework.upper()


def health_summary(report: PlanReport) -> str:
    """How many goals have each health, in the order they first occur (example: `summary_line`)."""
    return ", ".join(
        f"{count} {HEALTH_LABELS[health]}" for health, count in report.health_counts.items()
    )


def summary_line(report: PlanReport) -> str:
    """The line under the overall bar: `goals_summary`, then `health_summary` when there are goals.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> goals_summary(report), health_summary(report)
        ('5 goals, 5 SMART', '3 on track, 1 at risk, 1 achieved')
        >>> summary_line(report)
        '5 goals, 5 SMART · 3 on track, 1 at risk, 1 achieved'
        >>> summary_line(goalkit.plan_report(goalkit.Plan(mentee=goalkit.Person(name="Ana")),
        ...                                  as_of=datetime.date(2027, 1, 1)))
        '0 goals, 0 SMART'
    """
    counts = health_summary(report)
    return f"{goals_summary(report)} · {counts}" if counts else goals_summary(report)


def celebrations_heading(report: PlanReport) -> str:
    """The heading of the celebrations section, naming where its window starts.

    Examples:
        >>> import datetime, goalkit
        >>> celebrations_heading(goalkit.plan_report(goalkit.example_plan(),
        ...                                          as_of=datetime.date(2026, 11, 13)))
        'Recent celebrations (since 2026-10-14)'
    """
    return f"Recent celebrations (since {report.since.isoformat()})"


@attrs.frozen
class ReviewLine:
    """One review date of a report, and what to say about it.

    Examples:
        >>> import datetime
        >>> ReviewLine(datetime.date(2026, 12, 5), "in 22 days", overdue=False).overdue
        False
    """

    day: datetime.date
    phrase: str
    overdue: bool


def review_lines(report: PlanReport) -> list[ReviewLine]:
    """The overdue review dates, then the upcoming ones, each with its phrase.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> [(line.day.isoformat(), line.phrase) for line in review_lines(report)][:1]
        [('2026-12-05', 'in 22 days')]
    """
    as_of = report.as_of
    overdue = [
        ReviewLine(
            day, f"overdue by {plural((as_of - day).days, 'day')}: no review held since", True
        )
        for day in report.overdue_reviews
    ]
    upcoming = [
        ReviewLine(day, f"in {plural((day - as_of).days, 'day')}", False)
        for day in report.upcoming_reviews
    ]
    return overdue + upcoming


def ambition_phrase(goal: Goal, success: float = DEFAULT_POLICY.aspirational_success) -> str:
    """How a goal's success is judged: ``aspirational: 70% is success``, or ``committed``.

    Examples:
        >>> import goalkit
        >>> ambition_phrase(goalkit.Goal(title="Win a regional award",
        ...                              ambition=goalkit.Ambition.ASPIRATIONAL))
        'aspirational: 70% is success'
    """
    if goal.ambition is Ambition.ASPIRATIONAL:
        return f"aspirational: {success:.0%} is success"
    return "committed"


def goal_meta(goal: Goal, as_of: datetime.date, owner: str | None = None) -> list[str]:
    """The goal meta line's items: kind, horizon, *owner*, dates and status on *as_of*.

    The caller words the owner (a name, or ``owner NAME``) and escapes the
    items for its output; the other items hold no user text.

    Examples:
        >>> import datetime, goalkit
        >>> goal = goalkit.example_plan().goal("g-presentations")
        >>> " · ".join(goal_meta(goal, datetime.date(2026, 11, 13), "Ana Diaz"))
        'development · short-term · Ana Diaz · 2026-09-01 → 2026-11-30 · active'
    """
    meta = [goal.kind.value]
    if goal.ambition is Ambition.ASPIRATIONAL:
        meta.append(ambition_phrase(goal))
    if goal.horizon is not None:
        meta.append(goal.horizon.value.replace("_", "-"))
    if owner is not None:
        meta.append(owner)
    if goal.start is not None or goal.due is not None:
        start = "…" if goal.start is None else goal.start.isoformat()
        due = "…" if goal.due is None else goal.due.isoformat()
        meta.append(f"{start} → {due}")
    meta.append(goal.status_on(as_of).value)
    return meta


@attrs.frozen(kw_only=True)
class Fact:
    """The value of one fact of a goal's report line, worded once and laid out by each renderer.

    Every field except `detail` is user text, not yet escaped: each renderer
    passes it through its own escaping function.

    Attributes:
        text: the fact; empty when there is nothing to say (`missing`).
        strong: a figure to stress, shown right after `text`.
        detail: a short aside in goalkit's own words, such as ``due 2026-11-26``.
        note: a quotation of what someone wrote, such as a check-in's note.
        passed: for a verdict, whether it is a pass; None for other facts.

    Examples:
        >>> Fact(text="✓ passed all five criteria", passed=True).missing
        False
    """

    text: str = ""
    strong: str = ""
    detail: str = ""
    note: str = ""
    passed: bool | None = None

    @property
    def missing(self) -> bool:
        """Whether there is nothing to say (a dash in a table, left out of a text report)."""
        return not (self.text or self.strong)


def milestone_state(milestone: Milestone, as_of: datetime.date) -> Fact:
    """A milestone's state on *as_of*, worded once for every format.

    Done (a pass, with the day), overdue (a fail, since its due day), due
    (with the day), or nothing to say (`Fact.missing`: open, with no due
    day), which each format words in its own place.

    Examples:
        >>> import datetime, goalkit
        >>> talk = goalkit.Milestone(title="First talk", due=datetime.date(2026, 12, 1))
        >>> milestone_state(talk, datetime.date(2026, 11, 13)).text
        'due 2026-12-01'
        >>> late = milestone_state(talk, datetime.date(2026, 12, 5))
        >>> late.text, late.passed
        ('overdue since 2026-12-01', False)
    """
    if milestone.completed_by(as_of):
        return Fact(text=f"✓ done {milestone.completed_on}", passed=True)
    if milestone.due is None:
        return Fact()
    if milestone.due < as_of:
        return Fact(text=f"overdue since {milestone.due}", passed=False)
    return Fact(text=f"due {milestone.due}")


def _next_milestone(line: GoalLine) -> Fact:
    milestone = line.next_milestone
    if milestone is None:
        return Fact()
    due = "" if milestone.due is None else f"due {milestone.due.isoformat()}"
    return Fact(text=milestone.title, detail=due)


def _last_check_in(line: GoalLine) -> Fact:
    if line.last_check_in is None:
        return Fact()
    key_result, check_in = line.last_check_in
    unit = f" {key_result.unit}" if key_result.unit else ""
    return Fact(
        text=f"{check_in.on.isoformat()} · {key_result.title}: ",
        strong=number_text(check_in.value) + unit,
        note=check_in.note,
    )


def _last_activity(line: GoalLine) -> Fact:
    result = line.progress
    if result.last_activity is None:
        return Fact(text="nothing recorded yet", detail="stale" if result.stale else "")
    days = (result.as_of - result.last_activity).days
    ago = "today" if days == 0 else f"{plural(days, 'day')} ago"
    detail = f"{ago}, stale" if result.stale else ago
    return Fact(text=result.last_activity.isoformat(), detail=detail)


def _smart(line: GoalLine) -> Fact:
    return Fact(text=smart_verdict(line.smart), passed=line.smart.passed)


#: A goal's facts in the order every format shows them: a label (lower case, as
#: in a sentence; renderers capitalise it where they need to) and how to word
#: the fact from a report line. To show one more fact in every format, add it here.
GOAL_FACTS: Final[tuple[tuple[str, Callable[[GoalLine], Fact]], ...]] = (
    ("next milestone", _next_milestone),
    ("last check-in", _last_check_in),
    ("last activity", _last_activity),
    ("SMART", _smart),
)


def goal_facts(line: GoalLine) -> list[tuple[str, Fact]]:
    """A goal line's facts as ``(label, fact)`` pairs, in `GOAL_FACTS` order.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> label, fact = goal_facts(report.goals[1])[0]
        >>> label, fact.text, fact.detail
        ('next milestone', 'Present at the engineering all-hands', 'due 2026-11-26')
    """
    # The verdict's label is the framework the goal was judged by ("SMART", "REAL").
    return [
        (line.smart.framework.upper() if word is _smart else label, word(line))
        for label, word in GOAL_FACTS
    ]


def capitalised(label: str) -> str:
    """A fact's label as a heading or a table header: its first letter in upper case.

    Examples:
        >>> capitalised("next milestone"), capitalised("SMART")
        ('Next milestone', 'SMART')
    """
    return label[:1].upper() + label[1:]
