# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinesscircleUserAuthorization")


@_attrs_define
class BusinesscircleUserAuthorization:
    """积分服务授权状态 — a customer's authorisation of the mall points service."""

    openid: str
    """ 顾客OpenID — the customer's OpenID. """
    authorize_state: str
    """ 授权状态 — open set; known values: `UNAUTHORIZED` (never authorised), `AUTHORIZED`,
    `DEAUTHORIZED` (authorisation withdrawn).
     """
    authorize_time: datetime.datetime | Unset = UNSET
    """ 授权时间 — when the customer authorised (RFC 3339). """
    deauthorize_time: datetime.datetime | Unset = UNSET
    """ 取消授权时间 — when the customer withdrew the authorisation (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        authorize_state = self.authorize_state

        authorize_time: str | Unset = UNSET
        if not isinstance(self.authorize_time, Unset):
            authorize_time = self.authorize_time.isoformat()

        deauthorize_time: str | Unset = UNSET
        if not isinstance(self.deauthorize_time, Unset):
            deauthorize_time = self.deauthorize_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openid": openid,
                "authorize_state": authorize_state,
            }
        )
        if authorize_time is not UNSET:
            field_dict["authorize_time"] = authorize_time
        if deauthorize_time is not UNSET:
            field_dict["deauthorize_time"] = deauthorize_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid")

        authorize_state = d.pop("authorize_state")

        _authorize_time = d.pop("authorize_time", UNSET)
        authorize_time: datetime.datetime | Unset
        if isinstance(_authorize_time, Unset):
            authorize_time = UNSET
        else:
            authorize_time = datetime.datetime.fromisoformat(_authorize_time)

        _deauthorize_time = d.pop("deauthorize_time", UNSET)
        deauthorize_time: datetime.datetime | Unset
        if isinstance(_deauthorize_time, Unset):
            deauthorize_time = UNSET
        else:
            deauthorize_time = datetime.datetime.fromisoformat(_deauthorize_time)

        businesscircle_user_authorization = cls(
            openid=openid,
            authorize_state=authorize_state,
            authorize_time=authorize_time,
            deauthorize_time=deauthorize_time,
        )

        businesscircle_user_authorization.additional_properties = d
        return businesscircle_user_authorization

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
