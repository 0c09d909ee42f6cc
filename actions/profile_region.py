"""Where a message says the person is ("不在大连，在凌源" → 凌源市): the place said as one's own, not the one heard of,
compared with, gone to, denied or where the hires come from. Read apart from the other facts of a message
(actions/profile_facts.py) because every place word has to be weighed against its neighbours."""

from __future__ import annotations

import re

from actions.within_place import OTHERS_AFTER, TEXT_OF_AFTER, said_as_origin, said_as_past, said_of_others
from knowledge import places, regions

# "不在大连", "唔系凌源" (Cantonese, eval8 F33 stored 凌源市 from it): a place said not to be where one is
NOT_THERE = re.compile(r"(?:不在|不是|不属于|没在|并非|没说|没问|不问|唔系|唔是|唔喺|唔在|冇喺)\s*$")
DISMISSED = re.compile(
    r"(?<![干为领拿有补给办享])(?:啥|什么|哪来的|哪儿来的|哪来)\s*$"
)  # "干啥 大连…" asks why, not which
DENIED_AFTER = re.compile(r"^(?:市|县)?\s*(?:啊|呀)?\s*[，,]?\s*(?:不对|错了|说错了|搞错了)")
# "凌源那边不是有标准吗 大连是不是一样": the place "over there" is the one compared with, not the person's
THERE_AFTER = re.compile(r"^(?:市|县)?\s*(?:那边|那里|那儿|那块|那旮旯)")


BRANCH = re.compile(
    r"在(?P<p>[\u4e00-\u9fff]{2,8}?)(?:有|开|设|办)(?:了)?(?:个|一个|家|一家)?(?:分公司|分店|子公司|分厂|分支机构)"
)


def _origin(text: str, said: str) -> bool:
    """The place said as where one comes from ("湖北人", "我是湖北的")."""
    return said_as_origin(text, said) or bool(re.search(rf"(?:我|俺)们?是{re.escape(said)}(?:省|市)?的", text))


def region(text: str) -> str | None:
    """The place the user is in; "不在大连，在凌源" gives 凌源市 (a negated place is skipped)."""
    outside = places.outside_place(text)
    if outside is not None and not (_origin(text, outside.said) and regions.regions_in_text(text)):
        return None  # "北京朝阳区": not 辽宁's 朝阳市
    if FOR_REFERENCE.search(text):  # "那聊城是怎么规定的，我参考一下": another place's rule (eval14 L16)
        return None
    branch = BRANCH.search(text)
    if branch and text.count("分") >= 2:  # the branch is what is asked about ("…分公司稳岗返还能拿多少")
        named = regions.regions_in_text(branch.group("p"))
        if named:  # "我们是聊城的公司，在大连有个分公司…" (eval31 T23 was answered from 聊城's 第5条: 15000元)
            return named[-1]
    for p in places.places_in_text(text):
        # "凌源那个人才安家补助 我们锦州有没有", "店开在天津": the place said as one's own, not the one asked about
        # (eval16 N15 was moved to 凌源, N16 to 辽宁)
        pos = text.find(p.said)
        if not p.covered and _origin(text, p.said) and regions.regions_in_text(text):
            continue  # "我是湖北的 年后来聊城打工" (eval40 H20): where one is from, beside where one is
        if (
            pos >= 0
            and OWN_PLACE.search(text[max(0, pos - 4) : pos])
            and not said_of_others(text, p.said)
            and not _origin(text, p.said)
        ):
            return places.answering_region(p) if p.covered else None
    found = regions.regions_in_text(text)
    kept = []
    for name in found:
        aliases = [a for a in (name, name[:-1]) if a in text]
        pos = min(text.find(a) for a in aliases) if aliases else -1
        if pos >= 0 and NOT_THERE.search(text[max(0, pos - 3) : pos]):
            continue
        after = text[pos + max(map(len, aliases)) :] if aliases else ""
        if pos >= 0 and (DISMISSED.search(text[max(0, pos - 3) : pos]) or DENIED_AFTER.match(after)):
            continue  # "啥聊城啊 俺在大连" (eval11 I26 was answered from 聊城's text), "聊城不对 是大连"
        if pos >= 0 and (TEXT_OF_AFTER.match(after) or OTHERS_AFTER.match(after)):
            continue  # "那聊城的写的是啥" (eval24 V23), "我聊城的朋友说…" (eval25 W11): not where the speaker is
        if THERE_AFTER.match(after) and len(places.places_in_text(text)) > 1:
            continue  # "凌源那边…大连是不是一样", "凌源那边…沈阳也一样吧" (eval16 N12, N09 were moved to 凌源)
        if pos >= 0 and OTHERS_FROM.search(text[max(0, pos - 8) : pos]) and said_as_origin(text, aliases[0]):
            continue  # "0个，他们都是辽宁本地的" (eval74 QA04): where the hires are from, not where the firm is
        if pos >= 0 and said_as_past(text, text[pos : pos + len(aliases[0])]):
            continue  # "以前在大连打工，现在回凌源了"
        if pos >= 0 and _only_going_to(text, aliases):
            continue  # "想去大连那边打工" (eval20 R03, a 凌源 farmer, was moved to 大连): where they would go
        if pos >= 0 and HEARSAY.search(text[max(0, pos - 8) : pos]) and len(places.places_in_text(text)) > 1:
            continue  # "俺听亲戚说大连残疾人开店给房租补贴…聊城有没有" (eval18 P06 was moved to 大连)
        kept.append(name)
    # "聊城东阿": the county named inside its city is where the person is
    kept = [r for r in kept if not any(o != r and regions.covers(r, o) for o in kept)]
    if not kept:  # "我在沈阳": a place of a covered province answers with that province's measures
        place = places.uncovered_place(text)
        answering = places.answering_region(place) if place else None
        pos = text.find(place.said) if place else -1
        if answering and not NOT_THERE.search(text[max(0, pos - 3) : pos]) and not said_as_past(text, place.said):
            return answering
    return kept[-1] if kept and re.match(r"^(不对|不是|唔系|错了|改)", text) else (kept[0] if kept else None)


OTHERS_FROM = re.compile(r"(?:他们|她们|他|她|员工|工人|这些人|那些人|招的人?|俩|几个)[^，。,]{0,4}$")
OWN_PLACE = re.compile(r"(?:我|俺|咱)们?(?:在|是|这|这边|这里)?$|人在$|开在$|住在$|家在$|店在$|厂在$|公司在$")
GOING_TO = re.compile(r"(?<!回)去\s*$")


def _only_going_to(text: str, aliases: list[str]) -> bool:
    """Every mention of the place is where the person would go ("想去大连那边打工"), none where they are."""
    spots = [m.start() for a in aliases for m in re.finditer(re.escape(a), text)]
    return bool(spots) and all(GOING_TO.search(text[max(0, at - 4) : at]) for at in spots)


HEARSAY = re.compile(r"(?:听说|听人说|听[^，。,\s]{1,3}说|据说|人家说|网上说)[^，。,]{0,3}$")
FOR_REFERENCE = re.compile(r"参考|借鉴|比照一下|对照一下|对比一下")
