# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ProfitsharingReceiverAddRequestRelationType = Literal[
    "BRAND",
    "CUSTOM",
    "DISTRIBUTOR",
    "HEADQUARTER",
    "PARTNER",
    "SERVICE_PROVIDER",
    "STAFF",
    "STORE",
    "STORE_OWNER",
    "SUPPLIER",
    "USER",
]

PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES: set[ProfitsharingReceiverAddRequestRelationType] = {
    "BRAND",
    "CUSTOM",
    "DISTRIBUTOR",
    "HEADQUARTER",
    "PARTNER",
    "SERVICE_PROVIDER",
    "STAFF",
    "STORE",
    "STORE_OWNER",
    "SUPPLIER",
    "USER",
}


def check_profitsharing_receiver_add_request_relation_type(value: str) -> ProfitsharingReceiverAddRequestRelationType:
    if value in PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROFITSHARING_RECEIVER_ADD_REQUEST_RELATION_TYPE_VALUES!r}"
    )
