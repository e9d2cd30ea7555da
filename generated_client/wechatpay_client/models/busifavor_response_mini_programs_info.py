# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseMiniProgramsInfo")


@_attrs_define
class BusifavorResponseMiniProgramsInfo:
    """小程序入口 — mini-program entrance."""

    mini_programs_appid: str | Unset = UNSET
    """ 商家小程序appid — mini program. """
    mini_programs_path: str | Unset = UNSET
    """ 商家小程序path — page. """
    entrance_words: str | Unset = UNSET
    """ 入口文案 — entrance text. """
    guiding_words: str | Unset = UNSET
    """ 引导文案 — guiding text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_programs_appid = self.mini_programs_appid

        mini_programs_path = self.mini_programs_path

        entrance_words = self.entrance_words

        guiding_words = self.guiding_words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path
        if entrance_words is not UNSET:
            field_dict["entrance_words"] = entrance_words
        if guiding_words is not UNSET:
            field_dict["guiding_words"] = guiding_words

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        entrance_words = d.pop("entrance_words", UNSET)

        guiding_words = d.pop("guiding_words", UNSET)

        busifavor_response_mini_programs_info = cls(
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
            entrance_words=entrance_words,
            guiding_words=guiding_words,
        )

        busifavor_response_mini_programs_info.additional_properties = d
        return busifavor_response_mini_programs_info

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
