""" "户口不在大连有没有影响" after a measure (eval97 NA12, a founder from 吉林, heard the 商事制度 and 奖补 sentences; 46号（八）
says the loan is "不受户籍限制"): whether the clause in play sets a condition of household registration, and what the
place's texts say of it where they do, quoted; registration for unemployment is actions/registration.py's."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from actions.profile import TOPIC, profile_from_slots
from answers import place_sentences
from answers.models import Reply
from answers.sentences import record_of

ASKED = re.compile(
    r"(?:户口|户籍)[^，。？?]{0,10}(?:影响|限制|要求|能不能|能拿|能领|能办|能享受|行不行|可以吗|算不算|管不管)|"
    r"外地(?:户口|户籍|人)[^，。？?]{0,8}(?:能|可以|行)"
)
OTHER_TOPIC = re.compile(r"失业登记|登记失业|失业金|失业保险金|落户|迁户口|入户")
# what the texts say of household registration for a measure: no limit, or where one may apply
SAID = re.compile(r"不受户籍限制|户籍限制|户籍地或常住地")
MOST = 2


# "我是问户口在大连 那我在哪边办", "就告诉我在沈阳办还是回大连办" after 失业补助金 (eval100 QB05, heard a 残疾人 question and
# "还找不到能确定适用的政策"): where to register, which the texts answer ("可在户籍地或常住地办理失业登记")
WHERE_ASKED = re.compile(
    r"(?:户口|户籍)[^，。？?]{0,12}(?:哪边|哪儿|哪里|在哪|去哪|上哪)(?:办|登记|申请|领)|在[\u4e00-\u9fff]{2,4}办还是(?:回|在|去)"
)
UNEMPLOYED_TALK = re.compile(r"失业")


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if WHERE_ASKED.search(text or "") and UNEMPLOYED_TALK.search(
        f"{tracker.get_slot(TOPIC) or ''}{(in_play(tracker, text)[0] or {}).get('quote') or ''}"
    ):
        from actions.registration import reply as registration

        return registration(f"户口不在这边 去哪办失业登记 {text}", profile_from_slots(tracker.slots), as_of)
    if not ASKED.search(text or "") or OTHER_TOPIC.search(text or ""):
        return None
    cite = in_play(tracker, text)[0]
    rec = record_of((cite or {}).get("clause_id") or "")
    if cite is None or rec is None:
        return None
    region = tracker.get_slot("region") or cite.get("region")
    own = [s for s in rec.sentences if re.search(r"户籍|户口", s.text)]
    lines: list[str] = []
    cites: list[dict] = []
    if own:
        lines.append("您问的这一条写到户籍的是：")
        found = [place_sentences.cite(rec, s, as_of) for s in own[:MOST]]
    else:
        lines.append("您问的这一条原文没有写户籍条件，也没有写只限本地户口。")
        found = [c for c in place_sentences.find(SAID, region, as_of) if "失业登记" not in c["quote"]]
        found = sorted(found, key=lambda c: "不受户籍限制" not in c["quote"])[:MOST]  # no limit at all, first
        if found:
            lines.append("收录的文件里写到户籍的规定有：")
    lines += [place_sentences.line(c) for c in found]
    cites += found
    lines.append("外地户口能否享受，以经办部门认定为准。")
    return Reply("\n".join(lines), [dict(cite), *cites], meta={"low_confidence": False, "residence": True})
