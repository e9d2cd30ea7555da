# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayWithContractAppContractInfo")


@_attrs_define
class PayWithContractAppContractInfo:
    """签约信息 — the contract to sign during an App payment."""

    plan_id: str
    """ 模板ID — the entrusted-deduction plan (template) ID (a string here). """
    contract_mchid: str
    """ 签约商户号 — merchant ID that signs the contract. """
    contract_appid: str
    """ 签约AppID — AppID used for the contract. """
    contract_code: str
    """ 签约协议号 — the merchant's contract code. """
    request_serial: str
    """ 请求序列号 — the merchant's request serial for the signing. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user. """
    contract_notify_url: str | Unset = UNSET
    """ 签约信息通知URL — URL that receives the contract outcome. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        contract_mchid = self.contract_mchid

        contract_appid = self.contract_appid

        contract_code = self.contract_code

        request_serial = self.request_serial

        contract_display_account = self.contract_display_account

        contract_notify_url = self.contract_notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "contract_mchid": contract_mchid,
                "contract_appid": contract_appid,
                "contract_code": contract_code,
                "request_serial": request_serial,
                "contract_display_account": contract_display_account,
            }
        )
        if contract_notify_url is not UNSET:
            field_dict["contract_notify_url"] = contract_notify_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        contract_mchid = d.pop("contract_mchid")

        contract_appid = d.pop("contract_appid")

        contract_code = d.pop("contract_code")

        request_serial = d.pop("request_serial")

        contract_display_account = d.pop("contract_display_account")

        contract_notify_url = d.pop("contract_notify_url", UNSET)

        pay_with_contract_app_contract_info = cls(
            plan_id=plan_id,
            contract_mchid=contract_mchid,
            contract_appid=contract_appid,
            contract_code=contract_code,
            request_serial=request_serial,
            contract_display_account=contract_display_account,
            contract_notify_url=contract_notify_url,
        )

        pay_with_contract_app_contract_info.additional_properties = d
        return pay_with_contract_app_contract_info

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
