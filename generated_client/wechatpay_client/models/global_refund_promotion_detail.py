# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalRefundPromotionDetail")


@_attrs_define
class GlobalRefundPromotionDetail:
    """优惠退款详情 — the promotion part of a refund."""

    promotion_id: str | Unset = UNSET
    """ 券ID — coupon or promotion ID. """
    scope: str | Unset = UNSET
    """ 优惠范围 — open set; known values `GLOBAL`, `SINGLE`. """
    type_: str | Unset = UNSET
    """ 优惠类型 — open set; known values `COUPON`, `DISCOUNT`. """
    amount: int | Unset = UNSET
    """ 优惠券面额 — promotion amount, in the minor unit of `currency`. """
    refund_amount: int | Unset = UNSET
    """ 优惠券退款额 — promotion amount refunded. """
    currency: str | Unset = UNSET
    """ 货币类型 — ISO 4217 currency of the promotion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        scope = self.scope

        type_ = self.type_

        amount = self.amount

        refund_amount = self.refund_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        promotion_id = d.pop("promotion_id", UNSET)

        scope = d.pop("scope", UNSET)

        type_ = d.pop("type", UNSET)

        amount = d.pop("amount", UNSET)

        refund_amount = d.pop("refund_amount", UNSET)

        currency = d.pop("currency", UNSET)

        global_refund_promotion_detail = cls(
            promotion_id=promotion_id,
            scope=scope,
            type_=type_,
            amount=amount,
            refund_amount=refund_amount,
            currency=currency,
        )

        global_refund_promotion_detail.additional_properties = d
        return global_refund_promotion_detail

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
