# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembercardActivityActivateMiniprogram")


@_attrs_define
class MembercardActivityActivateMiniprogram:
    """跳转激活的小程序 — the mini program page that activates the card."""

    activate_appid: str
    """ 跳转激活的appid — AppID of the mini program. """
    activate_path: str
    """ 跳转激活的path — page path in the mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate_appid = self.activate_appid

        activate_path = self.activate_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate_appid": activate_appid,
                "activate_path": activate_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activate_appid = d.pop("activate_appid")

        activate_path = d.pop("activate_path")

        membercard_activity_activate_miniprogram = cls(
            activate_appid=activate_appid,
            activate_path=activate_path,
        )

        membercard_activity_activate_miniprogram.additional_properties = d
        return membercard_activity_activate_miniprogram

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
