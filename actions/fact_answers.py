"""The answer to the question just asked: yes/no, a number, an option, a place, a date, or "不清楚".

Buttons send Rasa payloads ("/affirm", "/deny", "/dont_know", '/inform{"choice":"flexible"}',
'/inform{"region":"大连市"}'); people type "是的", "没有", "三个", "灵活就业", "不知道". The result is
(value, unknown): a normalised value for the fact, or unknown=True for "不清楚", or (None, False)
when the message does not answer the question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from actions import event_dates
from actions.money_said import is_money, money_in
from actions.profile_facts import HIRE_GROUPS, numeric_text
from actions.retirement_age import years_of
from knowledge import regions
from knowledge.eligibility.facts import Fact, normalize_value, vocabulary
from knowledge.inputs import BadInput

DONT_KNOW = re.compile(r"不清楚|不知道|不确定|说不好|说不清|不记得|记不清|不太清楚|不晓得|不了解|不懂|没数|跳过|不好说")
NO = re.compile(
    r"^(?:不是|不对|没有|没|否|不|无|不曾|不用|木有|没签|没交|没缴|没办|没登记|没参加|没领|不属于|不算|非|"
    # "还没满，还剩俩月" to "是否已领取失业保险金期满" (eval76 SA08 was asked again): not yet
    r"(?:还|尚)(?:没|未)(?:有)?(?:满|完|到期|领完|领满|到头)|还剩)"
)
YES = re.compile(
    r"^(?:是|是的|对|对的|有|嗯|恩|签了|交了|缴了|办了|登记了|参加了|领了|属于|当然|肯定|没错|yes|ok|好|"
    # "刚才说了 交着呢" (eval60 CA04 heard "没听明白"): paying now
    r"(?:一直|都|也)?(?:交着|缴着|在交|在缴)|都交(?:了|的)?|"
    # "算是吧", "应该算" (eval58 B02 heard "请从下面的选项中选择"): a hedged yes is the person's yes; the office decides
    r"(?:也|应该|大概|可以)?算(?:是)?(?:吧|的)?$|应该是(?:吧|的)?$)",
    re.I,
)
# "疫情那阵子停了一个多月 现在好点了 算是吧": the answer closing a message that explains itself
HEDGED_YES = re.compile(r"[，,。\s](?:那)?(?:也|应该|大概|可以)?算是(?:吧|的)?$|[，,。\s](?:那)?应该算(?:吧|的)?$")
# "不是说了嘛，春节一直开工", "刚才不是说了吗": a reminder that it was said, not a 否 (eval8 F11 read it as 否)
REMINDER = re.compile(
    r"^(?:我|刚才|之前|前面|上面)?(?:不是|不都|都|早|已经|我)?(?:跟你|和你)?(?:(?:说|讲|提)(?:过|了)+|告诉(?:过)?你了?)(?:嘛|吗|么|啊|呀|的)?"
    r"(?:[，,。！!\s]+|$)"
)
# a negation right before the question's own words: "还没满3个月" to "…稳定就业3个月以上", "春节没开工"
NEGATED = re.compile(r"(?:没|未|不|无|非)[^，。,；;]{0,2}$")
# "还没领完", "尚未到期", "还在领": what the question asks has not happened yet
NOT_YET = re.compile(r"^(?:还没|还未|尚未|没到|未到|还在|还差)")
NONE_COUNT = re.compile(r"^(?:没有|没|无|一个(?:也|都)没|零|0)")
SURE = 0.95
ENTITY_FOR = {"region": "region", "applicant_type": "applicant_type", "enterprise_size": "enterprise_size"}


def _entity(message: dict, name: str) -> Any:
    for e in message.get("entities") or []:
        if e.get("entity") == name and e.get("value") not in (None, ""):
            return e["value"]
    return None


def _valid(name: str, value: Any) -> Any:
    try:
        value = normalize_value(name, value)
    except BadInput:
        return None
    # A slot travels to Rasa as JSON: a date goes as ISO text (a date object made the action
    # server's reply fail, and the person read "智能对话暂不可用" after answering a date question).
    return value.isoformat() if isinstance(value, date) else value


def _core(prompt: str) -> str:
    """The words a yes/no question asks about: "贵企业是否在春节期间（截至…）开工？" → "在春节期间开工"."""
    core = re.sub(r"（[^）]*）", "", prompt.split("是否", 1)[-1])
    return re.sub(r"[？?。]|吗$", "", core)


def echoed(prompt: str, text: str, least: int = 1) -> bool | None:
    """The answer says the question's own words back ("春节一直开工" → 是), or negated ("还没满3个月" → 否):
    True/False, or None when it names fewer than `least` pairs of them. A question back ("…吗") is no answer."""
    core = _core(prompt)
    if not core or re.search(r"[吗么?？]", text):
        return None
    hits = [m for m in (re.search(re.escape(core[i : i + 2]), text) for i in range(len(core) - 1)) if m]
    if len(hits) < max(1, least):
        return None
    return not any(NEGATED.search(text[max(0, m.start() - 3) : m.start()]) for m in hits)


CORRECTING = re.compile(r"^(?:不对|说错了|我说错了|你搞错了|搞错了|弄错了|错了)[，,。！!\s]")


def _later_answer(t: str) -> bool | None:
    """After a correction of something else, the yes or no said on its own in a later clause, or None."""
    if not CORRECTING.match(t):
        return None
    clauses = [c.strip() for c in re.split(r"[，,。！!；;？?\s]+", t)[1:] if c.strip()]
    found = {True for c in clauses if YES.fullmatch(c) or re.match(r"^是(?=\s|$)", c)} | {
        False for c in clauses if NO.fullmatch(c)
    }
    return found.pop() if len(found) == 1 else None


# "还行 没啥大困难 业务正常" to "…是否面临暂时性生产经营困难且恢复有望？" (eval100 QA12 heard 46号（十五）'s 就业困难人员 and
# the same question again): no hardship, said in a firm's words; "有一些影响" is not read as hardship (it would promise more)
NO_HARDSHIP = re.compile(
    r"没(?:啥|什么|有|有什么)?(?:大|太大的?|多大)?(?:的)?困难|不(?:太|怎么)?困难|"
    r"(?:业务|经营|生产|运营|营业)(?:都|还|一直)?(?:正常|挺好|不错|还行)|正常(?:经营|生产|营业)"
)


# "困难肯定有 二三月基本没活 现在慢慢恢复了" (eval101 RA03, a firm, was asked the same question again): both halves said
HARDSHIP = re.compile(r"困难(?:肯定|确实|当然|是|倒是)?有|(?:有|挺|很|特别|确实|肯定)(?:点|些)?困难")
RECOVERING = re.compile(r"恢复|好转|好起来|缓过来|回暖")


def no_hardship(prompt: str, text: str) -> bool:
    return "经营困难" in prompt and NO_HARDSHIP.search(text or "") is not None


def hardship_recovering(prompt: str, text: str) -> bool:
    return "恢复有望" in prompt and bool(HARDSHIP.search(text or "")) and bool(RECOVERING.search(text or ""))


# whether what was heard holds, asked back: no answer of the person's own
ASKED_BACK = re.compile(
    r"(?:是真的|是不是真的|真的假的|真的)[吗不么呢啊]?[？?]?$|能不能算|能算(?:吗|不|么)|(?:能|可以)按[^，。？?]{1,10}算"
)


def _bool(intent: str, text: str, sure: bool, prompt: str = "") -> bool | None:
    """Words first ("没有", "签了"); the classifier's affirm/deny only when it is sure (or a button):
    DIET calls "呵呵呵" affirm at 0.89."""
    t = text.strip("，。！!,. ")
    reminded = REMINDER.match(t)
    t = t[reminded.end() :] if reminded else t
    later = _later_answer(t)
    if later is not None:  # "不对，我们裁了2个人…。是 失业保险一直交着": the 不对 corrects another reading (eval20 R09)
        return later
    if CORRECTING.match(t):
        # "不对，我们是企业，不是失业…" to "是否依法参加失业保险" (eval21 S10 was ruled 不符合“参保企业”): the 不对 and the
        # 不是 are about another reading; only a clear echo of this question ("不对，没交失业保险") answers it
        return echoed(prompt, t[CORRECTING.match(t).end() :], least=3)
    if NO.match(t):
        return False
    if YES.match(t):
        return True
    if ASKED_BACK.search(t):
        return None  # "听说…能按就业困难人员算 是真的不" (eval108 YA10 was recorded 已被认定): a question, no answer
    if (said := echoed(prompt, t)) is not None:
        return said
    if no_hardship(prompt, t):
        return False
    if HEDGED_YES.search(t) and not NO.match(t):
        return True
    if "是否正在" in prompt and re.match(r"^(?:还没|还未|尚未|没)(?:有)?(?:领|办|拿|开始)", t):
        return False  # "还没领嘞" to "是否正在领取失业保险金" (eval21 S07 was asked it twice)
    if "是否已" in prompt and NOT_YET.match(t):  # "还没领完，下个月到期" to "是否已领取…期满" (eval9 G31)
        return False
    if re.search(r"是否(?:已)?(?:取得|获得)", prompt) and re.match(
        r"^(?:还没|还未|尚未|没|没有)(?:有)?(?:考|拿|取得|获得)", t
    ):
        return False  # "还没考呢 打算考" to "您今年是否取得了…证书" (eval41 G24 heard "没有找到…条款")
    if reminded:  # "不是说了嘛" alone: what was said is in the slots, not a 否
        return None
    if sure and intent == "affirm":
        return True
    if sure and intent == "deny":
        return False
    return None


# "10个留6个", "10个人里留了6个", "10个见习生留下6个": a share said as a count kept of a count
KEPT_OF = re.compile(r"(\d+)\s*(?:个|名|位)?(?:人|见习生|学生)?[^\d，。,]{0,6}?留(?:用|下|了|住)?(?:了)?\s*(\d+)")
PER_HEAD = re.compile(r"(?:^|[^\d])1\s*个?人\s*(?:1年|每年|1个月|每月|能|补|给|多少|几)")
UPPER_BOUND = re.compile(r"不到|不足|少于|低于|不超过|没超过|至多|最多|以内|之内|以下")


ONLY = re.compile(r"就|只|都是|全是|全部是|仅")


def other_group(name: str, text: str) -> int | None:
    """ "就这4个大学生" to "新招用的登记失业半年以上人员人数？" (eval9 G01): the hires are another group, so none of
    this one (0), never 4 of them; said without "就/只/都是" it is not read (None: the figure is not this group's,
    and it is asked plainly again)."""
    if not name.startswith("new_hires_"):
        return None
    groups = [f for f, pattern in HIRE_GROUPS if re.search(pattern, text)]
    if not groups or name in groups:
        return None
    if set(groups) & WIDER.get(name, set()):
        return UNREAD  # "3个都是登记失业的" to 半年以上: they may be, for how long is not said (asked again)
    return 0 if ONLY.search(text) else None


# groups that hold the group asked about: a count of them is not "none of this one" (eval13 K05: "3个都是 登记失业都
# 一年多了" to "…登记失业半年以上的人员" was read as 0 and the 吸纳 subsidy left the summary)
WIDER = {
    "new_hires_long_term_unemployed": {"new_hires_registered_unemployed"},
    "new_hires_unemployed_graduates": {"new_hires_graduates", "new_hires_registered_unemployed"},
}
UNREAD = -1


AGE_SAID = re.compile(r"(?:才|今年|已经|都|我|俺)\s*\d{2}\s*(?:周?岁|了)?|\d{2}\s*周?岁")
# month counts that run from a day said: the months since it, up to the day asked
SINCE_MONTHS = {"business_operating_months"}
NOT_OPENED = re.compile(r"(?:还|都|也)?(?:没|未)(?:有)?(?:开|开业|开张|营业|干起来)|执照(?:都|还|也)?没(?:办|领)")


JUST_BEGUN = re.compile(
    r"刚上班|刚参保|刚(?:开始)?交|(?:这个月|上个月|本月)(?:才|刚)?(?:开始)?交|才开始交|还没交满|没交过|从没交|一直没交"
)


def _number(fact: Fact, text: str, message: dict, as_of: date | None = None) -> float | None:
    raw = _entity(message, "number")
    digits = numeric_text(str(raw)) if raw is not None else numeric_text(text)
    # "说了没有大学生！！0个" (eval72 OA01 heard "请回答一个数字"): none, wherever it is said
    if NONE_COUNT.match(text.strip()) or re.search(r"(?<![\d.])0\s*(?:个|名|人)|一个(?:也|都)没", text):
        return 0
    if fact.name in SINCE_MONTHS and NOT_OPENED.search(text) and not re.search(r"\d", digits):
        return 0  # "还没开呢 执照都没办" to 经营了多少个月 (eval103 TB08 heard "请回答一个数字")
    if "年数" in fact.meaning and JUST_BEGUN.search(text) and not re.search(r"\d", digits.replace("1个月", "")):
        return 0  # "刚上班 这个月才开始交" to 参加失业保险几年 (eval52 Y24 heard "请回答一个数字")
    other = other_group(fact.name, text)
    if other is not None:
        return None if other == UNREAD else other
    if "半年" in text and ("month" in fact.name or "月" in fact.prompt):
        return 6
    if fact.name == "years_to_retirement" and AGE_SAID.search(digits):
        if not re.search(r"退|差|还有|剩", text):
            return None  # "我才26" to "距法定退休年龄还有几年" (eval28 Z06 recorded 26 years): an age, read as the age
        digits = AGE_SAID.sub(" ", digits)  # "我56了 还差4年": the years, not the age
    if fact.name == "years_to_retirement":
        # "…下岗的 失业金领8个月了" (eval105 VA01, a man of 55, was recorded 0.6667 years to retirement): months drawn,
        # jobless or worked are no span to retirement
        digits = re.sub(r"(?:领|失业|下岗|干|交|上班|工作)(?:了)?\s*\d+\s*[多来余]?个?[多来余]?月", " ", digits)
        # "俺们女工人不是50退休吗", "还差7个月就到50退休了" (eval32 V07 was recorded 50 years to go): the legal age said
        # is no span; "不是还有50年" denies one
        digits = re.sub(
            r"(?:不是)?(?:还有|还差)?\s*\d+\s*年(?=[，,。\s]*(?:是|而是))|\d{2}\s*岁?\s*(?:就)?(?:退休|退)", " ", digits
        )
        # "67年3月生的，明年3月就60了，…还差三个来月" (eval87 DA08 was recorded 67 years): a birth date and an age to come
        # are no span
        digits = re.sub(
            r"(?:19)?\d{2}\s*年(?:\s*\d{1,2}\s*月份?)?(?:\s*\d{1,2}\s*[日号])?\s*(?:出)?生(?:的|人)?|"
            r"(?<=[就满到])\s*[4-7]\d\s*岁?了",
            " ",
            digits,
        )
        until = re.search(r"(明年|今年|后年)?\s*(\d{1,2})\s*月(?:份)?(?:就)?(?:满|到)\s*\d{2}", digits)
        if until and as_of and not re.search(r"个月", digits):  # "俺明年3月满50": the months to that month
            year = as_of.year + {"明年": 1, "后年": 2}.get(until.group(1) or "", 0)
            months = (year - as_of.year) * 12 + int(until.group(2)) - as_of.month
            if 0 < months <= 24:
                return years_of(months, "个月", text)
        # "半年啊 她今年8月份领完的" (eval34 X24 was recorded 8 years): a month of the year counts no years, "不是8年"
        # denies them, and "半年" is half of one
        digits = re.sub(r"不是\s*\d+\s*年|(?<![\d个])\d{1,2}\s*月份?(?![\d个])", " ", digits)
        if "半年" in text and not re.search(r"\d", digits):
            return years_of(6, "个月", text)
        if not re.search(r"\d", digits):
            return None
    if (
        "月数" in fact.meaning
    ):  # "五年多了 60多个月" to 经营了多少个月 (eval58 B11 was recorded 5 months: "不符合1年以上")
        months = re.search(r"(\d+)\s*[多来余]?\s*个?月", digits)
        years = re.search(r"(?<!\d)(\d{1,2}(?:\.\d)?)\s*年(半)?", digits)
        if months is not None:
            return int(months.group(1))
        if years is not None:
            return int(float(years.group(1)) * 12 + (6 if years.group(2) else 0))
    # "刚上班俩月 哪来的三年" to 参加失业保险几年 (eval108 YA04 was recorded 2 years): the years asked back are denied
    digits = re.sub(r"(?:哪来的?|哪儿来的?|哪有|哪里有)\s*\d+\s*年", " ", digits)
    # "还差三个来月", "三个多月" (eval87 DA08, 59, was recorded 3 years and told the extension to retirement fails)
    in_months = re.search(r"(\d+)\s*(?:[多来余]\s*)?个\s*[多来余]?\s*月", digits)
    if "年数" in fact.meaning and in_months and not re.search(r"\d\s*年(?!\s*\d{1,2}\s*月)", digits):
        # "还差8个月" to "距离法定退休年龄还有几年" (eval23 U09 was recorded 8 years, then 1)
        return years_of(int(in_months.group(1)), "个月", text)
    under_years = re.search(r"(?:不到|不足|不够)\s*(\d+)\s*年", digits)
    if "年数" in fact.meaning and under_years:  # "不到一年": under it, as spoken_facts reads it
        return years_of(int(under_years.group(1)), "年", text)
    if is_money(fact):  # "4万2" is 42000, "6万" 60000: the whole answer, not DIET's "6"
        money = None if UPPER_BOUND.search(text) else money_in(text)
        return None if money is None else int(money) if money.is_integer() else money
    share = KEPT_OF.search(digits) if "百分数" in fact.meaning else None
    if share and 0 < int(share.group(2)) <= int(share.group(1)):  # "10个留6个" is 60%, not 10% (eval9 G11)
        return round(int(share.group(2)) * 100 / int(share.group(1)), 1)
    if fact.name.endswith("_year"):  # "2020年 我一开始就说了", "20年毕业的" (eval40 H03 heard "请回答一个数字")
        year = re.search(r"(?<!\d)((?:19|20)\d{2}|\d{2})\s*(?:年|届|$|(?=\D))", digits)
        if year:
            value = int(year.group(1))
            return value + 2000 if value < 100 else value
    digits = re.sub(r"(?:不是|而不是|并非)\s*\d+\s*(?:个人|个|人|名|位)", "", digits)  # "不是1个 是5个": the 5
    # "疫情那都是2020年的事了…今年2026年招的8个" (eval22 T07 read 2020 people: 1000元/人 × 2020人): a year or a day
    # of the calendar counts no one
    digits = re.sub(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*[日号]", " ", digits)
    if PER_HEAD.search(digits) and len(re.findall(r"\d+", digits)) <= 2:
        return None  # "一个人一年补多少" asks the rate per head, it counts no one (eval15 M10: 学徒人数：1)
    m = re.search(r"\d+(?:\.\d+)?", digits)
    if not m or UPPER_BOUND.search(text):
        return None  # "不到五万" is a ceiling, not the figure: taking 50000 would overstate a refund
    value = float(m.group(0))
    if re.search(r"万", digits[m.end() : m.end() + 2]):
        value *= 10000
    return int(value) if fact.type == "int" or value == int(value) else value


def _enum(fact: Fact, text: str, message: dict) -> Any:
    entity = ENTITY_FOR.get(fact.name)
    for raw in (_entity(message, "choice"), _entity(message, entity) if entity else None):
        if raw in fact.values:
            return raw
    _, labels = fact.options()
    for value, label in sorted(zip(fact.values, labels, strict=False), key=lambda vl: -len(vl[1])):
        short = re.sub(r"（.*?）", "", label)
        if label in text or (short and short in text):
            return value
    if fact.name == "applicant_type":
        from actions.profile_applicant import applicant_type

        return applicant_type(text)
    if fact.name == "enterprise_size":
        from actions.profile_facts import size

        # "小的 就十来个人" (eval53 L02 heard "请从下面的选项中选择"): the small one said in plain words
        # "就十几个人 应该算小的吧" (eval58 B02): the same words after the head count
        plain = re.search(
            r"(?:^|[，,。\s])\s*(?:就是?|应该|也)?(?:算是?|属于)?\s*(?:个|一个)?\s*小(?:的|厂|店|作坊|规模|本生意|企业|微)",
            text,
        )
        return size(text) or ("small" if plain else None)
    if fact.name == "layoffs":  # "没裁", "一个没辞" to "上年度以来贵企业的裁员情况是？" (eval9 G03, G10)
        from actions.spoken_facts import NO_LAYOFFS

        if NO_LAYOFFS.search(text):
            return "none"
    # the whole answer is one option's number ("3", "第3项"): "35" is not option 3
    m = re.fullmatch(r"\s*第?\s*(\d)\s*[类种项个]?\s*", numeric_text(text))
    if m and 1 <= int(m.group(1)) <= len(fact.values) and len(text) <= 4:
        return fact.values[int(m.group(1)) - 1]
    return None


def _date(text: str, as_of: date | None = None) -> str | None:
    """ "2020年3月1日", and as people say it: "去年7月1号" (the year before the day asked), "7月1日" (its year)."""
    said = event_dates.day_in(numeric_text(text), as_of or date.today())
    return said.isoformat() if said else None


DAY_TO_COME = re.compile(r"还没(?:有)?(?:开始|办|签|干|毕业|入职)|下个?月|明年|打算|准备|过几天|过段时间|还没到")
# "没停过工，不存在复工" to "哪一天复工": no 复工 date to give; recorded as not known (the 3月10日前复工 condition
# stays open: the reading that never promises more), not "请按…格式回答" (eval8 F11)
NEVER_STOPPED = re.compile(
    r"没(?:有)?停(?:过)?工|一直(?:在)?(?:开工|生产|干|营业)|没(?:有)?停(?:过)?产|不存在复工|没(?:有)?复工一说"
)


def _graduated_before(text: str, as_of: date | None) -> bool:
    """Every hire said to have graduated in a year before the one asked in: 毕业年度 is the year of graduation."""
    from actions.profile_facts import extract  # profile_facts reads this module

    if as_of is None or re.search(r"今年|应届|还有|另外|其中", text):
        return False
    year = extract(text, as_of).get("graduation_year")
    return bool(year and year < as_of.year and re.search(r"都是|全是|都", text))


def _denied_count(fact: Fact, text: str) -> bool:
    """The message says there are none of what the count counts ("学徒啥的我们没有", "没有学徒")."""
    noun = re.sub(r"(?:的)?(?:人数|数量|数)$", "", fact.title or "")
    if len(noun) < 2 or not text:
        return False
    return bool(
        re.search(rf"{re.escape(noun)}[^，。？?！!]{{0,6}}(?:都)?(?:没有|没|无)(?![^，。？?！!]{{0,2}}(?:问|说))", text)
        or re.search(rf"(?:没有|没|无)[^，。？?！!]{{0,4}}{re.escape(noun)}", text)
    )


def read_answer(fact_name: str, message: dict, text: str, as_of: date | None = None) -> tuple[Any, bool]:
    """Interpret `message` (Rasa latest_message) as the answer to `fact_name`."""
    fact = vocabulary().get(fact_name)
    if fact is None:
        return None, False
    intent = ((message.get("intent") or {}).get("name")) or ""
    confidence = float((message.get("intent") or {}).get("confidence") or 0)
    sure = not text or confidence >= SURE  # no text: a button payload ("/affirm")
    if DONT_KNOW.search(text) or (intent == "dont_know" and sure):
        return None, True
    if fact_name == "resumption_date" and NEVER_STOPPED.search(text):
        return None, True
    if fact.type == "date" and DAY_TO_COME.search(text) and _date(text, as_of) is None:
        # "还没开始 打算下个月开始" (eval53 L09 heard "请按格式回答"): no day yet; the condition stays open
        return None, True
    value: Any = None
    if fact.type == "bool":
        value = _bool(intent, text, sure, fact.prompt or "")
    elif fact.type in ("int", "number") and "月数" in fact.meaning and event_dates.calendar_month(numeric_text(text)):
        value = (
            event_dates.months_since(numeric_text(text), as_of or date.today()) if fact.name in SINCE_MONTHS else None
        )
    elif fact.type in ("int", "number") and _denied_count(fact, text):
        # "学徒啥的我们没有。我就问…7800那个" to "学徒有多少人" (eval81 XA07 was told "4000元/人·年 × 7800人"): none, not
        # the other number the message names
        value = 0
    elif fact.type in ("int", "number"):
        value = _number(fact, text, message, as_of)
        if value and fact_name == "new_hires_graduates" and _graduated_before(text, as_of):
            value = 0  # "3个 都是去年夏天毕业的" on 2020-02-25 (eval67 JA07 heard "已确定符合"): not of 毕业年度
    elif fact.type == "enum":
        value = _enum(fact, text, message)
    elif fact.type == "date":
        value = _date(text, as_of)
    elif fact.name == "region":
        raw = _entity(message, "region")
        found = regions.regions_in_text(text)
        value = raw if raw and _valid("region", raw) else (found[0] if found else None)
    elif text and intent not in ("affirm", "deny"):
        value = text
    if value is False and fact_name in REVIEWED:
        return None, True  # "否 还没去审" to "是否已经…审核，符合…条件": not reviewed yet, so not known (eval13 K08)
    return (_valid(fact_name, value) if value is not None else None), False


# facts whose question asks whether an office has already found the condition met: a "no" is "not yet", which
# leaves the condition to the office (the reading that never says 不能 where the text may say 能)
REVIEWED = {"guarantee_loan_eligible"}
