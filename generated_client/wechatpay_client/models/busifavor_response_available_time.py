# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_response_available_week import BusifavorResponseAvailableWeek
    from ..models.busifavor_response_irregular_available_time import BusifavorResponseIrregularAvailableTime


T = TypeVar("T", bound="BusifavorResponseAvailableTime")


@_attrs_define
class BusifavorResponseAvailableTime:
    """券可核销时间 — the usable period."""

    available_begin_time: datetime.datetime | Unset = UNSET
    """ 开始时间 — start. """
    available_end_time: datetime.datetime | Unset = UNSET
    """ 结束时间 — end. """
    available_day_after_receive: int | Unset = UNSET
    """ 生效后N天内有效 — usable days once in effect. """
    available_week: BusifavorResponseAvailableWeek | Unset = UNSET
    """ 固定周期有效时间段 — weekly usable days and hours. """
    irregulary_avaliable_time: list[BusifavorResponseIrregularAvailableTime] | Unset = UNSET
    """ 无规律的有效时间段 — irregular usable periods. """
    wait_days_after_receive: int | Unset = UNSET
    """ 领取后N天开始生效 — days before taking effect. """
    available_second_after_receive: int | Unset = UNSET
    """ 领取后N秒内有效 — usable seconds after receiving. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_begin_time: str | Unset = UNSET
        if not isinstance(self.available_begin_time, Unset):
            available_begin_time = self.available_begin_time.isoformat()

        available_end_time: str | Unset = UNSET
        if not isinstance(self.available_end_time, Unset):
            available_end_time = self.available_end_time.isoformat()

        available_day_after_receive = self.available_day_after_receive

        available_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_week, Unset):
            available_week = self.available_week.to_dict()

        irregulary_avaliable_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.irregulary_avaliable_time, Unset):
            irregulary_avaliable_time = []
            for irregulary_avaliable_time_item_data in self.irregulary_avaliable_time:
                irregulary_avaliable_time_item = irregulary_avaliable_time_item_data.to_dict()
                irregulary_avaliable_time.append(irregulary_avaliable_time_item)

        wait_days_after_receive = self.wait_days_after_receive

        available_second_after_receive = self.available_second_after_receive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_begin_time is not UNSET:
            field_dict["available_begin_time"] = available_begin_time
        if available_end_time is not UNSET:
            field_dict["available_end_time"] = available_end_time
        if available_day_after_receive is not UNSET:
            field_dict["available_day_after_receive"] = available_day_after_receive
        if available_week is not UNSET:
            field_dict["available_week"] = available_week
        if irregulary_avaliable_time is not UNSET:
            field_dict["irregulary_avaliable_time"] = irregulary_avaliable_time
        if wait_days_after_receive is not UNSET:
            field_dict["wait_days_after_receive"] = wait_days_after_receive
        if available_second_after_receive is not UNSET:
            field_dict["available_second_after_receive"] = available_second_after_receive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_response_available_week import BusifavorResponseAvailableWeek
        from ..models.busifavor_response_irregular_available_time import BusifavorResponseIrregularAvailableTime

        d = dict(src_dict)
        _available_begin_time = d.pop("available_begin_time", UNSET)
        available_begin_time: datetime.datetime | Unset
        if isinstance(_available_begin_time, Unset):
            available_begin_time = UNSET
        else:
            available_begin_time = datetime.datetime.fromisoformat(_available_begin_time)

        _available_end_time = d.pop("available_end_time", UNSET)
        available_end_time: datetime.datetime | Unset
        if isinstance(_available_end_time, Unset):
            available_end_time = UNSET
        else:
            available_end_time = datetime.datetime.fromisoformat(_available_end_time)

        available_day_after_receive = d.pop("available_day_after_receive", UNSET)

        _available_week = d.pop("available_week", UNSET)
        available_week: BusifavorResponseAvailableWeek | Unset
        if isinstance(_available_week, Unset):
            available_week = UNSET
        else:
            available_week = BusifavorResponseAvailableWeek.from_dict(_available_week)

        _irregulary_avaliable_time = d.pop("irregulary_avaliable_time", UNSET)
        irregulary_avaliable_time: list[BusifavorResponseIrregularAvailableTime] | Unset = UNSET
        if _irregulary_avaliable_time is not UNSET:
            irregulary_avaliable_time = []
            for irregulary_avaliable_time_item_data in _irregulary_avaliable_time:
                irregulary_avaliable_time_item = BusifavorResponseIrregularAvailableTime.from_dict(
                    irregulary_avaliable_time_item_data
                )

                irregulary_avaliable_time.append(irregulary_avaliable_time_item)

        wait_days_after_receive = d.pop("wait_days_after_receive", UNSET)

        available_second_after_receive = d.pop("available_second_after_receive", UNSET)

        busifavor_response_available_time = cls(
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            available_day_after_receive=available_day_after_receive,
            available_week=available_week,
            irregulary_avaliable_time=irregulary_avaliable_time,
            wait_days_after_receive=wait_days_after_receive,
            available_second_after_receive=available_second_after_receive,
        )

        busifavor_response_available_time.additional_properties = d
        return busifavor_response_available_time

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
