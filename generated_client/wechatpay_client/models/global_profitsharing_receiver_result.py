# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingReceiverResult")


@_attrs_define
class GlobalProfitsharingReceiverResult:
    """分账明细 — the result for one receiver of a split or unfreeze."""

    currency: str
    """ 分账币种 — split currency (open set; `CNY` known). """
    amount: int
    """ 分账金额 — amount, in the smallest unit of `currency`. """
    description: str
    """ 分账描述 — description. """
    type_: str
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID`, `PERSONAL_SUB_OPENID`, or the
    funding merchant itself for an unfreeze. Open set.
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID. """
    result: str
    """ 分账结果 — result. Open set; known values `PENDING`, `SUCCESS`, `CLOSED` (see
    `fail_reason`).
     """
    create_time: datetime.datetime
    """ 分账创建时间 — creation time (RFC 3339). """
    fail_reason: str | Unset = UNSET
    """ 分账失败原因 — why the split was closed (e.g. `ACCOUNT_ABNORMAL`). Open set. """
    finish_time: datetime.datetime | Unset = UNSET
    """ 分账完成时间 — completion time (RFC 3339). """
    detail_id: str | Unset = UNSET
    """ 分账明细单号 — detail ID assigned by WeChat Pay. """
    detail_type: str | Unset = UNSET
    """ 分账明细类型 — detail type (split or unfreeze). Open set. """
    settlement_currency: str | Unset = UNSET
    """ 出资方结算币种 — settlement currency of the funding merchant. """
    settlement_amount: int | Unset = UNSET
    """ 出资方结算金额 — amount in the settlement currency, smallest unit. """
    rate: int | Unset = UNSET
    """ 汇率值 — exchange rate as an integer (the cross-border APIs scale rates by 10^8, e.g.
    `80000000` for 0.8).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        description = self.description

        type_ = self.type_

        account = self.account

        result = self.result

        create_time = self.create_time.isoformat()

        fail_reason = self.fail_reason

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = self.finish_time.isoformat()

        detail_id = self.detail_id

        detail_type = self.detail_type

        settlement_currency = self.settlement_currency

        settlement_amount = self.settlement_amount

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "description": description,
                "type": type_,
                "account": account,
                "result": result,
                "create_time": create_time,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if detail_id is not UNSET:
            field_dict["detail_id"] = detail_id
        if detail_type is not UNSET:
            field_dict["detail_type"] = detail_type
        if settlement_currency is not UNSET:
            field_dict["settlement_currency"] = settlement_currency
        if settlement_amount is not UNSET:
            field_dict["settlement_amount"] = settlement_amount
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = d.pop("amount")

        description = d.pop("description")

        type_ = d.pop("type")

        account = d.pop("account")

        result = d.pop("result")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        fail_reason = d.pop("fail_reason", UNSET)

        _finish_time = d.pop("finish_time", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        detail_id = d.pop("detail_id", UNSET)

        detail_type = d.pop("detail_type", UNSET)

        settlement_currency = d.pop("settlement_currency", UNSET)

        settlement_amount = d.pop("settlement_amount", UNSET)

        rate = d.pop("rate", UNSET)

        global_profitsharing_receiver_result = cls(
            currency=currency,
            amount=amount,
            description=description,
            type_=type_,
            account=account,
            result=result,
            create_time=create_time,
            fail_reason=fail_reason,
            finish_time=finish_time,
            detail_id=detail_id,
            detail_type=detail_type,
            settlement_currency=settlement_currency,
            settlement_amount=settlement_amount,
            rate=rate,
        )

        global_profitsharing_receiver_result.additional_properties = d
        return global_profitsharing_receiver_result

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
