"""What an assessment says: criteria, findings, and the report that gathers them.

A framework (SMART by default) judges a goal on its criteria; its rules
yield `Finding`s, each on one criterion with a stable code, a severity and
a concrete hint; `SmartReport` holds the verdict per criterion. A criterion
fails when any of its findings is an ERROR.

Criteria are enum members. `Criterion` holds SMART's five; a framework
with other criteria (REAL's Experimental, Aspirational, Learning-based, or
an organisation's own) declares them as another `BaseCriterion` enum, as
plain data, and reuses the members it shares, such as `Criterion.RELEVANT`.
The built-in frameworks' criteria (`Criterion`, `RealCriterion`,
`OkrCriterion`) live here, below `catalogue`, which names each built-in
code's criterion.
"""

from __future__ import annotations

import datetime
import enum
import types
from collections.abc import Iterator, Mapping
from typing import Final, TypeVar

import attrs

from goalkit._display_hook import Shown, concise_repr, repr_html, rich_repr
from goalkit._errors import ValidationError, excerpt, warn_deprecated

__all__ = [
    "AsOfAlias",
    "BaseCriterion",
    "Criterion",
    "CriterionResult",
    "Finding",
    "OkrCriterion",
    "RealCriterion",
    "Severity",
    "SmartReport",
    "number_text",
    "quote",
    "resolve_day",
]


class BaseCriterion(enum.Enum):
    """The base of every framework's criteria: an enum whose values are lower-case names.

    Subclass it to declare the criteria of a framework beyond SMART; the
    members are data, and `label` is derived from the value.

    Examples:
        >>> class Real(BaseCriterion):
        ...     EXPERIMENTAL = "experimental"
        ...     LEARNING_BASED = "learning_based"
        >>> Real.LEARNING_BASED.label
        'Learning-based'
    """

    @property
    def label(self) -> str:
        """The criterion as people write it: "Specific", ..., "Time-bound".

        Examples:
            >>> tuple(c.label for c in Criterion)
            ('Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound')
        """
        return str(self.value).replace("_", "-").capitalize()


class Criterion(BaseCriterion):
    """One of the five SMART criteria. Values are the lower-case member names.

    Iterating `Criterion` gives SMART's five, in S, M, A, R, T order. Other
    frameworks' criteria are members of other `BaseCriterion` enums.

    Examples:
        >>> Criterion.TIME_BOUND.value, Criterion.TIME_BOUND.label
        ('time_bound', 'Time-bound')
    """

    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"


class RealCriterion(BaseCriterion):
    """REAL's own three criteria; the fourth, Relevant, is SMART's `Criterion.RELEVANT`.

    Examples:
        >>> from goalkit import REAL
        >>> [criterion.label for criterion in REAL.criteria]
        ['Relevant', 'Experimental', 'Aspirational', 'Learning-based']
        >>> REAL.criteria[1:] == tuple(RealCriterion)
        True
    """

    EXPERIMENTAL = "experimental"
    ASPIRATIONAL = "aspirational"
    LEARNING_BASED = "learning_based"


class OkrCriterion(BaseCriterion):
    """OKR's criteria: the objective, how many key results, and what each one measures.

    Examples:
        >>> [criterion.label for criterion in OkrCriterion]
        ['Objective', 'Key results', 'Outcomes']
    """

    OBJECTIVE = "objective"
    KEY_RESULTS = "key_results"
    OUTCOMES = "outcomes"

    @property
    def label(self) -> str:
        """The criterion as people write it: "Objective", "Key results", "Outcomes".

        Examples:
            >>> OkrCriterion.KEY_RESULTS.label
            'Key results'
        """
        return str(self.value).replace("_", " ").capitalize()


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
        criterion: the criterion it bears on (a `Criterion` for SMART).
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

    criterion: BaseCriterion
    code: str
    severity: Severity
    message: str
    hint: str = ""
    path: str = ""

    def __attrs_post_init__(self) -> None:
        if (
            type(self.message) is str
            and type(self.hint) is str
            and type(self.path) is str
            and type(self.severity) is Severity
            and type(self.code) is str
            and self.code.strip()
            and isinstance(self.criterion, BaseCriterion)
        ):
            return  # the common case, in one test: every rule makes findings by the thousand
        if not isinstance(self.criterion, BaseCriterion):
            raise ValidationError(
                "Finding", "criterion", "a Criterion (or another framework's)", got=self.criterion
            )
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


