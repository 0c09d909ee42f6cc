"""Who is asking: a person, an enterprise, a human-resources agency or an incubator (and its size).

Split from profile_facts (the readers of the other facts). The 12345 evaluation found the identity
overwritten or wrong: "人力资源机构" read as 企业 (the word 企业 of "介绍…到聊城企业"), "我们不是企业 是人力资源
服务机构" read as 个人 (the negated 企业), "30个人" read as 个人 (a head count), "个体户" read as 企业 (a
self-employed person claims no 稳岗返还), "老板欠我三个月工资" read as 企业 (the boss named is not the speaker).
"""

from __future__ import annotations

import re
from typing import Any

from actions import family_member, spoken_facts
from knowledge import places, regions
from knowledge.eligibility.facts import vocabulary

NEG = r"(?:不是|不算|并非|没有|没|不|非|未)"
FIRMS = ("enterprise", "hr_agency", "incubator")
APPLICANT_WORDS = [
    (
        "hr_agency",
        [
            "人力资源服务机构",
            "人力资源机构",
            "人力资源公司",
            "人力资源服务公司",
            "人力资源服务企业",
            "人力资源企业",
            "职业介绍",
            "职介",
            "中介机构",
            "劳务中介",
            "劳务派遣",  # a 劳务派遣 firm places workers with employers: an agency, not an employer of 120
            "派遣公司",
            "猎头",
        ],
    ),
    ("incubator", ["孵化", "众创空间", "创业园", "创业基地", "产业园区"]),
    (
        "enterprise",
        [
            "残保金",
            "公司",
            "企业",
            "单位",
            "厂里",
            "工厂",
            "厂子",
            "我们厂",
            "老板",
            "雇了",
            "招了",
            "招用",
            "新招",
            "吸纳",
            "员工",
            "职工",
            "店里招",
            "用人单位",
        ],
    ),
    # 个体户 is a self-employed person: the firm's measures (稳岗返还, 吸纳补贴) are not theirs.
    ("person", ["本人", "个人", "我今年", "我老公", "我媳妇", "我儿子", "我女儿", "个体户", "个体工商户", "个体经营"]),
]
# "小微" spans two sizes; read as small, as the NLU data does ("微企" inside "小微企业" made it
# micro). Every rule that names either size accepts both, so eligibility is the same.
SIZE_WORDS = [
    ("small", ["小微"]),
    ("micro", ["微型企业", "微型", "微企"]),
    ("small", ["小型企业", "小型", "小企业", "小公司"]),
    ("medium", ["中型企业", "中型", "中等规模"]),
    ("large", ["大型企业", "大型", "大企业", "大公司"]),
]
# A worker speaking about the boss or the wages owed: the boss named is not who is asking.
# Someone laid off ("今年被裁了", "被厂子裁了") is a worker, whoever tells it (eval8 F01 was read as 企业 from
# "在大连甘井子区的厂子里干了二十多年": the works named is where the husband worked).
WORKER = re.compile(
    r"(?:欠|拖欠|克扣|扣)(?:了)?(?:我|俺|咱)|(?:我|俺)的工资|欠薪|讨薪|要工资|不给(?:我|俺)?(?:发)?工资|"
    # "老板没给交保险" (a worker's complaint, not the boss asking)
    # "厂里好像没给我交失业保险，去年底让我回家的" (eval97 NB07 was read as a firm)
    r"(?:老板|单位|厂里|公司)(?:一直|从来|也|好像|根本|压根|都|就)*没(?:给|帮)(?:我|俺|他|她)?(?:交|缴|上)(?:过)?(?:失业)?保险|"
    r"让(?:我|俺)(?:们)?回家(?:了|的)?|"
    # "干保洁的 单位不给交社保 我想自己交" (eval73 PB05, a cleaner, was read as 企业)
    r"(?:老板|单位|厂里|公司)(?:一直|从来|也|好像|根本|压根|都|就)*(?:不|没)(?:给|帮)(?:我|俺|他|她)?(?:交|缴|上)(?:过)?(?:失业)?(?:保险|社保)|"
    r"被(?:厂子?|公司|单位|企业|老板)?(?:裁|辞退|辞了|开除|开了|下岗)|"
    # "厂里让俺内退了" (eval77 TA07, a woman worker of 50, was read as 企业): what the employer did to the speaker
    r"(?:厂里|厂子|单位|公司|企业|老板)(?:让|叫|要|逼)(?:我|俺)(?:们)?(?:内退|退休|下岗|回家|走人|辞职|离职)|内退了|"
    # "厂子把我们辞了", "在普兰店水产厂干了十来年" (eval51 V01 was read as 企业, twice)
    r"(?:厂子?|公司|单位|企业|老板)(?:把|将)(?:我|俺)(?:们)?(?:给)?(?:辞|裁|开|辞退|开除)|"
    # "我让厂子给开了" (eval108 YB08, a laid-off worker, was read as 企业): 让 as 被
    r"(?:我|俺)(?:们)?(?:让|叫)(?:厂子?|厂里|公司|单位|企业|老板)(?:给)?(?:辞|裁|开|辞退|开除|炒)|"
    # "去年厂子不行把我们都放了 现在在市场上卖菜" (eval67 JA03, a woman of 45, was read as 企业)
    r"(?:把|将)(?:我|俺)(?:们)?(?:都|全|也|给)*(?:放了|撵了|打发了|辞了|裁了|开了)|"
    r"(?<![们])在[^，。,\s]{0,8}?(?:厂|公司|单位|企业)(?:里)?(?:干了|上了|工作了|做了)|"
    # "上周被一家公司录用了" (eval49 P24, a hire, was read as 企业): the one hired tells it
    r"被[^，。,；\s]{0,6}?(?:厂子?|公司|单位|企业)(?:录用|聘用|招用|录取|招进去|招了)|"
    # "我已经被超市招了", "现在一个饭店要我了" (eval55 I24): any employer, the one hired tells it
    r"(?:已经|刚|才)被[^，。,；\s]{1,6}?(?:录用|聘用|招用|录取|招)了|(?:饭店|饭馆|酒店|超市|商场|店里?)要(?:我|俺)了|"
    # "7月进了大连一家科技公司 签了3年合同" (eval59 BB12, a graduate, was read as 企业 and asked of 重点保障企业)
    r"(?:进了|进入|入职了?|去了)[^，。,；\s]{0,10}?(?:厂子?|公司|单位|企业|饭店|超市)|"
    # "俺儿子厂里给辞了" (eval21 S07, a father, was read as 企业 and heard 稳岗返还)
    r"给(?:辞|裁|辞退|开除)(?:了|掉)|"
    # "我去年在大连一个公司见习…那我自己能拿啥" (eval44 D24, a trainee, was asked "贵企业新招用了多少名…")
    # (one's own work, not a family member's workplace: "我老公在凌源一个厂上班…他们厂搞培训" asks of the works)
    r"(?:我|俺)(?!们)(?:(?!老公|老婆|儿子|闺女|女儿|爱人|孩子|对象|妈|爸|家里)[^，。,？?！!]){0,8}"
    r"(?:公司|单位|企业|厂子?|工厂)(?:里)?(?:刚|才|新)?(?:见习|实习|上班|打工|干活|工作|入职)|"
    # "老板说招我能拿政府补贴 这钱是给我的还是给公司的" (eval45 C24, an employee of 28, was read as the firm)
    r"(?:招|雇|录用|聘)(?:了)?(?:我|俺)(?![们])|"
    # "老伴55 她是厂子下岗的" (eval43 E24, a couple, was read as a firm of 2 staff): laid off from the works
    r"(?:是|从)(?:厂子|厂里|工厂|单位|公司|企业)(?:里)?(?:下岗|裁员|辞退|出来)|"
    # "原来厂子下岗了 在街道登记失业八个月了" (eval101 RA08, a woman of 50, was read as a firm and kept nothing else)
    r"(?:厂子|厂里|工厂|单位|公司|企业)(?:里)?(?:就|早就|早)?(?:下岗|下了岗)(?:了)?|"
    # "单位说我还得干一年来的才退" (eval102 SA02, a woman of 57, was read as a firm): what the employer told the speaker
    r"(?:单位|公司|厂里|领导|老板)(?:跟我|跟俺)?(?:说|讲|告诉|通知)(?:我|俺|了我)|"
    # "我六十一了 厂子早黄了" (eval23 U12, a 61-year-old, heard three hiring subsidies): the works one lost
    r"(?<!我们)(?<!俺们)(?<!咱们)(?:厂子|厂里|工厂|单位)(?:早|也|都|早就)?"
    # "厂子前年黄的", "厂子19年就黄了" (eval101 RB07's words in a test): when it closed said between
    r"(?:(?:前年|去年|今年|大前年|\d{2,4}年|那年)(?:就|也)?)?(?:黄了|黄的|倒闭|关了|关门|没了|破产|不干了|停了|散了|不要人了)|"
    # "我是女的 厂里工人 50退休" (eval29 P05 became 企业 and could not change back): a worker saying what they are
    # "我是女的厂里工人" (the API joins Chinese words: the space after 女的 is gone)
    # "原来是厂里女工人" (eval63 FB12's words in a test, read as 企业): 女/男 before the worker
    # "我不干家政 就厂里普工" (eval103 TA08, a migrant worker, was read as a firm and asked of its new hires)
    r"(?:^|[，,。\s]|我是|俺是|是|就|(?<!们)的)(?:厂里|厂子里|工厂|单位|企业)(?:的)?(?:女|男)?(?:工人|普工|职工|工)(?![们都人厂]|[\d一二两三四五六七八九十几百]+(?:个|名|多|来|号人))|"
    r"(?:我|俺)(?:们)?(?:是|都是|就是)?(?:农民工|打工的)|"
    r"(?:我|俺)是(?:个)?(?:工人|普工)|"
    # "我聊城的 今年54 在厂里是工人 失业金3月份领完了" (eval36 T07 was read as 企业 and heard 稳岗返还 sums): a worker in
    # the works, and 失业金 is only ever a person's
    r"(?<!们)在(?:厂里|厂子里|工厂|单位|企业|公司)(?:是|当|干|做)(?:个)?(?:工人|普工|职工|临时工)|"
    r"失业金[^，。,；\s]{0,4}?(?:领完|领到|停了|断了|到期)|(?:我|俺)(?:在)?领(?:着|了)?失业金|"
    # "以前在砖厂干活，厂子关了" (eval13 K10 was read as 企业 and heard the hiring subsidies)
    # "原来在公交公司做保洁 开春就没活了" (eval37 Z01, a cleaner of 57, was read as 企业)
    r"(?:以前|原来|之前|过去|早先)(?:在|是)[^，。,\s]{0,8}?(?:干活|干(?![部嘛啥什])|做(?!生意|买卖)|当|上班|打工|工作|的工人)|"
    r"(?:在社区|去社区|在街道)?(?:登记失业了|登记了失业|办了失业登记|失业登记了|失业登记\d+个月)|"
    # "2020年初从厂子下岗了，原来是国企的" (eval17 O01): the works one left, and a past employer
    r"从(?:厂子?|公司|单位|企业|国企|工厂|矿上|矿里)[^，。,\s]{0,3}?(?:下岗|被裁|裁下来|失业)|"
    r"(?:以前|原来|之前)是(?:国企|企业|厂里|工厂)的|"
    # "企业招我还能拿那2500不" (eval17 O09): the one hired asks
    r"(?<!我们)(?<!咱们)(?<!俺们)(?:企业|公司|单位|老板|厂子?|用人单位)(?:要是|如果)?(?:招|雇|录用|聘)(?:了|用)?"
    r"(?:我|俺)(?![表堂弟哥姐妹爸妈儿女老亲家们的同朋])|(?:我|俺)[^，。,\s]{0,4}?(?:去)?应聘|"
    # "厂子招他 厂子有补贴没有" (eval67 JA06, a father asking for his son, was read as the works)
    r"(?<!我们)(?<!咱们)(?<!俺们)(?:企业|公司|单位|老板|厂子|厂里|用人单位)(?:要是|如果)?(?:招|雇|录用|聘)(?:了|用)?(?:他|她)(?![们])"
)
# An owner speaking of the staff it kept ("12个人没裁员，返多少", eval8 F10 was read as 个人 自主创业): a head count
# with its layoffs or the 返还 of the unemployment insurance is the employer's question.
STAFF_KEPT = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几]+)\s*(?:个|名)?(?:人|员工|职工|工人)[^，。,；]{0,4}?(?:没|没有|未|不|都没)?(?:裁员|裁人|裁|减员)|"
    r"(?:\d+|[一二两三四五六七八九十几]+)\s*(?:个|名)?(?:人|员工|职工|工人)[^。；]{0,12}?返(?:还)?(?:多少|几|了)|"
    # "我们去年裁了3个人 总共100人" (eval14 L24 was read as a laid-off person)
    r"(?:我们|俺们|咱们|我司)[^，。,；]{0,6}?裁(?:了|掉)?\s*(?:\d+|[一二两三四五六七八九十几]+)\s*(?:个|名)"
)
# The speaker runs a business ("俺是开小超市的", "俺在大连开了个小厂"): the owner of a shop or a works asks as
# its employer (12345 E05, E36 were told 申请身份：个人). Said with 个体户 it stays a self-employed person
# unless they hire (the enterprise words 招了/雇了 already say so).
OWNER = re.compile(
    # "我是大连开饭店的" (eval37 Z18 was read as 自主创业 and heard the 稳岗返还 as a person's)
    r"(?:我|俺|咱)们?(?:是[^，。,\s开]{0,4}|在[^，。,\s]{0,4})?开(?:了)?(?:个|家|一个|一家|间|一间)?[^，。,\s的]{0,4}"
    r"(?:厂|店|馆|铺|超市|公司|饭店|餐馆|饭馆|作坊|商店|门市|商行)(?!上班|打工|干活)"  # "开了个小面馆" (eval71 NA01)
)
# "聊城开饭店的，…社保能不能缓交" (eval26 A06 was told of 失业保险金 as a jobless person): the owner, the subject left
# out, asking of what an employer pays
SUBJECTLESS_OWNER = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{0,4}?)\s*开(?:了)?(?:个|家|一个|一家|间)?[^，。,\s的]{0,4}"
    r"(?:厂|店|超市|公司|饭店|餐馆|饭馆|作坊|商店|门市|商行)的"
)
EMPLOYER_ASKS = re.compile(r"社保|员工|职工|工人|招人|招工|缓缴|缓交|稳岗|单位缴")
# "我们是聊城一家28人的小厂" (eval6 E02 was asked 以什么身份申请): the speaker is the firm it describes itself as
FIRM_SELF = re.compile(
    # "我是个人下岗女工不是企业" (eval29 P05: "个人" is no classifier, and a negated firm is not one said); "我家" is
    # one's family ("我是凌源的我家老头子59了厂子不干了", eval47 R21, a wife, was read as a firm)
    r"(?:我|俺|咱)们?(?:是|这是)[^，。,\s]{0,12}?(?<![我俺咱你他她])(?:一家|一个|家|个)(?!人)(?:(?!不是|并非|不算)[^，。,\s]){0,8}?"
    r"(?:厂|超市|公司|饭店|餐馆|饭馆|作坊|商店|商行|企业)(?![里子]?(?:上班|打工|干活)|的(?:员工|职工|工人|老师|会计))|"
    # "我们是凌源的服装厂" (eval58 B20 was asked 以什么身份 and heard 人才安家补助): a place's firm, no classifier
    r"(?:我|俺|咱)们(?:是|这是)[^，。,\s]{0,8}?的[^，。,\s]{0,6}?(?:厂|超市|公司|饭店|餐馆|饭馆|作坊|商店|商行|企业)"
    r"(?![里子]?(?:上班|打工|干活)|的?(?:员工|职工|工人|老师|会计))"
)
WE_HIRE = re.compile(r"(?:我们|俺们|咱们|我们这|合作社)[^，。,；？?]{0,6}?(?:雇|招|吸纳)(?:了|用|的|过)?(?!工作|不到)")
OUR_FIRM = re.compile(r"(?:我|俺|咱)们(?:公司|企业|单位|厂|店|饭店|超市)|我司|本公司")
SELF_EMPLOYED = ("个体户", "个体工商户", "个体经营")
# "开饭店 不到一年": a new founder asks about starting up (创业担保贷款, 创业补贴 are the person's), not as an employer
# "我在凌源开网店，大学生能贷20万不" (eval21 S03), "残疾人…开个小店创业" (S06): a founder on their own, not an employer
STARTING = re.compile(
    r"不到(?:一|1|半)年|刚开|新开|才开|想开|要开|准备开|打算开|网店|开[^，。,\s]{0,3}?(?:几|[一二两三四五六七八九十\d]+)个月|"
    r"(?<!我们)创业"
)
# a founder saying so ("刚注册了个小公司", "我是创业的", "第一次办营业执照"): the person starting up asks
FOUNDER = re.compile(
    r"(?<!我们)创业的|刚(?:在[^，。,\s]{0,4})?注册|新注册|刚成立|(?:第一次|头一回|头一次)办(?:营业)?执照|刚办(?:了)?(?:营业)?执照|"
    # "我在大连想开公司，有什么创业补贴" (eval82 YB04 was read as 企业 and listed employers' hiring subsidies)
    r"(?:(?:想|要|准备|打算|计划)(?:自己)?(?:在[^，。,\s]{1,6}?)?|自己)(?:开|办|注册|成立)(?:个|一个|家|一家)?(?:小)?(?:公司|企业|厂)"
)
# "30个人", "三个人" are head counts, not 个人 (a person asking for themselves)
HEAD_COUNT = re.compile(r"(?:\d|[一二两三四五六七八九十百千几多])个人")


