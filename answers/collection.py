"""What the assistant has collected ("你这收录的文件里有没有2021年以后出的？", "你这都有哪些文件"): the documents and
the day each was issued, from the knowledge build, never a clause searched for the words (eval26 B24 heard the 1%
rate, then "按2021年12月31日的政策" and another clause, and never an answer)."""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json
from answers.models import Reply
from answers.notices import HOTLINE_NAME
from knowledge.records import load_clauses

# "收录的文件都哪年的", "你这个系统里一共有几个政策文件？文件号和年份列一下" (eval27 Y24, asked four times)
SCOPE = re.compile(r"收录|你这|你们这|你这里|系统里|系统|库里|数据库")
ASK = re.compile(
    r"(?:哪几个|几个|几份|哪些|哪几份)(?:政策)?文件|文件[^。？?]{0,6}?(?:哪年|哪一年|年份|文件号)|(?:哪年|年份)[^。？?]{0,4}?文件|"
    r"(?:以后|之后)(?:出|印发|新出)|有没有新|新出的|最新的?文件"
)
ASKED = re.compile(
    r"(?:有哪些|哪几份|几份)(?:政策)?文件|有没有(?:新出的|新的|最新的)?(?:政策)?文件|有(?:新|最新)的?(?:政策)?文件(?:没|吗|么)"
)


def asked(text: str) -> bool:
    return bool(ASKED.search(text) or SCOPE.search(text) and "文件" in text and ASK.search(text))


AFTER_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:以后|之后|以来|后)")


def _day(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def reply(text: str) -> Reply | None:
    if not asked(text or ""):
        return None
    docs: dict[str, tuple] = {}
    for r in load_clauses():
        if r.doc_id not in docs:  # the name a person reads (聊城's text has neither number nor title)
            name = citations.doc_name(citations.from_hit(clause_json.as_hit(r, r.issued or date.today(), []), ""))
            docs[r.doc_id] = (r.issued, name, r.region)
    listed = sorted(docs.values(), key=lambda d: (d[0] is None, d[0]))
    lines = [f"目前收录了{len(listed)}份文件："]
    lines += [
        f"· {name}（{region}，{_day(issued) + '印发' if issued else '印发日期未载明'}）"
        for issued, name, region in listed
    ]
    m = AFTER_YEAR.search(text)
    if m:
        year = int(m.group(1))
        later = [name for issued, name, _ in listed if issued and issued.year >= year]
        lines.append(
            f"其中{year}年及以后印发的有：{'、'.join(later)}。" if later else f"没有{year}年及以后印发的文件。"
        )
    lines.append(f"收录以外的现行政策，请拨打{HOTLINE_NAME}或向当地人社部门咨询。")
    return Reply("\n".join(lines), meta={"collection": True})
