# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineSubsidyPlanSubsidyPercent = Literal[0, 100]

COMBINE_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES: set[CombineSubsidyPlanSubsidyPercent] = {
    0,
    100,
}


def check_combine_subsidy_plan_subsidy_percent(value: int) -> CombineSubsidyPlanSubsidyPercent:
    if value in COMBINE_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_SUBSIDY_PLAN_SUBSIDY_PERCENT_VALUES!r}")
