# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelSpecialReductionCreateRequestReductionType = Literal["FINANCIAL_PENALTY", "JUDICIAL_DEDUCTION"]

AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REDUCTION_TYPE_VALUES: set[
    AggracctChannelSpecialReductionCreateRequestReductionType
] = {
    "FINANCIAL_PENALTY",
    "JUDICIAL_DEDUCTION",
}


def check_aggracct_channel_special_reduction_create_request_reduction_type(
    value: str,
) -> AggracctChannelSpecialReductionCreateRequestReductionType:
    if value in AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REDUCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REDUCTION_TYPE_VALUES!r}"
    )