# A person's own work (eval9 G07 "一直没找到单位，现在在甘井子送外卖，自己按灵活就业交社保" was read as 企业 from 单位):
# the unit not found is no firm asking
OWN_WORK = re.compile(
    r"送外卖|跑外卖|骑手|跑滴滴|网约车|打零工|打工|灵活就业|没找到(?:单位|工作)|找不到(?:单位|工作)|"
    r"(?:在市场上?|在早市|在街上|在路边)?(?:卖菜|卖水果|摆摊|出摊|摆地摊)"  # eval67 JA03: "现在在市场上卖菜"
)
# What only the firm itself says: its own staff, its own hires, itself by name
FIRM_SPEAKS = re.compile(
    # "你就告诉俺厂子招残疾人给不给钱" (eval67 JA06): 俺 told, not 俺厂
    r"(?<!告诉)(?<!跟)(?<!给)(?:我|俺|咱)们?(?:公司|企业|单位|厂|店|饭店|超市)(?!里上班)|贵(?:公司|企业|单位)|我是(?:老板|法人|人事|HR|hr)|"
    r"(?:招了|雇了|新招|招用|吸纳)"
)


def firm_speaks(text: str) -> bool:
    """The words say the firm itself is asking (its staff, its hires, "我们公司"), not a workplace in a story."""
    return bool(OWNER.search(text) or FIRM_SELF.search(text) or STAFF_KEPT.search(text) or FIRM_SPEAKS.search(text))


