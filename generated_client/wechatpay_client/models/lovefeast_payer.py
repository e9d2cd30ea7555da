# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LovefeastPayer")


@_attrs_define
class LovefeastPayer:
    """支付者 — the donor."""

    openid: str | Unset = UNSET
    """ 用户标识 — the donor's OpenID. """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — the donor's OpenID under the sub-merchant AppID. """
    avatar: str | Unset = UNSET
    """ 用户头像URL — avatar URL the donor authorised in the charity-meal mini program. """
    nickname: str | Unset = UNSET
    """ 用户昵称 — nickname the donor authorised in the charity-meal mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        sub_openid = self.sub_openid

        avatar = self.avatar

        nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        avatar = d.pop("avatar", UNSET)

        nickname = d.pop("nickname", UNSET)

        lovefeast_payer = cls(
            openid=openid,
            sub_openid=sub_openid,
            avatar=avatar,
            nickname=nickname,
        )

        lovefeast_payer.additional_properties = d
        return lovefeast_payer

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
