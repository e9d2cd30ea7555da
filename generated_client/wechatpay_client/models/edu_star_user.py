# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduStarUser")


@_attrs_define
class EduStarUser:
    """集星光用户信息 — a user's student status. `wechat_openid` (required by OA and IM in the
    OpenID lookup) and `qq` (required in the QQ lookup) are optional here because one schema
    serves both lookups.

    """

    education_star_student: bool
    """ 学生标识 — whether the user is a verified student. """
    appid: str
    """ 商户appid — the merchant's AppID. """
    wechat_openid: str | Unset = UNSET
    """ 用户在appid下的唯一标识 — the user's OpenID. """
    qq: str | Unset = UNSET
    """ 用户QQ账号 — the user's QQ account. """
    register_time: str | Unset = UNSET
    """ 注册时间 — when the user registered (RFC 3339 text, kept as a string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education_star_student = self.education_star_student

        appid = self.appid

        wechat_openid = self.wechat_openid

        qq = self.qq

        register_time = self.register_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "education_star_student": education_star_student,
                "appid": appid,
            }
        )
        if wechat_openid is not UNSET:
            field_dict["wechat_openid"] = wechat_openid
        if qq is not UNSET:
            field_dict["qq"] = qq
        if register_time is not UNSET:
            field_dict["register_time"] = register_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        education_star_student = d.pop("education_star_student")

        appid = d.pop("appid")

        wechat_openid = d.pop("wechat_openid", UNSET)

        qq = d.pop("qq", UNSET)

        register_time = d.pop("register_time", UNSET)

        edu_star_user = cls(
            education_star_student=education_star_student,
            appid=appid,
            wechat_openid=wechat_openid,
            qq=qq,
            register_time=register_time,
        )

        edu_star_user.additional_properties = d
        return edu_star_user

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
