# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPayPromotionGoodsDetail")


@_attrs_define
class GlobalPayPromotionGoodsDetail:
    """单品 — one goods item of a promotion (response side)."""

    goods_id: str | Unset = UNSET
    """ 商品编码 — merchant goods ID. """
    goods_remark: str | Unset = UNSET
    """ 商品备注 — goods remark. """
    discount_amount: int | Unset = UNSET
    """ 商品优惠金额 — discount on this item, in the minor unit of the currency. """
    quantity: int | Unset = UNSET
    """ 商品数量 — quantity. """
    price: int | Unset = UNSET
    """ 商品价格 — unit price, in the minor unit of the currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        goods_remark = self.goods_remark

        discount_amount = self.discount_amount

        quantity = self.quantity

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_id is not UNSET:
            field_dict["goods_id"] = goods_id
        if goods_remark is not UNSET:
            field_dict["goods_remark"] = goods_remark
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_id = d.pop("goods_id", UNSET)

        goods_remark = d.pop("goods_remark", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        global_pay_promotion_goods_detail = cls(
            goods_id=goods_id,
            goods_remark=goods_remark,
            discount_amount=discount_amount,
            quantity=quantity,
            price=price,
        )

        global_pay_promotion_goods_detail.additional_properties = d
        return global_pay_promotion_goods_detail

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
