# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReturnOrder")


@_attrs_define
class ProfitsharingReturnOrder:
    """分账回退单 — a return order (create and query responses)."""

    order_id: str
    """ 微信分账单号 — WeChat Pay profit-sharing order number. """
    out_order_no: str
    """ 商户分账单号 — merchant profit-sharing order number. """
    out_return_no: str
    """ 商户回退单号 — merchant return number. """
    return_id: str
    """ 微信回退单号 — return number assigned by WeChat Pay. """
    return_mchid: str
    """ 回退商户号 — the receiver merchant the funds are taken back from. """
    amount: int
    """ 回退金额 — amount, in fen. """
    description: str
    """ 回退描述 — description. """
    result: str
    """ 回退结果 — result. Open set; known values: `PROCESSING`, `SUCCESS`, `FAILED`.
     """
    create_time: datetime.datetime
    """ 创建时间 — creation time (RFC 3339). """
    finish_time: datetime.datetime
    """ 完成时间 — completion time (RFC 3339). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (service-provider mode). """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — why the return failed. Open set; known values: `ACCOUNT_ABNORMAL`,
    `BALANCE_NOT_ENOUGH`, `TIME_OUT_CLOSED`, `PAYER_ACCOUNT_ABNORMAL`,
    `INVALID_REQUEST`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        out_order_no = self.out_order_no

        out_return_no = self.out_return_no

        return_id = self.return_id

        return_mchid = self.return_mchid

        amount = self.amount

        description = self.description

        result = self.result

        create_time = self.create_time.isoformat()

        finish_time = self.finish_time.isoformat()

        sub_mchid = self.sub_mchid

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "out_order_no": out_order_no,
                "out_return_no": out_return_no,
                "return_id": return_id,
                "return_mchid": return_mchid,
                "amount": amount,
                "description": description,
                "result": result,
                "create_time": create_time,
                "finish_time": finish_time,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        out_order_no = d.pop("out_order_no")

        out_return_no = d.pop("out_return_no")

        return_id = d.pop("return_id")

        return_mchid = d.pop("return_mchid")

        amount = d.pop("amount")

        description = d.pop("description")

        result = d.pop("result")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        finish_time = datetime.datetime.fromisoformat(d.pop("finish_time"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        profitsharing_return_order = cls(
            order_id=order_id,
            out_order_no=out_order_no,
            out_return_no=out_return_no,
            return_id=return_id,
            return_mchid=return_mchid,
            amount=amount,
            description=description,
            result=result,
            create_time=create_time,
            finish_time=finish_time,
            sub_mchid=sub_mchid,
            fail_reason=fail_reason,
        )

        profitsharing_return_order.additional_properties = d
        return profitsharing_return_order

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
