# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayContract")


@_attrs_define
class GlobalPapayContract:
    """签约关系 — a cross-border entrusted-deduction contract (both contract queries)."""

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    sp_mchid: str | Unset = UNSET
    """ 机构商户号 — institution merchant ID (institution mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (institution mode). """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID (institution mode). """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID (institution mode). """
    contract_id: str | Unset = UNSET
    """ 委托代扣协议ID — contract ID. """
    plan_id: int | Unset = UNSET
    """ 模板ID — plan (template) ID. """
    out_contract_code: str | Unset = UNSET
    """ 商户侧签约协议号 — merchant contract code. """
    user_display_name: str | Unset = UNSET
    """ 用户账户展示名称 — the user name shown at signing. """
    state: str | Unset = UNSET
    """ 协议状态 — contract state. Open set; `SIGNED` is the documented example (no full list
    is published).
     """
    signed_time: datetime.datetime | Unset = UNSET
    """ 协议签署时间 — signing time (RFC 3339). """
    terminated_time: datetime.datetime | Unset = UNSET
    """ 协议解约时间 — termination time (RFC 3339; the sources label it 签署时间, a copy slip). """
    termination_mode: str | Unset = UNSET
    """ 协议解约方式 — who ended it. Open set; known values `USER`, `MERCHANT`, `PLATFORM`. """
    termination_note: str | Unset = UNSET
    """ 解约备注 — termination note. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        sp_mchid = self.sp_mchid

        sub_mchid = self.sub_mchid

        sp_appid = self.sp_appid

        sub_appid = self.sub_appid

        contract_id = self.contract_id

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        user_display_name = self.user_display_name

        state = self.state

        signed_time: str | Unset = UNSET
        if not isinstance(self.signed_time, Unset):
            signed_time = self.signed_time.isoformat()

        terminated_time: str | Unset = UNSET
        if not isinstance(self.terminated_time, Unset):
            terminated_time = self.terminated_time.isoformat()

        termination_mode = self.termination_mode

        termination_note = self.termination_note

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if out_contract_code is not UNSET:
            field_dict["out_contract_code"] = out_contract_code
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if state is not UNSET:
            field_dict["state"] = state
        if signed_time is not UNSET:
            field_dict["signed_time"] = signed_time
        if terminated_time is not UNSET:
            field_dict["terminated_time"] = terminated_time
        if termination_mode is not UNSET:
            field_dict["termination_mode"] = termination_mode
        if termination_note is not UNSET:
            field_dict["termination_note"] = termination_note
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        out_contract_code = d.pop("out_contract_code", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        state = d.pop("state", UNSET)

        _signed_time = d.pop("signed_time", UNSET)
        signed_time: datetime.datetime | Unset
        if isinstance(_signed_time, Unset):
            signed_time = UNSET
        else:
            signed_time = datetime.datetime.fromisoformat(_signed_time)

        _terminated_time = d.pop("terminated_time", UNSET)
        terminated_time: datetime.datetime | Unset
        if isinstance(_terminated_time, Unset):
            terminated_time = UNSET
        else:
            terminated_time = datetime.datetime.fromisoformat(_terminated_time)

        termination_mode = d.pop("termination_mode", UNSET)

        termination_note = d.pop("termination_note", UNSET)

        openid = d.pop("openid", UNSET)

        global_papay_contract = cls(
            mchid=mchid,
            appid=appid,
            sp_mchid=sp_mchid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sub_appid=sub_appid,
            contract_id=contract_id,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            user_display_name=user_display_name,
            state=state,
            signed_time=signed_time,
            terminated_time=terminated_time,
            termination_mode=termination_mode,
            termination_note=termination_note,
            openid=openid,
        )

        global_papay_contract.additional_properties = d
        return global_papay_contract

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
