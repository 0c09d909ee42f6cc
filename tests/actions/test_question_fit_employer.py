"""An employer's questions are not put to a person who never spoke of hiring or a business of their own."""

from actions.question_fit import not_for

ASKED = ["social_insurance_paid", "new_hires_registered_unemployed", "is_low_income_family"]


def test_a_laid_off_man_is_not_asked_about_his_hires():
    words = "俺57了在大连失业了失业金领完了还能接着领不"
    left_out = not_for(ASKED, {"applicant_type": "person", "age": 57}, words)
    assert "social_insurance_paid" in left_out and "new_hires_registered_unemployed" in left_out
    assert "is_low_income_family" not in left_out


def test_a_shop_owner_who_hires_or_a_firm_still_is():
    assert not_for(ASKED[:2], {"applicant_type": "person"}, "我开了个小饭馆招了2个下岗的") == []
    assert not_for(ASKED[:2], {"applicant_type": "enterprise"}, "我们公司想问问补贴") == []
