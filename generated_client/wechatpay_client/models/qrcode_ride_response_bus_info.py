# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRideResponseBusInfo")


@_attrs_define
class QrcodeRideResponseBusInfo:
    """公交场景信息 — the bus ride, as returned."""

    start_time: datetime.datetime | Unset = UNSET
    """ 用户乘车时间 — boarding time (RFC 3339). """
    line_name: str | Unset = UNSET
    """ 乘车路线 — line name. """
    plate_number: str | Unset = UNSET
    """ 车牌号 — plate number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        line_name = self.line_name

        plate_number = self.plate_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if line_name is not UNSET:
            field_dict["line_name"] = line_name
        if plate_number is not UNSET:
            field_dict["plate_number"] = plate_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        line_name = d.pop("line_name", UNSET)

        plate_number = d.pop("plate_number", UNSET)

        qrcode_ride_response_bus_info = cls(
            start_time=start_time,
            line_name=line_name,
            plate_number=plate_number,
        )

        qrcode_ride_response_bus_info.additional_properties = d
        return qrcode_ride_response_bus_info

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
