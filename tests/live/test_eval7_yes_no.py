"""The 12345 supervisor's seventh evaluation (/work/eval7/findings.md, section 2 and parts of 5 and 8): a
yes/no question ("能不能报，直接说", "能还是不能", "有还是没有") is answered 能/不能/没有 first, from the cited
clause's conditions and the facts said, never with generic enterprise burden-relief sentences. The messages and
dates are the evaluation's own (R10, R09, R03, R14), end to end through POST /api/v1/chat.

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval7_yes_no.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

BURDEN = "多措并举减轻企业和个体工商户税费、房租、电价等负担"


def test_r10_an_ordinary_restaurant_is_told_no_and_why(live_stack):
    # a day after 大政发〔2020〕18号 was issued (2020-06-30): before it, its measures are not yet there to claim
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-15"})
    p.says("咱大连这疫情期间新招的员工做核酸检测能报销不？一个人给多少")
    p.says("俺们就是普通饭店 不是啥重点保障企业 能报不")
    quoted = text(p.says("核酸检测150那条原文咋说的"))
    # （四）names 市卫生健康委 only as who picks the hospitals: not the one to ask
    assert "向市卫生健康委咨询" not in quoted and "市人力资源社会保障局" in quoted
    body = text(p.says("那俺们普通饭店到底能不能报，直接说"))
    assert body.startswith("不能。"), body
    assert "重点保障企业或重点项目的建设单位、施工单位" in body and "按您说的情况不符合" in body
    assert "150元" in body and "100元" in body
    assert "尚未实施" not in body  # in force on 2020-07-15: the reason is the condition alone
    assert BURDEN not in body and "向市卫生健康委咨询" not in body


def test_r09_a_sole_trader_is_told_yes_once_recognised(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    p.says("个体户能享受创业带头人社保补贴吗 我在辽宁朝阳开了个小饭馆 雇了3个下岗的")
    p.says("我开饭馆的 跟工程有啥关系 你就说个体户能不能享受创业带头人社保补贴")
    p.says("否")
    body = text(p.says("我就想知道个体户能不能享受，你直接说能还是不能"))
    assert body.startswith(
        "能，但须先被认定为创业带头人：被认定为创业带头人的个体工商户可参照享受创业带头人社会保险补贴政策"
    ), body
    assert "辽政发〔2020〕9号）第（二）条" in body and BURDEN not in body


def test_r03_liaoning_has_no_graduate_small_firm_subsidy_liaocheng_does(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-01"})
    first = text(p.says("大學畢業生到小微企業就業有社保補貼嗎？我在瀋陽"))
    assert "辽宁省文件里没有大学毕业生到小微企业就业的社保补贴" in first
    p.says("不對，我是個人，我是畢業生，剛畢業找到工作")
    p.says("不知道")
    body = text(p.says("那到底有沒有畢業生去小微企業的社保補貼？直接說"))
    assert body.startswith("辽宁省文件里没有毕业生去小微企业的社保补贴"), body
    assert "离校2年内未就业高校毕业生，到小微企业就业或灵活就业的，给予社会保险补贴" in body
    assert "第7条" in body and BURDEN not in body
    moved = text(p.says("那聊城有这个政策吗"))
    assert "“大学毕业生到小微企业就业有社保补贴吗？”" in moved and "我在”" not in moved
    body = text(p.says("你就直接说，辽宁省有还是没有"))
    assert body.startswith("辽宁省文件里没有"), body
    assert "聊城市" in body and "就业创业先进奖评选" not in body
    body = text(p.says("算了，我在沈阳到底能不能领，能还是不能"))
    assert body.startswith("按收录的文件，不能：辽宁省文件里没有"), body
    assert "见习" not in body


def test_r14_chaoyang_is_told_the_province_sets_no_flexible_subsidy_standard(live_stack):
    p = Person(live_stack)
    p.says("灵活就业是什么意思")
    body = text(p.says("那灵活就业有社保补贴吗，我在朝阳市"))
    assert body.count("辽宁省文件里没有灵活就业的社保补贴") == 1, body
    assert "它没有规定该项补贴本身的标准和期限" in body
    assert "政策享受期限可延长1年，实施期限为2020年1月1日至12月31日" in body and "已到期" in body
    assert "12345" in body or "责任单位" in body
