# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPayGoodsDetail")


@_attrs_define
class GlobalPayGoodsDetail:
    """单品 — one goods item of an order (request side)."""

    goods_id: str
    """ 商品编码 — merchant goods ID. """
    quantity: int
    """ 商品数量 — quantity. """
    price: int
    """ 商品单价 — unit price, in the minor unit of the currency. """
    wxpay_goods_id: str | Unset = UNSET
    """ 微信侧商品编码 — WeChat Pay goods ID. """
    goods_name: str | Unset = UNSET
    """ 商品名称 — goods name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        quantity = self.quantity

        price = self.price

        wxpay_goods_id = self.wxpay_goods_id

        goods_name = self.goods_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods_id": goods_id,
                "quantity": quantity,
                "price": price,
            }
        )
        if wxpay_goods_id is not UNSET:
            field_dict["wxpay_goods_id"] = wxpay_goods_id
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goods_id = d.pop("goods_id")

        quantity = d.pop("quantity")

        price = d.pop("price")

        wxpay_goods_id = d.pop("wxpay_goods_id", UNSET)

        goods_name = d.pop("goods_name", UNSET)

        global_pay_goods_detail = cls(
            goods_id=goods_id,
            quantity=quantity,
            price=price,
            wxpay_goods_id=wxpay_goods_id,
            goods_name=goods_name,
        )

        global_pay_goods_detail.additional_properties = d
        return global_pay_goods_detail

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
