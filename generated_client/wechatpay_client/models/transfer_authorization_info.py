# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferAuthorizationInfo")


@_attrs_define
class TransferAuthorizationInfo:
    """自动收款授权信息 — the no-confirmation authorisation to ask for together with the transfer."""

    user_display_name: str
    """ 用户展示名称 — the user's account name at the merchant, shown in the authorisation. """
    out_authorization_no: str
    """ 商户侧授权单号 — merchant authorisation number, unique per merchant. """
    authorization_notify_url: str
    """ 自动收款授权结果通知地址 — HTTPS URL that receives `MCHTRANSFER.AUTHORIZATION.*`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_display_name = self.user_display_name

        out_authorization_no = self.out_authorization_no

        authorization_notify_url = self.authorization_notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_display_name": user_display_name,
                "out_authorization_no": out_authorization_no,
                "authorization_notify_url": authorization_notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_display_name = d.pop("user_display_name")

        out_authorization_no = d.pop("out_authorization_no")

        authorization_notify_url = d.pop("authorization_notify_url")

        transfer_authorization_info = cls(
            user_display_name=user_display_name,
            out_authorization_no=out_authorization_no,
            authorization_notify_url=authorization_notify_url,
        )

        transfer_authorization_info.additional_properties = d
        return transfer_authorization_info

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
