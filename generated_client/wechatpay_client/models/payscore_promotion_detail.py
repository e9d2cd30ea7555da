# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_promotion_goods_detail import PayscorePromotionGoodsDetail


T = TypeVar("T", bound="PayscorePromotionDetail")


@_attrs_define
class PayscorePromotionDetail:
    """优惠功能 — one promotion applied to a Pay Score payment."""

    coupon_id: str
    """ 券ID — coupon ID. """
    amount: int
    """ 优惠券面额 — promotion amount, in fen. """
    name: str | Unset = UNSET
    """ 优惠名称 — promotion name. """
    scope: str | Unset = UNSET
    """ 优惠范围 — open set; known values: `GLOBAL` (全场), `SINGLE` (单品).
     """
    type_: str | Unset = UNSET
    """ 优惠类型 — open set; known values: `CASH` (funded), `NOCASH` (unfunded).
     """
    stock_id: str | Unset = UNSET
    """ 活动ID — promotion batch ID. """
    wechatpay_contribute: int | Unset = UNSET
    """ 微信出资 — WeChat Pay's share, in fen. """
    merchant_contribute: int | Unset = UNSET
    """ 商户出资 — the merchant's share, in fen. """
    other_contribute: int | Unset = UNSET
    """ 其他出资 — other parties' share, in fen. """
    currency: str | Unset = UNSET
    """ 优惠币种 — currency (`CNY`). """
    goods_detail: list[PayscorePromotionGoodsDetail] | Unset = UNSET
    """ 单品列表 — goods of a single-item promotion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id = self.coupon_id

        amount = self.amount

        name = self.name

        scope = self.scope

        type_ = self.type_

        stock_id = self.stock_id

        wechatpay_contribute = self.wechatpay_contribute

        merchant_contribute = self.merchant_contribute

        other_contribute = self.other_contribute

        currency = self.currency

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_id": coupon_id,
                "amount": amount,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if wechatpay_contribute is not UNSET:
            field_dict["wechatpay_contribute"] = wechatpay_contribute
        if merchant_contribute is not UNSET:
            field_dict["merchant_contribute"] = merchant_contribute
        if other_contribute is not UNSET:
            field_dict["other_contribute"] = other_contribute
        if currency is not UNSET:
            field_dict["currency"] = currency
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_promotion_goods_detail import PayscorePromotionGoodsDetail

        d = dict(src_dict)
        coupon_id = d.pop("coupon_id")

        amount = d.pop("amount")

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        wechatpay_contribute = d.pop("wechatpay_contribute", UNSET)

        merchant_contribute = d.pop("merchant_contribute", UNSET)

        other_contribute = d.pop("other_contribute", UNSET)

        currency = d.pop("currency", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[PayscorePromotionGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = PayscorePromotionGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        payscore_promotion_detail = cls(
            coupon_id=coupon_id,
            amount=amount,
            name=name,
            scope=scope,
            type_=type_,
            stock_id=stock_id,
            wechatpay_contribute=wechatpay_contribute,
            merchant_contribute=merchant_contribute,
            other_contribute=other_contribute,
            currency=currency,
            goods_detail=goods_detail,
        )

        payscore_promotion_detail.additional_properties = d
        return payscore_promotion_detail

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
