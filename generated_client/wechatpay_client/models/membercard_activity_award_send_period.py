# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_award_send_day_time import MembercardActivityAwardSendDayTime
    from ..models.membercard_activity_award_send_time import MembercardActivityAwardSendTime


T = TypeVar("T", bound="MembercardActivityAwardSendPeriod")


@_attrs_define
class MembercardActivityAwardSendPeriod:
    """发放时间段 — when gifts are handed out (given dates, daily time windows, or both)."""

    award_send_time: list[MembercardActivityAwardSendTime] | Unset = UNSET
    """ 指定时间 — date-time ranges in which gifts are handed out. """
    award_send_day_time: list[MembercardActivityAwardSendDayTime] | Unset = UNSET
    """ 指定时间段 — daily time windows in which gifts are handed out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        award_send_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.award_send_time, Unset):
            award_send_time = []
            for award_send_time_item_data in self.award_send_time:
                award_send_time_item = award_send_time_item_data.to_dict()
                award_send_time.append(award_send_time_item)

        award_send_day_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.award_send_day_time, Unset):
            award_send_day_time = []
            for award_send_day_time_item_data in self.award_send_day_time:
                award_send_day_time_item = award_send_day_time_item_data.to_dict()
                award_send_day_time.append(award_send_day_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if award_send_time is not UNSET:
            field_dict["award_send_time"] = award_send_time
        if award_send_day_time is not UNSET:
            field_dict["award_send_day_time"] = award_send_day_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_award_send_day_time import MembercardActivityAwardSendDayTime
        from ..models.membercard_activity_award_send_time import MembercardActivityAwardSendTime

        d = dict(src_dict)
        _award_send_time = d.pop("award_send_time", UNSET)
        award_send_time: list[MembercardActivityAwardSendTime] | Unset = UNSET
        if _award_send_time is not UNSET:
            award_send_time = []
            for award_send_time_item_data in _award_send_time:
                award_send_time_item = MembercardActivityAwardSendTime.from_dict(award_send_time_item_data)

                award_send_time.append(award_send_time_item)

        _award_send_day_time = d.pop("award_send_day_time", UNSET)
        award_send_day_time: list[MembercardActivityAwardSendDayTime] | Unset = UNSET
        if _award_send_day_time is not UNSET:
            award_send_day_time = []
            for award_send_day_time_item_data in _award_send_day_time:
                award_send_day_time_item = MembercardActivityAwardSendDayTime.from_dict(award_send_day_time_item_data)

                award_send_day_time.append(award_send_day_time_item)

        membercard_activity_award_send_period = cls(
            award_send_time=award_send_time,
            award_send_day_time=award_send_day_time,
        )

        membercard_activity_award_send_period.additional_properties = d
        return membercard_activity_award_send_period

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
