# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorFixedNormalCoupon")


@_attrs_define
class BusifavorFixedNormalCoupon:
    """固定面额满减券使用规则 — fixed-amount rule (`stock_type: NORMAL`), amounts in fen."""

    discount_amount: int | Unset = UNSET
    """ 优惠金额 — amount taken off, in fen. """
    transaction_minimum: int | Unset = UNSET
    """ 消费门槛 — minimum order amount, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_amount = self.discount_amount

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount_amount = d.pop("discount_amount", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        busifavor_fixed_normal_coupon = cls(
            discount_amount=discount_amount,
            transaction_minimum=transaction_minimum,
        )

        busifavor_fixed_normal_coupon.additional_properties = d
        return busifavor_fixed_normal_coupon

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
