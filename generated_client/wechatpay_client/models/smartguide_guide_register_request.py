# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartguideGuideRegisterRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class SmartguideGuideRegisterRequest:
    """服务人员注册请求 — registration of a member of staff. `name` and `mobile` are encrypted by the SDK."""

    corpid: str
    """ 企业ID — the Enterprise WeChat corp ID. """
    store_id: int
    """ 门店ID — the store's ID on the merchant platform. """
    userid: str
    """ 企业微信的员工ID — the employee's ID in the Enterprise WeChat directory. """
    name: str = _attrs_field(repr=_masked_repr)
    """ 企业微信的员工姓名 — the employee's name (at most 64 bytes). Pass plaintext; the SDK
    encrypts it (RSA-OAEP with the WeChat Pay public key or platform certificate).
     """
    mobile: str = _attrs_field(repr=_masked_repr)
    """ 手机号码 — the phone number (at most 32 bytes). Pass plaintext; the SDK encrypts it. """
    qr_code: str
    """ 员工个人二维码 — URL of the employee's personal QR code. """
    avatar: str
    """ 头像URL — URL of the avatar. """
    sub_mchid: str | Unset = UNSET
    """ 子商户ID — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    group_qrcode: str | Unset = UNSET
    """ 群二维码URL — URL of a group QR code (e.g. an Enterprise WeChat group). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        corpid = self.corpid

        store_id = self.store_id

        userid = self.userid

        name = self.name

        mobile = self.mobile

        qr_code = self.qr_code

        avatar = self.avatar

        sub_mchid = self.sub_mchid

        group_qrcode = self.group_qrcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "corpid": corpid,
                "store_id": store_id,
                "userid": userid,
                "name": name,
                "mobile": mobile,
                "qr_code": qr_code,
                "avatar": avatar,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if group_qrcode is not UNSET:
            field_dict["group_qrcode"] = group_qrcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        corpid = d.pop("corpid")

        store_id = d.pop("store_id")

        userid = d.pop("userid")

        name = d.pop("name")

        mobile = d.pop("mobile")

        qr_code = d.pop("qr_code")

        avatar = d.pop("avatar")

        sub_mchid = d.pop("sub_mchid", UNSET)

        group_qrcode = d.pop("group_qrcode", UNSET)

        smartguide_guide_register_request = cls(
            corpid=corpid,
            store_id=store_id,
            userid=userid,
            name=name,
            mobile=mobile,
            qr_code=qr_code,
            avatar=avatar,
            sub_mchid=sub_mchid,
            group_qrcode=group_qrcode,
        )

        smartguide_guide_register_request.additional_properties = d
        return smartguide_guide_register_request

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
