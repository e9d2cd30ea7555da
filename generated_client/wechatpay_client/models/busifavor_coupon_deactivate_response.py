# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponDeactivateResponse")


@_attrs_define
class BusifavorCouponDeactivateResponse:
    """使券失效应答 — when the coupon was invalidated."""

    wechatpay_deactivate_time: datetime.datetime
    """ 券成功失效的时间 — when WeChat Pay invalidated it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wechatpay_deactivate_time = self.wechatpay_deactivate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wechatpay_deactivate_time": wechatpay_deactivate_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wechatpay_deactivate_time = datetime.datetime.fromisoformat(d.pop("wechatpay_deactivate_time"))

        busifavor_coupon_deactivate_response = cls(
            wechatpay_deactivate_time=wechatpay_deactivate_time,
        )

        busifavor_coupon_deactivate_response.additional_properties = d
        return busifavor_coupon_deactivate_response

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
