# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardUsercardManageNotificationResource")


@_attrs_define
class MembercardUsercardManageNotificationResource:
    """用户管理会员卡事件 — the decrypted resource of `MEMBERCARD.USERCARD_MANAGE` (original_type
    `membercard`), sent when a user views their card (`USER_VIEW_MEMBERCARD`), deletes it
    (`USER_DELETE_MEMBERCARD`) or changes their information (`USER_MODIFY_INFORMATION`);
    open set. Unknown keys are kept.

    """

    event_type: str
    """ 事件类型 — `USER_VIEW_MEMBERCARD`, `USER_DELETE_MEMBERCARD` or
    `USER_MODIFY_INFORMATION` (open set).
     """
    card_id: str
    """ 会员卡ID — the template ID. """
    code: str | Unset = UNSET
    """ 会员卡code — the user card's code. """
    event_time: str | Unset = UNSET
    """ 事件时间 — when it happened (IM labels it 激活时间; format not documented). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    unionid: str | Unset = UNSET
    """ 用户统一标识 — the user's UnionID, when available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        card_id = self.card_id

        code = self.code

        event_time = self.event_time

        openid = self.openid

        unionid = self.unionid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "card_id": card_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = d.pop("event_type")

        card_id = d.pop("card_id")

        code = d.pop("code", UNSET)

        event_time = d.pop("event_time", UNSET)

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        membercard_usercard_manage_notification_resource = cls(
            event_type=event_type,
            card_id=card_id,
            code=code,
            event_time=event_time,
            openid=openid,
            unionid=unionid,
        )

        membercard_usercard_manage_notification_resource.additional_properties = d
        return membercard_usercard_manage_notification_resource

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
