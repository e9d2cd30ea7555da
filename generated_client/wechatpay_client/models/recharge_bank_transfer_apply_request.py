# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recharge_bank_transfer_apply_request_account_type import (
    RechargeBankTransferApplyRequestAccountType,
    check_recharge_bank_transfer_apply_request_account_type,
)
from ..models.recharge_bank_transfer_apply_request_recharge_scene import (
    RechargeBankTransferApplyRequestRechargeScene,
    check_recharge_bank_transfer_apply_request_recharge_scene,
)

if TYPE_CHECKING:
    from ..models.recharge_amount import RechargeAmount


T = TypeVar("T", bound="RechargeBankTransferApplyRequest")


@_attrs_define
class RechargeBankTransferApplyRequest:
    """申请银行转账充值请求 — bank-transfer top-up request."""

    out_recharge_no: str
    """ 商户充值单号 — the merchant's top-up number (digits and letters, unique per merchant). """
    recharge_scene: RechargeBankTransferApplyRequestRechargeScene
    """ 充值场景 — `NORMAL_BANK_TRANSFER` (bank-transfer top-up), the only value. """
    account_type: RechargeBankTransferApplyRequestAccountType
    """ 充值入账账户 — account to top up — `BASIC` (基本账户), `OPERATION` (运营账户), `FEES` (手续费账户). """
    recharge_amount: RechargeAmount
    """ 充值金额 — top-up amount in fen (分) (request side). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_recharge_no = self.out_recharge_no

        recharge_scene: str = self.recharge_scene

        account_type: str = self.account_type

        recharge_amount = self.recharge_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_recharge_no": out_recharge_no,
                "recharge_scene": recharge_scene,
                "account_type": account_type,
                "recharge_amount": recharge_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recharge_amount import RechargeAmount

        d = dict(src_dict)
        out_recharge_no = d.pop("out_recharge_no")

        recharge_scene = check_recharge_bank_transfer_apply_request_recharge_scene(d.pop("recharge_scene"))

        account_type = check_recharge_bank_transfer_apply_request_account_type(d.pop("account_type"))

        recharge_amount = RechargeAmount.from_dict(d.pop("recharge_amount"))

        recharge_bank_transfer_apply_request = cls(
            out_recharge_no=out_recharge_no,
            recharge_scene=recharge_scene,
            account_type=account_type,
            recharge_amount=recharge_amount,
        )

        recharge_bank_transfer_apply_request.additional_properties = d
        return recharge_bank_transfer_apply_request

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