def _all_negated(text: str, word: str) -> bool:
    """Every mention of `word` follows a negation ("我不是企业")."""
    starts = [m.start() for m in re.finditer(re.escape(word), text)]
    return all(re.search(NEG + r"\s*$", text[max(0, i - 3) : i]) for i in starts)


def _named(text: str, value: str, words: list[str]) -> bool:
    if value == "person":
        text = HEAD_COUNT.sub("", text)
    return any(w in text and not _all_negated(text, w) for w in words)


# a firm named as where one goes or who is paid ("想去企业见习 补贴是给我还是给企业", "发给单位"): not who is asking
# (eval12 J16: a graduate became an enterprise, and was asked "贵企业是否…")
TO_FIRM = re.compile(
    # "要是去小公司上班" (eval51 V06, a graduate, was read as 企业 of 小型)
    r"(?:去|到|进|给|发给|打给|是给|交给|还是)(?:小微|中小|私营|民营|小|大|一家|个)?(?:企业|单位|公司|厂里|工厂|厂子)"
)


# an incubator named as where a founder would go ("孵化基地能不能免费入驻", "想入驻孵化基地": eval25 W04, a founder of
# three, was taken for the incubator and heard its 500万 subsidy, and again after "不对 我不是孵化基地")
INCUBATOR = r"(?:创业)?(?:孵化基地|孵化器|孵化平台|孵化园|孵化载体|众创空间|创业园|创业基地|产业园区)"
INTO_INCUBATOR = re.compile(
    # "有没有地方能免费给我用 比如孵化基地" (eval49 P12, a founder, was read as the incubator)
    r"(?:比如|例如|像是?|或者|什么)(?:说)?(?:那种)?" + INCUBATOR + r"|"
    r"(?:去|到|进|入驻|进驻|住进|搬进|入园|进园)(?:各级|政府|市里|区里|县里)?(?:的|办的)?"
    + INCUBATOR
    + r"|"
    + INCUBATOR
    + r"[^，。,；？?]{0,6}?(?:入驻|进驻|进去|住进|搬进)"
)


