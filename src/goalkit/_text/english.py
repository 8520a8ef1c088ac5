"""English word knowledge: which words can be verbs, and their base forms.

The action reader (`wording`) finds verbs by where they stand ("I will
*jog*", "*Meditate* once a week") and asks this module what a word can
be. Two sources answer:

- `lemminflect`, when installed (the optional `english` extra: `pip
  install goalkit-mentoring[english]`): a well-kept lexicon of English word
  forms, derived from the NIH SPECIALIST Lexicon, shipped in its wheel;
- otherwise goalkit's own lists: a few hundred everyday verbs, the words
  that are never verbs, and the endings of nouns and adjectives.

Either way a word neither source knows ("homecook", "upskill") is
`UNKNOWN`, and the reader decides from its position. `use_lemminflect`
switches the source (for comparing the two); lookups are cached.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import Final

from goalkit._text.verbs import IRREGULAR_PAST, lemma

__all__ = [
    "COMMON_VERBS",
    "NEVER_VERBS",
    "WordKind",
    "comparative",
    "describes",
    "describes_only",
    "source",
    "use_lemminflect",
    "verb_base",
    "word_kind",
]


class WordKind(enum.Enum):
    """What a word can be, as far as the reader needs to know.

    Examples:
        >>> word_kind("meditate"), word_kind("the")
        (<WordKind.VERB: 'verb'>, <WordKind.NOT_VERB: 'not_verb'>)
    """

    VERB = "verb"  # a verb, and not commonly a noun ("improve", "meditate")
    BOTH = "both"  # a verb and a noun ("walk", "plan", "exercise")
    NOT_VERB = "not_verb"  # known, never a verb ("dinner", "the", "weekly")
    UNKNOWN = "unknown"  # neither source knows it ("homecook")


#: Everyday verbs, in their base form: what goalkit knows without lemminflect.
#: Verbs that are as often nouns are in `_ALSO_NOUNS` too.
COMMON_VERBS: Final = frozenset(
    """
    accept accomplish achieve acquire act adapt add address adjust adopt advance advocate
    agree aim allow alter analyse analyze answer apply appreciate approach approve arrange
    ask assemble assess assign assist attain attend audit automate avoid bake balance be
    become begin believe bike blog boost borrow bring broaden brush budget build burn buy
    calculate call cancel care carry catch celebrate certify chair challenge change chat
    check choose clarify clean clear close coach code collaborate collect come commit
    communicate compare compete complete compose compute concentrate conduct confirm
    connect consider consult consume contact continue contribute control convert cook
    coordinate copy correct count create cultivate cut cycle dance deal decide declutter
    decrease dedicate define delegate delete deliver demo demonstrate deploy describe
    design determine develop devote dine discover discuss do document donate double draft
    draw dress drink drive drop earn eat edit educate eliminate email embrace employ
    empower enable encourage end engage enhance enjoy enrol enroll ensure enter establish
    evaluate examine exceed exercise expand experiment explain explore express facilitate
    fast feel fill finalize finalise find finish fix floss focus follow forgive form
    foster found frame gain garden gather get give go graduate greet grow guide halve
    hand handle have help hike hire hit hold host hydrate identify implement improve
    include increase inform initiate install interact interview introduce invest invite
    jog join journal jump keep kick knit know label land launch lead learn leave lend
    lessen let lift limit list listen live locate log look lose lower maintain make
    manage map market master measure meditate meet memorize memorise mentor migrate
    minimize minimise monitor motivate move name navigate negotiate network nurture
    obtain offer onboard open operate optimize optimise order organise organize outline
    paint participate pass pay perform pick pitch plan plant play polish post practice
    practise pray prepare present prevent prioritize prioritise produce program progress
    promote proofread propose protect prove provide publish purchase pursue push qualify
    quit race raise reach read receive recognize recognise recommend reconnect record
    recruit recycle reduce refactor refine reflect register rehearse reinforce relax
    release remember remove renew repair replace report request research reserve resolve
    respond rest restrict resume retain retire return review revise rewrite ride row run save
    schedule score search secure select sell send serve set shadow share ship shop
    shorten show sign sing sit skate ski skip sleep slow smile socialize socialise solve
    speak spend sprint stand start stay step stop streamline strengthen stretch study
    submit subscribe subtract succeed suggest summarize summarise supervise support survey swim
    switch take talk target teach tell test text thank think track train transform
    translate travel treat triple try tutor type understand update upgrade upload use
    validate verify visit volunteer wake walk want watch wear weigh welcome win work
    workout worry write
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Verbs as common as nouns: at the start of a statement, before another noun, they
#: may name a topic ("Walk schedule") rather than an action.
_ALSO_NOUNS: Final = frozenset(
    """
    aim answer balance bike blog budget call care challenge change chat check cook copy
    count cut cycle dance deal demo design double drink drive drop email end exercise
    experiment fast fix focus form frame garden guide hand help hike hit hold host jog
    journal jump kick label land lead list log look map market master measure mentor
    move name network offer order outline paint pass pitch plan plant play post practice
    present produce program progress promote race reach record register release
    report request research rest resume return review ride row run save schedule score search
    set shadow share ship shop show sign sit skate ski skip sleep smile sprint stand
    start stay step stop stretch study support survey switch target test text thank
    track train travel treat try tutor type update upgrade use visit walk watch weigh
    work workout worry
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Words that are never verbs: function words, time words, and the adjectives and
#: adverbs goal statements use most ("more", "daily", "new").
NEVER_VERBS: Final = frozenset(
    """
    a an the my our your his her their its this that these those some any all both each
    every no not none i we you they he she it me us them him myself yourself ourselves
    themselves itself one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred thousand dozen half first second third last next
    in within by over during before after until till for to at on from with without
    through across per so which who whom whose what when where why how and or but nor
    if then than as while whilst since around under above between among against into
    onto about via upon also just only even still again already always never often
    usually sometimes really very quite more most less least much many few several
    other another such same own new old good better best bad worse worst great big small
    little high low long short full whole daily weekly monthly yearly annually nightly
    today tomorrow tonight yesterday now soon later once twice thrice ever here there
    will would shall should can could may might must is are was were am been being
    has had does did done least upcoming current overall total extra able don't don’t
    won't won’t can't can’t didn't didn’t i'm i’m i'll i’ll we'll we’ll let's let’s
    gonna wanna gotta
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

# Endings of nouns and adjectives: a word the lists do not know, ending so, is no verb.
_NOUN_ENDINGS: Final = (
    "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism", "ist", "ful",
    "ous", "ive", "able", "ible", "ical", "less", "hood", "dom", "ics", "ry", "ly",
)  # fmt: skip
# Endings of verbs: a word ending so is a verb, known or not ("prioritize", "notify").
_VERB_ENDINGS: Final = ("ize", "ise", "ify", "ate")


@functools.lru_cache(maxsize=1)
def _lemminflect() -> Callable[..., dict[str, tuple[str, ...]]] | None:
    # Imported once, on first need: it loads its tables (about 0.2 s).
    if not _ENABLED[0]:
        return None
    try:
        from lemminflect import getAllLemmas
    except ImportError:
        return None
    return getAllLemmas  # type: ignore[no-any-return]


# Whether lemminflect may be used when installed (`use_lemminflect` flips it).
_ENABLED: list[bool] = [True]


def use_lemminflect(enabled: bool) -> bool:
    """Read with lemminflect when installed (*enabled*), or with goalkit's own lists.

    Returns whether lemminflect is now in use. For comparing the two
    sources; goalkit uses lemminflect whenever it is installed.

    Examples:
        >>> was = source()
        >>> use_lemminflect(False)
        False
        >>> source()
        "goalkit's own word lists"
        >>> _ = use_lemminflect(True)
    """
    _ENABLED[0] = enabled
    _lemminflect.cache_clear()
    word_kind.cache_clear()
    verb_base.cache_clear()
    describes.cache_clear()
    describes_only.cache_clear()
    comparative.cache_clear()
    return _lemminflect() is not None


def source() -> str:
    """Where the reader's English comes from: lemminflect and its version, or goalkit's lists.

    Examples:
        >>> source() in ("goalkit's own word lists",) or source().startswith("lemminflect")
        True
    """
    if _lemminflect() is None:
        return "goalkit's own word lists"
    from importlib.metadata import version

    return f"lemminflect {version('lemminflect')}"


def _is_verb_shaped(word: str) -> bool:
    return word.endswith(_VERB_ENDINGS) and len(word) > 5


@functools.lru_cache(maxsize=8192)
def word_kind(word: str) -> WordKind:
    """What a lower-cased word can be: a verb, a verb and a noun, never a verb, or unknown.

    Examples:
        >>> word_kind("meditate"), word_kind("walk"), word_kind("weekly")
        (<WordKind.VERB: 'verb'>, <WordKind.BOTH: 'both'>, <WordKind.NOT_VERB: 'not_verb'>)
        >>> word_kind("homecook")
        <WordKind.UNKNOWN: 'unknown'>
    """
    if word in NEVER_VERBS or not word[:1].isalpha():
        return WordKind.NOT_VERB
    lemmas = _lemminflect()
    if lemmas is not None:
        found = lemmas(word)
        if found:
            if "VERB" not in found:
                return WordKind.NOT_VERB
            return WordKind.BOTH if "NOUN" in found or "ADJ" in found else WordKind.VERB
    elif word in COMMON_VERBS:
        return WordKind.BOTH if word in _ALSO_NOUNS else WordKind.VERB
    if _is_verb_shaped(word):
        return WordKind.VERB
    if word.endswith(_NOUN_ENDINGS) or "-" in word:
        return WordKind.NOT_VERB
    return WordKind.UNKNOWN


@functools.lru_cache(maxsize=8192)
def verb_base(word: str) -> str | None:
    """The base form of *word* when it is a form of a known verb ("meditating" -> "meditate").

    None when neither source knows a verb it could be a form of.

    Examples:
        >>> verb_base("meditating"), verb_base("jogged"), verb_base("wrote")
        ('meditate', 'jog', 'write')
        >>> verb_base("dinner") is None
        True
    """
    if word in NEVER_VERBS:
        return None
    lemmas = _lemminflect()
    if lemmas is not None:
        found = lemmas(word, upos="VERB").get("VERB")
        if found:
            return found[0]
        if word in IRREGULAR_PAST:
            return IRREGULAR_PAST[word]
        return None
    base = lemma(word, COMMON_VERBS)
    if base is not None:
        return base
    if _is_verb_shaped(word):
        return word
    return None


# Words that follow "be" without describing the person: lead-ins ("be able to"), places
# and times ("be home", "be there"), and "done".
_NOT_DESCRIBING: Final = frozenset(
    """
    able going sure ready willing about due done there here home back part away out off
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


@functools.lru_cache(maxsize=4096)
def describes(word: str) -> bool:
    """Whether *word*, right after "be", "become" or "feel", describes a state (an adjective).

    "be *anxious*", "feel *calm*", "be *unhealthy*": a state, not something
    to do. A participle ("be increased", "be stressed") is left to the verb
    reader, and so is a rule ("be sugar-free").

    Examples:
        >>> describes("anxious"), describes("unhealthy"), describes("able"), describes("the")
        (True, True, False, False)
    """
    if (
        word in NEVER_VERBS
        or word in _NOT_DESCRIBING
        or not word.isalpha()
        or word.endswith(("ed", "ing"))
    ):
        return False
    lemmas = _lemminflect()
    if lemmas is not None:
        found = lemmas(word)
        if found:
            return "ADJ" in found
    # Right after "be", a word that is not a known verb is nearly always an adjective.
    return word_kind(word) not in (WordKind.VERB, WordKind.BOTH)


# Words that describe and also say where or how much ("get *outside*", "get *enough* sleep"):
# places and amounts, which lemminflect does not always know as adverbs ("offline").
_ALSO_ADVERBS: Final = frozenset(
    """
    outside inside outdoors indoors upstairs downstairs abroad online offline together along
    behind ahead around somewhere anywhere underway enough close closer right clean free even
    straight
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


@functools.lru_cache(maxsize=4096)
def describes_only(word: str) -> bool:
    """Whether *word* describes (see `describes`) and is never an adverb.

    After "get", such a word is a state the person will be in ("get
    *sober*", "get *stronger*"); one that is an adverb too says where or
    how much ("get *outside*", "get *ahead*").

    Examples:
        >>> describes_only("sober"), describes_only("stronger"), describes_only("outside")
        (True, True, False)
    """
    if word in _ALSO_ADVERBS or not describes(word):
        return False
    lemmas = _lemminflect()
    return lemmas is None or "ADV" not in lemmas(word)


# Comparatives goalkit knows without lemminflect ("more", "better" are in the readers' lists).
_COMPARATIVES: Final = frozenset(
    """
    higher lower bigger smaller faster slower stronger weaker healthier happier easier
    harder longer shorter greater larger fitter leaner thinner richer wiser calmer cleaner
    clearer closer deeper wider broader sharper tighter quicker safer smarter lighter
    heavier earlier later cheaper newer fresher
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


@functools.lru_cache(maxsize=4096)
def comparative(word: str) -> bool:
    """Whether *word* is an adjective's comparative ("higher", "leaner"): more, by no amount.

    Examples:
        >>> comparative("higher"), comparative("leaner"), comparative("water")
        (True, True, False)
    """
    if word in _COMPARATIVES:
        return True
    if not word.endswith("er") or len(word) < 5:
        return False
    lemmas = _lemminflect()
    if lemmas is None:
        return False
    adjective = lemmas(word).get("ADJ")
    return adjective is not None and len(adjective) > 0 and adjective[0] != word
