"""POST /api/v1/eligibility: the same result as `policy check --json` (spec/contract.md).

Body: {"profile": {...facts...}, "as_of": "YYYY-MM-DD"?}. A profile the engine refuses (unknown
fact, value outside its value set, unknown region, negative count) is a 422 in FastAPI's own
validation-error shape, with the offending field in `loc`, e.g. ["body", "profile", "region"].
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends

from api.errors import bad_input
from knowledge.coverage import example_place
from knowledge.eligibility.engine import Engine, default_engine
from knowledge.inputs import BadInput

router = APIRouter(prefix="/api/v1", tags=["eligibility"])

EngineDep = Annotated[Engine, Depends(default_engine)]

EXAMPLE = {
    "profile": {
        "applicant_type": "enterprise",
        "region": example_place(),
        "new_hires_graduates": 4,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    },
    "as_of": "2020-07-15",
}


@router.post("/eligibility")
def eligibility(
    engine: EngineDep,
    body: Annotated[
        dict[str, Any], Body(description="{profile: 画像（事实名 → 取值）, as_of: YYYY-MM-DD}", examples=[EXAMPLE])
    ],
) -> dict:
    """逐项判断可享受的就业补贴：状态、金额、有效期、原文依据、责任单位、缺少的信息和下一个问题。"""
    # Sync endpoint: FastAPI runs it in the thread pool; one evaluation takes a few milliseconds.
    if "profile" not in body:
        raise bad_input(BadInput("profile", "请求体缺少 profile（画像：事实名 → 取值）"))
    try:
        return engine.evaluate(body["profile"], body.get("as_of"))
    except BadInput as exc:
        raise bad_input(exc) from None
