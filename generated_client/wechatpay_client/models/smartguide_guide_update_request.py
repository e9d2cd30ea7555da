# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartguideGuideUpdateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class SmartguideGuideUpdateRequest:
    """服务人员信息更新请求 — the fields to change (all optional). `name` and `mobile` are encrypted by the SDK."""

    sub_mchid: str | Unset = UNSET
    """ 子商户ID — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 企业微信的员工姓名 — new name (at most 64 bytes). Pass plaintext; the SDK encrypts it. """
    mobile: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 手机号码 — new phone number (at most 32 bytes). Pass plaintext; the SDK encrypts it. """
    qr_code: str | Unset = UNSET
    """ 员工个人二维码 — new URL of the personal QR code. """
    avatar: str | Unset = UNSET
    """ 头像URL — new avatar URL. """
    group_qrcode: str | Unset = UNSET
    """ 群二维码URL — new group QR code URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_mchid = self.sub_mchid

        name = self.name

        mobile = self.mobile

        qr_code = self.qr_code

        avatar = self.avatar

        group_qrcode = self.group_qrcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if name is not UNSET:
            field_dict["name"] = name
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if qr_code is not UNSET:
            field_dict["qr_code"] = qr_code
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if group_qrcode is not UNSET:
            field_dict["group_qrcode"] = group_qrcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_mchid = d.pop("sub_mchid", UNSET)

        name = d.pop("name", UNSET)

        mobile = d.pop("mobile", UNSET)

        qr_code = d.pop("qr_code", UNSET)

        avatar = d.pop("avatar", UNSET)

        group_qrcode = d.pop("group_qrcode", UNSET)

        smartguide_guide_update_request = cls(
            sub_mchid=sub_mchid,
            name=name,
            mobile=mobile,
            qr_code=qr_code,
            avatar=avatar,
            group_qrcode=group_qrcode,
        )

        smartguide_guide_update_request.additional_properties = d
        return smartguide_guide_update_request

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
