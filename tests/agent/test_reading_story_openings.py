"""An opening message that tells a person's story: where the work is done names no activity,
work said without its subject or owned as a venture is named, fees per person compose, and the
figure the person settles on is kept."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def sure(message: str, ask: str = "context") -> list[Reading]:
    return [r for r in read(message, NONE, ask) if r.act in {"fact", "change"} and r.confident]


def named(readings: list[Reading]) -> list[str]:
    return [str(r.value) for r in readings if r.field == "activity"]


def figures(readings: list[Reading], field: str) -> dict[str | None, object]:
    return {r.subject: r.value for r in readings if r.field == field}


def test_a_place_after_a_job_gives_its_figures_to_the_job() -> None:
    readings = sure("I'm a roofer, I put in about 42 hours on site, 36k a year")
    assert named(readings) == ["roofer"]
    assert figures(readings, "activity.hours_per_week") == {"roofer": 42}
    assert figures(readings, "activity.annual_revenue") == {"roofer": 36000}


def test_a_town_and_a_van_are_never_activities() -> None:
    readings = sure("I'm a locksmith (self-employed) in Derby, I do 45 hrs out of my van, 30k")
    assert named(readings) == ["locksmith"]
    assert figures(readings, "activity.hours_per_week") == {"locksmith": 45}
    home = sure("I'm a copywriter. I work about 25 hours from home, 22k a year")
    assert named(home) == ["copywriter"]
    assert figures(home, "activity.hours_per_week") == {"copywriter": 25}


def test_a_place_said_alone_after_the_job_names_nothing() -> None:
    readings = sure("I'm a tiler, working in Hull and around. 38 hours a week, about 31k")
    assert named(readings) == ["tiler"]
    assert figures(readings, "activity.hours_per_week") == {"tiler": 38}


def test_work_said_without_its_subject_names_an_activity_after_other_work() -> None:
    readings = sure("I'm a glazier, 40 hrs, 35k. Also run stained glass classes. 4 hours a week")
    assert named(readings) == ["glazier", "stained glass classes"]
    assert figures(readings, "activity.hours_per_week") == {
        "glazier": 40,
        "stained glass classes": 4,
    }


def test_also_do_and_plus_teach_name_more_work() -> None:
    tutoring = sure("I'm a dental nurse, 30 hours. Also do some maths tutoring", "activities")
    assert named(tutoring) == ["dental nurse", "maths tutoring"]
    mine = sure("I'm a dental nurse, 30 hours. I also do some maths tutoring", "activities")
    assert named(mine) == ["dental nurse", "maths tutoring"]
    pilates = sure("I'm a dental nurse. Plus teach pilates on Sundays", "activities")
    assert named(pilates) == ["dental nurse", "teaching pilates"]


def test_owning_a_venture_names_it_by_what_it_is_and_its_topic() -> None:
    readings = sure(
        "I'm a florist. I've got a youtube channel on bonsai, 900 subs, makes nothing", "activities"
    )
    assert named(readings) == ["florist", "youtube channel on bonsai"]
    assert figures(readings, "activity.annual_revenue") == {"youtube channel on bonsai": 0}
    assert not [r for r in readings if r.value == 900]


def test_a_podcast_or_a_shop_owned_is_work_with_its_own_figures() -> None:
    podcast = sure("I run a small podcast about beekeeping, makes nothing")
    assert named(podcast) == ["podcast on beekeeping"]
    assert figures(podcast, "activity.annual_revenue") == {"podcast on beekeeping": 0}
    shop = sure(
        "I'm a teacher, 32 hrs. I've also got a little Etsy shop for my linocuts", "activities"
    )
    assert [n.casefold() for n in named(shop)] == ["teacher", "etsy shop for my linocuts"]


def test_the_net_said_after_a_turn_from_the_turnover_is_the_figure_kept() -> None:
    readings = sure("I'm a farrier, turnover was £52k last yr but after fuel more like 33k")
    assert figures(readings, "activity.annual_revenue") == {"farrier": 33000}
    asked = read("I'm a farrier, 33k after fuel, maybe 52k turnover", NONE, "context")
    revenue = [r for r in asked if r.field == "activity.annual_revenue"]
    assert len(revenue) == 2 and not any(r.confident for r in revenue)


def test_turnover_said_after_the_job_is_the_jobs_money() -> None:
    readings = sure("I'm a plasterer, turnover about 60k")
    assert figures(readings, "activity.annual_revenue") == {"plasterer": 60000}


def test_a_fee_each_times_people_times_a_year_is_the_yearly_revenue() -> None:
    readings = sure("I'm a baker. I also run bread classes, 10 a year, 5 people at £70 each")
    assert figures(readings, "activity.annual_revenue") == {"bread classes": 10 * 5 * 70}


def test_a_fee_each_times_people_with_no_frequency_is_asked_back() -> None:
    readings = read("I'm a baker. I also run bread classes, 5 people at £70 each", NONE, "context")
    revenue = [r for r in readings if r.field == "activity.annual_revenue"]
    assert not any(r.confident for r in revenue)
    assert not [r for r in readings if r.field == "activity.hours_per_week"]


def test_a_whole_story_keeps_every_piece_of_work_with_its_own_figures() -> None:
    readings = sure(
        "Hiya. I'm a farrier (self employed) near Ripon, I do about 40 hrs on the road, turnover "
        "was £58k last yr but after fuel and steel more like 36k. Also run hoof care clinics - "
        "4 a year, 10 people at £85 each. and I've got a podcast about heavy horses, 300 "
        "listeners, makes nothing"
    )
    assert named(readings) == ["farrier", "hoof care clinics", "podcast on heavy horses"]
    assert figures(readings, "activity.hours_per_week") == {"farrier": 40}
    assert figures(readings, "activity.annual_revenue") == {
        "farrier": 36000,
        "hoof care clinics": 4 * 10 * 85,
        "podcast on heavy horses": 0,
    }


def test_a_blog_written_is_owned_work_but_a_course_attended_is_not() -> None:
    blog = sure("I'm a midwife and I write a blog about night shifts, earns maybe £100 a month")
    assert figures(blog, "activity.annual_revenue") == {"blog on night shifts": 1200}
    assert named(sure("I'm a midwife. I've got a course on Monday", "activities")) == ["midwife"]


def test_work_said_without_its_subject_is_named_by_what_is_done() -> None:
    honey = sure("I'm a tiler, 35 hrs. Also sell jam at farmers markets, about 2k a year")
    assert named(honey) == ["tiler", "selling jam at farmers markets"]
    assert figures(honey, "activity.annual_revenue") == {"selling jam at farmers markets": 2000}


def test_one_frequency_serves_the_fee_and_the_hours_of_each_occasion() -> None:
    readings = sure("I'm a swimming coach, £25 a lesson, 6 a week, 1 hour each")
    assert figures(readings, "activity.annual_revenue") == {"swimming coach": 25 * 6 * 52}
    assert figures(readings, "activity.hours_per_week") == {"swimming coach": 6}


def test_people_times_a_fee_said_with_x_compose_with_how_often() -> None:
    readings = sure("I'm a potter. I also run raku workshops - 8 people x £140, 6 a year")
    assert figures(readings, "activity.annual_revenue") == {"raku workshops": 8 * 140 * 6}
    monthly = sure("I'm a baker. I also coach netball, twice a month, 5 kids x £12")
    assert figures(monthly, "activity.annual_revenue") == {"coaching netball": 5 * 12 * 24}


def test_a_fee_per_couple_times_couples_a_month_is_yearly() -> None:
    readings = sure("I'm a doula. I also run antenatal classes, £90 per couple, 3 couples a month")
    assert figures(readings, "activity.annual_revenue") == {"antenatal classes": 90 * 3 * 12}
    assert not sure("I'm a doula, it paid £200 a couple of times last year")[1:]


def test_a_fee_per_session_times_people_who_each_come_that_often() -> None:
    each = sure(
        "I'm a vet nurse. I also do puppy training, 3 dogs, £20 a session, once a week each"
    )
    assert figures(each, "activity.annual_revenue") == {"puppy training": 3 * 20 * 52}
    weekly = sure("I'm a vet nurse. I also do private physio, 4 clients, £50 a session weekly")
    assert figures(weekly, "activity.annual_revenue") == {"private physio": 4 * 50 * 52}
    unsaid = read("I'm a vet nurse. I also do private physio, 4 clients, £50 a session", NONE,
                  "context")  # fmt: skip
    revenue = [r for r in unsaid if r.field == "activity.annual_revenue"]
    assert not any(r.confident for r in revenue)


def test_a_word_that_only_says_unpaid_is_the_pay_of_the_work_named_before_it() -> None:
    readings = sure(
        "I'm a joiner, 40 hrs, 38k. Plus I run a little chess club at the library, voluntary.",
        "activities",
    )
    assert named(readings) == ["joiner", "chess club at the library"]
    assert figures(readings, "activity.annual_revenue") == {
        "joiner": 38000,
        "chess club at the library": 0,
    }


def test_a_venture_owned_without_its_subject_is_named_too() -> None:
    readings = sure("I'm a gardener, 30 hours, 24k. Also have a plant stall, makes £600 a year")
    assert named(readings) == ["gardener", "plant stall"]
    assert figures(readings, "activity.annual_revenue") == {"gardener": 24000, "plant stall": 600}
