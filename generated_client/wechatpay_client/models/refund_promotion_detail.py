# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_response_goods_detail import RefundResponseGoodsDetail


T = TypeVar("T", bound="RefundPromotionDetail")


@_attrs_define
class RefundPromotionDetail:
    """优惠退款信息 — one promotion refunded."""

    promotion_id: str
    """ 券ID — coupon or promotion ID. """
    scope: str
    """ 优惠范围 — `GLOBAL` (全场代金券) or `SINGLE` (单品优惠). Open set. """
    type_: str
    """ 优惠类型 — `COUPON` (代金券, funded) or `DISCOUNT` (优惠券, unfunded). Open set. """
    amount: int
    """ 优惠券面额 — promotion amount, in fen. """
    refund_amount: int
    """ 优惠退款金额 — promotion amount refunded, in fen. """
    goods_detail: list[RefundResponseGoodsDetail] | Unset = UNSET
    """ 商品列表 — goods of a single-item promotion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        scope = self.scope

        type_ = self.type_

        amount = self.amount

        refund_amount = self.refund_amount

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
                "promotion_id": promotion_id,
                "scope": scope,
                "type": type_,
                "amount": amount,
                "refund_amount": refund_amount,
            }
        )
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_response_goods_detail import RefundResponseGoodsDetail

        d = dict(src_dict)
        promotion_id = d.pop("promotion_id")

        scope = d.pop("scope")

        type_ = d.pop("type")

        amount = d.pop("amount")

        refund_amount = d.pop("refund_amount")

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[RefundResponseGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = RefundResponseGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        refund_promotion_detail = cls(
            promotion_id=promotion_id,
            scope=scope,
            type_=type_,
            amount=amount,
            refund_amount=refund_amount,
            goods_detail=goods_detail,
        )

        refund_promotion_detail.additional_properties = d
        return refund_promotion_detail

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
