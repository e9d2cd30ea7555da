# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBillReceipt")


@_attrs_define
class TransferBillReceipt:
    """电子回单 — a receipt request and, when finished, where to fetch its file."""

    state: str
    """ 申请单状态 — `GENERATING`, `FINISHED` or `FAILED` (open set). """
    create_time: str
    """ 申请单创建时间 — creation time. """
    update_time: str
    """ 申请单更新时间 — last update. """
    hash_type: str | Unset = UNSET
    """ 回单文件摘要类型 — digest algorithm of the file, `SHA256` or `SM3` (open set). """
    hash_value: str | Unset = UNSET
    """ 回单文件摘要值 — digest of the file; compare it with the downloaded file. """
    download_url: str | Unset = UNSET
    """ 回单文件下载地址 — where to fetch the file (`download_transfer_bill_receipt`); valid 10 minutes. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — why the receipt could not be made, when `FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        create_time = self.create_time

        update_time = self.update_time

        hash_type = self.hash_type

        hash_value = self.hash_value

        download_url = self.download_url

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "create_time": create_time,
                "update_time": update_time,
            }
        )
        if hash_type is not UNSET:
            field_dict["hash_type"] = hash_type
        if hash_value is not UNSET:
            field_dict["hash_value"] = hash_value
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = d.pop("state")

        create_time = d.pop("create_time")

        update_time = d.pop("update_time")

        hash_type = d.pop("hash_type", UNSET)

        hash_value = d.pop("hash_value", UNSET)

        download_url = d.pop("download_url", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        transfer_bill_receipt = cls(
            state=state,
            create_time=create_time,
            update_time=update_time,
            hash_type=hash_type,
            hash_value=hash_value,
            download_url=download_url,
            fail_reason=fail_reason,
        )

        transfer_bill_receipt.additional_properties = d
        return transfer_bill_receipt

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
