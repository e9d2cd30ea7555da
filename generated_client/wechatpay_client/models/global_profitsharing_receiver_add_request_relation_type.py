# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalProfitsharingReceiverAddRequestRelationType = Literal[
    "CUSTOM", "DISTRIBUTOR", "IT_SERVICE_PROVIDER", "SUPPLIER", "TAX_SERVICE_PROVIDER"
]

GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES: set[
    GlobalProfitsharingReceiverAddRequestRelationType
] = {
    "CUSTOM",
    "DISTRIBUTOR",
    "IT_SERVICE_PROVIDER",
    "SUPPLIER",
    "TAX_SERVICE_PROVIDER",
}


def check_global_profitsharing_receiver_add_request_relation_type(
    value: str,
) -> GlobalProfitsharingReceiverAddRequestRelationType:
    if value in GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES!r}"
    )
