# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintMessageInvalidInfo")


@_attrs_define
class ComplaintMessageInvalidInfo:
    """失效配置 — when a link or button stops working."""

    expired_time: datetime.datetime | Unset = UNSET
    """ 过期时间 — expiry (RFC 3339). """
    multi_clickable: bool | Unset = UNSET
    """ 是否可以多次点击 — whether it can be clicked more than once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expired_time: str | Unset = UNSET
        if not isinstance(self.expired_time, Unset):
            expired_time = self.expired_time.isoformat()

        multi_clickable = self.multi_clickable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expired_time is not UNSET:
            field_dict["expired_time"] = expired_time
        if multi_clickable is not UNSET:
            field_dict["multi_clickable"] = multi_clickable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expired_time = d.pop("expired_time", UNSET)
        expired_time: datetime.datetime | Unset
        if isinstance(_expired_time, Unset):
            expired_time = UNSET
        else:
            expired_time = datetime.datetime.fromisoformat(_expired_time)

        multi_clickable = d.pop("multi_clickable", UNSET)

        complaint_message_invalid_info = cls(
            expired_time=expired_time,
            multi_clickable=multi_clickable,
        )

        complaint_message_invalid_info.additional_properties = d
        return complaint_message_invalid_info

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
