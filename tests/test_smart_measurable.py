"""Measurable as a person reads it: round 6's classes (issue 10), in wordings of our own.

Each reading is tried in several wordings of our own, not only the corpus's,
with goalkit's own word lists as well as with lemminflect.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goalkit import Criterion, Goal, analyze_text, assess
from verdicts import AS_OF, measured


@pytest.mark.usefixtures("english_source")
class TestOneThingDoneWhateverTheVerb:
    """An action done once to one thing named is done or not, whatever its verb."""

    @pytest.mark.parametrize(
        "statement",
        ["Redo my portfolio",
         "Choose a thesis supervisor",
         "Paint the garden fence",
         "Repair the kitchen tap",
         "Sew a quilt for my niece",
         "Adopt a rescue dog",
         "Renew my passport",
         "I will pick a wedding venue."],
    )  # fmt: skip
    def test_one_thing_done_is_measurable(self, statement: str) -> None:
        """Done once to one thing: a person can say whether it happened."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Own the monthly newsletter",
         "Refine my handwriting",
         "Share my knowledge with the team",
         "Track my spending",
         "Research a bootcamp to join",
         "Strengthen my core",
         "Unwind this weekend"],
    )  # fmt: skip
    def test_a_thing_kept_changed_or_weighed_is_not(self, statement: str) -> None:
        """Kept up, changed by no amount, passed on or weighed: nothing says when it is done."""
        assert not measured(statement)

    def test_how_something_else_is_done_is_not(self) -> None:
        """An action that says how a vague change is made does not finish it."""
        assert not measured("Raise my test scores by reviewing the chapter notes")

    def test_a_kind_is_not_one_thing(self) -> None:
        """A bare plural names a kind, not one thing: "fix bugs" says not how many."""
        assert not measured("Repair old bicycles")

    def test_the_one_thing_is_read_as_a_completion(self) -> None:
        """The reading names the action, so the hint can offer it as a milestone."""
        assert [a.verb for a in analyze_text("Renew my passport").completions] == ["renew"]


_OBJECTS = ["the garage door", "my passport", "a bookshelf", "the spare room", "a birdhouse"]
_VERBS = ["repair", "paint", "renew", "sand", "varnish", "assemble"]


@given(verb=st.sampled_from(_VERBS), thing=st.sampled_from(_OBJECTS))
@settings(max_examples=40, deadline=None)
def test_one_named_thing_done_is_measurable_and_more_of_it_is_not(verb: str, thing: str) -> None:
    """A verb on one named thing is done or not; the same verb on "more" of it never is."""
    assert measured(f"{verb.capitalize()} {thing}")
    noun = thing.split()[-1]
    assert not measured(f"{verb.capitalize()} more {noun}s")


@pytest.mark.usefixtures("english_source")
class TestAllOneCanIsNoLine:
    """ "As many as possible" asks for all one can, which no one can check."""

    @pytest.mark.parametrize(
        "statement",
        ["Visit as many museums as possible",
         "Answer as many forum questions as I possibly can, as often as possible",
         "Go to every networking lunch possible",
         "Join each study group possible"],
    )  # fmt: skip
    def test_as_many_as_possible_is_not_measurable(self, statement: str) -> None:
        """No count and no end: the most one can is not a line to reach."""
        assert not measured(statement)

    def test_as_soon_as_possible_keeps_the_thing_done(self) -> None:
        """ "As soon as possible" says when, not how many: the renewal is still done or not."""
        assert measured("Renew my passport as soon as possible")


@pytest.mark.usefixtures("english_source")
class TestDoneWithAThing:
    """Being done with a thing, finished or given up, is so or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Be done with my driving theory course",
         "I'm done with energy drinks.",
         "By spring we are done with the basement clear-out"],
    )  # fmt: skip
    def test_done_with_is_measurable(self, statement: str) -> None:
        """Finished or stopped: a person can tell."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestZeroRuleUnderAHeading:
    """A zero rule after a heading's dash or colon is still a zero rule."""

    @pytest.mark.parametrize(
        "statement",
        ["March–no takeaway coffee",
         "April — no doomscrolling after dinner",
         "Lent: no crisps"],
    )  # fmt: skip
    def test_a_headed_zero_rule_is_measurable(self, statement: str) -> None:
        """None of it: kept or broken."""
        assert measured(statement)

    @pytest.mark.parametrize("statement", ["Novel–notes on structure", "Weekend: more rest"])
    def test_a_heading_without_a_rule_is_not(self, statement: str) -> None:
        """The dash alone sets nothing."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAnAbilityAtNoLevel:
    """An ability is shown or not, unless it is at a level no one named."""

    @pytest.mark.parametrize(
        "statement",
        ["be able to hold a conversation in Korean at a basic level",
         "Be able to understand some simple news stories in Italian",
         "be able to cook a few easy dishes"],
    )  # fmt: skip
    def test_an_ability_at_no_level_is_not_measurable(self, statement: str) -> None:
        """ "Basic", "some", "a few": how well, or how many, is left open."""
        assert not measured(statement)

    def test_an_ability_shown_is_measurable(self) -> None:
        """The same ability with its thing named is shown or not."""
        assert measured("Students will be able to label the parts of a flower")


_PLAIN_GOALS = [
    "Repair the garden shed",
    "Renew my passport",
    "Students will be able to label the parts of a flower",
    "Walk to the corner shop and back",
]
_MORE_WORDS = ["more", "better", "some", "as many as possible"]


@given(goal=st.sampled_from(_PLAIN_GOALS), unit=st.sampled_from(["books", "kilometres", "pages"]))
@settings(max_examples=30, deadline=None)
def test_a_number_of_a_concrete_unit_always_measures(goal: str, unit: str) -> None:
    """Whatever else a statement says, "12 books" is a count to reach."""
    assert measured(f"{goal} and finish 12 {unit}")


@given(noun=st.sampled_from(["books", "emails", "recipes"]), more=st.sampled_from(_MORE_WORDS))
@settings(max_examples=30, deadline=None)
def test_more_with_no_number_never_measures(noun: str, more: str) -> None:
    """ "Read more books", "read as many books as possible": no number, no line."""
    many = more == "as many as possible"
    statement = f"Read as many {noun} as possible" if many else f"Read {more} {noun}"
    assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestANameIsOneThing:
    """A name ending in "s" is one thing, not a kind."""

    @pytest.mark.parametrize(
        "statement",
        ["Earn CPA",
         "Pass the GRE and earn an MPS",
         "I want to visit the Maldives.",
         "Finish ACLS"],
    )  # fmt: skip
    def test_a_name_is_done_or_not(self, statement: str) -> None:
        """An acronym, or a capital in running text, names one thing."""
        assert measured(statement)

    def test_title_case_does_not_make_a_name(self) -> None:
        """In a title every word has a capital: "Programs" is still a kind."""
        assert not measured("Research Evening Programs")


@pytest.mark.usefixtures("english_source")
class TestVerbsSharingOneObject:
    """Verbs joined by "and" or a comma act on the last one's object."""

    @pytest.mark.parametrize(
        "statement",
        ["Draft, edit and send the grant letter",
         "Write and keep a household budget",
         "Plan and host my sister's baby shower"],
    )  # fmt: skip
    def test_each_verb_acts_on_the_shared_object(self, statement: str) -> None:
        """One of the verbs ends on the thing: the goal is done or not."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestOneMoreIsAnAmount:
    """ "An extra glass", "one more lap": one more, an amount, unlike "more"."""

    @pytest.mark.parametrize(
        "statement",
        ["Eat an extra portion of vegetables every day", "Swim one more length each session"],
    )
    def test_one_more_with_a_frequency_is_measurable(self, statement: str) -> None:
        """One added, each time: kept or not."""
        assert measured(statement)

    def test_more_with_a_frequency_is_not(self) -> None:
        """More than what? A frequency of a change by no amount measures nothing."""
        assert not measured("Eat more vegetables every day")


@pytest.mark.usefixtures("english_source")
class TestALimitWithNoAmount:
    """A limit says less, not how much less, unless it names the amount."""

    @pytest.mark.parametrize(
        "statement",
        ["This month I will limit my coffee", "Curb my online shopping this spring"],
    )
    def test_a_limit_with_no_amount_is_not_measurable(self, statement: str) -> None:
        """Limited to what? A date does not make it a task done."""
        assert not measured(statement)

    def test_a_limit_with_an_amount_is(self) -> None:
        """The amount is the line."""
        assert measured("Limit my coffee to two cups a day")


@pytest.mark.usefixtures("english_source")
class TestAnUnnamedOutcomeOwned:
    """Owning a thing of a kind is so or not, though which one is left open."""

    @pytest.mark.parametrize("statement", ["own my own bakery", "Own a house by the sea"])
    def test_owning_one_is_measurable(self, statement: str) -> None:
        """Owned or not: a person can tell."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAThingDoneNamedAsANoun:
    """A heading naming one thing done as a noun is done or not, with no verb."""

    @pytest.mark.parametrize(
        "statement",
        ["Completion of my apprenticeship logbook",
         "Timely submission of the grant report to the council",
         "Defence of my dissertation"],
    )  # fmt: skip
    def test_a_completion_heading_is_measurable(self, statement: str) -> None:
        """ "Completion of X" is X completed: so or not."""
        assert measured(statement)

    def test_completion_of_more_is_not(self) -> None:
        """More than what? The noun does not set the amount."""
        assert not measured("Completion of more homework")


