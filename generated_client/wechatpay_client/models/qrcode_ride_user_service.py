# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRideUserService")


@_attrs_define
class QrcodeRideUserService:
    """用户服务可用信息 — whether the user's deduction service is usable."""

    contract_id: str | Unset = UNSET
    """ 代扣签约ID — contract ID. """
    user_service_state: str | Unset = UNSET
    """ 用户服务可用状态 — `NORMAL` or `BLOCKED` (open list). """
    block_reason: str | Unset = UNSET
    """ 原因 — why the service is blocked; known `DELETED`, `ACCOUNT_FROZEN`, `OVERDUE`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        user_service_state = self.user_service_state

        block_reason = self.block_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if user_service_state is not UNSET:
            field_dict["user_service_state"] = user_service_state
        if block_reason is not UNSET:
            field_dict["block_reason"] = block_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = d.pop("contract_id", UNSET)

        user_service_state = d.pop("user_service_state", UNSET)

        block_reason = d.pop("block_reason", UNSET)

        qrcode_ride_user_service = cls(
            contract_id=contract_id,
            user_service_state=user_service_state,
            block_reason=block_reason,
        )

        qrcode_ride_user_service.additional_properties = d
        return qrcode_ride_user_service

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
