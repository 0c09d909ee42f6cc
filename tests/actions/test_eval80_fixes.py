"""Evaluation 80's findings (/work/eval80/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import started


def test_a_question_expecting_yes_is_the_firm_saying_it_is_a_key_firm():
    # before (WA04, a mask maker in 2020): "我们不是疫情防控重点保障企业吗？" was recorded 否 and told 不能
    from actions.profile_facts import extract

    said = extract("咱们厂不是重点保障企业吗？春节一直在生产防护服", date(2020, 3, 1))
    assert said.get("is_epidemic_key_enterprise") is True, said
    assert extract("俺们不是重点保障企业 就是个小饭店", date(2020, 3, 1)).get("is_epidemic_key_enterprise") is False


def test_asking_for_a_post_hears_no_not_of_the_temporary_posts_or_the_extension(convo):
    # before (WA12): "能不能给俺安排个公益岗" opened with "不能：“临时公益性岗位岗位补贴（每人每月600元）”已于…到期"
    body = started(convo, "聊城的 俺52了 老伴残疾 家里困难 俺俩都没活 能不能给俺安排个公益岗", as_of="2026-12-07")
    assert "不能：" not in body and "按您说的情况不能" not in body, body


def test_which_of_two_places_lends_more_is_answered_when_one_writes_no_sum(convo):
    # before (WB10, rated 1): "凌源和大连的创业担保贷款哪个额度高" heard 凌源's clause alone, then the place switched
    from tests.actions.conftest import asked

    body = asked(convo, "大连跟凌源 创业担保贷款 哪个额度高", as_of="2026-12-07")
    assert "【大连市】收录的大连市文件里没有写明创业担保贷款的额度" in body, body
    assert "按原文比不出来：大连市的文件没有写具体金额或比例" in body, body


def test_a_class_the_sentence_does_not_name_hears_no_by_the_text(convo):
    # before (WB05, a 质检员): "那今年2026届的湖北籍学生能领吗？" heard "您的情况是否符合…以经办部门认定为准"
    from tests.actions.conftest import asked

    asked(convo, "辽政发〔2020〕9号 第（十四）条 湖北籍毕业生的求职创业补贴", as_of="2026-12-07")
    body = asked(convo, "那2025届湖北籍的毕业生还能领吗", as_of="2026-12-07")
    assert body.startswith("按原文不能：这一句只写了2020届"), body


def test_one_out_of_work_near_retirement_not_yet_recognised_is_told_recognition_comes_first():
    # before (WA06, 58, receiving 失业金): "没认定过" made the 公益性岗位 measures "不符合“就业困难人员”"
    from answers.summary import failed_lines

    benefit = {
        "benefit_id": "dalian-2017-46.public-welfare-post-subsidy",
        "name": "公益性岗位安置就业困难人员岗位补贴",
        "status": "not_eligible",
        "reasons": ["不符合：就业困难人员（实际：否）"],
    }
    profile = {
        "region": "大连市",
        "is_hard_to_employ": False,
        "years_to_retirement": 2,
        "receiving_unemployment_insurance": True,
    }
    lines = "\n".join(failed_lines([benefit], profile, date(2026, 12, 7)))
    assert "经认定为就业困难人员后" in lines and "不符合“就业困难人员”" not in lines, lines


def test_can_it_be_extended_is_answered_by_the_sentence_extending_that_measure(convo):
    # before (WB01, an agent): "3年到期了还没找着工作，还能延吗" after 46号（十五）'s 公益性岗位 heard 18号（十三）'s 2018届 deadline
    from tests.actions.conftest import asked

    asked(convo, "大政发〔2017〕46号 第（十五）条", "公益性岗位补贴的期限", as_of="2026-12-07")
    body = asked(convo, "干满了还没找到活 这个还能接着延长吗", as_of="2026-12-07")
    assert "对从事公益性岗位政策期满仍未实现稳定就业的就业困难人员" in body and "2018年毕业" not in body, body
