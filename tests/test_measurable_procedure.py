"""Measurable read by the procedure the labelling guidelines give (issue 10, measurable12).

A person asks, in order: is there an amount? a comparative with none (no)? a rule of none?
one thing done, shown or reached? Each class here is a place where goalkit's procedure
differed from that order, tried in wordings of our own, not the corpus's.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verdicts import measured


@pytest.mark.usefixtures("english_source")
class TestAnObjectivesActIsShown:
    """A learning or care objective's act is shown or not, as "be able to" says it."""

    @pytest.mark.parametrize(
        "statement",
        ["Students will sketch a food web for a pond",
         "The learner will demonstrate skipping.",
         "Pupils will draw and label a map of their town",
         "Patient will button his own shirt",
         "The student will use a number line to subtract",
         "My 4-year-old will hang up her own coat."],
    )  # fmt: skip
    def test_an_act_shown_is_measurable(self, statement: str) -> None:
        """Done in front of whoever checks: a person can say whether it was."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Students will learn about the water cycle",
         "The learner will participate in group games",
         "Students will understand and use fractions",
         "Patient will report improved mood",
         "Students will improve their handwriting",
         "Students will develop a love of poetry",
         "Students will gain confidence speaking in class"],
    )  # fmt: skip
    def test_learning_taking_part_or_a_change_is_not(self, statement: str) -> None:
        """Learning, taking part, a report of a change or a change itself shows nothing done."""
        assert not measured(statement)


@given(
    subject=st.sampled_from(["Students", "The learner", "Pupils", "The patient", "All students"]),
    act=st.sampled_from(["label the parts of a plant", "sort the blocks by colour",
                         "write their name", "trace the letter B"]),
)  # fmt: skip
def test_whoever_the_objective_names_the_act_is_shown(subject: str, act: str) -> None:
    """The same act is measurable said as an objective or after "be able to"."""
    assert measured(f"{subject} will {act}") == measured(f"{subject} will be able to {act}")


@pytest.mark.usefixtures("english_source")
class TestOnePieceMastered:
    """Mastering or learning one piece (a pose, a move, a piece of music) is shown whole or not;
    an open skill ("master English") sets no standard (the guidelines' "master a finite set")."""

    @pytest.mark.parametrize(
        "statement",
        ["I will master the handstand this spring",
         "Learn the Moonlight Sonata by June",
         "This year I master Pigeon Pose.",
         "Master this etude before the recital"],
    )  # fmt: skip
    def test_one_piece_mastered_is_measurable(self, statement: str) -> None:
        """One piece, named or with "the", "this", "my": played or held whole, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Master a new yoga pose",
         "Master Spanish",
         "Learn the product catalogue",
         "Master your scales"],
    )  # fmt: skip
    def test_an_open_skill_or_an_unnamed_piece_is_not(self, statement: str) -> None:
        """Which pose, how much Spanish, how many scales: nothing says when it is done."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["master", "learn"]),
    piece=st.sampled_from(["the headstand", "the Crow Pose", "this sonata", "my song"]),
)
def test_whichever_piece_it_is_done_or_not(verb: str, piece: str) -> None:
    """The verb of mastering does not matter: one piece is shown whole or not."""
    assert measured(f"I will {verb} {piece}")


@pytest.mark.usefixtures("english_source")
class TestARuleOfNoneSaidWithGoingTo:
    """A zero rule is one whatever future says it: "not going to", "not gonna", "cut it out"."""

    @pytest.mark.parametrize(
        "statement",
        ["I'm not going to buy takeaway coffee this month",
         "I am not gonna smoke at parties anymore",
         "We are not going to use our phones at dinner",
         "Cut soda out of my diet",
         "I will cut out late-night snacks"],
    )  # fmt: skip
    def test_a_rule_of_none_is_measurable(self, statement: str) -> None:
        """Kept or broken: a person can say which."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I'm not going to give up on my dreams",
         "I am not going to worry so much",
         "Cut back on sugar"],
    )  # fmt: skip
    def test_a_habit_of_mind_or_a_cut_by_no_amount_is_not(self, statement: str) -> None:
        """Giving up on nothing seen, or cutting back by no amount, sets no line."""
        assert not measured(statement)


@given(
    subject=st.sampled_from(["I am", "I'm", "We are", "She is"]),
    thing=st.sampled_from(["eat fast food", "drink soda", "buy cigarettes", "skip breakfast"]),
)
def test_going_to_says_the_same_rule_as_will(subject: str, thing: str) -> None:
    """ "not going to" and "will not" set the same rule of none."""
    assert measured(f"{subject} not going to {thing}") == measured(f"I will not {thing}")


@pytest.mark.usefixtures("english_source")
class TestAnActSaidInTheProgressive:
    """ "I'll be taking my exam" says "I'll take my exam": the same act, read as such."""

    @pytest.mark.parametrize(
        "statement",
        ["Next month I will be taking my driving test",
         "In the autumn I'll be submitting my thesis proposal",
         "By March we will be launching the new website"],
    )  # fmt: skip
    def test_an_ending_act_in_the_progressive_is_measurable(self, statement: str) -> None:
        """One thing done, whatever the tense says it."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I will be working on my confidence",
         "I'll be eating more vegetables",
         "We will be learning about volcanoes"],
    )  # fmt: skip
    def test_an_activity_kept_up_in_the_progressive_is_not(self, statement: str) -> None:
        """An activity or more of something goes on in any tense."""
        assert not measured(statement)


