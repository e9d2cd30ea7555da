# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreDeliveryGoods")


@_attrs_define
class PayscoreDeliveryGoods:
    """商品 — one goods item (request side)."""

    name: str
    """ 商品名称 — goods name. """
    picture: str
    """ 商品图片链接 — URL of the goods picture. """
    amount: int
    """ 商品单价金额 — unit price, in fen. """
    count: int
    """ 商品数量 — quantity. """
    category_id: list[str] | Unset = UNSET
    """ 商品品类ID — category IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        picture = self.picture

        amount = self.amount

        count = self.count

        category_id: list[str] | Unset = UNSET
        if not isinstance(self.category_id, Unset):
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "picture": picture,
                "amount": amount,
                "count": count,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        picture = d.pop("picture")

        amount = d.pop("amount")

        count = d.pop("count")

        category_id = cast(list[str], d.pop("category_id", UNSET))

        payscore_delivery_goods = cls(
            name=name,
            picture=picture,
            amount=amount,
            count=count,
            category_id=category_id,
        )

        payscore_delivery_goods.additional_properties = d
        return payscore_delivery_goods

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
