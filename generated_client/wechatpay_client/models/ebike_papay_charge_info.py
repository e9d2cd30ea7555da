# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EbikePapayChargeInfo")


@_attrs_define
class EbikePapayChargeInfo:
    """充电自行车场景信息 — the finished charge."""

    start_time: str
    """ 开始时间 — charge start time (format not published). """
    end_time: str
    """ 结束时间 — charge end time (format not published). """
    charging_station_name: str
    """ 充电站名称 — charging station name. """
    charging_gun_number: str
    """ 充电枪编号 — charging connector number. """
    charged_capacity: int
    """ 已充电量 — energy charged (unit not published). """
    park_duration: int | Unset = UNSET
    """ 车位延时占用时长 — extra time the bay stayed occupied (unit not published). """
    park_fee: int | Unset = UNSET
    """ 车位延时占用产生的费用 — fee for the extra occupation, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        charging_station_name = self.charging_station_name

        charging_gun_number = self.charging_gun_number

        charged_capacity = self.charged_capacity

        park_duration = self.park_duration

        park_fee = self.park_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "charging_station_name": charging_station_name,
                "charging_gun_number": charging_gun_number,
                "charged_capacity": charged_capacity,
            }
        )
        if park_duration is not UNSET:
            field_dict["park_duration"] = park_duration
        if park_fee is not UNSET:
            field_dict["park_fee"] = park_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        charging_station_name = d.pop("charging_station_name")

        charging_gun_number = d.pop("charging_gun_number")

        charged_capacity = d.pop("charged_capacity")

        park_duration = d.pop("park_duration", UNSET)

        park_fee = d.pop("park_fee", UNSET)

        ebike_papay_charge_info = cls(
            start_time=start_time,
            end_time=end_time,
            charging_station_name=charging_station_name,
            charging_gun_number=charging_gun_number,
            charged_capacity=charged_capacity,
            park_duration=park_duration,
            park_fee=park_fee,
        )

        ebike_papay_charge_info.additional_properties = d
        return ebike_papay_charge_info

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
