# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBillWithAuthorizationResponse")


@_attrs_define
class TransferBillWithAuthorizationResponse:
    """发起转账并完成自动收款授权应答 — the transfer bill as accepted."""

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    create_time: datetime.datetime
    """ 单据创建时间 — creation time (RFC 3339). """
    state: str
    """ 单据状态 — bill state (open set; as in `TransferBillCreateResponse`). """
    package_info: str | Unset = UNSET
    """ 跳转领取页面的package信息 — `package` for the client's confirmation page. """
    user_display_name: str | Unset = UNSET
    """ 用户展示名称 — the account name given in `authorization_info`. """
    out_authorization_no: str | Unset = UNSET
    """ 商户侧授权单号 — the merchant authorisation number given in `authorization_info`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        create_time = self.create_time.isoformat()

        state = self.state

        package_info = self.package_info

        user_display_name = self.user_display_name

        out_authorization_no = self.out_authorization_no

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
        if package_info is not UNSET:
            field_dict["package_info"] = package_info
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if out_authorization_no is not UNSET:
            field_dict["out_authorization_no"] = out_authorization_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        state = d.pop("state")

        package_info = d.pop("package_info", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        out_authorization_no = d.pop("out_authorization_no", UNSET)

        transfer_bill_with_authorization_response = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            create_time=create_time,
            state=state,
            package_info=package_info,
            user_display_name=user_display_name,
            out_authorization_no=out_authorization_no,
        )

        transfer_bill_with_authorization_response.additional_properties = d
        return transfer_bill_with_authorization_response

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
