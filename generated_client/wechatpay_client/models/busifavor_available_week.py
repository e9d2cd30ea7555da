# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_available_day_time import BusifavorAvailableDayTime


T = TypeVar("T", bound="BusifavorAvailableWeek")


@_attrs_define
class BusifavorAvailableWeek:
    """固定周期有效时间段 — weekly usable days and hours."""

    week_day: list[int] | Unset = UNSET
    """ 可用星期数 — usable weekdays, 0 = Sunday, 1 = Monday, …; required with `available_day_time`. """
    available_day_time: list[BusifavorAvailableDayTime] | Unset = UNSET
    """ 当天可用时间段 — at most two usable time ranges per day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week_day: list[int] | Unset = UNSET
        if not isinstance(self.week_day, Unset):
            week_day = self.week_day

        available_day_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_day_time, Unset):
            available_day_time = []
            for available_day_time_item_data in self.available_day_time:
                available_day_time_item = available_day_time_item_data.to_dict()
                available_day_time.append(available_day_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_day is not UNSET:
            field_dict["week_day"] = week_day
        if available_day_time is not UNSET:
            field_dict["available_day_time"] = available_day_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_available_day_time import BusifavorAvailableDayTime

        d = dict(src_dict)
        week_day = cast(list[int], d.pop("week_day", UNSET))

        _available_day_time = d.pop("available_day_time", UNSET)
        available_day_time: list[BusifavorAvailableDayTime] | Unset = UNSET
        if _available_day_time is not UNSET:
            available_day_time = []
            for available_day_time_item_data in _available_day_time:
                available_day_time_item = BusifavorAvailableDayTime.from_dict(available_day_time_item_data)

                available_day_time.append(available_day_time_item)

        busifavor_available_week = cls(
            week_day=week_day,
            available_day_time=available_day_time,
        )

        busifavor_available_week.additional_properties = d
        return busifavor_available_week

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
