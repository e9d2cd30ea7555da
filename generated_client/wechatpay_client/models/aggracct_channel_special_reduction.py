# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelSpecialReduction")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelSpecialReduction:
    """特殊减额单 — a special-reduction order (answer of the create and the query)."""

    mchid: str | Unset = UNSET
    """ 微信支付商户号 — merchant ID. """
    bal_account_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 额度台账号 — the ledger account (decrypted by the SDK). """
    out_request_no: str | Unset = UNSET
    """ 特殊减额单号 — the channel's reduction number. """
    reduction_type: str | Unset = UNSET
    """ 特殊减额类型 — `FINANCIAL_PENALTY` or `JUDICIAL_DEDUCTION` (open set). """
    amount: int | Unset = UNSET
    """ 减额金额 — amount, in fen. """
    state: str | Unset = UNSET
    """ 处理结果 — `PROCESSING`, `SUCCESS` or `FAILED` (open set). """
    reason: str | Unset = UNSET
    """ 特殊减额原因 — reason. """
    quota_change_no: str | Unset = UNSET
    """ 微信支付额度变更单号 — WeChat Pay's quota change number. """
    success_time: datetime.datetime | Unset = UNSET
    """ 成功时间 — when it succeeded (RFC 3339). """
    fail_time: datetime.datetime | Unset = UNSET
    """ 失败时间 — when it failed (RFC 3339). """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — known values `BALANCE_NOT_ENOUGH` (quota too low), `RECEIPT_NOT_EXIST_CLOSED`
    (no such order, closed), `TIME_OUT_CLOSED` (system timeout, closed) (open set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        bal_account_no = self.bal_account_no

        out_request_no = self.out_request_no

        reduction_type = self.reduction_type

        amount = self.amount

        state = self.state

        reason = self.reason

        quota_change_no = self.quota_change_no

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        fail_time: str | Unset = UNSET
        if not isinstance(self.fail_time, Unset):
            fail_time = self.fail_time.isoformat()

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if bal_account_no is not UNSET:
            field_dict["bal_account_no"] = bal_account_no
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no
        if reduction_type is not UNSET:
            field_dict["reduction_type"] = reduction_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if state is not UNSET:
            field_dict["state"] = state
        if reason is not UNSET:
            field_dict["reason"] = reason
        if quota_change_no is not UNSET:
            field_dict["quota_change_no"] = quota_change_no
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if fail_time is not UNSET:
            field_dict["fail_time"] = fail_time
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        bal_account_no = d.pop("bal_account_no", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        reduction_type = d.pop("reduction_type", UNSET)

        amount = d.pop("amount", UNSET)

        state = d.pop("state", UNSET)

        reason = d.pop("reason", UNSET)

        quota_change_no = d.pop("quota_change_no", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _fail_time = d.pop("fail_time", UNSET)
        fail_time: datetime.datetime | Unset
        if isinstance(_fail_time, Unset):
            fail_time = UNSET
        else:
            fail_time = datetime.datetime.fromisoformat(_fail_time)

        fail_reason = d.pop("fail_reason", UNSET)

        aggracct_channel_special_reduction = cls(
            mchid=mchid,
            bal_account_no=bal_account_no,
            out_request_no=out_request_no,
            reduction_type=reduction_type,
            amount=amount,
            state=state,
            reason=reason,
            quota_change_no=quota_change_no,
            success_time=success_time,
            fail_time=fail_time,
            fail_reason=fail_reason,
        )

        aggracct_channel_special_reduction.additional_properties = d
        return aggracct_channel_special_reduction

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
