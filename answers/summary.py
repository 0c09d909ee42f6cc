"""The eligibility summary: what can be claimed together, its total, the alternatives, what is open,
and what is not in force on the day asked.

Reads an eligibility result (contract shape, with `package`). Only what is in force on `as_of` is
"可以申请": a measure that has ended is said to have ended ("当时可领X元，已于…到期，现不能申请"), one
not yet started is "尚未实施" (package.not_in_force; derived from the benefits' validity for a result
without it). The total is summed here over exactly the benefits listed, so the counts agree; each
benefit is listed once. `scope` limits the summary to the benefits the conversation is about.

A measure whose period is the epidemic's with no stated end ("疫情防控期间", "疫情解除后3个月内") is
never listed as "可以申请": it has its own list, saying its validity is unknown and tied to the
epidemic, with its standard, outside the total ("以经办部门认定为准": never more than the text says).
A measure whose text appeared only after its own period had ended (大政发〔2020〕18号 of 2020-06-30 on
the 2020 Q1 taxes) is said so, not "当时可领".
"""

from __future__ import annotations

import re
from datetime import date

from answers import validity_words
from answers.benefit_answer import amount_words, benefit_block, fact_title, known_amount
from answers.dates import cn_date
from answers.grand_total import grand_total
from answers.models import Reply
from answers.money import PER, total_figure, yuan  # noqa: F401  total_figure: the console's import
from answers.questions import as_questions
from knowledge.eligibility.facts import vocabulary

DETAILED = 5  # benefits shown in full; the rest by name (a phone screen, a read-out answer)
APPLICANT = vocabulary()["applicant_type"].labels  # facts_extra.yaml's labels, not a copy
NOT_IN_FORCE = ("expired", "not_started")


def fact_label(name: str) -> str:
    return fact_title(name)


def _package(result: dict, eligible: list[dict]) -> dict:
    """The result's package; a result without one (older engine) claims nothing as a total."""
    return result.get("package") or {
        "benefit_ids": [b["benefit_id"] for b in eligible],
        "total": {"value": None, "is_lower_bound": False, "text": ""},
        "alternatives": [],
    }


def not_in_force(package: dict, by_id: dict[str, dict]) -> dict[str, dict]:
    """benefit id -> {status, start, end}: the package's own list, and any claimable benefit whose
    validity says it is not in force (a result from an engine without `not_in_force`)."""
    out = {x["benefit_id"]: x for x in package.get("not_in_force") or [] if x["benefit_id"] in by_id}
    for bid in package.get("benefit_ids", []):
        v = by_id[bid]["validity"] if bid in by_id else {}
        if bid in by_id and v.get("status") in NOT_IN_FORCE and bid not in out:
            out[bid] = {"benefit_id": bid, "status": v["status"], "start": v.get("start"), "end": v.get("end")}
    return out


def claim_total(claim: list[dict]) -> dict | None:
    """The total the summary's "合计" line says, as a package-total dict (None when no amount is known):
    the console shows this figure, so it never counts what the text keeps out (loans, epidemic-bound)."""
    money = [b for b in claim if (b.get("amount") or {}).get("nature") != "loan"]
    known = [a for b in money if (a := known_amount(b)) is not None]
    if not known:
        return None
    open_ended = any(
        known_amount(b) is None
        or (b.get("amount") or {}).get("value_is_lower_bound")
        or (b.get("amount") or {}).get("value") is None
        for b in money
    )
    return {"value": sum(known), "is_lower_bound": open_ended}


