"""The supervisor's eighth evaluation (/work/eval8 findings-A §1, §5; findings-B §4): figures a person gives in
the first message are read, so the amount is worked out from them ("50个人春节干了10天" is 500 人·天,
"隔离了10个人住了14天，花了1.6万" is 140 人·天 and 16000元)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.profile_facts import extract

SPRING = date(2020, 3, 20)


@pytest.mark.parametrize(
    "text, days",
    [
        ("我们50个人春节干了10天，能拿10万吗", 500),  # F30
        ("我们是聊城高新区的口罩厂，春节期间一直开工，30个工人每人干了10天，用工补贴能给多少", 300),  # F11
        ("50人，春节期间干了10天，就是问能不能拿10万", 500),  # F30 turn 3
        ("春节10个工人干了9天", 90),  # the form read before
    ],
)
def test_head_count_times_days_is_the_spring_festival_person_days(text, days):
    assert extract(text, SPRING)["spring_festival_worker_days"] == days


def test_days_without_the_spring_festival_are_not_its_person_days():
    assert "spring_festival_worker_days" not in extract("30个工人每人干了10天", SPRING)


def test_quarantine_stay_and_its_cost_are_both_read():
    facts = extract("一共能拿多少？我们隔离了10个人住了14天，花了1.6万", date(2020, 7, 10))  # F19
    assert facts["quarantine_person_days"] == 140 and facts["quarantine_lodging_cost"] == 16000
