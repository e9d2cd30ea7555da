# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePermissionRiskAssessResponse")


@_attrs_define
class PayscorePermissionRiskAssessResponse:
    """商户评估用户分层应答 — the user's tier and authorisation record. The `sub_*` and
    `channel_id` keys belong to service-provider and channel modes.

    """

    service_id: str
    """ 服务ID — the Pay Score service ID. """
    appid: str
    """ 公众号ID — the AppID. """
    mchid: str
    """ 商户号 — the merchant ID. """
    authorization_state: str
    """ 授权状态 — `AVAILABLE`, `UNAVAILABLE` or `UNBINDUSER` (open set). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    authorization_code: str | Unset = UNSET
    """ 授权协议号 — the pre-authorisation agreement number, when there is one. """
    notify_url: str | Unset = UNSET
    """ 授权通知地址 — the authorisation notification URL. """
    cancel_authorization_time: datetime.datetime | Unset = UNSET
    """ 最近一次解除授权时间 — last revocation (RFC 3339). """
    authorization_success_time: datetime.datetime | Unset = UNSET
    """ 最近一次授权成功时间 — last successful authorisation (RFC 3339). """
    sub_mchid: str | Unset = UNSET
    """ 子商户商户号 — sub-merchant ID (service-provider mode). """
    sub_appid: str | Unset = UNSET
    """ 子商户的公众号ID — sub-merchant AppID (service-provider mode). """
    sub_openid: str | Unset = UNSET
    """ 子商户的用户标识 — OpenID under `sub_appid` (service-provider mode). """
    user_label: str | Unset = UNSET
    """ 用户标签 — user label (e.g. `A`). """
    channel_id: str | Unset = UNSET
    """ 渠道商商户号 — channel merchant ID (channel mode). """
    user_risk_level: int | Unset = UNSET
    """ 用户分层 — the user's risk tier (an integer level; OA/IM type it `number`). """
    risk_level_version: int | Unset = UNSET
    """ 分层版本 — version of the tiering model (OA/IM type it `number`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        mchid = self.mchid

        authorization_state = self.authorization_state

        openid = self.openid

        authorization_code = self.authorization_code

        notify_url = self.notify_url

        cancel_authorization_time: str | Unset = UNSET
        if not isinstance(self.cancel_authorization_time, Unset):
            cancel_authorization_time = self.cancel_authorization_time.isoformat()

        authorization_success_time: str | Unset = UNSET
        if not isinstance(self.authorization_success_time, Unset):
            authorization_success_time = self.authorization_success_time.isoformat()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        sub_openid = self.sub_openid

        user_label = self.user_label

        channel_id = self.channel_id

        user_risk_level = self.user_risk_level

        risk_level_version = self.risk_level_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
                "mchid": mchid,
                "authorization_state": authorization_state,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if cancel_authorization_time is not UNSET:
            field_dict["cancel_authorization_time"] = cancel_authorization_time
        if authorization_success_time is not UNSET:
            field_dict["authorization_success_time"] = authorization_success_time
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if user_label is not UNSET:
            field_dict["user_label"] = user_label
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if user_risk_level is not UNSET:
            field_dict["user_risk_level"] = user_risk_level
        if risk_level_version is not UNSET:
            field_dict["risk_level_version"] = risk_level_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        mchid = d.pop("mchid")

        authorization_state = d.pop("authorization_state")

        openid = d.pop("openid", UNSET)

        authorization_code = d.pop("authorization_code", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        _cancel_authorization_time = d.pop("cancel_authorization_time", UNSET)
        cancel_authorization_time: datetime.datetime | Unset
        if isinstance(_cancel_authorization_time, Unset):
            cancel_authorization_time = UNSET
        else:
            cancel_authorization_time = datetime.datetime.fromisoformat(_cancel_authorization_time)

        _authorization_success_time = d.pop("authorization_success_time", UNSET)
        authorization_success_time: datetime.datetime | Unset
        if isinstance(_authorization_success_time, Unset):
            authorization_success_time = UNSET
        else:
            authorization_success_time = datetime.datetime.fromisoformat(_authorization_success_time)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        user_label = d.pop("user_label", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        user_risk_level = d.pop("user_risk_level", UNSET)

        risk_level_version = d.pop("risk_level_version", UNSET)

        payscore_permission_risk_assess_response = cls(
            service_id=service_id,
            appid=appid,
            mchid=mchid,
            authorization_state=authorization_state,
            openid=openid,
            authorization_code=authorization_code,
            notify_url=notify_url,
            cancel_authorization_time=cancel_authorization_time,
            authorization_success_time=authorization_success_time,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            sub_openid=sub_openid,
            user_label=user_label,
            channel_id=channel_id,
            user_risk_level=user_risk_level,
            risk_level_version=risk_level_version,
        )

        payscore_permission_risk_assess_response.additional_properties = d
        return payscore_permission_risk_assess_response

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
