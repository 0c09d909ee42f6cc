"""Validity told for the day asked (eval6 findings-A §6, E04 and E14), over the whole knowledge base.

E04: 大政发〔2020〕18号（二） "2021年12月31日前，对企业招用…3年内…7800元" read "（原文未载明申请期限）" on
2020-08-01, while hiring was still open: in force, said as the text does.
E14: 辽政发〔2020〕9号（十四） "给予省内院校湖北籍2020届高校毕业生一次性求职创业补贴" read only "有效期未知" on
2020-06-15, though its document was issued on 2020-04-02: it had started; no end is stated.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers import validity_words
from answers.clause_record import record_block
from answers.dates import cn_date
from knowledge.eligibility.engine import default_engine, evaluate
from knowledge.records import load_clauses

E04 = {
    "applicant_type": "enterprise",
    "region": "大连市",
    "new_hires_long_term_unemployed": 4,
    "hires_hold_tax_certificate": True,
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
}


def _benefit(result: dict, rule_id: str) -> dict:
    return next(b for b in result["benefits"] if b["benefit_id"] == rule_id)


def test_e04_7800_is_in_force_while_hiring_is_open_and_said_as_the_text_does():
    b = _benefit(evaluate(E04, date(2020, 8, 1)), "dalian-2020-18.tax-deduction-7800")
    assert b["validity"]["status"] == "active"
    assert validity_words.badge(b["validity"]) == "现行（2021年12月31日前招用的可享受，每人最长3年）"
    closed = _benefit(evaluate(E04, date(2022, 3, 1)), "dalian-2020-18.tax-deduction-7800")
    assert closed["validity"]["status"] == "unknown"  # hires before then keep their 3 years; no claim deadline
    assert validity_words.badge(closed["validity"]) == "原文未载明申请期限（2021年12月31日前招用的可享受，每人最长3年）"
    rec = next(r for r in load_clauses() if r.clause_id == "dalian-2020-18:1.2")
    s = next(x for x in rec.sentences if x.text.startswith("2021 年 12 月 31 日前"))
    answer, _ = record_block(rec, date(2020, 8, 1), [s.index])
    assert "2021年12月31日前招用的，自签订劳动合同并缴纳社会保险当月起3年内享受" in answer
    assert "按2020年8月1日计仍在该期间内" in answer


def test_every_window_rule_is_in_force_exactly_while_its_event_can_happen():
    engine = default_engine()
    checked = 0
    for rule in engine.rules:
        w = rule.window
        if not (w and w.said and w.end):
            continue
        issued = engine.records[rule.citations[0].clause_id].issued
        for day in (w.end - timedelta(days=1), w.end, w.end + timedelta(days=1)):
            b = _benefit(evaluate({"applicant_type": rule.applicant_types[0]}, day), rule.id)
            status, label = b["validity"]["status"], validity_words.badge(b["validity"])
            if issued and day < issued:
                assert status == "not_started", (rule.id, day)
            elif day <= w.end:
                assert status == "active" and label.startswith("现行（"), (rule.id, day, label)
            else:
                assert status != "active" and "现行" not in label, (rule.id, day, label)
            checked += 1
    assert checked >= 6


def test_e14_liaoning_hubei_graduates_had_started_on_2020_06_15():
    rec = next(r for r in load_clauses() if r.clause_id == "liaoning-2020-9:4.14")
    s = next(x for x in rec.sentences if "湖北籍2020届" in x.text)
    v = validity_words.own(rec, s, date(2020, 6, 15))
    assert validity_words.badge(v) == "有效期未知（2020年4月2日印发，未载明施行和截止日期）"
    before = validity_words.own(rec, s, date(2020, 3, 1))
    assert validity_words.badge(before) == "未开始（文件2020年4月2日印发，自该日起实施）"


def test_every_sentence_stating_no_period_says_it_started_with_its_document_and_never_current():
    checked = 0
    for rec in load_clauses():
        if rec.issued is None:
            continue
        for s in rec.sentences:
            if s.validity is not None:
                continue
            after = next((p for p in rec.sentences if p.index == s.index + 1), None)
            if after is not None and after.validity is not None and after.text.startswith("上述企业"):
                continue  # "上述企业的…实施期限均延长至2020年12月31日": that period is this sentence's (eval9 G29)
            label = validity_words.badge(validity_words.own(rec, s, rec.issued + timedelta(days=30)))
            if label.startswith("有效期未知（与疫情"):
                continue
            assert label == f"有效期未知（{cn_date(rec.issued)}印发，未载明施行和截止日期）", (
                rec.clause_id,
                s.index,
            )
            checked += 1
    assert checked > 300
