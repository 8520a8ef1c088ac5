"""The word lists the readers read with, and `Lexicon`, which compiles the tunable ones.

Two kinds of list live here:

- the **tunable** lists (`DEFAULT_ACTION_VERBS`, the vague-wording lists),
  each declared once, with its default, in `WordLists`: `SmartPolicy`
  inherits them (users extend them there), and `Lexicon` inherits them and
  compiles them into patterns once;
- the **grammar** of a goal statement (function words, determiners, the
  words that introduce an action or a means): fixed English, not policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

from goalkit._errors import ValidationError
from goalkit._text.tokens import both
from goalkit._text.verbs import inflections

__all__ = [
    "ACTION_TRIGGERS",
    "CHARACTER_NOUNS",
    "DEFAULT_ACTION_VERBS",
    "DEFAULT_BROAD_AREAS",
    "DEFAULT_LEXICON",
    "DEFAULT_VAGUE_ADJECTIVES",
    "DEFAULT_VAGUE_FILLERS",
    "DEFAULT_VAGUE_OBJECTS",
    "DEFAULT_VAGUE_PHRASES",
    "DEFAULT_VAGUE_TIMING",
    "DEFAULT_VAGUE_VERBS",
    "DETERMINERS",
    "LANGUAGES",
    "MEANS_WORDS",
    "PASSIVE_WORDS",
    "STOP_WORDS",
    "UNNAMED_OUTCOMES",
    "Lexicon",
    "WordLists",
    "word_set",
]

# ---------------------------------------------------------------- tunable lists

#: Verbs that name something a person does, in their base form. A goal
#: statement with none of them names a topic ("Networking"), not an action.
DEFAULT_ACTION_VERBS: Final = frozenset(
    """
    achieve acquire adopt aim analyse analyze apply arrange ask assess attain attend audit
    automate become begin blog book boost broaden build call certify chair close coach
    collect complete compose conduct contact contribute cook coordinate create cultivate cut
    cycle decrease deliver demo design develop document donate double draft earn edit
    eliminate enrol enroll enhance establish expand facilitate file finish fix foster gain
    gather get give graduate grow guide halve help hire hit hold host identify implement
    improve increase interview introduce invest join keep land launch lead learn lose lower
    maintain make manage map master measure meet mentor migrate move negotiate nurture
    obtain onboard open organise organize pass pay pitch plan post practice practise prepare
    present produce promote propose publish qualify raise reach read receive record recruit
    reduce refactor register release request research resolve respond review revise rewrite
    run save schedule score secure sell send set shadow share ship shorten sign solve speak
    spend start strengthen study submit support survey swim take teach test track train
    translate triple upload visit volunteer walk watch win write
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Verbs that, followed only by a vague object, make a statement vague
#: ("improve my skills", "gain new perspectives").
DEFAULT_VAGUE_VERBS: Final = frozenset(
    {
        *"""
        improve enhance develop build boost grow strengthen upgrade expand broaden advance gain
        increase sharpen polish hone learn acquire widen deepen better foster nurture cultivate
        maintain raise reduce decrease lower eliminate master maximize maximise optimize obtain
        optimise elevate enrich drive promote revamp transform overhaul reinvent modernize
        modernise revitalize revitalise normalize normalise stabilize stabilise restore
        streamline simplify
        """.split(),  # noqa: SIM905 - a word list reads best as prose
        "work on",
        "focus on",
        "invest in",
        "take on",
    }
)

