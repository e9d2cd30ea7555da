# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MedicalInsuranceResponseCashAdd")


@_attrs_define
class MedicalInsuranceResponseCashAdd:
    """现金补充 — one cash addition (response side)."""

    cash_add_fee: int | Unset = UNSET
    """ 现金补充金额 — amount in fen. """
    cash_add_type: str | Unset = UNSET
    """ 现金补充类型 — `DEFAULT_ADD_TYPE`, `FREIGHT`, `OTHER_MEDICAL_EXPENSES`. Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_add_fee = self.cash_add_fee

        cash_add_type = self.cash_add_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_add_fee is not UNSET:
            field_dict["cash_add_fee"] = cash_add_fee
        if cash_add_type is not UNSET:
            field_dict["cash_add_type"] = cash_add_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cash_add_fee = d.pop("cash_add_fee", UNSET)

        cash_add_type = d.pop("cash_add_type", UNSET)

        medical_insurance_response_cash_add = cls(
            cash_add_fee=cash_add_fee,
            cash_add_type=cash_add_type,
        )

        medical_insurance_response_cash_add.additional_properties = d
        return medical_insurance_response_cash_add

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
