"""Validity told for the day asked, end to end through POST /api/v1/chat with the real Rasa and action
server: the 12345 supervisor's sixth evaluation (/work/eval6/findings-A.md §6). The messages are the
evaluation's own.

E11 (2019-06-01): the 凌源 in-post training subsidy runs "2019年1月1日至12月31日"; the 2020 extension did
not exist yet. E04 (2020-08-01): the 7800 deduction is in force while hiring before 2021-12-31 is
open. E14 (2020-06-15): 辽政发〔2020〕9号（十四） had started on 2020-04-02.

    .venv/bin/python -m pytest tests/live/test_eval6_amend.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def test_e11_lingyuan_training_on_2019_06_01_is_its_own_period_everywhere(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2019-06-01"})
    first = text(p.says("我老公在凌源一个厂上班，厂里效益不好，听说企业培训有补贴，他们厂搞培训能补多少"))
    assert "2020年12月31日" not in first, first
    body = text(p.says("交了。厂里确实困难，这次培训一共花了5万块"))
    # before: "第二句实施期限至2020年12月31日，按2019年6月1日计仍在实施期内" and "（本条中该文所列措施经辽政发〔2020〕9号
    # 一、（一）实施期限延长至2020年12月31日：…）" — a text issued on 2020-04-02
    assert "2020年12月31日" not in body and "延长至" not in body, body
    if "困难企业组织开展职工在岗培训" in body:
        assert "实施期限至2019年12月31日，按2019年6月1日计仍在实施期内" in body, body


def test_e04_7800_is_in_force_while_hiring_is_open(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    body = text(p.says("我是大连一家饭店的人事，招了4个人 都是登记失业半年以上的 每人每月社保900 一年能补多少"))
    assert "定额扣减税费" in body, body
    # before: "企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费（原文未载明申请期限）"
    assert "定额扣减税费（现行（2021年12月31日前招用的可享受，每人最长3年））" in body, body


def test_e14_liaoning_hubei_graduates_started_on_2020_04_02(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-15"})
    body = text(p.says("湖北籍的2020届毕业生在大连上大学，有一次性求职补贴吗，多少钱"))
    assert "给予省内院校湖北籍2020届高校毕业生一次性求职创业补贴" in body, body
    # before: "（辽政发〔2020〕9号）（十四）（辽宁省，有效期未知）：", under 大连's not yet issued 18号（十三）; now the
    # province's text, in force that day, leads and says it has begun; 大连's, not yet issued, is not listed
    assert body.startswith(
        "根据《辽宁省人民政府关于深入实施就业优先政策进一步做好稳就业工作的若干意见》（辽政发〔2020〕9号）第（十四）条"
    ), body
    assert (
        "该项规定出自2020年4月2日印发的文件（未写施行日期），原文未载明实施期限，是否仍在执行需经办部门确认" in body
    ), body
    assert "大政发〔2020〕18号" not in body, body
