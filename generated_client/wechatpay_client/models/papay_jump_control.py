# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayJumpControl")


@_attrs_define
class PapayJumpControl:
    """跳转控制信息 — jump control (H5 pre-sign only)."""

    jump_appid: str | Unset = UNSET
    """ 跳转的应用AppID — AppID of the app to return to after signing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jump_appid = self.jump_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jump_appid is not UNSET:
            field_dict["jump_appid"] = jump_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jump_appid = d.pop("jump_appid", UNSET)

        papay_jump_control = cls(
            jump_appid=jump_appid,
        )

        papay_jump_control.additional_properties = d
        return papay_jump_control

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
