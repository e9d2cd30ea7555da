# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreUserServiceState")


@_attrs_define
class PayscoreUserServiceState:
    """用户授权状态 — whether the user has authorised the service."""

    appid: str
    """ 公众账号ID — the AppID. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    use_service_state: str
    """ 用户授权服务情况 — `AVAILABLE` (authorised) or `UNAVAILABLE` (not authorised); open set.
     """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        use_service_state = self.use_service_state

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "use_service_state": use_service_state,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        use_service_state = d.pop("use_service_state")

        openid = d.pop("openid", UNSET)

        payscore_user_service_state = cls(
            appid=appid,
            service_id=service_id,
            use_service_state=use_service_state,
            openid=openid,
        )

        payscore_user_service_state.additional_properties = d
        return payscore_user_service_state

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
