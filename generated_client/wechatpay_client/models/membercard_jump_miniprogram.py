# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembercardJumpMiniprogram")


@_attrs_define
class MembercardJumpMiniprogram:
    """跳转小程序 — a mini-program page (request and answer)."""

    appid: str
    """ 小程序appid — the mini program's AppID. """
    path: str
    """ 小程序path — the page path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        path = d.pop("path")

        membercard_jump_miniprogram = cls(
            appid=appid,
            path=path,
        )

        membercard_jump_miniprogram.additional_properties = d
        return membercard_jump_miniprogram

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
