# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiuseNotificationGoodsDetail")


@_attrs_define
class MultiuseNotificationGoodsDetail:
    """单品信息 — one goods item of the order."""

    goods_id: str | Unset = UNSET
    """ 商品编码 — goods ID. """
    quantity: int | Unset = UNSET
    """ 数量 — quantity. """
    price: int | Unset = UNSET
    """ 单价 — unit price, in fen. """
    discount_amount: int | Unset = UNSET
    """ 优惠金额 — discount on this item, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        quantity = self.quantity

        price = self.price

        discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_id is not UNSET:
            field_dict["goods_id"] = goods_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_id = d.pop("goods_id", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        multiuse_notification_goods_detail = cls(
            goods_id=goods_id,
            quantity=quantity,
            price=price,
            discount_amount=discount_amount,
        )

        multiuse_notification_goods_detail.additional_properties = d
        return multiuse_notification_goods_detail

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
