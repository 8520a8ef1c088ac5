"""Specific as a person reads it: round 5's classes (issue 10), in the domain's own wordings.

Each reading is tried in several wordings of our own, not only the corpus's,
with goalkit's own word lists as well as with lemminflect.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goalkit import Criterion, Goal, SmartPolicy, analyze_text, assess
from goalkit._smart.policy import SmartContext
from goalkit._smart.specific import TITLE_NOUNS, learned_reading_asked, what_is_said

AS_OF = datetime.date(2027, 1, 4)


#: The rules alone: these tests check the rules' reading of each class; the learned reading
#: beside them (S-BROAD) is tested in tests/test_broadness.py.
RULES_ONLY = SmartPolicy(learned_specific=False)


def passes_specific(statement: str) -> bool:
    """Whether the rules pass a bare statement on Specific."""
    report = assess(Goal(title=statement), as_of=AS_OF, policy=RULES_ONLY)
    return report.results[Criterion.SPECIFIC].passed


def specific_codes(statement: str) -> list[str]:
    """The Specific finding codes the rules give a bare statement."""
    report = assess(Goal(title=statement), as_of=AS_OF, policy=RULES_ONLY)
    return [f.code for f in report.findings if f.criterion is Criterion.SPECIFIC]


def said(statement: str) -> list[tuple[str, str]]:
    """The actions Specific reads in *statement*, as (verb, object)."""
    context = SmartContext(
        plan=None, as_of=AS_OF, policy=SmartPolicy(), analysis=analyze_text(statement)
    )
    return [(a.verb, a.object) for a in what_is_said(context).actions]


@pytest.mark.usefixtures("english_source")
class TestValuesToReach:
    """A target stated as a value of a named measure is concrete, verb or not."""

    @pytest.mark.parametrize(
        "statement",
        ["The offer acceptance rate target is > 0.9.",
         "Your goal for blood pressure is less than 135 and less than 85.",
         "I need 7.0 in IELTS by August",
         "Graduation in May 2015 from UNCG with a GPA of 3.8 or higher",
         "A1C below 7 by my next check-up",
         "Resting heart rate under 60",
         "Net promoter score of 45 or higher",
         "I want a 5 on the AP Calculus exam",
         "Customer churn target: 2.5"],
    )  # fmt: skip
    def test_a_value_of_a_named_measure_is_specific(self, statement: str) -> None:
        """The measure is named and the value to reach is given: a stranger knows the aim."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement", ["Community involvement.", "Financial Stability", "Work-life balance"]
    )
    def test_a_topic_with_no_value_still_names_no_action(self, statement: str) -> None:
        """A topic with no verb and no value is still a topic."""
        assert "S-NO-ACTION" in specific_codes(statement)

    @given(
        measure=st.sampled_from(["blood pressure", "the churn rate", "my GPA", "BMI", "A1C"]),
        comparison=st.sampled_from(["less than", "at least", "below", "above", "under", ">"]),
        value=st.decimals(min_value=1, max_value=999, places=1),
    )
    @settings(max_examples=40, deadline=None)
    def test_any_compared_value_of_a_measure_is_specific(
        self, measure: str, comparison: str, value: object
    ) -> None:
        """Whatever the value, a measure compared with it names what to reach."""
        assert passes_specific(f"Target for {measure} is {comparison} {value}")


@pytest.mark.usefixtures("english_source")
class TestHeadingsBeforeAGoal:
    """A month, a weekday or "Week N" heading a goal: the goal is what follows."""

    @pytest.mark.parametrize(
        "statement",
        ["January–no artificial sweeteners",
         "November–limit alcohol to Friday and Saturdays",
         "February: no takeout",
         "Week 3 - run a 5K twice",
         "Monday – call two prospective clients",
         "May–try one new fruit every week"],
    )  # fmt: skip
    def test_the_goal_after_a_heading_is_read(self, statement: str) -> None:
        """A rule or an action after the heading is as specific as it would be alone."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement", ["January: get better at my job", "Week 2 - improve my skills"]
    )
    def test_vague_wording_after_a_heading_stays_vague(self, statement: str) -> None:
        """A heading does not make vague wording concrete."""
        assert not passes_specific(statement)

    @given(
        heading=st.sampled_from(["January", "March", "Sunday", "Week 2", "Day 30", "Goal 1"]),
        dash=st.sampled_from(["–", " – ", ": ", " - ", "—"]),
        goal=st.sampled_from(
            ["no artificial sweeteners", "walk 20 minutes after lunch", "improve my skills",
             "get better at work", "read two novels", "Networking"]
        ),
    )  # fmt: skip
    @settings(max_examples=60, deadline=None)
    def test_a_heading_never_changes_the_verdict(self, heading: str, dash: str, goal: str) -> None:
        """Specific reads "heading – goal" as it reads the goal alone."""
        assert passes_specific(f"{heading}{dash}{goal}") == passes_specific(goal)


@pytest.mark.usefixtures("english_source")
class TestActionNouns:
    """A statement headed by the noun of an action says what its verb would."""

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("Submission of select essay for publication in a professional journal", "submit"),
         ("Successful completion of my practicum semester and capstone project", "complete"),
         ("Publication of an article in a peer-reviewed journal", "publish"),
         ("Presentation of my research at the state conference", "present"),
         ("Attendance at every weekly staff meeting", "attend"),
         ("Certification of all lifeguards in CPR", "certify"),
         ("Timely submission of all lesson plans", "submit")],
    )  # fmt: skip
    def test_an_action_noun_reads_as_its_verb(self, statement: str, verb: str) -> None:
        """An action noun: "Completion of X" is "Complete X", specific when X is concrete."""
        assert said(statement)[0][0] == verb
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Improvement of my communication skills",
         "Development of leadership skills",
         "Enhancement of my professional knowledge"],
    )  # fmt: skip
    def test_a_vague_action_noun_stays_vague(self, statement: str) -> None:
        """A vague one: "Improvement of my skills" is as vague as "Improve my skills"."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @given(
        pair=st.sampled_from(
            [("Completion of", "Complete"), ("Submission of", "Submit"),
             ("Publication of", "Publish"), ("Development of", "Develop"),
             ("Improvement of", "Improve"), ("Attendance at", "Attend at")]
        ),
        what=st.sampled_from(
            ["my thesis", "two grant proposals", "my skills", "the quarterly report",
             "leadership skills", "a blog post every week"]
        ),
    )  # fmt: skip
    @settings(max_examples=60, deadline=None)
    def test_the_noun_and_the_verb_get_the_same_verdict(
        self, pair: tuple[str, str], what: str
    ) -> None:
        """The forms "<Action noun> of X" and "<Verb> X" pass or fail Specific together."""
        noun, verb = pair
        assert passes_specific(f"{noun} {what}") == passes_specific(f"{verb} {what}")


@pytest.mark.usefixtures("english_source")
class TestDoneWith:
    """Being done with a thing is a rule of going without it."""

    @pytest.mark.parametrize(
        "statement",
        ["Oh, and I'm done with latte's.", "I am done with fast food",
         "I'm through with energy drinks", "We are finished with paper invoices"],
    )  # fmt: skip
    def test_done_with_a_thing_is_specific(self, statement: str) -> None:
        """What is given up is named: a stranger can see it kept."""
        assert passes_specific(statement)

    def test_done_with_nothing_named_names_no_action(self) -> None:
        """Saying "I'm done." names nothing given up."""
        assert not passes_specific("I'm done.")


@pytest.mark.usefixtures("english_source")
class TestWishesAndAdvice:
    """Round 5's lenient classes: a kind learnt, a wish for how things go, self-help advice."""

    @pytest.mark.parametrize(
        "statement",
        ["learn another language", "I want to learn a foreign language",
         "Learn a second language", "Learn to play an instrument", "Pick up a new hobby",
         "To Have an Awesome Recruitment", "Have an amazing season",
         "To Enjoy My Final Semester as an Officer", "Enjoy my retirement",
         "This is the year I get back in shape.", "Get into shape",
         "Branch out even more.", "Figure out what drives you",
         "to figure out how to sustain my research productivity",
         "Start looking for opportunities.", "Look for new opportunities",
         "drive strategic results", "Deliver tangible results",
         "Get a project funded.", "get some writing done", "Get things done",
         "Get more work done this week"],
    )  # fmt: skip
    def test_wishes_and_advice_fail_specific(self, statement: str) -> None:
        """Nothing says which language, what to do, or what result: a stranger cannot act."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Learn Spanish", "Learn to play the guitar",
         "Learn a second language by studying Spanish for 20 minutes a day",
         "Learn another 20 words of French each week",
         "Enjoy a 20-minute walk after dinner",
         "Look for opportunities to present at a conference",
         "Share the survey results with the team",
         "Figure out the budget for the spring trip",
         "Get back in shape by running 3 times a week",
         "Get my thesis approved by the committee", "Get a paper accepted at the ACM conference",
         "Get the grant proposal funded by March"],
    )  # fmt: skip
    def test_the_same_words_with_something_named_are_specific(self, statement: str) -> None:
        """The language, the instrument, the means or the thing named: specific."""
        assert passes_specific(statement)

    @given(
        kind=st.sampled_from(["language", "instrument", "sport", "skill"]),
        lead=st.sampled_from(["learn a", "learn another", "I will learn a new", "Learning a"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_a_kind_learnt_with_none_named_is_never_specific(self, kind: str, lead: str) -> None:
        """Which language or instrument is the goal; with none named, Specific fails."""
        assert not passes_specific(f"{lead} {kind}")


@pytest.mark.usefixtures("english_source")
class TestGradesAndLevels:
    """A grade or a named level to reach is a standard a stranger can check."""

    @pytest.mark.parametrize(
        "statement",
        ["I want higher than a B in the history exam comp.",
         "I want an A in chemistry", "At least a B+ in every class this semester",
         "I need a B on the final", "My goal is to become fluent (B2 Level) in written and "
         "spoken Japanese by December 1st, 2017.",
         "Become fluent in written and spoken Japanese",
         "Be proficient in reading and writing French"],
    )  # fmt: skip
    def test_a_grade_or_a_named_level_is_specific(self, statement: str) -> None:
        """The grade, or the language whose command is named, says what to reach."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Become fluent", "A better grade", "Become conversational in a new language",
         "Be prepared to take the JLPT N2 exam in December"],
    )  # fmt: skip
    def test_no_grade_and_no_language_named_stays_vague(self, statement: str) -> None:
        """Fluency in nothing named, a grade called better, being prepared: vague."""
        assert not passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestNounsBeforeOf:
    """A word in a list or at the start, with "of" after it, is a noun, not a verb."""

    @pytest.mark.parametrize(
        ("statement", "not_verb"),
        [("Learners will gain control of the system and structure of the English language.",
          "structure"),
         ("Outline of the final report", "outline"),
         ("Use of the new grading rubric in every class", "use")],
    )  # fmt: skip
    def test_a_word_before_of_is_no_action(self, statement: str, not_verb: str) -> None:
        """A noun: "the structure of the language" names a thing, nothing is structured."""
        assert not_verb not in [a.verb for a in analyze_text(statement).actions]

    def test_a_broad_outcome_with_such_a_noun_stays_vague(self) -> None:
        """With "structure" no action, gaining control of a language is a broad outcome."""
        statement = (
            "Learners will gain control of the system and structure of the English language."
        )
        assert not passes_specific(statement)