def total_words(claim: list[dict]) -> str:
    """ "以上2项已知金额合计至少12500元（10000元 + 2500元）；…": summed over exactly the items listed."""
    money = [b for b in claim if (b.get("amount") or {}).get("nature") != "loan"]
    loans = [b for b in claim if (b.get("amount") or {}).get("nature") == "loan"]
    known = [(b, a) for b in money if (a := known_amount(b)) is not None]
    counted = [b for b, _ in known]
    unknown = [b for b in money if known_amount(b) is None]
    partial = any(
        (b.get("amount") or {}).get("value_is_lower_bound") or (b.get("amount") or {}).get("value") is None
        for b in counted
    )
    at_least = "至少" if unknown or partial else ""
    parts = []
    if counted:
        value = sum(a for _, a in known)
        figures = [f"{yuan(a)}{PER.get(b['amount'].get('period'), '')}" for b, a in known]
        if len(counted) == 1:
            parts.append(f"已知金额{at_least}{figures[0]}")
        else:
            parts.append(f"已知金额合计{at_least}{yuan(value)}（{' + '.join(figures)}）")
            if any(b["amount"].get("period") in PER for b in counted):
                parts.append("按年、按月的项目按一期金额计入")
    else:
        # "最高9600元" beside "金额均未能确定" read as a contradiction (eval37 Z08, eval38 K22): a ceiling is said as one
        tops_of = {b["name"]: _ceiling(b.get("amount") or {}) for b in money}
        if any(tops_of.values()):
            tops = "、".join(f"{name}{top}" for name, top in tops_of.items() if top)
            parts.append(f"只能算出最高额（{tops}），实际金额以经办部门核定为准，不计入合计")
        else:
            parts.append("金额均未能确定")
    if unknown and counted:
        parts.append("未计入金额的：" + "、".join(f"“{b['name']}”" for b in unknown))
    if loans:
        parts.append("贷款额度不计入合计")
    return f"以上{len(claim)}项" + "；".join(parts) + "。"


def _ceiling(amount: dict) -> str:
    """ "最高9600元" for a measure whose text gives only a ceiling ("最高可提至…100%"), "按已知人数最高60000元" for one
    counted on the people said so far; "" otherwise."""
    if amount.get("max_value"):
        return f"最高{yuan(amount['max_value'])}"
    if amount.get("known_part_max"):
        return f"按已确定符合的人数最高{yuan(amount['known_part_max'])}"
    return ""


def _own_not_now(b: dict) -> bool:
    """The person's own benefit period (from a date they gave) has ended or not begun."""
    return (b.get("own_period") or {}).get("status", "active") != "active"


def _not_now(b: dict) -> bool:
    return b["validity"].get("status") in NOT_IN_FORCE or _own_not_now(b)


def _group(nif: dict) -> str:
    """The measure's own status, or "own" where only the person's own benefit period is over / not begun."""
    return "own" if nif.get("own_period") else nif["status"]


def _ended(b: dict, nif: dict, as_of: date) -> str:
    """ "当时可领10000元，已于2020年12月31日到期，现不能申请" / "自…起实施，按…尚未实施"; a person's own
    period said as theirs ("按您说的日期，享受期已于…届满"), never as the measure's end."""
    if nif.get("own_period"):
        return f"· {b['name']}：{validity_words.own_period_words(nif, b['validity'], as_of)}"
    if nif["status"] == "not_started":
        start = f"自{cn_date(nif['start'])}起实施，" if nif.get("start") else ""
        return f"· {b['name']}：{start}按{cn_date(as_of)}尚未实施，现在还不能申请。"
    value = known_amount(b)
    then = (
        f"当时可领{'至少' if b['amount'].get('value_is_lower_bound') else ''}{yuan(value)}，"
        if value is not None
        else ""
    )
    end = f"已于{cn_date(nif['end'])}到期" if nif.get("end") else "已到期"
    if nif.get("start") and nif.get("end") and nif["start"] > nif["end"]:  # the text came after its period
        return (
            f"· {b['name']}：{then}以原文所定期间为期，{end}（文件{cn_date(nif['start'])}印发），现不能申请；"
            "原文未载明补办期限，以经办部门认定为准。"
        )
    return f"· {b['name']}：{then}{end}，现不能申请。"


def if_met(b: dict) -> str:
    """The figure the numbers said already give, for a measure whose conditions are still open ("防疫检测补贴
    （需要：疫情防控期间开工）；如符合条件：150元/人 × 20人 = 3000元"): said as conditional, never as owed."""
    text = (b.get("amount") or {}).get("text") or ""
    worked = re.search(r"；((?:计算|最高|不低于)：.*|按已知(?:情况|人数)计算.*)$", text)
    return f"；如符合条件：{worked.group(1).removeprefix('计算：')}" if worked else ""