@given(
    opening=st.sampled_from(["Next week", "In June", "This spring"]),
    act=st.sampled_from(
        ["submit my application", "take my final exam", "publish my first article"]
    ),
)
def test_the_progressive_reads_as_the_plain_future(opening: str, act: str) -> None:
    """ "I'll be <act>ing" and "I will <act>" are measured alike."""
    verb, rest = act.split(" ", 1)
    ing = {"submit": "submitting", "take": "taking", "publish": "publishing"}[verb]
    assert measured(f"{opening} I'll be {ing} {rest}") == measured(f"{opening} I will {act}")


@pytest.mark.usefixtures("english_source")
class TestAnOpenAmountHoweverOften:
    """How often is said, but not how much each time: the guidelines' "no" for an amount
    with no line ("a healthy amount", "plenty") holds whatever the frequency."""

    @pytest.mark.parametrize(
        "statement",
        ["Eat plenty of fruit every day",
         "Drink a good amount of water each morning",
         "Spend a certain amount of time reading every night",
         "Get enough sleep every night"],
    )  # fmt: skip
    def test_an_open_amount_repeated_is_not_measurable(self, statement: str) -> None:
        """No day is ever done: how much is open."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Eat two pieces of fruit every day",
         "Drink a glass of water each morning",
         "Read for 20 minutes every night",
         "Eat breakfast every day"],
    )  # fmt: skip
    def test_a_whole_or_an_amount_repeated_is(self, statement: str) -> None:
        """One thing or a counted amount, each time: a day is done or not."""
        assert measured(statement)


@given(
    amount=st.sampled_from(["plenty of", "lots of", "a healthy amount of", "some"]),
    how_often=st.sampled_from(["every day", "each week", "daily", "each morning"]),
)
def test_no_frequency_measures_an_open_amount(amount: str, how_often: str) -> None:
    """However often it is said, an open amount of water is never done."""
    assert not measured(f"Drink {amount} water {how_often}")


@pytest.mark.usefixtures("english_source")
class TestOneOpenSkillLearnt:
    """ "Learn X" sets no standard, and "one" X does not give it one when X is an open skill."""

    @pytest.mark.parametrize(
        "statement",
        ["Learn one new programming language",
         "Master one new software tool",
         "Learn one emerging technology"],
    )  # fmt: skip
    def test_one_open_skill_learnt_is_not_measurable(self, statement: str) -> None:
        """How much of the language or the tool is learnt is open."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Learn one new chord",
         "Learn three new languages",
         "Learn 50 new words"],
    )  # fmt: skip
    def test_one_finite_thing_or_a_count_of_several_is(self, statement: str) -> None:
        """A chord is learnt whole; a count of several is a number a person checks."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAWayOfLivingIsKeptUp:
    """A habit formed, or a schedule, a diet or a routine kept to, has no moment it is done."""

    @pytest.mark.parametrize(
        "statement",
        ["Form a habit of stretching before bed",
         "Build better reading habits",
         "Make healthy eating habits",
         "Follow my bedtime routine",
         "Keep to a strict revision timetable",
         "Stick with a vegetarian diet"],
    )  # fmt: skip
    def test_a_habit_or_a_way_kept_to_is_not_measurable(self, statement: str) -> None:
        """Kept up for as long as one keeps it: nothing to see done."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Make a weekly revision timetable",
         "Write a meal plan for the week",
         "Follow the recipe for a sourdough loaf",
         "Stretch for 10 minutes every night as a habit"],
    )  # fmt: skip
    def test_a_schedule_made_or_a_way_with_an_amount_is(self, statement: str) -> None:
        """A timetable written is a thing made; an amount kept to is an amount."""
        assert measured(statement)


