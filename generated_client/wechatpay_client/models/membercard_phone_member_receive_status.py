# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_phone_member_user_card import MembercardPhoneMemberUserCard


T = TypeVar("T", bound="MembercardPhoneMemberReceiveStatus")


@_attrs_define
class MembercardPhoneMemberReceiveStatus:
    """领卡状态 — whether an imported phone number's user took the card."""

    receive_status: str
    """ 用户领取状态 — `UNSHOWED` (reminder not shown yet), `UNRECEIVED` (shown, not taken) or
    `RECEIVED` (open set).
     """
    user_card_information: MembercardPhoneMemberUserCard | Unset = UNSET
    """ 用户会员卡信息 — the card the user took. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receive_status = self.receive_status

        user_card_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_card_information, Unset):
            user_card_information = self.user_card_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receive_status": receive_status,
            }
        )
        if user_card_information is not UNSET:
            field_dict["user_card_information"] = user_card_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_phone_member_user_card import MembercardPhoneMemberUserCard

        d = dict(src_dict)
        receive_status = d.pop("receive_status")

        _user_card_information = d.pop("user_card_information", UNSET)
        user_card_information: MembercardPhoneMemberUserCard | Unset
        if isinstance(_user_card_information, Unset):
            user_card_information = UNSET
        else:
            user_card_information = MembercardPhoneMemberUserCard.from_dict(_user_card_information)

        membercard_phone_member_receive_status = cls(
            receive_status=receive_status,
            user_card_information=user_card_information,
        )

        membercard_phone_member_receive_status.additional_properties = d
        return membercard_phone_member_receive_status

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
