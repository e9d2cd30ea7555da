# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_fix_available_time import FavorFixAvailableTime


T = TypeVar("T", bound="FavorCouponAvailableTime")


@_attrs_define
class FavorCouponAvailableTime:
    """券可核销时间 — special validity rules of a coupon."""

    available_begin_time: datetime.datetime | Unset = UNSET
    """ 开始时间 — coupon validity start (RFC 3339). """
    available_end_time: datetime.datetime | Unset = UNSET
    """ 结束时间 — coupon validity end (RFC 3339). """
    fix_available_time: FavorFixAvailableTime | Unset = UNSET
    """ 固定时间段可用 — weekdays and hours when the coupon can be used. """
    second_day_available: bool | Unset = UNSET
    """ 领取第二天生效 — valid from the day after it is received. """
    available_time_after_receive: int | Unset = UNSET
    """ 领取后有效时间 — minutes of validity after it is received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_begin_time: str | Unset = UNSET
        if not isinstance(self.available_begin_time, Unset):
            available_begin_time = self.available_begin_time.isoformat()

        available_end_time: str | Unset = UNSET
        if not isinstance(self.available_end_time, Unset):
            available_end_time = self.available_end_time.isoformat()

        fix_available_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fix_available_time, Unset):
            fix_available_time = self.fix_available_time.to_dict()

        second_day_available = self.second_day_available

        available_time_after_receive = self.available_time_after_receive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_begin_time is not UNSET:
            field_dict["available_begin_time"] = available_begin_time
        if available_end_time is not UNSET:
            field_dict["available_end_time"] = available_end_time
        if fix_available_time is not UNSET:
            field_dict["fix_available_time"] = fix_available_time
        if second_day_available is not UNSET:
            field_dict["second_day_available"] = second_day_available
        if available_time_after_receive is not UNSET:
            field_dict["available_time_after_receive"] = available_time_after_receive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.favor_fix_available_time import FavorFixAvailableTime

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

        _fix_available_time = d.pop("fix_available_time", UNSET)
        fix_available_time: FavorFixAvailableTime | Unset
        if isinstance(_fix_available_time, Unset):
            fix_available_time = UNSET
        else:
            fix_available_time = FavorFixAvailableTime.from_dict(_fix_available_time)

        second_day_available = d.pop("second_day_available", UNSET)

        available_time_after_receive = d.pop("available_time_after_receive", UNSET)

        favor_coupon_available_time = cls(
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            fix_available_time=fix_available_time,
            second_day_available=second_day_available,
            available_time_after_receive=available_time_after_receive,
        )

        favor_coupon_available_time.additional_properties = d
        return favor_coupon_available_time

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
