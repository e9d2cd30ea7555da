# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EbikePapayPromotionDetail")


@_attrs_define
class EbikePapayPromotionDetail:
    """优惠信息 — one promotion of an order (amounts in fen)."""

    promotion_id: str
    """ 券ID — coupon ID. """
    amount: int
    """ 优惠券面额 — promotion amount, in fen. """
    name: str | Unset = UNSET
    """ 优惠名称 — promotion name. """
    scope: str | Unset = UNSET
    """ 优惠范围 — promotion scope (open list). """
    type_: str | Unset = UNSET
    """ 优惠类型 — promotion type (open list). """
    activity_id: str | Unset = UNSET
    """ 活动ID — activity ID. """
    wxpay_contribute: int | Unset = UNSET
    """ 微信出资 — WeChat Pay's share, in fen (upstream key spelling). """
    merchant_contribute: int | Unset = UNSET
    """ 商户出资 — the merchant's share, in fen. """
    other_contribute: int | Unset = UNSET
    """ 其他出资 — other funders' share, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        amount = self.amount

        name = self.name

        scope = self.scope

        type_ = self.type_

        activity_id = self.activity_id

        wxpay_contribute = self.wxpay_contribute

        merchant_contribute = self.merchant_contribute

        other_contribute = self.other_contribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promotion_id": promotion_id,
                "amount": amount,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if wxpay_contribute is not UNSET:
            field_dict["wxpay_contribute"] = wxpay_contribute
        if merchant_contribute is not UNSET:
            field_dict["merchant_contribute"] = merchant_contribute
        if other_contribute is not UNSET:
            field_dict["other_contribute"] = other_contribute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        promotion_id = d.pop("promotion_id")

        amount = d.pop("amount")

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        wxpay_contribute = d.pop("wxpay_contribute", UNSET)

        merchant_contribute = d.pop("merchant_contribute", UNSET)

        other_contribute = d.pop("other_contribute", UNSET)

        ebike_papay_promotion_detail = cls(
            promotion_id=promotion_id,
            amount=amount,
            name=name,
            scope=scope,
            type_=type_,
            activity_id=activity_id,
            wxpay_contribute=wxpay_contribute,
            merchant_contribute=merchant_contribute,
            other_contribute=other_contribute,
        )

        ebike_papay_promotion_detail.additional_properties = d
        return ebike_papay_promotion_detail

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
