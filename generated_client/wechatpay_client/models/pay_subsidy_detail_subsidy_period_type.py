# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaySubsidyDetailSubsidyPeriodType = Literal["DAILY", "PERIOD"]

PAY_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES: set[PaySubsidyDetailSubsidyPeriodType] = {
    "DAILY",
    "PERIOD",
}


def check_pay_subsidy_detail_subsidy_period_type(value: str) -> PaySubsidyDetailSubsidyPeriodType:
    if value in PAY_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_SUBSIDY_DETAIL_SUBSIDY_PERIOD_TYPE_VALUES!r}")
