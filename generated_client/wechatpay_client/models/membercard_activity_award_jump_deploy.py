# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardActivityAwardJumpDeploy")


@_attrs_define
class MembercardActivityAwardJumpDeploy:
    """领奖页面跳转配置 — where the button on the gift page leads."""

    mini_program_appid: str | Unset = UNSET
    """ 小程序AppID — AppID of the target mini program. """
    mini_program_path: str | Unset = UNSET
    """ 小程序path — page path in the mini program. """
    button_text: str | Unset = UNSET
    """ 跳转按钮文案 — button text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_program_appid = self.mini_program_appid

        mini_program_path = self.mini_program_path

        button_text = self.button_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mini_program_appid is not UNSET:
            field_dict["mini_program_appid"] = mini_program_appid
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path
        if button_text is not UNSET:
            field_dict["button_text"] = button_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        button_text = d.pop("button_text", UNSET)

        membercard_activity_award_jump_deploy = cls(
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
            button_text=button_text,
        )

        membercard_activity_award_jump_deploy.additional_properties = d
        return membercard_activity_award_jump_deploy

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
