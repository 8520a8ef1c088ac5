"""The agenda in every format: the same items, escaped for each medium."""

from __future__ import annotations

import datetime
import json

import pytest

import goalkit
from goalkit._render.agenda import AGENDA_EMPTY, AGENDA_LABELS, render_agenda

D = datetime.date


def hostile_plan() -> goalkit.Plan:
    """A draft whose title carries markup, a pipe and a terminal escape."""
    return goalkit.Plan(
        mentee=goalkit.Person(name="Ana <b>Diaz</b>", id="ana"),
        goals=[
            goalkit.Goal(
                title="Give <script>alert(1)</script> talks | \x1b[31mred\x1b[0m",
                id="g-x",
                status=goalkit.GoalStatus.DRAFT,
            )
        ],
    )


def test_every_kind_has_a_label() -> None:
    """Each AgendaKind is worded once."""
    assert set(AGENDA_LABELS) == set(goalkit.AgendaKind)


def test_untrusted_text_is_escaped_in_every_format() -> None:
    """No markup, table break or terminal escape gets through from a title or a name."""
    items = goalkit.agenda(hostile_plan(), today=D(2027, 1, 1))
    names = {"ana": "Ana <b>Diaz</b>"}
    html = render_agenda(items, "html", names=names)
    assert "<script>" not in html
    assert "<b>Diaz" not in html
    assert "&lt;script&gt;" in html
    assert "\x1b" not in render_agenda(items, "text", names=names)
    markdown = render_agenda(items, "markdown", names=names)
    assert "<script>" not in markdown
    data = json.loads(render_agenda(items, "json"))
    assert data["items"][0]["kind"] == "agree"
    assert "<script>" in data["items"][0]["message"]  # JSON carries the text as it is


def test_an_empty_agenda_says_so() -> None:
    """Nothing due: every format says it in the same words."""
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana", id="ana"))
    items = goalkit.agenda(plan, today=D(2027, 1, 1))
    for form in ("text", "markdown", "html"):
        assert AGENDA_EMPTY in render_agenda(items, form)
    assert json.loads(render_agenda(items, "json"))["items"] == []


def test_unknown_format_is_refused() -> None:
    """A format that is not one of the four is a ValueError naming them."""
    with pytest.raises(ValueError, match="expected text, markdown, html or json"):
        render_agenda(goalkit.agenda(hostile_plan(), today=D(2027, 1, 1)), "pdf")


def test_an_agenda_displays_itself_in_a_notebook() -> None:
    """Jupyter shows an Agenda as HTML, its untrusted text escaped."""
    items = goalkit.agenda(hostile_plan(), today=D(2027, 1, 1))
    page = items._repr_html_()
    assert "Agenda for 2027-01-01" in page
    assert "&lt;script&gt;" in page
    assert "<script>" not in page
