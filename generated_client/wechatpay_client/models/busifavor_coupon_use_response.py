# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponUseResponse")


@_attrs_define
class BusifavorCouponUseResponse:
    """核销用户券应答 — the redemption."""

    stock_id: str
    """ 批次号 — batch ID. """
    openid: str
    """ 用户标识 — the user's OpenID under the request's `appid`. """
    wechatpay_use_time: datetime.datetime
    """ 系统核销券成功的时间 — when WeChat Pay redeemed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        openid = self.openid

        wechatpay_use_time = self.wechatpay_use_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "openid": openid,
                "wechatpay_use_time": wechatpay_use_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        openid = d.pop("openid")

        wechatpay_use_time = datetime.datetime.fromisoformat(d.pop("wechatpay_use_time"))

        busifavor_coupon_use_response = cls(
            stock_id=stock_id,
            openid=openid,
            wechatpay_use_time=wechatpay_use_time,
        )

        busifavor_coupon_use_response.additional_properties = d
        return busifavor_coupon_use_response

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
