# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePermissionResponsePostDiscount")


@_attrs_define
class PayscorePermissionResponsePostDiscount:
    """后付费商户优惠 — one merchant discount (answer side)."""

    name: str | Unset = UNSET
    """ 优惠名称 — discount name. """
    description: str | Unset = UNSET
    """ 优惠说明 — discount terms. """
    amount: int | Unset = UNSET
    """ 优惠金额 — discount amount, in fen. """
    count: int | Unset = UNSET
    """ 优惠数量 — quantity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        amount = self.amount

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        count = d.pop("count", UNSET)

        payscore_permission_response_post_discount = cls(
            name=name,
            description=description,
            amount=amount,
            count=count,
        )

        payscore_permission_response_post_discount.additional_properties = d
        return payscore_permission_response_post_discount

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
