# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_user_information import MembercardUserInformation


T = TypeVar("T", bound="MembercardActivateInformation")


@_attrs_define
class MembercardActivateInformation:
    """用户开卡信息 — the sign-up information behind an activation ticket."""

    nickname: str | Unset = UNSET
    """ 微信昵称 — the user's WeChat nickname. """
    head_image_url: str | Unset = UNSET
    """ 微信头像url — the user's avatar. """
    user_information: MembercardUserInformation | Unset = UNSET
    """ 用户开卡时填写的个人信息 — what the user entered on the sign-up form (personal data). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        head_image_url = self.head_image_url

        user_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_information, Unset):
            user_information = self.user_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if head_image_url is not UNSET:
            field_dict["head_image_url"] = head_image_url
        if user_information is not UNSET:
            field_dict["user_information"] = user_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_user_information import MembercardUserInformation

        d = dict(src_dict)
        nickname = d.pop("nickname", UNSET)

        head_image_url = d.pop("head_image_url", UNSET)

        _user_information = d.pop("user_information", UNSET)
        user_information: MembercardUserInformation | Unset
        if isinstance(_user_information, Unset):
            user_information = UNSET
        else:
            user_information = MembercardUserInformation.from_dict(_user_information)

        membercard_activate_information = cls(
            nickname=nickname,
            head_image_url=head_image_url,
            user_information=user_information,
        )

        membercard_activate_information.additional_properties = d
        return membercard_activate_information

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
