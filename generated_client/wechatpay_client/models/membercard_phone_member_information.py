# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardPhoneMemberInformation")


@_attrs_define
class MembercardPhoneMemberInformation:
    """会员信息 — the member as registered with the merchant."""

    card_id: str
    """ 会员卡ID — the template the user is reminded to take. """
    registration_time: datetime.datetime
    """ 会员注册时间 — when the member registered with the merchant (RFC 3339). """
    code: str | Unset = UNSET
    """ 会员卡code — the code to give the card. """
    membership_number: str | Unset = UNSET
    """ 会员卡编号 — the member's number at the merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        registration_time = self.registration_time.isoformat()

        code = self.code

        membership_number = self.membership_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "registration_time": registration_time,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if membership_number is not UNSET:
            field_dict["membership_number"] = membership_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        card_id = d.pop("card_id")

        registration_time = datetime.datetime.fromisoformat(d.pop("registration_time"))

        code = d.pop("code", UNSET)

        membership_number = d.pop("membership_number", UNSET)

        membercard_phone_member_information = cls(
            card_id=card_id,
            registration_time=registration_time,
            code=code,
            membership_number=membership_number,
        )

        membercard_phone_member_information.additional_properties = d
        return membercard_phone_member_information

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
