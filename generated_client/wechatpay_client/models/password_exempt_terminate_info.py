# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordExemptTerminateInfo")


@_attrs_define
class PasswordExemptTerminateInfo:
    """协议解约信息 — how and when the contract ended."""

    contract_termination_mode: str
    """ 协议解约方式 — e.g. `USER_TERMINATE`. Open set. """
    contract_terminated_time: datetime.datetime | Unset = UNSET
    """ 协议解约时间 — termination time (RFC 3339). """
    contract_termination_remark: str | Unset = UNSET
    """ 解约备注 — termination remark. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_termination_mode = self.contract_termination_mode

        contract_terminated_time: str | Unset = UNSET
        if not isinstance(self.contract_terminated_time, Unset):
            contract_terminated_time = self.contract_terminated_time.isoformat()

        contract_termination_remark = self.contract_termination_remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_termination_mode": contract_termination_mode,
            }
        )
        if contract_terminated_time is not UNSET:
            field_dict["contract_terminated_time"] = contract_terminated_time
        if contract_termination_remark is not UNSET:
            field_dict["contract_termination_remark"] = contract_termination_remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_termination_mode = d.pop("contract_termination_mode")

        _contract_terminated_time = d.pop("contract_terminated_time", UNSET)
        contract_terminated_time: datetime.datetime | Unset
        if isinstance(_contract_terminated_time, Unset):
            contract_terminated_time = UNSET
        else:
            contract_terminated_time = datetime.datetime.fromisoformat(_contract_terminated_time)

        contract_termination_remark = d.pop("contract_termination_remark", UNSET)

        password_exempt_terminate_info = cls(
            contract_termination_mode=contract_termination_mode,
            contract_terminated_time=contract_terminated_time,
            contract_termination_remark=contract_termination_remark,
        )

        password_exempt_terminate_info.additional_properties = d
        return password_exempt_terminate_info

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
