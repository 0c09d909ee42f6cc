"""Validity per sentence and per clause, read from the texts' many date forms."""

from datetime import date

import pytest

from knowledge.records import Validity
from knowledge.validity import clause_validity, describe, read_sentence, status_on


def _sentence_with(rec, needle):
    return next(s for s in rec.sentences if needle in s.text)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("实施期限至2020年12月31日。", None, "2020-12-31"),
        ("实施期限延长至2020年12月31日。", None, "2020-12-31"),
        ("实施期限为2020年1月1日至12月31日。", "2020-01-01", "2020-12-31"),
        ("实施期限为 2020 年 1 月 1 日至 12 月 31 日。", "2020-01-01", "2020-12-31"),
        ("自2020年1月1日至2022年12月31日，对残保金实行分档减缴。", "2020-01-01", "2022-12-31"),
        ("2019 年 1 月 1 日至 12 月 31 日，对困难企业返还。", "2019-01-01", "2019-12-31"),
        ("职业介绍补贴自2020年2月4日起实施，有效期暂定3个月。", "2020-02-04", "2020-05-03"),
        ("2020年6月底前，允许工程建设项目暂缓缴存农民工工资保证金。", None, "2020-06-30"),
        ("补贴期限至2020年6月底。", None, "2020-06-30"),
        ("阶段性降低失业保险费率、工伤保险费率，2020年4月30日到期后再延长1年。", None, "2021-04-30"),
        ("经营困难企业稳岗返还政策，自2020年1月1日起再延长1年。", "2020-01-01", "2020-12-31"),
        ("2020 年 3 月 18 日至 6 月底前，工程建设项目暂缓农民工工资保证金存储。", "2020-03-18", "2020-06-30"),
        ("2020 年第一季度免征房产税。", "2020-01-01", "2020-03-31"),
        ("各级事业单位空缺岗位，今明两年提高专项招聘高校毕业生的比例。", "2020-01-01", "2021-12-31"),
        ("办理报到期限由原定2020年6月30日前延长至9月30日前。", None, "2020-09-30"),
        ("对春节期间（截至2020年2月9日）开工生产的企业给予补贴。", None, "2020-02-09"),
        ("2020年2月起，免征单位缴费部分，免征期限不超过5个月。", "2020-02-01", "2020-06-30"),
    ],
)
def test_dated_sentences(text, start, end):
    v = read_sentence(text, issue_year=2020)
    assert v is not None and v.kind == "dated"
    assert (v.start.isoformat() if v.start else None, v.end.isoformat()) == (start, end)


def test_event_bound_has_no_date():
    v = read_sentence("临时性提高失业保险金发放标准至疫情解除后3个月。", 2020)
    assert v.kind == "event_bound" and v.end is None and "疫情解除后3个月" in v.basis
    assert status_on(v, date(2020, 5, 1)) == "unknown"


def test_sentence_without_period_and_bare_years():
    assert read_sentence("对创业带头人创办的经营实体给予补贴。", 2017) is None
    assert read_sentence("2020年培训农村创新创业人才600人次。", 2020) is None
    # a transition provision about the old policy is not this measure's period
    assert read_sentence("2019 年 1 月 1 日前，新参加就业见习的毕业生，补贴政策按原政策执行至见习期满。", 2019) is None


def test_clause_level_periods(by_id):
    assert by_id["dalian-2020-18:2.9"].validity.end == date(2020, 12, 31)
    assert by_id["liaocheng-2020:2.6"].validity.end == date(2022, 12, 31)
    assert by_id["liaocheng-2020:2.6"].validity.start == date(2020, 1, 1)
    # one clause, two periods: the clause takes the latest, each sentence keeps its own
    rec = by_id["dalian-2020-18:1.3"]
    assert rec.validity.end == date(2021, 8, 31)
    assert _sentence_with(rec, "6个月的当地月人均失业保险金").validity.end == date(2020, 12, 31)
    assert _sentence_with(rec, "总费率为1%").validity.end == date(2021, 8, 31)
    assert by_id["liaocheng-2020:1.2"].validity.end == date(2020, 5, 3)
    assert by_id["lingyuan-2019-14:1.6"].validity.start == date(2017, 9, 1)
    assert by_id["lingyuan-2019-14:1.6"].validity.end == date(2020, 8, 30)
    assert by_id["lingyuan-2019-14:3.2"].validity.end == date(2020, 12, 31)


def test_clauses_without_period_are_unknown_not_active(by_id):
    for cid in ("dalian-2017-46:2.6", "dalian-2020-18:1.4", "liaoning-2020-9:4.18", "liaocheng-2020:6.21"):
        v = by_id[cid].validity
        assert status_on(v, date(2020, 6, 1)) == "unknown", cid
    assert by_id["liaoning-2020-9:4.18"].validity.kind == "event_bound"
    assert by_id["liaocheng-2020:6.21"].validity.kind == "open_ended"


def test_status_against_as_of_including_last_day():
    v = Validity(start=date(2020, 1, 1), end=date(2022, 12, 31), kind="dated", basis="x")
    assert status_on(v, date(2019, 12, 31)) == "not_started"
    assert status_on(v, date(2020, 1, 1)) == "active"
    assert status_on(v, date(2022, 12, 31)) == "active"
    assert status_on(v, date(2023, 1, 1)) == "expired"
    d = describe(v, date(2026, 11, 22))
    assert d["status"] == "expired" and d["end"] == "2022-12-31" and "2022-12-31" in d["basis"]


def test_clause_validity_derivation():
    a = Validity(start=None, end=date(2020, 12, 31), kind="dated", basis="a")
    b = Validity(start=date(2020, 1, 1), end=date(2021, 8, 31), kind="dated", basis="b")
    e = Validity(kind="event_bound", basis="e")
    v = clause_validity([None, a, b, e])
    assert (v.start, v.end, v.kind) == (None, date(2021, 8, 31), "dated")
    assert "另有1处" in v.basis
    assert clause_validity([None, None]).kind == "none"
    assert clause_validity([e]).kind == "event_bound"
