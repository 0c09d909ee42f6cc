"""Whether the person asking counts as 就业困难人员 ("我这样的能认定不" to the question "您是否已被认定为就业困难
人员？", "我这个岁数的下岗女工能不能算就业困难人员"): the sentence that lists the group, quoted, then what their own
words settle — a listed group said, the years to retirement reckoned from the age (actions/retirement_age.py),
and the registration the list requires. Evaluation 13 (K04) heard 创业孵化平台认定 and then a graduate's 1000元.

Only the text's list decides, and only where every reading agrees ("以经办部门认定为准"); a place whose
documents define no such list (聊城) is left to the other answers."""

from __future__ import annotations

import re
from datetime import date

from actions.profile import evaluate
from actions.profile_facts import GROUP_WORDS
from actions.profile_rank import stated_groups
from actions.retirement_age import against
from answers import citations, clause_json
from answers.models import Reply
from knowledge import regions
from knowledge.eligibility.engine import default_engine
from knowledge.records import clause_index, load_clauses, not_yet_issued

GROUP = "is_hard_to_employ"
LISTED = "范围包括"
PENDING = re.compile(
    # "没有 不知道咋认定" (eval42 F24 heard a 孵化平台认定 clause): how to be recognised, the group in play
    r"(?:咋|怎么|如何|怎样|去哪|在哪)(?:申请)?认定|"
    r"(?:能|可以|能不能|可不可以|能否)(?:认定|算|评上|评|办)(?:上|成|下来)?(?:不|吗|么|嘛|呢)?|算不算|算吗|算不|"
    r"够不够|够格|符不符合|符合吗|行不行"
)
# asked, never stated: "已经认定为就业困难人员" is a fact of the case (the questions go on)
NAMED = re.compile(
    # "我这岁数能不能算那个就业困难人员" (eval104 UA02, a woman of 48, heard "不能" of an ended training allowance)
    r"(?:能不能|能否|可不可以|可以|能)(?:算|认定|评)(?:为|成|上)?(?:是)?(?:那个|这个|个|那种)?(?:就业困难|困难人员)|"
    r"(?:算不算|是不是|属不属于)就业困难|就业困难(?:人员)?(?:能不能|能否|可不可以)(?:认定|评上|算)|"
    r"(?:算|属于|认定[为成]?)就业困难(?:人员)?(?:吗|么|不|没|嘛|[？?])|"
    # "那我到底算不算困难人员啊" (eval41 G01 heard the definition again): the group said short
    r"(?:算不算|是不是|属不属于)困难人员|(?:算|属于)困难人员(?:吗|么|不|嘛|[？?])|"
    # "这算不算单亲抚养那种就业困难人员？能认定不" (eval66 IA08 heard a 灵活就业 verdict): the kind named between
    r"(?:算不算|是不是|属不属于)[^，。,；？?\s]{1,8}(?:那种|这种|那类|这类)的?就业困难|"
    r"就业困难(?:人员)?[？?，,\s]*(?:能认定|能算|能评上)(?:不|吗|么)"
)
# "不是，没认定过…", "没有，…": the pending question answered 否 ("不清楚 我这样的能认定不" is no answer)
ANSWERED_NO = re.compile(r"\s*(?:(?:不是|否|没有?|不)(?=[，,。.！!\s]|$)|没(?:有)?(?:被)?认定)")
WHO = re.compile(r"我|俺|咱|本人|自己|老公|老婆|媳妇|爱人|丈夫|妻子|他|她")
NEAR = 60  # months: "距法定退休年龄5年以内"


def asked(text: str, pending: str | None) -> bool:
    """The message asks whether the person (or the one they speak for) counts as the group."""
    # "不是，没认定过啥困难人员。我就想知道买电动车跑单能不能贷款，到底行不行" (eval72 OA08 heard the list again): the
    # question answered 否, and another asked
    if pending == GROUP and PENDING.search(text) and not ANSWERED_NO.match(text):
        return True
    return bool(NAMED.search(text) and WHO.search(text))


def group_definition(region: str | None):
    for d in default_engine().definitions.get(GROUP, []):
        if region is None or regions.covers(d.jurisdiction, region):
            return d
    return None


def list_citation(definition, as_of: date) -> dict | None:
    records = clause_index(load_clauses())
    for c in definition.citations:
        # a list not yet issued on the day asked places nobody (eval48 M08 heard 辽政发〔2020〕9号（十六） on 2019-10-01)
        if LISTED in c.quote and c.clause_id in records and not not_yet_issued(records[c.clause_id], as_of):
            return citations.from_hit(clause_json.as_hit(records[c.clause_id], as_of, [c.quote]), c.quote)
    return None


