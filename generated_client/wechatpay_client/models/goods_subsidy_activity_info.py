# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyActivityInfo")


@_attrs_define
class GoodsSubsidyActivityInfo:
    """活动信息 — name, periods and description of an activity."""

    activity_name: str | Unset = UNSET
    """ 活动名称 — activity name. """
    apply_start_time: datetime.datetime | Unset = UNSET
    """ 活动报名开始时间 — enrolment opens (RFC 3339). """
    apply_end_time: datetime.datetime | Unset = UNSET
    """ 活动报名结束时间 — enrolment closes (RFC 3339). """
    activity_start_time: datetime.datetime | Unset = UNSET
    """ 活动开始时间 — activity starts (RFC 3339). """
    activity_end_time: datetime.datetime | Unset = UNSET
    """ 活动结束时间 — activity ends (RFC 3339). """
    activity_description: str | Unset = UNSET
    """ 活动描述 — activity description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_name = self.activity_name

        apply_start_time: str | Unset = UNSET
        if not isinstance(self.apply_start_time, Unset):
            apply_start_time = self.apply_start_time.isoformat()

        apply_end_time: str | Unset = UNSET
        if not isinstance(self.apply_end_time, Unset):
            apply_end_time = self.apply_end_time.isoformat()

        activity_start_time: str | Unset = UNSET
        if not isinstance(self.activity_start_time, Unset):
            activity_start_time = self.activity_start_time.isoformat()

        activity_end_time: str | Unset = UNSET
        if not isinstance(self.activity_end_time, Unset):
            activity_end_time = self.activity_end_time.isoformat()

        activity_description = self.activity_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_name is not UNSET:
            field_dict["activity_name"] = activity_name
        if apply_start_time is not UNSET:
            field_dict["apply_start_time"] = apply_start_time
        if apply_end_time is not UNSET:
            field_dict["apply_end_time"] = apply_end_time
        if activity_start_time is not UNSET:
            field_dict["activity_start_time"] = activity_start_time
        if activity_end_time is not UNSET:
            field_dict["activity_end_time"] = activity_end_time
        if activity_description is not UNSET:
            field_dict["activity_description"] = activity_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_name = d.pop("activity_name", UNSET)

        _apply_start_time = d.pop("apply_start_time", UNSET)
        apply_start_time: datetime.datetime | Unset
        if isinstance(_apply_start_time, Unset):
            apply_start_time = UNSET
        else:
            apply_start_time = datetime.datetime.fromisoformat(_apply_start_time)

        _apply_end_time = d.pop("apply_end_time", UNSET)
        apply_end_time: datetime.datetime | Unset
        if isinstance(_apply_end_time, Unset):
            apply_end_time = UNSET
        else:
            apply_end_time = datetime.datetime.fromisoformat(_apply_end_time)

        _activity_start_time = d.pop("activity_start_time", UNSET)
        activity_start_time: datetime.datetime | Unset
        if isinstance(_activity_start_time, Unset):
            activity_start_time = UNSET
        else:
            activity_start_time = datetime.datetime.fromisoformat(_activity_start_time)

        _activity_end_time = d.pop("activity_end_time", UNSET)
        activity_end_time: datetime.datetime | Unset
        if isinstance(_activity_end_time, Unset):
            activity_end_time = UNSET
        else:
            activity_end_time = datetime.datetime.fromisoformat(_activity_end_time)

        activity_description = d.pop("activity_description", UNSET)

        goods_subsidy_activity_info = cls(
            activity_name=activity_name,
            apply_start_time=apply_start_time,
            apply_end_time=apply_end_time,
            activity_start_time=activity_start_time,
            activity_end_time=activity_end_time,
            activity_description=activity_description,
        )

        goods_subsidy_activity_info.additional_properties = d
        return goods_subsidy_activity_info

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
