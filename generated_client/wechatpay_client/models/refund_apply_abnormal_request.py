# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_apply_abnormal_request_bank_type import (
    RefundApplyAbnormalRequestBankType,
    check_refund_apply_abnormal_request_bank_type,
)
from ..models.refund_apply_abnormal_request_type import (
    RefundApplyAbnormalRequestType,
    check_refund_apply_abnormal_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundApplyAbnormalRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class RefundApplyAbnormalRequest:
    """发起异常退款请求 — abnormal-refund request. For `USER_BANK_CARD`, `bank_type`,
    `bank_account` and `real_name` are needed; `bank_account` and `real_name` are
    sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.

    """

    out_refund_no: str
    """ 商户退款单号 — merchant refund number of the abnormal refund. """
    type_: RefundApplyAbnormalRequestType
    """ 异常退款处理方式 — `USER_BANK_CARD` (退款到用户银行卡) or `MERCHANT_BANK_CARD`
    (退款至交易商户银行账户).
     """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    bank_type: RefundApplyAbnormalRequestBankType | Unset = UNSET
    """ 开户银行 — the user's bank (debit cards only); needed for `USER_BANK_CARD`. """
    bank_account: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款银行卡号 — the user's bank card number. Pass plaintext; the SDK encrypts it
    (RSA-OAEP with the WeChat Pay public key or platform certificate) and sends the
    Base64 ciphertext.
     """
    real_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the card holder's real name. Pass plaintext; the SDK encrypts it
    (RSA-OAEP with the WeChat Pay public key or platform certificate) and sends the
    Base64 ciphertext.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        type_: str = self.type_

        sub_mchid = self.sub_mchid

        bank_type: str | Unset = UNSET
        if not isinstance(self.bank_type, Unset):
            bank_type = self.bank_type

        bank_account = self.bank_account

        real_name = self.real_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_refund_no": out_refund_no,
                "type": type_,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if real_name is not UNSET:
            field_dict["real_name"] = real_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_refund_no = d.pop("out_refund_no")

        type_ = check_refund_apply_abnormal_request_type(d.pop("type"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        _bank_type = d.pop("bank_type", UNSET)
        bank_type: RefundApplyAbnormalRequestBankType | Unset
        if isinstance(_bank_type, Unset):
            bank_type = UNSET
        else:
            bank_type = check_refund_apply_abnormal_request_bank_type(_bank_type)

        bank_account = d.pop("bank_account", UNSET)

        real_name = d.pop("real_name", UNSET)

        refund_apply_abnormal_request = cls(
            out_refund_no=out_refund_no,
            type_=type_,
            sub_mchid=sub_mchid,
            bank_type=bank_type,
            bank_account=bank_account,
            real_name=real_name,
        )

        refund_apply_abnormal_request.additional_properties = d
        return refund_apply_abnormal_request

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
