# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fapiao_extra_information import FapiaoExtraInformation
    from ..models.fapiao_seller_information import FapiaoSellerInformation


T = TypeVar("T", bound="FapiaoMerchantBaseInformation")


@_attrs_define
class FapiaoMerchantBaseInformation:
    """商户开票基础信息 — the merchant's invoicing settings."""

    seller_information: FapiaoSellerInformation
    """ 销售方信息 — the seller (used in requests and answers; no closed values, so one schema
    serves both).
     """
    extra_information: FapiaoExtraInformation
    """ 附加信息 — names printed at the bottom of the fapiao (used in requests and answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_information = self.seller_information.to_dict()

        extra_information = self.extra_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seller_information": seller_information,
                "extra_information": extra_information,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_extra_information import FapiaoExtraInformation
        from ..models.fapiao_seller_information import FapiaoSellerInformation

        d = dict(src_dict)
        seller_information = FapiaoSellerInformation.from_dict(d.pop("seller_information"))

        extra_information = FapiaoExtraInformation.from_dict(d.pop("extra_information"))

        fapiao_merchant_base_information = cls(
            seller_information=seller_information,
            extra_information=extra_information,
        )

        fapiao_merchant_base_information.additional_properties = d
        return fapiao_merchant_base_information

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
