# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayWithContractGoodsDetail")


@_attrs_define
class PayWithContractGoodsDetail:
    """单品信息 — one goods item. Same shape as `PayGoodsDetail` (pay)."""

    merchant_goods_id: str
    """ 商户侧商品编码 — merchant goods ID. """
    quantity: int
    """ 商品数量 — quantity. """
    unit_price: int
    """ 商品单价 — unit price in fen. """
    wechatpay_goods_id: str | Unset = UNSET
    """ 微信支付商品编码 — WeChat Pay goods ID. """
    goods_name: str | Unset = UNSET
    """ 商品名称 — goods name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_goods_id = self.merchant_goods_id

        quantity = self.quantity

        unit_price = self.unit_price

        wechatpay_goods_id = self.wechatpay_goods_id

        goods_name = self.goods_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_goods_id": merchant_goods_id,
                "quantity": quantity,
                "unit_price": unit_price,
            }
        )
        if wechatpay_goods_id is not UNSET:
            field_dict["wechatpay_goods_id"] = wechatpay_goods_id
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        merchant_goods_id = d.pop("merchant_goods_id")

        quantity = d.pop("quantity")

        unit_price = d.pop("unit_price")

        wechatpay_goods_id = d.pop("wechatpay_goods_id", UNSET)

        goods_name = d.pop("goods_name", UNSET)

        pay_with_contract_goods_detail = cls(
            merchant_goods_id=merchant_goods_id,
            quantity=quantity,
            unit_price=unit_price,
            wechatpay_goods_id=wechatpay_goods_id,
            goods_name=goods_name,
        )

        pay_with_contract_goods_detail.additional_properties = d
        return pay_with_contract_goods_detail

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
