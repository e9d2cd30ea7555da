# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantStoreRecipient")


@_attrs_define
class MerchantStoreRecipient:
    """门店收款信息 — a merchant receiving a store's payments."""

    mchid: str
    """ 门店收款商户号 — receiving merchant ID. """
    company_name: str | Unset = UNSET
    """ 门店收款主体 — the receiving merchant's company name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        company_name = d.pop("company_name", UNSET)

        merchant_store_recipient = cls(
            mchid=mchid,
            company_name=company_name,
        )

        merchant_store_recipient.additional_properties = d
        return merchant_store_recipient

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
