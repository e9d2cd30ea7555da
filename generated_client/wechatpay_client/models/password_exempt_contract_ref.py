# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordExemptContractRef")


@_attrs_define
class PasswordExemptContractRef:
    """协议标识 — the contract addressed (after-payment pre-sign and terminate responses)."""

    mchid: str
    """ 商户号 — merchant ID. """
    service_id: int
    """ 免密支付服务ID — the service ID. """
    out_contract_code: str
    """ 商户签约协议号 — the merchant's contract code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        service_id = self.service_id

        out_contract_code = self.out_contract_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "service_id": service_id,
                "out_contract_code": out_contract_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        service_id = d.pop("service_id")

        out_contract_code = d.pop("out_contract_code")

        password_exempt_contract_ref = cls(
            mchid=mchid,
            service_id=service_id,
            out_contract_code=out_contract_code,
        )

        password_exempt_contract_ref.additional_properties = d
        return password_exempt_contract_ref

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
