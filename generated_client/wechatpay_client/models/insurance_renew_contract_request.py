# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_renew_policy_period_plan import InsuranceRenewPolicyPeriodPlan


T = TypeVar("T", bound="InsuranceRenewContractRequest")


@_attrs_define
class InsuranceRenewContractRequest:
    """续期自动续费协议请求 — renew-contract request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    policy_periods: list[InsuranceRenewPolicyPeriodPlan]
    """ 续期的扣费周期列表 — the deduction periods of the renewed policy (at least one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        policy_periods = []
        for policy_periods_item_data in self.policy_periods:
            policy_periods_item = policy_periods_item_data.to_dict()
            policy_periods.append(policy_periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "policy_periods": policy_periods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_renew_policy_period_plan import InsuranceRenewPolicyPeriodPlan

        d = dict(src_dict)
        appid = d.pop("appid")

        policy_periods = []
        _policy_periods = d.pop("policy_periods")
        for policy_periods_item_data in _policy_periods:
            policy_periods_item = InsuranceRenewPolicyPeriodPlan.from_dict(policy_periods_item_data)

            policy_periods.append(policy_periods_item)

        insurance_renew_contract_request = cls(
            appid=appid,
            policy_periods=policy_periods,
        )

        insurance_renew_contract_request.additional_properties = d
        return insurance_renew_contract_request

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
