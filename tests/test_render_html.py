"""The HTML page (`goalkit._render.html`): self-contained, readable, and inert to user text."""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser

import pytest

import goalkit
from goalkit._render.format import GOAL_FACTS, capitalised, percent
from goalkit._render.html import render_html

AS_OF = datetime.date(2026, 11, 13)


class Tags(HTMLParser):
    """Collects the page's start tags and their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


def test_one_card_per_goal_with_its_facts(report):
    """Each goal has a card with its id, a labelled bar and one fact per GOAL_FACTS entry."""
    page = render_html(report)
    cards = [attrs for tag, attrs in tags(page) if tag == "article"]
    assert [attrs["id"] for attrs in cards] == [line.goal.id for line in report.goals]
    for label, _ in GOAL_FACTS:
        assert page.count(f"<dt>{capitalised(label)}</dt>") == len(report.goals)
    for line in report.goals:
        assert f'aria-label="{percent(line.progress.value)} done' in page
    assert page.count('<span class="pass">✓ passed all five criteria</span>') == len(report.goals)


def test_the_tree_nests_children_under_parents(report):
    """Child goals sit in a nested list inside their parent's item."""
    page = render_html(report)
    nested = page.split('<ol class="children">', 1)[1]
    assert 'id="g-presentations"' in nested
    assert page.count("<ol") == page.count("</ol>")
    assert page.count("<li") == page.count("</li>")


def test_overdue_reviews_are_marked():
    """Overdue review dates are shown as failures, saying by how much."""
    late = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2027, 3, 1))
    page = render_html(late)
    assert '<span class="fail">overdue by 86 days: no review held since</span>' in page


def test_the_page_loads_nothing_and_runs_nothing(report):
    """No script, no external URL, no event handler attribute."""
    page = render_html(report)
    for tag, attrs in tags(page):
        assert tag != "script"
        assert not any(name.startswith("on") for name in attrs)
        for value in attrs.values():
            assert not re.match(r"\s*(https?:|//|javascript:)", value or "")


@pytest.mark.parametrize(
    "hostile", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>x', "\x1b[2J"]
)
def test_user_text_cannot_add_markup(hostile):
    """Every piece of user text is escaped: the page has only goalkit's own tags."""
    goal = goalkit.Goal(
        title=f"Goal {hostile}",
        id="g-x",
        owner="ana",
        key_results=[
            goalkit.KeyResult(
                title=f"KR {hostile}",
                target=2,
                unit=hostile,
                check_ins=[goalkit.CheckIn(on=AS_OF, value=1, note=hostile)],
            )
        ],
        milestones=[goalkit.Milestone(title=f"M {hostile}")],
    )
    plan = goalkit.Plan(
        id="plan-x",
        title=f"Plan {hostile}",
        mentee=goalkit.Person(id="ana", name=hostile),
        goals=[goal],
    )
    page = render_html(goalkit.plan_report(plan, as_of=AS_OF))
    assert {tag for tag, _ in tags(page)} <= {
        "html", "head", "meta", "title", "style", "body", "main", "header", "p", "h1", "h2",
        "h3", "section", "div", "span", "strong", "ol", "li", "article", "ul", "dl", "dt",
        "dd", "br", "details", "summary", "table", "tbody", "tr", "td", "footer", "code",
    }  # fmt: skip
    assert not any(name.startswith("on") for _, attrs in tags(page) for name in attrs)
    assert "\x1b" not in page