#: Words that, said of the person or of what they will have, describe without saying
#: what will be done: "be successful", "get fit", "become a better leader", "a good college".
DEFAULT_VAGUE_ADJECTIVES: Final = frozenset(
    """
    better best good great healthy healthier fit fitter successful effective efficient
    productive strategic innovative proficient fluent familiar confident happy happier
    positive organized organised creative recognized recognised flawless perfect excellent
    outstanding stronger smarter high-performing world-class well-rounded valuable
    knowledgeable competent skilled comfortable balanced motivated independent responsible
    engaged inspiring impactful influential delightful unforgettable memorable seamless
    amazing awesome wonderful exceptional remarkable fantastic incredible superb fulfilling
    rewarding active toned lean
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Broad areas of life and work: improving one ("improve communication", "boost brand
#: awareness", "reduce stress") says what to improve, but not how or how much.
DEFAULT_BROAD_AREAS: Final = frozenset(
    """
    skills skill abilities ability communication communications engagement involvement
    awareness satisfaction performance productivity efficiency effectiveness stability
    quality comprehension understanding achievement achievements outcomes culture
    climate health wellbeing well-being wellness fitness stress confidence relationships
    relationship rapport network networks networking leadership management prioritization
    prioritisation marketing business brand reputation presence visibility mindfulness
    balance intelligence attitude habits lifestyle nutrition discipline instruction
    teaching learning success growth development knowledge expertise competence
    competencies capacity resilience motivation collaboration teamwork morale loyalty trust
    image profile career self-esteem creativity innovation process processes operations service
    experience demand responsibility responsibilities grades mindset potential reading
    writing math maths spelling vocabulary grammar pronunciation handwriting fluency posture
    sleep diet anxiety worry worries rhythm connections proficiency strength flexibility
    endurance stamina mobility control insight insights diversity inclusion equity patience
    energy behavior behaviour english spanish french german italian portuguese japanese chinese
    mandarin korean
    arabic russian
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Languages by name. Learning one is an action a stranger could take ("Learn English",
#: "Become fluent in Spanish"); improving one is still a broad area ("Improve my German").
#: "a new language", with none named, stays vague.
LANGUAGES: Final = frozenset(
    """
    english spanish french german italian portuguese japanese chinese mandarin cantonese
    korean arabic russian hindi urdu bengali dutch swedish norwegian danish finnish
    greek latin hebrew turkish polish czech ukrainian vietnamese thai indonesian tagalog
    swahili persian farsi irish welsh catalan esperanto asl
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Words that may stand between a vague verb and a vague object without
#: making it concrete ("improve *my overall* skills").
DEFAULT_VAGUE_FILLERS: Final = frozenset(
    """
    my our your his her their the a an some new more better overall general professional
    personal own various different key core soft certain
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Objects too general to act on ("skills", "my career", "myself").
DEFAULT_VAGUE_OBJECTS: Final = frozenset(
    {
        *"""
        skills skill abilities ability knowledge career performance myself self experience
        perspectives perspective insights competencies competence capabilities proficiency
        potential game profile understanding expertise mindset insight
        """.split(),  # noqa: SIM905 - a word list reads best as prose
        "skill set",
        "skillset",
        "responsibility",
        "responsibilities",
    }
)

#: Phrases that are vague wherever they appear.
DEFAULT_VAGUE_PHRASES: Final = (
    "get better",
    "be better",
    "become better",
    "do better",
    "be more",
    "become more",
    "feel more",
    "be less",
    "become less",
    "feel less",
    "be the best",
    "become the best",
    "be the preferred",
    "become the preferred",
    "be the go-to",
    "become the go-to",
    "like a native",
    "like a pro",
    "be aware",
    "become aware",
    "understand",
    "understands",
    "understood",
    "understanding",
    "know",
    "appreciate",
    "comprehend",
    "grasp",
    "internalize",
    "internalise",
    "tone up",
    "slim down",
    "effectively",
    "efficiently",
    "productively",
    "strategically",
    "creatively",
    "proactively",
    "confidently",
    "attentively",
    "do my best",
    "try my best",
    "try harder",
    "work harder",
    "work on my career",
    "work on myself",
    "improve myself",
    "better myself",
    "grow as a person",
    "grow professionally",
    "grow personally",
    "as much as possible",
    "a high level of",
    "a higher level of",
    "in general",
    "and so on",
    "etc",
    "level up",
    "move forward",
    "moving forward",
    "up my game",
    "step up",
    "make progress",
    "know more",
    "do well",
    "do good",
    "feel better",
    "feel good",
    "shape up",
    "get in shape",
    "back in shape",
    "into shape",
    "in better shape",
    "branch out",
    "branching out",
    "figure out what",
    "figure out how",
    "figure out why",
    "figure out where",
    "figuring out what",
    "figuring out how",
    "relax more",
    "finish strong",
    "finishing strong",
    # Attitudes with nothing named to do: "Take Chances", "say yes more".
    "take chances",
    "taking chances",
    "take risks",
    "taking risks",
    "more risks",
    "greater risks",
    "say yes",
    "saying yes",
    "worry less",
    "worrying less",
    "stress less",
    "team player",
    "make money",
    "help",
    "helping",
    "motivate",
    "motivating",
    "delight",
    "inspire",
    "empower",
    "succeed",
    "be successful",
    "work towards",
    "work toward",
    "experiment with",
    "be prepared",
    "doing better",
    "did better",
    "does better",
    "doing well",
    "play well",
    "plays well",
    "playing well",
    "perfectly",
    "take better care",
    "take care of myself",
    "look after myself",
    "comfort zone",
    "give back",
    "work smarter",
    "look after yourself",
    "make the most of",
    "perform better",
    "performing better",
    "perform well",
    "performing well",
    "do my job well",
    "do a good job",
    "do a great job",
    # Keeping up in general, an attitude: on top of what, by when, is not said ("Stay on
    # top of my classes" names no work to be done).
    "stay on top of",
    "staying on top of",
    "keep on top of",
    "keeping on top of",
)

#: Phrases that speak of time without setting a deadline.
DEFAULT_VAGUE_TIMING: Final = (
    "soon",
    "someday",
    "some day",
    "one day",
    "eventually",
    "at some point",
    "in the future",
    "in the near future",
    "as soon as possible",
    "asap",
    "over time",
    "in a few days",
    "in a few weeks",
    "in a few months",
    "in a few years",
    "in the coming days",
    "in the coming weeks",
    "in the coming months",
    "in the coming years",
)

# Irregular forms: past tense or participle -> base, and base -> participle.
# -------------------------------------------------------------------- grammar

#: Function words: a noun phrase or an action's object ends at one of them.
STOP_WORDS: Final = frozenset(
    """
    in within by over during before after until till for to at on from with without through
    across per each every so that which who and or but while as than into onto about via
    this these those is are was be been will would should can could may might must do does
    did not no nor if then when where whilst since around under above between among against
    a an the my our your his her their its i we you they he she it me us them also just
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Words that introduce a noun: they belong to an object, but never end one.
DETERMINERS: Final = frozenset(
    {"a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
     "these", "those"}
)  # fmt: skip

#: Words after which a verb in its base form starts an action ("I will *give*", "; *give*").
ACTION_TRIGGERS: Final = frozenset(
    """
    to will shall may might i we you they must should can could would 'll then also and or always
    regularly actively successfully consistently personally finally first please i'll we'll
    i’ll we’ll you'll you’ll they'll they’ll i'd i’d we'd we’d not never don't don’t won't
    won’t can't can’t let's let’s just gonna wanna gotta
    """.split()  # noqa: SIM905 - a word list reads best as prose
) | frozenset(",;:(-–—•*")

#: Words after which a verb's past participle is passive ("sales will *be increased*").
PASSIVE_WORDS: Final = frozenset(
    "be been being is are was were am get got gets".split()  # noqa: SIM905 - a word list
)

_UNNAMED_NOUNS: Final = ("job", "promotion", "raise", "certification", "certificate", "business",
                         "career", "internship", "position", "role", "scholarship", "award",
                         "prize", "degree", "diploma", "qualification", "contract",
                         "fellowship", "apprenticeship", "residency")  # fmt: skip
# A field that is any one, not named: "a job in *my field*", "in *the desired* industry" ("in
# the hospitality industry" names it).
_ANY_FIELD: Final = (
    r"(?:my|your|our|their|the|a)\s+(?:(?:desired|chosen|own|current|new|same|right|preferred|"
    r"dream|related|relevant|specific|particular|certain|different|other)\s+)?"
    r"(?:field|area|industry)\b"
)
# What one does in it names a job: "a job *managing* the front desk", "a role *teaching* ESL"
# (what it pays does not: "a job *making* more money").
_DOING_WHAT: Final = (
    r"\s+(?!(?:something|anything|everything|nothing|during|including|according|regarding|"
    r"starting|beginning|ending|paying|making|earning)\b)[a-z]{2,}ing\s+(?:the\s+|a\s+|an\s+)?[a-z]"
)
#: Outcomes named only by their kind: "get a job", "a promotion", "start your own business".
UNNAMED_OUTCOMES: Final = (
    r"(?:get|getting|find|finding|land|landing|secure|securing|obtain|obtaining|earn|start|"
    r"attain|gain|seek|reach|own|run|have|win|winning|receive|receiving)\s+"
    r"(?:(?:a|an|one|your\s+own|my\s+own|our\s+own|their\s+own|extra|another|additional)\s+)?"
    r"(?:(?:new|particular|specific|certain|different|permanent|full-time|part-time|paid|"
    r"summer|leadership|remote|[\w]+-(?:speaking|based))\s+){0,2}"  # "an English-speaking job"
    rf"(?:{'|'.join(_UNNAMED_NOUNS)})"
    # ... unless what follows names it: "a job *as a nurse*", "a position *at* St Mary's",
    # "an award *from* the Royal Society", "a scholarship *to the* University of Leeds".
    r"(?!\s+(?:as|at|with|from|to\s+the)\s|(?<=promotion)\s+to\s|"
    rf"\s+in\s+(?!\d|next\b|the\s+next\b|this\b|a\s+(?:few|couple)\b|{_ANY_FIELD})"
    rf"|{_DOING_WHAT})"
    r"|(?:do|learn)\s+more(?=\s*(?:$|[.!?,;:]|\s+(?:and|or|for|of|to|in|at|with|than|about|this|next|"
    r"every|each|outside)\b))"  # "do more" of nothing named; "do more public speaking" is named
    r"|(?:learn|learns|learning|learned|master|masters|mastering|mastered)\s+an?\s+new\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:$|[.!?,;:]|\s+(?:and|or|for|to|in|at|this|next|by)\b))"
    # A kind of thing learnt, none named: "learn another language", "learn an instrument".
    r"|(?:learn|learns|learning|learned|study|studying|pick\s+up|picking\s+up)\s+"
    r"(?:to\s+(?:play|speak)\s+)?(?:an?\s+(?:(?:foreign|second|third|different|other|new)\s+)?|another\s+|one\s+more\s+)"
    r"(?:language|instrument|sport|skill|trade|craft|hobby)"
    r"(?=\s*(?:$|[.!?,;:]|\s+(?:and|or|for|to|this|next|by|so|because)\b))"
    r"|(?:get|getting|be|being)\s+promoted(?!\s+(?:to|as|into)\s)"  # to what, not said
    # Where or by whom, not said: "get published" (in what?), "get hired" (where?).
    r"|(?:get|getting|gets|got)\s+(?:published|hired|noticed|recognized|recognised|discovered)"
    r"(?!\s+(?:in|at|as|on|into|for|with|to|by\s+(?:a|an)\b)\s)"
    # One thing of a kind got through, none named: "Get a project funded" ("Get my thesis
    # approved" names it).
    r"|(?:get|getting|gets|got)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:funded|approved|accepted|greenlit|sponsored)"
    r"(?![\w-]|\s+(?:in|at|as|on|into|for|with|to|by\s+(?:a|an|the)\b)\s)"
)
# A job called better, or better paid, but not named: "get a higher paying job", "a better
# paid position". (Apart from UNNAMED_OUTCOMES, which Measurable reads as done or not: a job
# of a kind, "an English-speaking job", is got or not; a "better" one is no such event.)
_JOB_OF_A_KIND: Final = (
    r"(?:get|getting|find|finding|land|landing|secure|securing|obtain|obtaining|seek|have)\s+"
    r"(?:a|an|one|another)\s+(?:(?:better|higher|high|well|good|great|decent|stable|steady|"
    r"paying|paid|new|[\w]+-(?:paying|paid))\s+){1,2}"
    r"(?:job|position|career|internship)"
    r"(?!\s+(?:as|at|with)\s|\s+in\s+(?!\d|next\b|the\s+next\b|this\b|a\s+(?:few|couple)\b|"
    rf"{_ANY_FIELD})|{_DOING_WHAT})"
)
# Some of a thing got done: "get some writing done", "Get things done" (how much is "some"
# is no event Measurable could see done, so this is apart from UNNAMED_OUTCOMES).
_GOT_DONE: Final = (
    r"(?:get|getting|gets|got)\s+(?:some|something|things|stuff|more)\s+"
    r"(?:[a-z][\w-]*\s+)?(?:done|finished|accomplished)(?![\w-])"
)
#: Nouns that say what kind of person someone is, not a role they hold: "become a
#: marketing *leader*", "be a *reader*" (a "team leader" is a role).
CHARACTER_NOUNS: Final = frozenset(
    """
    leader leaders reader learner thinker expert player person communicator listener
    achiever performer contributor influencer asset visionary innovator go-getter
    self-starter role-model
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_CHARACTER: Final = (
    r"(?:be|become|becoming|became|being)\s+(?:a|an)\s+"
    r"(?:(?!team\s|project\s|shift\s|squad\s|group\s)[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(CHARACTER_NOUNS))}|role\s+model)"
)
# A thing made or kept better (or successful, happy ...) with no standard ("make the
# classroom better", "keep the client happy"); progress or growth of no stated amount
# ("make some notable progress on ...", "show greater than normal growth"), unless what
# shows it is named ("show growth *on the OAKS test*").
_RESULTS: Final = (
    r"(?:make|makes|making|made|keep|keeps|keeping|kept)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:better|the\s+best|successful|happy|happier|great|excellent|effective|productive|"
    r"confident|comfortable|engaged|satisfied|motivated|healthy|reliable|proud)"
    r"(?=\s*(?:$|[.!?,;:]|\s+(?:in|at|for|with|and|or|this|next|on|within|during|every|"
    r"enough)\b))"
    # Kept up, to no level: "keep your grades up", "keep that average up there".
    r"|(?:keep|keeps|keeping|kept)\s+(?:[\w'’-]+\s+){1,3}?up"
    r"(?=\s*(?:$|[.!?,;:]|\s+(?:there|this|next|in|at|for|through|during|all)\b))"
    r"|(?:make|makes|making|made)\s+(?:(?:some|more|real|good|great|notable|significant|"
    r"steady|further|meaningful|major|measurable|adequate|sufficient|expected|continued|"
    r"consistent|positive|academic)\s+){1,2}progress"
    r"|(?:show|shows|showing|showed|demonstrate|demonstrates|demonstrating)\s+"
    r"(?:(?:some|more|real|good|great|greater|than|normal|expected|typical|notable|"
    r"significant|steady|measurable|adequate|sufficient|continued|consistent|positive|"
    r"academic|overall)\s+){0,4}(?:progress|growth|improvement|gains)(?!\s+(?:on|in\s+(?:their|"
    r"his|her|the)\s+\w+\s+(?:test|exam|score|scores)|toward|towards)\b)"
)
# Having more or less of a state, or a better one, says how things will be, not what will be
# done: "have less anxiety", "have better control around food" ("fewer than 10 absences"
# and "have more conversations" count or name something, so neither is here).
_HAVING: Final = (
    r"(?:have|has|having|had)\s+(?:(?:a|an)\s+)?(?:(?:much|far|a\s+lot)\s+)?"
    r"(?:better|less|greater|healthier|stronger|improved|increased|decreased|reduced)\s+"
    r"(?!than\b)[a-z][\w-]*"
)
# A change of everything at once, with nothing saying into what: "completely transform the
# company", "overhaul our processes" (what it becomes is the goal, and it is not said).
_WHOLESALE_VERBS: Final = ("transform", "overhaul", "revamp", "reinvent", "revolutionize",
                           "revolutionise")  # fmt: skip
_WHOLESALE: Final = (
    rf"(?:{'|'.join(form for verb in _WHOLESALE_VERBS for form in inflections(verb))})\s+"
    r"(?:the|my|our|your|their|its|this|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?=\s*(?:$|[.!?,;:]|\s+(?:in|within|by|this|next|over|during|before|for)\b))"
)
# Work called good with no standard: "Deliver quality work", "provide excellent service".
_QUALITY_OF_WORK: Final = (
    r"(?:high[- ])?quality\s+(?:work|service|results|products|output|content|care)"
)
#: Verbs that, before an adjective, describe the person ("be successful", "get fit").
COPULAS: Final = (
    "be", "become", "becoming", "became", "get", "getting", "feel", "stay", "remain",
    "look", "grow", "being",
)  # fmt: skip
# Evaluative words that make a thing vague wherever they describe it ("a better job").
_QUALITY_WORDS: Final = frozenset(
    """
    better best good great flawless perfect excellent outstanding high-performing world-class
    successful effective recognized recognised innovative
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

# Praise for what something will be like: "a *delightful* experience", "an *unforgettable*
# place to work". On an experience, a place or a life it is the whole goal and says nothing
# checkable; on a thing made ("an amazing keynote") the thing is named.
_PRAISE: Final = (
    "delightful", "unforgettable", "memorable", "seamless", "amazing", "awesome", "wonderful",
    "exceptional", "remarkable", "fantastic", "incredible", "superb", "fulfilling", "rewarding",
    "enjoyable",
)  # fmt: skip
_PRAISED: Final = (
    rf"(?:a|an|the)\s+(?:(?:more|truly|really|very|most)\s+)?(?:{'|'.join(_PRAISE)})\s+"
    r"(?:[\w-]+\s+)?(?:experience|experiences|impression|place|environment|atmosphere|"
    r"journey|life|culture|workplace|time)(?![\w-])"
    # Having a praised thing is a wish for how it goes: "Have an awesome recruitment".
    rf"|(?:have|has|having)\s+(?:a|an)\s+(?:(?:really|truly|very)\s+)?(?:{'|'.join(_PRAISE)})"
    r"\s+[a-z][\w-]*"
    # Enjoying a stretch of time names nothing to do: "Enjoy my final semester".
    r"|(?:enjoy|enjoys|enjoying)\s+(?:(?:my|our|the|this|every|each|your|their)\s+)?"
    r"(?:(?:final|last|first|next|senior|new|remaining|whole)\s+)?"
    r"(?:semester|year|term|life|time|summer|journey|process|moment|moments|retirement|"
    r"weekend|weekends|holidays|break|season|ride|work|job|career)(?![\w-])"
)

# Words one of which a statement must hold for _RESULTS, _HAVING and _QUALITY_OF_WORK.
_DESCRIBED_GATE: Final = frozenset(
    """
    progress growth improvement gains less greater improved increased decreased reduced
    quality high-quality satisfied motivated healthy happy reliable positive proud life
    lifestyle more keep keeps keeping kept
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Words before an action that make it the means to another ("by *attending*").
MEANS_WORDS: Final = frozenset(
    {"by", "through", "via", "while", "when", "after", "before", "from", "for", "of", "in"}
)

# -------------------------------------------------------------------- Lexicon


def _phrase_pattern(phrases: Iterable[str]) -> str:
    # Longest first, so "in the near future" wins over "in the future".
    parts = sorted(
        {" ".join(p.lower().split()) for p in phrases if p.strip()}, key=len, reverse=True
    )
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def _phrase_trie(phrases: Iterable[str]) -> str:
    """The alternation `_phrase_pattern` builds, factored by shared beginnings.

    "improve|improved|improving" becomes "improv(?:ed?|ing)": a statement
    is tried against one branch per letter instead of every phrase in turn,
    which makes the vague-wording pattern several times faster. It finds the
    same: two phrases can match at one position only when one begins the
    other, and the longer is tried first, as in `_phrase_pattern`.

    Examples:
        >>> _phrase_trie(["get ahead", "get better", "get"])
        '(?:get(?:\\\\s+(?:ahead|better))?)'
    """
    trie: dict[str, dict[str, Any]] = {}
    for phrase in {" ".join(p.lower().split()) for p in phrases if p.strip()}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return f"(?:{_trie_branches(trie)})" if trie else ""


def _trie_branches(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_branches(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return joined
    # A phrase ends here and longer ones go on: the longer are tried first.
    return f"(?:{joined})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{joined}?"


# Words too common to gate a vague phrase on: particles, and "of" (not a stop word).
_NOT_GATES: Final = frozenset({"up", "down", "out", "off", "of"})


def _gate_word(phrase: str) -> str:
    # The word a statement must hold for *phrase* to be in it: the last that is neither a
    # function word nor a particle ("myself" of "improve myself", "level" of "level up"):
    # the first words of vague phrases ("improve", "get") are in many statements, and so is
    # "of" ("top" of "stay on top of": "of" opened the pattern on a quarter of statements).
    words = phrase.split()
    content = [w for w in words if w not in STOP_WORDS and w not in _NOT_GATES]
    return content[-1] if content else max(words, key=len)


def word_set(items: Iterable[str]) -> frozenset[str]:
    """A word list as the readers compare it: lower-cased, white space folded, blanks dropped.

    Raises:
        ValidationError: *items* is one string, not a collection of words
            (users give word lists to `SmartPolicy`, which the message names).

    Examples:
        >>> sorted(word_set(["Work  On", "give", " "]))
        ['give', 'work on']
    """
    if isinstance(items, str):
        raise ValidationError("SmartPolicy", "word list", "a collection of words, not one string")
    return frozenset(" ".join(item.lower().split()) for item in items if item.strip())


@attrs.frozen(kw_only=True)
class WordLists:
    """The tunable word lists, each with its default: stated once, for two owners.

    `SmartPolicy` inherits them, so users tune them by keyword;
    `Lexicon` inherits them and compiles them into patterns. A list added
    here is a policy field and a lexicon input at once.

    Examples:
        >>> lists = WordLists(action_verbs={"Mentor", "give"})
        >>> sorted(lists.action_verbs), lists.vague_timing == frozenset(DEFAULT_VAGUE_TIMING)
        (['give', 'mentor'], True)
    """

    action_verbs: frozenset[str] = attrs.field(default=DEFAULT_ACTION_VERBS, converter=word_set)
    vague_verbs: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_VERBS, converter=word_set)
    vague_fillers: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_FILLERS, converter=word_set)
    vague_objects: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_OBJECTS, converter=word_set)
    vague_phrases: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_PHRASES), converter=word_set
    )
    vague_timing: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_TIMING), converter=word_set
    )
    vague_adjectives: frozenset[str] = attrs.field(
        default=DEFAULT_VAGUE_ADJECTIVES, converter=word_set
    )
    broad_areas: frozenset[str] = attrs.field(default=DEFAULT_BROAD_AREAS, converter=word_set)


