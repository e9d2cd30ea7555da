# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_user_information import MembercardUserInformation


T = TypeVar("T", bound="MembercardUserCard")


@_attrs_define
class MembercardUserCard:
    """用户会员卡 — one user's member card. No field is required (OA and IM mark none)."""

    card_id: str | Unset = UNSET
    """ 会员卡ID — the template ID. """
    code: str | Unset = UNSET
    """ 会员卡code — the user card's code. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    membership_number: str | Unset = UNSET
    """ 会员卡编号 — the membership number shown on the card (the code unless the merchant set one). """
    level: str | Unset = UNSET
    """ 用户等级 — the user's level. """
    nickname: str | Unset = UNSET
    """ 微信昵称 — the user's WeChat nickname. """
    head_image_url: str | Unset = UNSET
    """ 微信头像url — the user's avatar. """
    background_picture_url: str | Unset = UNSET
    """ 会员卡背景图 — the card's background for this user. """
    balance: int | Unset = UNSET
    """ 用户储值余额 — the user's stored-value balance (integer; the unit is not stated by the sources). """
    user_card_status: str | Unset = UNSET
    """ 用户会员卡状态 — `NOT_ACTIVATE`, `EFFECTIVE`, `EXPIRE`, `UNAVAILABLE` or `DELETE`
    (open set).
     """
    user_information: MembercardUserInformation | Unset = UNSET
    """ 用户开卡时填写的个人信息 — what the user entered on the sign-up form (personal data). """
    bonus_value: int | Unset = UNSET
    """ 用户当前积分 — the user's current points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        code = self.code

        openid = self.openid

        membership_number = self.membership_number

        level = self.level

        nickname = self.nickname

        head_image_url = self.head_image_url

        background_picture_url = self.background_picture_url

        balance = self.balance

        user_card_status = self.user_card_status

        user_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_information, Unset):
            user_information = self.user_information.to_dict()

        bonus_value = self.bonus_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if code is not UNSET:
            field_dict["code"] = code
        if openid is not UNSET:
            field_dict["openid"] = openid
        if membership_number is not UNSET:
            field_dict["membership_number"] = membership_number
        if level is not UNSET:
            field_dict["level"] = level
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if head_image_url is not UNSET:
            field_dict["head_image_url"] = head_image_url
        if background_picture_url is not UNSET:
            field_dict["background_picture_url"] = background_picture_url
        if balance is not UNSET:
            field_dict["balance"] = balance
        if user_card_status is not UNSET:
            field_dict["user_card_status"] = user_card_status
        if user_information is not UNSET:
            field_dict["user_information"] = user_information
        if bonus_value is not UNSET:
            field_dict["bonus_value"] = bonus_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_user_information import MembercardUserInformation

        d = dict(src_dict)
        card_id = d.pop("card_id", UNSET)

        code = d.pop("code", UNSET)

        openid = d.pop("openid", UNSET)

        membership_number = d.pop("membership_number", UNSET)

        level = d.pop("level", UNSET)

        nickname = d.pop("nickname", UNSET)

        head_image_url = d.pop("head_image_url", UNSET)

        background_picture_url = d.pop("background_picture_url", UNSET)

        balance = d.pop("balance", UNSET)

        user_card_status = d.pop("user_card_status", UNSET)

        _user_information = d.pop("user_information", UNSET)
        user_information: MembercardUserInformation | Unset
        if isinstance(_user_information, Unset):
            user_information = UNSET
        else:
            user_information = MembercardUserInformation.from_dict(_user_information)

        bonus_value = d.pop("bonus_value", UNSET)

        membercard_user_card = cls(
            card_id=card_id,
            code=code,
            openid=openid,
            membership_number=membership_number,
            level=level,
            nickname=nickname,
            head_image_url=head_image_url,
            background_picture_url=background_picture_url,
            balance=balance,
            user_card_status=user_card_status,
            user_information=user_information,
            bonus_value=bonus_value,
        )

        membercard_user_card.additional_properties = d
        return membercard_user_card

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