def shared_with(b: dict, listed: set[str]) -> str:
    """A measure still open that pays for what a listed one pays for (the same hire, the same rent):
    "如符合条件" would add it on top of the listed one, which the text does not allow ("对同一类人员的补助或
    补贴不可同时享受", 12345 evaluation 6, A3: 12500元 + 5000元 for the same 5 people). Said, never added."""
    clash = [o for o in b.get("overlaps") or [] if o.get("benefit_id") in listed]
    if not clash:
        return ""
    reason = clash[0]["reason"]
    if "以经办部门认定为准" in reason:  # the text is silent: "按不重复享受处理" said already
        return f"；不与上面的项目重复计入合计：{reason}"
    return f"；不能与上面的项目同时享受，不计入合计：{reason}"


def _as_said(reason: str) -> str:
    """ "（按您说的：3年）": a bare figure takes the unit of the condition it fails ("距离法定退休年龄不足1年"),
    never a lone "3" (eval6 E28)."""
    if "（实际：" not in reason:
        return ""
    condition, actual = reason.split("（实际：", 1)
    figure = actual.rstrip("）")
    # never a date's unit: "2020年2月10日起一个月内新吸纳就业" (eval41 G18 read "按您说的：0年") counts people
    unit = re.search(r"(?<![\d年])\d{1,3}(年|个月|月|元|人|%|岁|天)(?!\d|\d*日)", condition)
    if re.fullmatch(r"\d+(?:\.\d+)?", figure) and unit:
        figure += unit.group(1)
    elif re.fullmatch(r"\d+", figure) and re.search(r"吸纳|招用|人数", condition):
        figure += "人"
    return f"（按您说的：{figure}）"


# a status the person can take up (the measure is for those who do): said as the way to it, not as "不符合"
# ways of working a person may still take: a measure needing one is "须…后申请", never "不符合" (eval19 Q16: a 低保
# family's graduate asking how to get a 公益性岗位 heard "不符合“由公益性岗位安置”（按您说的：否）")
# "领取失业保险金": 聊城's 90% is the standard of those drawing it (eval56 O21, just laid off, read "不符合" of 失业保险金)
PATHS = ("自主创业", "灵活就业", "由公益性岗位安置", "领取失业保险金")
EXHAUSTED = "领取失业保险金期满仍未就业（实际：否）"
CERTIFICATE = "当年取得职业资格证书或职业技能等级证书（实际：否）"


def path_only(b: dict) -> str | None:
    """The way of working ("灵活就业") that is the measure's only unmet condition, or None."""
    failed = [r[4:] for r in b.get("reasons", []) if r.startswith("不符合：")]
    if len(failed) == 1 and "（实际：" not in failed[0] and "，" in failed[0]:
        # "离校2年内未就业，到小微企业就业或灵活就业" failed only by the way of working in each branch (eval52 Y06, a
        # graduate about to open an online shop, read "不符合" and then the same clause quoted as his)
        leaves = [r.strip()[4:].split("（")[0] for r in _nested_failed(b)]
        way = failed[0].rsplit("，", 1)[1]
        if leaves and all(x in (*PATHS, "在单位就业") for x in leaves) and any(p in way for p in PATHS):
            return way
        return None
    if len(failed) != 1 or "（实际：" not in failed[0]:
        return None
    label = failed[0].split("（")[0]
    # "实现自主创业" too; never a longer condition naming the way ("享受灵活就业社会保险补贴政策期满仍未实现稳定就业"
    # is no "须灵活就业后申请", eval23 U06 read it twice while selling vegetables); a leaf condition ("灵活就业（实际：
    # 失业）"), never a group's label said back as the person's state (eval19 Q02)
    return next((p for p in PATHS if p in label and len(label) <= len(p) + 3), None)


def _nested_failed(b: dict) -> list[str]:
    """The failed leaf conditions inside a failed group, with what the person said."""
    return [
        r for r in b.get("reasons", []) if r.startswith(" ") and r.strip().startswith("不符合：") and "（实际：" in r
    ]


