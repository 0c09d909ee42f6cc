"""Departments brackets: both styles, nested brackets, lead units, carried-over lead rule."""

from knowledge.departments import parse_departments, trailing_bracket


def test_dalian_2020_departments(by_id):
    assert by_id["dalian-2020-18:1.1"].departments == [
        "市发展改革委",
        "市工业和信息化局",
        "市财政局",
        "市住房城乡建设局",
        "市生态环境局",
        "市交通运输局",
        "市人力资源社会保障局",
        "各区市县人民政府",
        "先导区管委会",
    ]
    # bracket on its own paragraph after a page break
    assert by_id["dalian-2020-18:3.16"].departments[0] == "市人力资源社会保障局"
    assert by_id["dalian-2020-18:3.16"].departments_text.startswith("(责任单位：")
    # opened full-width, closed half-width, broken by a page break inside "各区市县"
    assert by_id["dalian-2020-18:5.23"].departments == [
        "市委宣传部",
        "市委网信办",
        "市广电局",
        "各区市县人民政府",
        "先导区管委会",
    ]
    assert by_id["dalian-2020-18:2.9"].lead_departments == []


def test_inner_brackets_are_policy_text(by_id):
    rec = by_id["dalian-2020-18:1.4"]
    assert "〔指列入国家、省及我市" in rec.text
    assert rec.departments[0] == "市人力资源社会保障局"


def test_dalian_2017_lead_units(by_id):
    assert by_id["dalian-2017-46:1.1"].lead_departments == ["市发展改革委", "市经信委"]
    assert by_id["dalian-2017-46:1.2"].lead_departments == ["市发展改革委"]
    assert "列第一位者为牵头单位" not in " ".join(by_id["dalian-2017-46:1.2"].departments)
    assert by_id["dalian-2017-46:1.3"].lead_departments == ["市发展改革委", "市人社局"]
    # "下同": the rule carries over to later clauses
    assert by_id["dalian-2017-46:1.4"].lead_departments == ["市人社局"]
    assert by_id["dalian-2017-46:3.10"].departments == ["市人社局"]


def test_lingyuan_style(by_id):
    assert by_id["lingyuan-2019-14:1.1"].departments == ["市人社局", "财政局", "教育局", "各乡镇街"]
    # page break inside "按\n\n职责分工负责"
    assert by_id["lingyuan-2019-14:4.5"].departments == [
        "市人社局",
        "发改局",
        "财政局",
        "科技局",
        "商务局",
        "文旅广电局",
        "各乡镇街",
    ]
    assert by_id["lingyuan-2019-14:5.2"].departments == ["各乡镇街"]


def test_liaocheng_and_liaoning_tortoise_brackets(by_id):
    deps = by_id["liaocheng-2020:4.14"].departments
    assert deps[-2:] == ["各县（市、区）政府", "市属开发区管委会"]
    assert by_id["liaocheng-2020:4.14"].departments_text.startswith("〔责任部门：")
    assert by_id["liaoning-2020-9:1.2"].departments == ["省（中）直有关单位", "各市政府"]


def test_trailing_bracket_matches_mixed_widths():
    text = "正文（含括号）。（责任单位：市财政局，各县（市、区）政府)"
    start, bracket = trailing_bracket(text)
    assert bracket == "（责任单位：市财政局，各县（市、区）政府)"
    deps = parse_departments(bracket, lead_first=False)
    assert deps.units == ["市财政局", "各县（市、区）政府"] and deps.leads == []
    assert trailing_bracket("没有括号。") is None
