"""Answers in words read by general causes: limits, declines, skills, the setting, dates."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

EMPTY = PlanView()


def facts(message: str, ask: str, field: str, view: PlanView = EMPTY) -> list[str]:
    return [str(r.value) for r in read(message, view, ask) if r.field == field and r.confident]


def acts(message: str, ask: str, view: PlanView = EMPTY) -> list[str]:
    return [r.act for r in read(message, view, ask)]


def test_two_limits_cut_at_a_comma_are_two_constraints() -> None:
    found = facts(
        "gym opens at 6 so no work before 9 on fridays, I teach spin thursday evenings",
        "constraints", "capacity.constraints",
    )  # fmt: skip
    assert len(found) == 2
    assert "fridays" in found[0].casefold() and "thursday evenings" in found[1].casefold()


def test_and_opening_a_clause_after_a_comma_starts_a_new_constraint() -> None:
    found = facts(
        "visiting my gran sunday mornings, and never after 9pm because of my sleep",
        "constraints", "capacity.constraints",
    )  # fmt: skip
    assert len(found) == 2


def test_a_clause_that_explains_or_follows_stays_with_its_limit() -> None:
    assert len(facts("my wife works nights, so I mind the baby in the mornings",
                     "constraints", "capacity.constraints")) == 1  # fmt: skip
    assert len(facts("no calls after 6pm, my partner works late",
                     "constraints", "capacity.constraints")) == 1  # fmt: skip
    # two clauses about the same day are one limit
    assert len(facts("the bus leaves at 7 on mondays, I'm at the depot mon-wed",
                     "constraints", "capacity.constraints")) == 1  # fmt: skip
    # a bracket says more of its limit
    assert len(facts("no lifting (bad disc)", "constraints", "capacity.constraints")) == 1


def test_a_remark_said_not_to_be_a_limit_is_none() -> None:
    message = "the boiler gets serviced in may haha but that's not really a problem"
    assert facts(message, "constraints", "capacity.constraints") == []


def test_declining_a_topic_is_a_skip() -> None:
    assert acts("I'd rather not go into family matters", "constraints") == ["skip"]
    assert acts("prefer not to talk about money", "buffer") == ["skip"]


def test_a_story_about_the_skill_names_no_more_skills() -> None:
    said = "knitting - I have loads of wool and a spinning wheel, they just gather dust"
    assert facts(said, "underused", "skill.under_used") == ["knitting"]
    said = "carpentry. I used to build boats, now I fix doors"
    assert facts(said, "underused", "skill.under_used") == ["carpentry"]
    said = "my German and my ear for music, at the office I mostly do filing and invoices now"
    assert facts(said, "underused", "skill.under_used") == ["German", "ear for music"]


def test_a_detail_after_a_dash_is_the_same_skill() -> None:
    assert facts("first aid - St John level 2", "excited", "skill.excites") == ["first aid"]


def test_an_item_said_as_the_one_meant_replaces_the_broader_one() -> None:
    assert facts("cooking. thai curries specifically", "excited", "skill.excites") == [
        "thai curries"
    ]
    assert facts("working outdoors, hedge laying mainly", "excited", "skill.excites") == [
        "hedge laying"
    ]


def test_skills_said_as_statements_still_count_at_the_skills_question() -> None:
    found = facts("also I speak Polish and I've got my forklift licence", "skills", "skill")
    assert found == ["Polish", "forklift licence"]


def test_work_on_ones_own_account_is_the_general_setting() -> None:
    assert facts("self-employed plasterer, mostly house extensions", "context", "context") == [
        "general"
    ]
    assert facts("I run my own little bakery in Ghent", "context", "context") == ["general"]
    assert facts("honestly none of those fit, I mend bikes", "context", "context") == ["general"]


def test_a_freelancers_public_client_is_no_setting() -> None:
    message = "freelance translator, mostly for the county council, but not on the staff"
    assert facts(message, "context", "context") == []
    assert facts("I work for the county council in planning", "context", "context") == [
        "government"
    ]


def test_caring_and_campaigning_name_their_settings() -> None:
    assert facts("looking after my dad full time since his fall", "context", "context") == [
        "caregiver"
    ]
    message = "I'm retired and I campaign most days for a clean rivers group"
    assert facts(message, "context", "context") == ["activist"]


def test_a_setting_taken_back_gives_way_to_the_one_put_instead() -> None:
    found = [r for r in read("tech... no wait, put corporate, it's a big bank", EMPTY, "context")
             if r.field == "context"]  # fmt: skip
    assert [(r.value, r.confident) for r in found] == [("corporate", True)]


WORK = PlanView(activities=("courier rounds", "pottery"))


def labels(message: str, ask: str) -> list[tuple[str | None, object, str | None]]:
    return [(r.field, r.value, r.subject) for r in read(message, WORK, ask) if r.act == "fact"]


def test_a_bare_label_of_another_question_is_recorded_for_the_activity_asked() -> None:
    assert labels("pretty regular really", "act:hours:pottery") == [
        ("activity.volatility", "stable", "pottery")
    ]
    assert labels("it's exhausting", "act:volatility:courier rounds") == [
        ("activity.energy", "draining", "courier rounds")
    ]


def test_both_labels_said_together_are_both_recorded() -> None:
    assert labels("stable but tiring", "act:volatility:courier rounds") == [
        ("activity.volatility", "stable", "courier rounds"),
        ("activity.energy", "draining", "courier rounds"),
    ]


def test_a_label_beside_a_figure_at_the_hours_question_is_left_to_its_question() -> None:
    found = labels("about 12 hours, regular", "act:hours:pottery")
    assert [f for f, _, _ in found] == ["activity.hours_per_week"]


def test_how_something_works_said_as_a_lesson_is_no_question() -> None:
    found = read("how warehouses really run. and how to stay patient", WORK,
                 "act:teaches:courier rounds")  # fmt: skip
    assert [r.act for r in found] == ["fact"]
    assert found[0].field == "activity.teaches"
    assert [r.act for r in read("how does the forecast work", WORK, "act:teaches:pottery")] == [
        "question"
    ]


def test_no_lesson_but_the_work_named_again_records_nothing() -> None:
    found = read("nothing really, it's just lifting boxes", WORK, "act:teaches:courier rounds")
    assert [r.act for r in found] == ["nothing"]


def test_review_dates_are_kept_in_the_words_said() -> None:
    assert facts("six weeks from now", "review", "review.date") == ["6 weeks from now"]
    assert facts("end of the uni term please", "review", "review.date") == ["end of the uni term"]
    assert facts("once harvest is done, so september?", "review", "review.date") == ["september"]


def test_a_yes_said_as_a_sentence_of_its_own_accepts_before_the_rest() -> None:
    view = PlanView(capacity=40, activities=("pottery",))
    found = read("ok good. actually make my capacity 36, not 40", view, "blocks")
    assert [r.act for r in found][:1] == ["confirm"] and found[0].value is True
    assert any(r.act == "change" and r.value == 36 for r in found)
    # a yes inside the sentence that names something else is no yes to the proposal
    said = read("yes, I want a podcast stream too, 2 hours", view, "streams")
    assert "confirm" not in [r.act for r in said]


def test_a_role_said_after_the_wish_figures_is_the_wish_role() -> None:
    found = read("I'd like to start a sourdough class, 3 hours a week, as a client thing",
                 EMPTY, "streams")  # fmt: skip
    wish = next(r for r in found if r.act == "wish")
    assert (wish.hours, wish.role) == (3.0, "client")
    found = read("I want to add a pottery podcast, 2 hours, it's an experiment", EMPTY, "streams")
    wish = next(r for r in found if r.act == "wish")
    assert (wish.hours, wish.role) == (2.0, "seed")


def test_a_wish_asked_with_could_i_is_named_by_what_it_adds() -> None:
    found = read("and could I add a lino printing stream, about 15% of my income one day",
                 EMPTY, "streams")  # fmt: skip
    wishes = [(r.subject, r.share) for r in found if r.act == "wish"]
    assert wishes == [("lino printing", 15.0)]


def test_a_part_of_the_work_named_as_its_bit_or_side_is_the_skill() -> None:
    assert facts("the coaching side of the climbing", "excited", "skill.excites") == [
        "coaching climbing"
    ]


def test_a_liking_opening_the_answer_names_what_excites() -> None:
    found = facts("no actually I love the restoration work", "excited", "skill.excites")
    assert found == ["restoration work"]
    # after the items, "I love ..." says why
    said = "upholstery, and the customer chats, I love hearing their stories"
    assert facts(said, "excited", "skill.excites") == ["upholstery", "customer chats"]


def test_a_vague_count_of_things_is_no_skill() -> None:
    assert acts("no idea. I'm ok at loads of little things?", "skills") == ["skip"]


def test_a_bracket_saying_what_a_one_word_skill_is_of_stays_with_it() -> None:
    found = facts("tutoring (A-level chemistry), lab safety, Excel (pivot tables, macros)",
                  "skills", "skill")  # fmt: skip
    assert found == ["tutoring A-level chemistry", "lab safety", "Excel"]


def test_the_feeling_summed_up_last_holds() -> None:
    found = labels("love the customers, hate the early starts. overall... worn out",
                   "act:energy:courier rounds")  # fmt: skip
    assert ("activity.energy", "energising", "courier rounds") not in found
    found = labels("love the customers, hate the early starts. overall it drains me",
                   "act:energy:courier rounds")  # fmt: skip
    assert found == [("activity.energy", "draining", "courier rounds")]


def test_news_of_recorded_work_at_the_constraints_question_is_no_limit() -> None:
    view = PlanView(activities=("plastering", "pottery"))
    found = facts("no ladders since my knee op. the plastering is winding down anyway",
                  "constraints", "capacity.constraints", view)  # fmt: skip
    assert found == ["no ladders since my knee op"]


def test_at_the_hours_question_a_bare_reason_joins_its_limit() -> None:
    found = facts("about 35, not evenings, my kids", "capacity", "capacity.constraints")
    assert found == ["not evenings, kids"]


def test_hours_for_one_kind_of_week_are_no_constraint() -> None:
    said = "30 when my partner is home, 15 when he's offshore"
    assert facts(said, "capacity", "capacity.constraints") == []


def test_a_day_taken_when_the_week_is_turned_down_is_a_constraint() -> None:
    found = facts("no, that won't work - thursdays I'm at the allotment", "blocks",
                  "capacity.constraints")  # fmt: skip
    assert len(found) == 1 and "thursdays" in found[0].casefold()
    found = facts("nope, fridays don't work, that's dialysis", "blocks", "capacity.constraints")
    assert len(found) == 1 and "dialysis" in found[0]
    # a week accepted, or a day asked about, records no limit
    assert facts("fine, mondays are good", "blocks", "capacity.constraints") == []
    assert facts("no, why is the shop on mondays?", "blocks", "capacity.constraints") == []


def test_a_condition_of_the_body_said_with_the_hours_is_a_constraint() -> None:
    found = facts("25 at most - arthritis in my hands", "capacity", "capacity.constraints")
    assert found == ["arthritis in my hands"]
    found = facts("30 tops, my knees can't take more", "capacity", "capacity.constraints")
    assert len(found) == 1 and "knees" in found[0]
    # the body named with no limit is a remark
    assert facts("40, my knees are fine", "capacity", "capacity.constraints") == []


def test_a_skill_claimed_after_a_story_is_read_from_the_claim() -> None:
    said = "I ran a pub for ten years so I'm good at stocktaking, nobody asks now"
    assert facts(said, "underused", "skill.under_used") == ["stocktaking"]
