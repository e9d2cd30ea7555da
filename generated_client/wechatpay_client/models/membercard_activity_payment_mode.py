# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardActivityPaymentMode")


@_attrs_define
class MembercardActivityPaymentMode:
    """支付模式 — payment scenes that show the activity."""

    payment_scene_list: list[str] | Unset = UNSET
    """ 支付场景列表 — payment scenes (example `APP`); no closed list is published. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_scene_list: list[str] | Unset = UNSET
        if not isinstance(self.payment_scene_list, Unset):
            payment_scene_list = self.payment_scene_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_scene_list is not UNSET:
            field_dict["payment_scene_list"] = payment_scene_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_scene_list = cast(list[str], d.pop("payment_scene_list", UNSET))

        membercard_activity_payment_mode = cls(
            payment_scene_list=payment_scene_list,
        )

        membercard_activity_payment_mode.additional_properties = d
        return membercard_activity_payment_mode

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
