"""Fixed wordings every channel shares (one wording, not four).

HELP and WELCOME name the covered documents and places: they are computed from the knowledge data
(knowledge/coverage.py) when read, so a new document needs no code change.
"""

from answers.contact import HOTLINE, HOTLINE_NAME
from answers.departments import departments_text
from knowledge import coverage

DIALOGUE_DOWN = "智能对话暂不可用，以下为相关政策原文，供您参考："
DIALOGUE_DOWN_SHORT = "智能对话暂不可用。"
NOTHING_FOUND = "抱歉，没有找到与您的问题相关的政策条款。"
LOW_CONFIDENCE = "没有找到与您的问题直接对应的条款，以下是最接近的一条，仅供参考："
OFFER_HUMAN = f"如需人工帮助，请回复“转人工”或拨打{HOTLINE_NAME}。"

# The text-only channel (WeChat): what is said for a message it cannot read, a failure, paging.
NON_TEXT = (
    "抱歉，目前只能阅读文字消息，暂时无法处理图片、语音、位置等内容。"
    "请用文字描述您的情况或问题，例如“失业了能领什么补贴？”"
)
VOICE_UNHEARD = f"抱歉，暂时听不清语音内容。请打字发送您的问题（如“失业了能领什么补贴？”），或拨打{HOTLINE_NAME}。"
SORRY = f"抱歉，系统暂时无法回答您的问题，请稍后再试，或拨打{HOTLINE_NAME}。"
MORE = "回复“更多”查看下一页"
NO_MORE = "没有更多内容了。您可以继续提问。"
TOO_FAST = f"您发送消息太频繁了，请稍等一分钟再发。如需人工帮助，请拨打{HOTLINE_NAME}。"


def too_many_requests(wait_seconds: int) -> str:
    """The web API's 429 words."""
    return f"请求过于频繁，请{wait_seconds}秒后再试。如需帮助请拨打{HOTLINE}热线。"


OUT_OF_SCOPE = (
    "抱歉，这个问题超出了我的服务范围。我只解答就业创业扶持政策方面的问题，"
    "例如：高校毕业生、失业人员、残疾人等的就业补贴，企业招人补贴、稳岗返还、创业担保贷款和创业补贴。"
    f"其他事项请拨打{HOTLINE_NAME}。"
)

PERSONAL_RECORD = (
    "这里查不了个人的社保缴费记录、账户余额或办理进度：本助手只解答就业创业政策原文，看不到任何个人信息。"
    f"请到当地社会保险经办机构窗口查询，或拨打{HOTLINE_NAME}，由热线转相关部门。"
    "如想了解社保补贴等政策，可以直接问我。"
)


