# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBillCreateResponse")


@_attrs_define
class TransferBillCreateResponse:
    """发起转账应答 — the transfer bill as accepted."""

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    create_time: datetime.datetime
    """ 单据创建时间 — creation time (RFC 3339). """
    state: str
    """ 单据状态 — bill state. Open set; known values: `ACCEPTED` (受理), `PROCESSING`
    (funds being locked; check the balance if it stays), `WAIT_USER_CONFIRM` (open the
    confirmation page with `package_info`), `TRANSFERING` (confirmation can be retried),
    `SUCCESS`, `FAIL`, `CANCELING`, `CANCELLED`.
     """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — failure reason code when `state` is `FAIL` (open set, e.g. `PAYEE_ACCOUNT_ABNORMAL`). """
    package_info: str | Unset = UNSET
    """ 跳转领取页面的package信息 — `package` for the client's confirmation page; present with `WAIT_USER_CONFIRM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        create_time = self.create_time.isoformat()

        state = self.state

        fail_reason = self.fail_reason

        package_info = self.package_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "create_time": create_time,
                "state": state,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if package_info is not UNSET:
            field_dict["package_info"] = package_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        state = d.pop("state")

        fail_reason = d.pop("fail_reason", UNSET)

        package_info = d.pop("package_info", UNSET)

        transfer_bill_create_response = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            create_time=create_time,
            state=state,
            fail_reason=fail_reason,
            package_info=package_info,
        )

        transfer_bill_create_response.additional_properties = d
        return transfer_bill_create_response

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
