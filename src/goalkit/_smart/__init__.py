"""SMART assessment: explainable checks of a goal against the five criteria.

`assess` runs a fixed set of rules, each with a stable code such as
`S-VAGUE`, over a goal (and, when given, the plan it belongs to) and
returns a `SmartReport`: per criterion, whether it passed and the findings
that say why not, each with a concrete hint. A criterion fails when any of
its findings is an ERROR; warnings and information never fail it.

Everything the rules weigh (thresholds, word lists, limits) lives in
`SmartPolicy`, with documented defaults; `SmartPolicy.extra_rules` adds
rules of your own. Assessment is a pure function of the goal, the plan, the
day and the policy: the clock is read only when `today` is omitted.
"""

from __future__ import annotations

import bisect
import datetime
import enum
import math
import types
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final, TypeAlias

import attrs

from goalkit._display_hook import repr_html
from goalkit._errors import NotSmartError, ValidationError, excerpt
from goalkit._model import Direction, Goal, GoalStatus, KeyResult, Plan
from goalkit._schedule import years_between
from goalkit._text import (
    DEFAULT_ACTION_VERBS,
    DEFAULT_VAGUE_FILLERS,
    DEFAULT_VAGUE_OBJECTS,
    DEFAULT_VAGUE_PHRASES,
    DEFAULT_VAGUE_TIMING,
    DEFAULT_VAGUE_VERBS,
    Lexicon,
    TextAnalysis,
    TimeFrame,
    analyze,
)

__all__ = [
    "FINDING_CODES",
    "Criterion",
    "CriterionResult",
    "Finding",
    "Rule",
    "Severity",
    "SmartContext",
    "SmartPolicy",
    "SmartReport",
    "analyze_text",
    "assess",
    "assess_plan",
    "require_smart",
]


class Criterion(enum.Enum):
    """One of the five SMART criteria. Values are the lower-case member names.

    Examples:
        >>> Criterion.TIME_BOUND.value, Criterion.TIME_BOUND.label
        ('time_bound', 'Time-bound')
    """

    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"

    @property
    def label(self) -> str:
        """The criterion as people write it: "Specific", ..., "Time-bound".

        Examples:
            >>> tuple(c.label for c in Criterion)
            ('Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound')
        """
        return "Time-bound" if self is Criterion.TIME_BOUND else self.value.capitalize()


class Severity(enum.Enum):
    """How much a finding weighs: an ERROR fails its criterion; the others advise.

    Examples:
        >>> Severity.ERROR.value
        'error'
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a rule found about a goal, and how to fix it.

    Attributes:
        criterion: the SMART criterion it bears on.
        code: a stable code such as `"S-VAGUE"`; the reference lists them all.
        severity: `Severity.ERROR` fails the criterion; WARNING and INFO advise.
        message: what was found, in words the mentee would use.
        hint: how to fix it, concretely ("" when nothing needs doing).
        path: where in the goal, such as `"key_results[0].target"` ("" for the whole goal).

    Examples:
        >>> finding = Finding(criterion=Criterion.RELEVANT, code="ORG-NO-OKR",
        ...                   severity=Severity.ERROR, message="No company OKR tag.",
        ...                   hint="Tag it, e.g. tags=['okr:retention'].", path="tags")
        >>> print(finding)
        relevant: ORG-NO-OKR (error) No company OKR tag. Hint: Tag it, e.g. tags=['okr:retention'].
    """

    criterion: Criterion
    code: str
    severity: Severity
    message: str
    hint: str = ""
    path: str = ""

    def __attrs_post_init__(self) -> None:
        if type(self.criterion) is not Criterion:
            raise ValidationError("Finding", "criterion", "a Criterion", got=self.criterion)
        if type(self.severity) is not Severity:
            raise ValidationError("Finding", "severity", "a Severity", got=self.severity)
        if type(self.code) is not str or not self.code.strip():
            raise ValidationError(
                "Finding", "code", "a non-blank code such as 'S-VAGUE'", got=self.code
            )
        if type(self.message) is not str:
            raise ValidationError("Finding", "message", "text", got=self.message)
        if type(self.hint) is not str:
            raise ValidationError("Finding", "hint", "text", got=self.hint)
        if type(self.path) is not str:
            raise ValidationError("Finding", "path", "text", got=self.path)

    def __str__(self) -> str:
        hint = f" Hint: {self.hint}" if self.hint else ""
        return f"{self.criterion.value}: {self.code} ({self.severity.value}) {self.message}{hint}"


@attrs.frozen
class CriterionResult:
    """The verdict on one criterion: passed, and the findings behind it.

    Examples:
        >>> CriterionResult(True).passed, CriterionResult(True).findings
        (True, ())
    """

    passed: bool
    findings: tuple[Finding, ...] = ()


#: A rule: reads a goal in its context and yields findings. Built-in rules
#: and `SmartPolicy.extra_rules` share this shape.
Rule: TypeAlias = Callable[[Goal, "SmartContext"], Iterable[Finding]]


def _words(items: Iterable[str]) -> frozenset[str]:
    if isinstance(items, str):
        raise ValidationError("SmartPolicy", "word list", "a collection of words, not one string")
    return frozenset(" ".join(item.lower().split()) for item in items if item.strip())


