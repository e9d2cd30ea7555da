# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.marketing_partnership_authorized_data import MarketingPartnershipAuthorizedData
    from ..models.marketing_partnership_partner import MarketingPartnershipPartner


T = TypeVar("T", bound="MarketingPartnershipTerminateRequest")


@_attrs_define
class MarketingPartnershipTerminateRequest:
    """终止合作关系请求 — the relation to end, named by its partner and resource."""

    partner: MarketingPartnershipPartner
    """ 合作方信息 — the partner (request side; see `MarketingPartnershipResponsePartner` for
    answers). `appid` is needed when `type` is `APPID`, `merchant_id` when it is `MERCHANT`.
     """
    authorized_data: MarketingPartnershipAuthorizedData
    """ 被授权数据 — the resource being authorised (request side; see
    `MarketingPartnershipResponseAuthorizedData`). `stock_id` is needed for both batch types.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner.to_dict()

        authorized_data = self.authorized_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner": partner,
                "authorized_data": authorized_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_partnership_authorized_data import MarketingPartnershipAuthorizedData
        from ..models.marketing_partnership_partner import MarketingPartnershipPartner

        d = dict(src_dict)
        partner = MarketingPartnershipPartner.from_dict(d.pop("partner"))

        authorized_data = MarketingPartnershipAuthorizedData.from_dict(d.pop("authorized_data"))

        marketing_partnership_terminate_request = cls(
            partner=partner,
            authorized_data=authorized_data,
        )

        marketing_partnership_terminate_request.additional_properties = d
        return marketing_partnership_terminate_request

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
