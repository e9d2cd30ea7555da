# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplaintMiniProgramJumpInfo")


@_attrs_define
class ComplaintMiniProgramJumpInfo:
    """跳转小程序信息 — a mini-program page attached to a reply."""

    appid: str
    """ 跳转小程序APPID — the mini program's AppID. """
    path: str
    """ 跳转小程序页面PATH — page path. """
    text: str
    """ 跳转小程序页面名称 — page name shown to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        path = self.path

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "path": path,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        path = d.pop("path")

        text = d.pop("text")

        complaint_mini_program_jump_info = cls(
            appid=appid,
            path=path,
            text=text,
        )

        complaint_mini_program_jump_info.additional_properties = d
        return complaint_mini_program_jump_info

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
