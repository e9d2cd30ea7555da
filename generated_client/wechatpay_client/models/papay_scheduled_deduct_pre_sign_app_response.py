# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayScheduledDeductPreSignAppResponse")


@_attrs_define
class PapayScheduledDeductPreSignAppResponse:
    """App场景预约扣费预签约应答 — App pre-sign response."""

    pre_entrustweb_id: str
    """ 预签约ID — pre-sign ID, passed to the WeChat OpenSDK. """
    miniprogram_username: str | Unset = UNSET
    """ 跳转签约小程序的username — username of the signing mini program. """
    miniprogram_path: str | Unset = UNSET
    """ 跳转签约小程序的path — page path in the signing mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_entrustweb_id = self.pre_entrustweb_id

        miniprogram_username = self.miniprogram_username

        miniprogram_path = self.miniprogram_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pre_entrustweb_id": pre_entrustweb_id,
            }
        )
        if miniprogram_username is not UNSET:
            field_dict["miniprogram_username"] = miniprogram_username
        if miniprogram_path is not UNSET:
            field_dict["miniprogram_path"] = miniprogram_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pre_entrustweb_id = d.pop("pre_entrustweb_id")

        miniprogram_username = d.pop("miniprogram_username", UNSET)

        miniprogram_path = d.pop("miniprogram_path", UNSET)

        papay_scheduled_deduct_pre_sign_app_response = cls(
            pre_entrustweb_id=pre_entrustweb_id,
            miniprogram_username=miniprogram_username,
            miniprogram_path=miniprogram_path,
        )

        papay_scheduled_deduct_pre_sign_app_response.additional_properties = d
        return papay_scheduled_deduct_pre_sign_app_response

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
