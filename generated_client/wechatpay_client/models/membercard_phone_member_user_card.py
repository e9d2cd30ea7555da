# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardPhoneMemberUserCard")


@_attrs_define
class MembercardPhoneMemberUserCard:
    """用户会员卡信息 — the card the user took."""

    code: str
    """ 会员卡code — the user card's code. """
    openid: str
    """ 用户标识 — the user's OpenID. """
    receive_time: datetime.datetime
    """ 会员卡领取时间 — when the user took the card (RFC 3339). """
    card_appid: str
    """ 品牌appid — the card's AppID. """
    card_id: str
    """ 会员卡ID — the template ID. """
    unionid: str | Unset = UNSET
    """ 用户统一标识 — the user's UnionID, when available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        openid = self.openid

        receive_time = self.receive_time.isoformat()

        card_appid = self.card_appid

        card_id = self.card_id

        unionid = self.unionid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "openid": openid,
                "receive_time": receive_time,
                "card_appid": card_appid,
                "card_id": card_id,
            }
        )
        if unionid is not UNSET:
            field_dict["unionid"] = unionid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        openid = d.pop("openid")

        receive_time = datetime.datetime.fromisoformat(d.pop("receive_time"))

        card_appid = d.pop("card_appid")

        card_id = d.pop("card_id")

        unionid = d.pop("unionid", UNSET)

        membercard_phone_member_user_card = cls(
            code=code,
            openid=openid,
            receive_time=receive_time,
            card_appid=card_appid,
            card_id=card_id,
            unionid=unionid,
        )

        membercard_phone_member_user_card.additional_properties = d
        return membercard_phone_member_user_card

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
