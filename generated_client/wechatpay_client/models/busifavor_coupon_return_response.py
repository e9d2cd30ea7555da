# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponReturnResponse")


@_attrs_define
class BusifavorCouponReturnResponse:
    """申请退券应答 — when the coupon was returned."""

    wechatpay_return_time: datetime.datetime
    """ 微信退券成功的时间 — when WeChat Pay returned it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wechatpay_return_time = self.wechatpay_return_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wechatpay_return_time": wechatpay_return_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wechatpay_return_time = datetime.datetime.fromisoformat(d.pop("wechatpay_return_time"))

        busifavor_coupon_return_response = cls(
            wechatpay_return_time=wechatpay_return_time,
        )

        busifavor_coupon_return_response.additional_properties = d
        return busifavor_coupon_return_response

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
