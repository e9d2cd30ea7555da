# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payscore_delivery_jump_link_jump_link_type import (
    PayscoreDeliveryJumpLinkJumpLinkType,
    check_payscore_delivery_jump_link_jump_link_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreDeliveryJumpLink")


@_attrs_define
class PayscoreDeliveryJumpLink:
    """单详跳转链接 — order details page (request side)."""

    jump_link_type: PayscoreDeliveryJumpLinkJumpLinkType | Unset = UNSET
    """ 跳转链接类型 — `JUMP_LINK_MINI_PROGRAM` (a mini-program page). """
    appid: str | Unset = UNSET
    """ 小程序跳转AppID — AppID of the mini program. """
    path: str | Unset = UNSET
    """ 小程序跳转path — page path in the mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jump_link_type: str | Unset = UNSET
        if not isinstance(self.jump_link_type, Unset):
            jump_link_type = self.jump_link_type

        appid = self.appid

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jump_link_type is not UNSET:
            field_dict["jump_link_type"] = jump_link_type
        if appid is not UNSET:
            field_dict["appid"] = appid
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _jump_link_type = d.pop("jump_link_type", UNSET)
        jump_link_type: PayscoreDeliveryJumpLinkJumpLinkType | Unset
        if isinstance(_jump_link_type, Unset):
            jump_link_type = UNSET
        else:
            jump_link_type = check_payscore_delivery_jump_link_jump_link_type(_jump_link_type)

        appid = d.pop("appid", UNSET)

        path = d.pop("path", UNSET)

        payscore_delivery_jump_link = cls(
            jump_link_type=jump_link_type,
            appid=appid,
            path=path,
        )

        payscore_delivery_jump_link.additional_properties = d
        return payscore_delivery_jump_link

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
