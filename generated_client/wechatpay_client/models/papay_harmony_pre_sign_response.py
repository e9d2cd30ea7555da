# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayHarmonyPreSignResponse")


@_attrs_define
class PapayHarmonyPreSignResponse:
    """代扣预签约应答 (鸿蒙/扫码) — Harmony / QR-code pre-sign response."""

    pre_entrustweb_id: str
    """ 预签约ID — pre-sign ID. """
    mini_program_username: str | Unset = UNSET
    """ 跳转签约小程序的username — username of the signing mini program (App scene). """
    mini_program_path: str | Unset = UNSET
    """ 跳转签约小程序的path — page path in the signing mini program (App scene). """
    redirect_url: str | Unset = UNSET
    """ 展示扫码签约的二维码的URL — URL to render as the signing QR code (QR-code scene). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_entrustweb_id = self.pre_entrustweb_id

        mini_program_username = self.mini_program_username

        mini_program_path = self.mini_program_path

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pre_entrustweb_id": pre_entrustweb_id,
            }
        )
        if mini_program_username is not UNSET:
            field_dict["mini_program_username"] = mini_program_username
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pre_entrustweb_id = d.pop("pre_entrustweb_id")

        mini_program_username = d.pop("mini_program_username", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        papay_harmony_pre_sign_response = cls(
            pre_entrustweb_id=pre_entrustweb_id,
            mini_program_username=mini_program_username,
            mini_program_path=mini_program_path,
            redirect_url=redirect_url,
        )

        papay_harmony_pre_sign_response.additional_properties = d
        return papay_harmony_pre_sign_response

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