def _treated_as(cite: dict, profile: dict) -> str | None:
    """The clause's sentence treating a group said like the listed ones ("…退役军人…参照就业困难人员享受相关政策")."""
    if not profile.get("is_veteran"):
        return None
    rec = clause_index(load_clauses()).get(cite.get("clause_id") or "")
    return next((x.text for x in (rec.sentences if rec else []) if "退役" in x.text and "参照" in x.text), None)


def reply(text: str, profile: dict, as_of: date, pending: str | None) -> Reply | None:
    """The list quoted and the verdict, or None (not asked, or no list where the person is)."""
    if profile.get("applicant_type") not in (None, "person") or not asked(text, pending):
        return None
    definition = group_definition(profile.get("region"))
    cite = list_citation(definition, as_of) if definition is not None else None
    if cite is None:
        return _no_list(profile.get("region"), as_of)
    head = f"按{cite.get('doc_number') or cite.get('doc_name')}{citations.clause_label(cite)}规定：“{cite['quote']}”"
    derived = (evaluate(profile, as_of).get("derived_facts") or {}).get(GROUP) or {}
    if derived.get("value"):
        lines = ["按您说的情况，属于上述就业困难人员范围。"]
    else:
        lines = ["按您说的情况："]
        groups = [
            GROUP_WORDS[f] for f in stated_groups(profile) if f in GROUP_WORDS and GROUP_WORDS[f] in cite["quote"]
        ]
        if groups:
            lines.append(f"· 您说的{'、'.join(groups)}在所列人员之内；")
        age = against(profile, as_of, NEAR, "在“距法定退休年龄5年以内”之列", "不在“距法定退休年龄5年以内”之列")

        if age:
            lines.append(f"· {age}；")
        treated = _treated_as(cite, profile)
        if treated:  # eval18 P18: "我这退伍的算不算" heard the list only, and "看不出属于哪一类"
            lines.append(f"· 您说的退役军人：该条另规定“{treated}”；")
        elif "单亲" in text and not profile.get("is_single_parent"):
            # "她一个人带孩子 这算不算单亲抚养那种" (eval66 IA08, a wife whose husband works away): what the list says
            lines.append(
                "· 原文列的是“单亲抚养未成年人者”；夫妻未离异、一方在外地工作的，按字面不是单亲，以经办部门认定为准；"
            )
        elif not groups and not age:
            lines.append(
                "· 您说的情况里还看不出属于所列哪一类人员（零就业家庭、低保家庭、距退休5年以内、残疾人、单亲抚养未成年人等）；"
            )
        # "登记失业一年了" says it (eval66 IA08); "失业一年多了" does not (eval83 ZA05 was told "您已办理失业登记")
        registered = profile.get("unemployment_registered")
        if registered is False:
            lines.append("· 范围限于城镇登记失业人员，您说还没有办理失业登记，须先办理失业登记。")
        elif registered is None:
            lines.append("· 另须是城镇登记失业人员，即已办理失业登记。")
        else:
            lines.append("· 您已办理失业登记。")
    lines.append("能否认定以经办部门为准。")
    return Reply(head + "\n" + "\n".join(lines), [cite], meta={"own_group": GROUP})


NAMING = re.compile(r"就业困难人员")
PLACING = re.compile(r"认定为就业困难|参照就业困难|纳入就业困难|视同就业困难")


def _no_list(region: str | None, as_of: date) -> Reply | None:
    """Where no text of the place lists who the group is (聊城): said first, with the place's sentences naming it
    (eval45 C06, a veteran in 聊城, asked three times and heard the veterans' training clause)."""
    from answers import place_sentences

    if not region:
        return None
    naming = place_sentences.find(NAMING, region, as_of)
    # the sentences placing people in the group first ("…可在常住地申请认定为就业困难人员", "贫困劳动力…参照就业困难人员",
    # eval48 M08 heard two that only mention it)
    naming = sorted(naming, key=lambda c: not PLACING.search(c.get("quote") or ""))[:2]
    lines = [
        f"收录的{region}政策原文没有写明就业困难人员的范围和认定条件；您是否属于就业困难人员，"
        "以当地人力资源社会保障部门认定为准。"
    ]
    if naming:
        lines.append(f"{region}文件中提到就业困难人员的规定有：")
        lines += [place_sentences.line(c) for c in naming]
    return Reply("\n".join(lines), naming, meta={"own_group": GROUP, "no_list": True})
