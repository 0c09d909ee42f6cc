"""Evaluation 54's findings (/work/eval54/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from actions.form import CUES
from tests.actions.conftest import asked, started


def test_reopening_a_shop_is_no_restart():
    # before (U02): "想贷点款周转 重新开张进货" wiped the restaurant's facts twice
    assert not CUES["start_over"].search("想借点钱 等疫情过去重新开业")
    assert CUES["start_over"].search("重新开始吧")


def test_online_and_how_much_in_one_message_are_both_answered(convo):
    # before (U22, 聊城): "失业保险金能在网上申请吗 一个月能给多少" heard only the online half, padded with 线上招聘
    body = asked(convo, "聊城的 刚失业 失业金网上能办不 每月领多少", as_of="2020-06-20")
    assert "开通失业保险金网上申领平台" in body and "将失业保险金标准全部上调至当地最低工资标准的90%" in body, body
    assert "网上面试" not in body, body


def test_a_measure_both_groups_have_is_quoted_for_both(convo):
    # before (U16, an agent): "一次性吸纳就业补贴标准" on 辽政发（十） heard only the 1000元 sentence
    body = asked(convo, "辽政发〔2020〕9号第十条", "一次性吸纳就业补贴的标准呢", as_of="2020-09-15")
    assert "不超过1000元" in body and "按企业为其缴纳3至6个月社会保险费标准给予一次性吸纳就业补贴" in body, body


def test_which_office_asked_after_the_registration_clause_stays_on_it(convo):
    # before (U21): "她去街道还是去人社局登记" heard "没听明白"
    body = asked(convo, "大连 失业了在哪登记", "那她是去社区还是去人社局", as_of="2026-11-20")
    assert "可在户籍地或常住地办理失业登记" in body, body


def test_a_sum_said_is_never_worked_by_a_text_not_yet_issued(convo):
    # before (U11, 2020-04-01): "稳岗返还…去年失业险交了三千多" heard 18号（三）'s 100% × 3000元, "尚未实施"
    asked(convo, "大连 小旅行社 疫情停业了 稳岗返还能返多少", as_of="2020-04-01")
    body = asked(convo, "那稳岗返还按啥算 去年失业保险交了四千来块", as_of="2020-04-01")
    assert "大政发〔2020〕18号" not in body and "100% ×" not in body, body


def test_a_firm_counting_long_jobless_hires_hears_the_tax_deduction(convo):
    # before (U04, 大连, 2021): "招了3个人：2个是登记失业10个月的…能申请什么补贴" never heard of 18号（二）'s 7800元
    body = started(
        convo,
        "大连一家物业公司 今年2月招了4个人 都是登记失业一年的 签了两年合同交了社保 能申请什么补贴",
        as_of="2021-04-01",
    )
    assert "企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费" in body, body


def test_flexible_internship_compared_across_the_four_places(convo):
    # before (U19, an agent): "见习补贴 辽宁 大连 聊城 凌源" heard no 辽宁 and no 聊城 text
    body = asked(convo, "见习补贴 四个地方怎么规定的 辽宁 大连 聊城 凌源", as_of="2026-11-20")
    for place in ("【辽宁省】", "【大连市】", "【聊城市】", "【凌源市】"):
        assert place in body, body
    assert "将就业见习补贴标准提高至当地最低工资标准的60%" in body, body


def test_one_just_hired_asking_what_the_firm_gets_hears_the_firms_measures(convo):
    # before (eval53 L24): "刚被一家小公司招了…公司能拿啥补贴" heard only a 3-year insured worker's measure, twice
    body = started(convo, "我去年毕业 在大连登记失业8个月 刚被公司录用了 公司能拿什么补贴", as_of="2021-05-10")
    assert body.startswith("招人的补贴是给招用的单位的"), body
    assert "大政发〔2020〕18号（二）" in body, body


def test_a_studio_of_ones_own_is_a_business_not_a_masters_studio(convo):
    # before (U09): "开个小工作室 能贷款吗" heard 46号（九）'s 技能大师工作室, twice
    body = asked(convo, "大连 我弟以后想自己开个修电脑的工作室 能申请贷款不", as_of="2020-09-10")
    assert "技能大师工作室" not in body.split("\n其他")[0], body
    assert "贷款" in body.split("\n")[1], body


def test_raising_a_child_alone_is_said_and_a_spouse_away_is_not():
    from datetime import date

    from actions import profile_facts

    said = profile_facts.extract("厂子把我辞了 我自己带个8岁的孩子", date(2026, 11, 20))
    assert said.get("is_single_parent") is True, said
    said = profile_facts.extract("我自己带孩子上学 孩子他爸在南方打工", date(2026, 11, 20))
    assert "is_single_parent" not in said, said


def test_how_much_and_how_long_after_a_jobless_pay_question_is_that_benefit(convo):
    # before (U01): "那能领多少钱 领几个月啊" after "失业金咋领" heard 低保救助's "3至12个月"
    started(convo, "大连的 上个月被单位裁了 四十多岁 失业金怎么领", as_of="2026-11-20")
    body = asked(convo, "一个月给多少 能领多久", as_of="2026-11-20")
    assert body.startswith("所收录文件未规定失业保险金领取期限和发放标准"), body
    assert "3至12个月的低保救助" not in body, body


def test_a_terms_range_asked_gets_the_list_of_groups(convo):
    # before (U23, an agent): "就业困难人员 范围" heard only "…可纳入就业困难人员范围" and "…动态调整", twice
    body = asked(convo, "灵活就业人员 范围", "就业困难人员的范围", as_of="2026-11-20")
    assert "范围包括城镇零就业家庭成员" in body, body


def test_whom_a_clause_applies_to_is_its_own_sentence(convo):
    # before (U15, an agent): "适用哪些人" after 凌政发 二、（二） heard the help menu
    body = asked(convo, "凌政发〔2019〕14号 二、（二）", "这条适用于哪些人", as_of="2026-11-20")
    assert "建档立卡贫困家庭高校毕业生" in body.split("\n")[1], body
