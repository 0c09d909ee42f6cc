"""Evaluation 8's leftovers answered from the text (findings F12, F22, bracket widths), over the real
knowledge base and search: what the person reads."""

from __future__ import annotations

import re
from datetime import date

from actions.turns import definition_reply
from answers import citations
from answers.clause_answer import NO_AMOUNT, search_answer
from knowledge.records import load_clauses
from retrieval.search import search

DAY = date(2026, 12, 3)


def _answer(question: str, region: str) -> str:
    return search_answer(search(question, region=region, top_k=5, as_of=DAY).model_dump()).text


def test_f12_unemployment_insurance_per_month_is_not_answered_with_the_unemployment_assistance_sentence():
    body = _answer("失业保险金现在一个月能领多少", "辽宁省")
    # before: "…不符合领取失业保险金条件等情形的参保失业人员，发放失业补助金。" (another benefit)
    assert "临时性提高失业保险金发放标准" in body and "发放失业补助金" not in body
    assert NO_AMOUNT in body


def test_what_comes_after_unemployment_insurance_is_still_the_assistance_sentence():
    assert "发放失业补助金" in _answer("失业金领完了还能领啥", "辽宁省")


def test_a_loan_question_asking_how_much_and_where_keeps_the_amount_sentence():
    body = _answer("聊城创业担保贷款最高能贷多少，去哪申请，多久能批下来", "聊城市")
    assert "最高额度提高为20万元" in body and "原文没有写明办理时限" in body


def test_f22_a_group_the_list_does_not_name_is_said_not_listed_first():
    body = definition_reply("那高校毕业生算不算", "大连市", DAY, "什么算就业困难人员").text
    first, second = body.split("\n")[:2]
    assert first.startswith("原文列出的就业困难人员范围里没有单列“高校毕业生”") and "以经办部门认定为准" in first
    assert second.startswith("大连市的文件写明：")
    assert "范围包括城镇零就业家庭成员" in body


def test_a_listed_group_and_a_vague_one_get_no_not_listed_line():
    assert "没有单列" not in definition_reply("单亲妈妈算不算就业困难人员", "凌源市", DAY).text
    assert "没有单列" not in definition_reply("我这种情况算不算就业困难人员", "凌源市", DAY).text


def test_every_clause_label_is_said_in_full_width_brackets():
    # 大政发〔2020〕18号 prints "(十五)" beside "（九）", 凌政发〔2019〕14号 "四、(七)"
    said = [citations.where(_card(r)) for r in load_clauses() if r.kind == "clause"]
    assert len(said) > 100
    assert not [w for w in said if re.search(r"\([一二三四五六七八九十]+\)", w)]


def _card(rec) -> dict:
    return {
        "clause_id": rec.clause_id,
        "clause_label": rec.clause_label,
        "doc_title": "文件",
        "doc_number": "号",
    }


def test_f22_without_a_place_the_group_question_still_reads_the_definition():
    # before: 凌源's "…高校毕业生的公益性岗位…上浮" sentence, nearest to the group's words, quoted as a definition
    body = definition_reply("那高校毕业生算不算", None, DAY, "什么算就业困难人员").text
    assert body.startswith("原文列出的就业困难人员范围里没有单列“高校毕业生”") and "凌政发" not in body


def test_a_document_not_held_is_said_so_before_the_nearest_clause():
    # eval9 G34: "鲁政发〔2020〕5号第几条讲稳岗返还" was answered with 聊城 第5条 as if it were that document
    body = search_answer(search("鲁政发〔2020〕5号第几条讲稳岗返还", top_k=5, as_of=date(2020, 6, 1)).model_dump()).text
    assert body.startswith("收录的文件中没有鲁政发〔2020〕5号的原文") and "不是鲁政发〔2020〕5号本身" in body
