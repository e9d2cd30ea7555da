# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_coupon_goods_detail import FavorCouponGoodsDetail


T = TypeVar("T", bound="FavorCouponConsumeInfo")


@_attrs_define
class FavorCouponConsumeInfo:
    """已实扣代金券核销信息 — where and with which order a used coupon was used."""

    consume_time: str | Unset = UNSET
    """ 核销时间 — when it was used (RFC 3339; plain string so that any form parses). """
    consume_mchid: str | Unset = UNSET
    """ 核销商户号 — the merchant that received the payment (for indirect-mode orders, the
    UnionPay/NetsUnion merchant number).
     """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — the order that used the coupon. """
    consume_amount: int | Unset = UNSET
    """ 核销金额 — amount used in fen; only for `business_type` `MULTIUSE` (消费金). """
    goods_detail: list[FavorCouponGoodsDetail] | Unset = UNSET
    """ 单品信息 — goods of the order, as sent when it was placed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consume_time = self.consume_time

        consume_mchid = self.consume_mchid

        transaction_id = self.transaction_id

        consume_amount = self.consume_amount

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consume_time is not UNSET:
            field_dict["consume_time"] = consume_time
        if consume_mchid is not UNSET:
            field_dict["consume_mchid"] = consume_mchid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if consume_amount is not UNSET:
            field_dict["consume_amount"] = consume_amount
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_coupon_goods_detail import FavorCouponGoodsDetail

        d = dict(src_dict)
        consume_time = d.pop("consume_time", UNSET)

        consume_mchid = d.pop("consume_mchid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        consume_amount = d.pop("consume_amount", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[FavorCouponGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = FavorCouponGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        favor_coupon_consume_info = cls(
            consume_time=consume_time,
            consume_mchid=consume_mchid,
            transaction_id=transaction_id,
            consume_amount=consume_amount,
            goods_detail=goods_detail,
        )

        favor_coupon_consume_info.additional_properties = d
        return favor_coupon_consume_info

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
