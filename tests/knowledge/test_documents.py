"""Per-document structure, read off the texts: clause counts and labels, parts, ids, departments."""

import pytest

from knowledge.registry import documents


def _clauses(records, doc_id):
    return [r for r in records if r.doc_id == doc_id and r.kind == "clause"]


CN = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五 二十六".split()


@pytest.mark.parametrize(
    "doc_id,count,parts",
    [
        ("dalian-2020-18", 23, {1: range(1, 9), 2: range(9, 13), 3: range(13, 17), 4: range(17, 20), 5: range(20, 24)}),
        (
            "dalian-2017-46",
            21,
            {1: range(1, 5), 2: range(5, 9), 3: range(9, 12), 4: range(12, 17), 5: range(17, 19), 6: range(19, 22)},
        ),
        (
            "liaoning-2020-9",
            26,
            {1: range(1, 4), 2: range(4, 10), 3: range(10, 14), 4: range(14, 19), 5: range(19, 21), 6: range(21, 27)},
        ),
        (
            "liaocheng-2020",
            25,
            {
                1: range(1, 4),
                2: range(4, 7),
                3: range(7, 12),
                4: range(12, 15),
                5: range(15, 19),
                6: range(19, 23),
                7: range(23, 26),
            },
        ),
    ],
)
def test_clauses_numbered_straight_through(records, doc_id, count, parts):
    clauses = _clauses(records, doc_id)
    assert len(clauses) == count
    assert [c.clause_no for c in clauses] == list(range(1, count + 1))
    for part_no, numbers in parts.items():
        assert [c.clause_no for c in clauses if c.part_no == part_no] == list(numbers)


def test_lingyuan_labels_restart_in_every_part(records):
    clauses = _clauses(records, "lingyuan-2019-14")
    per_part = {}
    for c in clauses:
        per_part.setdefault(c.part_no, []).append(c.clause_no)
    assert per_part == {1: [1, 2, 3, 4, 5, 6], 2: [1, 2], 3: [1, 2, 3], 4: [1, 2, 3, 4, 5, 6, 7], 5: [1, 2, 3, 4, 5, 6]}
    # "(一)" appears in five parts: ids differ by part
    firsts = [c.clause_id for c in clauses if c.clause_no == 1]
    assert firsts == [f"lingyuan-2019-14:{p}.1" for p in range(1, 6)]


def test_labels_kept_as_printed_in_both_widths(by_id):
    assert by_id["dalian-2020-18:1.1"].clause_label == "(一)"
    assert by_id["dalian-2020-18:1.3"].clause_label == "（三）"
    assert by_id["dalian-2020-18:3.15"].clause_label == "(十五)"
    assert by_id["liaocheng-2020:2.5"].clause_label == "5."
    assert by_id["lingyuan-2019-14:3.3"].clause_label == "（三）"


def test_headings(by_id):
    assert by_id["dalian-2020-18:2.9"].heading == "鼓励企业吸纳就业"
    assert by_id["lingyuan-2019-14:1.1"].heading == "做好高校毕业生就业工作"
    assert by_id["liaocheng-2020:1.1"].heading == "建立用工保障制度"
    assert by_id["liaoning-2020-9:4.16"].heading == "为就业困难人员提供个性化援助"
    assert by_id["dalian-2020-18:2.9"].part_heading == "促进多渠道就业创业"


def test_cover_preamble_and_closing(by_id):
    assert by_id["lingyuan-2019-14:cover"].text.startswith("经市政府同意")
    assert by_id["lingyuan-2019-14:preamble"].text.startswith("为深入贯彻落实")
    assert by_id["dalian-2020-18:closing"].text.endswith(
        "此前于疫情期间发布的有关政策与本意见不一致的，按照本意见执行。"
    )
    assert "按照本意见执行" in by_id["liaoning-2020-9:closing"].text
    # the closing statement is not glued to the last clause
    assert "按照本意见执行" not in by_id["dalian-2020-18:5.23"].text


def test_clause_ids_stable_and_unique(records):
    from knowledge.build import parse_all

    again = list(parse_all())
    assert [r.clause_id for r in records] == [r.clause_id for r in again]
    assert [r.text_hash for r in records] == [r.text_hash for r in again]
    assert len({r.clause_id for r in records}) == len(records)


def test_records_carry_contract_fields(records):
    docs = documents()
    for r in records:
        doc = docs[r.doc_id]
        assert (r.doc_number, r.doc_title, r.issuer, r.region, r.issued) == (
            doc.doc_number,
            doc.title,
            doc.issuer,
            doc.region,
            doc.issued,
        )
        assert r.text and r.sentences


def test_registry_metadata_never_invented():
    docs = documents()
    assert docs["liaocheng-2020"].doc_number is None and docs["liaocheng-2020"].title is None
    assert docs["liaoning-2020-9"].doc_number == "辽政发〔2020〕9号"
    assert "大政发〔2020〕18号" in docs["liaoning-2020-9"].doc_number_source
    assert "（辽政发〔2020〕9号）" in docs["dalian-2020-18"].source_text()
    assert "辽政发〔2020〕9号" not in docs["liaoning-2020-9"].source_text()
    assert docs["lingyuan-2019-14"].region == "凌源市"
