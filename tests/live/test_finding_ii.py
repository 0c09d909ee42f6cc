"""The right measure and the right sentence: the 12345 supervisor's fourth evaluation (eval4 findings
1, 2, 4, 6), end to end through POST /api/v1/chat with the real Rasa and action server. One test per
person, asserting what they read. The messages are the evaluation's own (live tests may use them; they
are never NLU examples, lexicon phrases or clause_questions.yaml questions).

    .venv/bin/python -m pytest tests/live/test_finding_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import clause_ids, text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


# ---- 1: a measure described, not named ------------------------------------------------------------
def test_graduate_come_to_lingyuan_asking_about_buying_a_home_hears_of_the_housing_allowance(live_stack):
    body = text(Person(live_stack).says("我是外地来凌源工作的大学生 买房有补贴吗"))
    assert "人才安家补助" in body


def test_newcomer_in_lingyuan_short_of_money_reads_lingyuans_own_living_allowance_first(live_stack):
    reply = Person(live_stack).says("刚来凌源上班 生活困难有啥补助")
    assert clause_ids(reply)[0] == "lingyuan-2019-14:1.5"
    assert "可给予临时生活补助" in text(reply)


# ---- 2: 示范县 is no 河南省范县 ------------------------------------------------------------------------
def test_a_demonstration_county_is_not_read_as_fan_county_in_henan(live_stack):
    body = text(Person(live_stack).says("我们县是省级创业示范县 有什么扶持政策"))
    assert "河南" not in body and "范县" not in body.replace("示范县", "")


# ---- 4: never "原文没有写明" of what the clause writes -----------------------------------------------
def test_liaocheng_wengang_fanhuan_how_much_reads_the_fifty_percent(live_stack):
    p = Person(live_stack)
    p.says("聊城 稳岗返还政策")
    body = text(p.says("返还多少"))
    assert "返还其上年度实际缴纳失业保险费的50%" in body and "原文没有写明" not in body


# ---- 6: a long clause looked up by number fits a phone screen; "全文" gives all of it ------------
def test_clause_nine_by_number_is_its_first_sentences_then_whole_on_request(live_stack):
    p = Person(live_stack)
    first = text(p.says("大政发〔2020〕18号第九条说的啥"))
    assert "本条共9句" in first and "回复“全文”" in first and "最接近" not in first
    assert "对同一类人员的补助或补贴不可同时享受" not in first
    whole = text(p.says("全文"))
    assert "对同一类人员的补助或补贴不可同时享受" in whole and "本条共9句" not in whole
