"""The exceptions goalkit raises, and the structured data they carry.

Every exception is a `GoalkitError`; each leaf also subclasses the builtin
that matches its meaning, so callers that already catch `ValueError` or
`LookupError` keep working.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from goalkit._words import plural

if TYPE_CHECKING:
    from goalkit._smart import SmartReport

__all__ = [
    "PROBLEM_CODES",
    "ArgumentTypeError",
    "GoalkitDeprecationWarning",
    "GoalkitError",
    "LoadError",
    "NotSmartError",
    "Problem",
    "UnknownIdError",
    "ValidationError",
    "excerpt",
    "expect_type",
    "warn_deprecated",
]

#: Longest excerpt of user input that an error message quotes.
EXCERPT_LENGTH = 60

#: Every `Problem.code` (and `ValidationError.code`) goalkit produces, with what it means.
#: The codes are stable: an app can translate messages by code. New codes may be added
#: in a minor release; none is renamed or removed without a deprecation.
PROBLEM_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        # The text of the document.
        "syntax": "the text is not valid JSON, YAML or TOML",
        "encoding": "the bytes are not valid UTF-8, or the text holds a lone surrogate",
        "duplicate_key": "an object (a mapping) has the same key twice",
        "not_finite": "a number is NaN or Infinity, which no goalkit number is",
        "too_large": "the document, a text, a number literal, the nesting or the YAML aliases "
        "exceed a limit",
        "unsupported": "a feature goalkit does not read (YAML merge keys or non-text keys, "
        "self-referencing aliases), or YAML without PyYAML installed",
        "file": "the file is missing, a folder, unreadable, or of an unknown type",
        "version": "schema_version is missing, not a whole number, newer than this goalkit "
        "reads, or could not be migrated",
        # The shape of the document.
        "type": "a value of the wrong type: text for a number, a boolean for a number, "
        "an object for an array...",
        "missing": "a required key is absent",
        "unknown_key": "a key that names no field (a typo, or a field of another class)",
        "format": "text in the wrong form: a date not written YYYY-MM-DD, an id with "
        "surrounding whitespace",
        "choice": "a value that is not one of the allowed values (of an enumeration)",
        "blank": "text that must not be blank is empty or only whitespace",
        "range": "a number outside its allowed range (confidence 0-10, rating 1-5, "
        "weight 0 or more, magnitudes within ±1e15)",
        # The rules between fields, which JSON Schema cannot express.
        "due_before_start": "a goal's due date is before its start date",
        "duplicate_id": "an id already used by another item in the same plan or goal",
        "unknown_parent": "a parent_id that names no goal of the plan (or the goal itself)",
        "parent_cycle": "goals whose parent_id links form a cycle",
        "target_equals_baseline": "a key result to INCREASE or DECREASE whose target "
        "equals its baseline",
        "wrong_direction": "a key result's target on the wrong side of its baseline for "
        "its direction",
        "same_person": "a plan's mentor is its mentee",
        "revision": "a revision that records no change, or a change to a field that is not "
        "revisable",
        # Anything else.
        "invalid": "a value refused for another reason (the message says which)",
        "unreadable": "the value could not be read at all (the message names the error)",
    }
)


def _check_code(code: str) -> None:
    if code not in PROBLEM_CODES:
        raise ValueError(f"unknown problem code {code!r}: expected one of goalkit.PROBLEM_CODES")


def excerpt(value: object, limit: int = EXCERPT_LENGTH) -> str:
    """Return a short `repr` of *value*, cut to *limit* characters.

    Error messages quote what they found, but never megabytes of it.

    Examples:
        >>> excerpt("x" * 1000, limit=12)
        "'xxxxxxxx...' (1000 characters)"
        >>> excerpt(3.5)
        '3.5'
    """
    if isinstance(value, str | bytes) and len(value) > limit:
        head = repr(value[: max(limit - 4, 1)])
        return f"{head[:-1]}...{head[-1]} ({len(value)} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        # repr() of a 50,000-digit integer is slow and unreadable.
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    text = repr(value)
    if len(text) > limit:
        return f"{text[: limit - 3]}... ({type(value).__name__})"
    return text


class GoalkitDeprecationWarning(DeprecationWarning):
    """Warns that a goalkit name is deprecated; the message names its replacement.

    Deprecated names keep working for at least one minor release, and the
    CHANGELOG says when each goes.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_deprecated("old_name", "new_name")
        >>> str(caught[0].message)
        'old_name is deprecated; use new_name instead'
    """


def warn_deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn, once per call site, that *old* is deprecated in favour of *new*.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("error")
        ...     try:
        ...         warn_deprecated("assess(as_of=...)", "assess(as_of=...)")
        ...     except GoalkitDeprecationWarning as warning:
        ...         print(warning)
        assess(as_of=...) is deprecated; use assess(as_of=...) instead
    """
    warnings.warn(
        f"{old} is deprecated; use {new} instead", GoalkitDeprecationWarning, stacklevel=stacklevel
    )


