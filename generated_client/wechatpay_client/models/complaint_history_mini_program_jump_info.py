# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintHistoryMiniProgramJumpInfo")


@_attrs_define
class ComplaintHistoryMiniProgramJumpInfo:
    """跳转小程序信息 (应答) — a mini-program page."""

    appid: str | Unset = UNSET
    """ 跳转小程序APPID — the mini program's AppID. """
    path: str | Unset = UNSET
    """ 跳转小程序页面PATH — page path. """
    text: str | Unset = UNSET
    """ 跳转小程序页面名称 — page name shown to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        path = self.path

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if path is not UNSET:
            field_dict["path"] = path
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        path = d.pop("path", UNSET)

        text = d.pop("text", UNSET)

        complaint_history_mini_program_jump_info = cls(
            appid=appid,
            path=path,
            text=text,
        )

        complaint_history_mini_program_jump_info.additional_properties = d
        return complaint_history_mini_program_jump_info

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
