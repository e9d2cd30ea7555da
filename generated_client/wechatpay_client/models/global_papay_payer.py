# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayPayer")


@_attrs_define
class GlobalPapayPayer:
    """支付者 — the payer's OpenIDs."""

    openid: str | Unset = UNSET
    """ 用户标识 — OpenID under `appid`. """
    sp_openid: str | Unset = UNSET
    """ 机构用户标识 — OpenID under `sp_appid` (institution mode). """
    sub_openid: str | Unset = UNSET
    """ 子商户用户标识 — OpenID under `sub_appid` (institution mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        sp_openid = self.sp_openid

        sub_openid = self.sub_openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sp_openid is not UNSET:
            field_dict["sp_openid"] = sp_openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid", UNSET)

        sp_openid = d.pop("sp_openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        global_papay_payer = cls(
            openid=openid,
            sp_openid=sp_openid,
            sub_openid=sub_openid,
        )

        global_papay_payer.additional_properties = d
        return global_papay_payer

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
