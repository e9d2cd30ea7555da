# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskDisposeResultRequestDispConclusionItem = Literal[1, 2, 3]

RISK_DISPOSE_RESULT_REQUEST_DISP_CONCLUSION_ITEM_VALUES: set[RiskDisposeResultRequestDispConclusionItem] = {
    1,
    2,
    3,
}


def check_risk_dispose_result_request_disp_conclusion_item(value: int) -> RiskDisposeResultRequestDispConclusionItem:
    if value in RISK_DISPOSE_RESULT_REQUEST_DISP_CONCLUSION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_DISPOSE_RESULT_REQUEST_DISP_CONCLUSION_ITEM_VALUES!r}"
    )
