"""Years to the legal retirement age read from the age and sex a person said ("我57了 男的 失业保险金领完了"):
the measures "距法定退休年龄不足1年" and the 就业困难人员 group "距法定退休年龄5年以内" are decided from them
where every reading of the law gives the same answer, and asked otherwise (evaluations 9 and 10 asked a
57-year-old man "您距离法定退休年龄还有几年？").

The legal age is the law's on the day asked: 60 for men, 50 for women workers and 55 for women cadres
until 2025-01-01; from then 《国务院关于渐进式提高职工法定退休年龄的办法》 adds a month for every 4 (women
workers: 2) months of birth from January 1965 (1970, 1975), up to 63 (58, 55). Which of the two women's
ages applies, the day of birth and any early retirement are not known here, so every reading is kept and
a condition is decided only when all of them agree; the value used is the largest (a bound that never
promises more), and the reasons say it is the project's reckoning (以经办部门认定为准)."""

from __future__ import annotations

import math
import operator
import re
from datetime import date

from knowledge.builds import per_build
from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.schema import cond_facts

FACT = "years_to_retirement"
REFORM = date(2025, 1, 1)
# the original age, the first birth month delayed, months of birth per month of delay, the most months of delay
SCHEDULES = {
    "man": (60, (1965, 1), 4, 36),
    "woman_cadre": (55, (1970, 1), 4, 36),
    "woman_worker": (50, (1975, 1), 2, 60),
}
KINDS = {"male": ("man",), "female": ("woman_worker", "woman_cadre")}
UNDER = re.compile(r"不到|不足|不够")
OPS = {"lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge}


def years_of(n: float, unit: str, said: str) -> float:
    """A span to retirement as said ("不到1年", "还差8个月") in years. "不到/不足/不够 N" is a month less than N, so
    "不足1年" holds as the person says it does and no period counted from it runs longer than what was said (eval23
    U09 was told 不能 "按您说的：1年")."""
    months = n * 12 if unit == "年" else n
    return round((months - (1 if UNDER.search(said) else 0)) / 12, 4)


def retirement_months(kind: str, born: int, as_of: date) -> int:
    """The legal retirement age in months for a person born in month index `born` (year × 12 + month − 1)."""
    base, (year, month), per, most = SCHEDULES[kind]
    months = base * 12
    first = year * 12 + month - 1
    if as_of < REFORM or born < first:
        return months
    return months + min((born - first) // per + 1, most)


def kind_months_left(age: int, kind: str, as_of: date) -> tuple[int, int]:
    """The fewest and most whole months to one kind's legal retirement age over every birth month."""
    now = as_of.year * 12 + as_of.month - 1
    left = [
        born + retirement_months(kind, born, as_of) - now for born in range(now - 12 * (age + 1), now - 12 * age + 1)
    ]
    return min(left), max(left)


def months_left(age: int, gender: str | None, as_of: date) -> tuple[int, int]:
    """The fewest and most whole months to the legal retirement age over every reading (birth month, kind)."""
    spans = [kind_months_left(age, kind, as_of) for kind in KINDS.get(gender or "", tuple(SCHEDULES))]
    return min(s[0] for s in spans), max(s[1] for s in spans)


# "社保那边说俺明年8月份才到退休" (eval104 UA08, a woman of 56, was told she was past the age): the month said
RETIRES_ON = re.compile(
    r"(今年|明年|后年)\s*(\d{1,2})\s*月(?:份)?(?:底|初)?(?:才|就)?(?:能|要|该)?(?:到)?(?:退休|退(?![回还费款钱]))"
)


def retiring_on(text: str, as_of: date) -> dict:
    """{"years_to_retirement": …} from the month one says one retires in, else {}."""
    m = RETIRES_ON.search(text or "")
    if m is None:
        return {}
    year = as_of.year + {"今年": 0, "明年": 1, "后年": 2}[m.group(1)]
    months = (year - as_of.year) * 12 + int(m.group(2)) - as_of.month
    return {FACT: years_of(months, "个月", m.group(0))} if 0 <= months <= 36 else {}


def maybe_within(age, gender: str | None, as_of: date, months: int = 60) -> bool:
    """Within `months` of the legal retirement age on some reading (a woman of 51: past a worker's age, about five
    years from a cadre's); False when no age was said."""
    if not isinstance(age, (int, float)):
        return False
    fewest, most = months_left(int(age), gender, as_of)
    return most >= 0 and fewest <= months


def out_of_reach(benefit_id: str, profile: dict, as_of: date) -> bool:
    """The measure requires fewer years to retirement (失业保险金 "直至法定退休年龄" for those "不足1年" from it) than
    the person has on every reading of their age (a man of 56: four years at the fewest)."""
    age = profile.get("age")
    rule = default_engine().by_id.get(benefit_id)
    if FACT in profile or not isinstance(age, int) or rule is None or rule.conditions is None:
        return False
    tops = rule.conditions.all if rule.conditions.kind == "all" else [rule.conditions]
    fewest = months_left(age, profile.get("gender"), as_of)[0] / 12
    return any(
        c.kind == "fact" and c.fact == FACT and not OPS[op](fewest, v)
        for c in tops or []
        for op in ("lt", "le")
        if isinstance(v := getattr(c, op, None), (int, float))
    )


@per_build()
def thresholds() -> tuple[tuple[str, float], ...]:
    """Every (operator, years) a rule or a definition compares the years to retirement with."""
    found: set[tuple[str, float]] = set()

    def walk(c) -> None:
        for part in (c.all or []) + (c.any or []) + ([c.not_] if c.not_ is not None else []):
            walk(part)
        if c.fact == FACT:
            found.update((op, float(v)) for op in OPS if isinstance(v := getattr(c, op), (int, float)))

    engine = default_engine()
    for c in [r.conditions for r in engine.rules] + [d.when for ds in engine.definitions.values() for d in ds]:
        if c is not None:
            walk(c)
    return tuple(sorted(found))


@per_build()
def readers() -> frozenset[str]:
    """The rules that read the years, themselves or through a group the text defines (就业困难人员)."""
    engine = default_engine()
    through = {FACT} | {name for name, ds in engine.definitions.items() if any(FACT in cond_facts(d.when) for d in ds)}
    return frozenset(r.id for r in engine.rules if engine.reads[r.id] & through)


def years_left(age: int, gender: str | None, as_of: date) -> float | None:
    """The years to retirement to evaluate with, or None when the readings disagree on a condition of
    some rule (or the person may be past the age already): then the years are asked."""
    fewest, most = months_left(age, gender, as_of)
    if fewest < 0:
        return None
    if any(OPS[op](fewest / 12, n) != OPS[op](most / 12, n) for op, n in thresholds()):
        return None
    return most / 12


# "他明年7月满60", "2027年3月就满50岁了" (eval96 MA08, a daughter, was asked again how far her father is from retiring):
# the month a round age is reached, which is the month of birth
TURNING = re.compile(
    r"(?:(?P<next>明年)|(?P<this>今年)|(?P<y>20\d{2})\s*年)?\s*(?P<m>1[0-2]|[1-9])\s*月份?(?:底|初)?\s*(?:就|才|刚|刚好|正好)?满\s*(?P<n>[4-7]\d)\s*(?:周岁|岁)?"
)


NEXT_MONTH = re.compile(r"下个?月(?:就|才|刚好|正好)?满\s*([4-7]\d)")


def born_month(text: str, as_of: date) -> int | None:
    """The month of birth (year × 12 + month − 1) a "…月满N岁" says, or None."""
    m = TURNING.search(text or "")
    soon = NEXT_MONTH.search(text or "") if m is None else None
    if soon is not None:  # "她下个月满50"
        return as_of.year * 12 + as_of.month - 12 * int(soon.group(1))
    if m is None:
        return None
    year = int(m.group("y")) if m.group("y") else as_of.year + (1 if m.group("next") else 0)
    if not (m.group("y") or m.group("next") or m.group("this")) and int(m.group("m")) < as_of.month:
        year += 1  # "7月满60" said in December: the coming July
    return (year - int(m.group("n"))) * 12 + int(m.group("m")) - 1


def from_birth(born: int, gender: str | None, as_of: date) -> tuple[int, float | None]:
    """(age now, years to retirement) for a month of birth; the years None when the sex is unknown, or the kinds of
    that sex (女工人, 女干部) disagree on a condition of some rule."""
    now = as_of.year * 12 + as_of.month - 1
    age = (now - born) // 12
    kinds = KINDS.get(gender or "")
    if not kinds:
        return age, None
    left = [born + retirement_months(kind, born, as_of) - now for kind in kinds]
    if min(left) < 0 or any(OPS[op](min(left) / 12, n) != OPS[op](max(left) / 12, n) for op, n in thresholds()):
        return age, None
    return age, max(left) / 12  # the most months over the kinds: the reading that never promises more


def _said_sex(text: str, gender: str | None) -> str | None:
    """The sex known, else the one "他"/"她" says when only one of them is written."""
    if gender is None and ("他" in text) != ("她" in text):
        return "male" if "他" in text else "female"
    return gender


def birth_facts(text: str, gender: str | None, as_of: date) -> dict:
    """The age and (where settled) the years to retirement a "…月满N岁" says."""
    born = born_month(text, as_of)
    if born is None:
        return {}
    age, years = from_birth(born, _said_sex(text, gender), as_of)
    return {"age": age, **({FACT: round(years, 4)} if years is not None else {})}


def birth_line(text: str, gender: str | None, as_of: date) -> str:
    """ "按您说的出生年月（1967年7月）推算，按男职工的法定退休年龄60岁8个月，约2028年3月退休，现在距退休约15个月" where a
    "…月满N岁" and the sex settle it; "" otherwise."""
    born = born_month(text, as_of)
    gender = _said_sex(text, gender)
    years = from_birth(born, gender, as_of)[1] if born is not None else None
    if born is None or years is None:
        return ""
    said = f"按您说的出生年月（{born // 12}年{born % 12 + 1}月）推算，"
    if len(KINDS[gender or ""]) > 1:
        return f"{said}距法定退休年龄约{years:.1f}年，以经办部门认定为准。"
    kind = KINDS[gender or ""][0]
    total = retirement_months(kind, born, as_of)
    at = born + total
    extra = f"{total % 12}个月" if total % 12 else ""
    return (
        f"{said}按{KIND_WORDS[kind]}的法定退休年龄{total // 12}岁{extra}，"
        f"约{at // 12}年{at % 12 + 1}月退休，现在距退休约{at - (as_of.year * 12 + as_of.month - 1)}个月，以经办部门认定为准。"
    )


def settled_by_sex(age, as_of: date) -> bool:
    """Whether "男/女" would settle the years for a person of this age (a man of 57: yes; then "男" is an
    easier question than "您距离法定退休年龄还有几年？")."""
    return isinstance(age, int) and any(years_left(age, sex, as_of) is not None for sex in KINDS)


def reckoned(profile: dict, as_of: date) -> dict:
    """The profile with the years to retirement reckoned from the age, where that decides every rule."""
    if (
        FACT in profile
        or not isinstance(profile.get("age"), int)
        or profile.get("applicant_type") not in (None, "person")
    ):
        return profile
    years = years_left(profile["age"], profile.get("gender"), as_of)
    return profile if years is None else {**profile, FACT: years}


def said_age(profile: dict) -> str:
    """ "按您说的年龄（57岁，男）推算": the age and sex the reckoning starts from, as the person said them."""
    sex = {"male": "，男", "female": "，女"}.get(profile.get("gender") or "", "")
    return f"按您说的年龄（{profile['age']}岁{sex}）推算"


def past(profile: dict, as_of: date) -> bool:
    """The age said puts the person past the legal retirement age on every reading."""
    age = profile.get("age")
    told = profile.get("years_to_retirement")
    if isinstance(told, (int, float)) and told > 0:
        return (
            False  # "单位说我还得干一年来的才退" (eval102 SA02, 57): the years the person was told, over any reckoning
        )
    return isinstance(age, int) and months_left(age, profile.get("gender"), as_of)[1] < 0


def reason(profile: dict, as_of: date) -> str:
    """The reasons' line for a measure decided on reckoned years: "按您说的年龄（57岁，男）推算，距法定退休年龄约2至3年"."""
    fewest, most = months_left(profile["age"], profile.get("gender"), as_of)
    span = f"{math.floor(fewest / 1.2) / 10:g}至{math.ceil(most / 1.2) / 10:g}年"
    return f"{said_age(profile)}，距法定退休年龄约{span}，以经办部门认定为准"


def past_line(profile: dict, as_of: date, said: dict) -> str:
    """ "按您说的年龄（62岁，男）推算，已到法定退休年龄" when the age just said puts the person past it on every
    reading (evaluation 12: a man of 62 and a woman of 58 were never told, and asked about 失业保险金 期满)."""
    if "age" not in said and "gender" not in said or profile.get("applicant_type") not in (None, "person"):
        return ""
    if not past(profile, as_of):
        return ""
    return f"{said_age(profile)}，您已到法定退休年龄；下列政策能否享受，以经办部门认定为准。"


KIND_WORDS = {"man": "男职工", "woman_worker": "女工人", "woman_cadre": "女干部"}


def _years(months: int) -> str:
    return f"{max(0.0, math.floor(months / 1.2) / 10):g}"


def years_said(profile: dict) -> float | None:
    """The years to retirement the person said themselves, or None."""
    left = profile.get(FACT)
    return float(left) if isinstance(left, (int, float)) and not isinstance(left, bool) else None


def against(profile: dict, as_of: date, near: int, inside: str, outside: str, strict: bool = False) -> str | None:
    """What the age said settles of a threshold of `near` months to retirement, for each reading of the legal age:
    "按您说的年龄（46岁，女）推算，按女工人的退休年龄约3至4年，在5年以内；按女干部的…不在5年以内，按哪个年龄退休以经办部门
    认定为准". `inside`/`outside`: the words after the years ("在“距法定退休年龄5年以内”之列")."""
    left = years_said(profile)
    if left is not None:
        # "我离退休大概还有三四年" (eval71 NA12 heard "看不出属于所列哪一类" and the ages of men and women reckoned):
        # the years the person said, over those reckoned from an age
        if strict and left * 12 == near:
            # "还得干一年来的才退" against "不足1年" (eval102 SA02 read "还有约1年，不足1年"): on the line, the office's
            return f"您说距法定退休年龄还有约{left:g}年，到时是否{inside}，以经办部门认定为准"
        within = left * 12 < near if strict else left * 12 <= near
        return f"您说距法定退休年龄还有约{left:g}年，{inside if within else outside}"
    age, gender = profile.get("age"), profile.get("gender")
    if not isinstance(age, int):
        return None
    fewest, most = months_left(age, gender, as_of)
    said = said_age(profile)
    if most < 0:
        return f"{said}，已到法定退休年龄，不在劳动年龄之内"
    span = f"距法定退休年龄约{_years(fewest)}至{_years(most)}年"
    if fewest < 0:
        # "今年59了" with no sex said (eval60 CA05, a 女工, heard "约0至1年，不足1年" and that she could draw on): a
        # reading past the age is said as past, each other reading as its own
        kinds = KINDS[gender] if gender else tuple(dict.fromkeys(k for sex in KINDS.values() for k in sex))
        parts = []
        for kind in kinds:
            low, high = kind_months_left(age, kind, as_of)
            if high < 0:
                parts.append(f"按{KIND_WORDS[kind]}的退休年龄已到法定退休年龄")
                continue
            word = inside if high <= near else outside if low > near else "要看出生月份"
            parts.append(f"按{KIND_WORDS[kind]}的退休年龄约{_years(max(low, 0))}至{_years(high)}年，{word}")
        whose = "要看您的性别和退休年龄" if not gender else "按哪个年龄退休"
        return f"{said}，" + "；".join(parts) + f"，{whose}，以经办部门认定为准"
    if most <= near:
        return f"{said}，{span}，{inside}"
    if fewest > near:
        return f"{said}，{span}，{outside}"
    if not gender:
        return f"{said}，{span}，要看您的性别和退休年龄，以经办部门认定为准"
    parts = []
    for kind in KINDS[gender]:
        low, high = kind_months_left(age, kind, as_of)
        word = inside if high <= near else outside if low > near else "要看出生月份"
        parts.append(f"按{KIND_WORDS[kind]}的退休年龄约{_years(max(low, 0))}至{_years(high)}年，{word}")
    return f"{said}，" + "；".join(parts) + "，按哪个年龄退休以经办部门认定为准"


# the extension to retirement judged when the benefit ends, how long it runs the texts do not say (eval90 GA01)
UNTIL_END = (
    "看的是领完失业保险金时：领取失业保险金期满仍未就业且那时距法定退休年龄不足1年的，可继续领取至法定退休年龄。"
    "您现在距退休1年以上，领完时是否不足1年，要看能领多久（收录的文件没有写领取期限，以经办机构核定为准）。"
)
# the benefit said to have run out or to be about to ("失业金快领完了", eval83 ZA06): the years to retirement now are
# those at its end
ENDED_SAID = re.compile(
    r"(?:已经|早就|早|都)领完了?|领完(?:好几个月|半年|一年|几个月)了|(?:已经|早就)(?:到期|期满)|"
    r"(?:快|马上|就要|要)(?:领完|到期|期满|领到头)|(?:还有|再有|还剩)[^，。？?]{0,4}(?:个月|月)(?:就)?(?:领完|到期|期满)"
)
