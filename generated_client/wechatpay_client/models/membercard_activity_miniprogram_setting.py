# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_award_jump_deploy import MembercardActivityAwardJumpDeploy


T = TypeVar("T", bound="MembercardActivityMiniprogramSetting")


@_attrs_define
class MembercardActivityMiniprogramSetting:
    """支付前会员活动设置 — settings of a before-payment activity."""

    outer_str: list[str] | Unset = UNSET
    """ 指定领取渠道 — channel strings through which the gift can be claimed. """
    award_jump_deploy: MembercardActivityAwardJumpDeploy | Unset = UNSET
    """ 领奖页面跳转配置 — where the button on the gift page leads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outer_str: list[str] | Unset = UNSET
        if not isinstance(self.outer_str, Unset):
            outer_str = self.outer_str

        award_jump_deploy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.award_jump_deploy, Unset):
            award_jump_deploy = self.award_jump_deploy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outer_str is not UNSET:
            field_dict["outer_str"] = outer_str
        if award_jump_deploy is not UNSET:
            field_dict["award_jump_deploy"] = award_jump_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_award_jump_deploy import MembercardActivityAwardJumpDeploy

        d = dict(src_dict)
        outer_str = cast(list[str], d.pop("outer_str", UNSET))

        _award_jump_deploy = d.pop("award_jump_deploy", UNSET)
        award_jump_deploy: MembercardActivityAwardJumpDeploy | Unset
        if isinstance(_award_jump_deploy, Unset):
            award_jump_deploy = UNSET
        else:
            award_jump_deploy = MembercardActivityAwardJumpDeploy.from_dict(_award_jump_deploy)

        membercard_activity_miniprogram_setting = cls(
            outer_str=outer_str,
            award_jump_deploy=award_jump_deploy,
        )

        membercard_activity_miniprogram_setting.additional_properties = d
        return membercard_activity_miniprogram_setting

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
