# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePermissionApplyRequest")


@_attrs_define
class PayscorePermissionApplyRequest:
    """商户预授权请求 — pre-authorisation request."""

    service_id: str
    """ 服务ID — the Pay Score service ID. """
    appid: str
    """ 公众号ID — the AppID of the official account, mini program or app. """
    authorization_code: str
    """ 授权协议号 — the merchant's agreement number for this authorisation, unique per
    merchant; the same number is used to query or end the authorisation.
     """
    notify_url: str | Unset = UNSET
    """ 通知地址 — receives `PAYSCORE.USER_OPEN_SERVICE` / `PAYSCORE.USER_CLOSE_SERVICE` for this
    authorisation.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        authorization_code = self.authorization_code

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
                "authorization_code": authorization_code,
            }
        )
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        authorization_code = d.pop("authorization_code")

        notify_url = d.pop("notify_url", UNSET)

        payscore_permission_apply_request = cls(
            service_id=service_id,
            appid=appid,
            authorization_code=authorization_code,
            notify_url=notify_url,
        )

        payscore_permission_apply_request.additional_properties = d
        return payscore_permission_apply_request

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
