"""Over the whole knowledge base: the composer never says "原文没有写明" (or "没有列出") of a clause that
does state it (eval4 N12: "返还多少" after 聊城's 稳岗返还 sentence on 全程网办 was told the text gives
no amount, where the same clause says "返还其上年度实际缴纳失业保险费的50%"). For every clause, every
sentence as the one cited before, and every kind of follow-up (how much / how long / where / how):
when the clause has a sentence stating it, that is quoted instead."""

from __future__ import annotations

import re
from datetime import date

import pytest

from answers.clause_detail import detail
from answers.clause_json import as_hit
from knowledge.records import load_clauses

DAY = date(2020, 7, 1)
ASKED = {"amount": "给多少钱", "times": "能享受多久", "where": "去哪办", "procedure": "要什么材料"}
# what states each kind, written here from the texts, independently of the composer's own patterns
STATES = {
    # a share of people employed ("…实现当年100%就业") is an outcome aimed at, not a sum paid
    "amount": r"\d[\d.]*\s*(?:万元|元|%(?!\s*就业)|倍)|全额|免征|减半",
    # "服务期满…聘用" names the end of a service, no length (eval36 T19: "见习期满留用率" answered "补多久")
    "times": r"\d+\s*个月|[一二两三四五\d]+\s*年(?:内|以上)|期限|延长",
    "where": r"向.{0,14}(?:申请|申领|提出|提交)|到.{0,12}(?:办理|申请|申领)|窗口|网办|经办机构",
    "procedure": r"申领|审核|经办|提交|材料|窗口|网办|受理|手续",
}
NOT_STATED = re.compile(r"原文没有写明|原文没有列出")
# where to apply for one measure is not where to apply for another (eval89 FB02: 聊城 第16条's 创业补贴 was sent to the
# bank of its loans' 展期): a place-to-apply sentence naming a measure the cited one does not is another measure's
OTHER_MEASURE = ("贷款", "贴息", "低保", "救助", "见习", "稳岗返还", "公益性岗位", "住房公积金")


def _of_another_measure(stated: str, cited: str, kind: str) -> bool:
    return kind in ("where", "procedure") and any(n in stated and n not in cited for n in OTHER_MEASURE)


@pytest.mark.parametrize("kind", sorted(ASKED))
def test_not_stated_is_said_only_of_a_clause_that_does_not_state_it(kind: str) -> None:
    wrong = []
    for rec in load_clauses():
        body = [s.text for s in rec.sentences[1:]] or [s.text for s in rec.sentences]  # the heading says none
        stated = [t for t in body if re.search(STATES[kind], t)]
        if not stated:
            continue
        for s in rec.sentences:
            if all(_of_another_measure(t, s.text, kind) for t in stated):
                continue
            reply = detail(as_hit(rec, DAY, [s.text]), kind, DAY, ASKED[kind])
            if NOT_STATED.search(reply.text):
                wrong.append((rec.clause_id, s.text[:30], stated[0][:30]))
    assert wrong == []


def test_how_much_of_liaocheng_wengang_fanhuan_quotes_the_fifty_percent() -> None:
    rec = next(r for r in load_clauses() if r.clause_id.startswith("liaocheng") and "稳岗返还力度" in r.text)
    cited = next(s.text for s in rec.sentences if "全程网办" in s.text)
    reply = detail(as_hit(rec, DAY, [cited]), "amount", DAY, "返还多少")
    assert "返还其上年度实际缴纳失业保险费的50%" in reply.text
    assert "原文没有写明" not in reply.text
