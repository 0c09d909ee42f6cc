""" "现在呢" right after an answer given for another day (eval85 BB10, asked "按2020年4月的政策，大连的企业招了失业人员
有补贴吗", heard 18号（七）'s 5G industries for "现在呢"): the question just answered, asked again on the day the message
now means. `context.turn_as_of` has already moved the day ("现在" is the page's day); the question loses the words that
had set the old one, so its search is not moved back."""

from __future__ import annotations

import re

from actions.context import date_in_text

# a time and nothing else: "现在呢", "那按现在的政策呢", "今年咋样", "那2021年呢"
_TIME_SAID = (
    r"(?:那|那么|那要是|要是|如果)?(?:按|照|按照)?\s*"
    r"(?:现在|目前|如今|今天|当前|眼下|今年|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?)"
    r"(?:的)?(?:政策|规定|文件|情况)?(?:呢|啊|咋样|怎么样|如何|还有吗|还有没有|还有不|还能吗|还行吗|"
    # "现在还免吗" after 2020-03's 社保减免 (eval89 FB08 heard 18号（二）'s 房产税 as the closest)
    r"还(?:能|可以|让|给)?[免减缓返补发领有](?:吗|不|么|没有?))?"
)
# "那现在呢，现在还免吗" (eval90 GB08 was handed to a person): the time said twice
ONLY_TIME = re.compile(rf"^{_TIME_SAID}(?:[，,\s]*{_TIME_SAID})?[？?。！!，,\s]*$")
# the words that had set the old day: "按2020年4月的政策，", "2020年4月的时候"
POLICY_TIME = re.compile(
    r"(?:按|照|按照|在)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?"
    r"(?:的时候|那会儿?|那时候?|时|的)?(?:的)?(?:政策|规定|文件)?(?:来说|来看|算)?[，,、\s]*"
)


def asked_again(text: str, topic: str | None) -> str | None:
    """The question to answer again when `text` names only a time after `topic` was answered; None otherwise."""
    if not topic or not ONLY_TIME.match(re.sub(r"\s+", "", text or "")):
        return None
    again = POLICY_TIME.sub("", topic).strip() if date_in_text(topic) else topic
    return again if len(re.sub(r"[^\u4e00-\u9fff]", "", again)) >= 4 else None
