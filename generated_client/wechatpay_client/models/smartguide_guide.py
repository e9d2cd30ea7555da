# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartguideGuide")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class SmartguideGuide:
    """服务人员信息 — one member of staff. `name` and `mobile` are decrypted by the SDK."""

    guide_id: str | Unset = UNSET
    """ 服务人员ID — the staff ID. """
    store_id: int | Unset = UNSET
    """ 门店ID — the store. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 企业微信的员工姓名 — the name (arrives encrypted with the merchant's key; decrypted by the SDK). """
    mobile: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 手机号码 — the phone number (arrives encrypted with the merchant's key; decrypted by the SDK). """
    userid: str | Unset = UNSET
    """ 企业微信的员工ID — Enterprise WeChat employee ID. """
    work_id: str | Unset = UNSET
    """ 工号 — staff number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guide_id = self.guide_id

        store_id = self.store_id

        name = self.name

        mobile = self.mobile

        userid = self.userid

        work_id = self.work_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guide_id is not UNSET:
            field_dict["guide_id"] = guide_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if name is not UNSET:
            field_dict["name"] = name
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if userid is not UNSET:
            field_dict["userid"] = userid
        if work_id is not UNSET:
            field_dict["work_id"] = work_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guide_id = d.pop("guide_id", UNSET)

        store_id = d.pop("store_id", UNSET)

        name = d.pop("name", UNSET)

        mobile = d.pop("mobile", UNSET)

        userid = d.pop("userid", UNSET)

        work_id = d.pop("work_id", UNSET)

        smartguide_guide = cls(
            guide_id=guide_id,
            store_id=store_id,
            name=name,
            mobile=mobile,
            userid=userid,
            work_id=work_id,
        )

        smartguide_guide.additional_properties = d
        return smartguide_guide

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
