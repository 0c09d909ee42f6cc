"""Faults found in the twentieth session's second round (evaluation 101: /work/eval101/ findings-A.md, findings-B.md):
answered on the real engine. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked

DAY = date(2026, 12, 7)


def test_a_denial_with_a_filler_word_between_is_a_denial():
    # before (eval101 RA02, 45): "我都45了 不是啥大学生" was recorded 高校毕业生：是 and graduates' measures were offered
    from actions.profile_facts import extract

    assert extract("俺四十多了 也不是什么大学生", DAY).get("is_college_graduate") is False
    assert extract("我今年刚毕业 是大学生", DAY).get("is_college_graduate") is True


def test_one_laid_off_from_the_works_is_a_person_with_her_facts_kept():
    # before (eval101 RA08, a woman of 50): "原来厂子下岗了 在街道登记失业八个月了" was read as a firm, age and months dropped
    from actions.profile_facts import extract

    said = extract("我们这 厂子早就下岗了 在社区登记失业半年多了 今年51", date(2020, 9, 20))
    assert said.get("applicant_type") == "person" and said.get("age") == 51, said
    assert said.get("unemployment_registered") is True, said
    # a firm hiring the registered unemployed is still a firm
    assert extract("我们公司招了登记失业的人 有补贴吗", date(2020, 9, 20)).get("applicant_type") == "enterprise"


def test_the_same_question_asked_of_another_place_in_an_agents_words(convo):
    # before (eval101 RB10, RB08, agents): "凌源那边文件有写标准没" after 辽宁's 临时生活补助 and "这条大连的文件里有没有 还是只有
    # 省里的" after its 就业困难人员 list heard "没有找到…" and a document's preamble
    asked(convo, "省里9号文第十八条 临时生活补助咋规定的", as_of="2026-12-07")
    body = asked(convo, "凌源那边的文件写没写标准", as_of="2026-12-07")
    assert "凌政发〔2019〕14号）一、（五）" in body and "可给予临时生活补助" in body, body
    asked(convo, "就业困难人员的认定条件 大连的", as_of="2026-12-07")
    asked(convo, "失地的农民呢", as_of="2026-12-07")
    body = asked(convo, "这条大连文件里也有吗 还是只有省里有", as_of="2026-12-07")
    assert "大连市的文件写明" in body and "没有找到" not in body, body


def test_which_measures_a_later_text_extended_are_listed_with_the_extending_sentence(convo):
    # before (eval101 RB12, an officer): "凌政发〔2019〕14号 哪些措施被辽政发〔2020〕9号延长了" heard all 17 measures, then
    # "延长到什么时候" heard 辽宁（十）'s application window
    body = asked(convo, "凌源14号文里哪几项被省里9号文延长了", as_of="2026-12-07")
    assert body.startswith("凌政发〔2019〕14号中，期限被后来的文件写明延长的有1处") and "三、（二）" in body, body
    assert "困难企业组织开展职工在岗培训" in body and "实施期限均延长至2020年12月31日" in body, body


def test_a_wife_on_relief_asking_for_her_husband_hears_the_help_for_hardship_not_school_aid(convo):
    # before (eval101 RB07): "…失业金也没领过 家里现在吃低保 孩子还上学…能有啥政策帮帮不" heard school aid first, then
    # 失业保险金 items
    from tests.actions.conftest import started

    body = started(
        convo,
        "问问俺对象 他五十三了 厂子前年黄的 失业金一直没领过 家里吃低保 闺女还在念书 他没人要 我们凌源的 有啥帮扶不",
        as_of="2026-12-07",
    )
    assert body.split("\n")[1].startswith("家里生活困难的，原文写有这些帮扶"), body
    assert "可给予临时生活补助" in body and "奖助学金" not in body, body
    assert convo.slots.get("receiving_unemployment_insurance") is False, convo.slots


def test_free_training_asked_by_one_laid_off_is_the_sentence_giving_it_free_to_her_group():
    # before (eval101 RA01, laid off in 大连): "有没有免费培训" heard "将灵活就业人员纳入…免费职业技能培训" and the 20岁以下
    # 劳动预备制 sentence, not "面向…下岗失业人员…开展免费职业技能提升培训"; the sentences are chosen with the words the search
    # read (the question with the topic before it, as the situation's answer asks it)
    from datetime import date

    from answers import confidence, sentences
    from retrieval.search import search

    query = "职业技能 我在大连 被裁了 有没有免费培训"
    response = search(query, region="大连市", top_k=5, as_of=date(2020, 11, 5)).model_dump()
    hit = next(h for h in response["results"] if h["clause_id"] == "dalian-2020-18:3.16")
    words = confidence.content_words(query, response.get("expanded_terms") or ())
    chosen = sentences.choose(sentences.record_of(hit["clause_id"]), query, hit.get("highlights") or [], words)
    assert "下岗失业人员" in chosen[0].text and "免费职业技能提升培训" in chosen[0].text, [q.text for q in chosen]


def test_hardship_and_recovery_both_said_answer_the_hardship_question():
    # before (eval101 RA03, a 聊城 firm): "困难肯定有 二三月基本没活 现在慢慢恢复了" was asked the same question again
    from actions.leading_answer import opening_answer

    asked_of = {"requested_slot": "temporary_difficulty"}
    assert opening_answer(asked_of, "那困难确实有 年初停了俩月 这阵子在好转", []) == {"temporary_difficulty": True}
    # hardship without recovery said is not the whole condition
    assert opening_answer(asked_of, "那困难确实有 年初停了俩月", []) == {}


def test_years_insured_said_are_set_against_the_years_the_sentence_requires(convo):
    # before (eval101 RA09, 大连 2020-05): "失业保险都交了两年…能领不" heard 46号（四）'s "3年以上" without being told it falls
    # short; "那意思是两年不够 领不了呗" heard a 国有企业 "今明两年" sentence
    body = asked(convo, "大连 我们厂工人失业保险交了两年 今年都考了证 技能提升补贴能领吗", as_of="2020-05-20")
    assert "按您说的2年，不满足这一条件" in body, body
    body = asked(convo, "就是说俩年不够呗 交两年领不了", as_of="2020-05-20")
    assert "不满足这一条件" in body and "国有企业" not in body, body
    # 凌源 loosened it to one year for 2019–2020: the loosened one is read
    from answers.years_short import line

    lingyuan = "将技术技能提升补贴申领条件由企业在职职工参加失业保险 3 年以上放宽至参保 1 年以上"
    assert "满足这一条件" in line("交了两年", lingyuan) and "不满足" not in line("交了两年", lingyuan)


def test_a_tax_question_called_out_of_scope_is_asked_of_the_conversations_topic(convo):
    # before (eval101 RB11, an owner in 凌源, 2020-05-15): "税呢？？问你税" after "小微企业 能减免啥" heard "超出了我的服务范围"
    from actions.detours import ActionOutOfScope
    from tests.actions.conftest import answer_texts

    asked(convo, "凌源 小微企业 都能减免点啥", as_of="2020-05-15")
    convo.say("那税呢 问你税", "out_of_scope", metadata={"as_of": "2020-05-15"})
    body = "\n".join(answer_texts(convo.run(ActionOutOfScope())[0]))
    assert "超出了我的服务范围" not in body and "税" in body, body


def test_the_province_asked_with_a_home_city_inside_it_is_the_same_question_there(convo):
    # before (eval101 RB05, in 北京): "那辽宁省的规定是啥 我老家锦州" after 失业补助金 heard 辽宁's 失业登记 sentence
    asked(convo, "人在北京 失业补助金我能拿不", as_of="2026-12-07")
    body = asked(convo, "那辽宁的规定呢 我老家铁岭的", as_of="2026-12-07")
    assert "按辽宁省的政策回答" in body and "发放失业补助金" in body, body


def test_pinyin_slips_of_graduate_and_epidemic_are_read():
    # before (eval100 QB07, eval101 RB04): "高校必业生" was not read as a graduate, "疫清期间" not as the epidemic
    from knowledge.dialect import mandarin

    assert mandarin("我是必业生 疫清那会儿没领上") == "我是毕业生 疫情那会儿没领上"


def test_a_standard_asked_beside_a_period_quotes_the_sentence_stating_the_standard(convo):
    # before (eval101 RB02, an agent, 2020-06-20): "凌源见习补贴标准 见习期限" heard the 期限 and 留用率 sentences, not
    # "见习人员见习期间基本生活费不低于当地最低工资标准 60%…"
    body = asked(convo, "凌源 见习的补贴标准和见习期限", as_of="2020-06-20")
    assert "基本生活费不低于当地最低工资标准 60%" in body and "3—12 个月" in body, body
