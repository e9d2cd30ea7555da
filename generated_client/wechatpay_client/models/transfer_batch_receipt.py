# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatchReceipt")


@_attrs_define
class TransferBatchReceipt:
    """转账电子回单 — the receipt request of a batch and, when ready, its file."""

    out_batch_no: str
    """ 商家批次单号 — merchant batch number. """
    signature_no: str
    """ 电子回单申请单号 — receipt request number. """
    signature_status: str | Unset = UNSET
    """ 电子回单状态 — `ACCEPTED` or `FINISHED` (open set). """
    hash_type: str | Unset = UNSET
    """ 电子回单文件的hash方法 — digest algorithm of the file (e.g. `SHA256`; open set). """
    hash_value: str | Unset = UNSET
    """ 电子回单文件的hash值 — digest of the file; compare it with the downloaded file. """
    download_url: str | Unset = UNSET
    """ 电子回单文件的下载地址 — where to fetch the file (`download_transfer_receipt`). """
    create_time: str | Unset = UNSET
    """ 创建时间 — creation time. """
    update_time: str | Unset = UNSET
    """ 更新时间 — last update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_batch_no = self.out_batch_no

        signature_no = self.signature_no

        signature_status = self.signature_status

        hash_type = self.hash_type

        hash_value = self.hash_value

        download_url = self.download_url

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_batch_no": out_batch_no,
                "signature_no": signature_no,
            }
        )
        if signature_status is not UNSET:
            field_dict["signature_status"] = signature_status
        if hash_type is not UNSET:
            field_dict["hash_type"] = hash_type
        if hash_value is not UNSET:
            field_dict["hash_value"] = hash_value
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_batch_no = d.pop("out_batch_no")

        signature_no = d.pop("signature_no")

        signature_status = d.pop("signature_status", UNSET)

        hash_type = d.pop("hash_type", UNSET)

        hash_value = d.pop("hash_value", UNSET)

        download_url = d.pop("download_url", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        transfer_batch_receipt = cls(
            out_batch_no=out_batch_no,
            signature_no=signature_no,
            signature_status=signature_status,
            hash_type=hash_type,
            hash_value=hash_value,
            download_url=download_url,
            create_time=create_time,
            update_time=update_time,
        )

        transfer_batch_receipt.additional_properties = d
        return transfer_batch_receipt

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