# The hash is cached: every statement read looks the lexicon up in the reader's cache.
@attrs.frozen(kw_only=True, cache_hash=True)
class Lexicon(WordLists):
    """The word lists text analysis reads with, compiled once.

    `SmartPolicy` builds one from its own lists (both are `WordLists`); you
    rarely build one by hand. Every list is lower-cased and
    whitespace-normalised.

    Examples:
        >>> lexicon = Lexicon(action_verbs=DEFAULT_ACTION_VERBS | {"mentor"})
        >>> "mentor" in lexicon.action_verbs
        True
    """

    #: The vague-wording pattern pair (see `tokens.both`), or None when there is nothing to find.
    vague_patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )
    #: The vague-timing pattern pair, or None.
    timing_patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )
    #: The pattern pair for wording that describes instead of saying what will be done
    #: ("be successful", "a better job", "get a job"), run only when a statement holds
    #: one of `described_words`.
    described_patterns: tuple[re.Pattern[str], re.Pattern[str]] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    described_words: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    #: The longest word of each vague-timing phrase: a statement with none has no vague timing.
    timing_words: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    #: The first words of the vague verbs of several words ("work" of "work on").
    vague_verb_heads: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    #: The longest word of each vague phrase, and the vague objects' last words: a statement
    #: with none of them has no vague wording but what `described_patterns` finds.
    vague_words: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    #: The vague phrases of one word ("help", "understand"), found by word.
    vague_single: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    #: The vague phrases of function words only ("and so on"), found as they are.
    vague_common: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        alternatives = []
        if self.vague_verbs and self.vague_objects:
            verbs = _phrase_trie(form for verb in self.vague_verbs for form in inflections(verb))
            fillers = _phrase_trie(self.vague_fillers) or "(?!)"
            objects = _phrase_trie(self.vague_objects)
            alternatives.append(rf"(?:{verbs})\s+(?:(?:{fillers})\s+){{0,3}}(?:{objects})")
        # One-word phrases ("help", "understand") are looked up by word, not matched by the
        # pattern: a longer alternation costs every statement that runs it.
        single = frozenset(p for p in self.vague_phrases if " " not in p and "-" not in p)
        # Phrases of function words only ("and so on") have no word rare enough to gate
        # the pattern on: they are looked up as they are.
        common = frozenset(p for p in self.vague_phrases - single if set(p.split()) <= STOP_WORDS)
        phrases = self.vague_phrases - single - common
        if phrases:
            alternatives.append(_phrase_trie(phrases))
        described = [UNNAMED_OUTCOMES, _JOB_OF_A_KIND, _GOT_DONE]
        gate = set(_UNNAMED_NOUNS) | CHARACTER_NOUNS | {"model", "promoted", "more", "new"}
        gate |= {"published", "hired", "noticed", "recognized", "recognised", "discovered"}
        gate |= {"funded", "approved", "accepted", "greenlit", "sponsored"}
        gate |= {"done", "finished", "accomplished"}
        gate |= {"language", "instrument", "sport", "skill", "trade", "craft", "hobby"}
        if self.vague_adjectives:
            adjectives = _phrase_pattern(self.vague_adjectives).replace("\\-", "[- ]")
            described.append(
                rf"(?:{'|'.join(COPULAS)})\s+(?:(?:a|an|the)\s+)?"
                rf"(?:(?:more|most|less|really|very|much|so|way|far|even|a\s+lot|a\s+bit|"
                rf"a\s+little|fully|completely|totally)\s+)?(?:{adjectives})"
            )
            gate |= {part for word in self.vague_adjectives for part in word.split("-")}
            gate |= self.vague_adjectives
            quality = _phrase_pattern(self.vague_adjectives & _QUALITY_WORDS)
            if quality:
                quality = quality.replace("\\-", "[- ]")
                described.append(rf"(?:a|an)\s+(?:more\s+)?(?:{quality})[\s,]+[a-z]+")
                described.append(
                    rf"(?:{quality})\s+(?:[a-z]+\s+)?(?:grades|jobs|products|results|work|service|care)"
                    r"(?![\w-])"
                )
        described += [_RESULTS, _HAVING, _QUALITY_OF_WORK, _WHOLESALE, _PRAISED]
        gate |= set(_PRAISE) | {"enjoy", "enjoys", "enjoying"}
        if self.vague_adjectives:
            # A life called better: "Live a healthier life", "lead a more balanced lifestyle".
            described.append(
                r"(?:live|lives|living|lead|leads|leading)\s+(?:a|an)\s+(?:more\s+)?"
                rf"(?:{adjectives}|happier|balanced)\s+(?:life|lifestyle)"
            )
        if self.broad_areas:
            # A broad area called better with nothing more: "use better grammar", "We want
            # better teamwork" ("good sleep *hygiene*" names which habit, so it is not here).
            areas = _phrase_pattern(self.broad_areas).replace("\\-", "[- ]")
            described.append(
                rf"(?:(?:have|has|having|gain|gains|gaining)\s+more|better|improved|stronger|"
                rf"healthy|healthier|greater|good|positive)\s+(?:{areas})"
                r"(?=\s*(?:$|[.!?,;:)]|\s+(?:and|or|in|at|for|with|this|next|by|on|to|so)\b))"
            )
        gate |= {form for verb in _WHOLESALE_VERBS for form in inflections(verb)}
        gate |= _DESCRIBED_GATE
        described.append(_CHARACTER)  # last: "become a better leader" reads as "a better"
        object.__setattr__(
            self, "described_patterns", both(rf"(?<![\w-])(?:{'|'.join(described)})(?![\w-])")
        )
        object.__setattr__(self, "described_words", frozenset(gate))
        vague = both(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])") if alternatives else None
        timing = (
            both(rf"(?<![\w-])(?:{_phrase_trie(self.vague_timing)})(?![\w-])")
            if self.vague_timing
            else None
        )
        object.__setattr__(
            self,
            "vague_verb_heads",
            frozenset(verb.split()[0] for verb in self.vague_verbs if " " in verb),
        )
        object.__setattr__(
            self,
            "vague_words",
            frozenset(_gate_word(phrase) for phrase in phrases)
            | frozenset(item.split()[-1] for item in self.vague_objects),
        )
        object.__setattr__(self, "vague_single", single)
        object.__setattr__(self, "vague_common", common)
        object.__setattr__(
            self,
            "timing_words",
            frozenset(max(phrase.split(), key=len) for phrase in self.vague_timing),
        )
        object.__setattr__(self, "vague_patterns", vague)
        object.__setattr__(self, "timing_patterns", timing)


#: The lexicon `SmartPolicy()` uses.
DEFAULT_LEXICON: Final = Lexicon()
