"""`finding` and `assess` build findings and reports without the keyword call: same values.

`catalogue.finding` sets a `Finding`'s fields directly when every argument
has the type `Finding` checks, and `SmartReport._of` builds the report
`assess` returns from values it has checked. Both must give exactly what
the validating constructors give, and a wrong argument must still be
refused.
"""

from __future__ import annotations

import datetime
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import Criterion, Finding, Goal, Severity, ValidationError, assess
from goalkit._smart.catalogue import CATALOGUE, finding
from goalkit._smart.findings import CriterionResult, SmartReport

CODES = sorted(CATALOGUE)


def _validated(
    code: str, message: str, path: str, hint: str | None, severity: Severity | None
) -> Finding:
    entry = CATALOGUE[code]
    return Finding(
        criterion=entry.criterion,
        code=code,
        severity=entry.severity if severity is None else severity,
        message=message,
        hint=entry.hint if hint is None else hint,
        path=path,
    )


@given(
    code=st.sampled_from(CODES),
    message=st.text(max_size=40),
    path=st.text(max_size=20),
    hint=st.none() | st.text(max_size=20),
    severity=st.none() | st.sampled_from(list(Severity)),
)
def test_a_built_finding_equals_the_validated_one(
    code: str, message: str, path: str, hint: str | None, severity: Severity | None
) -> None:
    built = finding(code, message=message, path=path, hint=hint, severity=severity)
    expected = _validated(code, message, path, hint, severity)
    assert type(built) is Finding
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)


def test_a_built_finding_is_frozen() -> None:
    built = finding("T-NO-START", message="No start date.", path="start")
    with pytest.raises(AttributeError):
        built.code = "T-OTHER"  # type: ignore[misc]


@pytest.mark.parametrize(
    "arguments",
    [
        {"message": 3},
        {"message": "Fine.", "path": None},
        {"message": "Fine.", "hint": 7},
        {"message": "Fine.", "severity": "error"},
    ],
)
def test_a_wrong_argument_is_still_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        finding("S-TOO-SHORT", **arguments)  # type: ignore[arg-type]


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValidationError):
        finding("X-NOT-A-CODE", message="Nothing.")


def test_a_built_report_equals_the_constructed_one() -> None:
    day = datetime.date(2027, 2, 1)
    results = types.MappingProxyType({criterion: CriterionResult(True) for criterion in Criterion})
    built = SmartReport._of("g-talks", "Give two talks", day, results, "smart")
    made = SmartReport(goal_id="g-talks", title="Give two talks", as_of=day, results=results)
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)
    assert built.results is results


def test_assess_returns_the_report_the_constructor_would() -> None:
    report = assess(Goal(title="Tidy up my notes", id="g-notes"), as_of=datetime.date(2027, 2, 1))
    again = SmartReport(
        goal_id=report.goal_id,
        title=report.title,
        as_of=report.as_of,
        results=dict(report.results),
        framework=report.framework,
    )
    assert report == again
    assert str(report) == str(again)
