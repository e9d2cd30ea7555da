# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CombineContractInfo")


@_attrs_define
class CombineContractInfo:
    """预签约信息 — entrusted-deduction contract to sign during a combined App payment."""

    mchid: str
    """ 签约商户号 — merchant ID that signs the contract. """
    appid: str
    """ 签约商户AppID — AppID used for the contract. """
    out_contract_code: str
    """ 签约商户协议号 — the merchant's contract code. """
    plan_id: int
    """ 委托代扣协议模板ID — entrusted-deduction plan (template) ID. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user on the contract. """
    notify_url: str
    """ 回调通知地址 — URL that receives the contract notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        out_contract_code = self.out_contract_code

        plan_id = self.plan_id

        contract_display_account = self.contract_display_account

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "out_contract_code": out_contract_code,
                "plan_id": plan_id,
                "contract_display_account": contract_display_account,
                "notify_url": notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        out_contract_code = d.pop("out_contract_code")

        plan_id = d.pop("plan_id")

        contract_display_account = d.pop("contract_display_account")

        notify_url = d.pop("notify_url")

        combine_contract_info = cls(
            mchid=mchid,
            appid=appid,
            out_contract_code=out_contract_code,
            plan_id=plan_id,
            contract_display_account=contract_display_account,
            notify_url=notify_url,
        )

        combine_contract_info.additional_properties = d
        return combine_contract_info

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
