# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePayafterResponseFee")


@_attrs_define
class PayscorePayafterResponseFee:
    """付费项目 — one charged item (answer side)."""

    fee_name: str | Unset = UNSET
    """ 付费项目名称 — item name. """
    fee_count: int | Unset = UNSET
    """ 付费项目数量 — quantity. """
    fee_amount: int | Unset = UNSET
    """ 付费项目总金额 — total of the item, in fen. """
    fee_desc: str | Unset = UNSET
    """ 描述计费规则 — how the item is charged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_name = self.fee_name

        fee_count = self.fee_count

        fee_amount = self.fee_amount

        fee_desc = self.fee_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_name is not UNSET:
            field_dict["fee_name"] = fee_name
        if fee_count is not UNSET:
            field_dict["fee_count"] = fee_count
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if fee_desc is not UNSET:
            field_dict["fee_desc"] = fee_desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fee_name = d.pop("fee_name", UNSET)

        fee_count = d.pop("fee_count", UNSET)

        fee_amount = d.pop("fee_amount", UNSET)

        fee_desc = d.pop("fee_desc", UNSET)

        payscore_payafter_response_fee = cls(
            fee_name=fee_name,
            fee_count=fee_count,
            fee_amount=fee_amount,
            fee_desc=fee_desc,
        )

        payscore_payafter_response_fee.additional_properties = d
        return payscore_payafter_response_fee

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
