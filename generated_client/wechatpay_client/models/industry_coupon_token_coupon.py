# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndustryCouponTokenCoupon")


@_attrs_define
class IndustryCouponTokenCoupon:
    """出行券 — one transit coupon of the user."""

    stock_id: int
    """ 批次号 — coupon batch ID. """
    coupon_id: str
    """ 券ID — the coupon ID the user received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        coupon_id = self.coupon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "coupon_id": coupon_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        coupon_id = d.pop("coupon_id")

        industry_coupon_token_coupon = cls(
            stock_id=stock_id,
            coupon_id=coupon_id,
        )

        industry_coupon_token_coupon.additional_properties = d
        return industry_coupon_token_coupon

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