def _texts(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        raise ValidationError("SmartPolicy", "objectives", "a collection of texts, not one string")
    return tuple(items)


@attrs.frozen(kw_only=True)
class SmartPolicy:
    """Every threshold, word list and limit the SMART rules use, and your own rules.

    Build one with the fields you want to change; the rest keep their
    defaults. Word lists accept any collection of strings and are compared
    case-insensitively. Extend a default list with `|`:
    `SmartPolicy(action_verbs=SmartPolicy().action_verbs | {"upskill"})`.

    Attributes:
        min_words: fewer words than this draw S-TOO-SHORT (default 4).
        max_words: more words than this draw S-TOO-LONG (default 30).
        max_actions: more main actions than this draw S-COMPOUND (default 2).
        action_verbs: verbs that name something done, in base form.
        vague_verbs: verbs that are vague when their object is vague ("improve").
        vague_fillers: words allowed between a vague verb and object ("my", "new").
        vague_objects: objects too general to act on ("skills", "my career").
        vague_phrases: phrases vague anywhere ("get better", "be more").
        vague_timing: time words that set no deadline ("soon", "eventually").
        max_pace_ratio: required pace over observed pace above which A-PACE fails (2.0).
        pace_warning_ratio: ratio above which A-PACE-TIGHT warns (1.25).
        min_history_days: days of check-in history needed to judge pace (14).
        low_confidence: a latest check-in confidence at or below this warns (3).
        max_concurrent_goals: active goals one owner may carry at once (5;
            None turns the check off).
        min_key_results: fewer key results than this draw advice (2).
        max_key_results: more key results than this draw a warning (5).
        min_relevance_words: a relevance shorter than this warns (3).
        objectives: organisational objectives; a goal aligns with one when a
            tag equals it or its title or description mentions it.
        objective_tag_prefixes: tags starting with these name an objective
            the goal serves (`"objective:"`, `"okr:"`).
        long_term_days: a span longer than this is long-term (365).
        date_tolerance_days: days a due date may differ from the statement's
            time frame before T-TEXT-MISMATCH warns (7).
        ignore: finding codes to drop, built-in or your own.
        extra_rules: your rules, each `(goal, context) -> Iterable[Finding]`.

    Examples:
        >>> policy = SmartPolicy(max_concurrent_goals=3, objectives=["customer retention"])
        >>> policy.max_concurrent_goals, policy.max_pace_ratio
        (3, 2.0)
        >>> "upskill" in SmartPolicy(action_verbs=policy.action_verbs | {"upskill"}).action_verbs
        True
    """

    min_words: int = 4
    max_words: int = 30
    max_actions: int = 2
    action_verbs: frozenset[str] = attrs.field(default=DEFAULT_ACTION_VERBS, converter=_words)
    vague_verbs: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_VERBS, converter=_words)
    vague_fillers: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_FILLERS, converter=_words)
    vague_objects: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_OBJECTS, converter=_words)
    vague_phrases: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_PHRASES), converter=_words
    )
    vague_timing: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_TIMING), converter=_words
    )
    max_pace_ratio: float = 2.0
    pace_warning_ratio: float = 1.25
    min_history_days: int = 14
    low_confidence: int = 3
    max_concurrent_goals: int | None = 5
    min_key_results: int = 2
    max_key_results: int = 5
    min_relevance_words: int = 3
    objectives: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    objective_tag_prefixes: tuple[str, ...] = attrs.field(
        default=("objective:", "okr:"), converter=_texts
    )
    long_term_days: int = 365
    date_tolerance_days: int = 7
    ignore: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)
    extra_rules: tuple[Rule, ...] = attrs.field(default=(), converter=tuple)
    _lexicon: Lexicon = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for name in (
            "min_words",
            "max_words",
            "max_actions",
            "min_history_days",
            "low_confidence",
            "min_key_results",
            "max_key_results",
            "min_relevance_words",
            "long_term_days",
            "date_tolerance_days",
        ):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                raise ValidationError("SmartPolicy", name, "a whole number of 0 or more", got=value)
        limit = self.max_concurrent_goals
        if limit is not None and (type(limit) is not int or limit < 1):
            raise ValidationError(
                "SmartPolicy", "max_concurrent_goals", "a whole number of 1 or more, or None",
                got=limit,
            )  # fmt: skip
        for name in ("max_pace_ratio", "pace_warning_ratio"):
            value = getattr(self, name)
            if type(value) not in (int, float) or not 1 <= value < math.inf:
                raise ValidationError("SmartPolicy", name, "a finite ratio of 1 or more", got=value)
        if self.pace_warning_ratio > self.max_pace_ratio:
            raise ValidationError(
                "SmartPolicy", "pace_warning_ratio", "a ratio no larger than max_pace_ratio",
                got=self.pace_warning_ratio,
            )  # fmt: skip
        if self.min_key_results > self.max_key_results:
            raise ValidationError(
                "SmartPolicy", "min_key_results", "no more than max_key_results",
                got=self.min_key_results,
            )  # fmt: skip
        for index, rule in enumerate(self.extra_rules):
            if not callable(rule):
                raise ValidationError(
                    "SmartPolicy", f"extra_rules[{index}]", "a callable (goal, context)", got=rule
                )
        lexicon = Lexicon(
            action_verbs=self.action_verbs,
            vague_verbs=self.vague_verbs,
            vague_fillers=self.vague_fillers,
            vague_objects=self.vague_objects,
            vague_phrases=self.vague_phrases,
            vague_timing=self.vague_timing,
        )
        object.__setattr__(self, "_lexicon", _shared_lexicon(lexicon))


_LEXICONS: dict[Lexicon, Lexicon] = {}


def _shared_lexicon(lexicon: Lexicon) -> Lexicon:
    # Policies with the same word lists share one compiled lexicon (and its cache entries).
    if len(_LEXICONS) > 64:
        _LEXICONS.clear()
    return _LEXICONS.setdefault(lexicon, lexicon)


_DEFAULT_POLICY: Final = SmartPolicy()


