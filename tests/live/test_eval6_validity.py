"""A measure's validity as the person reads it, end to end through POST /api/v1/chat with the real
Rasa and action server: the 12345 supervisor's sixth evaluation (/work/eval6/transcripts-B.md). The
messages are the evaluation's own.

A1 (E25): the graduate's own 24 months are not the 2017 measure's period.
A2 (E18): "春节期间（截至2020年2月9日）" is when the firm opened and hired, not the measure's end.

    .venv/bin/python -m pytest tests/live/test_eval6_validity.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, is_summary, warm  # noqa: F401  (warm: the module's warm-up fixture)


def _answer(question: str) -> str:
    """What the E25 graduate answered: left school 2026-06-30, flexible work from 2026-09-01, pays."""
    if "离校" in question and "哪一天" in question:
        return "2026年6月30日"
    if "开始灵活就业" in question:
        return "2026年9月1日"
    if "缴纳社会保险" in question:
        return "是"
    return "否"


def test_a1_e25_graduates_own_two_years_are_not_the_measures_period(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2026-12-03"})
    reply = p.says("应届毕业生在大连灵活就业有啥补贴")
    for _ in range(8):
        if is_summary(reply):
            break
        reply = p.says(_answer(text(reply).split("\n")[-1] if text(reply) else ""))
    body = text(reply)
    assert is_summary(reply), body
    assert "离校1年内未就业高校毕业生灵活就业社会保险补贴" in body
    # before: "有效期：该项规定实施期限至2028年8月31日，按2026年12月3日计仍在实施期内。"
    assert "实施期限至2028年8月31日" not in body and "仍在实施期内" not in body
    # the 9 years since the text began are said (eval29 P12, P24: an old open-ended measure read as current)
    assert (
        "有效期：该项规定出自2017年9月20日印发的文件（未写施行日期），原文未载明实施期限，至今已逾9年，是否仍在执行需经办部门确认。"
        in body
    )
    assert "享受期：如该项仍执行，按您说的日期，享受期为2026年9月1日至2028年8月31日" in body


def test_a2_e18_spring_festival_date_is_when_the_firm_hired_not_the_end(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    for message in ("大政发〔2020〕18号第九条", "那能领多少", "现在还执行吗", "全文"):
        body = text(p.says(message))
        # before: "第一句实施期限至2020年2月9日，已到期（按2020年7月1日计）"
        assert "实施期限至2020年2月9日" not in body and "已到期" not in body, (message, body)
        if "春节期间（截至2020年2月9日）" in body:
            assert "该日期是开工招用的期间，不是申请截止日期" in body, (message, body)
    assert "按2500元/人标准给予一次性吸纳就业补贴" in body  # 全文: every sentence, each with its own period
