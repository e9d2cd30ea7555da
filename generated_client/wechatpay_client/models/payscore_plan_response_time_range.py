# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePlanResponseTimeRange")


@_attrs_define
class PayscorePlanResponseTimeRange:
    """服务时间 (应答) — service time as returned."""

    start_time: str
    """ 服务开始时间 — start time. """
    end_time: str | Unset = UNSET
    """ 服务结束时间 — end time. """
    start_time_remark: str | Unset = UNSET
    """ 服务开始时间备注 — note on the start time. """
    end_time_remark: str | Unset = UNSET
    """ 服务结束时间备注 — note on the end time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        start_time_remark = self.start_time_remark

        end_time_remark = self.end_time_remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time_remark is not UNSET:
            field_dict["start_time_remark"] = start_time_remark
        if end_time_remark is not UNSET:
            field_dict["end_time_remark"] = end_time_remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time", UNSET)

        start_time_remark = d.pop("start_time_remark", UNSET)

        end_time_remark = d.pop("end_time_remark", UNSET)

        payscore_plan_response_time_range = cls(
            start_time=start_time,
            end_time=end_time,
            start_time_remark=start_time_remark,
            end_time_remark=end_time_remark,
        )

        payscore_plan_response_time_range.additional_properties = d
        return payscore_plan_response_time_range

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