@given(
    verb=st.sampled_from(["Form", "Build", "Establish", "Develop", "Make"]),
    habit=st.sampled_from(["a habit of journaling", "good sleep habits", "a flossing habit",
                           "a habit of walking after lunch"]),
)  # fmt: skip
def test_whatever_the_verb_a_habit_is_kept_up(verb: str, habit: str) -> None:
    """A habit has no moment it is done, whichever verb forms it."""
    assert not measured(f"{verb} {habit}")


@pytest.mark.usefixtures("english_source")
class TestAPlaceReached:
    """A workplace, a school or a team one is in, or not, at the deadline: reached or not."""

    @pytest.mark.parametrize(
        "statement",
        ["I want to work at a bakery-owning charity",
         "Work for an engineering firm in Leeds",
         "Teach at a community college",
         "Go to university in Scotland",
         "Play rugby in college",
         "Play for a local club",
         "Make it to the regional finals"],
    )  # fmt: skip
    def test_a_place_reached_is_measurable(self, statement: str) -> None:
        """One is there at the deadline or is not, whatever the verb."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Get into a good college",
         "Work at a better company",
         "Live in the moment",
         "Make it through the week",
         "Work in a team",
         "Work on my confidence"],
    )  # fmt: skip
    def test_a_kind_of_place_or_no_place_is_not(self, statement: str) -> None:
        """A place called better names none; a moment or a quality is no place."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Work at", "Work for", "Volunteer at", "Intern at"]),
    place=st.sampled_from(["a design studio", "the city hospital", "a small nonprofit",
                           "an investment bank", "a start-up"]),
)  # fmt: skip
def test_any_workplace_named_is_reached_or_not(verb: str, place: str) -> None:
    """A workplace with an article is one place, there or not, whichever verb puts one in it."""
    assert measured(f"{verb} {place}")


@pytest.mark.usefixtures("english_source")
class TestAFrequencyThatNamesTheWayKept:
    """A daily routine: the word says which routine, not how often something is done."""

    @pytest.mark.parametrize(
        "statement",
        ["Keep to a weekly cleaning schedule",
         "Stick with my nightly routine",
         "Follow a daily skincare routine"],
    )  # fmt: skip
    def test_a_daily_routine_kept_is_not_measurable(self, statement: str) -> None:
        """The routine is kept up, however often it comes round: no count of acts is set."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Fit a swim into my weekly routine",
         "Stretch every night before bed"],
    )  # fmt: skip
    def test_a_thing_put_into_a_routine_is_done_that_often(self, statement: str) -> None:
        """What goes into a weekly routine is done each week: a count of acts."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAMoveFromOnePlaceToAnother:
    """A move into a place, out of one, or from one to another is made or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Move out of the shared flat",
         "Go from a part-time contract to a permanent one",
         "Move from the night shift to the day team",
         "Move into the design department"],
    )  # fmt: skip
    def test_a_move_made_is_measurable(self, statement: str) -> None:
        """One is in the new place or role at the deadline, or is not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Move on with my life",
         "Go with the flow",
         "Move more during the day"],
    )  # fmt: skip
    def test_moving_with_no_place_is_not(self, statement: str) -> None:
        """No place or role to be in: nothing to see reached."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAChangeShown:
    """A change shown, made or reported ("show growth", "demonstrate improved mood") is a
    change by no amount, whatever the verb: no one can say when it is done."""

    @pytest.mark.parametrize(
        "statement",
        ["The patient will demonstrate improved mood",  # hea-12118
         "The patient will demonstrate improved coping mechanisms and reduced anxiety "
         "related to pain.",  # hea-12059
         # edu-12176
         "Will demonstrate an improvement in the readiness skills necessary for reading.",
         "Patient will report a decrease in pain.",  # hea-10100
         "My goal is to show monthly increases across the board in each category.",  # car-9086
         "Students will show growth in their writing",
         "Demonstrate improved balance"],
    )  # fmt: skip
    def test_a_change_shown_by_no_amount_is_not_measurable(self, statement: str) -> None:
        """Improved, grown, increased: by how much is not said, so it is never done."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["The student will demonstrate improved ability to solve math word problems with 80% "
         "accuracy by the end of the IEP period.",  # edu-11001
         "65% of my students will show growth on the OAKS mathematics test that is greater "
         "than the state reported norm.",  # edu-3017
         "The learner will demonstrate kicking.",  # edu-10600
         "Students will demonstrate proper flossing and brushing techniques."],  # edu-12625
    )  # fmt: skip
    def test_an_amount_a_standard_or_an_act_shown_still_is(self, statement: str) -> None:
        """A change with an amount or a line to pass, or a skill shown, is still checkable."""
        assert measured(statement)


