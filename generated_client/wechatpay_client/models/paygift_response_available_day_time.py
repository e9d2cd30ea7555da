# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftResponseAvailableDayTime")


@_attrs_define
class PaygiftResponseAvailableDayTime:
    """每日可用时间 (应答) — one daily range, `HHmmss`."""

    begin_day_time: str | Unset = UNSET
    """ 每日可用开始时间 — daily start, `HHmmss`. """
    end_day_time: str | Unset = UNSET
    """ 每日可用结束时间 — daily end, `HHmmss`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_day_time = self.begin_day_time

        end_day_time = self.end_day_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_day_time is not UNSET:
            field_dict["begin_day_time"] = begin_day_time
        if end_day_time is not UNSET:
            field_dict["end_day_time"] = end_day_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        begin_day_time = d.pop("begin_day_time", UNSET)

        end_day_time = d.pop("end_day_time", UNSET)

        paygift_response_available_day_time = cls(
            begin_day_time=begin_day_time,
            end_day_time=end_day_time,
        )

        paygift_response_available_day_time.additional_properties = d
        return paygift_response_available_day_time

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