def expect_type(function: str, field: str, value: object, *kinds: type, expected: str) -> None:
    """Refuse *value* unless its type is exactly one of *kinds* (None allowed if listed).

    The one check behind every public function's arguments, so the same
    mistake gets the same error everywhere: an `ArgumentTypeError` (a
    `ValidationError` and a `TypeError`) naming the function, the argument
    and what was expected.

    Examples:
        >>> expect_type("progress", "item", "a goal", int, expected="a Goal or Plan")
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: progress.item: expected a Goal or Plan, got 'a goal'
    """
    if type(value) not in kinds:
        raise ArgumentTypeError(function, field, expected, got=value)


class GoalkitError(Exception):
    """The root of every exception goalkit raises.

    Examples:
        >>> from goalkit import Goal, GoalkitError
        >>> try:
        ...     Goal(title="   ")
        ... except GoalkitError as error:
        ...     print(type(error).__name__)
        ValidationError
    """


class ValidationError(GoalkitError, ValueError):
    """A value was refused: a model object could not be built, or an argument is wrong.

    The message names where the value went, the field and what was expected.
    The same facts are available as attributes for programs: `subject` (the
    class being built, such as `Goal`, or the function called, such as
    `progress`), `field` (a path inside it, such as `key_results[1].id`),
    `expected`, and `code`, one of `PROBLEM_CODES` (such as `range`), which
    a loader copies into the `Problem` it reports.

    Examples:
        >>> from goalkit import CheckIn, ValidationError
        >>> import datetime
        >>> try:
        ...     CheckIn(on=datetime.date(2027, 2, 1), value=3, confidence=11)
        ... except ValidationError as error:
        ...     print(error)
        ...     print(error.subject, error.field, error.code)
        CheckIn.confidence: expected an integer from 0 to 10 or None, got 11
        CheckIn confidence range
    """

    subject: str
    field: str
    expected: str
    code: str

    def __init__(
        self, subject: str, field: str, expected: str, *, got: Any = ..., code: str = "invalid"
    ) -> None:
        _check_code(code)
        self.subject = subject
        self.field = field
        self.expected = expected
        self.code = code
        where = f"{subject}.{field}" if field else subject
        message = f"{where}: expected {expected}"
        if got is not ...:
            message += f", got {excerpt(got)}"
        super().__init__(message)

    @property
    def cls_name(self) -> str:
        """Deprecated: the old name of `subject`, which may name a function, not a class.

        Examples:
            >>> import warnings
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     ValidationError("Goal", "title", "text").cls_name
            'Goal'
        """
        warn_deprecated("ValidationError.cls_name", "ValidationError.subject")
        return self.subject


class ArgumentTypeError(ValidationError, TypeError):
    """A public function was given an argument of the wrong type.

    It is a `ValidationError`, like every refused value, and a `TypeError`,
    which is what Python code raises for a wrong type, so both
    `except ValidationError` and `except TypeError` catch it.

    Examples:
        >>> import goalkit
        >>> try:
        ...     goalkit.assess("Give five talks")
        ... except TypeError as error:
        ...     print(error)
        assess.goal: expected a Goal, got 'Give five talks'
    """

    def __init__(
        self, subject: str, field: str, expected: str, *, got: Any = ..., code: str = "type"
    ) -> None:
        super().__init__(subject, field, expected, got=got, code=code)


