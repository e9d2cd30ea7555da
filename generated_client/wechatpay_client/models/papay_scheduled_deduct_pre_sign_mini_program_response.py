# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PapayScheduledDeductPreSignMiniProgramResponse")


@_attrs_define
class PapayScheduledDeductPreSignMiniProgramResponse:
    """小程序场景预约扣费预签约应答 — mini-program pre-sign response."""

    pre_entrustweb_id: str
    """ 预签约ID — pre-sign ID; pass it in `extraData` of `wx.navigateToMiniProgram`. """
    redirect_appid: str
    """ 跳转签约小程序的AppID — AppID of the signing mini program (`appId`). """
    redirect_path: str
    """ 跳转签约小程序的路径 — page path in the signing mini program (`path`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_entrustweb_id = self.pre_entrustweb_id

        redirect_appid = self.redirect_appid

        redirect_path = self.redirect_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pre_entrustweb_id": pre_entrustweb_id,
                "redirect_appid": redirect_appid,
                "redirect_path": redirect_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pre_entrustweb_id = d.pop("pre_entrustweb_id")

        redirect_appid = d.pop("redirect_appid")

        redirect_path = d.pop("redirect_path")

        papay_scheduled_deduct_pre_sign_mini_program_response = cls(
            pre_entrustweb_id=pre_entrustweb_id,
            redirect_appid=redirect_appid,
            redirect_path=redirect_path,
        )

        papay_scheduled_deduct_pre_sign_mini_program_response.additional_properties = d
        return papay_scheduled_deduct_pre_sign_mini_program_response

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
