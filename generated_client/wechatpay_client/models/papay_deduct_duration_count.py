# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PapayDeductDurationCount = Literal[1, 2, 3]

PAPAY_DEDUCT_DURATION_COUNT_VALUES: set[PapayDeductDurationCount] = {
    1,
    2,
    3,
}


def check_papay_deduct_duration_count(value: int) -> PapayDeductDurationCount:
    if value in PAPAY_DEDUCT_DURATION_COUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAPAY_DEDUCT_DURATION_COUNT_VALUES!r}")
