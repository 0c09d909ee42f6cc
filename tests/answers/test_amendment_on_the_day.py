"""A later text changes a period only from its own issue date (eval6 E11).

凌政发〔2019〕14号三、（二） "2019年1月1日至12月31日，困难企业组织开展职工在岗培训…" was extended to
2020-12-31 by 辽政发〔2020〕9号 (issued 2020-04-02). Asked as of 2019-06-01 the reply said "第二句实施期限至
2020年12月31日" and "经辽政发〔2020〕9号…延长至2020年12月31日" while the summary said 2019-12-31. Every
amended sentence of the knowledge base, a day before and on its amendment's issue date: the clause
answer (bot, WeChat, console 答复口径), the clause's badge (console list, search) and the rules engine
(first reply, summary) all say the same end.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from answers.clause_record import record_block
from answers.dates import cn_date
from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.periods import validity_result
from knowledge.records import load_clauses
from knowledge.validity import describe, in_effect


def amended_sentences():
    out = []
    for rec in load_clauses():
        for s in rec.sentences:
            for change in s.validity.changes if s.validity else ():
                out.append((rec, s, change))
    return out


CASES = amended_sentences()


def test_the_knowledge_base_has_amended_sentences():
    assert CASES, "rules/amendments.yaml names amended sentences; none carried into the records"
    assert any(rec.clause_id == "lingyuan-2019-14:3.2" for rec, _, _ in CASES)


def rule_end(rec, s, day: date) -> str | None:
    """The end the engine gives the rule reading this sentence (first reply, summary)."""
    engine = default_engine()
    ends = set()
    for rule in engine.rules:
        if rule.id in engine.amended and "".join(rule.validity.quote.split()) in "".join(s.text.split()):
            issued = engine.records[rule.citations[0].clause_id].issued
            ends.add(validity_result(rule.validity, day, issued, engine._amendment(rule, day))["end"])
    assert len(ends) <= 1, ends
    return next(iter(ends), None)


@pytest.mark.parametrize(("rec", "s", "change"), CASES, ids=lambda x: getattr(x, "clause_id", None))
def test_a_day_before_the_amending_text_the_sentence_keeps_its_own_period(rec, s, change):
    before, after = change.since - timedelta(days=1), change.since
    own = s.validity.end
    assert in_effect(s.validity, before).end == own and in_effect(s.validity, after).end == change.end
    for day, end, other in ((before, own, change.end), (after, change.end, own)):
        answer, cite = record_block(rec, day, [s.index])
        assert cite["validity"]["end"] == end.isoformat(), day
        assert describe(s.validity, day)["end"] == end.isoformat()
        said = answer.split("责任单位：", 1)[-1]
        assert f"至{cn_date(end)}" in said, (day, said)
        if other.isoformat() not in "".join(s.text.split()):  # a date the sentence itself does not state
            assert f"至{cn_date(other)}" not in said, (day, said)
            assert rule_end(rec, s, day) == end.isoformat(), day
    # the amending text is named only once it exists
    before_answer = record_block(rec, before, [s.index])[0]
    after_answer = record_block(rec, after, [s.index])[0]
    assert "实施期限延长至" not in before_answer and "实施期限延长至" in after_answer
    # the clause's own badge (console list, search filter): never later than its sentences then
    latest_before = max(
        in_effect(x.validity, before).end for x in rec.sentences if x.validity and x.validity.end is not None
    )
    assert describe(rec.validity, before)["end"] == latest_before.isoformat()


def test_e11_lingyuan_on_job_training_on_2019_06_01():
    rec = next(r for r in load_clauses() if r.clause_id == "lingyuan-2019-14:3.2")
    s = next(x for x in rec.sentences if "困难企业组织开展职工在岗培训" in x.text)
    answer, _ = record_block(rec, date(2019, 6, 1), [s.index])
    assert "实施期限至2019年12月31日，按2019年6月1日计仍在实施期内" in answer
    assert "2020年12月31日" not in answer and "辽政发" not in answer
    answer, _ = record_block(rec, date(2020, 2, 1), [s.index])
    assert "实施期限至2019年12月31日，已到期（按2020年2月1日计）" in answer
    answer, _ = record_block(rec, date(2020, 6, 1), [s.index])
    assert "实施期限至2020年12月31日，按2020年6月1日计仍在实施期内" in answer and "辽政发〔2020〕9号" in answer
