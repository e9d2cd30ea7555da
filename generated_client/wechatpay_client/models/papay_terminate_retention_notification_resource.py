# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayTerminateRetentionNotificationResource")


@_attrs_define
class PapayTerminateRetentionNotificationResource:
    """代扣解约挽留通知 — the decrypted resource of `ENTRUST.TERMINATE_RETENTION` (original_type
    `entrust`): when a user closes a contract whose plan is set up for retention, WeChat Pay
    asks the merchant for a retention offer (a coupon) to show; the offer goes in the
    merchant's answer, which must come within about one second or no offer is shown. Every
    field is optional in the published table. Unknown keys are kept.

    """

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    contract_id: str | Unset = UNSET
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    appid: str | Unset = UNSET
    """ 商户AppID — the merchant's AppID. """
    plan_id: int | Unset = UNSET
    """ 委托代扣模板ID — plan (template) ID. """
    out_contract_code: str | Unset = UNSET
    """ 商户签约协议号 — merchant contract code. """
    openid: str | Unset = UNSET
    """ 用户OpenID — the user's OpenID under `appid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        contract_id = self.contract_id

        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if appid is not UNSET:
            field_dict["appid"] = appid
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if out_contract_code is not UNSET:
            field_dict["out_contract_code"] = out_contract_code
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        appid = d.pop("appid", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        out_contract_code = d.pop("out_contract_code", UNSET)

        openid = d.pop("openid", UNSET)

        papay_terminate_retention_notification_resource = cls(
            mchid=mchid,
            contract_id=contract_id,
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            openid=openid,
        )

        papay_terminate_retention_notification_resource.additional_properties = d
        return papay_terminate_retention_notification_resource

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
