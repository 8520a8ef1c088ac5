"""Frameworks as data, and the assessment that runs them.

A `Framework` is a frozen value: a name, the criteria it judges, in order,
and its rules, a visible tuple of same-shaped callables
`(goal, context) -> Iterable[Finding]` (as structlog keeps its default
processors). `SMART` is the default; users extend, reorder or replace its
rules with `attrs.evolve`, and a framework with other criteria is declared
the same way, with no new code path in `assess`.

`assess` reads the statement once, runs the framework's rules and then
`SmartPolicy.extra_rules`, drops ignored codes, and gathers the findings
under the framework's criteria. It is a pure function of the goal, the
plan, the day, the policy and the framework: the clock is read only when
`as_of` is omitted.
"""

from __future__ import annotations

import datetime
import types
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from goalkit._errors import (
    NotSmartError,
    ValidationError,
    excerpt,
    expect_type,
    warn_deprecated,
)
from goalkit._model import Goal, Plan
from goalkit._smart.achievable import breakdown, confidence, key_result_count, owner_workload, pace
from goalkit._smart.findings import (
    BaseCriterion,
    Criterion,
    CriterionResult,
    Finding,
    Severity,
    SmartReport,
)
from goalkit._smart.measurable import has_a_measure, targets_match_statement
from goalkit._smart.policy import DEFAULT_POLICY, Rule, SmartContext, SmartPolicy
from goalkit._smart.relevant import states_why
from goalkit._smart.specific import (
    names_an_action,
    one_goal_per_statement,
    read_ahead,
    reads_as_broad,
    statement_length,
)
from goalkit._smart.time_bound import dates_inside_span, deadline
from goalkit._text import TextAnalysis, analyze

__all__ = [
    "SMART",
    "SMART_RULES",
    "Framework",
    "analyze_text",
    "assess",
    "assess_plan",
    "require_smart",
]


def _criteria(items: Iterable[BaseCriterion]) -> tuple[BaseCriterion, ...]:
    return tuple(items)


