"""A county or district of a covered city, named by the person (12345 E16 "我在东阿开个体户").

regions.yaml knows the counties and districts of 大连市 and 聊城市 (东阿县, 金州区 …) as places
inside them; none has a document of its own, so a person there is answered with the city's and the
province's documents, and the answer says so, naming the place said.
"""

from __future__ import annotations

from knowledge import coverage, regions


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
