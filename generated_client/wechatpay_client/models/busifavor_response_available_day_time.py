# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseAvailableDayTime")


@_attrs_define
class BusifavorResponseAvailableDayTime:
    """当天可用时间段 — seconds since midnight."""

    begin_time: int | Unset = UNSET
    """ 当天可用开始时间 — start. """
    end_time: int | Unset = UNSET
    """ 当天可用结束时间 — end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_time = self.begin_time

        end_time = self.end_time

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
        begin_time = d.pop("begin_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        busifavor_response_available_day_time = cls(
            begin_time=begin_time,
            end_time=end_time,
        )

        busifavor_response_available_day_time.additional_properties = d
        return busifavor_response_available_day_time

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
