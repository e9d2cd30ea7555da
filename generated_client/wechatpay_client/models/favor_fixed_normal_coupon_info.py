# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorFixedNormalCouponInfo")


@_attrs_define
class FavorFixedNormalCouponInfo:
    """固定面额满减券信息 — face value and threshold, as read back."""

    coupon_amount: int
    """ 面额 — face value in fen. """
    transaction_minimum: int
    """ 门槛 — minimum spend in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_amount = self.coupon_amount

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_amount": coupon_amount,
                "transaction_minimum": transaction_minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_amount = d.pop("coupon_amount")

        transaction_minimum = d.pop("transaction_minimum")

        favor_fixed_normal_coupon_info = cls(
            coupon_amount=coupon_amount,
            transaction_minimum=transaction_minimum,
        )

        favor_fixed_normal_coupon_info.additional_properties = d
        return favor_fixed_normal_coupon_info

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
