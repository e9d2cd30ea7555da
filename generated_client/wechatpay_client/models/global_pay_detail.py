# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_goods_detail import GlobalPayGoodsDetail


T = TypeVar("T", bound="GlobalPayDetail")


@_attrs_define
class GlobalPayDetail:
    """优惠功能 — order details used by single-goods promotions (request side)."""

    cost_price: int | Unset = UNSET
    """ 订单原价 — original order price, in the minor unit of the currency. """
    receipt_id: str | Unset = UNSET
    """ 商品小票ID — receipt ID. """
    goods_detail: list[GlobalPayGoodsDetail] | Unset = UNSET
    """ 单品列表 — the goods. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_price = self.cost_price

        receipt_id = self.receipt_id

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_price is not UNSET:
            field_dict["cost_price"] = cost_price
        if receipt_id is not UNSET:
            field_dict["receipt_id"] = receipt_id
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_goods_detail import GlobalPayGoodsDetail

        d = dict(src_dict)
        cost_price = d.pop("cost_price", UNSET)

        receipt_id = d.pop("receipt_id", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[GlobalPayGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = GlobalPayGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        global_pay_detail = cls(
            cost_price=cost_price,
            receipt_id=receipt_id,
            goods_detail=goods_detail,
        )

        global_pay_detail.additional_properties = d
        return global_pay_detail

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