# Asks this assistant cannot answer from policy texts: said plainly, with where to ask (never a clause
# that merely shares a word, such as 46号（十三） on 个人所得税 for a severance payment).
NOT_SERVED = {
    "tax": (
        "这里不能计算个人所得税：本助手只解答就业创业扶持政策原文。个人所得税请咨询当地税务部门（纳税服务热线12366），"
        f"或拨打{HOTLINE_NAME}。如想了解就业创业补贴等政策，可以直接问我。"
    ),
    # "我老公在工地上摔伤了 现在干不了活 有啥补贴" (eval39 J24, rated 1, heard training and jobless subsidies)
    "work_injury": (
        "收录的文件是就业创业扶持政策，没有工伤认定和工伤保险待遇（医疗费、停工留薪期工资、伤残补助等）的规定，"
        "这里不能判断工伤待遇。工伤认定和待遇请向当地人力资源社会保障部门（工伤保险经办机构）咨询，"
        f"或拨打{HOTLINE_NAME}，由热线转相关部门。伤好后找工作、失业登记或就业困难人员认定的政策，可以接着问我。"
    ),
    # "那养老钱呢 俺现在补交能领不" (eval44 D10, rated 1, a woman of 58 heard 不能 of the 失业保险金 clause)
    "pension": (
        "收录的文件是就业创业扶持政策，没有养老保险补缴、养老金领取条件和标准的规定，这里不能判断能否补缴、能领多少养老金。"
        "养老保险（含城乡居民养老保险）请向当地社会保险经办机构或人力资源社会保障部门咨询，"
        f"或拨打{HOTLINE_NAME}，由热线转相关部门。生活困难纳入低保、临时救助的规定，可以接着问我。"
    ),
    "min_wage": (
        "这里查不到各地最低工资标准的具体数额：收录的政策原文只写了按“当地最低工资标准”的一定比例计算，没有写数额。"
        f"最低工资标准请咨询当地人力资源社会保障部门，或拨打{HOTLINE_NAME}。"
    ),
    # "医保怎么报销啊" (eval97 NB07 heard the 失业保险基金 医保费 sentence and 聊城's 医保 rate cut)
    "medical": (
        "收录的文件是就业创业扶持政策，没有医疗保险报销范围、比例和办理的规定，这里不能回答怎么报销。"
        f"医保报销请咨询当地医疗保障部门（医保经办机构），或拨打{HOTLINE_NAME}。失业期间医疗保险费怎么缴，可以接着问我。"
    ),
    # what is kept of a conversation (api/web/pages.py says it under the input; api/redact.py masks at the door)
    "privacy": (
        "您的对话记录会保存一段时间，身份证号、电话号码在保存前自动隐去，保存期满后删除，只用于答复您和改进服务；"
        "转人工后，接线的工作人员能看到这段对话。本助手看不到您的社保、户籍等个人信息，回答政策问题也不需要您提供身份证号、"
        f"电话。对个人信息保护有疑问，可拨打{HOTLINE_NAME}。"
    ),
    # "公积金怎么提取" (eval98 OB07 was answered from 聊城's 缓缴住房公积金 sentence)
    "housing_fund": (
        "收录的文件是就业创业扶持政策，没有住房公积金提取条件和办理的规定。公积金提取请咨询当地住房公积金管理中心，"
        f"或拨打{HOTLINE_NAME}。企业阶段性缓缴住房公积金的规定，可以接着问我。"
    ),
}


_HELP = (
    "我是就业政策智能助手，可以：\n"
    "1. 回答就业创业政策问题，并给出文件原文、文号、责任单位和是否仍在有效期内；\n"
    "2. 问您几个问题，帮您判断能享受哪些补贴、大约多少钱；\n"
    f"3. 需要时为您转人工（{HOTLINE}）。\n"
)

_WELCOME = "您好！我是就业政策智能助手。请直接说您的情况或问题，例如“去年毕业的大学生在{place}找不到工作，有什么补贴？”"


def __getattr__(name: str) -> str:
    """notices.HELP / notices.WELCOME, worded from the knowledge data each time they are read."""
    if name == "HELP":
        return _HELP + coverage.coverage_sentence()
    if name == "WELCOME":
        return _WELCOME.format(place=coverage.short_name(coverage.example_place()))
    raise AttributeError(name)


# "我聋 打不了电话 去哪" (eval102 SA08, a deaf man, rated 1, was sent the phone line twice)
NO_PHONE = (
    "您说不方便打电话：可以请家人或朋友代为拨打，也可以带上身份证件到当地人力资源社会保障部门的服务窗口，"
    "用文字当面咨询。"
)


def handoff(departments: list[str] | None = None, no_phone: bool = False) -> str:
    # the units as the clause just cited lists them, never its first one as "the" one (eval73 PB08 was sent to 市发展改革委
    # for unpaid wages, the first unit of a 农民工工资 clause); which of them handles it, the hotline routes
    dept = f"刚才引用的条款列出的责任单位有：{departments_text(departments, limit=3)}。" if departments else ""
    said = f"好的，为您转人工服务。请拨打{HOTLINE_NAME}，工作人员可以查看您刚才的对话记录。{dept}"
    return f"{said}\n{NO_PHONE}" if no_phone else said


def handoff_reference(ref: str) -> str:
    """The ticket number a citizen quotes on the phone, so the agent finds the conversation."""
    return f"转接编号 {ref}，请拨打{HOTLINE}时告知坐席。"


def pinyin_read(read: str) -> str:
    """What a message typed in pinyin was read as, said before the answer (knowledge/pinyin_read.py)."""
    return f"您打的是拼音，我理解为：“{read[:100]}”。如果理解错了，请换个说法，或拨打{HOTLINE}。"