def _frozen_results(
    results: Mapping[BaseCriterion, CriterionResult],
) -> Mapping[BaseCriterion, CriterionResult]:
    if type(results) is types.MappingProxyType:
        return results
    return types.MappingProxyType(dict(results))


class AsOfAlias:
    """`today`, the deprecated name of `as_of`, for the classes that carry an assessment day.

    `SmartReport` and `SmartContext` inherit it; each takes `today=` in its
    constructor through `resolve_day`, which warns.
    """

    __slots__ = ()
    as_of: datetime.date

    @property
    def today(self) -> datetime.date:
        """Deprecated: the old name of `as_of`.

        Examples:
            >>> import datetime, warnings
            >>> from goalkit import Goal, assess
            >>> report = assess(Goal(title="Give five talks"), as_of=datetime.date(2027, 1, 1))
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     report.today
            datetime.date(2027, 1, 1)
        """
        name = type(self).__name__
        warn_deprecated(f"{name}.today", f"{name}.as_of")
        return self.as_of


@attrs.frozen(kw_only=True, init=False)
class SmartReport(AsOfAlias):
    """The outcome of `assess`: a verdict per criterion, with the findings behind it.

    Two reports are equal when they are about the same goal on the same day
    under the same framework, with the same results. `str()` gives one line
    per finding; the `repr` is a one-line summary for notebooks.

    Attributes:
        goal_id: the id of the goal assessed.
        title: its statement.
        as_of: the day of the assessment (`today` is its deprecated name).
        results: criterion -> `CriterionResult`, in the framework's order
            (S, M, A, R, T for SMART).
        framework: the name of the framework that judged it (`"smart"`).

    Examples:
        >>> import datetime
        >>> from goalkit import Criterion, Goal, assess
        >>> report = assess(Goal(title="I want to improve my skills", id="g-skills"),
        ...                 as_of=datetime.date(2027, 1, 1))
        >>> report
        SmartReport(goal_id='g-skills', score=0.2, failed=('specific', 'measurable', 'relevant', 'time_bound'), codes=('S-VAGUE', 'M-NO-MEASURE', 'R-NO-LINK', 'T-NO-DEADLINE'))
        >>> report.passed, report.results[Criterion.ACHIEVABLE].passed, report.framework
        (False, True, 'smart')
        >>> report.failed[0], report.score, report.codes[0]
        (<Criterion.SPECIFIC: 'specific'>, 0.2, 'S-VAGUE')
        >>> [(finding.criterion.value, finding.code) for finding in report.findings][:2]
        [('specific', 'S-VAGUE'), ('measurable', 'M-NO-MEASURE')]
    """  # noqa: E501 - a doctest's expected output is one line

    goal_id: str
    title: str
    as_of: datetime.date
    results: Mapping[BaseCriterion, CriterionResult] = attrs.field(
        converter=_frozen_results, hash=False
    )
    framework: str = "smart"

    def __init__(
        self,
        *,
        goal_id: str,
        title: str,
        as_of: datetime.date | None = None,
        results: Mapping[BaseCriterion, CriterionResult],
        framework: str = "smart",
        today: datetime.date | None = None,
    ) -> None:
        if today is not None or as_of is None:
            as_of = resolve_day("SmartReport", as_of, today)
        self.__attrs_init__(
            goal_id=goal_id, title=title, as_of=as_of, results=results, framework=framework
        )

    @classmethod
    def _of(
        cls,
        goal_id: str,
        title: str,
        as_of: datetime.date,
        results: types.MappingProxyType[BaseCriterion, CriterionResult],
        framework: str,
    ) -> SmartReport:
        # What `assess` builds, from values it has checked (one report per goal of a plan).
        return built(cls, _REPORT_FIELDS, (goal_id, title, as_of, results, framework))

    @property
    def passed(self) -> bool:
        """True when every criterion passes."""
        return all(result.passed for result in self.results.values())

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, criterion by criterion."""
        return tuple(finding for result in self.results.values() for finding in result.findings)

    @property
    def failed(self) -> tuple[BaseCriterion, ...]:
        """The criteria that failed, in the framework's order (S, M, A, R, T for SMART)."""
        return tuple(criterion for criterion, result in self.results.items() if not result.passed)

    @property
    def score(self) -> float:
        """The fraction of criteria passed, 0.0 to 1.0."""
        return sum(result.passed for result in self.results.values()) / len(self.results)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of every finding, in order."""
        return tuple(finding.code for finding in self.findings)

    def __str__(self) -> str:
        head = f"{excerpt(self.title)} ({self.goal_id}) on {self.as_of.isoformat()}: "
        count = sum(result.passed for result in self.results.values())
        name = self.framework.upper()
        if self.passed:
            head += f"{name}, {count} of {len(self.results)} criteria pass"
        else:
            failed = ", ".join(criterion.value for criterion in self.failed)
            head += f"not {name}, {count} of {len(self.results)} criteria pass; failed: {failed}"
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
        return concise_repr(self, self._repr_parts())

    def __rich_repr__(self) -> Iterator[tuple[str, Shown]]:
        """What ``rich.print`` shows: the parts of the repr, not every field."""
        return rich_repr(self._repr_parts())

    def _repr_parts(self) -> list[str]:
        failed = tuple(criterion.value for criterion in self.failed)
        return [
            f"goal_id={self.goal_id!r}",
            f"score={self.score!r}",
            f"failed={failed!r}",
            f"codes={self.codes!r}",
        ]


_Built = TypeVar("_Built")


def built(cls: type[_Built], names: tuple[str, ...], values: tuple[object, ...]) -> _Built:
    """An instance of the frozen attrs class *cls*, its fields *names* set to *values*.

    Set as attrs' frozen ``__init__`` sets them, without its keyword calls: for what
    `assess` builds once per goal from values it has already checked, never for a
    caller's input.
    """
    instance = object.__new__(cls)
    for name, value in zip(names, values, strict=True):
        object.__setattr__(instance, name, value)
    return instance


_REPORT_FIELDS: Final = ("goal_id", "title", "as_of", "results", "framework")


def resolve_day(
    subject: str, as_of: datetime.date | None, today: datetime.date | None
) -> datetime.date:
    """The day given to *subject*'s constructor as *as_of*, or as *today*, its deprecated name.

    *today* draws a `GoalkitDeprecationWarning` pointing at the constructor's caller.

    Examples:
        >>> import datetime, warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     resolve_day("SmartReport", None, datetime.date(2027, 1, 1))
        datetime.date(2027, 1, 1)
    """
    if today is not None:
        # warn_deprecated -> here -> the constructor -> its caller
        warn_deprecated(f"{subject}(today=...)", f"{subject}(as_of=...)", stacklevel=4)
    if today is not None and as_of is not None:
        raise ValidationError(
            subject, "today", "to be left out when as_of is given (it is as_of's old name)",
            got=today,
        )  # fmt: skip
    day = as_of if today is None else today
    if day is None:
        raise ValidationError(subject, "as_of", "a date", got=None)
    return day


# ------------------------------------------------------------ message wording


def number_text(value: float) -> str:
    """A number as a finding's message writes it: whole numbers without ".0", at most 2 places.

    Examples:
        >>> number_text(5.0), number_text(0.2333), number_text(1200)
        ('5', '0.23', '1200')
    """
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def quote(text: str) -> str:
    """*text* in double quotes, as messages quote the words of a goal.

    Examples:
        >>> quote("soon")
        '"soon"'
    """
    return f'"{text}"'
