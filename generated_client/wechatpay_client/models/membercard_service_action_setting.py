# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membercard_jump_miniprogram import MembercardJumpMiniprogram


T = TypeVar("T", bound="MembercardServiceActionSetting")


@_attrs_define
class MembercardServiceActionSetting:
    """操作设置 — an action button."""

    action_name: str
    """ 操作名称 — the button's label. """
    jump_miniprogram: MembercardJumpMiniprogram
    """ 跳转小程序 — a mini-program page (request and answer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name = self.action_name

        jump_miniprogram = self.jump_miniprogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "jump_miniprogram": jump_miniprogram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_jump_miniprogram import MembercardJumpMiniprogram

        d = dict(src_dict)
        action_name = d.pop("action_name")

        jump_miniprogram = MembercardJumpMiniprogram.from_dict(d.pop("jump_miniprogram"))

        membercard_service_action_setting = cls(
            action_name=action_name,
            jump_miniprogram=jump_miniprogram,
        )

        membercard_service_action_setting.additional_properties = d
        return membercard_service_action_setting

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
