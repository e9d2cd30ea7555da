# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePermissionNotificationResource")


@_attrs_define
class PayscorePermissionNotificationResource:
    """支付分授权/解除授权通知 — the decrypted resource of `PAYSCORE.USER_OPEN_SERVICE` (the user
    authorised the service) and `PAYSCORE.USER_CLOSE_SERVICE` (the user revoked it), original
    type `payscore`, sent to the `notify_url` of the authorisation. Direct merchants get
    `mchid` (an older sample spells it `mch_id`); the `sub_*` and `channel_id` keys belong to
    service-provider and channel modes. The 校园轻松付 keys that IM lists under the same event
    (`contract_id`, `plan_id`, `contract_status`, `out_contract_code`, `create_time`) belong to
    another product and are not modelled; unknown keys are kept.

    """

    appid: str
    """ 公众账号ID — the AppID. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    mch_id: str | Unset = UNSET
    """ 商户号 — the merchant ID (spelling of an older sample). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    user_service_status: str | Unset = UNSET
    """ 回调状态 — `USER_OPEN_SERVICE` (authorised) or `USER_CLOSE_SERVICE` (revoked); open set.
     """
    openorclose_time: str | Unset = UNSET
    """ 服务开启/解除授权时间 — when the user authorised or revoked (samples use
    `yyyyMMddHHmmss`; kept as a plain string).
     """
    authorization_code: str | Unset = UNSET
    """ 授权协议号 — the pre-authorisation agreement number (pre-authorisation only). """
    out_request_no: str | Unset = UNSET
    """ 商户请求唯一标识 — the merchant request number sent when authorising, if any. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID (service-provider mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户的商户号 — sub-merchant ID (service-provider mode). """
    sub_mch_id: str | Unset = UNSET
    """ 子商户的商户号 — sub-merchant ID (spelling of an older sample). """
    sub_openid: str | Unset = UNSET
    """ 子商户公众号下OpenID — OpenID under `sub_appid` (service-provider mode). """
    channel_id: str | Unset = UNSET
    """ 渠道商商户号 — channel merchant ID (channel mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        mchid = self.mchid

        mch_id = self.mch_id

        openid = self.openid

        user_service_status = self.user_service_status

        openorclose_time = self.openorclose_time

        authorization_code = self.authorization_code

        out_request_no = self.out_request_no

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        sub_mch_id = self.sub_mch_id

        sub_openid = self.sub_openid

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if mch_id is not UNSET:
            field_dict["mch_id"] = mch_id
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_service_status is not UNSET:
            field_dict["user_service_status"] = user_service_status
        if openorclose_time is not UNSET:
            field_dict["openorclose_time"] = openorclose_time
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_mch_id is not UNSET:
            field_dict["sub_mch_id"] = sub_mch_id
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        mchid = d.pop("mchid", UNSET)

        mch_id = d.pop("mch_id", UNSET)

        openid = d.pop("openid", UNSET)

        user_service_status = d.pop("user_service_status", UNSET)

        openorclose_time = d.pop("openorclose_time", UNSET)

        authorization_code = d.pop("authorization_code", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_mch_id = d.pop("sub_mch_id", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        payscore_permission_notification_resource = cls(
            appid=appid,
            service_id=service_id,
            mchid=mchid,
            mch_id=mch_id,
            openid=openid,
            user_service_status=user_service_status,
            openorclose_time=openorclose_time,
            authorization_code=authorization_code,
            out_request_no=out_request_no,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            sub_mch_id=sub_mch_id,
            sub_openid=sub_openid,
            channel_id=channel_id,
        )

        payscore_permission_notification_resource.additional_properties = d
        return payscore_permission_notification_resource

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
