# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_customs_order_modify_request_customs import (
    GlobalCustomsOrderModifyRequestCustoms,
    check_global_customs_order_modify_request_customs,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalCustomsOrderModifyRequest")


@_attrs_define
class GlobalCustomsOrderModifyRequest:
    """报关信息修改请求 — declaration correction. Fees are integers in the smallest currency unit."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    mchid: str
    """ 商户号 — the merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    customs: GlobalCustomsOrderModifyRequestCustoms
    """ 海关 — customs office (closed request set): GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
    NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
    SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
     """
    merchant_customs_no: str
    """ 商户海关备案号 — the merchant's customs registration number. """
    sub_order_no: str | Unset = UNSET
    """ 商户子订单号 — merchant sub-order number. """
    duty: int | Unset = UNSET
    """ 关税 — duty, smallest currency unit. """
    order_fee: int | Unset = UNSET
    """ 子订单金额 — sub-order amount, smallest currency unit. """
    transport_fee: int | Unset = UNSET
    """ 物流费用 — shipping fee, smallest currency unit. """
    product_fee: int | Unset = UNSET
    """ 商品费用 — goods amount, smallest currency unit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        customs: str = self.customs

        merchant_customs_no = self.merchant_customs_no

        sub_order_no = self.sub_order_no

        duty = self.duty

        order_fee = self.order_fee

        transport_fee = self.transport_fee

        product_fee = self.product_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "customs": customs,
                "merchant_customs_no": merchant_customs_no,
            }
        )
        if sub_order_no is not UNSET:
            field_dict["sub_order_no"] = sub_order_no
        if duty is not UNSET:
            field_dict["duty"] = duty
        if order_fee is not UNSET:
            field_dict["order_fee"] = order_fee
        if transport_fee is not UNSET:
            field_dict["transport_fee"] = transport_fee
        if product_fee is not UNSET:
            field_dict["product_fee"] = product_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        customs = check_global_customs_order_modify_request_customs(d.pop("customs"))

        merchant_customs_no = d.pop("merchant_customs_no")

        sub_order_no = d.pop("sub_order_no", UNSET)

        duty = d.pop("duty", UNSET)

        order_fee = d.pop("order_fee", UNSET)

        transport_fee = d.pop("transport_fee", UNSET)

        product_fee = d.pop("product_fee", UNSET)

        global_customs_order_modify_request = cls(
            appid=appid,
            mchid=mchid,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            customs=customs,
            merchant_customs_no=merchant_customs_no,
            sub_order_no=sub_order_no,
            duty=duty,
            order_fee=order_fee,
            transport_fee=transport_fee,
            product_fee=product_fee,
        )

        global_customs_order_modify_request.additional_properties = d
        return global_customs_order_modify_request

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
