# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelRenameApplication")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelRenameApplication:
    """更名申请单 — a settlement-account rename application (answer of the apply and the query)."""

    change_scene: str
    """ 变更类型 — known value `SUBJECT_INFO_RENAME` (open set). """
    application_id: str
    """ 微信支付更名受理返回的申请单号 — WeChat Pay's application number. """
    out_request_no: str
    """ 渠道结算银行账户更名外部系统单号 — the channel's number. """
    mchid: str
    """ 目标商户号 — target merchant ID. """
    bal_account_no: str = _attrs_field(repr=_masked_repr)
    """ 台账ID — the ledger account (decrypted by the SDK). """
    new_account_name: str = _attrs_field(repr=_masked_repr)
    """ 目标账户名 — the new account name (decrypted by the SDK). """
    application_state: str
    """ 申请单状态 — `PROCESSING`, `SUCCESS` or `FAIL` (open set). """
    finish_time: datetime.datetime | Unset = UNSET
    """ 完成时间 — when the application finished (RFC 3339). """
    fail_code: str | Unset = UNSET
    """ 失败错误码 — failure code when `FAIL` (e.g. `AUDIT_REJECT`). """
    fail_msg: str | Unset = UNSET
    """ 失败原因 — failure reason when `FAIL`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_scene = self.change_scene

        application_id = self.application_id

        out_request_no = self.out_request_no

        mchid = self.mchid

        bal_account_no = self.bal_account_no

        new_account_name = self.new_account_name

        application_state = self.application_state

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = self.finish_time.isoformat()

        fail_code = self.fail_code

        fail_msg = self.fail_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change_scene": change_scene,
                "application_id": application_id,
                "out_request_no": out_request_no,
                "mchid": mchid,
                "bal_account_no": bal_account_no,
                "new_account_name": new_account_name,
                "application_state": application_state,
            }
        )
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if fail_code is not UNSET:
            field_dict["fail_code"] = fail_code
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        change_scene = d.pop("change_scene")

        application_id = d.pop("application_id")

        out_request_no = d.pop("out_request_no")

        mchid = d.pop("mchid")

        bal_account_no = d.pop("bal_account_no")

        new_account_name = d.pop("new_account_name")

        application_state = d.pop("application_state")

        _finish_time = d.pop("finish_time", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        fail_code = d.pop("fail_code", UNSET)

        fail_msg = d.pop("fail_msg", UNSET)

        aggracct_channel_rename_application = cls(
            change_scene=change_scene,
            application_id=application_id,
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            new_account_name=new_account_name,
            application_state=application_state,
            finish_time=finish_time,
            fail_code=fail_code,
            fail_msg=fail_msg,
        )

        aggracct_channel_rename_application.additional_properties = d
        return aggracct_channel_rename_application

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
