# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaygiftActivityCreateResponse")


@_attrs_define
class PaygiftActivityCreateResponse:
    """创建全场满额送活动应答 — the new activity."""

    activity_id: str
    """ 活动id — the activity ID. """
    create_time: datetime.datetime
    """ 创建时间 — creation time (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        create_time = self.create_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "create_time": create_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        paygift_activity_create_response = cls(
            activity_id=activity_id,
            create_time=create_time,
        )

        paygift_activity_create_response.additional_properties = d
        return paygift_activity_create_response

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
