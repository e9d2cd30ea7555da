# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_promotion_goods_detail import GlobalPayPromotionGoodsDetail


T = TypeVar("T", bound="GlobalPayPromotionDetail")


@_attrs_define
class GlobalPayPromotionDetail:
    """优惠功能 — one promotion applied to an order (response side)."""

    promotion_id: str | Unset = UNSET
    """ 券ID — coupon or promotion ID. """
    name: str | Unset = UNSET
    """ 优惠名称 — promotion name. """
    scope: str | Unset = UNSET
    """ 优惠范围 — open set; known values `GLOBAL`, `SINGLE`. """
    type_: str | Unset = UNSET
    """ 优惠类型 — open set; known values `COUPON`, `DISCOUNT`. """
    amount: int | Unset = UNSET
    """ 优惠券面额 — promotion amount, in the minor unit of `currency`. """
    currency: str | Unset = UNSET
    """ 优惠币种 — ISO 4217 currency of the promotion. """
    activity_id: str | Unset = UNSET
    """ 活动ID — promotion activity ID. """
    wxpay_contribute_amount: int | Unset = UNSET
    """ 微信出资 — part funded by WeChat Pay. """
    wechatpay_contribute_amount: int | Unset = UNSET
    """ 微信出资 — part funded by WeChat Pay (spelling used by the code-payment answer). """
    merchant_contribute_amount: int | Unset = UNSET
    """ 商户出资 — part funded by the merchant. """
    other_contribute_amount: int | Unset = UNSET
    """ 其他出资 — part funded by others. """
    goods_detail: list[GlobalPayPromotionGoodsDetail] | Unset = UNSET
    """ 单品列表 — goods of a single-goods promotion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        name = self.name

        scope = self.scope

        type_ = self.type_

        amount = self.amount

        currency = self.currency

        activity_id = self.activity_id

        wxpay_contribute_amount = self.wxpay_contribute_amount

        wechatpay_contribute_amount = self.wechatpay_contribute_amount

        merchant_contribute_amount = self.merchant_contribute_amount

        other_contribute_amount = self.other_contribute_amount

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if wxpay_contribute_amount is not UNSET:
            field_dict["wxpay_contribute_amount"] = wxpay_contribute_amount
        if wechatpay_contribute_amount is not UNSET:
            field_dict["wechatpay_contribute_amount"] = wechatpay_contribute_amount
        if merchant_contribute_amount is not UNSET:
            field_dict["merchant_contribute_amount"] = merchant_contribute_amount
        if other_contribute_amount is not UNSET:
            field_dict["other_contribute_amount"] = other_contribute_amount
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_promotion_goods_detail import GlobalPayPromotionGoodsDetail

        d = dict(src_dict)
        promotion_id = d.pop("promotion_id", UNSET)

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        wxpay_contribute_amount = d.pop("wxpay_contribute_amount", UNSET)

        wechatpay_contribute_amount = d.pop("wechatpay_contribute_amount", UNSET)

        merchant_contribute_amount = d.pop("merchant_contribute_amount", UNSET)

        other_contribute_amount = d.pop("other_contribute_amount", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[GlobalPayPromotionGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = GlobalPayPromotionGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        global_pay_promotion_detail = cls(
            promotion_id=promotion_id,
            name=name,
            scope=scope,
            type_=type_,
            amount=amount,
            currency=currency,
            activity_id=activity_id,
            wxpay_contribute_amount=wxpay_contribute_amount,
            wechatpay_contribute_amount=wechatpay_contribute_amount,
            merchant_contribute_amount=merchant_contribute_amount,
            other_contribute_amount=other_contribute_amount,
            goods_detail=goods_detail,
        )

        global_pay_promotion_detail.additional_properties = d
        return global_pay_promotion_detail

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
