"""eval8 (findings-B §1, §5, §9; findings-A §4): a follow-up is answered from the clause just cited."""

from __future__ import annotations

from actions.cited_replies import ActionAnswerQuestion
from tests.actions.conftest import answer_texts


def _ask(convo, text: str, as_of: str = "2020-07-01", **meta) -> str:
    convo.say(text, "ask_policy", metadata={"as_of": as_of, **meta})
    msgs, _ = convo.run(ActionAnswerQuestion())
    return "\n".join(answer_texts(msgs))


def test_in_force_after_a_clause_the_dialogue_never_heard_stays_on_it(convo):
    # F21: turn 1 was answered by the search fallback (Rasa busy); the API sends it as "unheard"
    said = _ask(convo, "现在还执行吗", "2026-12-03", unheard=["凌源那个文件三、（二）"])
    assert "凌政发〔2019〕14号" in said and "辽政发〔2020〕9号）：" not in said
    assert "2019 年 1 月 1 日至 2020 年 12 月 31 日" in said and "已到期" in said


def test_per_person_after_the_employers_clause_is_the_employers_amounts(convo):
    # F18: turn 1 answered by the fallback; "一个人能领多少？要啥材料" is an employer's question about (九)
    said = _ask(convo, "一个人能领多少？要啥材料", unheard=["大政发〔2020〕18号第九条"])
    assert "大政发〔2020〕18号）第（九）条" in said and "人力资源服务机构" not in said
    assert "给予每人2000元一次性吸纳就业补助" in said and "原文未写申请材料" in said


def test_a_mistyped_issuer_still_names_the_document_and_its_clause(convo):
    # F28: "辽正发" for 辽政发; 第三条 was answered with （十九）
    said = _ask(convo, "辽正发2020 9号 第三条", "2020-06-01")
    assert "辽政发〔2020〕9号）第（三）条“构建和谐劳动关系”" in said and "（十九）" not in said


def test_a_clause_number_the_document_has_not_shows_no_other_clause_as_the_answer(convo):
    said = _ask(convo, "辽政发2020 9号 第三十条", "2020-06-01")
    assert "根据" not in said and "（十九）" not in said and "没有找到您说的“第三十条”" in said


def test_a_lookup_naming_a_topic_reads_that_sentence_first(convo):
    # F26 T5: the first 2 of 9 sentences, not the 8th on when to apply
    said = _ask(convo, "18号文第九条 申请时间", "2020-07-10")
    first_quote = next(line for line in said.split("\n") if line.startswith("“"))
    assert first_quote.startswith("“申请日期原则上为疫情解除后3个月内")
    assert "以上是其中" in said


def test_a_figure_named_in_a_follow_up_picks_the_cited_measure_holding_it(convo):
    # F26 T4: "2500那个" after a list quoting 18号（九）'s 2500元/人 → "没有找到…" and 46号（十三）
    _ask(convo, "大连公司招应届大学生有补贴吗", "2020-07-10")
    said = _ask(convo, "2500那个要啥材料，去哪办", "2020-07-10")
    assert said.startswith("关于《大连市人民政府关于进一步做好稳就业工作的实施意见》（大政发〔2020〕18号）第（九）条")
    assert "申请日期原则上为疫情解除后3个月内" in said and "没有找到" not in said


def test_a_measure_asked_after_a_document_as_a_whole_is_that_documents_clause(convo):
    # F32: "那创业担保贷款最多能贷多少" after 46号 → the document's opening sentence; "凌源的呢" → a dead end
    _ask(convo, "大政发〔2017〕46号现在还有效吗", "2026-12-03")
    said = _ask(convo, "那创业担保贷款最多能贷多少", "2026-12-03")
    assert "大政发〔2017〕46号）第（八）条" in said and "现提出以下意见" not in said
    said = _ask(convo, "凌源的呢", "2026-12-03")
    assert "凌政发〔2019〕14号）四、（七）" in said and "最高不超过10万元" in said
