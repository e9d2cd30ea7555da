# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskDisposeResultRequestFinalRiskType = Literal[1, 2, 3, 4]

RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_TYPE_VALUES: set[RiskDisposeResultRequestFinalRiskType] = {
    1,
    2,
    3,
    4,
}


def check_risk_dispose_result_request_final_risk_type(value: int) -> RiskDisposeResultRequestFinalRiskType:
    if value in RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_TYPE_VALUES!r}"
    )
