# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_guide import MembercardGuide


T = TypeVar("T", bound="MembercardUserCardRightsUpdateRequest")


@_attrs_define
class MembercardUserCardRightsUpdateRequest:
    """设置会员权益请求 — one user's points and rights display."""

    out_request_no: str
    """ 商户请求单号 — the merchant's request number for this change. """
    before_bonus_value: int | Unset = UNSET
    """ 变更前的会员积分值 — points before the change. """
    bonus_value: int | Unset = UNSET
    """ 变更后的会员积分值 — points after the change. """
    add_bonus_value: int | Unset = UNSET
    """ 会员积分变动值 — the change (negative for spending). """
    need_inform_bonus: bool | Unset = UNSET
    """ 是否发送积分变更通知 — tell the user about the points change. """
    member_price_word: str | Unset = UNSET
    """ 会员专享价文案 — this user's member-price wording. """
    fapiao_jump_word: str | Unset = UNSET
    """ 会员发票跳转文案 — this user's fapiao link wording. """
    guide: MembercardGuide | Unset = UNSET
    """ 会员专属咨询信息 — a personal adviser shown on the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        before_bonus_value = self.before_bonus_value

        bonus_value = self.bonus_value

        add_bonus_value = self.add_bonus_value

        need_inform_bonus = self.need_inform_bonus

        member_price_word = self.member_price_word

        fapiao_jump_word = self.fapiao_jump_word

        guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guide, Unset):
            guide = self.guide.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
            }
        )
        if before_bonus_value is not UNSET:
            field_dict["before_bonus_value"] = before_bonus_value
        if bonus_value is not UNSET:
            field_dict["bonus_value"] = bonus_value
        if add_bonus_value is not UNSET:
            field_dict["add_bonus_value"] = add_bonus_value
        if need_inform_bonus is not UNSET:
            field_dict["need_inform_bonus"] = need_inform_bonus
        if member_price_word is not UNSET:
            field_dict["member_price_word"] = member_price_word
        if fapiao_jump_word is not UNSET:
            field_dict["fapiao_jump_word"] = fapiao_jump_word
        if guide is not UNSET:
            field_dict["guide"] = guide

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_guide import MembercardGuide

        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        before_bonus_value = d.pop("before_bonus_value", UNSET)

        bonus_value = d.pop("bonus_value", UNSET)

        add_bonus_value = d.pop("add_bonus_value", UNSET)

        need_inform_bonus = d.pop("need_inform_bonus", UNSET)

        member_price_word = d.pop("member_price_word", UNSET)

        fapiao_jump_word = d.pop("fapiao_jump_word", UNSET)

        _guide = d.pop("guide", UNSET)
        guide: MembercardGuide | Unset
        if isinstance(_guide, Unset):
            guide = UNSET
        else:
            guide = MembercardGuide.from_dict(_guide)

        membercard_user_card_rights_update_request = cls(
            out_request_no=out_request_no,
            before_bonus_value=before_bonus_value,
            bonus_value=bonus_value,
            add_bonus_value=add_bonus_value,
            need_inform_bonus=need_inform_bonus,
            member_price_word=member_price_word,
            fapiao_jump_word=fapiao_jump_word,
            guide=guide,
        )

        membercard_user_card_rights_update_request.additional_properties = d
        return membercard_user_card_rights_update_request

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
