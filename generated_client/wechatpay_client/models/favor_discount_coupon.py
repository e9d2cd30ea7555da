# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorDiscountCoupon")


@_attrs_define
class FavorDiscountCoupon:
    """折扣券使用规则 — discount-coupon rule."""

    discount_amount_max: int | Unset = UNSET
    """ 最高折扣金额 — discount cap in fen. """
    discount_percent: int | Unset = UNSET
    """ 折扣百分比 — the discount as a whole-number percentage (no range is documented). """
    transaction_minimum: int | Unset = UNSET
    """ 门槛 — minimum spend in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_amount_max = self.discount_amount_max

        discount_percent = self.discount_percent

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_amount_max is not UNSET:
            field_dict["discount_amount_max"] = discount_amount_max
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount_amount_max = d.pop("discount_amount_max", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        favor_discount_coupon = cls(
            discount_amount_max=discount_amount_max,
            discount_percent=discount_percent,
            transaction_minimum=transaction_minimum,
        )

        favor_discount_coupon.additional_properties = d
        return favor_discount_coupon

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
