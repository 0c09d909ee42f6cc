"""Whether something can be applied for online ("失业保险金能在网上申请吗", "不用跑窗口吧"): what the texts of the
person's place say of handling matters online, cited, and what they leave unsaid.

12345 evaluation 48 (M22, laid off in 大连, on 2020-03-05): "我问的是能不能网上申请 不用跑窗口" heard "不能。参保职工技能
提升补贴…只给“企业职工”", a verdict on another measure, and then that measure's sentence again; 大政发〔2017〕46号（十七）
"推广网上受理、网上办理、网上反馈" was never said. None of the texts says that a named benefit can or cannot be
claimed online, so the reply never answers yes or no: it quotes the sentences on online handling issued by the day
asked, says the benefit asked about is not among them where it is not, and names who decides.
"""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from answers.models import Reply

ASKED = re.compile(
    r"(?:网上|线上|在线|手机上|微信上|网络上|掌上)(?:能|可以|能不能|可不可以)?(?:申请|申领|办理?|领|登记|报名|提交)|"
    r"(?:不用|不必|不想|少)跑(?:窗口|大厅|一趟|腿)?|(?:能|可以)(?:网办|网上办)|不见面办"
)
# handling online, as the texts write it (not 线上招聘 / 线上培训, which are services, not claims)
HANDLING = re.compile(
    r"网上(?:受理|办理|申请|申领|反馈)|线上(?:申领|失业登记|申请|办理)|线上线下相结合|在线办理|不见面办理|全程网办|"
    r"开放线上"
)
# what the person asks to do online, and the words a sentence would use for it
TOPICS = (
    (re.compile(r"失业(?:保险)?金|失业金"), "失业保险金"),
    (re.compile(r"失业登记|登记失业|登个记"), "失业登记"),
    (re.compile(r"补贴|补助"), "补贴"),
    (re.compile(r"贷款"), "贷款"),
)
MOST = 3


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    if not ASKED.search(text or "") or not region:
        return None
    topic = next((word for pattern, word in TOPICS if pattern.search(text)), None)
    found = place_sentences.find(HANDLING, region, as_of)
    # the sentence on the matter asked first ("失业金能网上申请不" in 聊城: 第21条's 线上申领失业保险金, eval53 L21), so
    # it is the clause a follow-up ("找谁") is about
    found = sorted(found, key=lambda c: not (topic and topic in c["quote"]))[:MOST]
    on_topic = [c for c in found if topic and topic in c["quote"]]
    found = on_topic or found  # the others (线上招聘, 稳岗返还 全程网办) are not what was asked (eval54 U22)
    if not found:
        lines = [
            f"按{cn_date(as_of)}已印发的收录文件中，适用于{region}的规定没有写到网上（线上）办理。"
            f"{topic or '这件事'}能否网上办理，请向当地人力资源社会保障部门咨询，或拨打{HOTLINE_NAME}。"
        ]
        # what the texts of the day say of it at all, where it is named (a 凌源 caller on 2020-02-15: 一、（五）)
        about = place_sentences.find(re.compile(topic), region, as_of)[:2] if topic else []
        if about:
            lines.append(f"文件中与{topic}有关的规定：")
            lines += [place_sentences.line(c) for c in about]
        return Reply("\n".join(lines), about, meta={"online": True})
    lines = [f"按{cn_date(as_of)}已印发的收录文件，适用于{region}的规定中写到网上（线上）办理的有："]
    lines += [place_sentences.line(c) for c in found]
    if topic and not any(topic in c["quote"] for c in found):
        lines.append(f"这些规定没有写明{topic}能否网上申请。")
    lines.append(
        f"具体能否网上办理、在哪个平台办理，以经办部门为准，可向当地人力资源社会保障部门咨询或拨打{HOTLINE_NAME}。"
    )
    sums = _sums(text, topic, region, as_of)  # "…能在网上申请吗 一个月能给多少" (eval54 U22 heard only the first half)
    if sums:
        lines.append(f"您还问到{topic}的金额，原文是：")
        lines += [place_sentences.line(c) for c in sums]
    return Reply("\n".join(lines), found + sums, meta={"online": True, "low_confidence": False})


def _sums(text: str, topic: str | None, region: str, as_of: date) -> list[dict]:
    """The sentences stating the amount of the matter asked, when the message asks how much too."""
    from answers.sentences import has_feature

    if not topic or not re.search(r"多少|几个钱|给多少|领多少|标准", text):
        return []
    return [c for c in place_sentences.find(re.compile(topic), region, as_of) if has_feature(c["quote"], "amount")][:2]
