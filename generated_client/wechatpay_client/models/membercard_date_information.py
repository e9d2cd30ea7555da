# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_date_information_type import (
    MembercardDateInformationType,
    check_membercard_date_information_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardDateInformation")


@_attrs_define
class MembercardDateInformation:
    """有效期 — validity of the cards (request side; see `MembercardResponseDateInformation`):
    a fixed time range (`available_begin_time`/`available_end_time`), a fixed term after the
    card is taken (`available_day_after_receive`, optionally starting
    `wait_days_after_receive` days later), or permanent.

    """

    type_: MembercardDateInformationType
    """ 有效期类型 — validity type. """
    available_begin_time: datetime.datetime | Unset = UNSET
    """ 有效期开始时间 — start of a `FIX_TIME_RANGE` validity (RFC 3339). """
    available_end_time: datetime.datetime | Unset = UNSET
    """ 有效期结束时间 — end of a `FIX_TIME_RANGE` validity (RFC 3339). """
    available_day_after_receive: int | Unset = UNSET
    """ 生效后N天内有效 — for `FIX_TERM`, number of days the card is valid once effective. """
    wait_days_after_receive: int | Unset = UNSET
    """ 领取后N天开始生效 — for `FIX_TERM`, number of days after taking the card before it becomes effective. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        available_begin_time: str | Unset = UNSET
        if not isinstance(self.available_begin_time, Unset):
            available_begin_time = self.available_begin_time.isoformat()

        available_end_time: str | Unset = UNSET
        if not isinstance(self.available_end_time, Unset):
            available_end_time = self.available_end_time.isoformat()

        available_day_after_receive = self.available_day_after_receive

        wait_days_after_receive = self.wait_days_after_receive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if available_begin_time is not UNSET:
            field_dict["available_begin_time"] = available_begin_time
        if available_end_time is not UNSET:
            field_dict["available_end_time"] = available_end_time
        if available_day_after_receive is not UNSET:
            field_dict["available_day_after_receive"] = available_day_after_receive
        if wait_days_after_receive is not UNSET:
            field_dict["wait_days_after_receive"] = wait_days_after_receive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_membercard_date_information_type(d.pop("type"))

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

        wait_days_after_receive = d.pop("wait_days_after_receive", UNSET)

        membercard_date_information = cls(
            type_=type_,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            available_day_after_receive=available_day_after_receive,
            wait_days_after_receive=wait_days_after_receive,
        )

        membercard_date_information.additional_properties = d
        return membercard_date_information

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