@given(
    subject=st.sampled_from(["Students will", "The patient will", "I will", "We want to", ""]),
    verb=st.sampled_from(["show", "demonstrate", "report"]),
    change=st.sampled_from(["improved posture", "growth in reading", "an increase in stamina",
                            "progress in math", "a decrease in pain", "steady gains"]),
)  # fmt: skip
def test_whatever_the_verb_a_change_shown_has_no_amount(
    subject: str, verb: str, change: str
) -> None:
    """Whoever shows it and however it is said, a change with no amount is not measured."""
    statement = f"{subject} {verb} {change}".strip()
    assert not measured(statement[:1].upper() + statement[1:])


# The corpus's statements "<Subject> will <rest>" whose subject is not a learner's: the
# same goal written as a bare verb ("<Rest>") reads the same (measurable13). A learner's
# or a patient's subject ("Students will ...") is the one exception: it marks an objective,
# whose act is read as shown whatever its verb; written bare, an act is read as any
# statement's is, since most bare-verb statements are not objectives (reading every bare
# verb as an objective's act fixed 88 dev statements and broke 161).
_CORPUS = pathlib.Path(__file__).parent / "data" / "goal-statements" / "statements.jsonl"
_SUBJECT_WILL_RE = re.compile(
    r"(I|We|You|He|She|They|[A-Z][a-z]+) will (?!be\b|not\b|have\b)(\w.*)"
)
_LEARNER_RE = re.compile(r"student|learner|pupil|patient|client|child|kid|resident", re.I)


def _subject_will_statements() -> list[tuple[str, str]]:
    found = []
    for line in _CORPUS.read_text(encoding="utf-8").splitlines():
        statement = json.loads(line)["statement"] if line.strip() else ""
        written = _SUBJECT_WILL_RE.fullmatch(statement)
        if written is not None and not _LEARNER_RE.search(written[1]):
            rest = written[2]
            found.append((statement, rest[:1].upper() + rest[1:]))
    return found


_SUBJECT_WILL: list[tuple[str, str]] = _subject_will_statements()


def test_the_corpus_holds_subject_will_statements() -> None:
    """Enough statements to sample: "I will ...", "We will ...", "Sarah will ..."."""
    assert len(_SUBJECT_WILL) > 300


@given(pair=st.sampled_from(_SUBJECT_WILL))
def test_a_bare_verb_reads_as_the_same_goal_with_its_subject(pair: tuple[str, str]) -> None:
    """ "I will call three clients" and "Call three clients" are one goal: one verdict."""
    full, bare = pair
    assert measured(bare) == measured(full)


