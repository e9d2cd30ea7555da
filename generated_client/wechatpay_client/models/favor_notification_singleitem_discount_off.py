# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorNotificationSingleitemDiscountOff")


@_attrs_define
class FavorNotificationSingleitemDiscountOff:
    """单品优惠特定信息 — single-item discount data."""

    single_price_max: int | Unset = UNSET
    """ 单品最高优惠价格 — highest discounted unit price in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        single_price_max = self.single_price_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if single_price_max is not UNSET:
            field_dict["single_price_max"] = single_price_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        single_price_max = d.pop("single_price_max", UNSET)

        favor_notification_singleitem_discount_off = cls(
            single_price_max=single_price_max,
        )

        favor_notification_singleitem_discount_off.additional_properties = d
        return favor_notification_singleitem_discount_off

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
