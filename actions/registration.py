"""Whether one can register as unemployed ("俺今年61了…想去人社那办个失业登记，能办不", "61岁能不能办失业登记"):
the sentences that say who registers and where, quoted for the person's place, then what their age settles.
Evaluation 13 (K10) heard "不能" from the 失业保险金 clause and a list of hiring subsidies instead."""

from __future__ import annotations

import re
from datetime import date

from actions.retirement_age import past, said_age
from answers import place_sentences
from answers.models import Reply

ASKS = re.compile(
    r"失业登记[^，。？?！!]{0,6}?(?:能|可以|能不能|可不可以|咋|怎么|怎样|如何|去哪|在哪|哪里)(?:办|登|做)|"
    r"(?:能|可以|能不能|可不可以|咋|怎么|怎样|如何|去哪|在哪|哪里)(?:办|做|去办|登)(?:理)?(?:个|一下)?失业登记|"
    r"失业登记.{0,8}?(?:能办不|能办吗|办得了|能不能办|还能办|让办不|给办不)|"
    # "外地户口能登记失业不" (eval40 H20 heard 失业保险金 and 稳岗返还 clauses)
    r"(?:能|可以|能不能|可不可以|让|给)登记失业(?:不|吗|么|[？?]|$)|(?:能|可以)不能登记失业|"
    # "那我能不能去登记失业 52岁了还让登记不" (eval69 LA05 heard 不能 of the 低保 and 失业补助金 measures)
    r"(?:能|可以|能不能|可不可以|让|给)(?:去|到)(?:办|做)?(?:个)?(?:登记失业|失业登记)|还(?:让|给|能)登记(?:不|吗|么)|"
    # "我户口喺广东 喺大连可唔可以登记失业" (eval41 G21, in Cantonese, heard it on the 4th message)
    r"(?:可唔可以|得唔得|可以唔可以)[^，。？?]{0,8}?登记失业|登唔登记(?:到)?失业|失业登记[^，。？?]{0,6}?(?:得唔得|可唔可以)|"
    # "我现在没工作 去哪登记失业" (eval45 C01, 52, asked four times and heard 失业保险金 lists)
    r"(?:去哪|在哪|哪里|上哪|到哪|咋|怎么)(?:儿|里)?(?:去)?(?:办|做)?(?:理)?(?:个)?(?:登记失业|失业登记)|"
    r"(?:登记失业|失业登记)[^，。？?！!]{0,4}?(?:去哪|在哪|上哪|到哪|哪里|找谁)|"
    # "农村户口的能不能在城里登记", "能在大连办失业登记不" (eval72 OB04, OB11 never heard 能)
    r"(?:能不能|能|可以|可不可以)在[^，。？?！!]{1,10}?(?:登记|办(?:理)?(?:个)?失业登记)|"
    r"(?:常住地|城里|当地|这边)(?:办|办理)?(?:个)?失业登记[^，。？?！!]{0,4}?(?:能不能办|能办不|能不能|行不行)"
)
# a yes or no on registering where one lives, not where one's 户口 is: the texts' "户籍地或常住地" answers it
WHERE_LIVED = re.compile(r"户口|户籍|外地|农村|城里|常住|当地|这边|还是得回")
# "可在常住地进行失业登记" (46号), "可在户籍地或常住地办理失业登记"; 聊城 says only "实行城乡统一的就失业登记…制度"
WHO_REGISTERS = re.compile(r"可在.{0,12}(?:办理|进行)失业登记|城乡统一的就失业登记")
RESIDENCE_ASKED = re.compile(r"户口|户籍|外地|外省|外市|非本地|不是本地")
RESIDENCE_SAID = re.compile(r"户籍地|常住地")


def age_line(profile: dict, as_of: date, quotes: list[str]) -> str:
    if not past(profile, as_of):
        return ""
    working_age = "，而上述规定说的是劳动年龄内的劳动者" if any("劳动年龄内" in q for q in quotes) else ""
    return f"{said_age(profile)}，您已到法定退休年龄{working_age}；"


def reply(text: str, profile: dict, as_of: date) -> Reply | None:
    if not ASKS.search(text or "") or profile.get("applicant_type") not in (None, "person"):
        return None
    cites = place_sentences.find(WHO_REGISTERS, profile.get("region"), as_of)
    if not cites:
        return None
    head = "办理失业登记，原文是这样规定的："
    if not profile.get("region"):
        head = "办理失业登记，各地文件是这样规定的（您没说在哪个市县，告诉我后按当地的说）："
    if WHERE_LIVED.search(text) and any("常住地" in c["quote"] for c in cites):
        # "要去哪登记失业？我户口还在学校" (eval93 JA04 heard "能。" to a question of where)
        yes = "" if re.search(r"[去上到在]哪|哪里|哪儿", text) else "能。"
        where = "户籍地或常住地" if any("户籍地或常住地" in c["quote"] for c in cites) else "常住地"
        head = f"{yes}原文写明失业人员可以在{where}办理失业登记（以经办部门认定为准）："
    elif RESIDENCE_ASKED.search(text) and not any(RESIDENCE_SAID.search(c["quote"]) for c in cites):
        place = profile.get("region") or "收录"
        head = f"{place}的文件没有写外地户口能否在当地办理失业登记；与失业登记有关的规定是："
    lines = [head] + [place_sentences.line(c) for c in cites]
    units = list(dict.fromkeys(d for d in cites[0].get("departments") or []))
    if units:  # where to go: the units the first text names for its clause (a 12345 answer names them)
        lines.append(
            f"责任单位（{cites[0].get('doc_number') or '该文件'}）：{'、'.join(units[:4])}{'等' if len(units) > 4 else ''}。"
        )
    lines.append(age_line(profile, as_of, [c["quote"] for c in cites]) + "能否办理以经办部门认定为准。")
    also = _also_asked(text, profile.get("region"), as_of, cites)
    if also:  # "听说有临时生活补助？我能去登记失业吗" (eval69 LA05 heard the registration only)
        lines += also[0]
        cites = cites + also[1]
    return Reply("\n".join(lines), cites, meta={"registration": True})


def _also_asked(text: str, region: str | None, as_of: date, shown: list[dict]) -> tuple[list[str], list[dict]] | None:
    """A measure named beside the registration ("临时生活补助"): the place's sentences writing it."""
    quoted = {c.get("quote") for c in shown}
    for m in re.finditer(r"([\u4e00-\u9fff]{2,6}?(?:补助|补贴|救助))", re.sub(r"\s+", "", text or "")):
        name = m.group(1)
        name = next((name[i:] for i in range(len(name) - 3) if name[i:].startswith(("临时", "生活", "失业"))), name)
        found = [
            c for c in place_sentences.find(re.compile(re.escape(name)), region, as_of) if c["quote"] not in quoted
        ]
        if found:
            return [f"您问的{name}，原文是这样规定的："] + [place_sentences.line(c) for c in found[:2]], found[:2]
    return None
