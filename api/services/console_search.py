"""Console search: the same retrieval as /api/v1/search, with the console's filters,
and every hit carrying its 答复口径 from the shared composer so "复制答复口径" is one click.

Filters and how they are applied:
- region: a region includes the places inside it (辽宁省 → 辽宁省, 大连市, 朝阳市, 凌源市) and, as
  for a caller there, the regions containing it (大连市 → 大连市, 辽宁省). A place with nothing
  inside it is passed to the search as is (its specificity boost included); a larger region
  becomes a document filter over the documents of those regions.
- document, validity status on as_of: passed to the search.
- department, applicant group: post-filters over the top hits (at most MAX_TOP_K from a corpus of
  about 130 clauses, so nothing relevant is cut off before the filter).

A question the knowledge base does not answer ("今天天气怎么样", "公积金怎么提取") is judged by
retrieval.abstain against the best hit: below the calibrated threshold the results are withheld
and the response says "知识库中没有相关政策" (`show_anyway=true` shows the closest ones). A place
outside the covered provinces ("北京 失业金") is named in `outside_places`.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import date

from answers.citations import doc_name
from answers.clause_answer import clause_block
from answers.departments import departments_text
from answers.validity_words import BADGE, badge
from knowledge.builds import per_build
from knowledge.department_names import canonical, unify
from knowledge.inputs import BadInput
from knowledge.records import load_clauses
from knowledge.regions import UnknownRegion, listed_region_names, normalize_region
from knowledge.registry import documents
from retrieval import filters
from retrieval.abstain import judge
from retrieval.models import MAX_TOP_K, VALID_STATUSES, make_request
from retrieval.outside_places import covered_provinces, outside_places
from retrieval.search import Searcher

# Applicant groups as the policy texts name them. Each word occurs in the sources (tested), so a
# filter never matches on a word the documents do not use.
GROUPS: dict[str, tuple[str, ...]] = {
    "高校毕业生": ("高校毕业生", "毕业生"),
    "失业人员": ("失业人员", "登记失业"),
    "就业困难人员": ("就业困难人员",),
    "农民工、农村劳动力": ("农民工", "农村劳动力", "务工人员", "农村转移"),
    "退役军人": ("退役军人", "退役士兵"),
    "残疾人": ("残疾人",),
    "贫困人口": ("建档立卡", "贫困劳动力", "贫困人口"),
    "创业者": ("创业",),
    "企业": ("企业",),
    "人力资源服务机构": ("人力资源服务机构",),
}


def region_scope(region: str) -> set[str]:
    """The regions a console region filter shows: the place, what contains it, what it contains."""
    return set(filters.covering_regions(region)) | set(filters.contained_regions(region))


@per_build()
def department_counts() -> list[tuple[str, int]]:
    # One unit, one entry: a clause naming 市人社局 and 市人力资源社会保障局 counts once.
    counts = Counter(d for r in load_clauses() for d in unify(r.departments))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _keep(hit: dict, department: str | None, group: str | None) -> bool:
    if department and canonical(department) not in unify(hit["departments"]):
        return False
    if group and not any(w in hit["text"] for w in GROUPS[group]):
        return False
    return True


def console_search(
    searcher: Searcher,
    q: str,
    region: str | None,
    as_of: str | None,
    doc: list[str],
    status: str | None,
    department: str | None,
    group: str | None,
    top_k: int,
    show_anyway: bool = False,
) -> dict:
    started = time.perf_counter()
    search_region, docs = region, list(doc)
    if region:
        try:
            region = normalize_region(region)
        except UnknownRegion as exc:
            raise BadInput("region", str(exc).split(": ", 1)[-1]) from None
        if filters.contained_regions(region):
            scope = region_scope(region)
            in_scope = [d.id for d in documents().values() if d.region in scope]
            docs = [d for d in docs if d in in_scope] if docs else in_scope
            search_region = None
            if not docs:
                return {"query": q, "as_of": as_of, "results": [], "took_ms": 0.0}
        else:
            search_region = region
    post = bool(department or group)
    request = make_request(q, search_region, MAX_TOP_K if post else top_k, as_of, tuple(docs), status)
    response = searcher.search(request).model_dump()
    relevance = judge(searcher, q, response["results"][0] if response["results"] else None, response["expanded_terms"])
    response["relevance"] = relevance.to_dict()
    response["outside_places"] = outside_places(q)
    response["covered_provinces"] = sorted(covered_provinces())
    hits = (
        []
        if relevance.abstain and not show_anyway
        else [h for h in response["results"] if _keep(h, department, group)][:top_k]
    )
    response["withheld"] = relevance.abstain and not show_anyway
    day = date.fromisoformat(response["as_of"])
    for rank, h in enumerate(hits, 1):
        h["rank"] = rank
        h["answer"], _ = clause_block(h, day, q, response.get("expanded_terms", ()))  # the sentence that answers q
        h["badge"] = badge(h["validity"])
        h["doc_name"] = doc_name(h)
        h["departments_text"] = departments_text(h["departments"], h.get("lead_departments"), limit=20)
    response["results"] = hits
    response["filters"] = {
        "region": region,
        "doc": docs if region else list(doc),
        "status": status,
        "department": department,
        "group": group,
    }
    response["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return response


def check_filters(group: str | None, department: str | None) -> None:
    """Refuse an applicant group or a department the console does not know (BadInput, named)."""
    if group and group not in GROUPS:
        raise BadInput("group", f"未知人群“{group}”（可选：{'、'.join(GROUPS)}）")
    if department and canonical(department) not in dict(department_counts()):
        raise BadInput("department", f"未收录的责任单位“{department}”")


def meta(searcher: Searcher) -> dict:
    """The filters' choices: regions, documents, departments, groups, statuses."""
    # The console calls this when it opens: load the index and models now, so the agent's first
    # search shows in milliseconds instead of paying the one-off load (about a second) mid-call.
    searcher.warm()
    docs = [
        {
            "id": d.id,
            "label": d.doc_number or d.display_title,
            "title": d.display_title,
            "region": d.region,
            "issued": d.issued.isoformat() if d.issued else None,
        }
        for d in documents().values()
    ]
    return {
        "regions": listed_region_names(),
        "documents": docs,
        "departments": [{"name": n, "count": c} for n, c in department_counts()],
        "groups": list(GROUPS),
        "statuses": [{"value": s, "label": BADGE[s]} for s in VALID_STATUSES],
        "today": date.today().isoformat(),
    }
