# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaySubsidyPlanSubsidyPercent = Literal[0, 100]

PAY_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES: set[PaySubsidyPlanSubsidyPercent] = {
    0,
    100,
}


def check_pay_subsidy_plan_subsidy_percent(value: int) -> PaySubsidyPlanSubsidyPercent:
    if value in PAY_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES!r}")
