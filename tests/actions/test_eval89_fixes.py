"""Evaluation 89's findings (/work/eval89/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_loan_question_of_one_outside_the_platform_case_hears_the_general_sentence(convo):
    # before (FA12): a veteran in 锦州 buying a truck heard "平台就业人员购置生产经营必需工具的，可申请创业担保贷款及贴息"
    # to "能贷多少", and again after "我不是平台的"
    asked(convo, "我在锦州 退伍了 想学个驾照开货车 有培训补贴没", as_of="2026-12-07")
    body = asked(convo, "学完了想买辆车自己拉货 能办创业贷款不 最多贷多少", as_of="2026-12-07")
    assert "平台就业人员购置" not in body and "创业担保贷款" in body
    again = asked(convo, "我又不算啥平台的 自己单干 这样能贷吗", as_of="2026-12-07")
    assert "平台就业人员购置" not in again
    last = asked(convo, "不是平台的 个人单干拉货 能不能申请创业担保贷款", as_of="2026-12-07")
    assert "平台就业人员购置" not in last and "创业担保贷款" in last


def test_whether_training_costs_the_person_is_the_sentence_on_its_fees(convo):
    # before (FA03): "俺去培训要花钱不 培训完给不给钱" heard 就业困难人员's 生活费 (ended) or the 去产能 sentence
    asked(convo, "俺凌源乡下的 想出去打工 有没有免费培训", as_of="2026-12-07")
    body = asked(convo, "俺不是啥去产能的 俺是种地的 去学要掏钱不 学完给补不", as_of="2026-12-07")
    assert "对自行垫付培训费用且培训合格的符合条件人员给予职业培训补贴" in body


def test_a_firm_asking_what_hiring_graduates_brings_hears_the_unit_sentence_not_graduates_measures(convo):
    # before (FB09, a 大连 HR): "…招应届大学毕业生，现在还有能申请的补贴吗" heard the count of all 56 measures' periods;
    # "招应届毕业生 有哪些补贴 列一下" was recorded 高校毕业生：是、毕业年份：2026 and heard the graduates' own measures
    from datetime import date

    from actions.cited_replies import about_a_situation
    from actions.profile_facts import extract
    from tests.actions.conftest import started

    assert extract("招往届毕业生 都有啥补贴", date(2026, 12, 7)) == {"applicant_type": "enterprise"}
    said = "我们是大连的合资企业，想招今年的应届大学毕业生，现在还有能申请的补贴吗"
    convo.say(said, "ask_policy", metadata={"as_of": "2026-12-07"})
    assert about_a_situation(said, convo.tracker())
    body = started(convo, said, as_of="2026-12-07")
    assert "项措施的期限" not in body and "您是以企业身份咨询" in body
    assert "对新招用毕业年度或登记失业的高校毕业生就业的各类用人单位" in body
    assert "疫情防控重点保障企业" not in body


def test_whether_a_public_post_can_go_on_after_its_extension_and_who_pays_are_the_province_sentences(convo):
    # before (FB11): "干满了还能续吗" on 凌源's 公益性岗位 heard "文件没有写这之后再延长" beside 辽政发（十七）, whose next
    # sentence allows a second placement; "谁给发钱" heard 临时生活补助's 低保 sentence
    asked(convo, "凌源 公益岗 一个月补多少", as_of="2026-12-07")
    body = asked(convo, "期满了还能接着续不", as_of="2026-12-07")
    assert "累计安置次数原则上不超过2次" in body and "文件没有写这之后再延长" not in body
    paid = asked(convo, "那这钱谁给发", as_of="2026-12-07")
    assert "列支" in paid and "临时生活补助在核算低保救助时不计入家庭收入" not in paid


def test_a_part_of_a_document_named_alone_is_its_clauses_and_a_clause_named_in_it_answers_who_pays(convo):
    # before (FB05, a quality checker): "凌政发〔2019〕14号 第三部分讲的什么" heard only 三、（一）; "第三部分全部列一下"
    # heard 一、（四） and another document; "第三部分第（三）条…基本生活费谁出" heard 三、（二）'s 学徒 funds
    body = asked(convo, "查一下凌政发〔2019〕14号的第三部分都有啥", as_of="2026-12-07")
    assert "共3条" in body and "三、（二）" in body and "三、（三）" in body
    again = asked(convo, "第三部分全都给我列出来", as_of="2026-12-07")
    assert "共3条" in again and "凌政发〔2019〕14号" in again
    paid = asked(convo, "第三部分第（三）条里 见习的基本生活费由谁承担", as_of="2026-12-07")
    assert "基本生活费由财政承担 2/3" in paid and "学徒" not in paid


def test_social_insurance_relief_asked_of_a_day_before_its_texts_says_none_then_and_the_text_now(convo):
    # before (FB08): "2020年3月的时候大连企业社保能免吗" heard 46号's 技能提升 and 创业带头人 sentences; "现在还免吗" heard
    # 18号（二）'s 房产税 as the closest, then a hand-off
    body = asked(convo, "2020年3月那会儿 大连的企业社保能不能免交", as_of="2026-12-07")
    assert "没有与您的问题直接对应的规定" in body and "技能提升" not in body and "创业带头人" not in body
    now = asked(convo, "现在还免不", as_of="2026-12-07")
    assert "按规定执行阶段性减免社会保险费" in now and "房产税" not in now


def test_a_loan_asked_by_one_who_never_went_to_college_is_the_general_loan_sentence_and_its_conditions(convo):
    # before (FA01, a 45-year-old taxi driver in 大连, rated 1): "能带多少款" was not read as the loan; "我初中毕业…能贷多少"
    # heard 残疾高校毕业生's 60% and the graduates' 全额贴息; "那我这样的能不能贷 条件是啥" heard the graduates' conditions
    from knowledge.dialect import mandarin

    assert "贷款多少" in mandarin("开个小店能带多少款啊")
    asked(convo, "大连的 开了十几年出租 想自己开个小卖部 有创业补贴没 能贷款多少", as_of="2026-12-07")
    body = asked(convo, "啥大学生啊 我就初中毕业 你直接说我开店能贷款多少", as_of="2026-12-07")
    assert "已办理就业创业登记的城乡劳动者" in body
    assert "残疾高校毕业生" not in body and "对高校毕业生自主创业的项目实行全额贴息" not in body.split("另据")[0]
    cond = asked(convo, "那我这样的能不能贷 条件是啥", as_of="2026-12-07")
    assert "已办理就业创业登记的城乡劳动者" in cond and "平台" not in cond


def test_the_clause_naming_the_persons_own_group_is_consulted_when_nothing_was_settled():
    # before (FA06, a mother asking for her disabled, jobless son in 聊城): "还没有确定现在可以申请的补贴" and nothing else;
    # 第10条 "落实残疾人专项扶持政策，支持残疾人多渠道就业" grants no rule of its own and was dropped
    from datetime import date

    from actions import offered
    from retrieval.search import search

    day = date(2026, 12, 7)
    found = search("聊城 儿子腿脚残疾 有残疾证 找不到活 残疾人就业政府有啥帮扶", region="聊城市", top_k=5, as_of=day)
    profile = {"applicant_type": "person", "region": "聊城市", "is_disabled": True, "employment_status": "unemployed"}
    kept = offered.consultable(found.model_dump(), profile, day)["results"]
    assert kept and "残疾人" in kept[0]["highlights"][0]


def test_an_injured_worker_asking_about_jobless_pay_hears_it_and_then_that_work_injury_is_not_covered(convo):
    # before (FA10): "…工地上把腰砸伤了…能不能领失业金 有没有临时补助" heard only "没有工伤认定和工伤保险待遇的规定"
    body = asked(convo, "聊城的 五十多了 在工地干活把腿砸伤了 回家了 失业金能领不 有没有临时补助", as_of="2026-12-07")
    assert "临时生活补助" in body and "工伤" in body
    assert body.index("临时生活补助") < body.index("工伤认定")


def test_where_to_apply_for_a_measure_is_not_another_measures_place_in_its_clause(convo):
    # before (FB02, an agent): "那去哪申请" of 聊城 第16条's 创业补贴 heard "可向贷款银行申请展期还款" and "具体可向贷款银行咨询"
    asked(convo, "帮来电人查下 聊城的一次性创业补贴给多少", as_of="2026-12-07")
    body = asked(convo, "到哪里去申请", as_of="2026-12-07")
    assert "贷款银行" not in body and "创业补贴" in body


def test_the_clauses_of_a_document_writing_a_topic_are_listed_each(convo):
    # before (FB03, an officer): "辽政发〔2020〕9号里关于高校毕业生的条款有哪些" heard two sentences of （十四） as all
    body = asked(convo, "辽政发〔2020〕9号里面有关大学生的条款都有哪些", as_of="2026-12-07")
    assert "共5条" in body and "（十）" in body and "（十二）" in body and "（十四）" in body
    assert "“突出抓好高校毕业生等青年就业。”" not in body
    which = asked(convo, "哪一条讲见习", as_of="2026-12-07")
    assert "（十四）" in which and "将2020届、2021届毕业学年高校毕业生纳入就业见习补贴" in which


def test_a_firm_asking_for_a_subsidy_the_clause_grants_people_hears_it_is_theirs_not_the_firms(convo):
    # before (FA09, a 大连 courier depot, asked twice): "那岗位补贴我们网点能拿吗？按最低工资给？" heard 46号（十五） quoted
    # and "您的情况是否符合…以经办部门认定为准", never that the post subsidy is for those placed in 公益性岗位
    asked(convo, "我大连开物流点的 招了两个就业困难人员 社保能补多少 有岗位补贴吗", as_of="2026-12-07")
    body = asked(convo, "那个按最低工资的岗位补贴 我们物流点能领吗", as_of="2026-12-07")
    assert body.startswith("不是给单位的") and "公益性岗位安置的就业困难人员" in body
