# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftActivityTerminateResponse")


@_attrs_define
class PaygiftActivityTerminateResponse:
    """终止活动应答 — when the activity ended."""

    activity_id: str | Unset = UNSET
    """ 活动id — the activity ID. """
    terminate_time: datetime.datetime | Unset = UNSET
    """ 生效时间 — when the stop took effect (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        terminate_time: str | Unset = UNSET
        if not isinstance(self.terminate_time, Unset):
            terminate_time = self.terminate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if terminate_time is not UNSET:
            field_dict["terminate_time"] = terminate_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        _terminate_time = d.pop("terminate_time", UNSET)
        terminate_time: datetime.datetime | Unset
        if isinstance(_terminate_time, Unset):
            terminate_time = UNSET
        else:
            terminate_time = datetime.datetime.fromisoformat(_terminate_time)

        paygift_activity_terminate_response = cls(
            activity_id=activity_id,
            terminate_time=terminate_time,
        )

        paygift_activity_terminate_response.additional_properties = d
        return paygift_activity_terminate_response

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
