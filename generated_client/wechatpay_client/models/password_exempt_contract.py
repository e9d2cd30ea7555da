# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_exempt_terminate_info import PasswordExemptTerminateInfo


T = TypeVar("T", bound="PasswordExemptContract")


@_attrs_define
class PasswordExemptContract:
    """免密支付协议 — a password-exempt payment contract. Required: the fields OA and IM both
    mark required.

    """

    mchid: str
    """ 商户号 — merchant ID. """
    contract_id: str
    """ 免密支付协议ID — contract ID assigned by WeChat Pay. """
    appid: str
    """ 商户AppID — the merchant's AppID. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    service_id: int
    """ 免密支付服务ID — the service ID. """
    out_contract_code: str
    """ 商户签约协议号 — the merchant's contract code. """
    contract_state: str
    """ 协议状态 — contract state, e.g. `SIGNED`, `TERMINATED`. Open set. """
    contract_signed_time: datetime.datetime
    """ 协议签署时间 — signing time (RFC 3339). """
    sub_appid: str | Unset = UNSET
    """ 子商户AppID — sub-merchant AppID (service-provider mode). """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — OpenID under `sub_appid` (service-provider mode). """
    contract_display_account: str | Unset = UNSET
    """ 用户账户展示名称 — account name shown to the user. """
    contract_terminate_info: PasswordExemptTerminateInfo | Unset = UNSET
    """ 协议解约信息 — how and when the contract ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        contract_id = self.contract_id

        appid = self.appid

        openid = self.openid

        service_id = self.service_id

        out_contract_code = self.out_contract_code

        contract_state = self.contract_state

        contract_signed_time = self.contract_signed_time.isoformat()

        sub_appid = self.sub_appid

        sub_openid = self.sub_openid

        contract_display_account = self.contract_display_account

        contract_terminate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_terminate_info, Unset):
            contract_terminate_info = self.contract_terminate_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "contract_id": contract_id,
                "appid": appid,
                "openid": openid,
                "service_id": service_id,
                "out_contract_code": out_contract_code,
                "contract_state": contract_state,
                "contract_signed_time": contract_signed_time,
            }
        )
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if contract_display_account is not UNSET:
            field_dict["contract_display_account"] = contract_display_account
        if contract_terminate_info is not UNSET:
            field_dict["contract_terminate_info"] = contract_terminate_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.password_exempt_terminate_info import PasswordExemptTerminateInfo

        d = dict(src_dict)
        mchid = d.pop("mchid")

        contract_id = d.pop("contract_id")

        appid = d.pop("appid")

        openid = d.pop("openid")

        service_id = d.pop("service_id")

        out_contract_code = d.pop("out_contract_code")

        contract_state = d.pop("contract_state")

        contract_signed_time = datetime.datetime.fromisoformat(d.pop("contract_signed_time"))

        sub_appid = d.pop("sub_appid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        contract_display_account = d.pop("contract_display_account", UNSET)

        _contract_terminate_info = d.pop("contract_terminate_info", UNSET)
        contract_terminate_info: PasswordExemptTerminateInfo | Unset
        if isinstance(_contract_terminate_info, Unset):
            contract_terminate_info = UNSET
        else:
            contract_terminate_info = PasswordExemptTerminateInfo.from_dict(_contract_terminate_info)

        password_exempt_contract = cls(
            mchid=mchid,
            contract_id=contract_id,
            appid=appid,
            openid=openid,
            service_id=service_id,
            out_contract_code=out_contract_code,
            contract_state=contract_state,
            contract_signed_time=contract_signed_time,
            sub_appid=sub_appid,
            sub_openid=sub_openid,
            contract_display_account=contract_display_account,
            contract_terminate_info=contract_terminate_info,
        )

        password_exempt_contract.additional_properties = d
        return password_exempt_contract

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
