# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_customs_redeclare_request_customs import (
    GlobalCustomsRedeclareRequestCustoms,
    check_global_customs_redeclare_request_customs,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalCustomsRedeclareRequest")


@_attrs_define
class GlobalCustomsRedeclareRequest:
    """报关重推请求 — re-push request; name the order by one of `out_trade_no`,
    `transaction_id`, `sub_order_no`, `sub_order_id` (none is required by the schema).

    """

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    mchid: str
    """ 商户号 — the merchant ID. """
    customs: GlobalCustomsRedeclareRequestCustoms
    """ 海关 — customs office (closed request set): GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
    NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
    SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
     """
    merchant_customs_no: str
    """ 商户海关备案号 — the merchant's customs registration number. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    sub_order_no: str | Unset = UNSET
    """ 商户子单号 — merchant sub-order number. """
    sub_order_id: str | Unset = UNSET
    """ 微信子单号 — WeChat Pay sub-order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        customs: str = self.customs

        merchant_customs_no = self.merchant_customs_no

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        sub_order_no = self.sub_order_no

        sub_order_id = self.sub_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "customs": customs,
                "merchant_customs_no": merchant_customs_no,
            }
        )
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if sub_order_no is not UNSET:
            field_dict["sub_order_no"] = sub_order_no
        if sub_order_id is not UNSET:
            field_dict["sub_order_id"] = sub_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        customs = check_global_customs_redeclare_request_customs(d.pop("customs"))

        merchant_customs_no = d.pop("merchant_customs_no")

        out_trade_no = d.pop("out_trade_no", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        sub_order_no = d.pop("sub_order_no", UNSET)

        sub_order_id = d.pop("sub_order_id", UNSET)

        global_customs_redeclare_request = cls(
            appid=appid,
            mchid=mchid,
            customs=customs,
            merchant_customs_no=merchant_customs_no,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            sub_order_no=sub_order_no,
            sub_order_id=sub_order_id,
        )

        global_customs_redeclare_request.additional_properties = d
        return global_customs_redeclare_request

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
