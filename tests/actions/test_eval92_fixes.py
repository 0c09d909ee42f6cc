"""Evaluation 92's findings (/work/eval92/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_topic_listing_counts_the_clauses_writing_it_in_the_texts_other_words(convo):
    # before (IB03, an officer): "凌政发〔2019〕14号里关于高校毕业生的条款有哪些" said "共5条" and missed 三、（三） ("高校、中职
    # 毕业生") and 四、（七） ("大学生在高新技术领域…")
    body = asked(convo, "凌政发〔2019〕14号中涉及高校毕业生的条款都有哪些", as_of="2026-12-07")
    assert "三、（三）" in body and "四、(七)" in body


def test_a_loan_amount_unwritten_in_the_provinces_clause_is_written_in_the_persons_own_place(convo):
    # before (IA11, a disabled shopkeeper in 凌源, rated 1): "不是大学生 贷款能贷多少" after 辽政发（二） heard "收录的适用于辽宁省的
    # 文件都没有写明创业担保贷款能贷多少", then 凌源's 20万元 graduates' sentence
    asked(convo, "凌源 残疾人 想开个小卖部 有啥补贴", as_of="2026-12-07")
    body = asked(convo, "我不是大学生 贷款最多能贷多少", as_of="2026-12-07")
    assert "都没有写明" not in body and "最高不超过10万元" in body and "20万元" not in body
