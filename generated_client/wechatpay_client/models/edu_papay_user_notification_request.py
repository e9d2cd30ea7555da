# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduPapayUserNotificationRequest")


@_attrs_define
class EduPapayUserNotificationRequest:
    """发送扣款预通知请求 — the AppID of the contract."""

    appid: str
    """ 应用ID — the AppID bound to the merchant. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        edu_papay_user_notification_request = cls(
            appid=appid,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
        )

        edu_papay_user_notification_request.additional_properties = d
        return edu_papay_user_notification_request

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
