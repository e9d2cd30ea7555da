# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MedicalInsuranceOrderCreateRequestOrderType = Literal[
    "COVID_ANTIGEN_PAY",
    "COVID_EXAM_PAY",
    "DIAG_PAY",
    "IN_HOSP_PAY",
    "INSURANCE_PAY",
    "INT_RE_DIAG_PAY",
    "INT_REG_PAY",
    "INT_RX_PAY",
    "MED_PAY",
    "PHARMACY_PAY",
    "REG_PAY",
]

MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES: set[MedicalInsuranceOrderCreateRequestOrderType] = {
    "COVID_ANTIGEN_PAY",
    "COVID_EXAM_PAY",
    "DIAG_PAY",
    "IN_HOSP_PAY",
    "INSURANCE_PAY",
    "INT_RE_DIAG_PAY",
    "INT_REG_PAY",
    "INT_RX_PAY",
    "MED_PAY",
    "PHARMACY_PAY",
    "REG_PAY",
}


def check_medical_insurance_order_create_request_order_type(value: str) -> MedicalInsuranceOrderCreateRequestOrderType:
    if value in MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_ORDER_TYPE_VALUES!r}"
    )