# Statements of the vague classes below, for the properties that hold over all of them.
_ABSTRACT_THINGS_MADE_BETTER = [
    "Improve my coaching techniques", "Enhance our safety procedures",
    "Strengthen my study habits", "Sharpen my negotiation tactics",
    "Hone my interviewing approach", "Polish my classroom routines",
    "Improve team coordination", "Enhance customer loyalty", "Improve my concentration",
    "Improve my organization", "Enhance my professionalism", "Work on my weaknesses",
    "Strengthen the department's hiring practices", "Upgrade our reporting methods",
    "Improve my bedside manner and patient interactions",
    "Deepen my classroom questioning strategies", "Invest in my education",
]  # fmt: skip
_STATES_GOT_INTO = [
    "Get sober", "I will work to get sober this year", "Get healthy", "Get stronger",
    "I want to get calmer", "Get tougher", "Get really lean", "getting sober",
    "My goal is to get healthier.", "I hope to get wiser", "Get happy again",
    "I just want to get slimmer", "Get serious", "She will get more independent",
    "Get braver",
]  # fmt: skip
_PEOPLE_BY_A_DEGREE = [
    "Be a more present parent", "Become a more patient teacher",
    "I want to be a wiser manager", "Be a less anxious student",
    "Become a more confident speaker", "I will become a calmer coach",
    "Being a more organised colleague", "Be a more thoughtful friend",
    "My goal is to become a more reflective practitioner", "Be a happier nurse",
    "Become a more efficient engineer", "I want to be a healthier mum",
    "Be a more attentive listener", "Become a stronger writer",
    "Be a more engaged team member",
]  # fmt: skip


