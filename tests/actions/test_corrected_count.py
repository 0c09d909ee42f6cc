"""A corrected head count ("说错了 是15个人", eval10 H26): the one count of people known is replaced."""

from actions.money_said import corrected_count


def test_the_one_count_known_is_replaced():
    assert corrected_count("说错了 是15个人", {"new_hires_graduates": 5}) == {"new_hires_graduates": 15}
    assert corrected_count("不对，十五个", {"employees": 5}) == {"employees": 15}
    assert corrected_count("说错了 是6个 不是8个", {"new_hires_graduates": 8}) == {"new_hires_graduates": 6}


def test_nothing_when_it_is_not_one_count_of_people():
    assert corrected_count("说错了 是15个人", {"employees": 20, "new_hires_graduates": 5}) == {}  # which one?
    assert corrected_count("说错了 是15个月", {"new_hires_graduates": 5}) == {}
    assert corrected_count("是15个人", {"new_hires_graduates": 5}) == {}  # not a correction
    assert corrected_count("说错了 是15个人", {"quarantine_person_days": 5}) == {}  # person-days are not heads
    assert corrected_count("说错了 是15个人", {"age": 50}) == {}
