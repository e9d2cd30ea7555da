# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membercard_jump_miniprogram import MembercardJumpMiniprogram


T = TypeVar("T", bound="MembercardServiceModule")


@_attrs_define
class MembercardServiceModule:
    """会员卡服务项 — a service module on a card template."""

    card_id: str
    """ 会员卡ID — the template ID. """
    service_module_id: str
    """ 会员服务项ID — the service module. """
    jump_miniprogram: MembercardJumpMiniprogram
    """ 跳转小程序 — a mini-program page (request and answer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        service_module_id = self.service_module_id

        jump_miniprogram = self.jump_miniprogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "service_module_id": service_module_id,
                "jump_miniprogram": jump_miniprogram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_jump_miniprogram import MembercardJumpMiniprogram

        d = dict(src_dict)
        card_id = d.pop("card_id")

        service_module_id = d.pop("service_module_id")

        jump_miniprogram = MembercardJumpMiniprogram.from_dict(d.pop("jump_miniprogram"))

        membercard_service_module = cls(
            card_id=card_id,
            service_module_id=service_module_id,
            jump_miniprogram=jump_miniprogram,
        )

        membercard_service_module.additional_properties = d
        return membercard_service_module

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
