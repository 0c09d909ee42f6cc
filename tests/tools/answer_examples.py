"""Issue 15's examples, answered by the composer of the tree on PYTHONPATH (before/after notes).

Run: PYTHONPATH=<tree> POLICY_HOME=<built var> .venv/bin/python tests/tools/answer_examples.py [--only KEY]
Prints each example as a person reads it: the question, then the composed answer.
"""

from __future__ import annotations

import sys

from answers.clause_answer import search_answer
from answers.summary import summary
from knowledge.eligibility.engine import evaluate
from retrieval.search import search

AS_OF = "2026-11-22"
QUESTIONS = [  # (key, question, region)
    ("apprentice", "凌源企业开展学徒培训有补贴吗，多少钱", "凌源市"),
    ("internship-dalian", "大连见习补贴怎么给", "大连市"),
    ("liaocheng-hard", "聊城企业吸纳就业困难人员稳定就业有岗位补贴吗，补多久", "聊城市"),
    ("veteran", "退役军人创业有什么税收优惠", "大连市"),
    ("veteran-hard", "连续失业1年以上的退役军人能按就业困难人员享受政策吗", None),
    ("disabled-premises", "残疾人开店有房租补贴吗", "大连市"),
    ("partnership", "合伙创业的创业担保贷款最多能贷多少", "聊城市"),
    ("retention", "见习期满留用率高的见习单位有什么补贴", "凌源市"),
    ("model-worker", "劳动模范创业能贷款吗", "凌源市"),
    ("liaocheng-ui", "聊城失业保险金标准是多少", "聊城市"),
    ("lingyuan-intern", "凌源见习补贴标准", "凌源市"),
    ("refund-when", "稳岗返还多久到账", "大连市"),
    ("refund-materials", "稳岗返还要准备什么材料，去哪里办", "大连市"),
]
PROFILES = [  # (key, profile, as_of)
    ("lingyuan-talent", {"applicant_type": "person", "region": "凌源市"}, AS_OF),
    (
        "dalian-firm-q1",
        {
            "applicant_type": "enterprise",
            "region": "大连市",
            "enterprise_size": "small",
            "industry": "餐饮",
            "new_hires_graduates": 3,
        },
        AS_OF,
    ),
    (
        "dalian-firm-2020",
        {
            "applicant_type": "enterprise",
            "region": "大连市",
            "enterprise_size": "small",
            "industry": "餐饮",
            "new_hires_graduates": 3,
        },
        "2020-07-15",
    ),
    ("liaocheng-person", {"applicant_type": "person", "region": "聊城市", "employment_status": "unemployed"}, AS_OF),
    (
        "dalian-2019",
        {
            "applicant_type": "enterprise",
            "region": "大连市",
            "enterprise_size": "small",
            "new_hires_graduates": 4,
            "contract_one_year_plus": True,
            "social_insurance_paid": True,
        },
        "2019-10-01",
    ),
]


def main(only: str | None = None) -> None:
    for key, q, region in QUESTIONS:
        if only and key != only:
            continue
        reply = search_answer(search(q, region=region, top_k=5, as_of=AS_OF).model_dump())
        print(f"### {key}\n问（{region or '不限地区'}）：{q}\n\n```\n{reply.text}\n```\n")
    for key, profile, as_of in PROFILES:
        if only and key != only:
            continue
        reply = summary(evaluate(profile, as_of))
        print(f"### {key}\n情况：{profile}，按{as_of}\n\n```\n{reply.text}\n```\n")


if __name__ == "__main__":
    main(sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--only" else None)
