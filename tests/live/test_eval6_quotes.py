"""Quotes as the person reads them, end to end through POST /api/v1/chat with the real Rasa and action
server: the 12345 supervisor's sixth evaluation (/work/eval6/findings-A.md §5). The messages are the
evaluation's own. A quote is whole sentences, or whole clauses of a long one with every cut marked "…";
it carries the figure the 标准 line names and the sentence's condition on who it is for.

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval6_quotes.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

OWN_3000 = "“将符合条件的在我市初次创业（指首次领取工商营业执照）的人员纳入创业补贴范围。"
WHOLE_3000 = "“对租用其它场地初次创业的人员给予3000元/年的创业场地补贴，补贴期限最长不超过2年。”"
KEY_FIRMS = "对疫情防控期间开工的我市疫情防控重点保障企业〔指列入国家"


def basis_of(body: str, measure: str) -> str:
    """The 依据 line under the listed measure whose name starts with `measure`."""
    lines = body.split("\n")
    at = next(k for k, line in enumerate(lines) if line.lstrip("0123456789. ").startswith(measure))
    return next(line for line in lines[at + 1 : at + 4] if line.strip().startswith("依据："))


def test_e16_first_reply_quotes_the_50_percent_not_half_a_word(live_stack):
    p = Person(live_stack, {"channel": "web"})
    body = text(p.says("凌源这边大学生当公益性岗位，补贴咋上浮的？我家是低保户"))
    line = basis_of(body, "公益性岗位安置困难家庭等高校毕业生岗位补贴上浮")
    # before: "…烈士子女高校毕业生的公益性岗…"
    assert "岗位补贴标准按不高于当地最低工资标准50%的比例上浮" in line, line
    assert "公益性岗…" not in body


def test_e08_disabled_premises_quotes_6000_and_the_3000_rule_its_own_sentence(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-11-01"})
    body = text(p.says("我是残疾人，在大连想开个小卖店，租房子有补贴没"))
    # before: "…正常运营6个月以上的，按照实际租赁…"
    assert "按照实际租赁期限给予6000元/年的创业场地补贴" in basis_of(body, "残疾人初次创业场地补贴"), body
    if "初次创业人员创业场地补贴" in body:  # before: "将符合条件的在我市初次创业……的人员纳入创业补贴范围。" alone
        assert basis_of(body, "初次创业人员创业场地补贴").endswith(WHOLE_3000), body


def test_e01_premises_subsidy_quotes_the_sentence_with_3000_yuan(live_stack):
    p = Person(live_stack, {"channel": "web"})
    # E01's laid-off man now hears of unemployment measures first (nothing of a business said); a person who
    # wants to start one hears of the 3000元 first, with its sentence
    body = text(p.says("我在大连想创业 有啥补贴"))
    # the measure's own sentence (who: 首次领取工商营业执照), then the one with the 3000元 (eval7 R18's ruling)
    assert basis_of(body, "初次创业人员创业场地补贴").endswith(f"{OWN_3000}”{WHOLE_3000}"), body


def test_e15_screening_quote_has_150_yuan_and_keeps_the_key_enterprise_condition(live_stack):
    # a day after 大政发〔2020〕18号 was issued (2020-06-30): before it, its measures are not yet there to claim
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-15"})
    body = text(p.says("咱大连这疫情期间新招的员工做核酸检测能报销不？一个人给多少"))
    # before: "依据：大政发〔2020〕18号（四）：“对疫情防控期间开工的我市疫情防控重点保障企业”" (cut at the bracket)
    line = basis_of(body, "返岗复工人员和新招录员工防疫检测补贴")
    assert KEY_FIRMS in line and "按每人150元的标准给予补贴。" in line, line
    assert "下同〕、重点项目的建设单位和施工单位" in line
    p.says("俺们就是普通饭店 不是啥重点保障企业 能报不")
    body = text(p.says("核酸检测150那条原文咋说的"))
    # before: "…对按照主管部门规定组织从外地返回复工人员…" (the 重点保障企业 condition dropped)
    assert "按每人150元的标准给予补贴" in body, body
    assert f"“{KEY_FIRMS}" in body and "“…对按照主管部门规定组织" not in body, body


def test_e04_tax_deduction_quote_reaches_the_7800_yuan(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    body = text(p.says("我是大连一家饭店的人事，招了4个人 都是登记失业半年以上的 每人每月社保900 一年能补多少"))
    line = basis_of(body, "企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费")
    assert "定额标准为每人每年 7800 元。" in line, line
    p.says("签了，都是2年合同，社保也交了")
    p.says("你问这么多干啥 我刚说了社保交了 直接告诉我一年能补多少")
    body = text(p.says("他们4个都有就业创业证，注明了企业吸纳税收政策，没有贫困户"))
    # before: "…予以定额依次扣减……和企业所得税优惠…" (just before "定额标准为每人每年 7800 元")
    assert "企业所得税优惠，定额标准为每人每年 7800 元。" in body, body
    assert "企业所得税优惠…" not in body