STATE_OF = {"灵活就业": "flexible", "自主创业": "self_employed"}
NEAR_RETIREMENT = 5  # years: "登记失业人员中距法定退休年龄5年以内的人员" (辽政发〔2020〕9号（十六）)
LISTED_GROUPS = (  # the groups 辽政发〔2020〕9号（十六）lists as 就业困难人员, by fact
    "is_zero_employment_family",
    "is_low_income_family",
    "is_disabled",
    "is_single_parent",
    "is_military_spouse",
    "is_special_care_recipient",
    "is_martyr_family",
)


def _listed_group(failed: list[str], profile: dict | None) -> str:
    """The listed group the person said, where the one failed condition is not being recognised yet, else ""."""
    from knowledge.eligibility.facts import vocabulary

    if (
        not profile
        or len(failed) != 1
        or "就业困难人员" not in failed[0]
        or profile.get("is_hard_to_employ") is not False
    ):
        return ""
    if not any(profile.get("region") and regions_cover(d.jurisdiction, profile["region"]) for d in _definitions()):
        return ""  # a place whose texts list no such groups (聊城)
    vocab = vocabulary()
    said = [vocab[f].title for f in LISTED_GROUPS if profile.get(f) is True and f in vocab]
    # "我58了…现在领失业金" (eval80 WA06, told 不符合 the 公益性岗位 measures after "没认定过"): one out of work within 5
    # years of retirement is the list's "登记失业人员中距法定退休年龄5年以内的人员"; registration is the office's to confirm
    years = profile.get("years_to_retirement")
    jobless = (
        profile.get("employment_status") == "unemployed" or profile.get("receiving_unemployment_insurance") is True
    )
    if isinstance(years, (int, float)) and years <= NEAR_RETIREMENT and jobless:
        said.append("距法定退休年龄5年以内（须为登记失业人员）")
    return "、".join(said)


def _definitions():
    from knowledge.eligibility.engine import default_engine

    return default_engine().definitions.get("is_hard_to_employ", [])


def regions_cover(outer: str, inner: str) -> bool:
    from knowledge import regions

    try:
        return regions.covers(outer, inner)
    except regions.UnknownRegion:
        return False


def _window_passed(b: dict, path: str, profile: dict | None, as_of: date | None) -> bool:
    """The way of working taken today would start after the measure's own window ("须在离校1年内开始灵活就业" for one who
    left school in 2024, asked in 2026; eval67 JA01 read it as still open)."""
    w = b.get("window") or {}
    fact = str(w.get("fact") or "")
    if not profile or as_of is None or not fact.endswith("_date") or w.get("event_date") or path not in STATE_OF:
        return False
    from knowledge.eligibility.engine import default_engine

    trial = {**profile, fact: as_of.isoformat(), "employment_status": STATE_OF[path]}
    again = next(
        (x for x in default_engine().evaluate(trial, as_of)["benefits"] if x["benefit_id"] == b["benefit_id"]), None
    )
    return again is not None and again["status"] == "not_eligible"


