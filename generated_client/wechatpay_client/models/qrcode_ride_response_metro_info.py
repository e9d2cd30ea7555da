# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRideResponseMetroInfo")


@_attrs_define
class QrcodeRideResponseMetroInfo:
    """地铁场景信息 — the metro ride, as returned."""

    start_time: datetime.datetime | Unset = UNSET
    """ 用户乘车时间 — entry time (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ 用户下车时间 — exit time (RFC 3339). """
    start_station: str | Unset = UNSET
    """ 乘车起始站 — entry station. """
    end_station: str | Unset = UNSET
    """ 乘车终点站 — exit station. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        start_station = self.start_station

        end_station = self.end_station

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_station is not UNSET:
            field_dict["start_station"] = start_station
        if end_station is not UNSET:
            field_dict["end_station"] = end_station

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

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        start_station = d.pop("start_station", UNSET)

        end_station = d.pop("end_station", UNSET)

        qrcode_ride_response_metro_info = cls(
            start_time=start_time,
            end_time=end_time,
            start_station=start_station,
            end_station=end_station,
        )

        qrcode_ride_response_metro_info.additional_properties = d
        return qrcode_ride_response_metro_info

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