@pytest.mark.usefixtures("english_source")
class TestAbstractThingsMadeBetter:
    """Making an abstract thing better (a quality, a process, a way of doing) is a broad area.

    "Improve my online instructional techniques" says what to improve but not how
    or how much, whichever abstract noun it names: the rule reads the noun's
    ending ("-tion", "-ness", "-ship", ...) and the nouns of ways of doing
    ("techniques", "habits"), not a list of areas.
    """

    @pytest.mark.parametrize("statement", _ABSTRACT_THINGS_MADE_BETTER)
    def test_an_abstract_thing_made_better_is_vague(self, statement: str) -> None:
        """Nothing says what will change in it, or by how much."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Improve my 5K time to under 25 minutes", "Improve attendance at parent evenings",
         "Improve my typing accuracy", "Polish my dissertation introduction",
         "Improve my presentation for the board meeting",
         "Strengthen my core with three plank sessions a week",
         "Hone my pitch by rehearsing it with a colleague every Friday",
         "Improve my essay by asking two classmates for feedback",
         "Develop conflict resolution techniques through role-play",
         "Improve the onboarding checklist", "Improve my Spanish grade from a C to a B",
         "Enhance our safety procedures by running a fire drill each term",
         "Improve my study habits by reviewing notes for 20 minutes every evening",
         "Improve onboarding conversion rate from 20% to 40%",
         "Strengthen my interviewing techniques by doing two mock interviews a month",
         "Sharpen the kitchen knives every Sunday", "Upgrade the team laptops"],
    )  # fmt: skip
    def test_a_thing_a_measure_or_a_means_named_is_specific(self, statement: str) -> None:
        """A thing made, a quantity of one's own, or how it is done: a stranger can act."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Increase participation in class discussions", "Reduce my caffeine consumption",
         "Develop a new onboarding procedure", "Write down my morning routine"],
    )  # fmt: skip
    def test_verbs_of_amount_or_of_making_are_left_alone(self, statement: str) -> None:
        """More or less of a quantity, or a thing made: not an area made better."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Promote our charity on social media",
         "Promote the science competition in every class",
         "Improve the foundation of the garden shed",
         "Strengthen the association's newsletter"],
    )  # fmt: skip
    def test_a_body_or_an_event_is_a_thing(self, statement: str) -> None:
        """An organisation or a competition is a thing, though its noun ends in "-tion"."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestStatesGotInto:
    """A word that describes, after "get" and with nothing after it, is a state: "get sober".

    The word is read by its part of speech (lemminflect, or goalkit's lists),
    not from a list of adjectives; one that is an adverb too says where or
    how much ("get outside", "get enough sleep").
    """

    @pytest.mark.parametrize("statement", _STATES_GOT_INTO)
    def test_a_state_got_into_is_vague(self, statement: str) -> None:
        """How the person will be, not what they will do."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Get outside for a walk every day", "Get enough sleep on weeknights",
         "Get eight hours of sleep every night", "Get more clients this quarter",
         "Get more followers", "Get certified as a scrum master",
         "Get my driving licence by June", "Get rid of sugary drinks",
         "Get fresh vegetables delivered every week", "Get organic milk for the kids",
         "Get sober by attending an AA meeting every week",
         "Get stronger by lifting weights three times a week",
         "Get ahead on my reading list by finishing two chapters tonight",
         "Get home by 6 pm on weekdays", "Get close to my target weight of 70 kg"],
    )  # fmt: skip
    def test_a_thing_got_or_a_means_named_is_specific(self, statement: str) -> None:
        """A thing got, a place, or how the state is reached: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestPeopleByADegree:
    """A person compared after "be" or "become" ("a more present parent") is described."""

    @pytest.mark.parametrize("statement", _PEOPLE_BY_A_DEGREE)
    def test_a_person_by_a_degree_is_vague(self, statement: str) -> None:
        """More of a quality, of no amount, in nothing done."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Become a registered nurse", "Be a team lead by next year",
         "Become a senior engineer within two years", "Be a mentor to two new hires",
         "Become a certified personal trainer",
         "Be a more present parent by putting my phone away at dinner every night",
         "Become a more patient teacher by counting to five before answering",
         "Become a stronger writer by writing 500 words a day",
         "Be a more engaged team member by speaking once in every stand-up",
         "Become a member of the school board", "Be a volunteer at the food bank twice a month",
         "Become a licensed electrician by 2028", "Be the first person at the gym on Mondays",
         "Become a published author by finishing my novel this year",
         "Be a guest speaker at one conference"],
    )  # fmt: skip
    def test_a_role_or_a_means_named_is_specific(self, statement: str) -> None:
        """A role held, or what will be done to become so: specific."""
        assert passes_specific(statement)


_VAGUE_OF_THESE_CLASSES = _ABSTRACT_THINGS_MADE_BETTER + _STATES_GOT_INTO + _PEOPLE_BY_A_DEGREE


@pytest.mark.usefixtures("english_source")
class TestGeneralisingProperties:
    """Invariants over the vague classes: what can and cannot make a goal specific."""

    @given(
        statement=st.sampled_from(_VAGUE_OF_THESE_CLASSES),
        count=st.integers(min_value=2, max_value=60),
        means=st.sampled_from(
            ["writing {} practice essays", "giving {} talks to the sales team",
             "reading {} books on the subject", "running {} mock sessions with a mentor"]
        ),
    )  # fmt: skip
    @settings(max_examples=60, deadline=None)
    def test_a_concrete_number_and_object_never_make_a_goal_less_specific(
        self, statement: str, count: int, means: str
    ) -> None:
        """Saying how, with a number and an object, makes the goal something to do."""
        assert passes_specific(f"{statement} by {means.format(count)}")

    @given(
        statement=st.sampled_from(_VAGUE_OF_THESE_CLASSES),
        share=st.integers(min_value=1, max_value=100),
    )
    @settings(max_examples=60, deadline=None)
    def test_a_share_never_makes_a_vague_outcome_specific(self, statement: str, share: int) -> None:
        """How many will change is not what will change."""
        first, rest = statement.split(None, 1)
        if first.lower() in ("i", "my", "she", "being", "getting"):
            return  # the share's subject replaces a subject or a lead-in; those are left out
        assert not passes_specific(f"{share}% of students will {first.lower()} {rest}")

    @given(statement=st.sampled_from(_VAGUE_OF_THESE_CLASSES))
    @settings(max_examples=60, deadline=None)
    def test_a_negation_never_makes_a_vague_outcome_specific(self, statement: str) -> None:
        """Not failing to reach a vague outcome is as vague as reaching it."""
        first, rest = statement.split(None, 1)
        if first.lower() in ("i", "my", "she", "being", "getting"):
            return
        assert not passes_specific(f"I will not fail to {first.lower()} {rest}")


@pytest.mark.usefixtures("english_source")
class TestNegatedLeadIns:
    """A negated lead-in ("fail to", "forget to") leads in to the verb after it, as "try to"."""

    @pytest.mark.parametrize(
        "statement",
        ["I will not fail to improve my skills", "Never forget to work on my weaknesses",
         "Don't neglect to get healthier", "I refuse to fail to grow as a leader",
         "Do not forget to be a more patient teacher"],
    )  # fmt: skip
    def test_a_negated_vague_outcome_stays_vague(self, statement: str) -> None:
        """The negation is not an action: what follows is the goal, and it is vague."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Never forget to take my medication at 8 am", "Don't fail to submit the weekly report",
         "I will not neglect to call my mother every Sunday",
         "Do not forget to log my runs in the training app"],
    )  # fmt: skip
    def test_a_negated_lead_in_to_an_action_is_specific(self, statement: str) -> None:
        """What follows the lead-in is the action, named."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestCompoundAreas:
    """A compound is read by its last part: "self-*awareness*" is awareness, an area.

    Made better, a compound that ends in an area, an abstract noun or a verb's
    -ing form ("decision-*making*") is a broad area too.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Increase my self-awareness", "Increase self-confidence", "Build self-confidence",
         "Gain more self-discipline", "Strengthen decision-making", "Improve problem-solving",
         "Improve my note-taking", "Enhance cross-team collaboration",
         "Improve parent-teacher communication", "Boost employee self-esteem",
         "Strengthen my goal-setting", "Develop my self-confidence at work",
         "Improve my time-management", "Enhance student self-efficacy",
         "Sharpen my decision-making"],
    )  # fmt: skip
    def test_a_compound_area_made_better_is_vague(self, statement: str) -> None:
        """Whatever comes before the hyphen, the area is what is said to change."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Improve my 5-km time to 24 minutes", "Increase my self-confidence score from 5 to 8",
         "Improve my decision-making by writing a one-page memo for each hiring call",
         "Reduce my blood-sugar readings below 7", "Improve the follow-up email template",
         "Build a self-paced course for new hires", "Increase my step-count to 9,000 a day",
         "Strengthen my problem-solving by doing three logic puzzles a day",
         "Improve parent-teacher communication by sending a newsletter every Friday",
         "Build a well-stocked first-aid kit", "Improve my long-jump distance to 5 metres",
         "Enhance the sign-up form with a progress bar", "Upgrade the check-in kiosk",
         "Increase the click-through rate to 3%", "Improve my free-throw percentage"],
    )  # fmt: skip
    def test_a_compound_thing_or_measure_is_specific(self, statement: str) -> None:
        """A thing named by a compound, a measure, or how the change is made: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestTimeWordsAreNoObjects:
    """A word of time after a verb says when, not what: "than I'm making *now*".

    So a verb with only such a word after it acts on nothing, and cannot carry
    a vague goal as if something concrete were done.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Land a new job making more money than I'm making now",
         "Get a better job than the one I'm doing now",
         "Find a job that pays more than I'm earning now",
         "Be happier than I'm feeling today", "Get a promotion, starting today",
         "Improve my skills, starting now", "Become a better leader than I am now",
         "Get a job, beginning today", "Work on my career again",
         "Grow professionally, beginning tomorrow", "Be more confident than I was yesterday",
         "Get a new job and be happier already",
         "Improve my communication skills now", "Work on myself again",
         "Get fit, starting tonight"],
    )  # fmt: skip
    def test_a_vague_goal_with_only_a_time_word_after_a_verb_is_vague(self, statement: str) -> None:
        """The time word names nothing done: the goal is still the vague part."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Start running 5 km today", "Call my grandmother tonight",
         "Submit the grant application tomorrow", "Read chapter 4 again",
         "Walk 10,000 steps a day, starting now", "Book a dentist appointment today",
         "Send the invoice to the client tomorrow", "Practise the piano scales again tonight",
         "Earn more than I'm earning now by taking a second shift each week",
         "Clean out the garage this weekend", "Email my manager about the course today",
         "Run the Boston marathon again", "Finish the first draft of my essay tonight",
         "Start a daily journal today", "Renew my nursing licence now"],
    )  # fmt: skip
    def test_a_concrete_action_with_a_time_word_is_specific(self, statement: str) -> None:
        """The action and what it is on are named; the time word only says when."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestWaysNotNamed:
    """Ways of doing with no kind named ("new methods", "healthy habits") name no practice.

    With a kind before them ("conflict resolution techniques", "a morning
    routine") they name one a stranger could take up.
    """

    @pytest.mark.parametrize(
        "statement",
        ["to obtain new skills and develop new methods", "Develop new methods",
         "Build healthy habits", "Try different approaches", "Find better strategies",
         "Adopt new habits", "Learn new techniques", "Create a routine",
         "I want to try new tactics", "Develop better habits this year",
         "Find a new approach", "Use more effective strategies",
         "Think of new methods", "Set good habits", "Build better routines"],
    )  # fmt: skip
    def test_ways_with_no_kind_named_are_vague(self, statement: str) -> None:
        """Which method or habit is the goal; with none named, a stranger cannot start."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Develop conflict resolution techniques through role-play",
         "Try a new coping strategy like box breathing", "Build a morning routine",
         "Learn the Pomodoro method", "Adopt a bedtime routine of reading for 20 minutes",
         "Practise two breathing techniques every evening", "Follow the hand-washing protocol",
         "Create a study routine for the exam weeks", "Use the STAR method in interviews",
         "Write down three new habits to try each month", "Teach five reading strategies",
         "Implement a new calendar system", "Learn three new piano techniques this term",
         "Build a stretching routine of ten minutes a day",
         "Try the 5-4-3-2-1 grounding technique twice a day"],
    )  # fmt: skip
    def test_ways_of_a_named_kind_are_specific(self, statement: str) -> None:
        """The kind, the count or the thing done is named: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestOutcomesOfAKind:
    """An outcome got with only its kind said ("a scholarship", "an award") names none.

    As "get a job" and "a promotion" do; what follows can name it ("a
    scholarship *to* ...", "a degree *in* nursing", "a role *as* ...").
    """

    @pytest.mark.parametrize(
        "statement",
        ["Win an award", "Get a scholarship", "Land a new role", "Earn a degree",
         "Receive a prize", "I want to get a diploma", "Secure a contract",
         "Obtain a qualification", "Get a fellowship", "Land an apprenticeship",
         "Find a residency", "My goal is to win a scholarship", "Get a different role",
         "Earn another qualification", "Gain a new role this year"],
    )  # fmt: skip
    def test_an_outcome_of_a_kind_is_vague(self, statement: str) -> None:
        """Which award or degree is the goal; a stranger cannot aim at a kind."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Win the regional science fair award", "Get a scholarship to the University of Leeds",
         "Land a role as a product manager", "Earn a degree in nursing",
         "Receive the Employee of the Year prize", "Get my high school diploma",
         "Secure a contract with the city council", "Obtain my CPA qualification",
         "Earn a master's degree in data science", "Win a medal at the county swim meet",
         "Get a role in the school play", "Apply for three scholarships by March",
         "Earn my nursing degree by June", "Sign a contract with a literary agent",
         "Get a residency at St Mary's hospital"],
    )  # fmt: skip
    def test_an_outcome_named_is_specific(self, statement: str) -> None:
        """Which one, where, or in what: the outcome is named."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestLevelsReached:
    """A broad area with a level or grade to reach ("from A2 to B1") says how much."""

    @pytest.mark.parametrize(
        "statement",
        ["Improve my French from A2 to B1", "Improve my German to B2",
         "Improve my Spanish from B1 to B2", "Strengthen my Italian from A1 to A2",
         "Improve my maths from a C to a B", "Improve my reading from level 3 to level 5",
         "Improve my Japanese to N3", "Raise my chemistry grade to an A",
         "Improve my English from B2 to C1 by June", "Improve my writing from a D to a C",
         "Improve my Portuguese from A1 to A2", "Boost my Mandarin to B1",
         "Improve my spelling to level 4", "Improve my handwriting from a 2 to a 3",
         "Improve my Korean from A2 to B1 this year"],
    )  # fmt: skip
    def test_an_area_with_a_level_to_reach_is_specific(self, statement: str) -> None:
        """The level says how much: a stranger can check it."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Improve my French", "Improve my German a lot", "Improve my Spanish",
         "Strengthen my Italian", "Improve my maths", "Improve my reading",
         "Improve my Japanese this year", "Improve my English soon",
         "Improve my writing", "Improve my grades", "Boost my Mandarin",
         "Improve my spelling", "Improve my handwriting", "Improve my Korean",
         "Improve my vocabulary"],
    )  # fmt: skip
    def test_an_area_with_no_level_stays_vague(self, statement: str) -> None:
        """With no level, nothing says how much."""
        assert not passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestOwnActivitiesMadeBetter:
    """One's own activity made better ("improve my running") says neither how nor how much.

    The activity is a verb's -ing form, read by its part of speech; a thing
    named by one ("upgrade the lighting") is not one's own activity.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Sharpen my analytical thinking", "Improve my running", "Improve my cooking",
         "Enhance our marketing", "Work on practicing with more focus",
         "Improve my drawing", "Polish my singing", "Strengthen my budgeting",
         "Work on listening to my team", "Improve their problem solving",
         "Improve my sight-reading", "Hone my public speaking", "Improve our recruiting",
         "Work on listening", "Sharpen my critical thinking"],
    )  # fmt: skip
    def test_an_own_activity_made_better_is_vague(self, statement: str) -> None:
        """Which part, by how much: not said."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Upgrade the lighting in the classroom", "Improve the seating plan for year 9",
         "Improve my running pace to 5 minutes per km",
         "Improve my cooking by making one new recipe a week",
         "Go running three times a week", "Practise drawing for 20 minutes a day",
         "Improve my singing by taking weekly lessons with a vocal coach",
         "Enhance our fundraising page with a video", "Improve the building's fire exits",
         "Strengthen my budgeting by tracking every expense in a spreadsheet",
         "Work on my painting for an hour each Saturday",
         "Improve my drawing by finishing one sketchbook a month",
         "Hone my storytelling by telling one story at every team meeting",
         "Improve our recruiting by posting jobs on two more boards",
         "Upgrade the wiring in the garage"],
    )  # fmt: skip
    def test_a_thing_a_measure_or_a_means_named_is_specific(self, statement: str) -> None:
        """A thing, a level, or how it is done: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestChangesOfNoAmount:
    """An area said to change, with no amount: "show increased independence", "foster trust".

    A word of change before an area or an abstract noun ("improved
    self-regulation"), a verb of encouraging on one ("foster independence"),
    a person described after an adverb ("become financially independent") and
    choices called better ("make healthier choices") name no change to make.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Client will show increased independence",
         "Student will demonstrate improved self-regulation",
         "Patient will display greater confidence", "Show better judgement",
         "Demonstrate enhanced collaboration", "Foster independence in daily tasks",
         "Nurture curiosity", "Cultivate patience", "Nurture kindness in the classroom",
         "Become financially independent", "Be physically active",
         "Be emotionally stable", "Make healthier choices", "Make better decisions",
         "Make smarter choices"],
    )  # fmt: skip
    def test_a_change_of_no_amount_is_vague(self, statement: str) -> None:
        """What changes is named, how much and how are not."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Client will show increased independence by tying his shoes without help",
         "Patient will display greater confidence by walking 20 metres unaided",
         "Show improved attendance of 95% this term",
         "Demonstrate increased reading fluency of 90 words per minute",
         "Foster independence by letting my son pack his own school bag each night",
         "Promote the charity run on three local radio stations",
         "Nurture the seedlings in the greenhouse every morning",
         "Be actively involved in the PTA",
         "Become financially independent by saving 20% of my income every month",
         "Be physically active for 30 minutes a day",
         "Make a decision about the job offer by Friday",
         "Make healthier choices by swapping crisps for fruit at lunch",
         "Choose water instead of soda at every meal",
         "Show my portfolio to three art teachers",
         "Demonstrate the new software to the sales team"],
    )  # fmt: skip
    def test_the_change_made_concrete_is_specific(self, statement: str) -> None:
        """An amount, a means or a thing named: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestChangedAfterADeterminer:
    """The word of change may follow "a" or "the": "find *a better* work-life balance"."""

    @pytest.mark.parametrize(
        "statement",
        ["Find a better work-life balance", "Have a healthier relationship with food",
         "Build a stronger rapport with parents", "Create a better culture on the team",
         "Reach a greater understanding of statistics", "Find a better balance"],
    )  # fmt: skip
    def test_a_changed_area_after_a_determiner_is_vague(self, statement: str) -> None:
        """The area, called better, by no amount."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Buy a bigger desk for my home office", "Book a larger venue for the spring gala",
         "Buy a stronger lock for the shed",
         "Find a healthier breakfast cereal with under 5 g sugar",
         "Book a bigger room for the team offsite",
         "Find a better balance by leaving work at 5 pm"],
    )  # fmt: skip
    def test_a_thing_called_better_is_specific(self, statement: str) -> None:
        """A thing, not an area, or how the balance is found: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestAreaThenVagueObject:
    """An area followed by a vague object ("leadership *capabilities*") is still the area.

    And a promotion *to* a role names the outcome.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Grow my leadership capabilities", "Build my teaching competencies",
         "Develop my coaching expertise", "Expand my management knowledge",
         "Strengthen my writing abilities", "Improve my communication proficiency",
         "Grow my leadership potential", "Build my networking skillset",
         "Develop my research capabilities", "Increase my nutrition knowledge",
         "Deepen my mindfulness practice", "Broaden my marketing experience",
         "Enhance my reading comprehension skills", "Advance my leadership profile",
         "Gain management expertise"],
    )  # fmt: skip
    def test_an_area_then_a_vague_object_is_vague(self, statement: str) -> None:
        """The area is named, what will change in it is not."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Earn a promotion to senior analyst by December", "Get a promotion to charge nurse",
         "Win a promotion to head of department",
         "Grow my leadership capabilities by leading two projects this year",
         "Build my teaching competencies by observing five colleagues' lessons",
         "Develop my coaching expertise by completing the ICF Level 1 course",
         "Increase my nutrition knowledge by reading two books on diabetes diets",
         "Improve my communication proficiency score from 60 to 75",
         "Expand my management knowledge by attending a weekly MBA evening class",
         "Deepen my mindfulness practice to 20 minutes a day",
         "Broaden my marketing experience by running the spring campaign",
         "Enhance my reading comprehension scores to the 80th percentile",
         "Strengthen my writing by submitting one essay a month to my tutor",
         "Gain management experience by leading the summer interns",
         "Develop my research capabilities by publishing one paper this year"],
    )  # fmt: skip
    def test_named_means_measures_or_roles_are_specific(self, statement: str) -> None:
        """How, how much, or which role: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestBehaviourIsAnArea:
    """Behaviour is a broad area, as conduct in general is: improving it says no change."""

    @pytest.mark.parametrize(
        "statement",
        ["Students will show improved behavior", "Improve classroom behaviour",
         "Improve my son's behaviour", "Enhance student behavior in the hallways"],
    )  # fmt: skip
    def test_behaviour_made_better_is_vague(self, statement: str) -> None:
        """Which behaviour, by how much: not said."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Reduce off-task behaviour to under 10% of observed time",
         "Record my behaviour after meals in a journal each day",
         "Improve classroom behaviour by using a points chart every lesson",
         "Roll out a new behavior reward system in September"],
    )  # fmt: skip
    def test_behaviour_with_a_measure_or_means_is_specific(self, statement: str) -> None:
        """A level, a record kept or a means: specific."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestStandInObjects:
    """A pronoun acted on alone ("work on *this*", "finish *it*") names nothing, read alone.

    When what follows says which ("everything *I eat*", "anything *that* has
    sugar"), the object is named.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Let's work on this for one month", "Finish it by Friday", "Do it every day",
         "I will fix this before the summer", "Change something this year",
         "Try something new every week", "Keep doing this for 30 days",
         "Get it done by next week", "Work on that in the new year", "Master it within a year",
         "Learn something different", "Improve this by June", "Practise it daily",
         "Tackle those before the holidays", "Start something."],
    )  # fmt: skip
    def test_a_stand_in_alone_is_vague(self, statement: str) -> None:
        """Which thing is the goal: not said in the statement."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Write down everything I eat for two weeks", "Don't buy anything that contains palm oil",
         "Read everything my tutor assigns within two days",
         "Make it a point to walk after dinner",
         "Read everything on the syllabus by week 6", "Finish my thesis and submit it by May",
         "Record every lecture and review it the same evening",
         "Post something on my blog every week",
         "Eat something green at every meal", "Keep my desk tidy and clear it every Friday",
         "Buy a bike and ride it to work twice a week",
         "Learn the 7s facts and practise them daily",
         "Write a cover letter and send it to five companies",
         "Draft the report and share it with my manager by Friday",
         "Plan a weekly menu and stick to it"],
    )  # fmt: skip
    def test_a_stand_in_for_something_named_is_specific(self, statement: str) -> None:
        """What the pronoun stands for, or which it is, is said."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestGettingSomewhere:
    """After "get", a place or a direction is where to go, not a state: "get outdoors"."""

    @pytest.mark.parametrize(
        "statement",
        ["Get outdoors every weekend", "Get together with friends once a month",
         "Get offline by 9 pm every night", "Get upstairs without the stair lift",
         "Get online for the Monday class", "Get abroad for a semester of study"],
    )  # fmt: skip
    def test_a_place_after_get_is_no_state(self, statement: str) -> None:
        """Where the person goes, and when: specific."""
        assert passes_specific(statement)


