# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayContractNotificationResource")


@_attrs_define
class GlobalPapayContractNotificationResource:
    """跨境委托代扣签约/解约通知 — decrypted resource of the cross-border contract notifications,
    `event_type` `PAPAY.SIGN` (signed) and `PAPAY.TERMINATE` (ended, including by the user),
    sent to `success_notify_url`. The sources give no `original_type` value for these
    events; read it from the envelope. No field is marked required by any source, so none
    is required here.

    """

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    out_contract_code: str | Unset = UNSET
    """ 商户侧签约协议号 — merchant contract code (digits and letters). """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    contract_termination_mode: str | Unset = UNSET
    """ 协议解约方式 — who ended it. Open set; known values `USER`, `MERCHANT`, `PLATFORM`. """
    contract_id: str | Unset = UNSET
    """ 委托代扣协议ID — contract ID. """
    plan_id: int | Unset = UNSET
    """ 委托代扣协议模板ID — plan (template) ID (IM types it `number`; whole numbers). """
    operate_time: str | Unset = UNSET
    """ 操作时间 — time of the signing or termination (format not documented, so a plain
    string).
     """
    contract_expired_time: str | Unset = UNSET
    """ 协议到期时间 — contract expiry time (format not documented). """
    sp_mchid: str | Unset = UNSET
    """ 机构商户号 — institution merchant ID (institution mode). """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID (institution mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (institution mode). """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID (institution mode). """
    sp_openid: str | Unset = UNSET
    """ 机构用户标识 — OpenID under `sp_appid` (institution mode). """
    sub_openid: str | Unset = UNSET
    """ 子商户用户标识 — OpenID under `sub_appid` (institution mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_contract_code = self.out_contract_code

        appid = self.appid

        openid = self.openid

        contract_termination_mode = self.contract_termination_mode

        contract_id = self.contract_id

        plan_id = self.plan_id

        operate_time = self.operate_time

        contract_expired_time = self.contract_expired_time

        sp_mchid = self.sp_mchid

        sp_appid = self.sp_appid

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        sp_openid = self.sp_openid

        sub_openid = self.sub_openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if out_contract_code is not UNSET:
            field_dict["out_contract_code"] = out_contract_code
        if appid is not UNSET:
            field_dict["appid"] = appid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if contract_termination_mode is not UNSET:
            field_dict["contract_termination_mode"] = contract_termination_mode
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if operate_time is not UNSET:
            field_dict["operate_time"] = operate_time
        if contract_expired_time is not UNSET:
            field_dict["contract_expired_time"] = contract_expired_time
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sp_openid is not UNSET:
            field_dict["sp_openid"] = sp_openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        out_contract_code = d.pop("out_contract_code", UNSET)

        appid = d.pop("appid", UNSET)

        openid = d.pop("openid", UNSET)

        contract_termination_mode = d.pop("contract_termination_mode", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        operate_time = d.pop("operate_time", UNSET)

        contract_expired_time = d.pop("contract_expired_time", UNSET)

        sp_mchid = d.pop("sp_mchid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sp_openid = d.pop("sp_openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        global_papay_contract_notification_resource = cls(
            mchid=mchid,
            out_contract_code=out_contract_code,
            appid=appid,
            openid=openid,
            contract_termination_mode=contract_termination_mode,
            contract_id=contract_id,
            plan_id=plan_id,
            operate_time=operate_time,
            contract_expired_time=contract_expired_time,
            sp_mchid=sp_mchid,
            sp_appid=sp_appid,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            sp_openid=sp_openid,
            sub_openid=sub_openid,
        )

        global_papay_contract_notification_resource.additional_properties = d
        return global_papay_contract_notification_resource

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
