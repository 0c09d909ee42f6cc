"""Evaluation 39's findings (/work/eval39/findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from tests.actions.conftest import asked, started


def test_money_per_head_asked_is_no_head_count_and_a_corrected_count_is_read():
    # before (J06): "…能领吗，一人多少？" was recorded 在职职工人数：1; "员工是四十个不是一个" was not read
    found = extract(
        "我们是聊城一家保洁公司，招了三个登记失业的，一次性吸纳就业补贴能领吗，一人多少？", date(2020, 8, 25)
    )
    assert "employees" not in found, found
    assert extract("不对 职工是三十个 不是一个", date(2020, 8, 25))["employees"] == 30


def test_a_named_measure_the_facts_fail_is_answered_no_first(convo):
    # before (J06): a 聊城 firm hiring in June heard other measures, then "能" of 稳岗返还
    body = started(
        convo,
        "聊城一家物业公司 七月份招了四个登记失业的 签了一年合同交了社保 一次性吸纳就业补贴能领吗",
        as_of="2020-08-25",
    )
    assert "按您说的情况不能：“复工企业一次性吸纳就业补贴" in body and "2020年2月10日起一个月内" in body, body


def test_a_measure_asked_for_by_its_texts_name_is_found(convo):
    # before (J07): "还有个失业补助金 有没有这个" was never answered from 大政发〔2020〕18号（十七）
    asked(convo, "我在大连 57了 失业金去年12月领完了 还没找着活", as_of="2021-03-10")
    body = asked(convo, "听说还有个失业补助金 真有这个吗", as_of="2021-03-10")
    assert "发放失业补助金" in body.split("\n")[1] or "有。" in body, body  # the sentence granting it, first


def test_a_measure_asked_for_by_its_texts_name_leads_the_list(convo):
    from answers.named_measure import _names

    assert _names("听人说领完了还有个失业补助金有没有")[0] == "失业补助金"
    asked(convo, "我在大连 56了 失业金2月领完了 还没活干 以后还有钱拿没", as_of="2021-03-10")
    body = asked(convo, "听人说领完了还有个失业补助金 有没有", as_of="2021-03-10")
    assert "发放失业补助金" in "\n".join(body.split("\n")[:3]), body  # said first, before any list


def test_an_injury_at_work_is_said_to_be_outside_these_texts(convo):
    from actions.turns import WORK_INJURY

    # before (J24, rated 1): a wife asking for her husband hurt on a building site heard training and jobless subsidies
    body = asked(convo, "我爱人在大連 工地上幹活腿砸傷了 現在幹不了 有補貼嗎", as_of="2020-09-20")
    assert body.startswith("收录的文件是就业创业扶持政策，没有工伤认定和工伤保险待遇"), body
    assert not WORK_INJURY.search("单位缴的养老、失业、工伤能不能免") and not WORK_INJURY.search("工伤保险费率降了吗")


def test_where_one_comes_from_is_not_where_one_is():
    from actions.profile_facts import region

    # before (eval40 H20): "我是湖北的 年后来聊城打工" was asked where he is, and heard 凌源's measures
    assert region("我是湖北的 去年来聊城打工 现在厂子没活了") == "聊城市"
    assert region("我是湖北的") is None and region("我在北京朝阳区") is None
