# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicyClause")


@_attrs_define
class InsurancePolicyClause:
    """保险条款 — one policy clause."""

    clause_name: str | Unset = UNSET
    """ 条款内容 — clause text. """
    clause_quota: str | Unset = UNSET
    """ 条款额度 — clause coverage amount, as text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clause_name = self.clause_name

        clause_quota = self.clause_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clause_name is not UNSET:
            field_dict["clause_name"] = clause_name
        if clause_quota is not UNSET:
            field_dict["clause_quota"] = clause_quota

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clause_name = d.pop("clause_name", UNSET)

        clause_quota = d.pop("clause_quota", UNSET)

        insurance_policy_clause = cls(
            clause_name=clause_name,
            clause_quota=clause_quota,
        )

        insurance_policy_clause.additional_properties = d
        return insurance_policy_clause

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
