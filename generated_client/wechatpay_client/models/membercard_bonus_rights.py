# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardBonusRights")


@_attrs_define
class MembercardBonusRights:
    """会员积分 — the points module."""

    init_bonus: int
    """ 会员初始积分值 — points a new member starts with. """
    bonus_value_word: str
    """ 积分值文案 — label of the points value. """
    bonus_cost_word: str
    """ 积分价值项文案 — what the points are worth. """
    bonus_cost_title: str | Unset = UNSET
    """ 积分价值项标题 — title of the points-value line. """
    bonus_jump_word: str | Unset = UNSET
    """ 积分跳转文案 — label of the points link. """
    bonus_jump_appid: str | Unset = UNSET
    """ 积分跳转appid — mini program of the points link. """
    bonus_jump_path: str | Unset = UNSET
    """ 积分跳转path — its page path. """
    bonus_support_appid: str | Unset = UNSET
    """ 自助积分跳转appid — mini program for self-service points. """
    bonus_support_path: str | Unset = UNSET
    """ 自助积分跳转path — its page path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        init_bonus = self.init_bonus

        bonus_value_word = self.bonus_value_word

        bonus_cost_word = self.bonus_cost_word

        bonus_cost_title = self.bonus_cost_title

        bonus_jump_word = self.bonus_jump_word

        bonus_jump_appid = self.bonus_jump_appid

        bonus_jump_path = self.bonus_jump_path

        bonus_support_appid = self.bonus_support_appid

        bonus_support_path = self.bonus_support_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "init_bonus": init_bonus,
                "bonus_value_word": bonus_value_word,
                "bonus_cost_word": bonus_cost_word,
            }
        )
        if bonus_cost_title is not UNSET:
            field_dict["bonus_cost_title"] = bonus_cost_title
        if bonus_jump_word is not UNSET:
            field_dict["bonus_jump_word"] = bonus_jump_word
        if bonus_jump_appid is not UNSET:
            field_dict["bonus_jump_appid"] = bonus_jump_appid
        if bonus_jump_path is not UNSET:
            field_dict["bonus_jump_path"] = bonus_jump_path
        if bonus_support_appid is not UNSET:
            field_dict["bonus_support_appid"] = bonus_support_appid
        if bonus_support_path is not UNSET:
            field_dict["bonus_support_path"] = bonus_support_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        init_bonus = d.pop("init_bonus")

        bonus_value_word = d.pop("bonus_value_word")

        bonus_cost_word = d.pop("bonus_cost_word")

        bonus_cost_title = d.pop("bonus_cost_title", UNSET)

        bonus_jump_word = d.pop("bonus_jump_word", UNSET)

        bonus_jump_appid = d.pop("bonus_jump_appid", UNSET)

        bonus_jump_path = d.pop("bonus_jump_path", UNSET)

        bonus_support_appid = d.pop("bonus_support_appid", UNSET)

        bonus_support_path = d.pop("bonus_support_path", UNSET)

        membercard_bonus_rights = cls(
            init_bonus=init_bonus,
            bonus_value_word=bonus_value_word,
            bonus_cost_word=bonus_cost_word,
            bonus_cost_title=bonus_cost_title,
            bonus_jump_word=bonus_jump_word,
            bonus_jump_appid=bonus_jump_appid,
            bonus_jump_path=bonus_jump_path,
            bonus_support_appid=bonus_support_appid,
            bonus_support_path=bonus_support_path,
        )

        membercard_bonus_rights.additional_properties = d
        return membercard_bonus_rights

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
