# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBillCancelResponse")


@_attrs_define
class TransferBillCancelResponse:
    """撤销转账应答 — the bill after the cancellation was accepted."""

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    state: str
    """ 单据状态 — `CANCELING` or `CANCELLED` (open set). """
    update_time: datetime.datetime
    """ 最后一次单据状态变更时间 — last state change (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        state = self.state

        update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "state": state,
                "update_time": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        state = d.pop("state")

        update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

        transfer_bill_cancel_response = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            state=state,
            update_time=update_time,
        )

        transfer_bill_cancel_response.additional_properties = d
        return transfer_bill_cancel_response

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
