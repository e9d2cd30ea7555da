# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantStoreState")


@_attrs_define
class MerchantStoreState:
    """门店状态 — review status of a store."""

    store_state_message: str | Unset = UNSET
    """ 门店状态描述 — status text (e.g. 地址核实失败). """
    address_failed_reason: str | Unset = UNSET
    """ 地址核实失败原因 — why the address check failed. """
    store_state_value: str | Unset = UNSET
    """ 门店状态值 — status code (example `STORE_STATE_VALID`). Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_state_message = self.store_state_message

        address_failed_reason = self.address_failed_reason

        store_state_value = self.store_state_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_state_message is not UNSET:
            field_dict["store_state_message"] = store_state_message
        if address_failed_reason is not UNSET:
            field_dict["address_failed_reason"] = address_failed_reason
        if store_state_value is not UNSET:
            field_dict["store_state_value"] = store_state_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        store_state_message = d.pop("store_state_message", UNSET)

        address_failed_reason = d.pop("address_failed_reason", UNSET)

        store_state_value = d.pop("store_state_value", UNSET)

        merchant_store_state = cls(
            store_state_message=store_state_message,
            address_failed_reason=address_failed_reason,
            store_state_value=store_state_value,
        )

        merchant_store_state.additional_properties = d
        return merchant_store_state

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
