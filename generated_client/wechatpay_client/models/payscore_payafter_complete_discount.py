# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePayafterCompleteDiscount")


@_attrs_define
class PayscorePayafterCompleteDiscount:
    """商户优惠 — one merchant discount applied when the order is completed."""

    discount_name: str | Unset = UNSET
    """ 优惠名称 — discount name (at most 20 characters). """
    discount_amount: int | Unset = UNSET
    """ 商品优惠金额 — discount amount, in fen. """
    discount_desc: str | Unset = UNSET
    """ 优惠说明 — discount terms. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_name = self.discount_name

        discount_amount = self.discount_amount

        discount_desc = self.discount_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_name is not UNSET:
            field_dict["discount_name"] = discount_name
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_desc is not UNSET:
            field_dict["discount_desc"] = discount_desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount_name = d.pop("discount_name", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        discount_desc = d.pop("discount_desc", UNSET)

        payscore_payafter_complete_discount = cls(
            discount_name=discount_name,
            discount_amount=discount_amount,
            discount_desc=discount_desc,
        )

        payscore_payafter_complete_discount.additional_properties = d
        return payscore_payafter_complete_discount

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
