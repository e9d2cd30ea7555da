# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingPartnershipResponsePartner")


@_attrs_define
class MarketingPartnershipResponsePartner:
    """合作方信息 (应答) — the partner of a relation, as returned."""

    type_: str
    """ 合作方类别 — `APPID` or `MERCHANT`. Open set. """
    appid: str | Unset = UNSET
    """ 合作方APPID — the partner's AppID (for `APPID`). """
    merchant_id: str | Unset = UNSET
    """ 合作方商户ID — the partner's merchant ID (for `MERCHANT`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        appid = self.appid

        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        appid = d.pop("appid", UNSET)

        merchant_id = d.pop("merchant_id", UNSET)

        marketing_partnership_response_partner = cls(
            type_=type_,
            appid=appid,
            merchant_id=merchant_id,
        )

        marketing_partnership_response_partner.additional_properties = d
        return marketing_partnership_response_partner

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
