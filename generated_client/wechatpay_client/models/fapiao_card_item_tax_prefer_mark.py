# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoCardItemTaxPreferMark = Literal[
    "EXPORT_ZERO_RATED", "NO_FAVORABLE", "NORMAL_ZERO_RATED", "OUTSIDE_VAT", "VAT_EXEMPT"
]

FAPIAO_CARD_ITEM_TAX_PREFER_MARK_VALUES: set[FapiaoCardItemTaxPreferMark] = {
    "EXPORT_ZERO_RATED",
    "NO_FAVORABLE",
    "NORMAL_ZERO_RATED",
    "OUTSIDE_VAT",
    "VAT_EXEMPT",
}


def check_fapiao_card_item_tax_prefer_mark(value: str) -> FapiaoCardItemTaxPreferMark:
    if value in FAPIAO_CARD_ITEM_TAX_PREFER_MARK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_CARD_ITEM_TAX_PREFER_MARK_VALUES!r}")
