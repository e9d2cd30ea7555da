# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponDisassociateResponse")


@_attrs_define
class BusifavorCouponDisassociateResponse:
    """取消关联订单信息应答 — when the link was removed."""

    wechatpay_disassociate_time: datetime.datetime
    """ 取消关联成功时间 — when WeChat Pay removed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wechatpay_disassociate_time = self.wechatpay_disassociate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wechatpay_disassociate_time": wechatpay_disassociate_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wechatpay_disassociate_time = datetime.datetime.fromisoformat(d.pop("wechatpay_disassociate_time"))

        busifavor_coupon_disassociate_response = cls(
            wechatpay_disassociate_time=wechatpay_disassociate_time,
        )

        busifavor_coupon_disassociate_response.additional_properties = d
        return busifavor_coupon_disassociate_response

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
