# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.medical_insurance_cash_add_cash_add_type import (
    MedicalInsuranceCashAddCashAddType,
    check_medical_insurance_cash_add_cash_add_type,
)

T = TypeVar("T", bound="MedicalInsuranceCashAdd")


@_attrs_define
class MedicalInsuranceCashAdd:
    """现金补充 — one cash addition (request side)."""

    cash_add_fee: int
    """ 现金补充金额 — amount in fen. """
    cash_add_type: MedicalInsuranceCashAddCashAddType
    """ 现金补充类型 — `DEFAULT_ADD_TYPE`, `FREIGHT` (运费), `OTHER_MEDICAL_EXPENSES` (其他医疗费用). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_add_fee = self.cash_add_fee

        cash_add_type: str = self.cash_add_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cash_add_fee": cash_add_fee,
                "cash_add_type": cash_add_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cash_add_fee = d.pop("cash_add_fee")

        cash_add_type = check_medical_insurance_cash_add_cash_add_type(d.pop("cash_add_type"))

        medical_insurance_cash_add = cls(
            cash_add_fee=cash_add_fee,
            cash_add_type=cash_add_type,
        )

        medical_insurance_cash_add.additional_properties = d
        return medical_insurance_cash_add

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
