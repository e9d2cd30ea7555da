# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketingPartnershipTerminateResponse")


@_attrs_define
class MarketingPartnershipTerminateResponse:
    """终止合作关系应答 — when the relation ended."""

    terminate_time: datetime.datetime
    """ 终止合作关系时间 — when the relation ended (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminate_time = self.terminate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminate_time": terminate_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        terminate_time = datetime.datetime.fromisoformat(d.pop("terminate_time"))

        marketing_partnership_terminate_response = cls(
            terminate_time=terminate_time,
        )

        marketing_partnership_terminate_response.additional_properties = d
        return marketing_partnership_terminate_response

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