def failed_lines(benefits: list[dict], profile: dict | None = None, as_of: date | None = None) -> list[str]:
    """Why the measures asked about are not met, with the figures said ("那要是只招了3个呢": 3 ÷ 30 = 10%,
    not the 15% the text asks). Measures for another applicant or place are not the person's: left out."""
    out, paths, later, certified, recognised = [], [], [], [], []
    for b in benefits:
        if b["status"] != "not_eligible":
            continue
        # the measure's own conditions, not one branch of an "any" (eval15 M01 read "不符合“低保家庭成员为是”" of a
        # measure whose list of groups is one condition among others)
        failed = [r[4:] for r in b.get("reasons", []) if r.startswith("不符合：")]
        # a later step (recognition, starting work, the benefit's end, a certificate) toward a measure that is over is no
        # step (eval100 QB07, a 2025 graduate in 2026, heard 大连's "延长1年", ended 2020-12-31, as open after 认定)
        over = (b.get("validity") or {}).get("status") in ("expired", "not_started")
        if failed and not any(r.startswith(("申请主体为", "所在地属于")) for r in failed):
            # years reckoned from the age are not "按您说的" (actions/retirement_age.py gives the words)
            reckoned = next((r for r in b.get("reasons", []) if "推算，距法定退休年龄" in r), None)
            said = [
                f"“{r.split('（实际：')[0]}”"
                + (f"（{reckoned.removesuffix('，以经办部门认定为准')}）" if reckoned and "退休" in r else _as_said(r))
                for r in failed[:2]
            ]
            if len(failed) == 1 and failed[0].startswith(EXHAUSTED):
                if over or (profile or {}).get("meets_unemployment_insurance_conditions") is False:
                    # "单位没给我交失业保险，也没领过失业金" (eval88 EA08) never reaches the end of a benefit she never
                    # draws: not a later step of hers
                    continue
                # "失业金两个月后领完" (eval38 K01, 59, heard 续领至退休 as 不符合): the condition comes with time
                later.append(f"· {b['name']}")
                continue
            if len(failed) == 1 and failed[0].startswith(CERTIFICATE):
                if over:
                    continue
                # "还没考呢 打算考" (eval41 G24, told 不能): the certificate comes with the exam, it bars nothing yet
                certified.append(f"· {b['name']}")
                continue
            listed = _listed_group(failed, profile)
            if over and (listed or "就业困难人员" in "".join(failed) or path_only(b)):
                continue
            if listed:
                # "没认定过" from one in a listed group (eval68 KA08, on 低保, heard "不符合“就业困难人员”（按您说的：否）"):
                # recognition comes first, it bars nothing yet
                recognised.append(f"· {b['name']}（您说的{listed}在原文所列范围之内，原文限于城镇登记失业人员）")
                continue
            if len(failed) == 1 and "就业困难人员" in failed[0] and (profile or {}).get("is_hard_to_employ") is False:
                # "不清楚，没认定过" in 聊城, whose texts list no groups (eval96 MA11, a couple both out of work, heard
                # "不符合“就业困难人员”（按您说的：否）"): not recognised yet bars nothing the office has not ruled on
                recognised.append(f"· {b['name']}（您说还没有认定；能否认定以当地人力资源社会保障部门为准）")
                continue
            path = path_only(b)
            if path:
                # a way of working the person may take, not a bar (eval12 J05: "不符合“自主创业”"), and never under
                # "条件不满足" (eval14 L08, about to raise cattle, read the loan as refused)
                now = (
                    (failed[0] if "（实际：" in failed[0] else _nested_failed(b)[0]).split("（实际：")[-1].rstrip("）")
                )
                state = "您说现在还不是" if now in ("是", "否") else f"您说的现在是：{now}"
                # "须灵活就业后申请" alone read as open to a 2025 graduate in 2026 (eval63 FA01): the measure's own
                # window for starting comes with it ("须在离校1年内开始灵活就业")
                window = str((b.get("window") or {}).get("basis") or "").split("（")[0].split("；")[0]
                window = f"，且{window}" if window.startswith("须") and path in window else ""
                if window and _window_passed(b, path, profile, as_of):
                    out.append(
                        f"· {b['name']}：{window.removeprefix('，且')}，按您说的日期现在开始已超出，以经办部门认定为准。"
                    )
                    continue
                paths.append(f"· {b['name']}：须{path}后申请{window}（{state}）")
                continue
            out.append(f"· {b['name']}：不符合" + "、".join(said) + "，以经办部门认定为准。")
    lines = (["按您说的情况，以下政策的条件不满足："] + out[:3]) if out else []
    if paths:
        used = [w for w in PATHS if any(f"{w}后申请" in line for line in paths[:3])]
        head = f"{used[0]}后可以按原文条件申请的" if len(used) == 1 else "按各项所说做到后可以按原文条件申请的"
        lines += [f"{head}（以经办部门认定为准）："] + paths[:3]
    if recognised:
        lines += ["经认定为就业困难人员后，可以按原文条件申请的（以经办部门认定为准）："] + recognised[:2]
    if later:
        lines += ["领取失业保险金期满后仍未就业的，可以按原文条件申请的（以经办部门认定为准）："] + later[:2]
    if certified:
        lines += ["当年取得职业资格证书或职业技能等级证书后，可以按原文条件申请的（以经办部门认定为准）："] + certified[
            :2
        ]
    return lines


