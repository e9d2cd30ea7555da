# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_amount import InsuranceAmount


T = TypeVar("T", bound="InsuranceSchedulePolicyPeriodRequest")


@_attrs_define
class InsuranceSchedulePolicyPeriodRequest:
    """预约保险自动续费请求 — schedule request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    scheduled_amount: InsuranceAmount
    """ 金额信息 — an amount in fen (分) sent by the caller (request side). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        scheduled_amount = self.scheduled_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "scheduled_amount": scheduled_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_amount import InsuranceAmount

        d = dict(src_dict)
        appid = d.pop("appid")

        scheduled_amount = InsuranceAmount.from_dict(d.pop("scheduled_amount"))

        insurance_schedule_policy_period_request = cls(
            appid=appid,
            scheduled_amount=scheduled_amount,
        )

        insurance_schedule_policy_period_request.additional_properties = d
        return insurance_schedule_policy_period_request

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
