# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recharge_transfer_in_account import RechargeTransferInAccount


T = TypeVar("T", bound="RechargeBankTransferApplyResponse")


@_attrs_define
class RechargeBankTransferApplyResponse:
    """申请银行转账充值应答 — the top-up and the account to transfer into."""

    recharge_id: str
    """ 微信支付充值单号 — the top-up ID assigned by WeChat Pay. """
    out_recharge_no: str
    """ 商户充值单号 — the merchant's top-up number. """
    transfer_in_account: RechargeTransferInAccount
    """ 银行账户 — bank account that receives the transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recharge_id = self.recharge_id

        out_recharge_no = self.out_recharge_no

        transfer_in_account = self.transfer_in_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recharge_id": recharge_id,
                "out_recharge_no": out_recharge_no,
                "transfer_in_account": transfer_in_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recharge_transfer_in_account import RechargeTransferInAccount

        d = dict(src_dict)
        recharge_id = d.pop("recharge_id")

        out_recharge_no = d.pop("out_recharge_no")

        transfer_in_account = RechargeTransferInAccount.from_dict(d.pop("transfer_in_account"))

        recharge_bank_transfer_apply_response = cls(
            recharge_id=recharge_id,
            out_recharge_no=out_recharge_no,
            transfer_in_account=transfer_in_account,
        )

        recharge_bank_transfer_apply_response.additional_properties = d
        return recharge_bank_transfer_apply_response

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