# who pays, asked ("钱是单位给还是政府给啊 我闺女…", eval29 P16: a mother was read as 企业): the firm is not the speaker
PAYER = re.compile(
    r"(?:企业|单位|公司|用人单位|见习单位)(?:给|出|发|掏|承担|付)(?:钱|的)?(?=还是|呀|啊|吗|呢|[？?，,。\s]|$)"
)


# "我们是物流公司 用的都是劳务派遣工" (eval73 PA11 was read as an agency, twice corrected): the workers a firm uses
DISPATCHED = re.compile(r"(?:劳务)?派遣(?:来的|过来的)?(?:工人|员工|人员|工)")
# "不对 我们不是中介 是物流公司" (PA11 was then read as a person): the firm said after the one denied
FIRM_NOT_AGENCY = re.compile(
    r"不是(?:中介|职介|人力资源|劳务派遣|派遣|孵化|猎头)[^，。,\s]{0,6}[，,\s]*(?:而)?是[^，。,\s]{0,8}"
    r"(?:公司|企业|厂|单位|合作社|饭店|店)(?![的里])"
)


def applicant_type(text: str) -> str | None:
    text = PAYER.sub("", INTO_INCUBATOR.sub("", TO_FIRM.sub("", text or "")))
    text = DISPATCHED.sub("员工", text)
    if FIRM_NOT_AGENCY.search(text):
        return "enterprise"
    if family_member.PROXY.search(text) and not firm_speaks(text) and not re.search(r"招|雇|员工|职工", text):
        # "我替我爸问一下…厂子下岗了" (eval96 MA08, a daughter, was read as a firm and told "不能" of 稳岗返还): a member's
        # workplace is not who asks
        return "person"
    firm = next((v for v, ws in APPLICANT_WORDS[:2] if _named(text, v, ws)), None)
    if firm:  # "我们不是企业 是人力资源服务机构": the agency said, not the negated 企业
        return firm
    bare = SUBJECTLESS_OWNER.search(text)
    if (
        bare
        # "临清 开超市的 9个人 社保能免吗" (eval42 F02 was read as a person): a county is a place too
        and (
            not bare.group("place")
            or regions.regions_in_text(bare.group("place"))
            or places.places_in_text(bare.group("place"))
        )
        and EMPLOYER_ASKS.search(text)
    ):
        owner = bare
    else:
        owner = OWNER.search(text) or FIRM_SELF.search(text)
    if owner and not any(w in text for w in SELF_EMPLOYED) and not STARTING.search(text):
        return "enterprise"
    if STAFF_KEPT.search(text) and not WORKER.search(text) and not any(w in text for w in SELF_EMPLOYED):
        return "enterprise"
    if WE_HIRE.search(text) and not WORKER.search(text):
        return "enterprise"  # "我们是合作社 雇了村里十来个贫困户" (eval50 Q20 was read as a person, then as jobless)
    # "我们公司原来在大连做外贸": the firm's own past, not a worker's
    if spoken_facts.SAYS_PERSON.search(text) or WORKER.search(text) and not OUR_FIRM.search(text):
        return "person"
    if OWN_WORK.search(text) and not firm_speaks(text):
        return "person"
    if (
        FOUNDER.search(text)
        and re.search(r"我|俺", text)
        and not re.search(r"招|雇|员工|职工|工人|裁|(?:我们|俺们|咱们)(?:是)?(?:企业|单位|厂)", text)
    ):
        return "person"  # "刚注册了个小公司 3个人 孵化基地能不能免费入驻" (eval25 W04): the founder asks, hiring no one
    person = spoken_facts.who(text, [w for v, ws in APPLICANT_WORDS if v != "person" for w in ws])
    if person:  # "我老公厂子倒闭了", "在单位就业": the workplace named is not who is asking
        return person
    for value, words in APPLICANT_WORDS:
        if _named(text, value, words):
            return value
    return None


