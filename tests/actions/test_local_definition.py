"""'算不算就业困难人员' is answered by the person's own place's text (eval4 finding 5): 大连 says its range
follows the province, so 辽宁's list is quoted with 大连's sentence saying so; 聊城 (山东) defines none of
the groups in the collected texts, so no verdict is drawn from 辽宁's list there."""

from __future__ import annotations

from datetime import date

from actions.turns import definition_reply

DAY = date(2026, 12, 2)
ASKED = "单亲妈妈算不算就业困难人员"


def test_dalian_reads_its_own_referral_to_the_province_then_liaonings_list():
    reply = definition_reply(ASKED, "大连市", DAY)
    # the verdict first (answer first: eval3's veteran), then why 辽宁's list answers for 大连
    verdict, referral = reply.text.split("\n")[:2]
    # eval45 C13: the item ("单亲抚养未成年人者") is narrower than a single mother: a conditional verdict
    assert verdict.startswith("要看是否符合原文所列的“单亲抚养未成年人者”") and referral.startswith(
        "大连市的文件写明：“就业困难人员范围按省政府有关规定执行。”"
    )
    assert "单亲抚养未成年人者" in reply.text and "以下是辽宁省的规定" in reply.text


def test_liaocheng_gets_no_verdict_from_liaonings_list():
    for group in ("就业困难人员", "零就业家庭"):
        reply = definition_reply(f"单亲妈妈算不算{group}", "聊城市", DAY)
        assert "辽政发" not in reply.text and not reply.text.startswith("算。")
        assert reply.text.startswith(f"收录的聊城市政策原文没有写明{group}的范围")


def test_lingyuan_without_a_sentence_of_its_own_reads_the_province_as_before():
    reply = definition_reply(ASKED, "凌源市", DAY)
    assert reply.text.startswith("要看是否符合原文所列的") and "辽政发〔2020〕9号" in reply.text
