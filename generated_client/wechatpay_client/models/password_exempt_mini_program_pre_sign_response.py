# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordExemptMiniProgramPreSignResponse")


@_attrs_define
class PasswordExemptMiniProgramPreSignResponse:
    """小程序场景预签约应答 — pre-sign ID and the signing mini program to open."""

    pre_entrustweb_id: str
    """ 预签约ID — pre-sign ID, passed to the signing mini program. """
    mchid: str
    """ 商户号 — merchant ID. """
    service_id: int
    """ 免密支付服务ID — the service ID. """
    out_contract_code: str
    """ 商户签约协议号 — the merchant's contract code. """
    sign_mp_appid: str
    """ 跳转签约的小程序AppID — AppID of the signing mini program. """
    sign_mp_path: str
    """ 跳转签约的小程序路径 — path to open in the signing mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_entrustweb_id = self.pre_entrustweb_id

        mchid = self.mchid

        service_id = self.service_id

        out_contract_code = self.out_contract_code

        sign_mp_appid = self.sign_mp_appid

        sign_mp_path = self.sign_mp_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pre_entrustweb_id": pre_entrustweb_id,
                "mchid": mchid,
                "service_id": service_id,
                "out_contract_code": out_contract_code,
                "sign_mp_appid": sign_mp_appid,
                "sign_mp_path": sign_mp_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pre_entrustweb_id = d.pop("pre_entrustweb_id")

        mchid = d.pop("mchid")

        service_id = d.pop("service_id")

        out_contract_code = d.pop("out_contract_code")

        sign_mp_appid = d.pop("sign_mp_appid")

        sign_mp_path = d.pop("sign_mp_path")

        password_exempt_mini_program_pre_sign_response = cls(
            pre_entrustweb_id=pre_entrustweb_id,
            mchid=mchid,
            service_id=service_id,
            out_contract_code=out_contract_code,
            sign_mp_appid=sign_mp_appid,
            sign_mp_path=sign_mp_path,
        )

        password_exempt_mini_program_pre_sign_response.additional_properties = d
        return password_exempt_mini_program_pre_sign_response

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
