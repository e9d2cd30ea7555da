# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EbikePapayContract")


@_attrs_define
class EbikePapayContract:
    """用户协议状态 — a user's charging deduction contract and its state (open string)."""

    mchid: str
    """ 商户号 — merchant ID. """
    openid: str
    """ 用户标识 — the user's OpenID. """
    contract_state: str
    """ 协议状态 — contract state (values not published). """
    sub_mchid: str | Unset = UNSET
    """ 特约商户号 — service-provider mode only. """
    contract_id: str | Unset = UNSET
    """ 充电授权扣费协议号 — contract ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        openid = self.openid

        contract_state = self.contract_state

        sub_mchid = self.sub_mchid

        contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "openid": openid,
                "contract_state": contract_state,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        openid = d.pop("openid")

        contract_state = d.pop("contract_state")

        sub_mchid = d.pop("sub_mchid", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        ebike_papay_contract = cls(
            mchid=mchid,
            openid=openid,
            contract_state=contract_state,
            sub_mchid=sub_mchid,
            contract_id=contract_id,
        )

        ebike_papay_contract.additional_properties = d
        return ebike_papay_contract

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
