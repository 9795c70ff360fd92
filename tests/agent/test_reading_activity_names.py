"""Which words name an activity and which work a figure belongs to: time phrases, workplaces,
subjects of a sentence, age groups and selling ventures, each on sentences of its own."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def names(message: str, ask: str = "activities", *, sure: bool = True) -> list[str]:
    """The activity names read, the confident ones by default."""
    return [
        str(r.value)
        for r in read(message, NONE, ask)
        if r.act == "fact" and r.field == "activity" and (r.confident or not sure)
    ]


def figures(message: str, ask: str = "activities") -> dict[tuple[str, str], float]:
    return {
        (str(r.field), (r.subject or "").casefold()): float(r.value)
        for r in read(message, NONE, ask)
        if r.act == "fact" and r.confident and isinstance(r.value, float)
    }


def readings(message: str, ask: str = "activities") -> list[Reading]:
    return read(message, NONE, ask)


def test_how_often_the_work_is_done_is_no_part_of_its_name() -> None:
    assert names("deliveries most evenings, about 20h, £300 a week") == ["deliveries"]
    found = figures("deliveries most evenings, about 20h, £300 a week")
    assert found[("activity.hours_per_week", "deliveries")] == 20


def test_the_time_said_before_a_place_is_no_part_of_its_name() -> None:
    said = names("mostly the garden centre, plus a few hours a week at the library")
    assert said == ["garden centre", "library"]
    assert "hr at a recruitment firm" in names("my job is hr at a recruitment firm, 40k")


def test_hours_at_another_employer_are_that_work_not_the_work_before() -> None:
    found = figures("the garden centre 30h, plus 6 hours a week at the library")
    assert found[("activity.hours_per_week", "garden centre")] == 30
    assert found[("activity.hours_per_week", "library")] == 6
    found = figures("mostly the garden centre, plus 2 hours a week at the library")
    assert ("activity.hours_per_week", "garden centre") not in found


def test_the_subject_of_a_sentence_that_earns_a_figure_names_the_work() -> None:
    message = "the beach huts bring in roughly £9k a year"
    assert names(message) == ["beach huts"]
    assert figures(message)[("activity.annual_revenue", "beach huts")] == 9000
    assert names("the market garden made about 4k last year") == ["market garden"]


def test_who_pays_for_work_is_never_its_name() -> None:
    said = names("piano teaching at home, parents bring in about £120 a week", sure=False)
    assert not any("parent" in name for name in said)


def test_hours_of_the_busiest_time_are_asked_back_and_the_name_kept() -> None:
    message = "dog walking is about 25 hrs a week in summer, less otherwise"
    assert names(message) == ["dog walking"]
    assert ("activity.hours_per_week", "dog walking") not in figures(message)
    assert ("capacity.hours_per_week", "") not in figures(message)


def test_caring_listed_as_work_is_an_activity_at_the_activities_question() -> None:
    assert names("mainly looking after my gran, and I do ironing for neighbours") == [
        "looking after my gran",
        "ironing for neighbours",
    ]
    assert names("caring for my brother most days, plus some dog sitting")[0] == (
        "caring for my brother"
    )
    assert names("stay-at-home mum to twins, and I sell prints online")[0] == "stay-at-home mum"


def test_caring_said_at_another_question_names_no_activity() -> None:
    assert names("I'm a full-time carer for my wife", "context", sure=False) == []
    assert names("stay at home dad, so caregiver I think", "context", sure=False) == []


def test_an_age_group_is_part_of_a_name_never_hours() -> None:
    message = "office manager 35h, and I run the over 60s swimming club on fridays, voluntary"
    found = figures(message)
    assert found[("activity.hours_per_week", "office manager")] == 35
    assert any("over 60s" in name for name in names(message))
    assert 60 not in found.values()
    assert 12 not in figures("I help with my daughter's under 12s netball, unpaid").values()


def test_selling_things_of_its_own_beside_other_work_is_an_activity() -> None:
    said = names("I clean offices three evenings and resell trainers on Depop")
    assert len(said) == 2
    assert "trainers on Depop" in said[1]


def test_selling_what_the_work_before_makes_stays_one_activity() -> None:
    assert len(names("I knit jumpers and sell them at craft fairs")) == 1
    assert len(names("I brew cider and sell to pubs")) == 1
    assert len(names("I teach yoga and sell the mats I import")) == 1


def test_a_job_said_generically_with_its_employer_keeps_both() -> None:
    message = "main job at the hospice, 30 hrs, and I busk on saturdays"
    assert names(message)[0] == "main job at the hospice"
    assert figures(message)[("activity.hours_per_week", "main job at the hospice")] == 30


def test_a_generic_job_with_softeners_and_its_figures_in_brackets_is_named() -> None:
    found = figures("honestly only the main job (40h, 52k)")
    assert found == {
        ("activity.hours_per_week", "main job"): 40,
        ("activity.annual_revenue", "main job"): 52000,
    }
    assert names("mostly just my job tbh. sales assistant.") == ["sales assistant"]


def test_counted_work_a_year_opening_a_sentence_names_an_activity() -> None:
    message = "designer, 40k. 3 murals a year, about £2k each"
    assert names(message) == ["designer", "murals"]
    found = figures(message)
    assert found[("activity.annual_revenue", "murals")] == 6000
    assert found[("activity.annual_revenue", "designer")] == 40000


def test_how_often_inside_a_name_is_no_part_of_it_and_each_fee_is_counted() -> None:
    message = "teacher 38k. Sound design jobs 4 times a year for theatres, each around £1,000"
    found = figures(message)
    assert "sound design jobs for theatres" in [n.casefold() for n in names(message)]
    assert found[("activity.annual_revenue", "sound design jobs for theatres")] == 4000
    assert names("I run a stand at the county show every summer, about £900")[0] == (
        "stand at the county show"
    )


def test_marking_said_as_a_verb_names_the_work() -> None:
    assert names("supply teacher, and I mark A-level papers every summer")[1].startswith("marking")


def test_a_weekday_or_season_said_after_the_work_is_no_part_of_its_name() -> None:
    assert names("I busk outside the station fri night, maybe £40")[0] == (
        "busk outside the station"
    )
    assert "ice cream van" in names("nurse 30h, and an ice cream van in summer, about 3k")
    said = names("coach the U10s rugby tues + tournament sat, all unpaid", sure=False)
    assert not any(name.endswith(" sat") for name in said)


def test_the_terms_in_a_bracket_never_rename_the_work() -> None:
    message = "web design (retainer, £900 a month), and life drawing classes"
    assert names(message) == ["web design", "life drawing classes"]
    assert figures(message)[("activity.annual_revenue", "web design")] == 10800


def test_how_often_in_words_inside_a_name_is_no_part_of_it() -> None:
    assert names("I help out one evening a week at the youth club, and I drive for Uber")[0] == (
        "help out at the youth club"
    )
    said = names("bar work 20h. On the side I DJ a few times a month, £150 a gig", sure=False)
    assert "DJ" in said or "dj" in said


def test_work_said_by_its_ing_word_after_plus_opens_an_item() -> None:
    said = names("accountancy practice 45h, plus unpaid tutoring for refugees")
    assert said[-1] == "unpaid tutoring for refugees" or said[-1] == "tutoring for refugees"


def test_an_hourly_rate_is_never_multiplied_by_the_hours_of_the_work_before() -> None:
    message = ("I chair the allotment society, maybe 5 hours a week, and I do survey work now "
               "and then, £90 an hour")  # fmt: skip
    assert not any(
        field == "activity.annual_revenue" and value > 1000
        for (field, _), value in figures(message).items()
    )
    found = figures("I charge £30 an hour and I do about 4 hours a week", "act:revenue:tutoring")
    assert found[("activity.annual_revenue", "tutoring")] == 6240


def test_when_said_before_the_work_is_no_part_of_its_name() -> None:
    found = figures("nowadays I'm treasurer of the sailing club, unpaid, about 3 hours a week")
    assert found[("activity.hours_per_week", "treasurer of the sailing club")] == 3


def test_the_persons_own_work_beside_someone_elses_is_named() -> None:
    said = names("My husband runs the garage, I do the MOT bookings and the accounts.")
    assert said and "husband" not in said[0] and "garage" not in said[0]


def test_a_long_name_said_as_doing_something_is_kept() -> None:
    said = names("nurse (36h, £38k), and I deliver basic life support refresher courses")
    assert said[1] == "delivering basic life support refresher courses"


def test_hours_of_the_work_done_now_at_the_capacity_question() -> None:
    found = figures("I could do 50, including my 38 at the warehouse", "capacity")
    assert found[("capacity.hours_per_week", "")] == 50
    assert found[("activity.hours_per_week", "warehouse")] == 38
    found = figures("full-time is 36 at the library and I could add 5 on top", "capacity")
    assert found[("activity.hours_per_week", "library")] == 36
    assert found[("capacity.hours_per_week", "")] == 41


def test_a_lone_word_before_figures_the_work_still_lacks_is_asked_back() -> None:
    message = "dog grooming, 30 hrs, aroon £20k"
    assert names(message) == ["dog grooming"]
    assert "aroon" in names(message, sure=False)
    assert ("activity.annual_revenue", "aroon") not in figures(message)


def test_a_lone_word_with_figures_the_work_before_already_has_is_work_of_its_own() -> None:
    found = figures("ward nursing 36h, tutoring 8h")
    assert found[("activity.hours_per_week", "ward nursing")] == 36
    assert found[("activity.hours_per_week", "tutoring")] == 8


def test_two_items_without_figures_are_both_named() -> None:
    assert names("bar work, pub quizzes") == ["bar work", "pub quizzes"]


def test_more_work_said_at_a_later_question_is_named_with_its_figures() -> None:
    message = "oh, I forgot, I also do a stand at the summer fete every year, about £600"
    found = figures(message, "review")
    assert found[("activity.annual_revenue", "stand at the summer fete")] == 600
    message = "and I've just started a pottery class on thursdays, 2 hours, £30 a head, 5 people"
    assert "pottery class" in " ".join(names(message, "skills"))


def test_more_work_said_at_a_question_about_one_activity_takes_its_own_figures() -> None:
    message = "sorry, I also run a monday chess club for kids, £5 a head, 12 kids"
    found = figures(message, "act:energy:tutoring")
    assert ("activity.annual_revenue", "tutoring") not in found
    assert any("chess club" in name for name in names(message, "act:energy:tutoring"))


def test_caring_alone_as_the_whole_answer_is_no_activity() -> None:
    assert names("caring for my dad", sure=False) == []
    assert names("full-time carer for my sister", sure=False) == []


def test_the_class_taught_is_part_of_the_name_never_a_figure() -> None:
    message = "I tutor grade 10 maths online, 6 hours a week, $40 an hour"
    found = figures(message)
    assert found[("activity.hours_per_week", "tutoring grade 10 maths")] == 6
    assert 10 not in found.values()


def test_whose_and_on_what_terms_said_before_the_work_are_no_part_of_its_name() -> None:
    message = "bank clerk, £28k. my own podcast on spotify made like £300 total"
    said = names(message)
    assert said[1] == "podcast on spotify"
    assert figures(message)[("activity.annual_revenue", "bank clerk")] == 28000
    found = figures("tax adviser 40h, plus pro bono advice for a charity")
    assert found[("activity.annual_revenue", "advice for a charity")] == 0


def test_a_good_year_or_a_season_after_the_work_ends_its_name() -> None:
    said = names("lambs, wool sales £8k in a good year, and shearing contracts in spring")
    assert "wool sales" in said and "shearing contracts" in said


def test_a_count_of_something_of_its_own_after_a_closed_item_names_work() -> None:
    said = names("goats (about 60 nannies), 3 glamping pods, and I teach yoga on sundays")
    assert said == ["goats", "glamping pods", "teaching yoga"]
    assert names("the guest house, 4 rooms by the sea") == ["guest house"]
    assert names("web design (retainer, £900 a month), 2 agencies, about 20h") == ["web design"]


def test_opening_hours_and_a_frequency_alone_are_no_names() -> None:
    assert names("the tea room, open all year", sure=False) == ["tea room"]
    assert names("open mic nights at the pub, £50 a night, weekly", sure=False) == [
        "open mic nights at the pub"
    ]


def test_how_work_is_taken_on_after_its_name_is_a_detail_not_work() -> None:
    message = (
        "receptionist, £1,900 a month, and I make quilts (patchwork) to order, 2 a month, £300 each"
    )
    found = figures(message)
    assert names(message, sure=False) == ["receptionist", "making quilts"]
    assert found[("activity.annual_revenue", "making quilts")] == 7200


def test_hours_named_by_an_institution_are_a_limit_not_work() -> None:
    found = figures("office hours only, so 9 to 5, mon-fri", "capacity")
    assert found == {("capacity.hours_per_week", ""): 40}
    assert names("office hours only, so 9 to 5, mon-fri", "capacity", sure=False) == []


def test_a_word_of_address_is_no_name() -> None:
    said = names("Pal, I'm a barista, 30h a week, £19k", sure=False)
    assert not any(name.casefold() == "pal" for name in said)


def test_the_people_in_a_life_are_never_the_name_of_work() -> None:
    for said in ["the twins, 25 hours of nursery", "grandkids 2 days a week",
                 "my daughter (she's 7), and dog walking 10h, 6k"]:  # fmt: skip
        assert not any(
            n.casefold().strip("'s") in {"twins", "grandkids", "daughter"}
            for n in names(said, sure=False)
        ), said
        assert not any(subject in {"twins", "grandkids", "daughter"}
                       for _, subject in figures(said)), said  # fmt: skip
    assert names("minding my sister's kids, 20 hrs, 9k") == ["minding my sister kids"]
    assert names("looking after the grandkids, 16 hours") == ["looking after the grandkids"]