@pytest.mark.usefixtures("english_source")
class TestASubstitutionInAnyForm:
    """A substitution is read in any form of its verb, with an adverb between."""

    @pytest.mark.parametrize(
        "statement",
        ["Switching to oat milk in my coffee",
         "I am slowly switching entirely to decaf",
         "Swapped crisps for fruit at lunch"],
    )  # fmt: skip
    def test_a_substitution_is_measurable(self, statement: str) -> None:
        """One thing in place of another: kept or not."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestADirectionWithNoAmount:
    """More or less of a counted thing, with no amount, says which way and not how far."""

    @pytest.mark.parametrize(
        "statement",
        ["Raise the share of invoices paid on time",
         "Lower the proportion of patients readmitted within 30 days",
         "Push our click-through rate up",
         "Knock the average wait time down",
         "Increase the number of volunteers trained by the end of level 2",
         "Reduce the percentage of orders returned as measured by the warehouse log"],
    )  # fmt: skip
    def test_a_change_of_a_measure_with_no_amount_is_not_measurable(self, statement: str) -> None:
        """A number that says who is counted or names a step is no amount to reach."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Raise the share of invoices paid on time to 90%",
         "Lower the proportion of patients readmitted from 14% to 9%",
         "Push our click-through rate up by 2 points",
         "Knock the average wait time down to 12 minutes",
         "Lift my chemistry grade from a C to a B"],
    )  # fmt: skip
    def test_the_same_change_with_an_amount_is(self, statement: str) -> None:
        """An amount ("to", "from ... to" or "by"), or a grade named, says how far."""
        assert measured(statement)

    def test_the_finding_says_which_way_not_how_far(self) -> None:
        """The message names the measure that moves, so the fix is plain: say how far."""
        report = assess(Goal(title="Cut the no-show rate down"), as_of=AS_OF)
        (found,) = report.results[Criterion.MEASURABLE].findings
        assert found.code == "M-NO-MEASURE"
        assert '"the no-show rate"' in found.message
        assert found.hint is not None
        assert "by 10%" in found.hint


_MEASURES = ["the number of late deliveries", "our churn rate", "the percentage of unpaid bills"]


@given(
    verb=st.sampled_from(["Reduce", "Increase", "Lower", "Raise"]),
    measure=st.sampled_from(_MEASURES),
    amount=st.sampled_from(["by 15%", "to 40", "from 20% to 12%", "by 3 points"]),
)
@settings(max_examples=40, deadline=None)
def test_a_direction_is_measured_exactly_when_it_has_an_amount(
    verb: str, measure: str, amount: str
) -> None:
    """The same change of a measure fails with no amount and passes with one."""
    assert not measured(f"{verb} {measure}")
    assert measured(f"{verb} {measure} {amount}")


@pytest.mark.usefixtures("english_source")
class TestMeaningAsANoun:
    """A noun ("the meaning of") names a thing; only "meaning ..." restates a number."""

    @pytest.mark.parametrize(
        "statement",
        ["Pupils will explain the meaning of proverbs with 85% accuracy.",
         "Sam will state the meaning of road signs correctly in 9 of 10 trials."],
    )  # fmt: skip
    def test_a_criterion_after_the_meaning_of_still_measures(self, statement: str) -> None:
        """The criterion's number is read, not dropped as a restatement."""
        assert analyze_text(statement).quantities
        assert measured(statement)

    def test_a_restatement_is_still_left_out(self) -> None:
        """After "meaning", a number restating the first is not a second target."""
        found = analyze_text("Type with 98% accuracy, meaning two errors in 100 words")
        assert [q.value for q in found.quantities] == [98]


@pytest.mark.usefixtures("english_source")
class TestAStateReachedInThePassive:
    """A role, a place or a pass, said in the passive or as qualifying, is had or not."""

    @pytest.mark.parametrize(
        "statement",
        ["I hope to be promoted to charge nurse within two years",
         "She will be admitted to the state bar",
         "To be elected to the student council",
         "Our two apprentices will be certified as electricians",
         "Qualify for the national swimming championships",
         "Requalify for the county team next season"],
    )  # fmt: skip
    def test_a_state_reached_is_measurable(self, statement: str) -> None:
        """At the deadline, two people agree whether it happened."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I want to be more organised",
         "To be appreciated by my colleagues",
         "Qualify my answers more carefully"],
    )  # fmt: skip
    def test_a_passive_or_qualifying_with_no_state_is_not(self, statement: str) -> None:
        """A feeling, a quality, or "qualify" in another sense, is no state reached."""
        assert not measured(statement)


@given(
    state=st.sampled_from(["promoted", "hired", "admitted", "elected", "licensed"]),
    be=st.sampled_from(["to be", "will be", "I am", "They were"]),
)
@settings(max_examples=30, deadline=None)
def test_a_verifiable_state_in_the_passive_is_a_completion(state: str, be: str) -> None:
    """Whatever form of "be" comes before it, the participle reads as a thing done."""
    text = f"{be} {state} by the hospital board"
    assert [a.text for a in analyze_text(text).completions] == [state]


@pytest.mark.usefixtures("english_source")
class TestTakingPartInAnActivityKeptUp:
    """Taking part in a kind or a pastime goes on; taking part in one thing is done."""

    @pytest.mark.parametrize(
        "statement",
        ["Participate in lunchtime book clubs",
         "Engage in peer tutoring",
         "I want to get into birdwatching.",
         "This spring I will get back into swimming",
         "Get involved."],
    )  # fmt: skip
    def test_an_activity_kept_up_is_not_measurable(self, statement: str) -> None:
        """At the deadline nothing says whether it happened: it has no end."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Participate in the spring science fair",
         "Participate in one charity fun run",
         "Get into Juilliard",
         "Get back to work after my leave"],
    )  # fmt: skip
    def test_taking_part_in_one_thing_is(self, statement: str) -> None:
        """One event, one place named, or a return to work: done or not."""
        assert measured(statement)