def keep_applicant(found: dict[str, Any], current: str | None, text: str) -> dict[str, Any]:
    """Once the applicant is an enterprise, what it says about its staff ("我们25个人 去年裁了2个",
    "就这5个毕业生", "30个人 能拿多少") stays the enterprise's: it becomes a person only when the words say so.
    Once a person, a workplace named ("厂子没给交够", eval9 G02) or a list of employers ("都是些饭店超市物流公司" from
    an agency, G13) changes nothing: only the firm speaking of itself does."""
    if current == "enterprise" and NONE_GRADUATES.search(text) and "new_hires_graduates" not in found:
        # "没有大学生！招五十多岁下岗的人" (eval51 V20, a firm, was asked the graduates' count twice)
        found = {**found, "new_hires_graduates": 0}
    said = found.get("applicant_type")
    if current and said in FIRMS and said != current and not firm_speaks(text):
        return {k: v for k, v in found.items() if k != "applicant_type"}
    if current not in FIRMS or spoken_facts.SAYS_PERSON.search(text) and found.get("applicant_type") == "person":
        return found
    if found.get("applicant_type", "person") != "person":
        return found
    vocab = vocabulary()
    kept = {k: v for k, v in found.items() if k != "applicant_type" and vocab[k].group != "person"}
    if current == "enterprise":  # "那2个失业的登记失业有大半年了": read as a person's words, said of the firm's hires
        from actions.profile_facts import numeric_text  # profile_facts reads this module

        m = spoken_facts.LONG_JOBLESS.search(numeric_text(text))
        if m:
            kept.setdefault("new_hires_long_term_unemployed", int(m.group("n")))
        _among_hires(numeric_text(text), text, kept)
    return kept


