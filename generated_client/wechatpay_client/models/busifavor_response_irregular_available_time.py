# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseIrregularAvailableTime")


@_attrs_define
class BusifavorResponseIrregularAvailableTime:
    """无规律的有效时间段 — one irregular usable period."""

    begin_time: datetime.datetime | Unset = UNSET
    """ 开始时间 — start. """
    end_time: datetime.datetime | Unset = UNSET
    """ 结束时间 — end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_time: str | Unset = UNSET
        if not isinstance(self.begin_time, Unset):
            begin_time = self.begin_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _begin_time = d.pop("begin_time", UNSET)
        begin_time: datetime.datetime | Unset
        if isinstance(_begin_time, Unset):
            begin_time = UNSET
        else:
            begin_time = datetime.datetime.fromisoformat(_begin_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        busifavor_response_irregular_available_time = cls(
            begin_time=begin_time,
            end_time=end_time,
        )

        busifavor_response_irregular_available_time.additional_properties = d
        return busifavor_response_irregular_available_time

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
