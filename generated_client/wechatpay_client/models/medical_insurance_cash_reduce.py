# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.medical_insurance_cash_reduce_cash_reduce_type import (
    MedicalInsuranceCashReduceCashReduceType,
    check_medical_insurance_cash_reduce_cash_reduce_type,
)

T = TypeVar("T", bound="MedicalInsuranceCashReduce")


@_attrs_define
class MedicalInsuranceCashReduce:
    """现金减免 — one cash reduction (request side)."""

    cash_reduce_fee: int
    """ 现金减免金额 — amount in fen. """
    cash_reduce_type: MedicalInsuranceCashReduceCashReduceType
    """ 现金减免类型 — `DEFAULT_REDUCE_TYPE`, `HOSPITAL_REDUCE` (医院减免), `PHARMACY_DISCOUNT`
    (药店优惠), `DISCOUNT` (折扣), `PRE_PAYMENT` (预付), `DEPOSIT_DEDUCTION` (押金抵扣).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_reduce_fee = self.cash_reduce_fee

        cash_reduce_type: str = self.cash_reduce_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cash_reduce_fee": cash_reduce_fee,
                "cash_reduce_type": cash_reduce_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cash_reduce_fee = d.pop("cash_reduce_fee")

        cash_reduce_type = check_medical_insurance_cash_reduce_cash_reduce_type(d.pop("cash_reduce_type"))

        medical_insurance_cash_reduce = cls(
            cash_reduce_fee=cash_reduce_fee,
            cash_reduce_type=cash_reduce_type,
        )

        medical_insurance_cash_reduce.additional_properties = d
        return medical_insurance_cash_reduce

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