@given(
    start=st.sampled_from(["Participate in", "Get into", "Get back into", "Engage in"]),
    pastime=st.sampled_from(["pottery", "study groups", "open water swimming", "podcasts"]),
)
@settings(max_examples=30, deadline=None)
def test_taking_part_in_a_pastime_is_never_a_completion(start: str, pastime: str) -> None:
    """Whatever verb of taking part, a pastime named bare is not one thing done."""
    assert analyze_text(f"{start} {pastime}").completions == ()


@pytest.mark.usefixtures("english_source")
class TestALevelKeptWhereItIs:
    """Keeping a measure at its current level sets a line: today's."""

    @pytest.mark.parametrize(
        "statement",
        ["Keep my current resting heart rate",
         "We will sustain our current customer rating",
         "Hold my existing class rank through senior year",
         "I plan to maintain my current grades"],
    )  # fmt: skip
    def test_a_current_level_kept_is_measurable(self, statement: str) -> None:
        """Whether the level held is plain at the deadline: it is known now."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Maintain my current fitness routine", "Maintain a good GPA"],
    )  # fmt: skip
    def test_a_routine_or_a_quality_kept_is_not(self, statement: str) -> None:
        """A routine kept goes on; "a good GPA" names no level."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestADatedDeliverableWithNoVerb:
    """A timeline's line, a date and a piece of work with no verb, is ready by then or not."""

    @pytest.mark.parametrize(
        "statement",
        ["March 3: Annotated outline of the grant proposal.",
         "June 30: First full draft of the thesis",
         "Thesis introduction by the end of April",
         "Conference poster by 15 September"],
    )  # fmt: skip
    def test_a_dated_piece_of_work_is_measurable(self, statement: str) -> None:
        """The piece of work named is there at the date or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Fitness by June", "March 3: Better focus", "Drafts of several essays"],
    )  # fmt: skip
    def test_an_aim_or_an_undated_list_is_not(self, statement: str) -> None:
        """A state, a quality, or a piece of work with no date, sets no line."""
        assert not measured(statement)

    def test_the_hint_offers_the_piece_of_work_as_a_milestone(self) -> None:
        """The heading becomes the milestone's title, without the date."""
        report = assess(Goal(title="May 2: Signed-off project report."), as_of=AS_OF)
        (found,) = report.results[Criterion.MEASURABLE].findings
        assert found.hint is not None
        assert "Milestone(title='Signed-off project report')" in found.hint


@pytest.mark.usefixtures("english_source")
class TestAnActionSaidToGoOn:
    """An action said to go on ("continue to", "keep", "carry on") has no end."""

    @pytest.mark.parametrize(
        "statement",
        ["Continue to build a teaching portfolio",
         "I will keep writing a family history",
         "Carry on mentoring a new colleague"],
    )  # fmt: skip
    def test_an_action_continued_is_not_measurable(self, statement: str) -> None:
        """The same object that ends "build a portfolio" does not end what goes on."""
        assert not measured(statement)

    def test_the_action_alone_is_done_or_not(self) -> None:
        """Without the word that continues it, the action on one thing ends."""
        assert measured("Build a teaching portfolio")

    def test_a_rule_said_of_others_is_no_rule(self) -> None:
        """A negation about other people ("those who don't") sets the goal-setter no rule."""
        assert not measured("Keep listening to those who agree and those who don't")
        assert measured("I don't skip breakfast")


@given(
    going_on=st.sampled_from(["Continue to", "Keep", "Carry on"]),
    action=st.sampled_from(["renovate the attic", "record a podcast", "paint a mural"]),
)
@settings(max_examples=30, deadline=None)
def test_going_on_never_makes_a_completion(going_on: str, action: str) -> None:
    """Whatever continues it, an action said to go on is not one thing done."""
    verb, rest = action.split(" ", 1)
    if going_on != "Continue to":
        verb = verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"
    assert analyze_text(f"{going_on} {verb} {rest}").completions == ()


@pytest.mark.usefixtures("english_source")
class TestEliminateLeavesNone:
    """To eliminate a thing named is to leave none of it: a zero rule."""

    @pytest.mark.parametrize(
        "statement",
        ["Eliminate late fees on my credit card",
         "Eliminating night-time wandering",
         "The clinic will eliminate paper referrals"],
    )  # fmt: skip
    def test_eliminating_a_thing_named_is_measurable(self, statement: str) -> None:
        """None left is a line: at the deadline there is some or there is none."""
        assert measured(statement)

    def test_eliminating_a_vague_thing_is_not(self) -> None:
        """A rule against something with no edges sets none."""
        assert not measured("Eliminating stress from my life")


@pytest.mark.usefixtures("english_source")
class TestOneEventInHeadlineEnglish:
    """A headline drops "a": attending or holding a bare singular event is still one."""

    @pytest.mark.parametrize(
        "statement",
        ["Attend regional nursing conference",
         "Host end-of-term workshop for parents",
         "Organise charity fundraiser"],
    )  # fmt: skip
    def test_one_event_without_its_article_is_measurable(self, statement: str) -> None:
        """One event, held or attended, is done or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Attend lecture", "Attend networking events", "Attend more workshops"],
    )  # fmt: skip
    def test_a_routine_a_kind_or_more_is_not(self, statement: str) -> None:
        """A recurring class, a plural kind or "more" says not which or how many."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAPlaceReachedOnFoot:
    """Walking or moving oneself to a place named ends there: one arrives or not."""

    @pytest.mark.parametrize(
        "statement",
        ["The resident will ambulate to the dining room by Friday",
         "Walk from the ward to the hospital cafe with a cane",
         "Climb to the top of the bell tower"],
    )  # fmt: skip
    def test_a_place_reached_is_measurable(self, statement: str) -> None:
        """The place named is where it ends."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Walk to lose weight", "Walk more", "Ambulate with less pain"]
    )
    def test_walking_for_a_reason_or_more_is_not(self, statement: str) -> None:
        """A purpose or more of it names no place to reach."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestASkillShownByDoingIt:
    """A verb of showing ("name", "list", "describe") on what it names is done or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Will name the colours of the rainbow",
         "The patient can list three warning signs of a stroke",
         "Students will describe the water cycle",
         "Recite the months of the year",
         "Tie his own apron",
         "Identify shapes with four sides",
         "Introduce herself to the new class"],
    )  # fmt: skip
    def test_a_skill_shown_is_measurable(self, statement: str) -> None:
        """The learner shows it in front of someone who checks, or does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Learn to identify garden birds",
         "Demonstrate leadership on the ward",
         "The patient will verbalize less worry about the operation",
         "Describe my feelings more clearly",
         "Grow the team by identifying new hires"],
    )  # fmt: skip
    def test_a_skill_still_learnt_or_more_of_it_is_not(self, statement: str) -> None:
        """Still learnt, a quality shown, more or less of it, or how a change is made."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["name", "list", "describe", "identify", "label"]),
    thing=st.sampled_from(["the planets", "the bones of the hand", "the parts of a bicycle"]),
)
@settings(max_examples=30, deadline=None)
def test_a_skill_put_off_is_never_a_completion(verb: str, thing: str) -> None:
    """Whatever is shown, learning (or practising) to show it is not showing it."""
    shown = analyze_text(f"Students will {verb} {thing}").completions
    assert [action.verb for action in shown] == [verb]
    for put_off in ("learn to", "practise how to"):
        assert analyze_text(f"Students will {put_off} {verb} {thing}").completions == ()


@pytest.mark.usefixtures("english_source")
class TestARoleHeld:
    """A role is held at the deadline or not: a title, a place on a body, a group led."""

    @pytest.mark.parametrize(
        "statement",
        ["Becoming ward manager on the night shift",
         "I hope to be working as a clinical coordinator in two years",
         "Join the school board and become part of the board",
         "Run my own department by 2030",
         "In three years I will be heading a team of my own",
         "Become deputy head of the maths department"],
    )  # fmt: skip
    def test_a_role_held_is_measurable(self, statement: str) -> None:
        """The title, the seat or the group is there at the deadline or it is not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Become a better leader",
         "Lead a bigger team",
         "Lead the team to success",
         "Manage my team effectively",
         "Manage my time",
         "Work as a team"],
    )  # fmt: skip
    def test_a_kind_of_person_or_how_well_is_not(self, statement: str) -> None:
        """A kind of person, more of a group, how well, or no role named: nothing to hold."""
        assert not measured(statement)