@attrs.frozen(kw_only=True)
class SmartContext:
    """What a rule may read besides the goal: the plan, the day, the policy, the text.

    Attributes:
        plan: the plan the goal belongs to, or None.
        today: the day of the assessment.
        policy: the policy in force.
        analysis: the goal statement read by `analyze_text`.

    Examples:
        >>> import datetime
        >>> def needs_owner(goal, context):
        ...     if context.plan is not None and goal.owner is None:
        ...         yield Finding(criterion=Criterion.ACHIEVABLE, code="X-OWNER",
        ...                       severity=Severity.WARNING, message="Nobody owns it.")
        >>> report = assess(Goal(title="Give five talks"), today=datetime.date(2027, 1, 1),
        ...                 policy=SmartPolicy(extra_rules=[needs_owner]))
        >>> "X-OWNER" in report.codes
        False
    """

    plan: Plan | None
    today: datetime.date
    policy: SmartPolicy
    analysis: TextAnalysis

    def owner_of(self, goal: Goal) -> str | None:
        """The goal's owner; a goal without one belongs to the plan's mentee.

        Examples:
            >>> import datetime
            >>> from goalkit import Person, Plan
            >>> plan = Plan(mentee=Person(id="ana", name="Ana"))
            >>> context = SmartContext(plan=plan, today=datetime.date(2027, 1, 1),
            ...                        policy=SmartPolicy(), analysis=analyze_text("Learn SQL"))
            >>> context.owner_of(Goal(title="Learn SQL"))
            'ana'
        """
        if goal.owner is not None:
            return goal.owner
        return None if self.plan is None else self.plan.mentee.id


def _frozen_results(
    results: Mapping[Criterion, CriterionResult],
) -> Mapping[Criterion, CriterionResult]:
    if type(results) is types.MappingProxyType:
        return results
    return types.MappingProxyType(dict(results))


