# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membercard_activity_day_time import MembercardActivityDayTime


T = TypeVar("T", bound="MembercardActivityAwardSendDayTime")


@_attrs_define
class MembercardActivityAwardSendDayTime:
    """指定时间段 — one daily time window for handing out gifts."""

    begin_day_time: MembercardActivityDayTime
    """ 时刻 — a time of day. """
    end_day_time: MembercardActivityDayTime
    """ 时刻 — a time of day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_day_time = self.begin_day_time.to_dict()

        end_day_time = self.end_day_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin_day_time": begin_day_time,
                "end_day_time": end_day_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_day_time import MembercardActivityDayTime

        d = dict(src_dict)
        begin_day_time = MembercardActivityDayTime.from_dict(d.pop("begin_day_time"))

        end_day_time = MembercardActivityDayTime.from_dict(d.pop("end_day_time"))

        membercard_activity_award_send_day_time = cls(
            begin_day_time=begin_day_time,
            end_day_time=end_day_time,
        )

        membercard_activity_award_send_day_time.additional_properties = d
        return membercard_activity_award_send_day_time

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
