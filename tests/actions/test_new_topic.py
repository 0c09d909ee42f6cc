"""A new question is not a follow-up on the clause just cited (evaluation 5 §2): the gate's verdict,
the clause's own sentence on the measure named, and the fresh answer of the place. Real records and
the real search; the live conversations are in tests/live/test_new_question.py."""

from __future__ import annotations

from datetime import date

from actions import new_topic
from actions.clause_in_play import clause_hit, own_words
from answers import clause_detail

UNEMPLOYMENT_90 = {"clause_id": "liaocheng-2020:6.21"}  # 聊城 第21条 失业保险金 90%
RETURN_50 = {"clause_id": "liaocheng-2020:2.5"}  # 聊城 第5条 稳岗返还 50%
GRADUATES = {"clause_id": "dalian-2017-46:4.12"}  # 大政发〔2017〕46号（十二）
DEFERRAL = {"clause_id": "liaocheng-2020:2.4"}  # 聊城 第4条 免减缓延


def verdict(text: str, cite: dict) -> str | None:
    return new_topic.verdict(text, own_words(text), cite)


def test_a_measure_the_clause_never_names_is_a_new_question():
    # "补贴多少" swallowed the topic and left "创业": two characters used to pass as a follow-up
    assert verdict("创业补贴多少钱", UNEMPLOYMENT_90) == "new"
    assert verdict("能贷多少钱", UNEMPLOYMENT_90) == "new"  # "贷": a loan this clause never speaks of


def test_the_clauses_own_measure_with_a_qualifier_stays_on_the_clause():
    assert verdict("中小微企业返多少", RETURN_50) == "own"
    assert verdict("缓多长时间", DEFERRAL) == "own"
    assert verdict("能贷多少钱", GRADUATES) == "own"  # 46号（十二） speaks of 创业担保贷款 贴息


def test_plain_follow_ups_are_left_to_the_old_gate():
    for text in ("补多少", "去哪办", "啥时候截止", "要啥材料", "具体标准是多少钱 大连的"):
        assert verdict(text, RETURN_50) is None, text
    assert verdict("返乡创业的呢", {"clause_id": "no-such:1"}) is None


def test_the_sentence_on_the_measure_named_is_the_one_asked_about():
    assert "创业担保贷款贴息" in new_topic.measure_sentence("能贷多少钱", GRADUATES)
    assert "返还其上年度实际缴纳失业保险费的50%" in new_topic.measure_sentence("中小微企业返多少", RETURN_50)


def test_what_the_clause_does_not_single_out_is_said():
    line = new_topic.unsaid_line("中小微企业返多少", own_words("中小微企业返多少"), RETURN_50)
    assert "本条没有对中小微企业另定标准" in line and "以经办部门认定为准" in line
    loan = new_topic.unsaid_line("能贷多少钱", own_words("能贷多少钱"), GRADUATES)
    assert "没有写明创业担保贷款能贷多少" in loan
    assert new_topic.unsaid_line("补多少", own_words("补多少"), RETURN_50) == ""


def test_a_new_measure_with_no_figure_in_the_place_says_so_and_quotes_its_clauses():
    reply = new_topic._measure_answer("创业补贴多少钱", "amount", "创业", "聊城市", date(2020, 4, 1))
    assert reply is not None
    assert reply.text.startswith("聊城市的文件没有写明创业补贴的具体金额")
    assert "个人创业担保贷款最高额度提高为20万元" in reply.text
    assert "同等享受创业扶持政策" in reply.text
    assert "90%" not in reply.text
    assert {c["clause_id"] for c in reply.citations} == {"liaocheng-2020:5.16", "liaocheng-2020:5.15"}


def test_an_amount_follow_up_without_own_words_gives_every_group_of_the_measure():
    # 辽政发（十）: 1000元 for 防疫物资 enterprises, 3至6个月社保费 for graduates (each city's figure)
    hit = clause_hit(
        {"clause_id": "liaoning-2020-9:3.10", "quote": "对生产、配送疫情防控急需物资，在疫情防控期间新招用员工就业"},
        date(2020, 6, 1),
    )
    assert hit is not None
    text = clause_detail.detail(hit, "amount", date(2020, 6, 1), "招了5个人 能补多少", about="招5").text
    assert "不超过1000元标准的一次性吸纳就业补贴" in text
    assert "按企业为其缴纳3至6个月社会保险费标准给予一次性吸纳就业补贴，具体标准由各市政府确定" in text
