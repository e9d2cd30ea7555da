# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_policy_clause import InsurancePolicyClause


T = TypeVar("T", bound="InsurancePolicyCoverageDetail")


@_attrs_define
class InsurancePolicyCoverageDetail:
    """保障详情 — coverage details of a policy period, shown to the user."""

    policy_amount: str | Unset = UNSET
    """ 保单额度 — policy coverage amount, as text (example "50000"). """
    policy_clauses: list[InsurancePolicyClause] | Unset = UNSET
    """ 保险条款列表 — list of policy clauses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_amount = self.policy_amount

        policy_clauses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_clauses, Unset):
            policy_clauses = []
            for policy_clauses_item_data in self.policy_clauses:
                policy_clauses_item = policy_clauses_item_data.to_dict()
                policy_clauses.append(policy_clauses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_amount is not UNSET:
            field_dict["policy_amount"] = policy_amount
        if policy_clauses is not UNSET:
            field_dict["policy_clauses"] = policy_clauses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_policy_clause import InsurancePolicyClause

        d = dict(src_dict)
        policy_amount = d.pop("policy_amount", UNSET)

        _policy_clauses = d.pop("policy_clauses", UNSET)
        policy_clauses: list[InsurancePolicyClause] | Unset = UNSET
        if _policy_clauses is not UNSET:
            policy_clauses = []
            for policy_clauses_item_data in _policy_clauses:
                policy_clauses_item = InsurancePolicyClause.from_dict(policy_clauses_item_data)

                policy_clauses.append(policy_clauses_item)

        insurance_policy_coverage_detail = cls(
            policy_amount=policy_amount,
            policy_clauses=policy_clauses,
        )

        insurance_policy_coverage_detail.additional_properties = d
        return insurance_policy_coverage_detail

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
