# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatchDetailInput")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferBatchDetailInput:
    """转账明细 — one transfer of a batch request. `user_name` and `user_id_card` are sensitive."""

    out_detail_no: str
    """ 商家明细单号 — merchant detail number, digits and letters, unique within the merchant. """
    transfer_amount: int
    """ 转账金额 — amount in fen. """
    transfer_remark: str
    """ 转账备注 — remark the user sees (UTF-8, at most 32 characters). """
    openid: str
    """ 收款用户openid — the user's OpenID under `appid`. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the user's real name. Pass plaintext; the SDK encrypts it. Not allowed
    below 0.3 yuan, needed from 2,000 yuan; all details of a batch carry it or none.
     """
    user_id_card: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户身份证 — the user's ID card number. Pass plaintext; the SDK encrypts it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_detail_no = self.out_detail_no

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        openid = self.openid

        user_name = self.user_name

        user_id_card = self.user_id_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_detail_no": out_detail_no,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "openid": openid,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_id_card is not UNSET:
            field_dict["user_id_card"] = user_id_card

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_detail_no = d.pop("out_detail_no")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        openid = d.pop("openid")

        user_name = d.pop("user_name", UNSET)

        user_id_card = d.pop("user_id_card", UNSET)

        transfer_batch_detail_input = cls(
            out_detail_no=out_detail_no,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            openid=openid,
            user_name=user_name,
            user_id_card=user_id_card,
        )

        transfer_batch_detail_input.additional_properties = d
        return transfer_batch_detail_input

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
