"""Time in summaries: a measure that ends with the period its text names, and one tied to the
epidemic with no stated end (the ruling in docs/notes/answers-ii.md, 2026-12-02)."""

from datetime import date

import pytest

from answers.summary import summary
from knowledge.eligibility.engine import evaluate

Q1 = "交通运输、生活服务、物流辅助服务业中小企业（含星级酒店）免征2020年第一季度房产税、城镇土地使用税"
SCREENING = "返岗复工人员和新招录员工防疫检测补贴（每人150元）"
DALIAN_FIRM = {
    "applicant_type": "enterprise",
    "region": "大连市",
    "enterprise_size": "small",
    "industry": "交通运输",
    "q1_2020_property_land_tax": 12000,
    "is_epidemic_key_enterprise": True,
    "operated_during_epidemic": True,
    "screening_workers": 30,
}


def _open_part(text: str) -> str:
    """The "可以申请" / "条件相符" block only (up to its total)."""
    head = next((h for h in ("可以申请的补贴（", "条件相符的补贴（") if h in text), None)
    return text.split(head, 1)[1].split("合计：", 1)[0] if head else ""


@pytest.mark.parametrize("day", [date(2020, 7, 15), date(2026, 11, 22)])
def test_the_2020_q1_tax_exemption_ends_with_its_quarter(day):
    text = summary(evaluate(DALIAN_FIRM, day)).text
    assert Q1 not in _open_part(text)
    ended = text.split("曾有、已到期的（", 1)[1]
    assert (
        f"· {Q1}：当时可领12000元，以原文所定期间为期，已于2020年3月31日到期（文件2020年6月30日印发），现不能申请；"
        in ended
    )
    assert "原文未载明补办期限，以经办部门认定为准。" in ended


@pytest.mark.parametrize("day", [date(2020, 7, 15), date(2026, 11, 22)])
def test_a_measure_tied_to_the_epidemic_is_never_said_open_without_its_unknown_validity(day):
    reply = summary(evaluate(DALIAN_FIRM, day))
    assert SCREENING not in _open_part(reply.text)
    tied = reply.text.split("期限与疫情防控期间挂钩的（", 1)[1]
    assert tied.startswith("1项，原文未载明截止日期，有效期未知，未计入合计）：")
    assert f"· {SCREENING}：按每人150元的标准给予补贴" in tied
    assert "以上各项现在能否申请，以经办部门认定为准。" in tied
    assert reply.meta["epidemic_bound"] == ["dalian-2020-18.epidemic-screening"]
    assert "dalian-2020-18.epidemic-screening" not in reply.meta["eligible"]


def test_a_pending_measure_tied_to_the_epidemic_says_so():
    text = summary(evaluate({**DALIAN_FIRM, "screening_workers": None}, date(2022, 11, 22))).text
    line = next(x for x in text.split("\n") if x.startswith("· 员工隔离观察住宿补助"))
    assert line.endswith("；有效期未知，与疫情防控期间挂钩）")
    # years later (eval45 C01): not asked item by item, said together with how long it has been
    text = summary(evaluate({**DALIAN_FIRM, "screening_workers": None}, date(2026, 11, 22))).text
    assert not any(x.startswith("· 员工隔离观察住宿补助") for x in text.split("\n")), text
    assert "期限与疫情防控期间挂钩的措施，原文未载明截止日期，至今已逾6年" in text, text
