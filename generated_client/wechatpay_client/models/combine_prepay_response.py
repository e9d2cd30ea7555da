# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_contract_result import CombineContractResult


T = TypeVar("T", bound="CombinePrepayResponse")


@_attrs_define
class CombinePrepayResponse:
    """合单下单应答 — prepay ID of a combined JSAPI or App order."""

    prepay_id: str
    """ 预支付交易会话标识 — prepay ID, valid for 2 hours. """
    contract_result: CombineContractResult | Unset = UNSET
    """ 预签约结果 — outcome of the pre-sign requested with `contract_info`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prepay_id = self.prepay_id

        contract_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_result, Unset):
            contract_result = self.contract_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prepay_id": prepay_id,
            }
        )
        if contract_result is not UNSET:
            field_dict["contract_result"] = contract_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_contract_result import CombineContractResult

        d = dict(src_dict)
        prepay_id = d.pop("prepay_id")

        _contract_result = d.pop("contract_result", UNSET)
        contract_result: CombineContractResult | Unset
        if isinstance(_contract_result, Unset):
            contract_result = UNSET
        else:
            contract_result = CombineContractResult.from_dict(_contract_result)

        combine_prepay_response = cls(
            prepay_id=prepay_id,
            contract_result=contract_result,
        )

        combine_prepay_response.additional_properties = d
        return combine_prepay_response

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
