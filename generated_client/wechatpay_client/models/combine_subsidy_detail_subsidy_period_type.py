# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineSubsidyDetailSubsidyPeriodType = Literal["DAILY", "PERIOD"]

COMBINE_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES: set[CombineSubsidyDetailSubsidyPeriodType] = {
    "DAILY",
    "PERIOD",
}


def check_combine_subsidy_detail_subsidy_period_type(value: str) -> CombineSubsidyDetailSubsidyPeriodType:
    if value in COMBINE_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMBINE_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES!r}"
    )
