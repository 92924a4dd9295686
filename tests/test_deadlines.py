"""Deadlines as the texts phrase them, read into due dates (domain.md §4)."""

import datetime as dt

import pytest
from pydantic import ValidationError

from obligations.catalogue.model import Deadline
from obligations.i18n import use

D = dt.date


@pytest.mark.parametrize("spec,due", [
    ({"kind": "end_of_period", "period": "2014", "phrase": "năm 2014"}, D(2014, 12, 31)),
    ({"kind": "end_of_period", "period": "2015", "phrase": "đến hết năm 2015"}, D(2015, 12, 31)),
    ({"kind": "end_of_period", "period": "2013-Q4", "phrase": "Quý IV năm 2013"}, D(2013, 12, 31)),
    # "trước Quý II năm 2014": before Q2 starts
    ({"kind": "before_period", "period": "2014-Q2", "phrase": "trước Quý II năm 2014"}, D(2014, 3, 31)),
    # QĐ 28 Điều 21: "hoàn thành trước ngày 31 tháng 12 năm 2018": the 30th is the last day
    ({"kind": "before_date", "date": "2018-12-31", "phrase": "trước ngày 31 tháng 12 năm 2018"}, D(2018, 12, 30)),
    ({"kind": "by_date", "date": "2019-06-30", "phrase": "x"}, D(2019, 6, 30)),
    ({"kind": "from_period", "period": "2013", "phrase": "Từ năm 2013"}, D(2013, 12, 31)),
    ({"kind": "urgent", "phrase": "Khẩn trương"}, None),
    ({"kind": "continuing", "phrase": "Thường xuyên"}, None),
    ({"kind": "none"}, None),
    ({"kind": "relative", "anchor": "signing", "rule": "same_day_or_next_working_morning", "phrase": "x"}, None),
])
def test_due(spec, due):
    assert Deadline.model_validate(spec).due == due


def test_each_kind_requires_its_fields():
    with use("en"):  # the English wording; test_i18n_catalogue_messages.py asserts the Vietnamese
        with pytest.raises(ValidationError, match="needs period"):
            Deadline.model_validate({"kind": "end_of_period", "phrase": "năm 2014"})
        with pytest.raises(ValidationError, match="needs every"):
            Deadline.model_validate({"kind": "recurring", "phrase": "hàng quý"})
        with pytest.raises(ValidationError, match="keeps the phrase"):
            Deadline.model_validate({"kind": "urgent"})


def test_recurring_instances():
    quarterly = Deadline.model_validate({"kind": "recurring", "every": "quarter", "from": "2019-Q1",
                                         "phrase": "định kỳ hàng quý"})
    assert quarterly.occurrences(D(2019, 1, 1), D(2019, 12, 31)) == [
        D(2019, 3, 31), D(2019, 6, 30), D(2019, 9, 30), D(2019, 12, 31)]
    yearly_floor = Deadline.model_validate({"kind": "from_period", "period": "2013", "until": "2015",
                                            "phrase": "Từ năm 2013"})
    assert yearly_floor.occurrences(D(2000, 1, 1), D(2030, 1, 1)) == [D(2013, 12, 31), D(2014, 12, 31), D(2015, 12, 31)]
