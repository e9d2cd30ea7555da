# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineSubsidyPlanSubsidyInstallmentNum = Literal[3, 6, 12]

COMBINE_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES: set[CombineSubsidyPlanSubsidyInstallmentNum] = {
    3,
    6,
    12,
}


def check_combine_subsidy_plan_subsidy_installment_num(value: int) -> CombineSubsidyPlanSubsidyInstallmentNum:
    if value in COMBINE_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMBINE_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES!r}"
    )
