# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

EduPapayTransactionCreateRequestTradeScene = Literal["EDUCATION_PERIOD"]

EDU_PAPAY_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES: set[EduPapayTransactionCreateRequestTradeScene] = {
    "EDUCATION_PERIOD",
}


def check_edu_papay_transaction_create_request_trade_scene(value: str) -> EduPapayTransactionCreateRequestTradeScene:
    if value in EDU_PAPAY_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDU_PAPAY_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES!r}"
    )
