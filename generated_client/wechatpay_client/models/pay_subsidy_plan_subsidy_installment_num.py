# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaySubsidyPlanSubsidyInstallmentNum = Literal[3, 6, 12]

PAY_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES: set[PaySubsidyPlanSubsidyInstallmentNum] = {
    3,
    6,
    12,
}


def check_pay_subsidy_plan_subsidy_installment_num(value: int) -> PaySubsidyPlanSubsidyInstallmentNum:
    if value in PAY_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_SUBSIDY_PLAN_SUBSIDY_INSTALLMENT_NUM_VALUES!r}")
