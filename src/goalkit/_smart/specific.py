"""Specific: a statement a stranger could act on.

The rules read the statement as `goalkit._text` reads it: vague wording
fails unless something concrete is named too, a topic with no action
fails, and very short or long statements, or several goals in one, draw
advice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

import attrs

from goalkit._errors import excerpt
from goalkit._model import Goal
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Finding, Severity, quote
from goalkit._smart.policy import SmartContext, SmartPolicy
from goalkit._text import Quantity, TextAnalysis, Wording, analyze, embedding
from goalkit._text.broadness import Broadness, model, read_broadness
from goalkit._text.english import WordKind, comparative, describes, verb_base, word_kind
from goalkit._text.lexicon import DETERMINERS, STOP_WORDS, Lexicon
from goalkit._text.static import read_static, static_model
from goalkit._text.tokens import overlaps
from goalkit._text.wording import unnamed_kinds
from goalkit._words import plural

__all__ = [
    "names_an_action",
    "one_goal_per_statement",
    "read_ahead",
    "reads_as_broad",
    "statement_length",
    "what_is_said",
]


#: The `learned_specific` values under which a learned reading decides Specific alone.
_DECIDING: Final = ("alone", "embedding")


def _decided_alone(
    rule: Callable[[Goal, SmartContext], Iterator[Finding]],
) -> Callable[[Goal, SmartContext], Iterator[Finding]]:
    """With a reading deciding alone, the rule's errors only warn when that reading passes.

    With `learned_specific="alone"` the words' reading decides Specific, with
    `"embedding"` the sentence reading (`reads_as_broad` fails what it reads
    as broad); the rule's findings stay, as the reasons, and fail Specific
    only where the reading agrees.
    """

    @functools.wraps(rule)
    def decided(goal: Goal, context: SmartContext) -> Iterator[Finding]:
        found = rule(goal, context)
        if context.policy.learned_specific not in _DECIDING:
            return found
        return _weighed(found, context)

    return decided


def _weighed(found: Iterator[Finding], context: SmartContext) -> Iterator[Finding]:
    passes: bool | None = None  # the reading is asked only of a statement with an error
    for item in found:
        if item.severity is Severity.ERROR:
            if passes is None:
                passes = not _vague_alone(context)
            if passes:
                said = _READ_AS_SPECIFIC[context.policy.learned_specific == "embedding"]
                hint = f"{item.hint} {said}"
                item = attrs.evolve(item, severity=Severity.WARNING, hint=hint.lstrip())
        yield item


def _vague_alone(context: SmartContext) -> bool:
    """Whether the reading deciding alone (words or sentence) reads the statement as broad."""
    text = context.analysis.text
    if context.policy.learned_specific == "embedding":
        return embedding.reads_vague(text)
    return _reading(text).vague_at(model().threshold_alone)


# What a rule's error says when the reading deciding alone passes the statement: the words'
# reading (False) or the sentence reading (True).
_READ_AS_SPECIFIC: Final = {
    False: "The learned reading passes the statement, so this only advises "
    "(SmartPolicy(learned_specific='alone')).",
    True: "The sentence reading passes the statement, so this only advises "
    "(SmartPolicy(learned_specific='embedding')).",
}


@_decided_alone
def names_an_action(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """S-VAGUE and S-NO-ACTION: the statement names an action and what it is on."""
    analysis = what_is_said(context)
    if analysis.vague:
        phrase = analysis.vague[0].text
        if not _blocked(analysis):
            yield finding(
                "S-VAGUE",
                severity=Severity.WARNING,  # something concrete carries the goal
                message=f"{quote(phrase)} is vague; the rest of the statement carries the goal.",
                hint="Drop the vague part, or say exactly what will change.",
                path="title",
            )
        else:
            yield finding(
                "S-VAGUE",
                message=f"{quote(phrase)} does not say what will be done, or on what.",
                path="title",
            )
    elif analysis.broad and _blocked(analysis):
        phrase = analysis.broad[0].text
        yield finding(
            "S-VAGUE",
            message=f"{quote(phrase)} says what to improve, but not how or how much.",
            hint=(
                "Say what will be done, or the level to reach: instead of 'Improve "
                "communication skills', 'Present the team's results at two all-hands "
                "meetings this quarter'."
            ),
            path="title",
        )
    elif (kinds := _kinds(analysis)) and _blocked(analysis):
        yield finding(
            "S-VAGUE",
            message=f"{quote(kinds[0].text)} does not say which one.",
            hint="Name it: instead of 'Pass a test', 'Pass the CompTIA Security+ exam'.",
            path="title",
        )
    elif _blocked(analysis):
        yield finding(
            "S-NO-ACTION",
            message=f"{excerpt(goal.title)} names a topic, not something to do.",
            path="title",
        )


def reads_as_broad(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """S-BROAD: a statement the rules pass that the learned reading finds too broad.

    With `SmartPolicy(learned_specific=True)`, asked only where
    `names_an_action` passes the statement and does not know what it names
    is concrete (a count, "Improve networking skills ... by attending four
    industry events", is the rules' reading, and stands;
    `learned_reading_asked`), so it never turns a failing statement into a
    passing one. With `learned_specific="alone"` the words' reading decides,
    with `"embedding"` the sentence reading (`goalkit._text.embedding`):
    every statement the rules pass fails at the reading's own threshold, and
    `names_an_action`'s errors only warn where it passes. With `"static"` the
    static reading (`goalkit._text.static`) is asked where True asks the
    words' reading, at its own threshold, and its message says so. On (True)
    by default. The message quotes the words that weighed most toward vague;
    the sentence reading weighs the whole statement and says so instead.
    """
    learned = context.policy.learned_specific
    if not learned:
        return
    if learned in _DECIDING:
        if _blocked(what_is_said(context)) or not _vague_alone(context):
            return  # blocked: the rules' finding says why, and fails if the reading agrees
        if learned == "embedding":
            yield finding("S-BROAD", message=_SENTENCE_READ, path="title", hint=_SENTENCE_HINT)
            return
        reading = _reading(context.analysis.text)
    elif learned_reading_asked(context):
        if learned == "static":
            reading = read_static(context.analysis.text)
            threshold = static_model().features.threshold
        else:
            reading = _reading(context.analysis.text)
            threshold = model().threshold
        if not reading.vague_at(threshold):
            return
    else:
        return
    said = ", ".join(quote(word) for word in reading.words)
    by = " by the static reading" if learned == "static" else ""
    yield finding(
        "S-BROAD",
        message=f"Reads like a broad aim{by}: {said}." if said else f"Reads like a broad aim{by}.",
        path="title",
    )


_SENTENCE_READ: Final = (
    "Reads like a broad aim, by the sentence reading (it weighs the whole statement, "
    "so it cannot quote the words that made it broad)."
)
_SENTENCE_HINT: Final = (
    "Name what will be done and on what: instead of 'Get involved at work', 'Join the "
    "onboarding working group and run one of its sessions'. The sentence reading decides "
    "Specific (SmartPolicy(learned_specific='embedding')); SmartPolicy() reads the words "
    "beside the rules."
)


def read_ahead(goals: Iterable[Goal], policy: SmartPolicy) -> None:
    """Embed the goals' statements in batches when *policy*'s sentence reading will ask.

    `assess_plan` calls it before the rules read the goals one by one; with any other
    `learned_specific` it does nothing.
    """
    if policy.learned_specific == "embedding":
        embedding.read_ahead(goal.title for goal in goals)


@functools.lru_cache(maxsize=1)
def _reading(text: str) -> Broadness:
    # Asked by names_an_action and reads_as_broad of the same statement: read once.
    return read_broadness(text)


def learned_reading_asked(context: SmartContext) -> bool:
    """Whether the rules leave the statement to the learned reading (`reads_as_broad`).

    Not when they fail it, nor when they pass it knowing what it names
    (`_names_concretely`): a role held, a credential, a count of a thing,
    every one of a set. Vague wording or a broad area passed only for an
    action beside it ("Get organized and make better use of your planning
    time", "Increase positive communication with parents") is asked: whether
    the action makes the goal specific is what the learned reading judges.
    Out of round it fails such statements rightly more often than the
    rules' pass was right (every round of 7 to 12 reads higher; see
    docs/explanation/reading-statements.md).
    """
    analysis = what_is_said(context)
    return not (_blocked(analysis) or _names_concretely(analysis))


def _names_concretely(analysis: TextAnalysis) -> bool:
    """Whether a statement the rules pass names what it is on in a way they know is concrete.

    A role or title to hold ("Be the CFO of a charity", "hired as a paralegal",
    "a job at the city library"), a credential or exam ("Get CPA certified",
    "Pass my qualifying exams"; one of a kind only, "Earn a certification",
    the rules fail), a count of a thing ("Join two clubs"), or every one of a
    set ("Answer all my unread emails"). Out of round, the learned reading's
    S-BROAD fails such statements wrongly far more often than rightly.
    """
    text = analysis.text
    if any(
        quantity.noun or _OF_A_SET.match(text, quantity.end) for quantity in analysis.quantities
    ):
        return True
    if _CONCRETE_WORDS.isdisjoint(word.strip(_PUNCTUATION) for word in text.lower().split()):
        return False  # the common case: none of the words these classes open with
    return bool(
        _CREDENTIAL.search(text) or _EVERY_ONE.search(text) or _JOB_NAMED.search(text)
    ) or _holds_title(text)


def _holds_title(text: str) -> bool:
    """Whether *text* says a title is held: "be the *CEO* of ...", "become a senior *developer*"."""
    for match in _HELD.finditer(text):
        for word in text[match.end() :].split()[:4]:
            word = word.lower().strip(_PUNCTUATION)
            if word in _NOUN_ENDS:
                break  # "be a member of *staff*": what follows is no part of the title
            if word in TITLE_NOUNS or word.removesuffix("s") in TITLE_NOUNS:
                return True
    return False


#: Nouns of a job or title one holds (a character, "a leader", "a reader", is no title:
#: `CHARACTER_NOUNS`).
TITLE_NOUNS: Final = frozenset(
    """
    manager director executive officer president ceo cfo cto coo cmo vp chair chairman
    chairwoman head lead partner principal owner founder cofounder co-founder member board
    teacher nurse assistant analyst engineer developer designer architect consultant
    coordinator supervisor administrator specialist editor author novelist journalist reporter
    instructor tutor coach mentor volunteer intern apprentice fellow professor lecturer doctor
    physician surgeon dentist pharmacist therapist counselor counsellor librarian scientist
    researcher programmer accountant auditor lawyer attorney paralegal pilot chef agent
    representative associate clerk secretary receptionist technician electrician plumber
    mechanic firefighter paramedic detective sergeant captain superintendent dean provost
    registrar realtor broker banker trader planner producer
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Being or becoming one of a kind of person: "be *a* ...", "hired as *an* ...".
_HELD: Final = re.compile(
    r"\b(?:be|become|becoming|became|being|as|promoted\s+to)\s+(?:a|an|the)\s+", re.IGNORECASE
)
# Words that end the title's words: "the head *of* marketing", "a developer *who* ...".
_NOUN_ENDS: Final = frozenset(
    "of at on in for with who that to and or by within from".split()  # noqa: SIM905
)
# A count of some of a set: "four *of my* mentee's presentations", "two *of the* chapters".
_OF_A_SET: Final = re.compile(
    r"\s+of\s+(?:my|the|our|your|their|his|her|these|those|its)\s", re.IGNORECASE
)
# A credential or exam: "Get PMP *certified*", "my bar *exam*", "a nursing *licence*".
_CREDENTIAL: Final = re.compile(
    r"\b(?:certified|certification|certificate|licen[cs]e[ds]?|exams?|examination|degree|"
    r"diploma|accreditation|qualification)\b",
    re.IGNORECASE,
)
# Every one of a set, or every time: "*all* my classes", "*each* chapter", "*every* morning".
_EVERY_ONE: Final = re.compile(
    r"\b(?:all|every|each)\s+(?:(?:of\s+)?(?:my|the|our|your|their)\s+)?[a-z]", re.IGNORECASE
)
# A job, a post or a place named by where or as what: "a job *at the* Post Office", "a seat
# *on the* board", "a position *as a* designer".
_JOB_NAMED: Final = re.compile(
    r"\b(?:job|position|role|post|internship|place|seat|spot)\s+(?:as|at|with|on)\s+"
    r"(?:a|an|the|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_PUNCTUATION: Final = ".,!?;:()\"“”'’"
# The words the classes above open with (a cheap test before their patterns).
_CONCRETE_WORDS: Final = frozenset(
    """
    be become becoming became being as promoted certified certification certificate license
    licensed licenses licence licenced licences exam exams examination degree diploma
    accreditation qualification all every each job position role post internship place seat
    spot
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _blocked(analysis: TextAnalysis) -> bool:
    # The statement fails names_an_action: vague or broad with nothing concrete, or
    # neither an action nor an outcome ("50 new leads", "No sweets this week").
    # Asked two or three times of one analysis (what_is_said, names_an_action,
    # statement_length): the last answer is kept, for the same object only.
    global _last_blocked
    last, answer = _last_blocked
    if last is analysis:
        return answer
    answer = _blocked_now(analysis)
    _last_blocked = (analysis, answer)
    return answer


_last_blocked: tuple[TextAnalysis | None, bool] = (None, False)


def _blocked_now(analysis: TextAnalysis) -> bool:
    kinds = _kinds(analysis)
    unclear = [
        phrase
        for phrase in (*analysis.vague, *analysis.broad, *kinds)
        if not any(a.purpose and overlaps(a, phrase) for a in analysis.actions)
    ]  # "Walk every day to improve my fitness": why is vague, what is not
    if unclear:
        return not (
            any(not any(overlaps(a, kind) for kind in kinds) for a in analysis.concrete_actions)
            or any(_carries(analysis.text, q, unclear) for q in analysis.quantities)
            or _MEASURED_BY.search(analysis.text)  # "proficient in reading as measured by EOGs"
            or _COMMAND_OF_A_NAME.search(analysis.text)  # "proficient in Tableau"
            or any(_REACHED.match(rule.text) for rule in analysis.standards)  # "from A2 to B1"
            or any(done.verb == "know" for done in analysis.completions)  # "know all the facts"
        )
    text = analysis.text
    return not (
        analysis.actions
        or any(q.noun or q.percent or _stated_value(text, q) for q in analysis.quantities)
        or any(rule.text[:3].lower() in ("no ", "zer") for rule in analysis.standards)
        or any(_LEVEL.search(rule.text) for rule in analysis.standards)  # "at least a B+"
        or _GRADE_WANTED.search(text)  # "I want an A in chemistry"
        or _GOING_FREE.search(text)  # "going alcohol-free this month": none of it
        or _DONE_WITH.search(text)  # "I'm done with lattes": going without, said another way
        or _kept_to(analysis)  # "In bed by 9pm", "Protein at each meal"
        or _UNAIDED.match(text)  # "Independence in getting in and out of bed"
    )


# Doing a named task with no help, a therapist's standard, said with no verb: "Independent
# with the home exercise program", "Independence in walking with a walker".
_UNAIDED: Final = re.compile(
    r"\s*independen(?:t|ce)\s+(?:in|with|when|while)\s+(?:the\s+|a\s+|an\s+|my\s+|all\s+)?"
    r"(?!(?:life|everything|general|things|my\s+life)\b)[a-z]",
    re.IGNORECASE,
)


# How often or by what time a thing named with no verb is kept to: "Protein *at each meal*",
# "In bed *by 9pm*", "Fruit *twice a day*", "Screens off *at midnight*".
_WHEN_KEPT: Final = re.compile(
    r"(?:each|every|per|once|twice|daily|weekly)\b|(?:by|at|before)\s+(?:\d|midnight\b|noon\b)",
    re.IGNORECASE,
)
_DEGREES: Final = frozenset({"more", "less", "fewer", "better", "worse", "most", "least"})
# Words of quality that may open such a thing and say how good, not what: "*Good* habits
# each day", "*Positive* thinking every morning".
_QUALITIES: Final = frozenset(
    "good great bad positive negative healthy healthier healthiest happy happier".split()  # noqa: SIM905
)


def _kept_to(analysis: TextAnalysis) -> bool:
    """Whether a thing named with no verb has how often or by when it is kept to.

    The thing and when it is checked are the goal ("Lights out by 10pm");
    more or better of it, by no amount, is not ("Better sleep every night"),
    nor a thing named by its quality ("Healthy meals every day").
    """
    kept = next((rule for rule in analysis.standards if _WHEN_KEPT.match(rule.text)), None)
    if kept is None:
        return False
    before = analysis.text[: kept.start].lower().split()
    if not before or before[0] in _QUALITIES:
        return False
    if describes(before[0]) and word_kind(before[0]) is WordKind.NOT_VERB:
        return False  # an adjective, as lemminflect knows it: "Mindful eating every day"
    return not any(word in _DEGREES or comparative(word) for word in before)


def _kinds(analysis: TextAnalysis) -> tuple[Wording, ...]:
    """Actions on one thing of a kind, none named ("Pass a test"): read by Specific alone.

    Measurable reads the analysis as it is: a test passed is passed or not.
    """
    # Asked by _blocked_now and again by names_an_action of the same analysis: the last
    # answer is kept, for the same object only, as _blocked keeps its own.
    global _last_kinds
    last, found = _last_kinds
    if last is not analysis:
        found = unnamed_kinds(analysis.text, analysis.actions, analysis.time_frames)
        _last_kinds = (analysis, found)
    return found


_last_kinds: tuple[TextAnalysis | None, tuple[Wording, ...]] = (None, ())


# A level or grade to reach, read among the standards: "improve my French *from A2 to B1*",
# "raise my grade *to a B*": the area with its standard is concrete.
_REACHED: Final = re.compile(r"(?:from|to)\s", re.IGNORECASE)


# A value to reach, said of a named measure: "the target is *> 0.9*", "a GPA *of 3.8*",
# "blood pressure *less than 135*", "*7.0* in IELTS", "*3.8* or higher".
_VALUE_BEFORE: Final = re.compile(
    r"(?:\b(?:than|least|most|under|over|above|below|of|is|are|at|to|reach|hit)|[<>≤≥=:~])\s*$",
    re.IGNORECASE,
)
_VALUE_AFTER: Final = re.compile(
    r"\s*(?:or\s+(?:higher|more|better|above|over|less|lower|fewer|below|under)\b"
    r"|(?:in|on)\s+(?:the\s+)?[A-Z])"  # "7.0 in IELTS", "a 5 on the AP exam"
)


def _stated_value(text: str, quantity: Quantity) -> bool:
    """Whether *quantity*, with no noun, is a value to reach: compared, or of a measure."""
    return bool(
        _VALUE_BEFORE.search(text, 0, quantity.start) or _VALUE_AFTER.match(text, quantity.end)
    )


# A grade or level to reach, read among the standards: "higher than a B", "B2 Level".
_LEVEL: Final = re.compile(r"(?:\b[A-F][+-]?|\b[Ll]evel|\b[Bb]and\s+\d(?:\.\d)?)$")
# A grade wanted in a subject: "an A in chemistry", "a B+ on the final", "straight A's".
_GRADE_WANTED: Final = re.compile(
    r"\ban?\s+[A-F][+-]?\s+(?:in|on|for)\s|\b(?:[Ss]traight|[Aa]ll)\s+A['’]?s\b"
)


# Done with a thing, for good: "I'm done with lattes", "be through with takeout".
_DONE_WITH: Final = re.compile(
    r"(?:\bam|\bis|\bare|\bbe|['’]m|['’]re|['’]s)\s+(?:(?:so|totally|completely|officially)\s+)?"
    r"(?:done|through|finished)\s+with\s+[a-z]",
    re.IGNORECASE,
)


def what_is_said(context: SmartContext) -> TextAnalysis:
    """The statement as Specific reads it: the goal after a heading, an action noun as its verb.

    A statement that names no action may still say one another way: after a
    heading ("January – no artificial sweeteners", "Week 2: walk 20 minutes
    daily") the goal is what follows; an objective that leaves out who acts
    ("Writes numbers 0-10") says its instruction; a statement headed by the noun of an
    action ("Submission of my essay to a journal", "Successful completion of
    my capstone project") says what its verb would ("Submit my essay ...").
    Either is read again and judged as it would be said plainly, so vague
    wording stays vague ("Improvement of my skills").

    Examples:
        >>> import datetime
        >>> from goalkit import SmartPolicy
        >>> from goalkit._smart.framework import analyze_text
        >>> def said(title):
        ...     context = SmartContext(plan=None, as_of=datetime.date(2027, 1, 4),
        ...                            policy=SmartPolicy(), analysis=analyze_text(title))
        ...     return [(a.verb, a.object) for a in what_is_said(context).actions]
        >>> said("Completion of my capstone project")
        [('complete', 'my capstone project')]
        >>> said("March: walk 20 minutes after lunch")
        [('walk', '20 minutes')]
    """
    # Asked by names_an_action, reads_as_broad and statement_length of one goal: the last
    # answer is kept, for the same analysis and word lists only, as _blocked keeps its own.
    global _last_said
    analysis = context.analysis
    lexicon = context.policy._lexicon
    last = _last_said  # one read: another thread may replace it
    if last is not None and last[0] is analysis and last[1] is lexicon:
        return last[2]
    said = _said_plainly(analysis, lexicon)
    _last_said = (analysis, lexicon, said)
    return said


_last_said: tuple[TextAnalysis, Lexicon, TextAnalysis] | None = None


def _said_plainly(analysis: TextAnalysis, lexicon: Lexicon) -> TextAnalysis:
    text = analysis.text
    heading = _HEADING.match(text)
    if heading is not None and heading.end() < len(text):
        # "Week 2 - improve my skills": the heading's number is no part of the goal.
        analysis = analyze(text[heading.end() :], lexicon)
    if not _blocked(analysis) and (analysis.actions or not _kept_to(analysis)):
        return analysis  # the common case: nothing to read again
    # Kept to with no verb ("Attendance at every staff meeting"): its action noun, if any,
    # still says the verb.
    plain = _as_instruction(analysis.text)
    if plain is None:
        plain = _as_its_verb(analysis.text)
    if plain is None:
        plain = _as_got(analysis.text)
    return analysis if plain is None else analyze(plain, lexicon)


def _as_instruction(text: str) -> str | None:
    """*text*, opening with verbs in "-s" said of someone left out, as an instruction, or None.

    Objectives written about a learner or a patient leave them out: "Writes
    numbers 0-10", "Earns a B or better", "counts, writes, and identifies
    numbers". Read as "Write numbers 0-10", it is judged as the instruction
    is, so vague wording stays vague ("Learns more about history"). Words
    that may be plural nouns as well are verbs only where an object follows
    them ("Reads grade level text"), not a preposition or nothing ("Plans
    for the summer", "Plans, hopes and dreams").
    """
    words = text.lstrip().split(" ")
    said: list[str] = []
    for word in words:
        lower = word.lower()
        if said and lower in _LIST_JOINS:
            said.append(word)  # "counts, writes, *and* identifies"
            continue
        if said and not (said[-1].endswith(",") or said[-1].lower() in _LIST_JOINS):
            break  # the list of verbs has ended: "Count *numbers*"
        bare = lower.rstrip(",")
        base = _said_of_someone(bare)
        if base is None:
            break
        said.append(base + word[len(bare) :])  # its comma kept
    if not said or said[-1].lower() in _LIST_JOINS or said[-1].endswith(","):
        return None
    last = words[len(said) - 1].lower().rstrip(",")
    following = words[len(said)].lower().rstrip(",.") if len(said) < len(words) else ""
    if following in _AFTER_A_NOUN and word_kind(last) is not WordKind.VERB:
        return None  # "Plans for the summer": nouns
    return " ".join((said[0].capitalize(), *said[1:], *words[len(said) :]))


# Words that join verbs in a list: "counts, writes, *and* identifies numbers".
_LIST_JOINS: Final = frozenset({"and", "or", "&"})
# Words after a plural noun, never after its verb's object: "Plans *for* the summer",
# "Lights *out* by 10pm"; or nothing ("Reads").
_AFTER_A_NOUN: Final = (STOP_WORDS - DETERMINERS - {"to"}) | {"out", "up", "off", "down", ""}


def _said_of_someone(word: str) -> str | None:
    """The base of *word*, a verb in "-s" ("writes" -> "write"), or None when it is no verb."""
    if len(word) < 4 or not word.endswith("s") or not word.isalpha():
        return None
    base = verb_base(word)
    return None if base is None or base == word else base


# A thing wished for, with no verb: "I want *a job as a nurse*", "We need *some time off*".
# Wanting a thing is the goal of getting it, so it is read as "Get a job as a nurse": named,
# it is specific; of a kind only ("I want a job"), vague, as "get a job" is.
_WANTED: Final = re.compile(
    r"\s*(?:i|we)(?:(?:['’]d|\s+would)\s+(?:really\s+)?like"
    r"|\s+(?:(?:really|also|just|still)\s+)?(?:want|need))\s+(?=(?:a|an|some|more|the|my|our)\s)",
    re.IGNORECASE,
)


# Someone wanted to act: "I want *my students to* read", "we want *the team to* grow". What
# they are to do is the goal, read as it is, not a thing to get.
_OF_SOMEONE: Final = re.compile(
    r"(?:the|our|my|your|their|his|her|all)\s+(?:[\w'’-]+\s+){0,3}?to\s", re.IGNORECASE
)


def _as_got(text: str) -> str | None:
    """*text*, a thing wished for ("I want some time off"), said as got, or None."""
    match = _WANTED.match(text)
    if match is None or _OF_SOMEONE.match(text, match.end()):
        return None
    return f"Get {text[match.end() :]}"


# A heading before the goal: a month, a weekday, "Week 2", "Day 30", "Goal 1", then a dash or
# a colon ("January–no artificial sweeteners", "Week 3: run 5K twice").
_HEADING: Final = re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|may|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:week|day|month|phase|step|goal|stage)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"\s*(?:[–—:]|-(?=\s)|\s-)\s*",
    re.IGNORECASE,
)
# A statement headed by the noun of an action, then what it is on: "Completion of ...",
# "Submission of ...", "Graduation from ...". Words of praise before it say nothing more.
_ACTION_NOUN: Final = re.compile(
    r"\s*(?:(?:successful|successfully|timely|on-time|full|final|complete)\s+)?"
    r"([a-z]{4,}(?:tion|sion|ment|ance|ence|al))\s+(of|from|in|at|to|for|with|on)\s+(?=\S)",
    re.IGNORECASE,
)
# Nouns of actions whose verb is not the noun less an ending.
_IRREGULAR_ACTION_NOUNS: Final = {
    "publication": "publish",
    "submission": "submit",
    "admission": "admit",
    "permission": "permit",
    "completion": "complete",
    "decision": "decide",
    "revision": "revise",
}


def _action_noun_verb(noun: str) -> str | None:
    """The verb an action noun is made from ("graduation" -> "graduate"), or None."""
    if noun in _IRREGULAR_ACTION_NOUNS:
        return _IRREGULAR_ACTION_NOUNS[noun]
    for ending, replacements in _NOUN_ENDINGS:
        if noun.endswith(ending):
            stem = noun[: -len(ending)]
            for replacement in replacements:
                verb = stem + replacement
                if word_kind(verb) in (WordKind.VERB, WordKind.BOTH) and verb_base(verb) == verb:
                    return verb
            return None
    return None


# Endings of action nouns, longest first, and what may end the verb instead.
_NOUN_ENDINGS: Final = (
    ("ication", ("y", "icate")),  # certification -> certify, communication -> communicate
    ("ation", ("", "e", "ate")),  # presentation, preparation, graduation
    ("ition", ("ite", "e")),  # composition -> compose
    ("tion", ("te", "t", "")),  # completion, correction
    ("ssion", ("ss", "t")),  # discussion, transmission
    ("sion", ("de", "se")),  # conclusion -> conclude, revision -> revise
    ("ment", ("",)),  # achievement, enrollment
    ("ance", ("", "e")),  # attendance, acceptance
    ("ence", ("", "e")),  # adherence -> adhere
    ("al", ("e", "")),  # approval, renewal
)


def _as_its_verb(text: str) -> str | None:
    """*text* with an action noun that heads it said as its verb, or None when it has none."""
    match = _ACTION_NOUN.match(text)
    if match is None:
        return None
    verb = _action_noun_verb(match.group(1).lower())
    if verb is None:
        return None
    joined = "" if match.group(2).lower() == "of" else f" {match.group(2)}"  # of what: the object
    return f"{verb.capitalize()}{joined} {text[match.end() :]}"


# Going without a named thing: "go alcohol-free", "stay smoke-free", "remain sugar-free".
_GOING_FREE: Final = re.compile(
    r"\b(?:go|goes|going|went|stay|stays|staying|remain|remains|remaining|be|being|live|"
    r"living)\s+(?:completely\s+|totally\s+|100%\s+)?(?:[a-z]+-)+free\b",
    re.IGNORECASE,
)


# Who a share counts: "100% of *students* will make measurable progress" says how many
# will change, not what will change or how.
_PEOPLE: Final = frozenset(
    """
    students student scholars learners pupils children kids participants patients clients
    employees staff members people teachers customers users residents adults families
    parents mentees attendees athletes players
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_SHARE_RE: Final = re.compile(
    r"[\w.,-]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_PEOPLE))})\b",
    re.IGNORECASE,
)
# Vague wording that says what someone will be ("become close", "be an expert"): a count
# right after it says with whom or at what, not what will be done.
_BEING: Final = frozenset({"be", "become", "becoming", "being", "stay", "feel"})
_SKILLS: Final = frozenset({"skill", "skills", "ability", "abilities", "area", "areas"})
# Time given for a goal: "I *have* 9 weeks to ...".
_SPANS: Final = frozenset({"days", "weeks", "months", "years"})
_GIVEN_RE: Final = re.compile(
    r"\b(?:have|has|had|(?:give|gives|given|giving|gave)\s+(?:myself|ourselves|yourself|"
    r"himself|herself|themselves))\s+$",
    re.IGNORECASE,
)  # "I have 9 weeks", "I have given myself three months"
# A named measure makes a vague outcome concrete: "as measured by the state test", "increase
# reading proficiency *on grade level*", "improve *on the district benchmark test*". One's
# own tests are no one test: "do great *on my exams*" names no measure. A grade in a named
# course is one: "a better grade *in my Honors Algebra class*", "better grades *in Biology*"
# ("in my classes" names none; in title case capitals name nothing).
_MEASURED_BY: Final = re.compile(
    r"\b(?:measured|evidenced|assessed|shown)\s+(?:by|on)\b"
    r"|\bgrades?\s+(?-i:in)\s+(?:(?:my|the|his|her|their|our|your)\s+)?(?-i:[A-Z])"
    r"|\b(?:on|at|to|above)\s+grade[- ]level\b"
    r"|\bon\s+the\s+(?:[\w-]+\s+){0,3}"
    r"(?:tests?|exams?|assessments?|benchmarks?|screeners?)\b",
    re.IGNORECASE,
)
# Command of a thing named by a proper name is a standard, as of a named language ("fluent in
# Spanish", `in_a_language`): "proficient in Tableau", "skilled in AutoCAD", "fluent with
# the Python standard library". Not more of it ("more proficient in Excel"), nor in title
# case ("Become Proficient In Excel"), where capitals name nothing.
_COMMAND_OF_A_NAME: Final = re.compile(
    r"(?<!more )(?<!less )\b(?:fluent|proficient|fluency|proficiency|competent|competence|"
    r"skilled|adept)\s+(?-i:in|with|at|using)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# Words that join vague wording to the quantity it is about: "become an expert *at* one
# skill", "become close *with at least* one professor".
_JOINING: Final = frozenset({"at", "with", "in", "on", "of", "to", "least", "about", "around"})


def _carries(text: str, quantity: Quantity, unclear: Sequence[Wording]) -> bool:
    """Whether *quantity* makes a statement with vague wording concrete.

    Not when it is a share of people ("100% of students") or completes the
    vague wording itself ("become an expert at *one skill*").
    """
    if quantity.percent and _SHARE_RE.match(text, quantity.start):
        return False
    if quantity.noun in _SPANS and _GIVEN_RE.search(text, 0, quantity.start):
        return False  # "I have 9 weeks to improve my study skills": time given, not a goal
    for phrase in unclear:
        if overlaps(phrase, quantity):
            return False  # "landing one permanent full-time position"
        if phrase.end > quantity.start or not (
            phrase.text.split(None, 1)[0].lower() in _BEING or quantity.noun in _SKILLS
        ):
            continue  # "Make progress on 3 chapters": the chapters are what is done
        gap = text[phrase.end : quantity.start].split()
        if all(word.lower() in _JOINING for word in gap):
            return False
    return True


def statement_length(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """S-TOO-SHORT and S-TOO-LONG: the statement is one sentence of a workable length.

    A short statement that already fails `names_an_action` draws nothing
    more: the fix is the same.
    """
    analysis = context.analysis
    policy = context.policy
    count = analysis.word_count
    if count < policy.min_words and not _blocked(what_is_said(context)):
        yield finding(
            "S-TOO-SHORT",
            message=f"The statement has {plural(count, 'word')}; a stranger could not act on it.",
            path="title",
        )
    if count > policy.max_words:
        yield finding(
            "S-TOO-LONG",
            message=f"The statement has {count} words (more than {policy.max_words}).",
            path="title",
        )


def one_goal_per_statement(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """S-COMPOUND: more than `max_actions` main actions join several goals in one.

    An action that is the means to another ("by attending") or its purpose
    ("to boost my resume") is not a main one.
    """
    actions = context.analysis.actions
    if len(actions) <= context.policy.max_actions:
        return  # the common case: too few actions to join goals, main or not
    main = list(
        dict.fromkeys(a.verb for a in actions if not a.means and not a.purpose)
    )  # "by attending" says how, "to boost my resume" why: neither is another goal
    if len(main) > context.policy.max_actions:
        yield finding(
            "S-COMPOUND",
            message=f"The statement joins {len(main)} goals ({', '.join(main)}).",
            path="title",
        )
