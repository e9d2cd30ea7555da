# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.businesscircle_parking_sync_request_state import (
    BusinesscircleParkingSyncRequestState,
    check_businesscircle_parking_sync_request_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinesscircleParkingSyncRequest")


@_attrs_define
class BusinesscircleParkingSyncRequest:
    """停车状态同步请求 — one parking event of a member."""

    brandid: int
    """ 品牌ID — the caller's brand ID (the caller must be its main merchant or service provider). """
    appid: str
    """ 应用ID — AppID (official account or mini program) bound to `brandid`. """
    openid: str
    """ 用户标识 — the member's OpenID under `appid`. """
    plate_number: str
    """ 车牌号 — licence plate: the province's one-character Chinese abbreviation, then
    capital letters, digits or Chinese characters.
     """
    state: BusinesscircleParkingSyncRequestState
    """ 状态 — `IN` (the car entered the mall's car park) or `OUT` (it left). """
    time: datetime.datetime
    """ 时间 — when the car entered or left (RFC 3339). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brandid = self.brandid

        appid = self.appid

        openid = self.openid

        plate_number = self.plate_number

        state: str = self.state

        time = self.time.isoformat()

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandid": brandid,
                "appid": appid,
                "openid": openid,
                "plate_number": plate_number,
                "state": state,
                "time": time,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brandid = d.pop("brandid")

        appid = d.pop("appid")

        openid = d.pop("openid")

        plate_number = d.pop("plate_number")

        state = check_businesscircle_parking_sync_request_state(d.pop("state"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        businesscircle_parking_sync_request = cls(
            brandid=brandid,
            appid=appid,
            openid=openid,
            plate_number=plate_number,
            state=state,
            time=time,
            sub_mchid=sub_mchid,
        )

        businesscircle_parking_sync_request.additional_properties = d
        return businesscircle_parking_sync_request

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
