"""What a statement can be checked against besides a number to reach.

A person can tell whether "Eat breakfast every day", "Say no to sugary
drinks", "raise my Biology grade from a C+ to a B+" or "Launch the
rebrand" was done, though none has a number to count up to. This module
reads those measures:

- **standards**: a frequency ("every day", "daily", "on a daily basis") or
  rate ("a couple of exercises a day"; not "her weekly routine", which names
  a thing), a threshold the result must meet ("respond within 400ms", "in
  under 30 minutes"), a time of day ("in bed by 10:30 PM", "by 1130 pm") or
  with a colon ("from 9:30 to 7:00 minutes"), a grade ("at least a B",
  "higher than a B", "from a C+ to a B+", "keep it at an A", "get As") or
  rubric score ("Score 3's on my rubric"), a rank or a time to beat ("the #1
  creator", "top three", "sub-4:20"), a language or exam level ("the CEFR
  B2 level", "from B1+ to C1", "the JLPT N5", "TOPIK level 6"), a named point ("get through Lesson
  8"), a level on a scale ("from severe to moderate on
  the GAD-7", "as measured by EVAAS"), a target named ("reach my goal
  weight", "to the normal range", "hit bonus", "greater than the state
  norm"), a level kept where it is ("maintain my current GPA"), a thing
  owned ("own my own business"), a substitution ("Drink water instead of
  sugary drinks", "Switch to low-fat milk"), a zero rule ("No sweets", "say
  no to", "don't", "quit", "eliminate"; a negated wish such as "I
  don't want to be unhealthy" is none; an action said not to be done: "I
  will not fight with my sister", "try not to", "won't"), a condition kept
  ("without help", "without subtitles", "independently", "by himself"; not
  a feeling, "without fear"), a state free of something ("go
  alcohol-free", "remain free from falls"), a thing kept away or got rid of
  ("Stay away from alcohol", "Keep phones out of the bedroom"), a multiple
  ("double that income", "cut it in half"), a distance in words ("swim a
  mile", "bike a century"), a range or a level named by what it allows
  ("in the normal range", "to a level that no longer interferes with
  work") or a finite set to master ("the 7s multiplication facts", "the 7
  times table");
- **completions**: one thing done, that is done or not: an action that
  ends ("complete", "earn", "launch", "become", "write", "schedule", ...)
  on something definite ("the rebrand", "my degree", "a contact page"),
  or on all of a set ("write all letters in cursive", "study the entire
  syllabus"); a phrasal verb on something definite ("Check out this new
  event", "walk up the staircase"); a move into a new place ("return to
  work", "Move into management"); an ability shown ("Students will be
  able to locate the United States on a map"); and, whatever the verb, a
  first ("Lead my first project"), a credential ("achieve the PMP
  certification"), a show at one event or in one group ("play in a
  community orchestra") or one contribution ("Contribute to a popular open
  source project"); every one of a set ("Read every case", "write down
  everything I eat"), a state reached ("get potty trained"), a start
  ("Begin kindergarten") and an ability named ("the ability to ask for the
  price"); and any verb done once to one thing named ("Revise my resume",
  "Earn MLIS"; `_one_thing`) or to a thing named by its proper name ("climb
  Kilimanjaro"), verbs joined by "and" sharing the last one's object; an
  opening "I can" says an ability as "be able to" does, and so does an
  objective's subject ("Students will write questions", "The learner will
  demonstrate kicking"); one piece mastered ("master the headstand") and an
  ending act said in the progressive ("I'll be taking my exam") are done or
  not. An action on more of
  something ("sell more product", "get a higher score", "a lot of writing"),
  on a quality ("release flawless products", "high quality research"), on a
  broad area ("maintain a positive attitude"), on an activity kept up
  ("attend therapy", "take medication"), a state with no standard ("be
  fully recovered"), a change had ("have increased mobility"), a quality
  come to ("attain fluency"), an impression left ("create a lasting
  impression"), a change shown by no amount, whatever the verb ("make
  progress", "demonstrate improved mood"), a light verb ("take the necessary steps")
  or that says why ("to boost my resume") sets no standard, nor does all
  one can ("as many people as possible", "as many as I can").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from goalkit._text.dates import Alternatives
from goalkit._text.english import comparative
from goalkit._text.lexicon import LANGUAGES, UNNAMED_OUTCOMES, Lexicon
from goalkit._text.tokens import Token, both, overlaps, searchable, tokenize
from goalkit._text.verbs import cached_lemma
from goalkit._text.wording import Action, Wording

__all__ = [
    "TELIC_VERBS",
    "all_one_can",
    "completions",
    "is_condition",
    "is_frequency",
    "names_a_way_kept",
    "standards",
]

# A rate: "a couple of Hanon exercises a day", "two posts per week"; not a span ("in a
# week", "for a day", "within a month"). The rate is looked for first, so the look-behinds
# run only where one stands.
_RATE: Final = (
    r"\b(?=(?:a|per)\s+(?:day|night|week|month|year|weekday)\b)"
    r"(?<!\bin\s)(?<!\bfor\s)(?<!within\s)(?<!\bover\s)(?<!\bthan\s)(?<!\bonce\s)"
    r"(?<!twice\s)(?<!times\s)(?<!\bjust\s)(?<!\bonly\s)"
    r"(?:a|per)\s+(?:day|night|week|month|year|weekday)\b"
)
_RATE_UNITS: Final = frozenset({"day", "night", "week", "month", "year", "weekday"})
_FREQUENCY_WORDS: Final = (
    r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|night|morning|evening|afternoon|week|"
    r"weekday|weekend|month|year|semester|quarter|session|lesson|class|meal|shift|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # An occasion a rule is kept at, whatever it is: "after every practice", "into every
    # dinner", "before each game".
    r"|\b(?:after|before|into|during)\s+(?:every|each)\s+(?:single\s+)?[a-z]+\b"
    # "weekly" says how often, unless it names a thing of the person's or a known one:
    # "her weekly routine", "the weekly status update".
    r"|\b(?=(?:daily|nightly|weekly|monthly|yearly|annually|everyday|quarterly|biweekly|"
    r"bi-weekly|fortnightly|semiannually|semi-annually)\b)"
    r"(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bher\s)(?<!\bhis\s)(?<!\byour\s)"
    r"(?<!\btheir\s)(?:daily|nightly|weekly|monthly|yearly|annually|everyday|quarterly|"
    r"biweekly|bi-weekly|fortnightly|semiannually|semi-annually)\b"
    r"|\bon\s+a\s+(?:daily|weekly|monthly|nightly)\s+basis\b"
    r"|\b(?:once|twice|thrice)\b"
)
_FREQUENCY: Final = f"{_FREQUENCY_WORDS}|{_RATE}"
_THRESHOLD: Final = (
    r"\b(?:within|under|in\s+under|in\s+less\s+than|less\s+than|no\s+more\s+than|at\s+most)"
    # "within 10 to 30 minutes": a range of time is a threshold too.
    r"\s+\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"
    r"\s*(?:ms|s|secs?|seconds?|mins?|minutes?|hrs?|hours?)\b"
    # A limit said in words: "swim the mile under a half hour", "in less than a minute".
    r"|\b(?:within|under|in\s+under|less\s+than|no\s+more\s+than)\s+(?:a\s+half|half\s+an?|an?|one)"
    r"\s+(?:half\s+)?(?:hour|minute|second)\b"
)
# A place in a ranking, or a time to beat written "sub-": "Become the #1 creator", "finish
# top ten", "take first place", "get to sub-4:20", "a sub-20 5k".
_RANK: Final = (
    r"#\s?\d{1,3}\b|\btop\s+(?:\d{1,3}|three|five|ten|twenty)\b"
    r"|\b(?:first|second|third)\s+place\b"
    r"|\bsub-\d{1,2}(?::[0-5]\d)*(?:\s*(?:hours?|hrs?|minutes?|mins?))?\b"
)
_CLOCK: Final = (
    # "by 10:30 PM", "at 9.30am", "lights out by 1130 pm"
    r"\b(?:(?:at|by|before|after|until)\s+)?\d{1,2}(?:[:.]?\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
    r"|\b(?:at|by|before|after|until)\s+(?:noon|midnight|\d{1,2}:\d{2})\b"
    # A time written with a colon, as a target: "from 9:30 to 7:00 minutes", "sub 2:30",
    # "a 4:30 marathon".
    r"|\b(?:from|to|under|sub|below|than|in|within|a)\s+\d{1,2}:[0-5]\d(?::[0-5]\d)?\b"
    r"|\b\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b"
)
# What a negation says no to that is a habit of mind, not an act one sees: "don't
# procrastinate", "I won't let stress get to me", "never give up".
_INNER: Final = (
    r"be|feel|get|become|look|know|think|worry|stress|procrastinate|overthink|give\s+up|let|"
    r"doubt|compare|settle|care|lose\s+sight|forget"
)
# The same, as gerunds after "stop" or "quit": "stop being intimidated", "quit worrying".
_INNER_ING: Final = (
    r"being|feeling|getting|becoming|looking|knowing|thinking|worrying|stressing|"
    r"procrastinating|overthinking|doubting|comparing|settling|caring|letting|forgetting"
)
# Each branch with the substrings one of which any match of it holds (`Alternatives`): a
# statement runs only the branches whose words it says, most of them one or two.
_ZERO: Final = Alternatives(
    (("no", "zero"), r"^\W*(?:no|zero)\s+[a-z]"),
    (("say",), r"\bsay\s+no\s+to\b"),
    (("no",), r"\b(?:with|eat|drink|have|use)\s+no\s+(?!more|less|later|longer|one)"),
    # Not said of others, in a clause on who they are: "from those who don't".
    (
        ("do", "never"),
        r"\b(?=[dn])(?<!\bwho\s)(?:don['’]t|do\s+not|never)\b(?!\s+(?:(?:want|need|wish|like|hope)"
        rf"\s+to\s+(?:be|feel|get|become|look|stay|have)|{_INNER})\b)",  # not a negated wish
    ),
    # "stop playing a lot of games" asks for less, not none; "stop being lazy", "stop
    # stressing out" give up a state or a habit of mind, which no one sees kept.
    (
        ("quit", "stop"),
        r"\b(?:quit|stop)\b(?![^.;!?]*\b(?:a\s*lot|so\s+much|too\s+much|so\s+often|too\s+often)\b)"
        rf"(?!\s+(?:{_INNER_ING})\b)",
    ),
    (("avoid",), r"\bavoid\b(?!\s+or\b)"),  # "avoid or limit" allows some
    (("eliminat", "zero"), r"\beliminat(?:e|es|ed|ing)\b|\bzero\b"),
    # Giving a thing up, as quitting it: "give up soda", "giving up the soda pop"; not "never
    # give up", "don't give up on my dreams", "try not to give up" (a habit of mind, above).
    # "g" looked ahead first: the look-behinds, tried at every position, cost a tenth of a
    # statement's whole search for zero rules, and only "give" or "gave" can follow them.
    (
        ("give", "giving", "gave"),
        r"(?=g)(?<!n['’]t\s)(?<!\bnot\s)(?<!never\s)(?<!not\sto\s)"
        r"\b(?:give|gives|giving|gave)\s+up(?=\s+(?!on\b|now\b|easily\b|hope\b)[a-z])",
    ),
    # Cutting a thing out, as giving it up: "cut caffeine out", "cut out fried food".
    (("cut",), r"\bcut(?:s|ting)?\s+(?:out\s+(?!of\b)[a-z]|[a-z'’-]+(?:\s+[a-z'’-]+)?\s+out\b)"),
    # Done with a thing: finished or given up, so or not ("be done with the audit").
    (("done",), r"\b(?:be|am|are|is|['’]m|['’]re)\s+done\s+with\b"),
    # An action said not to be done, that is done or not: "I will not fight with my sister",
    # "try not to run off the stage", "Not snap at administration", "To not raise my voice".
    # "I'm not going to eat fast food", "not gonna drink caffeine": the same future, said
    # with "going to".
    (
        ("won", "not"),
        r"\b(?:won['’]t|will\s+not|shall\s+not|['’]ll\s+not|to\s+not|not\s+to|not\s+going\s+to|"
        r"not\s+gonna)\b"
        r"(?!\s+(?:only|just|necessarily|always|mention|(?:want|need|wish|like|hope)\s+to\s+"
        rf"(?:be|feel|get|become|look|stay|have)|{_INNER})\b)",
    ),
    (("not",), rf"^\W*(?:to\s+)?not\s+(?!(?:only|just|{_INNER})\b)[a-z]"),
)
# A thing kept away or got rid of, which is a zero rule said with a verb of place: "Stay
# away from fizzy drinks", "keep the laptop out of the bedroom", "throw out the ashtrays",
# "get rid of the sweets", "abstain from alcohol".
_KEPT_AWAY: Final = (
    r"\b(?:stay|stays|staying|stayed|keep|keeps|keeping|kept|steer|steers|steering|steered)\s+"
    r"(?:well\s+)?(?:away|clear)\s+(?:from|of)\b"
    r"|\b(?:keep|keeps|keeping|kept)\s+(?:[a-z'’-]+\s+){1,3}?(?:out\s+of|away\s+from)\b"
    r"|\b(?:throw|throws|throwing|threw|toss|tosses|tossing|tossed)\s+(?:away|out)\b"
    r"|\bget(?:s|ting)?\s+rid\s+of\b|\b(?:abstain|refrain)(?:s|ed|ing)?\s+from\b"
)
# A condition the result keeps, seen or not: "Climb stairs without help", "Watch films
# without subtitles", "walk without a cane"; not a feeling ("without fear") nor "with or
# without".
_WITHOUT: Final = (
    r"(?<!\bor\s)\bwithout\s+(?!(?:a\s+doubt|fears?|stress|worry|worries|worrying|anxiety|guilt|"
    r"regrets?|hesitation|hesitating|complaint|complaining|excuses?|feelings?|limits?|judg(?:e)?ment|"
    r"drama|doubts?)\b)[a-z]+"
)
# A level of help, as a therapist rates it: "independent with grooming", "independence in
# walking", "a one person minimal assist", "with moderate assistance"; a condition kept.
_HELP_LEVEL: Final = (
    r"\bindependen(?:t|ce)\s+(?:with|in)(?=\s+[a-z]|\Z)"  # the end: read alone, as a rule
    r"|\b(?:(?:one|two|1|2)[\s-]person\s+)?(?:minimal|minimum|min|moderate|mod|maximal|maximum|"
    r"max|standby|stand-by|contact\s+guard)\s+assist(?:ance)?\b"
)
_HELP_LEVEL_RE: Final = re.compile(_HELP_LEVEL, re.IGNORECASE)
# Done without help: "use her scooter independently", "tie his shoes by himself", "on my
# own"; not "on my own terms".
_UNAIDED: Final = (
    # Looked for first, so the look-behinds run only where one stands; not after a verb that
    # is no act seen: "work independently", "spend time by myself", nor an activity taken in
    # with nothing done ("read independently", "get him reading independently").
    r"\b(?=independently|unassisted|unaided|by\s+(?:my|him|her|them|your|our)sel|on\s+[a-z]+\s+own)"
    r"(?<!\bwork\s)(?<!\bworking\s)(?<!\bthink\s)(?<!\bthinking\s)(?<!\blive\s)"
    r"(?<!\bliving\s)(?<!\btime\s)(?<!\bbe\s)(?<!\bread\s)(?<!\breading\s)(?<!\bstudy\s)"
    r"(?<!\bstudying\s)(?<!\blearn\s)(?<!\blearning\s)"
    r"(?:(?:independently|unassisted|unaided)\b"
    r"|(?:by\s+(?:myself|himself|herself|themselves|yourself|ourselves)|on\s+(?:my|his|her|"
    r"their|your|our)\s+own)(?=\s*(?:$|[.,;:!?)]|(?:and|or|by|in|at|before|within|without|"
    r"every|each|daily|with)\b)))"
    # A rule on one's own body: "keep hands and feet to himself", "keep his hands to self".
    r"|\bkeep(?:s|ing)?\s+(?:[a-z]+\s+){1,4}?to\s+(?:himself|herself|themselves|myself|"
    r"yourself|self)\b"
    rf"|{_HELP_LEVEL}"
)
# A state free of something, kept or not: "go alcohol-free this month", "stay smoke-free";
# not one of feeling ("be stress-free", "worry-free").
_FREE_OF: Final = (
    r"\b(?:go|goes|going|went|stay|stays|staying|stayed|remain|remains|remaining|be|being|"
    r"become|becoming|am|is|are|live|living|keep|keeping)\s+(?:[a-z]+\s+){0,2}?"
    # "Keep meals screen free": the hyphen is often left out; then not after "my" or "the",
    # where "free" says how the thing is ("keep my mind free").
    r"(?!(?:stress|worry|care|hassle|guilt|fear|anxiety)[- ])(?:[a-z]+-free\b|"
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\btheir\s)[a-z]+\sfree\b)"
    # Free of a thing named after "free": "remain free from falls", "stay free of debt".
    r"|\b(?:stay|stays|staying|stayed|remain|remains|remaining|be|being|keep|keeping|live|"
    r"living)\s+free\s+(?:from|of)\s+(?!(?:stress|worry|worries|care|cares|hassle|guilt|fear|"
    r"fears|anxiety|doubt|doubts|judg(?:e)?ment)\b)[a-z]+"
    # Sober, kept so: free of drink ("stay sober"); getting sober is a change, read apart.
    r"|\b(?:stay|stays|staying|stayed|remain|remains|remaining|keep|keeping)\s+sober\b"
)
# A change by a multiple: "double that income", "triple my readership", "halve my screen
# time", "cut my spending in half".
_MULTIPLE: Final = (
    r"\b(?:doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\s+(?:my|our|the|that|this|their|his|her|"
    r"your|its)\s+(?!(?:efforts?|focus|commitment|energy|attention|dedication|game)\b)"
    # As the verb of the goal, with no determiner: "Double number of client relationships",
    # "to triple sales"; not "double down", "double-check", nor "double" said of a thing.
    r"|(?:^\W*|\b(?:to|will|and|shall)\s+)(?:doubl|tripl|quadrupl|halv)(?:e|es)\s+"
    # (With a determiner, the branch above reads it.)
    r"(?!(?:my|our|the|that|this|their|his|her|your|its|down|up|back|over|check|checks|"
    r"checking|efforts?|focus|commitment|energy|attention|dedication|game)\b)[a-z]+"
    r"|\bcut(?:s|ting)?\s+(?:[a-z'’-]+\s+){1,4}?in\s+half\b"
)
# A distance named in words: "swim a mile", "bike a century", "row a half marathon".
_DISTANCE: Final = (
    r"\b(?:swim(?:s|ming)?|swam|run(?:s|ning)?|ran|walk(?:s|ing|ed)?|bik(?:e|es|ing|ed)|"
    r"cycl(?:e|es|ing|ed)|rid(?:e|es|ing)|rode|row(?:s|ing|ed)?|hik(?:e|es|ing|ed)|"
    r"jog(?:s|ging|ged)?|paddl(?:e|es|ing|ed)|complet(?:e|es|ing|ed)|finish(?:es|ing|ed)?)"
    r"\s+(?:[a-z]+ly\s+)?(?:a|one)\s+(?:full\s+|whole\s+)?(?:mile|kilomet(?:re|er)|km|century|"
    r"marathon|half[- ]marathon|ultra(?:marathon)?|triathlon|lap|length)\b"
)
# A level on a named scale: "from severe to moderate", "from max to min assistance".
_LEVEL_WORDS: Final = (
    "severe|moderate|mild|minimal|low|medium|high|beginner|intermediate|advanced|basic|"
    "novice|expert|max|maximum|min|minimum|total|partial|dependent|independent"
)
_LEVEL: Final = (
    rf"\bfrom\s+(?:an?\s+)?(?:{_LEVEL_WORDS})\s+(?:[a-z-]+\s+)?to\s+(?:an?\s+)?(?:{_LEVEL_WORDS})\b"
    r"|\b(?:as\s+)?measured\s+by\b"
)
# A level kept where it is now, which today sets: "maintain my current GPA".
_KEPT_LEVEL: Final = (
    r"\b(?:maintain|maintaining|keep|keeping|sustain|sustaining|hold|holding)\s+"
    r"(?:my|our|his|her|their|your|the)\s+(?:current|present|existing)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:gpa|grade|grades|average|weight|score|scores|rating|level|rank|ranking|standing|"
    r"pace|rate|streak|record)\b"
)
_KEPT_LEVEL_RE: Final = re.compile(_KEPT_LEVEL, re.IGNORECASE)
# A target that has a name, though not a number here: "reach my goal weight".
_NAMED_TARGET: Final = (
    r"\b(?:reach|reaching|hit|hitting|achieve|attain|get\s+to|stay\s+at|stay\s+within)\s+"
    r"(?:my|your|our|their|his|her|a|the)\s+(?:own\s+)?"
    r"(?:target|goal|ideal|desired|recommended|healthy\s+goal)\b"
    r"|\bto\s+(?:a|the|my|your)\s+(?:normal|healthy|target|recommended|ideal)\s+"
    r"(?:range|level|weight)\b"
    # "keep my sugars in the normal range", "within a healthy range".
    r"|\b(?:in|within|inside)\s+(?:a|the|my|your|their)?\s*['‘’\"]?(?:normal|healthy|target|"
    r"recommended)\s+(?:[a-z-]+\s+)?range\b"
    # A level named by what it allows: "reduce panic to a level that no longer interferes
    # with work", "learn it to the point where I can hold a conversation".
    r"|\bto\s+(?:a|the)\s+(?:level|point|degree|extent)\s+(?:where|that|at\s+which|when)\b"
    # A benchmark by grade: "read at grade level", "proficiency on grade level".
    r"|\b(?:at|on|above)\s+(?:or\s+above\s+)?grade[- ]level\b"
    # A level kept where it is now: "maintain my current GPA", "keep my current weight".
    rf"|{_KEPT_LEVEL}"
    # (More named targets are read by _WORK_TARGET below.)
)
# A target of work with a name: "hit bonus", "make quota", "exceed my sales targets".
_WORK_TARGET: Final = (
    r"\b(?:hit|hitting|make|making|reach|reaching|meet|meeting|exceed|exceeding|beat|beating|"
    r"earn|earning|achieve|achieving|get|getting)\s+(?:(?:my|our|the|a|your|their|his|her)\s+)?"
    r"(?:(?:sales|monthly|quarterly|annual|yearly|team|full|performance)\s+)?"
    r"(?:quotas?|bonus(?:es)?|targets)\b"
    # A benchmark to beat: "greater than the state reported norm", "above the district average".
    r"|\b(?:greater|higher|better|more|above|below|lower)\s+than\s+(?:the|our|my)\s+"
    r"(?:[a-z-]+\s+){0,3}(?:norm|norms|average|mean|benchmark|median)\b"
    # A list one is on or not: "be on honor roll", "make the Dean's list".
    r"|\b(?:make|making|be\s+on|get\s+on|getting\s+on|earn|reach)\s+(?:the\s+|a\s+)?"
    r"(?:honou?r\s+roll|dean['’]?s\s+list|president['’]?s\s+list|principal['’]?s\s+list)\b"
    # An outcome wanted, which comes or not (though which is not said): "I want a promotion".
    r"|\b(?:want|wants|need|needs)\s+(?:a|an)\s+(?:new\s+)?(?:promotion|raise|job|internship)\b"
    # Owning a thing, which is so or not: "own my own business", "own a home".
    r"|\bown\s+(?:a|an|my|our|his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?"
    r"(?:business|company|home|house|car|practice|restaurant|shop|store|property|apartment|"
    r"condo|franchise|studio|farm|firm|agency|bakery|cafe|salon|clinic|gym)\b"
    # A heading naming one thing done as a noun: "Successful completion of my practicum",
    # "Submission of an essay for publication"; not "completion of more homework".
    r"|^\W*(?:[a-z-]+\s+)?(?:completion|submission|defen[cs]e|graduation|publication)\s+of\s+"
    r"(?!more\b|less\b|some\b)"
)
# A named point on a course or scale: "get through Lesson 8", "reach level 3", "pass
# grade 5", "TOPIK level 6"; a rubric score: "Score 3's on my rubric".
_POINT: Final = (
    r"\b(?:reach|reaching|reached|get\s+to|get\s+through|through|to|up\s+to|pass|passing|"
    r"complete|completing|finish|finishing|past|at\s+least|achieve|achieving|attain|attaining|"
    r"topik|hsk|ielts|toefl|toeic|jlpt|dele|delf|dalf|celpip)\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:the|a)\s+)?(?:[a-z]+\s+)?"
    r"(?:level|band|stage|lesson|chapter|unit|module|belt|grade|book)\s+\d{1,3}(?:\.\d)?\b"
    r"|\b(?:topik|hsk|ielts|toefl|toeic|celpip)\s+\d{1,3}(?:\.\d)?\b"
    r"|\bscor(?:e|es|ed|ing)\s+(?:(?:an?|at\s+least)\s+)?\d(?:\.\d)?(?:['’]?s)?\s+(?:or\s+"
    r"(?:higher|above|better)\s+)?(?:on|in|across)\b"
    r"|\b\d(?:\.\d)?(?:['’]?s)?\s+(?:or\s+(?:higher|above|better)\s+)?on\s+(?:the|my|our|a|"
    r"their|his|her)\s+(?:[a-z-]+\s+){0,3}rubrics?\b"
)
# One thing in place of another: "Drink water instead of sugary drinks"; not an activity
# in place of another ("go out rather than staying home"), which counts neither.
_SUBSTITUTION: Final = (
    r"\b(?:instead\s+of|rather\s+than)\b"
    r"(?!\s+(?!(?:no|some|any|every)thing\b|morning\b|evening\b)[a-z]+ing\b)"
    r"|\bswitch(?:es|ed|ing)?\s+(?:[a-z]+ly\s+)?(?:from\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?to\b"
    r"|\bswap(?:s|ped|ping)?\s+[a-z-]+(?:\s+[a-z-]+)?\s+for\b"
    r"|\breplac(?:e|es|ed|ing)\s+(?:[a-z'’-]+\s+){1,6}?with\b"
)
# A finite set to master: "the 7s multiplication facts", "the 7 times table".
_SET: Final = (
    r"\b\d{1,2}s\s+(?:multiplication|times|division)\s+(?:facts|tables?)\b"
    r"|\b\d{1,2}\s+times\s+tables?\b"
)
_RANK_PATTERNS: Final = both(_RANK)
# Each kind of standard, with the words one of which any reading of it holds: a statement
# with none of them skips the pattern.
_FREQUENCY_GATE: Final = frozenset(
    """
    every each daily nightly weekly monthly yearly annually everyday basis once twice thrice
    quarterly biweekly bi-weekly fortnightly semiannually semi-annually
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_ZERO_GATE: Final = frozenset(
    """
    no zero don't don’t won't won’t not never quit stop avoid done give gives giving gave
    eliminate eliminates eliminated eliminating cut cuts cutting
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_KINDS: Final = (
    (both(_FREQUENCY_WORDS), _FREQUENCY_GATE),
    # "a day" needs "a" and a unit: checked apart; "per" is rare enough to gate on.
    (both(_RATE), frozenset({"per"})),
    (both(_THRESHOLD), frozenset({"within", "under", "less", "most"})),
    # "a.m." is read as "a", ".", "m", "."; "4pm" is checked apart.
    (both(_CLOCK), frozenset({"am", "pm", "m", "noon", "midnight", ":"})),
    (_ZERO, _ZERO_GATE),
    (
        both(_KEPT_AWAY),
        frozenset(
            """
            away clear rid keep keeps keeping kept abstain abstains abstained abstaining
            refrain refrains refrained refraining
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    # Levels, named targets and substitutions, in one pattern: each is rare. Not "goal" in
    # the gate ("My goal is to ..." is everywhere), but the verbs that reach one.
    (
        both(f"{_LEVEL}|{_NAMED_TARGET}|{_SUBSTITUTION}"),
        frozenset(
            """
            measured severe moderate mild max maximum target ideal desired recommended normal reach
            reaching hit hitting attain instead rather switch switches switched switching swap
            swaps swapped swapping replace replaces replaced replacing healthy level
            point degree extent grade-level current existing
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (
        both(_WORK_TARGET),
        frozenset(
            """
            quota quotas bonus bonuses targets norm norms average mean benchmark median honor
            honour list promotion raise job internship own completion submission defense
            defence graduation publication
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (both(_SET), frozenset({"facts", "table", "tables"})),
    # "sub-20" is one token: checked apart.
    (_RANK_PATTERNS, frozenset({"#", "top", "place"})),
    (both(_WITHOUT), frozenset({"without"})),
    (
        both(_UNAIDED),
        frozenset(
            """
            independently unassisted unaided own myself himself herself themselves yourself
            ourselves self independent independence assist assistance
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (
        both(_MULTIPLE),
        frozenset(
            """
            double doubles doubled doubling triple triples tripled tripling quadruple halve
            halves halved halving half
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (
        both(_DISTANCE),
        frozenset(
            """
            mile kilometre kilometer km century marathon half-marathon ultra ultramarathon
            triathlon lap length
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (
        both(_POINT),
        frozenset(
            """
            level band stage lesson chapter unit module belt grade book topik hsk ielts toefl
            toeic celpip rubric rubrics score scores scored scoring
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
)
_FREE_PATTERNS: Final = both(_FREE_OF)
_FREE_OF_RE: Final = re.compile(_FREE_OF, re.IGNORECASE)
# The kinds the loop opens apart from their gates, by their place in `_KINDS`; the state
# free of something, opened by "free" or "sober" alone, is read after every kind.
_RATE_KIND: Final = 1
_CLOCK_KIND: Final = 3
_RANK_KIND: Final = next(
    index for index, (patterns, _) in enumerate(_KINDS) if patterns is _RANK_PATTERNS
)
_FREE_KIND: Final = len(_KINDS)
_EVERY_KIND: Final = (*_KINDS, (_FREE_PATTERNS, frozenset[str]()))
# Every kind's gate in one: a statement with none of these words skips the loop of kinds.
_ANY_KIND_GATE: Final = frozenset[str]().union(*(gate for _, gate in _KINDS))
# Each gate word's kinds, by their place: the word or two a statement says pick its kinds,
# with no test of every kind's gate.
_KINDS_OF: Final = {
    word: tuple(index for index, (_, gate) in enumerate(_KINDS) if word in gate)
    for word in _ANY_KIND_GATE
}
_HEADED_ZERO_RE: Final = re.compile(r"[–—:]\s?((?:no|zero)\s+[a-z])", re.IGNORECASE)
_GLUED_CLOCK_RE: Final = re.compile(r"\d[ap]m\b", re.IGNORECASE)
# Letter grades are capitals, so they are read in the text as written, not lower-cased.
_GRADE_RE: Final = re.compile(
    r"\b(?:(?i:from|go\s+from)\s+(?:(?i:an?)\s+)?[A-F][+-]?\s+(?i:to)\s+(?:(?i:an?)\s+)?"
    r"[A-F][+-]?"
    # A grade is a standard whatever leads to it: a verb of getting ("get As in all my
    # classes"), a bound ("above a C") or where it is held or aimed ("keep it at an A",
    # "aim for a B+").
    r"|(?i:at\s+least|a\s+minimum\s+of|higher\s+than|better\s+than|above|no\s+lower\s+than|"
    r"to|get|earn|score|achieve|receive|make|at|for)\s+"
    r"(?:(?i:an?)\s+)?[A-F](?:[+-]|['’]?s)?)"
    r"(?=\s*(?:$|[.,;:!?)]|(?i:grade|in|on|or|and|by|this|for|average|overall)\b))"
    r"|\b[A-F][+-]?\s+(?i:grade)\b"
    # Letter grades in the plural: "get straight A's", "all As and Bs".
    r"|\b(?i:straight|all)\s+[A-F]['’]?s\b|\b[A-F]['’]?s\s+(?i:and|or)\s+[A-F]['’]?s\b"
)
# A statement with no letter grade skips the grade pattern: B to F stand alone as tokens;
# "a" is a word too, so an A is looked for in the text, once a capital A is there.
_GRADE_TOKENS: Final = frozenset(
    f"{letter}{end}"
    for letter in "bcdef"
    for end in ("", "'s", "’s", "s")
    if f"{letter}{end}" != "es"
)
_A_GRADE_RE: Final = re.compile(r"\bA(?:['’]?s)?\b")
# A level of a language framework or exam, written as it is named (in capitals): "reach
# the CEFR B2 level", "at least A2", "from B1+ to C1", "take the JLPT N5".
_LANGUAGE_LEVEL_RE: Final = re.compile(
    r"(?:(?i:reach|reaching|reached|at\s+least|to|from|get|getting|achieve|achieving|attain|"
    r"attaining|pass|passing|obtain|obtaining|take|taking|sit|sitting)\s+(?:(?i:the|cefr|jlpt|level)\s+)*(?:[ABC][12]|N[1-5])\+?(?![\w+-])"
    r"|(?<![\w-])(?:[ABC][12]|N[1-5])\+?\s+(?i:level|exam|test|certificate|certification)\b)"
)
_LANGUAGE_LEVELS: Final = frozenset(
    {*(f"{band}{step}" for band in "abc" for step in "12"), *(f"n{step}" for step in "12345")}
)

#: Verbs of an action that ends: done once, it is done ("complete", "launch", "earn").
TELIC_VERBS: Final = frozenset(
    """
    complete finish earn pass obtain attain get land secure win become be launch start
    found open quit publish submit release ship deliver present give write create build
    design produce draft record film paint implement install schedule book call email
    contact sign register enrol enroll apply join take hold host organize organise attend
    visit run race compete enter participate graduate hire touch sit read tell recognize
    recognise memorize memorise journal try follow finalize finalise meet have retire
    make begin
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs that end without an object: "quit", "graduate", "retire".
_DONE_ALONE: Final = frozenset({"quit", "graduate", "retire", "compete", "finish"})
_MORE: Final = frozenset({"more", "less", "fewer", "better", "further", "extra", "some", "few"})
_DEFINITE: Final = frozenset(
    "a an the my our your his her their this that these those all both every each".split()  # noqa: SIM905
)
_UNNAMED_RE: Final = re.compile(UNNAMED_OUTCOMES, re.IGNORECASE)
# Words that say how well, with no level to check: "write in cursive fluently".
_QUALIFIERS: Final = frozenset(
    "fluently basic well properly confidently comfortably effectively efficiently enough".split()  # noqa: SIM905
)
# Words that say how well an ability is shown, with no level: "speak Spanish fluently".
_MORE_OR_QUALIFIERS: Final = _MORE | _QUALIFIERS
_HOW_WELL: Final = frozenset(
    """
    fluently confidently comfortably clearly effectively efficiently fluent proficiently basic
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_CLAUSE_END_RE: Final = re.compile(r"[.;:!?,]|\b(?:and|but|so|because|when|while)\b")
# Verbs of knowing and attending: an ability to "understand" or "focus" shows nothing.
_MENTAL: Final = frozenset(
    """
    understand know focus concentrate appreciate comprehend grasp realize realise think feel
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs that move someone into a new place or role: "return to work", "Move into management".
_MOVES: Final = frozenset({"return", "move", "transition", "switch", "step", "progress"})
_PARTICLES: Final = ("up", "out", "off", "down")
# Verbs of coming to have one of a kind, an event that happens or does not: "find a
# therapist", "land a job", "secure a role", "hire an agent".
_FINDING: Final = frozenset({"find", "land", "secure", "hire"})


def _one_found(action: Action, lexicon: Lexicon, broad: Sequence[Wording]) -> bool:
    """Whether *action* finds one of a kind, whatever is wished of it.

    "Find a fulfilling summer internship", "find a good therapist": one is
    found or not, and what it should be like picks which, as "a job you like"
    does. Not one better than now ("find a better place": than which?), a
    quality or an area ("find a balance"), nor a kind in the plural ("find new
    clients": how many?).
    """
    words = action.object.split()
    return (
        len(words) > 1
        and words[0] in ("a", "an", "one")
        and not any(word in _MORE or comparative(word) for word in words)
        and not _plural_shaped(words[-1], words[-1])
        and words[-1] not in lexicon.broad_areas
        and not any(overlaps(action, wording) for wording in broad)
    )


# Verbs of a swap, and the places one holds that a bare plural after them swaps: "switch
# careers", "change departments", "change specialties" leave one for another, done or not.
_SWAPPING: Final = frozenset({"change", "switch", "swap"})
_POSITIONS: Final = frozenset(
    """
    careers jobs departments specialties specialities roles fields teams schools majors
    positions companies employers industries professions
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs of getting somewhere under one's own power: to a place named, one is there or not.
_ON_FOOT: Final = frozenset({"walk", "ambulate", "crawl", "wheel", "climb"})
_PLACE_REACHED_RE: Final = re.compile(
    r"\s+(?:(?:from|with)\s+(?:[\w'’-]+\s+){1,4}?)?(?:to|up\s+to|into)\s+"
    r"(?:the|my|his|her|their|our|your)\s",
    re.IGNORECASE,
)
# "be able to", and an ability named as the goal ("the ability to ask for the price"), not
# one to improve ("improve my ability to lead"); a statement that opens "I can", as a
# learning target is written ("I can explain why leaves fall"), says the same.
_ABLE_RE: Final = re.compile(
    r"(?:\bable|(?:^\W*|\b(?:have|has|gain|with)\s+)the\s+ability|^\W*i\s+can)\s+(?:to\s+)?"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# After the verb, all one can: "as many people as possible", "every meeting possible"; not
# "as soon as possible", which says when.
# "As many as I can" says the same: "as many push ups as you can", "as long as I could".
_ALL_ONE_CAN: Final = (
    r"\bas\s+(?:many|much|often|long)\b[^.;:!?]*?\bas\s+(?:possible|(?:i|you|we|he|she|they|one)"
    r"\s+(?:possibly\s+)?(?:can|could)\b)"
)
_AS_MANY_AS_POSSIBLE_RE: Final = re.compile(
    rf"[^.;:!?]*?(?:{_ALL_ONE_CAN}|\b(?:every|each|all)\b[\w\s'’-]*?\s+possible\b)",
    re.IGNORECASE,
)
_ALL_ONE_CAN_RE: Final = re.compile(_ALL_ONE_CAN, re.IGNORECASE)
# A statement with none of these says no "as many as I can".
_ALL_ONE_CAN_WORDS: Final = frozenset({"can", "could"})
# What may stand before a statement's first word: quotes, a bullet, a bracket.
_OPENING: Final = " \t\"'“‘(*•-"
_ALL_OF: Final = frozenset({"all", "entire", "whole", "everything"})
# The first word of "rather than" and "instead of", read at the end of an object.
_IN_PLACE: Final = frozenset({"rather", "instead"})
_EACH: Final = frozenset({"every", "each"})
# Verbs of tending people, which never end: "support every learner", "encourage each child".
_TENDING: Final = frozenset(
    """
    support encourage help engage challenge inspire motivate empower reach serve nurture care
    value respect treat love appreciate
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# A title in quotes after the verb: "Launch the “Be a Writer Who” Series", "publish 'Notes'".
_TITLE_RE: Final = re.compile(r"\s+(?:(?:the|my|our|a|an|this)\s+)?[“\"‘'][A-Z0-9]")
# Every one of a set, not a time: "Read every case", "attend each session"; not "every day".
_EVERY_RE: Final = re.compile(
    r"\s+(?:every|each)\s+(?!(?:day|night|morning|evening|afternoon|week|weekday|weekend|month|"
    r"year|semester|quarter|term|season|time|other|single\s+day|now|so)\b)[a-z]",
    re.IGNORECASE,
)
_NEW: Final = frozenset({"new", "other", "different", "fresh"})
_PLURALS: Final = frozenset({"people", "children", "men", "women", "staff", "folks"})
_FREQUENCY_RE: Final = re.compile(_FREQUENCY, re.IGNORECASE)
# A credential, got or not whatever the verb: "achieve the PMP certification", "pursue my
# doctorate degree", "Advance your Degree".
_CREDENTIAL_RE: Final = re.compile(
    r"^\W*(?:[\w'’().+-]+\s+){0,5}?(?:certification|certificate|degree|doctorate|diploma|"
    r"licen[sc]e|licensure|accreditation|credential|qualification|phd|ph\.d|mba|ged|"
    r"designation)\b",
    re.IGNORECASE,
)
# Stems one of which any credential above holds: a statement with none skips the pattern.
_CREDENTIAL_WORDS: Final = frozenset(
    """
    certification certificate certified degree doctorate diploma license licence licensure
    accreditation credential qualification phd ph mba ged designation
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs that weigh a credential rather than get it: "research a degree".
_WEIGHING: Final = frozenset(
    {"research", "explore", "consider", "look", "think", "discuss", "investigate", "learn"}
)
# Showing what one can do at one event or in one group: "Performing songs at an open mic
# night", "play in a community orchestra", "speak at a conference".
_SHOW_VERBS: Final = frozenset(
    """
    perform play sing dance speak present compete exhibit audition showcase debut
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_SHOWN_AT_RE: Final = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:at|in)\s+(?:an?|the|my|our|one|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:night|concert|recital|conference|competition|tournament|"
    r"orchestra|band|choir|festival|show|meetup|event|race|match|exhibition|fair|gala|"
    r"showcase|ceremony|summit|symposium|convention|contest|league|production|musical|"
    r"ensemble|mic|webinar|talent\s+show)\b",
    re.IGNORECASE,
)
# One contribution to one thing: "Contribute to a popular open source library/project";
# not "to open source projects" (how many?) nor "to the team" (an area).
_CONTRIBUTION_RE: Final = re.compile(
    r"^\s+to\s+(?:an?|one)\s+(?!(?:few|couple|number|lot|variety|range|bit)\b)",
    re.IGNORECASE,
)
# Telic verbs that, on a bare mass noun, name an activity kept up, not one thing done:
# "attend therapy", "take medication", "get help", "have fun", "write code".
_KEPT_UP: Final = frozenset(
    """
    attend take have get give make write read follow run visit hold host try journal record
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# States that are so or not: "be debt-free", "get certified", "become licensed"; others
# ("be fully recovered", "be proficient") set no standard.
_BE_VERBS: Final = frozenset({"be", "become"})
# Words after a verb that say where or how it goes, not what it acts on.
_RELATIONS: Final = frozenset(
    "in on at to for with about into from by up out off down back through over across".split()  # noqa: SIM905
)
_VERIFIABLE_STATES: Final = frozenset(
    """
    certified licensed promoted hired published accepted admitted employed married elected
    registered enrolled qualified vaccinated retired engaged accredited ordained trained
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# "make" with what it makes only in a light sense: "make sure", "make headway" (and a change
# had, "make progress", `a_change_had`).
_LIGHT_OBJECTS: Final = frozenset(
    """
    sure effort time changes strides headway room space difference impact use
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# What "-free" of which is a feeling, not a state one can check: "be stress-free".
_FELT: Final = frozenset({"stress", "worry", "care", "hassle", "guilt", "fear", "anxiety"})
_SUPERLATIVES: Final = frozenset({"most", "best", "greatest", "top"})


def is_frequency(wording: Wording) -> bool:
    """Whether a standard is a frequency ("every day"), which measures nothing by itself
    when what is repeated is a change with no amount ("reduce screen time every night").

    Examples:
        >>> is_frequency(standards("Eat breakfast every day")[0])
        True
    """
    return _FREQUENCY_RE.fullmatch(wording.text) is not None


def all_one_can(text: str) -> Wording | None:
    """Where *text* asks for all one can ("as many as possible", "as long as I can"), which
    sets no line to reach, however often it is done.

    Examples:
        >>> all_one_can("Do as many push ups as I can every day").text
        'as many push ups as I can'
        >>> all_one_can("Do 20 push ups as soon as I can") is None
        True
    """
    if "as " not in text and "As " not in text:
        return None
    found = _ALL_ONE_CAN_RE.search(text)
    return None if found is None else Wording(found.group(), found.start(), found.end())


def is_condition(wording: Wording) -> bool:
    """Whether a standard is a condition the result keeps ("without help", "maintain my
    current grades", "stay sober"), which stands even when what it excludes or keeps is a
    vague word or a broad area elsewhere ("help", "grades", a state such as "sober").

    Examples:
        >>> is_condition(standards("Climb stairs without help")[0])
        True
        >>> is_condition(standards("Maintain my current grades")[0])
        True
        >>> is_condition(standards("Eat breakfast every day")[0])
        False
    """
    return (
        wording.text[:8].lower() == "without "
        or _KEPT_LEVEL_RE.fullmatch(wording.text) is not None
        or _FREE_OF_RE.fullmatch(wording.text) is not None  # "Stay sober", "stay smoke-free"
        or _HELP_LEVEL_RE.fullmatch(wording.text) is not None  # "a one person minimal assist"
    )


def standards(
    text: str, tokens: Sequence[Token] | frozenset[str] | None = None
) -> tuple[Wording, ...]:
    """The frequencies, thresholds, times of day, grades and zero rules in *text*.

    *tokens*, the statement's tokens (or their lower-cased words) when the
    caller has them, let patterns that cannot match be skipped.

    Examples:
        >>> [w.text for w in standards("Eat breakfast every day and say no to sugary drinks")]
        ['every day', 'say no to']
        >>> [w.text for w in standards("I want to raise my Biology grade from a C+ to a B+")]
        ['from a C+ to a B+']
    """
    if isinstance(tokens, frozenset):
        words = tokens
    else:
        words = frozenset(token.lower for token in (tokenize(text) if tokens is None else tokens))
    source, which = searchable(text)
    found: list[Wording] = []
    # "4pm": "am" or "pm" said first (in lower-cased text, exactly what the pattern folds).
    glued_clock = (which == 1 or "am" in source or "pm" in source) and (
        _GLUED_CLOCK_RE.search(source) is not None
    )
    free = "free" in source and ("-free" in source or " free" in source)
    rate = "a" in words and not _RATE_UNITS.isdisjoint(words)
    sub = "sub-" in source
    # The gates' words the statement says (a word or two), and the kinds they open.
    chosen = {index for word in _ANY_KIND_GATE & words for index in _KINDS_OF[word]}
    if rate:
        chosen.add(_RATE_KIND)
    if glued_clock:
        chosen.add(_CLOCK_KIND)
    if sub:
        chosen.add(_RANK_KIND)
    if free or "sober" in source:
        chosen.add(_FREE_KIND)
    # In the kinds' order, as their gates were once tried: most statements open none.
    for index in sorted(chosen) if len(chosen) > 1 else chosen:
        patterns = _EVERY_KIND[index][0]
        found += [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in (
                patterns.finditer(source, which)  # the zero rules' branches said
                if isinstance(patterns, Alternatives)
                else patterns[which].finditer(source)
            )
        ]
    if "no " in source and ("–" in source or "—" in source or ":" in source):
        # A zero rule under a heading: "January–no sweeteners", "Lent: no crisps".
        found += [
            Wording(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
            for m in _HEADED_ZERO_RE.finditer(source)
        ]
    if not _GRADE_TOKENS.isdisjoint(words) or ("A" in text and _A_GRADE_RE.search(text)):
        found += [Wording(m.group(), m.start(), m.end()) for m in _GRADE_RE.finditer(text)]
    if not _LANGUAGE_LEVELS.isdisjoint(words):
        found += [Wording(m.group(), m.start(), m.end()) for m in _LANGUAGE_LEVEL_RE.finditer(text)]
    return (
        tuple(sorted(found, key=lambda wording: wording.start))
        if len(found) > 1
        else (tuple(found))
    )


def completions(
    actions: Sequence[Action],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str = "",
    statement_words: frozenset[str] | None = None,
) -> tuple[Action, ...]:
    """The *actions* that end, on something definite: each is done or not.

    *text* (the statement) and *statement_words* (its lower-cased tokens) widen what counts.

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("Launch the rebrand and sell more product").completions]
        ['launch']
        >>> [a.verb for a in analyze_text("Students will be able to locate Peru").completions]
        ['locate']
    """
    if not actions:
        return ()
    done: list[Action] = []
    if statement_words is None:
        statement_words = frozenset(token.lower for token in tokenize(text))
    able = False
    abilities = _of_ability(text)
    credentials, possible, going_on, reached, regular = (
        _NO_GATES if _GATE_WORDS.isdisjoint(statement_words) else _gates(statement_words)
    )
    for index, action in enumerate(actions):
        if possible and _AS_MANY_AS_POSSIBLE_RE.match(text, action.start + len(action.text)):
            continue
        if not action.object and index + 1 < len(actions):
            action = _sharing(action, actions[index + 1], text)
        if (action.purpose and not (abilities and _ABLE_RE.search(text[: action.start]))) or (
            action.verb == "open" and action.object.startswith("source")
        ):
            continue  # "to boost my resume": why, not what; "open source": a kind of project
        if reached and _a_state_reached(action, text):  # "to be promoted": reached or not
            named = [w for w in vague if not _UNNAMED_RE.fullmatch(w.text)]
            if not _overlapping(action, named, broad):
                done.append(action)  # "to be promoted to supervisor", "Requalify for Boston"
            continue
        if abilities:
            before = text[: action.start]
            able = _ABLE_RE.search(before) is not None or (
                able and before.rstrip().lower().endswith(("and", "or", ","))
            )
            if able:
                if _shown(action, text, vague, broad):
                    done.append(action)
                continue
        if going_on and _continued(action, text):
            continue  # "continue to carve out a research agenda", "keep learning": no end
        verb = action.verb
        if verb in _PERFORMED and action.object and not action.means:
            if _performed(action, text, vague, broad):
                done.append(action)  # "name body parts", "list ways to cut salt": shown or not
            continue  # "learn to identify the organelles": not shown yet
        if verb == "know" and _known_by_heart(action):
            done.append(action)  # "know all of the facts", "know complete phone number"
            continue
        if verb in _HOLDING and _a_role_held(action, text, lexicon):
            if not _overlapping(action, _beyond_the_title(action, vague), broad):
                done.append(action)  # "becoming sales manager", "manage my own team"
            continue
        if regular and _done_regularly(action, text):
            continue  # "hold regular staff meetings": how many, and by when, is not said
        if verb in _TAKING_PART and _taking_part(action, text):
            continue  # "participate in study groups", "get back into meditation": kept up
        if (
            (verb in _FINDING and _one_found(action, lexicon, broad))
            or (verb in _SWAPPING and action.object.split(" ", 1)[0] in _POSITIONS)
            or (verb in _PLACING and _a_place_reached(action, text, lexicon, vague, broad))
        ):
            done.append(action)  # "find a good therapist", "switch careers", "work at a firm"
            continue
        back = verb == "get" and _back(action, text)  # "get back to work"; not "on track"
        if back or verb in _MOVES or (verb == "go" and _FROM_TO_RE.match(text, action.end)):
            moved = _moves_in(action, text)
            if moved and not _overlapping(action, vague, broad):
                done.append(action)  # "return to work"; not "get back on track": no place
            if moved or back:
                continue
        if verb in _ON_FOOT and _PLACE_REACHED_RE.match(text, action.start + len(action.text)):
            done.append(action)  # "ambulate to the nursing station": there or not
            continue
        words = action.object.split()  # "attend gatherings rather": "rather" goes with "than"
        if len(words) > 1 and words[-1] in _IN_PLACE:
            words = words[:-1]
        if len(words) == 1 and _their_set(action, words, text, lexicon, vague, broad):
            done.append(action)  # "Memorize students' names": a set that is theirs, all of it
            continue
        if not words:
            if _done_with_no_object(action, text, lexicon, vague, broad):
                done.append(action)
            continue
        if _done_on_its_object(action, words, text, lexicon, vague, broad, credentials):
            done.append(action)
    return _with_acts_shown(done, actions, vague, broad, lexicon, text)


# What names a change had or shown, whatever the verb: "make progress", "show growth",
# "demonstrate improved mood", "demonstrate an improvement in ...": how much is not said.
_CHANGES_HAD: Final = frozenset(
    """
    progress growth improvement improvements gains increase increases decrease decreases
    reduction reductions improved increased decreased reduced
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _no_change_had(found: Sequence[Action]) -> tuple[Action, ...]:
    # "demonstrate improved mood", "show growth": a change had, by no amount, is never done.
    # Asked of each action's first words directly: a case-blind search of the statement for
    # the words first cost about four times as much, and an object's words are the text's.
    return tuple(action for action in found if not a_change_had(action)) if found else ()


def a_change_had(action: Action) -> bool:
    """Whether *action* acts on a change with no amount ("show monthly increases",
    "demonstrate improved coping mechanisms"), which no one can check as done.

    Examples:
        >>> from goalkit import analyze_text
        >>> a_change_had(analyze_text("The patient will demonstrate improved mood").actions[0])
        True
    """
    return not _CHANGES_HAD.isdisjoint(action.object.split()[:3])


def _with_acts_shown(
    done: list[Action],
    actions: Sequence[Action],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str,
) -> tuple[Action, ...]:
    """*done*, and the acts shown whatever their verb: an objective's act ("Students will
    write questions"), one piece mastered ("master the headstand"); none a change had."""
    verbs = {action.verb for action in actions}
    if "be" not in verbs and _MASTERING.isdisjoint(verbs) and not _objective_subject(text):
        return _no_change_had(done)  # most statements: no objective, progressive or piece
    objective = _with_objective_acts(done, actions, vague, broad, lexicon, text)
    progressive = (
        _with_progressives(objective, actions, vague, broad, lexicon, text)
        if "be" in verbs
        else objective
    )
    return _no_change_had(_with_pieces_mastered(progressive, actions, text))


def _with_progressives(
    done: tuple[Action, ...],
    actions: Sequence[Action],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str,
) -> tuple[Action, ...]:
    """*done*, and the acts said in the progressive: "I'll be taking my exam in the
    spring" says "I'll take my exam", read as such (the act an ending verb names)."""
    read = []
    for action in actions:
        if action.verb != "be" or action.purpose:
            continue
        words = action.object.split()
        if not words or not words[0].endswith("ing"):
            continue
        verb = cached_lemma(words[0], TELIC_VERBS)
        if verb is None or verb in _BE_VERBS or action in done:
            continue
        taken = attrs.evolve(action, verb=verb, object=" ".join(words[1:]))
        if len(words) > 1 and _done_on_its_object(
            taken, words[1:], text, lexicon, vague, broad, credentials=False
        ):
            read.append(taken)  # "be submitting a fellowship application"
    if not read:
        return done
    return tuple(sorted((*done, *read), key=lambda action: action.start))


# The subject of a learning or care objective, as such objectives open: "Students will",
# "The learner will", "Patient / Caregiver will", "My 3-year-old will".
_OBJECTIVE_RE: Final = re.compile(
    r"\W*(?:(?:all|each|every)\s+)?(?:(?:the|my|our|your|his|her|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:students?|learners?|pupils?|patients?|clients?|child|children|kids?|"
    r"residents?|[\w-]+-year-olds?)(?:\s*/\s*[a-z]+)?\s+(?:will|can|should|shall)\s+",
    re.IGNORECASE,
)
# Verbs an objective sets that show nothing done: learning, taking part, keeping up, a change.
_NOT_DEMONSTRATED: Final = frozenset(
    """
    learn practice practise participate engage attend explore apply comply become be have feel
    gain acquire appreciate enjoy try continue keep work spend report sleep eat drink get
    take show increase decrease reduce improve grow build develop receive
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _with_objective_acts(
    done: list[Action],
    actions: Sequence[Action],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str,
) -> tuple[Action, ...]:
    """*done*, and the acts a learning or care objective sets that are shown or not."""
    opened = _objective_subject(text)
    if not opened:
        return tuple(done)
    counted = {action.start for action in done}
    shown = []
    for index, action in enumerate(actions):
        if action.purpose or action.start in counted:
            continue
        if not action.object and index + 1 < len(actions):
            action = _sharing(action, actions[index + 1], text)
        if _objective_act(action, text, opened, lexicon, vague, broad):
            shown.append(action)  # "Students will use tally charts to interpret data"
    if not shown:
        return tuple(done)
    return tuple(sorted((*done, *shown), key=lambda action: action.start))


# Verbs that master or learn one piece, and the pieces that are one performance, shown
# whole or not: a pose, a move, a piece of music, a routine ("master the headstand", "learn
# the Moonlight Sonata"); not an open skill ("master English", "learn the product").
_MASTERING: Final = frozenset({"master", "learn", "perfect", "nail"})
_PIECES: Final = frozenset(
    """
    pose poses asana headstand handstand splits cartwheel backflip kata concerto sonata
    symphony etude étude fingering song aria prelude nocturne minuet waltz monologue poem
    routine choreography
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_ONE_NAMED: Final = frozenset({"the", "this", "that", "my"})
# Words that start when, after the piece: "the handstand this spring", "the sonata by June".
_WHEN_WORDS: Final = frozenset("this next by before in within during for on at".split())  # noqa: SIM905


def _with_pieces_mastered(
    done: tuple[Action, ...], actions: Sequence[Action], text: str
) -> tuple[Action, ...]:
    """*done*, and any piece mastered or learnt whole: "I will master the headstand",
    "learning the Sibelius Violin Concerto in two weeks", "master Crow Pose"."""
    pieces = [
        action
        for action in actions
        if action.verb in _MASTERING
        and not action.purpose
        and _one_piece(action, text)
        and action not in done
    ]
    if not pieces:
        return done
    return tuple(sorted((*done, *pieces), key=lambda action: action.start))


def _one_piece(action: Action, text: str) -> bool:
    # One piece, named or with "the", "this", "my": "the headstand", "Sirshana pose",
    # "this fingering"; not "a new move" (which?), "your scales" (how many?).
    words = action.object.replace("-", " ").split()
    when = next((i for i, word in enumerate(words) if i and word in _WHEN_WORDS), len(words))
    words = words[:when]  # "the handstand this spring": the piece, not when
    if not words or words[-1] not in _PIECES:
        return False
    written = text[action.start : action.end].split()[1:2]
    return words[0] in _ONE_NAMED or (bool(written) and written[0][:1].isupper())


def _objective_subject(text: str) -> int:
    """Where the first act of a learning or care objective starts ("Students will *name*
    ..."), or 0 when *text* does not open as one."""
    if "will " not in text and "can " not in text and "should " not in text:
        return 0
    found = _OBJECTIVE_RE.match(text)
    return 0 if found is None else found.end()


def _objective_act(
    action: Action,
    text: str,
    opened: int,
    lexicon: Lexicon,
    vague: Sequence[Wording],
    broad: Sequence[Wording],
) -> bool:
    """Whether *action*, an act an objective sets its learner, is shown or not, as "be
    able to" would say it: "Students will write questions in the present tense", "The
    learner will demonstrate kicking". Not learning, taking part or a change ("Students
    will learn ...", "will participate in ...", "will improve ..."); only the acts said
    first, joined by "and" or commas."""
    between = text[opened : action.start].rstrip().lower()
    if between and not (
        between.endswith((" and", " or", ","))
        and len(between.split()) <= 6
        and _MENTAL.isdisjoint(between.split())  # "will understand and use": not shown
    ):
        return False  # "Students will read a text to find its theme": the first acts only
    return (
        bool(action.object)
        and action.verb not in lexicon.vague_verbs
        and action.verb not in _NOT_DEMONSTRATED
        and action.object.split(" ", 1)[0] not in _RELATIONS
        and _shown(action, text, vague, broad)
    )


def _gates(words: frozenset[str]) -> tuple[bool, bool, bool, bool, bool]:
    """Whether the statement's *words* name a credential, ask for all one can ("as many as
    possible"), continue, make a passive or qualify, and say "regular": cheap word tests
    that let `completions` skip readings that cannot apply. Most statements hold none of
    these words (`_GATE_WORDS`), which `completions` tests first, in one go."""
    return (
        not _CREDENTIAL_WORDS.isdisjoint(words),
        "possible" in words or not _ALL_ONE_CAN_WORDS.isdisjoint(words),
        not _GOING_ON_WORDS.isdisjoint(words),
        not _REACHED_WORDS.isdisjoint(words),
        not _REGULAR.isdisjoint(words),
    )


def _of_ability(text: str) -> bool:
    # Whether *text* may say an ability: "be able to", "the ability to", or an opening "I
    # can" (not "reliable", "manageable").
    return (
        "able to" in text
        or "Able to" in text
        or "ability to" in text
        or text.lstrip(_OPENING)[:6].lower() == "i can "
    )


def _done_on_its_object(
    action: Action,
    words: list[str],
    text: str,
    lexicon: Lexicon,
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    credentials: bool,
) -> bool:
    """Whether *action* ends on its object, *words* (never empty): every one of a set, one
    of a kind, or a telic verb or a whole, definite thing that is not open-ended."""
    verb = action.verb
    first = words[0]
    if (
        first in _EACH
        and verb not in _TENDING
        and verb not in lexicon.vague_verbs
        and _EVERY_RE.match(" " + action.object)
        and not _overlapping(action, vague, broad)
    ):
        return True  # "Proofread every email": every one of a set, read as the object
    start = action.end - len(action.object)
    if (
        first not in _DEFINITE
        and not text[start : start + 1].islower()  # cheap first: most start in lower case
        and _a_proper_name(action, words, lexicon, text)
    ):
        return True  # "climb Kilimanjaro", "try out JLPT N4": one, named
    # Cheap word tests first: one of a kind needs a first, a credential, an event or a show.
    if (
        credentials or words[-1] in _EVENTS or verb in _SHOW_VERBS or "first" in words[:2]
    ) and _one_of_a_kind(action, words, text, credentials):
        if not _overlapping(action, vague, broad):
            return True  # "Lead my first project", "achieve the PMP certification"
    elif _no_end(verb, words, action, text):
        return False  # "attend therapy", "be fully recovered", "make progress"
    return (
        verb in TELIC_VERBS
        or ((first in _ONE or first in _NUMBERED) and _one_thing(action, words, lexicon, text))
        or (verb in _MAKING and first in _ONE and _a_thing_made(action, words, text))
        or first in _ALL_OF  # "write all letters in cursive": the whole set
        or (
            first in _DEFINITE
            and ((len(words) > 1 and words[1] in _ALL_OF) or _phrasal(action, text))
        )  # "study the entire syllabus", "Check out this new event"
    ) and not _open_ended(action, words, vague, broad, lexicon, text)


def _done_regularly(action: Action, text: str) -> bool:
    """Whether *action* is said to be done regularly, with no count: "Schedule regular
    breaks", "attend a yoga class regularly", "meet on a regular basis".

    "Regular" says the thing recurs but not how often, so it is never done, as
    "every week" or "twice a month" would be (those are standards, read apart);
    "the benefits of regular exercise" only names what is described.
    """
    words = action.object.split(" of ")[0].split()
    if "regular" in words:
        return True
    clause = _CLAUSE_END_RE.split(text[action.start + len(action.text) :], 1)[0].lower()
    return "regularly" in clause.split() or "regular basis" in clause


_REGULAR: Final = frozenset({"regular", "regularly"})


# Verbs that make a thing when their object is one ("develop a training plan"), though
# on a quality or an area they change it by no amount ("develop my skills").
_MAKING: Final = frozenset({"develop", "devise", "formulate", "prepare"})
# Things made, that exist by the deadline or do not: a plan, a programme, a protocol.
_MADE: Final = frozenset(
    """
    plan plans program programs programme programmes protocol protocols policy policies
    procedure procedures proposal proposals report handbook manual guide curriculum syllabus
    budget website app toolkit template checklist course workshop presentation portfolio
    resume newsletter rubric database
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_MADE_TOO_RE: Final = re.compile(
    rf"\s+(?:and|&)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(_MADE))})\b", re.IGNORECASE
)


def _a_thing_made(action: Action, words: list[str], text: str) -> bool:
    """Whether *action* makes one thing named: "develop a fall protection plan", "Develop a
    skills-based incentive and assessment program"; not "develop my leadership"."""
    return words[-1] in _MADE or _MADE_TOO_RE.match(text, action.end) is not None


def _continued(action: Action, text: str) -> bool:
    """Whether *action* is said to go on ("continue to build a portfolio", "keep writing
    songs", "carry on volunteering"): what is continued has no end, whatever its object."""
    before = text[max(0, action.start - 16) : action.start].lower()
    return ("contin" in before or "keep" in before or "carry" in before) and (
        _CONTINUED_RE.search(before) is not None
    )


_GOING_ON_WORDS: Final = frozenset(
    """
    continue continues continued continuing keep keeps keeping kept carry carries carrying
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_CONTINUED_RE: Final = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)(?:\s+to)?|keep(?:s|ing)?|kept|carr(?:y|ies|ying)\s+on)\s+\Z"
)


def _taking_part(action: Action, text: str) -> bool:
    """Whether *action* takes part in an activity kept up, with no end: "participate in
    study groups", "get into podcasts", "get back into meditation", "Get involved", or
    resumes a habit ("get back into the habit of running") or an activity that never
    ends ("get back to working on my thesis"; "get back to running" is a return, made).

    Taking part in one thing ("participate in one outreach event", "get into the nursing
    programme") is done or not; in a kind, a pastime or nothing named, it goes on.
    """
    found = _TAKING_PART_RE.match(text, action.start + len(action.text))
    if found is None or (action.verb != "get") != (found.group("into") is None):
        return False  # "get back to work", "get a job"; "participate" needs no "into"
    following = found.group("next")
    if found.group("resumed") is not None:
        return following is not None and cached_lemma(following.lower(), _ONGOING) is not None
    return following is None or (
        following.lower() not in _DEFINITE
        and following.lower() not in _ONE_OR_AT
        and not following[:1].isdigit()
        and not following[:1].isupper()  # "get into Stanford": one, named
    )


# Verbs of taking part, and what follows them: "participate in", "engage in", "get into",
# "get back into", "get involved (in)".
_TAKING_PART: Final = frozenset({"participate", "engage", "get"})
_TAKING_PART_RE: Final = re.compile(
    # "Participate actively in ...": how one takes part, said first.
    # "get into the habit of meditating", "get back to working on": an activity resumed.
    r"\s*(?:[a-z]+ly\s+)?(?:(?P<into>(?:back\s+)?into(?:\s+the\s+habits?\s+of)?|"
    r"(?P<resumed>back\s+to(?=\s+[a-z]+ing\b))|involved(?:\s+(?:in|with))?)|in|(?P<none>\W*\Z))"
    r"\s*(?P<next>[\w'’-]+)?",
    re.IGNORECASE,
)
_ONE_OR_AT: Final = frozenset({"one", "at", "every", "each"})
# Activities that go on by their nature, resumed or not: "get back to working on my thesis".
_ONGOING: Final = frozenset({"work", "practice", "practise", "study"})


def _a_state_reached(action: Action, text: str) -> bool:
    """Whether *action* reaches a state that is so or not: a passive of one ("to be promoted
    to clinical supervisor", "will be admitted to the bar") or a qualifying ("Requalify for
    Boston"). A role, a place or a pass, had or not at the deadline."""
    if action.verb in _QUALIFYING:
        return action.object.startswith("for ")
    return (
        action.text.lower() in _VERIFIABLE_STATES
        and _BE_BEFORE_RE.search(text, 0, action.start) is not None
    )


# Verbs of earning a place: "qualify for the state finals", "requalify for Boston".
_QUALIFYING: Final = frozenset({"qualify", "requalify"})
_REACHED_WORDS: Final = _VERIFIABLE_STATES | {
    "qualify",
    "qualifies",
    "qualifying",
    "requalify",
    "requalifies",
    "requalifying",
}
_NO_GATES: Final = (False, False, False, False, False)
# Any word of the gates above: a statement with none skips them all.
_GATE_WORDS: Final = (
    _CREDENTIAL_WORDS
    | _ALL_ONE_CAN_WORDS
    | {"possible"}
    | _GOING_ON_WORDS
    | _REACHED_WORDS
    | _REGULAR
)
# A form of "be" just before a participle makes it passive: "to be promoted", "was hired".
_BE_BEFORE_RE: Final = re.compile(
    r"\b(?:be|being|been|am|is|are|was|were|['’]m|['’]re)\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE
)


def _shown(action: Action, text: str, vague: Sequence[Wording], broad: Sequence[Wording]) -> bool:
    """An ability *action* that is shown or not, after "be able to".

    "Students will be able to add and subtract two-digit numbers" is; "speak
    Spanish fluently" sets no level to show, "read some articles" no amount.

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("I will be able to read some articles").completions]
        []
    """
    return (
        action.verb not in _MENTAL
        and not _overlapping(action, vague, broad)
        and not _how_well(text, action)
        and not _some_of(action.object)  # "read some articles", "a few dishes"
        and not _a_high_degree(action.object.split())  # "with a high level of accuracy"
    )


# Verbs of showing what one knows by doing it, in front of someone who checks: a child
# names the body parts or does not; a client lists ways to cut salt or does not. Not
# "demonstrate", which mostly shows a quality ("demonstrate leadership").
_PERFORMED: Final = frozenset(
    """
    name list identify describe explain recite print tie spell label verbalize locate
    define sort classify retell summarize summarise comment introduce interpret compare
    estimate
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# What comes before a performance verb that puts the showing off: "learn to identify".
_PUT_OFF_RE: Final = re.compile(
    r"\b(?:learn|learns|learning|learned|practi[cs]e|practi[cs]ing|try|trying|how)\s+to\s+\Z",
    re.IGNORECASE,
)


def _performed(
    action: Action, text: str, vague: Sequence[Wording], broad: Sequence[Wording]
) -> bool:
    """Whether *action*, a verb of showing (`_PERFORMED`), shows a skill on what it names.

    "Will name body parts", "The client can list ways to reduce sodium": the
    skill is shown by doing it, as "be able to" would say; not more or some of
    it ("verbalize less fear"), nor how well with no level ("describe it
    clearly"), nor a skill still being learnt ("learn to identify organelles").

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("Students will label the parts of a flower").completions]
        ['label']
        >>> [a.verb for a in analyze_text("Learn to label the parts of a flower").completions]
        []
    """
    if vague and action.object.split(" ", 1)[0] in _KNOWING:
        # "verbalize understanding of the diet": what is known, said aloud, is shown; the
        # knowing is vague only where nothing shows it ("gain an understanding of").
        start = action.end - len(action.object)
        vague = [w for w in vague if not (w.start == start and w.text.lower() in _KNOWING)]
    return _shown(action, text, vague, broad) and _PUT_OFF_RE.search(text, 0, action.start) is None


# Knowing, as a noun, which a verb of showing shows: "verbalize understanding of ...".
_KNOWING: Final = frozenset({"understanding", "knowledge", "awareness", "comprehension"})


# Things a learner knows by heart, every one or not: facts, tables, letters, a number.
_BY_HEART: Final = frozenset(
    """
    facts fact tables table letters alphabet numbers number names words sounds colours colors
    shapes address birthday bonds
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _known_by_heart(action: Action) -> bool:
    """Whether *action* ("know ...") names a whole set known by heart, shown or not.

    "your child will know all of the facts", "know complete phone number",
    "know their multiplication facts": all of a finite set, recited or not, as
    "master the 7s facts" is. Not "know the textbook" (what would show it?), and
    not "get to know" (a purpose, skipped before).
    """
    words = action.object.replace(" of ", " ").split()
    return (
        len(words) > 1
        and (words[0] in _ALL_OF or words[0] in _ONE or words[0] == "complete")
        and words[-1] in _BY_HEART
    )


# Verbs that hold a role: be it, become it, work as it, or lead the group it leads.
_HOLDING: Final = frozenset({"be", "become", "work", "serve", "lead", "manage", "head", "run"})
# The heads of job titles: "sales manager", "Branch Manager", "head of department".
_ROLES: Final = frozenset(
    """
    manager director supervisor executive instructor teacher nurse engineer officer principal
    coordinator specialist analyst consultant president partner captain editor professor
    lecturer administrator developer designer architect accountant attorney lawyer physician
    therapist counselor counsellor superintendent dean chair founder owner ceo cto cfo vp
    head lead
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Groups a person leads, which one leads or does not: "manage my own team".
_LED: Final = frozenset(
    "team teams department unit group branch division office crew squad committee".split()  # noqa: SIM905
)
_LEADING: Final = frozenset({"lead", "manage", "head", "run"})
_LEADING_NOW: Final = frozenset({"leading", "managing", "heading", "running"})
_AS_ROLE_RE: Final = re.compile(
    r"\s+as\s+(?:(?:a|an|the)\s+)?(?P<title>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE
)


def _a_kind(words: list[str], lexicon: Lexicon) -> bool:
    # "a better manager", "a more effective teacher", "a bigger team": how good, not which.
    return any(
        word in _MORE or word in lexicon.vague_adjectives or comparative(word) for word in words
    )


def _beyond_the_title(action: Action, vague: Sequence[Wording]) -> tuple[Wording, ...]:
    # "becoming sales": read as a state when "sales" is not known as a noun, though it names
    # the kind of manager; the title's own words are not vague (`_a_role_held` has checked).
    title = action.object.split()
    return tuple(w for w in vague if w.text.split()[-1].lower() not in title[:-1])


def _a_role_held(action: Action, text: str, lexicon: Lexicon) -> bool:
    """Whether *action* holds a role, which one holds at the deadline or does not.

    A job title, with or without its article ("becoming sales manager", "be
    working as a Branch Manager"), a place in a body ("become part of the
    leadership team") or a group led ("manage my own team", "be leading a team of
    my own"). A title with an article ("become a manager") is read as one thing
    done already; a kind of person ("become a better leader") is no role.

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("Become deputy head of the science faculty").completions]
        ['become']
        >>> [a.verb for a in analyze_text("Manage my time").completions]
        []
    """
    words = action.object.split(" of ")[0].split()
    if not words:
        return False
    # The cheap tests first: most actions of "be" name no role, and `_a_kind` reads words.
    verb = action.verb
    if verb in ("work", "serve") or (verb in _BE_VERBS and words[0] in ("working", "serving")):
        after = action.end if verb in _BE_VERBS else action.start + len(action.text)
        role = _AS_ROLE_RE.match(text, after)  # "as a Branch Manager", "as head of ..."
        title = role.group("title").lower().split() if role is not None else []
        return not _ROLES.isdisjoint(title) and not _a_kind(title, lexicon)
    if verb in _LEADING or (verb in _BE_VERBS and words[0] in _LEADING_NOW):
        led = words if verb in _LEADING else words[1:]
        # A group of one's own to lead, a role gained: "manage my own team", "lead a team";
        # not the team one has ("lead the team to success", "manage my team effectively"),
        # "lead teams" or "lead a bigger team".
        return (
            len(led) > 1
            and (led[0] in ("a", "an", "one") or "own" in led)
            and led[-1] in _LED
            and not _a_kind(led, lexicon)
            and not _how_well(text, action)
        )
    if verb not in _BE_VERBS:
        return False
    if words[0] == "part" and len(words) == 1:
        return action.object.split(" of ", 1)[-1].split()[-1:] in (["team"], ["board"], ["staff"])
    # A bare title: "becoming sales manager"; one with an article is read elsewhere; not a
    # kind of person ("become good manager").
    return words[0] not in _DEFINITE and words[-1] in _ROLES and not _a_kind(words, lexicon)


# Verbs that put a person somewhere: in a workplace, a school, a team.
_PLACING: Final = frozenset(
    "work live study play teach go get make move volunteer intern".split()  # noqa: SIM905
)
# Places one is in, or not, at the deadline: a workplace, a school, a team, a programme.
_PLACES_HELD: Final = frozenset(
    """
    company firm startup start-up business restaurant hotel hospital clinic agency bank
    charity nonprofit non-profit organisation organization school college university academy
    programme program team league club orchestra band choir lab laboratory studio district
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# The places named by the bare noun, as one enters them: "go to university", "in college".
_ENTERED: Final = frozenset({"college", "university"})
_TO_A_PLACE: Final = frozenset({"in", "at", "for", "to", "into", "on"})
# Words that end the place's noun phrase: "a restaurant *in* Paris", "a team *of* my own".
_PLACE_ENDS: Final = frozenset("of in at by with where that who which and or as to".split())  # noqa: SIM905


def _a_place_reached(
    action: Action,
    text: str,
    lexicon: Lexicon,
    vague: Sequence[Wording],
    broad: Sequence[Wording],
) -> bool:
    """Whether *action* puts the person in a place they are in or not at the deadline: a
    workplace ("work at a start-up", "work for a small company"), a school entered ("go to
    university"), a level played at ("play football in college"), or any place made ("make
    it to the finals"). Not a kind of place ("a better school"), nor a routine one goes to
    ("go to school", "get to the gym")."""
    return _a_place_said(action, text, lexicon) and not _overlapping(action, vague, broad)


def _a_place_said(action: Action, text: str, lexicon: Lexicon) -> bool:
    # The cheap reading of `_a_place_reached`, before what is vague is weighed.
    at = action.start + len(action.text)
    after = text[at : at + 80].lower().split()[:7]
    words = [word.strip(".,;:!?()\"'“”") for word in after]
    if action.verb == "make":
        # "make it to retirement", "make it into the team": arriving, whatever the place.
        return (
            len(words) > 2
            and words[0] == "it"
            and words[1] in ("to", "into")
            and not _a_kind(words[2:4], lexicon)
        )
    if words[:1] in (["myself"], ["up"]):
        words = words[1:]
    if action.verb == "play":
        words = words[next((i for i, w in enumerate(words) if w in _TO_A_PLACE), 0) :] or words
        if words[:1] and words[0] in _ENTERED:
            return True  # "play college football": the level reached
    if not words or words[0] not in _TO_A_PLACE:
        return False
    phrase = []
    for word in words[1:5]:
        if word in _PLACE_ENDS:
            break
        phrase.append(word)
    if not phrase or _a_kind(phrase, lexicon):
        return False  # "get into a good college": which is not said
    head = phrase[-1]
    if action.verb == "work" and head == "team":
        return False  # "work in a team", "work for the team": how one works, not where
    return head in _ENTERED or (head in _PLACES_HELD and phrase[0] in _DEFINITE)


def _their_set(
    action: Action,
    words: Sequence[str],
    text: str,
    lexicon: Lexicon,
    vague: Sequence[Wording],
    broad: Sequence[Wording],
) -> bool:
    """Whether *action* acts on a whole set that is someone's: "Memorize students' names"."""
    return (
        len(words) == 1
        and action.verb not in lexicon.vague_verbs
        and _PLURAL_POSSESSIVE_RE.match(text, action.end) is not None
        and words[0].endswith("s")
        and not _overlapping(action, vague, broad)
    )


# Verbs that, on one thing, keep it up, change it by no amount or pass it on, so are never
# done: "own the weekly update", "refine his printing", "share your teaching".
_NEVER_DONE: Final = frozenset(
    """
    use keep maintain continue practice practise enjoy spend manage lead run support help
    teach coach mentor watch love like want need feel work live stay own hold refine turn
    change adapt adjust integrate incorporate embed overcome handle share spread prove show
    ask brand position market promote grow track monitor measure observe limit curb moderate
    minimize minimise
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _one_thing(action: Action, words: list[str], lexicon: Lexicon, text: str) -> bool:
    """Whether the action, whatever its verb, is done once to one thing named.

    "Revise my resume", "Pick a major", "Ride a bike", "Form a new committee": one
    thing, with "a", "the" or "my", done or not; or a part named by its number
    ("proofread Chapter 2", "Cover Unit 9"). Not a verb that keeps a thing up,
    changes it by no amount or weighs it (`_NEVER_DONE`, the vague verbs), not how
    something else is done ("by identifying the main idea"), not a kind ("meet new
    people") and not a time ("procrastinate this semester").
    """
    verb = action.verb
    if (
        action.means
        or len(words) < 2
        or (words[0] not in _ONE and not (words[0] in _NUMBERED and words[1].isdigit()))
        or verb in lexicon.vague_verbs
        or verb in _NEVER_DONE
        or verb in _TENDING
        or verb in _WEIGHING
    ):
        return False
    last = words[-1]
    return last not in _TIMES and (
        not (last.endswith("s") and not last.endswith("ss")) or _a_name(action, text)
    )


# Verbs that, on a thing named, take it in, weigh it or keep it up rather than do it once:
# "study French", "use Canva", "explore Python".
_NOT_ONCE: Final = frozenset(
    """
    study learn speak read watch listen explore research use practice practise enjoy improve
    know understand master follow assist
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _a_proper_name(action: Action, words: list[str], lexicon: Lexicon, text: str) -> bool:
    """Whether *action* is done once to a thing named by its proper name, written in capitals
    in a statement that is not in title case: "climb Kilimanjaro", "try out JLPT N4".

    A name says which one, as "the" does: a mountain climbed, an exam sat, a
    city visited is done or not. Not a language ("speak Spanish"), nor a verb that
    takes a named thing in or keeps it up ("study French", "use Canva").
    """
    verb = action.verb
    if (
        verb in lexicon.vague_verbs
        or verb in _NEVER_DONE
        or verb in _TENDING
        or verb in _WEIGHING
        or verb in _NOT_ONCE
        or not _LANGUAGES_NAMED.isdisjoint(words)
    ):
        return False
    start = action.end - len(action.object)
    written = text[start : action.end].split()
    if len(written) != len(words) or not written or not written[0][:1].isupper():
        return False  # not "March 3", a date
    # The name, and after it only when or where: "climb Kilimanjaro this year".
    named = 1
    while named < len(written) and (written[named][:1].isupper() or written[named][:1].isdigit()):
        named += 1
    if named < len(words) and words[named] not in _AFTER_A_NAME:
        return False
    # Capitals elsewhere, past the first word, would be title case ("Apply To Graduate
    # Programs") or shouting ("EAT LESS CANDY"), where a capital names nothing.
    rest = (text[:start] + " " + text[action.end :]).split()[1:]
    return sum(word[:1].isupper() for word in rest) * 2 < len(rest) and not _open_ended(
        action, words[:named], (), (), lexicon, text
    )


# Words that start when or where, after a name: "climb Kilimanjaro this year".
_AFTER_A_NAME: Final = frozenset(
    "this next by in on at before during within again with for".split()  # noqa: SIM905
)


def _a_name(action: Action, text: str) -> bool:
    """Whether the action's object ends in a name, which is one thing even ending in "s".

    "Earn MLIS", "go to the Galapagos": an acronym, or a capital in a statement
    not written in title case ("Apply to Graduate Programs" names a kind).
    """
    written = text[action.start : action.end].split()
    if len(written) < 2:
        return False
    last = written[-1].strip(".,;:!?()\"'’“”")
    if len(last) > 1 and last.isupper():
        return True
    if not last[:1].isupper():
        return False
    # Title case: most of the longer words start with a capital.
    long_words = [word for word in text.split() if len(word) > 3]
    capitals = sum(word[:1].isupper() for word in long_words)
    return capitals * 2 <= len(long_words)


_ONE: Final = frozenset("a an the my your his her our their this that another".split())  # noqa: SIM905
_LANGUAGES_NAMED: Final = frozenset(language.lower() for language in LANGUAGES)
# Parts of a work named by their number, each one thing: "Chapter 2", "Unit 9", "Lesson 8".
_NUMBERED: Final = frozenset(
    "chapter unit lesson module section part act scene movement appendix volume".split()  # noqa: SIM905
)
_TIMES: Final = frozenset(
    "day night morning evening week weekend month year semester term quarter season time".split()  # noqa: SIM905
)


# What is left on others, judged by them: "a lasting impression", "a delightful experience".
_IMPRESSIONS: Final = frozenset(
    {"impression", "impressions", "experience", "experiences", "difference", "impact", "vibe"}
)
_LEAVING: Final = frozenset(
    {"make", "create", "leave", "give", "provide", "deliver", "have", "build", "offer"}
)
# Verbs that come to have a quality: "attain fluency", "gain confidence", "achieve balance".
_ACQUIRING: Final = frozenset(
    {"attain", "achieve", "gain", "reach", "obtain", "earn", "get", "find"}
)
# Changes by an amount: "increased mobility" had says by how much no more than "increase" does.
_BY_AMOUNT: Final = frozenset(
    """
    improve increase reduce decrease lower raise boost enhance strengthen expand grow lessen
    diminish heighten deepen widen better
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# What "take" takes only in a light sense: "take steps", "take action", "take charge",
# "take control of my life", "take a break from ambitions".
_TAKEN_LIGHTLY: Final = frozenset(
    """
    step steps action actions measures look care charge ownership initiative stock
    advantage chance chances risk risks time control break
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_TAKE_FILLERS: Final = frozenset(
    {"the", "a", "some", "necessary", "needed", "required", "first", "small", "concrete", "more"}
)


def _light_take(words: list[str]) -> bool:
    # "take (the necessary) steps", "take a look", "take action".
    head = next((word for word in words if word not in _TAKE_FILLERS), "")
    return head in _TAKEN_LIGHTLY


def _done_with_no_object(
    action: Action,
    text: str,
    lexicon: Lexicon,
    vague: Sequence[Wording],
    broad: Sequence[Wording],
) -> bool:
    """Whether an action with no object read is done or not: by what follows it, or alone."""
    verb = action.verb
    if verb in _TENDING:
        return False  # "support every learner": no end to it
    if verb in TELIC_VERBS and _TITLE_RE.match(text, action.end):
        return True  # "Launch the “Be a Writer Who” Series": one, named
    if verb not in lexicon.vague_verbs and _EVERY_RE.match(text, action.end):
        return not _overlapping(action, vague, broad)  # "Read every case"
    return verb in _DONE_ALONE or (
        verb == "contribute"
        and _CONTRIBUTION_RE.match(text[action.start + len(action.text) :]) is not None
    )  # "quit", "graduate", "Contribute to a project"


def _sharing(action: Action, following: Action, text: str) -> Action:
    """The action with the object of the verb it is joined to, if they share one.

    "Create and maintain a fall budget", "Draft, edit and send the letter":
    each verb acts on what the last one does.
    """
    if following.object and _JOINED_RE.fullmatch(text, action.end, following.start):
        return attrs.evolve(action, object=following.object, end=following.end)
    return action


_JOINED_RE: Final = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?", re.IGNORECASE)


def _a_high_degree(words: list[str]) -> bool:
    # "high quality research", "a high level of support": a degree with no line to reach.
    return (
        not _HIGH.isdisjoint(words)
        and any(
            word in _HIGH and following in _DEGREES for word, following in itertools.pairwise(words)
        )
    ) or not _HIGH_DEGREES.isdisjoint(words)


_HIGH: Final = frozenset({"high", "higher", "highest", "top"})
_DEGREES: Final = frozenset({"quality", "level", "standard", "standards", "degree", "calibre"})
_HIGH_DEGREES: Final = frozenset(
    {"high-quality", "high-level", "higher-quality", "top-quality", "top-notch"}
)


def _some_of(words: str) -> bool:
    # "some basic articles", "a few easy dishes", "several songs", "most letters", "more
    # words", "a lot of writing", "my first few clients": how many is left open.
    return words.startswith(_SOME) or not _MORE.isdisjoint(words.split())


# Amounts said in words that count nothing: "a lot of writing", "lots of hills".
_SOME: Final = ("a few ", "several ", "most ", "a lot ", "lots ", "plenty ", "a bit of ")


def _how_well(text: str, action: Action) -> bool:
    # A word in the action's clause that says how well, with no level: "fluently", "clearly".
    clause = _CLAUSE_END_RE.split(text[action.start :], 1)[0].lower().split()
    return not _HOW_WELL.isdisjoint(word.strip(".,;:!?") for word in clause)


def _one_of_a_kind(action: Action, words: list[str], text: str, credentials: bool) -> bool:
    """Whether the action is one event, whatever its verb: a first, a credential, a show.

    *credentials* says whether *text* names any credential at all.
    """
    if action.verb == "take" and _light_take(words):
        return False  # "take the first steps": steps towards, not one thing done
    if (
        words[0] == "first" or (len(words) > 1 and words[0] in _DEFINITE and words[1] == "first")
    ) and "few" not in words:
        return True  # "Lead my first cross-team project"; not "my first few clients"
    verb = action.verb
    if credentials and verb not in _WEIGHING:
        after = text[action.start + len(action.text) :]
        if _CREDENTIAL_RE.match(after) is not None:
            return not after.lstrip()[:5].lower().startswith(("more ", "some "))
    if (
        len(words) > 1
        and words[0] in ("a", "an", "one")
        and words[-1] in _EVENTS
        and verb not in _WEIGHING
    ):
        return True  # "leading a group session", "host a webinar": one event, held or not
    if (
        verb in _ATTENDING
        and words[-1] in _EVENTS
        and words[-1] not in _REGULAR_EVENTS
        and words[0] not in _MORE
        and not words[0].endswith("ly")
    ):
        return True  # "Attend in-state conference": a headline drops "a", one event still
    return (
        verb in _SHOW_VERBS
        and _SHOWN_AT_RE.match(text[action.start + len(action.text) :]) is not None
    )


# Verbs of being at or putting on an event; with a bare singular one, as headlines write
# ("Attend in-state conference"), it is one event all the same.
_ATTENDING: Final = frozenset({"attend", "host", "hold", "organize", "organise", "give"})
# Events that recur, so that a bare one is a habit: "go to class", "attend meeting".
_REGULAR_EVENTS: Final = frozenset({"class", "lesson", "lecture", "meeting"})
# Events that happen once: leading, holding or giving one is done or not.
_EVENTS: Final = frozenset(
    """
    session workshop webinar seminar meeting presentation talk lecture lesson class retreat
    meetup conference demo tour trip interview fundraiser party event
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _no_end(verb: str, words: list[str], action: Action, text: str) -> bool:
    """Whether a telic verb's object keeps it open: an activity, a state, a light sense."""
    first = words[0]
    if first in _RELATIONS:
        return False  # "be on honor roll", "get back to work", "write in paragraphs"
    if verb in _BE_VERBS:
        if first in _DEFINITE:
            return len(words) > 1 and words[1] in _SUPERLATIVES  # "the most sought-after"
        return (
            first not in _VERIFIABLE_STATES
            and not (first.endswith("-free") and first[:-5] not in _FELT)
            and (len(words) == 1 or words[1] not in _VERIFIABLE_STATES)
        )  # "be fully recovered"; "get certified", "be debt-free"
    if verb == "make":
        return first in _LIGHT_OBJECTS or (len(words) > 1 and words[1] in _LIGHT_OBJECTS)
    if verb in _QUITTING and first in _INNER_GERUNDS:
        return True  # "quit worrying", "stop being lazy": a state given up, seen by no one
    if first in _PERSONS and len(words) > 1 and words[1].endswith("ing") and verb in _SETTING:
        return True  # "get him reading", "have them talking": an activity set going, no end
    if verb not in _KEPT_UP or first in _DEFINITE or first in _ALL_OF or first.endswith("ed"):
        return False
    if len(words) > 1 and words[1] in _VERIFIABLE_STATES:
        return False  # "get potty trained", "get board certified": so or not
    # A bare singular noun, as written in lower case: "attend therapy", "take medication".
    written = text[action.start : action.end].split()[1:2] if text else []
    return (
        len(words) <= 2
        and not first.endswith("s")
        and not first[:1].isdigit()
        and bool(written)
        and written[0][:1].islower()
    )


_QUITTING: Final = frozenset({"quit", "stop"})
_INNER_GERUNDS: Final = frozenset(_INNER_ING.split("|"))
# Verbs that set someone going at an activity: "get him reading", "keep them writing".
_SETTING: Final = frozenset({"get", "have", "keep"})
_PERSONS: Final = frozenset({"him", "her", "them", "me", "us", "you"})


# After a bare plural object, "' names": a plural possessive, naming a definite set.
_PLURAL_POSSESSIVE_RE: Final = re.compile(r"['’]\s+[a-z]+s\b", re.IGNORECASE)


def _overlapping(action: Action, vague: Sequence[Wording], broad: Sequence[Wording]) -> bool:
    return any(overlaps(action, wording) for wording in (*vague, *broad))


def _back(action: Action, text: str) -> bool:
    # "get back to work", "get back on the field": a return, as "return to work" is.
    after = text[action.start + len(action.text) :].lstrip()
    return after[:5].lower() == "back "


def _moves_in(action: Action, text: str) -> bool:
    # "return to work", "Move into management", "move out of the dorm", "go from a junior role
    # to a senior one": from one place or role to another, done or not.
    after = text[action.start + len(action.text) :].split(None, 3)
    if after and after[0].lower() == "back":
        after = after[1:]  # "get back to work", "get back on the field"
        if len(after) > 1 and after[0].lower() == "on" and after[1].lower() == "the":
            return True
    if after and after[0].lower() == "from":
        # "go from a junior designer role to a mid-level one": from one to the other.
        return _FROM_TO_RE.match(text, action.start + len(action.text)) is not None
    if len(after) > 2 and after[0].lower() == "out" and after[1].lower() == "of":
        return True  # "Move out of my parents' house": out of a place, there or not
    # "into a leadership role" names no role, only a kind.
    return len(after) > 1 and after[0].lower() in ("to", "into") and after[1].lower() not in _A


_A: Final = frozenset({"a", "an"})
_FROM_TO_RE: Final = re.compile(r"\s+from\s+[^.;:!?,]{1,60}?\s(?:to|into)\s+\S", re.IGNORECASE)


def _phrasal(action: Action, text: str) -> bool:
    # "Check out this new event": a particle, a word of its own, just after the verb.
    return _PARTICLE_RE.match(text, action.start + len(action.text)) is not None


_PARTICLE_RE: Final = re.compile(rf"\s*(?:{'|'.join(_PARTICLES)})(?!\S)", re.IGNORECASE)


def _open_ended(
    action: Action,
    words: list[str],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str = "",
) -> bool:
    """Whether the action's object leaves it open: more of something, a quality, a topic."""
    first = words[0]
    if first.endswith("ing") and action.verb in ("start", "try", "begin"):
        return True  # "start practicing healthy habits": an activity begun, not done
    if first.endswith("ed") and cached_lemma(first, _BY_AMOUNT) is not None:
        return True  # "have increased mobility", "get improved sleep": a change by no amount
    if action.verb == "take" and _light_take(words):
        return True  # "take the necessary steps towards", "take action": no end named
    if words[-1] in _IMPRESSIONS and action.verb in _LEAVING:
        return True  # "create a lasting impression", "make onboarding a delightful experience"
    if action.verb in _ACQUIRING and first in lexicon.broad_areas:
        return True  # "attain fluency", "gain confidence": a quality, with no level
    head = words[-1] if " of " not in action.object else action.object.split(" of ")[0].split()[-1]
    if head in _HABITS or (action.verb in _KEEPING_TO and head in _WAYS_KEPT):
        return True  # "make study habits", "follow a schedule": a way of living, kept up
    if vague and any(overlaps(action, w) and _UNNAMED_RE.fullmatch(w.text) for w in vague):
        return False  # "Get extra certification": one is got or not, though which is open
    if (
        first == "about"
        or _some_of(action.object)
        or _a_high_degree(words)
        or not _MORE_OR_QUALIFIERS.isdisjoint(words)
        or not lexicon.vague_adjectives.isdisjoint(words)
        or any(word.endswith("er") and comparative(word) for word in words)
    ):
        return True  # "write about ...", "sell more product", "get a higher score"
    if any(overlaps(action, wording) for wording in broad):
        return True
    for wording in vague:
        if overlaps(action, wording) and not _UNNAMED_RE.fullmatch(wording.text):
            return True  # "be a team player"; "get a job" is still done or not
        if 0 <= action.start - wording.end <= 4:
            return True  # "better at reading", "my ability to recognize": what is vague
    # A bare plural names a kind, not one thing: "Meet people", "meet new people",
    # "research meditation apps".
    if first in _NEW and len(words) > 1:
        first = words[1]
    return (
        first not in _DEFINITE
        and not first.endswith(("'s", "’s"))  # "complete Justin's grade": one, named
        and (first in _PLURALS or (first.endswith("s") and _plural_shaped(first, words[-1])))
        and not (len(words) == 1 and _a_name(action, text))  # "Earn MLIS": one, named
    )


# A habit is formed by keeping it up, so no moment ends it: "establish a habit of exercise",
# "Make consistent study habits". A schedule, a diet or a routine kept to is the same ("follow
# a schedule", "keep to my diet"), though one made is a thing made ("Make a study schedule").
_HABITS: Final = frozenset({"habit", "habits"})
_KEEPING_TO: Final = frozenset({"follow", "keep", "stick", "adhere", "maintain"})
_WAYS_KEPT: Final = frozenset(
    "schedule schedules routine routines diet regimen lifestyle timetable".split()  # noqa: SIM905
)


def names_a_way_kept(text: str, wording: Wording) -> bool:
    """Whether a frequency *wording* only says which way of living is kept: "Stick to a
    *daily* schedule", "regulate *daily* routines" (a schedule kept, not a count of acts).

    Examples:
        >>> names_a_way_kept("Stick to a daily schedule", standards("Stick to a daily schedule")[0])
        True
    """
    if _FREQUENCY_RE.fullmatch(wording.text) is None:
        return False  # "Don't diet": a rule, not how often
    # A routine something goes into says how often it is done: "add a mile into a weekly
    # routine" is a mile a week.
    before = text[max(0, wording.start - 12) : wording.start].lower().split()
    following = text[wording.end :].lower().split()[:2]
    return (
        "into" not in before
        and "in" not in before
        and any(word.strip(".,;:!?") in _HABITS | _WAYS_KEPT for word in following)
    )


def _plural_shaped(first: str, head: str) -> bool:
    """Whether an object with no determiner is written as a plural: "people", "articles".

    A noun before another is singular in English ("job descriptions"), so a first word
    in "-s" is mostly the plural head itself; but some singulars end in "-s" ("thesis",
    "ethics", "campus"), and then the head decides: "Submit Thesis", "Obtain ethics
    approval" name one thing, "Attend Campus Events" a kind.
    """
    word = head if first.endswith(_SINGULAR_S) else first
    return word.endswith("s") and not word.endswith(_SINGULAR_S)


# Endings in "s" of singular nouns: Greek and Latin ones ("thesis", "analysis", "campus",
# "status"), a field of study ("ethics", "physics"), "class", "news".
_SINGULAR_S: Final = ("ss", "is", "us", "ics", "news")
