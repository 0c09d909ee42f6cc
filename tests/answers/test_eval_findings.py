"""What the evaluation of 2026-12-02 (/work/eval/findings.md) found wrong in what answers say, each
as the person reads it, on the real knowledge base and search."""

from __future__ import annotations

import re
from datetime import date

import pytest

from answers.clause_answer import search_answer
from answers.clause_detail import detail
from answers.departments import named_unit
from retrieval.search import search

# the lead ends where the other rules begin, however they are headed (own place or another)
OTHERS = "其他(?:地区或人群的)?相关规定"

DAY = date(2026, 12, 2)


def _answer(q: str, region: str | None = None):
    return search_answer(search(q, region=region, top_k=5, as_of=DAY).model_dump())


def _follow_up(first: str, words: str, kind: str):
    """As the dialogue does it (actions.turns): the clause just cited, found again by its quote."""
    cite = _answer(first).citations[0]
    found = search(cite["quote"][:120], top_k=50, as_of=DAY, doc_ids=(cite["clause_id"].split(":")[0],))
    hit = next(h for h in found.model_dump()["results"] if h["clause_id"] == cite["clause_id"])
    return detail(hit, kind, DAY, words)


@pytest.mark.parametrize(
    "q, clause, sentences, must",
    [
        # eval44 D13, D15, D16 (agents): a clause asked for by number alone is read whole up to 720 characters
        ("18号文第十五条", "dalian-2020-18:3.15", 9, None),
        ("大政发〔2020〕18号第九条", "dalian-2020-18:2.9", 7, "（本条共9句，以上是前7句；回复“全文”查看全部）"),
    ],
)
def test_a_clause_asked_for_by_number_is_its_first_screen_and_never_called_the_closest(q, clause, sentences, must):
    reply = _answer(q)
    assert reply.citations[0]["clause_id"] == clause and not reply.meta["low_confidence"]
    assert "最接近" not in reply.text
    quoted = [line for line in reply.text.split("\n") if line.startswith("“")]
    # its first sentences, whole, on a phone screen; the rest on "全文" (eval4 finding 6)
    assert len(quoted) == sentences and (must in reply.text.split("\n") if must else "全文" not in reply.text)


def test_a_follow_up_on_how_long_stays_on_the_measure_and_its_own_validity():
    reply = _follow_up("我是残疾人 在大连 想租个门面开个修鞋铺 第一次办执照 有补贴吗", "一年能给多少 能给几年", "times")
    assert "6000元/年的创业场地补贴" in reply.text and "补贴期限不超过24个月" in reply.text
    assert "灵活就业社会保险补贴政策期满" not in reply.text  # the neighbouring measure and its 2020-12-31
    assert "已到期" not in reply.text and "原文未载明实施期限" in reply.text
    assert "市商务局咨询" not in reply.text  # the first unit of the list is not the one to ask


def test_how_often_is_answered_by_the_rule_on_combining():
    reply = _follow_up("大政发〔2020〕18号第九条", "那能领几次", "times")
    assert reply.text.split("\n")[1] == "“对同一类人员的补助或补贴不可同时享受。”"


def test_a_measures_period_stated_by_the_next_sentence_is_said():
    reply = _answer("聊城人力资源公司 介绍40个技校毕业生到企业就业 职业介绍补贴多少")
    assert "按每人120元标准给予职业介绍补贴" in reply.text
    assert "“职业介绍补贴自2020年2月4日起实施，有效期暂定3个月。”" in reply.text
    assert "实施期限至2020年5月3日，已到期" in reply.text and "未载明实施期限" not in re.split(OTHERS, reply.text)[0]


def test_a_clause_of_a_document_numbering_each_part_anew_names_its_part():
    reply = _answer("凌源企业开展学徒培训有补贴吗，多少钱", "凌源市")
    assert "（凌政发〔2019〕14号）三、（二）“支持企业培训稳定职工队伍”" in reply.text


def test_an_extension_of_other_measures_is_not_said_of_the_quoted_one():
    reply = _answer("凌源企业开展学徒培训有补贴吗，多少钱", "凌源市")
    assert "学徒每人每年的补贴标准" in reply.text and "延长至2020年12月31日" not in reply.text


def test_the_unit_to_ask_is_one_the_sentence_names_as_acting_not_as_receiving():
    receiving = "对各类公共就业人才服务机构、经营性人力资源服务机构，介绍…的，按每人120元标准给予职业介绍补贴。"
    assert named_unit(["市人力资源社会保障局"], [receiving]) is None
    assert named_unit(["各市政府"], ["具体标准由各市政府确定，实施期限至2020年12月31日。"]) == "各市政府"
