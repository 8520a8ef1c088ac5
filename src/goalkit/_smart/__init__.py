"""Assessment: explainable checks of a goal against a framework's criteria (SMART by default).

`assess` runs a framework's rules, each finding with a stable code such as
`S-VAGUE`, over a goal (and, when given, the plan it belongs to) and
returns a `SmartReport`: per criterion, whether it passed and the findings
that say why not, each with a concrete hint. A criterion fails when any of
its findings is an ERROR; warnings and information never fail it.

One module per job:

- `findings`: criteria (SMART's, REAL's and OKR's), severities, findings and
  the report;
- `catalogue`: every built-in finding code's criterion, severity, meaning
  and hint, and `finding`, which rules build their findings with;
- `policy`: `SmartPolicy` (every threshold and word list the rules weigh,
  and the user's `extra_rules`) and `SmartContext` (what a rule may read);
- `specific`, `measurable`, `achievable`, `relevant`, `time_bound`: SMART's
  rules, one module per criterion, each rule a plain function
  `(goal, context) -> Iterable[Finding]` (try one on a goal with
  `rule(goal, SmartContext.for_goal(goal, as_of=day))`; each built-in rule's
  example is a row of `RULE_EXAMPLES` in tests/test_smart.py);
- `framework`: `Framework`, `SMART` (its rules a visible tuple) and the
  functions that run them: `assess`, `assess_plan`, `require_smart`,
  `analyze_text`;
- `real`, `okr`: the REAL and OKR frameworks, their criteria and rules;
- `frameworks`: the built-in frameworks by name, and `framework_for`, the
  framework that suits a goal.

Assessment is a pure function of the goal, the plan, the day, the policy
and the framework: the clock is read only when `as_of` is omitted.
"""

from __future__ import annotations

from goalkit._smart.catalogue import FINDING_CODES
from goalkit._smart.findings import (
    BaseCriterion,
    Criterion,
    CriterionResult,
    Finding,
    OkrCriterion,
    RealCriterion,
    Severity,
    SmartReport,
)
from goalkit._smart.framework import (
    SMART,
    SMART_RULES,
    Framework,
    analyze_text,
    assess,
    assess_plan,
    require_smart,
)
from goalkit._smart.frameworks import FRAMEWORKS, framework_for
from goalkit._smart.okr import OKR, OKR_RULES
from goalkit._smart.policy import Rule, SmartContext, SmartPolicy
from goalkit._smart.real import REAL, REAL_RULES

__all__ = [
    "FINDING_CODES",
    "FRAMEWORKS",
    "OKR",
    "OKR_RULES",
    "REAL",
    "REAL_RULES",
    "SMART",
    "SMART_RULES",
    "BaseCriterion",
    "Criterion",
    "CriterionResult",
    "Finding",
    "Framework",
    "OkrCriterion",
    "RealCriterion",
    "Rule",
    "Severity",
    "SmartContext",
    "SmartPolicy",
    "SmartReport",
    "analyze_text",
    "assess",
    "assess_plan",
    "framework_for",
    "require_smart",
]
