# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndustryCouponToken")


@_attrs_define
class IndustryCouponToken:
    """切卡组件token — the token that opens the card-switch mini-program."""

    token: str | Unset = UNSET
    """ 切卡组件token值 — pass it when opening the quick card-switch mini-program. """
    expires_time: datetime.datetime | Unset = UNSET
    """ token过期时间 — expiry of the token, RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_time: str | Unset = UNSET
        if not isinstance(self.expires_time, Unset):
            expires_time = self.expires_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if expires_time is not UNSET:
            field_dict["expires_time"] = expires_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        _expires_time = d.pop("expires_time", UNSET)
        expires_time: datetime.datetime | Unset
        if isinstance(_expires_time, Unset):
            expires_time = UNSET
        else:
            expires_time = datetime.datetime.fromisoformat(_expires_time)

        industry_coupon_token = cls(
            token=token,
            expires_time=expires_time,
        )

        industry_coupon_token.additional_properties = d
        return industry_coupon_token

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