@given(
    say=st.sampled_from(["Become", "Becoming", "I want to be", "I will be working as"]),
    title=st.sampled_from(["store manager", "lead engineer", "head teacher", "practice nurse"]),
    better=st.sampled_from(["", "a better ", "a more effective "]),
)
@settings(max_examples=40, deadline=None)
def test_a_title_is_held_unless_it_is_made_better(say: str, title: str, better: str) -> None:
    """A job title is a role held; the same title made "better" names a kind of person."""
    assert measured(f"{say} {better}{title}") is (better == "")


@pytest.mark.usefixtures("english_source")
class TestRegularWithNoCount:
    """ "Regular" says a thing recurs, not how often: no count, no line to reach."""

    @pytest.mark.parametrize(
        "statement",
        ["Book regular check-ups with the dentist",
         "The coach will hold regular team talks",
         "Visit my grandmother regularly",
         "Take part in a regular reading group",
         "Meet the site lead on a regular basis"],
    )  # fmt: skip
    def test_regular_with_no_count_is_not_measurable(self, statement: str) -> None:
        """How often is left open, so the goal is never done."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Visit my grandmother every Sunday",
         "Book two check-ups with the dentist this year",
         "Become regular editor of the parish newsletter",
         "Students will list the benefits of regular sleep"],
    )  # fmt: skip
    def test_a_count_a_role_or_a_thing_described_is(self, statement: str) -> None:
        """A frequency or a count says how often; a title or a topic only uses the word."""
        assert measured(statement)


@given(
    action=st.sampled_from(["attend a pottery class", "call my brother", "hold a team huddle"]),
    regular=st.sampled_from([" regularly", " on a regular basis"]),
    count=st.sampled_from(["", " twice a month", " every Friday"]),
)
@settings(max_examples=40, deadline=None)
def test_regularly_measures_exactly_when_a_count_is_given(
    action: str, regular: str, count: str
) -> None:
    """ "Regularly" alone sets no line; with a frequency beside it, the frequency does."""
    assert measured(f"{action.capitalize()}{regular}{count}") is (count != "")


@pytest.mark.usefixtures("english_source")
class TestAFewIsNoCount:
    """ "A few" or "several" of a thing is no number: how many is left open."""

    @pytest.mark.parametrize(
        "statement",
        ["Memorise a few poems to recite at the wedding",
         "Write several blog posts",
         "Sign most of the birthday cards"],
    )  # fmt: skip
    def test_a_few_is_not_measurable(self, statement: str) -> None:
        """Any number could be "a few", "several" or "most"."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestARateChangedByNoAmount:
    """An incidence, a frequency or downtime is a measure: changing it needs an amount."""

    @pytest.mark.parametrize(
        "statement",
        ["Lower the incidence of hospital falls by introducing bed alarms",
         "Cut server downtime by adding a standby database",
         "Reduce the prevalence of head lice in year 3"],
    )  # fmt: skip
    def test_a_rate_changed_by_no_amount_is_not_measurable(self, statement: str) -> None:
        """The means is done or not; the change it serves is never done."""
        assert not measured(statement)

    def test_a_rate_changed_by_an_amount_is(self) -> None:
        """The same change with an amount is a line to reach."""
        assert measured("Lower the incidence of hospital falls by 20%")


@pytest.mark.usefixtures("english_source")
class TestAThingMadeByDevelopingIt:
    """ "Develop" on a thing made (a plan, a protocol) makes it; on a quality it changes it."""

    @pytest.mark.parametrize(
        "statement",
        ["The ward will develop a hand hygiene protocol",
         "Devise a revision timetable and study plan",
         "Prepare the annual fundraising budget",
         "Develop a mentoring handbook for new hires"],
    )  # fmt: skip
    def test_a_thing_made_is_measurable(self, statement: str) -> None:
        """The plan, the protocol or the budget exists by the deadline or it does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Develop my leadership", "Develop better lesson plans", "Develop my coaching skills"],
    )
    def test_a_quality_developed_is_not(self, statement: str) -> None:
        """A quality, an area or better things: changed by no amount."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Develop", "Devise", "Prepare"]),
    made=st.sampled_from(["a transition plan", "a safeguarding policy", "the induction programme"]),
)
@settings(max_examples=30, deadline=None)
def test_a_thing_made_is_done_whatever_verb_makes_it(verb: str, made: str) -> None:
    """Whichever verb of making, one thing made is a completion, as "write" or "build" is."""
    assert [action.verb for action in analyze_text(f"{verb} {made}").completions] == [verb.lower()]


@pytest.mark.usefixtures("english_source")
class TestAStateFreeOfSomething:
    """Free of a thing, kept so, is a zero rule: "stay sober", "keep the bedroom phone free"."""

    @pytest.mark.parametrize(
        "statement",
        ["Keep the bedroom phone free",
         "Stay sober through the holidays",
         "I will remain sober",
         "Keep weekends work free"],
    )  # fmt: skip
    def test_a_state_free_of_something_is_measurable(self, statement: str) -> None:
        """At the deadline there was some of it, or there was none."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Keep the evenings stress free", "Stay worry free", "Keep my mind free"]
    )
    def test_free_of_a_feeling_is_not(self, statement: str) -> None:
        """A feeling, or how a thing of one's own is, is not a thing one counts to none."""
        assert not measured(statement)


@given(
    keep=st.sampled_from(["Keep", "Stay", "Remain"]),
    thing=st.sampled_from(["sugar", "alcohol", "screen"]),
    joint=st.sampled_from(["-", " "]),
)
@settings(max_examples=30, deadline=None)
def test_free_of_a_thing_reads_the_same_with_or_without_its_hyphen(
    keep: str, thing: str, joint: str
) -> None:
    """ "sugar-free" and "sugar free" are one state, so one verdict: measurable."""
    assert measured(f"{keep} {thing}{joint}free this month")


