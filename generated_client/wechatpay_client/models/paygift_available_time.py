# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaygiftAvailableTime")


@_attrs_define
class PaygiftAvailableTime:
    """可用时间 — one date-time range (request side)."""

    begin_time: datetime.datetime
    """ 可用开始时间 — range start (RFC 3339). """
    end_time: datetime.datetime
    """ 可用结束时间 — range end (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_time = self.begin_time.isoformat()

        end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin_time": begin_time,
                "end_time": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        begin_time = datetime.datetime.fromisoformat(d.pop("begin_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        paygift_available_time = cls(
            begin_time=begin_time,
            end_time=end_time,
        )

        paygift_available_time.additional_properties = d
        return paygift_available_time

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
