# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRideBusInfo")


@_attrs_define
class QrcodeRideBusInfo:
    """公交场景信息 — the bus ride (request side; see `QrcodeRideResponseBusInfo`)."""

    start_time: datetime.datetime
    """ 用户乘车时间 — boarding time, RFC 3339. """
    line_name: str | Unset = UNSET
    """ 乘车路线 — line name; a name of 1 to 10 letters or digits followed by 路 is also shown on
    the payment voucher.
     """
    plate_number: str | Unset = UNSET
    """ 车牌号 — plate number (province and plate, no special characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        line_name = self.line_name

        plate_number = self.plate_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
            }
        )
        if line_name is not UNSET:
            field_dict["line_name"] = line_name
        if plate_number is not UNSET:
            field_dict["plate_number"] = plate_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        line_name = d.pop("line_name", UNSET)

        plate_number = d.pop("plate_number", UNSET)

        qrcode_ride_bus_info = cls(
            start_time=start_time,
            line_name=line_name,
            plate_number=plate_number,
        )

        qrcode_ride_bus_info.additional_properties = d
        return qrcode_ride_bus_info

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