_THINGS_OF_A_KIND = [
    "Finish a project", "Take an exam next month", "Write a draft", "Ship a new product",
    "Pass an exam", "Study a new subject", "Choose a topic", "Build a new feature by Friday",
    "I want to pass an advanced exam", "Finish a major project this year",
    "Deliver a product milestone", "Release another product", "Complete one project",
    "Learn a specific subject", "Submit a decent draft", "I will pass a job-related test",
    "Release a new product in the market by March", "Find a project in my field",
]  # fmt: skip


@pytest.mark.usefixtures("english_source")
class TestThingsOfAKind:
    """One thing of a kind, none named ("Pass a test", "a project milestone"), is not specific.

    "a test" could be any test; "the bar exam", "an exam on food hygiene", "a
    Python project" say which. A time frame after the thing says when, not which.
    """

    @pytest.mark.parametrize("statement", _THINGS_OF_A_KIND)
    def test_a_thing_of_a_kind_is_vague(self, statement: str) -> None:
        """A stranger cannot tell which test, project or draft is meant."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Pass the bar exam", "Finish the kitchen renovation project",
         "Write a draft of my cover letter", "Ship a feature that lets users export invoices",
         "Pass an exam on food hygiene", "Take the IELTS test in March",
         "Complete a project for the city council", "Choose a topic about local history",
         "Finish my thesis draft", "Launch the new loyalty app by June",
         "Build a feature in the mobile app", "Finish a Python project",
         "Pass a driving test", "Take a first-aid exam", "Finish three projects by May",
         "Release a new product in the Brazilian market by March"],
    )  # fmt: skip
    def test_a_thing_named_is_specific(self, statement: str) -> None:
        """The kind named by a word of its own, or what follows saying which, names it."""
        assert passes_specific(statement)

    @given(
        verb=st.sampled_from(["Finish", "Pass", "Start", "Complete", "Write", "Ship", "Choose"]),
        kind=st.sampled_from(["project", "exam", "test", "draft", "feature", "topic", "task"]),
        which=st.sampled_from(
            ["on river pollution", "about the history of our town", "for the city council",
             "of the quarterly sales report", "that the sales team asked for"]
        ),
    )  # fmt: skip
    @settings(max_examples=40, deadline=None)
    def test_saying_which_makes_a_thing_of_a_kind_specific(
        self, verb: str, kind: str, which: str
    ) -> None:
        """A kind alone ("a project") is vague; with what it is on or for, specific."""
        article = "an" if kind[0] in "aeiou" else "a"
        assert not passes_specific(f"{verb} {article} {kind}")
        assert passes_specific(f"{verb} {article} {kind} {which}")


@pytest.mark.usefixtures("english_source")
class TestLanguagesNotNamed:
    """A language is named by its name: "a new programming language" or "another language" is none.

    What is learnt *in* such a language ("500 words in another language") is
    no more particular: the count says how much, not which language.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Learn a new programming language this year",
         "Study a foreign language within six months", "Learn 500 words in another language",
         "Write a short essay in a second language", "Pick up another language by December",
         "Master a new coding language", "Memorise 50 phrases in a foreign language"],
    )  # fmt: skip
    def test_a_language_not_named_is_vague(self, statement: str) -> None:
        """Which language is the goal; a stranger could not start on it."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Learn Spanish this year", "Learn 500 words in Italian", "Write a short essay in French",
         "Learn the Rust programming language", "Support 5 new languages in the app",
         "Translate the menu into two other languages: Welsh and Irish",
         "Learn the basics of the Python language", "Pass a test in Latin"],
    )  # fmt: skip
    def test_a_language_named_is_specific(self, statement: str) -> None:
        """The language named by its name, or languages counted as a product's, are specific."""
        assert passes_specific(statement)

    @given(
        count=st.integers(min_value=10, max_value=2000),
        things=st.sampled_from(["words", "phrases", "verbs", "idioms"]),
        language=st.sampled_from(["German", "Korean", "Portuguese", "Swahili", "Dutch"]),
    )
    @settings(max_examples=40, deadline=None)
    def test_naming_the_language_is_what_makes_it_specific(
        self, count: int, things: str, language: str
    ) -> None:
        """The same count is vague in "another language" and specific in a named one."""
        assert not passes_specific(f"Learn {count} {things} in another language")
        assert passes_specific(f"Learn {count} {things} in {language}")


@pytest.mark.usefixtures("english_source")
class TestStatesGotIntoByParticiple:
    """A participle after "get" with nothing after it ("Get involved.") is a state, not an event.

    Events that happen to someone stay events ("get married", "get tested");
    what follows can say in what ("get involved in the school PTA").
    """

    @pytest.mark.parametrize(
        "statement",
        ["Get involved.", "I want to get motivated", "Get inspired!", "Get focused",
         "I need to get settled", "get really motivated", "Get more involved"],
    )  # fmt: skip
    def test_a_participle_state_is_vague(self, statement: str) -> None:
        """Involved in what, motivated to do what: nothing a stranger could act on."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Get married in June", "Get tested for diabetes", "Get vaccinated against flu",
         "Get involved in the school PTA", "Get certified as a yoga teacher",
         "Get my passport renewed", "Get involved with the local food bank",
         "Get screened for colon cancer", "I will get married"],
    )  # fmt: skip
    def test_an_event_or_a_named_involvement_is_specific(self, statement: str) -> None:
        """An event that happens, or what one gets involved in, is named."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestKeepingUpAndDoingWell:
    """Attitudes said as doing: "stay on top of" things, "do great" in a class.

    Keeping on top of something in general, or doing it well, names no work
    and no standard; a number, a deadline for a named task, or the task
    itself does.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Stay on top of my coursework", "Keep on top of the housework",
         "I want to stay on top of everything at work", "Keeping on top of emails",
         "Do great in my chemistry class", "do fine on the next quiz",
         "I will do amazing this season", "Do excellent at work"],
    )  # fmt: skip
    def test_keeping_up_or_doing_well_is_vague(self, statement: str) -> None:
        """On top of what, by when; how great: nothing a stranger could check."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Answer every email within 24 hours", "Do 20 push-ups every morning",
         "Do the dishes after dinner", "Do daily stretches for ten minutes",
         "Do chores every Saturday", "Do all the readings before each seminar",
         "Do more push-ups than last month", "Finish the top three items on my list each day",
         "Climb to the top of Ben Nevis"],
    )  # fmt: skip
    def test_a_thing_done_is_specific(self, statement: str) -> None:
        """Doing with the thing done named, or "top" as a place or a rank, is specific."""
        assert passes_specific(statement)

    @given(
        quality=st.sampled_from(["great", "well", "fine", "amazing", "better"]),
        where=st.sampled_from(["in biology", "on my exams", "at work", "this term", ""]),
    )
    @settings(max_examples=30, deadline=None)
    def test_how_well_alone_is_never_specific(self, quality: str, where: str) -> None:
        """However it is said, how well something goes is not what will be done."""
        assert not passes_specific(f"I want to do {quality} {where}".strip())


_WISHES_OF_A_KIND = [
    "I want a job", "I want a promotion", "I need a better job", "We want more fun",
    "I'd like a new role", "I want a degree",
]  # fmt: skip


