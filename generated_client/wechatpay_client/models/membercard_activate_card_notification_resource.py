# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardActivateCardNotificationResource")


@_attrs_define
class MembercardActivateCardNotificationResource:
    """会员卡激活事件 — the decrypted resource of `MEMBERCARD.ACTIVATE_CARD` (original_type
    `membercard`), sent when a user card is activated; `event_type` is
    `MEMBER_CARD_ACTIVATE` and `activate_scene` tells a new activation (`NEW_ACTIVATE`) from
    a recovered card (`RECOVER`); open sets. Unknown keys are kept.

    """

    event_type: str
    """ 事件类型 — `MEMBER_CARD_ACTIVATE` (open set). """
    card_id: str
    """ 会员卡ID — the template ID. """
    code: str | Unset = UNSET
    """ 会员卡code — the user card's code. """
    event_time: str | Unset = UNSET
    """ 激活时间 — when the card was activated (format not documented). """
    activate_scene: str | Unset = UNSET
    """ 激活场景 — `NEW_ACTIVATE` or `RECOVER` (open set). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    unionid: str | Unset = UNSET
    """ 用户统一标识 — the user's UnionID, when available. """
    outer_str: str | Unset = UNSET
    """ 自定义场景值 — the scene value of the QR code or token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        card_id = self.card_id

        code = self.code

        event_time = self.event_time

        activate_scene = self.activate_scene

        openid = self.openid

        unionid = self.unionid

        outer_str = self.outer_str

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
        if activate_scene is not UNSET:
            field_dict["activate_scene"] = activate_scene
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid
        if outer_str is not UNSET:
            field_dict["outer_str"] = outer_str

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = d.pop("event_type")

        card_id = d.pop("card_id")

        code = d.pop("code", UNSET)

        event_time = d.pop("event_time", UNSET)

        activate_scene = d.pop("activate_scene", UNSET)

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        outer_str = d.pop("outer_str", UNSET)

        membercard_activate_card_notification_resource = cls(
            event_type=event_type,
            card_id=card_id,
            code=code,
            event_time=event_time,
            activate_scene=activate_scene,
            openid=openid,
            unionid=unionid,
            outer_str=outer_str,
        )

        membercard_activate_card_notification_resource.additional_properties = d
        return membercard_activate_card_notification_resource

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
