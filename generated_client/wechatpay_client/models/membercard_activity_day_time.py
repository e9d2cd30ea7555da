# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembercardActivityDayTime")


@_attrs_define
class MembercardActivityDayTime:
    """时刻 — a time of day."""

    hours: int
    """ 时 — hour. """
    minutes: int
    """ 分 — minute. """
    seconds: int
    """ 秒 — second. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        minutes = self.minutes

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hours": hours,
                "minutes": minutes,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hours = d.pop("hours")

        minutes = d.pop("minutes")

        seconds = d.pop("seconds")

        membercard_activity_day_time = cls(
            hours=hours,
            minutes=minutes,
            seconds=seconds,
        )

        membercard_activity_day_time.additional_properties = d
        return membercard_activity_day_time

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
