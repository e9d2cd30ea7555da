# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCreatePostDiscount")


@_attrs_define
class PayscoreCreatePostDiscount:
    """商户优惠 — one merchant discount when creating an order (no amount yet)."""

    name: str
    """ 优惠名称 — discount name (at most 20 characters). """
    description: str
    """ 优惠说明 — discount rule (at most 30 characters). """
    count: int | Unset = UNSET
    """ 优惠数量 — quantity (1 to 100; 1 when absent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        count = d.pop("count", UNSET)

        payscore_create_post_discount = cls(
            name=name,
            description=description,
            count=count,
        )

        payscore_create_post_discount.additional_properties = d
        return payscore_create_post_discount

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