@attrs.frozen(kw_only=True)
class SmartReport:
    """The outcome of `assess`: a verdict per criterion, with the findings behind it.

    Two reports are equal when they are about the same goal on the same day
    with the same results. `str()` gives one line per finding; the `repr`
    is a one-line summary for notebooks.

    Attributes:
        goal_id: the id of the goal assessed.
        title: its statement.
        today: the day of the assessment.
        results: `Criterion` -> `CriterionResult`, in S, M, A, R, T order.

    Examples:
        >>> import datetime
        >>> report = assess(Goal(title="I want to improve my skills", id="g-skills"),
        ...                 today=datetime.date(2027, 1, 1))
        >>> report
        SmartReport(goal_id='g-skills', score=0.2, failed=('specific', 'measurable', 'relevant', 'time_bound'), codes=('S-VAGUE', 'M-NO-MEASURE', 'R-NO-LINK', 'T-NO-DEADLINE'))
        >>> report.passed, report.results[Criterion.ACHIEVABLE].passed
        (False, True)
    """  # noqa: E501 - a doctest's expected output is one line

    goal_id: str
    title: str
    today: datetime.date
    results: Mapping[Criterion, CriterionResult] = attrs.field(
        converter=_frozen_results, hash=False
    )

    @property
    def passed(self) -> bool:
        """True when all five criteria pass.

        Examples:
            >>> import datetime
            >>> assess(Goal(title="Get better"), today=datetime.date(2027, 1, 1)).passed
            False
        """
        return all(result.passed for result in self.results.values())

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, criterion by criterion.

        Examples:
            >>> import datetime
            >>> tuple(f.code for f in assess(Goal(title="Networking"),
            ...                              today=datetime.date(2027, 1, 1)).findings)
            ('S-NO-ACTION', 'M-NO-MEASURE', 'R-NO-LINK', 'T-NO-DEADLINE')
        """
        return tuple(finding for result in self.results.values() for finding in result.findings)

    @property
    def failed(self) -> tuple[Criterion, ...]:
        """The criteria that failed, in S, M, A, R, T order.

        Examples:
            >>> import datetime
            >>> assess(Goal(title="Networking", relevance="My team needs a wider network"),
            ...        today=datetime.date(2027, 1, 1)).failed
            (<Criterion.SPECIFIC: 'specific'>, <Criterion.MEASURABLE: 'measurable'>, <Criterion.TIME_BOUND: 'time_bound'>)
        """  # noqa: E501 - a doctest's expected output is one line
        return tuple(criterion for criterion, result in self.results.items() if not result.passed)

    @property
    def score(self) -> float:
        """The fraction of criteria passed, 0.0 to 1.0.

        Examples:
            >>> import datetime
            >>> assess(Goal(title="Networking"), today=datetime.date(2027, 1, 1)).score
            0.2
        """
        return sum(result.passed for result in self.results.values()) / len(self.results)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of every finding, in order.

        Examples:
            >>> import datetime
            >>> assess(Goal(title="Get better"), today=datetime.date(2027, 1, 1)).codes[0]
            'S-VAGUE'
        """
        return tuple(finding.code for finding in self.findings)

    def __str__(self) -> str:
        head = f"{excerpt(self.title)} ({self.goal_id}) on {self.today.isoformat()}: "
        count = sum(result.passed for result in self.results.values())
        if self.passed:
            head += f"SMART, {count} of {len(self.results)} criteria pass"
        else:
            failed = ", ".join(criterion.value for criterion in self.failed)
            head += f"not SMART, {count} of {len(self.results)} criteria pass; failed: {failed}"
        lines = [head]
        for finding in self.findings:
            hint = f" Hint: {finding.hint}" if finding.hint else ""
            where = f" [{finding.path}]" if finding.path else ""
            lines.append(
                f"  {finding.criterion.value:<10}  {finding.severity.value:<7}  "
                f"{finding.code:<18}  {finding.message}{where}{hint}"
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: each criterion passed or failed, with findings and hints."""
        return repr_html(self)

    def __repr__(self) -> str:
        failed = tuple(criterion.value for criterion in self.failed)
        return (
            f"SmartReport(goal_id={self.goal_id!r}, score={self.score!r}, "
            f"failed={failed!r}, codes={self.codes!r})"
        )


# ----------------------------------------------------------------- helpers


def _fmt(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _quote(text: str) -> str:
    return f'"{text}"'


# ------------------------------------------------------------------ Specific


def _specific(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    analysis = context.analysis
    policy = context.policy
    crit = Criterion.SPECIFIC
    blocked = False
    if analysis.vague:
        phrase = analysis.vague[0].text
        if analysis.concrete_actions or analysis.quantities:
            yield Finding(
                criterion=crit,
                code="S-VAGUE",
                severity=Severity.WARNING,
                message=f"{_quote(phrase)} is vague; the rest of the statement carries the goal.",
                hint="Drop the vague part, or say exactly what will change.",
                path="title",
            )
        else:
            blocked = True
            yield Finding(
                criterion=crit,
                code="S-VAGUE",
                severity=Severity.ERROR,
                message=f"{_quote(phrase)} does not say what will be done, or on what.",
                hint=(
                    "Name the action and what it is on: instead of 'I want to improve my "
                    "skills', 'Enhance my public speaking skills by giving five presentations "
                    "in the next three months'."
                ),
                path="title",
            )
    elif not analysis.actions:
        blocked = True
        yield Finding(
            criterion=crit,
            code="S-NO-ACTION",
            severity=Severity.ERROR,
            message=f"{excerpt(goal.title)} names a topic, not something to do.",
            hint=(
                "Start with a verb that says what will be done: 'Attend four industry "
                "events', not 'Networking'. If the verb is yours, add it to "
                "SmartPolicy.action_verbs."
            ),
            path="title",
        )
    if analysis.word_count < policy.min_words and not blocked:
        yield Finding(
            criterion=crit,
            code="S-TOO-SHORT",
            severity=Severity.WARNING,
            message=f"The statement has {_plural(analysis.word_count, 'word')}; a stranger "
            "could not act on it.",
            hint="Say what will be done, on what, and to what standard, in one sentence.",
            path="title",
        )
    if analysis.word_count > policy.max_words:
        yield Finding(
            criterion=crit,
            code="S-TOO-LONG",
            severity=Severity.WARNING,
            message=f"The statement has {analysis.word_count} words "
            f"(more than {policy.max_words}).",
            hint="Keep the goal to one sentence; move the detail to the description.",
            path="title",
        )
    main = list(dict.fromkeys(action.verb for action in analysis.actions if not action.means))
    if len(main) > policy.max_actions:
        yield Finding(
            criterion=crit,
            code="S-COMPOUND",
            severity=Severity.WARNING,
            message=f"The statement joins {len(main)} goals ({', '.join(main)}).",
            hint="Make each its own goal, linked to a shared parent goal with parent_id.",
            path="title",
        )


# ---------------------------------------------------------------- Measurable


def _measurable(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    crit = Criterion.MEASURABLE
    quantities = context.analysis.quantities
    if goal.key_results or goal.milestones:
        yield from _target_mismatch(goal, context)
        return
    if quantities:
        quantity = quantities[0]
        unit = "%" if quantity.percent else quantity.noun
        title = (quantity.phrase or quantity.noun or "Target").capitalize()
        yield Finding(
            criterion=crit,
            code="M-TEXT-ONLY",
            severity=Severity.WARNING,
            message=f"Measured only by the statement ({_quote(quantity.text)}); "
            "no key result records it.",
            hint=f"Record it so progress can be tracked: KeyResult(title={title!r}, "
            f"target={_fmt(quantity.value)}, unit={unit!r}).",
            path="key_results",
        )
        return
    yield Finding(
        criterion=crit,
        code="M-NO-MEASURE",
        severity=Severity.ERROR,
        message="Nothing says when it is done: no number in the statement, "
        "no key results, no milestones.",
        hint=(
            "Add a number to reach ('give five presentations'), a key result with a "
            "target, or milestones to complete."
        ),
        path="key_results",
    )


def _target_mismatch(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    counted = [q for q in context.analysis.quantities if q.noun and not q.percent]
    if not counted or not goal.key_results:
        return
    words = [
        {_singular(word) for word in f"{kr.unit} {kr.title}".lower().replace("-", " ").split()}
        for kr in goal.key_results
    ]
    for quantity in counted:
        noun = _singular(quantity.noun)
        matching = [
            (index, kr) for index, kr in enumerate(goal.key_results) if noun in words[index]
        ]
        if matching and all(kr.target != quantity.value for _, kr in matching):
            index, kr = matching[0]
            yield Finding(
                criterion=Criterion.MEASURABLE,
                code="M-TARGET-MISMATCH",
                severity=Severity.WARNING,
                message=f"The statement says {_quote(quantity.text)} but key result "
                f"{_quote(kr.title)} targets {_fmt(kr.target)}.",
                hint="Make them agree: revise the statement or the key result's target.",
                path=f"key_results[{index}].target",
            )


# ---------------------------------------------------------------- Achievable


def _achievable(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    policy = context.policy
    status = goal.status_on(context.today)
    if context.plan is not None and policy.max_concurrent_goals is not None:
        yield from _overload(goal, context, status)
    count = len(goal.key_results)
    if 0 < count < policy.min_key_results:
        yield Finding(
            criterion=Criterion.ACHIEVABLE,
            code="A-FEW-KEY-RESULTS",
            severity=Severity.INFO,
            message=f"{_plural(count, 'key result')}; an OKR usually has "
            f"{policy.min_key_results} to {policy.max_key_results}.",
            hint="Add a key result for another side of the goal, such as quality or reach.",
            path="key_results",
        )
    elif count > policy.max_key_results:
        yield Finding(
            criterion=Criterion.ACHIEVABLE,
            code="A-MANY-KEY-RESULTS",
            severity=Severity.WARNING,
            message=f"{count} key results spread the effort thin "
            f"(more than {policy.max_key_results}).",
            hint="Keep the few that matter most, or split the goal in two.",
            path="key_results",
        )
    if status is GoalStatus.ACTIVE:
        yield from _pace(goal, context)
        yield from _confidence(goal, context)
    if status in (GoalStatus.ACTIVE, GoalStatus.DRAFT):
        yield from _breakdown(goal, context)


def _pace(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    policy = context.policy
    today = context.today
    unknown: list[str] = []
    for index, kr in enumerate(goal.key_results):
        direction = kr.resolved_direction
        if direction not in (Direction.INCREASE, Direction.DECREASE):
            continue  # a threshold to keep has no pace
        due = kr.due or goal.due
        if due is None:
            continue
        history = [check_in for check_in in kr.check_ins if check_in.on <= today]
        if not history:
            unknown.append(kr.title)
            continue
        last = history[-1]
        sign = 1 if direction is Direction.INCREASE else -1
        remaining = (kr.target - last.value) * sign
        if remaining <= 0:
            continue  # reached
        unit = f" {kr.unit}" if kr.unit else ""
        path = f"key_results[{index}]"
        if last.on >= due:
            yield Finding(
                criterion=Criterion.ACHIEVABLE,
                code="A-PACE",
                severity=Severity.ERROR,
                message=f"Key result {_quote(kr.title)} was due on {due.isoformat()} and is "
                f"{_fmt(remaining)}{unit} short of {_fmt(kr.target)}.",
                hint="Agree a new due date (goal.revise) or a target the evidence supports.",
                path=path,
            )
            continue
        if goal.start is not None and goal.start < last.on:
            origin_day, origin_value = goal.start, kr.baseline
        else:
            origin_day, origin_value = history[0].on, history[0].value
        observed_days = (last.on - origin_day).days
        if observed_days < policy.min_history_days:
            unknown.append(kr.title)
            continue
        observed = (last.value - origin_value) * sign / observed_days
        days_left = (due - last.on).days
        required = remaining / days_left
        ratio = math.inf if observed <= 0 else required / observed
        if ratio <= policy.pace_warning_ratio:
            continue
        so_far = (
            f"{ratio:.1f}× the {_fmt(observed * 7)}{unit} a week so far"
            if observed > 0
            else f"and it has not moved toward the target since {origin_day.isoformat()}"
        )
        message = (
            f"Key result {_quote(kr.title)} needs {_fmt(required * 7)}{unit} a week from "
            f"{last.on.isoformat()} to {due.isoformat()}, {so_far}."
        )
        if observed > 0:
            eta_days = remaining / observed
            eta = (
                (last.on + datetime.timedelta(days=math.ceil(eta_days))).isoformat()
                if eta_days < 3650
                else "more than ten years from now"
            )
            hint = (
                f"At the pace so far it reaches {_fmt(kr.target)} around {eta}: move the "
                "due date (goal.revise), lower the target, or plan how to speed up."
            )
        else:
            hint = (
                "Find out with your mentor what is blocking it, then lower the target "
                "or move the due date."
            )
        if ratio > policy.max_pace_ratio:
            code, severity = "A-PACE", Severity.ERROR
        else:
            code, severity = "A-PACE-TIGHT", Severity.WARNING
        yield Finding(
            criterion=Criterion.ACHIEVABLE,
            code=code,
            severity=severity,
            message=message,
            hint=hint,
            path=path,
        )
    just_started = goal.start is not None and (today - goal.start).days < policy.min_history_days
    if unknown and not just_started:
        names = ", ".join(_quote(title) for title in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        yield Finding(
            criterion=Criterion.ACHIEVABLE,
            code="A-NO-HISTORY",
            severity=Severity.INFO,
            message=f"Too little check-in history to judge the pace of {names}{more}.",
            hint=f"Check in regularly; the pace is judged after {policy.min_history_days} days "
            "of history.",
            path="key_results",
        )


def _confidence(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    for index, kr in enumerate(goal.key_results):
        latest: tuple[int, int] | None = None
        reached = False
        for position, check_in in enumerate(kr.check_ins):
            if check_in.on > context.today:
                break
            if check_in.confidence is not None:
                latest = (position, check_in.confidence)
            reached = _reached(kr, check_in.value)
        if latest is None or reached or latest[1] > context.policy.low_confidence:
            continue
        yield Finding(
            criterion=Criterion.ACHIEVABLE,
            code="A-LOW-CONFIDENCE",
            severity=Severity.WARNING,
            message=f"The latest confidence in {_quote(kr.title)} is {latest[1]} out of 10.",
            hint="Talk it through at the next one-on-one: what would raise it, or should the "
            "target change?",
            path=f"key_results[{index}].check_ins[{latest[0]}].confidence",
        )


def _reached(kr: KeyResult, value: float) -> bool:
    direction = kr.resolved_direction
    if direction in (Direction.INCREASE, Direction.AT_LEAST):
        return value >= kr.target
    return value <= kr.target


def _span_end(goal: Goal, context: SmartContext) -> tuple[datetime.date, datetime.date] | None:
    begin = goal.start or context.today
    if goal.due is not None:
        return begin, goal.due
    if context.analysis.time_frames:
        try:
            return begin, context.analysis.time_frames[0].due_from(begin)
        except (OverflowError, ValueError):
            return None
    return None


def _breakdown(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    span = _span_end(goal, context)
    if span is None or (span[1] - span[0]).days <= context.policy.long_term_days:
        return
    if goal.milestones or any(kr.due is not None for kr in goal.key_results):
        return
    plan = context.plan
    if plan is not None and _in_plan(plan, goal) and plan.children(goal.id):
        return
    years = years_between(*span)
    yield Finding(
        criterion=Criterion.ACHIEVABLE,
        code="A-NO-BREAKDOWN",
        severity=Severity.WARNING,
        message=f"A long-term goal (about {_fmt(round(years, 1))} years) with no "
        "milestones, dated key results or short-term goals under it.",
        hint="Break it into short-term goals (parent_id) or milestones with due dates, "
        "so there is something to reach this quarter.",
        path="milestones",
    )


def _in_plan(plan: Plan, goal: Goal) -> bool:
    try:
        plan.goal(goal.id)
    except LookupError:
        return False
    return True


# Load on an owner: computed once per (plan, day) and reused for every goal in it.

_FAR_PAST: Final = -1
_FAR_FUTURE: Final = 10**8


class _Load:
    __slots__ = ("by_id", "dues", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.dues: list[int] = []
        self.by_id: dict[str, tuple[int, int]] = {}

    def overlapping(self, start: int, due: int) -> int:
        # Goals whose span meets [start, due]: all, less those starting after it or due before.
        return (
            len(self.starts)
            - (len(self.starts) - bisect.bisect_right(self.starts, due))
            - bisect.bisect_left(self.dues, start)
        )


def _span(goal: Goal) -> tuple[int, int]:
    start = _FAR_PAST if goal.start is None else goal.start.toordinal()
    due = _FAR_FUTURE if goal.due is None else goal.due.toordinal()
    return start, due


class _PlanLoads:
    __slots__ = ("by_owner", "plan_ref", "today")

    def __init__(self, plan: Plan, today: datetime.date) -> None:
        self.plan_ref = weakref.ref(plan)
        self.today = today
        self.by_owner: dict[str, _Load] = {}
        for goal in plan.goals:
            if goal.status_on(today) is not GoalStatus.ACTIVE:
                continue
            owner = plan.mentee.id if goal.owner is None else goal.owner
            load = self.by_owner.setdefault(owner, _Load())
            start, due = _span(goal)
            load.starts.append(start)
            load.dues.append(due)
            load.by_id[goal.id] = (start, due)
        for load in self.by_owner.values():
            load.starts.sort()
            load.dues.sort()


_last_loads: _PlanLoads | None = None


def _loads(plan: Plan, today: datetime.date) -> _PlanLoads:
    global _last_loads  # a one-entry cache, keyed on the plan's identity
    cached = _last_loads
    if cached is not None and cached.plan_ref() is plan and cached.today == today:
        return cached
    loads = _PlanLoads(plan, today)
    _last_loads = loads
    return loads


def _overload(goal: Goal, context: SmartContext, status: GoalStatus) -> Iterator[Finding]:
    plan = context.plan
    limit = context.policy.max_concurrent_goals
    if plan is None or limit is None or status not in (GoalStatus.ACTIVE, GoalStatus.DRAFT):
        return
    owner = context.owner_of(goal)
    assert owner is not None  # a plan gives every goal an owner
    load = _loads(plan, context.today).by_owner.get(owner)
    start, due = _span(goal)
    count = 1
    if load is not None:
        count += load.overlapping(start, due)
        own = load.by_id.get(goal.id)
        if own is not None and own[0] <= due and own[1] >= start:
            count -= 1  # the plan's copy of this goal is already counted once
    if count <= limit:
        return
    yield Finding(
        criterion=Criterion.ACHIEVABLE,
        code="A-OVERLOAD",
        severity=Severity.ERROR,
        message=f"{owner!r} has {count} active goals at the same time as this one "
        f"(the policy allows {limit}).",
        hint="Finish, pause (status DRAFT) or abandon some; goals without dates count as "
        "running all the time, so date them.",
        path="owner",
    )


# ------------------------------------------------------------------ Relevant


def _relevant(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    policy = context.policy
    crit = Criterion.RELEVANT
    relevance = goal.relevance.strip()
    if relevance:
        words = len(relevance.split())
        if words < policy.min_relevance_words:
            yield Finding(
                criterion=crit,
                code="R-THIN",
                severity=Severity.WARNING,
                message=f"The relevance {excerpt(relevance)} is too short to say why it matters.",
                hint="Name the career objective, value or organisational objective it serves, "
                "in a sentence.",
                path="relevance",
            )
        return
    if goal.parent_id is not None:
        plan = context.plan
        if plan is None or _has_goal(plan, goal.parent_id):
            return
        yield Finding(
            criterion=crit,
            code="R-UNKNOWN-PARENT",
            severity=Severity.WARNING,
            message=f"The parent goal {goal.parent_id!r} is not in the plan.",
            hint="Add the parent goal to the plan, or correct parent_id.",
            path="parent_id",
        )
    if _aligned_objective(goal, policy) is not None:
        return
    yield Finding(
        criterion=crit,
        code="R-NO-LINK",
        severity=Severity.ERROR,
        message="Nothing says why this goal matters: no relevance, no parent goal, "
        "no organisational objective.",
        hint=(
            "State it: relevance='Team leads present the team's work every quarter', or "
            "link a parent goal (parent_id), or tag the objective it serves "
            "(tags=['objective:customer retention'])."
        ),
        path="relevance",
    )


def _has_goal(plan: Plan, goal_id: str) -> bool:
    try:
        plan.goal(goal_id)
    except LookupError:
        return False
    return True


def _aligned_objective(goal: Goal, policy: SmartPolicy) -> str | None:
    prefixes = tuple(prefix.lower() for prefix in policy.objective_tag_prefixes)
    for tag in goal.tags:
        lowered = tag.lower().strip()
        if prefixes and lowered.startswith(prefixes) and lowered not in prefixes:
            return tag
    if policy.objectives:
        text = (
            f" {' '.join(goal.title.lower().split())} {' '.join(goal.description.lower().split())} "
        )
        tags = {" ".join(tag.lower().split()) for tag in goal.tags}
        for objective in policy.objectives:
            wanted = " ".join(objective.lower().split())
            if wanted and (wanted in tags or f" {wanted} " in text):
                return objective
    return None


# ---------------------------------------------------------------- Time-bound


def _time_bound(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    crit = Criterion.TIME_BOUND
    analysis = context.analysis
    frames = analysis.time_frames
    if goal.due is None:
        if frames:
            yield Finding(
                criterion=crit,
                code="T-TEXT-ONLY",
                severity=Severity.WARNING,
                message=f"The deadline is only in the statement ({_quote(frames[0].text)}).",
                hint=_due_hint(goal, frames[0]),
                path="due",
            )
            return
        dated = [kr.due for kr in goal.key_results if kr.due is not None]
        dated += [m.due for m in goal.milestones if m.due is not None]
        vague = (
            f" ({_quote(analysis.vague_timing[0].text)} is not a date)"
            if analysis.vague_timing
            else ""
        )
        hint = (
            "Set due (and start), or say when in the statement: 'in the next three "
            "months', 'by June 2027'."
        )
        if dated:
            hint += f" The latest key result or milestone is due on {max(dated).isoformat()}."
        yield Finding(
            criterion=crit,
            code="T-NO-DEADLINE",
            severity=Severity.ERROR,
            message=f"No deadline{vague}.",
            hint=hint,
            path="due",
        )
        return
    due = goal.due
    if goal.start is not None and due <= goal.start:
        yield Finding(
            criterion=crit,
            code="T-NO-SPAN",
            severity=Severity.ERROR,
            message=f"The goal is due on the day it starts ({due.isoformat()}).",
            hint="Set due to the day it should be reached, after start.",
            path="due",
        )
    elif goal.start is None:
        yield Finding(
            criterion=crit,
            code="T-NO-START",
            severity=Severity.INFO,
            message="No start date, so nobody can tell how much of the time has gone.",
            hint="Set start to the day the work begins.",
            path="start",
        )
    if frames and goal.start is not None:
        try:
            expected = frames[0].due_from(goal.start)
        except (OverflowError, ValueError):
            expected = None
        if expected is not None and abs((expected - due).days) > context.policy.date_tolerance_days:
            yield Finding(
                criterion=crit,
                code="T-TEXT-MISMATCH",
                severity=Severity.WARNING,
                message=f"The statement says {_quote(frames[0].text)} (about "
                f"{expected.isoformat()}) but due is {due.isoformat()}.",
                hint="Make them agree: revise the statement or the due date.",
                path="due",
            )
    if goal.status_on(context.today) is GoalStatus.ACTIVE and context.today > due:
        yield Finding(
            criterion=crit,
            code="T-PAST-DUE",
            severity=Severity.WARNING,
            message=f"Still active {_plural((context.today - due).days, 'day')} after it was "
            f"due ({due.isoformat()}).",
            hint="Mark it achieved or abandoned, or agree a new date with "
            "goal.revise(reason, on=today, due=...).",
            path="due",
        )
    yield from _outside_span(goal)


def _outside_span(goal: Goal) -> Iterator[Finding]:
    start, due = goal.start, goal.due
    items: list[tuple[str, str, datetime.date | None]] = [
        (f"key_results[{i}].due", kr.title, kr.due) for i, kr in enumerate(goal.key_results)
    ]
    items += [(f"milestones[{i}].due", m.title, m.due) for i, m in enumerate(goal.milestones)]
    for path, title, day in items:
        if day is None:
            continue
        if (start is not None and day < start) or (due is not None and day > due):
            span = f"{start.isoformat() if start else '…'} to {due.isoformat() if due else '…'}"
            yield Finding(
                criterion=Criterion.TIME_BOUND,
                code="T-OUTSIDE-SPAN",
                severity=Severity.WARNING,
                message=f"{_quote(title)} is due on {day.isoformat()}, outside the goal's "
                f"span ({span}).",
                hint="Move its date inside the goal's span, or change the goal's dates.",
                path=path,
            )


def _due_hint(goal: Goal, frame: TimeFrame) -> str:
    try:
        if goal.start is not None:
            return f"Set due={frame.due_from(goal.start).isoformat()} so progress can be expected."
        fixed = frame.fixed_date
        if fixed is not None:
            return f"Set due={fixed.isoformat()} (and start) so progress can be expected."
    except (OverflowError, ValueError):
        pass
    return f"Set start, and due {frame.text} from it, so progress can be expected."


# -------------------------------------------------------------------- engine

_BUILTIN: Final[tuple[tuple[Criterion, Rule], ...]] = (
    (Criterion.SPECIFIC, _specific),
    (Criterion.MEASURABLE, _measurable),
    (Criterion.ACHIEVABLE, _achievable),
    (Criterion.RELEVANT, _relevant),
    (Criterion.TIME_BOUND, _time_bound),
)

_BUILTIN_RULES: Final = tuple(rule for _, rule in _BUILTIN)
_CRITERIA: Final = tuple(criterion for criterion, _ in _BUILTIN)
_POSITION: Final = {criterion: position for position, criterion in enumerate(_CRITERIA)}

#: Every built-in finding code and what it means. The reference page lists
#: the same codes with their fixes.
FINDING_CODES: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        "S-VAGUE": "vague wording; an error when nothing concrete is named",
        "S-NO-ACTION": "the statement names a topic, not an action",
        "S-TOO-SHORT": "too few words for a stranger to act on",
        "S-TOO-LONG": "too many words for one goal",
        "S-COMPOUND": "several goals joined in one statement",
        "M-NO-MEASURE": "no number, key result or milestone",
        "M-TEXT-ONLY": "the number is only in the statement",
        "M-TARGET-MISMATCH": "the statement's number and a key result's target differ",
        "A-PACE": "the pace needed is beyond what the evidence supports",
        "A-PACE-TIGHT": "the pace needed is above the pace so far",
        "A-NO-HISTORY": "too little check-in history to judge the pace",
        "A-LOW-CONFIDENCE": "the owner's latest confidence is low",
        "A-OVERLOAD": "the owner has too many active goals at once",
        "A-FEW-KEY-RESULTS": "fewer key results than an OKR usually has",
        "A-MANY-KEY-RESULTS": "more key results than focus allows",
        "A-NO-BREAKDOWN": "a long-term goal not broken into steps",
        "R-NO-LINK": "nothing says why the goal matters",
        "R-THIN": "the relevance is too short to explain anything",
        "R-UNKNOWN-PARENT": "the parent goal is not in the plan",
        "T-NO-DEADLINE": "no due date and no time frame",
        "T-TEXT-ONLY": "the deadline is only in the statement",
        "T-NO-SPAN": "due on the day it starts",
        "T-NO-START": "no start date",
        "T-TEXT-MISMATCH": "the statement's time frame and the due date differ",
        "T-PAST-DUE": "still active after its due date",
        "T-OUTSIDE-SPAN": "a key result or milestone is dated outside the goal's span",
    }
)


def _today(today: datetime.date | None) -> datetime.date:
    if today is None:
        return datetime.date.today()
    if not isinstance(today, datetime.date) or isinstance(today, datetime.datetime):
        raise ValidationError("assess", "today", "a date (not a datetime) or None", got=today)
    return today


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
    if type(text) is not str:
        raise ValidationError("analyze_text", "text", "text", got=text)
    chosen = _DEFAULT_POLICY if policy is None else policy
    return analyze(text, chosen._lexicon)


def assess(
    goal: Goal,
    *,
    plan: Plan | None = None,
    today: datetime.date | None = None,
    policy: SmartPolicy | None = None,
) -> SmartReport:
    """Assess a goal against the five SMART criteria.

    Args:
        goal: the goal to assess.
        plan: the plan it belongs to, if any: enables the parent-goal link
            (Relevant), the owner's load and the breakdown into child goals
            (Achievable).
        today: the day of the assessment; defaults to the clock's today.
        policy: thresholds, word lists and extra rules; defaults to `SmartPolicy()`.

    Returns:
        A `SmartReport`. The same inputs always give an equal report.

    Raises:
        ValidationError: an argument has the wrong type.

    Examples:
        >>> import datetime
        >>> goal = Goal(title="I want to enhance my public speaking skills by giving five "
        ...                   "presentations in the next three months",
        ...             relevance="Team leads present the team's work every quarter")
        >>> report = assess(goal, today=datetime.date(2027, 1, 31))
        >>> report.passed
        True
        >>> report.codes
        ('M-TEXT-ONLY', 'T-TEXT-ONLY')
    """
    if type(goal) is not Goal:
        raise ValidationError("assess", "goal", "a Goal", got=goal)
    if plan is not None and type(plan) is not Plan:
        raise ValidationError("assess", "plan", "a Plan or None", got=plan)
    if policy is not None and type(policy) is not SmartPolicy:
        raise ValidationError("assess", "policy", "a SmartPolicy or None", got=policy)
    return _assess(goal, plan, _today(today), _DEFAULT_POLICY if policy is None else policy)


def _assess(
    goal: Goal, plan: Plan | None, today: datetime.date, policy: SmartPolicy
) -> SmartReport:
    context = SmartContext(
        plan=plan, today=today, policy=policy, analysis=analyze(goal.title, policy._lexicon)
    )
    # Buckets by position: hashing an Enum member runs Python code, and this is the hot loop.
    buckets: list[list[Finding]] = [[], [], [], [], []]
    ignore = policy.ignore
    for position, rule in enumerate(_BUILTIN_RULES):
        bucket = buckets[position]
        for finding in rule(goal, context):
            if not ignore or finding.code not in ignore:
                bucket.append(finding)
    for rule in policy.extra_rules:
        for finding in rule(goal, context):
            if type(finding) is not Finding:
                raise TypeError(
                    f"SmartPolicy.extra_rules: {getattr(rule, '__name__', rule)!r} yielded "
                    f"{excerpt(finding)}, expected a Finding"
                )
            if finding.code not in ignore:
                buckets[_POSITION[finding.criterion]].append(finding)
    error = Severity.ERROR
    results = types.MappingProxyType(
        {
            criterion: CriterionResult(
                not any(f.severity is error for f in findings), tuple(findings)
            )
            for criterion, findings in zip(_CRITERIA, buckets, strict=True)
        }
    )
    return SmartReport(goal_id=goal.id, title=goal.title, today=today, results=results)


def assess_plan(
    plan: Plan, *, today: datetime.date | None = None, policy: SmartPolicy | None = None
) -> dict[str, SmartReport]:
    """Assess every goal of a plan, in plan order: goal id -> report.

    The same as calling `assess(goal, plan=plan, ...)` for each goal, with
    the plan-wide work (each owner's load) done once.

    Examples:
        >>> import datetime
        >>> from goalkit import Person, Plan
        >>> plan = Plan(mentee=Person(id="ana", name="Ana"), goals=[
        ...     Goal(title="Move into a leadership role within the next two years", id="g-lead",
        ...          relevance="Ana wants to lead the platform team"),
        ...     Goal(title="Give five presentations in the next three months", id="g-talks",
        ...          parent_id="g-lead")])
        >>> {goal_id: report.failed for goal_id, report in
        ...  assess_plan(plan, today=datetime.date(2027, 1, 4)).items()}
        {'g-lead': (<Criterion.MEASURABLE: 'measurable'>,), 'g-talks': ()}
    """
    if type(plan) is not Plan:
        raise ValidationError("assess_plan", "plan", "a Plan", got=plan)
    if policy is not None and type(policy) is not SmartPolicy:
        raise ValidationError("assess_plan", "policy", "a SmartPolicy or None", got=policy)
    day = _today(today)
    chosen = _DEFAULT_POLICY if policy is None else policy
    return {goal.id: _assess(goal, plan, day, chosen) for goal in plan.goals}


def require_smart(
    goal: Goal,
    *,
    plan: Plan | None = None,
    today: datetime.date | None = None,
    policy: SmartPolicy | None = None,
) -> Goal:
    """Return *goal* if it is SMART; otherwise raise `NotSmartError` carrying the report.

    Takes the same keyword arguments as `assess`.

    Raises:
        NotSmartError: a criterion failed; `error.report` says which and why.

    Examples:
        >>> import datetime
        >>> goal = Goal(title="Give five presentations in the next three months",
        ...             relevance="Team leads present every quarter")
        >>> require_smart(goal, today=datetime.date(2027, 1, 31)) is goal
        True
        >>> try:
        ...     require_smart(Goal(title="Get better"), today=datetime.date(2027, 1, 31))
        ... except NotSmartError as error:
        ...     print(error)
        goal 'Get better' is not SMART: failed specific, measurable, relevant, time_bound
    """
    report = assess(goal, plan=plan, today=today, policy=policy)
    if not report.passed:
        raise NotSmartError(report, title=goal.title)
    return goal