@pytest.mark.usefixtures("english_source")
class TestThingsWishedFor:
    """A thing wished for with no verb ("I want a week off in August") is the goal of getting it.

    Named, it is as specific as "Get a week off in August"; of a kind only
    ("I want a job"), it is as vague as "get a job".
    """

    @pytest.mark.parametrize("statement", _WISHES_OF_A_KIND)
    def test_a_thing_of_a_kind_wished_for_is_vague(self, statement: str) -> None:
        """Which job, which role: wanting one names none."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I want a seat on the school board", "I'd like a transfer to the Leeds office",
         "I want a rescue dog from the local shelter", "I need some quiet time each evening",
         "We want a table at the Saturday craft market",
         "I want a job as a dental nurse in Bristol", "I would like a week off in August",
         "I want my own allotment plot by spring"],
    )  # fmt: skip
    def test_a_named_thing_wished_for_is_specific(self, statement: str) -> None:
        """What is wanted is named: a stranger knows what to go and get."""
        assert passes_specific(statement)

    @given(
        statement=st.sampled_from(_WISHES_OF_A_KIND),
        lead=st.sampled_from(["I really want", "We need", "I would like", "I'd like"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_how_a_wish_is_said_does_not_name_it(self, statement: str, lead: str) -> None:
        """Wanting, needing or liking a thing of a kind: the kind is still all that is said."""
        wanted = statement.split(None, 2)[2]
        assert not passes_specific(f"{lead} {wanted}")


@pytest.mark.usefixtures("english_source")
class TestTimeAsAWhole:
    """One's time as a whole, used only "better" or "wisely", names no plan: "Use my time wisely".

    Time spent on something named ("with my grandchildren", "on Spanish"),
    or managed by a named means, is specific.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Use my time wisely", "Manage my time better", "I will spend my time more productively",
         "Organise my time", "Budget my time well"],
    )  # fmt: skip
    def test_time_used_well_is_vague(self, statement: str) -> None:
        """How well time is used is no plan a stranger could follow."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Spend time with my grandchildren every Sunday",
         "Use my lunch break to walk for 20 minutes",
         "Manage my time with a weekly calendar review on Sundays",
         "Spend an hour a day on Spanish", "Use the time on the train to read",
         "Organise my time into three study blocks a day"],
    )  # fmt: skip
    def test_time_spent_on_something_named_is_specific(self, statement: str) -> None:
        """On what, with whom, or by what means: the time has a plan."""
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestWorkInGeneral:
    """Whatever one is working on, said only as "the project" or "our product", is not named.

    "The project", "my work", "our new product" and "the plan" point at a thing
    only the speaker knows; a stranger could not start on it. A word saying
    which ("the bridge project", "my chemistry homework", "the Orion launch
    plan") or what follows ("the plan for the spring fair") names it. A time
    frame or "on time" after the thing says when, not which.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Ship the project on schedule", "Wrap up my work before Friday",
         "We will launch our new product", "Finalise the plan by Friday",
         "Test the product this quarter.", "Hand in my work on time",
         "Understand the product", "Complete the whole project within six weeks"],
    )  # fmt: skip
    def test_work_in_general_is_vague(self, statement: str) -> None:
        """Which project, plan or product is the goal: none is named."""
        assert "S-VAGUE" in specific_codes(statement)
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Ship the bridge project on schedule", "Finish my chemistry homework by Friday",
         "Finalise the plan for the book club by Friday", "Launch the Orion product line in May",
         "Earn my degree within three years", "Present my work at the regional conference",
         "Finish my science project by Wednesday"],
    )  # fmt: skip
    def test_work_named_is_specific(self, statement: str) -> None:
        """A word saying which, or what follows, names the work."""
        assert passes_specific(statement)

    @given(
        verb=st.sampled_from(["Finish", "Deliver", "Complete", "Launch", "Review"]),
        owner=st.sampled_from(["the", "our", "my"]),
        work=st.sampled_from(["project", "product", "plan"]),
        which=st.sampled_from(
            ["for the library's reading week", "about river pollution", "on tidal energy"]
        ),
        when=st.sampled_from(["", " by March", " within two weeks", " on time"]),
    )
    @settings(max_examples=40, deadline=None)
    def test_saying_which_names_the_work(
        self, verb: str, owner: str, work: str, which: str, when: str
    ) -> None:
        """The same work is vague alone, whenever it is due, and specific once it says which."""
        assert not passes_specific(f"{verb} {owner} {work}{when}")
        assert passes_specific(f"{verb} {owner} {work} {which}{when}")


@pytest.mark.usefixtures("english_source")
class TestGoingToPlaces:
    """Going or getting to a place is something done, however many visits are said.

    "Go to more office hours", "go to every rehearsal", "get to all my
    lectures" and "get to a healthy weight" say where one goes; "get to know",
    "going to improve" and "get to it" lead in to a verb or stand in for one.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Go to more study sessions.", "Go to every choir rehearsal this term",
         "Get to all of my seminars on time", "Get to (nearly all of) my physio appointments",
         "Get to a steady running pace", "Go to each parents' evening",
         "Get to the pool before work twice a week"],
    )  # fmt: skip
    def test_going_to_a_place_is_an_action(self, statement: str) -> None:
        """Where one goes is what the action is on."""
        assert "S-NO-ACTION" not in specific_codes(statement)
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        ("statement", "verbs"),
        [("We will get to it soon.", []), ("I am going to paint the fence", ["paint"]),
         ("Get to know my neighbours", ["know"])],
    )  # fmt: skip
    def test_leading_in_is_no_place(self, statement: str, verbs: list[str]) -> None:
        """A verb led in to, or a stand-in, is no place to go: the verb after is the action."""
        assert [verb for verb, _ in said(statement)] == verbs

    @given(
        verb=st.sampled_from(["Go to", "Get to"]),
        how_many=st.sampled_from(["more", "all of my", "every", "each", "(most of) my"]),
        place=st.sampled_from(["lectures", "team meetings", "office hours", "yoga classes"]),
    )
    @settings(max_examples=40, deadline=None)
    def test_how_many_visits_keeps_the_place(self, verb: str, how_many: str, place: str) -> None:
        """Saying how many visits never turns going somewhere into a topic."""
        assert passes_specific(f"{verb} {how_many} {place}")


@pytest.mark.usefixtures("english_source")
class TestWantedOfSomeone:
    """ "Want someone to do" names what they will do: the verb is the goal, not a purpose.

    "We want our pupils to become confident readers" is as vague as "Our
    pupils will become confident readers"; "I want my team to ship the
    billing page by May" is as specific as its plain form. "I need a loan to
    buy a van" still says why.
    """

    @pytest.mark.parametrize(
        "statement",
        ["We want our pupils to become confident readers.",
         "I want my French to be better than it was",
         "We want the interns to feel more at home", "I want them to be happier"],
    )  # fmt: skip
    def test_a_vague_thing_wanted_of_someone_is_vague(self, statement: str) -> None:
        """What they are to do is vague, so the goal is."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I want my team to ship the billing page by May",
         "We want our pupils to read 20 minutes every night",
         "I want them to finish the first aid course by June"],
    )  # fmt: skip
    def test_a_named_thing_wanted_of_someone_is_specific(self, statement: str) -> None:
        """What they are to do names an action on a particular thing."""
        assert passes_specific(statement)

    @given(
        who=st.sampled_from(["our pupils", "my daughter", "the new hires", "them"]),
        goal=st.sampled_from(
            ["ride a bike without stabilisers", "learn the 12 times table", "pass the driving test"]
        ),
    )
    @settings(max_examples=30, deadline=None)
    def test_wanting_adds_nothing_to_the_goal(self, who: str, goal: str) -> None:
        """Wanting someone to act reads as the action itself: wish or plain, the same verdict."""
        subject = "They" if who == "them" else who.capitalize()
        assert passes_specific(f"We want {who} to {goal}") == passes_specific(
            f"{subject} will {goal}"
        )


@pytest.mark.usefixtures("english_source")
class TestGoalsSet:
    """Setting a goal "to" or "of" something says the goal: what follows is judged, not the setting.

    "Set a goal to improve my focus" is as vague as "Improve my focus", and
    "set a goal of cycling 500 miles" as specific as "Cycle 500 miles";
    "Set monthly goals" names setting them.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Set a goal to improve my skills", "I set myself a goal to be more organised",
         "You could set a new goal to grow your skills", "Make it my goal to get better at chess"],
    )  # fmt: skip
    def test_a_vague_goal_set_is_vague(self, statement: str) -> None:
        """Setting it is no action on a particular thing: the goal itself is vague."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Set a goal to cycle 500 miles this summer", "Set a goal of reading two novels a month",
         "Make it a priority to call my grandmother every Sunday", "Set monthly goals"],
    )  # fmt: skip
    def test_a_named_goal_set_is_specific(self, statement: str) -> None:
        """The goal after "to" or "of" names an action on a particular thing."""
        assert passes_specific(statement)

    @given(
        lead=st.sampled_from(["Set a goal to", "I set a goal to", "Make it a priority to"]),
        goal=st.sampled_from(
            ["improve my skills", "be more confident", "swim 20 lengths every Monday",
             "finish the Dune trilogy by March"]
        ),
    )  # fmt: skip
    @settings(max_examples=30, deadline=None)
    def test_setting_adds_nothing_to_the_goal(self, lead: str, goal: str) -> None:
        """The same verdict as the goal said plainly."""
        assert passes_specific(f"{lead} {goal}") == passes_specific(goal[0].upper() + goal[1:])


@pytest.mark.usefixtures("english_source")
class TestShortAdverbsBeforeTheVerb:
    """A short adverb between a helping verb and its verb leaves the verb an action.

    "I can *even* run a marathon", "we will *only* buy fruit at the market",
    "I could *still* cycle to work": "even", "only", "still", "ever", "often"
    stand where "-ly" adverbs stand ("I will *gradually* cut sugar").
    """

    @pytest.mark.parametrize(
        "statement",
        ["Perhaps I can even cycle the coast road in one day.",
         "We will only buy vegetables at the Saturday market",
         "I could still walk the dog before work every morning",
         "I will often cook dinner for the family on weekdays"],
    )  # fmt: skip
    def test_the_verb_after_a_short_adverb_is_an_action(self, statement: str) -> None:
        """The verb after the adverb is read, with what it is on."""
        assert "S-NO-ACTION" not in specific_codes(statement)
        assert passes_specific(statement)

    @given(
        adverb=st.sampled_from(["even", "only", "still", "often"]),
        goal=st.sampled_from(
            ["bake bread on Sundays", "swim 40 lengths at the leisure centre",
             "improve my skills", "be more confident"]
        ),
    )  # fmt: skip
    @settings(max_examples=30, deadline=None)
    def test_a_short_adverb_changes_nothing(self, adverb: str, goal: str) -> None:
        """With or without the adverb, the same verdict: it says how, not what."""
        assert passes_specific(f"I will {adverb} {goal}") == passes_specific(f"I will {goal}")