@pytest.mark.usefixtures("english_source")
class TestAWholeSetKnownByHeart:
    """Knowing all of a finite set by heart is shown or not, as mastering one is."""

    @pytest.mark.parametrize(
        "statement",
        ["Know all of the number bonds to ten",
         "The pupil will know her home address",
         "Know the complete alphabet by December",
         "He will know his times tables"],
    )  # fmt: skip
    def test_a_set_known_by_heart_is_measurable(self, statement: str) -> None:
        """Every one recited, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Know my worth", "Get to know the new curriculum", "Know more words"]
    )
    def test_knowing_with_no_set_is_not(self, statement: str) -> None:
        """No finite set, a set only met, or more of it: nothing to recite."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAPartNamedByItsNumber:
    """A part of a work named by its number ("Chapter 4") is one thing, done or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Edit Chapter 4 of the novel", "Revise Unit 3 before the inspection", "Rehearse Act 2"],
    )
    def test_a_numbered_part_is_measurable(self, statement: str) -> None:
        """The chapter, the unit or the act is done by the deadline or it is not."""
        assert measured(statement)

    @pytest.mark.parametrize("statement", ["Improve Chapter 4", "Enjoy Unit 3"])
    def test_a_numbered_part_changed_or_enjoyed_is_not(self, statement: str) -> None:
        """Improved by no amount, or enjoyed: the verb never ends."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestTakeInALightSense:
    """ "Take control", "take a break": "take" in a light sense names nothing done."""

    @pytest.mark.parametrize(
        "statement", ["Take control of my evenings", "Take a break from worrying about work"]
    )
    def test_a_light_take_is_not_measurable(self, statement: str) -> None:
        """How much control, how long a break: nothing says when it is done."""
        assert not measured(statement)

    def test_a_thing_taken_is(self) -> None:
        """Taking one thing named (an exam) is done or not."""
        assert measured("Take the driving theory test")


@pytest.mark.usefixtures("english_source")
class TestALetterGradeIsAStandard:
    """A letter grade is a standard, whatever word leads to it: held, aimed at or got."""

    @pytest.mark.parametrize(
        "statement",
        ["Keep my chemistry mark at a B+",
         "I am aiming for a B in statistics",
         "Earn Bs in every science class",
         "She will get A's in both languages"],
    )  # fmt: skip
    def test_a_letter_grade_is_measurable(self, statement: str) -> None:
        """The report card shows the letter, or it does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Keep my chemistry mark up", "Aim for better grades in statistics"]
    )
    def test_grades_with_no_letter_are_not(self, statement: str) -> None:
        """ "Up" and "better" name no letter to reach."""
        assert not measured(statement)


@given(
    lead=st.sampled_from(["Keep my average at", "Aim for", "Get", "Earn"]),
    letter=st.sampled_from(["A", "B", "C"]),
    sign=st.sampled_from(["", "+", "-"]),
)
@settings(max_examples=40, deadline=None)
def test_any_letter_grade_after_any_lead_is_measurable(lead: str, letter: str, sign: str) -> None:
    """The reading turns on the grade, not on which letter or which lead word says it."""
    article = "an" if letter == "A" else "a"
    assert measured(f"{lead} {article} {letter}{sign} in geography")


@pytest.mark.usefixtures("english_source")
class TestAMultipleAsTheVerb:
    """ "Double", "triple" and "halve" say how far, with or without "my" or "the"."""

    @pytest.mark.parametrize(
        "statement",
        ["Double number of newsletter subscribers",
         "We will triple donations to the food bank",
         "Halve waiting times at the front desk"],
    )  # fmt: skip
    def test_a_multiple_is_measurable(self, statement: str) -> None:
        """Twice, three times or half what it was: a line to reach."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Double down on networking", "Double check my references"]
    )
    def test_double_as_an_idiom_is_not(self, statement: str) -> None:
        """ "Double down" and "double check" set no multiple of anything."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestKeptAwayOrGotRidOf:
    """A thing kept away, got rid of or stayed free of is a zero rule, kept or broken."""

    @pytest.mark.parametrize(
        "statement",
        ["Stay away from energy drinks",
         "Keep the tablet out of the kitchen at mealtimes",
         "Throw out the biscuit tin",
         "Get rid of the vape pens in my car",
         "Abstain from gambling apps",
         "The resident will stay free of pressure sores"],
    )  # fmt: skip
    def test_a_thing_kept_away_is_measurable(self, statement: str) -> None:
        """There was some of it, or there was none."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Stay free of worry", "Keep learning new things", "Stay positive"]
    )
    def test_a_feeling_or_a_thing_kept_up_is_not(self, statement: str) -> None:
        """A feeling is not counted to none, and keeping on never ends."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Stay away from", "Keep away from", "Steer clear of", "Get rid of"]),
    thing=st.sampled_from(["fizzy drinks", "sweets", "online poker", "cigarettes"]),
)
@settings(max_examples=40, deadline=None)
def test_any_thing_kept_away_is_measurable(verb: str, thing: str) -> None:
    """What is kept away does not decide it: the verb of place makes the rule."""
    assert measured(f"{verb} {thing}")


@pytest.mark.usefixtures("english_source")
class TestAnIStatementOfAbility:
    """A statement that opens "I can", as learning targets are written, reads as "be able to"."""

    @pytest.mark.parametrize(
        "statement",
        ["I can tell which fractions are equal to one half.",
         "I can show how a bill becomes a law.",
         "I can point to the capital cities on a map of Europe."],
    )  # fmt: skip
    def test_an_ability_shown_is_measurable(self, statement: str) -> None:
        """The pupil shows it in front of the teacher, or does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I can understand how plants grow.", "I can speak French fluently."],
    )
    def test_knowing_or_how_well_is_not(self, statement: str) -> None:
        """Understanding shows nothing, and "fluently" sets no level."""
        assert not measured(statement)


@given(
    opening=st.sampled_from(["I can", "Students will be able to"]),
    skill=st.sampled_from(
        ["sort the shapes by their sides", "label the bones of the hand", "show where Peru is"]
    ),
)
@settings(max_examples=30, deadline=None)
def test_i_can_and_be_able_to_read_alike(opening: str, skill: str) -> None:
    """Both openings say the same ability, so Measurable gives one verdict for both."""
    assert measured(f"{opening} {skill}.") == measured(f"Students will be able to {skill}.")


@pytest.mark.usefixtures("english_source")
class TestABaselineIsNoAmount:
    """Where a change starts ("from a baseline of 40%") says nothing of how far it goes."""

    @pytest.mark.parametrize(
        "statement",
        ["Raise attendance from this year's baseline of 88%",
         "Each term, grow membership from the 2026 figure of 1,250",
         "Reduce my resting heart rate from 84"],
    )  # fmt: skip
    def test_a_change_from_a_baseline_alone_is_not_measurable(self, statement: str) -> None:
        """Any rise at all would do: nothing says when it is done."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Raise attendance from this year's baseline of 88% to 93%",
         "Reduce my resting heart rate from 84 to 70",
         "Cut support tickets from the billing page by 30%"],
    )  # fmt: skip
    def test_an_end_or_a_step_beside_it_is(self, statement: str) -> None:
        """An end to reach, or a change by an amount, makes the line."""
        assert measured(statement)


@given(
    verb=st.sampled_from(["Raise", "Increase", "Reduce", "Improve"]),
    start=st.integers(min_value=2, max_value=900),
    end=st.integers(min_value=2, max_value=900),
)
@settings(max_examples=40, deadline=None)
def test_a_baseline_measures_only_with_an_end(verb: str, start: int, end: int) -> None:
    """Adding an end to a baseline turns the verdict; the numbers themselves do not."""
    said = f"{verb} the pass rate from a baseline of {start}%"
    assert not measured(said)
    assert measured(f"{said} to {end}%")


@pytest.mark.usefixtures("english_source")
class TestAnAmountInWordsCountsNothing:
    """ "A lot of", "lots of", "plenty of", "my first few": how many is left open."""

    @pytest.mark.parametrize(
        "statement",
        ["Get a lot of marking done this weekend",
         "Write lots of short poems",
         "Land my first few paying customers",
         "Bake plenty of bread for the stall"],
    )  # fmt: skip
    def test_an_amount_in_words_is_not_measurable(self, statement: str) -> None:
        """However much gets done, nobody can say it was enough."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Land my first paying customer", "Write four short poems"]
    )
    def test_a_first_or_a_count_is(self, statement: str) -> None:
        """One first, or a number, is there or not."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAllOneCanSetsNoLine:
    """ "As many as I can" sets no line, however often it is done or whatever rule it bounds."""

    @pytest.mark.parametrize(
        "statement",
        ["Do as many sit ups as I can every morning",
         "Each evening, read as much as you can",
         "Avoid sugar for as long as I can"],
    )  # fmt: skip
    def test_all_one_can_is_not_measurable(self, statement: str) -> None:
        """Whatever was done was all one could: nothing to fall short of."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        [
            "Do 30 sit ups as soon as I can every morning",
            "Do as many sit ups as I can, at least 30",
        ],
    )
    def test_a_count_beside_it_is(self, statement: str) -> None:
        """ "As soon as I can" says when, and a count beside all one can is a line."""
        assert measured(statement)


