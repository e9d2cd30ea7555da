# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalCustomsOrder")


@_attrs_define
class GlobalCustomsOrder:
    """报关单 — a declaration (declare and modify answers)."""

    appid: str
    """ 应用ID — AppID. """
    mchid: str
    """ 商户号 — merchant ID. """
    state: str
    """ 报关状态 — declaration state. Open set; known values `PROCESSING`, `UNDECLARED`,
    `SUBMITTED`, `SUCCESS`, `FAIL`, `EXCEPT`.
     """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    sub_order_no: str | Unset = UNSET
    """ 商户子订单号 — merchant sub-order number. """
    sub_order_id: str | Unset = UNSET
    """ 微信子订单号 — WeChat Pay sub-order number. """
    modify_time: datetime.datetime | Unset = UNSET
    """ 最后更新时间 — last update (RFC 3339; modify answer). """
    verify_department: str | Unset = UNSET
    """ 核验机构 — verifying body. Open set; known values `UNIONPAY`, `NETSUNION`, `OTHERS`. """
    verify_department_trade_id: str | Unset = UNSET
    """ 核验机构交易流水号 — the verifying body's transaction number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        state = self.state

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        sub_order_no = self.sub_order_no

        sub_order_id = self.sub_order_id

        modify_time: str | Unset = UNSET
        if not isinstance(self.modify_time, Unset):
            modify_time = self.modify_time.isoformat()

        verify_department = self.verify_department

        verify_department_trade_id = self.verify_department_trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "state": state,
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
            }
        )
        if sub_order_no is not UNSET:
            field_dict["sub_order_no"] = sub_order_no
        if sub_order_id is not UNSET:
            field_dict["sub_order_id"] = sub_order_id
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time
        if verify_department is not UNSET:
            field_dict["verify_department"] = verify_department
        if verify_department_trade_id is not UNSET:
            field_dict["verify_department_trade_id"] = verify_department_trade_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        state = d.pop("state")

        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        sub_order_no = d.pop("sub_order_no", UNSET)

        sub_order_id = d.pop("sub_order_id", UNSET)

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: datetime.datetime | Unset
        if isinstance(_modify_time, Unset):
            modify_time = UNSET
        else:
            modify_time = datetime.datetime.fromisoformat(_modify_time)

        verify_department = d.pop("verify_department", UNSET)

        verify_department_trade_id = d.pop("verify_department_trade_id", UNSET)

        global_customs_order = cls(
            appid=appid,
            mchid=mchid,
            state=state,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            sub_order_no=sub_order_no,
            sub_order_id=sub_order_id,
            modify_time=modify_time,
            verify_department=verify_department,
            verify_department_trade_id=verify_department_trade_id,
        )

        global_customs_order.additional_properties = d
        return global_customs_order

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
