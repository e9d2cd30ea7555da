# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingPartnershipResponseAuthorizedData")


@_attrs_define
class MarketingPartnershipResponseAuthorizedData:
    """被授权数据 (应答) — the authorised resource of a relation, as returned."""

    business_type: str
    """ 授权业务类别 — `FAVOR_STOCK` or `BUSIFAVOR_STOCK`. Open set. """
    stock_id: str | Unset = UNSET
    """ 授权批次ID — the coupon batch ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_type = self.business_type

        stock_id = self.stock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_type": business_type,
            }
        )
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_type = d.pop("business_type")

        stock_id = d.pop("stock_id", UNSET)

        marketing_partnership_response_authorized_data = cls(
            business_type=business_type,
            stock_id=stock_id,
        )

        marketing_partnership_response_authorized_data.additional_properties = d
        return marketing_partnership_response_authorized_data

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
