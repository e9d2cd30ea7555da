# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.marketing_partnership_response_authorized_data import MarketingPartnershipResponseAuthorizedData
    from ..models.marketing_partnership_response_partner import MarketingPartnershipResponsePartner


T = TypeVar("T", bound="MarketingPartnershipBuildResponse")


@_attrs_define
class MarketingPartnershipBuildResponse:
    """建立合作关系应答 — the relation as built."""

    partner: MarketingPartnershipResponsePartner
    """ 合作方信息 (应答) — the partner of a relation, as returned. """
    authorized_data: MarketingPartnershipResponseAuthorizedData
    """ 被授权数据 (应答) — the authorised resource of a relation, as returned. """
    state: str
    """ 合作状态 — `ESTABLISHED` (已建立) or `TERMINATED` (已终止). Open set. """
    build_time: datetime.datetime
    """ 建立合作关系时间 — when the relation was built (RFC 3339). """
    create_time: datetime.datetime
    """ 创建时间 — record creation time (RFC 3339). """
    update_time: datetime.datetime
    """ 更新时间 — record update time (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner.to_dict()

        authorized_data = self.authorized_data.to_dict()

        state = self.state

        build_time = self.build_time.isoformat()

        create_time = self.create_time.isoformat()

        update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner": partner,
                "authorized_data": authorized_data,
                "state": state,
                "build_time": build_time,
                "create_time": create_time,
                "update_time": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_partnership_response_authorized_data import MarketingPartnershipResponseAuthorizedData
        from ..models.marketing_partnership_response_partner import MarketingPartnershipResponsePartner

        d = dict(src_dict)
        partner = MarketingPartnershipResponsePartner.from_dict(d.pop("partner"))

        authorized_data = MarketingPartnershipResponseAuthorizedData.from_dict(d.pop("authorized_data"))

        state = d.pop("state")

        build_time = datetime.datetime.fromisoformat(d.pop("build_time"))

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

        marketing_partnership_build_response = cls(
            partner=partner,
            authorized_data=authorized_data,
            state=state,
            build_time=build_time,
            create_time=create_time,
            update_time=update_time,
        )

        marketing_partnership_build_response.additional_properties = d
        return marketing_partnership_build_response

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