@pytest.mark.usefixtures("english_source")
class TestAnActKeptForASpan:
    """An act kept for a span from the start ("for 30 days") is kept every day of it or not."""

    @pytest.mark.parametrize(
        "statement",
        ["My goal was to meditate for 108 days",  # hea-9190
         "Go to counseling for the first 12 weeks (at least)",  # hea-11214
         "Keep an exercise journal for six weeks",  # hea-13271
         "try teaching yourself for one month",  # edu-12129
         "Take ownership of a business unit HR partnership for 6 months",  # car-11026
         "Prove that I can stick with this program for the 21 days it asks for."],  # hea-9225
    )  # fmt: skip
    def test_an_act_kept_for_a_span_is_measurable(self, statement: str) -> None:
        """The span is the line: kept for all of it, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I am going to practice good sleep hygiene for 100 days.",  # hea-3085
         "Try lifestyle changes for 6 months.",  # hea-8040
         "For 6 weeks track how many steps to take and try to increase those steps.",  # hea-9135
         "Walk more for a month",
         "Walk for a few weeks",
         "practicing at studios I haven’t been to is one of my goals for 2016"],  # hea-12198
    )  # fmt: skip
    def test_a_quality_a_change_or_no_span_is_not(self, statement: str) -> None:
        """A quality with no line, a change or more of something is open however long it lasts;
        a year or a month named is a deadline, not a span kept."""
        assert not measured(statement)


@given(
    act=st.sampled_from(["Meditate", "Journal", "Go to yoga", "Walk the dog", "Keep a food diary",
                         "Use a sleep tracker"]),
    span=st.sampled_from(["for 30 days", "for six weeks", "for the next 3 months",
                          "for a month", "for the first 12 weeks", "for one year"]),
)  # fmt: skip
def test_whatever_the_span_an_act_kept_for_it_is_measured(act: str, span: str) -> None:
    """However long the span and however it is written, an act kept for it is checkable."""
    assert measured(f"{act} {span}")


@pytest.mark.usefixtures("english_source")
class TestANormOfTheBodyReached:
    """A joint's full range, the body's full load or a clinical reference range is a line."""

    @pytest.mark.parametrize(
        "statement",
        ["Regain full knee extension (ability to fully straighten the leg)",  # hea-11098
         "Restore full range of motion (ROM) around a joint.",  # hea-11167
         "To regain full-weight bearing (FWB) on injured ankle.",  # hea-12255
         "achieve full weight bearing.",  # hea-13032
         "Blood sugar range will be within normal limits for the patient",  # hea-11218
         "The patient lab value will be within normal limits prior to discharge.",  # hea-13015
         "Within the first few weeks after surgery, you should strive to regain knee range of "
         "motion equal to that of your opposite side."],  # hea-8155
    )  # fmt: skip
    def test_a_norm_of_the_body_reached_is_measurable(self, statement: str) -> None:
        """A clinician checks the norm as a number is checked: reached or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Normal walking pattern",  # hea-13028
         "Become fully fluent in Spanish",  # edu-3523
         "The goal for 2020 is to get to full fluency",  # edu-3524
         "I want to be fully recovered from my eating disorder.",  # hea-3011
         "Improve range of motion in my shoulder"],
    )  # fmt: skip
    def test_normal_alone_or_a_full_quality_is_not(self, statement: str) -> None:
        """Normal alone is read both ways by the corpus's people; full fluency or recovery
        sets no line a clinician measures; a change of range by no amount is none."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Regain", "Restore", "Achieve", "Get back"]),
    joint=st.sampled_from(["knee", "elbow", "hip", "shoulder", "wrist"]),
    movement=st.sampled_from(["extension", "flexion"]),
)  # fmt: skip
def test_any_joints_full_range_is_reached_or_not(verb: str, joint: str, movement: str) -> None:
    """Whichever joint and movement, its full range regained is checkable."""
    assert measured(f"{verb} full {joint} {movement}")


@pytest.mark.usefixtures("english_source")
class TestARuleKeptAtEveryOccasion:
    """A rule kept at every occasion of any kind is a trigger rule, as "after every meal" is."""

    @pytest.mark.parametrize(
        "statement",
        ["I will stretch after every practice",  # edu-12514
         "Incorporate veggies into every dinner!",  # hea-11274
         "Stretch after every meal"],
    )  # fmt: skip
    def test_a_rule_kept_at_every_occasion_is_measurable(self, statement: str) -> None:
        """Each occasion checks the rule: kept at it or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Reduce screen time after every meal",
         "Eat more vegetables at every dinner",
         "My commitment is to take some time to stretch after every workout session."],  # hea-11172
    )  # fmt: skip
    def test_a_change_or_an_open_amount_at_every_occasion_is_not(self, statement: str) -> None:
        """A change by no amount, more of something or an open amount has no line at any
        occasion."""
        assert not measured(statement)


@given(
    act=st.sampled_from(["Stretch", "Drink a glass of water", "Wash my hands", "Foam roll"]),
    when=st.sampled_from(["after", "before"]),
    occasion=st.sampled_from(["every practice", "each workout", "every game", "each shift",
                              "every rehearsal"]),
)  # fmt: skip
def test_whatever_the_occasion_a_rule_kept_at_it_is_measured(
    act: str, when: str, occasion: str
) -> None:
    """An occasion said with "every" or "each" triggers the rule whichever it is."""
    assert measured(f"{act} {when} {occasion}")
