# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_response_amount import InsuranceResponseAmount


T = TypeVar("T", bound="InsuranceApplyDeductionResponse")


@_attrs_define
class InsuranceApplyDeductionResponse:
    """受理保险自动续费扣款应答 — deduction accepted."""

    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    amount: InsuranceResponseAmount
    """ 金额信息 (应答) — an amount in fen (分) as WeChat Pay returns it: the response-side twin
    of the request schema `InsuranceAmount`, used by the responses of both insurance tags
    (`insurance_sign` and `insurance_pay`). `currency` stays an open string here.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_response_amount import InsuranceResponseAmount

        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        amount = InsuranceResponseAmount.from_dict(d.pop("amount"))

        insurance_apply_deduction_response = cls(
            out_trade_no=out_trade_no,
            amount=amount,
        )

        insurance_apply_deduction_response.additional_properties = d
        return insurance_apply_deduction_response

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
