# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PapayDeductDurationUnit = Literal["DAY"]

PAPAY_DEDUCT_DURATION_UNIT_VALUES: set[PapayDeductDurationUnit] = {
    "DAY",
}


def check_papay_deduct_duration_unit(value: str) -> PapayDeductDurationUnit:
    if value in PAPAY_DEDUCT_DURATION_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAPAY_DEDUCT_DURATION_UNIT_VALUES!r}")
