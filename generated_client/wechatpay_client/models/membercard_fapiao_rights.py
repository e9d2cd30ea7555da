# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardFapiaoRights")


@_attrs_define
class MembercardFapiaoRights:
    """会员发票 — the fapiao module."""

    fapiao_jump_word: str | Unset = UNSET
    """ 发票跳转文案 — label of the fapiao link. """
    fapiao_jump_appid: str | Unset = UNSET
    """ 发票跳转AppID — mini program of the fapiao link. """
    fapiao_jump_path: str | Unset = UNSET
    """ 发票跳转path — its page path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_jump_word = self.fapiao_jump_word

        fapiao_jump_appid = self.fapiao_jump_appid

        fapiao_jump_path = self.fapiao_jump_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fapiao_jump_word is not UNSET:
            field_dict["fapiao_jump_word"] = fapiao_jump_word
        if fapiao_jump_appid is not UNSET:
            field_dict["fapiao_jump_appid"] = fapiao_jump_appid
        if fapiao_jump_path is not UNSET:
            field_dict["fapiao_jump_path"] = fapiao_jump_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_jump_word = d.pop("fapiao_jump_word", UNSET)

        fapiao_jump_appid = d.pop("fapiao_jump_appid", UNSET)

        fapiao_jump_path = d.pop("fapiao_jump_path", UNSET)

        membercard_fapiao_rights = cls(
            fapiao_jump_word=fapiao_jump_word,
            fapiao_jump_appid=fapiao_jump_appid,
            fapiao_jump_path=fapiao_jump_path,
        )

        membercard_fapiao_rights.additional_properties = d
        return membercard_fapiao_rights

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
