# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EbikePapayChargeStartInfo")


@_attrs_define
class EbikePapayChargeStartInfo:
    """充电场景信息 — where and when the charge starts."""

    start_time: str
    """ 开始时间 — charge start time (format not published). """
    charging_station_name: str
    """ 充电站名称 — charging station name. """
    charging_gun_number: str
    """ 充电枪编号 — charging connector number. """
    device_id: str
    """ 充电位设备号 — charging point device ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        charging_station_name = self.charging_station_name

        charging_gun_number = self.charging_gun_number

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "charging_station_name": charging_station_name,
                "charging_gun_number": charging_gun_number,
                "device_id": device_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("start_time")

        charging_station_name = d.pop("charging_station_name")

        charging_gun_number = d.pop("charging_gun_number")

        device_id = d.pop("device_id")

        ebike_papay_charge_start_info = cls(
            start_time=start_time,
            charging_station_name=charging_station_name,
            charging_gun_number=charging_gun_number,
            device_id=device_id,
        )

        ebike_papay_charge_start_info.additional_properties = d
        return ebike_papay_charge_start_info

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
