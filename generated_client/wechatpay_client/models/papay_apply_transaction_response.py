# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.papay_response_amount import PapayResponseAmount


T = TypeVar("T", bound="PapayApplyTransactionResponse")


@_attrs_define
class PapayApplyTransactionResponse:
    """受理委托代扣扣款应答 — deduction accepted."""

    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    amount: PapayResponseAmount
    """ 金额信息 (应答) — an entrusted-deduction amount in an answer, in fen (分). Response side
    of `PapayAmount`, without request limits.
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
        from ..models.papay_response_amount import PapayResponseAmount

        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        amount = PapayResponseAmount.from_dict(d.pop("amount"))

        papay_apply_transaction_response = cls(
            out_trade_no=out_trade_no,
            amount=amount,
        )

        papay_apply_transaction_response.additional_properties = d
        return papay_apply_transaction_response

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