@given(
    much=st.sampled_from(["many laps", "much reading", "often"]),
    who=st.sampled_from(["I", "you", "we"]),
    often=st.sampled_from(["every day", "each week", "daily"]),
)
@settings(max_examples=40, deadline=None)
def test_all_one_can_stays_unmeasured_however_often(much: str, who: str, often: str) -> None:
    """A frequency beside all one can never makes it measurable."""
    assert not measured(f"Swim as {much} as {who} can {often}")


@pytest.mark.usefixtures("english_source")
class TestAThingNamedByItsProperName:
    """A thing named by its proper name is one thing, as "the" would make it: done or not."""

    @pytest.mark.parametrize(
        "statement",
        ["I want to hike Ben Nevis before I turn forty",
         "We hope to sit the GMAT in the spring",
         "My plan is to visit Kyoto with my sister",
         "She will become Board Certified in oncology nursing"],
    )  # fmt: skip
    def test_a_named_thing_done_is_measurable(self, statement: str) -> None:
        """The mountain was climbed, the exam sat, the city visited, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["I want to study French in the evenings",
         "I will use Canva for my posters",
         "Try New Recipes With Friends",
         "EAT FEWER CRISPS"],
    )  # fmt: skip
    def test_a_language_a_tool_or_a_headline_is_not(self, statement: str) -> None:
        """A language studied or a tool used goes on; capitals in a headline name nothing."""
        assert not measured(statement)


@given(
    opening=st.sampled_from(["I want to", "This summer we will", "My goal is to"]),
    place=st.sampled_from(["Snowdon", "Mount Fuji", "Scafell Pike", "Kilimanjaro"]),
)
@settings(max_examples=30, deadline=None)
def test_a_named_peak_reads_as_the_peak(opening: str, place: str) -> None:
    """A peak named by its name reads as "the" peak does: climbed, or not."""
    assert measured(f"{opening} climb {place}") == measured(f"{opening} climb the highest peak")


@pytest.mark.usefixtures("english_source")
class TestAnActivityInPlaceOfAnother:
    """A thing in place of another is a rule kept; an activity in place of another is not."""

    @pytest.mark.parametrize(
        "statement",
        ["Drink sparkling water instead of cola",
         "Choose fruit rather than biscuits at break time"],
    )  # fmt: skip
    def test_a_thing_in_place_of_another_is_measurable(self, statement: str) -> None:
        """The cola was drunk, or it was not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Spend more evenings out rather than sitting at home every night",
         "Cook at home rather than ordering takeaway",
         "Walk with friends instead of sitting indoors"],
    )  # fmt: skip
    def test_an_activity_in_place_of_another_is_not(self, statement: str) -> None:
        """How much of the one, and how little of the other, is not said."""
        assert not measured(statement)


@given(
    thing=st.sampled_from(["tea", "fruit", "water"]),
    other=st.sampled_from(["sweets", "crisps", "cola"]),
    joint=st.sampled_from(["instead of", "rather than"]),
)
@settings(max_examples=30, deadline=None)
def test_a_thing_swapped_reads_alike_whichever_joint(thing: str, other: str, joint: str) -> None:
    """ "Instead of" and "rather than" say one swap: measurable either way."""
    assert measured(f"Have {thing} {joint} {other} after dinner")


@pytest.mark.usefixtures("english_source")
class TestARankOrALimitSaidAsAStandard:
    """A place in a ranking, a time to beat written "sub-", or a limit said in words."""

    @pytest.mark.parametrize(
        "statement",
        ["Be the #1 seller in the region",
         "Finish top three in the club championship",
         "Take second place at the county show",
         "I'd love to run a sub-50 10k",
         "Get my half marathon to sub-1:45",
         "Solve the puzzle in under a minute",
         "Read the chapter in less than half an hour"],
    )  # fmt: skip
    def test_a_rank_or_a_limit_is_measurable(self, statement: str) -> None:
        """The results table or the stopwatch says whether it was reached."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Stay top of mind with clients", "Find a better place to study"]
    )
    def test_top_or_place_naming_no_rank_is_not(self, statement: str) -> None:
        """ "On top of" and "a place" rank nothing."""
        assert not measured(statement)


@given(rank=st.integers(min_value=1, max_value=99), who=st.sampled_from(["seller", "creator"]))
@settings(max_examples=30, deadline=None)
def test_any_numbered_rank_is_measurable(rank: int, who: str) -> None:
    """Whichever place is named, the ranking shows it reached or not."""
    assert measured(f"Become the #{rank} {who} on the platform")


@pytest.mark.usefixtures("english_source")
class TestANegationThatGivesAReason:
    """ "So that I don't ..." says why; it is no rule kept, so it measures nothing."""

    @pytest.mark.parametrize(
        "statement",
        ["Stretch more often so my back won't ache",
         "Save more money so I don't run short at Christmas",
         "Walk more so that my knees don't stiffen",
         "Increase my reading because I never finish books"],
    )  # fmt: skip
    def test_a_reason_is_not_measurable(self, statement: str) -> None:
        """The goal is the vague part before it; the negation only says why."""
        assert not measured(statement)

    def test_the_same_negation_as_the_goal_is(self) -> None:
        """Said as the goal itself, the negation is a rule, kept or broken."""
        assert measured("I don't eat after 8 pm")


@pytest.mark.usefixtures("english_source")
class TestTakingPartHowever:
    """Taking part in an activity goes on, however keenly one takes part."""

    @pytest.mark.parametrize(
        "statement",
        ["Participate actively in team discussions", "Take part fully in group therapy"],
    )
    def test_taking_part_keenly_is_not_measurable(self, statement: str) -> None:
        """How keenly one takes part says nothing of when it is done."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestAHighDegreeSetsNoLine:
    """ "High quality", "a high level of": a degree praised, with no line to reach."""

    @pytest.mark.parametrize(
        "statement",
        ["Produce high quality lesson plans",
         "Be able to sing with a high level of control",
         "Deliver top-quality service to every guest"],
    )  # fmt: skip
    def test_a_high_degree_is_not_measurable(self, statement: str) -> None:
        """How high is high enough is not said."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Earn my high school diploma", "Produce a lesson plan for each unit"]
    )
    def test_a_thing_with_high_in_its_name_is(self, statement: str) -> None:
        """ "High school" names a school, not a degree of anything."""
        assert measured(statement)


@given(
    degree=st.sampled_from(["high quality", "a high level of", "top-quality"]),
    thing=st.sampled_from(["research", "support", "feedback"]),
)
@settings(max_examples=30, deadline=None)
def test_a_high_degree_never_measures_what_it_praises(degree: str, thing: str) -> None:
    """Whatever is praised, the praise sets no line."""
    assert not measured(f"Provide {degree} {thing}")


@pytest.mark.usefixtures("english_source")
class TestAThingGivenUp:
    """Giving a thing up is quitting it: a zero rule, kept or broken."""

    @pytest.mark.parametrize(
        "statement",
        ["Give up fizzy drinks",
         "I am giving up crisps and chocolate completely.",
         "She gave up cigarettes, even the odd one at parties, this spring"],
    )  # fmt: skip
    def test_giving_a_thing_up_is_measurable(self, statement: str) -> None:
        """None of it, from now on: whether it was kept is plain."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Never give up when training gets hard", "Try not to give up when revision gets dull"],
    )  # fmt: skip
    def test_not_giving_up_is_a_habit_of_mind(self, statement: str) -> None:
        """Not giving up is perseverance, which no one sees done."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Give up", "I will give up", "I'm giving up"]),
    thing=st.sampled_from(["sugary cereal", "energy drinks", "late-night snacks", "takeaways"]),
)
@settings(max_examples=30, deadline=None)
def test_whatever_is_given_up_is_a_rule(verb: str, thing: str) -> None:
    """What is given up does not matter: none of it is the line."""
    assert measured(f"{verb} {thing}")


@pytest.mark.usefixtures("english_source")
class TestAHabitResumed:
    """Getting back into a habit, or to work that never ends, takes it up with no end."""

    @pytest.mark.parametrize(
        "statement",
        ["get back into the habit of stretching",
         "Get back to practising the piano after the holidays",
         "Get back to working on the garden shed"],
    )  # fmt: skip
    def test_a_habit_resumed_is_not_measurable(self, statement: str) -> None:
        """How much of it, and how often, is not said."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Get back to work after my leave",
         "Get back to swimming after the operation",
         "Get back into the habit of stretching twice a week"],
    )  # fmt: skip
    def test_a_return_or_a_count_still_is(self, statement: str) -> None:
        """A return to a place or a pastime, or a count of the habit, is still checked."""
        assert measured(statement)


