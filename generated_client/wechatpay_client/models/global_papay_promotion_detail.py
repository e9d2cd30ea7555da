# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_papay_promotion_goods import GlobalPapayPromotionGoods


T = TypeVar("T", bound="GlobalPapayPromotionDetail")


@_attrs_define
class GlobalPapayPromotionDetail:
    """优惠功能 — one promotion."""

    promotion_id: str | Unset = UNSET
    """ 券ID — coupon ID. """
    name: str | Unset = UNSET
    """ 优惠名称 — promotion name. """
    scope: str | Unset = UNSET
    """ 优惠范围 — scope. Open set; known values `GLOBAL`, `SINGLE`. """
    type_: str | Unset = UNSET
    """ 优惠类型 — type. Open set; known values `COUPON`, `DISCOUNT`. """
    amount: int | Unset = UNSET
    """ 优惠券面额 — coupon amount, smallest unit of `currency`. """
    currency: str | Unset = UNSET
    """ 优惠币种 — coupon currency. """
    activity_id: str | Unset = UNSET
    """ 活动ID — activity ID. """
    wxpay_contribute_amount: int | Unset = UNSET
    """ 微信出资 — WeChat Pay's contribution. """
    merchant_contribute_amount: int | Unset = UNSET
    """ 商户出资 — merchant's contribution. """
    other_contribute_amount: int | Unset = UNSET
    """ 其他出资 — other contributions. """
    goods_detail: list[GlobalPapayPromotionGoods] | Unset = UNSET
    """ 单品列表 — goods the promotion applied to. """
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
        if merchant_contribute_amount is not UNSET:
            field_dict["merchant_contribute_amount"] = merchant_contribute_amount
        if other_contribute_amount is not UNSET:
            field_dict["other_contribute_amount"] = other_contribute_amount
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_papay_promotion_goods import GlobalPapayPromotionGoods

        d = dict(src_dict)
        promotion_id = d.pop("promotion_id", UNSET)

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        wxpay_contribute_amount = d.pop("wxpay_contribute_amount", UNSET)

        merchant_contribute_amount = d.pop("merchant_contribute_amount", UNSET)

        other_contribute_amount = d.pop("other_contribute_amount", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[GlobalPapayPromotionGoods] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = GlobalPapayPromotionGoods.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        global_papay_promotion_detail = cls(
            promotion_id=promotion_id,
            name=name,
            scope=scope,
            type_=type_,
            amount=amount,
            currency=currency,
            activity_id=activity_id,
            wxpay_contribute_amount=wxpay_contribute_amount,
            merchant_contribute_amount=merchant_contribute_amount,
            other_contribute_amount=other_contribute_amount,
            goods_detail=goods_detail,
        )

        global_papay_promotion_detail.additional_properties = d
        return global_papay_promotion_detail

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
