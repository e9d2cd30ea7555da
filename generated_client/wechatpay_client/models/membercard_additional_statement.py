# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardAdditionalStatement")


@_attrs_define
class MembercardAdditionalStatement:
    """商户补充声明 — a supplementary statement linked from the card (request and answer)."""

    title: str | Unset = UNSET
    """ 标题 — the statement's title. """
    url: str | Unset = UNSET
    """ 跳转url — web address of the statement. """
    appid: str | Unset = UNSET
    """ 跳转小程序appid — or the AppID of a mini program showing it. """
    path: str | Unset = UNSET
    """ 跳转小程序path — page path in that mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        appid = self.appid

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if appid is not UNSET:
            field_dict["appid"] = appid
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        appid = d.pop("appid", UNSET)

        path = d.pop("path", UNSET)

        membercard_additional_statement = cls(
            title=title,
            url=url,
            appid=appid,
            path=path,
        )

        membercard_additional_statement.additional_properties = d
        return membercard_additional_statement

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
