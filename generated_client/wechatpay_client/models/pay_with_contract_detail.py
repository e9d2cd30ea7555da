# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_contract_goods_detail import PayWithContractGoodsDetail


T = TypeVar("T", bound="PayWithContractDetail")


@_attrs_define
class PayWithContractDetail:
    """优惠功能 — order details for single-item promotions. Same shape as `PayDetail` (pay)."""

    goods_detail: list[PayWithContractGoodsDetail]
    """ 单品列表 — goods items. """
    cost_price: int | Unset = UNSET
    """ 订单原价 — original order price in fen. """
    invoice_id: str | Unset = UNSET
    """ 商品小票ID — the merchant's receipt ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_detail = []
        for goods_detail_item_data in self.goods_detail:
            goods_detail_item = goods_detail_item_data.to_dict()
            goods_detail.append(goods_detail_item)

        cost_price = self.cost_price

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods_detail": goods_detail,
            }
        )
        if cost_price is not UNSET:
            field_dict["cost_price"] = cost_price
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_with_contract_goods_detail import PayWithContractGoodsDetail

        d = dict(src_dict)
        goods_detail = []
        _goods_detail = d.pop("goods_detail")
        for goods_detail_item_data in _goods_detail:
            goods_detail_item = PayWithContractGoodsDetail.from_dict(goods_detail_item_data)

            goods_detail.append(goods_detail_item)

        cost_price = d.pop("cost_price", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        pay_with_contract_detail = cls(
            goods_detail=goods_detail,
            cost_price=cost_price,
            invoice_id=invoice_id,
        )

        pay_with_contract_detail.additional_properties = d
        return pay_with_contract_detail

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
