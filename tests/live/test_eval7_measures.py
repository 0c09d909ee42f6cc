"""The 12345 supervisor's seventh evaluation (/work/eval7/findings.md §5, §7 R18, §8), end to end through
POST /api/v1/chat with the real Rasa and action server: the measure that fits the person, and its quote.
The messages are the evaluation's own (live tests may use them; they are not NLU training examples).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval7_measures.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

FLEXIBLE_30 = "对灵活就业后缴纳社会保险费的就业困难人员，按上年度在岗职工月平均工资60%作为基数"
REST_ONE_YEAR = "其余人员距法定退休年龄1年时给予最长不超过1年的补贴"


# ---- R13: a single mother doing odd jobs hears of the 就业困难人员 measure, not the graduates' ----------------
def test_single_mother_doing_odd_jobs_hears_the_hard_to_employ_flexible_subsidy(live_stack):
    p = Person(live_stack)
    for message in ("什么算就业困难人员", "单亲妈妈算吗", "我在大连瓦房店，单亲妈妈，失业了，能享受啥"):
        p.says(message)
    p.says("我不是问算不算，我问单亲妈妈失业了在瓦房店能领啥补贴")
    body = text(p.says("我没创业也没推荐啥项目。单亲妈妈打零工灵活就业，有没有社保补贴"))
    # an ended extension never leads; the graduates' measure is not first for a single mother
    assert not body.split("\n1. ", 1)[-1].split("\n", 1)[0].count("已到期")
    body = text(p.says("我不是高校毕业生，就是单亲妈妈打零工。就业困难人员灵活就业的社保补贴补多少，补几年"))
    assert FLEXIBLE_30 in body and "单亲抚养未成年人者" in body and "补贴期限最长不超过3年" in body
    assert "实施高校毕业生就业创业促进计划" not in body and "离校1年内" not in body


# ---- R20: the 30% sentence is quoted whole: its period for the rest is what is asked ----------------------
def test_hotline_hard_to_employ_flexible_sentence_is_whole(live_stack):
    p = Person(live_stack)
    p.says("大政发〔2017〕46号第十五条")
    p.says("那能领几年")
    body = text(p.says("灵活就业的就业困难人员补多少"))
    assert FLEXIBLE_30 in body and REST_ONE_YEAR in body


# ---- R01: "家里困难" is the text's 生活困难; "去哪办" is answered with where ------------------------------------
def test_laid_off_wife_hears_the_temporary_living_allowance_and_where_to_register(live_stack):
    p = Person(live_stack)
    p.says("俺家老头子厂子黄了下岗了，俺们在大连，他能领点啥钱不？")
    p.says("不创业，他都58了，就想领失业金")
    body = text(p.says("俺说了不创业！去哪办失业金啊"))
    assert "可在户籍地或常住地办理失业登记" in body
    p.says("要带啥材料")
    body = text(p.says("那还有没有啥临时补助，家里困难"))
    assert "对符合条件的生活困难下岗失业人员，发放临时生活补助" in body
    assert "价格临时补贴" not in body


# ---- R18: 大連 is 大连; a measure's own sentence is quoted with its figure's -------------------------------------
def test_traditional_dalian_unemployment_benefit_hears_no_liaocheng_measure(live_stack):
    p = Person(live_stack)
    p.says("大連失業了，失業保險金能領多久？一個月多少錢？")
    p.says("原文沒寫能領幾個月嗎？我57歲了")
    body = text(p.says("我是男的，57歲，領失業金的期滿了還沒找到工作，能一直領到退休嗎"))
    assert "聊城" not in body and "最低工资标准的90%" not in body
    assert "请问您（或您的单位）在哪个市或县" not in body


def test_liaocheng_until_retirement_is_quoted_with_its_own_sentence(live_stack):
    p = Person(live_stack)
    # 59 (not 57): a man of 57 is now reckoned 3 years or more from retirement (actions/retirement_age.py), and the
    # measure is not met; at 59 the readings disagree, and the measure is listed with its sentences
    body = text(p.says("我在聊城，男的，59岁，领失业金的期满了还没找到工作，能一直领到退休吗"))
    line = next(x for x in body.split("\n") if "第21条" in x and "依据" in x)
    assert "可继续发放失业保险金至法定退休年龄。”“2020年2月起，将失业保险金标准全部上调至当地最低工资标准的90%" in line


# ---- R16: the time condition in plain words ---------------------------------------------------------------------
def test_graduate_flexible_time_condition_is_plain(live_stack):
    p = Person(live_stack)
    p.says("应届毕业生在大连灵活就业有啥补贴")
    for message in ("2026年6月30日", "2026年9月1日", "是"):
        p.says(message)
    body = text(p.answer_all("否"))
    assert "原文未载明该期间的起止日期" not in body and "申请条件中的时间要求" not in body
    assert "时间条件：须在离校1年内开始灵活就业" in body and "原文没有写固定的起止日期，从您本人的日期算起" in body
