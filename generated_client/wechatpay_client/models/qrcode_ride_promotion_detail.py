# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRidePromotionDetail")


@_attrs_define
class QrcodeRidePromotionDetail:
    """优惠信息 — one promotion of an order (amounts in fen)."""

    coupon_id: str | Unset = UNSET
    """ 券ID — coupon or instant-discount ID. """
    name: str | Unset = UNSET
    """ 优惠名称 — promotion name. """
    scope: str | Unset = UNSET
    """ 优惠范围 — `GLOBAL` or `SINGLE` (open list). """
    type_: str | Unset = UNSET
    """ 优惠类型 — `CASH` or `NOCASH` (open list). """
    stock_id: str | Unset = UNSET
    """ 活动ID — stock (batch) ID. """
    amount: int | Unset = UNSET
    """ 优惠券面额 — promotion amount, in fen. """
    wechatpay_contribute: int | Unset = UNSET
    """ 微信出资 — WeChat Pay's share, in fen. """
    merchant_contribute: int | Unset = UNSET
    """ 商户出资 — the merchant's share, in fen. """
    other_contribute: int | Unset = UNSET
    """ 其他出资 — other funders' share, in fen. """
    currency: str | Unset = UNSET
    """ 优惠币种 — currency of the promotion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_id = self.coupon_id

        name = self.name

        scope = self.scope

        type_ = self.type_

        stock_id = self.stock_id

        amount = self.amount

        wechatpay_contribute = self.wechatpay_contribute

        merchant_contribute = self.merchant_contribute

        other_contribute = self.other_contribute

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if wechatpay_contribute is not UNSET:
            field_dict["wechatpay_contribute"] = wechatpay_contribute
        if merchant_contribute is not UNSET:
            field_dict["merchant_contribute"] = merchant_contribute
        if other_contribute is not UNSET:
            field_dict["other_contribute"] = other_contribute
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_id = d.pop("coupon_id", UNSET)

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        amount = d.pop("amount", UNSET)

        wechatpay_contribute = d.pop("wechatpay_contribute", UNSET)

        merchant_contribute = d.pop("merchant_contribute", UNSET)

        other_contribute = d.pop("other_contribute", UNSET)

        currency = d.pop("currency", UNSET)

        qrcode_ride_promotion_detail = cls(
            coupon_id=coupon_id,
            name=name,
            scope=scope,
            type_=type_,
            stock_id=stock_id,
            amount=amount,
            wechatpay_contribute=wechatpay_contribute,
            merchant_contribute=merchant_contribute,
            other_contribute=other_contribute,
            currency=currency,
        )

        qrcode_ride_promotion_detail.additional_properties = d
        return qrcode_ride_promotion_detail

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
