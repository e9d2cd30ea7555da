# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduPapayContractInformation")


@_attrs_define
class EduPapayContractInformation:
    """签约信息 — the contract itself."""

    contract_id: str | Unset = UNSET
    """ 签约协议号 — contract ID. """
    contract_status: str | Unset = UNSET
    """ 签约状态 — known values `ADD` (signed) and `DELETE` (terminated). """
    create_time: str | Unset = UNSET
    """ 签约时间 — when the contract was signed (RFC 3339 in the examples). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        contract_status = self.contract_status

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if contract_status is not UNSET:
            field_dict["contract_status"] = contract_status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = d.pop("contract_id", UNSET)

        contract_status = d.pop("contract_status", UNSET)

        create_time = d.pop("create_time", UNSET)

        edu_papay_contract_information = cls(
            contract_id=contract_id,
            contract_status=contract_status,
            create_time=create_time,
        )

        edu_papay_contract_information.additional_properties = d
        return edu_papay_contract_information

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
