# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePromotionGoodsDetail")


@_attrs_define
class PayscorePromotionGoodsDetail:
    """单品 — one goods item of a single-item promotion."""

    goods_id: str
    """ 商品编码 — goods ID. """
    quantity: int | Unset = UNSET
    """ 商品数量 — quantity. """
    unit_price: int | Unset = UNSET
    """ 商品价格 — unit price, in fen. """
    discount_amount: int | Unset = UNSET
    """ 商品优惠金额 — discount on this item, in fen. """
    goods_remark: str | Unset = UNSET
    """ 商品备注 — goods note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        quantity = self.quantity

        unit_price = self.unit_price

        discount_amount = self.discount_amount

        goods_remark = self.goods_remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods_id": goods_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if goods_remark is not UNSET:
            field_dict["goods_remark"] = goods_remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_id = d.pop("goods_id")

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        goods_remark = d.pop("goods_remark", UNSET)

        payscore_promotion_goods_detail = cls(
            goods_id=goods_id,
            quantity=quantity,
            unit_price=unit_price,
            discount_amount=discount_amount,
            goods_remark=goods_remark,
        )

        payscore_promotion_goods_detail.additional_properties = d
        return payscore_promotion_goods_detail

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
