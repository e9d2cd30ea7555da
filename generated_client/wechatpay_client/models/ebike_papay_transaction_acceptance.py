# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EbikePapayTransactionAcceptance")


@_attrs_define
class EbikePapayTransactionAcceptance:
    """受理结果 — the acceptance of a deduction request."""

    accept_state: str
    """ 受理状态 — acceptance state (values not published). """
    create_time: str | Unset = UNSET
    """ 订单创建时间 — when the order was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_state = self.accept_state

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_state": accept_state,
            }
        )
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accept_state = d.pop("accept_state")

        create_time = d.pop("create_time", UNSET)

        ebike_papay_transaction_acceptance = cls(
            accept_state=accept_state,
            create_time=create_time,
        )

        ebike_papay_transaction_acceptance.additional_properties = d
        return ebike_papay_transaction_acceptance

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
