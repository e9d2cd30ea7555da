# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReceiverResult")


@_attrs_define
class ProfitsharingReceiverResult:
    """分账明细 — the result for one receiver of a split."""

    amount: int
    """ 分账金额 — amount, in fen. """
    description: str
    """ 分账描述 — description. """
    type_: str
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. Open set.
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID. """
    result: str
    """ 分账结果 — result. Open set; known values: `PENDING` (待分账), `SUCCESS`, `CLOSED`
    (已关闭, see `fail_reason`).
     """
    create_time: datetime.datetime
    """ 分账创建时间 — creation time (RFC 3339). """
    finish_time: datetime.datetime
    """ 分账完成时间 — completion time (RFC 3339). """
    fail_reason: str | Unset = UNSET
    """ 分账失败原因 — why the split was closed. Open set; known values:
    `ACCOUNT_ABNORMAL`, `NO_RELATION`, `RECEIVER_HIGH_RISK`,
    `RECEIVER_REAL_NAME_NOT_VERIFIED`, `NO_AUTH`, `RECEIVER_RECEIPT_LIMIT`,
    `PAYER_ACCOUNT_ABNORMAL`, `INVALID_REQUEST`.
     """
    detail_id: str | Unset = UNSET
    """ 分账明细单号 — detail ID assigned by WeChat Pay. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description = self.description

        type_ = self.type_

        account = self.account

        result = self.result

        create_time = self.create_time.isoformat()

        finish_time = self.finish_time.isoformat()

        fail_reason = self.fail_reason

        detail_id = self.detail_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "description": description,
                "type": type_,
                "account": account,
                "result": result,
                "create_time": create_time,
                "finish_time": finish_time,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if detail_id is not UNSET:
            field_dict["detail_id"] = detail_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        description = d.pop("description")

        type_ = d.pop("type")

        account = d.pop("account")

        result = d.pop("result")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        finish_time = datetime.datetime.fromisoformat(d.pop("finish_time"))

        fail_reason = d.pop("fail_reason", UNSET)

        detail_id = d.pop("detail_id", UNSET)

        profitsharing_receiver_result = cls(
            amount=amount,
            description=description,
            type_=type_,
            account=account,
            result=result,
            create_time=create_time,
            finish_time=finish_time,
            fail_reason=fail_reason,
            detail_id=detail_id,
        )

        profitsharing_receiver_result.additional_properties = d
        return profitsharing_receiver_result

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
