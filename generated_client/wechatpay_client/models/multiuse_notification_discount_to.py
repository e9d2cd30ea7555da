# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiuseNotificationDiscountTo")


@_attrs_define
class MultiuseNotificationDiscountTo:
    """减至优惠限定字段 — "reduce-to" details."""

    cut_to_price: int | Unset = UNSET
    """ 减至后优惠单价 — unit price after the reduction, in fen. """
    max_price: int | Unset = UNSET
    """ 可享受优惠的最高价格 — highest price the reduction applies to, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cut_to_price = self.cut_to_price

        max_price = self.max_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cut_to_price is not UNSET:
            field_dict["cut_to_price"] = cut_to_price
        if max_price is not UNSET:
            field_dict["max_price"] = max_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cut_to_price = d.pop("cut_to_price", UNSET)

        max_price = d.pop("max_price", UNSET)

        multiuse_notification_discount_to = cls(
            cut_to_price=cut_to_price,
            max_price=max_price,
        )

        multiuse_notification_discount_to.additional_properties = d
        return multiuse_notification_discount_to

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
