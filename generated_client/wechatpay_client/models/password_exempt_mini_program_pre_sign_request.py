# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordExemptMiniProgramPreSignRequest")


@_attrs_define
class PasswordExemptMiniProgramPreSignRequest:
    """小程序场景预签约请求 — pre-sign request of the mini-program scene."""

    appid: str
    """ 商户AppID — the merchant's AppID (mini program). """
    service_id: int
    """ 免密支付服务ID — the password-exempt payment service ID. """
    out_contract_code: str
    """ 商户签约协议号 — the merchant's contract code, unique on the merchant side. """
    notify_url: str
    """ 回调通知地址 — URL that receives the signing notification. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user on the contract. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        out_contract_code = self.out_contract_code

        notify_url = self.notify_url

        contract_display_account = self.contract_display_account

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "out_contract_code": out_contract_code,
                "notify_url": notify_url,
                "contract_display_account": contract_display_account,
                "openid": openid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        out_contract_code = d.pop("out_contract_code")

        notify_url = d.pop("notify_url")

        contract_display_account = d.pop("contract_display_account")

        openid = d.pop("openid")

        password_exempt_mini_program_pre_sign_request = cls(
            appid=appid,
            service_id=service_id,
            out_contract_code=out_contract_code,
            notify_url=notify_url,
            contract_display_account=contract_display_account,
            openid=openid,
        )

        password_exempt_mini_program_pre_sign_request.additional_properties = d
        return password_exempt_mini_program_pre_sign_request

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
