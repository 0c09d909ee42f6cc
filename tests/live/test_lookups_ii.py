"""Documents named by number or name are answered from that document (/work/eval5/findings.md §1, E25,
E28, E03), end to end through POST /api/v1/chat. Each test is one person and asserts what they read;
each failed on the code before (a 大连 preamble for 辽政发〔2020〕9号, 以工代赈 for 以工代训, …).

    .venv/bin/python -m pytest tests/live/test_lookups_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import clause_ids, text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

PREAMBLE = "现提出以下意见"
LIAONING = "《辽宁省人民政府关于深入实施就业优先政策进一步做好稳就业工作的若干意见》（辽政发〔2020〕9号）"


def test_liaoning_document_asked_in_force_then_first_clause_and_its_units(live_stack):
    """E34: the province's document itself, its measures' own periods; "第一条" is its （一）."""
    p = Person(live_stack)
    body = text(p.says("辽政发〔2020〕9号 现在还有效吗"))
    assert LIAONING in body and "辽宁省人民政府" in body and "2020年4月2日" in body
    assert "大政发" not in body and PREAMBLE not in body
    assert "没有规定全文统一的有效期" in body
    assert "实施期限均延长至2020年12月31日" in body and "已到期（按" in body
    reply = p.says("第一条说啥")
    assert clause_ids(reply) == ["liaoning-2020-9:1.1"]
    assert "实施援企稳岗政策" in text(reply)
    units = text(p.says("责任单位"))
    assert "省人力资源社会保障厅" in units and "省财政厅" in units and "市发展改革委" not in units


def test_dalian_2017_46_start_up_subsidy_is_its_clause_six_not_the_preamble(live_stack):
    """E27: the clause of that document about 创业补贴, never the preamble."""
    p = Person(live_stack)
    reply = p.says("大政发〔2017〕46号说创业补贴是啥")
    body = text(reply)
    assert clause_ids(reply)[0] == "dalian-2017-46:2.6"
    assert "纳入创业补贴范围" in body and PREAMBLE not in body


def test_liaoning_document_asked_what_it_says_lists_its_measures(live_stack):
    """E08: what the document is and its measures by heading, and an offer to look one up."""
    p = Person(live_stack)
    p.says("我是退役军人 在沈阳 想创业有啥政策")
    body = text(p.says("那辽宁省的文件说了啥"))
    assert LIAONING in body and "2020年4月2日印发" in body
    assert "（一）实施援企稳岗政策" in body and "（十六）为就业困难人员提供个性化援助" in body
    assert "没有找到" not in body and PREAMBLE not in body and "请说条号" in body


def test_a_term_the_documents_do_not_contain_is_said_so(live_stack):
    """E25: 以工代训 is in no collected document; 以工代赈 (another thing) is not offered as closest."""
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("俺想学个技术 大连有免费培训不")
    body = text(p.says("以工代训是啥"))
    assert "没有“以工代训”" in body and "以工代赈" not in body and "最接近" not in body


def test_a_year_said_alone_names_the_day_used_and_asks_to_correct(live_stack):
    """E28: judged on 2020-12-31, said so, and the person may name another day."""
    p = Person(live_stack)
    p.says("大连现在还有稳岗返还吗")
    body = text(p.says("那2020年的时候呢"))
    assert "按2020年12月31日" in body and "如指其他日期请告诉我" in body


def test_a_standard_sentence_takes_the_period_of_its_measure(live_stack):
    """E03: "补助标准为：…" is the standard of the 人力资源服务机构 measure: tied to the epidemic period."""
    p = Person(live_stack)
    p.says("大政发〔2020〕18号第九条")
    body = text(p.says("全文"))  # the first screen has two sentences; the standard is the fifth
    assert "第五、七、九句原文未载明实施期限" not in body
    assert "第二、三、四、五、八句有效期未知：期限与疫情防控期间挂钩" in body
