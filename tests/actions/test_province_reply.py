""" "省里的政策我这里能用吗": 能 only when a document of that province is collected (evaluation eval4 E03:
"山东省里的政策聊城能用吗" got "能…山东省人民政府的文件（）在聊城市适用。目前收录的文件中没有聊城市本地的文件" — an
empty document name, and 聊城's own notice, printed without a number, counted as no document)."""

from __future__ import annotations

from actions.profile_turns import province_reply


def test_a_province_with_no_collected_document_is_not_said_to_apply():
    said = province_reply("山东省里的政策聊城能用吗", None).text
    assert not said.startswith("能") and "（）" not in said
    assert "没有收录山东省省级的文件" in said
    assert "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）" in said  # the city's own notice is named


def test_a_collected_province_applies_beside_the_citys_own_documents():
    said = province_reply("那辽宁省的政策我能用吗", "大连市").text
    assert said.startswith("能。大连市属于辽宁省") and "辽政发〔2020〕9号" in said and "大政发〔2020〕18号" in said
