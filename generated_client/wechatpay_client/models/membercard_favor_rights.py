# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_favor_rights_favor_module_title import (
    MembercardFavorRightsFavorModuleTitle,
    check_membercard_favor_rights_favor_module_title,
)
from ..models.membercard_favor_rights_member_price_title import (
    MembercardFavorRightsMemberPriceTitle,
    check_membercard_favor_rights_member_price_title,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardFavorRights")


@_attrs_define
class MembercardFavorRights:
    """会员优惠 — the member-offers module."""

    show_coupon: bool
    """ 是否展示优惠券 — show the user's coupons. """
    member_price_word: str | Unset = UNSET
    """ 会员专享价文案 — member-price wording. """
    member_price_appid: str | Unset = UNSET
    """ 会员专享价跳转appid — mini program of the member-price link. """
    member_price_path: str | Unset = UNSET
    """ 会员专享价跳转path — its page path. """
    member_price_title: MembercardFavorRightsMemberPriceTitle | Unset = UNSET
    """ 会员专享价标题 — title of the member-price line (会员价 or 会员活动). """
    favor_module_title: MembercardFavorRightsFavorModuleTitle | Unset = UNSET
    """ 会员优惠栏目名称 — title of the offers module. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_coupon = self.show_coupon

        member_price_word = self.member_price_word

        member_price_appid = self.member_price_appid

        member_price_path = self.member_price_path

        member_price_title: str | Unset = UNSET
        if not isinstance(self.member_price_title, Unset):
            member_price_title = self.member_price_title

        favor_module_title: str | Unset = UNSET
        if not isinstance(self.favor_module_title, Unset):
            favor_module_title = self.favor_module_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "show_coupon": show_coupon,
            }
        )
        if member_price_word is not UNSET:
            field_dict["member_price_word"] = member_price_word
        if member_price_appid is not UNSET:
            field_dict["member_price_appid"] = member_price_appid
        if member_price_path is not UNSET:
            field_dict["member_price_path"] = member_price_path
        if member_price_title is not UNSET:
            field_dict["member_price_title"] = member_price_title
        if favor_module_title is not UNSET:
            field_dict["favor_module_title"] = favor_module_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_coupon = d.pop("show_coupon")

        member_price_word = d.pop("member_price_word", UNSET)

        member_price_appid = d.pop("member_price_appid", UNSET)

        member_price_path = d.pop("member_price_path", UNSET)

        _member_price_title = d.pop("member_price_title", UNSET)
        member_price_title: MembercardFavorRightsMemberPriceTitle | Unset
        if isinstance(_member_price_title, Unset):
            member_price_title = UNSET
        else:
            member_price_title = check_membercard_favor_rights_member_price_title(_member_price_title)

        _favor_module_title = d.pop("favor_module_title", UNSET)
        favor_module_title: MembercardFavorRightsFavorModuleTitle | Unset
        if isinstance(_favor_module_title, Unset):
            favor_module_title = UNSET
        else:
            favor_module_title = check_membercard_favor_rights_favor_module_title(_favor_module_title)

        membercard_favor_rights = cls(
            show_coupon=show_coupon,
            member_price_word=member_price_word,
            member_price_appid=member_price_appid,
            member_price_path=member_price_path,
            member_price_title=member_price_title,
            favor_module_title=favor_module_title,
        )

        membercard_favor_rights.additional_properties = d
        return membercard_favor_rights

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
