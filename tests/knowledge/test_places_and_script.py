"""Places outside regions.yaml resolve to their province through the gazetteer; traditional text reads as simplified."""

from knowledge import places, regions, script


def test_a_city_of_a_covered_province_answers_with_that_province():
    p = places.uncovered_place("我在沈阳失业了")
    assert (p.name, p.province, p.adcode, places.answering_region(p)) == ("沈阳市", "辽宁省", "210100", "辽宁省")


def test_a_county_resolves_to_the_nearest_covered_region():
    assert places.answering_region(places.uncovered_place("俺是东港的")) == "辽宁省"  # 丹东's, outside 大连
    assert places.answering_region(places.uncovered_place("朝阳县的")) == "朝阳市"


def test_the_counties_of_a_covered_city_are_regions_inside_it():
    # E16 "我在东阿开个体户": the gazetteer does not read 东阿 without 县; regions.yaml does
    assert places.uncovered_place("我在东阿开个体户") is None
    assert regions.regions_in_text("我在东阿开个体户") == ["东阿县"]
    assert regions.ancestors("阳谷") == ["阳谷县", "聊城市", "山东省"]
    assert regions.regions_in_text("我在大连金州") == ["大连市", "金州区"]
    assert regions.regions_in_text("瓦房店的厂子") == ["瓦房店市"]


def test_a_county_name_inside_a_longer_word_is_not_a_place():
    # the word-boundary reading of places.py, for the new names too
    assert regions.regions_in_text("示范县") == [] and regions.regions_in_text("公益性岗位的东西岗位") == []
    assert regions.regions_in_text("皇冠县城") == []


def test_choices_stay_the_places_with_documents():
    listed = regions.listed_region_names()
    assert "东阿县" not in listed and "金州区" not in listed and {"大连市", "凌源市", "聊城市"} <= set(listed)
    assert len(regions.all_region_names()) == len(listed) + 18


def test_a_place_outside_is_placed_but_not_covered():
    p = places.uncovered_place("我在北京打工")
    assert p.province == "北京市" and not p.inside and places.answering_region(p) is None


def test_a_covered_province_without_documents_of_its_own_answers_nothing():
    p = places.uncovered_place("济南的")
    assert p.province == "山东省" and places.answering_region(p) is None


def test_covered_places_and_generic_names_are_not_reported():
    assert places.uncovered_place("凌源那边") is None and places.uncovered_place("大连的") is None
    assert places.uncovered_place("我们公司在城区") is None


def test_traditional_characters_read_as_simplified():
    assert script.simplified("大連的高校畢業生有什麼補貼") == "大连的高校毕业生有什么补贴"
    assert script.simplified("补贴 hello") == "补贴 hello"