def epidemic_lines(items: list[dict], as_of: date | None = None) -> list[str]:
    """Measures tied to the epidemic period, with no stated end: their standard, never "可以申请"; asked years
    later, no sum worked from the person's figures (eval68 KB06, an agency's 2026 placements, read "× 60人 = 18000元")."""
    if not items:
        return []
    head = f"期限与疫情防控期间挂钩的（{len(items)}项，原文未载明截止日期，有效期未知，未计入合计）："

    def said(b: dict) -> str:
        words = amount_words(b)
        if as_of is not None and validity_words.long_after_epidemic(b.get("validity") or {}, as_of):
            return words.split("；计算：")[0] + "（限于疫情防控期间，不按您说的情况计算金额）"
        return words

    lines = [head] + [f"· {b['name']}：{said(b)}" for b in items[:DETAILED]]
    if len(items) > DETAILED:
        lines.append(f"· 另有{len(items) - DETAILED}项")
    lines.append("以上各项现在能否申请，以经办部门认定为准。")
    return lines


def aged_lines(items: list[dict], as_of: date) -> tuple[list[str], list[dict]]:
    """Measures met whose text states no end and began years before the day asked: in full, no sum."""
    if not items:
        return [], []
    years = sorted({validity_words.open_since(b["validity"] or {}, as_of).year for b in items})  # type: ignore[union-attr]
    since = validity_words.since_years(years)
    head = (
        f"条件相符、但{since}实施且原文未载明截止日期的（{len(items)}项，至今已逾{as_of.year - years[-1]}年，"
        "现在是否仍在执行无法从原文判断，未计入合计）："
    )
    lines, cites = [head], []
    for i, b in enumerate(items, 1):  # with the person's own period, as a measure to claim would be
        if i > DETAILED:
            lines.append(f"{i}. {b['name']}：{amount_words(b)}")
            continue
        block, c = benefit_block(b, as_of, i, with_ask=False)
        lines.append(block)
        cites += c
    lines.append("以上各项现在能否申请、能领多少，以经办部门认定为准。")
    return lines, cites