def _rules(items: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Framework:
    """A way of judging goals, as data: its name, its criteria and its rules.

    Attributes:
        name: a short lower-case name, such as `"smart"`; reports carry it.
        criteria: what it judges, in the order reports list them: members
            of `Criterion`, or of another framework's criteria enum.
        rules: callables `(goal, context) -> Iterable[Finding]`, run in
            order; each finding joins the criterion it names, which must be
            one of *criteria*.

    Build a variant with `attrs.evolve`: add a rule, drop one, or reorder
    them. Rules are plain functions, so a framework compares and hashes by
    its name, criteria and the rules themselves.

    Examples:
        >>> import datetime
        >>> import attrs
        >>> from goalkit import SMART, Criterion, Finding, Goal, Severity, assess
        >>> def named_owner(goal, context):
        ...     if goal.owner is None:
        ...         yield Finding(criterion=Criterion.ACHIEVABLE, code="X-NO-OWNER",
        ...                       severity=Severity.WARNING, message="Nobody owns it.")
        >>> strict = attrs.evolve(SMART, name="smart-owned", rules=SMART.rules + (named_owner,))
        >>> report = assess(Goal(title="Give five talks"), as_of=datetime.date(2027, 1, 1),
        ...                 framework=strict)
        >>> report.framework, "X-NO-OWNER" in report.codes
        ('smart-owned', True)
    """

    name: str
    criteria: tuple[BaseCriterion, ...] = attrs.field(converter=_criteria)
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    # Criterion -> its position, keyed by id(): an Enum member hashes in Python code,
    # and this is looked up once per finding.
    _positions: dict[int, int] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if type(self.name) is not str or not self.name.strip():
            raise ValidationError("Framework", "name", "a non-blank name such as 'smart'",
                                  got=self.name)  # fmt: skip
        if not self.criteria:
            raise ValidationError("Framework", "criteria", "at least one criterion", got=())
        for index, criterion in enumerate(self.criteria):
            if not isinstance(criterion, BaseCriterion):
                raise ValidationError(
                    "Framework", f"criteria[{index}]", "a Criterion (or another framework's)",
                    got=criterion,
                )  # fmt: skip
            if criterion in self.criteria[:index]:
                raise ValidationError(
                    "Framework", f"criteria[{index}]", "each criterion once", got=criterion
                )
        for index, rule in enumerate(self.rules):
            if not callable(rule):
                raise ValidationError(
                    "Framework", f"rules[{index}]", "a callable (goal, context)", got=rule
                )
        positions = {id(criterion): index for index, criterion in enumerate(self.criteria)}
        object.__setattr__(self, "_positions", positions)

    def __repr__(self) -> str:
        criteria = tuple(criterion.value for criterion in self.criteria)
        rules = tuple(getattr(rule, "__name__", repr(rule)) for rule in self.rules)
        return f"Framework(name={self.name!r}, criteria={criteria!r}, rules={rules!r})"


#: SMART's rules, in the order they run: each yields findings on one criterion.
SMART_RULES: Final[tuple[Rule, ...]] = (
    # Specific
    names_an_action,
    statement_length,
    one_goal_per_statement,
    reads_as_broad,
    # Measurable
    has_a_measure,
    targets_match_statement,
    # Achievable
    owner_workload,
    key_result_count,
    pace,
    confidence,
    breakdown,
    # Relevant
    states_why,
    # Time-bound
    deadline,
    dates_inside_span,
)

# `Criterion` lists SMART's five in S, M, A, R, T order: the framework's order is the enum's.
SMART: Final = Framework(name="smart", criteria=tuple(Criterion), rules=SMART_RULES)
"""SMART: Specific, Measurable, Achievable, Relevant, Time-bound; the default framework.

Its rules (`SMART.rules`) are plain functions, in order:

| rule | criterion | codes |
|---|---|---|
| `names_an_action` | Specific | `S-VAGUE`, `S-NO-ACTION` |
| `statement_length` | Specific | `S-TOO-SHORT`, `S-TOO-LONG` |
| `one_goal_per_statement` | Specific | `S-COMPOUND` |
| `reads_as_broad` | Specific | `S-BROAD` |
| `has_a_measure` | Measurable | `M-NO-MEASURE`, `M-TEXT-ONLY`, `M-BROAD` |
| `targets_match_statement` | Measurable | `M-TARGET-MISMATCH` |
| `owner_workload` | Achievable | `A-OVERLOAD` |
| `key_result_count` | Achievable | `A-FEW-KEY-RESULTS`, `A-MANY-KEY-RESULTS` |
| `pace` | Achievable | `A-PACE`, `A-PACE-TIGHT`, `A-NO-HISTORY` |
| `confidence` | Achievable | `A-LOW-CONFIDENCE` |
| `breakdown` | Achievable | `A-NO-BREAKDOWN` |
| `states_why` | Relevant | `R-NO-LINK`, `R-THIN`, `R-UNKNOWN-PARENT` |
| `deadline` | Time-bound | `T-NO-DEADLINE`, `T-TEXT-ONLY`, `T-NO-SPAN`, `T-NO-START`, `T-TEXT-MISMATCH`, `T-PAST-DUE` |
| `dates_inside_span` | Time-bound | `T-OUTSIDE-SPAN` |

Examples:
    >>> SMART.name, [criterion.label for criterion in SMART.criteria]
    ('smart', ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound'])
    >>> [rule.__name__ for rule in SMART.rules][:3]
    ['names_an_action', 'statement_length', 'one_goal_per_statement']
"""  # noqa: E501 - a table row is one line


def analyze_text(text: str, *, policy: SmartPolicy | None = None) -> TextAnalysis:
    """Read a goal statement the way the SMART rules do.

    Returns the quantities (with the noun they count), time frames, vague
    wording and actions found, each with its position in the text.

    Examples:
        >>> analysis = analyze_text("Give 5 presentations in the next three months")
        >>> tuple((q.value, q.noun) for q in analysis.quantities)
        ((5, 'presentations'),)
        >>> analysis.time_frames[0].text
        'in the next three months'
        >>> analyze_text("Aim for a managerial position in 5 years").quantities
        ()
    """
    expect_type("analyze_text", "text", text, str, expected="text")
    expect_type("analyze_text", "policy", policy, SmartPolicy, type(None),
                expected="a SmartPolicy or None")  # fmt: skip
    chosen = DEFAULT_POLICY if policy is None else policy
    return analyze(text, chosen._lexicon)


def _arguments(
    function: str,
    as_of: datetime.date | None,
    today: datetime.date | None,
    policy: SmartPolicy | None,
    framework: Framework,
    *,
    stacklevel: int = 4,
) -> tuple[datetime.date, SmartPolicy]:
    """The day and policy to assess with, after checking the arguments *function* was given.

    *stacklevel* counts the frames from `warn_deprecated` to the caller of the
    public *function*, so a deprecation points at the caller's line.
    """
    expect_type(function, "policy", policy, SmartPolicy, type(None),
                expected="a SmartPolicy or None")  # fmt: skip
    expect_type(function, "framework", framework, Framework, expected="a Framework")
    if today is not None:
        # warn_deprecated -> here -> the public function -> its caller (by default)
        warn_deprecated(f"{function}(today=...)", f"{function}(as_of=...)", stacklevel=stacklevel)
        if as_of is not None:
            raise ValidationError(
                function, "today", "to be left out when as_of is given (it is as_of's old name)",
                got=today,
            )  # fmt: skip
        expect_type(function, "today", today, datetime.date, expected="a date (not a datetime)")
        as_of = today
    elif as_of is None:
        as_of = datetime.date.today()  # the only clock read
    else:
        expect_type(function, "as_of", as_of, datetime.date,
                    expected="a date (not a datetime) or None")  # fmt: skip
    return as_of, DEFAULT_POLICY if policy is None else policy


def assess(
    goal: Goal,
    *,
    plan: Plan | None = None,
    as_of: datetime.date | None = None,
    policy: SmartPolicy | None = None,
    framework: Framework = SMART,
    today: datetime.date | None = None,
) -> SmartReport:
    """Assess a goal against a framework's criteria: SMART's five by default.

    Args:
        goal: the goal to assess.
        plan: the plan it belongs to, if any: enables the parent-goal link
            (Relevant), the owner's workload and the breakdown into child
            goals (Achievable).
        as_of: the day of the assessment; defaults to the clock's today.
        policy: thresholds, word lists and extra rules; defaults to `SmartPolicy()`.
        framework: the criteria and rules to judge by; defaults to `SMART`.
        today: deprecated: the old name of *as_of*.

    Returns:
        A `SmartReport`. The same inputs always give an equal report.

    Raises:
        ValidationError: an argument has the wrong type.

    Examples:
        >>> import datetime
        >>> goal = Goal(title="I want to enhance my public speaking skills by giving five "
        ...                   "presentations in the next three months",
        ...             relevance="Team leads present the team's work every quarter")
        >>> report = assess(goal, as_of=datetime.date(2027, 1, 31))
        >>> report.passed
        True
        >>> report.codes
        ('M-TEXT-ONLY', 'T-TEXT-ONLY')
    """
    return _assess_goal("assess", goal, plan, as_of, today, policy, framework)


def _assess_goal(
    function: str,
    goal: Goal,
    plan: Plan | None,
    as_of: datetime.date | None,
    today: datetime.date | None,
    policy: SmartPolicy | None,
    framework: Framework,
) -> SmartReport:
    """`assess` for the public *function* (`assess`, `require_smart`): check the arguments, run."""
    expect_type(function, "goal", goal, Goal, expected="a Goal")
    expect_type(function, "plan", plan, Plan, type(None), expected="a Plan or None")
    # warn_deprecated -> _arguments -> here -> the public function -> its caller
    day, chosen = _arguments(function, as_of, today, policy, framework, stacklevel=5)
    return _assess(goal, plan, day, chosen, framework)


#: The result of a criterion with no finding: passed, and nothing behind it (immutable, so
#: every report shares it).
_PASSED: Final = CriterionResult(True)


def _assess(
    goal: Goal,
    plan: Plan | None,
    as_of: datetime.date,
    policy: SmartPolicy,
    framework: Framework,
) -> SmartReport:
    # What SmartContext.for_goal builds, without checking again what the caller checked.
    analysis = analyze(goal.title, policy._lexicon)
    context = SmartContext._of(plan, as_of, policy, analysis)
    positions = framework._positions
    buckets: list[list[Finding]] = [[] for _ in framework.criteria]
    failed = [False] * len(buckets)  # an ERROR finding fails its criterion
    error = Severity.ERROR
    ignore = policy.ignore
    for source, rules in ((None, framework.rules), ("SmartPolicy.extra_rules", policy.extra_rules)):
        for rule in rules:
            for finding in rule(goal, context):
                if type(finding) is not Finding:
                    raise TypeError(
                        f"{source or f'Framework {framework.name!r}'}: "
                        f"{getattr(rule, '__name__', rule)!r} yielded "
                        f"{excerpt(finding)}, expected a Finding"
                    )
                if ignore and finding.code in ignore:
                    continue
                position = positions.get(id(finding.criterion))
                if position is None:
                    raise ValueError(
                        f"{source or f'Framework {framework.name!r}'}: "
                        f"{getattr(rule, '__name__', rule)!r} yielded a finding on "
                        f"{finding.criterion.value!r}, which framework {framework.name!r} does "
                        f"not judge ({', '.join(c.value for c in framework.criteria)})"
                    )
                buckets[position].append(finding)
                if finding.severity is error:
                    failed[position] = True
    # A read-only view already, which SmartReport keeps as it is (no copy, no hashing the
    # criteria again); a criterion with no finding shares the one passing result.
    results = types.MappingProxyType(
        {
            criterion: CriterionResult(not fails, tuple(bucket)) if bucket else _PASSED
            for criterion, bucket, fails in zip(framework.criteria, buckets, failed, strict=True)
        }
    )
    return SmartReport._of(goal.id, goal.title, as_of, results, framework.name)


def assess_plan(
    plan: Plan,
    *,
    as_of: datetime.date | None = None,
    policy: SmartPolicy | None = None,
    framework: Framework | Callable[[Goal], Framework] = SMART,
    today: datetime.date | None = None,
) -> dict[str, SmartReport]:
    """Assess every goal of a plan, in plan order: goal id -> report.

    The same as calling `assess(goal, plan=plan, ...)` for each goal, with
    the plan-wide work (each owner's workload) done once. *framework* is
    the framework for every goal, or a function that chooses each goal's:
    `framework_for` judges development and learning goals by `REAL` and the
    others by `SMART`. `today` is the deprecated name of *as_of*.

    Examples:
        >>> import datetime
        >>> from goalkit import Person, Plan
        >>> plan = Plan(mentee=Person(id="ana", name="Ana"), goals=[
        ...     Goal(title="Move into a leadership role within the next two years", id="g-lead",
        ...          relevance="Ana wants to lead the platform team"),
        ...     Goal(title="Give five presentations in the next three months", id="g-talks",
        ...          parent_id="g-lead")])
        >>> {goal_id: [criterion.value for criterion in report.failed] for goal_id, report in
        ...  assess_plan(plan, as_of=datetime.date(2027, 1, 4)).items()}
        {'g-lead': ['specific', 'measurable'], 'g-talks': []}

        Each goal by the framework that suits it:

        >>> from goalkit import GoalKind, framework_for
        >>> plan = Plan(mentee=Person(id="ana", name="Ana"), goals=[
        ...     Goal(title="Lead two retrospectives", id="g-grow", kind=GoalKind.DEVELOPMENT),
        ...     Goal(title="Sell 1,200 licences this year", id="g-sell")])
        >>> {goal_id: report.framework for goal_id, report in
        ...  assess_plan(plan, as_of=datetime.date(2027, 1, 4), framework=framework_for).items()}
        {'g-grow': 'real', 'g-sell': 'smart'}
    """
    expect_type("assess_plan", "plan", plan, Plan, expected="a Plan")
    if not callable(framework):
        expect_type("assess_plan", "framework", framework, Framework,
                    expected="a Framework, or a function choosing one per goal")  # fmt: skip
    if isinstance(framework, Framework):
        day, chosen = _arguments("assess_plan", as_of, today, policy, framework)
        if _reads_specific(framework):
            read_ahead(plan.goals, chosen)
        return {goal.id: _assess(goal, plan, day, chosen, framework) for goal in plan.goals}
    day, chosen = _arguments("assess_plan", as_of, today, policy, SMART)
    judged = []
    for goal in plan.goals:
        own = framework(goal)
        expect_type("assess_plan", "framework", own, Framework,
                    expected=f"a function returning a Framework for goal {goal.id!r}")  # fmt: skip
        judged.append((goal, own))
    read_ahead((goal for goal, own in judged if _reads_specific(own)), chosen)
    return {goal.id: _assess(goal, plan, day, chosen, own) for goal, own in judged}


def _reads_specific(framework: Framework) -> bool:
    """Whether *framework* runs the rules a learned reading of Specific may decide."""
    return reads_as_broad in framework.rules or names_an_action in framework.rules


def require_smart(
    goal: Goal,
    *,
    plan: Plan | None = None,
    as_of: datetime.date | None = None,
    policy: SmartPolicy | None = None,
    framework: Framework = SMART,
    today: datetime.date | None = None,
) -> Goal:
    """Return *goal* if it passes; otherwise raise `NotSmartError` carrying the report.

    Takes the same keyword arguments as `assess` (`today` is the deprecated
    name of *as_of*).

    Raises:
        NotSmartError: a criterion failed; `error.report` says which and why.
        ValidationError: an argument has the wrong type.

    Examples:
        >>> import datetime
        >>> goal = Goal(title="Give five presentations in the next three months",
        ...             relevance="Team leads present every quarter")
        >>> require_smart(goal, as_of=datetime.date(2027, 1, 31)) is goal
        True
        >>> try:
        ...     require_smart(Goal(title="Get better"), as_of=datetime.date(2027, 1, 31))
        ... except NotSmartError as error:
        ...     print(error)
        goal 'Get better' is not SMART: failed specific, measurable, relevant, time_bound
    """
    report = _assess_goal("require_smart", goal, plan, as_of, today, policy, framework)
    if not report.passed:
        raise NotSmartError(report, title=goal.title)
    return goal
