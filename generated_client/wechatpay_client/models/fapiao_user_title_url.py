# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoUserTitleUrl")


@_attrs_define
class FapiaoUserTitleUrl:
    """抬头填写链接 — where the buyer fills in the title."""

    title_url: str | Unset = UNSET
    """ 抬头填写链接 — H5 link (for `source = WEB`). """
    miniprogram_appid: str | Unset = UNSET
    """ 抬头填写小程序AppID — AppID of the title mini-program (for `MINIPROGRAM`). """
    miniprogram_path: str | Unset = UNSET
    """ 抬头填写小程序页面路径 — page path in that mini-program. """
    miniprogram_user_name: str | Unset = UNSET
    """ 抬头填写小程序的用户名 — user name of that mini-program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title_url = self.title_url

        miniprogram_appid = self.miniprogram_appid

        miniprogram_path = self.miniprogram_path

        miniprogram_user_name = self.miniprogram_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title_url is not UNSET:
            field_dict["title_url"] = title_url
        if miniprogram_appid is not UNSET:
            field_dict["miniprogram_appid"] = miniprogram_appid
        if miniprogram_path is not UNSET:
            field_dict["miniprogram_path"] = miniprogram_path
        if miniprogram_user_name is not UNSET:
            field_dict["miniprogram_user_name"] = miniprogram_user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title_url = d.pop("title_url", UNSET)

        miniprogram_appid = d.pop("miniprogram_appid", UNSET)

        miniprogram_path = d.pop("miniprogram_path", UNSET)

        miniprogram_user_name = d.pop("miniprogram_user_name", UNSET)

        fapiao_user_title_url = cls(
            title_url=title_url,
            miniprogram_appid=miniprogram_appid,
            miniprogram_path=miniprogram_path,
            miniprogram_user_name=miniprogram_user_name,
        )

        fapiao_user_title_url.additional_properties = d
        return fapiao_user_title_url

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