@pytest.mark.usefixtures("english_source")
class TestObjectivesSaidOfSomeone:
    """An objective that leaves its subject out opens with its verb in "-s": an action.

    Objectives written about a learner or a patient often drop who does it:
    "Writes numbers 0-10 without a model", "Identifies 20 sight words". The
    statement is read as the instruction "Write numbers 0-10" would be, so vague
    wording stays vague ("Learns more about history"). A word that is a plural
    noun as well ("Plans for the summer") is not read as a verb.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Spells his first and last name without help",
         "Identifies the twelve months of the year in order",
         "Earns a B or better in every science unit",
         "Ties both shoelaces unaided by the end of term"],
    )  # fmt: skip
    def test_an_objective_with_its_subject_left_out_is_an_action(self, statement: str) -> None:
        """The "-s" verb is read as the action, with what it is on."""
        assert "S-NO-ACTION" not in specific_codes(statement)
        assert passes_specific(statement)

    def test_vague_wording_said_of_someone_stays_vague(self) -> None:
        """Read as its instruction, vague wording is as vague as the instruction."""
        assert not passes_specific("Learns more about history")

    @given(
        goal=st.sampled_from(
            ["write the numbers 0-20 without a model", "earn a B in chemistry",
             "spell ten new words each week", "improve his skills"]
        )
    )  # fmt: skip
    @settings(max_examples=20, deadline=None)
    def test_the_subject_left_out_changes_nothing(self, goal: str) -> None:
        """Said of someone unnamed or as a bare instruction, the same verdict."""
        verb, rest = goal.split(" ", 1)
        third = verb + ("es" if verb.endswith(("sh", "ch")) else "s")
        assert passes_specific(f"{third.capitalize()} {rest}") == passes_specific(
            f"{verb.capitalize()} {rest}"
        )


@pytest.mark.usefixtures("english_source")
class TestNamesWithVagueWords:
    """Capitals mid-sentence start a name: its words name one thing, nothing vague.

    "Get a Competent Communicator award", "become National Board Certified",
    "finish 'The Feel Good Handbook'": a title, an award or a book may hold
    words that are vague elsewhere ("competent", "feel good"). In a statement
    written in title case ("Become A Better Leader") capitals name nothing.
    """

    @pytest.mark.parametrize(
        "statement",
        ["I want to earn the Advanced Leader Bronze award this year",
         "Finish reading The Happy Mind by the end of March",
         "to become a Certified Public Accountant",
         "I hope to be Board Certified in oncology nursing"],
    )  # fmt: skip
    def test_a_name_is_not_vague(self, statement: str) -> None:
        """The named title, award or book is the particular thing acted on."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Become A Better Leader", "Be More Confident At Work", "I want to feel good",
         "Keep Moving Forward with my painting", "I want to become a Better Person",
         "My goal is to get Healthier"],
    )  # fmt: skip
    def test_capitals_that_name_nothing_stay_vague(self, statement: str) -> None:
        """Title case, capitals from the start, one capital or a comparative leave it vague."""
        assert not passes_specific(statement)

    @given(
        name=st.sampled_from(["The Feel Good Handbook", "Better Than Before", "Happy Money"]),
        lead=st.sampled_from(["Finish reading", "I will read", "I want to read"]),
    )
    @settings(max_examples=20, deadline=None)
    def test_a_book_named_is_specific_whatever_its_title(self, name: str, lead: str) -> None:
        """Whatever words the title holds, naming the book names what is read."""
        assert passes_specific(f"{lead} {name} by June")


class TestActivitiesNamedWithAnAmount:
    """An opening name of an exercise or task, its last word a verb too, then an amount.

    "Bench Press 130KG", "Barbell Squat twice my body weight", "rote count
    1-100": the verb in the name is done to the amount after it. Read with
    lemminflect, which knows a word that is both a noun and a verb.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Leg Press 200kg for five reps", "Overhead Press 40 kg by summer",
         "Front Squat 1.5 times my body weight", "skip count by fives to 100",
         "Plank 3 minutes without a break"],
    )  # fmt: skip
    def test_an_activity_with_an_amount_is_an_action(self, statement: str) -> None:
        """The verb in the activity's name is read as the action."""
        assert "S-NO-ACTION" not in specific_codes(statement)

    @pytest.mark.parametrize(
        "statement", ["Meditation streak", "Customer complaints", "The team press release"]
    )
    def test_a_name_with_no_amount_stays_a_topic(self, statement: str) -> None:
        """With no amount after it, a name is a topic, not something to do."""
        assert not passes_specific(statement)

    @given(
        name=st.sampled_from(["Bench Press", "Back Squat", "Dumbbell Row", "Leg Press"]),
        amount=st.sampled_from(["100kg", "twice my body weight", "60 kg", "three plates"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_any_exercise_with_a_load_is_specific(self, name: str, amount: str) -> None:
        """An exercise's name with the load to lift names what will be done."""
        assert "S-NO-ACTION" not in specific_codes(f"{name} {amount}")


@pytest.mark.usefixtures("english_source")
class TestThingsKeptToWithNoVerb:
    """A thing named with no verb, and how often or by what time: a goal one can keep.

    "Fruit with breakfast every day", "Lights out by 10:30pm", "Water at each
    meal": what is kept to and when it is checked. Vague wording stays vague
    ("Better sleep every night"), and a thing with no when is a topic.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Fruit with breakfast every day", "Lights out by 10:30pm on school nights",
         "Water and a salad at each meal", "Phone in the kitchen before 9 each evening"],
    )  # fmt: skip
    def test_a_thing_with_when_it_is_kept_is_specific(self, statement: str) -> None:
        """The thing and when it is checked say what to do."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Better sleep every night", "More happiness each day", "Evening routine",
         "Good habits each day", "Positive thinking every morning"],
    )  # fmt: skip
    def test_vague_wording_or_no_when_is_not(self, statement: str) -> None:
        """A when makes neither vague wording nor a quality concrete; a bare thing is a topic."""
        assert not passes_specific(statement)

    @given(
        degree=st.sampled_from(["Better", "More", "Less"]),
        thing=st.sampled_from(["sleep", "food", "focus", "habits"]),
        when=st.sampled_from(["every night", "at each meal", "by 9pm", "each weekday"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_more_or_better_of_a_thing_is_never_kept_to(
        self, degree: str, thing: str, when: str
    ) -> None:
        """However often it is checked, more or better of a thing names no level to keep."""
        assert not passes_specific(f"{degree} {thing} {when}")


@pytest.mark.usefixtures("english_source")
class TestVerbsSaidInformallyOrWithStress:
    """Where a verb stands, how it is spelt or stressed leaves it a verb.

    "I'm gonna", "I wanna", "I gotta" lead in to a verb as "going to" does;
    a verb in capitals after "to" or "will" is stressed ("I want to NAIL my
    audition"), not a name; a goal opening with "to" names its verb first,
    known to the word lists or not ("to summit Ben Nevis").
    """

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("I'm gonna bake a loaf of sourdough every Sunday", "bake"),
         ("I gotta finish my thesis draft by March", "finish"),
         ("I want to NAIL the audition for the school play", "nail"),
         ("to summit Ben Nevis before I turn forty", "summit"),
         ("to kayak the length of the Thames", "kayak")],
    )  # fmt: skip
    def test_the_verb_is_read(self, statement: str, verb: str) -> None:
        """The verb is read with what it is on."""
        assert verb in [found for found, _ in said(statement)]
        assert passes_specific(statement)

    @pytest.mark.parametrize("statement", ["To healthier living", "To greater happiness"])
    def test_an_adjective_after_an_opening_to_is_no_verb(self, statement: str) -> None:
        """ "To" then a word that describes is a toast to a state, not a verb."""
        assert "S-NO-ACTION" in specific_codes(statement)

    @given(
        lead=st.sampled_from(["I'm gonna", "I'm going to", "I wanna", "I want to"]),
        goal=st.sampled_from(
            ["swim 20 lengths twice a week", "get better", "read the Harry Potter books",
             "improve my skills"]
        ),
    )  # fmt: skip
    @settings(max_examples=30, deadline=None)
    def test_informal_spelling_changes_nothing(self, lead: str, goal: str) -> None:
        """Said informally or in full, the same verdict."""
        formal = lead.replace("gonna", "going to").replace("wanna", "want to")
        assert passes_specific(f"{lead} {goal}") == passes_specific(f"{formal} {goal}")


@pytest.mark.usefixtures("english_source")
class TestActivitiesWithWhereTheyAreDone:
    """An opening "-ing" activity with where it is done reads as its verb would.

    "Performing at the spring concert" is "Perform at the spring concert":
    the place is what the action is on. An activity alone ("Networking"), with
    what it is about ("Learning about ...") or "in" or "on" a way of being
    ("Living in the moment") is still a topic.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Performing at the spring concert", "Volunteering at the hospice on Saturdays",
         "Singing at my sister's wedding in June"],
    )  # fmt: skip
    def test_an_activity_with_a_place_is_an_action(self, statement: str) -> None:
        """Where it is done names what it is on."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Networking", "Learning about how rockets work", "Living in the moment",
         "Staying on track"],
    )  # fmt: skip
    def test_an_activity_alone_is_a_topic(self, statement: str) -> None:
        """No place ("in" and "on" are as often a way of being): a topic, not something to do."""
        assert not passes_specific(statement)

    @given(
        verb=st.sampled_from([("Perform", "Performing"), ("Compete", "Competing"),
                              ("Volunteer", "Volunteering"), ("Speak", "Speaking")]),
        place=st.sampled_from(["at the regional festival", "at the local food bank",
                               "at two conferences this year", "at the school fete"]),
    )  # fmt: skip
    @settings(max_examples=30, deadline=None)
    def test_the_activity_reads_as_its_verb(self, verb: tuple[str, str], place: str) -> None:
        """As an "-ing" activity or as an instruction, the same verdict."""
        base, gerund = verb
        assert passes_specific(f"{gerund} {place}") == passes_specific(f"{base} {place}")