def summary(
    result: dict,
    scope: set[str] | None = None,
    today: date | None = None,
    include_not_eligible: bool = False,
    order: list[str] | None = None,
) -> Reply:
    """`order`: the conversation's measures, most relevant to the question first; the ones still waiting on facts
    are listed in that order (eval18 P16 asked about hiring 就业困难人员 and that measure was "另有1项")."""
    as_of = date.fromisoformat(result["as_of"])
    if scope is not None:
        # the city's rule replacing a province's one in scope takes its place (eval88 EA04, a 大连 restaurant in 2020-07,
        # asked about hiring two long-unemployed: 辽政发（十） was in scope, dropped for 大连's 2500元/人, which was not,
        # and the one cash subsidy he met vanished from the verdict)
        scope = set(scope) | {
            i for b in result["benefits"] if b["benefit_id"] in scope for i in (b.get("superseded_by") or [])
        }
    benefits = [b for b in result["benefits"] if scope is None or b["benefit_id"] in scope]
    # the province's 稳岗返还 "最高可提至100%" that 大连 sets at 100%: one refund, said once (eval34 X18 read "最多18000元"
    # for 9000元 of premiums, the city's and the province's added); the city's rule names the replacement
    present = {b["benefit_id"] for b in result["benefits"]}
    benefits = [b for b in benefits if not set(b.get("superseded_by") or []) & present]
    by_id = {b["benefit_id"]: b for b in benefits}
    eligible = [b for b in benefits if b["status"] == "eligible"]
    package = _package(result, eligible)
    nif = not_in_force(package, by_id)
    listed = [by_id[i] for i in package["benefit_ids"] if i in by_id and i not in nif]
    epidemic = [b for b in listed if validity_words.epidemic_bound(b["validity"])]
    # open-ended for years on the day asked (a 2019 refund asked about in 2026, eval16 N11 was told "合计15000元"):
    # its conditions are met, its standard is said, and no sum is promised
    aged = [b for b in listed if b not in epidemic and validity_words.open_since(b["validity"] or {}, as_of)]
    claim = [b for b in listed if b not in epidemic and b not in aged]
    shown = {b["benefit_id"] for b in listed}
    profile = result.get("profile", {})
    who = "、".join(x for x in (APPLICANT.get(profile.get("applicant_type"), ""), profile.get("region") or "") if x)
    when = f"按{cn_date(as_of)}的政策" if today is None or as_of != today else "按今天的政策"
    lines = [f"{when}判断{f'（{who}）' if who else ''}："]
    cites: list[dict] = []
    none_at = -1  # where "还没有确定…" is said, when nothing is claimable
    if claim:
        together = "，可同时享受" if len(claim) > 1 else ""
        # a 2020 measure whose text states no end is not "可以申请" today (eval6 E07/E16): its conditions are met,
        # and whether it still runs is the office's to say
        open_ended = [b for b in claim if (b.get("validity") or {}).get("status") != "active"]
        if open_ended:
            which = "该项" if len(claim) == 1 else "均" if len(open_ended) == len(claim) else f"其中{len(open_ended)}项"
            lines.append(
                f"条件相符的补贴（{len(claim)}项{together}；{which}原文未载明实施期限，现在能否申请以经办部门认定为准）："
            )
        else:
            lines.append(f"可以申请的补贴（{len(claim)}项{together}）：")
        for i, b in enumerate(claim, 1):
            if i <= DETAILED:
                block, c = benefit_block(b, as_of, i, with_ask=False)
                lines.append(block)
                cites += c
            else:
                lines.append(f"{i}. {b['name']}：{amount_words(b)}")
        lines.append(f"合计：{total_words(claim)}")
        # the measure asked about that fails beside one met ("失业金领完了 还能接着领不" at 57: 失业补助金 met, 续领至退休
        # not, by the years reckoned; the live eval11 test read only the one met): why, in the person's own figures
        reckoned = [
            b for b in benefits if b["status"] == "not_eligible" and any("推算" in r for r in b.get("reasons", []))
        ]
        lines += failed_lines(reckoned if scope is not None else [], result.get("profile"), as_of)
    else:
        # met but years old with no end stated (below): none is said to be claimable now
        none_at = len(lines)
        lines.append(
            "根据目前的信息，没有能确定现在仍在执行的补贴。"
            if aged
            else "根据目前的信息，还没有确定现在可以申请的补贴。"
        )
        lines += failed_lines(benefits if scope is not None else [], result.get("profile"), as_of)
    old_lines, old_cites = aged_lines(aged, as_of)
    lines += epidemic_lines(epidemic, as_of) + old_lines
    cites += old_cites
    alts: list[str] = []
    for a in package.get("alternatives", []):
        chosen = by_id.get(a.get("chosen"))
        others = [by_id[i] for i in a.get("benefit_ids", []) if i in by_id and i != a.get("chosen") and i not in shown]
        if chosen is None or chosen["benefit_id"] not in shown or not others:
            continue
        names = "、".join(f"“{o['name']}”" for o in others)
        alts.append(f"· {names}（与“{chosen['name']}”只计其一）：{a.get('reason', '')}")
        shown |= {o["benefit_id"] for o in others}
    if alts:
        # "只能选其一" read as a rule of the texts (eval91 HA04, eval88 EB10): where the texts are silent it is this
        # package's reading, said as ours; the reason names the text's own sentence where there is one
        lines.append("以下补贴与上面的项目用于同一事项，合计只计其一（未计入合计）：")
        lines += alts
    for status, heading in (
        ("expired", "曾有、已到期的"),
        ("not_started", "尚未实施的"),
        ("own", "按您说的日期不在享受期内的"),
    ):
        ended = [(by_id[i], x) for i, x in nif.items() if i in by_id and i not in shown and _group(x) == status]
        if ended:
            lines.append(f"{heading}（{len(ended)}项，现不能申请，未计入合计）：")
            lines += [_ended(b, x, as_of) for b, x in ended[:DETAILED]]
            if len(ended) > DETAILED:
                lines.append(f"· 另有{len(ended) - DETAILED}项")
            shown |= {b["benefit_id"] for b, _ in ended}
    pending = [b for b in benefits if b["status"] == "needs_info" and b["benefit_id"] not in shown]
    closed = [b for b in pending if _not_now(b)]
    # epidemic-period measures asked about years later: not asked item by item (eval45 C01, 52 in 2026, was asked
    # "您是湖北籍吗" and about online training "疫情期间"), said together in one line below
    stale = [b for b in pending if not _not_now(b) and validity_words.long_after_epidemic(b["validity"] or {}, as_of)]
    open_ = [b for b in pending if not _not_now(b) and b not in stale]
    if order:
        rank: dict[str, int] = {}
        for i, benefit_id in enumerate(order):
            rank.setdefault(benefit_id, i)
        open_.sort(key=lambda b: rank.get(b["benefit_id"], len(rank)))  # stable: the engine's order among the rest
    listed_ids = {b["benefit_id"] for b in listed}
    if open_:
        lines.append(f"还需补充信息才能判断（{len(open_)}项）：")
        for b in open_[:DETAILED]:
            need = as_questions(b.get("missing_facts", []), profile=profile)  # as the form asks (eval 5)
            tied = "；有效期未知，与疫情防控期间挂钩" if validity_words.epidemic_bound(b["validity"]) else ""
            lines.append(f"· {b['name']}（还要看：{need}{tied}）{shared_with(b, listed_ids) or if_met(b)}")
        if len(open_) > DETAILED:
            lines.append(f"· 另有{len(open_) - DETAILED}项")
    # a window of the event (来凌 between 2017 and 2020) is no epidemic period (eval67 JB10 heard 凌源's 安家补助 "期限与疫情
    # 防控期间挂钩"): said with its own window
    windowed = [b for b in stale if not validity_words.epidemic_bound(b["validity"])]
    stale = [b for b in stale if b not in windowed]
    for b in windowed[:2]:
        v = b["validity"]
        closed_on = f"（该期间已于{cn_date(v['window_closed'])}结束）" if v.get("window_closed") else ""
        lines.append(f"另有“{b['name']}”：{v.get('window_badge') or v['window']}{closed_on}，这里不再逐项询问。")
    if stale:
        names = "、".join(f"“{b['name']}”" for b in stale[:2])
        more = f"等{len(stale)}项" if len(stale) > 2 else ""
        since = max(int(str(b["validity"].get("start") or as_of.isoformat())[:4]) for b in stale)
        lines.append(
            f"另有{names}{more}期限与疫情防控期间挂钩的措施，原文未载明截止日期，至今已逾{as_of.year - since}年，"
            "是否仍在执行需经办部门确认，这里不再逐项询问。"
        )
    adds = [b for b in open_[:DETAILED] if if_met(b) and not shared_with(b, listed_ids)]
    lines += grand_total(claim, epidemic, adds)
    if closed:
        names = "、".join(f"“{b['name']}”" for b in closed[:3])
        more = f"等{len(closed)}项" if len(closed) > 3 else ""
        own = "、不在您的享受期内" if any(_own_not_now(b) for b in closed) else ""
        lines.append(
            f"另有{names}{more}与您的情况可能相关，但按{cn_date(as_of)}已到期或尚未实施{own}，不再列为可申请项目。"
        )
    if claim == [] and len(lines) > none_at + 1 and not aged:
        # measures still to be settled follow (eval42 F01, F09 read "还没有确定…" beside a sum and 失业补助金 just listed)
        lines[none_at] = "根据目前的信息，还不能确定哪一项现在一定能申请，下面分别说明："
    lines.append(validity_words.ask())
    if include_not_eligible:
        no = [b for b in benefits if b["status"] == "not_eligible"]
        if no:
            lines.append("不符合条件的：" + "、".join(b["name"] for b in no[:10]))
    return Reply(
        "\n".join(lines),
        cites,
        meta={
            "eligible": [b["benefit_id"] for b in claim],
            "epidemic_bound": [b["benefit_id"] for b in epidemic],
            "not_in_force": list(nif),
            "needs_info": [b["benefit_id"] for b in open_],
        },
    )
