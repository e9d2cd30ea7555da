# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePermissionPostPayment")


@_attrs_define
class PayscorePermissionPostPayment:
    """后付费项目 — one charged item (request side)."""

    name: str | Unset = UNSET
    """ 付费项目名称 — item name (at most 20 characters). """
    amount: int | Unset = UNSET
    """ 金额 — amount of the item, in fen. """
    description: str | Unset = UNSET
    """ 计费说明 — how the item was charged. """
    count: int | Unset = UNSET
    """ 付费数量 — quantity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        description = self.description

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        count = d.pop("count", UNSET)

        payscore_permission_post_payment = cls(
            name=name,
            amount=amount,
            description=description,
            count=count,
        )

        payscore_permission_post_payment.additional_properties = d
        return payscore_permission_post_payment

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
