# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoIssueItemTaxPreferMark = Literal[
    "EXPORT_ZERO_RATED", "NO_FAVORABLE", "NORMAL_ZERO_RATED", "OUTSIDE_VAT", "VAT_EXEMPT"
]

FAPIAO_ISSUE_ITEM_TAX_PREFER_MARK_VALUES: set[FapiaoIssueItemTaxPreferMark] = {
    "EXPORT_ZERO_RATED",
    "NO_FAVORABLE",
    "NORMAL_ZERO_RATED",
    "OUTSIDE_VAT",
    "VAT_EXEMPT",
}


def check_fapiao_issue_item_tax_prefer_mark(value: str) -> FapiaoIssueItemTaxPreferMark:
    if value in FAPIAO_ISSUE_ITEM_TAX_PREFER_MARK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_ISSUE_ITEM_TAX_PREFER_MARK_VALUES!r}")