@pytest.mark.usefixtures("english_source")
class TestASkillShownByInterpretingComparingEstimating:
    """Interpreting, comparing and estimating are shown in front of someone, as naming is."""

    @pytest.mark.parametrize(
        "statement",
        ["Pupils will compare two poems on the same theme",
         "Interpret a bar chart of rainfall by month",
         "estimate the length of the classroom in metres"],
    )  # fmt: skip
    def test_a_skill_shown_is_measurable(self, statement: str) -> None:
        """The learner does it in front of the teacher, or does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Learn to interpret bar charts", "Compare prices more carefully"],
    )  # fmt: skip
    def test_still_learning_or_more_of_it_is_not(self, statement: str) -> None:
        """A skill still being learnt, or more of something, is not yet shown."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["interpret", "compare", "estimate"]),
    put_off=st.sampled_from(["Learn to", "Practise how to", "Try to"]),
)
@settings(max_examples=30, deadline=None)
def test_a_skill_put_off_is_never_shown(verb: str, put_off: str) -> None:
    """Whatever the skill, learning or trying it is not showing it."""
    assert not measured(f"{put_off} {verb} weather maps")


@pytest.mark.usefixtures("english_source")
class TestALevelOfHelp:
    """A level of help, as a therapist rates it, is a standard the patient meets or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Independent with dressing after the hip replacement",
         "The client will be independent in preparing a cold meal",
         "Regain independence with stair climbing",
         "Transfer from bed to chair with moderate assistance",
         "to be a two person max assist for showering"],
    )  # fmt: skip
    def test_a_level_of_help_is_measurable(self, statement: str) -> None:
        """How much help is needed is seen at every session."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Become more independent", "Develop independence as a writer"]
    )
    def test_independence_with_no_task_is_not(self, statement: str) -> None:
        """Independence in general, or more of it, names nothing to rate."""
        assert not measured(statement)


@given(
    level=st.sampled_from(["minimal assist", "moderate assistance", "standby assist"]),
    task=st.sampled_from(["bathing", "toileting", "upper body dressing"]),
)
@settings(max_examples=30, deadline=None)
def test_any_rated_level_of_help_measures_the_task(level: str, task: str) -> None:
    """Whatever the task, a rated level of help is the line."""
    assert measured(f"Complete {task} with {level}")


@pytest.mark.usefixtures("english_source")
class TestAFrequencyOfAChangeBesideWhyOrHow:
    """A change by no amount is repeated to no line, whatever says why or how beside it."""

    @pytest.mark.parametrize(
        "statement",
        ["Increase volunteer turnout each term to support the food bank",
         "Grow the club by recruiting new players every season",
         "Improve staff wellbeing each quarter so that fewer people leave"],
    )  # fmt: skip
    def test_a_repeated_change_is_not_measurable(self, statement: str) -> None:
        """How much more each time is not said, only why or how."""
        assert not measured(statement)

    def test_a_habit_kept_for_a_reason_still_is(self) -> None:
        """A habit repeated ("every day") measures it, whatever the reason given."""
        assert measured("Walk the dog every day to support my fitness")


@given(
    change=st.sampled_from(["Increase", "Reduce", "Improve"]),
    what=st.sampled_from(["parent involvement", "staff absence", "reader engagement"]),
    often=st.sampled_from(["each year", "every month", "weekly"]),
    why=st.sampled_from(["to support the school", "to help our team", ""]),
)
@settings(max_examples=40, deadline=None)
def test_a_change_repeated_stays_unmeasured_whatever_the_reason(
    change: str, what: str, often: str, why: str
) -> None:
    """A reason beside a repeated change by no amount gives it no line."""
    assert not measured(f"{change} {what} {often} {why}".strip())


