# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_pay_instal_exposure_request_user_id_type import (
    CreditPayInstalExposureRequestUserIdType,
    check_credit_pay_instal_exposure_request_user_id_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditPayInstalExposureRequest")


@_attrs_define
class CreditPayInstalExposureRequest:
    """商户贴息曝光建议请求 — instalment-subsidy exposure-advice request."""

    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    appid: str
    """ 应用AppID — AppID bound to the merchant. """
    user_id_type: CreditPayInstalExposureRequestUserIdType
    """ 用户ID的类型 — how the user is identified: `OPENID` (send `openid`) or `PHONE_NO`
    (send `phone_number_hash`); `SP_OPENID`/`SUB_OPENID` are service-provider types and
    `UNKNOWN_USER_ID_TYPE` is rejected.
     """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    phone_number_hash: str | Unset = UNSET
    """ 用户手机号的十六进制字符串 — upper-case hexadecimal SM3 hash of the phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        user_id_type: str = self.user_id_type

        openid = self.openid

        phone_number_hash = self.phone_number_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "user_id_type": user_id_type,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if phone_number_hash is not UNSET:
            field_dict["phone_number_hash"] = phone_number_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        user_id_type = check_credit_pay_instal_exposure_request_user_id_type(d.pop("user_id_type"))

        openid = d.pop("openid", UNSET)

        phone_number_hash = d.pop("phone_number_hash", UNSET)

        credit_pay_instal_exposure_request = cls(
            mchid=mchid,
            appid=appid,
            user_id_type=user_id_type,
            openid=openid,
            phone_number_hash=phone_number_hash,
        )

        credit_pay_instal_exposure_request.additional_properties = d
        return credit_pay_instal_exposure_request

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
