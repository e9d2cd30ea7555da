# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorNotifyConfig")


@_attrs_define
class BusifavorNotifyConfig:
    """事件通知配置 — event-notification settings of the batch."""

    notify_appid: str | Unset = UNSET
    """ 事件通知appid — AppID under which notifications give the user's OpenID; without it the
    OpenID and UnionID are empty.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_appid = self.notify_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_appid is not UNSET:
            field_dict["notify_appid"] = notify_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notify_appid = d.pop("notify_appid", UNSET)

        busifavor_notify_config = cls(
            notify_appid=notify_appid,
        )

        busifavor_notify_config.additional_properties = d
        return busifavor_notify_config

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
