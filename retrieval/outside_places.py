"""Places a question may name that no collected document covers: the provinces other than the
covered ones, and their best-known cities (a caller says "北京" or "深圳", rarely the province).
Search flags them on the results ("所问地区不在收录范围") instead of silently answering with
辽宁's or 聊城's rules. Data, not logic: province → the names that stand for it.
"""
from __future__ import annotations

from functools import lru_cache

from knowledge.regions import all_region_names, get_region

PROVINCES: dict[str, tuple[str, ...]] = {
    "北京市": ("北京",), "天津市": ("天津",), "上海市": ("上海",), "重庆市": ("重庆",),
    "河北省": ("河北", "石家庄", "唐山", "保定"), "山西省": ("山西", "太原", "大同"),
    "内蒙古自治区": ("内蒙古", "内蒙", "呼和浩特", "包头"), "辽宁省": ("辽宁", "沈阳", "鞍山", "抚顺", "锦州", "营口"),
    "吉林省": ("吉林", "长春"), "黑龙江省": ("黑龙江", "哈尔滨", "齐齐哈尔", "大庆"),
    "江苏省": ("江苏", "南京", "苏州", "无锡", "常州", "徐州"), "浙江省": ("浙江", "杭州", "宁波", "温州"),
    "安徽省": ("安徽", "合肥", "芜湖"), "福建省": ("福建", "福州", "厦门", "泉州"), "江西省": ("江西", "南昌", "赣州"),
    "山东省": ("山东", "济南", "青岛", "烟台", "潍坊", "临沂"), "河南省": ("河南", "郑州", "洛阳"),
    "湖北省": ("湖北", "武汉", "宜昌"), "湖南省": ("湖南", "长沙", "株洲"),
    "广东省": ("广东", "广州", "深圳", "东莞", "佛山", "珠海"), "广西壮族自治区": ("广西", "南宁", "桂林", "柳州"),
    "海南省": ("海南", "海口", "三亚"), "四川省": ("四川", "成都", "绵阳"), "贵州省": ("贵州", "贵阳", "遵义"),
    "云南省": ("云南", "昆明", "大理"), "西藏自治区": ("西藏", "拉萨"), "陕西省": ("陕西", "西安", "咸阳"),
    "甘肃省": ("甘肃", "兰州"), "青海省": ("青海", "西宁"), "宁夏回族自治区": ("宁夏", "银川"),
    "新疆维吾尔自治区": ("新疆", "乌鲁木齐"), "香港特别行政区": ("香港",), "澳门特别行政区": ("澳门",),
    "台湾省": ("台湾",),
}


@lru_cache(maxsize=1)
def covered_provinces() -> frozenset[str]:
    """The top-level regions of the collected documents (辽宁省, 山东省)."""
    return frozenset(n for n in all_region_names() if get_region(n).parent is None)


def outside_places(query: str) -> list[str]:
    """Provinces (official names) the question names that no collected document covers."""
    found: list[tuple[int, str]] = []
    for province, names in PROVINCES.items():
        if province in covered_provinces():
            continue
        positions = [query.find(n) for n in names if n in query]
        if positions:
            found.append((min(positions), province))
    return [p for _, p in sorted(found)]
