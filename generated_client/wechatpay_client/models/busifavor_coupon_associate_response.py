# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponAssociateResponse")


@_attrs_define
class BusifavorCouponAssociateResponse:
    """关联订单信息应答 — when the link was made."""

    wechatpay_associate_time: datetime.datetime
    """ 关联成功时间 — when WeChat Pay linked them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wechatpay_associate_time = self.wechatpay_associate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wechatpay_associate_time": wechatpay_associate_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wechatpay_associate_time = datetime.datetime.fromisoformat(d.pop("wechatpay_associate_time"))

        busifavor_coupon_associate_response = cls(
            wechatpay_associate_time=wechatpay_associate_time,
        )

        busifavor_coupon_associate_response.additional_properties = d
        return busifavor_coupon_associate_response

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
