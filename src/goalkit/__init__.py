"""goalkit: typed goal modelling for mentoring and career development.

SMART goals agreed between mentor and mentee, long-term goals broken into
short-term goals and milestones, OKR-style key results with check-ins,
reviews, revisions, and the calculators that read them.

Examples:
    >>> import datetime
    >>> import goalkit
    >>> goal = goalkit.Goal(
    ...     title="Give five presentations in the next three months",
    ...     start=datetime.date(2027, 1, 31),
    ...     due=datetime.date(2027, 4, 30),
    ...     key_results=[goalkit.KeyResult(title="Presentations given", target=5, id="kr-talks")],
    ... )
    >>> goal = goal.check_in("kr-talks", 1, on=datetime.date(2027, 2, 20))
    >>> goal.key_results[0].check_ins[0].value
    1
"""

# --- SMART assessment: drafting from a sentence
from goalkit._draft import draft

# --- errors
from goalkit._errors import (
    PROBLEM_CODES,
    ArgumentTypeError,
    GoalkitDeprecationWarning,
    GoalkitError,
    LoadError,
    NotSmartError,
    Problem,
    UnknownIdError,
    ValidationError,
)

# --- the bundled example plan
from goalkit._examples import example_plan

# --- model
from goalkit._model import (
    Agreement,
    Ambition,
    Cadence,
    CadenceUnit,
    CheckIn,
    Direction,
    Goal,
    GoalKind,
    GoalState,
    GoalStatus,
    Horizon,
    KeyResult,
    Milestone,
    Outcome,
    Person,
    Plan,
    PlanView,
    Review,
    ReviewKind,
    Revision,
)

# --- programmes: many plans
from goalkit._programme import (
    ProgrammeFigures,
    ProgrammePolicy,
    ProgrammeReport,
    programme,
)

# --- progress
from goalkit._progress import (
    Celebration,
    Health,
    Part,
    Progress,
    ProgressPolicy,
    celebrations,
    due_reviews,
    next_review,
    okr_score,
    progress,
    progress_by_goal,
    progress_history,
)

# --- reports
from goalkit._render.report_schema import report_json_schema
from goalkit._report import GoalLine, PlanReport, plan_report
from goalkit._rhythm import Agenda, AgendaItem, AgendaKind, AgendaPolicy, agenda, close, follow_up

# --- serialization
from goalkit._serialize import (
    SCHEMA_VERSION,
    dump,
    from_dict,
    from_json,
    json_schema,
    load,
    to_dict,
    to_json,
)

# --- SMART assessment
from goalkit._smart import (
    OKR,
    REAL,
    SMART,
    BaseCriterion,
    Criterion,
    CriterionResult,
    Finding,
    Framework,
    Severity,
    SmartContext,
    SmartPolicy,
    SmartReport,
    analyze_text,
    assess,
    assess_plan,
    framework_for,
    require_smart,
)

# --- many plans as tables
from goalkit._tables import TABLES, Column, columns, records, to_arrow, to_pandas
from goalkit._templates import Template, scaffold, templates  # plans for `goalkit new`
from goalkit._text import Action, Quantity, TextAnalysis, TimeFrame, TimeFrameKind, Wording
from goalkit._version import __version__

__all__ = [
    "OKR",
    "PROBLEM_CODES",
    "REAL",
    "SCHEMA_VERSION",
    "SMART",
    "TABLES",
    "Action",
    "Agenda",
    "AgendaItem",
    "AgendaKind",
    "AgendaPolicy",
    "Agreement",
    "Ambition",
    "ArgumentTypeError",
    "BaseCriterion",
    "Cadence",
    "CadenceUnit",
    "Celebration",
    "CheckIn",
    "Column",
    "Criterion",
    "CriterionResult",
    "Direction",
    "Finding",
    "Framework",
    "Goal",
    "GoalKind",
    "GoalLine",
    "GoalState",
    "GoalStatus",
    "GoalkitDeprecationWarning",
    "GoalkitError",
    "Health",
    "Horizon",
    "KeyResult",
    "LoadError",
    "Milestone",
    "NotSmartError",
    "Outcome",
    "Part",
    "Person",
    "Plan",
    "PlanReport",
    "PlanView",
    "Problem",
    "ProgrammeFigures",
    "ProgrammePolicy",
    "ProgrammeReport",
    "Progress",
    "ProgressPolicy",
    "Quantity",
    "Review",
    "ReviewKind",
    "Revision",
    "Severity",
    "SmartContext",
    "SmartPolicy",
    "SmartReport",
    "Template",
    "TextAnalysis",
    "TimeFrame",
    "TimeFrameKind",
    "UnknownIdError",
    "ValidationError",
    "Wording",
    "__version__",
    "agenda",
    "analyze_text",
    "assess",
    "assess_plan",
    "celebrations",
    "close",
    "columns",
    "draft",
    "due_reviews",
    "dump",
    "example_plan",
    "follow_up",
    "framework_for",
    "from_dict",
    "from_json",
    "json_schema",
    "load",
    "next_review",
    "okr_score",
    "plan_report",
    "programme",
    "progress",
    "progress_by_goal",
    "progress_history",
    "records",
    "report_json_schema",
    "require_smart",
    "scaffold",
    "templates",
    "to_arrow",
    "to_dict",
    "to_json",
    "to_pandas",
]
