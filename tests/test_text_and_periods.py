import datetime as dt

import pytest

from obligations.catalogue.periods import parse_period
from obligations.catalogue.text import compact, fold, quote_key, slug


def test_fold_ignores_accents_case_and_d_bar():
    assert fold("Sở Nội vụ") == "so noi vu"
    assert fold("ĐÀI PHÁT THANH") == "dai phat thanh"
    # NFD input folds the same as NFC
    import unicodedata
    assert fold(unicodedata.normalize("NFD", "Sở Thông tin")) == "so thong tin"


def test_compact_makes_symbols_comparable():
    assert compact("28/2018/QĐ-TTg") == compact("QD 28 2018 qd ttg".replace("QD ", "")) == "282018qdttg"
    assert compact("Sở TT&TT") == "sott&tt"


def test_quote_key_drops_space_and_markup_only():
    assert quote_key("cơ quan\nhành **chính**") == quote_key("cơ quanhành chính")
    assert quote_key("A, B") != quote_key("A B")  # punctuation still counts


def test_slug():
    assert slug("28/2018/QĐ-TTg") == "28-2018-qd-ttg"
    assert slug("8705 /UBND-CN") == "8705-ubnd-cn"


@pytest.mark.parametrize("text,start,end", [
    ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
    ("2013-Q4", dt.date(2013, 10, 1), dt.date(2013, 12, 31)),
    ("2014-Q2", dt.date(2014, 4, 1), dt.date(2014, 6, 30)),
    ("2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
    ("2013..2015", dt.date(2013, 1, 1), dt.date(2015, 12, 31)),
])
def test_periods(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["năm 2014", "2014-Q5", "2014-13", "2015..2013", "14"])
def test_not_periods(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_period_labels_in_vietnamese():
    assert parse_period("2013-Q4").label_vi() == "Quý IV năm 2013"
    assert parse_period("2014").label_vi() == "năm 2014"
    assert parse_period("2013..2015").label_vi() == "giai đoạn 2013 - 2015"
