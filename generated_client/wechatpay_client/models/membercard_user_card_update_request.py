# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_balance_change import MembercardBalanceChange


T = TypeVar("T", bound="MembercardUserCardUpdateRequest")


@_attrs_define
class MembercardUserCardUpdateRequest:
    """修改用户会员卡信息请求 — the user-card fields to change."""

    membership_number: str | Unset = UNSET
    """ 会员卡编号 — the membership number shown (and encoded) on the card. """
    background_picture_url: str | Unset = UNSET
    """ 会员卡背景图 — a background for this user's card, from the marketing image upload. """
    level: str | Unset = UNSET
    """ 用户等级 — the user's level. """
    out_request_no: str | Unset = UNSET
    """ 商户请求单号 — the merchant's request number for this change. """
    balance_information: MembercardBalanceChange | Unset = UNSET
    """ 用户储值变更信息 — a stored-value balance change (integers, unit as the card's balance). """
    need_inform_balance: bool | Unset = UNSET
    """ 是否发送储值变更通知 — tell the user about the balance change. """
    need_inform_level: bool | Unset = UNSET
    """ 是否发送等级变更通知 — tell the user about the level change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        membership_number = self.membership_number

        background_picture_url = self.background_picture_url

        level = self.level

        out_request_no = self.out_request_no

        balance_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_information, Unset):
            balance_information = self.balance_information.to_dict()

        need_inform_balance = self.need_inform_balance

        need_inform_level = self.need_inform_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if membership_number is not UNSET:
            field_dict["membership_number"] = membership_number
        if background_picture_url is not UNSET:
            field_dict["background_picture_url"] = background_picture_url
        if level is not UNSET:
            field_dict["level"] = level
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no
        if balance_information is not UNSET:
            field_dict["balance_information"] = balance_information
        if need_inform_balance is not UNSET:
            field_dict["need_inform_balance"] = need_inform_balance
        if need_inform_level is not UNSET:
            field_dict["need_inform_level"] = need_inform_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_balance_change import MembercardBalanceChange

        d = dict(src_dict)
        membership_number = d.pop("membership_number", UNSET)

        background_picture_url = d.pop("background_picture_url", UNSET)

        level = d.pop("level", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        _balance_information = d.pop("balance_information", UNSET)
        balance_information: MembercardBalanceChange | Unset
        if isinstance(_balance_information, Unset):
            balance_information = UNSET
        else:
            balance_information = MembercardBalanceChange.from_dict(_balance_information)

        need_inform_balance = d.pop("need_inform_balance", UNSET)

        need_inform_level = d.pop("need_inform_level", UNSET)

        membercard_user_card_update_request = cls(
            membership_number=membership_number,
            background_picture_url=background_picture_url,
            level=level,
            out_request_no=out_request_no,
            balance_information=balance_information,
            need_inform_balance=need_inform_balance,
            need_inform_level=need_inform_level,
        )

        membercard_user_card_update_request.additional_properties = d
        return membercard_user_card_update_request

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
