# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayAppPreSignRequest")


@_attrs_define
class GlobalPapayAppPreSignRequest:
    """APP签约请求 — App pre-sign request."""

    appid: str
    """ 应用ID — AppID bound to the merchant ID (direct mode). """
    plan_id: int
    """ 模板ID — the entrusted-deduction plan (template) ID WeChat Pay assigned. """
    out_contract_code: str
    """ 商户侧签约协议号 — the merchant's contract code, unique on the merchant side. """
    success_notify_url: str
    """ 签约成功通知url — HTTPS address for the `PAPAY.SIGN` notification. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only. """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID; institution mode only. """
    sp_mchid: str | Unset = UNSET
    """ 机构商户号 — institution merchant ID; institution mode only. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; institution mode only. """
    user_display_name: str | Unset = UNSET
    """ 用户账户展示名称 — the user's name shown on the signing page; no emoji (characters
    beyond three UTF-8 bytes are refused), so a WeChat nickname will not do.
     """
    expired_time: datetime.datetime | Unset = UNSET
    """ 过期时间 — when the signing session expires (RFC 3339). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    user_client_ip: str | Unset = UNSET
    """ 用户客户端IP — the user's client IP address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        success_notify_url = self.success_notify_url

        sub_mchid = self.sub_mchid

        sp_appid = self.sp_appid

        sp_mchid = self.sp_mchid

        sub_appid = self.sub_appid

        user_display_name = self.user_display_name

        expired_time: str | Unset = UNSET
        if not isinstance(self.expired_time, Unset):
            expired_time = self.expired_time.isoformat()

        openid = self.openid

        user_client_ip = self.user_client_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "success_notify_url": success_notify_url,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if expired_time is not UNSET:
            field_dict["expired_time"] = expired_time
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_client_ip is not UNSET:
            field_dict["user_client_ip"] = user_client_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        success_notify_url = d.pop("success_notify_url")

        sub_mchid = d.pop("sub_mchid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        _expired_time = d.pop("expired_time", UNSET)
        expired_time: datetime.datetime | Unset
        if isinstance(_expired_time, Unset):
            expired_time = UNSET
        else:
            expired_time = datetime.datetime.fromisoformat(_expired_time)

        openid = d.pop("openid", UNSET)

        user_client_ip = d.pop("user_client_ip", UNSET)

        global_papay_app_pre_sign_request = cls(
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            success_notify_url=success_notify_url,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sp_mchid=sp_mchid,
            sub_appid=sub_appid,
            user_display_name=user_display_name,
            expired_time=expired_time,
            openid=openid,
            user_client_ip=user_client_ip,
        )

        global_papay_app_pre_sign_request.additional_properties = d
        return global_papay_app_pre_sign_request

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
