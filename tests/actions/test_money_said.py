"""Sums of money as people say them (eval6 E02/E07: "4万2" read as 1元, "6万" as 6元, refunds of 0.5元)."""

from __future__ import annotations

import pytest

from actions.fact_answers import read_answer
from actions.money_said import money_in
from actions.profile_facts import extract


@pytest.mark.parametrize(
    ("said", "yuan"),
    [
        ("去年交了失业保险一共4万2", 42000),
        ("我刚说了 6万", 60000),
        ("4.2万", 42000),
        ("八万六", 86000),
        ("2万块", 20000),
        ("不对，是42000元", 42000),
        ("招了3个人 每人每月800", 800),
        ("一个月应缴社保一共4万", 40000),
    ],
)
def test_a_sum_as_said(said, yuan):
    assert money_in(said) == yuan


def test_no_sum_in_counts_and_spans():
    assert money_in("招了3个人，干了5个月") is None


@pytest.mark.parametrize(
    ("said", "yuan"),
    [
        ("是，去年交了失业保险一共4万2", 42000),
        ("去年企业和职工一共交失业保险6万", 60000),
        ("失业保险去年交了3万5", 35000),
    ],
)
def test_last_years_premiums_said_in_a_sentence(said, yuan):
    assert extract(said)["last_year_unemployment_insurance_paid"] == yuan


def test_the_forms_answer_is_the_whole_sum_not_the_entity():
    message = {"text": "我刚说了 6万", "entities": [{"entity": "number", "value": "6"}], "intent": {"name": "inform"}}
    value, dont_know = read_answer("last_year_unemployment_insurance_paid", message, "我刚说了 6万")
    assert value == 60000 and not dont_know
    value, _ = read_answer("last_year_unemployment_insurance_paid", {"text": "不到五万"}, "不到五万")
    assert value is None