# a firm saying none of its hires are graduates, in a person's words ("都说了不是大学生", "没有大学生")
NONE_GRADUATES = re.compile(r"(?:没有|没|不是|都不是|也不是)(?:应届|高校)?(?:的)?(?:大学生|毕业生)")


# "12个里有2个是今年毕业的大学生 另外10个是村里的" (eval47 R20, a firm, was asked again how many graduates it hired):
# a count among the firm's people, by who they are
AMONG = re.compile(r"(?:里|中|其中|里头|里面|当中)(?:有)?\s*(?=\d+\s*(?:个|名|位))")


def _among_hires(digits: str, text: str, kept: dict[str, Any]) -> None:
    from actions.profile_facts import hire_counts  # profile_facts reads this module

    for m in AMONG.finditer(digits):
        found: dict[str, Any] = {}
        hire_counts(re.split(r"[，。,；;！？!?\s]", digits[m.end() :], maxsplit=1)[0], text, found)
        for k, v in found.items():
            kept.setdefault(k, v)


def size(text: str) -> str | None:
    text = re.sub(r"(?:不是|不算|并非|不属于)[^，。,；\s]{1,6}", "", text)  # "我们是大型企业不是中小微"
    for value, words in SIZE_WORDS:
        if any(w in text for w in words):
            return value
    return None
