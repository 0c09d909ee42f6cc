"""Where the person says they are, and which documents answer for it.

regions.yaml knows the counties and districts of 大连市 and 聊城市 (东阿县, 金州区 …) as places inside
them (12345 E16 "我在东阿开个体户"); none has a document of its own, so a person there is answered with
the city's and the province's documents, and the answer says so, naming the place said. A place
regions.yaml does not know ("沈阳") is placed by the gazetteer (knowledge/places.py) and answered by
the covered region containing it, also said.
"""

from __future__ import annotations

import re

from knowledge import coverage, places, regions


def within_notice(region: str) -> str | None:
    """ "东阿县属聊城市…": a county or district of a covered city (no document of its own) is answered
    with the city's and the province's documents, and the answer says so, naming the place said."""
    if regions.get_region(region).level not in regions.INSIDE_LEVELS or region in coverage.document_regions():
        return None
    above = [r for r in regions.ancestors(region)[1:] if r in coverage.document_regions()]
    if not above:
        return None
    city = regions.get_region(region).parent
    return f"{region}属{city}，目前没有收录{region}本级的文件，以下按{'和'.join(above)}的政策回答。"


def inside_notice(place: places.Place, answering: str) -> str:
    level = regions.get_region(answering).level
    which = {"province": "省级", "city": "市级", "county": "县级"}.get(level, "")
    return f"{place.name}属于{place.province}，目前没有收录{place.name}本级的文件，以下按{answering}{which}政策回答。"


# "我前几年在沈阳打工，今年回来的": where the person was, not where they are (eval18 P03 was told of 沈阳)
PAST_PLACE = re.compile(r"(?:前几年|前些年|那几年|早些年|头几年|以前|之前|原来|过去|曾经)[^，。,；;]{0,3}$")


# "我是在沈阳念完大学回来的", "沈阳是我念书的地方" (eval21 S03, a 凌源 graduate, was moved to 辽宁省): where one studied
STUDIED_AFTER = re.compile(
    r"^(?:的)?(?:大学|学校|高校)?(?:念完|读完|上完|念的|读的|念书|读书|上学|上的学|上大学|读大学|念大学|毕业(?!生)|"
    r"是我(?:念书|读书|上学))|"
    # "我是在武汉上的大学", "是武汉的学校" (eval33 W20 was told 武汉 is outside what is covered)
    r"^(?:上的|读的|念的)(?:大学|学)|^的(?:大学|学校|高校|院校)(?![\u4e00-\u9fff]{0,2}(?:毕业生|生|学生))"  # not "济南的高校毕业生"
)


# "湖北孝感人，在大连理工读的本科" (eval23 U11 was told 湖北省 is not covered): where one is from, not where one is
ORIGIN_AFTER = re.compile(
    r"^(?:市|省|县)?(?:[\u4e00-\u9fff]{2}(?:市|县)?)?(?:人|籍|的人|那边的人)(?![社力])|"
    # "我是台湾身份，没有大陆户口" (eval71 NB05, living in 大连, was told 台湾 is not covered): who one is, not where
    r"^(?:省|市|县)?(?:的)?(?:身份|户口|户籍|同胞|居民身份)|"
    r"^(?:省|市|县)?(?:嫁过来|嫁过去|嫁来|嫁到这边?|嫁到这里)的|"  # "我是台湾嫁过来的，现在住在大连" (eval71 NB05)
    r"^(?:省|市|县)?本地(?:的|人)|"  # "他们都是辽宁本地的" (eval74 QA04, a 大连 firm, was moved to 辽宁省)
    # "招了3个湖北的 2个是大连理工毕业的" (eval46 N09, a 大连 firm, was told 湖北 is not covered): people from there
    # "招湖北的一个人给多少", "湖北过来的工人" (eval103 TA06, a 大连 firm, was told 湖北 is not covered and lost 大连)
    r"^(?:省)?(?:的|来的|过来的)\s*(?:学生|毕业生|大学生|应届生|孩子|员工|工人|人|里面|里头|那几个|那个|那两个|\d+个|"
    r"[一二两三四五六七八九十几]+个)"
)
# "那聊城的写的是啥" (eval24 V23), "凌源那边不是有标准吗": whose text is asked about, not where the speaker is
TEXT_OF_AFTER = re.compile(r"^(?:市|县)?\s*(?:的)?(?:文件|那个文件|那条|的那条|写的|规定的|咋写的|怎么写的)")


# "我聊城的朋友说合伙能贷60万" (eval25 W11, a 大连 veteran, was moved to 聊城): someone else's place
OTHERS_AFTER = re.compile(
    r"^(?:市|县)?(?:那边)?的?(?:朋友|亲戚|同学|老乡|邻居|同事|哥们|战友|兄弟|姐妹|表哥|表姐|表弟|表妹|熟人|"
    r"老同学|发小|闺蜜|工友|姑|舅|姨|叔|婶|大爷|大娘)"
)


def after(text: str, said: str) -> str:
    """The words right after a place said: they tell whose place it is (studied, from, whose text)."""
    pos = text.find(said)
    return text[pos + len(said) :] if pos >= 0 else ""


def said_of_others(text: str, said: str) -> bool:
    return bool(OTHERS_AFTER.match(after(text, said)))


def said_as_origin(text: str, said: str) -> bool:
    return bool(ORIGIN_AFTER.match(after(text, said)))


def said_as_past(text: str, said: str) -> bool:
    pos = text.find(said)
    if pos < 0:
        return False
    return bool(PAST_PLACE.search(text[max(0, pos - 8) : pos]) or STUDIED_AFTER.search(text[pos + len(said) :]))


def one_place(text: str) -> str | None:
    """The one most specific covered place a text names ("聊城 就业困难人员 怎么认定" → 聊城市), or None."""
    named = most_specific(regions.regions_in_text(text or ""))
    return named[0] if len(named) == 1 else None


# "我又没说聊城 我在大连" (eval104 UB07 kept hearing 聊城): a place the person says they did not name, or are not in
DENIED_PLACE = re.compile(
    r"(?:又|也|并|都|可|根本)?(?:没|没有|不是|不在|没在)(?:说|说过|讲|提|问)?(?:过)?(?:是|在)?(?P<p>[\u4e00-\u9fff]{2,4}?)"
    r"(?:的|啊|呀|呢)?(?=[，,。！!？?\s]|我|俺|$)"
)


def without_denied_places(text: str) -> str:
    """The message without the places it says are not the person's."""

    def cut(m: re.Match) -> str:
        return " " if regions.regions_in_text(m.group("p")) else m.group()

    return DENIED_PLACE.sub(cut, text or "")


def place_of(text: str) -> tuple[str | None, str | None]:
    """(region to answer for, notice to say) for a place regions.yaml does not know itself or
    a county of a covered city."""
    named = most_specific(regions.regions_in_text(text))
    if len(named) == 1 and (notice := within_notice(named[0])):
        return named[0], notice
    place = places.uncovered_place(text)
    if place is None or named or said_as_past(text, place.said):
        return None, None
    answering = places.answering_region(place)
    return (answering, inside_notice(place, answering)) if answering else (None, None)


def most_specific(named: list[str]) -> list[str]:
    """ "那辽宁的呢 我老家大连的": 大连市 (inside 辽宁省) is where the person is."""
    return [r for r in named if not any(o != r and regions.covers(r, o) for o in named)]
