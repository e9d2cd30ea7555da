# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorFixAvailableTime")


@_attrs_define
class FavorFixAvailableTime:
    """固定时间段可用 — weekdays and hours when the coupon can be used."""

    begin_time: int
    """ 当天开始时间 — start of the daily window, in seconds from midnight. """
    available_week_day: list[int] | Unset = UNSET
    """ 可用星期数 — weekdays, 0 = Sunday, 1 = Monday, ...; every day when absent. """
    end_time: int | Unset = UNSET
    """ 当天结束时间 — end of the daily window, in seconds (default 23:59:59). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_time = self.begin_time

        available_week_day: list[int] | Unset = UNSET
        if not isinstance(self.available_week_day, Unset):
            available_week_day = self.available_week_day

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin_time": begin_time,
            }
        )
        if available_week_day is not UNSET:
            field_dict["available_week_day"] = available_week_day
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        begin_time = d.pop("begin_time")

        available_week_day = cast(list[int], d.pop("available_week_day", UNSET))

        end_time = d.pop("end_time", UNSET)

        favor_fix_available_time = cls(
            begin_time=begin_time,
            available_week_day=available_week_day,
            end_time=end_time,
        )

        favor_fix_available_time.additional_properties = d
        return favor_fix_available_time

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
