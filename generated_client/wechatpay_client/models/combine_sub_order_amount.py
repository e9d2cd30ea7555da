# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CombineSubOrderAmount")


@_attrs_define
class CombineSubOrderAmount:
    """订单金额 — amount of a sub-order in a request, integer fen (分)."""

    total_amount: int
    """ 标价金额 — sub-order amount in fen. """
    currency: str
    """ 标价币种 — currency (ISO 4217), e.g. `CNY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_amount": total_amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_amount = d.pop("total_amount")

        currency = d.pop("currency")

        combine_sub_order_amount = cls(
            total_amount=total_amount,
            currency=currency,
        )

        combine_sub_order_amount.additional_properties = d
        return combine_sub_order_amount

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
