# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_bonus_rights import MembercardBonusRights
    from ..models.membercard_fapiao_rights import MembercardFapiaoRights
    from ..models.membercard_favor_rights import MembercardFavorRights
    from ..models.membercard_guide import MembercardGuide


T = TypeVar("T", bound="MembercardCardRightsUpdateRequest")


@_attrs_define
class MembercardCardRightsUpdateRequest:
    """设置会员卡模板权益项请求 — the rights modules a template shows."""

    show_bonus: bool
    """ 是否展示会员积分 — show the points module. """
    show_favor: bool
    """ 是否展示会员优惠 — show the member-offers module. """
    bonus: MembercardBonusRights | Unset = UNSET
    """ 会员积分 — the points module. """
    favor: MembercardFavorRights | Unset = UNSET
    """ 会员优惠 — the member-offers module. """
    show_fapiao: bool | Unset = UNSET
    """ 是否展示会员发票 — show the fapiao module. """
    fapiao: MembercardFapiaoRights | Unset = UNSET
    """ 会员发票 — the fapiao module. """
    show_guide: bool | Unset = UNSET
    """ 是否展示会员专属咨询 — show the personal-adviser module. """
    guide: MembercardGuide | Unset = UNSET
    """ 会员专属咨询信息 — a personal adviser shown on the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_bonus = self.show_bonus

        show_favor = self.show_favor

        bonus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bonus, Unset):
            bonus = self.bonus.to_dict()

        favor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.favor, Unset):
            favor = self.favor.to_dict()

        show_fapiao = self.show_fapiao

        fapiao: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fapiao, Unset):
            fapiao = self.fapiao.to_dict()

        show_guide = self.show_guide

        guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guide, Unset):
            guide = self.guide.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "show_bonus": show_bonus,
                "show_favor": show_favor,
            }
        )
        if bonus is not UNSET:
            field_dict["bonus"] = bonus
        if favor is not UNSET:
            field_dict["favor"] = favor
        if show_fapiao is not UNSET:
            field_dict["show_fapiao"] = show_fapiao
        if fapiao is not UNSET:
            field_dict["fapiao"] = fapiao
        if show_guide is not UNSET:
            field_dict["show_guide"] = show_guide
        if guide is not UNSET:
            field_dict["guide"] = guide

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_bonus_rights import MembercardBonusRights
        from ..models.membercard_fapiao_rights import MembercardFapiaoRights
        from ..models.membercard_favor_rights import MembercardFavorRights
        from ..models.membercard_guide import MembercardGuide

        d = dict(src_dict)
        show_bonus = d.pop("show_bonus")

        show_favor = d.pop("show_favor")

        _bonus = d.pop("bonus", UNSET)
        bonus: MembercardBonusRights | Unset
        if isinstance(_bonus, Unset):
            bonus = UNSET
        else:
            bonus = MembercardBonusRights.from_dict(_bonus)

        _favor = d.pop("favor", UNSET)
        favor: MembercardFavorRights | Unset
        if isinstance(_favor, Unset):
            favor = UNSET
        else:
            favor = MembercardFavorRights.from_dict(_favor)

        show_fapiao = d.pop("show_fapiao", UNSET)

        _fapiao = d.pop("fapiao", UNSET)
        fapiao: MembercardFapiaoRights | Unset
        if isinstance(_fapiao, Unset):
            fapiao = UNSET
        else:
            fapiao = MembercardFapiaoRights.from_dict(_fapiao)

        show_guide = d.pop("show_guide", UNSET)

        _guide = d.pop("guide", UNSET)
        guide: MembercardGuide | Unset
        if isinstance(_guide, Unset):
            guide = UNSET
        else:
            guide = MembercardGuide.from_dict(_guide)

        membercard_card_rights_update_request = cls(
            show_bonus=show_bonus,
            show_favor=show_favor,
            bonus=bonus,
            favor=favor,
            show_fapiao=show_fapiao,
            fapiao=fapiao,
            show_guide=show_guide,
            guide=guide,
        )

        membercard_card_rights_update_request.additional_properties = d
        return membercard_card_rights_update_request

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