class UnknownIdError(GoalkitError, LookupError):
    """An operation named an id that is not there.

    Examples:
        >>> from goalkit import Goal, UnknownIdError
        >>> import datetime
        >>> goal = Goal(title="Give five presentations")
        >>> try:
        ...     goal.complete_milestone("m-404", on=datetime.date(2027, 3, 1))
        ... except UnknownIdError as error:
        ...     print(error.id)
        m-404
    """

    id: str

    def __init__(self, id: str, *, kind: str, where: str) -> None:  # noqa: A002 - the contract's name
        self.id = id
        super().__init__(f"no {kind} with id {excerpt(id)} in {where}")

    def __str__(self) -> str:
        # LookupError subclasses such as KeyError quote their message; ours reads as prose.
        return str(self.args[0])


@attrs.frozen
class Problem:
    """One thing wrong with a loaded document: where it is, what is wrong, and its code.

    `path` uses attribute and index notation, such as
    `goals[2].key_results[0].target`; an empty path means the document itself.
    `message` is English prose for people; `code` is one of `PROBLEM_CODES`
    (such as `missing`, `unknown_key`, `type`, `range`, `due_before_start`),
    stable across releases, for programs that translate or react to problems.

    Examples:
        >>> from goalkit import Problem
        >>> problem = Problem("goals[0].weight", "expected a number, got 'heavy'", code="type")
        >>> print(problem)
        goals[0].weight: expected a number, got 'heavy'
        >>> problem.code
        'type'
    """

    path: str
    message: str
    code: str = attrs.field(default="invalid", kw_only=True)

    def __attrs_post_init__(self) -> None:
        _check_code(self.code)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoadError(GoalkitError, ValueError):
    """A document could not be loaded. `problems` lists everything found wrong.

    Examples:
        >>> from goalkit import LoadError, Problem
        >>> error = LoadError([Problem("title", "expected text, got 5", code="type")],
        ...                   source="plan.json")
        >>> print(error)
        plan.json: 1 problem: title: expected text, got 5
        >>> error.problems[0].path
        'title'
    """

    problems: tuple[Problem, ...]
    source: str | None

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        count = len(self.problems)
        head = f"{source}: " if source else ""
        shown = "; ".join(str(problem) for problem in self.problems[:5])
        more = f"; and {count - 5} more" if count > 5 else ""
        super().__init__(f"{head}{plural(count, 'problem')}: {shown}{more}")


class NotSmartError(GoalkitError, ValueError):
    """A goal was required to pass a framework's criteria and does not. `report` says why.

    Raised by `goalkit.require_smart`, whichever framework judged the goal
    (`SMART` by default, `REAL`, `OKR` or your own): the message names it.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, NotSmartError, require_smart
        >>> try:
        ...     require_smart(Goal(title="I want to improve my skills"),
        ...                   as_of=datetime.date(2027, 1, 1))
        ... except NotSmartError as error:
        ...     print(sorted(c.value for c in error.report.failed))
        ['measurable', 'relevant', 'specific', 'time_bound']
        >>> from goalkit import REAL
        >>> try:
        ...     require_smart(Goal(title="Publish twelve posts"), framework=REAL,
        ...                   as_of=datetime.date(2027, 1, 1))
        ... except NotSmartError as error:
        ...     print(error)
        goal 'Publish twelve posts' is not REAL: failed relevant, aspirational, learning_based
    """

    report: SmartReport

    def __init__(self, report: SmartReport, *, title: str = "") -> None:
        self.report = report
        failed = ", ".join(criterion.value for criterion in report.failed)
        what = f"goal {excerpt(title)}" if title else "goal"
        # The framework that judged it: "is not SMART", "is not REAL".
        super().__init__(f"{what} is not {report.framework.upper()}: failed {failed}")
