# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayTerminateInquiryNotificationResource")


@_attrs_define
class PapayTerminateInquiryNotificationResource:
    """代扣解约问询通知 — the decrypted resource of `ENTRUST.TERMINATE_INQUIRY`: when a user
    starts to terminate a HarmonyOS-signed contract, WeChat Pay asks the merchant whether
    the contract may be terminated. The published table gives no original_type value. Only
    the plan and the merchant contract code are required here, although the table also marks
    `mchid`, `appid` and `out_user_code` required; it also lists `code` and `messsage`
    (sic), which read like answer fields and are not modelled. Unknown keys are kept.

    """

    plan_id: int
    """ 委托代扣模板ID — plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ 商户AppID — the merchant's AppID. """
    openid: str | Unset = UNSET
    """ 用户OpenID — the user's OpenID under `appid`. """
    out_user_code: str | Unset = UNSET
    """ 商户侧用户标识 — the merchant's own user identifier. """
    contract_id: str | Unset = UNSET
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    contract_display_account: str | Unset = UNSET
    """ 用户账户展示名称 — account name shown to the user, as passed at signing. """
    contract_state: str | Unset = UNSET
    """ 委托代扣协议状态 — contract state. Open set; known values: `SIGNED`, `TERMINATED`.
     """
    contract_signed_time: datetime.datetime | Unset = UNSET
    """ 协议签署时间 — signing time (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        mchid = self.mchid

        appid = self.appid

        openid = self.openid

        out_user_code = self.out_user_code

        contract_id = self.contract_id

        contract_display_account = self.contract_display_account

        contract_state = self.contract_state

        contract_signed_time: str | Unset = UNSET
        if not isinstance(self.contract_signed_time, Unset):
            contract_signed_time = self.contract_signed_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if out_user_code is not UNSET:
            field_dict["out_user_code"] = out_user_code
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if contract_display_account is not UNSET:
            field_dict["contract_display_account"] = contract_display_account
        if contract_state is not UNSET:
            field_dict["contract_state"] = contract_state
        if contract_signed_time is not UNSET:
            field_dict["contract_signed_time"] = contract_signed_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        openid = d.pop("openid", UNSET)

        out_user_code = d.pop("out_user_code", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        contract_display_account = d.pop("contract_display_account", UNSET)

        contract_state = d.pop("contract_state", UNSET)

        _contract_signed_time = d.pop("contract_signed_time", UNSET)
        contract_signed_time: datetime.datetime | Unset
        if isinstance(_contract_signed_time, Unset):
            contract_signed_time = UNSET
        else:
            contract_signed_time = datetime.datetime.fromisoformat(_contract_signed_time)

        papay_terminate_inquiry_notification_resource = cls(
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            mchid=mchid,
            appid=appid,
            openid=openid,
            out_user_code=out_user_code,
            contract_id=contract_id,
            contract_display_account=contract_display_account,
            contract_state=contract_state,
            contract_signed_time=contract_signed_time,
        )

        papay_terminate_inquiry_notification_resource.additional_properties = d
        return papay_terminate_inquiry_notification_resource

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
