# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardAcceptCardNotificationResource")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class MembercardAcceptCardNotificationResource:
    """会员卡领卡事件 — the decrypted resource of `MEMBERCARD.ACCEPT_CARD` (original_type
    `membercard`), sent to the address set with `set_membercard_callback` when a user takes
    a card. Its own `event_type` tells how: `NEW_ACTIVATE`, `RECOVER` or
    `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER` (after `import_membercard_phone_member`); open set.
    Unknown keys are kept.

    """

    event_type: str
    """ 事件类型 — `NEW_ACTIVATE`, `RECOVER` or `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER` (open set). """
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
    phone_number: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 加密手机号 — the user's phone number, encrypted by WeChat Pay with the merchant API
    certificate's public key (RSA-OAEP, Base64). The callback handler does not decrypt
    it; use `WeChatPayAuth.decrypt_sensitive(ciphertext)`.
     """
    outer_str: str | Unset = UNSET
    """ 自定义场景值 — the scene value of the QR code, token or import. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        card_id = self.card_id

        code = self.code

        event_time = self.event_time

        openid = self.openid

        unionid = self.unionid

        phone_number = self.phone_number

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
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
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

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        outer_str = d.pop("outer_str", UNSET)

        membercard_accept_card_notification_resource = cls(
            event_type=event_type,
            card_id=card_id,
            code=code,
            event_time=event_time,
            openid=openid,
            unionid=unionid,
            phone_number=phone_number,
            outer_str=outer_str,
        )

        membercard_accept_card_notification_resource.additional_properties = d
        return membercard_accept_card_notification_resource

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
