""" "房租有没有补贴" from a shop (eval100 QA03, a 聊城 restaurant, asked three times): 聊城 第17条's rent money is for the
incubators and parks that cut their tenants' rent ("对在疫情期间为承租的中小企业减免租金的…创业孵化示范基地（园区）…给予
…运营补贴"), not for the tenant. Quoted alone, it read as a rent subsidy for the shop. Whom it is for is said under it, and,
where no sentence of the place's texts pays rent or premises to anyone else, that none does."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences

RENT_ASKED = re.compile(r"房租|租金|门市|店面|铺面|租房")
CARRIER_PAID = re.compile(r"减免租金[^。；]{0,60}(?:孵化|园区|基地|载体)|(?:孵化|园区|基地|载体)[^。；]{0,30}减免租金")
ASKER_IS_CARRIER = re.compile(r"孵化|园区|基地|载体")
# rent or premises paid to whoever starts or runs a business, not to a carrier
OTHER_RENT = re.compile(r"(?:场地|房租|租金)(?:补贴|补助)")


def line(query: str, quoted: str, region: str | None, as_of: date) -> str | None:
    """The line under an answer whose quoted text (`quoted`) pays carriers for rent cut, to a tenant asking of rent."""
    if not RENT_ASKED.search(query or "") or ASKER_IS_CARRIER.search(query or "") or not CARRIER_PAID.search(quoted):
        return None
    said = "这一条的钱是给为承租企业减免租金的创业孵化基地、园区等的，不是直接给承租的店铺或企业。"
    others = [c for c in place_sentences.find(OTHER_RENT, region, as_of) if not CARRIER_PAID.search(c["quote"])]
    if not others and region:
        said += f"收录的{region}文件没有写给一般店铺、企业的房租补贴，以经办部门认定为准。"
    return said
