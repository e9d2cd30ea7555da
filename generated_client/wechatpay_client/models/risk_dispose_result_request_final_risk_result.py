# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskDisposeResultRequestFinalRiskResult = Literal[1, 2]

RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_RESULT_VALUES: set[RiskDisposeResultRequestFinalRiskResult] = {
    1,
    2,
}


def check_risk_dispose_result_request_final_risk_result(value: int) -> RiskDisposeResultRequestFinalRiskResult:
    if value in RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_DISPOSE_RESULT_REQUEST_FINAL_RISK_RESULT_VALUES!r}"
    )