@pytest.mark.usefixtures("english_source")
class TestAnActivityTakenInAloneOrSetGoing:
    """Reading alone, or setting someone going at an activity, names no task to finish."""

    @pytest.mark.parametrize(
        "statement",
        ["study independently",
         "My aim is to get her reading on her own.",
         "Keep them practising after the lesson ends"],
    )  # fmt: skip
    def test_an_activity_alone_or_set_going_is_not_measurable(self, statement: str) -> None:
        """Nothing says how much of it, or when it is done."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement", ["Tie his shoes independently", "Get him to school by 8:30 each day"]
    )
    def test_a_task_done_alone_or_a_place_reached_still_is(self, statement: str) -> None:
        """A task done alone, or a person taken somewhere, is seen done or not."""
        assert measured(statement)


@given(
    who=st.sampled_from(["him", "her", "them"]),
    activity=st.sampled_from(["reading", "talking", "drawing", "swimming"]),
)
@settings(max_examples=30, deadline=None)
def test_setting_someone_going_is_never_done(who: str, activity: str) -> None:
    """Whoever is set going at whatever activity, it has no end."""
    assert not measured(f"Get {who} {activity}")


@pytest.mark.usefixtures("english_source")
class TestOneNewThingEachTime:
    """One new thing each day or week is a count of one a time, not a change by no amount."""

    @pytest.mark.parametrize(
        "statement",
        ["Learn a new chord every week",
         "Improve one new recipe each weekend",
         "Discover a different trail every month"],
    )  # fmt: skip
    def test_one_new_thing_each_time_is_measurable(self, statement: str) -> None:
        """One more each time: a person can count them."""
        assert measured(statement)

    def test_more_of_it_each_time_is_not(self) -> None:
        """More of a thing each time has no line."""
        assert not measured("Learn more chords every week")


@given(
    verb=st.sampled_from(["Learn", "Improve", "Develop"]),
    thing=st.sampled_from(["word", "song", "skill", "habit"]),
    often=st.sampled_from(["each day", "every week", "each month"]),
)
@settings(max_examples=40, deadline=None)
def test_one_new_thing_a_time_is_counted_whatever_the_verb(
    verb: str, thing: str, often: str
) -> None:
    """A new one each time counts, whichever verb says what is done with it."""
    assert measured(f"{verb} a new {thing} {often}")


@pytest.mark.usefixtures("english_source")
class TestStoppingAStateOrAHabitOfMind:
    """Stopping a state or a habit of mind is no rule one is seen to keep."""

    @pytest.mark.parametrize(
        "statement",
        ["Stop being so shy in seminars",
         "Quit worrying about what others think",
         "stop feeling guilty about rest days"],
    )  # fmt: skip
    def test_stopping_a_state_is_not_measurable(self, statement: str) -> None:
        """Nobody can see the worry stopped."""
        assert not measured(statement)

    @pytest.mark.parametrize("statement", ["Stop buying coffee on the way to work", "Quit vaping"])
    def test_stopping_an_act_still_is(self, statement: str) -> None:
        """An act given up is seen done or not: a zero rule."""
        assert measured(statement)


@given(
    stop=st.sampled_from(["Stop", "Quit", "I will stop"]),
    state=st.sampled_from(["being late-night anxious", "worrying so much", "doubting myself"]),
)
@settings(max_examples=30, deadline=None)
def test_no_state_stopped_is_a_zero_rule(stop: str, state: str) -> None:
    """Whatever state or habit of mind is stopped, it is no rule kept."""
    assert not measured(f"{stop} {state}")


@pytest.mark.usefixtures("english_source")
class TestAnotherOne:
    """ "Another" names one more thing, as "a" does: done once, or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Finish another half marathon this spring",
         "Join another choir after the move",
         "Book another trip to see my grandmother"],
    )  # fmt: skip
    def test_another_one_done_is_measurable(self, statement: str) -> None:
        """One more, named by its kind: there or not."""
        assert measured(statement)

    def test_another_open_skill_is_not(self) -> None:
        """Another language learnt is still an open skill."""
        assert not measured("Learn another instrument")


@pytest.mark.usefixtures("english_source")
class TestASingularThatEndsInS:
    """Some singular nouns end in "-s": the head then says whether a kind is named."""

    @pytest.mark.parametrize(
        "statement",
        ["Submit Dissertation Synopsis",
         "Defend thesis in the spring",
         "Get ethics clearance for the survey",
         "Enter Nemesis Marathon next year",
         "Finish campus tour booking"],
    )  # fmt: skip
    def test_one_thing_named_without_an_article_is_measurable(self, statement: str) -> None:
        """A thesis, an ethics clearance: one thing, submitted or got, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Attend campus meetups", "Read physics blogs"],
    )  # fmt: skip
    def test_a_plural_head_after_it_is_still_a_kind(self, statement: str) -> None:
        """Campus meetups, physics blogs: a kind, with no count."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestUnderstandingSaidAloud:
    """Said aloud or shown, understanding is seen; gained, it is not."""

    @pytest.mark.parametrize(
        "statement",
        ["Client will verbalize understanding of the discharge instructions",
         "The resident will explain understanding of her insulin schedule",
         "Patient will verbalize knowledge of the warning signs of a stroke"],
    )  # fmt: skip
    def test_understanding_verbalized_is_measurable(self, statement: str) -> None:
        """The patient says it back or does not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Gain an understanding of the discharge instructions",
         "Patient will have a better understanding of the diet",
         "Develop knowledge of the warning signs of a stroke"],
    )  # fmt: skip
    def test_understanding_gained_is_not(self, statement: str) -> None:
        """Had or gained, nothing shows when it is enough."""
        assert not measured(statement)


@pytest.mark.usefixtures("english_source")
class TestASwapOfPlaces:
    """Changing jobs, careers or teams leaves one for another: done once, or not."""

    @pytest.mark.parametrize(
        "statement",
        ["Change jobs before I turn forty",
         "I hope to switch teams within the hospital",
         "Swap schools for the final year",
         "My plan is to change careers"],
    )  # fmt: skip
    def test_a_swap_is_measurable(self, statement: str) -> None:
        """One place for another: the move is made, or not."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Change my habits", "Switch things up at work", "Change the culture of my team"],
    )  # fmt: skip
    def test_a_change_of_something_held_is_not(self, statement: str) -> None:
        """Habits, things, a culture changed: by how much?"""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["change", "switch", "Change", "I want to switch"]),
    place=st.sampled_from(["careers", "departments", "specialties", "majors", "employers"]),
)
@settings(max_examples=30, deadline=None)
def test_whatever_place_is_swapped_it_is_done_or_not(verb: str, place: str) -> None:
    """Whatever is swapped for another of its kind, the swap is made or not."""
    assert measured(f"{verb} {place}")


@pytest.mark.usefixtures("english_source")
class TestOneOfAKindFound:
    """Finding, landing or securing one of a kind happens or not, whatever is wished of it."""

    @pytest.mark.parametrize(
        "statement",
        ["Find a decent landlord for the flat",
         "Land a rewarding teaching post",
         "I want to find a kind dentist near work",
         "Secure a paid placement for the summer",
         "Hire a good bookkeeper"],
    )  # fmt: skip
    def test_one_found_is_measurable(self, statement: str) -> None:
        """One is found or not; what it should be like says which."""
        assert measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Find a better balance at home", "Find new clients", "Land more interviews"],
    )  # fmt: skip
    def test_a_quality_or_a_plural_found_is_not(self, statement: str) -> None:
        """A balance, or clients with no count: never found once and for all."""
        assert not measured(statement)


@given(
    verb=st.sampled_from(["Find", "Land", "Secure", "I hope to find"]),
    wish=st.sampled_from(["good", "fulfilling", "great", "suitable", "friendly"]),
    thing=st.sampled_from(["mentor", "internship", "apartment", "role"]),
)
@settings(max_examples=40, deadline=None)
def test_whatever_is_wished_of_one_found_it_is_found_or_not(
    verb: str, wish: str, thing: str
) -> None:
    """The wish on the thing found never keeps the finding open."""
    assert measured(f"{verb} a {wish} {thing}")


@pytest.mark.usefixtures("english_source")
class TestASkillDoneFluentlyWithinARange:
    """A number a skill works within is no amount; "fluently" with no level sets no line."""

    @pytest.mark.parametrize(
        "statement",
        ["Multiply fluently within 100",
         "Students will fluently count within 50",
         "Fluently subtract within 10 using a number line"],
    )  # fmt: skip
    def test_fluency_within_a_range_is_not_measurable(self, statement: str) -> None:
        """How fluent is fluent enough? The range only says which sums."""
        assert not measured(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Read 120 words fluently within 60 seconds",
         "Fluently multiply within 100 with 90% accuracy",
         "Multiply within 100"],
    )  # fmt: skip
    def test_a_count_a_limit_or_no_adverb_is(self, statement: str) -> None:
        """A count, a time limit or an accuracy sets the line; with no adverb, done or not."""
        assert measured(statement)


@given(
    bound=st.integers(min_value=2, max_value=1000),
    skill=st.sampled_from(["add", "add and subtract", "count", "multiply"]),
)
@settings(max_examples=40, deadline=None)
def test_no_range_makes_fluency_measurable(bound: int, skill: str) -> None:
    """Whatever the range, fluency with no level stays unmeasured."""
    assert not measured(f"Fluently {skill} within {bound}")
