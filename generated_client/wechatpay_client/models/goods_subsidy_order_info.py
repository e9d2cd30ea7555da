# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GoodsSubsidyOrderInfo")


@_attrs_define
class GoodsSubsidyOrderInfo:
    """订单信息 — the order a qualification is locked for (all five fields required by GO)."""

    payer_openid: str
    """ 支付订单的微信用户OpenID — OpenID of the paying user. """
    out_trade_no: str
    """ 商户订单号 — merchant order number of the payment. """
    total_fee: int
    """ 订单总金额 — order total, in fen. """
    store_id: str
    """ 门店ID — the store ID. """
    store_merchant_id: str
    """ 门店商户号 — the store's merchant ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_openid = self.payer_openid

        out_trade_no = self.out_trade_no

        total_fee = self.total_fee

        store_id = self.store_id

        store_merchant_id = self.store_merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payer_openid": payer_openid,
                "out_trade_no": out_trade_no,
                "total_fee": total_fee,
                "store_id": store_id,
                "store_merchant_id": store_merchant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payer_openid = d.pop("payer_openid")

        out_trade_no = d.pop("out_trade_no")

        total_fee = d.pop("total_fee")

        store_id = d.pop("store_id")

        store_merchant_id = d.pop("store_merchant_id")

        goods_subsidy_order_info = cls(
            payer_openid=payer_openid,
            out_trade_no=out_trade_no,
            total_fee=total_fee,
            store_id=store_id,
            store_merchant_id=store_merchant_id,
        )

        goods_subsidy_order_info.additional_properties = d
        return goods_subsidy_order_info

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