@pytest.mark.usefixtures("english_source")
class TestFeelingsToHave:
    """A liking to have is how someone will feel, not something done: vague, as a state is.

    "Enjoy cooking", "develop a love for poetry", "foster an interest in
    science" say how one will feel about a thing. "I would love to run a
    10K" leads in to the running, and something concrete beside a feeling
    carries the goal.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Enjoy cooking", "Develop a love for poetry",
         "We want our pupils to build an interest in science",
         "Grow a passion for classical music and history"],
    )  # fmt: skip
    def test_a_feeling_to_have_is_vague(self, statement: str) -> None:
        """Nothing is named to do: the feeling is the whole goal."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I would love to run a 10K in under an hour this spring",
         "Find three hobbies I enjoy and try each one for a month",
         "Read one poem every night to develop a love for poetry"],
    )  # fmt: skip
    def test_a_feeling_beside_something_done_is_specific(self, statement: str) -> None:
        """Leading in, or said beside what will be done, a feeling leaves the goal concrete."""
        assert passes_specific(statement)

    @given(
        verb=st.sampled_from(["Develop", "Build", "Foster", "Cultivate"]),
        feeling=st.sampled_from(["a love for", "an interest in", "a passion for"]),
        thing=st.sampled_from(["reading", "maths", "the outdoors", "jazz"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_a_feeling_alone_is_never_specific(self, verb: str, feeling: str, thing: str) -> None:
        """Whatever it is for, a feeling alone names nothing to do."""
        assert not passes_specific(f"{verb} {feeling} {thing}")


@pytest.mark.usefixtures("english_source")
class TestStayingWithout:
    """Staying sober, or free from a thing, keeps to a rule of none, as "stay alcohol-free" does.

    "Remain sober for 90 days", "stay free of credit card debt", "the
    resident will remain free from pressure sores" each say what there will be
    none of. Getting sober, or staying free with nothing named, is a state.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Remain sober for 90 days", "Stay free of credit card debt this year",
         "The resident will remain free from pressure sores", "I will stay sober through June"],
    )  # fmt: skip
    def test_staying_without_a_thing_is_specific(self, statement: str) -> None:
        """What there will be none of is named."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I will work to get sober.", "Stay free", "Feel free", "Stay free from stress"],
    )
    def test_getting_there_or_naming_nothing_is_vague(self, statement: str) -> None:
        """Getting into the state, or being free of nothing named or of a feeling, is vague."""
        assert not passes_specific(statement)

    @given(
        verb=st.sampled_from(["Stay", "Remain", "I will stay", "The patient will remain"]),
        thing=st.sampled_from(["falls", "debt", "cigarettes", "infection"]),
        word=st.sampled_from(["free from", "free of"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_staying_free_of_any_thing_is_specific(self, verb: str, thing: str, word: str) -> None:
        """Whatever is gone without, staying free of it names it."""
        assert passes_specific(f"{verb} {word} {thing}")


@pytest.mark.usefixtures("english_source")
class TestEnoughInANamedLanguage:
    """Fluent or proficient *enough* in a named language is a standard, as fluent in it is.

    "Become fluent enough in Italian to order dinner": enough for what
    follows, in a language named. "Fluent enough" alone names no language.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Become fluent enough in Italian to order dinner in Rome",
         "Get proficient enough in German to read a newspaper"],
    )  # fmt: skip
    def test_enough_in_a_named_language_is_specific(self, statement: str) -> None:
        """The language is named, and what the command is enough for."""
        assert passes_specific(statement)

    @given(
        degree=st.sampled_from(["", " enough"]),
        language=st.sampled_from(["Spanish", "Japanese", "Welsh"]),
    )
    @settings(max_examples=20, deadline=None)
    def test_enough_changes_nothing(self, degree: str, language: str) -> None:
        """With or without "enough", the same verdict."""
        assert passes_specific(f"Become fluent{degree} in {language}") == passes_specific(
            f"Become fluent in {language}"
        )


@pytest.mark.usefixtures("english_source")
class TestGettingToALevel:
    """ "Get to" a number is a level reached: where one gets, as "get to the gym" is a place.

    "Get to sub-3:30 in the marathon", "get to 70 kg by June"; "get to know"
    still leads in to a verb.
    """

    @pytest.mark.parametrize(
        "statement",
        ["For the half marathon I'd like to get to sub-1:45", "I want to get to 70 kg by June"],
    )
    def test_getting_to_a_number_is_an_action(self, statement: str) -> None:
        """The level is what the action is on."""
        assert "get" in [verb for verb, _ in said(statement)]
        assert passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestAHighLevelOf:
    """ "A high level of" names no level: as vague as "a lot of", whatever it is of.

    "Deliver a high level of customer care" says nothing a stranger could
    check; "answer 95% of calls within a minute" does.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Deliver a high level of customer care", "Be able to sing with a high level of control",
         "Reach a higher level of fitness"],
    )  # fmt: skip
    def test_a_high_level_of_a_thing_is_vague(self, statement: str) -> None:
        """Nothing says which level."""
        assert not passes_specific(statement)

    def test_a_level_named_beside_it_carries_the_goal(self) -> None:
        """Something concrete beside it carries the goal."""
        assert passes_specific("Keep a high level of accuracy by scoring 95% on every quiz")


@pytest.mark.usefixtures("english_source")
class TestAWholeSetKnownByHeart:
    """Knowing all of a finite set by heart is concrete, as Measurable reads it done or not.

    "Know all of the times tables by June", "know her complete home address":
    "know" is vague alone ("know more about history"), but every one of a set
    named is a thing a stranger could check.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Know all of the times tables by June", "Will know her complete home address",
         "My daughter will know all the letters of the alphabet"],
    )  # fmt: skip
    def test_a_whole_set_known_is_specific(self, statement: str) -> None:
        """The whole set is named."""
        assert passes_specific(statement)

    @pytest.mark.parametrize("statement", ["Know more about history", "I want to know the basics"])
    def test_knowing_in_general_is_vague(self, statement: str) -> None:
        """Knowing more, or knowing a part unnamed, names nothing to check."""
        assert not passes_specific(statement)

    @given(
        lead=st.sampled_from(
            ["Know all of the", "I will know all the", "Pupils will know all the"]
        ),
        whole=st.sampled_from(
            ["times tables", "letters of the alphabet", "number bonds to ten", "spelling words"]
        ),
    )
    @settings(max_examples=30, deadline=None)
    def test_any_whole_set_is_specific(self, lead: str, whole: str) -> None:
        """Whichever set it is, all of it known is concrete."""
        assert passes_specific(f"{lead} {whole}")


#: Verbs in "-s", said of someone, and their instructions.
_BASES = {
    "writes": "write", "draws": "draw", "reads": "read", "counts": "count",
    "identifies": "identify", "names": "name",
}  # fmt: skip


@pytest.mark.usefixtures("english_source")
class TestVerbsInAListSaidOfSomeone:
    """Objectives that leave out who acts may list their verbs, or open with one that is a noun too.

    "names, labels and counts the coins", "Draws pictures with three colours":
    every "-s" verb of the opening list is read as its instruction, and a word
    that is a plural noun as well is a verb where an object follows it, not
    where a preposition does ("Plans for the holidays").
    """

    @pytest.mark.parametrize(
        "statement",
        ["names, labels, and counts the coins in a purse",
         "Draws pictures with three colours",
         "Plays scales in two octaves from memory",
         "Reads, writes and counts numbers to 100"],
    )  # fmt: skip
    def test_a_list_of_verbs_said_of_someone_is_an_action(self, statement: str) -> None:
        """The opening verbs are the action, and their object is named."""
        assert "S-NO-ACTION" not in specific_codes(statement)
        assert passes_specific(statement)

    @pytest.mark.parametrize("statement", ["Plans for the holidays", "Plans, hopes and dreams"])
    def test_a_plural_noun_before_a_preposition_or_a_list_of_nouns_is_no_verb(
        self, statement: str
    ) -> None:
        """A noun that could be a verb stays a noun where no object follows it."""
        assert not passes_specific(statement)

    @given(
        verbs=st.lists(st.sampled_from(sorted(_BASES)), min_size=1, max_size=3, unique=True),
        thing=st.sampled_from(["the numbers 1-20", "his first name", "ten sight words"]),
    )
    @settings(max_examples=40, deadline=None)
    def test_said_of_someone_or_as_instructions_the_same(
        self, verbs: list[str], thing: str
    ) -> None:
        """Listed in "-s" or as bare instructions, the verdict is the same."""

        def listed(words: list[str]) -> str:
            return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"

        assert passes_specific(f"{listed(verbs)} {thing}") == passes_specific(
            f"{listed([_BASES[verb] for verb in verbs])} {thing}"
        )


@pytest.mark.usefixtures("english_source")
class TestVerbsWrittenWithAPrefixOrASlash:
    """A verb with a prefix and a hyphen is that verb; a slash between verbs says "or".

    "Self-publish my cookbook", "re-take the driving test", "co-write a
    paper with my supervisor"; "Design/build a garden shed".
    """

    @pytest.mark.parametrize(
        "statement",
        ["Self-publish my cookbook of family recipes",
         "re-take the driving theory test",
         "Co-write a paper with my supervisor",
         "Design/build a garden shed"],
    )  # fmt: skip
    def test_a_prefixed_or_slashed_verb_is_an_action(self, statement: str) -> None:
        """The verb is read, with what it is on."""
        assert said(statement)
        assert passes_specific(statement)

    def test_a_prefixed_noun_is_no_action(self) -> None:
        """A compound that names a thing is still a thing: "Self-confidence"."""
        assert said("Self-confidence") == []

    @given(
        prefix=st.sampled_from(["re-", "co-", "self-"]),
        verb=st.sampled_from(["publish", "write", "organize", "edit"]),
        thing=st.sampled_from(["a zine about birds", "the club newsletter", "my first novel"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_the_prefix_changes_no_verdict(self, prefix: str, verb: str, thing: str) -> None:
        """With its prefix or without, the verb names the same action."""
        assert passes_specific(f"{prefix}{verb} {thing}") == passes_specific(f"{verb} {thing}")


@pytest.mark.usefixtures("english_source")
class TestJobsNamedByFieldOrWork:
    """A job named by its field or by the work done in it is named; any field is not.

    "a job in the aviation industry", "a post teaching chemistry"; but "a job
    in my chosen field" and "a job making more money" say none.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Getting a job in the aviation industry",
         "Find a position in the renewable energy field",
         "land a job coaching the junior swim team",
         "Get an internship designing sets for a theatre"],
    )  # fmt: skip
    def test_a_job_with_its_field_or_work_is_specific(self, statement: str) -> None:
        """The field or the work says which job."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Getting a job in my chosen field", "Find a job in the industry",
         "Land a new job making more money"],
    )  # fmt: skip
    def test_a_job_in_any_field_is_vague(self, statement: str) -> None:
        """Any field, or only its pay, names no job."""
        assert not passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestMoreOfANamedThingAndGradesInANamedCourse:
    """What "as many" or "more" opens is acted on; a grade in a named course is a measure.

    "collecting as many signatures as possible": the signatures are what is
    collected; "I want read more novels": "to" left out, the novels; "a
    better grade in my AP Biology class" names the grade's course ("in my
    classes" names none).
    """

    @pytest.mark.parametrize(
        "statement",
        ["collecting as many signatures as possible for the petition",
         "I want read more novels in Spanish",
         "Get a better grade in my AP Biology class",
         "I am shadowing a surgeon on the cardiac ward"],
    )  # fmt: skip
    def test_the_thing_or_the_course_is_named(self, statement: str) -> None:
        """What is acted on, or the course graded, is named."""
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Get better grades in my classes", "Get Better Grades In Biology",
         "to learn as much as I could"],
    )  # fmt: skip
    def test_grades_anywhere_or_as_much_as_possible_stay_vague(self, statement: str) -> None:
        """No course named (or capitals of title case), or nothing acted on: vague."""
        assert not passes_specific(statement)

    @given(
        course=st.sampled_from(["Chemistry", "AP History", "Year 10 French", "Latin"]),
        lead=st.sampled_from(
            ["Get a better grade in", "Earn higher grades in", "Improve my grades in"]
        ),
    )
    @settings(max_examples=30, deadline=None)
    def test_any_named_course_is_a_measure(self, course: str, lead: str) -> None:
        """Whichever course is named, its grade is a measure."""
        assert passes_specific(f"{lead} {course}")


@pytest.mark.usefixtures("english_source")
class TestKeptToOrDoneUnaidedWithNoVerb:
    """A thing kept to by a named time, or a named task done unaided, is concrete with no verb.

    "Phone in the drawer at midnight" as "In bed by 9pm"; "Independent with
    dressing", a therapist's standard ("Independence in life" names no task).
    """

    @pytest.mark.parametrize(
        "statement",
        ["Phone in the kitchen drawer at midnight",
         "Laptop closed by noon on Saturdays",
         "Independent with the daily stretching routine.",
         "Independence in climbing the stairs at home"],
    )  # fmt: skip
    def test_a_named_time_or_an_unaided_task_is_specific(self, statement: str) -> None:
        """When it is kept to, or which task is done alone, is named."""
        assert passes_specific(statement)

    @pytest.mark.parametrize("statement", ["Independence in life", "Better sleep at midnight"])
    def test_independence_in_general_or_better_of_a_thing_is_not(self, statement: str) -> None:
        """No task named, or more of a thing by no amount: not concrete."""
        assert not passes_specific(statement)

    @given(
        task=st.sampled_from(
            ["dressing", "the home exercise program", "walking with a cane", "bathing"]
        ),
        lead=st.sampled_from(["Independent with", "Independence in", "independent in"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_any_named_task_done_unaided_is_specific(self, lead: str, task: str) -> None:
        """Whichever task it is, done unaided it is a standard."""
        assert passes_specific(f"{lead} {task}")


@pytest.mark.usefixtures("english_source")
class TestVagueAimsAcrossRounds:
    """Aims that name nothing to do, said in shapes several rounds share, are vague.

    Every form of "understand" ("Understands fractions", "an understanding
    of ..."), as the base form is; doing well at the end or keeping a thing
    up, to no level ("finish strong", "keep my marks up"); attitudes ("take
    risks", "say yes more");
    a manner with no standard ("speak confidently"); and an outcome of a kind
    with its article left out ("get internship").
    """

    @pytest.mark.parametrize(
        "statement",
        ["Understands the water cycle", "Gain an understanding of medieval trade",
         "I want the team to finish strong", "Keep my marks up this term",
         "Take more risks at work", "Say yes to new things",
         "I want to present more confidently", "Get internship after graduation"],
    )  # fmt: skip
    def test_an_aim_that_names_nothing_to_do_is_vague(self, statement: str) -> None:
        """No thing named to do, nor a standard to reach."""
        assert not passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Explain the water cycle in a two-minute talk by Friday",
         "Keep my resting heart rate under 60",
         "Confidently present the quarterly results at the March board meeting",
         "Get an internship at the city planning office"],
    )  # fmt: skip
    def test_with_a_thing_or_a_standard_named_it_is_specific(self, statement: str) -> None:
        """The same words beside a named thing or a standard leave it specific."""
        assert passes_specific(statement)

    @given(
        thing=st.sampled_from(["grades", "average", "scores", "energy", "spirits"]),
        owner=st.sampled_from(["my", "your", "our", "that"]),
        when=st.sampled_from(["", " this year", " through the spring"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_anything_kept_up_to_no_level_is_vague(self, owner: str, thing: str, when: str) -> None:
        """Whatever is kept up, with no level to keep it at, the goal names none."""
        assert not passes_specific(f"Keep {owner} {thing} up{when}")


@pytest.mark.usefixtures("english_source")
class TestCommandOfANamedThing:
    """Command of a thing with a proper name is a standard, as of a named language.

    "Proficient in Photoshop" names what is mastered as "fluent in Spanish"
    does; "proficient" alone, "more proficient", or a title-case statement
    whose capitals name nothing, says no level.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Become proficient in Photoshop",
         "Get proficient with the Django framework before the summer",
         "Be skilled in AutoCAD by June"],
    )  # fmt: skip
    def test_command_of_a_named_thing_is_specific(self, statement: str) -> None:
        assert passes_specific(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Become more proficient in Excel", "Become proficient", "Become Proficient In Excel",
         "Be fluent in my job"],
    )  # fmt: skip
    def test_with_no_name_or_more_of_it_it_is_vague(self, statement: str) -> None:
        assert not passes_specific(statement)

    @given(
        word=st.sampled_from(["proficient", "fluent", "skilled", "competent"]),
        name=st.sampled_from(["Excel", "Blender", "Kotlin", "QuickBooks", "SolidWorks"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_more_of_a_command_is_never_a_standard(self, word: str, name: str) -> None:
        """Whatever is named, "more" of a command sets no level to reach."""
        assert not passes_specific(f"Become more {word} in {name}")


@pytest.mark.usefixtures("english_source")
class TestActivitiesOpeningWithToAsOrWithoutWhat:
    """An activity that opens a statement and says to what, as what or without what is an action.

    "Returning to the classroom", "Appearing as a guest", "Walking without
    a cane" say what will be done and where, as "Competing at a festival"
    does; "in" and "on" stay a way of being ("Living in the moment").
    """

    @pytest.mark.parametrize(
        "statement",
        ["Moving to a smaller apartment", "Walking without crutches by March",
         "Serving as treasurer of the allotment society", "Returning to the night shift"],
    )  # fmt: skip
    def test_an_activity_said_with_where_it_goes_is_specific(self, statement: str) -> None:
        assert passes_specific(statement)

    @pytest.mark.parametrize("statement", ["Networking", "Living in the moment", "Career planning"])
    def test_an_activity_named_alone_is_still_a_topic(self, statement: str) -> None:
        assert "S-NO-ACTION" in specific_codes(statement)

    @given(
        verb=st.sampled_from(["Walking", "Moving", "Returning", "Cycling", "Travelling"]),
        place=st.sampled_from(["the library", "my old school", "a new team"]),
    )
    @settings(max_examples=30, deadline=None)
    def test_to_a_named_place_is_never_a_bare_topic(self, verb: str, place: str) -> None:
        """Whatever the activity, naming where it goes makes it something to do."""
        assert "S-NO-ACTION" not in specific_codes(f"{verb} to {place}")


def learned_reading_asked_of(statement: str) -> bool:
    """Whether the default policy leaves *statement* to the learned reading (S-BROAD)."""
    context = SmartContext(
        plan=None, as_of=AS_OF, policy=SmartPolicy(), analysis=analyze_text(statement)
    )
    return learned_reading_asked(context)


def passes_by_default(statement: str) -> bool:
    """Whether the default policy (the learned reading beside the rules) passes Specific."""
    report = assess(Goal(title=statement), as_of=AS_OF)
    return report.results[Criterion.SPECIFIC].passed


@pytest.mark.usefixtures("english_source")
class TestTitlesCredentialsCountsAndWholeSetsLeftToTheRules:
    """What the rules know is named is not asked of the learned reading.

    A title held ("be the head of sales"), a job named by where or as what,
    a credential or exam, a count of a thing, every one of a set: out of
    round, S-BROAD failed such statements wrongly far more often than
    rightly, so the rules' pass stands.
    """

    @pytest.mark.parametrize(
        "statement",
        ["Become the head of sales at a small startup", "I want to be a staff nurse",
         "Be a senior data analyst on the payments team", "I want a job at the county library",
         "Get a seat on the parish council", "Get my commercial pilot's license",
         "Pass the bar exam", "Join two choirs this year", "Answer all my unread emails",
         "Tidy every drawer in the kitchen"],
    )  # fmt: skip
    def test_the_rules_pass_stands(self, statement: str) -> None:
        assert not learned_reading_asked_of(statement)
        assert passes_specific(statement)
        assert passes_by_default(statement)

    @pytest.mark.parametrize(
        "statement", ["Get involved in the community", "Become a creator", "Get my life together"]
    )
    def test_a_broad_aim_with_none_of_them_is_still_asked(self, statement: str) -> None:
        assert learned_reading_asked_of(statement)

    def test_a_character_is_no_title(self) -> None:
        """ "Become a leader" names a kind of person, not a post: the rules fail it as vague."""
        assert not passes_specific("Become a leader")
        assert not passes_by_default("Become a leader")

    @given(
        opening=st.sampled_from(["Become", "I want to be", "Get hired as"]),
        article=st.sampled_from(["a", "the"]),
        grade=st.sampled_from(["", "senior ", "junior ", "chief "]),
        title=st.sampled_from(sorted(TITLE_NOUNS)),
    )
    @settings(max_examples=60, deadline=None)
    def test_a_title_held_keeps_the_rules_verdict(
        self, opening: str, article: str, grade: str, title: str
    ) -> None:
        """Whatever the title, the default policy's verdict is the rules' own."""
        statement = f"{opening} {article} {grade}{title}"
        assert passes_by_default(statement) == passes_specific(statement)


@pytest.mark.usefixtures("english_source")
class TestVagueWordingPassedForAnActionIsAskedOfTheLearnedReading:
    """Vague wording the rules pass only for an action beside it is left to the learned reading.

    Whether the action makes the goal specific is what the learned reading
    judges; out of round (leave-one-round-out over rounds 7 to 12) asking it
    there raised every round. What the rules know is concrete (a count, a
    title, a credential, every one of a set) still carries vague wording.
    """

    @pytest.mark.parametrize(
        "statement",
        [
            "Get organized and make better use of your planning time.",  # edu-3062
            "I wanted to take control of my life and get into shape.",  # hea-7009
            "Increase positive communication with parents of struggling students.",  # edu-8004
            "Understand the need for toileting hygiene",  # edu-10524
            "Have Fun, Enjoy Running and Make Some Running Friends!",  # hea-12026
        ],
    )
    def test_the_rules_pass_it_and_the_learned_reading_fails_it(self, statement: str) -> None:
        assert passes_specific(statement)
        assert learned_reading_asked_of(statement)
        assert not passes_by_default(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "Improve networking skills within six months by attending four industry events",
            "Get better at chess by winning three club games",
        ],
    )
    def test_a_count_still_carries_it(self, statement: str) -> None:
        """A count of a thing is a knowing pass: the rules' verdict stands."""
        assert not learned_reading_asked_of(statement)
        assert passes_by_default(statement)

    def test_a_count_of_some_of_a_set_carries_it(self) -> None:
        """'four of my mentee's presentations' counts things, as 'four presentations' does."""
        statement = (  # goalkit's own template goal (templates.toml)
            "Enhance my communication skills by giving written feedback on four of my "
            "mentee's presentations within three months"
        )
        assert not learned_reading_asked_of(statement)
        assert passes_by_default(statement)

    def test_a_number_of_a_kind_is_no_count_of_a_set(self) -> None:
        """'one of a kind' names no set: the count is not read as one (counter-example)."""
        assert learned_reading_asked_of("Get organized and make one of a kind art")

    @given(
        vague=st.sampled_from(["Improve my skills", "Get better at work", "Be more confident"]),
        count=st.sampled_from(["two", "3", "five", "12"]),
        thing=st.sampled_from(["talks", "courses", "workshops", "books"]),
    )
    @settings(max_examples=40, deadline=None)
    def test_vague_wording_carried_by_a_count_is_never_asked(
        self, vague: str, count: str, thing: str
    ) -> None:
        """Whatever the vague wording, a count of a thing beside it keeps the rules' verdict."""
        statement = f"{vague} by finishing {count} {thing}"
        assert not learned_reading_asked_of(statement)
        assert passes_by_default(statement) == passes_specific(statement)
