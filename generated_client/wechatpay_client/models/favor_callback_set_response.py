# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorCallbackSetResponse")


@_attrs_define
class FavorCallbackSetResponse:
    """设置消息通知地址应答 — the address and when it was changed."""

    update_time: str
    """ 修改时间 — when the address was changed (RFC 3339 in the examples). """
    notify_url: str
    """ 通知地址 — the address now set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time = self.update_time

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_time": update_time,
                "notify_url": notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_time = d.pop("update_time")

        notify_url = d.pop("notify_url")

        favor_callback_set_response = cls(
            update_time=update_time,
            notify_url=notify_url,
        )

        favor_callback_set_response.additional_properties = d
        return favor_callback_set_response

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
