"""The eleventh evaluation's findings (/work/eval11/ findings-A.md, findings-B.md), end to end through POST
/api/v1/chat with the real Rasa and action server: what the person reads after the fixes. The messages are the
evaluation's own or written after it (live tests may use them; they are not NLU training examples).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval11.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def test_i22_a_fact_after_the_summary_and_a_refused_transfer_are_not_hand_offs(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-08"})
    p.says("你好，我在大连开了个小厂子，想问下今年稳岗返还咋返")
    body = text(p.says("不对 我在凌源 厂子在凌源不是大连"))
    assert "贵企业是否依法参加失业保险并足额缴费" in body  # the question the correction interrupted, again
    for said in ("参保了 一直足额交的", "我没说转人工啊 我是说我们厂参保了 足额缴费的 能返多少"):
        reply = text(p.says(said))
        assert "转接编号" not in reply and "为您转人工服务" not in reply, reply


def test_i28_who_leads_and_the_telephone_are_answered(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    p.says("大政发〔2017〕46号第六条")
    body = text(p.says("这条谁牵头 电话多少"))
    assert "（牵头）" in body and "原文未载明各单位的联系电话" in body and "转接编号" not in body


def test_i26_a_place_waved_away_is_not_answered_from(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-25"})
    p.says("俺想整个小卖店 有啥钱能给俺不")
    body = text(p.says("啥聊城啊 俺在大连 甘井子这旮"))
    assert "按聊城市的政策" not in body, body


def test_a_man_of_57_hears_his_years_reckoned_not_asked(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    p.says("俺57了 在大连 失业了 失业金领完了 还能接着领不")
    body = text(p.says("男"))  # asked 性别 (it settles the years), not "您距离法定退休年龄还有几年"
    for _ in range(3):
        if "按您说的年龄（57岁，男）推算" in body:
            break
        body = text(p.says("不是"))
    assert "不符合“距离法定退休年龄不足1年”（按您说的年龄（57岁，男）推算，距法定退休年龄约2至3年）" in body, body
    assert "贵企业" not in body and "创业带头人" not in body


def test_k07_a_deposit_made_inside_the_period_is_not_told_no_refund(live_stack):
    body = Person(live_stack, {"channel": "web", "as_of": "2020-08-10"}).after(
        "我们是大连的建筑公司，想问下农民工工资保证金现在还能缓存吗？我们5月份新开的项目存了80万保证金，能退不",
        "失业保险交着呢。我就问5月份存的那80万能不能退？现在8月了还来得及不",
    )
    # before (eval13 K07): "原文没有写已经交了的能否退还…不能。…已到期", though the text says "对在此期间新存储的…予以返还"
    assert not body.startswith("不能") and "原文没有写已经交了的能否退还" not in body, body
    assert "不能。大政发〔2020〕18号实施期限至2020年6月30日" not in body


def test_k17_a_count_corrected_with_the_old_one_denied(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-10"})
    p.says("你好 我们是大连的一家软件公司 今年招了8个应届毕业生 签的都是3年合同 社保也交了 能有啥补贴")
    body = text(p.says("说错了 是6个 不是8个"))
    # before (eval13 K17): "抱歉，没听明白", and "已知8人…至少20000元" later
    assert "新招用的毕业年度高校毕业生人数：6" in body and "没听明白" not in body
